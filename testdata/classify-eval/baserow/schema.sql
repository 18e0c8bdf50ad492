-- classify-eval fixture (HOLDOUT 62: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted Baserow 1.24 (spring 2024; premium and enterprise licence
-- active) on PostgreSQL, in the naming its Django migrations create (auth_,
-- core_, database_, integrations_, baserow_premium_, baserow_enterprise_
-- tables), plus the data tables Baserow creates for the tables its users
-- build: database_table_<id> with id, order, created_on, updated_on,
-- trashed, needs_background_update, created_by_id, last_modified_by_id and
-- one field_<id> column per field (what a field_<id> holds is said only by
-- the database_field rows), their tsv_field_<id> full-text columns, and a
-- link-row relation table database_relation_<field id>.
--
-- The instance belongs to Maré Alta Eventos, Lda., an events agency in
-- Lisbon and Porto (weddings, corporate conferences and incentive trips), and
-- hosts for free the North End Community Food Bank, a volunteer-run food bank
-- in Winnipeg, Manitoba, plus the personal workspaces Baserow makes at
-- sign-up ("<first name>'s workspace"). Users with full names (Baserow keeps
-- the whole name in auth_user.first_name and the email as username), pbkdf2
-- hashes, profiles with language and time zone, workspace invitations with
-- personal messages, API tokens, webhooks to Zapier, Make, Slack and the
-- food bank's own sync service with bearer headers and secret URLs, webhook
-- calls whose requests carry the rows (names, phones, addresses, dietary
-- needs) and whose responses echo contacts, public and password-protected
-- view shares, the workspace AI settings with an OpenAI key, row comments,
-- notifications of form submissions and mentions, the undo/redo action log
-- whose params keep old and new row values, trash entries named after the
-- trashed rows, uploaded files named after people, import and duplication
-- jobs, snapshots and the enterprise audit log with emails and IP addresses.
-- User tables: the agency's CRM of clients (database_table_41: names,
-- companies, emails, phones, addresses, Portuguese tax numbers, job titles,
-- LinkedIn URLs, notes), its events calendar (42, linked to clients through
-- database_relation_314; titles of weddings carry the couple's names), the
-- food bank's volunteer roster (57: birth dates, addresses, emergency
-- contacts, driver's licence numbers, health notes, photos), its inventory
-- (58: products and stock, nothing personal) and the submissions of its
-- public hamper-request form (59: names, addresses, household, income
-- source, dietary and health needs, proof-of-address files).
--
-- Written from memory of Baserow's published models, not checked against a
-- real 1.24 database: column sets of the Baserow tables are approximate (a
-- few later or earlier columns may be missing or extra, e.g. in
-- core_userprofile, core_settings, core_trashentry, database_table,
-- database_field, database_view and the audit log), the workspace AI
-- settings column may come a release later, and tsv_field_ columns are
-- shown only for the three tables whose full-text columns had been built and
-- only for their non-boolean fields. Baserow's export, builder, template,
-- permission and field-option tables, the multiple-select and remaining field
-- subtype tables and the rows of tables not listed here are left out. The
-- hamper form's income options and the Manitoba licence number format are
-- plausible, not official. In this release row comments live in the premium
-- app's baserow_premium_rowcomment (there is no database_rowcomment) and
-- file imports are core_job rows with a database_fileimportjob child (no
-- database_importjob); database_emailfield is among the subtype tables left
-- out. Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÓ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDO')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics; lower: lower-case alphanumerics.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
-- urlsafe: what Python's secrets.token_urlsafe makes.
CREATE FUNCTION pgen.urlsafe(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 8), '+/=', '-_'), 1, len) $$;

