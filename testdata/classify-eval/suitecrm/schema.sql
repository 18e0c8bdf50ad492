-- classify-eval fixture (HOLDOUT 14, with mastodon: written by someone who
-- had not seen the classifier, labelled by what its columns hold; never tune
-- against it): a SuiteCRM 7.14 database (SugarCRM CE lineage, legacy PHP)
-- migrated from MySQL to PostgreSQL as it was, in SuiteCRM's own naming: a
-- subset of the core, AOS, AOP and security-suite tables and of their
-- columns, char(36) UUID ids (the admin user's id is '1'), `deleted`
-- smallint flags and tinyint(1) booleans as smallint, date_entered and
-- date_modified, created_by, modified_user_id and assigned_user_id, the
-- _cstm tables of Studio's custom fields (vat_number_c, iban_c, the
-- jjwg_maps geocodes), the _audit tables, base64 of PHP-serialized arrays.
-- The CRM of "Halvorsen Industrial Supply", a B2B distributor of PPE,
-- fasteners, valves and warehouse equipment with branches in Leeds (UK),
-- Drammen (Norway) and Houston (US): 44 staff, 130 customer accounts
-- (companies and a few sole traders whose business carries the owner's
-- name), 420 contacts, web-to-lead leads, trade-show targets.
-- Staff in users with MD5 and bcrypt hashes, home addresses and phones,
-- Azure AD NameIDs, Teams and Skype handles; user_preferences whose base64
-- contents hold the timezone, the e-mail signature and the personal SMTP
-- password; password reset links whose id is the token; signatures. Accounts
-- with switchboards, billing and shipping addresses, VAT numbers (GB mod 97,
-- Norwegian MVA mod 11, EU) and IBANs in accounts_cstm; contacts with
-- salutations, birthdates, assistants, home and alternative addresses,
-- LinkedIn URLs, dietary needs for events and geocodes; leads (referrers,
-- portal names, the web form's e-mail); prospects; e-mail addresses with
-- double opt-in tokens; archived e-mails with their bodies, headers and raw
-- MIME; inbound mailboxes (encrypted passwords, base64 stored_options) and
-- outbound SMTP accounts with their passwords; notes and attachments named
-- after people; cases, their AOP updates and work logs; calls, meetings
-- (Zoom passcodes, join and host URLs, customers' sites), tasks, projects;
-- campaigns and campaign_log whose more_information is the address mailed;
-- quotes, invoices, contracts, products; saved searches (base64 criteria
-- with the names and phones searched for); the tracker whose item_summary
-- names the record viewed, with PHP session ids and client IPs; OAuth 1
-- consumers and tokens, OAuth 2 clients and tokens, an external-account
-- table with tokens; the config table mixing the site URL, an SMTP password,
-- reCAPTCHA, proxy and LDAP passwords and the licence key with plain
-- settings; the audit tables of accounts and contacts (phones, e-mails,
-- surnames, statuses and old descriptions); the scheduler's job queue whose
-- arguments and errors quote recipients; the activity stream naming
-- records; and the metadata, ACL, currency, scheduler and upgrade tables
-- that hold no personal data.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA sctgen;

-- id: a SuiteCRM create_guid() value, deterministic.
CREATE FUNCTION sctgen.id(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT md5('scrm' || tag || ':' || i)::uuid::text $$;

-- dg: len (<= 64) decimal digits; tok: len random-looking [A-Za-z0-9]; hx: len hex digits.
CREATE FUNCTION sctgen.dg(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(md5(tag || ':' || i) || md5(tag || '+' || i), 'abcdef', '719384'), 1, len) $$;

CREATE FUNCTION sctgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 12), '+/=', ''), 1, len) $$;

