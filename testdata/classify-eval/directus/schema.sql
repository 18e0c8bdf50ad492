-- classify-eval fixture (HOLDOUT 21: written by someone who had not seen
-- the classifier, labelled by what its columns hold; never tune against
-- it): the Directus instance of Kestrel Events, an event agency in Lisbon
-- and Amsterdam (conferences, corporate retreats, weddings and private
-- parties), first installed on Directus 10.4 in 2022 and upgraded through
-- 11.1: the snake_case directus_ system tables its Knex migrations create
-- (uuid keys for users, roles, policies, files, folders, flows and shares,
-- serial keys for activity, revisions, permissions, presets and
-- notifications, json columns, timestamptz stamps; the 10.x comment column
-- of activity beside 11's directus_comments; the deprecated webhooks table
-- with its migrated flows) and the collections the agency built in the
-- Data Studio, in its own naming, each with Directus's id, status, sort,
-- user_created, date_created, user_updated and date_updated fields.
-- Staff, freelancers, API users and speakers with portal accounts in
-- directus_users (argon2id hashes, TOTP secrets, static API tokens,
-- Google and Microsoft logins with their ids and refresh tokens in
-- auth_data, locations, job titles, bios); sessions with their tokens, IPs
-- and user agents; activity with IPs and old comments naming people;
-- revisions whose data and delta keep whole bookings, speakers and users
-- (passwords masked, but a static token, a Mapbox key and flows' bearer
-- tokens inside); comments; files named after people (headshots, passport
-- scans, CVs, invoices) with EXIF/IPTC metadata holding photographers'
-- names, phone models and GPS positions; folders named after wedding
-- couples; settings with a Mapbox token, a MapTiler key in a basemap URL
-- and a public note with a phone; shares of a client preview, named after
-- clients, with argon2 passwords; webhooks and flows whose operations
-- call HubSpot, Slack and Postmark with bearer tokens and mail templates
-- signed with a phone; notifications quoting comments; presets whose
-- saved searches and filters are names, emails and phones; dashboard
-- panels, one with the on-call phone. The agency's collections: clients
-- (companies and private clients), venues (public addresses of hotels and
-- conference centres), events, speakers (passports, birth dates, fees,
-- travel notes), bookings (attendees, diets, access needs, QR check-in
-- codes), contact form submissions, newsletter sign-ups with double
-- opt-in tokens, invoices, sponsors, the website's team page and
-- testimonials, and public copy (articles, pages, FAQs) and a globals
-- singleton mixing site copy with Mailchimp and reCAPTCHA keys.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA dgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION dgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

CREATE FUNCTION dgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- nanoid: Directus's generated tokens (64-character URL-safe alphabet).
CREATE FUNCTION dgen.nanoid(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') $$;

-- argon2: the argon2id hash Directus stores (node-argon2 defaults).
CREATE FUNCTION dgen.argon2(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$' || 'argon2id' || '$v=19$m=65536,t=3,p=4$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '=')
$$;

-- u: a deterministic uuid.
CREATE FUNCTION dgen.u(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT md5('dx' || tag || ':' || i)::uuid $$;

-- at: a time between two bounds.
CREATE FUNCTION dgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- ua: a browser user agent.
CREATE FUNCTION dgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'], tag, i)
$$;

-- ip: a public IPv4 or, for one in five, an IPv6 address.
CREATE FUNCTION dgen.ip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'v', i, 5) = 0 THEN fixture_gen.ipv6(tag, i) ELSE fixture_gen.ipv4(tag, i) END
$$;

-- mail: an address of a person at a domain, in one of a few shapes.
CREATE FUNCTION dgen.mail(first text, last text, i bigint, dom text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE i % 4 WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last)
                    WHEN 1 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
                    WHEN 2 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 90 + 10)::text
                    ELSE fixture_gen.ascii(first) || '_' || fixture_gen.ascii(last) END || '@' || dom
$$;

CREATE FUNCTION dgen.pmail(first text, last text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT dgen.mail(first, last, i, fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com', 'sapo.pt', 'ziggo.nl', 'hotmail.co.uk', 'web.de', 'proton.me', 'yahoo.fr', 'kpnmail.nl'], 'pmd', i))
$$;

-- Staff of the agency (1-22), freelancers (23-30), and the two API users
-- (31, 32).
CREATE TABLE dgen.st (i int PRIMARY KEY, first text, last text, title text, loc text, role int, kind text);
INSERT INTO dgen.st VALUES
 (1, 'Joana', 'Ferreira', 'Founder & Managing Director', 'Lisbon, Portugal', 1, 'staff'),
 (2, 'Ruben', 'Costa', 'Head of Digital', 'Porto, Portugal', 1, 'staff'),
 (3, 'Maartje', 'de Vries', 'Operations Director', 'Amsterdam', 1, 'staff'),
 (4, 'Inês', 'Carvalho', 'Senior Event Manager', 'Lisbon', 2, 'staff'),
 (5, 'Daan', 'Visser', 'Event Manager', 'Amsterdam, NL', 2, 'staff'),
 (6, 'Sanne', 'Bakker', 'Event Manager', 'Utrecht', 2, 'staff'),
 (7, 'Tiago', 'Almeida', 'Production Lead', 'Lisbon', 2, 'staff'),
 (8, 'Priya', 'Nair', 'Speaker Relations Manager', 'Amsterdam', 2, 'staff'),
 (9, 'Mehmet', 'Yıldız', 'Logistics Coordinator', 'Haarlem', 2, 'staff'),
 (10, 'Lotte', 'Jansen', 'Wedding Planner', 'Amsterdam', 2, 'staff'),
 (11, 'Chiara', 'Romano', 'Wedding Planner', 'Cascais, Portugal', 2, 'staff'),
 (12, 'Kofi', 'Asante', 'Sponsorship Manager', 'Rotterdam', 2, 'staff'),
 (13, 'Beatriz', 'Sousa', 'Content Editor', 'Lisbon', 3, 'staff'),
 (14, 'Thijs', 'Mulder', 'Marketing Manager', 'Amsterdam', 3, 'staff'),
 (15, 'Hanna', 'Lindqvist', 'Copywriter', 'Remote (Göteborg)', 3, 'staff'),
 (16, 'Nuno', 'Pereira', 'Finance Manager', 'Lisbon', 4, 'staff'),
 (17, 'Yasmin', 'El Amrani', 'Accounts Assistant', 'Amsterdam', 4, 'staff'),
 (18, 'Femke', 'Smit', 'Guest Experience Coordinator', 'Leiden', 2, 'staff'),
 (19, 'Rafael', 'Oliveira', 'Venue Scout', 'Sintra', 2, 'staff'),
 (20, 'Anouk', 'Dekker', 'Office Manager', 'Amsterdam', 3, 'staff'),
 (21, 'Sipho', 'Ndlovu', 'AV & Streaming Lead', 'Lisbon', 2, 'staff'),
 (22, 'Wen', 'Zhao', 'Junior Event Manager', 'Amsterdam', 2, 'staff'),
 (23, 'Lars', 'Eriksen', 'Photographer (freelance)', 'Copenhagen', 5, 'freelance'),
 (24, 'Marta', 'Nowicka', 'Stage Manager (freelance)', 'Kraków / Lisbon', 5, 'freelance'),
 (25, 'Ahmed', 'Benali', 'AV Technician (freelance)', 'Rotterdam', 5, 'freelance'),
 (26, 'Carla', 'Mendes', 'Florist Coordinator (freelance)', 'Lisbon', 5, 'freelance'),
 (27, 'Jeroen', 'Hendriks', 'Photographer (freelance)', 'Eindhoven', 5, 'freelance'),
 (28, 'Oluwaseun', 'Adebayo', 'Videographer (freelance)', 'London', 5, 'freelance'),
 (29, 'Mariana', 'Rocha', 'Hostess Team Lead (freelance)', 'Porto', 5, 'freelance'),
 (30, 'Kenji', 'Watanabe', 'Lighting Designer (freelance)', 'Berlin', 5, 'freelance'),
 (31, 'Website', 'Frontend', NULL, NULL, 7, 'api'),
 (32, 'Zapier', 'Sync', NULL, NULL, 3, 'api');

-- Speakers (1-120); the first 38 have a portal account (users 33-70).
CREATE TABLE dgen.sp (i int PRIMARY KEY, first text, last text, email text, phone text, company text, title text, country text);
INSERT INTO dgen.sp
SELECT i, f, l, CASE WHEN i % 3 = 0 THEN dgen.pmail(f, l, i) ELSE dgen.mail(f, l, i, co_dom) END, fixture_gen.phone('spph', i), co, ti, ct
FROM generate_series(1, 120) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('spf', i) AS f, fixture_gen.last_name('spl', i) AS l,
  fixture_gen.pick(ARRAY['Nordlicht Bank', 'Adyen', 'Mollie', 'Farfetch', 'Booking.com', 'Talkdesk', 'OutSystems', 'Philips', 'ASML', 'Unbabel', 'Feedzai', 'Revolut', 'Bunq', 'TU Delft', 'Universidade de Lisboa', 'Sword Health', 'Picnic', 'Miro', 'Independent'], 'spc', i) AS co,
  fixture_gen.pick(ARRAY['CTO', 'VP Engineering', 'Head of Product', 'Principal Engineer', 'Chief Risk Officer', 'Founder & CEO', 'Head of Data Science', 'Professor of Computer Science', 'Design Director', 'Staff Engineer', 'Author', 'Head of Sustainability'], 'spt', i) AS ti,
  fixture_gen.pick(ARRAY['NL', 'PT', 'GB', 'DE', 'US', 'IN', 'NG', 'BR', 'FR', 'ES', 'JP', 'KR', 'TR', 'PL', 'ZA', 'IT', 'SE'], 'spn', i) AS ct) x
CROSS JOIN LATERAL (SELECT lower(regexp_replace(co, '[^A-Za-z]', '', 'g')) || '.example' AS co_dom) y;

-- Attendees and private people (bookings, contact forms, newsletter, clients).
CREATE TABLE dgen.pp (i int PRIMARY KEY, first text, last text, email text, phone text, company text, title text);
INSERT INTO dgen.pp
SELECT i, f, l, CASE WHEN i % 5 < 2 THEN dgen.pmail(f, l, i) ELSE dgen.mail(f, l, i, lower(regexp_replace(co, '[^A-Za-z]', '', 'g')) || '.example') END,
       fixture_gen.phone('ppph', i), co,
       fixture_gen.pick(ARRAY['Product Manager', 'Software Engineer', 'Account Executive', 'Data Analyst', 'Compliance Officer', 'Marketing Lead', 'Student', 'CFO', 'HR Business Partner', 'Consultant', 'UX Researcher', 'Founder'], 'ppt', i)
FROM generate_series(1, 1200) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('ppf', i) AS f, fixture_gen.last_name('ppl', i) AS l,
  fixture_gen.pick(ARRAY['Nordlicht Bank', 'Rabobank', 'Millennium BCP', 'Galp', 'Heineken', 'Philips', 'ASML', 'Takeaway.com', 'Vodafone', 'Deloitte', 'Accenture', 'Jerónimo Martins', 'NOS', 'Ahold Delhaize', 'KLM', 'Elastic', 'Coolblue', 'Bolt'], 'ppc', i) AS co) x;