-- at: a time between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- nif: a Portuguese tax number (NIF) starting with a digit, mod-11 check digit.
CREATE FUNCTION pgen.nif(first int, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || (CASE WHEN s % 11 < 2 THEN 0 ELSE 11 - s % 11 END)::text
  FROM (SELECT d, (SELECT sum(substr(d, k, 1)::int * (10 - k)) FROM generate_series(1, 8) k)::int AS s
        FROM (SELECT first::text || fixture_gen.digits(tag, i, 7) AS d) x) y
$$;

-- Cultures: given names, family names, mail domains.
CREATE TABLE pgen.cu (c text PRIMARY KEY, firsts text[], lasts text[], domains text[]);
INSERT INTO pgen.cu VALUES
 ('pt', ARRAY['João', 'Inês', 'Tiago', 'Beatriz', 'Rui', 'Mariana', 'Duarte', 'Catarina', 'Gonçalo', 'Leonor', 'Miguel', 'Sofia', 'Afonso', 'Marta', 'Filipa', 'Nuno'],
        ARRAY['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Oliveira', 'Carvalho', 'Sousa', 'Marques', 'Gomes', 'Antunes', 'Rebelo', 'Nogueira', 'Tavares', 'Lopes', 'Vieira'],
        ARRAY['sapo.pt', 'gmail.com', 'hotmail.com', 'netcabo.pt', 'outlook.pt', 'iol.pt']),
 ('br', ARRAY['Larissa', 'Thiago', 'Camila', 'Rafael', 'Fernanda', 'Lucas', 'Gabriela', 'Felipe'], ARRAY['Souza', 'Lima', 'Alves', 'Ribeiro', 'Nascimento', 'Barbosa', 'Cardoso', 'Teixeira'],
        ARRAY['gmail.com', 'uol.com.br', 'hotmail.com', 'terra.com.br']),
 ('gb', ARRAY['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Freya'], ARRAY['Taylor', 'Hughes', 'Khan', 'Evans', 'Wright', 'Clarke'], ARRAY['gmail.com', 'btinternet.com', 'outlook.com']),
 ('de', ARRAY['Jonas', 'Lena', 'Felix', 'Marie', 'Lukas', 'Hannah'], ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer'], ARRAY['gmx.de', 'web.de', 't-online.de']),
 ('fr', ARRAY['Camille', 'Julien', 'Léa', 'Mathieu', 'Chloé', 'Antoine'], ARRAY['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard'], ARRAY['orange.fr', 'free.fr', 'laposte.net']),
 ('es', ARRAY['Lucía', 'Javier', 'Carmen', 'Diego', 'Paula', 'Álvaro'], ARRAY['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Navarro'], ARRAY['gmail.com', 'telefonica.net', 'hotmail.es']),
 ('nl', ARRAY['Daan', 'Sanne', 'Bram', 'Femke', 'Thijs', 'Lotte'], ARRAY['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'de Jong'], ARRAY['ziggo.nl', 'kpnmail.nl', 'gmail.com']),
 ('us', ARRAY['Emily', 'Michael', 'Ashley', 'Jacob', 'Madison', 'Tyler'], ARRAY['Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis'], ARRAY['gmail.com', 'yahoo.com', 'comcast.net']),
 ('in', ARRAY['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram'], ARRAY['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon'], ARRAY['gmail.com', 'outlook.com', 'rediffmail.com']),
 ('ng', ARRAY['Chinedu', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Emeka', 'Ngozi'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Okonkwo'], ARRAY['gmail.com', 'yahoo.com']),
 ('ca', ARRAY['Emily', 'Liam', 'Olivia', 'Noah', 'Madison', 'Ethan', 'Hannah', 'Connor', 'Brittany', 'Tyler', 'Kayla', 'Dustin'],
        ARRAY['MacDonald', 'Thompson', 'Campbell', 'Wilson', 'Friesen', 'Klassen', 'Dueck', 'Penner', 'Loewen', 'Kowalchuk', 'Hiebert', 'Reimer'],
        ARRAY['shaw.ca', 'gmail.com', 'mymts.net', 'hotmail.ca', 'outlook.com']),
 ('qc', ARRAY['Geneviève', 'Mathieu', 'Chantal', 'Luc', 'Émilie', 'Marc-André', 'Josée', 'Réal'], ARRAY['Tremblay', 'Gagnon', 'Bouchard', 'Lavallée', 'Gauthier', 'Bérubé', 'Lagassé', 'Chartier'],
        ARRAY['videotron.ca', 'gmail.com', 'shaw.ca']),
 ('ph', ARRAY['Maria Cristina', 'Jose', 'Rowena', 'Mark Anthony', 'Jasmine', 'Rodel', 'Marites', 'Jericho'], ARRAY['Santos', 'Reyes', 'dela Cruz', 'Bautista', 'Villanueva', 'Mendoza', 'Manalo', 'Pascual'],
        ARRAY['gmail.com', 'yahoo.com', 'hotmail.com']),
 ('pb', ARRAY['Gurpreet', 'Harjit', 'Simran', 'Manpreet', 'Rajesh', 'Navdeep', 'Amandeep', 'Jaspreet'], ARRAY['Singh', 'Kaur', 'Gill', 'Sandhu', 'Dhillon', 'Brar', 'Grewal', 'Sidhu'],
        ARRAY['gmail.com', 'hotmail.com', 'outlook.com']),
 ('fn', ARRAY['Tanya', 'Darren', 'Crystal', 'Shawn', 'Melanie', 'Wayne', 'Raven', 'Cody'], ARRAY['Sinclair', 'Fontaine', 'Spence', 'Harper', 'Beardy', 'Bighetty', 'Flett', 'Ducharme', 'Chartrand', 'Linklater'],
        ARRAY['gmail.com', 'hotmail.com', 'mymts.net']),
 ('ua', ARRAY['Olena', 'Taras', 'Oksana', 'Andriy', 'Yulia', 'Mykola', 'Iryna', 'Bohdan'], ARRAY['Kovalenko', 'Shevchenko', 'Bondarenko', 'Melnyk', 'Tkachuk', 'Kravchenko', 'Boyko', 'Hnatyshyn'],
        ARRAY['gmail.com', 'ukr.net', 'i.ua']),
 ('so', ARRAY['Abdi', 'Hodan', 'Mohamed', 'Fadumo', 'Yusuf', 'Amina', 'Hassan', 'Ifrah'], ARRAY['Ali', 'Hassan', 'Warsame', 'Abdullahi', 'Farah', 'Jama', 'Osman', 'Nur'], ARRAY['gmail.com', 'hotmail.com', 'yahoo.com']),
 ('sy', ARRAY['Rami', 'Lina', 'Khaled', 'Nour', 'Omar', 'Hala', 'Yara', 'Tarek'], ARRAY['Al-Hussein', 'Haddad', 'Khoury', 'Mansour', 'Darwish', 'Al-Masri', 'Hamdan', 'Saleh'],
        ARRAY['gmail.com', 'hotmail.com', 'outlook.com']),
 ('cn', ARRAY['Wei', 'Xiaoling', 'Jun', 'Mei', 'Kevin', 'Grace', 'Hao', 'Yan'], ARRAY['Chen', 'Wong', 'Li', 'Zhang', 'Liu', 'Huang', 'Lam', 'Zhou'], ARRAY['gmail.com', '163.com', 'qq.com', 'hotmail.com']),
 ('er', ARRAY['Senait', 'Yonas', 'Helen', 'Dawit', 'Mebrat', 'Tesfay'], ARRAY['Tesfamariam', 'Gebremedhin', 'Haile', 'Kidane', 'Berhane', 'Woldu'], ARRAY['gmail.com', 'yahoo.com']);

-- Phones, streets, postcodes and cities by country of residence.
CREATE FUNCTION pgen.phone(res text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE res
    WHEN 'PT' THEN CASE fixture_gen.n(tag || 's', i, 3)
        WHEN 0 THEN '+351 9' || fixture_gen.pick(ARRAY['1', '2', '3', '6'], tag, i) || fixture_gen.digits(tag || 'a', i, 1) || ' ' || fixture_gen.digits(tag || 'b', i, 3) || ' ' || fixture_gen.digits(tag || 'c', i, 3)
        WHEN 1 THEN '9' || fixture_gen.pick(ARRAY['1', '2', '3', '6'], tag, i) || fixture_gen.digits(tag || 'a', i, 1) || ' ' || fixture_gen.digits(tag || 'b', i, 3) || ' ' || fixture_gen.digits(tag || 'c', i, 3)
        ELSE '9' || fixture_gen.pick(ARRAY['1', '2', '3', '6'], tag, i) || fixture_gen.digits(tag || 'a', i, 7) END
    WHEN 'BR' THEN '+55 11 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'CA' THEN (SELECT CASE fixture_gen.n(tag || 's', i, 4)
        WHEN 0 THEN '(' || a || ') ' || e || '-' || l WHEN 1 THEN a || '-' || e || '-' || l WHEN 2 THEN '+1 ' || a || ' ' || e || ' ' || l ELSE a || e || l END
      FROM (SELECT fixture_gen.pick(ARRAY['204', '204', '204', '431'], tag || 'a', i) AS a, (220 + fixture_gen.n(tag || 'e', i, 770))::text AS e, fixture_gen.digits(tag || 'l', i, 4) AS l) x)
    WHEN 'GB' THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN 'DE' THEN '+49 1' || (5 + fixture_gen.n(tag, i, 3)) || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 8)
    WHEN 'FR' THEN '+33 6 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'ES' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'NL' THEN '+31 6 ' || fixture_gen.digits(tag, i, 8)
    WHEN 'US' THEN '+1 ' || (201 + fixture_gen.n(tag, i, 700)) || '-' || (200 + fixture_gen.n(tag || 'y', i, 700)) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'IN' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    ELSE '+234 80' || (3 + fixture_gen.n(tag, i, 6)) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4) END
$$;

CREATE FUNCTION pgen.street(res text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE res
    WHEN 'PT' THEN fixture_gen.pick(ARRAY['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Rua do Almada', 'Avenida da Boavista', 'Rua Garrett', 'Travessa do Carmo',
        'Rua Cândido dos Reis', 'Avenida de Roma', 'Rua da Prata', 'Rua de Cedofeita', 'Avenida Marginal', 'Rua Dom Pedro V', 'Largo do Rato'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 280))
        || CASE fixture_gen.n(tag || 'f', i, 3) WHEN 0 THEN ', ' || (1 + fixture_gen.n(tag || 'a', i, 7)) || 'º Esq.' WHEN 1 THEN ', ' || (1 + fixture_gen.n(tag || 'a', i, 7)) || 'º Dto.' ELSE '' END
    WHEN 'BR' THEN fixture_gen.pick(ARRAY['Rua Oscar Freire', 'Avenida Paulista', 'Rua Haddock Lobo', 'Rua Augusta'], tag, i) || ', ' || (10 + fixture_gen.n(tag, i, 2400)) || ', apto ' || (11 + fixture_gen.n(tag || 'a', i, 180))
    WHEN 'CA' THEN CASE WHEN i % 5 = 0 THEN 'Unit ' || (1 + fixture_gen.n(tag || 'u', i, 12)) || ' - ' ELSE '' END || (10 + fixture_gen.n(tag, i, 1800)) || ' '
        || fixture_gen.pick(ARRAY['Selkirk Ave', 'Main St', 'Salter St', 'Aberdeen Ave', 'Magnus Ave', 'McGregor St', 'Redwood Ave', 'Burrows Ave', 'Pritchard Ave', 'Boyd Ave', 'Arlington St',
        'Inkster Blvd', 'Flora Ave', 'Mountain Ave', 'Portage Ave', 'Henderson Hwy', 'Keewatin St', 'Machray Ave'], tag, i)
        || CASE WHEN i % 7 = 3 AND i % 5 <> 0 THEN ' Apt ' || (101 + fixture_gen.n(tag || 'p', i, 400)) ELSE '' END
    WHEN 'GB' THEN (1 + fixture_gen.n(tag, i, 200)) || ' ' || fixture_gen.pick(ARRAY['Victoria Road', 'Church Lane', 'Kingsway', 'Albert Terrace'], tag, i)
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Schanzenstraße', 'Lindenallee', 'Sonnenallee', 'Bergmannstraße'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 140))
    WHEN 'FR' THEN (1 + fixture_gen.n(tag, i, 120)) || ' ' || fixture_gen.pick(ARRAY['rue Oberkampf', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Martyrs'], tag, i)
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['Calle de Alcalá', 'Carrer de Mallorca', 'Calle Feria'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 250)) || ', ' || (1 + fixture_gen.n(tag || 'a', i, 8)) || 'º B'
    WHEN 'NL' THEN fixture_gen.pick(ARRAY['Prinsengracht', 'Oudegracht', 'Witte de Withstraat'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 400))
    WHEN 'US' THEN (100 + fixture_gen.n(tag, i, 9000)) || ' ' || fixture_gen.pick(ARRAY['Commonwealth Ave', 'Congress Ave', 'Pine St', 'N Clark St'], tag, i)
    WHEN 'IN' THEN '#' || (1 + fixture_gen.n(tag, i, 400)) || ', ' || fixture_gen.pick(ARRAY['12th Main, HSR Layout', 'Koregaon Park Lane 5', 'Hill Road, Bandra West'], tag, i)
    ELSE (1 + fixture_gen.n(tag, i, 60)) || ' ' || fixture_gen.pick(ARRAY['Admiralty Way, Lekki Phase 1', 'Allen Avenue, Ikeja'], tag, i) END
$$;

CREATE FUNCTION pgen.zip(res text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE res
    WHEN 'PT' THEN (1000 + fixture_gen.n(tag, i, 3600)) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'BR' THEN fixture_gen.digits(tag, i, 5) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'CA' THEN fixture_gen.pick(ARRAY['R2W', 'R2W', 'R2X', 'R2V', 'R3A', 'R2E', 'R2J', 'R3E', 'R2C', 'R2K', 'R2G'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1)
        || fixture_gen.chars(tag || 'l', i, 1, 'ABCEGHJKLMNPRSTVWXYZ') || fixture_gen.digits(tag || 'd', i, 1)
    WHEN 'GB' THEN fixture_gen.pick(ARRAY['SW1A', 'M1', 'LS6', 'BS8'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'NL' THEN (1011 + fixture_gen.n(tag, i, 8000)) || ' ' || fixture_gen.chars(tag, i, 2, 'ABCDEGHJKLMNPRSTVWXZ')
    WHEN 'IN' THEN (400001 + fixture_gen.n(tag, i, 160000))::text
    WHEN 'NG' THEN (100001 + fixture_gen.n(tag, i, 800000))::text
    ELSE lpad((1001 + fixture_gen.n(tag, i, 98000))::text, 5, '0') END
$$;

CREATE FUNCTION pgen.city(res text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE res
    WHEN 'PT' THEN fixture_gen.pick(ARRAY['Lisboa', 'Lisboa', 'Lisboa', 'Porto', 'Porto', 'Cascais', 'Sintra', 'Oeiras', 'Braga', 'Coimbra', 'Faro', 'Matosinhos', 'Vila Nova de Gaia', 'Aveiro'], tag, i)
    WHEN 'BR' THEN fixture_gen.pick(ARRAY['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba'], tag, i)
    WHEN 'CA' THEN fixture_gen.pick(ARRAY['Winnipeg', 'Winnipeg', 'Winnipeg', 'Winnipeg', 'Winnipeg', 'Winnipeg', 'West St. Paul', 'East St. Paul', 'Selkirk', 'Headingley'], tag, i)
    WHEN 'GB' THEN fixture_gen.pick(ARRAY['London', 'Manchester', 'Leeds', 'Bristol'], tag, i)
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Berlin', 'Hamburg', 'München', 'Köln'], tag, i)
    WHEN 'FR' THEN fixture_gen.pick(ARRAY['Paris', 'Lyon', 'Bordeaux', 'Nantes'], tag, i)
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['Madrid', 'Barcelona', 'Sevilla', 'Vigo'], tag, i)
    WHEN 'NL' THEN fixture_gen.pick(ARRAY['Amsterdam', 'Utrecht', 'Rotterdam'], tag, i)
    WHEN 'US' THEN fixture_gen.pick(ARRAY['Boston', 'Austin', 'Newark', 'Chicago'], tag, i)
    WHEN 'IN' THEN fixture_gen.pick(ARRAY['Bengaluru', 'Pune', 'Mumbai'], tag, i)
    ELSE fixture_gen.pick(ARRAY['Lagos', 'Abuja'], tag, i) END
$$;

-- People. 1-52 Baserow users; 101-280 the agency's CRM contacts; 401-560
-- volunteers; 601-760 their emergency contacts; 1001-1300 hamper requesters.
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, res text, first text, last text, full_name text, email text, phone text, street text, zip text, city text,
  country text, dob date, company text, job text);
CREATE FUNCTION pgen.add_people(lo int, hi int, mix text[], res text) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, res, first, last)
  SELECT i, cu.c, coalesce(res, CASE cu.c WHEN 'pt' THEN 'PT' WHEN 'br' THEN CASE WHEN i % 2 = 0 THEN 'PT' ELSE 'BR' END WHEN 'gb' THEN 'GB' WHEN 'de' THEN 'DE'
           WHEN 'fr' THEN 'FR' WHEN 'es' THEN 'ES' WHEN 'nl' THEN 'NL' WHEN 'us' THEN 'US' WHEN 'in' THEN 'IN' WHEN 'ng' THEN 'NG' ELSE 'CA' END),
         cu.firsts[1 + fixture_gen.n('pf', i, cardinality(cu.firsts))], cu.lasts[1 + fixture_gen.n('pl', i, cardinality(cu.lasts))]
  FROM generate_series(lo, hi) i JOIN pgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pc', i)
$$;
DO $$ BEGIN
  PERFORM pgen.add_people(1, 9, ARRAY['pt', 'pt', 'pt', 'pt', 'br'], NULL);
  PERFORM pgen.add_people(10, 22, ARRAY['ca', 'ca', 'qc', 'ph', 'pb', 'fn', 'ua', 'so', 'cn'], 'CA');
  PERFORM pgen.add_people(23, 52, ARRAY['pt', 'pt', 'br', 'gb', 'de', 'fr', 'es', 'nl', 'us', 'in', 'ng', 'ca', 'ph', 'ua'], NULL);
  PERFORM pgen.add_people(101, 280, ARRAY['pt', 'pt', 'pt', 'pt', 'pt', 'pt', 'br', 'br', 'gb', 'gb', 'de', 'fr', 'es', 'nl', 'us'], NULL);
  PERFORM pgen.add_people(401, 560, ARRAY['ca', 'ca', 'ca', 'qc', 'ph', 'ph', 'pb', 'fn', 'fn', 'ua', 'so', 'sy', 'cn', 'er'], 'CA');
  PERFORM pgen.add_people(601, 760, ARRAY['ca', 'ca', 'ca', 'qc', 'ph', 'ph', 'pb', 'fn', 'fn', 'ua', 'so', 'sy', 'cn', 'er'], 'CA');
  PERFORM pgen.add_people(1001, 1300, ARRAY['ca', 'ca', 'fn', 'fn', 'fn', 'ph', 'pb', 'ua', 'ua', 'so', 'so', 'sy', 'sy', 'cn', 'er', 'qc'], 'CA');
END $$;
-- Two thirds of the emergency contacts share the volunteer's family name.
UPDATE pgen.p e SET last = v.last, c = v.c, first = cu.firsts[1 + fixture_gen.n('pfe', e.i, cardinality(cu.firsts))]
FROM pgen.p v JOIN pgen.cu cu ON cu.c = v.c WHERE e.i BETWEEN 601 AND 760 AND v.i = e.i - 200 AND e.i % 3 <> 0;
UPDATE pgen.p e SET first = cu.firsts[1 + array_position(cu.firsts, e.first) % cardinality(cu.firsts)]
FROM pgen.p v JOIN pgen.cu cu ON cu.c = v.c WHERE e.i BETWEEN 601 AND 760 AND v.i = e.i - 200 AND e.first = v.first AND e.last = v.last;
UPDATE pgen.p SET full_name = first || ' ' || last,
  phone = pgen.phone(res, 'pph', i), street = pgen.street(res, 'pst', i), zip = pgen.zip(res, 'pzip', i), city = pgen.city(res, 'pcity', i),
  country = CASE res WHEN 'PT' THEN 'Portugal' WHEN 'BR' THEN 'Brasil' WHEN 'GB' THEN 'Reino Unido' WHEN 'DE' THEN 'Alemanha' WHEN 'FR' THEN 'França' WHEN 'ES' THEN 'Espanha'
                     WHEN 'NL' THEN 'Países Baixos' WHEN 'US' THEN 'Estados Unidos' WHEN 'IN' THEN 'Índia' WHEN 'NG' THEN 'Nigéria' ELSE 'Canada' END,
  dob = date '1946-01-01' + fixture_gen.n('pdob', i, 365 * 60),
  company = CASE WHEN i BETWEEN 101 AND 280 AND i % 5 <> 0 THEN fixture_gen.pick(ARRAY['Tágide Seguros, S.A.', 'Lusotech Software, Lda.', 'Farmácias Atlântico', 'Vinhos Vale Escuro, Lda.',
       'Banco Meridional', 'Oeiras Valley Labs', 'Construções Pinhal & Filhos', 'Hotelaria Costa Azul', 'Northwind Pharma GmbH', 'Brightline Consulting Ltd', 'Cobalt Cloud B.V.',
       'Iberdata S.L.', 'Universidade do Minho', 'Associação Portuguesa de Cardiologia', 'Kaleido Studios', 'Grupo Atrium Retail', 'Distribuição Norte, SGPS', 'Ordem dos Arquitetos'], 'pco', i) END,
  job = CASE WHEN i BETWEEN 101 AND 280 AND i % 5 <> 0 THEN fixture_gen.pick(ARRAY['Diretora de Marketing', 'Office Manager', 'CEO', 'Assistente de Direção', 'Responsável de RH',
       'Event Manager', 'Head of Communications', 'Gestor de Conta', 'Diretor Financeiro', 'Executive Assistant', 'Coordenadora de Eventos', 'People & Culture Lead'], 'pjob', i) END;
UPDATE pgen.p SET email = CASE fixture_gen.n('pem', i, 4)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || (i % 89)::text
    WHEN 2 THEN pgen.fold(first) || '_' || pgen.fold(last) ELSE pgen.fold(last) || '.' || pgen.fold(first) END || '@'
  || CASE WHEN company IS NOT NULL AND i % 3 <> 0 THEN pgen.fold(regexp_replace(company, ',? (S\.A\.|Lda\.|Ltd|GmbH|B\.V\.|S\.L\.|SGPS|plc|Inc\.)$', '')) || '.example'
          ELSE fixture_gen.pick(cu.domains, 'pdom', i) END
FROM pgen.cu cu WHERE cu.c = pgen.p.c;
-- Staff of the agency and of the food bank use their work mailboxes.
UPDATE pgen.p SET email = pgen.fold(first) || CASE WHEN i % 2 = 0 THEN '.' || pgen.fold(last) ELSE '' END || '@marealta-eventos.example' WHERE i BETWEEN 1 AND 7;
UPDATE pgen.p SET email = pgen.fold(first) || '.' || substr(pgen.fold(last), 1, 1) || '@northendfoodbank.example' WHERE i BETWEEN 10 AND 15;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- ---------------------------------------------------------------------------
-- Content types, users, profiles, instance settings, workspaces.

CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL, UNIQUE (app_label, model));
INSERT INTO django_content_type (id, app_label, model) VALUES
  (1, 'contenttypes', 'contenttype'), (2, 'auth', 'permission'), (3, 'auth', 'group'), (4, 'auth', 'user'), (5, 'core', 'settings'), (6, 'core', 'workspace'),
  (7, 'core', 'workspaceuser'), (8, 'core', 'workspaceinvitation'), (9, 'core', 'application'), (10, 'core', 'trashentry'), (11, 'core', 'userfile'), (12, 'core', 'action'),
  (13, 'core', 'job'), (14, 'core', 'snapshot'), (15, 'core', 'integration'), (16, 'database', 'database'), (17, 'database', 'table'), (18, 'database', 'field'),
  (19, 'database', 'textfield'), (20, 'database', 'longtextfield'), (21, 'database', 'numberfield'), (22, 'database', 'booleanfield'), (23, 'database', 'datefield'),
  (24, 'database', 'linkrowfield'), (25, 'database', 'emailfield'), (26, 'database', 'phonenumberfield'), (27, 'database', 'urlfield'), (28, 'database', 'filefield'),
  (29, 'database', 'singleselectfield'), (30, 'database', 'multipleselectfield'), (31, 'database', 'formulafield'), (32, 'database', 'ratingfield'), (33, 'database', 'lookupfield'),
  (34, 'database', 'countfield'), (35, 'database', 'view'), (36, 'database', 'gridview'), (37, 'database', 'galleryview'), (38, 'database', 'formview'),
  (39, 'database', 'fileimportjob'), (40, 'database', 'duplicatetablejob'), (41, 'core', 'duplicateapplicationjob'), (42, 'core', 'installtemplatejob'),
  (43, 'core', 'createsnapshotjob'), (44, 'builder', 'builder'), (45, 'integrations', 'localbaserowintegration'), (46, 'baserow_premium', 'kanbanview'),
  (47, 'baserow_premium', 'calendarview'), (48, 'baserow_premium', 'rowcomment'), (49, 'baserow_enterprise', 'auditlogentry'), (50, 'database', 'autonumberfield'),
  (51, 'core', 'notification'), (52, 'database', 'tablewebhook'), (53, 'database', 'token'), (54, 'sessions', 'session');

CREATE TABLE auth_user (
    id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL, username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL, last_name varchar(150) NOT NULL, email varchar(254) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL, date_joined timestamptz NOT NULL
);
CREATE TABLE pgen.u (id int PRIMARY KEY, joined timestamptz, last timestamptz);
INSERT INTO pgen.u
SELECT i, j, CASE WHEN i IN (19, 33, 41, 47, 52) THEN NULL WHEN i <= 22 AND i NOT IN (8, 19) THEN pgen.at('ull', i, '2024-03-20', '2024-04-19 16:00:00+00')
                 ELSE pgen.at('ull', i, j + interval '1 hour', '2024-04-19 16:00:00+00') END
FROM generate_series(1, 52) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 9 THEN pgen.at('uj', i, '2022-03-02', '2022-10-01') WHEN i <= 22 THEN pgen.at('uj', i, '2022-10-15', '2023-04-01')
                               ELSE pgen.at('uj', i, '2022-05-01', '2024-04-10') END AS j) x;
INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined)
SELECT p.i,
       CASE WHEN u.last IS NULL OR u.last < '2023-05-01' THEN replace(fixture_gen.pbkdf2('upw', p.i), '$600000$', '$390000$') ELSE fixture_gen.pbkdf2('upw', p.i) END,
       u.last, false, p.email,
       CASE WHEN p.i % 11 = 4 THEN lower(p.first) WHEN p.i % 13 = 6 THEN p.first || ' ' || substr(p.last, 1, 1) || '.' ELSE p.full_name END,
       '', p.email, p.i = 1, p.i NOT IN (8, 37, 44), u.joined
FROM pgen.p p JOIN pgen.u u ON u.id = p.i ORDER BY p.i;

CREATE TABLE core_userprofile (
    id serial PRIMARY KEY, user_id integer NOT NULL UNIQUE REFERENCES auth_user (id), language varchar(10) NOT NULL, to_be_deleted boolean NOT NULL, concurrency_limit smallint,
    email_notification_frequency varchar(16) NOT NULL, timezone varchar(255), last_password_change timestamptz, email_verified boolean NOT NULL, completed_onboarding boolean NOT NULL
);
INSERT INTO core_userprofile (user_id, language, to_be_deleted, concurrency_limit, email_notification_frequency, timezone, last_password_change, email_verified, completed_onboarding)
SELECT p.i, CASE WHEN p.c IN ('pt', 'br') AND p.i % 3 <> 0 THEN 'pt' WHEN p.c = 'qc' THEN 'fr' WHEN p.c = 'de' THEN 'de' WHEN p.c = 'es' THEN 'es' WHEN p.c = 'nl' THEN 'nl' WHEN p.c = 'fr' THEN 'fr' ELSE 'en' END,
       p.i IN (37, 44), CASE WHEN p.i IN (1, 2) THEN -1 END,
       fixture_gen.pick(ARRAY['instant', 'instant', 'daily', 'daily', 'weekly', 'never'], 'unf', p.i),
       CASE WHEN p.i % 9 = 7 THEN NULL ELSE CASE p.res WHEN 'PT' THEN 'Europe/Lisbon' WHEN 'BR' THEN 'America/Sao_Paulo' WHEN 'CA' THEN 'America/Winnipeg' WHEN 'GB' THEN 'Europe/London'
         WHEN 'DE' THEN 'Europe/Berlin' WHEN 'FR' THEN 'Europe/Paris' WHEN 'ES' THEN 'Europe/Madrid' WHEN 'NL' THEN 'Europe/Amsterdam' WHEN 'US' THEN 'America/New_York'
         WHEN 'IN' THEN 'Asia/Kolkata' ELSE 'Africa/Lagos' END END,
       CASE WHEN p.i % 4 = 1 THEN pgen.at('upc', p.i, u.joined, coalesce(u.last, u.joined + interval '1 day')) END,
       p.i % 6 <> 5, u.joined > '2023-07-01' OR p.i % 3 = 0
FROM pgen.p p JOIN pgen.u u ON u.id = p.i ORDER BY p.i;

CREATE TABLE core_userfile (
    id serial PRIMARY KEY, original_name varchar(255) NOT NULL, size bigint NOT NULL, mime_type varchar(127) NOT NULL, is_image boolean NOT NULL, image_width smallint, image_height smallint,
    uploaded_at timestamptz NOT NULL, uploaded_by_id integer REFERENCES auth_user (id), "unique" varchar(32) NOT NULL, sha256_hash varchar(64) NOT NULL
);

CREATE TABLE core_settings (
    id serial PRIMARY KEY, allow_new_signups boolean NOT NULL, allow_signups_via_workspace_invitations boolean NOT NULL, allow_reset_password boolean NOT NULL,
    allow_global_workspace_creation boolean NOT NULL, account_deletion_grace_delay smallint NOT NULL, show_admin_signup_page boolean NOT NULL, track_workspace_usage boolean NOT NULL,
    instance_id varchar(100) NOT NULL, co_branding_logo_id integer, email_verification varchar(16) NOT NULL, show_baserow_help_request boolean NOT NULL, verify_import_signature boolean NOT NULL
);
INSERT INTO core_settings (allow_new_signups, allow_signups_via_workspace_invitations, allow_reset_password, allow_global_workspace_creation, account_deletion_grace_delay,
  show_admin_signup_page, track_workspace_usage, instance_id, co_branding_logo_id, email_verification, show_baserow_help_request, verify_import_signature)
VALUES (false, true, true, true, 30, false, true, pgen.rnd('inst', 1, 32), NULL, 'recommended', false, true);

CREATE TABLE core_workspace (
    id serial PRIMARY KEY, name varchar(165) NOT NULL, created_on timestamptz NOT NULL, updated_on timestamptz NOT NULL, trashed boolean NOT NULL, storage_usage integer,
    storage_usage_updated_at timestamptz, seats_taken integer, seats_taken_updated_at timestamptz, generative_ai_models_settings jsonb NOT NULL
);
-- Owners: 1 and 2 are the organisations; 3-26 personal workspaces of users.
CREATE TABLE pgen.ws (id int PRIMARY KEY, owner int, name text);
INSERT INTO pgen.ws VALUES (1, 1, 'Maré Alta Eventos'), (2, 10, 'North End Community Food Bank');
INSERT INTO pgen.ws SELECT 2 + row_number() OVER (ORDER BY u), u, NULL FROM unnest(ARRAY[1, 3, 5, 10, 11, 14, 23, 24, 25, 26, 27, 29, 30, 31, 32, 34, 35, 36, 38, 39, 40, 42, 45, 48]) u;
UPDATE pgen.ws w SET name = split_part(a.first_name, ' ', 1) || '''s workspace' FROM auth_user a WHERE a.id = w.owner AND w.name IS NULL;
UPDATE pgen.ws SET name = 'Casamento Beatriz & Tiago' WHERE id = 15;
UPDATE pgen.ws SET name = 'NECFB Board' WHERE id = 8;
UPDATE pgen.ws SET name = 'Freelance – produção' WHERE id = 11;
INSERT INTO core_workspace (id, name, created_on, updated_on, trashed, storage_usage, storage_usage_updated_at, seats_taken, seats_taken_updated_at, generative_ai_models_settings)
SELECT w.id, w.name, u.joined + make_interval(mins => w.id), u.joined + make_interval(days => 1 + fixture_gen.n('wsu', w.id, 200)), w.id IN (19, 24),
       CASE WHEN w.id = 1 THEN 1843291 WHEN w.id = 2 THEN 655870 ELSE fixture_gen.n('wss', w.id, 9000) END,
       timestamptz '2024-04-19 03:00:00+00', CASE WHEN w.id = 1 THEN 13 WHEN w.id = 2 THEN 15 ELSE 1 END, timestamptz '2024-04-19 03:00:00+00',
       CASE WHEN w.id = 1 THEN jsonb_build_object('openai', jsonb_build_object('api_key', 'sk-' || pgen.rnd('oai', 1, 48), 'models', jsonb_build_array('gpt-4-turbo-preview', 'gpt-3.5-turbo'), 'organization', 'org-' || pgen.rnd('oaio', 1, 24)))
            WHEN w.id = 2 THEN jsonb_build_object('openai', jsonb_build_object('api_key', '', 'models', '[]'::jsonb, 'organization', ''))
            ELSE '{}'::jsonb END
FROM pgen.ws w JOIN pgen.u u ON u.id = w.owner ORDER BY w.id;

CREATE TABLE core_workspaceuser (
    id serial PRIMARY KEY, workspace_id integer NOT NULL REFERENCES core_workspace (id), user_id integer NOT NULL REFERENCES auth_user (id), "order" integer NOT NULL,
    permissions varchar(32) NOT NULL, created_on timestamptz NOT NULL, updated_on timestamptz NOT NULL, UNIQUE (workspace_id, user_id)
);
INSERT INTO core_workspaceuser (workspace_id, user_id, "order", permissions, created_on, updated_on)
SELECT m.ws, m.u, row_number() OVER (PARTITION BY m.u ORDER BY m.ws), m.perm, greatest(uj.joined, w.created_on) + interval '3 minutes', greatest(uj.joined, w.created_on) + make_interval(days => fixture_gen.n('wuu', m.ws * 100 + m.u, 90))
FROM (SELECT 1 AS ws, u, CASE WHEN u IN (1, 2) THEN 'ADMIN' WHEN u IN (3, 4) THEN 'BUILDER' ELSE 'EDITOR' END AS perm FROM unnest(ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 23, 24, 26, 28]) u
      UNION ALL SELECT 2, u, CASE WHEN u IN (10, 11) THEN 'ADMIN' WHEN u = 1 THEN 'ADMIN' WHEN u IN (12, 13) THEN 'BUILDER' WHEN u IN (20, 21, 22) THEN 'VIEWER' ELSE 'EDITOR' END
        FROM unnest(ARRAY[1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 46]) u
      UNION ALL SELECT id, owner, 'ADMIN' FROM pgen.ws WHERE id > 2
      UNION ALL SELECT 8, u, 'EDITOR' FROM unnest(ARRAY[11, 13, 49]) u
      UNION ALL SELECT 15, u, 'ADMIN' FROM unnest(ARRAY[50]) u) m
JOIN pgen.u uj ON uj.id = m.u JOIN core_workspace w ON w.id = m.ws
ORDER BY 5, 1, 2;

CREATE TABLE core_workspaceinvitation (
    id serial PRIMARY KEY, workspace_id integer NOT NULL REFERENCES core_workspace (id), invited_by_id integer NOT NULL REFERENCES auth_user (id), email varchar(254) NOT NULL,
    permissions varchar(32) NOT NULL, message text NOT NULL, created_on timestamptz NOT NULL, updated_on timestamptz NOT NULL
);
INSERT INTO core_workspaceinvitation (workspace_id, invited_by_id, email, permissions, message, created_on, updated_on)
SELECT ws, inv, p.email, perm, msg, t, t FROM (
  SELECT 1 AS ws, CASE WHEN k % 2 = 0 THEN 1 ELSE 2 END AS inv, 100 + k * 9 AS pi, 'EDITOR' AS perm,
         (ARRAY['', 'Olá! Convido-te para o nosso Baserow, é aqui que está a lista de fornecedores e o calendário. Qualquer dúvida liga-me: 913 204 118. Beijinhos, Marta',
                'Bom dia, segue o convite para acompanhar o orçamento do evento. Cumprimentos, Nuno Vieira', '',
                'Hi, this gives you read access to the run of show for the Lisbon incentive trip.', 'Convite para a equipa de produção do verão.'])[1 + k % 6] AS msg,
         pgen.at('wit', k, '2023-06-01', '2024-04-18') AS t FROM generate_series(1, 9) k
  UNION ALL
  SELECT 2, CASE WHEN k % 3 = 0 THEN 11 ELSE 10 END, 400 + k * 11, CASE WHEN k % 4 = 0 THEN 'VIEWER' ELSE 'EDITOR' END,
         (ARRAY['', 'Welcome aboard! This is where we keep the shift schedule. Call me at 204-582-7731 if the link doesn''t work. - Noah',
                'Hi, as discussed at Tuesday''s intake shift, here is your invite so you can log hamper pickups.', '',
                'Bonjour! Voici l''invitation pour le tableau des bénévoles. Merci, Brittany', 'Invite for the warehouse team leads.'])[1 + k % 6],
         pgen.at('wit2', k, '2023-03-01', '2024-04-18') FROM generate_series(1, 13) k
) x JOIN pgen.p p ON p.i = x.pi ORDER BY t;

CREATE TABLE core_userlogentry (id serial PRIMARY KEY, actor_id integer NOT NULL REFERENCES auth_user (id), action varchar(20) NOT NULL, "timestamp" timestamptz NOT NULL);
INSERT INTO core_userlogentry (actor_id, action, "timestamp")
SELECT a, 'SIGNED_IN', t FROM (
  SELECT (ARRAY[1, 1, 2, 2, 3, 4, 5, 5, 6, 7, 9, 10, 10, 11, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 23, 24, 26, 28, 30, 35, 46, 49, 50])[1 + fixture_gen.n('ule', k, 33)] AS a,
         pgen.at('ulet', k, '2023-10-01', '2024-04-19 16:00:00+00') AS t FROM generate_series(1, 380) k) x
JOIN pgen.u u ON u.id = x.a WHERE x.t > u.joined ORDER BY t;

-- Applications: databases, the agency's client portal (application builder).
CREATE TABLE core_application (
    id serial PRIMARY KEY, workspace_id integer REFERENCES core_workspace (id), name varchar(160) NOT NULL, "order" integer NOT NULL, created_on timestamptz NOT NULL,
    updated_on timestamptz NOT NULL, content_type_id integer NOT NULL REFERENCES django_content_type (id), trashed boolean NOT NULL, installed_from_template_id integer
);
INSERT INTO core_application (id, workspace_id, name, "order", created_on, updated_on, content_type_id, trashed, installed_from_template_id)
SELECT a.id, a.ws, a.name, a.ord, w.created_on + make_interval(days => a.d), w.created_on + make_interval(days => a.d + 20 + fixture_gen.n('apu', a.id, 300)), a.ct, a.tr, a.tpl
FROM (VALUES
  (1, 3, 'Untitled database', 1, 16, false, NULL::int, 0), (2, 4, 'Personal Finance Tracker', 1, 16, false, 41, 1), (3, 5, 'Projetos pessoais', 1, 16, false, NULL, 2),
  (4, 6, 'Meal Planner', 1, 16, false, 27, 1), (5, 7, 'Shift swap tracker', 1, 16, false, NULL, 5), (6, 9, 'Wedding Planning', 1, 16, false, 33, 0),
  (7, 10, 'Untitled database', 1, 16, true, NULL, 0), (8, 11, 'Fornecedores de som e luz', 1, 16, false, NULL, 3), (9, 12, 'Job Search', 1, 16, false, 18, 0),
  (10, 13, 'Book club', 1, 16, false, NULL, 1), (11, 14, 'Recettes', 1, 16, false, NULL, 2),
  (12, 1, 'CRM', 1, 16, false, NULL, 1), (13, 1, 'Operações', 2, 16, false, NULL, 4), (14, 1, 'Portal de clientes', 3, 44, false, NULL, 400),
  (15, 2, 'Volunteer Program', 1, 16, false, NULL, 2), (16, 2, 'Client Services', 2, 16, false, NULL, 3), (17, 1, 'CRM 2024-01-08', 4, 16, true, NULL, 660),
  (18, 8, 'Board & Grants', 1, 16, false, NULL, 1), (19, 15, 'Casamento', 1, 16, false, 33, 0), (20, 16, 'Event Marketing', 1, 16, false, 39, 0),
  (21, 17, 'Untitled database', 1, 16, false, NULL, 0), (22, 18, 'Inventário de equipamento', 1, 16, false, NULL, 2), (23, 20, 'Untitled database', 1, 16, false, NULL, 0),
  (24, 21, 'Content calendar', 1, 16, false, 21, 1), (25, 22, 'Volunteer Program (copy)', 1, 16, false, NULL, 0), (26, 23, 'Untitled database', 1, 16, false, NULL, 0),
  (27, 25, 'Reading list', 1, 16, false, NULL, 0), (28, 26, 'Freelance invoices', 1, 16, false, NULL, 0), (29, 2, 'Donor Relations', 3, 16, false, NULL, 120)
) a(id, ws, name, ord, ct, tr, tpl, d) JOIN core_workspace w ON w.id = a.ws ORDER BY a.id;

CREATE TABLE database_database (application_ptr_id integer PRIMARY KEY REFERENCES core_application (id));
INSERT INTO database_database SELECT id FROM core_application WHERE content_type_id = 16 ORDER BY id;

CREATE TABLE core_integration (
    id serial PRIMARY KEY, "order" numeric(40, 20) NOT NULL, name varchar(255) NOT NULL, application_id integer NOT NULL REFERENCES core_application (id),
    content_type_id integer NOT NULL REFERENCES django_content_type (id), created_on timestamptz NOT NULL, updated_on timestamptz NOT NULL
);
CREATE TABLE integrations_localbaserowintegration (integration_ptr_id integer PRIMARY KEY REFERENCES core_integration (id), authorized_user_id integer REFERENCES auth_user (id));
INSERT INTO core_integration (id, "order", name, application_id, content_type_id, created_on, updated_on) VALUES
  (1, 1, 'Local Baserow', 14, 45, '2023-05-10 10:12:00+00', '2023-05-10 10:12:00+00'),
  (2, 2, 'Local Baserow (Rui)', 14, 45, '2023-06-02 14:40:00+00', '2023-11-21 09:03:00+00'),
  (3, 3, 'CRM read-only', 14, 45, '2024-02-12 16:20:00+00', '2024-02-12 16:25:00+00');
INSERT INTO integrations_localbaserowintegration VALUES (1, 2), (2, 3), (3, 1);

-- ---------------------------------------------------------------------------
-- Tables, fields and their subtypes, select options.

CREATE TABLE database_table (
    id serial PRIMARY KEY, created_on timestamptz NOT NULL, updated_on timestamptz NOT NULL, "order" integer NOT NULL, name varchar(255) NOT NULL,
    database_id integer NOT NULL REFERENCES database_database (application_ptr_id), trashed boolean NOT NULL, row_count integer, row_count_updated_at timestamptz,
    needs_background_update_column_added boolean NOT NULL, last_modified_by_column_added boolean NOT NULL, created_by_column_added boolean NOT NULL
);
CREATE TABLE pgen.t (id int PRIMARY KEY, db int, ord int, name text, fields text[]);
INSERT INTO pgen.t VALUES
  (1, 1, 1, 'Table', ARRAY['Name', 'Notes', 'Active']), (2, 2, 1, 'Transactions', ARRAY['Description', 'Amount', 'Date', 'Category', 'Account']),
  (3, 2, 2, 'Accounts', ARRAY['Name', 'Bank', 'Balance']), (4, 2, 3, 'Budget', ARRAY['Category', 'Monthly limit', 'Spent']),
  (5, 3, 1, 'Tarefas', ARRAY['Tarefa', 'Prazo', 'Feito']), (6, 4, 1, 'Recipes', ARRAY['Name', 'Ingredients', 'Prep time', 'Photo']), (7, 4, 2, 'Meal plan', ARRAY['Day', 'Lunch', 'Dinner']),
  (8, 5, 1, 'Swaps', ARRAY['Shift', 'From', 'To', 'Approved']), (9, 6, 1, 'Guests', ARRAY['First name', 'Last name', 'Full name', 'RSVP', 'Table', 'Dietary']),
  (10, 6, 2, 'Vendors', ARRAY['Vendor', 'Contact', 'Phone', 'Deposit paid']), (11, 6, 3, 'Budget', ARRAY['Item', 'Estimate', 'Actual']), (12, 7, 1, 'Table', ARRAY['Name', 'Notes', 'Active']),
  (13, 8, 1, 'Fornecedores', ARRAY['Fornecedor', 'Contacto', 'Email', 'Telefone', 'Equipamento']), (14, 9, 1, 'Applications', ARRAY['Company', 'Role', 'Applied on', 'Status', 'Salary range']),
  (15, 9, 2, 'Companies', ARRAY['Name', 'Website', 'Notes']), (16, 10, 1, 'Books', ARRAY['Title', 'Author', 'Meeting date', 'Host']), (17, 11, 1, 'Recettes', ARRAY['Nom', 'Ingrédients', 'Temps']),
  (18, 19, 1, 'Convidados', ARRAY['Nome', 'Mesa', 'Confirmado', 'Restrições alimentares', 'Telefone']), (19, 19, 2, 'Fornecedores', ARRAY['Nome', 'Serviço', 'Sinal pago']),
  (20, 20, 1, 'Campaigns', ARRAY['Name', 'Channel', 'Budget', 'Start']), (21, 20, 2, 'Channels', ARRAY['Name', 'Owner']), (22, 21, 1, 'Table', ARRAY['Name', 'Notes', 'Active']),
  (23, 22, 1, 'Equipamento', ARRAY['Item', 'Nº série', 'Localização']), (24, 24, 1, 'Posts', ARRAY['Title', 'Platform', 'Publish on', 'Status']),
  (25, 25, 1, 'Volunteers', ARRAY['Name', 'Email', 'Phone']), (26, 25, 2, 'Shifts', ARRAY['Date', 'Volunteer', 'Role']), (27, 26, 1, 'Table', ARRAY['Name', 'Notes', 'Active']),
  (28, 27, 1, 'Books', ARRAY['Title', 'Author', 'Read']), (29, 28, 1, 'Invoices', ARRAY['Number', 'Client', 'Amount', 'Due', 'Overdue']), (30, 28, 2, 'Clients', ARRAY['Name', 'NIF', 'Email']),
  (41, 12, 1, 'Clientes', NULL), (42, 12, 2, 'Eventos', NULL), (43, 12, 3, 'Fornecedores', ARRAY['Fornecedor', 'Categoria', 'Email', 'Telefone', 'IBAN', 'Notas']),
  (44, 12, 4, 'Orçamentos', ARRAY['Referência', 'Evento', 'Subtotal', 'Total c/ IVA', 'Aprovado']), (45, 12, 5, 'Propostas enviadas', ARRAY['Proposta', 'Enviada em', 'PDF']),
  (46, 13, 1, 'Equipamento', ARRAY['Item', 'Quantidade', 'Armazém']), (47, 13, 2, 'Equipa freelance', ARRAY['Nome', 'Função', 'Telemóvel', 'Diária (€)', 'NIF']),
  (48, 13, 3, 'Transportes', ARRAY['Viatura', 'Matrícula', 'Motorista', 'Data']),
  (57, 15, 1, 'Volunteers', NULL), (58, 16, 1, 'Inventory', NULL), (59, 16, 2, 'Hamper requests', NULL), (60, 15, 2, 'Shifts', ARRAY['Shift', 'Date', 'Volunteer', 'Shift label', 'Role']),
  (61, 15, 3, 'Trainings', ARRAY['Training', 'Date', 'Attendees']), (62, 16, 3, 'Pickups log', ARRAY['Pickup', 'Hamper request', 'Picked up at', 'Hamper size']),
  (63, 16, 4, 'Partner agencies', ARRAY['Agency', 'Contact person', 'Phone', 'Referrals']), (64, 17, 1, 'Clientes', ARRAY['Nome', 'Empresa', 'Email', 'Telefone']),
  (65, 17, 2, 'Eventos', ARRAY['Evento', 'Início', 'Cliente']), (66, 18, 1, 'Grants', ARRAY['Funder', 'Amount', 'Deadline', 'Status']), (67, 18, 2, 'Board minutes', ARRAY['Meeting', 'Date', 'Minutes']),
  (68, 29, 1, 'Donors', ARRAY['Name', 'Email', 'Phone', 'Address', 'Tax receipt']), (69, 29, 2, 'Donations', ARRAY['Receipt #', 'Donor', 'Amount', 'Date']);
INSERT INTO database_table (id, created_on, updated_on, "order", name, database_id, trashed, row_count, row_count_updated_at, needs_background_update_column_added,
  last_modified_by_column_added, created_by_column_added)
SELECT t.id, a.created_on + make_interval(mins => t.ord * 7), a.updated_on, t.ord, t.name, t.db, t.id IN (7, 27),
       CASE t.id WHEN 41 THEN 180 WHEN 42 THEN 120 WHEN 57 THEN 160 WHEN 58 THEN 200 WHEN 59 THEN 300 ELSE fixture_gen.n('trc', t.id, 140) END,
       timestamptz '2024-04-19 03:10:00+00', true, t.id >= 41 OR t.id IN (2, 9), t.id IN (41, 42, 57, 58, 59, 60, 62)
FROM pgen.t t JOIN core_application a ON a.id = t.db ORDER BY t.id;

CREATE TABLE database_field (
    id serial PRIMARY KEY, created_on timestamptz NOT NULL, updated_on timestamptz NOT NULL, "order" integer NOT NULL, name varchar(255) NOT NULL, "primary" boolean NOT NULL,
    table_id integer NOT NULL REFERENCES database_table (id), content_type_id integer NOT NULL REFERENCES django_content_type (id), trashed boolean NOT NULL,
    tsvector_column_created boolean NOT NULL, read_only boolean NOT NULL, immutable_type boolean NOT NULL, immutable_properties boolean NOT NULL, description text, db_index boolean NOT NULL
);
-- The fields of the five tables included, with their types (k).
CREATE TABLE pgen.f (id int PRIMARY KEY, tbl int, ord int, name text, ct int, k text);
INSERT INTO pgen.f VALUES
  (301, 41, 0, 'Nome', 19, 'text'), (302, 41, 1, 'Empresa', 19, 'text'), (303, 41, 2, 'Email', 25, 'email'), (304, 41, 3, 'Telefone', 26, 'phone'),
  (305, 41, 4, 'Morada', 20, 'long'), (306, 41, 5, 'Código postal', 19, 'text'), (307, 41, 6, 'Cidade', 19, 'text'), (308, 41, 7, 'País', 19, 'text'),
  (309, 41, 8, 'NIF', 19, 'text'), (310, 41, 9, 'Tipo', 29, 'select'), (311, 41, 10, 'Estado', 29, 'select'), (312, 41, 11, 'Notas', 20, 'long'),
  (313, 41, 12, 'Primeiro contacto', 23, 'date'), (314, 41, 13, 'Eventos', 24, 'link'), (315, 41, 14, 'Valor total (€)', 21, 'number'), (316, 41, 15, 'Cargo', 19, 'text'),
  (317, 41, 16, 'LinkedIn', 27, 'url'), (318, 41, 17, 'Consentimento RGPD', 22, 'bool'),
  (319, 42, 0, 'Evento', 19, 'text'), (320, 42, 1, 'Início', 23, 'date'), (321, 42, 2, 'Fim', 23, 'date'), (322, 42, 3, 'Local', 19, 'text'), (323, 42, 4, 'Cliente', 24, 'link'),
  (324, 42, 5, 'Nº de convidados', 21, 'number'), (325, 42, 6, 'Orçamento (€)', 21, 'number'), (326, 42, 7, 'Estado', 29, 'select'), (327, 42, 8, 'Coordenador', 19, 'text'),
  (328, 42, 9, 'Notas de produção', 20, 'long'), (329, 42, 10, 'Tipo de evento', 29, 'select'), (330, 42, 11, 'Contacto no local', 26, 'phone'),
  (331, 42, 12, 'Dias até ao evento', 31, 'formula'), (332, 42, 13, 'Anexos', 28, 'file'),
  (401, 57, 18, 'Shifts', 24, 'link'), (402, 57, 0, 'Name', 19, 'text'), (403, 57, 1, 'Email', 25, 'email'), (404, 57, 2, 'Phone', 26, 'phone'), (405, 57, 3, 'Date of birth', 23, 'date'),
  (406, 57, 4, 'Address', 20, 'long'), (407, 57, 5, 'Postal code', 19, 'text'), (408, 57, 6, 'Emergency contact', 19, 'text'), (409, 57, 7, 'Emergency phone', 26, 'phone'),
  (410, 57, 8, 'Role', 29, 'select'), (411, 57, 9, 'Police check expires', 23, 'date'), (412, 57, 10, 'Languages', 19, 'text'), (413, 57, 11, 'Notes', 20, 'long'),
  (414, 57, 12, 'Active', 22, 'bool'), (415, 57, 13, 'Hours this year', 21, 'number'), (416, 57, 14, 'Driver''s licence #', 19, 'text'), (417, 57, 15, 'Start date', 23, 'date'),
  (418, 57, 16, 'T-shirt size', 29, 'select'), (419, 57, 17, 'Photo', 28, 'file'),
  (420, 58, 0, 'Item', 19, 'text'), (421, 58, 1, 'Category', 29, 'select'), (422, 58, 2, 'UPC', 19, 'text'), (423, 58, 3, 'Quantity on hand', 21, 'number'), (424, 58, 4, 'Unit', 19, 'text'),
  (425, 58, 5, 'Best before', 23, 'date'), (426, 58, 6, 'Location', 19, 'text'), (427, 58, 7, 'Reorder level', 21, 'number'), (428, 58, 8, 'Perishable', 22, 'bool'),
  (429, 58, 9, 'Halal', 22, 'bool'), (430, 58, 10, 'Notes', 20, 'long'), (431, 58, 11, 'Weight (kg)', 21, 'number'), (432, 58, 12, 'Last counted', 23, 'date'),
  (440, 59, 0, 'Full name', 19, 'text'), (441, 59, 1, 'Email', 25, 'email'), (442, 59, 2, 'Phone', 26, 'phone'), (443, 59, 3, 'Address', 19, 'text'), (444, 59, 4, 'Postal code', 19, 'text'),
  (445, 59, 5, 'Household size', 21, 'number'), (446, 59, 6, 'Children under 18', 21, 'number'), (447, 59, 7, 'Main source of income', 29, 'select'),
  (448, 59, 8, 'Dietary needs', 19, 'text'), (449, 59, 9, 'Preferred language', 29, 'select'), (450, 59, 10, 'Pickup or delivery', 29, 'select'),
  (451, 59, 11, 'Anything else we should know?', 20, 'long'), (452, 59, 12, 'I consent to NECFB storing my information', 22, 'bool'), (453, 59, 13, 'Status', 29, 'select'),
  (454, 59, 14, 'Proof of address', 28, 'file'), (455, 59, 15, 'Pickups', 24, 'link');
-- The other tables' fields: types from their names.
INSERT INTO pgen.f
SELECT CASE WHEN t.id < 41 THEN 0 WHEN t.id < 57 THEN 333 ELSE 460 END + row_number() OVER (PARTITION BY t.id < 41, t.id < 57 ORDER BY t.id, x.n) - CASE WHEN t.id < 41 THEN -10 ELSE 0 END,
       t.id, x.n - 1, x.nm,
       CASE WHEN x.n = 1 THEN 19
            WHEN x.nm IN ('Email') THEN 25 WHEN x.nm IN ('Phone', 'Telefone', 'Telemóvel') THEN 26
            WHEN x.nm IN ('Active', 'Feito', 'Approved', 'Deposit paid', 'Confirmado', 'Sinal pago', 'Aprovado', 'Read', 'Tax receipt') THEN 22
            WHEN x.nm IN ('Amount', 'Balance', 'Monthly limit', 'Spent', 'Prep time', 'Estimate', 'Actual', 'Budget', 'Subtotal', 'Quantidade', 'Diária (€)', 'Mesa', 'Table', 'Referrals', 'Hamper size') THEN 21
            WHEN x.nm IN ('Date', 'Prazo', 'Applied on', 'Meeting date', 'Start', 'Publish on', 'Due', 'Enviada em', 'Data', 'Deadline', 'Início', 'Picked up at') THEN 23
            WHEN x.nm IN ('Account', 'Volunteer', 'Client', 'Evento', 'Hamper request', 'Attendees', 'Donor', 'Cliente', 'From', 'To', 'Owner') THEN 24
            WHEN x.nm IN ('Full name', 'Total c/ IVA', 'Shift label', 'Overdue', 'Spent') THEN 31
            WHEN x.nm IN ('Category', 'Status', 'RSVP', 'Platform', 'Channel', 'Role', 'Categoria', 'Função', 'Serviço') THEN 29
            WHEN x.nm IN ('Photo', 'PDF') THEN 28
            WHEN x.nm IN ('Notes', 'Notas', 'Ingredients', 'Ingrédients', 'Minutes', 'Dietary', 'Restrições alimentares', 'Address') THEN 20
            WHEN x.nm IN ('Website') THEN 27 ELSE 19 END, 'other'
FROM pgen.t t CROSS JOIN LATERAL unnest(t.fields) WITH ORDINALITY x(nm, n) WHERE t.fields IS NOT NULL;
INSERT INTO database_field (id, created_on, updated_on, "order", name, "primary", table_id, content_type_id, trashed, tsvector_column_created, read_only, immutable_type,
  immutable_properties, description, db_index)
SELECT f.id, t.created_on + make_interval(mins => f.ord + 1), t.created_on + make_interval(days => fixture_gen.n('fup', f.id, 120), mins => f.ord + 5), f.ord, f.name, f.ord = 0,
       f.tbl, f.ct, f.id IN (25, 338), f.tbl IN (41, 57, 59) AND f.k NOT IN ('bool', 'link'), false, false, false,
       CASE f.id WHEN 309 THEN 'Número de contribuinte para a fatura (9 dígitos).' WHEN 312 THEN 'Histórico de contactos. Não colocar dados de pagamento aqui.'
                 WHEN 411 THEN 'Vulnerable sector check is required for youth and delivery volunteers; renew every 3 years.'
                 WHEN 447 THEN 'Asked for Harvest Manitoba reporting only; not used to decide eligibility.' WHEN 422 THEN 'Scan with the handheld; 12 digits.'
                 WHEN 331 THEN 'Calculado automaticamente.' END,
       f.id IN (301, 303, 440)
FROM pgen.f f JOIN database_table t ON t.id = f.tbl ORDER BY f.id;

CREATE TABLE database_textfield (field_ptr_id integer PRIMARY KEY REFERENCES database_field (id), text_default varchar(255) NOT NULL);
INSERT INTO database_textfield SELECT id, CASE id WHEN 308 THEN 'Portugal' WHEN 424 THEN 'each' ELSE '' END FROM database_field WHERE content_type_id = 19 ORDER BY id;
CREATE TABLE database_phonenumberfield (field_ptr_id integer PRIMARY KEY REFERENCES database_field (id));
INSERT INTO database_phonenumberfield SELECT id FROM database_field WHERE content_type_id = 26 ORDER BY id;

CREATE TABLE database_linkrowfield (
    field_ptr_id integer PRIMARY KEY REFERENCES database_field (id), link_row_table_id integer REFERENCES database_table (id), link_row_related_field_id integer,
    link_row_relation_id integer, link_row_limit_selection_view_id integer
);
INSERT INTO database_linkrowfield
SELECT f.id, x.tgt, x.rel, x.relid, NULL
FROM database_field f
CROSS JOIN LATERAL (SELECT CASE f.id WHEN 314 THEN 42 WHEN 323 THEN 41 WHEN 401 THEN 60 WHEN 455 THEN 62
                                     ELSE CASE f.table_id WHEN 2 THEN 3 WHEN 8 THEN 25 WHEN 26 THEN 25 WHEN 29 THEN 30 WHEN 44 THEN 42 WHEN 60 THEN 57 WHEN 61 THEN 57 WHEN 62 THEN 59
                                          WHEN 65 THEN 64 WHEN 69 THEN 68 WHEN 21 THEN 22 ELSE f.table_id END END AS tgt,
                           CASE f.id WHEN 314 THEN 323 WHEN 323 THEN 314 END AS rel,
                           CASE WHEN f.id = 323 THEN 314 WHEN f.id = 455 THEN 472 ELSE f.id END AS relid) x
WHERE f.content_type_id = 24 ORDER BY f.id;
UPDATE database_linkrowfield SET link_row_related_field_id = 401 WHERE field_ptr_id = (SELECT id FROM database_field WHERE table_id = 60 AND name = 'Volunteer');
UPDATE database_linkrowfield SET link_row_related_field_id = (SELECT id FROM database_field WHERE table_id = 60 AND name = 'Volunteer'), link_row_relation_id = (SELECT id FROM database_field WHERE table_id = 60 AND name = 'Volunteer') WHERE field_ptr_id = 401;
UPDATE database_linkrowfield SET link_row_related_field_id = 455 WHERE field_ptr_id = (SELECT id FROM database_field WHERE table_id = 62 AND name = 'Hamper request');
UPDATE database_linkrowfield SET link_row_related_field_id = (SELECT id FROM database_field WHERE table_id = 62 AND name = 'Hamper request'), link_row_relation_id = (SELECT id FROM database_field WHERE table_id = 62 AND name = 'Hamper request') WHERE field_ptr_id = 455;

CREATE TABLE database_formulafield (
    field_ptr_id integer PRIMARY KEY REFERENCES database_field (id), formula text NOT NULL, internal_formula text NOT NULL, version integer NOT NULL,
    requires_refresh_after_insert boolean NOT NULL, formula_type text, array_formula_type text, error text, number_decimal_places integer, date_format varchar(32),
    date_include_time boolean, date_time_format varchar(32), date_show_tzinfo boolean, date_force_timezone varchar(255), needs_periodic_update boolean NOT NULL, nullable boolean NOT NULL
);
INSERT INTO database_formulafield
SELECT f.id, x.formula, x.internal, 5, false, x.ftype, NULL, x.err, CASE WHEN x.ftype = 'number' THEN x.dp END, NULL, NULL, NULL, NULL, NULL, x.periodic, x.ftype <> 'number'
FROM database_field f
CROSS JOIN LATERAL (SELECT CASE f.name
    WHEN 'Dias até ao evento' THEN 'date_diff(''dd'', today(), field(''Início''))'
    WHEN 'Full name' THEN 'concat(field(''First name''), '' '', field(''Last name''))'
    WHEN 'Total c/ IVA' THEN 'round(field(''Subtotal'') * 1.23, 2)'
    WHEN 'Shift label' THEN 'concat(join(lookup(''Volunteer'', ''Name''), '', ''), '' – '', datetime_format(field(''Date''), ''YYYY-MM-DD''))'
    WHEN 'Overdue' THEN 'and(field(''Due'') < today(), not(field(''Paid'')))'
    ELSE 'sum(lookup(''Transactions'', ''Amount''))' END AS formula,
  CASE f.name WHEN 'Dias até ao evento' THEN 'error_to_null(date_diff(''dd'', today(), field(''field_320'')))' WHEN 'Full name' THEN 'concat(field(''field_' || (f.id - 2) || '''), '' '', field(''field_' || (f.id - 1) || '''))'
    WHEN 'Total c/ IVA' THEN 'round(multiply(field(''field_' || (f.id - 1) || '''), 1.23), 2)' ELSE 'error_to_nan(field(''field_' || (f.id - 1) || '''))' END AS internal,
  CASE f.name WHEN 'Full name' THEN 'text' WHEN 'Shift label' THEN 'text' WHEN 'Overdue' THEN 'invalid' ELSE 'number' END AS ftype,
  CASE f.name WHEN 'Overdue' THEN 'Error with formula: references the deleted or unknown field Paid.' END AS err,
  CASE f.name WHEN 'Dias até ao evento' THEN 0 ELSE 2 END AS dp,
  f.name IN ('Dias até ao evento', 'Overdue') AS periodic) x