CREATE FUNCTION sctgen.hx(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(md5(tag || ':' || i) || md5(tag || '+' || i) || md5(tag || '-' || i) || md5(tag || '*' || i), 1, len) $$;

-- ts: a time in 2021-2024, to the second.
CREATE FUNCTION sctgen.ts(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamp '2021-01-01 00:00:00' + make_interval(secs => fixture_gen.n(tag, i, 126000000)) $$;

-- ps: a PHP-serialized string; pa: a PHP-serialized array of string values
-- from alternating keys and values (NULL values serialize as N;); b64: base64.
CREATE FUNCTION sctgen.ps(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(t) || ':"' || t || '";' $$;

CREATE FUNCTION sctgen.pa(kv text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || (cardinality(kv) / 2)::text || ':{'
      || coalesce(string_agg(CASE WHEN k % 2 = 0 AND kv[k] IS NULL THEN 'N;' ELSE sctgen.ps(coalesce(kv[k], '')) END, '' ORDER BY k), '') || '}'
  FROM generate_series(1, cardinality(kv)) k
$$;

CREATE FUNCTION sctgen.b64(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(encode(convert_to(t, 'UTF8'), 'base64'), E'\n', '') $$;

-- asc: a name folded for a login or an e-mail address (Norwegian letters too).
CREATE FUNCTION sctgen.asc(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.ascii(replace(replace(replace(replace(replace(replace(s, 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'), 'æ', 'ae'), 'Æ', 'ae')) $$;

-- cc: the country of a record: 45% UK, 35% Norway, 20% US.
CREATE FUNCTION sctgen.cc(i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN i % 20 < 9 THEN 'GB' WHEN i % 20 < 16 THEN 'NO' ELSE 'US' END $$;

-- fname / lname: given names by country and sex, family names by country
-- (a sixth of them from the shared, wider list).
CREATE FUNCTION sctgen.fname(tag text, i bigint, cc text, sex text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc || sex
    WHEN 'NOF' THEN fixture_gen.pick(ARRAY['Ingrid', 'Kari', 'Sigrid', 'Solveig', 'Marte', 'Ingeborg', 'Astrid', 'Silje', 'Hanne', 'Tone', 'Ragnhild', 'Nora', 'Ida', 'Maren', 'Synnøve', 'Aisha', 'Agnieszka', 'Åse'], tag, i)
    WHEN 'NOM' THEN fixture_gen.pick(ARRAY['Ola', 'Lars', 'Magnus', 'Eirik', 'Håkon', 'Sindre', 'Torbjørn', 'Anders', 'Jørgen', 'Øyvind', 'Bjørn', 'Kjetil', 'Trond', 'Espen', 'Aksel', 'Vegard', 'Ali', 'Tomasz'], tag, i)
    WHEN 'GBF' THEN fixture_gen.pick(ARRAY['Siobhan', 'Bethany', 'Eleanor', 'Harriet', 'Amelia', 'Priya', 'Aisha', 'Fiona', 'Niamh', 'Chloe', 'Zara', 'Gemma', 'Rachel', 'Joanne', 'Kirsty', 'Ngozi'], tag, i)
    WHEN 'GBM' THEN fixture_gen.pick(ARRAY['Gareth', 'Rhys', 'Callum', 'Oliver', 'George', 'Jack', 'Mohammed', 'Declan', 'Stuart', 'Hamish', 'Kieran', 'Dylan', 'Imran', 'Darren', 'Craig', 'Chidi'], tag, i)
    WHEN 'USF' THEN fixture_gen.pick(ARRAY['Brianna', 'Jessica', 'Ashley', 'Kayla', 'María', 'Jennifer', 'Latoya', 'Madison', 'Megan', 'Lauren', 'Trang', 'Guadalupe', 'Keisha', 'Rebecca'], tag, i)
    ELSE fixture_gen.pick(ARRAY['Tyler', 'DeShawn', 'Cody', 'Brandon', 'Luis', 'Carlos', 'Michael', 'Hunter', 'Travis', 'Dustin', 'Kenji', 'Jamal', 'Beau', 'Raymond'], tag, i) END
$$;

CREATE FUNCTION sctgen.lname(tag text, i bigint, cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'mix', i, 6) = 0 THEN fixture_gen.last_name(tag, i) ELSE CASE cc
    WHEN 'NO' THEN fixture_gen.pick(ARRAY['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Berg', 'Haugen',
      'Hagen', 'Bakke', 'Solberg', 'Lie', 'Dahl', 'Strand', 'Moen', 'Eriksen', 'Sæther', 'Løken', 'Nygård', 'Aasen', 'Ødegård', 'Rønning', 'Brekke', 'Vik'], tag, i)
    WHEN 'GB' THEN fixture_gen.pick(ARRAY['Thompson', 'Hughes', 'Evans', 'Clarke', 'Walker', 'Wright', 'Robinson', 'Wood', 'Taylor', 'Jones', 'Davies', 'Williams', 'Patel',
      'Khan', 'Ahmed', 'Murphy', 'Campbell', 'MacLeod', 'Stewart', 'Ali', 'Brown', 'Roberts', 'Holmes', 'Fairbairn', 'Atkinson', 'Sutcliffe', 'Hargreaves', 'Okonkwo'], tag, i)
    ELSE fixture_gen.pick(ARRAY['Rodriguez', 'Nguyen', 'Washington', 'Johnson', 'Miller', 'Davis', 'Hernández', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas',
      'Jackson', 'Harris', 'Brooks', 'Ramirez', 'Boudreaux', 'Landry', 'Kowalczyk', 'Schultz', 'Thibodeaux', 'Castillo'], tag, i) END END
$$;

-- Cities of each country with their county, fylke or state, the postcode's
-- start and the phone area code.
CREATE TABLE sctgen.place (cc text, k int, city text, state text, pc text, area text);
INSERT INTO sctgen.place VALUES
 ('GB', 0, 'Leeds', 'West Yorkshire', 'LS', '113'), ('GB', 1, 'Bradford', 'West Yorkshire', 'BD', '1274'), ('GB', 2, 'Sheffield', 'South Yorkshire', 'S', '114'),
 ('GB', 3, 'Hull', 'East Riding of Yorkshire', 'HU', '1482'), ('GB', 4, 'Manchester', 'Greater Manchester', 'M', '161'), ('GB', 5, 'Newcastle upon Tyne', 'Tyne and Wear', 'NE', '191'),
 ('GB', 6, 'Aberdeen', 'Aberdeenshire', 'AB', '1224'), ('GB', 7, 'Middlesbrough', 'North Yorkshire', 'TS', '1642'), ('GB', 8, 'Doncaster', 'South Yorkshire', 'DN', '1302'),
 ('GB', 9, 'Wakefield', 'West Yorkshire', 'WF', '1924'),
 ('NO', 0, 'Oslo', 'Oslo', '0', '22'), ('NO', 1, 'Drammen', 'Buskerud', '30', '32'), ('NO', 2, 'Bergen', 'Vestland', '50', '55'), ('NO', 3, 'Stavanger', 'Rogaland', '40', '51'),
 ('NO', 4, 'Trondheim', 'Trøndelag', '70', '73'), ('NO', 5, 'Kristiansand', 'Agder', '46', '38'), ('NO', 6, 'Sandnes', 'Rogaland', '43', '51'), ('NO', 7, 'Kongsberg', 'Buskerud', '36', '32'),
 ('NO', 8, 'Tønsberg', 'Vestfold', '31', '33'), ('NO', 9, 'Ålesund', 'Møre og Romsdal', '60', '70'),
 ('US', 0, 'Houston', 'TX', '770', '713'), ('US', 1, 'Pasadena', 'TX', '775', '281'), ('US', 2, 'Baton Rouge', 'LA', '708', '225'), ('US', 3, 'Lafayette', 'LA', '705', '337'),
 ('US', 4, 'Tulsa', 'OK', '741', '918'), ('US', 5, 'Corpus Christi', 'TX', '784', '361'), ('US', 6, 'Beaumont', 'TX', '777', '409'), ('US', 7, 'Pittsburgh', 'PA', '152', '412'),
 ('US', 8, 'Midland', 'TX', '797', '432'), ('US', 9, 'Lake Charles', 'LA', '706', '337');

CREATE FUNCTION sctgen.postcode(tag text, i bigint, cc text, pc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'GB' THEN pc || (1 + fixture_gen.n(tag, i, 27))::text || ' ' || sctgen.dg(tag, i, 1)
        || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + fixture_gen.n(tag || 'a', i, 20), 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + fixture_gen.n(tag || 'b', i, 20), 1)
    WHEN 'NO' THEN pc || sctgen.dg(tag, i, 4 - length(pc))
    ELSE pc || sctgen.dg(tag, i, 2) || CASE WHEN fixture_gen.n(tag || 'z', i, 4) = 0 THEN '-' || sctgen.dg(tag || 'z', i, 4) ELSE '' END END
$$;

-- ctry: the country as typed (several spellings each).
CREATE FUNCTION sctgen.ctry(tag text, i bigint, cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc WHEN 'GB' THEN fixture_gen.pick(ARRAY['United Kingdom', 'United Kingdom', 'UK', 'England', 'GB', 'Scotland'], tag, i)
    WHEN 'NO' THEN fixture_gen.pick(ARRAY['Norway', 'Norway', 'Norge', 'NO'], tag, i) ELSE fixture_gen.pick(ARRAY['USA', 'United States', 'US', 'United States'], tag, i) END
$$;

-- biz: a business address line; home: a home address line.
CREATE FUNCTION sctgen.biz(tag text, i bigint, cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'GB' THEN CASE WHEN fixture_gen.n(tag || 'u', i, 2) = 0
        THEN 'Unit ' || (1 + fixture_gen.n(tag || 'n', i, 24))::text || ', ' || fixture_gen.pick(ARRAY['Ringway Trading Estate', 'Cross Green Industrial Estate', 'Templegate Business Park', 'Stourton Point', 'Humber Bridge Industrial Park', 'Dyce Drive Industrial Estate', 'Sheaf Valley Works', 'Canal Wharf Enterprise Centre'], tag, i)
        ELSE (1 + fixture_gen.n(tag || 'n', i, 240))::text || ' ' || fixture_gen.pick(ARRAY['Kirkstall Road', 'Wellington Street', 'Sheepscar Way', 'Hunslet Lane', 'Aire Street', 'Attercliffe Road', 'Hessle Road', 'Trafford Park Road', 'Gateshead Quays'], tag, i) END
    WHEN 'NO' THEN fixture_gen.pick(ARRAY['Industriveien', 'Havnegata', 'Drammensveien', 'Strandveien', 'Brugata', 'Kobbervikdalen', 'Sandviksveien', 'Grenseveien', 'Risavika havnering', 'Lilleakerveien', 'Tangen', 'Fjordveien'], tag, i)
        || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))::text || CASE WHEN fixture_gen.n(tag || 'b', i, 5) = 0 THEN 'B' ELSE '' END
    ELSE (100 + fixture_gen.n(tag || 'n', i, 9800))::text || ' ' || fixture_gen.pick(ARRAY['Westheimer Rd', 'Richmond Ave', 'Telge Rd', 'Industrial Blvd', 'N Main St', 'Katy Fwy', 'Gessner Rd', 'Commerce St', 'Clinton Dr', 'Airline Hwy'], tag, i)
        || CASE WHEN fixture_gen.n(tag || 's', i, 3) = 0 THEN ' Suite ' || (100 + fixture_gen.n(tag || 'st', i, 400))::text ELSE '' END END
$$;

CREATE FUNCTION sctgen.home(tag text, i bigint, cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'GB' THEN CASE WHEN fixture_gen.n(tag || 'f', i, 5) = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'fl', i, 30))::text || ', ' ELSE '' END
        || (1 + fixture_gen.n(tag || 'n', i, 160))::text || ' ' || fixture_gen.pick(ARRAY['Otley Road', 'Moor Lane', 'Park Avenue', 'Church Lane', 'Beech Grove', 'Woodland Drive', 'Meadow Close', 'Victoria Terrace', 'Sandringham Way', 'Thornhill Road'], tag, i)
    WHEN 'NO' THEN fixture_gen.pick(ARRAY['Løvåsveien', 'Bjerkeveien', 'Skogveien', 'Granveien', 'Solbakken', 'Fjellveien', 'Tollbugata', 'Ullevålsveien', 'Konnerudgata', 'Lyngveien'], tag, i)
        || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90))::text || CASE WHEN fixture_gen.n(tag || 'h', i, 3) = 0 THEN ', H0' || (1 + fixture_gen.n(tag || 'hf', i, 4))::text || '0' || (1 + fixture_gen.n(tag || 'hd', i, 4))::text ELSE '' END
    ELSE (100 + fixture_gen.n(tag || 'n', i, 19000))::text || ' ' || fixture_gen.pick(ARRAY['Willow Bend Dr', 'Cypress Creek Pkwy', 'Magnolia St', 'Bayou Oaks Ln', 'Pecan Grove Ct', 'Live Oak Dr', 'Bluebonnet Trl', 'S Sherwood Forest Blvd'], tag, i)
        || CASE WHEN fixture_gen.n(tag || 'a', i, 4) = 0 THEN ' Apt ' || (1 + fixture_gen.n(tag || 'ap', i, 300))::text ELSE '' END END
$$;

-- phone: a landline (kind 'w'), a mobile ('m') or a fax ('f') as people type them in each country.
CREATE FUNCTION sctgen.phone(tag text, i bigint, cc text, area text, kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc || kind
    WHEN 'GBm' THEN CASE fixture_gen.n(tag, i, 4) WHEN 0 THEN '07' || sctgen.dg(tag, i, 3) || ' ' || sctgen.dg(tag || 'b', i, 6) WHEN 1 THEN '+44 7' || sctgen.dg(tag, i, 3) || ' ' || sctgen.dg(tag || 'b', i, 3) || ' ' || sctgen.dg(tag || 'c', i, 3)
        WHEN 2 THEN '07700 900' || sctgen.dg(tag, i, 3) ELSE '+447' || sctgen.dg(tag, i, 9) END
    WHEN 'NOm' THEN CASE fixture_gen.n(tag, i, 4) WHEN 0 THEN '+47 9' || sctgen.dg(tag, i, 2) || ' ' || sctgen.dg(tag || 'b', i, 2) || ' ' || sctgen.dg(tag || 'c', i, 3) WHEN 1 THEN '4' || sctgen.dg(tag, i, 2) || ' ' || sctgen.dg(tag || 'b', i, 2) || ' ' || sctgen.dg(tag || 'c', i, 3)
        WHEN 2 THEN '+479' || sctgen.dg(tag, i, 7) ELSE '9' || sctgen.dg(tag, i, 7) END
    WHEN 'USm' THEN CASE fixture_gen.n(tag, i, 3) WHEN 0 THEN '(' || area || ') ' || (200 + fixture_gen.n(tag || 'x', i, 700))::text || '-' || sctgen.dg(tag, i, 4) WHEN 1 THEN '+1 ' || area || '-' || (200 + fixture_gen.n(tag || 'x', i, 700))::text || '-' || sctgen.dg(tag, i, 4)
        ELSE area || '.' || (200 + fixture_gen.n(tag || 'x', i, 700))::text || '.' || sctgen.dg(tag, i, 4) END
    WHEN 'NOw' THEN CASE fixture_gen.n(tag, i, 3) WHEN 0 THEN '+47 ' || area || ' ' || sctgen.dg(tag, i, 2) || ' ' || sctgen.dg(tag || 'b', i, 2) || ' ' || sctgen.dg(tag || 'c', i, 2)
        WHEN 1 THEN area || ' ' || sctgen.dg(tag, i, 2) || ' ' || sctgen.dg(tag || 'b', i, 2) || ' ' || sctgen.dg(tag || 'c', i, 2) ELSE '+47' || area || sctgen.dg(tag, i, 6) END
    WHEN 'NOf' THEN '+47 ' || area || ' ' || sctgen.dg(tag, i, 2) || ' ' || sctgen.dg(tag || 'b', i, 2) || ' ' || sctgen.dg(tag || 'c', i, 2)
    WHEN 'USw' THEN CASE fixture_gen.n(tag, i, 3) WHEN 0 THEN '(' || area || ') ' || (200 + fixture_gen.n(tag || 'x', i, 700))::text || '-' || sctgen.dg(tag, i, 4)
        WHEN 1 THEN '+1 ' || area || '-' || (200 + fixture_gen.n(tag || 'x', i, 700))::text || '-' || sctgen.dg(tag, i, 4) || ' ext. ' || sctgen.dg(tag || 'e', i, 3)
        ELSE area || '-' || (200 + fixture_gen.n(tag || 'x', i, 700))::text || '-' || sctgen.dg(tag, i, 4) END
    WHEN 'USf' THEN '(' || area || ') ' || (200 + fixture_gen.n(tag || 'x', i, 700))::text || '-' || sctgen.dg(tag, i, 4)
    ELSE CASE fixture_gen.n(tag, i, 3) WHEN 0 THEN '0' || area || ' ' || CASE WHEN length(area) = 3 THEN sctgen.dg(tag, i, 3) || ' ' || sctgen.dg(tag || 'b', i, 4) ELSE sctgen.dg(tag, i, 6) END
        WHEN 1 THEN '+44 ' || area || ' ' || CASE WHEN length(area) = 3 THEN '496 ' || sctgen.dg(tag, i, 4) ELSE sctgen.dg(tag, i, 6) END
        ELSE '+44 (0)' || area || ' ' || CASE WHEN length(area) = 3 THEN sctgen.dg(tag, i, 3) || ' ' || sctgen.dg(tag || 'b', i, 4) ELSE sctgen.dg(tag, i, 6) END END END
$$;

-- gbvat: a UK VAT number with its mod-97 check digits; norg: a Norwegian
-- organisation number with its mod-11 check digit (NULL when it has none).
CREATE FUNCTION sctgen.gbvat(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || lpad(((97 - (sum(substr(d, k, 1)::int * (9 - k)) % 97)) % 97)::text, 2, '0')
  FROM (SELECT (1 + fixture_gen.n(tag || 'v', i, 9))::text || sctgen.dg(tag, i, 6) AS d) x, generate_series(1, 7) k GROUP BY d
$$;

CREATE FUNCTION sctgen.norg(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN c = 10 THEN NULL ELSE d || (c % 11)::text END
  FROM (SELECT d, (11 - sum(substr(d, k, 1)::int * (ARRAY[3, 2, 7, 6, 5, 4, 3, 2])[k]) % 11) AS c
        FROM (SELECT (8 + fixture_gen.n(tag || 'o', i, 2))::text || sctgen.dg(tag, i, 7) AS d) x, generate_series(1, 8) k GROUP BY d) y
$$;

-- full_name_of: somebody else's name, of either sex.
CREATE FUNCTION sctgen.full_name_of(cc text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT sctgen.fname('fno', i, cc, CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END) || ' ' || sctgen.lname('fnol', i, cc) $$;

-- ---------------------------------------------------------------- generated people and companies
-- Staff: 1 the admin, 2 the managing director, 3-45 staff, 46 the portal's API user.
CREATE TABLE sctgen.staff AS
SELECT x.*, CASE WHEN x.i = 1 THEN 'crm-admin@halvorsen-supply.co.uk' WHEN x.i = 46 THEN 'portal-api@halvorsen-supply.co.uk'
                 ELSE sctgen.asc(x.first) || '.' || sctgen.asc(x.last) || '@' || x.dom END AS email
FROM (SELECT s.i, s.id, s.cc, s.sex, p.city, p.state, p.pc, p.area,
             CASE s.i WHEN 2 THEN 'Ingrid' ELSE sctgen.fname('stf', s.i, s.cc, s.sex) END AS first,
             CASE s.i WHEN 2 THEN 'Halvorsen' ELSE sctgen.lname('stl', s.i, s.cc) END AS last,
             CASE s.cc WHEN 'GB' THEN 'halvorsen-supply.co.uk' WHEN 'NO' THEN 'halvorsen.no' ELSE 'halvorsensupply.com' END AS dom,
             CASE s.cc WHEN 'GB' THEN 'Europe/London' WHEN 'NO' THEN 'Europe/Oslo' ELSE 'America/Chicago' END AS tz
      FROM (SELECT i, CASE WHEN i = 1 THEN '1' ELSE sctgen.id('usr', i) END AS id,
                   CASE WHEN i = 2 THEN 'NO' WHEN i IN (1, 46) THEN 'GB' ELSE sctgen.cc(i + 3) END AS cc,
                   CASE WHEN i = 2 OR fixture_gen.n('stsx', i, 2) = 0 THEN 'F' ELSE 'M' END AS sex,
                   CASE WHEN i IN (1, 46) THEN 0 WHEN i = 2 THEN 1 ELSE fixture_gen.n('stk', i, 10) END AS k
            FROM generate_series(1, 46) i) s
      JOIN sctgen.place p ON p.cc = s.cc AND p.k = s.k) x;
CREATE UNIQUE INDEX ON sctgen.staff (i);

-- Accounts: company names from parts (unique), every ninth a sole trader.
CREATE TABLE sctgen.co AS
SELECT x.*, p.city, p.state, p.pc, p.area,
       CASE WHEN x.sole THEN NULL ELSE sctgen.asc(regexp_replace(x.name, ' (AS|Ltd|LLC|Inc\.|Co\.)$', '')) || CASE x.cc WHEN 'GB' THEN '.co.uk' WHEN 'NO' THEN '.no' ELSE '.com' END END AS domain
FROM (SELECT c AS i, sctgen.id('acc', c) AS id, sctgen.cc(c) AS cc, fixture_gen.n('cok', c, 10) AS k, c % 9 = 4 AS sole,
             sctgen.fname('cof', c, sctgen.cc(c), CASE WHEN c % 2 = 0 THEN 'F' ELSE 'M' END) AS first, sctgen.lname('col', c, sctgen.cc(c)) AS last,
             (c / 20 + 3 * (c % 20)) % 12 AS pre, c % 10 AS suf
      FROM generate_series(1, 130) c) y0
CROSS JOIN LATERAL (SELECT y0.*, CASE
    WHEN y0.sole AND y0.cc = 'GB' THEN CASE WHEN y0.i % 2 = 0 THEN y0.first || ' ' || y0.last || ' ' || (ARRAY['Electrical', 'Plumbing & Heating', 'Joinery', 'Roofing'])[1 + y0.i % 4]
                                            ELSE substr(y0.first, 1, 1) || '. ' || y0.last || ' t/a ' || y0.last || ' ' || (ARRAY['Roofing', 'Scaffolding', 'Fabrications'])[1 + y0.i % 3] END
    WHEN y0.sole AND y0.cc = 'NO' THEN y0.first || ' ' || y0.last || ' ' || (ARRAY['Rørleggerservice', 'Elektro', 'Snekkerverksted', 'Byggservice'])[1 + y0.i % 4]
    WHEN y0.sole THEN y0.first || ' ' || y0.last || ' ' || (ARRAY['Welding', 'Handyman Services', 'Electric'])[1 + y0.i % 3]
    WHEN y0.cc = 'GB' THEN (ARRAY['Pennine', 'Aire Valley', 'Calder', 'Humber', 'Wharfedale', 'Northgate', 'Tyneside', 'Dales', 'Kirklees', 'Riverside', 'Castleford', 'Ridings'])[1 + y0.pre]
        || ' ' || (ARRAY['Fabrication Ltd', 'Engineering Ltd', 'Scaffolding Ltd', 'Construction Ltd', 'Facilities Management Ltd', 'Logistics Ltd', 'Steel Stockholders Ltd', 'Joinery Ltd', 'Plant Hire Ltd', 'Maintenance Services Ltd'])[1 + y0.suf]
    WHEN y0.cc = 'NO' THEN (ARRAY['Fjord', 'Nordvest', 'Drammen', 'Vestland', 'Bergens', 'Nordisk', 'Polar', 'Kyst', 'Viken', 'Stavanger', 'Oslofjord', 'Fjell'])[1 + y0.pre]
        || (ARRAY['bygg AS', ' Mekaniske AS', ' Industriservice AS', ' Elektro AS', ' Offshore AS', ' Entreprenør AS', 'rør AS', ' Stillas AS', ' Maskin AS', ' Verft AS'])[1 + y0.suf]
    ELSE (ARRAY['Gulf Coast', 'Lone Star', 'Bayou', 'Permian', 'Houston', 'Ship Channel', 'Three Rivers', 'Pelican', 'Red River', 'Keystone', 'Sabine', 'Brazos'])[1 + y0.pre]
        || ' ' || (ARRAY['Pipe & Valve LLC', 'Fabricators Inc.', 'Industrial Services LLC', 'Welding & Supply Co.', 'Energy Services Inc.', 'Construction Group LLC', 'Safety Supply Inc.', 'Mechanical Contractors Inc.', 'Midstream LLC', 'Refinery Services Inc.'])[1 + y0.suf] END AS name) x
JOIN sctgen.place p ON p.cc = x.cc AND p.k = x.k;
CREATE UNIQUE INDEX ON sctgen.co (i);

-- People: 1-420 contacts (the first contact of a sole trader is the owner),
-- 421-580 leads, 581-720 prospects (targets).
CREATE TABLE sctgen.p AS
SELECT z.*, CASE WHEN z.personal THEN lower(sctgen.asc(z.first)) || (ARRAY['.', '', '_', '.'])[1 + z.i % 4] || lower(sctgen.asc(z.last)) || CASE WHEN z.i % 3 = 0 THEN (z.i % 89)::text ELSE '' END || '@'
                      || CASE z.cc WHEN 'GB' THEN fixture_gen.pick(ARRAY['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'sky.com'], 'pdm', z.i)
                                   WHEN 'NO' THEN fixture_gen.pick(ARRAY['gmail.com', 'online.no', 'hotmail.no', 'live.no', 'icloud.com'], 'pdm', z.i)
                                   ELSE fixture_gen.pick(ARRAY['gmail.com', 'yahoo.com', 'att.net', 'outlook.com', 'icloud.com'], 'pdm', z.i) END
                 ELSE CASE WHEN z.i % 5 = 0 THEN lower(substr(sctgen.asc(z.first), 1, 1)) || lower(sctgen.asc(z.last)) ELSE lower(sctgen.asc(z.first)) || '.' || lower(sctgen.asc(z.last)) END || '@' || z.domain END AS email
FROM (SELECT y.*, p.city, p.state, p.pc, p.area, y.sole OR y.domain IS NULL OR fixture_gen.n('ppers', y.i, 5) = 0 AS personal,
             sctgen.phone('pwk', y.i, y.cc, p.area, 'w') AS work, sctgen.phone('pmb', y.i, y.cc, p.area, 'm') AS mobile,
             sctgen.home('phm', y.i, y.cc) AS street, sctgen.postcode('ppc', y.i, y.cc, p.pc) AS postcode, sctgen.ctry('pct', y.i, y.cc) AS ctry,
             fixture_gen.birth_date('pbd', y.i) AS birth
      FROM (SELECT x.i, x.role, x.id, x.sex, x.ci, x.k,
                   coalesce(co.cc, sctgen.cc(x.i * 7)) AS cc, co.name AS coname, coalesce(co.sole, false) AS sole, co.domain,
                   CASE WHEN co.sole AND x.i <= 130 THEN co.first ELSE sctgen.fname('pfn', x.i, coalesce(co.cc, sctgen.cc(x.i * 7)), x.sex) END AS first,
                   CASE WHEN co.sole AND x.i <= 130 THEN co.last ELSE sctgen.lname('pln', x.i, coalesce(co.cc, sctgen.cc(x.i * 7))) END AS last
            FROM (SELECT i, CASE WHEN i <= 420 THEN 'contact' WHEN i <= 580 THEN 'lead' ELSE 'prospect' END AS role,
                         sctgen.id(CASE WHEN i <= 420 THEN 'con' WHEN i <= 580 THEN 'lead' ELSE 'pros' END, i) AS id,
                         CASE WHEN fixture_gen.n('psx', i, 5) < 2 THEN 'F' ELSE 'M' END AS sex,
                         CASE WHEN i <= 420 THEN 1 + (i - 1) % 130 END AS ci, fixture_gen.n('pk', i, 10) AS k
                  FROM generate_series(1, 720) i) x
            LEFT JOIN sctgen.co co ON co.i = x.ci) y
      JOIN sctgen.place p ON p.cc = y.cc AND p.k = y.k) z;
UPDATE sctgen.p SET sex = CASE WHEN p.first = co.first AND p.i % 2 = 0 THEN 'F' WHEN p.first = co.first THEN 'M' ELSE p.sex END FROM sctgen.co co WHERE co.i = p.ci AND co.sole AND p.i <= 130;
CREATE UNIQUE INDEX ON sctgen.p (i);
-- leads' and prospects' own employers (some of them customers already)
ALTER TABLE sctgen.p ADD COLUMN employer text, ADD COLUMN title text, ADD COLUMN dept text;
UPDATE sctgen.p p SET employer = coalesce(p.coname, (SELECT co.name FROM sctgen.co co WHERE co.i = 1 + (p.i * 37) % 130 AND NOT co.sole)),
  title = CASE WHEN p.sole AND p.i <= 130 THEN CASE p.cc WHEN 'NO' THEN 'Daglig leder' ELSE 'Owner' END
               WHEN p.cc = 'NO' THEN fixture_gen.pick(ARRAY['Innkjøper', 'Innkjøpssjef', 'Prosjektleder', 'HMS-leder', 'Driftsleder', 'Lagerleder', 'Anleggsleder', 'Daglig leder', 'Økonomiansvarlig'], 'ptt', p.i)
               ELSE fixture_gen.pick(ARRAY['Purchasing Manager', 'Buyer', 'Site Manager', 'HSE Coordinator', 'Maintenance Supervisor', 'Procurement Lead', 'Operations Director', 'Accounts Payable Clerk', 'Foreman', 'Plant Manager', 'Stores Supervisor', 'Project Engineer'], 'ptt', p.i) END,
  dept = CASE WHEN fixture_gen.n('pdp', p.i, 4) = 0 THEN NULL WHEN p.cc = 'NO' THEN fixture_gen.pick(ARRAY['Innkjøp', 'Drift', 'HMS', 'Økonomi', 'Prosjekt'], 'pdp', p.i)
              ELSE fixture_gen.pick(ARRAY['Procurement', 'Operations', 'HSE', 'Finance', 'Maintenance', 'Stores'], 'pdp', p.i) END;
UPDATE sctgen.p SET employer = NULL WHERE role <> 'contact' AND i % 11 = 0;
UPDATE sctgen.p p SET email = replace(p.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM sctgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Prose of cases, e-mails and notes: some with the writer's name, phone or
-- address, some with none.
CREATE FUNCTION sctgen.issue(tag text, i bigint, first text, last text, phone text, email text, company text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 12)
    WHEN 0 THEN 'Customer reports ' || (2 + fixture_gen.n(tag || 'q', i, 20))::text || ' boxes of nitrile gloves (size ' || fixture_gen.pick(ARRAY['8', '9', '10'], tag, i) || ') arrived split. Photos attached to the e-mail.'
    WHEN 1 THEN 'Hi, this is ' || first || ' ' || last || ' from ' || company || '. Our delivery for PO ' || sctgen.dg(tag || 'po', i, 8) || ' has not arrived and the site is waiting. Please call me on ' || phone || '.'
    WHEN 2 THEN 'Wrong part supplied: ordered HIS-' || sctgen.dg(tag || 'a', i, 5) || ', received HIS-' || sctgen.dg(tag || 'b', i, 5) || '. Need a return label and the right part on the next van.'
    WHEN 3 THEN 'Site contact ' || first || ' ' || last || ' (' || phone || ') says the pallet truck is still under warranty. Serial PT' || sctgen.dg(tag || 's', i, 7) || ', hydraulic leak.'
    WHEN 4 THEN 'Hei, vi har fått feil størrelse på vernesko (44 i stedet for 42). Kan dere ringe ' || first || ' på ' || phone || '? Mvh ' || first || ' ' || last || ', ' || company
    WHEN 5 THEN 'Invoice INV-' || sctgen.dg(tag || 'i', i, 5) || ' charged VAT twice. Please credit and reissue.'
    WHEN 6 THEN 'Backorder on 2" ball valves for job ' || sctgen.dg(tag || 'j', i, 4) || ', need an ETA before Friday. Contact ' || first || ' ' || last || ' <' || email || '>.'
    WHEN 7 THEN 'Fall arrest harnesses from batch ' || sctgen.dg(tag || 'h', i, 6) || ' are past their inspection date. Please send certificates.'
    WHEN 8 THEN 'Delivery driver left the goods outside the gate at ' || company || ' overnight. ' || first || ' wants to know who signed for it; his mobile is ' || phone || '.'
    WHEN 9 THEN 'Portal login does not work for the new buyer, ' || first || ' ' || last || ' (' || email || '). Please reset.'
    WHEN 10 THEN 'Price on the web shop differs from our contract price for hi-vis vests (EN ISO 20471, class 2).'
    ELSE 'Requesting COSHH sheets for the degreaser and the cutting fluid ordered last month.' END
$$;

-- sig: an e-mail signature.
CREATE FUNCTION sctgen.sig(first text, last text, title text, company text, phone text, email text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT first || ' ' || last || E'\n' || coalesce(title || E'\n', '') || coalesce(company || E'\n', '') || 'T: ' || phone || E'\n' || email $$;

-- ---------------------------------------------------------------- users
CREATE TABLE users (
    id char(36) PRIMARY KEY, user_name varchar(60), user_hash varchar(255), authenticate_id varchar(100), first_name varchar(255), last_name varchar(255),
    is_admin smallint DEFAULT 0, description text, date_entered timestamp, date_modified timestamp, created_by char(36), title varchar(50), photo varchar(255),
    department varchar(50), phone_home varchar(50), phone_mobile varchar(50), phone_work varchar(50), phone_other varchar(50), phone_fax varchar(50), status varchar(100),
    address_street varchar(150), address_city varchar(100), address_state varchar(100), address_country varchar(100), address_postalcode varchar(20), deleted smallint DEFAULT 0,
    employee_status varchar(100), messenger_id varchar(100), messenger_type varchar(100), reports_to_id char(36)
);
INSERT INTO users
SELECT s.id,
       CASE WHEN s.i = 1 THEN 'admin' WHEN s.i = 46 THEN 'portal_api' WHEN s.i % 4 = 0 THEN s.email
            WHEN s.i % 3 = 0 THEN lower(substr(sctgen.asc(s.first), 1, 1) || sctgen.asc(s.last)) WHEN s.i % 3 = 1 THEN lower(sctgen.asc(s.first) || '.' || sctgen.asc(s.last))
            ELSE lower(sctgen.asc(s.first) || substr(sctgen.asc(s.last), 1, 1)) END,
       CASE WHEN s.i % 3 = 0 AND s.i > 2 THEN md5('pw' || s.i) ELSE '$2y' || '$10$' || fixture_gen.chars('uhash', s.i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END,
       CASE WHEN s.i % 4 = 0 AND s.i % 8 = 0 THEN fixture_gen.uuid('aadoid', s.i) WHEN s.i % 4 = 0 THEN s.email END,
       CASE WHEN s.i = 1 THEN NULL WHEN s.i = 46 THEN 'Portal' ELSE s.first END,
       CASE WHEN s.i = 1 THEN 'Administrator' WHEN s.i = 46 THEN 'API' ELSE s.last END,
       CASE WHEN s.i IN (1, 2, 7) THEN 1 ELSE 0 END,
       CASE WHEN s.i = 46 THEN 'API user for the customer portal (AOP). Do not delete or rename.'
            WHEN s.i % 9 = 3 THEN 'Covers the ' || s.city || ' warehouse on Saturdays. Private mobile ' || sctgen.phone('umob2', s.i, s.cc, s.area, 'm') || ' for emergencies only.'
            WHEN s.i % 9 = 5 THEN 'On parental leave until ' || to_char(date '2024-03-01' + (s.i * 11) % 200, 'DD/MM/YYYY') || '; accounts reassigned to ' || (SELECT t.first || ' ' || t.last FROM sctgen.staff t WHERE t.i = 3 + (s.i * 5) % 40) || '.'
            WHEN s.i % 9 = 7 THEN 'Forklift licence, first aider. Speaks ' || (ARRAY['Polish', 'Urdu', 'Spanish', 'Norwegian and Swedish'])[1 + s.i % 4] || '.'
            WHEN s.i % 9 = 8 THEN 'Key accounts: ' || (SELECT string_agg(co.name, ', ' ORDER BY co.i) FROM sctgen.co co WHERE co.i % 45 = s.i % 45) END,
       sctgen.ts('uent', s.i) - interval '1 year', sctgen.ts('uent', s.i) + make_interval(days => s.i * 3), '1',
       CASE s.i WHEN 1 THEN NULL WHEN 2 THEN 'Managing Director' WHEN 7 THEN 'CRM Administrator' WHEN 46 THEN NULL ELSE
         CASE s.cc WHEN 'NO' THEN fixture_gen.pick(ARRAY['Kundeansvarlig', 'Salgssjef', 'Lagerleder', 'Selger innesalg', 'Kundeservicemedarbeider', 'Økonomisjef'], 'utt', s.i)
              ELSE fixture_gen.pick(ARRAY['Key Account Manager', 'Sales Director', 'Internal Sales Executive', 'Customer Service Advisor', 'Warehouse Manager', 'Finance Controller',
                   'Technical Sales Engineer', 'Branch Manager', 'Marketing Coordinator', 'Credit Controller', 'Inside Sales Rep'], 'utt', s.i) END END,
       CASE WHEN s.i NOT IN (1, 46) AND s.i % 5 <> 2 THEN s.id || '_photo' END,
       CASE WHEN s.i IN (1, 46) THEN NULL WHEN s.i = 2 THEN 'Management' WHEN s.i = 7 THEN 'IT'
            WHEN s.cc = 'NO' THEN fixture_gen.pick(ARRAY['Salg', 'Kundeservice', 'Lager', 'Økonomi'], 'udp', s.i) ELSE fixture_gen.pick(ARRAY['Sales', 'Customer Service', 'Warehouse', 'Finance', 'Marketing'], 'udp', s.i) END,
       CASE WHEN s.i NOT IN (1, 46) AND s.i % 3 = 1 THEN sctgen.phone('uhome', s.i, s.cc, s.area, 'w') END,
       CASE WHEN s.i NOT IN (1, 46) THEN sctgen.phone('umob', s.i, s.cc, s.area, 'm') END,
       CASE WHEN s.i = 46 THEN NULL WHEN s.cc = 'GB' THEN '+44 113 496 0' || lpad((100 + s.i)::text, 3, '0') WHEN s.cc = 'NO' THEN '+47 32 20 45 ' || lpad(s.i::text, 2, '0') ELSE '(713) 555-01' || lpad((s.i % 100)::text, 2, '0') END,
       CASE WHEN s.i % 7 = 3 THEN sctgen.phone('uoth', s.i, s.cc, s.area, 'm') END,
       CASE WHEN s.i % 6 = 1 THEN CASE s.cc WHEN 'GB' THEN '+44 113 496 0999' WHEN 'NO' THEN '+47 32 20 45 99' ELSE '(713) 555-0199' END END,
       CASE WHEN s.i % 17 = 9 THEN 'Inactive' ELSE 'Active' END,
       CASE WHEN s.i NOT IN (1, 46) THEN sctgen.home('uhm', s.i, s.cc) END,
       CASE WHEN s.i NOT IN (1, 46) THEN s.city END,
       CASE WHEN s.i NOT IN (1, 46) THEN s.state END,
       CASE WHEN s.i NOT IN (1, 46) THEN sctgen.ctry('uct', s.i, s.cc) END,
       CASE WHEN s.i NOT IN (1, 46) THEN sctgen.postcode('upc', s.i, s.cc, s.pc) END,
       0,
       CASE WHEN s.i % 17 = 9 THEN 'Terminated' WHEN s.i % 9 = 5 THEN 'Leave of Absence' ELSE 'Active' END,
       CASE WHEN s.i IN (1, 46) THEN NULL WHEN s.i % 3 = 0 THEN 'live:.cid.' || sctgen.hx('usky', s.i, 16) WHEN s.i % 3 = 1 THEN s.email ELSE lower(sctgen.asc(s.first) || '.' || sctgen.asc(s.last)) || '.hvs' END,
       CASE WHEN s.i IN (1, 46) THEN NULL WHEN s.i % 3 = 1 THEN 'MSN' ELSE 'Skype' END,
       CASE WHEN s.i IN (1, 2, 46) THEN NULL WHEN s.i <= 6 THEN sctgen.id('usr', 2) ELSE sctgen.id('usr', 3 + s.i % 4) END
FROM sctgen.staff s ORDER BY s.i;

-- Preferences: one row a category, contents base64 of a serialized array; the
-- global one holds the timezone, the signature and the personal SMTP password.
CREATE TABLE user_preferences (
    id char(36) PRIMARY KEY, category varchar(50), deleted smallint DEFAULT 0, assigned_user_id char(36), contents text
);
INSERT INTO user_preferences
SELECT sctgen.id('upref' || c.cat, s.i), c.cat, 0, s.id,
       sctgen.b64(CASE c.cat
         WHEN 'global' THEN sctgen.pa(ARRAY['ut', '1', 'timezone', s.tz, 'currency', CASE s.cc WHEN 'GB' THEN '-99' WHEN 'NO' THEN sctgen.id('cur', 1) ELSE sctgen.id('cur', 2) END,
              'datef', CASE s.cc WHEN 'US' THEN 'm/d/Y' WHEN 'NO' THEN 'd.m.Y' ELSE 'd/m/Y' END, 'timef', CASE s.cc WHEN 'US' THEN 'h:ia' ELSE 'H:i' END,
              'num_grp_sep', CASE s.cc WHEN 'NO' THEN ' ' ELSE ',' END, 'dec_sep', CASE s.cc WHEN 'NO' THEN ',' ELSE '.' END, 'user_theme', 'SuiteP', 'email_link_type', 'sugar',
              'signature_default', sctgen.id('usig', s.i), 'mail_smtpserver', CASE WHEN s.i % 3 = 0 THEN 'smtp.office365.com' ELSE 'smtp.gmail.com' END,
              'mail_smtpuser', s.email, 'mail_smtppass', CASE WHEN s.i % 2 = 0 THEN sctgen.tok('upsm', s.i, 16) ELSE lower(sctgen.tok('upsa', s.i, 16)) END,
              'calendar_publish_key', sctgen.id('ucalk', s.i), 'reminder_time', '1800', 'signature_prepend', 'false'])
         WHEN 'Home' THEN 'a:2:{s:8:"dashlets";a:2:{s:36:"' || sctgen.id('dsh1', s.i) || '";a:3:{s:6:"module";s:5:"Calls";s:9:"className";s:14:"MyCallsDashlet";s:7:"options";a:0:{}}s:36:"'
              || sctgen.id('dsh2', s.i) || '";a:3:{s:6:"module";s:5:"Cases";s:9:"className";s:14:"MyCasesDashlet";s:7:"options";a:0:{}}}s:5:"pages";a:1:{i:0;a:2:{s:7:"columns";a:0:{}s:10:"numColumns";s:1:"2";}}}'
         WHEN 'ETag' THEN 'a:1:{s:12:"mainMenuETag";i:' || (2 + s.i % 9)::text || ';}'
         ELSE sctgen.pa(ARRAY['orderBy', (ARRAY['LAST_NAME', 'DATE_ENTERED', 'ACCOUNT_NAME'])[1 + s.i % 3], 'sortOrder', 'ASC', 'displayColumns', 'NAME|TITLE|ACCOUNT_NAME|EMAIL1|PHONE_WORK']) END)
FROM sctgen.staff s CROSS JOIN (VALUES ('global'), ('Home'), ('ETag'), ('Contacts2_CONTACT')) c(cat)
WHERE s.i <> 46 OR c.cat = 'global';

-- Password reset links: the id is the token in the e-mailed link.
CREATE TABLE users_password_link (
    id char(36) PRIMARY KEY, user_id char(36), username varchar(60), date_generated timestamp, deleted smallint DEFAULT 0
);
INSERT INTO users_password_link
SELECT sctgen.id('pwlink', k), s.id, u.user_name, sctgen.ts('pwl', k), CASE WHEN k % 3 = 0 THEN 0 ELSE 1 END
FROM generate_series(1, 16) k JOIN sctgen.staff s ON s.i = 3 + (k * 7) % 43 JOIN users u ON u.id = s.id;

-- E-mail signatures of the staff.
CREATE TABLE users_signatures (
    id char(36) PRIMARY KEY, user_id char(36), name varchar(255), signature text, signature_html text, deleted smallint DEFAULT 0
);
INSERT INTO users_signatures
SELECT sctgen.id(CASE v.n WHEN 1 THEN 'usig' ELSE 'usig2' END, s.i), s.id, CASE WHEN v.n = 1 THEN 'Default' ELSE (ARRAY['Short', 'Norsk', 'Out of office'])[1 + s.i % 3] END,
       CASE WHEN v.n = 2 AND s.i % 3 = 2 THEN 'I am out of the office until Monday. For urgent orders please call ' || CASE s.cc WHEN 'GB' THEN '+44 113 496 0500' WHEN 'NO' THEN '+47 32 20 45 00' ELSE '(713) 555-0140' END || '.'
            ELSE s.first || ' ' || s.last || E'\n' || coalesce(u.title, '') || E'\nHalvorsen Industrial Supply' || CASE s.cc WHEN 'NO' THEN ' AS' WHEN 'GB' THEN ' Ltd' ELSE ' Inc.' END
              || E'\nM: ' || u.phone_mobile || E'\nT: ' || u.phone_work || E'\n' || s.email END,
       CASE WHEN v.n = 2 AND s.i % 3 = 2 THEN '<p>I am out of the office until Monday.</p>'
            ELSE '<p><strong>' || s.first || ' ' || s.last || '</strong><br>' || coalesce(u.title, '') || '<br>Halvorsen Industrial Supply<br>M: <a href="tel:' || replace(u.phone_mobile, ' ', '') || '">'
              || u.phone_mobile || '</a><br><a href="mailto:' || s.email || '">' || s.email || '</a></p>' END,
       0
FROM sctgen.staff s JOIN users u ON u.id = s.id CROSS JOIN (VALUES (1), (2)) v(n)
WHERE s.i BETWEEN 2 AND 45 AND (v.n = 1 OR s.i % 4 = 1);

-- ---------------------------------------------------------------- accounts
CREATE TABLE sctgen.geo (city text PRIMARY KEY, lat numeric, lng numeric);
INSERT INTO sctgen.geo VALUES
 ('Leeds', 53.7997, -1.5492), ('Bradford', 53.7960, -1.7594), ('Sheffield', 53.3811, -1.4701), ('Hull', 53.7676, -0.3274), ('Manchester', 53.4808, -2.2426),
 ('Newcastle upon Tyne', 54.9783, -1.6178), ('Aberdeen', 57.1497, -2.0943), ('Middlesbrough', 54.5742, -1.2350), ('Doncaster', 53.5228, -1.1285), ('Wakefield', 53.6833, -1.4977),
 ('Oslo', 59.9139, 10.7522), ('Drammen', 59.7439, 10.2045), ('Bergen', 60.3913, 5.3221), ('Stavanger', 58.9700, 5.7331), ('Trondheim', 63.4305, 10.3951),
 ('Kristiansand', 58.1599, 8.0182), ('Sandnes', 58.8517, 5.7360), ('Kongsberg', 59.6689, 9.6502), ('Tønsberg', 59.2676, 10.4076), ('Ålesund', 62.4722, 6.1495),
 ('Houston', 29.7604, -95.3698), ('Pasadena', 29.6911, -95.2091), ('Baton Rouge', 30.4515, -91.1871), ('Lafayette', 30.2241, -92.0198), ('Tulsa', 36.1540, -95.9928),
 ('Corpus Christi', 27.8006, -97.3964), ('Beaumont', 30.0802, -94.1266), ('Pittsburgh', 40.4406, -79.9959), ('Midland', 31.9973, -102.0779), ('Lake Charles', 30.2266, -93.2174);

CREATE TABLE accounts (
    id char(36) PRIMARY KEY, name varchar(150), date_entered timestamp, date_modified timestamp, modified_user_id char(36), created_by char(36), description text,
    deleted smallint DEFAULT 0, assigned_user_id char(36), account_type varchar(50), industry varchar(50), annual_revenue varchar(100), phone_fax varchar(100),
    billing_address_street varchar(150), billing_address_city varchar(100), billing_address_state varchar(100), billing_address_postalcode varchar(20),
    billing_address_country varchar(255), phone_office varchar(100), website varchar(255), ownership varchar(100), shipping_address_street varchar(150),
    shipping_address_city varchar(100), shipping_address_country varchar(255), parent_id char(36), sic_code varchar(10)
);
INSERT INTO accounts
SELECT co.id, co.name, sctgen.ts('aent', co.i) - interval '2 years', sctgen.ts('amod', co.i), sctgen.id('usr', 3 + co.i % 43), sctgen.id('usr', 3 + (co.i * 3) % 43),
       CASE co.i % 6
         WHEN 0 THEN NULL
         WHEN 1 THEN CASE co.cc WHEN 'NO' THEN 'Levering til anlegg: ring ' || p.first || ' på ' || p.mobile || ' når sjåføren er 10 min unna.'
                     ELSE 'Buyer ' || p.first || ' ' || p.last || ' wants deliveries before 10:00; ring ' || p.mobile || ' from the gate.' END
         WHEN 2 THEN 'Framework customer since 2019. Tender renewal due in Q3, rebate 4% on PPE lines.'
         WHEN 3 THEN CASE WHEN co.sole THEN 'Trades from home. Card payments only after the 2022 bounced cheque.' ELSE 'Credit stop lifted ' || to_char(sctgen.ts('acs', co.i), 'DD Mon YYYY') || ' after call with ' || p.first || ' ' || p.last || ' (finance).' END
         WHEN 4 THEN 'Uses the web shop for consumables, quotes for racking and lifting gear.'
         ELSE 'Site access needs CSCS card. Gatehouse ' || sctgen.phone('agate', co.i, co.cc, co.area, 'w') || '.' END,
       0, sctgen.id('usr', 3 + co.i % 43),
       CASE WHEN co.i % 23 = 5 THEN 'Reseller' WHEN co.i % 29 = 7 THEN 'Prospect' WHEN co.i % 31 = 11 THEN 'Partner' ELSE 'Customer' END,
       fixture_gen.pick(ARRAY['Construction', 'Engineering', 'Energy', 'Manufacturing', 'Transportation', 'Utilities', 'Other'], 'aind', co.i),
       CASE WHEN co.sole THEN NULL WHEN co.cc = 'GB' THEN '£' || (1 + fixture_gen.n('arev', co.i, 40))::text || '.' || (co.i % 10)::text || 'm'
            WHEN co.cc = 'NO' THEN 'NOK ' || (20 + fixture_gen.n('arev', co.i, 600))::text || ' mill.' ELSE '$' || (2 + fixture_gen.n('arev', co.i, 90))::text || 'M' END,
       CASE WHEN NOT co.sole AND co.i % 3 = 0 THEN sctgen.phone('afax', co.i, co.cc, co.area, 'f') END,
       CASE WHEN co.sole THEN sctgen.home('phm', co.i, co.cc) ELSE sctgen.biz('abs', co.i, co.cc) END, co.city, co.state,
       sctgen.postcode('apc', co.i, co.cc, co.pc), sctgen.ctry('act', co.i, co.cc),
       CASE WHEN co.sole THEN p.mobile ELSE sctgen.phone('aoff', co.i, co.cc, co.area, 'w') END,
       CASE WHEN co.sole THEN NULL WHEN co.i % 2 = 0 THEN 'www.' || co.domain ELSE 'https://' || co.domain END,
       CASE WHEN co.sole THEN 'Sole Trader' ELSE fixture_gen.pick(ARRAY['Private', 'Private', 'Public', 'Subsidiary'], 'aown', co.i) END,
       CASE WHEN co.i % 5 IN (1, 2) THEN sctgen.biz('ash', co.i, co.cc) END,
       CASE WHEN co.i % 5 IN (1, 2) THEN (SELECT pl.city FROM sctgen.place pl WHERE pl.cc = co.cc AND pl.k = (co.k + 3) % 10) END,
       CASE WHEN co.i % 5 IN (1, 2) THEN sctgen.ctry('asct', co.i, co.cc) END,
       CASE WHEN co.i % 17 = 3 AND NOT co.sole THEN sctgen.id('acc', 1 + (co.i + 20) % 130) END,
       CASE co.cc WHEN 'GB' THEN fixture_gen.pick(ARRAY['43220', '25110', '41201', '49410', '43999', '33120', '46690'], 'asic', co.i)
                  WHEN 'NO' THEN fixture_gen.pick(ARRAY['43.220', '25.110', '41.200', '49.410', '33.150', '09.101'], 'asic', co.i)
                  ELSE fixture_gen.pick(ARRAY['238220', '332312', '213112', '237120', '423840', '811310'], 'asic', co.i) END
FROM sctgen.co co JOIN sctgen.p p ON p.i = co.i
ORDER BY co.i;

-- Studio's custom fields: VAT number, IBAN, credit limit, the jjwg_maps geocode of the billing address.
CREATE TABLE accounts_cstm (
    id_c char(36) PRIMARY KEY, vat_number_c varchar(40), iban_c varchar(40), credit_limit_c numeric(26,6), jjwg_maps_lat_c numeric(10,8), jjwg_maps_lng_c numeric(11,8)
);
INSERT INTO accounts_cstm
SELECT co.id,
       CASE co.cc WHEN 'GB' THEN CASE WHEN co.i % 2 = 0 THEN 'GB' || v.gb ELSE 'GB ' || substr(v.gb, 1, 3) || ' ' || substr(v.gb, 4, 4) || ' ' || substr(v.gb, 8, 2) END
                  WHEN 'NO' THEN CASE WHEN v.no IS NULL THEN NULL WHEN co.i % 2 = 0 THEN 'NO' || v.no || 'MVA' ELSE 'NO ' || substr(v.no, 1, 3) || ' ' || substr(v.no, 4, 3) || ' ' || substr(v.no, 7, 3) || ' MVA' END
                  ELSE CASE WHEN co.i % 3 = 0 THEN (10 + fixture_gen.n('aein', co.i, 89))::text || '-' || sctgen.dg('aein', co.i, 7) END END,
       CASE WHEN co.i % 4 = 3 THEN NULL
            WHEN co.cc = 'GB' THEN fixture_gen.iban('GB', (ARRAY['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'])[1 + co.i % 5] || sctgen.dg('aiban', co.i, 14))
            WHEN co.cc = 'NO' THEN fixture_gen.iban('NO', sctgen.dg('aiban', co.i, 11)) END,
       (5 + fixture_gen.n('acl', co.i, 20)) * 2500,
       CASE WHEN co.i % 7 <> 6 THEN round(g.lat + (fixture_gen.n('alat', co.i, 2000) - 1000) / 40000.0, 7) END,
       CASE WHEN co.i % 7 <> 6 THEN round(g.lng + (fixture_gen.n('alng', co.i, 2000) - 1000) / 30000.0, 7) END
FROM sctgen.co co JOIN sctgen.geo g ON g.city = co.city
CROSS JOIN LATERAL (SELECT sctgen.gbvat('avat', co.i) AS gb, sctgen.norg('avat', co.i) AS no) v
ORDER BY co.i;

-- Contacts of accounts: the first of a sole trader's is the owner.
CREATE TABLE contacts (
    id char(36) PRIMARY KEY, date_entered timestamp, date_modified timestamp, created_by char(36), description text, deleted smallint DEFAULT 0, assigned_user_id char(36),
    salutation varchar(255), first_name varchar(100), last_name varchar(100), title varchar(100), department varchar(255), do_not_call smallint DEFAULT 0,
    phone_home varchar(100), phone_mobile varchar(100), phone_work varchar(100), phone_fax varchar(100), lawful_basis text,
    primary_address_street varchar(150), primary_address_city varchar(100), primary_address_state varchar(100), primary_address_postalcode varchar(20),
    primary_address_country varchar(255), alt_address_street varchar(150), alt_address_city varchar(100), alt_address_country varchar(255),
    assistant varchar(75), assistant_phone varchar(100), lead_source varchar(255), reports_to_id char(36), birthdate date
);
INSERT INTO contacts
SELECT p.id, sctgen.ts('cent', p.i) - interval '1 year', sctgen.ts('cmod', p.i), sctgen.id('usr', 3 + p.i % 43),
       CASE p.i % 8
         WHEN 0 THEN 'Met at the Harrogate PPE show. Keen golfer, two kids at school in ' || p.city || '.'
         WHEN 1 THEN 'Prefers WhatsApp on ' || p.mobile || ' rather than e-mail.'
         WHEN 2 THEN NULL
         WHEN 3 THEN 'Approves all orders over ' || CASE p.cc WHEN 'NO' THEN 'NOK 50 000' WHEN 'GB' THEN '£5,000' ELSE '$7,500' END || '.'
         WHEN 4 THEN CASE WHEN p.i % 16 = 4 THEN 'Back from sick leave (knee surgery) in ' || to_char(sctgen.ts('csick', p.i), 'FMMonth') || ', light duties only.' ELSE 'Previously buyer at ' || (SELECT co.name FROM sctgen.co co WHERE co.i = 1 + (p.i * 13) % 130) || '.' END
         WHEN 5 THEN NULL
         WHEN 6 THEN 'Invoices to be addressed to ' || p.first || ' personally, not to accounts payable.'
         ELSE 'Do not send catalogues by post.' END,
       CASE WHEN p.i % 97 = 13 THEN 1 ELSE 0 END, sctgen.id('usr', 3 + (p.ci * 7) % 43),
       CASE WHEN p.i % 5 = 0 THEN NULL WHEN p.sex = 'F' THEN fixture_gen.pick(ARRAY['Ms.', 'Mrs.', 'Ms.', 'Dr.'], 'csal', p.i) ELSE fixture_gen.pick(ARRAY['Mr.', 'Mr.', 'Mr.', 'Dr.'], 'csal', p.i) END,
       p.first, p.last, p.title, p.dept, CASE WHEN p.i % 19 = 4 THEN 1 ELSE 0 END,
       CASE WHEN p.i % 5 = 2 THEN sctgen.phone('chome', p.i, p.cc, p.area, 'w') END,
       CASE WHEN p.i % 9 <> 8 THEN p.mobile END,
       CASE WHEN p.sole THEN NULL ELSE p.work END,
       CASE WHEN p.i % 13 = 6 AND NOT p.sole THEN sctgen.phone('cfax', p.ci, p.cc, p.area, 'f') END,
       CASE p.i % 4 WHEN 0 THEN '^consent^' WHEN 1 THEN '^legitimate_interest^' WHEN 2 THEN '^consent^,^legitimate_interest^' ELSE NULL END,
       CASE WHEN p.i % 5 < 3 THEN sctgen.biz('abs', p.ci, p.cc) ELSE p.street END,
       CASE WHEN p.i % 5 < 3 THEN co.city ELSE p.city END,
       CASE WHEN p.i % 5 < 3 THEN co.state ELSE p.state END,
       CASE WHEN p.i % 5 < 3 THEN sctgen.postcode('apc', p.ci, p.cc, co.pc) ELSE p.postcode END,
       p.ctry,
       CASE WHEN p.i % 5 = 1 THEN p.street END, CASE WHEN p.i % 5 = 1 THEN p.city END, CASE WHEN p.i % 5 = 1 THEN p.ctry END,
       CASE WHEN p.i % 10 = 7 THEN sctgen.fname('casf', p.i, p.cc, 'F') || ' ' || sctgen.lname('casl', p.i, p.cc) END,
       CASE WHEN p.i % 10 = 7 THEN sctgen.phone('casp', p.i, p.cc, p.area, 'w') END,
       fixture_gen.pick(ARRAY['Trade Show', 'Web Site', 'Existing Customer', 'Cold Call', 'Email', 'Word of mouth', 'Campaign'], 'clsrc', p.i),
       CASE WHEN p.i > 130 AND p.i % 3 = 0 THEN sctgen.id('con', p.ci) END,
       CASE WHEN p.i % 5 IN (0, 3) THEN p.birth END
FROM sctgen.p p JOIN sctgen.co co ON co.i = p.ci
WHERE p.role = 'contact' ORDER BY p.i;

CREATE TABLE contacts_cstm (
    id_c char(36) PRIMARY KEY, linkedin_c varchar(255), dietary_requirements_c varchar(255), jjwg_maps_lat_c numeric(10,8), jjwg_maps_lng_c numeric(11,8)
);
INSERT INTO contacts_cstm
SELECT p.id,
       CASE WHEN p.i % 3 = 0 THEN 'https://www.linkedin.com/in/' || lower(sctgen.asc(p.first)) || '-' || lower(sctgen.asc(p.last)) || CASE WHEN p.i % 2 = 0 THEN '-' || sctgen.hx('cli', p.i, 8) ELSE '' END END,
       CASE WHEN p.i % 7 = 2 THEN fixture_gen.pick(ARRAY['Vegetarian', 'Coeliac - gluten free', 'Nut allergy (severe, carries EpiPen)', 'Halal', 'Vegan', 'Lactose intolerant', 'Type 1 diabetic'], 'cdiet', p.i) END,
       CASE WHEN p.i % 4 <> 3 THEN round(g.lat + (fixture_gen.n('clat', p.i, 2000) - 1000) / 40000.0, 7) END,
       CASE WHEN p.i % 4 <> 3 THEN round(g.lng + (fixture_gen.n('clng', p.i, 2000) - 1000) / 30000.0, 7) END
FROM sctgen.p p JOIN contacts c ON c.id = p.id JOIN sctgen.geo g ON g.city = c.primary_address_city
ORDER BY p.i;

CREATE TABLE accounts_contacts (
    id char(36) PRIMARY KEY, contact_id char(36), account_id char(36), date_modified timestamp, deleted smallint DEFAULT 0
);
INSERT INTO accounts_contacts
SELECT sctgen.id('acco', p.i), p.id, sctgen.id('acc', p.ci), sctgen.ts('cent', p.i), CASE WHEN p.i % 41 = 0 THEN 1 ELSE 0 END
FROM sctgen.p p WHERE p.role = 'contact' ORDER BY p.i;

-- Audit trails: the value before and after each change of an audited field.
CREATE TABLE accounts_audit (
    id char(36) PRIMARY KEY, parent_id char(36) NOT NULL, date_created timestamp, created_by varchar(36), field_name varchar(100), data_type varchar(100),
    before_value_string varchar(255), after_value_string varchar(255), before_value_text text, after_value_text text
);
INSERT INTO accounts_audit
SELECT sctgen.id('aaud', r), co.id, sctgen.ts('aaud', r), sctgen.id('usr', 3 + r % 43), f.field, f.dtype,
       CASE f.field
         WHEN 'phone_office' THEN sctgen.phone('aoffold', r, co.cc, co.area, 'w')
         WHEN 'phone_fax' THEN sctgen.phone('afaxold', r, co.cc, co.area, 'f')
         WHEN 'name' THEN CASE WHEN co.sole THEN co.first || ' ' || co.last ELSE regexp_replace(co.name, ' (Ltd|AS|LLC|Inc\.)$', '') END
         WHEN 'account_type' THEN (ARRAY['Prospect', 'Customer', 'Prospect', 'Reseller'])[1 + r % 4]
         WHEN 'assigned_user_id' THEN sctgen.id('usr', 3 + (r * 5) % 43)
         WHEN 'billing_address_street' THEN sctgen.biz('aold', r, co.cc)
         WHEN 'email1' THEN lower(sctgen.asc(p.first)) || '@' || coalesce(co.domain, 'gmail.com')
         WHEN 'vat_number_c' THEN NULL
         END,
       CASE f.field
         WHEN 'phone_office' THEN sctgen.phone('aoff', co.i, co.cc, co.area, 'w')
         WHEN 'phone_fax' THEN NULL
         WHEN 'name' THEN co.name
         WHEN 'account_type' THEN (ARRAY['Customer', 'Customer', 'Customer', 'Partner'])[1 + r % 4]
         WHEN 'assigned_user_id' THEN sctgen.id('usr', 3 + co.i % 43)
         WHEN 'billing_address_street' THEN sctgen.biz('abs', co.i, co.cc)
         WHEN 'email1' THEN CASE WHEN co.domain IS NULL THEN p.email ELSE 'orders@' || co.domain END
         WHEN 'vat_number_c' THEN CASE co.cc WHEN 'GB' THEN 'GB' || sctgen.gbvat('avat', co.i) WHEN 'NO' THEN 'NO' || coalesce(sctgen.norg('avat', co.i), sctgen.norg('avat2', co.i), '') || 'MVA' END
         END,
       CASE WHEN f.field = 'description' THEN CASE WHEN r % 2 = 0 THEN 'Buyer ' || p.first || ' ' || p.last || ', mobile ' || p.mobile || '.' ELSE 'Net 30. Statements to accounts payable.' END END,
       CASE WHEN f.field = 'description' THEN a.description END
FROM generate_series(1, 180) r
JOIN sctgen.co co ON co.i = 1 + (r * 29) % 130
JOIN sctgen.p p ON p.i = co.i
JOIN accounts a ON a.id = co.id
CROSS JOIN LATERAL (SELECT (ARRAY['phone_office', 'phone_fax', 'name', 'account_type', 'assigned_user_id', 'assigned_user_id', 'billing_address_street', 'email1', 'vat_number_c', 'description', 'account_type', 'phone_office'])[1 + r % 12] AS field) f0
CROSS JOIN LATERAL (SELECT f0.field, CASE f0.field WHEN 'phone_office' THEN 'phone' WHEN 'phone_fax' THEN 'phone' WHEN 'account_type' THEN 'enum' WHEN 'assigned_user_id' THEN 'relate'
    WHEN 'email1' THEN 'email' WHEN 'description' THEN 'text' ELSE 'varchar' END AS dtype) f
ORDER BY r;

CREATE TABLE contacts_audit (
    id char(36) PRIMARY KEY, parent_id char(36) NOT NULL, date_created timestamp, created_by varchar(36), field_name varchar(100), data_type varchar(100),
    before_value_string varchar(255), after_value_string varchar(255), before_value_text text, after_value_text text
);
INSERT INTO contacts_audit
SELECT sctgen.id('caud', r), p.id, sctgen.ts('caud', r), sctgen.id('usr', 3 + r % 43), f.field, f.dtype,
       CASE f.field
         WHEN 'phone_mobile' THEN sctgen.phone('cmobold', r, p.cc, p.area, 'm')
         WHEN 'phone_work' THEN sctgen.phone('cwkold', r, p.cc, p.area, 'w')
         WHEN 'last_name' THEN sctgen.lname('clnold', r, p.cc)
         WHEN 'title' THEN (ARRAY['Buyer', 'Assistant Buyer', 'Site Supervisor', 'Innkjøper'])[1 + r % 4]
         WHEN 'primary_address_street' THEN sctgen.home('cstold', r, p.cc)
         WHEN 'email1' THEN lower(sctgen.asc(p.first)) || '.' || lower(sctgen.asc(p.last)) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'hotmail.com', 'online.no'], 'cemo', r)
         WHEN 'do_not_call' THEN '0'
         WHEN 'lawful_basis' THEN NULL
         WHEN 'birthdate' THEN NULL
         WHEN 'assigned_user_id' THEN sctgen.id('usr', 3 + (r * 5) % 43)
         END,
       CASE f.field
         WHEN 'phone_mobile' THEN p.mobile
         WHEN 'phone_work' THEN p.work
         WHEN 'last_name' THEN p.last
         WHEN 'title' THEN p.title
         WHEN 'primary_address_street' THEN p.street
         WHEN 'email1' THEN p.email
         WHEN 'do_not_call' THEN '1'
         WHEN 'lawful_basis' THEN '^consent^'
         WHEN 'birthdate' THEN p.birth::text
         WHEN 'assigned_user_id' THEN sctgen.id('usr', 3 + (p.ci * 7) % 43)
         END,
       CASE WHEN f.field = 'description' THEN CASE WHEN r % 3 = 0 THEN NULL ELSE 'Call ' || p.first || ' on ' || sctgen.phone('cdold', r, p.cc, p.area, 'm') || ' after 3pm.' END END,
       CASE WHEN f.field = 'description' THEN coalesce(c.description, 'Moved to head office.') END
FROM generate_series(1, 240) r
JOIN sctgen.p p ON p.i = 1 + (r * 53) % 420
JOIN contacts c ON c.id = p.id
CROSS JOIN LATERAL (SELECT (ARRAY['phone_mobile', 'phone_work', 'last_name', 'title', 'primary_address_street', 'email1', 'do_not_call', 'lawful_basis', 'birthdate',
    'assigned_user_id', 'description', 'phone_mobile', 'assigned_user_id'])[1 + r % 13] AS field) f0
CROSS JOIN LATERAL (SELECT f0.field, CASE f0.field WHEN 'phone_mobile' THEN 'phone' WHEN 'phone_work' THEN 'phone' WHEN 'do_not_call' THEN 'bool' WHEN 'lawful_basis' THEN 'multienum'
    WHEN 'birthdate' THEN 'date' WHEN 'assigned_user_id' THEN 'relate' WHEN 'email1' THEN 'email' WHEN 'description' THEN 'text' ELSE 'varchar' END AS dtype) f
ORDER BY r;

-- ---------------------------------------------------------------- leads, opportunities, targets
CREATE TABLE campaigns (
    id char(36) PRIMARY KEY, tracker_key serial, name varchar(255), start_date date, end_date date, status varchar(100), campaign_type varchar(100),
    content text, deleted smallint DEFAULT 0, date_entered timestamp
);
INSERT INTO campaigns (id, name, start_date, end_date, status, campaign_type, content, deleted, date_entered)
SELECT sctgen.id('camp', v.k), v.name, date '2022-01-10' + v.k * 63, date '2022-01-10' + v.k * 63 + 30 + v.k % 20, CASE WHEN v.k < 12 THEN 'Inactive' ELSE 'Active' END, v.typ, v.content, 0,
       timestamp '2022-01-03 09:00:00' + make_interval(days => v.k * 63, mins => v.k * 17)
FROM (VALUES
  (1, 'Winter PPE 2022', 'NewsLetter', 'Thermal gloves, insulated boots and hi-vis parkas at 2021 prices until the end of January.'),
  (2, 'Harrogate PPE Show 2022', 'Telesales', 'Follow-up calls to badge scans from stand B14.'),
  (3, 'Spring racking inspection offer', 'Email', 'Book your annual SEMA racking inspection in March or April and get 15% off repairs.'),
  (4, 'Nyhetsbrev mars 2022', 'NewsLetter', 'Nye vernesko fra Sievi og Jalas, og gratis frakt over 5 000 kr.'),
  (5, 'Gulf Coast turnaround season', 'Email', 'Valves, gaskets and fall protection shipped same day from our Houston warehouse.'),
  (6, 'Webinar: EN ISO 20345 changes', 'Web', 'What the 2022 revision of the safety footwear standard means for your buyers.'),
  (7, 'Lapsed customers 2022', 'Email', 'We miss you: 10% off your next order with code COMEBACK10.'),
  (8, 'Drammen open day 2023', 'Radio', 'Open day at the Drammen branch with suppliers'' demo vans and hot dogs.'),
  (9, 'Winter PPE 2023', 'NewsLetter', 'Thermal gloves, insulated boots and hi-vis parkas, new colours.'),
  (10, 'Offshore Norway buyers Q3', 'Email', 'NORSOK-approved workwear and gas detection for platform crews.'),
  (11, 'Harrogate PPE Show 2023', 'Telesales', 'Follow-up calls to badge scans from stand C02.'),
  (12, 'Spill kits awareness week', 'Email', 'Is your site ready for a spill? Kits from 20 to 1,000 litres.'),
  (13, 'Nyhetsbrev januar 2024', 'NewsLetter', 'Vinterkampanje på hansker og isbrodder.'),
  (14, 'Welding consumables 2024', 'Email', 'MIG wire, rods and PPE for welders, volume pricing by the pallet.')) v(k, name, typ, content)
ORDER BY v.k;

CREATE TABLE leads (
    id char(36) PRIMARY KEY, date_entered timestamp, created_by char(36), description text, deleted smallint DEFAULT 0, assigned_user_id char(36),
    salutation varchar(255), first_name varchar(100), last_name varchar(100), title varchar(100), phone_mobile varchar(100), phone_work varchar(100),
    primary_address_street varchar(150), primary_address_city varchar(100), primary_address_postalcode varchar(20), primary_address_country varchar(255),
    converted smallint DEFAULT 0, refered_by varchar(100), lead_source varchar(100), status varchar(100), account_name varchar(255), account_id char(36),
    campaign_id char(36), birthdate date, portal_name varchar(255), website varchar(255), webtolead_email1 varchar(100)
);
INSERT INTO leads
SELECT p.id, sctgen.ts('lent', p.i), CASE WHEN src.s = 'Web Site' THEN sctgen.id('usr', 46) ELSE sctgen.id('usr', 3 + p.i % 43) END,
       CASE p.i % 7
         WHEN 0 THEN 'Looking for ' || (50 + p.i % 300)::text || ' pairs of S3 safety boots for our new site in ' || p.city || '. Please call ' || p.first || ' on ' || p.mobile || '.'
         WHEN 1 THEN 'Need a quote for pallet racking, ' || (10 + p.i % 60)::text || ' bays, and an installer.'
         WHEN 2 THEN NULL
         WHEN 3 THEN 'Vi trenger tilbud på arbeidsklær med logo til 35 ansatte. Kontakt meg på ' || p.email || ' eller ' || p.mobile || '.'
         WHEN 4 THEN 'Met at the stand. Currently buying from a competitor, contract ends in ' || to_char(sctgen.ts('lce', p.i), 'FMMonth YYYY') || '.'
         WHEN 5 THEN 'Asked for a catalogue and the trade price list.'
         ELSE 'Referred by ' || sctgen.fname('lref', p.i, p.cc, 'M') || ' ' || sctgen.lname('lrefl', p.i, p.cc) || '. Wants gas detectors hired for a shutdown.' END,
       0, sctgen.id('usr', 3 + (p.i * 3) % 43),
       CASE WHEN p.i % 4 = 0 THEN NULL WHEN p.sex = 'F' THEN fixture_gen.pick(ARRAY['Ms.', 'Mrs.'], 'lsal', p.i) ELSE 'Mr.' END,
       p.first, p.last, CASE WHEN p.i % 6 = 0 THEN NULL ELSE p.title END, p.mobile, CASE WHEN p.i % 3 = 0 THEN NULL ELSE p.work END,
       CASE WHEN p.i % 3 = 1 THEN NULL WHEN p.employer IS NULL THEN p.street ELSE sctgen.biz('lbs', p.i, p.cc) END,
       p.city, CASE WHEN p.i % 3 = 1 THEN NULL ELSE p.postcode END, p.ctry,
       CASE WHEN st.s = 'Converted' THEN 1 ELSE 0 END,
       CASE WHEN p.i % 6 = 0 THEN sctgen.fname('lref', p.i, p.cc, 'M') || ' ' || sctgen.lname('lrefl', p.i, p.cc) || CASE WHEN p.i % 12 = 0 THEN ' (' || (SELECT co.name FROM sctgen.co co WHERE co.i = 1 + p.i % 130) || ')' ELSE '' END
            WHEN p.i % 17 = 5 THEN 'Gareth at Pennine' END,
       src.s, st.s, p.employer,
       CASE WHEN st.s = 'Converted' THEN sctgen.id('acc', 1 + (p.i * 11) % 130) END,
       CASE WHEN p.i % 3 = 0 THEN sctgen.id('camp', 1 + p.i % 14) END,
       CASE WHEN p.i % 19 = 3 THEN p.birth END,
       CASE WHEN p.i % 7 = 4 THEN CASE WHEN p.i % 2 = 0 THEN p.email ELSE lower(sctgen.asc(p.first)) || '.' || lower(sctgen.asc(p.last)) END END,
       (SELECT 'www.' || co.domain FROM sctgen.co co WHERE co.name = p.employer AND co.domain IS NOT NULL),
       CASE WHEN src.s = 'Web Site' THEN p.email END
FROM sctgen.p p
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Web Site', 'Web Site', 'Trade Show', 'Cold Call', 'Email', 'Word of mouth', 'Partner'], 'lsrc', p.i) AS s) src
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['New', 'Assigned', 'In Process', 'Converted', 'Recycled', 'Dead', 'New'], 'lst', p.i) AS s) st
WHERE p.role = 'lead' ORDER BY p.i;

CREATE TABLE opportunities (
    id char(36) PRIMARY KEY, name varchar(50), date_entered timestamp, deleted smallint DEFAULT 0, assigned_user_id char(36), lead_source varchar(50),
    amount numeric(26,6), currency_id char(36), date_closed date, next_step varchar(100), sales_stage varchar(255), probability double precision
);
INSERT INTO opportunities
SELECT sctgen.id('opp', r),
       fixture_gen.pick(ARRAY['PPE framework', 'Pallet racking 40 bays', 'Gas detector calibration', 'Fall-arrest kit for scaffolders', 'Valve & fittings restock',
         'Forklift batteries x6', 'Hi-vis with logo print', 'Spill kits for all depots', 'Hand tools tender', 'Workwear lease renewal', 'Mezzanine floor', 'Welding PPE'], 'onm', r)
         || ' ' || (2022 + r % 3)::text,
       sctgen.ts('oent', r), 0, sctgen.id('usr', 3 + (co.i * 7) % 43),
       fixture_gen.pick(ARRAY['Existing Customer', 'Trade Show', 'Web Site', 'Cold Call', 'Partner'], 'olsrc', r),
       (1 + fixture_gen.n('oamt', r, 400)) * 250, CASE co.cc WHEN 'GB' THEN '-99' WHEN 'NO' THEN sctgen.id('cur', 1) ELSE sctgen.id('cur', 2) END,
       date '2022-02-01' + fixture_gen.n('ocl', r, 1000),
       CASE r % 6 WHEN 0 THEN 'Send revised quote' WHEN 1 THEN 'Call ' || p.first || ' on ' || p.mobile || ' after their board meeting'
            WHEN 2 THEN 'Site survey with ' || p.first || ' ' || p.last WHEN 3 THEN NULL WHEN 4 THEN 'Waiting for PO' ELSE 'Demo van visit, ask for ' || p.first END,
       st.s, CASE st.s WHEN 'Prospecting' THEN 10 WHEN 'Qualification' THEN 20 WHEN 'Proposal/Price Quote' THEN 65 WHEN 'Negotiation/Review' THEN 80 WHEN 'Closed Won' THEN 100 ELSE 0 END
FROM generate_series(1, 90) r
JOIN sctgen.co co ON co.i = 1 + (r * 17) % 130
JOIN sctgen.p p ON p.i = co.i + 130 * (r % 3)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Prospecting', 'Qualification', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Won', 'Closed Lost'], 'ost', r) AS s) st
ORDER BY r;

CREATE TABLE accounts_opportunities (
    id char(36) PRIMARY KEY, opportunity_id char(36), account_id char(36), date_modified timestamp, deleted smallint DEFAULT 0
);
INSERT INTO accounts_opportunities
SELECT sctgen.id('acop', k), sctgen.id('opp', k), sctgen.id('acc', 1 + (k * 17) % 130), sctgen.ts('oent', k), 0 FROM generate_series(1, 90) k;

-- Targets: trade-show badge scans and bought-in lists.
CREATE TABLE prospects (
    id char(36) PRIMARY KEY, date_entered timestamp, deleted smallint DEFAULT 0, assigned_user_id char(36), salutation varchar(255), first_name varchar(100),
    last_name varchar(100), title varchar(100), phone_work varchar(100), primary_address_street varchar(150), primary_address_city varchar(100),
    primary_address_country varchar(255), tracker_key serial, birthdate date, account_name varchar(150), do_not_call smallint DEFAULT 0
);
INSERT INTO prospects (id, date_entered, deleted, assigned_user_id, salutation, first_name, last_name, title, phone_work, primary_address_street, primary_address_city,
    primary_address_country, birthdate, account_name, do_not_call)
SELECT p.id, sctgen.ts('prent', p.i), 0, sctgen.id('usr', 3 + p.i % 43),
       CASE WHEN p.i % 3 = 0 THEN NULL WHEN p.sex = 'F' THEN 'Ms.' ELSE 'Mr.' END,
       p.first, p.last, p.title, p.work, CASE WHEN p.i % 4 = 0 THEN NULL ELSE sctgen.biz('prbs', p.i, p.cc) END, p.city, p.ctry,
       CASE WHEN p.i % 23 = 1 THEN p.birth END, p.employer, CASE WHEN p.i % 15 = 2 THEN 1 ELSE 0 END
FROM sctgen.p p WHERE p.role = 'prospect' ORDER BY p.i;

CREATE TABLE prospect_lists (
    id char(36) PRIMARY KEY, name varchar(50), list_type varchar(100), deleted smallint DEFAULT 0, description text, domain_name varchar(255)
);
INSERT INTO prospect_lists VALUES
 (sctgen.id('pl', 1), 'Harrogate PPE Show 2023 badge scans', 'default', 0, 'Imported from the organiser''s lead retrieval app, stand C02.', NULL),
 (sctgen.id('pl', 2), 'Offshore Norway buyers', 'default', 0, 'Purchasing contacts of platform and yard customers.', NULL),
 (sctgen.id('pl', 3), 'UK construction Q1 mailer', 'default', 0, NULL, NULL),
 (sctgen.id('pl', 4), 'Seed: internal testers', 'seed', 0, 'Marketing and sales managers, to check every send.', NULL),
 (sctgen.id('pl', 5), 'Suppression: competitors', 'exempt_domain', 0, 'Never mail these domains.', 'nordicsafetywear.no'),
 (sctgen.id('pl', 6), 'Unsubscribed (GDPR)', 'exempt', 0, 'Everyone who opted out by phone or letter.', NULL),
 (sctgen.id('pl', 7), 'Houston energy contractors', 'default', 0, 'From the Gulf Coast turnaround campaign.', NULL),
 (sctgen.id('pl', 8), 'Test list', 'test', 1, NULL, NULL),
 (sctgen.id('pl', 9), 'Drammen open day 2024', 'default', 0, 'Signed up at the door.', NULL),
 (sctgen.id('pl', 10), 'Lapsed customers 2022', 'default', 0, 'No order for 18 months.', NULL),
 (sctgen.id('pl', 11), 'Nyhetsbrev Norge', 'default', 0, NULL, NULL),
 (sctgen.id('pl', 12), 'Newsletter UK', 'default', 0, NULL, NULL);

CREATE TABLE prospect_lists_prospects (
    id char(36) PRIMARY KEY, prospect_list_id char(36), related_id char(36), related_type varchar(25), deleted smallint DEFAULT 0
);
INSERT INTO prospect_lists_prospects
SELECT sctgen.id('plp', r), sctgen.id('pl', 1 + r % 12), p.id, CASE p.role WHEN 'contact' THEN 'Contacts' WHEN 'lead' THEN 'Leads' ELSE 'Prospects' END, CASE WHEN r % 37 = 0 THEN 1 ELSE 0 END
FROM generate_series(1, 320) r JOIN sctgen.p p ON p.i = 1 + (r * 61) % 720;

-- ---------------------------------------------------------------- e-mail addresses
CREATE TABLE sctgen.em AS
SELECT row_number() OVER (ORDER BY ord, bean_id) AS n, * FROM (
  SELECT 1 AS ord, s.email, s.id AS bean_id, 'Users' AS bean_module, 1 AS prim FROM sctgen.staff s
  UNION ALL SELECT 2, p.email, p.id, CASE p.role WHEN 'contact' THEN 'Contacts' WHEN 'lead' THEN 'Leads' ELSE 'Prospects' END, 1 FROM sctgen.p p
  UNION ALL SELECT 3, lower(sctgen.asc(p.first)) || '.' || lower(sctgen.asc(p.last)) || (p.i % 50)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'hotmail.com', 'outlook.com', 'online.no'], 'em2', p.i), p.id, 'Contacts', 0
    FROM sctgen.p p WHERE p.role = 'contact' AND p.i % 7 = 3 AND p.domain IS NOT NULL
  UNION ALL SELECT 4, (ARRAY['orders@', 'accounts@', 'post@', 'purchasing@'])[1 + co.i % 4] || co.domain, co.id, 'Accounts', 1 FROM sctgen.co co WHERE co.domain IS NOT NULL
) x;
CREATE TABLE email_addresses (
    id char(36) PRIMARY KEY, email_address varchar(255), email_address_caps varchar(255), invalid_email smallint DEFAULT 0, opt_out smallint DEFAULT 0,
    confirm_opt_in varchar(255), confirm_opt_in_date timestamp, confirm_opt_in_token varchar(255), date_created timestamp, deleted smallint DEFAULT 0
);
INSERT INTO email_addresses
SELECT sctgen.id('ea', e.n), e.email, upper(e.email), CASE WHEN e.n % 31 = 5 THEN 1 ELSE 0 END, CASE WHEN e.n % 13 = 4 THEN 1 ELSE 0 END,
       c.s, CASE WHEN c.s = 'confirmed-opt-in' THEN sctgen.ts('eaco', e.n) END,
       CASE WHEN c.s IN ('opt-in', 'confirmed-opt-in') THEN sctgen.id('eatok', e.n) END,
       sctgen.ts('eacr', e.n), 0
FROM sctgen.em e CROSS JOIN LATERAL (SELECT CASE WHEN e.bean_module IN ('Users', 'Accounts') THEN 'not-opt-in' ELSE fixture_gen.pick(ARRAY['not-opt-in', 'opt-in', 'confirmed-opt-in', 'confirmed-opt-in'], 'eaoi', e.n) END AS s) c
ORDER BY e.n;

CREATE TABLE email_addr_bean_rel (
    id char(36) PRIMARY KEY, email_address_id char(36), bean_id char(36), bean_module varchar(100), primary_address smallint DEFAULT 0, date_created timestamp, deleted smallint DEFAULT 0
);
INSERT INTO email_addr_bean_rel
SELECT sctgen.id('eabr', e.n), sctgen.id('ea', e.n), e.bean_id, e.bean_module, e.prim, sctgen.ts('eacr', e.n), 0 FROM sctgen.em e ORDER BY e.n;

-- ---------------------------------------------------------------- mail accounts
CREATE TABLE inbound_email (
    id varchar(36) PRIMARY KEY, deleted smallint DEFAULT 0, date_entered timestamp, name varchar(255), status varchar(100), server_url varchar(100),
    email_user varchar(100), email_password varchar(100), port integer, service varchar(50), mailbox text, stored_options text, group_id varchar(36), is_personal smallint DEFAULT 0
);
INSERT INTO inbound_email
SELECT sctgen.id('ie', v.k), 0, timestamp '2021-03-01 10:00:00' + make_interval(days => v.k * 40), v.name, CASE WHEN v.k = 7 THEN 'Inactive' ELSE 'Active' END,
       v.server, v.usr, fixture_gen.b64('iepw', v.k, 24), 993, '::::::imap::ssl::validate-cert::notls', CASE WHEN v.k = 4 THEN 'INBOX' ELSE 'INBOX,INBOX.Orders' END,
       sctgen.b64(sctgen.pa(ARRAY['from_name', v.from_name, 'from_addr', v.usr, 'reply_to_name', v.from_name, 'reply_to_addr', v.usr, 'only_since', 'false', 'filter_domain', '',
         'email_num_autoreplies_24_hours', '10', 'trashFolder', 'Deleted Items', 'sentFolder', 'Sent Items', 'leaveMessagesOnMailServer', '1',
         'distrib_method', CASE WHEN v.personal = 1 THEN '' ELSE 'roundRobin' END, 'create_case_email_template', CASE WHEN v.k IN (1, 5) THEN sctgen.id('et', 3) END, 'outbound_email', sctgen.id('oe', v.k)])),
       CASE WHEN v.personal = 1 THEN NULL ELSE sctgen.id('ie', v.k) END, v.personal
FROM (SELECT 1 AS k, 'Support UK' AS name, 'outlook.office365.com' AS server, 'support@halvorsen-supply.co.uk' AS usr, 'Halvorsen Customer Service' AS from_name, 0 AS personal
      UNION ALL SELECT 2, 'Ordre Norge', 'outlook.office365.com', 'ordre@halvorsen.no', 'Halvorsen Ordre', 0
      UNION ALL SELECT 3, 'Sales US', 'imap.gmail.com', 'sales@halvorsensupply.com', 'Halvorsen Supply Sales', 0
      UNION ALL SELECT 4, 'Bounce handling', 'outlook.office365.com', 'bounces@halvorsen-supply.co.uk', 'Halvorsen Marketing', 0
      UNION ALL SELECT 5, 'Kundeservice', 'outlook.office365.com', 'kundeservice@halvorsen.no', 'Halvorsen Kundeservice', 0
      UNION ALL SELECT 5 + s.i / 9, s.first || ' ' || s.last, CASE WHEN s.cc = 'US' THEN 'imap.gmail.com' ELSE 'outlook.office365.com' END, s.email, s.first || ' ' || s.last, 1
        FROM sctgen.staff s WHERE s.i IN (9, 18, 27, 36)) v
ORDER BY v.k;

CREATE TABLE outbound_email (
    id char(36) PRIMARY KEY, name varchar(50), type varchar(15), user_id char(36), smtp_from_name varchar(255), smtp_from_addr varchar(255),
    mail_smtpserver varchar(100), mail_smtpport varchar(5), mail_smtpuser varchar(100), mail_smtppass varchar(100), mail_smtpauth_req smallint, mail_smtpssl varchar(1), deleted smallint DEFAULT 0
);
INSERT INTO outbound_email VALUES
 (sctgen.id('oe', 0), 'system', 'system', '1', 'Halvorsen Industrial Supply', 'no-reply@halvorsen-supply.co.uk', 'smtp.sendgrid.net', '587', 'apikey',
  'SG.' || sctgen.tok('sgk', 1, 22) || '.' || sctgen.tok('sgs', 1, 43), 1, '2', 0);
INSERT INTO outbound_email
SELECT sctgen.id('oe', s.i), CASE WHEN s.i % 3 = 0 THEN 'Office 365' ELSE s.first || ' ' || s.last END, CASE WHEN s.i % 5 = 0 THEN 'system-override' ELSE 'user' END, s.id,
       s.first || ' ' || s.last || CASE WHEN s.i % 4 = 0 THEN ' | Halvorsen' ELSE '' END, s.email,
       CASE WHEN s.cc = 'US' THEN 'smtp.gmail.com' ELSE 'smtp.office365.com' END, '587',
       CASE WHEN s.i % 5 = 0 THEN 'apikey' ELSE s.email END,
       CASE WHEN s.i % 5 = 0 THEN NULL ELSE fixture_gen.b64('oepw', s.i, 16) END, 1, '2', CASE WHEN s.i % 11 = 0 THEN 1 ELSE 0 END
FROM sctgen.staff s WHERE s.i BETWEEN 2 AND 45 AND s.i % 2 = 1 ORDER BY s.i;

-- ---------------------------------------------------------------- e-mails
-- 1-360: a third sent by staff to contacts, the rest received on the shared
-- or personal mailboxes; some about a case.
CREATE TABLE sctgen.mail AS
SELECT r, p.i AS pi, s.i AS si, r % 3 = 0 AS outbound, p.first AS pf, p.last AS pl, p.email AS pe, p.mobile AS pm, p.coname AS pco, p.title AS pt, p.work AS pw,
       s.first AS sf, s.last AS sl, s.email AS se, u.title AS st, u.phone_mobile AS sm, u.phone_work AS sw, p.cc,
       sctgen.ts('mdate', r) AS sent,
       CASE WHEN r % 3 = 0 THEN NULL WHEN p.cc = 'NO' THEN sctgen.id('ie', CASE WHEN r % 2 = 0 THEN 2 ELSE 5 END) WHEN p.cc = 'US' THEN sctgen.id('ie', 3) ELSE sctgen.id('ie', 1) END AS mailbox,
       CASE WHEN r % 3 = 0 THEN NULL WHEN p.cc = 'NO' THEN CASE WHEN r % 2 = 0 THEN 'ordre@halvorsen.no' ELSE 'kundeservice@halvorsen.no' END
            WHEN p.cc = 'US' THEN 'sales@halvorsensupply.com' ELSE 'support@halvorsen-supply.co.uk' END AS box
FROM generate_series(1, 360) r
JOIN sctgen.p p ON p.i = 1 + (r * 37) % 420
JOIN sctgen.staff s ON s.i = 3 + (r * 11) % 43
JOIN users u ON u.id = s.id;
ALTER TABLE sctgen.mail ADD COLUMN subject text, ADD COLUMN body text;
UPDATE sctgen.mail SET
  subject = CASE WHEN outbound THEN CASE r % 4 WHEN 0 THEN 'Your quote Q-2024-' || lpad((r % 900)::text, 4, '0') WHEN 1 THEN 'Delivery for ' || pf || ' ' || pl || ' on ' || to_char(sent + interval '2 days', 'DD/MM')
                                    WHEN 2 THEN 'Order HIS-' || sctgen.dg('mord', r, 6) || ' has shipped' ELSE 'Statement of account ' || to_char(sent, 'Mon YYYY') END
                 ELSE CASE r % 8 WHEN 1 THEN 'RE: Your quote Q-2024-' || lpad((r % 900)::text, 4, '0') WHEN 2 THEN 'PO ' || sctgen.dg('mpo', r, 8)
                   WHEN 4 THEN 'Invoice INV-' || sctgen.dg('minv', r, 5) || ' query' WHEN 5 THEN CASE WHEN cc = 'NO' THEN 'Bestilling fra ' || coalesce(pco, pf || ' ' || pl) ELSE 'Safety boots for ' || pf || '''s new starters' END
                   WHEN 7 THEN 'Automatic reply: ' || pf || ' ' || pl || ' is out of the office' ELSE 'Damaged delivery' END END,
  body = CASE WHEN outbound THEN 'Hi ' || pf || E',\n\n' || CASE r % 4 WHEN 0 THEN 'Please find attached our quote as discussed. Prices are valid for 30 days.'
                                     WHEN 1 THEN 'Your delivery is booked for ' || to_char(sent + interval '2 days', 'Day DD Month') || '. The driver will call ' || pm || ' 30 minutes before arrival.'
                                     WHEN 2 THEN 'Your order has left our warehouse. Tracking: DHL ' || sctgen.dg('mtrk', r, 10) || '.' ELSE 'Please find attached your statement. Two invoices are overdue.' END
                  || E'\n\nKind regards\n' || sctgen.sig(sf, sl, st, 'Halvorsen Industrial Supply', sm, se)
              WHEN r % 8 = 7 THEN 'I am out of the office until ' || to_char(sent + interval '7 days', 'DD/MM/YYYY') || '. For urgent matters please contact ' || sctgen.fname('moof', r, cc, 'F') || ' on ' || sctgen.phone('moop', r, cc, '32', 'm') || '.'
              ELSE CASE WHEN r % 2 = 0 THEN 'Hi ' || sf || E',\n\n' ELSE E'Hello,\n\n' END || sctgen.issue('mbody', r, pf, pl, pm, pe, coalesce(pco, 'us'))
                  || CASE WHEN r % 5 = 0 THEN E'\n\nThanks' ELSE E'\n\nBest regards\n' || sctgen.sig(pf, pl, pt, pco, pw, pe) END END;

CREATE TABLE emails (
    id char(36) PRIMARY KEY, date_entered timestamp, assigned_user_id char(36), deleted smallint DEFAULT 0, date_sent_received timestamp, message_id varchar(255),
    name varchar(255), type varchar(100), status varchar(100), mailbox_id char(36), parent_type varchar(100), parent_id char(36), uid varchar(255)
);
INSERT INTO emails
SELECT sctgen.id('em', m.r), m.sent + interval '3 minutes', sctgen.id('usr', m.si), 0, m.sent,
       '<' || CASE WHEN m.outbound THEN sctgen.hx('mmid', m.r, 24) || '@crm.halvorsen-supply.co.uk' ELSE 'CA' || sctgen.tok('mmid', m.r, 40) || '@mail.gmail.com' END || '>',
       m.subject, CASE WHEN m.outbound THEN 'out' WHEN m.r % 10 = 4 THEN 'archived' ELSE 'inbound' END,
       CASE WHEN m.outbound THEN 'sent' WHEN m.r % 4 = 1 THEN 'replied' ELSE 'read' END, m.mailbox,
       CASE WHEN m.r % 5 = 1 THEN 'Cases' WHEN m.r % 5 = 2 THEN 'Accounts' ELSE 'Contacts' END,
       CASE WHEN m.r % 5 = 1 THEN sctgen.id('case', 1 + m.r % 150) WHEN m.r % 5 = 2 THEN sctgen.id('acc', 1 + (m.pi - 1) % 130) ELSE sctgen.id('con', m.pi) END,
       CASE WHEN m.outbound THEN NULL ELSE (1000 + m.r * 7)::text END
FROM sctgen.mail m ORDER BY m.r;

CREATE TABLE emails_text (
    email_id char(36) PRIMARY KEY, from_addr varchar(255), reply_to_addr varchar(255), to_addrs text, cc_addrs text, bcc_addrs text,
    description text, description_html text, raw_source text, deleted smallint DEFAULT 0
);
INSERT INTO emails_text
SELECT sctgen.id('em', m.r),
       CASE WHEN m.outbound THEN m.sf || ' ' || m.sl || ' <' || m.se || '>' WHEN m.r % 3 = 1 THEN m.pe ELSE m.pf || ' ' || m.pl || ' <' || m.pe || '>' END,
       CASE WHEN m.outbound AND m.r % 2 = 0 THEN CASE m.cc WHEN 'NO' THEN 'ordre@halvorsen.no' WHEN 'US' THEN 'sales@halvorsensupply.com' ELSE 'support@halvorsen-supply.co.uk' END
            WHEN NOT m.outbound AND m.r % 7 = 2 THEN 'accounts@' || coalesce((SELECT co.domain FROM sctgen.co co WHERE co.name = m.pco), 'gmail.com') END,
       CASE WHEN m.outbound THEN m.pf || ' ' || m.pl || ' <' || m.pe || '>' ELSE coalesce(m.box, m.se) END,
       CASE WHEN m.r % 4 = 2 THEN (SELECT q.first || ' ' || q.last || ' <' || q.email || '>' FROM sctgen.p q WHERE q.i = 1 + (m.pi + 130) % 420)
            WHEN m.r % 6 = 3 AND NOT m.outbound THEN m.sf || ' ' || m.sl || ' <' || m.se || '>' END,
       CASE WHEN m.outbound AND m.r % 9 = 0 THEN 'archive@halvorsen-supply.co.uk' END,
       m.body,
       '<html><body><p>' || replace(replace(replace(m.body, '&', '&amp;'), '<', '&lt;'), E'\n', '<br>') || '</p></body></html>',
       CASE WHEN m.outbound THEN NULL ELSE
         'Return-Path: <' || m.pe || E'>\r\nReceived: from mail-' || sctgen.hx('mrcv', m.r, 6) || '.google.com (mail-' || sctgen.hx('mrcv', m.r, 6) || '.google.com [' || fixture_gen.ipv4('mrip', m.r) || E'])\r\n'
         || 'From: "' || m.pf || ' ' || m.pl || '" <' || m.pe || E'>\r\nTo: ' || m.box || E'\r\nSubject: ' || m.subject || E'\r\nDate: ' || to_char(m.sent, 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0000\r\n'
         || 'Message-ID: <CA' || sctgen.tok('mmid', m.r, 40) || E'@mail.gmail.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' || m.body END,
       0
FROM sctgen.mail m ORDER BY m.r;

CREATE TABLE emails_email_addr_rel (
    id char(36) PRIMARY KEY, email_id char(36), email_address_id char(36), address_type varchar(4), deleted smallint DEFAULT 0
);
INSERT INTO emails_email_addr_rel
SELECT sctgen.id('eear' || t.typ, m.r), sctgen.id('em', m.r), sctgen.id('ea', e.n), t.typ, 0
FROM sctgen.mail m CROSS JOIN (VALUES ('from'), ('to')) t(typ)
JOIN sctgen.em e ON e.email = CASE WHEN (t.typ = 'from') = m.outbound THEN m.se ELSE m.pe END AND e.bean_module IN ('Users', 'Contacts')
WHERE m.outbound OR t.typ = 'from'
ORDER BY m.r, t.typ;

-- ---------------------------------------------------------------- notes and documents
CREATE TABLE notes (
    id char(36) PRIMARY KEY, assigned_user_id char(36), date_entered timestamp, name varchar(255), file_mime_type varchar(100), filename varchar(255),
    parent_type varchar(255), parent_id char(36), contact_id char(36), portal_flag smallint DEFAULT 0, description text, deleted smallint DEFAULT 0
);
INSERT INTO notes
SELECT sctgen.id('note', r), sctgen.id('usr', 3 + r % 43), sctgen.ts('nent', r),
       CASE r % 10 WHEN 0 THEN 'Phone call with ' || p.first || ' ' || p.last WHEN 1 THEN 'Signed PO ' || po WHEN 2 THEN 'Delivery note DN-' || dn WHEN 3 THEN 'Credit application'
         WHEN 4 THEN 'Photo of damaged pallet' WHEN 5 THEN 'Meeting notes ' || to_char(sctgen.ts('nent', r), 'DD/MM/YY') WHEN 6 THEN p.first || ' called - moving to the new site in ' || p.city
         WHEN 7 THEN 'Proof of ID - ' || p.first || ' ' || p.last WHEN 8 THEN 'Site induction certificate' ELSE 'Returns form' END,
       CASE r % 10 WHEN 0 THEN NULL WHEN 4 THEN 'image/jpeg' WHEN 5 THEN NULL WHEN 6 THEN NULL WHEN 7 THEN CASE WHEN r % 20 = 7 THEN 'image/jpeg' ELSE 'application/pdf' END
         WHEN 9 THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' ELSE 'application/pdf' END,
       CASE r % 10 WHEN 0 THEN NULL WHEN 1 THEN 'PO_' || po || '.pdf' WHEN 2 THEN 'DN-' || dn || '.pdf' WHEN 3 THEN 'credit_application_' || lower(sctgen.asc(p.last)) || '_' || to_char(sctgen.ts('nent', r), 'YYYY') || '.pdf'
         WHEN 4 THEN 'IMG_' || (2000 + r * 7)::text || '.jpg' WHEN 5 THEN NULL WHEN 6 THEN NULL
         WHEN 7 THEN CASE WHEN r % 20 = 7 THEN 'passport_' || lower(sctgen.asc(p.first)) || '_' || lower(sctgen.asc(p.last)) || '.jpg' ELSE 'Driving licence ' || p.first || ' ' || p.last || '.pdf' END
         WHEN 8 THEN 'Induction ' || p.first || ' ' || p.last || ' ' || to_char(sctgen.ts('nent', r), 'YYYY-MM') || '.pdf' ELSE 'returns_form_RMA' || dn || '.docx' END,
       CASE WHEN r % 4 = 0 THEN 'Cases' WHEN r % 4 = 1 THEN 'Accounts' ELSE 'Contacts' END,
       CASE WHEN r % 4 = 0 THEN sctgen.id('case', 1 + r % 150) WHEN r % 4 = 1 THEN sctgen.id('acc', p.ci) ELSE p.id END,
       CASE WHEN r % 4 <> 1 THEN p.id END,
       CASE WHEN r % 10 IN (2, 9) THEN 1 ELSE 0 END,
       CASE r % 10 WHEN 0 THEN 'Spoke to ' || p.first || '. ' || CASE WHEN r % 20 = 0 THEN 'Her husband is in hospital, she is working from home this month; use her mobile ' || p.mobile || '.' ELSE 'Happy with the price, will send PO next week.' END
         WHEN 5 THEN 'Attendees: ' || p.first || ' ' || p.last || ', ' || sctgen.full_name_of(p.cc, r) || E'.\nAgreed: monthly call-off, consignment stock of gloves on site.'
         WHEN 6 THEN 'New site address: ' || sctgen.biz('nsite', r, p.cc) || ', ' || p.city || '. Deliveries from ' || to_char(sctgen.ts('nent', r) + interval '30 days', 'DD/MM') || '.'
         WHEN 3 THEN 'Limit requested ' || CASE p.cc WHEN 'NO' THEN 'NOK 200 000' WHEN 'GB' THEN '£20,000' ELSE '$25,000' END || '. References attached.'
         WHEN 7 THEN 'Sole trader account: ID checked by ' || (SELECT s.first FROM sctgen.staff s WHERE s.i = 3 + r % 43) || '.'
         ELSE NULL END,
       0
FROM generate_series(1, 220) r
JOIN sctgen.p p ON p.i = 1 + (r * 19) % 420
CROSS JOIN LATERAL (SELECT '4500' || sctgen.dg('npo', r, 6) AS po, sctgen.dg('ndn', r, 6) AS dn) x
ORDER BY r;

CREATE TABLE documents (
    id char(36) PRIMARY KEY, date_entered timestamp, deleted smallint DEFAULT 0, assigned_user_id char(36), document_name varchar(255), doc_type varchar(100),
    active_date date, status_id varchar(100), document_revision_id char(36)
);
INSERT INTO documents
SELECT sctgen.id('doc', v.k), timestamp '2021-02-01 09:00:00' + make_interval(days => v.k::int * 37), 0, sctgen.id('usr', 3 + v.k % 43), v.nm, 'Sugar',
       date '2021-02-01' + v.k::int * 37, CASE WHEN v.k % 7 = 3 THEN 'Expired' WHEN v.k % 11 = 5 THEN 'Draft' ELSE 'Active' END, sctgen.id('docrev', v.k * 2)
FROM unnest(ARRAY['Trade price list 2024 Q1', 'Terms and conditions of sale (UK)', 'Salgs- og leveringsbetingelser', 'Product catalogue 2024', 'Safety data sheet - degreaser HD-40',
  'Racking inspection checklist', 'Credit application form', 'Returns form', 'Declaration of conformity - S3 boots', 'Company brochure', 'Supplier code of conduct',
  'ISO 9001 certificate', 'Insurance certificate 2024', 'W-9 form', 'Prisliste NOK 2024', 'Gas detector hire agreement', 'Lifting equipment LOLER template',
  'Price list USD 2024', 'Delivery zones map', 'Quote template (AOS)', 'Invoice template (AOS)', 'Workwear size guide', 'Glove selection chart EN 388',
  'Fall arrest inspection form', 'Modern slavery statement']) WITH ORDINALITY v(nm, k)
ORDER BY v.k;

CREATE TABLE document_revisions (
    id varchar(36) PRIMARY KEY, change_log varchar(255), document_id varchar(36), date_entered timestamp, created_by char(36), filename varchar(255),
    file_ext varchar(100), file_mime_type varchar(100), revision varchar(100), deleted smallint DEFAULT 0
);
INSERT INTO document_revisions
SELECT sctgen.id('docrev', d.k * 2 - 1 + r.n), CASE WHEN r.n = 0 THEN 'Document Created' ELSE (ARRAY['Prices updated for Q3', 'New logo', 'Corrected VAT line', 'Added Norwegian translation', 'Annual review, no changes'])[1 + d.k % 5] END,
       sctgen.id('doc', d.k), timestamp '2021-02-01 09:00:00' + make_interval(days => d.k::int * 37 + r.n * 90), sctgen.id('usr', 3 + (d.k + r.n) % 43),
       regexp_replace(d.nm, '[^A-Za-z0-9]+', '_', 'g') || '_v' || (r.n + 1)::text || CASE WHEN d.k IN (20, 21) THEN '.docx' ELSE '.pdf' END,
       CASE WHEN d.k IN (20, 21) THEN 'docx' ELSE 'pdf' END,
       CASE WHEN d.k IN (20, 21) THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' ELSE 'application/pdf' END,
       (r.n + 1)::text, 0
FROM unnest(ARRAY(SELECT document_name FROM documents ORDER BY date_entered)) WITH ORDINALITY d(nm, k) CROSS JOIN (VALUES (0), (1)) r(n)
ORDER BY d.k, r.n;

-- ---------------------------------------------------------------- cases (AOP)
CREATE TABLE cases (
    id char(36) PRIMARY KEY, name varchar(255), date_entered timestamp, date_modified timestamp, created_by char(36), description text, deleted smallint DEFAULT 0,
    assigned_user_id char(36), case_number serial, type varchar(255), status varchar(100), priority varchar(100), resolution text, work_log text,
    account_id char(36), state varchar(100), update_text text
);
INSERT INTO cases (id, name, date_entered, date_modified, created_by, description, deleted, assigned_user_id, type, status, priority, resolution, work_log, account_id, state, update_text)
SELECT sctgen.id('case', r),
       CASE fixture_gen.n('cbody', r, 12) WHEN 0 THEN 'Split glove boxes' WHEN 1 THEN 'Missing delivery' WHEN 2 THEN 'Wrong part supplied'
         WHEN 3 THEN 'Pallet truck warranty - ' || p.first || ' ' || p.last WHEN 4 THEN 'Feil størrelse vernesko' WHEN 5 THEN 'VAT charged twice'
         WHEN 6 THEN 'Backorder ball valves' WHEN 7 THEN 'Harness inspection certificates' WHEN 8 THEN 'Goods left outside the gate at ' || p.coname
         WHEN 9 THEN 'Portal access for ' || p.first || ' ' || p.last WHEN 10 THEN 'Web shop price mismatch' ELSE 'COSHH sheets request' END,
       sctgen.ts('case', r), sctgen.ts('case', r) + make_interval(hours => 2 + r % 200),
       CASE WHEN r % 3 = 0 THEN sctgen.id('usr', 46) ELSE sctgen.id('usr', 3 + r % 43) END,
       sctgen.issue('cbody', r, p.first, p.last, p.mobile, p.email, p.coname), 0, sctgen.id('usr', 3 + (r * 5) % 43),
       fixture_gen.pick(ARRAY['Product', 'User', 'Administration'], 'ctype', r), st.s, fixture_gen.pick(ARRAY['P1', 'P2', 'P2', 'P3'], 'cpri', r),
       CASE WHEN st.s NOT LIKE 'Closed%' THEN NULL
            WHEN r % 4 = 0 THEN 'Replacement shipped ' || to_char(sctgen.ts('case', r) + interval '2 days', 'DD/MM/YYYY') || ' via DHL ' || sctgen.dg('ctrk', r, 10) || '.'
            WHEN r % 4 = 1 THEN 'Credit note CN-' || sctgen.dg('ccn', r, 5) || ' issued.'
            WHEN r % 4 = 2 THEN 'Spoke to ' || p.first || ', agreed we collect the wrong items on Friday. Driver to call ' || p.mobile || '.'
            ELSE 'Certificates e-mailed to ' || p.email || '.' END,
       CASE r % 5 WHEN 0 THEN 'Rang ' || p.first || ' on ' || p.mobile || ', no answer. Left voicemail.'
         WHEN 1 THEN 'Checked with the warehouse (' || (SELECT s.first FROM sctgen.staff s WHERE s.i = 3 + r % 43) || '), stock arrives Tuesday.'
         WHEN 2 THEN NULL WHEN 3 THEN 'Supplier RMA raised, ref ' || sctgen.dg('crma', r, 7) || '.'
         ELSE 'Customer very unhappy, escalated to ' || (SELECT s.first || ' ' || s.last FROM sctgen.staff s WHERE s.i = 2) || '. Home number given: ' || sctgen.phone('chm', r, p.cc, p.area, 'w') || '.' END,
       sctgen.id('acc', p.ci), CASE WHEN st.s LIKE 'Closed%' THEN 'Closed' ELSE 'Open' END,
       CASE WHEN r % 3 = 0 THEN 'Hi ' || p.first || ', the replacement is on the van tomorrow morning.' WHEN r % 3 = 1 THEN NULL ELSE 'Awaiting photos from the customer.' END
FROM generate_series(1, 150) r
JOIN sctgen.p p ON p.i = 1 + (r * 23) % 420
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Open_New', 'Open_Assigned', 'Open_Pending Input', 'Closed_Closed', 'Closed_Closed', 'Closed_Rejected', 'Closed_Duplicate'], 'cst', r) AS s) st
ORDER BY r;
UPDATE cases SET case_number = case_number + 1000;

CREATE TABLE aop_case_updates (
    id char(36) PRIMARY KEY, name varchar(255), date_entered timestamp, created_by char(36), description text, deleted smallint DEFAULT 0,
    case_id char(36), contact_id char(36), internal smallint DEFAULT 0
);
INSERT INTO aop_case_updates
SELECT sctgen.id('acu', r), left(regexp_replace(x.d, '\s+', ' ', 'g'), 255), sctgen.ts('case', c) + make_interval(hours => 3 + (r % 3) * 20),
       CASE WHEN x.kind = 'contact' THEN sctgen.id('usr', 46) ELSE sctgen.id('usr', s.i) END, x.d, 0, sctgen.id('case', c),
       CASE WHEN x.kind = 'contact' THEN p.id END, CASE WHEN x.kind = 'internal' THEN 1 ELSE 0 END
FROM generate_series(1, 360) r
CROSS JOIN LATERAL (SELECT 1 + (r - 1) % 150 AS c) cc
JOIN sctgen.p p ON p.i = 1 + (cc.c * 23) % 420
JOIN sctgen.staff s ON s.i = 3 + (cc.c * 5) % 43
JOIN users u ON u.id = s.id
CROSS JOIN LATERAL (SELECT CASE r % 4 WHEN 0 THEN 'internal' WHEN 2 THEN 'contact' ELSE 'staff' END AS kind) k0
CROSS JOIN LATERAL (SELECT k0.kind, CASE k0.kind
    WHEN 'staff' THEN 'Hi ' || p.first || E',\n\nThanks for letting us know. ' || CASE WHEN r % 3 = 0 THEN 'We have booked a collection for Friday.' ELSE 'I have asked the warehouse to check the batch and will come back to you today.' END
        || E'\n\nKind regards\n' || s.first || ' ' || s.last || E'\nHalvorsen Customer Service\n' || u.phone_work
    WHEN 'contact' THEN CASE WHEN r % 8 = 2 THEN 'Thanks. The driver can call me on ' || p.mobile || ', I am on site all day.' ELSE 'Thank you, that works for us.' END
    ELSE CASE WHEN r % 8 = 0 THEN 'Customer is on credit stop, check with ' || (SELECT t.first FROM sctgen.staff t WHERE t.i = 3 + r % 43) || ' in finance before shipping.' ELSE 'Photos received, damage looks like forklift impact.' END END AS d) x
ORDER BY r;

-- ---------------------------------------------------------------- activities
CREATE TABLE calls (
    id char(36) PRIMARY KEY, name varchar(50), date_entered timestamp, description text, deleted smallint DEFAULT 0, assigned_user_id char(36),
    duration_minutes integer, date_start timestamp, parent_type varchar(255), parent_id char(36), status varchar(100), direction varchar(100)
);
INSERT INTO calls
SELECT sctgen.id('call', r),
       left(CASE r % 6 WHEN 0 THEN 'Call ' || p.first || ' ' || p.last || ' re: renewal' WHEN 1 THEN 'Follow-up call' WHEN 2 THEN 'Inbound: delivery query'
         WHEN 3 THEN 'Ring ' || p.first || ' ' || p.mobile WHEN 4 THEN 'Credit check call' ELSE 'Ringe ' || p.first || ' om tilbud' END, 50),
       sctgen.ts('call', r),
       CASE r % 5 WHEN 0 THEN 'Left voicemail.' WHEN 1 THEN p.first || ' wants samples of the new cut-resistant gloves sent to ' || sctgen.biz('csite', r, p.cc) || '.'
         WHEN 2 THEN NULL WHEN 3 THEN 'Discussed the framework renewal. Decision after their budget meeting.'
         ELSE 'Spoke to ' || sctgen.full_name_of(p.cc, r) || ' instead, ' || p.first || ' has left the company. New buyer''s mobile ' || sctgen.phone('cnew', r, p.cc, p.area, 'm') || '.' END,
       0, sctgen.id('usr', 3 + r % 43), (ARRAY[5, 10, 15, 30, 45])[1 + r % 5], sctgen.ts('callst', r),
       CASE WHEN r % 3 = 0 THEN 'Accounts' WHEN r % 3 = 1 THEN 'Contacts' ELSE 'Leads' END,
       CASE WHEN r % 3 = 0 THEN sctgen.id('acc', p.ci) WHEN r % 3 = 1 THEN p.id ELSE sctgen.id('lead', 421 + r % 160) END,
       fixture_gen.pick(ARRAY['Held', 'Held', 'Planned', 'Not Held'], 'cstat', r), CASE WHEN r % 4 = 2 THEN 'Inbound' ELSE 'Outbound' END
FROM generate_series(1, 220) r JOIN sctgen.p p ON p.i = 1 + (r * 31) % 420
ORDER BY r;

CREATE TABLE meetings (
    id char(36) PRIMARY KEY, name varchar(50), date_entered timestamp, description text, deleted smallint DEFAULT 0, assigned_user_id char(36), location varchar(50),
    password varchar(50), join_url varchar(200), host_url varchar(400), displayed_url varchar(400), creator varchar(50), external_id varchar(50),
    duration_minutes integer, date_start timestamp, parent_type varchar(100), parent_id char(36), status varchar(100)
);
INSERT INTO meetings
SELECT sctgen.id('meet', r),
       left(CASE r % 5 WHEN 0 THEN 'Quarterly review with ' || p.first || ' ' || p.last WHEN 1 THEN 'Site visit - ' || split_part(p.coname, ' ', 1) WHEN 2 THEN 'Racking survey'
         WHEN 3 THEN 'PPE range update' ELSE 'Demo van visit' END, 50),
       sctgen.ts('meet', r),
       CASE r % 4 WHEN 0 THEN 'Agenda: stock levels, consignment gloves, ' || p.first || '''s new warehouse in ' || p.city || '.' WHEN 1 THEN 'Bring samples of S3 boots, sizes 38-46.'
         WHEN 2 THEN NULL ELSE 'Parking at the back, call ' || p.first || ' on ' || p.mobile || ' on arrival.' END,
       0, sctgen.id('usr', s.i),
       left(CASE mt.t WHEN 'zoom' THEN 'Zoom' WHEN 'teams' THEN 'Microsoft Teams Meeting'
         WHEN 'site' THEN CASE WHEN p.sole THEN sctgen.home('phm', p.i, p.cc) ELSE sctgen.biz('abs', p.ci, p.cc) END || ', ' || p.city
         ELSE (ARRAY['Halvorsen Leeds, meeting room 2', 'Halvorsen Drammen, møterom Fjorden', 'Houston branch, conference room'])[1 + r % 3] END, 50),
       CASE WHEN mt.t = 'zoom' THEN sctgen.tok('mpw', r, 6 + r % 4) END,
       CASE mt.t WHEN 'zoom' THEN 'https://us02web.zoom.us/j/' || zid || '?pwd=' || sctgen.tok('mpwd', r, 32)
         WHEN 'teams' THEN 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_' || sctgen.tok('mteam', r, 48) || '%40thread.v2/0' END,
       CASE WHEN mt.t = 'zoom' THEN 'https://us02web.zoom.us/s/' || zid || '?zak=' || fixture_gen.jwt('mzak', r) END,
       CASE mt.t WHEN 'zoom' THEN 'https://us02web.zoom.us/j/' || zid || '?pwd=' || sctgen.tok('mpwd', r, 32)
         WHEN 'teams' THEN 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_' || sctgen.tok('mteam', r, 48) || '%40thread.v2/0' END,
       CASE WHEN mt.t = 'zoom' THEN s.email END, CASE WHEN mt.t = 'zoom' THEN zid END,
       (ARRAY[30, 60, 90, 120])[1 + r % 4], sctgen.ts('meetst', r),
       CASE WHEN r % 2 = 0 THEN 'Accounts' ELSE 'Opportunities' END, CASE WHEN r % 2 = 0 THEN sctgen.id('acc', p.ci) ELSE sctgen.id('opp', 1 + r % 90) END,
       fixture_gen.pick(ARRAY['Held', 'Planned', 'Held', 'Not Held'], 'mstat', r)
FROM generate_series(1, 110) r
JOIN sctgen.p p ON p.i = 1 + (r * 41) % 420
JOIN sctgen.staff s ON s.i = 3 + (r * 7) % 43
CROSS JOIN LATERAL (SELECT (ARRAY['zoom', 'teams', 'site', 'office', 'site'])[1 + r % 5] AS t, (8 + fixture_gen.n('mzid', r, 2))::text || sctgen.dg('mzid', r, 10) AS zid) mt
ORDER BY r;

CREATE TABLE meetings_contacts (
    id char(36) PRIMARY KEY, meeting_id char(36), contact_id char(36), accept_status varchar(25), deleted smallint DEFAULT 0
);
INSERT INTO meetings_contacts
SELECT sctgen.id('mc', r), sctgen.id('meet', 1 + (r - 1) % 110), sctgen.id('con', 1 + ((1 + (r - 1) % 110) * 41 + (r / 110) * 130) % 420), fixture_gen.pick(ARRAY['accept', 'none', 'tentative', 'decline'], 'mcacc', r), 0
FROM generate_series(1, 180) r;

CREATE TABLE tasks (
    id char(36) PRIMARY KEY, name varchar(50), date_entered timestamp, description text, deleted smallint DEFAULT 0, assigned_user_id char(36), status varchar(100),
    date_due timestamp, parent_type varchar(255), parent_id char(36), priority varchar(100)
);
INSERT INTO tasks
SELECT sctgen.id('task', r),
       left(CASE r % 6 WHEN 0 THEN 'Send ' || p.first || ' the revised quote' WHEN 1 THEN 'Chase PO' WHEN 2 THEN 'Renew ISO certificate' WHEN 3 THEN 'Update price list'
         WHEN 4 THEN 'Call back ' || p.first || ' ' || p.last ELSE 'Book racking inspection' END, 50),
       sctgen.ts('task', r),
       CASE r % 4 WHEN 0 THEN 'Use the 2024 price list, 4% rebate.' WHEN 1 THEN p.first || ' ' || p.last || ' asked to be called on ' || p.mobile || ' after 2pm.' WHEN 2 THEN NULL
         ELSE 'Customer asks for delivery to ' || sctgen.home('tdel', r, p.cc) || ' (' || p.first || '''s home) while the site is closed.' END,
       0, sctgen.id('usr', 3 + r % 43), fixture_gen.pick(ARRAY['Not Started', 'In Progress', 'Completed', 'Pending Input', 'Deferred'], 'tstat', r),
       sctgen.ts('tdue', r), CASE WHEN r % 2 = 0 THEN 'Accounts' ELSE 'Contacts' END, CASE WHEN r % 2 = 0 THEN sctgen.id('acc', p.ci) ELSE p.id END,
       fixture_gen.pick(ARRAY['High', 'Medium', 'Low'], 'tpri', r)
FROM generate_series(1, 160) r JOIN sctgen.p p ON p.i = 1 + (r * 43) % 420
ORDER BY r;

CREATE TABLE project (
    id char(36) PRIMARY KEY, date_entered timestamp, assigned_user_id char(36), name varchar(50), description text, deleted smallint DEFAULT 0,
    estimated_start_date date, status varchar(255)
);
INSERT INTO project
SELECT sctgen.id('proj', r), sctgen.ts('proj', r), sctgen.id('usr', 3 + r % 43),
       (ARRAY['Racking refit', 'Mezzanine install', 'Vending machines rollout', 'Gas detector fleet', 'Workwear lease', 'Warehouse move'])[1 + r % 6] || ' - ' || co.city,
       CASE r % 3 WHEN 0 THEN 'Site contact ' || p.first || ' ' || p.last || ', ' || p.mobile || '. Induction required, book via ' || p.email || '.'
         WHEN 1 THEN 'Phased over three weekends to keep the warehouse running.' ELSE NULL END,
       0, date '2022-03-01' + r * 71, fixture_gen.pick(ARRAY['Draft', 'In Review', 'Underway', 'Completed', 'On Hold'], 'pjst', r)
FROM generate_series(1, 12) r JOIN sctgen.co co ON co.i = 1 + (r * 11) % 130 JOIN sctgen.p p ON p.i = co.i + 130
ORDER BY r;

CREATE TABLE project_task (
    id char(36) PRIMARY KEY, project_id char(36), name varchar(50), status varchar(255), description text, date_start date, date_finish date,
    percent_complete integer, assigned_user_id char(36), deleted smallint DEFAULT 0
);
INSERT INTO project_task
SELECT sctgen.id('ptask', r), sctgen.id('proj', 1 + (r - 1) / 6),
       (ARRAY['Site survey', 'Load calculation', 'Order uprights and beams', 'Install', 'SEMA inspection', 'Handover'])[1 + (r - 1) % 6],
       CASE WHEN (r - 1) % 6 < 3 THEN 'Completed' ELSE 'Not Started' END,
       CASE (r - 1) % 6 WHEN 0 THEN 'Access via gate 3, ask for ' || p.first || ' (' || p.mobile || ').' WHEN 1 THEN 'Beams 2700 mm, three levels, 1000 kg UDL per level.'
         WHEN 3 THEN 'Two fitters, ' || (SELECT s.first || ' ' || s.last FROM sctgen.staff s WHERE s.i = 3 + r % 43) || ' to supervise.' ELSE NULL END,
       date '2022-03-01' + ((r - 1) / 6) * 71 + ((r - 1) % 6) * 7, date '2022-03-01' + ((r - 1) / 6) * 71 + ((r - 1) % 6) * 7 + 5,
       CASE WHEN (r - 1) % 6 < 3 THEN 100 ELSE 0 END, sctgen.id('usr', 3 + r % 43), 0
FROM generate_series(1, 72) r JOIN sctgen.p p ON p.i = 1 + ((1 + (r - 1) / 6) * 11) % 130 + 130
ORDER BY r;

-- ---------------------------------------------------------------- campaigns' log
CREATE TABLE campaign_log (
    id char(36) PRIMARY KEY, campaign_id char(36), target_tracker_key varchar(36), target_id varchar(36), target_type varchar(100), activity_type varchar(100),
    activity_date timestamp, related_id varchar(36), related_type varchar(100), deleted smallint DEFAULT 0, more_information varchar(100)
);
INSERT INTO campaign_log
SELECT sctgen.id('clog', r), sctgen.id('camp', 1 + r % 14), sctgen.id('ctk', 1 + (r - 1) / 2), p.id,
       CASE p.role WHEN 'contact' THEN 'Contacts' WHEN 'lead' THEN 'Leads' ELSE 'Prospects' END, a.t,
       timestamp '2022-01-10 08:00:00' + make_interval(days => (1 + r % 14) * 63, mins => r * 7),
       CASE WHEN a.t IN ('targeted', 'send error') THEN sctgen.id('em', 1000 + r) WHEN a.t = 'link' THEN sctgen.id('ctrk', 1 + r % 14) WHEN a.t = 'lead' THEN sctgen.id('lead', 421 + r % 160) END,
       CASE WHEN a.t IN ('targeted', 'send error') THEN 'Emails' WHEN a.t = 'link' THEN 'CampaignTrackers' WHEN a.t = 'lead' THEN 'Leads' END,
       0, CASE WHEN a.t = 'lead' THEN NULL ELSE p.email END
FROM generate_series(1, 700) r
JOIN sctgen.p p ON p.i = 1 + ((r + 1) / 2 * 7) % 720
CROSS JOIN LATERAL (SELECT CASE WHEN r % 2 = 1 THEN 'targeted' ELSE (ARRAY['viewed', 'link', 'viewed', 'removed', 'send error', 'viewed', 'link', 'blocked', 'lead', 'viewed'])[1 + (r / 2) % 10] END AS t) a
ORDER BY r;

-- ---------------------------------------------------------------- sales (AOS)
CREATE TABLE currencies (
    id char(36) PRIMARY KEY, name varchar(36), symbol varchar(36), iso4217 varchar(3), conversion_rate double precision, status varchar(100)
);
INSERT INTO currencies VALUES (sctgen.id('cur', 1), 'Norwegian krone', 'kr', 'NOK', 13.42, 'Active'), (sctgen.id('cur', 2), 'US Dollar', '$', 'USD', 1.27, 'Active'),
 (sctgen.id('cur', 3), 'Euro', '€', 'EUR', 1.17, 'Inactive');

CREATE TABLE aos_products (
    id char(36) PRIMARY KEY, name varchar(255), description text, deleted smallint DEFAULT 0, part_number varchar(25), category varchar(100),
    cost numeric(26,6), price numeric(26,6), product_image varchar(255)
);
INSERT INTO aos_products
SELECT sctgen.id('prod', r), f.name || ' ' || v.v, f.descr, CASE WHEN r % 29 = 0 THEN 1 ELSE 0 END, 'HIS-' || lpad((10000 + r * 137)::text, 5, '0'), f.cat,
       round((f.base * (1 + (r % 8) / 10.0))::numeric, 2), round((f.base * (1 + (r % 8) / 10.0) * 1.45)::numeric, 2),
       CASE WHEN r % 4 = 0 THEN NULL ELSE 'upload/products/his-' || lpad((10000 + r * 137)::text, 5, '0') || '.jpg' END
FROM generate_series(1, 80) r
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Nitrile gloves, box of 100,', 'Disposable powder-free nitrile gloves, 0.12 mm, EN 374.', 'Hand protection', 6.5),
  (1, 'Safety boot S3', 'Composite toe cap and midsole, SRC slip resistance, EN ISO 20345:2022.', 'Footwear', 38.0),
  (2, 'Hi-vis vest class 2,', 'Polyester mesh, two retroreflective bands, EN ISO 20471.', 'Workwear', 2.1),
  (3, 'Ball valve PN40', 'Full bore stainless steel ball valve, lockable lever.', 'Valves & fittings', 41.0),
  (4, 'Pallet racking beam', 'Step beam with safety locks, 1000 kg UDL per pair.', 'Storage', 27.5),
  (5, 'Gas detector 4-gas', 'O2, CO, H2S and LEL, IP67, bump test station compatible.', 'Gas detection', 390.0),
  (6, 'Fall arrest harness', 'Two-point harness with front and rear D-rings, EN 361.', 'Height safety', 44.0),
  (7, 'Spill kit', 'General purpose spill kit in a wheeled bin.', 'Spill control', 85.0),
  (8, 'Hex bolt 8.8 zinc, bag of 100,', 'ISO 4017 full thread, bright zinc plated.', 'Fasteners', 9.8),
  (9, 'Ear defenders', 'Headband ear defenders, SNR 31 dB.', 'Hearing protection', 7.4)) x(k, name, descr, cat, base) WHERE x.k = r % 10) f
CROSS JOIN LATERAL (SELECT (ARRAY['size 7', 'size 8', 'size 9', 'size 10', 'size 11', 'size 42', 'XL', '2"', '2700 mm', '120 l', 'M12x80', 'black'])[1 + (r / 10 + r) % 12] AS v) v
ORDER BY r;

CREATE TABLE aos_quotes (
    id char(36) PRIMARY KEY, name varchar(255), description text, deleted smallint DEFAULT 0, billing_account_id char(36), billing_contact_id char(36),
    billing_address_street varchar(150), billing_address_city varchar(100), billing_address_postalcode varchar(20), billing_address_country varchar(255),
    shipping_address_street varchar(150), number integer, stage varchar(255), total_amount numeric(26,6), currency_id char(36)
);
INSERT INTO aos_quotes
SELECT sctgen.id('quote', r),
       (ARRAY['PPE restock', 'Racking extension', 'Gas detection', 'Workwear with logo', 'Valves for shutdown', 'Fasteners call-off', 'Height safety kit', 'Spill control'])[1 + r % 8] || ' ' || (2022 + r % 3)::text,
       CASE r % 4 WHEN 0 THEN 'Deliver to the site gate; ask for ' || p.first || ' on ' || p.mobile || '.' WHEN 1 THEN 'Prices valid for 30 days. Carriage paid over £250.' WHEN 2 THEN NULL
         ELSE 'Embroidery of the customer''s logo, artwork approved by ' || p.first || ' ' || p.last || '.' END,
       0, a.id, p.id, a.billing_address_street, a.billing_address_city, a.billing_address_postalcode, a.billing_address_country,
       coalesce(a.shipping_address_street, CASE WHEN r % 5 = 0 THEN sctgen.biz('qship', r, co.cc) END), 1000 + r,
       fixture_gen.pick(ARRAY['Draft', 'Negotiation', 'Delivered', 'Closed Accepted', 'Closed Accepted', 'Closed Lost'], 'qstg', r),
       (10 + fixture_gen.n('qamt', r, 2000)) * 12.5, CASE co.cc WHEN 'GB' THEN '-99' WHEN 'NO' THEN sctgen.id('cur', 1) ELSE sctgen.id('cur', 2) END
FROM generate_series(1, 120) r JOIN sctgen.co co ON co.i = 1 + (r * 13) % 130 JOIN accounts a ON a.id = co.id JOIN sctgen.p p ON p.i = co.i
ORDER BY r;

CREATE TABLE aos_products_quotes (
    id char(36) PRIMARY KEY, name text, product_qty numeric(18,4), product_unit_price numeric(26,6), vat_amt numeric(26,6), product_total_price numeric(26,6),
    parent_type varchar(100), parent_id char(36), product_id char(36)
);
INSERT INTO aos_products_quotes
SELECT sctgen.id('pq', r), pr.name, q.qty, pr.price, round(q.qty * pr.price * 0.2, 2), round(q.qty * pr.price, 2),
       CASE WHEN r % 5 = 0 THEN 'AOS_Invoices' ELSE 'AOS_Quotes' END, CASE WHEN r % 5 = 0 THEN sctgen.id('inv', 1 + r % 100) ELSE sctgen.id('quote', 1 + (r - 1) % 120) END, pr.id
FROM generate_series(1, 400) r JOIN aos_products pr ON pr.id = sctgen.id('prod', 1 + (r * 7) % 80)
CROSS JOIN LATERAL (SELECT (1 + fixture_gen.n('pqq', r, 50))::numeric AS qty) q
ORDER BY r;

CREATE TABLE aos_invoices (
    id char(36) PRIMARY KEY, name varchar(255), deleted smallint DEFAULT 0, billing_account_id char(36), billing_address_street varchar(150),
    billing_address_city varchar(100), billing_address_postalcode varchar(20), billing_address_country varchar(255), number integer, invoice_date date,
    status varchar(255), total_amount numeric(26,6), currency_id char(36)
);
INSERT INTO aos_invoices
SELECT sctgen.id('inv', r), 'Invoice ' || (20000 + r)::text, 0, a.id, a.billing_address_street, a.billing_address_city, a.billing_address_postalcode, a.billing_address_country,
       20000 + r, date '2022-01-03' + r * 9, fixture_gen.pick(ARRAY['Paid', 'Paid', 'Unpaid', 'Cancelled'], 'ivst', r), (10 + fixture_gen.n('ivamt', r, 3000)) * 7.5,
       CASE co.cc WHEN 'GB' THEN '-99' WHEN 'NO' THEN sctgen.id('cur', 1) ELSE sctgen.id('cur', 2) END
FROM generate_series(1, 100) r JOIN sctgen.co co ON co.i = 1 + (r * 31) % 130 JOIN accounts a ON a.id = co.id
ORDER BY r;

CREATE TABLE aos_contracts (
    id char(36) PRIMARY KEY, name varchar(255), deleted smallint DEFAULT 0, assigned_user_id char(36), reference_code varchar(255), start_date date, end_date date,
    total_contract_value numeric(26,6), status varchar(100), contract_account_id char(36)
);
INSERT INTO aos_contracts
SELECT sctgen.id('ctr', r), (ARRAY['Framework agreement PPE', 'Gas detector hire', 'Racking inspection SLA', 'Consignment stock agreement', 'Vending service contract'])[1 + r % 5]
         || ' ' || (2021 + r % 4)::text || '-' || (2023 + r % 4)::text,
       0, sctgen.id('usr', 3 + r % 43), 'HIS-' || (ARRAY['FA', 'GH', 'RI', 'CS', 'VS'])[1 + r % 5] || '-' || lpad(r::text, 4, '0'),
       make_date(2021 + r % 4, 1 + r % 12, 1), make_date(2023 + r % 4, 1 + r % 12, 1) - 1, (5 + fixture_gen.n('ctv', r, 200)) * 1000,
       fixture_gen.pick(ARRAY['Signed', 'Signed', 'In Progress', 'Not Started'], 'ctst', r), sctgen.id('acc', 1 + (r * 7) % 130)
FROM generate_series(1, 30) r ORDER BY r;

-- ---------------------------------------------------------------- the CRM's own bug tracker
CREATE TABLE bugs (
    id char(36) PRIMARY KEY, name varchar(255), date_entered timestamp, description text, deleted smallint DEFAULT 0, bug_number serial, status varchar(100),
    resolution varchar(255), work_log text
);
INSERT INTO bugs (id, name, date_entered, description, deleted, status, resolution, work_log)
SELECT sctgen.id('bug', r),
       (ARRAY['Quote PDF cuts off the VAT line', 'Norwegian characters garbled in CSV export', 'Portal users cannot reset password', 'Web-to-lead form creates duplicates',
         'Map view puts accounts in the sea', 'Scheduler stops polling the Ordre mailbox', 'Invoice numbers skip after upgrade', 'Calendar invites arrive in UTC',
         'Mass update clears assigned user', 'Email import fails on large attachments'])[1 + r % 10] || CASE WHEN r > 10 THEN ' (again)' ELSE '' END,
       sctgen.ts('bug', r),
       CASE r % 4 WHEN 0 THEN 'Reported by ' || s.first || ' ' || s.last || '. Steps: open any quote, Print as PDF, choose the UK template.'
         WHEN 1 THEN 'Happens for the contact ' || p.first || ' ' || p.last || ' (' || p.email || ') every time the form is submitted from the web shop.'
         WHEN 2 THEN 'Since the 7.14 upgrade. See the log in upload/upgrades.' ELSE NULL END,
       0, fixture_gen.pick(ARRAY['New', 'Assigned', 'Closed', 'Pending', 'Rejected'], 'bgst', r), fixture_gen.pick(ARRAY['Accepted', 'Fixed', 'Duplicate', 'Invalid', 'Later', ''], 'bgrs', r),
       CASE r % 3 WHEN 0 THEN 'Reproduced on staging with ' || s.first || '''s login.' WHEN 1 THEN NULL ELSE 'Patched custom/modules/AOS_PDF_Templates, waiting for ' || s.first || ' to confirm.' END
FROM generate_series(1, 30) r JOIN sctgen.staff s ON s.i = 3 + (r * 3) % 43 JOIN sctgen.p p ON p.i = 421 + (r * 5) % 160
ORDER BY r;

-- ---------------------------------------------------------------- saved searches, tracker, sessions
CREATE TABLE saved_search (
    id char(36) PRIMARY KEY, name varchar(150), search_module varchar(150), deleted smallint DEFAULT 0, assigned_user_id char(36), contents text, date_entered timestamp
);
INSERT INTO saved_search
SELECT sctgen.id('ss', r), (ARRAY['My Bergen leads', 'Overdue cases UK', 'Key contacts', 'Lapsed accounts', 'Mine this week', 'Web leads', 'Offshore', 'Hi-vis buyers'])[1 + r % 8],
       m.mod, 0, sctgen.id('usr', 3 + r % 43),
       sctgen.b64(sctgen.pa(ARRAY['searchFormTab', 'advanced_search', 'query', 'true',
         CASE m.mod WHEN 'Accounts' THEN 'name_advanced' ELSE 'last_name_advanced' END, CASE m.mod WHEN 'Accounts' THEN split_part(p.coname, ' ', 1) WHEN 'Cases' THEN '' ELSE p.last END,
         'first_name_advanced', CASE WHEN r % 3 = 0 THEN p.first ELSE '' END,
         'phone_advanced', CASE WHEN r % 4 = 1 THEN p.mobile ELSE '' END,
         'email_advanced', CASE WHEN r % 5 = 2 THEN p.email ELSE '' END,
         'address_city_advanced', CASE WHEN r % 2 = 0 THEN p.city ELSE '' END,
         'orderBy', 'DATE_ENTERED', 'sortOrder', 'DESC', 'displayColumns', 'NAME|ACCOUNT_NAME|PHONE_WORK|EMAIL1|ASSIGNED_USER_NAME'])),
       sctgen.ts('ss', r)
FROM generate_series(1, 30) r JOIN sctgen.p p ON p.i = 1 + (r * 59) % 580
CROSS JOIN LATERAL (SELECT (ARRAY['Contacts', 'Leads', 'Accounts', 'Cases'])[1 + r % 4] AS mod) m
ORDER BY r;

CREATE TABLE tracker_sessions (
    id serial PRIMARY KEY, session_id varchar(36), date_start timestamp, date_end timestamp, seconds integer, client_ip varchar(45), user_id varchar(36)
);
INSERT INTO tracker_sessions (session_id, date_start, date_end, seconds, client_ip, user_id)
SELECT fixture_gen.chars('sess', r, 26, 'abcdefghijklmnopqrstuv0123456789'), sctgen.ts('sess', r), sctgen.ts('sess', r) + make_interval(secs => 60 + (r * 97) % 20000),
       60 + (r * 97) % 20000,
       CASE WHEN r % 4 = 0 THEN fixture_gen.ipv4('sip', r) WHEN r % 4 = 1 THEN (ARRAY['81.134.202.17', '195.159.108.44', '73.166.21.230'])[1 + r % 3]
            WHEN r % 4 = 2 THEN fixture_gen.ipv6('sip6', r) ELSE (ARRAY['10.20.1.', '10.30.4.', '192.168.10.'])[1 + r % 3] || (10 + r % 200)::text END,
       sctgen.id('usr', 3 + r % 43)
FROM generate_series(1, 220) r ORDER BY r;

CREATE TABLE tracker (
    id serial PRIMARY KEY, monitor_id char(36), user_id varchar(36), module_name varchar(255), item_id varchar(36), item_summary varchar(255),
    date_modified timestamp, action varchar(255), session_id varchar(36)
);
INSERT INTO tracker (monitor_id, user_id, module_name, item_id, item_summary, date_modified, action, session_id)
SELECT sctgen.id('mon', r), ts.user_id, m.mod,
       CASE m.mod WHEN 'Contacts' THEN p.id WHEN 'Accounts' THEN sctgen.id('acc', p.ci) WHEN 'Leads' THEN l.id WHEN 'Cases' THEN c.id ELSE o.id END,
       CASE m.mod WHEN 'Contacts' THEN p.first || ' ' || p.last WHEN 'Accounts' THEN p.coname WHEN 'Leads' THEN l.first_name || ' ' || l.last_name WHEN 'Cases' THEN c.name ELSE o.name END,
       ts.date_start + make_interval(secs => r % 600), fixture_gen.pick(ARRAY['detailview', 'detailview', 'editview', 'save', 'detailview'], 'trac', r), ts.session_id
FROM generate_series(1, 500) r
JOIN tracker_sessions ts ON ts.id = 1 + r % 220
JOIN sctgen.p p ON p.i = 1 + (r * 17) % 420
JOIN leads l ON l.id = sctgen.id('lead', 421 + (r * 3) % 160)
JOIN cases c ON c.id = sctgen.id('case', 1 + r % 150)
JOIN opportunities o ON o.id = sctgen.id('opp', 1 + r % 90)
CROSS JOIN LATERAL (SELECT (ARRAY['Contacts', 'Accounts', 'Contacts', 'Leads', 'Cases', 'Opportunities', 'Contacts'])[1 + r % 7] AS mod) m
ORDER BY r;

-- ---------------------------------------------------------------- API access
CREATE TABLE oauth_consumer (
    id char(36) PRIMARY KEY, name varchar(255), deleted smallint DEFAULT 0, description text, c_key varchar(255), c_secret varchar(255)
);
INSERT INTO oauth_consumer VALUES
 (sctgen.id('oac', 1), 'Outlook plugin', 0, 'SuiteCRM Outlook add-in, all sales staff', sctgen.hx('oack', 1, 32), sctgen.hx('oacs', 1, 32)),
 (sctgen.id('oac', 2), 'Mobile sales app (legacy)', 0, 'Retired in 2023, tokens kept', sctgen.hx('oack', 2, 32), sctgen.hx('oacs', 2, 32)),
 (sctgen.id('oac', 3), 'Zapier', 1, NULL, sctgen.hx('oack', 3, 32), sctgen.hx('oacs', 3, 32));

CREATE TABLE oauth_tokens (
    id varchar(36) PRIMARY KEY, secret varchar(32), tstate varchar(1), consumer char(36), token_ts bigint, verify varchar(32), deleted smallint DEFAULT 0,
    callback_url varchar(255), assigned_user_id char(36)
);
INSERT INTO oauth_tokens
SELECT sctgen.hx('oatid', r, 20), sctgen.hx('oatsec', r, 20), CASE WHEN r % 5 = 0 THEN '1' ELSE '2' END, sctgen.id('oac', 1 + r % 2), fixture_gen.ep('oats', r),
       CASE WHEN r % 5 = 0 THEN sctgen.hx('oatver', r, 8) END, CASE WHEN r % 7 = 0 THEN 1 ELSE 0 END,
       CASE WHEN r % 2 = 0 THEN 'oob' ELSE 'https://outlook-addin.halvorsen-supply.co.uk/oauth/callback' END, sctgen.id('usr', 3 + r % 43)
FROM generate_series(1, 24) r ORDER BY r;

CREATE TABLE oauth2clients (
    id char(36) PRIMARY KEY, name varchar(255), deleted smallint DEFAULT 0, secret varchar(4000), redirect_uri varchar(255), is_confidential smallint DEFAULT 1,
    allowed_grant_type varchar(255), assigned_user_id char(36)
);
INSERT INTO oauth2clients VALUES
 (sctgen.id('o2c', 1), 'Web shop order sync', 0, encode(sha256(convert_to('o2c1', 'UTF8')), 'hex'), NULL, 1, 'client_credentials', '1'),
 (sctgen.id('o2c', 2), 'Power BI connector', 0, encode(sha256(convert_to('o2c2', 'UTF8')), 'hex'), NULL, 1, 'client_credentials', sctgen.id('usr', 7)),
 (sctgen.id('o2c', 3), 'Mobile sales app', 0, encode(sha256(convert_to('o2c3', 'UTF8')), 'hex'), 'com.halvorsen.sales://oauth', 0, 'authorization_code', '1'),
 (sctgen.id('o2c', 4), 'Customer portal', 0, encode(sha256(convert_to('o2c4', 'UTF8')), 'hex'), NULL, 1, 'password', sctgen.id('usr', 46)),
 (sctgen.id('o2c', 5), 'Zapier (trial)', 1, encode(sha256(convert_to('o2c5', 'UTF8')), 'hex'), 'https://zapier.com/dashboard/auth/oauth/return/App123CLIAPI/', 1, 'authorization_code', sctgen.id('usr', 7));

CREATE TABLE oauth2tokens (
    id char(36) PRIMARY KEY, deleted smallint DEFAULT 0, token_is_revoked smallint DEFAULT 0, access_token_expires timestamp, access_token varchar(4000),
    refresh_token varchar(4000), grant_type varchar(255), client char(36), assigned_user_id char(36)
);
INSERT INTO oauth2tokens
SELECT sctgen.id('o2t', r), 0, CASE WHEN r % 6 = 0 THEN 1 ELSE 0 END, sctgen.ts('o2t', r) + interval '1 hour', sctgen.hx('o2ta', r, 80),
       CASE WHEN c.k IN (3, 4) THEN sctgen.hx('o2tr', r, 80) END, CASE c.k WHEN 3 THEN 'authorization_code' WHEN 4 THEN 'password' ELSE 'client_credentials' END,
       sctgen.id('o2c', c.k), CASE c.k WHEN 4 THEN sctgen.id('usr', 46) WHEN 3 THEN sctgen.id('usr', 3 + r % 43) ELSE '1' END
FROM generate_series(1, 60) r CROSS JOIN LATERAL (SELECT 1 + r % 4 AS k) c ORDER BY r;

CREATE TABLE eapm (
    id char(36) PRIMARY KEY, name varchar(255), deleted smallint DEFAULT 0, assigned_user_id char(36), url varchar(255), application varchar(100), api_data text, validated smallint
);
INSERT INTO eapm
SELECT sctgen.id('eapm', s.i), s.email, 0, s.id, 'https://www.googleapis.com', 'Google',
       sctgen.b64('{"access_token":"ya29.' || sctgen.tok('gat', s.i, 120) || '","expires_in":3599,"refresh_token":"1//' || sctgen.tok('grt', s.i, 64)
         || '","scope":"https://www.googleapis.com/auth/calendar","token_type":"Bearer","created":' || fixture_gen.ep('gcr', s.i) || '}'),
       CASE WHEN s.i % 5 = 0 THEN 0 ELSE 1 END
FROM sctgen.staff s WHERE s.i IN (4, 8, 12, 16, 20, 24, 28, 32) ORDER BY s.i;

-- ---------------------------------------------------------------- settings
-- config: plain settings beside the site URL, the notification SMTP password,
-- the reCAPTCHA, proxy and LDAP secrets and the licence key.
CREATE TABLE config (
    category varchar(32), name varchar(32), value text
);
INSERT INTO config VALUES
 ('notify', 'fromaddress', 'crm@halvorsen-supply.co.uk'), ('notify', 'fromname', 'Halvorsen CRM'), ('notify', 'send_by_default', '1'), ('notify', 'on', '1'),
 ('notify', 'send_from_assigning_user', '0'), ('info', 'sugar_version', '6.5.25'), ('info', 'suitecrm_version', '7.14.3'),
 ('MySettings', 'tab', sctgen.b64('a:12:{i:0;s:4:"Home";i:1;s:8:"Accounts";i:2;s:8:"Contacts";i:3;s:13:"Opportunities";i:4;s:5:"Leads";i:5;s:5:"Cases";i:6;s:5:"Calls";i:7;s:8:"Meetings";i:8;s:10:"AOS_Quotes";i:9;s:12:"AOS_Invoices";i:10;s:9:"Campaigns";i:11;s:9:"Documents";}')),
 ('portal', 'on', '1'), ('tracker', 'Tracker', '1'), ('system', 'skypeout_on', '1'), ('system', 'tweettocase_on', '0'), ('system', 'adminwizard', '1'),
 ('system', 'site_url', 'https://crm.halvorsen-supply.co.uk'), ('system', 'unique_key', sctgen.hx('ukey', 1, 32)),
 ('massemailer', 'campaign_emails_per_run', '50'), ('massemailer', 'tracking_entities_location_type', '2'),
 ('massemailer', 'tracking_entities_location', 'https://crm.halvorsen-supply.co.uk'), ('massemailer', 'email_copy', '1'),
 ('mail', 'smtpserver', 'smtp.office365.com'), ('mail', 'smtpuser', 'crm@halvorsen-supply.co.uk'), ('mail', 'smtppass', sctgen.tok('cfsmtp', 1, 14) || '#' || sctgen.dg('cfsmtp', 1, 3)),
 ('captcha', 'on', '1'), ('captcha', 'public_key', '6Le' || sctgen.tok('capk', 1, 37)), ('captcha', 'private_key', '6Le' || sctgen.tok('caps', 1, 37)),
 ('proxy', 'on', '1'), ('proxy', 'host', 'proxy.halvorsen.local'), ('proxy', 'port', '3128'), ('proxy', 'auth', '1'), ('proxy', 'username', 'svc-crm-proxy'),
 ('proxy', 'password', sctgen.tok('cfprx', 1, 16)),
 ('ldap', 'hostname', 'ldaps://dc01.halvorsen.local'), ('ldap', 'base_dn', 'OU=Staff,DC=halvorsen,DC=local'), ('ldap', 'bind_attr', 'sAMAccountName'),
 ('ldap', 'admin_user', 'CN=svc-suitecrm,OU=Service Accounts,DC=halvorsen,DC=local'), ('ldap', 'admin_password', sctgen.tok('cfldap', 1, 18)),
 ('license', 'users', '50'), ('license', 'expire_date', '2025-12-31'), ('license', 'key', upper(sctgen.hx('lic', 1, 8) || '-' || sctgen.hx('lic', 2, 8) || '-' || sctgen.hx('lic', 3, 8) || '-' || sctgen.hx('lic', 4, 8))),
 ('sugarpdf', 'fontsize', '9'), ('Update', 'CheckUpdates', 'manual'), ('jjwg', 'map_default_center_latitude', '57.5'), ('jjwg', 'map_default_center_longitude', '2.5'),
 ('jjwg', 'google_maps_api_key', 'AIza' || sctgen.tok('gmaps', 1, 35)), ('aop', 'enable_portal', '1'), ('aop', 'joomla_url', 'https://portal.halvorsen-supply.co.uk');

CREATE TABLE upgrade_history (
    id char(36) PRIMARY KEY, filename varchar(255), md5sum varchar(32), type varchar(30), status varchar(50), version varchar(64), name varchar(255), manifest text
);
INSERT INTO upgrade_history
SELECT sctgen.id('upg', v.k), 'upload/upgrades/' || v.typ || '/' || v.file, sctgen.hx('upgmd5', v.k, 32), v.typ, 'installed', v.ver, v.name,
       sctgen.b64('a:3:{s:8:"manifest";' || sctgen.pa(ARRAY['name', v.name, 'author', v.author, 'description', v.name || ' for SuiteCRM', 'version', v.ver, 'type', v.typ,
         'is_uninstallable', 'true', 'published_date', '2023-06-01']) || 's:11:"installdefs";a:1:{s:2:"id";' || sctgen.ps(v.file) || '}s:16:"upgrade_manifest";s:0:"";}')
FROM (VALUES (1, 'module', 'jjwg_Maps_2.3.zip', '2.3', 'Google Maps', 'SalesAgility'), (2, 'patch', 'SuiteCRM-Upgrade-7.12.x-to-7.13.0.zip', '7.13.0', 'SuiteCRM 7.13.0 upgrade', 'SalesAgility'),
  (3, 'patch', 'SuiteCRM-Upgrade-7.13.x-to-7.14.0.zip', '7.14.0', 'SuiteCRM 7.14.0 upgrade', 'SalesAgility'), (4, 'patch', 'SuiteCRM-7.14.3-patch.zip', '7.14.3', 'SuiteCRM 7.14.3', 'SalesAgility'),
  (5, 'langpack', 'nb_NO_7.14.zip', '7.14.0.1', 'Norsk bokmål', 'SuiteCRM Translations'), (6, 'module', 'SecuritySuite_7.zip', '7.0', 'Security Suite', 'SalesAgility'),
  (7, 'module', 'Outlook_Plugin_3.0.zip', '3.0', 'Outlook plugin', 'SalesAgility'), (8, 'module', 'Halvorsen_QuoteMailer_1.2.zip', '1.2', 'Quote mailer', 'Halvorsen IT'),
  (9, 'module', 'Halvorsen_WebshopSync_2.0.zip', '2.0', 'Web shop sync', 'Halvorsen IT'), (10, 'theme', 'SuiteP_Halvorsen.zip', '1.0', 'SuiteP Halvorsen colours', 'Halvorsen IT'),
  (11, 'module', 'Zapier_connector_1.0.zip', '1.0', 'Zapier connector', 'Zapier'), (12, 'langpack', 'en_GB_7.14.zip', '7.14.0.1', 'English (UK)', 'SuiteCRM Translations'))
  v(k, typ, file, ver, name, author)
ORDER BY v.k;

CREATE TABLE fields_meta_data (
    id varchar(255) PRIMARY KEY, name varchar(255), vname varchar(255), custom_module varchar(255), type varchar(255), required smallint DEFAULT 0,
    default_value varchar(255), deleted smallint DEFAULT 0
);
INSERT INTO fields_meta_data
SELECT v.m || v.n, v.n, v.l, v.m, v.t, v.req, v.d, 0
FROM (VALUES ('Accounts', 'vat_number_c', 'LBL_VAT_NUMBER', 'varchar', 0, NULL), ('Accounts', 'iban_c', 'LBL_IBAN', 'varchar', 0, NULL), ('Accounts', 'credit_limit_c', 'LBL_CREDIT_LIMIT', 'currency', 0, '10000'),
  ('Accounts', 'jjwg_maps_lat_c', 'LBL_JJWG_MAPS_LAT', 'float', 0, '0.00000000'), ('Accounts', 'jjwg_maps_lng_c', 'LBL_JJWG_MAPS_LNG', 'float', 0, '0.00000000'),
  ('Accounts', 'jjwg_maps_address_c', 'LBL_JJWG_MAPS_ADDRESS', 'varchar', 0, NULL), ('Accounts', 'jjwg_maps_geocode_status_c', 'LBL_JJWG_MAPS_GEOCODE_STATUS', 'varchar', 0, NULL),
  ('Contacts', 'linkedin_c', 'LBL_LINKEDIN', 'url', 0, NULL), ('Contacts', 'dietary_requirements_c', 'LBL_DIETARY_REQUIREMENTS', 'varchar', 0, NULL),
  ('Contacts', 'jjwg_maps_lat_c', 'LBL_JJWG_MAPS_LAT', 'float', 0, '0.00000000'), ('Contacts', 'jjwg_maps_lng_c', 'LBL_JJWG_MAPS_LNG', 'float', 0, '0.00000000'),
  ('Contacts', 'jjwg_maps_address_c', 'LBL_JJWG_MAPS_ADDRESS', 'varchar', 0, NULL), ('Leads', 'jjwg_maps_lat_c', 'LBL_JJWG_MAPS_LAT', 'float', 0, '0.00000000'),
  ('Leads', 'jjwg_maps_lng_c', 'LBL_JJWG_MAPS_LNG', 'float', 0, '0.00000000'), ('Cases', 'site_reference_c', 'LBL_SITE_REFERENCE', 'varchar', 0, NULL),
  ('Cases', 'rma_number_c', 'LBL_RMA_NUMBER', 'varchar', 0, NULL), ('Opportunities', 'tender_deadline_c', 'LBL_TENDER_DEADLINE', 'date', 0, NULL),
  ('AOS_Quotes', 'delivery_terms_c', 'LBL_DELIVERY_TERMS', 'enum', 1, 'DAP'), ('AOS_Products', 'hazardous_c', 'LBL_HAZARDOUS', 'bool', 0, '0'),
  ('Meetings', 'jjwg_maps_address_c', 'LBL_JJWG_MAPS_ADDRESS', 'varchar', 0, NULL)) v(m, n, l, t, req, d);

CREATE TABLE relationships (
    id char(36) PRIMARY KEY, relationship_name varchar(150), lhs_module varchar(100), lhs_key varchar(64), rhs_module varchar(100), rhs_key varchar(64),
    join_table varchar(64), relationship_type varchar(64), deleted smallint DEFAULT 0
);
INSERT INTO relationships
SELECT sctgen.id('rel', v.k), v.n, v.l, 'id', v.r, v.rk, v.j, CASE WHEN v.j IS NULL THEN 'one-to-many' ELSE 'many-to-many' END, 0
FROM (VALUES (1, 'accounts_contacts', 'Accounts', 'Contacts', 'id', 'accounts_contacts'), (2, 'accounts_opportunities', 'Accounts', 'Opportunities', 'id', 'accounts_opportunities'),
  (3, 'account_cases', 'Accounts', 'Cases', 'account_id', NULL), (4, 'account_notes', 'Accounts', 'Notes', 'parent_id', NULL), (5, 'account_calls', 'Accounts', 'Calls', 'parent_id', NULL),
  (6, 'account_meetings', 'Accounts', 'Meetings', 'parent_id', NULL), (7, 'account_tasks', 'Accounts', 'Tasks', 'parent_id', NULL), (8, 'member_accounts', 'Accounts', 'Accounts', 'parent_id', NULL),
  (9, 'contact_direct_reports', 'Contacts', 'Contacts', 'reports_to_id', NULL), (10, 'contact_notes', 'Contacts', 'Notes', 'contact_id', NULL),
  (11, 'contact_tasks', 'Contacts', 'Tasks', 'contact_id', NULL), (12, 'meetings_contacts', 'Meetings', 'Contacts', 'id', 'meetings_contacts'),
  (13, 'calls_contacts', 'Calls', 'Contacts', 'id', 'calls_contacts'), (14, 'opportunities_contacts', 'Opportunities', 'Contacts', 'id', 'opportunities_contacts'),
  (15, 'case_calls', 'Cases', 'Calls', 'parent_id', NULL), (16, 'case_notes', 'Cases', 'Notes', 'parent_id', NULL), (17, 'cases_aop_case_updates', 'Cases', 'AOP_Case_Updates', 'case_id', NULL),
  (18, 'lead_calls', 'Leads', 'Calls', 'parent_id', NULL), (19, 'lead_notes', 'Leads', 'Notes', 'parent_id', NULL), (20, 'campaign_leads', 'Campaigns', 'Leads', 'campaign_id', NULL),
  (21, 'campaign_campaignlog', 'Campaigns', 'CampaignLog', 'campaign_id', NULL), (22, 'prospect_list_prospects', 'ProspectLists', 'Prospects', 'id', 'prospect_lists_prospects'),
  (23, 'prospect_list_contacts', 'ProspectLists', 'Contacts', 'id', 'prospect_lists_prospects'), (24, 'prospect_list_leads', 'ProspectLists', 'Leads', 'id', 'prospect_lists_prospects'),
  (25, 'emails_contacts_rel', 'Emails', 'Contacts', 'id', 'emails_beans'), (26, 'emails_accounts_rel', 'Emails', 'Accounts', 'id', 'emails_beans'),
  (27, 'emails_cases_rel', 'Emails', 'Cases', 'id', 'emails_beans'), (28, 'emails_email_addr_rel', 'Emails', 'EmailAddresses', 'id', 'emails_email_addr_rel'),
  (29, 'accounts_email_addresses', 'Accounts', 'EmailAddresses', 'id', 'email_addr_bean_rel'), (30, 'contacts_email_addresses', 'Contacts', 'EmailAddresses', 'id', 'email_addr_bean_rel'),
  (31, 'aos_quotes_aos_product_quotes', 'AOS_Quotes', 'AOS_Products_Quotes', 'parent_id', NULL), (32, 'aos_invoices_aos_product_quotes', 'AOS_Invoices', 'AOS_Products_Quotes', 'parent_id', NULL),
  (33, 'account_aos_quotes', 'Accounts', 'AOS_Quotes', 'billing_account_id', NULL), (34, 'account_aos_invoices', 'Accounts', 'AOS_Invoices', 'billing_account_id', NULL),
  (35, 'account_aos_contracts', 'Accounts', 'AOS_Contracts', 'contract_account_id', NULL), (36, 'projects_project_tasks', 'Project', 'ProjectTask', 'project_id', NULL),
  (37, 'document_revisions', 'Documents', 'DocumentRevisions', 'document_id', NULL), (38, 'securitygroups_users', 'SecurityGroups', 'Users', 'id', 'securitygroups_users'),
  (39, 'acl_roles_users', 'ACLRoles', 'Users', 'id', 'acl_roles_users'), (40, 'user_direct_reports', 'Users', 'Users', 'reports_to_id', NULL)) v(k, n, l, r, rk, j);

-- ---------------------------------------------------------------- access control
CREATE TABLE acl_roles (
    id char(36) PRIMARY KEY, date_entered timestamp, name varchar(150), description text, deleted smallint DEFAULT 0
);
INSERT INTO acl_roles
SELECT sctgen.id('role', v.k), timestamp '2021-02-15 10:00:00' + make_interval(days => v.k), v.n, v.d, 0
FROM (VALUES (1, 'Sales UK', 'Own and UK group records'), (2, 'Sales Norway', 'Own and Norway group records'), (3, 'Sales US', 'Own and US group records'),
  (4, 'Customer Service', 'Cases, contacts and accounts; no opportunities'), (5, 'Finance', 'Invoices, contracts, accounts; export allowed'),
  (6, 'Read only (auditors)', 'View and list only, no export')) v(k, n, d);

CREATE TABLE acl_actions (
    id char(36) PRIMARY KEY, name varchar(150), category varchar(100), acltype varchar(100), aclaccess integer, deleted smallint DEFAULT 0
);
INSERT INTO acl_actions
SELECT sctgen.id('acla', r), a.n, m.n, 'module', CASE WHEN a.n = 'access' THEN 89 ELSE 90 END, 0
FROM unnest(ARRAY['Accounts', 'Contacts', 'Leads', 'Opportunities', 'Cases', 'Calls', 'Meetings', 'Notes', 'AOS_Quotes', 'AOS_Invoices']) WITH ORDINALITY m(n, mk)
CROSS JOIN unnest(ARRAY['access', 'view', 'list', 'edit', 'delete', 'import', 'export', 'massupdate']) WITH ORDINALITY a(n, ak)
CROSS JOIN LATERAL (SELECT ((m.mk - 1) * 8 + a.ak)::int AS r) x
ORDER BY r;

CREATE TABLE securitygroups (
    id char(36) PRIMARY KEY, name varchar(255), date_entered timestamp, description text, deleted smallint DEFAULT 0, noninheritable smallint DEFAULT 0
);
INSERT INTO securitygroups
SELECT sctgen.id('sg', v.k), v.n, timestamp '2021-02-16 09:00:00' + make_interval(days => v.k), v.d, 0, CASE WHEN v.k = 8 THEN 1 ELSE 0 END
FROM (VALUES (1, 'UK', 'Leeds branch'), (2, 'Norway', 'Drammen branch'), (3, 'US', 'Houston branch'), (4, 'Key accounts', 'National framework customers'),
  (5, 'Finance', NULL), (6, 'Customer service', 'Shared support mailboxes'), (7, 'Warehouse', NULL), (8, 'Management', 'Board and branch managers')) v(k, n, d);

-- ---------------------------------------------------------------- scheduler
CREATE TABLE schedulers (
    id char(36) PRIMARY KEY, name varchar(255), job varchar(255), date_time_start timestamp, job_interval varchar(100), last_run timestamp, status varchar(100)
);
INSERT INTO schedulers
SELECT sctgen.id('sch', v.k), v.n, v.j, timestamp '2015-01-01 00:00:01', v.i, timestamp '2024-06-30 23:00:00' - make_interval(mins => v.k * 7), CASE WHEN v.k IN (9, 13) THEN 'Inactive' ELSE 'Active' END
FROM (VALUES (1, 'Process Workflow Tasks', 'function::processAOW_Workflow', '*::*::*::*::*'), (2, 'Run Report Generation Scheduled Tasks', 'function::aorRunScheduledReports', '*::*::*::*::*'),
  (3, 'Prune Tracker Tables', 'function::trimTracker', '0::2::1::*::*'), (4, 'Check Inbound Mailboxes', 'function::pollMonitoredInboxesAOP', '*::*::*::*::*'),
  (5, 'Run Nightly Process Bounced Campaign Emails', 'function::pollMonitoredInboxesForBouncedCampaignEmails', '0::2-6::*::*::*'),
  (6, 'Run Nightly Mass Email Campaigns', 'function::runMassEmailCampaign', '0::2-6::*::*::*'), (7, 'Prune Database on 1st of Month', 'function::pruneDatabase', '0::4::1::*::*'),
  (8, 'Perform Lucene Index', 'function::aodIndexUnindexed', '0::0::*::*::*'), (9, 'Optimise AOD Index', 'function::aodOptimiseIndex', '0::*/3::*::*::*'),
  (10, 'Run Email Reminder Notifications', 'function::sendEmailReminders', '*::*::*::*::*'), (11, 'Clean Jobs Queue', 'function::cleanJobQueue', '0::5::*::*::0'),
  (12, 'Removal of documents from filesystem', 'function::removeDocumentsFromFS', '0::3::1::*::*'), (13, 'Prune SuiteCRM Feed Tables', 'function::trimSugarFeeds', '0::2::1::*::*'),
  (14, 'Google Calendar Sync', 'function::syncGoogleCalendar', '*/15::*::*::*::*'), (15, 'Send quote e-mails', 'class::HalvorsenQuoteMailerJob', '*/5::*::*::*::*')) v(k, n, j, i);

-- job_queue: the scheduler's runs; a custom job's arguments carry the quote's
-- recipients, failed sends quote the address refused.
CREATE TABLE job_queue (
    id char(36) PRIMARY KEY, assigned_user_id char(36), name varchar(255), deleted smallint DEFAULT 0, execute_time timestamp, status varchar(20),
    resolution varchar(20), message text, target varchar(255), data text
);
INSERT INTO job_queue
SELECT sctgen.id('job', r), CASE WHEN j.k = 15 THEN sctgen.id('usr', 3 + r % 43) ELSE '1' END, j.n, 0, timestamp '2024-06-01 00:00:00' + make_interval(mins => r * 37),
       CASE WHEN r % 17 = 0 THEN 'running' ELSE 'done' END,
       CASE WHEN r % 17 = 0 THEN 'queued' WHEN r % 6 = 0 THEN 'failure' ELSE 'success' END,
       CASE WHEN r % 17 = 0 OR r % 6 <> 0 THEN NULL
            WHEN j.k IN (10, 15) THEN 'SMTP Error: Could not send to ' || p.email || ': 550 5.1.1 <' || p.email || '>: Recipient address rejected: User unknown'
            WHEN j.k = 4 THEN 'IMAP login failed for ' || (ARRAY['support@halvorsen-supply.co.uk', 'ordre@halvorsen.no', 'sales@halvorsensupply.com'])[1 + r % 3] || ': AUTHENTICATE failed.'
            ELSE 'Job failed: timeout after 300 seconds' END,
       j.j,
       CASE j.k WHEN 15 THEN '{"quote_id":"' || sctgen.id('quote', 1 + r % 120) || '","to":"' || p.email || '","cc":"' || q.email || '","template":"' || sctgen.id('et', 6) || '"}'
         WHEN 1 THEN NULL WHEN 10 THEN sctgen.b64(sctgen.pa(ARRAY['module', 'Meetings', 'record', sctgen.id('meet', 1 + r % 110)])) ELSE NULL END
FROM generate_series(1, 90) r
JOIN sctgen.p p ON p.i = 1 + (r * 47) % 420 JOIN sctgen.p q ON q.i = 1 + (r * 47 + 130) % 420
JOIN (SELECT k, name AS n, job AS j FROM schedulers CROSS JOIN LATERAL (SELECT (SELECT v.k FROM (VALUES (1), (4), (10), (15), (3), (6)) v(k) WHERE sctgen.id('sch', v.k) = schedulers.id) AS k) kk WHERE k IS NOT NULL) j
  ON j.k = (ARRAY[1, 4, 10, 15, 15, 4, 1, 10, 6, 3])[1 + r % 10]
ORDER BY r;

-- ---------------------------------------------------------------- templates and the activity stream
CREATE TABLE email_templates (
    id char(36) PRIMARY KEY, name varchar(255), subject varchar(255), body text, body_html text, deleted smallint DEFAULT 0, type varchar(255)
);
INSERT INTO email_templates
SELECT sctgen.id('et', v.k), v.n, v.s, v.b, '<p>' || replace(v.b, E'\n', '<br>') || '</p>', 0, v.t
FROM (VALUES
  (1, 'System-generated password email', 'New account information', E'Here is your account username and temporary password:\nUsername : $contact_user_user_name\nPassword : $contact_user_user_hash\n\n$config_site_url', 'system'),
  (2, 'Forgot Password email', 'Reset your account password', E'You recently requested on $contact_user_pwd_last_changed to be able to reset your account password.\n\nClick on the link below to reset your password:\n\n$contact_user_link_guid', 'system'),
  (3, 'Case Creation', '[CASE:$acase_case_number] $acase_name', E'Hi $contact_first_name,\n\nWe have received your request and logged it as case $acase_case_number. We will be in touch shortly.\n\nHalvorsen Customer Service\n+44 113 496 0500', 'system'),
  (4, 'Contact Case Update', 'RE: [CASE:$acase_case_number] $acase_name', E'Hi $contact_first_name,\n\nYour case has been updated:\n$aop_case_updates_description', 'system'),
  (5, 'Case Closure', 'Closed: [CASE:$acase_case_number] $acase_name', E'Hi $contact_first_name,\n\nYour case $acase_case_number has been closed.', 'system'),
  (6, 'Quote', 'Your quote $aos_quotes_number from Halvorsen', E'Dear $contact_first_name,\n\nPlease find attached quote $aos_quotes_number. Prices are valid for 30 days.\n\nHalvorsen Industrial Supply', 'email'),
  (7, 'Order shipped', 'Your order has shipped', E'Hi $contact_first_name,\n\nYour order left our warehouse today. Questions? Call us on +47 32 20 45 00 or +44 113 496 0500.', 'email'),
  (8, 'Event Invite Template', 'You are invited to $fp_events_name', E'Dear $contact_name,\n\nYou are invited to $fp_events_name on $fp_events_date_start.', 'email'),
  (9, 'Winter PPE newsletter', 'Winter is coming: gloves, boots and parkas', E'Hi $contact_first_name,\n\nStock up on thermal PPE before the cold snap.\n\nUnsubscribe: $unsubscribe_link', 'campaign'),
  (10, 'Nyhetsbrev', 'Nyheter fra Halvorsen', E'Hei $contact_first_name,\n\nHer er månedens nyheter.\n\nAvmeld: $unsubscribe_link', 'campaign'),
  (11, 'Joomla Account Creation', 'Your portal account', E'Hi $contact_name,\n\nYour portal account has been created. Username: $portal_user_name\nPassword: $joomla_pass', 'system'),
  (12, 'Lapsed customer offer', 'We miss you', E'Hi $contact_first_name,\n\n10% off your next order with code COMEBACK10.', 'campaign'),
  (13, 'Statement of account', 'Statement $account_name', E'Please find attached your statement of account.', 'email'),
  (14, 'Appointment reminder', 'Reminder: $meeting_name', E'This is a reminder of $meeting_name at $meeting_date_start.', 'system')) v(k, n, s, b, t)
ORDER BY v.k;

CREATE TABLE sugarfeed (
    id char(36) PRIMARY KEY, name varchar(255), date_entered timestamp, created_by char(36), related_module varchar(100), related_id char(36), link_url varchar(255)
);
INSERT INTO sugarfeed
SELECT sctgen.id('feed', r),
       left('<b>{this.CREATED_BY}</b> ' || CASE r % 5
         WHEN 0 THEN '{SugarFeed.CREATED_CONTACT} [Contacts:' || p.id || ':' || p.first || ' ' || p.last || ']'
         WHEN 1 THEN '{SugarFeed.CREATED_LEAD} [Leads:' || l.id || ':' || l.first_name || ' ' || l.last_name || ']'
         WHEN 2 THEN '{SugarFeed.CREATED_CASE} [Cases:' || c.id || ':' || c.name || '] {SugarFeed.FOR} [Accounts:' || sctgen.id('acc', p.ci) || ':' || p.coname || ']'
         WHEN 3 THEN '{SugarFeed.WON_OPPORTUNITY} [Opportunities:' || o.id || ':' || o.name || '] {SugarFeed.WITH} [Accounts:' || sctgen.id('acc', p.ci) || ':' || p.coname || ']'
         ELSE CASE WHEN r % 10 = 4 THEN 'Great call with ' || p.first || ' at ' || p.coname || ', framework renewed for two years!' ELSE 'New price list is live on the portal.' END END, 255),
       sctgen.ts('feed', r), sctgen.id('usr', 3 + r % 43),
       CASE r % 5 WHEN 0 THEN 'Contacts' WHEN 1 THEN 'Leads' WHEN 2 THEN 'Cases' WHEN 3 THEN 'Opportunities' ELSE 'UserFeed' END,
       CASE r % 5 WHEN 0 THEN p.id WHEN 1 THEN l.id WHEN 2 THEN c.id WHEN 3 THEN o.id ELSE sctgen.id('usr', 3 + r % 43) END,
       CASE WHEN r % 10 = 9 THEN 'https://www.halvorsen-supply.co.uk/news/' || (ARRAY['winter-ppe', 'new-drammen-warehouse', 'iso-9001-renewed'])[1 + r % 3] END
FROM generate_series(1, 160) r
JOIN sctgen.p p ON p.i = 1 + (r * 29) % 420
JOIN leads l ON l.id = sctgen.id('lead', 421 + (r * 7) % 160)
JOIN cases c ON c.id = sctgen.id('case', 1 + (r * 3) % 150)
JOIN opportunities o ON o.id = sctgen.id('opp', 1 + (r * 5) % 90)
ORDER BY r;

-- ---------------------------------------------------------------- done
DROP SCHEMA sctgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