-- System tables.
CREATE TABLE directus_migrations (
  version varchar(255) NOT NULL PRIMARY KEY,
  name varchar(255) NOT NULL,
  "timestamp" timestamptz DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE directus_folders (
  id uuid NOT NULL PRIMARY KEY,
  name varchar(255) NOT NULL,
  parent uuid REFERENCES directus_folders (id)
);

CREATE TABLE directus_roles (
  id uuid NOT NULL PRIMARY KEY,
  name varchar(100) NOT NULL,
  icon varchar(64) NOT NULL DEFAULT 'supervised_user_circle',
  description text,
  parent uuid REFERENCES directus_roles (id)
);

CREATE TABLE directus_policies (
  id uuid NOT NULL PRIMARY KEY,
  name varchar(100) NOT NULL,
  icon varchar(64) NOT NULL DEFAULT 'badge',
  description text,
  ip_access text,
  enforce_tfa boolean NOT NULL DEFAULT false,
  admin_access boolean NOT NULL DEFAULT false,
  app_access boolean NOT NULL DEFAULT false
);

CREATE TABLE directus_users (
  id uuid NOT NULL PRIMARY KEY,
  first_name varchar(50),
  last_name varchar(50),
  email varchar(128) UNIQUE,
  password varchar(255),
  location varchar(255),
  title varchar(50),
  description text,
  tags json,
  avatar uuid,
  language varchar(255) DEFAULT NULL,
  tfa_secret varchar(255),
  status varchar(16) NOT NULL DEFAULT 'active',
  role uuid REFERENCES directus_roles (id) ON DELETE SET NULL,
  token varchar(255) UNIQUE,
  last_access timestamptz,
  last_page varchar(255),
  provider varchar(128) NOT NULL DEFAULT 'default',
  external_identifier varchar(255) UNIQUE,
  auth_data json,
  email_notifications boolean DEFAULT true,
  appearance varchar(255),
  theme_dark varchar(255),
  theme_light varchar(255),
  theme_light_overrides json,
  theme_dark_overrides json,
  text_direction varchar(255) NOT NULL DEFAULT 'auto'
);

CREATE TABLE directus_access (
  id uuid NOT NULL PRIMARY KEY,
  role uuid REFERENCES directus_roles (id) ON DELETE CASCADE,
  "user" uuid REFERENCES directus_users (id) ON DELETE CASCADE,
  policy uuid NOT NULL REFERENCES directus_policies (id) ON DELETE CASCADE,
  sort integer
);

CREATE TABLE directus_permissions (
  id serial PRIMARY KEY,
  collection varchar(64) NOT NULL,
  action varchar(10) NOT NULL,
  permissions json,
  validation json,
  presets json,
  fields text,
  policy uuid NOT NULL REFERENCES directus_policies (id) ON DELETE CASCADE
);

CREATE TABLE directus_files (
  id uuid NOT NULL PRIMARY KEY,
  storage varchar(255) NOT NULL,
  filename_disk varchar(255),
  filename_download varchar(255) NOT NULL,
  title varchar(255),
  type varchar(255),
  folder uuid REFERENCES directus_folders (id) ON DELETE SET NULL,
  uploaded_by uuid REFERENCES directus_users (id),
  created_on timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  modified_by uuid REFERENCES directus_users (id),
  modified_on timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  charset varchar(50),
  filesize bigint,
  width integer,
  height integer,
  duration integer,
  embed varchar(200),
  description text,
  location text,
  tags text,
  metadata json,
  focal_point_x integer,
  focal_point_y integer,
  tus_id varchar(64),
  tus_data json,
  uploaded_on timestamptz
);

CREATE TABLE directus_shares (
  id uuid NOT NULL PRIMARY KEY,
  name varchar(255),
  collection varchar(64) NOT NULL,
  item varchar(255) NOT NULL,
  role uuid REFERENCES directus_roles (id) ON DELETE CASCADE,
  password varchar(255),
  user_created uuid REFERENCES directus_users (id) ON DELETE SET NULL,
  date_created timestamptz DEFAULT CURRENT_TIMESTAMP,
  date_start timestamptz,
  date_end timestamptz,
  times_used integer DEFAULT 0,
  max_uses integer
);

CREATE TABLE directus_sessions (
  token varchar(64) NOT NULL PRIMARY KEY,
  "user" uuid REFERENCES directus_users (id) ON DELETE CASCADE,
  expires timestamptz NOT NULL,
  ip varchar(255),
  user_agent text,
  share uuid REFERENCES directus_shares (id) ON DELETE CASCADE,
  origin varchar(255),
  next_token varchar(64)
);

CREATE TABLE directus_activity (
  id serial PRIMARY KEY,
  action varchar(45) NOT NULL,
  "user" uuid,
  "timestamp" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ip varchar(50),
  user_agent text,
  collection varchar(64) NOT NULL,
  item varchar(255) NOT NULL,
  comment text,
  origin varchar(255)
);

CREATE TABLE directus_versions (
  id uuid NOT NULL PRIMARY KEY,
  key varchar(64) NOT NULL,
  name varchar(255),
  collection varchar(64) NOT NULL,
  item varchar(255) NOT NULL,
  hash varchar(255),
  date_created timestamptz DEFAULT CURRENT_TIMESTAMP,
  date_updated timestamptz DEFAULT CURRENT_TIMESTAMP,
  user_created uuid REFERENCES directus_users (id) ON DELETE SET NULL,
  user_updated uuid REFERENCES directus_users (id),
  delta json
);

CREATE TABLE directus_revisions (
  id serial PRIMARY KEY,
  activity integer NOT NULL REFERENCES directus_activity (id) ON DELETE CASCADE,
  collection varchar(64) NOT NULL,
  item varchar(255) NOT NULL,
  data json,
  delta json,
  parent integer REFERENCES directus_revisions (id),
  version uuid REFERENCES directus_versions (id) ON DELETE CASCADE
);

CREATE TABLE directus_comments (
  id uuid NOT NULL PRIMARY KEY,
  collection varchar(64) NOT NULL,
  item varchar(255) NOT NULL,
  comment text NOT NULL,
  date_created timestamptz DEFAULT CURRENT_TIMESTAMP,
  date_updated timestamptz DEFAULT CURRENT_TIMESTAMP,
  user_created uuid REFERENCES directus_users (id) ON DELETE SET NULL,
  user_updated uuid REFERENCES directus_users (id)
);

CREATE TABLE directus_settings (
  id serial PRIMARY KEY,
  project_name varchar(100) NOT NULL DEFAULT 'Directus',
  project_url varchar(255),
  project_color varchar(255) NOT NULL DEFAULT '#6644FF',
  project_logo uuid REFERENCES directus_files (id),
  public_foreground uuid REFERENCES directus_files (id),
  public_background uuid REFERENCES directus_files (id),
  public_note text,
  auth_login_attempts integer DEFAULT 25,
  auth_password_policy varchar(100),
  storage_asset_transform varchar(7) DEFAULT 'all',
  storage_asset_presets json,
  custom_css text,
  storage_default_folder uuid REFERENCES directus_folders (id) ON DELETE SET NULL,
  basemaps json,
  mapbox_key varchar(255),
  module_bar json,
  project_descriptor varchar(100),
  default_language varchar(255) NOT NULL DEFAULT 'en-US',
  custom_aspect_ratios json,
  public_favicon uuid REFERENCES directus_files (id),
  default_appearance varchar(255) NOT NULL DEFAULT 'auto',
  default_theme_light varchar(255),
  theme_light_overrides json,
  default_theme_dark varchar(255),
  theme_dark_overrides json,
  report_error_url varchar(255),
  report_bug_url varchar(255),
  report_feature_url varchar(255),
  public_registration boolean NOT NULL DEFAULT false,
  public_registration_verify_email boolean NOT NULL DEFAULT true,
  public_registration_role uuid REFERENCES directus_roles (id) ON DELETE SET NULL,
  public_registration_email_filter json
);

CREATE TABLE directus_webhooks (
  id serial PRIMARY KEY,
  name varchar(255) NOT NULL,
  method varchar(10) NOT NULL DEFAULT 'POST',
  url varchar(255) NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'active',
  data boolean NOT NULL DEFAULT true,
  actions varchar(100) NOT NULL,
  collections varchar(255) NOT NULL,
  headers json,
  was_active_before_deprecation boolean NOT NULL DEFAULT false,
  migrated_flow uuid
);

CREATE TABLE directus_flows (
  id uuid NOT NULL PRIMARY KEY,
  name varchar(255) NOT NULL,
  icon varchar(64),
  color varchar(255),
  description text,
  status varchar(255) NOT NULL DEFAULT 'active',
  trigger varchar(255),
  accountability varchar(255) DEFAULT 'all',
  options json,
  operation uuid UNIQUE,
  date_created timestamptz DEFAULT CURRENT_TIMESTAMP,
  user_created uuid REFERENCES directus_users (id) ON DELETE SET NULL
);

CREATE TABLE directus_operations (
  id uuid NOT NULL PRIMARY KEY,
  name varchar(255),
  key varchar(255) NOT NULL,
  type varchar(255) NOT NULL,
  position_x integer NOT NULL,
  position_y integer NOT NULL,
  options json,
  resolve uuid UNIQUE REFERENCES directus_operations (id),
  reject uuid UNIQUE REFERENCES directus_operations (id),
  flow uuid NOT NULL REFERENCES directus_flows (id) ON DELETE CASCADE,
  date_created timestamptz DEFAULT CURRENT_TIMESTAMP,
  user_created uuid REFERENCES directus_users (id) ON DELETE SET NULL
);

CREATE TABLE directus_notifications (
  id serial PRIMARY KEY,
  "timestamp" timestamptz DEFAULT CURRENT_TIMESTAMP,
  status varchar(255) DEFAULT 'inbox',
  recipient uuid NOT NULL REFERENCES directus_users (id) ON DELETE CASCADE,
  sender uuid REFERENCES directus_users (id),
  subject varchar(255) NOT NULL,
  message text,
  collection varchar(64),
  item varchar(255)
);

CREATE TABLE directus_presets (
  id serial PRIMARY KEY,
  bookmark varchar(255),
  "user" uuid REFERENCES directus_users (id) ON DELETE CASCADE,
  role uuid REFERENCES directus_roles (id) ON DELETE CASCADE,
  collection varchar(64),
  search varchar(100),
  layout varchar(100) DEFAULT 'tabular',
  layout_query json,
  layout_options json,
  refresh_interval integer,
  filter json,
  icon varchar(64) DEFAULT 'bookmark',
  color varchar(255)
);

CREATE TABLE directus_dashboards (
  id uuid NOT NULL PRIMARY KEY,
  name varchar(255) NOT NULL,
  icon varchar(64) NOT NULL DEFAULT 'dashboard',
  note text,
  date_created timestamptz DEFAULT CURRENT_TIMESTAMP,
  user_created uuid REFERENCES directus_users (id) ON DELETE SET NULL,
  color varchar(255)
);

CREATE TABLE directus_panels (
  id uuid NOT NULL PRIMARY KEY,
  dashboard uuid NOT NULL REFERENCES directus_dashboards (id) ON DELETE CASCADE,
  name varchar(255),
  icon varchar(64) DEFAULT NULL,
  color varchar(10),
  show_header boolean NOT NULL DEFAULT false,
  note text,
  type varchar(255) NOT NULL,
  position_x integer NOT NULL,
  position_y integer NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  options json,
  date_created timestamptz DEFAULT CURRENT_TIMESTAMP,
  user_created uuid REFERENCES directus_users (id) ON DELETE SET NULL
);

CREATE TABLE directus_extensions (
  id uuid NOT NULL PRIMARY KEY,
  enabled boolean NOT NULL DEFAULT true,
  folder varchar(255) NOT NULL,
  source varchar(255) NOT NULL,
  bundle uuid
);

CREATE TABLE directus_translations (
  id uuid NOT NULL PRIMARY KEY,
  language varchar(255) NOT NULL,
  key varchar(255) NOT NULL,
  value text NOT NULL
);

CREATE TABLE directus_collections (
  collection varchar(64) NOT NULL PRIMARY KEY,
  icon varchar(30),
  note text,
  display_template varchar(255),
  hidden boolean NOT NULL DEFAULT false,
  singleton boolean NOT NULL DEFAULT false,
  translations json,
  archive_field varchar(64),
  archive_app_filter boolean NOT NULL DEFAULT true,
  archive_value varchar(255),
  unarchive_value varchar(255),
  sort_field varchar(64),
  accountability varchar(255) DEFAULT 'all',
  color varchar(255),
  item_duplication_fields json,
  sort integer,
  "group" varchar(64),
  collapse varchar(255) NOT NULL DEFAULT 'open',
  preview_url varchar(255),
  versioning boolean NOT NULL DEFAULT false
);

CREATE TABLE directus_fields (
  id serial PRIMARY KEY,
  collection varchar(64) NOT NULL,
  field varchar(64) NOT NULL,
  special varchar(64),
  interface varchar(64),
  options json,
  display varchar(64),
  display_options json,
  readonly boolean NOT NULL DEFAULT false,
  hidden boolean NOT NULL DEFAULT false,
  sort integer,
  width varchar(30) DEFAULT 'full',
  translations json,
  note text,
  conditions json,
  required boolean DEFAULT false,
  "group" varchar(64),
  validation json,
  validation_message text,
  searchable boolean NOT NULL DEFAULT true
);

CREATE TABLE directus_relations (
  id serial PRIMARY KEY,
  many_collection varchar(64) NOT NULL,
  many_field varchar(64) NOT NULL,
  one_collection varchar(64),
  one_field varchar(64),
  one_collection_field varchar(64),
  one_allowed_collections text,
  junction_field varchar(64),
  sort_field varchar(64),
  one_deselect_action varchar(255) NOT NULL DEFAULT 'nullify'
);

-- The agency's collections, as the Data Studio creates them.
CREATE TABLE clients (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'active',
  sort integer,
  user_created uuid REFERENCES directus_users (id),
  date_created timestamptz,
  user_updated uuid REFERENCES directus_users (id),
  date_updated timestamptz,
  name varchar(255),
  type varchar(255) DEFAULT 'company',
  contact_person varchar(255),
  email varchar(255),
  phone varchar(255),
  address text,
  city varchar(255),
  postal_code varchar(255),
  country varchar(255),
  vat_number varchar(255),
  website varchar(255),
  logo uuid REFERENCES directus_files (id) ON DELETE SET NULL,
  notes text,
  account_manager uuid REFERENCES directus_users (id) ON DELETE SET NULL,
  industry varchar(255)
);

CREATE TABLE venues (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'published',
  user_created uuid REFERENCES directus_users (id),
  date_created timestamptz,
  user_updated uuid REFERENCES directus_users (id),
  date_updated timestamptz,
  name varchar(255),
  address varchar(255),
  city varchar(255),
  postal_code varchar(255),
  country varchar(255),
  latitude numeric(10,5),
  longitude numeric(10,5),
  capacity integer,
  contact_name varchar(255),
  contact_email varchar(255),
  contact_phone varchar(255),
  website varchar(255),
  notes text,
  photo uuid REFERENCES directus_files (id) ON DELETE SET NULL
);

CREATE TABLE events (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'draft',
  sort integer,
  user_created uuid REFERENCES directus_users (id),
  date_created timestamptz,
  user_updated uuid REFERENCES directus_users (id),
  date_updated timestamptz,
  title varchar(255),
  slug varchar(255),
  client integer REFERENCES clients (id) ON DELETE SET NULL,
  venue integer REFERENCES venues (id) ON DELETE SET NULL,
  event_type varchar(255),
  start_date timestamp,
  end_date timestamp,
  description text,
  budget numeric(12,2),
  expected_attendees integer,
  cover_image uuid REFERENCES directus_files (id) ON DELETE SET NULL,
  is_public boolean DEFAULT false,
  timezone varchar(255) DEFAULT 'Europe/Lisbon',
  tags json
);

CREATE TABLE speakers (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'draft',
  sort integer,
  user_created uuid REFERENCES directus_users (id),
  date_created timestamptz,
  user_updated uuid REFERENCES directus_users (id),
  date_updated timestamptz,
  first_name varchar(255),
  last_name varchar(255),
  email varchar(255),
  phone varchar(255),
  company varchar(255),
  job_title varchar(255),
  bio text,
  headshot uuid REFERENCES directus_files (id) ON DELETE SET NULL,
  linkedin_url varchar(255),
  twitter varchar(255),
  website varchar(255),
  pronouns varchar(255),
  fee numeric(10,2),
  travel_notes text,
  passport_number varchar(255),
  date_of_birth date,
  nationality varchar(255),
  directus_user uuid REFERENCES directus_users (id) ON DELETE SET NULL
);

CREATE TABLE events_speakers (
  id serial PRIMARY KEY,
  events_id integer REFERENCES events (id) ON DELETE SET NULL,
  speakers_id integer REFERENCES speakers (id) ON DELETE SET NULL,
  session_title varchar(255),
  slot_start timestamp,
  room varchar(255)
);

CREATE TABLE invoices (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'draft',
  user_created uuid REFERENCES directus_users (id),
  date_created timestamptz,
  user_updated uuid REFERENCES directus_users (id),
  date_updated timestamptz,
  invoice_number varchar(255) UNIQUE,
  client integer REFERENCES clients (id) ON DELETE SET NULL,
  event integer REFERENCES events (id) ON DELETE SET NULL,
  issue_date date,
  due_date date,
  billing_name varchar(255),
  billing_address text,
  billing_email varchar(255),
  vat_number varchar(255),
  po_number varchar(255),
  line_items json,
  subtotal numeric(12,2),
  tax_rate numeric(5,2),
  tax_amount numeric(12,2),
  total numeric(12,2),
  currency varchar(255) DEFAULT 'EUR',
  pdf uuid REFERENCES directus_files (id) ON DELETE SET NULL,
  paid_at timestamp,
  payment_reference varchar(255),
  notes text
);

CREATE TABLE bookings (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'pending',
  user_created uuid REFERENCES directus_users (id),
  date_created timestamptz,
  user_updated uuid REFERENCES directus_users (id),
  date_updated timestamptz,
  event integer REFERENCES events (id) ON DELETE SET NULL,
  reference varchar(255) UNIQUE,
  first_name varchar(255),
  last_name varchar(255),
  email varchar(255),
  phone varchar(255),
  company varchar(255),
  job_title varchar(255),
  ticket_type varchar(255),
  quantity integer DEFAULT 1,
  amount numeric(10,2),
  currency varchar(255) DEFAULT 'EUR',
  payment_status varchar(255),
  stripe_payment_intent varchar(255),
  dietary_requirements varchar(255),
  accessibility_needs text,
  badge_name varchar(255),
  qr_code varchar(255),
  checked_in_at timestamp,
  utm_source varchar(255),
  marketing_consent boolean DEFAULT false,
  ip_address varchar(255),
  invoice integer REFERENCES invoices (id) ON DELETE SET NULL
);

CREATE TABLE contact_submissions (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'new',
  date_created timestamptz,
  date_updated timestamptz,
  user_updated uuid REFERENCES directus_users (id),
  name varchar(255),
  email varchar(255),
  phone varchar(255),
  company varchar(255),
  event_type varchar(255),
  event_date date,
  guest_count integer,
  budget_range varchar(255),
  message text,
  source_url text,
  ip_address varchar(255),
  user_agent text,
  assigned_to uuid REFERENCES directus_users (id) ON DELETE SET NULL,
  internal_notes text
);

CREATE TABLE newsletter_signups (
  id serial PRIMARY KEY,
  date_created timestamptz,
  email varchar(255) UNIQUE,
  first_name varchar(255),
  language varchar(255),
  interests json,
  source varchar(255),
  status varchar(255) DEFAULT 'pending',
  confirm_token varchar(255),
  confirmed_at timestamptz,
  unsubscribe_token varchar(255),
  ip_address varchar(255)
);

CREATE TABLE sponsors (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'prospect',
  date_created timestamptz,
  event integer REFERENCES events (id) ON DELETE SET NULL,
  name varchar(255),
  tier varchar(255),
  logo uuid REFERENCES directus_files (id) ON DELETE SET NULL,
  website varchar(255),
  contact_name varchar(255),
  contact_email varchar(255),
  contact_phone varchar(255),
  amount numeric(12,2),
  contract uuid REFERENCES directus_files (id) ON DELETE SET NULL,
  notes text
);

CREATE TABLE team (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'published',
  sort integer,
  date_created timestamptz,
  date_updated timestamptz,
  name varchar(255),
  role varchar(255),
  bio text,
  photo uuid REFERENCES directus_files (id) ON DELETE SET NULL,
  email varchar(255),
  linkedin varchar(255),
  languages json
);

CREATE TABLE testimonials (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'draft',
  date_created timestamptz,
  quote text,
  author_name varchar(255),
  author_title varchar(255),
  company varchar(255),
  photo uuid REFERENCES directus_files (id) ON DELETE SET NULL
);

CREATE TABLE articles (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'draft',
  sort integer,
  user_created uuid REFERENCES directus_users (id),
  date_created timestamptz,
  user_updated uuid REFERENCES directus_users (id),
  date_updated timestamptz,
  title varchar(255),
  slug varchar(255),
  summary text,
  content text,
  author uuid REFERENCES directus_users (id) ON DELETE SET NULL,
  image uuid REFERENCES directus_files (id) ON DELETE SET NULL,
  published_at timestamptz,
  seo json
);

CREATE TABLE pages (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'draft',
  title varchar(255),
  permalink varchar(255) UNIQUE,
  blocks json,
  seo json,
  date_created timestamptz,
  date_updated timestamptz
);

CREATE TABLE faqs (
  id serial PRIMARY KEY,
  status varchar(255) NOT NULL DEFAULT 'published',
  sort integer,
  question varchar(255),
  answer text,
  category varchar(255)
);

CREATE TABLE globals (
  id serial PRIMARY KEY,
  site_title varchar(255),
  tagline varchar(255),
  contact_email varchar(255),
  contact_phone varchar(255),
  office_address text,
  social_links json,
  google_analytics_id varchar(255),
  mailchimp_api_key varchar(255),
  mailchimp_list_id varchar(255),
  recaptcha_site_key varchar(255),
  recaptcha_secret_key varchar(255),
  stripe_publishable_key varchar(255),
  maintenance_mode boolean DEFAULT false,
  footer_text text
);

-- Data. Migrations Directus ran since the 10.4 install.
INSERT INTO directus_migrations (version, name, "timestamp")
SELECT v, n, timestamptz '2022-03-14 10:12:00+00' + make_interval(secs => k) + CASE WHEN v >= '20230401A' THEN interval '400 days' ELSE interval '0' END
          + CASE WHEN v >= '20240101A' THEN interval '200 days' ELSE interval '0' END + CASE WHEN v >= '20240806A' THEN interval '140 days' ELSE interval '0' END
FROM unnest(ARRAY['20201028A', '20201029A', '20201029B', '20201029C', '20201105A', '20201105B', '20210225A', '20210304A', '20210312A', '20210331A', '20210415A', '20210416A',
  '20210422A', '20210506A', '20210510A', '20210518A', '20210519A', '20210521A', '20210525A', '20210608A', '20210626A', '20210716A', '20210721A', '20210802A', '20210803A',
  '20210805A', '20210805B', '20210811A', '20210831A', '20210903A', '20210907A', '20210910A', '20210920A', '20210924A', '20210927A', '20210927B', '20210929A', '20211007A',
  '20211009A', '20211016A', '20211103A', '20211103B', '20211104A', '20211118A', '20211211A', '20211230A', '20220303A', '20220308A', '20220314A', '20220322A', '20220323A',
  '20220325A', '20220325B', '20220402A', '20220429A', '20220429B', '20220429C', '20220429D', '20220614A', '20220801A', '20220802A', '20220826A', '20230401A', '20230525A',
  '20230526A', '20230721A', '20230823A', '20230927A', '20231009A', '20231009B', '20231010A', '20231215A', '20240122A', '20240204A', '20240305A', '20240311A', '20240422A',
  '20240515A', '20240701A', '20240716A', '20240806A', '20240817A', '20240909A', '20240909B', '20240924A', '20240924B'],
  ARRAY['Remove Collection Foreign Keys', 'Remove System Relations', 'Remove System Collections', 'Remove System Fields', 'Add Cascade System Relations', 'Change Webhook URL Type',
  'Add Relations Sort Field', 'Remove Locked Fields', 'Webhooks Collections Text', 'Add Refresh Interval', 'Make Filesize Nullable', 'Add Collections Accountability',
  'Remove Files Interface', 'Rename Interfaces', 'Restructure Relations', 'Add Foreign Key Constraints', 'Add System Fk Triggers', 'Add Collections Icon Color', 'Add Insights',
  'Add Deep Clone Config', 'Change Filesize Bigint', 'Add Conditions to Fields', 'Add Default Folder', 'Replace Groups', 'Add Required to Fields', 'Update Groups',
  'Change Image Metadata Structure', 'Add Geometry Config', 'Remove Limit Column', 'Add Auth Provider', 'Webhooks Collections Not Null', 'Move Module Setup', 'Webhooks URL Not Null',
  'Add Collection Organization', 'Replace Fields Group', 'Replace M2M Interface', 'Rename Login Action', 'Update Presets', 'Add Auth Data', 'Add Webhook Headers',
  'Set Unique to User Token', 'Update Special Geometry', 'Remove Collections Listing', 'Add Notifications', 'Add Shares', 'Add Project Descriptor', 'Remove Default Project Color',
  'Add Bookmark Icon and Color', 'Add Translation Strings', 'Rename Field Typecast Flags', 'Add Field Validation', 'Fix Typecast Flags', 'Add Default Language',
  'Remove Default Value Panel Icon', 'Add Flows', 'Add Color to Insights Icon', 'Drop Non Null From IP of Activity', 'Drop Non Null From Sender of Notifications',
  'Rename Hook Trigger to Event', 'Update Notifications Timestamp Column', 'Add Custom Aspect Ratios', 'Add Origin to Accountability', 'Update Material Icons', 'Add Preview Settings',
  'Migrate Translation Strings', 'Require Shares Fields', 'Add Content Versioning', 'Themes', 'Update CSV Fields to Text', 'Update Panel Options', 'Add Extensions',
  'Add Focalpoints', 'Add Report URL Fields', 'Marketplace', 'Change Useragent Type', 'Deprecate Webhooks', 'Public Registration', 'Add Session Window', 'Add Tus Data',
  'Update Files Date Fields', 'Permissions Policies', 'Update Icon Fields Length', 'Separate Comments', 'Consolidate Content Versioning', 'Migrate Legacy Comments',
  'Populate Versioning Deltas']) WITH ORDINALITY AS m(v, n, k);

-- Folders: 1-15 fixed, 16-27 one per wedding, named after the couple.
INSERT INTO directus_folders (id, name, parent) VALUES
 (dgen.u('fold', 1), 'Speakers', NULL),
 (dgen.u('fold', 2), 'Headshots', dgen.u('fold', 1)),
 (dgen.u('fold', 3), 'Travel documents', dgen.u('fold', 1)),
 (dgen.u('fold', 4), 'Events', NULL),
 (dgen.u('fold', 5), 'Event photos', dgen.u('fold', 4)),
 (dgen.u('fold', 6), 'Site visits', dgen.u('fold', 4)),
 (dgen.u('fold', 7), 'Weddings & private', NULL),
 (dgen.u('fold', 8), 'Finance', NULL),
 (dgen.u('fold', 9), 'Invoices', dgen.u('fold', 8)),
 (dgen.u('fold', 10), 'Contracts', dgen.u('fold', 8)),
 (dgen.u('fold', 11), 'Logos', NULL),
 (dgen.u('fold', 12), 'Website', NULL),
 (dgen.u('fold', 13), 'Team', dgen.u('fold', 12)),
 (dgen.u('fold', 14), 'Freelancers', NULL),
 (dgen.u('fold', 15), 'Venues', NULL);

-- Private clients (people 1001-1024 in pairs) and their weddings.
CREATE TABLE dgen.wed (k int PRIMARY KEY, a int, b int, yr int, venue int);
INSERT INTO dgen.wed SELECT k, 999 + 2 * k, 1000 + 2 * k, 2022 + k % 3, 1 + fixture_gen.n('wven', k, 12) FROM generate_series(1, 12) k;

INSERT INTO directus_folders (id, name, parent)
SELECT dgen.u('fold', 15 + w.k), a.last || ' & ' || b.last || ' wedding ' || w.yr || CASE WHEN w.k % 3 = 0 THEN ' (' || a.first || ' + ' || b.first || ')' ELSE '' END, dgen.u('fold', 7)
FROM dgen.wed w JOIN dgen.pp a ON a.i = w.a JOIN dgen.pp b ON b.i = w.b;

INSERT INTO directus_roles (id, name, icon, description, parent) VALUES
 (dgen.u('role', 1), 'Administrator', 'verified', '$t:admin_description', NULL),
 (dgen.u('role', 2), 'Event Manager', 'event', 'Runs events end to end: bookings, speakers, venues, suppliers.', NULL),
 (dgen.u('role', 3), 'Editor', 'edit_note', 'Website content, blog and newsletters.', NULL),
 (dgen.u('role', 4), 'Finance', 'payments', 'Invoices and payment reconciliation.', NULL),
 (dgen.u('role', 5), 'Freelancer', 'badge', 'External crew: read-only event schedules and upload to their folder.', dgen.u('role', 2)),
 (dgen.u('role', 6), 'Speaker', 'record_voice_over', 'Speaker portal: own profile, headshot and travel details.', NULL),
 (dgen.u('role', 7), 'Website (API)', 'api', 'Nuxt front end and integrations.', NULL);

INSERT INTO directus_policies (id, name, icon, description, ip_access, enforce_tfa, admin_access, app_access) VALUES
 (dgen.u('pol', 1), 'Administrator', 'verified', '$t:admin_policy_description', '185.43.12.7,185.43.12.8,10.8.0.0/24', true, true, true),
 (dgen.u('pol', 2), '$t:public_label', 'public', '$t:public_description', NULL, false, false, false),
 (dgen.u('pol', 3), 'Event management', 'event', 'CRUD on events, bookings, speakers, venues, sponsors.', NULL, false, false, true),
 (dgen.u('pol', 4), 'Content editing', 'edit_note', 'Articles, pages, FAQs, team, testimonials, globals.', NULL, false, false, true),
 (dgen.u('pol', 5), 'Finance', 'payments', 'Invoices; read bookings and clients. Office network and VPN only.', '185.43.12.7,185.43.12.8,10.8.0.0/24,2a01:7c8:aac3:5b::/64', true, false, true),
 (dgen.u('pol', 6), 'Freelancer (limited)', 'badge', 'Read events and schedules, upload to the Freelancers folder.', NULL, false, false, true),
 (dgen.u('pol', 7), 'Speaker portal', 'record_voice_over', 'Own speakers row and own files only.', NULL, false, false, true),
 (dgen.u('pol', 8), 'Website read', 'api', 'Published content and creating form submissions, bookings and sign-ups.', '195.201.33.14,2a01:4f8:c17:9d2e::1', false, false, false);

-- Users: staff, freelancers and API users (1-32), speakers' portal accounts (33-70).
CREATE TABLE dgen.u (i int PRIMARY KEY, first text, last text, email text, kind text, role int, title text, loc text, provider text, ext text);
INSERT INTO dgen.u
SELECT s.i, s.first, s.last,
       CASE WHEN s.kind = 'staff' THEN fixture_gen.ascii(s.first) || '.' || fixture_gen.ascii(s.last) || '@kestrel-events.example'
            WHEN s.kind = 'freelance' THEN dgen.pmail(s.first, s.last, s.i)
            WHEN s.i = 32 THEN 'zapier@kestrel-events.example' END,
       s.kind, s.role, s.title, s.loc,
       CASE WHEN s.kind = 'staff' AND s.i > 3 AND s.i % 3 = 1 THEN 'google' WHEN s.kind = 'staff' AND s.i IN (12, 17) THEN 'microsoft' ELSE 'default' END, NULL
FROM dgen.st s;
INSERT INTO dgen.u
SELECT 32 + p.i, p.first, p.last, p.email, 'speaker', 6, p.title || ', ' || p.company,
       fixture_gen.city('spcity', p.i) || ', ' || p.country,
       CASE p.i % 4 WHEN 0 THEN 'google' WHEN 1 THEN 'microsoft' ELSE 'default' END, NULL
FROM dgen.sp p WHERE p.i <= 38;
UPDATE dgen.u SET ext = CASE WHEN provider = 'google' AND kind = 'staff' THEN email
                             WHEN provider = 'google' THEN '1' || fixture_gen.digits('gsub', i, 20)
                             WHEN provider = 'microsoft' THEN dgen.u('msoid', i)::text END
WHERE provider <> 'default';

INSERT INTO directus_users (id, first_name, last_name, email, password, location, title, description, tags, avatar, language, tfa_secret, status, role, token,
  last_access, last_page, provider, external_identifier, auth_data, email_notifications, appearance, theme_dark, theme_light, theme_light_overrides, theme_dark_overrides, text_direction)
SELECT dgen.u('user', u.i), u.first, u.last, u.email,
       CASE WHEN u.provider = 'default' AND u.kind <> 'api' AND NOT (u.kind = 'speaker' AND u.i % 7 = 3) THEN dgen.argon2('upw', u.i) END,
       u.loc, left(u.title, 50),
       CASE WHEN u.i = 1 THEN 'Founder. For anything urgent during an event call me on ' || fixture_gen.phone('uph', u.i) || ', not the office line.'
            WHEN u.i = 2 THEN 'I look after this Directus, the website and the integrations. Static token is for the invoice export script on my laptop.'
            WHEN u.i = 9 THEN 'Van and storage keys are with me. Mobile ' || '+31 6 ' || fixture_gen.digits('uph', u.i, 8) || '.'
            WHEN u.i = 11 THEN 'Weddings in Portugal. Italian and Portuguese speaker. On leave from 1 July (maternity), ask Lotte.'
            WHEN u.kind = 'freelance' THEN 'Freelance ' || lower(split_part(u.title, ' (', 1)) || '. Invoices to ' || dgen.pmail(u.first, u.last, u.i + 7) || ', IBAN ' || fixture_gen.iban_for('ufib', u.i) || '.'
            WHEN u.kind = 'speaker' AND u.i % 3 = 0 THEN u.first || ' speaks about ' || fixture_gen.pick(ARRAY['payments at scale', 'responsible AI', 'platform engineering', 'design systems', 'climate tech'], 'utopic', u.i) || '.'
            WHEN u.kind = 'api' THEN 'Service account. Do not delete.' END,
       CASE WHEN u.kind = 'staff' THEN json_build_array(fixture_gen.pick(ARRAY['Lisbon office', 'Amsterdam office'], 'utag', u.i), fixture_gen.pick(ARRAY['Portuguese', 'Dutch', 'Spanish', 'German', 'French', 'Italian'], 'utag2', u.i))
            WHEN u.kind = 'freelance' THEN json_build_array('freelancer', fixture_gen.pick(ARRAY['photo', 'av', 'crew', 'video'], 'utag3', u.i)) END,
       NULL,
       fixture_gen.pick(ARRAY['en-US', 'en-US', 'pt-PT', 'nl-NL', NULL], 'ulang', u.i),
       CASE WHEN u.i IN (1, 2, 3, 16, 17) OR (u.kind = 'staff' AND u.i % 4 = 2) THEN fixture_gen.chars('utfa', u.i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       CASE WHEN u.i IN (26, 30) THEN 'suspended' WHEN u.i = 20 THEN 'archived' WHEN u.kind = 'speaker' AND u.i % 7 = 3 THEN 'invited' ELSE 'active' END,
       dgen.u('role', u.role),
       CASE WHEN u.kind = 'api' OR u.i = 2 THEN dgen.nanoid('utok', u.i, 32) END,
       CASE WHEN u.kind = 'speaker' AND u.i % 7 = 3 THEN NULL ELSE dgen.at('ula', u.i, '2024-05-01+00', '2024-10-20+00') END,
       CASE WHEN u.kind = 'api' THEN NULL ELSE fixture_gen.pick(ARRAY['/content/bookings', '/content/events', '/content/speakers/' || (u.i % 90 + 1), '/files/folders/' || dgen.u('fold', 1 + u.i % 15),
            '/insights/' || dgen.u('dash', 1 + u.i % 5), '/content/invoices', '/settings/flows', '/content/contact_submissions', '/users/' || dgen.u('user', 1 + u.i % 30), '/content/articles'], 'ulp', u.i) END,
       u.provider, u.ext,
       CASE WHEN u.provider = 'google' THEN json_build_object('refreshToken', '1//0' || fixture_gen.chars('ugrt', u.i, 1, 'cdg') || dgen.b64url('ugrt', u.i, 76))
            WHEN u.provider = 'microsoft' THEN json_build_object('refreshToken', '0.A' || dgen.b64url('umrt', u.i, 180)) END,
       u.i % 11 <> 4,
       CASE u.i % 5 WHEN 0 THEN 'dark' WHEN 1 THEN 'light' END,
       CASE WHEN u.i % 9 = 2 THEN 'Directus Minimal' END, NULL,
       CASE WHEN u.i IN (2, 14) THEN json_build_object('primary', '#1F6F8B', 'borderRadius', '8px') END, NULL, 'auto'
FROM dgen.u u;

INSERT INTO directus_access (id, role, "user", policy, sort)
SELECT dgen.u('acc', k), r, us, p, s FROM (VALUES
  (1, dgen.u('role', 1), NULL::uuid, dgen.u('pol', 1), 1), (2, NULL, NULL, dgen.u('pol', 2), 1),
  (3, dgen.u('role', 2), NULL, dgen.u('pol', 3), 1), (4, dgen.u('role', 3), NULL, dgen.u('pol', 4), 1),
  (5, dgen.u('role', 4), NULL, dgen.u('pol', 5), 1), (6, dgen.u('role', 5), NULL, dgen.u('pol', 6), 1),
  (7, dgen.u('role', 6), NULL, dgen.u('pol', 7), 1), (8, dgen.u('role', 7), NULL, dgen.u('pol', 8), 1),
  (9, NULL, dgen.u('user', 8), dgen.u('pol', 4), 1), (10, NULL, dgen.u('user', 14), dgen.u('pol', 3), 1),
  (11, NULL, dgen.u('user', 4), dgen.u('pol', 5), 1), (12, NULL, dgen.u('user', 32), dgen.u('pol', 3), 2),
  (13, dgen.u('role', 4), NULL, dgen.u('pol', 6), 2), (14, NULL, dgen.u('user', 20), dgen.u('pol', 5), 1)
) v(k, r, us, p, s);

-- Permissions: CRUD per collection and policy; two of the event managers'
-- read rules hide named VIPs' bookings from freelancers.
CREATE TABLE dgen.perm (k serial, coll text, act text, pol int, perm text, valid text, pre text, fields text);
INSERT INTO dgen.perm (coll, act, pol, perm, valid, pre, fields)
SELECT c, a, p,
       CASE WHEN p = 7 AND c = 'speakers' THEN '{"directus_user":{"_eq":"$CURRENT_USER"}}'
            WHEN p = 7 AND c = 'directus_files' THEN '{"uploaded_by":{"_eq":"$CURRENT_USER"}}'
            WHEN p = 6 AND c = 'events' THEN '{"_and":[{"status":{"_in":["confirmed","live"]}},{"event_type":{"_neq":"wedding"}}]}'
            WHEN p = 8 AND a = 'read' THEN '{"status":{"_eq":"published"}}'
            WHEN p = 4 AND c = 'articles' AND a IN ('update', 'delete') THEN '{"user_created":{"_eq":"$CURRENT_USER"}}'
            ELSE '{}' END,
       CASE WHEN c = 'bookings' AND a = 'create' THEN '{"_and":[{"email":{"_regex":"^[^@]+@[^@]+\\.[^@]+$"}},{"quantity":{"_between":[1,10]}}]}'
            WHEN c = 'newsletter_signups' AND a = 'create' THEN '{"_and":[{"email":{"_nnull":true}}]}' ELSE '{}' END,
       CASE WHEN a = 'create' AND c NOT LIKE 'directus_%' AND p <> 8 THEN '{"status":"draft"}'
            WHEN p = 8 AND c = 'bookings' AND a = 'create' THEN '{"status":"pending","payment_status":"awaiting"}' END,
       CASE WHEN p = 8 AND c = 'speakers' THEN 'id,first_name,last_name,company,job_title,bio,headshot,linkedin_url,twitter'
            WHEN p = 6 AND c = 'bookings' THEN 'id,event,first_name,last_name,badge_name,ticket_type,dietary_requirements,accessibility_needs,checked_in_at'
            WHEN p = 7 AND c = 'speakers' THEN 'first_name,last_name,email,phone,company,job_title,bio,headshot,linkedin_url,twitter,website,pronouns,travel_notes,passport_number,date_of_birth,nationality'
            ELSE '*' END
FROM (VALUES (2), (3), (4), (5), (6), (7), (8)) pp(p)
CROSS JOIN unnest(ARRAY['events', 'bookings', 'speakers', 'venues', 'sponsors', 'clients', 'invoices', 'contact_submissions', 'newsletter_signups', 'articles', 'pages', 'faqs', 'team', 'testimonials', 'globals', 'events_speakers', 'directus_files', 'directus_folders', 'directus_users', 'directus_comments']) c
CROSS JOIN unnest(ARRAY['create', 'read', 'update', 'delete']) a
WHERE (p = 3 AND c IN ('events', 'bookings', 'speakers', 'venues', 'sponsors', 'clients', 'contact_submissions', 'events_speakers', 'directus_files', 'directus_folders', 'directus_comments'))
   OR (p = 3 AND c IN ('invoices', 'directus_users', 'newsletter_signups') AND a = 'read')
   OR (p = 4 AND c IN ('articles', 'pages', 'faqs', 'team', 'testimonials', 'globals', 'directus_files', 'newsletter_signups', 'directus_comments'))
   OR (p = 4 AND c IN ('events', 'speakers') AND a IN ('read', 'update'))
   OR (p = 5 AND c IN ('invoices', 'directus_files'))
   OR (p = 5 AND c IN ('bookings', 'clients', 'events', 'sponsors') AND a = 'read')
   OR (p = 6 AND c IN ('events', 'events_speakers', 'venues', 'bookings') AND a = 'read')
   OR (p = 6 AND c = 'directus_files' AND a IN ('create', 'read'))
   OR (p = 7 AND c IN ('speakers', 'directus_files') AND a IN ('read', 'update', 'create'))
   OR (p = 8 AND c IN ('events', 'speakers', 'venues', 'articles', 'pages', 'faqs', 'team', 'testimonials', 'globals', 'events_speakers', 'sponsors') AND a = 'read')
   OR (p = 8 AND c IN ('bookings', 'contact_submissions', 'newsletter_signups') AND a = 'create')
   OR (p = 2 AND c IN ('articles', 'pages', 'faqs') AND a = 'read')
ORDER BY p, c, a;
UPDATE dgen.perm SET perm = '{"_and":[{"email":{"_nin":["' || (SELECT email FROM dgen.pp WHERE i = 1101) || '","' || (SELECT email FROM dgen.pp WHERE i = 1102) || '"]}},{"last_name":{"_neq":"' || (SELECT last FROM dgen.pp WHERE i = 1103) || '"}}]}'
WHERE pol = 6 AND coll = 'bookings' AND act = 'read';
UPDATE dgen.perm SET perm = '{"_and":[{"event_type":{"_neq":"wedding"}},{"email":{"_neq":"' || (SELECT email FROM dgen.pp WHERE i = 1104) || '"}}]}'
WHERE pol = 3 AND coll = 'contact_submissions' AND act = 'delete';
INSERT INTO directus_permissions (id, collection, action, permissions, validation, presets, fields, policy)
SELECT k, coll, act, perm::json, valid::json, pre::json, fields, dgen.u('pol', pol) FROM dgen.perm;

-- Companies (clients 1-24), private clients (25-44: the weddings' first
-- partner, then hosts of private parties).
CREATE TABLE dgen.cl (k int PRIMARY KEY, name text, kind text, person int, industry text, country text);
INSERT INTO dgen.cl
SELECT k, n, 'company', 1130 + k, ind, ctry FROM unnest(
  ARRAY['Nordlicht Bank N.V.', 'Adyen', 'Galp Energia', 'Heineken Nederland', 'Millennium BCP', 'Talkdesk', 'OutSystems', 'Philips Healthcare', 'ASML', 'Unbabel',
        'Feedzai', 'Sword Health', 'Picnic Technologies', 'Coolblue', 'Jerónimo Martins', 'NOS Comunicações', 'KLM Royal Dutch Airlines', 'Elastic', 'Bunq', 'Mollie',
        'Vinhos do Douro Lda', 'Stichting Open Data NL', 'Universidade Nova de Lisboa', 'Lisbon FinTech Association'],
  ARRAY['Banking', 'Payments', 'Energy', 'Beverages', 'Banking', 'Software', 'Software', 'Healthcare', 'Semiconductors', 'Software',
        'Software', 'Healthcare', 'Retail', 'Retail', 'Retail', 'Telecoms', 'Airline', 'Software', 'Banking', 'Payments',
        'Wine', 'Non-profit', 'Education', 'Association'],
  ARRAY['NL', 'NL', 'PT', 'NL', 'PT', 'PT', 'PT', 'NL', 'NL', 'PT', 'PT', 'PT', 'NL', 'NL', 'PT', 'PT', 'NL', 'NL', 'NL', 'NL', 'PT', 'NL', 'PT', 'PT'])
  WITH ORDINALITY AS c(n, ind, ctry, k);
INSERT INTO dgen.cl SELECT 24 + w.k, a.first || ' ' || a.last || ' & ' || b.first || ' ' || b.last, 'wedding', w.a, 'Private', fixture_gen.pick(ARRAY['PT', 'NL', 'GB', 'DE', 'US', 'FR'], 'clc', w.k)
FROM dgen.wed w JOIN dgen.pp a ON a.i = w.a JOIN dgen.pp b ON b.i = w.b;
INSERT INTO dgen.cl SELECT 36 + k, p.first || ' ' || p.last, 'private', p.i, 'Private', fixture_gen.pick(ARRAY['PT', 'NL', 'GB', 'BE'], 'clc', 36 + k)
FROM generate_series(1, 8) k JOIN dgen.pp p ON p.i = 1060 + k;

-- Venues: hotels, quintas and conference centres (public business addresses).
CREATE TABLE dgen.vn (k int PRIMARY KEY, name text, street text, city text, pc text, country text, lat numeric, lon numeric, cap int);
INSERT INTO dgen.vn
SELECT k, n, st, ci, pc, co, la, lo, cap FROM unnest(
  ARRAY['Hotel Miradouro Alfama', 'Quinta do Vale Verde', 'Centro de Congressos do Tejo', 'Palácio dos Condes de Belmonte', 'LX Armazém 16', 'Quinta da Serra de Sintra',
        'Hotel Ribeira Porto', 'Alfândega Conference Hall', 'Casa do Lago Cascais', 'Convento de São Bento Eventos', 'Herdade Monte Alentejo', 'Terraço Chiado',
        'Amstel Lofts', 'Fabriek 23 Eventlocatie', 'De Kromme Watergang', 'Havenpaviljoen Rotterdam', 'Kasteel Oud-Wulven', 'Utrecht Jaarbeurs Hall 7',
        'Hotel Zeezicht Zandvoort', 'Westergas Zuiveringshal', 'Landgoed De Wildhoeve', 'Pakhuis Oost', 'Beurs van Amsterdam Loft', 'Den Haag World Forum Studio', 'Kröller Paviljoen'],
  ARRAY['Rua das Escolas Gerais 112', 'Estrada de Colares 2710-405', 'Avenida Infante Dom Henrique 350', 'Pátio Dom Fradique 4', 'Rua da Cintura do Porto 16', 'Rua Barão de Saavedra 7',
        'Cais da Ribeira 44', 'Rua Nova da Alfândega 1', 'Avenida Rei Humberto II de Itália 25', 'Largo de São Bento 9', 'Herdade do Monte, EN 254', 'Rua Garrett 80',
        'Amstel 212', 'Hamerstraat 23', 'Watergang 3', 'Parkhaven 21', 'Oud-Wulverweg 10', 'Jaarbeursplein 6', 'Boulevard Paulus Loot 5', 'Pazzanistraat 33',
        'Hoge Boekelerweg 4', 'Oostelijke Handelskade 15', 'Damrak 243', 'Churchillplein 10', 'Houtkampweg 6'],
  ARRAY['Lisboa', 'Colares', 'Lisboa', 'Lisboa', 'Lisboa', 'Sintra', 'Porto', 'Porto', 'Cascais', 'Lisboa', 'Évora', 'Lisboa',
        'Amsterdam', 'Amsterdam', 'Ilpendam', 'Rotterdam', 'Houten', 'Utrecht', 'Zandvoort', 'Amsterdam', 'Beekbergen', 'Amsterdam', 'Amsterdam', 'Den Haag', 'Otterlo'],
  ARRAY['1100-218', '2705-255', '1950-495', '1100-232', '1200-109', '2710-591', '4050-509', '4050-430', '2750-800', '1200-110', '7000-175', '1200-309',
        '1018 GA', '1021 JU', '1127 PD', '3016 GM', '3992 LN', '3521 AL', '2042 AD', '1014 DA', '7361 GR', '1019 BN', '1012 ZJ', '2517 JW', '6731 AW'],
  ARRAY['PT', 'PT', 'PT', 'PT', 'PT', 'PT', 'PT', 'PT', 'PT', 'PT', 'PT', 'PT', 'NL', 'NL', 'NL', 'NL', 'NL', 'NL', 'NL', 'NL', 'NL', 'NL', 'NL', 'NL', 'NL'],
  ARRAY[38.7118, 38.8001, 38.7496, 38.7129, 38.7040, 38.7946, 41.1407, 41.1436, 38.6958, 38.7136, 38.5712, 38.7107,
        52.3625, 52.3881, 52.4498, 51.9029, 52.0475, 52.0889, 52.3717, 52.3865, 52.1612, 52.3713, 52.3747, 52.0942, 52.0956]::numeric[],
  ARRAY[-9.1311, -9.4571, -9.0953, -9.1329, -9.1631, -9.3897, -8.6131, -8.6237, -9.4100, -9.1530, -7.9103, -9.1425,
        4.9033, 4.9221, 4.9287, 4.4686, 5.1853, 5.1085, 4.5308, 4.8711, 5.9402, 4.9343, 4.8960, 4.2826, 5.8163]::numeric[],
  ARRAY[180, 220, 1800, 150, 600, 260, 120, 900, 140, 350, 200, 90, 300, 450, 160, 700, 240, 2500, 120, 1100, 180, 380, 400, 650, 210])
  WITH ORDINALITY AS v(n, st, ci, pc, co, la, lo, cap, k);

-- Events: 1-12 the weddings, 13-20 private parties, 21-70 corporate.
CREATE TABLE dgen.ev (k int PRIMARY KEY, title text, slug text, kind text, client int, venue int, st timestamp, en timestamp, public boolean, att int);
INSERT INTO dgen.ev
SELECT w.k, a.first || ' & ' || b.first || ' — ' || a.last || '/' || b.last || ' wedding', lower(fixture_gen.ascii(a.last) || '-' || fixture_gen.ascii(b.last) || '-wedding-' || w.yr),
       'wedding', 24 + w.k, w.venue, make_timestamp(w.yr, 5 + w.k % 5, 1 + fixture_gen.n('evd', w.k, 27), 15, 30, 0), NULL, false, 60 + fixture_gen.n('evatt', w.k, 140)
FROM dgen.wed w JOIN dgen.pp a ON a.i = w.a JOIN dgen.pp b ON b.i = w.b;
INSERT INTO dgen.ev
SELECT 12 + k, p.first || ' ' || p.last || '''s ' || fixture_gen.pick(ARRAY['50th birthday', '40th birthday', 'retirement party', '25th anniversary dinner', '60th birthday'], 'evp', k),
       lower(fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || '-party'), 'private_party', 36 + k, 1 + fixture_gen.n('evv', k, 25),
       make_timestamp(2023 + k % 2, 1 + fixture_gen.n('evm', k, 12), 1 + fixture_gen.n('evd', k + 20, 27), 19, 0, 0), NULL, false, 30 + fixture_gen.n('evatt', k + 20, 90)
FROM generate_series(1, 8) k JOIN dgen.pp p ON p.i = 1060 + k;
INSERT INTO dgen.ev
SELECT 20 + k, t, trim(BOTH '-' FROM lower(regexp_replace(translate(t, 'áéíóúãõçâêô', 'aeiouaocaeo'), '[^A-Za-z0-9]+', '-', 'g'))), ty, cl,
       CASE WHEN ty IN ('conference', 'summit') THEN (ARRAY[3, 8, 18, 20, 16])[1 + fixture_gen.n('evcv', k, 5)] ELSE 1 + fixture_gen.n('evv', k + 40, 25) END,
       make_timestamp(2022 + k % 4, 1 + fixture_gen.n('evm', k + 40, 12), 1 + fixture_gen.n('evd', k + 40, 27), 9, 0, 0), NULL, ty IN ('conference', 'summit', 'workshop'),
       CASE WHEN ty IN ('conference', 'summit') THEN 300 + fixture_gen.n('evatt', k + 40, 1500) ELSE 40 + fixture_gen.n('evatt', k + 40, 200) END
FROM generate_series(1, 50) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('evcl', k, 24) AS cl, fixture_gen.pick(ARRAY['conference', 'summit', 'corporate_retreat', 'product_launch', 'gala', 'workshop', 'conference'], 'evty', k) AS ty) x
CROSS JOIN LATERAL (SELECT CASE ty
   WHEN 'conference' THEN fixture_gen.pick(ARRAY['FinTech Lisbon Summit', 'Amsterdam Product Week', 'Data & AI Forum Porto', 'Platform Engineering Day', 'Open Payments Conference', 'HealthTech Lowlands'], 'evt', k) || ' ' || (2022 + k % 4)
   WHEN 'summit' THEN fixture_gen.pick(ARRAY['Responsible AI Summit', 'Green Energy Summit Iberia', 'CX Leaders Summit'], 'evt', k) || ' ' || (2022 + k % 4)
   WHEN 'corporate_retreat' THEN (SELECT split_part(name, ' ', 1) FROM dgen.cl WHERE k = cl) || ' ' || fixture_gen.pick(ARRAY['Engineering Offsite', 'Leadership Retreat', 'Sales Kick-off', 'Team Summit'], 'evt', k) || ' ' || (2022 + k % 4)
   WHEN 'product_launch' THEN (SELECT split_part(name, ' ', 1) FROM dgen.cl WHERE k = cl) || ' launch: ' || fixture_gen.pick(ARRAY['new card range', 'Series X', 'mobile app 3.0', 'spring collection'], 'evt', k)
   WHEN 'gala' THEN (SELECT split_part(name, ' ', 1) FROM dgen.cl WHERE k = cl) || ' ' || fixture_gen.pick(ARRAY['Summer Gala', 'Anniversary Dinner', 'Awards Night'], 'evt', k) || ' ' || (2022 + k % 4)
   ELSE fixture_gen.pick(ARRAY['Design Systems Workshop', 'Event Sustainability Masterclass', 'Hybrid Events Bootcamp'], 'evt', k) || ' #' || (1 + k % 5) END AS t) y;
UPDATE dgen.ev SET slug = slug || '-' || k WHERE slug IN (SELECT slug FROM dgen.ev GROUP BY slug HAVING count(*) > 1);
UPDATE dgen.ev SET en = st + CASE kind WHEN 'wedding' THEN interval '11 hours' WHEN 'private_party' THEN interval '6 hours' WHEN 'conference' THEN interval '2 days 9 hours'
  WHEN 'summit' THEN interval '1 day 9 hours' WHEN 'corporate_retreat' THEN interval '3 days' ELSE interval '8 hours' END;

-- Public events (conferences, summits, workshops), numbered from 0.
CREATE TABLE dgen.pe AS SELECT (row_number() OVER (ORDER BY k) - 1)::int AS n, k FROM dgen.ev WHERE public AND st < '2024-10-01';

-- Files. 1-100 speakers' headshots, 101-115 passport scans, 116-160 event
-- photos, 161-180 site-visit phone photos, 181-205 invoices, 206-215
-- contracts, 216-235 logos and website images, 236-243 freelancers' CVs and
-- NDAs, 244-265 team photos, 266-290 photos couples sent their planner.
CREATE TABLE dgen.f (k int PRIMARY KEY, kind text, fname text, mime text, folder int, by int, at timestamptz, w int, h int, sz bigint,
  descr text, loc text, tags text, meta json, person text);
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person)
SELECT k, 'headshot',
       CASE k % 4 WHEN 0 THEN p.first || ' ' || p.last || ' headshot.jpg' WHEN 1 THEN fixture_gen.ascii(p.first) || '_' || fixture_gen.ascii(p.last) || '_2024.jpg'
                  WHEN 2 THEN 'IMG_' || fixture_gen.digits('fimg', k, 4) || '.jpeg' ELSE 'headshot-' || fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || '.png' END,
       CASE k % 4 WHEN 3 THEN 'image/png' ELSE 'image/jpeg' END, 2, CASE WHEN k <= 38 AND k % 2 = 0 THEN 32 + k ELSE 8 END,
       dgen.at('fat', k, '2022-09-01+00', '2024-10-01+00'), p.first || ' ' || p.last
FROM generate_series(1, 100) k JOIN dgen.sp p ON p.i = k;
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person, descr)
SELECT k, 'passport', CASE WHEN k % 2 = 0 THEN 'Passport - ' || p.first || ' ' || p.last || '.pdf' ELSE 'passport_' || fixture_gen.ascii(p.last) || '.jpg' END,
       CASE WHEN k % 2 = 0 THEN 'application/pdf' ELSE 'image/jpeg' END, 3, CASE WHEN k % 3 = 0 THEN 32 + (k - 100) ELSE 8 END,
       dgen.at('fat', k, '2023-01-01+00', '2024-10-01+00'), p.first || ' ' || p.last,
       CASE WHEN k % 4 = 1 THEN 'Passport of ' || p.first || ' ' || p.last || ', no. ' || fixture_gen.chars('fpn', k, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('fpn', k, 7) || ', expires ' || (2026 + k % 6) || '. For the flight booking and the visa letter.' END
FROM generate_series(101, 115) k JOIN dgen.sp p ON p.i = k - 60;
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person)
SELECT g.k, 'event', upper(left(regexp_replace(e.slug, '[^a-z]', '', 'g'), 3)) || right(extract(year FROM e.st)::text, 2) || '-' || lpad(fixture_gen.n('fev', g.k, 900)::text, 4, '0') || '.jpg',
       'image/jpeg', 5, CASE WHEN g.k % 2 = 0 THEN 23 ELSE 27 END, e.st::timestamptz + interval '3 days', sp.first || ' ' || sp.last
FROM generate_series(116, 160) g(k)
JOIN dgen.pe pe ON pe.n = g.k % (SELECT count(*) FROM dgen.pe) JOIN dgen.ev e ON e.k = pe.k
JOIN dgen.sp sp ON sp.i = 1 + (g.k * 7) % 120;
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person)
SELECT k, 'site', 'IMG_' || fixture_gen.digits('fimg', k, 4) || '.jpg', 'image/jpeg', 6, (ARRAY[4, 5, 6, 7, 9, 19, 19, 19, 10, 11])[1 + k % 10], dgen.at('fat', k, '2022-06-01+00', '2024-09-01+00'), NULL
FROM generate_series(161, 180) k;
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person)
SELECT k, 'invoice', 'INV-' || (2022 + (k - 181) / 8) || '-' || lpad((k - 180)::text, 4, '0') || '.pdf', 'application/pdf', 9, 16 + k % 2, dgen.at('fat', k, '2022-06-01+00', '2024-10-01+00'), NULL
FROM generate_series(181, 205) k;
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person)
SELECT g.k, 'contract', CASE WHEN g.k <= 210 THEN 'Sponsorship agreement - ' || c.name || '.pdf' ELSE 'Contract ' || a.last || ' & ' || b.last || ' - signed.pdf' END,
       'application/pdf', CASE WHEN g.k <= 210 THEN 10 ELSE 15 + (g.k - 210) END, CASE WHEN g.k <= 210 THEN 12 ELSE 10 + g.k % 2 END, dgen.at('fat', g.k, '2022-06-01+00', '2024-10-01+00'),
       CASE WHEN g.k > 210 THEN a.first || ' ' || a.last END
FROM generate_series(206, 215) g(k) LEFT JOIN dgen.cl c ON c.k = g.k - 200
LEFT JOIN dgen.wed w ON w.k = g.k - 210 LEFT JOIN dgen.pp a ON a.i = w.a LEFT JOIN dgen.pp b ON b.i = w.b;
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person)
SELECT g.k, 'logo', CASE WHEN g.k <= 228 THEN trim(BOTH '-' FROM lower(regexp_replace(translate(c.name, 'éó', 'eo'), '[^A-Za-z0-9]+', '-', 'g'))) || '-logo.svg'
                       ELSE (ARRAY['hero-lisbon-riverside.jpg', 'hero-amsterdam-canal-night.jpg', 'kestrel-logo.svg', 'kestrel-logo-white.svg', 'favicon.png', 'login-background-gala.jpg', 'og-default.jpg'])[g.k - 228] END,
       CASE WHEN g.k <= 228 OR g.k IN (231, 232) THEN 'image/svg+xml' WHEN g.k = 233 THEN 'image/png' ELSE 'image/jpeg' END, CASE WHEN g.k <= 228 THEN 11 ELSE 12 END, 13,
       dgen.at('fat', g.k, '2022-04-01+00', '2024-06-01+00'), NULL
FROM generate_series(216, 235) g(k) LEFT JOIN dgen.cl c ON c.k = g.k - 215;
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person)
SELECT k, 'cv', CASE WHEN k % 2 = 0 THEN 'CV_' || replace(s.first, ' ', '_') || '_' || replace(s.last, ' ', '_') || '_2023.pdf' ELSE 'NDA signed - ' || s.first || ' ' || s.last || '.pdf' END,
       'application/pdf', 14, CASE WHEN k % 2 = 0 THEN k - 213 ELSE 3 END, dgen.at('fat', k, '2022-04-01+00', '2024-06-01+00'), s.first || ' ' || s.last
FROM generate_series(236, 243) k JOIN dgen.st s ON s.i = k - 213;
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person)
SELECT k, 'team', 'team-' || fixture_gen.ascii(s.first) || '.jpg', 'image/jpeg', 13, 13, dgen.at('fat', k, '2022-04-01+00', '2024-06-01+00'), s.first || ' ' || s.last
FROM generate_series(244, 265) k JOIN dgen.st s ON s.i = k - 243;
INSERT INTO dgen.f (k, kind, fname, mime, folder, by, at, person)
SELECT g.k, 'wedding', CASE WHEN g.k % 3 = 0 THEN 'WhatsApp Image ' || to_char(dgen.at('fwa', g.k, '2023-01-01+00', '2024-08-01+00'), 'YYYY-MM-DD "at" HH24.MI.SS') || '.jpeg'
                          ELSE fixture_gen.ascii(a.first) || '-and-' || fixture_gen.ascii(b.first) || '-' || fixture_gen.pick(ARRAY['engagement', 'moodboard', 'dress-fitting', 'venue-visit'], 'fwp', g.k) || '-' || lpad((g.k % 17)::text, 2, '0') || '.jpg' END,
       'image/jpeg', 15 + w.k, 10 + g.k % 2, dgen.at('fat', g.k, '2023-01-01+00', '2024-08-01+00'), a.first || ' & ' || b.first
FROM generate_series(266, 290) g(k) JOIN dgen.wed w ON w.k = 1 + g.k % 12 JOIN dgen.pp a ON a.i = w.a JOIN dgen.pp b ON b.i = w.b;

UPDATE dgen.f SET w = CASE WHEN mime LIKE 'image/%' AND mime <> 'image/svg+xml' THEN (ARRAY[4032, 6000, 3024, 1920, 2400, 1080])[1 + fixture_gen.n('fw', k, 6)] END,
  sz = CASE WHEN mime = 'application/pdf' THEN 80000 + fixture_gen.n('fsz', k, 3000000) WHEN mime = 'image/svg+xml' THEN 2000 + fixture_gen.n('fsz', k, 30000) ELSE 300000 + fixture_gen.n('fsz', k, 9000000) END;
UPDATE dgen.f SET h = (w * 2) / 3 WHERE w IS NOT NULL;

-- EXIF / IPTC as Directus keeps it (exifr's ifd0, exif, gps and iptc).
UPDATE dgen.f f SET meta = CASE
  WHEN f.kind IN ('headshot', 'team') AND f.mime = 'image/jpeg' AND f.k % 4 <> 2 THEN json_build_object(
       'ifd0', json_build_object('Make', 'Canon', 'Model', 'Canon EOS R6', 'Artist', ph, 'Copyright', '© ' || ph || ' ' || extract(year FROM f.at)),
       'exif', json_build_object('ExposureTime', 0.005, 'FNumber', 2.8, 'ISO', 200, 'DateTimeOriginal', to_char(f.at - interval '2 days', 'YYYY:MM:DD HH24:MI:SS'), 'LensModel', 'RF85mm F1.2 L USM'),
       'iptc', json_build_object('byline', ph, 'headline', f.person, 'keywords', json_build_array('headshot', f.person)))
  WHEN f.kind IN ('headshot', 'site', 'wedding', 'passport') AND f.mime = 'image/jpeg' THEN json_build_object(
       'ifd0', json_build_object('Make', 'Apple', 'Model', fixture_gen.pick(ARRAY['iPhone 13', 'iPhone 14 Pro', 'iPhone 15', 'iPhone 12 mini'], 'fmod', f.k), 'Software', '17.' || (f.k % 6) || '.1', 'HostComputer', fixture_gen.pick(ARRAY['iPhone 13', 'iPhone 14 Pro', 'iPhone 15', 'iPhone 12 mini'], 'fmod', f.k)),
       'exif', json_build_object('ExposureTime', 0.0083, 'FNumber', 1.78, 'ISO', 50 + f.k % 400, 'DateTimeOriginal', to_char(f.at - interval '1 day', 'YYYY:MM:DD HH24:MI:SS'), 'LensModel', 'iPhone back dual wide camera 5.1mm f/1.6', 'OffsetTimeOriginal', '+01:00'),
       'gps', json_build_object('GPSLatitudeRef', 'N', 'GPSLongitudeRef', CASE WHEN f.k % 2 = 0 THEN 'W' ELSE 'E' END, 'GPSAltitude', 12 + f.k % 80,
            'latitude', round((CASE WHEN f.k % 2 = 0 THEN 38.70 ELSE 52.35 END + fixture_gen.n('flat', f.k, 20000) / 100000.0)::numeric, 6),
            'longitude', round((CASE WHEN f.k % 2 = 0 THEN -9.20 ELSE 4.85 END + fixture_gen.n('flon', f.k, 20000) / 100000.0)::numeric, 6)))
  WHEN f.kind = 'event' THEN json_build_object(
       'ifd0', json_build_object('Make', 'SONY', 'Model', 'ILCE-7M4', 'Artist', ph, 'Copyright', 'Kestrel Events / ' || ph),
       'exif', json_build_object('ExposureTime', 0.008, 'FNumber', 4, 'ISO', 3200, 'DateTimeOriginal', to_char(f.at - interval '3 days', 'YYYY:MM:DD HH24:MI:SS'), 'LensModel', 'FE 70-200mm F2.8 GM OSS II'),
       'iptc', json_build_object('byline', ph, 'headline', e.title, 'caption', f.person || ' on the main stage at ' || e.title || '.', 'city', v.city, 'country', CASE v.country WHEN 'PT' THEN 'Portugal' ELSE 'Netherlands' END,
            'keywords', json_build_array('keynote', 'stage', f.person, e.title)))
  WHEN f.mime IN ('image/png', 'image/svg+xml') THEN '{}'::json END
FROM (SELECT f2.k, CASE WHEN f2.k % 2 = 0 THEN 'Lars Eriksen' ELSE 'Jeroen Hendriks' END AS ph FROM dgen.f f2) x
LEFT JOIN dgen.pe pe ON pe.n = x.k % (SELECT count(*) FROM dgen.pe) LEFT JOIN dgen.ev e ON e.k = pe.k
LEFT JOIN dgen.vn v ON v.k = e.venue
WHERE x.k = f.k;
UPDATE dgen.f SET descr = meta -> 'iptc' ->> 'caption', loc = (meta -> 'iptc' ->> 'city') || ', ' || (meta -> 'iptc' ->> 'country'), tags = (meta -> 'iptc' -> 'keywords')::text WHERE kind = 'event';
UPDATE dgen.f SET tags = (meta -> 'iptc' -> 'keywords')::text WHERE kind IN ('headshot', 'team') AND meta::text LIKE '%keywords%';
UPDATE dgen.f SET descr = 'Venue visit: ' || fixture_gen.pick(ARRAY['loading dock', 'ballroom set for 200', 'terrace at sunset', 'green room', 'stage power distribution'], 'fsd', k) WHERE kind = 'site' AND k % 2 = 0;
UPDATE dgen.f SET descr = 'Sent by ' || person || ' for the ' || fixture_gen.pick(ARRAY['table plan', 'welcome board', 'slideshow', 'florist'], 'fwd', k) WHERE kind = 'wedding' AND k % 4 = 0;

INSERT INTO directus_files (id, storage, filename_disk, filename_download, title, type, folder, uploaded_by, created_on, modified_by, modified_on, charset, filesize,
  width, height, duration, embed, description, location, tags, metadata, focal_point_x, focal_point_y, tus_id, tus_data, uploaded_on)
SELECT dgen.u('file', k), CASE WHEN at < '2023-06-01' THEN 'local' ELSE 's3' END,
       dgen.u('file', k)::text || substring(fname FROM '\.[A-Za-z]+$'), fname,
       coalesce(meta -> 'iptc' ->> 'headline', initcap(regexp_replace(regexp_replace(fname, '\.[A-Za-z]+$', ''), '[_-]+', ' ', 'g'))),
       mime, dgen.u('fold', folder), dgen.u('user', by), at, CASE WHEN k % 9 = 0 THEN dgen.u('user', 13) END, at + make_interval(mins => k % 50 * (k % 9)),
       NULL, sz, w, h, NULL, NULL, descr, loc, tags, meta,
       CASE WHEN kind = 'headshot' AND k % 5 = 0 THEN w / 2 END, CASE WHEN kind = 'headshot' AND k % 5 = 0 THEN h / 3 END, NULL, NULL, at
FROM dgen.f;

UPDATE directus_users u SET avatar = dgen.u('file', x.k)
FROM (SELECT 32 + k AS ui, k FROM generate_series(1, 38) k WHERE k % 3 <> 0
      UNION ALL SELECT k - 243, k FROM generate_series(244, 265) k WHERE k % 2 = 0) x
WHERE u.id = dgen.u('user', x.ui);

-- The agency's collections.
INSERT INTO clients (id, status, sort, user_created, date_created, user_updated, date_updated, name, type, contact_person, email, phone, address, city, postal_code,
  country, vat_number, website, logo, notes, account_manager, industry)
SELECT c.k, CASE WHEN c.k IN (22, 23) THEN 'archived' WHEN c.k % 13 = 5 THEN 'lead' ELSE 'active' END, NULL,
       dgen.u('user', (ARRAY[1, 4, 5, 12, 10, 11])[1 + c.k % 6]), dgen.at('cld', c.k, '2022-03-20+00', '2024-06-01+00'),
       CASE WHEN c.k % 3 = 0 THEN dgen.u('user', (ARRAY[16, 17, 4])[1 + c.k % 3]) END, CASE WHEN c.k % 3 = 0 THEN dgen.at('clu', c.k, '2024-06-01+00', '2024-10-15+00') END,
       c.name, CASE c.kind WHEN 'company' THEN 'company' ELSE 'private' END,
       p.first || ' ' || p.last,
       CASE WHEN c.kind = 'company' THEN dgen.mail(p.first, p.last, c.k, lower(regexp_replace(split_part(c.name, ' ', 1), '[^A-Za-z]', '', 'g')) || '.example') ELSE p.email END,
       CASE WHEN c.kind = 'company' AND c.k % 4 = 0 THEN CASE c.country WHEN 'PT' THEN '+351 21 ' || fixture_gen.digits('clph', c.k, 3) || ' ' || fixture_gen.digits('clph2', c.k, 4) ELSE '+31 20 ' || fixture_gen.digits('clph', c.k, 7) END
            WHEN c.country = 'PT' THEN '+351 9' || (1 + c.k % 3) || fixture_gen.digits('clph', c.k, 1) || ' ' || fixture_gen.digits('clph2', c.k, 3) || ' ' || fixture_gen.digits('clph3', c.k, 3)
            WHEN c.country = 'NL' THEN '06-' || fixture_gen.digits('clph', c.k, 8) ELSE p.phone END,
       CASE WHEN c.kind = 'company' THEN fixture_gen.pick(ARRAY['Avenida da Liberdade ', 'Rua Castilho ', 'Avenida da República ', 'Gustav Mahlerlaan ', 'Zuidas, Strawinskylaan ', 'Herengracht '], 'clst', c.k) || (1 + fixture_gen.n('clno', c.k, 300))
              || E'\n' || CASE c.country WHEN 'PT' THEN '1250-' || fixture_gen.digits('clpc', c.k, 3) || ' Lisboa' ELSE '1082 ' || fixture_gen.chars('clpc', c.k, 2, 'ABCDEFGHJKLMNPRSTVWXZ') || ' Amsterdam' END
            ELSE fixture_gen.street('clps', c.k) || E'\n' || fixture_gen.postcode('clpp', c.k) || ' ' || fixture_gen.city('clpcity', c.k) END,
       CASE WHEN c.kind = 'company' THEN CASE c.country WHEN 'PT' THEN 'Lisboa' ELSE 'Amsterdam' END ELSE fixture_gen.city('clpcity', c.k) END,
       CASE WHEN c.kind = 'company' THEN CASE c.country WHEN 'PT' THEN '1250-' || fixture_gen.digits('clpc', c.k, 3) ELSE '1082 ' || fixture_gen.chars('clpc', c.k, 2, 'ABCDEFGHJKLMNPRSTVWXZ') END ELSE fixture_gen.postcode('clpp', c.k) END,
       CASE c.country WHEN 'PT' THEN 'Portugal' WHEN 'NL' THEN 'Netherlands' WHEN 'GB' THEN 'United Kingdom' WHEN 'DE' THEN 'Germany' WHEN 'US' THEN 'United States' WHEN 'FR' THEN 'France' ELSE 'Belgium' END,
       CASE WHEN c.kind = 'company' THEN CASE c.country WHEN 'PT' THEN 'PT5' || fixture_gen.digits('clvat', c.k, 8) ELSE 'NL' || fixture_gen.digits('clvat', c.k, 9) || 'B01' END
            WHEN c.k = 40 THEN fixture_gen.vat('clvat', c.k) END,
       CASE WHEN c.kind = 'company' THEN 'https://www.' || lower(regexp_replace(split_part(c.name, ' ', 1), '[^A-Za-z]', '', 'g')) || '.example' END,
       CASE WHEN c.k <= 13 THEN dgen.u('file', 215 + c.k) END,
       CASE WHEN c.kind = 'wedding' THEN fixture_gen.pick(ARRAY[
              'Found us through Instagram. Budget flexible for the flowers, not for the band. Groom''s father pays the venue deposit directly.',
              'Met at the venue visit with both mothers. Partner is vegan; 8 guests in wheelchairs incl. grandmother. Prefer WhatsApp to email.',
              'Second marriage for both; keep the ex-husband off the guest list (see comment). Invoice to her company, not personally.',
              'Couple live in London; call after 19:00 UK time. Bride is pregnant (due Nov) — no late-night programme.'], 'clnw', c.k)
            WHEN c.kind = 'private' THEN 'Private client. Referred by ' || fixture_gen.full_name('clref', c.k) || '. Pays by bank transfer from ' || fixture_gen.iban_for('cliban', c.k) || '.'
            WHEN c.k % 3 = 0 THEN 'Framework agreement until ' || (2025 + c.k % 2) || '. PO required on every invoice; AP contact ' || fixture_gen.full_name('clap', c.k) || '.'
            WHEN c.k % 3 = 1 THEN 'Procurement via Coupa. Net 45.' END,
       dgen.u('user', (ARRAY[4, 5, 6, 10, 11, 12])[1 + c.k % 6]), c.industry
FROM dgen.cl c JOIN dgen.pp p ON p.i = c.person;

INSERT INTO venues (id, status, user_created, date_created, user_updated, date_updated, name, address, city, postal_code, country, latitude, longitude, capacity,
  contact_name, contact_email, contact_phone, website, notes, photo)
SELECT v.k, CASE WHEN v.k IN (11, 21) THEN 'archived' ELSE 'published' END, dgen.u('user', 19), dgen.at('vnd', v.k, '2022-03-20+00', '2023-06-01+00'),
       dgen.u('user', (ARRAY[19, 7, 9])[1 + v.k % 3]), dgen.at('vnu', v.k, '2023-06-01+00', '2024-10-01+00'),
       v.name, v.street, v.city, v.pc, CASE v.country WHEN 'PT' THEN 'Portugal' ELSE 'Netherlands' END, v.lat, v.lon, v.cap,
       p.first || ' ' || p.last,
       CASE WHEN v.k % 3 = 0 THEN 'events@' ELSE fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@' END || lower(regexp_replace(v.name, '[^A-Za-z]', '', 'g')) || '.example',
       CASE v.country WHEN 'PT' THEN '+351 9' || (1 + v.k % 3) || fixture_gen.digits('vnph', v.k, 1) || ' ' || fixture_gen.digits('vnph2', v.k, 3) || ' ' || fixture_gen.digits('vnph3', v.k, 3)
            ELSE '+31 6 ' || fixture_gen.digits('vnph', v.k, 8) END,
       'https://www.' || lower(regexp_replace(v.name, '[^A-Za-z]', '', 'g')) || '.example',
       fixture_gen.pick(ARRAY['Loading dock at the back, max van height 3.2 m. Security needs the crew list 48 h ahead with ID numbers.',
          'In-house AV is mandatory; our own only for streaming. Curfew 00:00 outside, 02:00 inside.',
          'Ask for ' || p.first || ' (events), not reception. Night manager: ' || fixture_gen.full_name('vnnm', v.k) || ', ' || fixture_gen.phone('vnnmph', v.k) || '.',
          'Step-free entrance via the garden; the lift takes one wheelchair at a time.',
          'Key safe code for the storage room changes monthly, ask ' || p.first || '.'], 'vnnt', v.k),
       CASE WHEN v.k <= 20 THEN dgen.u('file', 160 + v.k) END
FROM dgen.vn v JOIN dgen.pp p ON p.i = 1150 + v.k;

INSERT INTO events (id, status, sort, user_created, date_created, user_updated, date_updated, title, slug, client, venue, event_type, start_date, end_date, description,
  budget, expected_attendees, cover_image, is_public, timezone, tags)
SELECT e.k, CASE WHEN e.st > '2024-10-20' THEN 'confirmed' WHEN e.k % 17 = 3 THEN 'cancelled' ELSE 'completed' END, NULL,
       dgen.u('user', (ARRAY[4, 5, 6, 10, 11, 22])[1 + e.k % 6]), (e.st - interval '200 days')::timestamptz,
       dgen.u('user', (ARRAY[4, 5, 6, 7, 8, 22])[1 + e.k % 6]), LEAST(e.st::timestamptz + interval '10 days', timestamptz '2024-10-19 16:00:00+00'),
       e.title, e.slug, e.client, e.venue, e.kind, e.st, e.en,
       CASE e.kind
         WHEN 'wedding' THEN 'Ceremony at ' || (SELECT name FROM dgen.vn WHERE k = e.venue) || ' followed by dinner for ' || e.att || '. ' || a.first || '''s mother ' || fixture_gen.pick(ARRAY['Maria', 'Fatima', 'Ingrid', 'Mei', 'Ngozi', 'Olga', 'Yuki', 'Beatriz', 'Hannah', 'Leila'], 'evmum', e.k) || ' '
              || a.last || ' coordinates the guest list (' || fixture_gen.phone('evmumph', e.k) || '). ' || b.first || ' has a severe nut allergy; the cake must be nut-free.'
         WHEN 'private_party' THEN 'Surprise party, do not contact ' || (SELECT split_part(name, ' ', 1) FROM dgen.cl WHERE k = e.client) || ' directly; everything goes through the partner, '
              || fixture_gen.full_name('evpt', e.k) || ', ' || fixture_gen.phone('evptph', e.k) || '.'
         WHEN 'conference' THEN 'Two days of talks, workshops and networking for ' || e.att || ' practitioners. Hybrid, with a live stream and on-demand recordings.'
         WHEN 'summit' THEN 'A one-day summit for senior leaders: keynotes in the morning, roundtables in the afternoon, dinner at sunset.'
         WHEN 'workshop' THEN 'Hands-on workshop for up to 40 participants. Laptops required.'
         ELSE 'Internal event; agenda and guest list from the client''s HR team.' END,
       round((e.att * (80 + fixture_gen.n('evbud', e.k, 300)))::numeric, -2), e.att,
       CASE WHEN e.public AND e.st < '2024-10-01' THEN dgen.u('file', 116 + (SELECT n FROM dgen.pe WHERE k = e.k) % 45) END,
       e.public, CASE WHEN (SELECT country FROM dgen.vn WHERE k = e.venue) = 'NL' THEN 'Europe/Amsterdam' ELSE 'Europe/Lisbon' END,
       CASE e.kind WHEN 'conference' THEN '["tech", "hybrid"]' WHEN 'summit' THEN '["leadership"]' WHEN 'wedding' THEN '["wedding", "destination"]' ELSE '[]' END::json
FROM dgen.ev e LEFT JOIN dgen.wed w ON w.k = e.k AND e.kind = 'wedding' LEFT JOIN dgen.pp a ON a.i = w.a LEFT JOIN dgen.pp b ON b.i = w.b;

INSERT INTO speakers (id, status, sort, user_created, date_created, user_updated, date_updated, first_name, last_name, email, phone, company, job_title, bio, headshot,
  linkedin_url, twitter, website, pronouns, fee, travel_notes, passport_number, date_of_birth, nationality, directus_user)
SELECT s.i, CASE WHEN s.i % 11 = 4 THEN 'declined' WHEN s.i % 7 = 3 THEN 'invited' ELSE 'confirmed' END, s.i,
       dgen.u('user', 8), dgen.at('spd', s.i, '2022-05-01+00', '2024-08-01+00'),
       CASE WHEN s.i <= 38 AND s.i % 7 <> 3 THEN dgen.u('user', 32 + s.i) ELSE dgen.u('user', (ARRAY[8, 13, 15])[1 + s.i % 3]) END, dgen.at('spu', s.i, '2024-08-01+00', '2024-10-18+00'),
       s.first, s.last, s.email, CASE WHEN s.i % 6 <> 5 THEN s.phone END, s.company, s.title,
       s.first || ' ' || s.last || ' is ' || s.title || ' at ' || s.company || '. ' ||
       fixture_gen.pick(ARRAY['Before that, ' || CASE WHEN s.i % 2 = 0 THEN 'she' ELSE 'he' END || ' spent ten years building payment systems in Lagos and London.',
          'A regular speaker on responsible AI, ' || s.first || ' lives in ' || fixture_gen.city('spcity', s.i) || ' with two kids and a very loud cat.',
          s.first || ' writes a weekly newsletter on platform engineering and mentors women in tech.',
          'Author of two books on design systems. Outside work: marathons and sourdough.',
          'Previously founded two start-ups (one acquired). Angel investor in climate tech.'], 'spbio', s.i),
       CASE WHEN s.i <= 100 THEN dgen.u('file', s.i) END,
       CASE WHEN s.i % 5 <> 0 THEN 'https://www.linkedin.com/in/' || fixture_gen.ascii(s.first) || '-' || fixture_gen.ascii(s.last) || '-' || substr(md5('spli' || s.i), 1, 6) || '/' END,
       CASE WHEN s.i % 3 = 0 THEN '@' || fixture_gen.ascii(s.first) || CASE WHEN s.i % 2 = 0 THEN '_' || left(fixture_gen.ascii(s.last), 4) ELSE fixture_gen.digits('sptw', s.i, 2) END END,
       CASE WHEN s.i % 8 = 1 THEN 'https://' || fixture_gen.ascii(s.first) || fixture_gen.ascii(s.last) || '.dev' WHEN s.i % 8 = 2 THEN 'https://www.' || lower(regexp_replace(s.company, '[^A-Za-z]', '', 'g')) || '.example' END,
       CASE WHEN s.i % 4 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'she/they'], 'sppr', s.i) END,
       CASE WHEN s.i % 5 = 1 THEN (1500 + fixture_gen.n('spfee', s.i, 14) * 500)::numeric ELSE 0 END,
       CASE WHEN s.i % 4 = 1 THEN fixture_gen.pick(ARRAY['Flying in from ' || fixture_gen.city('spfly', s.i) || '; aisle seat, vegetarian meal. Arrives the day before.',
               'Travels with her wife ' || fixture_gen.first_name('spsp', s.i) || '; book a double room. Coeliac: strictly gluten-free catering.',
               'Uses a wheelchair; needs a step-free route to the stage and an accessible room. Assistant: ' || fixture_gen.full_name('spas', s.i) || ', ' || fixture_gen.phone('spasph', s.i) || '.',
               'Breastfeeding: needs a private room and a 20-minute gap after the talk. Partner will bring the baby.',
               'Visa needed (Schengen). Invitation letter sent ' || to_char(dgen.at('spvi', s.i, '2023-01-01+00', '2024-06-01+00'), 'DD Mon YYYY') || '. Halal meals.'], 'sptn', s.i) END,
       CASE WHEN s.i % 4 = 1 AND s.country NOT IN ('NL', 'PT', 'DE', 'FR', 'ES', 'IT', 'SE', 'PL') THEN
            CASE s.country WHEN 'IN' THEN fixture_gen.chars('sppp', s.i, 1, 'JKLMNPRSTUVWZ') || fixture_gen.digits('sppp', s.i, 7) WHEN 'US' THEN fixture_gen.digits('sppp', s.i, 9)
                           WHEN 'GB' THEN fixture_gen.digits('sppp', s.i, 9) WHEN 'NG' THEN 'A' || fixture_gen.digits('sppp', s.i, 8) WHEN 'BR' THEN fixture_gen.chars('sppp', s.i, 2, 'ABCDEFGHJKLMN') || fixture_gen.digits('sppp', s.i, 6)
                           ELSE fixture_gen.chars('sppp', s.i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('sppp', s.i, 7) END END,
       CASE WHEN s.i % 4 = 1 THEN fixture_gen.birth_date('spdob', s.i) END,
       CASE WHEN s.i % 4 = 1 OR s.i % 5 = 1 THEN s.country END,
       CASE WHEN s.i <= 38 THEN dgen.u('user', 32 + s.i) END
FROM dgen.sp s;

INSERT INTO events_speakers (id, events_id, speakers_id, session_title, slot_start, room)
SELECT g.k, e.k, 1 + (g.k * 37) % 120,
       fixture_gen.pick(ARRAY['Keynote: ', 'Panel: ', 'Talk: ', 'Fireside chat: ', 'Workshop: '], 'estp', g.k) ||
       fixture_gen.pick(ARRAY['Real-time payments across Europe', 'What the AI Act means for product teams', 'Scaling platform teams without burning out', 'Design systems at 100 products',
         'Fraud detection with graph ML', 'Net zero events: what actually works', 'From monolith to modular in 18 months', 'Customer experience as a growth engine',
         'Open banking: five years on', 'The future of hybrid events'], 'ests', g.k),
       e.st + make_interval(hours => fixture_gen.n('esh', g.k, 8), mins => 30 * fixture_gen.n('esm', g.k, 2)),
       fixture_gen.pick(ARRAY['Main stage', 'Room B', 'Workshop room', 'Auditorium', 'Terrace'], 'esr', g.k)
FROM generate_series(1, 260) g(k)
JOIN (SELECT row_number() OVER (ORDER BY ev.k) - 1 AS n, ev.k, ev.st FROM dgen.ev ev WHERE kind IN ('conference', 'summit', 'workshop', 'corporate_retreat')) e ON e.n = g.k % (SELECT count(*) FROM dgen.ev WHERE kind IN ('conference', 'summit', 'workshop', 'corporate_retreat'));

-- Invoices: 1-70 deposits (one per event), 71-120 final invoices.
INSERT INTO invoices (id, status, user_created, date_created, user_updated, date_updated, invoice_number, client, event, issue_date, due_date, billing_name, billing_address,
  billing_email, vat_number, po_number, line_items, subtotal, tax_rate, tax_amount, total, currency, pdf, paid_at, payment_reference, notes)
SELECT x.k, CASE WHEN x.paid IS NULL THEN CASE WHEN x.issue < date '2024-09-01' THEN 'overdue' ELSE 'sent' END ELSE 'paid' END,
       dgen.u('user', 16 + x.k % 2), x.issue::timestamptz + interval '9 hours', CASE WHEN x.paid IS NOT NULL THEN dgen.u('user', 17) END, x.paid::timestamptz,
       'INV-' || extract(year FROM x.issue) || '-' || lpad(x.k::text, 4, '0'), c.id, x.ev, x.issue, x.issue + 30,
       CASE WHEN c.type = 'private' AND x.k % 5 = 0 THEN c.contact_person ELSE c.name END,
       c.address || E'\n' || c.country,
       CASE WHEN c.type = 'company' THEN fixture_gen.pick(ARRAY['ap@', 'invoices@', 'finance@', 'accounts.payable@'], 'invap', x.k) || lower(regexp_replace(split_part(c.name, ' ', 1), '[^A-Za-z]', '', 'g')) || '.example' ELSE c.email END,
       c.vat_number, CASE WHEN c.type = 'company' THEN 'PO-' || fixture_gen.digits('invpo', x.k, 7) END,
       json_build_array(
         json_build_object('description', CASE WHEN x.k <= 70 THEN 'Deposit (30%) — ' || ev.title ELSE 'Venue hire — ' || (SELECT name FROM venues WHERE id = ev.venue) END, 'qty', 1, 'unit_price', round(ev.budget * 0.3, 2)),
         json_build_object('description', CASE WHEN ev.event_type IN ('conference', 'summit') AND x.k > 70 THEN 'Keynote speaker fee — ' || sp.first_name || ' ' || sp.last_name ELSE 'Production and coordination' END, 'qty', 1, 'unit_price', round(ev.budget * 0.1, 2)),
         json_build_object('description', 'Catering (' || ev.expected_attendees || ' pax)', 'qty', ev.expected_attendees, 'unit_price', 45 + x.k % 30)),
       round(ev.budget * 0.4 + ev.expected_attendees * (45 + x.k % 30), 2), CASE WHEN c.country = 'Netherlands' THEN 21 ELSE 23 END,
       round((ev.budget * 0.4 + ev.expected_attendees * (45 + x.k % 30)) * CASE WHEN c.country = 'Netherlands' THEN 0.21 ELSE 0.23 END, 2),
       round((ev.budget * 0.4 + ev.expected_attendees * (45 + x.k % 30)) * CASE WHEN c.country = 'Netherlands' THEN 1.21 ELSE 1.23 END, 2), 'EUR',
       CASE WHEN x.k <= 25 THEN dgen.u('file', 180 + x.k) END, x.paid,
       CASE WHEN x.paid IS NOT NULL THEN CASE WHEN x.k % 3 = 0 THEN 'STRIPE ch_3' || dgen.rnd('invch', x.k, 21) ELSE 'SEPA ' || fixture_gen.digits('invref', x.k, 12) END END,
       CASE WHEN c.type = 'private' AND x.k % 2 = 0 THEN 'Paid by the ' || fixture_gen.pick(ARRAY['bride''s father', 'groom''s mother', 'couple''s parents', 'partner'], 'invnp', x.k) || ' from a personal account at ' || fixture_gen.pick(ARRAY['Millennium BCP', 'ING', 'ABN AMRO', 'Caixa Geral'], 'invbk', x.k) || '.'
            WHEN x.k % 7 = 0 THEN 'Reminder sent ' || to_char(x.issue + 35, 'DD/MM') || ' to ' || fixture_gen.full_name('invrem', x.k) || ' in AP.' END
FROM (SELECT k, CASE WHEN k <= 70 THEN k ELSE k - 50 END AS ev,
             (SELECT (st - interval '120 days')::date FROM dgen.ev WHERE dgen.ev.k = CASE WHEN g.k <= 70 THEN g.k ELSE g.k - 50 END) + CASE WHEN k > 70 THEN 130 ELSE 0 END AS issue,
             NULL::timestamp AS paid
      FROM generate_series(1, 120) g(k)) x0
CROSS JOIN LATERAL (SELECT x0.k, x0.ev, x0.issue, CASE WHEN x0.issue + 20 + x0.k % 25 < date '2024-10-19' AND x0.k % 9 <> 4 THEN (x0.issue + 20 + x0.k % 25)::timestamp + interval '11 hours' END AS paid) x
JOIN events ev ON ev.id = x.ev JOIN clients c ON c.id = ev.client
LEFT JOIN speakers sp ON sp.id = 1 + (x.k * 13) % 120
WHERE x.issue < date '2024-10-19';

-- Bookings of the public events, by attendees 1-420.
INSERT INTO bookings (id, status, user_created, date_created, user_updated, date_updated, event, reference, first_name, last_name, email, phone, company, job_title,
  ticket_type, quantity, amount, currency, payment_status, stripe_payment_intent, dietary_requirements, accessibility_needs, badge_name, qr_code, checked_in_at,
  utm_source, marketing_consent, ip_address, invoice)
SELECT b.k, CASE WHEN ps = 'refunded' THEN 'cancelled' WHEN ps = 'paid' THEN 'confirmed' ELSE 'pending' END,
       dgen.u('user', 31), bt, CASE WHEN b.k % 6 = 0 THEN dgen.u('user', (ARRAY[18, 22, 4])[1 + b.k % 3]) END, CASE WHEN b.k % 6 = 0 THEN bt + interval '2 days' END,
       e.k, 'KE-' || extract(year FROM e.st) || '-' || lpad(b.k::text, 5, '0'), p.first, p.last, p.email, CASE WHEN b.k % 4 <> 3 THEN p.phone END,
       CASE WHEN b.k % 9 = 4 THEN NULL ELSE p.company END, CASE WHEN b.k % 9 = 4 THEN 'Student' ELSE p.title END,
       tt, CASE WHEN b.k % 15 = 0 THEN 2 + b.k % 4 ELSE 1 END,
       (CASE tt WHEN 'Early bird' THEN 349 WHEN 'Standard' THEN 549 WHEN 'VIP' THEN 1190 WHEN 'Student' THEN 99 ELSE 0 END) * CASE WHEN b.k % 15 = 0 THEN 2 + b.k % 4 ELSE 1 END, 'EUR', ps,
       CASE WHEN tt <> 'Speaker guest' THEN 'pi_3' || dgen.rnd('bkpi', b.k, 24) END,
       CASE WHEN b.k % 3 = 0 THEN fixture_gen.pick(ARRAY['Vegetarian', 'Vegan', 'Halal', 'Kosher', 'Gluten-free (coeliac)', 'Nut allergy', 'Lactose intolerant', 'Pescatarian', 'Diabetic — no desserts', 'Vegetarian'], 'bkdi', b.k) END,
       CASE WHEN b.k % 23 = 0 THEN fixture_gen.pick(ARRAY['Wheelchair user, need a space near the aisle', 'Hearing impaired: please reserve a front-row seat near the captioning screen',
            'Attending with my guide dog', 'I am 7 months pregnant, would appreciate a chair during the standing reception', 'Epilepsy: please no strobe lighting in the main hall',
            'My carer ' || fixture_gen.full_name('bkcar', b.k) || ' will accompany me (free ticket?)'], 'bkac', b.k) END,
       CASE WHEN b.k % 8 = 0 THEN fixture_gen.pick(ARRAY['Mike', 'Sam', 'Alex', 'Jo', 'Dee', 'Chris'], 'bkbn', b.k) || ' ' || p.last ELSE p.first || ' ' || p.last END,
       'KE' || upper(fixture_gen.hexn('bkqr', b.k, 24)),
       CASE WHEN ps = 'paid' AND e.st < '2024-10-19' AND b.k % 5 <> 0 THEN e.st + make_interval(mins => fixture_gen.n('bkci', b.k, 180)) END,
       fixture_gen.pick(ARRAY['linkedin', 'newsletter', 'google', 'partner-adyen', 'speaker-share', NULL, NULL], 'bkutm', b.k),
       b.k % 3 <> 1, dgen.ip('bkip', b.k), NULL
FROM generate_series(1, 420) b(k)
JOIN (SELECT row_number() OVER (ORDER BY ev.k) - 1 AS n, ev.k, ev.st FROM dgen.ev ev WHERE ev.public) e ON e.n = b.k % (SELECT count(*) FROM dgen.ev WHERE public)
JOIN dgen.pp p ON p.i = b.k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Early bird', 'Standard', 'Standard', 'VIP', 'Student', 'Speaker guest'], 'bktt', b.k) AS tt,
   fixture_gen.pick(ARRAY['paid', 'paid', 'paid', 'paid', 'paid', 'refunded', 'awaiting', 'failed'], 'bkps', b.k) AS ps,
   LEAST(e.st::timestamptz - make_interval(days => 5 + fixture_gen.n('bkdt', b.k, 150), mins => fixture_gen.n('bkdm', b.k, 1400)), timestamptz '2024-10-19 12:00:00+00' - make_interval(hours => fixture_gen.n('bkdt2', b.k, 900))) AS bt) z;