WHERE f.content_type_id = 31 ORDER BY f.id;

CREATE TABLE database_selectoption (id serial PRIMARY KEY, value varchar(255) NOT NULL, color varchar(255) NOT NULL, "order" integer NOT NULL, field_id integer REFERENCES database_field (id));
INSERT INTO database_selectoption (value, color, "order", field_id)
SELECT o.v, fixture_gen.pick(ARRAY['light-blue', 'light-green', 'light-red', 'light-orange', 'blue', 'green', 'dark-orange', 'light-gray', 'dark-red', 'light-purple'], 'soc', o.f * 10 + o.n), o.n - 1, o.f
FROM (SELECT f, v, n FROM (VALUES
  (310, ARRAY['Empresa', 'Particular', 'Instituição pública', 'Agência parceira']),
  (311, ARRAY['Lead', 'Proposta enviada', 'Cliente ativo', 'Inativo', 'Perdido']),
  (326, ARRAY['Pendente', 'Confirmado', 'Realizado', 'Cancelado']),
  (329, ARRAY['Casamento', 'Conferência', 'Team building', 'Aniversário', 'Lançamento de produto', 'Viagem de incentivo', 'Jantar de gala']),
  (410, ARRAY['Warehouse', 'Hamper packing', 'Driver', 'Reception', 'Intake', 'Youth volunteer']),
  (418, ARRAY['XS', 'S', 'M', 'L', 'XL', 'XXL']),
  (421, ARRAY['Canned goods', 'Dry goods', 'Produce', 'Dairy', 'Frozen', 'Baby', 'Hygiene', 'Pet food']),
  (447, ARRAY['Employment', 'Employment Insurance (EI)', 'Employment and Income Assistance (EIA)', 'CPP / OAS / GIS', 'Canada Child Benefit only', 'Student loan', 'No income', 'Prefer not to say']),
  (449, ARRAY['English', 'Français', 'Українська', 'العربية', 'Soomaali', 'Tagalog', '中文', 'ትግርኛ']),
  (450, ARRAY['Pickup at Selkirk Ave depot', 'Home delivery (seniors / mobility)']),
  (453, ARRAY['New', 'Approved', 'Packed', 'Picked up', 'Declined – outside catchment'])
) x(f, arr) CROSS JOIN LATERAL unnest(x.arr) WITH ORDINALITY u(v, n)
UNION ALL
SELECT f.id, v, n FROM database_field f CROSS JOIN LATERAL unnest(CASE f.name
    WHEN 'Category' THEN ARRAY['Groceries', 'Rent', 'Transport', 'Eating out', 'Utilities'] WHEN 'Status' THEN ARRAY['To do', 'In progress', 'Done']
    WHEN 'RSVP' THEN ARRAY['Sim', 'Não', 'Talvez'] WHEN 'Platform' THEN ARRAY['Instagram', 'LinkedIn', 'Newsletter'] WHEN 'Channel' THEN ARRAY['Paid social', 'Email', 'Events']
    WHEN 'Role' THEN ARRAY['Warehouse', 'Hamper packing', 'Driver'] WHEN 'Categoria' THEN ARRAY['Catering', 'Som e luz', 'Decoração', 'Transportes', 'Fotografia']
    WHEN 'Função' THEN ARRAY['Técnico de som', 'Hospedeira', 'Produção', 'Fotógrafo'] WHEN 'Serviço' THEN ARRAY['Catering', 'Flores', 'DJ'] ELSE ARRAY['Option 1'] END) WITH ORDINALITY u(v, n)
WHERE f.content_type_id = 29 AND f.table_id NOT IN (41, 42, 57, 58, 59)) o ORDER BY o.f, o.n;

