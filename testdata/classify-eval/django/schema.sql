-- classify-eval fixture: a Django project (contrib.auth, admin, sessions)
-- with a clinic app, in Django's naming: app_model tables, first_name,
-- date_joined, a key/value attribute table, the admin's log.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE TABLE django_content_type (
    id serial PRIMARY KEY,
    app_label varchar(100) NOT NULL,
    model varchar(100) NOT NULL,
    UNIQUE (app_label, model)
);
INSERT INTO django_content_type (app_label, model) VALUES ('auth', 'user'), ('auth', 'group'), ('clinic', 'patient'),
    ('clinic', 'appointment'), ('clinic', 'practitioner'), ('billing', 'invoice'), ('sessions', 'session');

CREATE TABLE django_migrations (
    id bigserial PRIMARY KEY,
    app varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    applied timestamptz NOT NULL
);
INSERT INTO django_migrations (app, name, applied)
SELECT fixture_gen.pick(ARRAY['auth', 'admin', 'contenttypes', 'sessions', 'clinic', 'billing'], 'ma', i),
       lpad(i::text, 4, '0') || '_' || fixture_gen.pick(ARRAY['initial', 'alter_user_email', 'add_field', 'auto'], 'mn', i), fixture_gen.stamp('mg', i)
FROM generate_series(1, 30) i;

CREATE TABLE auth_group (
    id serial PRIMARY KEY,
    name varchar(150) NOT NULL UNIQUE
);
INSERT INTO auth_group (name) VALUES ('Reception'), ('Practitioners'), ('Billing'), ('Admins');