UPDATE bookings SET invoice = 71 + id % 50 WHERE quantity > 1 AND EXISTS (SELECT 1 FROM invoices WHERE invoices.id = 71 + bookings.id % 50);

INSERT INTO contact_submissions (id, status, date_created, date_updated, user_updated, name, email, phone, company, event_type, event_date, guest_count, budget_range, message,
  source_url, ip_address, user_agent, assigned_to, internal_notes)
SELECT k, st, at, CASE WHEN st <> 'new' THEN at + interval '1 day' END, CASE WHEN st <> 'new' THEN dgen.u('user', asg) END,
       CASE WHEN st = 'spam' THEN fixture_gen.pick(ARRAY['SEO Expert', 'Crypto Growth', 'Backlinks Pro'], 'csspn', k) ELSE p.first || ' ' || p.last END,
       CASE WHEN st = 'spam' THEN 'offers' || k || '@seo-rank-fast.example' ELSE p.email END,
       CASE WHEN k % 3 <> 0 AND st <> 'spam' THEN p.phone END,
       CASE WHEN et IN ('Corporate event', 'Conference') THEN p.company END, et,
       (at + make_interval(days => 60 + fixture_gen.n('csed', k, 400)))::date, 20 + fixture_gen.n('csgc', k, 300),
       fixture_gen.pick(ARRAY['< €10k', '€10–25k', '€25–50k', '€50–100k', '> €100k'], 'csbr', k),
       CASE WHEN st = 'spam' THEN 'Hello, we can bring your website to the first page of Google in 30 days. Reply for a free audit.'
            WHEN et = 'Wedding' THEN fixture_gen.pick(ARRAY[
              'Hi! My fiancé ' || fixture_gen.first_name('cspn', k) || ' and I are getting married next summer in Sintra, around 120 guests. My mum is in a wheelchair so the venue must be accessible. Can you call me on ' || p.phone || '?',
              'We are looking for a planner for a small same-sex wedding in Cascais (about 40 guests). We live in ' || fixture_gen.city('cscity', k) || ' so we can only visit once. Budget is tight.',
              'Destination wedding for my daughter ' || fixture_gen.first_name('csdau', k) || ' and her partner. We are a Muslim family so halal catering and no alcohol at the main dinner please.',
              'Second wedding for me, we want something relaxed. I found you through ' || fixture_gen.full_name('csref', k) || ' whose wedding you did in 2023.'], 'csmw', k)
            WHEN et = 'Private party' THEN 'Surprise 50th for my husband ' || fixture_gen.first_name('cshus', k) || ' on ' || to_char(at + interval '90 days', 'FMDD FMMonth') || '. He must not find out, please only email me at ' || p.email || '.'
            ELSE fixture_gen.pick(ARRAY[
              'We are organising our annual sales kick-off for ' || (20 + k % 300) || ' people in Lisbon in Q2 and would like a proposal incl. venue, hotel block and a gala dinner.',
              'Looking for an agency to run a two-day developer conference in Amsterdam. Hybrid, with streaming. Please send references.',
              'I got your details from ' || fixture_gen.full_name('csref2', k) || ' at ' || p.company || '. We need a partner for a leadership offsite in the Alentejo, 25 people, September.',
              'Please quote for a product launch event, 150 guests, venue in Porto. Our procurement contact is ' || fixture_gen.full_name('csproc', k) || ' (' || dgen.pmail(fixture_gen.first_name('csproc', k), fixture_gen.last_name('csproc', k), k) || ').'], 'csmc', k) END,
       'https://www.kestrel-events.example/' || fixture_gen.pick(ARRAY['en', 'pt', 'nl'], 'cslang', k) || '/' || CASE et WHEN 'Wedding' THEN 'weddings' ELSE 'contact' END
         || CASE k % 4 WHEN 0 THEN '?utm_source=google&utm_medium=cpc&utm_campaign=weddings-pt&gclid=' || dgen.b64url('csgc', k, 60) WHEN 1 THEN '?utm_source=instagram&utm_medium=social&fbclid=IwAR' || dgen.b64url('csfb', k, 44)
                       WHEN 2 THEN '?ref=' || CASE WHEN k % 8 = 2 THEN 'partner-quinta' ELSE 'newsletter' END ELSE '' END,
       dgen.ip('csip', k), dgen.ua('csua', k), dgen.u('user', asg),
       CASE WHEN st IN ('contacted', 'won') THEN fixture_gen.pick(ARRAY['Called ' || to_char(at + interval '1 day', 'DD/MM') || ', very keen. Site visit booked.', 'Sent proposal v2. Father of the bride is paying, wants the invoice in his name.',
            'Left voicemail twice. Her assistant ' || fixture_gen.full_name('csas', k) || ' answers on ' || fixture_gen.phone('csasph', k) || '.', 'Existing client (see clients). Budget approved.'], 'csin', k)
            WHEN st = 'lost' THEN 'Went with a cheaper agency.' END
