-- classify-eval fixture (HOLDOUT 54: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- PostgreSQL database of an Open Collective platform (the Node/Sequelize
-- opencollective-api), in the naming its Sequelize migrations create:
-- PascalCase plural tables ("Users", "Collectives", "Transactions"),
-- camelCase columns in double quotes, serial integer keys, foreign keys
-- named after the model ("CollectiveId", "CreatedByUserId",
-- "FromCollectiveId", "HostCollectiveId"), "createdAt"/"updatedAt"/
-- "deletedAt" as timestamptz (paranoid models), jsonb "data" and "settings"
-- columns, varchar arrays for tags and scopes, enums kept as varchar, and
-- SequelizeMeta. A subset of its tables, with their columns and types as the
-- migrations leave them. Two departures, said here: the PostGIS
-- geometry(POINT) column of "Locations" is kept as GeoJSON in jsonb (the
-- fixture loads without PostGIS), and "Sessions" is the table of the
-- express-session store the API uses during OAuth connect flows.
--
-- The instance is run by Riverside Commons, a US fiscal host (a 501(c)(3)
-- in Portland, Oregon) for community groups and open-source projects: 20
-- hosted collectives (a Rust image library, a Markdown editor, a GIS
-- toolkit, a mutual aid fund, a community garden, a repair café in Leeds,
-- a Python user group in Accra, a kids' code club in Köln, ...) with their
-- events and projects. Accounts ("Collectives") of every type in one table:
-- the host, collectives, events, projects, sponsoring organizations (some
-- of them sole proprietors trading under their own name), vendors, one
-- profile per user with a bio, avatar, employer, handles and website, and
-- incognito profiles. Users with emails, PayPal emails, bcrypt hashes,
-- encrypted TOTP secrets, hashed recovery codes and the IP and user agent
-- of sign-up and last sign-in. Donors' orders with public and private
-- messages and the guest's name, email and address in "data";
-- subscriptions; payment methods with Stripe customer ids and tokens,
-- cardholder names, PayPal payer emails and gift card codes; the double
-- ledger of transactions whose "data" keeps Stripe charges and PayPal
-- captures with billing details. Expenses from contributors with payout
-- bank details (Wise recipients with IBANs and US account numbers, PayPal
-- emails, free-form "other" instructions), payee addresses, invoice info
-- with VAT numbers, private messages to the host, receipt and invoice files
-- named after people; US tax forms (W-9, W-8BEN) as encrypted documents and
-- links. Comments, conversations and updates, public and private; host
-- applications. The admins' connected GitHub, Stripe, PayPal, Wise and
-- Twitter accounts with their OAuth tokens; OAuth applications, user and
-- personal tokens, authorization codes, sessions, two-factor methods;
-- notifications with Slack and Discord webhook URLs; virtual cards with
-- their encrypted numbers; uploaded files; social links; locations (users'
-- home addresses for tax receipts, event venues); suspended assets (emails,
-- IPs and card fingerprints of fraudsters); the activity log.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ocgen;

-- rnd: random-looking alphanumerics (len up to 200).
CREATE FUNCTION ocgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 40), '+/=', ''), 1, len) $$;

-- at: a time between two instants, deterministic, to the second.
CREATE FUNCTION ocgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('second', lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))
$$;

-- slug: lower-case, hyphenated, ASCII.
CREATE FUNCTION ocgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' FROM regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđÁÉÍÓÚÖÜÇŞŁŚŻĐ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdAEIOUOUCSLSZD')), '[^a-z0-9]+', '-', 'g'))
$$;

-- ua: a browser user agent.
CREATE FUNCTION ocgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0'], tag, i)
$$;

-- city, street, postcode of a country.
CREATE FUNCTION ocgen.city(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'US' THEN fixture_gen.pick(ARRAY['Portland', 'Portland', 'Beaverton', 'Seattle', 'Oakland', 'Austin', 'Brooklyn', 'Chicago', 'Minneapolis'], tag, i)
    WHEN 'GB' THEN fixture_gen.pick(ARRAY['Leeds', 'Leeds', 'Manchester', 'Bristol', 'London', 'Sheffield'], tag, i)
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Köln', 'Köln', 'Berlin', 'Leipzig', 'Hamburg', 'München'], tag, i)
    WHEN 'FR' THEN fixture_gen.pick(ARRAY['Lyon', 'Paris', 'Nantes', 'Toulouse', 'Lille'], tag, i)
    WHEN 'NG' THEN fixture_gen.pick(ARRAY['Lagos', 'Lagos', 'Ibadan', 'Abuja'], tag, i)
    WHEN 'GH' THEN fixture_gen.pick(ARRAY['Accra', 'Accra', 'Kumasi', 'Tema'], tag, i)
    WHEN 'IN' THEN fixture_gen.pick(ARRAY['Pune', 'Pune', 'Bengaluru', 'Mumbai', 'Hyderabad'], tag, i)
    WHEN 'BR' THEN fixture_gen.pick(ARRAY['Curitiba', 'Curitiba', 'São Paulo', 'Porto Alegre'], tag, i)
    WHEN 'JP' THEN fixture_gen.pick(ARRAY['Osaka', 'Tokyo', 'Kyoto'], tag, i)
    ELSE fixture_gen.pick(ARRAY['Toronto', 'Montréal', 'Vancouver'], tag, i) END
$$;

CREATE FUNCTION ocgen.street(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'US' THEN (100 + fixture_gen.n(tag || 'n', i, 9800))::text || ' ' || fixture_gen.pick(ARRAY['SE Hawthorne Blvd', 'NE Alberta St', 'N Williams Ave', 'SE Division St', 'Maple Avenue', 'Oak Street', 'W Burnside St', 'Cedar Lane'], tag, i)
         || CASE WHEN i % 3 = 0 THEN ' Apt ' || (1 + fixture_gen.n(tag || 'a', i, 40))::text ELSE '' END
    WHEN 'GB' THEN CASE WHEN i % 2 = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 20))::text || ', ' ELSE '' END || (1 + fixture_gen.n(tag || 'n', i, 200))::text || ' '
         || fixture_gen.pick(ARRAY['Otley Road', 'Chapeltown Road', 'Harehills Lane', 'Kirkstall Road', 'Victoria Road', 'Church Lane'], tag, i)
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['Venloer Straße', 'Zülpicher Straße', 'Lindenweg', 'Bahnhofstraße', 'Schillerplatz', 'Neusser Straße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 150))::text
    WHEN 'FR' THEN (1 + fixture_gen.n(tag || 'n', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['rue de la République', 'avenue Victor Hugo', 'rue des Lilas', 'boulevard Voltaire'], tag, i)
    WHEN 'NG' THEN (1 + fixture_gen.n(tag || 'n', i, 60))::text || ' ' || fixture_gen.pick(ARRAY['Admiralty Way, Lekki Phase 1', 'Adeola Odeku Street, Victoria Island', 'Herbert Macaulay Way, Yaba', 'Allen Avenue, Ikeja'], tag, i)
    WHEN 'GH' THEN fixture_gen.pick(ARRAY['House 14, Oxford Street, Osu', 'Plot 7, Spintex Road', '22 Liberation Road, Airport Residential', 'Block C, Dzorwulu'], tag, i)
    WHEN 'IN' THEN 'Flat ' || (101 + fixture_gen.n(tag || 'f', i, 800))::text || ', ' || fixture_gen.pick(ARRAY['Koregaon Park', 'Baner Road', 'Kothrud', 'Aundh', 'Viman Nagar'], tag, i)
    WHEN 'BR' THEN fixture_gen.pick(ARRAY['Rua XV de Novembro', 'Avenida Sete de Setembro', 'Rua Augusta', 'Rua das Flores'], tag, i) || ', ' || (1 + fixture_gen.n(tag || 'n', i, 2000))::text
    ELSE fixture_gen.street(tag, i) END
$$;

CREATE FUNCTION ocgen.zip(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE cc
    WHEN 'US' THEN fixture_gen.pick(ARRAY['97214', '97211', '97227', '97202', '98103', '94612', '78704', '11215'], tag, i)
    WHEN 'GB' THEN fixture_gen.pick(ARRAY['LS6', 'LS7', 'LS8', 'M14', 'BS5', 'S11'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'DE' THEN fixture_gen.pick(ARRAY['50', '10', '04', '20', '80'], tag, i) || fixture_gen.digits(tag, i, 3)
    WHEN 'FR' THEN fixture_gen.pick(ARRAY['69', '75', '44', '31', '59'], tag, i) || '0' || fixture_gen.digits(tag, i, 2)
    WHEN 'NG' THEN '10' || fixture_gen.digits(tag, i, 4)
    WHEN 'GH' THEN 'GA-' || fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'b', i, 4)
    WHEN 'IN' THEN '4110' || fixture_gen.digits(tag, i, 2)
    WHEN 'BR' THEN '80' || fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'b', i, 3)
    ELSE fixture_gen.postcode(tag, i) END
$$;

-- People: the platform's users, one profile each (Collectives id 100 + i).
CREATE TABLE ocgen.p AS
SELECT i, first, last, first || ' ' || last AS name, cc,
       ocgen.city(cc, 'pcity', i) AS city, ocgen.street(cc, 'pst', i) AS street, ocgen.zip(cc, 'pzip', i) AS zip,
       CASE i % 5
         WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'fastmail.com', 'posteo.de', 'outlook.com'], 'pdom', i)
         WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 97)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com'], 'pdom', i)
         WHEN 2 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['brightlayer.example', 'tidewaterlabs.example', 'northwind-analytics.example', 'uni-koeln.example'], 'pdom', i)
         WHEN 3 THEN fixture_gen.ascii(first) || '@' || fixture_gen.ascii(first) || fixture_gen.ascii(last) || '.dev'
         ELSE fixture_gen.ascii(first) || '_' || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'hey.com', 'riseup.net', 'gmx.de', 'yahoo.co.uk'], 'pdom', i) END AS email,
       CASE i % 3 WHEN 0 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) WHEN 1 THEN fixture_gen.ascii(first) || '-' || substr(fixture_gen.ascii(last), 1, 3) || (i % 50)::text
         ELSE substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) || (1980 + i % 25)::text END AS gh
FROM (SELECT i, fixture_gen.first_name('pfn', i) AS first, fixture_gen.last_name('pln', i) AS last,
             fixture_gen.pick(ARRAY['US', 'US', 'US', 'US', 'GB', 'GB', 'DE', 'DE', 'FR', 'NG', 'GH', 'IN', 'IN', 'BR', 'JP', 'CA'], 'pcc', i) AS cc
      FROM generate_series(1, 220) i) x;
ALTER TABLE ocgen.p ADD COLUMN slug text;
UPDATE ocgen.p p SET slug = s.slug FROM (
  SELECT i, CASE WHEN i % 4 = 0 THEN lower(gh) ELSE ocgen.slug(name) END
            || CASE WHEN row_number() OVER (PARTITION BY CASE WHEN i % 4 = 0 THEN lower(gh) ELSE ocgen.slug(name) END ORDER BY i) > 1
                    THEN (row_number() OVER (PARTITION BY CASE WHEN i % 4 = 0 THEN lower(gh) ELSE ocgen.slug(name) END ORDER BY i) - 1)::text ELSE '' END AS slug
  FROM ocgen.p) s WHERE s.i = p.i;
UPDATE ocgen.p p SET email = split_part(p.email, '@', 1) || (d.rn + p.i % 7)::text || '@' || split_part(p.email, '@', 2)
FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM ocgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE ocgen.p p SET gh = p.gh || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY lower(gh) ORDER BY i) AS rn FROM ocgen.p) d WHERE d.i = p.i AND d.rn > 1;
-- A few people use a handle as their public name.
ALTER TABLE ocgen.p ADD COLUMN pubname text;
UPDATE ocgen.p SET pubname = CASE WHEN i % 11 = 0 THEN gh WHEN i % 13 = 0 THEN first ELSE name END;

-- Hosted collectives, events and projects, organizations, vendors.
CREATE TABLE ocgen.c (id int PRIMARY KEY, name text, slug text, type text, parent int, cc text, descr text, gh text, tags text[], cur text);
INSERT INTO ocgen.c VALUES
  (1, 'Riverside Commons', 'riverside-commons', 'ORGANIZATION', NULL, 'US', 'Fiscal host for community groups and open source projects', NULL, ARRAY['fiscal-host', 'open-source', 'community'], 'USD'),
  (2, 'Pixelweave', 'pixelweave', 'COLLECTIVE', NULL, 'US', 'Fast, safe image processing for Rust', 'pixelweave', ARRAY['open source', 'rust', 'graphics'], 'USD'),
  (3, 'Lagos Mapathon', 'lagos-mapathon', 'COLLECTIVE', NULL, 'NG', 'Mapping Lagos neighbourhoods on OpenStreetMap, one mapathon at a time', NULL, ARRAY['openstreetmap', 'community', 'nigeria'], 'USD'),
  (4, 'Eastside Community Garden', 'eastside-garden', 'COLLECTIVE', NULL, 'US', 'A shared vegetable garden and seed library in SE Portland', NULL, ARRAY['community', 'garden', 'food'], 'USD'),
  (5, 'Quillmark', 'quillmark', 'COLLECTIVE', NULL, 'US', 'A distraction-free Markdown editor for writers', 'quillmark', ARRAY['open source', 'javascript', 'writing'], 'USD'),
  (6, 'Portland Mutual Aid Fund', 'pdx-mutual-aid', 'COLLECTIVE', NULL, 'US', 'Neighbours helping neighbours with rent, groceries and bills', NULL, ARRAY['mutual aid', 'community'], 'USD'),
  (7, 'hexdump.js', 'hexdumpjs', 'COLLECTIVE', NULL, 'US', 'Hex viewer and binary inspection tools for the browser', 'hexdumpjs', ARRAY['open source', 'javascript'], 'USD'),
  (8, 'Women Who Code Pune', 'wwc-pune', 'COLLECTIVE', NULL, 'IN', 'Monthly meetups, study groups and mentoring in Pune', NULL, ARRAY['meetup', 'tech', 'diversity'], 'USD'),
  (9, 'Fediverse Translators', 'fedi-translators', 'COLLECTIVE', NULL, 'US', 'Volunteer translators for federated social software', 'fedi-l10n', ARRAY['open source', 'translation', 'fediverse'], 'USD'),
  (10, 'Kestrel CMS', 'kestrel-cms', 'COLLECTIVE', NULL, 'US', 'A small, secure content management system in Go', 'kestrelcms', ARRAY['open source', 'go', 'cms'], 'USD'),
  (11, 'Riverside Tool Library', 'riverside-tool-library', 'COLLECTIVE', NULL, 'US', 'Borrow a drill, not a debt: tools for the neighbourhood', NULL, ARRAY['community', 'sharing'], 'USD'),
  (12, 'Python Accra', 'python-accra', 'COLLECTIVE', NULL, 'GH', 'The Python user group of Accra', NULL, ARRAY['python', 'meetup', 'ghana'], 'USD'),
  (13, 'OpenBirdCount', 'openbirdcount', 'COLLECTIVE', NULL, 'US', 'Citizen science app and data for backyard bird counts', 'openbirdcount', ARRAY['open source', 'citizen science', 'open data'], 'USD'),
  (14, 'Linting Llama', 'linting-llama', 'COLLECTIVE', NULL, 'US', 'A friendly linter for YAML and TOML', 'lintingllama', ARRAY['open source', 'devtools'], 'USD'),
  (15, 'Repair Café Leeds', 'repair-cafe-leeds', 'COLLECTIVE', NULL, 'GB', 'Monthly repair sessions: bring your broken things', NULL, ARRAY['community', 'repair', 'sustainability'], 'GBP'),
  (16, 'GeoStitch', 'geostitch', 'COLLECTIVE', NULL, 'US', 'Tile stitching and reprojection for web maps', 'geostitch', ARRAY['open source', 'gis', 'python'], 'USD'),
  (17, 'Code Club Köln', 'code-club-koeln', 'COLLECTIVE', NULL, 'DE', 'Free coding clubs for children aged 9 to 13', NULL, ARRAY['education', 'kids', 'community'], 'EUR'),
  (18, 'Sourdough Share Network', 'sourdough-share', 'COLLECTIVE', NULL, 'US', 'Free starters and baking classes', NULL, ARRAY['community', 'food'], 'USD'),
  (19, 'Minimal Fonts', 'minimal-fonts', 'COLLECTIVE', NULL, 'US', 'Open-licensed typefaces for small screens', 'minimalfonts', ARRAY['open source', 'design', 'fonts'], 'USD'),
  (20, 'Bike Kitchen Curitiba', 'bike-kitchen-curitiba', 'COLLECTIVE', NULL, 'BR', 'Oficina comunitária de bicicletas', NULL, ARRAY['community', 'cycling', 'brazil'], 'USD'),
  (21, 'Open Climate Dashboards', 'open-climate-dashboards', 'COLLECTIVE', NULL, 'US', 'Open dashboards of local climate data for city councils', 'openclimate', ARRAY['open source', 'climate', 'open data'], 'USD'),
  (22, 'Lagos Mapathon, June 2024', 'lagos-mapathon-june-2024', 'EVENT', 3, 'NG', 'A day of mapping Yaba and Surulere', NULL, NULL, 'USD'),
  (23, 'Pixelweave GPU backend', 'pixelweave-gpu', 'PROJECT', 2, 'US', 'wgpu-based backend for Pixelweave', NULL, ARRAY['rust', 'gpu'], 'USD'),
  (24, 'Spring Fix-a-thon', 'spring-fixathon-2024', 'EVENT', 15, 'GB', 'Our biggest repair day of the year', NULL, NULL, 'GBP'),
  (25, 'PyAccra Day 2024', 'pyaccra-day-2024', 'EVENT', 12, 'GH', 'One day of Python talks and workshops', NULL, NULL, 'USD'),
  (26, 'Quillmark Docs Sprint', 'quillmark-docs-sprint', 'EVENT', 5, 'US', 'Two days rewriting the user guide', NULL, NULL, 'USD'),
  (27, 'Garden Tool Shed', 'garden-tool-shed', 'PROJECT', 4, 'US', 'A lockable shed for shared garden tools', NULL, NULL, 'USD'),
  (28, 'Winter Coat Drive', 'winter-coat-drive', 'PROJECT', 6, 'US', 'Warm coats for families before December', NULL, NULL, 'USD'),
  (29, 'Summer Coding Camp', 'summer-coding-camp-2024', 'EVENT', 17, 'DE', 'Five days of games, robots and Scratch', NULL, NULL, 'EUR'),
  (30, 'Bird Count Weekend 2024', 'bird-count-weekend-2024', 'EVENT', 13, 'US', 'Count the birds in your backyard for 48 hours', NULL, NULL, 'USD'),
  (31, 'Translation Hackathon', 'translation-hackathon', 'EVENT', 9, 'US', 'An online weekend of translating', NULL, NULL, 'USD'),
  (32, 'Kestrel 3.0 security audit', 'kestrel-audit', 'PROJECT', 10, 'US', 'An independent security audit before 3.0', NULL, ARRAY['security'], 'USD'),
  (33, 'Workshop Tools', 'bike-kitchen-tools', 'PROJECT', 20, 'BR', 'Truing stands and a new workbench', NULL, NULL, 'USD'),
  (34, 'Brightlayer Hosting GmbH', 'brightlayer', 'ORGANIZATION', NULL, 'DE', 'Green web hosting from Leipzig', 'brightlayer', NULL, 'EUR'),
  (35, 'Northwind Analytics', 'northwind-analytics', 'ORGANIZATION', NULL, 'US', 'Data pipelines for public health', NULL, NULL, 'USD'),
  (36, 'Tidewater Labs', 'tidewater-labs', 'ORGANIZATION', NULL, 'US', 'Developer tools company', 'tidewaterlabs', NULL, 'USD'),
  (37, 'Copperpot Software Ltd', 'copperpot', 'ORGANIZATION', NULL, 'GB', 'Bespoke software from Leeds', NULL, NULL, 'GBP'),
  (38, 'Amelia Smith Consulting LLC', 'amelia-smith-consulting', 'ORGANIZATION', NULL, 'US', 'Independent Rust consulting', NULL, NULL, 'USD'),
  (39, 'Studio Dubois', 'studio-dubois', 'ORGANIZATION', NULL, 'FR', 'Chloé Dubois, graphic design', NULL, NULL, 'EUR'),
  (40, 'Green Leaf Bakery', 'green-leaf-bakery', 'ORGANIZATION', NULL, 'US', 'Neighbourhood bakery on Alberta St', NULL, NULL, 'USD'),
  (41, 'Sentrybolt', 'sentrybolt', 'ORGANIZATION', NULL, 'US', 'Application monitoring', 'sentrybolt', NULL, 'USD'),
  (42, 'Kowalski Electrical', 'kowalski-electrical', 'ORGANIZATION', NULL, 'GB', 'Piotr Kowalski, electrician', NULL, NULL, 'GBP'),
  (43, 'Hashnode Collective Fund', 'hn-collective-fund', 'ORGANIZATION', NULL, 'US', 'Giving back to open source', NULL, NULL, 'USD'),
  (44, 'Okafor & Adeyemi Partners', 'okafor-adeyemi', 'ORGANIZATION', NULL, 'NG', 'Chartered accountants, Lagos', NULL, NULL, 'USD'),
  (45, 'Quantum Print Co-op', 'quantum-print', 'ORGANIZATION', NULL, 'US', 'Worker-owned print shop', NULL, NULL, 'USD'),
  (46, 'Yuki Tanaka Design', 'yuki-tanaka-design', 'ORGANIZATION', NULL, 'JP', 'Type design and lettering', NULL, NULL, 'USD'),
  (47, 'Oakridge Credit Union', 'oakridge-cu', 'ORGANIZATION', NULL, 'US', 'Member-owned credit union', NULL, NULL, 'USD'),
  (48, 'Mapbench', 'mapbench', 'ORGANIZATION', NULL, 'US', 'Map hosting for developers', 'mapbench', NULL, 'USD'),
  (49, 'Müller Werkzeuge', 'mueller-werkzeuge', 'ORGANIZATION', NULL, 'DE', 'Werkzeughandel in Köln', NULL, NULL, 'EUR'),
  (50, 'Peak Outdoor Supply', 'peak-outdoor', 'ORGANIZATION', NULL, 'US', 'Outdoor gear', NULL, NULL, 'USD'),
  (51, 'Hetzner Online GmbH', 'hetzner-vendor', 'VENDOR', 1, 'DE', NULL, NULL, NULL, 'EUR'),
  (52, 'Meetup', 'meetup-vendor', 'VENDOR', 1, 'US', NULL, NULL, NULL, 'USD'),
  (53, 'Namecheap', 'namecheap-vendor', 'VENDOR', 1, 'US', NULL, NULL, NULL, 'USD'),
  (54, 'Impact Hub Lagos', 'impact-hub-lagos-vendor', 'VENDOR', 1, 'NG', NULL, NULL, NULL, 'USD'),
  (55, 'Home Depot', 'home-depot-vendor', 'VENDOR', 1, 'US', NULL, NULL, NULL, 'USD'),
  (56, 'Zoom Video Communications', 'zoom-vendor', 'VENDOR', 1, 'US', NULL, NULL, NULL, 'USD');