-- ---------------------------------------------------------------------------
-- Uploaded files: logos, volunteers' photos, proofs of address uploaded
-- through the public hamper form, event attachments, imports.

CREATE FUNCTION pgen.opt(fid int, ord int) RETURNS int
LANGUAGE sql STABLE AS $$ SELECT id FROM database_selectoption WHERE field_id = fid AND "order" = ord $$;

CREATE TABLE pgen.uf (id int PRIMARY KEY, orig text, ext text, mime text, img boolean, w int, h int, by int, at timestamptz);
INSERT INTO pgen.uf VALUES
  (1, 'logo-marealta-2023.png', 'png', 'image/png', true, 1200, 400, 2, '2023-03-02 10:15:00+00'),
  (2, 'NECFB_logo_colour.png', 'png', 'image/png', true, 800, 800, 10, '2023-02-11 19:40:00+00'),
  (3, 'capa_quinta_jardim.jpg', 'jpg', 'image/jpeg', true, 1920, 1080, 2, '2023-03-02 10:18:00+00'),
  (4, 'hamper_banner_2023.jpg', 'jpg', 'image/jpeg', true, 1600, 600, 11, '2023-04-03 15:02:00+00'),
  (5, 'clientes_export_hubspot_2023-02.csv', 'csv', 'text/csv', false, NULL, NULL, 1, '2023-02-20 09:31:00+00'),
  (6, 'Inventory count March 2023.xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', false, NULL, NULL, 12, '2023-03-31 22:05:00+00'),
  (7, 'volunteer list OLD (from Google Sheets).csv', 'csv', 'text/csv', false, NULL, NULL, 11, '2022-11-04 18:44:00+00'),
  (8, 'IMG_0042.HEIC', 'heic', 'image/heic', false, NULL, NULL, 24, '2023-09-09 12:00:00+00');
INSERT INTO pgen.uf
SELECT 100 + r, CASE fixture_gen.n('vph', r, 4) WHEN 0 THEN p.full_name || '.jpg' WHEN 1 THEN 'IMG_' || fixture_gen.digits('vph', r, 4) || '.JPG'
                  WHEN 2 THEN 'headshot_' || pgen.fold(p.first) || '.png' ELSE 'PXL_2023' || fixture_gen.digits('vpd', r, 4) || '_' || fixture_gen.digits('vpx', r, 9) || '.jpg' END,
       'jpg', 'image/jpeg', true, 640 + fixture_gen.n('vpw', r, 4) * 320, 640 + fixture_gen.n('vph2', r, 4) * 320, 10 + fixture_gen.n('vpb', r, 6), pgen.at('vpt', r, '2022-11-05', '2024-04-15')
FROM generate_series(1, 160) r JOIN pgen.p p ON p.i = 400 + r WHERE r % 5 <> 0;
INSERT INTO pgen.uf
SELECT 300 + r, CASE fixture_gen.n('poa', r, 5) WHEN 0 THEN 'hydro bill.pdf' WHEN 1 THEN 'Manitoba Hydro - ' || p.full_name || '.pdf' WHEN 2 THEN 'lease_' || pgen.fold(p.last) || '.pdf'
                  WHEN 3 THEN 'IMG_' || fixture_gen.digits('poa', r, 4) || '.jpg' ELSE 'scan_' || fixture_gen.digits('poas', r, 8) || '.pdf' END,
       NULL, NULL, NULL, NULL, NULL, NULL, pgen.at('hrt', r, '2023-04-03 16:00:00+00', '2024-04-19 15:00:00+00')
FROM generate_series(1, 300) r JOIN pgen.p p ON p.i = 1000 + r WHERE r % 2 = 1;
UPDATE pgen.uf SET ext = CASE WHEN orig LIKE '%.jpg' THEN 'jpg' ELSE 'pdf' END, mime = CASE WHEN orig LIKE '%.jpg' THEN 'image/jpeg' ELSE 'application/pdf' END,
  img = orig LIKE '%.jpg', w = CASE WHEN orig LIKE '%.jpg' THEN 3024 END, h = CASE WHEN orig LIKE '%.jpg' THEN 4032 END WHERE id BETWEEN 301 AND 600;
INSERT INTO pgen.uf
SELECT 700 + r, CASE fixture_gen.n('eva', r, 5) WHEN 0 THEN 'Contrato_' || replace(p.full_name, ' ', '_') || '.pdf' WHEN 1 THEN 'planta_sala_v' || (1 + r % 4) || '.pdf'
                  WHEN 2 THEN 'menu_final.pdf' WHEN 3 THEN 'lista_convidados_' || pgen.fold(p.last) || '.pdf' ELSE 'rider_tecnico.pdf' END,
       'pdf', 'application/pdf', false, NULL, NULL, 1 + fixture_gen.n('evb', r, 7), pgen.at('evt', r, '2023-01-10', '2024-04-18')
