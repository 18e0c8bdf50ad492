-- classify-eval fixture (HOLDOUT 23: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Paperless-ngx 2.x document archive on PostgreSQL, in the naming its Django
-- migrations create (documents_, paperless_mail_, paperless_, auditlog_,
-- auth_, account_, socialaccount_, mfa_, authtoken_, guardian_, django_,
-- django_celery_results_ tables), a subset of its tables with their real
-- columns and types. The instance belongs to "Steuerbüro Brandt & Yılmaz", a
-- small tax-advice office in Munich that scans its clients' mail (payslips,
-- tax assessments, rental contracts, doctors' bills kept for deductions,
-- insurance letters, bank statements) and the two partners' own household
-- papers. Documents whose OCR content is the text of the letters (names,
-- street addresses, IBANs, tax ids, health insurance and pension numbers,
-- diagnoses), titles and original file names that name people, file and
-- archive paths built from the storage path templates with the
-- correspondent's name; correspondents that are people (doctors, landlords,
-- clients) beside organisations, their match strings naming people and
-- email addresses; tags, document types and storage paths that hold nothing
-- personal; notes typed by staff; saved views whose filter rule values are
-- search terms (names, a tax id); custom fields and their instances (client
-- numbers, IBANs, a birth date, amounts, URLs of a client portal with a
-- token, linked documents); share links with random slugs; workflows whose
-- triggers filter on file names naming clients, whose email actions write to
-- clients and whose webhook actions carry a bearer token in their headers;
-- consumer tasks whose file names and results name people; the UI settings
-- JSON; mail accounts with IMAP passwords in clear and Gmail and Outlook
-- OAuth tokens, mail rules filtering on senders' addresses, processed mails'
-- subjects; the audit log's changes JSON of old and new titles, owners and
-- custom field values, with the client's IP; Django users, groups and
-- object permissions, allauth's email addresses, social accounts at Google
-- and an authentik server with the provider's profile JSON, social tokens
-- and the apps' client secrets, TOTP secrets and recovery seeds, DRF tokens,
-- the session store; the application configuration (OCR settings, title and
-- logo), celery's task results with arguments and tracebacks naming files.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64;
-- b32: base32 (TOTP secrets).
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION pgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION pgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- at: a time in the archive's life (2022-03-01 to 2024-11-30).
CREATE FUNCTION pgen.at(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamptz '2022-03-01 07:00:00+00' + make_interval(secs => fixture_gen.n(tag, i, 86000000)) $$;

-- fold: a name folded for a file name or an address.
CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(translate(replace(replace(s, 'ß', 'ss'), 'ı', 'i'), 'áéíóúàèìòùâêîôûäëïöüãõñçşğćÁÉÍÓÚÖÜÇŞİ', 'aeiouaeiouaeiouaeiouaoncsgcAEIOUOUCSI'), '[^A-Za-z0-9]+', '', 'g')
$$;

-- Clients and household members of the office, with the identifiers their
-- papers carry: Steuer-ID (11 digits), health insurance number (KVNR), the
-- pension insurance number, the IBAN of their salary account.
CREATE TABLE pgen.p (i int PRIMARY KEY, first text, last text, full_name text, email text, phone text, street text, postcode text, city text,
  iban text, taxid text, kvnr text, rvnr text, birth date, employer text, insurer text);
INSERT INTO pgen.p
SELECT i, f, l, f || ' ' || l,
       lower(pgen.fold(f)) || '.' || lower(pgen.fold(l)) || CASE WHEN i % 4 = 0 THEN (i % 89)::text ELSE '' END || '@'
         || fixture_gen.pick(ARRAY['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com', 'outlook.com', 'icloud.com', 'mailbox.org'], 'pmd', i),
       CASE i % 3 WHEN 0 THEN '+49 1' || fixture_gen.pick(ARRAY['51', '52', '57', '60', '70', '76'], 'ppre', i) || ' ' || fixture_gen.digits('pph', i, 8)
                  WHEN 1 THEN '089 ' || fixture_gen.digits('pph', i, 3) || ' ' || fixture_gen.digits('pph2', i, 4)
                  ELSE '0176-' || fixture_gen.digits('pph', i, 8) END,
       fixture_gen.pick(ARRAY['Leopoldstraße', 'Schleißheimer Str.', 'Lindwurmstraße', 'Rosenheimer Str.', 'Dachauer Straße', 'Fraunhoferstraße', 'Belgradstraße', 'Tegernseer Landstraße',
         'Hohenzollernstraße', 'Implerstraße', 'Aignerstraße', 'Boschetsrieder Str.'], 'pst', i) || ' ' || (1 + fixture_gen.n('psn', i, 140))::text || CASE WHEN i % 7 = 0 THEN 'a' ELSE '' END,
       '8' || fixture_gen.pick(ARRAY['0331', '0469', '0797', '0802', '1369', '1541', '1667', '1737', '5737', '5540'], 'ppc', i),
       CASE WHEN i % 9 = 0 THEN fixture_gen.pick(ARRAY['Garching', 'Unterschleißheim', 'Freising', 'Dachau', 'Ottobrunn'], 'pcity', i) ELSE 'München' END,
       fixture_gen.iban('DE', fixture_gen.pick(ARRAY['70150000', '70010080', '70020270', '70090100', '70169464', '10010010'], 'pblz', i) || fixture_gen.digits('pacc', i, 10)),
       (1 + fixture_gen.n('ptx1', i, 9))::text || fixture_gen.digits('ptx', i, 10),
       fixture_gen.chars('pkv', i, 1, 'ABCDEFGHIJKLMNOPRSTUVWZ') || fixture_gen.digits('pkvn', i, 9),
       fixture_gen.pick(ARRAY['12', '13', '15', '53', '65'], 'prv1', i) || ' ' || to_char(fixture_gen.birth_date('pbd', i), 'DDMMYY') || ' ' || upper(left(pgen.fold(l), 1)) || ' ' || fixture_gen.digits('prv', i, 3),
       fixture_gen.birth_date('pbd', i),
       fixture_gen.pick(ARRAY['BMW AG', 'Siemens Healthineers AG', 'Stadtwerke München GmbH', 'Klinikum rechts der Isar', 'Allianz SE', 'Brauerei Augustiner', 'Knorr-Bremse AG',
         'Landeshauptstadt München', 'Rohde & Schwarz GmbH & Co. KG', 'Dallmayr Delikatessenhaus', 'TU München', 'Celonis SE'], 'pemp', i),
       fixture_gen.pick(ARRAY['Techniker Krankenkasse', 'AOK Bayern', 'Barmer', 'DAK-Gesundheit', 'Debeka Krankenversicherungsverein a. G.', 'Allianz Private Krankenversicherungs-AG'], 'pins', i)
FROM generate_series(1, 240) i
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Lena', 'Maximilian', 'Sophie', 'Florian', 'Johanna', 'Tobias', 'Katharina', 'Sebastian', 'Amara', 'Chinedu', 'Elif', 'Murat',
  'Zeynep', 'Ayşe', 'Mehmet', 'Anna', 'Jakub', 'Agnieszka', 'Dragan', 'Jelena', 'Nikolaos', 'Eleni', 'Giulia', 'Alessandro', 'Priya', 'Rohan', 'Mei', 'Wei', 'Thanh', 'Huong',
  'Olena', 'Andriy', 'Fatima', 'Youssef', 'Ingrid', 'Henrik', 'José', 'Lucía', 'Kwabena', 'Aisha', 'Sven', 'Brigitte', 'Franz', 'Rosalie', 'Yuki', 'Haruto'], 'pfirst', i) AS f,
  fixture_gen.pick(ARRAY['Huber', 'Bauer', 'Wagner', 'Gruber', 'Brandt', 'Yılmaz', 'Okafor', 'Nwosu', 'Kaya', 'Demir', 'Öztürk', 'Kowalski', 'Nowak', 'Petrović', 'Jovanović',
  'Papadopoulos', 'Georgiou', 'Romano', 'Esposito', 'Iyer', 'Nair', 'Zhang', 'Li', 'Nguyen', 'Tran', 'Shevchenko', 'Bondarenko', 'El Amrani', 'Benali', 'Lindqvist', 'Johansson',
  'Fernández', 'Ruiz', 'Mensah', 'Asante', 'Schmid', 'Hofmann', 'Obermaier', 'Reisinger', 'Tanaka', 'Sato', 'Müller-Lüdenscheidt', 'von Aufseß'], 'plast', i) AS l) n;

-- ---------------------------------------------------------------------------
-- Django and its contrib apps.

CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL, UNIQUE (app_label, model));
INSERT INTO django_content_type (id, app_label, model) VALUES
  (1, 'admin', 'logentry'), (2, 'auth', 'permission'), (3, 'auth', 'group'), (4, 'auth', 'user'), (5, 'contenttypes', 'contenttype'), (6, 'sessions', 'session'),
  (7, 'django_celery_results', 'taskresult'), (8, 'django_celery_results', 'chordcounter'), (9, 'django_celery_results', 'groupresult'), (10, 'authtoken', 'token'),
  (11, 'authtoken', 'tokenproxy'), (12, 'guardian', 'groupobjectpermission'), (13, 'guardian', 'userobjectpermission'), (14, 'auditlog', 'logentry'),
  (15, 'documents', 'correspondent'), (16, 'documents', 'tag'), (17, 'documents', 'documenttype'), (18, 'documents', 'document'), (19, 'documents', 'savedview'),
  (20, 'documents', 'savedviewfilterrule'), (21, 'documents', 'paperlesstask'), (22, 'documents', 'uisettings'), (23, 'documents', 'note'), (24, 'documents', 'storagepath'),
  (25, 'documents', 'sharelink'), (26, 'documents', 'customfield'), (27, 'documents', 'customfieldinstance'), (28, 'documents', 'workflow'), (29, 'documents', 'workflowtrigger'),
  (30, 'documents', 'workflowaction'), (31, 'documents', 'workflowrun'), (32, 'documents', 'workflowactionemail'), (33, 'documents', 'workflowactionwebhook'),
  (34, 'paperless_mail', 'mailaccount'), (35, 'paperless_mail', 'mailrule'), (36, 'paperless_mail', 'processedmail'), (37, 'paperless', 'applicationconfiguration'),
  (38, 'account', 'emailaddress'), (39, 'account', 'emailconfirmation'), (40, 'socialaccount', 'socialaccount'), (41, 'socialaccount', 'socialapp'), (42, 'socialaccount', 'socialtoken'),
  (43, 'mfa', 'authenticator');

CREATE TABLE auth_permission (id serial PRIMARY KEY, name varchar(255) NOT NULL, content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
  codename varchar(100) NOT NULL, UNIQUE (content_type_id, codename));
INSERT INTO auth_permission (name, content_type_id, codename)
SELECT 'Can ' || a || ' ' || CASE ct.model WHEN 'documenttype' THEN 'document type' WHEN 'savedview' THEN 'saved view' WHEN 'savedviewfilterrule' THEN 'filter rule'
         WHEN 'paperlesstask' THEN 'paperless task' WHEN 'uisettings' THEN 'ui settings' WHEN 'storagepath' THEN 'storage path' WHEN 'sharelink' THEN 'share link'
         WHEN 'customfield' THEN 'custom field' WHEN 'customfieldinstance' THEN 'custom field instance' WHEN 'workflowtrigger' THEN 'workflow trigger'
         WHEN 'workflowaction' THEN 'workflow action' WHEN 'workflowrun' THEN 'workflow run' WHEN 'mailaccount' THEN 'mail account' WHEN 'mailrule' THEN 'mail rule'
         WHEN 'processedmail' THEN 'processed mail' WHEN 'applicationconfiguration' THEN 'paperless application settings' WHEN 'logentry' THEN 'log entry'
         WHEN 'emailaddress' THEN 'email address' WHEN 'socialaccount' THEN 'social account' WHEN 'socialapp' THEN 'social application' WHEN 'socialtoken' THEN 'social application token'
         ELSE ct.model END,
       ct.id, a || '_' || ct.model
FROM django_content_type ct CROSS JOIN unnest(ARRAY['add', 'change', 'delete', 'view']) a ORDER BY ct.id, array_position(ARRAY['add', 'change', 'delete', 'view'], a);

CREATE TABLE auth_group (id serial PRIMARY KEY, name varchar(150) NOT NULL UNIQUE);
INSERT INTO auth_group VALUES (1, 'Kanzlei'), (2, 'Mandanten'), (3, 'Haushalt Brandt'), (4, 'Haushalt Yılmaz'), (5, 'Buchhaltung'), (6, 'Nur lesen');