FROM generate_series(1, 150) k JOIN dgen.pp p ON p.i = 500 + k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['new', 'contacted', 'contacted', 'won', 'lost', 'spam'], 'csst', k) AS st, dgen.at('csat', k, '2022-05-01+00', '2024-10-19+00') AS at,
   fixture_gen.pick(ARRAY['Wedding', 'Wedding', 'Corporate event', 'Conference', 'Private party'], 'cset', k) AS et, (ARRAY[4, 10, 11, 5, 22, 6])[1 + k % 6] AS asg) x;

INSERT INTO newsletter_signups (id, date_created, email, first_name, language, interests, source, status, confirm_token, confirmed_at, unsubscribe_token, ip_address)
SELECT k, at, p.email, CASE WHEN k % 4 <> 0 THEN p.first END, fixture_gen.pick(ARRAY['en', 'pt', 'nl'], 'nllang', k),
       CASE k % 4 WHEN 0 THEN '["weddings"]' WHEN 1 THEN '["conferences", "speakers"]' WHEN 2 THEN '["corporate-events", "sustainability"]' ELSE '[]' END::json,
       fixture_gen.pick(ARRAY['footer', 'contact-form', 'event-registration', 'import-2022', 'popup'], 'nlsrc', k), st,
       CASE WHEN st = 'pending' THEN dgen.nanoid('nlct', k, 40) END, CASE WHEN st <> 'pending' THEN at + make_interval(mins => 3 + k % 400) END,
       dgen.nanoid('nlut', k, 40), CASE WHEN fixture_gen.n('nlsrc', k, 5) <> 3 THEN dgen.ip('nlip', k) END
