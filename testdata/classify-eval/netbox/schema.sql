-- classify-eval fixture (HOLDOUT 52: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- NetBox 4.1 network source of truth on PostgreSQL in the naming its Django
-- migrations create (app_model snake_case tables, bigint identity ids,
-- created/last_updated timestamptz, custom_field_data jsonb on every
-- NetBoxModel, description and comments on primary models, MPTT's
-- lft/rght/tree_id/level on nested groups, generic relations as
-- *_object_type_id / *_object_id pairs pointing at django_content_type), a
-- subset of its tables with their real columns and types. As of NetBox 4.0
-- the user table is users_user (it was auth_user), and as of 4.1 the change
-- log is core_objectchange (it was extras_objectchange); the names here are
-- those of 4.1. Foreign keys to tables left out (dcim_sitegroup, dcim_rack,
-- dcim_cable, virtualization_cluster, tenancy_contactgroup, ...) are kept as
-- plain nullable columns. No other schema: NetBox's own tables reach the
-- column count.
--
-- The instance is netbox.dalefibre.net, run by Dalefibre Ltd, a regional
-- FTTP internet service provider in North and West Yorkshire (Harrogate,
-- Knaresborough, Ripon, Skipton, Otley, Ilkley, Wetherby and the Dales),
-- with two data centre suites in Leeds, ten POPs, street cabinets and a
-- stores depot. Every subscriber is a tenant: residential subscribers under
-- their own names, businesses and sole traders under their trading names,
-- with account numbers, billing emails, mobiles, dates of birth from the
-- credit check and VAT numbers kept in custom fields. Each subscriber's
-- premises is a site with the home or office address and coordinates and
-- access notes naming people; the CPE and ONTs at those premises are
-- devices named after the account and often the surname, whose local
-- context data carries the PPPoE login, Wi-Fi key and ACS credentials the
-- provisioning script pushed; access ports' descriptions name the
-- subscriber. IPAM holds infrastructure pools beside addresses and prefixes
-- delegated to subscribers, with reverse DNS; VLANs and VRFs of business
-- customers; circuits of transit and backhaul beside wholesale last-mile
-- lines whose descriptions and custom fields name the end user. Contacts
-- are business customers' staff, residents' partners, landlords and
-- keyholders, and carriers' NOC mailboxes. The journal holds field
-- engineers' notes; the change log keeps full JSON snapshots of every
-- object (PPPoE passwords and mobiles among them). Webhooks post to Slack,
-- Teams, PagerDuty, the billing system and the RADIUS API with their keys;
-- config contexts hold RADIUS and TACACS shared secrets and SNMPv3 keys;
-- the customers' Wi-Fi networks keep their PSKs. Staff accounts with
-- PBKDF2 hashes, API tokens in clear with the IPs allowed to use them, the
-- Django session store, jobs of the provisioning scripts whose logs quote
-- the passwords they set, photos of installations named after the
-- household, tags, saved UI preferences and content types.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA nbgen;

-- at: a time between two instants, to the microsecond as Django stores it.
CREATE FUNCTION nbgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int) + fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0)
$$;