FROM generate_series(1, 120) r JOIN pgen.p p ON p.i = 100 + 1 + (r * 7) % 180 WHERE r % 3 <> 0;
UPDATE pgen.uf SET ext = lower(substring(orig FROM '\.([A-Za-z0-9]+)$')), mime = CASE WHEN orig ILIKE '%.png' THEN 'image/png' ELSE mime END WHERE id BETWEEN 101 AND 260;
INSERT INTO core_userfile (id, original_name, size, mime_type, is_image, image_width, image_height, uploaded_at, uploaded_by_id, "unique", sha256_hash)
SELECT id, orig, 20000 + fixture_gen.n('ufs', id, 4800000), mime, img, w, h, at, by, pgen.rnd('ufu', id, 32), fixture_gen.hexn('ufh', id, 64) FROM pgen.uf ORDER BY id;
-- file_json: a file field's value for one uploaded file.
CREATE FUNCTION pgen.file_json(fid int) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(jsonb_build_object('name', u."unique" || '_' || u.sha256_hash || '.' || f.ext, 'size', u.size, 'is_image', u.is_image, 'mime_type', u.mime_type,
    'image_width', u.image_width, 'image_height', u.image_height, 'uploaded_at', to_char(u.uploaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'), 'visible_name', u.original_name))
  FROM core_userfile u JOIN pgen.uf f ON f.id = u.id WHERE u.id = fid
$$;

-- ---------------------------------------------------------------------------
-- Views: grids, forms (public), kanban, calendar, gallery; filters, sorts.

CREATE TABLE database_view (
    id serial PRIMARY KEY, created_on timestamptz NOT NULL, updated_on timestamptz NOT NULL, table_id integer NOT NULL REFERENCES database_table (id), "order" integer NOT NULL,
    name varchar(255) NOT NULL, content_type_id integer NOT NULL REFERENCES django_content_type (id), filter_type varchar(3) NOT NULL, filters_disabled boolean NOT NULL,
    public boolean NOT NULL, slug varchar(50) NOT NULL UNIQUE, password varchar(128) NOT NULL, show_logo boolean NOT NULL, ownership_type varchar(255) NOT NULL,
    owned_by_id integer REFERENCES auth_user (id), allow_public_export boolean NOT NULL
);
INSERT INTO database_view (id, created_on, updated_on, table_id, "order", name, content_type_id, filter_type, filters_disabled, public, slug, password, show_logo, ownership_type,
  owned_by_id, allow_public_export)
SELECT v.id, t.created_on + make_interval(days => v.ord * 3), t.created_on + make_interval(days => v.ord * 3 + fixture_gen.n('vup', v.id, 200)), v.tbl, v.ord, v.name, v.ct, v.ft, false,
       v.pub, pgen.urlsafe('vslug', v.id, 22), CASE WHEN v.pw THEN fixture_gen.pbkdf2('vpw', v.id) ELSE '' END, true, CASE WHEN v.owner IS NULL THEN 'collaborative' ELSE 'personal' END,
       v.owner, v.id = 132
FROM (VALUES
  (101, 41, 1, 'Todos os clientes', 36, 'AND', false, false, NULL::int), (102, 41, 2, 'Leads ativos', 36, 'AND', false, false, NULL), (103, 41, 3, 'Clientes do Porto', 36, 'OR', false, false, NULL),
  (104, 41, 4, 'Pedido de orçamento', 38, 'AND', true, false, NULL), (105, 41, 5, 'Os meus contactos', 36, 'AND', false, false, 2),
  (106, 42, 1, 'Calendário', 47, 'AND', false, false, NULL), (107, 42, 2, 'Pipeline', 46, 'AND', false, false, NULL), (108, 42, 3, 'Grid', 36, 'AND', false, false, NULL),
  (109, 42, 4, 'Casamentos 2024', 36, 'AND', false, false, NULL), (110, 42, 5, 'Partilhado com catering', 36, 'AND', true, true, NULL),
  (120, 57, 1, 'All volunteers', 36, 'AND', false, false, NULL), (121, 57, 2, 'Drivers', 36, 'AND', false, false, NULL), (122, 57, 3, 'Police checks expiring', 36, 'AND', false, false, NULL),
  (123, 57, 4, 'Volunteer sign-up', 38, 'AND', true, false, NULL), (124, 57, 5, 'Photo wall', 37, 'AND', false, false, NULL), (125, 57, 6, 'Birthdays (Brittany)', 36, 'AND', false, false, 11),
  (130, 58, 1, 'Stock', 36, 'AND', false, false, NULL), (131, 58, 2, 'Low stock', 36, 'AND', false, false, NULL), (132, 58, 3, 'Shared with Harvest Manitoba', 36, 'AND', true, true, NULL),
  (133, 58, 4, 'Expiring soon', 36, 'AND', false, false, NULL),
  (140, 59, 1, 'New requests', 36, 'AND', false, false, NULL), (141, 59, 2, 'All requests', 36, 'AND', false, false, NULL), (142, 59, 3, 'Hamper request', 38, 'AND', true, false, NULL),
  (143, 59, 4, 'Deliveries', 46, 'AND', false, false, NULL), (144, 59, 5, 'Hao – follow ups', 36, 'OR', false, false, 12)
) v(id, tbl, ord, name, ct, ft, pub, pw, owner) JOIN database_table t ON t.id = v.tbl;
INSERT INTO database_view (id, created_on, updated_on, table_id, "order", name, content_type_id, filter_type, filters_disabled, public, slug, password, show_logo, ownership_type,
  owned_by_id, allow_public_export)
SELECT t.id, t.created_on, t.updated_on, t.id, 1, CASE WHEN t.id = 18 THEN 'Confirmação de presença' WHEN t.id = 6 THEN 'Gallery' ELSE 'Grid' END,
       CASE WHEN t.id = 18 THEN 38 WHEN t.id = 6 THEN 37 ELSE 36 END, 'AND', false, t.id IN (18, 24), pgen.urlsafe('vslug', t.id, 22), '', true, 'collaborative', NULL, false
FROM database_table t WHERE t.id NOT IN (41, 42, 57, 58, 59) ORDER BY t.id;

CREATE TABLE database_gridview (view_ptr_id integer PRIMARY KEY REFERENCES database_view (id), row_identifier_type varchar(10) NOT NULL, row_height_size varchar(10) NOT NULL);
INSERT INTO database_gridview SELECT id, CASE WHEN id % 4 = 1 THEN 'count' ELSE 'id' END, CASE WHEN id IN (101, 120, 141) THEN 'medium' ELSE 'small' END FROM database_view WHERE content_type_id = 36 ORDER BY id;

CREATE TABLE database_formview (
    view_ptr_id integer PRIMARY KEY REFERENCES database_view (id), title text NOT NULL, description text NOT NULL, cover_image_id integer REFERENCES core_userfile (id),
    logo_image_id integer REFERENCES core_userfile (id), submit_text text NOT NULL, submit_action varchar(32) NOT NULL, submit_action_message text NOT NULL,
    submit_action_redirect_url varchar(2000) NOT NULL, mode text NOT NULL
);
INSERT INTO database_formview VALUES
  (104, 'Pedido de orçamento', E'Conte-nos como imagina o seu evento e respondemos em 48 horas úteis.\nPrefere falar ao telefone? Ligue à Catarina Tavares: 213 400 512 (dias úteis, 10h–18h).',
   3, 1, 'Enviar pedido', 'REDIRECT', '', 'https://marealta-eventos.example/obrigado', 'form'),
  (123, 'Volunteer with us', E'Thanks for your interest in volunteering with the North End Community Food Bank! Shifts run Tuesday to Saturday at 525 Selkirk Ave.\n\nQuestions? Email volunteer@northendfoodbank.example or call Brittany Dueck at 204-582-7731.',
   NULL, 2, 'Sign me up', 'MESSAGE', 'Thank you! Brittany will get in touch within a week to book your orientation.', '', 'form'),
  (142, 'Hamper request', E'Households living in our catchment area (postal codes starting R2W, R2X, R2V, R2E and R2J) can request one hamper a month. Everything you share is kept confidential and only used to prepare your hamper.\n\nBesoin d''aide en français ? Appelez le 204-582-7735.',
   4, 2, 'Send request', 'MESSAGE', 'Thank you. We will call you within 2 business days to book a pickup time. If it is urgent, come to the depot Tuesday or Thursday 1–4 pm.', '', 'form'),
  (18, 'Confirmação de presença', 'Casamento da Beatriz e do Tiago — 14 de setembro de 2024, Quinta do Vale, Sintra. Por favor confirme até 31 de julho. Dúvidas: Beatriz 936 221 470.',
   NULL, NULL, 'Confirmar', 'MESSAGE', 'Obrigado! Até setembro 💛', '', 'form');

CREATE TABLE database_viewfilter (
    id serial PRIMARY KEY, view_id integer NOT NULL REFERENCES database_view (id), field_id integer NOT NULL REFERENCES database_field (id), type varchar(48) NOT NULL,
    value text NOT NULL, group_id integer
);
INSERT INTO database_viewfilter (view_id, field_id, type, value, group_id)
SELECT v, f, ty, CASE WHEN val LIKE 'opt:%' THEN pgen.opt(f, split_part(val, ':', 2)::int)::text ELSE val END, NULL FROM (VALUES
  (102, 311, 'single_select_equal', 'opt:0'), (102, 313, 'date_is_after', 'Europe/Lisbon?2023-09-01?exact_date'), (103, 307, 'equal', 'Porto'), (103, 307, 'equal', 'Matosinhos'),
  (103, 307, 'equal', 'Vila Nova de Gaia'), (105, 301, 'contains', 'Antunes'), (105, 303, 'contains', '@tagide.example'), (105, 311, 'single_select_not_equal', 'opt:4'),
  (109, 329, 'single_select_equal', 'opt:0'), (109, 320, 'date_is_within', 'Europe/Lisbon?365?nr_days_from_now'), (110, 326, 'single_select_equal', 'opt:1'),
  (110, 327, 'contains', 'Sofia Nogueira'), (107, 326, 'single_select_not_equal', 'opt:3'),
  (121, 410, 'single_select_equal', 'opt:2'), (121, 414, 'boolean', '1'), (122, 411, 'date_is_before', 'America/Winnipeg?60?nr_days_from_now'), (122, 414, 'boolean', '1'),
  (124, 419, 'not_empty', ''), (125, 405, 'date_is', 'America/Winnipeg??this_month'), (120, 402, 'contains_not', 'test'), (120, 403, 'contains', 'olena.kovalenko'),
  (131, 423, 'lower_than', '20'), (133, 425, 'date_is_before', 'America/Winnipeg?30?nr_days_from_now'), (133, 428, 'boolean', '1'), (132, 421, 'single_select_not_equal', 'opt:6'),
  (140, 453, 'single_select_equal', 'opt:0'), (141, 444, 'contains_not', 'R3'), (144, 442, 'contains', '204-77'), (144, 440, 'contains', 'Farah'), (144, 441, 'contains', 'hamdan.yara@outlook.com'),
  (143, 450, 'single_select_equal', 'opt:1'), (143, 453, 'single_select_not_equal', 'opt:4')
) x(v, f, ty, val) ORDER BY v, f;

CREATE TABLE database_viewsort (id serial PRIMARY KEY, view_id integer NOT NULL REFERENCES database_view (id), field_id integer NOT NULL REFERENCES database_field (id), "order" varchar(4) NOT NULL);
INSERT INTO database_viewsort (view_id, field_id, "order") VALUES
  (101, 301, 'ASC'), (102, 313, 'DESC'), (103, 302, 'ASC'), (105, 301, 'ASC'), (108, 320, 'ASC'), (109, 320, 'ASC'), (110, 320, 'ASC'), (120, 402, 'ASC'), (121, 402, 'ASC'),
  (122, 411, 'ASC'), (125, 405, 'ASC'), (130, 421, 'ASC'), (130, 420, 'ASC'), (131, 423, 'ASC'), (133, 425, 'ASC'), (140, 440, 'ASC'), (141, 453, 'ASC'), (141, 440, 'ASC'),
  (144, 440, 'DESC'), (2, 16, 'DESC'), (9, 40, 'ASC'), (16, 70, 'ASC');

-- ---------------------------------------------------------------------------
-- The user tables. 41: the agency's clients.

CREATE TABLE database_table_41 (
    id serial PRIMARY KEY, created_on timestamptz, updated_on timestamptz, trashed boolean NOT NULL DEFAULT false, "order" numeric(40, 20), needs_background_update boolean NOT NULL DEFAULT true,
    created_by_id integer REFERENCES auth_user (id), last_modified_by_id integer REFERENCES auth_user (id),
    field_301 text, field_302 text, field_303 varchar(254), field_304 varchar(100), field_305 text, field_306 text, field_307 text, field_308 text, field_309 text,
    field_310 integer REFERENCES database_selectoption (id), field_311 integer REFERENCES database_selectoption (id), field_312 text, field_313 date, field_315 numeric(20, 2),
    field_316 text, field_317 text, field_318 boolean NOT NULL DEFAULT false,
    tsv_field_301 tsvector, tsv_field_302 tsvector, tsv_field_303 tsvector, tsv_field_304 tsvector, tsv_field_305 tsvector, tsv_field_306 tsvector, tsv_field_307 tsvector,
    tsv_field_308 tsvector, tsv_field_309 tsvector, tsv_field_310 tsvector, tsv_field_311 tsvector, tsv_field_312 tsvector, tsv_field_313 tsvector, tsv_field_315 tsvector,
    tsv_field_316 tsvector, tsv_field_317 tsvector
);
INSERT INTO database_table_41 (id, created_on, updated_on, trashed, "order", needs_background_update, created_by_id, last_modified_by_id, field_301, field_302, field_303, field_304,
  field_305, field_306, field_307, field_308, field_309, field_310, field_311, field_312, field_313, field_315, field_316, field_317, field_318)
SELECT r, x.c, x.c + make_interval(days => fixture_gen.n('cu', r, 300)), r IN (17, 88, 133, 161), r, false, x.by, CASE WHEN r % 3 = 0 THEN x.by ELSE 1 + fixture_gen.n('clm', r, 7) END,
       CASE WHEN r % 23 = 0 THEN CASE WHEN p.first ~ '(a|ês|iz|or)$' THEN 'Dra. ' ELSE 'Dr. ' END || p.full_name WHEN r % 29 = 0 THEN 'Eng. ' || p.full_name WHEN r % 31 = 0 THEN upper(p.full_name) ELSE p.full_name END,
       p.company, CASE WHEN r % 19 = 0 THEN NULL ELSE p.email END, CASE WHEN r % 13 = 0 THEN NULL ELSE p.phone END,
       CASE WHEN r % 9 = 0 THEN NULL ELSE p.street END, CASE WHEN r % 9 = 0 THEN NULL ELSE p.zip END, p.city, p.country,
       CASE WHEN p.res <> 'PT' OR r % 7 = 0 THEN NULL WHEN p.company IS NOT NULL THEN pgen.nif(5, 'cnif', (fixture_gen.n('cco', r, 18))) ELSE pgen.nif(1 + r % 2, 'pnif', r) END,
       pgen.opt(310, CASE WHEN p.company IS NULL THEN 1 WHEN p.company ~ '^(Universidade|Associação|Ordem)' THEN 2 WHEN r % 17 = 0 THEN 3 ELSE 0 END),
       pgen.opt(311, fixture_gen.pick(ARRAY['0', '0', '1', '2', '2', '2', '3', '4'], 'cst', r)::int),
       CASE fixture_gen.n('cnote', r, 16)
         WHEN 0 THEN 'Reunião a ' || to_char(x.c + interval '9 days', 'DD/MM') || ': quer orçamento para jantar de Natal com cerca de ' || (40 + r % 120) || ' pessoas. Decide até ao fim do mês.'
         WHEN 1 THEN 'Prefere contacto por WhatsApp (' || p.phone || '). Não ligar antes das 10h.'
         WHEN 2 THEN 'Assistente de direção: ' || q.full_name || ' (' || q.email || '), enviar propostas sempre com cópia.'
         WHEN 3 THEN 'Cliente desde 2019 (vem do antigo Excel). Pagou sempre a tempo.'
         WHEN 4 THEN 'Noiva intolerante ao glúten, noivo vegetariano. A mãe da noiva, ' || q.first || ' ' || p.last || ', vai pagar o sinal por transferência.'
         WHEN 5 THEN 'Pediu fatura em nome pessoal e não da empresa.'
         WHEN 6 THEN 'Follow-up depois da conferência: enviar fotos e inquérito de satisfação.'
         WHEN 7 THEN 'Contacto alternativo: ' || q.phone || ' (marido).'
         WHEN 8 THEN 'Veio por recomendação da ' || q.full_name || '. Orçamento apertado, propor quinta fora de Lisboa.'
         WHEN 9 THEN 'Met at BTL 2023. Interested in an incentive trip to the Azores for ~60 sales reps in spring.'
         WHEN 10 THEN 'Saiu da empresa em janeiro; novo contacto é ' || q.full_name || ', ' || q.email || '.'
         WHEN 11 THEN 'Não quer receber newsletter.'
         ELSE NULL END,
       (x.c - make_interval(days => fixture_gen.n('cfc', r, 400)))::date,
       CASE WHEN r % 4 = 0 THEN NULL ELSE (fixture_gen.n('cval', r, 6000000) / 100.0)::numeric(20, 2) END,
       p.job, CASE WHEN r % 3 = 0 AND p.company IS NOT NULL THEN 'https://www.linkedin.com/in/' || pgen.fold(p.first) || '-' || pgen.fold(p.last) || '-' || fixture_gen.hexn('lin', r, 8) END,
       r % 5 <> 3
FROM generate_series(1, 180) r JOIN pgen.p p ON p.i = 100 + r JOIN pgen.p q ON q.i = 101 + (r * 37) % 180
CROSS JOIN LATERAL (SELECT CASE WHEN r <= 95 THEN timestamptz '2023-02-20 09:33:12+00' + make_interval(secs => r) ELSE pgen.at('cc', r, '2023-02-21', '2024-04-18') END AS c,
                           CASE WHEN r <= 95 THEN 1 ELSE (ARRAY[2, 2, 3, 4, 5, 5, 7, 9])[1 + fixture_gen.n('cby', r, 8)] END AS by) x
ORDER BY r;
UPDATE database_table_41 SET tsv_field_301 = to_tsvector('simple', coalesce(field_301, '')), tsv_field_302 = to_tsvector('simple', coalesce(field_302, '')),
  tsv_field_303 = to_tsvector('simple', coalesce(field_303, '')), tsv_field_304 = to_tsvector('simple', coalesce(field_304, '')), tsv_field_305 = to_tsvector('simple', coalesce(field_305, '')),
  tsv_field_306 = to_tsvector('simple', coalesce(field_306, '')), tsv_field_307 = to_tsvector('simple', coalesce(field_307, '')), tsv_field_308 = to_tsvector('simple', coalesce(field_308, '')),
  tsv_field_309 = to_tsvector('simple', coalesce(field_309, '')), tsv_field_310 = to_tsvector('simple', coalesce((SELECT value FROM database_selectoption WHERE id = field_310), '')),
  tsv_field_311 = to_tsvector('simple', coalesce((SELECT value FROM database_selectoption WHERE id = field_311), '')), tsv_field_312 = to_tsvector('simple', coalesce(field_312, '')),
  tsv_field_313 = to_tsvector('simple', coalesce(to_char(field_313, 'DD/MM/YYYY'), '')), tsv_field_315 = to_tsvector('simple', coalesce(field_315::text, '')),
  tsv_field_316 = to_tsvector('simple', coalesce(field_316, '')), tsv_field_317 = to_tsvector('simple', coalesce(field_317, ''));

-- 42: the agency's events, linked to clients through database_relation_314.
CREATE TABLE database_table_42 (
    id serial PRIMARY KEY, created_on timestamptz, updated_on timestamptz, trashed boolean NOT NULL DEFAULT false, "order" numeric(40, 20), needs_background_update boolean NOT NULL DEFAULT true,
    created_by_id integer REFERENCES auth_user (id), last_modified_by_id integer REFERENCES auth_user (id),
    field_319 text, field_320 timestamptz, field_321 timestamptz, field_322 text, field_324 numeric(20, 0), field_325 numeric(20, 2), field_326 integer REFERENCES database_selectoption (id),
    field_327 text, field_328 text, field_329 integer REFERENCES database_selectoption (id), field_330 varchar(100), field_331 numeric(50, 0), field_332 jsonb NOT NULL DEFAULT '[]'
);
CREATE TABLE pgen.ev (e int PRIMARY KEY, client int, kind int, start timestamptz);
INSERT INTO pgen.ev
SELECT e, c, CASE WHEN cl.field_302 IS NULL THEN CASE WHEN e % 4 = 0 THEN 3 ELSE 0 END ELSE (ARRAY[1, 1, 2, 4, 5, 6, 6])[1 + fixture_gen.n('evk', e, 7)] END,
       date_trunc('day', pgen.at('evs', e, '2023-03-01', '2024-12-20')) + make_interval(hours => 9 + fixture_gen.n('evhr', e, 11))
FROM generate_series(1, 120) e CROSS JOIN LATERAL (SELECT 1 + (e * 7) % 180 AS c) x JOIN database_table_41 cl ON cl.id = x.c;
INSERT INTO database_table_42 (id, created_on, updated_on, trashed, "order", needs_background_update, created_by_id, last_modified_by_id, field_319, field_320, field_321, field_322,
  field_324, field_325, field_326, field_327, field_328, field_329, field_330, field_331, field_332)
SELECT ev.e, ev.start - make_interval(days => 60 + fixture_gen.n('evc', ev.e, 200)), least(ev.start + interval '3 days', timestamptz '2024-04-18 18:00:00+00'), ev.e IN (23, 71), ev.e, false,
       (ARRAY[2, 3, 4, 5, 7])[1 + fixture_gen.n('evby', ev.e, 5)], (ARRAY[2, 3, 4, 5, 7, 9])[1 + fixture_gen.n('evlm', ev.e, 6)],
       CASE ev.kind
         WHEN 0 THEN 'Casamento ' || p.first || ' ' || p.last || ' & ' || q.first || ' ' || q.last
         WHEN 3 THEN 'Aniversário 50 anos – ' || p.full_name
         WHEN 1 THEN 'Conferência anual ' || split_part(cl.field_302, ',', 1) || ' ' || extract(year FROM ev.start)
         WHEN 2 THEN 'Team building ' || split_part(cl.field_302, ',', 1)
         WHEN 4 THEN 'Lançamento de produto – ' || split_part(cl.field_302, ',', 1)
         WHEN 5 THEN 'Viagem de incentivo ' || split_part(cl.field_302, ',', 1) || ' – ' || fixture_gen.pick(ARRAY['Açores', 'Madeira', 'Douro', 'Alentejo'], 'evd', ev.e)
         ELSE 'Jantar de gala ' || split_part(cl.field_302, ',', 1) END,
       ev.start, ev.start + make_interval(hours => CASE WHEN ev.kind = 5 THEN 72 ELSE 6 + fixture_gen.n('evh', ev.e, 8) END),
       fixture_gen.pick(ARRAY['Quinta da Regaleira, Sintra', 'Palácio do Freixo, Porto', 'Convento do Beato, Lisboa', 'Centro de Congressos do Estoril', 'Alfândega do Porto',
         'Quinta do Vale, Sintra', 'Herdade do Esporão, Reguengos de Monsaraz', 'Pátio da Galé, Lisboa', 'Casa da Música, Porto', 'LX Factory, Lisboa', 'Museu do Oriente, Lisboa',
         'Quinta da Aveleda, Penafiel', 'Hotel do Parque, Ponta Delgada', 'Pestana Casino Park, Funchal'], 'evl', ev.e),
       CASE WHEN ev.kind = 3 THEN 40 + fixture_gen.n('evg', ev.e, 60) ELSE 60 + fixture_gen.n('evg', ev.e, 340) END,
       (fixture_gen.n('evb', ev.e, 12000000) / 100.0 + 8000)::numeric(20, 2),
       pgen.opt(326, CASE WHEN ev.start < '2024-04-19' THEN CASE WHEN ev.e % 13 = 0 THEN 3 ELSE 2 END WHEN ev.e % 3 = 0 THEN 0 ELSE 1 END),
       fixture_gen.pick(ARRAY['Catarina Tavares', 'Thiago Barbosa', 'Tiago Gomes', 'Inês Vieira', 'Sofia Nogueira', 'Sofia Nogueira', 'Larissa Cardoso (freelancer)'], 'evco', ev.e),
       CASE fixture_gen.n('evn', ev.e, 11)
         WHEN 0 THEN 'Catering confirmou menu de degustação. Montagem a partir das 14h, desmontagem até às 2h.'
         WHEN 1 THEN 'Pediram para não haver fotografias durante os discursos. Contacto do lado do cliente: ' || r.full_name || ', ' || r.phone || '.'
         WHEN 2 THEN 'Convidado em cadeira de rodas (' || r.full_name || '); garantir rampa no acesso ao jardim e mesa perto da saída.'
         WHEN 3 THEN 'Som e luz: PA de 4 kW, 2 microfones sem fios, projetor e ecrã 3x2 m para as apresentações.'
         WHEN 4 THEN 'Transfers do aeroporto para 45 pessoas; lista de voos enviada por ' || r.full_name || ' (' || r.email || ').'
         WHEN 5 THEN 'Keynote speaker chega na véspera; quarto reservado em nome de ' || r.full_name || ', pagamento à chegada.'
         WHEN 6 THEN 'Plano B em caso de chuva: tenda de 20x10 já reservada.'
         WHEN 7 THEN 'Alergias: 3 celíacos, 1 alergia a marisco (' || split_part(r.full_name, ' ', 1) || ', mesa 4).'
         ELSE NULL END,
       pgen.opt(329, ev.kind), CASE WHEN ev.e % 4 = 0 THEN NULL ELSE pgen.phone('PT', 'evph', ev.e) END,
       (ev.start::date - date '2024-04-19'),
       CASE WHEN ev.e % 3 <> 0 THEN pgen.file_json(700 + ev.e) ELSE '[]'::jsonb END
FROM pgen.ev ev JOIN database_table_41 cl ON cl.id = ev.client JOIN pgen.p p ON p.i = 100 + ev.client JOIN pgen.p q ON q.i = 101 + (ev.e * 53) % 180
JOIN pgen.p r ON r.i = 101 + (ev.e * 71) % 180
ORDER BY ev.e;

CREATE TABLE database_relation_314 (id serial PRIMARY KEY, table41model_id integer NOT NULL REFERENCES database_table_41 (id), table42model_id integer NOT NULL REFERENCES database_table_42 (id),
    UNIQUE (table41model_id, table42model_id));
INSERT INTO database_relation_314 (table41model_id, table42model_id)
SELECT client, e FROM pgen.ev UNION ALL SELECT 1 + (e * 11) % 180, e FROM pgen.ev WHERE e % 10 = 0 AND 1 + (e * 11) % 180 <> client ORDER BY 2, 1;

-- 57: the food bank's volunteer roster.
CREATE TABLE database_table_57 (
    id serial PRIMARY KEY, created_on timestamptz, updated_on timestamptz, trashed boolean NOT NULL DEFAULT false, "order" numeric(40, 20), needs_background_update boolean NOT NULL DEFAULT true,
    created_by_id integer REFERENCES auth_user (id), last_modified_by_id integer REFERENCES auth_user (id),
    field_402 text, field_403 varchar(254), field_404 varchar(100), field_405 date, field_406 text, field_407 text, field_408 text, field_409 varchar(100),
    field_410 integer REFERENCES database_selectoption (id), field_411 date, field_412 text, field_413 text, field_414 boolean NOT NULL DEFAULT false, field_415 numeric(20, 1), field_416 text,
    field_417 date, field_418 integer REFERENCES database_selectoption (id), field_419 jsonb NOT NULL DEFAULT '[]',
    tsv_field_402 tsvector, tsv_field_403 tsvector, tsv_field_404 tsvector, tsv_field_405 tsvector, tsv_field_406 tsvector, tsv_field_407 tsvector, tsv_field_408 tsvector,
    tsv_field_409 tsvector, tsv_field_410 tsvector, tsv_field_411 tsvector, tsv_field_412 tsvector, tsv_field_413 tsvector, tsv_field_415 tsvector, tsv_field_416 tsvector,
    tsv_field_417 tsvector, tsv_field_418 tsvector, tsv_field_419 tsvector
);
INSERT INTO database_table_57 (id, created_on, updated_on, trashed, "order", needs_background_update, created_by_id, last_modified_by_id, field_402, field_403, field_404, field_405,
  field_406, field_407, field_408, field_409, field_410, field_411, field_412, field_413, field_414, field_415, field_416, field_417, field_418, field_419)
SELECT r, x.c, x.c + make_interval(days => fixture_gen.n('vu', r, 400)), r IN (44, 139), r, false, x.by, (ARRAY[10, 11, 11, 11, 13, 14])[1 + fixture_gen.n('vlm', r, 6)],
       p.full_name, CASE WHEN r % 21 = 0 THEN NULL ELSE p.email END, p.phone,
       CASE WHEN r % 17 = 0 THEN NULL WHEN x.role = 5 THEN date '2006-05-01' + fixture_gen.n('vyd', r, 1200) ELSE p.dob END,
       p.street || E'\n' || p.city || ', MB ' || p.zip, p.zip,
       CASE WHEN r % 23 = 0 THEN NULL ELSE e.full_name || ' (' || CASE WHEN x.role = 5 THEN fixture_gen.pick(ARRAY['mother', 'father', 'mom', 'aunt'], 'vrel', r)
         WHEN e.last = p.last THEN fixture_gen.pick(ARRAY['wife', 'husband', 'sister', 'brother', 'daughter', 'son', 'mother'], 'vrel', r)
         ELSE fixture_gen.pick(ARRAY['partner', 'friend', 'roommate', 'neighbour'], 'vrel', r) END || ')' END,
       CASE WHEN r % 23 = 0 THEN NULL ELSE e.phone END,
       pgen.opt(410, x.role),
       CASE WHEN x.role IN (2, 5) OR r % 4 = 0 THEN x.c::date + 3 * 365 + fixture_gen.n('vpc', r, 300) END,
       CASE p.c WHEN 'qc' THEN 'Français, English' WHEN 'ph' THEN 'English, Tagalog' WHEN 'pb' THEN 'Punjabi, Hindi, English' WHEN 'fn' THEN CASE WHEN r % 2 = 0 THEN 'English, Cree' ELSE 'English' END
         WHEN 'ua' THEN 'Ukrainian, Russian, some English' WHEN 'so' THEN 'Somali, Arabic, English' WHEN 'sy' THEN 'Arabic, English' WHEN 'cn' THEN 'Cantonese, English'
         WHEN 'er' THEN 'Tigrinya, Amharic, English' ELSE 'English' END,
       CASE fixture_gen.n('vnote', r, 15)
         WHEN 0 THEN 'Can''t lift more than 10 kg (back surgery 2022).'
         WHEN 1 THEN 'Type 1 diabetic – keeps juice in her locker, let her take breaks.'
         WHEN 2 THEN 'Prefers Saturday mornings. Partner ' || e.first || ' volunteers too.'
         WHEN 3 THEN 'Community service hours (40 h). Probation officer ' || o.full_name || ', ' || o.phone || ', needs a signed timesheet every month.'
         WHEN 4 THEN 'Student at U of M, needs hours signed for her practicum.'
         WHEN 5 THEN 'Great help at intake on Thursdays, translates for new families.'
         WHEN 6 THEN 'Anxiety in crowded spaces – warehouse, not reception.'
         WHEN 7 THEN 'Former client, now comes every week.'
         WHEN 8 THEN 'Moved to Brandon in 2023, keep on list for the summer.'
         WHEN 9 THEN 'Pregnant, due in August – no heavy lifting, no freezer shifts.'
         WHEN 10 THEN 'Has own truck, can do Costco pickups. Insurance checked by Hao.'
         ELSE NULL END,
       r % 8 <> 0, CASE WHEN r % 8 = 0 THEN 0 ELSE (fixture_gen.n('vhr', r, 2400) / 10.0)::numeric(20, 1) END,
       CASE WHEN x.role = 2 THEN upper(rpad(substr(pgen.fold(p.last), 1, 5), 5, 'X') || substr(pgen.fold(p.first), 1, 2)) || fixture_gen.digits('vdl', r, 3)
         || fixture_gen.chars('vdl', r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') END,
       CASE WHEN r <= 60 THEN date '2019-01-01' + fixture_gen.n('vsd', r, 1400) ELSE x.c::date + 7 END,
       pgen.opt(418, fixture_gen.n('vts', r, 6)),
       CASE WHEN r % 5 <> 0 THEN pgen.file_json(100 + r) ELSE '[]'::jsonb END
FROM generate_series(1, 160) r JOIN pgen.p p ON p.i = 400 + r JOIN pgen.p e ON e.i = 600 + r JOIN pgen.p o ON o.i = 1001 + (r * 13) % 300
CROSS JOIN LATERAL (SELECT CASE WHEN r <= 60 THEN timestamptz '2022-11-04 18:47:30+00' + make_interval(secs => r) ELSE pgen.at('vc', r, '2022-11-05', '2024-04-18') END AS c,
                           CASE WHEN r <= 60 THEN 11 WHEN r % 3 = 0 THEN NULL ELSE (ARRAY[10, 11, 11, 13])[1 + fixture_gen.n('vby', r, 4)] END AS by,
                           CASE WHEN r % 6 = 2 THEN 2 WHEN r % 15 = 7 THEN 5 ELSE (ARRAY[0, 0, 1, 1, 1, 3, 4])[1 + fixture_gen.n('vrole', r, 7)] END AS role) x
ORDER BY r;
UPDATE database_table_57 SET tsv_field_402 = to_tsvector('simple', coalesce(field_402, '')), tsv_field_403 = to_tsvector('simple', coalesce(field_403, '')),
  tsv_field_404 = to_tsvector('simple', coalesce(field_404, '')), tsv_field_405 = to_tsvector('simple', coalesce(to_char(field_405, 'YYYY-MM-DD'), '')),
  tsv_field_406 = to_tsvector('simple', coalesce(field_406, '')), tsv_field_407 = to_tsvector('simple', coalesce(field_407, '')), tsv_field_408 = to_tsvector('simple', coalesce(field_408, '')),
  tsv_field_409 = to_tsvector('simple', coalesce(field_409, '')), tsv_field_410 = to_tsvector('simple', coalesce((SELECT value FROM database_selectoption WHERE id = field_410), '')),
  tsv_field_411 = to_tsvector('simple', coalesce(to_char(field_411, 'YYYY-MM-DD'), '')), tsv_field_412 = to_tsvector('simple', coalesce(field_412, '')),
  tsv_field_413 = to_tsvector('simple', coalesce(field_413, '')), tsv_field_415 = to_tsvector('simple', coalesce(field_415::text, '')), tsv_field_416 = to_tsvector('simple', coalesce(field_416, '')),
  tsv_field_417 = to_tsvector('simple', coalesce(to_char(field_417, 'YYYY-MM-DD'), '')), tsv_field_418 = to_tsvector('simple', coalesce((SELECT value FROM database_selectoption WHERE id = field_418), '')),
  tsv_field_419 = to_tsvector('simple', coalesce((SELECT string_agg(f ->> 'visible_name', ' ') FROM jsonb_array_elements(field_419) f), ''));

-- 58: the food bank's inventory.
CREATE TABLE database_table_58 (
    id serial PRIMARY KEY, created_on timestamptz, updated_on timestamptz, trashed boolean NOT NULL DEFAULT false, "order" numeric(40, 20), needs_background_update boolean NOT NULL DEFAULT true,
    created_by_id integer REFERENCES auth_user (id), last_modified_by_id integer REFERENCES auth_user (id),
    field_420 text, field_421 integer REFERENCES database_selectoption (id), field_422 text, field_423 numeric(20, 0), field_424 text, field_425 date, field_426 text, field_427 numeric(20, 0),
    field_428 boolean NOT NULL DEFAULT false, field_429 boolean NOT NULL DEFAULT false, field_430 text, field_431 numeric(20, 2), field_432 date
);
-- upc: eleven digits and their UPC-A check digit.
CREATE FUNCTION pgen.upc(d text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || ((10 - sum(CASE WHEN k % 2 = 1 THEN 3 ELSE 1 END * substr(d, k, 1)::int) % 10) % 10)::text FROM generate_series(1, 11) k
$$;
CREATE TABLE pgen.item (k int PRIMARY KEY, name text, cat int, unit text, perish boolean, halal boolean, kg numeric);
INSERT INTO pgen.item VALUES
  (1, 'Canned chickpeas 540 mL', 0, 'can', false, true, 0.54), (2, 'Kraft Dinner 225 g', 1, 'box', false, false, 0.23), (3, 'Peanut butter 1 kg', 1, 'jar', false, true, 1),
  (4, 'Rolled oats 1 kg', 1, 'bag', false, true, 1), (5, 'Spaghetti 900 g', 1, 'bag', false, true, 0.9), (6, 'Rice, long grain 2 kg', 1, 'bag', false, true, 2),
  (7, 'Canned tuna 170 g', 0, 'can', false, true, 0.17), (8, 'Baby formula 658 g', 5, 'tin', false, true, 0.66), (9, 'Diapers size 4 (box)', 5, 'box', false, false, 2.1),
  (10, 'Toothpaste 100 mL', 6, 'each', false, false, 0.12), (11, 'Potatoes 10 lb', 2, 'bag', true, true, 4.5), (12, 'Carrots 2 lb', 2, 'bag', true, true, 0.9),
  (13, 'Apples 3 lb bag', 2, 'bag', true, true, 1.4), (14, 'Milk 2% 4 L', 3, 'jug', true, true, 4.1), (15, 'Frozen perogies 907 g', 4, 'bag', true, false, 0.91),
  (16, 'Halal chicken thighs (frozen) 1 kg', 4, 'pack', true, true, 1), (17, 'Cheerios 430 g', 1, 'box', false, true, 0.43), (18, 'Canned tomatoes 796 mL', 0, 'can', false, true, 0.8),
  (19, 'Red lentils 900 g', 1, 'bag', false, true, 0.9), (20, 'Flour 2.5 kg', 1, 'bag', false, true, 2.5), (21, 'Sugar 2 kg', 1, 'bag', false, true, 2),
  (22, 'Canola oil 1 L', 1, 'bottle', false, true, 0.92), (23, 'Chicken noodle soup 284 mL', 0, 'can', false, false, 0.28), (24, 'Dog food 8 kg', 7, 'bag', false, false, 8),
  (25, 'Cat food 156 g', 7, 'can', false, false, 0.16), (26, 'Menstrual pads (pack)', 6, 'pack', false, false, 0.3), (27, 'Shampoo 400 mL', 6, 'bottle', false, false, 0.42),
  (28, 'Bar soap 4-pack', 6, 'pack', false, false, 0.4), (29, 'Bannock mix 1 kg', 1, 'bag', false, true, 1), (30, 'Wild rice 500 g', 1, 'bag', false, true, 0.5),
  (31, 'Tea bags 72 ct', 1, 'box', false, true, 0.2), (32, 'Instant coffee 200 g', 1, 'jar', false, true, 0.2), (33, 'Canned corn 341 mL', 0, 'can', false, true, 0.34),
  (34, 'Canned salmon 213 g', 0, 'can', false, true, 0.21), (35, 'Eggs, dozen', 3, 'carton', true, true, 0.7), (36, 'Bread (donated)', 2, 'loaf', true, true, 0.68),
  (37, 'Yogurt 650 g', 3, 'tub', true, false, 0.65), (38, 'Cheddar 400 g', 3, 'block', true, false, 0.4), (39, 'Frozen mixed vegetables 1 kg', 4, 'bag', true, true, 1),
  (40, 'Granola bars (box of 8)', 1, 'box', false, false, 0.2), (41, 'Baby cereal 227 g', 5, 'box', false, true, 0.23), (42, 'Baby food pouches 128 mL', 5, 'each', false, true, 0.13),
  (43, 'Canned beans in tomato sauce 398 mL', 0, 'can', false, false, 0.4), (44, 'Macaroni 900 g', 1, 'bag', false, true, 0.9), (45, 'Onions 3 lb', 2, 'bag', true, true, 1.4),
  (46, 'Frozen fish sticks 700 g', 4, 'box', true, true, 0.7), (47, 'Crackers 200 g', 1, 'box', false, true, 0.2), (48, 'Hand sanitizer 250 mL', 6, 'bottle', false, false, 0.25),
  (49, 'Canned peaches 398 mL', 0, 'can', false, true, 0.4), (50, 'Pasta sauce 680 mL', 0, 'jar', false, true, 0.68);
INSERT INTO database_table_58 (id, created_on, updated_on, trashed, "order", needs_background_update, created_by_id, last_modified_by_id, field_420, field_421, field_422, field_423, field_424,
  field_425, field_426, field_427, field_428, field_429, field_430, field_431, field_432)
SELECT r, x.c, x.c + make_interval(days => fixture_gen.n('iu', r, 300)), r IN (64, 177), r, false, x.by, (ARRAY[12, 12, 13, 14, 15])[1 + fixture_gen.n('ilm', r, 5)],
       it.name || CASE WHEN r > 50 THEN ' – lot ' || ((r - 1) / 50 + 1) ELSE '' END, pgen.opt(421, it.cat),
       pgen.upc('0' || fixture_gen.digits('upc', it.k, 10)),
       fixture_gen.n('iq', r, 240), it.unit,
       CASE WHEN it.perish THEN date '2024-04-19' + fixture_gen.n('ibb', r, 30) - 5 WHEN it.cat = 6 THEN NULL ELSE date '2024-04-19' + fixture_gen.n('ibb', r, 900) - 60 END,
       fixture_gen.pick(ARRAY['Shelf A1', 'Shelf A2', 'Shelf B3', 'Shelf B4', 'Walk-in cooler', 'Chest freezer 2', 'Back room', 'Pallet rack 1', 'Pallet rack 2'], 'iloc', r),
       CASE WHEN it.perish THEN 5 ELSE 20 + 10 * (r % 4) END, it.perish, it.halal,
       CASE fixture_gen.n('inote', r, 9)
         WHEN 0 THEN 'From the Safeway Regent Ave food drive.' WHEN 1 THEN 'Dented cans – check before packing.' WHEN 2 THEN 'Keep for Christmas hampers.'
         WHEN 3 THEN 'Recall notice checked 2024-02-12, our lot not affected.' WHEN 4 THEN 'Harvest Manitoba allocation, March.' WHEN 5 THEN 'Max 1 per hamper.' ELSE NULL END,
       round(it.kg * fixture_gen.n('iq', r, 240), 2), date '2024-04-19' - fixture_gen.n('ilc', r, 40)
FROM generate_series(1, 200) r JOIN pgen.item it ON it.k = 1 + (r - 1) % 50
CROSS JOIN LATERAL (SELECT CASE WHEN r <= 50 THEN timestamptz '2023-03-31 22:06:40+00' + make_interval(secs => r) ELSE pgen.at('ic', r, '2023-04-01', '2024-04-18') END AS c,
                           CASE WHEN r <= 50 THEN 12 ELSE (ARRAY[12, 12, 13, 15])[1 + fixture_gen.n('iby', r, 4)] END AS by) x
ORDER BY r;

-- 59: submissions of the public hamper-request form (view 142).
CREATE TABLE database_table_59 (
    id serial PRIMARY KEY, created_on timestamptz, updated_on timestamptz, trashed boolean NOT NULL DEFAULT false, "order" numeric(40, 20), needs_background_update boolean NOT NULL DEFAULT true,
    created_by_id integer REFERENCES auth_user (id), last_modified_by_id integer REFERENCES auth_user (id),
    field_440 text, field_441 varchar(254), field_442 varchar(100), field_443 text, field_444 text, field_445 numeric(20, 0), field_446 numeric(20, 0),
    field_447 integer REFERENCES database_selectoption (id), field_448 text, field_449 integer REFERENCES database_selectoption (id), field_450 integer REFERENCES database_selectoption (id),
    field_451 text, field_452 boolean NOT NULL DEFAULT false, field_453 integer REFERENCES database_selectoption (id), field_454 jsonb NOT NULL DEFAULT '[]',
    tsv_field_440 tsvector, tsv_field_441 tsvector, tsv_field_442 tsvector, tsv_field_443 tsvector, tsv_field_444 tsvector, tsv_field_445 tsvector, tsv_field_446 tsvector,
    tsv_field_447 tsvector, tsv_field_448 tsvector, tsv_field_449 tsvector, tsv_field_450 tsvector, tsv_field_451 tsvector, tsv_field_453 tsvector, tsv_field_454 tsvector
);
INSERT INTO database_table_59 (id, created_on, updated_on, trashed, "order", needs_background_update, created_by_id, last_modified_by_id, field_440, field_441, field_442, field_443,
  field_444, field_445, field_446, field_447, field_448, field_449, field_450, field_451, field_452, field_453, field_454)
SELECT r, x.c, x.c + make_interval(days => fixture_gen.n('hu', r, 20)), r IN (12, 99, 250), r, false, CASE WHEN r % 10 = 0 THEN 13 END,
       CASE WHEN x.c < '2024-04-10' THEN (ARRAY[13, 13, 14, 15, 21])[1 + fixture_gen.n('hlm', r, 5)] END,
       CASE WHEN r % 27 = 0 THEN lower(p.full_name) ELSE p.full_name END, CASE WHEN r % 4 = 0 THEN NULL ELSE p.email END, p.phone,
       p.street || ', ' || p.city, CASE WHEN r % 19 = 0 THEN replace(p.zip, 'R2', 'R3') ELSE p.zip END,
       x.hh, CASE WHEN x.hh > 2 THEN fixture_gen.n('hch', r, x.hh - 1) ELSE 0 END,
       pgen.opt(447, (ARRAY[0, 0, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7])[1 + fixture_gen.n('hinc', r, 12)]),
       (ARRAY['None', '', 'Halal', 'Halal, no gelatin', 'Diabetic (type 2)', 'Celiac – gluten free please', 'Peanut allergy (my son, 7)', 'Vegetarian', 'Lactose intolerant',
              'Low sodium – high blood pressure', 'Baby formula needed', 'Soft foods only, my dentures are broken', 'none', 'No pork', 'Kidney disease – low potassium'])[1 + fixture_gen.n('hdiet', r, 15)],
       pgen.opt(449, CASE p.c WHEN 'qc' THEN 1 WHEN 'ua' THEN 2 WHEN 'sy' THEN 3 WHEN 'so' THEN 4 WHEN 'ph' THEN CASE WHEN r % 2 = 0 THEN 5 ELSE 0 END WHEN 'cn' THEN 6 WHEN 'er' THEN 7 ELSE 0 END),
       pgen.opt(450, CASE WHEN r % 6 = 0 THEN 1 ELSE 0 END),
       CASE fixture_gen.n('hnote', r, 16)
         WHEN 0 THEN 'We arrived from Kharkiv in March with my two kids, we live with my sister ' || q.first || ' ' || p.last || ' at the same address.'
         WHEN 1 THEN 'Please call after 3pm, I work mornings.'
         WHEN 2 THEN 'My husband lost his job at the plant in January.'
         WHEN 3 THEN 'Je préfère être contactée en français, merci.'
         WHEN 4 THEN 'We have no stove right now, only a microwave.'
         WHEN 5 THEN 'Can my neighbour pick up for me? ' || q.full_name || ', ' || q.phone || ', she has a car.'
         WHEN 6 THEN 'I am pregnant (due in June) and diabetic.'
         WHEN 7 THEN 'EIA cheque is late this month.'
         WHEN 8 THEN 'Thank you so much for your help.'
         WHEN 9 THEN 'I use a walker, delivery would be great. Buzzer code 214.'
         WHEN 10 THEN 'Landlord is ' || q.full_name || ' if you need to confirm the address.'
         ELSE NULL END,
       r % 33 <> 0,
       pgen.opt(453, CASE WHEN r % 19 = 0 THEN 4 WHEN x.c > '2024-04-12' THEN 0 WHEN x.c > '2024-04-05' THEN 1 + r % 2 ELSE 3 END),
       CASE WHEN r % 2 = 1 THEN pgen.file_json(300 + r) ELSE '[]'::jsonb END
FROM generate_series(1, 300) r JOIN pgen.p p ON p.i = 1000 + r JOIN pgen.p q ON q.i = 1001 + (r * 41) % 300
CROSS JOIN LATERAL (SELECT pgen.at('hrt', r, '2023-04-03 16:00:00+00', '2024-04-19 15:00:00+00') + interval '40 seconds' AS c, 1 + fixture_gen.n('hhh', r, 7) AS hh) x
ORDER BY r;
UPDATE database_table_59 SET tsv_field_440 = to_tsvector('simple', coalesce(field_440, '')), tsv_field_441 = to_tsvector('simple', coalesce(field_441, '')),
  tsv_field_442 = to_tsvector('simple', coalesce(field_442, '')), tsv_field_443 = to_tsvector('simple', coalesce(field_443, '')), tsv_field_444 = to_tsvector('simple', coalesce(field_444, '')),
  tsv_field_445 = to_tsvector('simple', coalesce(field_445::text, '')), tsv_field_446 = to_tsvector('simple', coalesce(field_446::text, '')),
  tsv_field_447 = to_tsvector('simple', coalesce((SELECT value FROM database_selectoption WHERE id = field_447), '')), tsv_field_448 = to_tsvector('simple', coalesce(field_448, '')),
  tsv_field_449 = to_tsvector('simple', coalesce((SELECT value FROM database_selectoption WHERE id = field_449), '')),
  tsv_field_450 = to_tsvector('simple', coalesce((SELECT value FROM database_selectoption WHERE id = field_450), '')), tsv_field_451 = to_tsvector('simple', coalesce(field_451, '')),
  tsv_field_453 = to_tsvector('simple', coalesce((SELECT value FROM database_selectoption WHERE id = field_453), '')),
  tsv_field_454 = to_tsvector('simple', coalesce((SELECT string_agg(f ->> 'visible_name', ' ') FROM jsonb_array_elements(field_454) f), ''));

-- ---------------------------------------------------------------------------
-- API tokens, webhooks, their headers and call logs (the instance keeps 50
-- calls per webhook: BASEROW_WEBHOOKS_MAX_CALL_LOG_ENTRIES).

CREATE TABLE database_token (
    id serial PRIMARY KEY, name varchar(100) NOT NULL, key varchar(32) NOT NULL UNIQUE, created timestamptz NOT NULL, workspace_id integer NOT NULL REFERENCES core_workspace (id),
    user_id integer NOT NULL REFERENCES auth_user (id), handled_calls integer NOT NULL, last_call timestamptz
);
INSERT INTO database_token (id, name, key, created, workspace_id, user_id, handled_calls, last_call)
SELECT t.id, t.name, pgen.rnd('tok', t.id, 32), t.c, t.ws, t.u, t.calls, CASE WHEN t.calls > 0 THEN pgen.at('tokl', t.id, t.c + interval '1 day', '2024-04-19 16:00:00+00') END
FROM (VALUES (1, 'Zapier – hamper SMS', 2, 10, timestamptz '2023-04-02 20:11:00+00', 4211), (2, 'Website availability widget', 1, 1, '2023-03-15 11:02:00+00', 88310),
  (3, 'Make.com CRM sync', 1, 1, '2023-05-04 09:40:00+00', 15022), (4, 'n8n volunteer reminders', 2, 13, '2023-06-20 02:15:00+00', 6120),
  (5, 'Google Sheets export (old)', 2, 11, '2022-11-20 17:30:00+00', 310), (6, 'scripts pessoais', 3, 1, '2022-06-01 21:00:00+00', 42),
  (7, 'Grant report script', 8, 11, '2024-01-15 04:10:00+00', 17), (8, 'Atalho iOS', 5, 5, '2023-09-30 19:55:00+00', 233), (9, 'test', 12, 24, '2023-10-02 12:00:00+00', 0),
  (10, 'Power BI', 1, 2, '2024-02-01 10:00:00+00', 1904), (11, 'Volunteer sync service', 2, 10, '2023-08-03 15:20:00+00', 22411)) t(id, name, ws, u, c, calls);

CREATE TABLE database_tablewebhook (
    id serial PRIMARY KEY, table_id integer NOT NULL REFERENCES database_table (id), active boolean NOT NULL, use_user_field_names boolean NOT NULL, url text NOT NULL,
    request_method varchar(10) NOT NULL, name varchar(255) NOT NULL, include_all_events boolean NOT NULL, failed_triggers integer NOT NULL, created_on timestamptz NOT NULL, updated_on timestamptz NOT NULL
);
INSERT INTO database_tablewebhook (id, table_id, active, use_user_field_names, url, request_method, name, include_all_events, failed_triggers, created_on, updated_on) VALUES
  (1, 59, true, true, 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zapa', 1, 8) || '/' || pgen.lower('zapb', 1, 7) || '/', 'POST', 'New hamper request → SMS to intake phone', false, 0,
   '2023-04-02 20:20:00+00', '2023-04-02 20:20:00+00'),
  (2, 57, true, true, 'https://sync.northendfoodbank.example/api/baserow/volunteers', 'POST', 'Volunteer sync', false, 0, '2023-08-03 15:25:00+00', '2024-01-09 18:00:00+00'),
  (3, 41, true, false, 'https://hook.eu1.make.com/' || pgen.lower('makeh', 3, 32), 'POST', 'Make: CRM → Moloni', true, 0, '2023-05-04 09:45:00+00', '2023-05-04 09:45:00+00'),
  (4, 42, true, true, 'https://hooks.slack.com/services/T' || fixture_gen.chars('slt', 4, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slb', 4, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
      || '/' || pgen.rnd('sls', 4, 24), 'POST', 'Slack #eventos', false, 0, '2023-06-12 14:00:00+00', '2023-06-12 14:00:00+00'),
  (5, 59, false, true, 'https://n8n.northendfoodbank.example/webhook/' || fixture_gen.uuid('n8n', 5), 'POST', 'n8n pickup reminder (old)', false, 8, '2023-06-20 02:20:00+00', '2024-02-28 11:00:00+00'),
  (6, 58, true, true, 'https://script.google.com/macros/s/' || pgen.urlsafe('gas', 6, 72) || '/exec', 'POST', 'Mirror to Harvest Manitoba sheet', true, 0, '2023-09-18 16:40:00+00', '2023-09-18 16:40:00+00');

CREATE TABLE database_tablewebhookevent (id serial PRIMARY KEY, event_type varchar(50) NOT NULL, webhook_id integer NOT NULL REFERENCES database_tablewebhook (id));
INSERT INTO database_tablewebhookevent (event_type, webhook_id) VALUES ('rows.created', 1), ('rows.created', 2), ('rows.updated', 2), ('rows.deleted', 2), ('rows.updated', 4), ('rows.created', 4), ('rows.created', 5);

CREATE TABLE database_tablewebhookheader (id serial PRIMARY KEY, name text NOT NULL, value text NOT NULL, webhook_id integer NOT NULL REFERENCES database_tablewebhook (id));
INSERT INTO database_tablewebhookheader (name, value, webhook_id) VALUES
  ('Authorization', 'Bearer ' || pgen.rnd('vsync', 1, 43), 2), ('X-NECFB-Source', 'baserow', 2), ('x-make-apikey', pgen.lower('mkk', 1, 24), 3),
  ('Authorization', 'Basic ' || translate(encode(convert_to('necfb:' || pgen.rnd('n8npw', 1, 18), 'UTF8'), 'base64'), E'\n', ''), 5), ('Content-Type', 'application/json', 6),
  ('X-Sheet-Secret', pgen.rnd('gass', 1, 32), 6);

CREATE TABLE database_tablewebhookcall (
    id serial PRIMARY KEY, event_id uuid NOT NULL, event_type varchar(50) NOT NULL, called_time timestamptz, called_url varchar(2000) NOT NULL, request text, response text,
    response_status integer, error text, webhook_id integer NOT NULL REFERENCES database_tablewebhook (id)
);
-- req: a request as Baserow logs it (method, path, headers, body).
CREATE FUNCTION pgen.req(url text, hdrs text, body text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'POST ' || regexp_replace(url, '^https://[^/]+', '') || E' HTTP/1.1\r\nHost: ' || split_part(split_part(url, '://', 2), '/', 1)
      || E'\r\nUser-Agent: python-requests/2.31.0\r\nAccept-Encoding: gzip, deflate\r\nAccept: */*\r\nConnection: keep-alive\r\nContent-Type: application/json\r\n' || hdrs
      || 'Content-Length: ' || octet_length(body) || E'\r\n\r\n' || body
$$;
CREATE TABLE pgen.wc (k int, webhook int, row_id int, ev text, at timestamptz);
INSERT INTO pgen.wc SELECT k, 1, r.id, 'rows.created', r.created_on + interval '1 second' FROM database_table_59 r
  CROSS JOIN LATERAL (SELECT r.id AS k) z WHERE r.created_by_id IS NULL ORDER BY r.created_on DESC LIMIT 50;
INSERT INTO pgen.wc SELECT 1000 + v.id, 2, v.id, CASE WHEN v.id % 3 = 0 THEN 'rows.created' ELSE 'rows.updated' END, v.updated_on FROM database_table_57 v ORDER BY v.updated_on DESC LIMIT 50;
INSERT INTO pgen.wc SELECT 2000 + c.id, 3, c.id, CASE WHEN c.id % 4 = 0 THEN 'rows.created' ELSE 'rows.updated' END, c.updated_on FROM database_table_41 c ORDER BY c.updated_on DESC LIMIT 50;
INSERT INTO pgen.wc SELECT 3000 + e.id, 4, e.id, 'rows.updated', e.updated_on FROM database_table_42 e ORDER BY e.updated_on DESC LIMIT 40;
INSERT INTO pgen.wc SELECT 4000 + r.id, 5, r.id, 'rows.created', r.created_on + interval '1 second' FROM database_table_59 r WHERE r.created_on BETWEEN '2024-02-20' AND '2024-02-28 11:00:00+00' ORDER BY r.created_on LIMIT 8;
INSERT INTO pgen.wc SELECT 5000 + i.id, 6, i.id, 'rows.updated', i.updated_on FROM database_table_58 i ORDER BY i.updated_on DESC LIMIT 30;
INSERT INTO database_tablewebhookcall (event_id, event_type, called_time, called_url, request, response, response_status, error, webhook_id)
SELECT fixture_gen.uuid('whev', wc.k)::uuid, wc.ev, wc.at, w.url,
       pgen.req(w.url, coalesce((SELECT string_agg(h.name || ': ' || h.value, E'\r\n' ORDER BY h.id) || E'\r\n' FROM database_tablewebhookheader h WHERE h.webhook_id = w.id), ''), b.body),
       CASE w.id
         WHEN 1 THEN E'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 125\r\n\r\n' || jsonb_build_object('attempt', fixture_gen.uuid('zatt', wc.k), 'id', fixture_gen.uuid('zid', wc.k),
           'request_id', pgen.rnd('zrq', wc.k, 16), 'status', 'success')::text
         WHEN 2 THEN CASE WHEN wc.k % 11 = 0 THEN E'HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\n\r\n' || jsonb_build_object('ok', false, 'error', 'A volunteer with email ' || coalesce(v.field_403, '') || ' already exists (id ' || (900 + v.id) || ')')::text
           ELSE E'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n' || jsonb_build_object('ok', true, 'volunteer', jsonb_build_object('id', 900 + v.id, 'name', v.field_402, 'email', v.field_403, 'phone', v.field_404, 'sms_opt_in', true))::text END
         WHEN 3 THEN E'HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAccepted'
         WHEN 4 THEN E'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\nok'
         WHEN 5 THEN NULL
         ELSE E'HTTP/1.1 302 Moved Temporarily\r\nLocation: https://script.googleusercontent.com/macros/echo?user_content_key=' || pgen.urlsafe('gasr', wc.k, 60) || E'\r\n\r\n' END,
       CASE w.id WHEN 5 THEN NULL WHEN 6 THEN 302 WHEN 2 THEN CASE WHEN wc.k % 11 = 0 THEN 409 ELSE 200 END ELSE 200 END,
       CASE w.id WHEN 5 THEN 'HTTPSConnectionPool(host=''n8n.northendfoodbank.example'', port=443): Max retries exceeded with url: /webhook/' || fixture_gen.uuid('n8n', 5)
         || ' (Caused by NewConnectionError(''<urllib3.connection.HTTPSConnection object at 0x7f3b2c1d5e50>: Failed to establish a new connection: [Errno 111] Connection refused''))' END,
       w.id
FROM pgen.wc wc JOIN database_tablewebhook w ON w.id = wc.webhook
LEFT JOIN database_table_57 v ON w.id = 2 AND v.id = wc.row_id
CROSS JOIN LATERAL (SELECT jsonb_build_object('table_id', w.table_id, 'database_id', t.database_id, 'workspace_id', a.workspace_id, 'webhook_id', w.id, 'event_id', fixture_gen.uuid('whev', wc.k),
    'event_type', wc.ev, 'items', jsonb_build_array(CASE w.id
      WHEN 1 THEN (SELECT jsonb_build_object('id', h.id, 'order', h."order"::text, 'Full name', h.field_440, 'Email', h.field_441, 'Phone', h.field_442, 'Address', h.field_443, 'Postal code', h.field_444,
           'Household size', h.field_445::text, 'Children under 18', h.field_446::text, 'Dietary needs', h.field_448, 'Anything else we should know?', h.field_451,
           'Pickup or delivery', (SELECT jsonb_build_object('id', o.id, 'value', o.value, 'color', o.color) FROM database_selectoption o WHERE o.id = h.field_450)) FROM database_table_59 h WHERE h.id = wc.row_id)
      WHEN 5 THEN (SELECT jsonb_build_object('id', h.id, 'order', h."order"::text, 'Full name', h.field_440, 'Phone', h.field_442, 'Email', h.field_441) FROM database_table_59 h WHERE h.id = wc.row_id)
      WHEN 2 THEN jsonb_build_object('id', v.id, 'order', v."order"::text, 'Name', v.field_402, 'Email', v.field_403, 'Phone', v.field_404, 'Emergency contact', v.field_408,
           'Emergency phone', v.field_409, 'Active', v.field_414, 'Role', (SELECT jsonb_build_object('id', o.id, 'value', o.value, 'color', o.color) FROM database_selectoption o WHERE o.id = v.field_410))
      WHEN 3 THEN (SELECT jsonb_build_object('id', c.id, 'order', c."order"::text, 'field_301', c.field_301, 'field_302', c.field_302, 'field_303', c.field_303, 'field_304', c.field_304,
           'field_305', c.field_305, 'field_306', c.field_306, 'field_307', c.field_307, 'field_309', c.field_309, 'field_315', c.field_315::text) FROM database_table_41 c WHERE c.id = wc.row_id)
      WHEN 4 THEN (SELECT jsonb_build_object('id', e.id, 'order', e."order"::text, 'Evento', e.field_319, 'Início', to_char(e.field_320 AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'Local', e.field_322, 'Coordenador', e.field_327, 'Nº de convidados', e.field_324::text) FROM database_table_42 e WHERE e.id = wc.row_id)
      ELSE (SELECT jsonb_build_object('id', i.id, 'order', i."order"::text, 'Item', i.field_420, 'Quantity on hand', i.field_423::text, 'Best before', i.field_425) FROM database_table_58 i WHERE i.id = wc.row_id) END))::text AS body
  FROM database_table t JOIN core_application a ON a.id = t.database_id WHERE t.id = w.table_id) b
ORDER BY wc.at;

-- ---------------------------------------------------------------------------
-- Row comments (premium), with the rich-text JSON and its mentions.

CREATE TABLE baserow_premium_rowcomment (
    id serial PRIMARY KEY, table_id integer NOT NULL REFERENCES database_table (id), row_id integer NOT NULL, user_id integer REFERENCES auth_user (id), comment text NOT NULL,
    message jsonb, created_on timestamptz NOT NULL, updated_on timestamptz NOT NULL, trashed boolean NOT NULL
);
CREATE TABLE pgen.rc (k int PRIMARY KEY, tbl int, row_id int, u int, mention int, txt text, at timestamptz);
INSERT INTO pgen.rc
SELECT k, x.tbl, x.rid, x.u, x.mention, x.txt, x.at FROM generate_series(1, 170) k
CROSS JOIN LATERAL (SELECT (ARRAY[41, 41, 41, 42, 42, 57, 57, 59, 59, 59])[1 + fixture_gen.n('rct', k, 10)] AS tbl) t
CROSS JOIN LATERAL (SELECT CASE t.tbl WHEN 41 THEN 1 + fixture_gen.n('rcr', k, 180) WHEN 42 THEN 1 + fixture_gen.n('rcr', k, 120) WHEN 57 THEN 1 + fixture_gen.n('rcr', k, 160) ELSE 1 + fixture_gen.n('rcr', k, 300) END AS rid) r
JOIN pgen.p q ON q.i = CASE WHEN t.tbl IN (41, 42) THEN 101 + (k * 17) % 180 ELSE 1001 + (k * 29) % 300 END
CROSS JOIN LATERAL (SELECT t.tbl, r.rid,
    CASE WHEN t.tbl IN (41, 42) THEN (ARRAY[2, 3, 4, 5, 7, 9])[1 + fixture_gen.n('rcu', k, 6)] ELSE (ARRAY[10, 11, 13, 14, 15, 21])[1 + fixture_gen.n('rcu', k, 6)] END AS u,
    CASE WHEN k % 5 = 0 THEN CASE WHEN t.tbl IN (41, 42) THEN (ARRAY[2, 5, 7, 1])[1 + k % 4] ELSE (ARRAY[11, 13, 10])[1 + k % 3] END END AS mention,
    CASE t.tbl
      WHEN 41 THEN (ARRAY['Liguei hoje, ficou de responder até sexta.', 'Mudou de email, o novo é ' || q.email || '.', 'Pediu 10% de desconto; aprovado pelo Nuno.',
                         'Telefone novo: ' || q.phone, 'Enviei a proposta revista.', 'Reunião marcada para terça às 15h no escritório deles.', 'Não responde há 3 semanas.',
                         'Falei com a ' || q.full_name || ', que agora trata dos eventos da empresa.'])[1 + fixture_gen.n('rcx', k, 8)]
      WHEN 42 THEN (ARRAY['Florista confirmada.', 'O DJ cancelou; alternativa: ' || q.full_name || ', ' || q.phone || '.', 'Falta o seguro do evento.', 'Cliente aprovou o menu.',
                         'Prova de vinhos na quinta às 11h.', 'Autocarros confirmados para as 18h30.'])[1 + fixture_gen.n('rcx', k, 6)]
      WHEN 57 THEN (ARRAY['Police check received.', 'Called, no answer. Left voicemail.', 'Asked to switch to Thursdays.', 'Emergency contact changed to ' || q.full_name || ' ' || q.phone || '.',
                         'No-show twice in March.', 'Did the forklift training, signed off.', 'Great job at the Easter hamper drive!'])[1 + fixture_gen.n('rcx', k, 7)]
      ELSE (ARRAY['Called, booked pickup for Tuesday 2pm.', 'Name on the hydro bill doesn''t match, asked for the lease.', 'Referred by the Mount Carmel Clinic nurse (' || q.full_name || ').',
                  'Delivered, nobody home – left with the neighbour at ' || q.street || '.', 'Needs halal meat, swap the ham.', 'Second hamper this month approved by Noah (new baby).',
                  'Wrong number, the right one is ' || q.phone || '.'])[1 + fixture_gen.n('rcx', k, 7)] END AS txt,
    pgen.at('rcat', k, '2023-06-01', '2024-04-19 15:00:00+00') AS at) x
ORDER BY k;
INSERT INTO baserow_premium_rowcomment (table_id, row_id, user_id, comment, message, created_on, updated_on, trashed)
SELECT rc.tbl, rc.row_id, rc.u, CASE WHEN rc.mention IS NULL THEN rc.txt ELSE '@' || m.first_name || ' ' || rc.txt END,
       jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content',
         CASE WHEN rc.mention IS NULL THEN jsonb_build_array(jsonb_build_object('type', 'text', 'text', rc.txt))
              ELSE jsonb_build_array(jsonb_build_object('type', 'mention', 'attrs', jsonb_build_object('id', rc.mention, 'label', m.first_name)), jsonb_build_object('type', 'text', 'text', ' ' || rc.txt)) END))),
       rc.at, rc.at + CASE WHEN rc.k % 9 = 0 THEN interval '7 minutes' ELSE interval '0' END, rc.k % 31 = 0
FROM pgen.rc rc LEFT JOIN auth_user m ON m.id = rc.mention ORDER BY rc.at;

-- ---------------------------------------------------------------------------
-- Notifications: form submissions, comment mentions, invitations accepted,
-- the version upgrade broadcast.

CREATE TABLE core_notification (
    id serial PRIMARY KEY, type varchar(64) NOT NULL, created_on timestamptz NOT NULL, broadcast boolean NOT NULL, workspace_id integer REFERENCES core_workspace (id),
    sender_id integer REFERENCES auth_user (id), data jsonb NOT NULL
);
CREATE TABLE core_notificationrecipient (
    id serial PRIMARY KEY, notification_id integer NOT NULL REFERENCES core_notification (id), recipient_id integer REFERENCES auth_user (id), read boolean NOT NULL, cleared boolean NOT NULL,
    created_on timestamptz NOT NULL, broadcast boolean NOT NULL, workspace_id integer, queued boolean NOT NULL
);
INSERT INTO core_notification (type, created_on, broadcast, workspace_id, sender_id, data)
SELECT type, at, bc, ws, sender, data FROM (
  SELECT 'form_submission' AS type, h.created_on + interval '2 seconds' AS at, false AS bc, 2 AS ws, NULL::int AS sender,
         jsonb_build_object('row_id', h.id, 'form_id', 142, 'form_name', 'Hamper request', 'table_id', 59, 'table_name', 'Hamper requests', 'database_id', 16,
           'values', jsonb_build_array(jsonb_build_array('Full name', h.field_440), jsonb_build_array('Email', coalesce(h.field_441, '')), jsonb_build_array('Phone', h.field_442),
             jsonb_build_array('Address', h.field_443), jsonb_build_array('Postal code', h.field_444), jsonb_build_array('Household size', h.field_445::text),
             jsonb_build_array('Dietary needs', h.field_448), jsonb_build_array('Anything else we should know?', coalesce(h.field_451, '')))) AS data
  FROM database_table_59 h WHERE h.created_by_id IS NULL AND h.created_on >= '2023-10-25'
  UNION ALL
  SELECT 'row_comment_mention', c.created_on + interval '1 second', false, CASE WHEN c.table_id IN (41, 42) THEN 1 ELSE 2 END, c.user_id,
         jsonb_build_object('message', c.message, 'row_id', c.row_id, 'table_id', c.table_id, 'table_name', t.name, 'database_id', t.database_id, 'comment_id', c.id)
  FROM baserow_premium_rowcomment c JOIN database_table t ON t.id = c.table_id WHERE c.comment LIKE '@%' AND c.created_on >= '2023-10-25'
  UNION ALL
  SELECT 'workspace_invitation_accepted', wu.created_on, false, wu.workspace_id, wu.user_id,
         jsonb_build_object('invitation_id', 100 + wu.id, 'invited_user_id', u.id, 'invited_user_name', u.first_name, 'invited_user_email', u.email)
  FROM core_workspaceuser wu JOIN auth_user u ON u.id = wu.user_id WHERE wu.workspace_id IN (1, 2) AND wu.created_on >= '2023-10-25' AND wu.permissions <> 'ADMIN'
  UNION ALL
  SELECT 'baserow_version_upgrade', timestamptz '2024-03-27 08:00:00+00', true, NULL, NULL, '{"version": "1.24", "release_notes_url": "https://baserow.io/blog/baserow-1-24-release-notes"}'::jsonb
) n ORDER BY at;
INSERT INTO core_notificationrecipient (notification_id, recipient_id, read, cleared, created_on, broadcast, workspace_id, queued)
SELECT n.id, r.u, n.created_on < '2024-04-12' OR r.u = 13, n.created_on < '2024-01-01' AND r.u = 10, n.created_on, n.broadcast, n.workspace_id, false
FROM core_notification n CROSS JOIN LATERAL unnest(CASE n.type WHEN 'form_submission' THEN ARRAY[13, 14, 10]
    WHEN 'row_comment_mention' THEN ARRAY[(SELECT (n.data #>> '{message,content,0,content,0,attrs,id}')::int)]
    WHEN 'workspace_invitation_accepted' THEN CASE WHEN n.workspace_id = 1 THEN ARRAY[1, 2] ELSE ARRAY[10, 11] END
    ELSE ARRAY[1, 2, 5, 10, 11, 13] END) r(u)
ORDER BY n.id, r.u;

-- ---------------------------------------------------------------------------
-- Trash: rows named by their primary field, tables, fields, views, apps.

CREATE TABLE core_trashentry (
    id serial PRIMARY KEY, trash_item_type varchar(255) NOT NULL, trash_item_id integer NOT NULL, parent_trash_item_id integer, trashed_at timestamptz NOT NULL,
    should_be_permanently_deleted boolean NOT NULL, name text NOT NULL, parent_name text, extra_description text, names text[],
    user_who_trashed_id integer REFERENCES auth_user (id), workspace_id integer NOT NULL REFERENCES core_workspace (id), application_id integer REFERENCES core_application (id)
);
INSERT INTO core_trashentry (trash_item_type, trash_item_id, parent_trash_item_id, trashed_at, should_be_permanently_deleted, name, parent_name, extra_description, names, user_who_trashed_id,
  workspace_id, application_id)
SELECT * FROM (
  SELECT 'row', id, 41, updated_on, false, field_301, 'Clientes', NULL::text, NULL::text[], last_modified_by_id, 1, 12 FROM database_table_41 WHERE trashed
  UNION ALL SELECT 'row', id, 42, updated_on, false, field_319, 'Eventos', NULL, NULL, last_modified_by_id, 1, 12 FROM database_table_42 WHERE trashed
  UNION ALL SELECT 'row', id, 57, updated_on, false, field_402, 'Volunteers', NULL, NULL, last_modified_by_id, 2, 15 FROM database_table_57 WHERE trashed
  UNION ALL SELECT 'row', id, 58, updated_on, false, field_420, 'Inventory', NULL, NULL, last_modified_by_id, 2, 16 FROM database_table_58 WHERE trashed
  UNION ALL SELECT 'row', id, 59, updated_on, false, field_440, 'Hamper requests', NULL, NULL, coalesce(last_modified_by_id, 13), 2, 16 FROM database_table_59 WHERE trashed
  UNION ALL SELECT 'rows', 1000 + k, 59, pgen.at('trr', k, '2024-03-01', '2024-04-18'), k % 2 = 0, (SELECT count(*) FROM generate_series(1, 2 + k % 4))::text || ' rows', 'Hamper requests', NULL,
         ARRAY(SELECT p.full_name FROM generate_series(1, 2 + k % 4) j JOIN pgen.p p ON p.i = 1001 + (k * 31 + j * 7) % 300), 13, 2, 16 FROM generate_series(1, 6) k
  UNION ALL SELECT 'rows', 2000 + k, 41, pgen.at('trc', k, '2024-02-01', '2024-04-18'), false, (2 + k % 3)::text || ' rows', 'Clientes', NULL,
         ARRAY(SELECT p.full_name FROM generate_series(1, 2 + k % 3) j JOIN pgen.p p ON p.i = 101 + (k * 43 + j * 11) % 180), 2, 1, 12 FROM generate_series(1, 4) k
  UNION ALL SELECT 'workspace', id, NULL, updated_on, false, name, NULL, NULL, NULL, (SELECT owner FROM pgen.ws WHERE pgen.ws.id = core_workspace.id), id, NULL FROM core_workspace WHERE trashed
  UNION ALL SELECT 'application', id, NULL, updated_on, false, name, NULL, NULL, NULL, CASE WHEN id = 17 THEN 1 ELSE 10 END, workspace_id, id FROM core_application WHERE trashed
  UNION ALL SELECT 'table', t.id, NULL, t.updated_on, false, t.name, NULL, NULL, NULL, 10, a.workspace_id, t.database_id FROM database_table t JOIN core_application a ON a.id = t.database_id WHERE t.trashed
  UNION ALL SELECT 'field', f.id, NULL, f.updated_on, false, f.name, t.name, NULL, NULL, CASE WHEN a.workspace_id = 1 THEN 2 ELSE 11 END, a.workspace_id, t.database_id
         FROM database_field f JOIN database_table t ON t.id = f.table_id JOIN core_application a ON a.id = t.database_id WHERE f.trashed
  UNION ALL SELECT 'view', 900 + k, NULL, pgen.at('trv', k, '2024-03-01', '2024-04-18'), false, (ARRAY['Grid 2', 'Leads Catarina (old)', 'Hamper requests – Jan', 'Copy of Stock'])[k], NULL, NULL, NULL,
         (ARRAY[2, 2, 13, 12])[k], (ARRAY[1, 1, 2, 2])[k], (ARRAY[12, 12, 16, 16])[k] FROM generate_series(1, 4) k
) x ORDER BY 4;

-- ---------------------------------------------------------------------------
-- The undo/redo action log (the last ~90 days are kept) and the enterprise
-- audit log.

CREATE TABLE core_action (
    id serial PRIMARY KEY, user_id integer REFERENCES auth_user (id), workspace_id integer REFERENCES core_workspace (id), session varchar(36), action_group uuid,
    type varchar(255) NOT NULL, params jsonb NOT NULL, scope varchar(255) NOT NULL, created_on timestamptz NOT NULL, undone_at timestamptz, error text
);
CREATE TABLE pgen.act (k int PRIMARY KEY, at timestamptz, u int, ws int, db int, dbname text, tbl int, tname text, rid int, fld int, typ text, sess text, grp text);
INSERT INTO pgen.act
SELECT k, x.at, x.u, CASE WHEN t.tbl IN (41, 42) THEN 1 ELSE 2 END, tb.database_id, a.name, t.tbl, tb.name, x.rid,
       (CASE t.tbl WHEN 41 THEN ARRAY[304, 303, 311, 312, 305, 302, 316, 304] WHEN 42 THEN ARRAY[326, 320, 324, 328, 327, 326, 330, 322]
                   WHEN 57 THEN ARRAY[404, 409, 408, 413, 414, 410, 411, 406] ELSE ARRAY[453, 453, 453, 442, 451, 443, 445, 453] END)[1 + fixture_gen.n('actf', k, 8)],
       CASE WHEN k % 10 < 6 THEN 'update_rows' WHEN k % 10 = 6 THEN 'create_row' WHEN k % 10 = 7 THEN 'delete_row' WHEN k % 10 = 8 THEN 'create_view_filter' ELSE 'move_row' END,
       fixture_gen.uuid('sess', x.u * 10000 + extract(doy FROM x.at)::int), CASE WHEN k % 7 = 0 THEN fixture_gen.uuid('agrp', k / 7) END
FROM generate_series(1, 420) k
CROSS JOIN LATERAL (SELECT (ARRAY[41, 41, 41, 42, 42, 57, 57, 58, 59, 59, 59])[1 + fixture_gen.n('actt', k, 11)] AS tbl) t
JOIN database_table tb ON tb.id = t.tbl JOIN core_application a ON a.id = tb.database_id
CROSS JOIN LATERAL (SELECT pgen.at('acta', k, '2024-01-20', '2024-04-19 16:00:00+00') AS at,
    CASE WHEN t.tbl IN (41, 42) THEN (ARRAY[2, 2, 3, 4, 5, 5, 7, 9])[1 + fixture_gen.n('actu', k, 8)] ELSE (ARRAY[10, 11, 11, 12, 13, 13, 14, 15, 21])[1 + fixture_gen.n('actu', k, 9)] END AS u,
    1 + fixture_gen.n('actr', k, CASE t.tbl WHEN 41 THEN 180 WHEN 42 THEN 120 WHEN 57 THEN 160 WHEN 58 THEN 200 ELSE 300 END) AS rid) x;
UPDATE pgen.act SET fld = (ARRAY[423, 423, 425, 426, 430, 423, 427, 432])[1 + fixture_gen.n('actf', k, 8)] WHERE tbl = 58;
UPDATE pgen.act SET fld = CASE tbl WHEN 41 THEN 301 WHEN 57 THEN 402 ELSE 440 END WHERE typ = 'create_view_filter' AND k % 3 = 0 AND tbl IN (41, 57, 59);
-- rowv: one field of one row of a user table, as JSON.
CREATE FUNCTION pgen.rowv(tbl int, rid int, fld int) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE v jsonb;
BEGIN
  EXECUTE format('SELECT to_jsonb(t) -> %L FROM database_table_%s t WHERE id = $1', 'field_' || fld, tbl) INTO v USING rid;
  RETURN coalesce(v, 'null'::jsonb);
END $$;
INSERT INTO core_action (user_id, workspace_id, session, action_group, type, params, scope, created_on, undone_at, error)
SELECT a.u, a.ws, a.sess, a.grp::uuid, a.typ,
       CASE a.typ
         WHEN 'update_rows' THEN jsonb_build_object('table_id', a.tbl, 'table_name', a.tname, 'database_id', a.db, 'database_name', a.dbname, 'row_ids', jsonb_build_array(a.rid),
           'row_values', jsonb_build_array(jsonb_build_object('id', a.rid, 'field_' || a.fld, pgen.rowv(a.tbl, a.rid, a.fld))),
           'original_rows_values_by_id', jsonb_build_object(a.rid::text, jsonb_build_object('id', a.rid, 'field_' || a.fld, pgen.rowv(a.tbl, 1 + (a.rid * 7) % 120, a.fld))),
           'updated_fields_metadata_by_row_id', jsonb_build_object(a.rid::text, jsonb_build_object('field_' || a.fld, jsonb_build_object('type', (SELECT model FROM django_content_type c JOIN database_field f ON f.content_type_id = c.id WHERE f.id = a.fld)))))
         WHEN 'create_row' THEN jsonb_build_object('table_id', a.tbl, 'table_name', a.tname, 'database_id', a.db, 'database_name', a.dbname, 'row_id', a.rid)
         WHEN 'delete_row' THEN jsonb_build_object('table_id', a.tbl, 'table_name', a.tname, 'database_id', a.db, 'database_name', a.dbname, 'row_id', a.rid)
         WHEN 'move_row' THEN jsonb_build_object('table_id', a.tbl, 'table_name', a.tname, 'database_id', a.db, 'database_name', a.dbname, 'row_id', a.rid,
           'original_row_order', a.rid || '.00000000000000000000', 'original_row_before_id', a.rid + 1)
         ELSE jsonb_build_object('view_id', (SELECT min(id) FROM database_view WHERE table_id = a.tbl), 'view_name', (SELECT name FROM database_view WHERE id = (SELECT min(id) FROM database_view WHERE table_id = a.tbl)),
           'table_id', a.tbl, 'table_name', a.tname, 'database_id', a.db, 'database_name', a.dbname, 'field_id', a.fld, 'filter_type', CASE WHEN a.fld IN (301, 303, 402, 403, 440, 441) THEN 'contains' ELSE 'equal' END,
           'filter_value', CASE WHEN a.k % 3 = 0 AND a.tbl IN (41, 57, 59) THEN split_part(pgen.rowv(a.tbl, a.rid, a.fld) #>> '{}', ' ', 2) ELSE '' END,
           'filter_group_id', NULL, 'view_filter_id', 500 + a.k) END,
       CASE WHEN a.typ = 'create_view_filter' THEN 'view' || (SELECT min(id) FROM database_view WHERE table_id = a.tbl) ELSE 'table' || a.tbl END,
       a.at, CASE WHEN a.k % 23 = 0 THEN a.at + interval '4 seconds' END, NULL
FROM pgen.act a
UNION ALL
SELECT wu.user_id, wu.workspace_id, fixture_gen.uuid('sess', wu.user_id * 10000 + extract(doy FROM wu.created_on)::int), NULL, 'accept_workspace_invitation',
       jsonb_build_object('workspace_id', wu.workspace_id, 'workspace_name', w.name, 'invitation_id', 100 + wu.id), 'root', wu.created_on, NULL, NULL
FROM core_workspaceuser wu JOIN core_workspace w ON w.id = wu.workspace_id WHERE wu.created_on >= '2024-01-20' AND wu.workspace_id IN (1, 2)
UNION ALL
SELECT i.invited_by_id, i.workspace_id, fixture_gen.uuid('sess', i.invited_by_id * 10000 + extract(doy FROM i.created_on)::int), NULL, 'create_workspace_invitation',
       jsonb_build_object('workspace_id', i.workspace_id, 'workspace_name', w.name, 'invitation_id', i.id, 'email', i.email, 'permissions', i.permissions), 'workspace' || i.workspace_id, i.created_on, NULL, NULL
FROM core_workspaceinvitation i JOIN core_workspace w ON w.id = i.workspace_id WHERE i.created_on >= '2024-01-20'
ORDER BY 8;

CREATE TABLE baserow_enterprise_auditlogentry (
    id serial PRIMARY KEY, user_id integer, user_email varchar(150), workspace_id integer, workspace_name varchar(160), action_type text NOT NULL, action_timestamp timestamptz NOT NULL,
    action_params jsonb NOT NULL, untrusted_client_session_id varchar(36), untrusted_client_action_group varchar(36), original_action_short_descr text NOT NULL,
    original_action_long_descr text NOT NULL, original_action_context_descr text NOT NULL, ip_address inet
);
INSERT INTO baserow_enterprise_auditlogentry (user_id, user_email, workspace_id, workspace_name, action_type, action_timestamp, action_params, untrusted_client_session_id,
  untrusted_client_action_group, original_action_short_descr, original_action_long_descr, original_action_context_descr, ip_address)
SELECT a.user_id, u.email, a.workspace_id, w.name, a.type, a.created_on, a.params, a.session, a.action_group::text,
       CASE a.type WHEN 'update_rows' THEN 'Update rows' WHEN 'create_row' THEN 'Create row' WHEN 'delete_row' THEN 'Delete row' WHEN 'move_row' THEN 'Move row'
         WHEN 'create_view_filter' THEN 'Create a view filter' WHEN 'accept_workspace_invitation' THEN 'Accept workspace invitation' ELSE 'Create workspace invitation' END,
       CASE a.type WHEN 'update_rows' THEN 'Rows (' || (a.params ->> 'row_ids') || ') updated'
         WHEN 'create_row' THEN 'Row (' || (a.params ->> 'row_id') || ') created' WHEN 'delete_row' THEN 'Row (' || (a.params ->> 'row_id') || ') deleted'
         WHEN 'move_row' THEN 'Row (' || (a.params ->> 'row_id') || ') moved'
         WHEN 'create_view_filter' THEN 'View filter (' || (a.params ->> 'view_filter_id') || ') created on field "' || (SELECT name FROM database_field WHERE id = (a.params ->> 'field_id')::int) || '" with value "'
           || (a.params ->> 'filter_value') || '"'
         WHEN 'accept_workspace_invitation' THEN 'Invitation (' || (a.params ->> 'invitation_id') || ') to workspace "' || w.name || '" accepted by "' || u.email || '"'
         ELSE 'Invitation (' || (a.params ->> 'invitation_id') || ') sent to "' || (a.params ->> 'email') || '" with permissions "' || (a.params ->> 'permissions') || '"' END,
       CASE WHEN a.params ? 'table_name' THEN 'in table "' || (a.params ->> 'table_name') || '" (' || (a.params ->> 'table_id') || ') of database "' || (a.params ->> 'database_name') || '" ('
           || (a.params ->> 'database_id') || ').' ELSE 'in workspace "' || w.name || '" (' || w.id || ').' END,
       (CASE WHEN u.id <= 9 THEN fixture_gen.pick(ARRAY['85.245.', '188.81.', '89.155.', '2.82.'], 'aip', u.id) WHEN u.id <= 22 THEN fixture_gen.pick(ARRAY['24.78.', '70.64.', '184.68.'], 'aip', u.id) ELSE '92.104.' END
         || fixture_gen.n('aipc', u.id * 7 + CASE WHEN extract(dow FROM a.created_on) IN (0, 6) THEN 1 ELSE 0 END, 256) || '.' || (1 + fixture_gen.n('aipd', u.id * 7 + CASE WHEN extract(dow FROM a.created_on) IN (0, 6) THEN 1 ELSE 0 END, 254)))::inet
FROM core_action a JOIN auth_user u ON u.id = a.user_id JOIN core_workspace w ON w.id = a.workspace_id ORDER BY a.created_on;

-- ---------------------------------------------------------------------------
-- Snapshots and jobs (imports, duplications, templates, snapshots).

CREATE TABLE core_snapshot (
    id serial PRIMARY KEY, name varchar(160) NOT NULL, snapshot_from_application_id integer NOT NULL REFERENCES core_application (id), snapshot_to_application_id integer REFERENCES core_application (id),
    created_by_id integer REFERENCES auth_user (id), created_at timestamptz NOT NULL, mark_for_deletion boolean NOT NULL
);
INSERT INTO core_snapshot (name, snapshot_from_application_id, snapshot_to_application_id, created_by_id, created_at, mark_for_deletion) VALUES
  ('CRM antes da importação HubSpot', 12, NULL, 1, '2023-02-20 09:20:00+00', false), ('CRM 2024-01-08', 12, 17, 2, '2024-01-08 18:02:00+00', false),
  ('Antes da limpeza de leads', 12, NULL, 2, '2024-03-04 10:11:00+00', false), ('Operações – fim de época 2023', 13, NULL, 1, '2023-11-30 17:45:00+00', false),
  ('Before spring cleanup', 15, NULL, 11, '2024-03-21 23:10:00+00', false), ('Pre-2024 archive', 16, NULL, 10, '2024-01-02 15:30:00+00', false),
  ('test', 16, NULL, 13, '2024-02-14 03:00:00+00', true), ('Before Harvest MB report', 16, NULL, 10, '2024-04-02 20:00:00+00', false);

CREATE TABLE core_job (
    id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES auth_user (id), content_type_id integer NOT NULL REFERENCES django_content_type (id), created_on timestamptz NOT NULL,
    updated_on timestamptz NOT NULL, progress_percentage integer NOT NULL, state varchar(20) NOT NULL, error text, human_readable_error text, user_websocket_id varchar(36),
    user_session_id varchar(36), user_action_group_id varchar(36)
);
INSERT INTO core_job (id, user_id, content_type_id, created_on, updated_on, progress_percentage, state, error, human_readable_error, user_websocket_id, user_session_id, user_action_group_id)
SELECT j.id, j.u, j.ct, j.at, j.at + make_interval(secs => 3 + fixture_gen.n('jd', j.id, 90)), CASE WHEN j.st = 'failed' THEN 37 ELSE 100 END, j.st,
       CASE WHEN j.st = 'failed' THEN j.err END, CASE WHEN j.st = 'failed' THEN j.herr END,
       fixture_gen.uuid('jws', j.id), fixture_gen.uuid('sess', j.u * 10000 + extract(doy FROM j.at)::int), CASE WHEN j.id % 2 = 0 THEN fixture_gen.uuid('jag', j.id) END
FROM (SELECT k AS id, x.u, x.ct, x.at, CASE WHEN k IN (4, 19, 31) THEN 'failed' ELSE 'finished' END AS st,
        CASE x.ct WHEN 39 THEN 'ValidationError: [''The value of the field "Phone" in row 14 is not a valid phone number.'']' ELSE 'OperationalError: canceling statement due to statement timeout' END AS err,
        CASE x.ct WHEN 39 THEN 'The file could not be imported: some phone numbers are not valid.' ELSE 'Something went wrong during the duplication.' END AS herr
      FROM generate_series(1, 40) k
      CROSS JOIN LATERAL (SELECT (ARRAY[39, 39, 40, 40, 41, 42, 43, 43, 39, 40])[1 + k % 10] AS ct, (ARRAY[1, 2, 5, 10, 11, 12, 13, 24, 30])[1 + fixture_gen.n('ju', k, 9)] AS u,
                                 pgen.at('jat', k, '2023-01-10', '2024-04-18') AS at) x) j
ORDER BY j.at;
UPDATE core_job SET user_id = 1, created_on = '2023-02-20 09:32:40+00', updated_on = '2023-02-20 09:33:30+00', state = 'finished', progress_percentage = 100, error = NULL, human_readable_error = NULL WHERE id = 1;
UPDATE core_job SET user_id = 11, created_on = '2022-11-04 18:46:50+00', updated_on = '2022-11-04 18:47:40+00', state = 'finished', progress_percentage = 100, error = NULL, human_readable_error = NULL WHERE id = 10;
UPDATE core_job SET user_id = 12, created_on = '2023-03-31 22:06:00+00', updated_on = '2023-03-31 22:06:50+00', state = 'finished', progress_percentage = 100, error = NULL, human_readable_error = NULL WHERE id = 11;

CREATE TABLE database_fileimportjob (
    job_ptr_id integer PRIMARY KEY REFERENCES core_job (id), database_id integer NOT NULL REFERENCES database_database (application_ptr_id), name varchar(255),
    table_id integer REFERENCES database_table (id), first_row_header boolean NOT NULL, data_file varchar(100), report jsonb NOT NULL
);
INSERT INTO database_fileimportjob (job_ptr_id, database_id, name, table_id, first_row_header, data_file, report)
SELECT j.id, x.db, x.name, x.tbl, true, 'import_files/' || fixture_gen.uuid('imp', j.id) || '.json',
       CASE WHEN j.state = 'failed' THEN jsonb_build_object('failing_rows', jsonb_build_object('14', jsonb_build_object('field_' || x.phone, jsonb_build_array(jsonb_build_object('error', 'Please provide a valid phone number.', 'code', 'invalid')))))
            WHEN j.id = 1 THEN '{"failing_rows": {"37": {"field_303": [{"error": "Enter a valid email address.", "code": "invalid"}]}, "81": {"field_303": [{"error": "Enter a valid email address.", "code": "invalid"}]}}}'
            ELSE '{"failing_rows": {}}' END::jsonb
FROM core_job j
CROSS JOIN LATERAL (SELECT CASE j.id WHEN 1 THEN 12 WHEN 10 THEN 15 WHEN 11 THEN 16 ELSE (ARRAY[12, 13, 15, 16, 3, 9])[1 + j.id % 6] END AS db,
                           CASE j.id WHEN 1 THEN 'Clientes' WHEN 10 THEN 'Volunteers' WHEN 11 THEN 'Inventory' END AS name,
                           CASE j.id WHEN 1 THEN 41 WHEN 10 THEN 57 WHEN 11 THEN 58 ELSE (ARRAY[43, 46, 60, 62, 5, 14])[1 + j.id % 6] END AS tbl,
                           CASE WHEN j.id % 6 IN (0, 3) THEN 404 ELSE 304 END AS phone) x
WHERE j.content_type_id = 39 ORDER BY j.id;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