FROM generate_series(1, 300) k JOIN dgen.pp p ON p.i = 650 + k
CROSS JOIN LATERAL (SELECT dgen.at('nlat', k, '2022-04-01+00', '2024-10-19+00') AS at, fixture_gen.pick(ARRAY['confirmed', 'confirmed', 'confirmed', 'pending', 'unsubscribed'], 'nlst', k) AS st) x;

INSERT INTO sponsors (id, status, date_created, event, name, tier, logo, website, contact_name, contact_email, contact_phone, amount, contract, notes)
SELECT g.k, fixture_gen.pick(ARRAY['confirmed', 'confirmed', 'prospect', 'declined', 'invoiced'], 'spost', g.k), dgen.at('spoat', g.k, '2022-04-01+00', '2024-09-01+00'),
       e.k, co, tier, CASE WHEN g.k <= 13 THEN dgen.u('file', 215 + g.k) END, 'https://www.' || lower(regexp_replace(co, '[^A-Za-z]', '', 'g')) || '.example',
       p.first || ' ' || p.last, dgen.mail(p.first, p.last, g.k, lower(regexp_replace(co, '[^A-Za-z]', '', 'g')) || '.example'), p.phone,
       CASE tier WHEN 'Platinum' THEN 40000 WHEN 'Gold' THEN 20000 WHEN 'Silver' THEN 10000 ELSE 5000 END, CASE WHEN g.k <= 5 THEN dgen.u('file', 205 + g.k) END,
       CASE g.k % 5 WHEN 0 THEN p.first || ' wants the logo on lanyards too. Ask about a speaking slot for their CEO.' WHEN 1 THEN 'Pays in two instalments.'
                  WHEN 2 THEN 'Contact left the company; new contact ' || fixture_gen.full_name('sponc', g.k) || ', ' || fixture_gen.phone('sponcph', g.k) || '.' END
FROM generate_series(1, 50) g(k) JOIN dgen.pp p ON p.i = 1180 + fixture_gen.n('spoco', g.k, 12)
JOIN (SELECT row_number() OVER (ORDER BY ev.k) - 1 AS n, ev.k FROM dgen.ev ev WHERE ev.public) e ON e.n = g.k % (SELECT count(*) FROM dgen.ev WHERE public)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Nordlicht Bank', 'Adyen', 'Mollie', 'Elastic', 'Bunq', 'Galp', 'Talkdesk', 'Feedzai', 'AWS', 'Stripe', 'Miro', 'Booking.com'], 'spoco', g.k) AS co,
   fixture_gen.pick(ARRAY['Platinum', 'Gold', 'Gold', 'Silver', 'Silver', 'Community'], 'spoti', g.k) AS tier) x;

-- The website: team page, testimonials, blog, pages, FAQs and the globals
-- singleton.
INSERT INTO team (id, status, sort, date_created, date_updated, name, role, bio, photo, email, linkedin, languages)
SELECT s.i, CASE WHEN s.i = 20 THEN 'archived' WHEN s.i = 22 THEN 'draft' ELSE 'published' END, s.i, dgen.at('tmc', s.i, '2022-04-01+00', '2023-01-01+00'), dgen.at('tmu', s.i, '2023-06-01+00', '2024-10-01+00'),
       s.first || ' ' || s.last, s.title,
       fixture_gen.pick(ARRAY[s.first || ' has planned more than 200 events across Portugal and the Netherlands. Mum of twins, amateur surfer.',
          'Before joining Kestrel, ' || s.first || ' ran hospitality at a five-star hotel in ' || split_part(s.loc, ',', 1) || '.',
          s.first || ' keeps our speakers happy and our schedules on time. Speaks four languages, badly sings in all of them.',
          'Born in ' || fixture_gen.pick(ARRAY['Luanda', 'Istanbul', 'Kerala', 'Paramaribo', 'Porto'], 'tmb', s.i) || ', raised in ' || split_part(s.loc, ',', 1) || '. Loves logistics and long lunches.'], 'tmbio', s.i),
       dgen.u('file', 243 + s.i), fixture_gen.ascii(s.first) || '.' || fixture_gen.ascii(s.last) || '@kestrel-events.example',
       CASE WHEN s.i % 3 <> 2 THEN 'https://www.linkedin.com/in/' || fixture_gen.ascii(s.first) || fixture_gen.ascii(s.last) || '/' END,
       json_build_array('en', CASE WHEN s.loc LIKE '%Portugal%' OR s.loc IN ('Lisbon', 'Sintra') THEN 'pt' ELSE 'nl' END)
FROM dgen.st s WHERE s.i <= 22;

INSERT INTO testimonials (id, status, date_created, quote, author_name, author_title, company, photo)
SELECT k, CASE WHEN k % 5 = 4 THEN 'draft' ELSE 'published' END, dgen.at('tsc', k, '2022-08-01+00', '2024-10-01+00'),
       CASE WHEN k <= 6 THEN fixture_gen.pick(ARRAY['Lotte and her team made our wedding day perfect, even when it rained all afternoon. Thank you!',
              'Chiara handled my grandmother''s wheelchair access and our vegan menu without us ever having to worry.',
              'From the first call to the last dance, Kestrel were amazing. Special thanks to Inês!'], 'tsq', k)
            ELSE fixture_gen.pick(ARRAY['Flawless execution of a 1,200-person conference, on budget and on time.', 'Our offsite in the Alentejo was the best we have ever had. The team thought of everything.',
              'Professional, creative and calm under pressure. We will be back next year.'], 'tsq', k) END,
       CASE WHEN k <= 6 THEN (SELECT a.first || ' & ' || b.first || ' ' || a.last FROM dgen.wed w JOIN dgen.pp a ON a.i = w.a JOIN dgen.pp b ON b.i = w.b WHERE w.k = g.k)
            ELSE p.first || ' ' || p.last END,
       CASE WHEN k > 6 THEN fixture_gen.pick(ARRAY['Head of Events', 'Chief People Officer', 'VP Marketing', 'Engineering Manager', 'Executive Assistant to the CEO'], 'tst', k) END,
       CASE WHEN k > 6 THEN (SELECT name FROM dgen.cl WHERE dgen.cl.k = 1 + (g.k * 5) % 24) END,
       CASE WHEN k IN (2, 5) THEN dgen.u('file', 264 + k) END