CREATE TABLE auth_user (
    id serial PRIMARY KEY,
    password varchar(128) NOT NULL,
    last_login timestamptz,
    is_superuser boolean NOT NULL,
    username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL,
    last_name varchar(150) NOT NULL,
    email varchar(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamptz NOT NULL
);
INSERT INTO auth_user (password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined)
SELECT fixture_gen.pbkdf2('pw', i), fixture_gen.stamp('ll', i), i = 1,
       fixture_gen.ascii(fixture_gen.first_name('au', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('au', i)) || i,
       fixture_gen.first_name('au', i), fixture_gen.last_name('au', i), fixture_gen.email('au', i),
       i % 10 = 0, i % 13 <> 0, fixture_gen.stamp('dj', i)
FROM generate_series(1, 300) i;

CREATE TABLE auth_user_groups (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES auth_user,
    group_id integer NOT NULL REFERENCES auth_group
);
INSERT INTO auth_user_groups (user_id, group_id) SELECT i, 1 + i % 4 FROM generate_series(1, 300, 3) i;

-- Sessions: signed, base64 session data; the key is a bearer credential.
CREATE TABLE django_session (
    session_key varchar(40) PRIMARY KEY,
    session_data text NOT NULL,
    expire_date timestamptz NOT NULL
);
INSERT INTO django_session
SELECT fixture_gen.chars('sk', i, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       translate(encode(convert_to('{"_auth_user_id":"' || (1 + i % 300) || '","_auth_user_backend":"django.contrib.auth.backends.ModelBackend","_auth_user_hash":"'
           || encode(sha256(convert_to('h' || i, 'UTF8')), 'hex') || '"}', 'UTF8'), 'base64'), E'\n', '') || ':1t' || fixture_gen.chars('sig', i, 4) || ':' || fixture_gen.chars('sig2', i, 43),
       fixture_gen.stamp('ex', i)
FROM generate_series(1, 200) i;

CREATE TABLE clinic_practitioner (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL UNIQUE REFERENCES auth_user,
    registration_number varchar(20) NOT NULL,
    specialty varchar(60) NOT NULL,
    bio text NOT NULL
);
INSERT INTO clinic_practitioner (user_id, registration_number, specialty, bio)
SELECT i * 10, 'GMC' || fixture_gen.digits('gmc', i, 7),
       fixture_gen.pick(ARRAY['General practice', 'Dermatology', 'Physiotherapy', 'Paediatrics', 'Cardiology'], 'sp', i),
       'Dr ' || fixture_gen.last_name('au', i * 10) || ' qualified in ' || (1990 + i)::text || ' and joined the practice from ' || fixture_gen.city('pb', i) || '.'
FROM generate_series(1, 30) i;

CREATE TABLE clinic_patient (
    id bigserial PRIMARY KEY,
    user_id integer UNIQUE REFERENCES auth_user,
    first_name varchar(100) NOT NULL,
    last_name varchar(100) NOT NULL,
    date_of_birth date NOT NULL,
    sex varchar(1) NOT NULL,
    nhs_number varchar(10),
    national_insurance_number varchar(9),
    blood_type varchar(3),
    address text,
    postcode varchar(10),
    emergency_contact varchar(200),
    allergies text,
    created timestamptz NOT NULL,
    modified timestamptz NOT NULL
);
-- NHS numbers: nine digits and a mod-11 check digit (the rows whose check
-- would be 10 are skipped, as the NHS never issues them).
INSERT INTO clinic_patient (user_id, first_name, last_name, date_of_birth, sex, nhs_number, national_insurance_number, blood_type,
    address, postcode, emergency_contact, allergies, created, modified)
SELECT CASE WHEN i <= 270 AND i % 10 <> 0 THEN i END, fixture_gen.first_name('au', i), fixture_gen.last_name('au', i), fixture_gen.birth_date('pd', i),
       fixture_gen.pick(ARRAY['F', 'M', 'X'], 'sx', i),
       CASE WHEN chk < 10 THEN d || chk::text END,
       fixture_gen.nino('ni', i), fixture_gen.pick(ARRAY['A+', 'O+', 'B-', 'AB+', 'O-'], 'bt', i),
       fixture_gen.street('pa', i) || E'\n' || fixture_gen.city('pa', i), fixture_gen.postcode('pa', i),
       fixture_gen.full_name('ec', i) || ' (' || fixture_gen.pick(ARRAY['mother', 'husband', 'wife', 'son', 'friend'], 'er', i) || ') ' || fixture_gen.phone('ec', i),
       CASE i % 4 WHEN 0 THEN 'Penicillin: rash within a day.' WHEN 1 THEN 'None known.' WHEN 2 THEN 'Peanuts, severe. Carries an adrenaline pen.' ELSE NULL END,
       fixture_gen.stamp('pc', i), fixture_gen.stamp('pm', i)
FROM generate_series(1, 400) i,
     LATERAL (SELECT fixture_gen.digits('nhs', i, 9) AS d) x,
     LATERAL (SELECT (11 - (SELECT sum(substr(x.d, k, 1)::int * (11 - k)) FROM generate_series(1, 9) k) % 11) % 11 AS chk) y;

-- Free-form attributes: the value holds contact details for some keys.
CREATE TABLE clinic_patientattribute (
    id bigserial PRIMARY KEY,
    patient_id bigint NOT NULL REFERENCES clinic_patient,
    key varchar(50) NOT NULL,
    value text NOT NULL,
    UNIQUE (patient_id, key)
);
INSERT INTO clinic_patientattribute (patient_id, key, value)
SELECT 1 + i / 3, k.key,
       CASE k.key WHEN 'alt_email' THEN fixture_gen.email('alt', i) WHEN 'work_phone' THEN fixture_gen.phone('wp', i) ELSE fixture_gen.pick(ARRAY['en', 'cy', 'pl', 'ur'], 'pl', i) END
FROM generate_series(0, 899) i, LATERAL (SELECT (ARRAY['alt_email', 'work_phone', 'preferred_language'])[1 + i % 3] AS key) k;

CREATE TABLE clinic_appointment (
    id bigserial PRIMARY KEY,
    patient_id bigint NOT NULL REFERENCES clinic_patient,
    practitioner_id bigint NOT NULL REFERENCES clinic_practitioner,
    starts_at timestamptz NOT NULL,
    duration_minutes smallint NOT NULL,
    room varchar(10),
    reason varchar(200),
    notes text,
    status varchar(12) NOT NULL
);
INSERT INTO clinic_appointment (patient_id, practitioner_id, starts_at, duration_minutes, room, reason, notes, status)
SELECT 1 + i % 400, 1 + i % 30, fixture_gen.stamp('as', i), (ARRAY[10, 15, 30])[1 + i % 3], 'R' || (1 + i % 8)::text,
       fixture_gen.pick(ARRAY['Follow-up', 'Persistent cough', 'Knee pain after running', 'Repeat prescription', 'Skin check', 'Vaccination'], 'ar', i),
       CASE i % 3 WHEN 0 THEN 'Patient reports symptoms improving. Spoke with ' || fixture_gen.full_name('an', i) || ' (carer) on ' || fixture_gen.phone('an', i) || '.'
                  WHEN 1 THEN 'Reviewed blood pressure log; no change to medication, recheck in three months.'
                  ELSE NULL END,
       fixture_gen.pick(ARRAY['booked', 'attended', 'cancelled', 'no_show'], 'st', i)
FROM generate_series(1, 1200) i;

CREATE TABLE billing_invoice (
    id bigserial PRIMARY KEY,
    patient_id bigint NOT NULL REFERENCES clinic_patient,
    number varchar(20) NOT NULL UNIQUE,
    amount numeric(10, 2) NOT NULL,
    currency varchar(3) NOT NULL,
    payer_iban varchar(34),
    status varchar(10) NOT NULL,
    issued date NOT NULL
);
INSERT INTO billing_invoice (patient_id, number, amount, currency, payer_iban, status, issued)
SELECT 1 + i % 400, 'INV-' || lpad(i::text, 6, '0'), 40 + fixture_gen.n('am', i, 400), 'GBP',
       CASE WHEN i % 2 = 0 THEN fixture_gen.iban_for('pi', i) END, fixture_gen.pick(ARRAY['draft', 'sent', 'paid'], 'is', i),
       date '2023-01-01' + i % 700
FROM generate_series(1, 600) i;

-- The admin's log: object_repr is str(obj), a patient's name for a patient.
CREATE TABLE django_admin_log (
    id serial PRIMARY KEY,
    action_time timestamptz NOT NULL,
    object_id text,
    object_repr varchar(200) NOT NULL,
    action_flag smallint NOT NULL,
    change_message text NOT NULL,
    content_type_id integer REFERENCES django_content_type,
    user_id integer NOT NULL REFERENCES auth_user
);
INSERT INTO django_admin_log (action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id)
SELECT fixture_gen.stamp('al', i), (1 + i % 400)::text,
       fixture_gen.first_name('au', 1 + i % 400) || ' ' || fixture_gen.last_name('au', 1 + i % 400), 1 + i % 3,
       CASE i % 3 WHEN 0 THEN '[{"changed": {"fields": ["Email", "Last name"]}}]' WHEN 1 THEN '[{"added": {}}]' ELSE '[]' END,
       3, 10 * (1 + i % 30)
FROM generate_series(1, 400) i;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
