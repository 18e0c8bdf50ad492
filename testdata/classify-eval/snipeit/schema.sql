-- classify-eval fixture (HOLDOUT 21: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Snipe-IT 7 IT asset management server on PostgreSQL, in the naming its
-- Laravel migrations create (snake_case plural tables, serial keys,
-- varchar(255) strings, timestamp(0) created_at/updated_at/deleted_at,
-- created_by as the creator of a row), a subset of its tables with their real
-- columns and types. The owner is Kestrel Marine Engineering, a ship-design
-- and offshore-service group with full multiple-company support: the Hamburg
-- head office, Kestrel Offshore UK in Aberdeen, an engineering centre in
-- Pune, Kestrel Brasil in Curitiba and a sales office in Osaka, plus field
-- staff on vessels and remote workers whose home offices are locations with
-- their home addresses. Staff with names of several cultures, synced from
-- Active Directory (usernames, employee numbers, job titles, managers, home
-- addresses for remote staff, start and end dates, the Azure AD object id
-- from SCIM), bcrypt hashes, remember tokens, TOTP secrets; service and
-- shared accounts that are not people. Assets with hostnames that carry the
-- login, serials, notes that mention people, and custom fields as
-- _snipeit_<name>_<n> columns (MAC address, IMEI, the SIM's phone number,
-- ICCID, a BitLocker recovery key, a LAPS password encrypted by Laravel's
-- Crypt, static IPs of servers and printers); licences with product keys and
-- "licensed to" names and emails; suppliers with account managers and two
-- sole traders; the action log with checkout notes, uploaded file names
-- naming people, signature image names, log_meta JSON of old and new values,
-- IPs and user agents; EULA acceptances; maintenances; CSV imports whose
-- first_row keeps a row of HR's spreadsheet; login attempts where people
-- typed emails (and a few times a password) as the username; Passport's OAuth
-- clients and token ids; password resets; failed jobs with serialized
-- notifications; and the single settings row: LDAP bind DN and its
-- encrypted password, a Slack webhook, SAML and LDAP client private keys,
-- the Google client secret, login note and EULA copy naming the IT staff.
-- Catalogue tables (models, categories, manufacturers, status labels,
-- depreciations, kits, custom field definitions) hold no personal data
-- beyond the vendors' support mailboxes.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA sgen;

-- fold: a name folded to ASCII for an address or a username.
CREATE FUNCTION sgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđÁÉÍÓÚÖÜÇŞŁŚŻĐÅØÆåæ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdAEIOUOUCSLSZDAOAaa')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics (len up to 190).
CREATE FUNCTION sgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

-- at: a time between two dates, deterministic, to the second.
CREATE FUNCTION sgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- crypt: a payload of Laravel's Crypt (base64 of {"iv","value","mac","tag"}).
CREATE FUNCTION sgen.crypt(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(convert_to('{"iv":"' || fixture_gen.b64(tag || 'iv', i, 16) || '","value":"' || fixture_gen.b64(tag || 'v', i, len)
      || '","mac":"' || fixture_gen.hexn(tag || 'm', i, 64) || '","tag":""}', 'UTF8'), 'base64'), E'\n', '')
$$;

-- Names by culture.
CREATE TABLE sgen.nm (c text, k int, first text, last text);
INSERT INTO sgen.nm
SELECT c, k, f[k], l[k] FROM (VALUES
  ('de', ARRAY['Jannik', 'Svenja', 'Matthias', 'Katrin', 'Henrik', 'Lena', 'Torsten', 'Anke'], ARRAY['Petersen', 'Hansen', 'Jensen', 'Wagner', 'Becker', 'Schulz', 'Lorenzen', 'Brandt']),
  ('gb', ARRAY['Callum', 'Eilidh', 'Fraser', 'Morag', 'Ewan', 'Isla', 'Alasdair', 'Kirsty'], ARRAY['MacLeod', 'Robertson', 'Ferguson', 'Stewart', 'Campbell', 'Murray', 'Henderson', 'Duncan']),
  ('in', ARRAY['Aniket', 'Pooja', 'Sandeep', 'Neha', 'Vikram', 'Kavya', 'Rohan', 'Sneha'], ARRAY['Kulkarni', 'Deshpande', 'Joshi', 'Patil', 'Gokhale', 'Bhosale', 'Iyer', 'Nair']),
  ('br', ARRAY['Rafael', 'Camila', 'Thiago', 'Larissa', 'Bruno', 'Fernanda', 'Gustavo', 'Aline'], ARRAY['Oliveira', 'Souza', 'Pereira', 'Costa', 'Ribeiro', 'Almeida', 'Carvalho', 'Teixeira']),
  ('jp', ARRAY['Kenta', 'Yui', 'Ryo', 'Sakura', 'Takeshi', 'Aoi', 'Hiroki', 'Emi'], ARRAY['Nakamura', 'Watanabe', 'Ito', 'Yamamoto', 'Kato', 'Okada', 'Fujita', 'Mori']),
  ('ng', ARRAY['Chinedu', 'Folake', 'Tunde', 'Ifeoma', 'Emeka', 'Bisi', 'Kelechi', 'Adaeze'], ARRAY['Eze', 'Okoro', 'Balogun', 'Nwosu', 'Adeyemi', 'Obi', 'Oyelaran', 'Uche']),
  ('pl', ARRAY['Bartosz', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Marcin', 'Natalia', 'Jakub', 'Aleksandra'], ARRAY['Nowicki', 'Wójcik', 'Kaczmarek', 'Mazur', 'Krawczyk', 'Grabowski', 'Pawlak', 'Michalski']),
  ('no', ARRAY['Sindre', 'Ingrid', 'Håkon', 'Solveig', 'Eirik', 'Marit', 'Øystein', 'Ragnhild'], ARRAY['Halvorsen', 'Berg', 'Dahl', 'Lie', 'Haugen', 'Strand', 'Nilsen', 'Bakke']),
  ('tr', ARRAY['Emre', 'Zeynep', 'Murat', 'Ebru', 'Onur', 'Derya', 'Serkan', 'Gizem'], ARRAY['Yıldız', 'Aksoy', 'Kılıç', 'Erdoğan', 'Polat', 'Güneş', 'Acar', 'Tekin'])
) v(c, f, l), generate_series(1, 8) k;

-- Subsidiaries (companies 1-5): culture mix, mail domain, head-office city.
CREATE TABLE sgen.co (id int PRIMARY KEY, name text, dom text, cult text[], city text, state text, country text, zipc text, cc text);
INSERT INTO sgen.co VALUES
  (1, 'Kestrel Marine Engineering GmbH', 'kestrel-marine.example', ARRAY['de', 'de', 'de', 'pl', 'tr', 'no', 'de', 'gb'], 'Hamburg', 'Hamburg', 'DE', '20457', 'de'),
  (2, 'Kestrel Offshore UK Ltd', 'kestrel-offshore.example', ARRAY['gb', 'gb', 'gb', 'no', 'pl', 'ng', 'gb'], 'Aberdeen', 'Aberdeenshire', 'GB', 'AB12 3', 'gb'),
  (3, 'Kestrel Marine Engineering India Pvt Ltd', 'kestrel-marine.example', ARRAY['in', 'in', 'in', 'in', 'in', 'de'], 'Pune', 'Maharashtra', 'IN', '4110', 'in'),
  (4, 'Kestrel Brasil Serviços Navais Ltda', 'kestrel-marine.example', ARRAY['br', 'br', 'br', 'br', 'ng', 'de'], 'Curitiba', 'PR', 'BR', '8', 'br'),
  (5, 'Kestrel Marine Japan K.K.', 'kestrel-marine.example', ARRAY['jp', 'jp', 'jp', 'jp', 'gb'], 'Osaka', 'Osaka', 'JP', '530-', 'jp');

-- phone: a phone in the national style of a culture.
CREATE FUNCTION sgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'de' THEN CASE WHEN i % 2 = 0 THEN '+49 151 ' || fixture_gen.digits(tag, i, 8) ELSE '040 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4) END
    WHEN 'gb' THEN CASE WHEN i % 2 = 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6) ELSE '+44 1224 ' || fixture_gen.digits(tag, i, 6) END
    WHEN 'in' THEN '+91 ' || (7 + fixture_gen.n(tag, i, 3))::text || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'br' THEN '(41) 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'jp' THEN '090-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ng' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6))::text || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'pl' THEN '+48 ' || (5 + fixture_gen.n(tag, i, 3))::text || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'no' THEN '+47 ' || (4 + fixture_gen.n(tag, i, 2) * 5)::text || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    ELSE '+90 53' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2) END
$$;

-- home: a home street line in the style of a culture.
CREATE FUNCTION sgen.home(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Eppendorfer Weg', 'Osterstraße', 'Lehmweg', 'Bahrenfelder Chaussee', 'Mühlenkamp'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))
    WHEN 'gb' THEN (1 + fixture_gen.n(tag || 'n', i, 120)) || ' ' || fixture_gen.pick(ARRAY['Great Western Road', 'Union Grove', 'Holburn Street', 'King Street', 'Rosemount Place'], tag, i)
    WHEN 'in' THEN 'Flat ' || (101 + fixture_gen.n(tag || 'n', i, 800)) || ', ' || fixture_gen.pick(ARRAY['Blue Ridge, Hinjewadi Phase 1', 'Kumar Pebble Park, Hadapsar', 'Magarpatta City, Cosmos Tower', 'Baner Road, Pancard Club'], tag, i)
    WHEN 'br' THEN fixture_gen.pick(ARRAY['Rua XV de Novembro', 'Av. Sete de Setembro', 'Rua Comendador Araújo', 'Rua Padre Anchieta'], tag, i) || ', ' || (10 + fixture_gen.n(tag || 'n', i, 2000)) || ' - ap. ' || (11 + fixture_gen.n(tag || 'a', i, 150))
    WHEN 'jp' THEN '大阪市北区天満' || (1 + fixture_gen.n(tag || 'n', i, 4)) || '-' || (1 + fixture_gen.n(tag || 'a', i, 20)) || '-' || (1 + fixture_gen.n(tag || 'b', i, 30))
    WHEN 'no' THEN fixture_gen.pick(ARRAY['Kongsgårdbakken', 'Løkkeveien', 'Bergelandsgata'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 60)) || 'B'
    WHEN 'pl' THEN 'ul. ' || fixture_gen.pick(ARRAY['Grunwaldzka', 'Długa', 'Piastowska'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90)) || '/' || (1 + fixture_gen.n(tag || 'a', i, 40))
    ELSE fixture_gen.street(tag, i) END
$$;

-- People 1-300 (staff of the five companies; 1 is the IT lead who set the
-- server up). Leavers have an end date; every nineteenth works from home.
CREATE TABLE sgen.p (i int PRIMARY KEY, co int, c text, first text, last text, username text, email text, phone text, mobile text,
  jobtitle text, dept int, emp text, start_d date, end_d date, remote boolean, home text, city text, state text, zip text, country text,
  loc int, mgr int, scim text, locale text);
INSERT INTO sgen.p (i, co, c, first, last, jobtitle, start_d, remote)
SELECT i, x.co, x.c, a.first, b.last,
       fixture_gen.pick(CASE x.co WHEN 2 THEN ARRAY['Offshore Technician', 'Subsea Engineer', 'HSE Advisor', 'Project Engineer', 'Field Service Engineer', 'Logistics Coordinator', 'Vessel Superintendent', 'Planner']
            WHEN 3 THEN ARRAY['Senior CAD Engineer', 'Naval Architect', 'Structural Analyst', 'Software Developer', 'Design Engineer', 'Team Lead - Hull Design', 'QA Engineer']
            ELSE ARRAY['Naval Architect', 'Project Manager', 'Accountant', 'HR Business Partner', 'Procurement Specialist', 'Sales Manager', 'IT Support Specialist', 'Marine Engineer', 'Executive Assistant', 'Legal Counsel', 'Draughtsman'] END, 'pjob', i),
       date '2008-03-01' + fixture_gen.n('pst', i, 5900), i % 19 = 0
FROM generate_series(1, 300) i
CROSS JOIN LATERAL (SELECT CASE WHEN i = 1 THEN 2 ELSE (ARRAY[1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5])[1 + fixture_gen.n('pco', i, 20)] END AS co) y
CROSS JOIN LATERAL (SELECT y.co, fixture_gen.pick(co.cult, 'pc', i) AS c FROM sgen.co co WHERE co.id = y.co) x
JOIN sgen.nm a ON a.c = x.c AND a.k = 1 + fixture_gen.n('pf', i, 8)
JOIN sgen.nm b ON b.c = x.c AND b.k = 1 + fixture_gen.n('pl', i, 8);
UPDATE sgen.p SET c = 'gb', first = 'Callum', last = 'MacLeod', jobtitle = 'Head of IT' WHERE i = 1;
UPDATE sgen.p SET jobtitle = 'IT Support Specialist' WHERE i IN (2, 3, 4, 41, 77);
UPDATE sgen.p p SET username = CASE WHEN p.co = 2 THEN substr(sgen.fold(p.first), 1, 1) || sgen.fold(p.last) ELSE sgen.fold(p.first) || '.' || sgen.fold(p.last) END;
UPDATE sgen.p p SET username = p.username || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM sgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE sgen.p p SET email = p.username || '@' || co.dom, country = co.country, locale = CASE co.country WHEN 'DE' THEN 'de-DE' WHEN 'GB' THEN 'en-GB' WHEN 'IN' THEN 'en-US' WHEN 'BR' THEN 'pt-BR' ELSE 'ja-JP' END,
  phone = CASE co.id WHEN 1 THEN '+49 40 3197 ' || (2000 + p.i) WHEN 2 THEN '+44 1224 87' || (4000 + p.i) WHEN 3 THEN '+91 20 6712 ' || (3000 + p.i) WHEN 4 THEN '+55 41 3021-' || (5000 + p.i) ELSE '+81 6-6359-' || (1000 + p.i) END,
  mobile = CASE WHEN p.i % 4 <> 3 THEN sgen.phone(p.c, 'pmob', p.i) END,
  emp = CASE co.id WHEN 2 THEN 'KO' || lpad((300 + p.i * 7)::text, 5, '0') ELSE 'KM-' || lpad((10000 + p.i * 13)::text, 6, '0') END,
  end_d = CASE WHEN p.i % 11 = 0 AND p.i > 1 THEN least(date '2024-09-20', p.start_d + 400 + fixture_gen.n('pend', p.i, 3000)) END,
  dept = CASE co.id WHEN 1 THEN 1 + fixture_gen.n('pdep', p.i, 6) WHEN 2 THEN 7 + fixture_gen.n('pdep', p.i, 3) WHEN 3 THEN 10 + fixture_gen.n('pdep', p.i, 2) WHEN 4 THEN 12 ELSE 13 END,
  loc = CASE co.id WHEN 1 THEN 1 WHEN 2 THEN 4 WHEN 3 THEN 6 WHEN 4 THEN 7 ELSE 8 END,
  mgr = CASE WHEN p.i > 12 THEN 1 + fixture_gen.n('pmgr', p.i, 12) END,
  scim = fixture_gen.uuid('pscim', p.i),
  home = CASE WHEN p.remote OR p.i % 3 = 0 THEN sgen.home(CASE co.id WHEN 1 THEN 'de' WHEN 2 THEN CASE WHEN p.c = 'no' THEN 'no' ELSE 'gb' END WHEN 3 THEN 'in' WHEN 4 THEN 'br' ELSE 'jp' END, 'phome', p.i) END,
  city = CASE WHEN p.remote THEN fixture_gen.pick(CASE WHEN co.id = 1 THEN ARRAY['Hamburg', 'Lübeck', 'Kiel', 'Bremen'] WHEN co.id = 2 AND p.c = 'no' THEN ARRAY['Stavanger', 'Bergen'] WHEN co.id = 2 THEN ARRAY['Aberdeen', 'Stonehaven', 'Inverurie', 'Peterhead'] ELSE ARRAY[co.city] END, 'pcity', p.i) ELSE co.city END,
  state = co.state,
  zip = CASE co.country WHEN 'DE' THEN '2' || fixture_gen.digits('pzip', p.i, 4) WHEN 'GB' THEN 'AB' || (10 + fixture_gen.n('pzip', p.i, 6)) || ' ' || fixture_gen.digits('pzip', p.i, 1) || fixture_gen.chars('pzip', p.i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
             WHEN 'IN' THEN '4110' || lpad(fixture_gen.n('pzip', p.i, 70)::text, 2, '0') WHEN 'BR' THEN '80' || fixture_gen.digits('pzip', p.i, 3) || '-' || fixture_gen.digits('pzipb', p.i, 3) ELSE '530-00' || fixture_gen.digits('pzip', p.i, 2) END
FROM sgen.co co WHERE co.id = p.co;
UPDATE sgen.p SET country = 'NO', state = CASE city WHEN 'Bergen' THEN 'Vestland' ELSE 'Rogaland' END, zip = CASE city WHEN 'Bergen' THEN '50' ELSE '40' END || fixture_gen.digits('pzipn', i, 2) WHERE remote AND co = 2 AND c = 'no';

-- Locations: offices, rooms, two vessels, a repair depot, and the home
-- offices of remote staff (named after them, at their home addresses).
CREATE TABLE sgen.loc (id int PRIMARY KEY, name text, address text, address2 text, city text, state text, country text, zip text, parent int, currency text, ldap_ou text, manager int, co int, phone text, fax text, notes text);
INSERT INTO sgen.loc VALUES
  (1, 'Hamburg - HafenCity HQ', 'Am Sandtorkai 50', '3. OG', 'Hamburg', 'Hamburg', 'DE', '20457', NULL, 'EUR', 'OU=Hamburg,OU=Sites,DC=corp,DC=kestrel-marine,DC=example', 1, 1, '+49 40 3197 2000', '+49 40 3197 2099', NULL),
  (2, 'Hamburg - IT store room 2.07', 'Am Sandtorkai 50', 'Raum 2.07', 'Hamburg', 'Hamburg', 'DE', '20457', 1, 'EUR', NULL, 2, 1, NULL, NULL, 'Key with reception. Spare laptops on shelf B.'),
  (3, 'Hamburg - Server room', 'Am Sandtorkai 50', 'UG', 'Hamburg', 'Hamburg', 'DE', '20457', 1, 'EUR', NULL, 2, 1, NULL, NULL, 'Access badge group SRV-HH only.'),
  (4, 'Aberdeen - Altens', 'Unit 4, Wellington Circle', 'Altens Industrial Estate', 'Aberdeen', 'Aberdeenshire', 'GB', 'AB12 3JG', NULL, 'GBP', 'OU=Aberdeen,OU=Sites,DC=corp,DC=kestrel-marine,DC=example', 3, 2, '+44 1224 874000', NULL, NULL),
  (5, 'Aberdeen - Quayside warehouse', 'Berth 7, Albert Quay', NULL, 'Aberdeen', 'Aberdeenshire', 'GB', 'AB11 5PU', 4, 'GBP', NULL, 3, 2, '+44 1224 874100', NULL, 'Offshore kit staging. Rugged tablets and sat phones.'),
  (6, 'Pune - Hinjewadi', 'Plot 21, Rajiv Gandhi Infotech Park', 'Phase 2, Tower C, 6th floor', 'Pune', 'Maharashtra', 'IN', '411057', NULL, 'INR', 'OU=Pune,OU=Sites,DC=corp,DC=kestrel-marine,DC=example', 4, 3, '+91 20 6712 3000', NULL, NULL),
  (7, 'Curitiba - Centro', 'Rua Marechal Deodoro, 630', 'Conj. 1402', 'Curitiba', 'PR', 'BR', '80010-010', NULL, 'BRL', 'OU=Curitiba,OU=Sites,DC=corp,DC=kestrel-marine,DC=example', 5, 4, '+55 41 3021-5000', NULL, NULL),
  (8, 'Osaka - Umeda', 'Grand Front Osaka Tower B 15F', '3-1 Ofukacho, Kita-ku', 'Osaka', 'Osaka', 'JP', '530-0011', NULL, 'JPY', 'OU=Osaka,OU=Sites,DC=corp,DC=kestrel-marine,DC=example', 6, 5, '+81 6-6359-1000', '+81 6-6359-1099', NULL),
  (9, 'MV Kestrel Explorer', NULL, NULL, NULL, NULL, NULL, NULL, 4, 'GBP', NULL, 7, 2, '+870 773 1' || '26 448', NULL, 'DP2 survey vessel. Inmarsat line on the bridge.'),
  (10, 'MV Kestrel Pathfinder', NULL, NULL, NULL, NULL, NULL, NULL, 4, 'GBP', NULL, 7, 2, '+870 773 1' || '26 911', NULL, 'Walk-to-work vessel, North Sea rotation.'),
  (11, 'Repair depot - Bechtle Hamburg', 'Notkestraße 13', NULL, 'Hamburg', 'Hamburg', 'DE', '22607', 1, 'EUR', NULL, NULL, 1, NULL, NULL, 'Warranty repairs are picked up every Tuesday.');
INSERT INTO sgen.loc
SELECT 11 + row_number() OVER (ORDER BY p.i), 'Home office - ' || p.first || ' ' || p.last, p.home, NULL, p.city, p.state, p.country, p.zip,
       NULL, CASE p.country WHEN 'DE' THEN 'EUR' WHEN 'GB' THEN 'GBP' WHEN 'IN' THEN 'INR' WHEN 'BR' THEN 'BRL' WHEN 'NO' THEN 'NOK' WHEN 'PL' THEN 'PLN' ELSE 'JPY' END,
       NULL, p.i, p.co, p.mobile, NULL, CASE WHEN p.i % 2 = 0 THEN 'Ring the bell twice; ' || p.first || ' works from the attic room.' END
FROM sgen.p p WHERE p.remote;
UPDATE sgen.p p SET loc = l.id FROM sgen.loc l WHERE l.manager = p.i AND l.id > 11;

-- Shared and service accounts (301-306): rows of users that are not people.
CREATE TABLE sgen.svc (i int PRIMARY KEY, first text, last text, username text, email text, co int, loc int, notes text);
INSERT INTO sgen.svc VALUES
  (301, 'IT', 'Service Desk', 'servicedesk', 'servicedesk@kestrel-marine.example', 1, 1, 'Shared account for the walk-in desk. Do not assign personal assets.'),
  (302, 'Spare', 'Pool Hamburg', 'spares-hh', NULL, 1, 2, 'Pool of loaner laptops.'),
  (303, 'Intune', 'Sync', 'api-intune', 'it-automation@kestrel-marine.example', 1, 3, 'API user of the Intune to Snipe-IT sync job.'),
  (304, 'Meeting Room', 'Elbe 3.14', 'room-elbe314', 'room-elbe314@kestrel-marine.example', 1, 1, 'Room resource: display, Teams Room bar, camera.'),
  (305, 'Bridge', 'MV Kestrel Explorer', 'bridge-explorer', 'bridge.explorer@kestrel-offshore.example', 2, 9, 'Bridge computers and sat phone of the Explorer.'),
  (306, 'Jamf', 'Connector', 'api-jamf', NULL, 1, 3, NULL);

-- ---------------------------------------------------------------------------
-- Companies, departments, locations, users.

CREATE TABLE companies (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    image varchar(255), phone varchar(255), fax varchar(255), email varchar(255), created_by integer, notes text);
INSERT INTO companies (id, name, created_at, updated_at, image, phone, fax, email, created_by, notes)
SELECT co.id, co.name, timestamp '2018-02-12 09:14:00' + co.id * interval '3 days', timestamp '2023-11-02 10:00:00' + co.id * interval '5 hours',
       CASE WHEN co.id <= 3 THEN 'companies-' || sgen.rnd('coimg', co.id, 10) || '.png' END,
       l.phone, l.fax, CASE co.id WHEN 2 THEN 'info@kestrel-offshore.example' WHEN 3 THEN 'pune.office@kestrel-marine.example' ELSE 'info.' || lower(co.country) || '@kestrel-marine.example' END,
       1, CASE co.id WHEN 1 THEN 'SAP company code 1000. Invoices to accounts payable, not to IT.' WHEN 2 THEN 'Company no. SC4' || '12877. Cost centres 2xxx.' WHEN 4 THEN 'CNPJ on invoices required for imports.' END
FROM sgen.co co JOIN sgen.loc l ON l.id = CASE co.id WHEN 1 THEN 1 WHEN 2 THEN 4 WHEN 3 THEN 6 WHEN 4 THEN 7 ELSE 8 END;

CREATE TABLE departments (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, created_by integer, company_id integer, location_id integer, manager_id integer, notes varchar(255),
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, deleted_at timestamp(0) without time zone, image varchar(255));
INSERT INTO departments (id, name, created_by, company_id, location_id, manager_id, notes, created_at, updated_at, deleted_at, image)
SELECT d.id, d.name, 1, d.co, d.loc, d.mgr, d.notes, timestamp '2018-02-14 11:00:00' + d.id * interval '1 hour', timestamp '2024-01-08 08:30:00' + d.id * interval '2 days', NULL, NULL
FROM (VALUES (1, 'Naval Architecture', 1, 1, 14, 'Cost centre 4100'),
  (2, 'Finance & Controlling', 1, 1, 22, 'Cost centre 1200. Approvals over 5k EUR go to the CFO.'),
  (3, 'Human Resources', 1, 1, 31, NULL), (4, 'Procurement', 1, 1, 45, NULL),
  (5, 'Management & Assistants', 1, 1, 9, NULL), (6, 'IT', 1, 2, 1, 'Service desk ext. 4411'),
  (7, 'Offshore Operations', 2, 4, 12, 'Rotation kit is booked through the quayside store.'), (8, 'HSE', 2, 4, 27, NULL), (9, 'Field Service', 2, 5, 33, NULL),
  (10, 'Hull Design Centre', 3, 6, 18, 'Cost centre 7100'), (11, 'Software & Simulation', 3, 6, 52, NULL),
  (12, 'Operações Brasil', 4, 7, 61, NULL), (13, 'Sales Japan', 5, 8, 70, NULL),
  (14, 'Temporary - Project Boreas', 2, 4, 12, 'Closed after the Boreas contract.')) d(id, name, co, loc, mgr, notes);
UPDATE departments SET deleted_at = timestamp '2023-05-31 17:00:00' WHERE id = 14;

CREATE TABLE locations (
    id serial PRIMARY KEY, name varchar(255), city varchar(255), state varchar(255), country varchar(255),
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, created_by integer, address varchar(255), address2 varchar(255),
    zip varchar(10), deleted_at timestamp(0) without time zone, parent_id integer, currency varchar(255), ldap_ou varchar(255), manager_id integer,
    image varchar(255), company_id integer, phone varchar(255), fax varchar(255), notes text);
INSERT INTO locations (id, name, city, state, country, created_at, updated_at, created_by, address, address2, zip, deleted_at, parent_id, currency, ldap_ou, manager_id, image, company_id, phone, fax, notes)
SELECT l.id, l.name, l.city, l.state, l.country, sgen.at('lcr', l.id, '2018-02-12', '2024-06-01'), sgen.at('lup', l.id, '2024-06-01', '2024-09-28'), 1,
       l.address, l.address2, l.zip, NULL, l.parent, l.currency, l.ldap_ou, l.manager, CASE WHEN l.id IN (1, 4, 6, 7, 8) THEN 'locations-' || sgen.rnd('limg', l.id, 12) || '.jpg' END,
       l.co, l.phone, l.fax, l.notes
FROM sgen.loc l;

CREATE TABLE users (
    id serial PRIMARY KEY, email varchar(255), password varchar(255) NOT NULL, permissions text, activated boolean NOT NULL DEFAULT false,
    activation_code varchar(255), activated_at timestamp(0) without time zone, last_login timestamp(0) without time zone, persist_code varchar(255),
    reset_password_code varchar(255), first_name varchar(255), last_name varchar(255), created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone, deleted_at timestamp(0) without time zone, website varchar(255), country varchar(255), gravatar varchar(255),
    location_id integer, phone varchar(255), jobtitle varchar(255), manager_id integer, employee_num text, avatar varchar(255), username varchar(191),
    notes text, company_id integer, remember_token text, ldap_import boolean NOT NULL DEFAULT false, locale varchar(10) DEFAULT 'en-US',
    show_in_list boolean NOT NULL DEFAULT true, two_factor_secret varchar(32), two_factor_enrolled boolean NOT NULL DEFAULT false,
    two_factor_optin boolean NOT NULL DEFAULT false, department_id integer, address varchar(191), city varchar(191), state varchar(191), zip varchar(10),
    skin varchar(191), remote boolean DEFAULT false, start_date date, end_date date, scim_externalid varchar(191), autoassign_licenses boolean NOT NULL DEFAULT true,
    vip boolean DEFAULT false, enable_sounds boolean NOT NULL DEFAULT false, enable_confetti boolean NOT NULL DEFAULT false, created_by integer,
    mobile varchar(191), display_name varchar(191));
INSERT INTO users (id, email, password, permissions, activated, activation_code, activated_at, last_login, persist_code, reset_password_code, first_name, last_name,
    created_at, updated_at, deleted_at, website, country, gravatar, location_id, phone, jobtitle, manager_id, employee_num, avatar, username, notes, company_id,
    remember_token, ldap_import, locale, show_in_list, two_factor_secret, two_factor_enrolled, two_factor_optin, department_id, address, city, state, zip, skin,
    remote, start_date, end_date, scim_externalid, autoassign_licenses, vip, enable_sounds, enable_confetti, created_by, mobile, display_name)
SELECT p.i, p.email, '$2y' || '$10$' || fixture_gen.chars('upw', p.i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
       CASE WHEN p.i = 1 THEN '{"superuser":"1"}' WHEN p.jobtitle IN ('IT Support Specialist', 'Head of IT') THEN '{"admin":"1","import":"1","reports.view":"1"}' WHEN p.i % 7 = 0 THEN '{"assets.view":"1","self.api":"1"}' ELSE '[]' END,
       p.end_d IS NULL, CASE WHEN p.i < 25 AND p.i % 4 = 1 THEN fixture_gen.hexn('uact', p.i, 40) END,
       CASE WHEN p.i < 25 THEN sgen.at('uacta', p.i, '2018-02-12', '2018-12-31') END,
       CASE WHEN p.end_d IS NULL AND p.i % 5 <> 4 THEN sgen.at('ulog', p.i, '2024-05-01', '2024-09-29 18:00') END,
       CASE WHEN p.i < 25 AND p.i % 3 = 0 THEN fixture_gen.hexn('upers', p.i, 64) END,
       CASE WHEN p.i < 60 AND p.i % 17 = 5 THEN sgen.rnd('ureset', p.i, 42) END,
       p.first, p.last, sgen.at('ucr', p.i, greatest(timestamp '2018-02-12', p.start_d::timestamp), greatest(timestamp '2018-02-13', p.start_d::timestamp) + interval '20 days'),
       sgen.at('uup', p.i, '2024-06-01', '2024-09-29'), CASE WHEN p.end_d IS NOT NULL AND p.i % 2 = 0 THEN (p.end_d + 45)::timestamp + interval '9 hours' END,
       CASE WHEN p.i % 23 = 4 THEN 'https://www.linkedin.com/in/' || sgen.fold(p.first) || '-' || sgen.fold(p.last) || '-' || fixture_gen.hexn('ulinked', p.i, 6) || '/'
            WHEN p.i % 37 = 9 THEN 'https://github.com/' || sgen.fold(p.first) || sgen.fold(p.last) END,
       p.country, CASE WHEN p.i % 29 = 3 THEN sgen.fold(p.first) || '.' || sgen.fold(p.last) || (p.i % 90)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmx.de', 'outlook.com', 'yahoo.co.jp'], 'ugrav', p.i) END,
       p.loc, p.phone, p.jobtitle, p.mgr, p.emp, CASE WHEN p.i % 6 = 1 THEN 'avatar-' || sgen.rnd('uav', p.i, 18) || '.jpg' END, p.username,
       CASE WHEN p.i % 13 = 2 THEN fixture_gen.pick(ARRAY['Parental leave until end of March; laptop kept at home.', 'Uses a screen reader, needs the wide-screen dock and a large keyboard.',
                 'Personal mobile for MFA resets: ' || sgen.phone(p.c, 'unote', p.i), 'On long-term sick leave since June, do not reassign the laptop.',
                 'Contractor via Hays, badge expires with the contract.', 'Also uses the account of the Explorer bridge when offshore.'], 'unote', p.i)
            WHEN p.end_d IS NOT NULL THEN 'Leaver ' || to_char(p.end_d, 'DD.MM.YYYY') || '. Mail forwarded to ' || m.first || ' ' || m.last || '.' END,
       p.co, CASE WHEN p.i % 3 <> 2 AND p.end_d IS NULL THEN sgen.rnd('urem', p.i, 60) END, p.i > 6, p.locale, true,
       CASE WHEN p.i % 4 = 0 OR p.jobtitle IN ('IT Support Specialist', 'Head of IT') THEN fixture_gen.chars('utotp', p.i, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       p.i % 4 = 0 OR p.jobtitle IN ('IT Support Specialist', 'Head of IT'), p.i % 4 = 0, p.dept, p.home, p.city, p.state, p.zip,
       CASE WHEN p.i % 9 = 0 THEN fixture_gen.pick(ARRAY['blue-dark', 'black', 'contrast', 'green'], 'uskin', p.i) END, p.remote, p.start_d, p.end_d,
       CASE WHEN p.i > 6 AND p.end_d IS NULL THEN p.scim END, true, p.jobtitle IN ('Legal Counsel') OR p.i IN (9, 14, 22), p.i % 10 = 0, p.i % 25 = 0, CASE WHEN p.i = 1 THEN NULL ELSE 1 END,
       p.mobile, CASE WHEN p.i % 8 = 3 THEN p.first || ' ' || p.last || ' (' || p.jobtitle || ')' WHEN p.i = 1 THEN 'Cal MacLeod' END
FROM sgen.p p LEFT JOIN sgen.p m ON m.i = p.mgr;
INSERT INTO users (id, email, password, permissions, activated, first_name, last_name, created_at, updated_at, location_id, username, notes, company_id, ldap_import, locale,
    show_in_list, autoassign_licenses, created_by)
SELECT s.i, s.email, '$2y' || '$10$' || fixture_gen.chars('upw', s.i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
       CASE WHEN s.username LIKE 'api-%' THEN '{"assets.view":"1","assets.edit":"1","users.view":"1","self.api":"1"}' ELSE '[]' END, s.username NOT LIKE 'spares%',
       s.first, s.last, sgen.at('ucr', s.i, '2019-01-01', '2023-12-31'), sgen.at('uup', s.i, '2024-01-01', '2024-09-29'), s.loc, s.username, s.notes, s.co, false, 'en-US',
       s.username NOT LIKE 'api-%', false, 1
FROM sgen.svc s;

-- ---------------------------------------------------------------------------
-- The catalogue: manufacturers, categories, depreciations, status labels,
-- suppliers, custom fields and fieldsets, models.

CREATE TABLE manufacturers (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    created_by integer, deleted_at timestamp(0) without time zone, url varchar(255), support_url varchar(255), warranty_lookup_url text,
    support_phone varchar(255), support_email varchar(255), image varchar(255), notes text);
INSERT INTO manufacturers (id, name, created_at, updated_at, created_by, deleted_at, url, support_url, warranty_lookup_url, support_phone, support_email, image, notes)
SELECT m.id, m.name, sgen.at('mcr', m.id, '2018-02-12', '2022-01-01'), sgen.at('mup', m.id, '2022-01-01', '2024-09-01'), 1, NULL, m.url, m.surl, m.wurl, m.sphone, m.semail,
       CASE WHEN m.id % 2 = 1 THEN lower(regexp_replace(m.name, '[^A-Za-z]', '', 'g')) || '.png' END, m.notes
FROM (VALUES
  (1, 'Dell', 'https://www.dell.com', 'https://www.dell.com/support', 'https://www.dell.com/support/home/en-us/product-support/servicetag/{SERIAL}', '+1 800 624 9897', 'support@dell.example', 'Enterprise account, ProSupport Plus.'),
  (2, 'Lenovo', 'https://www.lenovo.com', 'https://support.lenovo.com', 'https://pcsupport.lenovo.com/us/en/products/{SERIAL}/warranty', '+49 69 6642 7011', 'premier-emea@lenovo.example', NULL),
  (3, 'Apple', 'https://www.apple.com', 'https://support.apple.com', 'https://checkcoverage.apple.com/?sn={SERIAL}', '0800 107 6285', 'enterprise-support@apple.example', 'AppleCare for Enterprise on MacBooks only.'),
  (4, 'HP', 'https://www.hp.com', 'https://support.hp.com', 'https://support.hp.com/{LOCALE}/check-warranty', '+44 207 660 0596', 'printer-support@hp.example', NULL),
  (5, 'Cisco', 'https://www.cisco.com', 'https://www.cisco.com/c/en/us/support', NULL, '+1 408 526 7209', 'tac@cisco.example', 'SmartNet contract 9088-2271.'),
  (6, 'Microsoft', 'https://www.microsoft.com', 'https://support.microsoft.com', NULL, NULL, NULL, NULL),
  (7, 'Adobe', 'https://www.adobe.com', 'https://helpx.adobe.com/support.html', NULL, NULL, 'vip-support@adobe.example', NULL),
  (8, 'Autodesk', 'https://www.autodesk.com', 'https://www.autodesk.com/support', NULL, '+49 89 5476 9000', NULL, NULL),
  (9, 'Samsung', 'https://www.samsung.com', 'https://www.samsung.com/support', 'https://www.samsung.com/uk/support/warranty/', '0333 000 0333', NULL, 'Knox Mobile Enrollment.'),
  (10, 'Logitech', 'https://www.logitech.com', 'https://support.logi.com', NULL, NULL, NULL, NULL),
  (11, 'Iridium', 'https://www.iridium.com', 'https://www.iridium.com/support', NULL, '+1 480 752 5155', 'info@iridium.example', 'Sat phones for offshore crews.'),
  (12, 'Getac', 'https://www.getac.com', 'https://www.getac.com/en/support', NULL, '+44 1952 207 222', 'service-uk@getac.example', 'Rugged tablets.'),
  (13, 'Ubiquiti', 'https://ui.com', 'https://help.ui.com', NULL, NULL, NULL, NULL),
  (14, 'Brother', 'https://www.brother.com', 'https://support.brother.com', NULL, NULL, NULL, NULL),
  (15, 'Bentley Systems', 'https://www.bentley.com', 'https://www.bentley.com/support', NULL, '+1 800 236 8539', NULL, 'MOSES and SACS licences.'),
  (16, 'JetBrains', 'https://www.jetbrains.com', 'https://www.jetbrains.com/support', NULL, NULL, 'sales@jetbrains.example', NULL),
  (17, 'Jabra', 'https://www.jabra.com', 'https://www.jabra.com/supportpages', NULL, NULL, NULL, NULL),
  (18, 'Fortinet', 'https://www.fortinet.com', 'https://support.fortinet.com', NULL, '+33 4 8987 0510', NULL, NULL)) m(id, name, url, surl, wurl, sphone, semail, notes);

CREATE TABLE categories (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    created_by integer, deleted_at timestamp(0) without time zone, eula_text text, use_default_eula boolean NOT NULL DEFAULT false,
    require_acceptance boolean NOT NULL DEFAULT false, category_type varchar(255) DEFAULT 'asset', checkin_email boolean NOT NULL DEFAULT false,
    image varchar(255), alert_on_response boolean NOT NULL DEFAULT false, notes text);
INSERT INTO categories (id, name, created_at, updated_at, created_by, deleted_at, eula_text, use_default_eula, require_acceptance, category_type, checkin_email, image, alert_on_response, notes)
SELECT c.id, c.name, sgen.at('ccr', c.id, '2018-02-12', '2021-01-01'), sgen.at('cup', c.id, '2021-01-01', '2024-09-01'), 1, NULL, c.eula, c.eula IS NULL AND c.typ = 'asset', c.typ IN ('asset', 'license'), c.typ,
       c.id IN (1, 3), NULL, c.id IN (1, 3, 9), c.notes
FROM (VALUES
  (1, 'Laptops', 'asset', E'## Mobile device agreement\n\nThe laptop stays the property of Kestrel Marine. Keep it encrypted, locked when unattended and never leave it in a car. Report loss or theft within 24 hours to the IT service desk (+49 40 3197 4411, servicedesk@kestrel-marine.example). Callum MacLeod, Head of IT, decides on replacements.', NULL),
  (2, 'Desktops', 'asset', NULL, NULL),
  (3, 'Mobile Phones', 'asset', E'Company phones are for business use. The SIM stays with the phone. If the phone is lost call the Aberdeen IT line on +44 1224 874' || '411 so the SIM can be barred.', 'Includes the SIM; the number follows the phone.'),
  (4, 'Tablets', 'asset', NULL, NULL), (5, 'Monitors', 'asset', NULL, NULL), (6, 'Servers', 'asset', NULL, 'Rack inventory, Hamburg server room.'),
  (7, 'Network', 'asset', NULL, NULL), (8, 'Printers', 'asset', NULL, NULL),
  (9, 'Satellite Phones', 'asset', 'Satellite phones must be returned to the quayside store after every rotation.', NULL),
  (10, 'Docking Stations', 'accessory', NULL, NULL), (11, 'Headsets', 'accessory', NULL, NULL), (12, 'Keyboards & Mice', 'accessory', NULL, NULL),
  (13, 'Toner', 'consumable', NULL, NULL), (14, 'Batteries', 'consumable', NULL, NULL), (15, 'Cables', 'consumable', NULL, NULL),
  (16, 'RAM', 'component', NULL, NULL), (17, 'Storage', 'component', NULL, NULL),
  (18, 'Engineering Software', 'license', 'Licences are named; do not share your login or install on a second machine.', NULL),
  (19, 'Office Software', 'license', NULL, NULL), (20, 'Developer Tools', 'license', NULL, NULL)) c(id, name, typ, eula, notes);

CREATE TABLE depreciations (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, months integer NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    created_by integer, depreciation_min numeric(8, 2), depreciation_type varchar(255) NOT NULL DEFAULT 'amount');
INSERT INTO depreciations VALUES
  (1, 'Laptops 36 months', 36, '2018-02-12 10:00:00', '2022-04-01 08:00:00', 1, 0, 'amount'), (2, 'Phones 24 months', 24, '2018-02-12 10:02:00', '2018-02-12 10:02:00', 1, 0, 'amount'),
  (3, 'Servers 60 months', 60, '2018-02-12 10:03:00', '2021-03-15 12:00:00', 1, 10, 'percent'), (4, 'Network 48 months', 48, '2019-07-01 09:00:00', '2019-07-01 09:00:00', 1, 0, 'amount'),
  (5, 'Software 12 months', 12, '2019-07-01 09:05:00', '2019-07-01 09:05:00', 1, 0, 'amount'), (6, 'Monitors 60 months', 60, '2020-01-10 11:00:00', '2020-01-10 11:00:00', 1, 5, 'amount');

CREATE TABLE status_labels (
    id serial PRIMARY KEY, name varchar(255), created_by integer, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone, deployable boolean NOT NULL DEFAULT false, pending boolean NOT NULL DEFAULT false, archived boolean NOT NULL DEFAULT false,
    notes text, color varchar(10), show_in_nav boolean DEFAULT false, default_label boolean DEFAULT false);
INSERT INTO status_labels (id, name, created_by, created_at, updated_at, deleted_at, deployable, pending, archived, notes, color, show_in_nav, default_label)
SELECT s.id, s.name, 1, timestamp '2018-02-12 10:10:00' + s.id * interval '1 minute', timestamp '2023-03-01 09:00:00' + s.id * interval '1 hour', NULL, s.dep, s.pend, s.arch, s.notes, s.color, s.nav, s.id = 1
FROM (VALUES (1, 'Ready to Deploy', true, false, false, NULL, '#00a65a', true), (2, 'Pending', false, true, false, 'Awaiting imaging or enrolment', '#f39c12', true),
  (3, 'Archived', false, false, true, NULL, '#666666', false), (4, 'Out for Repair', false, true, false, 'At the depot or with the vendor', '#dd4b39', true),
  (5, 'Broken - Not Fixable', false, false, true, NULL, '#000000', false), (6, 'Lost/Stolen', false, false, true, 'Police report number goes in the asset notes', '#b00020', true),
  (7, 'Offshore Rotation', true, false, false, 'Kit booked for a vessel rotation', '#3c8dbc', true), (8, 'Wiped - to Recycle', false, false, true, 'Certificate from the recycler in the uploads', '#999999', false),
  (9, 'Loaner', true, false, false, NULL, '#605ca8', false)) s(id, name, dep, pend, arch, notes, color, nav);

CREATE TABLE suppliers (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, address varchar(250), address2 varchar(250), city varchar(255), state varchar(32), country varchar(2),
    phone varchar(35), fax varchar(35), email varchar(150), contact varchar(100), notes varchar(255), created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone, created_by integer, deleted_at timestamp(0) without time zone, zip varchar(10), url varchar(250), image varchar(255));
INSERT INTO suppliers (id, name, address, address2, city, state, country, phone, fax, email, contact, notes, created_at, updated_at, created_by, deleted_at, zip, url, image)
SELECT s.id, s.name, s.addr, s.addr2, s.city, s.state, s.country, s.phone, s.fax, s.email, s.contact, s.notes, sgen.at('scr', s.id, '2018-02-12', '2023-01-01'), sgen.at('sup', s.id, '2023-01-01', '2024-09-20'), 1,
       CASE WHEN s.id = 9 THEN timestamp '2022-10-04 14:12:00' END, s.zip, s.url, NULL
FROM (VALUES
  (1, 'Bechtle GmbH & Co. KG', 'Notkestraße 13', NULL, 'Hamburg', 'HH', 'DE', '+49 40 8090 74' || '31', '+49 40 8090 7499', 'jana.krueger@bechtle.example', 'Jana Krüger', 'Framework contract HH-2022-07, 3% on hardware.', '22607', 'https://www.bechtle.com'),
  (2, 'CDW UK', '2 Snowhill, Queensway', NULL, 'Birmingham', NULL, 'GB', '0121 616 ' || '4412', NULL, 'ross.mcallister@cdw.example', 'Ross McAllister', NULL, 'B4 6GA', 'https://www.uk.cdw.com'),
  (3, 'Insight Enterprises India', 'Prestige Tech Park, Marathahalli', 'Block C, 4th floor', 'Bengaluru', 'KA', 'IN', '+91 98450 ' || '31877', NULL, 'deepa.rangan@insight.example', 'Deepa Rangan', 'Ships to Pune within 5 days.', '560103', 'https://in.insight.com'),
  (4, 'Ingram Micro Brasil', 'Av. Piracema, 1411', 'Galpão 3', 'Barueri', 'SP', 'BR', '(11) 98133-' || '2761', NULL, 'renata.lopes@ingrammicro.example', 'Renata Lopes', NULL, '06460-030', 'https://br.ingrammicro.com'),
  (5, 'Otsuka Shokai', '2-18-4 Iidabashi', NULL, 'Chiyoda-ku, Tokyo', NULL, 'JP', '03-3514-' || '7720', '03-3514-7799', 'h.sato@otsuka-shokai.example', '佐藤 大輔 (Daisuke Sato)', NULL, '102-8573', 'https://www.otsuka-shokai.co.jp'),
  (6, 'Marek Zieliński IT Services', 'ul. Szeroka 41/3', NULL, 'Gdańsk', 'Pomorskie', 'PL', '+48 601 ' || '228 914', NULL, 'marek.zielinski.it@gmail.com', 'Marek Zieliński', 'Sole trader. On-site fixes for the Gdańsk remote staff; invoices with NIP.', '80-835', NULL),
  (7, 'Grampian Mobile Repairs', 'Unit 12, Kirkhill Place', 'Dyce', 'Aberdeen', NULL, 'GB', '07812 ' || '554306', NULL, 'gordon@grampianmobile.example', 'Gordon Baird', 'Screen and battery swaps same day.', 'AB21 0GU', 'https://grampianmobile.example'),
  (8, 'Telemar Satcom', 'Altens Farm Road', NULL, 'Aberdeen', NULL, 'GB', '+44 1224 ' || '249730', NULL, 'airtime@telemar.example', NULL, 'Iridium airtime and sat phone rental.', 'AB12 3FY', 'https://www.telemar.example'),
  (9, 'Fernando Almeida Informática ME', 'Rua Itupava, 1299', 'Loja 2', 'Curitiba', 'PR', 'BR', '(41) 99872-' || '3310', NULL, 'fernando.almeida.info@hotmail.com', 'Fernando Almeida', 'Microempresa; CPF on the invoices. No longer used.', '80040-000', NULL),
  (10, 'Apple Store for Business', NULL, NULL, NULL, NULL, 'DE', NULL, NULL, NULL, NULL, 'Online orders only.', NULL, 'https://www.apple.com/de/retail/business/'),
  (11, 'Recycling Nord GmbH', 'Billbrookdeich 210', NULL, 'Hamburg', 'HH', 'DE', '+49 40 7325 ' || '180', NULL, 'annahme@recycling-nord.example', 'Dispatch', 'Certified data destruction (DIN 66399, H-5).', '22113', 'https://recycling-nord.example'),
  (12, 'SoftwareONE', 'Riedenmatt 4', NULL, 'Stans', NULL, 'CH', '+41 44 832 ' || '4169', NULL, 'thomas.brunner@softwareone.example', 'Thomas Brunner', 'Microsoft EA and Autodesk renewals.', '6370', 'https://www.softwareone.com')) s(id, name, addr, addr2, city, state, country, phone, fax, email, contact, notes, zip, url);

CREATE TABLE custom_fields (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, format varchar(255) NOT NULL, element varchar(255) NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, created_by integer, field_values text,
    field_encrypted boolean NOT NULL DEFAULT false, db_column varchar(255), help_text text, show_in_email boolean NOT NULL DEFAULT false,
    is_unique boolean DEFAULT false, display_in_user_view boolean DEFAULT false, auto_add_to_fieldsets boolean DEFAULT false,
    show_in_listview boolean DEFAULT false, show_in_requestable_list boolean DEFAULT false);
INSERT INTO custom_fields (id, name, format, element, created_at, updated_at, created_by, field_values, field_encrypted, db_column, help_text, show_in_email, is_unique, display_in_user_view, auto_add_to_fieldsets, show_in_listview, show_in_requestable_list)
SELECT f.id, f.name, f.fmt, f.el, sgen.at('fcr', f.id, '2018-03-01', '2022-06-01'), sgen.at('fup', f.id, '2022-06-01', '2024-09-01'), 1, f.vals, f.enc,
       '_snipeit_' || f.col || '_' || f.id, f.help, f.id IN (5, 8), f.id IN (1, 4, 6, 7), f.id IN (5, 8), f.id = 10, f.id IN (1, 5, 8, 9), f.id IN (2, 3)
FROM (VALUES
  (1, 'MAC Address', 'regex:/^[a-fA-F0-9]{2}:[a-fA-F0-9]{2}:[a-fA-F0-9]{2}:[a-fA-F0-9]{2}:[a-fA-F0-9]{2}:[a-fA-F0-9]{2}$/', 'text', NULL, false, 'mac_address', 'Wi-Fi MAC as shown in Intune.'),
  (2, 'RAM', 'ANY', 'listbox', E'8 GB\n16 GB\n32 GB\n64 GB', false, 'ram', NULL),
  (3, 'CPU', 'ANY', 'text', NULL, false, 'cpu', NULL),
  (4, 'IMEI', 'regex:/^[0-9]{15}$/', 'text', NULL, false, 'imei', 'Dial *#06# to show it.'),
  (5, 'Phone Number', 'ANY', 'text', NULL, false, 'phone_number', 'Number of the SIM in the device, E.164.'),
  (6, 'SIM ICCID', 'regex:/^89[0-9]{17,18}$/', 'text', NULL, false, 'sim_iccid', NULL),
  (7, 'BitLocker Recovery Key', 'regex:/^([0-9]{6}-){7}[0-9]{6}$/', 'text', NULL, false, 'bitlocker_recovery_key', 'Copy from Entra ID. Visible to admins only.'),
  (8, 'Hostname', 'ANY', 'text', NULL, false, 'hostname', 'Site-LT-login for laptops, Site-PC-number for desktops.'),
  (9, 'IP Address', 'IP', 'text', NULL, false, 'ip_address', 'Static addresses of servers, printers and switches only.'),
  (10, 'OS Version', 'ANY', 'listbox', E'Windows 10 22H2\nWindows 11 23H2\nmacOS 14 Sonoma\niOS 17\nAndroid 14\nUbuntu 22.04 LTS', false, 'os_version', NULL),
  (11, 'Local Admin Password', 'ANY', 'text', NULL, true, 'local_admin_password', 'LAPS password at the last sync; encrypted.')) f(id, name, fmt, el, vals, enc, col, help);

CREATE TABLE custom_fieldsets (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, created_by integer);
INSERT INTO custom_fieldsets VALUES (1, 'Computers', '2018-03-01 10:00:00', '2023-02-14 09:12:00', 1), (2, 'Phones & SIMs', '2018-03-01 10:05:00', '2022-11-03 15:40:00', 1),
  (3, 'Infrastructure', '2019-06-12 13:00:00', '2019-06-12 13:00:00', 1), (4, 'Tablets', '2020-09-01 08:00:00', '2021-01-20 10:00:00', 1);

CREATE TABLE custom_field_custom_fieldset (
    custom_field_id integer NOT NULL, custom_fieldset_id integer NOT NULL, "order" integer NOT NULL, required boolean NOT NULL);
INSERT INTO custom_field_custom_fieldset VALUES (1, 1, 1, true), (2, 1, 2, false), (3, 1, 3, false), (8, 1, 4, true), (10, 1, 5, false), (7, 1, 6, false), (11, 1, 7, false),
  (4, 2, 1, true), (5, 2, 2, false), (6, 2, 3, false), (10, 2, 4, false), (1, 3, 1, false), (9, 3, 2, true), (8, 3, 3, true),
  (4, 4, 1, false), (6, 4, 2, false), (5, 4, 3, false), (1, 4, 4, false), (10, 4, 5, false);

CREATE TABLE models (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, model_number varchar(255), manufacturer_id integer, category_id integer,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, depreciation_id integer, created_by integer, eol integer,
    image varchar(255), deprecated_mac_address boolean NOT NULL DEFAULT false, deleted_at timestamp(0) without time zone, fieldset_id integer,
    notes text, requestable boolean NOT NULL DEFAULT false, min_amt integer, require_serial boolean DEFAULT false);
INSERT INTO models (id, name, model_number, manufacturer_id, category_id, created_at, updated_at, depreciation_id, created_by, eol, image, deprecated_mac_address, deleted_at, fieldset_id, notes, requestable, min_amt, require_serial)
SELECT m.id, m.name, m.num, m.mf, m.cat, sgen.at('mdcr', m.id, '2018-03-01', '2023-06-01'), sgen.at('mdup', m.id, '2023-06-01', '2024-09-01'), m.dep, 1, m.eol,
       CASE WHEN m.id % 3 <> 0 THEN 'models-' || sgen.rnd('mdimg', m.id, 14) || '.png' END, false, CASE WHEN m.id = 4 THEN timestamp '2023-01-09 12:00:00' END, m.fs, m.notes, m.req, m.minamt, m.cat IN (1, 2, 3)
FROM (VALUES
  (1, 'Latitude 7440', 'N015L744014', 1, 1, 1, 36, 1, 'Standard office laptop from 2023.', true, 10),
  (2, 'Precision 5680', 'P5680-i9-A2000', 1, 1, 1, 36, 1, 'CAD workstation laptop for naval architects.', false, 3),
  (3, 'ThinkPad T14 Gen 4', '21HD0052GE', 2, 1, 1, 36, 1, NULL, true, 5),
  (4, 'ThinkPad T480', '20L50000GE', 2, 1, 1, 36, 1, 'Retired model.', false, NULL),
  (5, 'MacBook Pro 14" M3', 'MRX33D/A', 3, 1, 1, 36, 1, NULL, false, 2),
  (6, 'OptiPlex 7010 SFF', 'DN7010SFF', 1, 2, 1, 60, 1, NULL, false, NULL),
  (7, 'iPhone 15', 'MTP03ZD/A', 3, 3, 2, 24, 2, NULL, true, 5),
  (8, 'Galaxy XCover6 Pro', 'SM-G736B', 9, 3, 2, 24, 2, 'Rugged phone for offshore staff.', true, 5),
  (9, 'iPad 10th gen', 'MPQ03FD/A', 3, 4, 2, 36, 4, NULL, true, NULL),
  (10, 'Getac F110 G6', 'FL21ZDJAE9XX', 12, 4, 1, 48, 4, 'Rugged tablet, deck use.', false, 2),
  (11, 'UltraSharp U2723QE', 'DELL-U2723QE', 1, 5, 6, 60, NULL, NULL, true, 10),
  (12, 'PowerEdge R750', 'R750-XS', 1, 6, 3, 60, 3, NULL, false, NULL),
  (13, 'Catalyst 9300-48P', 'C9300-48P-E', 5, 7, 4, 60, 3, NULL, false, NULL),
  (14, 'FortiGate 100F', 'FG-100F', 18, 7, 4, 60, 3, NULL, false, NULL),
  (15, 'Color LaserJet Pro MFP 4301', '4RA82F', 4, 8, 4, 60, 3, NULL, false, NULL),
  (16, 'Iridium Extreme 9575', 'BPKT1201', 11, 9, 2, 48, 2, 'Always with the external antenna kit.', true, 4),
  (17, 'U6 Pro Access Point', 'U6-Pro', 13, 7, 4, 60, 3, NULL, false, NULL)) m(id, name, num, mf, cat, dep, eol, fs, notes, req, minamt);

-- ---------------------------------------------------------------------------
-- Assets. 1-260 laptops (one per person of the same number; leavers' back in
-- the store), 261-360 phones, 361-385 tablets, 386-415 monitors, 416-425
-- servers, 426-440 network, 441-450 printers, 451-460 sat phones.

CREATE TABLE sgen.a (id int PRIMARY KEY, kind text, model int, person int, loc int, site text, name text, notes text, co int);
INSERT INTO sgen.a (id, kind, person)
SELECT k, CASE WHEN k <= 260 THEN 'laptop' WHEN k <= 360 THEN 'phone' WHEN k <= 385 THEN 'tablet' WHEN k <= 415 THEN 'monitor' WHEN k <= 425 THEN 'server'
               WHEN k <= 440 THEN 'network' WHEN k <= 450 THEN 'printer' ELSE 'satphone' END,
       CASE WHEN k <= 260 THEN k WHEN k <= 360 THEN (k - 260) * 3 - 1 WHEN k <= 385 AND k % 2 = 0 THEN (k - 360) * 11 WHEN k BETWEEN 451 AND 460 AND k % 3 = 0 THEN 20 + (k - 450) * 17 END
FROM generate_series(1, 460) k;
UPDATE sgen.a a SET co = coalesce(p.co, CASE WHEN a.kind IN ('tablet', 'satphone') THEN 2 WHEN a.id % 7 = 3 THEN 2 ELSE 1 END),
  model = CASE a.kind
    WHEN 'laptop' THEN CASE WHEN p.co = 5 OR (p.co = 1 AND a.id % 9 = 0) THEN 5 WHEN p.jobtitle IN ('Naval Architect', 'Senior CAD Engineer', 'Structural Analyst', 'Team Lead - Hull Design', 'Draughtsman') THEN 2
                             WHEN p.co = 2 THEN CASE WHEN a.id % 4 = 0 THEN 4 ELSE 3 END WHEN p.co = 3 THEN 3 ELSE 1 END
    WHEN 'phone' THEN CASE WHEN p.co = 2 AND a.id % 2 = 0 THEN 8 ELSE 7 END WHEN 'tablet' THEN CASE WHEN a.id % 3 = 0 THEN 10 ELSE 9 END WHEN 'monitor' THEN 11 WHEN 'server' THEN 12
    WHEN 'network' THEN CASE a.id % 3 WHEN 0 THEN 13 WHEN 1 THEN 14 ELSE 17 END WHEN 'printer' THEN 15 ELSE 16 END
FROM sgen.a b LEFT JOIN sgen.p p ON p.i = b.person WHERE b.id = a.id;
UPDATE sgen.a a SET person = NULL FROM sgen.p p WHERE p.i = a.person AND p.end_d IS NOT NULL;
UPDATE sgen.a a SET loc = CASE WHEN a.person IS NOT NULL THEN p.loc
    WHEN a.kind IN ('server') THEN 3 WHEN a.kind IN ('network', 'printer') THEN (ARRAY[1, 4, 6, 7, 8, 5, 1, 3])[1 + a.id % 8]
    WHEN a.kind IN ('tablet', 'satphone') THEN (ARRAY[5, 9, 10])[1 + a.id % 3] WHEN a.kind = 'monitor' THEN (ARRAY[1, 2, 4, 6, 12, 14])[1 + a.id % 6] ELSE CASE WHEN a.co = 2 THEN 5 ELSE 2 END END
FROM sgen.a b LEFT JOIN sgen.p p ON p.i = b.person WHERE b.id = a.id;
UPDATE sgen.a a SET site = CASE l.id WHEN 1 THEN 'HH' WHEN 2 THEN 'HH' WHEN 3 THEN 'HH' WHEN 4 THEN 'ABZ' WHEN 5 THEN 'ABZ' WHEN 6 THEN 'PNQ' WHEN 7 THEN 'CWB' WHEN 8 THEN 'OSA' WHEN 9 THEN 'KEX' WHEN 10 THEN 'KPF'
    ELSE CASE l.country WHEN 'DE' THEN 'HH' WHEN 'IN' THEN 'PNQ' WHEN 'BR' THEN 'CWB' ELSE 'ABZ' END END
FROM sgen.loc l WHERE l.id = a.loc;
UPDATE sgen.a a SET name = CASE
    WHEN a.kind = 'laptop' AND p.i IS NOT NULL AND a.model = 5 THEN 'MacBook - ' || p.first || ' ' || p.last
    WHEN a.kind = 'laptop' AND p.i IS NOT NULL AND a.id % 2 = 0 THEN a.site || '-LT-' || upper(substr(sgen.fold(p.first), 1, 1) || sgen.fold(p.last))
    WHEN a.kind = 'laptop' THEN a.site || '-LT-' || lpad(a.id::text, 4, '0')
    WHEN a.kind = 'phone' AND p.i IS NOT NULL AND a.id % 3 = 0 THEN p.first || '''s ' || CASE WHEN a.model = 7 THEN 'iPhone' ELSE 'XCover' END
    WHEN a.kind = 'phone' THEN NULL
    WHEN a.kind = 'tablet' THEN CASE WHEN a.person IS NULL THEN 'Deck tablet ' || a.id ELSE NULL END
    WHEN a.kind = 'server' THEN 'hh-esx' || lpad((a.id - 415)::text, 2, '0') || '.corp.kestrel-marine.example'
    WHEN a.kind = 'network' THEN lower(a.site) || '-' || CASE a.model WHEN 13 THEN 'sw' WHEN 14 THEN 'fw' ELSE 'ap' END || lpad((a.id - 425)::text, 2, '0')
    WHEN a.kind = 'printer' THEN a.site || '-MFP' || lpad((a.id - 440)::text, 2, '0')
    WHEN a.kind = 'satphone' THEN 'Sat phone ' || (a.id - 450)
    ELSE NULL END,
  notes = CASE
    WHEN p.i IS NOT NULL AND a.id % 17 = 3 THEN 'Screen cracked, reported by ' || p.first || ' ' || p.last || ' (' || coalesce(p.mobile, p.phone) || '). Repair at ' || CASE WHEN a.co = 2 THEN 'Grampian Mobile Repairs.' ELSE 'Bechtle.' END
    WHEN p.i IS NOT NULL AND a.id % 17 = 8 THEN 'Delivered by courier to ' || coalesce(p.home, 'the office') || ', ' || p.city || ' during onboarding.'
    WHEN p.i IS NOT NULL AND a.id % 23 = 5 THEN 'Stolen from car on ' || to_char(p.start_d + 900, 'DD.MM.YYYY') || '. Police report ' || fixture_gen.digits('apol', a.id, 6) || '/' || (2019 + a.id % 5) || ', filed by ' || p.first || '.'
    WHEN a.kind = 'laptop' AND a.person IS NULL AND a.id % 2 = 0 THEN 'Returned by ' || q.first || ' ' || q.last || ' on leaving. Wiped, ready for reuse.'
    WHEN a.kind = 'laptop' AND a.id % 5 = 1 THEN 'Imaged with the W11 23H2 engineering baseline.'
    WHEN a.kind = 'server' THEN 'vSphere 8 host, iDRAC on the management VLAN.'
    WHEN a.kind = 'satphone' THEN 'Antenna kit and charger in the pelican case.'
    WHEN a.kind = 'tablet' AND a.person IS NULL THEN 'Stays on the vessel. PIN with the master.'
    ELSE NULL END
FROM sgen.a b LEFT JOIN sgen.p p ON p.i = b.person LEFT JOIN sgen.p q ON q.i = b.id AND b.kind = 'laptop' WHERE b.id = a.id;

CREATE TABLE assets (
    id serial PRIMARY KEY, name varchar(255), asset_tag varchar(255), model_id integer, serial varchar(255), purchase_date date, asset_eol_date date,
    purchase_cost numeric(20, 2), order_number varchar(255), assigned_to integer, notes text, image text, created_by integer,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, physical boolean NOT NULL DEFAULT true,
    deleted_at timestamp(0) without time zone, status_id integer, archived boolean DEFAULT false, warranty_months integer, depreciate boolean,
    supplier_id integer, requestable boolean NOT NULL DEFAULT false, rtd_location_id integer, accepted varchar(255), last_checkout timestamp(0) without time zone,
    last_checkin timestamp(0) without time zone, expected_checkin date, company_id integer, assigned_type varchar(255), last_audit_date timestamp(0) without time zone,
    next_audit_date date, location_id integer, checkin_counter integer NOT NULL DEFAULT 0, checkout_counter integer NOT NULL DEFAULT 0,
    requests_counter integer NOT NULL DEFAULT 0, byod boolean DEFAULT false, eol_explicit boolean NOT NULL DEFAULT false,
    _snipeit_mac_address_1 text, _snipeit_ram_2 text, _snipeit_cpu_3 text, _snipeit_imei_4 text, _snipeit_phone_number_5 text, _snipeit_sim_iccid_6 text,
    _snipeit_bitlocker_recovery_key_7 text, _snipeit_hostname_8 text, _snipeit_ip_address_9 text, _snipeit_os_version_10 text, _snipeit_local_admin_password_11 text);
INSERT INTO assets
SELECT a.id, a.name, CASE WHEN a.co = 2 THEN 'KO-' ELSE 'KM-' END || lpad((a.id + 1000)::text, 6, '0'), a.model,
       CASE WHEN m.manufacturer_id = 1 THEN fixture_gen.chars('aser', a.id, 7, 'BCDFGHJKLMNPQRSTVWXYZ0123456789') WHEN m.manufacturer_id = 2 THEN 'PF' || fixture_gen.chars('aser', a.id, 6, 'ABCDEFGHJKLMNPRSTVWXYZ0123456789')
            WHEN m.manufacturer_id = 3 THEN fixture_gen.chars('aser', a.id, 10, 'CDFGHJKLMNPQRTVWXY0123456789') WHEN m.manufacturer_id = 9 THEN 'R5' || fixture_gen.chars('aser', a.id, 9, 'ABCDEFGHJKLMNPRSTVWXYZ0123456789')
            ELSE upper(fixture_gen.hexn('aser', a.id, 4)) || fixture_gen.digits('aser', a.id, 8) END,
       pd.d, CASE WHEN a.id % 31 = 7 THEN pd.d + 365 * 4 END, (CASE a.kind WHEN 'laptop' THEN 1350 WHEN 'phone' THEN 780 WHEN 'tablet' THEN 1100 WHEN 'monitor' THEN 420 WHEN 'server' THEN 14800 WHEN 'network' THEN 2900 WHEN 'printer' THEN 980 ELSE 1450 END
         + fixture_gen.n('acost', a.id, 400))::numeric(20, 2) + 0.99,
       CASE WHEN a.id % 5 <> 0 THEN CASE WHEN a.co = 2 THEN 'PO-UK-' ELSE 'PO-' END || to_char(pd.d, 'YYYY') || '-' || lpad(fixture_gen.n('aord', a.id / 6, 9000)::text, 4, '0') END,
       CASE WHEN a.person IS NOT NULL THEN a.person WHEN a.kind IN ('network', 'printer', 'server') OR (a.kind IN ('tablet', 'satphone') AND a.id % 2 = 1) THEN a.loc WHEN a.kind = 'monitor' AND a.id % 4 = 0 THEN 1 + (a.id * 7) % 250 END,
       a.notes, CASE WHEN a.id % 41 = 0 THEN 'assets-' || sgen.rnd('aimg', a.id, 13) || '.jpg' END, CASE WHEN a.id % 3 = 0 THEN 303 ELSE 1 + (a.id % 4) END,
       pd.d::timestamp + interval '10 hours' + make_interval(mins => fixture_gen.n('acrm', a.id, 400)), sgen.at('aup', a.id, '2024-04-01', '2024-09-29'), true,
       CASE WHEN a.id % 97 = 11 THEN timestamp '2024-02-01 10:00:00' + a.id * interval '1 day' END,
       CASE WHEN a.notes LIKE 'Stolen%' THEN 6 WHEN a.notes LIKE 'Screen cracked%' THEN 4 WHEN a.notes LIKE 'Returned by%' THEN 8 WHEN a.kind IN ('tablet', 'satphone') AND a.person IS NULL AND a.id % 2 = 1 THEN 7
            WHEN a.person IS NULL AND a.kind = 'laptop' THEN CASE WHEN a.id % 3 = 0 THEN 9 ELSE 1 END WHEN a.id % 29 = 4 THEN 2 ELSE 1 END,
       false, CASE a.kind WHEN 'server' THEN 60 WHEN 'laptop' THEN 36 ELSE 24 END, false,
       CASE a.co WHEN 2 THEN CASE WHEN a.kind = 'satphone' THEN 8 ELSE 2 END WHEN 3 THEN 3 WHEN 4 THEN 4 WHEN 5 THEN 5 ELSE CASE WHEN a.model = 5 THEN 10 ELSE 1 END END,
       a.kind IN ('satphone', 'tablet') OR (a.kind = 'laptop' AND a.person IS NULL), CASE WHEN a.co = 2 THEN 5 WHEN a.kind IN ('server', 'network') THEN 3 ELSE 2 END,
       CASE WHEN a.person IS NOT NULL THEN CASE WHEN a.kind IN ('laptop', 'phone') AND a.id % 6 = 1 THEN 'pending' WHEN a.kind IN ('laptop', 'phone') THEN 'accepted' END END,
       CASE WHEN a.person IS NOT NULL OR a.kind IN ('network', 'printer', 'server') THEN greatest(pd.d::timestamp + interval '3 days', sgen.at('aco', a.id, '2021-01-01', '2024-09-20')) END,
       CASE WHEN a.person IS NULL AND a.kind = 'laptop' THEN sgen.at('aci', a.id, '2022-01-01', '2024-09-25') END,
       CASE WHEN a.kind = 'laptop' AND a.person IS NULL AND a.id % 3 = 0 THEN date '2024-10-01' + a.id % 40 WHEN a.kind = 'satphone' AND a.person IS NOT NULL THEN date '2024-10-12' END,
       a.co, CASE WHEN a.person IS NOT NULL THEN 'App\Models\User' WHEN a.kind IN ('network', 'printer', 'server') OR (a.kind IN ('tablet', 'satphone') AND a.id % 2 = 1) THEN 'App\Models\Location'
                  WHEN a.kind = 'monitor' AND a.id % 4 = 0 THEN 'App\Models\Asset' END,
       CASE WHEN a.id % 4 <> 2 THEN sgen.at('aaud', a.id, '2023-10-01', '2024-09-25') END, CASE WHEN a.id % 4 <> 2 THEN date '2024-10-01' + fixture_gen.n('anaud', a.id, 365) END,
       a.loc, fixture_gen.n('acin', a.id, 4), fixture_gen.n('acin', a.id, 4) + CASE WHEN a.person IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN a.kind = 'satphone' THEN fixture_gen.n('areq', a.id, 9) ELSE 0 END,
       a.kind = 'phone' AND a.id % 19 = 0, a.id % 31 = 7,
       CASE WHEN a.kind IN ('laptop', 'tablet', 'server', 'network', 'printer') THEN upper(substr(fixture_gen.hexn('amac', a.id, 12), 1, 2)) || ':' || upper(substr(fixture_gen.hexn('amac', a.id, 12), 3, 2)) || ':' || upper(substr(fixture_gen.hexn('amac', a.id, 12), 5, 2)) || ':'
            || upper(substr(fixture_gen.hexn('amac', a.id, 12), 7, 2)) || ':' || upper(substr(fixture_gen.hexn('amac', a.id, 12), 9, 2)) || ':' || upper(substr(fixture_gen.hexn('amac', a.id, 12), 11, 2)) END,
       CASE WHEN a.kind = 'laptop' THEN CASE WHEN a.model = 2 THEN '64 GB' WHEN a.id % 3 = 0 THEN '32 GB' ELSE '16 GB' END END,
       CASE WHEN a.kind = 'laptop' THEN CASE a.model WHEN 5 THEN 'Apple M3 Pro' WHEN 2 THEN 'Intel Core i9-13900H' WHEN 4 THEN 'Intel Core i5-8350U' ELSE 'Intel Core i7-1365U' END END,
       CASE WHEN a.kind IN ('phone', 'satphone') OR (a.kind = 'tablet' AND a.model = 10) THEN fixture_gen.luhn('35' || fixture_gen.digits('aimei', a.id, 12)) END,
       CASE WHEN a.kind = 'phone' AND a.person IS NOT NULL THEN sgen.phone(p.c, 'asim', a.id) WHEN a.kind = 'satphone' THEN '+8816 ' || fixture_gen.digits('asat', a.id, 8) END,
       CASE WHEN a.kind IN ('phone', 'satphone') OR (a.kind = 'tablet' AND a.model = 10) THEN fixture_gen.luhn('89' || CASE WHEN a.co = 2 THEN '4410' ELSE '4922' END || fixture_gen.digits('aicc', a.id, 12)) END,
       CASE WHEN a.kind = 'laptop' AND a.model <> 5 THEN (SELECT string_agg(lpad(((fixture_gen.n('abl' || g, a.id, 90909)) * 11)::text, 6, '0'), '-' ORDER BY g) FROM generate_series(1, 8) g) END,
       CASE WHEN a.kind = 'laptop' THEN a.name WHEN a.kind IN ('server', 'network', 'printer') THEN split_part(a.name, '.', 1) END,
       CASE WHEN a.kind IN ('server', 'network', 'printer') THEN '10.' || (CASE a.site WHEN 'HH' THEN 10 WHEN 'ABZ' THEN 20 WHEN 'PNQ' THEN 30 WHEN 'CWB' THEN 40 ELSE 50 END) || '.' || CASE a.kind WHEN 'server' THEN '10' WHEN 'network' THEN '1' ELSE '20' END || '.' || (10 + a.id % 200) END,
       CASE a.kind WHEN 'laptop' THEN CASE WHEN a.model = 5 THEN 'macOS 14 Sonoma' WHEN a.id % 5 = 0 THEN 'Windows 10 22H2' ELSE 'Windows 11 23H2' END WHEN 'phone' THEN CASE WHEN a.model = 7 THEN 'iOS 17' ELSE 'Android 14' END
            WHEN 'tablet' THEN CASE WHEN a.model = 9 THEN 'iOS 17' ELSE 'Windows 11 23H2' END WHEN 'server' THEN 'VMware ESXi 8.0U2' END,
       CASE WHEN a.kind = 'laptop' AND a.model <> 5 AND a.id % 2 = 1 THEN sgen.crypt('alaps', a.id, 32) END
FROM sgen.a a JOIN models m ON m.id = a.model LEFT JOIN sgen.p p ON p.i = a.person
CROSS JOIN LATERAL (SELECT date '2019-01-15' + fixture_gen.n('apd', a.id, 2000) AS d) pd;
-- Laptops of people with a hostname in their asset name keep it; the others
-- were named by number.

-- ---------------------------------------------------------------------------
-- Licences and their seats. serial is the product key or activation code;
-- license_name and license_email are who it is registered to.

CREATE TABLE licenses (
    id serial PRIMARY KEY, name varchar(255), serial text, purchase_date date, purchase_cost numeric(20, 2), order_number varchar(50), seats integer NOT NULL DEFAULT 1,
    notes text, created_by integer, depreciation_id integer NOT NULL DEFAULT 0, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone, license_name varchar(120), license_email varchar(120), depreciate boolean, supplier_id integer,
    expiration_date date, purchase_order varchar(255), termination_date date, maintained boolean, reassignable boolean NOT NULL DEFAULT true,
    company_id integer, manufacturer_id integer, category_id integer, min_amt integer);
CREATE TABLE sgen.lic (id int PRIMARY KEY, name text, mf int, cat int, seats int, kind text, named int, co int);
INSERT INTO sgen.lic VALUES
  (1, 'Microsoft Office LTSC Professional Plus 2021', 6, 19, 40, 'ms', NULL, 1), (2, 'Windows 11 Enterprise (MAK)', 6, 19, 50, 'ms', NULL, 1),
  (3, 'AutoCAD 2024', 8, 18, 12, 'adsk', NULL, 1), (4, 'AutoCAD 2024 (Pune)', 8, 18, 10, 'adsk', NULL, 3),
  (5, 'Acrobat Pro 2020', 7, 19, 15, 'adobe', NULL, 1), (6, 'Acrobat Pro 2020 (UK)', 7, 19, 8, 'adobe', NULL, 2),
  (7, 'MOSES Enterprise', 15, 18, 4, 'bentley', NULL, 1), (8, 'SACS Offshore Structure', 15, 18, 3, 'bentley', NULL, 2),
  (9, 'IntelliJ IDEA Ultimate', 16, 20, 1, 'jb', 52, 3), (10, 'IntelliJ IDEA Ultimate', 16, 20, 1, 'jb', 57, 3), (11, 'PyCharm Professional', 16, 20, 1, 'jb', 61, 3),
  (12, 'Rhino 8', NULL, 18, 1, 'rhino', 14, 1), (13, 'Rhino 8', NULL, 18, 1, 'rhino', 33, 1), (14, 'Rhino 8', NULL, 18, 1, 'rhino', 92, 1),
  (15, 'Visio Professional 2021', 6, 19, 5, 'ms', NULL, 1), (16, 'Project Professional 2021', 6, 19, 5, 'ms', NULL, 2),
  (17, 'Adobe Creative Cloud (named user)', 7, 19, 1, 'cc', 45, 1), (18, 'Adobe Creative Cloud (named user)', 7, 19, 1, 'cc', 118, 1),
  (19, 'Orca3D', NULL, 18, 2, 'key', NULL, 1), (20, 'Maxsurf Enterprise', 15, 18, 6, 'bentley', NULL, 3),
  (21, 'WinRAR', NULL, 19, 30, 'rar', NULL, 1), (22, 'Bluebeam Revu eXtreme', NULL, 19, 1, 'key', 71, 2), (23, 'Snagit 2024', NULL, 19, 1, 'key', 9, 1),
  (24, 'Camtasia 2023', NULL, 19, 1, 'key', 9, 1), (25, 'ANSYS Mechanical (floating)', NULL, 18, 2, 'flex', NULL, 3), (26, 'Windows Server 2022 Datacenter', 6, 19, 4, 'ms', NULL, 1);
INSERT INTO licenses
SELECT l.id, l.name,
       CASE l.kind WHEN 'ms' THEN (SELECT string_agg(fixture_gen.chars('lkey' || g, l.id, 5, 'BCDFGHJKMPQRTVWXY2346789'), '-' ORDER BY g) FROM generate_series(1, 5) g)
            WHEN 'adsk' THEN '39' || fixture_gen.digits('lkey', l.id, 1) || '-' || fixture_gen.digits('lkeyb', l.id, 8) || ' / 001P1'
            WHEN 'adobe' THEN '1118-' || (SELECT string_agg(fixture_gen.digits('lkey' || g, l.id, 4), '-' ORDER BY g) FROM generate_series(1, 5) g)
            WHEN 'bentley' THEN 'SELECT-' || upper(fixture_gen.hexn('lkey', l.id, 8)) || '-' || upper(fixture_gen.hexn('lkeyb', l.id, 8))
            WHEN 'jb' THEN upper(fixture_gen.chars('lkeyid', l.id, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')) || '-' || sgen.rnd('lkeyjb', l.id, 120)
            WHEN 'rhino' THEN 'RH80-' || (SELECT string_agg(fixture_gen.chars('lkey' || g, l.id, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), '-' ORDER BY g) FROM generate_series(1, 5) g)
            WHEN 'key' THEN upper(fixture_gen.hexn('lkey', l.id, 5) || '-' || fixture_gen.hexn('lkeyb', l.id, 5) || '-' || fixture_gen.hexn('lkeyc', l.id, 5) || '-' || fixture_gen.hexn('lkeyd', l.id, 5))
            WHEN 'rar' THEN E'RAR registration data\nKestrel Marine Engineering GmbH\n30 PC usage license\nUID=' || fixture_gen.hexn('lkeyu', l.id, 20) || E'\n' || fixture_gen.hexn('lkey', l.id, 60)
            WHEN 'flex' THEN 'SERVER flexlm01.corp.kestrel-marine.example 0050' || upper(fixture_gen.hexn('lkey', l.id, 8)) || ' 1055; INCREMENT mech_1 ansyslmd 2024.0601 SIGN="' || upper(fixture_gen.hexn('lkeyb', l.id, 40)) || '"'
            ELSE NULL END,
       date '2020-01-10' + fixture_gen.n('lpd', l.id, 1500), (l.seats * (80 + fixture_gen.n('lcost', l.id, 900)))::numeric(20, 2), CASE WHEN l.id % 3 <> 0 THEN 'SO-' || fixture_gen.digits('lord', l.id, 8) END, l.seats,
       CASE WHEN l.named IS NOT NULL AND l.id % 2 = 0 THEN 'Named user licence for ' || p.first || ' ' || p.last || '. Transfer needs a ticket with the vendor.'
            WHEN l.id = 3 THEN 'Network licence moved to the new licence server in March.' WHEN l.id = 8 THEN 'Renewal quote from SoftwareONE, contact Thomas Brunner.'
            WHEN l.id = 21 THEN 'Key file is in the IT share.' END,
       1, CASE WHEN l.cat = 18 THEN 5 ELSE 0 END, sgen.at('lcr', l.id, '2020-01-10', '2024-03-01'), sgen.at('lup', l.id, '2024-03-01', '2024-09-25'), NULL,
       CASE WHEN l.named IS NOT NULL THEN p.first || ' ' || p.last ELSE (SELECT name FROM sgen.co WHERE id = l.co) END,
       CASE WHEN l.named IS NOT NULL THEN p.email WHEN l.id % 2 = 0 THEN 'it-licensing@kestrel-marine.example' ELSE 'cmacleod@kestrel-offshore.example' END,
       false, CASE WHEN l.mf IN (6, 8) THEN 12 WHEN l.co = 3 THEN 3 ELSE 1 END, CASE WHEN l.kind IN ('jb', 'cc', 'bentley', 'flex') THEN date '2025-01-31' + l.id * 7 END,
       CASE WHEN l.id % 2 = 0 THEN 'PO-' || (2020 + l.id % 5) || '-' || lpad(fixture_gen.n('lpo', l.id, 9000)::text, 4, '0') END, NULL,
       l.kind IN ('jb', 'cc', 'bentley', 'flex', 'adsk'), l.kind NOT IN ('rhino', 'cc'), l.co, l.mf, l.cat, CASE WHEN l.seats > 10 THEN 2 END
FROM sgen.lic l LEFT JOIN sgen.p p ON p.i = l.named;

CREATE TABLE license_seats (
    id serial PRIMARY KEY, license_id integer, assigned_to integer, notes text, created_by integer, created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone, deleted_at timestamp(0) without time zone, asset_id integer, unreassignable_seat boolean NOT NULL DEFAULT false);
INSERT INTO license_seats (license_id, assigned_to, notes, created_by, created_at, updated_at, deleted_at, asset_id, unreassignable_seat)
SELECT l.id, CASE WHEN s % 4 = 0 THEN NULL WHEN l.named IS NOT NULL THEN l.named ELSE u.i END,
       CASE WHEN s % 4 <> 0 AND l.named IS NULL AND s % 9 = 2 THEN 'Moved from ' || v.first || ' ' || v.last || ' when they left.'
            WHEN s % 4 <> 0 AND l.named IS NULL AND s % 9 = 5 THEN 'Temporary seat for ' || u.first || ' until the project ends.' END,
       1, sgen.at('lscr', l.id * 100 + s, '2020-02-01', '2024-06-01'), sgen.at('lsup', l.id * 100 + s, '2024-06-01', '2024-09-28'), NULL,
       CASE WHEN s % 4 = 2 AND l.cat = 19 THEN 1 + (l.id * 31 + s * 7) % 260 END, l.kind IN ('rhino', 'cc')
FROM sgen.lic l CROSS JOIN LATERAL generate_series(1, l.seats) s
JOIN sgen.p u ON u.i = 1 + (l.id * 37 + s * 11) % 300 JOIN sgen.p v ON v.i = 1 + (l.id * 13 + s * 29) % 300;

-- ---------------------------------------------------------------------------
-- Accessories, consumables, components and what was handed out.

CREATE TABLE accessories (
    id serial PRIMARY KEY, name varchar(255), category_id integer, created_by integer, qty integer NOT NULL DEFAULT 0, requestable boolean NOT NULL DEFAULT false,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, deleted_at timestamp(0) without time zone, location_id integer,
    purchase_date date, purchase_cost numeric(20, 2), order_number varchar(255), company_id integer, min_amt integer, manufacturer_id integer,
    model_number varchar(255), image varchar(255), supplier_id integer, notes text);
INSERT INTO accessories
SELECT a.id, a.name, a.cat, 1, a.qty, a.id % 2 = 0, sgen.at('accr', a.id, '2019-01-01', '2023-01-01'), sgen.at('acup', a.id, '2023-01-01', '2024-09-25'), NULL, a.loc,
       date '2021-01-01' + fixture_gen.n('acpd', a.id, 1200), (a.qty * 60 + fixture_gen.n('accost', a.id, 500))::numeric(20, 2), 'PO-' || (2021 + a.id % 4) || '-' || lpad(fixture_gen.n('acord', a.id, 9000)::text, 4, '0'),
       a.co, 2, a.mf, a.num, NULL, CASE WHEN a.co = 2 THEN 2 ELSE 1 END, a.notes
FROM (VALUES (1, 'Dell WD19TBS Thunderbolt Dock', 10, 60, 2, 1, 1, 'WD19TBS', 'Firmware 01.00.36 or later.'), (2, 'Dell WD19TBS Thunderbolt Dock', 10, 25, 5, 2, 1, 'WD19TBS', NULL),
  (3, 'Jabra Evolve2 65', 11, 80, 2, 1, 17, '26599-989-999', 'USB-A link dongle included.'), (4, 'Jabra Evolve2 65', 11, 40, 5, 2, 17, '26599-989-999', NULL),
  (5, 'Logitech MX Keys (DE)', 12, 40, 2, 1, 10, '920-009403', 'German layout.'), (6, 'Logitech MX Keys (UK)', 12, 25, 5, 2, 10, '920-009404', 'UK layout.'),
  (7, 'Logitech MX Master 3S', 12, 60, 2, 1, 10, '910-006559', NULL), (8, 'Lenovo USB-C Dock Gen 2', 10, 30, 6, 3, 2, '40AS0090EU', NULL),
  (9, 'Apple USB-C to MagSafe 3 Cable', 15, 10, 2, 1, 3, 'MLYV3ZM/A', NULL), (10, 'Iridium external antenna kit', 11, 12, 5, 2, 11, 'BAAN0502', 'For the 9575, magnetic mount.'),
  (11, 'Getac vehicle dock', 10, 6, 9, 2, 12, 'GDVDF1', NULL), (12, 'Logitech Rally Bar', 11, 3, 1, 1, 10, '960-001311', 'Meeting rooms only.')) a(id, name, cat, qty, loc, co, mf, num, notes);

CREATE TABLE accessories_checkout (
    id serial PRIMARY KEY, created_by integer, accessory_id integer, assigned_to integer, assigned_type varchar(255),
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, note text);
INSERT INTO accessories_checkout (created_by, accessory_id, assigned_to, assigned_type, created_at, updated_at, note)
SELECT CASE WHEN k % 3 = 0 THEN 2 ELSE 1 + k % 4 END, acc, CASE WHEN acc = 12 THEN 1 + k % 8 ELSE p.i END, CASE WHEN acc = 12 THEN 'App\Models\Location' ELSE 'App\Models\User' END,
       sgen.at('acco', k, '2021-03-01', '2024-09-25'), sgen.at('acco', k, '2021-03-01', '2024-09-25'),
       CASE WHEN acc = 12 THEN 'Installed in the meeting room.' WHEN k % 7 = 1 THEN 'For the home office of ' || p.first || ' ' || p.last || ', shipped to ' || coalesce(p.home, 'the office') || '.'
            WHEN k % 7 = 4 THEN 'Replacement, the old one broke. ' || p.first || ' will bring back the broken one.' WHEN k % 7 = 6 THEN 'Collected at the desk.' END
FROM generate_series(1, 160) k
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 3, 3, 5, 7, 7, 2, 4, 6, 8, 10, 12, 9, 11])[1 + k % 15] AS acc) x
JOIN sgen.p p ON p.i = 1 + (k * 53) % 300;

CREATE TABLE consumables (
    id serial PRIMARY KEY, name varchar(255), category_id integer, location_id integer, created_by integer, qty integer NOT NULL DEFAULT 0,
    requestable boolean NOT NULL DEFAULT false, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone, purchase_date date, purchase_cost numeric(20, 2), order_number varchar(255), company_id integer,
    min_amt integer, model_number varchar(255), manufacturer_id integer, item_no varchar(255), image varchar(255), supplier_id integer, notes text);
INSERT INTO consumables
SELECT c.id, c.name, c.cat, c.loc, 1, c.qty, c.cat = 15, sgen.at('cocr', c.id, '2019-01-01', '2023-01-01'), sgen.at('coup', c.id, '2023-01-01', '2024-09-25'), NULL,
       date '2023-01-01' + fixture_gen.n('copd', c.id, 600), (c.qty * 9.5 + fixture_gen.n('cocost', c.id, 90))::numeric(20, 2), 'PO-' || (2023 + c.id % 2) || '-' || lpad(fixture_gen.n('coord', c.id, 9000)::text, 4, '0'),
       c.co, 5, c.num, c.mf, c.item, NULL, CASE WHEN c.co = 2 THEN 2 ELSE 1 END, c.notes
FROM (VALUES (1, 'HP 415X toner black', 13, 2, 12, 1, 'W2030X', 4, 'W2030X', 'For the 4301 MFPs.'), (2, 'HP 415X toner cyan', 13, 2, 6, 1, 'W2031X', 4, 'W2031X', NULL),
  (3, 'HP 415X toner magenta', 13, 2, 6, 1, 'W2033X', 4, 'W2033X', NULL), (4, 'HP 415X toner yellow', 13, 2, 6, 1, 'W2032X', 4, 'W2032X', NULL),
  (5, 'HP 415X toner black', 13, 5, 8, 2, 'W2030X', 4, 'W2030X', NULL), (6, 'Brother TZe-231 label tape', 13, 2, 20, 1, 'TZe-231', 14, 'TZE231', 'Asset tag labels.'),
  (7, 'AA batteries (pack of 24)', 14, 2, 30, 1, NULL, NULL, NULL, NULL), (8, 'Iridium 9575 spare battery', 14, 5, 10, 2, 'BAT31001', 11, NULL, 'Charge before every rotation.'),
  (9, 'USB-C cable 2 m', 15, 2, 80, 1, NULL, NULL, 'KAB-USBC-2M', NULL), (10, 'HDMI cable 3 m', 15, 2, 50, 1, NULL, NULL, 'KAB-HDMI-3M', NULL),
  (11, 'Cat6 patch cable 1 m', 15, 3, 120, 1, NULL, NULL, 'KAB-C6-1M', NULL), (12, 'Screen privacy filter 14"', 15, 5, 15, 2, NULL, NULL, 'PF14W9', NULL)) c(id, name, cat, loc, qty, co, num, mf, item, notes);

CREATE TABLE consumables_users (
    id serial PRIMARY KEY, created_by integer, consumable_id integer, assigned_to integer, created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone, note text);
INSERT INTO consumables_users (created_by, consumable_id, assigned_to, created_at, updated_at, note)
SELECT 1 + k % 4, 1 + k % 12, p.i, sgen.at('cous', k, '2022-01-01', '2024-09-27'), sgen.at('cous', k, '2022-01-01', '2024-09-27'),
       CASE WHEN k % 8 = 1 THEN 'For the MFP on 3. OG.' WHEN k % 8 = 3 THEN 'For ' || p.first || '''s offshore trip (' || coalesce(p.mobile, p.phone) || ').' WHEN k % 8 = 5 THEN 'Requested by ' || p.first || ' ' || p.last || ' by mail.' END
FROM generate_series(1, 140) k JOIN sgen.p p ON p.i = 1 + (k * 41) % 300;

CREATE TABLE components (
    id serial PRIMARY KEY, name varchar(255), category_id integer, location_id integer, company_id integer, created_by integer, qty integer NOT NULL DEFAULT 1,
    order_number varchar(255), purchase_date date, purchase_cost numeric(20, 2), created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone, min_amt integer, serial varchar(255), image varchar(255), supplier_id integer, notes text,
    model_number varchar(255), manufacturer_id integer);
INSERT INTO components
SELECT c.id, c.name, c.cat, c.loc, 1, 1, c.qty, 'PO-' || (2022 + c.id % 3) || '-' || lpad(fixture_gen.n('cmord', c.id, 9000)::text, 4, '0'), date '2022-01-01' + fixture_gen.n('cmpd', c.id, 900),
       (c.qty * 45 + fixture_gen.n('cmcost', c.id, 300))::numeric(20, 2), sgen.at('cmcr', c.id, '2022-01-01', '2023-06-01'), sgen.at('cmup', c.id, '2023-06-01', '2024-09-25'), NULL, 2,
       CASE WHEN c.id IN (5, 6) THEN upper(fixture_gen.hexn('cmser', c.id, 12)) END, NULL, 1, c.notes, c.num, c.mf
FROM (VALUES (1, '16 GB DDR5-5600 SODIMM', 16, 2, 20, 'Upgrade for Latitude 7440.', 'KCP556SS8-16', 1), (2, '32 GB DDR5-5600 SODIMM', 16, 2, 12, NULL, 'KCP556SD8-32', 1),
  (3, '64 GB DDR4-3200 RDIMM', 16, 3, 16, 'For the R750 hosts.', 'AC140423', 1), (4, '1 TB NVMe M.2 2280', 17, 2, 15, NULL, 'SNV3S/1000G', NULL),
  (5, '3.84 TB SAS SSD', 17, 3, 8, 'Hot spares for the vSAN cluster.', '345-BDZZ', 1), (6, '2 TB NVMe M.2 2280', 17, 2, 10, NULL, 'SNV3S/2000G', NULL),
  (7, 'Getac F110 battery', 17, 5, 6, NULL, 'GBM6X2', 12), (8, 'Intel AX211 Wi-Fi card', 17, 2, 10, NULL, 'AX211.NGWG', NULL)) c(id, name, cat, loc, qty, notes, num, mf);

CREATE TABLE components_assets (
    id serial PRIMARY KEY, created_by integer, assigned_qty integer DEFAULT 1, component_id integer, asset_id integer,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, note varchar(255));
INSERT INTO components_assets (created_by, assigned_qty, component_id, asset_id, created_at, updated_at, note)
SELECT 1 + k % 4, CASE WHEN k % 8 IN (2, 4) THEN 2 ELSE 1 END, 1 + k % 8, CASE WHEN k % 8 IN (2, 4) THEN 416 + k % 10 ELSE 1 + (k * 19) % 260 END,
       sgen.at('cmas', k, '2022-06-01', '2024-09-20'), sgen.at('cmas', k, '2022-06-01', '2024-09-20'),
       CASE WHEN k % 8 IN (2, 4) THEN 'Installed during the maintenance window.' WHEN k % 5 = 1 THEN 'Upgrade requested by ' || p.first || ' ' || p.last || ' for the FEA models.' END
FROM generate_series(1, 48) k JOIN sgen.p p ON p.i = 1 + (k * 19) % 260;

-- ---------------------------------------------------------------------------
-- Kits, permission groups, maintenances, requests.

CREATE TABLE kits (
    id serial PRIMARY KEY, name varchar(255), created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, created_by integer);
INSERT INTO kits VALUES (1, 'New starter - office', '2021-04-12 09:00:00', '2024-01-15 10:22:00', 1), (2, 'New starter - naval architect', '2021-04-12 09:10:00', '2024-02-01 08:00:00', 1),
  (3, 'Offshore rotation', '2022-02-03 14:00:00', '2024-05-06 16:41:00', 3), (4, 'Pune developer', '2022-08-22 06:30:00', '2022-08-22 06:30:00', 4), (5, 'Meeting room', '2023-01-10 11:00:00', '2023-01-10 11:00:00', 2);

CREATE TABLE kits_models (
    id serial PRIMARY KEY, kit_id integer, model_id integer, quantity integer NOT NULL DEFAULT 1, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
INSERT INTO kits_models (kit_id, model_id, quantity, created_at, updated_at)
SELECT k, m, q, timestamp '2021-04-12 09:00:00' + k * interval '30 days', timestamp '2021-04-12 09:00:00' + k * interval '30 days'
FROM (VALUES (1, 1, 1), (1, 7, 1), (1, 11, 2), (2, 2, 1), (2, 7, 1), (2, 11, 2), (3, 8, 1), (3, 16, 1), (3, 10, 1), (4, 3, 1), (4, 11, 2), (5, 11, 1)) v(k, m, q);

CREATE TABLE permission_groups (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, permissions text, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone,
    created_by integer, notes text);
INSERT INTO permission_groups VALUES
  (1, 'IT Admins', '{"admin":"1","import":"1","reports.view":"1","superuser":"0"}', '2018-02-12 10:30:00', '2023-09-01 09:00:00', 1, 'Service desk and infrastructure team.'),
  (2, 'Asset Managers UK', '{"assets.view":"1","assets.create":"1","assets.edit":"1","assets.checkout":"1","assets.checkin":"1","accessories.checkout":"1"}', '2019-03-04 12:00:00', '2022-06-07 15:30:00', 1, 'Quayside store staff.'),
  (3, 'Finance (read only)', '{"assets.view":"1","licenses.view":"1","reports.view":"1"}', '2019-05-20 08:00:00', '2019-05-20 08:00:00', 1, 'For depreciation reports at year end.'),
  (4, 'Self-service', '{"self.two_factor":"1","self.api":"1","self.edit_location":"1","self.checkout_assets":"1"}', '2020-01-15 10:00:00', '2024-02-10 10:00:00', 1, NULL),
  (5, 'API integrations', '{"assets.view":"1","assets.edit":"1","users.view":"1","users.edit":"1","self.api":"1"}', '2021-06-01 09:00:00', '2021-06-01 09:00:00', 1, 'Intune and Jamf sync accounts.'),
  (6, 'Auditors', '{"assets.view":"1","assets.audit":"1"}', '2022-11-02 13:15:00', '2022-11-02 13:15:00', 1, 'External auditors get this for the annual stock take.');

CREATE TABLE users_groups (user_id integer NOT NULL, group_id integer NOT NULL, PRIMARY KEY (user_id, group_id));
INSERT INTO users_groups SELECT i, CASE WHEN jobtitle IN ('IT Support Specialist', 'Head of IT') THEN 1 WHEN co = 2 AND i % 5 = 0 THEN 2 WHEN jobtitle = 'Accountant' THEN 3 ELSE 4 END FROM sgen.p WHERE end_d IS NULL;
INSERT INTO users_groups VALUES (303, 5), (306, 5), (1, 4);

CREATE TABLE asset_maintenances (
    id serial PRIMARY KEY, asset_id integer NOT NULL, supplier_id integer, asset_maintenance_type varchar(255) NOT NULL, title varchar(100) NOT NULL,
    is_warranty boolean NOT NULL, start_date date NOT NULL, completion_date date, asset_maintenance_time integer, notes text, cost numeric(20, 2),
    deleted_at timestamp(0) without time zone, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, created_by integer);
INSERT INTO asset_maintenances (asset_id, supplier_id, asset_maintenance_type, title, is_warranty, start_date, completion_date, asset_maintenance_time, notes, cost, deleted_at, created_at, updated_at, created_by)
SELECT a.id, CASE WHEN a.co = 2 THEN 7 WHEN a.co = 4 THEN 9 ELSE 1 END, (ARRAY['Repair', 'Upgrade', 'Maintenance', 'Hardware Support', 'Calibration', 'Software Support'])[1 + k % 6],
       CASE k % 9 WHEN 0 THEN 'Display replacement' WHEN 1 THEN 'Battery swollen' WHEN 2 THEN 'RAM upgrade to 32 GB' WHEN 3 THEN 'Keyboard replacement'
            WHEN 4 THEN 'Water damage - ' || p.first || ' ' || p.last WHEN 5 THEN 'Motherboard (no boot)' WHEN 6 THEN 'Reimage after malware alert' WHEN 7 THEN 'Hinge broken' ELSE 'Yearly inspection' END,
       k % 3 <> 0, sd.d, CASE WHEN k % 10 <> 0 THEN sd.d + 2 + k % 12 END, CASE WHEN k % 10 <> 0 THEN 2 + k % 12 END,
       CASE WHEN k % 4 = 0 THEN 'Courier picked it up from ' || p.first || ' ' || p.last || ' at ' || coalesce(p.home || ', ' || p.city, 'the office') || '; call ' || coalesce(p.mobile, p.phone) || ' before delivery.'
            WHEN k % 4 = 1 THEN 'Dell case ' || fixture_gen.digits('amcase', k, 9) || '. Loaner issued meanwhile.'
            WHEN k % 4 = 2 THEN p.first || ' says the laptop fell off the desk during a video call.' END,
       CASE WHEN k % 3 = 0 THEN (80 + fixture_gen.n('amcost', k, 600))::numeric(20, 2) END, NULL,
       sd.d::timestamp + interval '9 hours', (sd.d + 20)::timestamp + interval '16 hours', 1 + k % 4
FROM generate_series(1, 70) k
JOIN sgen.a a ON a.id = 1 + (k * 29) % 260
JOIN sgen.p p ON p.i = a.id
CROSS JOIN LATERAL (SELECT date '2021-06-01' + fixture_gen.n('amsd', k, 1200) AS d) sd;

CREATE TABLE checkout_requests (
    id serial PRIMARY KEY, user_id integer NOT NULL, requestable_id integer NOT NULL, requestable_type varchar(255) NOT NULL, quantity integer NOT NULL DEFAULT 1,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, canceled_at timestamp(0) without time zone,
    fulfilled_at timestamp(0) without time zone, deleted_at timestamp(0) without time zone);
INSERT INTO checkout_requests (user_id, requestable_id, requestable_type, quantity, created_at, updated_at, canceled_at, fulfilled_at, deleted_at)
SELECT 1 + (k * 23) % 300, CASE WHEN k % 3 = 0 THEN 7 + k % 3 ELSE 451 + k % 10 END, CASE WHEN k % 3 = 0 THEN 'App\Models\AssetModel' ELSE 'App\Models\Asset' END, 1,
       c.t, c.t + interval '2 days', CASE WHEN k % 7 = 2 THEN c.t + interval '1 day' END, CASE WHEN k % 7 IN (0, 3, 5) THEN c.t + interval '3 days' END, NULL
FROM generate_series(1, 45) k CROSS JOIN LATERAL (SELECT sgen.at('crq', k, '2022-01-01', '2024-09-25') AS t) c;

CREATE TABLE requested_assets (
    id serial PRIMARY KEY, asset_id integer NOT NULL, user_id integer NOT NULL, accepted_at timestamp(0) without time zone, denied_at timestamp(0) without time zone,
    notes varchar(255), created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
INSERT INTO requested_assets (asset_id, user_id, accepted_at, denied_at, notes, created_at, updated_at)
SELECT 451 + k % 10, p.i, CASE WHEN k % 3 = 0 THEN c.t + interval '1 day' END, CASE WHEN k % 5 = 1 AND k % 3 <> 0 THEN c.t + interval '2 days' END,
       CASE k % 4 WHEN 0 THEN 'Rotation on the ' || fixture_gen.pick(ARRAY['Explorer', 'Pathfinder'], 'rqv', k) || ' from ' || to_char(c.t + interval '10 days', 'DD Mon') || '.'
            WHEN 1 THEN 'My own sat phone is broken, please call me on ' || coalesce(p.mobile, p.phone) || '.' WHEN 2 THEN 'Crew change in Esbjerg.' END,
       c.t, c.t + interval '2 days'
FROM generate_series(1, 30) k JOIN sgen.p p ON p.i = 2 + (k * 61) % 298 CROSS JOIN LATERAL (SELECT sgen.at('rqa', k, '2022-01-01', '2024-09-25') AS t) c;

-- ---------------------------------------------------------------------------
-- EULA acceptances and the action log.

CREATE TABLE checkout_acceptances (
    id serial PRIMARY KEY, checkoutable_type varchar(255) NOT NULL, checkoutable_id bigint NOT NULL, assigned_to_id integer,
    signature_filename varchar(255), accepted_at timestamp(0) without time zone, declined_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, deleted_at timestamp(0) without time zone,
    stored_eula text, stored_eula_file varchar(255), note text);
INSERT INTO checkout_acceptances (id, checkoutable_type, checkoutable_id, assigned_to_id, signature_filename, accepted_at, declined_at, created_at, updated_at, deleted_at, stored_eula, stored_eula_file, note)
SELECT row_number() OVER (ORDER BY a.id), 'App\Models\Asset', a.id, a.assigned_to,
       CASE WHEN a.accepted = 'accepted' THEN 'siglog-' || fixture_gen.uuid('casig', a.id) || '-' || to_char(a.last_checkout + interval '1 day', 'YYYY-MM-DD-HHMISS') || '.png' END,
       CASE WHEN a.accepted = 'accepted' THEN a.last_checkout + interval '1 day' END,
       CASE WHEN a.accepted = 'pending' AND a.id % 4 = 1 THEN a.last_checkout + interval '2 days' END,
       a.last_checkout, a.last_checkout + interval '1 day', NULL,
       CASE WHEN a.accepted = 'accepted' THEN c.eula_text END,
       CASE WHEN a.accepted = 'accepted' THEN 'accepted-eula-' || to_char(a.last_checkout + interval '1 day', 'YYYY-MM-DD-HHMISS') || '.pdf' END,
       CASE WHEN a.accepted = 'pending' AND a.id % 4 = 1 THEN fixture_gen.pick(ARRAY['This is not my serial number, mine ends in ' || upper(fixture_gen.hexn('canote', a.id, 3)) || '.',
                 'I am on parental leave until March, please keep it for me.', 'Keyboard has missing keys, I will not sign for it.', 'I never received this phone - ' || p.first || ' ' || p.last || ' has it.'], 'canote', a.id)
            WHEN a.accepted = 'accepted' AND a.id % 11 = 3 THEN 'Received with charger and sleeve.' END
FROM assets a JOIN models m ON m.id = a.model_id JOIN categories c ON c.id = m.category_id JOIN sgen.p p ON p.i = 1 + (a.id * 7) % 300
WHERE a.assigned_type = 'App\Models\User' AND a.accepted IS NOT NULL;

CREATE TABLE action_logs (
    id serial PRIMARY KEY, created_by integer, action_type varchar(255) NOT NULL, target_id integer, target_type varchar(255), location_id integer,
    note text, filename text, item_type varchar(255) NOT NULL, item_id integer NOT NULL, expected_checkin date, accepted_id integer,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, deleted_at timestamp(0) without time zone, thread_id integer,
    company_id integer, accept_signature varchar(100), log_meta text, action_date timestamp(0) without time zone, stored_eula text,
    action_source varchar(255), remote_ip varchar(45), user_agent varchar(255));
CREATE TABLE sgen.ua (k int PRIMARY KEY, ua text);
INSERT INTO sgen.ua VALUES
  (0, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.2739.67'),
  (1, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0'),
  (2, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15'),
  (3, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1'),
  (4, 'Mozilla/5.0 (Linux; Android 14; SM-G736B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36'),
  (5, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36'),
  (6, 'PowerShell/7.4.5 SnipeitPS/1.10.229'), (7, 'python-requests/2.32.3'), (8, 'GuzzleHttp/7');
-- ip: the office NAT, a home broadband address or a mobile carrier's.
CREATE FUNCTION sgen.ip(tag text, i bigint, site int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'k', i, 5) < 2 THEN CASE site WHEN 1 THEN '195.37.' || (40 + fixture_gen.n(tag, i, 4)) || '.17' WHEN 2 THEN '81.144.' || (200 + fixture_gen.n(tag, i, 8)) || '.66'
         WHEN 3 THEN '103.21.' || (124 + fixture_gen.n(tag, i, 4)) || '.5' WHEN 4 THEN '177.71.' || (8 + fixture_gen.n(tag, i, 4)) || '.130' ELSE '153.127.' || (96 + fixture_gen.n(tag, i, 4)) || '.2' END
    WHEN fixture_gen.n(tag || 'k', i, 5) = 4 THEN fixture_gen.ipv6(tag, i) ELSE fixture_gen.ipv4(tag, i) END
$$;

CREATE TABLE sgen.log (k serial, created_by int, action_type text, target_id int, target_type text, location_id int, note text, filename text, item_type text, item_id int,
  expected_checkin date, accepted_id int, at timestamp, company_id int, accept_signature text, log_meta text, stored_eula text, source text, ua int, person int);
-- Asset checkouts to people, with their acceptances.
INSERT INTO sgen.log (created_by, action_type, target_id, target_type, location_id, note, item_type, item_id, expected_checkin, at, company_id, source, ua, person)
SELECT CASE WHEN a.created_by = 303 THEN 2 ELSE a.created_by END, 'checkout', a.assigned_to, a.assigned_type, a.location_id,
       CASE WHEN a.id % 5 = 0 THEN 'New starter kit for ' || p.first || ' ' || p.last || ', ' || p.jobtitle || '.' WHEN a.id % 5 = 2 THEN 'Swap for the broken one, picked up by ' || p.first || '.'
            WHEN a.id % 5 = 3 AND p.remote THEN 'Shipped by DHL to ' || p.home || ', ' || p.city || ' (tracking 00340434' || fixture_gen.digits('ltrk', a.id, 10) || ').' END,
       'App\Models\Asset', a.id, a.expected_checkin, a.last_checkout, a.company_id, CASE WHEN a.id % 9 = 0 THEN 'api' ELSE 'gui' END, CASE WHEN a.id % 9 = 0 THEN 6 ELSE a.id % 3 END, p.i
FROM assets a JOIN sgen.p p ON p.i = a.assigned_to WHERE a.assigned_type = 'App\Models\User';
INSERT INTO sgen.log (created_by, action_type, target_id, target_type, location_id, note, filename, item_type, item_id, accepted_id, at, company_id, accept_signature, stored_eula, source, ua, person)
SELECT ca.assigned_to_id, CASE WHEN ca.accepted_at IS NOT NULL THEN 'accepted' ELSE 'declined' END, ca.assigned_to_id, 'App\Models\User', NULL, ca.note, ca.stored_eula_file, 'App\Models\Asset',
       ca.checkoutable_id, ca.id, coalesce(ca.accepted_at, ca.declined_at), p.co, replace(ca.signature_filename, 'siglog-', 'siglog-'), ca.stored_eula, 'gui', 2 + ca.id % 3, p.i
FROM checkout_acceptances ca JOIN sgen.p p ON p.i = ca.assigned_to_id WHERE ca.accepted_at IS NOT NULL OR ca.declined_at IS NOT NULL;
-- Check-ins of leavers' laptops.
INSERT INTO sgen.log (created_by, action_type, target_id, target_type, location_id, note, item_type, item_id, at, company_id, source, ua, person)
SELECT 1 + a.id % 4, 'checkin from', p.i, 'App\Models\User', a.rtd_location_id,
       CASE WHEN a.id % 3 = 0 THEN 'Charger missing; ' || p.first || ' will post it.' WHEN a.id % 3 = 1 THEN 'Leaver. Handed back to ' || m.first || ' ' || m.last || '.' END,
       'App\Models\Asset', a.id, a.last_checkin, a.company_id, 'gui', 0, p.i
FROM assets a JOIN sgen.p p ON p.i = a.id LEFT JOIN sgen.p m ON m.i = p.mgr WHERE a.id <= 260 AND a.last_checkin IS NOT NULL;
-- Updates of people (log_meta with old and new values) made by admins or the LDAP sync.
INSERT INTO sgen.log (created_by, action_type, target_id, target_type, item_type, item_id, at, company_id, log_meta, source, ua, person, note)
SELECT CASE WHEN k % 3 = 0 THEN 1 + k % 4 ELSE NULL END, 'update', NULL, NULL, 'App\Models\User', p.i, sgen.at('lupd', k, '2021-01-01', '2024-09-28'), p.co,
       CASE k % 5
         WHEN 0 THEN '{"last_name":{"old":' || fixture_gen.js(fixture_gen.last_name('lold', k)) || ',"new":' || fixture_gen.js(p.last) || '},"email":{"old":' || fixture_gen.js(sgen.fold(p.first) || '.' || sgen.fold(fixture_gen.last_name('lold', k)) || '@kestrel-marine.example') || ',"new":' || fixture_gen.js(p.email) || '}}'
         WHEN 1 THEN '{"phone":{"old":' || fixture_gen.js(sgen.phone(p.c, 'lophone', k)) || ',"new":' || fixture_gen.js(p.phone) || '},"mobile":{"old":null,"new":' || fixture_gen.js(p.mobile) || '}}'
         WHEN 2 THEN '{"jobtitle":{"old":"Design Engineer","new":' || fixture_gen.js(p.jobtitle) || '},"manager_id":{"old":' || (1 + k % 12) || ',"new":' || coalesce(p.mgr::text, 'null') || '}}'
         WHEN 3 THEN '{"address":{"old":' || fixture_gen.js(sgen.home(p.c, 'loaddr', k)) || ',"new":' || fixture_gen.js(coalesce(p.home, '')) || '},"city":{"old":"Hamburg","new":' || fixture_gen.js(p.city) || '},"zip":{"old":"20457","new":' || fixture_gen.js(p.zip) || '}}'
         ELSE '{"activated":{"old":1,"new":0},"end_date":{"old":null,"new":' || fixture_gen.js(coalesce(p.end_d, date '2024-09-30')::text) || '},"notes":{"old":null,"new":' || fixture_gen.js('Leaver. Mail forwarded to manager.') || '}}' END,
       CASE WHEN k % 3 = 0 THEN 'gui' ELSE 'cli/artisan' END, CASE WHEN k % 3 = 0 THEN 1 ELSE NULL END, p.i, NULL
FROM generate_series(1, 120) k JOIN sgen.p p ON p.i = 1 + (k * 43) % 300;
-- Updates of assets: custom fields and names.
INSERT INTO sgen.log (created_by, action_type, item_type, item_id, at, company_id, log_meta, source, ua, person)
SELECT CASE WHEN k % 2 = 0 THEN 303 ELSE 1 + k % 4 END, 'update', 'App\Models\Asset', a.id, sgen.at('laup', k, '2022-01-01', '2024-09-28'), a.company_id,
       CASE WHEN a.id <= 260 THEN '{"name":{"old":' || fixture_gen.js(split_part(coalesce(a.name, ''), '-LT-', 1) || '-LT-' || lpad(a.id::text, 4, '0')) || ',"new":' || fixture_gen.js(a.name) || '},"_snipeit_os_version_10":{"old":"Windows 10 22H2","new":' || fixture_gen.js(a._snipeit_os_version_10) || '}}'
            ELSE '{"_snipeit_phone_number_5":{"old":' || fixture_gen.js(sgen.phone('gb', 'laphone', k)) || ',"new":' || fixture_gen.js(a._snipeit_phone_number_5) || '},"_snipeit_imei_4":{"old":null,"new":' || fixture_gen.js(a._snipeit_imei_4) || '}}' END,
       CASE WHEN k % 2 = 0 THEN 'api' ELSE 'gui' END, CASE WHEN k % 2 = 0 THEN 7 ELSE 0 END, a.assigned_to
FROM generate_series(1, 90) k JOIN assets a ON a.id = CASE WHEN k % 3 = 0 THEN 261 + (k * 7) % 100 ELSE 1 + (k * 11) % 260 END;
-- Uploads: file names keep the slug of the original name.
INSERT INTO sgen.log (created_by, action_type, item_type, item_id, at, company_id, filename, note, source, ua, person)
SELECT 1 + k % 4, 'uploaded', CASE WHEN k % 4 = 3 THEN 'App\Models\User' ELSE 'App\Models\Asset' END, CASE WHEN k % 4 = 3 THEN p.i ELSE a.id END, sgen.at('lupl', k, '2021-03-01', '2024-09-28'), p.co,
       CASE WHEN k % 4 = 3 THEN 'user-' || p.i ELSE 'asset-' || a.id END || '-' || sgen.rnd('lupf', k, 8) || '-' ||
       CASE k % 6 WHEN 0 THEN 'handover-protocol-' || lower(sgen.fold(p.first)) || '-' || lower(sgen.fold(p.last)) || '.pdf' WHEN 1 THEN 'invoice-' || fixture_gen.digits('linv', k, 8) || '.pdf'
            WHEN 2 THEN 'police-report-' || lower(sgen.fold(p.last)) || '.pdf' WHEN 3 THEN 'signed-byod-agreement-' || lower(sgen.fold(p.first)) || '-' || lower(sgen.fold(p.last)) || '.pdf'
            WHEN 4 THEN 'img-' || fixture_gen.digits('limg', k, 4) || '.jpg' ELSE 'recycling-certificate-' || (2021 + k % 4) || '.pdf' END,
       CASE k % 6 WHEN 0 THEN 'Signed handover' WHEN 2 THEN 'Police report for the insurance' WHEN 4 THEN 'Photo of the damage' ELSE NULL END, 'gui', 0, p.i
FROM generate_series(1, 60) k JOIN sgen.p p ON p.i = 1 + (k * 67) % 300 JOIN assets a ON a.id = 1 + (k * 67) % 260;
-- Audits, licence checkouts, creations, requests.
INSERT INTO sgen.log (created_by, action_type, target_id, target_type, location_id, item_type, item_id, at, company_id, note, source, ua)
SELECT 1 + k % 4, 'audit', NULL, NULL, a.location_id, 'App\Models\Asset', a.id, a.last_audit_date, a.company_id,
       CASE WHEN k % 6 = 0 THEN 'Stock take ' || to_char(a.last_audit_date, 'YYYY') || ', found at the desk.' WHEN k % 6 = 3 THEN 'Sticker replaced.' END, CASE WHEN k % 4 = 0 THEN 'api' ELSE 'gui' END, CASE WHEN k % 4 = 0 THEN 3 ELSE 0 END
FROM generate_series(1, 140) k JOIN assets a ON a.id = 1 + (k * 3) % 460 WHERE a.last_audit_date IS NOT NULL;
INSERT INTO sgen.log (created_by, action_type, target_id, target_type, item_type, item_id, at, company_id, note, source, ua, person)
SELECT ls.created_by, 'checkout', ls.assigned_to, 'App\Models\User', 'App\Models\License', ls.license_id, ls.created_at, p.co, ls.notes, 'gui', 1, p.i
FROM license_seats ls JOIN sgen.p p ON p.i = ls.assigned_to;
INSERT INTO sgen.log (created_by, action_type, item_type, item_id, at, company_id, source, ua)
SELECT a.created_by, 'create', 'App\Models\Asset', a.id, a.created_at, a.company_id, CASE WHEN a.created_by = 303 THEN 'api' WHEN a.id % 7 = 0 THEN 'importer' ELSE 'gui' END, CASE WHEN a.created_by = 303 THEN 8 ELSE 5 END
FROM assets a WHERE a.id % 2 = 0;
INSERT INTO sgen.log (created_by, action_type, target_id, target_type, item_type, item_id, at, company_id, note, source, ua, person)
SELECT r.user_id, 'requested', r.user_id, 'App\Models\User', 'App\Models\Asset', r.asset_id, r.created_at, 2, r.notes, 'gui', 4, r.user_id FROM requested_assets r;

INSERT INTO action_logs (id, created_by, action_type, target_id, target_type, location_id, note, filename, item_type, item_id, expected_checkin, accepted_id,
    created_at, updated_at, deleted_at, thread_id, company_id, accept_signature, log_meta, action_date, stored_eula, action_source, remote_ip, user_agent)
SELECT row_number() OVER (ORDER BY l.at, l.k), l.created_by, l.action_type, l.target_id, l.target_type, l.location_id, l.note, l.filename, l.item_type, l.item_id, l.expected_checkin, l.accepted_id,
       l.at, l.at, NULL, NULL, l.company_id, l.accept_signature, l.log_meta, l.at, l.stored_eula, l.source,
       CASE WHEN l.source = 'cli/artisan' THEN NULL WHEN l.source = 'api' AND l.ua IN (7, 8) THEN '10.10.10.' || (40 + l.k % 3) ELSE sgen.ip('lip', l.k, coalesce(l.company_id, 1)) END,
       u.ua
FROM sgen.log l LEFT JOIN sgen.ua u ON u.k = l.ua;

-- ---------------------------------------------------------------------------
-- Imports, login attempts, password resets.

CREATE TABLE imports (
    id serial PRIMARY KEY, name varchar(255), file_path varchar(255), filesize integer, import_type varchar(255),
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, header_row text, first_row text, field_map text, created_by integer);
INSERT INTO imports (id, name, file_path, filesize, import_type, created_at, updated_at, header_row, first_row, field_map, created_by)
SELECT f.k, f.name, to_char(t.t, 'YYYY-MM-DD-HH24MISS') || '-' || regexp_replace(lower(regexp_replace(f.name, '\.csv$', '')), '[^a-z0-9]+', '-', 'g') || '.csv', 2000 + fixture_gen.n('imsz', f.k, 90000), f.typ,
       t.t, t.t + interval '4 minutes', f.hdr,
       CASE f.typ
         WHEN 'user' THEN '[' || fixture_gen.js(p.first) || ',' || fixture_gen.js(p.last) || ',' || fixture_gen.js(p.email) || ',' || fixture_gen.js(p.username) || ',' || fixture_gen.js(p.emp) || ',' || fixture_gen.js(p.jobtitle) || ',' || fixture_gen.js(coalesce(p.mobile, p.phone)) || ',' || fixture_gen.js(p.start_d::text) || ',' || fixture_gen.js(m.first || ' ' || m.last) || ']'
         WHEN 'asset' THEN '[' || fixture_gen.js(a.asset_tag) || ',' || fixture_gen.js(a.serial) || ',"Latitude 7440","Laptops",' || fixture_gen.js(p.first || ' ' || p.last) || ',' || fixture_gen.js(p.email) || ',' || fixture_gen.js(a._snipeit_mac_address_1) || ',' || fixture_gen.js(a.purchase_date::text) || ']'
         WHEN 'license' THEN '["AutoCAD 2024",' || fixture_gen.js(p.email) || ',' || fixture_gen.js(p.first || ' ' || p.last) || ',"1"]'
         ELSE '["Jabra Evolve2 65","Headsets","40","Hamburg - IT store room 2.07"]' END,
       f.map, CASE WHEN f.k % 3 = 0 THEN 2 ELSE 1 END
FROM (VALUES
  (1, 'ad-export-2021-03.csv', 'user', '["First Name","Last Name","Email","Username","Employee Number","Job Title","Phone","Start Date","Manager"]', '{"First Name":"first_name","Last Name":"last_name","Email":"email","Username":"username","Employee Number":"employee_num","Job Title":"jobtitle","Phone":"phone_number","Start Date":"start_date","Manager":"manager_first_name"}'),
  (2, 'Neue Mitarbeiter Mai - von Svenja (HR).csv', 'user', '["First Name","Last Name","Email","Username","Employee Number","Job Title","Phone","Start Date","Manager"]', '{"First Name":"first_name","Last Name":"last_name","Email":"email","Username":"username","Employee Number":"employee_num","Job Title":"jobtitle","Phone":"phone_number","Start Date":"start_date","Manager":"manager_first_name"}'),
  (3, 'laptops-dell-order-PO-2023-6211.csv', 'asset', '["Asset Tag","Serial","Model","Category","Full Name","Email","MAC Address","Purchase Date"]', '{"Asset Tag":"asset_tag","Serial":"serial","Model":"asset_model","Category":"category","Full Name":"full_name","Email":"email","MAC Address":"_snipeit_mac_address_1","Purchase Date":"purchase_date"}'),
  (4, 'intune_devices_export.csv', 'asset', '["Asset Tag","Serial","Model","Category","Full Name","Email","MAC Address","Purchase Date"]', '{"Asset Tag":"asset_tag","Serial":"serial","Model":"asset_model","Category":"category","Full Name":"full_name","Email":"email","MAC Address":"_snipeit_mac_address_1","Purchase Date":"purchase_date"}'),
  (5, 'autocad-seats.csv', 'license', '["Name","Email","Licensed To","Seats"]', '{"Name":"item_name","Email":"email","Licensed To":"license_name","Seats":"seats"}'),
  (6, 'headsets.csv', 'accessory', '["Item Name","Category","Quantity","Location"]', '{"Item Name":"item_name","Category":"category","Quantity":"quantity","Location":"location"}'),
  (7, 'Pune joiners Q3 (Kavya).csv', 'user', '["First Name","Last Name","Email","Username","Employee Number","Job Title","Phone","Start Date","Manager"]', '{"First Name":"first_name","Last Name":"last_name","Email":"email","Username":"username","Employee Number":"employee_num","Job Title":"jobtitle","Phone":"phone_number","Start Date":"start_date","Manager":"manager_first_name"}'),
  (8, 'offshore-phones-2024.csv', 'asset', '["Asset Tag","Serial","Model","Category","Full Name","Email","MAC Address","Purchase Date"]', '{"Asset Tag":"asset_tag","Serial":"serial","Model":"asset_model","Category":"category","Full Name":"full_name","Email":"email","MAC Address":"_snipeit_mac_address_1","Purchase Date":"purchase_date"}'),
  (9, 'leavers_2023_final_v2.csv', 'user', '["First Name","Last Name","Email","Username","Employee Number","Job Title","Phone","Start Date","Manager"]', NULL),
  (10, 'monitors-hamburg.csv', 'asset', '["Asset Tag","Serial","Model","Category","Full Name","Email","MAC Address","Purchase Date"]', NULL),
  (11, 'ad-export-2024-01.csv', 'user', '["First Name","Last Name","Email","Username","Employee Number","Job Title","Phone","Start Date","Manager"]', '{"First Name":"first_name","Last Name":"last_name","Email":"email","Username":"username","Employee Number":"employee_num","Job Title":"jobtitle","Phone":"phone_number","Start Date":"start_date","Manager":"manager_first_name"}'),
  (12, 'toner.csv', 'consumable', '["Item Name","Category","Quantity","Location"]', '{"Item Name":"item_name","Category":"category","Quantity":"quantity","Location":"location"}')) f(k, name, typ, hdr, map)
CROSS JOIN LATERAL (SELECT timestamp '2021-03-02 10:00:00' + f.k * interval '97 days' + make_interval(mins => fixture_gen.n('imt', f.k, 600)) AS t) t
JOIN sgen.p p ON p.i = 5 + f.k * 23 LEFT JOIN sgen.p m ON m.i = p.mgr JOIN assets a ON a.id = 5 + f.k * 23;

CREATE TABLE login_attempts (
    id serial PRIMARY KEY, username varchar(255), remote_ip varchar(45), user_agent varchar(255), successful boolean,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
INSERT INTO login_attempts (username, remote_ip, user_agent, successful, created_at, updated_at)
SELECT CASE WHEN g.k % 97 = 13 THEN 'Sommer2024!' || fixture_gen.digits('lapw', g.k, 2)
            WHEN g.k % 11 = 4 THEN p.email WHEN g.k % 13 = 6 THEN upper(substr(p.username, 1, 1)) || substr(p.username, 2) || ' '
            WHEN g.k % 17 = 8 THEN 'admin' ELSE p.username END,
       sgen.ip('laip', g.k, p.co), u.ua, g.k % 6 <> 0 AND g.k % 97 <> 13 AND g.k % 17 <> 8, t.t, t.t
FROM generate_series(1, 320) g(k) JOIN sgen.p p ON p.i = 1 + (g.k * 89) % 300 JOIN sgen.ua u ON u.k = g.k % 6
CROSS JOIN LATERAL (SELECT sgen.at('lat', g.k, '2024-03-01', '2024-09-29 18:00') AS t) t;

CREATE TABLE password_resets (email varchar(255) NOT NULL, token varchar(255) NOT NULL, created_at timestamp(0) without time zone);
CREATE INDEX password_resets_email_index ON password_resets (email);
INSERT INTO password_resets
SELECT p.email, '$2y' || '$10$' || fixture_gen.chars('prt', k, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), sgen.at('prc', k, '2024-06-01', '2024-09-29')
FROM generate_series(1, 14) k JOIN sgen.p p ON p.i = 1 + (k * 113) % 300;

-- ---------------------------------------------------------------------------
-- Laravel Passport.

CREATE TABLE oauth_clients (
    id bigserial PRIMARY KEY, user_id bigint, name varchar(255) NOT NULL, secret varchar(100), provider varchar(255), redirect text NOT NULL,
    personal_access_client boolean NOT NULL, password_client boolean NOT NULL, revoked boolean NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
INSERT INTO oauth_clients (id, user_id, name, secret, provider, redirect, personal_access_client, password_client, revoked, created_at, updated_at)
SELECT c.id, c.uid, c.name, sgen.rnd('ocsec', c.id, 40), c.prov, c.redir, c.id = 1, c.id = 2, c.rev, timestamp '2019-01-20 10:00:00' + c.id * interval '113 days', timestamp '2019-01-20 10:00:00' + c.id * interval '120 days'
FROM (VALUES (1, NULL::bigint, 'Snipe-IT Personal Access Client', NULL, 'http://localhost', false), (2, NULL, 'Snipe-IT Password Grant Client', 'users', 'http://localhost', false),
  (3, 303, 'Intune sync', NULL, 'https://automation.corp.kestrel-marine.example/snipeit/callback', false), (4, 306, 'Jamf connector', NULL, 'https://jamf.kestrel-marine.example/oauth/snipeit', false),
  (5, 1, 'ServiceNow CMDB', NULL, 'https://kestrelmarine.service-now.example/oauth_redirect.do', false), (6, 1, 'Power BI report (old)', NULL, 'https://oauth.powerbi.com/views/oauthredirect.html', true),
  (7, 41, 'Asset label printer app', NULL, 'http://localhost:8765/callback', false)) c(id, uid, name, prov, redir, rev);

CREATE TABLE oauth_personal_access_clients (
    id bigserial PRIMARY KEY, client_id bigint NOT NULL, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone);
INSERT INTO oauth_personal_access_clients VALUES (1, 1, '2019-05-13 10:00:00', '2019-05-13 10:00:00');

CREATE TABLE oauth_access_tokens (
    id varchar(100) PRIMARY KEY, user_id bigint, client_id bigint NOT NULL, name varchar(255), scopes text, revoked boolean NOT NULL,
    created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, expires_at timestamp(0) without time zone);
INSERT INTO oauth_access_tokens
SELECT fixture_gen.hexn('oat', k, 80), CASE WHEN k % 4 = 0 THEN 303 WHEN k % 4 = 1 THEN 306 ELSE (ARRAY[1, 2, 3, 4, 41, 77])[1 + k % 6] END, CASE WHEN k % 7 = 3 THEN 2 ELSE 1 END,
       CASE WHEN k % 7 = 3 THEN NULL ELSE (ARRAY['intune-sync', 'jamf', 'SnipeitPS laptop script', 'ServiceNow CMDB import', 'label printer', 'Power BI', 'asset audit app', 'cli test'])[1 + k % 8] END,
       '[]', k % 5 = 2, t.t, t.t, t.t + interval '1 year'
FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT sgen.at('oatc', k, '2021-01-01', '2024-09-28') AS t) t;

CREATE TABLE oauth_refresh_tokens (id varchar(100) PRIMARY KEY, access_token_id varchar(100) NOT NULL, revoked boolean NOT NULL, expires_at timestamp(0) without time zone);
INSERT INTO oauth_refresh_tokens SELECT fixture_gen.hexn('ort', k, 80), fixture_gen.hexn('oat', k, 80), k % 5 = 2, sgen.at('oatc', k, '2021-01-01', '2024-09-28') + interval '2 years'
FROM generate_series(1, 60) k WHERE k % 7 = 3;

CREATE TABLE oauth_auth_codes (
    id varchar(100) PRIMARY KEY, user_id bigint NOT NULL, client_id bigint NOT NULL, scopes text, revoked boolean NOT NULL, expires_at timestamp(0) without time zone);
INSERT INTO oauth_auth_codes SELECT fixture_gen.hexn('oac', k, 80), (ARRAY[1, 2, 41])[1 + k % 3], 5 + k % 3, '[]', true, sgen.at('oacx', k, '2022-01-01', '2024-09-28')
FROM generate_series(1, 12) k;

-- ---------------------------------------------------------------------------
-- Failed queue jobs: serialized notifications (mail to a person, Slack to
-- the webhook).

CREATE TABLE failed_jobs (
    id bigserial PRIMARY KEY, uuid varchar(255) NOT NULL UNIQUE, connection text NOT NULL, queue text NOT NULL, payload text NOT NULL, exception text NOT NULL,
    failed_at timestamp(0) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP);
INSERT INTO failed_jobs (uuid, connection, queue, payload, exception, failed_at)
SELECT fixture_gen.uuid('fjid', k), 'database', 'default',
       '{"uuid":"' || fixture_gen.uuid('fjid', k) || '","displayName":"' || CASE WHEN k % 3 = 0 THEN 'App\\Notifications\\CheckoutAssetNotification' ELSE 'App\\Notifications\\CheckoutAssetNotification' END
         || '","job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"retryUntil":null,"data":{"commandName":"Illuminate\\Notifications\\SendQueuedNotifications","command":'
         || fixture_gen.js('O:48:"Illuminate\Notifications\SendQueuedNotifications":3:{s:11:"notifiables";'
            || CASE WHEN k % 3 = 0 THEN 'O:40:"Illuminate\Notifications\AnonymousNotifiable":1:{s:6:"routes";a:1:{s:5:"slack";s:' || length(w.url) || ':"' || w.url || '";}}'
                    ELSE 'O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:15:"App\Models\User";s:2:"id";i:' || p.i || ';s:9:"relations";a:0:{}s:10:"connection";s:5:"pgsql";s:15:"collectionClass";N;}' END
            || 's:12:"notification";O:44:"App\Notifications\CheckoutAssetNotification":4:{s:4:"item";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:16:"App\Models\Asset";s:2:"id";i:' || (1 + k * 17 % 260) || ';}s:6:"target";s:' || length(p.first || ' ' || p.last) || ':"' || p.first || ' ' || p.last || '";s:5:"email";s:' || length(p.email) || ':"' || p.email || '";s:4:"note";s:0:"";}s:8:"channels";a:1:{i:0;s:' || CASE WHEN k % 3 = 0 THEN '5:"slack"' ELSE '4:"mail"' END || ';}}')
         || '}}',
       CASE WHEN k % 3 = 0 THEN 'GuzzleHttp\Exception\ClientException: Client error: `POST https://hooks.slack.com/services/...` resulted in a `404 Not Found` response: no_team in /var/www/snipe-it/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113'
            ELSE 'Symfony\Component\Mailer\Exception\UnexpectedResponseException: Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <' || p.email || '>: Recipient address rejected: User unknown in virtual mailbox table". in /var/www/snipe-it/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342' END
         || E'\nStack trace:\n#0 /var/www/snipe-it/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(198): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode()\n#1 {main}',
       sgen.at('fjat', k, '2023-06-01', '2024-09-28')
FROM generate_series(1, 18) k JOIN sgen.p p ON p.i = 1 + (k * 131) % 300
CROSS JOIN LATERAL (SELECT 'https://hooks.slack.com/services/T' || fixture_gen.chars('slt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slb', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('slk', 1, 24) AS url) w;

-- ---------------------------------------------------------------------------
-- The settings row.

-- pem: a PEM block of a kind, its body 64-character lines of base64.
CREATE FUNCTION sgen.pem(kind text, tag text, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----BEGIN ' || kind || E'-----\n' || string_agg(substr(b, 1 + (g - 1) * 64, 64), E'\n' ORDER BY g) || E'\n-----END ' || kind || '-----'
  FROM (SELECT string_agg(fixture_gen.b64(tag, c, 192), '' ORDER BY c) AS b FROM generate_series(1, (len + 255) / 256) c) x, generate_series(1, len / 64) g
  GROUP BY b
$$;

CREATE TABLE settings (
    id serial PRIMARY KEY, created_at timestamp(0) without time zone, updated_at timestamp(0) without time zone, created_by integer,
    per_page integer NOT NULL DEFAULT 20, site_name varchar(100) NOT NULL DEFAULT 'Snipe-IT Asset Management', qr_code integer, qr_text varchar(32),
    display_asset_name integer, display_checkout_date integer, display_eol integer, auto_increment_assets integer NOT NULL DEFAULT 0,
    auto_increment_prefix varchar(255), load_remote boolean NOT NULL DEFAULT true, logo varchar(255), header_color varchar(255),
    alert_email varchar(255), alerts_enabled boolean NOT NULL DEFAULT true, default_eula_text text, barcode_type varchar(255) DEFAULT 'QRCODE',
    webhook_endpoint varchar(255), webhook_channel varchar(255), webhook_botname varchar(255), webhook_selected varchar(255) DEFAULT 'slack',
    default_currency varchar(10), custom_css text, brand smallint NOT NULL DEFAULT 1, ldap_enabled boolean, ldap_server varchar(255),
    ldap_uname varchar(255), ldap_pword text, ldap_basedn varchar(255), ldap_filter text, ldap_username_field varchar(255) DEFAULT 'samaccountname',
    ldap_lname_field varchar(255) DEFAULT 'sn', ldap_fname_field varchar(255) DEFAULT 'givenname', ldap_auth_filter_query varchar(255) DEFAULT 'uid=',
    ldap_version integer DEFAULT 3, ldap_active_flag varchar(255), ldap_emp_num varchar(255), ldap_email varchar(255), ldap_phone_field varchar(191),
    ldap_jobtitle varchar(191), ldap_manager varchar(191), ldap_dept varchar(191), ldap_client_tls_cert text, ldap_client_tls_key text,
    ldap_port integer NOT NULL DEFAULT 389, ldap_tls boolean NOT NULL DEFAULT false, ldap_server_cert_ignore boolean NOT NULL DEFAULT false,
    full_multiple_companies_support boolean NOT NULL DEFAULT false, locale varchar(10) DEFAULT 'en-US', email_domain varchar(255),
    email_format varchar(255) DEFAULT 'filastname', username_format varchar(255) DEFAULT 'filastname', is_ad boolean NOT NULL DEFAULT false,
    ad_domain varchar(255), two_factor_enabled varchar(255), require_accept_signature boolean NOT NULL DEFAULT false, login_note text,
    dashboard_message text, support_footer varchar(5) DEFAULT 'on', footer_text text, admin_cc_email varchar(255), privacy_policy_link varchar(255),
    saml_enabled boolean NOT NULL DEFAULT false, saml_idp_metadata text, saml_attr_mapping_username varchar(255), saml_sp_x509cert text,
    saml_sp_privatekey text, google_login boolean DEFAULT false, google_client_id varchar(255), google_client_secret varchar(255),
    audit_interval integer, skin varchar(255));
INSERT INTO settings VALUES (1, '2018-02-12 09:02:11', '2024-09-16 14:07:52', 1, 50, 'Kestrel Marine IT Assets', 1, 'Property of Kestrel Marine', 1, 1, 1, 1, 'KM-', false,
  'setting-logo-' || sgen.rnd('slogo', 1, 10) || '.png', '#0b3d5c',
  'it-alerts@kestrel-marine.example,cmacleod@kestrel-offshore.example', true,
  E'All equipment remains the property of Kestrel Marine Engineering and must be returned on request or when you leave. Report loss or theft within 24 hours to the service desk (+49 40 3197 4411). Questions about this agreement go to Callum MacLeod, Head of IT (cmacleod@kestrel-offshore.example).',
  'QRCODE', 'https://hooks.slack.com/services/T' || fixture_gen.chars('slt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slb', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('slk', 1, 24),
  '#it-assets', 'Snipe-IT', 'slack', 'EUR', '.navbar-brand img { max-height: 38px; }', 3, true, 'ldaps://dc01.corp.kestrel-marine.example',
  'CN=Callum MacLeod,OU=IT,OU=Aberdeen,OU=Sites,DC=corp,DC=kestrel-marine,DC=example', sgen.crypt('sldap', 1, 32), 'OU=Sites,DC=corp,DC=kestrel-marine,DC=example',
  '&(objectClass=user)(objectCategory=person)(memberOf=CN=SG-SnipeIT-Users,OU=Groups,DC=corp,DC=kestrel-marine,DC=example)', 'samaccountname', 'sn', 'givenname', 'samaccountname=',
  3, 'useraccountcontrol', 'employeeid', 'mail', 'telephonenumber', 'title', 'manager', 'department',
  sgen.pem('CERTIFICATE', 'sldapcrt', 1024), sgen.pem('PRIVATE' || ' KEY', 'sldapkey', 1600), 636, false, false, true, 'en-GB', 'kestrel-marine.example', 'firstname.lastname',
  'firstname.lastname', true, 'corp.kestrel-marine.example', '1', true,
  'Sign in with your Windows account (firstname.lastname). Locked out? Call the service desk on +49 40 3197 4411, or in Aberdeen ask Eilidh Robertson on 07700 ' || '914 228.',
  E'**Laptop refresh 2024:** Pune devices are swapped by Aniket Kulkarni in October; Hamburg by Svenja Hansen (ext. 4413). Offshore crews book sat phones through the quayside store.',
  'on', 'Kestrel Marine IT - service desk ext. 4411', 'svenja.hansen@kestrel-marine.example', 'https://intranet.kestrel-marine.example/privacy', true,
  '<?xml version="1.0"?><EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/' || fixture_gen.uuid('stenant', 1) || '/"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>'
    || fixture_gen.b64('sidpcert', 1, 192) || fixture_gen.b64('sidpcert', 2, 192) || '</X509Certificate></X509Data></KeyInfo></KeyDescriptor><SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/' || fixture_gen.uuid('stenant', 1) || '/saml2"/></IDPSSODescriptor></EntityDescriptor>',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name', sgen.pem('CERTIFICATE', 'sspcrt', 1024), sgen.pem('PRIVATE' || ' KEY', 'sspkey', 1600), false,
  fixture_gen.digits('sgcid', 1, 12) || '-' || fixture_gen.chars('sgcid', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com', 'GOCSPX-' || sgen.rnd('sgcs', 1, 28),
  12, 'blue-dark');

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