-- ---------------------------------------------------------------------------
-- SequelizeMeta: the migrations run.

CREATE TABLE "SequelizeMeta" (name varchar(255) NOT NULL PRIMARY KEY);
INSERT INTO "SequelizeMeta" (name)
SELECT to_char(date '2016-01-05' + (k * 57), 'YYYYMMDD') || lpad((k * 7919 % 240000)::text, 6, '0') || '-' ||
       fixture_gen.pick(ARRAY['add-column', 'create-table', 'add-index', 'backfill', 'rename-column', 'update-enum', 'drop-column', 'add-constraint'], 'smv', k) || '-' ||
       fixture_gen.pick(ARRAY['users', 'collectives', 'transactions', 'orders', 'expenses', 'payout-methods', 'payment-methods', 'members', 'tiers', 'legal-documents',
                              'connected-accounts', 'applications', 'user-tokens', 'personal-tokens', 'virtual-cards', 'uploaded-files', 'social-links', 'locations', 'activities',
                              'comments', 'conversations', 'updates', 'notifications', 'host-applications', 'subscriptions', 'suspended-assets', 'two-factor-methods'], 'smt', k) || '.js'
FROM generate_series(1, 60) k;

-- ---------------------------------------------------------------------------
-- Users: one row per login; the profile is the USER collective.

CREATE TABLE "Users" (
  id serial PRIMARY KEY,
  email varchar(255) NOT NULL UNIQUE,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  "paypalEmail" varchar(255),
  "CollectiveId" integer,
  "newsletterOptIn" boolean NOT NULL DEFAULT false,
  "emailWaitingForValidation" varchar(255),
  "emailConfirmationToken" varchar(255),
  "lastLoginAt" timestamptz,
  data jsonb DEFAULT '{}',
  "twoFactorAuthToken" varchar(255),
  "twoFactorAuthRecoveryCodes" varchar(255)[],
  "yubikeyDeviceId" varchar(255),
  "changelogViewDate" timestamptz,
  "confirmedAt" timestamptz,
  "passwordHash" varchar(255),
  "passwordUpdatedAt" timestamptz
);
INSERT INTO "Users" (id, email, "createdAt", "updatedAt", "deletedAt", "paypalEmail", "CollectiveId", "newsletterOptIn", "emailWaitingForValidation",
  "emailConfirmationToken", "lastLoginAt", data, "twoFactorAuthToken", "twoFactorAuthRecoveryCodes", "yubikeyDeviceId", "changelogViewDate", "confirmedAt",
  "passwordHash", "passwordUpdatedAt")
SELECT p.i, p.email, c.created, ocgen.at('uua', p.i, '2024-01-01', '2024-06-28'), CASE WHEN p.i % 53 = 0 THEN ocgen.at('uda', p.i, '2024-02-01', '2024-06-01') END,
       CASE WHEN p.i % 4 = 1 THEN CASE WHEN p.i % 8 = 1 THEN p.email ELSE fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '.pp@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.com'], 'upd', p.i) END END,
       100 + p.i, p.i % 3 = 0,
       CASE WHEN p.i % 29 = 0 THEN fixture_gen.ascii(p.first) || '@' || fixture_gen.pick(ARRAY['newjob.example', 'proton.me', 'fastmail.com'], 'uew', p.i) END,
       CASE WHEN p.i % 29 = 0 OR p.i % 31 = 0 THEN fixture_gen.hexn('uect', p.i, 96) END,
       CASE WHEN p.i % 31 <> 0 THEN ocgen.at('ull', p.i, '2024-03-01', '2024-06-28') END,
       CASE WHEN p.i % 6 = 0 THEN '{}'::jsonb
            WHEN p.i % 6 = 1 THEN jsonb_build_object('creationRequest', jsonb_build_object('ip', fixture_gen.ipv4('uip', p.i), 'userAgent', ocgen.ua('uua', p.i)))
            ELSE jsonb_build_object('creationRequest', jsonb_build_object('ip', CASE WHEN p.i % 5 = 0 THEN fixture_gen.ipv6('uip', p.i) ELSE fixture_gen.ipv4('uip', p.i) END, 'userAgent', ocgen.ua('uua', p.i)),
                                    'lastSignInRequest', jsonb_build_object('ip', fixture_gen.ipv4('usip', p.i), 'userAgent', ocgen.ua('usua', p.i)))
                 || CASE WHEN p.i % 17 = 0 THEN jsonb_build_object('limits', jsonb_build_object('maxEmailsPerDay', 50)) ELSE '{}'::jsonb END END,
       CASE WHEN p.i % 7 = 0 OR p.i <= 6 THEN 'U2FsdGVkX1' || ocgen.rnd('u2fa', p.i, 54) || '==' END,
       CASE WHEN p.i % 7 = 0 OR p.i <= 6 THEN ARRAY[fixture_gen.bcrypt('urc1', p.i), fixture_gen.bcrypt('urc2', p.i), fixture_gen.bcrypt('urc3', p.i), fixture_gen.bcrypt('urc4', p.i), fixture_gen.bcrypt('urc5', p.i), fixture_gen.bcrypt('urc6', p.i)]::varchar[] END,
       CASE WHEN p.i IN (2, 3, 42, 84) THEN 'cccccc' || fixture_gen.chars('uyk', p.i, 6, 'cbdefghijklnrtuv') END,
       CASE WHEN p.i % 3 <> 2 THEN ocgen.at('ucl', p.i, '2023-06-01', '2024-06-20') END,
       CASE WHEN p.i % 31 <> 0 THEN c.created + interval '7 minutes' END,
       CASE WHEN p.i % 5 IN (0, 2) OR p.i <= 6 THEN fixture_gen.bcrypt('upw', p.i) END,
       CASE WHEN p.i % 5 IN (0, 2) OR p.i <= 6 THEN ocgen.at('upu', p.i, '2022-09-01', '2024-06-01') END
FROM ocgen.p p CROSS JOIN LATERAL (SELECT ocgen.at('uca', p.i, '2017-03-01', '2024-05-01') AS created) c;

-- ---------------------------------------------------------------------------
-- Collectives: every account. USER profiles 101-320 (user i is 100 + i),
-- incognito profiles 321-332.

CREATE TABLE "Collectives" (
  id serial PRIMARY KEY,
  name varchar(255),
  description varchar(255),
  "longDescription" text,
  image varchar(255),
  currency varchar(255) DEFAULT 'USD',
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  "isActive" boolean DEFAULT false,
  slug varchar(255) UNIQUE,
  website varchar(255),
  "twitterHandle" varchar(255),
  "backgroundImage" varchar(255),
  "HostCollectiveId" integer,
  "ParentCollectiveId" integer,
  "hostFeePercent" double precision,
  settings jsonb,
  data jsonb,
  tags varchar(255)[],
  type varchar(255) NOT NULL DEFAULT 'COLLECTIVE',
  "startsAt" timestamptz,
  "endsAt" timestamptz,
  timezone varchar(255),
  "maxAmount" integer,
  "maxQuantity" integer,
  company varchar(255),
  "expensePolicy" text,
  "githubHandle" varchar(255),
  "repositoryUrl" varchar(255),
  "countryISO" varchar(2),
  "deactivatedAt" timestamptz,
  "isIncognito" boolean NOT NULL DEFAULT false,
  "approvedAt" timestamptz,
  "isHostAccount" boolean NOT NULL DEFAULT false,
  plan varchar(255),
  "platformFeePercent" double precision,
  "CreatedByUserId" integer,
  "LastEditedByUserId" integer,
  "contributionPolicy" text,
  "legalName" varchar(255),
  "searchTsVector" tsvector
);

-- The host, collectives, events, projects, organizations and vendors.
INSERT INTO "Collectives" (id, name, description, "longDescription", image, currency, "createdAt", "updatedAt", "deletedAt", "isActive", slug, website, "twitterHandle",
  "backgroundImage", "HostCollectiveId", "ParentCollectiveId", "hostFeePercent", settings, data, tags, type, "startsAt", "endsAt", timezone, "maxAmount", "maxQuantity",
  company, "expensePolicy", "githubHandle", "repositoryUrl", "countryISO", "deactivatedAt", "isIncognito", "approvedAt", "isHostAccount", plan, "platformFeePercent",
  "CreatedByUserId", "LastEditedByUserId", "contributionPolicy", "legalName")
SELECT c.id, c.name, c.descr,
       CASE WHEN c.type IN ('COLLECTIVE', 'ORGANIZATION') AND c.id <= 50 THEN
         '<p>' || c.name || ': ' || coalesce(c.descr, '') || '.</p><p>' || fixture_gen.pick(ARRAY[
           'All contributions are tax-deductible in the US through our fiscal host. Our budget is fully transparent: every expense is public.',
           'We are run entirely by volunteers. Money raised pays for hosting, venue hire, snacks and the occasional new laptop for a maintainer.',
           'Funds go to maintainers'' time, CI minutes and the yearly in-person meetup.',
           'We meet on the first Saturday of every month. Everyone is welcome, no experience needed.',
           'Sponsors appear on our README and website. Thank you for keeping this project independent!'], 'cld', c.id) || '</p>' END,
       CASE WHEN c.id <= 50 THEN 'https://opencollective-production.s3.us-west-1.amazonaws.com/account-avatar/' || fixture_gen.uuid('clogo', c.id) || '/' || c.slug || '-logo.png' END,
       c.cur, ocgen.at('cca', c.id, '2017-02-01', '2023-06-01'), ocgen.at('cua', c.id, '2024-01-01', '2024-06-28'), CASE WHEN c.id = 43 THEN '2023-11-30 18:00:00+00'::timestamptz END,
       c.type NOT IN ('ORGANIZATION', 'VENDOR') OR c.id = 1, c.slug,
       CASE WHEN c.type IN ('COLLECTIVE', 'ORGANIZATION') THEN 'https://' || replace(c.slug, '-', '') || fixture_gen.pick(ARRAY['.org', '.dev', '.example', '.io'], 'cws', c.id) END,
       CASE WHEN c.type IN ('COLLECTIVE', 'ORGANIZATION') AND c.id % 3 <> 0 THEN replace(initcap(replace(c.slug, '-', ' ')), ' ', '') END,
       CASE WHEN c.type IN ('COLLECTIVE', 'EVENT') THEN 'https://opencollective-production.s3.us-west-1.amazonaws.com/account-banner/' || fixture_gen.uuid('cbg', c.id) || '/banner.jpg' END,
       CASE WHEN c.id = 1 THEN 1 WHEN c.type IN ('COLLECTIVE', 'EVENT', 'PROJECT') THEN 1 END,
       CASE WHEN c.type IN ('EVENT', 'PROJECT', 'VENDOR') THEN c.parent END,
       CASE WHEN c.id = 1 THEN 8 WHEN c.type IN ('COLLECTIVE', 'EVENT', 'PROJECT') THEN CASE WHEN c.id IN (6, 28) THEN 0 ELSE 8 END END,
       CASE WHEN c.id = 1 THEN jsonb_build_object(
              'apply', true, 'tos', 'https://riversidecommons.example/terms',
              'applyMessage', 'Tell us about your group. We host community groups in the US and open source projects anywhere.',
              'invoice', jsonb_build_object('templates', jsonb_build_object('default', jsonb_build_object('title', 'Donation receipt',
                 'info', 'Riverside Commons Inc., 2211 SE Hawthorne Blvd, Portland, OR 97214, USA. EIN 93-' || fixture_gen.digits('cein', 1, 7) || '. No goods or services were provided in exchange.'))),
              'paymentMethods', jsonb_build_object('manual', jsonb_build_object('title', 'Bank transfer (US)',
                 'instructions', 'Please send {amount} to Riverside Commons Inc., Oakridge Credit Union, routing 323075880, account ' || fixture_gen.digits('cacct', 1, 10) || ', with the reference {reference}. From abroad: IBAN ' || fixture_gen.iban_for('chib', 1) || ' (Wise).')),
              'expenseTypes', jsonb_build_object('hasReceipt', true, 'hasInvoice', true, 'hasGrant', true),
              'features', jsonb_build_object('VIRTUAL_CARDS', true, 'TRANSFERWISE', true, 'PAYPAL_PAYOUTS', true),
              'payoutsTwoFactorAuth', jsonb_build_object('enabled', true, 'rollingLimit', 500000))
            WHEN c.id IN (17, 34, 39, 49) THEN jsonb_build_object('VAT', jsonb_build_object('type', 'OWN', 'number', fixture_gen.vat('cvat', c.id)), 'features', jsonb_build_object('CONVERSATIONS', true))
            WHEN c.type = 'COLLECTIVE' THEN jsonb_build_object('goals', jsonb_build_array(jsonb_build_object('type', 'yearlyBudget', 'amount', 100000 * (1 + fixture_gen.n('cgoal', c.id, 20)), 'title', 'Yearly budget')),
                                                            'collectivePage', jsonb_build_object('background', jsonb_build_object('crop', jsonb_build_object('x', 0, 'y', 0), 'zoom', 1)), 'features', jsonb_build_object('CONVERSATIONS', c.id % 2 = 0))
                                         || CASE WHEN c.gh IS NOT NULL THEN jsonb_build_object('githubOrg', c.gh) ELSE '{}'::jsonb END
            ELSE '{}'::jsonb END,
       CASE WHEN c.id = 1 THEN jsonb_build_object('isTrustedHost', true, 'policies', jsonb_build_object('EXPENSE_AUTHOR_CANNOT_APPROVE', jsonb_build_object('enabled', true)))
            WHEN c.type = 'COLLECTIVE' THEN jsonb_build_object('hostFeePercentSetBy', 'host', 'isFirstPartyHost', false)
            ELSE '{}'::jsonb END,
       c.tags, c.type,
       CASE WHEN c.type = 'EVENT' THEN ocgen.at('cst', c.id, '2024-03-01', '2024-09-01') END,
       CASE WHEN c.type = 'EVENT' THEN ocgen.at('cst', c.id, '2024-03-01', '2024-09-01') + interval '8 hours' END,
       CASE WHEN c.type = 'EVENT' THEN CASE c.cc WHEN 'NG' THEN 'Africa/Lagos' WHEN 'GB' THEN 'Europe/London' WHEN 'GH' THEN 'Africa/Accra' WHEN 'DE' THEN 'Europe/Berlin' ELSE 'America/Los_Angeles' END
            WHEN c.id = 1 THEN 'America/Los_Angeles' END,
       NULL, CASE WHEN c.type = 'EVENT' THEN 40 + fixture_gen.n('cmq', c.id, 160) END,
       NULL,
       CASE WHEN c.type = 'COLLECTIVE' THEN '<p>' || fixture_gen.pick(ARRAY[
           'We reimburse hosting, domains and CI. Hardware for maintainers up to $500 a year, approved by two admins.',
           'Receipts are required for every expense. Invoices must show your legal name, address and the period worked.',
           'We pay for venue hire, snacks and printing for our meetups. Travel is reimbursed for speakers only.',
           'Grants to neighbours are approved by the care team and paid within 48 hours. Please do not post personal details in public comments.'], 'cep', c.id) || '</p>' END,
       c.gh, CASE WHEN c.gh IS NOT NULL AND c.type = 'COLLECTIVE' THEN 'https://github.com/' || c.gh || '/' || c.slug END,
       c.cc, NULL, false,
       CASE WHEN c.type IN ('COLLECTIVE', 'EVENT', 'PROJECT') THEN ocgen.at('cap', c.id, '2018-01-01', '2023-07-01') END,
       c.id = 1, CASE WHEN c.id = 1 THEN 'start-plan-2021' END, CASE WHEN c.id = 1 THEN 0 END,
       CASE WHEN c.id = 1 THEN 1 WHEN c.id <= 21 THEN 5 + (c.id - 2) * 2 WHEN c.id <= 33 THEN 5 + (c.parent - 2) * 2 WHEN c.id <= 50 THEN 45 + (c.id - 34) ELSE 1 END,
       CASE WHEN c.id = 1 THEN 2 WHEN c.id <= 21 THEN 6 + (c.id - 2) * 2 END,
       CASE WHEN c.type = 'COLLECTIVE' AND c.id % 4 = 1 THEN 'We do not accept contributions from gambling, payday lending or surveillance companies.' END,
       CASE c.id WHEN 1 THEN 'Riverside Commons Inc.' WHEN 34 THEN 'Brightlayer Hosting GmbH' WHEN 37 THEN 'Copperpot Software Limited' WHEN 38 THEN 'Amelia Smith Consulting LLC'
                 WHEN 39 THEN 'Chloé Dubois' WHEN 42 THEN 'Piotr Kowalski' WHEN 44 THEN 'Okafor & Adeyemi Chartered Accountants' WHEN 46 THEN 'Yuki Tanaka' WHEN 49 THEN 'Müller Werkzeuge e.K., Inh. Jonas Müller' END
FROM ocgen.c c;

-- User profiles.
INSERT INTO "Collectives" (id, name, description, "longDescription", image, currency, "createdAt", "updatedAt", "deletedAt", "isActive", slug, website, "twitterHandle",
  "backgroundImage", "HostCollectiveId", "ParentCollectiveId", "hostFeePercent", settings, data, tags, type, "startsAt", "endsAt", timezone, "maxAmount", "maxQuantity",
  company, "expensePolicy", "githubHandle", "repositoryUrl", "countryISO", "deactivatedAt", "isIncognito", "approvedAt", "isHostAccount", plan, "platformFeePercent",
  "CreatedByUserId", "LastEditedByUserId", "contributionPolicy", "legalName")
SELECT 100 + p.i, p.pubname,
       CASE fixture_gen.n('ubio', p.i, 12)
         WHEN 0 THEN 'Rust developer, maintainer of a few small crates. Based in ' || p.city || '.'
         WHEN 1 THEN 'Gardener, parent, occasional Python teacher.'
         WHEN 2 THEN 'Frontend engineer. She/her. Mostly harmless.'
         WHEN 3 THEN 'Retired librarian in ' || p.city || '. I fund the things I use.'
         WHEN 4 THEN 'Designer and type nerd.'
         WHEN 5 THEN ''
         WHEN 6 THEN 'Reach me at ' || p.email
         WHEN 7 THEN 'Text me on ' || fixture_gen.phone('ubph', p.i) || ' for tool library pickups'
         WHEN 8 THEN 'Open source maintainer, ' || p.city
         WHEN 9 THEN 'Data scientist, birder, bread baker'
         ELSE NULL END,
       CASE WHEN p.i % 9 = 0 THEN '<p>Hi, I''m ' || p.first || '. I work on ' || fixture_gen.pick(ARRAY['image codecs', 'map tiles', 'accessibility', 'compilers', 'community organising'], 'ulng', p.i)
            || ' and volunteer at the ' || fixture_gen.pick(ARRAY['tool library', 'repair café', 'code club', 'community garden'], 'ulv', p.i) || ' in ' || p.city || '.</p>' END,
       CASE WHEN p.i % 2 = 0 THEN 'https://opencollective-production.s3.us-west-1.amazonaws.com/account-avatar/' || fixture_gen.uuid('uav', p.i) || '/' || p.slug || '.jpg'
            WHEN p.i % 3 = 0 THEN 'https://avatars.githubusercontent.com/u/' || (100000 + fixture_gen.n('ghid', p.i, 90000000))::text || '?v=4' END,
       CASE p.cc WHEN 'GB' THEN 'GBP' WHEN 'DE' THEN 'EUR' WHEN 'FR' THEN 'EUR' ELSE 'USD' END,
       u."createdAt", u."updatedAt", u."deletedAt", false, p.slug,
       CASE WHEN p.i % 10 IN (0, 3, 7) THEN CASE WHEN p.i % 2 = 0 THEN 'https://' || ocgen.slug(p.name) || '.dev' ELSE 'https://' || lower(p.gh) || '.github.io' END END,
       CASE WHEN p.i % 10 IN (1, 3, 8) THEN lower(p.gh) END,
       NULL, NULL, NULL, NULL,
       CASE WHEN p.i % 5 = 0 THEN jsonb_build_object('payoutsTwoFactorAuth', jsonb_build_object('enabled', p.i % 7 = 0, 'rollingLimit', 100000))
            WHEN p.i % 5 = 1 THEN jsonb_build_object('features', jsonb_build_object('COLLECTIVE_GOALS', false), 'lang', fixture_gen.pick(ARRAY['en', 'fr', 'de', 'pt-BR', 'ja'], 'ulang', p.i))
            ELSE '{}'::jsonb END,
       CASE WHEN p.i % 8 = 5 THEN jsonb_build_object('isGuest', true) ELSE '{}'::jsonb END,
       NULL, 'USER', NULL, NULL, NULL, NULL, NULL,
       CASE p.i % 7 WHEN 0 THEN '@brightlayer' WHEN 2 THEN 'Tidewater Labs' WHEN 4 THEN fixture_gen.pick(ARRAY['University of Cologne', 'Lagos State University', 'Portland Public Schools', 'Infosys', 'NHS Leeds'], 'uco', p.i) WHEN 5 THEN 'freelance' END,
       NULL,
       CASE WHEN p.i % 5 IN (0, 1) THEN lower(p.gh) END, NULL,
       CASE WHEN p.i % 10 <> 4 THEN p.cc END, NULL, false, NULL, false, NULL, NULL, p.i, p.i, NULL,
       CASE WHEN p.i % 3 = 0 THEN p.first || ' ' || fixture_gen.first_name('umid', p.i) || ' ' || p.last WHEN p.i % 13 = 0 THEN p.name END
