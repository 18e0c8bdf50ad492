-- classify-eval fixture (HOLDOUT 48: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Decidim 0.27 participatory-democracy platform on PostgreSQL in the naming
-- its Rails migrations create (decidim_ tables named after their engine,
-- bigint ids, created_at/updated_at as timestamp without time zone,
-- translatable fields as jsonb keyed by locale, user content as
-- {"ca": ...} with machine translations beside it, polymorphic pairs such
-- as decidim_commentable_type/decidim_commentable_id, Devise's columns on
-- decidim_users, Doorkeeper's oauth_ tables, PaperTrail's versions with
-- YAML in text, Active Storage's blobs), a subset of its tables with their
-- real columns and types. No operator schema: every table is Decidim's.
--
-- The instance is decidim.santfeliuderibera.cat, run by the Ajuntament de
-- Sant Feliu de Ribera (a town council of 48,000 residents in Catalonia)
-- for its residents' proposals, participatory budgets, district meetings,
-- surveys and verified census authorizations; a second organization hosts
-- the youth council and a third a staging copy of the neighbourhood plan.
-- What it holds: the organizations with SMTP settings and OmniAuth
-- settings whose passwords and client secrets are encrypted; participants
-- (residents with emails, names, nicknames, bios, personal URLs, sign-in
-- IPs), managed participants created at the citizen service office, and
-- user groups (neighbourhood associations) whose extended_data holds their
-- phone and tax number, all in decidim_users with bcrypt hashes, Devise
-- tokens and previous password hashes; identities at Google, Facebook and
-- the regional login service; authorizations whose metadata and
-- verification_metadata hold DNI/NIE numbers, postcodes, birth dates,
-- postal-letter and SMS codes and home addresses; processes, components
-- and scopes (public); proposals with bodies typed by residents, some
-- naming themselves, neighbours, phones, and their home street; official
-- answers; private notes of the council's staff; comments; votes and
-- endorsements; meetings at civic centres and at residents' homes with
-- online links, closing reports and registrations with their codes;
-- surveys and their answers (open answers hold emails, phones and ages);
-- budgets, projects and the orders (votes) cast; the admin action log
-- whose extra JSON keeps the acting user's name, nickname and IP;
-- PaperTrail versions; private conversations between participants;
-- newsletters; notifications; follows; moderation reports and the hidden
-- content; impersonation logs of the office staff; the census of emails;
-- Doorkeeper applications, grants and tokens; attachments and Active
-- Storage blobs whose file names name people and identity documents.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA dgen;

-- at: a time between two instants, to the second.
CREATE FUNCTION dgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION dgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION dgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- fold: a name folded to ASCII for an email, a nickname or a file name.
CREATE FUNCTION dgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãéèêëíìîïóòôöõúùûüçñışğ·ÁÀÉÈÍÓÒÚÜÇÑÖ', 'aaaaaeeeeiiiiooooouuuucnisg.AAEEIOOUUCNO')), '[^a-z0-9]+', '', 'g')
$$;

-- dni: a Spanish DNI (8 digits and the mod-23 letter); nie: a foreigner's
-- NIE (X, Y or Z, 7 digits and the letter).
CREATE FUNCTION dgen.dni(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || substr('TRWAGMYFPDXBNJZSQVHLCKE', 1 + (d::bigint % 23)::int, 1) FROM (SELECT (1 + fixture_gen.n(tag || 'f', i, 8))::text || fixture_gen.digits(tag, i, 7) AS d) x
$$;

CREATE FUNCTION dgen.nie(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr('XYZ', 1 + k, 1) || d || substr('TRWAGMYFPDXBNJZSQVHLCKE', 1 + ((k::text || d)::bigint % 23)::int, 1)
  FROM (SELECT fixture_gen.n(tag || 'k', i, 3) AS k, fixture_gen.digits(tag, i, 7) AS d) x
$$;

-- cif: a Spanish association's tax number (G and 8 digits).
CREATE FUNCTION dgen.cif(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'G' || (6 + fixture_gen.n(tag || 'p', i, 3))::text || fixture_gen.digits(tag, i, 7) $$;

-- tr: a translatable field of the council's own content (ca, es, en).
CREATE FUNCTION dgen.tr(ca text, es text, en text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_build_object('ca', ca, 'es', coalesce(es, ''), 'en', coalesce(en, '')) $$;

-- ut: a translatable field typed by a participant: their locale only,
-- sometimes with machine translations beside it.
CREATE FUNCTION dgen.ut(loc text, v text, mt boolean) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN mt THEN jsonb_build_object(loc, v, 'machine_translations', jsonb_build_object(CASE loc WHEN 'ca' THEN 'es' ELSE 'ca' END, v))
              ELSE jsonb_build_object(loc, v) END
$$;

-- enc: Decidim::AttributeEncryptor's output (MessageEncryptor, aes-256-gcm:
-- data--iv--auth tag, each base64).
CREATE FUNCTION dgen.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.b64(tag || 'd', i, len) || '--' || fixture_gen.b64(tag || 'v', i, 12) || '--' || fixture_gen.b64(tag || 't', i, 16) $$;

-- devise_digest: Devise's HMAC-SHA256 of a token (64 hex).
CREATE FUNCTION dgen.devise_digest(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to('devise:' || tag || ':' || i, 'UTF8')), 'hex') $$;

-- ua: a browser user agent.
CREATE FUNCTION dgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 13; SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/117.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:118.0) Gecko/20100101 Firefox/118.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/117.0'], tag, i)
$$;

-- The residents: most with Catalan or Spanish names (two surnames), many
-- with names of other cultures; each with a DNI or a NIE, a mobile, a home
-- in one of the town's streets, a district and a birth date.
CREATE TABLE dgen.p (i int PRIMARY KEY, first text, last text, name text, nick text, email text, phone text, doc text, birth date,
  street text, postcode text, district int, barri int, loc text, ip text);
INSERT INTO dgen.p
SELECT i, f, l,
       CASE WHEN i % 9 = 0 THEN f || ' ' || left(l, 1) || '.' WHEN i % 13 = 0 THEN f ELSE f || ' ' || l END,
       left(CASE i % 5 WHEN 0 THEN dgen.fold(f) || '_' || dgen.fold(split_part(l, ' ', 1)) WHEN 1 THEN dgen.fold(f) || (i % 90)::text
            WHEN 2 THEN left(dgen.fold(f), 1) || dgen.fold(split_part(l, ' ', 1)) WHEN 3 THEN dgen.fold(split_part(l, ' ', 1)) || '_' || left(dgen.fold(f), 3)
            ELSE dgen.fold(f) || '-' || (1960 + i % 45)::text END, 20),
       dgen.fold(f) || fixture_gen.pick(ARRAY['.', '', '_'], 'pes', i) || dgen.fold(split_part(l, ' ', 1)) || CASE WHEN i % 4 = 0 THEN (i % 100)::text ELSE '' END || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.es', 'telefonica.net', 'outlook.es', 'xtec.cat', 'icloud.com', 'proton.me'], 'ped', i),
       CASE fixture_gen.n('pph', i, 4) WHEN 0 THEN '6' || fixture_gen.digits('ph1', i, 2) || ' ' || fixture_gen.digits('ph2', i, 3) || ' ' || fixture_gen.digits('ph3', i, 3)
            WHEN 1 THEN '+34 6' || fixture_gen.digits('ph1', i, 2) || ' ' || fixture_gen.digits('ph2', i, 2) || ' ' || fixture_gen.digits('ph3', i, 2) || ' ' || fixture_gen.digits('ph4', i, 2)
            WHEN 2 THEN '7' || fixture_gen.digits('ph1', i, 8) ELSE '93 6' || fixture_gen.digits('ph1', i, 2) || ' ' || fixture_gen.digits('ph2', i, 2) || ' ' || fixture_gen.digits('ph3', i, 2) END,
       CASE WHEN i % 4 = 3 THEN dgen.nie('pdoc', i) ELSE dgen.dni('pdoc', i) END,
       fixture_gen.birth_date('pbd', i) + 3650,
       fixture_gen.pick(ARRAY['Carrer Major', 'Carrer de Sant Joan', 'Rambla de la Generalitat', 'Passeig del Riu', 'Carrer de la Indústria', 'Carrer de Verdaguer',
         'Avinguda de Catalunya', 'Carrer del Molí', 'Carrer de les Escoles', 'Carrer de Can Roca', 'Carrer dels Pins', 'Carrer de la Riera'], 'pst', i)
         || ', ' || (1 + fixture_gen.n('pno', i, 140))::text || CASE WHEN i % 3 = 0 THEN '' ELSE ', ' || (1 + fixture_gen.n('pfl', i, 6))::text || 'r ' || (1 + fixture_gen.n('pdr', i, 4))::text || 'a' END,
       '0879' || fixture_gen.n('ppc', i, 4)::text, 1 + fixture_gen.n('pdi', i, 5), 6 + fixture_gen.n('pba', i, 15),
       fixture_gen.pick(ARRAY['ca', 'ca', 'ca', 'es', 'es', 'en'], 'plo', i),
       CASE WHEN i % 6 = 0 THEN fixture_gen.ipv6('pip', i) ELSE '8' || (0 + fixture_gen.n('pia', i, 9))::text || '.' || fixture_gen.n('pib', i, 256) || '.' || fixture_gen.n('pic', i, 256) || '.' || (1 + fixture_gen.n('pid', i, 254)) END
FROM generate_series(1, 240) i
CROSS JOIN LATERAL (SELECT CASE WHEN i % 5 IN (0, 2, 4) THEN fixture_gen.pick(ARRAY['Jordi', 'Núria', 'Montserrat', 'Pere', 'Laia', 'Marc', 'Anna', 'Oriol', 'Mercè', 'Josep',
                             'Carme', 'Arnau', 'Aina', 'Pau', 'Marta', 'Xavier', 'Rosa', 'Sergi', 'Lucía', 'Javier', 'Carmen', 'Antonio', 'Mohamed', 'Fàtima', 'Quim', 'Roser', 'Eulàlia', 'Ferran'], 'pfc', i)
                             ELSE fixture_gen.first_name('pf', i) END AS f,
                           CASE WHEN i % 5 IN (0, 2, 4) THEN fixture_gen.pick(ARRAY['Puig', 'Ferrer', 'Soler', 'Vila', 'Serra', 'Pujol', 'Roca', 'Casals', 'Font', 'Martí', 'García', 'López',
                             'Fernández', 'Sánchez', 'Rodríguez', 'Vidal', 'Bosch', 'Torres', 'Riera', 'Camps', 'El Amrani', 'Ortega'], 'plc1', i) || ' '
                             || fixture_gen.pick(ARRAY['Puig', 'Ferrer', 'Soler', 'Vila', 'Serra', 'Pujol', 'Roca', 'Casals', 'Font', 'Martí', 'García', 'López', 'Fernández', 'Sánchez', 'Mas', 'Grau'], 'plc2', i)
                             ELSE fixture_gen.last_name('pl', i) END AS l) x;

-- The council's staff (admins, process admins, moderators, valuators):
-- residents 1 to 14 work at the town hall.
CREATE TABLE dgen.staff (i int PRIMARY KEY, title text);
INSERT INTO dgen.staff VALUES (1, 'Tècnica de Participació Ciutadana'), (2, 'Cap del Servei de Participació'), (3, 'Regidora de Participació i Transparència'),
  (4, 'Tècnic de Via Pública'), (5, 'Tècnica de Medi Ambient'), (6, 'Informador OAC'), (7, 'Informadora OAC'), (8, 'Tècnic de Joventut'),
  (9, 'Arquitecte municipal'), (10, 'Regidor de Mobilitat'), (11, 'Tècnica de Comunicació'), (12, 'Dinamitzador comunitari'), (13, 'Alcaldessa'), (14, 'Tècnic de Sistemes');

-- The neighbourhood associations and other user groups (user ids 241-256).
CREATE TABLE dgen.g (k int PRIMARY KEY, name text, nick text, email text);
INSERT INTO dgen.g VALUES
 (1, 'Associació de Veïns del Barri de Can Roca', 'avv_canroca', 'avvcanroca@gmail.com'),
 (2, 'Associació de Veïns de la Riera', 'av_lariera', 'junta@avlariera.cat'),
 (3, 'AFA Escola Verdaguer', 'afa_verdaguer', 'afa.verdaguer@xtec.cat'),
 (4, 'Plataforma per la Bicicleta de Sant Feliu', 'bicisantfeliu', 'hola@bicisantfeliu.org'),
 (5, 'Casal de la Gent Gran dels Pins', 'casalpins', 'casalgentgranpins@hotmail.com'),
 (6, 'Colla Castellera Riberenca', 'castellers_sfr', 'info@castellersribera.cat'),
 (7, 'Associació de Comerciants del Centre', 'comerc_centre', 'comerciantscentre@gmail.com'),
 (8, 'Club Esportiu Ribera Atlètic', 'cer_atletic', 'secretaria@riberaatletic.cat'),
 (9, 'Horts Comunitaris La Teulera', 'horts_teulera', 'hortsteulera@proton.me'),
 (10, 'Associació Cultural Amazigh de Sant Feliu', 'amazigh_sfr', 'amazighsantfeliu@gmail.com'),
 (11, 'Grup Escolta Sant Jordi', 'escoltes_sj', 'agrupament@escoltesantjordi.cat'),
 (12, 'Veïns per un Polígon Net', 'poligon_net', 'poligonnet@gmail.com'),
 (13, 'AMPA Institut La Riera', 'ampa_lariera', 'ampa@inslariera.cat'),
 (14, 'Banc del Temps Sant Feliu', 'bancdeltemps', 'bancdeltemps.sfr@gmail.com'),
 (15, 'Associació de Persones amb Diversitat Funcional', 'apdf_sfr', 'apdf.santfeliu@gmail.com'),
 (16, 'Ateneu Popular La Farga', 'ateneu_farga', 'ateneulafarga@riseup.net');

-- ---------------------------------------------------------------------------
-- Organizations (tenants), scopes.

CREATE TABLE decidim_organizations (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  host character varying NOT NULL,
  default_locale character varying NOT NULL,
  available_locales character varying[] DEFAULT '{}'::character varying[],
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  description jsonb,
  secondary_hosts character varying[] DEFAULT '{}'::character varying[],
  available_authorizations character varying[] DEFAULT '{}'::character varying[],
  header_snippets text,
  tos_version timestamp without time zone,
  badges_enabled boolean DEFAULT false NOT NULL,
  send_welcome_notification boolean DEFAULT false NOT NULL,
  welcome_notification_subject jsonb,
  welcome_notification_body jsonb,
  users_registration_mode integer DEFAULT 0 NOT NULL,
  id_documents_methods character varying[] DEFAULT '{online}'::character varying[],
  id_documents_explanation_text jsonb DEFAULT '{}'::jsonb,
  user_groups_enabled boolean DEFAULT false NOT NULL,
  smtp_settings jsonb,
  colors jsonb DEFAULT '{}'::jsonb,
  force_users_to_authenticate_before_access_organization boolean DEFAULT false,
  omniauth_settings jsonb,
  time_zone character varying(255) DEFAULT 'UTC'::character varying,
  enable_machine_translations boolean DEFAULT false,
  external_domain_whitelist character varying[] DEFAULT '{}'::character varying[],
  file_upload_settings jsonb,
  official_url character varying,
  reference_prefix character varying NOT NULL,
  twitter_handler character varying,
  instagram_handler character varying
);
CREATE UNIQUE INDEX index_decidim_organizations_on_host ON decidim_organizations (host);

INSERT INTO decidim_organizations (name, host, default_locale, available_locales, created_at, updated_at, description, secondary_hosts, available_authorizations,
  header_snippets, tos_version, badges_enabled, send_welcome_notification, welcome_notification_subject, welcome_notification_body, users_registration_mode,
  id_documents_methods, id_documents_explanation_text, user_groups_enabled, smtp_settings, colors, force_users_to_authenticate_before_access_organization,
  omniauth_settings, time_zone, enable_machine_translations, external_domain_whitelist, file_upload_settings, official_url, reference_prefix, twitter_handler, instagram_handler)
SELECT o.name, o.host, 'ca', ARRAY['ca', 'es', 'en']::varchar[], o.created, timestamp '2023-11-20 09:12:44' + make_interval(days => o.k),
       dgen.tr(o.dca, o.des, o.den), o.sec, o.auths,
       CASE WHEN o.k = 1 THEN '<script>var _paq = window._paq = window._paq || []; _paq.push([''trackPageView'']); (function() { var u="https://estadistiques.santfeliuderibera.cat/"; _paq.push([''setTrackerUrl'', u+''matomo.php'']); _paq.push([''setSiteId'', ''7'']); })();</script>' END,
       timestamp '2023-02-01 10:00:00' + make_interval(days => 30 * o.k), o.k = 1, o.k <> 3,
       dgen.tr('Benvinguda a %{organization}!', '¡Te damos la bienvenida a %{organization}!', 'Welcome to %{organization}!'),
       dgen.tr('<p>Hola %{name}, gràcies per unir-te a %{organization}. Ja pots fer propostes, comentar i participar a les trobades del teu districte.</p>',
               '<p>Hola %{name}, gracias por unirte a %{organization}.</p>', '<p>Hi %{name}, thanks for joining %{organization}.</p>'),
       CASE WHEN o.k = 3 THEN 1 ELSE 0 END,
       ARRAY['online', 'in_person']::varchar[],
       dgen.tr('Per verificar-te presencialment, porta el DNI o NIE a l''Oficina d''Atenció Ciutadana (Plaça de la Vila, 1) de dilluns a divendres de 9 a 14 h.',
               'Para verificarte presencialmente, trae el DNI o NIE a la Oficina de Atención Ciudadana.', 'To verify in person, bring your ID card to the Citizen Service Office.'),
       o.k <> 3,
       jsonb_build_object('from', o.from_label || ' <' || o.mailbox || '>', 'from_email', o.mailbox, 'from_label', o.from_label, 'address', o.smtp_host, 'port', '587',
         'user_name', o.smtp_user, 'encrypted_password', dgen.enc('osmtp', o.k, 24)),
       jsonb_build_object('primary', '#' || o.c1, 'secondary', '#599aa6', 'tertiary', '#f2f2f2', 'success', '#57d685', 'warning', '#ffae00', 'alert', '#ec5840', 'highlight', '#be6400', 'highlight-alternative', '#be6400', 'theme', '#ef604d'),
       o.k = 3,
       CASE WHEN o.k = 3 THEN '{}'::jsonb ELSE jsonb_build_object(
         'omniauth_settings_google_oauth2_enabled', true,
         'omniauth_settings_google_oauth2_icon', 'google',
         'omniauth_settings_google_oauth2_client_id', dgen.enc('ogid', o.k, 72),
         'omniauth_settings_google_oauth2_client_secret', dgen.enc('ogsec', o.k, 35),
         'omniauth_settings_facebook_enabled', o.k = 1,
         'omniauth_settings_facebook_app_id', dgen.enc('ofbid', o.k, 15),
         'omniauth_settings_facebook_app_secret', dgen.enc('ofbsec', o.k, 32),
         'omniauth_settings_idcat_mobil_enabled', true,
         'omniauth_settings_idcat_mobil_client_id', dgen.enc('oicid', o.k, 36),
         'omniauth_settings_idcat_mobil_client_secret', dgen.enc('oicsec', o.k, 40),
         'omniauth_settings_idcat_mobil_site_url', 'https://identitats.aoc.cat') END,
       'Europe/Madrid', o.k = 1, ARRAY['santfeliuderibera.cat', 'www.santfeliuderibera.cat', 'youtube.com', 'meet.jit.si', 'eventbrite.es']::varchar[],
       '{"allowed_file_extensions":{"admin":["jpg","jpeg","gif","png","bmp","pdf","doc","docx","xls","xlsx","ppt","pptx","ppx","rtf","txt","odt","ott","odf","otg","ods","ots"],"image":["jpg","jpeg","gif","png","bmp","ico"],"default":["jpg","jpeg","gif","png","bmp","pdf","rtf","txt"]},"allowed_content_types":{"admin":["image/*","application/vnd.oasis.opendocument","application/vnd.ms-*","application/msword","application/vnd.ms-word","application/vnd.openxmlformats-officedocument","application/vnd.oasis.opendocument","application/pdf","application/rtf","text/plain"],"default":["image/*","application/pdf","application/rtf","text/plain"]},"maximum_file_size":{"avatar":5.0,"default":10.0}}'::jsonb,
       o.url, o.prefix, o.tw, o.ig
FROM (VALUES
  (1, 'Decidim Sant Feliu de Ribera', 'decidim.santfeliuderibera.cat', ARRAY['participa.santfeliuderibera.cat']::varchar[], ARRAY['census_authorization_handler', 'id_documents', 'postal_letter', 'sms', 'csv_census']::varchar[],
      timestamp '2019-04-23 08:30:00', 'La plataforma de participació ciutadana de l''Ajuntament de Sant Feliu de Ribera: pressupostos participatius, pla d''actuació municipal i consells de districte.',
      'La plataforma de participación ciudadana del Ayuntamiento de Sant Feliu de Ribera.', 'The citizen participation platform of Sant Feliu de Ribera town council.',
      'Participa Sant Feliu', 'participa@santfeliuderibera.cat', 'smtp.santfeliuderibera.cat', 'participa@santfeliuderibera.cat', '0b6b8a', 'https://www.santfeliuderibera.cat', 'SFR', 'ajsantfeliurib', 'santfeliuderibera'),
  (2, 'Consell de Joves de Sant Feliu', 'joves.santfeliuderibera.cat', ARRAY[]::varchar[], ARRAY['census_authorization_handler', 'sms']::varchar[],
      timestamp '2021-09-14 11:02:00', 'L''espai de participació del Consell de Joves: propostes, assemblees i el pressupost jove.', 'El espacio de participación del Consejo de Jóvenes.', 'The Youth Council''s participation space.',
      'Consell de Joves', 'joves@santfeliuderibera.cat', 'smtp.santfeliuderibera.cat', 'joves@santfeliuderibera.cat', '8a2be2', 'https://joves.santfeliuderibera.cat/info', 'SFRJ', 'joves_sfr', 'joves_sfr'),
  (3, 'Staging - Pla de Barris', 'staging-decidim.santfeliuderibera.cat', ARRAY[]::varchar[], ARRAY['dummy_authorization_handler']::varchar[],
      timestamp '2023-06-01 07:45:00', 'Còpia de proves del procés del Pla de Barris.', 'Copia de pruebas.', 'Staging copy.',
      'Staging Decidim', 'no-reply@santfeliuderibera.cat', 'smtp.mailtrap.io', 'ops-mailtrap-7f3a', '444444', NULL, 'STG', NULL, NULL)
) o(k, name, host, sec, auths, created, dca, des, den, from_label, mailbox, smtp_host, smtp_user, c1, url, prefix, tw, ig);

CREATE TABLE decidim_scopes (
  id bigserial PRIMARY KEY,
  decidim_organization_id bigint REFERENCES decidim_organizations (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  name jsonb NOT NULL,
  scope_type_id bigint,
  parent_id bigint REFERENCES decidim_scopes (id),
  code character varying NOT NULL,
  part_of integer[] DEFAULT '{}'::integer[] NOT NULL
);
INSERT INTO decidim_scopes (decidim_organization_id, created_at, updated_at, name, scope_type_id, parent_id, code, part_of)
SELECT 1, timestamp '2019-05-02 10:00:00' + make_interval(mins => k), timestamp '2022-01-10 12:00:00' + make_interval(mins => k),
       dgen.tr(n, n, n), CASE WHEN k <= 5 THEN 1 ELSE 2 END, par, c, CASE WHEN par IS NULL THEN ARRAY[k] ELSE ARRAY[par, k] END
FROM (VALUES (1, 'Districte 1 - Centre i Vila Vella', NULL::int, 'D1'), (2, 'Districte 2 - Can Roca', NULL, 'D2'), (3, 'Districte 3 - La Riera', NULL, 'D3'),
  (4, 'Districte 4 - Els Pins', NULL, 'D4'), (5, 'Districte 5 - Polígon Nord i la Teulera', NULL, 'D5'),
  (6, 'Vila Vella', 1, 'D1-01'), (7, 'Eixample', 1, 'D1-02'), (8, 'Estació', 1, 'D1-03'), (9, 'Can Roca', 2, 'D2-01'), (10, 'Sant Ramon', 2, 'D2-02'),
  (11, 'Les Planes', 2, 'D2-03'), (12, 'La Riera', 3, 'D3-01'), (13, 'El Molí', 3, 'D3-02'), (14, 'Can Vidal', 3, 'D3-03'), (15, 'Els Pins', 4, 'D4-01'),
  (16, 'La Torreta', 4, 'D4-02'), (17, 'Mas Guardiola', 4, 'D4-03'), (18, 'La Teulera', 5, 'D5-01'), (19, 'Polígon Nord', 5, 'D5-02'), (20, 'Sant Feliu de Ribera (tot el municipi)', NULL, 'MUN')) v(k, n, par, c)
ORDER BY k;

-- ---------------------------------------------------------------------------
-- Participants: residents (1-240), user groups (241-256).

CREATE TABLE decidim_users (
  id bigserial PRIMARY KEY,
  email character varying DEFAULT ''::character varying NOT NULL,
  encrypted_password character varying DEFAULT ''::character varying NOT NULL,
  reset_password_token character varying,
  reset_password_sent_at timestamp without time zone,
  remember_created_at timestamp without time zone,
  sign_in_count integer DEFAULT 0 NOT NULL,
  current_sign_in_at timestamp without time zone,
  last_sign_in_at timestamp without time zone,
  current_sign_in_ip inet,
  last_sign_in_ip inet,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  invitation_token character varying,
  invitation_created_at timestamp without time zone,
  invitation_sent_at timestamp without time zone,
  invitation_accepted_at timestamp without time zone,
  invited_by_type character varying,
  invited_by_id bigint,
  invitations_count integer DEFAULT 0,
  decidim_organization_id bigint REFERENCES decidim_organizations (id),
  confirmation_token character varying,
  confirmed_at timestamp without time zone,
  confirmation_sent_at timestamp without time zone,
  unconfirmed_email character varying,
  name character varying NOT NULL,
  locale character varying,
  avatar character varying(255),
  newsletter_notifications_at timestamp without time zone,
  type character varying NOT NULL,
  extended_data jsonb DEFAULT '{}'::jsonb,
  following_count integer DEFAULT 0 NOT NULL,
  followers_count integer DEFAULT 0 NOT NULL,
  nickname character varying(20) NOT NULL,
  personal_url character varying,
  about text,
  accepted_tos_version timestamp without time zone,
  newsletter_token character varying DEFAULT ''::character varying,
  notifications_sending_frequency character varying DEFAULT 'daily'::character varying,
  digest_sent_at timestamp without time zone,
  password_updated_at timestamp without time zone,
  previous_passwords character varying[] DEFAULT '{}'::character varying[],
  blocked boolean DEFAULT false NOT NULL,
  blocked_at timestamp without time zone,
  managed boolean DEFAULT false NOT NULL,
  roles character varying[] DEFAULT '{}'::character varying[],
  deleted_at timestamp without time zone,
  delete_reason text,
  admin boolean DEFAULT false NOT NULL,
  admin_terms_accepted_at timestamp without time zone,
  session_token character varying,
  direct_message_types character varying DEFAULT 'all'::character varying NOT NULL,
  officialized_at timestamp without time zone,
  officialized_as jsonb,
  notification_types character varying DEFAULT 'all'::character varying NOT NULL,
  email_on_moderations boolean DEFAULT true,
  follows_count integer DEFAULT 0 NOT NULL,
  notification_settings jsonb DEFAULT '{}'::jsonb,
  failed_attempts integer DEFAULT 0 NOT NULL,
  locked_at timestamp without time zone,
  unlock_token character varying
);
CREATE UNIQUE INDEX index_decidim_users_on_email_and_decidim_organization_id ON decidim_users (email, decidim_organization_id) WHERE deleted_at IS NULL AND managed = false AND type = 'Decidim::User';
CREATE INDEX index_decidim_users_on_nickname ON decidim_users (nickname);

INSERT INTO decidim_users (email, encrypted_password, reset_password_token, reset_password_sent_at, remember_created_at, sign_in_count, current_sign_in_at, last_sign_in_at,
  current_sign_in_ip, last_sign_in_ip, created_at, updated_at, invitation_token, invitation_created_at, invitation_sent_at, invitation_accepted_at, invited_by_type, invited_by_id,
  invitations_count, decidim_organization_id, confirmation_token, confirmed_at, confirmation_sent_at, unconfirmed_email, name, locale, avatar, newsletter_notifications_at, type,
  extended_data, following_count, followers_count, nickname, personal_url, about, accepted_tos_version, newsletter_token, notifications_sending_frequency, digest_sent_at,
  password_updated_at, previous_passwords, blocked, blocked_at, managed, roles, deleted_at, delete_reason, admin, admin_terms_accepted_at, session_token, direct_message_types,
  officialized_at, officialized_as, notification_types, email_on_moderations, follows_count, notification_settings, failed_attempts, locked_at, unlock_token)
SELECT CASE WHEN del OR man THEN '' WHEN p.i = 14 THEN 'sistemes@santfeliuderibera.cat' WHEN p.i <= 13 THEN dgen.fold(split_part(p.first, ' ', 1)) || '.' || dgen.fold(split_part(p.last, ' ', 1)) || '@santfeliuderibera.cat' ELSE p.email END,
       CASE WHEN del OR man THEN '' ELSE fixture_gen.bcrypt('ubc', p.i) END,
       CASE WHEN p.i % 8 = 3 AND NOT del THEN dgen.devise_digest('urp', p.i) END,
       CASE WHEN p.i % 8 = 3 AND NOT del THEN dgen.at('urps', p.i, '2023-01-01', '2024-05-30') END,
       CASE WHEN p.i % 3 = 0 AND NOT del AND NOT man THEN dgen.at('urc', p.i, '2024-03-01', '2024-05-30') END,
       CASE WHEN del OR man THEN 0 ELSE 1 + fixture_gen.n('usc', p.i, 140) END,
       CASE WHEN del OR man THEN NULL ELSE dgen.at('ucs', p.i, '2024-04-01', '2024-05-31') END,
       CASE WHEN del OR man THEN NULL ELSE dgen.at('uls', p.i, '2024-01-01', '2024-03-31') END,
       CASE WHEN del OR man THEN NULL ELSE p.ip::inet END,
       CASE WHEN del OR man THEN NULL WHEN p.i % 4 = 0 THEN p.ip::inet ELSE fixture_gen.ipv4('ulip', p.i)::inet END,
       dgen.at('uca', p.i, '2019-05-01', '2024-01-31'), dgen.at('uua', p.i, '2024-02-01', '2024-05-31'),
       CASE WHEN p.i IN (15, 16, 17) THEN dgen.devise_digest('uinv', p.i) END,
       CASE WHEN p.i <= 17 THEN dgen.at('uic', p.i, '2019-05-01', '2022-01-01') END,
       CASE WHEN p.i <= 17 THEN dgen.at('uic', p.i, '2019-05-01', '2022-01-01') + interval '2 minutes' END,
       CASE WHEN p.i <= 14 THEN dgen.at('uic', p.i, '2019-05-01', '2022-01-01') + interval '1 day' END,
       CASE WHEN p.i <= 17 THEN 'Decidim::UserBaseEntity' END, CASE WHEN p.i <= 17 AND p.i > 1 THEN 1 END,
       CASE WHEN p.i = 1 THEN 16 ELSE 0 END,
       CASE WHEN p.i BETWEEN 200 AND 225 THEN 2 WHEN p.i > 232 THEN 3 ELSE 1 END,
       CASE WHEN p.i % 19 = 4 AND NOT del AND NOT man THEN dgen.rnd('uct', p.i, 20) END,
       CASE WHEN del OR man OR p.i % 19 = 4 THEN NULL ELSE dgen.at('uca', p.i, '2019-05-01', '2024-01-31') + interval '25 minutes' END,
       CASE WHEN del OR man THEN NULL ELSE dgen.at('uca', p.i, '2019-05-01', '2024-01-31') + interval '1 minute' END,
       CASE WHEN p.i % 37 = 5 THEN dgen.fold(p.first) || '.' || dgen.fold(split_part(p.last, ' ', 1)) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'protonmail.com', 'outlook.com'], 'uue', p.i) END,
       CASE WHEN del THEN '' WHEN p.i % 31 = 0 THEN 'Blocked user' ELSE p.name END,
       p.loc,
       CASE WHEN del OR p.i % 3 <> 1 THEN NULL WHEN p.i % 2 = 0 THEN 'IMG_' || to_char(date '2023-01-01' + p.i * 37 % 365, 'YYYYMMDD') || '_' || fixture_gen.digits('uav', p.i, 6) || '.jpg'
            ELSE dgen.fold(p.first) || '_' || dgen.fold(split_part(p.last, ' ', 1)) || fixture_gen.pick(ARRAY['.jpg', '_perfil.png', '-foto.jpeg'], 'uax', p.i) END,
       CASE WHEN NOT del AND NOT man AND p.i % 2 = 0 THEN dgen.at('unn', p.i, '2019-05-01', '2024-01-31') END,
       'Decidim::User',
       CASE WHEN p.i % 31 = 0 THEN jsonb_build_object('user_name', p.name)
            WHEN p.i % 4 = 1 THEN jsonb_build_object('interested_scopes', jsonb_build_array(p.district, p.barri), 'interested_areas', '[]'::jsonb)
            ELSE '{}'::jsonb END,
       fixture_gen.n('ufg', p.i, 25), fixture_gen.n('ufr', p.i, 12),
       CASE WHEN del THEN '' ELSE p.nick END,
       CASE WHEN del OR p.i % 6 <> 2 THEN NULL ELSE fixture_gen.pick(ARRAY['https://www.instagram.com/' || p.nick, 'https://twitter.com/' || p.nick, 'https://' || replace(p.nick, '_', '') || '.blogspot.com',
            'https://www.linkedin.com/in/' || dgen.fold(p.first) || '-' || dgen.fold(split_part(p.last, ' ', 1)) || '-' || fixture_gen.hexn('uli', p.i, 6)], 'upu', p.i) END,
       CASE WHEN del OR p.i % 4 = 2 THEN NULL WHEN p.i % 4 = 3 THEN ''
            ELSE fixture_gen.pick(ARRAY[
              'Veïna de ' || fixture_gen.pick(ARRAY['Can Roca', 'la Riera', 'els Pins', 'la Vila Vella'], 'uab', p.i) || ' des de fa ' || (5 + p.i % 30) || ' anys. Mare de dos nens i usuària diària del bus 3.',
              'Jubilat, ex-mestre de l''escola Verdaguer. M''interessa la mobilitat i el verd urbà.',
              'Ciclista urbà, membre de la Plataforma per la Bicicleta. Contacte: ' || p.phone,
              'Estudiant de Ciències Ambientals a la UAB.',
              'Tinc una botiga de roba al carrer Major, ' || (1 + p.i % 60) || '. Si voleu parlar del comerç local, passeu-hi!',
              'Me llamo ' || p.first || ', vivo en ' || p.street || ' y soy cuidadora de mi madre, que va en silla de ruedas.',
              'Father of three, moved here from ' || fixture_gen.pick(ARRAY['Manchester', 'Lagos', 'Pune', 'Kraków'], 'uam', p.i) || ' in 2018. Interested in schools and parks.',
              'Infermera al CAP de la Riera. Opinions personals.',
              '', 'Participo per un Sant Feliu més verd 🌳'], 'uab2', p.i) END,
       CASE WHEN del OR man THEN NULL ELSE timestamp '2023-02-01 10:00:00' END,
       CASE WHEN NOT del AND NOT man AND p.i % 2 = 0 THEN dgen.rnd('unt', p.i, 32) ELSE '' END,
       fixture_gen.pick(ARRAY['daily', 'weekly', 'real_time', 'none'], 'unsf', p.i),
       CASE WHEN p.i % 5 = 1 THEN dgen.at('uds', p.i, '2024-05-01', '2024-05-31') END,
       CASE WHEN del OR man THEN NULL ELSE dgen.at('upw', p.i, '2022-01-01', '2024-05-31') END,
       CASE WHEN p.i <= 14 THEN ARRAY[fixture_gen.bcrypt('upp1', p.i), fixture_gen.bcrypt('upp2', p.i), fixture_gen.bcrypt('upp3', p.i)]::varchar[]
            WHEN p.i % 10 = 6 THEN ARRAY[fixture_gen.bcrypt('upp1', p.i)]::varchar[] ELSE '{}'::varchar[] END,
       p.i % 31 = 0, CASE WHEN p.i % 31 = 0 THEN dgen.at('ubl', p.i, '2023-06-01', '2024-05-01') END,
       man,
       CASE WHEN p.i IN (1, 2, 14) THEN '{}'::varchar[] WHEN p.i IN (6, 7) THEN ARRAY['user_manager']::varchar[] WHEN p.i IN (11, 12) THEN ARRAY['admin']::varchar[] ELSE '{}'::varchar[] END,
       CASE WHEN del THEN dgen.at('udl', p.i, '2022-06-01', '2024-05-01') END,
       CASE WHEN NOT del THEN NULL ELSE fixture_gen.pick(ARRAY['Ja no visc a Sant Feliu, ens hem mudat a Girona.', 'No vull rebre més correus.', 'Motius personals',
            'Me he dado de baja porque publicaron mi nombre en un comentario sobre el conflicto con el vecino del 2º.', 'Duplicate account, I use ' || p.email || ' now.', '',
            'Soc ' || p.name || ' i demano que s''esborrin les meves dades segons el RGPD.'], 'udr', p.i) END,
       p.i IN (1, 2, 3, 14),
       CASE WHEN p.i <= 14 THEN dgen.at('uat', p.i, '2021-01-01', '2023-01-01') END,
       CASE WHEN del OR man THEN NULL ELSE fixture_gen.hexn('ust', p.i, 32) END,
       fixture_gen.pick(ARRAY['all', 'all', 'followed-only'], 'udm', p.i),
       CASE WHEN p.i IN (3, 10, 13) OR p.i % 47 = 5 THEN dgen.at('uoa', p.i, '2021-01-01', '2023-06-01') END,
       CASE WHEN p.i IN (3, 10, 13) THEN (SELECT dgen.tr(s.title, NULL, NULL) FROM dgen.staff s WHERE s.i = p.i)
            WHEN p.i % 47 = 5 THEN dgen.tr(fixture_gen.pick(ARRAY['President de l''AVV Can Roca', 'Directora de l''Escola Verdaguer', 'Presidenta del Casal de la Gent Gran', 'Mossèn de la parròquia'], 'uof', p.i), NULL, NULL) END,
       fixture_gen.pick(ARRAY['all', 'all', 'own-only', 'follow-only'], 'unt2', p.i), p.i % 7 <> 0, fixture_gen.n('ufc', p.i, 30),
       CASE WHEN p.i % 3 = 0 THEN '{"close_meeting_reminder":"1"}'::jsonb ELSE '{}'::jsonb END,
       CASE WHEN p.i % 41 = 9 THEN 3 ELSE 0 END,
       CASE WHEN p.i % 83 = 9 THEN dgen.at('ulk', p.i, '2024-05-01', '2024-05-31') END,
       CASE WHEN p.i % 83 = 9 THEN dgen.devise_digest('uul', p.i) END
FROM dgen.p p CROSS JOIN LATERAL (SELECT p.i % 29 = 0 AS del, p.i % 23 = 0 AND p.i % 29 <> 0 AS man) f
ORDER BY p.i;

INSERT INTO decidim_users (email, encrypted_password, created_at, updated_at, decidim_organization_id, confirmed_at, name, locale, avatar, type, extended_data, nickname,
  personal_url, about, accepted_tos_version, notifications_sending_frequency, previous_passwords, roles, session_token, followers_count, following_count, follows_count)
SELECT g.email, '', dgen.at('gca', g.k, '2019-06-01', '2023-06-01'), dgen.at('gua', g.k, '2023-06-01', '2024-05-31'), CASE WHEN g.k = 11 THEN 2 ELSE 1 END,
       dgen.at('gca', g.k, '2019-06-01', '2023-06-01'), g.name, 'ca', CASE WHEN g.k % 3 = 0 THEN 'logo_' || g.nick || '.png' END, 'Decidim::UserGroup',
       jsonb_build_object('phone', (SELECT p.phone FROM dgen.p p WHERE p.i = 20 + g.k * 7), 'document_number', dgen.cif('gcif', g.k),
         'verified_at', CASE WHEN g.k % 4 <> 0 THEN to_char(dgen.at('gva', g.k, '2020-01-01', '2024-01-01'), 'YYYY-MM-DD"T"HH24:MI:SS.000+02:00') END,
         'rejected_at', NULL),
       g.nick,
       CASE WHEN g.k % 2 = 0 THEN 'https://www.' || replace(g.nick, '_', '') || '.cat' END,
       fixture_gen.pick(ARRAY['Entitat sense ànim de lucre fundada el 1978. Ens reunim cada dijous a les 19 h al local social.', 'Associació oberta a tothom. Quota anual: 15 €.',
         'Som famílies que treballem per una escola pública de qualitat.', 'Contacte: ' || g.email || ' · WhatsApp de la junta: ' || (SELECT p.phone FROM dgen.p p WHERE p.i = 20 + g.k * 7)], 'gab', g.k),
       timestamp '2023-02-01 10:00:00', 'weekly', '{}'::varchar[], '{}'::varchar[], NULL, fixture_gen.n('gfc', g.k, 80), 0, 0
FROM dgen.g g ORDER BY g.k;

CREATE TABLE decidim_user_group_memberships (
  id bigserial PRIMARY KEY,
  decidim_user_id bigint NOT NULL REFERENCES decidim_users (id),
  decidim_user_group_id bigint NOT NULL REFERENCES decidim_users (id),
  role character varying NOT NULL,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL
);
INSERT INTO decidim_user_group_memberships (decidim_user_id, decidim_user_group_id, role, created_at, updated_at)
SELECT DISTINCT ON (u, g) u, g, CASE WHEN k % 6 = 0 THEN 'creator' WHEN k % 6 = 1 THEN 'admin' WHEN k % 11 = 3 THEN 'requested' ELSE 'member' END,
       dgen.at('gmc', k, '2019-06-01', '2024-05-01'), dgen.at('gmu', k, '2024-01-01', '2024-05-31')
FROM generate_series(1, 70) k CROSS JOIN LATERAL (SELECT 15 + fixture_gen.n('gmu', k, 220) AS u, 241 + fixture_gen.n('gmg', k, 16) AS g) x
WHERE u % 29 <> 0 ORDER BY u, g;

CREATE TABLE decidim_identities (
  id bigserial PRIMARY KEY,
  provider character varying NOT NULL,
  uid character varying NOT NULL,
  decidim_user_id bigint NOT NULL REFERENCES decidim_users (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  decidim_organization_id bigint REFERENCES decidim_organizations (id)
);
INSERT INTO decidim_identities (provider, uid, decidim_user_id, created_at, updated_at, decidim_organization_id)
SELECT pr, CASE pr WHEN 'google_oauth2' THEN '1' || fixture_gen.digits('idg', u, 20) WHEN 'facebook' THEN '10' || fixture_gen.digits('idf', u, 14)
                  ELSE upper(fixture_gen.hexn('idc', u, 8)) || '-' || upper(fixture_gen.hexn('idc2', u, 4)) || '-' || upper(fixture_gen.hexn('idc3', u, 12)) END,
       u, dgen.at('idca', u, '2019-06-01', '2024-04-01'), dgen.at('idca', u, '2019-06-01', '2024-04-01'), CASE WHEN u BETWEEN 200 AND 225 THEN 2 ELSE 1 END
FROM generate_series(15, 232) u CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['google_oauth2', 'google_oauth2', 'facebook', 'idcat_mobil'], 'idp', u) AS pr) x
WHERE u % 3 = 1 AND u % 29 <> 0 AND u % 23 <> 0 ORDER BY u;

-- Authorizations: the census check (DNI/NIE, postcode, birth date),
-- identity documents checked online or at the office, postal letters
-- with their codes, SMS codes, and the census of emails.
CREATE TABLE decidim_authorizations (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  metadata jsonb,
  decidim_user_id bigint NOT NULL REFERENCES decidim_users (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  unique_id character varying,
  granted_at timestamp without time zone,
  verification_metadata jsonb DEFAULT '{}'::jsonb,
  verification_attachment character varying
);
INSERT INTO decidim_authorizations (name, metadata, decidim_user_id, created_at, updated_at, unique_id, granted_at, verification_metadata, verification_attachment)
SELECT a.nm,
       CASE a.nm
         WHEN 'census_authorization_handler' THEN jsonb_build_object('document_type', CASE WHEN p.doc ~ '^[XYZ]' THEN 'nie' ELSE 'dni' END, 'postal_code', p.postcode, 'date_of_birth', to_char(p.birth, 'YYYY-MM-DD'), 'scope_id', p.district)
         WHEN 'id_documents' THEN CASE WHEN granted THEN jsonb_build_object('document_type', CASE WHEN p.doc ~ '^[XYZ]' THEN 'nie' ELSE 'dni' END, 'document_number', p.doc) ELSE '{}'::jsonb END
         WHEN 'postal_letter' THEN CASE WHEN granted THEN jsonb_build_object('address', p.street || ', ' || p.postcode || ' Sant Feliu de Ribera') ELSE '{}'::jsonb END
         WHEN 'sms' THEN '{}'::jsonb
         ELSE '{}'::jsonb END,
       p.i, dgen.at('aca', k, '2020-01-01', '2024-05-01'), dgen.at('aua', k, '2024-01-01', '2024-05-31'),
       CASE a.nm WHEN 'census_authorization_handler' THEN CASE WHEN k % 5 = 0 THEN encode(sha256(convert_to(p.doc || '-sfr-census', 'UTF8')), 'hex') ELSE p.doc END
                 WHEN 'id_documents' THEN CASE WHEN granted THEN p.doc END
                 WHEN 'sms' THEN md5(p.phone || '-' || 'sfr')
                 ELSE NULL END,
       CASE WHEN granted THEN dgen.at('aga', k, '2020-01-01', '2024-05-01') + interval '3 hours' END,
       CASE WHEN granted THEN '{}'::jsonb ELSE CASE a.nm
         WHEN 'id_documents' THEN jsonb_build_object('verification_type', CASE WHEN k % 2 = 0 THEN 'online' ELSE 'offline' END, 'document_type', CASE WHEN p.doc ~ '^[XYZ]' THEN 'nie' ELSE 'dni' END, 'document_number', p.doc, 'rejected', k % 7 = 0)
         WHEN 'postal_letter' THEN jsonb_build_object('address', p.street || ', ' || p.postcode || ' Sant Feliu de Ribera', 'verification_code', upper(fixture_gen.hexn('apl', k, 6)), 'letter_sent_at', CASE WHEN k % 3 = 0 THEN to_char(dgen.at('als', k, '2024-01-01', '2024-05-01'), 'YYYY-MM-DD"T"HH24:MI:SS.000+02:00') END)
         WHEN 'sms' THEN jsonb_build_object('verification_code', fixture_gen.digits('asms', k, 6), 'code_sent_at', to_char(dgen.at('ass', k, '2024-01-01', '2024-05-01'), 'YYYY-MM-DD"T"HH24:MI:SS.000+02:00'))
         ELSE '{}'::jsonb END END,
       CASE WHEN a.nm = 'id_documents' AND NOT granted AND k % 2 = 0 THEN fixture_gen.pick(ARRAY['dni_anvers.jpg', 'DNI_' || dgen.fold(p.first) || '_' || dgen.fold(split_part(p.last, ' ', 1)) || '.pdf', 'IMG_' || to_char(date '2022-01-01' + fixture_gen.n('aat', k, 800), 'YYYYMMDD') || '_' || fixture_gen.digits('aat2', k, 6) || '.jpg', 'nie_' || p.doc || '.png'], 'aatt', k) END
FROM generate_series(1, 260) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['census_authorization_handler', 'census_authorization_handler', 'census_authorization_handler', 'id_documents', 'postal_letter', 'sms', 'csv_census'], 'anm', k) AS nm,
                           15 + fixture_gen.n('au', k, 218) AS uid, k % 6 <> 0 AS granted) a
