-- classify-eval fixture (HOLDOUT 49: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- Indico 3.3 event-management database on PostgreSQL, in the naming its
-- SQLAlchemy models and Alembic migrations create: the tables kept in
-- several PostgreSQL schemas (users, categories, events, event_registration,
-- event_abstracts, event_paper_reviewing, attachments, roombooking, oauth,
-- indico), plural snake_case tables, serial integer ids, `_dt` columns as
-- UTC `timestamp without time zone`, integer enums, uuid tokens, varchar[]
-- arrays, many jsonb columns (key/value settings tables with jsonb values,
-- registration answers, payment provider data, identity provider data,
-- videoconference room data, log entry data), and the polymorphic person
-- links (events.persons beside per-contribution and per-abstract link rows
-- that may override the person's name, affiliation, address and phone).
-- The fixture format holds several PostgreSQL schemas, so Indico's own are
-- kept; only Alembic's version table is in public. A subset of Indico's
-- tables with a subset of their real columns; all tables are Indico's own,
-- no operator schema was needed to reach the column count.
--
-- The instance is indico.kpl-lab.eu, run by the Users' Office and the IT
-- group of Kestrel Point Laboratory (KPL), a (fictional) accelerator and
-- particle physics laboratory near Grenoble, for its conferences, summer
-- schools, workshops, seminars and group meetings. Its data: users (staff
-- logging in through the lab's Keycloak, visiting scientists through ORCID
-- or local accounts with bcrypt hashes), their emails, affiliations, phones,
-- home or institute addresses and uploaded photos, identities with the
-- identity providers' OAuth tokens and profile JSON, API keys and the URLs
-- they were last used on, OAuth applications and token hashes, personal
-- tokens; a predefined list of institutions (ROR); categories; events with
-- their contact emails and phones, access keys, organizer info and
-- additional info (where some organizers paste the Zoom link with its
-- passcode); speakers, authors and chairs as event persons and person
-- links; contributions; the event log (registrations, emails sent, changes);
-- event settings mixing layout flags with payment details (a bank transfer
-- text with the lab's IBAN, a per-event Stripe key) and the data
-- controller's name; paid registrations on forms with custom fields (date
-- of birth and passport number for site access, dietary needs, arrival and
-- departure dates, remarks, uploaded passport scans and posters);
-- invitations; payment transactions with PayPal and Stripe payloads;
-- speaker release agreements with signed scans; meeting minutes; Zoom
-- rooms; reminders; abstracts with comments and reviews, custom abstract
-- fields naming supervisors, notification email logs; paper revisions and
-- files; attachment folders, attachments and files named after speakers;
-- room booking (rooms with key holders, bookings for people, edit logs,
-- room photos, blockings); the site settings with the Zoom, Stripe, PayPal
-- and URL shortener credentials. Loaded after ../helpers.sql; labels in
-- labels.tsv.

CREATE SCHEMA igen;

-- at: a time between two instants, to the second (Indico stores UTC naive).
CREATE FUNCTION igen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION igen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION igen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- u: a deterministic uuid; sha: a 64-hex SHA-256 digest.
CREATE FUNCTION igen.u(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT md5(tag || ':' || i)::uuid $$;

CREATE FUNCTION igen.sha(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to(tag || '#' || i, 'UTF8')), 'hex') $$;

-- bcrypt as Indico's BcryptPassword stores it ($2b$12$).
CREATE FUNCTION igen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2b' || '$12$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- safe: a file name as werkzeug's secure_filename leaves it.
CREATE FUNCTION igen.safe(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT regexp_replace(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçışğÁÉÍÓÚÖÜÇŞ ''', 'aeiouaeiouaeiouaeiouaoncisgAEIOUOUCS__'), '[^A-Za-z0-9_.-]+', '', 'g') $$;

-- orcid: an ORCID iD with its ISO 7064 11,2 check character.
CREATE FUNCTION igen.orcid(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d text := '000' || (1 + fixture_gen.n(tag || 'o', i, 3))::text || fixture_gen.digits(tag, i, 11);
  t int := 0;
  r int;
  c text;
BEGIN
  FOR k IN 1..15 LOOP
    t := (t + substr(d, k, 1)::int) * 2;
  END LOOP;
  r := (12 - t % 11) % 11;
  c := CASE WHEN r = 10 THEN 'X' ELSE r::text END;
  d := d || c;
  RETURN substr(d, 1, 4) || '-' || substr(d, 5, 4) || '-' || substr(d, 9, 4) || '-' || substr(d, 13, 4);
END $$;

-- ua: a browser or script user agent.
CREATE FUNCTION igen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'python-requests/2.31.0', 'curl/8.5.0', 'Indico-Checkin/2.1 (Android 14)'], tag, i)
$$;

-- Institutions (the ROR-derived list Indico offers; 1 is the host lab).
CREATE TABLE igen.aff (id int PRIMARY KEY, name text, city text, cc text, street text, postcode text, dom text, alt text);
INSERT INTO igen.aff VALUES
  (1, 'Kestrel Point Laboratory', 'Saint-Égrève', 'FR', '1 chemin du Synchrotron', '38120', 'kpl-lab.eu', 'KPL'),
  (2, 'Université Grenoble Alpes', 'Grenoble', 'FR', '621 avenue Centrale', '38400', 'univ-grenoble-alpes.fr', 'UGA'),
  (3, 'University of Manchester', 'Manchester', 'GB', 'Oxford Road', 'M13 9PL', 'manchester.ac.uk', 'UoM'),
  (4, 'Deutsches Elektronen-Synchrotron DESY', 'Hamburg', 'DE', 'Notkestraße 85', '22607', 'desy.de', 'DESY'),
  (5, 'INFN Sezione di Bologna', 'Bologna', 'IT', 'Viale Carlo Berti Pichat 6/2', '40127', 'bo.infn.it', 'INFN Bologna'),
  (6, 'Tata Institute of Fundamental Research', 'Mumbai', 'IN', 'Homi Bhabha Road, Colaba', '400005', 'tifr.res.in', 'TIFR'),
  (7, 'High Energy Accelerator Research Organization', 'Tsukuba', 'JP', '1-1 Oho', '305-0801', 'post.kek.jp', 'KEK'),
  (8, 'Universidade de São Paulo', 'São Paulo', 'BR', 'Rua do Matão 1371', '05508-090', 'usp.br', 'USP'),
  (9, 'University of Oxford', 'Oxford', 'GB', 'Keble Road', 'OX1 3RH', 'physics.ox.ac.uk', 'Oxford'),
  (10, 'Fermi National Accelerator Laboratory', 'Batavia', 'US', 'Kirk Road and Pine Street', '60510', 'fnal.gov', 'Fermilab'),
  (11, 'Jagiellonian University', 'Kraków', 'PL', 'ul. Łojasiewicza 11', '30-348', 'uj.edu.pl', 'UJ'),
  (12, 'Uppsala University', 'Uppsala', 'SE', 'Lägerhyddsvägen 1', '752 37', 'physics.uu.se', 'UU'),
  (13, 'Kyungpook National University', 'Daegu', 'KR', '80 Daehak-ro', '41566', 'knu.ac.kr', 'KNU'),
  (14, 'University of Cape Town', 'Cape Town', 'ZA', 'Rondebosch', '7701', 'uct.ac.za', 'UCT'),
  (15, 'Universidad de Sevilla', 'Sevilla', 'ES', 'Avenida Reina Mercedes s/n', '41012', 'us.es', 'US'),
  (16, 'Institute of High Energy Physics', 'Beijing', 'CN', '19B Yuquan Road', '100049', 'ihep.ac.cn', 'IHEP'),
  (17, 'Boğaziçi University', 'Istanbul', 'TR', 'Bebek', '34342', 'boun.edu.tr', 'BOUN'),
  (18, 'University of Helsinki', 'Helsinki', 'FI', 'Gustaf Hällströmin katu 2', '00560', 'helsinki.fi', 'UH'),
  (19, 'Nikhef', 'Amsterdam', 'NL', 'Science Park 105', '1098 XG', 'nikhef.nl', 'NIKHEF'),
  (20, 'IJCLab', 'Orsay', 'FR', '15 rue Georges Clemenceau', '91405', 'ijclab.in2p3.fr', 'Laboratoire de Physique des 2 Infinis'),
  (21, 'University of Lagos', 'Lagos', 'NG', 'Akoka, Yaba', '101017', 'unilag.edu.ng', 'UNILAG'),
  (22, 'Universidade do Porto', 'Porto', 'PT', 'Rua do Campo Alegre 687', '4169-007', 'fc.up.pt', 'U.Porto'),
  (23, 'Indian Institute of Technology Bombay', 'Mumbai', 'IN', 'Powai', '400076', 'iitb.ac.in', 'IIT Bombay'),
  (24, 'Vietnam Academy of Science and Technology', 'Hanoi', 'VN', '18 Hoang Quoc Viet', '100000', 'iop.vast.vn', 'VAST');

-- The people: 1-40 the lab's staff, 41-260 visiting scientists.
CREATE TABLE igen.p (i int PRIMARY KEY, first text, last text, title int, aff int, email text, email2 text, phone text,
  street text, postcode text, city text, cc text, login text, birth date, passport text, position text);
INSERT INTO igen.p
SELECT i, f, l,
       fixture_gen.pick(ARRAY['0', '0', '0', '4', '4', '5', '1', '2', '3', '6'], 'pti', i)::int,
       a,
       CASE WHEN i % 10 < 7 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || (SELECT dom FROM igen.aff WHERE id = a)
            ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || (i % 97)::text || '@'
                 || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'outlook.com', 'web.de', 'yahoo.co.in', 'qq.com', 'naver.com'], 'pem', i) END,
       substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || (1960 + i % 45)::text || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'gmx.de', 'orange.fr', 'icloud.com', 'hotmail.com'], 'pe2', i),
       CASE WHEN i <= 40 THEN '+33 4 76 42 ' || fixture_gen.digits('pphi', i, 2) || ' ' || fixture_gen.digits('pphj', i, 2) ELSE fixture_gen.phone('pph', i) END,
       fixture_gen.street('pst', i), fixture_gen.postcode('ppc', i), fixture_gen.city('pci', i),
       (SELECT cc FROM igen.aff WHERE id = a),
       substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || CASE WHEN i % 4 = 0 THEN (i % 100)::text ELSE '' END,
       fixture_gen.birth_date('pbd', i),
       fixture_gen.chars('ppa', i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('ppn', i, 7),
       fixture_gen.pick(ARRAY['PhD student', 'Postdoctoral researcher', 'Staff scientist', 'Professor', 'Engineer', 'Master student', 'Research fellow', 'Technician', 'Senior scientist'], 'ppo', i)
FROM generate_series(1, 260) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('pf', i) AS f, fixture_gen.last_name('pl', i) AS l,
                           CASE WHEN i <= 40 THEN 1 ELSE 2 + fixture_gen.n('paf', i, 23) END AS a) x;
UPDATE igen.p p SET login = p.login || '_' || p.i WHERE EXISTS (SELECT 1 FROM igen.p q WHERE q.login = p.login AND q.i < p.i);

-- Events: 1-12 conferences, workshops and schools (registration, payment,
-- abstracts on some), 13-60 seminars, colloquia and group meetings.
CREATE TABLE igen.ev (id int PRIMARY KEY, title text, type int, cat int, conf boolean, abstracts boolean, start_dt timestamp, dur interval, room text, fee numeric);
INSERT INTO igen.ev VALUES
  (1, 'KPL Summer School on Detector Physics 2022', 3, 3, true, false, '2022-07-04 07:00', '11 days 10 hours', 'Main Auditorium', 450),
  (2, 'International Workshop on Neutrino-Nucleus Interactions (NuNI 2022)', 3, 2, true, true, '2022-10-17 07:30', '4 days 9 hours', 'Main Auditorium', 380),
  (3, 'Hadron Spectroscopy Days 2023', 3, 2, true, true, '2023-03-13 08:00', '2 days 9 hours', 'Room 12-1-005 (Salle Curie)', 120),
  (4, 'KPL Users'' Meeting 2023', 3, 10, true, false, '2023-05-22 07:00', '1 day 10 hours', 'Main Auditorium', 0),
  (5, 'Workshop on Machine Learning for Accelerator Operations', 3, 6, true, true, '2023-06-26 07:00', '2 days 9 hours', 'Room 40-S2-A01', 150),
  (6, 'KPL Summer School on Detector Physics 2023', 3, 3, true, false, '2023-07-03 07:00', '11 days 10 hours', 'Main Auditorium', 480),
  (7, 'Conference on Precision Muon Physics (PreMu 2023)', 3, 2, true, true, '2023-10-09 07:00', '4 days 9 hours', 'Main Auditorium', 420),
  (8, 'Radiation Protection Refresher Course 2024', 3, 9, true, false, '2024-02-05 08:00', '7 hours', 'Training Centre, room T-02', 90),
  (9, 'International Workshop on Neutrino-Nucleus Interactions (NuNI 2024)', 3, 2, true, true, '2024-04-15 07:30', '4 days 9 hours', 'Main Auditorium', 400),
  (10, 'KPL Users'' Meeting 2024', 3, 10, true, false, '2024-05-27 07:00', '1 day 10 hours', 'Main Auditorium', 0),
  (11, 'KPL Summer School on Detector Physics 2024', 3, 3, true, false, '2024-07-01 07:00', '11 days 10 hours', 'Main Auditorium', 495),
  (12, 'Symposium on Superconducting RF Cavities (SRF-KPL 2025)', 3, 2, true, true, '2025-02-10 07:30', '3 days 9 hours', 'Main Auditorium', 350);
INSERT INTO igen.ev
SELECT i,
       CASE k WHEN 0 THEN 'Detector Seminar: ' || fixture_gen.pick(ARRAY['Timing layers for the next generation of trackers', 'Radiation-hard SiPMs', 'Gaseous detectors with resistive anodes', 'Cryogenic bolometers for rare decays', 'Readout ASICs in 28 nm CMOS'], 'evt', i)
              WHEN 1 THEN 'Physics Colloquium: ' || fixture_gen.pick(ARRAY['The muon g-2 puzzle', 'What neutrinos tell us about the early universe', 'Lattice QCD at the exascale', 'Searching for axions with haloscopes', 'The proton radius, ten years on'], 'evt', i)
              WHEN 2 THEN fixture_gen.pick(ARRAY['Beam Operations weekly meeting', 'Calorimeter group meeting', 'SRF cavity test stand meeting', 'Cryogenics coordination', 'Computing and data management meeting'], 'evt', i)
              ELSE 'Theory lunch seminar: ' || fixture_gen.pick(ARRAY['Effective field theories for dark sectors', 'Resummation in soft-collinear effective theory', 'Flavour anomalies revisited', 'Chiral perturbation theory for beginners'], 'evt', i) END,
       CASE k WHEN 2 THEN 2 ELSE 1 END,
       CASE k WHEN 0 THEN 6 WHEN 1 THEN 4 WHEN 2 THEN fixture_gen.pick(ARRAY['5', '7', '11'], 'evc', i)::int ELSE 8 END,
       false, false,
       '2022-01-12 13:00'::timestamp + (i - 13) * interval '23 days' + fixture_gen.n('evd', i, 4) * interval '1 day',
       CASE k WHEN 2 THEN interval '1 hour' ELSE interval '1 hour 15 minutes' END,
       fixture_gen.pick(ARRAY['Room 40-S2-A01', 'Room 12-1-005 (Salle Curie)', 'Main Auditorium', 'Room 3-R-014', 'Theory Library'], 'evr', i), 0
FROM generate_series(13, 60) i CROSS JOIN LATERAL (SELECT i % 4 AS k) x;

CREATE SCHEMA indico;
CREATE SCHEMA users;
CREATE SCHEMA categories;
CREATE SCHEMA events;
CREATE SCHEMA event_registration;
CREATE SCHEMA event_abstracts;
CREATE SCHEMA event_paper_reviewing;
CREATE SCHEMA attachments;
CREATE SCHEMA roombooking;
CREATE SCHEMA oauth;

-- ---------------------------------------------------------------------------
-- Alembic.

CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);
INSERT INTO alembic_version VALUES ('e2b69fc2d1ba');

-- ---------------------------------------------------------------------------
-- indico: predefined affiliations and the site settings.

CREATE TABLE indico.affiliations (
  id serial PRIMARY KEY,
  name varchar NOT NULL,
  alt_names varchar[] NOT NULL DEFAULT '{}',
  street varchar NOT NULL DEFAULT '',
  postcode varchar NOT NULL DEFAULT '',
  city varchar NOT NULL DEFAULT '',
  country_code varchar NOT NULL DEFAULT '',
  meta jsonb NOT NULL DEFAULT '{}',
  is_deleted boolean NOT NULL DEFAULT false
);
INSERT INTO indico.affiliations (id, name, alt_names, street, postcode, city, country_code, meta, is_deleted)
SELECT id, name, ARRAY[alt], street, postcode, city, cc,
       jsonb_build_object('ror_id', 'https://ror.org/0' || fixture_gen.chars('ror', id, 6, 'abcdefghjkmnpqrstvwxyz0123456789') || fixture_gen.digits('ror', id, 2),
                          'source', CASE WHEN id = 1 THEN 'manual' ELSE 'ror' END),
       false
FROM igen.aff ORDER BY id;
SELECT setval('indico.affiliations_id_seq', 24);
INSERT INTO indico.affiliations (name, alt_names, street, postcode, city, country_code, meta, is_deleted) VALUES
  ('Paul Scherrer Institut', '{PSI}', 'Forschungsstrasse 111', '5232', 'Villigen', 'CH', '{"source": "ror"}', false),
  ('TRIUMF', '{}', '4004 Wesbrook Mall', 'V6T 2A3', 'Vancouver', 'CA', '{"source": "ror"}', false),
  ('Laboratoire Souterrain de Modane', '{LSM}', '1125 route de Bardonnèche', '73500', 'Modane', 'FR', '{"source": "ror"}', false),
  ('Kestrel Point Laboratory - Cryogenics Division (old entry)', '{}', '', '', '', 'FR', '{"source": "manual"}', true);

CREATE TABLE indico.settings (
  id serial PRIMARY KEY,
  module varchar NOT NULL,
  name varchar NOT NULL,
  value jsonb NOT NULL,
  UNIQUE (module, name)
);
INSERT INTO indico.settings (module, name, value) VALUES
  ('core', 'site_title', '"KPL Indico"'),
  ('core', 'site_organization', '"Kestrel Point Laboratory"'),
  ('core', 'custom_template_set', 'null'),
  ('core', 'local_identities', 'true'),
  ('core', 'local_registration', 'true'),
  ('core', 'local_moderation', 'true'),
  ('social', 'enabled', 'true'),
  ('social', 'facebook_app_id', '""'),
  ('users', 'allow_personal_tokens', 'true'),
  ('users', 'email_blacklist', '["*@mailinator.com", "*@guerrillamail.com"]'),
  ('users', 'mastodon_server_url', '"https://mastodon.social"'),
  ('api', 'security_mode', '3'),
  ('api', 'cache_ttl', '600'),
  ('api', 'signature_ttl', '300'),
  ('legal', 'network_protected_disclaimer', '"This event is only visible from the KPL network."'),
  ('legal', 'tos_url', '"https://kpl-lab.eu/terms"'),
  ('legal', 'privacy_policy_url', '"https://kpl-lab.eu/privacy"'),
  ('privacy', 'data_protection_officer', '"Dr. Beatriz Santos, Data Protection Officer, +33 4 76 42 10 77, dpo@kpl-lab.eu"'),
  ('cephalopod', 'joined', 'true'),
  ('cephalopod', 'contact_name', '"Marco Rossi"'),
  ('cephalopod', 'contact_email', '"marco.rossi@kpl-lab.eu"'),
  ('cephalopod', 'uuid', '"3fa0c0e2-6f0a-4b83-9d4d-5a3f1e8b2c71"'),
  ('payment', 'currencies', '[{"code": "EUR", "name": "Euro"}, {"code": "CHF", "name": "Swiss Franc"}]'),
  ('payment', 'currency', '"EUR"'),
  ('payment', 'conditions', '"Registration fees are non-refundable after the registration deadline. Invoices are issued on request by the Users'' Office."'),
  ('plugin_vc_zoom', 'email_domains', '["kpl-lab.eu"]'),
  ('plugin_vc_zoom', 'assistant_id', '"zoom-assistant@kpl-lab.eu"'),
  ('plugin_vc_zoom', 'send_host_url', 'false'),
  ('plugin_citadel', 'search_backend_url', '"https://citadel.kpl-lab.eu/api"'),
  ('plugin_piwik', 'server_url', '"https://stats.kpl-lab.eu/"'),
  ('plugin_piwik', 'site_id_general', '"4"'),
  ('plugin_ursh', 'api_host', '"https://kpl.link"'),
  ('plugin_previewer_code', 'enabled', 'true');
-- Credentials of the plugins, assembled at load time.
INSERT INTO indico.settings (module, name, value) VALUES
  ('plugin_vc_zoom', 'account_id', to_jsonb(igen.rnd('zac', 1, 22))),
  ('plugin_vc_zoom', 'client_id', to_jsonb(igen.rnd('zci', 1, 22))),
  ('plugin_vc_zoom', 'client_secret', to_jsonb(igen.rnd('zcs', 1, 32))),
  ('plugin_vc_zoom', 'webhook_token', to_jsonb(igen.rnd('zwt', 1, 22))),
  ('payment_paypal', 'business', '"conference-payments@kpl-lab.eu"'),
  ('payment_manual', 'details', to_jsonb('Please transfer the fee to Kestrel Point Laboratory, IBAN ' || fixture_gen.iban('FR', '30004028370001000456789') || ', BIC BNPAFRPPGRE, quoting your registration number.')),
  ('payment_stripe', 'pub_key', to_jsonb('pk_' || 'live_' || igen.rnd('spk', 1, 99))),
  ('payment_stripe', 'sec_key', to_jsonb('sk_' || 'live_' || igen.rnd('ssk', 1, 99))),
  ('payment_stripe', 'org_name', '"Kestrel Point Laboratory"'),
  ('plugin_ursh', 'api_key', to_jsonb(igen.u('ursh', 1)::text)),
  ('plugin_citadel', 'search_backend_token', to_jsonb(igen.rnd('cit', 1, 40))),
  ('plugin_piwik', 'server_token', to_jsonb(substr(igen.sha('piw', 1), 1, 32)));

-- ---------------------------------------------------------------------------
-- users: users, their affiliations, emails, identities, settings, API keys.

CREATE TABLE users.users (
  id serial PRIMARY KEY,
  first_name varchar NOT NULL,
  last_name varchar NOT NULL,
  title integer NOT NULL DEFAULT 0,
  phone varchar NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT '',
  merged_into_id integer REFERENCES users.users (id),
  is_admin boolean NOT NULL DEFAULT false,
  is_blocked boolean NOT NULL DEFAULT false,
  is_pending boolean NOT NULL DEFAULT false,
  is_deleted boolean NOT NULL DEFAULT false,
  is_system boolean NOT NULL DEFAULT false,
  picture bytea,
  picture_metadata jsonb NOT NULL DEFAULT 'null',
  picture_source integer NOT NULL DEFAULT 0,
  signing_secret uuid NOT NULL
);
INSERT INTO users.users (id, first_name, last_name, title, phone, address, is_system, picture_metadata, signing_secret)
VALUES (0, 'Indico', 'System', 0, '', '', true, 'null', igen.u('uss', 0));
INSERT INTO users.users (id, first_name, last_name, title, phone, address, merged_into_id, is_admin, is_blocked, is_pending, is_deleted, is_system,
  picture, picture_metadata, picture_source, signing_secret)
SELECT p.i, p.first, p.last, p.title,
       CASE WHEN p.i % 23 = 0 OR p.i % 3 = 0 THEN '' ELSE p.phone END,
       CASE WHEN p.i % 23 = 0 THEN '' WHEN p.i % 4 = 1 THEN a.name || E'\n' || a.street || E'\n' || a.postcode || ' ' || a.city
            WHEN p.i % 4 = 2 THEN p.street || E'\n' || p.postcode || ' ' || p.city ELSE '' END,
       CASE WHEN p.i IN (37, 88, 151) THEN p.i - 1 END,
       p.i <= 4,
       p.i IN (113, 177),
       p.i % 23 = 0,
       p.i IN (37, 88, 151),
       false,
       CASE WHEN p.i % 4 = 1 AND p.i % 23 <> 0 THEN decode('ffd8ffe000104a464946' || fixture_gen.hexn('upic', p.i, 300), 'hex') END,
       CASE WHEN p.i % 4 = 1 AND p.i % 23 <> 0 THEN jsonb_build_object('hash', md5('upic' || p.i), 'size', 160 + p.i, 'content_type', 'image/jpeg',
              'filename', CASE p.i % 3 WHEN 0 THEN igen.safe(p.first || '_' || p.last) || '.jpg' WHEN 1 THEN 'IMG_' || (1000 + fixture_gen.n('uimg', p.i, 8999)) || '.jpg' ELSE 'photo-' || fixture_gen.ascii(p.last) || '.jpg' END)
            ELSE 'null' END,
       CASE WHEN p.i % 4 = 1 AND p.i % 23 <> 0 THEN 2 WHEN p.i % 4 = 2 THEN 3 ELSE 0 END,
       igen.u('uss', p.i)
FROM igen.p p JOIN igen.aff a ON a.id = p.aff WHERE p.i <= 200 ORDER BY p.i;

CREATE TABLE users.affiliations (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users.users (id),
  name varchar NOT NULL,
  affiliation_id integer REFERENCES indico.affiliations (id)
);
INSERT INTO users.affiliations (user_id, name, affiliation_id)
SELECT p.i,
       CASE WHEN p.i % 23 = 0 THEN '' WHEN p.i % 15 = 0 THEN fixture_gen.pick(ARRAY['Independent researcher', 'Retired', 'Freelance science journalist', 'Lycée Champollion, Grenoble'], 'uaf', p.i)
            WHEN p.i % 7 = 0 THEN a.alt ELSE a.name END,
       CASE WHEN p.i % 23 = 0 OR p.i % 15 = 0 OR p.i % 7 = 0 THEN NULL ELSE a.id END
FROM igen.p p JOIN igen.aff a ON a.id = p.aff WHERE p.i <= 200 ORDER BY p.i;

CREATE TABLE users.emails (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users.users (id),
  email varchar NOT NULL,
  is_primary boolean NOT NULL DEFAULT false,
  is_user_deleted boolean NOT NULL DEFAULT false
);
INSERT INTO users.emails (user_id, email, is_primary, is_user_deleted)
SELECT i, email, prim, i IN (37, 88, 151) FROM (
  SELECT p.i, lower(p.email) AS email, true AS prim, 1 AS o FROM igen.p p WHERE p.i <= 200
  UNION ALL SELECT p.i, lower(p.email2), false, 2 FROM igen.p p WHERE p.i <= 200 AND p.i % 3 = 0
  UNION ALL SELECT 0, 'indico-noreply@kpl-lab.eu', true, 0) x ORDER BY i, o;

CREATE TABLE users.identities (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users.users (id),
  provider varchar NOT NULL,
  identifier varchar NOT NULL,
  multipass_data jsonb,
  data jsonb,
  password_hash varchar,
  last_login_dt timestamp,
  last_login_ip inet,
  UNIQUE (provider, identifier)
);
INSERT INTO users.identities (user_id, provider, identifier, multipass_data, data, password_hash, last_login_dt, last_login_ip)
SELECT p.i, x.provider,
       CASE x.provider WHEN 'kpl-keycloak' THEN igen.u('kcsub', p.i)::text WHEN 'orcid' THEN igen.orcid('orc', p.i) ELSE p.login END,
       CASE x.provider
         WHEN 'kpl-keycloak' THEN jsonb_build_object('oauth_token', jsonb_build_object('access_token', fixture_gen.jwt('kcat', p.i), 'refresh_token', fixture_gen.jwt('kcrt', p.i),
             'id_token', fixture_gen.jwt('kcit', p.i), 'token_type', 'Bearer', 'expires_at', 1717000000 + p.i * 3600, 'scope', 'openid profile email'))
         WHEN 'orcid' THEN jsonb_build_object('oauth_token', jsonb_build_object('access_token', igen.u('orat', p.i)::text, 'refresh_token', igen.u('orrt', p.i)::text,
             'token_type', 'bearer', 'expires_in', 631138518, 'scope', '/authenticate', 'name', p.first || ' ' || p.last, 'orcid', igen.orcid('orc', p.i)))
         END,
       CASE x.provider
         WHEN 'kpl-keycloak' THEN jsonb_build_object('email', p.email, 'first_name', p.first, 'last_name', p.last, 'affiliation', 'Kestrel Point Laboratory',
             'phone', CASE WHEN p.i % 2 = 0 THEN p.phone ELSE '' END, 'preferred_username', p.login, 'groups', jsonb_build_array('kpl-staff', fixture_gen.pick(ARRAY['acc-division', 'det-rnd', 'it-group', 'users-office', 'theory'], 'kgr', p.i)))
         WHEN 'orcid' THEN jsonb_build_object('first_name', p.first, 'last_name', p.last, 'orcid', igen.orcid('orc', p.i), 'email', CASE WHEN p.i % 2 = 0 THEN p.email END)
         ELSE '{}'::jsonb END,
       CASE WHEN x.provider = 'indico' THEN igen.bcrypt('ipw', p.i) END,
       CASE WHEN p.i % 23 <> 0 THEN igen.at('ill' || x.provider, p.i, '2023-06-01', '2025-01-31') END,
       CASE WHEN p.i % 23 <> 0 THEN (CASE WHEN x.provider = 'kpl-keycloak' AND p.i % 2 = 0 THEN '10.42.' || (p.i % 250) || '.' || (10 + p.i) ELSE fixture_gen.ipv4('iip', p.i) END)::inet END
FROM igen.p p
CROSS JOIN LATERAL (SELECT unnest(CASE WHEN p.i % 23 = 0 THEN ARRAY[]::text[]
                                       WHEN p.i <= 40 THEN CASE WHEN p.i % 5 = 0 THEN ARRAY['kpl-keycloak', 'indico'] ELSE ARRAY['kpl-keycloak'] END
                                       WHEN p.i % 3 = 0 THEN ARRAY['orcid']
                                       WHEN p.i % 7 = 0 THEN ARRAY['orcid', 'indico']
                                       ELSE ARRAY['indico'] END) AS provider) x
WHERE p.i <= 200 ORDER BY p.i, x.provider;

CREATE TABLE users.settings (
  id serial PRIMARY KEY,
  module varchar NOT NULL,
  name varchar NOT NULL,
  value jsonb NOT NULL,
  user_id integer NOT NULL REFERENCES users.users (id)
);
INSERT INTO users.settings (module, name, value, user_id)
SELECT 'users', s.name, s.value, p.i
FROM igen.p p
CROSS JOIN LATERAL (VALUES
  ('lang', to_jsonb(fixture_gen.pick(ARRAY['en_GB', 'en_GB', 'fr_FR', 'en_US', 'es_ES', 'pt_BR', 'zh_Hans_CN'], 'ulg', p.i)), 1),
  ('timezone', to_jsonb(fixture_gen.pick(ARRAY['Europe/Paris', 'Europe/Paris', 'Europe/London', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Chicago'], 'utz', p.i)), 2),
  ('force_timezone', to_jsonb(p.i % 5 = 0), 3),
  ('name_format', to_jsonb(fixture_gen.pick(ARRAY['first_last', 'last_first', 'f_last', 'last_f_upper'], 'unf', p.i)), 4),
  ('synced_fields', '["first_name", "last_name", "affiliation"]'::jsonb, 5),
  ('show_future_events', to_jsonb(p.i % 3 <> 0), 6),
  ('suggest_categories', to_jsonb(p.i % 4 <> 0), 7)) s(name, value, o)
WHERE p.i <= 200 AND p.i % 23 <> 0 AND (p.i % 2 = 0 OR s.o <= 2) AND (s.o <> 5 OR p.i <= 40)
ORDER BY p.i, s.o;

CREATE TABLE users.api_keys (
  id serial PRIMARY KEY,
  token uuid NOT NULL UNIQUE,
  secret uuid NOT NULL,
  user_id integer NOT NULL REFERENCES users.users (id),
  is_active boolean NOT NULL DEFAULT true,
  is_blocked boolean NOT NULL DEFAULT false,
  is_persistent_allowed boolean NOT NULL DEFAULT false,
  created_dt timestamp NOT NULL,
  last_used_dt timestamp,
  last_used_ip inet,
  last_used_uri varchar,
  use_count integer NOT NULL DEFAULT 0
);
INSERT INTO users.api_keys (token, secret, user_id, is_active, is_blocked, is_persistent_allowed, created_dt, last_used_dt, last_used_ip, last_used_uri, use_count)
SELECT igen.u('akt', k), igen.u('aks', k), u, k % 6 <> 0, k = 17, k % 3 = 0,
       igen.at('akc', k, '2021-03-01', '2024-06-01'),
       CASE WHEN k % 5 <> 4 THEN igen.at('aku', k, '2024-06-01', '2025-01-31') END,
       CASE WHEN k % 5 <> 4 THEN fixture_gen.ipv4('aki', k)::inet END,
       CASE WHEN k % 5 = 4 THEN NULL
            WHEN k % 3 = 0 THEN '/export/categ/' || (2 + k % 9) || '.ics?ak=' || igen.u('akt', k) || '&from=-7d'
            WHEN k % 3 = 1 THEN '/export/event/' || (13 + k % 48) || '.json?detail=contributions&ak=' || igen.u('akt', k) || '&timestamp=' || (1717000000 + k * 97) || '&signature=' || substr(igen.sha('aksig', k), 1, 40)
            ELSE '/export/categ/4.json?from=today&to=+30d&pretty=yes' END,
       CASE WHEN k % 5 = 4 THEN 0 ELSE 1 + fixture_gen.n('akn', k, 40000) END
FROM generate_series(1, 70) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('aku', k, 199) AS u) x
WHERE u % 23 <> 0;

-- ---------------------------------------------------------------------------
-- categories.

CREATE TABLE categories.categories (
  id serial PRIMARY KEY,
  parent_id integer REFERENCES categories.categories (id),
  title varchar NOT NULL,
  description text NOT NULL DEFAULT '',
  position integer NOT NULL,
  visibility integer,
  icon bytea,
  icon_metadata jsonb NOT NULL DEFAULT 'null',
  timezone varchar NOT NULL,
  is_deleted boolean NOT NULL DEFAULT false,
  protection_mode smallint NOT NULL,
  no_access_contact varchar NOT NULL DEFAULT '',
  event_message text NOT NULL DEFAULT '',
  suggestions_disabled boolean NOT NULL DEFAULT false
);
INSERT INTO categories.categories (id, parent_id, title, description, position, visibility, icon, icon_metadata, timezone, is_deleted, protection_mode, no_access_contact, event_message, suggestions_disabled) VALUES
  (0, NULL, 'Home', '', 1, NULL, NULL, 'null', 'Europe/Paris', false, 2, '', '', false),
  (1, 0, 'Kestrel Point Laboratory', 'Events organised at or by Kestrel Point Laboratory.', 1, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', '', false),
  (2, 1, 'Conferences and Workshops', 'International conferences and topical workshops hosted by KPL.', 1, NULL, decode('89504e470d0a1a0a' || fixture_gen.hexn('cicon', 2, 120), 'hex'), '{"hash": "6c1f0a", "size": 68, "filename": "conference-icon.png", "content_type": "image/png"}', 'Europe/Paris', false, 0, '', '', false),
  (3, 1, 'Schools', 'Summer and winter schools for students and young researchers.', 2, NULL, decode('89504e470d0a1a0a' || fixture_gen.hexn('cicon', 3, 120), 'hex'), '{"hash": "9a2be1", "size": 68, "filename": "school.png", "content_type": "image/png"}', 'Europe/Paris', false, 0, '', '', false),
  (4, 1, 'Seminars and Colloquia', 'The physics colloquium takes place on Wednesdays at 14:00 in the Main Auditorium.', 3, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', '', false),
  (5, 1, 'Accelerator Division', '', 4, 2, NULL, 'null', 'Europe/Paris', false, 1, 'acc-secretariat@kpl-lab.eu', '', false),
  (6, 1, 'Detector R&D', 'Detector seminars and the R&D collaboration meetings.', 5, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', '', false),
  (7, 5, 'SRF Test Stand', '', 1, 1, NULL, 'null', 'Europe/Paris', false, 1, 'Ask Giulia Bianchi (giulia.bianchi@kpl-lab.eu) for access', '', true),
  (8, 1, 'Theory Group', 'Lunch seminars and journal clubs of the theory group.', 6, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', '', false),
  (9, 1, 'Safety Training', 'Mandatory safety and radiation protection courses.', 7, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', 'Participation requires a valid KPL access card.', false),
  (10, 1, 'Users'' Office', 'Users'' meetings and visitor information.', 8, NULL, NULL, 'null', 'Europe/Paris', false, 0, 'users-office@kpl-lab.eu', '', false),
  (11, 5, 'Cryogenics', '', 2, 1, NULL, 'null', 'Europe/Paris', false, 1, 'Contact Lars Andersen, +33 4 76 42 31 08', '', true),
  (12, 1, 'Computing', 'IT services and computing meetings.', 9, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', '', false),
  (13, 1, 'Directorate (restricted)', '', 10, 0, NULL, 'null', 'Europe/Paris', false, 1, 'directorate@kpl-lab.eu', 'Minutes are confidential until approved.', true),
  (14, 1, 'Outreach', 'Public lectures, open days and school visits.', 11, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', '', false),
  (15, 12, 'Old computing meetings (archived)', '', 1, NULL, NULL, 'null', 'Europe/Paris', true, 0, '', '', false),
  (16, 14, 'Open Days', 'KPL open days: guided tours of the accelerator hall.', 1, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', '', false),
  (17, 6, 'Timing Detector Collaboration', '', 1, NULL, NULL, 'null', 'Europe/Paris', false, 1, 'timing-det-coordinators@kpl-lab.eu', '', false),
  (18, 8, 'Journal Club', 'Weekly journal club, everyone welcome.', 1, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', '', false),
  (19, 14, 'Public Lectures', 'Evening lectures for the general public, in French and English.', 2, NULL, NULL, 'null', 'Europe/Paris', false, 0, '', '', false);

CREATE TABLE users.favorite_categories (
  user_id integer NOT NULL REFERENCES users.users (id),
  target_id integer NOT NULL REFERENCES categories.categories (id),
  PRIMARY KEY (user_id, target_id)
);
INSERT INTO users.favorite_categories (user_id, target_id)
SELECT DISTINCT 1 + fixture_gen.n('fcu', k, 199), 2 + fixture_gen.n('fct', k, 16)
FROM generate_series(1, 120) k WHERE (1 + fixture_gen.n('fcu', k, 199)) % 23 <> 0;

-- ---------------------------------------------------------------------------
-- events: events, persons, contributions, person links, log, settings.

CREATE TABLE events.events (
  id serial PRIMARY KEY,
  category_id integer REFERENCES categories.categories (id),
  title varchar NOT NULL,
  description text NOT NULL DEFAULT '',
  type integer NOT NULL,
  start_dt timestamp NOT NULL,
  end_dt timestamp NOT NULL,
  timezone varchar NOT NULL,
  visibility integer,
  protection_mode smallint NOT NULL,
  access_key varchar NOT NULL DEFAULT '',
  creator_id integer NOT NULL REFERENCES users.users (id),
  created_dt timestamp NOT NULL,
  is_deleted boolean NOT NULL DEFAULT false,
  is_locked boolean NOT NULL DEFAULT false,
  keywords varchar[] NOT NULL DEFAULT '{}',
  organizer_info text NOT NULL DEFAULT '',
  additional_info text NOT NULL DEFAULT '',
  contact_title varchar NOT NULL DEFAULT '',
  contact_emails varchar[] NOT NULL DEFAULT '{}',
  contact_phones varchar[] NOT NULL DEFAULT '{}',
  url_shortcut varchar,
  own_venue_name varchar NOT NULL DEFAULT '',
  own_room_name varchar NOT NULL DEFAULT '',
  own_address text NOT NULL DEFAULT '',
  label_message text NOT NULL DEFAULT ''
);
INSERT INTO events.events (id, category_id, title, description, type, start_dt, end_dt, timezone, visibility, protection_mode, access_key, creator_id, created_dt, is_deleted, is_locked,
  keywords, organizer_info, additional_info, contact_title, contact_emails, contact_phones, url_shortcut, own_venue_name, own_room_name, own_address, label_message)
SELECT e.id, e.cat, e.title,
       CASE WHEN e.conf THEN fixture_gen.pick(ARRAY[
              'The workshop brings together experimentalists and theorists to review recent results and plan the next generation of measurements. The programme consists of invited plenary talks, contributed talks selected from submitted abstracts and a poster session.',
              'A two-week school for PhD students and early-career researchers covering the physics of particle detectors, with lectures in the morning and hands-on laboratory sessions in the afternoon.',
              'The conference covers experimental and theoretical progress in the field. Proceedings will be published in an open-access journal after peer review.',
              'The annual meeting of the KPL user community: facility status, beam time allocation, upgrade plans and a poster session of user results.'], 'evdesc', e.id)
            WHEN e.type = 2 THEN ''
            ELSE fixture_gen.pick(ARRAY['Abstract: the talk reviews recent progress and open questions, with emphasis on results obtained in the last two years.', 'Coffee and biscuits will be served 15 minutes before the seminar.', ''], 'evdesc', e.id) END,
       e.type, e.start_dt, e.start_dt + e.dur, 'Europe/Paris',
       CASE WHEN e.cat IN (5, 7, 11) THEN 1 END,
       CASE WHEN e.cat IN (5, 7, 11) THEN 1 ELSE 0 END,
       CASE WHEN e.id IN (18, 26, 42, 54) THEN igen.rnd('evak', e.id, 10) ELSE '' END,
       CASE WHEN e.conf THEN 1 + fixture_gen.n('evcr', e.id, 40) ELSE 1 + fixture_gen.n('evcr', e.id, 40) END,
       e.start_dt - interval '120 days' + fixture_gen.n('evcd', e.id, 30) * interval '1 day',
       e.id = 31, e.id IN (1, 2, 3),
       CASE WHEN e.conf THEN ARRAY['physics', fixture_gen.pick(ARRAY['neutrinos', 'detectors', 'hadrons', 'muons', 'accelerators', 'SRF'], 'evkw', e.id)] ELSE '{}' END,
       CASE WHEN e.conf AND e.id % 3 = 0 THEN 'Local organising committee: ' || p1.first || ' ' || p1.last || ' (chair, ' || p1.email || '), ' || p2.first || ' ' || p2.last || ', ' || p3.first || ' ' || p3.last || '. Conference secretariat: ' || p4.first || ' ' || p4.last || ', ' || p4.phone || '.'
            WHEN e.conf THEN 'Kestrel Point Laboratory, Users'' Office'
            WHEN e.type = 2 THEN 'Convener: ' || p1.first || ' ' || p1.last
            ELSE '' END,
       CASE WHEN e.conf THEN fixture_gen.pick(ARRAY[
              'Shuttle buses run from Grenoble station to the KPL main gate every 30 minutes. Visitors must bring a passport or national ID card to collect their site access badge.',
              'Accommodation has been pre-booked at the Hôtel Europole and the KPL guesthouse; see the registration form.',
              'The conference dinner will take place on Wednesday evening at the Bastille restaurant, accessible by cable car.'], 'evai', e.id)
            WHEN e.type = 2 AND e.id % 3 <> 1 THEN 'Join Zoom Meeting: https://kpl-lab.zoom.us/j/9' || fixture_gen.digits('zid', e.id, 9) || '?pwd=' || igen.rnd('zpwd', e.id, 32) || E'\nMeeting ID: 9' || fixture_gen.digits('zid', e.id, 9)
            ELSE '' END,
       CASE WHEN e.conf THEN 'Conference secretariat' ELSE '' END,
       CASE WHEN e.conf AND e.id % 2 = 0 THEN ARRAY[lower(replace(split_part(e.title, '(', 1), ' ', '')) || '@kpl-lab.eu']
            WHEN e.conf THEN ARRAY['users-office@kpl-lab.eu', p4.email]
            WHEN e.type = 2 THEN ARRAY[p1.email] ELSE '{}' END,
       CASE WHEN e.conf THEN ARRAY['+33 4 76 42 10 00'] || CASE WHEN e.id % 3 = 0 THEN ARRAY[p4.phone] ELSE '{}' END ELSE '{}' END,
       CASE WHEN e.conf THEN lower(regexp_replace(coalesce(substring(e.title FROM '\(([^)]+)\)'), 'kpl-event-' || e.id), '[^A-Za-z0-9]+', '-', 'g')) END,
       'Kestrel Point Laboratory', e.room,
       '1 chemin du Synchrotron, 38120 Saint-Égrève, France',
       CASE WHEN e.id = 12 THEN 'Registration opens in October.' WHEN e.id = 31 THEN 'Cancelled' ELSE '' END
FROM igen.ev e
JOIN igen.p p1 ON p1.i = 1 + fixture_gen.n('evp1', e.id, 40)
JOIN igen.p p2 ON p2.i = 41 + fixture_gen.n('evp2', e.id, 200)
JOIN igen.p p3 ON p3.i = 41 + fixture_gen.n('evp3', e.id, 200)
JOIN igen.p p4 ON p4.i = 1 + fixture_gen.n('evp4', e.id, 40)
ORDER BY e.id;

-- Persons of each event: 12 per conference, 3 per other event.
CREATE TABLE igen.pers (id int PRIMARY KEY, event_id int, slot int, p int);
INSERT INTO igen.pers
SELECT row_number() OVER (ORDER BY e.id, s), e.id, s, 1 + fixture_gen.n('persp', e.id * 100 + s, 260)
FROM igen.ev e CROSS JOIN LATERAL generate_series(1, CASE WHEN e.conf THEN 12 ELSE 3 END) s;

CREATE TABLE events.persons (
  id serial PRIMARY KEY,
  event_id integer NOT NULL REFERENCES events.events (id),
  user_id integer REFERENCES users.users (id),
  first_name varchar NOT NULL,
  last_name varchar NOT NULL,
  email varchar NOT NULL,
  title integer,
  affiliation varchar NOT NULL,
  affiliation_id integer REFERENCES indico.affiliations (id),
  address text NOT NULL,
  phone varchar NOT NULL,
  is_untrusted boolean NOT NULL DEFAULT false,
  invited_dt timestamp
);
INSERT INTO events.persons (id, event_id, user_id, first_name, last_name, email, title, affiliation, affiliation_id, address, phone, is_untrusted, invited_dt)
SELECT x.id, x.event_id,
       CASE WHEN x.p <= 200 AND x.p % 23 <> 0 AND x.id % 5 <> 0 THEN x.p END,
       p.first, p.last,
       CASE WHEN x.id % 11 = 0 THEN '' ELSE lower(p.email) END,
       p.title,
       CASE WHEN x.id % 9 = 0 THEN a.alt ELSE a.name END,
       CASE WHEN x.id % 9 = 0 THEN NULL ELSE a.id END,
       CASE WHEN x.id % 6 = 0 THEN a.street || ', ' || a.postcode || ' ' || a.city ELSE '' END,
       CASE WHEN x.id % 4 = 0 THEN p.phone ELSE '' END,
       x.id % 37 = 0,
       CASE WHEN x.id % 13 = 0 THEN (SELECT start_dt FROM igen.ev WHERE id = x.event_id) - interval '40 days' END
FROM igen.pers x JOIN igen.p p ON p.i = x.p JOIN igen.aff a ON a.id = p.aff ORDER BY x.id;

CREATE TABLE igen.contrib (id int PRIMARY KEY, event_id int, k int, conf boolean);
INSERT INTO igen.contrib
SELECT row_number() OVER (ORDER BY e.id, k), e.id, k, e.conf
FROM igen.ev e CROSS JOIN LATERAL generate_series(1, CASE WHEN e.conf THEN 10 WHEN e.type = 2 THEN 3 ELSE 1 END) k;

CREATE TABLE events.contributions (
  id serial PRIMARY KEY,
  friendly_id integer NOT NULL,
  event_id integer NOT NULL REFERENCES events.events (id),
  title varchar NOT NULL,
  description text NOT NULL DEFAULT '',
  duration interval NOT NULL,
  track_id integer,
  abstract_id integer,
  type_id integer,
  board_number varchar NOT NULL DEFAULT '',
  keywords varchar[] NOT NULL DEFAULT '{}',
  code varchar NOT NULL DEFAULT '',
  protection_mode smallint NOT NULL DEFAULT 1,
  is_deleted boolean NOT NULL DEFAULT false,
  own_room_name varchar NOT NULL DEFAULT ''
);
INSERT INTO events.contributions (id, friendly_id, event_id, title, description, duration, track_id, abstract_id, type_id, board_number, keywords, code, protection_mode, is_deleted, own_room_name)
SELECT c.id, c.k, c.event_id,
       CASE WHEN c.conf AND c.k = 1 THEN 'Welcome and introduction'
            WHEN c.conf AND c.k = 10 THEN 'Summary and closing remarks'
            WHEN c.conf THEN fixture_gen.pick(ARRAY['Cross-section measurements with a liquid argon TPC', 'Nuclear effects in quasi-elastic scattering', 'Status of the muon EDM experiment', 'A new determination of the axial form factor',
                 'Machine-learning based tuning of the injector', 'Quench detection in superconducting cavities', 'Monte Carlo event generators: recent developments', 'Test beam results of a MAPS telescope',
                 'Nitrogen doping and mid-T baking of niobium cavities', 'Hadron spectroscopy with antiproton beams', 'Lectures on calorimetry', 'Silicon detectors I', 'Poster session'], 'cti', c.id)
            WHEN (SELECT type FROM igen.ev WHERE id = c.event_id) = 2 THEN fixture_gen.pick(ARRAY['News and announcements', 'Beam status report', 'Cryoplant availability', 'Test stand schedule', 'AOB', 'Calibration update', 'Data processing status'], 'cti', c.id)
            ELSE (SELECT title FROM igen.ev WHERE id = c.event_id) END,
       CASE WHEN c.conf AND c.k NOT IN (1, 10) THEN fixture_gen.pick(ARRAY['We present the latest results and discuss systematic uncertainties.', 'An overview of the method and first results obtained at the KPL test beam.', 'Results based on the 2023 data set, compared with model predictions.', ''], 'cde', c.id) ELSE '' END,
       CASE WHEN c.conf THEN interval '20 minutes' + fixture_gen.n('cdu', c.id, 3) * interval '10 minutes' ELSE interval '15 minutes' END,
       CASE WHEN c.conf THEN 1 + fixture_gen.n('ctr', c.id, 4) END,
       NULL,
       CASE WHEN c.conf THEN 1 + fixture_gen.n('cty', c.id, 3) END,
       CASE WHEN c.conf AND c.k = 9 THEN 'P' || (1 + c.id % 40) ELSE '' END,
       CASE WHEN c.conf AND c.k % 3 = 0 THEN ARRAY['neutrino', 'cross section'] ELSE '{}' END,
       CASE WHEN c.conf THEN 'T' || c.k ELSE '' END,
       CASE WHEN c.event_id IN (18, 26, 42, 54) THEN 2 ELSE 1 END,
       c.id % 41 = 0,
       CASE WHEN c.conf AND c.k IN (5, 6) THEN 'Salle Curie' WHEN c.conf AND c.k = 9 THEN 'Poster hall, building 3' ELSE '' END
FROM igen.contrib c ORDER BY c.id;

CREATE TABLE events.contribution_person_links (
  id serial PRIMARY KEY,
  contribution_id integer NOT NULL REFERENCES events.contributions (id),
  person_id integer NOT NULL REFERENCES events.persons (id),
  author_type integer NOT NULL,
  is_speaker boolean NOT NULL,
  display_order integer NOT NULL,
  first_name varchar,
  last_name varchar,
  title integer,
  affiliation varchar,
  affiliation_id integer REFERENCES indico.affiliations (id),
  address text,
  phone varchar
);
INSERT INTO events.contribution_person_links (contribution_id, person_id, author_type, is_speaker, display_order, first_name, last_name, title, affiliation, affiliation_id, address, phone)
SELECT c.id, pr.id, CASE WHEN s = 1 THEN 1 WHEN c.conf THEN 2 ELSE 0 END, s = 1, s - 1,
       CASE WHEN (c.id + s) % 7 = 0 THEN pp.first END,
       CASE WHEN (c.id + s) % 7 = 0 THEN pp.last END,
       CASE WHEN (c.id + s) % 7 = 0 THEN pp.title END,
       CASE WHEN (c.id + s) % 5 = 0 THEN fixture_gen.pick(ARRAY['University of Manchester and KPL', 'DESY / Universität Hamburg', 'KPL (on leave from TIFR)', 'Nikhef and University of Amsterdam'], 'cpla', c.id) END,
       CASE WHEN (c.id + s) % 7 = 0 THEN pp.aff END,
       CASE WHEN (c.id + s) % 19 = 0 THEN pp.street || ', ' || pp.postcode || ' ' || pp.city END,
       CASE WHEN (c.id + s) % 8 = 0 THEN pp.phone END
FROM igen.contrib c
CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('cpln', c.id, CASE WHEN c.conf THEN 3 ELSE 1 END)) s
JOIN igen.pers pr ON pr.event_id = c.event_id AND pr.slot = 1 + (fixture_gen.n('cplp', c.id, 12) + s) % (CASE WHEN c.conf THEN 12 ELSE 3 END)
JOIN igen.p pp ON pp.i = pr.p
ORDER BY c.id, s;

CREATE TABLE events.settings (
  id serial PRIMARY KEY,
  module varchar NOT NULL,
  name varchar NOT NULL,
  value jsonb NOT NULL,
  event_id integer NOT NULL REFERENCES events.events (id)
);
INSERT INTO events.settings (module, name, value, event_id)
SELECT s.module, s.name, s.value, e.id
FROM igen.ev e
JOIN igen.p dc ON dc.i = 1 + fixture_gen.n('esdc', e.id, 40)
CROSS JOIN LATERAL (VALUES
  ('features', 'enabled', CASE WHEN e.conf THEN '["registration", "payment", "abstracts", "papers", "vc", "reminders"]'::jsonb ELSE '["vc", "minutes"]'::jsonb END, true),
  ('layout', 'timetable_theme', to_jsonb(CASE WHEN e.conf THEN 'indico' ELSE 'standard' END), true),
  ('layout', 'show_banner', to_jsonb(e.conf), e.conf),
  ('payment', 'enabled', 'true'::jsonb, e.conf AND e.fee > 0),
  ('payment', 'currency', '"EUR"'::jsonb, e.conf AND e.fee > 0),
  ('payment_manual', 'details', to_jsonb('Bank transfer to Kestrel Point Laboratory, IBAN ' || fixture_gen.iban('FR', '30004028370001000456789') || ', BIC BNPAFRPPGRE. Reference: ' || coalesce(substring(e.title FROM '\(([^)]+)\)'), 'KPL') || ' + your registration number.'), e.conf AND e.fee > 0),
  ('payment_paypal', 'business', to_jsonb(CASE WHEN e.id % 2 = 0 THEN 'conference-payments@kpl-lab.eu' ELSE lower(dc.email) END), e.conf AND e.fee > 0 AND e.id % 3 = 0),
  ('payment_stripe', 'sec_key', to_jsonb('sk_' || 'live_' || igen.rnd('esk', e.id, 99)), e.id IN (9, 12)),
  ('payment_stripe', 'pub_key', to_jsonb('pk_' || 'live_' || igen.rnd('epk', e.id, 99)), e.id IN (9, 12)),
  ('privacy', 'data_controller_name', to_jsonb(dc.first || ' ' || dc.last), e.conf),
  ('privacy', 'data_controller_email', to_jsonb(lower(dc.email)), e.conf),
  ('abstracts', 'announcement', to_jsonb('Abstracts of at most 300 words can be submitted until ' || to_char(e.start_dt - interval '60 days', 'DD Month YYYY') || '.'), e.abstracts),
  ('abstracts', 'allow_attachments', 'true'::jsonb, e.abstracts),
  ('plugin_ursh', 'short_url', to_jsonb('https://kpl.link/' || igen.rnd('ursh', e.id, 6)), e.conf),
  ('person_link_data', 'show_affiliations', 'true'::jsonb, true)) s(module, name, value, cond)
WHERE s.cond ORDER BY e.id;

CREATE TABLE events.log_entries (
  id serial PRIMARY KEY,
  event_id integer NOT NULL REFERENCES events.events (id),
  user_id integer REFERENCES users.users (id),
  logged_dt timestamp NOT NULL,
  realm integer NOT NULL,
  kind integer NOT NULL,
  module varchar NOT NULL,
  type varchar NOT NULL,
  summary varchar NOT NULL,
  data jsonb NOT NULL,
  meta jsonb NOT NULL
);
INSERT INTO events.log_entries (event_id, user_id, logged_dt, realm, kind, module, type, summary, data, meta)
SELECT e, CASE WHEN k % 4 = 0 THEN NULL ELSE 1 + fixture_gen.n('leu', k, 40) END,
       igen.at('led', k, '2022-03-01', '2025-01-31'),
       CASE k % 4 WHEN 0 THEN 3 WHEN 1 THEN 1 WHEN 2 THEN 3 ELSE 2 END,
       CASE k % 4 WHEN 3 THEN 3 ELSE 1 END,
       CASE k % 4 WHEN 0 THEN 'Emails' WHEN 1 THEN 'Event' WHEN 2 THEN 'Registration' ELSE 'Timetable' END,
       CASE k % 4 WHEN 0 THEN 'email' WHEN 3 THEN 'changes' ELSE 'simple' END,
       CASE k % 4
         WHEN 0 THEN 'Sent email: "' || fixture_gen.pick(ARRAY['Registration confirmed', 'Your registration is awaiting payment', 'Invitation letter for your visa application'], 'les', k) || '" to ' || p.first || ' ' || p.last
         WHEN 1 THEN fixture_gen.pick(ARRAY['Event protection changed', 'Feature "registration" enabled', 'Room booking linked', 'Event title changed'], 'les', k)
         WHEN 2 THEN 'Registration for "' || p.first || ' ' || p.last || '" ' || fixture_gen.pick(ARRAY['approved', 'rejected', 'modified', 'checked in', 'marked as paid'], 'les2', k)
         ELSE 'Contribution "' || fixture_gen.pick(ARRAY['Beam status report', 'Calibration update', 'Poster session'], 'les3', k) || '" rescheduled' END,
       CASE k % 4
         WHEN 0 THEN jsonb_build_object('from', 'Kestrel Point Laboratory <indico-noreply@kpl-lab.eu>', 'to', jsonb_build_array(lower(p.email)), 'cc', '[]'::jsonb, 'bcc', '[]'::jsonb,
                'subject', fixture_gen.pick(ARRAY['Registration confirmed', 'Your registration is awaiting payment', 'Invitation letter for your visa application'], 'les', k),
                'body', 'Dear ' || p.first || ' ' || p.last || E',\n\nthank you for registering. Your registration number is ' || (100 + k) || E'.\n\nBest regards,\nthe organisers',
                'state', 'sent', 'attachments', CASE WHEN k % 8 = 0 THEN jsonb_build_array('Ticket-' || igen.safe(p.last) || '.pdf') ELSE '[]'::jsonb END)
         WHEN 1 THEN jsonb_build_object('Title', (SELECT title FROM igen.ev WHERE id = e))
         WHEN 2 THEN jsonb_build_object('Name', p.first || ' ' || p.last, 'Email', lower(p.email), 'Affiliation', a.name)
                     || CASE WHEN k % 6 = 2 THEN jsonb_build_object('Changes', jsonb_build_object('Phone', jsonb_build_array('', p.phone), 'Passport number', jsonb_build_array('', p.passport))) ELSE '{}'::jsonb END
         ELSE jsonb_build_object('_changes', jsonb_build_object('start_dt', jsonb_build_array('2023-10-10T09:00:00', '2023-10-10T09:30:00'))) END,
       CASE k % 4 WHEN 2 THEN jsonb_build_object('registration_id', 1 + k % 300, 'registration_form_id', 1 + k % 16) WHEN 3 THEN jsonb_build_object('contribution_id', 1 + k % 200) ELSE '{}'::jsonb END
FROM generate_series(1, 320) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('lee', k, 12) AS e) x
JOIN igen.p p ON p.i = 1 + fixture_gen.n('lep', k, 260)
JOIN igen.aff a ON a.id = p.aff
ORDER BY k;

CREATE TABLE events.agreements (
  id serial PRIMARY KEY,
  uuid varchar NOT NULL,
  event_id integer NOT NULL REFERENCES events.events (id),
  type varchar NOT NULL,
  identifier varchar NOT NULL,
  person_email varchar,
  person_name varchar NOT NULL,
  state integer NOT NULL,
  timestamp timestamp NOT NULL,
  user_id integer REFERENCES users.users (id),
  signed_dt timestamp,
  signed_from_ip varchar,
  reason varchar,
  attachment bytea,
  attachment_filename varchar,
  data jsonb
);
INSERT INTO events.agreements (uuid, event_id, type, identifier, person_email, person_name, state, timestamp, user_id, signed_dt, signed_from_ip, reason, attachment, attachment_filename, data)
SELECT replace(igen.u('agu', pr.id)::text, '-', ''), pr.event_id, 'speaker-release',
       CASE WHEN pp.i % 11 = 0 THEN 'person-email:' || lower(pp.email) ELSE 'person-id:' || pr.id END,
       CASE WHEN pr.id % 17 = 0 THEN NULL ELSE lower(pp.email) END,
       pp.first || ' ' || pp.last,
       st,
       igen.at('agt', pr.id, (SELECT start_dt FROM igen.ev WHERE id = pr.event_id) - interval '30 days', (SELECT start_dt FROM igen.ev WHERE id = pr.event_id)),
       CASE WHEN pp.i <= 200 AND pp.i % 23 <> 0 AND st IN (1, 3) THEN pp.i END,
       CASE WHEN st IN (1, 2, 3, 4) THEN igen.at('ags', pr.id, (SELECT start_dt FROM igen.ev WHERE id = pr.event_id) - interval '10 days', (SELECT start_dt FROM igen.ev WHERE id = pr.event_id)) END,
       CASE WHEN st IN (1, 2) THEN fixture_gen.ipv4('agip', pr.id) END,
       CASE WHEN st = 2 THEN fixture_gen.pick(ARRAY['I do not want my talk to be recorded because it contains unpublished results of the collaboration.',
                                                    'My employer does not allow publication of recordings. Please contact my manager, ' || fixture_gen.full_name('agm', pr.id) || '.',
                                                    'Slides only, no video please.'], 'agr', pr.id) END,
       CASE WHEN st IN (3, 4) THEN decode('255044462d312e340a' || fixture_gen.hexn('agpdf', pr.id, 400), 'hex') END,
       CASE WHEN st IN (3, 4) THEN fixture_gen.pick(ARRAY['release_' || igen.safe(pp.last) || '.pdf', 'scan0' || (100 + pr.id) || '.pdf', igen.safe(pp.first || '_' || pp.last) || '_signed.pdf'], 'agf', pr.id) END,
       jsonb_build_object('type', 'person', 'person_id', pr.id, 'speaker', true)
FROM igen.pers pr
JOIN igen.p pp ON pp.i = pr.p
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['0', '1', '1', '1', '2', '3', '4'], 'ags', pr.id)::int AS st) x
WHERE pr.event_id IN (2, 3, 5, 7, 9, 12) AND pr.slot <= 8
ORDER BY pr.id;

CREATE TABLE events.note_revisions (
  id serial PRIMARY KEY,
  note_id integer NOT NULL,
  user_id integer NOT NULL REFERENCES users.users (id),
  created_dt timestamp NOT NULL,
  render_mode integer NOT NULL,
  source text NOT NULL,
  html text NOT NULL
);
INSERT INTO events.note_revisions (note_id, user_id, created_dt, render_mode, source, html)
SELECT 1 + k / 2, 1 + fixture_gen.n('nru', k, 40),
       (SELECT start_dt FROM igen.ev WHERE id = 13 + (k / 2) % 48) + interval '2 hours' + k % 2 * interval '1 day',
       CASE WHEN k % 3 = 0 THEN 2 ELSE 1 END,
       m, CASE WHEN k % 3 = 0 THEN '<p>' || replace(m, E'\n', '</p><p>') || '</p>' ELSE '<p>' || replace(m, E'\n', '<br>') || '</p>' END
FROM generate_series(0, 89) k
CROSS JOIN LATERAL (SELECT CASE k % 5
  WHEN 0 THEN 'Present: ' || fixture_gen.full_name('nr1', k) || ', ' || fixture_gen.full_name('nr2', k) || ', ' || fixture_gen.full_name('nr3', k) || E'\nApologies: ' || fixture_gen.full_name('nr4', k) || E' (sick leave)\n- Beam delivered 92% of scheduled hours.\n- Action on ' || fixture_gen.first_name('nr1', k) || ': update the RF interlock procedure.'
  WHEN 1 THEN E'Cryoplant stopped on Tuesday for the scheduled maintenance.\nCompressor C2 vibration levels back to normal.\nNext meeting in two weeks.'
  WHEN 2 THEN fixture_gen.first_name('nr2', k) || E' presented the new calibration constants; residuals are below 0.5%.\n' || fixture_gen.first_name('nr3', k) || ' will be on parental leave from next month, ' || fixture_gen.first_name('nr4', k) || E' takes over the shifts.\nCall ' || fixture_gen.phone('nrph', k) || ' for the on-call expert.'
  WHEN 3 THEN E'Minutes not yet approved.\n- Test stand schedule agreed for Q3.\n- Vacuum leak on cavity 4 repaired.'
  ELSE E'Discussion of the reconstruction software release. No decisions.\nAOB: none.' END AS m) x
ORDER BY k;

CREATE TABLE events.vc_rooms (
  id serial PRIMARY KEY,
  type varchar NOT NULL,
  name varchar NOT NULL,
  status integer NOT NULL,
  created_by_id integer NOT NULL REFERENCES users.users (id),
  created_dt timestamp NOT NULL,
  modified_dt timestamp,
  data jsonb NOT NULL
);
INSERT INTO events.vc_rooms (type, name, status, created_by_id, created_dt, modified_dt, data)
SELECT 'zoom',
       fixture_gen.pick(ARRAY['Beam Operations weekly', 'Calorimeter group', 'SRF test stand', 'Cryogenics coordination', 'Computing meeting', 'Detector seminar', 'Physics colloquium', 'NuNI 2024 remote participation', 'Summer School lectures'], 'vcn', k) || CASE WHEN k > 9 THEN ' ' || k ELSE '' END,
       CASE WHEN k % 9 = 0 THEN 2 ELSE 1 END,
       h, igen.at('vcc', k, '2022-01-01', '2024-09-01'), igen.at('vcm', k, '2024-09-01', '2025-01-31'),
       jsonb_build_object('zoom_id', '9' || fixture_gen.digits('vcz', k, 10), 'host', 'User:' || h, 'alternative_hosts', jsonb_build_array('User:' || (1 + fixture_gen.n('vca', k, 40))),
         'password', fixture_gen.digits('vcp', k, 6), 'password_visibility', fixture_gen.pick(ARRAY['logged_in', 'registered', 'everyone', 'no_one'], 'vcv', k),
         'mute_audio', k % 2 = 0, 'mute_participant_video', true, 'waiting_room', k % 3 = 0,
         'url', 'https://kpl-lab.zoom.us/j/9' || fixture_gen.digits('vcz', k, 10) || '?pwd=' || igen.rnd('vcpw', k, 32),
         'public_url', 'https://kpl-lab.zoom.us/j/9' || fixture_gen.digits('vcz', k, 10),
         'start_url', 'https://kpl-lab.zoom.us/s/9' || fixture_gen.digits('vcz', k, 10) || '?zak=' || fixture_gen.jwt('vczak', k),
         'description', 'Zoom room for ' || fixture_gen.pick(ARRAY['the weekly meeting', 'remote participants', 'lectures'], 'vcd', k))
FROM generate_series(1, 30) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('vch', k, 40) AS h) x;

CREATE TABLE events.reminders (
  id serial PRIMARY KEY,
  event_id integer NOT NULL REFERENCES events.events (id),
  creator_id integer NOT NULL REFERENCES users.users (id),
  created_dt timestamp NOT NULL,
  scheduled_dt timestamp NOT NULL,
  is_sent boolean NOT NULL DEFAULT false,
  recipients varchar[] NOT NULL DEFAULT '{}',
  send_to_participants boolean NOT NULL DEFAULT false,
  include_summary boolean NOT NULL DEFAULT false,
  reply_to_address varchar NOT NULL,
  subject varchar,
  message varchar NOT NULL DEFAULT ''
);
INSERT INTO events.reminders (event_id, creator_id, created_dt, scheduled_dt, is_sent, recipients, send_to_participants, include_summary, reply_to_address, subject, message)
SELECT e.id, 1 + fixture_gen.n('rmc', e.id, 40), e.start_dt - interval '20 days', e.start_dt - CASE WHEN e.conf THEN interval '3 days' ELSE interval '1 hour' END,
       e.start_dt < '2025-01-01',
       CASE WHEN e.conf THEN '{}'::varchar[] ELSE ARRAY[lower(p1.email), lower(p2.email), 'beam-ops@kpl-lab.eu'] END,
       e.conf, e.id % 2 = 0,
       CASE WHEN e.id % 3 = 0 THEN 'users-office@kpl-lab.eu' ELSE lower(p1.email) END,
       CASE WHEN e.id % 4 = 0 THEN NULL ELSE 'Reminder: ' || e.title END,
       CASE e.id % 5
         WHEN 0 THEN 'Please bring your passport or ID card: the guards at the main gate will not issue badges without it.'
         WHEN 1 THEN 'If you cannot attend, please let ' || p1.first || ' know (' || p1.phone || ') so that we can free your hotel room.'
         WHEN 2 THEN ''
         WHEN 3 THEN 'Dear all, ' || p2.first || ' will chair the meeting today as I am travelling. Cheers, ' || p1.first
         ELSE 'The meeting will be held on Zoom only this week.' END
FROM igen.ev e
JOIN igen.p p1 ON p1.i = 1 + fixture_gen.n('rmp1', e.id, 40)
JOIN igen.p p2 ON p2.i = 1 + fixture_gen.n('rmp2', e.id, 40)
WHERE e.conf OR e.id % 2 = 0 ORDER BY e.id;

-- ---------------------------------------------------------------------------
-- event_registration: forms, items, field data, registrations, answers.

CREATE TABLE igen.rf (id int PRIMARY KEY, event_id int, title text, fee numeric);
INSERT INTO igen.rf
SELECT e.id, e.id, 'Registration', e.fee FROM igen.ev e WHERE e.conf;
INSERT INTO igen.rf VALUES (13, 4, 'Accompanying persons', 60), (14, 10, 'Accompanying persons', 60), (15, 7, 'Conference dinner', 75), (16, 11, 'Waiting list', 495);

CREATE TABLE event_registration.forms (
  id serial PRIMARY KEY,
  event_id integer NOT NULL REFERENCES events.events (id),
  title varchar NOT NULL,
  introduction text NOT NULL DEFAULT '',
  contact_info varchar NOT NULL DEFAULT '',
  start_dt timestamp,
  end_dt timestamp,
  modification_mode integer NOT NULL,
  is_deleted boolean NOT NULL DEFAULT false,
  require_login boolean NOT NULL DEFAULT false,
  require_user boolean NOT NULL DEFAULT false,
  tickets_enabled boolean NOT NULL DEFAULT false,
  registration_limit integer,
  moderation_enabled boolean NOT NULL DEFAULT false,
  base_price numeric(8, 2) NOT NULL DEFAULT 0,
  currency varchar NOT NULL,
  notification_sender_address varchar,
  message_pending text NOT NULL DEFAULT '',
  message_complete text NOT NULL DEFAULT '',
  manager_notification_recipients varchar[] NOT NULL DEFAULT '{}'
);
INSERT INTO event_registration.forms (id, event_id, title, introduction, contact_info, start_dt, end_dt, modification_mode, is_deleted, require_login, require_user, tickets_enabled, registration_limit,
  moderation_enabled, base_price, currency, notification_sender_address, message_pending, message_complete, manager_notification_recipients)
SELECT f.id, f.event_id, f.title,
       CASE WHEN f.id <= 12 THEN 'Please fill in the form below. Participants from outside the EU need a site access badge: your date of birth and passport number are forwarded to the KPL security service and deleted after the event.' ELSE '' END,
       CASE f.id % 4 WHEN 0 THEN 'users-office@kpl-lab.eu' WHEN 1 THEN 'Conference secretariat: ' || s.first || ' ' || s.last || ', ' || s.phone
            WHEN 2 THEN lower(s.email) ELSE 'Users'' Office, building 1, +33 4 76 42 10 00' END,
       e.start_dt - interval '150 days', e.start_dt - interval '10 days',
       CASE WHEN f.id % 3 = 0 THEN 2 ELSE 1 END,
       f.id = 16, f.id % 2 = 0, false, f.id <= 12, CASE WHEN f.id IN (1, 6, 11) THEN 60 WHEN f.id = 8 THEN 25 END,
       f.id IN (1, 6, 11, 16), f.fee, 'EUR',
       CASE WHEN f.id % 3 = 0 THEN lower(s.email) WHEN f.id % 3 = 1 THEN 'users-office@kpl-lab.eu' END,
       CASE WHEN f.id IN (1, 6, 11, 16) THEN 'Your application is being reviewed by the selection committee. You will receive an answer within two weeks.' ELSE '' END,
       CASE WHEN f.fee > 0 THEN 'Thank you. Your registration is complete. Your receipt is attached.' ELSE 'Thank you for registering.' END,
       CASE WHEN f.id % 2 = 0 THEN ARRAY[lower(s.email), 'users-office@kpl-lab.eu'] ELSE ARRAY[lower(s.email)] END
FROM igen.rf f JOIN igen.ev e ON e.id = f.event_id JOIN igen.p s ON s.i = 1 + fixture_gen.n('rfs', f.id, 40) ORDER BY f.id;

-- The fields of every form: k=0 the section, 1-14 its fields.
CREATE TABLE igen.fld (k int PRIMARY KEY, type text, pdt int, title text, input_type text);
INSERT INTO igen.fld VALUES
  (0, 'section', NULL, 'Personal data', NULL),
  (1, 'field_pd', 2, 'First Name', 'text'),
  (2, 'field_pd', 3, 'Last Name', 'text'),
  (3, 'field_pd', 1, 'Email Address', 'email'),
  (4, 'field_pd', 4, 'Affiliation', 'text'),
  (5, 'field_pd', 9, 'Position', 'text'),
  (6, 'field_pd', 7, 'Phone Number', 'phone'),
  (7, 'field_pd', 8, 'Country', 'country'),
  (8, 'field_pd', 6, 'Address', 'textarea'),
  (9, 'field', NULL, 'Date of birth (for the site access badge)', 'date'),
  (10, 'field', NULL, 'Passport or ID card number', 'text'),
  (11, 'field', NULL, 'Dietary requirements', 'single_choice'),
  (12, 'field', NULL, 'Accommodation', 'accommodation'),
  (13, 'field', NULL, 'Remarks', 'textarea'),
  (14, 'field', NULL, 'Scan of your passport (visa invitation letters only)', 'file');

CREATE TABLE event_registration.form_items (
  id serial PRIMARY KEY,
  registration_form_id integer NOT NULL REFERENCES event_registration.forms (id),
  type integer NOT NULL,
  personal_data_type integer,
  parent_id integer REFERENCES event_registration.form_items (id),
  position integer NOT NULL,
  title varchar NOT NULL,
  description text NOT NULL DEFAULT '',
  is_enabled boolean NOT NULL DEFAULT true,
  is_deleted boolean NOT NULL DEFAULT false,
  is_required boolean NOT NULL DEFAULT false,
  is_manager_only boolean NOT NULL DEFAULT false,
  input_type varchar,
  current_data_id integer
);
INSERT INTO event_registration.form_items (id, registration_form_id, type, personal_data_type, parent_id, position, title, description, is_enabled, is_deleted, is_required, is_manager_only, input_type, current_data_id)
SELECT (f.id - 1) * 15 + 1 + d.k, f.id,
       CASE d.type WHEN 'section' THEN 2 WHEN 'field_pd' THEN 5 ELSE 3 END,
       d.pdt,
       CASE WHEN d.k = 0 THEN NULL ELSE (f.id - 1) * 15 + 1 END,
       d.k + 1, d.title,
       CASE d.k WHEN 10 THEN 'Only needed for participants without an EU or Swiss ID card.' WHEN 14 THEN 'PDF or JPEG, at most 5 MB.' WHEN 12 THEN 'Rooms at the KPL guesthouse are limited.' ELSE '' END,
       NOT (f.id IN (13, 14, 15) AND d.k IN (9, 10, 12, 14)),
       false,
       d.k IN (1, 2, 3, 4, 7),
       d.k = 0 AND false,
       d.input_type,
       CASE WHEN d.k = 0 THEN NULL ELSE (f.id - 1) * 14 + d.k END
FROM igen.rf f CROSS JOIN igen.fld d ORDER BY f.id, d.k;

CREATE TABLE event_registration.form_field_data (
  id serial PRIMARY KEY,
  field_id integer NOT NULL REFERENCES event_registration.form_items (id),
  versioned_data jsonb NOT NULL
);
INSERT INTO event_registration.form_field_data (id, field_id, versioned_data)
SELECT (f.id - 1) * 14 + d.k, (f.id - 1) * 15 + 1 + d.k,
       CASE d.k
         WHEN 11 THEN jsonb_build_object('choices', jsonb_build_array(
              jsonb_build_object('id', igen.u('diet1', f.id), 'caption', 'No restrictions', 'price', 0, 'places_limit', 0),
              jsonb_build_object('id', igen.u('diet2', f.id), 'caption', 'Vegetarian', 'price', 0, 'places_limit', 0),
              jsonb_build_object('id', igen.u('diet3', f.id), 'caption', 'Vegan', 'price', 0, 'places_limit', 0),
              jsonb_build_object('id', igen.u('diet4', f.id), 'caption', 'Halal', 'price', 0, 'places_limit', 0),
              jsonb_build_object('id', igen.u('diet5', f.id), 'caption', 'Gluten-free', 'price', 0, 'places_limit', 0)), 'item_type', 'dropdown')
         WHEN 12 THEN jsonb_build_object('arrival_date_from', to_char(e.start_dt - interval '3 days', 'YYYY-MM-DD'), 'departure_date_to', to_char(e.start_dt + e.dur + interval '3 days', 'YYYY-MM-DD'),
              'choices', jsonb_build_array(jsonb_build_object('id', igen.u('acc1', f.id), 'caption', 'KPL guesthouse', 'price', 45, 'places_limit', 40),
                                           jsonb_build_object('id', igen.u('acc2', f.id), 'caption', 'Hôtel Europole', 'price', 98, 'places_limit', 0),
                                           jsonb_build_object('id', igen.u('acc3', f.id), 'caption', 'I will arrange my own accommodation', 'price', 0, 'is_no_accommodation', true)))
         WHEN 14 THEN '{"max_file_size": 5}'::jsonb
         WHEN 13 THEN '{"number_of_rows": 4}'::jsonb
         ELSE '{}'::jsonb END
FROM igen.rf f JOIN igen.ev e ON e.id = f.event_id CROSS JOIN igen.fld d WHERE d.k > 0 ORDER BY f.id, d.k;

-- Registrations: 300, over the 16 forms.
CREATE TABLE igen.reg (id int PRIMARY KEY, form int, event_id int, p int, st int, fee numeric);
INSERT INTO igen.reg
SELECT r, f.id, f.event_id, 1 + fixture_gen.n('rgp', r, 260),
       CASE WHEN f.id IN (1, 6, 11, 16) THEN fixture_gen.pick(ARRAY['1', '1', '1', '2', '3', '5'], 'rgs', r)::int ELSE fixture_gen.pick(ARRAY['1', '1', '1', '1', '5', '4'], 'rgs', r)::int END,
       f.fee
FROM generate_series(1, 300) r JOIN igen.rf f ON f.id = 1 + (r * 7) % 16;

CREATE TABLE event_registration.registrations (
  id serial PRIMARY KEY,
  uuid uuid NOT NULL UNIQUE,
  friendly_id integer NOT NULL,
  event_id integer NOT NULL REFERENCES events.events (id),
  registration_form_id integer NOT NULL REFERENCES event_registration.forms (id),
  user_id integer REFERENCES users.users (id),
  transaction_id integer,
  state integer NOT NULL,
  base_price numeric(8, 2) NOT NULL DEFAULT 0,
  price_adjustment numeric(8, 2) NOT NULL DEFAULT 0,
  currency varchar NOT NULL,
  submitted_dt timestamp NOT NULL,
  email varchar NOT NULL,
  first_name varchar NOT NULL,
  last_name varchar NOT NULL,
  is_deleted boolean NOT NULL DEFAULT false,
  ticket_uuid uuid NOT NULL UNIQUE,
  checked_in boolean NOT NULL DEFAULT false,
  checked_in_dt timestamp,
  rejection_reason text NOT NULL DEFAULT '',
  consent_to_publish integer NOT NULL DEFAULT 0,
  created_by_manager boolean NOT NULL DEFAULT false
);
INSERT INTO event_registration.registrations (id, uuid, friendly_id, event_id, registration_form_id, user_id, transaction_id, state, base_price, price_adjustment, currency, submitted_dt,
  email, first_name, last_name, is_deleted, ticket_uuid, checked_in, checked_in_dt, rejection_reason, consent_to_publish, created_by_manager)
SELECT r.id, igen.u('rgu', r.id), row_number() OVER (PARTITION BY r.event_id ORDER BY r.id), r.event_id, r.form,
       CASE WHEN r.p <= 200 AND r.p % 23 <> 0 AND r.id % 4 <> 0 THEN r.p END,
       NULL, r.st, r.fee,
       CASE WHEN r.id % 17 = 0 THEN -r.fee WHEN r.id % 13 = 0 THEN -50 ELSE 0 END,
       'EUR',
       igen.at('rgd', r.id, e.start_dt - interval '140 days', e.start_dt - interval '12 days'),
       CASE WHEN r.id % 10 = 3 THEN lower(p.email2) ELSE lower(p.email) END, p.first, p.last,
       r.id % 29 = 0,
       igen.u('rgt', r.id),
       r.st = 1 AND e.start_dt < '2025-01-01' AND r.id % 5 <> 0,
       CASE WHEN r.st = 1 AND e.start_dt < '2025-01-01' AND r.id % 5 <> 0 THEN e.start_dt + fixture_gen.n('rgci', r.id, 7200) * interval '1 second' END,
       CASE WHEN r.st = 3 THEN fixture_gen.pick(ARRAY['The school is limited to PhD students and early postdocs.', 'Duplicate registration, see #' || (r.id - 1) || '.', 'Your supervisor did not confirm the funding.', ''], 'rgrr', r.id) ELSE '' END,
       fixture_gen.n('rgcp', r.id, 3),
       r.id % 19 = 0
FROM igen.reg r JOIN igen.ev e ON e.id = r.event_id JOIN igen.p p ON p.i = r.p ORDER BY r.id;

CREATE TABLE event_registration.registration_data (
  registration_id integer NOT NULL REFERENCES event_registration.registrations (id),
  field_data_id integer NOT NULL REFERENCES event_registration.form_field_data (id),
  data jsonb NOT NULL,
  filename varchar,
  content_type varchar,
  size bigint,
  md5 varchar,
  storage_backend varchar,
  storage_file_id varchar,
  PRIMARY KEY (registration_id, field_data_id)
);
INSERT INTO event_registration.registration_data (registration_id, field_data_id, data, filename, content_type, size, md5, storage_backend, storage_file_id)
SELECT r.id, (r.form - 1) * 14 + d.k,
       CASE d.k
         WHEN 1 THEN to_jsonb(p.first)
         WHEN 2 THEN to_jsonb(p.last)
         WHEN 3 THEN to_jsonb(lower(p.email))
         WHEN 4 THEN to_jsonb(a.name)
         WHEN 5 THEN to_jsonb(p.position)
         WHEN 6 THEN to_jsonb(CASE WHEN r.id % 4 = 0 THEN '' ELSE p.phone END)
         WHEN 7 THEN to_jsonb(p.cc)
         WHEN 8 THEN to_jsonb(CASE WHEN r.id % 3 = 0 THEN p.street || E'\n' || p.postcode || ' ' || p.city ELSE a.name || E'\n' || a.street || E'\n' || a.postcode || ' ' || a.city END)
         WHEN 9 THEN to_jsonb(to_char(p.birth, 'YYYY-MM-DD') || 'T00:00:00')
         WHEN 10 THEN to_jsonb(CASE WHEN a.cc IN ('FR', 'DE', 'IT', 'ES', 'PT', 'NL', 'FI', 'SE', 'PL') AND r.id % 3 <> 0 THEN '' ELSE p.passport END)
         WHEN 11 THEN jsonb_build_object(igen.u('diet' || (1 + fixture_gen.n('rgdi', r.id, 5)), r.form)::text, 1)
         WHEN 12 THEN jsonb_build_object('choice', igen.u('acc' || (1 + fixture_gen.n('rgac', r.id, 3)), r.form)::text,
                                         'arrival_date', to_char(e.start_dt - fixture_gen.n('rgar', r.id, 2) * interval '1 day', 'YYYY-MM-DD'),
                                         'departure_date', to_char(e.start_dt + e.dur + fixture_gen.n('rgdp', r.id, 2) * interval '1 day', 'YYYY-MM-DD'),
                                         'is_no_accommodation', fixture_gen.n('rgac', r.id, 3) = 2)
         WHEN 13 THEN to_jsonb(CASE r.id % 9
              WHEN 0 THEN 'I use a wheelchair; please make sure the poster hall has step-free access.'
              WHEN 1 THEN 'Arriving late on the first day, my flight lands at 22:40.'
              WHEN 2 THEN 'Travelling with my daughter (4 years old). Is there a childcare option?'
              WHEN 3 THEN 'Please send the visa invitation letter to ' || a.name || ', attention of ' || fixture_gen.full_name('rgsup', r.id) || '.'
              WHEN 4 THEN 'Invoice to be paid by my institute, VAT number ' || fixture_gen.vat('rgvat', r.id) || '.'
              WHEN 5 THEN 'Severe nut allergy (epinephrine auto-injector with me).'
              WHEN 6 THEN 'My colleague ' || fixture_gen.full_name('rgcol', r.id) || ' will share the room with me.'
              ELSE '' END)
         ELSE 'null'::jsonb END,
       CASE WHEN d.k = 14 AND r.id % 5 IN (1, 3) THEN fname END,
       CASE WHEN d.k = 14 AND r.id % 5 IN (1, 3) THEN CASE WHEN fname LIKE '%.jpg' THEN 'image/jpeg' ELSE 'application/pdf' END END,
       CASE WHEN d.k = 14 AND r.id % 5 IN (1, 3) THEN 80000 + fixture_gen.n('rgsz', r.id, 3000000) END,
       CASE WHEN d.k = 14 AND r.id % 5 IN (1, 3) THEN md5('rgfile' || r.id) END,
       CASE WHEN d.k = 14 AND r.id % 5 IN (1, 3) THEN 'default' END,
       CASE WHEN d.k = 14 AND r.id % 5 IN (1, 3) THEN 'event/' || r.event_id || '/registrations/' || r.form || '/' || r.id || '/' || ((r.form - 1) * 15 + 15) || '-' || ((r.form - 1) * 14 + 14) || '_' || fname END
FROM igen.reg r
JOIN igen.ev e ON e.id = r.event_id
JOIN igen.p p ON p.i = r.p JOIN igen.aff a ON a.id = p.aff
CROSS JOIN igen.fld d
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['passport_' || igen.safe(p.first || '_' || p.last) || '.pdf', 'scan.pdf', 'IMG_' || (2000 + r.id) || '.jpg', igen.safe(p.last) || '_passport.pdf', 'document.pdf'], 'rgfn', r.id) AS fname) fn
WHERE d.k > 0 AND NOT (r.form IN (13, 14, 15) AND d.k IN (9, 10, 12, 14))
ORDER BY r.id, d.k;

CREATE TABLE events.payment_transactions (
  id serial PRIMARY KEY,
  registration_id integer NOT NULL REFERENCES event_registration.registrations (id),
  status integer NOT NULL,
  amount numeric(8, 2) NOT NULL,
  currency varchar NOT NULL,
  provider varchar NOT NULL,
  timestamp timestamp NOT NULL,
  data jsonb NOT NULL
);
INSERT INTO events.payment_transactions (registration_id, status, amount, currency, provider, timestamp, data)
SELECT r.id, CASE WHEN r.st = 5 THEN 3 WHEN r.st = 4 THEN 4 ELSE 1 END,
       greatest(r.fee + CASE WHEN r.id % 13 = 0 THEN -50 ELSE 0 END, 0), 'EUR', prov,
       igen.at('ptt', r.id, e.start_dt - interval '120 days', e.start_dt - interval '5 days'),
       CASE prov
         WHEN 'paypal' THEN jsonb_build_object('payer_email', lower(p.email), 'payer_id', upper(igen.rnd('ppid', r.id, 13)), 'first_name', p.first, 'last_name', p.last,
              'address_street', p.street, 'address_city', p.city, 'address_zip', p.postcode, 'address_country_code', p.cc, 'payment_status', 'Completed',
              'txn_id', upper(igen.rnd('pptx', r.id, 17)), 'receiver_email', 'conference-payments@kpl-lab.eu', 'mc_gross', r.fee::text, 'mc_currency', 'EUR',
              'verify_sign', igen.rnd('ppvs', r.id, 56), 'ipn_track_id', substr(igen.sha('ppipn', r.id), 1, 13), 'item_name', 'Registration fee')
         WHEN 'stripe' THEN jsonb_build_object('charge_id', 'ch_' || igen.rnd('stch', r.id, 24), 'customer', 'cus_' || igen.rnd('stcu', r.id, 14),
              'billing_details', jsonb_build_object('name', p.first || ' ' || p.last, 'email', lower(p.email), 'address', jsonb_build_object('line1', p.street, 'city', p.city, 'postal_code', p.postcode, 'country', p.cc)),
              'payment_method_details', jsonb_build_object('card', jsonb_build_object('brand', 'visa', 'last4', fixture_gen.digits('stl4', r.id, 4), 'exp_month', 1 + r.id % 12, 'exp_year', 2026 + r.id % 4, 'country', p.cc)),
              'receipt_url', 'https://pay.stripe.com/receipts/payment/' || igen.b64url('strc', r.id, 60), 'status', 'succeeded')
         ELSE jsonb_build_object('changed_by_name', m.first || ' ' || m.last, 'changed_by_id', m.i, 'details', CASE WHEN r.id % 3 = 0 THEN 'Paid by the institute, purchase order ' || fixture_gen.digits('ptpo', r.id, 8) ELSE 'Bank transfer received' END) END
FROM igen.reg r
JOIN igen.ev e ON e.id = r.event_id
JOIN igen.p p ON p.i = r.p
JOIN igen.p m ON m.i = 1 + fixture_gen.n('ptm', r.id, 40)
CROSS JOIN LATERAL (SELECT CASE WHEN e.id IN (9, 12) THEN fixture_gen.pick(ARRAY['stripe', 'stripe', 'paypal', '_manual'], 'ptp', r.id) ELSE fixture_gen.pick(ARRAY['paypal', 'paypal', '_manual'], 'ptp', r.id) END AS prov) x
WHERE r.fee > 0 AND r.st IN (1, 4, 5) AND r.id % 11 <> 0
ORDER BY r.id;
UPDATE event_registration.registrations g SET transaction_id = t.id FROM events.payment_transactions t WHERE t.registration_id = g.id;
ALTER TABLE event_registration.registrations ADD FOREIGN KEY (transaction_id) REFERENCES events.payment_transactions (id);

CREATE TABLE event_registration.invitations (
  id serial PRIMARY KEY,
  uuid uuid NOT NULL UNIQUE,
  registration_form_id integer NOT NULL REFERENCES event_registration.forms (id),
  registration_id integer REFERENCES event_registration.registrations (id),
  state integer NOT NULL,
  first_name varchar NOT NULL,
  last_name varchar NOT NULL,
  email varchar NOT NULL,
  affiliation varchar NOT NULL,
  skip_moderation boolean NOT NULL DEFAULT false
);
INSERT INTO event_registration.invitations (uuid, registration_form_id, registration_id, state, first_name, last_name, email, affiliation, skip_moderation)
SELECT igen.u('inv', k), f, CASE WHEN st = 1 THEN (SELECT id FROM igen.reg WHERE form = f ORDER BY id OFFSET k % 3 LIMIT 1) END, st,
       p.first, p.last, lower(p.email), CASE WHEN k % 6 = 0 THEN '' ELSE a.name END, k % 4 = 0
FROM generate_series(1, 45) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['1', '6', '11', '2', '9'], 'invf', k)::int AS f, fixture_gen.pick(ARRAY['0', '1', '1', '2'], 'invs', k)::int AS st) x
JOIN igen.p p ON p.i = 41 + fixture_gen.n('invp', k, 220) JOIN igen.aff a ON a.id = p.aff ORDER BY k;

-- ---------------------------------------------------------------------------
-- event_abstracts.

CREATE TABLE igen.abs (id int PRIMARY KEY, event_id int, sub int, st int);
INSERT INTO igen.abs
SELECT row_number() OVER (ORDER BY e.id, k), e.id, 41 + fixture_gen.n('abss', e.id * 100 + k, 159), fixture_gen.pick(ARRAY['1', '3', '3', '3', '4', '5', '2'], 'absst', e.id * 100 + k)::int
FROM igen.ev e CROSS JOIN generate_series(1, 25) k WHERE e.abstracts;

CREATE TABLE event_abstracts.abstracts (
  id serial PRIMARY KEY,
  friendly_id integer NOT NULL,
  event_id integer NOT NULL REFERENCES events.events (id),
  title varchar NOT NULL,
  description text NOT NULL,
  submitted_contrib_type_id integer,
  submitted_dt timestamp NOT NULL,
  submitter_id integer NOT NULL REFERENCES users.users (id),
  modified_dt timestamp,
  state integer NOT NULL,
  submission_comment text NOT NULL DEFAULT '',
  judge_id integer REFERENCES users.users (id),
  judgment_dt timestamp,
  judgment_comment text NOT NULL DEFAULT '',
  accepted_track_id integer,
  is_deleted boolean NOT NULL DEFAULT false
);
INSERT INTO event_abstracts.abstracts (id, friendly_id, event_id, title, description, submitted_contrib_type_id, submitted_dt, submitter_id, modified_dt, state, submission_comment, judge_id, judgment_dt, judgment_comment, accepted_track_id, is_deleted)
SELECT b.id, row_number() OVER (PARTITION BY b.event_id ORDER BY b.id), b.event_id,
       fixture_gen.pick(ARRAY['Measurement of the charged-current pion production cross section on argon', 'Neural-network reconstruction of low-energy electron showers', 'Improved limits on the muon electric dipole moment',
         'Quality factor degradation in nitrogen-doped cavities after high-pressure rinsing', 'A coupled-channel analysis of the X(3872)', 'Bayesian optimisation of the linac phase settings',
         'Final-state interactions in neutrino event generators', 'Status of the high-intensity muon beam line', 'Flux-trapping studies with a single-cell cavity', 'Lattice determination of nucleon axial couplings'], 'abt', b.id)
         || CASE WHEN b.id % 4 = 0 THEN ' (' || (2020 + b.id % 5) || ' data)' ELSE '' END,
       fixture_gen.pick(ARRAY[
         'We report a measurement based on data collected in the last run. The result is compared with the predictions of several event generators, and the dominant systematic uncertainties are discussed.',
         'A new reconstruction algorithm is presented. It improves the energy resolution by 15% with respect to the previous method and is robust against pile-up.',
         'We discuss the status of the experiment, the commissioning of the new detector and the expected sensitivity after three years of data taking.',
         'We present measurements of the surface resistance as a function of temperature and field, and propose a model for the observed degradation.'], 'abd', b.id),
       1 + b.id % 2,
       igen.at('absd', b.id, e.start_dt - interval '150 days', e.start_dt - interval '60 days'),
       b.sub,
       CASE WHEN b.id % 3 = 0 THEN igen.at('absm', b.id, e.start_dt - interval '59 days', e.start_dt - interval '40 days') END,
       b.st,
       CASE b.id % 7 WHEN 0 THEN 'I would prefer a poster if no talk slot is available.' WHEN 1 THEN 'This talk would be given by my student ' || fixture_gen.full_name('absstu', b.id) || ' (' || fixture_gen.email('absstu', b.id) || ').'
            WHEN 3 THEN 'Co-authors not yet confirmed.' ELSE '' END,
       CASE WHEN b.st <> 1 THEN 1 + fixture_gen.n('absj', b.id, 40) END,
       CASE WHEN b.st <> 1 THEN igen.at('absjd', b.id, e.start_dt - interval '39 days', e.start_dt - interval '20 days') END,
       CASE WHEN b.st = 4 THEN 'Out of scope for this edition; we encourage you to submit to the neutrino session next year.'
            WHEN b.st = 3 AND b.id % 5 = 0 THEN 'Accepted as a talk. Please coordinate with ' || fixture_gen.full_name('absco', b.id) || ', who submitted a similar abstract.'
            WHEN b.st = 5 THEN 'Merged with abstract #' || (b.id - 1) || '.' ELSE '' END,
       CASE WHEN b.st = 3 THEN 1 + b.id % 4 END,
       b.id % 31 = 0
FROM igen.abs b JOIN igen.ev e ON e.id = b.event_id ORDER BY b.id;
UPDATE events.contributions c SET abstract_id = b.id FROM igen.abs b
  WHERE b.st = 3 AND c.event_id = b.event_id AND c.friendly_id = 2 + (SELECT count(*) FROM igen.abs b2 WHERE b2.event_id = b.event_id AND b2.st = 3 AND b2.id < b.id) AND c.friendly_id < 10;

CREATE TABLE event_abstracts.abstract_person_links (
  id serial PRIMARY KEY,
  abstract_id integer NOT NULL REFERENCES event_abstracts.abstracts (id),
  person_id integer NOT NULL REFERENCES events.persons (id),
  author_type integer NOT NULL,
  is_speaker boolean NOT NULL,
  display_order integer NOT NULL,
  first_name varchar,
  last_name varchar,
  title integer,
  affiliation varchar,
  affiliation_id integer REFERENCES indico.affiliations (id),
  address text,
  phone varchar
);
INSERT INTO event_abstracts.abstract_person_links (abstract_id, person_id, author_type, is_speaker, display_order, first_name, last_name, title, affiliation, affiliation_id, address, phone)
SELECT b.id, pr.id, CASE WHEN s = 1 THEN 1 ELSE 2 END, s = 1, s - 1,
       CASE WHEN (b.id + s) % 6 = 0 THEN pp.first END,
       CASE WHEN (b.id + s) % 6 = 0 THEN pp.last END,
       CASE WHEN (b.id + s) % 6 = 0 THEN pp.title END,
       CASE WHEN (b.id + s) % 4 = 0 THEN a.name || ' and ' || fixture_gen.pick(ARRAY['KPL', 'INFN', 'CNRS/IN2P3', 'Universität Hamburg'], 'apla', b.id) END,
       CASE WHEN (b.id + s) % 4 = 0 THEN NULL WHEN (b.id + s) % 6 = 0 THEN a.id END,
       CASE WHEN (b.id + s) % 10 = 0 THEN a.street || ', ' || a.postcode || ' ' || a.city END,
       CASE WHEN (b.id + s) % 9 = 0 THEN pp.phone END
FROM igen.abs b
CROSS JOIN LATERAL generate_series(1, 1 + fixture_gen.n('apln', b.id, 3)) s
JOIN igen.pers pr ON pr.event_id = b.event_id AND pr.slot = 1 + (fixture_gen.n('aplp', b.id, 12) + s) % 12
JOIN igen.p pp ON pp.i = pr.p JOIN igen.aff a ON a.id = pp.aff
ORDER BY b.id, s;

CREATE TABLE event_abstracts.abstract_reviews (
  id serial PRIMARY KEY,
  abstract_id integer NOT NULL REFERENCES event_abstracts.abstracts (id),
  user_id integer NOT NULL REFERENCES users.users (id),
  track_id integer,
  created_dt timestamp NOT NULL,
  modified_dt timestamp,
  proposed_action integer NOT NULL,
  proposed_related_abstract_id integer REFERENCES event_abstracts.abstracts (id),
  proposed_contribution_type_id integer,
  comment text NOT NULL DEFAULT ''
);
INSERT INTO event_abstracts.abstract_reviews (abstract_id, user_id, track_id, created_dt, modified_dt, proposed_action, proposed_related_abstract_id, proposed_contribution_type_id, comment)
SELECT b.id, 1 + fixture_gen.n('arvu', b.id * 10 + s, 40), 1 + b.id % 4,
       igen.at('arvd', b.id * 10 + s, e.start_dt - interval '58 days', e.start_dt - interval '41 days'),
       CASE WHEN s = 2 THEN igen.at('arvm', b.id, e.start_dt - interval '40 days', e.start_dt - interval '39 days') END,
       CASE WHEN b.st = 5 THEN 3 WHEN b.st = 4 THEN 2 ELSE 1 END,
       CASE WHEN b.st = 5 AND b.id > 1 THEN b.id - 1 END,
       CASE WHEN b.st = 3 THEN 1 + s % 2 END,
       CASE (b.id + s) % 6
         WHEN 0 THEN 'Solid analysis, but the systematic uncertainties need more discussion.'
         WHEN 1 THEN 'Good talk candidate. The speaker (' || fixture_gen.full_name('arvs', b.id) || ') gave an excellent talk at the last edition.'
         WHEN 2 THEN 'Overlaps strongly with #' || (b.id + 1) || ', suggest merging.'
         WHEN 3 THEN ''
         WHEN 4 THEN 'Conflict of interest: the first author is my PhD student, I abstain.'
         ELSE 'Poster.' END
FROM igen.abs b JOIN igen.ev e ON e.id = b.event_id CROSS JOIN generate_series(1, 2) s
WHERE b.st <> 1 ORDER BY b.id, s;

CREATE TABLE event_abstracts.abstract_field_values (
  abstract_id integer NOT NULL REFERENCES event_abstracts.abstracts (id),
  contribution_field_id integer NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (abstract_id, contribution_field_id)
);
INSERT INTO event_abstracts.abstract_field_values (abstract_id, contribution_field_id, data)
SELECT b.id, cf,
       CASE cf
         WHEN 1 THEN to_jsonb(fixture_gen.pick(ARRAY['Oral', 'Poster', 'Either'], 'afv1', b.id))
         WHEN 2 THEN to_jsonb(CASE WHEN b.id % 3 = 0 THEN 'Yes' ELSE 'No' END)
         WHEN 3 THEN to_jsonb(CASE WHEN b.id % 3 = 0 THEN fixture_gen.full_name('afsup', b.id) || ', ' || fixture_gen.email('afsup', b.id) ELSE '' END)
         ELSE to_jsonb(CASE WHEN b.id % 2 = 0 THEN 'ERC grant ' || fixture_gen.digits('afgr', b.id, 6) ELSE '' END) END
FROM igen.abs b CROSS JOIN generate_series(1, 4) cf ORDER BY b.id, cf;

CREATE TABLE event_abstracts.email_logs (
  id serial PRIMARY KEY,
  abstract_id integer NOT NULL REFERENCES event_abstracts.abstracts (id),
  email_template_id integer,
  user_id integer REFERENCES users.users (id),
  sent_dt timestamp NOT NULL,
  recipients varchar[] NOT NULL,
  subject varchar NOT NULL,
  body text NOT NULL,
  data jsonb NOT NULL
);
INSERT INTO event_abstracts.email_logs (abstract_id, email_template_id, user_id, sent_dt, recipients, subject, body, data)
SELECT b.id, CASE b.st WHEN 3 THEN 1 WHEN 4 THEN 2 ELSE 3 END, CASE WHEN b.id % 3 = 0 THEN NULL ELSE 1 + fixture_gen.n('elu', b.id, 40) END,
       igen.at('eld', b.id, e.start_dt - interval '19 days', e.start_dt - interval '15 days'),
       ARRAY[lower(p.email)] || CASE WHEN b.id % 4 = 0 THEN ARRAY[lower(p2.email)] ELSE '{}' END,
       CASE b.st WHEN 3 THEN 'Abstract Acceptance notification (#' || b.id || ')' WHEN 4 THEN 'Abstract Rejection notification (#' || b.id || ')' ELSE 'Abstract Merged notification (#' || b.id || ')' END,
       'Dear ' || CASE WHEN p.title IN (4, 5) THEN 'Dr ' ELSE '' END || p.first || ' ' || p.last || E',\n\nWe are ' || CASE b.st WHEN 3 THEN 'pleased' ELSE 'sorry' END
         || ' to inform you that your abstract #' || b.id || ' has been ' || CASE b.st WHEN 3 THEN 'accepted' WHEN 4 THEN 'rejected' ELSE 'merged' END || E'.\n\nKind regards,\nThe Scientific Programme Committee',
       jsonb_build_object('template_name', CASE b.st WHEN 3 THEN 'Accept' WHEN 4 THEN 'Reject' ELSE 'Merge' END, 'stop_on_match', true, 'include_submitter', true, 'include_authors', b.id % 4 = 0)
FROM igen.abs b JOIN igen.ev e ON e.id = b.event_id
JOIN igen.p p ON p.i = b.sub JOIN igen.p p2 ON p2.i = 41 + fixture_gen.n('elp2', b.id, 219)
WHERE b.st IN (3, 4, 5) ORDER BY b.id;

-- ---------------------------------------------------------------------------
-- event_paper_reviewing: revisions and files of the proceedings.

CREATE TABLE event_paper_reviewing.revisions (
  id serial PRIMARY KEY,
  state integer NOT NULL,
  contribution_id integer NOT NULL REFERENCES events.contributions (id),
  submitter_id integer NOT NULL REFERENCES users.users (id),
  submitted_dt timestamp NOT NULL,
  judge_id integer REFERENCES users.users (id),
  judgment_dt timestamp,
  judgment_comment text NOT NULL DEFAULT ''
);
INSERT INTO event_paper_reviewing.revisions (state, contribution_id, submitter_id, submitted_dt, judge_id, judgment_dt, judgment_comment)
SELECT CASE WHEN v = 1 AND c.id % 3 = 0 THEN 3 WHEN c.id % 7 = 0 THEN 4 ELSE 2 END,
       c.id, 41 + fixture_gen.n('prs', c.id, 159),
       e.start_dt + e.dur + v * interval '20 days',
       1 + fixture_gen.n('prj', c.id, 40), e.start_dt + e.dur + v * interval '35 days',
       CASE WHEN v = 1 AND c.id % 3 = 0 THEN 'Please address the referee comments: Fig. 3 needs error bars, and the reference list is incomplete.'
            WHEN c.id % 7 = 0 THEN 'The paper exceeds the page limit and was not revised in time.'
            WHEN c.id % 5 = 0 THEN 'Accepted. Thanks to ' || fixture_gen.full_name('prjc', c.id) || ' for the quick turnaround.' ELSE 'Accepted.' END
FROM igen.contrib c JOIN igen.ev e ON e.id = c.event_id
CROSS JOIN LATERAL generate_series(1, CASE WHEN c.id % 3 = 0 THEN 2 ELSE 1 END) v
WHERE c.event_id IN (2, 7, 9) AND c.k BETWEEN 2 AND 9 ORDER BY c.id, v;

CREATE TABLE event_paper_reviewing.files (
  id serial PRIMARY KEY,
  contribution_id integer NOT NULL REFERENCES events.contributions (id),
  revision_id integer REFERENCES event_paper_reviewing.revisions (id),
  filename varchar NOT NULL,
  content_type varchar NOT NULL,
  size bigint NOT NULL,
  md5 varchar NOT NULL,
  storage_backend varchar NOT NULL,
  storage_file_id varchar NOT NULL,
  created_dt timestamp NOT NULL
);
INSERT INTO event_paper_reviewing.files (contribution_id, revision_id, filename, content_type, size, md5, storage_backend, storage_file_id, created_dt)
SELECT r.contribution_id, r.id, fn, CASE WHEN fn LIKE '%.tex' THEN 'text/x-tex' WHEN fn LIKE '%.zip' THEN 'application/zip' ELSE 'application/pdf' END,
       20000 + fixture_gen.n('pfs', r.id * 3 + f, 4000000), md5('pf' || r.id || ':' || f), 'default',
       'event/' || c.event_id || '/papers/' || r.contribution_id || '/' || r.id || '/' || (r.id * 3 + f) || '_' || fn,
       r.submitted_dt
FROM event_paper_reviewing.revisions r
JOIN events.contributions c ON c.id = r.contribution_id
JOIN igen.p p ON p.i = r.submitter_id
CROSS JOIN generate_series(1, 2) f
CROSS JOIN LATERAL (SELECT CASE WHEN f = 1 THEN fixture_gen.pick(ARRAY[igen.safe(p.last) || '_NuNI_proceedings.pdf', 'paper.pdf', 'main.pdf', igen.safe(p.first || '_' || p.last) || '_v' || (r.id % 3 + 1) || '.pdf', 'proceedings_final.pdf'], 'pfn', r.id)
                        ELSE fixture_gen.pick(ARRAY['source.zip', 'main.tex', igen.safe(p.last) || '_sources.zip'], 'pfn2', r.id) END AS fn) x
WHERE f = 1 OR r.id % 2 = 0 ORDER BY r.id, f;

-- ---------------------------------------------------------------------------
-- attachments: folders, attachments (files and links), files.

CREATE TABLE attachments.folders (
  id serial PRIMARY KEY,
  link_type integer NOT NULL,
  event_id integer REFERENCES events.events (id),
  contribution_id integer REFERENCES events.contributions (id),
  title varchar,
  description text NOT NULL DEFAULT '',
  is_deleted boolean NOT NULL DEFAULT false,
  is_default boolean NOT NULL DEFAULT false
);
INSERT INTO attachments.folders (link_type, event_id, contribution_id, title, description, is_deleted, is_default)
SELECT CASE WHEN c.k = 1 AND c.conf THEN 2 ELSE 3 END, c.event_id, CASE WHEN c.k = 1 AND c.conf THEN NULL ELSE c.id END,
       CASE WHEN c.id % 9 = 0 THEN fixture_gen.pick(ARRAY['Slides', 'Recordings', 'Posters', 'Lecture notes'], 'aft', c.id) END,
       CASE WHEN c.id % 9 = 0 AND c.id % 2 = 0 THEN 'Material of the session, also available on the conference website.' ELSE '' END, c.id % 53 = 0, c.id % 9 <> 0
FROM igen.contrib c WHERE c.id % 2 = 0 OR c.conf ORDER BY c.id;

CREATE TABLE attachments.attachments (
  id serial PRIMARY KEY,
  folder_id integer NOT NULL REFERENCES attachments.folders (id),
  is_deleted boolean NOT NULL DEFAULT false,
  protection_mode smallint NOT NULL DEFAULT 1,
  modified_dt timestamp NOT NULL,
  user_id integer NOT NULL REFERENCES users.users (id),
  title varchar NOT NULL,
  description text NOT NULL DEFAULT '',
  type integer NOT NULL,
  link_url varchar,
  file_id integer
);
INSERT INTO attachments.attachments (folder_id, is_deleted, protection_mode, modified_dt, user_id, title, description, type, link_url, file_id)
SELECT f.id, f.id % 47 = 0, CASE WHEN f.id % 10 = 0 THEN 2 ELSE 1 END,
       igen.at('atm', f.id * 2 + s, '2022-02-01', '2025-01-31'),
       u.i,
       CASE WHEN s = 2 THEN CASE f.id % 4 WHEN 0 THEN 'Zoom recording' WHEN 1 THEN 'Paper on arXiv' WHEN 2 THEN 'Code repository' ELSE 'Shared folder' END
            ELSE fixture_gen.pick(ARRAY['Slides', igen.safe(u.last) || '_talk.pdf', igen.safe(u.first || '_' || u.last) || '_' || fixture_gen.pick(ARRAY['KPL', 'NuNI', 'PreMu'], 'atx', f.id) || '.pdf', 'slides.pdf', 'Poster', 'Minutes'], 'atf', f.id) END,
       CASE WHEN s = 2 AND f.id % 4 = 0 THEN 'Passcode in the link.' WHEN f.id % 13 = 0 THEN 'Updated version after the meeting.' ELSE '' END,
       CASE WHEN s = 2 THEN 1 ELSE 2 END,
       CASE WHEN s = 2 THEN CASE f.id % 4
              WHEN 0 THEN 'https://kpl-lab.zoom.us/rec/share/' || igen.b64url('atz', f.id, 48) || '?pwd=' || igen.rnd('atzp', f.id, 16)
              WHEN 1 THEN 'https://arxiv.org/abs/24' || lpad((1 + f.id % 12)::text, 2, '0') || '.' || fixture_gen.digits('atar', f.id, 5)
              WHEN 2 THEN 'https://gitlab.kpl-lab.eu/det-rnd/' || fixture_gen.pick(ARRAY['calo-reco', 'timing-daq', 'srf-analysis'], 'atg', f.id)
              ELSE 'https://cloud.kpl-lab.eu/s/' || igen.rnd('atcl', f.id, 15) END END,
       NULL
FROM attachments.folders f
JOIN igen.p u ON u.i = 1 + fixture_gen.n('atu', f.id, 199)
CROSS JOIN generate_series(1, 2) s
WHERE (s = 1 OR f.id % 3 = 0) AND u.i % 23 <> 0 ORDER BY f.id, s;

CREATE TABLE attachments.files (
  id serial PRIMARY KEY,
  attachment_id integer NOT NULL REFERENCES attachments.attachments (id),
  user_id integer NOT NULL REFERENCES users.users (id),
  created_dt timestamp NOT NULL,
  filename varchar NOT NULL,
  content_type varchar NOT NULL,
  size bigint NOT NULL,
  md5 varchar NOT NULL,
  storage_backend varchar NOT NULL,
  storage_file_id varchar NOT NULL
);
INSERT INTO attachments.files (attachment_id, user_id, created_dt, filename, content_type, size, md5, storage_backend, storage_file_id)
SELECT t.id, t.user_id, t.modified_dt, fn, CASE WHEN fn LIKE '%.pptx' THEN 'application/vnd.openxmlformats-officedocument.presentationml.presentation' ELSE 'application/pdf' END,
       50000 + fixture_gen.n('afsz', t.id, 20000000), md5('afile' || t.id), 'default',
       'event/' || f.event_id || '/attachments/' || f.id || '/' || t.id || '/' || fn
FROM attachments.attachments t JOIN attachments.folders f ON f.id = t.folder_id JOIN igen.p u ON u.i = t.user_id
CROSS JOIN LATERAL (SELECT CASE WHEN t.title LIKE '%.pdf' THEN t.title WHEN t.title = 'Minutes' THEN 'minutes_' || to_char(t.modified_dt, 'YYYY-MM-DD') || '.pdf'
                                ELSE fixture_gen.pick(ARRAY['slides.pdf', 'talk.pptx', igen.safe(u.last) || '_' || to_char(t.modified_dt, 'YYYYMMDD') || '.pdf', 'poster_A0.pdf'], 'affn', t.id) END AS fn) x
WHERE t.type = 2 ORDER BY t.id;
UPDATE attachments.attachments t SET file_id = f.id FROM attachments.files f WHERE f.attachment_id = t.id;

-- ---------------------------------------------------------------------------
-- roombooking: rooms, photos, bookings and their edit log, blockings.

CREATE TABLE roombooking.photos (
  id serial PRIMARY KEY,
  data bytea NOT NULL
);
INSERT INTO roombooking.photos (data)
SELECT decode('ffd8ffe000104a464946' || fixture_gen.hexn('rbph', k, 600), 'hex') FROM generate_series(1, 20) k;

CREATE TABLE roombooking.rooms (
  id serial PRIMARY KEY,
  location_id integer NOT NULL,
  building varchar NOT NULL,
  floor varchar NOT NULL,
  number varchar NOT NULL,
  verbose_name varchar,
  division varchar,
  owner_id integer NOT NULL REFERENCES users.users (id),
  telephone varchar,
  key_location varchar,
  comments varchar,
  capacity integer,
  latitude varchar,
  longitude varchar,
  is_reservable boolean NOT NULL DEFAULT true,
  photo_id integer REFERENCES roombooking.photos (id)
);
INSERT INTO roombooking.rooms (location_id, building, floor, number, verbose_name, division, owner_id, telephone, key_location, comments, capacity, latitude, longitude, is_reservable, photo_id)
SELECT 1, b, fl, lpad((1 + fixture_gen.n('rmn', k, 40))::text, 3, '0'),
       CASE k WHEN 1 THEN 'Main Auditorium' WHEN 2 THEN 'Salle Curie' WHEN 3 THEN 'Theory Library' WHEN 4 THEN 'Training Centre T-02' ELSE CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Council Chamber', 'Videoconference room', 'Cleanroom meeting corner', 'Control room annex'], 'rmvn', k) END END,
       fixture_gen.pick(ARRAY['ACC', 'DET', 'THE', 'IT', 'DG', 'HR'], 'rmd', k),
       o.i,
       CASE WHEN k % 4 = 0 THEN NULL ELSE '+33 4 76 42 ' || (20 + k) || ' ' || lpad((k * 3)::text, 2, '0') END,
       CASE k % 5 WHEN 0 THEN 'Reception, building 1' WHEN 1 THEN 'Ask ' || o.first || ' ' || o.last || ' (office ' || b || '-' || fl || '-0' || (10 + k) || ', ext. ' || fixture_gen.digits('rmke', k, 4) || ')'
            WHEN 2 THEN 'Key box next to the door, code given by the secretariat' WHEN 3 THEN 'Open' ELSE NULL END,
       CASE k % 4 WHEN 0 THEN 'Projector and Zoom Room kit. No food or drinks.' WHEN 1 THEN 'Booking requires confirmation by the owner.' ELSE NULL END,
       CASE k WHEN 1 THEN 320 WHEN 2 THEN 80 ELSE 6 + fixture_gen.n('rmcap', k, 40) END,
       (45.2785 + k * 0.0003)::text, (5.6795 + k * 0.0004)::text,
       k % 11 <> 0,
       CASE WHEN k <= 20 THEN k END
FROM generate_series(1, 36) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['1', '3', '12', '40'], 'rmb', k) AS b, fixture_gen.pick(ARRAY['R', '1', '2', 'S2'], 'rmf', k) AS fl) x
JOIN igen.p o ON o.i = 1 + fixture_gen.n('rmo', k, 40) ORDER BY k;

CREATE TABLE roombooking.reservations (
  id serial PRIMARY KEY,
  created_dt timestamp NOT NULL,
  start_dt timestamp NOT NULL,
  end_dt timestamp NOT NULL,
  repeat_frequency integer NOT NULL,
  repeat_interval integer NOT NULL,
  booked_for_id integer REFERENCES users.users (id),
  booked_for_name varchar NOT NULL,
  created_by_id integer REFERENCES users.users (id),
  room_id integer NOT NULL REFERENCES roombooking.rooms (id),
  state integer NOT NULL,
  booking_reason text NOT NULL,
  rejection_reason varchar,
  link_id integer,
  internal_note text
);
INSERT INTO roombooking.reservations (created_dt, start_dt, end_dt, repeat_frequency, repeat_interval, booked_for_id, booked_for_name, created_by_id, room_id, state, booking_reason, rejection_reason, link_id, internal_note)
SELECT s - interval '10 days', s, s + (1 + k % 3) * interval '1 hour',
       CASE WHEN k % 6 = 0 THEN 2 ELSE 0 END, CASE WHEN k % 6 = 0 THEN 1 ELSE 0 END,
       bf.i, bf.first || ' ' || bf.last, cb.i,
       1 + fixture_gen.n('rvr', k, 36),
       fixture_gen.pick(ARRAY['2', '2', '2', '1', '3', '4'], 'rvs', k)::int,
       CASE k % 8
         WHEN 0 THEN 'Weekly group meeting'
         WHEN 1 THEN 'Interview with a candidate for the postdoc position in the SRF group'
         WHEN 2 THEN 'Thesis defence rehearsal of ' || fixture_gen.first_name('rvth', k)
         WHEN 3 THEN 'Visit of ' || fixture_gen.full_name('rvvi', k) || ' (' || fixture_gen.pick(ARRAY['DESY', 'KEK', 'Fermilab', 'TIFR'], 'rvvo', k) || '), call ' || fixture_gen.phone('rvph', k) || ' on arrival'
         WHEN 4 THEN 'Safety training'
         WHEN 5 THEN 'Meeting with the contractor about the cooling water'
         WHEN 6 THEN 'Performance review'
         ELSE 'Lecture, summer school' END,
       CASE WHEN k % 13 = 0 THEN CASE WHEN k % 2 = 0 THEN 'The room is reserved for the Council on that day.' ELSE 'Conflicts with the booking of ' || fixture_gen.full_name('rvrj', k) || ', please choose another room.' END END,
       CASE WHEN k % 7 = 0 THEN 1 + k % 60 END,
       CASE k % 9 WHEN 0 THEN 'Catering ordered from the canteen, invoice to cost centre 4410.' WHEN 4 THEN 'Booked by phone, ' || cb.first || ' called.' ELSE NULL END
FROM generate_series(1, 260) k
CROSS JOIN LATERAL (SELECT ('2023-01-09 08:00'::timestamp + (k * 2) * interval '1 day' + fixture_gen.n('rvh', k, 9) * interval '1 hour')::timestamp(0) AS s) x
JOIN igen.p bf ON bf.i = 1 + fixture_gen.n('rvbf', k, 199)
JOIN igen.p cb ON cb.i = 1 + fixture_gen.n('rvcb', k, 40)
WHERE bf.i % 23 <> 0 ORDER BY k;

CREATE TABLE roombooking.reservation_edit_logs (
  id serial PRIMARY KEY,
  reservation_id integer NOT NULL REFERENCES roombooking.reservations (id),
  timestamp timestamp NOT NULL,
  user_name varchar NOT NULL,
  info varchar[] NOT NULL
);
INSERT INTO roombooking.reservation_edit_logs (reservation_id, timestamp, user_name, info)
SELECT r.id, r.created_dt + v * interval '1 hour', cb.first || ' ' || cb.last,
       CASE WHEN v = 0 THEN ARRAY['Booking created']
            WHEN r.id % 3 = 0 THEN ARRAY['Booked for changed from ''' || cb.first || ' ' || cb.last || ''' to ''' || r.booked_for_name || '''']
            WHEN r.id % 3 = 1 THEN ARRAY['Booking accepted']
            ELSE ARRAY['Start time changed from ''09:00'' to ''10:00''', 'Booking reason changed'] END
FROM roombooking.reservations r JOIN igen.p cb ON cb.i = r.created_by_id CROSS JOIN generate_series(0, 1) v
WHERE v = 0 OR r.id % 2 = 0 ORDER BY r.id, v;

CREATE TABLE roombooking.blockings (
  id serial PRIMARY KEY,
  created_by_id integer NOT NULL REFERENCES users.users (id),
  created_dt timestamp NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  reason text NOT NULL
);
INSERT INTO roombooking.blockings (created_by_id, created_dt, start_date, end_date, reason)
SELECT 1 + fixture_gen.n('blc', k, 40), '2022-09-01'::timestamp + k * interval '41 days', ('2022-10-01'::date + k * 41), ('2022-10-01'::date + k * 41 + 1 + k % 4),
       fixture_gen.pick(ARRAY['KPL Council session', 'Users'' Meeting', 'Open day', 'Summer school lectures', 'Renovation of the audio system', 'Conference: all rooms of building 1'], 'blr', k)
FROM generate_series(1, 18) k;

-- ---------------------------------------------------------------------------
-- oauth: applications, tokens, personal tokens.

CREATE TABLE oauth.applications (
  id serial PRIMARY KEY,
  name varchar NOT NULL,
  description text NOT NULL DEFAULT '',
  client_id uuid NOT NULL UNIQUE,
  client_secret uuid NOT NULL,
  default_scopes varchar[] NOT NULL,
  redirect_uris varchar[] NOT NULL,
  allowed_scopes varchar[] NOT NULL,
  is_enabled boolean NOT NULL DEFAULT true,
  is_trusted boolean NOT NULL DEFAULT false,
  system_app_type integer NOT NULL DEFAULT 0,
  allow_pkce_flow boolean NOT NULL DEFAULT false
);
INSERT INTO oauth.applications (name, description, client_id, client_secret, default_scopes, redirect_uris, allowed_scopes, is_enabled, is_trusted, system_app_type, allow_pkce_flow) VALUES
  ('Checkin App', 'The official Indico check-in app', igen.u('oac', 1), igen.u('oas', 1), '{registrants}', '{http://localhost/}', '{registrants}', true, true, 1, true),
  ('Flower', 'Celery monitoring', igen.u('oac', 2), igen.u('oas', 2), '{read:user}', '{https://flower.kpl-lab.eu/login}', '{read:user}', true, true, 2, false),
  ('KPL Mattermost', 'Meeting notifications in the lab chat', igen.u('oac', 3), igen.u('oas', 3), '{read:legacy_api,read:user}', '{https://chat.kpl-lab.eu/oauth/indico/complete}', '{read:legacy_api,read:user}', true, false, 0, false),
  ('Timetable exporter', 'Exports conference timetables to the lab website', igen.u('oac', 4), igen.u('oas', 4), '{read:legacy_api}', '{https://www.kpl-lab.eu/indico/callback}', '{read:legacy_api}', true, true, 0, false),
  ('Zotero connector (test)', '', igen.u('oac', 5), igen.u('oas', 5), '{read:user}', '{http://127.0.0.1:8765/callback}', '{read:user}', false, false, 0, true),
  ('Badge printer', 'Prints site access badges at the main gate', igen.u('oac', 6), igen.u('oas', 6), '{registrants}', '{https://badges.kpl-lab.eu/auth}', '{registrants,read:user}', true, true, 0, false),
  ('Room display panels', 'E-ink panels at the door of each meeting room', igen.u('oac', 7), igen.u('oas', 7), '{read:legacy_api}', '{https://panels.kpl-lab.eu/oauth}', '{read:legacy_api}', true, false, 0, false),
  ('Proceedings publisher', 'Exports accepted papers to the journal', igen.u('oac', 8), igen.u('oas', 8), '{read:legacy_api}', '{https://proc.kpl-lab.eu/callback}', '{read:legacy_api,read:user}', true, false, 0, false);

CREATE TABLE oauth.tokens (
  id serial PRIMARY KEY,
  app_user_link_id integer NOT NULL,
  access_token_hash varchar NOT NULL UNIQUE,
  scopes varchar[] NOT NULL,
  created_dt timestamp NOT NULL,
  last_used_dt timestamp,
  last_used_ip inet,
  use_count integer NOT NULL DEFAULT 0
);
INSERT INTO oauth.tokens (app_user_link_id, access_token_hash, scopes, created_dt, last_used_dt, last_used_ip, use_count)
SELECT 1 + fixture_gen.n('otl', k, 90), igen.sha('indo_' || 'tok', k),
       CASE WHEN k % 3 = 0 THEN '{registrants}'::varchar[] WHEN k % 3 = 1 THEN '{read:legacy_api,read:user}'::varchar[] ELSE '{read:user}'::varchar[] END,
       igen.at('otc', k, '2022-06-01', '2024-10-01'),
       CASE WHEN k % 4 <> 0 THEN igen.at('otu', k, '2024-10-01', '2025-01-31') END,
       CASE WHEN k % 4 <> 0 THEN fixture_gen.ipv4('oti', k)::inet END,
       CASE WHEN k % 4 <> 0 THEN fixture_gen.n('otn', k, 5000) ELSE 0 END
FROM generate_series(1, 110) k;

CREATE TABLE oauth.personal_tokens (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users.users (id),
  name varchar NOT NULL,
  access_token_hash varchar NOT NULL UNIQUE,
  scopes varchar[] NOT NULL,
  created_dt timestamp NOT NULL,
  last_used_dt timestamp,
  last_used_ip inet,
  use_count integer NOT NULL DEFAULT 0,
  revoked_dt timestamp
);
INSERT INTO oauth.personal_tokens (user_id, name, access_token_hash, scopes, created_dt, last_used_dt, last_used_ip, use_count, revoked_dt)
SELECT u, fixture_gen.pick(ARRAY['cron export', 'timetable bot', 'jupyter', 'laptop', 'registrant sync', 'grafana', 'minutes script'], 'ptn', k) || CASE WHEN k > 7 THEN ' ' || (k % 5 + 1) ELSE '' END,
       igen.sha('indp_' || 'tok', k),
       CASE WHEN k % 2 = 0 THEN '{read:legacy_api}'::varchar[] ELSE '{read:legacy_api,registrants,read:user}'::varchar[] END,
       igen.at('ptc', k, '2023-01-01', '2024-10-01'),
       CASE WHEN k % 3 <> 0 THEN igen.at('ptu', k, '2024-10-01', '2025-01-31') END,
       CASE WHEN k % 3 <> 0 THEN (CASE WHEN k % 2 = 0 THEN '10.42.' || (k % 200) || '.' || (k + 3) ELSE fixture_gen.ipv4('pti', k) END)::inet END,
       CASE WHEN k % 3 <> 0 THEN fixture_gen.n('ptnn', k, 3000) ELSE 0 END,
       CASE WHEN k % 8 = 0 THEN igen.at('ptr', k, '2024-11-01', '2025-01-31') END
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ptu', k, 40) AS u) x;

SELECT fixture_gen.reset_sequences(s) FROM unnest(ARRAY['public', 'indico', 'users', 'categories', 'events', 'event_registration', 'event_abstracts', 'event_paper_reviewing', 'attachments', 'roombooking', 'oauth']) s;

SET client_min_messages = warning;
DROP SCHEMA igen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