FROM generate_series(1, 15) g(k) JOIN dgen.pp p ON p.i = 1190 + k;

INSERT INTO articles (id, status, sort, user_created, date_created, user_updated, date_updated, title, slug, summary, content, author, image, published_at, seo)
SELECT k, CASE WHEN k % 9 = 0 THEN 'draft' WHEN k % 13 = 0 THEN 'archived' ELSE 'published' END, NULL,
       dgen.u('user', au), pub - interval '3 days', dgen.u('user', 13), pub + interval '1 day', t, trim(BOTH '-' FROM lower(regexp_replace(t, '[^A-Za-z0-9]+', '-', 'g'))) || '-' || k,
       'Practical advice from our planners: ' || lower(t) || '.',
       '<h2>' || t || '</h2><p>' || fixture_gen.pick(ARRAY['Choosing the right venue starts with the guest journey, not the floor plan.', 'Hybrid events only work when the remote audience is designed for, not added on.',
          'Sustainability is a line in the budget, not a slogan on the lanyard.', 'The best weddings we have planned had one thing in common: a clear idea of what mattered most.'], 'arp1', k)
         || '</p><p>' || fixture_gen.pick(ARRAY['Book the venue twelve months ahead for dates in May, June and September.', 'Plan for 10% no-shows at free events and 3% at paid ones.',
          'Local suppliers cut transport emissions and usually cost less.', 'Always have a rain plan, even in the Alentejo in July.'], 'arp2', k) || '</p>',
       dgen.u('user', au), CASE WHEN k <= 20 THEN dgen.u('file', 116 + k) ELSE dgen.u('file', 229 + k % 2) END, CASE WHEN k % 9 <> 0 THEN pub END,
       json_build_object('title', t || ' | Kestrel Events', 'meta_description', 'Kestrel Events: ' || lower(t), 'no_index', false)
FROM generate_series(1, 40) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['How to choose a conference venue in Lisbon', 'Ten questions to ask your wedding planner', 'Hybrid events that people actually enjoy',
   'A guide to destination weddings in Portugal', 'Sustainable events: our 2024 report', 'Planning a corporate offsite in the Alentejo', 'What a run-of-show really looks like',
   'Catering for dietary requirements at scale', 'Speaker management: the checklist we use', 'Amsterdam venues for 100 to 1,000 guests'], 'art', k) AS t,
   (ARRAY[13, 14, 15, 13, 1])[1 + k % 5] AS au, dgen.at('arpub', k, '2022-05-01+00', '2024-10-15+00') AS pub) x;

INSERT INTO pages (id, status, title, permalink, blocks, seo, date_created, date_updated)
SELECT k, 'published', t, pl,
       json_build_array(json_build_object('collection', 'block_hero', 'item', json_build_object('headline', t, 'image', dgen.u('file', 229 + k % 2))),
                        json_build_object('collection', 'block_richtext', 'item', json_build_object('content', '<p>Kestrel Events plans conferences, offsites and weddings in Portugal and the Netherlands.</p>')),
                        CASE WHEN pl = '/contact' THEN json_build_object('collection', 'block_form', 'item', json_build_object('form', 'contact', 'submit_label', 'Send')) ELSE json_build_object('collection', 'block_cta', 'item', json_build_object('label', 'Get a quote', 'href', '/contact')) END),
       json_build_object('title', t || ' | Kestrel Events'), dgen.at('pgc', k, '2022-04-01+00', '2022-06-01+00'), dgen.at('pgu', k, '2024-01-01+00', '2024-10-01+00')
FROM unnest(ARRAY['Home', 'About us', 'Weddings', 'Corporate events', 'Conferences', 'Venues', 'Contact', 'Privacy policy', 'Terms and conditions', 'Careers'],
            ARRAY['/', '/about', '/weddings', '/corporate', '/conferences', '/venues', '/contact', '/privacy', '/terms', '/careers']) WITH ORDINALITY AS x(t, pl, k);

INSERT INTO faqs (id, status, sort, question, answer, category)
SELECT k, 'published', k, q, a, c FROM unnest(
  ARRAY['How far ahead should we book?', 'Do you work outside Lisbon and Amsterdam?', 'Can you handle dietary requirements?', 'Do you offer hybrid events?', 'What does a planner cost?',
        'Can we bring our own suppliers?', 'Do you plan same-sex weddings?', 'Is the venue accessible?', 'How do refunds work for tickets?', 'Can I change the name on my ticket?',
        'Where do I pick up my badge?', 'Is there a cloakroom?', 'Do you provide invoices with VAT?', 'What happens if it rains?', 'Do you arrange hotel blocks?',
        'Can speakers bring a guest?', 'Do you record the talks?', 'Are children welcome?', 'Is there parking?', 'How do I become a sponsor?'],
  ARRAY['Twelve months for weddings and large conferences, three to six months for corporate events.', 'Yes, anywhere in Portugal and the Benelux, and on request elsewhere in Europe.',
        'Yes, tell us at booking and we brief the caterer.', 'Yes, with our own streaming crew.', 'We work with a fixed fee or a percentage of the budget, depending on the event.',
        'Usually yes, subject to the venue''s rules.', 'Of course.', 'We only work with venues that have step-free access or can provide it.', 'Up to 30 days before the event, minus a 10% fee.',
        'Yes, up to 48 hours before the event, from the link in your confirmation email.', 'At the registration desk, with the QR code from your confirmation.', 'Yes, at most venues.',
        'Yes, always.', 'Every outdoor event has a rain plan.', 'Yes, at negotiated rates.', 'Yes, one guest per speaker.', 'Most conference talks are recorded and published within two weeks.',
        'At weddings and private parties, yes.', 'Depends on the venue; see the event page.', 'Write to us through the contact form and choose "Sponsorship".'],
  ARRAY['Planning', 'Planning', 'Guests', 'Production', 'Pricing', 'Planning', 'Weddings', 'Guests', 'Tickets', 'Tickets', 'Tickets', 'Guests', 'Pricing', 'Planning', 'Planning',
        'Speakers', 'Production', 'Guests', 'Guests', 'Sponsors']) WITH ORDINALITY AS f(q, a, c, k);

INSERT INTO globals (id, site_title, tagline, contact_email, contact_phone, office_address, social_links, google_analytics_id, mailchimp_api_key, mailchimp_list_id,
  recaptcha_site_key, recaptcha_secret_key, stripe_publishable_key, maintenance_mode, footer_text)
VALUES (1, 'Kestrel Events', 'Conferences, offsites and weddings in Portugal and the Netherlands', 'hello@kestrel-events.example', '+351 21 340 5500',
  E'Rua do Alecrim 47, 3.º\n1200-014 Lisboa\nPortugal',
  '[{"service":"instagram","url":"https://instagram.com/kestrel.events"},{"service":"linkedin","url":"https://www.linkedin.com/company/kestrel-events"}]',
  'G-' || fixture_gen.chars('gga', 1, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
  fixture_gen.hexn('gmc', 1, 32) || '-us21', fixture_gen.hexn('gml', 1, 10),
  '6L' || dgen.b64url('grs', 1, 28), '6L' || dgen.b64url('grk', 1, 28),
  'pk_' || 'live_' || dgen.rnd('gspk', 1, 99), false, '© Kestrel Events Lda. NIPC 515 432 118. All rights reserved.');

-- Shares: wedding timeline previews for couples, photo sets for speakers,
-- lead reports for sponsors.
INSERT INTO directus_shares (id, name, collection, item, role, password, user_created, date_created, date_start, date_end, times_used, max_uses)
SELECT dgen.u('share', g.k),
       CASE WHEN g.k <= 12 THEN 'Timeline preview — ' || a.first || ' & ' || b.first || ' (' || a.last || ')'
            WHEN g.k <= 20 THEN 'Photos for ' || sp.first_name || ' ' || sp.last_name ELSE 'Lead report — ' || so.name END,
       CASE WHEN g.k <= 12 THEN 'events' WHEN g.k <= 20 THEN 'speakers' ELSE 'sponsors' END,
       CASE WHEN g.k <= 12 THEN g.k WHEN g.k <= 20 THEN sp.id ELSE so.id END::text,
       dgen.u('role', 5), CASE WHEN g.k % 2 = 0 THEN dgen.argon2('shpw', g.k) END,
       dgen.u('user', CASE WHEN g.k <= 12 THEN 10 + g.k % 2 WHEN g.k <= 20 THEN 8 ELSE 12 END), at, at, at + interval '60 days', g.k % 7, CASE WHEN g.k > 20 THEN 10 END
FROM generate_series(1, 24) g(k)
LEFT JOIN dgen.wed w ON w.k = g.k LEFT JOIN dgen.pp a ON a.i = w.a LEFT JOIN dgen.pp b ON b.i = w.b
LEFT JOIN speakers sp ON sp.id = (g.k - 12) * 9 AND g.k BETWEEN 13 AND 20
LEFT JOIN sponsors so ON so.id = (g.k - 20) * 7 AND g.k > 20
CROSS JOIN LATERAL (SELECT dgen.at('shat', g.k, '2023-01-01+00', '2024-10-01+00') AS at) x;

INSERT INTO directus_sessions (token, "user", expires, ip, user_agent, share, origin, next_token)
SELECT dgen.nanoid('sess', k, 64),
       CASE WHEN k <= 170 THEN dgen.u('user', (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 21, 22, 23, 24, 27, 28])[1 + k % 24])
            WHEN k <= 185 THEN NULL ELSE dgen.u('user', 33 + k % 38) END,
       timestamptz '2024-10-19 12:00:00+00' + make_interval(hours => fixture_gen.n('sexp', k, 24 * 7) - 24),
       dgen.ip('sip', k / 3), dgen.ua('sua', k / 3),
       CASE WHEN k > 170 AND k <= 185 THEN dgen.u('share', 1 + k % 24) END,
       CASE WHEN k > 185 THEN 'https://www.kestrel-events.example' ELSE 'https://cms.kestrel-events.example' END,
       CASE WHEN k % 5 = 0 THEN dgen.nanoid('snext', k, 64) END
FROM generate_series(1, 200) k;

-- Activity. 1-300 logins, 301-500 bookings created by the website,
-- 501-560 speakers updated, 561-580 users updated, 581-590 settings,
-- 591-610 operations, 611-650 legacy comments, 651-700 contact
-- submissions triaged, 701-720 invoices paid, 721-740 flow runs, 741-760
-- bookings deleted.
CREATE TABLE dgen.act (k int PRIMARY KEY, action text, usr int, coll text, item text, at timestamptz, cmt text);
INSERT INTO dgen.act
SELECT k,
  CASE WHEN k <= 300 THEN 'login' WHEN k BETWEEN 301 AND 500 THEN 'create' WHEN k BETWEEN 611 AND 650 THEN 'comment' WHEN k BETWEEN 721 AND 740 THEN 'run' WHEN k > 740 THEN 'delete' ELSE 'update' END,
  CASE WHEN k <= 300 THEN (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 21, 22, 23, 24, 27, 33, 36, 40, 45, 52])[1 + k % 28]
       WHEN k <= 500 THEN 31 WHEN k <= 560 THEN CASE WHEN k % 2 = 0 THEN 33 + (k % 38) ELSE 8 END WHEN k <= 580 THEN 1 + k % 22 WHEN k <= 610 THEN 2
       WHEN k <= 650 THEN (ARRAY[4, 5, 10, 11, 16, 8])[1 + k % 6] WHEN k <= 700 THEN (ARRAY[4, 10, 11, 5])[1 + k % 4] WHEN k <= 720 THEN 17 WHEN k <= 740 THEN NULL ELSE 18 END,
  CASE WHEN k <= 300 OR k BETWEEN 561 AND 580 THEN 'directus_users' WHEN k <= 500 OR k > 740 THEN 'bookings' WHEN k <= 560 THEN 'speakers' WHEN k <= 590 THEN 'directus_settings'
       WHEN k <= 610 THEN 'directus_operations' WHEN k <= 650 THEN fixture_gen.pick(ARRAY['bookings', 'events', 'clients', 'speakers'], 'acco', k) WHEN k <= 700 THEN 'contact_submissions'
       WHEN k <= 720 THEN 'invoices' ELSE 'directus_flows' END,
  NULL, NULL, NULL
FROM generate_series(1, 760) k;
UPDATE dgen.act SET usr = 2 WHERE k IN (562, 565);
UPDATE dgen.act SET item = CASE
  WHEN coll = 'directus_users' AND k <= 300 THEN dgen.u('user', usr)::text
  WHEN coll = 'directus_users' THEN dgen.u('user', usr)::text
  WHEN coll = 'bookings' AND k <= 500 THEN (k - 300)::text
  WHEN coll = 'bookings' THEN (400 + k - 740)::text
  WHEN coll = 'speakers' AND k <= 560 THEN CASE WHEN usr > 32 THEN (usr - 32)::text ELSE (1 + k % 120)::text END
  WHEN coll = 'directus_settings' THEN '1'
  WHEN coll = 'directus_operations' THEN dgen.u('op', 1 + k % 12)::text
  WHEN coll = 'events' THEN (1 + k % 70)::text
  WHEN coll = 'clients' THEN (25 + k % 20)::text
  WHEN coll = 'speakers' THEN (1 + k % 120)::text
  WHEN coll = 'bookings' THEN (1 + k % 400)::text
  WHEN coll = 'contact_submissions' THEN (k - 650)::text
  WHEN coll = 'invoices' THEN (k - 700)::text
  ELSE dgen.u('flow', 1 + k % 14)::text END,
  at = CASE WHEN coll = 'bookings' AND k <= 500 THEN (SELECT date_created FROM bookings WHERE id = k - 300) ELSE dgen.at('acat', k, '2024-04-01+00', '2024-10-19+00') END;
UPDATE dgen.act a SET cmt = CASE a.coll
  WHEN 'bookings' THEN fixture_gen.pick(ARRAY['Called ' || b.first_name || ', card charged twice, refunded one via Stripe.', 'Name change: ticket moves to ' || fixture_gen.full_name('accn', a.k) || ' (' || dgen.pmail(fixture_gen.first_name('accn', a.k), fixture_gen.last_name('accn', a.k), a.k) || ').',
      b.first_name || ' is in a wheelchair, seat her on row 1.', 'VIP — CEO of ' || coalesce(b.company, 'a partner') || ', meet at the entrance.'], 'accb', a.k)
  WHEN 'events' THEN fixture_gen.pick(ARRAY['Client wants the ex-husband (' || fixture_gen.full_name('acex', a.k) || ') kept off the guest list.', 'Caterer confirmed 3 halal, 12 vegan, 2 coeliac.', 'Venue deposit paid.'], 'acce', a.k)
  WHEN 'clients' THEN fixture_gen.pick(ARRAY['Met the couple at the quinta; her father ' || fixture_gen.full_name('acfa', a.k) || ' wants to pay the band directly.', 'Asked for the invoice to go to her employer.', 'Call after 19:00, works night shifts at the hospital.'], 'accc', a.k)
  ELSE fixture_gen.pick(ARRAY['Flight booked: ' || fixture_gen.pick(ARRAY['TP', 'KL', 'LH', 'BA'], 'acfl', a.k) || fixture_gen.digits('acfl', a.k, 4) || ', passport checked.', 'Needs an invitation letter for the visa.', 'Agreed fee in writing.'], 'accs', a.k) END
FROM dgen.act a2 LEFT JOIN bookings b ON b.id::text = a2.item AND a2.coll = 'bookings'
WHERE a.k = a2.k AND a.action = 'comment';

INSERT INTO directus_activity (id, action, "user", "timestamp", ip, user_agent, collection, item, comment, origin)
SELECT k, action, CASE WHEN usr IS NOT NULL THEN dgen.u('user', usr) END, at,
       CASE WHEN usr = 31 THEN '195.201.33.14' WHEN action = 'run' THEN NULL ELSE dgen.ip('sip', (usr * 7 + k % 3)) END,
       CASE WHEN usr = 31 THEN 'node' WHEN action = 'run' THEN NULL ELSE dgen.ua('sua', (usr * 7 + k % 3)) END,
       coll, item, cmt,
       CASE WHEN usr = 31 OR action = 'run' THEN NULL WHEN usr > 32 THEN 'https://www.kestrel-events.example' ELSE 'https://cms.kestrel-events.example' END
FROM dgen.act;

-- Content versions of articles, speakers and events.
INSERT INTO directus_versions (id, key, name, collection, item, hash, date_created, date_updated, user_created, user_updated, delta)
SELECT dgen.u('ver', g.k), CASE WHEN g.k % 3 = 0 THEN 'client-review' ELSE 'draft' END,
       CASE WHEN g.k <= 10 THEN fixture_gen.pick(ARRAY['Draft', 'Copy edit', 'SEO pass', 'Review by Thijs'], 'vrn', g.k)
            WHEN g.k <= 22 THEN 'Bio update from ' || sp.first_name ELSE 'For ' || split_part(e.title, ' ', 1) || ' — v' || (g.k % 3 + 1) END,
       CASE WHEN g.k <= 10 THEN 'articles' WHEN g.k <= 22 THEN 'speakers' ELSE 'events' END,
       CASE WHEN g.k <= 10 THEN (g.k * 3)::text WHEN g.k <= 22 THEN sp.id::text ELSE e.id::text END,
       encode(sha256(convert_to('vh' || g.k, 'UTF8')), 'hex'), at, at + interval '2 days', dgen.u('user', CASE WHEN g.k <= 10 THEN 13 WHEN g.k <= 22 THEN 32 + (g.k - 10) ELSE 10 + g.k % 2 END),
       dgen.u('user', CASE WHEN g.k <= 10 THEN 15 ELSE 8 END),
       CASE WHEN g.k <= 10 THEN json_build_object('title', 'Updated: ' || (SELECT title FROM articles WHERE id = g.k * 3), 'summary', 'Practical advice, revised for 2025.')
            WHEN g.k <= 22 THEN json_build_object('bio', sp.first_name || ' ' || sp.last_name || ' is now ' || sp.job_title || ' at ' || sp.company || '. Based in ' || fixture_gen.city('vrc', g.k) || '.',
                  'phone', fixture_gen.phone('vrph', g.k), 'travel_notes', 'Flying from ' || fixture_gen.city('vrfl', g.k) || ' with my partner ' || fixture_gen.first_name('vrpt', g.k) || '.')
            ELSE json_build_object('description', e.description, 'expected_attendees', e.expected_attendees + 10) END
FROM generate_series(1, 30) g(k)
LEFT JOIN speakers sp ON sp.id = g.k - 10 AND g.k BETWEEN 11 AND 22
LEFT JOIN events e ON e.id = g.k - 22 AND g.k > 22
CROSS JOIN LATERAL (SELECT dgen.at('vrat', g.k, '2024-02-01+00', '2024-10-10+00') AS at) x;

-- Comments (11's table, with the legacy ones migrated): mentions are
-- "@<user id>".
INSERT INTO directus_comments (id, collection, item, comment, date_created, date_updated, user_created, user_updated)
SELECT dgen.u('cmt', g.k), x.coll, x.item,
       CASE x.coll
         WHEN 'bookings' THEN fixture_gen.pick(ARRAY['@' || dgen.u('user', 16) || ' ' || b.first_name || ' ' || b.last_name || ' was charged twice, can you refund one? Her number is ' || coalesce(b.phone, fixture_gen.phone('cmph', g.k)) || '.',
              'Moved to the VIP list, ' || b.first_name || ' is the new CEO of ' || coalesce(b.company, 'the sponsor') || '.',
              'Ticket transferred to a colleague: ' || fixture_gen.full_name('cmtr', g.k) || ', ' || dgen.pmail(fixture_gen.first_name('cmtr', g.k), fixture_gen.last_name('cmtr', g.k), g.k) || '.',
              '@' || dgen.u('user', 18) || ' she is blind and comes with a guide dog, please brief the hostesses.'], 'cmb', g.k)
         WHEN 'events' THEN fixture_gen.pick(ARRAY['@' || dgen.u('user', 7) || ' the stage plan is in the Site visits folder.', 'Bride''s sister ' || fixture_gen.full_name('cmsi', g.k) || ' will be the contact on the day: ' || fixture_gen.phone('cmsiph', g.k) || '.',
              'Final numbers: 118 adults, 9 children, 4 vegan, 1 coeliac.', '@' || dgen.u('user', 9) || ' van booked for Thursday.'], 'cme', g.k)
         WHEN 'speakers' THEN fixture_gen.pick(ARRAY['@' || dgen.u('user', 8) || ' ' || sp.first_name || ' asked us to delete the passport scan after the event.', sp.first_name || ' cannot fly before 10:00 (childcare).',
              'Fee agreed at €' || (2000 + g.k * 50) || ', invoice to ' || sp.email || '.', 'Bio approved by ' || sp.first_name || '.'], 'cms', g.k)
         WHEN 'clients' THEN fixture_gen.pick(ARRAY['@' || dgen.u('user', 10) || ' the couple split up, wedding cancelled. Keep the deposit per contract §7.', 'New AP contact: ' || fixture_gen.full_name('cmap', g.k) || ' ' || fixture_gen.phone('cmapph', g.k) || '.', 'Framework renewed.'], 'cmc', g.k)
         ELSE fixture_gen.pick(ARRAY['@' || dgen.u('user', 10) || ' yours, wedding in Sintra.', 'Spam.', 'Called back, wants a quote by Friday.'], 'cmx', g.k) END,
       x.at, x.at + make_interval(mins => g.k % 3 * 17), dgen.u('user', x.usr), CASE WHEN g.k % 3 = 1 THEN dgen.u('user', x.usr) END
FROM generate_series(1, 90) g(k)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['bookings', 'bookings', 'events', 'speakers', 'clients', 'contact_submissions'], 'cmco', g.k) AS coll,
   dgen.at('cmat', g.k, '2023-06-01+00', '2024-10-19+00') AS at, (ARRAY[4, 5, 6, 8, 10, 11, 16, 18, 22])[1 + g.k % 9] AS usr) x0
CROSS JOIN LATERAL (SELECT x0.coll, x0.at, x0.usr, CASE x0.coll WHEN 'bookings' THEN (1 + g.k * 7 % 400) WHEN 'events' THEN (1 + g.k % 70) WHEN 'speakers' THEN (1 + g.k * 3 % 120)
   WHEN 'clients' THEN (25 + g.k % 20) ELSE (1 + g.k % 150) END::text AS item) x
LEFT JOIN bookings b ON x.coll = 'bookings' AND b.id::text = x.item
LEFT JOIN speakers sp ON x.coll = 'speakers' AND sp.id::text = x.item;

INSERT INTO directus_settings (id, project_name, project_url, project_color, project_logo, public_foreground, public_background, public_note, auth_login_attempts,
  auth_password_policy, storage_asset_transform, storage_asset_presets, custom_css, storage_default_folder, basemaps, mapbox_key, module_bar, project_descriptor,
  default_language, custom_aspect_ratios, public_favicon, default_appearance, default_theme_light, theme_light_overrides, default_theme_dark, theme_dark_overrides,
  report_error_url, report_bug_url, report_feature_url, public_registration, public_registration_verify_email, public_registration_role, public_registration_email_filter)
