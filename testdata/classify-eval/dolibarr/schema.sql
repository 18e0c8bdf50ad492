-- classify-eval fixture (HOLDOUT 6, with mattermost: written after holdout 5,
-- by someone who had not seen the classifier, to be scored once before any
-- classifier change that follows it; never tune against it): a Dolibarr 18
-- ERP/CRM database on PostgreSQL in Dolibarr's naming, a subset of its
-- tables and of their columns with their real names and types: the llx_
-- prefix, rowid keys, fk_ foreign keys, French column names (nom, proprio,
-- emetteur, poste, statut, banque), note_private and note_public on the
-- business objects. Menuiserie Lacroix & Fils, a joinery and kitchen
-- fitter in Lyon with branches in Brussels and Valencia (three entities). Third parties mix companies of France, Belgium, Spain
-- and Germany (public names, addresses, SIREN/SIRET, BCE, CIF, Steuernummer,
-- valid VAT numbers), sole traders whose trade name, home address and tax
-- number are personal (micro-entrepreneurs' SIRET, a Spanish autónomo's
-- DNI, a Belgian self-employed's enterprise number) and private customers
-- (particuliers). Contacts with civility, job, birthday and private
-- phones; staff in llx_user with hashed and temporary passwords, API keys
-- in clear and encrypted, national registration numbers (French NIR,
-- Belgian national number, Spanish DNI), salaries, an Active Directory SID,
-- HTML signatures; per-user settings whose values name attributes
-- (p.email,p.phone_mobile) but hold none; llx_const mixing module flags and
-- the company's public details with the SMTP password, Stripe and PayPal
-- keys, an LDAP bind password, a cron key and a webhook URL; invoices,
-- proposals and orders whose notes are prose with and without personal
-- data; invoice lines naming the site of a private job; the product
-- catalogue with EAN-13 barcodes; the company's bank accounts (iban_prefix
-- holds the whole IBAN) and customers' bank accounts and cards; the agenda
-- with call notes, emails and home addresses as locations; mass-mailing
-- targets with tracking tags and bounces; tickets from the public form;
-- expense reports, leave requests mentioning health, salary payments; the
-- security event log with logins typed, IPs and user agents; extra fields
-- (definitions naming personal attributes, and the values: the manager of
-- a customer, their birth date and phone); OAuth tokens; website pages.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA dlb_gen;

-- ts: a timestamp without time zone (Dolibarr's datetime), deterministic.
CREATE FUNCTION dlb_gen.ts(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.stamp(tag, i) AT TIME ZONE 'UTC' $$;

CREATE FUNCTION dlb_gen.hexn(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(string_agg(encode(sha512(convert_to(tag || b || ':' || i, 'UTF8')), 'hex'), '' ORDER BY b), 1, len) FROM generate_series(1, (len + 127) / 128) b
$$;

CREATE FUNCTION dlb_gen.b64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(substr(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || '+' || i, 'UTF8')), 1, len), 'base64'), E'\n', '')
$$;

-- Names by country: France (of several origins), Belgium, Spain, Germany.
CREATE FUNCTION dlb_gen.first(tag text, i bigint, cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'FR' THEN fixture_gen.pick(ARRAY['Jean', 'Marie', 'Nathalie', 'Philippe', 'Sophie', 'Julien', 'Camille', 'Thomas', 'Isabelle', 'Nicolas', 'Aurélie',
        'Mathieu', 'Élodie', 'Karim', 'Nadia', 'Yasmine', 'Mehdi', 'Léa', 'Hugo', 'Manon', 'Christophe', 'Sandrine', 'Olivier', 'Céline', 'Stéphane',
        'Amandine', 'Bruno', 'Chloé', 'Lucas', 'Fatou', 'Thi Mai', 'Grégoire', 'Inès', 'Moussa', 'Hélène'], tag, i)
    WHEN 'BE' THEN fixture_gen.pick(ARRAY['Pieter', 'Lotte', 'Wout', 'Sarah', 'Jan', 'Els', 'Maxime', 'Julie', 'Arnaud', 'Fien', 'Koen', 'Sofie', 'Ahmed', 'Nele'], tag, i)
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['José', 'Carmen', 'Javier', 'Lucía', 'Pablo', 'María', 'Alejandro', 'Elena', 'Sergio', 'Marta', 'Jordi', 'Nuria', 'Vicente', 'Amparo'], tag, i)
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Lukas', 'Anna', 'Felix', 'Lena', 'Jonas', 'Katrin', 'Stefan', 'Sabine', 'Tobias', 'Julia', 'Matthias', 'Claudia', 'Emre', 'Ayşe'], tag, i)
    ELSE fixture_gen.first_name(tag, i) END
$$;