-- slug: Django's slugify of a name.
CREATE FUNCTION nbgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(BOTH '-' FROM regexp_replace(lower(translate(replace(s, '''', ''), 'áéíóúàèìòùâêîôûäëïöüãõñçışğÁÉÍÓÚÖÜÇŞİ', 'aeiouaeiouaeiouaeiouaoncisgAEIOUOUCSI')), '[^a-z0-9]+', '-', 'g'))
$$;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION nbgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789') $$;

CREATE FUNCTION nbgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- mac: a MAC address of a CPE/ONT/switch vendor's OUI.
CREATE FUNCTION nbgen.mac(tag text, i bigint) RETURNS macaddr
LANGUAGE sql IMMUTABLE AS $$
  SELECT (fixture_gen.pick(ARRAY['00:1e:80', 'bc:cf:4f', '54:83:3a', '48:8f:5a', '74:83:c2', 'f0:9f:c2', 'e4:38:83', 'a0:f3:c1', 'dc:2c:6e', '00:25:90'], tag, i)
          || ':' || substr(md5(tag || 'm' || i), 1, 2) || ':' || substr(md5(tag || 'm' || i), 3, 2) || ':' || substr(md5(tag || 'm' || i), 5, 2))::macaddr
$$;

-- ukphone: a UK mobile or a Dales landline in the ways people type them.
CREATE FUNCTION nbgen.ukphone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 5)
    WHEN 0 THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 1 THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    WHEN 2 THEN fixture_gen.pick(ARRAY['01423', '01756', '01765', '01943', '01937'], tag || 'a', i) || ' ' || fixture_gen.digits(tag, i, 6)
    WHEN 3 THEN '07' || fixture_gen.digits(tag, i, 9)
    ELSE '0113 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4) END
$$;

-- Towns the network covers: postcode district, region, centre.
CREATE TABLE nbgen.town (k int PRIMARY KEY, name text, district text, region_id int, lat numeric, lon numeric, code text);
INSERT INTO nbgen.town VALUES
  (0, 'Harrogate', 'HG2', 3, 53.9921, -1.5418, 'HGT'), (1, 'Knaresborough', 'HG5', 4, 54.0096, -1.4669, 'KNA'),
  (2, 'Boroughbridge', 'YO51', 4, 54.0950, -1.3980, 'KNA'), (3, 'Ripon', 'HG4', 5, 54.1382, -1.5240, 'RIP'),
  (4, 'Pateley Bridge', 'HG3', 6, 54.0860, -1.7590, 'PAT'), (5, 'Skipton', 'BD23', 7, 53.9623, -2.0163, 'SKP'),
  (6, 'Settle', 'BD24', 7, 54.0690, -2.2790, 'SKP'), (7, 'Otley', 'LS21', 9, 53.9050, -1.6940, 'OTL'),
  (8, 'Ilkley', 'LS29', 10, 53.9250, -1.8220, 'ILK'), (9, 'Wetherby', 'LS22', 11, 53.9285, -1.3869, 'WET');

-- The subscribers: 1-150 residential (people), 151-185 businesses, 186-200
-- sole traders trading under their own names.
CREATE TABLE nbgen.sub (sid int PRIMARY KEY, kind text, first text, last text, name text, slug text, acct text, email text, phone text,
  street text, town text, postcode text, lat numeric, lon numeric, region_id int, code text, dob date, vat text, company text);
INSERT INTO nbgen.sub
SELECT i, kind, f, l,
       CASE kind WHEN 'res' THEN f || ' ' || l ELSE co END,
       NULL,
       'DF' || (100000 + i * 37)::text,
       CASE kind WHEN 'res' THEN fixture_gen.ascii(f) || CASE WHEN i % 3 = 0 THEN '.' ELSE '' END || fixture_gen.ascii(l) || CASE WHEN i % 4 = 0 THEN (i % 90)::text ELSE '' END || '@'
                   || fixture_gen.pick(ARRAY['gmail.com', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'sky.com', 'hotmail.co.uk', 'talktalk.net'], 'sed', i)
                 WHEN 'biz' THEN fixture_gen.pick(ARRAY['office', 'info', 'accounts', 'admin', 'hello'], 'seb', i) || '@' || replace(nbgen.slug(co), '-', '') || '.co.uk'
                 ELSE fixture_gen.ascii(f) || '@' || replace(nbgen.slug(co), '-', '') || '.co.uk' END,
       nbgen.ukphone('sph', i),
       CASE i % 6 WHEN 0 THEN fixture_gen.pick(ARRAY['Rose Cottage', 'Low Barn', 'The Old Vicarage', 'Moorside', 'Beck House', 'Holly Garth'], 'shn', i) || ', ' || fixture_gen.pick(ARRAY['Back Lane', 'Moor Road', 'Church Street', 'Main Street'], 'sst', i)
                  WHEN 1 THEN 'Flat ' || (1 + i % 12)::text || ', ' || (2 + fixture_gen.n('shn', i, 60))::text || ' ' || fixture_gen.pick(ARRAY['Station Parade', 'Valley Drive', 'Kings Road', 'Bondgate', 'Westgate'], 'sst', i)
                  ELSE (1 + fixture_gen.n('shn', i, 140))::text || ' ' || fixture_gen.pick(ARRAY['Station Road', 'Church Lane', 'Kings Road', 'Valley Drive', 'Skipton Road', 'Cold Bath Road', 'Leeds Road', 'Bondgate', 'Westgate',
                       'Main Street', 'Mill Lane', 'Moor View', 'Beech Grove', 'Park Avenue', 'Otley Road', 'Cawood Road'], 'sst', i) END,
       t.name, t.district || CASE WHEN t.k = 0 AND i % 2 = 0 THEN '' ELSE '' END || ' ' || (1 + fixture_gen.n('spc', i, 9))::text || fixture_gen.chars('spc', i, 2, 'ABDEFGHJLNPQRSTUWXYZ'),
       round(t.lat + (fixture_gen.n('sla', i, 2000) - 1000) / 100000.0, 6), round(t.lon + (fixture_gen.n('slo', i, 2000) - 1000) / 100000.0, 6),
       t.region_id, t.code,
       CASE WHEN kind <> 'biz' THEN fixture_gen.birth_date('sdob', i) END,
       CASE WHEN kind = 'biz' OR (kind = 'sole' AND i % 2 = 0) THEN 'GB' || fixture_gen.digits('svat', i, 9) END,
       co
FROM generate_series(1, 200) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('sfn', i) AS f, fixture_gen.last_name('sln', i) AS l,
                           CASE WHEN i <= 150 THEN 'res' WHEN i <= 185 THEN 'biz' ELSE 'sole' END AS kind) a
CROSS JOIN LATERAL (SELECT CASE a.kind WHEN 'biz' THEN fixture_gen.pick(ARRAY['Wharfedale', 'Nidd Valley', 'Aire', 'Chevin', 'Pennine', 'Dales', 'Moorland', 'Ripon', 'Craven', 'Stray', 'Ure', 'Harlow'], 'cb1', i)
                             || ' ' || fixture_gen.pick(ARRAY['Dental Practice', 'Veterinary Centre', 'Print Works', 'Joinery Ltd', 'Accountants', 'Estate Agents', 'Brewing Co', 'Garden Centre',
                                                          'Physiotherapy', 'Solicitors LLP', 'Coffee Roasters', 'Motor Services', 'Holiday Cottages', 'Primary School'], 'cb2', i)
                           WHEN 'sole' THEN CASE WHEN i % 3 = 0 THEN a.f || ' ' || a.l ELSE a.l END || ' ' || fixture_gen.pick(ARRAY['Plumbing & Heating', 'Electrical', 'Photography', 'Hair Studio', 'Bookkeeping', 'Landscaping', 'Dog Grooming'], 'cst', i) END AS co) b
JOIN nbgen.town t ON t.k = fixture_gen.n('stw', i, 10);
-- Tenant names are unique: a second subscriber of the same name gets the
-- account number after it, as the support desk does.
UPDATE nbgen.sub s SET name = s.name || ' (' || s.acct || ')' WHERE EXISTS (SELECT 1 FROM nbgen.sub o WHERE o.name = s.name AND o.sid < s.sid);
UPDATE nbgen.sub SET slug = nbgen.slug(CASE kind WHEN 'res' THEN first || ' ' || last ELSE company END) || '-' || lower(acct);

-- Staff: 1 the shared admin login, 2-21 people, 22-25 service accounts.
CREATE TABLE nbgen.staff (i int PRIMARY KEY, first text, last text, username text, email text, job text);
INSERT INTO nbgen.staff
SELECT i, f, l,
       CASE WHEN i % 3 = 0 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) END,
       fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@dalefibre.co.uk',
       fixture_gen.pick(ARRAY['Field Engineer', 'Field Engineer', 'Field Engineer', 'NOC Engineer', 'NOC Engineer', 'Network Architect', 'Provisioning', 'Customer Support', 'Planning'], 'stj', i)
FROM generate_series(2, 21) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('tfn', i) AS f, fixture_gen.last_name('tln', i) AS l) x;
INSERT INTO nbgen.staff VALUES (1, '', '', 'admin', 'noc@dalefibre.co.uk', 'shared'), (22, '', '', 'api-provisioning', '', 'service'),
  (23, '', '', 'oxidized', '', 'service'), (24, '', '', 'grafana-sync', '', 'service'), (25, 'Billing', 'Sync', 'svc-billing', 'billing-sync@dalefibre.co.uk', 'service');

-- ---------------------------------------------------------------------------
-- Django's own tables.

CREATE TABLE django_content_type (
  id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  app_label varchar(100) NOT NULL,
  model varchar(100) NOT NULL,
  CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model)
);
INSERT INTO django_content_type (id, app_label, model) VALUES
  (1, 'auth', 'permission'), (2, 'contenttypes', 'contenttype'), (3, 'sessions', 'session'), (4, 'users', 'user'), (5, 'users', 'token'),
  (6, 'dcim', 'region'), (7, 'dcim', 'site'), (8, 'dcim', 'location'), (9, 'dcim', 'device'), (10, 'dcim', 'interface'), (11, 'dcim', 'devicetype'),
  (12, 'ipam', 'prefix'), (13, 'ipam', 'ipaddress'), (14, 'ipam', 'vlan'), (15, 'ipam', 'vrf'), (16, 'circuits', 'provider'), (17, 'circuits', 'circuit'),
  (18, 'circuits', 'circuittermination'), (19, 'tenancy', 'tenant'), (20, 'tenancy', 'contact'), (21, 'tenancy', 'contactassignment'),
  (22, 'extras', 'journalentry'), (23, 'extras', 'webhook'), (24, 'extras', 'eventrule'), (25, 'extras', 'configcontext'), (26, 'extras', 'script'),
  (27, 'core', 'job'), (28, 'core', 'objectchange'), (29, 'wireless', 'wirelesslan'), (30, 'extras', 'imageattachment'), (31, 'extras', 'tag'),
  (32, 'core', 'datasource'), (33, 'dcim', 'manufacturer'), (34, 'dcim', 'platform'), (35, 'dcim', 'devicerole'), (36, 'ipam', 'asn'),
  (37, 'ipam', 'rir'), (38, 'circuits', 'provideraccount'), (39, 'circuits', 'circuittype'), (40, 'tenancy', 'tenantgroup'), (41, 'tenancy', 'contactrole'),
  (42, 'extras', 'customfield'), (43, 'users', 'group'), (44, 'users', 'objectpermission'), (45, 'users', 'userconfig'), (46, 'extras', 'taggeditem');

-- ---------------------------------------------------------------------------
-- users: staff accounts, their UI settings, API tokens; the session store.

CREATE TABLE users_user (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  password varchar(128) NOT NULL,
  last_login timestamp with time zone NULL,
  is_superuser boolean NOT NULL,
  username varchar(150) NOT NULL UNIQUE,
  first_name varchar(150) NOT NULL,
  last_name varchar(150) NOT NULL,
  email varchar(254) NOT NULL,
  is_staff boolean NOT NULL,
  is_active boolean NOT NULL,
  date_joined timestamp with time zone NOT NULL
);
INSERT INTO users_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined)
SELECT s.i,
       CASE WHEN s.job = 'service' AND s.i <> 25 THEN '!' || nbgen.rnd('unu', s.i, 40) ELSE fixture_gen.pbkdf2('upw', s.i) END,
       CASE WHEN s.i % 9 <> 4 THEN nbgen.at('ull', s.i, '2024-08-01', '2024-10-30') END,
       s.i IN (1, 7, 12), s.username, s.first, s.last, s.email, s.i IN (1, 7, 12), s.i % 9 <> 4,
       nbgen.at('udj', s.i, '2019-03-01', '2024-06-01')
FROM nbgen.staff s ORDER BY s.i;

CREATE TABLE users_userconfig (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  data jsonb NOT NULL,
  user_id bigint NOT NULL UNIQUE REFERENCES users_user (id)
);
INSERT INTO users_userconfig (user_id, data)
SELECT i, jsonb_build_object('ui', jsonb_build_object('colormode', fixture_gen.pick(ARRAY['light', 'dark', 'dark'], 'ucm', i)),
         'pagination', jsonb_build_object('per_page', fixture_gen.pick(ARRAY['50', '100', '250'], 'upp', i)::int, 'placement', 'bottom'),
         'tables', jsonb_build_object('DeviceTable', jsonb_build_object('columns', '["name","status","tenant","site","role","primary_ip"]'::jsonb),
                                      'InterfaceTable', jsonb_build_object('columns', '["name","device","description","mac_address","enabled"]'::jsonb)),
         'data_format', fixture_gen.pick(ARRAY['json', 'yaml'], 'udf', i), 'csv_delimiter', 'comma')
FROM generate_series(1, 25) i;

CREATE TABLE users_token (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NOT NULL,
  expires timestamp with time zone NULL,
  key varchar(40) NOT NULL UNIQUE,
  write_enabled boolean NOT NULL,
  description varchar(200) NOT NULL,
  user_id bigint NOT NULL REFERENCES users_user (id),
  allowed_ips inet[] NULL,
  last_used timestamp with time zone NULL
);
INSERT INTO users_token (created, expires, key, write_enabled, description, user_id, allowed_ips, last_used)
SELECT nbgen.at('tkc', i, '2021-01-01', '2024-09-01'),
       CASE WHEN i % 4 = 0 THEN nbgen.at('tke', i, '2024-06-01', '2025-12-31') END,
       fixture_gen.hexn('tkk', i, 40),
       i % 3 <> 1,
       CASE u WHEN 22 THEN 'provisioning worker' WHEN 23 THEN 'config backup' WHEN 24 THEN 'grafana datasource' WHEN 25 THEN 'billing sync (Splynx)'
            ELSE fixture_gen.pick(ARRAY['', 'laptop', 'ansible', 'pynetbox scripts', 'Field app', 'Postman testing', 'nautobot migration test'], 'tkd', i) END,
       u,
       CASE WHEN u > 21 THEN ARRAY['10.20.0.' || (10 + u)::text || '/32']::inet[]
            WHEN i % 3 = 0 THEN ARRAY[(fixture_gen.ipv4('tkip', i) || '/32')::inet]
            WHEN i % 3 = 1 THEN ARRAY[(fixture_gen.ipv4('tkip', i) || '/32')::inet, '10.20.0.0/16'::inet] END,
       CASE WHEN i % 5 <> 0 THEN nbgen.at('tku', i, '2024-09-01', '2024-10-30') END
FROM generate_series(1, 30) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 8 THEN 21 + 1 + (i - 1) % 4 ELSE 2 + fixture_gen.n('tku', i, 20) END AS u) x;

CREATE TABLE django_session (
  session_key varchar(40) NOT NULL PRIMARY KEY,
  session_data text NOT NULL,
  expire_date timestamp with time zone NOT NULL
);
CREATE INDEX django_session_expire_date_a5c62663 ON django_session (expire_date);
INSERT INTO django_session (session_key, session_data, expire_date)
SELECT fixture_gen.chars('sk', i, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       '.eJxVjEEOgjAQRe' || nbgen.b64url('sd', i, 96 + fixture_gen.n('sdl', i, 60)) || ':1s' || fixture_gen.chars('sds', i, 4) || ':' || nbgen.b64url('sdh', i, 32),
       nbgen.at('sx', i, '2024-10-20', '2024-11-13')
FROM generate_series(1, 60) i;

-- ---------------------------------------------------------------------------
-- tenancy: tenant groups, tenants (one per subscriber), contacts.

CREATE TABLE tenancy_tenantgroup (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  description varchar(200) NOT NULL,
  lft integer NOT NULL,
  rght integer NOT NULL,
  tree_id integer NOT NULL,
  level integer NOT NULL,
  parent_id bigint NULL REFERENCES tenancy_tenantgroup (id)
);
INSERT INTO tenancy_tenantgroup (id, created, last_updated, custom_field_data, name, slug, description, lft, rght, tree_id, level, parent_id) VALUES
  (1, '2019-04-02 10:11:05+00', '2019-04-02 10:11:05+00', '{}', 'Subscribers', 'subscribers', 'Everyone we bill', 1, 8, 1, 0, NULL),
  (2, '2019-04-02 10:11:30+00', '2022-02-14 09:40:12+00', '{}', 'Residential', 'residential', 'Home broadband (FTTP)', 2, 3, 1, 1, 1),
  (3, '2019-04-02 10:11:49+00', '2019-04-02 10:11:49+00', '{}', 'Business', 'business', 'SME broadband and leased lines', 4, 5, 1, 1, 1),
  (4, '2021-09-30 13:02:11+00', '2021-09-30 13:02:11+00', '{}', 'Public sector', 'public-sector', 'Schools and council sites', 6, 7, 1, 1, 1),
  (5, '2019-04-02 10:12:20+00', '2019-04-02 10:12:20+00', '{}', 'Internal', 'internal', 'Dalefibre''s own infrastructure', 1, 2, 2, 0, NULL),
  (6, '2020-11-03 16:45:00+00', '2020-11-03 16:45:00+00', '{}', 'Wholesale partners', 'wholesale-partners', 'ISPs buying wholesale access on our network', 1, 2, 3, 0, NULL);

CREATE TABLE tenancy_tenant (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  group_id bigint NULL REFERENCES tenancy_tenantgroup (id)
);
INSERT INTO tenancy_tenant (id, created, last_updated, custom_field_data, description, comments, name, slug, group_id)
SELECT s.sid, c, nbgen.at('tnu', s.sid, c, '2024-10-30'),
       jsonb_strip_nulls(jsonb_build_object('account_number', s.acct, 'billing_email', CASE WHEN s.sid % 11 <> 0 THEN s.email END,
         'mobile', CASE WHEN s.sid % 5 <> 0 THEN s.phone END, 'date_of_birth', CASE WHEN s.kind = 'res' AND s.sid % 3 <> 0 THEN s.dob::text END,
         'vat_number', s.vat, 'priority_services', s.kind = 'res' AND s.sid % 13 = 0, 'billing_id', 'SPX-' || (4000 + s.sid)::text,
         'marketing_opt_in', s.sid % 4 = 0)),
       CASE s.kind WHEN 'res' THEN fixture_gen.pick(ARRAY['Residential FTTP 150', 'Residential FTTP 500', 'Residential FTTP 900', 'Residential FTTP 900', 'Residential FTTP 2000', 'Social tariff 100'], 'tnd', s.sid)
                   WHEN 'biz' THEN fixture_gen.pick(ARRAY['Business FTTP 900 + static /29', 'Business leased line 1G', 'Business leased line 10G', 'Business FTTP 500'], 'tnd', s.sid)
                   ELSE fixture_gen.pick(ARRAY['Business FTTP 500', 'Business FTTP 900 + static IP'], 'tnd', s.sid) END,
       CASE s.sid % 9
         WHEN 0 THEN 'Priority services: ' || s.first || ' uses a home oxygen concentrator, keep on the restoration list and call ' || s.phone || ' before any planned work.'
         WHEN 1 THEN 'Moved from ' || fixture_gen.pick(ARRAY['Ilkley', 'Otley', 'Leeds', 'York'], 'tnm', s.sid) || ' in ' || (2020 + s.sid % 4)::text || ', previous account DF' || (100000 + (s.sid + 40) * 37)::text || ' closed.'
         WHEN 2 THEN 'Payment arrangement agreed with ' || CASE WHEN s.sid % 2 = 0 THEN 'Mr ' ELSE 'Ms ' END || s.last || ' on ' || to_char(fixture_gen.birth_date('tnp', s.sid) + 25000, 'DD/MM/YYYY') || ', £20 a month.'
         WHEN 3 THEN 'Static IP requested for home CCTV.'
         WHEN 4 THEN ''
         WHEN 5 THEN 'Referred by ' || fixture_gen.full_name('tnr', s.sid) || ' (' || 'DF' || (100000 + ((s.sid * 7) % 150 + 1) * 37)::text || '), referral credit applied.'
         WHEN 6 THEN 'Hearing impaired: contact by text only.'
         ELSE '' END,
       s.name, s.slug,
       CASE s.kind WHEN 'res' THEN 2 WHEN 'biz' THEN CASE WHEN s.company LIKE '%School' THEN 4 ELSE 3 END ELSE 3 END
FROM nbgen.sub s CROSS JOIN LATERAL (SELECT nbgen.at('tnc', s.sid, '2019-05-01', '2024-09-30') AS c) x ORDER BY s.sid;
INSERT INTO tenancy_tenant (id, created, last_updated, custom_field_data, description, comments, name, slug, group_id) VALUES
  (201, '2019-04-02 10:14:00+00', '2023-01-09 11:20:31+00', '{"account_number": null}', 'Core, backhaul and access network', '', 'Dalefibre Infrastructure', 'dalefibre-infrastructure', 5),
  (202, '2019-04-02 10:15:00+00', '2019-04-02 10:15:00+00', '{}', 'Staff broadband benefit', 'Lines for employees; bill to payroll.', 'Dalefibre Staff Broadband', 'dalefibre-staff-broadband', 5),
  (203, '2021-09-30 13:10:00+00', '2024-03-12 08:02:44+00', '{"account_number": "DF099001", "billing_email": "ict.procurement@northyorks.gov.uk"}', 'Schools connectivity framework lot 2', '', 'North Yorkshire Council (Schools)', 'north-yorkshire-council-schools', 4),
  (204, '2020-11-03 16:50:00+00', '2024-07-01 12:00:00+00', '{"account_number": "WS000004"}', 'Wholesale access partner', 'Partner NOC: noc@yorkshirewebnet.example. Escalations go to their on-call line.', 'Yorkshire WebNet', 'yorkshire-webnet', 6);

CREATE TABLE tenancy_contactrole (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  description varchar(200) NOT NULL
);
INSERT INTO tenancy_contactrole (id, created, last_updated, custom_field_data, name, slug, description) VALUES
  (1, '2019-04-02 10:20:00+00', '2019-04-02 10:20:00+00', '{}', 'Account holder', 'account-holder', 'Named on the contract'),
  (2, '2019-04-02 10:20:10+00', '2019-04-02 10:20:10+00', '{}', 'Technical contact', 'technical', 'Who to call about faults'),
  (3, '2019-04-02 10:20:20+00', '2019-04-02 10:20:20+00', '{}', 'Billing', 'billing', ''),
  (4, '2019-04-02 10:20:30+00', '2021-06-15 09:00:00+00', '{}', 'Keyholder / site access', 'keyholder', 'Lets engineers in'),
  (5, '2019-04-02 10:20:40+00', '2019-04-02 10:20:40+00', '{}', 'NOC', 'noc', 'Carrier or partner network operations'),
  (6, '2020-01-20 14:00:00+00', '2020-01-20 14:00:00+00', '{}', 'Landlord', 'landlord', 'Owner of a rented premises (wayleave)'),
  (7, '2022-11-01 08:30:00+00', '2022-11-01 08:30:00+00', '{}', 'Emergency', 'emergency', 'Second contact for priority services customers');

CREATE TABLE tenancy_contact (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  name varchar(100) NOT NULL,
  title varchar(100) NOT NULL,
  phone varchar(50) NOT NULL,
  email varchar(254) NOT NULL,
  address varchar(200) NOT NULL,
  link varchar(200) NOT NULL,
  group_id bigint NULL
);
-- 1-10 carriers' NOCs; 11-150 people: business staff, residents' partners,
-- landlords, keyholders, emergency contacts.
INSERT INTO tenancy_contact (id, created, last_updated, custom_field_data, description, comments, name, title, phone, email, address, link, group_id)
SELECT i, '2019-06-01 09:00:00+00'::timestamptz + make_interval(days => i * 3), '2024-02-01 09:00:00+00'::timestamptz + make_interval(days => i),
       '{}', 'Carrier NOC', '', p || ' NOC', '', '0800 ' || fixture_gen.digits('cnp', i, 3) || ' ' || fixture_gen.digits('cnq', i, 4),
       'noc@' || d, '', 'https://' || d || '/support', NULL
FROM (VALUES (1, 'CityFibre', 'cityfibre.com'), (2, 'Openreach', 'openreach.co.uk'), (3, 'Neos Networks', 'neosnetworks.com'), (4, 'Zayo', 'zayo.com'),
             (5, 'Cogent', 'cogentco.com'), (6, 'LINX', 'linx.net'), (7, 'Netomnia', 'netomnia.com'), (8, 'Virgin Media Business', 'virginmediabusiness.co.uk'),
             (9, 'Lumen', 'lumen.com'), (10, 'Yorkshire WebNet', 'yorkshirewebnet.example')) v (i, p, d);
INSERT INTO tenancy_contact (id, created, last_updated, custom_field_data, description, comments, name, title, phone, email, address, link, group_id)
SELECT i, c, nbgen.at('cou', i, c, '2024-10-30'),
       CASE WHEN i % 4 = 0 THEN jsonb_build_object('preferred_channel', fixture_gen.pick(ARRAY['sms', 'email', 'phone'], 'ccf', i), 'out_of_hours', i % 8 = 0)
            WHEN i % 4 = 1 THEN jsonb_build_object('whatsapp', nbgen.ukphone('cwa', i)) ELSE '{}'::jsonb END,
       CASE r WHEN 0 THEN 'Works at ' || coalesce(s.company, 'the premises') WHEN 1 THEN 'Partner of account holder' WHEN 2 THEN 'Landlord' WHEN 3 THEN 'Keyholder' ELSE 'Emergency contact' END,
       CASE i % 7 WHEN 0 THEN 'Prefers calls after 5pm.' WHEN 1 THEN '' WHEN 2 THEN 'Has a spare key; lives at number ' || (1 + i % 40)::text || ' next door.'
                  WHEN 3 THEN '' WHEN 4 THEN 'Daughter of the account holder, has power of attorney for ' || s.first || ' ' || s.last || '.' ELSE '' END,
       f || ' ' || l,
       CASE r WHEN 0 THEN fixture_gen.pick(ARRAY['Practice Manager', 'Office Manager', 'Director', 'IT Consultant', 'Head Teacher', 'Bursar', 'Owner', 'Operations Manager'], 'cti', i) WHEN 2 THEN 'Landlord' ELSE '' END,
       CASE WHEN i % 10 = 3 THEN '' ELSE nbgen.ukphone('cph', i) END,
       CASE WHEN r = 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || split_part(s.email, '@', 2)
            WHEN i % 6 = 0 THEN '' ELSE fixture_gen.ascii(f) || CASE WHEN i % 2 = 0 THEN '.' ELSE '' END || fixture_gen.ascii(l) || (i % 90)::text || '@'
                 || fixture_gen.pick(ARRAY['gmail.com', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'hotmail.co.uk'], 'cem', i) END,
       CASE WHEN r = 2 THEN fixture_gen.street('cad', i) || ', ' || fixture_gen.pick(ARRAY['Harrogate', 'Leeds', 'York', 'Bradford'], 'cat', i)
            WHEN r IN (3, 4) AND i % 2 = 0 THEN (1 + i % 40)::text || ' ' || regexp_replace(regexp_replace(s.street, '^.*, ', ''), '^[0-9]+ ', '') || ', ' || s.town ELSE '' END,
       CASE WHEN r = 0 AND i % 3 = 0 THEN 'https://www.linkedin.com/in/' || fixture_gen.ascii(f) || '-' || fixture_gen.ascii(l) || '-' || fixture_gen.hexn('cli', i, 6) ELSE '' END,
       NULL
FROM generate_series(11, 150) i
CROSS JOIN LATERAL (SELECT nbgen.at('coc', i, '2019-06-01', '2024-09-01') AS c, fixture_gen.first_name('cfn', i) AS f, fixture_gen.last_name('cln', i) AS l,
                           CASE WHEN i <= 60 THEN 0 ELSE 1 + i % 4 END AS r) x
JOIN nbgen.sub s ON s.sid = CASE WHEN x.r = 0 THEN 151 + i % 50 ELSE 1 + (i * 7) % 150 END;

-- ---------------------------------------------------------------------------
-- dcim: regions, sites (POPs, cabinets, subscribers' premises), locations.

CREATE TABLE dcim_region (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(100) NOT NULL,
  slug varchar(100) NOT NULL,
  description varchar(200) NOT NULL,
  lft integer NOT NULL,
  rght integer NOT NULL,
  tree_id integer NOT NULL,
  level integer NOT NULL,
  parent_id bigint NULL REFERENCES dcim_region (id)
);
INSERT INTO dcim_region (id, created, last_updated, custom_field_data, name, slug, description, lft, rght, tree_id, level, parent_id)
SELECT id, '2019-04-02 09:00:00+00'::timestamptz + make_interval(mins => id), '2019-04-02 09:00:00+00'::timestamptz + make_interval(mins => id), cfd::jsonb, name, nbgen.slug(name), d, lft, rght, 1, lvl, parent
FROM (VALUES (1, 'United Kingdom', '', 1, 24, 0, NULL, '{}'), (2, 'North Yorkshire', '', 2, 13, 1, 1, '{}'), (3, 'Harrogate', 'Harrogate town and Pannal', 3, 4, 2, 2, '{"build_phase": 1}'),
             (4, 'Knaresborough', 'Knaresborough and Boroughbridge', 5, 6, 2, 2, '{"build_phase": 2}'), (5, 'Ripon', '', 7, 8, 2, 2, '{"build_phase": 2}'),
             (6, 'Nidderdale', 'Pateley Bridge and upper dale villages (BDUK voucher area)', 9, 10, 2, 2, '{"build_phase": 3}'), (7, 'Craven', 'Skipton and Settle', 11, 12, 2, 2, '{"build_phase": 3}'),
             (8, 'West Yorkshire', '', 14, 21, 1, 1, '{}'), (9, 'Otley and Wharfedale', '', 15, 16, 2, 8, '{"build_phase": 1}'), (10, 'Ilkley', '', 17, 18, 2, 8, '{"build_phase": 2}'),
             (11, 'Wetherby', '', 19, 20, 2, 8, '{"build_phase": 4}'), (12, 'Leeds core', 'Data centres and IX', 22, 23, 1, 1, '{}')) v (id, name, d, lft, rght, lvl, parent, cfd);

CREATE TABLE dcim_site (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  status varchar(50) NOT NULL,
  facility varchar(50) NOT NULL,
  time_zone varchar(63) NOT NULL,
  physical_address varchar(200) NOT NULL,
  shipping_address varchar(200) NOT NULL,
  latitude numeric(8,6) NULL,
  longitude numeric(9,6) NULL,
  group_id bigint NULL,
  region_id bigint NULL REFERENCES dcim_region (id),
  tenant_id bigint NULL REFERENCES tenancy_tenant (id)
);
-- 1-20: data centres, POPs, cabinets and the depot.
INSERT INTO dcim_site (id, created, last_updated, custom_field_data, description, comments, name, slug, status, facility, time_zone, physical_address, shipping_address, latitude, longitude, group_id, region_id, tenant_id)
SELECT id, '2019-04-05 09:00:00+00'::timestamptz + make_interval(days => id * 20), '2024-01-15 10:00:00+00'::timestamptz + make_interval(days => id),
       cfd::jsonb, d, cm, nm, lower(nm), st, fac, 'Europe/London', addr, CASE WHEN id <= 10 THEN addr ELSE '' END, lat, lon, NULL, reg, 201
FROM (VALUES
  (1, 'DF-LDS-DC1', 'Core DC', 'aql DC5 suite 2.14', 'Salem Church, Hunslet Road, Leeds LS10 1JW', 53.790120, -1.537810, 12, 'active', '{"power_feed": "A+B 32A", "landlord": "aql"}', 'Remote hands ticket via portal; photo ID required.'),
  (2, 'DF-LDS-DC2', 'Core DC', 'Pudsey Technology Centre hall B', 'Unit 2, Grangefield Business Park, Pudsey LS28 6JP', 53.797460, -1.664020, 12, 'active', '{"power_feed": "A+B 16A", "landlord": "Pudsey TC"}', ''),
  (3, 'DF-HGT-POP1', 'Aggregation POP', 'Hornbeam Park unit 4', 'Unit 4, Hornbeam Square West, Harrogate HG2 8PA', 53.975600, -1.515200, 3, 'active', '{"power_feed": "A 32A + UPS", "landlord": "Hornbeam Park Estates"}', 'Alarm code held by NOC. Parking at rear.'),
  (4, 'DF-KNA-POP1', 'Aggregation POP', 'Manse Lane industrial estate', 'Unit 9, Manse Lane, Knaresborough HG5 8LF', 54.000800, -1.449300, 4, 'active', '{"power_feed": "A 16A + UPS"}', ''),
  (5, 'DF-RIP-POP1', 'Aggregation POP', 'Dallamires Lane', 'Unit 1B, Dallamires Way North, Ripon HG4 1TT', 54.128400, -1.517900, 5, 'active', '{"power_feed": "A 16A + UPS"}', ''),
  (6, 'DF-SKP-POP1', 'Aggregation POP', 'Engine Shed Lane', 'Engine Shed Lane, Skipton BD23 1UP', 53.954100, -2.025800, 7, 'active', '{"power_feed": "A 16A + generator"}', 'Shared with the council CCTV room; sign in at reception.'),
  (7, 'DF-OTL-POP1', 'Aggregation POP', 'Ashfield Works', 'Ashfield Works, Westgate, Otley LS21 3DX', 53.906000, -1.699000, 9, 'active', '{"power_feed": "A 16A + UPS"}', ''),
  (8, 'DF-ILK-POP1', 'Aggregation POP', 'Ilkley telephone exchange co-location', 'Exchange Building, Railway Road, Ilkley LS29 8HH', 53.924300, -1.820100, 10, 'active', '{"power_feed": "-48V DC"}', ''),
  (9, 'DF-WET-POP1', 'Aggregation POP', 'Thorp Arch trading estate', 'Unit 417, Thorp Arch Estate, Wetherby LS23 7BJ', 53.909000, -1.338000, 11, 'planned', '{"power_feed": "TBC"}', 'Lease signed, fit-out in Q1.'),
  (10, 'DF-PAT-POP1', 'Aggregation POP', 'Nidderdale Plus community hub', 'Pateley Bridge Community Hub, King Street, Pateley Bridge HG3 5LE', 54.086100, -1.758700, 6, 'active', '{"power_feed": "A 13A + UPS"}', 'Community building: key from the hub office, Mon-Fri 9-4.'),
  (11, 'DF-HGT-CAB01', 'Street cabinet', 'Cabinet 01', 'Cold Bath Road / Queens Road, Harrogate', 53.988500, -1.548900, 3, 'active', '{}', ''),
  (12, 'DF-HGT-CAB02', 'Street cabinet', 'Cabinet 02', 'Skipton Road near Kings Road, Harrogate', 54.001200, -1.537500, 3, 'active', '{}', ''),
  (13, 'DF-HGT-CAB03', 'Street cabinet', 'Cabinet 03', 'Leeds Road by Pannal Ash, Harrogate', 53.970800, -1.532000, 3, 'active', '{}', 'Cabinet door lock replaced after vandalism.'),
  (14, 'DF-KNA-CAB01', 'Street cabinet', 'Cabinet 01', 'Boroughbridge Road, Knaresborough', 54.015500, -1.459900, 4, 'active', '{}', ''),
  (15, 'DF-RIP-CAB01', 'Street cabinet', 'Cabinet 01', 'Palace Road, Ripon', 54.142000, -1.533000, 5, 'active', '{}', ''),
  (16, 'DF-SKP-CAB01', 'Street cabinet', 'Cabinet 01', 'Gargrave Road, Skipton', 53.964500, -2.030500, 7, 'active', '{}', ''),
  (17, 'DF-SET-CAB01', 'Street cabinet', 'Cabinet 01', 'Station Road, Settle', 54.067200, -2.280300, 7, 'active', '{}', ''),
  (18, 'DF-OTL-CAB01', 'Street cabinet', 'Cabinet 01', 'Bradford Road, Otley', 53.899700, -1.690600, 9, 'active', '{}', ''),
  (19, 'DF-ILK-CAB01', 'Street cabinet', 'Cabinet 01', 'Valley Drive, Ilkley', 53.927900, -1.829800, 10, 'active', '{}', ''),
  (20, 'DF-KNA-STORES', 'Stores and field team depot', 'Depot', 'Unit 12, Manse Lane, Knaresborough HG5 8LF', 54.001100, -1.448700, 4, 'active', '{"opening_hours": "07:00-16:00"}', 'Van keys in the key cabinet.')
) v (id, nm, d, fac, addr, lat, lon, reg, st, cfd, cm);
-- 21-220: one per subscriber's premises.
INSERT INTO dcim_site (id, created, last_updated, custom_field_data, description, comments, name, slug, status, facility, time_zone, physical_address, shipping_address, latitude, longitude, group_id, region_id, tenant_id)
SELECT 20 + s.sid, c, nbgen.at('siu', s.sid, c, '2024-10-30'),
       jsonb_strip_nulls(jsonb_build_object('uprn', (10000000000 + fixture_gen.n('upr', s.sid, 900000000)::bigint * 10)::text,
         'premises_type', CASE WHEN s.street LIKE 'Flat%' THEN 'MDU' WHEN s.kind = 'res' THEN 'SDU' ELSE 'Commercial' END,
         'wayleave_contact', CASE WHEN s.street LIKE 'Flat%' THEN fixture_gen.full_name('swl', s.sid) END,
         'build_phase', 'PH' || (1 + s.sid % 4)::text)),
       CASE s.kind WHEN 'res' THEN 'Residential premises' ELSE 'Business premises' END,
       CASE s.sid % 8
         WHEN 0 THEN 'Park on the drive. ' || CASE WHEN s.sid % 16 = 0 THEN 'Mr ' ELSE 'Mrs ' END || s.last || ' works nights, call ' || s.phone || ' before 11am.'
         WHEN 1 THEN 'Dog in the garden, knock at the side door.'
         WHEN 2 THEN 'Fibre enters at the rear, ONT in the under-stairs cupboard.'
         WHEN 3 THEN 'Ask for ' || fixture_gen.first_name('scm', s.sid) || ' at reception.'
         WHEN 4 THEN ''
         WHEN 5 THEN 'Listed building: no external drilling, route via existing BT duct.'
         WHEN 6 THEN 'Key with neighbour at no. ' || (1 + s.sid % 40)::text || ' (' || fixture_gen.full_name('snb', s.sid) || ').'
         ELSE '' END,
       upper(s.code) || '-' || s.acct || CASE WHEN s.kind = 'res' THEN ' ' || s.last ELSE ' ' || s.company END,
       lower(s.code) || '-' || lower(s.acct),
       CASE WHEN s.sid % 23 = 0 THEN 'retired' WHEN s.sid % 17 = 0 THEN 'planned' ELSE 'active' END,
       '', 'Europe/London',
       s.street || ', ' || s.town || ' ' || s.postcode,
       CASE WHEN s.sid % 7 = 0 THEN 'c/o ' || fixture_gen.full_name('ssh', s.sid) || ', ' || fixture_gen.street('ssh', s.sid) || ', ' || s.town WHEN s.kind <> 'res' AND s.sid % 2 = 0 THEN s.street || ', ' || s.town || ' ' || s.postcode ELSE '' END,
       CASE WHEN s.sid % 10 <> 0 THEN s.lat END, CASE WHEN s.sid % 10 <> 0 THEN s.lon END,
       NULL, s.region_id, s.sid
FROM nbgen.sub s CROSS JOIN LATERAL (SELECT nbgen.at('sic', s.sid, '2019-06-01', '2024-09-30') AS c) x ORDER BY s.sid;

CREATE TABLE dcim_location (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(100) NOT NULL,
  slug varchar(100) NOT NULL,
  description varchar(200) NOT NULL,
  lft integer NOT NULL,
  rght integer NOT NULL,
  tree_id integer NOT NULL,
  level integer NOT NULL,
  parent_id bigint NULL REFERENCES dcim_location (id),
  site_id bigint NOT NULL REFERENCES dcim_site (id),
  status varchar(50) NOT NULL,
  tenant_id bigint NULL REFERENCES tenancy_tenant (id)
);
INSERT INTO dcim_location (id, created, last_updated, custom_field_data, name, slug, description, lft, rght, tree_id, level, parent_id, site_id, status, tenant_id)
SELECT i, nbgen.at('loc', i, '2019-05-01', '2023-12-31'), nbgen.at('lou', i, '2024-01-01', '2024-10-30'), '{}',
       nm, nbgen.slug(nm), CASE WHEN i <= 20 THEN 'Equipment room' ELSE fixture_gen.pick(ARRAY['', '', 'Where the ONT and router are', 'Customer comms cupboard'], 'lod', i) END,
       1, 2, i, 0, NULL, site, 'active', CASE WHEN site > 20 THEN site - 20 ELSE 201 END
FROM generate_series(1, 60) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 20 THEN i ELSE 20 + 150 + (i - 20) % 50 + 1 - CASE WHEN (i - 20) > 50 THEN 0 ELSE 0 END END AS site,
                           CASE WHEN i <= 10 THEN fixture_gen.pick(ARRAY['Comms room', 'Suite 1', 'Cage A', 'Ground floor'], 'lon', i)
                                WHEN i <= 20 THEN 'Cabinet bay'
                                ELSE fixture_gen.pick(ARRAY['Server cupboard', 'Reception', 'First floor office', 'Plant room', 'Back office', 'Loft'], 'lon', i) END AS nm) x;

-- ---------------------------------------------------------------------------
-- dcim: manufacturers, platforms, device types, roles, devices, interfaces.

CREATE TABLE dcim_manufacturer (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  description varchar(200) NOT NULL
);
INSERT INTO dcim_manufacturer (id, created, last_updated, custom_field_data, name, slug, description)
SELECT id, '2019-04-02 11:00:00+00'::timestamptz + make_interval(mins => id * 3), '2019-04-02 11:00:00+00'::timestamptz + make_interval(mins => id * 3), '{}', n, nbgen.slug(n), d
FROM (VALUES (1, 'Juniper Networks', ''), (2, 'Nokia', 'OLTs and ONTs'), (3, 'Zyxel', 'Residential CPE'), (4, 'MikroTik', 'Business CPE and OOB'), (5, 'Adtran', 'ONTs (legacy)'),
             (6, 'Cisco', ''), (7, 'Arista', ''), (8, 'Ubiquiti', 'Wi-Fi access points'), (9, 'Opengear', 'Console servers'), (10, 'Eero', 'Mesh Wi-Fi add-on'),
             (11, 'Calix', ''), (12, 'APC', 'UPS and PDUs')) v (id, n, d);

CREATE TABLE dcim_platform (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  description varchar(200) NOT NULL,
  manufacturer_id bigint NULL REFERENCES dcim_manufacturer (id),
  config_template_id bigint NULL
);
INSERT INTO dcim_platform (id, created, last_updated, custom_field_data, name, slug, description, manufacturer_id, config_template_id)
SELECT id, '2019-04-02 11:30:00+00'::timestamptz + make_interval(mins => id * 2), '2023-05-02 11:30:00+00'::timestamptz, cfd::jsonb, n, s, d, m, NULL
FROM (VALUES (1, 'Junos', 'junos', 'MX and EX', 1, '{"napalm_driver": "junos"}'), (2, 'Nokia SR OS', 'sros', '', 2, '{"napalm_driver": "sros"}'), (3, 'Nokia ISAM', 'isam', 'Lightspan OLTs', 2, '{}'),
             (4, 'Zyxel ZyNOS', 'zynos', 'CPE firmware', 3, '{"acs_managed": true}'), (5, 'RouterOS', 'routeros', 'RouterOS 7', 4, '{"napalm_driver": "ros"}'),
             (6, 'Adtran SmartOS', 'smartos', '', 5, '{"acs_managed": true}'), (7, 'Arista EOS', 'eos', '', 7, '{"napalm_driver": "eos"}'), (8, 'UniFi', 'unifi', '', 8, '{}'),
             (9, 'Opengear OS', 'opengear', '', 9, '{}'), (10, 'eero OS', 'eero-os', '', 10, '{}')) v (id, n, s, d, m, cfd);

CREATE TABLE dcim_devicetype (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  model varchar(100) NOT NULL,
  slug varchar(100) NOT NULL,
  part_number varchar(50) NOT NULL,
  u_height numeric(4,1) NOT NULL,
  exclude_from_utilization boolean NOT NULL,
  is_full_depth boolean NOT NULL,
  subdevice_role varchar(50) NOT NULL,
  airflow varchar(50) NOT NULL,
  weight numeric(8,2) NULL,
  weight_unit varchar(50) NOT NULL,
  _abs_weight bigint NULL,
  front_image varchar(100) NOT NULL,
  rear_image varchar(100) NOT NULL,
  manufacturer_id bigint NOT NULL REFERENCES dcim_manufacturer (id),
  default_platform_id bigint NULL REFERENCES dcim_platform (id),
  interface_template_count bigint NOT NULL
);
INSERT INTO dcim_devicetype (id, created, last_updated, custom_field_data, description, comments, model, slug, part_number, u_height, exclude_from_utilization, is_full_depth,
  subdevice_role, airflow, weight, weight_unit, _abs_weight, front_image, rear_image, manufacturer_id, default_platform_id, interface_template_count)
SELECT id, '2019-04-03 09:00:00+00'::timestamptz + make_interval(days => id * 11), '2023-08-01 09:00:00+00'::timestamptz + make_interval(hours => id),
       CASE WHEN u = 0 THEN '{"eol": null, "acs_profile": "' || nbgen.slug(m) || '"}' ELSE '{"eol": null}' END::jsonb,
       d, CASE WHEN id % 5 = 0 THEN 'Imported from the community device type library.' ELSE '' END,
       m, nbgen.slug(m), pn, u, u = 0, u >= 1, '', CASE WHEN u >= 1 THEN 'front-to-rear' ELSE '' END,
       w, CASE WHEN w IS NULL THEN '' ELSE 'kg' END, (w * 1000)::bigint,
       CASE WHEN u >= 1 THEN 'devicetype-images/' || nbgen.slug(m) || '.front.png' ELSE '' END, CASE WHEN u >= 2 THEN 'devicetype-images/' || nbgen.slug(m) || '.rear.png' ELSE '' END,
       mf, pl, ifc
FROM (VALUES (1, 1, 'MX204', 'MX204-HW-BASE', 1.0, 9.50, 1, 'Border / core router', 8), (2, 1, 'MX304', 'MX304-BASE', 2.0, 28.00, 1, 'Core router', 16), (3, 1, 'EX4400-48F', 'EX4400-48F', 1.0, 8.60, 1, 'Aggregation switch', 52),
             (4, 1, 'ACX7100-48L', 'ACX7100-48L-AC', 1.0, 12.10, 1, 'Aggregation router', 54), (5, 2, 'Lightspan FX-8', 'FX-8', 7.0, 45.00, 3, 'GPON/XGS-PON OLT', 24),
             (6, 2, 'Lightspan MF-2', 'MF-2', 2.0, 14.00, 3, 'Cabinet OLT', 16), (7, 2, 'G-010G-Q', '3FE49331', 0.0, NULL, NULL, 'GPON ONT', 1), (8, 2, 'XS-010X-Q', '3TN00700', 0.0, NULL, NULL, 'XGS-PON ONT', 1),
             (9, 3, 'EX5601-T0', 'EX5601-T0-EU01V1F', 0.0, NULL, 4, 'Wi-Fi 6 router', 5), (10, 3, 'EX3301-T0', 'EX3301-T0-EU01V1F', 0.0, NULL, 4, 'Wi-Fi 6 router', 5),
             (11, 3, 'PX3321-T1', 'PX3321-T1-EU01V1F', 0.0, NULL, 4, 'Wi-Fi 6 router (2.5G)', 5), (12, 4, 'RB5009UG+S+IN', 'RB5009UG+S+IN', 0.0, NULL, 5, 'Business router', 10),
             (13, 4, 'CCR2004-1G-12S+2XS', 'CCR2004-1G-12S+2XS', 1.0, 2.20, 5, 'Business edge router', 15), (14, 5, '621v', '1287740F1', 0.0, NULL, 6, 'Legacy ONT', 1),
             (15, 6, 'ASR-920-12CZ-A', 'ASR-920-12CZ-A', 1.0, 5.50, NULL, 'Legacy aggregation', 14), (16, 7, '7050SX3-48YC8', 'DCS-7050SX3-48YC8', 1.0, 9.30, 7, 'DC leaf', 56),
             (17, 8, 'U6-Pro', 'U6-Pro', 0.0, NULL, 8, 'Business Wi-Fi AP', 1), (18, 9, 'CM8148', 'CM8148-2-DAC', 1.0, 4.00, 9, 'Console server', 49),
             (19, 10, 'eero 6+', 'J010001', 0.0, NULL, 10, 'Mesh node', 2), (20, 11, 'GigaSpire u6', 'GS4227E', 0.0, NULL, NULL, 'Wi-Fi 6 router', 5),
             (21, 12, 'SMT1500RMI2UC', 'SMT1500RMI2UC', 2.0, 23.20, NULL, 'UPS', 0), (22, 12, 'AP7921B', 'AP7921B', 1.0, 4.30, NULL, 'Switched PDU', 1),
             (23, 1, 'SRX345', 'SRX345-SYS-JE', 1.0, 4.10, 1, 'Business firewall', 18), (24, 4, 'hAP ax3', 'C53UiG+5HPaxD2HPaxD', 0.0, NULL, 5, 'Small business router', 5)
) v (id, mf, m, pn, u, w, pl, d, ifc);

CREATE TABLE dcim_devicerole (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  description varchar(200) NOT NULL,
  color varchar(6) NOT NULL,
  vm_role boolean NOT NULL,
  config_template_id bigint NULL
);
INSERT INTO dcim_devicerole (id, created, last_updated, custom_field_data, name, slug, description, color, vm_role, config_template_id)
SELECT id, '2019-04-02 12:00:00+00'::timestamptz + make_interval(mins => id), '2019-04-02 12:00:00+00'::timestamptz + make_interval(mins => id), '{}', n, nbgen.slug(n), d, c, false, NULL
FROM (VALUES (1, 'Core router', '', 'f44336'), (2, 'Aggregation', 'PE / aggregation', 'ff9800'), (3, 'OLT', '', '9c27b0'), (4, 'ONT', 'Optical network terminal at the premises', '607d8b'),
             (5, 'Residential CPE', 'Home router we supply', '4caf50'), (6, 'Business CPE', '', '2196f3'), (7, 'Access point', '', '00bcd4'), (8, 'Console server', 'Out-of-band', '795548'),
             (9, 'Power', 'UPS / PDU', '9e9e9e'), (10, 'Firewall', '', 'e91e63')) v (id, n, d, c);

CREATE TABLE dcim_device (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  local_context_data jsonb NULL,
  name varchar(64) NULL,
  serial varchar(50) NOT NULL,
  asset_tag varchar(50) NULL UNIQUE,
  position numeric(4,1) NULL,
  face varchar(50) NOT NULL,
  status varchar(50) NOT NULL,
  airflow varchar(50) NOT NULL,
  latitude numeric(8,6) NULL,
  longitude numeric(9,6) NULL,
  vc_position smallint NULL,
  vc_priority smallint NULL,
  config_template_id bigint NULL,
  role_id bigint NOT NULL REFERENCES dcim_devicerole (id),
  device_type_id bigint NOT NULL REFERENCES dcim_devicetype (id),
  platform_id bigint NULL REFERENCES dcim_platform (id),
  tenant_id bigint NULL REFERENCES tenancy_tenant (id),
  site_id bigint NOT NULL REFERENCES dcim_site (id),
  location_id bigint NULL REFERENCES dcim_location (id),
  rack_id bigint NULL,
  cluster_id bigint NULL,
  virtual_chassis_id bigint NULL,
  primary_ip4_id bigint NULL,
  primary_ip6_id bigint NULL,
  oob_ip_id bigint NULL,
  interface_count bigint NOT NULL,
  console_port_count bigint NOT NULL,
  power_port_count bigint NOT NULL
);
-- 1-40 infrastructure at sites 1-20; 41-240 the CPE of subscriber k
-- (41-240 = k + 40) at site k + 20; 241-260 spares in stores.
INSERT INTO dcim_device (id, created, last_updated, custom_field_data, description, comments, local_context_data, name, serial, asset_tag, position, face, status, airflow,
  latitude, longitude, vc_position, vc_priority, config_template_id, role_id, device_type_id, platform_id, tenant_id, site_id, location_id, rack_id, cluster_id,
  virtual_chassis_id, primary_ip4_id, primary_ip6_id, oob_ip_id, interface_count, console_port_count, power_port_count)
SELECT i, nbgen.at('dvc', i, '2019-05-01', '2023-06-01'), nbgen.at('dvu', i, '2024-01-01', '2024-10-30'),
       jsonb_build_object('asset_owner', 'Dalefibre', 'support_contract', CASE WHEN dt IN (1, 2, 3, 4, 5) THEN 'JCare Next Day ' || fixture_gen.digits('dsc', i, 8) END, 'monitoring', 'librenms'),
       fixture_gen.pick(ARRAY['', 'Aggregation for cabinets', 'Core', 'OOB'], 'dvd', i),
       CASE WHEN i % 6 = 0 THEN 'Replaced PSU 2 under RMA ' || fixture_gen.digits('drm', i, 7) || '.' WHEN i % 6 = 3 THEN 'Upgrade to 23.4R2 scheduled in next maintenance window.' ELSE '' END,
       CASE WHEN i <= 10 THEN jsonb_build_object('snmp_location', 'Dalefibre ' || (SELECT name FROM dcim_site WHERE id = 1 + (i - 1) % 20), 'bgp', jsonb_build_object('asn', 212345, 'router_id', '10.255.0.' || i)) END,
       lower(split_part(st.name, '-', 2)) || '-' || lower(split_part(st.name, '-', 3)) || '-' || CASE WHEN dt IN (1, 2) THEN 'cr' WHEN dt IN (5, 6) THEN 'olt' WHEN dt = 18 THEN 'oob' WHEN dt = 21 THEN 'ups' ELSE 'agg' END || '-0' || (1 + (i - 1) / 20)::text,
       upper(fixture_gen.chars('dvs', i, 12, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')), 'DF-' || lpad(i::text, 5, '0'),
       NULL, '', CASE WHEN i = 39 THEN 'offline' ELSE 'active' END, CASE WHEN dt IN (1, 2, 3, 4) THEN 'front-to-rear' ELSE '' END,
       NULL, NULL, NULL, NULL, NULL, role, dt, (SELECT default_platform_id FROM dcim_devicetype WHERE id = dt), 201, 1 + (i - 1) % 20,
       CASE WHEN (1 + (i - 1) % 20) <= 20 THEN 1 + (i - 1) % 20 END, NULL, NULL, NULL, NULL, NULL, NULL,
       (SELECT interface_template_count FROM dcim_devicetype WHERE id = dt), CASE WHEN dt IN (1, 2, 3, 4, 5) THEN 1 ELSE 0 END, CASE WHEN dt = 21 THEN 0 ELSE 2 END
FROM generate_series(1, 40) i
JOIN dcim_site st ON st.id = 1 + (i - 1) % 20
CROSS JOIN LATERAL (SELECT CASE WHEN i IN (1, 2) THEN 2 WHEN i IN (21, 22) THEN 16 WHEN 1 + (i - 1) % 20 BETWEEN 11 AND 19 THEN 6 WHEN i > 20 AND 1 + (i - 1) % 20 BETWEEN 3 AND 10 THEN 5
                                WHEN i = 20 OR i = 40 THEN 21 WHEN 1 + (i - 1) % 20 BETWEEN 3 AND 10 THEN 4 ELSE 18 END AS dt) x
CROSS JOIN LATERAL (SELECT CASE WHEN dt IN (1, 2, 16) THEN 1 WHEN dt IN (3, 4) THEN 2 WHEN dt IN (5, 6) THEN 3 WHEN dt = 18 THEN 8 WHEN dt = 21 THEN 9 ELSE 2 END AS role) y;

INSERT INTO dcim_device (id, created, last_updated, custom_field_data, description, comments, local_context_data, name, serial, asset_tag, position, face, status, airflow,
  latitude, longitude, vc_position, vc_priority, config_template_id, role_id, device_type_id, platform_id, tenant_id, site_id, location_id, rack_id, cluster_id,
  virtual_chassis_id, primary_ip4_id, primary_ip6_id, oob_ip_id, interface_count, console_port_count, power_port_count)
SELECT 40 + s.sid, c, nbgen.at('cpu', s.sid, c, '2024-10-30'),
       jsonb_strip_nulls(jsonb_build_object('install_engineer', (SELECT first || ' ' || last FROM nbgen.staff WHERE i = 2 + fixture_gen.n('cie', s.sid, 6)),
         'install_date', c::date::text, 'acs_device_id', CASE WHEN dt <> 12 THEN fixture_gen.pick(ARRAY['A0F3C1', '5483AA', 'BCCF4F'], 'cao', s.sid) || '-' || replace(dm.model, ' ', '') || '-' || upper(fixture_gen.hexn('cas', s.sid, 12)) END,
         'ont_serial', 'ALCL' || upper(fixture_gen.hexn('cos', s.sid, 8)), 'olt_port', 'pon-1/1/' || (1 + s.sid % 8)::text || '/' || (1 + s.sid % 16)::text,
         'shaper_profile', CASE s.kind WHEN 'res' THEN 'RES-' || fixture_gen.pick(ARRAY['150', '500', '900', '900', '2000'], 'csp', s.sid) ELSE 'BIZ-1000' END)),
       CASE s.kind WHEN 'res' THEN 'Residential CPE' ELSE 'Business CPE' END,
       CASE s.sid % 10 WHEN 0 THEN 'Replaced after lightning strike; ' || CASE WHEN s.sid % 20 = 0 THEN 'Mr ' ELSE 'Mrs ' END || s.last || ' says the Wi-Fi drops upstairs, eero node added.'
                     WHEN 3 THEN 'Customer-owned router behind ONT, bridge mode.' WHEN 6 THEN 'Swapped under RMA ' || fixture_gen.digits('crm', s.sid, 7) || ', old unit returned to stores.'
                     WHEN 8 THEN 'Installed by ' || (SELECT first FROM nbgen.staff WHERE i = 2 + fixture_gen.n('cie', s.sid, 6)) || '; ' || s.first || ' asked for the router in the lounge.' ELSE '' END,
       CASE WHEN s.sid % 12 = 5 THEN NULL ELSE jsonb_strip_nulls(jsonb_build_object(
         'pppoe', jsonb_build_object('username', lower(s.acct) || '@fibre.dalefibre.net', 'password', nbgen.rnd('ppw', s.sid, 12)),
         'wifi', CASE WHEN dt <> 12 THEN jsonb_build_object('ssid', CASE WHEN s.sid % 3 = 0 THEN s.last || CASE WHEN s.sid % 2 = 0 THEN ' Family' ELSE '-Home' END ELSE 'DALEFIBRE-' || upper(fixture_gen.hexn('wsi', s.sid, 4)) END,
                                                           'psk', nbgen.rnd('wpk', s.sid, 14)) END,
         'acs', jsonb_build_object('url', 'https://acs.dalefibre.net:7547/', 'connection_request_username', 'cpe' || (100000 + s.sid * 37)::text, 'connection_request_password', nbgen.rnd('acp', s.sid, 16)),
         'static_ipv4', CASE WHEN s.kind <> 'res' THEN '185.153.' || (200 + s.sid % 8)::text || '.' || (8 * (s.sid % 30) + 1)::text || '/29' END)) END,
       CASE WHEN s.kind = 'res' THEN 'cpe-' || lower(s.acct) || CASE WHEN s.sid % 2 = 0 THEN '-' || nbgen.slug(s.last) ELSE '' END
            ELSE left(nbgen.slug(s.company), 40) || '-rtr01' END,
       CASE WHEN dt IN (9, 10, 11) THEN 'S' || fixture_gen.digits('csn', s.sid, 3) || 'Y' || fixture_gen.digits('csm', s.sid, 8) WHEN dt IN (12, 24) THEN upper(fixture_gen.hexn('csn', s.sid, 12)) ELSE 'CXNK' || upper(fixture_gen.hexn('csn', s.sid, 8)) END,
       NULL, NULL, '', CASE WHEN s.sid % 23 = 0 THEN 'decommissioning' WHEN s.sid % 17 = 0 THEN 'planned' WHEN s.sid % 29 = 0 THEN 'offline' ELSE 'active' END, '',
       CASE WHEN s.sid % 5 <> 0 THEN s.lat END, CASE WHEN s.sid % 5 <> 0 THEN s.lon END,
       NULL, NULL, NULL, CASE WHEN s.kind = 'res' THEN 5 ELSE 6 END, dt, (SELECT default_platform_id FROM dcim_devicetype WHERE id = dt), s.sid, 20 + s.sid,
       (SELECT l.id FROM dcim_location l WHERE l.site_id = 20 + s.sid ORDER BY l.id LIMIT 1), NULL, NULL, NULL, NULL, NULL, NULL,
       (SELECT interface_template_count FROM dcim_devicetype WHERE id = dt), 0, 1
FROM nbgen.sub s
CROSS JOIN LATERAL (SELECT nbgen.at('cpc', s.sid, '2019-06-15', '2024-10-15') AS c,
                           CASE WHEN s.kind = 'res' THEN fixture_gen.pick(ARRAY['9', '9', '10', '11', '20'], 'cdt', s.sid)::int ELSE fixture_gen.pick(ARRAY['12', '13', '24'], 'cdt', s.sid)::int END AS dt) x
JOIN dcim_devicetype dm ON dm.id = x.dt
ORDER BY s.sid;

INSERT INTO dcim_device (id, created, last_updated, custom_field_data, description, comments, local_context_data, name, serial, asset_tag, position, face, status, airflow,
  latitude, longitude, vc_position, vc_priority, config_template_id, role_id, device_type_id, platform_id, tenant_id, site_id, location_id, rack_id, cluster_id,
  virtual_chassis_id, primary_ip4_id, primary_ip6_id, oob_ip_id, interface_count, console_port_count, power_port_count)
SELECT 240 + i, nbgen.at('spc', i, '2024-01-01', '2024-10-01'), nbgen.at('spu', i, '2024-10-01', '2024-10-30'), '{"asset_owner": "Dalefibre"}',
       'Spare', CASE WHEN i % 4 = 0 THEN 'Returned from ' || fixture_gen.full_name('spr', i) || ', factory reset, tested OK.' ELSE '' END,
       NULL, NULL, 'S' || fixture_gen.digits('ssn', i, 3) || 'Y' || fixture_gen.digits('ssm', i, 8), NULL, NULL, '', 'inventory', '', NULL, NULL, NULL, NULL, NULL,
       5, 9 + i % 3, 4, 201, 20, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5, 0, 1
FROM generate_series(1, 20) i;

CREATE TABLE dcim_interface (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  label varchar(64) NOT NULL,
  name varchar(64) NOT NULL,
  mark_connected boolean NOT NULL,
  cable_end varchar(1) NOT NULL,
  _path_id bigint NULL,
  cable_id bigint NULL,
  device_id bigint NOT NULL REFERENCES dcim_device (id),
  module_id bigint NULL,
  enabled boolean NOT NULL,
  mac_address macaddr NULL,
  mtu integer NULL,
  mode varchar(50) NOT NULL,
  parent_id bigint NULL REFERENCES dcim_interface (id),
  bridge_id bigint NULL REFERENCES dcim_interface (id),
  lag_id bigint NULL REFERENCES dcim_interface (id),
  type varchar(50) NOT NULL,
  mgmt_only boolean NOT NULL,
  speed integer NULL,
  duplex varchar(50) NULL,
  wwn macaddr8 NULL,
  rf_role varchar(30) NOT NULL,
  rf_channel varchar(50) NOT NULL,
  rf_channel_frequency numeric(7,2) NULL,
  rf_channel_width numeric(7,3) NULL,
  tx_power smallint NULL,
  poe_mode varchar(50) NOT NULL,
  poe_type varchar(50) NOT NULL,
  wireless_link_id bigint NULL,
  untagged_vlan_id bigint NULL,
  vrf_id bigint NULL
);
-- 1-120: ports of infrastructure devices (1-40 their loopbacks/first ports,
-- 41-120 access ports and uplinks); 121-320: the WAN port of subscriber k's
-- CPE (120 + k).
INSERT INTO dcim_interface (id, created, last_updated, custom_field_data, description, label, name, mark_connected, cable_end, _path_id, cable_id, device_id, module_id, enabled,
  mac_address, mtu, mode, parent_id, bridge_id, lag_id, type, mgmt_only, speed, duplex, wwn, rf_role, rf_channel, rf_channel_frequency, rf_channel_width, tx_power,
  poe_mode, poe_type, wireless_link_id, untagged_vlan_id, vrf_id)
SELECT i, d.created, nbgen.at('ifu', i, '2024-01-01', '2024-10-30'),
       CASE WHEN k IS NOT NULL THEN jsonb_build_object('svlan', 2000 + k % 40, 'cvlan', 100 + k, 'shaper_profile', CASE WHEN s.kind = 'res' THEN 'RES-900' ELSE 'BIZ-1000' END) ELSE '{}'::jsonb END,
       CASE WHEN i <= 40 THEN 'Loopback'
            WHEN k IS NULL THEN 'UPLINK to ' || fixture_gen.pick(ARRAY['lds-cr-01 xe-0/1/0', 'lds-cr-02 xe-0/1/1', 'hgt-agg-01 et-0/0/48', 'pdy-cr-01 xe-0/0/3'], 'ifd', i)
            WHEN s.kind = 'res' THEN CASE WHEN i % 4 = 0 THEN 'CUST ' || s.acct ELSE 'CUST ' || s.acct || ' ' || s.name || ' FTTP ' || CASE WHEN i % 3 = 0 THEN '900/100' ELSE '500/75' END END
            ELSE 'CUST ' || s.acct || ' ' || s.company || ' ' || fixture_gen.pick(ARRAY['L2 1G', 'FTTP 900', 'EAD 1G', 'EAD 10G'], 'ifs', i) END,
       CASE WHEN k IS NOT NULL AND i % 2 = 0 THEN upper(lower(split_part(dev.name, '-', 1))) || '-P' || lpad((i % 48)::text, 2, '0') ELSE '' END,
       CASE WHEN i <= 40 THEN 'lo0' WHEN dev.device_type_id IN (5, 6) THEN 'pon-1/1/' || (1 + i % 8)::text || '/' || (1 + i % 16)::text ELSE 'ge-0/0/' || (i % 48)::text END,
       false, CASE WHEN i > 40 AND i % 3 <> 0 THEN 'A' ELSE '' END, NULL, CASE WHEN i > 40 AND i % 3 <> 0 THEN i ELSE NULL END, dev.id, NULL, i % 37 <> 0,
       CASE WHEN i > 40 THEN nbgen.mac('ifm', i) END, CASE WHEN i <= 40 THEN NULL ELSE 9192 END,
       CASE WHEN i <= 40 THEN '' WHEN k IS NULL THEN 'tagged-all' ELSE 'access' END, NULL, NULL, NULL,
       CASE WHEN i <= 40 THEN 'virtual' WHEN dev.device_type_id IN (5, 6) THEN 'xgs-pon' WHEN k IS NULL THEN '10gbase-x-sfpp' ELSE '1000base-x-sfp' END,
       false, CASE WHEN i <= 40 THEN NULL WHEN k IS NULL THEN 10000000 ELSE 1000000 END, CASE WHEN i > 40 THEN 'full' END, NULL,
       '', '', NULL, NULL, NULL, '', '', NULL, NULL, NULL
FROM generate_series(1, 120) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 40 THEN i ELSE 3 + (i % 38) END AS dv, CASE WHEN i > 40 AND i % 5 <> 0 THEN ((i - 41) * 13) % 200 + 1 END AS k) x
JOIN dcim_device dev ON dev.id = x.dv
JOIN dcim_device d ON d.id = x.dv
LEFT JOIN nbgen.sub s ON s.sid = x.k
ORDER BY i;

INSERT INTO dcim_interface (id, created, last_updated, custom_field_data, description, label, name, mark_connected, cable_end, _path_id, cable_id, device_id, module_id, enabled,
  mac_address, mtu, mode, parent_id, bridge_id, lag_id, type, mgmt_only, speed, duplex, wwn, rf_role, rf_channel, rf_channel_frequency, rf_channel_width, tx_power,
  poe_mode, poe_type, wireless_link_id, untagged_vlan_id, vrf_id)
SELECT 120 + s.sid, d.created, d.last_updated, '{}',
       CASE WHEN s.sid % 9 = 0 THEN 'WAN to ONT in ' || fixture_gen.pick(ARRAY['hallway', 'garage', 'lounge', 'study'], 'cwd', s.sid) ELSE '' END,
       '', CASE WHEN d.device_type_id IN (12, 13, 24) THEN 'ether1' ELSE 'wan0' END, false, '', NULL, NULL, d.id, NULL, true,
       nbgen.mac('cwm', s.sid), 1500, '', NULL, NULL, NULL, CASE WHEN d.device_type_id = 11 THEN '2.5gbase-t' ELSE '1000base-t' END, false, 1000000, 'auto', NULL,
       '', '', NULL, NULL, NULL, '', '', NULL, NULL, NULL
FROM nbgen.sub s JOIN dcim_device d ON d.id = 40 + s.sid ORDER BY s.sid;

-- ---------------------------------------------------------------------------
-- ipam: RIRs, ASNs, VRFs, VLANs, prefixes, IP addresses.

CREATE TABLE ipam_rir (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  description varchar(200) NOT NULL,
  is_private boolean NOT NULL
);
INSERT INTO ipam_rir (id, created, last_updated, custom_field_data, name, slug, description, is_private) VALUES
  (1, '2019-04-02 13:00:00+00', '2019-04-02 13:00:00+00', '{}', 'RIPE NCC', 'ripe', 'Our LIR: gb.dalefibre', false),
  (2, '2019-04-02 13:00:10+00', '2019-04-02 13:00:10+00', '{}', 'ARIN', 'arin', '', false),
  (3, '2019-04-02 13:00:20+00', '2019-04-02 13:00:20+00', '{}', 'RFC 1918', 'rfc-1918', 'Private IPv4 space', true),
  (4, '2019-04-02 13:00:30+00', '2019-04-02 13:00:30+00', '{}', 'RFC 6598', 'rfc-6598', 'Shared address space (CGNAT)', true),
  (5, '2019-04-02 13:00:40+00', '2019-04-02 13:00:40+00', '{}', 'RFC 6996', 'rfc-6996', 'Private ASNs', true),
  (6, '2019-04-02 13:00:50+00', '2019-04-02 13:00:50+00', '{}', 'ULA', 'ula', 'fd00::/8', true);

CREATE TABLE ipam_asn (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  asn bigint NOT NULL UNIQUE,
  rir_id bigint NOT NULL REFERENCES ipam_rir (id),
  tenant_id bigint NULL REFERENCES tenancy_tenant (id)
);
INSERT INTO ipam_asn (id, created, last_updated, custom_field_data, description, comments, asn, rir_id, tenant_id)
SELECT id, '2019-04-03 10:00:00+00'::timestamptz + make_interval(days => id * 40), '2024-02-01 10:00:00+00'::timestamptz, '{}', d, cm, asn, rir, t
FROM (VALUES (1, 212345, 1, 201, 'Dalefibre', 'Announced from both Leeds DCs.'), (2, 174, 2, NULL, 'Cogent transit', ''), (3, 6461, 2, NULL, 'Zayo transit', ''),
             (4, 5459, 1, NULL, 'LINX route servers', ''), (5, 8916, 1, NULL, 'LINX LON1 route server', ''), (6, 15169, 2, NULL, 'Google (PNI at LDeX)', ''),
             (7, 2906, 2, NULL, 'Netflix OCA', 'Cache in DC1 rack 4.'), (8, 13335, 2, NULL, 'Cloudflare', ''), (9, 64601, 5, 203, 'Schools WAN', 'Private ASN for the council schools L3VPN.'),
             (10, 64602, 5, 204, 'Wholesale partner', ''), (11, 4200000101, 5, 151, 'Customer BGP (private)', ''), (12, 4200000102, 5, 160, 'Customer BGP (private)', ''),
             (13, 206001, 1, 204, 'Yorkshire WebNet', 'Peers with us over the wholesale NNI.'), (14, 20940, 1, NULL, 'Akamai', ''), (15, 32934, 2, NULL, 'Meta', '')) v (id, asn, rir, t, d, cm);

CREATE TABLE ipam_vrf (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  name varchar(100) NOT NULL,
  rd varchar(21) NULL UNIQUE,
  enforce_unique boolean NOT NULL,
  tenant_id bigint NULL REFERENCES tenancy_tenant (id)
);
INSERT INTO ipam_vrf (id, created, last_updated, custom_field_data, description, comments, name, rd, enforce_unique, tenant_id)
SELECT id, '2019-05-01 09:00:00+00'::timestamptz + make_interval(days => id * 30), '2024-03-01 09:00:00+00'::timestamptz + make_interval(hours => id), '{}',
       CASE WHEN id <= 4 THEN d ELSE 'L3VPN for ' || s.company END,
       CASE WHEN id > 4 AND id % 3 = 0 THEN 'Two sites; second site on a Zayo EAD.' ELSE '' END,
       CASE WHEN id <= 4 THEN n ELSE 'CUST-' || upper(replace(nbgen.slug(s.company), '-', '_')) END,
       '212345:' || (100 + id)::text, id <= 4, CASE WHEN id <= 4 THEN 201 ELSE s.sid END
FROM generate_series(1, 20) id
LEFT JOIN (VALUES (1, 'MGMT', 'Out-of-band and device management'), (2, 'CGNAT', 'Residential CGNAT inside'), (3, 'VOICE', 'SIP ATA'), (4, 'WHOLESALE', 'Partner handover')) v (vid, n, d) ON v.vid = id
LEFT JOIN nbgen.sub s ON s.sid = 150 + (id - 4) * 2;

CREATE TABLE ipam_vlan (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  vid smallint NOT NULL,
  name varchar(64) NOT NULL,
  status varchar(50) NOT NULL,
  group_id bigint NULL,
  role_id bigint NULL,
  site_id bigint NULL REFERENCES dcim_site (id),
  tenant_id bigint NULL REFERENCES tenancy_tenant (id)
);
-- 1-30 infrastructure and per-cabinet VLANs; 31-80 business customers' VLANs.
INSERT INTO ipam_vlan (id, created, last_updated, custom_field_data, description, comments, vid, name, status, group_id, role_id, site_id, tenant_id)
SELECT id, nbgen.at('vlc', id, '2019-05-01', '2023-12-01'), nbgen.at('vlu', id, '2024-01-01', '2024-10-30'),
       CASE WHEN id > 30 THEN jsonb_build_object('handover', fixture_gen.pick(ARRAY['untagged', 'dot1q', 'qinq'], 'vlh', id)) ELSE '{}'::jsonb END,
       CASE WHEN id <= 30 THEN fixture_gen.pick(ARRAY['Residential PPPoE', 'Residential IPoE', 'Management', 'ONT management', 'Voice'], 'vld', id)
            ELSE 'Layer 2 service for ' || s.company END,
       '',
       CASE WHEN id <= 30 THEN 100 + id ELSE 3000 + id END,
       CASE WHEN id <= 30 THEN fixture_gen.pick(ARRAY['RES-PPPOE', 'RES-IPOE', 'MGMT', 'ONT-MGMT', 'VOICE'], 'vld', id) || '-' || coalesce(t.code, 'CORE')
            ELSE 'CUST-' || upper(left(replace(nbgen.slug(s.company), '-', ''), 24)) END,
       CASE WHEN id % 19 = 0 THEN 'reserved' ELSE 'active' END, NULL, NULL,
       CASE WHEN id <= 30 THEN 1 + id % 10 ELSE 20 + s.sid END, CASE WHEN id <= 30 THEN 201 ELSE s.sid END
FROM generate_series(1, 80) id
LEFT JOIN nbgen.town t ON t.k = id % 10 AND id <= 30
LEFT JOIN nbgen.sub s ON s.sid = 151 + (id - 31) % 50 AND id > 30;

CREATE TABLE ipam_prefix (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  prefix cidr NOT NULL,
  status varchar(50) NOT NULL,
  is_pool boolean NOT NULL,
  mark_utilized boolean NOT NULL,
  _depth smallint NOT NULL,
  _children bigint NOT NULL,
  role_id bigint NULL,
  site_id bigint NULL REFERENCES dcim_site (id),
  tenant_id bigint NULL REFERENCES tenancy_tenant (id),
  vlan_id bigint NULL REFERENCES ipam_vlan (id),
  vrf_id bigint NULL REFERENCES ipam_vrf (id)
);
-- 1-20 infrastructure and pools; 21-120 delegated to subscribers (k = 2 * (id - 20)).
INSERT INTO ipam_prefix (id, created, last_updated, custom_field_data, description, comments, prefix, status, is_pool, mark_utilized, _depth, _children, role_id, site_id, tenant_id, vlan_id, vrf_id)
SELECT id, '2019-04-10 09:00:00+00'::timestamptz + make_interval(days => id * 17), '2024-05-01 09:00:00+00'::timestamptz, '{}', d, '', p::cidr, 'active', pool, false, dep, ch, NULL, NULL, 201, NULL, vrf
FROM (VALUES (1, '185.153.200.0/22', 'RIPE allocation', false, 0, 12, NULL), (2, '185.153.200.0/24', 'Business static /29s', false, 1, 30, NULL), (3, '185.153.201.0/24', 'Residential public pool Harrogate', true, 1, 0, NULL),
             (4, '185.153.202.0/24', 'Residential public pool Craven', true, 1, 0, NULL), (5, '185.153.203.0/24', 'CGNAT outside', true, 1, 0, NULL), (6, '100.64.0.0/16', 'CGNAT inside', true, 0, 0, 2),
             (7, '10.20.0.0/16', 'Management', false, 0, 3, 1), (8, '10.20.0.0/24', 'Servers', false, 1, 0, 1), (9, '10.20.10.0/24', 'OOB', false, 1, 0, 1), (10, '10.21.0.0/16', 'ONT management', true, 1, 0, 1),
             (11, '10.255.0.0/24', 'Loopbacks', true, 0, 0, NULL), (12, '172.16.0.0/20', 'Voice', true, 0, 0, 3), (13, '2a0e:9b00::/29', 'RIPE IPv6 allocation', false, 0, 60, NULL),
             (14, '2a0e:9b00::/48', 'Infrastructure', false, 1, 2, NULL), (15, '2a0e:9b00:0:1::/64', 'Loopbacks', true, 2, 0, NULL), (16, '2a0e:9b00:100::/40', 'Residential PD pool', true, 1, 50, NULL),
             (17, '2a0e:9b01::/40', 'Business /48s', true, 1, 10, NULL), (18, '195.66.224.0/22', 'LINX LON1 peering LAN', false, 0, 0, NULL), (19, '10.99.0.0/24', 'Wholesale NNI', false, 0, 0, 4),
             (20, '192.0.2.0/24', 'Lab', false, 0, 0, NULL)) v (id, p, d, pool, dep, ch, vrf);
INSERT INTO ipam_prefix (id, created, last_updated, custom_field_data, description, comments, prefix, status, is_pool, mark_utilized, _depth, _children, role_id, site_id, tenant_id, vlan_id, vrf_id)
SELECT id, nbgen.at('pfc', id, '2019-06-01', '2024-10-01'), nbgen.at('pfu', id, '2024-01-01', '2024-10-30'),
       CASE WHEN s.kind <> 'res' THEN jsonb_build_object('ripe_assignment', 'ASSIGNED PA', 'netname', 'DALEFIBRE-' || upper(left(replace(nbgen.slug(s.company), '-', ''), 16))) ELSE '{}'::jsonb END,
       CASE WHEN s.kind = 'res' THEN 'PD ' || s.acct ELSE 'Static ' || s.acct || ' ' || s.company END,
       CASE WHEN id % 11 = 0 THEN 'Customer asked us not to reuse this range for 6 months.' ELSE '' END,
       CASE WHEN s.kind = 'res' THEN ('2a0e:9b00:1' || lpad(to_hex(k), 2, '0') || ':' || to_hex((k * 256) % 65536) || '::/56')::cidr
            ELSE ('185.153.200.' || (8 * (k % 32))::text || '/29')::cidr END,
       CASE WHEN id % 23 = 0 THEN 'deprecated' ELSE 'active' END, false, false, 2, 0, NULL, 20 + k, k, NULL, NULL
FROM generate_series(21, 120) id
CROSS JOIN LATERAL (SELECT 2 * (id - 20) AS k) x
JOIN nbgen.sub s ON s.sid = x.k;

CREATE TABLE ipam_ipaddress (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  address inet NOT NULL,
  status varchar(50) NOT NULL,
  role varchar(50) NOT NULL,
  assigned_object_type_id integer NULL REFERENCES django_content_type (id),
  assigned_object_id bigint NULL,
  nat_inside_id bigint NULL REFERENCES ipam_ipaddress (id),
  dns_name varchar(255) NOT NULL,
  tenant_id bigint NULL REFERENCES tenancy_tenant (id),
  vrf_id bigint NULL REFERENCES ipam_vrf (id)
);
-- 1-40 loopbacks of devices 1-40; 41-240 subscriber k's WAN IPv4 (40 + k);
-- 241-300 subscriber k's WAN IPv6 (240 + k).
INSERT INTO ipam_ipaddress (id, created, last_updated, custom_field_data, description, comments, address, status, role, assigned_object_type_id, assigned_object_id, nat_inside_id, dns_name, tenant_id, vrf_id)
SELECT i, d.created, d.last_updated, '{}', 'Loopback', '', ('10.255.0.' || i || '/32')::inet, 'active', 'loopback', 10, i, NULL, d.name || '.net.dalefibre.net', 201, NULL
FROM generate_series(1, 40) i JOIN dcim_device d ON d.id = i;
INSERT INTO ipam_ipaddress (id, created, last_updated, custom_field_data, description, comments, address, status, role, assigned_object_type_id, assigned_object_id, nat_inside_id, dns_name, tenant_id, vrf_id)
SELECT 40 + s.sid, d.created, d.last_updated,
       CASE WHEN s.sid % 6 = 0 THEN jsonb_build_object('radius_framed', true, 'ptr_requested_by', s.email) WHEN s.kind <> 'res' THEN jsonb_build_object('radius_framed', true, 'ptr_requested_by', s.email) ELSE '{"radius_framed": true}'::jsonb END,
       CASE WHEN s.kind = 'res' THEN 'WAN ' || s.acct ELSE 'WAN ' || s.acct || ' (' || s.company || ')' END,
       CASE WHEN s.sid % 13 = 0 THEN 'Blocklisted by Spamhaus in 2023 (previous holder), delisting requested.' ELSE '' END,
       a.addr, CASE WHEN s.sid % 23 = 0 THEN 'deprecated' ELSE 'active' END, '', 10, 120 + s.sid, NULL,
       CASE WHEN s.kind <> 'res' AND s.sid % 2 = 0 THEN 'mail.' || replace(nbgen.slug(s.company), '-', '') || '.co.uk'
            WHEN s.sid % 4 = 0 OR s.sid % 3 = 0 THEN '' ELSE 'host-' || replace(host(a.addr), '.', '-') || '.res.dalefibre.net' END,
       s.sid, CASE WHEN s.sid % 3 = 0 AND s.kind = 'res' THEN 2 END
FROM nbgen.sub s JOIN dcim_device d ON d.id = 40 + s.sid
CROSS JOIN LATERAL (SELECT (CASE WHEN s.kind <> 'res' THEN '185.153.200.' || (8 * (s.sid % 30) + 1)::text
                                 WHEN s.sid % 3 = 0 THEN '100.64.' || (s.sid / 250)::text || '.' || (1 + s.sid % 250)::text
                                 WHEN s.sid % 3 = 1 THEN '185.153.201.' || (1 + s.sid % 250)::text ELSE '185.153.202.' || (1 + s.sid % 250)::text END || '/32')::inet AS addr) a;
INSERT INTO ipam_ipaddress (id, created, last_updated, custom_field_data, description, comments, address, status, role, assigned_object_type_id, assigned_object_id, nat_inside_id, dns_name, tenant_id, vrf_id)
SELECT 240 + s.sid, d.created, d.last_updated, '{}', 'WAN v6 ' || s.acct, '',
       ('2a0e:9b00:100:' || to_hex(s.sid) || '::1/64')::inet, 'active', '', 10, 120 + s.sid, NULL, '', s.sid, NULL
FROM nbgen.sub s JOIN dcim_device d ON d.id = 40 + s.sid WHERE s.sid <= 60;

UPDATE dcim_device SET primary_ip4_id = id WHERE id <= 40;
UPDATE dcim_device SET oob_ip_id = id WHERE id <= 20;
UPDATE dcim_device SET primary_ip4_id = id WHERE id BETWEEN 41 AND 240 AND id % 23 <> 0;
UPDATE dcim_device SET primary_ip6_id = id + 200 WHERE id BETWEEN 41 AND 100;

-- ---------------------------------------------------------------------------
-- circuits: providers, accounts, types, circuits and their terminations.

CREATE TABLE circuits_provider (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE
);
INSERT INTO circuits_provider (id, created, last_updated, custom_field_data, description, comments, name, slug)
SELECT id, '2019-04-04 09:00:00+00'::timestamptz + make_interval(days => id * 25), '2024-04-01 09:00:00+00'::timestamptz + make_interval(days => id), cfd::jsonb, d, cm, n, nbgen.slug(n)
FROM (VALUES (1, 'CityFibre', 'Wholesale FTTP (Harrogate, Leeds)', 'Orders via the CityFibre portal. Escalation: account manager ' || fixture_gen.full_name('pvm', 1) || ', ' || nbgen.ukphone('pvp', 1) || '.', '{"portal": "https://portal.cityfibre.com"}'),
             (2, 'Openreach', 'EAD / FTTP wholesale', 'Fault line 0800 023 2023. Use Openreach Service Management Centre for EAD faults.', '{"portal": "https://www.openreach.co.uk/orpg"}'),
             (3, 'Neos Networks', 'Backhaul Leeds - Harrogate', '', '{}'), (4, 'Zayo', 'Transit and waves', 'Our SDM is ' || fixture_gen.full_name('pvm', 4) || ' (' || fixture_gen.ascii(fixture_gen.first_name('pvm', 4)) || '.' || fixture_gen.ascii(fixture_gen.last_name('pvm', 4)) || '@zayo.com).', '{}'),
             (5, 'Cogent', 'IP transit', '', '{}'), (6, 'LINX', 'Peering (LON1, IXLeeds)', 'Member portal logins are in the team vault.', '{}'),
             (7, 'Netomnia', 'Wholesale FTTP (Craven)', '', '{}'), (8, 'Virgin Media Business', 'Ethernet for two business customers', '', '{}'),
             (9, 'Lumen', 'Transit (backup)', 'Contract ends March 2025, do not renew.', '{}'), (10, 'Yorkshire WebNet', 'Wholesale partner buying access from us', '', '{}')) v (id, n, d, cm, cfd);

CREATE TABLE circuits_provideraccount (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  account varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  provider_id bigint NOT NULL REFERENCES circuits_provider (id)
);
INSERT INTO circuits_provideraccount (id, created, last_updated, custom_field_data, description, comments, account, name, provider_id)
SELECT id, '2019-05-01 09:00:00+00'::timestamptz + make_interval(days => id * 33), '2024-04-01 09:00:00+00'::timestamptz, '{}',
       fixture_gen.pick(ARRAY['Main account', 'Wholesale', 'Transit', 'Project BDUK', ''], 'pad', id), '',
       upper(fixture_gen.chars('paa', id, 3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')) || '-' || fixture_gen.digits('pan', id, 8),
       'Dalefibre ' || fixture_gen.pick(ARRAY['main', 'wholesale', 'transit', 'voucher build', 'legacy'], 'pad', id), 1 + (id - 1) % 10
FROM generate_series(1, 15) id;

CREATE TABLE circuits_circuittype (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  description varchar(200) NOT NULL,
  color varchar(6) NOT NULL
);
INSERT INTO circuits_circuittype (id, created, last_updated, custom_field_data, name, slug, description, color)
SELECT id, '2019-04-04 08:00:00+00'::timestamptz + make_interval(mins => id), '2019-04-04 08:00:00+00'::timestamptz + make_interval(mins => id), '{}', n, nbgen.slug(n), d, c
FROM (VALUES (1, 'Transit', 'IP transit', 'f44336'), (2, 'Peering', 'IX port', '4caf50'), (3, 'Backhaul', 'Inter-POP fibre', '2196f3'), (4, 'Dark fibre', '', '000000'),
             (5, 'Wholesale FTTP', 'Last mile on another network', '9c27b0'), (6, 'Ethernet access', 'EAD / leased line tail', 'ff9800'), (7, 'Wavelength', '', '795548')) v (id, n, d, c);

CREATE TABLE circuits_circuittermination (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  cable_end varchar(1) NOT NULL,
  mark_connected boolean NOT NULL,
  term_side varchar(1) NOT NULL,
  port_speed integer NULL,
  upstream_speed integer NULL,
  xconnect_id varchar(50) NOT NULL,
  pp_info varchar(100) NOT NULL,
  description varchar(200) NOT NULL,
  _path_id bigint NULL,
  cable_id bigint NULL,
  circuit_id bigint NOT NULL,
  provider_network_id bigint NULL,
  site_id bigint NULL REFERENCES dcim_site (id)
);

CREATE TABLE circuits_circuit (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  cid varchar(100) NOT NULL,
  status varchar(50) NOT NULL,
  install_date date NULL,
  termination_date date NULL,
  commit_rate integer NULL,
  provider_id bigint NOT NULL REFERENCES circuits_provider (id),
  provider_account_id bigint NULL REFERENCES circuits_provideraccount (id),
  type_id bigint NOT NULL REFERENCES circuits_circuittype (id),
  tenant_id bigint NULL REFERENCES tenancy_tenant (id),
  termination_a_id bigint NULL REFERENCES circuits_circuittermination (id),
  termination_z_id bigint NULL REFERENCES circuits_circuittermination (id)
);
ALTER TABLE circuits_circuittermination ADD CONSTRAINT circuits_circuittermination_circuit_id_fk FOREIGN KEY (circuit_id) REFERENCES circuits_circuit (id) DEFERRABLE INITIALLY DEFERRED;

-- 1-30 backbone: transit, peering, backhaul, waves; 31-150 last-mile lines
-- of subscriber k (k = id - 30 for residential on wholesale networks, or a
-- business's leased line).
INSERT INTO circuits_circuit (id, created, last_updated, custom_field_data, description, comments, cid, status, install_date, termination_date, commit_rate, provider_id, provider_account_id, type_id, tenant_id, termination_a_id, termination_z_id)
SELECT id, c, nbgen.at('ciu', id, '2024-01-01', '2024-10-30'),
       jsonb_build_object('contract_term_months', fixture_gen.pick(ARRAY['12', '36', '60'], 'cct', id)::int, 'monthly_cost_gbp', 400 + fixture_gen.n('ccm', id, 4000)),
       CASE p WHEN 3 THEN fixture_gen.pick(ARRAY['Backhaul Leeds-Harrogate', 'Backhaul Harrogate-Ripon', 'Backhaul Otley-Ilkley', 'Backhaul Skipton-Settle'], 'cid', id)
              WHEN 4 THEN fixture_gen.pick(ARRAY['Wave DC1-DC2 100G', 'Transit 10G Leeds DC1'], 'cid', id) WHEN 5 THEN 'Transit 10G Leeds DC2'
              WHEN 6 THEN fixture_gen.pick(ARRAY['LINX LON1 10G', 'IXLeeds 10G'], 'cid', id) ELSE 'Transit 10G (backup)' END,
       CASE WHEN id % 7 = 0 THEN 'Diverse path via Wetherby; check the route before any planned works on the A61.' ELSE '' END,
       CASE p WHEN 3 THEN 'NEOS/DF/' WHEN 4 THEN 'ZYO/IPT/' WHEN 5 THEN 'COG-' WHEN 6 THEN 'LINX-' ELSE 'LUM-' END || fixture_gen.digits('cin', id, 6),
       CASE WHEN id % 13 = 0 THEN 'decommissioned' ELSE 'active' END, c::date, CASE WHEN id % 13 = 0 THEN date '2024-03-31' END,
       CASE WHEN p = 4 AND id % 2 = 0 THEN 100000000 ELSE 10000000 END,
       p, p, CASE p WHEN 3 THEN 3 WHEN 6 THEN 2 WHEN 4 THEN CASE WHEN id % 2 = 0 THEN 7 ELSE 1 END ELSE 1 END, 201, NULL, NULL
FROM generate_series(1, 30) id
CROSS JOIN LATERAL (SELECT nbgen.at('cic', id, '2019-05-01', '2023-06-01') AS c, fixture_gen.pick(ARRAY['3', '3', '4', '5', '6', '9'], 'cip', id)::int AS p) x;

INSERT INTO circuits_circuit (id, created, last_updated, custom_field_data, description, comments, cid, status, install_date, termination_date, commit_rate, provider_id, provider_account_id, type_id, tenant_id, termination_a_id, termination_z_id)
SELECT id, c, nbgen.at('clu', id, c, '2024-10-30'),
       jsonb_strip_nulls(jsonb_build_object('wholesale_order', fixture_gen.pick(ARRAY['CF-ORD-', 'ORD', 'NTM-'], 'clo', id) || fixture_gen.digits('clo', id, 8),
         'end_user', s.name, 'end_user_phone', CASE WHEN id % 3 = 0 THEN s.phone END, 'appointment', CASE WHEN id % 2 = 0 THEN to_char(c, 'YYYY-MM-DD') || ' AM' END)),
       CASE WHEN s.kind = 'res' THEN fixture_gen.pick(ARRAY['FTTP ', 'Wholesale FTTP '], 'cld', id) || s.acct || ' - ' || s.street || ', ' || s.town
            ELSE 'EAD 1G ' || s.acct || ' ' || s.company END,
       CASE id % 6 WHEN 0 THEN 'Openreach engineer could not gain access; ' || s.first || ' rebooked for ' || to_char(c + interval '9 days', 'DD Mon') || '.'
                   WHEN 2 THEN 'Order raised with the wrong postcode, amended by ' || (SELECT first FROM nbgen.staff WHERE i = 2 + id % 20) || '.'
                   WHEN 4 THEN 'Line test OK.' ELSE '' END,
       CASE p WHEN 1 THEN 'CF' || fixture_gen.digits('clc', id, 9) WHEN 2 THEN CASE WHEN s.kind = 'res' THEN 'ON' || fixture_gen.digits('clc', id, 8) ELSE 'OGEA' || fixture_gen.digits('clc', id, 7) END
                WHEN 7 THEN 'NTM-' || upper(fixture_gen.hexn('clc', id, 8)) ELSE 'VMB/' || fixture_gen.digits('clc', id, 6) END,
       CASE WHEN id % 17 = 0 THEN 'provisioning' WHEN id % 19 = 0 THEN 'deprovisioning' ELSE 'active' END, c::date, NULL,
       CASE WHEN s.kind = 'res' THEN 900000 ELSE 1000000 END, p, CASE p WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 7 THEN 7 ELSE 8 END, CASE WHEN s.kind = 'res' THEN 5 ELSE 6 END, s.sid, NULL, NULL
FROM generate_series(31, 150) id
CROSS JOIN LATERAL (SELECT CASE WHEN id <= 130 THEN id - 30 ELSE 151 + (id - 131) * 2 END AS k) x
JOIN nbgen.sub s ON s.sid = x.k
CROSS JOIN LATERAL (SELECT nbgen.at('clc', id, '2019-08-01', '2024-10-15') AS c,
                           CASE WHEN s.kind <> 'res' THEN fixture_gen.pick(ARRAY['2', '8'], 'clp', id)::int ELSE fixture_gen.pick(ARRAY['1', '1', '2', '7'], 'clp', id)::int END AS p) y;

-- terminations: A and Z for backbone circuits (1-60), Z at the premises for
-- last-mile lines (61-180).
INSERT INTO circuits_circuittermination (id, created, last_updated, custom_field_data, cable_end, mark_connected, term_side, port_speed, upstream_speed, xconnect_id, pp_info, description, _path_id, cable_id, circuit_id, provider_network_id, site_id)
SELECT g.n, c.created, c.last_updated, '{}', '', g.n % 2 = 0, CASE WHEN g.n % 2 = 1 THEN 'A' ELSE 'Z' END, c.commit_rate, NULL,
       CASE WHEN g.n % 3 = 0 THEN 'XC-' || fixture_gen.digits('tcx', g.n, 6) ELSE '' END,
       CASE WHEN g.n % 2 = 1 THEN 'MMR PP' || (1 + g.n % 4)::text || ' port ' || (1 + g.n % 24)::text ELSE '' END, '', NULL, NULL, c.id, NULL,
       CASE WHEN g.n % 2 = 1 THEN 1 + g.n % 2 ELSE 3 + g.n % 8 END
FROM generate_series(1, 60) g(n) JOIN circuits_circuit c ON c.id = (g.n + 1) / 2;
INSERT INTO circuits_circuittermination (id, created, last_updated, custom_field_data, cable_end, mark_connected, term_side, port_speed, upstream_speed, xconnect_id, pp_info, description, _path_id, cable_id, circuit_id, provider_network_id, site_id)
SELECT 30 + c.id, c.created, c.last_updated, CASE WHEN c.id % 5 = 0 THEN '{"ont_location": "garage"}'::jsonb ELSE '{}'::jsonb END, '', true, 'Z',
       c.commit_rate, CASE WHEN c.type_id = 5 THEN 110000 ELSE c.commit_rate END, '', '',
       CASE c.id % 5 WHEN 0 THEN 'NTE in the hallway, next to the consumer unit' WHEN 2 THEN 'NTE in comms cupboard' ELSE '' END,
       NULL, NULL, c.id, NULL, 20 + c.tenant_id
FROM circuits_circuit c WHERE c.id > 30;
UPDATE circuits_circuit c SET termination_a_id = t.id FROM circuits_circuittermination t WHERE t.circuit_id = c.id AND t.term_side = 'A';
UPDATE circuits_circuit c SET termination_z_id = t.id FROM circuits_circuittermination t WHERE t.circuit_id = c.id AND t.term_side = 'Z';

-- ---------------------------------------------------------------------------
-- tenancy: who to call for what.

CREATE TABLE tenancy_contactassignment (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  object_id bigint NOT NULL,
  priority varchar(50) NOT NULL,
  contact_id bigint NOT NULL REFERENCES tenancy_contact (id),
  object_type_id integer NOT NULL REFERENCES django_content_type (id),
  role_id bigint NOT NULL REFERENCES tenancy_contactrole (id)
);
INSERT INTO tenancy_contactassignment (created, last_updated, custom_field_data, object_id, priority, contact_id, object_type_id, role_id)
SELECT ct.created, ct.last_updated, '{}',
       CASE WHEN ct.id <= 10 THEN (SELECT min(id) FROM circuits_provider WHERE name = replace(ct.name, ' NOC', '')) WHEN ct.description LIKE 'Works%' THEN 151 + ct.id % 50 ELSE 1 + (ct.id * 7) % 150 END,
       CASE WHEN ct.id % 5 = 0 THEN 'secondary' ELSE 'primary' END, ct.id,
       CASE WHEN ct.id <= 10 THEN 16 ELSE 19 END,
       CASE WHEN ct.id <= 10 THEN 5 WHEN ct.description LIKE 'Works%' THEN CASE WHEN ct.id % 3 = 0 THEN 2 ELSE 1 END WHEN ct.description = 'Landlord' THEN 6 WHEN ct.description = 'Keyholder' THEN 4
            WHEN ct.description LIKE 'Emergency%' THEN 7 ELSE 1 END
FROM tenancy_contact ct ORDER BY ct.id;
INSERT INTO tenancy_contactassignment (created, last_updated, custom_field_data, object_id, priority, contact_id, object_type_id, role_id)
SELECT nbgen.at('cac', i, '2020-01-01', '2024-10-01'), nbgen.at('cau', i, '2024-01-01', '2024-10-30'), '{}', 20 + (1 + (ct * 7) % 150), '', ct, 7, 4
FROM generate_series(1, 60) i CROSS JOIN LATERAL (SELECT 61 + (i * 11) % 90 AS ct) x;

-- ---------------------------------------------------------------------------
-- wireless: the Wi-Fi networks of managed CPE.

CREATE TABLE wireless_wirelesslan (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  description varchar(200) NOT NULL,
  comments text NOT NULL,
  ssid varchar(32) NOT NULL,
  group_id bigint NULL,
  status varchar(50) NOT NULL,
  vlan_id bigint NULL REFERENCES ipam_vlan (id),
  tenant_id bigint NULL REFERENCES tenancy_tenant (id),
  auth_type varchar(50) NOT NULL,
  auth_cipher varchar(50) NOT NULL,
  auth_psk varchar(64) NOT NULL
);
INSERT INTO wireless_wirelesslan (created, last_updated, custom_field_data, description, comments, ssid, group_id, status, vlan_id, tenant_id, auth_type, auth_cipher, auth_psk)
SELECT d.created, d.last_updated, jsonb_build_object('band', fixture_gen.pick(ARRAY['2.4/5 GHz', '5 GHz', '6 GHz'], 'wlb', s.sid), 'managed_by_acs', true),
       CASE WHEN s.kind = 'res' THEN 'Home network' ELSE fixture_gen.pick(ARRAY['Staff Wi-Fi', 'Guest Wi-Fi'], 'wld', s.sid) END,
       CASE WHEN s.sid % 11 = 0 THEN 'Customer changed the key themselves, ' || s.first || ' sent the new one by text.' WHEN s.sid % 11 = 5 THEN 'Guest network isolated from LAN.' ELSE '' END,
       CASE WHEN d.local_context_data -> 'wifi' ->> 'ssid' IS NOT NULL THEN d.local_context_data -> 'wifi' ->> 'ssid'
            WHEN s.kind <> 'res' THEN left(s.company, 26) || ' Guest' ELSE 'DALEFIBRE-' || upper(fixture_gen.hexn('wss', s.sid, 4)) END,
       NULL, 'active', NULL, s.sid, CASE WHEN s.sid % 9 = 0 THEN 'open' ELSE 'wpa-personal' END, CASE WHEN s.sid % 9 = 0 THEN '' ELSE 'aes' END,
       CASE WHEN s.sid % 9 = 0 THEN '' WHEN d.local_context_data -> 'wifi' ->> 'psk' IS NOT NULL THEN d.local_context_data -> 'wifi' ->> 'psk'
            WHEN s.kind = 'res' THEN lower(fixture_gen.pick(ARRAY['Bramble', 'Harrogate', 'Teapot', 'Sunflower', 'Kestrel', 'Marmalade'], 'wpp', s.sid)) || fixture_gen.digits('wpd', s.sid, 4)
            ELSE nbgen.rnd('wpb', s.sid, 16) END
FROM nbgen.sub s JOIN dcim_device d ON d.id = 40 + s.sid WHERE s.sid % 5 <> 4 ORDER BY s.sid;

-- ---------------------------------------------------------------------------
-- extras: tags, journal, image attachments, webhooks, event rules, config
-- contexts.

CREATE TABLE extras_tag (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  color varchar(6) NOT NULL,
  description varchar(200) NOT NULL
);
INSERT INTO extras_tag (id, created, last_updated, name, slug, color, description)
SELECT id, '2019-04-06 09:00:00+00'::timestamptz + make_interval(days => id * 9), '2019-04-06 09:00:00+00'::timestamptz + make_interval(days => id * 9), n, nbgen.slug(n), c, d
FROM (VALUES (1, 'fttp', '4caf50', ''), (2, 'leased-line', '2196f3', ''), (3, 'priority-services', 'f44336', 'Restore first in an outage'), (4, 'static-ip', '9e9e9e', ''),
             (5, 'cgnat', '9e9e9e', ''), (6, 'ipv6', '00bcd4', ''), (7, 'needs-visit', 'ff9800', 'Field team to revisit'), (8, 'wayleave', '795548', 'Wayleave agreement on file'),
             (9, 'legacy', '607d8b', ''), (10, 'voip', '3f51b5', ''), (11, 'monitoring', '8bc34a', 'Alert on down'), (12, '4g-backup', 'ffeb3b', ''),
             (13, 'do-not-disconnect', 'e91e63', 'Check with billing before any cease'), (14, 'bduk-voucher', '673ab7', 'Built with a gigabit voucher'), (15, 'social-tariff', 'cddc39', '')) v (id, n, c, d);

CREATE TABLE extras_taggeditem (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  object_id bigint NOT NULL,
  content_type_id integer NOT NULL REFERENCES django_content_type (id),
  tag_id bigint NOT NULL REFERENCES extras_tag (id)
);
INSERT INTO extras_taggeditem (object_id, content_type_id, tag_id)
SELECT CASE ct WHEN 19 THEN 1 + (i * 7) % 200 WHEN 9 THEN 41 + (i * 3) % 200 ELSE 21 + (i * 11) % 200 END, ct, 1 + fixture_gen.n('tgt', i, 15)
FROM generate_series(1, 200) i CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['19', '9', '7'], 'tgc', i)::int AS ct) x;

CREATE TABLE extras_journalentry (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  assigned_object_id bigint NOT NULL,
  kind varchar(30) NOT NULL,
  comments text NOT NULL,
  assigned_object_type_id integer NOT NULL REFERENCES django_content_type (id),
  created_by_id bigint NULL REFERENCES users_user (id)
);
INSERT INTO extras_journalentry (created, last_updated, custom_field_data, assigned_object_id, kind, comments, assigned_object_type_id, created_by_id)
SELECT c, c, '{}',
       CASE ot WHEN 9 THEN 40 + k WHEN 7 THEN 20 + k WHEN 19 THEN k ELSE 30 + (i % 120) + 1 END,
       fixture_gen.pick(ARRAY['info', 'info', 'success', 'warning', 'danger'], 'jek', i),
       CASE i % 12
         WHEN 0 THEN 'ONT swapped, old serial ALCL' || upper(fixture_gen.hexn('jes', i, 8)) || ' returned to stores.'
         WHEN 1 THEN 'Spoke to ' || s.first || ' ' || s.last || ', router moved to the lounge, speed test 930/110.'
         WHEN 2 THEN 'Customer reports slow speeds in the evening; shaper profile checked, no fault found.'
         WHEN 3 THEN 'Access refused by landlord (' || fixture_gen.full_name('jel', i) || ', ' || nbgen.ukphone('jlp', i) || '), rebook after they confirm.'
         WHEN 4 THEN 'Light level -21.4 dBm at ONT, within budget.'
         WHEN 5 THEN 'Called ' || s.phone || ' twice, no answer. Left voicemail about the appointment on ' || to_char(c + interval '3 days', 'DD/MM') || '.'
         WHEN 6 THEN 'Planned works: firmware 5.50(ACEA.2) pushed via ACS.'
         WHEN 7 THEN s.first || ' works from home and needs the line up before 9am; do not schedule morning maintenance.'
         WHEN 8 THEN 'Drop cable re-routed along the fence at the customer''s request.'
         WHEN 9 THEN 'Ticket #' || fixture_gen.digits('jet', i, 6) || ': customer changed Wi-Fi password and locked themselves out, reset to the card on the router.'
         WHEN 10 THEN 'Fault cleared after OLT line card reseat.'
         ELSE 'Engineer ' || (SELECT first || ' ' || last FROM nbgen.staff WHERE i = 2 + fixture_gen.n('jee', s.sid, 6)) || ' on site 10:40-11:55.' END,
       ot, 2 + fixture_gen.n('jeu', i, 20)
FROM generate_series(1, 150) i
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['9', '9', '7', '19', '17'], 'jeo', i)::int AS ot, 1 + (i * 13) % 200 AS k, nbgen.at('jec', i, '2021-01-01', '2024-10-30') AS c) x
JOIN nbgen.sub s ON s.sid = x.k ORDER BY c;

CREATE TABLE extras_imageattachment (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  object_id bigint NOT NULL,
  image varchar(100) NOT NULL,
  image_height smallint NOT NULL,
  image_width smallint NOT NULL,
  name varchar(50) NOT NULL,
  object_type_id integer NOT NULL REFERENCES django_content_type (id)
);
INSERT INTO extras_imageattachment (created, last_updated, object_id, image, image_height, image_width, name, object_type_id)
SELECT c, c, CASE WHEN i <= 10 THEN i ELSE 20 + k END,
       'image-attachments/site_' || CASE WHEN i <= 10 THEN i ELSE 20 + k END || '_' ||
         CASE WHEN i <= 10 THEN 'rack_elevation' || i ELSE CASE WHEN i % 3 = 0 THEN nbgen.slug(s.last) || '_ont_install' WHEN i % 3 = 1 THEN 'IMG_' || fixture_gen.digits('imn', i, 4) ELSE 'drop_route_' || nbgen.slug(s.street) END END || '.jpg',
       3024, 4032,
       CASE WHEN i <= 10 THEN 'Rack photo' WHEN i % 4 = 0 THEN left('ONT install ' || s.street, 50) WHEN i % 4 = 1 THEN '' ELSE left(s.last || ' - router position', 50) END,
       7
FROM generate_series(1, 60) i
CROSS JOIN LATERAL (SELECT 1 + (i * 17) % 200 AS k, nbgen.at('imc', i, '2020-01-01', '2024-10-30') AS c) x
JOIN nbgen.sub s ON s.sid = x.k;

CREATE TABLE extras_webhook (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(150) NOT NULL UNIQUE,
  description varchar(200) NOT NULL,
  payload_url varchar(500) NOT NULL,
  http_method varchar(30) NOT NULL,
  http_content_type varchar(100) NOT NULL,
  additional_headers text NOT NULL,
  body_template text NOT NULL,
  secret varchar(255) NOT NULL,
  ssl_verification boolean NOT NULL,
  ca_file_path varchar(4096) NULL
);
INSERT INTO extras_webhook (id, created, last_updated, custom_field_data, name, description, payload_url, http_method, http_content_type, additional_headers, body_template, secret, ssl_verification, ca_file_path) VALUES
  (1, '2020-02-11 10:00:00+00', '2023-09-04 14:12:00+00', '{}', 'Slack #noc', 'Device status changes',
   'https://hooks.slack.com/services/T0' || fixture_gen.chars('whs', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('whs', 2, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('whs', 3, 24),
   'POST', 'application/json', '', '{"text": "{{ data.name }} is now {{ data.status.label }} (changed by {{ username }})"}', '', true, NULL),
  (2, '2020-06-01 09:30:00+00', '2024-05-20 08:00:00+00', '{}', 'RADIUS sync', 'Push PPPoE credentials and framed IPs to the RADIUS API',
   'https://radius-api.int.dalefibre.net/v1/netbox-hook', 'POST', 'application/json',
   'Authorization: Bearer ' || nbgen.b64url('whr', 1, 48) || E'\nX-Source: netbox', '', fixture_gen.hexn('whr', 2, 40), true, '/etc/ssl/certs/dalefibre-internal-ca.pem'),
  (3, '2021-03-15 11:00:00+00', '2024-02-01 16:40:00+00', '{}', 'Billing tenant sync', 'Splynx customer sync on tenant changes',
   'https://billing.dalefibre.co.uk/api/2.0/admin/netbox/tenant', 'POST', 'application/json',
   'X-API-Key: ' || fixture_gen.hexn('whb', 1, 32) || E'\nX-API-Secret: ' || fixture_gen.hexn('whb', 2, 32), '', '', true, NULL),
  (4, '2021-07-07 13:00:00+00', '2021-07-07 13:00:00+00', '{}', 'Oxidized refresh', 'Back up config after device change',
   'http://oxidized.int.dalefibre.net:8888/node/next/{{ data.name }}', 'GET', 'application/json', '', '', '', false, NULL),
  (5, '2022-01-10 10:00:00+00', '2024-08-12 09:00:00+00', '{}', 'Teams field-ops', 'Journal entries of kind warning/danger',
   'https://dalefibre.webhook.office.com/webhookb2/' || fixture_gen.uuid('wht', 1) || '@' || fixture_gen.uuid('wht', 2) || '/IncomingWebhook/' || fixture_gen.hexn('wht', 3, 32) || '/' || fixture_gen.uuid('wht', 4),
   'POST', 'application/json', '', '{"title": "{{ data.assigned_object }}", "text": "{{ data.comments }}"}', '', true, NULL),
  (6, '2022-05-05 12:00:00+00', '2024-01-30 10:10:00+00', '{}', 'GenieACS provision', 'Tell the ACS to re-provision a CPE',
   'https://acs.int.dalefibre.net:7557/devices/{{ data.custom_fields.acs_device_id }}/tasks?connection_request', 'POST', 'application/json',
   'Authorization: Basic ' || translate(encode(convert_to('netbox:' || nbgen.rnd('wha', 1, 18), 'UTF8'), 'base64'), E'\n', ''), '{"name": "refreshObject", "objectName": ""}', '', true, NULL),
  (7, '2023-02-14 09:00:00+00', '2024-06-18 15:20:00+00', '{}', 'PagerDuty core', 'Core device goes offline',
   'https://events.pagerduty.com/v2/enqueue', 'POST', 'application/json', '',
   '{"routing_key": "' || fixture_gen.hexn('whp', 1, 32) || '", "event_action": "trigger", "payload": {"summary": "{{ data.name }} {{ data.status.value }}", "source": "netbox", "severity": "critical"}}', '', true, NULL),
  (8, '2023-10-02 08:00:00+00', '2023-10-02 08:00:00+00', '{}', 'Grafana annotation', 'Annotate dashboards on change',
   'https://grafana.dalefibre.net/api/annotations', 'POST', 'application/json', 'Authorization: Bearer glsa_' || nbgen.rnd('whg', 1, 32) || '_' || fixture_gen.hexn('whg', 2, 8),
   '{"text": "{{ event }} {{ model }} {{ data.display }} by {{ username }}", "tags": ["netbox"]}', '', true, NULL);

CREATE TABLE extras_eventrule (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  custom_field_data jsonb NOT NULL,
  name varchar(150) NOT NULL UNIQUE,
  description varchar(200) NOT NULL,
  event_types varchar(50)[] NOT NULL,
  enabled boolean NOT NULL,
  conditions jsonb NULL,
  action_type varchar(30) NOT NULL,
  action_object_type_id integer NOT NULL REFERENCES django_content_type (id),
  action_object_id bigint NULL,
  action_data jsonb NULL,
  comments text NOT NULL
);
INSERT INTO extras_eventrule (id, created, last_updated, custom_field_data, name, description, event_types, enabled, conditions, action_type, action_object_type_id, action_object_id, action_data, comments)
SELECT id, '2024-09-05 10:00:00+00'::timestamptz + make_interval(hours => id), '2024-09-05 10:00:00+00'::timestamptz + make_interval(hours => id * 5), '{}', n, d, et::varchar(50)[], en, cond::jsonb, at, aot, aoid, ad::jsonb, cm
FROM (VALUES
  (1, 'Device status to Slack', '', '{object_updated}', true, '{"attr": "status.value", "value": "active", "negate": true}', 'webhook', 23, 1, NULL, ''),
  (2, 'Tenant changes to RADIUS', 'PPPoE and framed IP', '{object_created,object_updated,object_deleted}', true, NULL, 'webhook', 23, 2, NULL, 'Owned by provisioning. Ask ' || fixture_gen.first_name('erc', 2) || ' before editing.'),
  (3, 'Tenant changes to billing', '', '{object_created,object_updated}', true, '{"attr": "group.slug", "value": "internal", "negate": true}', 'webhook', 23, 3, NULL, ''),
  (4, 'Config backup', '', '{object_updated}', true, NULL, 'webhook', 23, 4, NULL, ''),
  (5, 'Field journal to Teams', '', '{object_created}', true, '{"attr": "kind.value", "op": "in", "value": ["warning", "danger"]}', 'webhook', 23, 5, NULL, ''),
  (6, 'Reprovision CPE', 'When local context changes', '{object_updated}', true, '{"attr": "role.slug", "value": "residential-cpe"}', 'webhook', 23, 6, NULL, 'Disabled once in 2023 after it reset 40 routers at once.'),
  (7, 'Core offline page', '', '{object_updated}', true, '{"and": [{"attr": "role.slug", "value": "core-router"}, {"attr": "status.value", "value": "offline"}]}', 'webhook', 23, 7, NULL, ''),
  (8, 'Annotate Grafana', '', '{object_created,object_updated,object_deleted}', false, NULL, 'webhook', 23, 8, NULL, ''),
  (9, 'Provision new subscriber', 'Run the provisioning script for new CPE', '{object_created}', true, '{"attr": "role.slug", "op": "in", "value": ["residential-cpe", "business-cpe"]}', 'script', 26, 1, '{"send_welcome_sms": true}', ''),
  (10, 'Cease clean-up', '', '{object_updated}', true, '{"attr": "status.value", "value": "decommissioning"}', 'script', 26, 3, '{"release_ips": true, "notify": "#provisioning"}', 'Check the do-not-disconnect tag first.')
) v (id, n, d, et, en, cond, at, aot, aoid, ad, cm);

CREATE TABLE extras_configcontext (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  created timestamp with time zone NULL,
  last_updated timestamp with time zone NULL,
  name varchar(100) NOT NULL UNIQUE,
  weight smallint NOT NULL,
  description varchar(200) NOT NULL,
  is_active boolean NOT NULL,
  data jsonb NOT NULL,
  data_source_id bigint NULL,
  data_file_id bigint NULL,
  data_path varchar(1000) NOT NULL,
  auto_sync_enabled boolean NOT NULL,
  data_synced timestamp with time zone NULL
);
INSERT INTO extras_configcontext (id, created, last_updated, name, weight, description, is_active, data, data_source_id, data_file_id, data_path, auto_sync_enabled, data_synced) VALUES
  (1, '2019-06-01 09:00:00+00', '2023-03-01 10:00:00+00', 'global-services', 1000, 'NTP, DNS, syslog', true, '{"ntp_servers": ["10.20.0.5", "10.20.0.6"], "dns_servers": ["185.153.203.53", "185.153.203.54"], "syslog": "10.20.0.20", "domain": "net.dalefibre.net"}', NULL, NULL, '', false, NULL),
  (2, '2019-06-01 09:05:00+00', '2024-04-11 11:00:00+00', 'aaa-tacacs', 1000, 'TACACS+ for network devices', true,
   jsonb_build_object('tacacs', jsonb_build_object('servers', jsonb_build_array('10.20.0.30', '10.20.0.31'), 'key', nbgen.rnd('cct', 1, 24)), 'local_fallback_user', 'dfbreakglass',
                      'local_fallback_hash', '$6$' || nbgen.rnd('ccs', 1, 16) || '$' || fixture_gen.chars('cch', 1, 86, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')), NULL, NULL, '', false, NULL),
  (3, '2019-06-01 09:10:00+00', '2024-04-11 11:05:00+00', 'snmp-v3', 1000, 'SNMPv3 for LibreNMS', true,
   jsonb_build_object('snmp', jsonb_build_object('user', 'librenms', 'auth_proto', 'SHA', 'auth_key', nbgen.rnd('ccn', 1, 20), 'priv_proto', 'AES', 'priv_key', nbgen.rnd('ccn', 2, 20),
                      'contact', 'noc@dalefibre.co.uk')), NULL, NULL, '', false, NULL),
  (4, '2020-06-01 09:00:00+00', '2024-05-20 08:00:00+00', 'bng-radius', 900, 'RADIUS for PPPoE on the BNGs', true,
   jsonb_build_object('radius', jsonb_build_object('servers', jsonb_build_array('10.20.0.40', '10.20.0.41'), 'secret', nbgen.rnd('ccr', 1, 22), 'acct_interim', 900, 'nas_identifier', '{{ device.name }}')), NULL, NULL, '', false, NULL),
  (5, '2021-01-10 09:00:00+00', '2024-01-30 10:00:00+00', 'cpe-acs', 900, 'TR-069 settings pushed to residential CPE', true,
   jsonb_build_object('acs', jsonb_build_object('url', 'https://acs.dalefibre.net:7547/', 'username', 'cpe-acs', 'password', nbgen.rnd('cca', 1, 20), 'periodic_inform', 3600)), NULL, NULL, '', false, NULL),
  (6, '2021-01-10 09:05:00+00', '2023-07-07 09:00:00+00', 'cpe-defaults', 800, '', true, '{"wifi_country": "GB", "ipv6_pd_length": 56, "mtu": 1500, "upnp": false}', NULL, NULL, '', false, NULL),
  (7, '2022-03-01 09:00:00+00', '2024-09-01 09:00:00+00', 'olt-defaults', 800, 'Synced from the network-config repo', true,
   '{"pon_profile": "XGS-1000", "ont_auto_discovery": true, "dba_profiles": ["RES-900", "BIZ-1000"]}', 1, 14, 'contexts/olt-defaults.json', true, '2024-10-29 02:00:05+00'),
  (8, '2022-03-01 09:05:00+00', '2024-09-01 09:00:00+00', 'ix-peering', 700, 'Synced from the network-config repo', true,
   jsonb_build_object('bgp_sessions', jsonb_build_array(jsonb_build_object('peer', '195.66.224.21', 'asn', 8916, 'md5', nbgen.rnd('cci', 1, 16)), jsonb_build_object('peer', '195.66.224.22', 'asn', 8916, 'md5', nbgen.rnd('cci', 2, 16)))),
   1, 15, 'contexts/ix-peering.json', true, '2024-10-29 02:00:05+00'),
  (9, '2022-08-15 09:00:00+00', '2022-08-15 09:00:00+00', 'site-craven', 500, 'Craven region overrides', true, '{"ntp_servers": ["10.20.6.5"], "timezone": "Europe/London"}', NULL, NULL, '', false, NULL),
  (10, '2023-01-20 09:00:00+00', '2024-02-02 09:00:00+00', 'mgmt-acl', 600, '', true, '{"mgmt_acl": ["10.20.0.0/16", "185.153.203.0/28"], "ssh_port": 22}', NULL, NULL, '', false, NULL),
  (11, '2023-06-06 09:00:00+00', '2023-06-06 09:00:00+00', 'voice-sip', 600, 'SIP ATA settings', false,
   jsonb_build_object('sip', jsonb_build_object('registrar', 'sip.dalefibre.net', 'outbound_proxy', 'sbc1.dalefibre.net', 'provisioning_password', nbgen.rnd('ccv', 1, 18))), NULL, NULL, '', false, NULL),
  (12, '2024-02-01 09:00:00+00', '2024-02-01 09:00:00+00', 'wholesale-nni', 500, 'Handover to Yorkshire WebNet', true, '{"svlan_range": "3500-3599", "mtu": 9000}', NULL, NULL, '', false, NULL);

-- ---------------------------------------------------------------------------
-- core: background jobs (provisioning scripts) and the change log.

CREATE TABLE core_job (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  object_id bigint NULL,
  name varchar(200) NOT NULL,
  created timestamp with time zone NOT NULL,
  scheduled timestamp with time zone NULL,
  interval integer NULL,
  started timestamp with time zone NULL,
  completed timestamp with time zone NULL,
  status varchar(30) NOT NULL,
  data jsonb NULL,
  error text NOT NULL,
  job_id uuid NOT NULL UNIQUE,
  object_type_id integer NULL REFERENCES django_content_type (id),
  user_id bigint NULL REFERENCES users_user (id)
);
INSERT INTO core_job (object_id, name, created, scheduled, interval, started, completed, status, data, error, job_id, object_type_id, user_id)
SELECT CASE WHEN jk = 3 THEN 1 ELSE jk END, n, c, CASE WHEN jk = 3 THEN c END, CASE WHEN jk = 3 THEN 1440 END, c + interval '2 seconds',
       CASE WHEN st IN ('completed', 'failed', 'errored') THEN c + make_interval(secs => 5 + fixture_gen.n('jbd', i, 80)) END, st,
       CASE jk
         WHEN 1 THEN jsonb_build_object('log', jsonb_build_array(
                jsonb_build_object('status', 'info', 'message', 'Provisioning ' || s.acct || ' (' || s.name || ') at ' || s.street || ', ' || s.town),
                jsonb_build_object('status', 'success', 'message', 'Created RADIUS user ' || lower(s.acct) || '@fibre.dalefibre.net with password ' || nbgen.rnd('ppw', s.sid, 12)),
                jsonb_build_object('status', CASE WHEN st = 'failed' THEN 'failure' ELSE 'success' END, 'message', CASE WHEN st = 'failed' THEN 'ACS did not answer the connection request' ELSE 'Welcome SMS sent to ' || s.phone END)),
              'output', '', 'tests', '{}'::jsonb)
         WHEN 2 THEN jsonb_build_object('log', jsonb_build_array(jsonb_build_object('status', 'info', 'message', 'Ceasing ' || s.acct),
                jsonb_build_object('status', 'success', 'message', 'Released ' || (1 + s.sid % 3)::text || ' IP addresses'), jsonb_build_object('status', 'success', 'message', 'RADIUS user disabled')), 'output', '')
         ELSE jsonb_build_object('log', jsonb_build_array(jsonb_build_object('status', 'info', 'message', 'Checked ' || (180 + i % 20)::text || ' devices'),
                jsonb_build_object('status', 'warning', 'message', (i % 5)::text || ' CPE not seen by the ACS in 7 days')), 'output', 'ok') END,
       CASE WHEN st = 'errored' THEN E'Traceback (most recent call last):\n  File "/opt/netbox/netbox/extras/jobs.py", line 45, in run_script\n    script.output = script.run(data, commit)\n  File "/opt/netbox/netbox/scripts/provision.py", line 112, in run\n    raise AbortScript("ACS timeout")\nextras.scripts.AbortScript: ACS timeout' ELSE '' END,
       fixture_gen.uuid('jbid', i)::uuid, 26, CASE WHEN jk = 3 THEN NULL ELSE 22 END
FROM generate_series(1, 120) i
CROSS JOIN LATERAL (SELECT CASE WHEN i % 6 = 0 THEN 3 WHEN i % 6 = 1 THEN 2 ELSE 1 END AS jk, nbgen.at('jbc', i, '2024-04-01', '2024-10-30') AS c,
                           CASE WHEN i % 17 = 0 THEN 'failed' WHEN i % 29 = 0 THEN 'errored' WHEN i = 120 THEN 'running' ELSE 'completed' END AS st, 1 + (i * 29) % 200 AS k) x
JOIN nbgen.sub s ON s.sid = x.k
CROSS JOIN LATERAL (SELECT CASE jk WHEN 1 THEN 'provision.ProvisionSubscriber' WHEN 2 THEN 'cease.CeaseSubscriber' ELSE 'audit.StaleCPEReport' END AS n) y
ORDER BY c;

CREATE TABLE core_objectchange (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  time timestamp with time zone NOT NULL,
  user_name varchar(150) NOT NULL,
  request_id uuid NOT NULL,
  action varchar(50) NOT NULL,
  changed_object_id bigint NOT NULL,
  related_object_id bigint NULL,
  object_repr varchar(200) NOT NULL,
  prechange_data jsonb NULL,
  postchange_data jsonb NULL,
  changed_object_type_id integer NOT NULL REFERENCES django_content_type (id),
  related_object_type_id integer NULL REFERENCES django_content_type (id),
  user_id bigint NULL REFERENCES users_user (id)
);
INSERT INTO core_objectchange (time, user_name, request_id, action, changed_object_id, related_object_id, object_repr, prechange_data, postchange_data, changed_object_type_id, related_object_type_id, user_id)
SELECT t, u.username, fixture_gen.uuid('ocr', i / 2)::uuid,
       CASE WHEN ok IN (1, 3) THEN 'create' WHEN i % 31 = 0 THEN 'delete' ELSE 'update' END,
       CASE ok WHEN 0 THEN s.sid WHEN 1 THEN 40 + s.sid WHEN 2 THEN 11 + i % 140 WHEN 3 THEN 40 + s.sid ELSE 41 + i % 80 END,
       CASE ok WHEN 1 THEN 20 + s.sid WHEN 4 THEN 3 + (41 + i % 80) % 38 END,
       CASE ok WHEN 0 THEN s.name WHEN 1 THEN d.name WHEN 2 THEN ct.name WHEN 3 THEN host(ip.address) || '/32' ELSE 'ge-0/0/' || ((41 + i % 80) % 48)::text END,
       CASE ok
         WHEN 0 THEN jsonb_build_object('name', s.name, 'slug', s.slug, 'group', 2, 'description', 'Residential FTTP 500', 'comments', '',
                     'custom_fields', jsonb_build_object('account_number', s.acct, 'mobile', nbgen.ukphone('ocm', i), 'billing_email', s.email), 'tags', '[]'::jsonb)
         WHEN 2 THEN jsonb_build_object('name', ct.name, 'title', ct.title, 'phone', nbgen.ukphone('ocp', i), 'email', ct.email, 'address', ct.address, 'link', ct.link, 'comments', ct.comments)
         WHEN 4 THEN jsonb_build_object('name', 'ge-0/0/' || ((41 + i % 80) % 48)::text, 'enabled', true, 'description', '', 'mode', 'access', 'mtu', 9192) END,
       CASE ok
         WHEN 0 THEN jsonb_build_object('name', s.name, 'slug', s.slug, 'group', 2, 'description', 'Residential FTTP 900', 'comments', '',
                     'custom_fields', jsonb_build_object('account_number', s.acct, 'mobile', s.phone, 'billing_email', s.email, 'date_of_birth', s.dob::text), 'tags', '[]'::jsonb)
         WHEN 1 THEN jsonb_build_object('name', d.name, 'serial', d.serial, 'status', 'planned', 'site', 20 + s.sid, 'tenant', s.sid, 'role', d.role_id,
                     'local_context_data', d.local_context_data, 'custom_fields', d.custom_field_data)
         WHEN 2 THEN CASE WHEN i % 31 = 0 THEN NULL ELSE jsonb_build_object('name', ct.name, 'title', ct.title, 'phone', ct.phone, 'email', ct.email, 'address', ct.address, 'link', ct.link, 'comments', ct.comments) END
         WHEN 3 THEN jsonb_build_object('address', host(ip.address) || '/32', 'status', 'active', 'dns_name', ip.dns_name, 'tenant', s.sid, 'assigned_object_type', 'dcim.interface', 'assigned_object_id', 120 + s.sid)
         ELSE jsonb_build_object('name', 'ge-0/0/' || ((41 + i % 80) % 48)::text, 'enabled', true, 'description', 'CUST ' || s.acct || ' ' || s.name, 'mode', 'access', 'mtu', 9192) END,
       CASE ok WHEN 0 THEN 19 WHEN 1 THEN 9 WHEN 2 THEN 20 WHEN 3 THEN 13 ELSE 10 END,
       CASE ok WHEN 1 THEN 7 WHEN 4 THEN 9 END,
       u.sti
FROM generate_series(1, 300) i
CROSS JOIN LATERAL (SELECT i % 5 AS ok, 1 + (i * 7) % 200 AS k, nbgen.at('oct', i, '2024-01-01', '2024-10-30') AS t,
                           CASE WHEN i % 5 IN (1, 3) THEN 22 ELSE 2 + fixture_gen.n('ocu', i, 20) END AS uid) x
JOIN nbgen.sub s ON s.sid = x.k
JOIN dcim_device d ON d.id = 40 + s.sid
JOIN tenancy_contact ct ON ct.id = 11 + i % 140
JOIN ipam_ipaddress ip ON ip.id = 40 + s.sid
JOIN (SELECT i AS sti, username FROM nbgen.staff) u ON u.sti = x.uid
ORDER BY t;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA nbgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