FROM ocgen.p p JOIN "Users" u ON u.id = p.i;

-- Incognito profiles of twelve donors.
INSERT INTO "Collectives" (id, name, description, image, currency, "createdAt", "updatedAt", "isActive", slug, settings, data, type, "isIncognito", "CreatedByUserId", "LastEditedByUserId")
SELECT 320 + k, 'Incognito', NULL, NULL, 'USD', ocgen.at('cica', k, '2020-01-01', '2024-01-01'), ocgen.at('cica', k, '2020-01-01', '2024-01-01'), false,
       'incognito-' || substr(md5('incog' || k), 1, 8), '{}'::jsonb, '{}'::jsonb, 'USER', true, 7 * k + 3, 7 * k + 3
FROM generate_series(1, 12) k;

-- The sourdough network wound down in 2024.
UPDATE "Collectives" SET "isActive" = false, "deactivatedAt" = '2024-04-02 16:20:00+00' WHERE id = 18;

UPDATE "Collectives" SET "searchTsVector" = to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(slug, '') || ' ' || coalesce(description, '') || ' ' || coalesce(array_to_string(tags, ' '), ''))
WHERE "isIncognito" = false;

-- ---------------------------------------------------------------------------
-- Tiers: what collectives sell and ask for.

CREATE TABLE "Tiers" (
  id serial PRIMARY KEY,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  name varchar(255),
  description varchar(510),
  amount integer,
  currency varchar(255),
  "maxQuantity" integer,
  interval varchar(8),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  slug varchar(255),
  type varchar(255) DEFAULT 'TIER',
  goal integer,
  presets integer[],
  "amountType" varchar(255) DEFAULT 'FIXED',
  "minimumAmount" integer,
  button varchar(255),
  "customFields" jsonb,
  "longDescription" text,
  "videoUrl" varchar(255),
  "startsAt" timestamptz,
  "endsAt" timestamptz,
  "useStandalonePage" boolean DEFAULT false,
  data jsonb,
  "invoiceTemplate" varchar(255),
  "singleTicket" boolean DEFAULT false
);
INSERT INTO "Tiers" ("CollectiveId", name, description, amount, currency, "maxQuantity", interval, "createdAt", "updatedAt", "deletedAt", slug, type, goal, presets, "amountType",
  "minimumAmount", button, "customFields", "longDescription", "videoUrl", "startsAt", "endsAt", "useStandalonePage", data, "invoiceTemplate", "singleTicket")
SELECT c.id, t.name, t.descr, t.amount, c.cur, NULL, t.iv, ocgen.at('tca', c.id * 10 + t.k, '2019-01-01', '2023-06-01'), ocgen.at('tua', c.id * 10 + t.k, '2023-06-01', '2024-06-28'),
       CASE WHEN t.k = 3 AND c.id % 5 = 0 THEN '2023-12-31 12:00:00+00'::timestamptz END, ocgen.slug(t.name), t.type,
       CASE WHEN t.k = 2 THEN 50000 END, CASE WHEN t.atype = 'FLEXIBLE' THEN ARRAY[500, 1000, 2500, 5000] END, t.atype, CASE WHEN t.atype = 'FLEXIBLE' THEN 200 END,
       CASE t.type WHEN 'DONATION' THEN 'Donate' ELSE 'Contribute' END, NULL,
       CASE WHEN t.k = 2 THEN '<p>Your logo on our website and README, and a shout-out in our monthly update.</p>' END,
       CASE WHEN t.k = 2 AND c.id % 3 = 0 THEN 'https://www.youtube.com/watch?v=' || ocgen.rnd('tvid', c.id, 11) END,
       NULL, NULL, t.k = 2, '{}'::jsonb, CASE WHEN c.id IN (6, 28) THEN 'donation-receipt' END, false
FROM ocgen.c c
CROSS JOIN LATERAL (VALUES
  (1, 'Backer', 'Support us every month with a small amount.', 500, 'month', 'TIER', 'FLEXIBLE'),
  (2, 'Sponsor', 'For companies: your logo on our site.', 10000, 'month', 'TIER', 'FIXED'),
  (3, 'One-time donation', 'Any amount helps.', NULL, NULL, 'DONATION', 'FLEXIBLE')) t(k, name, descr, amount, iv, type, atype)
WHERE c.type = 'COLLECTIVE'
ORDER BY c.id, t.k;
-- Tickets for events.
INSERT INTO "Tiers" ("CollectiveId", name, description, amount, currency, "maxQuantity", interval, "createdAt", "updatedAt", slug, type, "amountType", button, "customFields",
  "startsAt", "endsAt", data, "singleTicket")
SELECT c.id, t.name, t.descr, t.amount, c.cur, t.q, NULL, ocgen.at('tca', c.id * 10 + t.k, '2024-01-01', '2024-03-01'), ocgen.at('tua', c.id * 10 + t.k, '2024-03-01', '2024-06-28'),
       ocgen.slug(t.name), 'TICKET', 'FIXED', 'Get ticket',
       jsonb_build_array(jsonb_build_object('name', 'dietary', 'type', 'text', 'label', 'Dietary requirements'), jsonb_build_object('name', 'tshirt', 'type', 'select', 'label', 'T-shirt size', 'options', jsonb_build_array('S', 'M', 'L', 'XL'))),
       ocgen.at('tst', c.id, '2024-01-15', '2024-02-15'), ocgen.at('tst', c.id, '2024-03-01', '2024-09-01'), '{}'::jsonb, t.k = 1
FROM ocgen.c c
CROSS JOIN LATERAL (VALUES (1, 'Free ticket', 'Entry, lunch and coffee', 0, 80), (2, 'Supporter ticket', 'Entry plus a t-shirt, and you help pay for someone else', 2500, 30)) t(k, name, descr, amount, q)
WHERE c.type = 'EVENT';

-- ---------------------------------------------------------------------------
-- Members: who is admin, backer, host of what.

CREATE TABLE "Members" (
  id serial PRIMARY KEY,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  "CreatedByUserId" integer,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  role varchar(255) NOT NULL DEFAULT 'MEMBER',
  "MemberCollectiveId" integer REFERENCES "Collectives" (id),
  "TierId" integer REFERENCES "Tiers" (id),
  description varchar(255),
  since timestamptz,
  "publicMessage" varchar(255)
);
-- Host memberships.
INSERT INTO "Members" ("createdAt", "updatedAt", "CreatedByUserId", "CollectiveId", role, "MemberCollectiveId", since)
SELECT c."approvedAt", c."approvedAt", 1, c.id, 'HOST', 1, c."approvedAt" FROM "Collectives" c WHERE c.type IN ('COLLECTIVE', 'EVENT', 'PROJECT') ORDER BY c.id;
-- Admins of the host, collectives and organizations.
INSERT INTO "Members" ("createdAt", "updatedAt", "CreatedByUserId", "CollectiveId", role, "MemberCollectiveId", description, since)
SELECT ocgen.at('mca', a.cid * 1000 + a.uid, '2018-01-01', '2023-06-01'), ocgen.at('mca', a.cid * 1000 + a.uid, '2018-01-01', '2023-06-01'), a.uid, a.cid, 'ADMIN', 100 + a.uid,
       CASE WHEN a.cid = 1 THEN fixture_gen.pick(ARRAY['Executive director', 'Finance and compliance', 'Host operations', 'Bookkeeping'], 'mdh', a.uid)
            WHEN a.uid % 3 = 0 THEN fixture_gen.pick(ARRAY['Core maintainer', 'Treasurer', 'Organiser', 'Co-founder', 'Release manager', 'Community lead'], 'mda', a.uid) END,
       ocgen.at('mca', a.cid * 1000 + a.uid, '2018-01-01', '2023-06-01')
FROM (SELECT 1 AS cid, u AS uid FROM generate_series(1, 4) u
      UNION ALL SELECT c, 5 + (c - 2) * 2 FROM generate_series(2, 21) c
      UNION ALL SELECT c, 6 + (c - 2) * 2 FROM generate_series(2, 21) c
      UNION ALL SELECT c, 45 + (c - 34) FROM generate_series(34, 50) c) a
ORDER BY a.cid, a.uid;
-- Contributors and followers.
INSERT INTO "Members" ("createdAt", "updatedAt", "CreatedByUserId", "CollectiveId", role, "MemberCollectiveId", since)
SELECT ocgen.at('mcf', k, '2020-01-01', '2024-06-01'), ocgen.at('mcf', k, '2020-01-01', '2024-06-01'), u, 2 + fixture_gen.n('mfc', k, 20),
       CASE WHEN k % 3 = 0 THEN 'FOLLOWER' ELSE 'CONTRIBUTOR' END, 100 + u, ocgen.at('mcf', k, '2020-01-01', '2024-06-01')
FROM generate_series(1, 50) k CROSS JOIN LATERAL (SELECT 45 + fixture_gen.n('mfu', k, 170) AS u) x;
UPDATE "Members" SET "deletedAt" = "createdAt" + interval '90 days' WHERE role = 'FOLLOWER' AND id % 4 = 0;

CREATE TABLE "MemberInvitations" (
  id serial PRIMARY KEY,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  "CreatedByUserId" integer,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "MemberCollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "TierId" integer REFERENCES "Tiers" (id),
  description varchar(255),
  since timestamptz,
  role varchar(255) NOT NULL DEFAULT 'ADMIN'
);
INSERT INTO "MemberInvitations" ("createdAt", "updatedAt", "deletedAt", "CreatedByUserId", "CollectiveId", "MemberCollectiveId", description, since, role)
SELECT ocgen.at('mic', k, '2023-09-01', '2024-06-25'), ocgen.at('mic', k, '2023-09-01', '2024-06-25'), CASE WHEN k % 4 = 0 THEN ocgen.at('mid', k, '2024-01-01', '2024-06-27') END,
       5 + (c - 2) * 2, c, 100 + 60 + fixture_gen.n('miu', k, 160),
       CASE WHEN k % 2 = 0 THEN fixture_gen.pick(ARRAY['Maintainer', 'Treasurer', 'Docs lead', 'Event organiser', 'Accountant'], 'mide', k) END,
       ocgen.at('mic', k, '2023-09-01', '2024-06-25'), CASE WHEN k % 5 = 0 THEN 'ACCOUNTANT' WHEN k % 3 = 0 THEN 'MEMBER' ELSE 'ADMIN' END
FROM generate_series(1, 30) k CROSS JOIN LATERAL (SELECT 2 + fixture_gen.n('mic', k, 20) AS c) x;

-- ---------------------------------------------------------------------------
-- PaymentMethods: 1-220 users' cards and PayPal, 221-237 organizations'
-- cards, 238-262 gift cards, 263-294 collectives' balances, 295 the host.

CREATE TABLE "PaymentMethods" (
  id serial PRIMARY KEY,
  name varchar(255),
  "customerId" varchar(255),
  token varchar(255),
  "primary" boolean,
  "monthlyLimitPerMember" integer,
  currency varchar(3),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  "confirmedAt" timestamptz,
  "expiryDate" timestamptz,
  uuid uuid UNIQUE,
  data jsonb,
  "CreatedByUserId" integer,
  "CollectiveId" integer REFERENCES "Collectives" (id),
  "archivedAt" timestamptz,
  service varchar(255) DEFAULT 'stripe',
  type varchar(255),
  "initialBalance" integer,
  "limitedToTags" varchar(255)[],
  "limitedToHostCollectiveIds" integer[],
  description varchar(255),
  "SourcePaymentMethodId" integer,
  batch varchar(255),
  saved boolean DEFAULT false
);
CREATE TABLE ocgen.card AS SELECT k, fixture_gen.card('pmc', k) AS num FROM generate_series(1, 237) k;

INSERT INTO "PaymentMethods" (id, name, "customerId", token, "primary", currency, "createdAt", "updatedAt", "deletedAt", "confirmedAt", "expiryDate", uuid, data,
  "CreatedByUserId", "CollectiveId", "archivedAt", service, type, saved)