CREATE FUNCTION dlb_gen.last(tag text, i bigint, cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'FR' THEN fixture_gen.pick(ARRAY['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
        'Lefebvre', 'Michel', 'Garcia', 'Roux', 'Fournier', 'Girard', 'Bonnet', 'Lambert', 'Fontaine', 'Rousseau', 'Mercier', 'Blanc', 'Guérin', 'Chevalier',
        'Benali', 'Haddad', 'Nguyen', 'Diallo', 'Traoré', 'Da Silva', 'Ferreira', 'Kowalski', 'Perrin', 'Morel', 'Gauthier', 'Bouvier'], tag, i)
    WHEN 'BE' THEN fixture_gen.pick(ARRAY['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Willems', 'Claes', 'Dupont', 'Lambert', 'Dubois', 'Goossens', 'Wouters', 'El Amrani', 'Vermeulen'], tag, i)
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Romero', 'Navarro', 'Ferrer', 'Soler', 'Llopis', 'Ortega'], tag, i)
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter', 'Yılmaz', 'Huber', 'Bauer'], tag, i)
    ELSE fixture_gen.last_name(tag, i) END
$$;

-- fem: whether a first name of the lists above is a woman's.
CREATE FUNCTION dlb_gen.fem(first text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT first = ANY (ARRAY['Marie', 'Nathalie', 'Sophie', 'Camille', 'Isabelle', 'Aurélie', 'Élodie', 'Nadia', 'Yasmine', 'Léa', 'Manon', 'Sandrine', 'Céline', 'Amandine',
    'Chloé', 'Fatou', 'Thi Mai', 'Inès', 'Hélène', 'Lotte', 'Sarah', 'Els', 'Julie', 'Fien', 'Sofie', 'Nele', 'Carmen', 'Lucía', 'María', 'Elena', 'Marta', 'Nuria',
    'Amparo', 'Anna', 'Lena', 'Katrin', 'Sabine', 'Julia', 'Claudia', 'Ayşe'])
$$;

-- fjob: the feminine form of a French job title.
CREATE FUNCTION dlb_gen.fjob(job text, fem boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN NOT fem THEN job ELSE replace(replace(replace(replace(replace(replace(replace(replace(job, 'Menuisier', 'Menuisière'), 'Commercial', 'Commerciale'),
      'Assistant administratif', 'Assistante administrative'), 'Conducteur', 'Conductrice'), 'oseur', 'oseuse'), 'Magasinier', 'Magasinière'), 'Dessinateur', 'Dessinatrice'),
      'Apprenti ', 'Apprentie ') END
$$;

-- d2: two digits; phones in each country's national and international forms.
CREATE FUNCTION dlb_gen.d2(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.digits(tag, i, 2) $$;

CREATE FUNCTION dlb_gen.phone(tag text, i bigint, cc text, mobile boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'FR' THEN CASE fixture_gen.n(tag || 'f', i, 3)
        WHEN 0 THEN CASE WHEN mobile THEN fixture_gen.pick(ARRAY['06', '07'], tag || 'm', i) ELSE fixture_gen.pick(ARRAY['04', '04', '04', '01', '09'], tag || 'm', i) END
                    || ' ' || dlb_gen.d2(tag || 'a', i) || ' ' || dlb_gen.d2(tag || 'b', i) || ' ' || dlb_gen.d2(tag || 'c', i) || ' ' || dlb_gen.d2(tag || 'd', i)
        WHEN 1 THEN '+33 ' || CASE WHEN mobile THEN '6' ELSE '4' END || ' ' || dlb_gen.d2(tag || 'a', i) || ' ' || dlb_gen.d2(tag || 'b', i) || ' ' || dlb_gen.d2(tag || 'c', i) || ' ' || dlb_gen.d2(tag || 'd', i)
        ELSE CASE WHEN mobile THEN '06' ELSE '04' END || dlb_gen.d2(tag || 'a', i) || dlb_gen.d2(tag || 'b', i) || dlb_gen.d2(tag || 'c', i) || dlb_gen.d2(tag || 'd', i) END
    WHEN 'BE' THEN CASE WHEN mobile THEN CASE WHEN i % 2 = 0 THEN '+32 4' || fixture_gen.pick(ARRAY['75', '77', '86', '94'], tag, i) || ' ' || dlb_gen.d2(tag || 'a', i) || ' ' || dlb_gen.d2(tag || 'b', i) || ' ' || dlb_gen.d2(tag || 'c', i)
                                               ELSE '04' || fixture_gen.pick(ARRAY['75', '77', '86', '94'], tag, i) || '/' || dlb_gen.d2(tag || 'a', i) || '.' || dlb_gen.d2(tag || 'b', i) || '.' || dlb_gen.d2(tag || 'c', i) END
                   ELSE CASE WHEN i % 2 = 0 THEN '+32 2 ' || fixture_gen.digits(tag, i, 3) || ' ' || dlb_gen.d2(tag || 'a', i) || ' ' || dlb_gen.d2(tag || 'b', i)
                             ELSE '02 ' || fixture_gen.digits(tag, i, 3) || ' ' || dlb_gen.d2(tag || 'a', i) || ' ' || dlb_gen.d2(tag || 'b', i) END END
    WHEN 'ES' THEN CASE WHEN mobile THEN CASE WHEN i % 2 = 0 THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'a', i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 3)
                                               ELSE '6' || fixture_gen.digits(tag, i, 8) END
                   ELSE '96' || fixture_gen.digits(tag, i, 1) || ' ' || dlb_gen.d2(tag || 'a', i) || ' ' || dlb_gen.d2(tag || 'b', i) || ' ' || dlb_gen.d2(tag || 'c', i) END
    ELSE CASE WHEN mobile THEN CASE WHEN i % 2 = 0 THEN '+49 15' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'a', i, 8) ELSE '015' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'a', i, 8) END
              ELSE CASE WHEN i % 2 = 0 THEN '+49 89 ' || fixture_gen.digits(tag, i, 7) ELSE '0221 ' || fixture_gen.digits(tag, i, 6) END END END
$$;

CREATE FUNCTION dlb_gen.street(tag text, i bigint, cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'FR' THEN (1 + fixture_gen.n(tag || 'n', i, 140))::text || CASE WHEN fixture_gen.n(tag || 'b', i, 9) = 0 THEN ' bis' ELSE '' END || ' '
        || fixture_gen.pick(ARRAY['rue des Lilas', 'avenue Jean Jaurès', 'rue Garibaldi', 'cours Lafayette', 'rue de la République', 'chemin des Vignes', 'boulevard des Belges',
                                  'rue Paul Bert', 'montée de la Grande Côte', 'allée des Tilleuls', 'rue Victor Hugo', 'quai Saint-Vincent', 'rue du Président Édouard Herriot',
                                  'impasse des Jardins', 'route de Genas'], tag, i)
        || CASE fixture_gen.n(tag || 'c', i, 6) WHEN 0 THEN E'\nBât. B, apt ' || (1 + fixture_gen.n(tag || 'a', i, 40))::text WHEN 1 THEN E'\nRésidence Les Érables' ELSE '' END
    WHEN 'BE' THEN fixture_gen.pick(ARRAY['Rue de la Loi', 'Chaussée de Waterloo', 'Avenue Louise', 'Kerkstraat', 'Meir', 'Rue Saint-Gilles', 'Boulevard d''Avroy', 'Veldstraat'], tag, i)
        || ' ' || (1 + fixture_gen.n(tag || 'n', i, 200))::text || CASE WHEN fixture_gen.n(tag || 'c', i, 4) = 0 THEN ' bus ' || (1 + fixture_gen.n(tag || 'a', i, 12))::text ELSE '' END
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['Calle de Colón', 'Calle de Sorní', 'Calle de Cirilo Amorós', 'Calle de la Paz', 'Calle de Ruzafa', 'Avenida de Blasco Ibáñez', 'Gran Vía Marqués del Turia'], tag, i)
        || ', ' || (1 + fixture_gen.n(tag || 'n', i, 120))::text || CASE WHEN fixture_gen.n(tag || 'c', i, 2) = 0 THEN ', ' || (1 + fixture_gen.n(tag || 'a', i, 9))::text || 'º ' || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D'], tag, i) ELSE '' END
    ELSE fixture_gen.pick(ARRAY['Leopoldstraße', 'Hohenzollernring', 'Kaiser-Joseph-Straße', 'Schönhauser Allee', 'Venloer Straße', 'Königstraße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 180))::text END
$$;

-- place: a postcode and town of the country, as "zip|town".
CREATE FUNCTION dlb_gen.place(tag text, i bigint, cc text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'FR' THEN fixture_gen.pick(ARRAY['69003|Lyon', '69001|Lyon', '69006|Lyon', '69007|Lyon', '69004|Lyon', '69100|Villeurbanne', '69300|Caluire-et-Cuire', '69500|Bron',
        '69130|Écully', '38000|Grenoble', '42000|Saint-Étienne', '74000|Annecy', '75011|Paris', '13006|Marseille', '01000|Bourg-en-Bresse', '69400|Villefranche-sur-Saône'], tag, i)
    WHEN 'BE' THEN fixture_gen.pick(ARRAY['1000|Bruxelles', '1050|Ixelles', '1180|Uccle', '4000|Liège', '2000|Antwerpen', '9000|Gent', '1300|Wavre'], tag, i)
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['46001|Valencia', '46004|Valencia', '46010|Valencia', '28014|Madrid', '08012|Barcelona', '03001|Alicante', '46100|Burjassot'], tag, i)
    ELSE fixture_gen.pick(ARRAY['80331|München', '80802|München', '50667|Köln', '10115|Berlin', '79098|Freiburg im Breisgau', '70173|Stuttgart'], tag, i) END
$$;

-- Identifiers with their checks: SIREN and SIRET (Luhn), the French VAT
-- key, Belgian enterprise numbers (mod 97), German VAT (ISO 7064 mod 11,10),
-- Spanish CIF and DNI, French NIR, Belgian national numbers, EAN-13.
CREATE FUNCTION dlb_gen.siren(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.luhn((1 + fixture_gen.n(tag || 's1', i, 9))::text || fixture_gen.digits(tag || 's', i, 7)) $$;

CREATE FUNCTION dlb_gen.siret(siren text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.luhn(siren || '00' || lpad((1 + fixture_gen.n(tag || 'nic', i, 40))::text, 2, '0')) $$;

CREATE FUNCTION dlb_gen.vat_fr(siren text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'FR' || lpad(((12 + 3 * (siren::bigint % 97)) % 97)::text, 2, '0') || siren $$;

CREATE FUNCTION dlb_gen.be_num(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || lpad((97 - d::bigint % 97)::text, 2, '0') FROM (SELECT '0' || (4 + fixture_gen.n(tag || 'b1', i, 4))::text || fixture_gen.digits(tag || 'be', i, 6) AS d) x
$$;

CREATE FUNCTION dlb_gen.vat_de(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d text := (1 + fixture_gen.n(tag || 'd1', i, 9))::text || fixture_gen.digits(tag || 'de', i, 7);
  p int := 10;
  s int;
BEGIN
  FOR k IN 1..8 LOOP
    s := (substr(d, k, 1)::int + p) % 10;
    IF s = 0 THEN s := 10; END IF;
    p := (2 * s) % 11;
  END LOOP;
  RETURN 'DE' || d || ((11 - p) % 10)::text;
END $$;

CREATE FUNCTION dlb_gen.cif(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d text := fixture_gen.digits(tag || 'cif', i, 7);
  s int := 0;
  v int;
BEGIN
  FOR k IN 1..7 LOOP
    v := substr(d, k, 1)::int;
    IF k % 2 = 1 THEN v := v * 2; s := s + v / 10 + v % 10; ELSE s := s + v; END IF;
  END LOOP;
  RETURN 'B' || d || ((10 - s % 10) % 10)::text;
END $$;

CREATE FUNCTION dlb_gen.dni(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || substr('TRWAGMYFPDXBNJZSQVHLCKE', 1 + (d::bigint % 23)::int, 1) FROM (SELECT (1 + fixture_gen.n(tag || 'dn', i, 7))::text || fixture_gen.digits(tag || 'dni', i, 7) AS d) x
$$;

-- nir: a French social security number for a sex (1 man, 2 woman) and a birth date, with its key.
CREATE FUNCTION dlb_gen.nir(tag text, i bigint, sex int, birth date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(d, 1, 1) || ' ' || substr(d, 2, 2) || ' ' || substr(d, 4, 2) || ' ' || substr(d, 6, 2) || ' ' || substr(d, 8, 3) || ' ' || substr(d, 11, 3) || ' ' || lpad((97 - d::bigint % 97)::text, 2, '0')
  FROM (SELECT sex::text || to_char(birth, 'YYMM') || fixture_gen.pick(ARRAY['69', '69', '38', '42', '75', '13', '01', '99'], tag, i) || fixture_gen.digits(tag || 'c', i, 3) || fixture_gen.digits(tag || 'o', i, 3) AS d) x
$$;

-- be_nn: a Belgian national register number (YY.MM.DD-SSS.CC), odd serials for men.
CREATE FUNCTION dlb_gen.be_nn(tag text, i bigint, sex int, birth date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(birth, 'YY.MM.DD') || '-' || s || '.' || lpad((97 - ((CASE WHEN birth >= date '2000-01-01' THEN '2' ELSE '' END) || to_char(birth, 'YYMMDD') || s)::bigint % 97)::text, 2, '0')
  FROM (SELECT lpad((2 * fixture_gen.n(tag, i, 400) + CASE WHEN sex = 1 THEN 1 ELSE 2 END)::text, 3, '0') AS s) x
$$;

CREATE FUNCTION dlb_gen.ean13(prefix text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || ((10 - sum(substr(d, k, 1)::int * CASE WHEN k % 2 = 0 THEN 3 ELSE 1 END) % 10) % 10)::text
  FROM (SELECT prefix || fixture_gen.digits(tag, i, 12 - length(prefix)) AS d) x, generate_series(1, 12) k GROUP BY d
$$;

CREATE FUNCTION dlb_gen.mail(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '.', '', '_'], tag || 's', i) || fixture_gen.ascii(l) || CASE WHEN i % 4 = 0 THEN (i % 90 + 10)::text ELSE '' END || '@'
      || fixture_gen.pick(ARRAY['orange.example', 'free.example', 'gmail.example', 'laposte.example', 'sfr.example', 'telenet.example', 'skynet.example', 'gmx.example',
                                'telefonica.example', 'hotmail.example', 'wanadoo.example'], tag || 'd', i)
$$;

-- The third parties: 1-420. Companies (i % 7 < 4), sole traders (i % 7 = 4),
-- private customers (i % 7 > 4).
CREATE TABLE dlb_gen.tp AS
SELECT i, kind, cc, dlb_gen.first('tpf', i, cc) AS first, dlb_gen.last('tpl', i, cc) AS last, dlb_gen.last('tpl2', i, cc) AS last2,
       dlb_gen.street('tpa', i, cc) AS street, split_part(dlb_gen.place('tpz', i, cc), '|', 1) AS zip, split_part(dlb_gen.place('tpz', i, cc), '|', 2) AS town,
       fixture_gen.n('tpx', i, 1000) AS r
FROM (SELECT i, CASE WHEN i % 7 < 4 THEN 'co' WHEN i % 7 = 4 THEN 'st' ELSE 'pa' END AS kind,
             CASE WHEN i % 7 < 4 THEN fixture_gen.pick(ARRAY['FR', 'FR', 'FR', 'FR', 'FR', 'FR', 'BE', 'BE', 'ES', 'ES', 'DE', 'DE'], 'tpc', i)
                  WHEN i % 7 = 4 THEN fixture_gen.pick(ARRAY['FR', 'FR', 'FR', 'FR', 'FR', 'FR', 'FR', 'BE', 'ES'], 'tpc', i)
                  ELSE fixture_gen.pick(ARRAY['FR', 'FR', 'FR', 'FR', 'FR', 'FR', 'BE'], 'tpc', i) END AS cc
      FROM generate_series(1, 420) i) x;
UPDATE dlb_gen.tp SET street = split_part(street, E'\n', 1) WHERE kind = 'co';
ALTER TABLE dlb_gen.tp ADD COLUMN nom text, ADD COLUMN alias text, ADD COLUMN trade int, ADD COLUMN form text, ADD COLUMN dom text, ADD COLUMN client int, ADD COLUMN fourn int;
UPDATE dlb_gen.tp SET trade = fixture_gen.n('tptr', i, 9);
UPDATE dlb_gen.tp SET
  form = CASE WHEN kind <> 'co' THEN NULL WHEN cc = 'FR' THEN fixture_gen.pick(ARRAY['SARL', 'SAS', 'SAS', 'SASU', 'EURL', 'SA', 'SCI'], 'tpfo', i)
              WHEN cc = 'BE' THEN fixture_gen.pick(ARRAY['SRL', 'BV', 'SA', 'NV'], 'tpfo', i) WHEN cc = 'ES' THEN fixture_gen.pick(ARRAY['S.L.', 'S.L.', 'S.A.'], 'tpfo', i)
              ELSE fixture_gen.pick(ARRAY['GmbH', 'GmbH', 'GmbH & Co. KG', 'AG'], 'tpfo', i) END,
  nom = CASE
    WHEN kind = 'co' AND cc = 'FR' THEN CASE WHEN i % 13 = 0 THEN 'Cabinet ' || last || ' Architectes'
        ELSE fixture_gen.pick(ARRAY['Hôtel', 'Restaurant', 'Boulangerie', 'Pharmacie', 'Cabinet dentaire', 'Agence immobilière', 'Syndic', 'Crèche', 'Librairie', 'Résidence',
                                    'Groupe scolaire', 'Brasserie', 'Salon de coiffure', 'Cave à vins', 'Fromagerie', 'Bois & Panneaux', 'Quincaillerie'], 'tpn1', i) || ' '
          || fixture_gen.pick(ARRAY['des Célestins', 'Bellecour', 'du Parc', 'Saint-Jean', 'Confluence', 'des Brotteaux', 'de la Croix-Rousse', 'Monplaisir', 'Fourvière',
                                    'des Terreaux', 'Part-Dieu', 'Jean Macé', 'Gerland', 'Vaise', 'Ainay', 'Rhône-Alpes'], 'tpn2', i) END
    WHEN kind = 'co' AND cc = 'BE' THEN fixture_gen.pick(ARRAY['Brasserie', 'Immo', 'Hotel', 'Bouwbedrijf', 'Bureau d''études', 'Restaurant', 'Architectenbureau'], 'tpn1', i) || ' '
          || fixture_gen.pick(ARRAY['Sablon', 'Meir', 'Flagey', 'Louise', 'Schelde', 'Châtelain', 'Zuid', 'Cinquantenaire'], 'tpn2', i)
    WHEN kind = 'co' AND cc = 'ES' THEN fixture_gen.pick(ARRAY['Hostal', 'Construcciones', 'Inmobiliaria', 'Maderas', 'Estudio de arquitectura', 'Restaurante', 'Reformas', 'Carpintería'], 'tpn1', i) || ' '
          || fixture_gen.pick(ARRAY['Turia', 'del Carmen', 'Ruzafa', 'Mediterráneo', 'Albufera', 'Benimaclet', 'Malvarrosa', 'Cabanyal'], 'tpn2', i)
    WHEN kind = 'co' THEN fixture_gen.pick(ARRAY['Holzhandel', 'Beschläge', 'Architekturbüro', 'Hotel', 'Tischlerei', 'Baustoffe', 'Innenausbau', 'Möbelwerkstatt'], 'tpn1', i) || ' '
          || fixture_gen.pick(ARRAY['Isar', 'Rhein', 'Schwabing', 'Ehrenfeld', 'Dreisam', 'Spree', 'Neckar', 'Mainufer'], 'tpn2', i)
    WHEN kind = 'st' AND cc = 'ES' THEN first || ' ' || last || ' ' || last2
    WHEN kind = 'st' THEN CASE i % 3 WHEN 0 THEN upper(last) || ' ' || first WHEN 1 THEN first || ' ' || last || ' - '
        || (ARRAY['Électricité', 'Plomberie', 'Peinture', 'Carrelage', 'Pose de cuisines', 'Photographie', 'Architecture d''intérieur', 'Plâtrerie', 'Serrurerie'])[1 + trade] ELSE first || ' ' || last END
    ELSE CASE fixture_gen.n('tpp', i, 4) WHEN 0 THEN 'M. et Mme ' || upper(last) WHEN 1 THEN first || ' ' || last ELSE upper(last) || ' ' || first END END;
UPDATE dlb_gen.tp SET nom = CASE WHEN fixture_gen.n('tpfp', i, 3) = 0 THEN form || ' ' || nom ELSE nom || ' ' || form END WHERE kind = 'co' AND i % 13 <> 0 AND fixture_gen.n('tpfq', i, 2) = 0;
UPDATE dlb_gen.tp SET
  alias = CASE WHEN kind = 'st' AND cc = 'FR' AND i % 3 = 1 THEN NULL
               WHEN kind = 'st' AND cc = 'FR' THEN (ARRAY['Électricité', 'Plomberie', 'Peinture', 'Carrelage', 'Cuisines', 'Photo', 'Déco', 'Plâtrerie', 'Serrurerie'])[1 + trade] || ' ' || last
               WHEN kind = 'st' AND cc = 'BE' THEN 'Schrijnwerkerij ' || last WHEN kind = 'st' THEN 'Reformas ' || last
               WHEN kind = 'co' AND r % 4 = 0 THEN fixture_gen.pick(ARRAY['Les Célestins', 'Le Bouchon', 'Hotel am Park', 'La Tour', 'Chez Marco', 'Le Comptoir', 'El Rincón'], 'tpal', i) END,
  dom = CASE WHEN kind = 'co' THEN fixture_gen.ascii(regexp_replace(nom, '^(SARL|SAS|SASU|EURL|SA|SCI|SRL|BV|NV|S\.L\.|S\.A\.|GmbH|GmbH & Co\. KG|AG) | (SARL|SAS|SASU|EURL|SA|SCI|SRL|BV|NV|S\.L\.|S\.A\.|GmbH|GmbH & Co\. KG|AG)$', '', 'g')) || '.example'
             WHEN kind = 'st' AND cc = 'FR' AND i % 3 = 1 THEN fixture_gen.ascii(last) || '-' || fixture_gen.ascii((ARRAY['elec', 'plomberie', 'peinture', 'carrelage', 'cuisines', 'photo', 'deco', 'platrerie', 'serrurerie'])[1 + trade]) || '.example' END,
  client = CASE WHEN kind = 'pa' THEN CASE WHEN r % 5 = 0 THEN 2 ELSE 1 END WHEN kind = 'st' THEN CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END
                WHEN cc IN ('DE', 'ES') AND r % 3 = 0 THEN 0 ELSE (ARRAY[1, 1, 1, 2, 3, 1])[1 + r % 6] END;
UPDATE dlb_gen.tp SET fourn = CASE WHEN kind = 'st' THEN 1 WHEN kind = 'pa' THEN 0 WHEN client = 0 THEN 1 WHEN r % 11 = 0 THEN 1 ELSE 0 END;

CREATE TABLE llx_c_country (
    rowid integer PRIMARY KEY, code varchar(2) NOT NULL, label varchar(128) NOT NULL, active smallint DEFAULT 1 NOT NULL
);
INSERT INTO llx_c_country VALUES
    (0, '', '-', 1), (1, 'FR', 'France', 1), (2, 'BE', 'Belgium', 1), (3, 'IT', 'Italy', 1), (4, 'ES', 'Spain', 1), (5, 'DE', 'Germany', 1),
    (6, 'CH', 'Switzerland', 1), (7, 'GB', 'United Kingdom', 1), (8, 'IE', 'Ireland', 1), (9, 'CN', 'China', 1), (10, 'TN', 'Tunisia', 1),
    (11, 'US', 'United States', 1), (12, 'MA', 'Morocco', 1), (13, 'DZ', 'Algeria', 1), (14, 'CA', 'Canada', 1), (17, 'NL', 'Netherlands', 1),
    (18, 'HU', 'Hungary', 1), (20, 'SE', 'Sweden', 1), (22, 'SN', 'Senegal', 1), (25, 'PT', 'Portugal', 1), (27, 'MC', 'Monaco', 1),
    (28, 'AU', 'Australia', 1), (35, 'AT', 'Austria', 1), (41, 'LU', 'Luxembourg', 1), (56, 'PL', 'Poland', 1), (80, 'DK', 'Denmark', 1),
    (94, 'GR', 'Greece', 1), (102, 'RO', 'Romania', 1), (117, 'IN', 'India', 1), (123, 'JP', 'Japan', 1), (143, 'VN', 'Viet Nam', 1),
    (221, 'TR', 'Turkey', 1), (235, 'CI', 'Côte d''Ivoire', 0);

CREATE FUNCTION dlb_gen.country_id(cc text) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE cc WHEN 'FR' THEN 1 WHEN 'BE' THEN 2 WHEN 'ES' THEN 4 WHEN 'DE' THEN 5 ELSE 0 END $$;

-- Third parties: companies, sole traders, private customers.
CREATE TABLE llx_societe (
    rowid serial PRIMARY KEY, nom varchar(128), name_alias varchar(128), status smallint DEFAULT 1, code_client varchar(24), address varchar(255), zip varchar(25),
    town varchar(50), fk_pays integer DEFAULT 0, phone varchar(20), fax varchar(20), url varchar(255), email varchar(128), socialnetworks text, fk_typent integer,
    siren varchar(128), siret varchar(128), ape varchar(128), idprof4 varchar(128), idprof5 varchar(128), idprof6 varchar(128), tva_intra varchar(20), capital numeric(24, 8),
    note_private text, note_public text, client smallint DEFAULT 0, fournisseur smallint DEFAULT 0, logo varchar(255), datec timestamp
);
INSERT INTO llx_societe
SELECT t.i, t.nom, t.alias, CASE WHEN t.r % 23 = 0 THEN 0 ELSE 1 END,
       CASE WHEN t.client > 0 THEN 'CU' || to_char(d.datec, 'YYMM') || '-' || lpad(t.i::text, 5, '0') END,
       t.street, t.zip, t.town, dlb_gen.country_id(t.cc),
       CASE WHEN t.kind = 'co' THEN dlb_gen.phone('sph', t.i, t.cc, false) WHEN t.kind = 'st' THEN dlb_gen.phone('sph', t.i, t.cc, true)
            WHEN t.r % 10 < 7 THEN dlb_gen.phone('sph', t.i, t.cc, true) ELSE dlb_gen.phone('sph', t.i, t.cc, false) END,
       CASE WHEN t.kind = 'co' AND t.cc = 'FR' AND t.r % 10 < 3 THEN dlb_gen.phone('sfx', t.i, t.cc, false) END,
       CASE WHEN t.kind = 'co' AND t.r % 5 < 3 THEN 'https://www.' || t.dom WHEN t.kind = 'st' AND t.dom IS NOT NULL THEN 'https://' || t.dom END,
       CASE WHEN t.kind = 'co' THEN CASE WHEN t.r % 7 = 0 THEN dlb_gen.mail(dlb_gen.first('sgf', t.i, t.cc), t.last, 'sml', t.i)
                                         ELSE fixture_gen.pick(ARRAY['contact', 'accueil', 'info', 'compta', 'reservation', 'office', 'direction'], 'sem', t.i) || '@' || t.dom END
            WHEN t.kind = 'st' AND t.dom IS NOT NULL THEN fixture_gen.ascii(t.first) || '@' || t.dom
            WHEN t.r % 20 < 17 THEN dlb_gen.mail(t.first, t.last, 'sml', t.i) END,
       CASE WHEN t.kind = 'co' AND t.r % 5 < 2 THEN '{"facebook":"' || replace(t.dom, '.example', '') || '","instagram":"","linkedin":"company/' || replace(t.dom, '.example', '') || '"}'
            WHEN t.kind = 'st' AND t.r % 2 = 0 THEN '{"facebook":"","instagram":"' || fixture_gen.ascii(t.first) || '.' || fixture_gen.ascii(t.last) || '","linkedin":""}' END,
       CASE WHEN t.kind = 'pa' THEN 8 WHEN t.kind = 'st' THEN 4 ELSE (ARRAY[3, 4, 4, 4, 7, 2])[1 + t.r % 6] END,
       ids.siren, ids.siret, ids.ape, ids.idprof4, ids.idprof5, NULL, ids.tva,
       CASE WHEN t.kind = 'co' THEN (ARRAY[1000, 5000, 7500, 10000, 37000, 50000, 100000, 250000])[1 + fixture_gen.n('scap', t.i, 8)] END,
       CASE WHEN t.kind = 'co' AND t.r % 5 = 0 THEN fixture_gen.pick(ARRAY[
                'Payeur lent : relancer à J+15, demander Mme ' || dlb_gen.last('snp', t.i, t.cc) || ' à la comptabilité.',
                'Accès chantier uniquement entre 8h et 11h (établissement ouvert au public).', 'Remise 5 % négociée par Hugo sur le contrat cadre 2024.',
                'En redressement judiciaire depuis février 2024 : paiement comptant uniquement.',
                'Gérant : ' || dlb_gen.first('sgf', t.i, t.cc) || ' ' || t.last || ', portable ' || dlb_gen.phone('sgm', t.i, t.cc, true) || ' ; préfère les SMS.',
                'Ne pas démarcher : litige sur le chantier de 2022, clos à l''amiable.'], 'snpc', t.i)
            WHEN t.kind = 'st' AND t.r % 3 = 0 THEN fixture_gen.pick(ARRAY['Sous-traitant fiable, assurance décennale à jour.', 'Attestation URSSAF de vigilance à redemander en juin.',
                'Travaille seul ; joignable le soir au ' || dlb_gen.phone('sgp', t.i, t.cc, false) || '.', 'En arrêt maladie en mars (opération de l''épaule) : prévoir un remplaçant.'], 'snps', t.i)
            WHEN t.kind = 'pa' AND t.r % 3 = 0 THEN fixture_gen.pick(ARRAY['Cuisine en chêne, budget 18 k€. Rappeler après 18h.', 'Couple en instance de divorce : adresser les factures à Madame uniquement.',
                'Recommandés par ' || dlb_gen.first('srf', t.i, 'FR') || ' ' || dlb_gen.last('srl', t.i, 'FR') || ' (cuisine 2021).', 'Mme ' || t.last || ' se déplace en fauteuil roulant : plan de travail à 75 cm.',
                'Ancien client de M. Lacroix père (1998).', 'Veut un paiement en trois fois sans frais.'], 'snpp', t.i) END,
       CASE WHEN t.kind = 'st' AND t.cc = 'FR' AND ids.tva IS NULL THEN 'TVA non applicable, art. 293 B du CGI'
            WHEN t.kind = 'pa' AND t.r % 4 = 0 THEN 'Accès par la cour, digicode ' || fixture_gen.digits('sdc', t.i, 4) || fixture_gen.pick(ARRAY['A', 'B'], 'sdl', t.i) || ', ' || (1 + t.r % 6) || 'e étage.'
            WHEN t.kind = 'co' AND t.r % 6 = 1 THEN 'Livraison en matinée uniquement, quai de déchargement à l''arrière.' END,
       t.client, t.fourn, CASE WHEN t.kind = 'co' AND t.r % 10 < 3 THEN 'logo_' || replace(t.dom, '.example', '') || '.png' END, d.datec
FROM dlb_gen.tp t, LATERAL (SELECT dlb_gen.ts('sdt', t.i) AS datec) d,
LATERAL (SELECT dlb_gen.siren('sir', t.i) AS s, dlb_gen.be_num('bce', t.i) AS be, dlb_gen.cif('cif', t.i) AS cif, dlb_gen.dni('dni', t.i) AS dni) g,
LATERAL (SELECT
    CASE WHEN t.kind = 'pa' THEN NULL WHEN t.cc = 'FR' THEN g.s WHEN t.cc = 'BE' THEN substr(g.be, 1, 4) || '.' || substr(g.be, 5, 3) || '.' || substr(g.be, 8, 3)
         WHEN t.cc = 'ES' THEN CASE WHEN t.kind = 'st' THEN g.dni ELSE g.cif END ELSE '143/' || fixture_gen.digits('stn', t.i, 3) || '/' || fixture_gen.digits('stn2', t.i, 5) END AS siren,
    CASE WHEN t.kind = 'pa' THEN NULL WHEN t.cc = 'FR' THEN dlb_gen.siret(g.s, 'sir', t.i) WHEN t.cc = 'DE' AND t.form <> 'AG' THEN 'HRB ' || fixture_gen.digits('hrb', t.i, 6) END AS siret,
    CASE WHEN t.kind = 'pa' THEN NULL
         WHEN t.kind = 'st' AND t.cc = 'FR' THEN (ARRAY['4321A', '4322A', '4334Z', '4333Z', '4332A', '7420Z', '7410Z', '4331Z', '4332B'])[1 + t.trade]
         WHEN t.cc = 'FR' THEN fixture_gen.pick(ARRAY['5510Z', '5610A', '1071C', '4773Z', '8623Z', '6831Z', '6832A', '8891A', '4761Z', '8520Z', '5630Z', '9602A', '4673A', '4674A'], 'sape', t.i)
         WHEN t.cc = 'BE' THEN fixture_gen.pick(ARRAY['55.100', '56.101', '41.201', '43.320', '71.111', '68.311'], 'sape', t.i)
         WHEN t.cc = 'ES' THEN fixture_gen.pick(ARRAY['5510', '4121', '4332', '1623', '7111', '6831'], 'sape', t.i)
         ELSE fixture_gen.pick(ARRAY['46.73', '46.74', '71.11', '55.10', '16.23', '43.32'], 'sape', t.i) END AS ape,
    CASE WHEN t.kind = 'co' AND t.cc = 'FR' THEN 'RCS ' || CASE WHEN t.town IN ('Villeurbanne', 'Caluire-et-Cuire', 'Bron', 'Écully') THEN 'Lyon' ELSE t.town END || ' B '
             || substr(g.s, 1, 3) || ' ' || substr(g.s, 4, 3) || ' ' || substr(g.s, 7, 3)
         WHEN t.kind = 'st' AND t.cc = 'FR' AND t.trade NOT IN (5, 6) THEN 'RM 69 ' || g.s END AS idprof4,
    CASE WHEN t.kind = 'co' AND t.cc = 'FR' AND t.fourn = 1 THEN 'FR' || dlb_gen.siret(g.s, 'sir', t.i) END AS idprof5,
    CASE WHEN t.kind = 'pa' THEN NULL WHEN t.cc = 'FR' AND (t.kind = 'co' OR t.r % 3 = 0) THEN dlb_gen.vat_fr(g.s) WHEN t.cc = 'FR' THEN NULL WHEN t.cc = 'BE' THEN 'BE' || g.be
         WHEN t.cc = 'ES' THEN 'ES' || CASE WHEN t.kind = 'st' THEN g.dni ELSE g.cif END ELSE dlb_gen.vat_de('vde', t.i) END AS tva) ids
ORDER BY t.i;
SELECT setval('llx_societe_rowid_seq', 420);

-- Contacts: mostly people at the companies, a few relatives of private
-- customers and people met at trade fairs (no third party).
CREATE TABLE dlb_gen.ct AS
SELECT k, s.i AS soc, coalesce(s.cc, 'FR') AS cc, s.kind, s.dom, s.street AS sstreet, s.zip AS szip, s.town AS stown, s.last AS slast,
       dlb_gen.first('cpf', k, coalesce(s.cc, 'FR')) AS first, CASE WHEN s.kind = 'pa' THEN s.last ELSE dlb_gen.last('cpl', k, coalesce(s.cc, 'FR')) END AS last, fixture_gen.n('cpr', k, 1000) AS r
FROM generate_series(1, 650) k
LEFT JOIN dlb_gen.tp s ON s.i = CASE WHEN k % 13 = 0 THEN NULL WHEN k % 13 = 1 THEN 5 + 7 * fixture_gen.n('cps', k, 59) ELSE 7 * fixture_gen.n('cpc', k, 60) + fixture_gen.n('cpd', k, 4) END;

CREATE TABLE llx_socpeople (
    rowid serial PRIMARY KEY, fk_soc integer, civility varchar(6), lastname varchar(50), firstname varchar(50), poste varchar(80), address varchar(255), zip varchar(25),
    town varchar(255), birthday date, phone varchar(30), phone_perso varchar(30), phone_mobile varchar(30), email varchar(255), socialnetworks text, photo varchar(255),
    note_private text, statut smallint DEFAULT 1, no_email smallint DEFAULT 0
);
INSERT INTO llx_socpeople
SELECT c.k, c.soc, CASE WHEN c.r % 10 < 3 THEN NULL WHEN c.r % 50 = 3 THEN 'DR' WHEN c.r % 50 = 4 THEN 'MTRE' WHEN dlb_gen.fem(c.first) THEN 'MME' ELSE 'MR' END,
       CASE WHEN c.r % 3 = 0 THEN upper(c.last) ELSE c.last END, c.first,
       CASE WHEN c.kind = 'pa' OR c.r % 7 = 0 THEN NULL
            WHEN c.cc = 'FR' THEN fixture_gen.pick(ARRAY['Directrice', 'Gérant', 'Responsable achats', 'Comptable', 'Assistante de direction', 'Architecte', 'Chef de chantier',
                'Gouvernante générale', 'Responsable technique', 'Directeur d''hôtel', 'Gestionnaire de copropriété', 'Conducteur de travaux', 'Pharmacienne titulaire'], 'cpo', c.k)
            WHEN c.cc = 'BE' THEN fixture_gen.pick(ARRAY['Zaakvoerder', 'Office manager', 'Architecte', 'Aankoper', 'Directrice financière'], 'cpo', c.k)
            WHEN c.cc = 'ES' THEN fixture_gen.pick(ARRAY['Jefe de obra', 'Gerente', 'Administración', 'Arquitecta', 'Responsable de compras'], 'cpo', c.k)
            ELSE fixture_gen.pick(ARRAY['Einkaufsleiter', 'Geschäftsführerin', 'Bauleiter', 'Buchhaltung', 'Vertrieb Innendienst'], 'cpo', c.k) END,
       a.street, a.zip, a.town,
       CASE WHEN c.r % 4 = 0 THEN fixture_gen.birth_date('cpb', c.k) END,
       CASE WHEN c.kind = 'pa' OR c.soc IS NULL THEN NULL WHEN c.r % 10 < 3 THEN dlb_gen.phone('sph', c.soc, c.cc, false) || ' (poste ' || (200 + c.r % 60) || ')'
            WHEN c.r % 10 < 7 THEN dlb_gen.phone('cpp', c.k, c.cc, false) END,
       CASE WHEN c.r % 10 = 9 THEN dlb_gen.phone('cph', c.k, c.cc, false) END,
       CASE WHEN c.r % 5 < 3 OR c.kind = 'pa' THEN dlb_gen.phone('cpm', c.k, c.cc, true) END,
       CASE WHEN c.r % 10 = 0 THEN NULL WHEN c.dom IS NOT NULL AND c.r % 6 <> 1 THEN fixture_gen.ascii(c.first) || '.' || fixture_gen.ascii(c.last) || '@' || c.dom
            ELSE dlb_gen.mail(c.first, c.last, 'cpe', c.k) END,
       CASE WHEN c.r % 5 = 2 THEN '{"facebook":"","instagram":"","linkedin":"' || fixture_gen.ascii(c.first) || '-' || fixture_gen.ascii(c.last) || '-' || dlb_gen.hexn('cpli', c.k, 6) || '"}' END,
       CASE WHEN c.r % 10 = 4 THEN fixture_gen.pick(ARRAY[fixture_gen.ascii(c.first) || '_' || fixture_gen.ascii(c.last) || '.jpg', 'IMG_2023' || fixture_gen.digits('cpi', c.k, 4) || '_' || fixture_gen.digits('cpj', c.k, 6) || '.jpg',
                'photo.jpg', c.first || ' ' || c.last || ' - LinkedIn.png'], 'cpph', c.k) END,
       CASE WHEN c.r % 7 = 3 THEN fixture_gen.pick(ARRAY['Rencontré(e) au salon Batimat 2023, intéressé(e) par nos escaliers.', 'Préfère être contacté(e) par WhatsApp.',
                'Son fils a fait son apprentissage chez nous.', 'En arrêt maladie jusqu''au 15/04, voir avec son adjoint.', 'Décideur final pour les travaux de l''hôtel.',
                'Ne plus appeler sur le fixe : a quitté la société, nouveau numéro ' || dlb_gen.phone('cpn', c.k, c.cc, true) || '.', 'Très pointilleux sur les délais.'], 'cpnp', c.k) END,
       CASE WHEN c.r % 17 = 0 THEN 0 ELSE 1 END, CASE WHEN c.r % 9 = 0 THEN 1 ELSE 0 END
FROM dlb_gen.ct c,
LATERAL (SELECT CASE WHEN c.r % 20 < 8 THEN NULL WHEN c.r % 20 < 15 AND c.sstreet IS NOT NULL THEN c.sstreet ELSE dlb_gen.street('cpa', c.k, c.cc) END AS street,
                CASE WHEN c.r % 20 < 8 THEN NULL WHEN c.r % 20 < 15 AND c.sstreet IS NOT NULL THEN c.szip ELSE split_part(dlb_gen.place('cpz', c.k, c.cc), '|', 1) END AS zip,
                CASE WHEN c.r % 20 < 8 THEN NULL WHEN c.r % 20 < 15 AND c.sstreet IS NOT NULL THEN c.stown ELSE split_part(dlb_gen.place('cpz', c.k, c.cc), '|', 2) END AS town) a
ORDER BY c.k;
SELECT setval('llx_socpeople_rowid_seq', 650);

-- phpser: PHP's serialize() of array('options' => array(k => v, ...)).
CREATE FUNCTION dlb_gen.phpser(keys text[], vals text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:1:{s:7:"options";a:' || cardinality(keys) || ':{'
      || string_agg('s:' || octet_length(keys[k]) || ':"' || keys[k] || '";s:' || octet_length(vals[k]) || ':"' || vals[k] || '";', '' ORDER BY k) || '}}'
  FROM generate_subscripts(keys, 1) k
$$;

-- Extra fields: the definitions (their names and labels name personal
-- attributes; they hold none), and the third parties' values.
CREATE TABLE llx_extrafields (
    rowid serial PRIMARY KEY, name varchar(64) NOT NULL, elementtype varchar(64) NOT NULL DEFAULT 'member', label varchar(255) NOT NULL, type varchar(8), size varchar(8),
    pos integer DEFAULT 0, param text
);
INSERT INTO llx_extrafields (name, elementtype, label, type, size, pos, param) VALUES
    ('nom_gerant', 'societe', 'Nom du gérant', 'varchar', '128', 10, NULL), ('date_naissance_gerant', 'societe', 'Date de naissance du gérant', 'date', NULL, 20, NULL),
    ('tel_gerant', 'societe', 'Téléphone portable du gérant', 'phone', NULL, 30, NULL), ('email_compta', 'societe', 'E-mail de la comptabilité', 'mail', '128', 40, NULL),
    ('secteur', 'societe', 'Secteur d''activité', 'select', NULL, 50, dlb_gen.phpser(ARRAY['HOTEL', 'RESTO', 'SANTE', 'IMMO', 'BTP', 'COMMERCE', 'ENSEIGNEMENT'],
        ARRAY['Hôtellerie', 'Restauration', 'Santé', 'Immobilier', 'Bâtiment', 'Commerce', 'Enseignement'])),
    ('ca_annuel', 'societe', 'Chiffre d''affaires annuel', 'price', NULL, 60, NULL),
    ('taille_vetements', 'user', 'Taille des vêtements de travail', 'select', NULL, 10, dlb_gen.phpser(ARRAY['S', 'M', 'L', 'XL', 'XXL'], ARRAY['S', 'M', 'L', 'XL', 'XXL'])),
    ('permis_b', 'user', 'Permis B', 'boolean', NULL, 20, NULL), ('contact_urgence', 'user', 'Personne à prévenir en cas d''urgence', 'varchar', '255', 30, NULL),
    ('allergies', 'user', 'Allergies (trousse de secours)', 'text', NULL, 40, NULL), ('num_secu', 'user', 'N° de sécurité sociale', 'varchar', '21', 50, NULL),
    ('linkedin_url', 'socpeople', 'Profil LinkedIn', 'url', NULL, 10, NULL), ('date_anniversaire_rappel', 'socpeople', 'Souhaiter l''anniversaire', 'boolean', NULL, 20, NULL),
    ('adresse_chantier', 'facture', 'Adresse du chantier', 'text', NULL, 10, NULL), ('num_chantier', 'facture', 'N° de chantier', 'varchar', '32', 20, NULL),
    ('delai_pose', 'propal', 'Délai de pose (semaines)', 'int', '3', 10, NULL),
    ('essence_bois', 'product', 'Essence de bois', 'select', NULL, 10, dlb_gen.phpser(ARRAY['CHENE', 'HETRE', 'NOYER', 'FRENE', 'PIN'], ARRAY['Chêne', 'Hêtre', 'Noyer', 'Frêne', 'Pin'])),
    ('certification_fsc', 'product', 'Certifié FSC / PEFC', 'boolean', NULL, 20, NULL), ('compte_rendu', 'actioncomm', 'Compte rendu de visite', 'html', NULL, 10, NULL),
    ('num_commande_client', 'ticket', 'N° de commande du client', 'varchar', '32', 10, NULL), ('garantie_jusquau', 'ticket', 'Sous garantie jusqu''au', 'date', NULL, 20, NULL);

CREATE TABLE llx_societe_extrafields (
    rowid serial PRIMARY KEY, fk_object integer NOT NULL, nom_gerant varchar(128), date_naissance_gerant date, tel_gerant varchar(30), email_compta varchar(128), secteur text,
    ca_annuel numeric(24, 8)
);
INSERT INTO llx_societe_extrafields (fk_object, nom_gerant, date_naissance_gerant, tel_gerant, email_compta, secteur, ca_annuel)
SELECT t.i, CASE WHEN t.kind = 'st' THEN t.first || ' ' || t.last WHEN t.r % 10 < 7 THEN dlb_gen.first('sgf', t.i, t.cc) || ' ' || upper(t.last) END,
       CASE WHEN t.r % 10 < 4 THEN fixture_gen.birth_date('segb', t.i) END,
       CASE WHEN t.r % 2 = 0 THEN dlb_gen.phone('sgm', t.i, t.cc, true) END,
       CASE WHEN t.kind = 'co' AND t.r % 4 < 2 THEN fixture_gen.pick(ARRAY['compta', 'factures', 'comptabilite', 'accounting'], 'seec', t.i) || '@' || t.dom
            WHEN t.kind = 'co' AND t.r % 4 = 2 THEN fixture_gen.ascii(dlb_gen.first('seef', t.i, t.cc)) || '.' || fixture_gen.ascii(dlb_gen.last('seel', t.i, t.cc)) || '@' || t.dom END,
       CASE WHEN t.kind = 'st' THEN 'BTP' ELSE fixture_gen.pick(ARRAY['HOTEL', 'RESTO', 'SANTE', 'IMMO', 'BTP', 'COMMERCE', 'ENSEIGNEMENT'], 'sesc', t.i) END,
       CASE WHEN t.r % 3 = 0 THEN NULL WHEN t.kind = 'st' THEN 24000 + fixture_gen.n('seca', t.i, 53) * 1000 ELSE 150000 + fixture_gen.n('seca', t.i, 400) * 25000 END
FROM dlb_gen.tp t WHERE t.kind <> 'pa' ORDER BY t.i;

-- Users: 1 the technical admin, 2-40 staff of Lyon (entity 1), Brussels
-- (2) and Valencia (3), 41 the external accountant, 42-43 API accounts,
-- 44-48 former staff.
CREATE TABLE dlb_gen.u AS
SELECT i, cc, ent, CASE WHEN i = 2 THEN 'Nadia' WHEN i = 3 THEN 'Hugo' WHEN i IN (1, 42, 43) THEN NULL ELSE dlb_gen.first('usf', i, cc) END AS first,
       CASE WHEN i = 1 THEN 'SuperAdmin' WHEN i IN (2, 3) THEN 'Lacroix' WHEN i = 42 THEN 'WooCommerce' WHEN i = 43 THEN 'Scanner factures' ELSE dlb_gen.last('usl', i, cc) END AS last,
       CASE WHEN i IN (1, 42, 43) THEN 'tech' WHEN i = 41 THEN 'ext' ELSE 'staff' END AS kind,
       CASE i WHEN 2 THEN date '1968-04-12' WHEN 3 THEN date '1971-09-30' ELSE date '1962-01-01' + fixture_gen.n('usb', i, 365 * 42) END AS birth, fixture_gen.n('usr', i, 1000) AS r
FROM (SELECT i, CASE WHEN i BETWEEN 31 AND 36 THEN 'BE' WHEN i BETWEEN 37 AND 40 THEN 'ES' WHEN i = 47 THEN 'BE' ELSE 'FR' END AS cc,
             CASE WHEN i BETWEEN 31 AND 36 OR i = 47 THEN 2 WHEN i BETWEEN 37 AND 40 THEN 3 ELSE 1 END AS ent FROM generate_series(1, 48) i) x;
ALTER TABLE dlb_gen.u ADD COLUMN login text;
ALTER TABLE dlb_gen.u ADD COLUMN sex int;
UPDATE dlb_gen.u SET sex = CASE WHEN dlb_gen.fem(first) THEN 2 ELSE 1 END;
UPDATE dlb_gen.u SET login = CASE WHEN i = 1 THEN 'admin' WHEN i = 42 THEN 'api_woocommerce' WHEN i = 43 THEN 'api_scanner' WHEN i = 41 THEN 'cabinet.' || fixture_gen.ascii(last)
                                  ELSE lower(left(fixture_gen.ascii(first), 1)) || fixture_gen.ascii(last) END;
UPDATE dlb_gen.u u SET login = u.login || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) AS rn FROM dlb_gen.u) d WHERE d.i = u.i AND d.rn > 1;

CREATE TABLE llx_user (
    rowid serial PRIMARY KEY, entity integer DEFAULT 1 NOT NULL, ref_employee varchar(50), admin smallint DEFAULT 0, login varchar(50) NOT NULL, pass_crypted varchar(128),
    pass_temp varchar(128), api_key varchar(128), gender varchar(10), lastname varchar(50), firstname varchar(50), address varchar(255), zip varchar(25), town varchar(50),
    birth date, job varchar(128), office_phone varchar(20), user_mobile varchar(20), personal_mobile varchar(20), email varchar(255), personal_email varchar(255),
    signature text, fk_user integer, note_private text, datelastlogin timestamp, iplastlogin varchar(250), ldap_sid varchar(255), openid varchar(255),
    statut smallint DEFAULT 1, photo varchar(255), national_registration_number varchar(50), dateemployment date, salary numeric(24, 8), datec timestamp
);
INSERT INTO llx_user
SELECT u.i, u.ent, CASE WHEN u.kind = 'staff' THEN 'SAL-' || lpad((u.i * 7)::text, 4, '0') END, CASE WHEN u.i IN (1, 2) THEN 1 ELSE 0 END, u.login,
       CASE WHEN u.i IN (17, 29, 44) THEN md5('dlbpw' || u.i) ELSE '$2y' || '$10$' || fixture_gen.chars('dlbpw', u.i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END,
       CASE WHEN u.i IN (7, 19) THEN fixture_gen.chars('dlbtmp', u.i, 12, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') WHEN u.i = 33 THEN 'Bienvenue' || fixture_gen.digits('dlbtp', u.i, 2) || '!' END,
       CASE WHEN u.i IN (2, 12, 42) THEN fixture_gen.chars('dlbak', u.i, 32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
            WHEN u.i IN (1, 43) THEN 'dolcrypt:AES-256-CTR:' || dlb_gen.hexn('dlbiv', u.i, 16) || ':' || dlb_gen.b64('dlbak', u.i, 33) END,
       CASE WHEN u.kind IN ('tech') THEN NULL WHEN u.sex = 2 THEN 'woman' ELSE 'man' END,
       u.last, u.first,
       CASE WHEN u.kind = 'staff' AND u.r % 10 < 7 THEN dlb_gen.street('usa', u.i, u.cc) END,
       CASE WHEN u.kind = 'staff' AND u.r % 10 < 7 THEN split_part(dlb_gen.place('usz', u.i, u.cc), '|', 1) END,
       CASE WHEN u.kind = 'staff' AND u.r % 10 < 7 THEN split_part(dlb_gen.place('usz', u.i, u.cc), '|', 2) END,
       CASE WHEN u.kind = 'staff' AND u.r % 10 < 9 OR u.kind = 'ext' THEN u.birth END,
       j.job,
       CASE WHEN u.kind <> 'staff' THEN NULL WHEN u.cc = 'FR' THEN '04 78 60 12 ' || lpad((u.i + 10)::text, 2, '0') WHEN u.cc = 'BE' THEN '+32 2 640 18 ' || lpad((u.i + 10)::text, 2, '0')
            ELSE '963 51 22 ' || lpad((u.i + 10)::text, 2, '0') END,
       CASE WHEN u.kind = 'staff' AND u.r % 10 < 6 THEN dlb_gen.phone('usm', u.i, u.cc, true) END,
       CASE WHEN u.kind = 'staff' AND u.r % 10 >= 6 THEN dlb_gen.phone('usp', u.i, u.cc, true) END,
       CASE WHEN u.i = 1 THEN 'informatique@menuiserie-lacroix.example' WHEN u.i = 42 THEN 'webmaster@menuiserie-lacroix.example' WHEN u.i = 43 THEN 'factures-fournisseurs@menuiserie-lacroix.example'
            WHEN u.kind = 'ext' THEN fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last) || '@rhone-expertise.example'
            ELSE fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last) || '@menuiserie-lacroix.example' END,
       CASE WHEN u.kind = 'staff' AND u.r % 20 < 7 THEN dlb_gen.mail(u.first, u.last, 'upe', u.i) END,
       CASE WHEN u.kind = 'staff' AND u.r % 10 < 7 THEN '<p><strong>' || u.first || ' ' || u.last || '</strong><br>' || coalesce(j.job, '') || '<br>'
                || CASE u.ent WHEN 1 THEN 'Menuiserie Lacroix &amp; Fils – 24 rue Paul Bert, 69003 Lyon' WHEN 2 THEN 'Menuiserie Lacroix Belgique – Chaussée de Waterloo 412, 1050 Ixelles' ELSE 'Carpintería Lacroix Valencia – Calle de Sorní, 14, 46004 Valencia' END
                || '<br>Tél. ' || CASE WHEN u.cc = 'FR' THEN '04 78 60 12 ' || lpad((u.i + 10)::text, 2, '0') WHEN u.cc = 'BE' THEN '+32 2 640 18 ' || lpad((u.i + 10)::text, 2, '0') ELSE '963 51 22 ' || lpad((u.i + 10)::text, 2, '0') END
                || CASE WHEN u.r % 10 < 6 THEN ' – Mob. ' || dlb_gen.phone('usm', u.i, u.cc, true) ELSE '' END || '</p>'
            WHEN u.kind = 'ext' THEN '<p>' || u.first || ' ' || u.last || '<br>Cabinet Rhône Expertise<br>Expert-comptable inscrit à l''Ordre</p>' ELSE '' END,
       CASE WHEN u.i IN (1, 2) THEN NULL WHEN u.i IN (31, 37) THEN 2 WHEN u.ent = 2 THEN 31 WHEN u.ent = 3 THEN 37 WHEN j.job IN ('Commercial', 'Commerciale', 'Comercial') THEN 3 ELSE 2 END,
       CASE WHEN u.kind = 'staff' AND u.r % 4 = 0 THEN fixture_gen.pick(ARRAY['RQTH : poste aménagé, pas de port de charges de plus de 15 kg.', 'Temps partiel parental (80 %) jusqu''en septembre 2025.',
                'Visite médicale de reprise le 12/03 après arrêt (lombalgie).', 'Permis suspendu jusqu''au 30/06 : ne pas affecter aux livraisons.',
                'Entretien annuel : souhaite évoluer vers la conduite de travaux.', 'Saisie sur salaire (pension alimentaire), voir le dossier de paie.',
                'Personne à prévenir : ' || dlb_gen.first('usuc', u.i, u.cc) || ' ' || u.last || ' (conjoint), ' || dlb_gen.phone('usuc', u.i, u.cc, true) || '.'], 'usnp', u.i) END,
       CASE WHEN u.i BETWEEN 44 AND 48 THEN timestamp '2022-06-01' + make_interval(days => u.i) ELSE dlb_gen.ts('usll', u.i) + interval '1 year' END,
       CASE WHEN u.i = 42 THEN '51.91.23.140' WHEN u.r % 3 = 0 THEN '81.250.112.' || (30 + u.i % 5) WHEN u.r % 3 = 1 THEN fixture_gen.ipv4('usip', u.i) ELSE fixture_gen.ipv6('usip', u.i) END,
       CASE WHEN u.ent = 1 AND u.kind = 'staff' AND u.r % 10 < 6 THEN 'S-1-5-21-1004336348-1177238915-682003330-' || (1100 + u.i) END,
       CASE WHEN u.ent IN (2, 3) AND u.kind = 'staff' AND u.r % 2 = 0 THEN '1' || fixture_gen.digits('usoid', u.i, 20) END,
       CASE WHEN u.i BETWEEN 44 AND 48 OR u.i = 43 THEN 0 ELSE 1 END,
       CASE WHEN u.kind = 'staff' AND u.r % 2 = 0 THEN fixture_gen.pick(ARRAY['photo_' || u.login || '.jpg', 'IMG_2023' || fixture_gen.digits('usph', u.i, 4) || '_094512.jpg', u.first || '.png',
                fixture_gen.ascii(u.first) || '-' || fixture_gen.ascii(u.last) || '-badge.jpg'], 'usph', u.i) END,
       CASE WHEN u.kind <> 'staff' OR u.r % 5 = 0 THEN NULL WHEN u.cc = 'FR' THEN dlb_gen.nir('usn', u.i, u.sex, u.birth) WHEN u.cc = 'BE' THEN dlb_gen.be_nn('usn', u.i, u.sex, u.birth)
            ELSE dlb_gen.dni('usn', u.i) END,
       CASE WHEN u.i = 2 THEN date '2003-09-01' WHEN u.i = 3 THEN date '2008-01-07' WHEN u.kind = 'staff' THEN date '2004-01-05' + fixture_gen.n('usde', u.i, 7000) END,
       CASE WHEN u.kind <> 'staff' THEN NULL WHEN u.i = 2 THEN 78000 WHEN u.i = 3 THEN 64000 WHEN j.job LIKE 'Apprenti%' THEN 11800
            ELSE 24000 + fixture_gen.n('ussal', u.i, 30) * 600 END,
       timestamp '2015-03-02 09:00' + make_interval(days => u.i * 61)
FROM dlb_gen.u u, LATERAL (SELECT CASE WHEN u.i = 2 THEN 'Gérante' WHEN u.i = 3 THEN 'Directeur commercial' WHEN u.kind = 'ext' THEN 'Expert-comptable (Cabinet Rhône Expertise)'
            WHEN u.kind <> 'staff' THEN NULL
            WHEN u.cc = 'FR' THEN dlb_gen.fjob(fixture_gen.pick(ARRAY['Menuisier', 'Menuisier poseur', 'Chef d''atelier', 'Apprenti menuisier', 'Conducteur de travaux', 'Commercial',
                'Assistant administratif', 'Comptable', 'Dessinateur-projeteur', 'Poseur de cuisines', 'Ébéniste', 'Magasinier', 'Responsable SAV', 'Menuisier'], 'usj', u.i), u.sex = 2)
            WHEN u.cc = 'BE' THEN fixture_gen.pick(ARRAY['Schrijnwerker', 'Commercial', 'Poseur', 'Responsable d''agence'], 'usj', u.i)
            ELSE fixture_gen.pick(ARRAY['Ebanista', 'Comercial', 'Montador de cocinas', 'Administrativo'], 'usj', u.i) END AS job) j
ORDER BY u.i;
SELECT setval('llx_user_rowid_seq', 48);

-- Per-user settings: names and values of UI options. The selected-fields
-- settings list column names (p.email, u.salary): no personal data.
CREATE TABLE llx_user_param (
    fk_user integer NOT NULL, entity integer DEFAULT 1 NOT NULL, param varchar(180) NOT NULL, value text NOT NULL, PRIMARY KEY (fk_user, entity, param)
);
INSERT INTO llx_user_param
SELECT u.i, u.ent, v.param, v.value
FROM dlb_gen.u u, LATERAL (VALUES
    ('MAIN_LANG_DEFAULT', CASE u.cc WHEN 'FR' THEN 'fr_FR' WHEN 'BE' THEN CASE WHEN u.i % 2 = 0 THEN 'nl_BE' ELSE 'fr_BE' END ELSE 'es_ES' END),
    ('MAIN_SIZE_LISTE_LIMIT', fixture_gen.pick(ARRAY['25', '50', '100', '20'], 'upl', u.i)), ('MAIN_THEME', CASE WHEN u.i % 4 = 0 THEN 'md' ELSE 'eldy' END),
    ('THEME_ELDY_TOPMENU_BACK1', fixture_gen.pick(ARRAY['68,110,160', '90,50,120', '38,60,90'], 'upt', u.i)), ('MAIN_OPTIMIZEFORTEXTBROWSER', '0'),
    ('MAIN_SELECTEDFIELDS_contactlist', 's.nom,p.lastname,p.firstname,p.poste,p.email,p.phone_mobile' || CASE WHEN u.i % 3 = 0 THEN ',p.birthday,p.address' ELSE '' END),
    ('MAIN_SELECTEDFIELDS_thirdpartylist', 's.nom,s.name_alias,s.town,s.email,s.phone' || CASE WHEN u.i % 2 = 0 THEN ',s.siret,s.tva_intra' ELSE ',s.code_client' END),
    ('MAIN_SELECTEDFIELDS_userlist', 'u.login,u.lastname,u.firstname,u.email,u.job' || CASE WHEN u.i IN (2, 3, 41) THEN ',u.salary,u.dateemployment,u.birth' ELSE '' END),
    ('MAIN_SELECTEDFIELDS_invoicelist', 'f.ref,f.datef,s.nom,f.total_ht,f.total_ttc,f.fk_statut'),
    ('MAIN_BOXES_MAXLINES', fixture_gen.pick(ARRAY['5', '10', '15'], 'upb', u.i)), ('MAIN_SHOW_LOGO', '1'), ('MAIN_USE_JQUERY_JEDITABLE', CASE WHEN u.i % 5 = 0 THEN '1' ELSE '0' END),
    ('AGENDA_DEFAULT_VIEW', fixture_gen.pick(ARRAY['show_week', 'show_month', 'show_list', 'show_day'], 'upa', u.i)),
    ('MAIN_LANDING_PAGE', fixture_gen.pick(ARRAY['index.php', 'comm/action/index.php', 'compta/facture/list.php', 'projet/index.php'], 'uplp', u.i))) v(param, value)
WHERE u.i NOT IN (42, 43) AND (v.param NOT LIKE 'MAIN_SELECTEDFIELDS_%' OR u.r % 3 <> 0);

-- Global settings: module flags and options among the company's public
-- details, the SMTP login and password, Stripe and PayPal keys, an OAuth
-- client secret, the LDAP bind password, the cron key and a Slack webhook.
CREATE TABLE llx_const (
    rowid serial PRIMARY KEY, name varchar(180) NOT NULL, entity integer DEFAULT 1 NOT NULL, value text NOT NULL, note text,
    UNIQUE (name, entity)
);
INSERT INTO llx_const (name, entity, value, note)
SELECT 'MAIN_MODULE_' || m, e, '1', NULL
FROM unnest(ARRAY['SOCIETE', 'PROPALE', 'COMMANDE', 'FACTURE', 'PRODUCT', 'STOCK', 'BANQUE', 'AGENDA', 'MAILING', 'TICKET', 'EXPENSEREPORT', 'HOLIDAY', 'SALARIES', 'USER',
    'API', 'STRIPE', 'PAYPAL', 'OAUTH', 'LDAP', 'CRON', 'WEBSITE', 'WEBHOOK', 'EXPORT', 'IMPORT', 'PROJET', 'ACCOUNTING', 'BARCODE', 'MULTICOMPANY']) m, generate_series(1, 3) e
WHERE e = 1 OR m NOT IN ('LDAP', 'WEBSITE', 'MAILING', 'ACCOUNTING')
UNION ALL
SELECT n, e, v, nt FROM (VALUES
    ('MAIN_INFO_SOCIETE_NOM', 1, 'Menuiserie Lacroix & Fils', NULL), ('MAIN_INFO_SOCIETE_ADDRESS', 1, '24 rue Paul Bert', NULL),
    ('MAIN_INFO_SOCIETE_ZIP', 1, '69003', NULL), ('MAIN_INFO_SOCIETE_TOWN', 1, 'Lyon', NULL), ('MAIN_INFO_SOCIETE_COUNTRY', 1, '1:FR:France', NULL),
    ('MAIN_INFO_SOCIETE_TEL', 1, '04 78 60 12 10', NULL), ('MAIN_INFO_SOCIETE_MAIL', 1, 'contact@menuiserie-lacroix.example', NULL),
    ('MAIN_INFO_SOCIETE_WEB', 1, 'https://www.menuiserie-lacroix.example', NULL), ('MAIN_INFO_SOCIETE_LOGO', 1, 'logo_lacroix.png', NULL),
    ('MAIN_INFO_SOCIETE_MANAGERS', 1, 'Nadia Lacroix (gérante)', 'Displayed on the About page'), ('MAIN_INFO_GDPR', 1, 'Hugo Lacroix', 'Data protection officer'),
    ('MAIN_INFO_CAPITAL', 1, '80000', NULL), ('MAIN_INFO_SOCIETE_FORME_JURIDIQUE', 1, '54', NULL),
    ('MAIN_INFO_SIREN', 1, dlb_gen.siren('own', 1), NULL), ('MAIN_INFO_SIRET', 1, dlb_gen.siret(dlb_gen.siren('own', 1), 'own', 1), NULL),
    ('MAIN_INFO_APE', 1, '1623Z', NULL), ('MAIN_INFO_TVAINTRA', 1, dlb_gen.vat_fr(dlb_gen.siren('own', 1)), NULL),
    ('MAIN_INFO_SOCIETE_NOM', 2, 'Menuiserie Lacroix Belgique SRL', NULL), ('MAIN_INFO_SOCIETE_ADDRESS', 2, 'Chaussée de Waterloo 412', NULL),
    ('MAIN_INFO_TVAINTRA', 2, 'BE' || dlb_gen.be_num('own', 2), NULL), ('MAIN_INFO_SOCIETE_NOM', 3, 'Carpintería Lacroix Valencia S.L.', NULL),
    ('MAIN_INFO_SOCIETE_ADDRESS', 3, 'Calle de Sorní, 14', NULL), ('MAIN_INFO_TVAINTRA', 3, 'ES' || dlb_gen.cif('own', 3), NULL),
    ('MAIN_INFO_SOCIETE_MANAGERS', 3, 'Jordi Ferrer Llopis (administrador)', NULL),
    ('MAIN_VERSION_LAST_INSTALL', 0, '11.0.3', 'Dolibarr version when install'), ('MAIN_VERSION_LAST_UPGRADE', 0, '18.0.4', 'Dolibarr version for last upgrade'),
    ('MAIN_FEATURES_LEVEL', 0, '0', 'Level of features to show: -1=stable+deprecated, 0=stable only (default), 1=stable+experimental, 2=stable+experimental+development'),
    ('MAIN_LANG_DEFAULT', 1, 'fr_FR', 'Default language'), ('MAIN_LANG_DEFAULT', 2, 'fr_BE', 'Default language'), ('MAIN_LANG_DEFAULT', 3, 'es_ES', 'Default language'),
    ('MAIN_MONNAIE', 1, 'EUR', NULL), ('MAIN_SIZE_LISTE_LIMIT', 0, '25', 'Maximum length of lists'), ('MAIN_PDF_FORMAT', 1, 'EUA4', NULL),
    ('MAIN_MAIL_SENDMODE', 1, 'smtps', NULL), ('MAIN_MAIL_SMTP_SERVER', 1, 'ssl0.mailhost.example', NULL), ('MAIN_MAIL_SMTP_PORT', 1, '465', NULL),
    ('MAIN_MAIL_EMAIL_TLS', 1, '1', NULL), ('MAIN_MAIL_SMTPS_ID', 1, 'factures@menuiserie-lacroix.example', NULL),
    ('MAIN_MAIL_SMTPS_PW', 1, 'Lacroix' || fixture_gen.chars('smtppw', 1, 6) || '!24', NULL),
    ('MAIN_MAIL_EMAIL_FROM', 1, 'Menuiserie Lacroix <factures@menuiserie-lacroix.example>', 'EMail emetteur pour les emails automatiques Dolibarr'),
    ('MAIN_MAIL_ERRORS_TO', 1, 'bounces@menuiserie-lacroix.example', NULL), ('MAIN_MAIL_AUTOCOPY_TO', 1, 'hugo.lacroix@menuiserie-lacroix.example', NULL),
    ('MAIN_MAIL_SMTPS_ID', 2, 'bruxelles@menuiserie-lacroix.example', NULL), ('MAIN_MAIL_SMTPS_PW', 2, fixture_gen.chars('smtppw', 2, 16), NULL),
    ('SOCIETE_CODECLIENT_ADDON', 1, 'mod_codeclient_monkey', 'Module to control third parties codes'), ('FACTURE_ADDON', 1, 'mod_facture_terre', 'Name of numbering numerotation rules of invoice'),
    ('PROPALE_ADDON', 1, 'mod_propale_marbre', 'Name of proposal numbering manager'), ('FACTURE_ADDON_PDF', 1, 'sponge', 'Name of PDF model of invoice'),
    ('PROPALE_VALIDITY_DURATION', 1, '30', 'Duration of validity of business proposals'), ('FACTURE_TVAOPTION', 1, '1', NULL),
    ('STRIPE_TEST_PUBLISHABLE_KEY', 1, 'pk' || '_test_' || fixture_gen.chars('stpk', 1, 99), NULL),
    ('STRIPE_TEST_SECRET_KEY', 1, 'sk' || '_test_' || fixture_gen.chars('stsk', 1, 99), NULL),
    ('STRIPE_LIVE_PUBLISHABLE_KEY', 1, 'pk' || '_live_' || fixture_gen.chars('stpk', 2, 99), NULL),
    ('STRIPE_LIVE_SECRET_KEY', 1, 'sk' || '_live_' || fixture_gen.chars('stsk', 2, 99), NULL),
    ('STRIPE_LIVE_WEBHOOK_KEY', 1, 'wh' || 'sec_' || fixture_gen.chars('stwh', 2, 32), NULL), ('STRIPE_LIVE', 1, '1', NULL),
    ('PAYPAL_API_SANDBOX', 1, '0', NULL), ('PAYPAL_API_USER', 1, 'paiements_api1.menuiserie-lacroix.example', NULL),
    ('PAYPAL_API_PASSWORD', 1, fixture_gen.chars('pppw', 1, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), NULL),
    ('PAYPAL_API_SIGNATURE', 1, fixture_gen.chars('ppsig', 1, 56), NULL),
    ('OAUTH_GOOGLE_ID', 1, fixture_gen.digits('goid', 1, 12) || '-' || fixture_gen.chars('goid', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com', NULL),
    ('OAUTH_GOOGLE_SECRET', 1, 'GOCSPX' || '-' || fixture_gen.chars('gosec', 1, 28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), NULL),
    ('LDAP_SERVER_HOST', 1, 'dc01.lacroix.local', NULL), ('LDAP_SERVER_PORT', 1, '389', NULL),
    ('LDAP_ADMIN_DN', 1, 'CN=svc-dolibarr,OU=Comptes de service,DC=lacroix,DC=local', NULL),
    ('LDAP_ADMIN_PASS', 1, fixture_gen.chars('ldappw', 1, 14) || '#1', NULL), ('LDAP_USER_DN', 1, 'OU=Utilisateurs,DC=lacroix,DC=local', NULL),
    ('LDAP_FIELD_LOGIN', 1, 'samaccountname', NULL), ('LDAP_FIELD_MAIL', 1, 'mail', NULL), ('LDAP_FIELD_PHONE', 1, 'telephonenumber', NULL),
    ('LDAP_FIELD_MOBILE', 1, 'mobile', NULL), ('LDAP_FIELD_NAME', 1, 'sn', NULL), ('LDAP_FIELD_FIRSTNAME', 1, 'givenname', NULL),
    ('CRON_KEY', 0, dlb_gen.hexn('cronkey', 1, 32), NULL), ('API_RESTRICT_ON_IP', 1, '51.91.23.140', NULL),
    ('WEBHOOK_URL', 1, 'https://hooks.slack.example/services/T' || fixture_gen.chars('slk', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B'
        || fixture_gen.chars('slk', 2, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('slk', 3, 24), NULL),
    ('TICKET_NOTIFICATION_EMAIL_FROM', 1, 'sav@menuiserie-lacroix.example', NULL), ('TICKET_NOTIFICATION_EMAIL_TO', 1, 'sav@menuiserie-lacroix.example', NULL),
    ('TICKET_ENABLE_PUBLIC_INTERFACE', 1, '1', NULL), ('TICKET_PUBLIC_TEXT_HOME', 1, 'Une question sur votre cuisine ou votre escalier ? Ouvrez une demande, notre service après-vente vous répond sous 48 h.', NULL),
    ('MAILING_EMAIL_FROM', 1, 'newsletter@menuiserie-lacroix.example', NULL), ('MAILING_LIMIT_SENDBYWEB', 0, '25', NULL),
    ('AGENDA_USE_EVENT_TYPE', 1, '1', NULL), ('AGENDA_REMINDER_EMAIL', 1, '1', NULL), ('EXPENSEREPORT_ADDON', 1, 'mod_expensereport_jade', NULL),
    ('HOLIDAY_ADDON', 1, 'mod_holiday_madonna', NULL), ('HOLIDAY_LAST_UPDATE', 1, '1714521600', NULL), ('BARCODE_PRODUCT_ADDON_NUM', 1, 'mod_barcode_product_standard', NULL),
    ('PRODUIT_DEFAULT_BARCODE_TYPE', 1, '2', NULL), ('WEBSITE_SUBCONTAINERSINLINE', 1, '1', NULL), ('MAIN_SECURITY_HASH_ALGO', 0, 'password_hash', NULL),
    ('MAIN_UMASK', 0, '0664', 'File mask'), ('SYSLOG_LEVEL', 0, '4', NULL), ('MAIN_SECURITY_ENABLECAPTCHA', 1, '1', NULL),
    ('MAIN_APPLICATION_TITLE', 0, 'Lacroix ERP', NULL), ('MAIN_HOME', 1, '<b>Bienvenue</b> sur l''ERP de la menuiserie. Support : poste 219.', NULL)) v(n, e, v, nt)
ORDER BY 2, 1;

-- The catalogue: joinery made to measure, supplies and services.
CREATE TABLE llx_product (
    rowid serial PRIMARY KEY, ref varchar(128) NOT NULL, label varchar(255) NOT NULL, description text, price numeric(24, 8) DEFAULT 0, tva_tx numeric(7, 4),
    fk_product_type integer DEFAULT 0, barcode varchar(180)
);
INSERT INTO llx_product (ref, label, description, price, tva_tx, fk_product_type, barcode)
SELECT upper(left(fixture_gen.ascii(p.kind), 4)) || '-' || upper(left(fixture_gen.ascii(w.wood), 3)) || '-' || lpad(k::text, 3, '0'),
       p.kind || ' – ' || lower(w.wood) || CASE WHEN p.unit <> '' THEN ' (' || p.unit || ')' ELSE '' END,
       p.descr || ' Essence : ' || lower(w.wood) || ', ' || w.note || '. Finition au choix : huile, vernis mat ou laque.',
       round((p.base * w.coef)::numeric, 2), 20, 0, dlb_gen.ean13('376', 'ean', k)
FROM generate_series(1, 120) k,
LATERAL (SELECT (ARRAY['Cuisine sur mesure', 'Porte intérieure pleine 83 cm', 'Escalier quart tournant', 'Escalier droit', 'Parquet massif 14 mm', 'Dressing 3 portes coulissantes',
                       'Bibliothèque murale', 'Plan de travail massif 40 mm', 'Fenêtre double vantail', 'Table de repas 6 couverts', 'Banc d''entrée avec coffre', 'Tête de lit'])[1 + (k - 1) % 12] AS kind,
                (ARRAY['Cuisine fabriquée dans notre atelier de Lyon, caissons en panneaux certifiés PEFC, façades massives.', 'Porte à âme pleine, huisserie fournie, ferrage invisible.',
                       'Escalier sur mesure, limons massifs, marches de 40 mm, garde-corps en option.', 'Escalier droit à limon central, marches massives de 40 mm.',
                       'Lames massives rainurées bouchetées, pose collée ou clouée.', 'Dressing sur mesure avec penderie, tiroirs et étagères réglables.',
                       'Bibliothèque murale sur mesure, étagères de 28 mm, fixation invisible.', 'Plan de travail en lamellé-collé à abouts francs, chants arrondis.',
                       'Fenêtre bois double vitrage 4/16/4, oscillo-battant.', 'Table en bois massif, piètement assemblé à tenons et mortaises.',
                       'Banc d''entrée avec coffre à chaussures, assise huilée.', 'Tête de lit murale, largeur 160 ou 180 cm, tablettes de chevet intégrées.'])[1 + (k - 1) % 12] AS descr,
                (ARRAY[14500, 890, 6900, 4200, 89, 2400, 1900, 420, 1350, 1850, 640, 780])[1 + (k - 1) % 12] AS base,
                (ARRAY['', '', '', '', 'm²', '', 'ml', 'ml', '', '', '', ''])[1 + (k - 1) % 12] AS unit) p,
LATERAL (SELECT (ARRAY['Chêne', 'Hêtre', 'Noyer', 'Frêne', 'Pin', 'Douglas', 'Merisier', 'Teck', 'Érable', 'Châtaignier'])[1 + (k - 1) / 12] AS wood,
                (ARRAY[1.0, 0.8, 1.4, 0.9, 0.6, 0.65, 1.1, 1.6, 1.05, 0.85])[1 + (k - 1) / 12] AS coef,
                (ARRAY['issu de forêts françaises gérées durablement', 'du Jura', 'd''Europe, sélection premier choix', 'de Bourgogne', 'des Landes', 'des Monts du Lyonnais',
                       'de France', 'certifié FSC', 'du Canada', 'des Cévennes'])[1 + (k - 1) / 12] AS note) w
UNION ALL
SELECT r, l, d, pr, 20, 1, NULL FROM (VALUES
    ('POSE-CUIS-J', 'Pose de cuisine (forfait jour, 2 compagnons)', 'Pose, mise à niveau et ajustement des meubles, fixation des façades et des plans.', 780),
    ('MO-MENU-H', 'Heure de main-d''œuvre menuiserie', 'Main-d''œuvre en atelier ou sur chantier.', 58), ('DEPL-Z1', 'Déplacement zone 1 (Lyon et petite couronne)', NULL, 45),
    ('DEPL-Z2', 'Déplacement zone 2 (Rhône, Ain, Isère)', NULL, 85), ('DEPL-Z3', 'Déplacement hors zone (au kilomètre)', 'Facturé au kilomètre au-delà de 60 km.', 0.9),
    ('METRE', 'Métré et visite technique', 'Prise de cotes sur place, conseils, plan 3D remis avec le devis.', 120),
    ('DEPOSE', 'Dépose et évacuation de l''existant', 'Dépose soignée, tri et évacuation en déchetterie.', 350), ('SAV-FORF', 'Intervention SAV (forfait)', NULL, 95),
    ('VERNIS-M2', 'Vitrification de parquet (m²)', 'Ponçage trois passes et trois couches de vernis mat.', 32), ('CONCEPT-3D', 'Conception 3D et plans d''exécution', NULL, 450),
    ('LIVR-ETAGE', 'Livraison en étage sans ascenseur', NULL, 150), ('GARDE-MEUBLE', 'Garde-meuble (mois)', 'Stockage en atelier en attente de la fin des travaux.', 60),
    ('TRANSP-BE', 'Transport Belgique', 'Livraison en Belgique par transporteur.', 380), ('TRANSP-ES', 'Transporte a Valencia', NULL, 420),
    ('HOUSSE', 'Protection de chantier', 'Bâches, protections des sols et des escaliers.', 75)) v(r, l, d, pr)
UNION ALL
SELECT 'QUINC-' || lpad(k::text, 3, '0'), q.l || ' ' || (ARRAY['inox brossé', 'noir mat', 'laiton', 'blanc'])[1 + k % 4], q.d, q.p + k % 4, 20, 0, dlb_gen.ean13('400', 'eanq', k)
FROM generate_series(1, 15) k, LATERAL (SELECT (ARRAY['Poignée bouton', 'Poignée barre 160 mm', 'Charnière invisible 110°', 'Coulisse sortie totale 500 mm', 'Pied de meuble réglable'])[1 + k % 5] AS l,
    (ARRAY['Vendue à l''unité.', 'Entraxe 128 mm, vis fournies.', 'Avec amortisseur intégré.', 'Charge 40 kg, fermeture amortie.', 'Hauteur 100 à 150 mm.'])[1 + k % 5] AS d,
    (ARRAY[6, 11, 9, 24, 4])[1 + k % 5] AS p) q;

CREATE TABLE dlb_gen.cl AS SELECT row_number() OVER (ORDER BY i) AS rn, t.* FROM dlb_gen.tp t WHERE t.client IN (1, 3);
CREATE TABLE dlb_gen.pr AS SELECT row_number() OVER (ORDER BY i) AS rn, t.* FROM dlb_gen.tp t WHERE t.client > 0;

-- Customer invoices.
CREATE TABLE llx_facture (
    rowid serial PRIMARY KEY, ref varchar(30) NOT NULL, ref_client varchar(255), fk_soc integer NOT NULL, datef date, total_ht numeric(24, 8) DEFAULT 0, total_ttc numeric(24, 8) DEFAULT 0,
    fk_statut smallint DEFAULT 0 NOT NULL, paye smallint DEFAULT 0 NOT NULL, note_private text, note_public text, last_main_doc varchar(255)
);
INSERT INTO llx_facture
SELECT k, CASE WHEN st = 0 THEN '(PROV' || k || ')' ELSE 'FA' || to_char(df, 'YYMM') || '-' || lpad(k::text, 4, '0') END,
       CASE WHEN c.kind = 'co' AND c.r % 3 = 0 THEN fixture_gen.pick(ARRAY['PO-', 'BC ', 'Commande n° ', 'OC-'], 'frc', k) || fixture_gen.digits('frc', k, 5) END,
       c.i, df, ht, round(ht * CASE WHEN c.cc = 'FR' OR c.kind = 'pa' THEN 1.2 ELSE 1 END, 2), st, CASE WHEN st = 2 THEN 1 ELSE 0 END,
       CASE WHEN fixture_gen.n('fnp', k, 5) = 0 THEN fixture_gen.pick(ARRAY[
                'Relance téléphonique le ' || to_char(df + 35, 'DD/MM') || ' : ' || dlb_gen.first('fct', k, c.cc) || ' ' || dlb_gen.last('fcl', k, c.cc) || ' dit avoir envoyé le règlement.',
                'Escompte de 2 % accordé par Hugo.', 'Client en redressement : créance déclarée au mandataire judiciaire.',
                'Litige sur la teinte du plan de travail, geste commercial de 150 €.', 'Réglé en partie en espèces (300 €), voir le cahier de caisse.',
                CASE WHEN c.kind = 'pa' THEN 'Mme ' || c.last || ' hospitalisée, report de l''échéance accepté.' ELSE 'Bon de commande signé par le directeur, copie dans la GED.' END,
                'Facture refaite : erreur sur le taux de TVA.'], 'fnpc', k) END,
       CASE WHEN c.kind = 'pa' AND fixture_gen.n('fnq', k, 3) = 0 THEN 'Chantier : ' || replace(c.street, E'\n', ', ') || ', ' || c.zip || ' ' || c.town || '.'
            WHEN c.kind <> 'pa' AND c.cc <> 'FR' THEN 'Autoliquidation : TVA due par le preneur (article 283-2 du CGI, article 196 de la directive 2006/112/CE).'
            WHEN fixture_gen.n('fnq', k, 4) = 1 THEN 'Acompte de 30 % versé à la commande.'
            WHEN fixture_gen.n('fnq', k, 4) = 2 THEN 'Garantie décennale : SMABTP, contrat n° ' || fixture_gen.digits('fgd', 1, 9) || '. Pénalités de retard : trois fois le taux d''intérêt légal.' END,
       CASE WHEN st > 0 THEN 'facture/FA' || to_char(df, 'YYMM') || '-' || lpad(k::text, 4, '0') || '/FA' || to_char(df, 'YYMM') || '-' || lpad(k::text, 4, '0') || '.pdf' END
FROM generate_series(1, 900) k JOIN dlb_gen.cl c ON c.rn = 1 + fixture_gen.n('fsoc', k, (SELECT count(*) FROM dlb_gen.cl)::int),
LATERAL (SELECT date '2021-01-04' + (k * 13) / 8 AS df, round((180 + fixture_gen.n('fht', k, 2000) * fixture_gen.n('fhx', k, 12))::numeric, 2) + 0.5 AS ht,
                CASE WHEN k > 890 THEN 0 WHEN k % 29 = 0 THEN 3 WHEN k > 840 AND k % 3 = 0 THEN 1 ELSE 2 END AS st) x
ORDER BY k;
SELECT setval('llx_facture_rowid_seq', 900);

-- Invoice lines: catalogue lines, services, and free lines, some naming the
-- private customer's site.
CREATE TABLE llx_facturedet (
    rowid serial PRIMARY KEY, fk_facture integer NOT NULL, fk_product integer, description text, qty real, subprice numeric(24, 8), total_ht numeric(24, 8),
    product_type integer DEFAULT 0
);
INSERT INTO llx_facturedet (fk_facture, fk_product, description, qty, subprice, total_ht, product_type)
SELECT f.rowid, CASE WHEN l.kind = 'free' THEN NULL ELSE pr.rowid END,
       CASE WHEN l.kind <> 'free' THEN pr.label
            WHEN c.kind = 'pa' AND fixture_gen.n('fdp', f.rowid * 10 + s, 3) = 0 THEN 'Fourniture et pose ' || fixture_gen.pick(ARRAY['d''une cuisine sur mesure', 'd''un escalier', 'd''un dressing', 'd''une bibliothèque'], 'fdk', f.rowid * 10 + s)
                || ' chez ' || CASE WHEN c.nom LIKE 'M. et Mme%' THEN c.nom WHEN dlb_gen.fem(c.first) THEN 'Mme ' || c.first || ' ' || c.last ELSE 'M. ' || c.first || ' ' || c.last END || ' – ' || replace(c.street, E'\n', ', ') || ', ' || c.town
            ELSE fixture_gen.pick(ARRAY['Ajustement sur site des portes de placard', 'Reprise de la teinte après remarque du client', 'Fourniture de chutes de chêne pour habillage',
                'Modification du plan suivant les cotes relevées', 'Remplacement d''une façade rayée à la livraison', 'Heures supplémentaires de pose (accès difficile)'], 'fdf', f.rowid * 10 + s) END,
       q.qty, q.pu, round((q.qty * q.pu)::numeric, 2), CASE WHEN l.kind = 'prod' THEN 0 ELSE 1 END
FROM llx_facture f JOIN dlb_gen.tp c ON c.i = f.fk_soc, generate_series(1, 4) s,
LATERAL (SELECT CASE WHEN s = 1 OR fixture_gen.n('fdl', f.rowid * 10 + s, 3) = 0 THEN 'prod' WHEN fixture_gen.n('fdl', f.rowid * 10 + s, 3) = 1 THEN 'serv' ELSE 'free' END AS kind) l,
LATERAL (SELECT * FROM llx_product p WHERE p.fk_product_type = CASE WHEN l.kind = 'prod' THEN 0 ELSE 1 END
         ORDER BY p.rowid OFFSET fixture_gen.n('fdpr', f.rowid * 10 + s, CASE WHEN l.kind = 'prod' THEN 135 ELSE 15 END) LIMIT 1) pr,
LATERAL (SELECT CASE WHEN pr.fk_product_type = 1 OR l.kind = 'free' THEN 1 + fixture_gen.n('fdq', f.rowid * 10 + s, 4) ELSE 1 END AS qty,
                CASE WHEN l.kind = 'free' THEN 40 + fixture_gen.n('fdu', f.rowid * 10 + s, 300) ELSE pr.price END AS pu) q
WHERE s <= 1 + fixture_gen.n('fdn', f.rowid, 3) + CASE WHEN f.rowid % 5 = 0 THEN 1 ELSE 0 END
ORDER BY f.rowid, s;

-- Commercial proposals: customers and prospects.
CREATE TABLE llx_propal (
    rowid serial PRIMARY KEY, ref varchar(30) NOT NULL, fk_soc integer, datep date, fk_statut smallint DEFAULT 0 NOT NULL, total_ht numeric(24, 8) DEFAULT 0,
    note_private text, note_public text
);
INSERT INTO llx_propal
SELECT k, 'PR' || to_char(dp, 'YYMM') || '-' || lpad(k::text, 4, '0'), c.i, dp, CASE WHEN k > 395 THEN 0 ELSE (ARRAY[1, 2, 2, 3, 4])[1 + fixture_gen.n('pst', k, 5)] END,
       round((900 + fixture_gen.n('pht', k, 25000))::numeric, 2),
       CASE WHEN fixture_gen.n('pnp', k, 4) = 0 THEN fixture_gen.pick(ARRAY['Concurrent : un cuisiniste de Villeurbanne, devis à 16 k€.', 'Client hésite, rappeler ' || c.first || ' le mardi matin.',
                'Budget serré : le mari est en chômage partiel.', 'Architecte prescripteur : ' || dlb_gen.first('ppa', k, 'FR') || ' ' || dlb_gen.last('ppl', k, 'FR') || ', commission 5 %.',
                'Relancé trois fois sans réponse.', 'Accord verbal, attend le déblocage du prêt travaux.'], 'pnpc', k) END,
       CASE fixture_gen.n('pnq', k, 3) WHEN 0 THEN 'Validité de l''offre : 30 jours. Délai de fabrication : 6 semaines après acompte.'
            WHEN 1 THEN CASE WHEN c.kind = 'pa' THEN 'Visite technique effectuée le ' || to_char(dp - 7, 'DD/MM/YYYY') || ' au ' || replace(c.street, E'\n', ', ') || ', ' || c.zip || ' ' || c.town || '.'
                             ELSE 'Offre établie selon les plans de l''architecte, indice C.' END END
FROM generate_series(1, 400) k JOIN dlb_gen.pr c ON c.rn = 1 + fixture_gen.n('psoc', k, (SELECT count(*) FROM dlb_gen.pr)::int),
LATERAL (SELECT date '2021-01-04' + (k * 29) / 10 AS dp) x ORDER BY k;
SELECT setval('llx_propal_rowid_seq', 400);

-- Orders: delivery instructions in the public note.
CREATE TABLE llx_commande (
    rowid serial PRIMARY KEY, ref varchar(30) NOT NULL, ref_client varchar(255), fk_soc integer NOT NULL, date_commande date, fk_statut smallint DEFAULT 0, total_ttc numeric(24, 8) DEFAULT 0,
    note_public text
);
INSERT INTO llx_commande
SELECT k, 'CO' || to_char(dc, 'YYMM') || '-' || lpad(k::text, 4, '0'), CASE WHEN c.kind = 'co' AND k % 3 = 0 THEN 'PO-' || fixture_gen.digits('crc', k, 6) END, c.i, dc,
       CASE WHEN k > 292 THEN 0 ELSE (ARRAY[1, 2, 3, 3, 3, -1])[1 + fixture_gen.n('cst', k, 6)] END, round((1100 + fixture_gen.n('cht', k, 30000))::numeric, 2),
       CASE WHEN c.kind = 'pa' AND k % 2 = 0 THEN 'Livraison : ' || replace(c.street, E'\n', ', ') || ', ' || c.zip || ' ' || c.town || ' – appeler ' || c.first || ' au '
                || dlb_gen.phone('sph', c.i, c.cc, true) || ' une heure avant.'
            WHEN c.kind <> 'pa' AND k % 4 = 1 THEN 'Livraison sur quai, de 7 h à 12 h. Prévoir le hayon.'
            WHEN k % 4 = 3 THEN 'Fabrication lancée, pose prévue semaine ' || (1 + k % 52) || '.' END
FROM generate_series(1, 300) k JOIN dlb_gen.cl c ON c.rn = 1 + fixture_gen.n('csoc', k, (SELECT count(*) FROM dlb_gen.cl)::int),
LATERAL (SELECT date '2021-01-11' + (k * 39) / 10 AS dc) x ORDER BY k;
SELECT setval('llx_commande_rowid_seq', 300);

-- Bank details: a French RIB key, and IBANs of France, Belgium, Spain and Germany.
CREATE FUNCTION dlb_gen.rib_key(banque text, guichet text, compte text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT lpad((97 - ((89 * banque::bigint + 15 * guichet::bigint + 3 * compte::bigint) % 97))::text, 2, '0') $$;

CREATE FUNCTION dlb_gen.iban_cc(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'FR' THEN fixture_gen.iban('FR', b || g || a || dlb_gen.rib_key(b, g, a))
    WHEN 'BE' THEN fixture_gen.iban('BE', be || lpad(CASE WHEN be::bigint % 97 = 0 THEN '97' ELSE (be::bigint % 97)::text END, 2, '0'))
    WHEN 'ES' THEN fixture_gen.iban('ES', fixture_gen.pick(ARRAY['2100', '0182', '0081', '2038'], tag, i) || fixture_gen.digits(tag || 'es', i, 16))
    ELSE fixture_gen.iban('DE', fixture_gen.pick(ARRAY['70150000', '37050198', '10070000', '68050101'], tag, i) || fixture_gen.digits(tag || 'de', i, 10)) END
  FROM (SELECT fixture_gen.pick(ARRAY['30004', '30002', '17806', '20041', '10096', '30066', '16807', '30003'], tag, i) AS b, fixture_gen.digits(tag || 'g', i, 5) AS g,
               fixture_gen.digits(tag || 'a', i, 11) AS a, fixture_gen.pick(ARRAY['001', '068', '735', '363', '143'], tag, i) || fixture_gen.digits(tag || 'be', i, 7) AS be) x
$$;

CREATE FUNCTION dlb_gen.bic_of(iban text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN iban LIKE 'FR%' THEN CASE substr(iban, 5, 5) WHEN '30004' THEN 'BNPAFRPP' WHEN '30002' THEN 'CRLYFRPP' WHEN '17806' THEN 'AGRIFRPP878' WHEN '20041' THEN 'PSSTFRPPLYO'
        WHEN '10096' THEN 'CMCIFRPP' WHEN '30066' THEN 'CMCIFRPA' WHEN '16807' THEN 'CCBPFRPPGRE' ELSE 'SOGEFRPP' END
    WHEN iban LIKE 'BE%' THEN CASE substr(iban, 5, 3) WHEN '001' THEN 'GEBABEBB' WHEN '068' THEN 'GKCCBEBB' WHEN '735' THEN 'KREDBEBB' WHEN '363' THEN 'BBRUBEBB' ELSE 'ARSPBE22' END
    WHEN iban LIKE 'ES%' THEN CASE substr(iban, 5, 4) WHEN '2100' THEN 'CAIXESBBXXX' WHEN '0182' THEN 'BBVAESMMXXX' WHEN '0081' THEN 'BSABESBBXXX' ELSE 'CAHMESMMXXX' END
    ELSE CASE substr(iban, 5, 8) WHEN '70150000' THEN 'SSKMDEMMXXX' WHEN '37050198' THEN 'COLSDE33XXX' WHEN '10070000' THEN 'DEUTDEBBXXX' ELSE 'SOLADES1FRB' END END
$$;

-- The company's own accounts in its three entities: banks, savings, a
-- loan, cash boxes, PayPal (the account number is the PayPal login),
-- Stripe, and the partners' current accounts, held by the partners.
CREATE TABLE llx_bank_account (
    rowid serial PRIMARY KEY, ref varchar(12) NOT NULL, label varchar(30) NOT NULL, bank varchar(60), code_banque varchar(128), code_guichet varchar(6), number varchar(255),
    bic varchar(11), iban_prefix varchar(34), domiciliation varchar(255), proprio varchar(60), owner_address text, courant smallint DEFAULT 0 NOT NULL
);
INSERT INTO llx_bank_account (ref, label, bank, code_banque, code_guichet, number, bic, iban_prefix, domiciliation, proprio, owner_address, courant)
SELECT v.ref, v.label, v.bank, v.b, v.g, CASE WHEN v.b IS NOT NULL THEN v.a || ' ' || dlb_gen.rib_key(v.b, v.g, v.a) WHEN v.num IS NOT NULL THEN v.num
           WHEN v.iban LIKE 'BE%' THEN substr(v.iban, 5, 3) || '-' || substr(v.iban, 8, 7) || '-' || substr(v.iban, 15, 2) WHEN v.iban LIKE 'ES%' THEN substr(v.iban, 5) END, v.bic,
       CASE WHEN v.b IS NOT NULL THEN fixture_gen.iban('FR', v.b || v.g || v.a || dlb_gen.rib_key(v.b, v.g, v.a)) ELSE v.iban END,
       v.dom, v.owner, v.addr, v.courant
FROM (VALUES
    ('BNP', 'BNP compte courant', 'BNP Paribas', '30004', '00823', '00010' || fixture_gen.digits('ba1', 1, 6), 'BNPAFRPP', NULL, NULL,
        'BNP Paribas Lyon Part-Dieu, 12 boulevard Marius Vivier Merle, 69003 Lyon', 'SARL Menuiserie Lacroix & Fils', E'24 rue Paul Bert\n69003 Lyon', 1),
    ('CA', 'Crédit Agricole pro', 'Crédit Agricole Centre-Est', '17806', '00410', '6' || fixture_gen.digits('ba2', 1, 10), 'AGRIFRPP878', NULL, NULL,
        'CA Centre-Est, agence Lyon Monplaisir, 110 avenue des Frères Lumière, 69008 Lyon', 'SARL Menuiserie Lacroix & Fils', E'24 rue Paul Bert\n69003 Lyon', 1),
    ('LBP', 'La Banque Postale', 'La Banque Postale', '20041', '01007', '1' || fixture_gen.digits('ba3', 1, 8) || '02', 'PSSTFRPPLYO', NULL, NULL,
        'Centre financier de Lyon', 'MENUISERIE LACROIX ET FILS', E'24 rue Paul Bert\n69003 Lyon', 1),
    ('CIC', 'CIC Lyonnaise de Banque', 'CIC', '10096', '18120', '000' || fixture_gen.digits('ba4', 1, 8), 'CMCIFRPP', NULL, NULL, 'CIC Lyon Brotteaux', 'SARL Menuiserie Lacroix & Fils', E'24 rue Paul Bert\n69003 Lyon', 1),
    ('LIVRET', 'Compte à terme', 'Crédit Agricole Centre-Est', '17806', '00410', '8' || fixture_gen.digits('ba5', 1, 10), 'AGRIFRPP878', NULL, NULL, NULL, 'SARL Menuiserie Lacroix & Fils', NULL, 0),
    ('PRET-CNC', 'Prêt machine CNC', 'CIC', '10096', '18120', '900' || fixture_gen.digits('ba6', 1, 8), 'CMCIFRPP', NULL, NULL, NULL, 'SARL Menuiserie Lacroix & Fils', NULL, 0),
    ('CAISSE', 'Caisse atelier', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2),
    ('CAISSE-SR', 'Caisse showroom', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2),
    ('PAYPAL', 'PayPal', 'PayPal', NULL, NULL, NULL, NULL, NULL, 'paiements@menuiserie-lacroix.example', NULL, 'Menuiserie Lacroix & Fils', NULL, 1),
    ('STRIPE', 'Stripe', 'Stripe', NULL, NULL, NULL, NULL, NULL, 'acct_1' || fixture_gen.chars('stacct', 1, 15), NULL, 'Menuiserie Lacroix & Fils', NULL, 1),
    ('CCA-NL', 'Compte courant associée NL', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Nadia Lacroix', E'8 chemin des Vignes\n69130 Écully', 0),
    ('CCA-HL', 'Compte courant associé HL', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Hugo Lacroix', E'41 montée de la Grande Côte\n69001 Lyon', 0),
    ('FORTIS', 'BNP Paribas Fortis', 'BNP Paribas Fortis', NULL, NULL, NULL, 'GEBABEBB', dlb_gen.iban_cc('BE', 'ba7', 0), NULL, 'Agence Ixelles Flagey', 'Menuiserie Lacroix Belgique SRL', E'Chaussée de Waterloo 412\n1050 Ixelles', 1),
    ('BELFIUS', 'Belfius', 'Belfius', NULL, NULL, NULL, 'GKCCBEBB', dlb_gen.iban_cc('BE', 'ba8', 1), NULL, NULL, 'Menuiserie Lacroix Belgique SRL', E'Chaussée de Waterloo 412\n1050 Ixelles', 1),
    ('KBC', 'KBC épargne', 'KBC', NULL, NULL, NULL, 'KREDBEBB', dlb_gen.iban_cc('BE', 'ba9', 2), NULL, NULL, 'Menuiserie Lacroix Belgique SRL', NULL, 0),
    ('CAISSE-BXL', 'Caisse Bruxelles', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2),
    ('CAIXA', 'CaixaBank', 'CaixaBank', NULL, NULL, NULL, 'CAIXESBBXXX', dlb_gen.iban_cc('ES', 'ba10', 0), NULL, 'Oficina Valencia Ruzafa', 'Carpintería Lacroix Valencia S.L.', E'Calle de Sorní, 14\n46004 Valencia', 1),
    ('BBVA', 'BBVA', 'BBVA', NULL, NULL, NULL, 'BBVAESMMXXX', dlb_gen.iban_cc('ES', 'ba11', 1), NULL, NULL, 'Carpintería Lacroix Valencia S.L.', E'Calle de Sorní, 14\n46004 Valencia', 1),
    ('SABADELL', 'Sabadell póliza', 'Banco Sabadell', NULL, NULL, NULL, 'BSABESBBXXX', dlb_gen.iban_cc('ES', 'ba12', 2), NULL, NULL, 'Carpintería Lacroix Valencia S.L.', NULL, 0),
    ('CAJA-VLC', 'Caja Valencia', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2)
) v(ref, label, bank, b, g, a, bic, iban, num, dom, owner, addr, courant);

-- Third parties' bank accounts (direct debit mandates, suppliers paid by
-- transfer) and cards saved through Stripe.
CREATE TABLE llx_societe_rib (
    rowid serial PRIMARY KEY, type varchar(32) DEFAULT 'ban' NOT NULL, fk_soc integer NOT NULL, label varchar(30), bic varchar(20), iban_prefix varchar(34), proprio varchar(60),
    owner_address varchar(255), default_rib smallint DEFAULT 0 NOT NULL, rum varchar(32), date_rum date, last_four varchar(4), exp_date_year integer, stripe_card_ref varchar(128),
    ipaddress varchar(68)
);
INSERT INTO llx_societe_rib (type, fk_soc, label, bic, iban_prefix, proprio, owner_address, default_rib, rum, date_rum, last_four, exp_date_year, stripe_card_ref, ipaddress)
SELECT 'ban', t.i, fixture_gen.pick(ARRAY['RIB principal', 'Compte pro', 'RIB', 'Prélèvement contrat entretien', NULL], 'rbl', t.i), dlb_gen.bic_of(ib.iban), ib.iban,
       CASE WHEN t.kind = 'co' THEN left(t.nom, 60) WHEN t.kind = 'st' THEN t.first || ' ' || t.last
            WHEN t.nom LIKE 'M. et Mme%' THEN 'M. ou Mme ' || t.first || ' ' || upper(t.last) ELSE CASE WHEN dlb_gen.fem(t.first) THEN 'Mme ' ELSE 'M. ' END || t.first || ' ' || t.last END,
       CASE WHEN t.r % 3 <> 0 THEN replace(t.street, E'\n', ', ') || ', ' || t.zip || ' ' || t.town END, 1,
       CASE WHEN t.client > 0 THEN 'RUM' || to_char(d.dr, 'YYMMDD') || '-' || lpad(t.i::text, 5, '0') || '-1' END, CASE WHEN t.client > 0 THEN d.dr END, NULL, NULL, NULL,
       CASE WHEN t.client > 0 AND t.r % 10 < 3 THEN fixture_gen.ipv4('rbip', t.i) END
FROM dlb_gen.tp t, LATERAL (SELECT dlb_gen.iban_cc(t.cc, 'rib', t.i) AS iban) ib, LATERAL (SELECT date '2021-02-01' + fixture_gen.n('rbd', t.i, 1200) AS dr) d
WHERE t.fourn = 1 OR (t.client > 0 AND t.r % 3 = 0)
UNION ALL
SELECT 'card', t.i, 'Carte ' || fixture_gen.pick(ARRAY['Visa', 'Mastercard', 'CB', 'American Express'], 'rbc', t.i), NULL, NULL,
       CASE WHEN t.kind = 'co' AND t.r % 2 = 0 THEN upper(left(t.nom, 40)) ELSE upper(dlb_gen.first('rbh', t.i, t.cc) || ' ' || t.last) END, NULL, 0, NULL, NULL,
       fixture_gen.digits('rb4', t.i, 4), 2025 + fixture_gen.n('rby', t.i, 5),
       CASE WHEN t.i % 2 = 0 THEN 'pm_1' || fixture_gen.chars('rbpm', t.i, 23) ELSE 'card_1' || fixture_gen.chars('rbpm', t.i, 23) END,
       CASE WHEN t.i % 5 = 0 THEN fixture_gen.ipv6('rbip', t.i) ELSE fixture_gen.ipv4('rbip', t.i) END
FROM dlb_gen.tp t WHERE t.client IN (1, 3) AND t.r % 4 = 1
ORDER BY 2, 1;

-- The agenda: calls, site visits, emails sent from Dolibarr (with the
-- message in note), and automatic events of validated documents.
CREATE TABLE llx_actioncomm (
    id serial PRIMARY KEY, ref varchar(30) NOT NULL, datep timestamp, code varchar(50), fk_user_action integer, fk_soc integer, fk_contact integer, label varchar(255) NOT NULL,
    note text, location varchar(128), email_msgid varchar(255), email_from varchar(255), email_to text, email_subject varchar(255)
);
INSERT INTO llx_actioncomm (ref, datep, code, fk_user_action, fk_soc, fk_contact, label, note, location, email_msgid, email_from, email_to, email_subject)
SELECT k::text, dp, a.code, us.i, t.i, ct.ck,
       CASE a.code
           WHEN 'AC_TEL' THEN fixture_gen.pick(ARRAY['Appel ' || who.name, 'Appel entrant : devis cuisine', 'Rappeler ' || who.name || ' pour la date de pose', 'Appel fournisseur (retard de livraison)'], 'acl', k)
           WHEN 'AC_RDV' THEN fixture_gen.pick(ARRAY['Visite technique chez ' || who.name, 'Métré cuisine', 'Réunion de chantier – ' || t.nom, 'Rendez-vous showroom avec ' || who.name, 'Réception des travaux'], 'acl', k)
           WHEN 'AC_EMAIL' THEN 'Email envoyé par ' || us.first || ' ' || us.last || ' à ' || who.name
           WHEN 'AC_OTH' THEN fixture_gen.pick(ARRAY['Salon Batimat – stand', 'Inventaire atelier', 'Formation sécurité machines', 'Livraison bois Jura'], 'acl', k)
           ELSE a.doc || ' ' || a.ref || ' validé' || CASE WHEN a.code = 'AC_BILL_VALIDATE' THEN 'e' ELSE '' END END,
       CASE a.code
           WHEN 'AC_TEL' THEN fixture_gen.pick(ARRAY['Rappeler ' || who.name || ' au ' || who.phone || ' pour fixer la visite technique.', 'Souhaite décaler la pose : son mari est hospitalisé.',
                'Pas de réponse, message laissé.', 'Veut ajouter un îlot central, refaire le devis.', 'Se plaint du bruit des coulisses, prévoir un passage SAV.', NULL], 'acn', k)
           WHEN 'AC_RDV' THEN fixture_gen.pick(ARRAY['Apporter les échantillons chêne et noyer.', 'Client absent, voisin a ouvert.', NULL, 'Mesures relevées, plan à refaire pour la fenêtre.'], 'acn', k)
           WHEN 'AC_EMAIL' THEN 'Bonjour ' || who.name || ',<br><br>' || fixture_gen.pick(ARRAY['Veuillez trouver ci-joint notre devis.', 'Veuillez trouver ci-joint votre facture.',
                'Comme convenu, la pose est planifiée la semaine prochaine.', 'Merci de nous indiquer un créneau pour la visite technique.'], 'acm', k)
                || '<br><br>Cordialement,<br>' || us.first || ' ' || us.last || '<br>Menuiserie Lacroix &amp; Fils<br>' || coalesce(us.mob, '04 78 60 12 10')
           WHEN 'AC_OTH' THEN NULL
           ELSE 'Auteur : ' || us.login || '<br>' || a.doc || ' ' || a.ref || ' validé' || CASE WHEN a.code = 'AC_BILL_VALIDATE' THEN 'e' ELSE '' END END,
       CASE WHEN a.code = 'AC_RDV' THEN CASE WHEN t.kind = 'pa' OR fixture_gen.n('aclo', k, 3) = 0 THEN replace(t.street, E'\n', ', ') || ', ' || t.zip || ' ' || t.town
                                             ELSE fixture_gen.pick(ARRAY['Showroom Lyon 3e', 'Atelier', 'Visio Teams', 'Sur chantier'], 'aclo', k) END
            WHEN a.code = 'AC_OTH' AND k % 2 = 0 THEN 'Paris Nord Villepinte' END,
       CASE WHEN a.code = 'AC_EMAIL' THEN '<' || to_char(dp, 'YYYYMMDDHH24MISS') || '.' || dlb_gen.hexn('acmid', k, 12) || '@dolibarr.menuiserie-lacroix.example>' END,
       CASE WHEN a.code = 'AC_EMAIL' THEN us.first || ' ' || us.last || ' <' || us.email || '>' END,
       CASE WHEN a.code = 'AC_EMAIL' THEN who.name || ' <' || who.email || '>' || CASE WHEN k % 5 = 0 THEN ', compta@' || coalesce(t.dom, 'menuiserie-lacroix.example') ELSE '' END END,
       CASE WHEN a.code = 'AC_EMAIL' THEN fixture_gen.pick(ARRAY['Devis PR' || to_char(dp, 'YYMM') || '-' || lpad((k % 400 + 1)::text, 4, '0') || ' – Menuiserie Lacroix & Fils',
                'Facture FA' || to_char(dp, 'YYMM') || '-' || lpad((k % 900 + 1)::text, 4, '0') || ' – Menuiserie Lacroix & Fils', 'Planning de pose – ' || who.name,
                'Re: visite technique', 'Votre cuisine : choix des poignées'], 'acs', k) END
FROM generate_series(1, 900) k
JOIN (SELECT u.i, u.first, u.last, u.login, fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last) || '@menuiserie-lacroix.example' AS email,
             CASE WHEN u.r % 10 < 6 THEN dlb_gen.phone('usm', u.i, u.cc, true) END AS mob, row_number() OVER (ORDER BY u.i) AS rn FROM dlb_gen.u u WHERE u.kind = 'staff' AND u.i < 44) us
  ON us.rn = 1 + fixture_gen.n('acu', k, 39)
JOIN dlb_gen.pr t ON t.rn = 1 + fixture_gen.n('acs', k, (SELECT count(*) FROM dlb_gen.pr)::int)
LEFT JOIN (SELECT k AS ck, soc, cc, first, last, dom FROM dlb_gen.ct) ct ON ct.soc = t.i AND ct.ck = (SELECT min(c2.k) FROM dlb_gen.ct c2 WHERE c2.soc = t.i),
LATERAL (SELECT CASE WHEN ct.ck IS NOT NULL THEN ct.first || ' ' || ct.last WHEN t.kind = 'co' THEN t.nom ELSE t.first || ' ' || t.last END AS name,
                CASE WHEN ct.ck IS NOT NULL THEN dlb_gen.phone('cpm', ct.ck, ct.cc, true) ELSE dlb_gen.phone('sph', t.i, t.cc, true) END AS phone,
                CASE WHEN ct.ck IS NOT NULL AND ct.dom IS NOT NULL THEN fixture_gen.ascii(ct.first) || '.' || fixture_gen.ascii(ct.last) || '@' || ct.dom
                     ELSE dlb_gen.mail(t.first, t.last, 'sml', t.i) END AS email) who,
LATERAL (SELECT timestamp '2021-01-04 08:00' + make_interval(hours => k * 31 + fixture_gen.n('acd', k, 9)) AS dp) d,
LATERAL (SELECT c AS code, CASE c WHEN 'AC_BILL_VALIDATE' THEN 'Facture' WHEN 'AC_PROPAL_VALIDATE' THEN 'Devis' ELSE 'Commande' END AS doc,
                CASE c WHEN 'AC_BILL_VALIDATE' THEN 'FA' WHEN 'AC_PROPAL_VALIDATE' THEN 'PR' ELSE 'CO' END || to_char(dp, 'YYMM') || '-' || lpad((k % 300 + 1)::text, 4, '0') AS ref
         FROM (SELECT (ARRAY['AC_TEL', 'AC_TEL', 'AC_RDV', 'AC_RDV', 'AC_EMAIL', 'AC_EMAIL', 'AC_EMAIL', 'AC_BILL_VALIDATE', 'AC_BILL_VALIDATE', 'AC_PROPAL_VALIDATE', 'AC_ORDER_VALIDATE', 'AC_OTH'])
                      [1 + fixture_gen.n('act', k, 12)] AS c) cc) a
ORDER BY k;

-- Mass mailing: one row per target of each campaign, with the tracking
-- tag of the open pixel, the link to the source record and bounces.
CREATE TABLE llx_mailing_cibles (
    rowid serial PRIMARY KEY, fk_mailing integer NOT NULL, fk_contact integer NOT NULL, lastname varchar(160), firstname varchar(160), email varchar(160) NOT NULL,
    other varchar(255), tag varchar(64), statut smallint DEFAULT 0 NOT NULL, source_url varchar(255), error_text varchar(255)
);
INSERT INTO llx_mailing_cibles (fk_mailing, fk_contact, lastname, firstname, email, other, tag, statut, source_url, error_text)
SELECT m, c.rowid, c.lastname, c.firstname, c.email, 'Société=' || coalesce(s.nom, '') || ';Ville=' || coalesce(c.town, s.town, ''), md5(c.email || ':' || m),
       st.statut, '<a href="/contact/card.php?id=' || c.rowid || '">' || coalesce(c.firstname || ' ', '') || c.lastname || '</a>',
       CASE WHEN st.statut = -1 THEN fixture_gen.pick(ARRAY['550 5.1.1 <' || c.email || '>: Recipient address rejected: User unknown in virtual mailbox table',
                '452 4.2.2 Mailbox full', 'Invalid email ' || c.email, '554 5.7.1 Message rejected as spam'], 'mce', c.rowid * 20 + m) END
FROM generate_series(1, 12) m JOIN llx_socpeople c ON c.email IS NOT NULL AND c.no_email = 0 AND fixture_gen.n('mcs' || m, c.rowid, 10) < 3
LEFT JOIN llx_societe s ON s.rowid = c.fk_soc,
LATERAL (SELECT CASE WHEN m = 12 THEN 0 WHEN fixture_gen.n('mcst', c.rowid * 20 + m, 40) = 0 THEN -1 WHEN fixture_gen.n('mcst', c.rowid * 20 + m, 40) < 14 THEN 2
                     WHEN fixture_gen.n('mcst', c.rowid * 20 + m, 40) = 14 THEN 3 ELSE 1 END AS statut) st
ORDER BY m, c.rowid;

-- Tickets: after-sales requests from the public form (origin_email, the
-- submitter's IP) and tickets created by staff.
CREATE TABLE llx_ticket (
    rowid serial PRIMARY KEY, ref varchar(128) NOT NULL, track_id varchar(128) NOT NULL, fk_soc integer DEFAULT 0, origin_email varchar(128), subject varchar(255), message text,
    fk_statut integer, datec timestamp, ip varchar(250), resolution text
);
INSERT INTO llx_ticket (ref, track_id, fk_soc, origin_email, subject, message, fk_statut, datec, ip, resolution)
SELECT 'TS' || to_char(dc, 'YYMM') || '-' || lpad(k::text, 4, '0'), fixture_gen.chars('tktr', k, 16, 'abcdefghijklmnopqrstuvwxyz0123456789'), CASE WHEN pub AND k % 4 = 0 THEN 0 ELSE t.i END,
       CASE WHEN pub THEN dlb_gen.mail(t.first, t.last, 'sml', t.i) END,
       fixture_gen.pick(ARRAY['Porte de placard qui frotte', 'Joint silicone noirci autour de l''évier', 'Demande de devis pour un escalier', 'Charnière cassée – cuisine posée en 2022',
           'Question sur la facture', 'Rayure sur le plan de travail', 'Tiroir qui ne ferme plus', 'Parquet qui gondole près de la baie vitrée', 'Délai de livraison ?'], 'tks', k),
       CASE fixture_gen.n('tkm', k, 5)
           WHEN 0 THEN 'Bonjour, je suis ' || t.first || ' ' || t.last || ', vous avez posé notre cuisine en mars. La porte du meuble haut gauche frotte. Pouvez-vous passer ? Je suis joignable au '
               || dlb_gen.phone('sph', t.i, t.cc, true) || ', ' || replace(t.street, E'\n', ', ') || ', ' || t.zip || ' ' || t.town || '.'
           WHEN 1 THEN 'La porte du meuble haut gauche frotte depuis l''été, pouvez-vous passer la régler ?'
           WHEN 2 THEN 'Bonjour, le tiroir à casseroles ne se ferme plus complètement depuis une semaine. Merci.'
           WHEN 3 THEN 'Bonjour,' || E'\n' || 'Suite à la pose, nous constatons une rayure sur le plan de travail. Photos jointes.' || E'\n' || 'Cordialement,' || E'\n' || t.first || ' ' || upper(t.last)
               || E'\n' || dlb_gen.phone('tkp', k, t.cc, true)
           ELSE 'Ma femme est enceinte et nous voudrions que les travaux soient finis avant fin juin. Est-ce possible ? ' || t.first || ' ' || t.last END,
       CASE WHEN k > 200 THEN 0 ELSE (ARRAY[8, 8, 8, 3, 9])[1 + fixture_gen.n('tkst', k, 5)] END, dc,
       CASE WHEN pub THEN CASE WHEN k % 6 = 0 THEN fixture_gen.ipv6('tkip', k) ELSE fixture_gen.ipv4('tkip', k) END END,
       CASE WHEN k <= 200 AND k % 3 = 0 THEN fixture_gen.pick(ARRAY['Remplacement de la charnière sous garantie.', 'Réglage effectué par ' || fixture_gen.pick(ARRAY['Moussa', 'Julien', 'Yasmine'], 'tkr', k) || ' le ' || to_char(dc + interval '5 days', 'DD/MM') || '.',
                'Hors garantie : devis envoyé.', 'Client injoignable, ticket clos.'], 'tkres', k) END
FROM generate_series(1, 220) k JOIN dlb_gen.cl t ON t.rn = 1 + fixture_gen.n('tksoc', k, (SELECT count(*) FROM dlb_gen.cl)::int),
LATERAL (SELECT timestamp '2022-03-01 09:00' + make_interval(hours => k * 37) AS dc, k % 10 < 7 AS pub) x
ORDER BY k;

-- Expense reports, leave requests and salary payments of the staff.
CREATE TABLE llx_expensereport (
    rowid serial PRIMARY KEY, ref varchar(50) NOT NULL, fk_user_author integer NOT NULL, date_debut date NOT NULL, date_fin date NOT NULL, total_ttc numeric(24, 8) DEFAULT 0,
    fk_statut integer NOT NULL, note_private text
);
INSERT INTO llx_expensereport (ref, fk_user_author, date_debut, date_fin, total_ttc, fk_statut, note_private)
SELECT 'ER' || to_char(dd, 'YYMM') || '-' || lpad(k::text, 4, '0'), u.i, dd, dd + fixture_gen.n('erd', k, 5), round((25 + fixture_gen.n('ert', k, 900))::numeric, 2),
       CASE WHEN k > 155 THEN 0 ELSE (ARRAY[2, 5, 6, 6, 6, 99])[1 + fixture_gen.n('ers', k, 6)] END,
       CASE fixture_gen.n('ern', k, 6) WHEN 0 THEN 'Nuit d''hôtel pour le chantier de Grenoble.' WHEN 1 THEN 'Repas avec ' || dlb_gen.first('erf', k, 'FR') || ' ' || dlb_gen.last('erl', k, 'FR') || ' (architecte).'
            WHEN 2 THEN 'Consultation chez le kiné après l''accident du travail du ' || to_char(dd - 10, 'DD/MM') || '.' WHEN 3 THEN 'Péages et carburant, livraisons Annecy.' END
FROM generate_series(1, 160) k JOIN dlb_gen.u u ON u.i = 2 + fixture_gen.n('eru', k, 39),
LATERAL (SELECT date '2021-01-15' + k * 8 AS dd) x ORDER BY k;

CREATE TABLE llx_holiday (
    rowid serial PRIMARY KEY, ref varchar(30) NOT NULL, fk_user integer NOT NULL, fk_type integer NOT NULL, date_debut date NOT NULL, date_fin date NOT NULL, description varchar(255),
    statut integer NOT NULL DEFAULT 1, detail_refuse varchar(250)
);
INSERT INTO llx_holiday (ref, fk_user, fk_type, date_debut, date_fin, description, statut, detail_refuse)
SELECT 'HL' || to_char(dd, 'YYMM') || '-' || lpad(k::text, 4, '0'), u.i, y.ty, dd, dd + y.len, y.descr, y.st,
       CASE WHEN y.st = 5 THEN fixture_gen.pick(ARRAY['Période de forte activité (chantier de l''hôtel).', 'Deux poseurs déjà absents cette semaine-là.', 'Demande trop tardive.'], 'hlr', k) END
FROM generate_series(1, 220) k JOIN dlb_gen.u u ON u.i = 2 + fixture_gen.n('hlu', k, 39),
LATERAL (SELECT date '2021-01-04' + k * 6 AS dd) x,
LATERAL (SELECT (ARRAY[3, 3, 3, 4, 4, 1, 2])[1 + fixture_gen.n('hlt', k, 7)] AS ty, (ARRAY[4, 9, 13, 0, 1, 2, 20])[1 + fixture_gen.n('hll', k, 7)] AS len,
                CASE WHEN k > 212 THEN 1 ELSE (ARRAY[3, 3, 3, 3, 4, 5])[1 + fixture_gen.n('hls', k, 6)] END AS st,
                (ARRAY['Vacances en Bretagne', 'Congés d''été', '', '', 'Pont de l''Ascension', 'Opération du genou (arrêt prévu trois semaines)', 'Mariage de ma sœur', 'Enfant malade',
                       'Déménagement', 'Congé paternité', 'Rendez-vous à l''hôpital (suivi de grossesse)', 'Obsèques de mon père', ''])[1 + fixture_gen.n('hld', k, 13)] AS descr) y
ORDER BY k;

CREATE TABLE llx_salary (
    rowid serial PRIMARY KEY, ref varchar(30), fk_user integer NOT NULL, datesp date, dateep date, amount numeric(24, 8) NOT NULL DEFAULT 0, label varchar(255), num_payment varchar(50), note text
);
INSERT INTO llx_salary (ref, fk_user, datesp, dateep, amount, label, num_payment, note)
SELECT (row_number() OVER (ORDER BY m, u.i))::text, u.i, ds, (ds + interval '1 month' - interval '1 day')::date,
       round((coalesce(us.salary, 24000) / 12 * 0.78 + CASE WHEN extract(month FROM ds) = 12 THEN 400 ELSE 0 END)::numeric, 2),
       CASE WHEN u.r % 10 < 3 THEN 'Salaire ' || to_char(ds, 'MM/YYYY') || ' – ' || u.first || ' ' || u.last ELSE 'Salaire ' || to_char(ds, 'MM/YYYY') END,
       CASE WHEN m % 3 = 0 THEN 'VIR' || fixture_gen.digits('salv', u.i * 100 + m, 8) END,
       CASE WHEN extract(month FROM ds) = 12 AND u.i % 2 = 0 THEN 'Prime de fin d''année incluse.' WHEN u.i = 14 AND m % 2 = 0 THEN 'Saisie sur salaire (pension alimentaire) : 310 €.'
            WHEN u.i = 23 AND m = 7 THEN 'Acompte de 500 € déduit.' END
FROM generate_series(1, 14) m JOIN dlb_gen.u u ON u.kind = 'staff' AND u.i < 44 AND u.ent = 1 JOIN llx_user us ON us.rowid = u.i,
LATERAL (SELECT date '2023-03-01' + make_interval(months => m) AS ds0) y, LATERAL (SELECT y.ds0::date AS ds) z
ORDER BY m, u.i;

-- The security event log: logins (the login typed, failed ones too), the
-- client's IP and user agent.
CREATE TABLE llx_events (
    rowid serial PRIMARY KEY, type varchar(32) NOT NULL, dateevent timestamp, fk_user integer, description varchar(250) NOT NULL, ip varchar(250) NOT NULL, user_agent varchar(255),
    authentication_method varchar(64)
);
INSERT INTO llx_events (type, dateevent, fk_user, description, ip, user_agent, authentication_method)
SELECT e.ty, timestamp '2023-06-01 07:00' + make_interval(mins => k * 271), CASE WHEN e.ty = 'USER_LOGIN_FAILED' AND k % 3 = 0 THEN NULL ELSE u.i END,
       CASE e.ty
           WHEN 'USER_LOGIN' THEN '(UserLogged,' || u.login || ') - TZ=' || CASE WHEN u.ent = 1 OR u.ent = 2 THEN '1;TZString=Europe/' || CASE u.ent WHEN 1 THEN 'Paris' ELSE 'Brussels' END
               ELSE '1;TZString=Europe/Madrid' END || ';Screen=' || fixture_gen.pick(ARRAY['1920x969', '1536x730', '2560x1297', '390x664'], 'evsc', k)
           WHEN 'USER_LOGIN_FAILED' THEN 'Identifiant ou mot de passe incorrect - login=' || CASE k % 3 WHEN 0 THEN fixture_gen.pick(ARRAY['admin', 'administrator', 'root', 'test'], 'evbf', k)
               WHEN 1 THEN u.login ELSE coalesce(fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last) || '@menuiserie-lacroix.example', u.login) END
           WHEN 'USER_LOGOUT' THEN '(UserLogoff,' || u.login || ')'
           WHEN 'USER_MODIFY' THEN 'Modification de l''utilisateur ' || u.login
           WHEN 'USER_NEW_PASSWORD' THEN 'Changement de mot de passe pour ' || u.login
           ELSE 'Utilisateur ' || u.login || ' activé' END,
       CASE WHEN e.ty = 'USER_LOGIN_FAILED' AND k % 3 = 0 THEN fixture_gen.ipv4('evbfip', k / 30) WHEN u.i = 42 THEN '51.91.23.140'
            WHEN fixture_gen.n('evip', k, 3) = 0 THEN '81.250.112.' || (30 + u.i % 5) WHEN fixture_gen.n('evip', k, 3) = 1 THEN fixture_gen.ipv4('evip', u.i * 10 + k % 4) ELSE fixture_gen.ipv6('evip', u.i * 10 + k % 4) END,
       CASE WHEN u.i = 42 THEN 'WooCommerce/8.7.0; https://www.menuiserie-lacroix.example' WHEN e.ty = 'USER_LOGIN_FAILED' AND k % 3 = 0 THEN 'python-requests/2.31.0'
            ELSE fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
                'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
                'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
                'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36',
                'DoliDroid/6.1 (Android 13; Samsung Galaxy Tab A8)'], 'evua', u.i * 3 + k % 2) END,
       CASE WHEN u.i = 42 THEN 'api' WHEN u.ldap THEN 'ldap' WHEN u.ent IN (2, 3) AND u.i % 2 = 0 THEN 'googleoauth' ELSE 'dolibarr' END
FROM generate_series(1, 1600) k
JOIN (SELECT x.*, x.ent = 1 AND x.kind = 'staff' AND x.r % 10 < 6 AS ldap, row_number() OVER (ORDER BY x.i) AS rn FROM dlb_gen.u x WHERE x.i NOT IN (43, 44, 45, 46, 47, 48)) u
  ON u.rn = 1 + fixture_gen.n('evu', k, 42),
LATERAL (SELECT (ARRAY['USER_LOGIN', 'USER_LOGIN', 'USER_LOGIN', 'USER_LOGIN', 'USER_LOGIN', 'USER_LOGIN', 'USER_LOGIN_FAILED', 'USER_LOGIN_FAILED', 'USER_LOGOUT', 'USER_LOGOUT',
                       'USER_MODIFY', 'USER_NEW_PASSWORD', 'USER_ENABLEDISABLE'])[1 + fixture_gen.n('evt', k, 13)] AS ty) e
ORDER BY k;

-- OAuth tokens: users' Google and Microsoft tokens for sending mail and the
-- calendar, Stripe Connect. token is PHP's serialize() of the library's
-- token object; tokenstring its JSON.
CREATE TABLE llx_oauth_token (
    rowid serial PRIMARY KEY, service varchar(36), token text, tokenstring text, fk_user integer, fk_soc integer, restricted_ips varchar(200), datec timestamp
);
INSERT INTO llx_oauth_token (service, token, tokenstring, fk_user, fk_soc, restricted_ips, datec)
SELECT o.service,
       'O:33:"OAuth\OAuth2\Token\StdOAuth2Token":4:{s:11:"accessToken";s:' || octet_length(o.at) || ':"' || o.at || '";s:12:"refreshToken";s:' || octet_length(o.rt) || ':"' || o.rt
           || '";s:9:"endOfLife";i:' || (1714000000 + k * 3600) || ';s:11:"extraParams";a:2:{s:5:"scope";s:' || octet_length(o.scope) || ':"' || o.scope || '";s:10:"token_type";s:6:"Bearer";}}',
       json_build_object('access_token', o.at, 'expires_in', 3599, 'refresh_token', o.rt, 'scope', o.scope, 'token_type', 'Bearer',
           'id_token', CASE WHEN o.service LIKE 'Google%' THEN fixture_gen.jwt('oaid', k) END)::text,
       o.uid, o.soc, CASE WHEN k % 7 = 0 THEN '81.250.112.30,81.250.112.34' WHEN k = 12 THEN fixture_gen.ipv4('oaip', k) END,
       timestamp '2023-09-01 10:00' + make_interval(days => k * 9)
FROM generate_series(1, 22) k,
LATERAL (SELECT CASE WHEN k <= 14 THEN 'Google-' || (ARRAY['Mail', 'Calendar'])[1 + k % 2] WHEN k <= 19 THEN 'Microsoft-Mail' WHEN k = 20 THEN 'StripeLive' ELSE 'GitHub' END AS service,
                CASE WHEN k <= 14 THEN 'ya' || '29.' || fixture_gen.chars('oaat', k, 160, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
                     WHEN k <= 19 THEN 'EwB' || fixture_gen.chars('oaat', k, 200, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
                     WHEN k = 20 THEN 'sk' || '_live_' || fixture_gen.chars('oaat', k, 99) ELSE 'gh' || 'o_' || fixture_gen.chars('oaat', k, 36) END AS at,
                CASE WHEN k <= 14 THEN '1//0' || fixture_gen.chars('oart', k, 99, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
                     WHEN k <= 19 THEN 'M.C5' || fixture_gen.chars('oart', k, 150, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*$') ELSE '' END AS rt,
                CASE WHEN k <= 14 AND k % 2 = 1 THEN 'https://mail.google.com/' WHEN k <= 14 THEN 'https://www.googleapis.com/auth/calendar' WHEN k <= 19 THEN 'https://outlook.office.com/SMTP.Send offline_access'
                     WHEN k = 20 THEN 'read_write' ELSE 'repo' END AS scope,
                CASE WHEN k <= 19 THEN 2 + (k * 5) % 38 WHEN k = 20 THEN 2 ELSE 12 END AS uid, NULL::int AS soc) o
ORDER BY k;

-- The company's website (the Website module): catalogue pages, the team
-- page with staff names and direct lines, customer testimonials, the legal
-- notice naming the publisher.
CREATE TABLE llx_website_page (
    rowid serial PRIMARY KEY, pageurl varchar(255) NOT NULL, title varchar(255), description varchar(255), keywords varchar(255), content text, author_alias varchar(64),
    date_creation timestamp
);
INSERT INTO llx_website_page (pageurl, title, description, keywords, content, author_alias, date_creation)
SELECT v.url, v.title, v.descr, v.kw, v.content, v.author, timestamp '2022-02-01 10:00' + make_interval(days => v.k * 23)
FROM (VALUES
    (1, 'index', 'Menuiserie Lacroix & Fils – menuisier à Lyon depuis 1962', 'Cuisines, escaliers, dressings et parquets sur mesure, fabriqués dans notre atelier lyonnais.',
        'menuisier lyon, cuisine sur mesure, escalier bois', '<section class="hero"><h1>Le bois, sur mesure</h1><p>Depuis trois générations, notre atelier du 3e arrondissement dessine, fabrique et pose vos cuisines, escaliers et dressings.</p><a href="/devis.php" class="btn">Demander un devis</a></section>', 'Webmaster'),
    (2, 'cuisines', 'Cuisines sur mesure', 'Cuisines en chêne, noyer ou laquées, conçues avec vous et posées par nos compagnons.', 'cuisine bois, cuisine chêne',
        '<h1>Cuisines sur mesure</h1><p>Façades massives, caissons PEFC, plans de travail en bois, pierre ou céramique. Comptez six semaines de fabrication.</p>', 'Webmaster'),
    (3, 'escaliers', 'Escaliers en bois', 'Escaliers droits, quart tournant ou hélicoïdaux.', 'escalier bois lyon', '<h1>Escaliers</h1><p>Limons massifs, marches de 40 mm, garde-corps bois, métal ou verre.</p>', 'Webmaster'),
    (4, 'dressings', 'Dressings et placards', 'Rangements sur mesure sous pente, en niche ou en pièce dédiée.', 'dressing sur mesure', '<h1>Dressings</h1><p>Portes coulissantes ou battantes, éclairage LED intégré.</p>', 'Webmaster'),
    (5, 'parquets', 'Parquets massifs', 'Pose et rénovation de parquets.', 'parquet massif, vitrification', '<h1>Parquets</h1><p>Pose collée ou clouée, ponçage et vitrification.</p>', 'Webmaster'),
    (6, 'atelier', 'Notre atelier', 'Une machine CNC et des mains d''artisans.', 'atelier menuiserie', '<h1>L''atelier</h1><p>600 m² rue Paul Bert, une CNC 5 axes, une cabine de vernissage à eau.</p>', 'Nadia L.'),
    (7, 'equipe', 'L''équipe', 'Les femmes et les hommes de la menuiserie.', 'équipe',
        '<h1>L''équipe</h1><ul>' || (SELECT string_agg('<li><img src="/medias/equipe/' || fixture_gen.ascii(u.first) || '.jpg" alt=""><strong>' || u.first || ' ' || u.last || '</strong> – '
            || coalesce(us.job, '') || ' – ligne directe ' || us.office_phone || '</li>', '' ORDER BY u.i) FROM dlb_gen.u u JOIN llx_user us ON us.rowid = u.i WHERE u.ent = 1 AND u.kind = 'staff' AND u.i < 14) || '</ul>',
        'Nadia L.'),
    (8, 'contact', 'Contact', 'Showroom, atelier, horaires.', 'contact menuiserie lyon',
        '<h1>Contact</h1><p>Showroom : 24 rue Paul Bert, 69003 Lyon – du mardi au samedi, 9 h–18 h.<br>Tél. 04 78 60 12 10 – <a href="mailto:contact@menuiserie-lacroix.example">contact@menuiserie-lacroix.example</a></p><p>Bruxelles : Chaussée de Waterloo 412, 1050 Ixelles.</p>', 'Webmaster'),
    (9, 'mentions-legales', 'Mentions légales', NULL, NULL,
        '<h1>Mentions légales</h1><p>SARL Menuiserie Lacroix &amp; Fils, capital 80 000 €, RCS Lyon B ' || dlb_gen.siren('own', 1) || '. Directrice de la publication : Nadia Lacroix. Hébergeur : OVH, 2 rue Kellermann, 59100 Roubaix.</p>', 'Webmaster'),
    (10, 'cgv', 'Conditions générales de vente', NULL, NULL, '<h1>CGV</h1><p>Acompte de 30 % à la commande. Le solde est payable à la réception des travaux. Garantie décennale SMABTP.</p>', 'Webmaster'),
    (11, 'confidentialite', 'Politique de confidentialité', NULL, NULL, '<h1>Données personnelles</h1><p>Vos données servent à traiter vos demandes de devis. Délégué à la protection des données : Hugo Lacroix, dpo@menuiserie-lacroix.example.</p>', 'Webmaster'),
    (12, 'devis', 'Demander un devis', 'Formulaire de demande de devis.', NULL, '<h1>Votre projet</h1><form method="post" action="/public/ticket/create_ticket.php"><input name="email" type="email"><textarea name="message"></textarea></form>', 'Webmaster'),
    (13, 'realisations', 'Nos réalisations', 'Quelques chantiers récents.', NULL, '<h1>Réalisations</h1><div class="grid"><a href="/blog-cuisine-villeurbanne">Cuisine à Villeurbanne</a><a href="/blog-escalier-ecully">Escalier à Écully</a></div>', 'Webmaster'),
    (14, 'blog-cuisine-villeurbanne', 'Une cuisine en noyer à Villeurbanne', 'Rénovation complète d''une cuisine des années 70.', 'cuisine noyer',
        '<h1>Une cuisine en noyer</h1><p>« Nous sommes ravis, l''équipe a été très soigneuse. » — Marie D., Villeurbanne</p><p>Six semaines de fabrication, trois jours de pose.</p>', 'Hugo L.'),
    (15, 'blog-escalier-ecully', 'Un escalier hélicoïdal à Écully', NULL, 'escalier hélicoïdal', '<h1>Escalier hélicoïdal</h1><p>Un escalier en frêne de 14 marches pour une maison d''architecte.</p>', 'Hugo L.'),
    (16, 'blog-parquet-hotel', 'Le parquet de l''Hôtel des Célestins', 'Trois cents mètres carrés de chêne.', NULL, '<h1>Hôtel des Célestins</h1><p>Merci à toute l''équipe de l''hôtel pour sa confiance.</p>', 'Hugo L.'),
    (17, 'blog-bibliotheque', 'Une bibliothèque sous escalier', NULL, NULL, '<h1>Bibliothèque</h1><p>Chaque centimètre compte : des niches de 28 cm sous un escalier existant.</p>', 'Nadia L.'),
    (18, 'blog-salon-batimat', 'Retour sur Batimat', 'Nos découvertes au salon.', NULL, '<h1>Batimat</h1><p>Nouveaux vernis à l''eau, nouvelles charnières, et beaucoup de café.</p>', 'Hugo L.'),
    (19, 'blog-apprentissage', 'Nous recrutons un apprenti', 'Offre d''apprentissage CAP menuisier.', 'apprentissage menuisier',
        '<h1>Apprentissage</h1><p>Envoyez votre CV à recrutement@menuiserie-lacroix.example. Votre tuteur sera Julien, chef d''atelier.</p>', 'Nadia L.'),
    (20, 'blog-temoignage-garcia', 'Témoignage : la cuisine de Carmen et José', NULL, NULL,
        '<h1>La cuisine de Carmen et José</h1><p>« Nous habitons rue des Lilas depuis vingt ans et n''avions jamais osé refaire la cuisine. » Carmen G., 66 ans, Lyon 3e.</p>', 'Hugo L.'),
    (21, 'faq', 'Questions fréquentes', NULL, NULL, '<h1>FAQ</h1><p>Quels délais ? Quelles essences ? Faut-il un acompte ? Réponses ici.</p>', 'Webmaster'),
    (22, 'bruxelles', 'Notre agence de Bruxelles', NULL, NULL, '<h1>Bruxelles</h1><p>Showroom chaussée de Waterloo, ouvert du mercredi au samedi.</p>', 'Webmaster'),
    (23, 'valencia', 'Carpintería Lacroix en Valencia', NULL, NULL, '<h1>Valencia</h1><p>Cocinas y armarios a medida desde 2019.</p>', 'Webmaster'),
    (24, 'entretien-bois', 'Entretenir ses meubles en bois', 'Conseils d''entretien.', 'entretien huile bois', '<h1>Entretien</h1><p>Une couche d''huile par an suffit pour un plan de travail en chêne.</p>', 'Julien H.'),
    (25, 'fsc-pefc', 'Bois certifiés', NULL, 'fsc pefc', '<h1>Bois certifiés</h1><p>Tous nos panneaux sont certifiés PEFC, nos bois exotiques FSC.</p>', 'Webmaster'),
    (26, '404', 'Page introuvable', NULL, NULL, '<h1>Oups</h1><p>Cette page n''existe pas.</p>', NULL)
) v(k, url, title, descr, kw, content, author);

-- Bank lines: statements imported or entered: customer transfers naming
-- the payer, cheques with their issuer, direct debits, card payments and
-- salaries naming the employee.
CREATE TABLE llx_bank (
    rowid serial PRIMARY KEY, datev date, amount numeric(24, 8) DEFAULT 0 NOT NULL, label varchar(255), fk_account integer, num_chq varchar(50), fk_type varchar(6), emetteur varchar(255),
    banque varchar(255)
);
INSERT INTO llx_bank (datev, amount, label, fk_account, num_chq, fk_type, emetteur, banque)
SELECT date '2021-01-04' + (k * 3) / 5, CASE WHEN b.ty IN ('VIR_IN', 'CHQ', 'LIQ') THEN 1 ELSE -1 END * round((20 + fixture_gen.n('bka', k, 6000) * CASE WHEN b.ty = 'SAL' THEN 0.4 ELSE 1 END)::numeric, 2),
       CASE b.ty
           WHEN 'VIR_IN' THEN CASE WHEN k % 4 = 0 THEN '(CustomerInvoicePayment)' ELSE 'VIR SEPA ' || CASE WHEN t.kind = 'pa' THEN fixture_gen.pick(ARRAY['M ', 'MME ', 'M OU MME '], 'bkc', k) || upper(fixture_gen.ascii(t.last)) || ' ' || upper(fixture_gen.ascii(t.first)) ELSE upper(t.nom) END
               || ' FA' || to_char(date '2021-01-04' + (k * 3) / 5, 'YYMM') || '-' || lpad((k % 900 + 1)::text, 4, '0') END
           WHEN 'CHQ' THEN '(CustomerInvoicePayment)'
           WHEN 'PRE' THEN 'PRLV SEPA ' || fixture_gen.pick(ARRAY['URSSAF RHONE-ALPES', 'EDF PRO', 'SMABTP', 'ORANGE BUSINESS', 'DGFIP TVA', 'AG2R LA MONDIALE', 'LOCAM CNC'], 'bkp', k)
           WHEN 'CB' THEN 'CB ' || fixture_gen.pick(ARRAY['BRICO PRO LYON', 'STATION TOTAL ECULLY', 'QUINCAILLERIE MODERNE', 'SNCF INTERNET', 'RESTAURANT LE COMPTOIR', 'AMAZON EU'], 'bkcb', k)
                || ' ' || to_char(date '2021-01-04' + (k * 3) / 5, 'DD/MM')
           WHEN 'SAL' THEN 'VIR SALAIRE ' || (ARRAY['JANVIER', 'FEVRIER', 'MARS', 'AVRIL', 'MAI', 'JUIN', 'JUILLET', 'AOUT', 'SEPTEMBRE', 'OCTOBRE', 'NOVEMBRE', 'DECEMBRE'])[extract(month FROM date '2021-01-04' + (k * 3) / 5)::int] || ' ' || to_char(date '2021-01-04' + (k * 3) / 5, 'YYYY') || ' ' || upper(fixture_gen.ascii(u.last)) || ' ' || u.first
           WHEN 'FOURN' THEN 'VIR ' || upper(s.nom) || ' ' || fixture_gen.pick(ARRAY['FACT ', 'F', 'INV-'], 'bkf', k) || fixture_gen.digits('bkf', k, 6)
           ELSE 'Dépôt espèces' END,
       CASE WHEN b.ty = 'LIQ' THEN 7 WHEN k % 11 = 0 THEN 2 ELSE 1 END,
       CASE WHEN b.ty = 'CHQ' THEN fixture_gen.digits('bkchq', k, 7) END, CASE b.ty WHEN 'VIR_IN' THEN 'VIR' WHEN 'SAL' THEN 'VIR' WHEN 'FOURN' THEN 'VIR' ELSE b.ty END,
       CASE WHEN b.ty = 'CHQ' THEN CASE WHEN t.kind = 'pa' THEN CASE WHEN t.nom LIKE 'M. et Mme%' THEN t.nom ELSE upper(t.last) || ' ' || t.first END ELSE t.nom END END,
       CASE WHEN b.ty = 'CHQ' THEN fixture_gen.pick(ARRAY['Crédit Mutuel', 'LCL', 'Caisse d''Épargne', 'Société Générale', 'Crédit Agricole', 'La Banque Postale', 'BNP Paribas', 'Banque Populaire'], 'bkbq', k) END
FROM generate_series(1, 1800) k
JOIN dlb_gen.cl t ON t.rn = 1 + fixture_gen.n('bksoc', k, (SELECT count(*) FROM dlb_gen.cl)::int)
JOIN dlb_gen.u u ON u.i = 2 + fixture_gen.n('bku', k, 29)
JOIN (SELECT row_number() OVER (ORDER BY i) AS rn, nom FROM dlb_gen.tp WHERE fourn = 1) s ON s.rn = 1 + fixture_gen.n('bks', k, 100),
LATERAL (SELECT (ARRAY['VIR_IN', 'VIR_IN', 'VIR_IN', 'CHQ', 'CHQ', 'PRE', 'PRE', 'CB', 'CB', 'SAL', 'FOURN', 'FOURN', 'LIQ'])[1 + fixture_gen.n('bkt', k, 13)] AS ty) b
ORDER BY k;

SET client_min_messages = warning;
DROP SCHEMA dlb_gen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