JOIN dgen.p p ON p.i = a.uid
WHERE p.i % 29 <> 0
ORDER BY k;
DELETE FROM decidim_authorizations a USING decidim_authorizations b WHERE a.name = b.name AND a.decidim_user_id = b.decidim_user_id AND a.id > b.id;

-- ---------------------------------------------------------------------------
-- Participatory processes and their components (public catalogue).

CREATE TABLE decidim_participatory_processes (
  id bigserial PRIMARY KEY,
  slug character varying NOT NULL,
  hashtag character varying,
  decidim_organization_id bigint REFERENCES decidim_organizations (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  title jsonb NOT NULL,
  subtitle jsonb NOT NULL,
  short_description jsonb NOT NULL,
  description jsonb NOT NULL,
  hero_image character varying,
  banner_image character varying,
  promoted boolean DEFAULT false,
  published_at timestamp without time zone,
  developer_group jsonb,
  end_date date,
  meta_scope jsonb,
  local_area jsonb,
  target jsonb,
  participatory_scope jsonb,
  participatory_structure jsonb,
  decidim_scope_id bigint REFERENCES decidim_scopes (id),
  start_date date,
  private_space boolean DEFAULT false NOT NULL,
  reference character varying,
  scopes_enabled boolean DEFAULT true NOT NULL,
  announcement jsonb,
  show_statistics boolean DEFAULT true,
  follows_count integer DEFAULT 0 NOT NULL,
  weight integer DEFAULT 1 NOT NULL
);
INSERT INTO decidim_participatory_processes (slug, hashtag, decidim_organization_id, created_at, updated_at, title, subtitle, short_description, description, hero_image, banner_image,
  promoted, published_at, developer_group, end_date, meta_scope, local_area, target, participatory_scope, participatory_structure, decidim_scope_id, start_date, private_space,
  reference, scopes_enabled, announcement, show_statistics, follows_count, weight)
SELECT v.slug, v.tag, v.org, v.sd::timestamp - interval '40 days', v.sd::timestamp + interval '200 days',
       dgen.tr(v.t, v.t, v.ten), dgen.tr(v.sub, v.sub, v.sub), dgen.tr('<p>' || v.sub || '</p>', '<p>' || v.sub || '</p>', ''),
       dgen.tr('<p>' || v.t || ': ' || v.sub || '. L''Ajuntament obre aquest procés perquè la ciutadania decideixi com invertir i millorar el municipi. Consulta les fases, el calendari i els criteris tècnics de viabilitat.</p>', '<p>' || v.t || '</p>', '<p>' || v.ten || '</p>'),
       v.slug || '-hero.jpg', v.slug || '-banner.png', v.k IN (1, 2, 7), CASE WHEN v.k <> 9 THEN v.sd::timestamp - interval '10 days' END,
       dgen.tr(CASE WHEN v.org = 2 THEN 'Servei de Joventut' ELSE 'Àrea de Participació Ciutadana i Transparència' END, NULL, NULL),
       v.ed::date, dgen.tr(CASE WHEN v.sc IS NULL THEN 'Tot el municipi' ELSE 'Districte' END, NULL, NULL), dgen.tr('Sant Feliu de Ribera', NULL, NULL),
       dgen.tr(CASE WHEN v.org = 2 THEN 'Joves de 14 a 30 anys' ELSE 'Persones empadronades majors de 16 anys' END, NULL, NULL),
       dgen.tr('Decisori', 'Decisorio', 'Binding'), dgen.tr('Propostes, debat en trobades de districte, avaluació tècnica i votació final.', NULL, NULL),
       v.sc, v.sd::date, v.k = 8, 'SFR-PROC-' || lpad(v.k::text, 4, '0'), v.sc IS NULL,
       CASE WHEN v.k = 1 THEN dgen.tr('<p>La votació final és oberta fins al 30 de juny. Cal estar empadronat/da i verificar-se amb el DNI o NIE.</p>', '<p>La votación final está abierta hasta el 30 de junio.</p>', '') ELSE '{}'::jsonb END,
       v.k <> 8, fixture_gen.n('ppf', v.k, 200), v.k
FROM (VALUES
  (1, 'pressupostos-participatius-2024', '#PPSantFeliu24', 1, '2024-02-01', '2024-07-15', 'Pressupostos participatius 2024', 'Decideix com invertim 1,2 milions d''euros als barris', 'Participatory budgeting 2024', NULL::int),
  (2, 'pam-2024-2027', '#PAMSantFeliu', 1, '2023-10-01', '2024-03-31', 'Pla d''Actuació Municipal 2024-2027', 'Les prioritats del mandat, amb la teva veu', 'Municipal Action Plan 2024-2027', NULL),
  (3, 'pressupostos-participatius-2023', '#PPSantFeliu23', 1, '2023-01-15', '2023-07-01', 'Pressupostos participatius 2023', 'Segona edició dels pressupostos participatius', 'Participatory budgeting 2023', NULL),
  (4, 'pla-de-barris-can-roca', '#PlaBarrisCanRoca', 1, '2023-04-10', '2024-12-31', 'Pla de Barris de Can Roca', 'Rehabilitació d''habitatges, espai públic i equipaments', 'Can Roca neighbourhood plan', 2),
  (5, 'mobilitat-escolar-segura', NULL, 1, '2023-09-01', '2024-02-28', 'Camins escolars segurs', 'Pacifiquem els entorns de les escoles', 'Safe routes to school', NULL),
  (6, 'consell-districte-la-riera', NULL, 1, '2022-01-01', '2025-12-31', 'Consell de Districte de la Riera', 'Espai estable de participació del districte 3', 'La Riera district council', 3),
  (7, 'pressupost-jove-2024', '#PressupostJove', 2, '2024-01-10', '2024-06-30', 'Pressupost Jove 2024', '100.000 euros per a projectes de joves', 'Youth budget 2024', NULL),
  (8, 'taula-habitatge', NULL, 1, '2023-11-01', '2024-11-01', 'Taula d''habitatge', 'Espai de treball amb entitats i persones afectades (privat)', 'Housing working group', NULL),
  (9, 'parc-del-riu-esborrany', NULL, 1, '2024-05-01', '2024-10-31', 'Nou Parc del Riu (esborrany)', 'Procés en preparació', 'River park (draft)', NULL),
  (10, 'pla-de-barris-staging', NULL, 3, '2023-06-01', '2024-12-31', 'Pla de Barris (proves)', 'Còpia de proves', 'Neighbourhood plan (staging)', 2)
) v(k, slug, tag, org, sd, ed, t, sub, ten, sc)
ORDER BY v.k;

CREATE TABLE decidim_components (
  id bigserial PRIMARY KEY,
  manifest_name character varying,
  name jsonb NOT NULL,
  participatory_space_id bigint NOT NULL,
  settings jsonb DEFAULT '{}'::jsonb,
  weight integer DEFAULT 0,
  permissions jsonb,
  published_at timestamp without time zone,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  participatory_space_type character varying NOT NULL,
  hide_in_menu boolean DEFAULT false
);
-- component id = (process - 1) * 4 + 1 proposals, + 2 meetings, + 3 budgets, + 4 surveys
INSERT INTO decidim_components (manifest_name, name, participatory_space_id, settings, weight, permissions, published_at, created_at, updated_at, participatory_space_type, hide_in_menu)
SELECT m.mf, dgen.tr(m.ca, m.es, m.en), pp.id,
       CASE m.mf
         WHEN 'proposals' THEN jsonb_build_object('global', jsonb_build_object('vote_limit', 10, 'proposal_limit', 3, 'proposal_length', 1000, 'geocoding_enabled', true, 'attachments_allowed', true,
             'official_proposals_enabled', true, 'comments_enabled', true, 'threshold_per_proposal', 0, 'participatory_texts_enabled', false),
             'step', jsonb_build_object(pp.id::text, jsonb_build_object('creation_enabled', true, 'votes_enabled', pp.id % 2 = 1, 'endorsements_enabled', true, 'answers_with_costs', pp.id IN (1, 3, 7))))
         WHEN 'meetings' THEN jsonb_build_object('global', jsonb_build_object('default_registration_terms', jsonb_build_object('ca', 'En inscriure''t acceptes que l''Ajuntament tracti les teves dades per gestionar l''assistència.'),
             'comments_enabled', true, 'registration_code_enabled', true, 'creation_enabled_for_participants', true, 'maps_enabled', true))
         WHEN 'budgets' THEN jsonb_build_object('global', jsonb_build_object('workflow', 'one', 'vote_rule_minimum_budget_projects_enabled', true, 'vote_minimum_budget_projects_number', 1, 'projects_per_page', 12),
             'step', jsonb_build_object(pp.id::text, jsonb_build_object('votes', CASE WHEN pp.id IN (1, 7) THEN 'enabled' ELSE 'finished' END, 'show_votes', pp.id = 3)))
         ELSE jsonb_build_object('global', jsonb_build_object('allow_answers', true, 'allow_unregistered', pp.id = 2, 'clean_after_publish', true, 'starts_at', NULL, 'ends_at', NULL)) END,
       m.w,
       CASE WHEN m.mf IN ('budgets', 'proposals') THEN jsonb_build_object(CASE m.mf WHEN 'budgets' THEN 'vote' ELSE 'create' END,
           jsonb_build_object('authorization_handlers', jsonb_build_object('census_authorization_handler', jsonb_build_object('options', jsonb_build_object('minimum_age', '16', 'scope', ''))))) END,
       CASE WHEN pp.id <> 9 THEN pp.created_at + interval '5 days' END, pp.created_at + make_interval(mins => m.w), pp.updated_at, 'Decidim::ParticipatoryProcess', false
FROM decidim_participatory_processes pp
CROSS JOIN (VALUES (1, 'proposals', 'Propostes', 'Propuestas', 'Proposals'), (2, 'meetings', 'Trobades', 'Encuentros', 'Meetings'),
                   (3, 'budgets', 'Votació de projectes', 'Votación de proyectos', 'Project voting'), (4, 'surveys', 'Enquesta', 'Encuesta', 'Survey')) m(w, mf, ca, es, en)
ORDER BY pp.id, m.w;

-- ---------------------------------------------------------------------------
-- Proposals typed by residents, with the council's answers.

CREATE TABLE dgen.pt (k int PRIMARY KEY, loc text, t text, body text, public_addr text);
INSERT INTO dgen.pt VALUES
 (0, 'ca', 'Més bancs i ombra a la Plaça de la Vila', 'A l''estiu la plaça és un forn i la gent gran no té on seure. Proposo plantar arbres i posar bancs amb respatller.', 'Plaça de la Vila'),
 (1, 'ca', 'Carril bici segregat a la Rambla de la Generalitat', 'Cada matí hi passen centenars de ciclistes entre cotxes. Un carril segregat connectaria l''estació amb els instituts.', 'Rambla de la Generalitat, 40'),
 (2, 'ca', 'Il·luminació al pas soterrani de l''estació', 'El pas soterrani és molt fosc a partir de les 8 del vespre i molta gent evita passar-hi.', 'Carrer de l''Estació, 2'),
 (3, 'ca', 'Horts urbans al solar de Can Roca', 'El solar buit del costat del CAP podria ser un hort comunitari gestionat per les entitats del barri.', 'Carrer de Can Roca, 88'),
 (4, 'ca', 'Ampliar l''horari de la biblioteca en època d''exàmens', 'Els estudiants no tenim lloc per estudiar els caps de setmana de juny i gener.', NULL),
 (5, 'ca', 'Fonts d''aigua potable al Parc del Riu', 'No hi ha cap font en tot el recorregut del parc i a l''estiu és un perill per a nens i gossos.', 'Passeig del Riu, 1'),
 (6, 'ca', 'Pacificar el carrer de les Escoles a l''hora d''entrada', 'Entre les 8.45 i les 9.15 el carrer hauria de ser només per a vianants.', 'Carrer de les Escoles, 15'),
 (7, 'ca', 'Zona d''esbarjo per a gossos als Pins', 'Hi ha molts gossos al barri i cap espai tancat on puguin córrer.', 'Carrer dels Pins, 120'),
 (8, 'ca', 'Reparar la vorera del carrer del Molí', 'Les arrels dels plàtans han aixecat la vorera i ja hi ha hagut caigudes.', NULL),
 (9, 'ca', 'Més contenidors d''orgànica a la Riera', 'Els contenidors marrons sempre estan plens els dilluns.', 'Carrer de la Riera, 60'),
 (10, 'ca', 'Ombra al pati de l''escola Verdaguer', 'El pati és tot de ciment i sense ombra. Proposem pèrgoles i arbres.', 'Carrer de Verdaguer, 31'),
 (11, 'ca', 'Parc infantil inclusiu', 'Cap parc del municipi té gronxadors adaptats per a infants amb mobilitat reduïda.', 'Plaça de Catalunya'),
 (12, 'ca', 'Bus llançadora al Polígon Nord', 'Molts treballadors del polígon no tenen cotxe i el bus passa cada hora.', 'Polígon Nord, carrer A'),
 (13, 'ca', 'Punts de recàrrega per a vehicles elèctrics', 'Calen punts de recàrrega públics als aparcaments municipals.', 'Aparcament de l''Estació'),
 (14, 'es', 'Más vigilancia nocturna en la plaza del Mercat', 'Los fines de semana hay ruido y botellón hasta las 4 de la mañana.', 'Plaça del Mercat'),
 (15, 'es', 'Arreglar el socavón del carrer Major', 'Hay un socavón enorme que ya ha roto dos ruedas de coche.', NULL),
 (16, 'ca', 'Wifi gratuït als casals de barri', 'Molta gent gran fa tràmits al casal i no hi ha connexió.', NULL),
 (17, 'ca', 'Rehabilitar la font de la Teulera', 'La font històrica està abandonada i plena de pintades.', 'Camí de la Teulera'),
 (18, 'en', 'English-language storytime at the library', 'Many international families live here; a monthly storytime in English would help integration.', NULL),
 (19, 'ca', 'Ajuda per a la veïna del 3r 2a que no pot baixar escales', 'L''edifici no té ascensor i hi ha una veïna gran que fa mesos que no surt de casa.', NULL),
 (20, 'ca', 'Pista de skate al Parc de la Torreta', 'Els joves no tenim cap espai per patinar i ens fan fora de les places.', 'Parc de la Torreta'),
 (21, 'es', 'Pasos de peatones elevados en la avenida de Catalunya', 'Los coches pasan a más de 50 km/h delante del instituto.', 'Avinguda de Catalunya, 75'),
 (22, 'ca', 'Renaturalitzar la llera de la riera', 'Treure el formigó i recuperar la vegetació de ribera.', 'Riera de Sant Feliu'),
 (23, 'ca', 'Lavabos públics al mercat setmanal', 'Les parades i els clients no tenen lavabos els dijous.', 'Plaça del Mercat');

CREATE TABLE decidim_proposals_proposals (
  id bigserial PRIMARY KEY,
  decidim_component_id bigint NOT NULL REFERENCES decidim_components (id),
  decidim_scope_id bigint REFERENCES decidim_scopes (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  proposal_votes_count integer DEFAULT 0 NOT NULL,
  state character varying,
  answered_at timestamp without time zone,
  answer jsonb,
  reference character varying,
  address text,
  latitude double precision,
  longitude double precision,
  published_at timestamp without time zone,
  proposal_notes_count integer DEFAULT 0 NOT NULL,
  coauthorships_count integer DEFAULT 0 NOT NULL,
  participatory_text_level character varying,
  position integer,
  created_in_meeting boolean DEFAULT false,
  cost numeric,
  cost_report jsonb,
  execution_period jsonb,
  state_published_at timestamp without time zone,
  endorsements_count integer DEFAULT 0 NOT NULL,
  title jsonb,
  body jsonb,
  comments_count integer DEFAULT 0 NOT NULL,
  follows_count integer DEFAULT 0 NOT NULL,
  valuation_assignments_count integer DEFAULT 0
);

-- dgen.pr: each proposal's author (a resident, a group's member, the
-- council, or a meeting), its template and its state.
CREATE TABLE dgen.pr (k int PRIMARY KEY, comp int, author int, kind text, tpl int, state text, at timestamp);
INSERT INTO dgen.pr
SELECT k, (pr - 1) * 4 + 1, 15 + fixture_gen.n('pra', k, 225),
       CASE WHEN k % 17 = 0 THEN 'official' WHEN k % 19 = 0 THEN 'meeting' ELSE 'user' END,
       fixture_gen.n('prt', k, 24),
       CASE WHEN k % 9 = 0 THEN NULL WHEN k % 5 = 0 THEN 'rejected' WHEN k % 5 = 1 THEN 'accepted' WHEN k % 5 = 2 THEN 'evaluating' WHEN k % 13 = 0 THEN 'withdrawn' ELSE NULL END,
       dgen.at('prat', k, pp.start_date::timestamp, least(pp.end_date, date '2024-05-31')::timestamp)
FROM generate_series(1, 230) k
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 7, 10])[1 + fixture_gen.n('prp', k, 13)] AS pr) x
JOIN decidim_participatory_processes pp ON pp.id = x.pr;
UPDATE dgen.pr SET author = 200 + author % 26 WHERE comp = 25;
UPDATE dgen.pr SET author = 233 + author % 8 WHERE comp = 37;
UPDATE dgen.pr SET author = author + 1 WHERE author % 29 = 0;