SELECT p.i,
       CASE WHEN p.i % 4 <> 3 THEN right(cd.num, 4) ELSE coalesce(u."paypalEmail", p.email) END,
       CASE WHEN p.i % 4 <> 3 THEN 'cus_' || ocgen.rnd('pmcus', p.i, 14) ELSE upper(fixture_gen.chars('pmpp', p.i, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')) END,
       CASE WHEN p.i % 4 = 3 THEN 'BA-' || fixture_gen.chars('pmba', p.i, 17, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
            WHEN u."createdAt" < '2020-06-01' THEN 'card_' || ocgen.rnd('pmtk', p.i, 24) ELSE 'pm_' || ocgen.rnd('pmtk', p.i, 24) END,
       true, CASE p.cc WHEN 'GB' THEN 'GBP' WHEN 'DE' THEN 'EUR' WHEN 'FR' THEN 'EUR' ELSE 'USD' END,
       u."createdAt" + interval '1 hour', u."updatedAt", CASE WHEN p.i % 19 = 0 THEN ocgen.at('pmda', p.i, '2023-01-01', '2024-06-01') END,
       u."createdAt" + interval '1 hour', CASE WHEN p.i % 4 <> 3 THEN make_timestamptz(2024 + fixture_gen.n('pmey', p.i, 5), 1 + fixture_gen.n('pmem', p.i, 12), 1, 0, 0, 0, 'UTC') + interval '1 month' - interval '1 second' END,
       fixture_gen.uuid('pmuuid', p.i)::uuid,
       CASE WHEN p.i % 4 <> 3 THEN jsonb_build_object('brand', CASE left(cd.num, 1) WHEN '4' THEN 'Visa' ELSE 'MasterCard' END, 'country', p.cc, 'funding', fixture_gen.pick(ARRAY['credit', 'debit'], 'pmfu', p.i),
              'expMonth', 1 + fixture_gen.n('pmem', p.i, 12), 'expYear', 2024 + fixture_gen.n('pmey', p.i, 5), 'fingerprint', ocgen.rnd('pmfp', p.i, 16),
              'fullName', CASE WHEN p.i % 6 = 0 THEN upper(p.name) WHEN p.i % 6 = 1 THEN NULL ELSE p.name END, 'zip', CASE WHEN p.cc = 'US' THEN p.zip END)
            ELSE jsonb_build_object('payerId', upper(fixture_gen.chars('pmpp', p.i, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')), 'email', coalesce(u."paypalEmail", p.email),
              'name', p.name, 'countryCode', p.cc) END,
       p.i, 100 + p.i, CASE WHEN p.i % 23 = 0 THEN ocgen.at('pmar', p.i, '2023-01-01', '2024-06-01') END,
       CASE WHEN p.i % 4 = 3 THEN 'paypal' ELSE 'stripe' END, CASE WHEN p.i % 4 = 3 THEN 'subscription' ELSE 'creditcard' END, p.i % 5 <> 0
FROM ocgen.p p JOIN "Users" u ON u.id = p.i JOIN ocgen.card cd ON cd.k = p.i;

INSERT INTO "PaymentMethods" (id, name, "customerId", token, "primary", currency, "createdAt", "updatedAt", "confirmedAt", "expiryDate", uuid, data,
  "CreatedByUserId", "CollectiveId", service, type, saved, "monthlyLimitPerMember")
SELECT 221 + (c.id - 34), right(cd.num, 4), 'cus_' || ocgen.rnd('pmcus', 1000 + c.id, 14), 'pm_' || ocgen.rnd('pmtk', 1000 + c.id, 24), true, c.cur,
       ocgen.at('pmoc', c.id, '2019-01-01', '2022-01-01'), ocgen.at('pmou', c.id, '2023-01-01', '2024-06-01'), ocgen.at('pmoc', c.id, '2019-01-01', '2022-01-01'),
       make_timestamptz(2025 + fixture_gen.n('pmoy', c.id, 3), 1 + fixture_gen.n('pmom', c.id, 12), 1, 0, 0, 0, 'UTC'), fixture_gen.uuid('pmuuid', 1000 + c.id)::uuid,
       jsonb_build_object('brand', CASE left(cd.num, 1) WHEN '4' THEN 'Visa' ELSE 'MasterCard' END, 'country', c.cc, 'funding', 'credit', 'expMonth', 1 + fixture_gen.n('pmom', c.id, 12),
              'expYear', 2025 + fixture_gen.n('pmoy', c.id, 3), 'fingerprint', ocgen.rnd('pmfp', 1000 + c.id, 16), 'fullName', ad.name),
       45 + (c.id - 34), c.id, 'stripe', 'creditcard', true, CASE WHEN c.id IN (36, 41) THEN 5000 END
FROM ocgen.c c JOIN ocgen.card cd ON cd.k = 221 + (c.id - 34) JOIN ocgen.p ad ON ad.i = 45 + (c.id - 34)
WHERE c.type = 'ORGANIZATION' AND c.id >= 34;

-- Gift cards given by three sponsors to contributors.
INSERT INTO "PaymentMethods" (id, name, token, currency, "createdAt", "updatedAt", "confirmedAt", "expiryDate", uuid, data, "CreatedByUserId", "CollectiveId", service, type,
  "initialBalance", "limitedToTags", "limitedToHostCollectiveIds", description, "SourcePaymentMethodId", batch, saved, "monthlyLimitPerMember")
SELECT 237 + k, CASE WHEN k % 2 = 0 THEN '$50 Gift Card from ' ELSE '$25 Gift Card from ' END || src.name,
       upper(fixture_gen.chars('gcc', k, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')),
       'USD', ocgen.at('gca', k, '2023-09-25', '2023-10-05'), ocgen.at('gcu', k, '2023-10-05', '2024-03-01'),
       CASE WHEN k % 5 <> 0 THEN ocgen.at('gcu', k, '2023-10-05', '2024-03-01') END, '2024-10-01 00:00:00+00', fixture_gen.uuid('gcuuid', k)::uuid,
       jsonb_build_object('email', CASE WHEN k % 5 = 0 THEN r.email END, 'customMessage', CASE WHEN k % 3 = 0 THEN 'Thanks for your pull requests this Hacktoberfest, ' || r.first || '!' END),
       45 + (src.id - 34), CASE WHEN k % 5 <> 0 THEN 100 + r.i END, 'opencollective', 'giftcard',
       CASE WHEN k % 2 = 0 THEN 5000 ELSE 2500 END, ARRAY['open source']::varchar[], ARRAY[1],
       CASE WHEN k % 4 = 0 THEN 'For ' || r.name || ', who fixed our flaky CI' ELSE 'Hacktoberfest 2023: fund a project you love' END,
       221 + (src.id - 34), 'hacktoberfest-2023', false, NULL
FROM generate_series(1, 25) k
JOIN ocgen.c src ON src.id = (ARRAY[36, 41, 48])[1 + k % 3]
JOIN ocgen.p r ON r.i = 100 + fixture_gen.n('gcr', k, 120);

INSERT INTO "PaymentMethods" (id, name, "primary", currency, "createdAt", "updatedAt", "confirmedAt", uuid, data, "CreatedByUserId", "CollectiveId", service, type)
SELECT 263 + (c.id - 2), c.name || ' (' || CASE WHEN c.id = 1 THEN 'Host' ELSE 'Collective' END || ')', true, c.cur, ocgen.at('cca', c.id, '2017-02-01', '2023-06-01'), ocgen.at('cca', c.id, '2017-02-01', '2023-06-01'),
       ocgen.at('cca', c.id, '2017-02-01', '2023-06-01'), fixture_gen.uuid('pmcol', c.id)::uuid, '{}'::jsonb, 1, c.id, 'opencollective', 'collective'
FROM ocgen.c c WHERE c.type IN ('COLLECTIVE', 'EVENT', 'PROJECT');
INSERT INTO "PaymentMethods" (id, name, "primary", currency, "createdAt", "updatedAt", "confirmedAt", uuid, data, "CreatedByUserId", "CollectiveId", service, type)
VALUES (295, 'Riverside Commons (Host)', true, 'USD', '2017-02-01 10:00:00+00', '2017-02-01 10:00:00+00', '2017-02-01 10:00:00+00', 'b9d4f0c2-77a1-4e0b-9c55-3e1f0a6d2c11', '{}', 1, 1, 'opencollective', 'host');

-- ---------------------------------------------------------------------------
-- Orders and their subscriptions.

CREATE TABLE "Orders" (
  id serial PRIMARY KEY,
  "CreatedByUserId" integer,
  "FromCollectiveId" integer REFERENCES "Collectives" (id),
  "CollectiveId" integer REFERENCES "Collectives" (id),
  "TierId" integer REFERENCES "Tiers" (id),
  quantity integer,
  currency varchar(3),
  "totalAmount" integer,
  description varchar(255),
  "publicMessage" varchar(255),
  "privateMessage" varchar(255),
  "SubscriptionId" integer,
  "PaymentMethodId" integer REFERENCES "PaymentMethods" (id),
  "processedAt" timestamptz,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  status varchar(255) NOT NULL DEFAULT 'NEW',
  data jsonb,
  "taxAmount" integer,
  "platformTipAmount" integer,
  interval varchar(255)
);
CREATE TABLE ocgen.o AS
SELECT o, src, fromc, uid, pm, tgt,
       CASE WHEN tgt >= 22 THEN NULL WHEN o % 3 = 0 THEN 'month' WHEN o % 11 = 0 THEN 'year' END AS iv
FROM (SELECT o,
        CASE WHEN o % 10 = 0 THEN 'org' WHEN o % 23 = 0 THEN 'incognito' WHEN o % 19 = 0 THEN 'gift' ELSE 'user' END AS src,
        CASE WHEN o % 10 = 0 THEN 34 + (o / 10) % 17 WHEN o % 23 = 0 THEN 320 + 1 + o % 12 WHEN o % 19 = 0 THEN 100 + g.u ELSE 100 + x.u END AS fromc,
        CASE WHEN o % 10 = 0 THEN 45 + (o / 10) % 17 WHEN o % 23 = 0 THEN 7 * (1 + o % 12) + 3 WHEN o % 19 = 0 THEN g.u ELSE x.u END AS uid,
        CASE WHEN o % 10 = 0 THEN 221 + (o / 10) % 17 WHEN o % 23 = 0 THEN 7 * (1 + o % 12) + 3 WHEN o % 19 = 0 THEN g.id ELSE x.u END AS pm,
        CASE WHEN o % 15 = 0 THEN (ARRAY[22, 24, 25, 26, 29, 30, 31])[1 + o % 7] WHEN o % 17 = 0 THEN (ARRAY[23, 27, 28, 32, 33])[1 + o % 5] ELSE 2 + fixture_gen.n('oc', o, 20) END AS tgt
      FROM generate_series(1, 240) o
      CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ou', o, 220) AS u) x
      LEFT JOIN LATERAL (SELECT pm.id, pm."CollectiveId" - 100 AS u FROM "PaymentMethods" pm WHERE pm.type = 'giftcard' AND pm."CollectiveId" IS NOT NULL ORDER BY pm.id OFFSET (o / 19) % 20 LIMIT 1) g ON true) y;

INSERT INTO "Orders" (id, "CreatedByUserId", "FromCollectiveId", "CollectiveId", "TierId", quantity, currency, "totalAmount", description, "publicMessage", "privateMessage",
  "PaymentMethodId", "processedAt", "createdAt", "updatedAt", "deletedAt", status, data, "taxAmount", "platformTipAmount", interval)
SELECT o.o, o.uid, o.fromc, o.tgt, t.id, CASE WHEN c.type = 'EVENT' THEN 1 + o.o % 2 ELSE 1 END, c.cur, amt.a,
       CASE WHEN c.type = 'EVENT' THEN 'Registration (' || t.name || ') for ' || c.name
            WHEN o.iv = 'month' THEN 'Monthly financial contribution to ' || c.name || coalesce(' (' || t.name || ')', '')
            WHEN o.iv = 'year' THEN 'Yearly financial contribution to ' || c.name || coalesce(' (' || t.name || ')', '')
            ELSE 'Financial contribution to ' || c.name END,
       CASE fixture_gen.n('opm', o.o, 14)
         WHEN 0 THEN 'Thank you for all your work!'
         WHEN 1 THEN 'Keep it up ❤️'
         WHEN 2 THEN c.name || ' saved our team weeks of work.'
         WHEN 3 THEN 'In memory of ' || fixture_gen.first_name('opmf', o.o) || ' ' || coalesce(p.last, 'Smith') || ', who loved this place.'
         WHEN 4 THEN 'Greetings from ' || coalesce(p.city, 'Portland') || '!'
         WHEN 5 THEN 'Happy birthday ' || fixture_gen.first_name('opmb', o.o) || '! This one is for you.'
         WHEN 6 THEN 'For the snacks at the next meetup 🍕'
         ELSE NULL END,
       CASE fixture_gen.n('opv', o.o, 12)
         WHEN 0 THEN 'Please send the receipt to my accountant, ' || fixture_gen.email('opva', o.o)
         WHEN 1 THEN 'This is on behalf of my mother, ' || fixture_gen.full_name('opvm', o.o) || '. Please do not list her publicly.'
         WHEN 2 THEN 'Could you make the receipt out to our company? VAT ' || fixture_gen.vat('opvv', o.o)
         WHEN 3 THEN 'My address for the tax receipt: ' || coalesce(p.street || ', ' || p.city || ' ' || p.zip, '')
         WHEN 4 THEN 'Paying by bank transfer next week, reference ' || upper(substr(md5('opref' || o.o), 1, 8))
         ELSE NULL END,
       o.pm,
       CASE WHEN st.s IN ('PAID', 'ACTIVE', 'CANCELLED') THEN ocgen.at('opr', o.o, '2022-01-01', '2024-06-27') END,
       ocgen.at('opr', o.o, '2022-01-01', '2024-06-27') - interval '2 minutes', ocgen.at('oup', o.o, '2024-01-01', '2024-06-28'),
       CASE WHEN st.s = 'ERROR' AND o.o % 2 = 0 THEN ocgen.at('oup', o.o, '2024-01-01', '2024-06-28') END,
       st.s,
       CASE WHEN o.src = 'user' AND o.uid % 8 = 5 THEN jsonb_build_object('isGuest', true, 'fromAccountInfo', jsonb_build_object('name', p.name, 'email', p.email,
              'location', jsonb_build_object('address', p.street || E'\n' || p.city || ' ' || p.zip, 'country', p.cc)), 'savePaymentMethod', false)
            WHEN c.type = 'EVENT' THEN jsonb_build_object('customData', jsonb_build_object('dietary', fixture_gen.pick(ARRAY['', 'vegetarian', 'vegan', 'halal', 'no nuts (severe allergy)', 'coeliac', 'none'], 'odiet', o.o),
              'tshirt', fixture_gen.pick(ARRAY['S', 'M', 'L', 'XL'], 'otee', o.o)))
            WHEN pm.service = 'stripe' THEN jsonb_build_object('paymentIntent', jsonb_build_object('id', 'pi_' || ocgen.rnd('opi', o.o, 24), 'status', CASE WHEN st.s = 'ERROR' THEN 'requires_payment_method' ELSE 'succeeded' END))
                                            || CASE WHEN o.o % 4 = 0 THEN jsonb_build_object('platformTip', 100 * (1 + o.o % 5)) ELSE '{}'::jsonb END
            WHEN pm.service = 'paypal' THEN jsonb_build_object('paypalOrderId', upper(fixture_gen.chars('opp', o.o, 17, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')))
            ELSE '{}'::jsonb END,
       CASE WHEN o.fromc IN (34, 39, 49) THEN (amt.a * 19 / 100) END,
       CASE WHEN o.o % 4 = 0 AND pm.service = 'stripe' THEN 100 * (1 + o.o % 5) END,
       o.iv
FROM ocgen.o o
JOIN ocgen.c c ON c.id = o.tgt
JOIN "PaymentMethods" pm ON pm.id = o.pm
LEFT JOIN ocgen.p p ON p.i = o.uid
LEFT JOIN LATERAL (SELECT t.id, t.name FROM "Tiers" t WHERE t."CollectiveId" = o.tgt AND ((c.type = 'EVENT' AND t.type = 'TICKET' AND (t.amount > 0) = (o.o % 2 = 0))
                                                             OR (c.type <> 'EVENT' AND o.iv IS NOT NULL AND t.interval = 'month' AND (t.name = 'Sponsor') = (o.src = 'org'))
                                                             OR (c.type <> 'EVENT' AND o.iv IS NULL AND t.type = 'DONATION')) ORDER BY t.id LIMIT 1) t ON true
CROSS JOIN LATERAL (SELECT CASE WHEN c.type = 'EVENT' THEN CASE WHEN o.o % 2 = 0 THEN 2500 ELSE 0 END WHEN o.src = 'org' THEN 10000 * (1 + o.o % 3)
                                WHEN o.src = 'gift' THEN 2500 ELSE (ARRAY[500, 1000, 1500, 2000, 2500, 5000, 10000, 300])[1 + fixture_gen.n('oamt', o.o, 8)] END AS a) amt
CROSS JOIN LATERAL (SELECT CASE WHEN o.o <= 180 THEN CASE WHEN o.o % 37 = 0 THEN 'CANCELLED' WHEN o.iv IS NOT NULL THEN 'ACTIVE' ELSE 'PAID' END
                                ELSE fixture_gen.pick(ARRAY['PENDING', 'ERROR', 'EXPIRED', 'CANCELLED', 'PAID', 'NEW', 'REJECTED'], 'ost', o.o) END AS s) st
ORDER BY o.o;

CREATE TABLE "Subscriptions" (
  id serial PRIMARY KEY,
  amount integer,
  currency varchar(3),
  interval varchar(8),
  "isActive" boolean DEFAULT false,
  "nextChargeDate" timestamptz,
  "nextPeriodStart" timestamptz,
  "chargeRetryCount" integer DEFAULT 0,
  "activatedAt" timestamptz,
  "deactivatedAt" timestamptz,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  data jsonb,
  "stripeSubscriptionId" varchar(255),
  "chargeNumber" integer,
  quantity integer,
  "isManagedExternally" boolean DEFAULT false,
  "paypalSubscriptionId" varchar(255)
);
INSERT INTO "Subscriptions" (id, amount, currency, interval, "isActive", "nextChargeDate", "nextPeriodStart", "chargeRetryCount", "activatedAt", "deactivatedAt", "createdAt",
  "updatedAt", data, "stripeSubscriptionId", "chargeNumber", quantity, "isManagedExternally", "paypalSubscriptionId")
SELECT row_number() OVER (ORDER BY o.id), o."totalAmount", o.currency, o.interval, o.status = 'ACTIVE',
       CASE WHEN o.status = 'ACTIVE' THEN date_trunc('month', timestamptz '2024-07-01') + CASE WHEN o.interval = 'year' THEN interval '5 months' ELSE interval '0' END END,
       CASE WHEN o.status = 'ACTIVE' THEN date_trunc('month', timestamptz '2024-07-01') END,
       CASE WHEN o.id % 13 = 0 THEN 1 + o.id % 3 ELSE 0 END, o."processedAt", CASE WHEN o.status <> 'ACTIVE' THEN o."updatedAt" END, o."createdAt", o."updatedAt",
       CASE WHEN o.id % 13 = 0 THEN jsonb_build_object('lastChargeError', fixture_gen.pick(ARRAY['Your card was declined.', 'Your card has insufficient funds.', 'Your card has expired.'], 'serr', o.id)) ELSE '{}'::jsonb END,
       CASE WHEN o.id % 6 = 0 AND pm.service = 'stripe' THEN 'sub_' || ocgen.rnd('ssub', o.id, 14) END,
       1 + fixture_gen.n('scn', o.id, 30), 1, pm.service = 'paypal',
       CASE WHEN pm.service = 'paypal' THEN 'I-' || upper(fixture_gen.chars('spp', o.id, 12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')) END
FROM "Orders" o JOIN "PaymentMethods" pm ON pm.id = o."PaymentMethodId"
WHERE o.interval IS NOT NULL AND o.status IN ('ACTIVE', 'CANCELLED', 'ERROR', 'PAID');
UPDATE "Orders" o SET "SubscriptionId" = s.rn FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Orders" WHERE interval IS NOT NULL AND status IN ('ACTIVE', 'CANCELLED', 'ERROR', 'PAID')) s WHERE s.id = o.id;

-- Backers, from the orders.
INSERT INTO "Members" ("createdAt", "updatedAt", "CreatedByUserId", "CollectiveId", role, "MemberCollectiveId", "TierId", since, "publicMessage")
SELECT min(o."processedAt"), max(o."processedAt"), min(o."CreatedByUserId"), o."CollectiveId", CASE WHEN bool_or(c.type = 'EVENT') THEN 'ATTENDEE' ELSE 'BACKER' END, o."FromCollectiveId",
       min(o."TierId"), min(o."processedAt"), max(o."publicMessage")
FROM "Orders" o JOIN "Collectives" c ON c.id = o."CollectiveId"
WHERE o.status IN ('PAID', 'ACTIVE')
GROUP BY o."CollectiveId", o."FromCollectiveId"
ORDER BY min(o."processedAt");

-- ---------------------------------------------------------------------------
-- PayoutMethods: 1-120 the first 120 users' (one each), 121-126 vendors'.

CREATE TABLE "PayoutMethods" (
  id serial PRIMARY KEY,
  type varchar(255) NOT NULL,
  data jsonb NOT NULL,
  name varchar(255),
  "isSaved" boolean NOT NULL DEFAULT false,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "CreatedByUserId" integer,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz
);
INSERT INTO "PayoutMethods" (id, type, data, name, "isSaved", "CollectiveId", "CreatedByUserId", "createdAt", "updatedAt", "deletedAt")
SELECT p.i,
       CASE WHEN p.i % 5 IN (0, 1) THEN 'PAYPAL' WHEN p.i % 5 = 4 AND p.cc NOT IN ('US', 'GB') THEN 'OTHER' WHEN p.i % 5 = 4 THEN 'PAYPAL' ELSE 'BANK_ACCOUNT' END,
       CASE WHEN p.i % 5 IN (0, 1) OR (p.i % 5 = 4 AND p.cc IN ('US', 'GB')) THEN jsonb_build_object('email', coalesce(u."paypalEmail", p.email), 'currency', 'USD')
            WHEN p.i % 5 = 4 THEN jsonb_build_object('content', CASE p.cc
                 WHEN 'BR' THEN 'Pix: chave CPF ' || fixture_gen.cpf('pmcpf', p.i) || E' (' || p.name || ')'
                 WHEN 'IN' THEN 'UPI: ' || lower(fixture_gen.ascii(p.first)) || fixture_gen.digits('upi', p.i, 2) || '@okhdfcbank, PAN ' || fixture_gen.pan('pmpan', p.i)
                 WHEN 'NG' THEN 'Please send to my Kuda account ' || fixture_gen.digits('kuda', p.i, 10) || ', name ' || upper(p.last) || ' ' || upper(p.first) || '. Or call ' || fixture_gen.phone('pmph', p.i)
                 WHEN 'GH' THEN 'MTN Mobile Money ' || '+233 24 ' || fixture_gen.digits('momo', p.i, 7) || ' (' || p.name || ')'
                 ELSE 'Revolut @' || lower(p.gh) || ' or ask me for my bank details by email: ' || p.email END)
            ELSE jsonb_build_object('accountHolderName', CASE WHEN p.i % 7 = 0 THEN upper(p.name) ELSE p.name END, 'currency', CASE p.cc WHEN 'US' THEN 'USD' WHEN 'GB' THEN 'GBP' WHEN 'NG' THEN 'NGN' WHEN 'IN' THEN 'INR' WHEN 'JP' THEN 'JPY' WHEN 'CA' THEN 'CAD' ELSE 'EUR' END,
                   'type', CASE p.cc WHEN 'US' THEN 'aba' WHEN 'GB' THEN 'sort_code' WHEN 'NG' THEN 'nigeria' WHEN 'IN' THEN 'indian' WHEN 'JP' THEN 'japanese' WHEN 'CA' THEN 'canadian' ELSE 'iban' END,
                   'details', CASE p.cc
                     WHEN 'US' THEN jsonb_build_object('abartn', '32' || fixture_gen.digits('aba', p.i, 7), 'accountNumber', fixture_gen.digits('usacct', p.i, 10), 'accountType', fixture_gen.pick(ARRAY['CHECKING', 'SAVINGS'], 'acty', p.i))
                     WHEN 'GB' THEN jsonb_build_object('sortCode', fixture_gen.digits('sort', p.i, 6), 'accountNumber', fixture_gen.digits('gbacct', p.i, 8))
                     WHEN 'NG' THEN jsonb_build_object('bankCode', fixture_gen.pick(ARRAY['058', '044', '057', '033'], 'ngb', p.i), 'accountNumber', fixture_gen.digits('ngacct', p.i, 10))
                     WHEN 'IN' THEN jsonb_build_object('ifscCode', fixture_gen.pick(ARRAY['HDFC', 'ICIC', 'SBIN', 'UTIB'], 'ifsc', p.i) || '000' || fixture_gen.digits('ifsc', p.i, 4), 'accountNumber', fixture_gen.digits('inacct', p.i, 12))
                     WHEN 'JP' THEN jsonb_build_object('bankCode', '0005', 'branchCode', fixture_gen.digits('jpbr', p.i, 3), 'accountNumber', fixture_gen.digits('jpacct', p.i, 7))
                     WHEN 'CA' THEN jsonb_build_object('institutionNumber', '004', 'transitNumber', fixture_gen.digits('catr', p.i, 5), 'accountNumber', fixture_gen.digits('caacct', p.i, 7))
                     ELSE jsonb_build_object('IBAN', CASE p.cc WHEN 'DE' THEN fixture_gen.iban('DE', fixture_gen.digits('ibde', p.i, 18)) WHEN 'FR' THEN fixture_gen.iban('FR', fixture_gen.digits('ibfr', p.i, 23)) ELSE fixture_gen.iban_for('ib', p.i) END) END
                     || jsonb_build_object('legalType', 'PRIVATE', 'email', CASE WHEN p.i % 3 = 0 THEN p.email END,
                          'address', jsonb_build_object('firstLine', p.street, 'city', p.city, 'postCode', p.zip, 'country', p.cc, 'state', CASE WHEN p.cc = 'US' THEN fixture_gen.pick(ARRAY['OR', 'WA', 'CA', 'TX', 'NY'], 'pst', p.i) END))) END,
       CASE fixture_gen.n('pmn', p.i, 6) WHEN 0 THEN NULL WHEN 1 THEN 'My main account' WHEN 2 THEN p.first || '''s account' WHEN 3 THEN p.name WHEN 4 THEN 'Wise' ELSE '' END,
       p.i % 9 <> 0, 100 + p.i, p.i, ocgen.at('pmca', p.i, '2020-06-01', '2024-03-01'), ocgen.at('pmua', p.i, '2024-03-01', '2024-06-27'),
       CASE WHEN p.i % 17 = 0 THEN ocgen.at('pmua', p.i, '2024-03-01', '2024-06-27') END
FROM ocgen.p p JOIN "Users" u ON u.id = p.i WHERE p.i <= 120;
INSERT INTO "PayoutMethods" (id, type, data, name, "isSaved", "CollectiveId", "CreatedByUserId", "createdAt", "updatedAt")
SELECT 121 + (c.id - 51), 'BANK_ACCOUNT',
       jsonb_build_object('accountHolderName', c.name, 'currency', c.cur, 'type', CASE WHEN c.cur = 'EUR' THEN 'iban' ELSE 'aba' END,
         'details', CASE WHEN c.cur = 'EUR' THEN jsonb_build_object('IBAN', fixture_gen.iban('DE', fixture_gen.digits('vib', c.id, 18))) ELSE jsonb_build_object('abartn', '02' || fixture_gen.digits('vaba', c.id, 7), 'accountNumber', fixture_gen.digits('vacct', c.id, 11)) END
           || jsonb_build_object('legalType', 'BUSINESS', 'address', jsonb_build_object('country', c.cc))),
       c.name, true, c.id, 1, ocgen.at('vca', c.id, '2021-01-01', '2023-01-01'), ocgen.at('vca', c.id, '2021-01-01', '2023-01-01')
FROM ocgen.c c WHERE c.type = 'VENDOR';

-- ---------------------------------------------------------------------------
-- VirtualCards issued by the host to collective admins (Stripe Issuing).

CREATE TABLE "VirtualCards" (
  id varchar(255) PRIMARY KEY,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "HostCollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "UserId" integer REFERENCES "Users" (id),
  name varchar(255),
  last4 varchar(4),
  data jsonb,
  "privateData" text,
  provider varchar(255),
  "spendingLimitAmount" integer,
  "spendingLimitInterval" varchar(255),
  currency varchar(3),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  status varchar(255)
);
INSERT INTO "VirtualCards" (id, "CollectiveId", "HostCollectiveId", "UserId", name, last4, data, "privateData", provider, "spendingLimitAmount", "spendingLimitInterval", currency,
  "createdAt", "updatedAt", "deletedAt", status)
SELECT 'ic_' || ocgen.rnd('vcid', k, 24), c.id, 1, a.i,
       CASE k % 3 WHEN 0 THEN c.name || ' - ' || fixture_gen.pick(ARRAY['Hosting', 'Domains', 'Meetup snacks', 'Hardware store', 'Zoom'], 'vcn', k) WHEN 1 THEN a.name ELSE a.first || ' (' || c.slug || ')' END,
       right(fixture_gen.card('vcn', k), 4),
       jsonb_build_object('id', 'ic_' || ocgen.rnd('vcid', k, 24), 'brand', 'Visa', 'type', 'virtual', 'exp_month', 1 + k % 12, 'exp_year', 2026 + k % 3,
         'cardholder', jsonb_build_object('id', 'ich_' || ocgen.rnd('vch', k, 24), 'name', a.name, 'email', a.email, 'phone_number', fixture_gen.phone('vcph', k),
            'billing', jsonb_build_object('address', jsonb_build_object('line1', '2211 SE Hawthorne Blvd', 'city', 'Portland', 'state', 'OR', 'postal_code', '97214', 'country', 'US')))),
       'U2FsdGVkX1' || ocgen.rnd('vcpd', k, 86) || '=',
       'STRIPE', 10000 * (1 + k % 5), fixture_gen.pick(ARRAY['MONTHLY', 'PER_AUTHORIZATION', 'YEARLY'], 'vcli', k), 'USD',
       ocgen.at('vcca', k, '2022-05-01', '2024-05-01'), ocgen.at('vcua', k, '2024-01-01', '2024-06-28'), CASE WHEN k % 9 = 0 THEN ocgen.at('vcua', k, '2024-01-01', '2024-06-28') END,
       fixture_gen.pick(ARRAY['active', 'active', 'active', 'inactive', 'canceled'], 'vcst', k)
FROM generate_series(1, 26) k
JOIN ocgen.c c ON c.id = 2 + fixture_gen.n('vcc', k, 20)
JOIN ocgen.p a ON a.i = 5 + (c.id - 2) * 2 + k % 2;
CREATE TABLE ocgen.vc AS SELECT row_number() OVER (ORDER BY "createdAt", id) AS k, id, "CollectiveId", "UserId" FROM "VirtualCards";

-- ---------------------------------------------------------------------------
-- Expenses, their items and attached files.

CREATE TABLE "Expenses" (
  id serial PRIMARY KEY,
  "UserId" integer NOT NULL REFERENCES "Users" (id),
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  currency varchar(255) NOT NULL,
  amount integer NOT NULL,
  description varchar(255) NOT NULL,
  "privateMessage" text,
  "longDescription" text,
  "incurredAt" timestamptz NOT NULL,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  status varchar(255) NOT NULL DEFAULT 'PENDING',
  "lastEditedById" integer,
  "FromCollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "PayoutMethodId" integer REFERENCES "PayoutMethods" (id),
  "legacyPayoutMethod" varchar(255) NOT NULL DEFAULT 'other',
  type varchar(255) NOT NULL DEFAULT 'UNCLASSIFIED',
  tags varchar(255)[],
  "payeeLocation" jsonb,
  data jsonb,
  "invoiceInfo" text,
  "HostCollectiveId" integer REFERENCES "Collectives" (id),
  "VirtualCardId" varchar(255) REFERENCES "VirtualCards" (id),
  "RecurringExpenseId" integer,
  reference varchar(255),
  "feesPayer" varchar(255) NOT NULL DEFAULT 'COLLECTIVE',
  "onHold" boolean NOT NULL DEFAULT false
);
CREATE TABLE ocgen.e AS
SELECT e, CASE WHEN e % 15 = 0 THEN 'vendor' WHEN e % 12 = 5 THEN 'card' WHEN x.c IN (6, 28) THEN 'grant' WHEN e % 3 = 0 THEN 'invoice' ELSE 'receipt' END AS kind,
       x.c, 1 + fixture_gen.n('eu', e, 120) AS u, 51 + (e / 15) % 6 AS v,
       CASE WHEN e <= 40 THEN 'PAID' ELSE fixture_gen.pick(ARRAY['PENDING', 'APPROVED', 'PAID', 'REJECTED', 'PROCESSING', 'ERROR', 'SPAM', 'PENDING', 'APPROVED', 'SCHEDULED_FOR_PAYMENT'], 'est', e) END AS st,
       to_char(date '2022-01-01' + fixture_gen.n('emon', e, 900), 'FMMonth YYYY') AS mon
FROM generate_series(1, 150) e CROSS JOIN LATERAL (SELECT CASE WHEN e % 9 = 0 THEN (ARRAY[6, 6, 28, 6])[1 + e % 4] ELSE 2 + fixture_gen.n('ec', e, 32) END AS c) x;

INSERT INTO "Expenses" (id, "UserId", "CollectiveId", currency, amount, description, "privateMessage", "longDescription", "incurredAt", "createdAt", "updatedAt", "deletedAt", status,
  "lastEditedById", "FromCollectiveId", "PayoutMethodId", "legacyPayoutMethod", type, tags, "payeeLocation", data, "invoiceInfo", "HostCollectiveId", "VirtualCardId",
  "RecurringExpenseId", reference, "feesPayer", "onHold")
SELECT e.e,
       CASE WHEN e.kind = 'vendor' THEN 1 + e.e % 4 WHEN e.kind = 'card' THEN vc."UserId" ELSE e.u END,
       CASE WHEN e.kind = 'card' THEN vc."CollectiveId" ELSE e.c END,
       c.cur, (ARRAY[1299, 2400, 4500, 8999, 15000, 32000, 60000, 120000, 750, 3650])[1 + fixture_gen.n('eamt', e.e, 10)],
       CASE e.kind
         WHEN 'vendor' THEN fixture_gen.pick(ARRAY['Server hosting ', 'Meetup organizer subscription ', 'Domain renewals ', 'Venue hire ', 'Lumber and soil ', 'Zoom Pro '], 'evd', e.v) || e.mon
         WHEN 'card' THEN fixture_gen.pick(ARRAY['AWS', 'Namecheap', 'Hardware store', 'Costco', 'Zoom', 'GitHub Actions minutes'], 'ecd', e.e)
         WHEN 'grant' THEN fixture_gen.pick(ARRAY['Emergency grant: rent for ' || p.first || ' ' || left(p.last, 1) || '.', 'Groceries for the ' || p.last || ' family', 'Utility bill help', 'Grant: bus passes for ' || e.mon,
                                                  'Winter coats, ' || fixture_gen.n('ekids', e.e, 4) + 1 || ' kids', 'Prescription costs for ' || p.first], 'egd', e.e)
         WHEN 'invoice' THEN fixture_gen.pick(ARRAY['Maintenance work, ' || e.mon, 'Security audit, milestone ' || (1 + e.e % 3), 'Logo and website design', 'Translation of the docs into ' || fixture_gen.pick(ARRAY['Portuguese', 'Japanese', 'Hindi', 'Yoruba', 'French'], 'elng', e.e),
                                                    'Workshop facilitation (' || e.mon || ')', 'Invoice ' || p.name || ' #' || (e.e % 40 + 1)], 'eid', e.e)
         ELSE fixture_gen.pick(ARRAY['Snacks for the ' || e.mon || ' meetup', 'Train ticket to ' || p.city, 'Domain renewal', 'Printing flyers', 'Replacement parts for the workshop', 'Hosting, ' || e.mon,
                                     'Seeds and compost', 'Lunch with ' || fixture_gen.full_name('elunch', e.e) || ' (speaker)', 'Travel to the conference', 'USB-C adapters for the code club'], 'erd', e.e) END,
       CASE fixture_gen.n('epm', e.e, 10)
         WHEN 0 THEN 'Please pay to my new account, my old bank closed it.'
         WHEN 1 THEN 'My address changed: ' || p.street || ', ' || p.city || ' ' || p.zip
         WHEN 2 THEN 'I am not a US person, I submitted the W-8BEN last week.'
         WHEN 3 THEN 'Call me if anything is missing: ' || fixture_gen.phone('epph', e.e)
         WHEN 4 THEN CASE WHEN e.kind = 'grant' THEN 'Landlord is ' || fixture_gen.full_name('eland', e.e) || ', she accepts Zelle at ' || fixture_gen.email('eland', e.e) || '. Eviction notice attached.' ELSE 'Thanks!' END
         WHEN 5 THEN ''
         ELSE NULL END,
       CASE WHEN e.e % 10 = 0 THEN '<p>' || fixture_gen.pick(ARRAY['Receipts attached. The venue gave us a discount because we are a non-profit.', 'Worked on the release, see the milestone on GitHub.',
                                                                  'Family of four, the father lost his job in March. Referred by ' || fixture_gen.full_name('eref', e.e) || ' from the school.'], 'eld', e.e) || '</p>' END,
       ocgen.at('einc', e.e, '2022-01-01', '2024-06-15'), ocgen.at('einc', e.e, '2022-01-01', '2024-06-15') + interval '3 days', ocgen.at('eua', e.e, '2024-01-01', '2024-06-28'),
       CASE WHEN e.st = 'SPAM' THEN ocgen.at('eua', e.e, '2024-01-01', '2024-06-28') END, e.st,
       CASE WHEN e.kind = 'vendor' THEN 1 + e.e % 4 ELSE e.u END,
       CASE WHEN e.kind = 'vendor' THEN e.v WHEN e.kind = 'card' THEN 100 + vc."UserId" ELSE 100 + e.u END,
       CASE WHEN e.kind = 'vendor' THEN 121 + (e.v - 51) WHEN e.kind = 'card' THEN NULL ELSE e.u END,
       CASE WHEN pm.type = 'PAYPAL' THEN 'paypal' ELSE 'other' END,
       CASE e.kind WHEN 'vendor' THEN 'INVOICE' WHEN 'card' THEN 'CHARGE' WHEN 'grant' THEN 'GRANT' WHEN 'invoice' THEN 'INVOICE' ELSE 'RECEIPT' END,
       CASE e.kind WHEN 'grant' THEN ARRAY['grant', fixture_gen.pick(ARRAY['rent', 'food', 'utilities', 'health'], 'etg', e.e)] WHEN 'card' THEN ARRAY['card'] WHEN 'vendor' THEN ARRAY['hosting'] ELSE ARRAY[fixture_gen.pick(ARRAY['travel', 'meetup', 'hosting', 'maintainers', 'hardware', 'design'], 'etag', e.e)] END::varchar[],
       CASE WHEN e.kind IN ('invoice', 'grant') OR (e.kind = 'receipt' AND e.e % 2 = 0) THEN jsonb_build_object('address', p.street || E'\n' || p.city || ' ' || p.zip, 'country', p.cc,
              'structured', jsonb_build_object('address1', p.street, 'city', p.city, 'postalCode', p.zip))
            WHEN e.kind = 'vendor' THEN jsonb_build_object('address', NULL, 'country', vcc.cc) END,
       CASE WHEN e.st = 'PAID' AND pm.type = 'BANK_ACCOUNT' THEN jsonb_build_object(
              'recipient', jsonb_build_object('id', 140000000 + fixture_gen.n('ewr', e.e, 9999999), 'accountHolderName', pm.data->>'accountHolderName', 'currency', pm.data->>'currency', 'type', pm.data->>'type', 'details', pm.data->'details'),
              'quote', jsonb_build_object('id', fixture_gen.uuid('ewq', e.e), 'rate', 1, 'fee', 4.14),
              'transfer', jsonb_build_object('id', 800000000 + fixture_gen.n('ewt', e.e, 99999999), 'status', 'outgoing_payment_sent', 'reference', 'OC expense ' || e.e))
            WHEN e.st = 'PAID' AND pm.type = 'PAYPAL' THEN jsonb_build_object('payout_batch_id', upper(fixture_gen.chars('epb', e.e, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')), 'payee', jsonb_build_object('email', pm.data->>'email'))
            WHEN e.kind = 'card' THEN jsonb_build_object('authorizationId', 'iauth_' || ocgen.rnd('eauth', e.e, 24), 'missingDetails', e.e % 2 = 0)
            ELSE '{}'::jsonb END,
       CASE WHEN e.kind = 'invoice' AND e.e % 2 = 0 THEN CASE p.cc
              WHEN 'DE' THEN p.name || E'\nUSt-IdNr. ' || fixture_gen.vat('einv', e.e) || E'\n' || p.street || ', ' || p.zip || ' ' || p.city
              WHEN 'FR' THEN p.name || ' EI, ' || p.street || E'\nTVA ' || fixture_gen.vat('einv', e.e)
              WHEN 'IN' THEN 'PAN: ' || fixture_gen.pan('einvp', e.e) || E'\n' || p.name || ', ' || p.street
              WHEN 'BR' THEN 'CPF ' || fixture_gen.cpf('einvc', e.e)
              WHEN 'GB' THEN p.name || E'\nUTR ' || fixture_gen.digits('eutr', e.e, 10) || E'\n' || p.street || ', ' || p.city
              ELSE 'Payee: ' || p.name || E'\n' || p.street || ', ' || p.city || ', ' || p.zip END
            WHEN e.kind = 'vendor' THEN 'Customer number ' || fixture_gen.digits('ecust', e.e, 7) END,
       1, CASE WHEN e.kind = 'card' THEN vc.id END, NULL,
       CASE WHEN e.kind IN ('invoice', 'vendor') THEN 'INV-' || (2022 + e.e % 3) || '-' || lpad((e.e % 97 + 1)::text, 3, '0') END,
       CASE WHEN e.e % 6 = 0 THEN 'PAYEE' ELSE 'DEFAULT' END, e.st = 'APPROVED' AND e.e % 11 = 0
FROM ocgen.e e
LEFT JOIN ocgen.vc vc ON vc.k = 1 + e.e % 26
LEFT JOIN ocgen.p p ON p.i = CASE WHEN e.kind = 'card' THEN vc."UserId" ELSE e.u END
JOIN ocgen.c c ON c.id = CASE WHEN e.kind = 'card' THEN vc."CollectiveId" ELSE e.c END
LEFT JOIN ocgen.c vcc ON vcc.id = e.v
LEFT JOIN "PayoutMethods" pm ON pm.id = CASE WHEN e.kind = 'vendor' THEN 121 + (e.v - 51) WHEN e.kind = 'card' THEN NULL ELSE e.u END
ORDER BY e.e;

CREATE TABLE "ExpenseItems" (
  id serial PRIMARY KEY,
  amount integer NOT NULL,
  url varchar(255),
  description varchar(255),
  "incurredAt" timestamptz NOT NULL,
  "ExpenseId" integer NOT NULL REFERENCES "Expenses" (id),
  "CreatedByUserId" integer NOT NULL REFERENCES "Users" (id),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  currency varchar(3),
  "expenseCurrencyFxRate" double precision,
  "expenseCurrencyFxRateSource" varchar(255)
);
INSERT INTO "ExpenseItems" (amount, url, description, "incurredAt", "ExpenseId", "CreatedByUserId", "createdAt", "updatedAt", "deletedAt", currency, "expenseCurrencyFxRate", "expenseCurrencyFxRateSource")
SELECT CASE WHEN k = 1 THEN x.amount - (n - 1) * (x.amount / (n * 2)) ELSE x.amount / (n * 2) END,
       CASE WHEN x.type IN ('RECEIPT', 'CHARGE', 'GRANT') THEN 'https://opencollective-production.s3.us-west-1.amazonaws.com/expense-item/' || fixture_gen.uuid('eiu', x.id * 10 + k) || '/'
            || CASE fixture_gen.n('eifn', x.id * 10 + k, 7)
                 WHEN 0 THEN 'receipt.pdf' WHEN 1 THEN 'IMG_' || fixture_gen.digits('eiimg', x.id * 10 + k, 4) || '.jpg'
                 WHEN 2 THEN 'receipt_' || fixture_gen.ascii(p.first) || '_' || fixture_gen.ascii(p.last) || '.pdf'
                 WHEN 3 THEN 'Scan ' || to_char(x."incurredAt", 'YYYY-MM-DD') || '.pdf'
                 WHEN 4 THEN CASE WHEN x.type = 'GRANT' THEN 'eviction_notice_' || fixture_gen.ascii(p.last) || '.pdf' ELSE 'ticket-' || ocgen.slug(p.name) || '.pdf' END
                 WHEN 5 THEN 'PXL_' || to_char(x."incurredAt", 'YYYYMMDD') || '_' || fixture_gen.digits('eipxl', x.id * 10 + k, 9) || '.jpg'
                 ELSE 'invoice-' || fixture_gen.digits('eiinv', x.id * 10 + k, 6) || '.pdf' END END,
       CASE WHEN k = 1 THEN x.description ELSE fixture_gen.pick(ARRAY['Delivery fee', 'Sales tax', 'Return trip', 'Parking', 'Coffee for volunteers', 'Second night', 'Taxi from the station with ' || fixture_gen.first_name('eitx', x.id * 10 + k)], 'eidk', x.id * 10 + k) END,
       x."incurredAt", x.id, x."UserId", x."createdAt", x."updatedAt", x."deletedAt", x.currency, 1, CASE WHEN x.id % 4 = 0 THEN 'USER' ELSE 'OPENCOLLECTIVE' END
FROM "Expenses" x
JOIN ocgen.p p ON p.i = x."UserId"
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ein', x.id, 3) AS n) nn
CROSS JOIN LATERAL generate_series(1, nn.n) k
ORDER BY x.id, k;

CREATE TABLE "ExpenseAttachedFiles" (
  id serial PRIMARY KEY,
  url varchar(255) NOT NULL,
  "ExpenseId" integer NOT NULL REFERENCES "Expenses" (id),
  "CreatedByUserId" integer REFERENCES "Users" (id),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL
);
INSERT INTO "ExpenseAttachedFiles" (url, "ExpenseId", "CreatedByUserId", "createdAt", "updatedAt")
SELECT 'https://opencollective-production.s3.us-west-1.amazonaws.com/expense-attached-file/' || fixture_gen.uuid('eaf', x.id) || '/'
       || CASE WHEN x."FromCollectiveId" BETWEEN 51 AND 56 THEN 'invoice_' || fixture_gen.digits('eafv', x.id, 8) || '.pdf'
               WHEN x.type = 'GRANT' THEN fixture_gen.pick(ARRAY['lease_', 'utility_bill_', 'referral_letter_'], 'eafg', x.id) || fixture_gen.ascii(p.last) || '.pdf'
               ELSE fixture_gen.pick(ARRAY['Invoice_', 'Rechnung_', 'Facture_', 'invoice-'], 'eafp', x.id) || replace(p.name, ' ', '_') || '_' || to_char(x."incurredAt", 'YYYY-MM') || '.pdf' END,
       x.id, x."UserId", x."createdAt", x."createdAt"
FROM "Expenses" x JOIN ocgen.p p ON p.i = x."UserId"
WHERE x.type IN ('INVOICE', 'GRANT') AND x.id % 5 <> 4
ORDER BY x.id;

-- ---------------------------------------------------------------------------
-- Transactions: the double ledger, a CREDIT and a DEBIT per movement.

CREATE TABLE "Transactions" (
  id serial PRIMARY KEY,
  type varchar(255),
  description varchar(255),
  amount integer,
  currency varchar(255) DEFAULT 'USD',
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "CollectiveId" integer REFERENCES "Collectives" (id),
  "CreatedByUserId" integer REFERENCES "Users" (id),
  "PaymentMethodId" integer REFERENCES "PaymentMethods" (id),
  "deletedAt" timestamptz,
  data jsonb,
  "OrderId" integer REFERENCES "Orders" (id),
  "platformFeeInHostCurrency" integer,
  "hostFeeInHostCurrency" integer,
  "paymentProcessorFeeInHostCurrency" integer,
  "hostCurrency" varchar(255),
  "hostCurrencyFxRate" double precision,
  "amountInHostCurrency" integer,
  "netAmountInCollectiveCurrency" integer,
  "ExpenseId" integer REFERENCES "Expenses" (id),
  uuid uuid,
  "FromCollectiveId" integer REFERENCES "Collectives" (id),
  "TransactionGroup" uuid,
  "RefundTransactionId" integer,
  "UsingGiftCardFromCollectiveId" integer REFERENCES "Collectives" (id),
  "taxAmount" integer,
  "HostCollectiveId" integer REFERENCES "Collectives" (id),
  "isRefund" boolean DEFAULT false,
  "isDebt" boolean DEFAULT false,
  kind varchar(255),
  "isDisputed" boolean DEFAULT false,
  "isInReview" boolean DEFAULT false,
  "clearedAt" timestamptz,
  "PayoutMethodId" integer REFERENCES "PayoutMethods" (id),
  "isInternal" boolean DEFAULT false,
  "merchantId" varchar(255)
);
CREATE TABLE ocgen.g AS
SELECT row_number() OVER (ORDER BY o.id) AS g, 'order' AS src, o.id AS ref FROM (SELECT id FROM "Orders" WHERE status IN ('PAID', 'ACTIVE') AND "totalAmount" > 0 ORDER BY id LIMIT 120) o;
INSERT INTO ocgen.g SELECT 120 + row_number() OVER (ORDER BY id), 'expense', id FROM "Expenses" WHERE status = 'PAID' ORDER BY id;

INSERT INTO "Transactions" (type, description, amount, currency, "createdAt", "updatedAt", "CollectiveId", "CreatedByUserId", "PaymentMethodId", data, "OrderId",
  "platformFeeInHostCurrency", "hostFeeInHostCurrency", "paymentProcessorFeeInHostCurrency", "hostCurrency", "hostCurrencyFxRate", "amountInHostCurrency",
  "netAmountInCollectiveCurrency", "ExpenseId", uuid, "FromCollectiveId", "TransactionGroup", "UsingGiftCardFromCollectiveId", "taxAmount", "HostCollectiveId",
  "isRefund", "isDebt", kind, "isDisputed", "isInReview", "clearedAt", "PayoutMethodId", "isInternal", "merchantId")
SELECT CASE WHEN k = 1 THEN 'CREDIT' ELSE 'DEBIT' END,
       m.descr,
       CASE WHEN (k = 1) = (m.src = 'order') THEN m.amount ELSE -m.amount END,
       m.cur, m.at, m.at, CASE WHEN k = 1 THEN m.tocol ELSE m.fromcol END, m.uid, m.pmid, m.data, m.oid,
       0, CASE WHEN m.src = 'order' THEN -(m.amount * m.hostfee / 100) ELSE 0 END, -m.ppfee, 'USD', m.fx, round(CASE WHEN (k = 1) = (m.src = 'order') THEN m.amount ELSE -m.amount END * m.fx)::int,
       CASE WHEN (k = 1) = (m.src = 'order') THEN m.amount - m.amount * m.hostfee / 100 - m.ppfee ELSE -m.amount END,
       m.eid, fixture_gen.uuid('tuuid', m.g * 2 + k)::uuid, CASE WHEN k = 1 THEN m.fromcol ELSE m.tocol END, fixture_gen.uuid('tgrp', m.g)::uuid,
       CASE WHEN m.pmtype = 'giftcard' THEN m.giftsrc END, m.tax, 1, false, false, m.kind, m.g IN (17, 64), m.g = 91,
       CASE WHEN m.pmservice IN ('stripe', 'paypal') OR m.src = 'expense' THEN m.at + interval '2 days' END, m.payout, false, m.merchant
FROM (
  SELECT g.g, g.src, o.id AS oid, NULL::int AS eid, o.description AS descr, o."totalAmount" AS amount, o.currency AS cur, o."processedAt" AS at, o."CollectiveId" AS tocol, o."FromCollectiveId" AS fromcol,
         o."CreatedByUserId" AS uid, o."PaymentMethodId" AS pmid, pm.type AS pmtype, pm.service AS pmservice, o."taxAmount" AS tax, NULL::int AS payout, 'CONTRIBUTION' AS kind,
         CASE WHEN o."CollectiveId" IN (6, 28) THEN 0 ELSE 8 END AS hostfee,
         CASE pm.service WHEN 'stripe' THEN (o."totalAmount" * 29 / 1000) + 30 WHEN 'paypal' THEN (o."totalAmount" * 349 / 10000) + 49 ELSE 0 END AS ppfee,
         CASE o.currency WHEN 'GBP' THEN 1.27 WHEN 'EUR' THEN 1.08 ELSE 1 END AS fx,
         CASE pm.service
           WHEN 'stripe' THEN jsonb_build_object(
             'charge', jsonb_build_object('id', 'ch_' || ocgen.rnd('tch', g.g, 24), 'object', 'charge', 'amount', o."totalAmount", 'currency', lower(o.currency), 'status', 'succeeded',
                'billing_details', jsonb_build_object('name', pm.data->>'fullName', 'email', CASE WHEN o."FromCollectiveId" > 100 THEN coalesce(p.email, '') END,
                   'address', jsonb_build_object('postal_code', pm.data->>'zip', 'country', pm.data->>'country')),
                'payment_method_details', jsonb_build_object('card', jsonb_build_object('brand', lower(pm.data->>'brand'), 'last4', pm.name, 'country', pm.data->>'country', 'exp_month', pm.data->'expMonth', 'exp_year', pm.data->'expYear')),
                'receipt_email', CASE WHEN g.g % 3 = 0 THEN p.email END, 'customer', pm."customerId"),
             'balanceTransaction', jsonb_build_object('id', 'txn_' || ocgen.rnd('ttxn', g.g, 24), 'fee', (o."totalAmount" * 29 / 1000) + 30, 'currency', lower(o.currency)))
           WHEN 'paypal' THEN jsonb_build_object('capture', jsonb_build_object('id', upper(fixture_gen.chars('tcap', g.g, 17, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')), 'status', 'COMPLETED',
                'payer', jsonb_build_object('email_address', pm.data->>'email', 'payer_id', pm."customerId", 'name', jsonb_build_object('given_name', p.first, 'surname', p.last))))
           ELSE '{}'::jsonb END AS data,
         CASE pm.service WHEN 'stripe' THEN 'ch_' || ocgen.rnd('tch', g.g, 24) WHEN 'paypal' THEN upper(fixture_gen.chars('tcap', g.g, 17, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')) END AS merchant,
         CASE WHEN pm.type = 'giftcard' THEN (SELECT s."CollectiveId" FROM "PaymentMethods" s WHERE s.id = pm."SourcePaymentMethodId") END AS giftsrc
  FROM ocgen.g g JOIN "Orders" o ON o.id = g.ref JOIN "PaymentMethods" pm ON pm.id = o."PaymentMethodId" LEFT JOIN ocgen.p p ON p.i = o."CreatedByUserId"
  WHERE g.src = 'order'
  UNION ALL
  SELECT g.g, g.src, NULL, x.id, x.description, x.amount, x.currency, x."updatedAt" - interval '20 days', x."FromCollectiveId", x."CollectiveId", x."UserId", NULL, NULL, NULL, NULL, x."PayoutMethodId", 'EXPENSE',
         0, 0, CASE x.currency WHEN 'GBP' THEN 1.27 WHEN 'EUR' THEN 1.08 ELSE 1 END,
         CASE WHEN x.data ? 'transfer' THEN jsonb_build_object('transfer', x.data->'transfer', 'recipient', jsonb_build_object('accountHolderName', x.data->'recipient'->>'accountHolderName', 'type', x.data->'recipient'->>'type'))
              WHEN x.data ? 'payout_batch_id' THEN jsonb_build_object('payout_batch_id', x.data->>'payout_batch_id', 'payoutItem', jsonb_build_object('receiver', x.data->'payee'->>'email', 'transaction_status', 'SUCCESS'))
              ELSE jsonb_build_object('isManual', true) END,
         NULL, NULL
  FROM ocgen.g g JOIN "Expenses" x ON x.id = g.ref
  WHERE g.src = 'expense') m
CROSS JOIN generate_series(1, 2) k
ORDER BY m.g, k;

-- ---------------------------------------------------------------------------
-- Tax forms.

CREATE TABLE "RequiredLegalDocuments" (
  id serial PRIMARY KEY,
  "HostCollectiveId" integer REFERENCES "Collectives" (id),
  "documentType" varchar(255) NOT NULL DEFAULT 'US_TAX_FORM',
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz
);
INSERT INTO "RequiredLegalDocuments" ("HostCollectiveId", "documentType", "createdAt", "updatedAt", "deletedAt") VALUES
  (1, 'US_TAX_FORM', '2019-02-11 17:20:00+00', '2019-02-11 17:20:00+00', '2021-01-05 09:00:00+00'),
  (1, 'US_TAX_FORM', '2021-01-05 09:00:00+00', '2021-01-05 09:00:00+00', NULL);

CREATE TABLE "LegalDocuments" (
  id serial PRIMARY KEY,
  year integer NOT NULL,
  "documentType" varchar(255) NOT NULL DEFAULT 'US_TAX_FORM',
  "requestStatus" varchar(255) NOT NULL DEFAULT 'NOT_REQUESTED',
  "documentLink" varchar(255),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  service varchar(255) NOT NULL DEFAULT 'OPENCOLLECTIVE',
  data jsonb
);
INSERT INTO "LegalDocuments" (year, "documentType", "requestStatus", "documentLink", "createdAt", "updatedAt", "deletedAt", "CollectiveId", service, data)
SELECT y.year, 'US_TAX_FORM', st.s,
       CASE WHEN st.s = 'RECEIVED' THEN CASE WHEN y.year = 2022 THEN 'https://riverside-commons-tax-forms.s3.us-west-2.amazonaws.com/US_TAX_FORM/' || y.year || '/' || replace(p.name, ' ', '_') || '.pdf'
                                               ELSE 'https://riverside-commons-tax-forms.s3.us-west-2.amazonaws.com/US_TAX_FORM/' || y.year || '/' || p.slug || '_' || fixture_gen.hexn('ldh', k, 8) || '.pdf.enc' END END,
       ocgen.at('ldca', k, make_timestamptz(y.year, 1, 15, 0, 0, 0, 'UTC'), make_timestamptz(y.year, 11, 30, 0, 0, 0, 'UTC')),
       ocgen.at('ldca', k, make_timestamptz(y.year, 1, 15, 0, 0, 0, 'UTC'), make_timestamptz(y.year, 11, 30, 0, 0, 0, 'UTC')) + interval '9 days',
       CASE WHEN k % 23 = 0 THEN ocgen.at('ldd', k, '2024-01-01', '2024-06-01') END,
       100 + p.i, CASE WHEN y.year = 2022 THEN 'DROPBOX_FORMS' ELSE 'OPENCOLLECTIVE' END,
       CASE WHEN y.year = 2022 THEN jsonb_build_object('helloWorks', jsonb_build_object('instance', jsonb_build_object('id', ocgen.rnd('hwi', k, 16), 'status', CASE WHEN st.s = 'RECEIVED' THEN 'completed' ELSE 'active' END),
                                       'metadata', jsonb_build_object('userId', p.i, 'accountId', 100 + p.i, 'accountType', 'USER', 'email', p.email, 'year', y.year)))
            WHEN st.s = 'RECEIVED' THEN jsonb_build_object('formType', CASE WHEN p.cc = 'US' THEN 'W9' ELSE 'W8_BEN' END, 'valuesHash', fixture_gen.hexn('ldvh', k, 64),
                                       'encryptedFormData', 'U2FsdGVkX1' || ocgen.rnd('ldef', k, 150),
                                       'submitter', jsonb_build_object('name', p.name, 'email', p.email))
            WHEN st.s = 'INVALID' THEN jsonb_build_object('reasonForInvalidation', fixture_gen.pick(ARRAY['Name on the form does not match the payee name', 'Missing signature', 'The TIN entered is an EIN but the form is for an individual'], 'ldinv', k))
            ELSE '{}'::jsonb END
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT 2022 + k % 3 AS year) y
JOIN ocgen.p p ON p.i = 1 + (k * 37) % 120
CROSS JOIN LATERAL (SELECT CASE WHEN k % 10 < 6 THEN 'RECEIVED' WHEN k % 10 = 6 THEN 'REQUESTED' WHEN k % 10 = 7 THEN 'ERROR' WHEN k % 10 = 8 THEN 'INVALID' ELSE 'NOT_REQUESTED' END AS s) st;

-- ---------------------------------------------------------------------------
-- ConnectedAccounts: GitHub, Stripe, PayPal, Wise and Twitter.

CREATE TABLE "ConnectedAccounts" (
  id serial PRIMARY KEY,
  service varchar(255),
  username varchar(255),
  "clientId" varchar(255),
  token varchar(255),
  "refreshToken" varchar(255),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  "CollectiveId" integer REFERENCES "Collectives" (id),
  "CreatedByUserId" integer REFERENCES "Users" (id),
  settings jsonb,
  data jsonb,
  hash varchar(255)
);
-- The host's payment providers.
INSERT INTO "ConnectedAccounts" (service, username, "clientId", token, "refreshToken", "createdAt", "updatedAt", "deletedAt", "CollectiveId", "CreatedByUserId", settings, data, hash) VALUES
  ('stripe', 'acct_' || ocgen.rnd('castr', 1, 16), NULL, 'sk_' || 'live_' || ocgen.rnd('casts', 1, 99), 'rt_' || ocgen.rnd('castrt', 1, 60), '2019-02-11 17:05:00+00', '2024-05-02 08:11:00+00', NULL, 1, 1,
   '{}', jsonb_build_object('publishableKey', 'pk_' || 'live_' || ocgen.rnd('caspk', 1, 99), 'stripe_user_id', 'acct_' || ocgen.rnd('castr', 1, 16), 'scope', 'read_write', 'livemode', true, 'token_type', 'bearer'), NULL),
  ('stripe', 'acct_' || ocgen.rnd('castr', 2, 16), NULL, 'sk_' || 'live_' || ocgen.rnd('casts', 2, 99), 'rt_' || ocgen.rnd('castrt', 2, 60), '2017-03-02 11:00:00+00', '2019-02-11 17:04:00+00', '2019-02-11 17:04:00+00', 1, 1,
   '{}', jsonb_build_object('publishableKey', 'pk_' || 'live_' || ocgen.rnd('caspk', 2, 99), 'stripe_user_id', 'acct_' || ocgen.rnd('castr', 2, 16), 'scope', 'read_write', 'livemode', true), NULL),
  ('paypal', NULL, 'A' || ocgen.rnd('cappc', 1, 79), 'E' || ocgen.rnd('cappt', 1, 79), NULL, '2020-08-19 15:30:00+00', '2024-02-20 10:00:00+00', NULL, 1, 2, '{}', '{}', NULL),
  ('transferwise', NULL, NULL, fixture_gen.uuid('cawt', 1), fixture_gen.uuid('cawr', 1), '2020-03-10 09:45:00+00', '2024-06-20 03:00:00+00', NULL, 1, 2, '{}',
   jsonb_build_object('id', 16000000 + fixture_gen.n('cawp', 1, 999999), 'type', 'business', 'userId', 7000000 + fixture_gen.n('cawu', 1, 999999), 'scope', 'transfers', 'token_type', 'bearer', 'expires_in', 43199,
     'details', jsonb_build_object('name', 'Riverside Commons Inc.', 'registrationNumber', '93-' || fixture_gen.digits('cein', 1, 7), 'companyType', 'NON_PROFIT_CORPORATION', 'webpage', 'https://riversidecommons.example')), NULL),
  ('transferwise', NULL, NULL, fixture_gen.uuid('cawt', 2), NULL, '2019-06-01 09:45:00+00', '2020-03-10 09:40:00+00', '2020-03-10 09:40:00+00', 1, 1, '{}',
   jsonb_build_object('id', 9000000 + fixture_gen.n('cawp', 2, 999999), 'type', 'personal',
     'details', jsonb_build_object('firstName', 'Margaret', 'lastName', 'O''Brien', 'dateOfBirth', '1971-04-09', 'phoneNumber', '+1 (503) 555-0148', 'primaryAddress', 41002231)), NULL);
-- Admins' GitHub accounts (used to verify projects and import contributors).
INSERT INTO "ConnectedAccounts" (service, username, "clientId", token, "refreshToken", "createdAt", "updatedAt", "deletedAt", "CollectiveId", "CreatedByUserId", settings, data, hash)
SELECT 'github', lower(p.gh), NULL, 'gh' || 'o_' || ocgen.rnd('cagh', p.i, 36), NULL, ocgen.at('cagc', p.i, '2019-01-01', '2024-01-01'), ocgen.at('cagu', p.i, '2024-01-01', '2024-06-28'),
       CASE WHEN p.i % 17 = 0 THEN ocgen.at('cagu', p.i, '2024-01-01', '2024-06-28') END, 100 + p.i, p.i,
       jsonb_build_object('repos', CASE WHEN p.i <= 44 THEN jsonb_build_array(coalesce(c.gh, 'none') || '/' || coalesce(c.slug, 'none')) ELSE '[]'::jsonb END),
       jsonb_build_object('id', 100000 + fixture_gen.n('ghid', p.i, 90000000), 'login', lower(p.gh), 'name', CASE WHEN p.i % 4 = 0 THEN NULL ELSE p.name END,
         'email', CASE WHEN p.i % 3 = 0 THEN p.email END, 'avatar_url', 'https://avatars.githubusercontent.com/u/' || (100000 + fixture_gen.n('ghid', p.i, 90000000))::text || '?v=4',
         'company', CASE WHEN p.i % 7 = 2 THEN '@tidewaterlabs' END, 'location', CASE WHEN p.i % 2 = 0 THEN p.city END, 'blog', CASE WHEN p.i % 5 = 3 THEN 'https://' || lower(p.gh) || '.github.io' END),
       md5('gh' || p.i || 'token')
FROM ocgen.p p LEFT JOIN ocgen.c c ON c.id = 2 + (p.i - 5) / 2 AND p.i BETWEEN 5 AND 44
WHERE (p.i BETWEEN 5 AND 44 AND c.gh IS NOT NULL) OR p.i % 9 = 1;
-- Collectives' Twitter accounts, for the automatic thank-you tweets.
INSERT INTO "ConnectedAccounts" (service, username, "clientId", token, "refreshToken", "createdAt", "updatedAt", "deletedAt", "CollectiveId", "CreatedByUserId", settings, data, hash)
SELECT 'twitter', c."twitterHandle", fixture_gen.digits('catwi', c.id, 19) || '-' || ocgen.rnd('catwc', c.id, 30), ocgen.rnd('catwt', c.id, 45), NULL,
       ocgen.at('catw', c.id, '2018-01-01', '2022-06-01'), ocgen.at('catw', c.id, '2018-01-01', '2022-06-01'), CASE WHEN c.id % 4 = 0 THEN '2023-04-30 12:00:00+00'::timestamptz END, c.id, c."CreatedByUserId",
       jsonb_build_object('newBacker', jsonb_build_object('active', true, 'tweet', '{backerTwitterHandle} thank you for your {amount} donation!'),
                          'monthlyStats', jsonb_build_object('active', c.id % 2 = 0)), '{}'::jsonb, NULL
FROM "Collectives" c WHERE c.type = 'COLLECTIVE' AND c."twitterHandle" IS NOT NULL;

-- ---------------------------------------------------------------------------
-- OAuth applications, their tokens and codes; personal tokens.

CREATE TABLE "Applications" (
  id serial PRIMARY KEY,
  "CollectiveId" integer REFERENCES "Collectives" (id),
  "CreatedByUserId" integer REFERENCES "Users" (id),
  type varchar(255),
  "apiKey" varchar(255),
  "clientId" varchar(255),
  "clientSecret" varchar(255),
  "callbackUrl" varchar(255),
  name varchar(255),
  description varchar(255),
  disabled boolean DEFAULT false,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  data jsonb
);
INSERT INTO "Applications" ("CollectiveId", "CreatedByUserId", type, "apiKey", "clientId", "clientSecret", "callbackUrl", name, description, disabled, "createdAt", "updatedAt", "deletedAt", data)
SELECT CASE WHEN k % 3 = 0 THEN 2 + fixture_gen.n('apc', k, 20) ELSE 100 + u END, u,
       CASE WHEN k % 5 = 0 THEN 'apiKey' ELSE 'oAuth' END,
       CASE WHEN k % 5 = 0 THEN fixture_gen.hexn('apkey', k, 40) END,
       CASE WHEN k % 5 <> 0 THEN fixture_gen.hexn('apcid', k, 20) END,
       CASE WHEN k % 5 <> 0 THEN fixture_gen.hexn('apsec', k, 40) END,
       CASE WHEN k % 5 = 0 THEN NULL WHEN k % 4 = 0 THEN 'http://localhost:' || (3000 + k % 3) || '/callback'
            ELSE 'https://' || fixture_gen.pick(ARRAY['sponsors.pixelweave.org', 'ledger.riversidecommons.example', 'readme-badges.quillmark.dev', 'budget.eastside-garden.org', 'bot.geostitch.io'], 'apcb', k) || '/auth/opencollective/callback' END,
       fixture_gen.pick(ARRAY['Sponsors sync', 'README badges', 'Bookkeeping export', 'Budget spreadsheet', 'Thank-you bot', 'test app', 'Expense importer', 'Grant tracker'], 'apn', k),
       CASE WHEN k % 2 = 0 THEN fixture_gen.pick(ARRAY['Syncs sponsors to the README every night', 'Exports transactions to our accounting software', 'Posts in our chat when someone donates'], 'apd', k) END,
       k % 11 = 0, ocgen.at('apca', k, '2021-01-01', '2024-05-01'), ocgen.at('apua', k, '2024-01-01', '2024-06-28'), CASE WHEN k % 13 = 0 THEN '2024-03-01 00:00:00+00'::timestamptz END,
       CASE WHEN k % 5 <> 0 THEN jsonb_build_object('preAuthorize2FA', false) ELSE '{}'::jsonb END
FROM generate_series(1, 28) k CROSS JOIN LATERAL (SELECT CASE WHEN k <= 4 THEN k ELSE 5 + fixture_gen.n('apu', k, 60) END AS u) x;

CREATE TABLE "UserTokens" (
  id serial PRIMARY KEY,
  type varchar(255) NOT NULL,
  token varchar(255) NOT NULL,
  "expiresAt" timestamptz,
  "refreshToken" varchar(255),
  "refreshTokenExpiresAt" timestamptz,
  "ApplicationId" integer REFERENCES "Applications" (id),
  "UserId" integer NOT NULL REFERENCES "Users" (id),
  data jsonb,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  scope varchar(255)[],
  "lastUsedAt" timestamptz,
  "preAuthorize2FA" boolean NOT NULL DEFAULT false
);
INSERT INTO "UserTokens" (type, token, "expiresAt", "refreshToken", "refreshTokenExpiresAt", "ApplicationId", "UserId", data, "createdAt", "updatedAt", "deletedAt", scope, "lastUsedAt", "preAuthorize2FA")
SELECT 'OAUTH', 'oauth_' || ocgen.rnd('uttok', k, 64), c.t + interval '90 days', 'oauth_refresh_' || ocgen.rnd('utref', k, 64), c.t + interval '365 days', a.id, CASE WHEN k % 2 = 0 THEN a."CreatedByUserId" ELSE 1 + fixture_gen.n('utu', k, 220) END,
       CASE WHEN k % 3 = 0 THEN jsonb_build_object('lastUsedFromIp', fixture_gen.ipv4('utip', k)) ELSE '{}'::jsonb END,
       c.t, c.t + interval '3 days', CASE WHEN k % 7 = 0 THEN c.t + interval '30 days' END,
       string_to_array((ARRAY['account,transactions', 'expenses,account', 'email,account,orders', 'host,transactions,expenses,virtualCards'])[1 + k % 4], ',')::varchar[],
       CASE WHEN k % 4 <> 0 THEN c.t + interval '10 days' END, k % 9 = 0
FROM generate_series(1, 60) k
JOIN "Applications" a ON a.id = 1 + fixture_gen.n('uta', k, 28) AND a.type = 'oAuth'
CROSS JOIN LATERAL (SELECT ocgen.at('utca', k, '2023-06-01', '2024-06-20') AS t) c;

CREATE TABLE "PersonalTokens" (
  id serial PRIMARY KEY,
  token varchar(255),
  "expiresAt" timestamptz,
  name varchar(255),
  scope varchar(255)[],
  data jsonb,
  "CollectiveId" integer REFERENCES "Collectives" (id),
  "UserId" integer REFERENCES "Users" (id),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  "lastUsedAt" timestamptz,
  "preAuthorize2FA" boolean NOT NULL DEFAULT false
);
INSERT INTO "PersonalTokens" (token, "expiresAt", name, scope, data, "CollectiveId", "UserId", "createdAt", "updatedAt", "deletedAt", "lastUsedAt", "preAuthorize2FA")
SELECT fixture_gen.hexn('pttok', k, 40), CASE WHEN k % 3 = 0 THEN c.t + interval '1 year' END,
       fixture_gen.pick(ARRAY['GitHub Actions', 'budget-sheet-sync', 'Zapier', 'laptop', 'cli', 'Grafana dashboard', 'expense bot', 'README sponsors'], 'ptn', k),
       string_to_array((ARRAY['account', 'transactions,account', 'expenses', 'host,expenses,transactions'])[1 + k % 4], ',')::varchar[],
       CASE WHEN k % 5 = 0 THEN jsonb_build_object('usageCount', 10 * k) ELSE '{}'::jsonb END,
       CASE WHEN k % 4 = 0 THEN 2 + fixture_gen.n('ptc', k, 20) ELSE 100 + u END, u,
       c.t, c.t, CASE WHEN k % 6 = 0 THEN c.t + interval '60 days' END, CASE WHEN k % 3 <> 1 THEN c.t + interval '20 days' END, false
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT CASE WHEN k <= 6 THEN 1 + k % 4 ELSE 5 + fixture_gen.n('ptu', k, 80) END AS u, ocgen.at('ptca', k, '2022-11-01', '2024-06-20') AS t) c;

CREATE TABLE "OAuthAuthorizationCodes" (
  id serial PRIMARY KEY,
  code varchar(255) NOT NULL,
  "redirectUri" varchar(255) NOT NULL,
  "expiresAt" timestamptz NOT NULL,
  data jsonb,
  "ApplicationId" integer NOT NULL REFERENCES "Applications" (id),
  "UserId" integer NOT NULL REFERENCES "Users" (id),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  scope varchar(255)[]
);
INSERT INTO "OAuthAuthorizationCodes" (code, "redirectUri", "expiresAt", data, "ApplicationId", "UserId", "createdAt", "updatedAt", "deletedAt", scope)
SELECT ocgen.rnd('oacode', t.id, 64), coalesce(a."callbackUrl", 'https://localhost/callback'), t."createdAt" + interval '5 minutes',
       CASE WHEN t.id % 2 = 0 THEN jsonb_build_object('codeChallenge', translate(rtrim(fixture_gen.b64('oapk', t.id, 32), '='), '+/', '-_'), 'codeChallengeMethod', 'S256') ELSE '{}'::jsonb END,
       t."ApplicationId", t."UserId", t."createdAt" - interval '1 minute', t."createdAt", CASE WHEN t.id % 3 <> 0 THEN t."createdAt" END, t.scope
FROM "UserTokens" t JOIN "Applications" a ON a.id = t."ApplicationId" WHERE t.id <= 40;

-- The express-session store, during OAuth connect flows.
CREATE TABLE "Sessions" (
  sid varchar(36) PRIMARY KEY,
  expires timestamptz,
  data text,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL
);
INSERT INTO "Sessions" (sid, expires, data, "createdAt", "updatedAt")
SELECT ocgen.rnd('sesid', k, 32), c.t + interval '1 day',
       jsonb_build_object('cookie', jsonb_build_object('originalMaxAge', 86400000, 'expires', to_char(c.t + interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'), 'secure', true, 'httpOnly', true, 'path', '/', 'sameSite', 'lax'),
         CASE WHEN k % 2 = 0 THEN 'oauth:github' ELSE 'oauth:stripe' END, jsonb_build_object('state', ocgen.rnd('sesst', k, 24)),
         'passport', jsonb_build_object('user', jsonb_build_object('id', 1 + fixture_gen.n('sesu', k, 220), 'accessToken', CASE WHEN k % 3 = 0 THEN 'gh' || 'o_' || ocgen.rnd('sesgh', k, 36) END)),
         'redirectUrl', 'https://collective.riversidecommons.example/' || CASE WHEN k % 2 = 0 THEN 'pixelweave/admin/connected-accounts' ELSE 'riverside-commons/admin/receiving-money' END)::text,
       c.t, c.t + interval '2 minutes'
FROM generate_series(1, 36) k CROSS JOIN LATERAL (SELECT ocgen.at('sesca', k, '2024-06-20', '2024-06-28') AS t) c;

-- ---------------------------------------------------------------------------
-- Two-factor methods.

CREATE TABLE "UserTwoFactorMethods" (
  id serial PRIMARY KEY,
  "UserId" integer NOT NULL REFERENCES "Users" (id),
  method varchar(255) NOT NULL,
  data jsonb NOT NULL,
  name varchar(255) NOT NULL DEFAULT '',
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz
);
INSERT INTO "UserTwoFactorMethods" ("UserId", method, data, name, "createdAt", "updatedAt", "deletedAt")
SELECT u.id, 'totp', jsonb_build_object('secret', u."twoFactorAuthToken"),
       CASE u.id % 4 WHEN 0 THEN 'Authenticator app' WHEN 1 THEN p.first || '''s phone' WHEN 2 THEN '1Password' ELSE '' END,
       ocgen.at('tfca', u.id, '2023-01-01', '2024-05-01'), ocgen.at('tfca', u.id, '2023-01-01', '2024-05-01'), NULL
FROM "Users" u JOIN ocgen.p p ON p.i = u.id WHERE u."twoFactorAuthToken" IS NOT NULL;
INSERT INTO "UserTwoFactorMethods" ("UserId", method, data, name, "createdAt", "updatedAt", "deletedAt")
SELECT u.id, 'yubikey_otp', jsonb_build_object('yubikeyDeviceId', u."yubikeyDeviceId"), p.first || ' YubiKey', ocgen.at('tfyk', u.id, '2023-01-01', '2024-05-01'), ocgen.at('tfyk', u.id, '2023-01-01', '2024-05-01'), NULL
FROM "Users" u JOIN ocgen.p p ON p.i = u.id WHERE u."yubikeyDeviceId" IS NOT NULL;
INSERT INTO "UserTwoFactorMethods" ("UserId", method, data, name, "createdAt", "updatedAt", "deletedAt")
SELECT u, 'webauthn', jsonb_build_object('credentialId', translate(rtrim(fixture_gen.b64('wacid', k, 48), '='), '+/', '-_'), 'credentialPublicKey', fixture_gen.b64('wapk', k, 77),
         'counter', fixture_gen.n('wact', k, 400), 'credentialDeviceType', 'multiDevice', 'credentialType', 'public-key', 'aaguid', fixture_gen.uuid('waag', k % 3),
         'transports', CASE WHEN k % 2 = 0 THEN '["internal", "hybrid"]'::jsonb ELSE '["usb", "nfc"]'::jsonb END, 'description', fixture_gen.pick(ARRAY['YubiKey 5 NFC', 'iCloud Keychain', 'Google Password Manager'], 'wad', k)),
       CASE k % 3 WHEN 0 THEN 'MacBook Touch ID' WHEN 1 THEN p.name || ' - passkey' ELSE 'Security key' END,
       ocgen.at('tfwa', k, '2023-06-01', '2024-06-01'), ocgen.at('tfwa', k, '2023-06-01', '2024-06-01'), CASE WHEN k = 5 THEN '2024-04-01 10:00:00+00'::timestamptz END
FROM generate_series(1, 12) k CROSS JOIN LATERAL (SELECT 1 + (k * 13) % 60 AS u) x JOIN ocgen.p p ON p.i = x.u;

-- ---------------------------------------------------------------------------
-- Notifications: email subscriptions and webhooks.

CREATE TABLE "Notifications" (
  id serial PRIMARY KEY,
  channel varchar(255) DEFAULT 'email',
  type varchar(255),
  active boolean DEFAULT true,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "UserId" integer REFERENCES "Users" (id),
  "CollectiveId" integer REFERENCES "Collectives" (id),
  "webhookUrl" varchar(255),
  "deletedAt" timestamptz
);
INSERT INTO "Notifications" (channel, type, active, "createdAt", "updatedAt", "UserId", "CollectiveId", "webhookUrl", "deletedAt")
SELECT 'email', fixture_gen.pick(ARRAY['collective.expense.created', 'collective.monthlyreport', 'order.thankyou', 'collective.update.published', 'collective.comment.created', 'user.yearlyreport', 'ACTIVITY_ALL'], 'nty', k),
       k % 4 = 0, ocgen.at('nca', k, '2020-01-01', '2024-06-01'), ocgen.at('nca', k, '2020-01-01', '2024-06-01'), 1 + fixture_gen.n('nu', k, 220), CASE WHEN k % 3 = 0 THEN NULL ELSE 2 + fixture_gen.n('nc', k, 20) END, NULL, NULL
FROM generate_series(1, 90) k;
INSERT INTO "Notifications" (channel, type, active, "createdAt", "updatedAt", "UserId", "CollectiveId", "webhookUrl", "deletedAt")
SELECT CASE WHEN k % 3 = 0 THEN 'slack' WHEN k % 3 = 1 THEN 'discord' ELSE 'webhook' END,
       fixture_gen.pick(ARRAY['ACTIVITY_ALL', 'collective.transaction.created', 'collective.expense.created', 'collective.member.created', 'collective.update.published'], 'nwty', k),
       k % 7 <> 0, ocgen.at('nwca', k, '2021-01-01', '2024-06-01'), ocgen.at('nwca', k, '2021-01-01', '2024-06-01'), c."CreatedByUserId", c.id,
       CASE WHEN k % 3 = 0 THEN 'https://hooks.slack.com/' || 'services/T' || upper(fixture_gen.chars('nsa', k, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')) || '/B' || upper(fixture_gen.chars('nsb', k, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')) || '/' || ocgen.rnd('nsc', k, 24)
            WHEN k % 3 = 1 THEN 'https://discord.com/api/' || 'webhooks/' || fixture_gen.digits('nda', k, 19) || '/' || translate(ocgen.rnd('ndb', k, 68), '+/', '-_')
            ELSE fixture_gen.pick(ARRAY['https://hook.eu1.make.com/', 'https://hooks.zapier.com/hooks/catch/', 'https://n8n.geostitch.io/webhook/'], 'nwh', k) || fixture_gen.digits('nwd', k, 7) || '/' || lower(ocgen.rnd('nwe', k, 24)) END,
       NULL
FROM generate_series(1, 30) k JOIN "Collectives" c ON c.id = 2 + fixture_gen.n('nwc', k, 20);

-- ---------------------------------------------------------------------------
-- Updates, conversations and comments.

CREATE TABLE "Updates" (
  id serial PRIMARY KEY,
  slug varchar(255),
  title varchar(255),
  html text,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "TierId" integer REFERENCES "Tiers" (id),
  "FromCollectiveId" integer REFERENCES "Collectives" (id),
  "CreatedByUserId" integer REFERENCES "Users" (id),
  "LastEditedByUserId" integer REFERENCES "Users" (id),
  "publishedAt" timestamptz,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  "makePublicOn" timestamptz,
  "isPrivate" boolean DEFAULT false,
  "notificationAudience" varchar(255),
  summary varchar(255),
  "isChangelog" boolean NOT NULL DEFAULT false
);
INSERT INTO "Updates" (slug, title, html, "CollectiveId", "FromCollectiveId", "CreatedByUserId", "LastEditedByUserId", "publishedAt", "createdAt", "updatedAt", "deletedAt", "makePublicOn",
  "isPrivate", "notificationAudience", summary)
SELECT ocgen.slug(t.title) || CASE WHEN k > 8 THEN '-' || k ELSE '' END, t.title, t.html, c, 100 + a.i, a.i, a.i,
       CASE WHEN k % 6 <> 0 THEN ocgen.at('upd', k, '2022-01-01', '2024-06-25') END, ocgen.at('upd', k, '2022-01-01', '2024-06-25') - interval '1 day', ocgen.at('upd', k, '2022-01-01', '2024-06-25'),
       CASE WHEN k % 17 = 0 THEN '2024-05-01 00:00:00+00'::timestamptz END, CASE WHEN k % 8 = 3 THEN ocgen.at('upd', k, '2022-01-01', '2024-06-25') + interval '30 days' END,
       k % 8 = 3, CASE WHEN k % 8 = 3 THEN 'FINANCIAL_CONTRIBUTORS' ELSE 'ALL' END, left(regexp_replace(t.html, '<[^>]+>', '', 'g'), 120)
FROM generate_series(1, 60) k
CROSS JOIN LATERAL (SELECT 2 + fixture_gen.n('updc', k, 20) AS c) cc
JOIN ocgen.p a ON a.i = 5 + (cc.c - 2) * 2 + k % 2
JOIN ocgen.p m ON m.i = 60 + fixture_gen.n('updm', k, 150)
CROSS JOIN LATERAL (SELECT (ARRAY['Thank you to our sponsors', 'Monthly report', 'We are looking for volunteers', 'Release notes', 'Our budget for next year', 'Meet the team', 'Event recap', 'Welcome to our new maintainer'])[1 + k % 8] AS title) tt
CROSS JOIN LATERAL (SELECT tt.title,
  CASE k % 8
    WHEN 0 THEN '<p>A huge thank you to everyone who contributed this month, especially ' || m.name || ' and the team at ' || fixture_gen.pick(ARRAY['Tidewater Labs', 'Brightlayer', 'Sentrybolt'], 'updo', k) || '.</p>'
    WHEN 1 THEN '<p>We raised more than we spent this month. Hosting costs went down after the move to a smaller server. Full details on our budget page.</p>'
    WHEN 2 THEN '<p>We need two more people to help at the ' || fixture_gen.pick(ARRAY['repair café', 'garden work day', 'code club', 'mapathon'], 'updv', k) || '. Reply to this update or ring ' || a.first || ' on ' || fixture_gen.phone('updph', k) || '.</p>'
    WHEN 3 THEN '<p>Version ' || (1 + k % 4) || '.' || (k % 10) || ' is out: faster decoding, fewer allocations, and a new API for streaming. Thanks to all contributors!</p>'
    WHEN 4 THEN '<p>Next year we plan to spend on hosting, two paid maintainers for three months each, and travel to one conference.</p>'
    WHEN 5 THEN '<p>' || m.name || ' joined us as treasurer. ' || m.first || ' lives in ' || m.city || ' and has been volunteering with us since ' || (2018 + k % 5) || '.</p>'
    WHEN 6 THEN '<p>Thanks to the 40 people who came on Saturday! Photos are on our website. Special thanks to ' || m.first || ' for the coffee.</p>'
    ELSE '<p>Please welcome ' || m.name || ' (@' || lower(m.gh) || ') as a new maintainer. They have reviewed more than 100 pull requests this year.</p>' END AS html) t;

CREATE TABLE "Conversations" (
  id serial PRIMARY KEY,
  title varchar(255) NOT NULL,
  summary varchar(255) NOT NULL,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  tags varchar(255)[],
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "CreatedByUserId" integer NOT NULL REFERENCES "Users" (id),
  "FromCollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "RootCommentId" integer
);
INSERT INTO "Conversations" (title, summary, "createdAt", "updatedAt", "deletedAt", tags, "CollectiveId", "CreatedByUserId", "FromCollectiveId")
SELECT t.title, t.summary, ocgen.at('cvc', k, '2022-06-01', '2024-06-20'), ocgen.at('cvu', k, '2024-01-01', '2024-06-28'), CASE WHEN k % 19 = 0 THEN '2024-02-02 00:00:00+00'::timestamptz END,
       string_to_array((ARRAY['meetup', 'budget', 'help', NULL, 'volunteers,events'])[1 + k % 5], ',')::varchar[], c, u, 100 + u
FROM generate_series(1, 40) k
CROSS JOIN LATERAL (SELECT 2 + fixture_gen.n('cvcc', k, 20) AS c, 60 + fixture_gen.n('cvu', k, 160) AS u) x
JOIN ocgen.p p ON p.i = x.u
CROSS JOIN LATERAL (SELECT
  (ARRAY['Venue for the next meetup?', 'Should we pay maintainers hourly?', 'Lost a drill battery charger', 'Welcome ' || p.first || '!', 'Sponsorship tiers are confusing', 'Carpool to the fix-a-thon', 'Mentoring programme ideas'])[1 + k % 7] AS title,
  (ARRAY['The library closes at 8 now. Any other ideas near the station?', 'I think hourly rates would be fairer than fixed grants, what do others think?',
         'I borrowed the Makita set last week and the charger was missing. Text me on ' || fixture_gen.phone('cvph', k) || ' if you have it.',
         'Hi all, I am ' || p.name || ', I just moved to ' || p.city || ' and would love to help.', 'The Backer and Sponsor tiers look the same on mobile.',
         'I can take three people from ' || p.street || ', leaving at 9.', 'Could we pair new contributors with a mentor for their first PR?'])[1 + k % 7] AS summary) t;

CREATE TABLE "Comments" (
  id serial PRIMARY KEY,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "FromCollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "CreatedByUserId" integer NOT NULL REFERENCES "Users" (id),
  "ExpenseId" integer REFERENCES "Expenses" (id),
  "UpdateId" integer REFERENCES "Updates" (id),
  "ConversationId" integer REFERENCES "Conversations" (id),
  html text,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz,
  type varchar(255) NOT NULL DEFAULT 'COMMENT',
  "OrderId" integer REFERENCES "Orders" (id),
  "HostApplicationId" integer
);
-- The first comment of each conversation, then comments on expenses, updates and orders.
INSERT INTO "Comments" ("CollectiveId", "FromCollectiveId", "CreatedByUserId", "ConversationId", html, "createdAt", "updatedAt", type)
SELECT v."CollectiveId", v."FromCollectiveId", v."CreatedByUserId", v.id, '<p>' || v.summary || '</p>', v."createdAt", v."createdAt", 'COMMENT' FROM "Conversations" v ORDER BY v.id;
UPDATE "Conversations" v SET "RootCommentId" = cm.id FROM "Comments" cm WHERE cm."ConversationId" = v.id;
INSERT INTO "Comments" ("CollectiveId", "FromCollectiveId", "CreatedByUserId", "ExpenseId", "UpdateId", "ConversationId", html, "createdAt", "updatedAt", "deletedAt", type, "OrderId")
SELECT CASE t.kind WHEN 'expense' THEN x."CollectiveId" WHEN 'update' THEN up."CollectiveId" WHEN 'conv' THEN v."CollectiveId" ELSE o."CollectiveId" END,
       100 + t.u, t.u,
       CASE WHEN t.kind = 'expense' THEN x.id END, CASE WHEN t.kind = 'update' THEN up.id END, CASE WHEN t.kind = 'conv' THEN v.id END,
       '<p>' || CASE t.kind
         WHEN 'expense' THEN fixture_gen.pick(ARRAY['Can you upload a receipt that shows the date?', 'Approved, thanks!', 'The invoice needs your full legal name and address, please edit.',
                                                    'Paid via Wise. It should arrive in 1-2 days.', 'Is this the same train ticket as last month''s expense?', 'Marking as spam: this account has no link to the collective.',
                                                    'I spoke with ' || px.first || ' on the phone, the landlord confirmed the amount.', 'Your bank rejected the transfer: the account name does not match ' || px.name || '. Can you check?',
                                                    'Please send the W-8BEN before we can pay this.', 'Thanks ' || px.first || '! Approved.'], 'cme', t.k)
         WHEN 'update' THEN fixture_gen.pick(ARRAY['Congratulations!', 'Thank you for the transparency 🙏', 'Great news, well done everyone.', 'Welcome ' || px.first || '!', 'See you at the next one!'], 'cmu', t.k)
         WHEN 'conv' THEN fixture_gen.pick(ARRAY['+1', 'I can host it at my place, ' || px.street || '.', 'Let''s vote on it at the next call.', 'My number is ' || fixture_gen.phone('cmph', t.k) || ', WhatsApp works too.',
                                                  'Hourly sounds good but we need a cap.', 'I found the charger, it was in the shed.'], 'cmc', t.k)
         ELSE fixture_gen.pick(ARRAY['Thanks for your donation!', 'We received your bank transfer.', 'Refunded as requested.'], 'cmo', t.k) END || '</p>',
       ocgen.at('cmca', t.k, '2022-06-01', '2024-06-27'), ocgen.at('cmca', t.k, '2022-06-01', '2024-06-27'), CASE WHEN t.k % 29 = 0 THEN ocgen.at('cmda', t.k, '2024-01-01', '2024-06-27') END,
       CASE WHEN t.kind = 'expense' AND t.k % 3 = 0 THEN 'PRIVATE_NOTE' ELSE 'COMMENT' END, CASE WHEN t.kind = 'order' THEN o.id END
FROM (SELECT k, (ARRAY['expense', 'expense', 'expense', 'update', 'conv', 'order'])[1 + k % 6] AS kind, CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('cmu', k, 44) ELSE 45 + fixture_gen.n('cmu', k, 175) END AS u
      FROM generate_series(1, 200) k) t
LEFT JOIN "Expenses" x ON x.id = 1 + fixture_gen.n('cmx', t.k, 150)
LEFT JOIN ocgen.p px ON px.i = x."UserId"
LEFT JOIN "Updates" up ON up.id = 1 + fixture_gen.n('cmup', t.k, 60)
LEFT JOIN "Conversations" v ON v.id = 1 + fixture_gen.n('cmv', t.k, 40)
LEFT JOIN "Orders" o ON o.id = 1 + fixture_gen.n('cmo', t.k, 240)
ORDER BY t.k;

-- ---------------------------------------------------------------------------
-- Host applications.

CREATE TABLE "HostApplications" (
  id serial PRIMARY KEY,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "HostCollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  "CreatedByUserId" integer REFERENCES "Users" (id),
  status varchar(255) NOT NULL,
  "customData" jsonb,
  message text,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz
);
INSERT INTO "HostApplications" ("CollectiveId", "HostCollectiveId", "CreatedByUserId", status, "customData", message, "createdAt", "updatedAt", "deletedAt")
SELECT c.id, 1, c."CreatedByUserId", CASE WHEN c.id <= 33 THEN 'APPROVED' ELSE 'REJECTED' END,
       CASE WHEN c.gh IS NOT NULL THEN jsonb_build_object('repositoryUrl', 'https://github.com/' || c.gh || '/' || c.slug, 'licenseSpdxId', fixture_gen.pick(ARRAY['MIT', 'Apache-2.0', 'GPL-3.0-only', 'OFL-1.1'], 'halic', c.id), 'useGithubValidation', true)
            ELSE jsonb_build_object('contactName', a.name, 'contactEmail', a.email, 'contactPhone', fixture_gen.phone('haph', c.id), 'members', 3 + c.id % 20, 'legalEntity', false) END,
       CASE c.id % 4
         WHEN 0 THEN 'We are a small group of neighbours and need a fiscal host to accept donations for the ' || lower(c.name) || '. Our treasurer is ' || a.name || '.'
         WHEN 1 THEN 'Hi! I maintain this project mostly alone. Sponsors keep asking for invoices, so we need a host.'
         WHEN 2 THEN 'Please see our website. Contact ' || a.first || ' at ' || a.email || ' with questions.'
         ELSE '' END,
       ocgen.at('haca', c.id, '2018-01-01', '2023-06-01'), ocgen.at('haca', c.id, '2018-01-01', '2023-06-01') + interval '5 days', NULL
FROM (SELECT id, name, slug, gh, CASE WHEN id <= 21 THEN 5 + (id - 2) * 2 ELSE 5 + (parent - 2) * 2 END AS "CreatedByUserId" FROM ocgen.c WHERE type IN ('COLLECTIVE', 'EVENT', 'PROJECT')) c
JOIN ocgen.p a ON a.i = c."CreatedByUserId";
-- Rejected applications: the groups became user-run accounts that were later deleted; kept under the applicant's profile.
INSERT INTO "HostApplications" ("CollectiveId", "HostCollectiveId", "CreatedByUserId", status, "customData", message, "createdAt", "updatedAt", "deletedAt")
SELECT 100 + a.i, 1, a.i, fixture_gen.pick(ARRAY['REJECTED', 'PENDING', 'EXPIRED', 'REJECTED'], 'hars', k),
       jsonb_build_object('contactName', a.name, 'contactEmail', a.email, 'groupName', fixture_gen.pick(ARRAY['Crypto Rewards DAO', 'Northside Chess Club', 'Free Tutoring Pune', 'Lekki Beach Cleanup', 'Indie Game Jam Leeds'], 'hagn', k)),
       fixture_gen.pick(ARRAY['We want to collect donations for our chess club, we meet at ' || a.street || '.', 'Need host for our token project, will pay 20% fee.', 'Please call me on ' || fixture_gen.phone('harph', k) || ', it is urgent.', NULL], 'harm', k),
       ocgen.at('harca', k, '2022-01-01', '2024-06-01'), ocgen.at('harca', k, '2022-01-01', '2024-06-01') + interval '12 days', NULL
FROM generate_series(1, 14) k JOIN ocgen.p a ON a.i = 100 + fixture_gen.n('harp', k, 120);

-- The host's questions to applicants, in the application thread.
INSERT INTO "Comments" ("CollectiveId", "FromCollectiveId", "CreatedByUserId", html, "createdAt", "updatedAt", type, "HostApplicationId")
SELECT h."CollectiveId", CASE WHEN k % 2 = 0 THEN 101 + k % 4 ELSE 100 + h."CreatedByUserId" END, CASE WHEN k % 2 = 0 THEN 1 + k % 4 ELSE h."CreatedByUserId" END,
       '<p>' || CASE WHEN k % 2 = 0 THEN fixture_gen.pick(ARRAY['Could you tell us who the other two admins will be?', 'We only host groups with at least two unrelated admins. Who else is on the team?',
                                                                'Thanks for applying! Please read and sign the fiscal sponsorship agreement.', 'We cannot host token or investment projects, sorry.'], 'hcm', k)
                 ELSE fixture_gen.pick(ARRAY['The other admin is my neighbour ' || fixture_gen.full_name('hcn', k) || ', ' || fixture_gen.email('hcn', k), 'Signed and attached, thank you!',
                                             'Our treasurer can be reached on ' || fixture_gen.phone('hcp', k) || '.', 'OK, understood.'], 'hca', k) END || '</p>',
       h."createdAt" + make_interval(hours => k), h."createdAt" + make_interval(hours => k), 'COMMENT', h.id
FROM generate_series(1, 24) k JOIN "HostApplications" h ON h.id = 1 + (k * 7) % 46;

-- ---------------------------------------------------------------------------
-- Uploaded files (receipts, invoices, avatars, banners; OCR results).

CREATE TABLE "UploadedFiles" (
  id serial PRIMARY KEY,
  kind varchar(255) NOT NULL,
  "fileName" varchar(1024),
  "fileSize" integer,
  "fileType" varchar(255),
  url varchar(1200) NOT NULL UNIQUE,
  data jsonb,
  "CreatedByUserId" integer REFERENCES "Users" (id),
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz
);
INSERT INTO "UploadedFiles" (kind, "fileName", "fileSize", "fileType", url, data, "CreatedByUserId", "createdAt", "updatedAt", "deletedAt")
SELECT 'EXPENSE_ITEM', regexp_replace(i.url, '^.*/', ''), 20000 + fixture_gen.n('ufs', i.id, 3000000), CASE WHEN i.url LIKE '%.pdf' THEN 'application/pdf' ELSE 'image/jpeg' END, i.url,
       CASE WHEN i.id % 3 = 0 THEN jsonb_build_object('s3SHA256', fixture_gen.hexn('ufsha', i.id, 64), 'recognizedContent', jsonb_build_object('provider', 'KLIPPA', 'confidence', 0.8 + (i.id % 20) / 100.0,
              'amount', jsonb_build_object('value', i.amount, 'currency', i.currency), 'date', to_char(i."incurredAt", 'YYYY-MM-DD'),
              'description', i.description, 'merchant', fixture_gen.pick(ARRAY['Deutsche Bahn', 'Home Depot', 'Namecheap', 'Costco', 'TriMet', 'Northern Rail'], 'ufm', i.id),
              'rawText', 'RECEIPT ' || to_char(i."incurredAt", 'DD/MM/YYYY') || ' CARDHOLDER ' || upper(p.name) || ' VISA ****' || fixture_gen.digits('ufl4', i.id, 4) || ' TOTAL ' || to_char(i.amount / 100.0, 'FM999990.00')))
            ELSE jsonb_build_object('s3SHA256', fixture_gen.hexn('ufsha', i.id, 64)) END,
       i."CreatedByUserId", i."createdAt", i."createdAt", i."deletedAt"
FROM "ExpenseItems" i JOIN ocgen.p p ON p.i = i."CreatedByUserId" WHERE i.url IS NOT NULL AND i.id % 2 = 0;
INSERT INTO "UploadedFiles" (kind, "fileName", "fileSize", "fileType", url, data, "CreatedByUserId", "createdAt", "updatedAt")
SELECT 'EXPENSE_ATTACHED_FILE', regexp_replace(f.url, '^.*/', ''), 40000 + fixture_gen.n('ufa', f.id, 900000), 'application/pdf', f.url, jsonb_build_object('s3SHA256', fixture_gen.hexn('ufasha', f.id, 64)),
       f."CreatedByUserId", f."createdAt", f."createdAt"
FROM "ExpenseAttachedFiles" f;
INSERT INTO "UploadedFiles" (kind, "fileName", "fileSize", "fileType", url, data, "CreatedByUserId", "createdAt", "updatedAt")
SELECT 'ACCOUNT_AVATAR', regexp_replace(c.image, '^.*/', ''), 8000 + fixture_gen.n('ufav', c.id, 400000), CASE WHEN c.image LIKE '%.png' THEN 'image/png' ELSE 'image/jpeg' END, c.image, '{}'::jsonb,
       c."CreatedByUserId", c."createdAt", c."createdAt"
FROM "Collectives" c WHERE c.image LIKE 'https://opencollective-production.s3%' AND c.id % 3 <> 0;
INSERT INTO "UploadedFiles" (kind, "fileName", "fileSize", "fileType", url, data, "CreatedByUserId", "createdAt", "updatedAt")
SELECT 'AGREEMENT_ATTACHMENT', 'Fiscal_sponsorship_agreement_' || replace(c.name, ' ', '_') || '_signed_' || a.last || '.pdf', 180000 + fixture_gen.n('ufag', c.id, 90000), 'application/pdf',
       'https://opencollective-production.s3.us-west-1.amazonaws.com/agreement-attachment/' || fixture_gen.uuid('ufag', c.id) || '/Fiscal_sponsorship_agreement_' || c.slug || '.pdf', '{}'::jsonb,
       1, ocgen.at('cap', c.id, '2018-01-01', '2023-07-01'), ocgen.at('cap', c.id, '2018-01-01', '2023-07-01')
FROM ocgen.c c JOIN ocgen.p a ON a.i = 5 + (c.id - 2) * 2 WHERE c.type = 'COLLECTIVE';

-- ---------------------------------------------------------------------------
-- Social links and locations.

CREATE TABLE "SocialLinks" (
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  type varchar(255) NOT NULL,
  url varchar(255) NOT NULL,
  "order" integer NOT NULL,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  PRIMARY KEY ("CollectiveId", type, url)
);
INSERT INTO "SocialLinks" ("CollectiveId", type, url, "order", "createdAt", "updatedAt")
SELECT c.id, l.type, l.url, l.ord, c."createdAt", c."updatedAt"
FROM "Collectives" c
CROSS JOIN LATERAL (VALUES
  ('WEBSITE', c.website, 0),
  ('TWITTER', 'https://twitter.com/' || c."twitterHandle", 1),
  ('GITHUB', 'https://github.com/' || c."githubHandle", 2),
  ('MASTODON', CASE WHEN c.id % 4 = 1 AND c.type IN ('USER', 'COLLECTIVE') THEN 'https://' || fixture_gen.pick(ARRAY['mastodon.social', 'hachyderm.io', 'fosstodon.org', 'chaos.social'], 'slm', c.id) || '/@' || split_part(c.slug, '-', 1) END, 3),
  ('LINKEDIN', CASE WHEN c.id % 6 = 2 AND c.type IN ('USER', 'ORGANIZATION') THEN 'https://www.linkedin.com/in/' || c.slug END, 4)) l(type, url, ord)
WHERE l.url IS NOT NULL AND c."isIncognito" = false;

CREATE TABLE "Locations" (
  id serial PRIMARY KEY,
  "CollectiveId" integer NOT NULL REFERENCES "Collectives" (id),
  name varchar(255),
  address text,
  country varchar(2),
  "geoLocationLatLong" jsonb,
  structured jsonb,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz
);
-- Users' addresses, given for tax receipts and expense payouts.
INSERT INTO "Locations" ("CollectiveId", name, address, country, "geoLocationLatLong", structured, "createdAt", "updatedAt", "deletedAt")
SELECT 100 + p.i, CASE WHEN p.i % 5 = 0 THEN p.city || ', ' || p.cc WHEN p.i % 5 = 1 THEN 'Home' END,
       p.street || E'\n' || p.city || ' ' || p.zip, p.cc,
       CASE WHEN p.i % 3 = 0 THEN jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(
            round((CASE p.cc WHEN 'US' THEN -122.65 WHEN 'GB' THEN -1.55 WHEN 'DE' THEN 6.96 WHEN 'NG' THEN 3.38 WHEN 'IN' THEN 73.86 ELSE 2.35 END + fixture_gen.n('lgx', p.i, 2000) / 10000.0)::numeric, 6),
            round((CASE p.cc WHEN 'US' THEN 45.52 WHEN 'GB' THEN 53.80 WHEN 'DE' THEN 50.94 WHEN 'NG' THEN 6.45 WHEN 'IN' THEN 18.52 ELSE 48.86 END + fixture_gen.n('lgy', p.i, 2000) / 10000.0)::numeric, 6))) END,
       jsonb_build_object('address1', p.street, 'city', p.city, 'postalCode', p.zip, 'zone', CASE WHEN p.cc = 'US' THEN 'OR' END),
       ocgen.at('lca', p.i, '2022-01-01', '2024-06-01'), ocgen.at('lca', p.i, '2022-01-01', '2024-06-01'), NULL
FROM ocgen.p p WHERE p.i % 2 = 0 OR p.i <= 44;
-- Venues of events, and the host's office.
INSERT INTO "Locations" ("CollectiveId", name, address, country, "geoLocationLatLong", structured, "createdAt", "updatedAt")
SELECT c.id, v.name, v.address, c.cc, jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(v.lon, v.lat)), jsonb_build_object('address1', split_part(v.address, ',', 1)),
       ocgen.at('lvca', c.id, '2023-01-01', '2024-03-01'), ocgen.at('lvca', c.id, '2023-01-01', '2024-03-01')
FROM ocgen.c c JOIN (VALUES
  (1, 'Riverside Commons office', '2211 SE Hawthorne Blvd, Portland, OR 97214', -122.6423, 45.5121),
  (22, 'Co-Creation Hub', '294 Herbert Macaulay Way, Yaba, Lagos', 3.3792, 6.5095),
  (24, 'Hyde Park Methodist Church hall', 'Woodsley Road, Leeds LS6 1SB', -1.5713, 53.8085),
  (25, 'Impact Hub Accra', '30 Kuku Hill, Osu, Accra', -0.1786, 5.5560),
  (26, 'Online', 'Online', NULL, NULL),
  (29, 'Stadtbibliothek Köln', 'Josef-Haubrich-Hof 1, 50676 Köln', 6.9493, 50.9335),
  (30, 'Your backyard', 'Anywhere', NULL, NULL),
  (31, 'Online', 'Online', NULL, NULL),
  (4, 'Eastside Community Garden', 'SE 32nd Ave & SE Clinton St, Portland, OR 97202', -122.6318, 45.5032),
  (11, 'Riverside Tool Library (basement)', '5131 NE 23rd Ave, Portland, OR 97211', -122.6421, 45.5601),
  (15, 'Hyde Park Methodist Church hall', 'Woodsley Road, Leeds LS6 1SB', -1.5713, 53.8085),
  (20, 'Bicicletaria Comunitária', 'Rua Paulo Gorski, 1200, Curitiba', -49.2990, -25.4210)) v(cid, name, address, lon, lat) ON v.cid = c.id;

-- ---------------------------------------------------------------------------
-- Suspended assets: what fraud prevention blocks.

CREATE TABLE "SuspendedAssets" (
  id serial PRIMARY KEY,
  type varchar(255) NOT NULL,
  reason text NOT NULL,
  fingerprint varchar(255) NOT NULL,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  "deletedAt" timestamptz
);
INSERT INTO "SuspendedAssets" (type, reason, fingerprint, "createdAt", "updatedAt", "deletedAt")
SELECT t.type,
       CASE t.type
         WHEN 'USER' THEN 'Account used for card testing: 14 failed contributions in 3 minutes. Linked to ' || fixture_gen.full_name('saun', k) || ' (user ' || (1000 + k) || ').'
         WHEN 'EMAIL_ADDRESS' THEN fixture_gen.pick(ARRAY['Spam expenses submitted to 12 collectives', 'Chargeback fraud, three disputes in one week', 'Phishing messages sent through contact form'], 'saer', k)
         WHEN 'IP' THEN 'Card testing from this address'
         WHEN 'CREDIT_CARD' THEN fixture_gen.pick(ARRAY['Reported stolen by the cardholder', 'Used on 9 different accounts', 'Dispute lost: fraudulent'], 'sacr', k)
         ELSE 'Disposable email domain used by spam accounts' END,
       CASE t.type
         WHEN 'USER' THEN (1000 + k)::text
         WHEN 'EMAIL_ADDRESS' THEN fixture_gen.email('saem', k)
         WHEN 'IP' THEN fixture_gen.ipv4('saip', k)
         WHEN 'CREDIT_CARD' THEN ocgen.rnd('safp', k, 16)
         ELSE fixture_gen.pick(ARRAY['mailinator.example', 'tempmail.example', 'guerrillamail.example', '10minute.example'], 'sadm', k) END,
       ocgen.at('saca', k, '2021-01-01', '2024-06-20'), ocgen.at('saca', k, '2021-01-01', '2024-06-20'), CASE WHEN k % 11 = 0 THEN ocgen.at('sada', k, '2024-01-01', '2024-06-27') END
FROM generate_series(1, 32) k CROSS JOIN LATERAL (SELECT (ARRAY['EMAIL_ADDRESS', 'IP', 'CREDIT_CARD', 'USER', 'EMAIL_ADDRESS', 'IP', 'DOMAIN'])[1 + k % 7] AS type) t;

-- ---------------------------------------------------------------------------
-- Activities: the log every notification and timeline is built from.

CREATE TABLE "Activities" (
  id serial PRIMARY KEY,
  type varchar(255),
  data jsonb,
  "createdAt" timestamptz NOT NULL,
  "CollectiveId" integer REFERENCES "Collectives" (id),
  "UserId" integer REFERENCES "Users" (id),
  "TransactionId" integer REFERENCES "Transactions" (id),
  "ExpenseId" integer REFERENCES "Expenses" (id),
  "OrderId" integer REFERENCES "Orders" (id),
  "FromCollectiveId" integer REFERENCES "Collectives" (id),
  "HostCollectiveId" integer REFERENCES "Collectives" (id),
  "UserTokenId" integer REFERENCES "UserTokens" (id)
);
-- Expenses created.
INSERT INTO "Activities" (type, data, "createdAt", "CollectiveId", "UserId", "ExpenseId", "FromCollectiveId", "HostCollectiveId")
SELECT 'collective.expense.created',
       jsonb_build_object('user', jsonb_build_object('id', x."UserId", 'email', u.email), 'fromCollective', jsonb_build_object('id', fc.id, 'name', fc.name, 'slug', fc.slug),
         'collective', jsonb_build_object('id', c.id, 'name', c.name, 'slug', c.slug),
         'expense', jsonb_build_object('id', x.id, 'description', x.description, 'amount', x.amount, 'currency', x.currency, 'type', x.type, 'payeeLocation', x."payeeLocation")),
       x."createdAt", x."CollectiveId", x."UserId", x.id, x."FromCollectiveId", 1
FROM "Expenses" x JOIN "Users" u ON u.id = x."UserId" JOIN "Collectives" fc ON fc.id = x."FromCollectiveId" JOIN "Collectives" c ON c.id = x."CollectiveId"
ORDER BY x.id;
-- Contributions.
INSERT INTO "Activities" (type, data, "createdAt", "CollectiveId", "UserId", "TransactionId", "OrderId", "FromCollectiveId", "HostCollectiveId")
SELECT 'collective.transaction.created',
       jsonb_build_object('transaction', jsonb_build_object('id', t.id, 'kind', t.kind, 'amount', t.amount, 'currency', t.currency),
         'fromCollective', jsonb_build_object('id', fc.id, 'name', fc.name, 'slug', fc.slug, 'twitterHandle', fc."twitterHandle"),
         'user', jsonb_build_object('id', t."CreatedByUserId", 'email', CASE WHEN fc."isIncognito" THEN NULL ELSE u.email END),
         'order', jsonb_build_object('id', o.id, 'publicMessage', o."publicMessage", 'interval', o.interval)),
       t."createdAt", t."CollectiveId", t."CreatedByUserId", t.id, t."OrderId", t."FromCollectiveId", 1
FROM "Transactions" t JOIN "Orders" o ON o.id = t."OrderId" JOIN "Collectives" fc ON fc.id = t."FromCollectiveId" JOIN "Users" u ON u.id = t."CreatedByUserId"
WHERE t.type = 'CREDIT' AND t.id % 2 = 1
ORDER BY t.id;
-- Sign-ups, personal tokens, host application messages.
INSERT INTO "Activities" (type, data, "createdAt", "CollectiveId", "UserId", "FromCollectiveId")
SELECT 'user.created', jsonb_build_object('user', jsonb_build_object('id', u.id, 'email', u.email, 'name', p.name), 'newsletterOptIn', u."newsletterOptIn"),
       u."createdAt", 100 + u.id, u.id, 100 + u.id
FROM "Users" u JOIN ocgen.p p ON p.i = u.id WHERE u.id % 4 = 0 ORDER BY u.id;
INSERT INTO "Activities" (type, data, "createdAt", "CollectiveId", "UserId", "UserTokenId")
SELECT 'user.new.token', jsonb_build_object('notify', false, 'ip', fixture_gen.ipv4('acip', t.id), 'userAgent', ocgen.ua('acua', t.id)), t."createdAt", 100 + t."UserId", t."UserId", t.id
FROM "UserTokens" t ORDER BY t.id;
INSERT INTO "Activities" (type, data, "createdAt", "CollectiveId", "UserId", "HostCollectiveId")
SELECT 'collective.apply', jsonb_build_object('host', jsonb_build_object('id', 1, 'slug', 'riverside-commons'), 'collective', jsonb_build_object('id', h."CollectiveId"),
         'user', jsonb_build_object('id', h."CreatedByUserId", 'email', u.email), 'application', jsonb_build_object('message', h.message, 'customData', h."customData")),
       h."createdAt", h."CollectiveId", h."CreatedByUserId", 1
FROM "HostApplications" h JOIN "Users" u ON u.id = h."CreatedByUserId" ORDER BY h.id;

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA ocgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
