-- classify-eval fixture (HOLDOUT 69: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Joomla 5.1 site on PostgreSQL with VirtueMart 4.2 (the shop) and Community
-- Builder 2.9 (the members' area), in the naming their install scripts
-- create with the random table prefix xk7f2_. The organisation is WTC
-- Zwinstreek Brugge vzw, a cycling club in Bruges: its members (Flemish,
-- Walloon and Brussels, Moroccan-, Turkish- and Congolese-Belgian, Dutch,
-- Polish and British riders living around Bruges) have Joomla accounts and
-- Community Builder profiles with birth dates, national register numbers,
-- cycling licence numbers, emergency contacts, IBANs for the membership
-- direct debit, Strava profiles and medical notes; the club shop sells kit
-- and entries to its cyclosportive to members and to riders of many
-- countries (Netherlands, UK, Germany, France, Denmark, Poland, Japan,
-- Colombia, the US), with billing and shipping addresses, order notes,
-- order histories, custom names printed on jerseys and the Stripe payment
-- plugin's records. Joomla's own tables: users (bcrypt and a few argon2
-- hashes, activation tokens, legacy two-factor columns), user profiles
-- (the profile plugin's address and birth date keys and the API token
-- plugin's seeds), notes the board keeps on members, remember-me keys with
-- user agents, the MFA table, sessions with serialized user objects,
-- contacts (the board, road captains and sponsors), articles (ride
-- reports naming riders; metadata with authors), private messages between
-- board members, the action log, privacy requests and consents, mail
-- templates (some with their own SMTP account), extensions and their
-- parameters (the reCAPTCHA secret), custom fields and their values,
-- redirects with referrers, banner clients (sponsors), content history
-- (versions of contacts and articles), WebAuthn credentials. Community
-- Builder's profiles, field definitions, connections and the CB Invites
-- plugin's invitations.
-- What could not be checked: written from memory of Joomla 5.1's
-- installation/sql/postgresql/base.sql (types as Joomla's PostgreSQL
-- scripts give them: serial keys, timestamp without time zone, smallint
-- flags, JSON kept as text, camel-case columns quoted). VirtueMart and
-- Community Builder ship MySQL install scripts only; their tables here are
-- those scripts translated to PostgreSQL types (tinyint to smallint,
-- datetime to timestamp), their camel-case columns quoted, and the
-- bookkeeping columns locked_on and locked_by left out of VirtueMart's
-- tables. The Stripe payment plugin is a third-party plugin: its table
-- follows VirtueMart's payment plugin pattern, its own columns are a guess,
-- and so are the columns of the CB Invites table. Column lists of
-- VirtueMart's orders and Community Builder's fields table may differ
-- slightly from a real install (columns added or renamed between
-- releases); whether Joomla encrypts the WebAuthn credential column, and
-- the exact JoomlaStorage session format, are from memory too. Loaded after
-- ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÓÉ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDOE')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking base64 characters; lower: lower-case alphanumerics.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
-- b64u: base64url without padding of len random bytes.
CREATE FUNCTION pgen.b64u(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, len), '+/', '-_'), '=') $$;
CREATE FUNCTION pgen.b64s(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(encode(convert_to(s, 'UTF8'), 'base64'), E'\n', '') $$;
-- at: a timestamp (without time zone, as Joomla stores them) between two.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;
-- bcrypt as PHP's password_hash writes it; argon2id for a few newer ones.
CREATE FUNCTION pgen.pwhash(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i % 23 = 7
    THEN '$argon2id' || '$v=19$m=65536,t=4,p=1$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag, i, 32), '=')
    ELSE '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END
$$;
-- PHP serialize of a string.
CREATE FUNCTION pgen.ser(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(convert_to(coalesce(s, ''), 'UTF8')) || ':"' || coalesce(s, '') || '";' $$;
-- Belgian IBAN: bank code, account, the BBAN's own mod-97 check, then the IBAN check.
CREATE FUNCTION pgen.be_iban(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.iban('BE', d || lpad(CASE WHEN d::bigint % 97 = 0 THEN 97 ELSE d::bigint % 97 END::text, 2, '0'))
  FROM (SELECT fixture_gen.pick(ARRAY['001', '068', '063', '737', '979', '363', '143', '751', '290'], tag, i) || fixture_gen.digits(tag, i, 7) AS d) x
$$;
CREATE FUNCTION pgen.fmt_iban(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(s, 1, 4) || ' ' || substr(s, 5, 4) || ' ' || substr(s, 9, 4) || ' ' || substr(s, 13, 4) || CASE WHEN length(s) > 16 THEN ' ' || substr(s, 17) ELSE '' END $$;
-- Belgian national register number: birth date, serial (odd for men), mod-97 check.
CREATE FUNCTION pgen.rrn(dob date, male boolean, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(dob, 'YY.MM.DD') || '-' || lpad(s::text, 3, '0') || '.' ||
         lpad((97 - (CASE WHEN dob >= date '2000-01-01' THEN ('2' || to_char(dob, 'YYMMDD') || lpad(s::text, 3, '0'))::bigint
                          ELSE (to_char(dob, 'YYMMDD') || lpad(s::text, 3, '0'))::bigint END % 97))::text, 2, '0')
  FROM (SELECT 1 + 2 * fixture_gen.n(tag, i, 498) + CASE WHEN male THEN 0 ELSE 1 END AS s) x
$$;
-- Belgian enterprise (KBO) number with its mod-97 check, as BE0xxx.xxx.xxx.
CREATE FUNCTION pgen.kbo(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'BE' || substr(d || c, 1, 4) || '.' || substr(d || c, 5, 3) || '.' || substr(d || c, 8, 3)
  FROM (SELECT d, lpad((97 - d::bigint % 97)::text, 2, '0') AS c FROM (SELECT '0' || (4 + fixture_gen.n(tag, i, 5))::text || fixture_gen.digits(tag, i, 6) AS d) y) x
$$;

-- Cultures: country, VirtueMart country id, women's and men's first names, surnames, mail domains, language.
CREATE TABLE pgen.cu (c text PRIMARY KEY, cc text, vmc int, cname text, fem text[], male text[], lasts text[], domains text[], lang text);
INSERT INTO pgen.cu VALUES
 ('vl', 'BE', 21, 'Belgium', ARRAY['Katrien', 'Sofie', 'Lies', 'Marleen', 'Annelies', 'Griet', 'Hanne', 'Lotte', 'Elke', 'Nele'], ARRAY['Jan', 'Koen', 'Pieter', 'Wout', 'Stijn', 'Ruben', 'Jens', 'Bart', 'Tim', 'Dries'],
   ARRAY['Vanneste', 'Vandenbroucke', 'Declercq', 'Maes', 'Peeters', 'Desmet', 'Vermeersch', 'Goossens', 'Verhaeghe', 'Van Acker', 'De Meulemeester', 'Lagae', 'Vandamme', 'Debruyne', 'Vercruysse', 'Dewulf'],
   ARRAY['telenet.be', 'skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be'], 'nl-BE'),
 ('wa', 'BE', 21, 'Belgium', ARRAY['Aurélie', 'Céline', 'Manon', 'Élodie', 'Camille'], ARRAY['Julien', 'Maxime', 'Thomas', 'Arnaud', 'Quentin'],
   ARRAY['Dubois', 'Lambert', 'Lejeune', 'Dupont', 'Lemaire', 'Renard', 'Collignon', 'Delvaux'], ARRAY['skynet.be', 'gmail.com', 'voo.be'], 'fr-FR'),
 ('ma', 'BE', 21, 'Belgium', ARRAY['Fatima', 'Samira', 'Nadia', 'Imane', 'Yasmina'], ARRAY['Youssef', 'Mohamed', 'Bilal', 'Ilias', 'Karim'],
   ARRAY['El Amrani', 'Benali', 'Ouali', 'Azzouzi', 'El Khattabi', 'Bouzid', 'Haddouchi', 'Amrani'], ARRAY['gmail.com', 'hotmail.com', 'outlook.be'], 'nl-BE'),
 ('tr', 'BE', 21, 'Belgium', ARRAY['Elif', 'Zeynep', 'Ayşe', 'Selin'], ARRAY['Emre', 'Mehmet', 'Burak', 'Can'],
   ARRAY['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'], ARRAY['gmail.com', 'hotmail.com'], 'nl-BE'),
 ('cd', 'BE', 21, 'Belgium', ARRAY['Christelle', 'Grâce', 'Divine', 'Merveille'], ARRAY['Patrick', 'Jean-Marie', 'Héritier', 'Cédric'],
   ARRAY['Mbuyi', 'Kabongo', 'Tshibanda', 'Lukusa', 'Mukendi', 'Ilunga'], ARRAY['gmail.com', 'yahoo.fr', 'skynet.be'], 'fr-FR'),
 ('nl', 'NL', 150, 'Netherlands', ARRAY['Sanne', 'Femke', 'Lotte', 'Eva'], ARRAY['Daan', 'Bram', 'Thijs', 'Ruben'],
   ARRAY['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'de Jong', 'van Dijk', 'Smit'], ARRAY['ziggo.nl', 'kpnmail.nl', 'gmail.com'], 'nl-NL'),
 ('gb', 'GB', 222, 'United Kingdom', ARRAY['Amelia', 'Isla', 'Freya', 'Poppy'], ARRAY['Oliver', 'Harry', 'George', 'Arthur'],
   ARRAY['Taylor', 'Hughes', 'Khan', 'Evans', 'Wright', 'Clarke', 'Shah', 'Okonjo'], ARRAY['gmail.com', 'btinternet.com', 'hotmail.co.uk'], 'en-GB'),
 ('de', 'DE', 81, 'Germany', ARRAY['Lena', 'Marie', 'Hannah', 'Sophie'], ARRAY['Jonas', 'Felix', 'Lukas', 'Maximilian'],
   ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Schäfer', 'Richter'], ARRAY['gmx.de', 'web.de', 't-online.de'], 'de-DE'),
 ('fr', 'FR', 73, 'France', ARRAY['Léa', 'Chloé', 'Camille', 'Manon'], ARRAY['Mathieu', 'Antoine', 'Nicolas', 'Julien'],
   ARRAY['Martin', 'Bernard', 'Lefèvre', 'Moreau', 'Girard', 'Roux'], ARRAY['orange.fr', 'free.fr', 'laposte.net'], 'fr-FR'),
 ('pl', 'PL', 170, 'Poland', ARRAY['Joanna', 'Magdalena', 'Zofia', 'Agnieszka'], ARRAY['Paweł', 'Krzysztof', 'Michał', 'Łukasz'],
   ARRAY['Nowak', 'Wójcik', 'Kowalczyk', 'Mazur', 'Krawczyk', 'Zając', 'Król', 'Wróbel'], ARRAY['wp.pl', 'onet.pl', 'gmail.com'], 'pl-PL'),
 ('jp', 'JP', 107, 'Japan', ARRAY['Yui', 'Aoi', 'Hina', 'Mio'], ARRAY['Haruto', 'Sota', 'Riku', 'Yuto'],
   ARRAY['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito'], ARRAY['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'], 'en-GB'),
 ('co', 'CO', 47, 'Colombia', ARRAY['Valentina', 'Camila', 'Daniela', 'Mariana'], ARRAY['Andrés', 'Santiago', 'Sebastián', 'Juan Pablo'],
   ARRAY['Rodríguez', 'Gómez', 'Quintero', 'Ospina', 'Cárdenas', 'Restrepo'], ARRAY['gmail.com', 'hotmail.com', 'une.net.co'], 'es-ES'),
 ('dk', 'DK', 57, 'Denmark', ARRAY['Freja', 'Ida', 'Emma', 'Clara'], ARRAY['Mads', 'Mikkel', 'Rasmus', 'Frederik'],
   ARRAY['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen'], ARRAY['gmail.com', 'mail.dk', 'outlook.dk'], 'en-GB'),
 ('us', 'US', 223, 'United States', ARRAY['Emily', 'Ashley', 'Madison', 'Jasmine'], ARRAY['Michael', 'Jacob', 'Tyler', 'Brandon'],
   ARRAY['Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Nguyen'], ARRAY['gmail.com', 'yahoo.com', 'comcast.net'], 'en-GB');

CREATE FUNCTION pgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN c IN ('vl', 'wa', 'ma', 'tr', 'cd') THEN CASE fixture_gen.n(tag || 'f', i, 4)
      WHEN 0 THEN '04' || (70 + fixture_gen.n(tag, i, 30)) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2)
      WHEN 1 THEN '+32 4' || (70 + fixture_gen.n(tag, i, 30)) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2)
      WHEN 2 THEN '04' || (70 + fixture_gen.n(tag, i, 30)) || '/' || fixture_gen.digits(tag || 'a', i, 2) || '.' || fixture_gen.digits(tag || 'b', i, 2) || '.' || fixture_gen.digits(tag || 'c', i, 2)
      ELSE '04' || (70 + fixture_gen.n(tag, i, 30)) || fixture_gen.digits(tag || 'a', i, 6) END
    WHEN c = 'nl' THEN '+31 6 ' || fixture_gen.digits(tag, i, 8)
    WHEN c = 'gb' THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN c = 'de' THEN '+49 1' || (5 + fixture_gen.n(tag, i, 3)) || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 8)
    WHEN c = 'fr' THEN '06 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN c = 'pl' THEN '+48 5' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN c = 'jp' THEN '090-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN c = 'co' THEN '+57 3' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN c = 'dk' THEN '+45 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    ELSE '(' || (201 + fixture_gen.n(tag, i, 700)) || ') ' || (200 + fixture_gen.n(tag || 'y', i, 700)) || '-' || fixture_gen.digits(tag || 'x', i, 4) END
$$;

-- A landline in Bruges (050) for some Belgian households.
CREATE FUNCTION pgen.landline(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '050 ' || (31 + fixture_gen.n(tag, i, 60)) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) $$;

-- Street line, postcode and town by culture (the Belgian ones mostly around Bruges).
CREATE FUNCTION pgen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN c IN ('vl', 'ma', 'tr', 'cd') OR (c = 'wa' AND i % 2 = 0) THEN fixture_gen.pick(ARRAY['Langestraat', 'Ezelstraat', 'Smedenstraat', 'Gistelse Steenweg', 'Kortrijkse Steenweg', 'Torhoutse Steenweg',
        'Baron Ruzettelaan', 'Sint-Pieterskaai', 'Vlamingstraat', 'Dorpsstraat', 'Moerkerkse Steenweg', 'Zeeweg', 'Koning Albert I-laan', 'Kerkstraat', 'Stationsstraat', 'Lodewijk Coiseaukaai'], tag, i)
      || ' ' || (1 + fixture_gen.n(tag || 'n', i, 240)) || CASE WHEN i % 6 = 0 THEN ' bus ' || (1 + fixture_gen.n(tag || 'b', i, 12)) WHEN i % 11 = 0 THEN 'A' ELSE '' END
    WHEN c = 'wa' THEN fixture_gen.pick(ARRAY['Rue de la Loi', 'Chaussée d''Ixelles', 'Rue de Fer', 'Avenue Louise', 'Rue Saint-Gilles'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 180))
    WHEN c = 'nl' THEN fixture_gen.pick(ARRAY['Walstraat', 'Noordweg', 'Lange Delft', 'Prinsengracht', 'Oudegracht', 'Kanaalweg'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 300)) || CASE WHEN i % 4 = 0 THEN '-II' ELSE '' END
    WHEN c = 'gb' THEN CASE WHEN i % 3 = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 24)) || ', ' ELSE '' END || (1 + fixture_gen.n(tag || 'n', i, 200)) || ' ' || fixture_gen.pick(ARRAY['Victoria Road', 'Church Lane', 'Mill Road', 'Kingsway', 'Albert Terrace'], tag, i)
    WHEN c = 'de' THEN fixture_gen.pick(ARRAY['Aachener Straße', 'Lindenallee', 'Venloer Straße', 'Hauptstraße', 'Bahnhofstraße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))
    WHEN c = 'fr' THEN (1 + fixture_gen.n(tag || 'n', i, 120)) || ' ' || fixture_gen.pick(ARRAY['rue Nationale', 'rue Esquermoise', 'boulevard de la Liberté', 'rue du Sec-Arembault'], tag, i)
    WHEN c = 'pl' THEN 'ul. ' || fixture_gen.pick(ARRAY['Floriańska', 'Marszałkowska', 'Świdnicka', 'Długa'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90)) || '/' || (1 + fixture_gen.n(tag || 'a', i, 40))
    WHEN c = 'jp' THEN (1 + fixture_gen.n(tag || 'n', i, 5)) || '-' || (1 + fixture_gen.n(tag || 'a', i, 20)) || '-' || (1 + fixture_gen.n(tag || 'b', i, 30)) || ' ' || fixture_gen.pick(ARRAY['Honcho', 'Sakaemachi', 'Midori-cho', 'Asahi-cho', 'Chuo'], tag, i)
         || CASE WHEN i % 3 = 0 THEN ', Sakura Mansion ' || (101 + fixture_gen.n(tag || 'r', i, 500)) ELSE '' END
    WHEN c = 'co' THEN fixture_gen.pick(ARRAY['Calle', 'Carrera', 'Transversal'], tag, i) || ' ' || (10 + fixture_gen.n(tag || 'n', i, 120)) || ' # ' || (1 + fixture_gen.n(tag || 'a', i, 90)) || '-' || (1 + fixture_gen.n(tag || 'b', i, 80))
    WHEN c = 'dk' THEN fixture_gen.pick(ARRAY['Nørrebrogade', 'Vesterbrogade', 'Jægersborggade', 'Strandvejen'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 200)) || CASE WHEN i % 3 = 0 THEN ', 2. tv' ELSE '' END
    ELSE (100 + fixture_gen.n(tag || 'n', i, 9000)) || ' ' || fixture_gen.pick(ARRAY['Pine St', 'Maple Ave', 'N Clark St', 'Congress Ave'], tag, i) || CASE WHEN i % 3 = 0 THEN ' Apt ' || (1 + fixture_gen.n(tag || 'a', i, 40)) ELSE '' END END
$$;

CREATE FUNCTION pgen.place(c text, tag text, i bigint) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN c IN ('vl', 'ma', 'tr', 'cd') OR (c = 'wa' AND i % 2 = 0) THEN (ARRAY[ARRAY['8000', 'Brugge'], ARRAY['8000', 'Brugge'], ARRAY['8000', 'Brugge'], ARRAY['8200', 'Sint-Andries'], ARRAY['8200', 'Sint-Michiels'],
        ARRAY['8310', 'Assebroek'], ARRAY['8310', 'Sint-Kruis'], ARRAY['8340', 'Damme'], ARRAY['8020', 'Oostkamp'], ARRAY['8210', 'Zedelgem'], ARRAY['8300', 'Knokke-Heist'], ARRAY['8400', 'Oostende'],
        ARRAY['8730', 'Beernem'], ARRAY['8380', 'Zeebrugge'], ARRAY['8490', 'Jabbeke'], ARRAY['9000', 'Gent']])[1 + fixture_gen.n(tag, i, 16):1 + fixture_gen.n(tag, i, 16)]
    WHEN c = 'wa' THEN (ARRAY[ARRAY['1000', 'Bruxelles'], ARRAY['1050', 'Ixelles'], ARRAY['5000', 'Namur'], ARRAY['4000', 'Liège']])[1 + fixture_gen.n(tag, i, 4):1 + fixture_gen.n(tag, i, 4)]
    WHEN c = 'nl' THEN (ARRAY[ARRAY['4331 ' || fixture_gen.chars(tag, i, 2, 'ABCDEGHJKLMNPRSTVWXZ'), 'Middelburg'], ARRAY['4501 ' || fixture_gen.chars(tag, i, 2, 'ABCDEGHJKLMNPRSTVWXZ'), 'Oostburg'],
        ARRAY['4381 ' || fixture_gen.chars(tag, i, 2, 'ABCDEGHJKLMNPRSTVWXZ'), 'Vlissingen'], ARRAY['3511 ' || fixture_gen.chars(tag, i, 2, 'ABCDEGHJKLMNPRSTVWXZ'), 'Utrecht']])[1 + fixture_gen.n(tag, i, 4):1 + fixture_gen.n(tag, i, 4)]
    WHEN c = 'gb' THEN (ARRAY[ARRAY['LS6 ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ'), 'Leeds'], ARRAY['BS8 ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ'), 'Bristol'],
        ARRAY['CT1 ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ'), 'Canterbury'], ARRAY['E8 ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ'), 'London']])[1 + fixture_gen.n(tag, i, 4):1 + fixture_gen.n(tag, i, 4)]
    WHEN c = 'de' THEN (ARRAY[ARRAY['50672', 'Köln'], ARRAY['52062', 'Aachen'], ARRAY['40213', 'Düsseldorf'], ARRAY['48143', 'Münster']])[1 + fixture_gen.n(tag, i, 4):1 + fixture_gen.n(tag, i, 4)]
    WHEN c = 'fr' THEN (ARRAY[ARRAY['59000', 'Lille'], ARRAY['59140', 'Dunkerque'], ARRAY['62100', 'Calais'], ARRAY['75011', 'Paris']])[1 + fixture_gen.n(tag, i, 4):1 + fixture_gen.n(tag, i, 4)]
    WHEN c = 'pl' THEN (ARRAY[ARRAY['31-0' || fixture_gen.digits(tag, i, 2), 'Kraków'], ARRAY['00-' || fixture_gen.digits(tag, i, 3), 'Warszawa'], ARRAY['50-' || fixture_gen.digits(tag, i, 3), 'Wrocław']])[1 + fixture_gen.n(tag, i, 3):1 + fixture_gen.n(tag, i, 3)]
    WHEN c = 'jp' THEN (ARRAY[ARRAY['150-' || fixture_gen.digits(tag, i, 4), 'Tokyo'], ARRAY['530-' || fixture_gen.digits(tag, i, 4), 'Osaka'], ARRAY['810-' || fixture_gen.digits(tag, i, 4), 'Fukuoka']])[1 + fixture_gen.n(tag, i, 3):1 + fixture_gen.n(tag, i, 3)]
    WHEN c = 'co' THEN (ARRAY[ARRAY['050021', 'Medellín'], ARRAY['110111', 'Bogotá'], ARRAY['150001', 'Tunja']])[1 + fixture_gen.n(tag, i, 3):1 + fixture_gen.n(tag, i, 3)]
    WHEN c = 'dk' THEN (ARRAY[ARRAY['2200', 'København N'], ARRAY['8000', 'Aarhus C'], ARRAY['5000', 'Odense C']])[1 + fixture_gen.n(tag, i, 3):1 + fixture_gen.n(tag, i, 3)]
    ELSE (ARRAY[ARRAY['97209', 'Portland'], ARRAY['80302', 'Boulder'], ARRAY['60614', 'Chicago']])[1 + fixture_gen.n(tag, i, 3):1 + fixture_gen.n(tag, i, 3)] END
$$;

-- People. 1-170 club members (Joomla accounts with Community Builder
-- profiles; 1-12 the board and road captains, who use the back end);
-- 171-260 shop customers who registered at checkout; 261-420 guest buyers.
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, cc text, vmc int, cname text, female boolean, first text, last text, full_name text, sal text, email text,
  phone text, phone2 text, street text, street2 text, zip text, city text, state_id int, company text, dob date, rrn text, uci text, iban text, username text, lang text);
CREATE FUNCTION pgen.add_people(lo int, hi int, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, cc, vmc, cname, female, first, last, lang)
  SELECT i, cu.c, cu.cc, cu.vmc, cu.cname, f,
         CASE WHEN f THEN cu.fem[1 + fixture_gen.n('pf', i, cardinality(cu.fem))] ELSE cu.male[1 + fixture_gen.n('pm', i, cardinality(cu.male))] END,
         cu.lasts[1 + fixture_gen.n('pl', i, cardinality(cu.lasts))], cu.lang
  FROM generate_series(lo, hi) i CROSS JOIN LATERAL (SELECT fixture_gen.n('pfem', i, 100) < 34 AS f) g JOIN pgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pc', i)
$$;
DO $$ BEGIN
  PERFORM pgen.add_people(1, 170, ARRAY['vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'vl', 'wa', 'wa', 'ma', 'ma', 'ma', 'tr', 'tr', 'cd', 'cd', 'nl', 'nl', 'pl', 'gb']);
  PERFORM pgen.add_people(171, 420, ARRAY['vl', 'vl', 'vl', 'vl', 'wa', 'ma', 'tr', 'cd', 'nl', 'nl', 'nl', 'gb', 'gb', 'de', 'de', 'fr', 'fr', 'pl', 'jp', 'co', 'dk', 'us']);
END $$;
-- The board: chair, vice-chair, secretary, treasurer, webmaster, shop and kit, road captains, youth, events.
UPDATE pgen.p p SET c = v.c, cc = 'BE', vmc = 21, cname = 'Belgium', female = v.f, first = v.fi, last = v.la, lang = CASE WHEN v.c = 'wa' THEN 'fr-FR' ELSE 'nl-BE' END
FROM (VALUES (1, 'vl', false, 'Koen', 'Desmet'), (2, 'wa', true, 'Aurélie', 'Lambert'), (3, 'vl', true, 'Marleen', 'Vercruysse'), (4, 'vl', true, 'Katrien', 'Vermeersch'),
  (5, 'ma', false, 'Youssef', 'El Amrani'), (6, 'vl', false, 'Pieter', 'Lagae'), (7, 'vl', false, 'Dries', 'Vandamme'), (8, 'tr', false, 'Emre', 'Kaya'),
  (9, 'cd', true, 'Christelle', 'Mbuyi'), (10, 'vl', false, 'Wout', 'Debruyne'), (11, 'vl', true, 'Griet', 'Dewulf'), (12, 'vl', false, 'Stijn', 'Verhaeghe')) v(i, c, f, fi, la)
WHERE p.i = v.i;

UPDATE pgen.p SET
  full_name = CASE WHEN c = 'jp' AND i % 3 = 0 THEN upper(last) || ' ' || first WHEN c IN ('vl', 'wa') AND i % 29 = 0 THEN upper(last) || ' ' || first ELSE first || ' ' || last END,
  sal = CASE WHEN lang IN ('nl-BE', 'nl-NL') THEN CASE WHEN female THEN 'Mevr.' ELSE 'Dhr.' END WHEN lang = 'fr-FR' THEN CASE WHEN female THEN 'Mme' ELSE 'M.' END
             WHEN lang = 'de-DE' THEN CASE WHEN female THEN 'Frau' ELSE 'Herr' END ELSE CASE WHEN female THEN 'Ms' ELSE 'Mr' END END,
  phone = pgen.phone(c, 'pph', i),
  phone2 = CASE WHEN cc = 'BE' AND i % 4 = 0 THEN pgen.landline('pll', i) WHEN i % 9 = 0 THEN pgen.phone(c, 'pph2', i) END,
  street = pgen.street(c, 'pst', i),
  street2 = CASE WHEN i % 13 = 0 AND c = 'gb' THEN 'Hyde Park' WHEN i % 17 = 0 THEN CASE WHEN cc = 'BE' THEN 'Residentie Zonneweelde' WHEN c = 'fr' THEN 'Bâtiment B' WHEN c = 'us' THEN 'Suite 200' ELSE 'c/o ' || fixture_gen.last_name('pco2', i) END END,
  zip = (pgen.place(c, 'pzip', i))[1][1], city = (pgen.place(c, 'pzip', i))[1][2],
  dob = date '1952-01-01' + fixture_gen.n('pdob', i, 365 * 54),
  uci = '100' || fixture_gen.digits('puci', i, 8),
  company = CASE WHEN i % 3 = 1 THEN NULL WHEN cc = 'BE' THEN fixture_gen.pick(ARRAY['AZ Sint-Jan Brugge', 'Port of Antwerp-Bruges', 'Vives Hogeschool', 'Stad Brugge', 'Colruyt Group', 'Fietsen Vandenbroucke bv',
         'Bakkerij De Molen', 'KBC Bank', 'Deloitte Belgium', 'Freelance', 'Boekhoudkantoor Maes & Co', 'Atlas Copco Airpower', 'Sint-Lodewijkscollege', 'Brugse Zeevaart nv'], 'pcomp', i)
       ELSE fixture_gen.pick(ARRAY['Rapha Racing Ltd', 'Shimano Europe B.V.', 'Universidad de Antioquia', 'Novo Nordisk A/S', 'Toyota Motor Europe', 'Decathlon SE', 'Freelance', 'NHS Leeds',
         'Rabobank', 'Uber Technologies', 'Politechnika Krakowska', 'Stadt Köln'], 'pcomp', i) END;
UPDATE pgen.p SET
  state_id = CASE WHEN c = 'us' THEN CASE city WHEN 'Portland' THEN 38 WHEN 'Boulder' THEN 6 ELSE 14 END ELSE 0 END,
  rrn = CASE WHEN cc = 'BE' THEN pgen.rrn(dob, NOT female, 'prrn', i) END,
  iban = CASE WHEN cc = 'BE' THEN pgen.be_iban('piban', i) WHEN c = 'nl' THEN fixture_gen.iban('NL', fixture_gen.pick(ARRAY['RABO', 'INGB', 'ABNA'], 'pnlb', i) || fixture_gen.digits('pnl', i, 10))
              WHEN c = 'de' THEN fixture_gen.iban('DE', '37050198' || fixture_gen.digits('pde', i, 10)) ELSE fixture_gen.iban_for('pib', i) END;
UPDATE pgen.p SET email = CASE fixture_gen.n('pem', i, 5)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || (i % 89)::text
    WHEN 2 THEN pgen.fold(first) || '_' || pgen.fold(last) WHEN 3 THEN pgen.fold(first) || to_char(dob, 'YY') ELSE pgen.fold(last) || '.' || pgen.fold(first) END || '@'
  || fixture_gen.pick(cu.domains, 'pdom', i)
FROM pgen.cu cu WHERE cu.c = pgen.p.c;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE pgen.p SET username = CASE fixture_gen.n('pun', i, 6)
    WHEN 0 THEN email WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last)
    WHEN 2 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 3 THEN pgen.fold(first) || to_char(dob, 'YY')
    WHEN 4 THEN fixture_gen.pick(ARRAY['koersbeest', 'kasseivreter', 'zwinrijder', 'muurvanGeraardsbergen', 'pedaleur', 'flandrien', 'bergop', 'tegenwind'], 'punn', i) || (i % 97)::text
    ELSE pgen.fold(first) || '_' || pgen.fold(last) END;
UPDATE pgen.p SET username = pgen.fold(first) || '.' || pgen.fold(last) WHERE i <= 12;
UPDATE pgen.p p SET username = p.username || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Joomla user ids: the installer's super user is 237; people 1-260 are 400 + i.
CREATE FUNCTION pgen.uid(i int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 400 + i $$;

CREATE FUNCTION pgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
    'Mozilla/5.0 (iPad; CPU OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36'], tag, i)
$$;
-- Belgian (Telenet, Proximus, Orange) and foreign client addresses.
CREATE FUNCTION pgen.ip(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i % 9 = 4 THEN fixture_gen.ipv6(tag, i)
    WHEN cc = 'BE' THEN fixture_gen.pick(ARRAY['81.82.', '84.195.', '94.224.', '109.130.', '178.116.', '91.180.', '213.119.'], tag, i) || fixture_gen.n(tag || 'c', i, 256) || '.' || (1 + fixture_gen.n(tag || 'd', i, 254))
    ELSE fixture_gen.ipv4(tag, i) END
$$;

-- ---------------------------------------------------------------------------
-- Joomla users, groups, profiles, notes, remember-me keys, MFA, sessions.

CREATE TABLE xk7f2_users (
  id serial NOT NULL, name varchar(400) DEFAULT '' NOT NULL, username varchar(150) DEFAULT '' NOT NULL, email varchar(100) DEFAULT '' NOT NULL,
  password varchar(100) DEFAULT '' NOT NULL, block smallint DEFAULT 0 NOT NULL, "sendEmail" smallint DEFAULT 0, "registerDate" timestamp without time zone NOT NULL,
  "lastvisitDate" timestamp without time zone, activation varchar(100) DEFAULT '' NOT NULL, params text NOT NULL, "lastResetTime" timestamp without time zone,
  "resetCount" bigint DEFAULT 0 NOT NULL, "otpKey" varchar(1000) DEFAULT '' NOT NULL, otep varchar(1000) DEFAULT '' NOT NULL, "requireReset" smallint DEFAULT 0,
  "authProvider" varchar(100) DEFAULT '' NOT NULL, PRIMARY KEY (id)
);
CREATE INDEX xk7f2_users_idx_name ON xk7f2_users (name);
CREATE INDEX xk7f2_users_idx_block ON xk7f2_users (block);
CREATE UNIQUE INDEX xk7f2_users_idx_username ON xk7f2_users (username);
CREATE INDEX xk7f2_users_email ON xk7f2_users (email);
INSERT INTO xk7f2_users VALUES (237, 'Super User', 'zwinadmin', 'webmaster@wtc-zwinstreek.example', pgen.pwhash('upw', 0), 0, 1, '2016-02-11 20:14:09', '2024-06-27 21:48:33', '',
  '{"admin_style":"","admin_language":"nl-BE","language":"","editor":"tinymce","timezone":"Europe/Brussels","a11y_mono":"0","a11y_contrast":"0","a11y_highlight":"0","a11y_font":"0"}',
  NULL, 0, '', '', 0, '');
INSERT INTO xk7f2_users
SELECT pgen.uid(p.i), CASE WHEN p.i % 31 = 0 THEN p.first ELSE p.full_name END, p.username, p.email, pgen.pwhash('upw', p.i),
       CASE WHEN p.i % 41 = 17 OR p.i IN (97, 233) THEN 1 ELSE 0 END,
       CASE WHEN p.i <= 6 THEN 1 ELSE 0 END,
       r.reg, CASE WHEN p.i % 41 = 17 THEN NULL ELSE pgen.at('ulv', p.i, greatest(r.reg, timestamp '2023-09-01'), timestamp '2024-06-28 07:30:00') END,
       CASE WHEN p.i % 41 = 17 THEN md5('act' || p.i) ELSE '' END,
       '{"admin_style":"","admin_language":"","language":"' || CASE WHEN p.i % 4 = 0 THEN '' ELSE p.lang END || '","editor":"' || CASE WHEN p.i <= 12 THEN 'tinymce' ELSE '' END
         || '","timezone":"' || CASE WHEN p.cc = 'BE' OR p.i % 3 = 0 THEN '' ELSE CASE p.c WHEN 'gb' THEN 'Europe/London' WHEN 'jp' THEN 'Asia/Tokyo' WHEN 'co' THEN 'America/Bogota' WHEN 'us' THEN 'America/Chicago' ELSE 'Europe/Amsterdam' END END
         || '","a11y_mono":"0","a11y_contrast":"0","a11y_highlight":"0","a11y_font":"' || CASE WHEN p.i % 37 = 3 THEN '1' ELSE '0' END || '"}',
       CASE WHEN p.i % 7 = 2 THEN pgen.at('urt', p.i, timestamp '2022-01-01', timestamp '2024-06-20') END,
       CASE WHEN p.i % 7 = 2 THEN 1 + fixture_gen.n('urc', p.i, 3) ELSE 0 END,
       CASE WHEN p.i IN (3, 4, 6, 12, 44) THEN 'totp:' || fixture_gen.b64('otpk', p.i, 120) ELSE '' END,
       CASE WHEN p.i IN (3, 4, 6, 12, 44) THEN fixture_gen.b64('otep', p.i, 180) ELSE '' END,
       CASE WHEN p.i IN (58, 131) THEN 1 ELSE 0 END, ''
FROM pgen.p p CROSS JOIN LATERAL (SELECT CASE WHEN p.i <= 12 THEN pgen.at('ureg', p.i, timestamp '2016-02-12', timestamp '2018-12-31')
                                               WHEN p.i <= 170 THEN pgen.at('ureg', p.i, timestamp '2016-03-01', timestamp '2024-05-30')
                                               ELSE pgen.at('ureg', p.i, timestamp '2020-03-01', timestamp '2024-06-25') END AS reg) r
WHERE p.i <= 260 ORDER BY p.i;

CREATE TABLE xk7f2_usergroups (id serial NOT NULL, parent_id bigint DEFAULT 0 NOT NULL, lft bigint DEFAULT 0 NOT NULL, rgt bigint DEFAULT 0 NOT NULL, title varchar(100) DEFAULT '' NOT NULL, PRIMARY KEY (id));
INSERT INTO xk7f2_usergroups VALUES (1, 0, 0, 25, 'Public'), (9, 1, 1, 2, 'Guest'), (6, 1, 3, 8, 'Manager'), (7, 6, 4, 5, 'Administrator'), (11, 6, 6, 7, 'Bestuur'),
  (2, 1, 9, 22, 'Registered'), (3, 2, 10, 15, 'Author'), (4, 3, 11, 14, 'Editor'), (5, 4, 12, 13, 'Publisher'), (10, 2, 16, 19, 'Leden'), (12, 10, 17, 18, 'Wegkapiteins'),
  (13, 2, 20, 21, 'Klanten webshop'), (8, 1, 23, 24, 'Super Users');

CREATE TABLE xk7f2_user_usergroup_map (user_id bigint DEFAULT 0 NOT NULL, group_id bigint DEFAULT 0 NOT NULL, PRIMARY KEY (user_id, group_id));
INSERT INTO xk7f2_user_usergroup_map
SELECT 237, 8
UNION ALL SELECT pgen.uid(i), 10 FROM generate_series(1, 170) i
UNION ALL SELECT pgen.uid(i), 11 FROM generate_series(1, 12) i WHERE i NOT BETWEEN 7 AND 10
UNION ALL SELECT pgen.uid(i), 12 FROM generate_series(7, 10) i
UNION ALL SELECT pgen.uid(i), 7 FROM (VALUES (1), (5), (6)) v(i)
UNION ALL SELECT pgen.uid(i), 4 FROM (VALUES (3), (12), (33), (61)) v(i)
UNION ALL SELECT pgen.uid(i), 2 FROM generate_series(171, 260) i
UNION ALL SELECT pgen.uid(i), 13 FROM generate_series(171, 260) i WHERE i % 5 <> 0;

-- The profile plugin (enabled before Community Builder was installed) keeps
-- json_encode()d values; the API token plugin keeps its seeds here too.
CREATE TABLE xk7f2_user_profiles (user_id bigint NOT NULL, profile_key varchar(100) NOT NULL, profile_value text NOT NULL, ordering bigint DEFAULT 0 NOT NULL);
CREATE UNIQUE INDEX xk7f2_user_profiles_idx_user_id_profile_key ON xk7f2_user_profiles (user_id, profile_key);
INSERT INTO xk7f2_user_profiles
SELECT pgen.uid(p.i), k.key, CASE k.key
    WHEN 'profile.address1' THEN to_json(p.street)::text WHEN 'profile.address2' THEN to_json(coalesce(p.street2, ''))::text
    WHEN 'profile.city' THEN to_json(p.city)::text WHEN 'profile.region' THEN to_json(CASE WHEN p.cc = 'BE' THEN CASE WHEN p.zip < '8000' THEN 'Brussel' ELSE 'West-Vlaanderen' END ELSE '' END)::text
    WHEN 'profile.country' THEN to_json(CASE WHEN p.cc = 'BE' THEN 'België' ELSE p.cname END)::text WHEN 'profile.postal_code' THEN to_json(p.zip)::text
    WHEN 'profile.phone' THEN to_json(p.phone)::text
    WHEN 'profile.website' THEN to_json(CASE WHEN p.i % 4 = 0 THEN 'https://www.strava.com/athletes/' || (1000000 + fixture_gen.n('strava', p.i, 90000000)) ELSE '' END)::text
    WHEN 'profile.favoritebook' THEN to_json(fixture_gen.pick(ARRAY['', 'De Flandriens', 'The Rider (Tim Krabbé)', 'Het Uur van de Waarheid', 'Koers', 'Le Tour'], 'pfb', p.i))::text
    WHEN 'profile.aboutme' THEN to_json(CASE fixture_gen.n('pab', p.i, 5) WHEN 0 THEN '' WHEN 1 THEN 'Rij sinds ' || (2005 + p.i % 15) || ' in groep ' || fixture_gen.pick(ARRAY['A', 'B', 'C'], 'pgr', p.i) || ', vooral op zondag.'
         WHEN 2 THEN 'Getrouwd met ' || fixture_gen.pick(ARRAY['Els', 'Tine', 'Hilde', 'Marc', 'Filip'], 'ppart', p.i) || ', twee kinderen, woon in ' || p.city || '.' WHEN 3 THEN 'Gravel en veldrijden in de winter.'
         ELSE 'Ex-renner bij de nieuwelingen, nu op de fiets voor het plezier (en de koffie in Damme).' END)::text
    WHEN 'profile.dob' THEN to_json(to_char(p.dob, 'YYYY-MM-DD') || ' 00:00:00')::text
    WHEN 'profile.tos' THEN '"1"' END, k.ord
FROM pgen.p p CROSS JOIN (VALUES (1, 'profile.address1'), (2, 'profile.address2'), (3, 'profile.city'), (4, 'profile.region'), (5, 'profile.country'), (6, 'profile.postal_code'),
  (7, 'profile.phone'), (8, 'profile.website'), (9, 'profile.favoritebook'), (10, 'profile.aboutme'), (11, 'profile.dob'), (12, 'profile.tos')) k(ord, key)
WHERE p.i <= 170 AND p.i % 3 <> 1
UNION ALL
SELECT pgen.uid(i), k, CASE k WHEN 'joomlatoken.token' THEN fixture_gen.b64('jtok', i, 32) ELSE '1' END, 0
FROM (VALUES (1), (5), (6)) v(i) CROSS JOIN (VALUES ('joomlatoken.token'), ('joomlatoken.enabled')) kk(k)
UNION ALL SELECT 237, k, CASE k WHEN 'joomlatoken.token' THEN fixture_gen.b64('jtok', 237, 32) ELSE '0' END, 0 FROM (VALUES ('joomlatoken.token'), ('joomlatoken.enabled')) kk(k)
ORDER BY 1, 4, 2;

CREATE TABLE xk7f2_user_notes (
  id serial NOT NULL, user_id integer DEFAULT 0 NOT NULL, catid integer DEFAULT 0 NOT NULL, subject varchar(100) DEFAULT '' NOT NULL, body text NOT NULL,
  state smallint DEFAULT 0 NOT NULL, checked_out integer, checked_out_time timestamp without time zone, created_user_id integer DEFAULT 0 NOT NULL,
  created_time timestamp without time zone NOT NULL, modified_user_id integer, modified_time timestamp without time zone NOT NULL, review_time timestamp without time zone,
  publish_up timestamp without time zone, publish_down timestamp without time zone, PRIMARY KEY (id)
);
INSERT INTO xk7f2_user_notes (user_id, catid, subject, body, state, checked_out, checked_out_time, created_user_id, created_time, modified_user_id, modified_time, review_time, publish_up, publish_down)
SELECT pgen.uid(m.i), CASE WHEN t IN (2, 3, 8, 10) THEN 19 ELSE 18 END,
       (ARRAY['Lidgeld 2024', 'Val tijdens clubrit', 'Medisch', 'Adreswijziging', 'Klacht', 'Vrijwilliger Zwinstreek Classic', 'Terugbetaling shop', 'Noodcontact', 'Cotisation', 'Medisch – diabetes'])[t],
       CASE t
         WHEN 1 THEN '<p>Lidgeld 2024 (€ 65) cash betaald aan ' || b.first || ' op de clubavond van ' || to_char(pgen.at('nd', n, '2024-01-10', '2024-03-30'), 'DD/MM') || '. Nog geen domiciliëring; IBAN ' || pgen.fmt_iban(m.iban) || ' doorgegeven voor volgend jaar.</p>'
         WHEN 2 THEN '<p>Gevallen tijdens de zondagrit richting ' || fixture_gen.pick(ARRAY['Damme', 'Sluis', 'Oostkamp', 'Maldegem'], 'nplace', n) || ' op ' || to_char(pgen.at('nd', n, '2023-04-01', '2024-06-20'), 'DD/MM/YYYY')
                     || '. Ziekenwagen gebeld door ' || c.full_name || '. Sleutelbeenbreuk, aangifte bij de federatie ingediend (dossier ' || fixture_gen.digits('ndos', n, 8) || ').</p>'
         WHEN 3 THEN '<p>Rijdt voorlopig niet meer in groep A na ' || fixture_gen.pick(ARRAY['een hartoperatie', 'een knieoperatie', 'een longembolie', 'een burn-out'], 'nmed', n) || '. Dokter geeft groen licht vanaf september, attest volgt.</p>'
         WHEN 4 THEN '<p>Nieuw adres: ' || m.street || ', ' || m.zip || ' ' || m.city || '. Ook nieuw gsm-nummer ' || pgen.phone(m.c, 'nph', n) || '.</p>'
         WHEN 5 THEN '<p>Klacht van ' || o.full_name || ' over gedrag in de groep (roepen naar automobilisten aan de Damse Vaart). Gesprek gehad met ' || b.first || ', geen verdere actie.</p>'
         WHEN 6 THEN '<p>Vrijwilliger bevoorrading Zwinstreek Classic, post Moerkerke. Kan pas vanaf 9u, brengt eigen aanhangwagen mee.</p>'
         WHEN 7 THEN '<p>Trui maat L omgeruild voor M, verschil terugbetaald via de shop. Zie bestelling in VirtueMart.</p>'
         WHEN 8 THEN '<p>Noodcontact: ' || fixture_gen.pick(ARRAY['Els', 'Tine', 'Hilde', 'Marc', 'Filip', 'Nadia', 'Sevda'], 'npart', n) || ' (partner), ' || pgen.phone('vl', 'npph', n) || '. Allergisch voor penicilline.</p>'
         WHEN 9 THEN '<p>A payé la cotisation par virement le ' || to_char(pgen.at('nd', n, '2024-01-10', '2024-03-30'), 'DD/MM/YYYY') || '. Demande une attestation pour la mutuelle (Solidaris).</p>'
         ELSE '<p>Diabetes type 1, heeft altijd suikerklontjes mee. Wegkapiteins ' || c.first || ' en ' || b.first || ' zijn verwittigd.</p>' END,
       CASE WHEN n % 11 = 0 THEN 0 ELSE 1 END, NULL, NULL, pgen.uid(b.i), ct, CASE WHEN n % 4 = 0 THEN pgen.uid(b.i) END,
       least(ct + make_interval(days => CASE WHEN n % 4 = 0 THEN fixture_gen.n('nmd', n, 60) ELSE 0 END), timestamp '2024-06-27 20:00:00'),
       CASE WHEN t IN (3, 10) THEN pgen.at('nrv', n, '2024-08-01', '2025-03-01') END, ct, NULL
FROM generate_series(1, 64) n
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('nt', n, 10) AS t) tt
CROSS JOIN LATERAL (SELECT CASE WHEN t IN (1, 9) THEN pgen.at('nct', n, '2024-01-10', '2024-04-10') ELSE pgen.at('nct', n, '2022-09-01', '2024-06-25') END AS ct) cc
JOIN pgen.p m ON m.i = 13 + fixture_gen.n('nm', n, 157)
JOIN pgen.p b ON b.i = (ARRAY[1, 3, 4, 6])[1 + fixture_gen.n('nb', n, 4)]
JOIN pgen.p c ON c.i = 7 + fixture_gen.n('nc', n, 4)
JOIN pgen.p o ON o.i = 13 + fixture_gen.n('no', n, 150)
ORDER BY ct;

-- Remember-me cookies: user_id holds the username, token a hash of the cookie's token.
CREATE TABLE xk7f2_user_keys (id serial NOT NULL, user_id varchar(150) NOT NULL, token varchar(255) NOT NULL, series varchar(255) NOT NULL, time varchar(200) NOT NULL, uastring varchar(255) NOT NULL, PRIMARY KEY (id));
CREATE UNIQUE INDEX xk7f2_user_keys_series ON xk7f2_user_keys (series);
INSERT INTO xk7f2_user_keys (user_id, token, series, time, uastring)
SELECT p.username, '$2y' || '$10$' || fixture_gen.chars('ukt', k, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
       fixture_gen.chars('uks', k, 20), extract(epoch FROM pgen.at('ukti', k, '2024-04-01', '2024-06-28'))::bigint::text, pgen.ua('ukua', k)
FROM generate_series(1, 72) k JOIN pgen.p p ON p.i = 1 + fixture_gen.n('ukp', k, 200) ORDER BY 4;

CREATE TABLE xk7f2_user_mfa (
  id serial NOT NULL, user_id bigint NOT NULL, title varchar(255) DEFAULT '' NOT NULL, method varchar(100) NOT NULL, "default" smallint DEFAULT 0 NOT NULL,
  options text NOT NULL, created_on timestamp without time zone NOT NULL, last_used timestamp without time zone, PRIMARY KEY (id)
);
INSERT INTO xk7f2_user_mfa (user_id, title, method, "default", options, created_on, last_used)
SELECT uid, title, method, dflt, '###AES128###' || fixture_gen.b64('mfao', uid * 10 + k, CASE method WHEN 'backupcodes' THEN 240 WHEN 'webauthn' THEN 48 ELSE 96 END), created, last_used
FROM (
  SELECT pgen.uid(i) AS uid, k, m.method, m.title, CASE WHEN k = 1 THEN 1 ELSE 0 END AS dflt, pgen.at('mfac', i, '2022-11-15', '2024-05-01') AS created,
         CASE WHEN m.method = 'backupcodes' AND i % 3 <> 0 THEN NULL ELSE pgen.at('mfal', i * 10 + k, '2024-05-01', '2024-06-28') END AS last_used
  FROM (SELECT i FROM generate_series(1, 60) i WHERE i <= 12 OR i % 4 = 1) u
  CROSS JOIN LATERAL (VALUES (1, CASE WHEN u.i % 5 = 0 THEN 'yubikey' WHEN u.i % 7 = 3 THEN 'email' ELSE 'totp' END,
                               CASE WHEN u.i % 5 = 0 THEN 'YubiKey 5 NFC' WHEN u.i % 7 = 3 THEN 'Code by Email' ELSE fixture_gen.pick(ARRAY['Authenticator app', 'Google Authenticator', 'Microsoft Authenticator', 'Authy op gsm'], 'mfat', u.i) END),
                             (2, 'backupcodes', 'Backup Codes'),
                             (3, CASE WHEN u.i <= 6 THEN 'webauthn' END, CASE WHEN u.i <= 6 THEN 'Passkey' END)) m(k, method, title)
  WHERE m.method IS NOT NULL
  UNION ALL SELECT 237, 1, 'totp', 'Authenticator app', 1, timestamp '2022-11-16 09:12:44', timestamp '2024-06-27 21:48:20'
  UNION ALL SELECT 237, 2, 'backupcodes', 'Backup Codes', 0, timestamp '2022-11-16 09:12:44', NULL
) x ORDER BY created, uid, k;

-- Passkeys of the WebAuthn plugin: user_id is the hashed user handle.
CREATE TABLE xk7f2_webauthn_credentials (id varchar(1000) NOT NULL, user_id varchar(128) NOT NULL, label varchar(190) NOT NULL, credential text NOT NULL, PRIMARY KEY (id));
INSERT INTO xk7f2_webauthn_credentials
SELECT pgen.b64u('wid', k, 48), encode(sha256(convert_to(pgen.uid(p.i)::text, 'UTF8')), 'hex'),
       CASE k % 4 WHEN 0 THEN 'iPhone van ' || p.first WHEN 1 THEN 'YubiKey ' || p.first WHEN 2 THEN fixture_gen.pick(ARRAY['Windows Hello thuis', 'MacBook Pro', 'Pixel 7', 'Bitwarden'], 'wl', k) ELSE p.first || '''s laptop' END,
       jsonb_build_object('publicKeyCredentialId', pgen.b64u('wid', k, 48), 'type', 'public-key', 'transports', CASE WHEN k % 4 = 1 THEN '["usb","nfc"]'::jsonb ELSE '["internal","hybrid"]'::jsonb END,
         'attestationType', 'none', 'trustPath', jsonb_build_object('type', 'Webauthn\TrustPath\EmptyTrustPath'), 'aaguid', CASE WHEN k % 4 = 1 THEN 'cb69481e-8ff7-4039-93ec-0a2729a154a8' ELSE '00000000-0000-0000-0000-000000000000' END,
         'credentialPublicKey', pgen.b64u('wpk', k, 77), 'userHandle', pgen.b64u('wuh', p.i, 32), 'counter', fixture_gen.n('wc', k, 400), 'otherUI', NULL)::text
FROM generate_series(1, 16) k JOIN pgen.p p ON p.i = (ARRAY[1, 3, 4, 5, 6, 12, 2, 9])[1 + k % 8];

CREATE TABLE xk7f2_session (session_id bytea NOT NULL, client_id smallint, guest smallint DEFAULT 1, time integer DEFAULT 0 NOT NULL, data text, userid bigint DEFAULT 0, username varchar(150) DEFAULT '', PRIMARY KEY (session_id));
CREATE INDEX xk7f2_session_idx_time ON xk7f2_session (time);
CREATE INDEX xk7f2_session_idx_userid ON xk7f2_session (userid);
-- data: JoomlaStorage's base64 of the serialized registry, with the logged-in user's object (hash included).
INSERT INTO xk7f2_session
SELECT convert_to(pgen.lower('sid', k, 26), 'UTF8'), CASE WHEN u.i IS NOT NULL AND u.i <= 12 AND k % 3 = 0 THEN 1 ELSE 0 END, CASE WHEN u.i IS NULL THEN 1 ELSE 0 END, t,
       'joomla|' || pgen.ser(pgen.b64s(
         'O:24:"Joomla\Registry\Registry":3:{s:7:"*data";O:8:"stdClass":3:{s:7:"session";O:8:"stdClass":3:{s:7:"counter";i:' || (1 + fixture_gen.n('sc', k, 80)) || ';s:5:"timer";O:8:"stdClass":3:{s:5:"start";i:' || (t - 900)
         || ';s:4:"last";i:' || (t - 30) || ';s:3:"now";i:' || t || ';}s:5:"token";' || pgen.ser(pgen.lower('stok', k, 32)) || '}s:8:"registry";O:24:"Joomla\Registry\Registry":3:{s:7:"*data";O:8:"stdClass":'
         || CASE WHEN k % 5 = 0 THEN '1:{s:3:"com_virtuemart";O:8:"stdClass":1:{s:4:"cart";' || pgen.ser('{"cartProductsData":[{"virtuemart_product_id":' || (1 + k % 24) || ',"quantity":1}],"vendorId":1,"lastVisitedCategoryId":' || (2 + k % 5) || '}') || '}}'
                 ELSE '0:{}' END || 's:14:"*initialized";b:0;s:9:"separator";s:1:".";}s:4:"user";O:20:"Joomla\CMS\User\User":'
         || CASE WHEN u.i IS NULL THEN '3:{s:2:"id";i:0;s:4:"name";N;s:5:"guest";i:1;}'
                 ELSE '8:{s:2:"id";i:' || pgen.uid(u.i) || ';s:4:"name";' || pgen.ser(u.full_name) || 's:8:"username";' || pgen.ser(u.username) || 's:5:"email";' || pgen.ser(u.email)
                   || 's:8:"password";' || pgen.ser(pgen.pwhash('upw', u.i)) || 's:5:"block";s:1:"0";s:12:"registerDate";s:19:"2019-04-02 18:21:07";s:5:"guest";i:0;}' END
         || '}s:14:"*initialized";b:0;s:9:"separator";s:1:".";}')),
       CASE WHEN u.i IS NULL THEN 0 ELSE pgen.uid(u.i) END, CASE WHEN u.i IS NULL THEN NULL ELSE u.username END
FROM generate_series(1, 96) k
CROSS JOIN LATERAL (SELECT extract(epoch FROM timestamp '2024-06-28 08:00:00' - make_interval(secs => fixture_gen.n('st', k, 7200)))::int AS t) tt
LEFT JOIN pgen.p u ON k % 3 <> 1 AND u.i = CASE WHEN k % 4 = 0 THEN 1 + k % 12 ELSE 13 + fixture_gen.n('su', k, 240) END;

-- ---------------------------------------------------------------------------
-- Contacts: the board and road captains (linked to their accounts), honorary
-- members, sponsors and the club's own desks.

CREATE FUNCTION pgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT trim(both '-' FROM regexp_replace(lower(translate(s, 'áàâäéèêëíìîïóòôöúùûüçñışğ', 'aaaaeeeeiiiioooouuuucnisg')), '[^a-z0-9]+', '-', 'g')) $$;

-- cj: JSON as PHP's json_encode writes it (no blanks), from json_build_object's text.
CREATE FUNCTION pgen.cj(j json) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(j::text, '" : ', '":'), ', "', ',"'), '/', '\/') $$;

CREATE TABLE xk7f2_contact_details (
  id serial NOT NULL, name varchar(255) NOT NULL, alias varchar(400) NOT NULL, con_position varchar(255), address text, suburb varchar(100), state varchar(100),
  country varchar(100), postcode varchar(100), telephone varchar(255), fax varchar(255), misc text, image varchar(255), email_to varchar(255),
  default_con smallint DEFAULT 0 NOT NULL, published smallint DEFAULT 0 NOT NULL, checked_out integer, checked_out_time timestamp without time zone,
  ordering bigint DEFAULT 0 NOT NULL, params text NOT NULL, user_id bigint DEFAULT 0 NOT NULL, catid bigint DEFAULT 0 NOT NULL, access bigint DEFAULT 0 NOT NULL,
  mobile varchar(255) DEFAULT '' NOT NULL, webpage varchar(255) DEFAULT '' NOT NULL, sortname1 varchar(255) DEFAULT '' NOT NULL, sortname2 varchar(255) DEFAULT '' NOT NULL,
  sortname3 varchar(255) DEFAULT '' NOT NULL, language varchar(7) NOT NULL, created timestamp without time zone NOT NULL, created_by integer DEFAULT 0 NOT NULL,
  created_by_alias varchar(255) DEFAULT '' NOT NULL, modified timestamp without time zone NOT NULL, modified_by integer DEFAULT 0 NOT NULL, metakey text,
  metadesc text NOT NULL, metadata text NOT NULL, featured smallint DEFAULT 0 NOT NULL, publish_up timestamp without time zone, publish_down timestamp without time zone,
  version bigint DEFAULT 1 NOT NULL, hits bigint DEFAULT 0 NOT NULL, PRIMARY KEY (id)
);
CREATE TABLE pgen.ct (k int PRIMARY KEY, pi int, name text, pos text, street text, city text, zip text, country text, tel text, fax text, misc text, image text, email text, mobile text, web text,
  s1 text, s2 text, catid int, access int, uid int, feat int);
INSERT INTO pgen.ct
SELECT p.i, p.i, p.full_name,
       (ARRAY['Voorzitter', 'Ondervoorzitter', 'Secretaris', 'Penningmeester', 'Webmaster', 'Clubshop en kledij', 'Wegkapitein groep A', 'Wegkapitein groep B', 'Wegkapitein groep C',
              'Wegkapitein gravel', 'Jeugdverantwoordelijke', 'Evenementen en Zwinstreek Classic', 'Wegkapitein groep B', 'Wegkapitein groep C', 'Verantwoordelijke veiligheid', 'Preventieadviseur'])[p.i],
       p.street, p.city, p.zip, 'België', coalesce(p.phone2, ''), CASE WHEN p.i = 1 THEN '050 34 12 98' ELSE '' END,
       '<p>' || p.first || CASE p.i % 4 WHEN 0 THEN ' rijdt al sinds ' || (1990 + p.i) || ' bij de club en kent elke kassei tussen Brugge en Sluis.'
                                    WHEN 1 THEN ' is bereikbaar na 18u of op zondag na de rit, liefst via gsm.'
                                    WHEN 2 THEN ' zorgt mee voor de bevoorrading en rijdt in de winter veldrit.'
                                    ELSE ' combineert het bestuurswerk met een job bij ' || coalesce(p.company, 'de stad') || '.' END || '</p>',
       'images/bestuur/' || pgen.slug(p.first || ' ' || p.last) || '.jpg#joomlaImage://local-images/bestuur/' || pgen.slug(p.first || ' ' || p.last) || '.jpg?width=400&height=400',
       CASE WHEN p.i <= 6 THEN (ARRAY['voorzitter', 'ondervoorzitter', 'secretariaat', 'penningmeester', 'webmaster', 'shop'])[p.i] || '@wtc-zwinstreek.example' ELSE p.email END,
       p.phone, CASE WHEN p.i % 3 = 0 THEN 'https://www.strava.com/athletes/' || (1000000 + fixture_gen.n('strava', p.i, 90000000)) ELSE '' END,
       p.last, p.first, CASE WHEN p.i <= 12 THEN 21 ELSE 22 END, 1, pgen.uid(p.i), CASE WHEN p.i <= 4 THEN 1 ELSE 0 END
FROM pgen.p p WHERE p.i <= 16;
INSERT INTO pgen.ct VALUES
 (17, NULL, 'Roger Verhaeghe', 'Erevoorzitter', 'Gistelse Steenweg 311', 'Sint-Andries', '8200', 'België', '050 31 77 42', '', '<p>Stichter van de club in 1978.</p>', '', '', '', '', 'Verhaeghe', 'Roger', 24, 1, 0, 0),
 (18, NULL, 'Monique Vandenbroucke-De Smet', 'Erelid', 'Ezelstraat 88', 'Brugge', '8000', 'België', '050 33 90 14', '', '', '', '', '0479 21 33 08', '', 'Vandenbroucke-De Smet', 'Monique', 24, 1, 0, 0),
 (19, NULL, 'Fietsen Vandenbroucke', 'Hoofdsponsor', 'Kortrijkse Steenweg 1021', 'Sint-Michiels', '8200', 'België', '050 38 44 10', '', '<p>Onderhoud en herstellingen, 10% korting voor leden op vertoon van de lidkaart. Vraag naar Filip.</p>', 'images/sponsors/vandenbroucke.png', 'info@fietsen-vandenbroucke.example', '', 'https://www.fietsen-vandenbroucke.example', '', '', 23, 1, 0, 1),
 (20, NULL, 'Bakkerij De Molen', 'Sponsor bevoorrading', 'Dorpsstraat 14', 'Damme', '8340', 'België', '050 50 12 77', '', '', 'images/sponsors/demolen.png', 'bakkerij.demolen@skynet.be', '', '', '', '', 23, 1, 0, 0),
 (21, NULL, 'Boekhoudkantoor Maes & Co', 'Sponsor', 'Baron Ruzettelaan 5', 'Assebroek', '8310', 'België', '050 35 60 60', '050 35 60 61', '', 'images/sponsors/maes.png', 'kantoor@maes-co.example', '', 'https://www.maes-co.example', '', '', 23, 1, 0, 0),
 (22, NULL, 'Garage Lagae nv', 'Sponsor volgwagen', 'Torhoutse Steenweg 402', 'Oostkamp', '8020', 'België', '050 82 19 00', '', '<p>Stelt de volgwagen ter beschikking voor de Zwinstreek Classic.</p>', 'images/sponsors/lagae.png', 'info@garage-lagae.example', '', 'https://www.garage-lagae.example', '', '', 23, 1, 0, 0),
 (23, NULL, 'Café De Siesta', 'Sponsor', 'Markt 3', 'Damme', '8340', 'België', '050 35 44 21', '', '<p>Ons clublokaal voor de koffiestop.</p>', 'images/sponsors/siesta.png', 'desiesta.damme@gmail.com', '0476 44 21 09', '', '', '', 23, 1, 0, 0),
 (24, NULL, 'Kinesitherapie Sofie Desmet', 'Sponsor', 'Vlamingstraat 61', 'Brugge', '8000', 'België', '', '', '<p>Sportkine en bike fitting, op afspraak.</p>', 'images/sponsors/kine-desmet.png', 'sofie@kine-desmet.example', '0486 12 80 55', 'https://www.kine-desmet.example', '', '', 23, 1, 0, 0),
 (25, NULL, 'Bioracer Brugge', 'Kledijpartner', 'Lodewijk Coiseaukaai 2', 'Brugge', '8000', 'België', '050 44 10 30', '', '', 'images/sponsors/bioracer.png', 'brugge@bioracer-partner.example', '', '', '', '', 23, 1, 0, 0),
 (26, NULL, 'Traiteur Ilunga', 'Sponsor', 'Smedenstraat 140', 'Brugge', '8000', 'België', '', '', '<p>Catering op de algemene vergadering, vraag naar Patrick.</p>', 'images/sponsors/ilunga.png', 'traiteur.ilunga@gmail.com', '0488 31 07 72', '', '', '', 23, 1, 0, 0),
 (27, NULL, 'Apotheek Öztürk', 'Sponsor EHBO-koffers', 'Stationsstraat 22', 'Zedelgem', '8210', 'België', '050 24 19 19', '', '', 'images/sponsors/ozturk.png', 'apotheek.ozturk@skynet.be', '', '', '', '', 23, 1, 0, 0),
 (28, NULL, 'Clubshop WTC Zwinstreek', 'Webshop', '', '', '', 'België', '', '', '<p>Vragen over bestellingen, maten en levering. We antwoorden binnen twee werkdagen.</p>', '', 'shop@wtc-zwinstreek.example', '', '', '', '', 25, 1, 0, 0),
 (29, NULL, 'Secretariaat', 'Lidmaatschap en verzekering', 'Langestraat 112', 'Brugge', '8000', 'België', '', '', '<p>Aansluitingen, lidkaarten en ongevallenaangiftes.</p>', '', 'secretariaat@wtc-zwinstreek.example', '', '', '', '', 25, 1, 0, 0),
 (30, NULL, 'Zwinstreek Classic', 'Inschrijvingen', '', '', '', 'België', '', '', '<p>Inschrijvingen en vragen over de parcoursen van de Zwinstreek Classic.</p>', 'images/classic/logo.png', 'classic@wtc-zwinstreek.example', '', 'https://www.wtc-zwinstreek.example/classic', '', '', 25, 1, 0, 0);
INSERT INTO pgen.ct
SELECT 30 + k, p.i, p.full_name, 'Vrijwilliger ' || fixture_gen.pick(ARRAY['bevoorrading', 'seingever', 'inschrijvingen', 'EHBO'], 'vrw', k), p.street, p.city, p.zip, 'België', coalesce(p.phone2, ''), '', '',
       '', p.email, p.phone, '', p.last, p.first, 26, 2, pgen.uid(p.i), 0
FROM generate_series(1, 18) k JOIN pgen.p p ON p.i = 17 + k * 7;

INSERT INTO xk7f2_contact_details (name, alias, con_position, address, suburb, state, country, postcode, telephone, fax, misc, image, email_to, default_con, published, checked_out,
  checked_out_time, ordering, params, user_id, catid, access, mobile, webpage, sortname1, sortname2, sortname3, language, created, created_by, created_by_alias, modified, modified_by,
  metakey, metadesc, metadata, featured, publish_up, publish_down, version, hits)
SELECT c.name, pgen.slug(c.name), c.pos, c.street, c.city, CASE WHEN c.city = '' THEN '' ELSE 'West-Vlaanderen' END, c.country, c.zip, c.tel, c.fax, c.misc, c.image, c.email,
       CASE WHEN c.k = 29 THEN 1 ELSE 0 END, CASE WHEN c.k = 18 THEN 0 ELSE 1 END, NULL, NULL, c.k,
       '{"show_contact_category":"","show_contact_list":"","show_tags":"","show_info":"","show_name":"","show_position":"","show_email":"' || CASE WHEN c.catid = 26 THEN '0' ELSE '1' END
         || '","add_mailto_link":"","show_street_address":"' || CASE WHEN c.catid IN (23, 25) THEN '1' ELSE '0' END || '","show_suburb":"","show_state":"0","show_postcode":"","show_country":"0","show_telephone":"","show_mobile":"'
         || CASE WHEN c.catid = 21 THEN '1' ELSE '' END || '","show_fax":"","show_webpage":"","show_image":"","show_misc":"","allow_vcard":"","show_articles":"","show_profile":"","show_links":"","contact_layout":"","show_email_form":"1","show_email_copy":"","validate_session":"","custom_reply":"0","redirect":""}',
       coalesce(c.uid, 0), c.catid, c.access, c.mobile, c.web, c.s1, c.s2, '', '*', t.cr, 405, CASE WHEN c.k = 17 THEN 'Marleen (secretariaat)' ELSE '' END,
       t.cr + make_interval(days => fixture_gen.n('ctm', c.k, 400)), CASE WHEN c.k % 3 = 0 THEN 403 ELSE 405 END,
       CASE WHEN c.catid = 23 THEN 'sponsor, ' || lower(c.pos) ELSE '' END,
       CASE c.catid WHEN 21 THEN 'Contactgegevens van het bestuur van WTC Zwinstreek Brugge.' WHEN 23 THEN 'Sponsor van WTC Zwinstreek Brugge.' ELSE '' END,
       '{"robots":"","rights":""}', c.feat, t.cr, NULL, 1 + fixture_gen.n('ctv', c.k, 6), fixture_gen.n('cth', c.k, 3000)
FROM pgen.ct c CROSS JOIN LATERAL (SELECT pgen.at('ctc', c.k, '2017-01-10', '2023-12-01') AS cr) t ORDER BY c.k;

-- ---------------------------------------------------------------------------
-- Articles: news, ride reports naming riders, the calendar, the cyclosportive.

CREATE TABLE xk7f2_content (
  id serial NOT NULL, asset_id bigint DEFAULT 0 NOT NULL, title varchar(255) DEFAULT '' NOT NULL, alias varchar(400) DEFAULT '' NOT NULL, introtext text NOT NULL,
  "fulltext" text NOT NULL, state smallint DEFAULT 0 NOT NULL, catid bigint DEFAULT 0 NOT NULL, created timestamp without time zone NOT NULL, created_by bigint DEFAULT 0 NOT NULL,
  created_by_alias varchar(255) DEFAULT '' NOT NULL, modified timestamp without time zone NOT NULL, modified_by bigint DEFAULT 0 NOT NULL, checked_out integer,
  checked_out_time timestamp without time zone, publish_up timestamp without time zone, publish_down timestamp without time zone, images text NOT NULL, urls text NOT NULL,
  attribs varchar(5120) NOT NULL, version bigint DEFAULT 1 NOT NULL, ordering bigint DEFAULT 0 NOT NULL, metakey text, metadesc text NOT NULL, access bigint DEFAULT 0 NOT NULL,
  hits bigint DEFAULT 0 NOT NULL, metadata text NOT NULL, featured smallint DEFAULT 0 NOT NULL, language varchar(7) DEFAULT '' NOT NULL, note varchar(255) DEFAULT '' NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE pgen.art (k int PRIMARY KEY, cat int, title text, intro text, full_ text, d timestamp, author int, alias_by text, meta_author text, img text, url text);
INSERT INTO pgen.art
SELECT k, 9,
       'Verslag ' || CASE WHEN k % 5 = 0 THEN 'woensdagrit' ELSE 'zondagrit' END || ' ' || to_char(d, 'DD/MM/YYYY') || ': ' || dest,
       '<p>Met ' || (9 + fixture_gen.n('arn', k, 30)) || ' renners vertrokken we om ' || CASE WHEN k % 5 = 0 THEN '18u30' ELSE '8u30' END || ' aan het clubhuis richting ' || dest
         || '. Wegkapitein ' || cap.first || ' hield het tempo netjes rond de ' || (26 + fixture_gen.n('asp', k, 8)) || ' km/u.</p>',
       CASE WHEN k % 4 = 3 THEN '' ELSE
       '<p>Na ' || (25 + fixture_gen.n('akm', k, 40)) || ' km reed ' || m1.full_name || ' lek ' || fixture_gen.pick(ARRAY['aan de Stoofbrug', 'op de Damse Vaart', 'net voor Sluis', 'aan het kanaal in Moerkerke'], 'alek', k)
         || '; dankzij ' || m2.first || ' stonden we na tien minuten weer op de fiets. Koffiestop bij ' || fixture_gen.pick(ARRAY['Café De Siesta in Damme', 'Het Zwin in Knokke', 'Bakkerij De Molen', 'Taverne De Oude Schuur'], 'acof', k)
         || '.</p><p>' || CASE fixture_gen.n('aend', k, 4) WHEN 0 THEN 'Proficiat aan ' || m3.full_name || ' met de eerste rit van ' || (100 + 10 * fixture_gen.n('a100', k, 8)) || ' km!'
                                 WHEN 1 THEN 'Beterschap aan ' || m3.first || ', die na een val in de berm met een geschaafde knie naar huis moest.'
                                 WHEN 2 THEN 'Welkom aan de nieuwe leden ' || m3.full_name || ' en ' || m1.first || ' ' || m1.last || '.'
                                 ELSE 'Volgende week vertrek om 8u, clubtrui verplicht en lichten mee.' END || '</p>' END,
       d, pgen.uid(cap.i), CASE WHEN k % 9 = 0 THEN cap.first || ' (wegkapitein)' ELSE '' END, CASE WHEN k % 3 = 0 THEN cap.full_name ELSE '' END,
       'images/ritten/' || to_char(d, 'YYYY') || '/' || pgen.slug(dest) || '-' || to_char(d, 'MMDD') || '.jpg', 'https://www.strava.com/routes/' || (3100000000000000000::bigint + fixture_gen.n('aroute', k, 900000000))
FROM generate_series(1, 70) k
CROSS JOIN LATERAL (SELECT pgen.at('ad', k, '2022-03-01', '2024-06-26') AS d, fixture_gen.pick(ARRAY['Damme en de Damse Vaart', 'het Heuvelland', 'het Zwin', 'de Oostkust', 'het Houtland', 'het Meetjesland', 'de Kemmelberg', 'Sluis en Aardenburg'], 'adest', k) AS dest) dd
JOIN pgen.p cap ON cap.i = 7 + fixture_gen.n('acap', k, 4)
JOIN pgen.p m1 ON m1.i = 13 + fixture_gen.n('am1', k, 157)
JOIN pgen.p m2 ON m2.i = 13 + fixture_gen.n('am2', k, 157)
JOIN pgen.p m3 ON m3.i = 13 + fixture_gen.n('am3', k, 157);
INSERT INTO pgen.art VALUES
 (71, 8, 'Nieuwe clubkledij 2024 beschikbaar in de shop', '<p>De nieuwe truien, koersbroeken en windvesten van Bioracer zijn binnen. Bestellen kan vanaf vandaag in de webshop.</p>', '<p>Maten vallen klein: neem bij twijfel een maat groter. Passen kan op de clubavond in het lokaal.</p>', '2024-02-02 19:10:00', 406, '', 'Pieter Lagae', 'images/shop/kledij-2024.jpg', ''),
 (72, 8, 'Algemene vergadering 2024', '<p>Op vrijdag 26 januari hielden we de algemene vergadering in Café De Siesta.</p>', '<p>Het bestuur werd herverkozen. Katrien Vermeersch blijft penningmeester; Youssef El Amrani neemt de website over van Stijn Verhaeghe. Het lidgeld blijft € 65.</p>', '2024-01-29 21:00:00', 403, '', 'Marleen Vercruysse', '', ''),
 (73, 8, 'Verzekering: wat te doen bij een val?', '<p>Elk lid is verzekerd via de federatie. Meld een ongeval binnen de acht dagen bij het secretariaat.</p>', '<p>Vul het aangifteformulier in, laat het medisch luik door je arts invullen en bezorg het aan het secretariaat. Bewaar alle rekeningen.</p>', '2023-03-14 20:00:00', 403, '', '', '', ''),
 (74, 8, 'In memoriam: onze erevoorzitter', '<p>Met veel verdriet melden we het overlijden van Roger Verhaeghe (1941–2024), stichter en erevoorzitter van onze club.</p>', '<p>Roger reed tot zijn tachtigste elke zondag mee. De afscheidsplechtigheid vindt plaats in de Sint-Andreaskerk; een delegatie in clubtrui is welkom. Onze gedachten gaan uit naar zijn vrouw Lea en de kinderen.</p>', '2024-04-08 10:00:00', 401, '', 'Koen Desmet', 'images/nieuws/roger.jpg', ''),
 (75, 8, 'Veiligheid in de groep: onze afspraken', '<p>Rij in dubbele rij, geef gaten en obstakels door en stop aan rode lichten.</p>', '<p>De wegkapitein bepaalt het tempo. Wie lost, wordt opgewacht aan de volgende kruising. Oortjes zijn niet toegelaten tijdens clubritten.</p>', '2022-04-01 18:00:00', 412, '', '', '', ''),
 (76, 8, 'Lidgeld 2025', '<p>Het lidgeld voor 2025 bedraagt € 70 (gezinslid € 40, jeugd gratis).</p>', '<p>Wie een domiciliëring heeft, hoeft niets te doen. Anderen betalen via de webshop of op de clubavond.</p>', '2024-06-20 20:00:00', 404, '', 'Katrien Vermeersch', '', ''),
 (77, 8, 'Clubkampioenschap tijdrijden: de uitslag', '<p>Op de dijk tussen Damme en Sluis reden 31 leden tegen de klok.</p>', '<p>Bij de heren won Wout Debruyne in 22:41, voor Emre Kaya en Jens Maes. Bij de dames was Christelle Mbuyi de snelste in 25:03. Alle tijden hangen in het lokaal.</p>', '2023-09-18 08:00:00', 407, '', 'Dries Vandamme', 'images/nieuws/tijdrit-2023.jpg', ''),
 (78, 8, 'Welkom aan onze nieuwe leden', '<p>Dit voorjaar sloten veertien nieuwe leden aan.</p>', '<p>Welkom aan Nadia Benali, Thijs de Jong, Paweł Wójcik, Grâce Lukusa en alle anderen. Kom zeker eens naar de clubavond.</p>', '2024-05-06 12:00:00', 403, '', '', '', ''),
 (79, 10, 'Kalender zomer 2024', '<p>Alle ritten vertrekken aan het clubhuis, Langestraat 112.</p>', '<p>Zondag: groep A 110 km, groep B 90 km, groep C 70 km. Woensdagavond: 60 km. Gravelrit elke eerste zaterdag van de maand.</p>', '2024-03-25 19:00:00', 412, '', '', '', ''),
 (80, 10, 'Kalender winter 2023-2024', '<p>In de winter rijden we om 9u en korter.</p>', '<p>Bij ijzel of storm gaat de rit niet door; dat melden we op de website voor 7u.</p>', '2023-10-20 19:00:00', 412, '', '', '', ''),
 (81, 11, 'Inschrijvingen Zwinstreek Classic 2024 open', '<p>Op zondag 8 september 2024 rijden we de twaalfde Zwinstreek Classic: 60, 110 of 160 km door het Zwin en het Meetjesland.</p>', '<p>Inschrijven kan in de webshop. Vertrek tussen 7u en 10u aan het Sint-Lodewijkscollege. Bevoorradingen in Damme, Sluis en Maldegem.</p>', '2024-05-01 09:00:00', 412, '', 'Stijn Verhaeghe', 'images/classic/affiche-2024.jpg', 'https://www.strava.com/routes/3211874420987654321'),
 (82, 11, 'Zwinstreek Classic 2023: bedankt!', '<p>1.214 deelnemers, droog weer en geen enkele zware val.</p>', '<p>Dank aan alle vrijwilligers, de sponsors en de politiezone Brugge.</p>', '2023-09-11 10:00:00', 412, '', '', 'images/classic/2023-start.jpg', ''),
 (83, 11, 'Parcours en bevoorradingen', '<p>De drie parcoursen zijn volledig bepijld.</p>', '<p>De GPX-bestanden staan op Strava. Let op: de kasseistrook in Oostkerke is smal, afstappen bij tegenliggers.</p>', '2024-05-02 09:00:00', 412, '', '', '', ''),
 (84, 14, 'Bestuursverslag maart 2024', '<p>Verslag van de bestuursvergadering van 12 maart 2024 (enkel voor leden).</p>', '<p>Aanwezig: Koen, Aurélie, Marleen, Katrien, Youssef, Pieter. Verontschuldigd: Griet. Punten: sponsorcontract Garage Lagae verlengd; klacht van een buurtbewoner over geparkeerde auto''s aan het lokaal; aankoop nieuwe EHBO-koffers via Apotheek Öztürk.</p>', '2024-03-14 22:00:00', 403, '', 'Marleen Vercruysse', '', ''),
 (85, 14, 'Medische keuring', '<p>Voor wie in groep A rijdt en ouder is dan 50, raden we een jaarlijkse sportkeuring aan.</p>', '<p>De club betaalt € 20 terug op vertoon van het attest.</p>', '2023-01-15 19:00:00', 401, '', '', '', ''),
 (86, 15, 'Leveringen en retours', '<p>Bestellingen worden binnen vijf werkdagen verzonden met bpost, of je haalt ze af op de clubavond.</p>', '<p>Retourneren kan binnen de 14 dagen, ongedragen en met label.</p>', '2021-04-01 12:00:00', 406, '', '', '', ''),
 (87, 15, 'Maattabel Bioracer', '<p>Meet je borstomtrek en vergelijk met de tabel hieronder.</p>', '<table><tr><td>S</td><td>88-92</td></tr><tr><td>M</td><td>92-96</td></tr><tr><td>L</td><td>96-100</td></tr></table>', '2021-04-01 12:10:00', 406, '', '', '', ''),
 (88, 16, 'Privacyverklaring', '<p>WTC Zwinstreek Brugge vzw verwerkt je gegevens voor het lidmaatschap, de verzekering en de webshop.</p>', '<p>Je kan je gegevens opvragen of laten verwijderen via het privacyformulier op deze website.</p>', '2018-05-20 12:00:00', 405, '', '', '', ''),
 (89, 16, 'Over de club', '<p>Wielertoeristenclub uit Brugge, opgericht in 1978, met een zestigtal actieve leden.</p>', '', '2017-01-12 12:00:00', 237, '', '', '', ''),
 (90, 8, 'Gastblog: van Medellín naar het Meetjesland', '<p>Een Colombiaanse gastrenner over zijn eerste Vlaamse voorjaar.</p>', '<p>Ik verwachtte bergen en vond wind. De groep B nam me op zondag mee tot in Sluis; de wafels van Bakkerij De Molen zijn beter dan de koffie in Medellín.</p>', '2024-04-22 15:00:00', 405, 'Santiago Restrepo (gastschrijver)', 'Santiago Restrepo', 'images/nieuws/gastblog.jpg', '');
INSERT INTO pgen.art
SELECT 90 + k, 8, 'Korte mededeling: ' || fixture_gen.pick(ARRAY['clubhuis gesloten', 'werken aan de Damse Vaart', 'nieuwe openingsuren shop', 'fietsenstalling', 'ledenfeest', 'opruimactie Zwin'], 'amt', k) || ' (' || to_char(d, 'DD/MM') || ')',
       '<p>' || fixture_gen.pick(ARRAY['Het clubhuis blijft deze week gesloten wegens werken.', 'De Damse Vaart is afgesloten tussen Oostkerke en Damme; de ritten worden omgeleid.',
         'De shop is voortaan ook op woensdagavond open.', 'De fietsenstalling aan het lokaal krijgt een nieuw slot; code bij de wegkapiteins.', 'Het ledenfeest gaat door op zaterdag in Café De Siesta.',
         'Samen met Natuurpunt ruimen we zwerfvuil op in het Zwin.'], 'amx', k) || '</p>', '', d, pgen.uid(1 + fixture_gen.n('aau', k, 6)), '', '', '', ''
FROM generate_series(1, 22) k CROSS JOIN LATERAL (SELECT pgen.at('amd', k, '2021-06-01', '2024-06-26') AS d) dd;

INSERT INTO xk7f2_content (asset_id, title, alias, introtext, "fulltext", state, catid, created, created_by, created_by_alias, modified, modified_by, checked_out, checked_out_time,
  publish_up, publish_down, images, urls, attribs, version, ordering, metakey, metadesc, access, hits, metadata, featured, language, note)
SELECT 100 + a.k, a.title, pgen.slug(a.title), a.intro, a.full_, CASE WHEN a.k % 29 = 0 THEN 0 WHEN a.d < timestamp '2022-06-01' AND a.cat = 8 AND a.k > 90 THEN 2 ELSE 1 END, a.cat, a.d, a.author, a.alias_by,
       a.d + make_interval(hours => fixture_gen.n('amod', a.k, 200)), a.author, NULL, NULL, a.d, CASE WHEN a.cat = 8 AND a.k > 90 THEN a.d + interval '30 days' END,
       '{"image_intro":"' || CASE WHEN a.img = '' THEN '' ELSE a.img || '#joomlaImage://local-' || a.img || '?width=1200&height=800' END || '","image_intro_alt":"","float_intro":"","image_intro_caption":"","image_fulltext":"","image_fulltext_alt":"","float_fulltext":"","image_fulltext_caption":""}',
       '{"urla":' || CASE WHEN a.url = '' THEN 'false' ELSE '"' || a.url || '"' END || ',"urlatext":"' || CASE WHEN a.url = '' THEN '' ELSE 'Route op Strava' END || '","targeta":"","urlb":false,"urlbtext":"","targetb":"","urlc":false,"urlctext":"","targetc":""}',
       '{"article_layout":"","show_title":"","link_titles":"","show_tags":"","show_intro":"","info_block_position":"","info_block_show_title":"","show_category":"","link_category":"","show_parent_category":"","link_parent_category":"","show_author":"","link_author":"","show_create_date":"","show_modify_date":"","show_publish_date":"","show_item_navigation":"","show_hits":"","show_noauth":"","urls_position":"","alternative_readmore":"","article_layout":"","show_publishing_options":"","show_article_options":"","show_urls_images_backend":"","show_urls_images_frontend":""}',
       1 + fixture_gen.n('aver', a.k, 5), 0, CASE a.cat WHEN 9 THEN 'rit, verslag, wielertoerisme' WHEN 11 THEN 'zwinstreek classic, cyclo, brugge' ELSE '' END,
       CASE a.cat WHEN 9 THEN 'Verslag van een clubrit van WTC Zwinstreek Brugge.' WHEN 11 THEN 'Zwinstreek Classic: toertocht van 60, 110 of 160 km vanuit Brugge.' ELSE '' END,
       CASE WHEN a.cat = 14 THEN 2 ELSE 1 END, fixture_gen.n('ahit', a.k, 2400), '{"robots":"","author":"' || a.meta_author || '","rights":""}', CASE WHEN a.k IN (71, 76, 81) THEN 1 ELSE 0 END, '*',
       CASE WHEN a.d < timestamp '2022-01-01' THEN 'overgezet van de oude site' ELSE '' END
FROM pgen.art a ORDER BY a.d;

-- ---------------------------------------------------------------------------
-- Private messages between back-end users (the board).

CREATE TABLE xk7f2_messages (
  message_id serial NOT NULL, user_id_from bigint DEFAULT 0 NOT NULL, user_id_to bigint DEFAULT 0 NOT NULL, folder_id smallint DEFAULT 0 NOT NULL,
  date_time timestamp without time zone NOT NULL, state smallint DEFAULT 0 NOT NULL, priority smallint DEFAULT 0 NOT NULL, subject varchar(255) DEFAULT '' NOT NULL,
  message text NOT NULL, PRIMARY KEY (message_id)
);
INSERT INTO xk7f2_messages (user_id_from, user_id_to, folder_id, date_time, state, priority, subject, message)
SELECT CASE WHEN t = 9 THEN 237 ELSE pgen.uid(f.i) END, pgen.uid(CASE WHEN r.i = f.i THEN 1 + (f.i % 6) ELSE r.i END), 0, d, CASE WHEN d > timestamp '2024-06-10' AND k % 3 = 0 THEN 0 ELSE 1 END, 0,
       CASE t WHEN 1 THEN 'Dubbele betaling webshop' WHEN 2 THEN 'Nieuw lid' WHEN 3 THEN 'Ongevalsaangifte' WHEN 4 THEN 'Sponsor ' || fixture_gen.pick(ARRAY['Garage Lagae', 'Fietsen Vandenbroucke', 'Café De Siesta'], 'msp', k)
              WHEN 5 THEN 'Kledijbestelling' WHEN 6 THEN 'Re: Zwinstreek Classic vrijwilligers' WHEN 7 THEN 'Adres voor de lidkaart' WHEN 8 THEN 'Terugbetaling' ELSE 'Nieuw privacyverzoek' END,
       CASE t
         WHEN 1 THEN '<p>Kan jij eens kijken naar de bestelling van ' || c.full_name || '? Die heeft twee keer betaald via Stripe. Mailadres: ' || c.email || '.</p>'
         WHEN 2 THEN '<p>Nieuw lid ingeschreven via de site: ' || m.full_name || ' uit ' || m.city || ', geboren ' || to_char(m.dob, 'DD/MM/YYYY') || '. Lidgeld nog niet ontvangen, ik stuur een herinnering.</p>'
         WHEN 3 THEN '<p>' || m.first || ' is zondag gevallen in Oostkerke. Ik heb het formulier al doorgestuurd, maar het medisch luik ontbreekt nog. Gsm: ' || m.phone || '.</p>'
         WHEN 4 THEN '<p>Ze willen hun logo groter op de achterkant van de trui. Kunnen we dat bespreken op de volgende vergadering?</p>'
         WHEN 5 THEN '<p>Er zijn nog ' || (4 + fixture_gen.n('mkq', k, 12)) || ' truien maat M nodig. Bestel ik bij Bioracer of wachten we tot september?</p>'
         WHEN 6 THEN '<p>Ik heb al ' || (18 + fixture_gen.n('mvr', k, 20)) || ' vrijwilligers. ' || m.full_name || ' doet de bevoorrading in Sluis, ' || c.first || ' staat aan de inschrijvingen.</p>'
         WHEN 7 THEN '<p>Het juiste adres van ' || m.full_name || ' is ' || m.street || ', ' || m.zip || ' ' || m.city || '. Graag aanpassen voor de lidkaarten.</p>'
         WHEN 8 THEN '<p>Terugbetaling van € ' || (20 + fixture_gen.n('mrf', k, 60)) || ' goedgekeurd voor ' || c.full_name || ' (trui te klein). Rekeningnummer ' || pgen.fmt_iban(c.iban) || '.</p>'
         ELSE '<p>Een nieuw privacyverzoek (' || fixture_gen.pick(ARRAY['export', 'verwijdering'], 'mpr', k) || ') werd ingediend door ' || c.email || '. Bekijk het in Gebruikers: Privacy.</p>' END
FROM generate_series(1, 76) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('mt', k, 9) AS t, pgen.at('md', k, '2023-01-05', '2024-06-27') AS d) tt
JOIN pgen.p f ON f.i = 1 + fixture_gen.n('mf', k, 12)
JOIN pgen.p r ON r.i = 1 + fixture_gen.n('mr', k, 6)
JOIN pgen.p m ON m.i = 13 + fixture_gen.n('mm', k, 157)
JOIN pgen.p c ON c.i = 171 + fixture_gen.n('mc', k, 240)
ORDER BY d;

-- ---------------------------------------------------------------------------
-- The user actions log (IP logging switched on in October 2023).

CREATE TABLE xk7f2_action_logs (
  id serial NOT NULL, message_language_key varchar(255) NOT NULL DEFAULT '', message text NOT NULL DEFAULT '', log_date timestamp without time zone NOT NULL,
  extension varchar(50) NOT NULL DEFAULT '', user_id integer DEFAULT 0 NOT NULL, item_id integer DEFAULT 0 NOT NULL, ip_address varchar(40) NOT NULL DEFAULT '0.0.0.0', PRIMARY KEY (id)
);
CREATE INDEX xk7f2_action_logs_idx_user_id ON xk7f2_action_logs (user_id);
INSERT INTO xk7f2_action_logs (message_language_key, message, log_date, extension, user_id, item_id, ip_address)
SELECT CASE t WHEN 0 THEN 'PLG_ACTIONLOG_JOOMLA_USER_LOGGED_IN' WHEN 1 THEN 'PLG_ACTIONLOG_JOOMLA_USER_LOGGED_OUT' WHEN 2 THEN 'PLG_ACTIONLOG_JOOMLA_USER_LOGIN_FAILED'
              WHEN 3 THEN 'PLG_SYSTEM_ACTIONLOGS_CONTENT_UPDATED' WHEN 4 THEN 'PLG_ACTIONLOG_JOOMLA_USER_REGISTERED' WHEN 5 THEN 'PLG_ACTIONLOG_JOOMLA_USER_UPDATED'
              WHEN 6 THEN 'PLG_ACTIONLOG_JOOMLA_USER_REMIND' ELSE 'PLG_SYSTEM_ACTIONLOGS_CONTENT_ADDED' END,
       pgen.cj(CASE t
         WHEN 0 THEN json_build_object('action', 'login', 'userid', pgen.uid(u.i), 'username', u.username, 'accountlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(u.i), 'app', CASE WHEN u.i <= 12 AND k % 2 = 0 THEN 'PLG_ACTIONLOG_JOOMLA_APPLICATION_ADMINISTRATOR' ELSE 'PLG_ACTIONLOG_JOOMLA_APPLICATION_SITE' END)
         WHEN 1 THEN json_build_object('action', 'logout', 'id', pgen.uid(u.i), 'userid', pgen.uid(u.i), 'username', u.username, 'accountlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(u.i), 'app', 'PLG_ACTIONLOG_JOOMLA_APPLICATION_SITE')
         WHEN 2 THEN json_build_object('action', 'login', 'id', 0, 'title', CASE WHEN k % 3 = 0 THEN u.email ELSE u.username END, 'itemlink', '', 'userid', 0, 'username', CASE WHEN k % 3 = 0 THEN u.email ELSE u.username END, 'accountlink', '', 'app', 'PLG_ACTIONLOG_JOOMLA_APPLICATION_SITE')
         WHEN 3 THEN json_build_object('action', 'update', 'type', 'PLG_ACTIONLOG_JOOMLA_TYPE_ARTICLE', 'id', a.id, 'title', a.title, 'itemlink', 'index.php?option=com_content&task=article.edit&id=' || a.id, 'userid', pgen.uid(b.i), 'username', b.username, 'accountlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(b.i))
         WHEN 4 THEN json_build_object('action', 'register', 'id', pgen.uid(u.i), 'title', u.full_name, 'itemlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(u.i), 'userid', pgen.uid(u.i), 'username', u.username, 'accountlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(u.i))
         WHEN 5 THEN json_build_object('action', 'update', 'type', 'PLG_ACTIONLOG_JOOMLA_TYPE_USER', 'id', pgen.uid(u.i), 'title', u.full_name, 'itemlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(u.i), 'userid', pgen.uid(b.i), 'username', b.username, 'accountlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(b.i))
         WHEN 6 THEN json_build_object('action', 'remind', 'id', pgen.uid(u.i), 'title', u.full_name, 'itemlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(u.i), 'userid', pgen.uid(u.i), 'username', u.username, 'accountlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(u.i))
         ELSE json_build_object('action', 'add', 'type', 'PLG_ACTIONLOG_JOOMLA_TYPE_ARTICLE', 'id', a.id, 'title', a.title, 'itemlink', 'index.php?option=com_content&task=article.edit&id=' || a.id, 'userid', pgen.uid(b.i), 'username', b.username, 'accountlink', 'index.php?option=com_users&task=user.edit&id=' || pgen.uid(b.i)) END),
       d, CASE WHEN t IN (3, 7) THEN 'com_content' ELSE 'com_users' END,
       CASE WHEN t IN (3, 5, 7) THEN pgen.uid(b.i) WHEN t = 2 THEN 0 ELSE pgen.uid(u.i) END,
       CASE WHEN t IN (3, 7) THEN a.id WHEN t = 2 THEN 0 ELSE pgen.uid(u.i) END,
       CASE WHEN d < timestamp '2023-10-02' THEN 'COM_ACTIONLOGS_DISABLED' ELSE pgen.ip(u.cc, 'alip', u.i * 7 + k % 3) END
FROM generate_series(1, 430) k
CROSS JOIN LATERAL (SELECT (ARRAY[0, 0, 0, 0, 1, 1, 2, 3, 3, 4, 5, 6, 7])[1 + fixture_gen.n('alt', k, 13)] AS t, pgen.at('ald', k, '2023-06-01', '2024-06-28 07:45:00') AS d) tt
JOIN pgen.p u ON u.i = CASE WHEN k % 4 = 0 THEN 1 + fixture_gen.n('alu', k, 12) ELSE 1 + fixture_gen.n('alu', k, 260) END
JOIN pgen.p b ON b.i = (ARRAY[1, 3, 5, 6, 7, 12])[1 + fixture_gen.n('alb', k, 6)]
JOIN xk7f2_content a ON a.id = 1 + fixture_gen.n('ala', k, 112)
ORDER BY d;

-- ---------------------------------------------------------------------------
-- Privacy: information requests and consents (the consent plugin records the
-- IP address and the browser).

CREATE TABLE xk7f2_privacy_requests (
  id serial NOT NULL, email varchar(100) DEFAULT '' NOT NULL, requested_at timestamp without time zone NOT NULL, status smallint DEFAULT 0 NOT NULL,
  request_type varchar(25) DEFAULT '' NOT NULL, confirm_token varchar(100) DEFAULT '' NOT NULL, confirm_token_created_at timestamp without time zone, PRIMARY KEY (id)
);
INSERT INTO xk7f2_privacy_requests (email, requested_at, status, request_type, confirm_token, confirm_token_created_at)
SELECT p.email, d, s, CASE WHEN k % 3 = 0 THEN 'remove' ELSE 'export' END,
       CASE WHEN s IN (0, 1) THEN '$2y' || '$10$' || fixture_gen.chars('prt', k, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') ELSE '' END,
       CASE WHEN s IN (0, 1) THEN d END
FROM generate_series(1, 28) k
CROSS JOIN LATERAL (SELECT CASE WHEN k > 23 THEN pgen.at('prd', k, '2024-06-03', '2024-06-27') ELSE pgen.at('prd', k, '2019-02-01', '2024-06-01') END AS d) dd
CROSS JOIN LATERAL (SELECT CASE WHEN d > timestamp '2024-06-01' THEN (k % 2)::int WHEN k % 7 = 0 THEN -1 ELSE 2 END AS s) ss
JOIN pgen.p p ON p.i = 1 + fixture_gen.n('prp', k, 420) ORDER BY d;

CREATE TABLE xk7f2_privacy_consents (
  id serial NOT NULL, user_id bigint DEFAULT 0 NOT NULL, state smallint DEFAULT 1 NOT NULL, created timestamp without time zone NOT NULL, subject varchar(255) DEFAULT '' NOT NULL,
  body text NOT NULL, remind smallint DEFAULT 0 NOT NULL, token varchar(100) DEFAULT '' NOT NULL, PRIMARY KEY (id)
);
CREATE INDEX xk7f2_privacy_consents_idx_user_id ON xk7f2_privacy_consents (user_id);
INSERT INTO xk7f2_privacy_consents (user_id, state, created, subject, body, remind, token)
SELECT u.id, CASE WHEN u.id % 19 = 3 THEN 0 WHEN u."registerDate" < timestamp '2023-06-01' AND u.id % 5 = 0 THEN -1 ELSE 1 END, u."registerDate", 'PLG_SYSTEM_PRIVACYCONSENT_SUBJECT',
       '<ul><li>IP Address: ' || pgen.ip(p.cc, 'pcip', p.i) || '</li><li>User Agent: ' || pgen.ua('pcua', p.i) || '</li></ul>',
       CASE WHEN u."registerDate" < timestamp '2023-07-01' AND u.id % 4 = 0 THEN 1 ELSE 0 END,
       CASE WHEN u."registerDate" < timestamp '2023-07-01' AND u.id % 4 = 0 THEN md5('pctok' || u.id) ELSE '' END
FROM xk7f2_users u JOIN pgen.p p ON pgen.uid(p.i) = u.id WHERE u."registerDate" > timestamp '2018-05-25' ORDER BY u."registerDate";

-- ---------------------------------------------------------------------------
-- Mail templates: the core's, some translated, the shop's with their own SMTP account.

CREATE TABLE xk7f2_mail_templates (
  template_id varchar(127) NOT NULL DEFAULT '', extension varchar(127) NOT NULL DEFAULT '', language char(7) NOT NULL DEFAULT '', subject varchar(255) NOT NULL DEFAULT '',
  body text NOT NULL, htmlbody text NOT NULL, attachments text NOT NULL, params text NOT NULL, PRIMARY KEY (template_id, language)
);
INSERT INTO xk7f2_mail_templates
SELECT t.id, split_part(t.id, '.', 1), '', upper(replace(t.id, '.', '_')) || '_SUBJECT', upper(replace(t.id, '.', '_')) || '_BODY', '', '', '{"tags":' || t.tags || '}'
FROM (VALUES ('com_config.test_mail', '["sitename","method"]'), ('com_contact.mail', '["sitename","name","contactname","email","subject","body","url","customfields","contactformfields"]'),
  ('com_contact.mail.copy', '["sitename","name","contactname","email","subject","body","url","customfields","contactformfields"]'), ('com_users.massmail.mail', '["subject","body","subjectprefix","bodysuffix"]'),
  ('com_users.password_reset', '["name","email","sitename","link_text","link_html","token"]'), ('com_users.reminder', '["name","username","sitename","email","link_text","link_html"]'),
  ('com_users.registration.user.admin_activation', '["name","sitename","activate","siteurl","username"]'), ('com_users.registration.user.self_activation', '["name","sitename","activate","siteurl","username"]'),
  ('com_users.registration.user.registration_mail', '["name","sitename","siteurl","username"]'), ('com_users.registration.admin.new_notification', '["name","sitename","siteurl","username"]'),
  ('com_users.registration.admin.verification_request', '["name","sitename","email","username","activate"]'), ('com_users.registration.user.admin_activated', '["name","sitename","siteurl","username"]'),
  ('com_privacy.notification.export', '["sitename","url","tokenurl","formurl","token"]'), ('com_privacy.notification.remove', '["sitename","url","tokenurl","formurl","token"]'),
  ('com_privacy.notification.admin.export', '["sitename","url","tokenurl","formurl","token"]'), ('com_privacy.userdataexport', '["sitename","url"]'),
  ('com_actionlogs.notification', '["message","date","extension","username"]'), ('com_messages.new_message', '["subject","message","fromname","sitename","siteurl","fromemail","toname","toemail"]'),
  ('plg_system_privacyconsent.request.reminder', '["sitename","url","tokenurl","formurl","token"]'), ('plg_multifactorauth_email.mail', '["code","sitename","siteurl","username","email","fullname"]'),
  ('plg_task_privacyconsent.request.reminder', '["sitename","url","tokenurl","formurl","token"]'), ('plg_user_joomla.mail', '["name","sitename","url","username","password","email"]'),
  ('plg_task_checkfiles.notification', '["count","sitename"]'), ('plg_system_tasknotification.failure_mail', '["task_id","task_title","exit_code","exec_data_time","task_output","sitename"]')) t(id, tags);
INSERT INTO xk7f2_mail_templates VALUES
 ('com_users.registration.user.admin_activation', 'com_users', 'nl-BE', 'Je registratie bij {SITENAME}',
  E'Dag {NAME},\n\nBedankt voor je registratie bij {SITENAME}. Bevestig je e-mailadres via de link hieronder. Daarna keurt het secretariaat je account goed.\n\n{ACTIVATE}\n\nJe gebruikersnaam is {USERNAME}.\n\nSportieve groeten,\nWTC Zwinstreek Brugge',
  '', '', '{"tags":["name","sitename","activate","siteurl","username"]}'),
 ('com_users.registration.admin.new_notification', 'com_users', 'nl-BE', 'Nieuwe registratie op {SITENAME}',
  E'Dag,\n\nEr heeft zich een nieuwe gebruiker geregistreerd: {NAME} ({USERNAME}).\n\nKeur het account goed in het beheer als het lidgeld betaald is.', '', '', '{"tags":["name","sitename","siteurl","username"]}'),
 ('com_users.password_reset', 'com_users', 'nl-BE', 'Wachtwoord herstellen voor {SITENAME}',
  E'Dag {NAME},\n\nIemand vroeg een nieuw wachtwoord aan voor je account. Gebruik deze code: {TOKEN}\n\nOf klik op {LINK_TEXT}.\n\nHeb je dit niet gevraagd? Dan mag je deze mail negeren.', '', '', '{"tags":["name","email","sitename","link_text","link_html","token"]}'),
 ('com_contact.mail', 'com_contact', 'nl-BE', '{SITENAME}: {SUBJECT}', E'Bericht via het contactformulier van {SITENAME}\n\nVan: {NAME} <{EMAIL}>\n\n{BODY}', '', '', '{"tags":["sitename","name","contactname","email","subject","body","url","customfields","contactformfields"]}');
-- Mass mails to the members and contact-form copies go out through the club's
-- transactional mail account (com_mails' alternative mail configuration).
INSERT INTO xk7f2_mail_templates
SELECT t.id, t.ext, l.lang, t.subj, t.body, '', '',
       '{"alternative_mailconfig":"1","mailfrom":"shop@wtc-zwinstreek.example","fromname":"Clubshop WTC Zwinstreek","replyto":"shop@wtc-zwinstreek.example","replytoname":"Clubshop WTC Zwinstreek","mailer":"smtp","sendmail":"","smtphost":"smtp-relay.brevo.com","smtpport":"587","smtpsecure":"tls","smtpauth":"1","smtpuser":"'
         || fixture_gen.hexn('smtpu', 1, 8) || '@smtp-brevo.com","smtppass":"' || 'xsmtpsib-' || fixture_gen.hexn('smtpp', 1, 64) || '-' || pgen.rnd('smtpq', 1, 16) || '","copyto":"","tags":' || t.tags || '}'
FROM (VALUES ('com_contact.mail.copy', 'com_contact', 'Kopie: {SUBJECT}', E'Dit is een kopie van je bericht aan {CONTACTNAME}:\n\n{BODY}', '["sitename","name","contactname","email","subject","body","url","customfields","contactformfields"]'),
             ('com_users.massmail.mail', 'com_users', '{SUBJECTPREFIX}{SUBJECT}', E'{BODY}\n\n{BODYSUFFIX}', '["subject","body","subjectprefix","bodysuffix"]')) t(id, ext, subj, body, tags)
CROSS JOIN (VALUES ('nl-BE'), ('fr-FR')) l(lang);

-- ---------------------------------------------------------------------------
-- Extensions: core, VirtueMart, Community Builder, the club's own Strava plugin.

CREATE TABLE xk7f2_extensions (
  extension_id serial NOT NULL, package_id bigint DEFAULT 0 NOT NULL, name varchar(100) NOT NULL, type varchar(20) NOT NULL, element varchar(100) NOT NULL,
  changelogurl text, folder varchar(100) NOT NULL, client_id smallint NOT NULL, enabled smallint DEFAULT 0 NOT NULL, access bigint DEFAULT 1 NOT NULL,
  protected smallint DEFAULT 0 NOT NULL, locked smallint DEFAULT 0 NOT NULL, manifest_cache text NOT NULL, params text NOT NULL, custom_data text DEFAULT '' NOT NULL,
  checked_out integer, checked_out_time timestamp without time zone, ordering bigint DEFAULT 0, state bigint DEFAULT 0, note varchar(255), PRIMARY KEY (extension_id)
);
INSERT INTO xk7f2_extensions (extension_id, package_id, name, type, element, changelogurl, folder, client_id, enabled, access, protected, locked, manifest_cache, params, custom_data, checked_out, checked_out_time, ordering, state, note)
SELECT e.id, e.pkg, e.name, e.type, e.element, NULL, e.folder, e.client, e.enabled, 1, CASE WHEN e.author = 'Joomla! Project' THEN 1 ELSE 0 END, CASE WHEN e.author = 'Joomla! Project' AND e.id < 200 THEN 1 ELSE 0 END,
       pgen.cj(json_build_object('name', e.name, 'type', e.type, 'creationDate', e.cdate, 'author', e.author, 'copyright', e.copyright, 'authorEmail', e.email, 'authorUrl', e.url, 'version', e.version,
         'description', upper(e.name) || '_XML_DESCRIPTION', 'group', '', 'filename', e.element)),
       e.params, '', NULL, NULL, e.ord, 0, ''
FROM (VALUES
  (11, 0, 'com_content', 'component', 'com_content', '', 0, 1, '{"article_layout":"_:default","show_title":"1","link_titles":"1","show_intro":"1","show_category":"1","show_author":"1","show_create_date":"0","show_hits":"0","show_noauth":"0","save_history":"1","history_limit":10,"feed_summary":"0"}', 0),
  (25, 0, 'com_users', 'component', 'com_users', '', 1, 1, '{"allowUserRegistration":"1","new_usertype":"2","guest_usergroup":"9","sendpassword":"0","useractivation":"2","mail_to_admin":"1","captcha":"recaptcha","frontend_userparams":"1","site_language":"0","change_login_name":"0","reset_count":"10","reset_time":"1","minimum_length":"12","minimum_integers":"0","minimum_symbols":"0","minimum_uppercase":"0","minimum_lowercase":"0","save_history":"1","history_limit":5,"mailSubjectPrefix":"[WTC Zwinstreek] ","mailBodySuffix":"","allowed_positions_site":[],"mfaredirectonlogin":"1","mfaredirecturl":"","mfaonsilent":"0"}', 0),
  (8, 0, 'com_contact', 'component', 'com_contact', '', 1, 1, '{"contact_layout":"_:default","show_contact_category":"hide","save_history":"1","history_limit":10,"show_contact_list":"0","presentation_style":"sliders","show_tags":"1","show_info":"1","show_name":"1","show_position":"1","show_email":"0","add_mailto_link":"1","show_street_address":"0","show_suburb":"1","show_state":"0","show_postcode":"0","show_country":"0","show_telephone":"1","show_mobile":"1","show_fax":"0","show_webpage":"1","show_image":"1","show_misc":"1","allow_vcard":"0","show_email_form":"1","show_email_copy":"0","banned_email":"","banned_subject":"","banned_text":"","validate_session":"1","custom_reply":"0","redirect":"","captcha":"recaptcha"}', 0),
  (27, 0, 'com_privacy', 'component', 'com_privacy', '', 1, 1, '{"notify":14,"history_limit":5}', 0),
  (28, 0, 'com_actionlogs', 'component', 'com_actionlogs', '', 1, 1, '{"ip_logging":1,"csv_delimiter":",","loggable_extensions":["com_banners","com_cache","com_categories","com_checkin","com_config","com_contact","com_content","com_installer","com_media","com_menus","com_messages","com_modules","com_newsfeeds","com_plugins","com_redirect","com_tags","com_templates","com_users"]}', 0),
  (31, 0, 'com_mails', 'component', 'com_mails', '', 1, 1, '{"mail_html":"1","alternative_mailconfig":"1","copy_mails":"0","attachment_folder":""}', 0),
  (24, 0, 'com_redirect', 'component', 'com_redirect', '', 1, 1, '{"mode":"0"}', 0),
  (4, 0, 'com_banners', 'component', 'com_banners', '', 1, 1, '{"purchase_type":"3","track_impressions":"0","track_clicks":"0","metakey_prefix":"","save_history":"1","history_limit":10}', 0),
  (19, 0, 'com_joomlaupdate', 'component', 'com_joomlaupdate', '', 1, 1, '{"updatesource":"default","minimum_stability":"4","customurl":"","versioncheck":"1","backupcheck":"1"}', 0),
  (12, 0, 'com_fields', 'component', 'com_fields', '', 1, 1, '', 0),
  (13, 0, 'com_messages', 'component', 'com_messages', '', 1, 1, '', 0),
  (210, 0, 'plg_captcha_recaptcha', 'plugin', 'recaptcha', 'captcha', 0, 1, '{"version":"2.0","public_key":"6Le' || pgen.rnd('rcpub', 1, 37) || '","private_key":"6Le' || pgen.rnd('rcpriv', 1, 37) || '","theme2":"light","size":"normal","badge":"bottomright","callback":"","error_callback":"","expired_callback":""}', 1),
  (211, 0, 'plg_system_privacyconsent', 'plugin', 'privacyconsent', 'system', 0, 1, '{"privacy_note":"Ik ga akkoord met de privacyverklaring van WTC Zwinstreek Brugge vzw.","privacy_type":"article","privacy_article":"2","privacy_menu_item":"","messageOnRedirect":"","redirectUrl":"","enabled":"1","consentexpiration":"365","remind":"30","cachetimeout":"30"}', 0),
  (212, 0, 'plg_system_actionlogs', 'plugin', 'actionlogs', 'system', 0, 1, '{"logDeletePeriod":"365","lastrun":1719529200}', 0),
  (213, 0, 'plg_actionlog_joomla', 'plugin', 'joomla', 'actionlog', 0, 1, '{}', 0),
  (214, 0, 'plg_system_stats', 'plugin', 'stats', 'system', 0, 1, '{"mode":1,"lastrun":1718960400,"unique_id":"' || fixture_gen.hexn('statsuid', 1, 40) || '","interval":12}', 0),
  (215, 0, 'plg_user_token', 'plugin', 'token', 'user', 0, 1, '{"allowedUserGroups":["7","8","11"]}', 0),
  (216, 0, 'plg_api-authentication_token', 'plugin', 'token', 'api-authentication', 0, 1, '{"allowedUserGroups":["7","8"]}', 0),
  (217, 0, 'plg_system_webauthn', 'plugin', 'webauthn', 'system', 0, 1, '{"attestationSupport":"0"}', 0),
  (218, 0, 'plg_multifactorauth_totp', 'plugin', 'totp', 'multifactorauth', 0, 1, '{}', 0),
  (219, 0, 'plg_multifactorauth_yubikey', 'plugin', 'yubikey', 'multifactorauth', 0, 1, '{"servers":"","yubikey_client_id":"' || (80000 + fixture_gen.n('ykcid', 1, 9999)) || '","yubikey_secret":"' || fixture_gen.b64('yksec', 1, 20) || '"}', 0),
  (220, 0, 'plg_multifactorauth_email', 'plugin', 'email', 'multifactorauth', 0, 1, '{"force_enable":"0","timestep":"120"}', 0),
  (221, 0, 'plg_authentication_cookie', 'plugin', 'cookie', 'authentication', 0, 1, '{"cookie_lifetime":"60","key_length":"16"}', 0),
  (222, 0, 'plg_user_profile', 'plugin', 'profile', 'user', 0, 1, '{"register-require_address1":"1","register-require_address2":"0","register-require_city":"1","register-require_region":"0","register-require_country":"1","register-require_postal_code":"1","register-require_phone":"1","register-require_website":"0","register-require_favoritebook":"0","register-require_aboutme":"0","register-require_tos":"1","register-require_dob":"1"}', 0),
  (223, 0, 'plg_task_privacyconsent', 'plugin', 'privacyconsent', 'task', 0, 1, '{}', 0),
  (224, 0, 'plg_system_schedulerunner', 'plugin', 'schedulerunner', 'system', 0, 1, '{"webcron":{"enabled":"1","key":"' || fixture_gen.hexn('webcron', 1, 32) || '"},"lazy_scheduler":{"enabled":"0","interval":300}}', 0),
  (225, 0, 'plg_content_joomla', 'plugin', 'joomla', 'content', 0, 1, '{"email_new_fe":"1","email_new_state":"0","check_categories":"1","check_tags":"1"}', 0),
  (226, 0, 'plg_editors_tinymce', 'plugin', 'tinymce', 'editors', 0, 1, '{"configuration":{"toolbars":{"2":{"menu":["edit","insert","view","format","table","tools","help"],"toolbar1":["bold","italic","underline","|","link","unlink","image"]}},"setoptions":{"2":{"access":["1"],"skin":"0","skin_admin":"0","mobile":"0","drag_drop":"1","path":"","entity_encoding":"raw","lang_mode":"1","text_direction":"ltr","content_css":"1","content_css_custom":"","relative_urls":"1","newlines":"0","use_config_textfilters":"0","invalid_elements":"script,applet,iframe","valid_elements":"","extended_elements":"","resizing":"1","resize_horizontal":"1","element_path":"1","wordcount":"1","image_advtab":"0","advlist":"1","autosave":"1","contextmenu":"1","custom_plugin":"","custom_button":""}}}', 0),
  (227, 0, 'plg_fields_text', 'plugin', 'text', 'fields', 0, 1, '{}', 0),
  (228, 0, 'plg_fields_url', 'plugin', 'url', 'fields', 0, 1, '{}', 0),
  (229, 0, 'plg_fields_integer', 'plugin', 'integer', 'fields', 0, 1, '{}', 0),
  (230, 0, 'plg_fields_list', 'plugin', 'list', 'fields', 0, 1, '{}', 0),
  (700, 0, 'cassiopeia', 'template', 'cassiopeia', '', 0, 1, '{}', 0),
  (701, 0, 'atum', 'template', 'atum', '', 1, 1, '{}', 0),
  (702, 0, 'Dutch (Belgium)', 'language', 'nl-BE', '', 0, 1, '{}', 0),
  (703, 0, 'French (fr-FR)', 'language', 'fr-FR', '', 0, 1, '{}', 0),
  (800, 0, 'VirtueMart', 'component', 'com_virtuemart', '', 1, 1, '{}', 0),
  (801, 0, 'VirtueMart Allinone', 'component', 'com_virtuemart_allinone', '', 1, 1, '{}', 0),
  (802, 0, 'plg_vmpayment_standard', 'plugin', 'standard', 'vmpayment', 0, 1, '{}', 0),
  (803, 0, 'plg_vmpayment_paypal', 'plugin', 'paypal', 'vmpayment', 0, 0, '{}', 0),
  (804, 0, 'plg_vmpayment_stripe', 'plugin', 'stripe', 'vmpayment', 0, 1, '{}', 0),
  (805, 0, 'plg_vmshipment_weight_countries', 'plugin', 'weight_countries', 'vmshipment', 0, 1, '{}', 0),
  (806, 0, 'plg_vmcustom_textinput', 'plugin', 'textinput', 'vmcustom', 0, 1, '{}', 0),
  (807, 0, 'plg_system_vmLoaderPluginUpdate', 'plugin', 'vmLoaderPluginUpdate', 'system', 0, 1, '{}', 0),
  (808, 0, 'mod_virtuemart_cart', 'module', 'mod_virtuemart_cart', '', 0, 1, '{}', 0),
  (850, 0, 'Community Builder', 'component', 'com_comprofiler', '', 1, 1, '{}', 0),
  (851, 0, 'mod_cblogin', 'module', 'mod_cblogin', '', 0, 1, '{}', 0),
  (852, 0, 'mod_comprofileronline', 'module', 'mod_comprofileronline', '', 0, 1, '{}', 0),
  (853, 0, 'plg_system_communitybuilder', 'plugin', 'communitybuilder', 'system', 0, 1, '{}', 0),
  (900, 0, 'plg_system_zwinstrava', 'plugin', 'zwinstrava', 'system', 0, 1, '{"club_id":"' || (400000 + fixture_gen.n('stclub', 1, 90000)) || '","client_id":"' || (100000 + fixture_gen.n('stcid', 1, 90000)) || '","client_secret":"' || fixture_gen.hexn('stsec', 1, 40) || '","refresh_token":"' || fixture_gen.hexn('strt', 1, 40) || '","sync_interval":"3600","leaderboard_module":"1"}', 0)
) v(id, pkg, name, type, element, folder, client, enabled, params, ord)
CROSS JOIN LATERAL (SELECT CASE WHEN v.id < 800 THEN 'Joomla! Project' WHEN v.id < 850 THEN 'The VirtueMart Development Team' WHEN v.id < 900 THEN 'Joomlapolis' ELSE 'Ilias El Khattabi' END AS author,
    CASE WHEN v.id < 800 THEN 'admin@joomla.org' WHEN v.id < 850 THEN 'max@virtuemart.net' WHEN v.id < 900 THEN 'support@joomlapolis.com' ELSE 'ilias.elkhattabi@gmail.com' END AS email,
    CASE WHEN v.id < 800 THEN 'www.joomla.org' WHEN v.id < 850 THEN 'https://virtuemart.net' WHEN v.id < 900 THEN 'https://www.joomlapolis.com' ELSE 'https://github.com/ielkhattabi' END AS url,
    CASE WHEN v.id < 800 THEN '(C) 2005 Open Source Matters, Inc.' WHEN v.id < 850 THEN 'Copyright (C) 2004 - 2024 Virtuemart Team. All rights reserved.' WHEN v.id < 900 THEN 'Copyright (C) 2004-2024 www.joomlapolis.com / Lightning MultiCom SA' ELSE '(C) 2022 Ilias El Khattabi' END AS copyright,
    CASE WHEN v.id < 800 THEN '5.1.1' WHEN v.id < 850 THEN '4.2.8' WHEN v.id < 900 THEN '2.9.1' ELSE '1.3.0' END AS version,
    CASE WHEN v.id < 700 THEN '2006-04' WHEN v.id < 800 THEN '2024-05' WHEN v.id < 850 THEN 'May 2024' WHEN v.id < 900 THEN '2024-04-11' ELSE '2023-02-14' END AS cdate) e0
CROSS JOIN LATERAL (SELECT v.id, v.pkg, v.name, v.type, v.element, v.folder, v.client, v.enabled, v.params, v.ord, e0.*) e
ORDER BY e.id;

-- ---------------------------------------------------------------------------
-- Custom fields (Joomla's own, beside Community Builder's) and their values.

CREATE TABLE xk7f2_fields (
  id serial NOT NULL, asset_id bigint DEFAULT 0 NOT NULL, context varchar(255) DEFAULT '' NOT NULL, group_id bigint DEFAULT 0 NOT NULL, title varchar(255) DEFAULT '' NOT NULL,
  name varchar(255) DEFAULT '' NOT NULL, label varchar(255) DEFAULT '' NOT NULL, default_value text, type varchar(255) DEFAULT 'text' NOT NULL, note varchar(255) DEFAULT '' NOT NULL,
  description text NOT NULL, state smallint DEFAULT 0 NOT NULL, required smallint DEFAULT 0 NOT NULL, only_use_in_subform smallint DEFAULT 0 NOT NULL, checked_out integer,
  checked_out_time timestamp without time zone, ordering bigint DEFAULT 0 NOT NULL, params text NOT NULL, fieldparams text NOT NULL, language varchar(7) DEFAULT '' NOT NULL,
  created_time timestamp without time zone NOT NULL, created_user_id bigint DEFAULT 0 NOT NULL, modified_time timestamp without time zone NOT NULL, modified_by bigint DEFAULT 0 NOT NULL,
  access bigint DEFAULT 0 NOT NULL, PRIMARY KEY (id)
);
INSERT INTO xk7f2_fields (asset_id, context, group_id, title, name, label, default_value, type, note, description, state, required, only_use_in_subform, checked_out, checked_out_time,
  ordering, params, fieldparams, language, created_time, created_user_id, modified_time, modified_by, access)
SELECT 300 + k, ctx, 0, title, name, title, dv, type, note, descr, 1, req, 0, NULL, NULL, k,
       '{"hint":"","class":"","label_class":"","show_on":"' || CASE WHEN ctx = 'com_users.user' THEN '2' ELSE '' END || '","render_class":"","showlabel":"1","label_render_class":"","display":"2","layout":"","display_readonly":"2"}',
       fp, '*', pgen.at('fct', k, '2019-01-10', '2021-05-01'), 405, pgen.at('fct', k, '2021-05-02', '2024-02-01'), 405, CASE WHEN ctx = 'com_users.user' THEN 3 ELSE 1 END
FROM (VALUES
  (1, 'com_users.user', 'UCI ID', 'uci-id', '', 'text', '', 'Je UCI ID staat op je vergunning van de federatie (11 cijfers).', 0, '{"filter":"","maxlength":"11"}'),
  (2, 'com_users.user', 'Noodcontact (naam en telefoon)', 'noodcontact', '', 'text', 'enkel zichtbaar voor wegkapiteins', 'Wie moeten we bellen als er iets gebeurt tijdens een rit?', 1, '{"filter":"","maxlength":""}'),
  (3, 'com_users.user', 'Strava-profiel', 'strava-profiel', '', 'url', '', '', 0, '{"schemes":["https"],"relative":"0"}'),
  (4, 'com_users.user', 'Type fiets', 'type-fiets', 'koersfiets', 'list', '', '', 0, '{"multiple":"0","options":{"options0":{"name":"Koersfiets","value":"koersfiets"},"options1":{"name":"Gravel","value":"gravel"},"options2":{"name":"E-bike","value":"ebike"}}}'),
  (5, 'com_users.user', 'Lidnummer', 'lidnummer', '', 'text', '', '', 0, '{"filter":"","maxlength":"16"}'),
  (6, 'com_content.article', 'Afstand (km)', 'afstand-km', '', 'integer', '', '', 0, '{"multiple":"0","first":"1","last":"250","step":"1"}'),
  (7, 'com_content.article', 'Hoogtemeters', 'hoogtemeters', '', 'integer', '', '', 0, '{"multiple":"0","first":"0","last":"3000","step":"10"}'),
  (8, 'com_content.article', 'Vertrekplaats', 'vertrekplaats', 'Clubhuis, Langestraat 112, Brugge', 'text', '', '', 0, '{"filter":"","maxlength":""}'),
  (9, 'com_content.article', 'GPX-route', 'gpx-route', '', 'url', '', '', 0, '{"schemes":["https"],"relative":"0"}'),
  (10, 'com_contact.contact', 'Lid sinds', 'lid-sinds', '', 'integer', '', '', 0, '{"multiple":"0","first":"1978","last":"2024","step":"1"}')
) v(k, ctx, title, name, dv, type, note, descr, req, fp);

CREATE TABLE xk7f2_fields_values (field_id bigint NOT NULL, item_id varchar(255) NOT NULL, value text);
CREATE INDEX xk7f2_fields_values_idx_field_id ON xk7f2_fields_values (field_id);
CREATE INDEX xk7f2_fields_values_idx_item_id ON xk7f2_fields_values (item_id);
INSERT INTO xk7f2_fields_values
SELECT f, pgen.uid(p.i)::text, CASE f
    WHEN 1 THEN p.uci
    WHEN 2 THEN fixture_gen.pick(ARRAY['Els', 'Tine', 'Hilde', 'Marc', 'Filip', 'Nadia', 'Sevda', 'Jo', 'Mama'], 'fvn', p.i) || ' ' || CASE WHEN p.i % 2 = 0 THEN p.last || ' ' ELSE '' END
         || '(' || fixture_gen.pick(ARRAY['partner', 'echtgenote', 'echtgenoot', 'moeder', 'broer', 'dochter'], 'fvr', p.i) || ') ' || pgen.phone('vl', 'fvph', p.i)
    WHEN 3 THEN 'https://www.strava.com/athletes/' || (1000000 + fixture_gen.n('strava', p.i, 90000000))
    WHEN 4 THEN fixture_gen.pick(ARRAY['koersfiets', 'koersfiets', 'gravel', 'ebike'], 'fvb', p.i)
    ELSE 'ZW-' || to_char(u."registerDate", 'YYYY') || '-' || lpad(p.i::text, 3, '0') END
FROM pgen.p p JOIN xk7f2_users u ON u.id = pgen.uid(p.i) CROSS JOIN generate_series(1, 5) f
WHERE p.i <= 170 AND CASE f WHEN 1 THEN p.i % 5 < 3 WHEN 2 THEN p.i % 2 = 0 WHEN 3 THEN p.i % 3 = 0 WHEN 4 THEN p.i % 4 <> 1 ELSE true END
UNION ALL
SELECT f, a.id::text, CASE f WHEN 6 THEN (60 + fixture_gen.n('fva', a.id, 100))::text WHEN 7 THEN (10 * (5 + fixture_gen.n('fvh', a.id, 120)))::text
                             WHEN 8 THEN CASE WHEN a.id % 6 = 0 THEN 'Markt Damme' ELSE 'Clubhuis, Langestraat 112, Brugge' END
                             ELSE 'https://www.strava.com/routes/' || (3100000000000000000::bigint + fixture_gen.n('aroute', a.id, 900000000)) END
FROM xk7f2_content a CROSS JOIN generate_series(6, 9) f WHERE a.catid = 9
UNION ALL
SELECT 10, c.id::text, (1978 + fixture_gen.n('fvls', c.id, 45))::text FROM xk7f2_contact_details c WHERE c.catid IN (21, 22, 24);

-- ---------------------------------------------------------------------------
-- Redirects: 404s the redirect plugin logged since the move from the old
-- site, with the referring pages.

CREATE TABLE xk7f2_redirect_links (
  id serial NOT NULL, old_url varchar(2048) NOT NULL, new_url varchar(2048), referer varchar(2048) NOT NULL, comment varchar(255) DEFAULT '' NOT NULL,
  hits bigint DEFAULT 0 NOT NULL, published smallint NOT NULL, created_date timestamp without time zone NOT NULL, modified_date timestamp without time zone NOT NULL,
  header integer DEFAULT 301 NOT NULL, PRIMARY KEY (id)
);
INSERT INTO xk7f2_redirect_links (old_url, new_url, referer, comment, hits, published, created_date, modified_date, header)
SELECT 'https://www.wtc-zwinstreek.example' || o.path, CASE WHEN o.pub = 1 THEN o.target ELSE '' END,
       CASE fixture_gen.n('rlr', k, 7)
         WHEN 0 THEN '' WHEN 1 THEN 'https://www.google.com/' WHEN 2 THEN 'https://www.facebook.com/?fbclid=IwAR' || pgen.rnd('fbclid', k, 56)
         WHEN 3 THEN 'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.wtc-zwinstreek.example' || replace(o.path, '/', '%2F') || '&h=AT' || pgen.rnd('fbh', k, 44)
         WHEN 4 THEN 'https://www.strava.com/clubs/zwinstreek-brugge' WHEN 5 THEN 'https://www.wtc-zwinstreek.example/index.php/nieuws?gclid=Cj0KCQjw' || pgen.rnd('gclid', k, 60)
         ELSE 'android-app://com.google.android.gm/' END,
       CASE WHEN o.pub = 1 AND k % 3 = 0 THEN fixture_gen.pick(ARRAY['oude site', 'kalender verhuisd', 'link in nieuwsbrief', 'QR-code op affiche'], 'rlc', k) ELSE '' END,
       1 + fixture_gen.n('rlh', k, 300), o.pub, pgen.at('rlcd', k, '2021-05-01', '2024-06-20'), pgen.at('rlcd', k, '2021-05-01', '2024-06-20') + make_interval(days => fixture_gen.n('rlm', k, 30)), 301
FROM generate_series(1, 84) k
CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('rlp', k, 8)
    WHEN 0 THEN '/index.php/kalender-' || (2015 + k % 7) WHEN 1 THEN '/index.php?option=com_comprofiler&task=userprofile&user=' || (400 + fixture_gen.n('rlu', k, 170))
    WHEN 2 THEN fixture_gen.pick(ARRAY['/wp-login.php', '/.env', '/xmlrpc.php', '/administrator/manifests/files/joomla.xml', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', '/.git/config'], 'rlb', k)
    WHEN 3 THEN '/index.php/ritverslagen/' || (100 + k) || '-verslag-zondagrit' WHEN 4 THEN '/classic' || (2016 + k % 8)
    WHEN 5 THEN '/images/stories/truien/trui-' || (2014 + k % 6) || '.jpg' WHEN 6 THEN '/index.php/shop/kledij/zomertrui-detail'
    ELSE '/inschrijven' END AS path) pp
CROSS JOIN LATERAL (SELECT CASE WHEN pp.path LIKE '/index.php/kalender%' OR pp.path LIKE '/classic%' OR pp.path = '/inschrijven' OR pp.path LIKE '/index.php/shop%' THEN 1
                                WHEN pp.path LIKE '/index.php?option=com_comprofiler%' AND k % 2 = 0 THEN 2 WHEN k % 11 = 0 THEN -2 ELSE 0 END AS pub,
                           CASE WHEN pp.path LIKE '/index.php/kalender%' THEN '/index.php/kalender' WHEN pp.path LIKE '/classic%' OR pp.path = '/inschrijven' THEN '/index.php/zwinstreek-classic'
                                WHEN pp.path LIKE '/index.php/shop%' THEN '/index.php/shop/kledij' ELSE '/' END AS target, pp.path) o
ORDER BY 7;

-- ---------------------------------------------------------------------------
-- Banner clients: the sponsors, their contact people and contract notes.

CREATE TABLE xk7f2_banner_clients (
  id serial NOT NULL, name varchar(255) DEFAULT '' NOT NULL, contact varchar(255) DEFAULT '' NOT NULL, email varchar(255) DEFAULT '' NOT NULL, extrainfo text NOT NULL,
  state smallint DEFAULT 0 NOT NULL, checked_out integer, checked_out_time timestamp without time zone, metakey text, own_prefix smallint DEFAULT 0 NOT NULL,
  metakey_prefix varchar(255) DEFAULT '' NOT NULL, purchase_type smallint DEFAULT -1 NOT NULL, track_clicks smallint DEFAULT -1 NOT NULL, track_impressions smallint DEFAULT -1 NOT NULL,
  PRIMARY KEY (id)
);
INSERT INTO xk7f2_banner_clients (name, contact, email, extrainfo, state, checked_out, checked_out_time, metakey, own_prefix, metakey_prefix, purchase_type, track_clicks, track_impressions)
SELECT v.name, v.contact, v.email, v.extra, CASE WHEN v.k IN (9, 17) THEN 0 ELSE 1 END, NULL, NULL, v.kw, 0, '', CASE WHEN v.k <= 3 THEN 5 ELSE 3 END, CASE WHEN v.k <= 6 THEN 1 ELSE -1 END, -1
FROM (VALUES
  (1, 'Fietsen Vandenbroucke bv', 'Filip Vandenbroucke', 'filip@fietsen-vandenbroucke.example', 'Hoofdsponsor 2023-2025, € 2.500 per jaar, logo voorkant trui. Factuur naar de boekhouder, Annick De Coninck.', 'fietsen, onderhoud'),
  (2, 'Garage Lagae nv', 'Bart Lagae', 'bart.lagae@garage-lagae.example', 'Volgwagen Zwinstreek Classic + € 1.000. Contract loopt tot eind 2024; Bart wil verlengen als het logo op de mouw komt.', 'garage, auto'),
  (3, 'Boekhoudkantoor Maes & Co', 'Hilde Maes', 'hilde@maes-co.example', 'Betaalt in natura (boekhouding vzw). Gsm Hilde 0477 30 61 12.', 'boekhouding'),
  (4, 'Bakkerij De Molen', 'Geert Declercq', 'bakkerij.demolen@skynet.be', 'Levert 300 wafels voor de bevoorrading.', 'bakkerij'),
  (5, 'Café De Siesta', 'Sevda Öztürk', 'desiesta.damme@gmail.com', 'Clublokaal, vat bier op het ledenfeest.', 'café, damme'),
  (6, 'Kinesitherapie Sofie Desmet', 'Sofie Desmet', 'sofie@kine-desmet.example', 'Bike fitting aan halve prijs voor leden. Sofie is ook lid (groep C).', 'kine, bike fitting'),
  (7, 'Bioracer Brugge', 'Kevin Vanneste', 'brugge@bioracer-partner.example', 'Kledijpartner, 15% korting op clubbestellingen.', 'kledij'),
  (8, 'Traiteur Ilunga', 'Patrick Ilunga', 'traiteur.ilunga@gmail.com', 'Catering algemene vergadering tegen kostprijs.', 'traiteur'),
  (9, 'Immo Zwinstreek', 'Nathalie Dupont', 'nathalie@immo-zwinstreek.example', 'Gestopt in 2023 na faillissement, nog € 250 openstaand.', 'immo'),
  (10, 'Apotheek Öztürk', 'Mehmet Öztürk', 'apotheek.ozturk@skynet.be', 'EHBO-koffers voor de volgwagens.', 'apotheek'),
  (11, 'Brouwerij Bourgogne des Flandres', 'Marketing', 'marketing@bourgogne-flandres.example', 'Bier voor de aankomst van de Classic.', 'brouwerij'),
  (12, 'Hotel Ter Reien', 'Lotte Peeters', 'lotte.peeters@terreien.example', 'Kamers voor buitenlandse deelnemers Classic, code ZWIN24.', 'hotel'),
  (13, 'Notariskantoor Verhaeghe & De Smet', 'Mr. Pieter-Jan De Smet', 'pj.desmet@notaris-vds.example', 'Sponsort de tijdrit.', 'notaris'),
  (14, 'Frituur ''t Zwaantje', 'Youssef Haddouchi', 'frituurzwaantje@hotmail.com', 'Frietkot aan de aankomst.', 'frituur'),
  (15, 'Van Acker Elektro', 'Dirk Van Acker', 'info@vanacker-elektro.example', '', 'elektro'),
  (16, 'Tandartsenpraktijk Brugge-Zuid', 'Dr. Nele Goossens', 'nele.goossens@tandarts-bz.example', 'Logo op de website, € 300.', 'tandarts'),
  (17, 'Fietsverhuur Zwinrijders', 'Jens Dewulf', 'jens@zwinrijders.example', 'Contract niet verlengd.', 'verhuur'),
  (18, 'KBC Verzekeringen Assebroek', 'Ilse Vercruysse', 'ilse.vercruysse@kbc-agent.example', 'Sponsort de jeugdwerking.', 'verzekering'),
  (19, 'Sportwinkel Mukendi', 'Divine Mukendi', 'divine@sport-mukendi.example', 'Nieuwe sponsor 2024, bidons met logo.', 'sport'),
  (20, 'Architectenbureau Lambert', 'Aurélie Lambert', 'aurelie@lambert-archi.example', 'Bestuurslid, sponsort zelf de jeugdtruien.', 'architect')
) v(k, name, contact, email, extra, kw) ORDER BY v.k;

-- ---------------------------------------------------------------------------
-- Content history: saved versions of contacts and articles as JSON.

CREATE TABLE xk7f2_history (
  version_id serial NOT NULL, item_id varchar(50) NOT NULL, version_note varchar(255) DEFAULT '' NOT NULL, save_date timestamp without time zone NOT NULL,
  editor_user_id integer DEFAULT 0 NOT NULL, character_count integer DEFAULT 0 NOT NULL, sha1_hash varchar(50) DEFAULT '' NOT NULL, version_data text NOT NULL,
  keep_forever smallint DEFAULT 0 NOT NULL, PRIMARY KEY (version_id)
);
INSERT INTO xk7f2_history (item_id, version_note, save_date, editor_user_id, character_count, sha1_hash, version_data, keep_forever)
SELECT item_id, note, sd, editor, length(vd), substr(md5(vd) || md5('x' || vd), 1, 40), vd, CASE WHEN note <> '' AND v % 2 = 0 THEN 1 ELSE 0 END
FROM (
  SELECT 'com_contact.contact.' || c.id AS item_id, v, c.modified - make_interval(days => 40 * (3 - v)) AS sd, c.modified_by AS editor,
         CASE WHEN v = 2 AND c.id % 3 = 0 THEN 'adres aangepast na verhuis' WHEN v = 3 AND c.id % 4 = 0 THEN 'gsm-nummer gewijzigd' ELSE '' END AS note,
         pgen.cj(json_build_object('id', c.id, 'name', c.name, 'alias', c.alias, 'con_position', c.con_position,
           'address', CASE WHEN v < 3 AND c.id % 3 = 0 THEN pgen.street('vl', 'hold', c.id) ELSE c.address END, 'suburb', c.suburb, 'state', c.state, 'country', c.country, 'postcode', c.postcode,
           'telephone', c.telephone, 'fax', c.fax, 'misc', c.misc, 'image', c.image, 'email_to', c.email_to, 'default_con', c.default_con, 'published', c.published,
           'checked_out', NULL, 'checked_out_time', NULL, 'ordering', c.ordering, 'params', c.params, 'user_id', c.user_id, 'catid', c.catid, 'access', c.access,
           'mobile', CASE WHEN v < 3 AND c.id % 4 = 0 THEN pgen.phone('vl', 'hmob', c.id) ELSE c.mobile END, 'webpage', c.webpage, 'sortname1', c.sortname1, 'sortname2', c.sortname2,
           'sortname3', c.sortname3, 'language', c.language, 'created', c.created, 'created_by', c.created_by, 'created_by_alias', c.created_by_alias,
           'modified', c.modified - make_interval(days => 40 * (3 - v)), 'modified_by', c.modified_by, 'metakey', c.metakey, 'metadesc', c.metadesc, 'metadata', c.metadata,
           'featured', c.featured, 'publish_up', c.publish_up, 'publish_down', c.publish_down, 'version', v, 'hits', c.hits)) AS vd
  FROM xk7f2_contact_details c CROSS JOIN generate_series(1, 3) v WHERE v <= 1 + c.id % 3
  UNION ALL
  SELECT 'com_content.article.' || a.id, v, a.created + make_interval(hours => v * 3), a.created_by, CASE WHEN v = 2 AND a.id % 5 = 0 THEN 'typfouten' ELSE '' END,
         pgen.cj(json_build_object('id', a.id, 'asset_id', a.asset_id, 'title', a.title, 'alias', a.alias, 'introtext', a.introtext, 'fulltext', a."fulltext", 'state', a.state,
           'catid', a.catid, 'created', a.created, 'created_by', a.created_by, 'created_by_alias', a.created_by_alias, 'modified', a.created + make_interval(hours => v * 3),
           'modified_by', a.modified_by, 'publish_up', a.publish_up, 'publish_down', a.publish_down, 'images', a.images, 'urls', a.urls, 'attribs', a.attribs, 'version', v,
           'metakey', a.metakey, 'metadesc', a.metadesc, 'access', a.access, 'hits', 0, 'metadata', a.metadata, 'featured', a.featured, 'language', a.language, 'note', a.note))
  FROM xk7f2_content a CROSS JOIN generate_series(1, 2) v WHERE a.created > timestamp '2022-01-01' AND (v = 1 OR a.id % 2 = 0)
) h ORDER BY sd;

-- ---------------------------------------------------------------------------
-- VirtueMart: the club shop. Products, orders and their lines first in pgen.

CREATE TABLE pgen.prod (id int PRIMARY KEY, sku text, name text, price numeric(10, 2), vat numeric(4, 2), kind text);
INSERT INTO pgen.prod VALUES
 (1, 'ZW-TRUI-KM-24', 'Clubtrui korte mouw 2024', 69.00, 0.21, 'size'), (2, 'ZW-TRUI-LM-24', 'Clubtrui lange mouw 2024', 85.00, 0.21, 'size'),
 (3, 'ZW-BIB-24', 'Koersbroek met bretels 2024', 95.00, 0.21, 'size'), (4, 'ZW-VEST-24', 'Windvest', 75.00, 0.21, 'size'), (5, 'ZW-JAS-WIN', 'Winterjas Thermo', 139.00, 0.21, 'size'),
 (6, 'ZW-BIDON', 'Bidon 750 ml', 6.50, 0.21, 'plain'), (7, 'ZW-PET', 'Koerspetje', 15.00, 0.21, 'plain'), (8, 'ZW-SOK', 'Sokken (2 paar)', 18.00, 0.21, 'size'),
 (9, 'ZW-TRUI-NAAM', 'Clubtrui met eigen naam', 84.00, 0.21, 'name'), (10, 'ZW-HAND', 'Handschoenen kort', 29.00, 0.21, 'size'), (11, 'ZW-LID-24', 'Lidgeld 2024', 65.00, 0, 'plain'),
 (12, 'ZW-LID-24G', 'Lidgeld 2024 – gezinslid', 40.00, 0, 'plain'), (13, 'ZW-CL24-60', 'Zwinstreek Classic 2024 – 60 km', 8.00, 0, 'entry'),
 (14, 'ZW-CL24-110', 'Zwinstreek Classic 2024 – 110 km', 12.00, 0, 'entry'), (15, 'ZW-CL24-160', 'Zwinstreek Classic 2024 – 160 km', 15.00, 0, 'entry'),
 (16, 'ZW-ARM', 'Armstukken', 32.00, 0.21, 'size'), (17, 'ZW-BON-25', 'Cadeaubon € 25', 25.00, 0, 'plain');

CREATE TABLE pgen.ord (o int PRIMARY KEY, pi int, d timestamp, status text, pay int, ship int, has_st boolean, coupon text, cdisc numeric(10, 2));
INSERT INTO pgen.ord
SELECT o, pi, d,
       CASE WHEN d > timestamp '2024-06-20' AND o % 3 = 0 THEN 'P' WHEN o % 23 = 0 THEN 'X' WHEN o % 31 = 0 THEN 'R' WHEN o % 4 = 0 THEN 'C' ELSE 'S' END,
       CASE WHEN o % 9 = 0 THEN 2 WHEN pi <= 170 AND o % 5 = 0 THEN 4 WHEN d < timestamp '2022-06-01' AND o % 4 = 1 THEN 3 ELSE 1 END,
       CASE WHEN pi <= 170 AND o % 2 = 0 THEN 1 WHEN p.cc = 'BE' THEN 2 ELSE 3 END,
       o % 4 = 2,
       CASE WHEN o % 13 = 0 THEN 'WELKOM2024' WHEN o % 17 = 0 THEN 'CLASSIC5' END,
       CASE WHEN o % 13 = 0 THEN -10.00 WHEN o % 17 = 0 THEN -5.00 ELSE 0 END
FROM generate_series(1, 330) o
CROSS JOIN LATERAL (SELECT CASE WHEN o % 3 = 0 THEN 1 + fixture_gen.n('opi', o, 170) WHEN o % 3 = 1 THEN 171 + fixture_gen.n('opi', o, 90) ELSE 261 + fixture_gen.n('opi', o, 160) END AS pi,
                           pgen.at('od', o, '2021-03-01', '2024-06-27 22:00:00') AS d) x
JOIN pgen.p p ON p.i = x.pi;

CREATE TABLE pgen.oi (o int, line int, prod int, qty int, size text, custom text, PRIMARY KEY (o, line));
INSERT INTO pgen.oi
SELECT o.o, l, pr.id, CASE WHEN pr.id = 6 THEN 1 + fixture_gen.n('oiq', o.o * 10 + l, 3) ELSE 1 END,
       CASE WHEN pr.kind IN ('size', 'name') THEN fixture_gen.pick(ARRAY['XS', 'S', 'M', 'M', 'L', 'L', 'XL', 'XXL'], 'ois', o.o * 10 + l) END,
       CASE WHEN pr.kind = 'name' THEN upper(CASE WHEN l % 2 = 0 THEN p.last ELSE p.first END)
            WHEN pr.kind = 'entry' AND l > 1 THEN q.full_name || ' (' || to_char(q.dob, 'YYYY') || ')'
            WHEN pr.kind = 'entry' THEN p.full_name || ' (' || to_char(p.dob, 'YYYY') || ')' END
FROM pgen.ord o JOIN pgen.p p ON p.i = o.pi
CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('oin', o.o, 3)) l
CROSS JOIN LATERAL (SELECT CASE WHEN o.pi <= 170 AND l = 1 AND o.o % 6 = 0 THEN 11 + fixture_gen.n('oil', o.o, 2)
                                WHEN o.pi > 170 AND o.o % 3 = 2 AND (extract(month FROM o.d) BETWEEN 5 AND 9) THEN 13 + fixture_gen.n('oie', o.o * 10 + l, 3)
                                ELSE (ARRAY[1, 1, 1, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9, 10, 16, 17])[1 + fixture_gen.n('oip', o.o * 10 + l, 16)] END AS pid) pp
JOIN pgen.prod pr ON pr.id = pp.pid
JOIN pgen.p q ON q.i = 261 + fixture_gen.n('oiq2', o.o * 10 + l, 160);
-- one line per product and order
DELETE FROM pgen.oi a USING pgen.oi b WHERE a.o = b.o AND a.prod = b.prod AND a.line > b.line AND a.prod NOT IN (13, 14, 15);

CREATE TABLE xk7f2_virtuemart_userinfos (
  virtuemart_userinfo_id serial NOT NULL, virtuemart_user_id integer DEFAULT 0 NOT NULL, address_type char(2) DEFAULT '' NOT NULL, address_type_name varchar(32) DEFAULT '' NOT NULL,
  company varchar(64), title varchar(32), last_name varchar(96), first_name varchar(96), middle_name varchar(96), phone_1 varchar(32), phone_2 varchar(32), fax varchar(32),
  address_1 varchar(96) DEFAULT '' NOT NULL, address_2 varchar(64), city varchar(96) DEFAULT '' NOT NULL, virtuemart_state_id smallint DEFAULT 0 NOT NULL,
  virtuemart_country_id smallint DEFAULT 0 NOT NULL, zip varchar(32) DEFAULT '' NOT NULL, agreed smallint DEFAULT 0 NOT NULL, tos smallint DEFAULT 0 NOT NULL,
  customer_note varchar(2500) DEFAULT '' NOT NULL, created_on timestamp without time zone, created_by integer DEFAULT 0 NOT NULL, modified_on timestamp without time zone,
  modified_by integer DEFAULT 0 NOT NULL, PRIMARY KEY (virtuemart_userinfo_id)
);
CREATE FUNCTION pgen.vm_first(p pgen.p) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN p.first LIKE '% %' THEN split_part(p.first, ' ', 1) ELSE p.first END $$;
CREATE FUNCTION pgen.vm_middle(p pgen.p) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p.c = 'nl' AND p.last ~ '^(van den|van der|van|de) ' THEN substring(p.last FROM '^(van den|van der|van|de) ')
              WHEN p.first LIKE '% %' THEN split_part(p.first, ' ', 2) WHEN p.c = 'co' THEN fixture_gen.pick(ARRAY['María', 'José', 'Alejandro', ''], 'vmmid', p.i) ELSE '' END
$$;
CREATE FUNCTION pgen.vm_last(p pgen.p) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p.c = 'nl' AND p.last ~ '^(van den|van der|van|de) ' THEN regexp_replace(p.last, '^(van den|van der|van|de) ', '')
              WHEN p.c = 'co' THEN p.last || ' ' || fixture_gen.pick(ARRAY['Gómez', 'López', 'Zapata', 'Mejía'], 'vmlast2', p.i) ELSE p.last END
$$;
CREATE FUNCTION pgen.vm_title(p pgen.p) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN p.i % 8 = 5 THEN '' WHEN p.female THEN CASE WHEN p.i % 3 = 0 THEN 'Ms' ELSE 'Mrs' END ELSE 'Mr' END $$;
INSERT INTO xk7f2_virtuemart_userinfos (virtuemart_user_id, address_type, address_type_name, company, title, last_name, first_name, middle_name, phone_1, phone_2, fax, address_1, address_2,
  city, virtuemart_state_id, virtuemart_country_id, zip, agreed, tos, customer_note, created_on, created_by, modified_on, modified_by)
SELECT pgen.uid(p.i), 'BT', '', coalesce(p.company, ''), pgen.vm_title(p), pgen.vm_last(p), pgen.vm_first(p), pgen.vm_middle(p), p.phone, coalesce(p.phone2, ''),
       CASE WHEN p.i % 47 = 0 THEN pgen.landline('vmfax', p.i) ELSE '' END, p.street, coalesce(p.street2, ''), p.city, p.state_id, p.vmc, p.zip, 1, 1,
       CASE WHEN p.i % 11 = 0 THEN fixture_gen.pick(ARRAY['Liefst levering op zaterdag.', 'Bel even aan, de bel aan de voordeur werkt niet.', 'Facturen graag op naam van de firma.', 'Ik ben lid sinds 2019, lidkaart nr. op de achterkant.'], 'vmcn', p.i) ELSE '' END,
       u."registerDate", pgen.uid(p.i), u."registerDate" + make_interval(days => fixture_gen.n('vmum', p.i, 500)), pgen.uid(p.i)
FROM pgen.p p JOIN xk7f2_users u ON u.id = pgen.uid(p.i) WHERE p.i <= 260 AND p.i % 7 <> 3
UNION ALL
SELECT pgen.uid(p.i), 'ST', fixture_gen.pick(ARRAY['Werk', 'Kantoor', 'Ouders', 'Vakantiehuis', 'Work', 'Thuis 2'], 'vmstn', p.i), coalesce(p.company, ''), pgen.vm_title(q),
       pgen.vm_last(q), pgen.vm_first(q), pgen.vm_middle(q), pgen.phone(p.c, 'vmstph', p.i), '', '', pgen.street(p.c, 'vmst', p.i), '', (pgen.place(p.c, 'vmstz', p.i))[1][2], p.state_id, p.vmc,
       (pgen.place(p.c, 'vmstz', p.i))[1][1], 0, 0, '', u."registerDate" + interval '3 days', pgen.uid(p.i), u."registerDate" + interval '3 days', pgen.uid(p.i)
FROM pgen.p p JOIN xk7f2_users u ON u.id = pgen.uid(p.i) JOIN pgen.p q ON q.i = CASE WHEN p.i % 2 = 0 THEN p.i ELSE 261 + fixture_gen.n('vmstq', p.i, 160) END
WHERE p.i <= 260 AND p.i % 7 = 1
ORDER BY 21;

CREATE TABLE xk7f2_virtuemart_orders (
  virtuemart_order_id serial NOT NULL, virtuemart_user_id integer DEFAULT 0 NOT NULL, virtuemart_vendor_id smallint DEFAULT 1 NOT NULL, order_number varchar(64),
  customer_number varchar(32), order_pass varchar(34), order_total numeric(15, 5) DEFAULT 0 NOT NULL, "order_salesPrice" numeric(15, 5) DEFAULT 0 NOT NULL,
  "order_billTaxAmount" numeric(15, 5) DEFAULT 0 NOT NULL, "order_billTax" varchar(400), "order_billDiscountAmount" numeric(15, 5) DEFAULT 0 NOT NULL,
  "order_discountAmount" numeric(15, 5) DEFAULT 0 NOT NULL, order_subtotal numeric(15, 5), order_shipment numeric(10, 5), order_shipment_tax numeric(10, 5),
  order_payment numeric(10, 2), order_payment_tax numeric(10, 5), coupon_discount numeric(12, 2) DEFAULT 0 NOT NULL, coupon_code varchar(32), order_discount numeric(12, 2) DEFAULT 0 NOT NULL,
  order_currency smallint, order_status char(1), user_currency_id smallint, user_currency_rate numeric(10, 5) DEFAULT 1 NOT NULL, user_shoppergroups varchar(255),
  payment_currency_id smallint, payment_currency_rate numeric(10, 5) DEFAULT 1 NOT NULL, virtuemart_paymentmethod_id integer, virtuemart_shipmentmethod_id integer,
  delivery_date varchar(200), order_language varchar(7), ip_address varchar(40) DEFAULT '' NOT NULL, paid numeric(15, 5) DEFAULT 0 NOT NULL, paid_on timestamp without time zone,
  customer_note text, "STsameAsBT" smallint DEFAULT 0 NOT NULL, created_on timestamp without time zone, created_by integer DEFAULT 0 NOT NULL, modified_on timestamp without time zone,
  modified_by integer DEFAULT 0 NOT NULL, PRIMARY KEY (virtuemart_order_id)
);
CREATE UNIQUE INDEX xk7f2_virtuemart_orders_order_number ON xk7f2_virtuemart_orders (order_number);
INSERT INTO xk7f2_virtuemart_orders
SELECT o.o, CASE WHEN o.pi <= 260 THEN pgen.uid(o.pi) ELSE 0 END, 1,
       fixture_gen.chars('onum', o.o, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') || lpad((o.o % 100)::text, 2, '0'),
       CASE WHEN o.pi <= 260 THEN md5('cnum' || o.pi) ELSE 'nonreg_' || fixture_gen.hexn('cnumg', o.o, 10) END,
       'p_' || fixture_gen.hexn('opass', o.o, 8),
       s.sales + sh.net + sh.tax + o.cdisc, s.sales, s.tax + sh.tax,
       '{"1":["VAT 21%",' || round(s.tax, 2) || ']}', 0, 0, s.net, sh.net, sh.tax, 0, 0, o.cdisc, o.coupon, 0, 47, o.status, 47, 1,
       CASE WHEN o.pi <= 170 THEN '3' WHEN o.pi <= 260 THEN '2' ELSE '1' END, 47, 1, o.pay, o.ship,
       CASE WHEN o.ship = 1 THEN 'Afhalen op de clubavond' WHEN o.status = 'S' THEN NULL END,
       CASE WHEN p.lang IN ('nl-BE', 'nl-NL') THEN 'nl-BE' WHEN p.lang = 'fr-FR' THEN 'fr-FR' ELSE 'en-GB' END,
       pgen.ip(p.cc, 'oip', o.o),
       CASE WHEN o.status IN ('C', 'S', 'R') THEN s.sales + sh.net + sh.tax + o.cdisc ELSE 0 END,
       CASE WHEN o.status IN ('C', 'S', 'R') THEN o.d + make_interval(mins => 2 + fixture_gen.n('opo', o.o, CASE WHEN o.pay = 2 THEN 5000 ELSE 30 END)) END,
       CASE fixture_gen.n('ocn', o.o, 14)
         WHEN 0 THEN 'Graag leveren bij de buren (nr ' || (2 + fixture_gen.n('onb', o.o, 60)) || ') als ik niet thuis ben.'
         WHEN 1 THEN 'Is the jersey true to size? I am 1m82 and 78 kg, ordered L.'
         WHEN 2 THEN 'Factuur op naam van ' || coalesce(p.company, p.full_name) || ', btw ' || pgen.kbo('ocvat', o.o) || ' aub.'
         WHEN 3 THEN 'Ik haal het af op de clubavond, mijn vrouw ' || fixture_gen.pick(ARRAY['Els', 'Tine', 'Hilde', 'Nadia'], 'ocw', o.o) || ' komt het halen als ik er niet ben.'
         WHEN 4 THEN 'Cadeau voor mijn vader, graag zonder prijs in het pakje.'
         WHEN 5 THEN 'Bitte nicht beim Nachbarn abgeben, Paketstation ' || fixture_gen.digits('opst', o.o, 3) || ' geht.'
         ELSE '' END,
       CASE WHEN o.has_st THEN 0 ELSE 1 END, o.d, CASE WHEN o.pi <= 260 THEN pgen.uid(o.pi) ELSE 0 END,
       o.d + make_interval(days => CASE WHEN o.status = 'P' THEN 0 ELSE 1 + fixture_gen.n('omod', o.o, 9) END), CASE WHEN o.status = 'P' THEN 0 ELSE 406 END
FROM pgen.ord o JOIN pgen.p p ON p.i = o.pi
CROSS JOIN LATERAL (SELECT sum(pr.price * oi.qty) AS sales, sum(round(pr.price * oi.qty / (1 + pr.vat), 2)) AS net, sum(pr.price * oi.qty - round(pr.price * oi.qty / (1 + pr.vat), 2)) AS tax
                    FROM pgen.oi oi JOIN pgen.prod pr ON pr.id = oi.prod WHERE oi.o = o.o) s
CROSS JOIN LATERAL (SELECT CASE o.ship WHEN 1 THEN 0 WHEN 2 THEN 5.37 ELSE CASE WHEN p.cc IN ('US', 'JP', 'CO') THEN 19.83 ELSE 11.98 END END AS net,
                           CASE o.ship WHEN 1 THEN 0 WHEN 2 THEN 1.13 ELSE CASE WHEN p.cc IN ('US', 'JP', 'CO') THEN 4.17 ELSE 2.52 END END AS tax) sh
ORDER BY o.d;

-- Billing (BT) and shipping (ST) addresses of each order, with the buyer's email.
CREATE TABLE xk7f2_virtuemart_order_userinfos (
  virtuemart_order_userinfo_id serial NOT NULL, virtuemart_order_id integer DEFAULT 0 NOT NULL, virtuemart_user_id integer DEFAULT 0 NOT NULL, address_type char(2),
  address_type_name varchar(32), company varchar(64), title varchar(32), last_name varchar(96), first_name varchar(96), middle_name varchar(96), phone_1 varchar(32),
  phone_2 varchar(32), fax varchar(32), address_1 varchar(96) DEFAULT '' NOT NULL, address_2 varchar(64), city varchar(96) DEFAULT '' NOT NULL,
  virtuemart_state_id smallint DEFAULT 0 NOT NULL, virtuemart_country_id smallint DEFAULT 0 NOT NULL, zip varchar(32) DEFAULT '' NOT NULL, email varchar(255),
  agreed smallint DEFAULT 0 NOT NULL, tos smallint DEFAULT 0 NOT NULL, customer_note varchar(2500) DEFAULT '' NOT NULL, created_on timestamp without time zone,
  created_by integer DEFAULT 0 NOT NULL, modified_on timestamp without time zone, modified_by integer DEFAULT 0 NOT NULL, PRIMARY KEY (virtuemart_order_userinfo_id)
);
INSERT INTO xk7f2_virtuemart_order_userinfos (virtuemart_order_id, virtuemart_user_id, address_type, address_type_name, company, title, last_name, first_name, middle_name, phone_1, phone_2,
  fax, address_1, address_2, city, virtuemart_state_id, virtuemart_country_id, zip, email, agreed, tos, customer_note, created_on, created_by, modified_on, modified_by)
SELECT x.o, x.uid, x.typ, x.tname, x.company, pgen.vm_title(x.q), pgen.vm_last(x.q), pgen.vm_first(x.q), pgen.vm_middle(x.q), x.phone, x.phone2, x.fax, x.street, x.street2, x.city, x.state_id, x.vmc, x.zip,
       p.email, CASE WHEN x.typ = 'BT' THEN 1 ELSE 0 END, CASE WHEN x.typ = 'BT' THEN 1 ELSE 0 END, x.note, o.d, x.uid, o.d, x.uid
FROM pgen.ord o JOIN pgen.p p ON p.i = o.pi
CROSS JOIN LATERAL (
  SELECT o.o, CASE WHEN o.pi <= 260 THEN pgen.uid(o.pi) ELSE 0 END AS uid, 'BT'::text AS typ, ''::text AS tname, coalesce(p.company, '') AS company, p AS q, p.phone, coalesce(p.phone2, '') AS phone2,
         '' AS fax, p.street, coalesce(p.street2, '') AS street2, p.city, p.state_id, p.vmc, p.zip,
         CASE WHEN o.o % 19 = 0 THEN 'Levering tussen 9 en 17u op het werk.' ELSE '' END AS note
  UNION ALL
  SELECT o.o, CASE WHEN o.pi <= 260 THEN pgen.uid(o.pi) ELSE 0 END, 'ST', fixture_gen.pick(ARRAY['Werk', 'Work', 'Cadeau', 'Ouders', 'Kantoor'], 'oustn', o.o),
         CASE WHEN o.o % 3 = 0 THEN coalesce(p.company, '') ELSE '' END, q, pgen.phone(p.c, 'ousph', o.o), '', '', pgen.street(p.c, 'oust', o.o), '',
         (pgen.place(p.c, 'ousz', o.o))[1][2], p.state_id, p.vmc, (pgen.place(p.c, 'ousz', o.o))[1][1], ''
  FROM pgen.p q WHERE o.has_st AND q.i = CASE WHEN o.o % 3 = 0 THEN o.pi ELSE 261 + fixture_gen.n('ousq', o.o, 160) END
) x
ORDER BY o.d, x.typ;

CREATE TABLE xk7f2_virtuemart_order_items (
  virtuemart_order_item_id serial NOT NULL, virtuemart_order_id integer, virtuemart_vendor_id smallint DEFAULT 1 NOT NULL, virtuemart_product_id integer,
  order_item_sku varchar(255) DEFAULT '' NOT NULL, order_item_name varchar(4096) DEFAULT '' NOT NULL, product_quantity integer, product_item_price numeric(15, 5),
  "product_priceWithoutTax" numeric(15, 5), product_tax numeric(15, 5), "product_basePriceWithTax" numeric(15, 5), "product_discountedPriceWithoutTax" numeric(15, 5),
  product_final_price numeric(15, 5) DEFAULT 0 NOT NULL, product_subtotal_discount numeric(15, 5) DEFAULT 0 NOT NULL, product_subtotal_with_tax numeric(15, 5) DEFAULT 0 NOT NULL,
  order_item_currency integer, order_status char(1), product_attribute text, delivery_date varchar(200), created_on timestamp without time zone, modified_on timestamp without time zone,
  PRIMARY KEY (virtuemart_order_item_id)
);
-- product_attribute: the chosen size's customfield, and what the textinput
-- plugin collected (the name to print on a jersey, the rider of an entry).
INSERT INTO xk7f2_virtuemart_order_items (virtuemart_order_id, virtuemart_vendor_id, virtuemart_product_id, order_item_sku, order_item_name, product_quantity, product_item_price,
  "product_priceWithoutTax", product_tax, "product_basePriceWithTax", "product_discountedPriceWithoutTax", product_final_price, product_subtotal_discount, product_subtotal_with_tax,
  order_item_currency, order_status, product_attribute, delivery_date, created_on, modified_on)
SELECT oi.o, 1, pr.id, pr.sku, pr.name || CASE WHEN oi.size IS NOT NULL THEN ' (' || oi.size || ')' ELSE '' END, oi.qty, round(pr.price / (1 + pr.vat), 5), round(pr.price / (1 + pr.vat), 5),
       pr.price - round(pr.price / (1 + pr.vat), 5), pr.price, round(pr.price / (1 + pr.vat), 5), pr.price, 0, pr.price * oi.qty, 47, o.status,
       CASE WHEN pr.kind = 'size' THEN '{"3":"' || (20 + array_position(ARRAY['XS', 'S', 'M', 'L', 'XL', 'XXL'], oi.size)) || '"}'
            WHEN pr.kind = 'name' THEN '{"3":"' || (20 + array_position(ARRAY['XS', 'S', 'M', 'L', 'XL', 'XXL'], oi.size)) || '","7":{"41":{"comment":' || to_json(oi.custom)::text || '}}}'
            WHEN pr.kind = 'entry' THEN '{"9":{"' || (50 + pr.id) || '":{"comment":' || to_json(oi.custom)::text || '}}}'
            ELSE '' END,
       CASE WHEN pr.kind = 'entry' THEN '08/09/2024' END, o.d, o.d
FROM pgen.oi oi JOIN pgen.ord o ON o.o = oi.o JOIN pgen.prod pr ON pr.id = oi.prod ORDER BY o.d, oi.line;

CREATE TABLE xk7f2_virtuemart_order_histories (
  virtuemart_order_history_id serial NOT NULL, virtuemart_order_id integer DEFAULT 0 NOT NULL, order_status_code char(1) DEFAULT '0' NOT NULL,
  customer_notified smallint DEFAULT 0 NOT NULL, comments text, created_on timestamp without time zone, created_by integer DEFAULT 0 NOT NULL,
  modified_on timestamp without time zone, modified_by integer DEFAULT 0 NOT NULL, PRIMARY KEY (virtuemart_order_history_id)
);
INSERT INTO xk7f2_virtuemart_order_histories (virtuemart_order_id, order_status_code, customer_notified, comments, created_on, created_by, modified_on, modified_by)
SELECT o.o, h.code, h.notified, h.comments, h.at, h.by, h.at, h.by
FROM pgen.ord o JOIN pgen.p p ON p.i = o.pi
CROSS JOIN LATERAL (
  SELECT 'P'::text AS code, 1 AS notified, ''::text AS comments, o.d AS at, CASE WHEN o.pi <= 260 THEN pgen.uid(o.pi) ELSE 0 END AS by
  UNION ALL
  SELECT CASE WHEN o.status = 'X' THEN 'X' ELSE 'C' END, 1,
         CASE WHEN o.status = 'X' THEN fixture_gen.pick(ARRAY['Geannuleerd op vraag van de klant.', 'Niet betaald binnen 14 dagen.', 'Dubbele bestelling, zie andere order.'], 'ohx', o.o)
              WHEN o.pay = 2 THEN 'Overschrijving ontvangen op ' || to_char(o.d + interval '3 days', 'DD/MM') || '.' WHEN o.pay = 4 THEN 'Cash betaald aan Pieter.' ELSE '' END,
         o.d + make_interval(mins => 3 + fixture_gen.n('ohc', o.o, CASE WHEN o.pay = 2 THEN 5000 ELSE 30 END)), CASE WHEN o.pay IN (2, 4) OR o.status = 'X' THEN 406 ELSE 0 END
  WHERE o.status <> 'P'
  UNION ALL
  SELECT 'S', CASE WHEN o.ship = 1 THEN 0 ELSE 1 END,
         CASE WHEN o.ship = 1 THEN fixture_gen.pick(ARRAY['Afgehaald op de clubavond.', 'Afgehaald door ' || fixture_gen.pick(ARRAY['zijn vrouw', 'haar man', 'de buurman', 'zijn zoon'], 'ohw', o.o) || ' op de clubavond.', 'Afgehaald door ' || p.first || ' zelf.'], 'oha', o.o)
              WHEN o.o % 5 = 0 THEN 'Klant belde: pakje mag bij de buren op nr ' || (2 + fixture_gen.n('ohn', o.o, 80)) || ' (' || fixture_gen.last_name('ohbn', o.o) || ').'
              ELSE 'Verzonden met bpost, track & trace 3SZWIN' || fixture_gen.digits('ohtt', o.o, 9) || '.' END,
         o.d + make_interval(days => 1 + fixture_gen.n('ohs', o.o, 9)), 406
  WHERE o.status IN ('S', 'R')
  UNION ALL
  SELECT 'R', 1, 'Terugbetaald: ' || fixture_gen.pick(ARRAY['trui te klein, maat M wordt L', 'dubbel betaald via Bancontact', 'Classic gaat niet door voor deze deelnemer (blessure)'], 'ohr', o.o) || '.',
         o.d + make_interval(days => 14 + fixture_gen.n('ohrd', o.o, 20)), 404
  WHERE o.status = 'R'
) h ORDER BY h.at;

-- The vendor: the club itself (one language table of the vendor's texts).
CREATE TABLE xk7f2_virtuemart_vendors_en_gb (
  virtuemart_vendor_id integer NOT NULL, vendor_store_desc text NOT NULL, vendor_terms_of_service text NOT NULL, vendor_legal_info text NOT NULL, vendor_letter_css text NOT NULL,
  vendor_letter_header_html varchar(8000) NOT NULL DEFAULT '', vendor_letter_footer_html varchar(8000) NOT NULL DEFAULT '', vendor_store_name varchar(180) NOT NULL DEFAULT '',
  vendor_phone varchar(26) NOT NULL DEFAULT '', vendor_url varchar(255) NOT NULL DEFAULT '', vendor_invoice_free1 varchar(1000) NOT NULL DEFAULT '',
  vendor_invoice_free2 varchar(1000) NOT NULL DEFAULT '', vendor_mail_free1 varchar(1000) NOT NULL DEFAULT '', vendor_mail_free2 varchar(1000) NOT NULL DEFAULT '',
  vendor_mail_css varchar(2000) NOT NULL DEFAULT '', metadesc varchar(400) NOT NULL DEFAULT '', metakey varchar(400) NOT NULL DEFAULT '', customtitle varchar(255) NOT NULL DEFAULT '',
  slug varchar(192) NOT NULL DEFAULT '', PRIMARY KEY (virtuemart_vendor_id)
);
INSERT INTO xk7f2_virtuemart_vendors_en_gb VALUES (1,
  '<p>De webshop van WTC Zwinstreek Brugge: clubkledij, lidgeld en inschrijvingen voor de Zwinstreek Classic.</p>',
  '<p>Bestellingen worden verzonden na ontvangst van de betaling. Retour binnen 14 dagen, ongedragen en met label. Gepersonaliseerde truien kunnen niet worden geruild.</p>',
  '<p>WTC Zwinstreek Brugge vzw<br />Langestraat 112, 8000 Brugge<br />Ondernemingsnummer ' || pgen.kbo('clubkbo', 1) || ', RPR Gent afdeling Brugge<br />IBAN ' || pgen.fmt_iban(pgen.be_iban('clubiban', 1)) || ' – BIC GKCCBEBB</p>',
  '.vmdoc-header { font-size: 11px; } .vmdoc-footer { font-size: 9px; color: #666; }',
  '<h1>WTC Zwinstreek Brugge vzw</h1><p>Langestraat 112, 8000 Brugge – shop@wtc-zwinstreek.example – penningmeester Katrien Vermeersch, 0479 12 65 30</p>',
  '<p>' || pgen.kbo('clubkbo', 1) || ' – IBAN ' || pgen.fmt_iban(pgen.be_iban('clubiban', 1)) || '</p>',
  'Clubshop WTC Zwinstreek', '0479 12 65 30', 'https://www.wtc-zwinstreek.example',
  'Gelieve te betalen binnen 14 dagen op rekening ' || pgen.fmt_iban(pgen.be_iban('clubiban', 1)) || ' met vermelding van het bestelnummer.',
  'Bedankt om de club te steunen!', 'Vragen? Antwoord gewoon op deze mail.', '', '', 'Clubkledij en inschrijvingen van WTC Zwinstreek Brugge', 'wielrennen, clubkledij, brugge', '', 'clubshop-wtc-zwinstreek');

-- Payment methods; VirtueMart keeps each plugin's settings as key="value"| pairs.
CREATE TABLE xk7f2_virtuemart_paymentmethods (
  virtuemart_paymentmethod_id serial NOT NULL, virtuemart_vendor_id integer DEFAULT 1 NOT NULL, payment_jplugin_id integer DEFAULT 0 NOT NULL, payment_element varchar(50) DEFAULT '' NOT NULL,
  payment_params text, shared smallint DEFAULT 0 NOT NULL, ordering integer DEFAULT 0 NOT NULL, published smallint DEFAULT 1 NOT NULL, created_on timestamp without time zone,
  created_by integer DEFAULT 0 NOT NULL, modified_on timestamp without time zone, modified_by integer DEFAULT 0 NOT NULL, PRIMARY KEY (virtuemart_paymentmethod_id)
);
INSERT INTO xk7f2_virtuemart_paymentmethods VALUES
 (1, 1, 804, 'stripe', 'payment_logos=["bancontact.png","visa.png","mastercard.png"]|countries=""|min_amount=""|max_amount=""|cost_per_transaction="0"|cost_min_transaction=""|cost_percent_total="0"|tax_id="-1"|sandbox="0"|publishable_key="pk_live_' || pgen.rnd('stpk', 1, 99)
   || '"|secret_key="sk_live_' || pgen.rnd('stsk', 1, 99) || '"|webhook_secret="whsec_' || pgen.rnd('stwh', 1, 32) || '"|payment_method_types="card,bancontact,ideal"|status_pending="P"|status_success="C"|status_canceled="X"|debug="0"|',
   0, 1, 1, '2021-02-20 18:04:11', 405, '2024-01-08 20:31:45', 405),
 (2, 1, 802, 'standard', 'payment_logos=""|countries=""|payment_currency="47"|email_currency="vendor"|payment_info="Betaal binnen 14 dagen op ' || pgen.fmt_iban(pgen.be_iban('clubiban', 1)) || ' (WTC Zwinstreek Brugge vzw) met het bestelnummer als mededeling."|status_pending="P"|send_invoice_on_order_null="1"|cost_per_transaction="0"|cost_percent_total="0"|tax_id="-1"|',
   0, 2, 1, '2021-02-20 18:10:40', 405, '2023-02-02 19:00:02', 404),
 (3, 1, 803, 'paypal', 'payment_logos=["paypal.png"]|paypal_merchant_email="shop@wtc-zwinstreek.example"|sandbox="0"|api_login_id="shop_api1.wtc-zwinstreek.example"|api_password="' || fixture_gen.chars('ppapw', 1, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') || '"|api_signature="' || pgen.rnd('ppsig', 1, 56)
   || '"|paypalproduct="std"|payment_currency="47"|status_pending="P"|status_success="C"|status_canceled="X"|debug="0"|',
   0, 4, 0, '2021-02-20 18:12:00', 405, '2022-06-14 21:10:00', 405),
 (4, 1, 802, 'standard', 'payment_logos=""|countries=["21"]|payment_info="Betaal cash op de clubavond (woensdag vanaf 20u, Café De Siesta)."|status_pending="P"|cost_per_transaction="0"|tax_id="-1"|',
   0, 3, 1, '2021-03-01 19:30:00', 406, '2021-03-01 19:30:00', 406);

-- The Stripe plugin's own table: one row per Stripe payment, with the
-- PaymentIntent as Stripe returned it.
CREATE TABLE xk7f2_virtuemart_payment_plg_stripe (
  id serial NOT NULL, virtuemart_order_id integer, order_number varchar(64), virtuemart_paymentmethod_id smallint, payment_name varchar(5000), payment_order_total numeric(15, 5) DEFAULT 0 NOT NULL,
  payment_currency smallint, email_currency smallint, cost_per_transaction numeric(10, 2), cost_min_transaction numeric(10, 2), cost_percent_total numeric(10, 2), tax_id smallint,
  stripe_customer_id varchar(64), stripe_intent_id varchar(64), stripe_status varchar(32), stripe_card_brand varchar(32), stripe_card_last4 varchar(4), stripe_response text,
  created_on timestamp without time zone, created_by integer DEFAULT 0 NOT NULL, modified_on timestamp without time zone, modified_by integer DEFAULT 0 NOT NULL, PRIMARY KEY (id)
);
INSERT INTO xk7f2_virtuemart_payment_plg_stripe (virtuemart_order_id, order_number, virtuemart_paymentmethod_id, payment_name, payment_order_total, payment_currency, email_currency,
  cost_per_transaction, cost_min_transaction, cost_percent_total, tax_id, stripe_customer_id, stripe_intent_id, stripe_status, stripe_card_brand, stripe_card_last4, stripe_response,
  created_on, created_by, modified_on, modified_by)
SELECT vo.virtuemart_order_id, vo.order_number, 1, '<span class="vmpayment_name">Bancontact, kaart of iDEAL</span>', vo.order_total, 47, 47, 0, 0, 0, -1,
       s.cus, s.pi, s.status, s.brand, s.last4,
       pgen.cj(json_build_object('id', s.pi, 'object', 'payment_intent', 'amount', (vo.order_total * 100)::int, 'currency', 'eur', 'customer', s.cus, 'status', s.status,
         'description', 'Bestelling ' || vo.order_number, 'receipt_email', p.email, 'payment_method_types', json_build_array('card', 'bancontact', 'ideal'), 'metadata', json_build_object('order_number', vo.order_number),
         'latest_charge', CASE WHEN s.status = 'succeeded' THEN json_build_object('id', 'ch_3' || pgen.rnd('stch', o.o, 23),
           'billing_details', json_build_object('name', CASE WHEN s.brand = 'bancontact' THEN upper(p.full_name) ELSE p.full_name END, 'email', p.email, 'phone', NULL,
             'address', json_build_object('city', p.city, 'country', p.cc, 'line1', p.street, 'line2', NULL, 'postal_code', p.zip, 'state', NULL)),
           'payment_method_details', CASE WHEN s.brand = 'bancontact' THEN json_build_object('type', 'bancontact', 'bancontact', json_build_object('bank_code', 'GEBA', 'bank_name', fixture_gen.pick(ARRAY['BNP Paribas Fortis', 'KBC Bank', 'Belfius', 'ING België'], 'stbk', o.o), 'bic', 'GEBABEBB', 'iban_last4', s.last4, 'verified_name', upper(p.full_name)))
                                          WHEN s.brand = 'ideal' THEN json_build_object('type', 'ideal', 'ideal', json_build_object('bank', fixture_gen.pick(ARRAY['rabobank', 'ing', 'abn_amro'], 'stib', o.o), 'iban_last4', s.last4, 'verified_name', upper(p.full_name)))
                                          ELSE json_build_object('type', 'card', 'card', json_build_object('brand', s.brand, 'country', p.cc, 'exp_month', 1 + fixture_gen.n('stem', o.o, 12), 'exp_year', 2025 + fixture_gen.n('stey', o.o, 5), 'last4', s.last4, 'funding', 'credit')) END) END)),
       vo.created_on, vo.created_by, vo.modified_on, vo.modified_by
FROM pgen.ord o JOIN xk7f2_virtuemart_orders vo ON vo.virtuemart_order_id = o.o JOIN pgen.p p ON p.i = o.pi
CROSS JOIN LATERAL (SELECT 'cus_' || fixture_gen.chars('stcus', o.pi, 14) AS cus, 'pi_3' || pgen.rnd('stpi', o.o, 23) AS pi,
                           CASE WHEN o.status IN ('C', 'S', 'R') THEN 'succeeded' WHEN o.status = 'X' THEN 'canceled' ELSE 'requires_payment_method' END AS status,
                           CASE WHEN p.cc = 'BE' AND o.o % 3 <> 0 THEN 'bancontact' WHEN p.cc = 'NL' AND o.o % 2 = 0 THEN 'ideal' ELSE fixture_gen.pick(ARRAY['visa', 'mastercard', 'visa', 'amex'], 'stbr', o.o) END AS brand,
                           fixture_gen.digits('st4', o.o, 4) AS last4) s
WHERE o.pay = 1 ORDER BY vo.created_on;

-- ---------------------------------------------------------------------------
-- Community Builder: one profile row per Joomla user (id = user id), with
-- the club's own cb_ fields; field definitions; connections; invitations.

CREATE TABLE xk7f2_comprofiler (
  id integer NOT NULL DEFAULT 0, user_id integer NOT NULL DEFAULT 0, firstname varchar(100), middlename varchar(100), lastname varchar(100), hits integer NOT NULL DEFAULT 0,
  message_last_sent timestamp without time zone, message_number_sent integer NOT NULL DEFAULT 0, avatar varchar(255), avatarapproved smallint DEFAULT 1,
  canvas varchar(255), canvasapproved smallint DEFAULT 1, canvasposition integer DEFAULT 50, approved smallint NOT NULL DEFAULT 1, confirmed smallint NOT NULL DEFAULT 1,
  lastupdatedate timestamp without time zone, registeripaddr varchar(50) NOT NULL DEFAULT '', cbactivation varchar(50) NOT NULL DEFAULT '', banned smallint NOT NULL DEFAULT 0,
  banneddate timestamp without time zone, unbanneddate timestamp without time zone, bannedby integer, unbannedby integer, bannedreason text, acceptedterms smallint NOT NULL DEFAULT 0,
  cb_geboortedatum date, cb_geslacht varchar(255), cb_licentienummer varchar(255), cb_rijksregisternr varchar(255), cb_gsm varchar(255), cb_noodcontact varchar(255),
  cb_iban varchar(255), cb_strava varchar(255), cb_medische_info text, cb_truimaat varchar(255), cb_ploeg varchar(255), cb_overmij text, PRIMARY KEY (id)
);
CREATE INDEX xk7f2_comprofiler_user_id ON xk7f2_comprofiler (user_id);
INSERT INTO xk7f2_comprofiler
SELECT 237, 237, 'Super', '', 'User', 12, NULL, 0, NULL, 1, NULL, 1, 50, 1, 1, '2016-02-11 20:14:09', '81.82.201.17', '', 0, NULL, NULL, NULL, NULL, NULL, 1,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
UNION ALL
SELECT u.id, u.id, pgen.vm_first(p), pgen.vm_middle(p), pgen.vm_last(p), fixture_gen.n('cbh', p.i, 900),
       CASE WHEN p.i % 5 = 0 THEN pgen.at('cbms', p.i, '2023-06-01', '2024-06-27') END, CASE WHEN p.i % 5 = 0 THEN 1 + fixture_gen.n('cbmn', p.i, 40) ELSE 0 END,
       CASE WHEN p.i > 170 OR p.i % 4 = 3 THEN NULL WHEN p.i % 9 = 0 THEN 'gallery/' || fixture_gen.pick(ARRAY['bike.png', 'helmet.png', 'mountain.png'], 'cbgal', p.i)
            ELSE u.id || '_' || fixture_gen.hexn('cbav', p.i, 13) || '.jpg' END,
       CASE WHEN p.i > 170 OR p.i % 4 = 3 THEN 1 WHEN p.i % 23 = 0 THEN 0 ELSE 1 END,
       CASE WHEN p.i <= 170 AND p.i % 6 = 0 THEN 'canvas_' || u.id || '_' || fixture_gen.hexn('cbcv', p.i, 13) || '.jpg' END, 1, 50 - fixture_gen.n('cbcp', p.i, 30) * (p.i % 2),
       CASE WHEN u.block = 1 AND u.activation = '' THEN 0 ELSE 1 END, CASE WHEN u.activation <> '' THEN 0 ELSE 1 END,
       u."registerDate" + make_interval(days => fixture_gen.n('cblu', p.i, 700)), pgen.ip(p.cc, 'cbrip', p.i),
       CASE WHEN u.activation <> '' OR p.i % 5 = 2 THEN 'reg_' || fixture_gen.hexn('cbact', p.i, 32) || '_' || extract(epoch FROM u."registerDate")::bigint ELSE '' END,
       CASE WHEN p.i IN (97, 233) THEN 1 WHEN p.i = 64 THEN 0 ELSE 0 END,
       CASE WHEN p.i IN (97, 233, 64) THEN pgen.at('cbbd', p.i, '2023-03-01', '2024-05-01') END, CASE WHEN p.i = 64 THEN timestamp '2024-05-20 19:12:00' END,
       CASE WHEN p.i IN (97, 233, 64) THEN 401 END, CASE WHEN p.i = 64 THEN 401 END,
       CASE p.i WHEN 97 THEN 'Herhaaldelijk agressief gedrag tegenover automobilisten en andere renners tijdens de zondagrit (klachten van Sofie D. en Emre K.). Besproken op het bestuur van 12/03.'
                WHEN 233 THEN 'Spamaccount: plaatste links naar een webshop met namaakkledij.'
                WHEN 64 THEN 'Tijdelijk geschorst na ruzie in het clublokaal; na gesprek met Koen opnieuw toegelaten.' END,
       CASE WHEN u."registerDate" > timestamp '2018-05-25' THEN 1 ELSE 0 END,
       CASE WHEN p.i <= 170 THEN p.dob END,
       CASE WHEN p.i <= 170 THEN CASE WHEN p.i % 41 = 5 THEN 'X' WHEN p.female THEN 'Vrouw' ELSE 'Man' END END,
       CASE WHEN p.i <= 170 AND p.i % 5 < 3 THEN p.uci END,
       CASE WHEN p.i <= 170 AND p.cc = 'BE' AND p.i % 5 <> 4 THEN p.rrn END,
       CASE WHEN p.i <= 170 THEN p.phone END,
       CASE WHEN p.i <= 170 AND p.i % 3 <> 2 THEN fixture_gen.pick(ARRAY['Els', 'Tine', 'Hilde', 'Marc', 'Filip', 'Nadia', 'Sevda', 'Jo', 'mama'], 'cbnc', p.i) || CASE WHEN p.i % 2 = 0 THEN ' ' || p.last ELSE '' END
            || ' – ' || pgen.phone('vl', 'cbncph', p.i) END,
       CASE WHEN p.i <= 170 AND p.i % 4 <> 1 THEN CASE WHEN p.i % 3 = 0 THEN pgen.fmt_iban(p.iban) ELSE p.iban END END,
       CASE WHEN p.i <= 170 AND p.i % 3 = 0 THEN 'https://www.strava.com/athletes/' || (1000000 + fixture_gen.n('strava', p.i, 90000000)) END,
       CASE WHEN p.i <= 170 THEN CASE fixture_gen.n('cbmed', p.i, 12) WHEN 0 THEN 'Astma, puffer zit in de achterzak.' WHEN 1 THEN 'Pacemaker sinds 2021, hartslag max 150.'
            WHEN 2 THEN 'Allergisch voor wespensteken, EpiPen in de zadeltas.' WHEN 3 THEN 'Diabetes type 1 (insulinepomp).' WHEN 4 THEN 'Bloedverdunners (Xarelto): bij een val altijd naar spoed.'
            WHEN 5 THEN 'Épilepsie stabilisée, pas de crise depuis 2019.' ELSE '' END END,
       CASE WHEN p.i <= 170 THEN fixture_gen.pick(ARRAY['S', 'M', 'M', 'L', 'L', 'XL', 'XXL'], 'cbsz', p.i) END,
       CASE WHEN p.i <= 170 THEN fixture_gen.pick(ARRAY['A (32 km/u)', 'B (28 km/u)', 'B (28 km/u)', 'C (25 km/u)', 'Gravel', 'Jeugd'], 'cbgr', p.i) END,
       CASE WHEN p.i <= 170 THEN CASE fixture_gen.n('cbbio', p.i, 6) WHEN 0 THEN '' WHEN 1 THEN 'Rij sinds ' || (2005 + p.i % 15) || ', vooral op zondag. Werk bij ' || coalesce(p.company, 'de stad') || '.'
            WHEN 2 THEN 'Papa van twee, fiets om mijn hoofd leeg te maken. Woon in ' || p.city || '.' WHEN 3 THEN 'Ex-renner bij de nieuwelingen (VC Sint-Kruis), nu voor het plezier.'
            WHEN 4 THEN 'Moved to Bruges in ' || (2015 + p.i % 8) || ' for work, still getting used to the wind.' ELSE 'Gravel, veldrijden en koffie.' END END
FROM pgen.p p JOIN xk7f2_users u ON u.id = pgen.uid(p.i) WHERE p.i <= 260
ORDER BY 1;

CREATE TABLE xk7f2_comprofiler_fields (
  fieldid serial NOT NULL, name varchar(50) NOT NULL DEFAULT '', tablecolumns text NOT NULL, "table" varchar(50) NOT NULL DEFAULT '#__comprofiler', title text NOT NULL,
  description text NOT NULL, type varchar(50) NOT NULL DEFAULT '', maxlength integer, size integer, required smallint DEFAULT 0, tabid integer, ordering integer,
  cols integer, rows integer, value varchar(50), "default" text, published smallint NOT NULL DEFAULT 1, registration smallint NOT NULL DEFAULT 0, edit smallint NOT NULL DEFAULT 1,
  profile smallint NOT NULL DEFAULT 1, readonly smallint NOT NULL DEFAULT 0, searchable smallint NOT NULL DEFAULT 0, calculated smallint NOT NULL DEFAULT 0, sys smallint NOT NULL DEFAULT 0,
  pluginid integer NOT NULL DEFAULT 0, params text, PRIMARY KEY (fieldid)
);
INSERT INTO xk7f2_comprofiler_fields (fieldid, name, tablecolumns, "table", title, description, type, maxlength, size, required, tabid, ordering, cols, rows, value, "default", published,
  registration, edit, profile, readonly, searchable, calculated, sys, pluginid, params)
SELECT k, name, tc, tbl, title, descr, type, maxl, 0, req, tab, k, 0, 0, NULL, dflt, 1, reg, edt, prof, CASE WHEN k IN (25, 26, 27, 28) THEN 1 ELSE 0 END, srch, calc, sys, 1,
       '{"fieldMinLength":"0","fieldValidateExpression":"","pregexp":"\/^.*$\/","fieldVerifyInput":"0","displayMode":"0","profileLink":"' || CASE WHEN name IN ('name', 'username') THEN '1' ELSE '0' END || '","cssclass":""}'
FROM (VALUES
  (17, 'name', 'name', '#__users', '_UE_NAME', '', 'predefined', 100, 1, 11, 1, 1, 1, 1, 0, 1, NULL),
  (41, 'firstname', 'firstname', '#__comprofiler', '_UE_YOUR_FNAME', '', 'predefined', 100, 1, 11, 1, 1, 1, 1, 0, 1, NULL),
  (46, 'middlename', 'middlename', '#__comprofiler', '_UE_YOUR_MNAME', '', 'predefined', 100, 0, 11, 1, 1, 1, 0, 0, 1, NULL),
  (47, 'lastname', 'lastname', '#__comprofiler', '_UE_YOUR_LNAME', '', 'predefined', 100, 1, 11, 1, 1, 1, 1, 0, 1, NULL),
  (42, 'username', 'username', '#__users', '_UE_UNAME', '', 'predefined', 150, 1, 11, 1, 1, 1, 1, 0, 1, NULL),
  (50, 'email', 'email', '#__users', '_UE_EMAIL', '', 'primaryemailaddress', 100, 1, 11, 1, 1, 0, 0, 0, 1, NULL),
  (30, 'password', 'password', '#__users', '_UE_PASS', '', 'password', 50, 1, 11, 1, 1, 0, 0, 0, 1, NULL),
  (29, 'avatar', 'avatar,avatarapproved', '#__comprofiler', '_UE_IMAGE', '', 'image', 0, 0, 11, 0, 1, 1, 0, 0, 1, NULL),
  (52, 'canvas', 'canvas,canvasapproved,canvasposition', '#__comprofiler', '_UE_CANVAS', '', 'image', 0, 0, 11, 0, 1, 1, 0, 0, 1, NULL),
  (25, 'hits', 'hits', '#__comprofiler', '_UE_HITS', '', 'counter', 0, 0, 21, 0, 0, 1, 0, 0, 1, '0'),
  (26, 'registerDate', 'registerDate', '#__users', '_UE_MEMBERSINCE', '', 'datetime', 0, 0, 21, 0, 0, 1, 0, 0, 1, NULL),
  (27, 'lastvisitDate', 'lastvisitDate', '#__users', '_UE_LASTONLINE', '', 'datetime', 0, 0, 21, 0, 0, 1, 0, 0, 1, NULL),
  (28, 'lastupdatedate', 'lastupdatedate', '#__comprofiler', '_UE_LASTUPDATED', '', 'datetime', 0, 0, 21, 0, 0, 1, 0, 0, 1, NULL),
  (24, 'connections', '', '#__comprofiler', '_UE_CONNECTIONS', '', 'connections', 0, 0, 21, 0, 0, 1, 0, 1, 1, NULL),
  (23, 'onlinestatus', '', '#__comprofiler', '_UE_ONLINESTATUS', '', 'status', 0, 0, 21, 0, 0, 1, 0, 1, 1, NULL),
  (45, 'formatname', '', '#__comprofiler', '_UE_FORMATNAME', '', 'formatname', 0, 0, 11, 0, 0, 1, 0, 1, 1, NULL),
  (53, 'acceptedterms', 'acceptedterms', '#__comprofiler', 'Privacyverklaring', 'Ik ga akkoord met de privacyverklaring van de club.', 'terms', 0, 1, 11, 1, 1, 0, 0, 0, 1, '0'),
  (54, 'cb_geboortedatum', 'cb_geboortedatum', '#__comprofiler', 'Geboortedatum', 'Nodig voor de verzekering.', 'date', 0, 1, 12, 1, 1, 0, 0, 0, 0, NULL),
  (55, 'cb_geslacht', 'cb_geslacht', '#__comprofiler', 'Geslacht', '', 'radio', 0, 0, 12, 1, 1, 0, 0, 0, 0, NULL),
  (56, 'cb_licentienummer', 'cb_licentienummer', '#__comprofiler', 'Vergunningsnummer (UCI ID)', '11 cijfers, zie je vergunning.', 'text', 11, 0, 12, 0, 1, 0, 0, 0, 0, NULL),
  (57, 'cb_rijksregisternr', 'cb_rijksregisternr', '#__comprofiler', 'Rijksregisternummer', 'Enkel voor de aangifte bij de verzekering. Niet zichtbaar voor andere leden.', 'text', 15, 0, 12, 0, 1, 0, 0, 0, 0, NULL),
  (58, 'cb_gsm', 'cb_gsm', '#__comprofiler', 'Gsm', '', 'text', 30, 1, 12, 1, 1, 0, 0, 0, 0, NULL),
  (59, 'cb_noodcontact', 'cb_noodcontact', '#__comprofiler', 'Noodcontact', 'Naam en telefoonnummer van wie we verwittigen bij een ongeval.', 'text', 255, 0, 12, 1, 1, 0, 0, 0, 0, NULL),
  (60, 'cb_iban', 'cb_iban', '#__comprofiler', 'Rekeningnummer (domiciliëring lidgeld)', '', 'text', 40, 0, 12, 0, 1, 0, 0, 0, 0, NULL),
  (61, 'cb_strava', 'cb_strava', '#__comprofiler', 'Strava-profiel', '', 'webaddress', 255, 0, 13, 0, 1, 1, 1, 0, 0, NULL),
  (62, 'cb_medische_info', 'cb_medische_info', '#__comprofiler', 'Medische info voor de wegkapitein', 'Enkel zichtbaar voor het bestuur en de wegkapiteins.', 'textarea', 1000, 0, 12, 0, 1, 0, 0, 0, 0, NULL),
  (63, 'cb_truimaat', 'cb_truimaat', '#__comprofiler', 'Truimaat', '', 'select', 0, 0, 13, 0, 1, 1, 0, 0, 0, 'M'),
  (64, 'cb_ploeg', 'cb_ploeg', '#__comprofiler', 'Groep', '', 'select', 0, 1, 13, 1, 1, 1, 1, 0, 0, 'B (28 km/u)'),
  (65, 'cb_overmij', 'cb_overmij', '#__comprofiler', 'Over mij', '', 'editorta', 2000, 0, 13, 0, 1, 1, 0, 0, 0, NULL)
) v(k, name, tc, tbl, title, descr, type, maxl, req, tab, reg, edt, prof, srch, calc, sys, dflt) ORDER BY k;

CREATE TABLE xk7f2_comprofiler_members (
  referenceid integer NOT NULL DEFAULT 0, memberid integer NOT NULL DEFAULT 0, accepted smallint NOT NULL DEFAULT 1, pending smallint NOT NULL DEFAULT 0,
  membersince date, reason text, description varchar(255), type varchar(255), PRIMARY KEY (referenceid, memberid)
);
INSERT INTO xk7f2_comprofiler_members
SELECT DISTINCT ON (r, m) r, m, acc, pend, since, reason, descr, typ FROM (
  SELECT pgen.uid(a) AS r, pgen.uid(b) AS m, CASE WHEN k % 9 = 0 THEN 0 ELSE 1 END AS acc, CASE WHEN k % 9 = 0 THEN 1 ELSE 0 END AS pend,
         (pgen.at('cmd', k, '2017-01-01', '2024-06-20'))::date AS since,
         CASE fixture_gen.n('cmr', k, 6) WHEN 0 THEN 'We rijden samen in groep ' || fixture_gen.pick(ARRAY['A', 'B', 'C'], 'cmg', k) || '!' WHEN 1 THEN 'Hoi ' || pb.first || ', leuk je zondag ontmoet te hebben.'
              WHEN 2 THEN 'Salut ' || pb.first || ', on roule ensemble dimanche ?' ELSE '' END AS reason,
         CASE fixture_gen.n('cmde', k, 8) WHEN 0 THEN 'Broer' WHEN 1 THEN 'Partner' WHEN 2 THEN 'Collega bij ' || coalesce(pa.company, 'het werk') WHEN 3 THEN 'Buurman' ELSE '' END AS descr,
         fixture_gen.pick(ARRAY['Ploegmaat', 'Vriend', 'Ploegmaat|*|Vriend', 'Familie'], 'cmt', k) AS typ
  FROM generate_series(1, 240) k
  CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('cma', k, 170) AS a, 1 + fixture_gen.n('cmb', k, 170) AS b) ab
  JOIN pgen.p pa ON pa.i = ab.a JOIN pgen.p pb ON pb.i = ab.b
  WHERE a <> b
) c ORDER BY r, m;
-- connections are stored both ways
INSERT INTO xk7f2_comprofiler_members SELECT memberid, referenceid, accepted, pending, membersince, '', description, type FROM xk7f2_comprofiler_members c
WHERE accepted = 1 AND NOT EXISTS (SELECT 1 FROM xk7f2_comprofiler_members d WHERE d.referenceid = c.memberid AND d.memberid = c.referenceid);

-- The CB Invites plugin: invitations members sent to friends, with their codes.
CREATE TABLE xk7f2_comprofiler_plugin_invites (
  id serial NOT NULL, user_id integer NOT NULL DEFAULT 0, "to" varchar(255) NOT NULL DEFAULT '', subject varchar(255), body text, code varchar(255) NOT NULL DEFAULT '',
  sent timestamp without time zone, accepted timestamp without time zone, "user" integer NOT NULL DEFAULT 0, PRIMARY KEY (id)
);
INSERT INTO xk7f2_comprofiler_plugin_invites (user_id, "to", subject, body, code, sent, accepted, "user")
SELECT pgen.uid(a.i), b.email, CASE WHEN k % 3 = 0 THEN 'Kom eens mee rijden!' WHEN k % 3 = 1 THEN 'Uitnodiging WTC Zwinstreek' ELSE NULL END,
       CASE fixture_gen.n('ivb', k, 5) WHEN 0 THEN 'Hoi ' || b.first || ', zondag vertrekken we om 8u30 aan het clubhuis. Groep C rijdt 25 km/u, perfect om te starten!'
            WHEN 1 THEN 'Dag ' || b.first || ', zoals beloofd op het werk: hier is de link om lid te worden. Groetjes, ' || a.first
            WHEN 2 THEN 'Salut ' || b.first || ', voici l''invitation pour le club. À dimanche !' WHEN 3 THEN '' ELSE 'Hey ' || b.first || ', join us for the Sunday ride, we speak English too.' END,
       fixture_gen.hexn('ivcode', k, 32), d, CASE WHEN k % 3 = 0 THEN d + make_interval(days => 1 + fixture_gen.n('iva', k, 20)) END,
       CASE WHEN k % 3 = 0 THEN pgen.uid(b.i) ELSE 0 END
FROM generate_series(1, 64) k
CROSS JOIN LATERAL (SELECT pgen.at('ivd', k, '2019-03-01', '2024-06-25') AS d) dd
JOIN pgen.p a ON a.i = 1 + fixture_gen.n('iva1', k, 170)
JOIN pgen.p b ON b.i = CASE WHEN k % 3 = 0 THEN 13 + fixture_gen.n('ivb1', k, 157) ELSE 261 + fixture_gen.n('ivb2', k, 160) END
ORDER BY d;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