CREATE TABLE auth_group_permissions (id bigserial PRIMARY KEY, group_id integer NOT NULL REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED,
  permission_id integer NOT NULL REFERENCES auth_permission (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (group_id, permission_id));
INSERT INTO auth_group_permissions (group_id, permission_id)
SELECT g, p.id FROM auth_permission p CROSS JOIN generate_series(1, 6) g
WHERE p.content_type_id BETWEEN 15 AND 36 AND (g IN (1, 5) OR (g IN (2, 6) AND p.codename LIKE 'view_%') OR (g IN (3, 4) AND p.codename NOT LIKE 'delete_%'))
ORDER BY g, p.id;

-- Users: 1 the admin, 2-3 the partners, 4-9 staff, 10-17 clients with a
-- login to their own papers, 18 the scanner's service account, 19 the
-- paperless-ai integration, 20-22 family members of the partners.
CREATE TABLE pgen.u (id int PRIMARY KEY, p int, username text, kind text, social text);
INSERT INTO pgen.u VALUES (1, NULL, 'admin', 'admin', NULL), (2, 5, NULL, 'partner', 'google'), (3, 6, NULL, 'partner', 'authentik'),
  (18, NULL, 'scanner', 'service', NULL), (19, NULL, 'paperless-ai', 'service', NULL);
INSERT INTO pgen.u SELECT u, 200 + u, NULL, CASE WHEN u <= 9 THEN 'staff' WHEN u <= 17 THEN 'client' ELSE 'family' END,
  CASE WHEN u BETWEEN 4 AND 9 AND u % 2 = 0 THEN 'authentik' WHEN u IN (11, 14, 21) THEN 'google' END
FROM generate_series(4, 22) u WHERE u NOT IN (18, 19);
UPDATE pgen.p SET first = 'Katharina', last = 'Brandt', full_name = 'Katharina Brandt', email = 'k.brandt@stb-brandt-yilmaz.de' WHERE i = 5;
UPDATE pgen.p SET first = 'Emre', last = 'Yılmaz', full_name = 'Emre Yılmaz', email = 'e.yilmaz@stb-brandt-yilmaz.de' WHERE i = 6;
UPDATE pgen.p p SET email = lower(left(pgen.fold(first), 1)) || '.' || lower(pgen.fold(last)) || '@stb-brandt-yilmaz.de' FROM pgen.u u WHERE u.p = p.i AND u.kind = 'staff';
UPDATE pgen.p SET last = 'Brandt', full_name = first || ' Brandt' WHERE i IN (220, 221);
UPDATE pgen.p SET last = 'Yılmaz', full_name = first || ' Yılmaz' WHERE i = 222;
UPDATE pgen.u u SET username = CASE WHEN u.kind = 'client' AND u.id % 2 = 0 THEN p.email WHEN u.id % 3 = 0 THEN lower(pgen.fold(p.first)) || '.' || lower(pgen.fold(p.last))
  ELSE lower(left(pgen.fold(p.first), 1) || pgen.fold(p.last)) END
FROM pgen.p p WHERE p.i = u.p;

CREATE TABLE auth_user (
    id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL, username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL, last_name varchar(150) NOT NULL, email varchar(254) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL,
    date_joined timestamptz NOT NULL
);
INSERT INTO auth_user
SELECT u.id,
       CASE WHEN u.social IS NOT NULL AND u.id % 2 = 1 THEN '!' || pgen.rnd('unus', u.id, 40) ELSE fixture_gen.pbkdf2('aupw', u.id) END,
       CASE WHEN u.id = 20 THEN NULL ELSE timestamptz '2024-10-01 06:00:00+00' + make_interval(secs => fixture_gen.n('alog', u.id, 5200000)) END,
       u.id IN (1, 2, 3), u.username, coalesce(p.first, ''), coalesce(p.last, ''),
       coalesce(p.email, CASE u.id WHEN 1 THEN 'it@stb-brandt-yilmaz.de' ELSE '' END), u.kind IN ('admin', 'partner'), u.id <> 13,
       timestamptz '2022-03-01 08:00:00+00' + (u.id * interval '23 days') + make_interval(secs => fixture_gen.n('ajoin', u.id, 30000))
FROM pgen.u u LEFT JOIN pgen.p p ON p.i = u.p ORDER BY u.id;

CREATE TABLE auth_user_groups (id bigserial PRIMARY KEY, user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
  group_id integer NOT NULL REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (user_id, group_id));
INSERT INTO auth_user_groups (user_id, group_id)
SELECT id, g FROM pgen.u, LATERAL (SELECT unnest(CASE kind WHEN 'partner' THEN ARRAY[1, 5, id + 1] WHEN 'staff' THEN CASE WHEN id % 3 = 0 THEN ARRAY[1, 5] ELSE ARRAY[1] END
  WHEN 'client' THEN ARRAY[2] WHEN 'family' THEN ARRAY[CASE WHEN id = 22 THEN 4 ELSE 3 END] WHEN 'service' THEN ARRAY[1] ELSE ARRAY[]::int[] END) g) x ORDER BY id, g;

CREATE TABLE auth_user_user_permissions (id bigserial PRIMARY KEY, user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
  permission_id integer NOT NULL REFERENCES auth_permission (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (user_id, permission_id));
INSERT INTO auth_user_user_permissions (user_id, permission_id)
SELECT u, p.id FROM generate_series(10, 19) u JOIN auth_permission p ON (u >= 18 AND p.content_type_id IN (18, 21, 23, 27)) OR (u < 18 AND p.codename IN ('add_note', 'view_note', 'change_uisettings', 'view_uisettings', 'add_sharelink'))
ORDER BY u, p.id;

CREATE TABLE django_admin_log (
    id serial PRIMARY KEY, action_time timestamptz NOT NULL, object_id text, object_repr varchar(200) NOT NULL, action_flag smallint NOT NULL CHECK (action_flag >= 0),
    change_message text NOT NULL, content_type_id integer REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO django_admin_log (action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id)
SELECT pgen.at('dal', k), o.oid, o.repr, o.flag, o.msg, o.ct, CASE WHEN k % 3 = 0 THEN 2 ELSE 1 END
FROM generate_series(1, 40) k
CROSS JOIN LATERAL (SELECT CASE k % 4
    WHEN 0 THEN (10 + k % 8)::text WHEN 1 THEN (1 + k % 6)::text WHEN 2 THEN (1 + k % 3)::text ELSE (100 + k * 7)::text END AS oid,
  CASE k % 4 WHEN 0 THEN (SELECT username FROM pgen.u WHERE id = 10 + k % 8) WHEN 1 THEN (SELECT name FROM auth_group WHERE id = 1 + k % 6)
    WHEN 2 THEN fixture_gen.pick(ARRAY['Gmail Kanzlei', 'IONOS Postfach', 'Outlook Brandt'], 'dalm', k) ELSE 'Task ' || fixture_gen.uuid('celt', k) END AS repr,
  CASE WHEN k % 11 = 0 THEN 3 WHEN k % 5 = 0 THEN 1 ELSE 2 END AS flag,
  CASE WHEN k % 11 = 0 THEN '' WHEN k % 5 = 0 THEN '[{"added": {}}]'
    ELSE '[{"changed": {"fields": [' || fixture_gen.pick(ARRAY['"Password"', '"Active"', '"Groups"', '"Email address", "Last name"', '"Staff status"', '"Imap server", "Password"'], 'dalf', k) || ']}}]' END AS msg,
  CASE k % 4 WHEN 0 THEN 4 WHEN 1 THEN 3 WHEN 2 THEN 34 ELSE 7 END AS ct) o;

CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT fixture_gen.chars('sk', k, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       rtrim(translate(encode(convert_to('{"_auth_user_id":"' || u || '","_auth_user_backend":"'
         || CASE WHEN u IN (2, 3, 4, 6, 8, 11, 14, 21) AND k % 2 = 0 THEN 'allauth.account.auth_backends.AuthenticationBackend' ELSE 'django.contrib.auth.backends.ModelBackend' END
         || '","_auth_user_hash":"' || fixture_gen.hexn('sah', u, 64) || '"' || CASE WHEN k % 4 = 0 THEN ',"_session_expiry":1209600' ELSE '' END || '}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=')
         || ':' || fixture_gen.chars('sts', k, 6) || ':' || pgen.b64url('ssig', k, 32),
       timestamptz '2024-11-15 00:00:00+00' + make_interval(secs => fixture_gen.n('sexp', k, 1900000))
FROM generate_series(1, 90) k CROSS JOIN LATERAL (SELECT (ARRAY[1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 20, 21, 22])[1 + fixture_gen.n('su', k, 21)] AS u) x;

CREATE TABLE django_migrations (id bigserial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied timestamptz NOT NULL);
INSERT INTO django_migrations (app, name, applied)
SELECT a, n, timestamptz '2022-03-01 07:58:00+00' + k * interval '1 second' + CASE WHEN a = 'documents' AND n >= '1040' THEN interval '400 days' ELSE interval '0' END
FROM (VALUES (1, 'contenttypes', '0001_initial'), (2, 'auth', '0001_initial'), (3, 'admin', '0001_initial'), (4, 'auditlog', '0001_initial'), (5, 'auditlog', '0015_alter_logentry_changes'),
  (6, 'authtoken', '0001_initial'), (7, 'documents', '0001_initial'), (8, 'documents', '1000_update_paperless_all'), (9, 'documents', '1012_fix_archive_files'),
  (10, 'documents', '1022_paperlesstask'), (11, 'documents', '1035_rename_comment_note'), (12, 'documents', '1040_customfield_customfieldinstance_and_more'),
  (13, 'documents', '1044_workflow_workflowaction_workflowtrigger_and_more'), (14, 'documents', '1052_document_transaction_id'), (15, 'documents', '1056_customfieldinstance_deleted_at_and_more'),
  (16, 'documents', '1061_workflowactionwebhook_as_json'), (17, 'guardian', '0002_generic_permissions_index'), (18, 'paperless_mail', '0001_initial'),
  (19, 'paperless_mail', '0027_mailaccount_expiration_mailaccount_account_type_and_more'), (20, 'paperless', '0003_alter_applicationconfiguration_max_image_pixels'),
  (21, 'account', '0008_emailaddress_unique_primary_email_fixup'), (22, 'socialaccount', '0006_alter_socialaccount_extra_data'), (23, 'mfa', '0003_authenticator_type_uniq'),
  (24, 'sessions', '0001_initial'), (25, 'django_celery_results', '0011_taskresult_periodic_task_name')) m(k, a, n);

-- ---------------------------------------------------------------------------
-- Matching models: correspondents, tags, document types, storage paths.
-- Correspondents 1-32 are organisations; 33-60 are people: doctors (33-42),
-- private landlords (43-48), tradespeople (49-52), lawyers (53-56) and small
-- employers (57-60).

CREATE TABLE documents_correspondent (
    id serial PRIMARY KEY, name varchar(128) NOT NULL, match varchar(256) NOT NULL, matching_algorithm integer NOT NULL CHECK (matching_algorithm >= 0),
    is_insensitive boolean NOT NULL, owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT documents_correspondent_unique_name_owner UNIQUE (name, owner_id)
);
INSERT INTO documents_correspondent (id, name, match, matching_algorithm, is_insensitive, owner_id) VALUES
  (1, 'Finanzamt München', 'Finanzamt München Abt. Einkommensteuer', 1, true, NULL), (2, 'Deutsche Rentenversicherung Bund', 'Rentenversicherung Renteninformation', 1, true, NULL),
  (3, 'Techniker Krankenkasse', 'Techniker Krankenkasse', 3, true, NULL), (4, 'AOK Bayern', '', 6, true, NULL), (5, 'Allianz Versicherungs-AG', 'Allianz Versicherungs-AG', 3, true, NULL),
  (6, 'HUK-COBURG', 'HUK-COBURG', 3, true, NULL), (7, 'Stadtwerke München', 'SWM Stadtwerke München', 1, true, NULL), (8, 'Telekom', 'Telekom Deutschland GmbH', 3, true, NULL),
  (9, 'Vodafone', 'Vodafone', 1, true, NULL), (10, 'Stadtsparkasse München', 'Stadtsparkasse SSKMDEMMXXX', 1, true, NULL), (11, 'ING', 'ING-DiBa INGDDEFFXXX', 1, true, NULL),
  (12, 'Commerzbank', 'Commerzbank', 1, true, NULL), (13, 'BMW AG', 'Bayerische Motoren Werke', 2, true, NULL), (14, 'Siemens Healthineers', 'Siemens Healthineers', 3, true, NULL),
  (15, 'Klinikum rechts der Isar', '', 6, true, NULL), (16, 'Amazon', 'Amazon EU S.à r.l.', 3, true, NULL), (17, 'IKEA', 'IKEA Deutschland', 1, true, NULL),
  (18, 'Familienkasse Bayern Süd', 'Familienkasse Kindergeld', 2, true, NULL), (19, 'Landeshauptstadt München KVR', 'Kreisverwaltungsreferat', 1, true, NULL),
  (20, 'ARD ZDF Deutschlandradio Beitragsservice', 'Beitragsservice Rundfunkbeitrag', 1, true, NULL), (21, 'GEWOFAG', 'GEWOFAG Wohnen', 1, true, NULL),
  (22, 'Hausverwaltung Obermaier & Partner', 'Obermaier & Partner', 3, true, NULL), (23, 'ADAC', 'ADAC', 1, false, NULL), (24, 'Ärzte ohne Grenzen', 'Ärzte ohne Grenzen Zuwendungsbestätigung', 2, true, NULL),
  (25, 'SOS-Kinderdorf', 'SOS-Kinderdorf', 3, true, NULL), (26, 'DATEV', 'DATEV eG', 3, true, NULL), (27, 'Debeka', 'Debeka', 1, true, NULL), (28, 'Barmer', 'BARMER', 1, true, NULL),
  (29, 'Celonis SE', 'Celonis', 1, true, NULL), (30, 'Technische Universität München', 'Technische Universität München Personalabteilung', 2, true, NULL),
  (31, 'Kita Regenbogen e.V.', 'Kita Regenbogen Betreuungsvertrag', 2, true, 2), (32, 'ERGO Versicherung', '/ERGO\s+(Versicherung|Krankenversicherung)/', 4, true, NULL);
INSERT INTO documents_correspondent (id, name, match, matching_algorithm, is_insensitive, owner_id)
SELECT c, CASE WHEN c <= 42 THEN CASE WHEN c % 3 = 0 THEN 'Zahnarztpraxis ' ELSE 'Dr. med. ' END || p.full_name
          WHEN c BETWEEN 49 AND 52 THEN fixture_gen.pick(ARRAY['Malerbetrieb ', 'Elektro ', 'Sanitär ', 'Schreinerei '], 'ctr', c) || p.full_name
          WHEN c BETWEEN 53 AND 56 THEN 'Rechtsanwältin ' || p.full_name
          ELSE p.full_name END,
       CASE c % 4 WHEN 0 THEN p.last WHEN 1 THEN p.email WHEN 2 THEN p.first || ' ' || p.last ELSE '' END,
       CASE c % 4 WHEN 0 THEN 1 WHEN 1 THEN 3 WHEN 2 THEN 2 ELSE 6 END, c % 5 <> 0, CASE WHEN c IN (44, 47) THEN 2 WHEN c = 58 THEN 3 END
FROM generate_series(33, 60) c JOIN pgen.p p ON p.i = 117 + c;

CREATE TABLE documents_tag (
    id serial PRIMARY KEY, name varchar(128) NOT NULL, match varchar(256) NOT NULL, matching_algorithm integer NOT NULL CHECK (matching_algorithm >= 0),
    is_insensitive boolean NOT NULL, is_inbox_tag boolean NOT NULL, color varchar(7) NOT NULL, owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    tn_ancestors_pks text NOT NULL DEFAULT '', tn_ancestors_count integer NOT NULL DEFAULT 0 CHECK (tn_ancestors_count >= 0), tn_children_pks text NOT NULL DEFAULT '',
    tn_children_count integer NOT NULL DEFAULT 0 CHECK (tn_children_count >= 0), tn_depth integer NOT NULL DEFAULT 0 CHECK (tn_depth >= 0), tn_descendants_pks text NOT NULL DEFAULT '',
    tn_descendants_count integer NOT NULL DEFAULT 0 CHECK (tn_descendants_count >= 0), tn_index integer NOT NULL DEFAULT 0 CHECK (tn_index >= 0), tn_level integer NOT NULL DEFAULT 1 CHECK (tn_level >= 0),
    tn_priority integer NOT NULL DEFAULT 0 CHECK (tn_priority >= 0), tn_order integer NOT NULL DEFAULT 0 CHECK (tn_order >= 0), tn_siblings_pks text NOT NULL DEFAULT '',
    tn_siblings_count integer NOT NULL DEFAULT 0 CHECK (tn_siblings_count >= 0), tn_parent_id integer REFERENCES documents_tag (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT documents_tag_unique_name_owner UNIQUE (name, owner_id)
);
INSERT INTO documents_tag (id, name, match, matching_algorithm, is_insensitive, is_inbox_tag, color, owner_id)
SELECT id, name, match, alg, true, id = 1, color, NULL FROM (VALUES
  (1, 'Posteingang', '', 0, '#e31a1c'), (2, 'Steuer 2022', 'Veranlagungszeitraum 2022', 2, '#1f78b4'), (3, 'Steuer 2023', 'Veranlagungszeitraum 2023', 2, '#1f78b4'),
  (4, 'Steuer 2024', '', 0, '#1f78b4'), (5, 'Werbungskosten', 'Arbeitsmittel Fortbildung Fahrtkosten', 1, '#33a02c'), (6, 'Sonderausgaben', 'Spende Zuwendungsbestätigung', 1, '#33a02c'),
  (7, 'Außergewöhnliche Belastungen', 'Arztrechnung Zuzahlung', 1, '#33a02c'), (8, 'Haushaltsnahe Dienstleistung', 'Handwerkerleistung Lohnanteil', 1, '#b2df8a'),
  (9, 'Kinderbetreuung', 'Kita Betreuungsvertrag', 1, '#fb9a99'), (10, 'Versicherung', 'Versicherungsschein Beitragsrechnung', 1, '#cab2d6'),
  (11, 'Rente', '', 6, '#6a3d9a'), (12, 'Bank', 'Kontoauszug', 1, '#ff7f00'), (13, 'Miete', 'Nebenkostenabrechnung Mietvertrag', 1, '#fdbf6f'),
  (14, 'Gesundheit', '', 6, '#a6cee3'), (15, 'Einspruch', 'Einspruch', 3, '#e31a1c'), (16, 'Frist', '/Frist|bis zum \d{2}\.\d{2}\.\d{4}/', 4, '#e31a1c'),
  (17, 'Erledigt', '', 0, '#b15928'), (18, 'Rückfrage Mandant', '', 0, '#ffff99'), (19, 'Original zurück', '', 0, '#999999'), (20, 'Scan prüfen', '', 0, '#999999'),
  (21, 'Gehalt', 'Entgeltabrechnung Lohnabrechnung Verdienstabrechnung', 1, '#33a02c'), (22, 'Vertrag', 'Vertrag', 1, '#17becf'), (23, 'KFZ', 'Kfz Fahrzeug Kennzeichen', 1, '#7f7f7f'),
  (24, 'Strom & Gas', 'Abschlag Strom Erdgas', 1, '#bcbd22'), (25, 'Internet & Telefon', '', 6, '#bcbd22'), (26, 'Kindergeld', 'Kindergeld', 3, '#fb9a99'),
  (27, 'Privat', '', 0, '#000000'), (28, 'Kanzlei intern', '', 0, '#000000'), (29, 'Belegprüfung', '', 0, '#ff7f00'), (30, 'DATEV übertragen', '', 0, '#2ca02c')) t(id, name, match, alg, color);
UPDATE documents_tag SET owner_id = 2 WHERE id = 27;
-- The tag tree (django-treenode's denormalised columns): a few nested tags.
UPDATE documents_tag t SET tn_parent_id = v.parent FROM (VALUES (24, 13), (25, 13), (26, 9), (15, 16), (30, 17), (21, 5)) v(child, parent) WHERE t.id = v.child;
UPDATE documents_tag t SET tn_level = CASE WHEN t.id = 21 THEN 2 WHEN t.tn_parent_id IS NOT NULL THEN 2 ELSE 1 END,
  tn_ancestors_pks = coalesce(t.tn_parent_id::text, ''), tn_ancestors_count = CASE WHEN t.tn_parent_id IS NULL THEN 0 ELSE 1 END,
  tn_children_pks = coalesce((SELECT string_agg(c.id::text, ',' ORDER BY c.name) FROM documents_tag c WHERE c.tn_parent_id = t.id), ''),
  tn_children_count = (SELECT count(*) FROM documents_tag c WHERE c.tn_parent_id = t.id),
  tn_descendants_pks = coalesce((SELECT string_agg(c.id::text, ',' ORDER BY c.name) FROM documents_tag c WHERE c.tn_parent_id = t.id), ''),
  tn_descendants_count = (SELECT count(*) FROM documents_tag c WHERE c.tn_parent_id = t.id),
  tn_depth = CASE WHEN EXISTS (SELECT 1 FROM documents_tag c WHERE c.tn_parent_id = t.id) THEN 1 ELSE 0 END,
  tn_siblings_pks = coalesce((SELECT string_agg(c.id::text, ',' ORDER BY c.name) FROM documents_tag c WHERE c.tn_parent_id IS NOT DISTINCT FROM t.tn_parent_id AND c.id <> t.id), ''),
  tn_siblings_count = (SELECT count(*) FROM documents_tag c WHERE c.tn_parent_id IS NOT DISTINCT FROM t.tn_parent_id AND c.id <> t.id);
UPDATE documents_tag t SET tn_index = x.ix, tn_order = x.ord FROM (SELECT id, row_number() OVER (PARTITION BY tn_parent_id ORDER BY name) - 1 AS ix, row_number() OVER (ORDER BY coalesce(tn_parent_id, id), tn_parent_id NULLS FIRST, name) - 1 AS ord FROM documents_tag) x WHERE x.id = t.id;

CREATE TABLE documents_documenttype (
    id serial PRIMARY KEY, name varchar(128) NOT NULL, match varchar(256) NOT NULL, matching_algorithm integer NOT NULL CHECK (matching_algorithm >= 0),
    is_insensitive boolean NOT NULL, owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT documents_documenttype_unique_name_owner UNIQUE (name, owner_id)
);
INSERT INTO documents_documenttype (id, name, match, matching_algorithm, is_insensitive, owner_id) VALUES
  (1, 'Lohnabrechnung', 'Entgeltabrechnung Verdienstabrechnung Lohnabrechnung', 1, true, NULL), (2, 'Steuerbescheid', 'Bescheid für Einkommensteuer', 2, true, NULL),
  (3, 'Arztrechnung', 'Liquidation GOÄ Rechnung', 2, true, NULL), (4, 'Nebenkostenabrechnung', 'Betriebskostenabrechnung Nebenkostenabrechnung', 1, true, NULL),
  (5, 'Versicherungsschein', 'Versicherungsschein', 3, true, NULL), (6, 'Kontoauszug', 'Kontoauszug', 3, true, NULL), (7, 'Rechnung', 'Rechnung', 1, true, NULL),
  (8, 'Renteninformation', 'Renteninformation', 3, true, NULL), (9, 'Spendenquittung', 'Zuwendungsbestätigung', 1, true, NULL), (10, 'Arbeitsvertrag', 'Arbeitsvertrag', 3, true, NULL),
  (11, 'Mietvertrag', 'Mietvertrag', 3, true, NULL), (12, 'Kindergeldbescheid', '', 6, true, NULL), (13, 'Befundbericht', 'Befund Diagnose', 1, true, NULL),
  (14, 'Bescheinigung', 'Bescheinigung', 1, true, NULL), (15, 'Brief', '', 0, true, NULL);

CREATE TABLE documents_storagepath (
    id serial PRIMARY KEY, name varchar(128) NOT NULL, match varchar(256) NOT NULL, matching_algorithm integer NOT NULL CHECK (matching_algorithm >= 0),
    is_insensitive boolean NOT NULL, path text NOT NULL, owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT documents_storagepath_unique_name_owner UNIQUE (name, owner_id)
);
INSERT INTO documents_storagepath VALUES
  (1, 'Mandanten nach Name', '', 0, true, 'Mandanten/{{ custom_fields|get_cf_value("Mandant") }}/{{ created_year }}/{{ title }}', NULL),
  (2, 'Jahr / Absender', '', 0, true, '{{ created_year }}/{{ correspondent }}/{{ title }}', NULL),
  (3, 'Privat Brandt', '', 0, true, 'Privat/{{ owner_username }}/{{ document_type }}/{{ created_year }}-{{ created_month }} {{ title }}', 2),
  (4, 'Privat Yılmaz', '', 0, true, 'Privat/{{ owner_username }}/{{ document_type }}/{{ created_year }}-{{ created_month }} {{ title }}', 3),
  (5, 'Kanzlei', 'Steuerbüro Brandt & Yılmaz', 3, true, 'Kanzlei/{{ document_type }}/{{ created }} {{ title }}', NULL),
  (6, 'Steuerakte', 'Finanzamt Steuernummer', 1, true, 'Steuerakte/{{ created_year }}/{{ correspondent }}/{{ asn }} {{ title }}', NULL);

-- ---------------------------------------------------------------------------
-- Documents. pgen.d plans 360 of them: the person the papers are about (s),
-- the document type (t), the correspondent (c), the date, the owner.
CREATE TABLE pgen.d (k int PRIMARY KEY, s int, t int, c int, cr date, yr int, owner int, sp int, ext text, mime text, orig text, title text, path text, cname text);
INSERT INTO pgen.d (k, s, t, cr, owner)
SELECT k,
       CASE WHEN k % 6 = 0 THEN 210 + k % 8 WHEN k % 10 = 1 THEN (ARRAY[5, 6, 220, 221, 222])[1 + fixture_gen.n('dsh', k, 5)] ELSE 1 + fixture_gen.n('ds', k, 120) END,
       (ARRAY[1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 7, 7, 7, 7, 8, 9, 10, 11, 12, 13, 13, 14, 14, 15, 15, 7])[1 + fixture_gen.n('dt', k, 30)],
       date '2021-01-04' + fixture_gen.n('dcr', k, 1420), NULL
FROM generate_series(1, 360) k;
UPDATE pgen.d SET yr = extract(year FROM cr)::int,
  owner = CASE WHEN s IN (5, 220, 221) THEN 2 WHEN s IN (6, 222) THEN 3 WHEN s BETWEEN 210 AND 217 THEN CASE WHEN k % 4 = 0 THEN 4 + k % 6 ELSE s - 200 END
               WHEN k % 13 = 0 THEN 18 ELSE 4 + fixture_gen.n('down', k, 6) END;
UPDATE pgen.d d SET c = CASE d.t
    WHEN 1 THEN CASE p.employer WHEN 'BMW AG' THEN 13 WHEN 'Siemens Healthineers AG' THEN 14 WHEN 'Stadtwerke München GmbH' THEN 7 WHEN 'Klinikum rechts der Isar' THEN 15
                  WHEN 'Allianz SE' THEN 5 WHEN 'Celonis SE' THEN 29 WHEN 'TU München' THEN 30 WHEN 'Landeshauptstadt München' THEN 19 ELSE 57 + d.k % 4 END
    WHEN 10 THEN CASE p.employer WHEN 'BMW AG' THEN 13 WHEN 'Celonis SE' THEN 29 ELSE 57 + d.k % 4 END
    WHEN 2 THEN 1 WHEN 3 THEN 33 + fixture_gen.n('dcd', d.k, 10) WHEN 13 THEN CASE WHEN d.k % 5 = 0 THEN 15 ELSE 33 + fixture_gen.n('dcd', d.k, 10) END
    WHEN 4 THEN (ARRAY[21, 22, 43, 44, 45, 46, 47, 48])[1 + fixture_gen.n('dcl', d.k, 8)] WHEN 11 THEN 43 + fixture_gen.n('dcl', d.k, 6)
    WHEN 5 THEN (ARRAY[5, 6, 27, 32, 23])[1 + fixture_gen.n('dci', d.k, 5)] WHEN 6 THEN 10 + fixture_gen.n('dcb', d.k, 3)
    WHEN 7 THEN (ARRAY[7, 8, 9, 16, 17, 20, 49, 50, 51, 52])[1 + fixture_gen.n('dcr7', d.k, 10)] WHEN 8 THEN 2 WHEN 9 THEN 24 + d.k % 2 WHEN 12 THEN 18
    WHEN 14 THEN (ARRAY[3, 4, 28, 31])[1 + fixture_gen.n('dcb14', d.k, 4)] ELSE (ARRAY[53, 54, 55, 56, 19, 26])[1 + fixture_gen.n('dc15', d.k, 6)] END
FROM pgen.p p WHERE p.i = d.s;
UPDATE pgen.d d SET cname = c.name FROM documents_correspondent c WHERE c.id = d.c;
UPDATE pgen.d SET ext = CASE WHEN k % 17 = 3 THEN 'jpg' WHEN k % 29 = 5 THEN 'png' WHEN k % 23 = 7 THEN 'eml' WHEN k % 31 = 4 THEN 'docx' ELSE 'pdf' END;
UPDATE pgen.d SET mime = CASE ext WHEN 'jpg' THEN 'image/jpeg' WHEN 'png' THEN 'image/png' WHEN 'eml' THEN 'message/rfc822'
  WHEN 'docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' ELSE 'application/pdf' END,
  sp = CASE WHEN s IN (5, 220, 221) THEN 3 WHEN s IN (6, 222) THEN 4 WHEN t = 2 THEN 6 WHEN k % 3 = 0 THEN 2 ELSE 1 END;
UPDATE pgen.d d SET
  title = CASE d.t
    WHEN 1 THEN 'Lohnabrechnung ' || to_char(d.cr, 'MM/YYYY') || CASE WHEN d.k % 3 <> 0 THEN ' ' || p.full_name ELSE '' END
    WHEN 2 THEN 'Einkommensteuerbescheid ' || (d.yr - 1) || ' ' || p.last
    WHEN 3 THEN 'Rechnung ' || d.cname || CASE WHEN d.k % 2 = 0 THEN ' für ' || p.first ELSE '' END
    WHEN 4 THEN 'Nebenkostenabrechnung ' || (d.yr - 1) || ' ' || split_part(p.street, ' ', 1)
    WHEN 5 THEN 'Versicherungsschein ' || d.cname || ' Nr. ' || fixture_gen.digits('vsn', d.k, 9)
    WHEN 6 THEN 'Kontoauszug ' || to_char(d.cr, 'MM/YYYY') || ' ' || d.cname
    WHEN 7 THEN 'Rechnung ' || d.cname || ' ' || to_char(d.cr, 'DD.MM.YYYY')
    WHEN 8 THEN 'Renteninformation ' || d.yr || ' ' || p.full_name
    WHEN 9 THEN 'Zuwendungsbestätigung ' || d.cname || ' ' || (d.yr - 1)
    WHEN 10 THEN 'Arbeitsvertrag ' || p.full_name
    WHEN 11 THEN 'Mietvertrag ' || p.street
    WHEN 12 THEN 'Kindergeldbescheid ' || p.last
    WHEN 13 THEN 'Befundbericht ' || p.first || ' ' || to_char(d.cr, 'DD.MM.YYYY')
    WHEN 14 THEN CASE WHEN d.c = 31 THEN 'Bescheinigung Kinderbetreuungskosten ' || (d.yr - 1) ELSE 'Bescheinigung Krankenkasse ' || p.last END
    ELSE 'Schreiben ' || d.cname || ' vom ' || to_char(d.cr, 'DD.MM.YYYY') END,
  orig = CASE WHEN d.k % 5 = 0 THEN 'Scan_' || to_char(d.cr, 'YYYY-MM-DD') || '_' || to_char(time '00:00' + make_interval(secs => fixture_gen.n('ost', d.k, 86400)), 'HH24MISS') || '.' || d.ext
              WHEN d.ext IN ('jpg', 'png') THEN CASE WHEN d.k % 2 = 0 THEN 'IMG_' || to_char(d.cr, 'YYYYMMDD') || '_' || to_char(time '00:00' + make_interval(secs => fixture_gen.n('oim', d.k, 86400)), 'HH24MISS') ELSE 'WhatsApp Image ' || to_char(d.cr, 'YYYY-MM-DD') || ' at ' || lpad((8 + fixture_gen.n('owh', d.k, 12))::text, 2, '0') || '.' || lpad(fixture_gen.n('owa', d.k, 60)::text, 2, '0') || '.' || lpad(fixture_gen.n('owb', d.k, 60)::text, 2, '0') END || '.' || d.ext
              WHEN d.ext = 'eml' THEN 'AW_ Unterlagen ' || p.last || '.eml'
              WHEN d.k % 5 = 1 THEN 'doc' || fixture_gen.digits('odoc', d.k, 8) || '.' || d.ext
              ELSE CASE d.t WHEN 1 THEN 'Entgeltabrechnung_' || to_char(d.cr, 'YYYY_MM') || '_' || pgen.fold(p.last) WHEN 2 THEN 'Steuerbescheid_' || (d.yr - 1) || '_' || pgen.fold(p.last) || '_' || pgen.fold(p.first)
                     WHEN 3 THEN 'Rechnung_' || fixture_gen.digits('ore', d.k, 6) || '_' || pgen.fold(p.first) || pgen.fold(p.last) WHEN 13 THEN 'Befund_' || pgen.fold(p.last) || '_' || to_char(d.cr, 'DDMMYYYY')
                     WHEN 10 THEN 'Arbeitsvertrag ' || p.full_name || ' unterschrieben' WHEN 11 THEN 'Mietvertrag_' || pgen.fold(p.last)
                     ELSE replace(d.cname, ' ', '_') || '_' || to_char(d.cr, 'YYYYMMDD') END || '.' || d.ext END
FROM pgen.p p WHERE p.i = d.s;
UPDATE pgen.d SET title = regexp_replace(orig, '\.[a-z]+$', '') WHERE k % 19 = 0;
UPDATE pgen.d d SET path = CASE d.sp
    WHEN 1 THEN 'Mandanten/' || p.last || ', ' || p.first || '/' || d.yr || '/' || replace(d.title, '/', '-')
    WHEN 2 THEN d.yr || '/' || d.cname || '/' || replace(d.title, '/', '-')
    WHEN 3 THEN 'Privat/kbrandt/' || (SELECT name FROM documents_documenttype WHERE id = d.t) || '/' || to_char(d.cr, 'YYYY-MM') || ' ' || replace(d.title, '/', '-')
    WHEN 4 THEN 'Privat/emre.ylmaz/' || (SELECT name FROM documents_documenttype WHERE id = d.t) || '/' || to_char(d.cr, 'YYYY-MM') || ' ' || replace(d.title, '/', '-')
    ELSE 'Steuerakte/' || d.yr || '/' || d.cname || '/' || lpad((1000 + d.k)::text, 7, '0') || ' ' || replace(d.title, '/', '-') END
FROM pgen.p p WHERE p.i = d.s;

-- Paperless appends _01, _02 to a file name already taken.
UPDATE pgen.d d SET path = d.path || '_' || lpad((x.rn - 1)::text, 2, '0')
FROM (SELECT k, row_number() OVER (PARTITION BY path ORDER BY k) AS rn FROM pgen.d) x WHERE x.k = d.k AND x.rn > 1;

-- ocr: the text the consumer extracted from a document.
CREATE FUNCTION pgen.ocr(t int, s int, k int, cname text, cr date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE t
    WHEN 1 THEN cname || E'\nPersonalabteilung\n\nHerrn/Frau\n' || p.full_name || E'\n' || p.street || E'\n' || p.postcode || ' ' || p.city
      || E'\n\nEntgeltabrechnung für ' || to_char(cr, 'MM/YYYY') || E'\nPersonalnummer ' || fixture_gen.digits('pnr', s, 6) || '   Eintritt ' || to_char(date '2015-01-01' + fixture_gen.n('eintr', s, 2900), 'DD.MM.YYYY')
      || E'\nGeburtsdatum ' || to_char(p.birth, 'DD.MM.YYYY') || '   Steuerklasse ' || (1 + fixture_gen.n('stk', s, 5)) || '   Konfession ' || fixture_gen.pick(ARRAY['rk', 'ev', '--', '--'], 'konf', s)
      || E'\nSteuer-ID ' || p.taxid || '   SV-Nummer ' || p.rvnr || E'\nKrankenkasse ' || p.insurer
      || E'\n\nGehalt                 ' || to_char(2800 + fixture_gen.n('brutto', s, 5200), 'FM9G999D00') || E'\nLohnsteuer             ' || to_char(300 + fixture_gen.n('lst', s, 1400), 'FM9G999D00')
      || E'\nSolidaritätszuschlag   0,00\nKrankenversicherung    ' || to_char(200 + fixture_gen.n('kv', s, 400), 'FM999D00')
      || E'\n\nAuszahlungsbetrag überwiesen auf IBAN ' || p.iban
    WHEN 2 THEN E'Finanzamt München\nDeroystraße 18, 80335 München\n\n' || p.full_name || E'\n' || p.street || E'\n' || p.postcode || ' ' || p.city
      || E'\n\nSteuernummer 14' || fixture_gen.digits('stnr', s, 1) || '/' || fixture_gen.digits('stnr2', s, 3) || '/' || fixture_gen.digits('stnr3', s, 5) || '   Identifikationsnummer ' || p.taxid
      || E'\n\nBescheid für ' || (extract(year FROM cr)::int - 1) || E' über Einkommensteuer und Solidaritätszuschlag\n\nFestgesetzt werden: Einkommensteuer ' || to_char(2000 + fixture_gen.n('est', k, 18000), 'FM99G999')
      || E' EUR\nDie Erstattung von ' || to_char(100 + fixture_gen.n('erst', k, 3000), 'FM9G999D00') || ' EUR wird auf das Konto ' || p.iban || E' überwiesen.\n\n'
      || CASE WHEN k % 3 = 0 THEN E'Erläuterungen: Die Aufwendungen für Krankheitskosten wurden nur teilweise berücksichtigt (zumutbare Belastung).\n' ELSE '' END
      || E'Rechtsbehelfsbelehrung: Der Bescheid kann mit dem Einspruch angefochten werden.'
    WHEN 3 THEN cname || E'\nFacharztpraxis · Sendlinger Str. ' || (1 + fixture_gen.n('pra', k, 60)) || E' · 80331 München\n\nPatient: ' || p.full_name || ', geb. ' || to_char(p.birth, 'DD.MM.YYYY')
      || E'\n' || p.street || ', ' || p.postcode || ' ' || p.city || E'\n\nRechnung nach GOÄ Nr. ' || fixture_gen.digits('reno', k, 7) || E'\nDiagnose: '
      || fixture_gen.pick(ARRAY['M54.5 Kreuzschmerz', 'J45.0 Asthma bronchiale', 'F32.1 mittelgradige depressive Episode', 'E11.9 Diabetes mellitus Typ 2', 'K02.1 Karies des Dentins', 'H52.1 Myopie', 'Z34 Überwachung einer normalen Schwangerschaft'], 'diag', k)
      || E'\n1   Beratung            10,72\n5   Untersuchung        10,72\n' || E'\nGesamtbetrag ' || to_char(40 + fixture_gen.n('arz', k, 900), 'FM9G999D00') || E' EUR\nBitte überweisen Sie auf DE' || fixture_gen.digits('arib', k, 20)
    WHEN 13 THEN cname || E'\n\nBefundbericht\nPatient: ' || p.full_name || ' (*' || to_char(p.birth, 'DD.MM.YYYY') || E')\nVersichertennummer ' || p.kvnr || ', ' || p.insurer
      || E'\n\nSehr geehrte Kollegin, sehr geehrter Kollege,\nwir berichten über ' || CASE WHEN k % 2 = 0 THEN 'Ihre Patientin' ELSE 'Ihren Patienten' END || ' ' || p.full_name || E', die/der sich am ' || to_char(cr, 'DD.MM.YYYY')
      || ' vorstellte. Befund: ' || fixture_gen.pick(ARRAY['MRT LWS: Bandscheibenprotrusion L4/L5 ohne Nervenkompression.', 'HbA1c 7,8 %, Einstellung auf Metformin.', 'Verdacht auf Burnout, Krankschreibung für 3 Wochen.',
        'Schwangerschaft 12. SSW, unauffällig.', 'Z. n. Kreuzbandriss rechts, Physiotherapie empfohlen.'], 'bef', k) || E'\n\nMit freundlichen kollegialen Grüßen'
    WHEN 4 THEN cname || E'\n\nBetriebskostenabrechnung für ' || (extract(year FROM cr)::int - 1) || E'\nMieter: ' || p.full_name || E'\nObjekt: ' || p.street || ', ' || p.postcode || ' ' || p.city || ', ' || (1 + fixture_gen.n('og', k, 5)) || E'. OG links\n\n'
      || E'Heizung  ' || to_char(600 + fixture_gen.n('hz', k, 900), 'FM9G999D00') || E'\nWasser   ' || to_char(200 + fixture_gen.n('ws', k, 300), 'FM999D00')
      || E'\nNachzahlung ' || to_char(50 + fixture_gen.n('nz', k, 600), 'FM999D00') || ' EUR bis zum ' || to_char(cr + 30, 'DD.MM.YYYY') || E'\nKonto der Vermieterin: ' || fixture_gen.iban('DE', '70150000' || fixture_gen.digits('vmi', k, 10))
    WHEN 11 THEN E'Mietvertrag über Wohnraum\n\nZwischen ' || cname || E' (Vermieter)\nund ' || p.full_name || ', geb. ' || to_char(p.birth, 'DD.MM.YYYY') || E' (Mieter)\nwird folgender Vertrag geschlossen: Die Wohnung '
      || p.street || ', ' || p.postcode || ' ' || p.city || E', 3 Zimmer, 78 m², wird ab ' || to_char(cr, 'DD.MM.YYYY') || ' vermietet. Kaltmiete ' || (900 + fixture_gen.n('mi', k, 1400)) || E' EUR.\nKaution auf Konto ' || p.iban
      || E'\nTelefon des Mieters: ' || p.phone || E'\nE-Mail: ' || p.email
    WHEN 5 THEN cname || E'\n\nVersicherungsschein Nr. ' || fixture_gen.digits('vsn', k, 9) || E'\nVersicherungsnehmer: ' || p.full_name || ', ' || p.street || ', ' || p.postcode || ' ' || p.city
      || E'\nGeburtsdatum: ' || to_char(p.birth, 'DD.MM.YYYY') || E'\nTarif: ' || fixture_gen.pick(ARRAY['Privathaftpflicht Komfort', 'Hausrat Plus', 'Kfz-Haftpflicht M-' || fixture_gen.chars('kfz', k, 2, 'ABCDEFGHKLMNPRSTUVWXYZ') || ' ' || fixture_gen.digits('kfzn', k, 4), 'Berufsunfähigkeit 2.000 EUR mtl.', 'Zahnzusatz ZEF'], 'tarif', k)
      || E'\nBeitrag: ' || to_char(5 + fixture_gen.n('vb', k, 120), 'FM999D00') || E' EUR monatlich per SEPA-Lastschrift von ' || p.iban || E'\nMandatsreferenz ' || fixture_gen.chars('mref', k, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    WHEN 6 THEN cname || E'\nKontoauszug ' || to_char(cr, 'MM/YYYY') || E'\nKontoinhaber: ' || p.full_name || E'\nIBAN: ' || p.iban || E'\n\n'
      || to_char(cr - 20, 'DD.MM.') || ' Gehalt ' || to_char(cr, 'MM/YYYY') || ' ' || p.employer || '   +' || to_char(2000 + fixture_gen.n('gh', k, 4000), 'FM9G999D00')
      || E'\n' || to_char(cr - 18, 'DD.MM.') || ' Miete Überweisung an ' || fixture_gen.full_name('vm', k) || '   -' || to_char(900 + fixture_gen.n('mt', k, 900), 'FM9G999D00')
      || E'\n' || to_char(cr - 12, 'DD.MM.') || ' Kartenzahlung REWE Markt   -' || to_char(fixture_gen.n('rw', k, 9000) / 100.0, 'FM990D00')
      || E'\n' || to_char(cr - 9, 'DD.MM.') || ' PayPal Europe ' || p.email || '   -' || to_char(fixture_gen.n('pp', k, 20000) / 100.0, 'FM9990D00')
    WHEN 7 THEN cname || E'\n\nRechnung Nr. R-' || fixture_gen.digits('rno', k, 8) || E'\nKundennummer ' || fixture_gen.digits('kdn', s, 9) || E'\n' || p.full_name || E'\n' || p.street || E'\n' || p.postcode || ' ' || p.city
      || E'\n\n' || fixture_gen.pick(ARRAY['Abschlag Strom und Erdgas', 'MagentaZuhause L', 'Rundfunkbeitrag 1. Quartal', 'Malerarbeiten Wohnzimmer, Lohnanteil 640,00 EUR', 'Austausch Durchlauferhitzer, Lohnanteil 310,00 EUR', 'Bestellung 302-' || fixture_gen.digits('amz', k, 7)], 'rpos', k)
      || E'\nBetrag ' || to_char(20 + fixture_gen.n('rb', k, 2000), 'FM9G999D00') || E' EUR\nDer Betrag wird von Ihrem Konto ' || p.iban || ' abgebucht.'
    WHEN 8 THEN E'Deutsche Rentenversicherung Bund\n\n' || p.full_name || E'\n' || p.street || E'\n' || p.postcode || ' ' || p.city || E'\n\nVersicherungsnummer ' || p.rvnr
      || E'\nRenteninformation ' || extract(year FROM cr) || E'\nIhre bisher erreichte Rentenanwartschaft: ' || to_char(400 + fixture_gen.n('ra', s, 1400), 'FM9G999D00') || ' EUR monatlich'
    WHEN 9 THEN cname || E'\nBestätigung über Geldzuwendungen\nName und Anschrift des Zuwendenden: ' || p.full_name || ', ' || p.street || ', ' || p.postcode || ' ' || p.city
      || E'\nBetrag der Zuwendung: ' || (20 + fixture_gen.n('spd', k, 500)) || ' EUR   Tag der Zuwendung: ' || to_char(cr - 60, 'DD.MM.YYYY')
    WHEN 10 THEN E'Arbeitsvertrag\n\nzwischen ' || cname || E' (Arbeitgeber)\nund ' || p.full_name || ', wohnhaft ' || p.street || ', ' || p.postcode || ' ' || p.city || ', geboren am ' || to_char(p.birth, 'DD.MM.YYYY')
      || E'\n\n§1 Beginn: ' || to_char(cr, 'DD.MM.YYYY') || E'\n§2 Tätigkeit: ' || fixture_gen.pick(ARRAY['Sachbearbeiterin Buchhaltung', 'Softwareentwickler', 'Pflegefachkraft', 'Projektleiter', 'Verkäuferin'], 'job', s)
      || E'\n§3 Vergütung: ' || to_char(36000 + fixture_gen.n('jahr', s, 60000), 'FM99G999') || E' EUR brutto jährlich\n§4 Urlaub: 30 Arbeitstage'
    WHEN 12 THEN E'Familienkasse Bayern Süd\n\n' || p.full_name || E'\n' || p.street || E'\n' || p.postcode || ' ' || p.city || E'\nKindergeldnummer ' || fixture_gen.digits('kgn', s, 3) || 'FK' || fixture_gen.digits('kgn2', s, 6)
      || E'\n\nFür Ihr Kind ' || fixture_gen.first_name('kind', s) || ', geboren am ' || to_char(date '2012-01-01' + fixture_gen.n('kgb', s, 3600), 'DD.MM.YYYY') || E', wird Kindergeld in Höhe von 250 EUR monatlich festgesetzt.\nIdentifikationsnummer des Kindes: '
      || (1 + fixture_gen.n('kid1', s, 9)) || fixture_gen.digits('kid', s, 10)
    WHEN 14 THEN cname || E'\n\nBescheinigung\nHiermit bestätigen wir, dass ' || p.full_name || ', geb. ' || to_char(p.birth, 'DD.MM.YYYY') || ', '
      || CASE WHEN cname LIKE 'Kita%' THEN 'für das Kind ' || fixture_gen.first_name('kind', s) || ' ' || p.last || ' im Jahr ' || (extract(year FROM cr)::int - 1) || ' Betreuungskosten von ' || (1200 + fixture_gen.n('kita', s, 3000)) || ' EUR gezahlt hat.'
           ELSE 'bei uns unter der Versichertennummer ' || p.kvnr || ' versichert ist. Im Jahr ' || (extract(year FROM cr)::int - 1) || ' wurden Beiträge von ' || to_char(2000 + fixture_gen.n('kvb', s, 5000), 'FM9G999D00') || ' EUR gezahlt.' END
    ELSE cname || E'\n\nSehr geehrte/r ' || p.full_name || E',\n\nin der Angelegenheit ' || fixture_gen.pick(ARRAY['Kündigung des Arbeitsverhältnisses', 'Nachlass Ihres Vaters', 'Ummeldung Ihres Wohnsitzes', 'Unterhalt'], 'brf', k)
      || ' bitten wir Sie, die Unterlagen bis zum ' || to_char(cr + 21, 'DD.MM.YYYY') || E' einzureichen. Rückfragen gern unter ' || p.phone || E' oder per E-Mail.\n\nMit freundlichen Grüßen' END
  FROM pgen.p p WHERE p.i = s
$$;

CREATE TABLE documents_document (
    id serial PRIMARY KEY, title varchar(128) NOT NULL, content text NOT NULL, created date NOT NULL, modified timestamptz NOT NULL, added timestamptz NOT NULL,
    storage_type varchar(11) NOT NULL, checksum varchar(32) NOT NULL UNIQUE, archive_checksum varchar(32), filename varchar(1024) UNIQUE, archive_filename varchar(1024) UNIQUE,
    archive_serial_number integer UNIQUE CHECK (archive_serial_number >= 0), mime_type varchar(256) NOT NULL, original_filename varchar(1024), page_count integer CHECK (page_count >= 1),
    correspondent_id integer REFERENCES documents_correspondent (id) DEFERRABLE INITIALLY DEFERRED, document_type_id integer REFERENCES documents_documenttype (id) DEFERRABLE INITIALLY DEFERRED,
    storage_path_id integer REFERENCES documents_storagepath (id) DEFERRABLE INITIALLY DEFERRED, owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    deleted_at timestamptz, restored_at timestamptz, transaction_id uuid
);
INSERT INTO documents_document
SELECT d.k, left(d.title, 128), pgen.ocr(d.t, d.s, d.k, d.cname, d.cr), d.cr,
       (d.cr + time '08:00') + make_interval(days => 1 + fixture_gen.n('dmod', d.k, 300), secs => fixture_gen.n('dmods', d.k, 36000)),
       (d.cr + time '07:30') + make_interval(days => fixture_gen.n('dadd', d.k, 20), secs => fixture_gen.n('dadds', d.k, 40000)),
       CASE WHEN d.k % 41 = 0 THEN 'gpg' ELSE 'unencrypted' END,
       md5('orig' || d.k), CASE WHEN d.ext = 'pdf' AND d.k % 5 = 0 THEN NULL ELSE md5('arch' || d.k) END,
       d.path || '.' || CASE WHEN d.k % 41 = 0 THEN d.ext || '.gpg' ELSE d.ext END, CASE WHEN d.ext = 'pdf' AND d.k % 5 = 0 THEN NULL ELSE d.path || '.pdf' END,
       CASE WHEN d.k % 4 <> 3 THEN 1000 + d.k END, d.mime, d.orig, CASE WHEN d.ext IN ('jpg', 'png', 'eml') THEN 1 ELSE 1 + fixture_gen.n('pgc', d.k, 6) END,
       CASE WHEN d.k % 37 = 0 THEN NULL ELSE d.c END, CASE WHEN d.k % 43 = 0 THEN NULL ELSE d.t END, d.sp, d.owner,
       CASE WHEN d.k % 47 = 0 THEN timestamptz '2024-11-02 10:00:00+00' + make_interval(secs => fixture_gen.n('ddel', d.k, 2000000)) END,
       CASE WHEN d.k % 53 = 0 THEN timestamptz '2024-06-02 10:00:00+00' + make_interval(secs => fixture_gen.n('dres', d.k, 2000000)) END,
       CASE WHEN d.k % 47 = 0 OR d.k % 53 = 0 THEN fixture_gen.uuid('dtx', d.k)::uuid END
FROM pgen.d d ORDER BY d.k;

CREATE TABLE documents_document_tags (id serial PRIMARY KEY, document_id integer NOT NULL REFERENCES documents_document (id) DEFERRABLE INITIALLY DEFERRED,
  tag_id integer NOT NULL REFERENCES documents_tag (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (document_id, tag_id));
INSERT INTO documents_document_tags (document_id, tag_id)
SELECT DISTINCT d.k, tg FROM pgen.d d CROSS JOIN LATERAL (VALUES
  (CASE WHEN d.yr BETWEEN 2022 AND 2024 AND d.t IN (1, 3, 7, 9, 12, 14) THEN d.yr - 2020 END),
  (CASE d.t WHEN 1 THEN 21 WHEN 3 THEN 7 WHEN 4 THEN 13 WHEN 5 THEN 10 WHEN 6 THEN 12 WHEN 8 THEN 11 WHEN 9 THEN 6 WHEN 10 THEN 22 WHEN 11 THEN 13 WHEN 12 THEN 26 WHEN 13 THEN 14 WHEN 14 THEN 9 END),
  (CASE WHEN d.k > 330 THEN 1 WHEN d.k % 7 = 0 THEN 17 WHEN d.k % 11 = 0 THEN 18 WHEN d.k % 13 = 0 THEN 20 END),
  (CASE WHEN d.sp IN (3, 4) THEN 27 WHEN d.k % 5 = 2 THEN 30 WHEN d.k % 9 = 0 THEN 29 END)) v(tg) WHERE tg IS NOT NULL ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Notes typed by staff and clients on documents.
CREATE TABLE documents_note (
    id serial PRIMARY KEY, note text NOT NULL, created timestamptz NOT NULL, document_id integer NOT NULL REFERENCES documents_document (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED, deleted_at timestamptz, restored_at timestamptz, transaction_id uuid
);
INSERT INTO documents_note (note, created, document_id, user_id, deleted_at, restored_at, transaction_id)
SELECT CASE fixture_gen.n('nt', g.k, 12)
    WHEN 0 THEN 'Rückfrage bei ' || p.first || ' ' || p.last || ' am ' || to_char(doc.created + 3, 'DD.MM.') || ': Kinderbetreuungskosten fehlen noch, Rückruf unter ' || p.phone
    WHEN 1 THEN 'Original per Post an ' || p.street || ', ' || p.postcode || ' ' || p.city || ' zurückgeschickt.'
    WHEN 2 THEN 'In DATEV übernommen, Beleg gebucht.'
    WHEN 3 THEN 'Mandantin hat neue Adresse: ' || fixture_gen.street('nadr', g.k) || ', ' || fixture_gen.postcode('nadr', g.k) || ' ' || fixture_gen.city('nadr', g.k) || '. Bitte Stammdaten ändern.'
    WHEN 4 THEN 'Einspruch eingelegt, Frist ' || to_char(doc.created + 30, 'DD.MM.YYYY') || '. Ansprechpartner beim Finanzamt: ' || fixture_gen.full_name('nfa', g.k) || ', Tel. 089 1252-' || fixture_gen.digits('nfat', g.k, 4)
    WHEN 5 THEN 'Scan unvollständig, Seite 2 fehlt.'
    WHEN 6 THEN 'Laut ' || p.first || ' ist die Rechnung für die Therapie der Tochter (' || fixture_gen.first_name('ntoch', g.k) || '), bitte als außergewöhnliche Belastung ansetzen.'
    WHEN 7 THEN 'Bitte prüfen: IBAN weicht ab, neues Konto ' || fixture_gen.iban_for('nib', g.k) || ' laut Mail von ' || p.email
    WHEN 8 THEN 'Doppelt hochgeladen, siehe ASN ' || (1000 + g.k % 300) || '.'
    WHEN 9 THEN 'Erledigt.'
    WHEN 10 THEN 'Steuer-ID des Ehepartners: ' || (1 + fixture_gen.n('nst1', g.k, 9)) || fixture_gen.digits('nst', g.k, 10) || ' (' || fixture_gen.first_name('nehe', g.k) || ')'
    ELSE 'Kopie an ' || fixture_gen.pick(ARRAY['Frau', 'Herrn'], 'nanr', g.k) || ' ' || fixture_gen.last_name('nkop', g.k) || ' (Rechtsanwältin) weitergeleitet.' END,
  doc.added + make_interval(hours => 2 + fixture_gen.n('ncr', g.k, 2000)), doc.id,
  CASE WHEN doc.owner_id BETWEEN 10 AND 17 AND g.k % 3 = 0 THEN doc.owner_id ELSE 2 + fixture_gen.n('nu', g.k, 8) END,
  CASE WHEN g.k % 29 = 0 THEN timestamptz '2024-10-01 00:00:00+00' + make_interval(secs => fixture_gen.n('ndel', g.k, 4000000)) END, NULL,
  CASE WHEN g.k % 29 = 0 THEN fixture_gen.uuid('ntx', g.k)::uuid END
FROM generate_series(1, 170) g(k) JOIN documents_document doc ON doc.id = 1 + fixture_gen.n('nd', g.k, 360) JOIN pgen.d d ON d.k = doc.id JOIN pgen.p p ON p.i = d.s;

-- ---------------------------------------------------------------------------
-- Custom fields and their values.
CREATE TABLE documents_customfield (
    id serial PRIMARY KEY, created timestamptz NOT NULL, name varchar(128) NOT NULL UNIQUE, data_type varchar(50) NOT NULL, extra_data jsonb
);
INSERT INTO documents_customfield VALUES
  (1, '2023-12-12 09:10:00+00', 'Mandant', 'string', '{"select_options": [], "default_currency": null}'),
  (2, '2023-12-12 09:11:00+00', 'Mandantennummer', 'string', '{"select_options": [], "default_currency": null}'),
  (3, '2023-12-12 09:12:00+00', 'Betrag', 'monetary', '{"select_options": [], "default_currency": "EUR"}'),
  (4, '2023-12-12 09:13:00+00', 'Fällig am', 'date', NULL),
  (5, '2023-12-12 09:14:00+00', 'Steuerjahr', 'integer', NULL),
  (6, '2024-01-08 14:00:00+00', 'IBAN', 'string', NULL),
  (7, '2024-01-08 14:02:00+00', 'Steuer-ID', 'string', NULL),
  (8, '2024-01-08 14:05:00+00', 'DATEV Unternehmen online', 'url', NULL),
  (9, '2024-02-19 10:30:00+00', 'Zugehörige Dokumente', 'documentlink', NULL),
  (10, '2024-02-19 10:31:00+00', 'Steuerlich absetzbar', 'boolean', NULL),
  (11, '2024-03-04 08:00:00+00', 'Belegart', 'select', '{"select_options": [{"id": "a1Xk3", "label": "Werbungskosten"}, {"id": "b7Qz9", "label": "Sonderausgaben"}, {"id": "c2Lm4", "label": "Außergewöhnliche Belastung"}, {"id": "d9Rt1", "label": "Haushaltsnahe Dienstleistung"}]}'),
  (12, '2024-03-04 08:05:00+00', 'Geburtsdatum Kind', 'date', NULL),
  (13, '2024-05-21 16:40:00+00', 'Kilometer', 'float', NULL),
  (14, '2024-05-21 16:42:00+00', 'Ansprechpartner', 'string', NULL),
  (15, '2024-09-10 11:00:00+00', 'Sachverhalt', 'longtext', NULL);

CREATE TABLE documents_customfieldinstance (
    id serial PRIMARY KEY, created timestamptz NOT NULL, value_text varchar(128), value_bool boolean, value_url varchar(200), value_date date, value_int integer,
    value_float double precision, value_long_text text, value_monetary varchar(128),
    value_monetary_amount numeric(65, 2) GENERATED ALWAYS AS (CASE WHEN value_monetary ~ '^[A-Z]{3}' THEN nullif(substr(value_monetary, 4), '')::numeric(65, 2) ELSE nullif(value_monetary, '')::numeric(65, 2) END) STORED, value_document_ids jsonb, value_select varchar(16),
    document_id integer NOT NULL REFERENCES documents_document (id) DEFERRABLE INITIALLY DEFERRED, field_id integer NOT NULL REFERENCES documents_customfield (id) DEFERRABLE INITIALLY DEFERRED,
    deleted_at timestamptz, restored_at timestamptz, transaction_id uuid, UNIQUE (document_id, field_id)
);
INSERT INTO documents_customfieldinstance (created, value_text, value_bool, value_url, value_date, value_int, value_float, value_long_text, value_monetary, value_document_ids, value_select,
  document_id, field_id, deleted_at, restored_at, transaction_id)
SELECT doc.added + interval '1 hour' + make_interval(secs => fixture_gen.n('cfi', doc.id * 20 + f, 300000)),
  CASE f WHEN 1 THEN p.last || ', ' || p.first WHEN 2 THEN 'M-' || (10000 + d.s) WHEN 6 THEN p.iban WHEN 7 THEN p.taxid
         WHEN 14 THEN CASE WHEN doc.id % 2 = 0 THEN fixture_gen.full_name('cfap', doc.id) || ', ' || fixture_gen.phone('cfap', doc.id) ELSE fixture_gen.full_name('cfap', doc.id) END END,
  CASE WHEN f = 10 THEN doc.id % 3 <> 0 END,
  CASE WHEN f = 8 THEN CASE WHEN doc.id % 3 = 0 THEN 'https://duo.datev.de/beleg/' || fixture_gen.uuid('duob', doc.id)
       ELSE 'https://duo.datev.de/share/' || pgen.rnd('duo', doc.id, 32) || '?token=' || pgen.b64url('duot', doc.id, 24) END END,
  CASE f WHEN 4 THEN doc.created + 14 + fixture_gen.n('cfdue', doc.id, 30) WHEN 12 THEN date '2010-01-01' + fixture_gen.n('cfkb', d.s, 4700) END,
  CASE WHEN f = 5 THEN extract(year FROM doc.created)::int - 1 END,
  CASE WHEN f = 13 THEN (20 + fixture_gen.n('cfkm', doc.id, 400)) / 10.0 * 10 END,
  CASE WHEN f = 15 THEN fixture_gen.pick(ARRAY['Mandant ist im Juni umgezogen, Umzugskosten beruflich veranlasst (neuer Arbeitgeber). Belege für Möbelspedition folgen.',
    'Ehefrau ' || fixture_gen.first_name('cfsv', doc.id) || ' seit 03/2023 in Elternzeit, Elterngeld beachten (Progressionsvorbehalt).',
    'Behandlung in der Tagesklinik wegen Depression, ärztliche Verordnung liegt vor. Fahrtkosten ' || (12 + fixture_gen.n('cfsvk', doc.id, 40)) || ' Fahrten.',
    'Doppelte Haushaltsführung: Zweitwohnung ' || fixture_gen.street('cfsvs', doc.id) || ', Miete 780 EUR.',
    'Keine Besonderheiten.'], 'cfsv', doc.id) END,
  CASE WHEN f = 3 THEN 'EUR' || to_char((500 + fixture_gen.n('cfmon', doc.id, 250000)) / 100.0, 'FM999990.00') END,
  CASE WHEN f = 9 THEN jsonb_build_array(1 + (doc.id + 7) % 360, 1 + (doc.id + 111) % 360) END,
  CASE WHEN f = 11 THEN fixture_gen.pick(ARRAY['a1Xk3', 'b7Qz9', 'c2Lm4', 'd9Rt1'], 'cfsel', doc.id) END,
  doc.id, f, CASE WHEN doc.deleted_at IS NOT NULL THEN doc.deleted_at END, NULL, CASE WHEN doc.deleted_at IS NOT NULL THEN doc.transaction_id END
FROM documents_document doc JOIN pgen.d d ON d.k = doc.id JOIN pgen.p p ON p.i = d.s
CROSS JOIN LATERAL unnest(CASE WHEN d.sp = 1 THEN ARRAY[1, 2] ELSE ARRAY[]::int[] END
  || CASE WHEN d.t IN (3, 4, 7) THEN ARRAY[3, 4, 10, 11] WHEN d.t IN (2, 8) THEN ARRAY[5, 7] WHEN d.t IN (1, 6) THEN ARRAY[6, 5] WHEN d.t IN (12, 14) THEN ARRAY[12, 5] WHEN d.t = 15 THEN ARRAY[14] WHEN d.t = 5 THEN ARRAY[3, 13] ELSE ARRAY[]::int[] END
  || CASE WHEN doc.id % 4 = 0 THEN ARRAY[8] ELSE ARRAY[]::int[] END || CASE WHEN doc.id % 9 = 0 THEN ARRAY[9] ELSE ARRAY[]::int[] END
  || CASE WHEN doc.id % 7 = 2 AND d.t IN (1, 2, 3, 13) THEN ARRAY[15] ELSE ARRAY[]::int[] END) f
ORDER BY doc.id, f;

-- ---------------------------------------------------------------------------
-- Share links: the slug is the link's only secret.
CREATE TABLE documents_sharelink (
    id serial PRIMARY KEY, created timestamptz NOT NULL, expiration timestamptz, slug varchar(50) NOT NULL UNIQUE, file_version varchar(50) NOT NULL,
    document_id integer NOT NULL REFERENCES documents_document (id) DEFERRABLE INITIALLY DEFERRED, owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO documents_sharelink (created, expiration, slug, file_version, document_id, owner_id)
SELECT pgen.at('shc', k), CASE WHEN k % 4 = 0 THEN NULL ELSE pgen.at('shc', k) + (ARRAY[interval '1 day', interval '7 days', interval '30 days'])[1 + k % 3] END,
       pgen.rnd('shs', k, 50), CASE WHEN k % 5 = 0 THEN 'original' ELSE 'archive' END, 1 + fixture_gen.n('shd', k, 360), 2 + fixture_gen.n('sho', k, 8)
FROM generate_series(1, 60) k;

-- ---------------------------------------------------------------------------
-- Saved views and their filter rules (rule types: 0 title contains, 1
-- content contains, 3 correspondent is, 6 has tag, 19 title or content, 20
-- full text query, 26 custom field query, 36 owner is, 41 created after).
CREATE TABLE documents_savedview (
    id serial PRIMARY KEY, name varchar(128) NOT NULL, show_on_dashboard boolean NOT NULL, show_in_sidebar boolean NOT NULL, sort_field varchar(128),
    sort_reverse boolean NOT NULL, owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED, page_size integer CHECK (page_size >= 1),
    display_mode varchar(128), display_fields jsonb
);
CREATE TABLE pgen.sv (id int, name text, owner int, rt int, val text);
INSERT INTO pgen.sv VALUES
  (1, 'Posteingang', 2, 6, '1'), (2, 'Posteingang', 3, 6, '1'), (3, 'Fristen', 2, 6, '16'), (4, 'Rückfragen offen', 4, 6, '18'),
  (5, 'Steuer 2023', 5, 6, '3'), (6, 'Arztrechnungen 2023', 6, 3, NULL), (7, 'Lohnabrechnungen ohne Mandant', 7, 6, '21');
INSERT INTO pgen.sv SELECT 7 + k, 'Mandant ' || p.last || ', ' || p.first, 4 + k % 6, 0, p.last FROM generate_series(1, 14) k JOIN pgen.p p ON p.i = 3 * k + 1;
INSERT INTO pgen.sv VALUES (22, 'Suche Steuer-ID', 4, 20, NULL), (23, 'Meine Belege', 12, 36, '12'), (24, 'Meine Belege', 15, 36, '15'), (25, 'Kita Belege', 2, 19, 'Kita Regenbogen'),
  (26, 'Unbezahlt', 8, 26, '["Betrag", "exists", true]'), (27, 'Neu seit Januar', 9, 41, '2024-01-01');
UPDATE pgen.sv SET val = (SELECT taxid FROM pgen.p WHERE i = 41) WHERE id = 22;
UPDATE pgen.sv SET val = '38' WHERE id = 6;
INSERT INTO documents_savedview
SELECT id, name, id IN (1, 2, 3, 4, 23, 24), id <= 5 OR id > 21, fixture_gen.pick(ARRAY['created', 'added', 'title', 'correspondent__name', 'archive_serial_number'], 'svsf', id),
       id % 3 <> 0, owner, CASE WHEN id % 4 = 0 THEN 100 WHEN id % 4 = 1 THEN 50 END, fixture_gen.pick(ARRAY['table', 'smallCards', 'largeCards'], 'svdm', id),
       CASE WHEN id % 2 = 0 THEN '["title", "created", "correspondent", "tag", "custom_field_1", "custom_field_3"]'::jsonb ELSE '["title", "created", "asn", "note"]'::jsonb END
FROM pgen.sv ORDER BY id;

CREATE TABLE documents_savedviewfilterrule (
    id serial PRIMARY KEY, rule_type integer NOT NULL CHECK (rule_type >= 0), value varchar(255),
    saved_view_id integer NOT NULL REFERENCES documents_savedview (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO documents_savedviewfilterrule (rule_type, value, saved_view_id)
SELECT rt, val, id FROM pgen.sv
UNION ALL SELECT 17, '17', id FROM pgen.sv WHERE id IN (1, 2, 3, 4, 7)
UNION ALL SELECT 20, fixture_gen.pick(ARRAY['Krankheitskosten', 'Lohnanteil', 'Zuwendungsbestätigung', 'Nebenkosten'], 'svq', id), id FROM pgen.sv WHERE id BETWEEN 8 AND 13
UNION ALL SELECT 1, p.iban, 8 + k FROM generate_series(1, 4) k JOIN pgen.p p ON p.i = 3 * (k + 1) + 1
UNION ALL SELECT 41, '2023-01-01', 5 UNION ALL SELECT 42, '2023-12-31', 5 UNION ALL SELECT 4, '3', 6
ORDER BY 3, 1;

-- ---------------------------------------------------------------------------
-- Workflows: triggers (1 consumption started, 2 document added, 3 updated,
-- 4 scheduled), actions (1 assignment, 2 removal, 3 email, 4 webhook).
CREATE TABLE documents_workflowactionemail (
    id serial PRIMARY KEY, subject varchar(256) NOT NULL, body text NOT NULL, "to" text NOT NULL, include_document boolean NOT NULL
);
INSERT INTO documents_workflowactionemail (id, subject, body, "to", include_document)
SELECT k, s, b, t, k % 2 = 1 FROM (VALUES
  (1, 'Neues Dokument: {doc_title}', 'Hallo,\n\nfür Sie wurde ein neues Dokument abgelegt: {doc_title} ({doc_url}).\n\nViele Grüße\nIhr Steuerbüro Brandt & Yılmaz', 'k.brandt@stb-brandt-yilmaz.de, e.yilmaz@stb-brandt-yilmaz.de'),
  (2, 'Frist beachten: {doc_title}', 'Achtung, Frist! Das Dokument {doc_title} von {correspondent} wurde am {added} abgelegt. Bitte bis Ende der Woche bearbeiten.', 'fristen@stb-brandt-yilmaz.de'),
  (3, 'Ihre Unterlagen sind eingegangen', 'Sehr geehrte Frau Okafor,\n\nwir haben Ihre Lohnabrechnungen erhalten. Es fehlt noch die Bescheinigung der Kita für Ihren Sohn Chidi.\n\nMit freundlichen Grüßen\nKatharina Brandt', 'amara.okafor@gmx.de'),
  (4, 'Bescheid eingegangen: {doc_title}', 'Der Steuerbescheid {doc_title} ist da. Bitte prüfen, ob Einspruch nötig ist.', 'g.ruiz@stb-brandt-yilmaz.de'),
  (5, 'Arztrechnung {doc_title}', 'Neue Arztrechnung für die Steuererklärung von Mehmet Demir (Tel. 0176-44817203).', 'mehmet.demir@web.de, m.demir.privat@icloud.com'),
  (6, 'Scan fehlgeschlagen', 'Der Scan {original_filename} konnte nicht zugeordnet werden.', 'it@stb-brandt-yilmaz.de')) v(k, s, b, t);
UPDATE documents_workflowactionemail SET body = replace(body, '\n', E'\n');

CREATE TABLE documents_workflowactionwebhook (
    id serial PRIMARY KEY, url text NOT NULL, use_params boolean NOT NULL, params jsonb, body text, headers jsonb, include_document boolean NOT NULL, as_json boolean NOT NULL
);
INSERT INTO documents_workflowactionwebhook VALUES
  (1, 'https://n8n.stb-brandt-yilmaz.de/webhook/paperless-neu', false, NULL, '{"title": "{doc_title}", "url": "{doc_url}", "correspondent": "{correspondent}"}',
   jsonb_build_object('Authorization', 'Bearer ' || 'n8n_' || pgen.rnd('whk', 1, 40), 'Content-Type', 'application/json'), false, true),
  (2, 'https://hooks.slack.com/services/T0' || fixture_gen.chars('slk1', 2, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('slk2', 2, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || pgen.rnd('slk3', 2, 24),
   false, NULL, '{"text": "Neues Dokument {doc_title} von {correspondent}"}', NULL, false, true),
  (3, 'http://paperless-ai:3000/api/webhook/document', true, '{"document_id": "{doc_id}", "source": "paperless"}', NULL,
   jsonb_build_object('x-api-key', pgen.rnd('pai', 3, 48)), false, false),
  (4, 'https://datev-bridge.internal.stb-brandt-yilmaz.de/upload', false, NULL, NULL,
   jsonb_build_object('Authorization', 'Basic ' || translate(encode(convert_to('datevsync:' || pgen.rnd('dvpw', 4, 18), 'UTF8'), 'base64'), E'\n', ''), 'X-Mandant', 'M-10042'), true, false),
  (5, 'https://ntfy.sh/stb-brandt-fristen', false, NULL, 'Frist: {doc_title}', '{"Title": "Paperless", "Priority": "high"}', false, false);

CREATE TABLE documents_workflowaction (
    id serial PRIMARY KEY, type integer NOT NULL CHECK (type >= 0), assign_title varchar(256), assign_correspondent_id integer REFERENCES documents_correspondent (id) DEFERRABLE INITIALLY DEFERRED,
    assign_document_type_id integer REFERENCES documents_documenttype (id) DEFERRABLE INITIALLY DEFERRED, assign_storage_path_id integer REFERENCES documents_storagepath (id) DEFERRABLE INITIALLY DEFERRED,
    assign_owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED, remove_all_correspondents boolean NOT NULL, remove_all_custom_fields boolean NOT NULL,
    remove_all_document_types boolean NOT NULL, remove_all_owners boolean NOT NULL, remove_all_permissions boolean NOT NULL, remove_all_storage_paths boolean NOT NULL,
    remove_all_tags boolean NOT NULL, assign_custom_fields_values jsonb, email_id integer UNIQUE REFERENCES documents_workflowactionemail (id) DEFERRABLE INITIALLY DEFERRED,
    webhook_id integer UNIQUE REFERENCES documents_workflowactionwebhook (id) DEFERRABLE INITIALLY DEFERRED, "order" integer NOT NULL
);
INSERT INTO documents_workflowaction VALUES
  (1, 1, 'Lohnabrechnung {created_month}/{created_year}', NULL, 1, 1, NULL, false, false, false, false, false, false, false, '{}', NULL, NULL, 0),
  (2, 1, '{correspondent} {created}', NULL, NULL, 2, NULL, false, false, false, false, false, false, false, '{}', NULL, NULL, 0),
  (3, 1, 'Steuerunterlagen Okafor {original_filename}', 58, NULL, 1, 4, false, false, false, false, false, false, false, '{"1": "Okafor, Amara", "2": "M-10117"}', NULL, NULL, 0),
  (4, 3, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, 1, NULL, 1),
  (5, 3, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, 2, NULL, 1),
  (6, 3, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, 3, NULL, 2),
  (7, 4, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, NULL, 1, 2),
  (8, 4, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, NULL, 2, 3),
  (9, 4, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, NULL, 3, 0),
  (10, 2, NULL, NULL, NULL, NULL, NULL, false, false, false, false, true, false, false, NULL, NULL, NULL, 0),
  (11, 1, 'Arztrechnung {correspondent}', NULL, 3, NULL, NULL, false, false, false, false, false, false, false, '{"10": true}', NULL, NULL, 0),
  (12, 3, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, 4, NULL, 0),
  (13, 3, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, 5, NULL, 1),
  (14, 4, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, NULL, 4, 1),
  (15, 4, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, NULL, 5, 0),
  (16, 3, NULL, NULL, NULL, NULL, NULL, false, false, false, false, false, false, false, NULL, 6, NULL, 0),
  (17, 1, 'Kontoauszug {created_year}-{created_month}', NULL, 6, 2, NULL, false, false, false, false, false, false, false, '{}', NULL, NULL, 0),
  (18, 1, 'Brief Familie Yılmaz {added}', NULL, 15, 4, 3, false, false, false, false, false, false, false, '{}', NULL, NULL, 0);

CREATE TABLE documents_workflowaction_assign_tags (id serial PRIMARY KEY, workflowaction_id integer NOT NULL REFERENCES documents_workflowaction (id) DEFERRABLE INITIALLY DEFERRED,
  tag_id integer NOT NULL REFERENCES documents_tag (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (workflowaction_id, tag_id));
INSERT INTO documents_workflowaction_assign_tags (workflowaction_id, tag_id) VALUES (1, 21), (1, 1), (2, 1), (3, 18), (3, 1), (11, 7), (11, 14), (17, 12), (18, 27);

-- The actions' many-to-many assignments and removals.
CREATE FUNCTION pgen.m2m(tbl text, col text, ref text, pairs int[][]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TABLE %I (id serial PRIMARY KEY, workflowaction_id integer NOT NULL REFERENCES documents_workflowaction (id) DEFERRABLE INITIALLY DEFERRED, '
    || '%I integer NOT NULL REFERENCES %I (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (workflowaction_id, %I))', tbl, col, ref, col);
  IF cardinality(pairs) > 0 THEN
    EXECUTE format('INSERT INTO %I (workflowaction_id, %I) SELECT $1[k][1], $1[k][2] FROM generate_series(1, array_length($1, 1)) k', tbl, col) USING pairs;
  END IF;
END $$;
SELECT pgen.m2m('documents_workflowaction_assign_view_users', 'user_id', 'auth_user', ARRAY[[1, 2], [1, 3], [3, 2], [3, 4], [11, 2], [17, 3], [18, 22]]);
SELECT pgen.m2m('documents_workflowaction_assign_view_groups', 'group_id', 'auth_group', ARRAY[[1, 1], [2, 1], [3, 1], [11, 1], [17, 5], [18, 4]]);
SELECT pgen.m2m('documents_workflowaction_assign_change_users', 'user_id', 'auth_user', ARRAY[[1, 2], [3, 4], [18, 3]]);
SELECT pgen.m2m('documents_workflowaction_assign_change_groups', 'group_id', 'auth_group', ARRAY[[1, 1], [2, 1], [3, 1], [17, 5]]);
SELECT pgen.m2m('documents_workflowaction_assign_custom_fields', 'customfield_id', 'documents_customfield', ARRAY[[1, 1], [1, 2], [1, 6], [3, 1], [3, 2], [11, 3], [11, 4], [11, 10], [17, 6]]);
SELECT pgen.m2m('documents_workflowaction_remove_tags', 'tag_id', 'documents_tag', ARRAY[[10, 1], [10, 18], [10, 20]]);
SELECT pgen.m2m('documents_workflowaction_remove_correspondents', 'correspondent_id', 'documents_correspondent', ARRAY[[10, 4]]);
SELECT pgen.m2m('documents_workflowaction_remove_document_types', 'documenttype_id', 'documents_documenttype', ARRAY[[10, 15]]);
SELECT pgen.m2m('documents_workflowaction_remove_storage_paths', 'storagepath_id', 'documents_storagepath', ARRAY[[10, 2]]);
SELECT pgen.m2m('documents_workflowaction_remove_custom_fields', 'customfield_id', 'documents_customfield', ARRAY[[10, 14]]);
SELECT pgen.m2m('documents_workflowaction_remove_owners', 'user_id', 'auth_user', ARRAY[[10, 18]]);
SELECT pgen.m2m('documents_workflowaction_remove_view_users', 'user_id', 'auth_user', ARRAY[[10, 19]]);
SELECT pgen.m2m('documents_workflowaction_remove_view_groups', 'group_id', 'auth_group', ARRAY[[10, 6]]);
SELECT pgen.m2m('documents_workflowaction_remove_change_users', 'user_id', 'auth_user', ARRAY[[10, 19], [10, 18]]);
SELECT pgen.m2m('documents_workflowaction_remove_change_groups', 'group_id', 'auth_group', ARRAY[[10, 6]]);

CREATE TABLE documents_workflowtrigger (
    id serial PRIMARY KEY, type integer NOT NULL CHECK (type >= 0), sources varchar(5) NOT NULL, filter_filename varchar(256), filter_path varchar(256),
    filter_mailrule_id integer, matching_algorithm integer NOT NULL CHECK (matching_algorithm >= 0), match varchar(256) NOT NULL, is_insensitive boolean NOT NULL,
    filter_has_correspondent_id integer REFERENCES documents_correspondent (id) DEFERRABLE INITIALLY DEFERRED,
    filter_has_document_type_id integer REFERENCES documents_documenttype (id) DEFERRABLE INITIALLY DEFERRED,
    schedule_date_custom_field_id integer REFERENCES documents_customfield (id) DEFERRABLE INITIALLY DEFERRED, schedule_date_field varchar(20) NOT NULL,
    schedule_is_recurring boolean NOT NULL, schedule_offset_days integer NOT NULL, schedule_recurring_interval_days integer NOT NULL CHECK (schedule_recurring_interval_days >= 1),
    filter_has_storage_path_id integer REFERENCES documents_storagepath (id) DEFERRABLE INITIALLY DEFERRED, filter_custom_field_query text
);
INSERT INTO documents_workflowtrigger VALUES
  (1, 1, '1,2,3', '*Entgeltabrechnung*', NULL, NULL, 0, '', true, NULL, NULL, NULL, 'added', false, 0, 1),
  (2, 1, '1', NULL, '/usr/src/paperless/consume/scanner/*', NULL, 0, '', true, NULL, NULL, NULL, 'added', false, 0, 1),
  (3, 1, '1,2', '*Okafor*', NULL, NULL, 0, '', true, NULL, NULL, NULL, 'added', false, 0, 1),
  (4, 2, '1,2,3', NULL, NULL, NULL, 1, 'Frist', true, NULL, NULL, NULL, 'added', false, 0, 1),
  (5, 2, '3', NULL, NULL, 3, 0, '', true, NULL, NULL, NULL, 'added', false, 0, 1),
  (6, 2, '1,2,3', NULL, NULL, NULL, 0, '', true, 1, 2, NULL, 'added', false, 0, 1),
  (7, 3, '1,2,3', NULL, NULL, NULL, 0, '', true, NULL, NULL, NULL, 'added', false, 0, 1),
  (8, 4, '1,2,3', NULL, NULL, NULL, 0, '', true, NULL, NULL, 4, 'custom_field', true, -3, 7),
  (9, 1, '1,2', '*Demir*', NULL, NULL, 0, '', true, NULL, 3, NULL, 'added', false, 0, 1),
  (10, 1, '1', '*.eml', NULL, NULL, 0, '', true, NULL, NULL, NULL, 'added', false, 0, 1),
  (11, 1, '1', NULL, '/usr/src/paperless/consume/privat/*', NULL, 0, '', true, NULL, NULL, NULL, 'added', false, 0, 1),
  (12, 2, '1,2,3', NULL, NULL, NULL, 4, 'IBAN\s*DE\d{2}', true, NULL, 6, NULL, 'added', false, 0, 1);
UPDATE documents_workflowtrigger SET filter_has_storage_path_id = 1 WHERE id IN (3, 9);
UPDATE documents_workflowtrigger SET filter_custom_field_query = '["AND", [[2, "exists", true], [3, "gt", 500]]]' WHERE id = 7;
UPDATE documents_workflowtrigger SET filter_custom_field_query = '["OR", [[1, "icontains", "Okafor"], [7, "exact", "' || (SELECT taxid FROM pgen.p WHERE i = 41) || '"]]]' WHERE id = 6;

CREATE TABLE documents_workflowtrigger_filter_has_tags (id serial PRIMARY KEY, workflowtrigger_id integer NOT NULL REFERENCES documents_workflowtrigger (id) DEFERRABLE INITIALLY DEFERRED,
  tag_id integer NOT NULL REFERENCES documents_tag (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (workflowtrigger_id, tag_id));
INSERT INTO documents_workflowtrigger_filter_has_tags (workflowtrigger_id, tag_id) VALUES (4, 16), (6, 15), (7, 18), (12, 12);

-- The triggers' tag and exclusion filters.
CREATE FUNCTION pgen.m2t(tbl text, col text, ref text, pairs int[][]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TABLE %I (id serial PRIMARY KEY, workflowtrigger_id integer NOT NULL REFERENCES documents_workflowtrigger (id) DEFERRABLE INITIALLY DEFERRED, '
    || '%I integer NOT NULL REFERENCES %I (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (workflowtrigger_id, %I))', tbl, col, ref, col);
  EXECUTE format('INSERT INTO %I (workflowtrigger_id, %I) SELECT $1[k][1], $1[k][2] FROM generate_series(1, array_length($1, 1)) k', tbl, col) USING pairs;
END $$;
SELECT pgen.m2t('documents_workflowtrigger_filter_has_all_tags', 'tag_id', 'documents_tag', ARRAY[[7, 18], [7, 3], [12, 12], [12, 1]]);
SELECT pgen.m2t('documents_workflowtrigger_filter_has_not_tags', 'tag_id', 'documents_tag', ARRAY[[4, 17], [6, 17], [7, 27], [12, 30]]);
SELECT pgen.m2t('documents_workflowtrigger_filter_has_not_correspondents', 'correspondent_id', 'documents_correspondent', ARRAY[[6, 26], [12, 16]]);
SELECT pgen.m2t('documents_workflowtrigger_filter_has_not_document_types', 'documenttype_id', 'documents_documenttype', ARRAY[[4, 9], [7, 15]]);
SELECT pgen.m2t('documents_workflowtrigger_filter_has_not_storage_paths', 'storagepath_id', 'documents_storagepath', ARRAY[[4, 3], [4, 4], [7, 3], [7, 4]]);

CREATE TABLE documents_workflow (id serial PRIMARY KEY, name varchar(256) NOT NULL UNIQUE, "order" integer NOT NULL, enabled boolean NOT NULL);
INSERT INTO documents_workflow VALUES (1, 'Lohnabrechnungen zuordnen', 0, true), (2, 'Scanner-Eingang', 1, true), (3, 'Mandantin Okafor', 2, true), (4, 'Fristen melden', 3, true),
  (5, 'Mail-Eingang', 4, true), (6, 'Steuerbescheide', 5, true), (7, 'Rückfrage an Mandant', 6, false), (8, 'Fälligkeit erinnern', 7, true), (9, 'Arztrechnungen Demir', 8, true),
  (10, 'E-Mails ablegen', 9, true), (11, 'Privat Yılmaz', 10, true), (12, 'Kontoauszüge', 11, true);
CREATE TABLE documents_workflow_triggers (id serial PRIMARY KEY, workflow_id integer NOT NULL REFERENCES documents_workflow (id) DEFERRABLE INITIALLY DEFERRED,
  workflowtrigger_id integer NOT NULL REFERENCES documents_workflowtrigger (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (workflow_id, workflowtrigger_id));
INSERT INTO documents_workflow_triggers (workflow_id, workflowtrigger_id) SELECT k, k FROM generate_series(1, 12) k;
CREATE TABLE documents_workflow_actions (id serial PRIMARY KEY, workflow_id integer NOT NULL REFERENCES documents_workflow (id) DEFERRABLE INITIALLY DEFERRED,
  workflowaction_id integer NOT NULL REFERENCES documents_workflowaction (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (workflow_id, workflowaction_id));
INSERT INTO documents_workflow_actions (workflow_id, workflowaction_id) VALUES (1, 1), (2, 2), (2, 9), (3, 3), (3, 6), (4, 5), (4, 15), (5, 7), (6, 12), (6, 8),
  (7, 4), (7, 10), (8, 14), (9, 11), (9, 13), (10, 16), (11, 18), (12, 17);

CREATE TABLE documents_workflowrun (
    id serial PRIMARY KEY, type integer CHECK (type >= 0), run_at timestamptz NOT NULL, document_id integer REFERENCES documents_document (id) DEFERRABLE INITIALLY DEFERRED,
    workflow_id integer NOT NULL REFERENCES documents_workflow (id) DEFERRABLE INITIALLY DEFERRED, deleted_at timestamptz, restored_at timestamptz, transaction_id uuid
);
INSERT INTO documents_workflowrun (type, run_at, document_id, workflow_id)
SELECT CASE WHEN w = 8 THEN 4 ELSE 2 END, doc.added + interval '40 seconds', doc.id, w
FROM documents_document doc CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('wfr', doc.id, 12) AS w) x WHERE doc.id % 2 = 0;

-- ---------------------------------------------------------------------------
-- Tasks of the consumer and the UI settings.
CREATE TABLE documents_paperlesstask (
    id serial PRIMARY KEY, task_id varchar(255) NOT NULL UNIQUE, acknowledged boolean NOT NULL, date_created timestamptz, date_done timestamptz, date_started timestamptz,
    result text, status varchar(30) NOT NULL, task_file_name varchar(255), task_name varchar(255), type varchar(30) NOT NULL,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO documents_paperlesstask (task_id, acknowledged, date_created, date_done, date_started, result, status, task_file_name, task_name, type, owner_id)
SELECT fixture_gen.uuid('ptask', g.k), g.k < 220,
       coalesce(doc.added, pgen.at('ptc', g.k)) - interval '25 seconds', coalesce(doc.added, pgen.at('ptc', g.k)) + interval '15 seconds', coalesce(doc.added, pgen.at('ptc', g.k)) - interval '20 seconds',
       CASE WHEN g.k % 10 = 0 AND g.k <= 360 THEN d.orig || ': Not consuming ' || d.orig || ': It is a duplicate of ' || (SELECT title FROM documents_document WHERE id = 1 + (g.k + 5) % 360) || ' (#' || (1 + (g.k + 5) % 360) || ').'
            WHEN g.k % 17 = 0 AND g.k <= 360 THEN d.orig || ': Error occurred while consuming document ' || d.orig || ': PDFInfo error: Syntax Error: Couldn''t find trailer dictionary'
            WHEN g.k > 360 AND g.k % 3 = 0 THEN NULL
            WHEN g.k > 360 THEN CASE WHEN g.k % 2 = 0 THEN 'Updated index for 360 documents' ELSE 'Sanity checker detected 1 issue(s). Check the logs.' END
            ELSE 'Success. New document id ' || g.k || ' created' END,
       CASE WHEN g.k % 17 = 0 AND g.k <= 360 THEN 'FAILURE' WHEN g.k % 10 = 0 AND g.k <= 360 THEN 'FAILURE' WHEN g.k > 360 AND g.k % 3 = 0 THEN 'STARTED' ELSE 'SUCCESS' END,
       CASE WHEN g.k <= 360 THEN d.orig END,
       CASE WHEN g.k <= 360 THEN 'consume_file' WHEN g.k % 2 = 0 THEN 'train_classifier' ELSE 'check_sanity' END,
       CASE WHEN g.k <= 360 THEN 'auto_task' ELSE 'scheduled_task' END,
       CASE WHEN g.k <= 360 THEN d.owner END
FROM generate_series(1, 400) g(k) LEFT JOIN pgen.d d ON d.k = g.k LEFT JOIN documents_document doc ON doc.id = g.k;

CREATE TABLE documents_uisettings (id serial PRIMARY KEY, settings jsonb, user_id integer NOT NULL UNIQUE REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO documents_uisettings (settings, user_id)
SELECT jsonb_build_object('dark_mode', jsonb_build_object('use_system', u % 3 = 0, 'enabled', CASE WHEN u % 2 = 0 THEN 'true' ELSE 'false' END, 'thumb_inverted', 'true'),
         'language', CASE WHEN u % 4 = 0 THEN 'en-US' ELSE 'de-DE' END, 'date_display', jsonb_build_object('date_locale', 'de-DE', 'date_format', 'mediumDate'),
         'saved_views', jsonb_build_object('warn_on_unsaved_change', true, 'dashboard_views_visible_ids', jsonb_build_array(1, 3, 4)),
         'notifications', jsonb_build_object('consumer_new_documents', true, 'consumer_success', u % 2 = 0, 'consumer_failed', true, 'consumer_suppress_on_dashboard', true),
         'document_editing', jsonb_build_object('remove_inbox_tags', u % 3 = 1), 'notes_enabled', true, 'slim_sidebar', u % 5 = 0,
         'update_checking', jsonb_build_object('enabled', u = 1, 'backend_setting', 'default'),
         'permissions', jsonb_build_object('default_owner', CASE WHEN u IN (2, 3) THEN u END, 'default_view_users', CASE WHEN u IN (2, 3) THEN jsonb_build_array(5 - u) ELSE '[]'::jsonb END,
           'default_view_groups', jsonb_build_array(1), 'default_edit_users', '[]'::jsonb, 'default_edit_groups', '[]'::jsonb),
         'tour_complete', u <> 20, 'app_title', NULL, 'app_logo', NULL, 'search_db_only', false, 'pdf_viewer_zoom_setting', 'page-width',
         'documentListSize', 50, 'trash_delay', 30)
       || CASE WHEN u = 2 THEN jsonb_build_object('email', jsonb_build_object('last_recipients', jsonb_build_array('amara.okafor@gmx.de', 'mehmet.demir@web.de', 'finanzamt-muenchen@poststelle.bayern.de'))) ELSE '{}'::jsonb END
       || CASE WHEN u IN (4, 7) THEN jsonb_build_object('global_search', jsonb_build_object('recent', jsonb_build_array((SELECT full_name FROM pgen.p WHERE i = u * 3), 'Nebenkosten 2023', (SELECT taxid FROM pgen.p WHERE i = u * 5)))) ELSE '{}'::jsonb END,
       u
FROM generate_series(1, 22) u;

-- ---------------------------------------------------------------------------
-- Mail fetching: accounts (account_type 1 IMAP, 2 Gmail OAuth, 3 Outlook
-- OAuth; imap_security 1 none, 2 SSL, 3 STARTTLS), rules and processed mail.
CREATE TABLE paperless_mail_mailaccount (
    id serial PRIMARY KEY, name varchar(256) NOT NULL, imap_server varchar(256) NOT NULL, imap_port integer, imap_security integer NOT NULL CHECK (imap_security >= 0),
    username varchar(256) NOT NULL, password text NOT NULL, character_set varchar(256) NOT NULL, is_token boolean NOT NULL,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED, account_type integer NOT NULL CHECK (account_type >= 0), expiration timestamptz, refresh_token text,
    CONSTRAINT paperless_mail_mailaccount_unique_name_owner UNIQUE (name, owner_id)
);
INSERT INTO paperless_mail_mailaccount VALUES
  (1, 'Kanzlei Postfach (IONOS)', 'imap.ionos.de', 993, 2, 'belege@stb-brandt-yilmaz.de', 'Kanzlei!' || pgen.rnd('imp1', 1, 10) || '#2023', 'UTF-8', false, 1, 1, NULL, NULL),
  (2, 'Gmail Katharina', 'imap.gmail.com', 993, 2, 'katharina.brandt.muc@gmail.com', 'ya29.' || pgen.b64url('gat', 2, 120), 'UTF-8', true, 2, 2,
   '2024-11-29 14:02:11+00', '1//09' || pgen.b64url('grt', 2, 75)),
  (3, 'Outlook Emre', 'outlook.office365.com', 993, 2, 'emre.yilmaz@outlook.de', 'EwB' || pgen.rnd('oat', 3, 180), 'UTF-8', true, 3, 3, '2024-11-28 22:41:09+00', 'M.C5' || pgen.rnd('ort', 3, 140)),
  (4, 'Posteo privat Brandt', 'posteo.de', 993, 2, 'familie.brandt@posteo.de', pgen.rnd('imp4', 4, 16), 'UTF-8', false, 2, 1, NULL, NULL),
  (5, 'Fristen-Postfach', 'imap.ionos.de', 143, 3, 'fristen@stb-brandt-yilmaz.de', 'Fristen2024' || fixture_gen.digits('imp5', 5, 3), 'UTF-8', false, 1, 1, NULL, NULL),
  (6, 'App-Passwort iCloud Yılmaz', 'imap.mail.me.com', 993, 2, 'e.yilmaz@icloud.com', fixture_gen.chars('iap', 6, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('iap2', 6, 4, 'abcdefghijklmnopqrstuvwxyz') || '-'
   || fixture_gen.chars('iap3', 6, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('iap4', 6, 4, 'abcdefghijklmnopqrstuvwxyz'), 'UTF-8', false, 3, 1, NULL, NULL);

CREATE TABLE paperless_mail_mailrule (
    id serial PRIMARY KEY, name varchar(256) NOT NULL, folder varchar(256) NOT NULL, filter_from varchar(256), filter_subject varchar(256), filter_body varchar(256),
    maximum_age integer NOT NULL CHECK (maximum_age >= 0), action integer NOT NULL CHECK (action >= 0), action_parameter varchar(256), assign_title_from integer NOT NULL CHECK (assign_title_from >= 0),
    assign_correspondent_from integer NOT NULL CHECK (assign_correspondent_from >= 0), account_id integer NOT NULL REFERENCES paperless_mail_mailaccount (id) DEFERRABLE INITIALLY DEFERRED,
    assign_correspondent_id integer REFERENCES documents_correspondent (id) DEFERRABLE INITIALLY DEFERRED, assign_document_type_id integer REFERENCES documents_documenttype (id) DEFERRABLE INITIALLY DEFERRED,
    "order" integer NOT NULL, attachment_type integer NOT NULL CHECK (attachment_type >= 0), filter_attachment_filename_include varchar(256), consumption_scope integer NOT NULL CHECK (consumption_scope >= 0),
    filter_to varchar(256), owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED, assign_owner_from_rule boolean NOT NULL, filter_attachment_filename_exclude varchar(256),
    enabled boolean NOT NULL, pdf_layout integer NOT NULL CHECK (pdf_layout >= 0),
    CONSTRAINT paperless_mail_mailrule_unique_name_owner UNIQUE (name, owner_id)
);
INSERT INTO paperless_mail_mailrule VALUES
  (1, 'Belege von Mandanten', 'INBOX', NULL, NULL, NULL, 30, 1, 'Archiv/Paperless', 2, 4, 1, NULL, NULL, 0, 1, '*.pdf', 1, 'belege@stb-brandt-yilmaz.de', 1, true, '*signatur*', true, 0),
  (2, 'Lohnabrechnungen Okafor', 'INBOX', 'amara.okafor@gmx.de', 'Lohnabrechnung', NULL, 90, 3, 'Paperless', 1, 3, 1, 58, 1, 1, 1, '*.pdf', 1, NULL, 4, true, NULL, true, 0),
  (3, 'Finanzamt ELSTER', 'INBOX', 'noreply@elster.de', 'Bescheid', NULL, 60, 4, '', 1, 3, 1, 1, 2, 2, 1, NULL, 1, NULL, 1, true, NULL, true, 0),
  (4, 'Arztrechnungen Demir', 'INBOX', 'mehmet.demir@web.de', NULL, 'Rechnung', 365, 1, 'Erledigt', 2, 1, 1, NULL, 3, 3, 2, NULL, 1, NULL, 5, true, NULL, true, 0),
  (5, 'Stadtwerke', 'INBOX', 'kundenservice@swm.de', 'Ihre Rechnung', NULL, 30, 2, NULL, 1, 3, 2, 7, 7, 0, 1, '*.pdf', 1, NULL, 2, false, NULL, true, 0),
  (6, 'Telekom Rechnung', 'INBOX', 'rechnungonline@telekom.de', NULL, NULL, 30, 2, NULL, 1, 3, 2, 8, 7, 1, 1, NULL, 1, NULL, 2, false, NULL, true, 0),
  (7, 'Kita Regenbogen', 'Familie', 'verwaltung@kita-regenbogen-muenchen.de', NULL, 'Betreuungskosten', 400, 5, 'Kinderbetreuung', 1, 3, 2, 31, 14, 2, 1, NULL, 1, NULL, 2, false, NULL, true, 0),
  (8, 'Arbeitgeber Emre', 'INBOX', 'payroll@celonis.example', 'Entgeltabrechnung', NULL, 60, 1, 'Gehalt', 3, 3, 3, 29, 1, 0, 1, '*.pdf', 1, 'emre.yilmaz@outlook.de', 3, false, NULL, true, 1),
  (9, 'Vermieter Nowak', 'INBOX', 'florian.nowak1@gmx.de', NULL, NULL, 365, 4, '', 1, 2, 3, NULL, 4, 1, 2, NULL, 2, NULL, 3, false, NULL, true, 2),
  (10, 'Alles aus Ordner Scans', 'Scans', NULL, NULL, NULL, 0, 3, 'Paperless', 2, 1, 4, NULL, NULL, 0, 2, NULL, 1, NULL, 2, false, NULL, true, 0),
  (11, 'Fristen', 'INBOX', NULL, 'Frist', NULL, 14, 5, 'Frist', 1, 1, 5, NULL, NULL, 0, 1, NULL, 3, 'fristen@stb-brandt-yilmaz.de', 1, true, NULL, true, 3),
  (12, 'iCloud Belege', 'INBOX', NULL, 'Beleg', NULL, 30, 1, 'Archive', 1, 1, 6, NULL, NULL, 0, 1, NULL, 1, NULL, 3, false, NULL, false, 0),
  (13, 'Rechtsanwältin Korrespondenz', 'INBOX', 'kanzlei@ra-esposito-muenchen.de', 'Az. 2024/0', NULL, 365, 1, 'Recht', 1, 3, 1, 55, 15, 4, 1, NULL, 1, NULL, 1, true, NULL, true, 0),
  (14, 'Spendenquittungen', 'INBOX', NULL, 'Zuwendungsbestätigung', NULL, 400, 1, 'Archiv', 1, 2, 4, NULL, 9, 1, 1, '*.pdf', 1, NULL, 2, false, NULL, true, 0);

CREATE TABLE paperless_mail_mailrule_assign_tags (id serial PRIMARY KEY, mailrule_id integer NOT NULL REFERENCES paperless_mail_mailrule (id) DEFERRABLE INITIALLY DEFERRED,
  tag_id integer NOT NULL REFERENCES documents_tag (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (mailrule_id, tag_id));
INSERT INTO paperless_mail_mailrule_assign_tags (mailrule_id, tag_id) VALUES (1, 1), (2, 21), (3, 16), (4, 7), (5, 24), (6, 25), (7, 9), (8, 21), (8, 27), (9, 13), (10, 20), (11, 16), (13, 15), (14, 6);

CREATE TABLE paperless_mail_processedmail (
    id serial PRIMARY KEY, folder varchar(256) NOT NULL, uid varchar(256) NOT NULL, subject varchar(256) NOT NULL, received timestamptz NOT NULL, processed timestamptz NOT NULL,
    status varchar(256) NOT NULL, error text, owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    rule_id integer NOT NULL REFERENCES paperless_mail_mailrule (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO paperless_mail_processedmail (folder, uid, subject, received, processed, status, error, owner_id, rule_id)
SELECT CASE WHEN r IN (7) THEN 'Familie' WHEN r = 10 THEN 'Scans' ELSE 'INBOX' END, (1000 + k * 7 + fixture_gen.n('pmu', k, 7))::text,
  CASE r WHEN 1 THEN fixture_gen.pick(ARRAY['Unterlagen Steuererklärung ', 'AW: Fehlende Belege ', 'WG: Nebenkostenabrechnung ', 'Belege für '], 'pms', k) || (2022 + k % 3) || ' – ' || p.full_name
         WHEN 2 THEN 'Lohnabrechnung ' || lpad((1 + k % 12)::text, 2, '0') || '/2024' WHEN 3 THEN 'Ihr Bescheid ist da – Steuernummer 14' || fixture_gen.digits('pmst', k, 1) || '/' || fixture_gen.digits('pmst2', k, 3) || '/' || fixture_gen.digits('pmst3', k, 5)
         WHEN 4 THEN 'Rechnung Physiotherapie für Mehmet' WHEN 5 THEN 'Ihre Rechnung vom ' || to_char(pgen.at('pmr', k), 'DD.MM.YYYY') WHEN 6 THEN 'Ihre Telekom Rechnung für ' || to_char(pgen.at('pmr', k), 'FMMonth YYYY')
         WHEN 7 THEN 'Betreuungskosten für ' || fixture_gen.first_name('pmk', k) || ' Brandt' WHEN 8 THEN 'Ihre Entgeltabrechnung' WHEN 9 THEN 'Wasserschaden Wohnung ' || p.street
         WHEN 10 THEN 'Scan vom Drucker ' || to_char(pgen.at('pmr', k), 'YYYY-MM-DD HH24:MI') WHEN 11 THEN 'Frist ' || to_char(pgen.at('pmr', k) + interval '14 days', 'DD.MM.YYYY') || ': Einspruch ' || p.last
         WHEN 13 THEN 'Az. 2024/0' || fixture_gen.digits('pmaz', k, 3) || ' – ' || p.full_name || ' ./. ' || fixture_gen.full_name('pmgeg', k) ELSE 'Zuwendungsbestätigung ' || (2022 + k % 3) END,
  pgen.at('pmr', k), pgen.at('pmr', k) + make_interval(secs => 60 + fixture_gen.n('pmp', k, 600)),
  CASE WHEN k % 13 = 0 THEN 'FAILED' WHEN k % 5 = 0 THEN 'PROCESSED_WO_CONSUMPTION' ELSE 'SUCCESS' END,
  CASE WHEN k % 13 = 0 THEN fixture_gen.pick(ARRAY['Error while processing mail from ' || p.email || ': Unable to find a document parser for mime type text/calendar',
    'Rule Belege von Mandanten: Error while processing post-consume actions for mail ' || (1000 + k * 7) || ': [UNAVAILABLE] Mailbox is locked',
    'Cannot consume Ausweis_' || pgen.fold(p.last) || '.heic: Unsupported mime type image/heic'], 'pme', k) END,
  CASE WHEN r IN (4, 7, 9) THEN 2 ELSE (SELECT owner_id FROM paperless_mail_mailrule WHERE id = r) END, r
FROM generate_series(1, 220) k CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11, 13, 14])[1 + fixture_gen.n('pmrule', k, 17)] AS r) x
JOIN pgen.p p ON p.i = 1 + fixture_gen.n('pmp', k, 120);

-- ---------------------------------------------------------------------------
-- django-auditlog: changes of documents, notes, custom field values and users
-- (action 0 create, 1 update, 2 delete), old and new values as JSON.
CREATE TABLE auditlog_logentry (
    id bigserial PRIMARY KEY, object_pk varchar(255) NOT NULL, object_id bigint, object_repr text NOT NULL, action smallint NOT NULL CHECK (action >= 0), changes jsonb,
    "timestamp" timestamptz NOT NULL, actor_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED, remote_addr inet, additional_data jsonb, serialized_data jsonb,
    cid varchar(255), changes_text text NOT NULL, remote_port integer CHECK (remote_port >= 0), actor_email varchar(254)
);
INSERT INTO auditlog_logentry (object_pk, object_id, object_repr, action, changes, "timestamp", actor_id, content_type_id, remote_addr, additional_data, serialized_data, cid, changes_text, remote_port, actor_email)
SELECT x.pk::text, x.pk, x.repr, x.act, x.ch, x.ts, x.actor, x.ct,
       CASE WHEN x.actor IN (18, 19) THEN '172.18.0.' || (4 + x.actor % 3) WHEN x.actor BETWEEN 10 AND 17 THEN fixture_gen.ipv4('alip', x.actor * 7 + g.k % 3) WHEN g.k % 4 = 0 THEN '192.168.178.' || (20 + x.actor) ELSE '10.8.0.' || (2 + x.actor) END::inet,
       CASE WHEN g.k % 37 = 0 THEN '{"bulk_edit": true, "method": "modify_custom_fields"}'::jsonb END, NULL, fixture_gen.uuid('cid', g.k), '',
       CASE WHEN x.actor IN (18, 19) THEN NULL ELSE 40000 + fixture_gen.n('alport', g.k, 25000) END,
       (SELECT email FROM auth_user WHERE id = x.actor)
FROM generate_series(1, 640) g(k)
JOIN documents_document doc ON doc.id = 1 + fixture_gen.n('ald', g.k, 360) JOIN pgen.d d ON d.k = doc.id JOIN pgen.p p ON p.i = d.s
CROSS JOIN LATERAL (SELECT
  CASE WHEN g.k % 10 < 6 THEN doc.id WHEN g.k % 10 < 8 THEN (SELECT min(id) FROM documents_customfieldinstance WHERE document_id = doc.id) WHEN g.k % 10 = 8 THEN (SELECT min(id) FROM documents_note WHERE document_id = doc.id) ELSE 2 + g.k % 16 END AS pk,
  CASE WHEN g.k % 10 < 6 THEN 18 WHEN g.k % 10 < 8 THEN 27 WHEN g.k % 10 = 8 THEN 23 ELSE 4 END AS ct,
  CASE WHEN g.k % 10 < 6 THEN to_char(doc.created, 'YYYY-MM-DD') || ' ' || coalesce(d.cname || ' ', '') || doc.title
       WHEN g.k % 10 < 8 THEN CASE WHEN g.k % 2 = 0 THEN 'Mandant : ' || p.last || ', ' || p.first ELSE 'IBAN : ' || p.iban END
       WHEN g.k % 10 = 8 THEN 'Note ' || coalesce((SELECT min(id) FROM documents_note WHERE document_id = doc.id), 0) || ' for document ' || doc.id
       ELSE (SELECT username FROM auth_user WHERE id = 2 + g.k % 16) END AS repr,
  CASE WHEN g.k % 10 < 6 AND g.k % 7 = 0 THEN 0 WHEN g.k % 53 = 0 THEN 2 ELSE 1 END AS act,
  CASE WHEN g.k % 10 < 6 THEN CASE fixture_gen.n('alch', g.k, 5)
         WHEN 0 THEN jsonb_build_object('title', jsonb_build_array(d.orig, doc.title))
         WHEN 1 THEN jsonb_build_object('correspondent', jsonb_build_array('None', coalesce(d.cname, 'None')), 'document_type', jsonb_build_array('None', (SELECT name FROM documents_documenttype WHERE id = d.t)))
         WHEN 2 THEN jsonb_build_object('owner', jsonb_build_array('scanner', (SELECT username FROM auth_user WHERE id = doc.owner_id)), 'modified', jsonb_build_array(doc.added::text, doc.modified::text))
         WHEN 3 THEN jsonb_build_object('title', jsonb_build_array(doc.title, doc.title || ' (korrigiert)'), 'archive_serial_number', jsonb_build_array('None', coalesce(doc.archive_serial_number::text, 'None')))
         ELSE jsonb_build_object('content', jsonb_build_array(left(doc.content, 80) || '...', left(doc.content, 80) || '... ')) END
       WHEN g.k % 10 < 8 THEN CASE WHEN g.k % 2 = 0 THEN jsonb_build_object('value_text', jsonb_build_array('None', p.last || ', ' || p.first))
         ELSE jsonb_build_object('value_text', jsonb_build_array(fixture_gen.iban_for('aloib', g.k), p.iban)) END
       WHEN g.k % 10 = 8 THEN jsonb_build_object('note', jsonb_build_array('None', 'Rückfrage an ' || p.full_name || ' wegen fehlender Seite, Tel. ' || p.phone))
       ELSE CASE WHEN g.k % 3 = 0 THEN jsonb_build_object('last_login', jsonb_build_array('2024-09-01 07:12:00+00:00', '2024-10-15 06:55:10+00:00'))
              WHEN g.k % 3 = 1 THEN jsonb_build_object('email', jsonb_build_array(fixture_gen.email('aluem', g.k), (SELECT email FROM auth_user WHERE id = 2 + g.k % 16)))
              ELSE jsonb_build_object('password', jsonb_build_array('**********', '**********')) END END AS ch,
  doc.added + make_interval(mins => 1 + fixture_gen.n('alts', g.k, 200000)) AS ts,
  CASE WHEN g.k % 10 < 6 AND g.k % 7 = 0 THEN 18 WHEN g.k % 31 = 0 THEN 19 WHEN doc.owner_id BETWEEN 10 AND 17 AND g.k % 3 = 0 THEN doc.owner_id ELSE 1 + fixture_gen.n('alact', g.k, 9) END AS actor) x
WHERE x.pk IS NOT NULL
ORDER BY x.ts;

-- ---------------------------------------------------------------------------
-- django-allauth: email addresses, confirmations, social login, MFA.
CREATE TABLE account_emailaddress (
    id serial PRIMARY KEY, email varchar(254) NOT NULL, verified boolean NOT NULL, "primary" boolean NOT NULL, user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (user_id, email)
);
INSERT INTO account_emailaddress (email, verified, "primary", user_id)
SELECT email, id % 5 <> 0, true, id FROM auth_user WHERE email <> '' ORDER BY id;
INSERT INTO account_emailaddress (email, verified, "primary", user_id) VALUES ('katharina.brandt.muc@gmail.com', true, false, 2), ('emre.yilmaz@outlook.de', true, false, 3),
  ((SELECT replace(p.email, '@', '.alt@') FROM pgen.p p WHERE p.i = 214), false, false, 14);

CREATE TABLE account_emailconfirmation (
    id serial PRIMARY KEY, created timestamptz NOT NULL, sent timestamptz, key varchar(64) NOT NULL UNIQUE,
    email_address_id integer NOT NULL REFERENCES account_emailaddress (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO account_emailconfirmation (created, sent, key, email_address_id)
SELECT pgen.at('aec', id), pgen.at('aec', id) + interval '2 seconds', lower(fixture_gen.chars('aeck', id, 64, 'abcdefghijklmnopqrstuvwxyz0123456789')), id FROM account_emailaddress WHERE NOT verified OR id % 4 = 0;

CREATE TABLE socialaccount_socialapp (
    id serial PRIMARY KEY, provider varchar(30) NOT NULL, name varchar(40) NOT NULL, client_id varchar(191) NOT NULL, secret varchar(191) NOT NULL, key varchar(191) NOT NULL,
    provider_id varchar(200) NOT NULL, settings jsonb NOT NULL
);
INSERT INTO socialaccount_socialapp VALUES
  (1, 'google', 'Google', fixture_gen.digits('gcid', 1, 12) || '-' || fixture_gen.chars('gcid2', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com',
   'GOCSPX-' || pgen.rnd('gsec', 1, 28), '', '', '{}'),
  (2, 'openid_connect', 'Kanzlei SSO (authentik)', pgen.rnd('akcid', 2, 40), pgen.rnd('aksec', 2, 128), '', 'authentik',
   '{"server_url": "https://auth.stb-brandt-yilmaz.de/application/o/paperless/.well-known/openid-configuration", "fetch_userinfo": true, "token_auth_method": "client_secret_post"}');

CREATE TABLE socialaccount_socialaccount (
    id serial PRIMARY KEY, provider varchar(200) NOT NULL, uid varchar(191) NOT NULL, last_login timestamptz NOT NULL, date_joined timestamptz NOT NULL, extra_data jsonb NOT NULL,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (provider, uid)
);
INSERT INTO socialaccount_socialaccount (id, provider, uid, last_login, date_joined, extra_data, user_id)
SELECT row_number() OVER (ORDER BY u.id), CASE u.social WHEN 'google' THEN 'google' ELSE 'authentik' END,
       CASE u.social WHEN 'google' THEN '1' || fixture_gen.digits('gsub', u.id, 20) ELSE fixture_gen.hexn('aksub', u.id, 64) END,
       au.last_login, au.date_joined + interval '3 minutes',
       CASE u.social WHEN 'google' THEN jsonb_build_object('id', '1' || fixture_gen.digits('gsub', u.id, 20), 'email', CASE WHEN u.id = 2 THEN 'katharina.brandt.muc@gmail.com' ELSE au.email END, 'verified_email', true,
              'name', au.first_name || ' ' || au.last_name, 'given_name', au.first_name, 'family_name', au.last_name,
              'picture', 'https://lh3.googleusercontent.com/a/ACg8oc' || pgen.b64url('gpic', u.id, 40) || '=s96-c', 'locale', 'de')
            ELSE jsonb_build_object('userinfo', jsonb_build_object('sub', fixture_gen.hexn('aksub', u.id, 64), 'email', au.email, 'email_verified', true, 'name', au.first_name || ' ' || au.last_name,
              'given_name', au.first_name, 'preferred_username', au.username, 'nickname', au.username, 'groups', jsonb_build_array('Kanzlei', 'paperless-users')),
              'id_token', fixture_gen.jwt('akidt', u.id)) END,
       u.id
FROM pgen.u u JOIN auth_user au ON au.id = u.id WHERE u.social IS NOT NULL;

CREATE TABLE socialaccount_socialtoken (
    id serial PRIMARY KEY, token text NOT NULL, token_secret text NOT NULL, expires_at timestamptz,
    account_id integer NOT NULL REFERENCES socialaccount_socialaccount (id) DEFERRABLE INITIALLY DEFERRED, app_id integer REFERENCES socialaccount_socialapp (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (app_id, account_id)
);
INSERT INTO socialaccount_socialtoken (token, token_secret, expires_at, account_id, app_id)
SELECT CASE sa.provider WHEN 'google' THEN 'ya29.' || pgen.b64url('sgat', sa.id, 120) ELSE fixture_gen.jwt('akat', sa.id) END,
       CASE sa.provider WHEN 'google' THEN '1//0' || pgen.b64url('sgrt', sa.id, 75) ELSE pgen.rnd('akrt', sa.id, 128) END,
       sa.last_login + interval '1 hour', sa.id, CASE sa.provider WHEN 'google' THEN 1 ELSE 2 END
FROM socialaccount_socialaccount sa;

CREATE TABLE mfa_authenticator (
    id serial PRIMARY KEY, type varchar(20) NOT NULL, data jsonb NOT NULL, user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    created_at timestamptz NOT NULL, last_used_at timestamptz
);
INSERT INTO mfa_authenticator (type, data, user_id, created_at, last_used_at)
SELECT t, CASE t WHEN 'totp' THEN jsonb_build_object('secret', pgen.b32('totp', u, 32))
                 ELSE jsonb_build_object('seed', fixture_gen.hexn('rcseed', u, 40), 'used_mask', fixture_gen.n('rcmask', u, 4)) END,
       u, pgen.at('mfac', u), CASE WHEN u % 3 <> 0 THEN timestamptz '2024-11-01 07:00:00+00' + make_interval(secs => fixture_gen.n('mfal', u, 2500000)) END
FROM unnest(ARRAY[1, 2, 3, 5, 7, 9, 12, 16]) u CROSS JOIN unnest(ARRAY['totp', 'recovery_codes']) t ORDER BY u, t DESC;

-- ---------------------------------------------------------------------------
-- REST framework tokens and guardian's object permissions.
CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, created timestamptz NOT NULL, user_id integer NOT NULL UNIQUE REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO authtoken_token SELECT fixture_gen.hexn('drf', u, 40), pgen.at('drfc', u), u FROM unnest(ARRAY[1, 2, 3, 4, 6, 12, 18, 19]) u;

CREATE TABLE guardian_userobjectpermission (
    id serial PRIMARY KEY, object_pk varchar(255) NOT NULL, content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    permission_id integer NOT NULL REFERENCES auth_permission (id) DEFERRABLE INITIALLY DEFERRED, user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (user_id, permission_id, object_pk)
);
INSERT INTO guardian_userobjectpermission (object_pk, content_type_id, permission_id, user_id)
SELECT doc.id::text, 18, p.id, v FROM documents_document doc
CROSS JOIN LATERAL (SELECT CASE WHEN doc.owner_id = 2 THEN 3 WHEN doc.owner_id = 3 THEN 2 WHEN doc.owner_id BETWEEN 4 AND 9 THEN 2 WHEN doc.owner_id BETWEEN 10 AND 17 THEN 4 + doc.id % 6 END AS v) x
JOIN auth_permission p ON p.content_type_id = 18 AND p.codename IN ('view_document', 'change_document')
WHERE x.v IS NOT NULL AND (doc.id % 3 = 0 OR doc.owner_id BETWEEN 10 AND 17) AND x.v <> doc.owner_id ORDER BY doc.id, p.id;

CREATE TABLE guardian_groupobjectpermission (
    id serial PRIMARY KEY, object_pk varchar(255) NOT NULL, content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    group_id integer NOT NULL REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED, permission_id integer NOT NULL REFERENCES auth_permission (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (group_id, permission_id, object_pk)
);
INSERT INTO guardian_groupobjectpermission (object_pk, content_type_id, group_id, permission_id)
SELECT doc.id::text, 18, CASE WHEN doc.storage_path_id = 3 THEN 3 WHEN doc.storage_path_id = 4 THEN 4 ELSE 1 END, p.id
FROM documents_document doc JOIN auth_permission p ON p.content_type_id = 18 AND p.codename IN ('view_document', 'change_document')
WHERE doc.id % 2 = 1 ORDER BY doc.id, p.id;

-- ---------------------------------------------------------------------------
-- The application configuration set in the UI.
CREATE TABLE paperless_applicationconfiguration (
    id serial PRIMARY KEY, output_type varchar(8), pages integer CHECK (pages >= 1), language varchar(32), mode varchar(16), skip_archive_file varchar(16), image_dpi integer CHECK (image_dpi >= 1),
    unpaper_clean varchar(16), deskew boolean, rotate_pages boolean, rotate_pages_threshold double precision, max_image_pixels double precision,
    color_conversion_strategy varchar(32), user_args jsonb, app_logo varchar(100), app_title varchar(48), barcodes_enabled boolean, barcode_enable_tiff_support boolean,
    barcode_string varchar(32), barcode_retain_split_pages boolean, barcode_enable_asn boolean, barcode_asn_prefix varchar(32), barcode_upscale double precision,
    barcode_dpi integer CHECK (barcode_dpi >= 1), barcode_max_pages integer CHECK (barcode_max_pages >= 1), barcode_enable_tag boolean, barcode_tag_mapping jsonb,
    ai_enabled boolean, llm_embedding_backend varchar(128), llm_embedding_model varchar(128), llm_backend varchar(128), llm_model varchar(128), llm_api_key varchar(1024), llm_endpoint varchar(256)
);
INSERT INTO paperless_applicationconfiguration VALUES
  (1, 'pdfa-2', NULL, 'deu+eng+tur', 'skip', 'never', 300, 'clean', true, true, 12.0, NULL, 'RGB', '{"invalidate_digital_signatures": true, "continue_on_soft_render_error": true}',
   'logo/Logo_Steuerbuero_Brandt_Yilmaz.png', 'Belegarchiv Brandt & Yılmaz', true, false, 'PATCHT', false, true, 'ASN', 1.5, 300, 5, true,
   '{"TAG:(.*)": "\\g<1>", "STEUER(\\d{4})": "Steuer \\g<1>", "MANDANT": "Posteingang"}',
   true, 'openai', 'text-embedding-3-small', 'openai', 'gpt-4o-mini', 'sk-proj-' || pgen.b64url('llmk', 1, 120), 'https://api.openai.com/v1');

-- ---------------------------------------------------------------------------
-- django-celery-results: results of the consumer and scheduled tasks.
CREATE TABLE django_celery_results_taskresult (
    id serial PRIMARY KEY, task_id varchar(255) NOT NULL UNIQUE, status varchar(50) NOT NULL, content_type varchar(128) NOT NULL, content_encoding varchar(64) NOT NULL,
    result text, date_done timestamptz NOT NULL, traceback text, meta text, task_args text, task_kwargs text, task_name varchar(255), worker varchar(100),
    date_created timestamptz NOT NULL, periodic_task_name varchar(255), date_started timestamptz
);
INSERT INTO django_celery_results_taskresult (task_id, status, content_type, content_encoding, result, date_done, traceback, meta, task_args, task_kwargs, task_name, worker, date_created, periodic_task_name, date_started)
SELECT t.task_id, t.status, 'application/json', 'utf-8',
       CASE WHEN t.status = 'SUCCESS' THEN to_json(t.result)::text WHEN t.status = 'FAILURE' THEN '{"exc_type": "ConsumerError", "exc_message": [' || to_json(t.result)::text || '], "exc_module": "documents.consumer"}' END,
       coalesce(t.date_done, t.date_created + interval '1 minute'),
       CASE WHEN t.status = 'FAILURE' THEN E'Traceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task\n    R = retval = fun(*args, **kwargs)\n'
         || E'  File "/usr/src/paperless/src/documents/tasks.py", line 149, in consume_file\n    msg = plugin.run()\n  File "/usr/src/paperless/src/documents/consumer.py", line 584, in run\n    self._fail(\n'
         || 'documents.consumer.ConsumerError: ' || t.result END,
       '{"children": []}',
       CASE WHEN t.task_name = 'consume_file' THEN '[{"source": 1, "original_file": "/tmp/paperless/paperless-upload-' || fixture_gen.chars('upl', t.id, 8, 'abcdefghijklmnopqrstuvwxyz0123456789_') || '/' || t.task_file_name
         || '", "mailrule_id": null, "mime_type": "' || d.mime || '"}, {"filename": "' || t.task_file_name || '", "title": null, "correspondent_id": null, "document_type_id": null, "tag_ids": null, "storage_path_id": null, "created": null, "asn": null, "owner_id": '
         || coalesce(t.owner_id::text, 'null') || ', "view_users": null, "custom_field_ids": null}]' ELSE '[]' END,
       '{}', 'documents.tasks.' || t.task_name, 'celery@paperless-webserver-' || fixture_gen.chars('wrk', t.id % 3, 10, 'abcdef0123456789'),
       t.date_created, CASE WHEN t.type = 'scheduled_task' THEN CASE WHEN t.task_name = 'train_classifier' THEN 'Train the classifier' ELSE 'Check all e-mail accounts' END END, t.date_started
FROM documents_paperlesstask t LEFT JOIN pgen.d d ON d.k = t.id WHERE t.id % 2 = 0 OR t.status <> 'SUCCESS';

CREATE TABLE django_celery_results_groupresult (
    id serial PRIMARY KEY, group_id varchar(255) NOT NULL UNIQUE, date_created timestamptz NOT NULL, date_done timestamptz NOT NULL, content_type varchar(128) NOT NULL,
    content_encoding varchar(64) NOT NULL, result text
);
INSERT INTO django_celery_results_groupresult (group_id, date_created, date_done, content_type, content_encoding, result)
SELECT fixture_gen.uuid('cgrp', k), pgen.at('cgrp', k), pgen.at('cgrp', k) + make_interval(secs => 30 + fixture_gen.n('cgd', k, 900)), 'application/json', 'utf-8',
       '[["' || fixture_gen.uuid('cgt1', k) || '", null], ["' || fixture_gen.uuid('cgt2', k) || '", null]]'
FROM generate_series(1, 24) k;

CREATE TABLE django_celery_results_chordcounter (id serial PRIMARY KEY, group_id varchar(255) NOT NULL UNIQUE, sub_tasks text NOT NULL, count integer NOT NULL CHECK (count >= 0));
INSERT INTO django_celery_results_chordcounter (group_id, sub_tasks, count)
SELECT fixture_gen.uuid('cchord', k), '[[["' || fixture_gen.uuid('cchs1', k) || '", null], null], [["' || fixture_gen.uuid('cchs2', k) || '", null], null]]', k % 3 FROM generate_series(1, 6) k;

-- The sites framework allauth's social apps are tied to.
CREATE TABLE django_site (id serial PRIMARY KEY, domain varchar(100) NOT NULL UNIQUE, name varchar(50) NOT NULL);
INSERT INTO django_site VALUES (1, 'paperless.stb-brandt-yilmaz.de', 'Paperless-ngx');
CREATE TABLE socialaccount_socialapp_sites (id bigserial PRIMARY KEY, socialapp_id integer NOT NULL REFERENCES socialaccount_socialapp (id) DEFERRABLE INITIALLY DEFERRED,
  site_id integer NOT NULL REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (socialapp_id, site_id));
INSERT INTO socialaccount_socialapp_sites (socialapp_id, site_id) VALUES (1, 1), (2, 1);

-- ---------------------------------------------------------------------------
-- Foreign keys added after the data.
ALTER TABLE documents_note ADD CONSTRAINT documents_note_document_id_fk FOREIGN KEY (document_id) REFERENCES documents_document (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE documents_workflowtrigger ADD CONSTRAINT documents_workflowtr_filter_mailrule_id_fk FOREIGN KEY (filter_mailrule_id) REFERENCES paperless_mail_mailrule (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE documents_paperlesstask ADD CONSTRAINT documents_paperlesstask_owner_id_fk FOREIGN KEY (owner_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