INSERT INTO decidim_proposals_proposals (decidim_component_id, decidim_scope_id, created_at, updated_at, proposal_votes_count, state, answered_at, answer, reference, address, latitude, longitude,
  published_at, proposal_notes_count, coauthorships_count, participatory_text_level, position, created_in_meeting, cost, cost_report, execution_period, state_published_at,
  endorsements_count, title, body, comments_count, follows_count, valuation_assignments_count)
SELECT r.comp, CASE WHEN r.k % 3 = 0 THEN p.district WHEN r.k % 3 = 1 THEN p.barri END, r.at, r.at + make_interval(days => 1 + r.k % 40), 0, r.state,
       CASE WHEN r.state IS NOT NULL AND r.state <> 'withdrawn' THEN r.at + make_interval(days => 20 + r.k % 30) END,
       CASE WHEN r.state IS NULL OR r.state = 'withdrawn' THEN NULL ELSE dgen.tr(CASE fixture_gen.n('pan', r.k, 6)
         WHEN 0 THEN '<p>Gràcies per la proposta. Els serveis tècnics han confirmat que és viable i s''inclourà a la votació final.</p>'
         WHEN 1 THEN '<p>La proposta no és viable perquè l''espai és de titularitat privada.</p>'
         WHEN 2 THEN '<p>' || st.first || ' ' || st.last || ', ' || lower(sf.title) || ', es posarà en contacte amb la persona proponent per concretar la ubicació.</p>'
         WHEN 3 THEN '<p>Hola ' || p.first || ', hem parlat amb la comunitat de veïns del ' || split_part(p.street, ',', 1) || ' i el tècnic visitarà l''edifici el dia 12. Et trucarem al ' || p.phone || '.</p>'
         WHEN 4 THEN '<p>Aquesta actuació ja està prevista al Pla d''inversions 2024.</p>'
         ELSE '<p>S''ha agrupat amb propostes similars. El cost supera el màxim de 150.000 € per projecte.</p>' END, NULL, NULL) END,
       'SFR-PROP-' || to_char(r.at, 'YYYY-MM') || '-' || r.k,
       CASE WHEN t.public_addr IS NOT NULL AND r.k % 4 <> 0 THEN t.public_addr || ', 08790 Sant Feliu de Ribera'
            WHEN r.k % 4 = 0 OR t.k IN (8, 15, 19) THEN p.street || ', ' || p.postcode || ' Sant Feliu de Ribera' ELSE NULL END,
       NULL, NULL,
       CASE WHEN r.k % 11 <> 7 THEN r.at + interval '10 minutes' END,
       0, 1, NULL, NULL, r.kind = 'meeting',
       CASE WHEN r.state = 'accepted' AND r.comp IN (1, 9, 25) THEN (5 + r.k % 140) * 1000 END,
       CASE WHEN r.state = 'accepted' AND r.comp IN (1, 9, 25) THEN dgen.tr('<p>Valoració dels serveis tècnics: inclou projecte, obra i direcció d''obra.</p>', NULL, NULL) END,
       CASE WHEN r.state = 'accepted' THEN dgen.tr(fixture_gen.pick(ARRAY['Segon semestre de 2024', 'Primer trimestre de 2025', 'Estiu de 2024'], 'pep', r.k), NULL, NULL) END,
       CASE WHEN r.state IS NOT NULL AND r.state <> 'withdrawn' AND r.k % 7 <> 0 THEN r.at + make_interval(days => 21 + r.k % 30) END,
       0,
       dgen.ut(t.loc, CASE WHEN t.k = 19 THEN replace(t.t, 'la veïna del 3r 2a', 'la Sra. ' || fixture_gen.pick(ARRAY['Carme', 'Rosa', 'Montserrat', 'Dolors'], 'pvn', r.k) || ' (' || split_part(p.street, ',', 1) || ',' || split_part(p.street, ',', 2) || ')') ELSE t.t END, r.k % 3 = 0),
       dgen.ut(t.loc, '<p>' || t.body || '</p>' || CASE fixture_gen.n('pbx', r.k, 8)
          WHEN 0 THEN '<p>Sóc ' || p.first || ', visc a ' || split_part(p.street, ',', 1) || '. Si cal més informació podeu trucar-me al ' || p.phone || '.</p>'
          WHEN 1 THEN '<p>Ho proposo també en nom del meu fill, que va en cadira de rodes i no pot fer servir el parc.</p>'
          WHEN 2 THEN '<p>Adjunto fotos. Contacte: ' || p.email || '</p>'
          WHEN 3 THEN '<p>El veí ' || fixture_gen.full_name('pbn', r.k) || ' ja ho va demanar per registre el 2022 i no va rebre resposta.</p>'
          ELSE '' END, r.k % 3 = 0),
       0, fixture_gen.n('pfc', r.k, 15), CASE WHEN r.state = 'evaluating' THEN 1 ELSE 0 END
