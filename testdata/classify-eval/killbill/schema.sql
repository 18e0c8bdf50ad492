-- classify-eval fixture (HOLDOUT 18: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Kill Bill 0.24 subscription-billing and payments server on PostgreSQL, in
-- the naming its DDL creates there: lowercase snake_case tables, record_id
-- serial keys beside char(36)/varchar(36) UUID ids, account_record_id and
-- tenant_record_id on every row (search_key1/search_key2 on the queues),
-- created_by/updated_by holding whoever made the change (a Kaui operator's
-- login, an integration's service name, Kill Bill's own internal callers,
-- or, for a shop that passes the shopper through, the customer's email),
-- and the PostgreSQL domains Kill Bill's ddl-postgresql.sql defines
-- (datetime, longtext, mediumtext, mediumblob). Four tenants use it (an EU
-- tenant and Kaui's demo one are idle):
-- Nordlys Fibre (home broadband in the UK, Ireland, Germany and the
-- Netherlands: customer numbers as external keys, bundles keyed by the line's
-- installation address, VoIP add-ons keyed by the phone number), Harvest
-- Table (meal kits in the US, Canada, the UK and France: the shopper's email
-- is the account's external key and the created_by of what they do
-- themselves), Quillmark (B2B e-signature SaaS: companies with parent and
-- child accounts, Salesforce ids, VAT numbers and billing contacts in
-- custom fields) and a QA sandbox. Accounts with names of people of many
-- cultures (companies for Quillmark), first_name_length, emails, address
-- lines, city, state, postal code, country, phones and notes written by the
-- support staff; their history rows keeping earlier addresses and emails;
-- additional account emails (partners, accountants, the finance mailbox);
-- payment methods, payments, attempts whose plugin_properties (bytea JSON)
-- carry Stripe one-time tokens, shoppers' IPs and, on a call-centre flow,
-- whole card numbers with their CVV; transactions with gateway errors;
-- invoices and items (catalogue names, and external charges and credits
-- whose description a support agent typed, naming the customer); bundles,
-- subscriptions and their events; blocking states of the overdue engine;
-- tag definitions (operator copy) and tags; custom fields holding VAT
-- numbers, birth dates, dietary needs, key-safe codes and emergency contacts;
-- the audit log with operators' reason codes and comments; the notification
-- queue and the bus (with their histories) whose event_json serializes
-- account creations and changes, invoice and payment events, payment
-- retries with the failed attempt's properties and push-notification
-- retries with the tenant's callback URL; Quillmark's envelope usage rolled
-- up per workspace; tenants with their API key (public, sent with
-- every call), hashed API secret and salt; tenant_kvs holding the
-- per-tenant plugin configuration (Stripe secret keys, SMTP and Avalara
-- credentials, push-notification callback URLs with tokens) beside catalog
-- XML and invoice templates; Shiro users with SHA-512 hashes and salts,
-- their roles and permissions; Shiro sessions serialized as Java objects;
-- node_infos of the cluster's servers; and three tables of the Stripe
-- plugin whose additional_data JSON keeps the cardholder's name, customer
-- ids, metadata with emails, and Checkout's client secrets.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET client_min_messages = warning;

-- Kill Bill's ddl-postgresql.sql maps the MySQL types its DDL uses.
CREATE DOMAIN datetime AS timestamp without time zone;
CREATE DOMAIN longtext AS text;
CREATE DOMAIN mediumtext AS text;
CREATE DOMAIN mediumblob AS bytea;

CREATE SCHEMA kbgen;

-- ts: a time between two dates, deterministic, to the second.
CREATE FUNCTION kbgen.ts(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- uid: a UUID string for a kind of object and its number.
CREATE FUNCTION kbgen.uid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.uuid('kb-' || tag, i) $$;

-- rnd: random-looking alphanumerics (up to 190 characters).
CREATE FUNCTION kbgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 40), '+/=', ''), 1, len) $$;

-- phone: a phone number as people type it, per country.
CREATE FUNCTION kbgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'GB' THEN CASE WHEN i % 3 = 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6) ELSE '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6) END
    WHEN 'IE' THEN '+353 8' || (3 + fixture_gen.n(tag, i, 7))::text || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 'DE' THEN CASE WHEN i % 2 = 0 THEN '+49 1' || (51 + fixture_gen.n(tag, i, 26))::text || ' ' || fixture_gen.digits(tag, i, 8) ELSE '0' || (30 + fixture_gen.n(tag, i, 60))::text || ' ' || fixture_gen.digits(tag || 'b', i, 7) END
    WHEN 'NL' THEN '+31 6 ' || fixture_gen.digits(tag, i, 8)
    WHEN 'US' THEN CASE WHEN i % 2 = 0 THEN '(' || (201 + fixture_gen.n(tag, i, 700))::text || ') ' ELSE '+1 ' || (201 + fixture_gen.n(tag, i, 700))::text || '-' END || (200 + fixture_gen.n(tag || 'b', i, 700))::text || '-' || fixture_gen.digits(tag || 'c', i, 4)
    WHEN 'CA' THEN '+1 ' || fixture_gen.pick(ARRAY['416', '647', '604', '514', '403'], tag, i) || '-' || (200 + fixture_gen.n(tag || 'b', i, 700))::text || '-' || fixture_gen.digits(tag || 'c', i, 4)
    WHEN 'FR' THEN '0' || fixture_gen.pick(ARRAY['6', '7', '1'], tag, i) || ' ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) || ' ' || fixture_gen.digits(tag || 'd', i, 2)
    WHEN 'IN' THEN '+91 ' || (7 + fixture_gen.n(tag, i, 3))::text || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'b', i, 5)
    WHEN 'JP' THEN '03-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 'BR' THEN '+55 11 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 'NG' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6))::text || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 'ES' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 3) || ' ' || fixture_gen.digits(tag || 'c', i, 3)
    ELSE '+46 70 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) END
$$;

-- Places per country: street names, cities with their state, postcodes.
CREATE TABLE kbgen.place (c text, k int, city text, state text);
INSERT INTO kbgen.place SELECT c, k, cities[k], states[k] FROM (VALUES
  ('GB', ARRAY['Manchester', 'Leeds', 'Bristol', 'Sheffield', 'Nottingham', 'Brighton'], ARRAY['Greater Manchester', 'West Yorkshire', 'Bristol', 'South Yorkshire', 'Nottinghamshire', 'East Sussex']),
  ('IE', ARRAY['Dublin', 'Cork', 'Galway', 'Limerick', 'Kilkenny', 'Sligo'], ARRAY['Co. Dublin', 'Co. Cork', 'Co. Galway', 'Co. Limerick', 'Co. Kilkenny', 'Co. Sligo']),
  ('DE', ARRAY['Hamburg', 'Leipzig', 'Köln', 'Freiburg im Breisgau', 'Münster', 'Dresden'], ARRAY['Hamburg', 'Sachsen', 'Nordrhein-Westfalen', 'Baden-Württemberg', 'Nordrhein-Westfalen', 'Sachsen']),
  ('NL', ARRAY['Utrecht', 'Rotterdam', 'Eindhoven', 'Groningen', 'Haarlem', 'Leiden'], ARRAY['Utrecht', 'Zuid-Holland', 'Noord-Brabant', 'Groningen', 'Noord-Holland', 'Zuid-Holland']),
  ('US', ARRAY['Portland', 'Austin', 'Columbus', 'Raleigh', 'Denver', 'Madison'], ARRAY['OR', 'TX', 'OH', 'NC', 'CO', 'WI']),
  ('CA', ARRAY['Toronto', 'Vancouver', 'Montréal', 'Calgary', 'Ottawa', 'Halifax'], ARRAY['ON', 'BC', 'QC', 'AB', 'ON', 'NS']),
  ('FR', ARRAY['Lyon', 'Nantes', 'Bordeaux', 'Lille', 'Montpellier', 'Rennes'], ARRAY['Auvergne-Rhône-Alpes', 'Pays de la Loire', 'Nouvelle-Aquitaine', 'Hauts-de-France', 'Occitanie', 'Bretagne']),
  ('IN', ARRAY['Bengaluru', 'Pune', 'Hyderabad', 'Chennai', 'Gurugram', 'Kochi'], ARRAY['Karnataka', 'Maharashtra', 'Telangana', 'Tamil Nadu', 'Haryana', 'Kerala']),
  ('JP', ARRAY['Tokyo', 'Osaka', 'Fukuoka', 'Sapporo', 'Nagoya', 'Kyoto'], ARRAY['Tokyo-to', 'Osaka-fu', 'Fukuoka-ken', 'Hokkaido', 'Aichi-ken', 'Kyoto-fu']),
  ('BR', ARRAY['São Paulo', 'Curitiba', 'Belo Horizonte', 'Porto Alegre', 'Recife', 'Campinas'], ARRAY['SP', 'PR', 'MG', 'RS', 'PE', 'SP']),
  ('NG', ARRAY['Lagos', 'Abuja', 'Ibadan', 'Port Harcourt', 'Enugu', 'Kano'], ARRAY['Lagos', 'FCT', 'Oyo', 'Rivers', 'Enugu', 'Kano']),
  ('ES', ARRAY['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Zaragoza'], ARRAY['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bizkaia', 'Zaragoza']),
  ('SE', ARRAY['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Linköping', 'Umeå'], ARRAY['Stockholms län', 'Västra Götaland', 'Skåne', 'Uppsala län', 'Östergötland', 'Västerbotten'])
) v(c, cities, states), generate_series(1, 6) k;

CREATE FUNCTION kbgen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'GB' THEN (1 + fixture_gen.n(tag || 'n', i, 180))::text || ' ' || fixture_gen.pick(ARRAY['Wilmslow Road', 'Chapel Street', 'Beech Grove', 'Stanley Road', 'Mill Lane', 'Queens Drive'], tag, i)
    WHEN 'IE' THEN (1 + fixture_gen.n(tag || 'n', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['Griffith Avenue', 'Ballymun Road', 'Shandon Street', 'Newcastle Road', 'Ashbrook Park'], tag, i)
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Eppendorfer Weg', 'Karl-Liebknecht-Straße', 'Zülpicher Straße', 'Wiehre-Ring', 'Hammer Straße', 'Louisenstraße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))::text
    WHEN 'NL' THEN fixture_gen.pick(ARRAY['Oudegracht', 'Nieuwe Binnenweg', 'Stratumseind', 'Herestraat', 'Zijlweg', 'Breestraat'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 220))::text
    WHEN 'US' THEN (100 + fixture_gen.n(tag || 'n', i, 9800))::text || ' ' || fixture_gen.pick(ARRAY['SE Hawthorne Blvd', 'W 6th St', 'N High St', 'Glenwood Ave', 'E Colfax Ave', 'Williamson St'], tag, i)
    WHEN 'CA' THEN (10 + fixture_gen.n(tag || 'n', i, 2900))::text || ' ' || fixture_gen.pick(ARRAY['Queen St W', 'Commercial Dr', 'rue Saint-Denis', '17 Ave SW', 'Bank St', 'Quinpool Rd'], tag, i)
    WHEN 'FR' THEN (1 + fixture_gen.n(tag || 'n', i, 120))::text || ' ' || fixture_gen.pick(ARRAY['rue de la Part-Dieu', 'boulevard Guist''hau', 'cours Victor Hugo', 'rue Solférino', 'avenue de Lodève', 'rue de Saint-Malo'], tag, i)
    WHEN 'IN' THEN (1 + fixture_gen.n(tag || 'n', i, 400))::text || ', ' || fixture_gen.pick(ARRAY['100 Feet Road, Indiranagar', 'FC Road, Shivajinagar', 'Road No. 36, Jubilee Hills', 'TTK Road, Alwarpet', 'Sector 44', 'MG Road, Ernakulam'], tag, i)
    WHEN 'JP' THEN fixture_gen.pick(ARRAY['2-11-3 Shibuya', '1-4-7 Umeda', '3-2-1 Tenjin', 'Kita 5-jo Nishi 2-chome', '4-1-8 Sakae', '528 Karasuma-dori'], tag, i)
    WHEN 'BR' THEN fixture_gen.pick(ARRAY['Av. Paulista', 'Rua XV de Novembro', 'Av. Afonso Pena', 'Rua dos Andradas', 'Av. Boa Viagem', 'Rua José Paulino'], tag, i) || ', ' || (10 + fixture_gen.n(tag || 'n', i, 2000))::text
    WHEN 'NG' THEN (1 + fixture_gen.n(tag || 'n', i, 60))::text || ' ' || fixture_gen.pick(ARRAY['Admiralty Way, Lekki', 'Aminu Kano Crescent, Wuse II', 'Ring Road', 'Aba Road', 'Ogui Road', 'Zoo Road'], tag, i)
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['Calle de Alcalá', 'Carrer de Mallorca', 'Avinguda del Port', 'Calle Sierpes', 'Gran Vía de Don Diego López de Haro', 'Paseo de la Independencia'], tag, i) || ', ' || (1 + fixture_gen.n(tag || 'n', i, 200))::text
    ELSE fixture_gen.pick(ARRAY['Sveavägen', 'Kungsportsavenyen', 'Södra Förstadsgatan', 'Dragarbrunnsgatan', 'Storgatan', 'Rådhusesplanaden'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 90))::text END
$$;

