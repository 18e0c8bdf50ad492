-- classify-eval fixture (HOLDOUT 32: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- self-hosted Penpot 2 of Atelier Nordlicht, a design agency in Hamburg and
-- Lisbon that works in Penpot with its staff, freelancers and the staff of
-- its clients (a brewery, a dental practice, a bank, a nursery, a yoga
-- studio, a law firm, ...). Penpot's own tables as its SQL migrations create
-- them (singular snake_case tables, uuid keys, created_at / modified_at /
-- deleted_at, text[] arrays, jsonb and bytea): profiles with full names,
-- emails, argon2id and older bcrypt+sha512 hashes ('!' where the login is at
-- Google, GitHub or the OIDC provider), and onboarding answers (role,
-- company size, planning) in props; teams (a "Default" team per profile
-- beside client teams), memberships, invitations by email, access requests;
-- projects; files whose names name people (business cards, headshots, CVs,
-- invitations) and whose data is a fressian blob of the design with the text
-- layers of mock-ups: names, phones, emails and street addresses; file
-- changes with the typed text in their changes blob and version labels;
-- media objects named after the photographed people; thumbnails, data
-- fragments, library links and migrations; comment threads and comments
-- naming colleagues and clients with @mentions; http sessions (the id is the
-- auth-token cookie) with user agents; access tokens as JWEs; webhooks, some
-- with a token in the URL, and their deliveries carrying the event with the
-- profile's name and email; the audit log (partitioned, as Penpot does) with
-- request props holding emails and names and a context with the user agent,
-- and the IP; storage objects whose metadata sometimes keeps the uploaded
-- file name; tasks whose props carry invitation and recovery tokens and
-- whose errors quote bounced addresses; server props with the instance's
-- secret key; error reports quoting the request and the email; bounce and
-- complaint reports; team fonts; share links (the id opens the file);
-- quotas. Beside it, the agency's own schema `studio`: clients (some sole
-- traders), contacts with phones, birthdays and notes, staff, engagements
-- and briefs, time entries, invoices with the payer's IBAN, model releases
-- of the people in photos, usability-test participants with recordings,
-- client logins with passwords, review rounds with share URLs, inbound leads
-- and a key/value settings table with the automation's tokens.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- b64url: URL-safe unpadded base64 of len bytes.
CREATE FUNCTION pgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION pgen.u(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.uuid(tag, i)::uuid $$;

-- at: a time between two dates.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- fressian-like encodings: a string, a keyword, a uuid, a map of keyword
-- to string pairs.
CREATE FUNCTION pgen.fs(s text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT '\xe3'::bytea || int2send(octet_length(convert_to(s, 'UTF8'))::int2) || convert_to(s, 'UTF8') $$;

CREATE FUNCTION pgen.fk(s text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT '\xcaf7'::bytea || pgen.fs(s) $$;

CREATE FUNCTION pgen.fu(u uuid) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT '\xc3'::bytea || uuid_send(u) $$;

-- a text shape: its id, name and content.
CREATE FUNCTION pgen.ftext(tag text, i bigint, k int, name text, content text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT '\xc0'::bytea || pgen.fk('id') || pgen.fu(pgen.u(tag || k, i)) || pgen.fk('type') || pgen.fk('text')
      || pgen.fk('name') || pgen.fs(name) || pgen.fk('content') || '\xc0'::bytea || pgen.fk('type') || pgen.fs('root')
      || pgen.fk('children') || '\xe4'::bytea || pgen.fk('text') || pgen.fs(content)
      || pgen.fk('font-family') || pgen.fs(fixture_gen.pick(ARRAY['sourcesanspro', 'Inter', 'Work Sans', 'IBM Plex Sans'], tag || 'ff' || k, i))
$$;

-- a rect or frame shape without text.
CREATE FUNCTION pgen.fshape(tag text, i bigint, k int, typ text, name text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT '\xc0'::bytea || pgen.fk('id') || pgen.fu(pgen.u(tag || k, i)) || pgen.fk('type') || pgen.fk(typ)
      || pgen.fk('name') || pgen.fs(name) || pgen.fk('x') || int4send(fixture_gen.n(tag || 'x' || k, i, 1440))
      || pgen.fk('y') || int4send(fixture_gen.n(tag || 'y' || k, i, 900)) || pgen.fk('fills') || '\xe4'::bytea
      || pgen.fk('fill-color') || pgen.fs('#' || substr(md5(tag || k || i), 1, 6))
$$;

-- Clients of the agency. sole: a sole trader, whose legal name is the owner.
CREATE TABLE pgen.cl (k int PRIMARY KEY, name text, legal text, form text, domain text, street text, pc text, city text, country text, industry text, sole boolean, owner_first text, owner_last text);
INSERT INTO pgen.cl VALUES
  (1, 'Hafenbräu', 'Hafenbräu Brauerei GmbH', 'GmbH', 'hafenbraeu.de', 'Große Elbstraße 145', '22767', 'Hamburg', 'DE', 'Brewery', false, NULL, NULL),
  (2, 'Zahnarztpraxis am Hafen', 'Dr. med. dent. Zofia Kowalski', 'Einzelunternehmen', 'praxis-amhafen.de', 'Ditmar-Koel-Straße 22', '20459', 'Hamburg', 'DE', 'Dental practice', true, 'Zofia', 'Kowalski'),
  (3, 'Lumiar Imobiliária', 'Lumiar Imobiliária, Lda.', 'Lda.', 'lumiar-imobiliaria.pt', 'Alameda das Linhas de Torres 180', '1750-142', 'Lisboa', 'PT', 'Real estate', false, NULL, NULL),
  (4, 'Nordsee Fähren', 'Nordsee Fähren AG', 'AG', 'nordsee-faehren.de', 'Am Alten Hafen 3', '27472', 'Cuxhaven', 'DE', 'Ferry operator', false, NULL, NULL),
  (5, 'Cervejaria Tejo', 'Cervejaria Tejo, S.A.', 'S.A.', 'cervejariatejo.pt', 'Rua do Açúcar 88', '1950-010', 'Lisboa', 'PT', 'Brewery', false, NULL, NULL),
  (6, 'Okafor Legal', 'Okafor Legal LLP', 'LLP', 'okaforlegal.co.uk', '41 Chancery Lane', 'WC2A 1JA', 'London', 'GB', 'Law firm', false, NULL, NULL),
  (7, 'Amara Yoga Studio', 'Amara Mensah', 'Einzelunternehmen', 'amarayoga.de', 'Lychener Straße 51', '10437', 'Berlin', 'DE', 'Yoga studio', true, 'Amara', 'Mensah'),
  (8, 'Banco Atlântico Digital', 'Banco Atlântico Digital, S.A.', 'S.A.', 'bancoatlantico.pt', 'Avenida da Boavista 1277', '4100-130', 'Porto', 'PT', 'Bank', false, NULL, NULL),
  (9, 'Grünwerk Solar', 'Grünwerk Solar GmbH', 'GmbH', 'gruenwerk-solar.de', 'Konsul-Smidt-Straße 8', '28217', 'Bremen', 'DE', 'Solar installer', false, NULL, NULL),
  (10, 'Tanaka Ceramics', 'Yuki Tanaka', 'Sole proprietor', 'tanakaceramics.com', 'Gojozaka 2-14', '605-0846', 'Kyoto', 'JP', 'Ceramics', true, 'Yuki', 'Tanaka'),
  (11, 'Fjordline Outdoor', 'Fjordline Outdoor AS', 'AS', 'fjordline-outdoor.no', 'Bryggen 27', '5003', 'Bergen', 'NO', 'Outdoor retail', false, NULL, NULL),
  (12, 'Stadtwerke Elbtal', 'Stadtwerke Elbtal GmbH', 'GmbH', 'stadtwerke-elbtal.de', 'Rosa-Luxemburg-Platz 1', '01069', 'Dresden', 'DE', 'Utility', false, NULL, NULL),
  (13, 'Haddad & Khalil Architects', 'Haddad & Khalil Architects FZ-LLC', 'FZ-LLC', 'hk-architects.ae', 'Dubai Design District, Building 7', '00000', 'Dubai', 'AE', 'Architecture', false, NULL, NULL),
  (14, 'MediCare Plus', 'MediCare Plus Clinics Ltd', 'Ltd', 'medicareplus.ie', '12 Fitzwilliam Square', 'D02 X285', 'Dublin', 'IE', 'Private clinics', false, NULL, NULL),
  (15, 'Patel Spice Co.', 'Patel Spice Company Ltd', 'Ltd', 'patelspice.co.uk', '118 Belgrave Gate', 'LE1 3GQ', 'Leicester', 'GB', 'Food', false, NULL, NULL),
  (16, 'Kita Sonnenschein', 'Kinderkrippe Sonnenschein e.V.', 'e.V.', 'kita-sonnenschein.de', 'Bahrenfelder Straße 201', '22765', 'Hamburg', 'DE', 'Nursery', false, NULL, NULL),
  (17, 'Virtanen Bikes', 'Virtanen Bikes Oy', 'Oy', 'virtanenbikes.fi', 'Fredrikinkatu 34', '00100', 'Helsinki', 'FI', 'Bicycles', false, NULL, NULL),
  (18, 'Studio Legale Rossi', 'Avv. Giulia Rossi', 'Ditta individuale', 'avvocatorossi.it', 'Via dell''Indipendenza 44', '40121', 'Bologna', 'IT', 'Law practice', true, 'Giulia', 'Rossi'),
  (19, 'Demir Logistik', 'Demir Logistik GmbH', 'GmbH', 'demir-logistik.de', 'Max-Planck-Straße 19', '50858', 'Köln', 'DE', 'Logistics', false, NULL, NULL),
  (20, 'Silva & Santos Turismo', 'Silva & Santos Turismo, Lda.', 'Lda.', 'silvasantos.pt', 'Rua de Santo António 60', '8000-283', 'Faro', 'PT', 'Tourism', false, NULL, NULL),
  (21, 'Freundeskreis Kunsthalle', 'Freundeskreis der Kunsthalle e.V.', 'e.V.', 'freundeskreis-kunsthalle.de', 'Glockengießerwall 5', '20095', 'Hamburg', 'DE', 'Arts association', false, NULL, NULL),
  (22, 'Park Robotics', 'Park Robotics Inc.', 'Inc.', 'parkrobotics.kr', '231 Teheran-ro, Gangnam-gu', '06142', 'Seoul', 'KR', 'Robotics', false, NULL, NULL),
  (23, 'Dlamini Wines', 'Dlamini Wines (Pty) Ltd', '(Pty) Ltd', 'dlaminiwines.co.za', '14 Dorp Street', '7600', 'Stellenbosch', 'ZA', 'Winery', false, NULL, NULL),
  (24, 'Atelier Nordlicht', 'Atelier Nordlicht GmbH', 'GmbH', 'nordlicht.studio', 'Schanzenstraße 75', '20357', 'Hamburg', 'DE', 'Design agency', false, NULL, NULL);

-- People. 1-20: the agency's staff; 21-150: clients' staff; 151-200:
-- freelancers and people who signed up themselves; 201-230: demo profiles.
CREATE TABLE pgen.p (i int PRIMARY KEY, id uuid, kind text, k int, first text, last text, fullname text, email text, lang text, auth text, created timestamptz, deleted timestamptz);
INSERT INTO pgen.p
SELECT i, pgen.u('profile', i), kind, k, f, l, f || ' ' || l,
       CASE kind WHEN 'staff' THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@nordlicht.studio'
                 WHEN 'client' THEN CASE WHEN i % 3 = 0 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) END || '@' || (SELECT domain FROM pgen.cl WHERE cl.k = x.k)
                 WHEN 'free' THEN fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '', '_', '.'], 'pfs', i) || fixture_gen.ascii(l) || CASE WHEN i % 4 = 0 THEN (i % 97)::text ELSE '' END || '@'
                      || fixture_gen.pick(ARRAY['gmail.com', 'posteo.de', 'proton.me', 'outlook.com', 'gmx.de', 'sapo.pt', 'icloud.com', 'hey.com'], 'pfd', i)
                 ELSE 'demo-' || fixture_gen.uuid('demo', i) || '.demo@example.com' END,
       CASE WHEN kind = 'demo' THEN NULL ELSE fixture_gen.pick(ARRAY['en', 'de', 'de', 'pt-PT', 'en', NULL, 'fr', 'es', 'ja-JP', 'it'], 'plang', i) END,
       CASE WHEN kind = 'demo' THEN 'penpot' WHEN kind = 'staff' THEN CASE WHEN i <= 4 THEN 'penpot' ELSE 'oidc' END
            WHEN k IN (8, 12) THEN 'oidc' ELSE fixture_gen.pick(ARRAY['penpot', 'penpot', 'penpot', 'google', 'github', 'penpot'], 'pauth', i) END,
       CASE WHEN kind = 'staff' THEN pgen.at('pc', i, '2021-03-01', '2023-06-01') WHEN kind = 'demo' THEN pgen.at('pc', i, '2024-01-01', '2024-09-20') ELSE pgen.at('pc', i, '2021-06-01', '2024-09-01') END,
       NULL
FROM (SELECT i, CASE WHEN i <= 20 THEN 'staff' WHEN i <= 150 THEN 'client' WHEN i <= 200 THEN 'free' ELSE 'demo' END AS kind,
             CASE WHEN i <= 20 THEN 24 WHEN i <= 150 THEN 1 + (i % 23) ELSE NULL END AS k,
             CASE WHEN i > 200 THEN 'Demo' ELSE fixture_gen.first_name('pfn', i) END AS f,
             CASE WHEN i > 200 THEN 'User ' || (i - 200) ELSE fixture_gen.last_name('pln', i) END AS l
      FROM generate_series(1, 230) i) x;
-- the sole traders are their practices' own accounts
UPDATE pgen.p SET first = cl.owner_first, last = cl.owner_last, fullname = cl.owner_first || ' ' || cl.owner_last,
       email = CASE cl.k WHEN 2 THEN 'praxis@praxis-amhafen.de' WHEN 7 THEN 'hello@amarayoga.de' WHEN 10 THEN 'yuki@tanakaceramics.com' ELSE 'g.rossi@avvocatorossi.it' END
FROM pgen.cl WHERE cl.sole AND p.k = cl.k AND p.i = (SELECT min(i) FROM pgen.p q WHERE q.k = cl.k);
UPDATE pgen.p SET fullname = 'Demo User', email = 'demo-' || fixture_gen.uuid('demo', i) || '.demo@example.com', deleted = created + interval '7 days' WHERE kind = 'demo';
UPDATE pgen.p SET deleted = pgen.at('pdel', i, created + interval '30 days', created + interval '400 days') WHERE kind IN ('client', 'free') AND i % 29 = 0;

-- Penpot's tables, as its migrations leave them.
CREATE TABLE migrations (
  module text NOT NULL,
  step text NOT NULL,
  created_at timestamp DEFAULT current_timestamp,
  UNIQUE (module, step)
);

CREATE TABLE profile (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz NULL,
  fullname text NOT NULL DEFAULT '',
  email text NOT NULL,
  password text NOT NULL,
  lang text NULL,
  theme text NULL,
  is_demo boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT false,
  props jsonb,
  is_muted boolean DEFAULT false,
  auth_backend text NULL,
  is_blocked boolean DEFAULT false,
  photo_id uuid NULL,
  default_team_id uuid NULL,
  default_project_id uuid NULL
);
CREATE UNIQUE INDEX profile__email__idx ON profile (email) WHERE deleted_at IS null;
CREATE INDEX profile__is_demo ON profile (is_demo) WHERE deleted_at IS null AND is_demo IS true;

CREATE TABLE team (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz NULL,
  name text NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  photo_id uuid NULL,
  features text[] NULL
);

CREATE TABLE team_profile_rel (
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
  profile_id uuid NOT NULL REFERENCES profile(id) ON DELETE RESTRICT,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  is_admin boolean DEFAULT false,
  is_owner boolean DEFAULT false,
  can_edit boolean DEFAULT false,
  PRIMARY KEY (team_id, profile_id)
);

CREATE TABLE team_invitation (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
  email_to text NOT NULL,
  role text NOT NULL,
  valid_until timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NULL REFERENCES profile(id) ON DELETE SET NULL DEFERRABLE,
  PRIMARY KEY (team_id, email_to)
);

CREATE TABLE team_access_request (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE DEFERRABLE,
  requester_id uuid NULL REFERENCES profile(id) ON DELETE CASCADE DEFERRABLE,
  valid_until timestamptz NOT NULL,
  auto_join_until timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE project (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz DEFAULT NULL,
  is_default boolean NOT NULL DEFAULT false,
  name text NOT NULL
);

CREATE TABLE project_profile_rel (
  profile_id uuid NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
  project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  is_owner boolean DEFAULT false,
  is_admin boolean DEFAULT false,
  can_edit boolean DEFAULT false,
  PRIMARY KEY (profile_id, project_id)
);

CREATE TABLE team_project_profile_rel (
  profile_id uuid NOT NULL REFERENCES profile(id) ON DELETE CASCADE DEFERRABLE,
  project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE DEFERRABLE,
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE DEFERRABLE,
  is_pinned boolean NOT NULL DEFAULT false,
  PRIMARY KEY (team_id, profile_id, project_id)
);

CREATE TABLE file (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz DEFAULT NULL,
  name text NOT NULL,
  revn bigint NOT NULL DEFAULT 0,
  is_shared boolean NOT NULL DEFAULT false,
  has_media_trimmed boolean DEFAULT false,
  data bytea NULL,
  ignore_sync_until timestamptz NULL,
  comment_thread_seqn integer DEFAULT 0,
  features text[] NULL,
  data_backend text NULL,
  data_ref_id uuid NULL,
  version integer NULL,
  vern integer NOT NULL DEFAULT 0
);
ALTER TABLE file ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE file_profile_rel (
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE,
  profile_id uuid NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  is_owner boolean DEFAULT false,
  is_admin boolean DEFAULT false,
  can_edit boolean DEFAULT false,
  PRIMARY KEY (file_id, profile_id)
);

CREATE TABLE file_library_rel (
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE,
  library_file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  synced_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (file_id, library_file_id)
);

CREATE TABLE file_change (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  session_id uuid NULL DEFAULT NULL,
  revn bigint NOT NULL DEFAULT 0,
  data bytea NULL DEFAULT NULL,
  changes bytea NULL DEFAULT NULL,
  profile_id uuid NULL REFERENCES profile(id) ON DELETE SET NULL DEFERRABLE,
  features text[] NULL,
  label text NULL,
  created_by text NOT NULL DEFAULT 'system',
  version integer NULL,
  deleted_at timestamptz NULL
);

CREATE TABLE file_migration (
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE DEFERRABLE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (file_id, name)
);

CREATE TABLE storage_object (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL DEFAULT NULL,
  size bigint NOT NULL DEFAULT 0,
  backend text NOT NULL,
  metadata jsonb NULL DEFAULT NULL,
  touched_at timestamptz NULL
);

CREATE TABLE file_media_object (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz NULL,
  name text NOT NULL,
  width int NOT NULL,
  height int NOT NULL,
  mtype text NOT NULL,
  is_local boolean NOT NULL DEFAULT false,
  media_id uuid NOT NULL REFERENCES storage_object(id) ON DELETE CASCADE DEFERRABLE,
  thumbnail_id uuid NULL REFERENCES storage_object(id) ON DELETE CASCADE DEFERRABLE
);

CREATE TABLE file_thumbnail (
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE DEFERRABLE,
  revn bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL,
  media_id uuid NULL REFERENCES storage_object(id) ON DELETE CASCADE DEFERRABLE,
  PRIMARY KEY (file_id, revn)
);

CREATE TABLE file_tagged_object_thumbnail (
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE DEFERRABLE,
  tag text NOT NULL DEFAULT 'frame',
  object_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL,
  media_id uuid NULL REFERENCES storage_object(id) ON DELETE CASCADE DEFERRABLE,
  PRIMARY KEY (file_id, tag, object_id)
);

CREATE TABLE file_data_fragment (
  id uuid NOT NULL,
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE DEFERRABLE,
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL,
  metadata jsonb NULL,
  content bytea NOT NULL,
  PRIMARY KEY (file_id, id)
);

CREATE TABLE comment_thread (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  page_id uuid NOT NULL,
  page_name text NULL,
  participants jsonb NOT NULL,
  seqn integer NOT NULL DEFAULT 0,
  position point,
  is_resolved boolean NOT NULL DEFAULT false,
  frame_id uuid NULL
);

CREATE TABLE comment_thread_status (
  thread_id uuid NOT NULL REFERENCES comment_thread(id) ON DELETE CASCADE,
  profile_id uuid NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (thread_id, profile_id)
);

CREATE TABLE comment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  thread_id uuid NOT NULL REFERENCES comment_thread(id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  modified_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  content text NOT NULL,
  mentions uuid[] NULL
);

CREATE TABLE http_session (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  profile_id uuid REFERENCES profile(id) ON DELETE CASCADE,
  user_agent text NULL
);

CREATE TABLE access_token (
  id uuid NOT NULL PRIMARY KEY,
  profile_id uuid NOT NULL REFERENCES profile(id) ON DELETE CASCADE DEFERRABLE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  name text NOT NULL,
  token text NOT NULL,
  perms text[] NULL,
  expires_at timestamptz NULL
);

CREATE TABLE webhook (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE DEFERRABLE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  uri text NOT NULL,
  mtype text NOT NULL,
  error_code text NULL,
  error_count smallint DEFAULT 0,
  is_active boolean DEFAULT true,
  secret_key text NULL,
  profile_id uuid NULL REFERENCES profile(id) ON DELETE SET NULL DEFERRABLE
);

CREATE TABLE webhook_delivery (
  webhook_id uuid NOT NULL REFERENCES webhook(id) ON DELETE CASCADE DEFERRABLE,
  created_at timestamptz NOT NULL DEFAULT now(),
  error_code text NULL,
  req_data jsonb NULL,
  rsp_data jsonb NULL,
  PRIMARY KEY (webhook_id, created_at)
);

CREATE TABLE audit_log (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  type text NOT NULL,
  created_at timestamptz DEFAULT clock_timestamp() NOT NULL,
  archived_at timestamptz NULL,
  profile_id uuid NOT NULL,
  props jsonb,
  ip_addr inet NULL,
  context jsonb NULL,
  tracked_at timestamptz NULL,
  source text NULL,
  PRIMARY KEY (created_at, profile_id)
) PARTITION BY RANGE (created_at);
CREATE INDEX audit_log_id_archived_at_idx ON audit_log (id, archived_at);
CREATE TABLE audit_log_default (LIKE audit_log INCLUDING ALL);
ALTER TABLE audit_log ATTACH PARTITION audit_log_default DEFAULT;

CREATE TABLE task (
  id uuid DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  modified_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz NULL DEFAULT NULL,
  scheduled_at timestamptz NOT NULL,
  priority smallint DEFAULT 100,
  queue text NOT NULL,
  name text NOT NULL,
  props jsonb NOT NULL,
  error text NULL DEFAULT NULL,
  retry_num smallint NOT NULL DEFAULT 0,
  max_retries smallint NOT NULL DEFAULT 3,
  status text NOT NULL DEFAULT 'new',
  label text NULL,
  PRIMARY KEY (id, status)
);

CREATE TABLE scheduled_task (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  modified_at timestamptz NOT NULL DEFAULT now(),
  cron_expr text NOT NULL
);

CREATE TABLE server_prop (
  id text PRIMARY KEY,
  content jsonb,
  preload boolean DEFAULT false
);

CREATE TABLE server_error_report (
  id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  content jsonb,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (id, created_at)
);

CREATE TABLE profile_complaint_report (
  profile_id uuid NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  type text NOT NULL,
  content jsonb,
  PRIMARY KEY (profile_id, created_at)
);

CREATE TABLE global_complaint_report (
  email text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  type text NOT NULL,
  content jsonb,
  PRIMARY KEY (email, created_at)
);

CREATE TABLE team_font_variant (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
  profile_id uuid NULL REFERENCES profile(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  modified_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz NULL DEFAULT NULL,
  font_id uuid NOT NULL,
  font_family text NOT NULL,
  font_weight smallint NOT NULL,
  font_style text NOT NULL,
  otf_file_id uuid NULL REFERENCES storage_object(id) ON DELETE SET NULL,
  ttf_file_id uuid NULL REFERENCES storage_object(id) ON DELETE SET NULL,
  woff1_file_id uuid NULL REFERENCES storage_object(id) ON DELETE SET NULL,
  woff2_file_id uuid NULL REFERENCES storage_object(id) ON DELETE SET NULL
);

CREATE TABLE share_link (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file_id uuid NOT NULL REFERENCES file(id) ON DELETE CASCADE DEFERRABLE,
  owner_id uuid NULL REFERENCES profile(id) ON DELETE SET NULL DEFERRABLE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  pages uuid[],
  flags text[],
  who_comment text NOT NULL DEFAULT 'team',
  who_inspect text NOT NULL DEFAULT 'team'
);

CREATE TABLE usage_quote (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  target text NOT NULL,
  quote bigint NOT NULL,
  profile_id uuid NULL REFERENCES profile(id) ON DELETE CASCADE DEFERRABLE,
  project_id uuid NULL REFERENCES project(id) ON DELETE CASCADE DEFERRABLE,
  team_id uuid NULL REFERENCES team(id) ON DELETE CASCADE DEFERRABLE,
  file_id uuid NULL REFERENCES file(id) ON DELETE CASCADE DEFERRABLE
);

-- Data.
INSERT INTO migrations (module, step, created_at)
SELECT 'main', s, ('2021-03-01 10:00:00'::timestamp + make_interval(days => (k * 9)::int))
FROM unnest(ARRAY['0001-add-extensions', '0002-add-profile-tables', '0003-add-project-tables', '0004-add-tasks-tables', '0005-add-libraries-tables',
  '0006-add-presence-tables', '0007-drop-version-field-from-page-table', '0008-add-generic-token-table', '0009-drop-profile-email-table',
  '0010-add-http-session-table', '0011-add-session-id-field-to-page-change-table', '0012-make-libraries-linked-to-a-file', '0013-mark-files-shareable',
  '0014-refactor-media-objects', '0015-improve-tasks-tables', '0016-truncate-and-alter-tokens-table', '0017-link-files-to-libraries',
  '0018-add-file-trimming-triggers', '0019-add-improved-scheduled-tasks', '0020-minor-fixes-to-media-object', '0021-http-session-improvements',
  '0022-page-file-refactor', '0023-adapt-old-pages-and-components', '0024-mod-profile-table', '0025-del-generic-tokens-table',
  '0026-mod-file-library-rel-table-synced-date', '0027-mod-file-table-ignore-sync', '0028-add-team-project-profile-rel-table',
  '0029-del-project-profile-rel-indexes', '0030-mod-file-table-add-missing-index', '0031-add-conversation-related-tables',
  '0032-del-unused-tables', '0033-mod-comment-thread-table', '0034-mod-profile-table-add-props-field', '0035-add-storage-tables',
  '0036-mod-storage-referenced-tables', '0037-del-obsolete-triggers', '0038-add-storage-on-delete-triggers', '0039-fix-some-on-delete-triggers',
  '0040-add-error-report-tables', '0041-mod-pg-storage-options', '0042-add-server-prop-table', '0043-drop-old-tables-and-fields',
  '0044-add-storage-refcount', '0045-add-index-to-file-change-table', '0046-add-profile-complaint-table', '0047-mod-file-change-table',
  '0048-mod-storage-tables', '0049-mod-http-session-table', '0050-mod-server-prop-table', '0051-mod-file-library-rel-table',
  '0052-del-legacy-user-and-team', '0053-add-team-font-variant-table', '0054-add-audit-log-table', '0055-mod-file-media-object-table',
  '0056-add-missing-index-on-deleted-at', '0057-del-profile-on-delete-trigger', '0058-del-team-on-delete-trigger', '0059-mod-audit-log-table',
  '0060-mod-file-change-table', '0061-mod-file-table', '0062-fix-metadata-media', '0063-add-share-link-table', '0064-mod-audit-log-table',
  '0065-add-trivial-spelling-fixes', '0066-add-frame-thumbnail-table', '0067-add-team-invitation-table', '0068-mod-storage-object-table',
  '0069-add-file-thumbnail-table', '0070-del-frame-thumbnail-table', '0071-add-file-object-thumbnail-table', '0072-mod-file-object-thumbnail-table',
  '0073-mod-file-media-object-constraints', '0074-mod-file-library-rel-constraints', '0075-mod-share-link-table', '0076-mod-storage-object-table',
  '0077-mod-comment-thread-table', '0078-mod-file-media-object-table-drop-cascade', '0079-mod-profile-table', '0080-mod-index-names',
  '0081-add-deleted-at-index-to-file-table', '0082-add-features-column-to-file-table', '0083-add-file-data-fragment-table',
  '0084-add-features-column-to-file-change-table', '0085-add-webhook-table', '0086-add-webhook-delivery-table', '0087-mod-task-table',
  '0088-mod-team-profile-rel-table', '0089-mod-project-profile-rel-table', '0090-mod-http-session-table', '0091-mod-team-project-profile-rel-table',
  '0092-mod-team-invitation-table', '0093-del-file-share-tokens-table', '0094-del-profile-attr-table', '0095-del-storage-data-table',
  '0096-del-storage-pending-table', '0097-mod-profile-table', '0098-add-quotes-table', '0099-add-access-token-table', '0100-mod-profile-indexes',
  '0101-mod-server-error-report-table', '0102-mod-access-token-table', '0103-mod-file-object-thumbnail-table', '0104-mod-file-thumbnail-table',
  '0105-mod-file-change-table', '0105-mod-server-error-report-table', '0106-add-file-tagged-object-thumbnail-table', '0106-mod-team-table',
  '0107-mod-file-tagged-object-thumbnail-table', '0107-add-deletion-protection-trigger-function', '0108-mod-file-thumbnail-table',
  '0109-mod-file-tagged-object-thumbnail-table', '0110-mod-file-media-object-table', '0111-mod-file-data-fragment-table',
  '0112-mod-profile-table', '0113-mod-team-font-variant-table', '0114-mod-team-table', '0115-mod-project-profile-rel-table',
  '0116-mod-file-table', '0117-mod-file-object-thumbnail-table', '0118-mod-task-table', '0119-mod-file-table', '0120-mod-audit-log-table',
  '0121-mod-file-data-fragment-table', '0122-mod-file-data-fragment-table', '0123-mod-file-change-table', '0124-mod-profile-table',
  '0125-mod-comment-table', '0126-add-team-access-request-table', '0127-mod-storage-object-table', '0128-mod-task-table',
  '0129-mod-file-change-table', '0130-mod-file-change-table', '0131-mod-webhook-table', '0132-mod-file-change-table',
  '0133-mod-file-table', '0134-mod-file-table', '0135-mod-comment-thread-table', '0136-mod-team-invitation-table']) WITH ORDINALITY AS t(s, k);

-- Storage objects: profile photos (1-230), team photos (1001-1028), media of
-- files (2001-2400) and their thumbnails (3001-3400), file thumbnails
-- (4001-4320), frame thumbnails (5001-5400), font files (6001-6100), file
-- data kept in the object storage (7001-7320).
CREATE TABLE pgen.so (n int PRIMARY KEY, bucket text, ctype text, size bigint, at timestamptz, fname text);
INSERT INTO pgen.so
SELECT n, b, ct, 20000 + fixture_gen.n('sosz', n, 2400000), pgen.at('soat', n, '2021-06-01', '2024-09-25'), NULL
FROM (SELECT n, CASE WHEN n <= 230 THEN 'profile' WHEN n <= 1028 THEN 'team' WHEN n <= 3400 THEN 'file-media-object' WHEN n <= 4320 THEN 'file-thumbnail'
                     WHEN n <= 5400 THEN 'file-object-thumbnail' WHEN n <= 6100 THEN 'team-font-variant' ELSE 'file-data' END AS b,
             CASE WHEN n <= 230 THEN fixture_gen.pick(ARRAY['image/jpeg', 'image/png', 'image/webp'], 'soct', n) WHEN n <= 1028 THEN 'image/png'
                  WHEN n <= 2400 THEN fixture_gen.pick(ARRAY['image/jpeg', 'image/jpeg', 'image/png', 'image/svg+xml', 'image/webp'], 'soct', n)
                  WHEN n <= 3400 THEN 'image/webp' WHEN n <= 5400 THEN 'image/png'
                  WHEN n <= 6100 THEN fixture_gen.pick(ARRAY['font/woff2', 'font/woff', 'font/ttf', 'font/otf'], 'soct', n) ELSE 'application/octet-stream' END AS ct
      FROM (SELECT generate_series(1, 230) UNION ALL SELECT generate_series(1001, 1028) UNION ALL SELECT generate_series(2001, 2400)
            UNION ALL SELECT generate_series(3001, 3400) UNION ALL SELECT generate_series(4001, 4320) UNION ALL SELECT generate_series(5001, 5400)
            UNION ALL SELECT generate_series(6001, 6100) UNION ALL SELECT generate_series(7001, 7320)) g(n)) x;

-- Media of files: photos of people (headshots, team pages), logos,
-- product shots and screenshots, with the uploaded file names.
CREATE TABLE pgen.mo (n int PRIMARY KEY, file int, pi int, name text, w int, h int);
INSERT INTO pgen.mo
SELECT n, 1 + fixture_gen.n('mof', n, 300), pi,
       CASE fixture_gen.n('mok', n, 9)
         WHEN 0 THEN 'headshot-' || lower(replace(fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last), ' ', '-'))
         WHEN 1 THEN p.first || ' ' || p.last || ' Portrait'
         WHEN 2 THEN 'Team_' || replace(p.first, ' ', '') || '_' || replace(p.last, ' ', '') || '_2024'
         WHEN 3 THEN 'IMG_' || (1000 + fixture_gen.n('moimg', n, 8999))::text
         WHEN 4 THEN fixture_gen.pick(ARRAY['logo-primary', 'logo-negative', 'wordmark', 'favicon', 'brand-pattern'], 'mol', n)
         WHEN 5 THEN fixture_gen.pick(ARRAY['hero-harbour', 'beer-bottle-ipa', 'ferry-deck', 'solar-roof', 'yoga-mat-sunrise', 'bike-gravel', 'spice-jars', 'vineyard-dusk'], 'moh', n)
         WHEN 6 THEN 'Screenshot 2024-0' || (1 + fixture_gen.n('mos', n, 9))::text || '-1' || fixture_gen.n('mos2', n, 9)::text || ' at 1' || fixture_gen.n('mos3', n, 9)::text || '.2' || fixture_gen.n('mos4', n, 9)::text || '.11'
         WHEN 7 THEN 'icon-' || fixture_gen.pick(ARRAY['cart', 'user', 'phone', 'mail', 'pin', 'calendar', 'download'], 'moi', n)
         ELSE 'Mitarbeiterfoto ' || p.first || ' ' || p.last END,
       fixture_gen.pick(ARRAY['1920', '1200', '800', '512', '2400', '64'], 'mow', n)::int, fixture_gen.pick(ARRAY['1080', '1600', '800', '512', '1350', '64'], 'moh2', n)::int
FROM (SELECT n, 1 + fixture_gen.n('mop', n, 200) AS pi FROM generate_series(2001, 2400) n) x JOIN pgen.p p ON p.i = x.pi;
UPDATE pgen.so SET fname = mo.name || CASE WHEN so.ctype = 'image/png' THEN '.png' WHEN so.ctype = 'image/svg+xml' THEN '.svg' WHEN so.ctype = 'image/webp' THEN '.webp' ELSE '.jpg' END
FROM pgen.mo WHERE so.n = mo.n AND mo.n % 3 <> 0;

INSERT INTO storage_object (id, created_at, deleted_at, size, backend, metadata, touched_at)
SELECT pgen.u('so', n), at, CASE WHEN n % 41 = 0 THEN at + interval '9 days' END, size,
       CASE WHEN at < '2023-01-01' THEN 'assets-fs' ELSE 'assets-s3' END,
       CASE WHEN bucket = 'file-data' THEN jsonb_build_object('~:bucket', bucket, '~:content-type', ctype, '~:file-id', '~u' || fixture_gen.uuid('file', n - 7000))
            WHEN fname IS NOT NULL THEN jsonb_build_object('~:bucket', bucket, '~:content-type', ctype, '~:reference', '~:file-media-object', '~:original-name', fname)
            WHEN bucket = 'team-font-variant' THEN jsonb_build_object('~:bucket', bucket, '~:content-type', ctype, '~:reference', '~:team-font-variant')
            ELSE jsonb_build_object('~:bucket', bucket, '~:content-type', ctype) END,
       CASE WHEN n % 13 = 0 THEN at + interval '2 hours' END
FROM pgen.so;

-- Teams: a Default team per profile (1-230) and the shared ones (1001-1028).
INSERT INTO team (id, created_at, modified_at, deleted_at, name, is_default, photo_id, features)
SELECT pgen.u('team', i), created, created, deleted, 'Default', true, NULL,
       ARRAY['fdata/shape-data-type', 'components/v2', 'styles/v2', 'layout/grid', 'fdata/pointer-map', 'fdata/objects-map']
FROM pgen.p;
INSERT INTO team (id, created_at, modified_at, deleted_at, name, is_default, photo_id, features)
SELECT pgen.u('team', k), pgen.at('tc', k, '2021-03-05', '2024-05-01'), pgen.at('tm', k, '2024-05-02', '2024-09-25'), NULL,
       CASE WHEN k <= 1023 THEN (SELECT name FROM pgen.cl WHERE cl.k = t.k - 1000) || ' × Nordlicht'
            ELSE (ARRAY['Atelier Nordlicht', 'Nordlicht Design System', 'Freelancer Pool', 'Pitches 2024', 'Illustration Lab'])[k - 1023] END,
       false, CASE WHEN k % 2 = 0 THEN pgen.u('so', k) END,
       ARRAY['fdata/shape-data-type', 'components/v2', 'styles/v2', 'layout/grid']
FROM generate_series(1001, 1028) t(k);

INSERT INTO profile (id, created_at, modified_at, deleted_at, fullname, email, password, lang, theme, is_demo, is_active, props, is_muted, auth_backend, is_blocked, photo_id, default_team_id, default_project_id)
SELECT id, created, pgen.at('pm', i, created, '2024-09-28'), deleted, fullname, email,
       CASE WHEN auth IN ('google', 'github', 'oidc') THEN '!'
            WHEN created < '2022-04-01' AND i % 2 = 0 THEN 'bcrypt+sha512$' || fixture_gen.hexn('pws', i, 32) || '$12$' || fixture_gen.hexn('pwh', i, 96)
            ELSE 'argon2id$v=19$m=65536,t=3,p=1$' || rtrim(fixture_gen.b64('pws', i, 16), '=') || '$' || rtrim(fixture_gen.b64('pwh', i, 32), '=') END,
       lang, CASE WHEN kind = 'demo' THEN NULL ELSE fixture_gen.pick(ARRAY['default', 'light', 'system', 'default', NULL], 'pth', i) END,
       kind = 'demo', kind <> 'demo' AND i % 37 <> 5,
       CASE WHEN kind = 'demo' THEN '{"~:onboarding-viewed": true}'::jsonb
            ELSE jsonb_strip_nulls(jsonb_build_object(
              '~:onboarding-viewed', true,
              '~:release-notes-viewed', fixture_gen.pick(ARRAY['1.19', '2.0', '2.1', '2.2', '2.3'], 'prn', i),
              '~:newsletter-updates', i % 3 = 0, '~:newsletter-news', i % 4 = 0,
              '~:v2-info-shown', true,
              '~:builtin-templates-collapsed-status', i % 2 = 0,
              '~:onboarding-questions', CASE WHEN created > '2023-01-01' OR kind = 'free' THEN jsonb_strip_nulls(jsonb_build_object(
                  '~:expected-use', fixture_gen.pick(ARRAY['work', 'personal', 'education', 'work'], 'peu', i),
                  '~:role', CASE kind WHEN 'staff' THEN fixture_gen.pick(ARRAY['designer', 'ux-research', 'developer', 'product-management'], 'prl', i)
                                       ELSE fixture_gen.pick(ARRAY['designer', 'developer', 'marketing', 'founder', 'product-management', 'student-teacher', 'other'], 'prl', i) END,
                  '~:role-other', CASE WHEN i % 11 = 0 THEN fixture_gen.pick(ARRAY['Praxismanagerin', 'Head of Communications', 'Office manager', 'Gerente de marketing', 'Brand manager', 'Kita-Leitung'], 'pro', i) END,
                  '~:team-size', fixture_gen.pick(ARRAY['more-than-50', '31-50', '11-30', '2-10', 'freelancer', 'personal-project'], 'pts', i),
                  '~:company-size', CASE WHEN kind = 'client' THEN fixture_gen.pick(ARRAY['1-10', '11-50', '51-250', '251-1000', '1000+'], 'pcs', i) END,
                  '~:planning', fixture_gen.pick(ARRAY['Website redesign with an agency', 'Evaluate Penpot for our team', 'Review designs from Atelier Nordlicht',
                     'Menükarten und Etiketten', 'App prototype for investors', 'Portfolio', 'Folhetos e cartazes', 'Just exploring'], 'ppl', i),
                  '~:experience-design-tool', fixture_gen.pick(ARRAY['figma', 'sketch', 'adobe-xd', 'canva', 'none', 'other'], 'pexp', i),
                  '~:start-with', fixture_gen.pick(ARRAY['ui', 'wireframing', 'prototyping', 'ds', 'code'], 'psw', i))) END)) END,
       i % 53 = 0, auth, i IN (187, 213), CASE WHEN kind <> 'demo' AND i % 3 <> 0 THEN pgen.u('so', i) END,
       pgen.u('team', i), pgen.u('project', i)
FROM pgen.p;

INSERT INTO team_profile_rel (team_id, profile_id, created_at, modified_at, is_admin, is_owner, can_edit)
SELECT pgen.u('team', i), id, created, created, true, true, true FROM pgen.p;
-- staff are in every shared team; clients' staff in their client's team;
-- freelancers in a few.
INSERT INTO team_profile_rel (team_id, profile_id, created_at, modified_at, is_admin, is_owner, can_edit)
SELECT pgen.u('team', t), p.id, greatest(p.created, pgen.at('tpr', p.i * 100 + t, '2021-03-05', '2024-09-01')), pgen.at('tprm', p.i * 100 + t, '2024-01-01', '2024-09-25'),
       p.i <= 4 OR (p.kind = 'client' AND p.i % 7 = 0), p.i = 1 AND t >= 1024 OR p.i = 2 AND t < 1024, p.kind IN ('staff', 'free') OR p.i % 3 = 0
FROM pgen.p p JOIN generate_series(1001, 1028) t ON (p.kind = 'staff' AND (t >= 1024 OR fixture_gen.n('tpm', p.i * 100 + t, 3) = 0 OR p.i <= 2))
                                               OR (p.kind = 'client' AND t = 1000 + p.k)
                                               OR (p.kind = 'free' AND t IN (1026, 1001 + fixture_gen.n('tpf', p.i, 23)));

-- Projects: a Drafts project per profile, and the shared teams' projects
-- (1001-1080).
INSERT INTO project (id, team_id, created_at, modified_at, deleted_at, is_default, name)
SELECT pgen.u('project', i), pgen.u('team', i), created, created, deleted, true, 'Drafts' FROM pgen.p;
INSERT INTO project (id, team_id, created_at, modified_at, deleted_at, is_default, name)
SELECT pgen.u('project', k), pgen.u('team', 1001 + (k - 1001) % 28), pgen.at('prc', k, '2021-04-01', '2024-08-01'), pgen.at('prm', k, '2024-08-02', '2024-09-25'),
       CASE WHEN k % 23 = 0 THEN pgen.at('prd', k, '2024-08-02', '2024-09-25') END, false,
       fixture_gen.pick(ARRAY['Website relaunch 2024', 'Brand refresh', 'Packaging', 'Mobile app', 'Onboarding flows', 'Annual report', 'Social media templates',
         'Signage & wayfinding', 'Print collateral', 'Newsletter templates', 'Icon set', 'Landing pages Q3', 'Customer portal', 'Trade fair booth', 'Archive'], 'prn', k)
FROM generate_series(1001, 1080) k;

INSERT INTO project_profile_rel (profile_id, project_id, created_at, modified_at, is_owner, is_admin, can_edit)
SELECT id, pgen.u('project', i), created, created, true, true, true FROM pgen.p WHERE i <= 120;

INSERT INTO team_project_profile_rel (profile_id, project_id, team_id, is_pinned)
SELECT p.id, pgen.u('project', g.pk), pgen.u('team', 1001 + (g.pk - 1001) % 28), fixture_gen.n('pin', p.i * 1000 + g.pk, 3) <> 0
FROM pgen.p p JOIN generate_series(1001, 1080) g(pk) ON p.kind = 'staff' AND fixture_gen.n('tppr', p.i * 1000 + g.pk, 6) = 0;

-- Files. 1-250 in the shared teams' projects, 251-320 in people's Drafts.
-- subj: the person the design shows (a business card, a CV, a signature).
CREATE TABLE pgen.f (n int PRIMARY KEY, id uuid, pk int, owner int, subj int, kind int, name text, created timestamptz, modified timestamptz, backend text);
INSERT INTO pgen.f (n, id, pk, owner, subj, kind, created, modified, backend)
SELECT n, pgen.u('file', n), CASE WHEN n <= 250 THEN 1001 + (n % 80) ELSE 1 + ((n - 251) * 7) % 200 END,
       CASE WHEN n <= 250 THEN 1 + fixture_gen.n('fown', n, 20) ELSE 1 + ((n - 251) * 7) % 200 END,
       CASE WHEN n <= 250 THEN 21 + fixture_gen.n('fsub', n, 130) ELSE 1 + ((n - 251) * 7) % 200 END,
       fixture_gen.n('fkind', n, 8), c, pgen.at('fmod', n, c, '2024-09-27'),
       CASE WHEN n % 7 = 0 THEN 'objects-storage' ELSE 'legacy-db' END
FROM (SELECT n, pgen.at('fcr', n, '2021-06-01', '2024-09-01') AS c FROM generate_series(1, 320) n) x;
UPDATE pgen.f SET name = CASE f.kind
    WHEN 0 THEN fixture_gen.pick(ARRAY['Business cards – ', 'Visitenkarten ', 'Cartões de visita – '], 'fn0', f.n) || p.fullname
    WHEN 1 THEN CASE WHEN f.n > 250 THEN 'CV ' || p.fullname || ' 2024' ELSE 'Team page – ' || p.first || ' ' || p.last || ' bio' END
    WHEN 2 THEN 'Homepage v' || (1 + f.n % 5)::text
    WHEN 3 THEN fixture_gen.pick(ARRAY['Checkout flow', 'Booking flow', 'Onboarding screens', 'Account settings', 'Kontaktformular'], 'fn3', f.n)
    WHEN 4 THEN 'Email signature ' || p.fullname
    WHEN 5 THEN fixture_gen.pick(ARRAY['Summer IPA label', 'Ferry timetable poster', 'Solar calculator', 'Class schedule', 'Spice tin wrap', 'Wine label Chenin 2023', 'Annual report 2023', 'Wayfinding signs'], 'fn5', f.n)
    WHEN 6 THEN CASE WHEN f.n > 250 THEN 'Wedding invitation ' || p.first || ' & ' || fixture_gen.first_name('fwed', f.n) ELSE 'Patient leaflet – ' || p.fullname END
    ELSE fixture_gen.pick(ARRAY['Design System', 'Icons', 'Brand library', 'Typography & colours', 'UI kit'], 'fn7', f.n) END
FROM pgen.p p WHERE p.i = f.subj;

CREATE FUNCTION pgen.fdata(fn int) RETURNS bytea
LANGUAGE sql STABLE AS $$
  SELECT '\x00010000'::bytea || '\xc0'::bytea || pgen.fk('id') || pgen.fu(f.id) || pgen.fk('pages') || '\xe4'::bytea || pgen.fu(pgen.u('page', fn))
      || pgen.fk('pages-index') || '\xc0'::bytea || pgen.fu(pgen.u('page', fn)) || '\xc0'::bytea || pgen.fk('name')
      || pgen.fs(fixture_gen.pick(ARRAY['Page 1', 'Desktop', 'Mobile', 'Print', 'Kontakt', 'Team', 'Checkout'], 'pgn', fn)) || pgen.fk('objects') || '\xc0'::bytea
      || pgen.fshape('shp', fn, 0, 'frame', fixture_gen.pick(ARRAY['Card front', 'Desktop 1440', 'iPhone 15', 'A4 portrait', 'Signature 600'], 'frn', fn))
      || pgen.fshape('shp', fn, 1, 'rect', 'Background')
      || CASE WHEN f.kind = 7 THEN pgen.ftext('shp', fn, 2, 'Heading / H1', 'The quick brown fox') || pgen.ftext('shp', fn, 3, 'Body / Regular', 'Lorem ipsum dolor sit amet')
         ELSE pgen.ftext('shp', fn, 2, 'Name', p.fullname)
           || pgen.ftext('shp', fn, 3, 'Role', fixture_gen.pick(ARRAY['Geschäftsführerin', 'Head of Marketing', 'Zahnärztin', 'Sócia-gerente', 'Partner', 'Yoga teacher', 'Office Manager', 'Lead Engineer'], 'frole', fn))
           || pgen.ftext('shp', fn, 4, 'Phone', fixture_gen.phone('fph', fn))
           || pgen.ftext('shp', fn, 5, 'Email', p.email)
           || pgen.ftext('shp', fn, 6, 'Address', fixture_gen.street('fst', fn) || ', ' || fixture_gen.postcode('fpc', fn) || ' ' || fixture_gen.city('fct', fn))
           || pgen.ftext('shp', fn, 7, 'Headline', fixture_gen.pick(ARRAY['Frisch gebraut am Hafen', 'Your smile, our passion', 'Casas com alma', 'Book your class', 'Sign up now', 'Order summary'], 'fhl', fn)) END
      || pgen.fk('components') || '\xc0'::bytea || pgen.fk('colors') || '\xc0'::bytea
  FROM pgen.f f JOIN pgen.p p ON p.i = f.subj WHERE f.n = fn
$$;

INSERT INTO file (id, project_id, created_at, modified_at, deleted_at, name, revn, is_shared, has_media_trimmed, data, ignore_sync_until, comment_thread_seqn, features, data_backend, data_ref_id, version, vern)
SELECT f.id, pgen.u('project', f.pk), f.created, f.modified, CASE WHEN f.n % 31 = 0 THEN f.modified + interval '1 day' END, f.name,
       1 + fixture_gen.n('frevn', f.n, 2400), f.kind = 7, f.n % 4 = 0,
       CASE WHEN f.backend = 'legacy-db' THEN pgen.fdata(f.n) END,
       CASE WHEN f.n % 17 = 0 THEN f.modified + interval '1 hour' END, fixture_gen.n('fseq', f.n, 12),
       ARRAY['fdata/shape-data-type', 'components/v2', 'styles/v2', 'layout/grid', 'fdata/pointer-map', 'fdata/objects-map'],
       f.backend, CASE WHEN f.backend = 'objects-storage' THEN pgen.u('so', 7000 + f.n) END,
       46 + fixture_gen.n('fver', f.n, 12), fixture_gen.n('fvern', f.n, 40)
FROM pgen.f f;

INSERT INTO file_profile_rel (file_id, profile_id, created_at, modified_at, is_owner, is_admin, can_edit)
SELECT f.id, p.id, f.created, f.created, true, true, true FROM pgen.f f JOIN pgen.p p ON p.i = f.owner WHERE f.n % 3 = 0;

INSERT INTO file_library_rel (file_id, library_file_id, created_at, synced_at)
SELECT DISTINCT ON (a.n, b.n) a.id, b.id, greatest(a.created, b.created), pgen.at('flrs', a.n, greatest(a.created, b.created), '2024-09-27')
FROM pgen.f a JOIN pgen.f b ON b.kind = 7 AND a.kind <> 7 AND a.n <= 250 AND b.n <= 250 AND fixture_gen.n('flr', a.n * 1000 + b.n, 25) = 0;

INSERT INTO file_migration (file_id, name, created_at)
SELECT f.id, m, f.created + make_interval(secs => k::int)
FROM pgen.f f, unnest(ARRAY['legacy-2', 'legacy-3', 'legacy-5', 'legacy-6', 'legacy-49', 'legacy-50', 'legacy-51', 'legacy-52', 'legacy-53', 'legacy-54', 'legacy-55',
  '0001-remove-tokens-from-groups', '0002-normalize-bool-content', '0002-clean-shape-interactions', '0003-fix-root-shape', '0003-convert-path-content']) WITH ORDINALITY AS t(m, k)
WHERE f.n <= 60 AND (f.n % 2 = 0 OR k > 11);

-- Media objects, with a thumbnail for the large ones.
INSERT INTO file_media_object (id, file_id, created_at, deleted_at, name, width, height, mtype, is_local, media_id, thumbnail_id)
SELECT pgen.u('fmo', mo.n), pgen.u('file', mo.file), so.at, CASE WHEN mo.n % 19 = 0 THEN so.at + interval '30 days' END, mo.name, mo.w, mo.h, so.ctype,
       mo.n % 5 <> 0, pgen.u('so', mo.n), CASE WHEN mo.w > 800 THEN pgen.u('so', mo.n + 1000) END
FROM pgen.mo mo JOIN pgen.so so ON so.n = mo.n;

INSERT INTO file_thumbnail (file_id, revn, created_at, updated_at, deleted_at, media_id)
SELECT f.id, 1 + fixture_gen.n('ftr', f.n, 2400), f.modified, f.modified, NULL, pgen.u('so', 4000 + f.n) FROM pgen.f f WHERE f.n % 8 <> 3;

INSERT INTO file_tagged_object_thumbnail (file_id, tag, object_id, created_at, updated_at, deleted_at, media_id)
SELECT f.id, CASE WHEN k = 1 THEN 'frame' ELSE 'component' END,
       f.id::text || '/' || pgen.u('page', f.n)::text || '/' || pgen.u('shp0', f.n + k)::text || '/' || CASE WHEN k = 1 THEN 'frame' ELSE 'component' END,
       f.modified, f.modified, CASE WHEN f.n % 29 = 0 THEN f.modified + interval '3 days' END, pgen.u('so', 5000 + (f.n - 1) * 2 % 400 + k)
FROM pgen.f f, generate_series(1, 2) k WHERE f.n <= 200 AND (k = 1 OR f.kind = 7 OR f.n % 3 = 0);

-- Data fragments: the pages of files in the pointer-map layout.
INSERT INTO file_data_fragment (id, file_id, created_at, deleted_at, metadata, content)
SELECT pgen.u('frag', f.n), f.id, f.modified, NULL,
       jsonb_build_object('~:type', '~:fragmented', '~:page-id', '~u' || pgen.u('page', f.n)::text),
       '\x0001'::bytea || substr(pgen.fdata(f.n), 40)
FROM pgen.f f WHERE f.backend = 'legacy-db' AND f.n % 4 = 1;

-- File changes: the changes vector (what was typed into text layers among
-- moves and style edits), and now and then a snapshot of the whole data.
CREATE TABLE pgen.fc (n int PRIMARY KEY, fn int, who int, at timestamptz, typed text);
INSERT INTO pgen.fc
SELECT x.c, x.fn, CASE WHEN fixture_gen.n('fcw', x.c, 3) = 0 THEN f.subj ELSE f.owner END, pgen.at('fca', x.c, f.created, f.modified),
       CASE fixture_gen.n('fct', x.c, 7)
         WHEN 0 THEN p.fullname WHEN 1 THEN fixture_gen.phone('fcph', x.c) WHEN 2 THEN p.email
         WHEN 3 THEN fixture_gen.street('fcst', x.c) || ', ' || fixture_gen.city('fcci', x.c)
         WHEN 4 THEN fixture_gen.pick(ARRAY['Jetzt bestellen', 'Book now', 'Saiba mais', 'Weiter zur Kasse', 'Read the report'], 'fccta', x.c)
         ELSE NULL END
FROM (SELECT c, 1 + fixture_gen.n('fcf', c, 320) AS fn FROM generate_series(1, 700) c) x JOIN pgen.f f ON f.n = x.fn JOIN pgen.p p ON p.i = f.subj;

INSERT INTO file_change (id, file_id, created_at, updated_at, session_id, revn, data, changes, profile_id, features, label, created_by, version, deleted_at)
SELECT pgen.u('fchg', c.n), f.id, c.at, c.at, pgen.u('wss', c.n / 4), 1 + c.n / 3,
       CASE WHEN c.n % 12 = 0 THEN pgen.fdata(c.fn) END,
       '\x00010000'::bytea || '\xe4'::bytea || '\xc0'::bytea || pgen.fk('type') || pgen.fk(CASE WHEN c.typed IS NULL THEN 'mod-obj' ELSE 'mod-obj' END)
         || pgen.fk('page-id') || pgen.fu(pgen.u('page', c.fn)) || pgen.fk('id') || pgen.fu(pgen.u('shp' || (2 + c.n % 5), c.fn))
         || pgen.fk('operations') || '\xe4'::bytea || '\xc0'::bytea || pgen.fk('type') || pgen.fk('set')
         || CASE WHEN c.typed IS NOT NULL THEN pgen.fk('attr') || pgen.fk('content') || pgen.fk('val') || pgen.fs(c.typed)
                 ELSE pgen.fk('attr') || pgen.fk('x') || pgen.fk('val') || int4send(fixture_gen.n('fcx', c.n, 1440)) END,
       p.id, ARRAY['fdata/shape-data-type', 'components/v2', 'styles/v2', 'layout/grid'],
       CASE WHEN c.n % 12 = 0 THEN CASE WHEN c.n % 24 = 0 THEN 'internal/snapshot/' || (1 + c.n / 3)::text
            ELSE fixture_gen.pick(ARRAY['v2 sent to ' || p2.first, 'Approved by ' || p2.fullname, 'Before the call with ' || p2.first, 'Freigabe ' || p2.fullname,
               'Final for print', 'Feedback round 2', 'Versão aprovada pelo cliente', 'Before Friday workshop'], 'fclb', c.n) END END,
       CASE WHEN c.n % 24 = 0 THEN 'system' ELSE 'user' END, 46 + fixture_gen.n('fver', c.fn, 12), NULL
FROM pgen.fc c JOIN pgen.f f ON f.n = c.fn JOIN pgen.p p ON p.i = c.who JOIN pgen.p p2 ON p2.i = f.subj;

-- Comments.
CREATE TABLE pgen.ct (n int PRIMARY KEY, fn int, owner int, other int, at timestamptz);
INSERT INTO pgen.ct
SELECT g.c, f.n, CASE WHEN g.c % 3 = 0 THEN f.subj ELSE f.owner END, CASE WHEN g.c % 3 = 0 THEN f.owner ELSE 1 + fixture_gen.n('cto', g.c, 20) END, pgen.at('cta', g.c, f.created, f.modified)
FROM generate_series(1, 220) g(c) JOIN pgen.f f ON f.n = 1 + fixture_gen.n('ctf', g.c, 250);

INSERT INTO comment_thread (id, file_id, owner_id, created_at, modified_at, page_id, page_name, participants, seqn, position, is_resolved, frame_id)
SELECT pgen.u('cthr', t.n), pgen.u('file', t.fn), o.id, t.at, t.at + interval '2 days', pgen.u('page', t.fn),
       fixture_gen.pick(ARRAY['Page 1', 'Desktop', 'Mobile', 'Print', 'Kontakt', 'Team', 'Checkout'], 'pgn', t.fn),
       jsonb_build_array(o.id::text, x.id::text), 1 + t.n % 9,
       point(fixture_gen.n('ctx', t.n, 1440), fixture_gen.n('cty', t.n, 900)), t.n % 3 <> 0, pgen.u('shp0', t.fn)
FROM pgen.ct t JOIN pgen.p o ON o.i = t.owner JOIN pgen.p x ON x.i = t.other;

INSERT INTO comment_thread_status (thread_id, profile_id, created_at, modified_at)
SELECT pgen.u('cthr', t.n), p.id, t.at + interval '3 hours', t.at + interval '3 hours' FROM pgen.ct t JOIN pgen.p p ON p.i IN (t.owner, t.other) WHERE t.owner <> t.other;

INSERT INTO comment (id, thread_id, owner_id, created_at, modified_at, content, mentions)
SELECT pgen.u('cmt', t.n * 10 + g.j), pgen.u('cthr', t.n), CASE WHEN g.j = 2 THEN x.id ELSE o.id END, t.at + make_interval(hours => g.j * 5), t.at + make_interval(hours => g.j * 5),
       CASE WHEN g.j = 2 THEN fixture_gen.pick(ARRAY[
            'Done, swapped it. @[' || o.fullname || '](' || o.id || ') can you check the mobile version too?',
            'Ok, ich frage nochmal bei der Praxis nach. Frau ' || x.last || ' ist erst ab Montag wieder da.',
            'Fixed the kerning. The phone number is still the old one, ' || o.first || ' will send the new one.',
            'Feito. A morada nova é ' || fixture_gen.street('cms', t.n) || ', confirmem por favor.',
            'Looks good to me 👍'], 'cmk2', t.n)
         WHEN g.j = 3 THEN fixture_gen.pick(ARRAY['Approved from our side. Please send the print files to ' || fixture_gen.email('cmpe', t.n) || '.', 'Resolved.', 'Thanks!',
            'Bitte noch die Handynummer von ' || fixture_gen.full_name('cmfn', t.n) || ' ergänzen: ' || fixture_gen.phone('cmph', t.n)], 'cmk3', t.n)
         ELSE fixture_gen.pick(ARRAY[
            '@[' || x.fullname || '](' || x.id || ') the name on the card should be ' || o.fullname || ', not the placeholder.',
            'Can we use the headshot of ' || fixture_gen.full_name('cmh', t.n) || ' here instead? She signed the release last week.',
            'Bitte Telefonnummer ändern auf ' || fixture_gen.phone('cmp', t.n) || ', die alte läuft noch auf ' || x.first || '.',
            'The client (' || fixture_gen.full_name('cmc', t.n) || ') wants the logo 20% bigger. Sorry.',
            'The green is too close to the competitor. Try the darker token?',
            'Spacing between the cards is 24 here and 32 on desktop, which one is right?',
            'Morada errada no rodapé: deve ser ' || fixture_gen.street('cma', t.n) || ', ' || fixture_gen.city('cmci', t.n) || '.',
            '@[' || x.fullname || '](' || x.id || ') please review before Friday, ' || o.first || ' is off next week (surgery).'], 'cmk1', t.n) END,
       CASE WHEN g.j = 1 AND fixture_gen.n('cmk1', t.n, 8) IN (0, 7) THEN ARRAY[x.id] WHEN g.j = 2 AND fixture_gen.n('cmk2', t.n, 5) = 0 THEN ARRAY[o.id] END
FROM pgen.ct t JOIN pgen.p o ON o.i = t.owner JOIN pgen.p x ON x.i = t.other, generate_series(1, 3) g(j)
WHERE g.j = 1 OR (g.j = 2 AND t.n % 2 = 0) OR (g.j = 3 AND t.n % 3 = 0);

-- User agents of the browsers people design in.
CREATE FUNCTION pgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' || (118 + fixture_gen.n(tag || 'v', i, 11))::text || '.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' || (118 + fixture_gen.n(tag || 'v', i, 11))::text || '.0.0.0 Safari/537.36 Edg/' || (118 + fixture_gen.n(tag || 'v', i, 11))::text || '.0.0.0',
    'Mozilla/5.0 (X11; Linux x86_64; rv:' || (115 + fixture_gen.n(tag || 'v', i, 15))::text || '.0) Gecko/20100101 Firefox/' || (115 + fixture_gen.n(tag || 'v', i, 15))::text || '.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.' || fixture_gen.n(tag || 'v', i, 6)::text || ' Safari/605.1.15',
    'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0'], tag, i)
$$;

-- jwe: a compact JWE as Penpot issues for access tokens and invitations.
CREATE FUNCTION pgen.jwe(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT rtrim(translate(encode(convert_to('{"alg":"A256KW","enc":"A256GCM"}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.'
      || pgen.b64url(tag || 'k', i, 40) || '.' || pgen.b64url(tag || 'iv', i, 12) || '.' || pgen.b64url(tag || 'c', i, 96) || '.' || pgen.b64url(tag || 't', i, 16)
$$;

INSERT INTO http_session (id, created_at, updated_at, profile_id, user_agent)
SELECT pgen.b64url('hsid', n, 32), a, a + make_interval(hours => fixture_gen.n('hsu', n, 300)), p.id, pgen.ua('hsua', p.i * 3 + n % 3)
FROM (SELECT n, 1 + fixture_gen.n('hsp', n, 200) AS pi, pgen.at('hsa', n, '2024-06-01', '2024-09-27') AS a FROM generate_series(1, 300) n) x JOIN pgen.p p ON p.i = x.pi;

INSERT INTO access_token (id, profile_id, created_at, updated_at, name, token, perms, expires_at)
SELECT pgen.u('atk', n), p.id, a, a, fixture_gen.pick(ARRAY['CI export', 'Figma importer', 'penpot-exporter', 'Design tokens sync', 'Plugin dev', 'n8n', 'Storybook sync', 'Backup script', 'asset-pipeline'], 'atn', n),
       pgen.jwe('atkt', n), NULL, CASE WHEN n % 3 = 0 THEN a + interval '90 days' WHEN n % 3 = 1 THEN a + interval '365 days' END
FROM (SELECT n, 1 + fixture_gen.n('atp', n, 20) AS pi, pgen.at('ata', n, '2023-05-01', '2024-09-20') AS a FROM generate_series(1, 40) n) x JOIN pgen.p p ON p.i = x.pi;

INSERT INTO webhook (id, team_id, created_at, updated_at, uri, mtype, error_code, error_count, is_active, secret_key, profile_id)
SELECT pgen.u('whk', n), pgen.u('team', 1001 + fixture_gen.n('wht', n, 28)), a, a + interval '20 days',
       CASE n % 5
         WHEN 0 THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('whz', n, 8) || '/' || fixture_gen.chars('whz2', n, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/'
         WHEN 1 THEN 'https://hooks.slack.com/services/T' || fixture_gen.chars('whs1', n, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('whs2', n, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('whs3', n, 24)
         WHEN 2 THEN 'https://n8n.nordlicht.studio/webhook/' || fixture_gen.uuid('whn', n)
         WHEN 3 THEN 'https://ci.nordlicht.studio/hooks/penpot-export?token=' || fixture_gen.chars('whc', n, 32)
         ELSE 'https://hook.eu1.make.com/' || fixture_gen.chars('whm', n, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') END,
       CASE WHEN n % 4 = 0 THEN 'application/transit+json' ELSE 'application/json' END,
       CASE WHEN n % 6 = 0 THEN fixture_gen.pick(ARRAY['http-timeout', 'ssl-validation-error', 'unexpected-status-404', 'unexpected-status-410'], 'whe', n) END,
       CASE WHEN n % 6 = 0 THEN 1 + fixture_gen.n('whec', n, 9) ELSE 0 END, n % 6 <> 0,
       CASE WHEN n % 3 <> 2 THEN fixture_gen.chars('whsk', n, 32) END, pgen.u('profile', 1 + fixture_gen.n('whp', n, 20))
FROM (SELECT n, pgen.at('wha', n, '2023-02-01', '2024-08-01') AS a FROM generate_series(1, 20) n) x;

INSERT INTO webhook_delivery (webhook_id, created_at, error_code, req_data, rsp_data)
SELECT pgen.u('whk', 1 + d % 20), pgen.at('wda', d, '2024-03-01', '2024-09-27') + make_interval(secs => d), CASE WHEN d % 20 % 6 = 0 AND d % 2 = 0 THEN 'http-timeout' END,
       jsonb_build_object('headers', jsonb_build_object('content-type', 'application/json', 'user-agent', 'Penpot/2.2.1', 'x-penpot-signature', encode(sha256(convert_to('wds' || d, 'UTF8')), 'hex')),
         'body', jsonb_build_object('id', fixture_gen.uuid('wdev', d), 'type', 'command', 'name', ev, 'profile-id', p.id, 'timestamp', to_char(pgen.at('wda', d, '2024-03-01', '2024-09-27'), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'props', CASE ev
             WHEN 'update-profile' THEN jsonb_build_object('id', p.id, 'fullname', p.fullname, 'email', p.email, 'lang', p.lang)
             WHEN 'create-team-invitations' THEN jsonb_build_object('team-id', pgen.u('team', 1001 + d % 23), 'role', 'editor', 'emails', jsonb_build_array(fixture_gen.email('wdie', d)))
             WHEN 'create-comment' THEN jsonb_build_object('file-id', pgen.u('file', 1 + d % 250), 'content', 'Bitte Nummer von ' || fixture_gen.full_name('wdcn', d) || ' ändern: ' || fixture_gen.phone('wdcp', d))
             WHEN 'rename-file' THEN jsonb_build_object('id', pgen.u('file', 1 + d % 320), 'name', (SELECT name FROM pgen.f WHERE f.n = 1 + d % 320))
             ELSE jsonb_build_object('id', pgen.u('file', 1 + d % 320), 'project-id', pgen.u('project', 1001 + d % 80), 'name', (SELECT name FROM pgen.f WHERE f.n = 1 + d % 320)) END)),
       CASE WHEN d % 20 % 6 = 0 AND d % 2 = 0 THEN NULL
            ELSE jsonb_build_object('status', 200, 'headers', jsonb_build_object('content-type', 'application/json', 'date', to_char(pgen.at('wda', d, '2024-03-01', '2024-09-27'), 'Dy, DD Mon YYYY HH24:MI:SS "GMT"')),
                 'body', '{"status":"success","request_id":"' || fixture_gen.uuid('wdrq', d) || '"}') END
FROM (SELECT d, fixture_gen.pick(ARRAY['update-profile', 'create-team-invitations', 'create-comment', 'rename-file', 'create-file'], 'wdev', d) AS ev,
             1 + fixture_gen.n('wdp', d, 150) AS pi FROM generate_series(1, 200) d) x JOIN pgen.p p ON p.i = x.pi;

-- The audit log (Penpot's own, enabled with the audit-log flag).
INSERT INTO audit_log (id, name, type, created_at, archived_at, profile_id, props, ip_addr, context, tracked_at, source)
SELECT pgen.u('alog', a), ev, CASE WHEN ev = 'identify' THEN 'identify' WHEN fe THEN 'action' ELSE 'command' END,
       at, CASE WHEN a % 4 = 0 THEN at + interval '1 hour' END, p.id,
       CASE ev
         WHEN 'login-with-password' THEN jsonb_build_object('email', p.email, 'id', p.id, 'fullname', p.fullname, 'lang', p.lang, 'is-active', true, 'auth-backend', 'penpot')
         WHEN 'login-with-oidc' THEN jsonb_build_object('email', p.email, 'id', p.id, 'fullname', p.fullname, 'auth-backend', p.auth, 'provider', CASE WHEN p.auth = 'oidc' THEN 'keycloak' ELSE p.auth END)
         WHEN 'register-profile' THEN jsonb_build_object('email', p.email, 'fullname', p.fullname, 'accept-terms-and-privacy', true, 'accept-newsletter-updates', a % 3 = 0, 'utm_source', CASE WHEN a % 5 = 0 THEN 'invitation' END)
         WHEN 'update-profile' THEN jsonb_build_object('fullname', p.fullname, 'lang', p.lang, 'theme', 'light')
         WHEN 'create-team-invitations' THEN jsonb_build_object('team-id', pgen.u('team', 1001 + a % 23), 'role', 'editor', 'emails', jsonb_build_array((SELECT email FROM pgen.p q WHERE q.i = 21 + a % 130), fixture_gen.email('alie', a)))
         WHEN 'request-profile-recovery' THEN jsonb_build_object('email', p.email)
         WHEN 'identify' THEN jsonb_build_object('email', p.email, 'fullname', p.fullname, 'lang', p.lang, 'is-muted', false, 'auth-backend', p.auth, 'created-at', p.created)
         WHEN 'create-file' THEN jsonb_build_object('id', pgen.u('file', 1 + a % 320), 'name', (SELECT name FROM pgen.f WHERE f.n = 1 + a % 320), 'project-id', pgen.u('project', 1001 + a % 80))
         WHEN 'create-comment-thread' THEN jsonb_build_object('file-id', pgen.u('file', 1 + a % 250), 'page-id', pgen.u('page', 1 + a % 250), 'content', 'Telefon von ' || fixture_gen.full_name('alcn', a) || ' fehlt noch: ' || fixture_gen.phone('alcp', a))
         WHEN 'delete-profile' THEN jsonb_build_object('reason', fixture_gen.pick(ARRAY['Project finished, no longer need access.', 'Wechsel zu Figma', 'Duplicate account, I use ' || fixture_gen.email('alde', a) || ' now'], 'aldr', a))
         ELSE jsonb_build_object('route', 'workspace', 'file-id', pgen.u('file', 1 + a % 320), 'page-id', pgen.u('page', 1 + a % 320), 'team-id', pgen.u('team', 1001 + a % 28)) END,
       (CASE WHEN a % 5 = 0 THEN fixture_gen.ipv6('alip', p.i) ELSE fixture_gen.ipv4('alip', p.i * 3 + a % 3) END)::inet,
       CASE WHEN fe THEN jsonb_build_object('version', '2.' || (a % 4)::text || '.1', 'browser', 'chrome', 'browser-version', '127.0.0.0', 'os', fixture_gen.pick(ARRAY['macos', 'windows', 'linux'], 'alos', p.i),
              'engine', 'blink', 'device-type', 'desktop', 'screen-width', fixture_gen.pick(ARRAY['1440', '1728', '1920', '2560'], 'alsw', p.i)::int, 'screen-height', 900,
              'event-origin', fixture_gen.pick(ARRAY['dashboard', 'workspace', 'viewer'], 'aleo', a), 'initiator', 'app', 'external-session-id', fixture_gen.uuid('alses', p.i * 10 + a % 10))
            ELSE jsonb_build_object('version', '2.' || (a % 4)::text || '.1', 'initiator', 'app', 'user-agent', pgen.ua('hsua', p.i * 3 + a % 3), 'external-session-id', fixture_gen.uuid('alses', p.i * 10 + a % 10),
              'access-token-id', CASE WHEN a % 17 = 0 THEN pgen.u('atk', 1 + a % 40) END) END,
       at - make_interval(secs => CASE WHEN fe THEN 2 ELSE 0 END), CASE WHEN fe THEN 'frontend' ELSE 'backend' END
FROM (SELECT a, ev, ev IN ('identify', 'navigate', 'open-file', 'create-comment-thread') AS fe, 1 + fixture_gen.n('alp', a, 200) AS pi,
             pgen.at('alat', a, '2024-01-01', '2024-09-27') + make_interval(secs => a::int) AS at
      FROM (SELECT a, fixture_gen.pick(ARRAY['login-with-password', 'login-with-oidc', 'register-profile', 'update-profile', 'create-team-invitations', 'request-profile-recovery',
              'identify', 'create-file', 'create-comment-thread', 'delete-profile', 'navigate', 'navigate', 'open-file', 'login-with-password', 'navigate'], 'alev', a) AS ev FROM generate_series(1, 900) a) y) x
JOIN pgen.p p ON p.i = x.pi;

-- Tasks of the worker: mails (with the invitation, recovery and
-- verification tokens) and garbage collection.
INSERT INTO task (id, created_at, modified_at, completed_at, scheduled_at, priority, queue, name, props, error, retry_num, max_retries, status, label)
SELECT pgen.u('task', t), at, at + interval '5 seconds', CASE WHEN st = 'completed' THEN at + interval '4 seconds' END, at, 100,
       CASE WHEN nm = 'sendmail' THEN 'default' ELSE 'default' END, nm,
       CASE WHEN nm = 'sendmail' THEN jsonb_strip_nulls(jsonb_build_object(
              '~:id', '~:' || mt, '~:to', p.email, '~:name', p.fullname, '~:lang', coalesce(p.lang, 'en'),
              '~:token', CASE WHEN mt IN ('invite-to-team', 'password-recovery', 'register', 'change-email') THEN pgen.jwe('tkt', t) END,
              '~:invited-by', CASE WHEN mt = 'invite-to-team' THEN (SELECT fullname FROM pgen.p q WHERE q.i = 1 + t % 20) END,
              '~:team', CASE WHEN mt = 'invite-to-team' THEN (SELECT name FROM pgen.cl WHERE cl.k = 1 + t % 23) || ' × Nordlicht' END,
              '~:reply-to', CASE WHEN mt = 'invite-to-team' THEN (SELECT email FROM pgen.p q WHERE q.i = 1 + t % 20) END,
              '~:pending-email', CASE WHEN mt = 'change-email' THEN fixture_gen.email('tkce', t) END))
            WHEN nm = 'delete-object' THEN jsonb_build_object('~:object', '~:file', '~:id', '~u' || fixture_gen.uuid('file', 1 + t % 320), '~:deleted-at', '~m' || (1700000000000 + t * 1000)::text)
            WHEN nm = 'run-webhook' THEN jsonb_build_object('~:webhook', '~u' || fixture_gen.uuid('whk', 1 + t % 20), '~:event', jsonb_build_object('~:name', 'update-profile', '~:profile-id', '~u' || p.id))
            ELSE jsonb_build_object('~:min-age', '~#duration' || '72h') END,
       CASE WHEN st IN ('failed', 'retry') THEN CASE WHEN nm = 'sendmail'
              THEN 'javax.mail.SendFailedException: Invalid Addresses;' || E'\n' || '  nested exception is:' || E'\n\t' || 'org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <' || p.email || '>: Recipient address rejected: User unknown in virtual mailbox table'
              ELSE 'java.net.SocketTimeoutException: Connect timed out' END END,
       CASE WHEN st = 'failed' THEN 3 WHEN st = 'retry' THEN 1 ELSE 0 END, 3, st,
       CASE WHEN nm IN ('objects-gc', 'file-gc') THEN nm END
FROM (SELECT t, fixture_gen.pick(ARRAY['sendmail', 'sendmail', 'sendmail', 'delete-object', 'run-webhook', 'objects-gc', 'file-gc', 'storage-gc-touched', 'tasks-gc', 'session-gc'], 'tknm', t) AS nm,
             fixture_gen.pick(ARRAY['invite-to-team', 'password-recovery', 'register', 'comment-notification', 'change-email', 'invite-to-team', 'feedback'], 'tkmt', t) AS mt,
             CASE WHEN t % 13 = 0 THEN 'failed' WHEN t % 29 = 0 THEN 'retry' WHEN t > 285 THEN 'new' ELSE 'completed' END AS st,
             1 + fixture_gen.n('tkp', t, 200) AS pi, pgen.at('tkat', t, '2024-07-01', '2024-09-27') AS at FROM generate_series(1, 300) t) x
JOIN pgen.p p ON p.i = x.pi;

INSERT INTO scheduled_task (id, created_at, modified_at, cron_expr)
SELECT id, '2023-04-12 09:00:00+00', '2024-06-03 08:00:00+00', cr FROM (VALUES ('file-gc', '0 0 */2 * * ?'), ('objects-gc', '0 30 */2 * * ?'), ('storage-gc-deleted', '0 0 1 * * ?'),
  ('storage-gc-touched', '0 0 2 * * ?'), ('session-gc', '0 0 0 * * ?'), ('tasks-gc', '0 0 0 * * ?'), ('telemetry', '0 30 3 * * ?'), ('audit-log-archive', '0 */5 * * * ?'),
  ('audit-log-gc', '0 0 3 * * ?'), ('upload-session-gc', '0 0 4 * * ?'), ('webhooks-gc', '0 0 5 * * ?'), ('file-xlog-gc', '0 0 6 * * ?')) v(id, cr);

INSERT INTO server_prop (id, content, preload) VALUES
  ('instance-id', to_jsonb('~u' || fixture_gen.uuid('instance', 1)), true),
  ('secret-key', to_jsonb(fixture_gen.b64('srvsk', 1, 64)), true),
  ('rsa-keys', jsonb_build_object('~:private', '-----BEGIN PRIVATE' || ' KEY-----' || E'\n' || 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ' || fixture_gen.b64('rsa1', 1, 153) || E'\n' || fixture_gen.b64('rsa2', 1, 192) || E'\n' || fixture_gen.b64('rsa3', 1, 120) || E'\n' || '-----END PRIVATE' || ' KEY-----',
                                  '~:public', '-----BEGIN PUBLIC KEY-----' || E'\n' || 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || fixture_gen.b64('rsap', 1, 150) || E'\n' || '-----END PUBLIC KEY-----'), false),
  ('telemetry', jsonb_build_object('~:enabled', false, '~:last-report', '2024-09-26'), false),
  ('initial-templates', jsonb_build_array('~:wireframing-kit', '~:prototype-examples', '~:plants-app', '~:tutorial-for-beginners'), false),
  ('feature-flags', jsonb_build_array('enable-login-with-oidc', 'enable-login-with-google', 'enable-webhooks', 'enable-access-tokens', 'enable-audit-log', 'disable-registration'), true);

INSERT INTO server_error_report (id, created_at, content, version)
SELECT pgen.u('erep', e), at,
       jsonb_strip_nulls(jsonb_build_object('~:id', '~u' || fixture_gen.uuid('erep', e), '~:tenant', 'default', '~:host', 'design.nordlicht.studio',
         '~:public-uri', 'https://design.nordlicht.studio', '~:version', '2.' || (e % 4)::text || '.1', '~:logger', 'app.rpc', '~:level', 'error',
         '~:hint', fixture_gen.pick(ARRAY['email already exists', 'unexpected error on sending email', 'object not found', 'unable to decode fressian blob', 'validation error'], 'erh', e),
         '~:request-path', fixture_gen.pick(ARRAY['/api/rpc/command/create-team-invitations', '/api/rpc/command/update-profile', '/api/rpc/command/get-file', '/api/rpc/command/update-file', '/api/rpc/command/register-profile'], 'erp', e),
         '~:request-method', 'post', '~:profile-id', '~u' || p.id, '~:user-agent', pgen.ua('hsua', p.i * 3 + e % 3), '~:ip-addr', fixture_gen.ipv4('alip', p.i * 3 + e % 3),
         '~:params', CASE WHEN e % 3 = 0 THEN jsonb_build_object('~:emails', jsonb_build_array(fixture_gen.email('ere', e)), '~:role', '~:editor', '~:team-id', '~u' || fixture_gen.uuid('team', 1001 + e % 23))
                          WHEN e % 3 = 1 THEN jsonb_build_object('~:fullname', p.fullname, '~:email', p.email, '~:lang', p.lang)
                          ELSE jsonb_build_object('~:id', '~u' || fixture_gen.uuid('file', 1 + e % 320), '~:revn', e, '~:session-id', '~u' || fixture_gen.uuid('wss', e)) END,
         '~:trace', 'clojure.lang.ExceptionInfo: ' || fixture_gen.pick(ARRAY['email already exists', 'unexpected error on sending email', 'object not found', 'unable to decode fressian blob', 'validation error'], 'erh', e)
            || ' {:type :validation, :code :email-already-exists}' || E'\n\tat app.rpc.commands.teams$create_invitations.invokeStatic(teams.clj:712)' || E'\n\tat app.rpc$wrap_metrics$fn__41233.invoke(rpc.clj:143)')),
       CASE WHEN at < '2024-03-01' THEN 2 ELSE 3 END
FROM (SELECT e, 1 + fixture_gen.n('erpi', e, 200) AS pi, pgen.at('erat', e, '2023-10-01', '2024-09-27') AS at FROM generate_series(1, 120) e) x JOIN pgen.p p ON p.i = x.pi;

INSERT INTO profile_complaint_report (profile_id, created_at, type, content)
SELECT p.id, at, ty,
       jsonb_build_object('notificationType', CASE WHEN ty = 'bounce' THEN 'Bounce' ELSE 'Complaint' END,
         CASE WHEN ty = 'bounce' THEN 'bounce' ELSE 'complaint' END,
           CASE WHEN ty = 'bounce' THEN jsonb_build_object('bounceType', CASE WHEN c % 3 = 0 THEN 'Transient' ELSE 'Permanent' END, 'bounceSubType', 'General',
                  'bouncedRecipients', jsonb_build_array(jsonb_build_object('emailAddress', p.email, 'action', 'failed', 'status', '5.1.1', 'diagnosticCode', 'smtp; 550 5.1.1 <' || p.email || '>: Recipient address rejected')),
                  'timestamp', to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"'), 'reportingMTA', 'dns; a27-' || (c % 40)::text || '.smtp-out.eu-central-1.amazonses.com')
                ELSE jsonb_build_object('complainedRecipients', jsonb_build_array(jsonb_build_object('emailAddress', p.email)), 'complaintFeedbackType', 'abuse', 'userAgent', 'Yahoo!-Mail-Feedback/2.0') END,
         'mail', jsonb_build_object('source', 'no-reply@design.nordlicht.studio', 'destination', jsonb_build_array(p.email), 'messageId', '0107018f' || fixture_gen.hexn('mid', c, 24) || '-000000',
           'commonHeaders', jsonb_build_object('subject', fixture_gen.pick(ARRAY['Invitation to join a team', 'Reset your password', 'New comment in ', 'Verify your email'], 'cpsu', c) || CASE WHEN c % 4 = 2 THEN (SELECT name FROM pgen.f WHERE f.n = 1 + c % 250) ELSE '' END,
             'to', jsonb_build_array(p.fullname || ' <' || p.email || '>'))))
FROM (SELECT c, CASE WHEN c % 5 = 0 THEN 'complaint' ELSE 'bounce' END AS ty, 21 + fixture_gen.n('cpp', c, 180) AS pi, pgen.at('cpat', c, '2023-06-01', '2024-09-27') AS at FROM generate_series(1, 40) c) x
JOIN pgen.p p ON p.i = x.pi ON CONFLICT DO NOTHING;

INSERT INTO global_complaint_report (email, created_at, type, content)
SELECT em, at, ty,
       jsonb_build_object('notificationType', CASE WHEN ty = 'bounce' THEN 'Bounce' ELSE 'Complaint' END,
         'bounce', CASE WHEN ty = 'bounce' THEN jsonb_build_object('bounceType', 'Permanent', 'bouncedRecipients', jsonb_build_array(jsonb_build_object('emailAddress', em, 'diagnosticCode', 'smtp; 550 5.7.1 <' || em || '>: mailbox disabled'))) END,
         'mail', jsonb_build_object('source', 'no-reply@design.nordlicht.studio', 'destination', jsonb_build_array(em), 'commonHeaders', jsonb_build_object('subject', 'Invitation to join a team')))
FROM (SELECT c, fixture_gen.email('gcre', c) AS em, CASE WHEN c % 4 = 0 THEN 'complaint' ELSE 'bounce' END AS ty, pgen.at('gcat', c, '2023-06-01', '2024-09-27') AS at FROM generate_series(1, 30) c) x;

-- Fonts the teams uploaded (their brands' typefaces).
INSERT INTO team_font_variant (id, team_id, profile_id, created_at, modified_at, deleted_at, font_id, font_family, font_weight, font_style, otf_file_id, ttf_file_id, woff1_file_id, woff2_file_id)
SELECT pgen.u('tfv', v), pgen.u('team', 1001 + fam % 28), pgen.u('profile', 1 + fixture_gen.n('tfvp', fam, 20)), at, at, CASE WHEN v % 23 = 0 THEN at + interval '60 days' END,
       pgen.u('font', fam), (ARRAY['Hafen Grotesk', 'Tejo Serif', 'Atlântico Sans', 'Elbtal Text', 'Nordlicht Display', 'Söhne', 'GT Walsheim Pro', 'Brandon Text', 'Fjord Condensed', 'Sabon Next'])[1 + fam % 10],
       (ARRAY[300, 400, 500, 700, 900])[1 + v % 5], CASE WHEN v % 4 = 3 THEN 'italic' ELSE 'normal' END,
       CASE WHEN v % 3 = 0 THEN pgen.u('so', 6000 + v) END, CASE WHEN v % 3 = 1 THEN pgen.u('so', 6000 + v) END, NULL, CASE WHEN v % 3 = 2 THEN pgen.u('so', 6000 + v) END
FROM (SELECT v, (v - 1) / 6 AS fam, pgen.at('tfva', (v - 1) / 6, '2022-01-01', '2024-09-01') AS at FROM generate_series(1, 60) v) x;

INSERT INTO share_link (id, file_id, owner_id, created_at, pages, flags, who_comment, who_inspect)
SELECT pgen.u('shl', s), f.id, pgen.u('profile', f.owner), pgen.at('shla', s, f.created, f.modified), ARRAY[pgen.u('page', f.n)],
       CASE WHEN s % 2 = 0 THEN ARRAY['view-all-pages'] ELSE ARRAY[]::text[] END,
       CASE WHEN s % 3 = 0 THEN 'all' ELSE 'team' END, CASE WHEN s % 4 = 0 THEN 'all' ELSE 'team' END
FROM generate_series(1, 60) s JOIN pgen.f f ON f.n = 1 + (s * 4) % 250;

INSERT INTO usage_quote (id, target, quote, profile_id, project_id, team_id, file_id)
SELECT pgen.u('uq', q), tg, qt, CASE WHEN tg = 'teams-per-profile' THEN pgen.u('profile', 1 + q % 20) END,
       CASE WHEN tg = 'files-per-project' THEN pgen.u('project', 1001 + q % 80) END,
       CASE WHEN tg IN ('profiles-per-team', 'invitations-per-team', 'font-variants-per-team', 'projects-per-team') THEN pgen.u('team', 1001 + q % 28) END,
       CASE WHEN tg = 'comment-threads-per-file' THEN pgen.u('file', 1 + q % 250) END
FROM (SELECT q, (ARRAY['teams-per-profile', 'files-per-project', 'profiles-per-team', 'invitations-per-team', 'font-variants-per-team', 'projects-per-team', 'comment-threads-per-file'])[1 + q % 7] AS tg,
             (ARRAY[50, 300, 100, 200, 80, 150, 500])[1 + q % 7] AS qt FROM generate_series(1, 21) q) x;

INSERT INTO team_invitation (id, team_id, email_to, role, valid_until, created_at, updated_at, created_by)
SELECT pgen.u('tinv', v), pgen.u('team', 1001 + v % 23),
       CASE WHEN v % 3 = 0 THEN fixture_gen.email('tive', v)
            ELSE fixture_gen.ascii(fixture_gen.first_name('tivf', v)) || '.' || fixture_gen.ascii(fixture_gen.last_name('tivl', v)) || '@' || (SELECT domain FROM pgen.cl WHERE cl.k = 1 + v % 23) END,
       fixture_gen.pick(ARRAY['editor', 'editor', 'admin', 'viewer'], 'tivr', v), at + interval '7 days', at, at, pgen.u('profile', 1 + fixture_gen.n('tivc', v, 20))
FROM (SELECT v, pgen.at('tiva', v, '2024-06-01', '2024-09-27') AS at FROM generate_series(1, 80) v) x;

INSERT INTO team_access_request (id, team_id, requester_id, valid_until, auto_join_until, created_at, updated_at)
SELECT pgen.u('tacr', r), pgen.u('team', 1001 + r % 23), pgen.u('profile', 21 + fixture_gen.n('tacp', r, 130)), at + interval '7 days', at + interval '7 days', at, at
FROM (SELECT r, pgen.at('taca', r, '2024-07-01', '2024-09-27') AS at FROM generate_series(1, 25) r) x;

-- The agency's own tracking of clients and projects, in its own schema.
CREATE SCHEMA studio;

CREATE TABLE studio.staff (
  id serial PRIMARY KEY,
  penpot_profile_id uuid NULL,
  display_name text NOT NULL,
  work_email text NOT NULL,
  private_mobile text NULL,
  role_title text NOT NULL,
  day_rate_eur numeric(8,2) NULL,
  started_on date NOT NULL,
  left_on date NULL,
  home_city text NULL,
  slack_handle text NULL,
  emergency_contact text NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE studio.client (
  id serial PRIMARY KEY,
  name text NOT NULL,
  legal_name text NOT NULL,
  legal_form text NULL,
  vat_id text NULL,
  industry text NULL,
  website text NULL,
  billing_street text NULL,
  billing_postcode text NULL,
  billing_city text NULL,
  billing_country char(2) NULL,
  phone text NULL,
  account_manager_id int NULL REFERENCES studio.staff(id),
  penpot_team_id uuid NULL,
  status text NOT NULL DEFAULT 'active',
  notes text NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE studio.contact (
  id serial PRIMARY KEY,
  client_id int NOT NULL REFERENCES studio.client(id),
  first_name text NOT NULL,
  last_name text NOT NULL,
  email text NULL,
  phone_mobile text NULL,
  phone_office text NULL,
  job_title text NULL,
  linkedin_url text NULL,
  preferred_lang text NULL,
  is_primary boolean NOT NULL DEFAULT false,
  birthday date NULL,
  notes text NULL,
  penpot_profile_id uuid NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE studio.engagement (
  id serial PRIMARY KEY,
  client_id int NOT NULL REFERENCES studio.client(id),
  code text NOT NULL UNIQUE,
  title text NOT NULL,
  budget_eur numeric(10,2) NULL,
  starts_on date NULL,
  ends_on date NULL,
  status text NOT NULL,
  penpot_project_id uuid NULL,
  lead_staff_id int NULL REFERENCES studio.staff(id),
  brief text NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE studio.time_entry (
  id serial PRIMARY KEY,
  engagement_id int NOT NULL REFERENCES studio.engagement(id),
  staff_id int NOT NULL REFERENCES studio.staff(id),
  worked_on date NOT NULL,
  hours numeric(4,2) NOT NULL,
  description text NULL,
  billable boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE studio.invoice (
  id serial PRIMARY KEY,
  client_id int NOT NULL REFERENCES studio.client(id),
  engagement_id int NULL REFERENCES studio.engagement(id),
  number text NOT NULL UNIQUE,
  issued_on date NOT NULL,
  due_on date NOT NULL,
  amount_net numeric(10,2) NOT NULL,
  vat_rate numeric(4,2) NOT NULL,
  amount_gross numeric(10,2) NOT NULL,
  paid_on date NULL,
  payer_name text NULL,
  payer_iban text NULL,
  pdf_path text NULL
);

CREATE TABLE studio.model_release (
  id serial PRIMARY KEY,
  engagement_id int NOT NULL REFERENCES studio.engagement(id),
  subject_name text NOT NULL,
  subject_email text NULL,
  subject_birth_date date NULL,
  guardian_name text NULL,
  signed_on date NOT NULL,
  signature_svg text NULL,
  media_object_id uuid NULL,
  usage_scope text NOT NULL,
  fee_eur numeric(8,2) NULL,
  notes text NULL
);

CREATE TABLE studio.research_participant (
  id serial PRIMARY KEY,
  engagement_id int NOT NULL REFERENCES studio.engagement(id),
  full_name text NOT NULL,
  email text NULL,
  phone text NULL,
  age_band text NULL,
  gender text NULL,
  occupation text NULL,
  city text NULL,
  session_at timestamptz NULL,
  recording_url text NULL,
  incentive_iban text NULL,
  consent_version text NULL,
  observer_notes text NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE studio.client_login (
  id serial PRIMARY KEY,
  client_id int NOT NULL REFERENCES studio.client(id),
  system text NOT NULL,
  url text NULL,
  username text NULL,
  password text NULL,
  otp_seed text NULL,
  notes text NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE studio.review_round (
  id serial PRIMARY KEY,
  engagement_id int NOT NULL REFERENCES studio.engagement(id),
  penpot_file_id uuid NULL,
  round_no smallint NOT NULL,
  share_url text NULL,
  sent_to text NULL,
  sent_at timestamptz NULL,
  decision text NULL,
  summary text NULL
);

CREATE TABLE studio.lead (
  id serial PRIMARY KEY,
  received_at timestamptz NOT NULL,
  company text NULL,
  contact_name text NOT NULL,
  email text NOT NULL,
  phone text NULL,
  message text NULL,
  source text NULL,
  budget_band text NULL,
  status text NOT NULL DEFAULT 'new'
);

CREATE TABLE studio.setting (
  key text PRIMARY KEY,
  value text NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by int NULL REFERENCES studio.staff(id)
);

INSERT INTO studio.staff (id, penpot_profile_id, display_name, work_email, private_mobile, role_title, day_rate_eur, started_on, left_on, home_city, slack_handle, emergency_contact, created_at)
SELECT p.i, p.id, p.fullname, p.email, fixture_gen.phone('stm', p.i),
       (ARRAY['Managing Director', 'Creative Director', 'Senior UX Designer', 'UI Designer', 'UX Researcher', 'Brand Designer', 'Illustrator', 'Design Technologist', 'Project Manager', 'Working Student'])[1 + p.i % 10],
       (520 + fixture_gen.n('stdr', p.i, 40) * 10)::numeric, p.created::date, CASE WHEN p.i IN (7, 16) THEN date '2024-06-30' END,
       fixture_gen.pick(ARRAY['Hamburg', 'Hamburg', 'Lisboa', 'Lübeck', 'Berlin', 'Porto', 'Kiel'], 'sthc', p.i),
       '@' || fixture_gen.ascii(p.first) || CASE WHEN p.i % 2 = 0 THEN '.' || substr(fixture_gen.ascii(p.last), 1, 1) ELSE '' END,
       fixture_gen.full_name('stec', p.i) || ' (' || fixture_gen.pick(ARRAY['partner', 'mother', 'father', 'sister', 'husband', 'wife'], 'ster', p.i) || ') ' || fixture_gen.phone('step', p.i),
       p.created
FROM pgen.p p WHERE p.kind = 'staff';

INSERT INTO studio.client (id, name, legal_name, legal_form, vat_id, industry, website, billing_street, billing_postcode, billing_city, billing_country, phone, account_manager_id, penpot_team_id, status, notes, created_at)
SELECT cl.k, cl.name, cl.legal, cl.form, CASE WHEN cl.country IN ('DE', 'PT', 'IT', 'FI', 'IE') OR cl.k % 3 = 0 THEN fixture_gen.vat('clvat', cl.k) END, cl.industry, 'https://www.' || cl.domain,
       cl.street, cl.pc, cl.city, cl.country,
       CASE cl.country WHEN 'DE' THEN '+49 40 ' || fixture_gen.digits('clph', cl.k, 7) WHEN 'PT' THEN '+351 21 ' || fixture_gen.digits('clph', cl.k, 7) WHEN 'GB' THEN '+44 20 ' || fixture_gen.digits('clph', cl.k, 8) ELSE fixture_gen.phone('clph', cl.k) END,
       1 + cl.k % 6, CASE WHEN cl.k <= 23 THEN pgen.u('team', 1000 + cl.k) ELSE pgen.u('team', 1024) END,
       CASE WHEN cl.k IN (11, 22) THEN 'dormant' ELSE 'active' END,
       CASE cl.k
         WHEN 2 THEN 'Dr. Kowalski decides everything herself, prefers calls after 18:00 on her mobile. Invoices to the practice, paid from her private account.'
         WHEN 7 THEN 'Amara pays late but always pays. Her partner Kwame does the bookkeeping (kwame.mensah@posteo.de).'
         WHEN 8 THEN 'Procurement via Ana Beatriz Santos; NDA signed 2023-02. All designs under embargo until launch.'
         WHEN 16 THEN 'Elternbeirat approves designs; photos of children only with signed releases (see model releases).'
         WHEN 18 THEN 'Avv. Rossi wants Italian and English versions. Studio address is also her home.'
         ELSE fixture_gen.pick(ARRAY['Good client, quick feedback.', 'Pays within 14 days.', 'Feedback rounds tend to drag on.', NULL, 'Referral from Hafenbräu.'], 'clno', cl.k) END,
       pgen.at('clca', cl.k, '2021-03-01', '2024-03-01')
FROM pgen.cl;

-- contacts: the clients' people in Penpot, and some who never logged in
INSERT INTO studio.contact (client_id, first_name, last_name, email, phone_mobile, phone_office, job_title, linkedin_url, preferred_lang, is_primary, birthday, notes, penpot_profile_id, created_at)
SELECT p.k, p.first, p.last, p.email, fixture_gen.phone('ctm', p.i), CASE WHEN p.i % 3 = 0 THEN fixture_gen.phone('cto', p.i) END,
       fixture_gen.pick(ARRAY['Marketing Manager', 'Head of Communications', 'Owner', 'Brand Manager', 'Product Owner', 'Office Manager', 'CEO', 'Digital Lead', 'Praxismanagerin', 'Diretora de Marketing'], 'ctjt', p.i),
       CASE WHEN p.i % 4 = 0 THEN 'https://www.linkedin.com/in/' || fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || '-' || fixture_gen.hexn('ctli', p.i, 8) END,
       coalesce(p.lang, 'en'), p.i = (SELECT min(i) FROM pgen.p q WHERE q.k = p.k),
       CASE WHEN p.i % 2 = 0 THEN fixture_gen.birth_date('ctbd', p.i) END,
       CASE WHEN p.i % 5 = 0 THEN fixture_gen.pick(ARRAY['On parental leave until March, ask ' || fixture_gen.first_name('ctnl', p.i) || ' instead.',
            'Prefers WhatsApp, not email.', 'Vegetarian – remember for the launch dinner.', 'Sends feedback as voice memos.', 'Moved to Lisbon office, new mobile ' || fixture_gen.phone('ctnp', p.i) || '.'], 'ctno', p.i) END,
       p.id, p.created
FROM pgen.p p WHERE p.kind = 'client'
UNION ALL
SELECT 1 + c % 23, fixture_gen.first_name('ctxf', c), fixture_gen.last_name('ctxl', c), fixture_gen.email('ctxe', c), fixture_gen.phone('ctxm', c), NULL, 'Accounts payable', NULL, 'en', false,
       NULL, CASE WHEN c % 3 = 0 THEN 'Invoices only.' END, NULL, pgen.at('ctxa', c, '2021-06-01', '2024-09-01')
FROM generate_series(1, 30) c;

INSERT INTO studio.engagement (client_id, code, title, budget_eur, starts_on, ends_on, status, penpot_project_id, lead_staff_id, brief, created_at, updated_at)
SELECT 1 + (e - 1) % 23, upper(substr(fixture_gen.ascii((SELECT name FROM pgen.cl WHERE cl.k = 1 + (e - 1) % 23)), 1, 3)) || '-' || extract(year FROM s)::text || '-' || lpad(e::text, 2, '0'),
       (SELECT name FROM project WHERE id = pgen.u('project', 1001 + (e - 1) % 80)), (4000 + fixture_gen.n('enb', e, 60) * 1000)::numeric,
       s::date, (s + interval '90 days')::date, CASE WHEN s < '2024-05-01' THEN 'closed' ELSE 'running' END, pgen.u('project', 1001 + (e - 1) % 80), 1 + e % 10,
       fixture_gen.pick(ARRAY['Relaunch of the website with online booking. Contact person on their side: ' || fixture_gen.full_name('enbp', e) || ' (' || fixture_gen.phone('enbph', e) || ').',
         'New labels for the summer range, print by July.', 'Brand refresh including signage at the new location.',
         'App onboarding redesign; user testing with 8 existing customers recruited by the client.', 'Annual report 2023, 48 pages, photos of the board members.',
         'Newsletter templates, handover to their agency in Porto.'], 'enbr', e),
       s - interval '20 days', greatest(s + interval '30 days', pgen.at('enca', e, '2024-06-01', '2024-09-27'))
FROM (SELECT e, pgen.at('ens', e, '2021-04-01', '2024-09-01') AS s FROM generate_series(1, 60) e) x;

INSERT INTO studio.time_entry (engagement_id, staff_id, worked_on, hours, description, billable, created_at)
SELECT 1 + t % 60, 1 + fixture_gen.n('tes', t, 20), d, (1 + fixture_gen.n('teh', t, 16)) / 2.0,
       fixture_gen.pick(ARRAY['Layout iterations', 'Call with ' || fixture_gen.full_name('tecn', t) || ' about the feedback', 'Retouching headshots', 'Design system tokens',
         'Workshop at the client''s office', 'Interviews with test participants', 'Print files and proof check', 'Internal review', 'Onboarding ' || fixture_gen.first_name('teon', t) || ' to Penpot'], 'ted', t),
       t % 9 <> 0, d + interval '18 hours'
FROM (SELECT t, pgen.at('tewd', t, '2023-01-01', '2024-09-27')::date AS d FROM generate_series(1, 300) t) x;

INSERT INTO studio.invoice (client_id, engagement_id, number, issued_on, due_on, amount_net, vat_rate, amount_gross, paid_on, payer_name, payer_iban, pdf_path)
SELECT c, e, 'NL-' || extract(year FROM d)::text || '-' || lpad(v::text, 4, '0'), d, d + 14, net, vr, round(net * (1 + vr / 100), 2),
       CASE WHEN v % 7 <> 0 THEN d + fixture_gen.n('ivpd', v, 30) END,
       CASE WHEN v % 7 <> 0 THEN CASE WHEN cl.sole THEN cl.owner_first || ' ' || cl.owner_last ELSE cl.legal END END,
       CASE WHEN v % 7 <> 0 THEN fixture_gen.iban_for('ivib', c) END,
       'invoices/' || extract(year FROM d)::text || '/NL-' || extract(year FROM d)::text || '-' || lpad(v::text, 4, '0') || '_' || replace(CASE WHEN cl.sole THEN cl.owner_first || '_' || cl.owner_last ELSE cl.name END, ' ', '_') || '.pdf'
FROM (SELECT v, 1 + (v - 1) % 60 AS e, 1 + ((v - 1) % 60) % 23 AS c, pgen.at('ivd', v, '2021-06-01', '2024-09-20')::date AS d,
             (800 + fixture_gen.n('ivn', v, 240) * 50)::numeric AS net FROM generate_series(1, 120) v) x
JOIN pgen.cl ON cl.k = x.c, LATERAL (SELECT CASE WHEN cl.country = 'DE' THEN 19.00 ELSE 0.00 END AS vr) r;

INSERT INTO studio.model_release (engagement_id, subject_name, subject_email, subject_birth_date, guardian_name, signed_on, signature_svg, media_object_id, usage_scope, fee_eur, notes)
SELECT 1 + m % 60, fixture_gen.full_name('mrn', m), CASE WHEN m % 4 <> 0 THEN fixture_gen.email('mrn', m) END,
       CASE WHEN m % 6 = 0 THEN date '2019-01-01' + fixture_gen.n('mrkb', m, 1500) ELSE fixture_gen.birth_date('mrbd', m) END,
       CASE WHEN m % 6 = 0 THEN fixture_gen.full_name('mrgn', m) END, pgen.at('mrs', m, '2022-01-01', '2024-09-20')::date,
       '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80"><path d="M' || fixture_gen.n('mrs1', m, 40) || ' ' || (40 + fixture_gen.n('mrs2', m, 20)) || ' C' || fixture_gen.n('mrs3', m, 90) || ' ' || fixture_gen.n('mrs4', m, 80) || ', '
         || (100 + fixture_gen.n('mrs5', m, 60)) || ' ' || fixture_gen.n('mrs6', m, 80) || ', ' || (200 + fixture_gen.n('mrs7', m, 90)) || ' ' || (20 + fixture_gen.n('mrs8', m, 50)) || '" stroke="#000" fill="none"/></svg>',
       pgen.u('fmo', 2001 + (m * 7) % 400), fixture_gen.pick(ARRAY['website and social media, 3 years', 'print and web, unlimited', 'annual report only', 'internal presentations'], 'mrus', m),
       CASE WHEN m % 3 = 0 THEN 150.00 END,
       CASE WHEN m % 5 = 0 THEN fixture_gen.pick(ARRAY['Do not show face in close-up, scar from surgery.', 'Withdrew consent for social media on 2024-05-02.', 'Only first name in captions.'], 'mrno', m) END
FROM generate_series(1, 60) m;

INSERT INTO studio.research_participant (engagement_id, full_name, email, phone, age_band, gender, occupation, city, session_at, recording_url, incentive_iban, consent_version, observer_notes, created_at)
SELECT 1 + (r * 3) % 60, fixture_gen.full_name('rpn', r), fixture_gen.email('rpn', r), fixture_gen.phone('rpp', r),
       fixture_gen.pick(ARRAY['18-24', '25-34', '35-44', '45-54', '55-64', '65+'], 'rpab', r), fixture_gen.pick(ARRAY['female', 'male', 'non-binary', 'prefer not to say'], 'rpg', r),
       fixture_gen.pick(ARRAY['Nurse', 'Teacher', 'Retired', 'Student', 'Software developer', 'Bus driver', 'Dental assistant', 'Accountant', 'Self-employed'], 'rpo', r),
       fixture_gen.city('rpc', r), at,
       CASE WHEN r % 3 = 0 THEN 'https://us06web.zoom.us/rec/share/' || pgen.b64url('rpz', r, 48) || '?pwd=' || fixture_gen.chars('rpzp', r, 12)
            WHEN r % 3 = 1 THEN 'https://nextcloud.nordlicht.studio/s/' || fixture_gen.chars('rpnc', r, 15) END,
       CASE WHEN r % 2 = 0 THEN fixture_gen.iban_for('rpib', r) END, 'v' || (1 + r % 3)::text || '-2023',
       fixture_gen.pick(ARRAY['Struggled with the date picker, uses a screen reader (low vision).', 'Very talkative, mentioned her diabetes app as reference.',
         'Did not find the booking button on mobile.', 'Works night shifts, only available after 14:00.', 'Compared it to the competitor app, liked our font.', NULL], 'rpno', r),
       at - interval '10 days'
FROM (SELECT r, pgen.at('rpat', r, '2023-03-01', '2024-09-20') AS at FROM generate_series(1, 80) r) x;

INSERT INTO studio.client_login (client_id, system, url, username, password, otp_seed, notes, updated_at)
SELECT 1 + l % 23, sys,
       CASE sys WHEN 'WordPress admin' THEN 'https://www.' || cl.domain || '/wp-admin' WHEN 'Shopify' THEN 'https://admin.shopify.com/store/' || fixture_gen.ascii(cl.name)
                WHEN 'Mailchimp' THEN 'https://login.mailchimp.com' WHEN 'Google Analytics' THEN 'https://analytics.google.com' ELSE 'https://www.instagram.com/' || fixture_gen.ascii(cl.name) END,
       CASE WHEN l % 2 = 0 THEN 'agency@nordlicht.studio' ELSE fixture_gen.ascii(cl.name) || '_admin' END,
       fixture_gen.chars('clpw', l, 6) || fixture_gen.pick(ARRAY['!', '#', '-', '2024', '?'], 'clps', l) || fixture_gen.chars('clpw2', l, 8),
       CASE WHEN l % 4 = 0 THEN fixture_gen.chars('clotp', l, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       CASE WHEN l % 3 = 0 THEN 'Ask ' || fixture_gen.first_name('clnf', l) || ' for the 2FA code by SMS.' END,
       pgen.at('clua', l, '2023-01-01', '2024-09-20')
FROM (SELECT l, fixture_gen.pick(ARRAY['WordPress admin', 'Shopify', 'Mailchimp', 'Google Analytics', 'Instagram'], 'clsy', l) AS sys FROM generate_series(1, 30) l) x JOIN pgen.cl ON cl.k = 1 + l % 23;

INSERT INTO studio.review_round (engagement_id, penpot_file_id, round_no, share_url, sent_to, sent_at, decision, summary)
SELECT 1 + r % 60, f.id, 1 + r % 4,
       'https://design.nordlicht.studio/#/view?file-id=' || f.id || '&page-id=' || pgen.u('page', f.n) || '&section=interactions&index=0&share-id=' || pgen.u('shl', 1 + r % 60),
       (SELECT email FROM pgen.p q WHERE q.i = f.subj), pgen.at('rrsa', r, f.created, f.modified),
       fixture_gen.pick(ARRAY['approved', 'changes requested', 'approved with changes', NULL], 'rrd', r),
       fixture_gen.pick(ARRAY['Client wants bigger photos of the team, ' || fixture_gen.full_name('rrsn', r) || ' to send new headshots.', 'Approved, print run next week.',
         'Colours ok, wording to be checked by their legal team.', 'Frau ' || fixture_gen.last_name('rrsl', r) || ' was unhappy with her portrait, reshoot on Tuesday.', NULL], 'rrsu', r)
FROM generate_series(1, 90) r JOIN pgen.f f ON f.n = 1 + ((1 + r % 60) * 4) % 250;

INSERT INTO studio.lead (received_at, company, contact_name, email, phone, message, source, budget_band, status)
SELECT pgen.at('ldat', l, '2023-01-01', '2024-09-27'), CASE WHEN l % 4 <> 0 THEN fixture_gen.pick(ARRAY['Bäckerei Lindner', 'Clínica Sorriso', 'Elbe Kayak Tours', 'Studio Lumen', 'Kanzlei Yılmaz', 'Casa do Fado', 'Hansa Robotics', 'Ostsee Apotheke'], 'ldco', l) END,
       fixture_gen.full_name('ldn', l), fixture_gen.email('ldn', l), CASE WHEN l % 3 <> 0 THEN fixture_gen.phone('ldp', l) END,
       fixture_gen.pick(ARRAY['Hallo, wir brauchen eine neue Website für unsere Praxis. Rufen Sie mich gern an: ' || fixture_gen.phone('ldmp', l),
         'We are opening a second location and need signage and a menu. Budget is tight.', 'Olá! Precisamos de um novo logótipo para a nossa loja.',
         'Saw your work for Hafenbräu, can you do something similar for our wedding (' || fixture_gen.first_name('ldwa', l) || ' & ' || fixture_gen.first_name('ldwb', l) || ')?',
         'Looking for a UX audit of our checkout.'], 'ldm', l),
       fixture_gen.pick(ARRAY['website form', 'referral', 'instagram', 'behance', 'email'], 'lds', l), fixture_gen.pick(ARRAY['< 5k', '5-15k', '15-50k', '50k+'], 'ldb', l),
       fixture_gen.pick(ARRAY['new', 'contacted', 'won', 'lost', 'spam'], 'ldst', l)
FROM generate_series(1, 40) l;

INSERT INTO studio.setting (key, value, updated_at, updated_by) VALUES
  ('invoice.prefix', 'NL-', '2022-01-03 09:00:00+00', 1),
  ('invoice.payment_terms_days', '14', '2022-01-03 09:00:00+00', 1),
  ('invoice.bank_iban', fixture_gen.iban('DE', fixture_gen.digits('nlib', 1, 18)), '2022-01-03 09:00:00+00', 1),
  ('penpot.base_url', 'https://design.nordlicht.studio', '2023-04-12 09:00:00+00', 3),
  ('penpot.access_token', pgen.jwe('setpat', 1), '2024-05-02 10:12:00+00', 3),
  ('penpot.webhook_secret', fixture_gen.chars('setwh', 1, 32), '2024-05-02 10:12:00+00', 3),
  ('smtp.host', 'smtp.eu.mailgun.org', '2023-04-12 09:00:00+00', 3),
  ('smtp.username', 'postmaster@mg.nordlicht.studio', '2023-04-12 09:00:00+00', 3),
  ('smtp.password', fixture_gen.hexn('setsmtp', 1, 32) || '-' || fixture_gen.hexn('setsmtp2', 1, 8) || '-' || fixture_gen.hexn('setsmtp3', 1, 8), '2023-04-12 09:00:00+00', 3),
  ('nextcloud.app_password', fixture_gen.chars('setnc', 1, 5) || '-' || fixture_gen.chars('setnc2', 1, 5) || '-' || fixture_gen.chars('setnc3', 1, 5) || '-' || fixture_gen.chars('setnc4', 1, 5) || '-' || fixture_gen.chars('setnc5', 1, 5), '2023-09-01 09:00:00+00', 3),
  ('ui.default_currency', 'EUR', '2022-01-03 09:00:00+00', 1),
  ('ui.week_starts_on', 'monday', '2022-01-03 09:00:00+00', 1),
  ('timesheet.reminder_day', 'friday', '2022-01-03 09:00:00+00', 1),
  ('gdpr.retention_months', '36', '2023-02-01 09:00:00+00', 1),
  ('office.wifi_password', fixture_gen.chars('setwifi', 1, 14), '2023-02-01 09:00:00+00', 2);

SELECT fixture_gen.reset_sequences('studio');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