FROM dgen.pr r JOIN dgen.p p ON p.i = r.author JOIN dgen.pt t ON t.k = r.tpl
CROSS JOIN LATERAL (SELECT 4 + r.k % 6 AS si) s
JOIN dgen.p st ON st.i = s.si JOIN dgen.staff sf ON sf.i = s.si
ORDER BY r.k;
UPDATE decidim_proposals_proposals SET latitude = 41.38 + fixture_gen.n('plat', id, 9000) / 1000000.0, longitude = 1.98 + fixture_gen.n('plon', id, 12000) / 1000000.0 WHERE address IS NOT NULL;

CREATE TABLE decidim_coauthorships (
  id bigserial PRIMARY KEY,
  decidim_author_id bigint NOT NULL,
  decidim_user_group_id bigint,
  coauthorable_type character varying,
  coauthorable_id bigint,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  decidim_author_type character varying NOT NULL
);
INSERT INTO decidim_coauthorships (decidim_author_id, decidim_user_group_id, coauthorable_type, coauthorable_id, created_at, updated_at, decidim_author_type)
SELECT CASE r.kind WHEN 'official' THEN CASE WHEN r.comp = 37 THEN 3 WHEN r.comp = 25 THEN 2 ELSE 1 END WHEN 'meeting' THEN 1 + r.k % 60 ELSE r.author END,
       CASE WHEN r.kind = 'user' AND r.k % 8 = 2 THEN 241 + r.k % 16 END,
       'Decidim::Proposals::Proposal', r.k, r.at, r.at,
       CASE r.kind WHEN 'official' THEN 'Decidim::Organization' WHEN 'meeting' THEN 'Decidim::Meetings::Meeting' ELSE 'Decidim::UserBaseEntity' END
FROM dgen.pr r
UNION ALL
SELECT 15 + fixture_gen.n('pcoa', r.k, 200), NULL, 'Decidim::Proposals::Proposal', r.k, r.at + interval '2 days', r.at + interval '2 days', 'Decidim::UserBaseEntity'
FROM dgen.pr r WHERE r.kind = 'user' AND r.k % 10 = 3 AND (15 + fixture_gen.n('pcoa', r.k, 200)) % 29 <> 0
ORDER BY 4, 5, 6, 1;

CREATE TABLE decidim_proposals_proposal_votes (
  id bigserial PRIMARY KEY,
  decidim_proposal_id bigint NOT NULL REFERENCES decidim_proposals_proposals (id),
  decidim_author_id bigint NOT NULL REFERENCES decidim_users (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  temporary boolean DEFAULT false NOT NULL
);
INSERT INTO decidim_proposals_proposal_votes (decidim_proposal_id, decidim_author_id, created_at, updated_at, temporary)
SELECT DISTINCT ON (pid, u) pid, u, dgen.at('pvc', k, '2023-02-01', '2024-05-31'), dgen.at('pvc', k, '2023-02-01', '2024-05-31'), k % 37 = 0
FROM generate_series(1, 300) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('pvp', k, 230) AS pid, 15 + fixture_gen.n('pvu', k, 220) AS u) x
WHERE u % 29 <> 0 ORDER BY pid, u;
UPDATE decidim_proposals_proposals pp SET proposal_votes_count = (SELECT count(*) FROM decidim_proposals_proposal_votes v WHERE v.decidim_proposal_id = pp.id AND NOT v.temporary);

CREATE TABLE decidim_proposals_proposal_notes (
  id bigserial PRIMARY KEY,
  decidim_proposal_id bigint NOT NULL REFERENCES decidim_proposals_proposals (id),
  decidim_author_id bigint NOT NULL REFERENCES decidim_users (id),
  body text NOT NULL,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  parent_id bigint
);
INSERT INTO decidim_proposals_proposal_notes (decidim_proposal_id, decidim_author_id, body, created_at, updated_at, parent_id)
SELECT pid, 1 + k % 12,
       CASE fixture_gen.n('pnb', k, 9)
         WHEN 0 THEN 'He trucat a la proponent (' || p.name || ', ' || p.phone || '): diu que el problema és davant del ' || split_part(p.street, ',', 1) || ' ' || split_part(p.street, ',', 2) || '.'
         WHEN 1 THEN 'Duplicada de SFR-PROP amb el mateix contingut. Agrupar.'
         WHEN 2 THEN 'Via Pública diu que ja hi ha una ordre de treball oberta.'
         WHEN 3 THEN 'Ull: el proponent és ' || p.name || ', el mateix que va presentar la queixa per sorolls a l''OAC. Té un conflicte amb el bar del costat.'
         WHEN 4 THEN 'Cost estimat per l''arquitecte: 38.000 €. Cal informe de Patrimoni.'
         WHEN 5 THEN 'La veïna afectada (' || fixture_gen.full_name('pnv', k) || ', 87 anys, dependència de grau II) està en seguiment per Serveis Socials.'
         WHEN 6 THEN 'Parlat amb l''AVV. Demanen que es faci abans de la festa major.'
         WHEN 7 THEN '@' || (SELECT nickname FROM decidim_users WHERE id = 1 + (k + 3) % 12) || ' pots revisar la viabilitat tècnica?'
         ELSE 'Revisat. Passa a votació.' END,
       dgen.at('pnc', k, '2023-02-01', '2024-05-31'), dgen.at('pnc', k, '2023-02-01', '2024-05-31'), NULL