VALUES (1, 'Kestrel Events', 'https://www.kestrel-events.example', '#1F6F8B', dgen.u('file', 231), dgen.u('file', 232), dgen.u('file', 234),
  'Kestrel Events CMS — staff, crew and speaker portal. Locked out? Ruben Costa, +351 912 ' || fixture_gen.digits('stph', 1, 3) || ' ' || fixture_gen.digits('stph', 2, 3) || ', or it@kestrel-events.example.',
  10, '/(?=^.{12,}$)(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?!.*\s).*$/', 'presets',
  '[{"key":"thumb","fit":"cover","width":400,"height":400,"quality":80,"withoutEnlargement":false,"format":"webp"},{"key":"hero","fit":"inside","width":1920,"height":1080,"quality":82,"withoutEnlargement":true,"format":"avif"}]',
  E'#app, #main-content { --theme--primary: #1F6F8B; }\n.v-notice.warning { font-weight: 600; }', dgen.u('fold', 12),
  json_build_array(json_build_object('name', 'MapTiler Streets', 'type', 'raster', 'url', 'https://api.maptiler.com/maps/streets-v2/{z}/{x}/{y}.png?key=' || dgen.rnd('mtk', 1, 20), 'tileSize', 512,
    'attribution', '© MapTiler © OpenStreetMap contributors')),
  'pk.' || rtrim(translate(encode(convert_to('{"u":"kestrel-events","a":"' || lower(dgen.rnd('mbxa', 1, 25)) || '"}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.' || dgen.b64url('mbxs', 1, 16),
  '[{"type":"module","id":"content","enabled":true},{"type":"module","id":"users","enabled":true},{"type":"module","id":"files","enabled":true},{"type":"module","id":"insights","enabled":true},{"type":"link","id":"docs","name":"Runbook","url":"https://wiki.kestrel-events.example/cms","icon":"menu_book","enabled":true},{"type":"module","id":"settings","enabled":true,"locked":true}]',
  'Events CMS', 'en-US', '[{"text":"Instagram 4:5","value":0.8},{"text":"Badge 3:4","value":0.75}]', dgen.u('file', 233), 'auto', NULL, NULL, NULL, NULL,
  NULL, 'https://github.com/kestrel-events/cms/issues/new', NULL, false, true, dgen.u('role', 6), '{"_and":[{"email":{"_nends_with":"@seo-rank-fast.example"}}]}');

-- Flows and their operations; webhooks from before 10.10, migrated to flows.
INSERT INTO directus_flows (id, name, icon, color, description, status, trigger, accountability, options, operation, date_created, user_created)
SELECT dgen.u('flow', k), n, ic, NULL, d, CASE WHEN k = 13 THEN 'inactive' ELSE 'active' END, tr, CASE WHEN tr = 'webhook' THEN 'activity' ELSE 'all' END, o::json, NULL,
       timestamptz '2023-02-01 10:00:00+00' + k * interval '23 days', dgen.u('user', CASE WHEN k IN (4, 14) THEN 8 WHEN k = 5 THEN 16 ELSE 2 END)
FROM (VALUES
 (1, 'New booking → Slack', 'notifications', 'Posts paid bookings to #bookings.', 'event', '{"type":"action","scope":["items.create"],"collections":["bookings"]}'),
 (2, 'Booking confirmation email', 'mail', 'Sends the confirmation with the QR code. Template approved by Femke.', 'event', '{"type":"action","scope":["items.update"],"collections":["bookings"]}'),
 (3, 'Sync contacts to HubSpot', 'sync', 'Ask Ruben before editing: the HubSpot token is tied to his seat. Private clients are excluded (Maartje, GDPR review 2023).', 'event', '{"type":"action","scope":["items.create","items.update"],"collections":["clients","contact_submissions"]}'),
 (4, 'Speaker welcome pack', 'record_voice_over', 'Manual: sends travel form, code of conduct and the speaker guide.', 'manual', '{"collections":["speakers"],"location":"item","requireConfirmation":true,"confirmationDescription":"Send the welcome pack now?"}'),
 (5, 'Invoice reminder (daily)', 'payments', 'Runs at 08:00 Lisbon time on weekdays.', 'schedule', '{"cron":"0 8 * * 1-5"}'),
 (6, 'Revalidate website', 'public', 'Rebuilds the changed pages on Vercel.', 'event', '{"type":"action","scope":["items.create","items.update","items.delete"],"collections":["articles","pages","faqs","team","globals"]}'),
 (7, 'Newsletter double opt-in', 'mark_email_read', 'Sends the confirm link; on confirm adds to Mailchimp.', 'event', '{"type":"action","scope":["items.create"],"collections":["newsletter_signups"]}'),
 (8, 'Contact form → assign planner', 'assignment_ind', 'Weddings to Lotte (NL) or Chiara (PT), the rest to Inês. Chiara on leave from July, temporarily all to Lotte.', 'event', '{"type":"action","scope":["items.create"],"collections":["contact_submissions"]}'),
 (9, 'Stripe payment succeeded', 'credit_card', 'Endpoint registered in Stripe as /flows/trigger/<id>.', 'webhook', '{"method":"POST","async":false,"return":"$last"}'),
 (10, 'GDPR: anonymise old bookings', 'auto_delete', 'Anonymises bookings 24 months after the event.', 'schedule', '{"cron":"0 3 1 * *"}'),
 (11, 'Weekly KPI digest', 'insights', 'Monday digest for the partners.', 'schedule', '{"cron":"0 7 * * 1"}'),
 (12, 'Generate invoice PDF', 'picture_as_pdf', 'Renders the invoice with the internal PDF service.', 'event', '{"type":"action","scope":["items.update"],"collections":["invoices"]}'),
 (13, 'Migrated: Slack new contact', 'webhook', 'Migrated from webhook "Slack new contact".', 'event', '{"type":"action","scope":["items.create"],"collections":["contact_submissions"]}'),
 (14, 'Speaker travel change → notify', 'flight', 'Tells Priya and the travel agency when travel details change.', 'event', '{"type":"action","scope":["items.update"],"collections":["speakers"]}')
) v(k, n, ic, d, tr, o);

CREATE TABLE dgen.op (n int, flow int, name text, key text, type text, x int, y int, opts json, res int, rej int);
INSERT INTO dgen.op VALUES
 (1, 1, 'Is it paid?', 'is_paid', 'condition', 19, 1, '{"filter":{"$trigger":{"payload":{"payment_status":{"_eq":"paid"}}}}}', 2, NULL),
 (2, 1, 'Post to Slack', 'post_slack', 'request', 37, 1, json_build_object('method', 'POST', 'url', 'https://hooks.slack.com/services/T' || upper(dgen.rnd('slt', 1, 8)) || '/B' || upper(dgen.rnd('slb', 1, 10)) || '/' || dgen.rnd('sls', 1, 24),
     'headers', '[]'::json, 'body', '{"text":"New booking: {{$trigger.payload.first_name}} {{$trigger.payload.last_name}} ({{$trigger.payload.ticket_type}}) for event {{$trigger.payload.event}}"}'), NULL, NULL),
 (3, 2, 'Read event', 'event', 'item-read', 19, 1, '{"collection":"events","key":["{{$trigger.payload.event}}"],"permissions":"$full","query":{"fields":["title","start_date","venue.name","venue.address"]}}', 4, NULL),
 (4, 2, 'Send confirmation', 'send_mail', 'mail', 37, 1, json_build_object('to', json_build_array('{{$trigger.payload.email}}'), 'subject', 'Your ticket for {{event.title}}', 'type', 'wysiwyg',
     'body', '<p>Hi {{$trigger.payload.first_name}},</p><p>Thanks for booking. Show this QR code at the door: <img src="https://www.kestrel-events.example/qr/{{$trigger.payload.qr_code}}.png"></p><p>Questions about access or diets? Call Femke Smit, guest experience, on +31 6 '
       || fixture_gen.digits('fsph', 1, 8) || '.</p>'), NULL, NULL),
 (5, 3, 'Upsert HubSpot contact', 'hubspot', 'request', 19, 1, json_build_object('method', 'POST', 'url', 'https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert',
     'headers', json_build_array(json_build_object('header', 'Authorization', 'value', 'Bearer ' || 'pat-eu1-' || dgen.u('hsp', 1)::text), json_build_object('header', 'Content-Type', 'value', 'application/json')),
     'body', '{"inputs":[{"idProperty":"email","id":"{{$trigger.payload.email}}","properties":{"firstname":"{{$trigger.payload.contact_person}}","phone":"{{$trigger.payload.phone}}"}}]}'), 6, NULL),
 (6, 3, 'Log', 'log', 'log', 37, 1, '{"message":"HubSpot sync {{$trigger.key}}: {{hubspot.status}}"}', NULL, NULL),
 (7, 4, 'Read speaker', 'speaker', 'item-read', 19, 1, '{"collection":"speakers","key":["{{$trigger.body.keys[0]}}"],"permissions":"$full"}', 8, NULL),
 (8, 4, 'Welcome mail', 'welcome', 'mail', 37, 1, json_build_object('to', json_build_array('{{speaker.email}}'), 'cc', json_build_array('priya.nair@kestrel-events.example'), 'subject', 'Welcome to the line-up, {{speaker.first_name}}!', 'type', 'markdown',
     'body', E'Hi {{speaker.first_name}},\n\nPlease fill in the travel form (passport number, date of birth, dietary needs) in the portal.\n\nWarm regards,\nPriya Nair\nSpeaker Relations, Kestrel Events\n+31 6 ' || fixture_gen.digits('pnph', 1, 8)), 9, NULL),
 (9, 4, 'Mark as invited', 'mark', 'item-update', 55, 1, '{"collection":"speakers","key":["{{speaker.id}}"],"payload":{"status":"invited"},"permissions":"$full"}', NULL, NULL),
 (10, 5, 'Overdue invoices', 'overdue', 'item-read', 19, 1, '{"collection":"invoices","query":{"filter":{"status":{"_eq":"overdue"}},"fields":["invoice_number","billing_name","billing_email","total"]},"permissions":"$full"}', 11, NULL),
 (11, 5, 'Mail finance', 'mail_finance', 'mail', 37, 1, json_build_object('to', json_build_array('nuno.pereira@kestrel-events.example', 'yasmin.elamrani@kestrel-events.example'), 'subject', 'Overdue invoices', 'type', 'markdown',
     'body', '{{overdue}}'), 12, NULL),
 (12, 5, 'Notify Nuno', 'notify', 'notification', 55, 1, json_build_object('recipient', json_build_array(dgen.u('user', 16)), 'subject', 'Overdue invoices today', 'message', '{{overdue.length}} invoices overdue', 'permissions', '$trigger'), NULL, NULL),
 (13, 6, 'Revalidate', 'revalidate', 'request', 19, 1, json_build_object('method', 'POST', 'url', 'https://www.kestrel-events.example/api/revalidate?secret=' || dgen.rnd('rvs', 1, 32) || '&collection={{$trigger.collection}}'), NULL, NULL),
 (14, 7, 'Confirm mail', 'confirm', 'mail', 19, 1, json_build_object('to', json_build_array('{{$trigger.payload.email}}'), 'subject', 'Please confirm your subscription', 'type', 'wysiwyg',
     'body', '<p><a href="https://www.kestrel-events.example/newsletter/confirm?token={{$trigger.payload.confirm_token}}">Confirm</a></p>'), 15, NULL),
 (15, 7, 'Add to Mailchimp', 'mailchimp', 'request', 37, 1, json_build_object('method', 'POST', 'url', 'https://us21.api.mailchimp.com/3.0/lists/' || fixture_gen.hexn('gml', 1, 10) || '/members',
     'headers', json_build_array(json_build_object('header', 'Authorization', 'value', 'Basic ' || translate(encode(convert_to('kestrel:' || fixture_gen.hexn('gmc', 1, 32) || '-us21', 'UTF8'), 'base64'), E'\n', ''))),
     'body', '{"email_address":"{{$trigger.payload.email}}","status":"subscribed"}'), NULL, NULL),
 (16, 8, 'Wedding?', 'is_wedding', 'condition', 19, 1, '{"filter":{"$trigger":{"payload":{"event_type":{"_eq":"Wedding"}}}}}', 17, 18),
 (17, 8, 'Assign Lotte', 'assign_wedding', 'item-update', 37, 1, json_build_object('collection', 'contact_submissions', 'key', json_build_array('{{$trigger.key}}'), 'payload', json_build_object('assigned_to', dgen.u('user', 10)), 'permissions', '$full'), NULL, NULL),
 (18, 8, 'Assign Inês', 'assign_other', 'item-update', 37, 19, json_build_object('collection', 'contact_submissions', 'key', json_build_array('{{$trigger.key}}'), 'payload', json_build_object('assigned_to', dgen.u('user', 4)), 'permissions', '$full'), NULL, NULL),
 (19, 9, 'Verify signature', 'verify', 'exec', 19, 1, json_build_object('code', E'module.exports = async function (data) {\n  const secret = ''' || 'whsec_' || dgen.rnd('whs', 1, 32) || E''';\n  const sig = data.$trigger.headers[''stripe-signature''];\n  if (!sig) throw new Error(''no signature'');\n  return { intent: data.$trigger.body.data.object.id };\n};'), 20, NULL),
 (20, 9, 'Mark paid', 'mark_paid', 'item-update', 37, 1, '{"collection":"bookings","query":{"filter":{"stripe_payment_intent":{"_eq":"{{verify.intent}}"}}},"payload":{"payment_status":"paid"},"permissions":"$full"}', NULL, NULL),
 (21, 10, 'Anonymise', 'anonymise', 'item-update', 19, 1, '{"collection":"bookings","query":{"filter":{"event":{"end_date":{"_lt":"$NOW(-24 months)"}}}},"payload":{"first_name":"Anonymised","last_name":"Guest","email":null,"phone":null,"ip_address":null,"badge_name":null},"permissions":"$full","emitEvents":false}', 22, NULL),
 (22, 10, 'Log', 'log', 'log', 37, 1, '{"message":"Anonymised {{anonymise.length}} bookings"}', NULL, NULL),
 (23, 11, 'KPIs', 'kpis', 'item-read', 19, 1, '{"collection":"bookings","query":{"aggregate":{"count":["id"],"sum":["amount"]},"groupBy":["event"]},"permissions":"$full"}', 24, NULL),
 (24, 11, 'Mail partners', 'mail', 'mail', 37, 1, json_build_object('to', json_build_array('joana.ferreira@kestrel-events.example', 'maartje.devries@kestrel-events.example', 'j.ferreira.' || fixture_gen.digits('jfp', 1, 2) || '@gmail.com'), 'subject', 'Weekly KPIs', 'type', 'markdown', 'body', '{{kpis}}'), NULL, NULL),
 (25, 12, 'Render PDF', 'render', 'request', 19, 1, json_build_object('method', 'POST', 'url', 'http://pdf-renderer.internal:3000/render/invoice',
     'headers', json_build_array(json_build_object('header', 'X-Api-Key', 'value', dgen.rnd('pdfk', 1, 40))), 'body', '{"id":"{{$trigger.keys[0]}}"}'), 26, NULL),
 (26, 12, 'Attach PDF', 'attach', 'item-update', 37, 1, '{"collection":"invoices","key":["{{$trigger.keys[0]}}"],"payload":{"pdf":"{{render.data.file}}"},"permissions":"$full"}', NULL, NULL),
 (27, 13, 'Webhook', 'webhook', 'request', 19, 1, json_build_object('method', 'POST', 'url', 'https://hooks.slack.com/services/T' || upper(dgen.rnd('slt', 1, 8)) || '/B' || upper(dgen.rnd('slb', 2, 10)) || '/' || dgen.rnd('sls', 2, 24),
     'headers', '[]'::json, 'body', '{{$trigger}}'), NULL, NULL),
 (28, 14, 'Travel changed?', 'changed', 'condition', 19, 1, '{"filter":{"$trigger":{"payload":{"_or":[{"travel_notes":{"_nnull":true}},{"passport_number":{"_nnull":true}}]}}}}', 29, NULL),
 (29, 14, 'Notify Priya', 'notify', 'notification', 37, 1, json_build_object('recipient', json_build_array(dgen.u('user', 8)), 'subject', 'Travel details changed', 'message', '{{$trigger.payload.travel_notes}}', 'permissions', '$full'), 30, NULL),
 (30, 14, 'Mail travel agency', 'agency', 'mail', 55, 1, json_build_object('to', json_build_array('groups@travelwise-agency.example', 'marco.rossi@travelwise-agency.example'), 'subject', 'Speaker travel update', 'type', 'markdown',
     'body', E'Passenger: {{$trigger.payload.first_name}} {{$trigger.payload.last_name}}\nPassport: {{$trigger.payload.passport_number}}\nDOB: {{$trigger.payload.date_of_birth}}\nNotes: {{$trigger.payload.travel_notes}}'), NULL, NULL);

INSERT INTO directus_operations (id, name, key, type, position_x, position_y, options, resolve, reject, flow, date_created, user_created)
SELECT dgen.u('op', n), name, key, type, x, y, opts, NULL, NULL, dgen.u('flow', flow), timestamptz '2023-02-01 10:00:00+00' + flow * interval '23 days' + n * interval '5 minutes',
       dgen.u('user', CASE WHEN flow IN (4, 14) THEN 8 WHEN flow = 5 THEN 16 ELSE 2 END)
FROM dgen.op;
UPDATE directus_operations o SET resolve = CASE WHEN p.res IS NOT NULL THEN dgen.u('op', p.res) END, reject = CASE WHEN p.rej IS NOT NULL THEN dgen.u('op', p.rej) END
FROM dgen.op p WHERE o.id = dgen.u('op', p.n);
UPDATE directus_flows f SET operation = dgen.u('op', (SELECT min(n) FROM dgen.op WHERE flow = x.k)) FROM generate_series(1, 14) x(k) WHERE f.id = dgen.u('flow', x.k);

INSERT INTO directus_webhooks (id, name, method, url, status, data, actions, collections, headers, was_active_before_deprecation, migrated_flow) VALUES
 (1, 'Slack new contact', 'POST', (SELECT options ->> 'url' FROM directus_operations WHERE id = dgen.u('op', 27)), 'inactive', true, 'create', 'contact_submissions', '[]', true, dgen.u('flow', 13)),
 (2, 'Netlify rebuild (old site)', 'POST', 'https://api.netlify.com/build_hooks/' || fixture_gen.hexn('nlb', 1, 24), 'inactive', false, 'create,update,delete', 'articles,pages', NULL, false, NULL),
 (3, 'Zapier: new booking to Google Sheets', 'POST', 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zap', 1, 7) || '/' || lower(dgen.rnd('zap', 1, 6)) || '/', 'inactive', true, 'create', 'bookings', NULL, false, NULL),
 (4, 'n8n: invoice paid', 'POST', 'https://n8n.kestrel-events.example/webhook/' || dgen.u('n8n', 1)::text, 'inactive', true, 'update', 'invoices',
     json_build_array(json_build_object('header', 'Authorization', 'value', 'Bearer ' || dgen.rnd('n8nt', 1, 40))), false, NULL),
 (5, 'Revalidate (legacy)', 'GET', 'https://www.kestrel-events.example/api/revalidate?secret=' || dgen.rnd('rvs', 1, 32), 'inactive', false, 'update', 'articles,pages,faqs', NULL, false, NULL),
 (6, 'Mailchimp sync (old)', 'POST', 'https://us21.api.mailchimp.com/3.0/lists/' || fixture_gen.hexn('gml', 1, 10) || '/members', 'inactive', true, 'create', 'newsletter_signups',
     json_build_array(json_build_object('header', 'Authorization', 'value', 'apikey ' || fixture_gen.hexn('gmc', 1, 32) || '-us21')), false, NULL),
 (7, 'Status page ping', 'GET', 'https://status.kestrel-events.example/ping', 'inactive', false, 'create', 'directus_activity', NULL, false, NULL),
 (8, 'HubSpot (test)', 'POST', 'https://webhook.site/' || dgen.u('whsite', 1)::text, 'inactive', true, 'create,update', 'clients',
     json_build_array(json_build_object('header', 'X-Signature-Secret', 'value', dgen.rnd('hst', 1, 32))), false, NULL);

-- Revisions of the create and update activity: data is the whole item
-- after the change, delta the changed fields. Passwords are masked,
-- everything else is kept.
INSERT INTO directus_revisions (id, activity, collection, item, data, delta, parent, version)
SELECT a.k, a.k, a.coll, a.item,
       CASE a.coll
         WHEN 'bookings' THEN (SELECT row_to_json(b) FROM bookings b WHERE b.id::text = a.item)
         WHEN 'speakers' THEN (SELECT row_to_json(s) FROM speakers s WHERE s.id::text = a.item)
         WHEN 'directus_users' THEN (SELECT (to_jsonb(u) || jsonb_build_object('password', CASE WHEN u.password IS NOT NULL THEN '**********' END))::json FROM directus_users u WHERE u.id::text = a.item)
         WHEN 'directus_settings' THEN (SELECT row_to_json(s) FROM directus_settings s)
         WHEN 'directus_operations' THEN (SELECT row_to_json(o) FROM directus_operations o WHERE o.id::text = a.item)
         WHEN 'contact_submissions' THEN (SELECT row_to_json(c) FROM contact_submissions c WHERE c.id::text = a.item)
         WHEN 'invoices' THEN (SELECT row_to_json(i) FROM invoices i WHERE i.id::text = a.item) END,
       CASE a.coll
         WHEN 'bookings' THEN (SELECT row_to_json(b) FROM bookings b WHERE b.id::text = a.item)
         WHEN 'speakers' THEN (SELECT CASE a.k % 3 WHEN 0 THEN json_build_object('phone', s.phone, 'travel_notes', s.travel_notes) WHEN 1 THEN json_build_object('bio', s.bio)
                                      ELSE CASE WHEN s.passport_number IS NOT NULL THEN json_build_object('passport_number', s.passport_number, 'date_of_birth', s.date_of_birth, 'nationality', s.nationality) ELSE json_build_object('status', s.status, 'pronouns', s.pronouns) END END FROM speakers s WHERE s.id::text = a.item)
         WHEN 'directus_users' THEN (SELECT CASE WHEN a.k = 562 THEN json_build_object('token', u.token) WHEN a.k % 3 = 0 THEN json_build_object('password', '**********')
                                      WHEN a.k % 3 = 1 THEN json_build_object('title', u.title, 'location', u.location) ELSE json_build_object('avatar', u.avatar, 'appearance', u.appearance) END FROM directus_users u WHERE u.id::text = a.item)
         WHEN 'directus_settings' THEN (SELECT CASE a.k % 3 WHEN 0 THEN json_build_object('mapbox_key', s.mapbox_key) WHEN 1 THEN json_build_object('public_note', s.public_note) ELSE json_build_object('basemaps', s.basemaps) END FROM directus_settings s)
         WHEN 'directus_operations' THEN (SELECT json_build_object('options', o.options) FROM directus_operations o WHERE o.id::text = a.item)
         WHEN 'contact_submissions' THEN (SELECT json_build_object('status', c.status, 'assigned_to', c.assigned_to, 'internal_notes', c.internal_notes) FROM contact_submissions c WHERE c.id::text = a.item)
         WHEN 'invoices' THEN (SELECT json_build_object('status', 'paid', 'paid_at', i.paid_at, 'payment_reference', i.payment_reference) FROM invoices i WHERE i.id::text = a.item) END,
       NULL, CASE WHEN a.k BETWEEN 501 AND 512 AND a.k % 2 = 1 THEN dgen.u('ver', 11 + (a.k - 501) / 2) END
FROM dgen.act a WHERE a.action IN ('create', 'update')
  AND (a.coll <> 'speakers' OR EXISTS (SELECT 1 FROM speakers s WHERE s.id::text = a.item))
  AND (a.coll <> 'invoices' OR EXISTS (SELECT 1 FROM invoices i WHERE i.id::text = a.item));
UPDATE directus_revisions r SET parent = r.id - 2 WHERE r.collection = 'directus_settings' AND r.id > 582;

-- Notifications: mentions in comments, then the flows' new-booking notices.
INSERT INTO directus_notifications (id, "timestamp", status, recipient, sender, subject, message, collection, item)
SELECT row_number() OVER (ORDER BY c.date_created), c.date_created, CASE WHEN c.date_created < '2024-09-01' THEN 'archived' ELSE 'inbox' END,
       substring(c.comment FROM 2 FOR 36)::uuid, c.user_created,
       'You were mentioned in ' || initcap(replace(c.collection, '_', ' ')),
       'Hello ' || ru.first_name || E',\n\n' || su.first_name || ' ' || su.last_name || E' has mentioned you in a comment:\n\n> ' || c.comment || E'\n\n<a href="https://cms.kestrel-events.example/admin/content/'
         || c.collection || '/' || c.item || '">Click here to view.</a>',
       c.collection, c.item
FROM directus_comments c JOIN directus_users ru ON ru.id::text = substring(c.comment FROM 2 FOR 36) JOIN directus_users su ON su.id = c.user_created
WHERE c.comment LIKE '@%';
INSERT INTO directus_notifications (id, "timestamp", status, recipient, sender, subject, message, collection, item)
SELECT (SELECT max(id) FROM directus_notifications) + row_number() OVER (ORDER BY b.id), b.date_created + interval '4 seconds', CASE WHEN b.date_created < '2024-09-01' THEN 'archived' ELSE 'inbox' END,
       dgen.u('user', CASE WHEN b.id % 2 = 0 THEN 18 ELSE 4 END), NULL,
       'New booking: ' || b.first_name || ' ' || b.last_name || ' (' || b.ticket_type || ')',
       b.first_name || ' ' || b.last_name || ' (' || b.email || coalesce(', ' || b.phone, '') || ') booked ' || b.quantity || ' × ' || b.ticket_type || '.' || coalesce(' Diet: ' || b.dietary_requirements || '.', '') || coalesce(' Access: ' || b.accessibility_needs, ''),
       'bookings', b.id::text
FROM bookings b WHERE b.id % 5 = 0 AND b.payment_status = 'paid';

-- Presets: per-user layouts and bookmarks; saved searches and filters.
INSERT INTO directus_presets (id, bookmark, "user", role, collection, search, layout, layout_query, layout_options, refresh_interval, filter, icon, color)
SELECT g.k, bm, CASE WHEN g.k > 4 THEN dgen.u('user', usr) END, CASE WHEN g.k <= 4 THEN dgen.u('role', 1 + g.k) END, coll,
       CASE WHEN g.k % 4 = 1 AND g.k > 4 THEN CASE coll WHEN 'bookings' THEN (ARRAY[lower(p.last), p.email, regexp_replace(p.phone, '^\+\d+[ -]', ''), p.first || ' ' || p.last])[1 + (g.k / 4) % 4]
            WHEN 'speakers' THEN lower(sp.last_name) WHEN 'clients' THEN p.last WHEN 'contact_submissions' THEN p.email WHEN 'invoices' THEN 'INV-2024' ELSE 'lisbon' END END,
       CASE WHEN coll = 'events' AND g.k % 3 = 0 THEN 'calendar' WHEN coll = 'directus_files' THEN 'cards' ELSE 'tabular' END,
       json_build_object('tabular', json_build_object('fields', CASE coll WHEN 'bookings' THEN '["reference","first_name","last_name","email","ticket_type","payment_status"]'::json
            WHEN 'speakers' THEN '["first_name","last_name","company","status"]'::json ELSE '["id","status","date_created"]'::json END, 'sort', '["-date_created"]'::json, 'page', 1)),
       json_build_object('tabular', json_build_object('widths', json_build_object('email', 240, 'first_name', 140)), 'cards', json_build_object('icon', 'insert_drive_file', 'size', 4)),
       CASE WHEN coll = 'bookings' AND g.k % 7 = 0 THEN 30 END,
       CASE WHEN bm IS NOT NULL AND coll = 'bookings' THEN CASE g.k % 3 WHEN 0 THEN json_build_object('_and', json_build_array(json_build_object('ticket_type', json_build_object('_eq', 'VIP'))))
                 WHEN 1 THEN json_build_object('_and', json_build_array(json_build_object('last_name', json_build_object('_icontains', p.last)), json_build_object('event', json_build_object('_eq', 1 + g.k % 70))))
                 ELSE json_build_object('_and', json_build_array(json_build_object('email', json_build_object('_in', json_build_array(p.email, (SELECT email FROM dgen.pp WHERE i = g.k + 1))))) ) END
            WHEN bm IS NOT NULL AND coll = 'invoices' THEN '{"_and":[{"status":{"_eq":"overdue"}}]}'::json
            WHEN bm IS NOT NULL AND coll = 'contact_submissions' THEN json_build_object('_and', json_build_array(json_build_object('assigned_to', json_build_object('_eq', '$CURRENT_USER')), json_build_object('status', json_build_object('_neq', 'spam'))))
            WHEN bm IS NOT NULL AND coll = 'speakers' THEN json_build_object('_or', json_build_array(json_build_object('phone', json_build_object('_eq', coalesce(sp.phone, fixture_gen.phone('prsp', g.k)))), json_build_object('last_name', json_build_object('_eq', sp.last_name))))
            WHEN bm IS NOT NULL AND coll = 'clients' THEN json_build_object('_and', json_build_array(json_build_object('type', json_build_object('_eq', 'private'))))
            END,
       CASE WHEN bm IS NOT NULL THEN fixture_gen.pick(ARRAY['bookmark', 'star', 'favorite', 'flag'], 'pric', g.k) ELSE 'bookmark' END,
       CASE WHEN bm IS NOT NULL AND g.k % 2 = 0 THEN '#E35169' END
FROM generate_series(1, 80) g(k)
JOIN dgen.pp p ON p.i = 1 + (g.k * 11) % 400
JOIN speakers sp ON sp.id = 1 + (g.k * 5) % 120
CROSS JOIN LATERAL (SELECT (ARRAY[1, 2, 3, 4, 5, 6, 8, 10, 11, 13, 16, 18, 22])[1 + g.k % 13] AS usr,
   fixture_gen.pick(ARRAY['bookings', 'bookings', 'bookings', 'speakers', 'events', 'clients', 'invoices', 'contact_submissions', 'directus_files', 'articles'], 'prco', g.k) AS coll) x
CROSS JOIN LATERAL (SELECT CASE WHEN g.k % 3 = 2 THEN CASE x.coll
     WHEN 'bookings' THEN fixture_gen.pick(ARRAY['VIPs', 'Unpaid', p.last || ' group booking', 'Access needs — ' || (SELECT title FROM dgen.ev WHERE dgen.ev.k = 1 + g.k % 70)], 'prbm', g.k)
     WHEN 'speakers' THEN fixture_gen.pick(ARRAY['Needs visa', 'Portugal numbers', sp.first_name || '''s panel'], 'prbm', g.k)
     WHEN 'clients' THEN fixture_gen.pick(ARRAY['Private clients', p.last || ' wedding'], 'prbm', g.k)
     WHEN 'invoices' THEN 'Overdue' WHEN 'contact_submissions' THEN 'My leads' ELSE NULL END END AS bm) y;

-- Insights.
INSERT INTO directus_dashboards (id, name, icon, note, date_created, user_created, color) VALUES
 (dgen.u('dash', 1), 'Bookings overview', 'confirmation_number', 'Ticket sales per event. Made for the Monday stand-up; ask Maartje before changing it.', '2023-03-01 09:00+00', dgen.u('user', 2), '#1F6F8B'),
 (dgen.u('dash', 2), 'Finance', 'payments', 'Nuno''s view: overdue and paid per month.', '2023-03-02 09:00+00', dgen.u('user', 16), '#2ECDA7'),
 (dgen.u('dash', 3), 'Website leads', 'contact_mail', NULL, '2023-05-10 09:00+00', dgen.u('user', 14), NULL),
 (dgen.u('dash', 4), 'Ops on-call', 'support_agent', 'Who to call during live events. Updated weekly by Tiago.', '2023-06-01 09:00+00', dgen.u('user', 7), '#E35169'),
 (dgen.u('dash', 5), 'Speakers', 'record_voice_over', NULL, '2023-09-12 09:00+00', dgen.u('user', 8), NULL);

INSERT INTO directus_panels (id, dashboard, name, icon, color, show_header, note, type, position_x, position_y, width, height, options, date_created, user_created)
SELECT dgen.u('panel', k), dgen.u('dash', d), n, ic, NULL, true, nt, ty, 1 + (k % 3) * 12, 1 + (k / 3) * 8, 12, 8, o, timestamptz '2023-03-01 09:00+00' + k * interval '3 days', dgen.u('user', CASE d WHEN 2 THEN 16 WHEN 4 THEN 7 WHEN 5 THEN 8 ELSE 2 END)
FROM (VALUES
 (1, 1, 'Tickets sold', 'confirmation_number', NULL, 'metric', '{"collection":"bookings","field":"id","function":"count","filter":{"payment_status":{"_eq":"paid"}}}'::json),
 (2, 1, 'Revenue', 'euro', 'Paid bookings only, incl. VAT.', 'metric', '{"collection":"bookings","field":"amount","function":"sum","prefix":"€ "}'),
 (3, 1, 'Sales per day', NULL, NULL, 'time-series', '{"collection":"bookings","dateField":"date_created","valueField":"id","function":"count","range":"3 months","precision":"day"}'),
 (4, 1, 'By ticket type', NULL, NULL, 'pie-chart', '{"collection":"bookings","column":"ticket_type","function":"count"}'),
 (5, 1, 'Latest bookings', NULL, NULL, 'list', '{"collection":"bookings","displayTemplate":"{{first_name}} {{last_name}} — {{ticket_type}}","limit":10,"sortField":"date_created"}'),
 (6, 1, 'Check-ins today', NULL, NULL, 'metric', '{"collection":"bookings","field":"checked_in_at","function":"count","filter":{"checked_in_at":{"_gte":"$NOW(-1 day)"}}}'),
 (7, 2, 'Overdue', 'warning', 'Chase at 45 days.', 'metric', '{"collection":"invoices","field":"total","function":"sum","filter":{"status":{"_eq":"overdue"}},"prefix":"€ "}'),
 (8, 2, 'Paid per month', NULL, NULL, 'bar-chart', '{"collection":"invoices","xAxis":"paid_at","yAxis":"total","function":"sum"}'),
 (9, 2, 'Overdue list', NULL, NULL, 'list', '{"collection":"invoices","displayTemplate":"{{invoice_number}} · {{billing_name}} · {{total}}","filter":{"status":{"_eq":"overdue"}}}'),
 (10, 2, 'Target', NULL, NULL, 'meter', '{"collection":"invoices","field":"total","function":"sum","maxValue":2500000}'),
 (11, 3, 'New leads', NULL, NULL, 'metric', '{"collection":"contact_submissions","field":"id","function":"count","filter":{"status":{"_eq":"new"}}}'),
 (12, 3, 'Leads per type', NULL, NULL, 'bar-chart', '{"collection":"contact_submissions","xAxis":"event_type","yAxis":"id","function":"count"}'),
 (13, 3, 'Latest leads', NULL, NULL, 'list', '{"collection":"contact_submissions","displayTemplate":"{{name}} ({{event_type}})","limit":15}'),
 (14, 3, 'Newsletter', NULL, NULL, 'metric', '{"collection":"newsletter_signups","field":"id","function":"count","filter":{"status":{"_eq":"confirmed"}}}'),
 (15, 4, 'On call this week', 'call', NULL, 'label', json_build_object('text', 'On call: Tiago Almeida ' || '+351 91' || fixture_gen.digits('ocph', 1, 1) || ' ' || fixture_gen.digits('ocph', 2, 3) || ' ' || fixture_gen.digits('ocph', 3, 3)
     || ' — backup Sipho Ndlovu +351 96' || fixture_gen.digits('ocph', 4, 1) || ' ' || fixture_gen.digits('ocph', 5, 3) || ' ' || fixture_gen.digits('ocph', 6, 3) || '. NL: Daan Visser 06-' || fixture_gen.digits('ocph', 7, 8), 'color', '#E35169')),
 (16, 4, 'Venue emergency numbers', 'local_hospital', NULL, 'label', '{"text":"Emergency: 112. Venue security desks are on each venue''s page."}'),
 (17, 4, 'Live events', NULL, NULL, 'list', '{"collection":"events","displayTemplate":"{{title}} @ {{venue.name}}","filter":{"start_date":{"_between":["$NOW(-1 day)","$NOW(+7 days)"]}}}'),
 (18, 4, 'Crew', NULL, NULL, 'relational-variable', '{"field":"crew","collection":"directus_users","multiple":true}'),
 (19, 5, 'Confirmed speakers', NULL, NULL, 'metric', '{"collection":"speakers","field":"id","function":"count","filter":{"status":{"_eq":"confirmed"}}}'),
 (20, 5, 'Fees', NULL, 'Contracted fees this year.', 'metric', '{"collection":"speakers","field":"fee","function":"sum","prefix":"€ "}'),
 (21, 5, 'Missing headshots', NULL, NULL, 'list', '{"collection":"speakers","displayTemplate":"{{first_name}} {{last_name}}","filter":{"headshot":{"_null":true}}}'),
 (22, 5, 'Visa letters', NULL, NULL, 'list', '{"collection":"speakers","displayTemplate":"{{first_name}} {{last_name}} ({{nationality}})","filter":{"passport_number":{"_nnull":true}}}')
) v(k, d, n, ic, nt, ty, o);

INSERT INTO directus_extensions (id, enabled, folder, source, bundle) VALUES
 (dgen.u('ext', 1), true, 'directus-extension-kestrel-invoice-pdf', 'local', NULL),
 (dgen.u('ext', 2), true, 'directus-extension-kestrel-qr-display', 'local', NULL),
 (dgen.u('ext', 3), true, '@directus-labs/seo-plugin', 'registry', NULL),
 (dgen.u('ext', 4), true, '@directus-labs/command-palette-module', 'registry', NULL),
 (dgen.u('ext', 5), false, 'directus-extension-wpslug-interface', 'registry', NULL),
 (dgen.u('ext', 6), true, 'directus-extension-kestrel-bundle', 'local', NULL),
 (dgen.u('ext', 7), true, 'stripe-webhook-endpoint', 'local', dgen.u('ext', 6)),
 (dgen.u('ext', 8), true, 'hubspot-sync-hook', 'local', dgen.u('ext', 6)),
 (dgen.u('ext', 9), true, 'badge-print-panel', 'local', dgen.u('ext', 6)),
 (dgen.u('ext', 10), true, 'directus-extension-computed-interface', 'registry', NULL);

INSERT INTO directus_translations (id, language, key, value)
SELECT dgen.u('tr', k), l, key, v FROM (VALUES
 (1, 'pt-PT', 'bookings', 'Reservas'), (2, 'nl-NL', 'bookings', 'Boekingen'), (3, 'pt-PT', 'speakers', 'Oradores'), (4, 'nl-NL', 'speakers', 'Sprekers'),
 (5, 'pt-PT', 'venues', 'Espaços'), (6, 'nl-NL', 'venues', 'Locaties'), (7, 'pt-PT', 'clients', 'Clientes'), (8, 'nl-NL', 'clients', 'Klanten'),
 (9, 'pt-PT', 'status_confirmed', 'Confirmado'), (10, 'nl-NL', 'status_confirmed', 'Bevestigd'), (11, 'pt-PT', 'status_pending', 'Pendente'), (12, 'nl-NL', 'status_pending', 'In afwachting'),
 (13, 'pt-PT', 'ticket_vip', 'VIP'), (14, 'nl-NL', 'ticket_vip', 'VIP'), (15, 'pt-PT', 'ticket_student', 'Estudante'), (16, 'nl-NL', 'ticket_student', 'Student'),
 (17, 'pt-PT', 'dietary_requirements', 'Restrições alimentares'), (18, 'nl-NL', 'dietary_requirements', 'Dieetwensen'), (19, 'pt-PT', 'invoices', 'Faturas'), (20, 'nl-NL', 'invoices', 'Facturen'),
 (21, 'pt-PT', 'travel_notes', 'Notas de viagem'), (22, 'nl-NL', 'travel_notes', 'Reisnotities'), (23, 'pt-PT', 'passport_number', 'Número do passaporte'), (24, 'nl-NL', 'passport_number', 'Paspoortnummer'),
 (25, 'pt-PT', 'badge_name', 'Nome no crachá'), (26, 'nl-NL', 'badge_name', 'Naam op badge'), (27, 'pt-PT', 'send_welcome_pack', 'Enviar pack de boas-vindas'), (28, 'nl-NL', 'send_welcome_pack', 'Welkomstpakket versturen'),
 (29, 'pt-PT', 'contact_submissions', 'Pedidos de contacto'), (30, 'nl-NL', 'contact_submissions', 'Contactaanvragen'), (31, 'en-US', 'contact_submissions', 'Contact requests'), (32, 'en-US', 'events_speakers', 'Line-up')
) v(k, l, key, v);

-- The data model: collections, fields and relations of the agency's tables.
INSERT INTO directus_collections (collection, icon, note, display_template, hidden, singleton, translations, archive_field, archive_app_filter, archive_value, unarchive_value,
  sort_field, accountability, color, item_duplication_fields, sort, "group", collapse, preview_url, versioning)
SELECT c, ic, nt, dt, c = 'events_speakers', c = 'globals',
       json_build_array(json_build_object('language', 'pt-PT', 'translation', initcap(replace(c, '_', ' '))), json_build_object('language', 'nl-NL', 'translation', initcap(replace(c, '_', ' ')))),
       CASE WHEN c IN ('events', 'speakers', 'articles', 'venues', 'clients') THEN 'status' END, true, CASE WHEN c IN ('events', 'speakers', 'articles', 'venues', 'clients') THEN 'archived' END,
       CASE WHEN c IN ('events', 'speakers', 'articles', 'venues', 'clients') THEN 'draft' END, CASE WHEN c IN ('speakers', 'faqs', 'team') THEN 'sort' END, 'all', col,
       CASE WHEN c = 'events' THEN '["title","event_type","venue","description"]'::json END, k, grp, 'open',
       CASE WHEN c IN ('articles', 'pages') THEN 'https://www.kestrel-events.example/api/preview?secret=' || dgen.rnd('prv', 1, 24) || '&collection=' || c || '&id={{id}}' END,
       c IN ('articles', 'speakers', 'events')
FROM (VALUES
 (1, 'events', 'event', 'All events: conferences, retreats, weddings, parties.', '{{title}}', NULL, '#1F6F8B'),
 (2, 'bookings', 'confirmation_number', 'Ticket bookings from the website.', '{{reference}} · {{first_name}} {{last_name}}', NULL, NULL),
 (3, 'speakers', 'record_voice_over', NULL, '{{first_name}} {{last_name}}', NULL, NULL),
 (4, 'events_speakers', 'import_export', NULL, NULL, NULL, NULL),
 (5, 'venues', 'location_city', NULL, '{{name}} ({{city}})', NULL, NULL),
 (6, 'sponsors', 'handshake', NULL, '{{name}} — {{tier}}', NULL, NULL),
 (7, 'clients', 'business', 'Companies and private clients.', '{{name}}', 'crm', NULL),
 (8, 'contact_submissions', 'contact_mail', 'From the website contact form.', '{{name}} · {{event_type}}', 'crm', NULL),
 (9, 'newsletter_signups', 'mark_email_read', NULL, '{{email}}', 'crm', NULL),
 (10, 'invoices', 'receipt_long', NULL, '{{invoice_number}}', NULL, '#2ECDA7'),
 (11, 'articles', 'article', NULL, '{{title}}', 'website', NULL),
 (12, 'pages', 'web', NULL, '{{title}}', 'website', NULL),
 (13, 'faqs', 'help', NULL, '{{question}}', 'website', NULL),
 (14, 'team', 'groups', 'Team page on the website.', '{{name}}', 'website', NULL),
 (15, 'testimonials', 'format_quote', NULL, '{{author_name}}', 'website', NULL),
 (16, 'globals', 'public', 'Site-wide settings for the front end.', NULL, 'website', NULL),
 (17, 'crm', 'folder', NULL, NULL, NULL, NULL),
 (18, 'website', 'folder', NULL, NULL, NULL, NULL)
) v(k, c, ic, nt, dt, grp, col);

INSERT INTO directus_fields (id, collection, field, special, interface, options, display, display_options, readonly, hidden, sort, width, translations, note, conditions,
  required, "group", validation, validation_message, searchable)
SELECT row_number() OVER (ORDER BY c.relname, a.attnum), c.relname, a.attname,
       CASE WHEN a.attname = 'user_created' THEN 'user-created' WHEN a.attname = 'user_updated' THEN 'user-updated' WHEN a.attname = 'date_created' THEN 'date-created'
            WHEN a.attname = 'date_updated' THEN 'date-updated' WHEN t.typname = 'json' THEN 'cast-json' WHEN t.typname = 'bool' THEN 'cast-boolean'
            WHEN fk.confrelid IS NOT NULL AND t.typname = 'uuid' AND fk.confrelid = 'directus_files'::regclass THEN 'file' END,
       CASE WHEN a.attname = 'id' THEN 'input' WHEN a.attname = 'status' THEN 'select-dropdown' WHEN a.attname IN ('user_created', 'user_updated') THEN 'select-dropdown-m2o'
            WHEN a.attname IN ('date_created', 'date_updated') THEN 'datetime' WHEN fk.confrelid = 'directus_files'::regclass THEN 'file-image' WHEN fk.confrelid IS NOT NULL THEN 'select-dropdown-m2o'
            WHEN t.typname = 'json' THEN 'input-code' WHEN t.typname = 'bool' THEN 'boolean' WHEN t.typname = 'text' AND a.attname IN ('content', 'bio', 'answer') THEN 'input-rich-text-html'
            WHEN t.typname = 'text' THEN 'input-multiline' WHEN t.typname IN ('timestamp', 'timestamptz', 'date') THEN 'datetime' ELSE 'input' END,
       CASE WHEN a.attname = 'status' THEN '{"choices":[{"text":"Draft","value":"draft"},{"text":"Published","value":"published"},{"text":"Archived","value":"archived"}]}'::json
            WHEN a.attname IN ('user_created', 'user_updated') THEN '{"template":"{{avatar.$thumbnail}} {{first_name}} {{last_name}}"}'::json
            WHEN a.attname = 'phone' OR a.attname LIKE '%_phone' THEN '{"placeholder":"+351 ..."}'::json END,
       CASE WHEN a.attname IN ('user_created', 'user_updated') THEN 'user' WHEN a.attname IN ('date_created', 'date_updated') THEN 'datetime' WHEN a.attname = 'status' THEN 'labels' END,
       CASE WHEN a.attname IN ('date_created', 'date_updated') THEN '{"relative":true}'::json END,
       a.attname IN ('id', 'user_created', 'user_updated', 'date_created', 'date_updated'), a.attname IN ('id', 'user_created', 'user_updated', 'date_created', 'date_updated', 'sort'),
       a.attnum, CASE WHEN a.attname IN ('first_name', 'last_name', 'email', 'phone', 'city', 'postal_code', 'start_date', 'end_date') THEN 'half' ELSE 'full' END,
       CASE WHEN a.attname IN ('passport_number', 'travel_notes', 'badge_name', 'dietary_requirements') THEN json_build_array(json_build_object('language', 'pt-PT', 'translation', initcap(replace(a.attname, '_', ' ')))) END,
       CASE WHEN a.attname = 'passport_number' THEN 'Only for flight bookings and visa letters. Delete after the event.'
            WHEN a.attname = 'qr_code' THEN 'Generated by the website; printed on the ticket.'
            WHEN a.attname = 'fee' THEN 'Agreed fee excl. VAT.'
            WHEN a.attname = 'stripe_payment_intent' THEN 'Set by the Stripe flow.' END,
       CASE WHEN a.attname = 'vat_number' AND c.relname = 'clients' THEN '[{"name":"Companies only","rule":{"_and":[{"type":{"_eq":"private"}}]},"hidden":true}]'::json END,
       a.attname IN ('email', 'title', 'name') AND c.relname <> 'globals', NULL,
       CASE WHEN a.attname LIKE '%email' THEN '{"_and":[{"' || a.attname || '":{"_regex":"^[^@]+@[^@]+$"}}]}' END::json,
       CASE WHEN a.attname LIKE '%email' THEN 'Not a valid email address' END, true
FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = 'public'
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN LATERAL (SELECT co.confrelid FROM pg_constraint co WHERE co.conrelid = c.oid AND co.contype = 'f' AND co.conkey = ARRAY[a.attnum] LIMIT 1) fk ON true
WHERE c.relkind = 'r' AND c.relname NOT LIKE 'directus\_%';

INSERT INTO directus_relations (id, many_collection, many_field, one_collection, one_field, one_collection_field, one_allowed_collections, junction_field, sort_field, one_deselect_action)
SELECT row_number() OVER (ORDER BY c.relname, a.attnum), c.relname, a.attname, fc.relname,
       CASE WHEN c.relname = 'events_speakers' AND a.attname = 'events_id' THEN 'speakers' WHEN c.relname = 'events_speakers' AND a.attname = 'speakers_id' THEN 'events'
            WHEN c.relname = 'bookings' AND a.attname = 'event' THEN 'bookings' END,
       NULL, NULL,
       CASE WHEN c.relname = 'events_speakers' AND a.attname = 'events_id' THEN 'speakers_id' WHEN c.relname = 'events_speakers' AND a.attname = 'speakers_id' THEN 'events_id' END,
       NULL, 'nullify'
FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid JOIN pg_class fc ON fc.oid = co.confrelid
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = co.conkey[1]
JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = 'public'
WHERE co.contype = 'f' AND c.relname NOT LIKE 'directus\_%';

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA dgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
