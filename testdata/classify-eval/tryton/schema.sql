-- classify-eval fixture (HOLDOUT 46: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Tryton 7.6 ERP on PostgreSQL in the naming its ORM creates (model names
-- with dots turned into underscores: party_party, party_address,
-- account_invoice, res_user, ir_attachment ...; integer ids from a
-- sequence; create_uid/create_date/write_uid/write_date on every table;
-- Char and Selection fields as varchar without a length, Text as text,
-- Timestamp and DateTime as timestamp(6), Numeric as numeric, Binary as
-- bytea, Reference fields as 'model,id' strings, Dict fields as jsonb;
-- many2one columns as bare integers where the table they point at is not
-- part of this subset), a subset of the tables of the modules it runs
-- (party, company, country, bank, currency, product, account_invoice,
-- account_statement, sale, purchase, stock, stock_package_shipping_dpd,
-- web_user, web_shop_shopify, account_payment_stripe, timesheet) with their
-- real columns and types. Every table is Tryton's: the application reaches
-- 400 columns on its own, so there is no operator schema.
--
-- The instance is run by Scheldehof Horeca Distributie NV, a wholesale
-- distributor of food, drinks and kitchen supplies in the port of Antwerp
-- (about 60 staff: order pickers, drivers, sales reps, buyers, accounts),
-- with a sister company in Breda. It sells to restaurants, hotels,
-- caterers, schools and care homes in Flanders, the south of the
-- Netherlands and around Lille; to sole traders (food trucks, chip shops,
-- home caterers named after their owner); and, through a Shopify shop, to
-- private buyers. Its data: parties that are companies, sole traders,
-- private people and the staff themselves, with structured addresses,
-- contact mechanisms (emails, phones, mobiles, websites) with the name of
-- the person to ask for and comments, identifiers (VAT numbers, Belgian
-- national register numbers of staff, GLNs); bank accounts with IBANs;
-- staff logins with passlib hashes, clear temporary reset passwords,
-- device cookies, application keys, sessions, wizard states and login
-- attempts; web shop users with their tokens; invoices with the rendered
-- PDF cached, their lines, sales, purchases and outgoing shipments with
-- DPD parcel numbers and comments for drivers; a catalogue that holds no
-- personal data; attachments named after people; notes on parties; the
-- mail sent from the client; bank statement origins with the CODA
-- counterpart as JSON; the DPD, Shopify and Stripe credentials Tryton keeps
-- in its tables; Stripe customers; timesheets; scheduled tasks.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA tgen;

-- at: a timestamp between two dates, to the microsecond as Tryton writes it.
CREATE FUNCTION tgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp(6)
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int) + fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0))::timestamp(6)
$$;

-- urlsafe: Python's secrets.token_urlsafe(n) (43 characters for 32 bytes).
CREATE FUNCTION tgen.urlsafe(tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, nbytes), '+/', '-_'), '=') $$;

-- passlib hashes as Tryton's CryptContext writes them; a few pre-4.0 ones.
CREATE FUNCTION tgen.pwhash(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'k', i, 10)
    WHEN 0 THEN '$' || 'pbkdf2-sha512$25000$' || rtrim(translate(fixture_gen.b64(tag || 's', i, 16), '+', '.'), '=') || '$' || rtrim(translate(fixture_gen.b64(tag || 'h', i, 64), '+', '.'), '=')
    WHEN 1 THEN 'bcrypt$' || replace(fixture_gen.bcrypt(tag, i), '$2a$', '$2b$')
    ELSE replace(fixture_gen.bcrypt(tag, i), '$2a$', '$2b$') END
$$;