FROM generate_series(1, 90) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('pnp', k, 230) AS pid) x
JOIN (SELECT k AS rk, author FROM dgen.pr) r ON r.rk = x.pid JOIN dgen.p p ON p.i = r.author
ORDER BY k;
UPDATE decidim_proposals_proposal_notes n SET parent_id = n.id - 1 WHERE n.id % 10 = 4 AND EXISTS (SELECT 1 FROM decidim_proposals_proposal_notes m WHERE m.id = n.id - 1 AND m.decidim_proposal_id = n.decidim_proposal_id);
UPDATE decidim_proposals_proposals pp SET proposal_notes_count = (SELECT count(*) FROM decidim_proposals_proposal_notes n WHERE n.decidim_proposal_id = pp.id);
UPDATE decidim_proposals_proposals pp SET coauthorships_count = (SELECT count(*) FROM decidim_coauthorships c WHERE c.coauthorable_id = pp.id AND c.coauthorable_type = 'Decidim::Proposals::Proposal');

-- ---------------------------------------------------------------------------
-- Comments.

CREATE TABLE decidim_comments_comments (
  id bigserial PRIMARY KEY,
  decidim_commentable_type character varying NOT NULL,
  decidim_commentable_id bigint NOT NULL,
  decidim_author_id bigint NOT NULL,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  depth integer DEFAULT 0 NOT NULL,
  alignment integer DEFAULT 0 NOT NULL,
  decidim_user_group_id bigint,
  decidim_root_commentable_type character varying NOT NULL,
  decidim_root_commentable_id bigint NOT NULL,
  body jsonb,
  decidim_author_type character varying NOT NULL,
  comments_count integer DEFAULT 0 NOT NULL,
  deleted_at timestamp without time zone,
  last_edited_at timestamp without time zone,
  decidim_participatory_space_type character varying,
  decidim_participatory_space_id bigint
);
INSERT INTO decidim_comments_comments (decidim_commentable_type, decidim_commentable_id, decidim_author_id, created_at, updated_at, depth, alignment, decidim_user_group_id,
  decidim_root_commentable_type, decidim_root_commentable_id, body, decidim_author_type, comments_count, deleted_at, last_edited_at, decidim_participatory_space_type, decidim_participatory_space_id)
SELECT 'Decidim::Proposals::Proposal', pid, p.i, at, at + make_interval(mins => k % 50), 0, (ARRAY[0, 0, 1, 1, -1])[1 + fixture_gen.n('cal', k, 5)], CASE WHEN k % 14 = 3 THEN 241 + k % 16 END,
       'Decidim::Proposals::Proposal', pid,
       dgen.ut(p.loc, CASE fixture_gen.n('cbd', k, 14)
         WHEN 0 THEN 'Totalment d''acord, cada dia hi passo amb el cotxet i és impossible.'
         WHEN 1 THEN 'No hi estic d''acord: treure places d''aparcament perjudica el comerç del centre.'
         WHEN 2 THEN 'Això ja es va votar l''any passat i no s''ha fet res.'
         WHEN 3 THEN '@' || (SELECT u.nickname FROM decidim_users u WHERE u.id = 15 + (k * 7) % 200) || ' tens raó, però caldria parlar-ho amb l''associació de veïns.'
         WHEN 4 THEN 'La meva mare, ' || fixture_gen.pick(ARRAY['la Rosa', 'la Carme', 'la Dolors'], 'cmm', k) || ' ' || split_part(p.last, ' ', 1) || ', va caure en aquesta vorera el mes passat i es va trencar el canell. Encara fa rehabilitació.'
         WHEN 5 THEN 'Si algú vol signar la petició en paper, escriviu-me a ' || p.email || ' o truqueu al ' || p.phone || '.'
         WHEN 6 THEN 'Yo vivo en ' || p.street || ' y el ruido es insoportable cada fin de semana.'
         WHEN 7 THEN 'Great idea, my kids would love it.'
         WHEN 8 THEN 'Quan es farà l''obra? Hi ha data?'
         WHEN 9 THEN 'Me parece bien, pero que no se olviden del barrio de los Pins.'
         WHEN 10 THEN 'El senyor ' || fixture_gen.last_name('cnv', k) || ' del bar de la cantonada aparca sempre la furgoneta a sobre la vorera, que posin pilones.'
         WHEN 11 THEN 'Molt bona proposta 👏'
         WHEN 12 THEN 'Caldria tenir en compte les persones amb mobilitat reduïda.'
         ELSE 'Com a membre de l''AFA, hi donem suport.' END, k % 4 = 0),
       'Decidim::UserBaseEntity', 0, CASE WHEN k % 41 = 0 THEN at + interval '3 days' END, CASE WHEN k % 12 = 5 THEN at + interval '20 minutes' END,
       'Decidim::ParticipatoryProcess', (r.comp - 1) / 4 + 1
FROM generate_series(1, 230) k
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('cpid', k, 230) AS pid, 15 + fixture_gen.n('cau', k, 225) AS au, dgen.at('cat', k, '2023-02-01', '2024-05-31') AS at) x
JOIN (SELECT k AS rk, comp FROM dgen.pr) r ON r.rk = x.pid
JOIN dgen.p p ON p.i = CASE WHEN x.au % 29 = 0 THEN x.au + 1 ELSE x.au END
ORDER BY k;
-- replies
INSERT INTO decidim_comments_comments (decidim_commentable_type, decidim_commentable_id, decidim_author_id, created_at, updated_at, depth, alignment, decidim_user_group_id,
  decidim_root_commentable_type, decidim_root_commentable_id, body, decidim_author_type, comments_count, deleted_at, last_edited_at, decidim_participatory_space_type, decidim_participatory_space_id)
SELECT 'Decidim::Comments::Comment', c.id, CASE WHEN c.id % 5 = 0 THEN 1 + c.id % 12 ELSE 16 + (c.id * 13) % 200 END, c.created_at + interval '5 hours', c.created_at + interval '5 hours', 1, 0, NULL,
       c.decidim_root_commentable_type, c.decidim_root_commentable_id,
       jsonb_build_object('ca', CASE WHEN c.id % 5 = 0 THEN 'Hola, des de l''Ajuntament us informem que la proposta està en fase d''avaluació tècnica.'
                                     WHEN c.id % 5 = 1 THEN 'Ànims! Jo també hi vaig caure, a la cantonada.' WHEN c.id % 5 = 2 THEN 'No és veritat, el bar té permís de càrrega i descàrrega.'
                                     WHEN c.id % 5 = 3 THEN 'Us he escrit per privat.' ELSE 'D''acord.' END),
       'Decidim::UserBaseEntity', 0, NULL, NULL, c.decidim_participatory_space_type, c.decidim_participatory_space_id
FROM decidim_comments_comments c WHERE c.id % 4 = 1 AND (16 + (c.id * 13) % 200) % 29 <> 0 ORDER BY c.id;
UPDATE decidim_comments_comments c SET comments_count = (SELECT count(*) FROM decidim_comments_comments r WHERE r.decidim_commentable_type = 'Decidim::Comments::Comment' AND r.decidim_commentable_id = c.id);
UPDATE decidim_proposals_proposals pp SET comments_count = (SELECT count(*) FROM decidim_comments_comments c WHERE c.decidim_root_commentable_id = pp.id AND c.decidim_root_commentable_type = 'Decidim::Proposals::Proposal');

-- ---------------------------------------------------------------------------
-- Meetings: the council's at civic centres and online, participants' in
-- bars, schools and at home; registrations with their codes.

CREATE TABLE decidim_meetings_meetings (
  id bigserial PRIMARY KEY,
  title jsonb,
  description jsonb,
  start_time timestamp without time zone,
  end_time timestamp without time zone,
  address text,
  location jsonb,
  location_hints jsonb,
  decidim_component_id bigint REFERENCES decidim_components (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  latitude double precision,
  longitude double precision,
  decidim_scope_id bigint REFERENCES decidim_scopes (id),
  closing_report jsonb,
  attendees_count integer,
  attending_organizations text,
  closed_at timestamp without time zone,
  registrations_enabled boolean DEFAULT false NOT NULL,
  available_slots integer DEFAULT 0 NOT NULL,
  registration_terms jsonb,
  private_meeting boolean DEFAULT false,
  decidim_author_id bigint NOT NULL,
  reference character varying,
  decidim_user_group_id bigint,
  decidim_author_type character varying NOT NULL,
  registration_form_enabled boolean DEFAULT false,
  online_meeting_url character varying,
  type_of_meeting character varying DEFAULT 'in_person'::character varying,
  registration_type character varying,
  registration_url character varying,
  published_at timestamp without time zone,
  comments_enabled boolean DEFAULT true,
  video_url character varying,
  comments_count integer DEFAULT 0 NOT NULL
);

CREATE TABLE dgen.venue (k int PRIMARY KEY, name text, addr text, hint text);
INSERT INTO dgen.venue VALUES
 (0, 'Centre Cívic Can Verdaguer', 'Carrer de Verdaguer, 12, 08790 Sant Feliu de Ribera', 'Sala polivalent, planta baixa'),
 (1, 'Casal de Barri de Can Roca', 'Carrer de Can Roca, 45, 08791 Sant Feliu de Ribera', 'Entrada pel pati'),
 (2, 'Biblioteca Municipal Joan Oliver', 'Rambla de la Generalitat, 2, 08790 Sant Feliu de Ribera', 'Sala d''actes, primer pis'),
 (3, 'Sala de Plens de l''Ajuntament', 'Plaça de la Vila, 1, 08790 Sant Feliu de Ribera', NULL),
 (4, 'Centre Cívic La Riera', 'Carrer de la Riera, 102, 08792 Sant Feliu de Ribera', 'Aula 3'),
 (5, 'Espai Jove La Nau', 'Carrer de la Indústria, 18, 08793 Sant Feliu de Ribera', 'Sala gran');

INSERT INTO decidim_meetings_meetings (title, description, start_time, end_time, address, location, location_hints, decidim_component_id, created_at, updated_at, latitude, longitude,
  decidim_scope_id, closing_report, attendees_count, attending_organizations, closed_at, registrations_enabled, available_slots, registration_terms, private_meeting,
  decidim_author_id, reference, decidim_user_group_id, decidim_author_type, registration_form_enabled, online_meeting_url, type_of_meeting, registration_type, registration_url,
  published_at, comments_enabled, video_url, comments_count)
SELECT CASE WHEN m.own THEN dgen.ut(p.loc, fixture_gen.pick(ARRAY['Trobada de veïns del ', 'Reunió per la proposta del ', 'Assemblea oberta: '], 'mtp', m.k) || split_part(p.street, ',', 1), false)
            ELSE dgen.tr(fixture_gen.pick(ARRAY['Sessió informativa: ', 'Taller de propostes: ', 'Retorn de resultats: ', 'Consell de districte: '], 'mto', m.k) || (pp.title->>'ca'), NULL, pp.title->>'en') END,
       CASE WHEN m.own THEN dgen.ut(p.loc, CASE fixture_gen.n('mdp', m.k, 4)
              WHEN 0 THEN '<p>Ens trobem per preparar la proposta conjunta. Porteu idees! Per qualsevol cosa, ' || p.first || ' ' || p.phone || '.</p>'
              WHEN 1 THEN '<p>Reunió a casa meva, som pocs. Truqueu al timbre del ' || split_part(p.street, ',', 3) || '.</p>'
              WHEN 2 THEN '<p>Quedem al bar La Pista per parlar de la zona per a gossos.</p>'
              ELSE '<p>Reunión para recoger firmas. Contacto: ' || p.email || '</p>' END, false)
            ELSE dgen.tr('<p>L''equip de participació presentarà el procés, el calendari i els criteris de viabilitat. Hi haurà servei de canguratge per a infants de 3 a 12 anys.</p>', '<p>Sesión abierta a toda la ciudadanía.</p>', '<p>Open session.</p>') END,
       m.st, m.st + interval '2 hours',
       CASE WHEN m.online THEN '' WHEN m.own AND m.k % 3 = 0 THEN p.street || ', ' || p.postcode || ' Sant Feliu de Ribera' WHEN m.own THEN 'Carrer Major, 73, 08790 Sant Feliu de Ribera' ELSE v.addr END,
       CASE WHEN m.online THEN '{}'::jsonb WHEN m.own AND m.k % 3 = 0 THEN jsonb_build_object(p.loc, 'Casa d''en ' || p.first || ' ' || split_part(p.last, ' ', 1)) WHEN m.own THEN jsonb_build_object('ca', 'Bar La Pista') ELSE dgen.tr(v.name, v.name, v.name) END,
       CASE WHEN m.online THEN '{}'::jsonb WHEN m.own AND m.k % 3 = 0 THEN jsonb_build_object(p.loc, 'Timbre ' || coalesce(nullif(trim(split_part(p.street, ',', 3)), ''), 'porta principal') || ', pugeu per l''escala B. Hi ha un gos però no mossega.')
            WHEN m.own THEN jsonb_build_object('ca', 'Al fons, a la taula gran') ELSE dgen.tr(coalesce(v.hint, ''), coalesce(v.hint, ''), '') END,
       m.comp, m.st - interval '20 days', m.st + interval '3 days',
       CASE WHEN NOT m.online THEN 41.38 + fixture_gen.n('mlat', m.k, 9000) / 1000000.0 END, CASE WHEN NOT m.online THEN 1.98 + fixture_gen.n('mlon', m.k, 12000) / 1000000.0 END,
       CASE WHEN m.k % 3 = 0 THEN p.district END,
       CASE WHEN m.st < '2024-05-15' AND NOT m.own THEN dgen.tr('<p>Hi van assistir ' || (12 + m.k % 60) || ' persones. Es van recollir ' || (5 + m.k % 20) || ' propostes. '
              || CASE WHEN m.k % 3 = 0 THEN 'Van intervenir ' || fixture_gen.full_name('mcr1', m.k) || ' (AVV Can Roca), ' || fixture_gen.full_name('mcr2', m.k) || ' i ' || fixture_gen.full_name('mcr3', m.k) || ', que va denunciar problemes d''humitat al seu pis del carrer del Molí.'
                      WHEN m.k % 3 = 1 THEN 'Es va acordar prioritzar la mobilitat i el verd urbà.' ELSE 'Una veïna va demanar que no es publiqués el seu nom a l''acta.' END || '</p>', NULL, NULL)
            WHEN m.st < '2024-05-15' THEN jsonb_build_object(p.loc, '<p>Érem ' || (3 + m.k % 9) || '. Hem acordat presentar la proposta conjunta. Gràcies a ' || fixture_gen.first_name('mco', m.k) || ' per les galetes.</p>') END,
       CASE WHEN m.st < '2024-05-15' THEN 3 + m.k % 60 END,
       CASE WHEN m.st < '2024-05-15' AND NOT m.own THEN fixture_gen.pick(ARRAY['AVV Can Roca, AFA Escola Verdaguer', 'Casal de la Gent Gran dels Pins, Plataforma per la Bicicleta', 'Associació de Comerciants del Centre', '', 'Ateneu Popular La Farga, Banc del Temps'], 'mao', m.k) END,
       CASE WHEN m.st < '2024-05-15' THEN m.st + interval '1 day' END,
       NOT m.own AND m.k % 2 = 0, CASE WHEN NOT m.own AND m.k % 2 = 0 THEN 40 + m.k % 3 * 20 ELSE 0 END,
       CASE WHEN NOT m.own AND m.k % 2 = 0 THEN dgen.tr('Les dades d''inscripció es tractaran d''acord amb el RGPD. Responsable: Ajuntament de Sant Feliu de Ribera.', NULL, NULL) END,
       m.comp = 29,
       CASE WHEN m.own THEN p.i ELSE CASE WHEN m.comp IN (26, 38) THEN CASE WHEN m.comp = 26 THEN 2 ELSE 3 END ELSE 1 END END,
       'SFR-MEET-' || to_char(m.st, 'YYYY-MM') || '-' || m.k,
       CASE WHEN m.own AND m.k % 5 = 1 THEN 241 + m.k % 16 END,
       CASE WHEN m.own THEN 'Decidim::UserBaseEntity' ELSE 'Decidim::Organization' END,
       NOT m.own AND m.k % 4 = 0,
       CASE WHEN m.online OR m.hybrid THEN CASE WHEN m.k % 2 = 0 THEN 'https://us02web.zoom.us/j/' || (8000000000 + m.k * 7919)::text || '?pwd=' || dgen.rnd('mzp', m.k, 32)
                                              ELSE 'https://meet.jit.si/SantFeliu-' || replace(initcap(split_part(pp.slug, '-', 1)), ' ', '') || '-' || fixture_gen.hexn('mjr', m.k, 10) END END,
       CASE WHEN m.online THEN 'online' WHEN m.hybrid THEN 'hybrid' ELSE 'in_person' END,
       CASE WHEN NOT m.own AND m.k % 2 = 0 THEN 'on_this_platform' WHEN NOT m.own AND m.k % 7 = 3 THEN 'on_different_platform' ELSE 'registration_disabled' END,
       CASE WHEN NOT m.own AND m.k % 7 = 3 THEN 'https://www.eventbrite.es/e/' || replace(pp.slug, '-', '-') || '-tickets-' || (700000000000 + m.k * 131)::text END,
       CASE WHEN m.k % 13 <> 6 THEN m.st - interval '18 days' END, true,
       CASE WHEN NOT m.own AND m.st < '2024-05-15' AND m.k % 4 = 1 THEN 'https://www.youtube.com/watch?v=' || dgen.b64url('myt', m.k, 8) END, 0
FROM (SELECT k, comp, st, own, online, hybrid FROM (
        SELECT k, (pr - 1) * 4 + 2 AS comp, dgen.at('mst', k, '2023-02-01', '2024-06-30')::timestamp(0) AS st, k % 4 = 3 AS own, k % 9 = 4 AS online, k % 11 = 5 AS hybrid
        FROM generate_series(1, 64) k CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 2, 3, 4, 4, 5, 6, 6, 7, 8, 10])[1 + fixture_gen.n('mpr', k, 12)] AS pr) x) y) m
JOIN decidim_participatory_processes pp ON pp.id = (m.comp - 2) / 4 + 1
JOIN dgen.p p ON p.i = CASE WHEN m.comp = 26 THEN 200 + m.k % 26 WHEN m.comp = 38 THEN 233 + m.k % 8 ELSE 16 + (m.k * 11) % 200 END
JOIN dgen.venue v ON v.k = m.k % 6
ORDER BY m.k;
UPDATE decidim_meetings_meetings SET start_time = date_trunc('hour', start_time) + interval '18 hours' - date_trunc('hour', start_time)::time::interval,
  end_time = date_trunc('hour', start_time) + interval '20 hours' - date_trunc('hour', start_time)::time::interval;