CREATE FUNCTION kbgen.postcode(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'GB' THEN fixture_gen.pick(ARRAY['M14', 'LS6', 'BS7', 'S11', 'NG7', 'BN2'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'IE' THEN fixture_gen.pick(ARRAY['D09', 'T23', 'H91', 'V94', 'R95', 'F91'], tag, i) || ' ' || fixture_gen.chars(tag, i, 4, 'ACDEFHKNPRTVWXY0123456789')
    WHEN 'DE' THEN fixture_gen.digits(tag, i, 5)
    WHEN 'NL' THEN (1000 + fixture_gen.n(tag, i, 8999))::text || ' ' || fixture_gen.chars(tag, i, 2, 'ABCDEGHJKLNPRSTVWXZ')
    WHEN 'US' THEN fixture_gen.digits(tag, i, 5)
    WHEN 'CA' THEN fixture_gen.chars(tag, i, 1, 'KLMTVH') || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag || 'b', i, 1, 'ABCEGHJKLMNPRSTVXY') || ' ' || fixture_gen.digits(tag || 'c', i, 1) || fixture_gen.chars(tag || 'd', i, 1, 'ABCEGHJKLMNPRSTVXY') || fixture_gen.digits(tag || 'e', i, 1)
    WHEN 'FR' THEN fixture_gen.pick(ARRAY['69', '44', '33', '59', '34', '35'], tag, i) || fixture_gen.digits(tag, i, 3)
    WHEN 'IN' THEN '5600' || fixture_gen.digits(tag, i, 2)
    WHEN 'JP' THEN fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 'BR' THEN fixture_gen.digits(tag, i, 5) || '-' || fixture_gen.digits(tag || 'b', i, 3)
    WHEN 'NG' THEN fixture_gen.digits(tag, i, 6)
    WHEN 'ES' THEN fixture_gen.pick(ARRAY['28', '08', '46', '41', '48', '50'], tag, i) || fixture_gen.digits(tag, i, 3)
    ELSE fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 2) END
$$;

-- Names per culture (kept apart from the helpers' list so countries and
-- names go together for most accounts).
CREATE TABLE kbgen.nm (c text, k int, first text, last text);
INSERT INTO kbgen.nm SELECT c, k, f[k], l[k] FROM (VALUES
  ('GB', ARRAY['Oliver', 'Charlotte', 'Harry', 'Amelia', 'George', 'Isla', 'Rhys', 'Priya'], ARRAY['Whitaker', 'Clarke', 'Hughes', 'Bennett', 'Ahmed', 'Robinson', 'Evans', 'Chaudhry']),
  ('IE', ARRAY['Aoife', 'Cian', 'Siobhán', 'Oisín', 'Niamh', 'Darragh', 'Róisín', 'Seán'], ARRAY['Ó Súilleabháin', 'Byrne', 'Kavanagh', 'Nolan', 'Fitzgerald', 'Mac Giolla', 'Doyle', 'Brennan']),
  ('DE', ARRAY['Lukas', 'Lena', 'Jonas', 'Marie', 'Felix', 'Anna', 'Tobias', 'Leonie'], ARRAY['Becker', 'Wagner', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Wolf', 'Neumann']),
  ('NL', ARRAY['Daan', 'Sanne', 'Bram', 'Fleur', 'Sem', 'Lotte', 'Thijs', 'Noor'], ARRAY['de Jong', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'de Boer', 'Mulder']),
  ('US', ARRAY['Madison', 'Tyler', 'Keisha', 'Marcus', 'Ashley', 'DeShawn', 'Emily', 'Carlos'], ARRAY['Walker', 'Henderson', 'Jackson', 'Reyes', 'Nguyen', 'Coleman', 'Brooks', 'Ramirez']),
  ('CA', ARRAY['Ethan', 'Chloé', 'Liam', 'Maëlle', 'Noah', 'Avery', 'Gabriel', 'Harpreet'], ARRAY['Tremblay', 'Gagnon', 'MacLeod', 'Roy', 'Côté', 'Singh', 'Bouchard', 'Campbell']),
  ('FR', ARRAY['Camille', 'Hugo', 'Léa', 'Louis', 'Inès', 'Arthur', 'Manon', 'Yanis'], ARRAY['Martin', 'Lefebvre', 'Moreau', 'Girard', 'Benali', 'Faure', 'Chevalier', 'Rousseau']),
  ('IN', ARRAY['Aarav', 'Ananya', 'Vihaan', 'Diya', 'Arjun', 'Kavya', 'Rohan', 'Meenakshi'], ARRAY['Iyer', 'Menon', 'Deshpande', 'Bhattacharya', 'Nair', 'Kulkarni', 'Reddy', 'Subramanian']),
  ('JP', ARRAY['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Kenji', 'Sakura'], ARRAY['Sato', 'Takahashi', 'Watanabe', 'Ito', 'Nakamura', 'Kobayashi', 'Yamamoto', 'Mori']),
  ('BR', ARRAY['João', 'Ana Clara', 'Gustavo', 'Beatriz', 'Rafael', 'Larissa', 'Thiago', 'Camila'], ARRAY['Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida', 'Nascimento', 'Carvalho', 'Ribeiro']),
  ('NG', ARRAY['Chinedu', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Emeka', 'Zainab', 'Tunde', 'Ngozi'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Abubakar', 'Ogunleye', 'Obi']),
  ('ES', ARRAY['Pablo', 'Lucía', 'Álvaro', 'Martina', 'Iker', 'Nerea', 'Jordi', 'Carmen'], ARRAY['García', 'Fernández', 'Etxeberria', 'Puig', 'Jiménez', 'Navarro', 'Ortega', 'Vidal']),
  ('SE', ARRAY['Erik', 'Astrid', 'Oskar', 'Elsa', 'Viktor', 'Maja', 'Anders', 'Freja'], ARRAY['Lindqvist', 'Bergström', 'Nyström', 'Eriksson', 'Holm', 'Sundberg', 'Lundgren', 'Åberg'])
) v(c, f, l), generate_series(1, 8) k;

-- Operators: Kaui users (the back office) whose logins end up in created_by.
CREATE TABLE kbgen.op (k int PRIMARY KEY, login text, t int, role text);
INSERT INTO kbgen.op VALUES
  (1, 'admin', 0, 'root'), (2, 'sofia.marquez', 2, 'support'), (3, 'k.adeyemi', 1, 'support'), (4, 'tomasz.wrobel', 1, 'finance'),
  (5, 'hanna.lindqvist', 3, 'finance'), (6, 'priya.venkatesan@harvesttable.example', 2, 'support_lead'), (7, 'd.okonkwo', 1, 'support_lead'),
  (8, 'yuki.morimoto', 3, 'support'), (9, 'aoife.nic.amhlaoibh', 1, 'support'), (10, 'marc-antoine.leroux', 2, 'finance'),
  (11, 'ops-terraform', 0, 'root'), (12, 'bruno.ferraz@quillmark.example', 3, 'support_lead'), (13, 'readonly-bi', 0, 'readonly'),
  (14, 'ingrid.sorensen', 1, 'finance'), (15, 'jamal.haddad', 2, 'support');

-- The operator of a tenant for row i (admin and the tenant's staff).
CREATE FUNCTION kbgen.opr(t int, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT login FROM (SELECT login, row_number() OVER (ORDER BY k) - 1 AS r, count(*) OVER () AS c FROM kbgen.op WHERE op.t = $1 OR k = 1) x
  WHERE r = fixture_gen.n(tag, i, c::int)
$$;

-- Companies (Quillmark's customers and a few employers of home-office users).
CREATE TABLE kbgen.co (k int PRIMARY KEY, c text, name text, dom text);
INSERT INTO kbgen.co VALUES
  (1, 'US', 'Brightwater Logistics Inc.', 'brightwater-logistics.example'), (2, 'DE', 'Hanse Küchenbau GmbH', 'hanse-kuechenbau.example'),
  (3, 'FR', 'Atelier Verdier SARL', 'atelier-verdier.example'), (4, 'IN', 'Sahyadri Agritech Pvt Ltd', 'sahyadri-agritech.example'),
  (5, 'JP', 'Kobayashi Precision K.K.', 'kobayashi-precision.example'), (6, 'BR', 'Cerrado Energia Ltda', 'cerrado-energia.example'),
  (7, 'NG', 'Lekki Harbour Properties Ltd', 'lekki-harbour.example'), (8, 'ES', 'Bodegas Etxeberria S.L.', 'bodegas-etxeberria.example'),
  (9, 'SE', 'Nordvik Arkitekter AB', 'nordvik-ark.example'), (10, 'GB', 'Pennine Veterinary Group Ltd', 'pennine-vets.example'),
  (11, 'US', 'Cascade Dental Partners LLC', 'cascade-dental.example'), (12, 'DE', 'Rheinwerk Stiftung', 'rheinwerk-stiftung.example'),
  (13, 'FR', 'Cabinet Girard & Associés', 'cabinet-girard.example'), (14, 'IN', 'Meridian Clinical Research LLP', 'meridian-cro.example'),
  (15, 'US', 'Tallgrass Property Management', 'tallgrass-pm.example'), (16, 'GB', 'Harbour & Finch Solicitors LLP', 'harbourfinch.example'),
  (17, 'ES', 'Clínica Dental Ortega', 'clinica-ortega.example'), (18, 'SE', 'Lundgren Bygg & Fastighet AB', 'lundgren-bygg.example'),
  (19, 'BR', 'Escola Nascimento de Idiomas', 'escola-nascimento.example'), (20, 'NG', 'Abubakar & Sons Haulage', 'abubakar-haulage.example');

-- Accounts. 1-110 Nordlys Fibre (tenant 1), 111-240 Harvest Table (2),
-- 241-310 Quillmark (3; 241-260 parents, 261-300 children, 301-310
-- sole traders), 311-320 the QA sandbox (4).
CREATE TABLE kbgen.a AS
SELECT i, t, c, nc, kind, first, last, co_k, parent,
       kbgen.uid('account', i) AS id,
       kbgen.ts('acr', i, CASE t WHEN 1 THEN timestamp '2021-02-01' WHEN 2 THEN timestamp '2021-09-01' WHEN 3 THEN timestamp '2022-01-10' ELSE timestamp '2024-01-01' END, timestamp '2024-05-20') AS created
FROM (
  SELECT i, t, c, kind, co_k, parent,
         CASE WHEN fixture_gen.n('anc', i, 5) = 0 AND kind <> 'company' THEN fixture_gen.pick(ARRAY['GB', 'IE', 'DE', 'NL', 'US', 'CA', 'FR', 'IN', 'JP', 'BR', 'NG', 'ES', 'SE'], 'anc2', i) ELSE c END AS nc
  FROM (
    SELECT i,
           CASE WHEN i <= 110 THEN 1 WHEN i <= 240 THEN 2 WHEN i <= 310 THEN 3 ELSE 4 END AS t,
           CASE WHEN i <= 110 THEN fixture_gen.pick(ARRAY['GB', 'GB', 'GB', 'IE', 'DE', 'DE', 'NL'], 'ac', i)
                WHEN i <= 240 THEN fixture_gen.pick(ARRAY['US', 'US', 'US', 'CA', 'GB', 'FR'], 'ac', i)
                WHEN i <= 260 THEN (SELECT c FROM kbgen.co WHERE k = i - 240)
                WHEN i <= 300 THEN (SELECT c FROM kbgen.co WHERE k = 1 + (i - 261) % 20)
                WHEN i <= 310 THEN fixture_gen.pick(ARRAY['GB', 'DE', 'FR', 'IN', 'US', 'ES', 'SE', 'NG'], 'ac', i)
                ELSE 'US' END AS c,
           CASE WHEN i BETWEEN 241 AND 300 THEN 'company' WHEN i BETWEEN 301 AND 310 THEN 'sole' WHEN i > 310 THEN 'qa' ELSE 'person' END AS kind,
           CASE WHEN i BETWEEN 241 AND 260 THEN i - 240 WHEN i BETWEEN 261 AND 300 THEN 1 + (i - 261) % 20 END AS co_k,
           CASE WHEN i BETWEEN 261 AND 300 THEN 241 + (i - 261) % 20 END AS parent
    FROM generate_series(1, 320) i) x) y
CROSS JOIN LATERAL (SELECT first FROM kbgen.nm WHERE nm.c = y.nc AND nm.k = 1 + fixture_gen.n('af', y.i, 8)) f
CROSS JOIN LATERAL (SELECT last FROM kbgen.nm WHERE nm.c = y.nc AND nm.k = 1 + fixture_gen.n('al', y.i, 8)) l;

ALTER TABLE kbgen.a ADD name text, ADD fnl int, ADD email text, ADD ext_key text, ADD company text, ADD addr1 text, ADD addr2 text, ADD city text,
  ADD state text, ADD country text, ADD postal text, ADD phone text, ADD tz text, ADD locale text, ADD currency text, ADD bcd int, ADD notes text,
  ADD created_by text, ADD pk int, ADD vat text;

UPDATE kbgen.a SET first = 'QA', last = 'Tester ' || (i - 310) WHERE kind = 'qa';

UPDATE kbgen.a a SET
  name = CASE WHEN kind = 'company' AND parent IS NULL THEN co.name
              WHEN kind = 'company' THEN co.name || ' – ' || fixture_gen.pick(ARRAY['Finance', 'HR', 'Legal', 'Sales', 'Operations', 'Procurement'], 'adept', i)
              WHEN nc = 'JP' AND i % 3 = 0 THEN last || ' ' || first
              ELSE first || ' ' || last END,
  fnl = CASE WHEN kind IN ('person', 'sole', 'qa') THEN length(first) END,
  company = CASE WHEN kind = 'company' THEN co.name
                 WHEN kind = 'sole' THEN first || ' ' || last || ' ' || fixture_gen.pick(ARRAY['Translations', 'Design Studio', 'Consulting', 'Photography', 'Bookkeeping'], 'asole', i)
                 WHEN t = 1 AND i % 9 = 0 THEN fixture_gen.pick(ARRAY['Whitaker & Hughes Accountants', 'Leeds Community Law Centre', 'Stadtwerke Leipzig', 'Rabobank', 'University of Galway', 'NHS Greater Manchester'], 'aemp', i)
                 WHEN t = 4 THEN 'Acme QA' END,
  email = CASE WHEN kind = 'company' THEN fixture_gen.pick(ARRAY['accounts.payable', 'billing', 'finance', 'ap', 'invoices'], 'aem', i) || '@' || co.dom
               WHEN kind = 'qa' THEN 'qa+' || (i - 310) || '@quillmark.example'
               ELSE CASE fixture_gen.n('aemf', i, 4) WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 97)::text
                      WHEN 2 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) ELSE fixture_gen.ascii(last) || '_' || fixture_gen.ascii(first) END
                    || '@' || CASE a.c WHEN 'GB' THEN fixture_gen.pick(ARRAY['gmail.com', 'btinternet.com', 'outlook.com', 'sky.com'], 'aed', i)
                                     WHEN 'IE' THEN fixture_gen.pick(ARRAY['gmail.com', 'eircom.net'], 'aed', i) WHEN 'DE' THEN fixture_gen.pick(ARRAY['gmx.de', 'web.de', 't-online.de'], 'aed', i)
                                     WHEN 'NL' THEN fixture_gen.pick(ARRAY['ziggo.nl', 'gmail.com', 'kpnmail.nl'], 'aed', i) WHEN 'FR' THEN fixture_gen.pick(ARRAY['orange.fr', 'free.fr', 'laposte.net'], 'aed', i)
                                     ELSE fixture_gen.pick(ARRAY['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me'], 'aed', i) END END,
  country = a.c,
  tz = CASE a.c WHEN 'GB' THEN 'Europe/London' WHEN 'IE' THEN 'Europe/Dublin' WHEN 'DE' THEN 'Europe/Berlin' WHEN 'NL' THEN 'Europe/Amsterdam'
              WHEN 'US' THEN fixture_gen.pick(ARRAY['America/Los_Angeles', 'America/Chicago', 'America/New_York', 'America/Denver'], 'atz', i)
              WHEN 'CA' THEN fixture_gen.pick(ARRAY['America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Halifax'], 'atz', i)
              WHEN 'FR' THEN 'Europe/Paris' WHEN 'IN' THEN 'Asia/Kolkata' WHEN 'JP' THEN 'Asia/Tokyo' WHEN 'BR' THEN 'America/Sao_Paulo'
              WHEN 'NG' THEN 'Africa/Lagos' WHEN 'ES' THEN 'Europe/Madrid' ELSE 'Europe/Stockholm' END,
  locale = CASE a.c WHEN 'GB' THEN 'en_GB' WHEN 'IE' THEN 'en_IE' WHEN 'DE' THEN 'de_DE' WHEN 'NL' THEN 'nl_NL' WHEN 'US' THEN 'en_US'
                  WHEN 'CA' THEN CASE WHEN i % 3 = 0 THEN 'fr_CA' ELSE 'en_CA' END WHEN 'FR' THEN 'fr_FR' WHEN 'IN' THEN 'en_IN' WHEN 'JP' THEN 'ja_JP'
                  WHEN 'BR' THEN 'pt_BR' WHEN 'NG' THEN 'en_NG' WHEN 'ES' THEN 'es_ES' ELSE 'sv_SE' END,
  currency = CASE WHEN t = 3 AND a.c IN ('IN', 'NG', 'BR') THEN 'USD' ELSE CASE a.c WHEN 'GB' THEN 'GBP' WHEN 'US' THEN 'USD' WHEN 'CA' THEN 'CAD' WHEN 'JP' THEN 'JPY' WHEN 'SE' THEN 'SEK' ELSE 'EUR' END END,
  bcd = 1 + fixture_gen.n('abcd', i, 28),
  addr1 = kbgen.street(a.c, 'ast', i),
  addr2 = CASE WHEN fixture_gen.n('aa2', i, 4) = 0 THEN
            CASE a.c WHEN 'GB' THEN 'Flat ' || (1 + fixture_gen.n('aa2n', i, 24)) WHEN 'US' THEN 'Apt ' || (1 + fixture_gen.n('aa2n', i, 30)) || fixture_gen.pick(ARRAY['A', 'B', 'C'], 'aa2l', i)
                   WHEN 'CA' THEN 'Unit ' || (100 + fixture_gen.n('aa2n', i, 1800)) WHEN 'DE' THEN fixture_gen.pick(ARRAY['2. OG links', 'Hinterhaus', 'c/o ' || last, '3. OG'], 'aa2p', i)
                   WHEN 'NL' THEN 'huisnummer ' || fixture_gen.pick(ARRAY['bis', 'A', '2-hoog'], 'aa2p', i) WHEN 'FR' THEN fixture_gen.pick(ARRAY['Bâtiment B', 'Appt 12', 'Résidence Les Tilleuls'], 'aa2p', i)
                   WHEN 'IE' THEN fixture_gen.pick(ARRAY['Apartment 7', 'The Old Rectory', 'Unit 3'], 'aa2p', i)
                   ELSE fixture_gen.pick(ARRAY['Suite 400', 'Floor 3', 'Building C', '5th Floor'], 'aa2p', i) END END,
  postal = kbgen.postcode(a.c, 'apc', i),
  phone = CASE WHEN kind = 'qa' THEN '+1 555-0100' WHEN fixture_gen.n('aph', i, 9) = 0 THEN NULL ELSE kbgen.phone(a.c, 'aph', i) END,
  vat = CASE WHEN kind NOT IN ('company', 'sole') THEN NULL
             WHEN a.c IN ('DE', 'FR') THEN (SELECT v FROM generate_series(0, 30) g CROSS JOIN LATERAL fixture_gen.vat('avat' || g, coalesce(a.co_k * 1000, i)) v WHERE left(v, 2) = a.c ORDER BY g LIMIT 1)
             WHEN a.c = 'ES' THEN 'ESB' || fixture_gen.digits('avat', coalesce(a.co_k * 1000, i), 8) WHEN a.c = 'SE' THEN 'SE' || fixture_gen.digits('avat', coalesce(a.co_k * 1000, i), 10) || '01'
             WHEN a.c = 'GB' THEN 'GB' || fixture_gen.digits('avat', coalesce(a.co_k * 1000, i), 9) WHEN a.c = 'IN' THEN '27' || fixture_gen.pan('avat', coalesce(a.co_k * 1000, i)) || '1Z' || fixture_gen.digits('avatz', coalesce(a.co_k * 1000, i), 1) END
FROM kbgen.co co WHERE co.k = coalesce(a.co_k, 1);

UPDATE kbgen.a a SET email = replace(a.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM kbgen.a) d WHERE d.i = a.i AND d.rn > 1;
UPDATE kbgen.a a SET city = p.city, state = CASE WHEN a.c IN ('GB', 'DE', 'NL', 'SE') AND a.i % 3 <> 0 THEN NULL ELSE p.state END
FROM kbgen.place p WHERE p.c = a.c AND p.k = 1 + fixture_gen.n('acity', a.i, 6);
UPDATE kbgen.a SET city = 'San Francisco', state = 'CA', addr1 = '1 Test Way', postal = '94105', addr2 = NULL WHERE kind = 'qa';

UPDATE kbgen.a SET ext_key = CASE t WHEN 1 THEN 'NF-' || (4000000 + i * 373)::text WHEN 2 THEN email
                                   WHEN 3 THEN '0015g00000' || kbgen.rnd('asf', i, 8) ELSE 'qa-sandbox-' || lpad((i - 310)::text, 3, '0') END;

-- Who created the account: Nordlys's CRM sync or an agent, Harvest Table's
-- storefront passing the shopper's email, Quillmark's provisioning or staff.
UPDATE kbgen.a SET created_by = CASE
    WHEN t = 1 THEN CASE WHEN i % 4 = 0 THEN kbgen.opr(1, 'acb', i) ELSE 'nordlys-crm-sync' END
    WHEN t = 2 THEN CASE WHEN i % 5 = 0 THEN kbgen.opr(2, 'acb', i) ELSE email END
    WHEN t = 3 THEN CASE WHEN i % 3 = 0 THEN kbgen.opr(3, 'acb', i) ELSE 'quillmark-provisioning' END
    ELSE 'qa-automation' END;

UPDATE kbgen.a SET notes = CASE fixture_gen.n('anote', i, 7)
    WHEN 0 THEN 'Invoices must quote PO ' || (4500000000 + i * 911) || '; send to ' || email || ' and cc the controller.'
    WHEN 1 THEN 'Procurement contact ' || first || ' ' || last || ' (' || coalesce(phone, 'no phone') || ') approves renewals.'
    WHEN 2 THEN 'Net 30 terms agreed in the MSA.'
    WHEN 3 THEN 'Tax exempt: certificate on file.'
    ELSE NULL END
WHERE kind = 'company';
UPDATE kbgen.a SET notes = CASE fixture_gen.n('anote', i, 14)
    WHEN 0 THEN 'Customer called ' || to_char(created + interval '40 days', 'DD Mon YYYY') || ' from ' || coalesce(phone, 'a withheld number') || ' about a double charge; refunded, see ticket #' || (10000 + i * 7)
    WHEN 1 THEN 'Partner ' || (SELECT first FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('anp', a.i, 8)) || ' ' || last || ' handles billing questions, reach on ' || kbgen.phone(c, 'anph', i)
    WHEN 2 THEN 'Moved house; old address ' || kbgen.street(c, 'aold', i) || ', ' || kbgen.postcode(c, 'aoldp', i) || '. Keep statements going to the new one.'
    WHEN 3 THEN 'Vulnerable customer flag: hearing impaired, contact by email only (' || email || ').'
    WHEN 4 THEN 'Goodwill credit agreed by ' || kbgen.opr(t, 'anop', i) || ' after the outage in March.'
    WHEN 5 THEN 'Migrated from legacy billing (Zuora) in batch 3.'
    WHEN 6 THEN 'Annual plan, invoice in advance. PO required on every invoice.'
    WHEN 7 THEN 'Do not suspend during school holidays: carer for ' || fixture_gen.pick(ARRAY['her mother', 'his father', 'a disabled son', 'an elderly neighbour'], 'ancare', i) || ', relies on the line for telecare alarm.'
    WHEN 8 THEN 'Dunning paused until the end of the month at the customer''s request.'
    ELSE NULL END
WHERE kind IN ('person', 'sole');
UPDATE kbgen.a SET notes = 'Fixture account for checkout tests; card 4242, do not charge.' WHERE kind = 'qa' AND i % 2 = 0;

-- ---------------------------------------------------------------------------
-- Tenants and their key/value store.

CREATE TABLE tenants (
    record_id serial unique,
    id varchar(36) NOT NULL,
    external_key varchar(255) NULL,
    api_key varchar(128) NULL,
    api_secret varchar(128) NULL,
    api_salt varchar(128) NULL,
    created_date datetime NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date datetime DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX tenants_id ON tenants(id);
CREATE UNIQUE INDEX tenants_api_key ON tenants(api_key);

-- api_secret: Shiro's SimpleHash("SHA-512", secret, salt, 1024) in base64;
-- api_salt: the 16 random bytes in base64.
INSERT INTO tenants (record_id, id, external_key, api_key, api_secret, api_salt, created_date, created_by, updated_date, updated_by)
SELECT k, kbgen.uid('tenant', k), ext, key, fixture_gen.b64('tsec', k, 64), fixture_gen.b64('tsalt', k, 16), c, cb, c + interval '3 days', cb
FROM (VALUES (1, 'nordlys-fibre', 'nordlys', timestamp '2021-01-14 10:02:11', 'ops-terraform'), (2, 'harvest-table', 'harvest-table', timestamp '2021-08-30 15:40:02', 'ops-terraform'),
  (3, 'quillmark', 'quillmark-prod', timestamp '2021-12-02 09:11:45', 'admin'), (4, 'qa-sandbox', 'bob', timestamp '2023-12-18 13:00:00', 'admin'),
  (5, 'quillmark-eu', 'quillmark-eu', timestamp '2024-03-04 08:30:19', 'ops-terraform'), (6, 'kaui-demo', 'demo', timestamp '2021-01-14 10:05:40', 'admin')) v(k, ext, key, c, cb);

CREATE TABLE tenant_kvs (
   record_id serial unique,
   id varchar(36) NOT NULL,
   tenant_record_id bigint NOT NULL default 0,
   tenant_key varchar(255) NOT NULL,
   tenant_value mediumtext NOT NULL,
   is_active boolean default true,
   created_date datetime NOT NULL,
   created_by varchar(50) NOT NULL,
   updated_date datetime DEFAULT NULL,
   updated_by varchar(50) DEFAULT NULL,
   PRIMARY KEY(record_id)
);
CREATE INDEX tenant_kvs_trid_key ON tenant_kvs(tenant_record_id, tenant_key);

CREATE TABLE kbgen.kv (n serial, t int, key text, val text, active boolean, at timestamp, by text);
-- Plugin configuration (java.util.Properties text), per tenant and version.
INSERT INTO kbgen.kv (t, key, val, active, at, by)
SELECT t, 'PLUGIN_CONFIG_killbill-stripe',
       'org.killbill.billing.plugin.stripe.apiKey=' || 's' || 'k_live_51' || kbgen.rnd('stk', t * 10 + v, 97) || E'\n'
    || 'org.killbill.billing.plugin.stripe.publicKey=' || 'p' || 'k_live_51' || kbgen.rnd('spk', t * 10 + v, 97) || E'\n'
    || 'org.killbill.billing.plugin.stripe.chargeDescription=' || d || E'\n'
    || 'org.killbill.billing.plugin.stripe.chargeStatementDescriptor=' || upper(left(replace(d, ' ', ''), 12)) || E'\n'
    || 'org.killbill.billing.plugin.stripe.cancelOn3DSAuthorizationExpiration=true',
       v = 2, timestamp '2021-03-01' + (t * 40 + v * 200) * interval '1 day', CASE WHEN v = 1 THEN 'ops-terraform' ELSE kbgen.opr(t, 'kvb', v) END
FROM (VALUES (1, 'Nordlys Fibre broadband'), (2, 'Harvest Table meal kits'), (3, 'Quillmark subscription'), (5, 'Quillmark EU')) x(t, d), generate_series(1, 2) v;
INSERT INTO kbgen.kv (t, key, val, active, at, by)
SELECT t, 'PLUGIN_CONFIG_killbill-email-notifications',
       'org.killbill.billing.plugin.email-notifications.defaultEvents=INVOICE_PAYMENT_FAILED,INVOICE_PAYMENT_SUCCESS,UPCOMING_INVOICE,SUBSCRIPTION_CANCELLATION_REQUESTED' || E'\n'
    || 'org.killbill.billing.plugin.email-notifications.smtp.host=' || host || E'\n'
    || 'org.killbill.billing.plugin.email-notifications.smtp.port=587' || E'\n'
    || 'org.killbill.billing.plugin.email-notifications.smtp.useAuthentication=true' || E'\n'
    || 'org.killbill.billing.plugin.email-notifications.smtp.userName=' || usr || E'\n'
    || 'org.killbill.billing.plugin.email-notifications.smtp.password=' || CASE WHEN host LIKE '%sendgrid%' THEN 'S' || 'G.' || kbgen.rnd('sgk', t, 22) || '.' || kbgen.rnd('sgs', t, 43) ELSE kbgen.rnd('smtpp', t, 20) END || E'\n'
    || 'org.killbill.billing.plugin.email-notifications.smtp.defaultSender=' || snd || E'\n'
    || 'org.killbill.billing.plugin.email-notifications.smtp.useSSL=false',
       true, timestamp '2021-04-10' + t * interval '37 days', 'ops-terraform'
FROM (VALUES (1, 'smtp.sendgrid.net', 'apikey', 'billing@nordlys-fibre.example'), (2, 'email-smtp.us-east-1.amazonaws.com', 'AKIA' || 'Q3EGRT' || 'X5LMNB7KQ2', 'hello@harvesttable.example'),
  (3, 'smtp.sendgrid.net', 'apikey', 'invoices@quillmark.example')) x(t, host, usr, snd);
INSERT INTO kbgen.kv (t, key, val, active, at, by) VALUES
  (2, 'PLUGIN_CONFIG_killbill-avatax', 'org.killbill.billing.plugin.avatax.url=https://rest.avatax.com/api/v2' || E'\n' || 'org.killbill.billing.plugin.avatax.accountId=1100' || fixture_gen.digits('ava', 1, 6)
     || E'\n' || 'org.killbill.billing.plugin.avatax.licenseKey=' || upper(fixture_gen.hexn('aval', 1, 16)) || E'\n' || 'org.killbill.billing.plugin.avatax.companyCode=HARVESTTABLE' || E'\n'
     || 'org.killbill.billing.plugin.avatax.commitDocuments=true', true, '2021-09-20 11:12:00', 'ops-terraform'),
  (3, 'PLUGIN_CONFIG_killbill-analytics', 'org.killbill.billing.plugin.analytics.lockSleepMilliSeconds=100' || E'\n' || 'org.killbill.billing.plugin.analytics.blacklist=' || E'\n'
     || 'org.killbill.billing.plugin.analytics.refreshDelaySeconds=10', true, '2022-01-05 12:00:00', 'admin');
-- Where Kill Bill pushes each tenant's events: the receiver checks the token.
INSERT INTO kbgen.kv (t, key, val, active, at, by)
SELECT t, 'PUSH_NOTIFICATION_CB', url, true, timestamp '2021-05-01' + t * interval '51 days', 'ops-terraform'
FROM (VALUES (1, 'https://crm.nordlys-fibre.example/api/killbill/callback?token=' || kbgen.rnd('pcb', 1, 32)),
  (2, 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zap', 2, 7) || '/' || lower(kbgen.rnd('zapk', 2, 6)) || '/'),
  (3, 'https://kb-events:' || kbgen.rnd('pcbp', 3, 24) || '@events.quillmark.example/killbill'),
  (4, 'http://127.0.0.1:8080/callmeback')) x(t, url);
INSERT INTO kbgen.kv (t, key, val, active, at, by)
SELECT t, 'PER_TENANT_CONFIG', '{"org.killbill.payment.retry.days":"' || r || '","org.killbill.invoice.dryRunNotificationSchedule":"' || d || '","org.killbill.payment.plugin.timeout":"30s","org.killbill.invoice.maxDailyNumberOfItemsSafetyBound":"' || (t * 5 + 10) || '","org.killbill.overdue.uri":"killbill-overdue-' || t || '.xml"}',
       true, timestamp '2021-06-01' + t * interval '17 days', 'admin'
FROM (VALUES (1, '8,8,8', '7d'), (2, '1,2,3', '3d'), (3, '3,7,14', '14d'), (4, '1', '0d')) x(t, r, d);
INSERT INTO kbgen.kv (t, key, val, active, at, by)
SELECT t, 'CATALOG', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' || E'\n' || '<catalog xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="CatalogSchema.xsd">' || E'\n'
    || '  <effectiveDate>' || to_char(timestamp '2021-01-01' + v * interval '180 days', 'YYYY-MM-DD') || 'T00:00:00+00:00</effectiveDate>' || E'\n' || '  <catalogName>' || cat || '</catalogName>' || E'\n'
    || '  <recurringBillingMode>IN_ADVANCE</recurringBillingMode>' || E'\n' || '  <currencies><currency>' || cur || '</currency></currencies>' || E'\n'
    || '  <products>' || (SELECT string_agg('<product name="' || p || '"><category>BASE</category></product>', '') FROM unnest(prods) p) || '</products>' || E'\n' || '</catalog>',
       v = 3, timestamp '2021-01-20' + v * interval '180 days' + t * interval '2 days', CASE WHEN v = 1 THEN 'admin' ELSE kbgen.opr(t, 'kvc', v) END
FROM (VALUES (1, 'NordlysFibre', 'GBP', ARRAY['Fibre150', 'Fibre500', 'Fibre900', 'VoiceLine', 'StaticIP']), (2, 'HarvestTable', 'USD', ARRAY['ClassicBox', 'FamilyBox', 'VeggieBox', 'WinePairing']),
  (3, 'Quillmark', 'USD', ARRAY['Starter', 'Team', 'Business', 'Enterprise', 'ExtraEnvelopes'])) x(t, cat, cur, prods), generate_series(1, 3) v;
INSERT INTO kbgen.kv (t, key, val, active, at, by)
SELECT t, 'OVERDUE_CONFIG', '<overdueConfig><accountOverdueStates><initialReevaluationInterval><unit>DAYS</unit><number>' || d || '</number></initialReevaluationInterval>'
    || '<state name="OD1"><condition><timeSinceEarliestUnpaidInvoiceEqualsOrExceeds><unit>DAYS</unit><number>' || d || '</number></timeSinceEarliestUnpaidInvoiceEqualsOrExceeds></condition>'
    || '<externalMessage>Reminder: your payment is overdue</externalMessage><blockChanges>true</blockChanges><disableEntitlementAndChangesBlocked>false</disableEntitlementAndChangesBlocked></state>'
    || '<state name="OD2"><externalMessage>Service suspended</externalMessage><blockChanges>true</blockChanges><disableEntitlementAndChangesBlocked>true</disableEntitlementAndChangesBlocked></state></accountOverdueStates></overdueConfig>',
       true, timestamp '2021-07-01' + t * interval '23 days', 'admin'
FROM (VALUES (1, 14), (2, 5), (3, 30)) x(t, d);
INSERT INTO kbgen.kv (t, key, val, active, at, by)
SELECT t, 'INVOICE_TEMPLATE', '<html><head><meta charset="UTF-8"><title>{{text.invoiceTitle}}</title></head><body>' || E'\n'
    || '<div class="header"><img src="' || logo || '"/><p>' || addr || '</p></div>' || E'\n'
    || '<p>{{text.invoiceNumber}} {{invoice.formattedInvoiceNumber}} &mdash; {{text.invoiceDate}} {{invoice.formattedInvoiceDate}}</p>' || E'\n'
    || '<p>{{account.name}}<br/>{{account.address1}}<br/>{{account.city}} {{account.postalCode}}<br/>{{account.country}}</p>' || E'\n'
    || '<table>{{#invoice.invoiceItems}}<tr><td>{{description}}</td><td>{{formattedAmount}}</td></tr>{{/invoice.invoiceItems}}</table>' || E'\n'
    || '<p class="footer">Questions? ' || sup || '</p></body></html>',
       true, timestamp '2021-08-01' + t * interval '29 days', kbgen.opr(t, 'kvt', t)
FROM (VALUES (1, 'https://static.nordlys-fibre.example/brand/invoice-logo.png', 'Nordlys Fibre Ltd, 3 Whitworth Street West, Manchester M1 5WW, VAT GB 318 4477 02', 'Call 0330 808 4410 or write to help@nordlys-fibre.example'),
  (2, 'https://cdn.harvesttable.example/img/logo.svg', 'Harvest Table Inc., 500 NW 9th Ave, Portland OR 97209', 'support@harvesttable.example'),
  (3, 'https://quillmark.example/assets/mark.png', 'Quillmark Inc., 2 Embarcadero Center, San Francisco CA 94111', 'billing@quillmark.example')) x(t, logo, addr, sup);
INSERT INTO kbgen.kv (t, key, val, active, at, by)
SELECT t, 'INVOICE_TRANSLATION_' || loc, 'invoiceTitle=' || ti || E'\ninvoiceNumber=' || nu || E'\ninvoiceDate=' || da || E'\ninvoiceAmount=' || am,
       true, timestamp '2021-08-15' + t * interval '29 days' + length(loc) * interval '1 hour', kbgen.opr(t, 'kvl', length(loc))
FROM (VALUES (1, 'de_DE', 'Rechnung', 'Rechnungsnummer', 'Rechnungsdatum', 'Betrag'), (1, 'nl_NL', 'Factuur', 'Factuurnummer', 'Factuurdatum', 'Bedrag'),
  (2, 'fr_CA', 'Facture', 'Numéro de facture', 'Date de facture', 'Montant'), (2, 'fr_FR', 'Facture', 'Numéro de facture', 'Date', 'Montant'),
  (3, 'ja_JP', '請求書', '請求書番号', '請求日', '金額'), (3, 'pt_BR', 'Fatura', 'Número da fatura', 'Data da fatura', 'Valor')) x(t, loc, ti, nu, da, am);
INSERT INTO kbgen.kv (t, key, val, active, at, by) VALUES
  (1, 'PLUGIN_PAYMENT_STATE_MACHINE_killbill-stripe', '<stateMachineConfig><stateMachines><stateMachine name="BIG_BANG"><states><state name="BIG_BANG_INIT"/></states></stateMachine></stateMachines></stateMachineConfig>', true, '2022-02-11 16:20:00', 'tomasz.wrobel'),
  (6, 'PUSH_NOTIFICATION_CB', 'https://webhook.site/' || kbgen.uid('whs', 1), false, '2021-01-15 09:00:00', 'admin');

INSERT INTO tenant_kvs (record_id, id, tenant_record_id, tenant_key, tenant_value, is_active, created_date, created_by, updated_date, updated_by)
SELECT n, kbgen.uid('tkv', n), t, key, val, active, at, by, at, by FROM kbgen.kv ORDER BY n;

-- ---------------------------------------------------------------------------
-- Accounts and their emails, with history.

CREATE TABLE accounts (
    record_id serial unique,
    id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    email varchar(128) DEFAULT NULL,
    name varchar(100) DEFAULT NULL,
    first_name_length int DEFAULT NULL,
    currency varchar(3) DEFAULT NULL,
    billing_cycle_day_local int DEFAULT NULL,
    parent_account_id varchar(36) DEFAULT NULL,
    is_payment_delegated_to_parent boolean DEFAULT false,
    payment_method_id varchar(36) DEFAULT NULL,
    reference_time datetime NOT NULL,
    time_zone varchar(50) NOT NULL,
    locale varchar(5) DEFAULT NULL,
    address1 varchar(100) DEFAULT NULL,
    address2 varchar(100) DEFAULT NULL,
    company_name varchar(50) DEFAULT NULL,
    city varchar(50) DEFAULT NULL,
    state_or_province varchar(50) DEFAULT NULL,
    country varchar(50) DEFAULT NULL,
    postal_code varchar(16) DEFAULT NULL,
    phone varchar(25) DEFAULT NULL,
    notes varchar(4096) DEFAULT NULL,
    migrated boolean default false,
    created_date datetime NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date datetime DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX accounts_id ON accounts(id);
CREATE UNIQUE INDEX accounts_external_key ON accounts(external_key, tenant_record_id);
CREATE INDEX accounts_parents ON accounts(parent_account_id);
CREATE INDEX accounts_tenant_record_id ON accounts(tenant_record_id);
CREATE INDEX accounts_email_tenant_record_id ON accounts(email, tenant_record_id);
CREATE INDEX accounts_company_name_tenant_record_id ON accounts(company_name, tenant_record_id);
CREATE INDEX accounts_name_tenant_record_id ON accounts(name, tenant_record_id);

CREATE TABLE account_history (
    record_id serial unique,
    id varchar(36) NOT NULL,
    target_record_id bigint not null,
    external_key varchar(255) NOT NULL,
    email varchar(128) DEFAULT NULL,
    name varchar(100) DEFAULT NULL,
    first_name_length int DEFAULT NULL,
    currency varchar(3) DEFAULT NULL,
    billing_cycle_day_local int DEFAULT NULL,
    parent_account_id varchar(36) DEFAULT NULL,
    is_payment_delegated_to_parent boolean default false,
    payment_method_id varchar(36) DEFAULT NULL,
    reference_time datetime NOT NULL,
    time_zone varchar(50) NOT NULL,
    locale varchar(5) DEFAULT NULL,
    address1 varchar(100) DEFAULT NULL,
    address2 varchar(100) DEFAULT NULL,
    company_name varchar(50) DEFAULT NULL,
    city varchar(50) DEFAULT NULL,
    state_or_province varchar(50) DEFAULT NULL,
    country varchar(50) DEFAULT NULL,
    postal_code varchar(16) DEFAULT NULL,
    phone varchar(25) DEFAULT NULL,
    notes varchar(4096) DEFAULT NULL,
    migrated boolean default false,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX account_history_target_record_id ON account_history(target_record_id);
CREATE INDEX account_history_tenant_record_id ON account_history(tenant_record_id);

-- Changes: one account in three changed something after creation (moved,
-- new email, new phone, renamed after marriage); the history keeps both.
CREATE TABLE kbgen.ach AS
SELECT i, fixture_gen.n('achk', i, 4) AS what, created + make_interval(days => 20 + fixture_gen.n('achd', i, 400), secs => fixture_gen.n('achs', i, 80000)) AS at,
       CASE WHEN t = 2 AND i % 2 = 0 THEN email ELSE kbgen.opr(t, 'achb', i) END AS by
FROM kbgen.a WHERE i % 3 = 1 AND kind <> 'qa';
UPDATE kbgen.ach SET at = timestamp '2024-06-20' - make_interval(days => fixture_gen.n('achc', i, 30)) WHERE at > timestamp '2024-06-28';

-- The state before the change (what the INSERT row of the history keeps).
CREATE TABLE kbgen.aold AS
SELECT a.i, CASE WHEN h.what = 1 THEN fixture_gen.ascii(a.first) || fixture_gen.pick(ARRAY['.', '_', ''], 'aoe', a.i) || fixture_gen.ascii(a.last) || (1960 + a.i % 45)::text || '@' || fixture_gen.pick(ARRAY['hotmail.com', 'aol.com', 'yahoo.com', 'gmx.net'], 'aoed', a.i) ELSE a.email END AS email,
       CASE WHEN h.what = 3 AND a.kind = 'person' THEN a.first || ' ' || (SELECT last FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('amaiden', a.i, 8)) ELSE a.name END AS name,
       CASE WHEN h.what = 0 THEN kbgen.street(a.c, 'aold', a.i) ELSE a.addr1 END AS addr1,
       CASE WHEN h.what = 0 THEN NULL ELSE a.addr2 END AS addr2,
       CASE WHEN h.what = 0 THEN kbgen.postcode(a.c, 'aoldp', a.i) ELSE a.postal END AS postal,
       CASE WHEN h.what = 0 THEN (SELECT city FROM kbgen.place p WHERE p.c = a.c AND p.k = 1 + fixture_gen.n('aoldc', a.i, 6)) ELSE a.city END AS city,
       CASE WHEN h.what = 2 THEN kbgen.phone(a.c, 'aoldph', a.i) ELSE a.phone END AS phone
FROM kbgen.a a JOIN kbgen.ach h ON h.i = a.i;

INSERT INTO accounts (record_id, id, external_key, email, name, first_name_length, currency, billing_cycle_day_local, parent_account_id, is_payment_delegated_to_parent,
    payment_method_id, reference_time, time_zone, locale, address1, address2, company_name, city, state_or_province, country, postal_code, phone, notes, migrated,
    created_date, created_by, updated_date, updated_by, tenant_record_id)
SELECT a.i, a.id, a.ext_key, a.email, a.name, a.fnl, a.currency, a.bcd, p.id, a.parent IS NOT NULL AND a.i % 2 = 0,
       CASE WHEN a.parent IS NOT NULL AND a.i % 2 = 0 THEN NULL ELSE kbgen.uid('pm', a.i) END, a.created, a.tz, a.locale, a.addr1, a.addr2, a.company, a.city, a.state, a.country,
       a.postal, a.phone, a.notes, coalesce(a.notes LIKE 'Migrated%', false), a.created, a.created_by, coalesce(h.at, a.created), coalesce(h.by, a.created_by), a.t
FROM kbgen.a a LEFT JOIN kbgen.a p ON p.i = a.parent LEFT JOIN kbgen.ach h ON h.i = a.i ORDER BY a.i;

INSERT INTO account_history (id, target_record_id, external_key, email, name, first_name_length, currency, billing_cycle_day_local, parent_account_id, is_payment_delegated_to_parent,
    payment_method_id, reference_time, time_zone, locale, address1, address2, company_name, city, state_or_province, country, postal_code, phone, notes, migrated,
    change_type, created_by, created_date, updated_by, updated_date, tenant_record_id)
SELECT id, record_id, external_key, email, name, first_name_length, currency, billing_cycle_day_local, parent_account_id, is_payment_delegated_to_parent, payment_method_id,
       reference_time, time_zone, locale, address1, address2, company_name, city, state_or_province, country, postal_code, phone, notes, migrated,
       change_type, created_by, created_date, updated_by, updated_date, tenant_record_id
FROM (
  SELECT ac.*, 'INSERT' AS change_type, 0 AS ord FROM accounts ac WHERE ac.record_id NOT IN (SELECT i FROM kbgen.ach)
  UNION ALL
  SELECT ac.record_id, ac.id, CASE WHEN ac.tenant_record_id = 2 THEN o.email ELSE ac.external_key END, o.email, o.name, ac.first_name_length, ac.currency, ac.billing_cycle_day_local,
         ac.parent_account_id, ac.is_payment_delegated_to_parent, NULL, ac.reference_time, ac.time_zone, ac.locale, o.addr1, o.addr2, ac.company_name, o.city,
         ac.state_or_province, ac.country, o.postal, o.phone, NULL, ac.migrated, ac.created_date, ac.created_by, ac.created_date, ac.created_by, ac.tenant_record_id, 'INSERT', 0
  FROM accounts ac JOIN kbgen.aold o ON o.i = ac.record_id
  UNION ALL
  SELECT ac.*, 'UPDATE', 1 FROM accounts ac WHERE ac.record_id IN (SELECT i FROM kbgen.ach)
) x ORDER BY created_date + make_interval(secs => ord), record_id;
-- An UPDATE row's created_by/created_date are the change's.
UPDATE account_history SET created_by = updated_by, created_date = updated_date WHERE change_type = 'UPDATE';

-- Harvest Table keys accounts by email: a changed email changed the key too.
UPDATE accounts a SET external_key = a.email FROM kbgen.ach h WHERE h.i = a.record_id AND a.tenant_record_id = 2;

CREATE TABLE account_emails (
    record_id serial unique,
    id varchar(36) NOT NULL,
    account_id varchar(36) NOT NULL,
    email varchar(128) NOT NULL,
    is_active boolean default true,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX account_email_id ON account_emails(id);
CREATE INDEX account_email_account_id_email ON account_emails(account_id, email);
CREATE INDEX account_emails_tenant_account_record_id ON account_emails(tenant_record_id, account_record_id);

CREATE TABLE account_email_history (
    record_id serial unique,
    id varchar(36) NOT NULL,
    target_record_id bigint not null,
    account_id varchar(36) NOT NULL,
    email varchar(128) NOT NULL,
    is_active boolean default true,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX account_email_target_record_id ON account_email_history(target_record_id);
CREATE INDEX account_email_history_tenant_account_record_id ON account_email_history(tenant_record_id, account_record_id);

-- Extra recipients of invoices: a partner, an accountant, a finance mailbox,
-- the billing contact of a Quillmark customer.
CREATE TABLE kbgen.ae AS
SELECT row_number() OVER (ORDER BY a.i, g.k) AS n, a.i, a.id, a.t, a.c, g.k,
       CASE WHEN a.kind = 'company' THEN fixture_gen.ascii(x.first) || '.' || fixture_gen.ascii(x.last) || '@' || co.dom
            WHEN g.k = 2 THEN fixture_gen.pick(ARRAY['office', 'buchhaltung', 'accounts', 'boekhouding'], 'aeac', a.i) || '@' || fixture_gen.pick(ARRAY['steuerberater-krause.example', 'ledgerline.example', 'mcallister-tax.example', 'administratiekantoor-visser.example'], 'aead', a.i)
            ELSE fixture_gen.ascii(x.first) || '.' || fixture_gen.ascii(a.last) || fixture_gen.pick(ARRAY['', '', '77', '.home'], 'aeh', a.i) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'icloud.com', 'outlook.com', 'gmx.de'], 'aepd', a.i) END AS email,
       a.created + make_interval(days => 1 + fixture_gen.n('aedd', a.i * 3 + g.k, 300)) AS at,
       CASE WHEN a.t = 2 AND g.k = 1 THEN a.email ELSE kbgen.opr(a.t, 'aeb', a.i * 3 + g.k) END AS by,
       fixture_gen.n('aeoff', a.i * 3 + g.k, 6) <> 0 AS active
FROM kbgen.a a JOIN kbgen.co co ON co.k = coalesce(a.co_k, 1) CROSS JOIN generate_series(1, 2) g(k)
CROSS JOIN LATERAL (SELECT (SELECT first FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('aef', a.i * 3 + g.k, 8)) AS first,
                           (SELECT last FROM kbgen.nm WHERE nm.c = a.c AND nm.k = 1 + fixture_gen.n('ael', a.i * 3 + g.k, 8)) AS last) x
WHERE a.kind <> 'qa' AND (a.kind = 'company' OR (g.k = 1 AND a.i % 4 = 0) OR (g.k = 2 AND a.i % 7 = 0));
UPDATE kbgen.ae SET at = timestamp '2024-06-25' - make_interval(hours => n::int) WHERE at > timestamp '2024-06-28';

INSERT INTO account_emails (record_id, id, account_id, email, is_active, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT n, kbgen.uid('aem', n), id, email, active, by, at, by, CASE WHEN active THEN at ELSE least(at + interval '90 days', timestamp '2024-06-27 18:00:00') END, i, t FROM kbgen.ae ORDER BY n;

INSERT INTO account_email_history (id, target_record_id, account_id, email, is_active, change_type, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT id, record_id, account_id, email, act, ct, created_by, d, updated_by, d, account_record_id, tenant_record_id
FROM (SELECT e.*, true AS act, 'INSERT' AS ct, e.created_date AS d FROM account_emails e
      UNION ALL SELECT e.*, false, 'DELETE', e.updated_date FROM account_emails e WHERE NOT e.is_active) x
ORDER BY d, record_id;

-- ---------------------------------------------------------------------------
-- Bundles, subscriptions and their events.

CREATE TABLE bundles (
    record_id serial unique,
    id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    account_id varchar(36) NOT NULL,
    last_sys_update_date datetime,
    original_created_date datetime NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX bundles_id ON bundles(id);
CREATE INDEX bundles_key ON bundles(external_key);
CREATE INDEX bundles_account ON bundles(account_id);
CREATE INDEX bundles_tenant_account_record_id ON bundles(tenant_record_id, account_record_id);

CREATE TABLE subscriptions (
    record_id serial unique,
    id varchar(36) NOT NULL,
    bundle_id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    category varchar(32) NOT NULL,
    start_date datetime NOT NULL,
    bundle_start_date datetime NOT NULL,
    charged_through_date datetime DEFAULT NULL,
    migrated boolean NOT NULL default FALSE,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX subscriptions_id ON subscriptions(id);
CREATE UNIQUE INDEX subscriptions_external_key ON subscriptions(external_key, tenant_record_id);
CREATE INDEX subscriptions_bundle_id ON subscriptions(bundle_id);
CREATE INDEX subscriptions_tenant_account_record_id ON subscriptions(tenant_record_id, account_record_id);

CREATE TABLE subscription_events (
    record_id serial unique,
    id varchar(36) NOT NULL,
    event_type varchar(15) NOT NULL,
    user_type varchar(25) DEFAULT NULL,
    effective_date datetime NOT NULL,
    subscription_id varchar(36) NOT NULL,
    plan_name varchar(255) DEFAULT NULL,
    phase_name varchar(255) DEFAULT NULL,
    price_list_name varchar(64) DEFAULT NULL,
    billing_cycle_day_local int DEFAULT NULL,
    is_active boolean default true,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX subscription_events_id ON subscription_events(id);
CREATE INDEX idx_ent_1 ON subscription_events(subscription_id, is_active, effective_date);
CREATE INDEX subscription_events_tenant_account_record_id ON subscription_events(tenant_record_id, account_record_id);

-- Plans per tenant: (plan, product, monthly price, add-on?).
CREATE TABLE kbgen.plan (t int, k int, plan text, product text, price numeric, addon boolean, trial int);
INSERT INTO kbgen.plan VALUES
  (1, 1, 'fibre-150-monthly', 'Fibre150', 25.00, false, 0), (1, 2, 'fibre-500-monthly', 'Fibre500', 35.00, false, 0), (1, 3, 'fibre-900-monthly', 'Fibre900', 50.00, false, 0),
  (1, 4, 'voice-line-monthly', 'VoiceLine', 8.00, true, 0), (1, 5, 'static-ip-monthly', 'StaticIP', 5.00, true, 0),
  (2, 1, 'classic-box-2p-monthly', 'ClassicBox', 59.96, false, 7), (2, 2, 'family-box-4p-monthly', 'FamilyBox', 99.92, false, 7), (2, 3, 'veggie-box-2p-monthly', 'VeggieBox', 55.96, false, 7),
  (2, 4, 'wine-pairing-monthly', 'WinePairing', 39.00, true, 0),
  (3, 1, 'starter-monthly', 'Starter', 15.00, false, 14), (3, 2, 'team-monthly', 'Team', 45.00, false, 14), (3, 3, 'business-annual', 'Business', 1188.00, false, 30),
  (3, 4, 'enterprise-annual', 'Enterprise', 6000.00, false, 0), (3, 5, 'extra-envelopes-usage', 'ExtraEnvelopes', 0, true, 0),
  (4, 1, 'qa-plan-monthly', 'QAPlan', 10.00, false, 0);

CREATE TABLE kbgen.sub AS
SELECT row_number() OVER (ORDER BY a.i, s.k) AS n, a.i, a.t, a.id AS account_id, a.c, a.phone, a.addr1, a.postal, a.email, a.created, a.created_by, a.kind, a.co_k, s.k AS sk, p.plan, p.product, p.price, p.addon, p.trial,
       a.created + make_interval(mins => 5 + s.k) AS start,
       CASE WHEN fixture_gen.n('subc', a.i * 10 + s.k, 9) = 0 THEN a.created + make_interval(days => 60 + fixture_gen.n('subcd', a.i * 10 + s.k, 500)) END AS cancelled
FROM kbgen.a a
CROSS JOIN LATERAL (SELECT 1 AS k, 1 + fixture_gen.n('subp', a.i, CASE a.t WHEN 1 THEN 3 WHEN 2 THEN 3 WHEN 3 THEN 4 ELSE 1 END) AS pk
                    UNION ALL SELECT 2, 4 WHERE a.t IN (1, 2) AND a.i % 3 = 0
                    UNION ALL SELECT 3, 5 WHERE (a.t = 1 AND a.i % 5 = 0) OR (a.t = 3 AND a.parent IS NULL)) s
JOIN kbgen.plan p ON p.t = a.t AND p.k = s.pk;
UPDATE kbgen.sub SET cancelled = NULL WHERE cancelled > timestamp '2024-06-20';
ALTER TABLE kbgen.sub ADD id text, ADD bundle_id text, ADD bkey text, ADD skey text;
UPDATE kbgen.sub s SET id = kbgen.uid('sub', n), bundle_id = kbgen.uid('bundle', i),
  bkey = CASE t WHEN 1 THEN 'line:' || upper(replace(postal, ' ', '')) || ':' || addr1 WHEN 2 THEN 'HT-' || (700000 + i * 41)::text
                WHEN 3 THEN 'qm-ws-' || regexp_replace(lower((SELECT name FROM kbgen.co WHERE co.k = coalesce(s.co_k, 0))), '[^a-z0-9]+', '-', 'g') || '-' || i ELSE 'qa-bundle-' || i END;
UPDATE kbgen.sub SET bkey = 'qm-ws-' || fixture_gen.ascii(split_part(email, '@', 1)) || '-' || i WHERE t = 3 AND co_k IS NULL;
UPDATE kbgen.sub SET skey = CASE WHEN t = 1 AND product = 'VoiceLine' THEN 'voip:' || regexp_replace(coalesce(phone, kbgen.phone(c, 'voip', i)), '[^0-9+]', '', 'g')
                                 ELSE bkey || '/' || lower(product) END;

INSERT INTO bundles (record_id, id, external_key, account_id, last_sys_update_date, original_created_date, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT DISTINCT ON (i) i, bundle_id, bkey, account_id, NULL::timestamp, start, created_by, start, created_by, start, i, t FROM kbgen.sub ORDER BY i, sk;

INSERT INTO subscriptions (record_id, id, bundle_id, external_key, category, start_date, bundle_start_date, charged_through_date, migrated, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT n, id, bundle_id, skey, CASE WHEN addon THEN 'ADD_ON' ELSE 'BASE' END, start, created + interval '5 minutes',
       CASE WHEN cancelled IS NOT NULL THEN cancelled WHEN product = 'ExtraEnvelopes' THEN NULL WHEN plan LIKE '%annual' THEN timestamp '2024-06-01' + make_interval(days => 30 + (i % 300)) ELSE date_trunc('month', timestamp '2024-07-01') + make_interval(days => i % 28) END,
       false, created_by, start, created_by, coalesce(cancelled, start), i, t
FROM kbgen.sub ORDER BY n;

-- Events: creation, end of trial, some plan changes and cancellations.
CREATE TABLE kbgen.sev AS
SELECT s.*, e.et, e.ut, e.eff, e.pl, e.ph, e.by FROM kbgen.sub s
CROSS JOIN LATERAL (
  SELECT 'API_USER' AS et, 'CREATE' AS ut, s.start AS eff, s.plan AS pl, s.plan || CASE WHEN s.trial > 0 THEN '-trial' ELSE '-evergreen' END AS ph, s.created_by AS by
  UNION ALL SELECT 'PHASE', NULL, s.start + make_interval(days => s.trial), s.plan, s.plan || '-evergreen', 'SubscriptionBaseTransition' WHERE s.trial > 0
  UNION ALL SELECT 'API_USER', 'CHANGE', s.start + make_interval(days => 45 + fixture_gen.n('sevch', s.n, 200)), replace(replace(s.plan, 'classic', 'family'), 'team', 'business'),
                   replace(replace(s.plan, 'classic', 'family'), 'team', 'business') || '-evergreen',
                   CASE WHEN s.t = 2 AND s.n % 2 = 0 THEN s.email ELSE kbgen.opr(s.t, 'sevb', s.n) END
            WHERE s.n % 6 = 1 AND NOT s.addon AND s.t IN (2, 3)
  UNION ALL SELECT 'API_USER', 'CANCEL', s.cancelled, NULL, NULL, CASE WHEN s.t = 2 THEN s.email ELSE kbgen.opr(s.t, 'sevx', s.n) END WHERE s.cancelled IS NOT NULL
) e;
INSERT INTO subscription_events (id, event_type, user_type, effective_date, subscription_id, plan_name, phase_name, price_list_name, billing_cycle_day_local, is_active,
    created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT kbgen.uid('sev', row_number() OVER (ORDER BY eff, n)), et, ut, eff, id, pl, ph, CASE WHEN pl IS NOT NULL THEN 'DEFAULT' END, NULL, true, by,
       CASE WHEN et = 'PHASE' THEN start ELSE eff END, by, CASE WHEN et = 'PHASE' THEN start ELSE eff END, i, t
FROM kbgen.sev ORDER BY 4, kbgen.sev.n;
UPDATE subscription_events SET created_date = timestamp '2024-06-27 12:00:00' - make_interval(mins => record_id::int), updated_date = timestamp '2024-06-27 12:00:00' - make_interval(mins => record_id::int)
WHERE created_date > timestamp '2024-06-27 12:00:00';

-- ---------------------------------------------------------------------------
-- Invoices, their items and payments.

CREATE TABLE invoices (
    record_id serial unique,
    id varchar(36) NOT NULL,
    account_id varchar(36) NOT NULL,
    invoice_date date NOT NULL,
    target_date date,
    currency varchar(3) NOT NULL,
    status varchar(15) NOT NULL DEFAULT 'COMMITTED',
    migrated boolean NOT NULL,
    parent_invoice boolean NOT NULL DEFAULT FALSE,
    grp_id varchar(36) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX invoices_id ON invoices(id);
CREATE INDEX invoices_account ON invoices(account_id ASC);
CREATE INDEX invoices_tenant_account_record_id ON invoices(tenant_record_id, account_record_id);

CREATE TABLE invoice_items (
    record_id serial unique,
    id varchar(36) NOT NULL,
    type varchar(24) NOT NULL,
    invoice_id varchar(36) NOT NULL,
    account_id varchar(36) NOT NULL,
    child_account_id varchar(36),
    bundle_id varchar(36),
    subscription_id varchar(36),
    description varchar(255),
    product_name varchar(255),
    plan_name varchar(255),
    phase_name varchar(255),
    usage_name varchar(255),
    catalog_effective_date datetime,
    start_date date,
    end_date date,
    amount numeric(15,9) NOT NULL,
    rate numeric(15,9) NULL,
    currency varchar(3) NOT NULL,
    linked_item_id varchar(36),
    quantity numeric(15,9),
    item_details text,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX invoice_items_id ON invoice_items(id);
CREATE INDEX invoice_items_subscription_id ON invoice_items(subscription_id ASC);
CREATE INDEX invoice_items_invoice_id ON invoice_items(invoice_id ASC);
CREATE INDEX invoice_items_account_id ON invoice_items(account_id ASC);
CREATE INDEX invoice_items_tenant_account_record_id ON invoice_items(tenant_record_id, account_record_id);

CREATE TABLE invoice_payments (
    record_id serial unique,
    id varchar(36) NOT NULL,
    type varchar(24) NOT NULL,
    invoice_id varchar(36) NOT NULL,
    payment_id varchar(36),
    payment_date datetime NOT NULL,
    amount numeric(15,9) NOT NULL,
    currency varchar(3) NOT NULL,
    processed_currency varchar(3) NOT NULL,
    payment_cookie_id varchar(255) DEFAULT NULL,
    linked_invoice_payment_id varchar(36) DEFAULT NULL,
    status varchar(50) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX invoice_payments_id ON invoice_payments(id);
CREATE INDEX invoice_payments_invoice_id ON invoice_payments(invoice_id);
CREATE INDEX invoice_payments_reversals ON invoice_payments(linked_invoice_payment_id);
CREATE INDEX invoice_payments_payment_id ON invoice_payments(payment_id);
CREATE INDEX invoice_payments_payment_cookie_id ON invoice_payments(payment_cookie_id);
CREATE INDEX invoice_payments_tenant_account_record_id ON invoice_payments(tenant_record_id, account_record_id);

CREATE TABLE invoice_tracking_ids (
    record_id serial unique,
    id varchar(36) NOT NULL,
    tracking_id varchar(128) NOT NULL,
    invoice_id varchar(36) NOT NULL,
    subscription_id varchar(36),
    unit_type varchar(255) NOT NULL,
    record_date date NOT NULL,
    is_active boolean default true,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) DEFAULT NULL,
    updated_date datetime DEFAULT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX invoice_tracking_tenant_account_date_idx ON invoice_tracking_ids(tenant_record_id, account_record_id, record_date);

-- Invoices: the first one when the subscriptions start, then April and May
-- 2024 on the billing cycle day for accounts still subscribed.
CREATE TABLE kbgen.inv AS
SELECT row_number() OVER (ORDER BY d, a.i) AS n, a.i, a.t, a.id AS account_id, a.currency, a.c, a.email, a.name, a.addr1, a.kind, k, d
FROM kbgen.a a
CROSS JOIN LATERAL (SELECT 1 AS k, a.created::date + CASE WHEN a.t = 2 THEN 7 ELSE 0 END AS d
                    UNION ALL SELECT k, make_date(2024, 3 + k, a.bcd) FROM generate_series(2, 3) k
                    WHERE make_date(2024, 3 + k, a.bcd) > a.created::date + 20
                      AND EXISTS (SELECT 1 FROM kbgen.sub s WHERE s.i = a.i AND NOT s.addon AND s.plan NOT LIKE '%annual' AND (s.cancelled IS NULL OR s.cancelled > make_date(2024, 3 + k, a.bcd)))) x
WHERE EXISTS (SELECT 1 FROM kbgen.sub s WHERE s.i = a.i);
ALTER TABLE kbgen.inv ADD id text, ADD by text, ADD status text;
UPDATE kbgen.inv SET id = kbgen.uid('inv', n),
  by = CASE WHEN k = 1 THEN (SELECT created_by FROM kbgen.a WHERE a.i = inv.i) ELSE fixture_gen.pick(ARRAY['SubscriptionBaseTransition', 'InvoiceDispatcher', 'SubscriptionBaseTransition'], 'invb', n) END,
  status = CASE WHEN n % 53 = 0 THEN 'VOID' WHEN k = 3 AND n % 41 = 0 THEN 'DRAFT' ELSE 'COMMITTED' END;

CREATE TABLE kbgen.ii (n serial, inv int, type text, sub_n int, descr text, amount numeric, quantity numeric, details text, by text, sd date, ed date, linked int);
-- Recurring and trial items.
INSERT INTO kbgen.ii (inv, type, sub_n, descr, amount, quantity, details, by, sd, ed)
SELECT v.n, CASE WHEN v.k = 1 AND s.trial > 0 THEN 'FIXED' ELSE 'RECURRING' END, s.n,
       s.plan || CASE WHEN v.k = 1 AND s.trial > 0 THEN '-trial' ELSE '-evergreen' END,
       CASE WHEN v.k = 1 AND s.trial > 0 THEN 0 ELSE s.price END, NULL, NULL, v.by, v.d,
       CASE WHEN v.k = 1 AND s.trial > 0 THEN v.d + s.trial WHEN s.plan LIKE '%annual' THEN (v.d + interval '1 year')::date ELSE (v.d + interval '1 month')::date END
FROM kbgen.inv v JOIN kbgen.sub s ON s.i = v.i AND s.product <> 'ExtraEnvelopes' AND (s.cancelled IS NULL OR s.cancelled > v.d) AND (v.k = 1 OR s.plan NOT LIKE '%annual');
-- Usage of envelopes beyond the plan, billed in arrears in May.
INSERT INTO kbgen.ii (inv, type, sub_n, descr, amount, quantity, details, by, sd, ed)
SELECT v.n, 'USAGE', s.n, 'extra-envelopes-usage-evergreen', q * 0.5, q,
       '{"tierDetails":[{"tier":1,"tierUnit":"envelopes","tierPrice":0.50,"tierBlockSize":1,"quantity":' || q || ',"amount":' || (q * 0.5) || '}],"amount":' || (q * 0.5) || '}', v.by,
       (v.d - interval '1 month')::date, v.d
FROM kbgen.inv v JOIN kbgen.sub s ON s.i = v.i AND s.product = 'ExtraEnvelopes' CROSS JOIN LATERAL (SELECT 20 + fixture_gen.n('envq', v.n, 400) AS q) z WHERE v.k = 3;
-- Sales tax computed by Avalara for US meal kits.
INSERT INTO kbgen.ii (inv, type, sub_n, descr, amount, quantity, details, by, sd, ed)
SELECT v.n, 'TAX', NULL, (SELECT state FROM kbgen.a WHERE a.i = v.i) || ' STATE TAX', round((SELECT sum(amount) FROM kbgen.ii WHERE ii.inv = v.n) * 0.0625, 2), NULL, NULL, 'killbill-avatax', v.d, NULL
FROM kbgen.inv v WHERE v.t = 2 AND v.c = 'US' AND EXISTS (SELECT 1 FROM kbgen.ii WHERE ii.inv = v.n AND ii.amount > 0);
-- Charges and credits an agent added by hand, described in their words.
INSERT INTO kbgen.ii (inv, type, sub_n, descr, amount, quantity, details, by, sd, ed)
SELECT v.n, CASE WHEN j < 4 THEN 'EXTERNAL_CHARGE' ELSE 'CREDIT_ADJ' END, NULL,
       CASE j
         WHEN 0 THEN 'Engineer visit ' || to_char(v.d - 9, 'DD/MM') || ' - no fault found, ' || split_part(v.name, ' ', 1) || ' not at home'
         WHEN 1 THEN 'Replacement router (previous unit damaged)'
         WHEN 2 THEN 'Late box redelivery to ' || v.addr1
         WHEN 3 THEN 'Onboarding workshop for ' || split_part(v.name, ' – ', 1)
         WHEN 4 THEN 'Goodwill credit - ' || v.name || ' complained about the outage, see call ' || (9000 + v.n)
         WHEN 5 THEN 'Outage credit March 2024'
         ELSE 'Credit: box left with neighbour, refused by ' || split_part(v.name, ' ', 1) END,
       CASE WHEN j < 4 THEN (ARRAY[65, 49, 9.99, 350])[j + 1] ELSE -(ARRAY[10, 5, 15])[j - 3] END, NULL, NULL, kbgen.opr(v.t, 'iiob', v.n), v.d, NULL
FROM kbgen.inv v CROSS JOIN LATERAL (SELECT CASE v.t WHEN 1 THEN (ARRAY[0, 1, 4, 5])[1 + fixture_gen.n('iij', v.n, 4)] WHEN 2 THEN (ARRAY[2, 6, 4])[1 + fixture_gen.n('iij', v.n, 3)] ELSE 3 END AS j) z
WHERE v.n % 9 = 4 AND v.t IN (1, 2, 3) AND v.kind <> 'qa';
-- Credits applied to the next invoice (CBA).
INSERT INTO kbgen.ii (inv, type, sub_n, descr, amount, quantity, details, by, sd, ed, linked)
SELECT ii.inv, 'CBA_ADJ', NULL, NULL, -ii.amount, NULL, NULL, ii.by, ii.sd, ii.sd, NULL FROM kbgen.ii WHERE type = 'CREDIT_ADJ';

INSERT INTO invoices (record_id, id, account_id, invoice_date, target_date, currency, status, migrated, parent_invoice, grp_id, created_by, created_date, account_record_id, tenant_record_id)
SELECT n, id, account_id, d, d, currency, status, false, false, id, by, d + make_interval(secs => 3600 + fixture_gen.n('invt', n, 7200)), i, t FROM kbgen.inv ORDER BY n;

INSERT INTO invoice_items (record_id, id, type, invoice_id, account_id, child_account_id, bundle_id, subscription_id, description, product_name, plan_name, phase_name, usage_name,
    catalog_effective_date, start_date, end_date, amount, rate, currency, linked_item_id, quantity, item_details, created_by, created_date, account_record_id, tenant_record_id)
SELECT ii.n, kbgen.uid('ii', ii.n), ii.type, v.id, v.account_id, NULL, s.bundle_id, s.id,
       CASE WHEN ii.type IN ('EXTERNAL_CHARGE', 'CREDIT_ADJ', 'TAX') THEN ii.descr WHEN ii.type = 'CBA_ADJ' THEN NULL ELSE s.product || ' ' || initcap(replace(ii.descr, '-', ' ')) END,
       s.product, s.plan, CASE WHEN ii.type IN ('RECURRING', 'FIXED', 'USAGE') THEN ii.descr END, CASE WHEN ii.type = 'USAGE' THEN 'envelopes-in-arrear' END,
       CASE WHEN s.id IS NOT NULL THEN timestamp '2021-01-21 00:00:00' END, ii.sd, ii.ed, ii.amount, CASE WHEN ii.type = 'RECURRING' THEN ii.amount WHEN ii.type = 'USAGE' THEN 0.5 END,
       v.currency, NULL, ii.quantity, ii.details, ii.by, (SELECT created_date FROM invoices WHERE invoices.record_id = v.n) + make_interval(secs => ii.n % 60), v.i, v.t
FROM kbgen.ii ii JOIN kbgen.inv v ON v.n = ii.inv LEFT JOIN kbgen.sub s ON s.n = ii.sub_n ORDER BY ii.n;
UPDATE invoice_items c SET linked_item_id = x.id FROM invoice_items x
WHERE c.type = 'CBA_ADJ' AND x.type = 'CREDIT_ADJ' AND x.invoice_id = c.invoice_id;

INSERT INTO invoice_tracking_ids (id, tracking_id, invoice_id, subscription_id, unit_type, record_date, is_active, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT kbgen.uid('itr', ii.record_id * 10 + g), 'env-' || to_char(ii.start_date + g * 7, 'YYYYMMDD') || '-' || substr(md5('trk' || ii.record_id || g), 1, 8), ii.invoice_id, ii.subscription_id,
       'envelopes', ii.start_date + g * 7, true, ii.created_by, ii.created_date, ii.created_by, ii.created_date, ii.account_record_id, ii.tenant_record_id
FROM invoice_items ii CROSS JOIN generate_series(0, 3) g WHERE ii.type = 'USAGE' ORDER BY ii.record_id, g;

-- ---------------------------------------------------------------------------
-- Payment methods, payments, attempts and transactions, with history.

CREATE TABLE payment_methods (
    record_id serial unique,
    id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    account_id varchar(36) NOT NULL,
    plugin_name varchar(50) NOT NULL,
    is_active boolean default true,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX payment_methods_id ON payment_methods(id);
CREATE UNIQUE INDEX payment_methods_external_key ON payment_methods(external_key, tenant_record_id);
CREATE INDEX payment_methods_plugin_name ON payment_methods(plugin_name);
CREATE INDEX payment_methods_active_accnt ON payment_methods(is_active, account_id);
CREATE INDEX payment_methods_tenant_account_record_id ON payment_methods(tenant_record_id, account_record_id);

CREATE TABLE payment_method_history (
    record_id serial unique,
    id varchar(36) NOT NULL,
    target_record_id bigint not null,
    external_key varchar(255) NOT NULL,
    account_id varchar(36) NOT NULL,
    plugin_name varchar(50) NOT NULL,
    is_active boolean default true,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX payment_method_history_target_record_id ON payment_method_history(target_record_id);
CREATE INDEX payment_method_history_tenant_account_record_id ON payment_method_history(tenant_record_id, account_record_id);

-- One current method per paying account (Stripe cards and SEPA/Bacs debits,
-- bank transfer as an external method for Quillmark's enterprises), and the
-- card it replaced for some.
CREATE TABLE kbgen.pm AS
SELECT row_number() OVER (ORDER BY a.created + make_interval(days => CASE WHEN g.cur THEN CASE WHEN a.i % 4 = 2 THEN 200 ELSE 0 END ELSE 0 END), a.i, g.cur) AS n,
       a.i, a.t, a.c, a.id AS account_id, a.email, a.name, a.first, a.last, a.kind, a.created_by AS acb, g.cur,
       CASE WHEN g.cur THEN kbgen.uid('pm', a.i) ELSE kbgen.uid('pmold', a.i) END AS id,
       CASE WHEN a.t = 3 AND (a.i % 5 = 0 OR a.c = 'JP') THEN '__EXTERNAL_PAYMENT__' WHEN a.t = 4 AND a.i % 2 = 1 THEN '__EXTERNAL_PAYMENT__' ELSE 'killbill-stripe' END AS plugin,
       a.created + make_interval(mins => 2, days => CASE WHEN g.cur AND a.i % 4 = 2 THEN 200 + fixture_gen.n('pmrd', a.i, 200) ELSE 0 END) AS at,
       CASE WHEN a.t = 1 AND a.c IN ('DE', 'NL', 'IE') AND g.cur THEN 'sepa_debit' WHEN a.t = 1 AND a.c = 'GB' AND g.cur AND a.i % 2 = 0 THEN 'bacs_debit' ELSE 'card' END AS pmtype
FROM kbgen.a a CROSS JOIN LATERAL (SELECT true AS cur UNION ALL SELECT false WHERE a.i % 4 = 2) g
WHERE NOT (a.parent IS NOT NULL AND a.i % 2 = 0);
UPDATE kbgen.pm SET at = timestamp '2024-06-26 10:00:00' - make_interval(hours => n::int) WHERE at > timestamp '2024-06-27';
ALTER TABLE kbgen.pm ADD spm text, ADD cus text, ADD brand text, ADD last4 text, ADD expm int, ADD expy int, ADD fp text, ADD pan text, ADD ext text, ADD by text;
UPDATE kbgen.pm SET spm = 'pm_1' || kbgen.rnd('spm', n, 23), cus = 'cus_' || kbgen.rnd('scus', i, 14),
  brand = CASE WHEN pmtype <> 'card' THEN NULL ELSE fixture_gen.pick(ARRAY['visa', 'visa', 'mastercard', 'mastercard', 'amex'], 'pmb', n) END,
  pan = CASE WHEN pmtype = 'card' THEN fixture_gen.card('pmc', n) END,
  expm = 1 + fixture_gen.n('pmem', n, 12), expy = 2024 + fixture_gen.n('pmey', n, 6), fp = kbgen.rnd('pmfp', n, 16)
WHERE plugin = 'killbill-stripe';
UPDATE kbgen.pm SET last4 = CASE WHEN pan IS NOT NULL THEN right(pan, 4) ELSE fixture_gen.digits('pml4', n, 4) END WHERE plugin = 'killbill-stripe';
-- Kill Bill's default external key is the method's id; Harvest Table's
-- storefront passes Stripe's id.
UPDATE kbgen.pm SET ext = CASE WHEN t = 2 AND spm IS NOT NULL THEN spm ELSE id END,
  by = CASE WHEN t = 2 AND cur AND i % 5 <> 0 THEN email WHEN t = 1 AND NOT cur THEN 'nordlys-crm-sync' WHEN cur AND i % 4 = 2 THEN kbgen.opr(t, 'pmob', n) ELSE acb END;

INSERT INTO payment_methods (record_id, id, external_key, account_id, plugin_name, is_active, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT n, id, ext, account_id, plugin, cur, by, at, CASE WHEN cur THEN by ELSE (SELECT p2.by FROM kbgen.pm p2 WHERE p2.i = pm.i AND p2.cur) END,
       CASE WHEN cur THEN at ELSE (SELECT p2.at FROM kbgen.pm p2 WHERE p2.i = pm.i AND p2.cur) END, i, t
FROM kbgen.pm ORDER BY n;

INSERT INTO payment_method_history (id, target_record_id, external_key, account_id, plugin_name, is_active, change_type, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT id, record_id, external_key, account_id, plugin_name, act, ct, cb, d, updated_by, d, account_record_id, tenant_record_id
FROM (SELECT p.*, true AS act, 'INSERT' AS ct, p.created_by AS cb, p.created_date AS d FROM payment_methods p
      UNION ALL SELECT p.*, false, 'DELETE', p.updated_by, p.updated_date FROM payment_methods p WHERE NOT p.is_active) x
ORDER BY d, record_id;

CREATE TABLE payments (
    record_id serial unique,
    id varchar(36) NOT NULL,
    account_id varchar(36) NOT NULL,
    payment_method_id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    state_name varchar(64) DEFAULT NULL,
    last_success_state_name varchar(64) DEFAULT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX payments_id ON payments(id);
CREATE UNIQUE INDEX payments_key ON payments(external_key, tenant_record_id);
CREATE INDEX payments_accnt ON payments(account_id);
CREATE INDEX payments_tenant_account_record_id ON payments(tenant_record_id, account_record_id);

CREATE TABLE payment_history (
    record_id serial unique,
    id varchar(36) NOT NULL,
    target_record_id bigint not null,
    account_id varchar(36) NOT NULL,
    payment_method_id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    state_name varchar(64) DEFAULT NULL,
    last_success_state_name varchar(64) DEFAULT NULL,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX payment_history_target_record_id ON payment_history(target_record_id);
CREATE INDEX payment_history_tenant_account_record_id ON payment_history(tenant_record_id, account_record_id);

CREATE TABLE payment_attempts (
    record_id serial unique,
    id varchar(36) NOT NULL,
    account_id varchar(36) NOT NULL,
    payment_method_id varchar(36) DEFAULT NULL,
    payment_external_key varchar(255) NOT NULL,
    transaction_id varchar(36),
    transaction_external_key varchar(255) NOT NULL,
    transaction_type varchar(32) NOT NULL,
    state_name varchar(32) NOT NULL,
    amount numeric(15,9),
    currency varchar(3),
    plugin_name varchar(1024) NOT NULL,
    plugin_properties mediumblob,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX payment_attempts_id ON payment_attempts(id);
CREATE INDEX payment_attempts_payment ON payment_attempts(transaction_id);
CREATE INDEX payment_attempts_payment_key ON payment_attempts(payment_external_key);
CREATE INDEX payment_attempts_payment_state ON payment_attempts(state_name);
CREATE INDEX payment_attempts_payment_transaction_key ON payment_attempts(transaction_external_key);
CREATE INDEX payment_attempts_tenant_account_record_id ON payment_attempts(tenant_record_id, account_record_id);

CREATE TABLE payment_attempt_history (
    record_id serial unique,
    id varchar(36) NOT NULL,
    target_record_id bigint not null,
    account_id varchar(36) NOT NULL,
    payment_method_id varchar(36) DEFAULT NULL,
    payment_external_key varchar(255) NOT NULL,
    transaction_id varchar(36),
    transaction_external_key varchar(255) NOT NULL,
    transaction_type varchar(32) NOT NULL,
    state_name varchar(32) NOT NULL,
    amount numeric(15,9),
    currency varchar(3),
    plugin_name varchar(1024) NOT NULL,
    plugin_properties mediumblob,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX payment_attempt_history_target_record_id ON payment_attempt_history(target_record_id);
CREATE INDEX payment_attempt_history_tenant_account_record_id ON payment_attempt_history(tenant_record_id, account_record_id);

CREATE TABLE payment_transactions (
    record_id serial unique,
    id varchar(36) NOT NULL,
    attempt_id varchar(36) DEFAULT NULL,
    transaction_external_key varchar(255) NOT NULL,
    transaction_type varchar(32) NOT NULL,
    effective_date datetime NOT NULL,
    transaction_status varchar(50) NOT NULL,
    amount numeric(15,9),
    currency varchar(3),
    processed_amount numeric(15,9),
    processed_currency varchar(3),
    payment_id varchar(36) NOT NULL,
    gateway_error_code varchar(32),
    gateway_error_msg varchar(256),
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX payment_transactions_id ON payment_transactions(id);
CREATE INDEX payment_transactions_payment_id ON payment_transactions(payment_id);
CREATE INDEX payment_transactions_key ON payment_transactions(transaction_external_key);
CREATE INDEX payment_transactions_status ON payment_transactions(transaction_status);
CREATE INDEX payment_transactions_tenant_account_record_id ON payment_transactions(tenant_record_id, account_record_id);

CREATE TABLE payment_transaction_history (
    record_id serial unique,
    id varchar(36) NOT NULL,
    attempt_id varchar(36) DEFAULT NULL,
    transaction_external_key varchar(255) NOT NULL,
    target_record_id bigint not null,
    transaction_type varchar(32) NOT NULL,
    effective_date datetime NOT NULL,
    transaction_status varchar(50) NOT NULL,
    amount numeric(15,9),
    currency varchar(3),
    processed_amount numeric(15,9),
    processed_currency varchar(3),
    payment_id varchar(36) NOT NULL,
    gateway_error_code varchar(32),
    gateway_error_msg varchar(256),
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX payment_transaction_history_target_record_id ON payment_transaction_history(target_record_id);
CREATE INDEX payment_transaction_history_tenant_account_record_id ON payment_transaction_history(tenant_record_id, account_record_id);

-- A payment per committed invoice with a balance, by the account's method
-- (the parent's for children that delegate); one in eight fails first and
-- is retried; a few are refunded.
CREATE TABLE kbgen.pay AS
SELECT row_number() OVER (ORDER BY inv.created_date, inv.record_id) AS n, inv.record_id AS inv_n, inv.id AS invoice_id, inv.account_record_id::int AS i, inv.tenant_record_id::int AS t, inv.account_id,
       inv.currency, tot.amount, pm.id AS pm_id, pm.plugin, pm.n AS pm_n, pm.pan, pm.expm, pm.expy, pm.spm, pm.cus, pm.brand, pm.last4, pm.first, pm.last, pm.email,
       inv.created_date + make_interval(secs => 30 + fixture_gen.n('payd', inv.record_id, 600)) AS at, inv.created_by AS inv_by
FROM invoices inv
JOIN kbgen.a a ON a.i = inv.account_record_id
CROSS JOIN LATERAL (SELECT sum(amount) AS amount FROM invoice_items ii WHERE ii.invoice_id = inv.id) tot
JOIN kbgen.pm pm ON pm.cur AND pm.i = CASE WHEN a.parent IS NOT NULL AND a.i % 2 = 0 THEN a.parent ELSE a.i END
WHERE inv.status = 'COMMITTED' AND tot.amount > 0 AND (pm.at <= inv.created_date OR NOT EXISTS (SELECT 1 FROM kbgen.pm o WHERE o.i = pm.i AND NOT o.cur));
ALTER TABLE kbgen.pay ADD id text, ADD ext text, ADD fail boolean, ADD refund boolean, ADD by text, ADD ip text, ADD moto boolean;
UPDATE kbgen.pay SET id = kbgen.uid('pay', n),
  ext = CASE WHEN t = 2 THEN 'ht-order-' || (5100000 + n * 13) WHEN t = 1 THEN 'NF-PAY-' || to_char(at, 'YYYYMM') || '-' || lpad(n::text, 6, '0') ELSE kbgen.uid('paykey', n) END,
  fail = n % 8 = 3 AND plugin = 'killbill-stripe', refund = n % 23 = 7 AND plugin = 'killbill-stripe',
  by = CASE WHEN inv_by IN ('SubscriptionBaseTransition', 'InvoiceDispatcher') THEN 'PaymentRequestProcessor' ELSE inv_by END,
  ip = CASE WHEN n % 3 = 0 THEN fixture_gen.ipv6('payip', n) ELSE fixture_gen.ipv4('payip', n) END,
  moto = t = 1 AND n % 8 = 3 AND n % 3 = 0;

-- Transactions: (payment, seq, type, status, amount, time, by).
CREATE TABLE kbgen.tx AS
SELECT row_number() OVER (ORDER BY p.at + x.dt, p.n, x.seq) AS n, p.n AS pay_n, x.seq, x.ttype, x.status, x.amt, p.at + x.dt AS at, x.by, x.err, x.msg
FROM kbgen.pay p CROSS JOIN LATERAL (
  SELECT 1 AS seq, 'PURCHASE' AS ttype, CASE WHEN p.fail THEN 'PAYMENT_FAILURE' ELSE 'SUCCESS' END AS status, p.amount AS amt, interval '0' AS dt, p.by,
         CASE WHEN p.fail THEN fixture_gen.pick(ARRAY['card_declined', 'insufficient_funds', 'expired_card', 'authentication_required'], 'txe', p.n) END AS err,
         CASE WHEN p.fail THEN fixture_gen.pick(ARRAY['Your card was declined.', 'Your card has insufficient funds.', 'Your card has expired.', 'Your card was declined. This transaction requires authentication.'], 'txe', p.n) END AS msg
  UNION ALL SELECT 2, 'PURCHASE', 'SUCCESS', p.amount, make_interval(days => CASE p.t WHEN 1 THEN 8 WHEN 2 THEN 1 ELSE 3 END, hours => 2),
         CASE WHEN p.moto THEN kbgen.opr(p.t, 'txmo', p.n) ELSE 'PaymentRequestProcessor' END, NULL, NULL WHERE p.fail
  UNION ALL SELECT 3, 'REFUND', 'SUCCESS', least(p.amount, 20), make_interval(days => 5 + fixture_gen.n('txrd', p.n, 20)), kbgen.opr(p.t, 'txrb', p.n), NULL, NULL WHERE p.refund
) x;
UPDATE kbgen.tx SET at = timestamp '2024-06-27 09:00:00' - make_interval(mins => n::int) WHERE at > timestamp '2024-06-27 09:00:00';

INSERT INTO payments (record_id, id, account_id, payment_method_id, external_key, state_name, last_success_state_name, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT p.n, p.id, p.account_id, p.pm_id, p.ext,
       CASE WHEN p.refund THEN 'REFUND_SUCCESS' ELSE 'PURCHASE_SUCCESS' END, CASE WHEN p.refund THEN 'REFUND_SUCCESS' ELSE 'PURCHASE_SUCCESS' END,
       p.by, p.at, l.by, l.at, p.i, p.t
FROM kbgen.pay p CROSS JOIN LATERAL (SELECT by, at FROM kbgen.tx WHERE tx.pay_n = p.n ORDER BY seq DESC LIMIT 1) l ORDER BY p.n;

INSERT INTO payment_history (id, target_record_id, account_id, payment_method_id, external_key, state_name, last_success_state_name, change_type, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT p.id, p.n, p.account_id, p.pm_id, p.ext, CASE WHEN x.seq = 0 THEN NULL WHEN x.status = 'SUCCESS' THEN x.ttype || '_SUCCESS' ELSE x.ttype || '_ERRORED' END,
       CASE WHEN x.seq <> 0 AND x.status = 'SUCCESS' THEN x.ttype || '_SUCCESS' END,
       CASE WHEN x.seq = 0 THEN 'INSERT' ELSE 'UPDATE' END, x.by, x.at, x.by, x.at, p.i, p.t
FROM kbgen.pay p CROSS JOIN LATERAL (SELECT 0 AS seq, NULL AS ttype, NULL AS status, p.by, p.at UNION ALL SELECT seq, ttype, status, by, at + interval '2 seconds' FROM kbgen.tx WHERE tx.pay_n = p.n) x
ORDER BY x.at, p.n, x.seq;

-- plugin_properties: the JSON Kill Bill keeps of what the caller passed:
-- the invoice being paid, the storefront's Stripe one-time token and the
-- shopper's IP, and on Nordlys's call-centre recovery the card read out
-- over the phone, CVV included.
CREATE FUNCTION kbgen.prop(k text, v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '{"key":' || to_json(k)::text || ',"value":' || to_json(v)::text || ',"isUpdatable":false}' $$;

INSERT INTO payment_attempts (record_id, id, account_id, payment_method_id, payment_external_key, transaction_id, transaction_external_key, transaction_type, state_name, amount, currency,
    plugin_name, plugin_properties, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT tx.n, kbgen.uid('att', tx.n), p.account_id, p.pm_id, p.ext, kbgen.uid('tx', tx.n), CASE WHEN p.t = 2 AND tx.seq = 1 THEN p.ext || '-1' ELSE kbgen.uid('txkey', tx.n) END,
       tx.ttype, CASE WHEN tx.status = 'SUCCESS' THEN 'SUCCESS' WHEN tx.seq = 1 THEN 'RETRIED' ELSE 'ABORTED' END, tx.amt, p.currency,
       CASE WHEN tx.ttype = 'PURCHASE' THEN '__INVOICE_PAYMENT_CONTROL_PLUGIN__' ELSE '__INVOICE_PAYMENT_CONTROL_PLUGIN__,killbill-stripe-refund-control' END,
       convert_to('[' || CASE
         WHEN p.moto AND tx.seq = 2 THEN kbgen.prop('IPCD_INVOICE_ID', p.invoice_id) || ',' || kbgen.prop('ccFirstName', p.first) || ',' || kbgen.prop('ccLastName', p.last) || ','
              || kbgen.prop('ccNumber', fixture_gen.card('moto', p.n)) || ',' || kbgen.prop('ccExpirationMonth', lpad((1 + fixture_gen.n('motom', p.n, 12))::text, 2, '0')) || ','
              || kbgen.prop('ccExpirationYear', (2025 + fixture_gen.n('motoy', p.n, 5))::text) || ',' || kbgen.prop('ccVerificationValue', fixture_gen.digits('cvv', p.n, 3)) || ','
              || kbgen.prop('agent', tx.by)
         WHEN p.t = 2 AND tx.seq = 1 AND p.inv_by LIKE '%@%' THEN kbgen.prop('IPCD_INVOICE_ID', p.invoice_id) || ',' || kbgen.prop('token', 'tok_1' || kbgen.rnd('tok', p.n, 23)) || ','
              || kbgen.prop('email', p.email) || ',' || kbgen.prop('ipAddress', p.ip) || ',' || kbgen.prop('return_url', 'https://harvesttable.example/checkout/complete?order=' || p.ext)
         WHEN tx.ttype = 'REFUND' THEN kbgen.prop('IPCD_REFUND_WITH_ADJUSTMENTS', 'true') || ',' || kbgen.prop('reason', fixture_gen.pick(ARRAY['requested_by_customer', 'duplicate', 'goodwill'], 'rfr', p.n))
         ELSE kbgen.prop('IPCD_INVOICE_ID', p.invoice_id) END || ']', 'UTF8'),
       tx.by, tx.at, tx.by, tx.at + interval '3 seconds', p.i, p.t
FROM kbgen.tx tx JOIN kbgen.pay p ON p.n = tx.pay_n ORDER BY tx.n;

INSERT INTO payment_attempt_history (id, target_record_id, account_id, payment_method_id, payment_external_key, transaction_id, transaction_external_key, transaction_type, state_name, amount, currency,
    plugin_name, plugin_properties, change_type, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT id, record_id, account_id, payment_method_id, payment_external_key, CASE WHEN ct = 'INSERT' THEN NULL ELSE transaction_id END, transaction_external_key, transaction_type,
       CASE WHEN ct = 'INSERT' THEN 'INIT' ELSE state_name END, amount, currency, plugin_name, plugin_properties, ct, created_by, d, updated_by, d, account_record_id, tenant_record_id
FROM (SELECT a.*, 'INSERT' AS ct, a.created_date AS d FROM payment_attempts a UNION ALL SELECT a.*, 'UPDATE', a.updated_date FROM payment_attempts a) x
ORDER BY d, record_id, ct;

INSERT INTO payment_transactions (record_id, id, attempt_id, transaction_external_key, transaction_type, effective_date, transaction_status, amount, currency, processed_amount, processed_currency,
    payment_id, gateway_error_code, gateway_error_msg, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT tx.n, kbgen.uid('tx', tx.n), kbgen.uid('att', tx.n), at.transaction_external_key, tx.ttype, tx.at, tx.status, tx.amt, p.currency,
       CASE WHEN tx.status = 'SUCCESS' THEN tx.amt ELSE 0 END, p.currency, p.id, tx.err, tx.msg, tx.by, tx.at, tx.by, tx.at + interval '2 seconds', p.i, p.t
FROM kbgen.tx tx JOIN kbgen.pay p ON p.n = tx.pay_n JOIN payment_attempts at ON at.record_id = tx.n ORDER BY tx.n;

INSERT INTO payment_transaction_history (id, attempt_id, transaction_external_key, target_record_id, transaction_type, effective_date, transaction_status, amount, currency, processed_amount,
    processed_currency, payment_id, gateway_error_code, gateway_error_msg, change_type, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT id, attempt_id, transaction_external_key, record_id, transaction_type, effective_date, CASE WHEN ct = 'INSERT' THEN 'UNKNOWN' ELSE transaction_status END, amount, currency,
       CASE WHEN ct = 'INSERT' THEN NULL ELSE processed_amount END, CASE WHEN ct = 'INSERT' THEN NULL ELSE processed_currency END, payment_id,
       CASE WHEN ct = 'INSERT' THEN NULL ELSE gateway_error_code END, CASE WHEN ct = 'INSERT' THEN NULL ELSE gateway_error_msg END, ct, created_by, d, updated_by, d, account_record_id, tenant_record_id
FROM (SELECT t.*, 'INSERT' AS ct, t.created_date AS d FROM payment_transactions t UNION ALL SELECT t.*, 'UPDATE', t.updated_date FROM payment_transactions t) x
ORDER BY d, record_id, ct;

-- Invoice payments: the money each payment put on its invoice, and refunds.
INSERT INTO invoice_payments (id, type, invoice_id, payment_id, payment_date, amount, currency, processed_currency, payment_cookie_id, linked_invoice_payment_id, status, created_by, created_date,
    account_record_id, tenant_record_id)
SELECT kbgen.uid('ip', tx.n), CASE WHEN tx.ttype = 'REFUND' THEN 'REFUND' ELSE 'ATTEMPT' END, p.invoice_id, p.id, tx.at, CASE WHEN tx.ttype = 'REFUND' THEN -tx.amt ELSE tx.amt END,
       p.currency, p.currency, at.transaction_external_key, CASE WHEN tx.ttype = 'REFUND' THEN (SELECT kbgen.uid('ip', t1.n) FROM kbgen.tx t1 WHERE t1.pay_n = p.n AND t1.status = 'SUCCESS' AND t1.ttype = 'PURCHASE') END,
       CASE WHEN tx.status = 'SUCCESS' THEN 'SUCCESS' ELSE 'INIT' END, tx.by, tx.at + interval '4 seconds', p.i, p.t
FROM kbgen.tx tx JOIN kbgen.pay p ON p.n = tx.pay_n JOIN payment_attempts at ON at.record_id = tx.n ORDER BY tx.n;

-- ---------------------------------------------------------------------------
-- Overdue and entitlement blocking states.

CREATE TABLE blocking_states (
    record_id serial unique,
    id varchar(36) NOT NULL,
    blockable_id varchar(36) NOT NULL,
    type varchar(20) NOT NULL,
    state varchar(50) NOT NULL,
    service varchar(20) NOT NULL,
    block_change boolean NOT NULL,
    block_entitlement boolean NOT NULL,
    block_billing boolean NOT NULL,
    effective_date datetime NOT NULL,
    is_active boolean default true,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX blocking_states_id ON blocking_states(id);
CREATE INDEX blocking_states_id_real ON blocking_states(blockable_id, effective_date, record_id);
CREATE INDEX blocking_states_tenant_account_record_id ON blocking_states(tenant_record_id, account_record_id);

INSERT INTO blocking_states (id, blockable_id, type, state, service, block_change, block_entitlement, block_billing, effective_date, is_active, created_by, created_date, updated_by, updated_date,
    account_record_id, tenant_record_id)
SELECT kbgen.uid('bs', row_number() OVER (ORDER BY x.eff, x.oid)), x.oid, x.typ, x.st, x.svc, x.bc, x.be, x.bb, x.eff, true, x.by, x.eff, x.by, x.eff, x.i, x.t
FROM (
  SELECT a.id AS oid, 'ACCOUNT' AS typ, s.st, 'overdue-service' AS svc, s.st <> '__KILLBILL__CLEAR__OVERDUE_STATE__' AS bc, s.st = 'OD2' AS be, false AS bb,
         a.created + make_interval(days => 60 + fixture_gen.n('bsd', a.i, 300) + s.o * CASE a.t WHEN 1 THEN 14 WHEN 2 THEN 5 ELSE 30 END) AS eff, 'OverdueService' AS by, a.i, a.t
  FROM kbgen.a a CROSS JOIN LATERAL (VALUES (0, 'OD1'), (1, 'OD2'), (2, '__KILLBILL__CLEAR__OVERDUE_STATE__')) s(o, st)
  WHERE a.i % 11 = 5 AND (s.o < 2 OR a.i % 2 = 1) AND (s.o = 0 OR a.t <> 2 OR s.st <> 'OD2')
  UNION ALL
  SELECT s.id, 'SUBSCRIPTION', CASE WHEN x.o = 0 THEN 'ENT_STARTED' ELSE 'ENT_CANCELLED' END, 'entitlement-service', false, x.o = 1, false,
         CASE WHEN x.o = 0 THEN s.start ELSE s.cancelled END, CASE WHEN x.o = 0 THEN s.created_by ELSE kbgen.opr(s.t, 'bsb', s.n) END, s.i, s.t
  FROM kbgen.sub s CROSS JOIN LATERAL (VALUES (0), (1)) x(o) WHERE s.n % 4 = 0 AND (x.o = 0 OR s.cancelled IS NOT NULL)
  UNION ALL
  SELECT s.bundle_id, 'SUBSCRIPTION_BUNDLE', 'PAUSED', 'harvest-pause', true, true, true, s.start + make_interval(days => 90 + fixture_gen.n('bsp', s.n, 200)), s.email, s.i, s.t
  FROM kbgen.sub s WHERE s.t = 2 AND s.n % 13 = 2
) x WHERE x.eff < timestamp '2024-06-28'
ORDER BY x.eff, x.oid;

-- ---------------------------------------------------------------------------
-- Tags and custom fields.

CREATE TABLE tag_definitions (
    record_id serial unique,
    id varchar(36) NOT NULL,
    name varchar(20) NOT NULL,
    applicable_object_types varchar(500),
    description varchar(200) NOT NULL,
    is_active boolean default true,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX tag_definitions_id ON tag_definitions(id);
CREATE INDEX tag_definitions_tenant_record_id ON tag_definitions(tenant_record_id);

INSERT INTO tag_definitions (id, name, applicable_object_types, description, is_active, created_by, created_date, updated_by, updated_date, tenant_record_id)
SELECT kbgen.uid('tagdef', n), name, types, descr, active, by, at, by, at, t
FROM (SELECT row_number() OVER () AS n, * FROM (VALUES
  (1, 'VIP', 'ACCOUNT', 'High-value household: route calls to the priority queue', true, 'd.okonkwo', timestamp '2021-03-02 10:00:00'),
  (1, 'PRIORITY_CARE', 'ACCOUNT', 'Customer relies on the line for a telecare alarm; never suspend', true, 'd.okonkwo', '2021-03-02 10:05:00'),
  (1, 'CHURN_RISK', 'ACCOUNT', 'Flagged by the retention model', true, 'tomasz.wrobel', '2022-05-11 14:30:00'),
  (1, 'COMPLAINT_OPEN', 'ACCOUNT,INVOICE', 'Open complaint with the ombudsman; hold collections', true, 'k.adeyemi', '2021-09-20 09:12:00'),
  (1, 'ENGINEER_VISIT', 'INVOICE', 'Invoice carries an engineer call-out charge', false, 'admin', '2021-04-01 08:00:00'),
  (2, 'GDPR_ERASURE', 'ACCOUNT', 'Erasure requested: anonymise after the retention period', true, 'priya.venkatesan@harvesttable.example', '2021-10-04 16:45:00'),
  (2, 'FRAUD_REVIEW', 'ACCOUNT,PAYMENT', 'Chargeback or suspicious card testing: manual review', true, 'marc-antoine.leroux', '2022-02-14 11:20:00'),
  (2, 'INFLUENCER', 'ACCOUNT', 'Free boxes under the creator programme', true, 'sofia.marquez', '2022-06-01 13:00:00'),
  (2, 'STUDENT', 'ACCOUNT', 'Student discount verified', true, 'sofia.marquez', '2022-08-22 09:40:00'),
  (3, 'ENTERPRISE', 'ACCOUNT', 'Enterprise contract: invoice by bank transfer, net 30', true, 'hanna.lindqvist', timestamp '2022-01-06 10:00:00'),
  (3, 'RESELLER', 'ACCOUNT', 'Billed through a partner', true, 'hanna.lindqvist', '2022-01-06 10:02:00'),
  (3, 'TAX_EXEMPT', 'ACCOUNT,INVOICE', 'Exemption certificate on file', true, 'bruno.ferraz@quillmark.example', '2022-03-30 15:15:00'),
  (3, 'PO_REQUIRED', 'ACCOUNT', 'Customer rejects invoices without a purchase order number', true, 'yuki.morimoto', '2022-07-19 08:50:00'),
  (4, 'QA_FIXTURE', 'ACCOUNT', 'Created by the end-to-end suite', true, 'admin', '2023-12-18 13:05:00')
) v(t, name, types, descr, active, by, at)) x;

CREATE TABLE tags (
    record_id serial unique,
    id varchar(36) NOT NULL,
    tag_definition_id varchar(36) NOT NULL,
    object_id varchar(36) NOT NULL,
    object_type varchar(30) NOT NULL,
    is_active boolean default true,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX tags_id ON tags(id);
CREATE INDEX tags_by_object ON tags(object_id);
CREATE INDEX tags_tenant_account_record_id ON tags(tenant_record_id, account_record_id);

-- Control tags have fixed ids (AUTO_PAY_OFF ...01, AUTO_INVOICING_OFF ...02,
-- OVERDUE_ENFORCEMENT_OFF ...03, WRITTEN_OFF ...04, MANUAL_PAY ...05,
-- TEST ...06, PARTNER ...07); the others are the tenant's definitions.
INSERT INTO tags (id, tag_definition_id, object_id, object_type, is_active, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT kbgen.uid('tag', row_number() OVER (ORDER BY at, oid)), def, oid, otype, active, by, at, by, at, i, t
FROM (
  SELECT a.id AS oid, 'ACCOUNT' AS otype, CASE WHEN a.kind = 'qa' THEN '00000000-0000-0000-0000-000000000006'
           WHEN fixture_gen.n('tgc', a.i, 3) = 0 THEN '00000000-0000-0000-0000-00000000000' || (1 + fixture_gen.n('tgk', a.i, 5))::text
           ELSE (SELECT id FROM tag_definitions d WHERE d.tenant_record_id = a.t ORDER BY record_id OFFSET fixture_gen.n('tgd', a.i, 4) LIMIT 1) END AS def,
         fixture_gen.n('tgoff', a.i, 7) <> 0 AS active, CASE WHEN a.kind = 'qa' THEN 'qa-automation' ELSE kbgen.opr(a.t, 'tgb', a.i) END AS by,
         a.created + make_interval(days => 3 + fixture_gen.n('tgat', a.i, 200)) AS at, a.i, a.t
  FROM kbgen.a a WHERE a.i % 3 = 0 OR a.kind = 'qa'
  UNION ALL
  SELECT v.id, 'INVOICE', '00000000-0000-0000-0000-000000000004', true, kbgen.opr(v.t, 'tgw', v.n), v.d + 60, v.i, v.t FROM kbgen.inv v WHERE v.n % 31 = 9
) x WHERE def IS NOT NULL AND at < timestamp '2024-06-28'
ORDER BY at, oid;

CREATE TABLE custom_fields (
    record_id serial unique,
    id varchar(36) NOT NULL,
    object_id varchar(36) NOT NULL,
    object_type varchar(30) NOT NULL,
    is_active boolean default true,
    field_name varchar(64) NOT NULL,
    field_value varchar(255),
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) DEFAULT NULL,
    updated_date datetime DEFAULT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX custom_fields_id ON custom_fields(id);
CREATE INDEX custom_fields_object_id_object_type ON custom_fields(object_id, object_type);
CREATE INDEX custom_fields_tenant_account_record_id ON custom_fields(tenant_record_id, account_record_id);
CREATE INDEX custom_fields_name_value ON custom_fields(field_name, field_value);

CREATE TABLE custom_field_history (
    record_id serial unique,
    id varchar(36) NOT NULL,
    target_record_id bigint not null,
    object_id varchar(36) NOT NULL,
    object_type varchar(30) NOT NULL,
    is_active boolean default true,
    field_name varchar(64),
    field_value varchar(255),
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX custom_field_history_target_record_id ON custom_field_history(target_record_id);
CREATE INDEX custom_field_history_object_id_object_type ON custom_field_history(object_id, object_type);
CREATE INDEX custom_field_history_tenant_account_record_id ON custom_field_history(tenant_record_id, account_record_id);

-- What each tenant's integration hangs on accounts (and a few invoices).
CREATE TABLE kbgen.cf AS
SELECT row_number() OVER (ORDER BY x.at, x.oid, x.fname) AS n, x.* FROM (
  SELECT a.id AS oid, 'ACCOUNT' AS otype, f.fname, f.fval, a.i, a.t, a.created + make_interval(mins => 10 + f.o) AS at,
         CASE WHEN a.t = 2 AND f.o < 3 THEN a.created_by WHEN a.t = 3 AND f.o < 2 THEN 'quillmark-provisioning' ELSE kbgen.opr(a.t, 'cfb', a.i * 10 + f.o) END AS by, f.o
  FROM kbgen.a a
  CROSS JOIN LATERAL (
    SELECT 0 AS o, 'uprn' AS fname, (10000000000 + a.i * 7919)::text AS fval WHERE a.t = 1 AND a.c = 'GB'
    UNION ALL SELECT 1, 'routerSerial', 'ZXHN-' || upper(fixture_gen.hexn('rsn', a.i, 10)) WHERE a.t = 1
    UNION ALL SELECT 2, 'staticIp', '81.' || (100 + a.i % 50) || '.' || (a.i % 250) || '.' || (2 + a.i % 200) WHERE a.t = 1 AND a.i % 5 = 0
    UNION ALL SELECT 3, 'accessNotes', fixture_gen.pick(ARRAY['Key safe by the back door, code ' || fixture_gen.digits('ksc', a.i, 4), 'Dog in the garden, call ' || coalesce(a.phone, 'the landline') || ' on arrival',
                     'Ring ' || split_part(a.name, ' ', 1) || '''s mobile, doorbell broken', 'Access via the car park of ' || a.addr1], 'acn', a.i) WHERE a.t = 1 AND a.i % 4 = 1
    UNION ALL SELECT 4, 'dateOfBirth', to_char(fixture_gen.birth_date('dob', a.i), 'YYYY-MM-DD') WHERE (a.t = 1 AND a.i % 3 = 0) OR (a.t = 2 AND a.i % 3 = 0)
    UNION ALL SELECT 0, 'dietaryRestrictions', fixture_gen.pick(ARRAY['none', 'vegetarian', 'nut allergy (severe, EpiPen)', 'coeliac', 'halal', 'no pork', 'pregnant - no raw fish', 'lactose intolerant', 'type 1 diabetic - low sugar'], 'dr', a.i) WHERE a.t = 2
    UNION ALL SELECT 1, 'deliveryInstructions', fixture_gen.pick(ARRAY['Leave with the concierge', 'Buzz ' || coalesce(a.addr2, 'the front door') || ', ask for ' || split_part(a.name, ' ', 1), 'Side gate, not the front porch',
                     'Leave with neighbour at ' || kbgen.street(a.c, 'nbr', a.i) || ' if out', 'Call ' || coalesce(a.phone, 'me') || ' when outside'], 'di', a.i) WHERE a.t = 2 AND a.i % 2 = 0
    UNION ALL SELECT 2, 'referralCode', upper(left(fixture_gen.ascii(a.first), 5)) || fixture_gen.digits('ref', a.i, 2) WHERE a.t = 2 AND a.i % 4 = 1
    UNION ALL SELECT 3, 'giftRecipient', (SELECT first FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('gr', a.i, 8)) || ' ' || a.last || ', ' || kbgen.phone(a.c, 'grp', a.i) WHERE a.t = 2 AND a.i % 9 = 4
    UNION ALL SELECT 0, 'salesforceAccountId', '0015g00000' || kbgen.rnd('asf', coalesce(a.parent, a.i), 8) WHERE a.t = 3
    UNION ALL SELECT 1, 'vatNumber', a.vat WHERE a.t = 3 AND a.vat IS NOT NULL
    UNION ALL SELECT 2, 'billingContact', (SELECT first FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('bc', a.i, 8)) || ' ' || (SELECT last FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('bcl', a.i, 8))
                     || ' <' || CASE WHEN a.kind = 'company' THEN fixture_gen.ascii((SELECT first FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('bc', a.i, 8))) || '@' || (SELECT dom FROM kbgen.co WHERE co.k = a.co_k) ELSE a.email END || '>' WHERE a.t = 3
    UNION ALL SELECT 3, 'dpaSignedBy', (SELECT first FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('dpa', a.i, 8)) || ' ' || (SELECT last FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('dpal', a.i, 8)) || ', ' || fixture_gen.pick(ARRAY['CFO', 'General Counsel', 'Head of Operations', 'Managing Director'], 'dpat', a.i) WHERE a.t = 3 AND a.parent IS NULL AND a.kind = 'company'
    UNION ALL SELECT 4, 'contractTier', fixture_gen.pick(ARRAY['gold', 'silver', 'standard'], 'ct', a.i) WHERE a.t = 3 AND a.parent IS NULL
    UNION ALL SELECT 5, 'emergencyContact', (SELECT first FROM kbgen.nm WHERE nm.c = a.nc AND nm.k = 1 + fixture_gen.n('em', a.i, 8)) || ' (' || fixture_gen.pick(ARRAY['daughter', 'son', 'neighbour', 'carer'], 'emr', a.i) || ') ' || kbgen.phone(a.c, 'emp', a.i) WHERE a.t = 1 AND a.i % 11 = 3
  ) f
  UNION ALL
  SELECT v.id, 'INVOICE', 'poNumber', 'PO-' || (4500000000 + v.n * 17), v.i, v.t, v.d + interval '2 hours', kbgen.opr(v.t, 'cfpo', v.n), 9 FROM kbgen.inv v WHERE v.t = 3 AND v.n % 3 = 0
) x WHERE x.fval IS NOT NULL;
UPDATE kbgen.cf SET at = timestamp '2024-06-27 08:00:00' - make_interval(mins => n::int) WHERE at > timestamp '2024-06-27 08:00:00';

INSERT INTO custom_fields (record_id, id, object_id, object_type, is_active, field_name, field_value, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT n, kbgen.uid('cf', n), oid, otype, true, fname, fval, by, at, by, at, i, t FROM kbgen.cf ORDER BY n;
-- Some were corrected later (a removed field and a new one: Kill Bill
-- updates custom fields in place since 0.20, and keeps the old value in the history).
CREATE TABLE kbgen.cfu AS
SELECT n, fval AS old, CASE fname WHEN 'dietaryRestrictions' THEN fixture_gen.pick(ARRAY['vegetarian', 'pescatarian', 'gluten free'], 'cfu', n) WHEN 'deliveryInstructions' THEN 'Leave in the parcel box'
       WHEN 'billingContact' THEN 'Accounts Payable <' || (SELECT email FROM kbgen.a WHERE a.i = cf.i) || '>' WHEN 'accessNotes' THEN 'No special access' ELSE fval END AS new,
       at + make_interval(days => 30 + fixture_gen.n('cfud', n, 300)) AS at2, CASE WHEN t = 2 AND n % 2 = 0 THEN (SELECT email FROM kbgen.a WHERE a.i = cf.i) ELSE kbgen.opr(t, 'cfub', n) END AS by2
FROM kbgen.cf WHERE n % 7 = 2 AND fname IN ('dietaryRestrictions', 'deliveryInstructions', 'billingContact', 'accessNotes');
UPDATE kbgen.cfu SET at2 = timestamp '2024-06-27 10:00:00' - make_interval(mins => n::int) WHERE at2 > timestamp '2024-06-27 10:00:00';
UPDATE custom_fields c SET field_value = u.new, updated_by = u.by2, updated_date = u.at2 FROM kbgen.cfu u WHERE u.n = c.record_id;

INSERT INTO custom_field_history (id, target_record_id, object_id, object_type, is_active, field_name, field_value, change_type, created_by, created_date, updated_by, updated_date, account_record_id, tenant_record_id)
SELECT c.id, c.record_id, c.object_id, c.object_type, true, c.field_name, x.val, x.ct, x.by, x.at, x.by, x.at, c.account_record_id, c.tenant_record_id
FROM custom_fields c
CROSS JOIN LATERAL (SELECT 'INSERT' AS ct, coalesce((SELECT old FROM kbgen.cfu u WHERE u.n = c.record_id), c.field_value) AS val, c.created_by AS by, c.created_date AS at
                    UNION ALL SELECT 'UPDATE', c.field_value, c.updated_by, c.updated_date WHERE c.record_id IN (SELECT n FROM kbgen.cfu)) x
ORDER BY x.at, c.record_id;

-- ---------------------------------------------------------------------------
-- Usage recorded by Quillmark's metering (envelopes sent per workspace).

CREATE TABLE rolled_up_usage (
    record_id serial unique,
    id varchar(36) NOT NULL,
    subscription_id varchar(36),
    unit_type varchar(255),
    record_date date,
    amount bigint,
    tracking_id varchar(128) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date datetime NOT NULL,
    account_record_id bigint not null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX rolled_up_usage_id ON rolled_up_usage(id);
CREATE INDEX rolled_up_usage_subscription_id ON rolled_up_usage(subscription_id ASC);
CREATE INDEX rolled_up_usage_tenant_account_record_id ON rolled_up_usage(tenant_record_id, account_record_id);
CREATE INDEX rolled_up_usage_account_record_id ON rolled_up_usage(account_record_id);
CREATE INDEX rolled_up_usage_tracking_id_subscription_id_tenant_record_id ON rolled_up_usage(tracking_id, subscription_id, tenant_record_id);

INSERT INTO rolled_up_usage (id, subscription_id, unit_type, record_date, amount, tracking_id, created_by, created_date, account_record_id, tenant_record_id)
SELECT kbgen.uid('ruu', s.n * 100 + g), s.id, 'envelopes', date '2024-04-01' + g * 3, 1 + fixture_gen.n('ruq', s.n * 100 + g, 40),
       'env-' || to_char(date '2024-04-01' + g * 3, 'YYYYMMDD') || '-' || substr(md5('trk' || s.n || g), 1, 8), 'quillmark-metering',
       (date '2024-04-02' + g * 3)::timestamp + interval '00:15:00', s.i, s.t
FROM kbgen.sub s CROSS JOIN generate_series(0, 28) g WHERE s.product = 'ExtraEnvelopes' AND (s.cancelled IS NULL OR s.cancelled > date '2024-04-01' + g * 3)
ORDER BY date '2024-04-01' + g * 3, s.n;

-- ---------------------------------------------------------------------------
-- The audit log: one row per history row (and per invoice), with the reason
-- and comment the operator typed in Kaui or the API caller sent.

CREATE TABLE audit_log (
    record_id serial unique,
    id varchar(36) NOT NULL,
    target_record_id bigint not null,
    table_name varchar(50) NOT NULL,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    reason_code varchar(255) DEFAULT NULL,
    comments varchar(255) DEFAULT NULL,
    user_token varchar(36),
    created_date datetime NOT NULL,
    account_record_id bigint default null,
    tenant_record_id bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX audit_log_fetch_target_record_id ON audit_log(table_name, target_record_id);
CREATE INDEX audit_log_user_name ON audit_log(created_by);
CREATE INDEX audit_log_tenant_account_record_id ON audit_log(tenant_record_id, account_record_id);
CREATE INDEX audit_log_via_history ON audit_log(target_record_id, table_name, tenant_record_id);

CREATE TABLE kbgen.au AS
SELECT row_number() OVER (ORDER BY x.at, x.tn, x.rid) AS n, x.* FROM (
  SELECT record_id AS rid, 'ACCOUNT_HISTORY' AS tn, change_type AS ct, created_by AS by, created_date AS at, target_record_id AS acct, tenant_record_id AS t FROM account_history
  UNION ALL SELECT record_id, 'ACCOUNT_EMAIL_HISTORY', change_type, created_by, created_date, account_record_id, tenant_record_id FROM account_email_history
  UNION ALL SELECT record_id, 'PAYMENT_METHOD_HISTORY', change_type, created_by, created_date, account_record_id, tenant_record_id FROM payment_method_history
  UNION ALL SELECT record_id, 'PAYMENT_HISTORY', change_type, created_by, created_date, account_record_id, tenant_record_id FROM payment_history
  UNION ALL SELECT record_id, 'CUSTOM_FIELD_HISTORY', change_type, created_by, created_date, account_record_id, tenant_record_id FROM custom_field_history
  UNION ALL SELECT record_id, 'INVOICES', 'INSERT', created_by, created_date, account_record_id, tenant_record_id FROM invoices
  UNION ALL SELECT record_id, 'INVOICE_ITEMS', 'INSERT', created_by, created_date, account_record_id, tenant_record_id FROM invoice_items WHERE type IN ('EXTERNAL_CHARGE', 'CREDIT_ADJ')
  UNION ALL SELECT record_id, 'TENANT_KVS', 'INSERT', created_by, created_date, NULL, tenant_record_id FROM tenant_kvs
) x;

INSERT INTO audit_log (id, target_record_id, table_name, change_type, created_by, reason_code, comments, user_token, created_date, account_record_id, tenant_record_id)
SELECT kbgen.uid('audit', au.n), au.rid, au.tn, au.ct, au.by,
       CASE WHEN au.by IN (SELECT login FROM kbgen.op) AND au.by NOT IN ('ops-terraform', 'readonly-bi') THEN
              CASE au.tn WHEN 'ACCOUNT_HISTORY' THEN fixture_gen.pick(ARRAY['CUSTOMER_REQUEST', 'Moved house', 'Data correction', 'CUSTOMER_REQUEST'], 'aur', au.n)
                         WHEN 'PAYMENT_METHOD_HISTORY' THEN fixture_gen.pick(ARRAY['Card replaced', 'Card stolen', 'CUSTOMER_REQUEST'], 'aur', au.n)
                         WHEN 'INVOICE_ITEMS' THEN fixture_gen.pick(ARRAY['Goodwill', 'Engineer visit', 'Service outage'], 'aur', au.n)
                         WHEN 'PAYMENT_HISTORY' THEN fixture_gen.pick(ARRAY['Refund', 'Manual retry', 'Chargeback'], 'aur', au.n)
                         ELSE NULL END
            WHEN au.by LIKE '%@%' THEN 'self-service' END,
       CASE WHEN au.by IN (SELECT login FROM kbgen.op) AND au.by NOT IN ('ops-terraform', 'readonly-bi') AND au.n % 3 <> 0 THEN
              CASE au.tn
                WHEN 'ACCOUNT_HISTORY' THEN fixture_gen.pick(ARRAY[
                    'Zendesk #' || (40000 + au.n) || ': ' || coalesce((SELECT split_part(name, ' ', 1) FROM kbgen.a WHERE a.i = au.acct), 'customer') || ' called to update details, verified DOB and postcode',
                    'New address confirmed by ' || coalesce((SELECT name FROM kbgen.a WHERE a.i = au.acct), 'the customer') || ' over chat',
                    'Changed email at the request of ' || coalesce((SELECT name FROM kbgen.a WHERE a.i = au.acct), 'the customer') || ' (old mailbox hacked)',
                    'Typo in the postcode', 'Name change after marriage, certificate seen'], 'auc', au.n)
                WHEN 'PAYMENT_METHOD_HISTORY' THEN fixture_gen.pick(ARRAY['Card reported stolen by ' || coalesce((SELECT name FROM kbgen.a WHERE a.i = au.acct), 'the customer') || ', called from ' || coalesce((SELECT phone FROM kbgen.a WHERE a.i = au.acct), 'a withheld number'),
                    'Customer switched to direct debit', 'Expired card replaced'], 'auc', au.n)
                WHEN 'INVOICE_ITEMS' THEN fixture_gen.pick(ARRAY['Agreed on the phone with ' || coalesce((SELECT split_part(name, ' ', 1) FROM kbgen.a WHERE a.i = au.acct), 'the customer'), 'Per outage policy', 'Approved by team lead'], 'auc', au.n)
                WHEN 'PAYMENT_HISTORY' THEN fixture_gen.pick(ARRAY['Refund requested by email', 'Retried after the customer topped up', 'Dispute lost'], 'auc', au.n)
                WHEN 'TENANT_KVS' THEN fixture_gen.pick(ARRAY['Rotated Stripe key (INC-2291)', 'Catalog v' || (au.n % 5 + 2), 'Template copy update'], 'auc', au.n)
                ELSE NULL END
            WHEN au.by LIKE '%@%' AND au.tn = 'ACCOUNT_HISTORY' THEN 'Updated from the account page' END,
       kbgen.uid('reqtoken', au.n / 3), au.at, au.acct, au.t
FROM kbgen.au au ORDER BY au.n;

-- ---------------------------------------------------------------------------
-- The notification queue and the event bus (with their histories). The
-- nodes of the cluster claim entries under their host names.

CREATE TABLE notifications (
    record_id serial unique,
    class_name varchar(256) NOT NULL,
    event_json text NOT NULL,
    user_token varchar(36),
    created_date datetime NOT NULL,
    creating_owner varchar(50) NOT NULL,
    processing_owner varchar(50) DEFAULT NULL,
    processing_available_date datetime DEFAULT NULL,
    processing_state varchar(14) DEFAULT 'AVAILABLE',
    error_count int DEFAULT 0,
    search_key1 bigint not null,
    search_key2 bigint not null default 0,
    queue_name varchar(64) NOT NULL,
    effective_date datetime NOT NULL,
    future_user_token varchar(36),
    PRIMARY KEY(record_id)
);
CREATE INDEX idx_comp_where ON notifications(effective_date, processing_state, processing_owner, processing_available_date);
CREATE INDEX idx_update ON notifications(processing_state, processing_owner, processing_available_date);
CREATE INDEX idx_get_ready ON notifications(effective_date, created_date);
CREATE INDEX notifications_search_keys ON notifications(search_key2, search_key1);

CREATE TABLE notifications_history (
    record_id serial unique,
    class_name varchar(256) NOT NULL,
    event_json text NOT NULL,
    user_token varchar(36),
    created_date datetime NOT NULL,
    creating_owner varchar(50) NOT NULL,
    processing_owner varchar(50) DEFAULT NULL,
    processing_available_date datetime DEFAULT NULL,
    processing_state varchar(14) DEFAULT 'AVAILABLE',
    error_count int DEFAULT 0,
    search_key1 bigint not null,
    search_key2 bigint not null default 0,
    queue_name varchar(64) NOT NULL,
    effective_date datetime NOT NULL,
    future_user_token varchar(36),
    PRIMARY KEY(record_id)
);
CREATE INDEX notifications_history_search_keys ON notifications_history(search_key2, search_key1);

CREATE FUNCTION kbgen.node(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['ip-10-40-1-17.eu-west-1.compute.internal', 'ip-10-40-2-88.eu-west-1.compute.internal', 'ip-10-40-3-142.eu-west-1.compute.internal'], tag, i)
$$;

-- Entries: (class, json, queue, account, tenant, created, effective, done?).
CREATE TABLE kbgen.nq AS
SELECT row_number() OVER (ORDER BY x.eff, x.cls, x.acct) AS n, x.* FROM (
  -- Next billing dates of the active subscriptions.
  SELECT 'org.killbill.billing.invoice.notification.NextBillingDateNotificationKey' AS cls,
         json_build_object('uuidKey', s.id, 'subscriptionIds', json_build_array(s.id), 'targetDate', to_char(sub.charged_through_date, 'YYYY-MM-DD'), 'isDryRunForInvoiceNotification', false, 'isRescheduled', false)::text AS js,
         'invoice-service:next-billing-date-queue' AS q, s.i AS acct, s.t, sub.charged_through_date - interval '27 days' AS created, sub.charged_through_date AS eff, sub.charged_through_date < timestamp '2024-06-28' AS done
  FROM kbgen.sub s JOIN subscriptions sub ON sub.id = s.id WHERE s.cancelled IS NULL AND sub.charged_through_date IS NOT NULL AND s.n % 2 = 0
  UNION ALL
  -- Payment retries keep the properties of the failed attempt.
  SELECT 'org.killbill.billing.payment.retry.PaymentRetryNotificationKey',
         json_build_object('attemptId', kbgen.uid('att', tx.n), 'paymentId', p.id, 'paymentMethodId', p.pm_id, 'paymentExternalKey', p.ext, 'transactionExternalKey', at.transaction_external_key,
                           'transactionType', 'PURCHASE', 'amount', p.amount, 'currency', p.currency, 'paymentControlPluginNames', json_build_array('__INVOICE_PAYMENT_CONTROL_PLUGIN__'),
                           'properties', (convert_from(at.plugin_properties, 'UTF8'))::json)::text,
         'payment-service:retry', p.i, p.t, tx.at + interval '5 seconds', tx.at + make_interval(days => CASE p.t WHEN 1 THEN 8 WHEN 2 THEN 1 ELSE 3 END),
         tx.at + make_interval(days => CASE p.t WHEN 1 THEN 8 WHEN 2 THEN 1 ELSE 3 END) < timestamp '2024-06-28' AND tx.at < timestamp '2024-06-15'
  FROM kbgen.tx tx JOIN kbgen.pay p ON p.n = tx.pay_n JOIN payment_attempts at ON at.record_id = tx.n WHERE tx.status = 'PAYMENT_FAILURE'
  UNION ALL
  -- Overdue checks.
  SELECT 'org.killbill.billing.overdue.notification.OverdueCheckNotificationKey', json_build_object('uuidKey', b.blockable_id, 'type', 'ACCOUNT')::text,
         'overdue-service:overdue-check-queue', b.account_record_id::int, b.tenant_record_id::int, b.effective_date - interval '14 days', b.effective_date, b.effective_date < timestamp '2024-06-28'
  FROM blocking_states b WHERE b.type = 'ACCOUNT'
  UNION ALL
  -- Retries of push notifications the tenant's endpoint refused, with the callback URL.
  SELECT 'org.killbill.billing.server.notifications.PushNotificationKey',
         json_build_object('tenantId', (SELECT id FROM tenants WHERE record_id = p.t), 'accountId', p.account_id, 'eventType', CASE WHEN tx.status = 'SUCCESS' THEN 'PAYMENT_SUCCESS' ELSE 'PAYMENT_FAILED' END,
                           'objectType', 'PAYMENT', 'objectId', p.id, 'attemptNumber', 1 + tx.n % 3,
                           'metaData', json_build_object('paymentTransactionId', kbgen.uid('tx', tx.n), 'paymentTransactionExternalKey', at.transaction_external_key)::text,
                           'url', (SELECT tenant_value FROM tenant_kvs k WHERE k.tenant_record_id = p.t AND k.tenant_key = 'PUSH_NOTIFICATION_CB' AND k.is_active))::text,
         'PushNotificationRetryService:push-notification-retry-queue', p.i, p.t, tx.at + interval '1 minute', tx.at + make_interval(mins => (5 * (1 + tx.n % 3))::int),
         tx.at < CASE WHEN p.t = 1 THEN timestamp '2024-06-12 00:00:00' ELSE timestamp '2024-06-27 23:00:00' END
  FROM kbgen.tx tx JOIN kbgen.pay p ON p.n = tx.pay_n JOIN payment_attempts at ON at.record_id = tx.n WHERE tx.n % 9 = 2 AND p.t IN (1, 3)
  UNION ALL
  -- Future subscription events (plan changes and cancellations).
  SELECT 'org.killbill.billing.subscription.engine.core.SubscriptionNotificationKey', json_build_object('eventId', e.id, 'seqId', 0)::text,
         'subscription-service:subscription-events', e.account_record_id::int, e.tenant_record_id::int, e.created_date, e.effective_date, e.effective_date < timestamp '2024-06-28'
  FROM subscription_events e WHERE e.user_type IN ('CHANGE', 'CANCEL') OR e.event_type = 'PHASE'
) x;

INSERT INTO notifications (class_name, event_json, user_token, created_date, creating_owner, processing_owner, processing_available_date, processing_state, error_count, search_key1, search_key2, queue_name, effective_date, future_user_token)
SELECT cls, js, kbgen.uid('ntok', n), created, kbgen.node('nco', n), NULL, NULL, 'AVAILABLE', CASE WHEN cls LIKE '%PushNotificationKey' THEN 1 ELSE 0 END, acct, t, q, eff, kbgen.uid('nftok', n)
FROM kbgen.nq WHERE NOT done ORDER BY n;
INSERT INTO notifications_history (class_name, event_json, user_token, created_date, creating_owner, processing_owner, processing_available_date, processing_state, error_count, search_key1, search_key2, queue_name, effective_date, future_user_token)
SELECT cls, js, kbgen.uid('ntok', n), created, kbgen.node('nco', n), kbgen.node('npo', n), eff + interval '5 minutes',
       CASE WHEN cls LIKE '%PushNotificationKey' AND n % 4 = 0 THEN 'FAILED' WHEN n % 37 = 0 THEN 'REMOVED' ELSE 'PROCESSED' END,
       CASE WHEN cls LIKE '%PushNotificationKey' THEN 1 + n % 3 ELSE 0 END, acct, t, q, eff, kbgen.uid('nftok', n)
FROM kbgen.nq WHERE done ORDER BY eff, n;

CREATE TABLE bus_events (
    record_id serial unique,
    class_name varchar(128) NOT NULL,
    event_json text NOT NULL,
    user_token varchar(36),
    created_date datetime NOT NULL,
    creating_owner varchar(50) NOT NULL,
    processing_owner varchar(50) DEFAULT NULL,
    processing_available_date datetime DEFAULT NULL,
    processing_state varchar(14) DEFAULT 'AVAILABLE',
    error_count int DEFAULT 0,
    search_key1 bigint default null,
    search_key2 bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX idx_bus_where ON bus_events(processing_state, processing_owner, processing_available_date);
CREATE INDEX bus_events_tenant_account_record_id ON bus_events(search_key2, search_key1);

CREATE TABLE bus_events_history (
    record_id serial unique,
    class_name varchar(128) NOT NULL,
    event_json text NOT NULL,
    user_token varchar(36),
    created_date datetime NOT NULL,
    creating_owner varchar(50) NOT NULL,
    processing_owner varchar(50) DEFAULT NULL,
    processing_available_date datetime DEFAULT NULL,
    processing_state varchar(14) DEFAULT 'AVAILABLE',
    error_count int DEFAULT 0,
    search_key1 bigint default null,
    search_key2 bigint not null default 0,
    PRIMARY KEY(record_id)
);
CREATE INDEX bus_events_history_tenant_account_record_id ON bus_events_history(search_key2, search_key1);

CREATE TABLE kbgen.bq AS
SELECT row_number() OVER (ORDER BY x.at, x.cls, x.acct) AS n, x.* FROM (
  SELECT 'org.killbill.billing.account.api.user.DefaultAccountCreationEvent' AS cls,
         json_build_object('id', h.id, 'data', json_build_object('externalKey', h.external_key, 'name', h.name, 'firstNameLength', h.first_name_length, 'email', h.email,
             'billCycleDayLocal', h.billing_cycle_day_local, 'currency', h.currency, 'parentAccountId', h.parent_account_id, 'isPaymentDelegatedToParent', h.is_payment_delegated_to_parent,
             'paymentMethodId', NULL, 'referenceTime', to_char(h.reference_time, 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'), 'timeZone', h.time_zone, 'locale', h.locale,
             'address1', h.address1, 'address2', h.address2, 'companyName', h.company_name, 'city', h.city, 'stateOrProvince', h.state_or_province, 'postalCode', h.postal_code,
             'country', h.country, 'phone', h.phone, 'notes', h.notes, 'isMigrated', h.migrated),
             'searchKey1', h.target_record_id, 'searchKey2', h.tenant_record_id, 'userToken', kbgen.uid('btok', h.record_id), 'busEventType', 'ACCOUNT_CREATE')::text AS js,
         h.target_record_id::int AS acct, h.tenant_record_id::int AS t, h.created_date AS at
  FROM account_history h WHERE h.change_type = 'INSERT'
  UNION ALL
  SELECT 'org.killbill.billing.account.api.user.DefaultAccountChangeEvent',
         json_build_object('changedFields', (SELECT json_agg(json_build_object('fieldName', f, 'oldValue', o, 'newValue', nv)) FROM (VALUES ('email', old.email, h.email), ('name', old.name, h.name),
             ('address1', old.address1, h.address1), ('city', old.city, h.city), ('postalCode', old.postal_code, h.postal_code), ('phone', old.phone, h.phone)) c(f, o, nv) WHERE o IS DISTINCT FROM nv),
             'accountId', h.id, 'searchKey1', h.target_record_id, 'searchKey2', h.tenant_record_id, 'userToken', kbgen.uid('btok', h.record_id), 'busEventType', 'ACCOUNT_CHANGE')::text,
         h.target_record_id::int, h.tenant_record_id::int, h.created_date
  FROM account_history h JOIN account_history old ON old.target_record_id = h.target_record_id AND old.change_type = 'INSERT' WHERE h.change_type = 'UPDATE'
  UNION ALL
  SELECT 'org.killbill.billing.invoice.api.user.DefaultInvoiceCreationEvent',
         json_build_object('invoiceId', i.id, 'accountId', i.account_id, 'amountOwed', (SELECT sum(amount) FROM invoice_items ii WHERE ii.invoice_id = i.id), 'currency', i.currency,
             'searchKey1', i.account_record_id, 'searchKey2', i.tenant_record_id, 'userToken', kbgen.uid('btoki', i.record_id), 'busEventType', 'INVOICE_CREATION')::text,
         i.account_record_id::int, i.tenant_record_id::int, i.created_date
  FROM invoices i WHERE i.record_id % 3 = 0
  UNION ALL
  SELECT CASE WHEN t.transaction_status = 'SUCCESS' THEN 'org.killbill.billing.payment.api.DefaultPaymentInfoEvent' ELSE 'org.killbill.billing.payment.api.DefaultPaymentErrorEvent' END,
         json_build_object('accountId', p.account_id, 'paymentId', t.payment_id, 'paymentTransactionId', t.id, 'amount', t.amount, 'currency', t.currency, 'status', t.transaction_status,
             'transactionType', t.transaction_type, 'effectiveDate', to_char(t.effective_date, 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'), 'message', t.gateway_error_msg,
             'searchKey1', t.account_record_id, 'searchKey2', t.tenant_record_id, 'userToken', kbgen.uid('btokp', t.record_id),
             'busEventType', CASE WHEN t.transaction_status = 'SUCCESS' THEN 'PAYMENT_INFO' ELSE 'PAYMENT_ERROR' END)::text,
         t.account_record_id::int, t.tenant_record_id::int, t.created_date
  FROM payment_transactions t JOIN payments p ON p.id = t.payment_id WHERE t.record_id % 4 = 1 OR t.transaction_status <> 'SUCCESS'
  UNION ALL
  SELECT 'org.killbill.billing.util.tag.api.user.DefaultControlTagCreationEvent',
         json_build_object('tagId', g.id, 'objectId', g.object_id, 'objectType', g.object_type, 'tagDefinition', json_build_object('id', g.tag_definition_id, 'isControlTag', true),
             'searchKey1', g.account_record_id, 'searchKey2', g.tenant_record_id, 'userToken', kbgen.uid('btokt', g.record_id), 'busEventType', 'CONTROL_TAG_CREATION')::text,
         g.account_record_id::int, g.tenant_record_id::int, g.created_date
  FROM tags g WHERE g.tag_definition_id LIKE '00000000-%'
) x;

INSERT INTO bus_events (class_name, event_json, user_token, created_date, creating_owner, processing_owner, processing_available_date, processing_state, error_count, search_key1, search_key2)
SELECT cls, js, (js::json)->>'userToken', at, kbgen.node('bco', n), NULL, NULL, 'AVAILABLE', 0, acct, t FROM kbgen.bq WHERE at >= timestamp '2024-06-24' ORDER BY n;
INSERT INTO bus_events_history (class_name, event_json, user_token, created_date, creating_owner, processing_owner, processing_available_date, processing_state, error_count, search_key1, search_key2)
SELECT cls, js, (js::json)->>'userToken', at, kbgen.node('bco', n), kbgen.node('bpo', n), at + interval '5 minutes', 'PROCESSED', 0, acct, t FROM kbgen.bq WHERE at < timestamp '2024-06-24' ORDER BY n;

-- ---------------------------------------------------------------------------
-- Shiro's users, roles, permissions and sessions.

CREATE TABLE users (
    record_id serial unique,
    username varchar(128) NULL,
    password varchar(128) NULL,
    password_salt varchar(128) NULL,
    is_active boolean default true,
    created_date datetime NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date datetime DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX users_username ON users(username);

-- password: SimpleHash("SHA-512", password, salt, 1024) in base64.
INSERT INTO users (record_id, username, password, password_salt, is_active, created_date, created_by, updated_date, updated_by)
SELECT k, login, fixture_gen.b64('upw', k, 64), fixture_gen.b64('usalt', k, 16), k NOT IN (10, 14),
       timestamp '2021-01-14 10:00:00' + make_interval(days => (k - 1) * 41), CASE WHEN k = 1 THEN 'admin' WHEN k = 11 THEN 'admin' ELSE fixture_gen.pick(ARRAY['admin', 'ops-terraform'], 'ucb', k) END,
       timestamp '2021-01-14 10:00:00' + make_interval(days => (k - 1) * 41 + fixture_gen.n('uud', k, 300)), CASE WHEN k IN (10, 14) THEN 'admin' ELSE login END
FROM kbgen.op ORDER BY k;
INSERT INTO users (record_id, username, password, password_salt, is_active, created_date, created_by, updated_date, updated_by) VALUES
  (16, 'kaui-nordlys', NULL, NULL, true, '2021-01-15 09:00:00', 'ops-terraform', NULL, NULL),
  (17, 'harvest-storefront', NULL, NULL, true, '2021-08-31 12:00:00', 'ops-terraform', NULL, NULL);
UPDATE users SET password = fixture_gen.b64('upw', record_id, 64), password_salt = fixture_gen.b64('usalt', record_id, 16) WHERE record_id IN (16, 17);

CREATE TABLE user_roles (
    record_id serial unique,
    username varchar(128) NULL,
    role_name varchar(128) NULL,
    is_active boolean default true,
    created_date datetime NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date datetime DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY(record_id)
);
CREATE INDEX user_roles_idx ON user_roles(username, role_name);

INSERT INTO user_roles (username, role_name, is_active, created_date, created_by, updated_date, updated_by)
SELECT u.username, r.role, r.role <> 'support' OR u.record_id <> 9, u.created_date + interval '1 minute', u.created_by, u.created_date + interval '1 minute', u.created_by
FROM users u JOIN kbgen.op o ON o.k = u.record_id CROSS JOIN LATERAL (SELECT o.role UNION ALL SELECT 'support' WHERE o.role = 'support_lead' UNION ALL SELECT 'finance' WHERE o.k = 7) r(role)
UNION ALL SELECT 'kaui-nordlys', 'support', true, '2021-01-15 09:01:00', 'ops-terraform', NULL, NULL
UNION ALL SELECT 'harvest-storefront', 'storefront', true, '2021-08-31 12:01:00', 'ops-terraform', NULL, NULL
ORDER BY 4, 1;

CREATE TABLE roles_permissions (
    record_id serial unique,
    role_name varchar(128) NULL,
    permission varchar(128) NULL,
    is_active boolean default true,
    created_date datetime NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date datetime DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY(record_id)
);
CREATE INDEX roles_permissions_idx ON roles_permissions(role_name, permission);

INSERT INTO roles_permissions (role_name, permission, is_active, created_date, created_by, updated_date, updated_by)
SELECT role, perm, true, timestamp '2021-01-14 10:00:00' + make_interval(mins => ord::int), 'admin', timestamp '2021-01-14 10:00:00' + make_interval(mins => ord::int), 'admin'
FROM (SELECT row_number() OVER () AS ord, * FROM (VALUES
  ('root', '*'),
  ('support', 'account:create'), ('support', 'account:update'), ('support', 'account:add_emails'), ('support', 'account:delete_emails'), ('support', 'payment:refund'),
  ('support', 'invoice:item_adjust'), ('support', 'invoice:credit'), ('support', 'tag:add'), ('support', 'tag:delete'), ('support', 'custom_field:add'), ('support', 'custom_field:modify'),
  ('support', 'entitlement:pause_resume'), ('support', 'entitlement:cancel'),
  ('support_lead', 'payment:chargeback'), ('support_lead', 'account:close'), ('support_lead', 'overdue:*'),
  ('finance', 'invoice:*'), ('finance', 'payment:*'), ('finance', 'catalog:config_upload'), ('finance', 'tenant_kvs:add'), ('finance', 'usage:record'),
  ('readonly', 'account:view'), ('readonly', 'invoice:view'), ('readonly', 'payment:view'),
  ('storefront', 'account:create'), ('storefront', 'account:update'), ('storefront', 'payment:trigger'), ('storefront', 'payment_method:add'), ('storefront', 'entitlement:create'),
  ('storefront', 'entitlement:change_plan'), ('storefront', 'entitlement:cancel'), ('storefront', 'custom_field:add')
) v(role, perm)) x;

CREATE TABLE sessions (
    record_id serial unique,
    id varchar(36) NOT NULL,
    start_timestamp datetime NOT NULL,
    last_access_time datetime DEFAULT NULL,
    timeout int,
    host varchar(100) DEFAULT NULL,
    session_data mediumblob DEFAULT NULL,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX sessions_id ON sessions(id);

-- session_data: the SimpleSession as Java serialization writes it (its id,
-- host and attributes: the principal and the realm that authenticated it).
INSERT INTO sessions (id, start_timestamp, last_access_time, timeout, host, session_data)
SELECT sid, st, st + make_interval(secs => fixture_gen.n('sla', k, 3500)), 3600000, host,
       decode('aced00057372002a', 'hex') || convert_to('org.apache.shiro.session.mgt.SimpleSession', 'UTF8') || decode('9d1ca1b8d58c626e0300007870770200db74', 'hex')
    || convert_to(sid, 'UTF8') || decode('7372000e', 'hex') || convert_to('java.util.Date', 'UTF8') || decode('686a81014b59741903000078707708', 'hex')
    || decode(lpad(to_hex((extract(epoch FROM st) * 1000)::bigint), 16, '0'), 'hex') || decode('7874', 'hex') || convert_to(host, 'UTF8')
    || decode('737200116a6176612e7574696c2e486173684d6170', 'hex') || decode('0507dac1c31660d103000246000a6c6f6164466163746f724900097468726573686f6c647870', 'hex')
    || convert_to('org.apache.shiro.subject.support.DefaultSubjectContext_AUTHENTICATED_SESSION_KEY', 'UTF8') || decode('737200116a6176612e6c616e672e426f6f6c65616e', 'hex')
    || convert_to('org.apache.shiro.subject.support.DefaultSubjectContext_PRINCIPALS_SESSION_KEY', 'UTF8') || decode('7372', 'hex')
    || convert_to('org.apache.shiro.subject.SimplePrincipalCollection', 'UTF8') || decode('a87f5825c6a3084a0300014c000f7265616c6d5072696e636970616c737400', 'hex')
    || convert_to('KillBillJdbcRealm', 'UTF8') || decode('74', 'hex') || convert_to(login, 'UTF8') || decode('7878', 'hex')
FROM (
  SELECT k, kbgen.uid('session', k) AS sid, timestamp '2024-06-27 18:00:00' - make_interval(mins => (k * 37 + fixture_gen.n('sst', k, 30))::int) AS st,
         CASE WHEN o.login IN ('kaui-nordlys', 'harvest-storefront') OR k % 3 <> 0 THEN fixture_gen.pick(ARRAY['10.40.1.23', '10.40.2.51', '10.40.3.9'], 'shost', k)
              ELSE CASE WHEN k % 2 = 0 THEN fixture_gen.ipv4('shost', k) ELSE fixture_gen.ipv6('shost', k) END END AS host,
         o.login
  FROM generate_series(1, 60) k
  CROSS JOIN LATERAL (SELECT username AS login FROM users WHERE record_id = 1 + fixture_gen.n('slog', k, 17) AND (is_active OR k > 55)) o
) x ORDER BY st;

-- ---------------------------------------------------------------------------
-- The cluster's nodes.

CREATE TABLE node_infos (
    record_id serial unique,
    node_name varchar(50) NOT NULL,
    boot_date datetime NOT NULL,
    updated_date datetime NOT NULL,
    node_info text NOT NULL,
    is_active boolean default true,
    PRIMARY KEY(record_id)
);
CREATE UNIQUE INDEX node_name_idx ON node_infos(node_name);

INSERT INTO node_infos (node_name, boot_date, updated_date, node_info, is_active)
SELECT node, boot, timestamp '2024-06-27 23:59:00' - make_interval(secs => k * 7), json_build_object('nodeName', node, 'bootTime', to_char(boot, 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'),
         'updatedDate', to_char(timestamp '2024-06-27 23:59:00' - make_interval(secs => k * 7), 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'),
         'kbVersion', '0.24.10', 'apiVersion', '0.54.0', 'pluginApiVersion', '0.26.4', 'commonVersion', '0.26.17', 'platformVersion', '0.41.9',
         'pluginsInfo', json_build_array(
            json_build_object('bundleSymbolicName', 'org.kill-bill.billing.plugin.java.stripe-plugin', 'pluginKey', 'stripe', 'pluginName', 'killbill-stripe', 'version', '8.0.1', 'state', 'RUNNING', 'isSelectedForStart', true),
            json_build_object('bundleSymbolicName', 'org.kill-bill.billing.plugin.java.email-notifications-plugin', 'pluginKey', 'email-notifications', 'pluginName', 'killbill-email-notifications', 'version', '0.7.2', 'state', 'RUNNING', 'isSelectedForStart', true),
            json_build_object('bundleSymbolicName', 'org.kill-bill.billing.plugin.java.avatax-plugin', 'pluginKey', 'avatax', 'pluginName', 'killbill-avatax', 'version', '0.10.0', 'state', 'RUNNING', 'isSelectedForStart', true)),
         'ipAddresses', json_build_array(ip), 'jvmVersion', '11.0.23')::text, k <= 3
FROM (VALUES (1, 'ip-10-40-1-17.eu-west-1.compute.internal', '10.40.1.17', timestamp '2024-06-03 04:12:09'), (2, 'ip-10-40-2-88.eu-west-1.compute.internal', '10.40.2.88', '2024-06-03 04:14:51'),
  (3, 'ip-10-40-3-142.eu-west-1.compute.internal', '10.40.3.142', '2024-06-19 22:40:37'), (4, 'ip-10-40-3-77.eu-west-1.compute.internal', '10.40.3.77', '2024-05-02 03:01:44')) v(k, node, ip, boot)
ORDER BY k;

-- ---------------------------------------------------------------------------
-- The Stripe plugin's tables (its own migrations: kb_ ids as char(36),
-- additional_data as longtext JSON of what Stripe returned).

CREATE TABLE stripe_hpp_requests (
  record_id serial
, kb_account_id char(36) not null
, kb_payment_id char(36) default null
, kb_payment_transaction_id char(36) default null
, session_id varchar(255) not null
, additional_data longtext default null
, created_date datetime not null
, kb_tenant_id char(36) not null
, primary key(record_id)
);
CREATE INDEX stripe_hpp_requests_kb_account_id ON stripe_hpp_requests(kb_account_id);
CREATE UNIQUE INDEX stripe_hpp_requests_kb_session_id ON stripe_hpp_requests(session_id);
CREATE INDEX stripe_hpp_requests_kb_payment_transaction_id ON stripe_hpp_requests(kb_payment_transaction_id);

CREATE TABLE stripe_responses (
  record_id serial
, kb_account_id char(36) not null
, kb_payment_id char(36) not null
, kb_payment_transaction_id char(36) not null
, transaction_type varchar(32) not null
, amount numeric(15,9)
, currency char(3)
, stripe_id varchar(255) default null
, additional_data longtext default null
, created_date datetime not null
, kb_tenant_id char(36) not null
, primary key(record_id)
);
CREATE INDEX stripe_responses_kb_payment_id ON stripe_responses(kb_payment_id);
CREATE INDEX stripe_responses_kb_payment_transaction_id ON stripe_responses(kb_payment_transaction_id);
CREATE INDEX stripe_responses_stripe_id ON stripe_responses(stripe_id);

CREATE TABLE stripe_payment_methods (
  record_id serial
, kb_account_id char(36) not null
, kb_payment_method_id char(36) not null
, stripe_id varchar(255) not null
, is_deleted smallint not null default 0
, additional_data longtext default null
, created_date datetime not null
, updated_date datetime not null
, kb_tenant_id char(36) not null
, is_default smallint not null default 0
, primary key(record_id)
);
CREATE UNIQUE INDEX stripe_payment_methods_kb_payment_id ON stripe_payment_methods(kb_payment_method_id);
CREATE INDEX stripe_payment_methods_stripe_id ON stripe_payment_methods(stripe_id);

-- Payment methods: card or debit details as Stripe returned them; Nordlys's
-- oldest cards were imported as legacy sources whose card_description is the
-- name on the card; Harvest Table's metadata carries the shopper's email.
INSERT INTO stripe_payment_methods (record_id, kb_account_id, kb_payment_method_id, stripe_id, is_deleted, additional_data, created_date, updated_date, kb_tenant_id, is_default)
SELECT pm.n, pm.account_id, pm.id, CASE WHEN pm.t = 1 AND pm.n % 5 = 0 AND pm.pmtype = 'card' THEN 'src_1' || kbgen.rnd('ssrc', pm.n, 23) ELSE pm.spm END,
       CASE WHEN pm.cur THEN 0 ELSE 1 END,
       json_strip_nulls(json_build_object(
         'card_brand', pm.brand, 'card_address_line1_check', CASE WHEN pm.pmtype = 'card' THEN fixture_gen.pick(ARRAY['pass', 'unchecked', 'pass'], 'sal1', pm.n) END,
         'card_address_postal_code_check', CASE WHEN pm.pmtype = 'card' THEN 'pass' END, 'card_cvc_check', CASE WHEN pm.pmtype = 'card' THEN 'pass' END,
         'card_country', CASE WHEN pm.pmtype = 'card' THEN pm.c END,
         'card_description', CASE WHEN pm.t = 1 AND pm.n % 5 = 0 AND pm.pmtype = 'card' THEN upper(fixture_gen.ascii(pm.first) || ' ' || fixture_gen.ascii(pm.last)) END,
         'card_exp_month', CASE WHEN pm.pmtype = 'card' THEN pm.expm END, 'card_exp_year', CASE WHEN pm.pmtype = 'card' THEN pm.expy END,
         'card_fingerprint', CASE WHEN pm.pmtype = 'card' THEN pm.fp END, 'card_funding', CASE WHEN pm.pmtype = 'card' THEN fixture_gen.pick(ARRAY['credit', 'debit', 'debit'], 'sfun', pm.n) END,
         'card_iin', CASE WHEN pm.pmtype = 'card' THEN left(pm.pan, 6) END, 'card_last4', CASE WHEN pm.pmtype = 'card' THEN pm.last4 END,
         'card_wallet_type', CASE WHEN pm.pmtype = 'card' AND pm.n % 6 = 1 THEN 'apple_pay' END,
         'sepa_debit_bank_code', CASE WHEN pm.pmtype = 'sepa_debit' THEN fixture_gen.digits('sbc', pm.n, 8) END, 'sepa_debit_country', CASE WHEN pm.pmtype = 'sepa_debit' THEN pm.c END,
         'sepa_debit_fingerprint', CASE WHEN pm.pmtype = 'sepa_debit' THEN pm.fp END, 'sepa_debit_last4', CASE WHEN pm.pmtype = 'sepa_debit' THEN pm.last4 END,
         'bacs_debit_sort_code', CASE WHEN pm.pmtype = 'bacs_debit' THEN fixture_gen.digits('ssc', pm.n, 6) END, 'bacs_debit_last4', CASE WHEN pm.pmtype = 'bacs_debit' THEN pm.last4 END,
         'created', extract(epoch FROM pm.at)::bigint, 'customer_id', pm.cus, 'id', pm.spm, 'livemode', true,
         'metadata', CASE WHEN pm.t = 2 THEN json_build_object('kbAccountId', pm.account_id, 'email', pm.email, 'storefrontCustomerId', 'HTC-' || (200000 + pm.i * 7))
                          ELSE json_build_object('kbAccountId', pm.account_id) END,
         'object', 'payment_method', 'type', pm.pmtype))::text,
       pm.at, CASE WHEN pm.cur THEN pm.at ELSE (SELECT p2.at FROM kbgen.pm p2 WHERE p2.i = pm.i AND p2.cur) END, (SELECT id FROM tenants WHERE record_id = pm.t), CASE WHEN pm.cur THEN 1 ELSE 0 END
FROM kbgen.pm pm WHERE pm.plugin = 'killbill-stripe' ORDER BY pm.n;

-- Responses: the PaymentIntent after each transaction; a declined one keeps
-- Stripe's last_payment_error, whose payment_method has the billing details.
INSERT INTO stripe_responses (kb_account_id, kb_payment_id, kb_payment_transaction_id, transaction_type, amount, currency, stripe_id, additional_data, created_date, kb_tenant_id)
SELECT p.account_id, p.id, kbgen.uid('tx', tx.n), tx.ttype, tx.amt, p.currency, CASE WHEN tx.ttype = 'REFUND' THEN 're_' ELSE 'pi_' END || kbgen.rnd('spi', tx.n, 24),
       json_build_object(
         'amount', round(tx.amt * 100), 'amount_capturable', 0, 'amount_received', CASE WHEN tx.status = 'SUCCESS' THEN round(tx.amt * 100) ELSE 0 END, 'capture_method', 'automatic',
         'last_charge_amount', round(tx.amt * 100), 'last_charge_authorization_code', CASE WHEN tx.status = 'SUCCESS' THEN fixture_gen.digits('sauth', tx.n, 6) END,
         'last_charge_balance_transaction_id', 'txn_' || kbgen.rnd('stxn', tx.n, 24), 'last_charge_created', extract(epoch FROM tx.at)::bigint, 'last_charge_currency', lower(p.currency),
         'last_charge_description', (SELECT substring(val FROM 'chargeDescription=([^\n]*)') FROM kbgen.kv WHERE kv.t = p.t AND key = 'PLUGIN_CONFIG_killbill-stripe' AND active),
         'last_charge_failure_code', tx.err, 'last_charge_failure_message', tx.msg, 'last_charge_id', 'ch_' || kbgen.rnd('sch', tx.n, 24),
         'last_charge_metadata', json_build_object('kbPaymentId', p.id, 'kbTransactionId', kbgen.uid('tx', tx.n)),
         'last_charge_outcome', json_build_object('network_status', CASE WHEN tx.status = 'SUCCESS' THEN 'approved_by_network' ELSE 'declined_by_network' END, 'risk_level', 'normal',
                                'risk_score', fixture_gen.n('srisk', tx.n, 60), 'seller_message', CASE WHEN tx.status = 'SUCCESS' THEN 'Payment complete.' ELSE 'The bank did not return any further details with this decline.' END,
                                'type', CASE WHEN tx.status = 'SUCCESS' THEN 'authorized' ELSE 'issuer_declined' END),
         'last_charge_paid', tx.status = 'SUCCESS', 'last_charge_payment_method_id', p.spm, 'last_charge_payment_method_type', 'card', 'last_charge_status', CASE WHEN tx.status = 'SUCCESS' THEN 'succeeded' ELSE 'failed' END,
         'confirmation_method', 'automatic', 'created', extract(epoch FROM tx.at)::bigint, 'currency', lower(p.currency), 'customer_id', p.cus, 'description', NULL, 'id', 'pi_' || kbgen.rnd('spi', tx.n, 24),
         'last_payment_error', CASE WHEN tx.status <> 'SUCCESS' THEN json_build_object('code', tx.err, 'decline_code', CASE WHEN tx.err = 'card_declined' THEN 'generic_decline' ELSE tx.err END, 'message', tx.msg,
              'payment_method', json_build_object('id', p.spm, 'billing_details', json_build_object('name', a.name, 'email', a.email, 'phone', a.phone,
                  'address', json_build_object('line1', a.addr1, 'line2', a.addr2, 'city', a.city, 'postal_code', a.postal, 'state', a.state, 'country', a.c)),
                  'card', json_build_object('brand', p.brand, 'last4', p.last4, 'exp_month', p.expm, 'exp_year', p.expy))) END,
         'livemode', true, 'metadata', json_build_object('kbAccountId', p.account_id), 'object', 'payment_intent', 'payment_method_id', p.spm, 'payment_method_types', json_build_array('card'),
         'statement_descriptor', NULL, 'status', CASE WHEN tx.status = 'SUCCESS' THEN 'succeeded' ELSE 'requires_payment_method' END)::text,
       tx.at + interval '1 second', (SELECT id FROM tenants WHERE record_id = p.t)
FROM kbgen.tx tx JOIN kbgen.pay p ON p.n = tx.pay_n JOIN kbgen.a a ON a.i = p.i WHERE p.plugin = 'killbill-stripe' AND p.spm IS NOT NULL ORDER BY tx.n;

-- Checkout sessions Harvest Table opened to collect a card: the plugin
-- keeps the publishable key and the SetupIntent's client secret.
INSERT INTO stripe_hpp_requests (kb_account_id, kb_payment_id, kb_payment_transaction_id, session_id, additional_data, created_date, kb_tenant_id)
SELECT pm.account_id, NULL, NULL, 'cs_live_' || kbgen.rnd('scs', pm.n, 58),
       json_build_object('billing_address_collection', 'required', 'cancel_url', 'https://harvesttable.example/checkout/cancel?email=' || replace(pm.email, '@', '%40'),
         'client_reference_id', pm.account_id, 'customer_id', pm.cus, 'id', 'cs_live_' || kbgen.rnd('scs', pm.n, 58), 'livemode', true, 'locale', 'auto', 'object', 'checkout.session',
         'payment_intent_id', NULL, 'payment_method_types', json_build_array('card'), 'setup_intent_id', 'seti_1' || kbgen.rnd('sseti', pm.n, 23), 'subscription_id', NULL,
         'success_url', 'https://harvesttable.example/checkout/complete?session_id={CHECKOUT_SESSION_ID}',
         'publishable_key', (SELECT substring(val FROM 'publicKey=([^\n]*)') FROM kbgen.kv WHERE kv.t = 2 AND key = 'PLUGIN_CONFIG_killbill-stripe' AND active),
         'setup_intent_client_secret', 'seti_1' || kbgen.rnd('sseti', pm.n, 23) || '_secret_' || kbgen.rnd('ssetis', pm.n, 32), 'payment_intent_client_secret', NULL)::text,
       pm.at - interval '3 minutes', (SELECT id FROM tenants WHERE record_id = 2)
FROM kbgen.pm pm WHERE pm.t = 2 AND pm.plugin = 'killbill-stripe' AND pm.n % 3 <> 0 ORDER BY pm.at;

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');

DROP SCHEMA kbgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