-- be_vat: a Belgian enterprise number with its mod-97 check.
CREATE FUNCTION tgen.be_vat(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'BE' || d || lpad((97 - d::bigint % 97)::text, 2, '0')
  FROM (SELECT '0' || (2 + fixture_gen.n(tag || 'f', i, 8))::text || fixture_gen.digits(tag, i, 6) AS d) x
$$;

-- nl_vat: a Dutch VAT number passing the 11-proof, with its B01 suffix.
CREATE FUNCTION tgen.nl_vat(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE d text; s int; a int := 0;
BEGIN
  LOOP
    d := (1 + fixture_gen.n(tag || a, i, 9))::text || fixture_gen.digits(tag || a, i, 7);
    s := 0;
    FOR k IN 1..8 LOOP s := s + substr(d, k, 1)::int * (10 - k); END LOOP;
    IF s % 11 < 10 THEN RETURN 'NL' || d || (s % 11)::text || 'B01'; END IF;
    a := a + 1;
  END LOOP;
END $$;

-- fr_vat: a French VAT number from a Luhn-valid SIREN.
CREATE FUNCTION tgen.fr_vat(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'FR' || lpad(((12 + 3 * (s::bigint % 97)) % 97)::text, 2, '0') || s
  FROM (SELECT fixture_gen.luhn((1 + fixture_gen.n(tag || 'f', i, 9))::text || fixture_gen.digits(tag, i, 7)) AS s) x
$$;

-- rrn: a Belgian national register number (YY.MM.DD-SSS.CC) of a birth date.
CREATE FUNCTION tgen.rrn(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(b, 'YY.MM.DD') || '-' || s || '.' || lpad((97 - ((CASE WHEN b >= date '2000-01-01' THEN 2000000000 ELSE 0 END + (to_char(b, 'YYMMDD') || s)::bigint) % 97))::text, 2, '0')
  FROM (SELECT date '1962-01-01' + fixture_gen.n(tag || 'b', i, 365 * 42) AS b, lpad((1 + fixture_gen.n(tag || 's', i, 996))::text, 3, '0') AS s) x
$$;

-- iban of a country, and the same grouped by four as Tryton displays it.
CREATE FUNCTION tgen.iban(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'BE' THEN fixture_gen.iban('BE', d10 || lpad(CASE WHEN d10::bigint % 97 = 0 THEN 97 ELSE d10::bigint % 97 END::text, 2, '0'))
    WHEN 'NL' THEN fixture_gen.iban('NL', fixture_gen.pick(ARRAY['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB'], tag || 'nb', i) || fixture_gen.digits(tag || 'nl', i, 10))
    WHEN 'FR' THEN fixture_gen.iban('FR', fixture_gen.digits(tag || 'fr', i, 23))
    ELSE fixture_gen.iban_for(tag, i) END
  FROM (SELECT fixture_gen.pick(ARRAY['001', '068', '063', '363', '735', '737', '310', '679', '973', '143'], tag || 'bk', i) || fixture_gen.digits(tag || 'be', i, 7) AS d10) x
$$;

CREATE FUNCTION tgen.spaced(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT trim(regexp_replace(s, '(.{4})', '\1 ', 'g')) $$;

-- phone and mobile of a country, in the forms people type them.
CREATE FUNCTION tgen.phone(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'BE' THEN CASE fixture_gen.n(tag || 'f', i, 3) WHEN 0 THEN '03 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2)
                   WHEN 1 THEN '+32 ' || fixture_gen.pick(ARRAY['3', '9', '2', '15', '16'], tag || 'z', i) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2)
                   ELSE '+3232' || fixture_gen.digits(tag, i, 7) END
    WHEN 'NL' THEN CASE WHEN i % 2 = 0 THEN '076 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'a', i, 4) ELSE '+31 10 ' || fixture_gen.digits(tag, i, 7) END
    WHEN 'FR' THEN '03 20 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2)
    ELSE fixture_gen.phone(tag, i) END
$$;

CREATE FUNCTION tgen.mobile(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'BE' THEN CASE fixture_gen.n(tag || 'f', i, 3) WHEN 0 THEN '04' || fixture_gen.pick(ARRAY['70', '75', '76', '77', '78', '79', '85', '86', '94', '95', '96', '97', '98', '99'], tag, i) || ' ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2)
                   WHEN 1 THEN '+32 4' || fixture_gen.pick(ARRAY['70', '75', '76', '77', '78', '79', '85', '86', '94', '95', '96', '97', '98', '99'], tag, i) || ' ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2)
                   ELSE '04' || fixture_gen.pick(ARRAY['70', '75', '76', '77', '78', '79', '85', '86', '94', '95', '96', '97', '98', '99'], tag, i) || fixture_gen.digits(tag, i, 6) END
    WHEN 'NL' THEN '+31 6 ' || fixture_gen.digits(tag, i, 8)
    WHEN 'FR' THEN '06 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2)
    ELSE fixture_gen.phone(tag, i) END
$$;

-- compact: a phone as Tryton's value_compact keeps it (E.164, no spaces).
CREATE FUNCTION tgen.compact(cc text, v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v LIKE '+%' THEN '+' || regexp_replace(v, '[^0-9]', '', 'g')
              WHEN cc = 'BE' THEN '+32' || substr(regexp_replace(v, '[^0-9]', '', 'g'), 2)
              WHEN cc = 'NL' THEN '+31' || substr(regexp_replace(v, '[^0-9]', '', 'g'), 2)
              WHEN cc = 'FR' THEN '+33' || substr(regexp_replace(v, '[^0-9]', '', 'g'), 2)
              ELSE regexp_replace(v, '[^0-9+]', '', 'g') END
$$;

-- Parties. 1-2 the two companies; 3-64 staff (employee e is party e + 2,
-- user u of staff is employee u - 1); 65-104 suppliers; 105-304 customers
-- (i % 5 in 0..2 a business, 3 a sole trader named after the owner, 4 a
-- private buyer of the web shop); 305-312 banks and carriers.
CREATE TABLE tgen.p (i int PRIMARY KEY, kind text, cc text, first text, last text, name text, slug text, email text,
    street text, nr text, bus text, zip text, city text, country int, lang int);
INSERT INTO tgen.p (i, kind, cc, first, last)
SELECT i,
       CASE WHEN i <= 2 THEN 'self' WHEN i <= 64 THEN 'emp' WHEN i <= 104 THEN 'sup' WHEN i <= 304 THEN
            CASE i % 5 WHEN 3 THEN 'st' WHEN 4 THEN 'per' ELSE 'biz' END ELSE 'org' END,
       CASE WHEN i = 2 THEN 'NL' WHEN i <= 2 THEN 'BE'
            WHEN i <= 64 THEN CASE WHEN i % 9 = 4 THEN 'NL' ELSE 'BE' END
            WHEN i <= 104 THEN fixture_gen.pick(ARRAY['BE', 'BE', 'NL', 'FR', 'DE'], 'pcs', i)
            WHEN i <= 304 THEN fixture_gen.pick(ARRAY['BE', 'BE', 'BE', 'BE', 'BE', 'BE', 'BE', 'NL', 'NL', 'FR'], 'pcc', i)
            ELSE CASE WHEN i = 310 THEN 'NL' ELSE 'BE' END END,
       fixture_gen.first_name('pfn', i), fixture_gen.last_name('pln', i)
FROM generate_series(1, 312) i;

UPDATE tgen.p SET name = CASE kind
    WHEN 'self' THEN CASE i WHEN 1 THEN 'Scheldehof Horeca Distributie NV' ELSE 'Scheldehof Horeca Nederland B.V.' END
    WHEN 'emp' THEN first || ' ' || last
    WHEN 'per' THEN first || ' ' || last
    WHEN 'st' THEN fixture_gen.pick(ARRAY['Frituur ', 'Foodtruck ', 'Traiteur ', 'Broodjeszaak ', 'Catering ', 'Ijssalon ', '', ''], 'pst', i)
                   || first || ' ' || last || CASE WHEN i % 4 = 0 THEN ' (eenmanszaak)' ELSE '' END
    WHEN 'sup' THEN fixture_gen.pick(ARRAY['Vandamme Vleeswaren', 'Brouwerij De Halve Wolf', 'Polderzuivel', 'Kempische Groenten', 'Noordzee Visgroothandel',
         'Ardense Charcuterie', 'Café Aroma Roasters', 'Frisdranken Verhelst', 'Bakkerij Goudkorst', 'Horecaverpakking Vlaanderen', 'Chocolaterie Lambrecht',
         'Oliehandel Mediterraneo', 'Diepvries Delta', 'Kaasmakerij Het Hooghe', 'Keukentechniek Benelux', 'Schoonmaakmiddelen Proclean', 'Wijnhuis Vallée du Rhône',
         'Aardappelhandel Peeters-Mols', 'Frites Belges Industrie', 'Eierhandel De Kip'], 'psn', i)
         || fixture_gen.pick(ARRAY[' NV', ' BV', ' B.V.', ' SAS', ' GmbH', ' CV'], 'psx', i)
    WHEN 'biz' THEN fixture_gen.pick(ARRAY['Brasserie ', 'Restaurant ', 'Hotel ', 'Bistro ', 'Eetcafé ', 'Taverne ', 'Grand Café ', 'Feestzaal ', 'Hotel-Restaurant ', 'Lunchbar ',
         'WZC ', 'Campus ', 'Sportcafé ', 'Brasserie ', 'Restaurant '], 'pbp', i)
         || fixture_gen.pick(ARRAY['De Kade', 'Het Anker', 'Sint-Jan', 'Den Artiest', 'Zuiderterras', 'Het Pakhuis', 'De Vismijn', 'Le Petit Port', 'Groenplaats', 'De Zwaan',
         'Fiskebar', 'Het Gebaar', 'De Linde', 'Het Steen', 'Lichtschip', 'De Molen', 'Ter Beuken', 'Parkzicht', 'Den Hoorn', 'Sint-Vincentius', 'Bonaparte', 'De Smidse', 'Ons Huis',
         'Vismarkt', 'Kiel', 'De Boterham', 'Het Zilte', 'Rubens', 'Den Engel', 'Kattendijk'], 'pbn', i)
         || CASE WHEN i % 7 = 0 THEN ' BV' WHEN i % 11 = 0 THEN ' NV' ELSE '' END
    ELSE (ARRAY['KBC Bank NV', 'BNP Paribas Fortis SA/NV', 'ING België NV', 'Belfius Bank NV', 'Argenta Spaarbank NV', 'Rabobank', 'DPD Belgium NV', 'bpost NV'])[i - 304] END;

UPDATE tgen.p SET slug = CASE WHEN kind = 'self' THEN 'scheldehof' ELSE fixture_gen.ascii(regexp_replace(name, '^(Brasserie|Restaurant|Hotel-Restaurant|Hotel|Bistro|Eetcafé|Taverne|Grand Café|Feestzaal|Lunchbar|WZC|Campus|Sportcafé|Frituur|Foodtruck|Traiteur|Broodjeszaak|Catering|Ijssalon) | (NV|BV|B\.V\.|SAS|GmbH|CV|SA/NV|\(eenmanszaak\))$', '', 'g')) END;

UPDATE tgen.p SET email = CASE kind
    WHEN 'self' THEN CASE i WHEN 1 THEN 'info@scheldehof.be' ELSE 'info@scheldehof.nl' END
    WHEN 'emp' THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@scheldehof.be'
    WHEN 'per' THEN CASE fixture_gen.n('ppef', i, 3) WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || (i % 97)::text
                      WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) ELSE substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) END
                    || '@' || CASE cc WHEN 'NL' THEN fixture_gen.pick(ARRAY['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.com'], 'ppd', i)
                                      WHEN 'FR' THEN fixture_gen.pick(ARRAY['orange.fr', 'gmail.com', 'free.fr', 'laposte.net'], 'ppd', i)
                                      ELSE fixture_gen.pick(ARRAY['gmail.com', 'telenet.be', 'skynet.be', 'hotmail.com', 'proximus.be', 'icloud.com'], 'ppd', i) END
    WHEN 'st' THEN CASE WHEN i % 3 = 0 THEN fixture_gen.ascii(first) || '@' || slug || '.be' ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || fixture_gen.pick(ARRAY['@gmail.com', '@telenet.be', '@hotmail.com', '@skynet.be', '@outlook.be'], 'pstd', i) END
    WHEN 'sup' THEN fixture_gen.pick(ARRAY['orders', 'verkoop', 'sales', 'commandes', 'info'], 'pse', i) || '@' || slug || CASE cc WHEN 'NL' THEN '.nl' WHEN 'FR' THEN '.fr' WHEN 'DE' THEN '.de' ELSE '.be' END
    WHEN 'biz' THEN fixture_gen.pick(ARRAY['info', 'keuken', 'bestellingen', 'boekhouding', 'reservatie', 'facturen'], 'pbe', i) || '@' || slug || CASE cc WHEN 'NL' THEN '.nl' WHEN 'FR' THEN '.fr' ELSE '.be' END
    ELSE 'klantendienst@' || slug || '.be' END;

UPDATE tgen.p SET
  street = CASE cc
    WHEN 'BE' THEN CASE WHEN i = 1 THEN 'Noorderlaan' ELSE fixture_gen.pick(ARRAY['Turnhoutsebaan', 'De Keyserlei', 'Frankrijklei', 'Lange Leemstraat', 'Kammenstraat', 'Vlaamse Kaai', 'Grote Markt', 'Bredabaan',
         'Kapelsestraat', 'Mechelsesteenweg', 'Kortrijksesteenweg', 'Brusselsestraat', 'Veldstraat', 'Naamsestraat', 'Kiewitstraat', 'Sint-Bernardsesteenweg', 'Abdijstraat', 'Statiestraat', 'Dorpsstraat', 'Kerkstraat'], 'pst', i) END
    WHEN 'NL' THEN fixture_gen.pick(ARRAY['Ginnekenweg', 'Haagweg', 'Markt', 'Stationsstraat', 'Willemstraat', 'Nieuwe Binnenweg', 'Heuvelstraat'], 'pst', i)
    WHEN 'FR' THEN fixture_gen.pick(ARRAY['rue Nationale', 'rue de Béthune', 'boulevard de la Liberté', 'rue Esquermoise', 'rue Solférino', 'avenue Jean Jaurès'], 'pst', i)
    ELSE fixture_gen.pick(ARRAY['Hauptstraße', 'Industriestraße', 'Aachener Straße', 'Rheinallee'], 'pst', i) END,
  nr = CASE WHEN i = 1 THEN '133' ELSE (1 + fixture_gen.n('pnr', i, 240))::text || CASE WHEN i % 13 = 2 THEN 'A' WHEN i % 17 = 5 THEN 'B' ELSE '' END END,
  bus = CASE WHEN kind IN ('per', 'emp', 'st') AND i % 4 = 1 THEN (1 + fixture_gen.n('pbus', i, 24))::text WHEN kind = 'biz' AND i % 10 = 6 THEN '0' || (1 + i % 3)::text ELSE NULL END,
  country = CASE cc WHEN 'BE' THEN 21 WHEN 'NL' THEN 155 WHEN 'FR' THEN 75 ELSE 57 END,
  lang = CASE cc WHEN 'BE' THEN CASE WHEN i % 8 = 3 THEN 7 ELSE 18 END WHEN 'NL' THEN 18 WHEN 'FR' THEN 7 ELSE 5 END;

UPDATE tgen.p SET (zip, city) = (SELECT z, c FROM (SELECT
    CASE cc WHEN 'BE' THEN ARRAY['2000', '2018', '2060', '2600', '2100', '2800', '9000', '3000', '2930', '2500', '3500', '8000', '2640', '2900', '2950', '2170', '9100', '2200']
            WHEN 'NL' THEN ARRAY['4811', '4818', '3011', '3014', '4611', '4701', '5038']
            WHEN 'FR' THEN ARRAY['59000', '59100', '59140', '59200', '59800']
            ELSE ARRAY['50667', '52062', '40210', '47051'] END AS zs,
    CASE cc WHEN 'BE' THEN ARRAY['Antwerpen', 'Antwerpen', 'Antwerpen', 'Berchem', 'Deurne', 'Mechelen', 'Gent', 'Leuven', 'Brasschaat', 'Lier', 'Hasselt', 'Brugge', 'Mortsel', 'Schoten', 'Kapellen', 'Merksem', 'Sint-Niklaas', 'Herentals']
            WHEN 'NL' THEN ARRAY['Breda', 'Breda', 'Rotterdam', 'Rotterdam', 'Bergen op Zoom', 'Roosendaal', 'Tilburg']
            WHEN 'FR' THEN ARRAY['Lille', 'Roubaix', 'Dunkerque', 'Tourcoing', 'Lille']
            ELSE ARRAY['Köln', 'Aachen', 'Düsseldorf', 'Duisburg'] END AS cs) a,
    LATERAL (SELECT 1 + fixture_gen.n('pcity', i, cardinality(zs)) AS k) b,
    LATERAL (SELECT zs[k] || CASE cc WHEN 'NL' THEN ' ' || fixture_gen.chars('pzl', i, 2, 'ABCDEGHJKLMNPRSTVWXZ') ELSE '' END AS z, cs[k] AS c) d);
UPDATE tgen.p SET zip = '2030', city = 'Antwerpen' WHERE i = 1;
UPDATE tgen.p SET street = 'Hazeldonk', nr = '6412', zip = '4836 LG', city = 'Breda' WHERE i = 2;

-- Staff: employee e (1-62) is party e + 2; users 2-33 are employees 1-32.
CREATE TABLE tgen.e (e int PRIMARY KEY, party int, role text, hired date, left_on date);
INSERT INTO tgen.e
SELECT e, e + 2,
       CASE WHEN e = 1 THEN 'Zaakvoerder' WHEN e = 2 THEN 'Financieel directeur' WHEN e <= 6 THEN 'Boekhouding' WHEN e <= 14 THEN 'Verkoop binnendienst'
            WHEN e <= 22 THEN 'Vertegenwoordiger' WHEN e <= 26 THEN 'Aankoop' WHEN e <= 30 THEN 'Logistiek planner' WHEN e <= 32 THEN 'IT & ERP'
            WHEN e <= 48 THEN 'Orderpicker' WHEN e <= 60 THEN 'Chauffeur' ELSE 'HR & payroll' END,
       date '2004-03-01' + fixture_gen.n('ehire', e, 7000),
       CASE WHEN e IN (17, 38, 45, 53, 61) THEN date '2023-01-31' + fixture_gen.n('eleft', e, 500) END
FROM generate_series(1, 62) e;

CREATE TABLE tgen.u (id int PRIMARY KEY, name text, login text, email text, employee int, cc text);
INSERT INTO tgen.u VALUES (0, 'Root', 'root', NULL, NULL, 'BE'), (1, 'Administrator', 'admin', 'erp-admin@scheldehof.be', NULL, 'BE');
INSERT INTO tgen.u
SELECT e + 1, p.name,
       CASE WHEN e % 6 = 0 THEN p.email WHEN e % 6 = 1 THEN fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) ELSE substr(fixture_gen.ascii(p.first), 1, 1) || fixture_gen.ascii(p.last) END,
       CASE WHEN e = 9 THEN NULL ELSE p.email END, e, p.cc
FROM tgen.e JOIN tgen.p p ON p.i = tgen.e.party WHERE e <= 32;
INSERT INTO tgen.u VALUES (34, 'Shopify koppeling', 'webshop-sync', 'webshop@scheldehof.be', NULL, 'BE'),
  (35, 'Verbeke Accountancy (extern)', 'verbeke.accountancy', 'dossier.scheldehof@verbeke-accountancy.be', NULL, 'BE');
INSERT INTO tgen.u SELECT 36, p.name, substr(fixture_gen.ascii(p.first), 1, 1) || fixture_gen.ascii(p.last), p.email, 61, p.cc FROM tgen.p p WHERE p.i = 63;

-- ---------------------------------------------------------------------------
-- res: users and what authenticates them.

CREATE TABLE res_user (
    id serial PRIMARY KEY,
    name varchar,
    login varchar NOT NULL UNIQUE,
    password_hash varchar,
    password_reset varchar,
    password_reset_expire timestamp(6),
    signature text,
    active boolean DEFAULT true,
    menu integer NOT NULL,
    language integer,
    email varchar,
    company integer,
    employee integer,
    create_uid integer,
    create_date timestamp(6),
    write_uid integer,
    write_date timestamp(6)
);
INSERT INTO res_user (id, name, login, password_hash, password_reset, password_reset_expire, signature, active, menu, language, email, company, employee, create_uid, create_date, write_uid, write_date)
SELECT u.id, u.name, u.login,
       CASE WHEN u.id = 0 THEN NULL WHEN u.id IN (12, 21) THEN NULL ELSE tgen.pwhash('uph', u.id) END,
       CASE WHEN u.id IN (12, 21, 27) THEN fixture_gen.chars('upr', u.id, 8) END,
       CASE WHEN u.id IN (12, 21, 27) THEN tgen.at('upre', u.id, '2024-09-20', '2024-09-30') END,
       CASE WHEN u.employee IS NULL THEN CASE WHEN u.id = 35 THEN E'Verbeke Accountancy BV\nDossierbeheer Scheldehof' ELSE NULL END
            WHEN u.id % 5 = 3 THEN ''
            ELSE E'Met vriendelijke groeten,\n' || u.name || E'\n' || e.role || E' | Scheldehof Horeca Distributie NV\n'
                 || CASE WHEN u.id % 3 = 0 THEN 'T +32 3 544 ' || fixture_gen.digits('usg', u.id, 2) || ' ' || fixture_gen.digits('usg2', u.id, 2) || ' | ' ELSE '' END
                 || 'M ' || tgen.mobile('BE', 'usgm', u.id) || E'\nNoorderlaan 133, 2030 Antwerpen' END,
       u.id NOT IN (36) , 1, CASE WHEN u.cc = 'NL' OR u.id % 8 <> 3 THEN 18 ELSE 5 END, u.email,
       CASE WHEN u.id = 0 THEN NULL WHEN u.cc = 'NL' THEN 2 ELSE 1 END, u.employee,
       CASE WHEN u.id <= 1 THEN NULL ELSE 1 END, tgen.at('ucd', u.id, '2019-01-07', '2024-06-01'),
       CASE WHEN u.id % 3 = 0 THEN NULL ELSE 1 END, CASE WHEN u.id % 3 = 0 THEN NULL ELSE tgen.at('uwd', u.id, '2024-06-01', '2024-09-30') END
FROM tgen.u u LEFT JOIN tgen.e e ON e.e = u.employee;

CREATE TABLE res_user_login_attempt (
    id serial PRIMARY KEY,
    login varchar(512),
    device_cookie varchar,
    ip_address varchar,
    ip_network varchar,
    create_uid integer,
    create_date timestamp(6),
    write_uid integer,
    write_date timestamp(6)
);
INSERT INTO res_user_login_attempt (login, device_cookie, ip_address, ip_network, create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN k % 23 = 0 THEN upper(substr(u.login, 1, 1)) || substr(u.login, 2) WHEN k % 17 = 0 THEN u.email WHEN k % 19 = 0 THEN substr(u.login, 1, length(u.login) - 1) ELSE u.login END,
       CASE WHEN k % 4 <> 0 THEN tgen.urlsafe('rdc', (k % 40) + 1, 32) END,
       ip, CASE WHEN ip LIKE '%:%' THEN regexp_replace(ip, '::.*$', '') || '::/56' ELSE regexp_replace(ip, '\.[0-9]+$', '') || '.0/24' END,
       0, tgen.at('lad', k, '2024-09-01', '2024-09-30'), NULL, NULL
FROM generate_series(1, 160) k
JOIN tgen.u u ON u.id = 2 + fixture_gen.n('lau', k, 34)
CROSS JOIN LATERAL (SELECT CASE WHEN k % 11 = 0 THEN fixture_gen.ipv6('laip', k) WHEN k % 3 = 0 THEN '81.246.' || (10 + u.id % 7)::text || '.' || (20 + u.id)::text ELSE fixture_gen.ipv4('laip', u.id * 5 + k % 3) END AS ip) x;

CREATE TABLE res_user_device (
    id serial PRIMARY KEY,
    login varchar NOT NULL,
    cookie varchar NOT NULL,
    create_uid integer,
    create_date timestamp(6),
    write_uid integer,
    write_date timestamp(6)
);
INSERT INTO res_user_device (login, cookie, create_uid, create_date, write_uid, write_date)
SELECT u.login, tgen.urlsafe('rdc', k, 32), 0, tgen.at('rdd', k, '2023-01-01', '2024-09-30'), NULL, NULL
FROM generate_series(1, 48) k JOIN tgen.u u ON u.id = 2 + fixture_gen.n('rdu', k, 34);

CREATE TABLE res_user_application (
    id serial PRIMARY KEY,
    key varchar NOT NULL,
    "user" integer,
    application varchar NOT NULL,
    state varchar,
    create_uid integer,
    create_date timestamp(6),
    write_uid integer,
    write_date timestamp(6)
);
INSERT INTO res_user_application (key, "user", application, state, create_uid, create_date, write_uid, write_date)
SELECT fixture_gen.hexn('rak', k, 64), CASE WHEN k <= 20 THEN 2 + fixture_gen.n('rau', k, 32) ELSE NULL END,
       CASE WHEN k % 4 = 0 THEN 'timesheet' ELSE 'timesheet' END,
       CASE WHEN k > 20 THEN 'requested' WHEN k % 6 = 0 THEN 'cancelled' ELSE 'validated' END,
       0, tgen.at('rad', k, '2022-03-01', '2024-09-30'), CASE WHEN k <= 20 THEN 1 END, CASE WHEN k <= 20 THEN tgen.at('raw', k, '2024-01-01', '2024-09-30') END
FROM generate_series(1, 24) k;

CREATE TABLE ir_session (
    id serial PRIMARY KEY,
    key varchar NOT NULL,
    create_uid integer,
    create_date timestamp(6),
    write_uid integer,
    write_date timestamp(6)
);
INSERT INTO ir_session (key, create_uid, create_date, write_uid, write_date)
SELECT fixture_gen.hexn('isk', k, 64), u, d, CASE WHEN k % 3 = 0 THEN NULL ELSE u END, CASE WHEN k % 3 = 0 THEN NULL ELSE d + make_interval(secs => 60 + fixture_gen.n('isw', k, 20000)) END
FROM (SELECT k, CASE WHEN k % 10 = 0 THEN 34 ELSE 1 + fixture_gen.n('isu', k, 33) END AS u, tgen.at('isd', k, '2024-09-25', '2024-09-30 18:00') AS d FROM generate_series(1, 90) k) x;

-- Wizard states: ids, amounts and dates, and what was typed into their forms.
CREATE TABLE ir_session_wizard (
    id serial PRIMARY KEY,
    data text,
    create_uid integer,
    create_date timestamp(6),
    write_uid integer,
    write_date timestamp(6)
);
INSERT INTO ir_session_wizard (data, create_uid, create_date, write_uid, write_date)
SELECT CASE k % 6
    WHEN 0 THEN '{"start": {"amount": {"__class__": "Decimal", "decimal": "' || (20 + fixture_gen.n('swa', k, 3000))::text || '.' || lpad(fixture_gen.n('swc', k, 100)::text, 2, '0') || '"}, "currency": 1, "date": {"__class__": "date", "year": 2024, "month": 9, "day": ' || (1 + k % 28)::text
         || '}, "description": ' || fixture_gen.js(CASE WHEN k % 4 = 0 THEN 'cash betaald aan chauffeur door ' || p.first || ' ' || p.last WHEN k % 4 = 1 THEN 'Bancontact ' || p.name ELSE 'Betaling ' || 'INV/2024/' || lpad((100 + k)::text, 5, '0') END)
         || ', "journal": ' || (1 + k % 3)::text || ', "payee": ' || p.i::text || ', "id": -1}}'
    WHEN 1 THEN '{"start": {"source": ' || p.i::text || ', "destination": ' || (p.i + 1)::text || ', "id": -1}}'
    WHEN 2 THEN '{"start": {"party": ' || p.i::text || ', "id": -1}}'
    WHEN 3 THEN '{"result": {"parties_succeed": [' || p.i::text || '], "parties_failed": [], "id": -1}}'
    WHEN 4 THEN '{"start": {"from_date": {"__class__": "date", "year": 2024, "month": 7, "day": 1}, "to_date": {"__class__": "date", "year": 2024, "month": 9, "day": 30}, "company": 1, "id": -1}}'
    ELSE '{"start": {"return_reason": ' || fixture_gen.js(CASE WHEN k % 2 = 0 THEN 'Verkeerd geleverd, chef ' || p.first || ' weigerde de levering' ELSE 'Beschadigde verpakking bij levering' END) || ', "id": -1}}' END,
       u, d, u, d + interval '40 seconds'
FROM generate_series(1, 48) k
JOIN tgen.p p ON p.i = 105 + fixture_gen.n('swp', k, 200)
CROSS JOIN LATERAL (SELECT 2 + fixture_gen.n('swu', k, 32) AS u, tgen.at('swd', k, '2024-09-28', '2024-09-30 18:00') AS d) x;

-- gs1: a GS1 number (GLN) with its check digit.
CREATE FUNCTION tgen.gs1(d text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || ((10 - sum(substr(reverse(d), k, 1)::int * CASE WHEN k % 2 = 1 THEN 3 ELSE 1 END) % 10) % 10)::text FROM generate_series(1, length(d)) k
$$;

-- ---------------------------------------------------------------------------
-- party, company.

CREATE TABLE party_party (
    id serial PRIMARY KEY,
    name varchar,
    code varchar NOT NULL UNIQUE,
    active boolean DEFAULT true,
    replaced_by integer REFERENCES party_party (id) ON DELETE SET NULL,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO party_party (id, name, code, active, replaced_by, create_uid, create_date, write_uid, write_date)
SELECT i, name, (1000 + i)::text, i NOT IN (124, 189, 257, 291), CASE i WHEN 124 THEN 129 WHEN 189 THEN 194 WHEN 257 THEN 262 END,
       CASE WHEN i <= 2 THEN 0 WHEN kind = 'per' AND i % 2 = 0 THEN 34 ELSE 2 + fixture_gen.n('ppu', i, 32) END,
       CASE WHEN i <= 2 THEN timestamp '2019-01-07 09:00:00' ELSE tgen.at('ppd', i, '2019-01-08', '2024-08-31') END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE 2 + fixture_gen.n('ppw', i, 32) END, CASE WHEN i % 4 = 0 THEN NULL ELSE tgen.at('ppwd', i, '2024-01-01', '2024-09-30') END
FROM tgen.p ORDER BY i;

CREATE TABLE party_address (
    id serial PRIMARY KEY,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    party_name varchar,
    street_unstructured text,
    street_name varchar,
    building_name varchar,
    building_number varchar,
    unit_number varchar,
    floor_number varchar,
    room_number varchar,
    post_box varchar,
    private_bag varchar,
    post_office varchar,
    postal_code varchar,
    city varchar,
    country integer,
    subdivision integer,
    active boolean DEFAULT true,
    sequence integer,
    invoice boolean DEFAULT false,
    delivery boolean DEFAULT false,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
-- Main addresses: the older ones were migrated to street_unstructured.
INSERT INTO party_address (party, party_name, street_unstructured, street_name, building_name, building_number, unit_number, floor_number, room_number,
    post_box, private_bag, post_office, postal_code, city, country, subdivision, active, sequence, invoice, delivery, create_uid, create_date, write_uid, write_date)
SELECT p.i, NULL,
       CASE WHEN old AND pb IS NULL THEN p.street || ' ' || p.nr || CASE WHEN p.bus IS NOT NULL THEN CASE p.cc WHEN 'BE' THEN ' bus ' ELSE '-' END || p.bus ELSE '' END END,
       CASE WHEN NOT old AND pb IS NULL THEN p.street END,
       CASE WHEN NOT old AND p.kind IN ('biz', 'sup') AND p.i % 6 = 1 THEN fixture_gen.pick(ARRAY['Handelscentrum Zuid', 'Blue Gate', 'Hangar 27', 'Loods Kattendijk', 'Residentie Parkzicht', 'Bedrijvenpark Hazeldonk'], 'pabn', p.i)
            WHEN NOT old AND p.kind IN ('per', 'emp') AND p.i % 9 = 2 THEN 'Residentie ' || fixture_gen.pick(ARRAY['Parkzicht', 'Ter Linden', 'De Vaart', 'Sint-Anna', 'Het Laar'], 'pabr', p.i) END,
       CASE WHEN NOT old AND pb IS NULL THEN p.nr END,
       CASE WHEN NOT old AND pb IS NULL THEN p.bus END,
       CASE WHEN NOT old AND p.bus IS NOT NULL AND p.i % 3 = 0 THEN (1 + fixture_gen.n('pafl', p.i, 6))::text END,
       NULL,
       pb, NULL, CASE WHEN pb IS NOT NULL THEN p.city || CASE WHEN p.cc = 'BE' THEN ' X' ELSE '' END END,
       p.zip, p.city, p.country, CASE WHEN p.cc = 'BE' THEN 301 + fixture_gen.n('pasd', p.i, 5) WHEN p.cc = 'NL' THEN 420 END,
       p.i NOT IN (124, 189, 257), 10, true, p.kind NOT IN ('sup', 'org'),
       pp.create_uid, pp.create_date, pp.write_uid, pp.write_date
FROM tgen.p p JOIN party_party pp ON pp.id = p.i
CROSS JOIN LATERAL (SELECT p.i % 5 = 2 OR p.i < 40 AS old,
                           CASE WHEN p.kind = 'sup' AND p.i % 7 = 0 THEN CASE p.cc WHEN 'FR' THEN 'BP ' WHEN 'NL' THEN 'Postbus ' ELSE 'Postbus ' END || (10 + fixture_gen.n('papb', p.i, 9000))::text END AS pb) x
ORDER BY p.i;
-- Delivery addresses of restaurants and caterers: the kitchen door, a person to ask for.
INSERT INTO party_address (party, party_name, street_unstructured, street_name, building_name, building_number, unit_number, floor_number, room_number,
    post_box, private_bag, post_office, postal_code, city, country, subdivision, active, sequence, invoice, delivery, create_uid, create_date, write_uid, write_date)
SELECT p.i,
       CASE WHEN p.i % 3 = 0 THEN 'Keuken - t.a.v. chef ' || fixture_gen.first_name('pchef', p.i) || ' ' || fixture_gen.last_name('pchef', p.i)
            WHEN p.i % 3 = 1 THEN p.name || ' (leveringen)' ELSE NULL END,
       NULL, fixture_gen.pick(ARRAY['Kattendijkdok-Oostkaai', 'Achterstraat', 'Leveranciersingang Kiewitstraat', 'Parking Noord', 'Kaai 14'], 'pdst', p.i),
       NULL, (1 + fixture_gen.n('pdnr', p.i, 90))::text, NULL, CASE WHEN p.i % 4 = 0 THEN 'kelder' WHEN p.i % 4 = 1 THEN 'gelijkvloers' END,
       CASE WHEN p.i % 2 = 0 THEN 'Dock ' || (1 + p.i % 4)::text WHEN p.i % 5 = 0 THEN 'Keuken' END,
       NULL, NULL, NULL, p.zip, p.city, p.country, CASE WHEN p.cc = 'BE' THEN 301 + fixture_gen.n('pasd', p.i, 5) END,
       true, 20, false, true, 2 + fixture_gen.n('pdu', p.i, 32), tgen.at('pdd', p.i, '2020-01-01', '2024-09-01'), NULL, NULL
FROM tgen.p p WHERE p.kind = 'biz' AND p.i % 3 <> 2;
-- Private buyers who have parcels sent to their work.
INSERT INTO party_address (party, party_name, street_unstructured, street_name, building_name, building_number, unit_number, floor_number, room_number,
    post_box, private_bag, post_office, postal_code, city, country, subdivision, active, sequence, invoice, delivery, create_uid, create_date, write_uid, write_date)
SELECT p.i, 'p/a ' || w.name || ', t.a.v. ' || p.first || ' ' || p.last, NULL, w.street, NULL, w.nr, NULL, NULL, NULL, NULL, NULL, NULL,
       w.zip, w.city, w.country, NULL, true, 20, false, true, 34, tgen.at('pwd', p.i, '2022-01-01', '2024-09-01'), NULL, NULL
FROM tgen.p p JOIN tgen.p w ON w.i = 105 + (p.i * 7) % 200 AND w.kind = 'biz' WHERE p.kind = 'per' AND p.i % 3 = 0;

CREATE TABLE party_contact_mechanism (
    id serial PRIMARY KEY,
    type varchar NOT NULL,
    value varchar,
    value_compact varchar,
    name varchar,
    comment text,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    address integer REFERENCES party_address (id) ON DELETE CASCADE,
    language integer,
    active boolean DEFAULT true,
    sequence integer,
    invoice boolean DEFAULT false,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
CREATE TABLE tgen.cm (party int, seq int, type text, value text, cc text, name text, comment text, invoice boolean);
INSERT INTO tgen.cm SELECT i, 10, 'email', email, cc, NULL, NULL, kind IN ('sup', 'per', 'st') FROM tgen.p WHERE NOT (kind = 'per' AND i % 10 = 9) AND kind <> 'self';
INSERT INTO tgen.cm SELECT i, 10, 'email', email, cc, NULL, NULL, true FROM tgen.p WHERE kind = 'self';
INSERT INTO tgen.cm SELECT i, 20, 'phone', tgen.phone(cc, 'cph', i), cc, NULL,
       CASE WHEN kind = 'biz' AND i % 11 = 3 THEN 'Niet bellen tijdens de service (12u-14u30 en na 18u)' WHEN kind = 'sup' AND i % 6 = 1 THEN 'Orderdesk, open 7u-15u' END, false
  FROM tgen.p WHERE kind IN ('self', 'biz', 'sup', 'st', 'org') OR (kind = 'per' AND i % 4 = 0);
INSERT INTO tgen.cm SELECT i, 30, 'mobile', tgen.mobile(cc, 'cmo', i), cc, NULL, NULL, false FROM tgen.p WHERE kind IN ('emp', 'st', 'per');
INSERT INTO tgen.cm SELECT i, 40, 'website', 'https://www.' || slug || CASE cc WHEN 'NL' THEN '.nl' WHEN 'FR' THEN '.fr' WHEN 'DE' THEN '.de' ELSE '.be' END, cc, NULL, NULL, false
  FROM tgen.p WHERE kind IN ('self', 'sup', 'org') OR (kind = 'biz' AND i % 2 = 0) OR (kind = 'st' AND i % 3 = 0);
-- The people to ask for at restaurants and suppliers.
INSERT INTO tgen.cm SELECT i, 50, 'mobile', tgen.mobile(cc, 'cch', i), cc,
       CASE WHEN i % 4 = 0 THEN 'Chef ' ELSE '' END || fixture_gen.first_name('pchef', i) || ' ' || fixture_gen.last_name('pchef', i),
       CASE i % 9 WHEN 0 THEN 'Zaakvoerder, beslist over de bestellingen' WHEN 1 THEN 'Liefst via WhatsApp' WHEN 4 THEN 'Op maandag gesloten, dan ' || fixture_gen.first_name('psous', i) || ' bellen op ' || tgen.mobile(cc, 'csous', i) END, false
  FROM tgen.p WHERE kind = 'biz';
INSERT INTO tgen.cm SELECT i, 60, 'email', CASE WHEN i % 2 = 0 THEN 'boekhouding@' || slug || CASE cc WHEN 'NL' THEN '.nl' WHEN 'FR' THEN '.fr' ELSE '.be' END
                                                ELSE fixture_gen.ascii(fixture_gen.first_name('pacc', i)) || '@' || fixture_gen.pick(ARRAY['boekhoudkantoor-smet.be', 'fiducia-antwerpen.be', 'accountancy-demol.be'], 'pacd', i) END, cc,
       CASE WHEN i % 2 = 0 THEN 'Boekhouding' ELSE fixture_gen.first_name('pacc', i) || ' (externe boekhouder)' END, CASE WHEN i % 10 = 5 THEN 'Facturen enkel als PDF, niet via Peppol' END, true
  FROM tgen.p WHERE kind = 'biz' AND i % 5 <> 1;
INSERT INTO tgen.cm SELECT i, 70, 'fax', '+32 3 ' || fixture_gen.digits('cfx', i, 3) || ' ' || fixture_gen.digits('cfx2', i, 2) || ' ' || fixture_gen.digits('cfx3', i, 2), cc, NULL, NULL, false
  FROM tgen.p WHERE kind = 'sup' AND i % 5 = 0;
INSERT INTO tgen.cm SELECT i, 80, 'skype', 'live:.cid.' || fixture_gen.hexn('csk', i, 16), cc, first || ' ' || last, NULL, false FROM tgen.p WHERE kind = 'sup' AND i % 8 = 3;
INSERT INTO tgen.cm SELECT i, 90, 'other', 'WhatsApp ' || tgen.mobile(cc, 'cmo', i), cc, NULL, CASE WHEN i % 2 = 0 THEN 'Bestelt via WhatsApp, bevestiging per mail sturen' END, false FROM tgen.p WHERE kind = 'st' AND i % 4 = 3;
INSERT INTO tgen.cm SELECT i, 35, 'mobile', tgen.mobile(cc, 'cmp', i), cc, NULL,
       CASE i % 4 WHEN 0 THEN 'Gsm van haar partner ' || fixture_gen.first_name('pprt', i) || ', bellen als er niemand opendoet' WHEN 1 THEN 'Enkel na 17u bereikbaar' ELSE 'Tweede nummer' END, false
  FROM tgen.p WHERE kind = 'per' AND i % 6 = 4;
INSERT INTO party_contact_mechanism (type, value, value_compact, name, comment, party, address, language, active, sequence, invoice, create_uid, create_date, write_uid, write_date)
SELECT c.type, c.value,
       CASE WHEN c.type IN ('phone', 'mobile', 'fax') THEN tgen.compact(c.cc, c.value) WHEN c.type = 'other' THEN NULL ELSE c.value END,
       c.name, c.comment, c.party, NULL, NULL, NOT (c.party IN (124, 189, 257)), c.seq, c.invoice,
       pp.create_uid, pp.create_date + make_interval(secs => c.seq), CASE WHEN c.seq > 40 THEN pp.write_uid END, CASE WHEN c.seq > 40 THEN pp.write_date END
FROM tgen.cm c JOIN party_party pp ON pp.id = c.party ORDER BY c.party, c.seq;

CREATE TABLE party_identifier (
    id serial PRIMARY KEY,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    address integer REFERENCES party_address (id) ON DELETE CASCADE,
    type varchar,
    code varchar NOT NULL,
    sequence integer,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO party_identifier (party, address, type, code, sequence, create_uid, create_date, write_uid, write_date)
SELECT p.i, NULL::integer, 'eu_vat',
       CASE p.cc WHEN 'BE' THEN tgen.be_vat('pvat', p.i) WHEN 'NL' THEN tgen.nl_vat('pvat', p.i) WHEN 'FR' THEN tgen.fr_vat('pvat', p.i) ELSE fixture_gen.vat('pvat', p.i) END,
       10, pp.create_uid, pp.create_date, NULL::integer, NULL::timestamp(6)
FROM tgen.p p JOIN party_party pp ON pp.id = p.i WHERE p.kind IN ('self', 'sup', 'biz', 'org') OR (p.kind = 'st' AND p.i % 8 <> 7)
UNION ALL
SELECT p.i, NULL, CASE WHEN p.cc = 'NL' THEN 'nl_bsn' ELSE 'be_nn' END,
       CASE WHEN p.cc = 'NL' THEN substr(tgen.nl_vat('pbsn', p.i), 3, 9) ELSE replace(replace(tgen.rrn('prrn', p.i), '.', ''), '-', '') END,
       20, 36, pp.create_date, NULL, NULL
FROM tgen.p p JOIN party_party pp ON pp.id = p.i WHERE p.kind = 'emp'
UNION ALL
SELECT p.i, NULL, 'gln', tgen.gs1(CASE p.cc WHEN 'NL' THEN '87' WHEN 'FR' THEN '30' ELSE '54' END || fixture_gen.digits('pgln', p.i, 10)), 30, pp.create_uid, pp.create_date, NULL, NULL
FROM tgen.p p JOIN party_party pp ON pp.id = p.i WHERE (p.kind = 'sup' AND p.i % 2 = 0) OR (p.kind = 'biz' AND p.i % 9 = 0) OR p.kind = 'self';

CREATE TABLE company_company (
    id serial PRIMARY KEY,
    party integer NOT NULL REFERENCES party_party (id),
    currency integer NOT NULL,
    timezone varchar,
    header text,
    footer text,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO company_company (id, party, currency, timezone, header, footer, create_uid, create_date, write_uid, write_date)
SELECT c, c, 1, CASE c WHEN 1 THEN 'Europe/Brussels' ELSE 'Europe/Amsterdam' END,
       CASE c WHEN 1 THEN E'Scheldehof Horeca Distributie NV\nNoorderlaan 133 - 2030 Antwerpen\nBTW ' || (SELECT code FROM party_identifier WHERE party = 1 AND type = 'eu_vat') || E' - RPR Antwerpen, afdeling Antwerpen'
              ELSE E'Scheldehof Horeca Nederland B.V.\nHazeldonk 6412 - 4836 LG Breda\nKvK 7' || fixture_gen.digits('kvk', 2, 7) || ' - btw ' || (SELECT code FROM party_identifier WHERE party = 2 AND type = 'eu_vat') END,
       CASE c WHEN 1 THEN 'KBC ' || tgen.spaced(tgen.iban('BE', 'ciban', 1)) || ' - BIC KREDBEBB | ING ' || tgen.spaced(tgen.iban('BE', 'ciban', 11)) || E' - BIC BBRUBEBB\ninfo@scheldehof.be | +32 3 544 20 00 | www.scheldehof.be | Leveringsvoorwaarden op www.scheldehof.be/voorwaarden'
              ELSE 'Bankrekening ' || tgen.spaced(tgen.iban('NL', 'ciban', 2)) || E'\ninfo@scheldehof.nl | +31 76 750 11 00' END,
       0, timestamp '2019-01-07 09:00:00', 1, timestamp '2024-02-12 10:14:03.551902'
FROM generate_series(1, 2) c;

CREATE TABLE company_employee (
    id serial PRIMARY KEY,
    party integer NOT NULL REFERENCES party_party (id),
    company integer NOT NULL REFERENCES company_company (id),
    start_date date,
    end_date date,
    supervisor integer REFERENCES company_employee (id) ON DELETE SET NULL,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO company_employee (id, party, company, start_date, end_date, supervisor, create_uid, create_date, write_uid, write_date)
SELECT e.e, e.party, CASE WHEN p.cc = 'NL' AND e.e > 32 THEN 2 ELSE 1 END, e.hired, e.left_on,
       CASE WHEN e.e = 1 THEN NULL WHEN e.e <= 2 THEN 1 WHEN e.e <= 6 THEN 2 WHEN e.e <= 22 THEN 7 WHEN e.e <= 32 THEN 1 WHEN e.e <= 48 THEN 27 WHEN e.e <= 60 THEN 28 ELSE 2 END,
       CASE WHEN e.e <= 2 THEN 1 ELSE 36 END, tgen.at('ecd', e.e, '2019-01-07', '2019-02-01') + make_interval(days => greatest(0, e.hired - date '2019-01-07')),
       CASE WHEN e.left_on IS NOT NULL THEN 36 END, CASE WHEN e.left_on IS NOT NULL THEN e.left_on + time '16:30:00' END
FROM tgen.e e JOIN tgen.p p ON p.i = e.party ORDER BY e.e;

-- ---------------------------------------------------------------------------
-- bank.

CREATE TABLE bank_bank (
    id serial PRIMARY KEY,
    party integer NOT NULL REFERENCES party_party (id),
    bic varchar,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO bank_bank (id, party, bic, create_uid, create_date, write_uid, write_date)
SELECT b, 304 + b, (ARRAY['KREDBEBB', 'GEBABEBB', 'BBRUBEBB', 'GKCCBEBB', 'ARSPBE22', 'RABONL2U'])[b], 1, timestamp '2019-01-07 10:00:00' + make_interval(mins => b), NULL, NULL
FROM generate_series(1, 6) b;

CREATE TABLE bank_account (
    id serial PRIMARY KEY,
    bank integer REFERENCES bank_bank (id),
    currency integer,
    active boolean DEFAULT true,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
-- Accounts of the companies, suppliers, customers paying by direct debit, sole traders and staff.
CREATE TABLE tgen.ba (id serial, owner int, cc text, old boolean);
INSERT INTO tgen.ba (owner, cc, old)
SELECT i, cc, kind IN ('sup', 'emp') AND i % 11 = 5 FROM tgen.p
WHERE kind IN ('self', 'sup', 'emp') OR (kind = 'biz' AND i % 3 = 0) OR (kind = 'st' AND i % 2 = 1) OR (kind = 'per' AND i % 7 = 0) ORDER BY i;
INSERT INTO tgen.ba (owner, cc, old) SELECT 1, 'BE', false;
INSERT INTO bank_account (id, bank, currency, active, create_uid, create_date, write_uid, write_date)
SELECT b.id, CASE b.cc WHEN 'BE' THEN 1 + fixture_gen.n('bab', b.id, 5) WHEN 'NL' THEN 6 END, 1, b.owner NOT IN (124, 189, 257) AND NOT b.old,
       CASE WHEN b.owner BETWEEN 3 AND 64 THEN 36 ELSE 3 + fixture_gen.n('bau', b.id, 4) END, tgen.at('bad', b.id, '2019-02-01', '2024-09-01'), NULL, NULL
FROM tgen.ba b ORDER BY b.id;

CREATE TABLE bank_account_number (
    id serial PRIMARY KEY,
    account integer NOT NULL REFERENCES bank_account (id) ON DELETE CASCADE,
    type varchar NOT NULL,
    number varchar,
    number_compact varchar,
    sequence integer,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO bank_account_number (account, type, number, number_compact, sequence, create_uid, create_date, write_uid, write_date)
SELECT b.id, CASE WHEN b.old THEN 'other' ELSE 'iban' END,
       CASE WHEN b.old THEN substr(v, 5, 3) || '-' || substr(v, 8, 7) || '-' || substr(v, 15, 2) ELSE tgen.spaced(v) END,
       CASE WHEN b.old THEN substr(v, 5) ELSE v END, 10, ba.create_uid, ba.create_date, NULL, NULL
FROM tgen.ba b JOIN bank_account ba ON ba.id = b.id
CROSS JOIN LATERAL (SELECT CASE WHEN b.owner = 1 AND b.id = (SELECT max(id) FROM tgen.ba) THEN tgen.iban('BE', 'ciban', 11) WHEN b.owner = 1 THEN tgen.iban('BE', 'ciban', 1)
                                WHEN b.owner = 2 THEN tgen.iban('NL', 'ciban', 2) ELSE tgen.iban(CASE WHEN b.old THEN 'BE' ELSE b.cc END, 'biban', b.owner) END AS v) x
ORDER BY b.id;

CREATE TABLE bank_account_party_rel (
    id serial PRIMARY KEY,
    account integer NOT NULL REFERENCES bank_account (id) ON DELETE CASCADE,
    owner integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO bank_account_party_rel (account, owner, create_uid, create_date, write_uid, write_date)
SELECT b.id, b.owner, ba.create_uid, ba.create_date, NULL, NULL FROM tgen.ba b JOIN bank_account ba ON ba.id = b.id ORDER BY b.id;

-- ---------------------------------------------------------------------------
-- product: the catalogue.

CREATE TABLE product_template (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    code varchar,
    type varchar NOT NULL,
    default_uom integer NOT NULL,
    active boolean DEFAULT true,
    consumable boolean DEFAULT false,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
CREATE TABLE tgen.cat (k int PRIMARY KEY, base text, unit text, uom int, price numeric);
INSERT INTO tgen.cat SELECT row_number() OVER (), b, u, m, pr FROM (VALUES
  ('Frituurolie', '10 L', 1, 28.90), ('Belgische frieten 10 mm', '4 x 2,5 kg', 2, 14.20), ('Mayonaise', 'emmer 10 L', 1, 31.50), ('Trappist blond 33 cl', 'bak 24', 3, 38.40),
  ('Spa Reine 50 cl', 'pak 24', 3, 11.90), ('Koffiebonen espresso', '1 kg', 2, 21.75), ('Vanille-ijs', '5 L', 1, 17.30), ('Zalmfilet vers', 'per kg', 2, 24.60),
  ('Kipfilet diepvries', '2,5 kg', 2, 18.95), ('Servetten 3-laags 33x33', 'doos 2000', 3, 44.00), ('Vaatwastabletten', '200 st', 3, 39.80), ('Bloem T55', '25 kg', 2, 16.40),
  ('Boter 82%', '10 kg', 2, 78.00), ('Parmigiano Reggiano 24 maanden', '1 kg', 2, 22.10), ('Rundsstoverij', 'per kg', 2, 13.85), ('Grijze garnalen gepeld', '1 kg', 2, 59.00),
  ('Mosselen Zeeland', '5 kg', 2, 19.50), ('Chocoladecallets puur 54%', '2,5 kg', 2, 27.40), ('Slagroom 35%', '1 L', 1, 4.65), ('Pasta penne rigate', '5 kg', 2, 9.80),
  ('Tomatenblokjes', 'blik 2,5 kg', 3, 3.95), ('Kaas Gouda jong', '4,5 kg', 2, 41.20), ('Eieren vrije uitloop', 'tray 30', 3, 8.70), ('Citroenen', 'kist 5 kg', 2, 11.20),
  ('Sinaasappelsap vers', '6 x 1 L', 3, 16.80), ('Witte wijn Côtes du Rhône', 'doos 6 x 75 cl', 3, 45.00), ('Bakpapier 40x60', '500 vel', 3, 23.60), ('Handschoenen nitril maat L', 'doos 100', 3, 7.90),
  ('Leveringskost', 'per levering', 4, 12.50), ('Statiegeld krat', 'per krat', 3, 3.00)) v(b, u, m, pr);
INSERT INTO product_template (id, name, code, type, default_uom, active, consumable, create_uid, create_date, write_uid, write_date)
SELECT t, c.base || ' ' || c.unit || CASE WHEN t > 30 THEN ' - ' || (ARRAY['Huismerk', 'Premium', 'Bio'])[1 + (t - 31) / 30] ELSE '' END,
       'T' || lpad(t::text, 4, '0'), CASE WHEN c.base IN ('Leveringskost') THEN 'service' ELSE 'goods' END, c.uom, t NOT IN (44, 87, 103), c.base = 'Statiegeld krat',
       23 + fixture_gen.n('ptu', t, 4), tgen.at('ptd', t, '2019-01-10', '2024-06-01'), CASE WHEN t % 3 = 0 THEN 23 + fixture_gen.n('ptw', t, 4) END, CASE WHEN t % 3 = 0 THEN tgen.at('ptwd', t, '2024-06-01', '2024-09-30') END
FROM generate_series(1, 120) t JOIN tgen.cat c ON c.k = 1 + (t - 1) % 30
WHERE NOT (t > 30 AND c.base IN ('Leveringskost', 'Statiegeld krat'));

CREATE TABLE product_product (
    id serial PRIMARY KEY,
    template integer NOT NULL REFERENCES product_template (id) ON DELETE CASCADE,
    code varchar,
    suffix_code varchar,
    description text,
    active boolean DEFAULT true,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO product_product (id, template, code, suffix_code, description, active, create_uid, create_date, write_uid, write_date)
SELECT row_number() OVER (ORDER BY t.id, v), t.id, t.code || CASE WHEN v > 1 THEN '-' || v ELSE '' END, CASE WHEN v > 1 THEN v::text END,
       CASE WHEN t.id % 4 = 0 THEN NULL
            ELSE fixture_gen.pick(ARRAY['Geschikt voor professioneel gebruik.', 'Bewaren tussen 2 en 7 °C.', 'Diepvries: bewaren op -18 °C.', 'Herkomst: België.', 'Leverbaar per pallet of per stuk.',
                 'Allergenen: zie technische fiche.', 'Houdbaarheid na opening: 3 dagen.', 'Seizoensproduct, leverbaar van april tot september.'], 'ppdesc', t.id)
                 || CASE WHEN v > 1 THEN ' Variant ' || v || '.' ELSE '' END END,
       t.active, t.create_uid, t.create_date, t.write_uid, t.write_date
FROM product_template t CROSS JOIN generate_series(1, 2) v WHERE v = 1 OR t.id % 4 = 1;

-- ---------------------------------------------------------------------------
-- sale, stock, purchase, account_invoice.

-- Sales: which customer, when, how far along.
CREATE TABLE tgen.s (k int PRIMARY KEY, party int, d date, state text, rep int, web boolean);
INSERT INTO tgen.s
SELECT k, p.i, date '2023-10-01' + fixture_gen.n('sd', k, 365),
       CASE WHEN k > 250 THEN 'draft' WHEN k > 238 THEN 'quotation' WHEN k > 228 THEN 'confirmed' WHEN k % 29 = 0 THEN 'cancelled' WHEN k > 205 THEN 'processing' ELSE 'done' END,
       7 + fixture_gen.n('srep', k, 16), p.kind = 'per' OR (p.kind = 'st' AND k % 3 = 0)
FROM generate_series(1, 260) k
JOIN tgen.p p ON p.i = (SELECT i FROM tgen.p WHERE kind IN ('biz', 'st', 'per') AND i NOT IN (124, 189, 257, 291) ORDER BY i OFFSET fixture_gen.n('sp', k, 195) LIMIT 1);

CREATE TABLE sale_sale (
    id serial PRIMARY KEY,
    company integer NOT NULL REFERENCES company_company (id),
    number varchar,
    reference varchar,
    description varchar,
    state varchar NOT NULL,
    sale_date date,
    payment_term integer,
    party integer NOT NULL REFERENCES party_party (id),
    contact integer REFERENCES party_contact_mechanism (id),
    invoice_party integer REFERENCES party_party (id),
    invoice_address integer REFERENCES party_address (id),
    shipment_party integer REFERENCES party_party (id),
    shipment_address integer REFERENCES party_address (id),
    warehouse integer,
    currency integer NOT NULL,
    invoice_method varchar NOT NULL,
    invoice_state varchar NOT NULL,
    shipment_method varchar NOT NULL,
    shipment_state varchar NOT NULL,
    comment text,
    untaxed_amount_cache numeric,
    tax_amount_cache numeric,
    total_amount_cache numeric,
    quoted_by integer REFERENCES company_employee (id),
    confirmed_by integer REFERENCES company_employee (id),
    shipping_date date,
    web_shop integer,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO sale_sale (id, company, number, reference, description, state, sale_date, payment_term, party, contact, invoice_party, invoice_address, shipment_party, shipment_address,
    warehouse, currency, invoice_method, invoice_state, shipment_method, shipment_state, comment, untaxed_amount_cache, tax_amount_cache, total_amount_cache,
    quoted_by, confirmed_by, shipping_date, web_shop, create_uid, create_date, write_uid, write_date)
SELECT s.k, CASE WHEN p.cc = 'NL' THEN 2 ELSE 1 END,
       CASE WHEN s.state = 'draft' THEN NULL ELSE 'SO' || lpad((24000 + s.k)::text, 6, '0') END,
       CASE WHEN s.web THEN '#' || (10400 + s.k)::text WHEN p.kind = 'biz' AND s.k % 3 <> 0 THEN fixture_gen.pick(ARRAY['PO-', 'BST ', 'bestelling ', ''], 'sref', s.k) || (2400 + fixture_gen.n('srefn', s.k, 900))::text END,
       CASE WHEN s.k % 5 = 0 THEN 'Weekbestelling'
            WHEN s.k % 13 = 1 THEN 'Trouwfeest ' || fixture_gen.first_name('swed', s.k) || ' & ' || fixture_gen.first_name('swed2', s.k) || ' ' || fixture_gen.last_name('swed', s.k)
            WHEN s.k % 13 = 6 THEN 'Communiefeest familie ' || fixture_gen.last_name('scom', s.k)
            WHEN s.k % 13 = 9 THEN 'Personeelsfeest ' || fixture_gen.pick(ARRAY['september', 'december', 'juni'], 'spf', s.k)
            WHEN s.web THEN 'Webshop' END,
       s.state, s.d, CASE WHEN p.kind = 'per' THEN 1 ELSE 2 + s.k % 3 END, p.i,
       CASE WHEN p.kind = 'biz' AND s.k % 2 = 0 THEN (SELECT min(id) FROM party_contact_mechanism WHERE party = p.i AND sequence = 50) END,
       CASE WHEN p.kind = 'per' AND s.k % 17 = 0 THEN NULL ELSE p.i END, p.i,
       p.i, coalesce((SELECT min(id) FROM party_address WHERE party = p.i AND sequence = 20 AND s.k % 4 <> 0), p.i),
       CASE WHEN p.cc = 'NL' THEN 2 ELSE 1 END, 1, 'order',
       CASE WHEN s.state = 'done' THEN 'paid' WHEN s.state = 'processing' THEN 'pending' ELSE 'none' END, 'order',
       CASE WHEN s.state = 'done' THEN 'sent' WHEN s.state = 'processing' THEN CASE WHEN s.k % 2 = 0 THEN 'sent' ELSE 'waiting' END ELSE 'none' END,
       CASE s.k % 8
         WHEN 0 THEN 'Levering via achteringang, sleutel ligt bij ' || fixture_gen.first_name('skey', s.k) || ' van de buren (nr. ' || (1 + s.k % 80)::text || ')'
         WHEN 1 THEN 'Bij aankomst bellen naar ' || tgen.mobile(p.cc, 'scall', s.k)
         WHEN 2 THEN 'Niet leveren voor 7u, keuken open vanaf 7u30'
         WHEN 3 THEN ''
         WHEN 5 THEN CASE WHEN p.kind = 'per' THEN 'Klant ' || p.first || ' is thuis na 17u, anders bij de buren afgeven' ELSE 'Palletten terugnemen' END
         ELSE NULL END,
       a.untaxed, round(a.untaxed * 0.06, 2), a.untaxed + round(a.untaxed * 0.06, 2),
       CASE WHEN s.state NOT IN ('draft') THEN s.rep END, CASE WHEN s.state IN ('confirmed', 'processing', 'done') THEN s.rep END,
       CASE WHEN s.state <> 'draft' THEN s.d + 1 + s.k % 3 END, CASE WHEN s.web THEN 1 END,
       CASE WHEN s.web THEN 34 ELSE s.rep + 1 END, s.d + make_time(7 + s.k % 10, s.k % 60, (s.k * 7 % 60)::double precision),
       CASE WHEN s.state IN ('draft') THEN NULL ELSE s.rep + 1 END, CASE WHEN s.state IN ('draft') THEN NULL ELSE s.d + 2 + make_time(9 + s.k % 8, s.k % 60, 1.5) END
FROM tgen.s s JOIN tgen.p p ON p.i = s.party
CROSS JOIN LATERAL (SELECT (40 + fixture_gen.n('samt', s.k, 250000) / 100.0)::numeric(12, 2) AS untaxed) a
ORDER BY s.k;

CREATE TABLE sale_line (
    id serial PRIMARY KEY,
    sale integer NOT NULL REFERENCES sale_sale (id) ON DELETE CASCADE,
    sequence integer,
    type varchar NOT NULL,
    product integer REFERENCES product_product (id),
    quantity double precision,
    unit integer,
    unit_price numeric,
    description text,
    note text,
    shipping_date date,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO sale_line (sale, sequence, type, product, quantity, unit, unit_price, description, note, shipping_date, create_uid, create_date, write_uid, write_date)
SELECT s.id, l * 10, 'line', pr.id, 1 + fixture_gen.n('slq', s.id * 10 + l, 24), t.default_uom, c.price, t.name,
       CASE WHEN (s.id + l) % 23 = 0 THEN 'In plakjes van 2 mm snijden' WHEN (s.id + l) % 31 = 0 THEN 'Apart verpakken voor ' || fixture_gen.first_name('slnote', s.id) || ' (allergie noten)'
            WHEN (s.id + l) % 37 = 0 THEN 'Vervangproduct toegestaan' END,
       s.shipping_date, s.create_uid, s.create_date + make_interval(secs => l * 12), s.write_uid, s.write_date
FROM sale_sale s CROSS JOIN generate_series(1, 4) l
JOIN product_product pr ON pr.id = 1 + fixture_gen.n('slp', s.id * 10 + l, 143)
JOIN product_template t ON t.id = pr.template
JOIN tgen.cat c ON c.k = 1 + (t.id - 1) % 30
WHERE l <= 2 + s.id % 3
ORDER BY s.id, l;

CREATE TABLE stock_shipment_out (
    id serial PRIMARY KEY,
    company integer NOT NULL REFERENCES company_company (id),
    number varchar,
    reference varchar,
    customer integer NOT NULL REFERENCES party_party (id),
    delivery_address integer NOT NULL REFERENCES party_address (id),
    planned_date date,
    origin_planned_date date,
    effective_date date,
    state varchar,
    warehouse integer NOT NULL,
    warehouse_storage integer,
    warehouse_output integer,
    carrier integer,
    shipping_reference varchar,
    cost_used numeric,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO stock_shipment_out (company, number, reference, customer, delivery_address, planned_date, origin_planned_date, effective_date, state, warehouse, warehouse_storage, warehouse_output,
    carrier, shipping_reference, cost_used, create_uid, create_date, write_uid, write_date)
SELECT s.company, 'CS' || lpad((31000 + s.id)::text, 6, '0'), s.reference, s.shipment_party, s.shipment_address, s.shipping_date, s.shipping_date,
       CASE WHEN s.shipment_state = 'sent' THEN s.shipping_date + (s.id % 2) END,
       CASE WHEN s.shipment_state = 'sent' THEN 'done' WHEN s.id % 3 = 0 THEN 'picked' ELSE 'waiting' END,
       s.warehouse, s.warehouse + 10, s.warehouse + 20, cr.carrier,
       CASE WHEN cr.carrier = 2 AND s.shipment_state = 'sent' THEN '0' || fixture_gen.digits('shdpd', s.id, 13)
            WHEN cr.carrier = 3 AND s.shipment_state = 'sent' THEN '3232' || fixture_gen.digits('shbp', s.id, 20) END,
       CASE WHEN cr.carrier = 1 THEN 0 ELSE 6.20 + fixture_gen.n('shc', s.id, 400) / 100.0 END,
       s.write_uid, s.write_date, CASE WHEN s.shipment_state = 'sent' THEN 27 + s.id % 4 END, CASE WHEN s.shipment_state = 'sent' THEN s.write_date + interval '1 day 3 hours' END
FROM sale_sale s JOIN tgen.p p ON p.i = s.party
CROSS JOIN LATERAL (SELECT CASE WHEN p.kind = 'per' THEN 2 + s.id % 2 WHEN s.web_shop IS NOT NULL THEN 2 ELSE 1 END AS carrier) cr
WHERE s.state IN ('processing', 'done')
ORDER BY s.id;

-- Purchases from the suppliers.
CREATE TABLE purchase_purchase (
    id serial PRIMARY KEY,
    company integer NOT NULL REFERENCES company_company (id),
    number varchar,
    reference varchar,
    description varchar,
    state varchar NOT NULL,
    purchase_date date,
    payment_term integer,
    party integer NOT NULL REFERENCES party_party (id),
    contact integer REFERENCES party_contact_mechanism (id),
    invoice_party integer REFERENCES party_party (id),
    invoice_address integer REFERENCES party_address (id),
    warehouse integer,
    currency integer NOT NULL,
    invoice_method varchar NOT NULL,
    invoice_state varchar NOT NULL,
    shipment_state varchar NOT NULL,
    comment text,
    untaxed_amount_cache numeric,
    tax_amount_cache numeric,
    total_amount_cache numeric,
    quoted_by integer REFERENCES company_employee (id),
    confirmed_by integer REFERENCES company_employee (id),
    delivery_date date,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO purchase_purchase (id, company, number, reference, description, state, purchase_date, payment_term, party, contact, invoice_party, invoice_address, warehouse, currency,
    invoice_method, invoice_state, shipment_state, comment, untaxed_amount_cache, tax_amount_cache, total_amount_cache, quoted_by, confirmed_by, delivery_date,
    create_uid, create_date, write_uid, write_date)
SELECT k, 1, CASE WHEN st = 'draft' THEN NULL ELSE 'PO' || lpad((9000 + k)::text, 6, '0') END,
       CASE WHEN k % 3 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY['OFF-', 'Q', 'AB', 'DEV-'], 'pref', k) || (1000 + fixture_gen.n('prefn', k, 8999))::text END,
       CASE k % 6 WHEN 0 THEN 'Aanvulling stock week ' || (1 + fixture_gen.n('pwk', k, 52))::text WHEN 1 THEN 'Promo Q' || (1 + k % 4)::text WHEN 2 THEN 'Zomerkaart' WHEN 3 THEN NULL WHEN 4 THEN 'Spoedbestelling' ELSE 'Stock koelcel' END,
       st, d, 2 + k % 3, sp, CASE WHEN k % 4 = 0 THEN (SELECT min(id) FROM party_contact_mechanism WHERE party = sp AND type = 'email') END, sp, sp, 1, 1,
       'order', CASE WHEN st = 'done' THEN 'paid' WHEN st = 'processing' THEN 'pending' ELSE 'none' END, CASE WHEN st = 'done' THEN 'received' WHEN st = 'processing' THEN 'waiting' ELSE 'none' END,
       CASE k % 7
         WHEN 0 THEN 'Levering aan dock 2, vragen naar ' || (SELECT first || ' ' || last FROM tgen.p WHERE i = 2 + 33 + k % 16) || ' (' || tgen.mobile('BE', 'cmo', 2 + 33 + k % 16) || ')'
         WHEN 1 THEN 'Prijzen volgens jaarcontract 2024'
         WHEN 3 THEN 'Leveren tussen 6u en 10u, koelwagen verplicht'
         WHEN 5 THEN 'Vorige levering onvolledig, ' || fixture_gen.pick(ARRAY['2 bakken', '1 pallet', '6 dozen'], 'pmiss', k) || ' te crediteren'
         ELSE NULL END,
       a.untaxed, round(a.untaxed * 0.06, 2), a.untaxed + round(a.untaxed * 0.06, 2),
       23 + k % 4, CASE WHEN st IN ('processing', 'done', 'confirmed') THEN 23 + k % 4 END, d + 2 + k % 5,
       24 + k % 4, d + make_time(8 + k % 8, k % 60, 0.25), 24 + k % 4, d + 3 + make_time(10, k % 60, 0.75)
FROM generate_series(1, 130) k
CROSS JOIN LATERAL (SELECT 65 + fixture_gen.n('pps', k, 40) AS sp, date '2023-10-01' + fixture_gen.n('ppd', k, 365) AS d,
                           CASE WHEN k > 124 THEN 'draft' WHEN k > 116 THEN 'quotation' WHEN k > 110 THEN 'confirmed' WHEN k > 100 THEN 'processing' WHEN k % 23 = 0 THEN 'cancelled' ELSE 'done' END AS st,
                           (150 + fixture_gen.n('pamt', k, 900000) / 100.0)::numeric(12, 2) AS untaxed) a;

CREATE TABLE account_invoice (
    id serial PRIMARY KEY,
    company integer NOT NULL REFERENCES company_company (id),
    type varchar NOT NULL,
    number varchar,
    reference varchar,
    description varchar,
    state varchar NOT NULL,
    invoice_date date,
    accounting_date date,
    payment_term_date date,
    party integer NOT NULL REFERENCES party_party (id),
    party_tax_identifier integer REFERENCES party_identifier (id),
    invoice_address integer NOT NULL REFERENCES party_address (id),
    currency integer NOT NULL,
    journal integer,
    account integer NOT NULL,
    payment_term integer,
    move integer,
    cancel_move integer,
    comment text,
    tax_identifier integer REFERENCES party_identifier (id),
    untaxed_amount_cache numeric,
    tax_amount_cache numeric,
    total_amount_cache numeric,
    invoice_report_cache bytea,
    invoice_report_cache_id varchar,
    invoice_report_format varchar,
    validated_by integer REFERENCES company_employee (id),
    posted_by integer REFERENCES company_employee (id),
    sequence integer,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
-- Customer invoices of the sales; supplier invoices of the purchases.
CREATE TABLE tgen.inv (id serial, type text, src int, party int, d date, state text, untaxed numeric, descr text, ref text, company int);
INSERT INTO tgen.inv (type, src, party, d, state, untaxed, descr, ref, company)
SELECT 'out', s.id, s.invoice_party, s.shipping_date + 1, CASE WHEN s.state = 'done' THEN 'paid' ELSE CASE WHEN s.id % 3 = 0 THEN 'draft' ELSE 'posted' END END,
       s.untaxed_amount_cache, s.description, s.reference, s.company
FROM sale_sale s WHERE s.state IN ('done', 'processing') AND s.invoice_party IS NOT NULL ORDER BY s.id;
INSERT INTO tgen.inv (type, src, party, d, state, untaxed, descr, ref, company)
SELECT 'in', p.id, p.party, p.delivery_date + 3, CASE WHEN p.state = 'done' THEN 'paid' ELSE 'validated' END, p.untaxed_amount_cache,
       CASE WHEN p.id % 4 = 0 THEN 'Levering ' || to_char(p.delivery_date, 'DD/MM') END, fixture_gen.pick(ARRAY['INV-', 'F', 'FA', 'RE-', ''], 'iref', p.id) || (20000 + fixture_gen.n('irefn', p.id, 70000))::text, 1
FROM purchase_purchase p WHERE p.state IN ('done', 'processing') ORDER BY p.id;
INSERT INTO account_invoice (id, company, type, number, reference, description, state, invoice_date, accounting_date, payment_term_date, party, party_tax_identifier, invoice_address,
    currency, journal, account, payment_term, move, cancel_move, comment, tax_identifier, untaxed_amount_cache, tax_amount_cache, total_amount_cache,
    invoice_report_cache, invoice_report_cache_id, invoice_report_format, validated_by, posted_by, sequence, create_uid, create_date, write_uid, write_date)
SELECT v.id, v.company, v.type,
       CASE WHEN v.state = 'draft' THEN NULL WHEN v.type = 'out' THEN 'F' || extract(year FROM v.d)::text || '-' || lpad((100 + v.id)::text, 5, '0') ELSE 'AF' || extract(year FROM v.d)::text || '-' || lpad(v.id::text, 4, '0') END,
       v.ref, v.descr, v.state, CASE WHEN v.state <> 'draft' THEN v.d END, CASE WHEN v.type = 'in' AND v.id % 9 = 0 THEN v.d + 5 END, NULL,
       v.party, (SELECT min(id) FROM party_identifier WHERE party = v.party AND type = 'eu_vat'), v.party,
       1, CASE v.type WHEN 'out' THEN 1 ELSE 2 END, CASE v.type WHEN 'out' THEN 3 ELSE 7 END, 2 + v.id % 3,
       CASE WHEN v.state <> 'draft' THEN 5000 + v.id END, NULL,
       CASE WHEN v.type = 'out' AND v.id % 9 = 0 THEN 'Factuur op naam van de zaakvoerder ' || fixture_gen.first_name('pchef', v.party) || ' ' || fixture_gen.last_name('pchef', v.party) || ' gezet, op zijn vraag'
            WHEN v.type = 'out' AND v.id % 9 = 4 THEN 'Gelieve bij betaling de gestructureerde mededeling te vermelden.'
            WHEN v.type = 'in' AND v.id % 5 = 0 THEN 'Goedgekeurd door ' || (SELECT first FROM tgen.p WHERE i = 2 + 23 + v.id % 4) || ', creditnota gevraagd voor ontbrekende bak'
            WHEN v.id % 7 = 3 THEN '' END,
       (SELECT min(id) FROM party_identifier WHERE party = v.company AND type = 'eu_vat'),
       v.untaxed, round(v.untaxed * 0.06, 2), v.untaxed + round(v.untaxed * 0.06, 2),
       CASE WHEN v.type = 'out' AND v.state <> 'draft' AND v.d < date '2024-03-01' THEN convert_to(
              E'%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n4 0 obj <</Length 812>> stream\nBT /F1 9 Tf 56 780 Td (Scheldehof Horeca Distributie NV - Noorderlaan 133 - 2030 Antwerpen) Tj ET\n'
              || 'BT /F2 11 Tf 320 700 Td (' || p.name || ') Tj 0 -13 Td (' || coalesce(a.street_unstructured, a.street_name || ' ' || a.building_number) || ') Tj 0 -13 Td (' || a.postal_code || ' ' || a.city || ') Tj ET' || E'\n'
              || 'BT /F1 9 Tf 320 660 Td (BTW ' || coalesce((SELECT code FROM party_identifier WHERE party = v.party AND type = 'eu_vat'), '-') || ') Tj ET' || E'\n'
              || 'BT /F2 14 Tf 56 620 Td (Factuur F' || extract(year FROM v.d)::text || '-' || lpad((100 + v.id)::text, 5, '0') || ') Tj ET' || E'\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'UTF8') END,
       CASE WHEN v.type = 'out' AND v.state <> 'draft' AND v.d >= date '2024-03-01' THEN fixture_gen.hexn('irc', v.id, 64) END,
       CASE WHEN v.type = 'out' AND v.state <> 'draft' THEN 'pdf' END,
       CASE WHEN v.type = 'in' THEN 3 + v.id % 4 END, CASE WHEN v.state IN ('posted', 'paid') THEN 3 + v.id % 4 END, CASE WHEN v.state <> 'draft' THEN v.id END,
       CASE WHEN v.type = 'out' THEN 4 + v.id % 4 ELSE 4 + v.id % 4 END, v.d + make_time(8 + v.id % 9, v.id % 60, 3.5),
       CASE WHEN v.state = 'paid' THEN 4 + v.id % 4 END, CASE WHEN v.state = 'paid' THEN v.d + 20 + make_time(11, v.id % 60, 0.5) END
FROM tgen.inv v JOIN tgen.p p ON p.i = v.party JOIN party_address a ON a.id = v.party
ORDER BY v.id;

CREATE TABLE account_invoice_line (
    id serial PRIMARY KEY,
    invoice integer REFERENCES account_invoice (id) ON DELETE CASCADE,
    invoice_type varchar,
    party integer REFERENCES party_party (id),
    currency integer,
    company integer REFERENCES company_company (id),
    sequence integer,
    type varchar NOT NULL,
    product integer REFERENCES product_product (id),
    account integer,
    quantity double precision,
    unit integer,
    unit_price numeric,
    description text,
    note text,
    origin varchar,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
-- Customer invoice lines copy the sale lines; a comment line now and then.
INSERT INTO account_invoice_line (invoice, invoice_type, party, currency, company, sequence, type, product, account, quantity, unit, unit_price, description, note, origin,
    create_uid, create_date, write_uid, write_date)
SELECT i.id, i.type, i.party, 1, i.company, sl.sequence, 'line', sl.product, 70, sl.quantity, sl.unit, sl.unit_price, sl.description,
       CASE WHEN sl.id % 41 = 0 THEN 'Prijs afgesproken met ' || (SELECT first || ' ' || last FROM tgen.p WHERE i = 2 + 7 + sl.id % 16) ELSE sl.note END,
       'sale.line,' || sl.id, i.create_uid, i.create_date, i.write_uid, i.write_date
FROM account_invoice i JOIN tgen.inv v ON v.id = i.id AND v.type = 'out' JOIN sale_line sl ON sl.sale = v.src;
INSERT INTO account_invoice_line (invoice, invoice_type, party, currency, company, sequence, type, product, account, quantity, unit, unit_price, description, note, origin,
    create_uid, create_date, write_uid, write_date)
SELECT i.id, i.type, i.party, 1, i.company, 5, 'comment', NULL, NULL, NULL, NULL, NULL,
       CASE i.id % 4 WHEN 0 THEN 'Geleverd aan ' || coalesce(a.party_name, p.name) || ', ' || coalesce(a.street_name || ' ' || a.building_number, a.street_unstructured)
                     WHEN 1 THEN 'Besteld door ' || fixture_gen.first_name('pchef', i.party) || ' ' || fixture_gen.last_name('pchef', i.party)
                     WHEN 2 THEN 'Leveringen van ' || to_char(i.invoice_date - 7, 'DD/MM') || ' tot ' || to_char(i.invoice_date, 'DD/MM')
                     ELSE 'Prijzen inclusief leveringskost' END,
       NULL, NULL, i.create_uid, i.create_date, i.write_uid, i.write_date
FROM account_invoice i JOIN tgen.inv v ON v.id = i.id AND v.type = 'out' JOIN tgen.p p ON p.i = i.party
JOIN sale_sale s ON s.id = v.src JOIN party_address a ON a.id = s.shipment_address
WHERE i.id % 5 = 0;
-- Supplier invoice lines.
INSERT INTO account_invoice_line (invoice, invoice_type, party, currency, company, sequence, type, product, account, quantity, unit, unit_price, description, note, origin,
    create_uid, create_date, write_uid, write_date)
SELECT i.id, i.type, i.party, 1, 1, l * 10, 'line', pr.id, 60, 5 + fixture_gen.n('ilq', i.id * 10 + l, 80), t.default_uom, round(c.price * 0.7, 2), t.name,
       CASE WHEN (i.id + l) % 17 = 0 THEN 'Prijs niet conform offerte, gemeld aan leverancier' END, NULL, i.create_uid, i.create_date, i.write_uid, i.write_date
FROM account_invoice i CROSS JOIN generate_series(1, 3) l
JOIN product_product pr ON pr.id = 1 + fixture_gen.n('ilp', i.id * 10 + l, 143)
JOIN product_template t ON t.id = pr.template JOIN tgen.cat c ON c.k = 1 + (t.id - 1) % 30
WHERE i.type = 'in' AND l <= 1 + i.id % 3;

-- ---------------------------------------------------------------------------
-- account_statement: bank statement lines as imported from CODA files.

CREATE TABLE account_statement_origin (
    id serial PRIMARY KEY,
    statement integer NOT NULL,
    number varchar,
    date date NOT NULL,
    amount numeric NOT NULL,
    party integer REFERENCES party_party (id),
    account integer,
    description varchar,
    information jsonb,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO account_statement_origin (statement, number, date, amount, party, account, description, information, create_uid, create_date, write_uid, write_date)
SELECT 300 + (k - 1) / 12, lpad((1 + (k - 1) % 12)::text, 4, '0'), d,
       CASE WHEN paid THEN i.total_amount_cache WHEN k % 5 = 1 THEN -(50 + fixture_gen.n('soa', k, 300000) / 100.0)::numeric(12, 2) ELSE (15 + fixture_gen.n('soa', k, 200000) / 100.0)::numeric(12, 2) END,
       CASE WHEN paid OR k % 4 = 0 THEN p.i END, CASE WHEN paid THEN 3 END,
       descr,
       jsonb_build_object('coda_bank_reference', fixture_gen.digits('sobr', k, 21), 'coda_transaction_code', CASE WHEN k % 5 = 1 THEN '00013000' ELSE '00150000' END,
                          'coda_counterparty_name', upper(cp_name), 'coda_counterparty_account', cp_iban, 'coda_counterparty_bic', CASE WHEN k % 3 <> 0 THEN (ARRAY['KREDBEBB', 'GEBABEBB', 'BBRUBEBB', 'GKCCBEBB', 'ARSPBE22', 'RABONL2U'])[1 + k % 6] END,
                          'coda_communication', descr) || CASE WHEN k % 5 = 1 THEN jsonb_build_object('coda_end_to_end_id', 'SDD-' || fixture_gen.digits('soe', k, 10)) ELSE '{}'::jsonb END,
       5 + k % 2, d + time '06:12:30' + make_interval(secs => k), CASE WHEN paid THEN 5 + k % 2 END, CASE WHEN paid THEN d + time '10:45:00' + make_interval(secs => k) END
FROM generate_series(1, 300) k
CROSS JOIN LATERAL (SELECT k % 3 <> 2 AS paid, date '2024-01-02' + fixture_gen.n('sod', k, 270) AS d) x
LEFT JOIN LATERAL (SELECT * FROM account_invoice WHERE type = 'out' AND state = 'paid' ORDER BY id OFFSET fixture_gen.n('soi', k, 150) LIMIT 1) i ON paid
JOIN tgen.p p ON p.i = CASE WHEN paid THEN i.party WHEN k % 5 = 1 THEN 65 + fixture_gen.n('sos', k, 40) ELSE 105 + fixture_gen.n('sop', k, 200) END
CROSS JOIN LATERAL (SELECT CASE WHEN p.kind = 'biz' AND k % 4 = 0 THEN fixture_gen.first_name('pchef', p.i) || ' ' || fixture_gen.last_name('pchef', p.i) ELSE p.name END AS cp_name,
                           tgen.iban(CASE WHEN p.cc IN ('BE', 'NL', 'FR') THEN p.cc ELSE 'BE' END, 'biban', p.i) AS cp_iban) c
CROSS JOIN LATERAL (SELECT CASE WHEN paid AND k % 2 = 0 THEN '+++' || substr(lpad(i.id::text, 10, '0'), 1, 3) || '/' || substr(lpad(i.id::text, 10, '0'), 4, 4) || '/' || substr(lpad(i.id::text, 10, '0'), 8, 3)
                                             || lpad(CASE WHEN i.id % 97 = 0 THEN 97 ELSE i.id % 97 END::text, 2, '0') || '+++'
                                WHEN paid THEN fixture_gen.pick(ARRAY['factuur ', 'fact. ', 'Factuur nr ', ''], 'sodf', k) || i.number || CASE WHEN k % 3 = 0 THEN ' ' || p.name ELSE '' END
                                WHEN k % 5 = 1 THEN 'Europese domiciliering ' || p.name || ' ref. ' || fixture_gen.digits('sor', k, 8)
                                WHEN k % 4 = 0 THEN 'betaling ' || fixture_gen.pick(ARRAY['bestelling webshop', 'feest zaterdag', 'voorschot catering', 'rest factuur'], 'sofe', k) || ' ' || p.first
                                ELSE fixture_gen.pick(ARRAY['BANCONTACT AANKOOP', 'Terugbetaling waarborg', 'Overschrijving', 'Voorschot'], 'sofb', k) END AS descr) dd
ORDER BY k;

-- ---------------------------------------------------------------------------
-- web_user, web_shop (Shopify), the DPD and Stripe credentials.

CREATE TABLE web_user (
    id serial PRIMARY KEY,
    email varchar,
    email_valid boolean DEFAULT false,
    email_token varchar,
    password_hash varchar,
    password_reset varchar,
    password_reset_expire timestamp(6),
    party integer REFERENCES party_party (id),
    active boolean DEFAULT true,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO web_user (email, email_valid, email_token, password_hash, password_reset, password_reset_expire, party, active, create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN p.i % 10 = 9 AND p.kind = 'per' THEN fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last) || '@gmail.com' ELSE p.email END,
       p.i % 6 <> 1, CASE WHEN p.i % 6 = 1 THEN tgen.urlsafe('wuet', p.i, 32) END,
       CASE WHEN p.i % 13 = 7 THEN NULL ELSE tgen.pwhash('wuph', p.i) END,
       CASE WHEN p.i % 13 IN (7, 11) THEN tgen.urlsafe('wupr', p.i, 32) END, CASE WHEN p.i % 13 IN (7, 11) THEN tgen.at('wupe', p.i, '2024-09-28', '2024-10-05') END,
       p.i, p.i NOT IN (124, 189, 257), 34, tgen.at('wucd', p.i, '2021-05-01', '2024-09-01'), CASE WHEN p.i % 3 = 0 THEN 34 END, CASE WHEN p.i % 3 = 0 THEN tgen.at('wuwd', p.i, '2024-09-01', '2024-09-30') END
FROM tgen.p p WHERE p.kind = 'per' OR (p.kind IN ('st', 'biz') AND p.i % 3 = 1) ORDER BY p.i;

CREATE TABLE web_user_session (
    id serial PRIMARY KEY,
    key varchar NOT NULL,
    "user" integer NOT NULL REFERENCES web_user (id) ON DELETE CASCADE,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO web_user_session (key, "user", create_uid, create_date, write_uid, write_date)
SELECT tgen.urlsafe('wusk', k, 32), 1 + fixture_gen.n('wusu', k, (SELECT count(*) FROM web_user)::int), 0, tgen.at('wusd', k, '2024-07-01', '2024-09-30'), NULL, NULL
FROM generate_series(1, 150) k;

CREATE TABLE web_user_authenticate_attempt (
    id serial PRIMARY KEY,
    login varchar(512),
    ip_address varchar,
    ip_network varchar,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO web_user_authenticate_attempt (login, ip_address, ip_network, create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN k % 9 = 0 THEN upper(substr(w.email, 1, 1)) || substr(w.email, 2) WHEN k % 13 = 0 THEN replace(w.email, '.com', '.co') ELSE w.email END,
       ip, CASE WHEN ip LIKE '%:%' THEN regexp_replace(ip, '::.*$', '') || '::/56' ELSE regexp_replace(ip, '\.[0-9]+$', '') || '.0/24' END,
       0, tgen.at('wad', k, '2024-09-15', '2024-09-30'), NULL, NULL
FROM generate_series(1, 90) k JOIN web_user w ON w.id = 1 + fixture_gen.n('wau', k, 110)
CROSS JOIN LATERAL (SELECT CASE WHEN k % 5 = 0 THEN fixture_gen.ipv6('waip', k) ELSE fixture_gen.ipv4('waip', w.id) END AS ip) x;

CREATE TABLE web_shop (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    company integer NOT NULL REFERENCES company_company (id),
    type varchar NOT NULL,
    currency integer NOT NULL,
    language integer,
    warehouse integer,
    shopify_url varchar,
    shopify_version varchar,
    shopify_password varchar,
    shopify_webhook_shared_secret varchar,
    shopify_webhook_endpoint_order varchar,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO web_shop (name, company, type, currency, language, warehouse, shopify_url, shopify_version, shopify_password, shopify_webhook_shared_secret, shopify_webhook_endpoint_order,
    create_uid, create_date, write_uid, write_date) VALUES
  ('Webshop scheldehof.be', 1, 'shopify', 1, 18, 1, 'https://scheldehof-horeca.myshopify.com', '2024-07', 'shpat' || '_' || fixture_gen.hexn('wsp', 1, 32), fixture_gen.hexn('wss', 1, 64), '1' || fixture_gen.digits('wse', 1, 12), 32, '2021-04-19 14:20:11.204518', 32, '2024-08-02 09:31:40.118202'),
  ('Webshop scheldehof.nl', 2, 'shopify', 1, 18, 2, 'https://scheldehof-nl.myshopify.com', '2024-07', 'shpat' || '_' || fixture_gen.hexn('wsp', 2, 32), fixture_gen.hexn('wss', 2, 64), '1' || fixture_gen.digits('wse', 2, 12), 32, '2022-09-05 10:02:54.660021', 32, '2024-08-02 09:33:02.847911'),
  ('Proefshop (test)', 1, 'shopify', 1, 18, 1, 'https://scheldehof-dev.myshopify.com', '2023-10', 'shpat' || '_' || fixture_gen.hexn('wsp', 3, 32), '', NULL, 33, '2023-02-14 16:45:00.001', NULL, NULL);

CREATE TABLE carrier_credential_dpd (
    id serial PRIMARY KEY,
    company integer REFERENCES company_company (id),
    user_id varchar NOT NULL,
    password varchar NOT NULL,
    server varchar NOT NULL,
    depot varchar,
    token varchar,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO carrier_credential_dpd (company, user_id, password, server, depot, token, create_uid, create_date, write_uid, write_date) VALUES
  (1, 'scheldehof01', fixture_gen.chars('dpdpw', 1, 14), 'production', '0530', fixture_gen.hexn('dpdtk', 1, 32), 32, '2021-04-02 11:00:23.5', 0, '2024-09-30 05:00:02.44109'),
  (2, 'shnl-breda', fixture_gen.chars('dpdpw', 2, 14), 'production', '0524', fixture_gen.hexn('dpdtk', 2, 32), 32, '2022-09-12 08:30:05.1', 0, '2024-09-30 05:00:03.10442'),
  (1, 'sandbox-scheldehof', fixture_gen.chars('dpdpw', 3, 10), 'testing', '0998', NULL, 33, '2021-03-15 15:12:47.9', NULL, NULL);

CREATE TABLE account_payment_stripe_account (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    secret_key varchar NOT NULL,
    publishable_key varchar NOT NULL,
    webhook_identifier varchar,
    webhook_signing_secret varchar,
    last_event varchar,
    setup_intent_delay interval,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO account_payment_stripe_account (name, secret_key, publishable_key, webhook_identifier, webhook_signing_secret, last_event, setup_intent_delay, create_uid, create_date, write_uid, write_date) VALUES
  ('Stripe Scheldehof', 'sk' || '_live_' || fixture_gen.chars('stsk', 1, 99), 'pk' || '_live_' || fixture_gen.chars('stpk', 1, 99), fixture_gen.hexn('stwh', 1, 64), 'whsec' || '_' || fixture_gen.chars('stws', 1, 32),
   'evt_' || fixture_gen.chars('stev', 1, 24), interval '30 days', 32, '2022-01-10 10:10:10.5', 0, '2024-09-30 17:58:12.004'),
  ('Stripe test', 'sk' || '_test_' || fixture_gen.chars('stsk', 2, 99), 'pk' || '_test_' || fixture_gen.chars('stpk', 2, 99), fixture_gen.hexn('stwh', 2, 64), NULL, NULL, interval '30 days', 33, '2021-12-01 09:00:00.0', NULL, NULL);

CREATE TABLE account_payment_stripe_customer (
    id serial PRIMARY KEY,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    stripe_account integer NOT NULL REFERENCES account_payment_stripe_account (id),
    stripe_customer_id varchar,
    stripe_setup_intent_id varchar,
    stripe_error_code varchar,
    stripe_error_message varchar,
    stripe_error_param varchar,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO account_payment_stripe_customer (party, stripe_account, stripe_customer_id, stripe_setup_intent_id, stripe_error_code, stripe_error_message, stripe_error_param, create_uid, create_date, write_uid, write_date)
SELECT p.i, 1, 'cus_' || fixture_gen.chars('stc', p.i, 14), CASE WHEN p.i % 4 = 0 THEN 'seti_' || fixture_gen.chars('sti', p.i, 24) END,
       CASE WHEN p.i % 17 = 2 THEN 'card_declined' WHEN p.i % 23 = 3 THEN 'expired_card' END,
       CASE WHEN p.i % 17 = 2 THEN 'Your card was declined.' WHEN p.i % 23 = 3 THEN 'Your card has expired.' END,
       CASE WHEN p.i % 23 = 3 THEN 'exp_month' END,
       34, tgen.at('stcd', p.i, '2022-01-15', '2024-09-01'), CASE WHEN p.i % 17 = 2 OR p.i % 23 = 3 THEN 0 END, CASE WHEN p.i % 17 = 2 OR p.i % 23 = 3 THEN tgen.at('stcw', p.i, '2024-09-01', '2024-09-30') END
FROM tgen.p p WHERE p.kind IN ('per', 'st') OR (p.kind = 'biz' AND p.i % 6 = 2) ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- ir: attachments, notes, mail sent from the client, scheduled tasks.

CREATE TABLE ir_attachment (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    type varchar NOT NULL,
    data bytea,
    file_id varchar,
    link varchar,
    description text,
    resource varchar NOT NULL,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
-- Staff files (on the employee), customer files (on the party), delivery notes and photos (on shipments and invoices).
INSERT INTO ir_attachment (name, type, data, file_id, link, description, resource, create_uid, create_date, write_uid, write_date)
SELECT CASE k % 5 WHEN 0 THEN 'Identiteitskaart ' || p.first || ' ' || p.last || '.pdf' WHEN 1 THEN 'Arbeidsovereenkomst_' || replace(p.last, ' ', '') || '_' || p.first || '.pdf'
                  WHEN 2 THEN CASE WHEN e.role = 'Chauffeur' THEN 'Rijbewijs C ' || p.first || ' ' || p.last || '.jpg' ELSE 'Bijlage loonbeslag ' || p.last || '.pdf' END
                  WHEN 3 THEN 'Medisch attest ' || p.first || ' ' || to_char(date '2024-01-08' + k * 3, 'DD-MM') || '.pdf' ELSE 'scan' || lpad(k::text, 4, '0') || '.pdf' END,
       'data', NULL, fixture_gen.hexn('atf', k, 64), NULL,
       CASE k % 6 WHEN 0 THEN 'Kopie voor het personeelsdossier' WHEN 2 THEN 'Afwezig van ' || to_char(date '2024-01-08' + k * 3, 'DD/MM') || ' tot ' || to_char(date '2024-01-15' + k * 3, 'DD/MM') || ', rugklachten'
                  WHEN 4 THEN 'Opgeladen door ' || (SELECT first FROM tgen.p WHERE i = 63) ELSE NULL END,
       'company.employee,' || e.e, 36, tgen.at('atd', k, '2021-01-01', '2024-09-30'), NULL, NULL
FROM generate_series(1, 70) k JOIN tgen.e e ON e.e = 1 + fixture_gen.n('ate', k, 62) JOIN tgen.p p ON p.i = e.party;
INSERT INTO ir_attachment (name, type, data, file_id, link, description, resource, create_uid, create_date, write_uid, write_date)
SELECT CASE k % 6 WHEN 0 THEN 'Kredietaanvraag ' || p.name || '.pdf' WHEN 1 THEN 'SEPA-mandaat getekend.pdf' WHEN 2 THEN 'Kopie identiteitskaart zaakvoerder.jpg'
                  WHEN 3 THEN 'Uittreksel KBO ' || p.name || '.pdf' WHEN 4 THEN 'notities-telefoon.txt' ELSE 'Offerte zomerkaart 2024.xlsx' END,
       'data',
       CASE WHEN k % 6 = 4 THEN convert_to('Gebeld met ' || fixture_gen.first_name('pchef', p.i) || ' op ' || to_char(date '2024-02-01' + k, 'DD/MM') || E'.\nWil proefpakket koffie en vraagt prijs voor 40 kg frieten per week.\nTerugbellen op ' || tgen.mobile(p.cc, 'cch', p.i) || E'\n', 'UTF8') END,
       CASE WHEN k % 6 <> 4 THEN fixture_gen.hexn('atf2', k, 64) END, NULL,
       CASE k % 5 WHEN 0 THEN 'Kredietlimiet gevraagd: 5.000 EUR' WHEN 1 THEN 'Bezorgd door ' || fixture_gen.first_name('pchef', p.i) || ' ' || fixture_gen.last_name('pchef', p.i) || ', de zaakvoerder' WHEN 3 THEN '' ELSE NULL END,
       'party.party,' || p.i, 8 + fixture_gen.n('atu', k, 15), tgen.at('atd2', k, '2020-01-01', '2024-09-30'), NULL, NULL
FROM generate_series(1, 90) k JOIN tgen.p p ON p.i = 105 + fixture_gen.n('atp', k, 200);
INSERT INTO ir_attachment (name, type, data, file_id, link, description, resource, create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN k % 3 = 0 THEN 'Track & Trace DPD' ELSE CASE WHEN k % 3 = 1 THEN 'Leveringsbon ' || sh.number || ' getekend.jpg' ELSE 'Foto schade pallet ' || (k % 9 + 1)::text || '.jpg' END END,
       CASE WHEN k % 3 = 0 THEN 'link' ELSE 'data' END, NULL,
       CASE WHEN k % 3 <> 0 THEN fixture_gen.hexn('atf3', k, 64) END,
       CASE WHEN k % 3 = 0 THEN 'https://www.dpdgroup.com/be/mydpd/my-parcels/incoming?parcelNumber=' || coalesce(sh.shipping_reference, '0' || fixture_gen.digits('atl', k, 13)) END,
       CASE k % 4 WHEN 0 THEN 'Getekend door ' || fixture_gen.first_name('atsig', k) || ' (keuken)' WHEN 1 THEN 'Schade vastgesteld door chauffeur bij levering' WHEN 2 THEN NULL ELSE 'Klant weigerde 2 bakken' END,
       'stock.shipment.out,' || sh.id, 27 + k % 4, sh.write_date, NULL, NULL
FROM generate_series(1, 60) k JOIN stock_shipment_out sh ON sh.id = 1 + fixture_gen.n('ats', k, 221);

CREATE TABLE ir_note (
    id serial PRIMARY KEY,
    resource varchar NOT NULL,
    message text,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO ir_note (resource, message, create_uid, create_date, write_uid, write_date)
SELECT CASE WHEN k % 10 = 9 THEN 'company.employee,' || (1 + fixture_gen.n('nte', k, 62)) WHEN k % 4 = 0 THEN 'account.invoice,' || (1 + fixture_gen.n('nti', k, 300)) ELSE 'party.party,' || p.i END,
       CASE WHEN k % 10 = 9 THEN fixture_gen.pick(ARRAY['Ziek sinds maandag, terug volgende week volgens attest.', 'Vraagt 4/5 vanaf september voor de kinderen.', 'Heftruckattest vernieuwd tot 2027.',
                  'Loonbeslag ontvangen, doorgegeven aan sociaal secretariaat.', 'Zwangerschapsverlof vanaf 1 november.', 'Verwittiging gekregen na ongeval met de bestelwagen.'], 'ntm', k)
            ELSE fixture_gen.pick(ARRAY[
                  'Klant betaalt traag, na twee herinneringen altijd betaald.',
                  'Nieuwe chef sinds maart: ' || fixture_gen.first_name('pchef', p.i) || ' ' || fixture_gen.last_name('pchef', p.i) || ', gsm ' || tgen.mobile(p.cc, 'cch', p.i) || '.',
                  'Kredietlimiet verhoogd tot 5.000 EUR na gesprek met de boekhouder.',
                  'Leveringen enkel op dinsdag en vrijdag.',
                  'Zaak overgenomen door ' || fixture_gen.first_name('ntov', k) || ' ' || fixture_gen.last_name('ntov', k) || ', nieuwe BTW-nummer volgt.',
                  'Belde boos over de late levering van zaterdag, korting van 5% gegeven.',
                  'Let op: zelfde adres als ' || fixture_gen.first_name('ntsa', k) || ', mogelijk dubbele klant.',
                  'Prijsafspraak frieten 2024: 13,80 per doos.',
                  'Vraagt facturen via Peppol vanaf januari.',
                  'Heeft een notenallergie in de keuken, geen producten met noten leveren.',
                  'Bestelt via WhatsApp bij ' || (SELECT first FROM tgen.p WHERE i = 2 + 15 + k % 8) || '.',
                  ''], 'ntc', k) END,
       8 + fixture_gen.n('ntu', k, 24), tgen.at('ntd', k, '2020-06-01', '2024-09-30'), CASE WHEN k % 7 = 0 THEN 8 + fixture_gen.n('ntw', k, 24) END, CASE WHEN k % 7 = 0 THEN tgen.at('ntwd', k, '2024-06-01', '2024-09-30') END
FROM generate_series(1, 240) k JOIN tgen.p p ON p.i = 105 + fixture_gen.n('ntp', k, 200);

CREATE TABLE ir_email (
    id serial PRIMARY KEY,
    "user" integer REFERENCES res_user (id),
    at timestamp(6),
    recipients varchar,
    recipients_secondary varchar,
    recipients_hidden varchar,
    subject varchar,
    body text,
    resource varchar,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO ir_email ("user", at, recipients, recipients_secondary, recipients_hidden, subject, body, resource, create_uid, create_date, write_uid, write_date)
SELECT u.id, t,
       CASE WHEN k % 3 = 0 THEN p.email ELSE '"' || CASE WHEN p.kind = 'biz' THEN fixture_gen.first_name('pchef', p.i) || ' ' || fixture_gen.last_name('pchef', p.i) ELSE p.name END || '" <' || p.email || '>' END,
       CASE WHEN k % 5 = 0 THEN u.email WHEN k % 7 = 0 AND p.kind = 'biz' THEN 'boekhouding@' || p.slug || '.be' END,
       CASE WHEN x.mk = 'inv' THEN 'archief-facturen@scheldehof.be' END,
       CASE x.mk WHEN 'inv' THEN 'Factuur ' || coalesce(i.number, 'F2024-00' || k) || ' - ' || p.name
                 WHEN 'rem' THEN 'Herinnering openstaande factuur ' || coalesce(i.number, 'F2024-00' || k)
                 WHEN 'so' THEN 'Bevestiging bestelling SO' || lpad((24000 + k % 260 + 1)::text, 6, '0')
                 ELSE 'Uw offerte ' || fixture_gen.pick(ARRAY['zomerkaart', 'koffiemachine', 'personeelsfeest', 'nieuwjaarsreceptie'], 'emq', k) END,
       'Beste ' || CASE WHEN p.kind = 'biz' THEN fixture_gen.first_name('pchef', p.i) ELSE p.first END || E',\n\n'
         || CASE x.mk WHEN 'inv' THEN 'In bijlage vindt u de factuur voor de leveringen van deze week.'
                      WHEN 'rem' THEN 'Volgens onze gegevens staat de factuur in bijlage nog open. Mogen wij u vragen die binnen 8 dagen te betalen?'
                      WHEN 'so' THEN 'Hierbij de bevestiging van uw bestelling. De levering is gepland op ' || to_char(t::date + 2, 'DD/MM') || '.'
                      ELSE 'Zoals besproken aan de telefoon stuur ik u de offerte. ' || CASE WHEN k % 4 = 0 THEN 'Ik kom donderdag langs met ' || (SELECT first FROM tgen.p WHERE i = 2 + 15 + k % 8) || ' om de koffiemachine te installeren.' ELSE '' END END
         || CASE WHEN k % 6 = 1 THEN E'\nDe chauffeur belt u op ' || tgen.mobile(p.cc, 'cmo', p.i) || ' bij aankomst.' ELSE '' END
         || E'\n\n' || coalesce(r.signature, 'Met vriendelijke groeten,' || E'\n' || u.name),
       CASE x.mk WHEN 'inv' THEN 'account.invoice,' || coalesce(i.id, 1) WHEN 'rem' THEN 'account.invoice,' || coalesce(i.id, 1) WHEN 'so' THEN 'sale.sale,' || (k % 260 + 1) ELSE 'party.party,' || p.i END,
       u.id, t, NULL, NULL
FROM generate_series(1, 380) k
CROSS JOIN LATERAL (SELECT CASE k % 8 WHEN 0 THEN 'quote' WHEN 1 THEN 'so' WHEN 2 THEN 'rem' WHEN 5 THEN 'rem' ELSE 'inv' END AS mk, tgen.at('emt', k, '2024-01-02', '2024-09-30') AS t) x
LEFT JOIN LATERAL (SELECT * FROM account_invoice WHERE type = 'out' AND state <> 'draft' ORDER BY id OFFSET fixture_gen.n('emi', k, 140) LIMIT 1) i ON x.mk IN ('inv', 'rem')
JOIN tgen.p p ON p.i = coalesce(i.party, 105 + fixture_gen.n('emp', k, 200))
JOIN tgen.u u ON u.id = CASE WHEN x.mk IN ('inv', 'rem') THEN 4 + k % 4 ELSE 8 + fixture_gen.n('emu', k, 15) END
JOIN res_user r ON r.id = u.id
ORDER BY k;

CREATE TABLE ir_cron (
    id serial PRIMARY KEY,
    method varchar NOT NULL,
    interval_number integer NOT NULL,
    interval_type varchar NOT NULL,
    minute integer,
    hour integer,
    weekday integer,
    day integer,
    next_call timestamp(6),
    active boolean DEFAULT true,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO ir_cron (method, interval_number, interval_type, minute, hour, weekday, day, next_call, active, create_uid, create_date, write_uid, write_date)
SELECT m, n, t, mi, h, wd, dy, timestamp '2024-09-30 18:00:00' + make_interval(mins => 5 + row_number() OVER ()::int * 7), a, 0, timestamp '2019-01-07 09:00:00', CASE WHEN NOT a OR n <> 1 THEN 1 END, CASE WHEN NOT a OR n <> 1 THEN timestamp '2023-05-02 14:00:00' END
FROM (VALUES ('ir.trigger|trigger_time', 5, 'minutes', NULL::int, NULL::int, NULL::int, NULL::int, true),
  ('ir.queue|clean', 1, 'days', 10, 3, NULL, NULL, true), ('ir.error|clean', 1, 'days', 20, 3, NULL, NULL, true),
  ('res.user|purge_reset_password', 1, 'hours', 0, NULL, NULL, NULL, true), ('web.user|purge_session', 1, 'hours', 15, NULL, NULL, NULL, true),
  ('account.invoice|post_invoices', 1, 'days', 0, 22, NULL, NULL, true), ('account.payment.stripe.account|fetch_events', 15, 'minutes', NULL, NULL, NULL, NULL, true),
  ('account.payment|stripe_charge', 15, 'minutes', NULL, NULL, NULL, NULL, true), ('web.shop|shopify_update_product', 1, 'hours', 30, NULL, NULL, NULL, true),
  ('web.shop|shopify_fetch_order', 10, 'minutes', NULL, NULL, NULL, NULL, true), ('web.shop|shopify_update_order', 10, 'minutes', NULL, NULL, NULL, NULL, true),
  ('stock.shipment.out|assign_cron', 1, 'days', 0, 4, NULL, NULL, true), ('sale.sale|process_sale', 5, 'minutes', NULL, NULL, NULL, NULL, true),
  ('purchase.purchase|process_purchase', 5, 'minutes', NULL, NULL, NULL, NULL, true), ('party.party|check_vies', 1, 'weeks', 0, 5, 1, NULL, false),
  ('account.statement.origin|import_coda', 1, 'days', 30, 6, NULL, NULL, true), ('ir.email|clean', 1, 'months', 0, 2, NULL, 1, true),
  ('currency.currency|update', 1, 'days', 0, 7, NULL, NULL, true), ('account.move|reconcile_automatic', 1, 'days', 45, 23, NULL, NULL, false)) v(m, n, t, mi, h, wd, dy, a);

-- ---------------------------------------------------------------------------
-- timesheet.

CREATE TABLE timesheet_line (
    id serial PRIMARY KEY,
    company integer NOT NULL REFERENCES company_company (id),
    employee integer NOT NULL REFERENCES company_employee (id),
    date date NOT NULL,
    duration interval NOT NULL,
    work integer NOT NULL,
    description varchar,
    uuid varchar,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    create_date timestamp(6),
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp(6)
);
INSERT INTO timesheet_line (company, employee, date, duration, work, description, uuid, create_uid, create_date, write_uid, write_date)
SELECT 1, e.e, d, make_interval(mins => 30 * (1 + fixture_gen.n('tsm', k, 16))), 1 + e.e % 9,
       CASE WHEN e.role = 'Chauffeur' THEN CASE k % 5 WHEN 0 THEN 'Route ' || (1 + k % 6)::text || ' ' || fixture_gen.pick(ARRAY['Antwerpen-Noord', 'Kempen', 'Gent', 'Breda', 'Mechelen'], 'tsr', k) WHEN 1 THEN 'Keuring vrachtwagen' WHEN 2 THEN NULL ELSE 'Route ' || (1 + k % 6)::text END
            WHEN e.role = 'Orderpicker' THEN fixture_gen.pick(ARRAY['Orderpicking koelcel', 'Orderpicking droge voeding', 'Inventaris diepvries', 'Ontvangst leveringen', 'Opleiding heftruck', ''], 'tso', k)
            WHEN e.role = 'Vertegenwoordiger' THEN CASE k % 4 WHEN 0 THEN 'Klantenbezoek ' || (SELECT name FROM tgen.p WHERE i = 105 + fixture_gen.n('tsc', k, 200)) WHEN 1 THEN 'Proeverij koffie bij ' || (SELECT name FROM tgen.p WHERE i = 105 + fixture_gen.n('tsc2', k, 200)) ELSE 'Prospectie' END
            WHEN e.role = 'HR & payroll' THEN CASE WHEN k % 2 = 0 THEN 'Sollicitatiegesprek ' || fixture_gen.full_name('tsap', k) ELSE 'Loonverwerking' END
            ELSE fixture_gen.pick(ARRAY['Maandafsluiting', 'Herinneringen versturen', 'Prijslijsten 2025', 'Overleg met ' || (SELECT first FROM tgen.p WHERE i = 3), 'Doktersbezoek', 'ERP-update testen', NULL], 'tsx', k) END,
       fixture_gen.uuid('tsu', k), CASE WHEN e.e <= 32 THEN e.e + 1 ELSE 36 END, d + time '17:05:00' + make_interval(secs => k), NULL, NULL
FROM generate_series(1, 420) k
JOIN tgen.e e ON e.e = 1 + fixture_gen.n('tse', k, 62)
CROSS JOIN LATERAL (SELECT date '2024-06-03' + fixture_gen.n('tsd', k, 119) AS d) x;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA tgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