CREATE TABLE decidim_meetings_registrations (
  id bigserial PRIMARY KEY,
  decidim_user_id bigint NOT NULL REFERENCES decidim_users (id),
  decidim_meeting_id bigint NOT NULL REFERENCES decidim_meetings_meetings (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  code character varying,
  validated_at timestamp without time zone,
  decidim_user_group_id bigint,
  public_participation boolean DEFAULT false
);
INSERT INTO decidim_meetings_registrations (decidim_user_id, decidim_meeting_id, created_at, updated_at, code, validated_at, decidim_user_group_id, public_participation)
SELECT DISTINCT ON (m.id, u) u, m.id, m.start_time - make_interval(days => 1 + k % 15), m.start_time - make_interval(days => 1 + k % 15),
       upper(fixture_gen.chars('rcode', k, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')),
       CASE WHEN m.closed_at IS NOT NULL AND k % 3 <> 0 THEN m.start_time + interval '10 minutes' END,
       CASE WHEN k % 17 = 2 THEN 241 + k % 16 END, k % 3 = 1
FROM generate_series(1, 260) k
CROSS JOIN LATERAL (SELECT 15 + fixture_gen.n('ru', k, 220) AS u) x
JOIN LATERAL (SELECT * FROM decidim_meetings_meetings mm WHERE mm.registration_type = 'on_this_platform' ORDER BY mm.id OFFSET fixture_gen.n('rm', k, 14) LIMIT 1) m ON true
WHERE u % 29 <> 0 ORDER BY m.id, u;

-- ---------------------------------------------------------------------------
-- Surveys and registration forms, their questions and answers.

CREATE TABLE decidim_forms_questionnaires (
  id bigserial PRIMARY KEY,
  title jsonb,
  description jsonb,
  tos jsonb,
  questionnaire_for_type character varying,
  questionnaire_for_id bigint,
  published_at timestamp without time zone,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  salt character varying
);
INSERT INTO decidim_forms_questionnaires (title, description, tos, questionnaire_for_type, questionnaire_for_id, published_at, created_at, updated_at, salt)
SELECT dgen.tr(CASE WHEN k <= 10 THEN 'Enquesta: ' || (pp.title->>'ca') ELSE 'Formulari d''inscripció' END, NULL, NULL),
       dgen.tr('<p>Les respostes són anònimes i ens ajuden a millorar el procés.</p>', '<p>Las respuestas son anónimas.</p>', ''),
       dgen.tr('<p>Responsable del tractament: Ajuntament de Sant Feliu de Ribera. Finalitat: avaluació del procés participatiu. Pots exercir els teus drets a l''Oficina d''Atenció Ciutadana o a la seu electrònica.</p>', NULL, NULL),
       CASE WHEN k <= 10 THEN 'Decidim::Component' ELSE 'Decidim::Meetings::Meeting' END,
       CASE WHEN k <= 10 THEN (k - 1) * 4 + 4 ELSE (SELECT id FROM decidim_meetings_meetings WHERE registration_form_enabled ORDER BY id OFFSET k - 11 LIMIT 1) END,
       CASE WHEN k <> 9 THEN pp.created_at + interval '10 days' END, pp.created_at + interval '6 days', pp.updated_at, dgen.b64url('qsalt', k, 24)
FROM generate_series(1, 13) k JOIN decidim_participatory_processes pp ON pp.id = least(k, 10)
ORDER BY k;

CREATE TABLE decidim_forms_questions (
  id bigserial PRIMARY KEY,
  decidim_questionnaire_id bigint REFERENCES decidim_forms_questionnaires (id),
  position integer,
  question_type character varying,
  mandatory boolean,
  body jsonb,
  description jsonb,
  max_choices integer,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  max_characters integer DEFAULT 0
);
CREATE TABLE dgen.q (pos int PRIMARY KEY, qt text, ca text, es text);
INSERT INTO dgen.q VALUES
 (0, 'short_answer', 'Quina edat tens?', '¿Qué edad tienes?'),
 (1, 'single_option', 'A quin districte vius?', '¿En qué distrito vives?'),
 (2, 'long_answer', 'Què milloraries del teu barri?', '¿Qué mejorarías de tu barrio?'),
 (3, 'multiple_option', 'Quins temes t''interessen?', '¿Qué temas te interesan?'),
 (4, 'short_answer', 'Si vols que et contactem, deixa el teu correu o telèfon (opcional)', 'Si quieres que te contactemos, deja tu correo o teléfono (opcional)'),
 (5, 'single_option', 'Com valores el procés?', '¿Cómo valoras el proceso?');
INSERT INTO decidim_forms_questions (decidim_questionnaire_id, position, question_type, mandatory, body, description, max_choices, created_at, updated_at, max_characters)
SELECT q.id, d.pos, d.qt, d.pos IN (1, 5), dgen.tr(d.ca, d.es, NULL), '{}'::jsonb, CASE WHEN d.qt = 'multiple_option' THEN 3 END, q.created_at, q.updated_at, CASE WHEN d.qt = 'long_answer' THEN 1000 ELSE 0 END
FROM decidim_forms_questionnaires q CROSS JOIN dgen.q d
WHERE q.id <= 10 OR d.pos IN (0, 2, 4)
ORDER BY q.id, d.pos;

CREATE TABLE decidim_forms_answers (
  id bigserial PRIMARY KEY,
  body text,
  decidim_user_id bigint REFERENCES decidim_users (id),
  decidim_questionnaire_id bigint REFERENCES decidim_forms_questionnaires (id),
  decidim_question_id bigint REFERENCES decidim_forms_questions (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  session_token character varying DEFAULT ''::character varying NOT NULL,
  ip_hash character varying
);
INSERT INTO decidim_forms_answers (body, decidim_user_id, decidim_questionnaire_id, decidim_question_id, created_at, updated_at, session_token, ip_hash)
SELECT CASE q.position
         WHEN 0 THEN CASE WHEN s.n % 5 = 0 THEN '' ELSE (date_part('year', age(date '2024-05-01', p.birth)))::int::text END
         WHEN 2 THEN fixture_gen.pick(ARRAY['Més neteja als carrers i més papereres.', 'Que arreglin les voreres, sóc ' || p.first || ' i vaig amb caminador des de l''operació de maluc.',
              'Més activitats per a joves.', 'Menys cotxes i més arbres.', '', 'El veí del 1r (' || fixture_gen.full_name('fav', s.n) || ') té el pati ple de deixalles i rates, ja ho he denunciat tres cops.',
              'Un CAP amb més metges, fa tres setmanes que espero visita.', 'Better street lighting near the station.'], 'fab', s.n)
         WHEN 4 THEN CASE s.n % 4 WHEN 0 THEN p.email WHEN 1 THEN p.phone WHEN 2 THEN '' ELSE p.email || ' / ' || p.phone END
         ELSE NULL END,
       CASE WHEN s.qn = 2 AND s.n % 3 = 0 THEN NULL ELSE p.i END, s.qn, q.id, s.at, s.at,
       md5(p.i::text || '-' || (SELECT salt FROM decidim_forms_questionnaires WHERE id = s.qn)),
       md5(p.ip || '-' || (SELECT salt FROM decidim_forms_questionnaires WHERE id = s.qn))
FROM (SELECT n, (ARRAY[1, 2, 3, 5, 7, 11])[1 + n % 6] AS qn, 15 + fixture_gen.n('fau', n, 218) AS u, dgen.at('fat', n, '2023-02-01', '2024-05-31') AS at FROM generate_series(1, 60) n) s
JOIN dgen.p p ON p.i = CASE WHEN s.u % 29 = 0 THEN s.u + 1 ELSE s.u END
JOIN decidim_forms_questions q ON q.decidim_questionnaire_id = s.qn
ORDER BY s.n, q.position;

CREATE TABLE decidim_forms_answer_choices (
  id bigserial PRIMARY KEY,
  decidim_answer_id bigint REFERENCES decidim_forms_answers (id),
  decidim_answer_option_id bigint,
  position integer,
  body text,
  custom_body text,
  decidim_question_matrix_row_id integer
);
INSERT INTO decidim_forms_answer_choices (decidim_answer_id, decidim_answer_option_id, position, body, custom_body, decidim_question_matrix_row_id)
SELECT a.id, q.id * 10 + c.o, c.o,
       CASE q.position WHEN 1 THEN (ARRAY['Centre i Vila Vella', 'Can Roca', 'La Riera', 'Els Pins', 'Polígon Nord i la Teulera'])[1 + (a.id + c.o) % 5]
                       WHEN 3 THEN (ARRAY['Mobilitat', 'Medi ambient', 'Habitatge', 'Cultura', 'Altres'])[1 + (a.id + c.o) % 5]
                       ELSE (ARRAY['Molt bé', 'Bé', 'Regular', 'Malament', 'Altres'])[1 + (a.id + c.o) % 5] END,
       CASE WHEN (a.id + c.o) % 5 = 4 AND q.position <> 1 THEN fixture_gen.pick(ARRAY['Seguretat, m''han robat dos cops al portal', 'Accessibilitat per a la meva filla amb autisme', 'No m''han deixat votar perquè el padró no estava actualitzat',
            'Salut mental dels joves', 'Aparcament per a residents', 'La informació només estava en català'], 'fcb', a.id) END,
       NULL
FROM decidim_forms_answers a JOIN decidim_forms_questions q ON q.id = a.decidim_question_id
CROSS JOIN LATERAL generate_series(0, CASE WHEN q.question_type = 'multiple_option' THEN 1 ELSE 0 END) c(o)
WHERE q.question_type IN ('single_option', 'multiple_option')
ORDER BY a.id, c.o;

-- ---------------------------------------------------------------------------
-- Participatory budgets: budgets per district, projects (public), and the
-- orders residents checked out.

CREATE TABLE decidim_budgets_budgets (
  id bigserial PRIMARY KEY,
  decidim_component_id bigint REFERENCES decidim_components (id),
  weight integer DEFAULT 0 NOT NULL,
  title jsonb,
  description jsonb,
  total_budget bigint,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  decidim_scope_id bigint REFERENCES decidim_scopes (id)
);
INSERT INTO decidim_budgets_budgets (decidim_component_id, weight, title, description, total_budget, created_at, updated_at, decidim_scope_id)
SELECT c.comp, s.k, dgen.tr('Pressupost ' || (sc.name->>'ca'), 'Presupuesto ' || (sc.name->>'es'), 'Budget ' || (sc.name->>'en')),
       dgen.tr('<p>Tria els projectes que vols per al teu districte. Pots votar fins a esgotar el pressupost disponible.</p>', '<p>Elige los proyectos para tu distrito.</p>', ''),
       CASE WHEN c.comp = 27 THEN 100000 ELSE 240000 END, c.at, c.at + interval '90 days', sc.id
FROM (VALUES (3, timestamp '2024-02-01 09:00:00'), (11, timestamp '2023-01-16 09:00:00'), (27, timestamp '2024-01-11 09:00:00')) c(comp, at)
CROSS JOIN generate_series(1, 5) s(k)
JOIN decidim_scopes sc ON sc.id = CASE WHEN c.comp = 27 THEN 20 ELSE s.k END
WHERE c.comp <> 27 OR s.k = 1
ORDER BY c.comp, s.k;

CREATE TABLE decidim_budgets_projects (
  id bigserial PRIMARY KEY,
  title jsonb,
  description jsonb,
  budget_amount bigint NOT NULL,
  decidim_scope_id bigint REFERENCES decidim_scopes (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  reference character varying,
  address text,
  latitude double precision,
  longitude double precision,
  decidim_budgets_budget_id bigint REFERENCES decidim_budgets_budgets (id),
  selected_at timestamp without time zone,
  comments_count integer DEFAULT 0 NOT NULL,
  follows_count integer DEFAULT 0 NOT NULL
);
INSERT INTO decidim_budgets_projects (title, description, budget_amount, decidim_scope_id, created_at, updated_at, reference, address, latitude, longitude, decidim_budgets_budget_id,
  selected_at, comments_count, follows_count)
SELECT dgen.tr(t.t, t.t, NULL),
       dgen.tr('<p>Projecte sorgit de les propostes ciutadanes i validat pels serveis tècnics. ' || t.body || '</p><p>Termini d''execució estimat: 12 mesos.</p>', NULL, NULL),
       (15 + fixture_gen.n('bpa', n, 110)) * 1000, b.decidim_scope_id, b.created_at + interval '60 days', b.updated_at,
       'SFR-PROJ-' || to_char(b.created_at, 'YYYY') || '-' || n,
       CASE WHEN t.public_addr IS NOT NULL THEN t.public_addr || ', Sant Feliu de Ribera' END,
       CASE WHEN t.public_addr IS NOT NULL THEN 41.38 + fixture_gen.n('bplat', n, 9000) / 1000000.0 END, CASE WHEN t.public_addr IS NOT NULL THEN 1.98 + fixture_gen.n('bplon', n, 12000) / 1000000.0 END,
       b.id, CASE WHEN b.decidim_component_id = 11 AND n % 3 = 0 THEN timestamp '2023-07-05 12:00:00' END, 0, fixture_gen.n('bpf', n, 30)
FROM generate_series(1, 62) n
JOIN decidim_budgets_budgets b ON b.id = 1 + n % 11
JOIN dgen.pt t ON t.k = fixture_gen.n('bpt', n, 24) AND t.k <> 19
ORDER BY n;

CREATE TABLE decidim_budgets_orders (
  id bigserial PRIMARY KEY,
  decidim_user_id bigint REFERENCES decidim_users (id),
  checked_out_at timestamp without time zone,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  decidim_budgets_budget_id bigint REFERENCES decidim_budgets_budgets (id)
);
INSERT INTO decidim_budgets_orders (decidim_user_id, checked_out_at, created_at, updated_at, decidim_budgets_budget_id)
SELECT p.i, CASE WHEN p.i % 8 <> 3 THEN b.created_at + make_interval(days => 70 + p.i % 40, mins => p.i) END,
       b.created_at + make_interval(days => 70 + p.i % 40), b.created_at + make_interval(days => 70 + p.i % 40, mins => p.i), b.id
FROM dgen.p p JOIN decidim_budgets_budgets b ON b.decidim_scope_id = p.district AND b.decidim_component_id = CASE WHEN p.i % 2 = 0 THEN 3 ELSE 11 END
WHERE p.i > 14 AND p.i % 29 <> 0 AND p.i % 23 <> 0 AND p.i % 5 <> 4
UNION ALL
SELECT p.i, timestamp '2024-04-02 10:00:00' + make_interval(hours => p.i), timestamp '2024-04-02 10:00:00' + make_interval(hours => p.i), timestamp '2024-04-02 10:00:00' + make_interval(hours => p.i), 11
FROM dgen.p p WHERE p.i BETWEEN 200 AND 225
ORDER BY 3, 1, 5;

-- ---------------------------------------------------------------------------
-- The action log and PaperTrail's versions.

CREATE TABLE decidim_action_logs (
  id bigserial PRIMARY KEY,
  decidim_organization_id bigint NOT NULL REFERENCES decidim_organizations (id),
  decidim_user_id bigint REFERENCES decidim_users (id),
  decidim_component_id bigint REFERENCES decidim_components (id),
  resource_type character varying NOT NULL,
  resource_id bigint NOT NULL,
  participatory_space_type character varying,
  participatory_space_id bigint,
  action character varying NOT NULL,
  extra jsonb,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  version_id bigint,
  visibility character varying DEFAULT 'admin-only'::character varying,
  decidim_scope_id bigint,
  decidim_area_id bigint
);
INSERT INTO decidim_action_logs (decidim_organization_id, decidim_user_id, decidim_component_id, resource_type, resource_id, participatory_space_type, participatory_space_id, action, extra,
  created_at, updated_at, version_id, visibility, decidim_scope_id, decidim_area_id)
SELECT 1, a.actor, CASE WHEN a.kind IN ('answer', 'create', 'publish', 'close') THEN a.comp END, a.rtype, a.rid,
       CASE WHEN a.kind IN ('answer', 'create', 'publish', 'close') THEN 'Decidim::ParticipatoryProcess' END, CASE WHEN a.kind IN ('answer', 'create', 'publish', 'close') THEN (a.comp - 1) / 4 + 1 END,
       a.act,
       jsonb_build_object('user', jsonb_build_object('ip', ap.ip, 'name', ap.name, 'nickname', ap.nick))
         || CASE a.kind
              WHEN 'answer' THEN jsonb_build_object('component', jsonb_build_object('manifest_name', 'proposals', 'title', dgen.tr('Propostes', 'Propuestas', 'Proposals')),
                                   'participatory_space', jsonb_build_object('title', pp.title), 'resource', jsonb_build_object('title', pr.title))
              WHEN 'create' THEN jsonb_build_object('component', jsonb_build_object('manifest_name', 'proposals', 'title', dgen.tr('Propostes', 'Propuestas', 'Proposals')),
                                   'participatory_space', jsonb_build_object('title', pp.title), 'resource', jsonb_build_object('title', pr.title))
              WHEN 'publish' THEN jsonb_build_object('component', jsonb_build_object('manifest_name', 'meetings', 'title', dgen.tr('Trobades', 'Encuentros', 'Meetings')),
                                   'participatory_space', jsonb_build_object('title', pp.title), 'resource', jsonb_build_object('title', mm.title))
              WHEN 'close' THEN jsonb_build_object('component', jsonb_build_object('manifest_name', 'meetings'), 'participatory_space', jsonb_build_object('title', pp.title), 'resource', jsonb_build_object('title', mm.title))
              WHEN 'officialize' THEN jsonb_build_object('resource', jsonb_build_object('title', tp.name), 'extra', jsonb_build_object('officialized_user_badge', dgen.tr('Presidència d''entitat veïnal', NULL, NULL), 'officialized_user_badge_previous', NULL))
              WHEN 'block' THEN jsonb_build_object('resource', jsonb_build_object('title', tp.name), 'extra', jsonb_build_object('reportable_type', 'Decidim::User', 'current_justification', 'Insults reiterats a altres participants als comentaris de la proposta del carrer Major.'))
              WHEN 'invite' THEN jsonb_build_object('resource', jsonb_build_object('title', tp.name), 'extra', jsonb_build_object('invited_user_role', 'valuator', 'invited_user_id', a.rid))
              WHEN 'verify' THEN jsonb_build_object('resource', jsonb_build_object('title', NULL), 'extra', jsonb_build_object('verification_type', 'offline', 'user_name', tp.name, 'document_number', tp.doc))
              WHEN 'impersonate' THEN jsonb_build_object('resource', jsonb_build_object('title', tp.name), 'extra', jsonb_build_object('reason', NULL, 'authorization', 'census_authorization_handler'))
              WHEN 'export' THEN jsonb_build_object('resource', jsonb_build_object('title', NULL), 'extra', jsonb_build_object('format', 'CSV', 'name', 'proposals'))
              ELSE jsonb_build_object('resource', jsonb_build_object('title', NULL)) END,
       a.at, a.at, CASE WHEN a.kind IN ('answer', 'publish', 'close', 'officialize') THEN 100 + a.n END,
       CASE WHEN a.kind IN ('create') THEN 'public-only' WHEN a.kind IN ('publish', 'close', 'answer') THEN 'all' ELSE 'admin-only' END,
       NULL, NULL
FROM (SELECT n, kind, actor, rid, at,
             CASE kind WHEN 'answer' THEN 'Decidim::Proposals::Proposal' WHEN 'create' THEN 'Decidim::Proposals::Proposal' WHEN 'publish' THEN 'Decidim::Meetings::Meeting' WHEN 'close' THEN 'Decidim::Meetings::Meeting'
                       WHEN 'verify' THEN 'Decidim::Authorization' WHEN 'export' THEN 'Decidim::Component' WHEN 'login' THEN 'Decidim::User' ELSE 'Decidim::User' END AS rtype,
             CASE kind WHEN 'answer' THEN 'answer' WHEN 'create' THEN 'create' WHEN 'publish' THEN 'publish' WHEN 'close' THEN 'close' WHEN 'officialize' THEN 'officialize' WHEN 'block' THEN 'block'
                       WHEN 'invite' THEN 'invite' WHEN 'verify' THEN 'grant_id_documents_offline_verification' WHEN 'impersonate' THEN 'manage' WHEN 'export' THEN 'export' ELSE 'update' END AS act,
             CASE WHEN kind IN ('answer', 'create') THEN (SELECT decidim_component_id FROM decidim_proposals_proposals WHERE id = rid) WHEN kind IN ('publish', 'close') THEN (SELECT decidim_component_id FROM decidim_meetings_meetings WHERE id = rid) ELSE 1 END AS comp
      FROM (SELECT n, kind,
                   CASE WHEN kind = 'create' THEN (SELECT decidim_author_id FROM decidim_coauthorships c WHERE c.coauthorable_id = 1 + fixture_gen.n('alr', n, 230) AND c.decidim_author_type = 'Decidim::UserBaseEntity' ORDER BY c.id LIMIT 1)
                        ELSE 1 + fixture_gen.n('ala', n, 12) END AS actor,
                   CASE WHEN kind IN ('answer', 'create') THEN 1 + fixture_gen.n('alr', n, 230) WHEN kind IN ('publish', 'close') THEN 1 + fixture_gen.n('alr', n, 64)
                        WHEN kind = 'export' THEN 1 + 4 * fixture_gen.n('alr', n, 8) ELSE 15 + fixture_gen.n('alr', n, 225) END AS rid,
                   dgen.at('alt', n, '2023-01-01', '2024-05-31') AS at
            FROM (SELECT n, (ARRAY['answer', 'answer', 'answer', 'create', 'create', 'create', 'publish', 'close', 'officialize', 'block', 'invite', 'verify', 'verify', 'impersonate', 'impersonate', 'export', 'update'])[1 + fixture_gen.n('alk', n, 17)] AS kind
                  FROM generate_series(1, 240) n) k0) k1) a
LEFT JOIN dgen.p ap ON ap.i = a.actor
LEFT JOIN dgen.p tp ON tp.i = CASE WHEN a.rid % 29 = 0 THEN a.rid + 1 ELSE a.rid END
LEFT JOIN decidim_proposals_proposals pr ON pr.id = a.rid AND a.kind IN ('answer', 'create')
LEFT JOIN decidim_meetings_meetings mm ON mm.id = a.rid AND a.kind IN ('publish', 'close')
LEFT JOIN decidim_participatory_processes pp ON pp.id = (a.comp - 1) / 4 + 1
WHERE a.actor IS NOT NULL
ORDER BY a.at;
UPDATE decidim_action_logs SET resource_id = (SELECT id FROM decidim_authorizations ORDER BY id OFFSET decidim_action_logs.id % 50 LIMIT 1) WHERE resource_type = 'Decidim::Authorization';

CREATE TABLE versions (
  id bigserial PRIMARY KEY,
  item_type character varying NOT NULL,
  item_id bigint NOT NULL,
  event character varying NOT NULL,
  whodunnit character varying,
  object text,
  created_at timestamp without time zone,
  object_changes text
);
INSERT INTO versions (item_type, item_id, event, whodunnit, object, created_at, object_changes)
SELECT 'Decidim::Proposals::Proposal', pr.id, CASE WHEN n % 3 = 0 THEN 'create' ELSE 'update' END, (1 + n % 12)::text,
       CASE WHEN n % 3 = 0 THEN NULL ELSE E'---\nid: ' || pr.id || E'\ndecidim_component_id: ' || pr.decidim_component_id || E'\ntitle:\n  ' || (SELECT string_agg(key || ': ' || to_json(value)::text, E'\n  ') FROM jsonb_each_text(pr.title) WHERE key <> 'machine_translations')
          || E'\nbody:\n  ' || (SELECT string_agg(key || ': ' || to_json(value)::text, E'\n  ') FROM jsonb_each_text(pr.body) WHERE key <> 'machine_translations')
          || E'\naddress: ' || coalesce(to_json(pr.address)::text, '') || E'\nstate: \nanswered_at: \nreference: ' || pr.reference || E'\n' END,
       pr.created_at + make_interval(days => n % 20),
       CASE WHEN n % 3 = 0 THEN E'---\nid:\n- \n- ' || pr.id || E'\ntitle:\n- \n- ' || to_json(pr.title::text)::text || E'\nbody:\n- \n- ' || to_json(pr.body::text)::text || E'\n'
            ELSE E'---\nstate:\n- \n- ' || coalesce(pr.state, 'evaluating') || E'\nanswer:\n- \n- ' || coalesce(to_json(pr.answer::text)::text, '') || E'\nanswered_at:\n- \n- ' || coalesce(pr.answered_at::text, '') || E'\n' END
FROM generate_series(1, 150) n JOIN decidim_proposals_proposals pr ON pr.id = 1 + fixture_gen.n('vpr', n, 230)
UNION ALL
SELECT 'Decidim::Meetings::Meeting', m.id, 'update', (1 + n % 12)::text,
       E'---\nid: ' || m.id || E'\naddress: ' || to_json(m.address)::text || E'\nlocation:\n  ca: ' || coalesce(to_json(m.location->>'ca')::text, '""') || E'\nstart_time: ' || m.start_time || E'\n',
       m.created_at + interval '2 days',
       E'---\naddress:\n- ' || to_json('Carrer Major, 73, 08790 Sant Feliu de Ribera'::text)::text || E'\n- ' || to_json(m.address)::text || E'\nstart_time:\n- ' || (m.start_time - interval '1 day') || E'\n- ' || m.start_time || E'\n'
FROM generate_series(1, 40) n JOIN decidim_meetings_meetings m ON m.id = 1 + fixture_gen.n('vmm', n, 64)
UNION ALL
SELECT 'Decidim::Organization', o.id, 'update', CASE WHEN n % 2 = 0 THEN '14' ELSE '1' END, NULL, o.updated_at - make_interval(days => 30 * n),
       CASE WHEN n % 2 = 0 THEN E'---\nsmtp_settings:\n- from: ' || (o.smtp_settings->>'from') || E'\n  port: \"25\"\n  address: smtp.santfeliuderibera.cat\n  user_name: ' || (o.smtp_settings->>'user_name') || E'\n  encrypted_password: ' || dgen.enc('vosmtp', n, 18)
              || E'\n- from: ' || (o.smtp_settings->>'from') || E'\n  port: \"587\"\n  address: ' || (o.smtp_settings->>'address') || E'\n  user_name: ' || (o.smtp_settings->>'user_name') || E'\n  encrypted_password: ' || (o.smtp_settings->>'encrypted_password') || E'\n'
            ELSE E'---\ncolors:\n- primary: \"#0b6b8a\"\n- primary: \"#' || fixture_gen.hexn('vcol', n, 6) || E'\"\nenable_machine_translations:\n- false\n- true\n' END
FROM generate_series(1, 6) n JOIN decidim_organizations o ON o.id = 1 + n % 2
ORDER BY 6, 2, 1, 3, 4, 5, 7;

-- ---------------------------------------------------------------------------
-- Private conversations between participants.

CREATE TABLE decidim_messaging_conversations (
  id bigserial PRIMARY KEY,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL
);
CREATE TABLE decidim_messaging_participations (
  id bigserial PRIMARY KEY,
  decidim_conversation_id bigint NOT NULL REFERENCES decidim_messaging_conversations (id),
  decidim_participant_id bigint NOT NULL REFERENCES decidim_users (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL
);
CREATE TABLE decidim_messaging_messages (
  id bigserial PRIMARY KEY,
  decidim_conversation_id bigint NOT NULL REFERENCES decidim_messaging_conversations (id),
  decidim_sender_id bigint NOT NULL REFERENCES decidim_users (id),
  body text NOT NULL,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL
);
CREATE TABLE dgen.cv (k int PRIMARY KEY, a int, b int, at timestamp);
INSERT INTO dgen.cv SELECT k, a, CASE WHEN b = a THEN b + 1 ELSE b END, dgen.at('cvat', k, '2022-01-01', '2024-05-20')
FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT 16 + fixture_gen.n('cva', k, 220) AS a0, 16 + fixture_gen.n('cvb', k, 220) AS b0) x
CROSS JOIN LATERAL (SELECT CASE WHEN a0 % 29 = 0 THEN a0 + 1 ELSE a0 END AS a, CASE WHEN b0 % 29 = 0 THEN b0 + 1 ELSE b0 END AS b) y;
UPDATE dgen.cv SET b = 241 + k % 16 WHERE k % 7 = 0;
INSERT INTO decidim_messaging_conversations (created_at, updated_at) SELECT at, at + interval '2 days' FROM dgen.cv ORDER BY k;
INSERT INTO decidim_messaging_participations (decidim_conversation_id, decidim_participant_id, created_at, updated_at)
SELECT k, a, at, at FROM dgen.cv UNION ALL SELECT k, b, at, at FROM dgen.cv ORDER BY 1, 2;
INSERT INTO decidim_messaging_messages (decidim_conversation_id, decidim_sender_id, body, created_at, updated_at)
SELECT c.k, CASE WHEN m % 2 = 1 THEN c.a ELSE CASE WHEN c.b > 240 THEN (SELECT decidim_user_id FROM decidim_user_group_memberships WHERE decidim_user_group_id = c.b ORDER BY id LIMIT 1) ELSE c.b END END,
       CASE (c.k + m) % 9
         WHEN 0 THEN 'Hola ' || pb.first || '! He vist la teva proposta de la vorera. Jo visc al mateix carrer, al número ' || (1 + c.k % 80) || '. Ens podem coordinar?'
         WHEN 1 THEN 'Perfecte, truca''m al ' || pa.phone || ' i en parlem.'
         WHEN 2 THEN 'Et passo el meu correu: ' || pa.email
         WHEN 3 THEN 'Gràcies per votar! 😊'
         WHEN 4 THEN 'La reunió és dijous a casa meva (' || pa.street || '). Porta el full de signatures.'
         WHEN 5 THEN 'No puc venir, tinc el meu pare ingressat a Bellvitge.'
         WHEN 6 THEN 'Hola, ¿sabes si hay que estar empadronado para votar? Yo tengo NIE ' || pa.doc || ' y no me deja.'
         WHEN 7 THEN 'D''acord, fins dijous.'
         ELSE 'Hi, I saw your comment about the dog park. I live in Els Pins too.' END,
       c.at + make_interval(hours => m * 3), c.at + make_interval(hours => m * 3)
FROM dgen.cv c JOIN dgen.p pa ON pa.i = c.a JOIN dgen.p pb ON pb.i = CASE WHEN c.b > 240 THEN 20 + (c.b - 240) * 7 ELSE c.b END
CROSS JOIN generate_series(1, 1 + c.k % 4) m
ORDER BY c.k, m;

-- ---------------------------------------------------------------------------
-- Newsletters and notifications.

CREATE TABLE decidim_newsletters (
  id bigserial PRIMARY KEY,
  subject jsonb,
  body jsonb,
  decidim_organization_id bigint REFERENCES decidim_organizations (id),
  author_id bigint REFERENCES decidim_users (id),
  total_recipients integer,
  total_deliveries integer,
  sent_at timestamp without time zone,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  extended_data jsonb DEFAULT '{}'::jsonb
);
INSERT INTO decidim_newsletters (subject, body, decidim_organization_id, author_id, total_recipients, total_deliveries, sent_at, created_at, updated_at, extended_data)
SELECT dgen.tr(s.ca, s.es, NULL),
       dgen.tr('<p>Hola %{name},</p><p>' || s.ca || '. Consulta tota la informació a la plataforma i participa-hi!</p><p>L''equip de Participació Ciutadana</p>', '<p>Hola %{name},</p><p>' || s.es || '.</p>', ''),
       CASE WHEN k % 6 = 5 THEN 2 ELSE 1 END, CASE WHEN k % 2 = 0 THEN 1 ELSE 11 END,
       CASE WHEN k <> 21 THEN 800 + k * 37 ELSE 0 END, CASE WHEN k <> 21 THEN 780 + k * 36 ELSE 0 END,
       CASE WHEN k <> 21 THEN timestamp '2022-03-01 10:00:00' + make_interval(days => k * 37) END,
       timestamp '2022-02-27 09:00:00' + make_interval(days => k * 37), timestamp '2022-03-01 10:00:00' + make_interval(days => k * 37),
       jsonb_build_object('send_to_all_users', k % 3 = 0, 'send_to_followers', k % 3 = 1, 'send_to_participants', k % 3 = 2,
         'scope_ids', CASE WHEN k % 4 = 0 THEN jsonb_build_array(1 + k % 5) ELSE '[]'::jsonb END, 'participatory_space_types', '[]'::jsonb)
FROM generate_series(1, 21) k
JOIN (VALUES (0, 'Comença la votació dels pressupostos participatius', 'Empieza la votación de los presupuestos participativos'),
             (1, 'Resultats del Pla d''Actuació Municipal', 'Resultados del Plan de Actuación Municipal'),
             (2, 'Trobades de districte aquest mes', 'Encuentros de distrito este mes'),
             (3, 'Darrera setmana per presentar propostes', 'Última semana para presentar propuestas'),
             (4, 'Nou procés: Camins escolars segurs', 'Nuevo proceso: Caminos escolares seguros'),
             (5, 'Pressupost Jove: ja pots votar', 'Presupuesto Joven: ya puedes votar'),
             (6, 'Memòria de participació de l''any', 'Memoria de participación del año')) s(sk, ca, es) ON s.sk = k % 7
ORDER BY k;

CREATE TABLE decidim_notifications (
  id bigserial PRIMARY KEY,
  decidim_user_id bigint NOT NULL REFERENCES decidim_users (id),
  decidim_resource_type character varying NOT NULL,
  decidim_resource_id bigint NOT NULL,
  event_name character varying NOT NULL,
  event_class character varying NOT NULL,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  extra jsonb NOT NULL
);
INSERT INTO decidim_notifications (decidim_user_id, decidim_resource_type, decidim_resource_id, event_name, event_class, created_at, updated_at, extra)
SELECT u, e.rt, CASE e.rt WHEN 'Decidim::Meetings::Meeting' THEN 1 + n % 64 WHEN 'Decidim::Comments::Comment' THEN 1 + n % 280 WHEN 'Decidim::UserGroup' THEN 241 + n % 16 ELSE 1 + n % 230 END,
       e.en, e.ec, at, at,
       CASE e.k
         WHEN 0 THEN jsonb_build_object('received_as', 'follower')
         WHEN 1 THEN jsonb_build_object('received_as', 'affected_user', 'comment_id', 1 + n % 280)
         WHEN 2 THEN jsonb_build_object('received_as', 'affected_user', 'registration_code', upper(fixture_gen.chars('ncode', n, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')))
         WHEN 3 THEN jsonb_build_object('received_as', 'affected_user', 'user_group_name', g.name, 'user_group_nickname', g.nick, 'requester_name', p.name, 'requester_nickname', p.nick)
         WHEN 4 THEN jsonb_build_object('received_as', 'affected_user', 'comment_id', 1 + n % 280, 'mentioned_by', jsonb_build_object('name', p.name, 'nickname', p.nick))
         ELSE jsonb_build_object('received_as', 'follower', 'force_email', false) END
FROM generate_series(1, 280) n
CROSS JOIN LATERAL (SELECT 15 + fixture_gen.n('nu', n, 225) AS u0, dgen.at('nat', n, '2023-01-01', '2024-05-31') AS at, fixture_gen.n('nk', n, 6) AS ek) x
CROSS JOIN LATERAL (SELECT CASE WHEN u0 % 29 = 0 THEN u0 + 1 ELSE u0 END AS u) y
JOIN (VALUES (0, 'Decidim::Proposals::Proposal', 'decidim.events.proposals.proposal_published', 'Decidim::Proposals::PublishProposalEvent'),
             (1, 'Decidim::Comments::Comment', 'decidim.events.comments.comment_created', 'Decidim::Comments::CommentCreatedEvent'),
             (2, 'Decidim::Meetings::Meeting', 'decidim.events.meetings.registration_code_validated', 'Decidim::Meetings::RegistrationCodeValidatedEvent'),
             (3, 'Decidim::UserGroup', 'decidim.events.groups.join_request_created', 'Decidim::JoinRequestCreatedEvent'),
             (4, 'Decidim::Comments::Comment', 'decidim.events.comments.user_mentioned', 'Decidim::Comments::UserMentionedEvent'),
             (5, 'Decidim::Proposals::Proposal', 'decidim.events.proposals.proposal_accepted', 'Decidim::Proposals::AcceptedProposalEvent')) e(k, rt, en, ec) ON e.k = x.ek
JOIN dgen.g g ON g.k = 1 + n % 16
JOIN dgen.p p ON p.i = 16 + (n * 7) % 200
ORDER BY at;

-- ---------------------------------------------------------------------------
-- Moderation: hidden content and the reports against it; impersonation.

CREATE TABLE decidim_moderations (
  id bigserial PRIMARY KEY,
  decidim_participatory_space_id bigint NOT NULL,
  decidim_reportable_type character varying NOT NULL,
  decidim_reportable_id bigint NOT NULL,
  report_count integer DEFAULT 0 NOT NULL,
  hidden_at timestamp without time zone,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  reported_content text,
  decidim_participatory_space_type character varying NOT NULL
);
INSERT INTO decidim_moderations (decidim_participatory_space_id, decidim_reportable_type, decidim_reportable_id, report_count, hidden_at, created_at, updated_at, reported_content, decidim_participatory_space_type)
SELECT c.decidim_participatory_space_id, 'Decidim::Comments::Comment', c.id, 0, CASE WHEN c.id % 3 = 0 THEN c.created_at + interval '2 days' END, c.created_at + interval '1 day', c.created_at + interval '2 days',
       CASE WHEN c.id % 4 = 0 THEN 'Ets un ' || fixture_gen.pick(ARRAY['imbècil', 'mentider', 'aprofitat'], 'mrc', c.id) || ', ' || fixture_gen.full_name('mrn', c.id) || '. Tothom sap que cobres de l''Ajuntament i que vius al ' || fixture_gen.street('mrs', c.id) || '.'
            ELSE c.body->>(SELECT k FROM jsonb_object_keys(c.body) k WHERE k <> 'machine_translations' LIMIT 1) END,
       'Decidim::ParticipatoryProcess'
FROM decidim_comments_comments c WHERE c.id % 9 = 2 OR c.id % 13 = 0 ORDER BY c.id;

CREATE TABLE decidim_reports (
  id bigserial PRIMARY KEY,
  decidim_moderation_id bigint NOT NULL REFERENCES decidim_moderations (id),
  decidim_user_id bigint NOT NULL REFERENCES decidim_users (id),
  reason character varying NOT NULL,
  details text,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  locale character varying
);
INSERT INTO decidim_reports (decidim_moderation_id, decidim_user_id, reason, details, created_at, updated_at, locale)
SELECT m.id, u, fixture_gen.pick(ARRAY['spam', 'offensive', 'offensive', 'does_not_belong'], 'rre', m.id * 3 + r),
       CASE fixture_gen.n('rdt', m.id * 3 + r, 6) WHEN 0 THEN NULL WHEN 1 THEN ''
         WHEN 2 THEN 'Aquest comentari dona l''adreça d''una veïna sense el seu permís.'
         WHEN 3 THEN 'Em dic ' || p.name || ' i aquest usuari m''està assetjant des de fa setmanes, també per WhatsApp (' || p.phone || ' és el meu número, no el publiqueu).'
         WHEN 4 THEN 'Publicitat d''un negoci.' ELSE 'Insults.' END,
       m.created_at + make_interval(hours => r), m.created_at + make_interval(hours => r), p.loc
FROM decidim_moderations m CROSS JOIN generate_series(1, 3) r
CROSS JOIN LATERAL (SELECT 16 + fixture_gen.n('rus', m.id * 3 + r, 200) AS u0) x
CROSS JOIN LATERAL (SELECT CASE WHEN u0 % 29 = 0 THEN u0 + 1 ELSE u0 END AS u) y
JOIN dgen.p p ON p.i = y.u
WHERE r <= 1 + m.id % 3
ORDER BY m.id, r;
UPDATE decidim_moderations m SET report_count = (SELECT count(*) FROM decidim_reports r WHERE r.decidim_moderation_id = m.id);

CREATE TABLE decidim_impersonation_logs (
  id bigserial PRIMARY KEY,
  decidim_admin_id bigint NOT NULL REFERENCES decidim_users (id),
  decidim_user_id bigint NOT NULL REFERENCES decidim_users (id),
  started_at timestamp without time zone,
  ended_at timestamp without time zone,
  expired_at timestamp without time zone,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  reason text
);
INSERT INTO decidim_impersonation_logs (decidim_admin_id, decidim_user_id, started_at, ended_at, expired_at, created_at, updated_at, reason)
SELECT CASE WHEN k % 2 = 0 THEN 6 ELSE 7 END, u, at, CASE WHEN k % 5 <> 2 THEN at + make_interval(mins => 3 + k % 12) END, CASE WHEN k % 5 = 2 THEN at + interval '30 minutes' END, at, at + interval '30 minutes',
       CASE WHEN p.i % 23 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY['Atenció presencial a l''OAC: la persona no té correu electrònic.', 'Vota presencialment, no sap fer servir l''ordinador.',
            'La senyora ' || p.name || ' ha vingut amb la seva filla; DNI ' || p.doc || ' comprovat.', 'Suport telefònic, ha perdut l''accés al compte.',
            'Persona amb discapacitat visual, li llegim les propostes.', ''], 'ilr', k) END
FROM generate_series(1, 40) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 3 = 0 THEN 23 * (1 + fixture_gen.n('ilm', k, 10)) ELSE 15 + fixture_gen.n('ilu', k, 218) END AS u0, dgen.at('ilat', k, '2022-03-01', '2024-05-31') AS at) x
CROSS JOIN LATERAL (SELECT CASE WHEN u0 % 29 = 0 THEN u0 + 1 ELSE u0 END AS u) y
JOIN dgen.p p ON p.i = y.u
ORDER BY at;

-- The census of emails (csv_census): residents the council registered.
CREATE TABLE decidim_verifications_csv_data (
  id bigserial PRIMARY KEY,
  email character varying,
  decidim_organization_id bigint REFERENCES decidim_organizations (id),
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL
);
INSERT INTO decidim_verifications_csv_data (email, decidim_organization_id, created_at, updated_at)
SELECT lower(p.email), 1, timestamp '2024-01-15 08:02:11', timestamp '2024-01-15 08:02:11' FROM dgen.p p WHERE p.i % 3 = 2 AND p.i > 14 ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Doorkeeper: the API clients (the council's mobile app, a university
-- research group, the youth council's bot), grants and tokens.

CREATE TABLE oauth_applications (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  uid character varying NOT NULL,
  secret character varying NOT NULL,
  redirect_uri text NOT NULL,
  scopes character varying DEFAULT ''::character varying NOT NULL,
  confidential boolean DEFAULT true NOT NULL,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  decidim_organization_id bigint REFERENCES decidim_organizations (id),
  organization_name character varying,
  organization_url character varying,
  organization_logo character varying
);
CREATE UNIQUE INDEX index_oauth_applications_on_uid ON oauth_applications (uid);
INSERT INTO oauth_applications (name, uid, secret, redirect_uri, scopes, confidential, created_at, updated_at, decidim_organization_id, organization_name, organization_url, organization_logo)
SELECT a.name, dgen.b64url('oauid', a.k, 32), dgen.b64url('oasec', a.k, 32), a.redir, 'public', a.k <> 2, a.at, a.at + interval '200 days', a.org, a.oname, a.ourl, a.logo
FROM (VALUES
  (1, 'App Sant Feliu', 'cat.santfeliuderibera.app://oauth/callback', timestamp '2021-03-10 09:00:00', 1, 'Ajuntament de Sant Feliu de Ribera', 'https://www.santfeliuderibera.cat', 'logo-ajuntament.png'),
  (2, 'Decidim Monitor (PWA)', 'https://monitor.santfeliuderibera.cat/auth/callback', timestamp '2022-05-02 12:30:00', 1, 'Fundació Tecnologia i Municipis', 'https://tecnologiaimunicipis.org', 'ftm.png'),
  (3, 'Recerca Democràcia Participativa', 'https://dem-lab.uab.cat/oauth/decidim/callback', timestamp '2023-02-14 16:00:00', 1, 'Grup de Recerca en Democràcia Participativa (UAB)', 'https://dem-lab.uab.cat', 'demlab-logo.svg'),
  (4, 'Bot del Consell de Joves', 'https://bot.joves.santfeliuderibera.cat/callback', timestamp '2022-10-01 18:20:00', 2, 'Consell de Joves de Sant Feliu', 'https://joves.santfeliuderibera.cat/info', 'cj.png'),
  (5, 'Test local', 'http://localhost:3000/auth/decidim/callback' || E'\n' || 'https://staging-monitor.santfeliuderibera.cat/auth/callback', timestamp '2023-06-05 08:00:00', 3, 'Ajuntament (proves)', 'https://www.santfeliuderibera.cat', NULL)
) a(k, name, redir, at, org, oname, ourl, logo)
ORDER BY a.k;

CREATE TABLE oauth_access_grants (
  id bigserial PRIMARY KEY,
  resource_owner_id bigint NOT NULL REFERENCES decidim_users (id),
  application_id bigint NOT NULL REFERENCES oauth_applications (id),
  token character varying NOT NULL,
  expires_in integer NOT NULL,
  redirect_uri text NOT NULL,
  created_at timestamp without time zone NOT NULL,
  revoked_at timestamp without time zone,
  scopes character varying
);
INSERT INTO oauth_access_grants (resource_owner_id, application_id, token, expires_in, redirect_uri, created_at, revoked_at, scopes)
SELECT u, app, dgen.b64url('oag', n, 32), 600, split_part(a.redirect_uri, E'\n', 1), at, at + make_interval(secs => 20 + n % 200), 'public'
FROM generate_series(1, 45) n
CROSS JOIN LATERAL (SELECT 16 + fixture_gen.n('ogu', n, 216) AS u0, 1 + fixture_gen.n('oga', n, 4) AS app, dgen.at('ogat', n, '2022-01-01', '2024-05-31') AS at) x
CROSS JOIN LATERAL (SELECT CASE WHEN u0 % 29 = 0 THEN u0 + 1 ELSE u0 END AS u) y
JOIN oauth_applications a ON a.id = x.app
ORDER BY at;

CREATE TABLE oauth_access_tokens (
  id bigserial PRIMARY KEY,
  resource_owner_id bigint REFERENCES decidim_users (id),
  application_id bigint NOT NULL REFERENCES oauth_applications (id),
  token character varying NOT NULL,
  refresh_token character varying,
  expires_in integer,
  revoked_at timestamp without time zone,
  created_at timestamp without time zone NOT NULL,
  scopes character varying,
  previous_refresh_token character varying DEFAULT ''::character varying NOT NULL
);
CREATE UNIQUE INDEX index_oauth_access_tokens_on_token ON oauth_access_tokens (token);
INSERT INTO oauth_access_tokens (resource_owner_id, application_id, token, refresh_token, expires_in, revoked_at, created_at, scopes, previous_refresh_token)
SELECT CASE WHEN n % 17 = 0 THEN NULL ELSE u END, app, dgen.b64url('oat', n, 32), CASE WHEN app <> 2 THEN dgen.b64url('oar', n, 32) END, 7200,
       CASE WHEN n % 5 = 0 THEN at + interval '1 hour' END, at, 'public', CASE WHEN n % 4 = 1 THEN dgen.b64url('oapr', n, 32) ELSE '' END
FROM generate_series(1, 160) n
CROSS JOIN LATERAL (SELECT 16 + fixture_gen.n('otu', n, 216) AS u0, 1 + fixture_gen.n('ota', n, 5) AS app, dgen.at('otat', n, '2022-01-01', '2024-05-31') AS at) x
CROSS JOIN LATERAL (SELECT CASE WHEN u0 % 29 = 0 THEN u0 + 1 ELSE u0 END AS u) y
ORDER BY at;

-- ---------------------------------------------------------------------------
-- Attachments (the council's documents and what residents attached to
-- their proposals) and Active Storage's blobs: avatars, attachment files,
-- identity documents uploaded for verification, logos and banners.

CREATE TABLE decidim_attachments (
  id bigserial PRIMARY KEY,
  title jsonb NOT NULL,
  description jsonb,
  file character varying,
  content_type character varying NOT NULL,
  file_size integer NOT NULL,
  attached_to_id bigint NOT NULL,
  attached_to_type character varying NOT NULL,
  created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL,
  weight integer DEFAULT 0 NOT NULL,
  attachment_collection_id bigint
);
INSERT INTO decidim_attachments (title, description, file, content_type, file_size, attached_to_id, attached_to_type, created_at, updated_at, weight, attachment_collection_id)
SELECT CASE WHEN own THEN jsonb_build_object(p.loc, CASE fixture_gen.n('att', n, 7)
              WHEN 0 THEN 'Foto de la vorera' WHEN 1 THEN 'Signatures dels veïns' WHEN 2 THEN 'Plànol'
              WHEN 3 THEN 'Informe mèdic de la meva filla (per justificar la rampa)' WHEN 4 THEN 'Carta de ' || p.first || ' ' || split_part(p.last, ' ', 1) || ' a l''alcaldessa'
              WHEN 5 THEN 'IMG_' || fixture_gen.digits('atn', n, 4) ELSE 'Fotos del forat' END)
            ELSE dgen.tr(fixture_gen.pick(ARRAY['Bases del procés', 'Acta del consell de districte', 'Calendari', 'Informe de viabilitat tècnica', 'Presentació de la sessió informativa'], 'ato', n), NULL, NULL) END,
       CASE WHEN own THEN jsonb_build_object(p.loc, '') ELSE dgen.tr('Document oficial en format PDF.', 'Documento oficial en PDF.', '') END,
       CASE WHEN NOT old THEN NULL
            WHEN own THEN fixture_gen.pick(ARRAY['IMG_' || to_char(date '2020-01-01' + fixture_gen.n('atf', n, 365), 'YYYYMMDD') || '_' || fixture_gen.digits('atg', n, 6) || '.jpg', 'signatures_veins_' || dgen.fold(split_part(p.street, ',', 1)) || '.pdf',
                   'informe_medic_' || dgen.fold(p.first) || '_' || dgen.fold(split_part(p.last, ' ', 1)) || '.pdf', 'carta_' || dgen.fold(p.first) || dgen.fold(split_part(p.last, ' ', 1)) || '.docx', 'planol.png'], 'atfn', n)
            ELSE fixture_gen.pick(ARRAY['bases_proces.pdf', 'acta_consell_districte.pdf', 'calendari.pdf', 'informe_viabilitat.pdf'], 'atof', n) END,
       CASE WHEN own AND n % 3 = 0 THEN 'image/jpeg' ELSE 'application/pdf' END, 40000 + fixture_gen.n('atsz', n, 3000000),
       CASE WHEN own THEN 1 + fixture_gen.n('atp', n, 230) ELSE 1 + n % 8 END,
       CASE WHEN own THEN 'Decidim::Proposals::Proposal' ELSE 'Decidim::ParticipatoryProcess' END,
       at, at, n % 4, NULL
FROM generate_series(1, 80) n
CROSS JOIN LATERAL (SELECT n % 3 <> 0 AS own, n % 4 = 0 AS old, dgen.at('atat', n, '2020-01-01', '2024-05-31') AS at, 16 + fixture_gen.n('atu', n, 200) AS pu) x
JOIN dgen.p p ON p.i = x.pu
ORDER BY at;

CREATE TABLE active_storage_blobs (
  id bigserial PRIMARY KEY,
  key character varying NOT NULL,
  filename character varying NOT NULL,
  content_type character varying,
  metadata text,
  service_name character varying NOT NULL,
  byte_size bigint NOT NULL,
  checksum character varying,
  created_at timestamp without time zone NOT NULL
);
CREATE UNIQUE INDEX index_active_storage_blobs_on_key ON active_storage_blobs (key);
CREATE TABLE active_storage_attachments (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  record_type character varying NOT NULL,
  record_id bigint NOT NULL,
  blob_id bigint NOT NULL REFERENCES active_storage_blobs (id),
  created_at timestamp without time zone NOT NULL
);

-- dgen.bl: what each blob is, and which record it belongs to.
CREATE TABLE dgen.bl (n serial PRIMARY KEY, name text, rtype text, rid bigint, filename text, ctype text, at timestamp);
INSERT INTO dgen.bl (name, rtype, rid, filename, ctype, at)
SELECT 'avatar', 'Decidim::UserBaseEntity', u.id,
       coalesce(u.avatar, CASE WHEN u.id % 2 = 0 THEN 'foto.jpg' ELSE 'Screenshot_' || fixture_gen.digits('bls', u.id, 8) || '.png' END),
       CASE WHEN coalesce(u.avatar, 'x.png') ~ 'png$' THEN 'image/png' ELSE 'image/jpeg' END, u.created_at + interval '1 hour'
FROM decidim_users u WHERE (u.avatar IS NOT NULL OR u.id % 10 = 2) AND u.deleted_at IS NULL ORDER BY u.id;
INSERT INTO dgen.bl (name, rtype, rid, filename, ctype, at)
SELECT 'file', 'Decidim::Attachment', a.id,
       coalesce(a.file, CASE WHEN a.attached_to_type = 'Decidim::ParticipatoryProcess' THEN dgen.fold(a.title->>'ca') || '.pdf'
                             WHEN a.content_type = 'image/jpeg' THEN 'IMG_' || to_char(date '2023-01-01' + fixture_gen.n('blf', a.id, 365), 'YYYYMMDD') || '_' || fixture_gen.digits('blg', a.id, 6) || '.jpg'
                             ELSE replace(a.title->>(SELECT k FROM jsonb_object_keys(a.title) k LIMIT 1), ' ', '_') || '.pdf' END),
       a.content_type, a.created_at
FROM decidim_attachments a ORDER BY a.id;
INSERT INTO dgen.bl (name, rtype, rid, filename, ctype, at)
SELECT 'verification_attachment', 'Decidim::Authorization', a.id,
       fixture_gen.pick(ARRAY['DNI_anvers_' || p.first || '_' || split_part(p.last, ' ', 1) || '.jpg', 'dni.jpg', 'IMG_' || to_char(date '2022-01-01' + fixture_gen.n('blv', a.id, 800), 'YYYYMMDD') || '_' || fixture_gen.digits('blw', a.id, 6) || '.jpg',
         upper(substr(p.doc, 1, 1)) || substr(p.doc, 2) || '.pdf', 'Escaneig ' || to_char(a.created_at, 'DD-MM-YYYY') || '.pdf', 'permis_residencia_' || dgen.fold(p.first) || '.jpg'], 'blvn', a.id),
       CASE WHEN a.id % 3 = 0 THEN 'application/pdf' ELSE 'image/jpeg' END, a.created_at
FROM decidim_authorizations a JOIN dgen.p p ON p.i = a.decidim_user_id WHERE a.name = 'id_documents' ORDER BY a.id;
INSERT INTO dgen.bl (name, rtype, rid, filename, ctype, at)
SELECT x.nm, x.rt, x.rid, x.fn, 'image/' || CASE WHEN x.fn ~ 'png$' THEN 'png' ELSE 'jpeg' END, timestamp '2023-01-10 09:00:00' + make_interval(days => x.rid)
FROM (VALUES ('logo', 'Decidim::Organization', 1, 'logo-santfeliu.png'), ('favicon', 'Decidim::Organization', 1, 'favicon.png'), ('official_img_header', 'Decidim::Organization', 1, 'escut-ajuntament.png'),
             ('logo', 'Decidim::Organization', 2, 'consell-joves.png'), ('hero_image', 'Decidim::ParticipatoryProcess', 1, 'pressupostos-2024-hero.jpg'), ('banner_image', 'Decidim::ParticipatoryProcess', 1, 'pressupostos-2024-banner.jpg'),
             ('hero_image', 'Decidim::ParticipatoryProcess', 2, 'pam-hero.jpg'), ('hero_image', 'Decidim::ParticipatoryProcess', 4, 'can-roca-placa.jpg'), ('hero_image', 'Decidim::ParticipatoryProcess', 7, 'pressupost-jove.png')) x(nm, rt, rid, fn);

INSERT INTO active_storage_blobs (key, filename, content_type, metadata, service_name, byte_size, checksum, created_at)
SELECT lower(fixture_gen.chars('bkey', b.n, 28, 'abcdefghijklmnopqrstuvwxyz0123456789')), b.filename, b.ctype,
       CASE WHEN b.ctype LIKE 'image/%' THEN '{"identified":true,"width":' || (600 + fixture_gen.n('bw', b.n, 3400)) || ',"height":' || (400 + fixture_gen.n('bh', b.n, 2600)) || ',"analyzed":true}'
            ELSE '{"identified":true,"analyzed":true}' END,
       'local', 20000 + fixture_gen.n('bsz', b.n, 4000000), fixture_gen.b64('bck', b.n, 16), b.at
FROM dgen.bl b ORDER BY b.n;
INSERT INTO active_storage_attachments (name, record_type, record_id, blob_id, created_at)
SELECT b.name, b.rtype, b.rid, b.n, b.at FROM dgen.bl b ORDER BY b.n;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA dgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
