-- classify-eval fixture (HOLDOUT 10, with gitea: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): an ERPNext 15 site on the Frappe framework on PostgreSQL, in
-- Frappe's own naming: one table per doctype, "tab" + the doctype's name with
-- its spaces ("tabSales Invoice", "tabContact Email"), snake_case fields,
-- Frappe's types (varchar(140) for Data, Link and Select, smallint for Check,
-- decimal(21,9) for Currency, timestamp(6) local time), and the standard
-- columns on every table: name (the document id: a naming series such as
-- ACC-SINV-2024-00042 or HR-EMP-00012, a 10-hex hash, or an autoname that is
-- the document's title), creation, modified, owner and modified_by (the
-- email that is a user's name, or Administrator and Guest), docstatus, idx,
-- and on parent tables _user_tags, _comments (the last comments as JSON, with
-- the commenter's email), _assign and _liked_by (JSON lists of user emails);
-- parent, parentfield and parenttype on child tables. A subset of each
-- doctype's fields, and of the framework's own tables (__Auth, __UserSettings,
-- __global_search, tabSessions, tabSingles, tabSeries).
--
-- Tidewater Trading & Services, a Pune trader and service company for
-- compressors and cold rooms with a Hamburg subsidiary. Customers named by
-- customer name (Selling Settings), so that an individual's document name,
-- and every link to it (Sales Invoice.customer, Payment Entry.party,
-- Dynamic Link.link_name, Item Price.customer, ToDo.reference_name), is the
-- person's name; contacts named "<full name>-<customer>", addresses
-- "<title>-<type>", bank accounts "<holder> - <bank>". Contacts with their
-- Contact Email, Contact Phone and Dynamic Link rows; GSTINs, PANs and EU VAT
-- numbers in tax_id; leads from the web form (created by Guest) and calls;
-- opportunities, quotations, sales orders and invoices with their items
-- (address_display keeps the rendered billing address, remarks what accounts
-- typed); payments with UTRs and cheque numbers; bank accounts with account
-- numbers and IBANs; employees with birth dates, home addresses, emergency
-- contacts, bank accounts, PANs, CTC and blood group; salary slips whose
-- total_in_words spells the net pay; users (portal customers too) with the
-- API key beside a masked api_secret, last IP and login, reset key hashes,
-- Frappe, Google, Microsoft 365 and GitHub social login ids; __Auth with
-- pbkdf2 password hashes and Fernet-encrypted secrets; sessions with their sid
-- and the session dict; the timeline (tabComment), emails in and out
-- (tabCommunication, with signatures), tabVersion's JSON of changed fields
-- (phones, emails, bank accounts, addresses), login history in tabActivity
-- Log (failed logins keep what was typed), tabError Log with tracebacks and a
-- custom WhatsApp integration's request (bearer token, phone number), files
-- whose names are ID proofs and CVs, ToDos, CRM notes, notes, email accounts
-- (an SES SMTP user name as login_id), tabSingles mixing settings with an
-- API key, an access key id and a pre-v7 SMTP password in clear, users' list
-- filters in __UserSettings, the search index in __global_search. And the
-- columns that only look personal: territory_name, item_name, price lists,
-- customer_type, address_type, link_doctype, comment_type, provider,
-- is_primary_mobile_no, __Auth.fieldname, the masked password columns.
-- Loaded after ../helpers.sql; labels in labels.tsv.

-- The generators below use many set-returning calls; JIT compiling them costs more than running them.
SET jit = off;

CREATE SCHEMA egen;

-- ts: a Frappe timestamp: site-local time (Asia/Kolkata) with microseconds.
CREATE FUNCTION egen.ts(tag text, i bigint) RETURNS timestamp(6)
LANGUAGE sql IMMUTABLE AS $$
  SELECT (fixture_gen.stamp(tag, i) AT TIME ZONE 'Asia/Kolkata')::timestamp(0) + make_interval(secs => fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0)
$$;

-- h: the 10-hex-digit name Frappe gives hash-named documents and child rows.
CREATE FUNCTION egen.h(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(md5('h' || tag || ':' || i), 1, 10) $$;

-- dg: len (<= 64) decimal digits; al: len (<= 32) capital letters. Cheaper than fixture_gen.digits and
-- chars, for the many thousands of phones, account numbers and PANs below.
CREATE FUNCTION egen.dg(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(translate(md5(tag || ':' || i) || md5(tag || ';' || i), 'abcdef', '317529'), 1, len)
$$;

CREATE FUNCTION egen.al(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(translate(md5(tag || '/' || i), '0123456789abcdef', (ARRAY['ABCDEFGHJKLMNPRS', 'QTUVWXYZIOABCDEF', 'MNOPQRSTUVWXYZAB'])[1 + i % 3]), 1, len)
$$;

-- Indian given names (the first eighteen female) and surnames.
CREATE FUNCTION egen.ifirst(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Priya', 'Ananya', 'Sneha', 'Pooja', 'Kavita', 'Neha', 'Deepa', 'Meera', 'Lakshmi', 'Divya', 'Farah', 'Harpreet',
    'Mary', 'Shruti', 'Aishwarya', 'Swati', 'Rukhsar', 'Nandini', 'Rahul', 'Arjun', 'Vikram', 'Aditya', 'Suresh', 'Amit', 'Rohan', 'Sanjay',
    'Karthik', 'Imran', 'Gurpreet', 'Joseph', 'Thomas', 'Nikhil', 'Sachin', 'Mahesh', 'Abhishek', 'Venkatesh', 'Prakash', 'Yusuf'], tag, i)
$$;

CREATE FUNCTION egen.ilast(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Sharma', 'Patil', 'Kulkarni', 'Deshpande', 'Joshi', 'Iyer', 'Nair', 'Reddy', 'Gupta', 'Menon', 'Shaikh', 'Khan',
    'Singh', 'Gill', 'Fernandes', 'D''Souza', 'Chatterjee', 'Banerjee', 'Rao', 'Pillai', 'Jadhav', 'Pawar', 'Mehta', 'Shah', 'Desai', 'Bhat',
    'Hegde', 'Agarwal', 'Mukherjee', 'Naidu', 'Kamble', 'Gokhale', 'Bhosale', 'Thakur', 'Verma', 'Malhotra', 'Chaudhary', 'Sawant'], tag, i)
$$;

-- ifirst_g: an Indian given name of a gender.
CREATE FUNCTION egen.ifirst_g(tag text, i bigint, fem boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['Priya', 'Ananya', 'Sneha', 'Pooja', 'Kavita', 'Neha', 'Deepa', 'Meera', 'Lakshmi', 'Divya', 'Farah', 'Harpreet',
    'Mary', 'Shruti', 'Aishwarya', 'Swati', 'Rukhsar', 'Nandini', 'Rahul', 'Arjun', 'Vikram', 'Aditya', 'Suresh', 'Amit', 'Rohan', 'Sanjay',
    'Karthik', 'Imran', 'Gurpreet', 'Joseph', 'Thomas', 'Nikhil', 'Sachin', 'Mahesh', 'Abhishek', 'Venkatesh', 'Prakash', 'Yusuf'])[CASE WHEN fem THEN 1 + fixture_gen.n(tag, i, 18) ELSE 19 + fixture_gen.n(tag, i, 20) END]
$$;

CREATE FUNCTION egen.female(f text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT f = ANY (ARRAY['Priya', 'Ananya', 'Sneha', 'Pooja', 'Kavita', 'Neha', 'Deepa', 'Meera', 'Lakshmi', 'Divya', 'Farah', 'Harpreet', 'Mary',
    'Shruti', 'Aishwarya', 'Swati', 'Rukhsar', 'Nandini', 'Amelia', 'Sofía', 'Chloé', 'Hannah', 'Aoife', 'Mei', 'Yuki', 'Minji', 'Fatima', 'Aylin',
    'Ngozi', 'Amara', 'Olga', 'Zofia', 'Ingrid', 'Beatriz', 'Giulia', 'Thandiwe', 'Linh', 'Elif', 'Leila', 'Sanna'])
$$;

-- first, last: a person's names, Indian for India, of many cultures elsewhere.
CREATE FUNCTION egen.first(tag text, i bigint, india boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN india THEN egen.ifirst(tag, i) ELSE fixture_gen.first_name(tag, i) END $$;

CREATE FUNCTION egen.last(tag text, i bigint, india boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN india THEN egen.ilast(tag, i) ELSE fixture_gen.last_name(tag, i) END $$;

CREATE FUNCTION egen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.ascii(replace(replace(replace(replace(s, 'ß', 'ss'), 'ł', 'l'), 'ø', 'o'), 'ı', 'i')) $$;

-- pmail: a private address of a person, on a mail provider of their country.
CREATE FUNCTION egen.pmail(f text, l text, country text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 5) WHEN 0 THEN egen.fold(f) || '.' || egen.fold(l) WHEN 1 THEN egen.fold(f) || egen.fold(l) || (70 + fixture_gen.n(tag || 'y', i, 30))::text
           WHEN 2 THEN substr(egen.fold(f), 1, 1) || egen.fold(l) WHEN 3 THEN egen.fold(f) || '_' || egen.fold(l) || fixture_gen.n(tag || 'z', i, 100)::text
           ELSE egen.fold(l) || '.' || egen.fold(f) END || '@'
      || CASE country WHEN 'India' THEN fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'], tag || 'd', i)
           WHEN 'Germany' THEN fixture_gen.pick(ARRAY['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'posteo.de'], tag || 'd', i)
           WHEN 'United Kingdom' THEN fixture_gen.pick(ARRAY['gmail.com', 'btinternet.com', 'outlook.com', 'yahoo.co.uk'], tag || 'd', i)
           WHEN 'France' THEN fixture_gen.pick(ARRAY['orange.fr', 'free.fr', 'gmail.com', 'laposte.net'], tag || 'd', i)
           WHEN 'Japan' THEN fixture_gen.pick(ARRAY['yahoo.co.jp', 'gmail.com', 'icloud.com'], tag || 'd', i)
           ELSE fixture_gen.pick(ARRAY['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'], tag || 'd', i) END
$$;

-- mob: a mobile number in the formats people type in that country; land: an office line.
CREATE FUNCTION egen.mob(tag text, i bigint, country text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE country
    WHEN 'India' THEN (SELECT CASE fixture_gen.n(tag || 'f', i, 5) WHEN 0 THEN '+91 ' || a || ' ' || b WHEN 1 THEN a || b WHEN 2 THEN '+91-' || a || b WHEN 3 THEN '+91' || a || b ELSE '0' || a || ' ' || b END
      FROM (SELECT fixture_gen.pick(ARRAY['98', '97', '99', '96', '93', '90', '88', '87', '81', '70', '77', '63', '94', '82'], tag || 'm', i) || lpad(fixture_gen.n(tag || 'a', i, 1000)::text, 3, '0') AS a,
                   lpad(fixture_gen.n(tag || 'b', i, 100000)::text, 5, '0') AS b) x)
    WHEN 'Germany' THEN CASE WHEN i % 2 = 0 THEN '+49 ' || fixture_gen.pick(ARRAY['151', '160', '170', '171', '176', '1520'], tag, i) || ' ' || egen.dg(tag || 'g', i, 8)
                             ELSE '0' || fixture_gen.pick(ARRAY['151', '160', '170', '171', '176', '1520'], tag, i) || ' ' || egen.dg(tag || 'g', i, 7) END
    WHEN 'United Kingdom' THEN CASE WHEN i % 2 = 0 THEN '+44 7' || egen.dg(tag, i, 3) || ' ' || egen.dg(tag || 'u', i, 6) ELSE '07' || egen.dg(tag, i, 3) || ' ' || egen.dg(tag || 'u', i, 6) END
    WHEN 'France' THEN '+33 ' || (6 + i % 2)::text || ' ' || egen.dg(tag, i, 2) || ' ' || egen.dg(tag || 'p', i, 2) || ' ' || egen.dg(tag || 'q', i, 2) || ' ' || egen.dg(tag || 'r', i, 2)
    WHEN 'Nigeria' THEN '+234 ' || fixture_gen.pick(ARRAY['803', '805', '806', '813', '816', '703', '708', '809'], tag, i) || ' ' || egen.dg(tag, i, 3) || ' ' || egen.dg(tag || 'n', i, 4)
    WHEN 'Japan' THEN '+81-' || fixture_gen.pick(ARRAY['90', '80', '70'], tag, i) || '-' || egen.dg(tag, i, 4) || '-' || egen.dg(tag || 'j', i, 4)
    WHEN 'United Arab Emirates' THEN '+971 ' || fixture_gen.pick(ARRAY['50', '52', '55', '56'], tag, i) || ' ' || egen.dg(tag, i, 3) || ' ' || egen.dg(tag || 'e', i, 4)
    ELSE fixture_gen.phone(tag, i) END
$$;

CREATE FUNCTION egen.land(tag text, i bigint, city text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE city WHEN 'Pune' THEN '020 ' || (2 + i % 6)::text || egen.dg(tag, i, 3) || ' ' || egen.dg(tag || 'l', i, 4)
    WHEN 'Mumbai' THEN '+91 22 ' || (2 + i % 6)::text || egen.dg(tag, i, 3) || ' ' || egen.dg(tag || 'l', i, 4)
    WHEN 'Bengaluru' THEN '080-' || (2 + i % 6)::text || egen.dg(tag, i, 7)
    WHEN 'Hamburg' THEN '+49 40 ' || egen.dg(tag, i, 3) || ' ' || egen.dg(tag || 'l', i, 3) || '-' || egen.dg(tag || 'x', i, 2)
    ELSE '+91 ' || fixture_gen.pick(ARRAY['79', '44', '11', '40', '484', '253', '712'], tag, i) || ' ' || egen.dg(tag, i, 4) || ' ' || egen.dg(tag || 'l', i, 4) END
$$;

-- gstin: an Indian GSTIN (state code, PAN, entity number, Z, mod-36 check character).
CREATE FUNCTION egen.gstin(st text, pan text, ent text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  a text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  s text := st || pan || ent || 'Z';
  tot int := 0;
  v int;
BEGIN
  FOR k IN 1..14 LOOP
    v := (strpos(a, substr(s, k, 1)) - 1) * (CASE WHEN k % 2 = 1 THEN 1 ELSE 2 END);
    tot := tot + v / 36 + v % 36;
  END LOOP;
  RETURN s || substr(a, 1 + (36 - tot % 36) % 36, 1);
END $$;

-- ipan: an Indian PAN: its fourth letter says what holds it (P person, C company, F firm), its fifth is the initial of the (sur)name.
CREATE FUNCTION egen.ipan(tag text, i bigint, kind text, nm text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT egen.al(tag || 'a', i, 3) || kind || coalesce(nullif(upper(substr(egen.fold(nm), 1, 1)), ''), 'K')
      || egen.dg(tag, i, 4) || egen.al(tag || 'c', i, 1)
$$;

-- fernet: a Fernet token as frappe.utils.password.encrypt writes it (site key, AES-128-CBC, HMAC).
CREATE FUNCTION egen.fernet(tag text, i bigint, blocks int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(decode('80' || lpad(to_hex(1640000000 + fixture_gen.n(tag || 't', i, 90000000)), 16, '0') || fixture_gen.hexn(tag, i, 96 + 32 * blocks), 'hex'), 'base64'), E'+/\n', '-_')
$$;

-- pbk: passlib's pbkdf2_sha256 hash, as Frappe keeps user passwords in __Auth.
CREATE FUNCTION egen.pbk(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$pbkdf2-' || 'sha256$29000$' || rtrim(translate(fixture_gen.b64(tag || 's', i, 16), '+', '.'), '=') || '$' || rtrim(translate(fixture_gen.b64(tag || 'h', i, 32), '+', '.'), '=')
$$;

-- Amounts in words as frappe.utils.money_in_words writes them (num2words, en_IN for rupees).
CREATE FUNCTION egen.w99(n int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN n < 20 THEN (ARRAY['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
      'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'])[n + 1]
    ELSE (ARRAY['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])[n / 10 - 1]
      || CASE WHEN n % 10 > 0 THEN '-' || (ARRAY['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])[n % 10] ELSE '' END END
$$;

CREATE FUNCTION egen.w999(n int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN n >= 100 THEN egen.w99(n / 100) || ' hundred' || CASE WHEN n % 100 > 0 THEN ' and ' || egen.w99(n % 100) ELSE '' END ELSE egen.w99(n) END
$$;

CREATE FUNCTION egen.words(n bigint, indian boolean) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  parts text[] := '{}';
  r bigint := n / 1000;
  low int := (n % 1000)::int;
BEGIN
  IF indian THEN
    IF r % 100 > 0 THEN parts := (egen.w99((r % 100)::int) || ' thousand') || parts; END IF;
    r := r / 100;
    IF r % 100 > 0 THEN parts := (egen.w99((r % 100)::int) || ' lakh') || parts; END IF;
    r := r / 100;
    IF r > 0 THEN parts := (egen.w999(r::int) || ' crore') || parts; END IF;
  ELSE
    IF r % 1000 > 0 THEN parts := (egen.w999((r % 1000)::int) || ' thousand') || parts; END IF;
    r := r / 1000;
    IF r > 0 THEN parts := (egen.w999(r::int) || ' million') || parts; END IF;
  END IF;
  IF low > 0 THEN
    parts := parts || (CASE WHEN cardinality(parts) > 0 AND low < 100 THEN 'and ' ELSE '' END || egen.w999(low));
  END IF;
  IF cardinality(parts) = 0 THEN RETURN 'zero'; END IF;
  RETURN array_to_string(parts, ', ');
END $$;

CREATE FUNCTION egen.money_words(amount numeric, cur text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT cur || ' ' || initcap(egen.words(trunc(amount)::bigint, cur = 'INR'))
      || CASE WHEN (amount * 100)::bigint % 100 > 0 THEN ' and ' || initcap(egen.w99(((amount * 100)::bigint % 100)::int)) || CASE cur WHEN 'INR' THEN ' paisa' ELSE ' Cent' END ELSE '' END || ' only.'
$$;

-- vjson: tabVersion.data as frappe.as_json writes it (indent 1, sorted keys) for changed fields:
-- c holds triples of field name, old value and new value, the values already JSON.
CREATE FUNCTION egen.vjson(c text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT E'{\n "added": [],\n "changed": [\n' || string_agg(E'  [\n   "' || c[k] || E'",\n   ' || c[k + 1] || E',\n   ' || c[k + 2] || E'\n  ]', E',\n' ORDER BY k)
      || E'\n ],\n "data_import": null,\n "removed": [],\n "row_changed": [],\n "updater_reference": null\n}'
  FROM generate_series(1, cardinality(c), 3) k
$$;

-- jq: a JSON string literal.
CREATE FUNCTION egen.jq(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(to_json(v)::text, 'null') $$;

-- ip: where a user connects from: the Pune office's fixed address, the Hamburg office's, or a mobile or home line.
CREATE FUNCTION egen.ip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'w', i, 10) WHEN 0 THEN '103.87.142.18' WHEN 1 THEN '103.87.142.18' WHEN 2 THEN '103.87.142.19' WHEN 3 THEN '62.214.7.130'
    ELSE fixture_gen.pick(ARRAY['49.36.', '106.210.', '117.99.', '223.187.', '152.58.', '27.97.', '182.70.', '93.212.', '84.152.'], tag, i)
      || fixture_gen.n(tag || 'c', i, 256)::text || '.' || (1 + fixture_gen.n(tag || 'd', i, 254))::text END
$$;
-- Territories (the tree's leaves are where customers are) and their cities.
CREATE TABLE egen.terr (t text PRIMARY KEY, parent text, country text, gst text);
INSERT INTO egen.terr VALUES
  ('All Territories', NULL, NULL, NULL), ('India', 'All Territories', 'India', NULL), ('Europe', 'All Territories', NULL, NULL),
  ('Rest Of The World', 'All Territories', NULL, NULL), ('Maharashtra', 'India', 'India', '27'), ('Karnataka', 'India', 'India', '29'),
  ('Gujarat', 'India', 'India', '24'), ('Tamil Nadu', 'India', 'India', '33'), ('Delhi', 'India', 'India', '07'), ('Telangana', 'India', 'India', '36'),
  ('Kerala', 'India', 'India', '32'), ('Germany', 'Europe', 'Germany', NULL), ('United Kingdom', 'Europe', 'United Kingdom', NULL),
  ('France', 'Europe', 'France', NULL), ('Nigeria', 'Rest Of The World', 'Nigeria', NULL), ('Japan', 'Rest Of The World', 'Japan', NULL),
  ('United Arab Emirates', 'Rest Of The World', 'United Arab Emirates', NULL);

CREATE TABLE egen.city (terr text, idx int, city text, state text, pre text, len int);
INSERT INTO egen.city SELECT terr, row_number() OVER (PARTITION BY terr ORDER BY ord), city, state, pre, len FROM (VALUES
  (1, 'Maharashtra', 'Pune', 'Maharashtra', '411', 6), (2, 'Maharashtra', 'Pune', 'Maharashtra', '411', 6), (3, 'Maharashtra', 'Pimpri-Chinchwad', 'Maharashtra', '411', 6),
  (4, 'Maharashtra', 'Mumbai', 'Maharashtra', '400', 6), (5, 'Maharashtra', 'Navi Mumbai', 'Maharashtra', '400', 6), (6, 'Maharashtra', 'Nashik', 'Maharashtra', '422', 6),
  (7, 'Maharashtra', 'Nagpur', 'Maharashtra', '440', 6), (8, 'Maharashtra', 'Chhatrapati Sambhajinagar', 'Maharashtra', '431', 6), (9, 'Maharashtra', 'Kolhapur', 'Maharashtra', '416', 6),
  (10, 'Karnataka', 'Bengaluru', 'Karnataka', '560', 6), (11, 'Karnataka', 'Mysuru', 'Karnataka', '570', 6), (12, 'Karnataka', 'Hubballi', 'Karnataka', '580', 6),
  (13, 'Gujarat', 'Ahmedabad', 'Gujarat', '380', 6), (14, 'Gujarat', 'Vadodara', 'Gujarat', '390', 6), (15, 'Gujarat', 'Surat', 'Gujarat', '395', 6), (16, 'Gujarat', 'Rajkot', 'Gujarat', '360', 6),
  (17, 'Tamil Nadu', 'Chennai', 'Tamil Nadu', '600', 6), (18, 'Tamil Nadu', 'Coimbatore', 'Tamil Nadu', '641', 6), (19, 'Delhi', 'New Delhi', 'Delhi', '110', 6),
  (20, 'Telangana', 'Hyderabad', 'Telangana', '500', 6), (21, 'Kerala', 'Kochi', 'Kerala', '682', 6), (22, 'Kerala', 'Thiruvananthapuram', 'Kerala', '695', 6),
  (23, 'Germany', 'Hamburg', 'Hamburg', '2', 5), (24, 'Germany', 'München', 'Bayern', '80', 5), (25, 'Germany', 'Köln', 'Nordrhein-Westfalen', '50', 5),
  (26, 'Germany', 'Bremen', 'Bremen', '28', 5), (27, 'Germany', 'Stuttgart', 'Baden-Württemberg', '70', 5),
  (28, 'United Kingdom', 'Leeds', 'West Yorkshire', 'LS', 0), (29, 'United Kingdom', 'Manchester', 'Greater Manchester', 'M', 0), (30, 'United Kingdom', 'Birmingham', 'West Midlands', 'B', 0),
  (31, 'France', 'Lyon', 'Auvergne-Rhône-Alpes', '69', 5), (32, 'France', 'Toulouse', 'Occitanie', '31', 5), (33, 'France', 'Lille', 'Hauts-de-France', '59', 5),
  (34, 'Nigeria', 'Lagos', 'Lagos', '10', 6), (35, 'Nigeria', 'Abuja', 'FCT', '90', 6), (36, 'Japan', 'Osaka', 'Osaka', '53', -1), (37, 'Japan', 'Yokohama', 'Kanagawa', '22', -1),
  (38, 'United Arab Emirates', 'Dubai', 'Dubai', NULL, NULL), (39, 'United Arab Emirates', 'Sharjah', 'Sharjah', NULL, NULL)) v(ord, terr, city, state, pre, len);

CREATE FUNCTION egen.pin(tag text, i bigint, pre text, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN pre IS NULL THEN NULL WHEN len = 0 THEN pre || (1 + fixture_gen.n(tag, i, 17))::text || ' ' || egen.dg(tag || 'u', i, 1) || egen.al(tag, i, 2)
    WHEN len = -1 THEN pre || egen.dg(tag, i, 1) || '-' || egen.dg(tag || 'j', i, 4)
    ELSE pre || CASE WHEN len = 6 AND length(pre) = 3 THEN '0' || egen.dg(tag, i, 2) ELSE egen.dg(tag, i, len - length(pre)) END END
$$;

-- loc: a locality of an Indian city; street: the first address line as people write it in that
-- country (home addresses for people, plots, shops and survey numbers for businesses in India).
CREATE FUNCTION egen.loc(tag text, i bigint, city text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(CASE city
    WHEN 'Pune' THEN ARRAY['Bhosari MIDC', 'Hinjewadi Phase 1', 'Kharadi', 'Wakad', 'Baner', 'Kothrud', 'Hadapsar', 'Chakan', 'Viman Nagar', 'Aundh']
    WHEN 'Pimpri-Chinchwad' THEN ARRAY['Nigdi', 'Pimpri', 'Chinchwad', 'Bhosari', 'Akurdi']
    WHEN 'Mumbai' THEN ARRAY['Andheri East', 'Powai', 'Lower Parel', 'Goregaon West', 'Dadar', 'Bhandup']
    WHEN 'Navi Mumbai' THEN ARRAY['Vashi', 'Turbhe MIDC', 'Airoli', 'Taloja MIDC', 'Nerul']
    WHEN 'Nashik' THEN ARRAY['Ambad MIDC', 'Satpur MIDC', 'College Road', 'Gangapur Road']
    WHEN 'Nagpur' THEN ARRAY['Butibori MIDC', 'Hingna MIDC', 'Dharampeth', 'Sitabuldi']
    WHEN 'Chhatrapati Sambhajinagar' THEN ARRAY['Waluj MIDC', 'Chikalthana MIDC', 'CIDCO N-5']
    WHEN 'Kolhapur' THEN ARRAY['Shiroli MIDC', 'Rajarampuri', 'Gokul Shirgaon']
    WHEN 'Bengaluru' THEN ARRAY['Peenya Industrial Area', 'Whitefield', 'Koramangala', 'Indiranagar', 'Jayanagar', 'Bommasandra']
    WHEN 'Mysuru' THEN ARRAY['Hebbal Industrial Area', 'Vijayanagar', 'Saraswathipuram']
    WHEN 'Hubballi' THEN ARRAY['Gokul Road', 'Tarihal Industrial Area', 'Vidyanagar']
    WHEN 'Ahmedabad' THEN ARRAY['GIDC Vatva', 'Naroda GIDC', 'Navrangpura', 'Satellite', 'Changodar']
    WHEN 'Vadodara' THEN ARRAY['Makarpura GIDC', 'Alkapuri', 'Por GIDC']
    WHEN 'Surat' THEN ARRAY['Sachin GIDC', 'Adajan', 'Udhna', 'Pandesara GIDC']
    WHEN 'Rajkot' THEN ARRAY['Aji GIDC', 'Kalawad Road', 'Shapar Veraval']
    WHEN 'Chennai' THEN ARRAY['Guindy Industrial Estate', 'Ambattur Industrial Estate', 'T. Nagar', 'Adyar', 'Sriperumbudur']
    WHEN 'Coimbatore' THEN ARRAY['Peelamedu', 'SIDCO Kurichi', 'RS Puram']
    WHEN 'New Delhi' THEN ARRAY['Okhla Industrial Area Phase II', 'Naraina Industrial Area', 'Lajpat Nagar', 'Karol Bagh', 'Mayapuri']
    WHEN 'Hyderabad' THEN ARRAY['IDA Jeedimetla', 'Banjara Hills', 'Madhapur', 'Cherlapally', 'Uppal']
    WHEN 'Kochi' THEN ARRAY['Kakkanad', 'Edappally', 'Kalamassery', 'Aroor']
    ELSE ARRAY['Kazhakoottam', 'Pattom', 'Vellayambalam'] END, tag || 'loc', i)
$$;

CREATE FUNCTION egen.street(tag text, i bigint, country text, city text, home boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE country
    WHEN 'India' THEN CASE CASE WHEN home THEN (ARRAY[1, 1, 4, 5])[1 + fixture_gen.n(tag || 'k', i, 4)] ELSE (ARRAY[0, 0, 2, 3, 4, 5])[1 + fixture_gen.n(tag || 'k', i, 6)] END
      WHEN 0 THEN 'Plot No. ' || (1 + fixture_gen.n(tag, i, 240))::text || CASE WHEN i % 4 = 0 THEN '-' || fixture_gen.pick(ARRAY['A', 'B', 'C'], tag, i) ELSE '' END || ', ' || egen.loc(tag, i, city)
      WHEN 1 THEN 'Flat ' || (101 + fixture_gen.n(tag, i, 12) * 100 + fixture_gen.n(tag || 'f', i, 8))::text || ', ' || fixture_gen.pick(ARRAY['Shanti Apartments', 'Sai Darshan Society', 'Green Valley Residency', 'Lotus Heights', 'Sunshine Towers', 'Gokul Nagar CHS', 'Prestige Lakeside', 'Kumar Pebble Park'], tag || 'b', i)
             || ', ' || egen.loc(tag, i, city)
      WHEN 2 THEN 'Shop No. ' || (1 + fixture_gen.n(tag, i, 40))::text || ', ' || fixture_gen.pick(ARRAY['Ganesh Market', 'Shivaji Chowk', 'Station Road', 'Main Bazaar', 'Gandhi Chowk'], tag, i) || ', ' || egen.loc(tag, i, city)
      WHEN 3 THEN 'Survey No. ' || (10 + fixture_gen.n(tag, i, 300))::text || '/' || (1 + fixture_gen.n(tag || 's', i, 9))::text || ', ' || egen.loc(tag, i, city)
      WHEN 4 THEN fixture_gen.pick(ARRAY['Gat No. ', 'H. No. ', 'Door No. '], tag || 'g', i) || (1 + fixture_gen.n(tag, i, 700))::text || ', ' || fixture_gen.pick(ARRAY['Near Datta Mandir', 'Opp. Bus Depot', 'Behind Reliance Mart', 'Near Railway Gate', 'Next to HP Petrol Pump'], tag, i) || ', ' || egen.loc(tag, i, city)
      ELSE '#' || (1 + fixture_gen.n(tag, i, 900))::text || ', ' || fixture_gen.pick(ARRAY['3rd Cross', '5th Main', '2nd Stage', '14th Cross, 2nd Phase'], tag || 'c', i) || ', ' || egen.loc(tag, i, city) END
    WHEN 'Germany' THEN fixture_gen.pick(ARRAY['Hauptstraße', 'Bahnhofstraße', 'Am Sandtorkai', 'Ludwig-Erhard-Straße', 'Industriestraße', 'Gewerbering', 'Lindenallee', 'Osterstraße'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 140))::text
    WHEN 'United Kingdom' THEN CASE WHEN NOT home AND i % 3 = 0 THEN 'Unit ' || (1 + fixture_gen.n(tag || 'n', i, 30))::text || ', ' || fixture_gen.pick(ARRAY['Aire Valley Business Park', 'Trafford Park', 'Tyseley Industrial Estate'], tag, i)
      ELSE (1 + fixture_gen.n(tag || 'n', i, 220))::text || ' ' || fixture_gen.pick(ARRAY['Station Road', 'High Street', 'Wellington Street', 'Kirkstall Road', 'Deansgate', 'Church Lane'], tag, i) END
    WHEN 'France' THEN (1 + fixture_gen.n(tag || 'n', i, 120))::text || ' ' || fixture_gen.pick(ARRAY['rue de la République', 'avenue Jean Jaurès', 'rue Garibaldi', 'boulevard de Strasbourg', 'rue des Entrepreneurs', 'chemin des Prés'], tag, i)
    WHEN 'Nigeria' THEN (1 + fixture_gen.n(tag || 'n', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['Adeola Odeku Street, Victoria Island', 'Awolowo Road, Ikoyi', 'Admiralty Way, Lekki Phase 1', 'Aminu Kano Crescent, Wuse II', 'Oba Akran Avenue, Ikeja'], tag, i)
    WHEN 'Japan' THEN fixture_gen.pick(ARRAY['Umeda', 'Nakanoshima', 'Minatomirai', 'Kitahama', 'Shin-Yokohama'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'a', i, 5))::text || '-' || (1 + fixture_gen.n(tag || 'b', i, 20))::text || '-' || (1 + fixture_gen.n(tag || 'c', i, 30))::text
    ELSE fixture_gen.pick(ARRAY['Office ', 'Warehouse ', 'Shop '], tag, i) || (1 + fixture_gen.n(tag || 'n', i, 60))::text || ', ' || fixture_gen.pick(ARRAY['Al Quoz Industrial Area 3', 'Jebel Ali Free Zone', 'Business Bay', 'Deira', 'Sharjah Airport Free Zone'], tag || 'z', i) END
$$;

-- Organizations: the customers' companies (hotels, dairies, cold stores, pharma) and the suppliers'.
CREATE FUNCTION egen.org(tag text, i bigint, country text, sup boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE country
    WHEN 'India' THEN CASE WHEN i % 11 = 0 THEN egen.ilast(tag || 'p', i) || fixture_gen.pick(CASE WHEN sup THEN ARRAY[' Roadlines', ' Refrigeration Works', ' & Sons', ' Brothers'] ELSE ARRAY[' & Sons', ' Brothers', ' Cold Storage', ' Enterprises', ' Dairy Farm'] END, tag || 's', i)
      WHEN NOT sup AND i % 13 = 0 THEN 'Hotel ' || fixture_gen.pick(ARRAY['Sai Palace', 'Rajdhani', 'Green Park', 'Blue Diamond', 'Sagar Residency', 'Kamat Lokaruchi'], tag, i)
      ELSE fixture_gen.pick(ARRAY['Sahyadri', 'Kaveri', 'Shree Ganesh', 'Indus', 'Vasundhara', 'Deccan', 'Suryodaya', 'Narmada', 'Trimurti', 'Annapurna', 'Konkan', 'Vindhya', 'Malabar',
             'Coromandel', 'Aravali', 'Nilgiri', 'Sai Krupa', 'Mahalaxmi', 'Omkar', 'Siddhivinayak', 'Krishna Valley', 'Pavitra', 'Amrut', 'Gomti'], tag, i) || ' '
        || CASE WHEN sup THEN fixture_gen.pick(ARRAY['Compressor Spares', 'Refrigeration Traders', 'Bearings Co.', 'Roadlines', 'Copper Tubes', 'Electricals', 'Packaging', 'Hardware Stores', 'Gas Agencies', 'Engineering Services'], tag || 't', i)
             ELSE fixture_gen.pick(ARRAY['Dairy', 'Cold Storage', 'Agro Foods', 'Pharma', 'Hotels', 'Auto Components', 'Ice Creams', 'Hospital', 'Frozen Foods', 'Breweries', 'Engineering Works', 'Supermarket', 'Seafoods', 'Bakers', 'Chemicals'], tag || 't', i) END
        || fixture_gen.pick(ARRAY[' Pvt. Ltd.', ' Pvt. Ltd.', ' Pvt. Ltd.', ' LLP', ' Ltd.', ''], tag || 'x', i) END
    WHEN 'Germany' THEN fixture_gen.pick(ARRAY['Nordlicht', 'Elbtal', 'Hanse', 'Rheinblick', 'Alpenglanz', 'Weserland', 'Falkenstein', 'Brückner', 'Seeblick', 'Lindenhof'], tag, i) || ' '
        || CASE WHEN sup THEN fixture_gen.pick(ARRAY['Kältetechnik', 'Kompressoren', 'Logistik', 'Industriebedarf'], tag || 't', i) ELSE fixture_gen.pick(ARRAY['Molkerei', 'Kühlhaus', 'Lebensmittel', 'Hotelbetriebe', 'Fleischwaren', 'Brauerei', 'Feinkost'], tag || 't', i) END
        || fixture_gen.pick(ARRAY[' GmbH', ' GmbH', ' GmbH & Co. KG', ' AG'], tag || 'x', i)
    WHEN 'United Kingdom' THEN fixture_gen.pick(ARRAY['Pennine', 'Thameside', 'Cotswold', 'Humber', 'Wessex', 'Mersey', 'Dales', 'Solent'], tag, i) || ' '
        || fixture_gen.pick(ARRAY['Foods', 'Cold Chain', 'Hotels', 'Dairies', 'Seafood', 'Brewing Co.'], tag || 't', i) || fixture_gen.pick(ARRAY[' Ltd', ' Ltd', ' plc', ' LLP'], tag || 'x', i)
    WHEN 'France' THEN fixture_gen.pick(ARRAY['Laiterie', 'Fromagerie', 'Glacier', 'Brasserie', 'Entrepôts frigorifiques', 'Hôtel'], tag, i) || ' '
        || fixture_gen.pick(ARRAY['du Rhône', 'de la Loire', 'Lumière', 'des Alpes', 'de Garonne', 'Saint-Michel'], tag || 't', i) || fixture_gen.pick(ARRAY[' SARL', ' SAS', ' SA'], tag || 'x', i)
    WHEN 'Nigeria' THEN fixture_gen.pick(ARRAY['Lekki', 'Eko', 'Niger Delta', 'Ikeja', 'Zuma', 'Savannah'], tag, i) || ' ' || fixture_gen.pick(ARRAY['Cold Rooms', 'Foods', 'Hotels', 'Dairies', 'Pharmaceuticals'], tag || 't', i)
        || fixture_gen.pick(ARRAY[' Ltd', ' Nigeria Ltd', ' Plc'], tag || 'x', i)
    WHEN 'Japan' THEN fixture_gen.pick(ARRAY['Sakura', 'Fuji', 'Kansai', 'Hoshino', 'Minato', 'Naniwa'], tag, i) || ' ' || fixture_gen.pick(ARRAY['Shokuhin', 'Reizo', 'Seiki', 'Foods', 'Hotel'], tag || 't', i)
        || fixture_gen.pick(ARRAY[' Co., Ltd.', ' K.K.'], tag || 'x', i)
    ELSE fixture_gen.pick(ARRAY['Al Noor', 'Gulf Star', 'Desert Rose', 'Al Safa', 'Emirates Crown', 'Palm'], tag, i) || ' '
        || fixture_gen.pick(ARRAY['Foodstuff Trading', 'Catering Services', 'Cold Stores', 'Hospitality', 'General Trading'], tag || 't', i) || ' LLC' END
$$;

CREATE FUNCTION egen.domain(org text, country text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(egen.fold(split_part(org, ' ', 1) || split_part(regexp_replace(org, '^(Hotel|Laiterie|Fromagerie|Glacier|Brasserie|Entrepôts) ', ''), ' ', 2)), '[^a-z0-9]', '', 'g')
      || CASE country WHEN 'India' THEN CASE WHEN length(org) % 3 = 0 THEN '.in' WHEN length(org) % 3 = 1 THEN '.co.in' ELSE '.com' END WHEN 'Germany' THEN '.de' WHEN 'United Kingdom' THEN '.co.uk'
           WHEN 'France' THEN '.fr' WHEN 'Nigeria' THEN '.com.ng' WHEN 'Japan' THEN '.co.jp' ELSE '.ae' END
$$;

-- UK VAT numbers (mod 97 over weights 8..2); DE and FR ones come from fixture_gen.vat.
CREATE FUNCTION egen.gbvat(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'GB' || d || lpad(((97 - (SELECT sum(substr(d, k, 1)::int * (9 - k)) FROM generate_series(1, 7) k)::int % 97) % 97)::text, 2, '0')
  FROM (SELECT (1 + fixture_gen.n(tag, i, 9))::text || egen.dg(tag || 'g', i, 6) AS d) x
$$;

CREATE TABLE egen.vat AS
SELECT substr(v, 1, 2) AS c, array_agg(v ORDER BY j) AS arr FROM (SELECT j, fixture_gen.vat('tvat', j) AS v FROM generate_series(1, 150) j) x GROUP BY 1;

CREATE FUNCTION egen.taxid(tag text, i bigint, country text, gst text, kind text, nm text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE country WHEN 'India' THEN CASE WHEN kind = 'P' THEN egen.ipan(tag, i, 'P', nm) ELSE egen.gstin(gst, egen.ipan(tag, i, kind, nm), (1 + i % 2)::text) END
    WHEN 'Germany' THEN (SELECT fixture_gen.pick(arr, tag, i) FROM egen.vat WHERE c = 'DE')
    WHEN 'France' THEN (SELECT fixture_gen.pick(arr, tag, i) FROM egen.vat WHERE c = 'FR')
    WHEN 'United Kingdom' THEN egen.gbvat(tag, i)
    WHEN 'Nigeria' THEN egen.dg(tag, i, 8) || '-0001'
    WHEN 'Japan' THEN 'T' || (1 + fixture_gen.n(tag, i, 9))::text || egen.dg(tag || 'j', i, 12)
    ELSE '100' || egen.dg(tag, i, 9) || '00003' END
$$;

-- Customers: 600, named by customer name (Selling Settings: cust_master_name = Customer Name), so that an
-- individual's document name, and every link to it, is the person's name. Each has a primary contact
-- (the person for individuals, someone at the company otherwise).
CREATE TABLE egen.cu AS
SELECT k, t.t AS terr, t.country, t.gst, ind, c.city, c.state, c.pre, c.len,
       egen.first('cuf', k, t.country = 'India') AS f, egen.last('cul', k, t.country = 'India') AS l,
       CASE WHEN NOT ind THEN egen.org('cuo', k, t.country, false) END AS org
FROM (SELECT k, fixture_gen.pick(ARRAY['Maharashtra', 'Maharashtra', 'Maharashtra', 'Maharashtra', 'Maharashtra', 'Maharashtra', 'Maharashtra', 'Karnataka', 'Karnataka',
        'Gujarat', 'Gujarat', 'Tamil Nadu', 'Delhi', 'Telangana', 'Kerala', 'Germany', 'Germany', 'United Kingdom', 'France', 'Nigeria', 'Japan', 'United Arab Emirates'], 'cuterr', k) AS tn
      FROM generate_series(1, 600) k) x
JOIN egen.terr t ON t.t = x.tn
CROSS JOIN LATERAL (SELECT (t.country = 'India' AND k % 5 IN (1, 3)) OR (t.country <> 'India' AND k % 9 = 4) AS ind) y
JOIN egen.city c ON c.terr = t.t AND c.idx = 1 + fixture_gen.n('cucity', k, (SELECT count(*)::int FROM egen.city c2 WHERE c2.terr = t.t));
ALTER TABLE egen.cu ADD COLUMN cname text, ADD COLUMN name text, ADD COLUMN dom text, ADD COLUMN email text, ADD COLUMN mobile text, ADD COLUMN tax text, ADD COLUMN details text;
UPDATE egen.cu SET cname = CASE WHEN ind THEN f || ' ' || l ELSE org END;
UPDATE egen.cu u SET name = u.cname || CASE WHEN d.rn > 1 THEN ' - ' || (d.rn - 1) ELSE '' END
FROM (SELECT k, row_number() OVER (PARTITION BY cname ORDER BY k) AS rn FROM egen.cu) d WHERE d.k = u.k;
UPDATE egen.cu SET dom = CASE WHEN NOT ind THEN egen.domain(org, country) END;
UPDATE egen.cu SET email = CASE WHEN ind THEN egen.pmail(f, l, country, 'cum', k)
                                ELSE CASE fixture_gen.n('cuem', k, 5) WHEN 0 THEN 'accounts@' WHEN 1 THEN 'purchase@' WHEN 2 THEN egen.fold(f) || '@'
                                       ELSE egen.fold(f) || '.' || egen.fold(l) || '@' END || dom END,
                   mobile = egen.mob('cumob', k, country),
                   tax = CASE WHEN country = 'India' AND ind THEN CASE WHEN k % 7 = 3 THEN egen.taxid('cutax', k, country, gst, 'P', l) END
                              WHEN country = 'India' AND (org LIKE '%&%' OR org LIKE '%Brothers' OR org LIKE '%LLP' OR org LIKE '% Enterprises' OR org LIKE '%Farm') THEN CASE WHEN k % 8 <> 5 THEN egen.taxid('cutax', k, country, gst, 'F', org) END
                              WHEN country = 'India' THEN CASE WHEN k % 8 <> 5 THEN egen.taxid('cutax', k, country, gst, 'C', org) END
                              WHEN ind THEN NULL ELSE egen.taxid('cutax', k, country, gst, 'C', org) END;
UPDATE egen.cu SET details = CASE WHEN ind THEN fixture_gen.pick(ARRAY[
      'Home cold room for the flower business. Call after 6 pm on ' || mobile || '.',
      'Referred by ' || egen.first('curef', k, country = 'India') || ' ' || egen.last('curefl', k, country = 'India') || ' (existing AMC customer).',
      CASE WHEN country = 'India' THEN 'Pays in cash at our counter. Wants a GST bill in the name of ' || f || ' ' || l || '.' ELSE 'Holiday home, only there in summer. Invoice to ' || f || ' ' || l || ' by email.' END,
      'Deep freezer for a home bakery; ' || CASE WHEN egen.female(f) THEN 'her husband ' || egen.ifirst_g('cuhus', k, false) ELSE 'his wife ' || egen.ifirst_g('cuwif', k, true) END || ' usually picks up the phone.',
      'Retired, lives alone. Visit only with an appointment; daughter''s number ' || egen.mob('cudau', k, country) || '.'], 'cudet', k)
    WHEN country <> 'India' THEN fixture_gen.pick(ARRAY[
      'Payment by bank transfer only, 30 days net.',
      'Plant manager is ' || egen.first('cupm', k, false) || ' ' || egen.last('cupml', k, false) || ' (' || egen.mob('cupmm', k, country) || '); head office handles the POs.',
      'AMC customer since 2022: two scroll compressors at the plant, one at the warehouse.',
      'Send invoices to accounts and copy the purchase head.',
      'Security at the gate needs the engineer''s passport and a visit letter a day before.'], 'cudet', k)
    ELSE fixture_gen.pick(ARRAY[
      'Payment only by cheque, collected by our rep every Friday.',
      'Plant manager is ' || egen.first('cupm', k, country = 'India') || ' ' || egen.last('cupml', k, country = 'India') || ' (' || egen.mob('cupmm', k, country) || '); head office handles the POs.',
      'AMC customer since 2019: two scroll compressors at the plant, one at the warehouse.',
      'Credit limit raised to 5 lakh on MD approval, see email of 12 March.',
      'Send invoices to accounts and copy the purchase head.',
      'GST registration was cancelled in 2023, confirm before invoicing.',
      'Security at the gate needs the engineer''s Aadhaar and a visit letter a day before.'], 'cudet', k) END
WHERE k % 6 = 0;

CREATE UNIQUE INDEX ON egen.cu (k);
-- Company customers in order (second contacts, shipping addresses).
CREATE TABLE egen.cuc AS SELECT row_number() OVER (ORDER BY k)::int AS cj, k FROM egen.cu WHERE NOT ind;

-- Suppliers: 120, a third of them freelance engineers and drivers (individuals).
CREATE TABLE egen.su AS
SELECT k, country, ind, f, l, CASE WHEN ind THEN f || ' ' || l ELSE egen.org('suo', k, country, true) END AS sname,
       CASE WHEN ind THEN fixture_gen.pick(ARRAY['Freelancers', 'Freelancers', 'Services', 'Transporters'], 'sugr', k)
            ELSE fixture_gen.pick(ARRAY['Raw Material', 'Hardware', 'Distributor', 'Services', 'Transporters', 'Local'], 'sugr', k) END AS grp,
       CASE WHEN country = 'India' THEN fixture_gen.pick(ARRAY['27', '27', '27', '29', '24', '33'], 'sust', k) END AS gst
FROM (SELECT k, CASE WHEN k % 10 = 9 THEN 'Germany' ELSE 'India' END AS country, k % 3 = 0 AS ind,
             egen.first('suf', k, k % 10 <> 9) AS f, egen.last('sul', k, k % 10 <> 9) AS l FROM generate_series(1, 120) k) x;
ALTER TABLE egen.su ADD COLUMN name text, ADD COLUMN email text, ADD COLUMN mobile text, ADD COLUMN tax text;
UPDATE egen.su u SET name = u.sname || CASE WHEN d.rn > 1 THEN ' - ' || (d.rn - 1) ELSE '' END
FROM (SELECT k, row_number() OVER (PARTITION BY sname ORDER BY k) AS rn FROM egen.su) d WHERE d.k = u.k;
UPDATE egen.su SET email = CASE WHEN ind THEN egen.pmail(f, l, country, 'sum', k) ELSE fixture_gen.pick(ARRAY['sales@', 'info@', 'orders@', egen.fold(f) || '@'], 'suem', k) || egen.domain(sname, country) END,
                   mobile = egen.mob('sumob', k, country),
                   tax = CASE WHEN country = 'Germany' THEN egen.taxid('sutax', k, country, NULL, 'C', sname)
                              WHEN ind THEN egen.ipan('sutax', k, 'P', l)
                              WHEN k % 5 = 2 THEN NULL ELSE egen.taxid('sutax', k, country, gst, CASE WHEN sname LIKE '%Pvt%' OR sname LIKE '%Ltd%' THEN 'C' ELSE 'F' END, sname) END;

-- Employees: 1-90 in Pune (Tidewater Trading & Services Pvt. Ltd., TTS), 91-120 in Hamburg
-- (Tidewater Handel GmbH, THG). 1-38 and 91-100 have a desk login (System User).
CREATE TABLE egen.em AS
SELECT k, india, comp, f, l, f || ' ' || l AS fn, CASE WHEN egen.female(f) THEN 'Female' ELSE 'Male' END AS gender,
       CASE WHEN k = 1 OR k = 91 THEN 'Management' WHEN k = 2 THEN 'Management' WHEN k BETWEEN 3 AND 12 OR k BETWEEN 92 AND 95 THEN 'Sales'
            WHEN k BETWEEN 13 AND 18 OR k IN (96, 97) THEN 'Accounts' WHEN k BETWEEN 19 AND 21 THEN 'HR' WHEN k BETWEEN 22 AND 32 OR k BETWEEN 98 AND 100 THEN 'Service'
            WHEN k BETWEEN 33 AND 36 THEN 'Purchase' WHEN k IN (37, 38) THEN 'IT' ELSE 'Operations' END AS dept,
       (k <= 38 OR k BETWEEN 91 AND 100) AS staff
FROM (SELECT k, k <= 90 AS india, CASE WHEN k <= 90 THEN 'TTS' ELSE 'THG' END AS comp,
             egen.first('emf', k, k <= 90 AND k % 7 <> 3), egen.last('eml', k, k <= 90 AND k % 7 <> 3) FROM generate_series(1, 120) k) x(k, india, comp, f, l);
ALTER TABLE egen.em ADD COLUMN email text, ADD COLUMN desig text;
UPDATE egen.em SET email = egen.fold(f) || '.' || egen.fold(l) || '@' || CASE WHEN india THEN 'tidewater-trading.in' ELSE 'tidewater-handel.de' END WHERE staff;
UPDATE egen.em u SET email = replace(u.email, '@', d.rn::text || '@') FROM (SELECT k, row_number() OVER (PARTITION BY email ORDER BY k) AS rn FROM egen.em WHERE staff) d WHERE d.k = u.k AND d.rn > 1;
UPDATE egen.em SET desig = CASE WHEN k IN (1, 91) THEN 'Managing Director' WHEN k = 2 THEN 'Director - Operations'
    WHEN dept = 'Sales' THEN fixture_gen.pick(ARRAY['Sales Executive', 'Sales Executive', 'Key Account Manager', 'Sales Manager', 'Inside Sales Coordinator'], 'edes', k)
    WHEN dept = 'Accounts' THEN fixture_gen.pick(ARRAY['Accountant', 'Accounts Executive', 'Finance Manager', 'Accounts Executive'], 'edes', k)
    WHEN dept = 'HR' THEN fixture_gen.pick(ARRAY['HR Executive', 'HR Manager'], 'edes', k)
    WHEN dept = 'Service' THEN fixture_gen.pick(ARRAY['Service Engineer', 'Service Engineer', 'Senior Service Engineer', 'Service Manager', 'Service Coordinator'], 'edes', k)
    WHEN dept = 'Purchase' THEN fixture_gen.pick(ARRAY['Purchase Executive', 'Store Keeper', 'Purchase Manager'], 'edes', k)
    WHEN dept = 'IT' THEN 'ERP Administrator'
    ELSE fixture_gen.pick(ARRAY['Technician', 'Technician', 'Technician', 'Helper', 'Driver', 'Store Assistant', 'Office Assistant', 'Field Technician - Trainee'], 'edes', k) END;

CREATE UNIQUE INDEX ON egen.em (k);
CREATE INDEX ON egen.em (email);
-- Staff by department, for owner/modified_by and assignments.
-- (departments are Pune's; THG is Hamburg's whole staff, who handle the European customers).
CREATE TABLE egen.sd AS SELECT dept, array_agg(email ORDER BY k) AS arr FROM egen.em WHERE staff AND india GROUP BY dept
  UNION ALL SELECT 'THG', array_agg(email ORDER BY k) FROM egen.em WHERE staff AND NOT india
  UNION ALL SELECT 'any', array_agg(email ORDER BY k) FROM egen.em WHERE staff;
CREATE FUNCTION egen.st(d text, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT fixture_gen.pick(arr, tag, i) FROM egen.sd WHERE dept = d $$;
CREATE FUNCTION egen.stc(d text, country text, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT egen.st(CASE WHEN country IN ('Germany', 'United Kingdom', 'France') THEN 'THG' ELSE d END, tag, i) $$;
CREATE FUNCTION egen.fullname(email text) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT coalesce((SELECT fn FROM egen.em WHERE em.email = $1), $1) $$;

-- Contacts: 1-600 the customers' primary contacts, 601-800 second contacts at company customers,
-- 801-900 the suppliers' (the freelancer themselves for individuals).
CREATE TABLE egen.ct AS
SELECT j, 'Customer' AS ldt, u.name AS link, u.cname AS ltitle, u.f, CASE WHEN NOT u.ind AND j % 19 = 0 THEN NULL ELSE u.l END AS l, u.country,
       CASE WHEN NOT u.ind THEN fixture_gen.pick(ARRAY['Purchase Manager', 'Maintenance Head', 'Accounts Executive', 'Plant Manager', 'Owner', 'Director', 'Executive Chef', 'Admin Manager', 'Stores In-charge', NULL], 'ctdes', j) END AS desig,
       u.org AS cname, u.email, u.mobile, u.k AS ref
FROM generate_series(1, 600) j JOIN egen.cu u ON u.k = j
UNION ALL
SELECT j, 'Customer', u.name, u.cname, egen.first('ct2f', j, u.country = 'India'), CASE WHEN j % 17 = 0 THEN NULL ELSE egen.last('ct2l', j, u.country = 'India') END, u.country,
       fixture_gen.pick(ARRAY['Maintenance Engineer', 'Accounts Manager', 'Purchase Officer', 'General Manager', 'Shift Supervisor', 'Quality Head', NULL], 'ctdes', j), u.org,
       NULL, egen.mob('ct2m', j, u.country), u.k
FROM generate_series(601, 800) j JOIN egen.cuc c ON c.cj = 1 + fixture_gen.n('ct2c', j, (SELECT count(*)::int FROM egen.cuc)) JOIN egen.cu u ON u.k = c.k
UNION ALL
SELECT j, 'Supplier', s.name, s.sname, CASE WHEN s.ind THEN s.f ELSE egen.first('ct3f', j, s.country = 'India') END, CASE WHEN s.ind THEN s.l ELSE egen.last('ct3l', j, s.country = 'India') END, s.country,
       CASE WHEN NOT s.ind THEN fixture_gen.pick(ARRAY['Sales Manager', 'Proprietor', 'Dispatch', 'Accounts', NULL], 'ctdes', j) END, CASE WHEN NOT s.ind THEN s.sname END, s.email, s.mobile, s.k
FROM generate_series(801, 900) j JOIN egen.su s ON s.k = j - 800;
UPDATE egen.ct c SET email = CASE WHEN c.j % 4 = 0 THEN egen.pmail(c.f, coalesce(c.l, 'x'), c.country, 'ct2e', c.j)
                                  ELSE egen.fold(c.f) || coalesce('.' || egen.fold(c.l), '') || '@' || u.dom END
FROM egen.cu u WHERE c.j > 600 AND c.j <= 800 AND u.k = c.ref;
ALTER TABLE egen.ct ADD COLUMN fn text, ADD COLUMN name text;
UPDATE egen.ct SET fn = f || coalesce(' ' || l, '');
UPDATE egen.ct c SET name = c.fn || '-' || c.link || CASE WHEN d.rn > 1 THEN '-' || (d.rn - 1) ELSE '' END
FROM (SELECT j, row_number() OVER (PARTITION BY fn, link ORDER BY j) AS rn FROM egen.ct) d WHERE d.j = c.j;

CREATE UNIQUE INDEX ON egen.ct (j);
-- Addresses: customers' billing addresses, a second (shipping, plant, warehouse) for some companies,
-- suppliers' and the two companies' own.
CREATE TABLE egen.ad AS
SELECT row_number() OVER (ORDER BY src, k)::int AS a, * FROM (
  SELECT 1 AS src, u.k, 'Customer' AS ldt, u.name AS link, u.cname AS title, CASE WHEN u.ind AND u.k % 3 = 0 THEN 'Personal' ELSE 'Billing' END AS atype,
         egen.street('adst', u.k, u.country, u.city, u.ind) AS line1, u.city, u.state, egen.pin('adpin', u.k, u.pre, u.len) AS pin, u.country, u.email, u.mobile
  FROM egen.cu u WHERE u.k % 10 <> 7
  UNION ALL
  SELECT 2, u.k, 'Customer', u.name, u.cname, fixture_gen.pick(ARRAY['Shipping', 'Plant', 'Warehouse', 'Shipping'], 'ad2t', u.k), egen.street('ad2st', u.k, u.country, c.city, false), c.city, c.state,
         egen.pin('ad2pin', u.k, c.pre, c.len), u.country, NULL, NULL
  FROM egen.cu u JOIN egen.city c ON c.terr = u.terr AND c.idx = 1 + fixture_gen.n('ad2c', u.k, (SELECT count(*)::int FROM egen.city c2 WHERE c2.terr = u.terr))
  WHERE NOT u.ind AND u.k % 4 = 0
  UNION ALL
  SELECT 3, s.k, 'Supplier', s.name, s.sname, 'Billing', egen.street('adsst', s.k, s.country, c.city, s.ind), c.city, c.state, egen.pin('adsp', s.k, c.pre, c.len), s.country, s.email, s.mobile
  FROM egen.su s JOIN egen.city c ON c.terr = CASE WHEN s.country = 'India' THEN 'Maharashtra' ELSE 'Germany' END AND c.idx = CASE WHEN s.country = 'India' THEN (ARRAY[1, 2, 3, 3, 4, 5])[1 + s.k % 6] ELSE 1 END
  WHERE s.k % 2 = 0) x;
-- Leads: 800 enquiries (web form, calls, exhibitions); web-form leads are created by Guest.
CREATE TABLE egen.ld AS
SELECT k, country, f, l, f || ' ' || l AS fn, org, src, egen.ts('ldcr', k) AS cr FROM (
  SELECT k, c AS country, egen.first('ldf', k, c = 'India') AS f, egen.last('ldl', k, c = 'India') AS l,
         CASE WHEN k % 20 < 13 THEN egen.org('ldo', k, c, false) END AS org,
         fixture_gen.pick(ARRAY['Website', 'Website', 'Website', 'Cold Calling', 'Existing Customer', 'Reference', 'Exhibition', 'Advertisement', 'Walk In', 'Campaign'], 'ldsrc', k) AS src
  FROM (SELECT k, fixture_gen.pick(ARRAY['India', 'India', 'India', 'India', 'India', 'India', 'India', 'India', 'Germany', 'United Kingdom', 'Nigeria', 'United Arab Emirates'], 'ldc', k) AS c
        FROM generate_series(1, 800) k) x) y;
ALTER TABLE egen.ld ADD COLUMN name text, ADD COLUMN email text, ADD COLUMN mobile text, ADD COLUMN owner text;
UPDATE egen.ld u SET name = 'CRM-LEAD-' || extract(year FROM u.cr) || '-' || lpad(d.rn::text, 5, '0')
FROM (SELECT k, row_number() OVER (PARTITION BY extract(year FROM cr) ORDER BY cr, k) AS rn FROM egen.ld) d WHERE d.k = u.k;
UPDATE egen.ld SET email = CASE WHEN k % 10 = 3 THEN NULL WHEN org IS NOT NULL AND k % 3 <> 0 THEN egen.fold(f) || CASE WHEN k % 2 = 0 THEN '.' || egen.fold(l) ELSE '' END || '@' || egen.domain(org, country)
                                ELSE egen.pmail(f, l, country, 'ldm', k) END,
                   mobile = CASE WHEN k % 8 <> 5 THEN egen.mob('ldmob', k, country) END,
                   owner = CASE WHEN src = 'Website' THEN 'Guest' ELSE egen.stc('Sales', country, 'ldow', k) END;

CREATE UNIQUE INDEX ON egen.ld (k);

-- Items: what a compressor and cold-chain trader sells, and its services.
CREATE TABLE egen.it (idx int, code text, iname text, grp text, descr text, rate numeric, svc boolean);
INSERT INTO egen.it SELECT row_number() OVER ()::int, * FROM (VALUES
  ('CMP-SC10-3PH', 'Scroll Compressor 10 HP 3-Phase', 'Compressors', 'Hermetic scroll compressor, 10 HP, 415 V 3-phase, R404A/R448A, with crankcase heater.', 148000, false),
  ('CMP-SC15-3PH', 'Scroll Compressor 15 HP 3-Phase', 'Compressors', 'Hermetic scroll compressor, 15 HP, 415 V 3-phase, R404A/R448A, with crankcase heater.', 212000, false),
  ('CMP-SR07-1PH', 'Semi-Hermetic Compressor 7.5 HP', 'Compressors', 'Semi-hermetic reciprocating compressor for cold rooms, 7.5 HP.', 129500, false),
  ('CMP-SCR-40', 'Screw Compressor 40 HP', 'Compressors', 'Open-type screw compressor package for blast freezers, 40 HP, with oil separator.', 685000, false),
  ('CDU-5HP-OUT', 'Condensing Unit 5 HP Outdoor', 'Compressors', 'Air-cooled outdoor condensing unit, 5 HP, with pressure switches and weather cover.', 96500, false),
  ('PMP-CF-2HP', 'Centrifugal Pump 2 HP', 'Pumps', 'Monoblock centrifugal pump, 2 HP, cast iron body, for cooling tower circulation.', 18400, false),
  ('PMP-CF-5HP', 'Centrifugal Pump 5 HP', 'Pumps', 'Monoblock centrifugal pump, 5 HP, cast iron body.', 31200, false),
  ('PMP-GLY-1HP', 'Glycol Circulation Pump 1 HP', 'Pumps', 'Inline glycol pump with mechanical seal, 1 HP.', 22750, false),
  ('VLV-BF-100', 'Butterfly Valve DN100', 'Valves & Fittings', 'Wafer-type butterfly valve DN100, PN16, lever operated.', 4850, false),
  ('VLV-SOL-12', 'Solenoid Valve 1/2 in', 'Valves & Fittings', 'Normally closed refrigerant solenoid valve, 1/2 in flare, 230 V coil.', 3150, false),
  ('TXV-12KW', 'Thermostatic Expansion Valve 12 kW', 'Valves & Fittings', 'Thermostatic expansion valve with orifice for 12 kW, external equalizer.', 6900, false),
  ('BRG-6204-2RS', 'Deep Groove Ball Bearing 6204-2RS', 'Spares', 'Sealed deep groove ball bearing 6204-2RS.', 240, false),
  ('BRG-6306-ZZ', 'Deep Groove Ball Bearing 6306-ZZ', 'Spares', 'Shielded deep groove ball bearing 6306-ZZ.', 610, false),
  ('GSK-KIT-SC15', 'Gasket Kit for SC15', 'Spares', 'Complete gasket and O-ring kit for the 15 HP scroll compressor.', 3800, false),
  ('FLT-DRY-164', 'Filter Drier 164 (5/8 in)', 'Spares', 'Liquid line filter drier, 16 cu in, 5/8 in flare.', 1450, false),
  ('FLT-AIR-450', 'Air Filter Element 450 mm', 'Spares', 'Pleated air filter element for screw compressor intake, 450 mm.', 2900, false),
  ('CTL-DIXELL-XR', 'Digital Temperature Controller', 'Spares', 'Digital cold room controller with two probes and defrost relay.', 4200, false),
  ('CTL-PNL-PLC', 'Control Panel with PLC', 'Spares', 'Control panel with PLC, HMI, star-delta starter and phase protection.', 78000, false),
  ('FAN-EVP-450', 'Evaporator Fan Motor 450 mm', 'Spares', 'Evaporator fan motor with 450 mm blade, 230 V.', 5600, false),
  ('OIL-POE-68-20L', 'POE Compressor Oil ISO 68 (20 L)', 'Consumables', 'Polyolester compressor oil, ISO VG 68, 20 litre can.', 16800, false),
  ('OIL-MIN-46-5L', 'Mineral Compressor Oil ISO 46 (5 L)', 'Consumables', 'Mineral refrigeration oil, ISO VG 46, 5 litre can.', 2650, false),
  ('RFG-R404A-10', 'Refrigerant R404A (10.9 kg)', 'Refrigerants', 'R404A refrigerant, 10.9 kg disposable cylinder.', 13500, false),
  ('RFG-R134A-13', 'Refrigerant R134a (13.6 kg)', 'Refrigerants', 'R134a refrigerant, 13.6 kg disposable cylinder.', 11200, false),
  ('RFG-R448A-11', 'Refrigerant R448A (11.3 kg)', 'Refrigerants', 'R448A low-GWP refrigerant, 11.3 kg cylinder.', 21800, false),
  ('CU-PIPE-58', 'Copper Pipe 5/8 in (per m)', 'Valves & Fittings', 'ACR copper pipe, 5/8 in, sold per metre.', 540, false),
  ('CU-PIPE-78', 'Copper Pipe 7/8 in (per m)', 'Valves & Fittings', 'ACR copper pipe, 7/8 in, sold per metre.', 790, false),
  ('INS-NBR-19', 'Nitrile Rubber Insulation 19 mm (2 m)', 'Insulation', 'Closed-cell nitrile rubber tube insulation, 19 mm wall, 2 m length.', 610, false),
  ('PUF-PNL-80', 'PUF Panel 80 mm (per sq m)', 'Insulation', 'Cold room PUF sandwich panel, 80 mm, pre-painted GI both sides.', 2350, false),
  ('DOOR-CR-HNG', 'Cold Room Hinged Door 900x1900', 'Insulation', 'Hinged cold room door 900 x 1900 mm with heater wire and lock.', 46500, false),
  ('SRV-AMC-COMP', 'Annual Maintenance Contract - Compressor', 'AMC', 'Annual maintenance contract for one compressor: four preventive visits, breakdown calls within 24 hours.', 36000, true),
  ('SRV-AMC-CR', 'Annual Maintenance Contract - Cold Room', 'AMC', 'Annual maintenance contract for one cold room: monthly visits, controller calibration.', 54000, true),
  ('SRV-INST', 'Installation & Commissioning', 'Installation', 'Installation, vacuuming, gas charging and commissioning at site.', 18500, true),
  ('SRV-VISIT', 'Breakdown Service Visit', 'Installation', 'Breakdown service visit within city limits, first two hours.', 2500, true),
  ('SRV-ENG-HR', 'Service Engineer (per hour)', 'Installation', 'Additional service engineer time, per hour.', 950, true),
  ('SRV-GAS-CHG', 'Gas Charging (per kg)', 'Installation', 'Leak test and refrigerant charging, labour per kg charged.', 650, true),
  ('SRV-TRAIN', 'Operator Training (per day)', 'Installation', 'On-site operator training, one day, up to eight people.', 12000, true),
  ('SRV-TRANS', 'Transportation Charges', 'Installation', 'Transportation of equipment to site.', 3500, true),
  ('SRV-RENT-CDU', 'Condensing Unit Rental (per month)', 'AMC', 'Standby condensing unit on rent during repairs, per month.', 14000, true)) v;

CREATE TABLE "tabCompany" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    company_name varchar(140), abbr varchar(140), default_currency varchar(140), tax_id varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabCompany" VALUES
  ('Tidewater Trading & Services Pvt. Ltd.', '2019-04-02 11:42:17.382915', '2024-04-01 09:12:44.103225', 'vikram.agarwal@tidewater-trading.in', 'Administrator', 0, 0,
   'Tidewater Trading & Services Pvt. Ltd.', 'TTS', 'INR', egen.gstin('27', egen.ipan('tts', 1, 'C', 'Tidewater'), '1'), NULL, NULL, NULL, NULL),
  ('Tidewater Handel GmbH', '2022-09-14 16:03:51.004412', '2023-01-09 10:27:38.771034', 'fatima.park@tidewater-handel.de', 'vikram.agarwal@tidewater-trading.in', 0, 0,
   'Tidewater Handel GmbH', 'THG', 'EUR', (SELECT arr[3] FROM egen.vat WHERE c = 'DE'), NULL, NULL, NULL, NULL);

CREATE TABLE "tabTerritory" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    territory_name varchar(140), parent_territory varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabTerritory"
SELECT t, cr, cr + make_interval(days => CASE WHEN parent IS NULL THEN 0 ELSE 3 END), CASE WHEN o = 'Administrator' THEN o ELSE egen.st('Sales', 'trm', r) END, o, 0, 0, t, parent, NULL, NULL, NULL, NULL
FROM (SELECT t, parent, row_number() OVER (ORDER BY parent NULLS FIRST, t) AS r,
             CASE WHEN t IN ('All Territories', 'India', 'Rest Of The World') THEN timestamp '2019-04-02 11:41:02.551873' ELSE timestamp '2019-04-10 15:20:00' + make_interval(days => length(t) * 31) END AS cr,
             CASE WHEN t IN ('All Territories', 'India', 'Rest Of The World', 'Maharashtra') THEN 'Administrator' ELSE 'karthik.deshpande@tidewater-trading.in' END AS o FROM egen.terr) x;

CREATE TABLE "tabItem Group" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    item_group_name varchar(140), parent_item_group varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabItem Group"
SELECT g, timestamp '2019-04-02 11:41:03.127' + make_interval(mins => r * 7), timestamp '2019-04-02 11:41:03.127' + make_interval(days => r * 11), CASE WHEN r <= 6 THEN 'Administrator' ELSE 'rohan.chatterjee@tidewater-trading.in' END,
       CASE WHEN r <= 6 THEN 'Administrator' ELSE 'rohan.chatterjee@tidewater-trading.in' END, 0, 0, g, p, NULL, NULL, NULL, NULL
FROM (SELECT row_number() OVER ()::int AS r, g, p FROM (VALUES ('All Item Groups', NULL), ('Products', 'All Item Groups'), ('Raw Material', 'All Item Groups'), ('Services', 'All Item Groups'),
        ('Sub Assemblies', 'All Item Groups'), ('Consumable', 'All Item Groups'), ('Compressors', 'Products'), ('Pumps', 'Products'), ('Valves & Fittings', 'Products'), ('Spares', 'Products'),
        ('Refrigerants', 'Products'), ('Consumables', 'Products'), ('Insulation', 'Products'), ('AMC', 'Services'), ('Installation', 'Services')) v(g, p)) x;

CREATE TABLE "tabItem" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    item_code varchar(140), item_name varchar(140), item_group varchar(140), description text,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabItem"
SELECT code, egen.ts('itcr', idx) - interval '2 years', egen.ts('itcr', idx) + make_interval(days => idx * 5) - interval '1 year', egen.st('Purchase', 'itmb', idx), egen.st('Purchase', 'itow', idx), 0, 0,
       code, iname, grp, '<div><p>' || descr || '</p></div>',
       CASE WHEN idx % 9 = 0 THEN ',Fast Moving' WHEN idx % 13 = 0 THEN ',Import,Long Lead Time' END, NULL, NULL,
       CASE WHEN idx % 11 = 0 THEN '["' || egen.st('Sales', 'itlk', idx) || '"]' END
FROM egen.it;

CREATE TABLE "tabPrice List" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    price_list_name varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabPrice List" VALUES
  ('Standard Buying', '2019-04-02 11:41:04.801203', '2019-04-02 11:41:04.801203', 'Administrator', 'Administrator', 0, 0, 'Standard Buying', NULL, NULL, NULL, NULL),
  ('Standard Selling', '2019-04-02 11:41:04.822519', '2021-06-18 12:05:33.218400', 'karthik.deshpande@tidewater-trading.in', 'Administrator', 0, 0, 'Standard Selling', NULL, NULL, NULL, NULL),
  ('Dealer Price 2024', '2024-03-28 17:44:09.660182', '2024-04-02 10:15:27.903551', 'karthik.deshpande@tidewater-trading.in', 'karthik.deshpande@tidewater-trading.in', 0, 0, 'Dealer Price 2024', ',Dealers', NULL, NULL, NULL),
  ('Export EUR', '2022-09-20 14:31:55.120937', '2023-02-14 09:02:11.477300', 'fatima.park@tidewater-handel.de', 'fatima.park@tidewater-handel.de', 0, 0, 'Export EUR', NULL, NULL, NULL, NULL);

CREATE TABLE "tabItem Price" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    item_code varchar(140), price_list varchar(140), price_list_rate decimal(21,9) NOT NULL DEFAULT 0, customer varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabItem Price"
SELECT egen.h('ip', r), egen.ts('ipcr', r), egen.ts('ipcr', r) + make_interval(days => (r % 40)::int), egen.st(CASE WHEN pl = 'Standard Buying' THEN 'Purchase' WHEN pl = 'Export EUR' THEN 'THG' ELSE 'Sales' END, 'ipmb', r),
       egen.st(CASE WHEN pl = 'Standard Buying' THEN 'Purchase' WHEN pl = 'Export EUR' THEN 'THG' ELSE 'Sales' END, 'ipow', r), 0, 0, code, pl, round(rate, 2), cust, NULL, NULL, NULL, NULL
FROM (SELECT row_number() OVER (ORDER BY pl, i.idx) AS r, i.code, pl.pl, CASE pl.pl WHEN 'Standard Buying' THEN i.rate * 0.72 WHEN 'Dealer Price 2024' THEN i.rate * 0.88 WHEN 'Export EUR' THEN i.rate / 88.5 ELSE i.rate END AS rate, NULL::text AS cust
      FROM egen.it i CROSS JOIN (VALUES ('Standard Selling'), ('Standard Buying'), ('Dealer Price 2024'), ('Export EUR')) pl(pl)
      WHERE pl.pl IN ('Standard Selling', 'Standard Buying') OR (pl.pl = 'Dealer Price 2024' AND NOT i.svc) OR (pl.pl = 'Export EUR' AND i.idx % 3 = 0)
      UNION ALL
      SELECT 1000 + g.k, i.code, 'Standard Selling', i.rate * (0.8 + fixture_gen.n('ipcd', g.k, 15) / 100.0), u.name
      FROM generate_series(1, 45) g(k) JOIN egen.it i ON i.idx = 1 + fixture_gen.n('ipci', g.k, 38) JOIN egen.cu u ON u.k = 1 + fixture_gen.n('ipcu', g.k, 600)) x;

CREATE TABLE "tabCustomer" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    customer_name varchar(140), customer_type varchar(140) DEFAULT 'Company', territory varchar(140), tax_id varchar(140),
    mobile_no varchar(140), email_id varchar(140), customer_details text,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabCustomer"
SELECT name, egen.ts('cucr', k), egen.ts('cucr', k) + make_interval(days => fixture_gen.n('cumd', k, 400), secs => fixture_gen.n('cums', k, 80000)),
       egen.stc(CASE WHEN k % 4 = 0 THEN 'Accounts' ELSE 'Sales' END, country, 'cumb', k), egen.stc('Sales', country, 'cuow', k), 0, 0,
       cname, CASE WHEN ind THEN 'Individual' ELSE 'Company' END, terr, tax,
       CASE WHEN k % 10 <> 4 THEN mobile END, CASE WHEN k % 12 <> 7 THEN email END, details,
       CASE WHEN k % 17 = 0 THEN ',VIP' WHEN k % 23 = 0 THEN ',AMC' WHEN k % 29 = 0 THEN ',Slow Payer' END, NULL, NULL,
       CASE WHEN k % 41 = 0 THEN '["' || egen.st('Sales', 'culk', k) || '"]' END
FROM egen.cu;

CREATE TABLE "tabSupplier" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    supplier_name varchar(140), supplier_group varchar(140), tax_id varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabSupplier"
SELECT name, egen.ts('sucr', k), egen.ts('sucr', k) + make_interval(days => fixture_gen.n('sumd', k, 300)), egen.stc(CASE WHEN k % 3 = 0 THEN 'Accounts' ELSE 'Purchase' END, country, 'sumb', k),
       egen.stc('Purchase', country, 'suow', k), 0, 0, sname, grp, tax, CASE WHEN k % 19 = 0 THEN ',Blocked' END, NULL, NULL, NULL
FROM egen.su;

CREATE TABLE "tabContact" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    first_name varchar(140), last_name varchar(140), full_name varchar(140), designation varchar(140), email_id varchar(140), mobile_no varchar(140), company_name varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabContact"
SELECT name, egen.ts('ctcr', j), egen.ts('ctcr', j) + make_interval(days => fixture_gen.n('ctmd', j, 200)), CASE WHEN j % 9 = 0 AND j <= 600 AND email IS NOT NULL THEN email ELSE egen.stc(CASE WHEN ldt = 'Supplier' THEN 'Purchase' ELSE 'Sales' END, country, 'ctmb', j) END,
       egen.stc(CASE WHEN ldt = 'Supplier' THEN 'Purchase' ELSE 'Sales' END, country, 'ctow', j), 0, 0,
       f, l, fn, desig, CASE WHEN j % 15 <> 8 THEN email END, CASE WHEN j % 11 <> 6 THEN mobile END, cname, NULL, NULL, NULL, NULL
FROM egen.ct;

CREATE TABLE "tabContact Email" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    email_id varchar(140), is_primary smallint NOT NULL DEFAULT 0,
    parent varchar(140), parentfield varchar(140), parenttype varchar(140)
);
INSERT INTO "tabContact Email"
SELECT egen.h('cte' || e, c.j), t.creation, t.modified, t.modified_by, t.owner, 0, e, CASE WHEN e = 1 THEN t.email_id ELSE egen.pmail(c.f, coalesce(c.l, 'x'), c.country, 'cte2', c.j) END,
       CASE WHEN e = 1 THEN 1 ELSE 0 END, c.name, 'email_ids', 'Contact'
FROM egen.ct c JOIN "tabContact" t ON t.name = c.name CROSS JOIN generate_series(1, 2) e
WHERE t.email_id IS NOT NULL AND (e = 1 OR c.j % 7 = 0);

CREATE TABLE "tabContact Phone" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    phone varchar(140), is_primary_phone smallint NOT NULL DEFAULT 0, is_primary_mobile_no smallint NOT NULL DEFAULT 0,
    parent varchar(140), parentfield varchar(140), parenttype varchar(140)
);
INSERT INTO "tabContact Phone"
SELECT egen.h('ctp' || e, c.j), t.creation, t.modified, t.modified_by, t.owner, 0, row_number() OVER (PARTITION BY c.j ORDER BY e),
       CASE WHEN e = 1 THEN t.mobile_no WHEN c.country = 'India' THEN egen.land('ctl', c.j, (SELECT city FROM egen.cu WHERE k = c.ref AND c.ldt = 'Customer')) ELSE egen.mob('ctl', c.j, c.country) END,
       CASE WHEN e = 2 THEN 1 ELSE 0 END, CASE WHEN e = 1 THEN 1 ELSE 0 END, c.name, 'phone_nos', 'Contact'
FROM egen.ct c JOIN "tabContact" t ON t.name = c.name CROSS JOIN generate_series(1, 2) e
WHERE (e = 1 AND t.mobile_no IS NOT NULL) OR (e = 2 AND c.j % 3 = 0 AND c.cname IS NOT NULL);

CREATE TABLE "tabAddress" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    address_title varchar(140), address_type varchar(140), address_line1 varchar(140), city varchar(140), state varchar(140), pincode varchar(140), country varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
ALTER TABLE egen.ad ADD COLUMN name text;
UPDATE egen.ad u SET name = u.title || '-' || u.atype || CASE WHEN d.rn > 1 THEN '-' || (d.rn - 1) ELSE '' END
FROM (SELECT a, row_number() OVER (PARTITION BY title, atype ORDER BY a) AS rn FROM egen.ad) d WHERE d.a = u.a;
INSERT INTO egen.ad (a, src, k, ldt, link, title, atype, line1, city, state, pin, country, email, mobile, name) VALUES
  (9001, 4, 1, 'Company', 'Tidewater Trading & Services Pvt. Ltd.', 'Tidewater Trading & Services Pvt. Ltd.', 'Office', 'Plot No. 18, Sector 7, PCNTDA, Bhosari', 'Pimpri-Chinchwad', 'Maharashtra', '411026', 'India',
   'sales@tidewater-trading.in', '+91 20 6712 4400', 'Tidewater Trading & Services Pvt. Ltd.-Office'),
  (9002, 4, 2, 'Company', 'Tidewater Handel GmbH', 'Tidewater Handel GmbH', 'Office', 'Billhorner Brückenstraße 40', 'Hamburg', 'Hamburg', '20539', 'Germany',
   'info@tidewater-handel.de', '+49 40 3861 2290', 'Tidewater Handel GmbH-Office');
INSERT INTO "tabAddress"
SELECT name, egen.ts('adcr', a), egen.ts('adcr', a) + make_interval(days => fixture_gen.n('admd', a, 300)), CASE WHEN ldt = 'Company' THEN 'Administrator' ELSE egen.stc('Sales', country, 'admb', a) END,
       CASE WHEN ldt = 'Company' THEN 'Administrator' ELSE egen.stc(CASE WHEN ldt = 'Supplier' THEN 'Purchase' ELSE 'Sales' END, country, 'adow', a) END, 0, 0,
       title, atype, line1, city, state, pin, country, NULL, NULL, NULL, NULL
FROM egen.ad;

CREATE TABLE "tabDynamic Link" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    link_doctype varchar(140), link_name varchar(140), link_title varchar(140),
    parent varchar(140), parentfield varchar(140), parenttype varchar(140)
);
INSERT INTO "tabDynamic Link"
SELECT egen.h('dlc', c.j), t.creation, t.modified, t.modified_by, t.owner, 0, 1, c.ldt, c.link, c.ltitle, c.name, 'links', 'Contact'
FROM egen.ct c JOIN "tabContact" t ON t.name = c.name
UNION ALL
SELECT egen.h('dla', a.a), t.creation, t.modified, t.modified_by, t.owner, 0, 1, a.ldt, a.link, a.title, a.name, 'links', 'Address'
FROM egen.ad a JOIN "tabAddress" t ON t.name = a.name;

CREATE TABLE "tabLead" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    lead_name varchar(140), company_name varchar(140), email_id varchar(140), mobile_no varchar(140), job_title varchar(140), source varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabLead"
SELECT name, cr, cr + make_interval(days => fixture_gen.n('ldmd', k, 60), secs => fixture_gen.n('ldms', k, 40000)), egen.stc('Sales', country, 'ldmb', k), owner, 0, 0,
       fn, org, email, mobile,
       CASE WHEN org IS NOT NULL AND k % 4 <> 1 THEN fixture_gen.pick(ARRAY['Plant Manager', 'Owner', 'Maintenance Engineer', 'Purchase Officer', 'Executive Chef', 'Operations Head', 'Proprietor', 'Store Manager', 'Facility Manager'], 'ldjt', k) END,
       src, CASE WHEN k % 15 = 0 THEN ',Hot' WHEN k % 21 = 0 THEN ',Exhibition 2024' END, NULL, NULL, NULL
FROM egen.ld;
-- Sales documents. The customer on each is the customer's document name (a person's name for
-- individuals); three in four go to companies.
CREATE TABLE egen.cuca AS SELECT array_agg(k ORDER BY cj) AS arr, count(*)::int AS n FROM egen.cuc;
CREATE FUNCTION egen.pickcu(tag text, i bigint) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN i % 4 <> 0 THEN (SELECT arr[1 + fixture_gen.n(tag, i, n)] FROM egen.cuca) ELSE 1 + fixture_gen.n(tag, i, 600) END
$$;

CREATE FUNCTION egen.series(prefix text, cr timestamp, rn bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT prefix || extract(year FROM cr) || '-' || lpad(rn::text, 5, '0') $$;

-- The document's lines: 1-4 items at about list price (a tenth of it in euros for the Hamburg company's customers).
CREATE FUNCTION egen.eur(country text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT country IN ('Germany', 'United Kingdom', 'France') $$;

CREATE TABLE egen.lines AS
SELECT dt, k, e, i.idx AS item, i.code, i.iname, i.descr, i.svc,
       CASE WHEN i.svc THEN 1 ELSE 1 + fixture_gen.n('lq' || dt || e, k, 6) END AS qty,
       round(i.rate * (0.92 + fixture_gen.n('lr' || dt || e, k, 12) / 100.0), 0) AS rate
FROM (SELECT 'QTN' AS dt, k, 1 + fixture_gen.n('lnq', k, 4) AS nl FROM generate_series(1, 400) k
      UNION ALL SELECT 'SO', k, 1 + fixture_gen.n('lns', k, 4) FROM generate_series(1, 350) k
      UNION ALL SELECT 'SI', k, 1 + fixture_gen.n('lni', k, 3) FROM generate_series(1, 1200) k) d
CROSS JOIN LATERAL (SELECT e, 1 + fixture_gen.n('li' || d.dt || e, d.k, 38) AS ix FROM generate_series(1, d.nl) e OFFSET 0) g
JOIN egen.it i ON i.idx = g.ix;

CREATE TABLE egen.op AS
SELECT k, CASE WHEN k % 5 <> 0 THEN 'Lead' ELSE 'Customer' END AS frm, 1 + fixture_gen.n('opld', k, 800) AS lk, egen.pickcu('opcu', k) AS ck
FROM generate_series(1, 300) k;
ALTER TABLE egen.op ADD COLUMN cr timestamp(6), ADD COLUMN party text, ADD COLUMN email text, ADD COLUMN country text, ADD COLUMN name text;
UPDATE egen.op o SET cr = CASE WHEN o.frm = 'Lead' THEN l.cr + make_interval(days => 1 + fixture_gen.n('opd', o.k, 40), secs => fixture_gen.n('ops', o.k, 30000)) ELSE egen.ts('opcr', o.k) END,
                     party = CASE WHEN o.frm = 'Lead' THEN l.name ELSE u.name END, email = CASE WHEN o.frm = 'Lead' THEN l.email ELSE u.email END,
                     country = CASE WHEN o.frm = 'Lead' THEN l.country ELSE u.country END
FROM egen.ld l, egen.cu u WHERE l.k = o.lk AND u.k = o.ck;
UPDATE egen.op o SET name = egen.series('CRM-OPP-', o.cr, d.rn) FROM (SELECT k, row_number() OVER (PARTITION BY extract(year FROM cr) ORDER BY cr, k) AS rn FROM egen.op) d WHERE d.k = o.k;

CREATE TABLE "tabOpportunity" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    opportunity_from varchar(140), party_name varchar(140), contact_email varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabOpportunity"
SELECT name, cr, cr + make_interval(days => fixture_gen.n('opmd', k, 90)), egen.stc('Sales', country, 'opmb', k), egen.stc('Sales', country, 'opow', k), 0, 0,
       frm, party, CASE WHEN k % 9 <> 4 THEN email END, CASE WHEN k % 11 = 0 THEN ',Hot' WHEN k % 14 = 0 THEN ',Tender' END, NULL, NULL, NULL
FROM egen.op;

CREATE TABLE egen.qt AS
SELECT k, CASE WHEN k % 10 < 7 THEN 'Customer' ELSE 'Lead' END AS qto, egen.pickcu('qtcu', k) AS ck, 1 + fixture_gen.n('qtld', k, 800) AS lk, egen.ts('qtcr', k) AS cr
FROM generate_series(1, 400) k;
ALTER TABLE egen.qt ADD COLUMN party text, ADD COLUMN cname text, ADD COLUMN country text, ADD COLUMN name text, ADD COLUMN total numeric;
UPDATE egen.qt q SET party = CASE WHEN q.qto = 'Customer' THEN u.name ELSE l.name END, cname = CASE WHEN q.qto = 'Customer' THEN u.cname ELSE coalesce(l.org, l.fn) END,
                     country = CASE WHEN q.qto = 'Customer' THEN u.country ELSE l.country END
FROM egen.cu u, egen.ld l WHERE u.k = q.ck AND l.k = q.lk;
UPDATE egen.qt q SET name = egen.series('SAL-QTN-', q.cr, d.rn) FROM (SELECT k, row_number() OVER (PARTITION BY extract(year FROM cr) ORDER BY cr, k) AS rn FROM egen.qt) d WHERE d.k = q.k;
UPDATE egen.qt q SET total = round(s * CASE WHEN egen.eur(q.country) THEN 1 / 88.0 WHEN q.country = 'India' THEN 1.18 ELSE 1 END, 2)
FROM (SELECT k, sum(qty * rate) AS s FROM egen.lines WHERE dt = 'QTN' GROUP BY k) l WHERE l.k = q.k;

CREATE TABLE "tabQuotation" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    party_name varchar(140), customer_name varchar(140), grand_total decimal(21,9) NOT NULL DEFAULT 0,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabQuotation"
SELECT name, cr, cr + make_interval(days => fixture_gen.n('qtmd', k, 20), secs => fixture_gen.n('qtms', k, 20000)), egen.stc('Sales', country, 'qtmb', k), egen.stc('Sales', country, 'qtow', k),
       CASE WHEN k % 13 = 0 THEN 0 WHEN k % 17 = 0 THEN 2 ELSE 1 END, 0, party, cname, total, NULL, NULL, NULL, NULL
FROM egen.qt;

CREATE TABLE "tabQuotation Item" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    item_code varchar(140), qty decimal(21,9) NOT NULL DEFAULT 0, rate decimal(21,9) NOT NULL DEFAULT 0,
    parent varchar(140), parentfield varchar(140), parenttype varchar(140)
);
INSERT INTO "tabQuotation Item"
SELECT egen.h('qti' || l.e, l.k), t.creation, t.modified, t.modified_by, t.owner, t.docstatus, l.e, l.code, l.qty, r.rate, t.name, 'items', 'Quotation'
FROM egen.lines l JOIN egen.qt q ON q.k = l.k JOIN "tabQuotation" t ON t.name = q.name
CROSS JOIN LATERAL (SELECT round(l.rate * CASE WHEN egen.eur(q.country) THEN 1 / 88.0 ELSE 1 END, 2) AS rate) r
WHERE l.dt = 'QTN';

CREATE TABLE egen.so AS SELECT k, egen.pickcu('socu', k) AS ck, egen.ts('socr', k) AS cr FROM generate_series(1, 350) k;
ALTER TABLE egen.so ADD COLUMN name text, ADD COLUMN total numeric;
UPDATE egen.so s SET name = egen.series('SAL-ORD-', s.cr, d.rn) FROM (SELECT k, row_number() OVER (PARTITION BY extract(year FROM cr) ORDER BY cr, k) AS rn FROM egen.so) d WHERE d.k = s.k;
UPDATE egen.so s SET total = round(l.s * CASE WHEN egen.eur(u.country) THEN 1 / 88.0 WHEN u.country = 'India' THEN 1.18 ELSE 1 END, 2)
FROM (SELECT k, sum(qty * rate) AS s FROM egen.lines WHERE dt = 'SO' GROUP BY k) l, egen.cu u WHERE l.k = s.k AND u.k = s.ck;

CREATE TABLE "tabSales Order" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    customer varchar(140), po_no varchar(140), grand_total decimal(21,9) NOT NULL DEFAULT 0,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabSales Order"
SELECT s.name, s.cr, s.cr + make_interval(days => fixture_gen.n('somd', s.k, 45)), egen.stc('Sales', u.country, 'somb', s.k), egen.stc('Sales', u.country, 'soow', s.k),
       CASE WHEN s.k % 19 = 0 THEN 0 WHEN s.k % 23 = 0 THEN 2 ELSE 1 END, 0, u.name,
       CASE fixture_gen.n('sopo', s.k, 6) WHEN 0 THEN '4500' || egen.dg('sopo', s.k, 6) WHEN 1 THEN 'PO/' || extract(year FROM s.cr) || '-' || (extract(year FROM s.cr) - 1999) || '/' || (100 + fixture_gen.n('sopn', s.k, 900))
            WHEN 2 THEN 'PO-' || egen.dg('sopo', s.k, 5) WHEN 3 THEN 'Email dt ' || to_char(s.cr - interval '3 days', 'DD.MM.YYYY') WHEN 4 THEN NULL ELSE 'WO/' || egen.dg('sopo', s.k, 4) END,
       s.total, CASE WHEN s.k % 16 = 0 THEN ',Urgent' END, NULL, NULL, NULL
FROM egen.so s JOIN egen.cu u ON u.k = s.ck;

CREATE TABLE "tabSales Order Item" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    item_code varchar(140), qty decimal(21,9) NOT NULL DEFAULT 0, rate decimal(21,9) NOT NULL DEFAULT 0,
    parent varchar(140), parentfield varchar(140), parenttype varchar(140)
);
INSERT INTO "tabSales Order Item"
SELECT egen.h('soi' || l.e, l.k), t.creation, t.modified, t.modified_by, t.owner, t.docstatus, l.e, l.code, l.qty,
       round(l.rate * CASE WHEN egen.eur(u.country) THEN 1 / 88.0 ELSE 1 END, 2), t.name, 'items', 'Sales Order'
FROM egen.lines l JOIN egen.so s ON s.k = l.k JOIN egen.cu u ON u.k = s.ck JOIN "tabSales Order" t ON t.name = s.name
WHERE l.dt = 'SO';

CREATE TABLE egen.si AS SELECT k, egen.pickcu('sicu', k) AS ck, egen.ts('sicr', k) AS cr FROM generate_series(1, 1200) k;
ALTER TABLE egen.si ADD COLUMN name text, ADD COLUMN total numeric, ADD COLUMN ds int;
CREATE UNIQUE INDEX ON egen.si (k);
UPDATE egen.si s SET name = egen.series('ACC-SINV-', s.cr, d.rn) FROM (SELECT k, row_number() OVER (PARTITION BY extract(year FROM cr) ORDER BY cr, k) AS rn FROM egen.si) d WHERE d.k = s.k;
UPDATE egen.si s SET total = CASE WHEN u.country = 'India' THEN round(l.s * 1.18, 0) WHEN egen.eur(u.country) THEN round(l.s / 88.0, 2) ELSE l.s END,
                     ds = CASE WHEN s.k % 29 = 0 THEN 0 WHEN s.k % 37 = 0 THEN 2 ELSE 1 END
FROM (SELECT k, sum(qty * rate) AS s FROM egen.lines WHERE dt = 'SI' GROUP BY k) l, egen.cu u WHERE l.k = s.k AND u.k = s.ck;

CREATE TABLE "tabSales Invoice" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    customer varchar(140), customer_name text, posting_date date, address_display text, grand_total decimal(21,9) NOT NULL DEFAULT 0, remarks text,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabSales Invoice"
SELECT s.name, s.cr, s.cr + make_interval(days => fixture_gen.n('simd', s.k, 30), secs => fixture_gen.n('sims', s.k, 40000)), egen.stc('Accounts', u.country, 'simb', s.k), egen.stc('Accounts', u.country, 'siow', s.k),
       s.ds, 0, u.name, u.cname, (s.cr - make_interval(days => fixture_gen.n('sipd', s.k, 3)))::date,
       CASE WHEN a.line1 IS NOT NULL THEN a.line1 || '<br>' || a.city || '<br>' || coalesce(a.state || '<br>', '') || coalesce(a.pin || '<br>', '') || a.country || '<br>'
              || CASE WHEN s.k % 2 = 0 AND a.mobile IS NOT NULL THEN 'Phone: ' || a.mobile || '<br>' ELSE '' END || CASE WHEN s.k % 3 <> 0 AND a.email IS NOT NULL THEN 'Email: ' || a.email || '<br>' ELSE '' END END,
       s.total,
       CASE WHEN s.k % 5 = 0 THEN fixture_gen.pick(ARRAY[
           'Against PO ' || '4500' || egen.dg('sirm', s.k, 6) || ' dated ' || to_char(s.cr - interval '12 days', 'DD.MM.YYYY'),
           'Breakdown visit on ' || to_char(s.cr - interval '2 days', 'DD/MM') || ', engineer ' || egen.fullname(egen.st('Service', 'sieng', s.k)) || '. Compressor reset, gas top-up 2 kg.',
           'Delivered to ' || CASE WHEN u.ind THEN u.f ELSE egen.first('sidl', s.k, u.country = 'India') END || ' at the ' || coalesce(a.city, 'site') || ' site, ' || egen.mob('sidm', s.k, u.country) || '. Signed DC attached.',
           'AMC period 01-04-' || extract(year FROM s.cr) || ' to 31-03-' || (extract(year FROM s.cr) + 1) || ', first of four quarterly instalments.',
           'Rate as per discussion with ' || CASE WHEN u.ind THEN u.fn ELSE egen.first('sidn', s.k, u.country = 'India') || ' ' || egen.last('sidn', s.k, u.country = 'India') END || ' on phone.',
           'Replaces ACC-SINV-' || extract(year FROM s.cr) || '-' || lpad((1 + s.k % 300)::text, 5, '0') || CASE WHEN u.country = 'India' THEN ' (wrong GSTIN).' ELSE ' (wrong VAT number).' END,
           'Installation at the new cold room, Phase 2.'], 'sirmk', s.k) END,
       CASE WHEN s.k % 31 = 0 THEN ',Disputed' WHEN s.k % 43 = 0 THEN ',Legal' END, NULL, NULL, NULL
FROM egen.si s JOIN (SELECT *, f || ' ' || l AS fn FROM egen.cu) u ON u.k = s.ck LEFT JOIN egen.ad a ON a.src = 1 AND a.k = s.ck;

CREATE TABLE "tabSales Invoice Item" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    item_code varchar(140), description text, qty decimal(21,9) NOT NULL DEFAULT 0, rate decimal(21,9) NOT NULL DEFAULT 0, amount decimal(21,9) NOT NULL DEFAULT 0,
    parent varchar(140), parentfield varchar(140), parenttype varchar(140)
);
INSERT INTO "tabSales Invoice Item"
SELECT egen.h('sii' || l.e, l.k), t.creation, t.modified, t.modified_by, t.owner, t.docstatus, l.e, l.code,
       '<div class="ql-editor read-mode"><p>' || l.descr || CASE WHEN l.svc AND l.k % 4 = 0 THEN ' ' || (ARRAY['Q1', 'Q2', 'Q3', 'Q4'])[1 + l.k % 4] || ' visit.' ELSE '' END || '</p></div>',
       l.qty, r.rate, l.qty * r.rate, t.name, 'items', 'Sales Invoice'
FROM egen.lines l JOIN egen.si s ON s.k = l.k JOIN egen.cu u ON u.k = s.ck JOIN "tabSales Invoice" t ON t.name = s.name LEFT JOIN egen.ad a ON a.src = 1 AND a.k = s.ck
CROSS JOIN LATERAL (SELECT round(l.rate * CASE WHEN egen.eur(u.country) THEN 1 / 88.0 ELSE 1 END, 2) AS rate) r
WHERE l.dt = 'SI';
-- Payments: 1-850 receipts against invoices, 851-970 payments to suppliers, 971-1000 advances to employees.
CREATE TABLE egen.pe AS
SELECT g.j AS k, s.name AS inv, u.name AS party, u.country, s.total, s.cr + make_interval(days => 5 + fixture_gen.n('pedd', g.j, 60), secs => fixture_gen.n('pess', g.j, 30000)) AS cr, u.ind
FROM generate_series(1, 850) g(j) JOIN egen.si s ON s.k = 1 + (g.j * 37) % 1200 JOIN egen.cu u ON u.k = s.ck
WHERE s.ds = 1;
ALTER TABLE egen.pe ADD COLUMN ptype text DEFAULT 'Customer', ADD COLUMN amt numeric;
UPDATE egen.pe SET amt = CASE WHEN k % 7 = 0 THEN round(total / 2, 0) ELSE total END;
INSERT INTO egen.pe (k, inv, party, country, total, cr, ind, ptype, amt)
SELECT g.j, 'ACC-PINV-' || extract(year FROM egen.ts('pecr', g.j)) || '-' || lpad((g.j - 850 + fixture_gen.n('pepi', g.j, 40))::text, 5, '0'), s.name, s.country, NULL::numeric, egen.ts('pecr', g.j), s.ind, 'Supplier',
       round((2000 + fixture_gen.n('peam', g.j, 400000))::numeric, 0)
FROM generate_series(851, 970) g(j) JOIN egen.su s ON s.k = 1 + fixture_gen.n('pesu', g.j, 120)
UNION ALL
SELECT g.j, 'HR-EAD-' || extract(year FROM egen.ts('pecr', g.j)) || '-' || lpad((g.j - 970)::text, 5, '0'), 'HR-EMP-' || lpad(e.k::text, 5, '0'), CASE WHEN e.india THEN 'India' ELSE 'Germany' END, NULL::numeric, egen.ts('pecr', g.j), true, 'Employee',
       CASE WHEN e.india THEN (5 + fixture_gen.n('peam', g.j, 30)) * 1000 ELSE 100 + fixture_gen.n('peam', g.j, 600) END
FROM generate_series(971, 1000) g(j) JOIN egen.em e ON e.k = CASE WHEN g.j % 5 = 0 THEN 91 + fixture_gen.n('peem', g.j, 30) ELSE 1 + fixture_gen.n('peem', g.j, 90) END;
ALTER TABLE egen.pe ADD COLUMN name text;
UPDATE egen.pe p SET name = egen.series('ACC-PAY-', p.cr, d.rn) FROM (SELECT k, row_number() OVER (PARTITION BY extract(year FROM cr) ORDER BY cr, k) AS rn FROM egen.pe) d WHERE d.k = p.k;

CREATE TABLE "tabPayment Entry" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    party_type varchar(140), party varchar(140), paid_amount decimal(21,9) NOT NULL DEFAULT 0, reference_no varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabPayment Entry"
SELECT name, cr, cr + make_interval(secs => 30 + fixture_gen.n('pemd', k, 4000)), egen.stc('Accounts', country, 'pemb', k), egen.stc('Accounts', country, 'peow', k),
       CASE WHEN k % 41 = 0 THEN 2 WHEN k % 53 = 0 THEN 0 ELSE 1 END, 0, ptype, party, amt,
       CASE WHEN egen.eur(country) THEN CASE WHEN k % 3 = 0 THEN NULL ELSE 'SEPA-' || to_char(cr, 'YYYYMMDD') || '-' || egen.dg('peref', k, 6) END
            WHEN country <> 'India' THEN 'SWIFT ' || egen.al('peref', k, 4) || 'INBB' || ' ' || egen.dg('peref', k, 10)
            ELSE CASE fixture_gen.n('pemode', k, 6)
              WHEN 0 THEN fixture_gen.pick(ARRAY['HDFC', 'SBIN', 'ICIC', 'UTIB', 'KKBK'], 'pebk', k) || 'N' || to_char(cr, 'YY') || lpad(extract(doy FROM cr)::text, 3, '0') || egen.dg('peref', k, 6)
              WHEN 1 THEN egen.dg('peref', k, 12)
              WHEN 2 THEN 'UPI/' || egen.dg('peref', k, 12)
              WHEN 3 THEN lpad(egen.dg('peref', k, 6), 6, '0')
              WHEN 4 THEN 'IMPS ' || egen.dg('peref', k, 12)
              ELSE 'CASH-' || to_char(cr, 'DDMMYY') END END,
       NULL, NULL, NULL, NULL
FROM egen.pe;

CREATE TABLE "tabPayment Entry Reference" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    reference_doctype varchar(140), reference_name varchar(140), allocated_amount decimal(21,9),
    parent varchar(140), parentfield varchar(140), parenttype varchar(140)
);
INSERT INTO "tabPayment Entry Reference"
SELECT egen.h('per', p.k), t.creation, t.modified, t.modified_by, t.owner, t.docstatus, 1,
       CASE p.ptype WHEN 'Customer' THEN 'Sales Invoice' WHEN 'Supplier' THEN 'Purchase Invoice' ELSE 'Employee Advance' END, p.inv, p.amt, p.name, 'references', 'Payment Entry'
FROM egen.pe p JOIN "tabPayment Entry" t ON t.name = p.name WHERE p.k % 19 <> 7;

-- Employees (HRMS fields on tabEmployee), and their family.
ALTER TABLE egen.em ADD COLUMN dob date, ADD COLUMN doj date, ADD COLUMN mobile text, ADD COLUMN pmail text, ADD COLUMN addr text, ADD COLUMN kin text, ADD COLUMN kin_rel text, ADD COLUMN kin_ph text,
  ADD COLUMN acno text, ADD COLUMN iban text, ADD COLUMN pan text, ADD COLUMN ctc numeric, ADD COLUMN blood text, ADD COLUMN bank text;
UPDATE egen.em SET dob = date '1966-01-01' + fixture_gen.n('emdob', k, 365 * 36),
                   doj = CASE WHEN k <= 2 THEN date '2019-04-01' WHEN india THEN date '2019-05-02' + fixture_gen.n('emdoj', k, 2000) ELSE date '2022-10-01' + fixture_gen.n('emdoj', k, 800) END,
                   mobile = egen.mob('emmob', k, CASE WHEN india THEN 'India' ELSE 'Germany' END),
                   pmail = CASE WHEN k % 9 <> 4 THEN egen.pmail(f, l, CASE WHEN india THEN 'India' ELSE 'Germany' END, 'empm', k) END,
                   addr = CASE WHEN india THEN (SELECT egen.street('emst', k, 'India', c, true) || E'\n' || c || ' - ' || '41' || fixture_gen.pick(ARRAY['1033', '1057', '1027', '1018', '1044', '2101', '0501'], 'empin', k) || E'\nMaharashtra'
                                                FROM (SELECT fixture_gen.pick(ARRAY['Pune', 'Pune', 'Pune', 'Pimpri-Chinchwad'], 'emcity', k) AS c) x)
                               ELSE egen.street('emst', k, 'Germany', 'Hamburg', true) || E'\n' || '2' || egen.dg('empin', k, 4) || ' Hamburg' END,
                   blood = CASE WHEN k % 10 < 7 THEN fixture_gen.pick(ARRAY['O+', 'O+', 'B+', 'B+', 'A+', 'A+', 'AB+', 'O-', 'A-', 'B-'], 'embg', k) END,
                   ctc = CASE WHEN india THEN round((CASE WHEN dept = 'Management' THEN 3200000 WHEN dept = 'Operations' THEN 260000 ELSE 420000 END + fixture_gen.n('emctc', k, 900000))::numeric, -3)
                              ELSE round((CASE WHEN dept = 'Management' THEN 110000 ELSE 38000 END + fixture_gen.n('emctc', k, 30000))::numeric, -2) END;
UPDATE egen.em SET kin_rel = CASE WHEN dob < date '1993-01-01' OR k % 4 = 0 THEN CASE WHEN gender = 'Female' THEN fixture_gen.pick(ARRAY['Husband', 'Husband', 'Spouse', 'Father'], 'emrel', k) ELSE fixture_gen.pick(ARRAY['Wife', 'Wife', 'Spouse', 'Father'], 'emrel', k) END
                                  ELSE fixture_gen.pick(ARRAY['Father', 'Mother', 'Brother', 'Sister', 'father'], 'emrel', k) END;
UPDATE egen.em SET kin = CASE WHEN kin_rel IN ('Husband', 'Wife', 'Spouse') THEN CASE WHEN india THEN egen.ifirst_g('emkin', k, gender = 'Male') ELSE fixture_gen.first_name('emkin', k) END || ' ' || l
                              WHEN kin_rel IN ('Father', 'father', 'Brother') THEN CASE WHEN india THEN egen.ifirst_g('emkin', k, false) ELSE fixture_gen.first_name('emkin', k) END || ' ' || l
                              ELSE CASE WHEN india THEN egen.ifirst_g('emkin', k, true) ELSE fixture_gen.first_name('emkin', k) END || ' ' || l END,
                   kin_ph = egen.mob('emkph', k, CASE WHEN india THEN 'India' ELSE 'Germany' END),
                   bank = CASE WHEN india THEN fixture_gen.pick(ARRAY['HDFC Bank', 'ICICI Bank', 'State Bank of India', 'Axis Bank', 'Kotak Mahindra Bank'], 'embk', k) ELSE fixture_gen.pick(ARRAY['Hamburger Sparkasse', 'Commerzbank', 'Deutsche Bank', 'ING'], 'embk', k) END;
UPDATE egen.em SET acno = CASE WHEN NOT india THEN NULL WHEN bank = 'HDFC Bank' THEN '50100' || egen.dg('emac', k, 9) WHEN bank = 'State Bank of India' THEN '3' || egen.dg('emac', k, 10)
                               WHEN bank = 'ICICI Bank' THEN '0' || (1 + k % 9) || '5' || egen.dg('emac', k, 9) WHEN bank = 'Axis Bank' THEN '91' || egen.dg('emac', k, 13) ELSE egen.dg('emac', k, 10) END,
                   iban = CASE WHEN NOT india THEN fixture_gen.iban('DE', '200505501' || egen.dg('emib', k, 9)) END,
                   pan = CASE WHEN india THEN egen.ipan('empan', k, 'P', l) END;

CREATE TABLE "tabEmployee" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    employee_name varchar(140), gender varchar(140), date_of_birth date, date_of_joining date, designation varchar(140), user_id varchar(140),
    cell_number varchar(140), personal_email varchar(140), current_address text, person_to_be_contacted varchar(140), emergency_phone_number varchar(140), relation varchar(140),
    bank_ac_no varchar(140), iban varchar(140), pan_number varchar(140), ctc decimal(21,9), blood_group varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabEmployee"
SELECT 'HR-EMP-' || lpad(k::text, 5, '0'), doj - make_interval(days => 3) + make_interval(hours => 11, secs => fixture_gen.n('emcr', k, 20000) + fixture_gen.n('emus', k, 1000000) / 1000000.0),
       doj + make_interval(days => 30 + fixture_gen.n('emmd', k, 500), secs => fixture_gen.n('emms', k, 40000)),
       CASE WHEN india THEN egen.st('HR', 'emmb', k) ELSE 'fatima.park@tidewater-handel.de' END, CASE WHEN k <= 2 THEN 'Administrator' WHEN india THEN egen.st('HR', 'emow', k) ELSE 'fatima.park@tidewater-handel.de' END, 0, 0,
       fn, gender, dob, doj, desig, email, mobile, pmail, CASE WHEN k % 11 <> 5 THEN addr END,
       CASE WHEN k % 8 <> 3 THEN kin END, CASE WHEN k % 8 <> 3 THEN kin_ph END, CASE WHEN k % 8 <> 3 THEN kin_rel END,
       CASE WHEN india AND k % 13 <> 6 THEN acno WHEN NOT india AND k % 4 = 0 THEN iban END, iban, pan, ctc, blood,
       CASE WHEN k IN (7, 44, 63) THEN ',Notice Period' WHEN k % 17 = 0 THEN ',Probation' END, NULL, NULL, NULL
FROM egen.em;

-- Salary slips: monthly in 2024 for everyone who had joined.
CREATE TABLE "tabSalary Slip" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    employee varchar(140), employee_name varchar(140), net_pay decimal(21,9), total_in_words varchar(240),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabSalary Slip"
SELECT 'Sal Slip/HR-EMP-' || lpad(e.k::text, 5, '0') || '/' || lpad(row_number() OVER (PARTITION BY e.k ORDER BY m)::text, 5, '0'),
       ts, ts + make_interval(days => 2, secs => fixture_gen.n('ssmd', e.k * 100 + m, 3000)), mb, mb, 1, 0,
       'HR-EMP-' || lpad(e.k::text, 5, '0'), e.fn, np, egen.money_words(np, CASE WHEN e.india THEN 'INR' ELSE 'EUR' END), NULL, NULL, NULL, NULL
FROM egen.em e CROSS JOIN generate_series(1, 12) m
CROSS JOIN LATERAL (SELECT (make_date(2024, m, 1) + interval '1 month' - interval '3 days' + make_interval(hours => 15, secs => fixture_gen.n('sscr', e.k * 100 + m, 7000))
                      + make_interval(secs => fixture_gen.n('ssus', e.k * 100 + m, 1000000) / 1000000.0))::timestamp(6) AS ts,
                           CASE WHEN e.india THEN egen.st('HR', 'ssmb', m) ELSE 'fatima.park@tidewater-handel.de' END AS mb,
                           CASE WHEN e.india THEN round(e.ctc / 12 * (0.86 + fixture_gen.n('ssnp', e.k * 100 + m, 30) / 1000.0), 0) ELSE round(e.ctc / 12 * (0.61 + fixture_gen.n('ssnp', e.k * 100 + m, 30) / 1000.0), 2) END AS np) x
WHERE make_date(2024, m, 28) > e.doj;

-- Bank accounts: the companies', and those of customers, suppliers and employees paid by transfer.
CREATE TABLE egen.ba AS
SELECT 1 AS src, k, 'Company' AS ptype, NULL::text AS party, an AS holder, bank, acno, iban, 'India' AS country
FROM (VALUES (1, 'TTS Current', 'HDFC Bank', '50200018472236', NULL), (2, 'TTS Cash Credit', 'State Bank of India', '39284417530', NULL),
             (3, 'THG Geschäftskonto', 'Hamburger Sparkasse', '1280441927', fixture_gen.iban('DE', '200505501280441927'))) v(k, an, bank, acno, iban)
UNION ALL
SELECT 2, u.k, 'Customer', u.name, CASE WHEN u.k % 5 = 0 AND NOT u.ind THEN u.f || ' ' || u.l ELSE u.cname END, b.bank,
       CASE u.country WHEN 'India' THEN CASE b.bank WHEN 'HDFC Bank' THEN '50100' || egen.dg('baac', u.k, 9) WHEN 'State Bank of India' THEN '3' || egen.dg('baac', u.k, 10) ELSE egen.dg('baac', u.k, 12) END
                      WHEN 'Nigeria' THEN '0' || egen.dg('baac', u.k, 9) WHEN 'Japan' THEN egen.dg('baac', u.k, 7) WHEN 'United Kingdom' THEN egen.dg('baac', u.k, 8) ELSE NULL END,
       CASE u.country WHEN 'Germany' THEN fixture_gen.iban('DE', egen.dg('baib', u.k, 18)) WHEN 'France' THEN fixture_gen.iban('FR', egen.dg('baib', u.k, 23))
                      WHEN 'United Kingdom' THEN fixture_gen.iban('GB', 'BARC' || egen.dg('baib', u.k, 14)) WHEN 'United Arab Emirates' THEN fixture_gen.iban('AE', egen.dg('baib', u.k, 19)) END, u.country
FROM egen.cu u CROSS JOIN LATERAL (SELECT CASE u.country WHEN 'India' THEN fixture_gen.pick(ARRAY['HDFC Bank', 'ICICI Bank', 'State Bank of India', 'Axis Bank', 'Bank of Maharashtra', 'Saraswat Co-operative Bank'], 'babk', u.k)
     WHEN 'Germany' THEN fixture_gen.pick(ARRAY['Deutsche Bank', 'Commerzbank', 'Postbank'], 'babk', u.k) WHEN 'United Kingdom' THEN fixture_gen.pick(ARRAY['Barclays', 'HSBC UK', 'Lloyds Bank'], 'babk', u.k)
     WHEN 'France' THEN fixture_gen.pick(ARRAY['BNP Paribas', 'Crédit Agricole', 'Société Générale'], 'babk', u.k) WHEN 'Nigeria' THEN fixture_gen.pick(ARRAY['Guaranty Trust Bank', 'Zenith Bank', 'Access Bank'], 'babk', u.k)
     WHEN 'Japan' THEN 'MUFG Bank' ELSE fixture_gen.pick(ARRAY['Emirates NBD', 'Mashreq'], 'babk', u.k) END AS bank) b
WHERE u.k % 7 = 2
UNION ALL
SELECT 3, s.k, 'Supplier', s.name, s.sname, b.bank, CASE WHEN s.country = 'India' THEN CASE b.bank WHEN 'HDFC Bank' THEN '50200' || egen.dg('basac', s.k, 9) ELSE egen.dg('basac', s.k, 11 + s.k % 4) END END,
       CASE WHEN s.country <> 'India' THEN fixture_gen.iban('DE', egen.dg('basib', s.k, 18)) END, s.country
FROM egen.su s CROSS JOIN LATERAL (SELECT CASE WHEN s.country = 'India' THEN fixture_gen.pick(ARRAY['HDFC Bank', 'ICICI Bank', 'State Bank of India', 'Axis Bank', 'Cosmos Co-operative Bank', 'Janata Sahakari Bank'], 'basbk', s.k)
     ELSE fixture_gen.pick(ARRAY['Hamburger Sparkasse', 'Commerzbank', 'Volksbank'], 'basbk', s.k) END AS bank) b
WHERE s.k % 2 = 1
UNION ALL
SELECT 4, e.k, 'Employee', 'HR-EMP-' || lpad(e.k::text, 5, '0'), e.fn, e.bank, e.acno, e.iban, CASE WHEN e.india THEN 'India' ELSE 'Germany' END
FROM egen.em e WHERE e.k IN (SELECT DISTINCT (regexp_match(party, '[0-9]+$'))[1]::int FROM egen.pe WHERE ptype = 'Employee');

CREATE TABLE "tabBank Account" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    account_name varchar(140), bank varchar(140), party varchar(140), bank_account_no varchar(30), iban varchar(30),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabBank Account"
SELECT b.holder || ' - ' || b.bank || CASE WHEN d.rn > 1 THEN '-' || (d.rn - 1) ELSE '' END, egen.ts('bacr', b.src * 1000 + b.k), egen.ts('bacr', b.src * 1000 + b.k) + make_interval(days => fixture_gen.n('bamd', b.src * 1000 + b.k, 200)),
       CASE WHEN b.src = 1 THEN 'Administrator' ELSE egen.stc('Accounts', b.country, 'bamb', b.src * 1000 + b.k) END, CASE WHEN b.src = 1 THEN 'Administrator' ELSE egen.stc('Accounts', b.country, 'baow', b.src * 1000 + b.k) END, 0, 0,
       b.holder, b.bank, b.party, b.acno, b.iban, NULL, NULL, NULL, NULL
FROM egen.ba b JOIN (SELECT src, k, row_number() OVER (PARTITION BY holder, bank ORDER BY src, k) AS rn FROM egen.ba) d ON d.src = b.src AND d.k = b.k;
-- Users: Administrator and Guest, the staff (System Users, named by their work email), two
-- integration users, and customers with portal access (Website Users).
CREATE TABLE egen.us AS
SELECT 1 AS src, 0 AS k, 'Administrator' AS name, 'admin@example.com' AS email, 'Administrator' AS first, NULL::text AS last, 'India' AS country, NULL::date AS dob, 'System User' AS utype
UNION ALL SELECT 1, 1, 'Guest', 'guest@example.com', 'Guest', NULL, 'India', NULL, 'Website User'
UNION ALL SELECT 2, k, email, email, f, l, CASE WHEN india THEN 'India' ELSE 'Germany' END, dob, 'System User' FROM egen.em WHERE staff
UNION ALL SELECT 3, 1, 'tally.sync@tidewater-trading.in', 'tally.sync@tidewater-trading.in', 'Tally', 'Sync', 'India', NULL, 'System User'
UNION ALL SELECT 3, 2, 'whatsapp.bot@tidewater-trading.in', 'whatsapp.bot@tidewater-trading.in', 'WhatsApp', 'Bot', 'India', NULL, 'System User'
UNION ALL SELECT 4, j, email, email, f, l, country, NULL, 'Website User' FROM egen.ct
  WHERE email IS NOT NULL AND j % 15 <> 8 AND ((j <= 600 AND (j % 9 = 0 OR (j % 4 = 1 AND ldt = 'Customer' AND cname IS NULL))) OR (j > 600 AND j <= 800 AND j % 10 = 3));
DELETE FROM egen.us a USING egen.us b WHERE a.name = b.name AND (a.src, a.k) > (b.src, b.k);
ALTER TABLE egen.us ADD COLUMN r int, ADD COLUMN username text, ADD COLUMN cr timestamp(6), ADD COLUMN last_login timestamp(6), ADD COLUMN api boolean DEFAULT false;
UPDATE egen.us u SET r = d.r FROM (SELECT name, row_number() OVER (ORDER BY src, k)::int AS r FROM egen.us) d WHERE d.name = u.name;
UPDATE egen.us u SET username = CASE WHEN d.rn = 1 THEN lower(replace(replace(u.first, ' ', '_'), '-', '_'))
                                     WHEN d.rn2 = 1 THEN lower(replace(replace(u.first || ' ' || coalesce(u.last, ''), ' ', '_'), '-', '_')) END
FROM (SELECT name, row_number() OVER (PARTITION BY lower(first) ORDER BY src, k) AS rn, row_number() OVER (PARTITION BY lower(first), lower(last) ORDER BY src, k) AS rn2 FROM egen.us) d
WHERE d.name = u.name AND u.src > 1;
UPDATE egen.us SET username = lower(first) WHERE src = 1;
UPDATE egen.us SET cr = CASE WHEN src = 1 THEN timestamp '2019-04-02 11:40:12.309114' WHEN src = 2 THEN (SELECT doj FROM egen.em WHERE em.k = us.k) + interval '10 hours 12 minutes' + make_interval(secs => fixture_gen.n('uscr', r, 3600) + fixture_gen.n('usus', r, 1000000) / 1000000.0)
                        WHEN src = 3 THEN timestamp '2021-08-19 15:02:44.118273' + make_interval(days => k * 400) ELSE egen.ts('uscr', r) END,
                   api = src = 3 OR k IN (37, 38) AND src = 2 OR (src = 2 AND k IN (13, 91));
UPDATE egen.us SET last_login = CASE WHEN name = 'Guest' THEN NULL WHEN src IN (1, 2, 3) THEN timestamp '2025-03-31 09:00:00' - make_interval(secs => fixture_gen.n('usll', r, CASE WHEN src = 2 AND k % 9 = 0 THEN 9000000 ELSE 700000 END))
                             WHEN r % 10 < 7 THEN greatest(cr + interval '5 minutes', egen.ts('usll', r)) END;

CREATE TABLE "tabUser" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    email varchar(140) NOT NULL, full_name varchar(140), username varchar(140), mobile_no varchar(140), birth_date date, last_ip varchar(140), last_login varchar(140),
    api_key varchar(140), api_secret text, bio text, reset_password_key varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabUser"
SELECT u.name, u.cr, coalesce(u.last_login, u.cr) + interval '1 second' * (u.r % 50),
       CASE WHEN u.src = 4 AND u.r % 3 = 0 THEN egen.st('Sales', 'usmb', u.r) WHEN u.src = 4 THEN u.name WHEN u.src = 1 THEN 'Administrator' ELSE 'vikram.agarwal@tidewater-trading.in' END,
       CASE WHEN u.src = 1 THEN 'Administrator' WHEN u.src = 4 AND u.r % 3 = 0 THEN egen.st('Sales', 'usow', u.r) WHEN u.src = 4 THEN 'Guest'
            WHEN u.src = 2 AND u.k > 90 THEN 'vikram.agarwal@tidewater-trading.in' WHEN u.src = 2 AND u.k <= 36 THEN 'vikram.agarwal@tidewater-trading.in' ELSE 'Administrator' END, 0, 0,
       u.email, u.first || coalesce(' ' || u.last, ''), u.username,
       CASE WHEN u.src = 2 AND u.r % 10 < 7 THEN e.mobile WHEN u.src = 4 AND u.r % 5 < 2 THEN c.mobile END,
       CASE WHEN u.src = 2 AND u.r % 4 = 0 THEN u.dob WHEN u.src = 4 AND u.r % 20 = 0 THEN date '1960-01-01' + fixture_gen.n('usdob', u.r, 14000) END,
       CASE WHEN u.last_login IS NOT NULL THEN egen.ip('usip', u.r) END, to_char(u.last_login, 'YYYY-MM-DD HH24:MI:SS.US'),
       CASE WHEN u.api THEN substr(md5('apikey' || u.name), 1, 15) END, CASE WHEN u.api THEN '***************' END,
       CASE WHEN u.src = 2 AND u.k IN (22, 25, 98) THEN fixture_gen.pick(ARRAY[
              'Service engineer since 2015, Copeland and Danfoss trained. On call alternate weekends, reach me on ' || e.mobile || '.',
              'Kältetechnikerin, zuständig für Norddeutschland. Bei Notfällen: ' || e.mobile,
              'Field service for Pune and PCMC. Speaks Marathi, Hindi and English.'], 'usbio', u.k)
            WHEN u.src = 2 AND u.k = 1 THEN 'Founder. Cold chain since 1998.' WHEN u.src = 3 THEN 'Integration user, do not disable. Owner: ' || egen.fullname('vikram.agarwal@tidewater-trading.in') || '.' END,
       CASE WHEN u.r % 23 = 5 AND u.src > 1 THEN encode(sha256(convert_to('rpk' || u.name, 'UTF8')), 'hex') END,
       NULL, NULL, NULL, NULL
FROM egen.us u LEFT JOIN egen.em e ON u.src = 2 AND e.k = u.k LEFT JOIN egen.ct c ON u.src = 4 AND c.j = u.k;

-- User Social Login: Frappe's own row for every user (a 39-digit hash), Google Workspace for Pune's staff,
-- Microsoft 365 for Hamburg's, GitHub for the two IT people.
CREATE TABLE "tabUser Social Login" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    provider varchar(140), userid varchar(140), username varchar(140),
    parent varchar(140), parentfield varchar(140), parenttype varchar(140)
);
INSERT INTO "tabUser Social Login"
SELECT egen.h('usl' || p.n, u.r), t.creation, t.modified, t.modified_by, t.owner, 0, p.n, p.provider, p.userid, p.username, u.name, 'social_logins', 'User'
FROM egen.us u JOIN "tabUser" t ON t.name = u.name
CROSS JOIN LATERAL (VALUES (1, 'frappe', fixture_gen.hexn('uslf', u.r, 39), NULL::text),
    (2, CASE WHEN u.country = 'India' THEN 'google' ELSE 'office_365' END,
        CASE WHEN u.country = 'India' THEN '1' || egen.dg('uslg', u.r, 20) ELSE translate(rtrim(fixture_gen.b64('uslo', u.r, 32), '='), '+/', '-_') END, NULL),
    (3, 'github', (1000000 + fixture_gen.n('uslh', u.r, 90000000))::text, egen.fold(u.first) || CASE WHEN u.k = 37 THEN '-' || egen.fold(u.last) ELSE egen.fold(u.last) || '87' END)) p(n, provider, userid, username)
WHERE u.src > 1 AND (p.n = 1 OR (p.n = 2 AND u.src = 2 AND u.r % 3 <> 0) OR (p.n = 3 AND u.src = 2 AND u.k IN (37, 38)));

-- __Auth: password hashes (pbkdf2, encrypted = 0) and Fernet-encrypted secrets of Password fields.
CREATE TABLE "__Auth" (
    doctype varchar(140) NOT NULL, name varchar(255) NOT NULL, fieldname varchar(140) NOT NULL, password text NOT NULL, encrypted smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (doctype, name, fieldname)
);
INSERT INTO "__Auth"
SELECT 'User', name, 'password', egen.pbk('auth', r), 0 FROM egen.us WHERE name <> 'Guest' AND (src < 4 OR r % 7 <> 3)
UNION ALL SELECT 'User', name, 'api_secret', egen.fernet('apisec', r, 1), 1 FROM egen.us WHERE api
UNION ALL SELECT 'Email Account', a, 'password', egen.fernet('eapw', k, 1), 1 FROM unnest(ARRAY['Sales', 'Support', 'Accounts', 'HR', 'Notifications', (SELECT fn FROM egen.em WHERE k = 5), 'Vertrieb Hamburg']) WITH ORDINALITY x(a, k) WHERE a <> 'Notifications'
UNION ALL SELECT 'Social Login Key', 'google', 'client_secret', egen.fernet('slk', 1, 2), 1
UNION ALL SELECT 'Social Login Key', 'office_365', 'client_secret', egen.fernet('slk', 2, 2), 1
UNION ALL SELECT 'Social Login Key', 'github', 'client_secret', egen.fernet('slk', 3, 2), 1
UNION ALL SELECT 'Razorpay Settings', 'Razorpay Settings', 'api_secret', egen.fernet('rzp', 1, 2), 1
UNION ALL SELECT 'S3 Backup Settings', 'S3 Backup Settings', 'secret_access_key', egen.fernet('s3', 1, 3), 1
UNION ALL SELECT 'Google Settings', 'Google Settings', 'client_secret', egen.fernet('gs', 1, 2), 1
UNION ALL SELECT 'WhatsApp Settings', 'WhatsApp Settings', 'token', egen.fernet('wa', 1, 14), 1
UNION ALL SELECT 'LDAP Settings', 'LDAP Settings', 'password', egen.fernet('ldap', 1, 1), 1;

-- Sessions: the sid is the session cookie; sessiondata is str() of the session dict.
CREATE TABLE "tabSessions" (
    "user" varchar(255) DEFAULT NULL, sid varchar(255) DEFAULT NULL, sessiondata text, ipaddress varchar(16) DEFAULT NULL, lastupdate timestamp(6) DEFAULT NULL,
    device varchar(255) DEFAULT 'desktop', status varchar(20) DEFAULT NULL
);
CREATE INDEX sid ON "tabSessions" (sid);
INSERT INTO "tabSessions"
SELECT u.name, sid, '{''user'': ''' || u.name || ''', ''session_ip'': ''' || ip || ''', ''last_updated'': ''' || to_char(lu, 'YYYY-MM-DD HH24:MI:SS.US') || ''', ''session_expiry'': '''
       || CASE WHEN u.src = 4 THEN '720:00:00' ELSE '240:00:00' END || ''', ''full_name'': ''' || replace(u.first || coalesce(' ' || u.last, ''), '''', '\''') || ''', ''user_type'': ''' || u.utype || ''', ''device'': ''' || dev || ''''
       || CASE WHEN s % 2 = 0 THEN ', ''csrf_token'': ''' || fixture_gen.hexn('csrf', u.r * 10 + s, 56) || '''' ELSE '' END || ', ''session_country'': None}',
       ip, lu, dev, CASE WHEN lu < timestamp '2025-03-21' THEN 'Expired' ELSE 'Active' END
FROM egen.us u CROSS JOIN generate_series(1, 3) s
CROSS JOIN LATERAL (SELECT fixture_gen.hexn('sid', u.r * 10 + s, 56) AS sid, egen.ip('sip', u.r * 10 + s) AS ip,
                           timestamp '2025-03-31 09:00:00' - make_interval(secs => fixture_gen.n('slu', u.r * 10 + s, 1500000)) AS lu,
                           CASE WHEN s = 2 OR u.src = 4 AND u.r % 2 = 0 THEN 'mobile' ELSE 'desktop' END AS dev) x
WHERE u.name NOT IN ('Guest') AND u.last_login IS NOT NULL AND (s = 1 OR (s = 2 AND u.src = 2 AND u.r % 2 = 0) OR (s = 3 AND u.src = 2 AND u.r % 5 = 0)) AND (u.src < 4 OR u.r % 3 = 0);

-- Activity Log: logins, logouts and failed logins (the user column keeps what was typed).
CREATE TABLE "tabActivity Log" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    subject text, operation varchar(140), ip_address varchar(140), "user" varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabActivity Log"
SELECT egen.h('al', a), ts, ts, who, who, 0, 0,
       CASE WHEN kind = 'in' THEN fn || ' logged in' WHEN kind = 'out' THEN fn || ' logged out: <b>' || fixture_gen.pick(ARRAY['User Logged Out', 'Session Expired', 'Session Expired'], 'alr', a) || '</b>'
            WHEN kind = 'bad' THEN 'Incorrect password' ELSE 'Invalid login credentials' END,
       CASE WHEN kind = 'out' THEN 'Logout' ELSE 'Login' END, ip,
       CASE WHEN kind IN ('in', 'out', 'bad') THEN uname ELSE typed END, NULL, NULL, NULL, NULL
FROM (SELECT a, u.name AS uname, u.first || coalesce(' ' || u.last, '') AS fn, u.src, egen.ts('alts', a) AS ts, egen.ip('alip', a) AS ip,
             CASE WHEN a % 20 = 7 THEN 'bad' WHEN a % 31 = 11 THEN 'unknown' WHEN a % 3 = 0 THEN 'out' ELSE 'in' END AS kind,
             CASE fixture_gen.n('altyp', a, 4) WHEN 0 THEN u.username WHEN 1 THEN replace(u.name, '@', '@@') WHEN 2 THEN coalesce(e.mobile, c.mobile, u.name) ELSE split_part(u.name, '@', 1) END AS typed
      FROM generate_series(1, 2000) a
      JOIN egen.us u ON u.r = CASE WHEN a % 6 = 5 THEN (SELECT min(r) FROM egen.us WHERE src = 4) + fixture_gen.n('alu', a, (SELECT count(*)::int FROM egen.us WHERE src = 4))
                                   ELSE 3 + fixture_gen.n('alu', a, 48) END
      LEFT JOIN egen.em e ON u.src = 2 AND e.k = u.k LEFT JOIN egen.ct c ON u.src = 4 AND c.j = u.k) x
CROSS JOIN LATERAL (SELECT CASE WHEN kind IN ('bad', 'unknown') THEN 'Guest' ELSE uname END AS who) w;
-- Email accounts (their passwords live in __Auth; the column keeps asterisks).
CREATE TABLE "tabEmail Account" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    email_id varchar(140), login_id varchar(140), smtp_server varchar(140), password text,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabEmail Account" VALUES
  ('Sales', '2019-04-05 12:10:44.213500', '2024-11-02 10:41:09.551210', 'vikram.agarwal@tidewater-trading.in', 'Administrator', 0, 0, 'sales@tidewater-trading.in', NULL, 'smtp.gmail.com', repeat('*', 16), NULL, NULL, NULL, NULL),
  ('Support', '2019-04-05 12:14:02.901733', '2024-11-02 10:43:27.110984', 'vikram.agarwal@tidewater-trading.in', 'Administrator', 0, 0, 'support@tidewater-trading.in', NULL, 'smtp.gmail.com', repeat('*', 16), NULL, NULL, NULL, NULL),
  ('Accounts', '2020-07-14 16:22:51.004129', '2023-05-19 09:12:40.772318', 'vikram.agarwal@tidewater-trading.in', 'vikram.agarwal@tidewater-trading.in', 0, 0, 'accounts@tidewater-trading.in', NULL, 'smtp.gmail.com', repeat('*', 16), NULL, NULL, NULL, NULL),
  ('HR', '2021-02-01 11:05:37.580016', '2021-02-01 11:05:37.580016', 'vikram.agarwal@tidewater-trading.in', 'vikram.agarwal@tidewater-trading.in', 0, 0, 'hr@tidewater-trading.in', NULL, 'smtp.gmail.com', repeat('*', 16), NULL, NULL, NULL, NULL),
  ('Notifications', '2019-04-05 12:20:19.441877', '2023-08-30 18:01:12.660925', 'vikram.agarwal@tidewater-trading.in', 'Administrator', 0, 0, 'notifications@tidewater-trading.in',
   'AKIA' || egen.al('sesu', 1, 8) || egen.al('sesu', 2, 8), 'email-smtp.ap-south-1.amazonaws.com', NULL, NULL, NULL, NULL, NULL),
  ((SELECT fn FROM egen.em WHERE k = 5), '2023-06-12 10:31:08.193470', '2023-06-12 10:33:55.024118', 'vikram.agarwal@tidewater-trading.in', 'vikram.agarwal@tidewater-trading.in', 0, 0,
   (SELECT egen.fold(f) || '.' || egen.fold(l) || '.tts@gmail.com' FROM egen.em WHERE k = 5), NULL, 'smtp.gmail.com', repeat('*', 19), NULL, NULL,
   '["vikram.agarwal@tidewater-trading.in"]', NULL),
  ('Vertrieb Hamburg', '2022-09-20 15:02:11.870551', '2024-02-07 08:55:40.391006', 'fatima.park@tidewater-handel.de', 'vikram.agarwal@tidewater-trading.in', 0, 0, 'vertrieb@tidewater-handel.de', 'vertrieb@tidewater-handel.de', 'smtp.office365.com', repeat('*', 14), NULL, NULL, NULL, NULL);
UPDATE "tabEmail Account" SET password = NULL WHERE name = 'Notifications';

-- Singles: every Single doctype's fields as key/value rows. Password fields keep asterisks (the value is in
-- __Auth), but Data fields keep API keys in clear, and the site still carries the rows of Outgoing Email
-- Settings from before v7, password and all.
CREATE TABLE "tabSingles" (doctype varchar(255) DEFAULT NULL, field varchar(255) DEFAULT NULL, value text, UNIQUE (doctype, field));
CREATE INDEX singles_doctype_field_index ON "tabSingles" (doctype, field);
INSERT INTO "tabSingles" VALUES
  ('System Settings', 'country', 'India'), ('System Settings', 'time_zone', 'Asia/Kolkata'), ('System Settings', 'language', 'en'), ('System Settings', 'date_format', 'dd-mm-yyyy'),
  ('System Settings', 'time_format', 'HH:mm:ss'), ('System Settings', 'number_format', '#,##,###.##'), ('System Settings', 'currency_precision', '2'), ('System Settings', 'float_precision', '3'),
  ('System Settings', 'session_expiry', '240:00'), ('System Settings', 'enable_password_policy', '1'), ('System Settings', 'minimum_password_score', '2'),
  ('System Settings', 'allow_login_using_mobile_number', '1'), ('System Settings', 'allow_login_using_user_name', '1'), ('System Settings', 'setup_complete', '1'),
  ('System Settings', 'app_name', 'Tidewater ERP'), ('System Settings', 'otp_issuer_name', 'Tidewater ERP'), ('System Settings', 'enable_two_factor_auth', '0'),
  ('System Settings', 'allow_consecutive_login_attempts', '5'), ('System Settings', 'backup_limit', '3'), ('System Settings', 'first_day_of_the_week', 'Monday'),
  ('System Settings', 'email_footer_address', 'Tidewater Trading & Services Pvt. Ltd., Plot No. 18, Sector 7, PCNTDA, Bhosari, Pune 411026 | +91 20 6712 4400'),
  ('Global Defaults', 'default_company', 'Tidewater Trading & Services Pvt. Ltd.'), ('Global Defaults', 'default_currency', 'INR'), ('Global Defaults', 'country', 'India'),
  ('Global Defaults', 'current_fiscal_year', '2024-2025'), ('Global Defaults', 'hide_currency_symbol', 'No'),
  ('Selling Settings', 'cust_master_name', 'Customer Name'), ('Selling Settings', 'customer_group', 'Commercial'), ('Selling Settings', 'territory', 'India'),
  ('Selling Settings', 'selling_price_list', 'Standard Selling'), ('Selling Settings', 'so_required', 'No'), ('Selling Settings', 'dn_required', 'No'),
  ('Buying Settings', 'supp_master_name', 'Supplier Name'), ('Buying Settings', 'buying_price_list', 'Standard Buying'), ('Buying Settings', 'po_required', 'Yes'),
  ('HR Settings', 'emp_created_by', 'Naming Series'), ('HR Settings', 'retirement_age', '58'), ('HR Settings', 'standard_working_hours', '9'),
  ('HR Settings', 'send_birthday_reminders', '1'), ('HR Settings', 'send_work_anniversary_reminders', '1'),
  ('Payroll Settings', 'email_salary_slip_to_employee', '1'), ('Payroll Settings', 'encrypt_salary_slips_in_emails', '1'),
  ('Payroll Settings', 'password_policy', '{first_name}{date_of_birth.year}'), ('Payroll Settings', 'payroll_based_on', 'Attendance'),
  ('Website Settings', 'home_page', 'login'), ('Website Settings', 'app_name', 'Tidewater ERP'), ('Website Settings', 'brand_html', '<img src="/files/tidewater-logo.png" style="height: 32px">'),
  ('Website Settings', 'copyright', 'Tidewater Trading & Services Pvt. Ltd.'), ('Website Settings', 'google_analytics_id', 'G-' || egen.al('ga', 1, 4) || egen.dg('ga', 1, 2) || egen.al('ga', 2, 4)),
  ('Website Settings', 'disable_signup', '0'),
  ('Contact Us Settings', 'heading', 'Talk to our service desk'), ('Contact Us Settings', 'introduction', '<p>Breakdown? Call us 24x7 or use the form below and an engineer will call you back.</p>'),
  ('Contact Us Settings', 'email_id', 'support@tidewater-trading.in'), ('Contact Us Settings', 'phone', '+91 20 6712 4400'), ('Contact Us Settings', 'address_line1', 'Plot No. 18, Sector 7, PCNTDA, Bhosari'),
  ('Contact Us Settings', 'city', 'Pune'), ('Contact Us Settings', 'pincode', '411026'), ('Contact Us Settings', 'query_options', 'Sales\nBreakdown\nAMC\nAccounts'),
  ('Razorpay Settings', 'api_key', 'rzp_' || 'live_' || fixture_gen.chars('rzpk', 1, 14)), ('Razorpay Settings', 'api_secret', repeat('*', 24)),
  ('Razorpay Settings', 'redirect_to', '/orders'),
  ('Google Settings', 'enable', '1'), ('Google Settings', 'client_id', egen.dg('gcid', 1, 12) || '-' || lower(egen.al('gcid', 1, 16)) || lower(egen.al('gcid', 2, 16)) || '.apps.googleusercontent.com'),
  ('Google Settings', 'client_secret', repeat('*', 35)), ('Google Settings', 'api_key', 'AIza' || 'Sy' || fixture_gen.chars('gapi', 1, 33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
  ('S3 Backup Settings', 'enabled', '1'), ('S3 Backup Settings', 'access_key_id', 'AKIA' || egen.al('s3k', 1, 8) || egen.al('s3k', 2, 8)), ('S3 Backup Settings', 'secret_access_key', repeat('*', 40)),
  ('S3 Backup Settings', 'bucket', 'tidewater-erp-backups'), ('S3 Backup Settings', 'endpoint_url', 'https://s3.ap-south-1.amazonaws.com'), ('S3 Backup Settings', 'frequency', 'Daily'),
  ('S3 Backup Settings', 'notify_email', 'vikram.agarwal@tidewater-trading.in'),
  ('SMS Settings', 'sms_gateway_url', 'https://api.textlocal.in/send/'), ('SMS Settings', 'message_parameter', 'message'), ('SMS Settings', 'receiver_parameter', 'numbers'),
  ('WhatsApp Settings', 'enabled', '1'), ('WhatsApp Settings', 'url', 'https://graph.facebook.com'), ('WhatsApp Settings', 'version', 'v18.0'),
  ('WhatsApp Settings', 'phone_id', '1' || egen.dg('waph', 1, 14)), ('WhatsApp Settings', 'business_id', '1' || egen.dg('wabi', 1, 14)), ('WhatsApp Settings', 'token', repeat('*', 36)),
  ('WhatsApp Settings', 'webhook_verify_token', 'tidewater-' || fixture_gen.hexn('wavt', 1, 24)),
  ('LDAP Settings', 'enabled', '0'), ('LDAP Settings', 'ldap_server_url', 'ldaps://dc01.tidewater.local:636'), ('LDAP Settings', 'base_dn', 'CN=svc-erp,OU=Service Accounts,DC=tidewater,DC=local'),
  ('LDAP Settings', 'password', repeat('*', 18)),
  ('Outgoing Email Settings', 'mail_server', 'smtp.gmail.com'), ('Outgoing Email Settings', 'mail_port', '587'), ('Outgoing Email Settings', 'use_ssl', '1'),
  ('Outgoing Email Settings', 'mail_login', 'erp@tidewater-trading.in'), ('Outgoing Email Settings', 'mail_password', 'Tide' || 'water' || '@' || '2019#'),
  ('Outgoing Email Settings', 'auto_email_id', 'erp@tidewater-trading.in'), ('Outgoing Email Settings', 'send_print_as_pdf', '1');

-- Series: naming-series counters.
CREATE TABLE "tabSeries" (name varchar(100) NOT NULL PRIMARY KEY, current bigint NOT NULL DEFAULT 0);
INSERT INTO "tabSeries"
SELECT prefix || y || '-', count(*) FROM (
  SELECT 'CRM-LEAD-' AS prefix, extract(year FROM cr)::int AS y FROM egen.ld UNION ALL SELECT 'CRM-OPP-', extract(year FROM cr)::int FROM egen.op
  UNION ALL SELECT 'SAL-QTN-', extract(year FROM cr)::int FROM egen.qt UNION ALL SELECT 'SAL-ORD-', extract(year FROM cr)::int FROM egen.so
  UNION ALL SELECT 'ACC-SINV-', extract(year FROM cr)::int FROM egen.si UNION ALL SELECT 'ACC-PAY-', extract(year FROM cr)::int FROM egen.pe) x GROUP BY prefix, y;
INSERT INTO "tabSeries" VALUES ('HR-EMP-', 120), ('ACC-PINV-2024-', 188), ('HR-EAD-2024-', 14), ('MAT-DN-2024-', 402);
INSERT INTO "tabSeries" SELECT 'Sal Slip/' || name || '/', (SELECT count(*) FROM "tabSalary Slip" s WHERE s.employee = e.name) FROM "tabEmployee" e;

-- __UserSettings: each user's list and report view state as JSON, including the filters they typed.
CREATE TABLE "__UserSettings" ("user" varchar(180) NOT NULL, doctype varchar(180) NOT NULL, data text, UNIQUE ("user", doctype));
INSERT INTO "__UserSettings"
SELECT u.name, d.dt,
       '{"updated_on": "' || to_char(egen.ts('uset', u.r * 10 + d.n), 'YYYY-MM-DD HH24:MI:SS.US') || '", "last_view": "' || CASE WHEN d.n = 3 THEN 'Report' ELSE 'List' END || '", "List": {"filters": '
       || CASE d.dt
            WHEN 'ToDo' THEN '[["ToDo", "status", "=", "Open", false], ["ToDo", "allocated_to", "=", "' || u.name || '", false]]'
            WHEN 'Sales Invoice' THEN CASE WHEN u.r % 3 = 0 THEN '[["Sales Invoice", "customer", "=", ' || egen.jq((SELECT name FROM egen.cu WHERE k = 1 + fixture_gen.n('usfc', u.r, 600))) || ', false]]'
                                       ELSE '[["Sales Invoice", "status", "=", "Overdue", false]]' END
            WHEN 'Lead' THEN CASE WHEN u.r % 2 = 0 THEN '[["Lead", "lead_owner", "=", "' || u.name || '", false]]'
                              ELSE '[["Lead", "mobile_no", "like", "%' || substr(regexp_replace((SELECT mobile FROM egen.ld WHERE mobile IS NOT NULL ORDER BY k OFFSET fixture_gen.n('usfl', u.r, 600) LIMIT 1), '[^0-9]', '', 'g'), 3, 6) || '%", false]]' END
            WHEN 'Employee' THEN '[["Employee", "status", "=", "Active", false]]'
            ELSE '[["Customer", "customer_name", "like", "%' || split_part((SELECT cname FROM egen.cu WHERE k = 1 + fixture_gen.n('usfu', u.r, 600)), ' ', 1) || '%", false]]' END
       || ', "sort_by": "modified", "sort_order": "desc"}' || CASE WHEN d.n = 3 THEN ', "Report": {"filters": [], "fields": [["name", "' || d.dt || '"], ["grand_total", "' || d.dt || '"]], "order_by": "`tab' || d.dt || '`.`modified` desc", "add_totals_row": 0, "column_widths": {"name": 180, "grand_total": 120}, "group_by": null}' ELSE '' END
       || ', "GroupBy": {"group_by_fields": ["assigned_to", "owner"]}}'
FROM egen.us u CROSS JOIN (VALUES (1, 'ToDo'), (2, 'Lead'), (3, 'Sales Invoice'), (4, 'Customer'), (5, 'Employee')) d(n, dt)
WHERE u.src = 2 AND (d.n = 1 OR (d.n = 2 AND u.k BETWEEN 3 AND 12) OR (d.n = 3 AND (u.k BETWEEN 13 AND 18 OR u.k IN (1, 96, 97))) OR (d.n = 4 AND u.r % 2 = 1) OR (d.n = 5 AND u.k IN (19, 20, 21, 91)));
-- The documents comments, emails, versions, files and assignments refer to, with the person each is about.
CREATE TABLE egen.rd AS
SELECT dt, row_number() OVER (PARTITION BY dt ORDER BY name)::int AS idx, name, who, mob, email, country, cr FROM (
  SELECT 'Lead' AS dt, name, fn AS who, mobile AS mob, email, country, cr FROM egen.ld
  UNION ALL SELECT 'Opportunity', o.name, coalesce(l.fn, c.fn), coalesce(l.mobile, c.mobile), o.email, o.country, o.cr FROM egen.op o LEFT JOIN egen.ld l ON o.frm = 'Lead' AND l.k = o.lk LEFT JOIN egen.ct c ON o.frm = 'Customer' AND c.j = o.ck
  UNION ALL SELECT 'Quotation', q.name, coalesce(c.fn, l.fn), coalesce(c.mobile, l.mobile), coalesce(c.email, l.email), q.country, q.cr FROM egen.qt q LEFT JOIN egen.ct c ON q.qto = 'Customer' AND c.j = q.ck LEFT JOIN egen.ld l ON q.qto = 'Lead' AND l.k = q.lk
  UNION ALL SELECT 'Sales Order', s.name, c.fn, c.mobile, c.email, c.country, s.cr FROM egen.so s JOIN egen.ct c ON c.j = s.ck
  UNION ALL SELECT 'Sales Invoice', s.name, c.fn, c.mobile, c.email, c.country, s.cr FROM egen.si s JOIN egen.ct c ON c.j = s.ck
  UNION ALL SELECT 'Customer', u.name, c.fn, c.mobile, c.email, u.country, egen.ts('cucr', u.k) FROM egen.cu u JOIN egen.ct c ON c.j = u.k
  UNION ALL SELECT 'Employee', 'HR-EMP-' || lpad(k::text, 5, '0'), fn, mobile, pmail, CASE WHEN india THEN 'India' ELSE 'Germany' END, doj::timestamp + interval '30 days' FROM egen.em
  UNION ALL SELECT 'Contact', c.name, c.fn, c.mobile, c.email, c.country, t.creation FROM egen.ct c JOIN "tabContact" t ON t.name = c.name
  UNION ALL SELECT 'Item', code, NULL, NULL, NULL, 'India', timestamp '2021-06-01' + make_interval(days => idx * 20) FROM egen.it
  UNION ALL SELECT 'Payment Entry', p.name, NULL, NULL, NULL, p.country, p.cr FROM egen.pe p) x;
CREATE INDEX ON egen.rd (dt, idx);
CREATE TABLE egen.rdc AS SELECT dt, count(*)::int AS n FROM egen.rd GROUP BY dt;

CREATE FUNCTION egen.html(p text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '<div class="ql-editor read-mode"><p>' || p || '</p></div>' $$;
CREATE FUNCTION egen.dept(dt text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN dt IN ('Sales Invoice', 'Payment Entry') THEN 'Accounts' WHEN dt = 'Employee' THEN 'HR' WHEN dt = 'Item' THEN 'Purchase' ELSE 'Sales' END $$;

-- Comments (the timeline): typed comments, assignments, attachments, likes, shares.
CREATE TABLE egen.cm AS
SELECT c, r.dt, r.name AS ref, r.who, r.mob, r.email, r.country, r.cr + make_interval(days => fixture_gen.n('cmd', c, 30), secs => fixture_gen.n('cms', c, 80000)) AS ts, ctype,
       egen.stc(egen.dept(r.dt), r.country, 'cmby', c) AS by, egen.stc(egen.dept(r.dt), r.country, 'cmto', c) AS other
FROM (SELECT c, fixture_gen.pick(ARRAY['Lead', 'Lead', 'Lead', 'Lead', 'Lead', 'Opportunity', 'Opportunity', 'Quotation', 'Quotation', 'Sales Order', 'Sales Invoice', 'Sales Invoice', 'Sales Invoice',
        'Customer', 'Customer', 'Customer', 'Employee', 'Contact', 'Item', 'Payment Entry'], 'cmdt', c) AS dt,
        fixture_gen.pick(ARRAY['Comment', 'Comment', 'Comment', 'Comment', 'Comment', 'Comment', 'Comment', 'Comment', 'Comment', 'Info', 'Info', 'Assigned', 'Assigned', 'Assignment Completed',
        'Attachment', 'Attachment', 'Like', 'Shared'], 'cmty', c) AS ctype FROM generate_series(1, 1500) c) x
JOIN egen.rdc n ON n.dt = x.dt JOIN egen.rd r ON r.dt = x.dt AND r.idx = 1 + fixture_gen.n('cmr', x.c, n.n);

CREATE TABLE "tabComment" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    comment_type varchar(140), comment_email varchar(140), reference_doctype varchar(140), reference_name varchar(140), content text,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabComment"
SELECT egen.h('cm', c), ts, ts, by, by, 0, 0, ctype, by, dt, ref,
       CASE ctype
         WHEN 'Comment' THEN egen.html(CASE
           WHEN dt IN ('Lead', 'Opportunity') THEN fixture_gen.pick(ARRAY[
             'Called ' || coalesce(who, 'them') || ', interested in a cold room for the new warehouse. Send the quote by Friday.',
             'Number not reachable. Alternate number from the enquiry form: ' || egen.mob('cmalt', c, country),
             'Met at the Aahar expo, wants an AMC for three compressors.',
             'Spoke to the assistant, meeting with ' || coalesce(who, 'the owner') || ' fixed for Tuesday 11 am at their office.',
             'Not interested right now, call back after Diwali.',
             'Competitor quote is 8% lower, check with MD before revising.',
             'Decision maker is ' || egen.first('cmdm', c, country = 'India') || ' ' || egen.last('cmdm', c, country = 'India') || ' (' || coalesce(email, 'no email yet') || ').',
             '@' || egen.fullname(other) || ' please visit the site this week, they are near your Wakad route.'], 'cmtl', c)
           WHEN dt IN ('Quotation', 'Sales Order') THEN fixture_gen.pick(ARRAY[
             'Revised rates as per MD approval.', 'Customer asked for 5% discount on the compressor.', 'Dispatch via Shree Balaji Roadlines, LR no. ' || egen.dg('cmlr', c, 5) || '.',
             'Customer will collect from the Bhosari godown; driver ' || egen.ifirst_g('cmdr', c, false) || ', ' || egen.mob('cmdrm', c, 'India') || '.', 'Advance of 30% received.',
             coalesce(who, 'Customer') || ' confirmed the order on WhatsApp, PO to follow.'], 'cmtq', c)
           WHEN dt IN ('Sales Invoice', 'Payment Entry') THEN fixture_gen.pick(ARRAY[
             'Payment released on 12th, UTR awaited.', 'Spoke to ' || coalesce(who, 'their accounts team') || ' from accounts, cheque ready on Friday.', 'Disputed: gas charging was agreed at 550/kg.',
             'TDS deducted at 2%.', 'Customer wants the invoice in the name of the proprietor, ' || coalesce(who, 'to be confirmed') || '.', 'Reminder sent, no response. Escalate to sales.'], 'cmti', c)
           WHEN dt IN ('Customer', 'Contact') THEN fixture_gen.pick(ARRAY[
             'New accounts contact from April: ' || egen.first('cmnc', c, country = 'India') || ' ' || egen.last('cmnc', c, country = 'India') || ', ' || coalesce(email, '') || '.',
             'Do not extend credit, three cheques bounced in 2023.', coalesce(who, 'Contact') || ' has moved to the Chakan plant, new mobile ' || egen.mob('cmnm', c, country) || '.',
             'Prefers WhatsApp over email.', 'Visited the site with ' || egen.fullname(other) || ', two compressors due for overhaul.', 'Left the company; calls go to the plant manager now.'], 'cmtc', c)
           WHEN dt = 'Employee' THEN fixture_gen.pick(ARRAY[
             'Submitted Aadhaar and PAN copies.', 'Medical leave 12-16 Aug (dengue), certificate attached.', 'Salary revised w.e.f. 1 April.', 'Resignation received, last working day 30 Nov.',
             'Emergency contact updated, wife''s number ' || egen.mob('cmek', c, country) || '.', 'Bank account changed, cancelled cheque attached.', 'Two-wheeler loan recovery of 2,500/month from May.'], 'cmte', c)
           ELSE fixture_gen.pick(ARRAY['HSN 84143011, GST 18%.', 'Supplier changed the part number from April.', 'Price increase of 6% from next quarter.'], 'cmtt', c) END)
         WHEN 'Info' THEN CASE WHEN dt = 'Lead' THEN 'Lead converted to Opportunity' WHEN dt = 'Employee' THEN 'Employee status changed to Active' ELSE fixture_gen.pick(ARRAY['submitted this document', 'cancelled this document', 'amended this document'], 'cmin', c) END
         WHEN 'Assigned' THEN '<strong>' || egen.fullname(by) || '</strong> assigned <strong>' || egen.fullname(other) || '</strong>: ' || fixture_gen.pick(ARRAY['Follow up', 'Please call the customer', 'Collect payment', 'Prepare revised quote', 'Site visit'], 'cmas', c)
         WHEN 'Assignment Completed' THEN 'Assignment of <strong>' || ref || '</strong> closed by <strong>' || egen.fullname(by) || '</strong>'
         WHEN 'Attachment' THEN (SELECT '<a href="/private/files/' || f || '" target="_blank">' || f || '</a>' FROM (SELECT CASE
             WHEN dt = 'Employee' THEN fixture_gen.pick(ARRAY['Aadhaar_' || replace(who, ' ', '_') || '.pdf', 'PAN Card - ' || who || '.jpg', 'Offer Letter ' || who || '.pdf', 'cancelled cheque.jpg'], 'cmaf', c)
             WHEN dt IN ('Customer', 'Contact') THEN fixture_gen.pick(ARRAY['GST Certificate.pdf', 'visiting card ' || coalesce(who, 'front') || '.jpg', 'cancelled cheque.jpg'], 'cmaf', c)
             ELSE fixture_gen.pick(ARRAY['PO_4500' || egen.dg('cmpo', c, 6) || '.pdf', 'site photo ' || (1 + c % 9) || '.jpg', 'signed DC.pdf', 'IMG-2024' || egen.dg('cmim', c, 4) || '-WA00' || (10 + c % 80) || '.jpg'], 'cmaf', c) END AS f) x)
         WHEN 'Like' THEN 'Liked'
         ELSE egen.fullname(by) || ' shared this document with ' || egen.fullname(other) END,
       NULL, NULL, NULL, NULL
FROM egen.cm;

-- Communications: invoices and quotations emailed, customers' emails in, web enquiries, salary slips, suppliers.
CREATE FUNCTION egen.sig(fn text, desig text, mob text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '<br><br>Regards,<br>' || fn || '<br>' || desig || ' | Tidewater Trading &amp; Services Pvt. Ltd.<br>' || coalesce(mob, '+91 20 6712 4400') $$;

CREATE TABLE "tabCommunication" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    subject text NOT NULL, sender varchar(255), recipients text, content text, reference_doctype varchar(140), reference_name varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabCommunication"
SELECT egen.h('cmm', c), ts, ts + interval '2 seconds', own, own, 0, 0, subj, snd, rcp, body, rdt, rnm, NULL, NULL, NULL, NULL
FROM (
  SELECT c, s.cr + make_interval(mins => 10 + c % 300) AS ts, st.email AS own, 'Sales Invoice ' || s.name || ' from Tidewater Trading & Services Pvt. Ltd.' AS subj,
         st.fn || ' <' || st.email || '>' AS snd, u.email || CASE WHEN c % 3 = 0 AND u.dom IS NOT NULL AND u.email NOT LIKE 'accounts@%' THEN ', accounts@' || u.dom ELSE '' END AS rcp,
         'Dear ' || coalesce(split_part(ct.fn, ' ', 1), u.cname) || ',<br><br>Please find attached Sales Invoice ' || s.name || ' for ' || CASE WHEN egen.eur(u.country) THEN 'EUR ' ELSE 'INR ' END || to_char(s.total, 'FM99,99,99,990.00')
           || '. Kindly arrange the payment by the due date.' || egen.sig(st.fn, st.desig, NULL) AS body, 'Sales Invoice' AS rdt, s.name AS rnm
  FROM generate_series(1, 400) c JOIN egen.si s ON s.k = 1 + (c * 3) % 1200 JOIN egen.cu u ON u.k = s.ck LEFT JOIN egen.ct ct ON ct.j = s.ck
  CROSS JOIN LATERAL (SELECT email, fn, desig FROM egen.em WHERE email = egen.stc('Accounts', u.country, 'cmmst', c)) st
  UNION ALL
  SELECT c, q.cr + make_interval(mins => 30 + c % 500), st.email, 'Quotation ' || q.name || ' - ' || q.cname, st.fn || ' <' || st.email || '>', coalesce(r.email, 'purchase@' || egen.domain(q.cname, q.country)),
         'Dear ' || coalesce(split_part(r.who, ' ', 1), 'Sir/Madam') || ',<br><br>Thank you for your enquiry. Please find our quotation ' || q.name || ' attached; prices are valid for 30 days.'
           || CASE WHEN c % 4 = 0 THEN ' Our engineer ' || egen.fullname(egen.st('Service', 'cmmse', c)) || ' can visit for a site survey this week.' ELSE '' END || egen.sig(st.fn, st.desig, e.mobile),
         'Quotation', q.name
  FROM generate_series(401, 620) c JOIN egen.qt q ON q.k = 1 + (c * 7) % 400 JOIN egen.rd r ON r.dt = 'Quotation' AND r.name = q.name
  CROSS JOIN LATERAL (SELECT email, fn, desig FROM egen.em WHERE email = egen.stc('Sales', q.country, 'cmmsq', c)) st JOIN egen.em e ON e.email = st.email
  UNION ALL
  SELECT c, egen.ts('cmmin', c), 'Administrator', subj, ct.email, CASE WHEN c % 2 = 0 THEN 'support@tidewater-trading.in' ELSE 'sales@tidewater-trading.in' END,
         '<div dir="ltr">' || CASE c % 5
           WHEN 0 THEN 'Hi,<br><br>The compressor at our ' || u.city || ' plant tripped again last night on high pressure. Temperature in the cold room is now 9 degrees. Please send an engineer today.'
           WHEN 1 THEN 'Dear Sir,<br><br>We need a quote for a 10 HP condensing unit with installation at our new site in ' || u.city || '. Please call me to discuss.'
           WHEN 2 THEN 'Hello,<br><br>Payment against your invoice has been released today by NEFT, UTR ' || egen.al('cmutr', c, 4) || 'N' || egen.dg('cmutr', c, 11) || '. Please acknowledge.'
           WHEN 3 THEN 'Hi team,<br><br>Our AMC expires next month. Please send the renewal quote and the visit report of the last service.'
           ELSE 'Dear ' || egen.fullname(egen.st('Sales', 'cmmkam', c)) || ',<br><br>Please update our billing address and GSTIN in your records; the new certificate is attached.' END
         || '<br><br>Thanks &amp; regards,<br>' || ct.fn || coalesce('<br>' || ct.desig, '') || coalesce('<br>' || ct.cname, '') || '<br>Mob: ' || coalesce(ct.mobile, egen.mob('cmmmob', c, ct.country)) || '</div>',
         'Customer', u.name
  FROM generate_series(621, 900) c JOIN egen.ct ct ON ct.j = 1 + fixture_gen.n('cmmct', c, 800) JOIN egen.cu u ON u.name = ct.link
  CROSS JOIN LATERAL (SELECT CASE c % 5 WHEN 0 THEN 'Urgent: compressor tripping at ' || u.city || ' plant' WHEN 1 THEN 'Enquiry for 10 HP condensing unit' WHEN 2 THEN 'Payment advice - ' || u.cname
        WHEN 3 THEN 'Re: AMC renewal' ELSE 'Change of address and GSTIN' END AS subj) sj
  WHERE ct.email IS NOT NULL
  UNION ALL
  SELECT c, l.cr, 'Guest', 'New enquiry from the website: ' || l.fn, coalesce(l.email, 'noreply@tidewater-trading.in'), 'sales@tidewater-trading.in',
         'Name: ' || l.fn || '<br>Company: ' || coalesce(l.org, '-') || '<br>Phone: ' || coalesce(l.mobile, '-') || '<br>Email: ' || coalesce(l.email, '-') || '<br>Message: '
           || fixture_gen.pick(ARRAY['Looking for a walk-in cooler for our restaurant, 8x10 ft. Please call after 4 pm.', 'Need AMC for two compressors at our dairy.', 'What is the price of R404A cylinder?',
                                     'Our cold room door heater is not working, can you repair?', 'We are opening a pharma warehouse in ' || fixture_gen.city('cmmwc', c) || ' and need a 2-8 degree cold room.'], 'cmmwm', c),
         'Lead', l.name
  FROM generate_series(901, 1000) c JOIN egen.ld l ON l.k = 1 + fixture_gen.n('cmmld', c, 800)
  UNION ALL
  SELECT c, x.creation + interval '4 hours', 'Administrator', 'Salary Slip - ' || x.employee_name || ' - ' || to_char(x.creation, 'FMMonth YYYY'), 'hr@tidewater-trading.in', coalesce(e.pmail, e.email, 'hr@tidewater-trading.in'),
         'Please see attachment', 'Salary Slip', x.name
  FROM generate_series(1001, 1100) c JOIN (SELECT row_number() OVER (ORDER BY name) AS rn, * FROM "tabSalary Slip") x ON x.rn = 1 + (c * 11) % 1000 JOIN egen.em e ON 'HR-EMP-' || lpad(e.k::text, 5, '0') = x.employee
  UNION ALL
  SELECT c, egen.ts('cmmsu', c), 'Administrator', fixture_gen.pick(ARRAY['Re: RFQ for scroll compressors', 'Dispatch details', 'Revised price list', 'Invoice ' || egen.dg('cmmsi', c, 4) || ' dt ' || to_char(egen.ts('cmmsu', c), 'DD.MM.YYYY')], 'cmmss', c),
         s.email, 'purchase@tidewater-trading.in',
         'Dear Sir,<br><br>' || fixture_gen.pick(ARRAY['Please find our best rates attached. Delivery 2 weeks from PO.', 'Material dispatched today, vehicle MH12 ' || egen.al('cmmv', c, 2) || ' ' || egen.dg('cmmv', c, 4) || ', driver mobile ' || egen.mob('cmmdm', c, 'India') || '.',
                                                  'Prices revised by 4% from 1st of next month.', 'Kindly release the pending payment at the earliest.'], 'cmmsb', c)
           || '<br><br>Regards,<br>' || CASE WHEN s.ind THEN s.sname ELSE egen.first('cmmsn', c, true) || ' ' || egen.last('cmmsn', c, true) || '<br>' || s.sname END || '<br>' || s.mobile,
         'Supplier', s.name
  FROM generate_series(1101, 1200) c JOIN egen.su s ON s.k = 1 + fixture_gen.n('cmmsp', c, 120)) m;

-- Versions: the changed fields of customers, contacts, employees, leads, invoices, items and users.
CREATE TABLE "tabVersion" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    ref_doctype varchar(140), docname varchar(140), data text,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabVersion"
SELECT egen.h('ver', v), ts, ts, by, by, 0, 0, dt, ref, egen.vjson(ch), NULL, NULL, NULL, NULL
FROM (SELECT v, r.dt, r.name AS ref, r.cr + make_interval(days => 1 + fixture_gen.n('vd', v, 200), secs => fixture_gen.n('vs', v, 80000)) AS ts,
             egen.stc(egen.dept(r.dt), r.country, 'vby', v) AS by,
             CASE r.dt
               WHEN 'Customer' THEN CASE v % 4 WHEN 0 THEN ARRAY['mobile_no', egen.jq(r.mob), egen.jq(egen.mob('vnm', v, r.country))]
                                              WHEN 1 THEN ARRAY['email_id', egen.jq(r.email), egen.jq(egen.pmail(split_part(r.who, ' ', 1), coalesce(nullif(split_part(r.who, ' ', 2), ''), 'x'), r.country, 'vne', v))]
                                              WHEN 2 THEN ARRAY['customer_primary_contact', egen.jq(r.who || '-' || r.name), egen.jq(egen.first('vpc', v, r.country = 'India') || ' ' || egen.last('vpc', v, r.country = 'India') || '-' || r.name), 'mobile_no', egen.jq(r.mob), egen.jq(egen.mob('vpm', v, r.country))]
                                              ELSE ARRAY['tax_id', 'null', egen.jq(egen.taxid('vtx', v, r.country, '27', 'C', r.name))] END
               WHEN 'Contact' THEN CASE v % 3 WHEN 0 THEN ARRAY['email_id', egen.jq(r.email), egen.jq(egen.pmail(split_part(r.who, ' ', 1), coalesce(nullif(split_part(r.who, ' ', 2), ''), 'x'), r.country, 'vce', v))]
                                             WHEN 1 THEN ARRAY['mobile_no', 'null', egen.jq(r.mob)] ELSE ARRAY['designation', '"Purchase Officer"', '"Purchase Manager"'] END
               WHEN 'Employee' THEN CASE v % 5 WHEN 0 THEN ARRAY['cell_number', egen.jq(r.mob), egen.jq(egen.mob('vem', v, r.country))]
                                              WHEN 1 THEN ARRAY['current_address', egen.jq(e.addr), egen.jq(egen.street('vea', v, r.country, 'Pune', true) || E'\nPune - 4110' || egen.dg('vep', v, 2) || E'\nMaharashtra')]
                                              WHEN 2 THEN ARRAY['bank_ac_no', egen.jq(e.acno), egen.jq(egen.dg('veb', v, 14)), 'bank_name', egen.jq(e.bank), '"Kotak Mahindra Bank"']
                                              WHEN 3 THEN ARRAY['ctc', e.ctc::text, round(e.ctc * 1.08, -3)::text]
                                              ELSE ARRAY['person_to_be_contacted', 'null', egen.jq(e.kin), 'emergency_phone_number', 'null', egen.jq(e.kin_ph)] END
               WHEN 'Lead' THEN CASE v % 3 WHEN 0 THEN ARRAY['status', '"Lead"', '"Open"'] WHEN 1 THEN ARRAY['status', '"Open"', '"Replied"', 'mobile_no', 'null', egen.jq(r.mob)]
                                          ELSE ARRAY['lead_name', egen.jq(split_part(r.who, ' ', 1)), egen.jq(r.who), 'email_id', 'null', egen.jq(r.email)] END
               WHEN 'Sales Invoice' THEN CASE v % 2 WHEN 0 THEN ARRAY['status', '"Unpaid"', '"Paid"', 'outstanding_amount', '12480.0', '0.0'] ELSE ARRAY['due_date', '"2024-05-14"', '"2024-06-13"'] END
               ELSE ARRAY['standard_rate', (1000 + v % 900)::text || '.0', (1100 + v % 900)::text || '.0'] END AS ch
      FROM (SELECT v, fixture_gen.pick(ARRAY['Customer', 'Customer', 'Customer', 'Contact', 'Contact', 'Employee', 'Employee', 'Lead', 'Lead', 'Sales Invoice', 'Sales Invoice', 'Sales Invoice', 'Item'], 'vdt', v) AS dt
            FROM generate_series(1, 1800) v) x
      JOIN egen.rdc n ON n.dt = x.dt JOIN egen.rd r ON r.dt = x.dt AND r.idx = 1 + fixture_gen.n('vr', x.v, n.n)
      LEFT JOIN egen.em e ON x.dt = 'Employee' AND 'HR-EMP-' || lpad(e.k::text, 5, '0') = r.name) y;
INSERT INTO "tabVersion"
SELECT egen.h('veru', u.r), u.cr + interval '3 days', u.cr + interval '3 days', 'vikram.agarwal@tidewater-trading.in', 'vikram.agarwal@tidewater-trading.in', 0, 0, 'User', u.name,
       egen.vjson(ARRAY['mobile_no', 'null', egen.jq(t.mobile_no), 'enabled', '0', '1']), NULL, NULL, NULL, NULL
FROM egen.us u JOIN "tabUser" t ON t.name = u.name WHERE u.src = 2 AND t.mobile_no IS NOT NULL;
-- Error Log: tracebacks, and what a custom WhatsApp integration logged on failure (its request, bearer token included).
CREATE TABLE "tabError Log" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    method text, error text,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabError Log"
SELECT egen.h('err', e), ts, ts, who, who, 0, 0, m, err, NULL, NULL, NULL, NULL
FROM (SELECT e, egen.ts('errts', e) AS ts, CASE WHEN e % 4 = 0 THEN 'whatsapp.bot@tidewater-trading.in' WHEN e % 4 = 1 THEN 'Administrator' ELSE egen.st('any', 'errwho', e) END AS who, kind,
             CASE kind WHEN 0 THEN 'WhatsApp send failed' WHEN 1 THEN 'Email Account Support: IMAP login failed' WHEN 2 THEN 'frappe.email.queue.flush'
                       WHEN 3 THEN 'Sales Invoice ' || (SELECT name FROM egen.si WHERE k = 1 + fixture_gen.n('errsi', e, 1200)) || ' submission failed' ELSE 'frappe.utils.background_jobs.execute_job' END AS m,
             CASE kind
               WHEN 0 THEN 'WhatsApp API error' || E'\nURL: https://graph.facebook.com/v18.0/1' || egen.dg('waph', 1, 14) || E'/messages\nHeaders: {''Authorization'': ''Bearer '
                 || 'EAA' || fixture_gen.chars('watok', e / 20, 180, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') || E''', ''Content-Type'': ''application/json''}\nPayload: {''messaging_product'': ''whatsapp'', ''to'': '''
                 || '91' || egen.dg('errto', e, 10) || E''', ''type'': ''template'', ''template'': {''name'': ''payment_reminder'', ''language'': {''code'': ''en''}, ''components'': [{''type'': ''body'', ''parameters'': [{''type'': ''text'', ''text'': '''
                 || (SELECT cname FROM egen.cu WHERE k = 1 + fixture_gen.n('errcu', e, 600)) || E'''}]}]}}\nResponse: {"error":{"message":"Error validating access token: Session has expired.","type":"OAuthException","code":190}}'
               WHEN 1 THEN E'Traceback (most recent call last):\n  File "apps/frappe/frappe/email/doctype/email_account/email_account.py", line 214, in get_incoming_server\n    email_server.connect()\n  File "apps/frappe/frappe/email/receive.py", line 60, in connect\n    return self.connect_imap()\n  File "apps/frappe/frappe/email/receive.py", line 78, in connect_imap\n    self.imap.login(self.settings.username, self.settings.password)\nimaplib.IMAP4.error: b''[AUTHENTICATIONFAILED] Invalid credentials (Failure)''\n'
               WHEN 2 THEN E'Traceback (most recent call last):\n  File "apps/frappe/frappe/email/doctype/email_queue/email_queue.py", line 168, in send\n    smtp_server.session.sendmail(from_addr=self.sender, to_addrs=recipient.recipient, msg=message)\n  File "/usr/lib/python3.11/smtplib.py", line 887, in sendmail\n    raise SMTPRecipientsRefused(senderrs)\nsmtplib.SMTPRecipientsRefused: {'''
                 || (SELECT email FROM egen.ct WHERE j = 1 + fixture_gen.n('errrc', e, 900)) || E''': (550, b''5.1.1 The email account that you tried to reach does not exist.'')}\n'
               WHEN 3 THEN E'Traceback (most recent call last):\n  File "apps/frappe/frappe/app.py", line 114, in application\n    response = frappe.api.handle(request)\n  File "apps/frappe/frappe/model/document.py", line 1062, in submit\n    return self._submit()\n  File "apps/india_compliance/india_compliance/gst_india/utils/e_invoice.py", line 311, in validate_invoice\n    frappe.throw(msg)\nfrappe.exceptions.ValidationError: Invalid GSTIN '
                 || egen.taxid('errgst', e, 'India', '27', 'C', 'X') || E' for customer. Please check with the party.\n'
               ELSE E'Traceback (most recent call last):\n  File "apps/frappe/frappe/utils/background_jobs.py", line 230, in execute_job\n    retval = method(**kwargs)\n  File "apps/tally_sync/tally_sync/api.py", line 88, in push_vouchers\n    r.raise_for_status()\nrequests.exceptions.ConnectionError: HTTPConnectionPool(host=''192.168.1.40'', port=9000): Max retries exceeded with url: / (Caused by NewConnectionError(''Failed to establish a new connection: [Errno 111] Connection refused''))\n' END AS err
      FROM (SELECT e, CASE WHEN e % 4 = 0 THEN 0 ELSE 1 + fixture_gen.n('errk', e, 4) END AS kind FROM generate_series(1, 90) e) x) y;

-- Files: attachments (ID proofs and CVs on employees, certificates and visiting cards on customers, PDFs of invoices),
-- item images, the logo, and the Home folders.
CREATE TABLE "tabFile" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    file_name varchar(140), file_url text, attached_to_doctype varchar(140), attached_to_name varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabFile"
SELECT CASE WHEN f = 'Home' THEN 'Home' WHEN f = 'Attachments' THEN 'Home/Attachments' ELSE egen.h('file', r) END, ts, ts, who, who, 0, 0, f,
       CASE WHEN f IN ('Home', 'Attachments') THEN NULL WHEN pub THEN '/files/' || f ELSE '/private/files/' || f END, adt, anm, NULL, NULL, NULL, NULL
FROM (
  SELECT 1 AS r, 'Home' AS f, timestamp '2019-04-02 11:40:13.002' AS ts, 'Administrator' AS who, NULL AS adt, NULL AS anm, false AS pub
  UNION ALL SELECT 2, 'Attachments', timestamp '2019-04-02 11:40:13.051', 'Administrator', NULL, NULL, false
  UNION ALL SELECT 3, 'tidewater-logo.png', timestamp '2019-04-03 10:02:55.127', 'Administrator', 'Company', 'Tidewater Trading & Services Pvt. Ltd.', true
  UNION ALL SELECT 4, 'letterhead-tts.png', timestamp '2019-04-03 10:05:12.441', 'Administrator', 'Letter Head', 'Tidewater Letterhead', true
  UNION ALL SELECT 10 + i.idx, rtrim(lower(regexp_replace(i.iname, '[^A-Za-z0-9]+', '-', 'g')), '-') || '.jpg', timestamp '2021-06-01' + make_interval(days => i.idx * 20), 'rohan.chatterjee@tidewater-trading.in', 'Item', i.code, true
  FROM egen.it i WHERE NOT i.svc
  UNION ALL
  SELECT 100 + e.k * 4 + d, CASE d WHEN 0 THEN 'Aadhaar_' || replace(e.fn, ' ', '_') || '.pdf' WHEN 1 THEN 'PAN Card - ' || e.fn || '.jpg' WHEN 2 THEN lower(egen.fold(e.f)) || '_photo.jpg' ELSE 'CV - ' || e.fn || '.pdf' END,
         e.doj::timestamp + make_interval(hours => 12 + d, secs => fixture_gen.n('fis', e.k * 4 + d, 3000)), CASE WHEN e.india THEN 'divya.desai@tidewater-trading.in' ELSE 'fatima.park@tidewater-handel.de' END,
         'Employee', 'HR-EMP-' || lpad(e.k::text, 5, '0'), false
  FROM egen.em e CROSS JOIN generate_series(0, 3) d WHERE (d = 0 AND e.india) OR (d = 1 AND e.india AND e.k % 3 <> 0) OR (d = 2 AND e.k % 2 = 0) OR (d = 3 AND e.k % 3 = 1)
  UNION ALL
  SELECT 1000 + u.k, CASE u.k % 4 WHEN 0 THEN 'GST Certificate' || CASE WHEN u.k % 8 = 0 THEN substr(md5('gst' || u.k), 1, 6) ELSE '' END || '.pdf'
                                 WHEN 1 THEN 'visiting card ' || ct.fn || '.jpg' WHEN 2 THEN 'cancelled cheque' || substr(md5('cq' || u.k), 1, 6) || '.jpg' ELSE 'PO_4500' || egen.dg('fpo', u.k, 6) || '.pdf' END,
         egen.ts('fcu', u.k), egen.stc('Sales', u.country, 'fcuw', u.k), 'Customer', u.name, false
  FROM egen.cu u JOIN egen.ct ct ON ct.j = u.k WHERE u.k % 5 = 0
  UNION ALL
  SELECT 2000 + s.k, s.name || '.pdf', s.cr + interval '5 minutes', egen.st('Accounts', 'fsi', s.k), 'Sales Invoice', s.name, false
  FROM egen.si s WHERE s.k % 6 = 0) x;

-- ToDos: assignments (the description is the note typed in the assign dialog) and personal to-dos.
CREATE TABLE egen.td AS
SELECT t, r.dt, r.name AS ref, r.who, r.mob, r.country, r.cr + make_interval(days => fixture_gen.n('tdd', t, 10), secs => fixture_gen.n('tds', t, 30000)) AS ts,
       egen.stc(egen.dept(r.dt), r.country, 'tdto', t) AS alloc, egen.stc(egen.dept(r.dt), r.country, 'tdby', t) AS by, t % 4 <> 0 AS open
FROM (SELECT t, fixture_gen.pick(ARRAY['Lead', 'Lead', 'Lead', 'Opportunity', 'Opportunity', 'Quotation', 'Sales Invoice', 'Sales Invoice', 'Customer', 'Employee'], 'tddt', t) AS dt FROM generate_series(1, 520) t) x
JOIN egen.rdc n ON n.dt = x.dt JOIN egen.rd r ON r.dt = x.dt AND r.idx = 1 + fixture_gen.n('tdr', x.t, n.n);

CREATE TABLE "tabToDo" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    allocated_to varchar(140), description text NOT NULL, reference_type varchar(140), reference_name varchar(140),
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabToDo"
SELECT egen.h('td', t), ts, ts + make_interval(days => CASE WHEN open THEN 0 ELSE 1 + t % 9 END), CASE WHEN open THEN by ELSE alloc END, by, 0, 0, alloc,
       CASE WHEN dt = 'Employee' THEN egen.html(fixture_gen.pick(ARRAY['Collect the signed appointment letter.', 'Verify the PAN and Aadhaar copies.', 'Enrol in group health insurance with ' || coalesce(who, '') || '''s dependants.', 'Exit interview and handover.'], 'tdde', t))
            WHEN t % 3 = 0 THEN egen.html(fixture_gen.pick(ARRAY['Follow up', 'Please call the customer', 'Collect payment', 'Prepare revised quote', 'Site visit'], 'tddg', t))
            ELSE egen.html(fixture_gen.pick(ARRAY[
              'Call ' || coalesce(who, 'the customer') || ' on ' || coalesce(mob, 'the office number') || ' about the AMC renewal.',
              'Send the revised quote to ' || coalesce(who, 'them') || ' before Friday.',
              'Visit the site with ' || egen.fullname(egen.st('Service', 'tdsv', t)) || ' and check the condenser fan.',
              'Payment pending 45 days. ' || coalesce(who, 'Accounts') || ' says cheque is signed, collect it.',
              'Customer called twice, very unhappy about the delay. Call back today.'], 'tddx', t)) END,
       dt, ref, CASE WHEN t % 29 = 0 THEN ',Escalated' END, NULL, NULL, NULL
FROM egen.td
UNION ALL
SELECT egen.h('tdp', p), egen.ts('tdp', p), egen.ts('tdp', p), w, w, 0, 0, w,
       fixture_gen.pick(ARRAY['Renew the Pune godown rent agreement', 'Call ' || egen.ifirst('tdpc', p) || ' ' || egen.ilast('tdpc', p) || ' re: cheque bounce, ' || egen.mob('tdpm', p, 'India'),
         'Book the service van for the Nashik trip', 'Submit travel bill for the Hubballi visit', 'Remind ' || egen.fullname(egen.st('any', 'tdpr', p)) || ' about the GST return', 'Order business cards'], 'tdpt', p),
       NULL, NULL, NULL, NULL, NULL, NULL
FROM generate_series(1, 60) p CROSS JOIN LATERAL (SELECT egen.st('any', 'tdpw', p) AS w) x;

-- Notes: the desk's notice board.
CREATE TABLE "tabNote" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    title varchar(140), content text,
    _user_tags text, _comments text, _assign text, _liked_by text
);
INSERT INTO "tabNote"
SELECT egen.h('note', n), egen.ts('note', n), egen.ts('note', n) + interval '1 day', w, w, 0, 0, t, '<div class="ql-editor read-mode">' || c || '</div>', NULL, NULL, NULL,
       CASE WHEN n % 3 = 0 THEN '["' || egen.st('any', 'notel', n) || '", "' || egen.st('any', 'notel2', n) || '"]' END
FROM (VALUES
  (1, 'Holiday list 2024', '<p>Office closed on 26 Jan, 8 Mar, 25 Mar, 17 Apr, 1 May, 15 Aug, 2 Oct, 31 Oct-1 Nov and 25 Dec. Service desk stays open on rotation.</p>'),
  (2, 'GST rate on compressors', '<p>HSN 8414 stays at 18%. Check the HSN on every new item before the first invoice.</p>'),
  (3, 'Service on-call rota - January', '<p>Week 1: ' || (SELECT fn || ' (' || mobile || ')' FROM egen.em WHERE k = 23) || '<br>Week 2: ' || (SELECT fn || ' (' || mobile || ')' FROM egen.em WHERE k = 26)
     || '<br>Weeks 3-4: ' || (SELECT fn || ' (' || mobile || ')' FROM egen.em WHERE k = 29) || '</p>'),
  (4, 'How to raise a breakdown call', '<p>Create an Opportunity with the source Existing Customer, attach photos, and assign the service coordinator.</p>'),
  (5, 'Welcome ' || (SELECT fn FROM egen.em WHERE k = 91), '<p>Please welcome ' || (SELECT fn FROM egen.em WHERE k = 91) || ', who will lead our new Hamburg company from October.</p>'),
  (6, 'New price list from April', '<p>Dealer Price 2024 is live. Old quotes stay valid until 30 April.</p>'),
  (7, 'Courier pickups', '<p>Blue Dart pickup at 4 pm on weekdays. Ask the front desk for the airway bill book.</p>'),
  (8, 'Condolences', (SELECT '<p>' || fn || CASE WHEN gender = 'Female' THEN ' lost her father last week. She is on leave until Monday; please route her calls' ELSE ' lost his father last week. He is on leave until Monday; please route his calls' END
     || ' to the service coordinator.</p>' FROM egen.em WHERE k = 27)),
  (9, 'Fire drill', '<p>Fire drill on Saturday at 11 am. Assemble at the main gate.</p>'),
  (10, 'Diwali bonus', '<p>Bonus will be credited with the October salary.</p>'),
  (11, 'New joinee', '<p>' || (SELECT fn FROM egen.em WHERE k = 58) || ' joins the service team on Monday as a technician. Mobile ' || (SELECT mobile FROM egen.em WHERE k = 58) || '.</p>'),
  (12, 'Year-end stock count', '<p>Stock count on 31 March. No dispatches after 2 pm on 30 March.</p>')) v(n, t, c)
CROSS JOIN LATERAL (SELECT CASE WHEN n IN (5, 8, 10, 11) THEN 'divya.desai@tidewater-trading.in' ELSE egen.st('Management', 'notew', n) END AS w) x;

-- CRM Notes: the notes table of leads and opportunities.
CREATE TABLE "tabCRM Note" (
    name varchar(140) NOT NULL PRIMARY KEY, creation timestamp(6), modified timestamp(6), modified_by varchar(140), owner varchar(140),
    docstatus smallint NOT NULL DEFAULT 0, idx bigint NOT NULL DEFAULT 0,
    note text, added_by varchar(140), added_on timestamp(6),
    parent varchar(140), parentfield varchar(140), parenttype varchar(140)
);
INSERT INTO "tabCRM Note"
SELECT egen.h('crn', q), ts, ts, by, by, 0, row_number() OVER (PARTITION BY r.name ORDER BY q),
       egen.html(fixture_gen.pick(ARRAY[
         'Called ' || coalesce(r.who, 'the contact') || '. Running two 7.5 HP units, one is 12 years old. Wants a replacement quote with R448A.',
         'Visited the site. Cold room 20x12x10 ft, door seal damaged, condenser in direct sun.',
         'Spoke to ' || egen.first('crnp', q, r.country = 'India') || ' (maintenance), decision by the owner ' || coalesce(r.who, '') || ' next week.',
         'Sent the brochure on WhatsApp to ' || coalesce(r.mob, 'the number on the card') || '.',
         'Budget is tight; offered EMI through the bank.',
         'Referred by ' || egen.first('crnr', q, r.country = 'India') || ' ' || egen.last('crnr', q, r.country = 'India') || ' of an existing AMC customer.',
         'No answer three times. Closing unless they write back.'], 'crnt', q)),
       by, ts, r.name, 'notes', r.dt
FROM (SELECT q, CASE WHEN q % 3 = 0 THEN 'Opportunity' ELSE 'Lead' END AS xdt FROM generate_series(1, 420) q) x
JOIN egen.rdc c ON c.dt = x.xdt JOIN egen.rd r ON r.dt = x.xdt AND r.idx = 1 + fixture_gen.n('crnr', x.q, c.n)
CROSS JOIN LATERAL (SELECT r.cr + make_interval(days => fixture_gen.n('crnd', x.q, 20), secs => fixture_gen.n('crns', x.q, 40000)) AS ts, egen.stc('Sales', r.country, 'crnb', x.q) AS by) y;

-- __global_search: the search bar's index, one row per document, its fields joined with ' ||| '.
CREATE TABLE "__global_search" (
    doctype varchar(100) DEFAULT NULL, name varchar(140) DEFAULT NULL, title varchar(140) DEFAULT NULL, content text, route varchar(140) DEFAULT NULL,
    published smallint NOT NULL DEFAULT 0, UNIQUE (doctype, name)
);
INSERT INTO "__global_search"
SELECT 'Customer', name, customer_name, 'Customer Name : ' || customer_name || ' ||| Customer Type : ' || customer_type || ' ||| Territory : ' || territory
       || coalesce(' ||| Tax Id : ' || tax_id, '') || coalesce(' ||| Mobile No : ' || mobile_no, '') || coalesce(' ||| Email Id : ' || email_id, ''), NULL, 0 FROM "tabCustomer"
UNION ALL
SELECT 'Contact', name, full_name, 'First Name : ' || first_name || coalesce(' ||| Last Name : ' || last_name, '') || coalesce(' ||| Email Id : ' || email_id, '') || coalesce(' ||| Mobile No : ' || mobile_no, '')
       || coalesce(' ||| Company Name : ' || company_name, ''), NULL, 0 FROM "tabContact"
UNION ALL
SELECT 'Lead', name, lead_name, 'Lead Name : ' || lead_name || coalesce(' ||| Organization Name : ' || company_name, '') || coalesce(' ||| Email : ' || email_id, '') || coalesce(' ||| Mobile No : ' || mobile_no, ''), NULL, 0 FROM "tabLead"
UNION ALL
SELECT 'Supplier', name, supplier_name, 'Supplier Name : ' || supplier_name || ' ||| Supplier Group : ' || supplier_group, NULL, 0 FROM "tabSupplier"
UNION ALL
SELECT 'Item', name, item_name, 'Item Code : ' || item_code || ' ||| Item Name : ' || item_name || ' ||| Item Group : ' || item_group || ' ||| Description : ' || regexp_replace(description, '<[^>]+>', '', 'g'),
       NULL, 0 FROM "tabItem";

-- The timeline caches on each document: _comments (the last comments), _assign (open ToDos' assignees).
DO $$
DECLARE
  d text;
BEGIN
  FOREACH d IN ARRAY ARRAY['Lead', 'Opportunity', 'Quotation', 'Sales Order', 'Sales Invoice', 'Customer', 'Employee', 'Contact', 'Item', 'Payment Entry'] LOOP
    EXECUTE format($f$UPDATE %I t SET _comments = c.js FROM (
        SELECT reference_name, '[' || string_agg('{"comment": ' || to_json(CASE WHEN length(content) > 100 THEN left(content, 97) || '...' ELSE content END)::text || ', "by": "' || comment_email || '", "name": "' || name || '"}', ', ' ORDER BY creation) || ']' AS js
        FROM "tabComment" WHERE reference_doctype = %L AND comment_type = 'Comment' GROUP BY reference_name) c WHERE c.reference_name = t.name$f$, 'tab' || d, d);
    EXECUTE format($f$UPDATE %I t SET _assign = a.js FROM (
        SELECT ref, '[' || coalesce(string_agg(DISTINCT '"' || alloc || '"', ', ') FILTER (WHERE open), '') || ']' AS js
        FROM egen.td WHERE dt = %L GROUP BY ref) a WHERE a.ref = t.name$f$, 'tab' || d, d);
  END LOOP;
END $$;

-- The site's "now" is the end of March 2025: no document was modified after it.
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'modified' WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' LOOP
    EXECUTE format('UPDATE %I SET modified = creation + (timestamp %L - creation) * ((extract(microseconds FROM creation)::bigint %% 90 + 5) / 100.0) WHERE modified > timestamp %L',
                   t, '2025-03-31 18:40:00', '2025-03-31 18:40:00');
  END LOOP;
END $$;

SET client_min_messages = warning;
DROP SCHEMA egen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
