-- classify-eval fixture (HOLDOUT 36: written by someone who had not seen
-- the classifier, labelled by what its columns hold; never tune against
-- it): the database of a self-hosted Canvas LMS (Instructure's learning
-- management system, Ruby on Rails) on PostgreSQL, in the naming its
-- ActiveRecord migrations create: plural snake_case tables, bigint ids,
-- timestamps without time zone, workflow_state strings, context_id and
-- context_type polymorphic pairs, YAML-serialized text columns. A subset
-- of its tables, with their real columns and types.
-- "Harbourside Polytechnic", a college with a school of health and one of
-- marine and engineering studies: 4 administrators, 36 instructors, 180
-- students, 30 parents who observe a student, and the "Test Student"
-- users Canvas creates for each course's student view. Users with names,
-- sortable names ("Last, First"), short names, pronouns, birth dates,
-- avatar URLs, LTI ids and YAML preferences whose course nicknames name the
-- instructor; logins (pseudonyms) that are emails, student numbers or
-- LDAP usernames, with Authlogic SHA-512 hashes and salts, persistence,
-- single-access and perishable tokens, SSHA hashes from the SIS, SIS and
-- integration ids, login IPs; communication channels (emails, SMS numbers
-- and carrier gateways, push) with confirmation codes and bounce details
-- as JSON; profiles with bios and titles. Courses with codes, SIS ids,
-- syllabus HTML (the instructor's office, phone and email); enrollments of
-- every kind (observers linked to their student), scores; assignments;
-- submissions whose bodies, URLs and comments are the students' own
-- writing (reflective essays about placements and family, a medical
-- certificate mentioned in an extension request); attachments whose file
-- names name the student; discussion topics and entries; conversations
-- and their messages; quiz submissions whose serialized answers hold the
-- student's typed answers; access tokens (crypted token digests, hints),
-- developer keys with client secrets and vendors' contact emails; page
-- views with URLs, user agents, IPs and session ids; instructors' notes
-- on students (faculty journal); notification messages whose bodies carry
-- password-change and confirmation links; user services with OAuth
-- tokens and secrets of linked accounts; external (LTI) tools with shared
-- secrets; SIS batches whose data and errors quote the CSV rows;
-- authentication providers with an LDAP bind password and an OIDC client
-- secret; grading standards. Names that mislead: course, account, tool,
-- assignment and section names, a "Test Student", `name` of developer
-- keys, `domain` and `url` of tools, `title` of grading standards.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET client_min_messages = warning;
CREATE SCHEMA cgen;

-- tok: len letters and digits; hex: len hex digits.
CREATE FUNCTION cgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

-- at: a time in the two academic years 2022-08 to 2024-06.
CREATE FUNCTION cgen.at(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamp '2022-08-01 07:00:00' + make_interval(secs => fixture_gen.n(tag, i, 59000000)) $$;

-- People. 1-4 administrators, 5-40 instructors, 41-220 students, 221-250
-- parents observing a student, 251-262 the per-course Test Students.
CREATE TABLE cgen.p AS
SELECT i, k.kind,
       CASE WHEN k.kind = 'test' THEN 'Test' ELSE fixture_gen.first_name('cpf', i) END AS first,
       CASE WHEN k.kind = 'test' THEN 'Student' ELSE fixture_gen.last_name('cpl', i) END AS last,
       NULL::text AS email, NULL::text AS login, NULL::text AS sis, NULL::text AS phone, NULL::int AS ward,
       timestamp '2022-07-15 09:00:00' + make_interval(secs => i * 3600 + fixture_gen.n('cpc', i, 3000000)) AS created
FROM generate_series(1, 262) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 4 THEN 'admin' WHEN i <= 40 THEN 'teacher' WHEN i <= 220 THEN 'student' WHEN i <= 250 THEN 'observer' ELSE 'test' END AS kind) k;
UPDATE cgen.p SET ward = 41 + (i - 221) * 6 WHERE kind = 'observer';
UPDATE cgen.p o SET last = s.last FROM cgen.p s WHERE o.ward = s.i AND o.i % 3 <> 0;
UPDATE cgen.p SET
  email = CASE kind WHEN 'student' THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || (i % 100)::text || '@student.harbourside.example'
                    WHEN 'observer' THEN fixture_gen.ascii(first) || CASE WHEN i % 2 = 0 THEN '.' ELSE '_' END || fixture_gen.ascii(last) || '@'
                         || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.co.uk', 'web.de'], 'cpd', i)
                    WHEN 'test' THEN NULL
                    ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@harbourside.example' END,
  sis = CASE kind WHEN 'student' THEN (2300000 + i * 97)::text WHEN 'observer' THEN NULL WHEN 'test' THEN NULL ELSE 'E' || lpad((10000 + i * 13)::text, 6, '0') END,
  phone = fixture_gen.phone('cph', i);
UPDATE cgen.p SET login = CASE kind WHEN 'student' THEN CASE WHEN i % 3 = 0 THEN email ELSE 's' || sis END
                                    WHEN 'observer' THEN email
                                    WHEN 'test' THEN NULL
                                    ELSE substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) END;

-- Courses: 1-40.
CREATE TABLE cgen.c AS
SELECT c, t.title, t.code, t.acct, 5 + ((c - 1) % 36) AS teacher, CASE WHEN c <= 20 THEN '2023FA' ELSE '2024SP' END AS term
FROM generate_series(1, 40) c
CROSS JOIN LATERAL (SELECT (ARRAY['Introduction to Marine Biology', 'Anatomy and Physiology I', 'Foundations of Nursing Practice', 'Pharmacology for Health Professions',
   'Technical Drawing and CAD', 'Fluid Mechanics', 'Academic Writing', 'Statistics for Health Sciences', 'Ship Stability', 'Oceanography',
   'Mental Health Nursing', 'Microbiology', 'Electrical Principles', 'Marine Engines I', 'Professional Ethics', 'Community Health',
   'Nutrition and Dietetics', 'Navigation and Chartwork', 'Calculus I', 'Introduction to Psychology'])[1 + (c - 1) % 20] AS title,
   (ARRAY['MARB', 'ANPH', 'NURS', 'PHRM', 'ENGD', 'ENGF', 'WRIT', 'STAT', 'NAUT', 'OCEN', 'NURS', 'BIOL', 'ELEC', 'MENG', 'PHIL', 'CHLT', 'NUTR', 'NAUT', 'MATH', 'PSYC'])[1 + (c - 1) % 20]
     || '-' || (100 + ((c - 1) % 20) * 7 % 300)::text AS code,
   CASE WHEN (c - 1) % 20 IN (1, 2, 3, 7, 10, 11, 14, 15, 16, 19) THEN 2 ELSE 3 END AS acct) t;

-- ---------------------------------------------------------------- accounts
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    name character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    workflow_state character varying(255) DEFAULT 'active' NOT NULL,
    parent_account_id bigint REFERENCES accounts (id),
    root_account_id bigint REFERENCES accounts (id),
    sis_source_id character varying(255),
    default_time_zone character varying(255),
    uuid character varying(255),
    default_locale character varying(255),
    settings text,
    lti_guid character varying(255),
    integration_id character varying(255),
    lti_context_id character varying(255),
    course_template_id bigint
);
INSERT INTO accounts VALUES
 (1, 'Harbourside Polytechnic', '2022-06-01 10:00:00', '2024-05-02 14:11:09', 'active', NULL, NULL, NULL, 'Europe/London', cgen.tok('cau', 1, 40), 'en-GB',
  E'---\n:sis_name: Banner\n:self_registration: observer\n:login_handle_name: Harbourside username or student number\n:help_link_name: IT Service Desk\n:support_url: mailto:servicedesk@harbourside.example\n:external_notification_warning: false\n:mfa_settings: :optional\n:restrict_student_future_view:\n  :value: true\n  :locked: false\n:default_dashboard_view: cards\n:enable_profiles: true\n:users_can_edit_name: false\n:ip_filters:\n  Campus: 193.62.80.0/22\n  VPN: 10.44.0.0/16\n',
  cgen.tok('clg', 1, 40) || '.harbourside.instructure.example', NULL, fixture_gen.hexn('calc', 1, 40), NULL),
 (2, 'School of Health and Social Care', '2022-06-01 10:05:00', '2024-01-09 08:30:41', 'active', 1, 1, 'FAC-HSC', NULL, cgen.tok('cau', 2, 40), NULL,
  E'---\n:restrict_student_past_view:\n  :value: false\n', NULL, 'HSC', fixture_gen.hexn('calc', 2, 40), NULL),
 (3, 'School of Marine and Engineering', '2022-06-01 10:06:00', '2023-09-12 16:02:10', 'active', 1, 1, 'FAC-MAE', NULL, cgen.tok('cau', 3, 40), NULL,
  E'---\n:usage_rights_required:\n  :value: true\n', NULL, 'MAE', fixture_gen.hexn('calc', 3, 40), NULL),
 (4, 'Continuing Education', '2022-06-01 10:07:00', '2022-06-01 10:07:00', 'active', 1, 1, 'FAC-CE', NULL, cgen.tok('cau', 4, 40), NULL, NULL, NULL, NULL, fixture_gen.hexn('calc', 4, 40), NULL),
 (5, 'Manually-Created Courses', '2022-06-01 10:00:01', '2022-06-01 10:00:01', 'active', 1, 1, NULL, NULL, cgen.tok('cau', 5, 40), NULL, NULL, NULL, NULL, fixture_gen.hexn('calc', 5, 40), NULL),
 (6, 'Site Admin', '2022-06-01 09:59:00', '2022-06-01 09:59:00', 'active', NULL, NULL, NULL, 'UTC', cgen.tok('cau', 6, 40), NULL, NULL, NULL, NULL, fixture_gen.hexn('calc', 6, 40), NULL),
 (7, 'Nursing (Adult) BSc', '2022-06-02 11:00:00', '2023-08-30 09:14:55', 'active', 2, 1, 'PRG-NURA', NULL, cgen.tok('cau', 7, 40), NULL, NULL, NULL, 'NURA', fixture_gen.hexn('calc', 7, 40), NULL),
 (8, 'Marine Engineering HND', '2022-06-02 11:02:00', '2023-08-30 09:15:03', 'active', 3, 1, 'PRG-MENG', NULL, cgen.tok('cau', 8, 40), NULL, NULL, NULL, 'MENG', fixture_gen.hexn('calc', 8, 40), NULL),
 (9, 'Sandbox Courses', '2022-06-02 11:03:00', '2022-06-02 11:03:00', 'deleted', 1, 1, NULL, NULL, cgen.tok('cau', 9, 40), NULL, NULL, NULL, NULL, fixture_gen.hexn('calc', 9, 40), NULL);

-- ---------------------------------------------------------------- users
CREATE TABLE users (
    id bigint PRIMARY KEY,
    name character varying(255),
    sortable_name character varying(255),
    workflow_state character varying(255) NOT NULL,
    time_zone character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    uuid character varying(255),
    avatar_image_url character varying(255),
    avatar_image_source character varying(255),
    avatar_image_updated_at timestamp without time zone,
    school_name character varying(255),
    school_position character varying(255),
    short_name character varying(255),
    deleted_at timestamp without time zone,
    show_user_services boolean DEFAULT true,
    page_views_count integer DEFAULT 0,
    reminder_time_for_due_dates integer DEFAULT 172800,
    storage_quota bigint,
    visible_inbox_types character varying(255),
    last_user_note timestamp without time zone,
    subscribe_to_emails boolean,
    preferences text,
    avatar_state character varying(255),
    locale character varying(255),
    browser_locale character varying(255),
    unread_conversations_count integer DEFAULT 0,
    public boolean,
    initial_enrollment_type character varying(255),
    lti_context_id character varying(255),
    lti_id character varying(255),
    pronouns character varying(255),
    merged_into_user_id bigint,
    birthdate timestamp without time zone
);
INSERT INTO users
SELECT p.i,
       CASE WHEN p.kind = 'admin' AND p.i = 4 THEN 'SIS Integration' ELSE p.first || ' ' || p.last END,
       CASE WHEN p.kind = 'admin' AND p.i = 4 THEN 'Integration, SIS' ELSE p.last || ', ' || p.first END,
       CASE WHEN p.kind = 'test' THEN 'registered' WHEN p.i % 41 = 7 THEN 'deleted' WHEN p.kind = 'observer' AND p.i % 5 = 0 THEN 'pre_registered' ELSE 'registered' END,
       fixture_gen.pick(ARRAY['London', 'London', 'London', 'London', 'Dublin', 'Lisbon', 'Europe/Berlin', 'Lagos', 'Kolkata'], 'ctz', p.i),
       p.created, p.created + make_interval(secs => fixture_gen.n('cuu', p.i, 40000000)),
       cgen.tok('cuuid', p.i, 40),
       CASE WHEN p.kind <> 'test' AND p.i % 4 = 0 THEN 'https://canvas.harbourside.example/images/thumbnails/' || (3000 + p.i)::text || '/' || cgen.tok('cavt', p.i, 40)
            WHEN p.kind <> 'test' AND p.i % 4 = 1 THEN 'https://secure.gravatar.com/avatar/' || md5(coalesce(p.email, '')) || '?s=128&d=identicon' END,
       CASE WHEN p.kind <> 'test' AND p.i % 4 = 0 THEN 'attachment' WHEN p.kind <> 'test' AND p.i % 4 = 1 THEN 'gravatar' ELSE 'no_pic' END,
       CASE WHEN p.kind <> 'test' AND p.i % 4 IN (0, 1) THEN p.created + interval '3 days' END,
       CASE WHEN p.kind = 'observer' AND p.i % 4 = 2 THEN fixture_gen.pick(ARRAY['St Aidan''s Primary School', 'Kestrel Logistics Ltd', 'NHS Cornwall Partnership', 'Brightwater Marina'], 'csn', p.i)
            WHEN p.kind = 'teacher' AND p.i % 6 = 1 THEN 'Harbourside Polytechnic' END,
       CASE WHEN p.kind = 'observer' AND p.i % 4 = 2 THEN fixture_gen.pick(ARRAY['Teaching assistant', 'Warehouse supervisor', 'Staff nurse', 'Harbour master'], 'csp', p.i)
            WHEN p.kind = 'teacher' AND p.i % 6 = 1 THEN fixture_gen.pick(ARRAY['Senior Lecturer', 'Lecturer in Nursing', 'Programme Leader'], 'csp', p.i) END,
       CASE WHEN p.i = 4 THEN 'SIS Integration' WHEN p.kind = 'test' THEN 'Test Student'
            WHEN p.i % 9 = 2 THEN fixture_gen.pick(ARRAY['Mo', 'Bex', 'Jules', 'Ade', 'Kat', 'Sam', 'Nico'], 'csh', p.i) || ' ' || p.last
            ELSE p.first || ' ' || p.last END,
       CASE WHEN p.i % 41 = 7 THEN p.created + interval '300 days' END,
       p.i % 5 <> 0, fixture_gen.n('cpvc', p.i, 4000), 172800, CASE WHEN p.kind IN ('admin', 'teacher') THEN 1073741824 END,
       CASE WHEN p.i % 11 = 0 THEN 'User,Group' END,
       CASE WHEN p.kind = 'student' AND p.i % 7 = 0 THEN cgen.at('cun', p.i) END,
       CASE WHEN p.i % 3 = 0 THEN true END,
       E'---\n' || concat_ws(E'\n',
          ':custom_colors:' || E'\n  course_' || (1 + p.i % 40)::text || ': "#' || substr(md5('col' || p.i), 1, 6) || '"',
          CASE WHEN p.kind = 'student' AND p.i % 3 = 0 THEN ':course_nicknames:' || E'\n  ' || (1 + p.i % 40)::text || ': ' || split_part(c.title, ' ', 1) || ' w/ '
               || fixture_gen.pick(ARRAY['Dr. ', 'Mr. ', 'Ms. ', 'Prof. '], 'cnt', p.i) || t.last
               WHEN p.kind = 'student' AND p.i % 3 = 1 THEN ':course_nicknames:' || E'\n  ' || (1 + p.i % 40)::text || ': ' || c.code END,
          ':dashboard_view: ' || fixture_gen.pick(ARRAY['cards', 'planner', 'activity'], 'cdv', p.i),
          CASE WHEN p.i % 4 = 0 THEN ':hide_dashcard_color_overlays: true' END,
          CASE WHEN p.kind = 'teacher' THEN ':gradebook_settings:' || E'\n  ' || (1 + p.i % 40)::text || ':' || E'\n    show_concluded_enrollments: ''false''' END,
          CASE WHEN p.i % 6 = 0 THEN ':read_terms_of_use: true' END) || E'\n',
       CASE WHEN p.i = 4 THEN 'available' WHEN p.i % 4 IN (0, 1) THEN CASE WHEN p.i % 13 = 0 THEN 'submitted' ELSE 'approved' END ELSE 'none' END,
       CASE WHEN p.i % 10 = 3 THEN fixture_gen.pick(ARRAY['cy', 'pt', 'pl', 'de', 'fr'], 'clo', p.i) END,
       fixture_gen.pick(ARRAY['en-GB', 'en-GB', 'en-US', 'en', 'pl', 'pt-BR', 'cy'], 'cbl', p.i),
       fixture_gen.n('cucc', p.i, 6), NULL,
       CASE p.kind WHEN 'student' THEN 'student' WHEN 'teacher' THEN 'teacher' WHEN 'observer' THEN 'observer' WHEN 'test' THEN 'student' END,
       fixture_gen.hexn('culc', p.i, 40), fixture_gen.uuid('culi', p.i),
       CASE WHEN p.kind <> 'test' AND p.i % 3 = 0 THEN fixture_gen.pick(ARRAY['she/her', 'he/him', 'they/them', 'she/they', 'he/they'], 'cpr', p.i) END,
       CASE WHEN p.i % 41 = 7 AND p.kind = 'student' THEN p.i + 1 END,
       CASE WHEN p.kind = 'student' AND p.i % 2 = 0 THEN (date '1996-01-01' + fixture_gen.n('cbd', p.i, 3650))::timestamp END
FROM cgen.p p
JOIN cgen.c c ON c.c = 1 + p.i % 40
JOIN cgen.p t ON t.i = c.teacher;

-- ---------------------------------------------------------------- user_profiles
CREATE TABLE user_profiles (
    id bigint PRIMARY KEY,
    bio text,
    title character varying(255),
    user_id bigint REFERENCES users (id)
);
INSERT INTO user_profiles
SELECT row_number() OVER (ORDER BY p.i), 
       CASE WHEN p.kind = 'teacher' THEN 'Registered nurse for ' || (6 + p.i % 15)::text || ' years before joining Harbourside. Office ' || fixture_gen.pick(ARRAY['B2.14', 'C1.07', 'Quay Building 3.02'], 'cbo', p.i)
              || ', drop-in Tuesdays 2-4pm or call ' || p.phone || '.'
            WHEN p.i % 5 = 0 THEN 'Mature student and mum of two, returning to study after ' || (5 + p.i % 10)::text || ' years working in care homes around ' || fixture_gen.city('cbc', p.i) || '.'
            WHEN p.i % 5 = 1 THEN 'Ex-Royal Navy engineer. Message me on WhatsApp ' || p.phone || ' if you want to join the study group.'
            WHEN p.i % 5 = 2 THEN 'Interested in coastal ecology and underwater photography.'
            WHEN p.i % 5 = 3 THEN '' END,
       CASE WHEN p.kind = 'teacher' THEN fixture_gen.pick(ARRAY['Senior Lecturer in Adult Nursing', 'Lecturer, Marine Engineering', 'Programme Leader', 'Associate Professor of Biology'], 'cpt', p.i)
            WHEN p.i % 5 = 0 THEN 'Student Nurse, Year 2' WHEN p.i % 5 = 1 THEN 'HND Marine Engineering' END,
       p.i
FROM cgen.p p WHERE p.kind IN ('teacher', 'student') AND p.i % 2 = 1 OR p.kind = 'teacher';

-- ---------------------------------------------------------------- pseudonyms
CREATE TABLE pseudonyms (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    account_id bigint NOT NULL REFERENCES accounts (id),
    workflow_state character varying(255) NOT NULL,
    unique_id character varying(255) NOT NULL,
    crypted_password character varying(255) NOT NULL,
    password_salt character varying(255) NOT NULL,
    persistence_token character varying(255) NOT NULL,
    single_access_token character varying(255) NOT NULL,
    perishable_token character varying(255) NOT NULL,
    login_count integer DEFAULT 0 NOT NULL,
    failed_login_count integer DEFAULT 0 NOT NULL,
    last_request_at timestamp without time zone,
    last_login_at timestamp without time zone,
    current_login_at timestamp without time zone,
    last_login_ip character varying(255),
    current_login_ip character varying(255),
    reset_password_token character varying(255) DEFAULT '' NOT NULL,
    position integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    password_auto_generated boolean,
    deleted_at timestamp without time zone,
    sis_batch_id bigint,
    sis_user_id character varying(255),
    sis_ssha character varying(255),
    communication_channel_id bigint,
    integration_id character varying(255),
    authentication_provider_id bigint,
    declared_user_type character varying(255)
);
INSERT INTO pseudonyms
SELECT p.i, p.i, 1, CASE WHEN p.i % 41 = 7 THEN 'deleted' WHEN p.i % 29 = 3 THEN 'suspended' ELSE 'active' END,
       CASE WHEN p.i = 4 THEN 'sis_integration' ELSE p.login END,
       fixture_gen.hexn('cpw', p.i, 128), cgen.tok('cps', p.i, 20), fixture_gen.hexn('cpt', p.i, 128), cgen.tok('csat', p.i, 20), cgen.tok('cprt', p.i, 20),
       fixture_gen.n('clc', p.i, 900), CASE WHEN p.i % 6 = 0 THEN fixture_gen.n('cflc', p.i, 4) ELSE 0 END,
       timestamp '2024-05-01 00:00:00' + make_interval(secs => fixture_gen.n('clra', p.i, 4000000)),
       timestamp '2024-04-01 00:00:00' + make_interval(secs => fixture_gen.n('clla', p.i, 2500000)),
       timestamp '2024-05-01 00:00:00' + make_interval(secs => fixture_gen.n('ccla', p.i, 3500000)),
       CASE WHEN p.i % 3 = 0 THEN fixture_gen.ipv6('clip', p.i) ELSE fixture_gen.ipv4('clip', p.i) END,
       CASE WHEN p.i % 4 = 0 THEN '193.62.' || (80 + p.i % 4)::text || '.' || (1 + p.i % 250)::text ELSE fixture_gen.ipv4('ccip', p.i) END,
       CASE WHEN p.i % 23 = 5 THEN cgen.tok('crpt', p.i, 20) ELSE '' END,
       1, p.created, p.created + make_interval(secs => fixture_gen.n('cpup', p.i, 30000000)),
       p.kind IN ('student', 'teacher', 'admin'),
       CASE WHEN p.i % 41 = 7 THEN p.created + interval '300 days' END,
       CASE WHEN p.sis IS NOT NULL THEN 1 + p.i % 6 END,
       p.sis,
       CASE WHEN p.kind = 'student' AND p.i % 5 = 0 THEN '{SSHA}' || fixture_gen.b64('cssha', p.i, 24) END,
       p.i,
       CASE WHEN p.kind = 'student' THEN 'HP' || lpad((p.i * 7919 % 1000000)::text, 7, '0') WHEN p.kind IN ('teacher', 'admin') THEN 'HR-' || (40000 + p.i * 31)::text END,
       CASE WHEN p.kind IN ('teacher', 'admin') AND p.i <> 4 THEN 2 WHEN p.kind = 'student' AND p.i % 3 <> 0 THEN 3 END,
       CASE WHEN p.i % 10 = 1 THEN CASE p.kind WHEN 'student' THEN 'student' WHEN 'teacher' THEN 'teacher' ELSE 'parent' END END
FROM cgen.p p WHERE p.kind <> 'test';

-- ---------------------------------------------------------------- communication_channels
CREATE TABLE communication_channels (
    id bigint PRIMARY KEY,
    path character varying(255) NOT NULL,
    path_type character varying(255) DEFAULT 'email' NOT NULL,
    position integer,
    user_id bigint NOT NULL REFERENCES users (id),
    pseudonym_id bigint,
    bounce_count integer DEFAULT 0,
    workflow_state character varying(255) NOT NULL,
    confirmation_code character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    build_pseudonym_on_confirm boolean,
    last_bounce_at timestamp without time zone,
    last_bounce_details json,
    confirmation_code_expires_at timestamp without time zone,
    confirmation_sent_count integer DEFAULT 0 NOT NULL
);
INSERT INTO communication_channels
SELECT row_number() OVER (ORDER BY x.i, x.k), x.path, x.pt, x.k, x.i, CASE WHEN x.k = 1 THEN x.i END,
       CASE WHEN x.bounce THEN 1 + fixture_gen.n('cbc', x.i, 3) ELSE 0 END,
       CASE WHEN x.i % 17 = 4 AND x.k > 1 THEN 'unconfirmed' WHEN x.i % 41 = 7 THEN 'retired' ELSE 'active' END,
       cgen.tok('ccc', x.i * 10 + x.k, 25),
       x.cr, x.cr + make_interval(secs => fixture_gen.n('ccu', x.i * 10 + x.k, 20000000)),
       false,
       CASE WHEN x.bounce THEN x.cr + interval '200 days' END,
       CASE WHEN x.bounce THEN json_build_object('bouncedRecipients', json_build_array(json_build_object('emailAddress', x.path, 'action', 'failed', 'status', '5.1.1',
            'diagnosticCode', 'smtp; 550 5.1.1 <' || x.path || '>: Recipient address rejected: User unknown in virtual mailbox table')),
            'bounceType', 'Permanent', 'bounceSubType', 'General', 'timestamp', to_char(x.cr + interval '200 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'feedbackId', fixture_gen.hexn('cfb', x.i, 16) || '-' || fixture_gen.uuid('cfb', x.i) || '-000000', 'reportingMTA', 'dsn; a8-83.smtp-out.amazonses.com') END,
       CASE WHEN x.i % 17 = 4 AND x.k > 1 THEN x.cr + interval '1 day' END,
       CASE WHEN x.i % 17 = 4 AND x.k > 1 THEN 2 ELSE 1 END
FROM (
  SELECT p.i, 1 AS k, p.email AS path, 'email' AS pt, p.created AS cr, p.i % 37 = 12 AS bounce FROM cgen.p p WHERE p.email IS NOT NULL
  UNION ALL
  SELECT p.i, 2, CASE WHEN p.i % 3 = 0 THEN fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'icloud.com'], 'cse', p.i) 
                      ELSE regexp_replace(p.phone, '[^0-9+]', '', 'g') END,
         CASE WHEN p.i % 3 = 0 THEN 'email' ELSE 'sms' END, p.created + interval '20 days', false
  FROM cgen.p p WHERE p.kind IN ('student', 'teacher') AND p.i % 2 = 0
  UNION ALL
  SELECT p.i, 3, fixture_gen.digits('csg', p.i, 10) || '@' || fixture_gen.pick(ARRAY['txt.att.net', 'vtext.com', 'tmomail.net'], 'csgw', p.i), 'email', p.created + interval '40 days', false
  FROM cgen.p p WHERE p.kind = 'observer' AND p.i % 4 = 1
  UNION ALL
  SELECT p.i, 4, 'push', 'push', p.created + interval '60 days', false FROM cgen.p p WHERE p.kind = 'student' AND p.i % 5 = 2
) x;

-- ---------------------------------------------------------------- courses
CREATE TABLE courses (
    id bigint PRIMARY KEY,
    name character varying(255),
    account_id bigint NOT NULL REFERENCES accounts (id),
    workflow_state character varying(255) NOT NULL,
    uuid character varying(255),
    start_at timestamp without time zone,
    conclude_at timestamp without time zone,
    is_public boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    syllabus_body text,
    course_code character varying(255),
    default_view character varying(255),
    root_account_id bigint NOT NULL REFERENCES accounts (id),
    enrollment_term_id bigint NOT NULL,
    sis_source_id character varying(255),
    sis_batch_id bigint,
    self_enrollment_code character varying(255),
    license character varying(255),
    settings text,
    public_description text,
    integration_id character varying(255),
    time_zone character varying(255),
    lti_context_id character varying(255)
);
INSERT INTO courses
SELECT c.c, c.title, c.acct, CASE WHEN c.c <= 20 THEN 'completed' WHEN c.c = 40 THEN 'claimed' ELSE 'available' END, cgen.tok('ccuu', c.c, 40),
       CASE WHEN c.c <= 20 THEN timestamp '2023-09-18 00:00:00' ELSE timestamp '2024-01-15 00:00:00' END,
       CASE WHEN c.c <= 20 THEN timestamp '2023-12-15 23:59:00' ELSE timestamp '2024-05-24 23:59:00' END,
       c.c % 7 = 0, timestamp '2023-07-01 09:00:00' + make_interval(hours => c.c * 5), timestamp '2024-05-30 10:00:00' + make_interval(hours => c.c),
       '<h2>' || c.title || '</h2><p><strong>Module leader:</strong> ' || t.first || ' ' || t.last || '<br><strong>Email:</strong> <a href="mailto:' || t.email || '">' || t.email || '</a>'
         || CASE WHEN c.c % 3 = 0 THEN '<br><strong>Mobile (placement emergencies only):</strong> ' || t.phone ELSE '<br><strong>Office:</strong> ' || fixture_gen.pick(ARRAY['B2.14', 'C1.07', 'Quay Building 3.02', 'Marine Centre G.11'], 'cso', c.c) END
         || '</p><p>Teaching weeks run Monday to Friday. Assessment is by ' || fixture_gen.pick(ARRAY['coursework (60%) and an exam (40%)', 'a portfolio and a viva', 'three assignments and a practical'], 'csa', c.c)
         || '. Extension requests go through the Student Hub.</p>',
       c.code || '-' || c.term, fixture_gen.pick(ARRAY['modules', 'wiki', 'syllabus', 'modules'], 'cdv', c.c), 1, CASE WHEN c.c <= 20 THEN 3 ELSE 4 END,
       c.code || '-' || c.term || '-01', 1 + c.c % 6,
       CASE WHEN c.c % 10 = 4 THEN upper(cgen.tok('csec', c.c, 6)) END,
       fixture_gen.pick(ARRAY['private', 'private', 'cc_by_nc', 'public_domain'], 'clic', c.c),
       E'---\n:hide_final_grades: ' || (c.c % 2 = 0)::text || E'\n:lock_all_announcements: false\n:course_color: "#' || substr(md5('cc' || c.c), 1, 6) || E'"\n:syllabus_updated_at: ''2023-09-0' || (1 + c.c % 9)::text || E'T10:00:00Z''\n',
       CASE WHEN c.c % 7 = 0 THEN 'An introductory module in ' || lower(c.title) || ' open to visiting students. No prior study is assumed.' END,
       CASE WHEN c.c % 2 = 0 THEN 'MOD' || (5000 + c.c)::text END, NULL, fixture_gen.hexn('cclc', c.c, 40)
FROM cgen.c c JOIN cgen.p t ON t.i = c.teacher;

-- ---------------------------------------------------------------- enrollments
CREATE TABLE cgen.e AS
SELECT row_number() OVER (ORDER BY course, kind, u) AS id, * FROM (
  SELECT c.c AS course, 1 AS kind, c.teacher AS u, NULL::int AS assoc FROM cgen.c c
  UNION ALL
  SELECT 1 + (s + k * 11) % 40, 2, s, NULL FROM generate_series(41, 220) s, generate_series(0, 3) k
  UNION ALL
  SELECT c.c, 3, 250 + c.c, NULL FROM cgen.c c WHERE c.c <= 12
  UNION ALL
  SELECT 1 + (o.ward + k * 11) % 40, 4, o.i, o.ward FROM cgen.p o, generate_series(0, 1) k WHERE o.kind = 'observer'
  UNION ALL
  SELECT c.c, 5, 5 + (c.c * 7) % 36, NULL FROM cgen.c c WHERE c.c % 4 = 0 AND 5 + (c.c * 7) % 36 <> c.teacher
) x;

CREATE TABLE enrollments (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    course_id bigint NOT NULL REFERENCES courses (id),
    type character varying(255) NOT NULL,
    uuid character varying(255),
    workflow_state character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    associated_user_id bigint REFERENCES users (id),
    sis_batch_id bigint,
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    course_section_id bigint NOT NULL,
    root_account_id bigint NOT NULL,
    completed_at timestamp without time zone,
    self_enrolled boolean,
    grade_publishing_status character varying(255) DEFAULT 'unpublished',
    grade_publishing_message text,
    limit_privileges_to_course_section boolean DEFAULT false NOT NULL,
    last_activity_at timestamp without time zone,
    total_activity_time integer,
    role_id bigint NOT NULL,
    last_attended_at timestamp without time zone,
    sis_pseudonym_id bigint
);
INSERT INTO enrollments
SELECT e.id, e.u, e.course, (ARRAY['TeacherEnrollment', 'StudentEnrollment', 'StudentViewEnrollment', 'ObserverEnrollment', 'TaEnrollment'])[e.kind],
       cgen.tok('ceuu', e.id, 40),
       CASE WHEN e.course <= 20 AND e.kind IN (2, 4) THEN 'completed' WHEN e.id % 31 = 4 THEN 'inactive' WHEN e.id % 53 = 9 THEN 'deleted' ELSE 'active' END,
       timestamp '2023-08-20 06:00:00' + make_interval(secs => fixture_gen.n('cec', e.id, 2000000)) + CASE WHEN e.course > 20 THEN interval '4 months' ELSE interval '0' END,
       timestamp '2024-05-28 06:00:00' + make_interval(secs => fixture_gen.n('ceu', e.id, 1000000)),
       e.assoc, CASE WHEN e.kind IN (1, 2, 5) THEN 1 + e.id % 6 END, NULL, NULL, e.course, 1,
       CASE WHEN e.course <= 20 AND e.kind = 2 THEN timestamp '2024-01-05 02:00:00' END,
       e.kind = 2 AND e.id % 47 = 3,
       CASE WHEN e.kind = 2 AND e.course <= 20 THEN CASE WHEN e.id % 19 = 2 THEN 'error' ELSE 'published' END ELSE 'unpublished' END,
       CASE WHEN e.kind = 2 AND e.course <= 20 AND e.id % 19 = 2 THEN 'Banner rejected the grade for ' || p.sis || ' (' || p.last || ', ' || p.first || '): student is not registered on CRN '
            || (30000 + e.course * 17)::text || ' in term 202410' END,
       e.kind = 5,
       timestamp '2024-04-01 00:00:00' + make_interval(secs => fixture_gen.n('cela', e.id, 5000000)),
       fixture_gen.n('ceta', e.id, 400000),
       e.kind,
       CASE WHEN e.kind = 2 AND e.id % 3 = 0 THEN timestamp '2024-03-01 09:00:00' + make_interval(days => (e.id % 60)::int) END,
       CASE WHEN e.kind IN (1, 2, 5) THEN e.u END
FROM cgen.e e JOIN cgen.p p ON p.i = e.u;

-- ---------------------------------------------------------------- scores
CREATE TABLE scores (
    id bigint PRIMARY KEY,
    enrollment_id bigint NOT NULL REFERENCES enrollments (id),
    grading_period_id bigint,
    workflow_state character varying(255) DEFAULT 'active' NOT NULL,
    current_score double precision,
    final_score double precision,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    unposted_current_score double precision,
    unposted_final_score double precision,
    override_score double precision,
    course_score boolean DEFAULT false NOT NULL
);
INSERT INTO scores
SELECT e.id, e.id, NULL, 'active', round((40 + fixture_gen.n('csc', e.id, 600) / 10.0)::numeric, 2), round((35 + fixture_gen.n('csf', e.id, 640) / 10.0)::numeric, 2),
       timestamp '2023-09-20 00:00:00', timestamp '2024-05-20 00:00:00' + make_interval(secs => fixture_gen.n('csu', e.id, 600000)),
       round((40 + fixture_gen.n('csuc', e.id, 600) / 10.0)::numeric, 2), round((35 + fixture_gen.n('csuf', e.id, 640) / 10.0)::numeric, 2),
       CASE WHEN e.id % 29 = 0 THEN 40.0 END, true
FROM cgen.e e WHERE e.kind IN (2, 3);

-- ---------------------------------------------------------------- assignments
CREATE TABLE assignments (
    id bigint PRIMARY KEY,
    title character varying(255),
    description text,
    due_at timestamp without time zone,
    unlock_at timestamp without time zone,
    lock_at timestamp without time zone,
    points_possible double precision,
    grading_type character varying(255),
    submission_types character varying(255),
    workflow_state character varying(255) NOT NULL,
    context_id bigint NOT NULL,
    context_type character varying(255) NOT NULL,
    assignment_group_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    peer_reviews boolean DEFAULT false,
    position integer,
    anonymous_grading boolean DEFAULT false
);
INSERT INTO assignments
SELECT (c.c - 1) * 3 + k, 
       CASE k WHEN 1 THEN fixture_gen.pick(ARRAY['Reflective Essay: Clinical Placement', 'Reflective Account (Gibbs Cycle)', 'Essay 1: Critical Review', 'Written Assignment 1'], 'cat', c.c)
              WHEN 2 THEN fixture_gen.pick(ARRAY['Lab Report: Plankton Sampling', 'Portfolio Upload', 'Case Study: Medication Errors', 'Design Project Drawings'], 'cat2', c.c)
              ELSE 'Week ' || (3 + c.c % 8)::text || ' Quiz' END,
       CASE k WHEN 1 THEN '<p>Write a reflective account of 1,500 words using Gibbs'' reflective cycle. Anonymise all patients, staff and placement areas in line with the NMC Code.</p>'
              WHEN 2 THEN '<p>Upload your report as a single PDF or share a link to your portfolio. Include your candidate number, not your name, on the cover page.</p>'
              ELSE '<p>This quiz has 10 questions and a 30 minute time limit. You have two attempts.</p>' END,
       CASE WHEN c.c <= 20 THEN timestamp '2023-10-13 23:59:00' ELSE timestamp '2024-02-16 23:59:00' END + make_interval(days => 21 * (k - 1)),
       CASE WHEN c.c <= 20 THEN timestamp '2023-09-18 00:00:00' ELSE timestamp '2024-01-15 00:00:00' END,
       CASE WHEN c.c <= 20 THEN timestamp '2023-12-15 23:59:00' ELSE timestamp '2024-05-24 23:59:00' END,
       CASE k WHEN 3 THEN 10 ELSE 100 END, CASE k WHEN 2 THEN 'letter_grade' ELSE 'points' END,
       CASE k WHEN 1 THEN 'online_text_entry' WHEN 2 THEN 'online_upload,online_url' ELSE 'online_quiz' END,
       'published', c.c, 'Course', c.c * 10 + k, timestamp '2023-08-01 10:00:00' + make_interval(hours => c.c * 3 + k), timestamp '2024-05-01 10:00:00' + make_interval(hours => c.c * 3 + k),
       k = 1 AND c.c % 5 = 0, k, k = 1 AND c.c % 4 = 0
FROM cgen.c c, generate_series(1, 3) k;

-- ---------------------------------------------------------------- submissions
-- one row per student enrolment and assignment handed in (about 80%).
CREATE TABLE cgen.s AS
SELECT row_number() OVER (ORDER BY e.id, k) AS id, e.id AS eid, e.u, e.course, k, (e.course - 1) * 3 + k AS aid,
       fixture_gen.n('ssk', e.id * 10 + k, 10) AS v
FROM cgen.e e, generate_series(1, 3) k WHERE e.kind = 2 AND fixture_gen.n('ssub', e.id * 10 + k, 10) < 8;
ALTER TABLE cgen.s ADD COLUMN att bigint;
UPDATE cgen.s SET att = 10000 + id WHERE k = 2 AND v < 6;

CREATE TABLE submissions (
    id bigint PRIMARY KEY,
    body text,
    url character varying(255),
    attachment_id bigint,
    grade character varying(255),
    score double precision,
    submitted_at timestamp without time zone,
    assignment_id bigint NOT NULL REFERENCES assignments (id),
    user_id bigint NOT NULL REFERENCES users (id),
    submission_type character varying(255),
    workflow_state character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    attachment_ids text,
    graded_at timestamp without time zone,
    grader_id bigint,
    media_comment_id character varying(255),
    quiz_submission_id bigint,
    submission_comments_count integer,
    attempt integer,
    cached_due_date timestamp without time zone,
    excused boolean,
    late_policy_status character varying(16),
    points_deducted numeric(6,2),
    seconds_late_override bigint,
    lti_user_id character varying(255),
    anonymous_id character varying(5),
    posted_at timestamp without time zone,
    course_id bigint NOT NULL,
    turnitin_data text
);
INSERT INTO submissions
SELECT s.id,
       CASE WHEN s.k = 1 THEN CASE s.v
         WHEN 0 THEN '<p>During my placement on ' || fixture_gen.pick(ARRAY['Ward 7 (respiratory)', 'the acute medical unit', 'Ward 12 (stroke)', 'the day surgery unit'], 'sbw', s.id) || ' at '
              || fixture_gen.pick(ARRAY['Royal Harbour Hospital', 'St Piran''s Community Hospital', 'Penmorvah House care home'], 'sbh', s.id) || ' I looked after Mrs '
              || fixture_gen.last_name('sbp', s.id) || ' (bed ' || (1 + s.id % 28)::text || '), an 84-year-old with COPD and early dementia whose daughter ' || fixture_gen.first_name('sbd', s.id)
              || ' visited every evening.</p><p>What went well was ...</p>'
         WHEN 1 THEN '<p>My mentor, ' || fixture_gen.full_name('sbm', s.id) || ', showed me how to escalate a NEWS2 score of 6. Looking back, I felt anxious because my own mother was treated on the same ward last year.</p>'
         WHEN 2 THEN '<p>Apologies that this is late: my son was admitted to hospital with appendicitis on the 9th and I have a letter from Dr ' || fixture_gen.last_name('sbg', s.id)
              || ' at my GP practice. I can be reached on ' || p.phone || ' if you need anything else.</p><p>Reflection: ...</p>'
         WHEN 3 THEN '<p>I live at ' || fixture_gen.street('sba', s.id) || ' with two flatmates, and commuting to placement by bus taught me a lot about time management.</p>'
         ELSE fixture_gen.pick(ARRAY['<p>Gibbs'' cycle has six stages: description, feelings, evaluation, analysis, conclusion and action plan. In this essay I apply it to a medication round.</p>',
              '<p>The metacentric height GM determines initial stability; a larger GM gives a stiffer vessel with a shorter roll period.</p>',
              '<p>Critical review of three papers on pressure ulcer prevention, comparing their methods and sample sizes.</p>'], 'sbx', s.id) END END,
       CASE WHEN s.k = 2 AND s.v >= 6 THEN CASE s.v
         WHEN 6 THEN 'https://docs.google.com/document/d/' || cgen.tok('sgd', s.id, 44) || '/edit?usp=sharing'
         WHEN 7 THEN 'https://sites.google.com/view/' || lower(fixture_gen.ascii(p.first)) || '-' || lower(fixture_gen.ascii(p.last)) || '-portfolio'
         WHEN 8 THEN 'https://' || lower(fixture_gen.ascii(p.first)) || lower(fixture_gen.ascii(p.last)) || '.wixsite.com/nursing-portfolio'
         ELSE 'https://www.youtube.com/watch?v=' || cgen.tok('syt', s.id, 11) END END,
       s.att,
       CASE s.k WHEN 2 THEN fixture_gen.pick(ARRAY['A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'D', 'F'], 'sgr', s.id) ELSE (40 + fixture_gen.n('ssc', s.id, 61))::text END,
       CASE s.k WHEN 3 THEN fixture_gen.n('sq', s.id, 11) ELSE 40 + fixture_gen.n('ssc', s.id, 61) END,
       a.due_at - make_interval(secs => fixture_gen.n('ssa', s.id, 900000)) + CASE WHEN s.v = 2 THEN interval '4 days' ELSE interval '0' END,
       s.aid, s.u,
       CASE s.k WHEN 1 THEN 'online_text_entry' WHEN 2 THEN CASE WHEN s.v < 6 THEN 'online_upload' ELSE 'online_url' END ELSE 'online_quiz' END,
       CASE WHEN s.id % 9 = 0 THEN 'submitted' ELSE 'graded' END,
       a.unlock_at + make_interval(secs => fixture_gen.n('ssc', s.id, 900000)), a.due_at + interval '14 days',
       CASE WHEN s.att IS NOT NULL THEN s.att::text END,
       CASE WHEN s.id % 9 <> 0 THEN a.due_at + make_interval(secs => 86400 + fixture_gen.n('sgt', s.id, 900000)) END,
       CASE WHEN s.id % 9 <> 0 THEN c.teacher END,
       CASE WHEN s.k = 2 AND s.id % 25 = 0 THEN '0_' || lower(cgen.tok('smc', s.id, 8)) END,
       CASE WHEN s.k = 3 THEN s.id END,
       fixture_gen.n('scc', s.id, 3), 1 + CASE WHEN s.k = 3 THEN s.id % 2 ELSE 0 END,
       a.due_at, s.id % 97 = 5,
       CASE WHEN s.v = 2 THEN 'late' WHEN s.id % 61 = 4 THEN 'missing' END,
       CASE WHEN s.v = 2 THEN 10.00 END, NULL,
       u.lti_context_id, cgen.tok('san', s.id, 5),
       CASE WHEN s.id % 9 <> 0 THEN a.due_at + interval '20 days' END, s.course,
       CASE WHEN s.k = 1 THEN E'---\n:submission_' || s.id || E':\n  :similarity_score: ' || fixture_gen.n('stt', s.id, 40) || E'.0\n  :state: acceptable\n  :object_id: "' || (180000000 + s.id)::text
            || E'"\n  :report_url: "/submissions/' || s.id || E'/turnitin/report"\n:last_processed_attempt: 1\n' END
FROM cgen.s s JOIN assignments a ON a.id = s.aid JOIN cgen.p p ON p.i = s.u JOIN cgen.c c ON c.c = s.course JOIN users u ON u.id = s.u;

-- ---------------------------------------------------------------- submission_comments
CREATE TABLE submission_comments (
    id bigint PRIMARY KEY,
    comment text,
    submission_id bigint REFERENCES submissions (id),
    author_id bigint,
    author_name character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    attachment_ids text,
    media_comment_id character varying(255),
    context_id bigint,
    context_type character varying(255),
    anonymous boolean,
    teacher_only_comment boolean DEFAULT false,
    hidden boolean DEFAULT false,
    draft boolean DEFAULT false NOT NULL,
    attempt integer
);
INSERT INTO submission_comments
SELECT row_number() OVER (ORDER BY s.id, r),
       CASE WHEN r = 1 THEN
         CASE fixture_gen.n('scm', s.id, 5)
           WHEN 0 THEN 'Good structure, ' || p.first || ', but please anonymise: you named Mrs ' || fixture_gen.last_name('sbp', s.id) || ' and the ward. Resubmit with initials only.'
           WHEN 1 THEN 'Extension agreed as discussed with your personal tutor ' || fixture_gen.full_name('sct', s.id) || '. Please keep the GP letter for the mitigating circumstances panel.'
           WHEN 2 THEN 'Well argued. Your referencing needs work: see the Harvard guide in Module 0.'
           WHEN 3 THEN 'Please see me in office hours.'
           ELSE 'Clear calculations and a tidy report.' END
         ELSE CASE fixture_gen.n('scr', s.id, 3)
           WHEN 0 THEN 'Thank you! I have re-uploaded it. If the file fails again please email my personal address ' || fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last) || '@gmail.com'
           WHEN 1 THEN 'Sorry, my dyslexia assessment is still pending with Student Support, so I used the screen reader for this one.'
           ELSE 'Thanks for the feedback.' END END,
       s.id,
       CASE WHEN r = 1 THEN c.teacher ELSE s.u END,
       CASE WHEN r = 1 THEN t.first || ' ' || t.last ELSE p.first || ' ' || p.last END,
       a.due_at + make_interval(secs => 200000 + r * 86400 + fixture_gen.n('sct', s.id, 300000)), a.due_at + make_interval(secs => 200000 + r * 86400 + fixture_gen.n('sct', s.id, 300000)),
       NULL, CASE WHEN r = 1 AND s.id % 40 = 3 THEN '0_' || lower(cgen.tok('scmc', s.id, 8)) END,
       s.course, 'Course', false, r = 1 AND s.id % 23 = 0, false, false, 1
FROM cgen.s s JOIN assignments a ON a.id = s.aid JOIN cgen.c c ON c.c = s.course JOIN cgen.p p ON p.i = s.u JOIN cgen.p t ON t.i = c.teacher,
     generate_series(1, 2) r
WHERE s.k <> 3 AND s.id % 3 = 0 AND (r = 1 OR s.id % 2 = 0);

-- ---------------------------------------------------------------- attachments
CREATE TABLE attachments (
    id bigint PRIMARY KEY,
    context_id bigint,
    context_type character varying(255),
    size bigint,
    folder_id bigint,
    content_type character varying(255),
    filename text,
    uuid character varying(255),
    display_name text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying(255),
    user_id bigint,
    locked boolean DEFAULT false,
    file_state character varying(255),
    deleted_at timestamp without time zone,
    position integer,
    root_attachment_id bigint,
    namespace character varying(255),
    md5 character varying(255),
    modified_at timestamp without time zone,
    category character varying(255) DEFAULT 'uncategorized' NOT NULL
);
INSERT INTO attachments
SELECT x.id, x.ctx, x.ctype, 20000 + fixture_gen.n('asz', x.id, 8000000), x.folder, x.ct, replace(x.dn, ' ', '_'), cgen.tok('auu', x.id, 40), x.dn,
       x.cr, x.cr + interval '1 hour', CASE WHEN x.id % 71 = 5 THEN 'deleted' ELSE 'processed' END, x.usr, false,
       CASE WHEN x.id % 71 = 5 THEN 'deleted' ELSE 'available' END, CASE WHEN x.id % 71 = 5 THEN x.cr + interval '30 days' END, NULL, NULL, 'account_1',
       md5('file' || x.id), x.cr, x.cat
FROM (
  SELECT s.att AS id, s.u AS ctx, 'User' AS ctype, 300 + s.u AS folder, CASE WHEN s.v % 2 = 0 THEN 'application/pdf' ELSE 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' END AS ct,
         CASE s.v WHEN 0 THEN p.last || '_' || p.first || '_' || p.sis || '_' || replace(a.title, ':', '') || '.pdf'
                  WHEN 1 THEN p.first || ' ' || p.last || ' - ' || split_part(a.title, ':', 1) || '.docx'
                  WHEN 2 THEN 'case study ' || lower(p.first) || ' final FINAL.pdf'
                  WHEN 3 THEN split_part(a.title, ':', 1) || ' v2.docx'
                  WHEN 4 THEN 'Report ' || p.sis || '.pdf'
                  ELSE 'Scan ' || to_char(a.due_at, 'YYYY-MM-DD') || ' ' || p.first || '.docx' END AS dn,
         a.due_at - interval '1 day' AS cr, s.u AS usr, 'uncategorized' AS cat
  FROM cgen.s s JOIN cgen.p p ON p.i = s.u JOIN assignments a ON a.id = s.aid WHERE s.att IS NOT NULL
  UNION ALL
  SELECT (c.c - 1) * 3 + k, c.c, 'Course', 100 + c.c, CASE k WHEN 1 THEN 'application/pdf' WHEN 2 THEN 'application/vnd.ms-powerpoint' ELSE 'image/png' END,
         CASE k WHEN 1 THEN 'Module Handbook 2023-24 ' || c.code || '.pdf' WHEN 2 THEN 'Week ' || (2 + c.c % 9)::text || ' Lecture - ' || c.title || '.pptx' ELSE 'course-banner.png' END,
         timestamp '2023-08-20 10:00:00' + make_interval(hours => c.c * 3 + k), c.teacher, CASE k WHEN 3 THEN 'icon_maker_icons' ELSE 'uncategorized' END
  FROM cgen.c c, generate_series(1, 3) k
  UNION ALL
  SELECT 5000 + p.i, p.i, 'User', 300 + p.i, 'image/jpeg',
         CASE p.i % 3 WHEN 0 THEN 'profile.jpg' WHEN 1 THEN 'IMG_' || (1000 + p.i * 7)::text || '.JPG' ELSE fixture_gen.ascii(p.first) || '_' || fixture_gen.ascii(p.last) || '_headshot.jpg' END,
         p.created + interval '2 days', p.i, 'uncategorized'
  FROM cgen.p p WHERE p.kind <> 'test' AND p.i % 4 = 0
  UNION ALL
  SELECT 20000 + m, 40 + m * 3 % 180, 'User', 300 + 40 + m * 3 % 180, CASE WHEN m % 2 = 0 THEN 'application/pdf' ELSE 'image/jpeg' END,
         CASE m % 4 WHEN 0 THEN 'Fit note ' || p.first || ' ' || p.last || '.pdf' WHEN 1 THEN 'DSA needs assessment - ' || p.last || '.jpg'
                    WHEN 2 THEN 'Hospital letter ' || to_char(p.created + interval '1 year', 'DD.MM.YY') || '.pdf' ELSE 'WhatsApp Image 2024-02-1' || (m % 9)::text || ' at 09.4' || (m % 10)::text || '.jpeg' END,
         timestamp '2023-10-01 09:00:00' + make_interval(days => m * 3), p.i, 'uncategorized'
  FROM generate_series(1, 40) m JOIN cgen.p p ON p.i = 41 + m * 3 % 180
) x;

-- ---------------------------------------------------------------- discussion_topics
CREATE TABLE discussion_topics (
    id bigint PRIMARY KEY,
    title character varying(255),
    message text,
    context_id bigint NOT NULL,
    context_type character varying(255) NOT NULL,
    type character varying(255),
    user_id bigint,
    workflow_state character varying(255) NOT NULL,
    last_reply_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    posted_at timestamp without time zone,
    assignment_id bigint,
    attachment_id bigint,
    deleted_at timestamp without time zone,
    discussion_type character varying(255),
    pinned boolean,
    locked boolean DEFAULT false NOT NULL
);
INSERT INTO discussion_topics
SELECT (c.c - 1) * 2 + k,
       CASE k WHEN 1 THEN fixture_gen.pick(ARRAY['Room change for Thursday', 'Congratulations!', 'Placement allocations', 'Welcome to the module'], 'dtt', c.c) ELSE 'Introduce yourself' END,
       CASE WHEN k = 2 THEN '<p>Tell us a little about yourself and why you chose this programme. Share only what you are comfortable sharing.</p>'
            ELSE CASE fixture_gen.n('dtt', c.c, 4)
              WHEN 0 THEN '<p>Thursday''s session moves to ' || fixture_gen.pick(ARRAY['Quay Building 1.04', 'the simulation suite', 'Marine Centre G.02'], 'dtr', c.c) || '. Bring your lab coats.</p>'
              WHEN 1 THEN '<p>Congratulations to ' || fixture_gen.full_name('dtc', c.c) || ' and ' || fixture_gen.full_name('dtd', c.c) || ', this year''s winners of the Dean''s Award for Clinical Excellence!</p>'
              WHEN 2 THEN '<p>Placement allocations are out. If you have caring responsibilities or a health condition that affects travel, contact the placements team, '
                   || fixture_gen.full_name('dtp', c.c) || ' (' || fixture_gen.phone('dtp', c.c) || '), by Friday.</p>'
              ELSE '<p>Welcome! Please read the module handbook and complete the Week 1 activities before our first session.</p>' END END,
       c.c, 'Course', CASE k WHEN 1 THEN 'Announcement' END, c.teacher, 'active',
       CASE k WHEN 2 THEN timestamp '2023-09-25 10:00:00' + make_interval(days => c.c) END,
       timestamp '2023-09-10 10:00:00' + make_interval(days => c.c, hours => k), timestamp '2023-10-10 10:00:00' + make_interval(days => c.c, hours => k),
       timestamp '2023-09-10 10:00:00' + make_interval(days => c.c, hours => k), NULL, CASE WHEN k = 1 AND c.c % 5 = 0 THEN (c.c - 1) * 3 + 1 END, NULL,
       CASE k WHEN 1 THEN 'side_comment' ELSE 'threaded' END, k = 2 AND c.c % 3 = 0, false
FROM cgen.c c, generate_series(1, 2) k;

-- ---------------------------------------------------------------- discussion_entries
CREATE TABLE discussion_entries (
    id bigint PRIMARY KEY,
    message text,
    discussion_topic_id bigint REFERENCES discussion_topics (id),
    user_id bigint,
    parent_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    attachment_id bigint,
    workflow_state character varying(255) DEFAULT 'active',
    deleted_at timestamp without time zone,
    editor_id bigint,
    root_entry_id bigint,
    depth integer,
    rating_count integer
);
INSERT INTO discussion_entries
SELECT row_number() OVER (ORDER BY e.course, e.id), 
       CASE fixture_gen.n('den', e.id, 6)
         WHEN 0 THEN '<p>Hi everyone, I''m ' || p.first || '. I live in ' || fixture_gen.city('dec', e.id) || ' with my partner and our two kids, and I work nights as a healthcare assistant at ' 
              || fixture_gen.pick(ARRAY['Royal Harbour Hospital', 'Treliske', 'Penmorvah House'], 'deh', e.id) || '.</p>'
         WHEN 1 THEN '<p>Hello! ' || p.first || ' here, I was in the Navy for eight years. Happy to start a study group, my number is ' || p.phone || '.</p>'
         WHEN 2 THEN '<p>Hi, I''m ' || p.first || ' ' || p.last || '. I moved here from ' || fixture_gen.pick(ARRAY['Lagos', 'Kraków', 'Porto', 'Kerala', 'Manila'], 'dem', e.id) || ' last year and I''m the first in my family to go to university.</p>'
         WHEN 3 THEN '<p>I chose nursing after my dad''s cancer treatment; the nurses on the oncology ward were amazing.</p>'
         WHEN 4 THEN '<p>Looking forward to the module!</p>'
         ELSE '<p>Hi all, I like sailing and 3D printing.</p>' END,
       (e.course - 1) * 2 + 2, e.u, NULL,
       timestamp '2023-09-20 10:00:00' + make_interval(days => e.course::int, secs => fixture_gen.n('dct', e.id, 400000)),
       timestamp '2023-09-20 10:00:00' + make_interval(days => e.course::int, secs => fixture_gen.n('dct', e.id, 400000)),
       NULL, CASE WHEN e.id % 43 = 2 THEN 'deleted' ELSE 'active' END, CASE WHEN e.id % 43 = 2 THEN timestamp '2023-11-01 00:00:00' END,
       CASE WHEN e.id % 43 = 2 THEN e.u END, NULL, 1, fixture_gen.n('drc', e.id, 4)
FROM cgen.e e JOIN cgen.p p ON p.i = e.u WHERE e.kind = 2 AND e.id % 2 = 0;

-- ---------------------------------------------------------------- conversations
-- 60 conversations between a student (41 + 3m mod 180) and an instructor.
CREATE TABLE cgen.cv AS
SELECT m, 41 + m * 3 % 180 AS s, 5 + m % 36 AS t, m % 6 AS kind FROM generate_series(1, 60) m;

CREATE TABLE conversations (
    id bigint PRIMARY KEY,
    private_hash character varying(255),
    has_attachments boolean DEFAULT false NOT NULL,
    has_media_objects boolean DEFAULT false NOT NULL,
    tags text,
    subject character varying(255),
    context_type character varying(255),
    context_id bigint,
    updated_at timestamp without time zone
);
INSERT INTO conversations
SELECT v.m, left(encode(sha256(convert_to(v.s || ',' || v.t, 'UTF8')), 'hex'), 40), v.m <= 40, false, 'course_' || (1 + v.s % 40)::text,
       CASE v.kind WHEN 0 THEN 'Extension request - ' || s.first || ' ' || s.last WHEN 1 THEN 'Change of address' WHEN 2 THEN 'Absence on Thursday'
                   WHEN 3 THEN 'Quiz question' WHEN 4 THEN 'Upload failed' ELSE 'Mitigating circumstances (' || s.sis || ')' END,
       'Course', 1 + v.s % 40, timestamp '2023-10-01 09:00:00' + make_interval(days => v.m * 3, hours => 6)
FROM cgen.cv v JOIN cgen.p s ON s.i = v.s;

CREATE TABLE conversation_messages (
    id bigint PRIMARY KEY,
    conversation_id bigint REFERENCES conversations (id),
    author_id bigint,
    created_at timestamp without time zone,
    generated boolean,
    body text,
    forwarded_message_ids text,
    media_comment_id character varying(255),
    context_id bigint,
    context_type character varying(255),
    attachment_ids text,
    has_attachments boolean,
    root_account_ids text
);
INSERT INTO conversation_messages
SELECT (v.m - 1) * 3 + r, v.m, CASE r WHEN 2 THEN v.t ELSE v.s END,
       timestamp '2023-10-01 09:00:00' + make_interval(days => v.m * 3, hours => r * 2), false,
       CASE WHEN r = 1 THEN CASE v.kind
              WHEN 0 THEN 'Dear Dr ' || t.last || ', I have been signed off for two weeks with anxiety and depression and attached my fit note. Could I have an extension on the reflective essay? Thank you, ' || s.first
              WHEN 1 THEN 'Hi, I have moved to ' || fixture_gen.street('cma', v.m) || ', ' || fixture_gen.city('cmc', v.m) || ' ' || fixture_gen.postcode('cmp', v.m) || '. My new mobile is ' || s.phone || '. Thanks, ' || s.first || ' ' || s.last
              WHEN 2 THEN 'Hello, I will miss Thursday because my daughter has a hospital appointment at the children''s ward. Sorry! ' || s.first
              WHEN 3 THEN 'Is the Week 5 quiz open book?'
              WHEN 4 THEN 'The upload keeps failing, can you re-open the submission please?'
              ELSE 'I am submitting a mitigating circumstances claim: my grandmother passed away on the 3rd and the funeral is in ' || fixture_gen.pick(ARRAY['Accra', 'Warsaw', 'Chennai', 'Cork'], 'cmf', v.m) || '.' END
            WHEN r = 2 THEN CASE WHEN v.kind IN (0, 5) THEN 'Thanks ' || s.first || ', I am sorry to hear that. Extension approved until Friday; I have copied Student Support (studentsupport@harbourside.example).'
                                 WHEN v.kind = 3 THEN 'Yes, it is open book.' ELSE 'Thanks for letting me know.' END
            ELSE 'Thank you!' END,
       CASE WHEN r = 3 AND v.m % 10 = 0 THEN '[' || ((v.m - 1) * 3 + 1)::text || ']' END,
       NULL, 1 + v.s % 40, 'Course', CASE WHEN r = 1 AND v.m <= 40 THEN (20000 + v.m)::text END, r = 1 AND v.m <= 40, '1'
FROM cgen.cv v JOIN cgen.p s ON s.i = v.s JOIN cgen.p t ON t.i = v.t, generate_series(1, 3) r
WHERE r < 3 OR v.m % 2 = 0;

CREATE TABLE conversation_participants (
    id bigint PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversations (id),
    user_id bigint NOT NULL,
    last_message_at timestamp without time zone,
    subscribed boolean DEFAULT true,
    workflow_state character varying(255) NOT NULL,
    last_authored_at timestamp without time zone,
    message_count integer DEFAULT 0,
    label character varying(255),
    private_hash character varying(255)
);
INSERT INTO conversation_participants
SELECT (v.m - 1) * 2 + r, v.m, CASE r WHEN 1 THEN v.s ELSE v.t END,
       timestamp '2023-10-01 09:00:00' + make_interval(days => v.m * 3, hours => 4), true,
       CASE WHEN (v.m + r) % 4 = 0 THEN 'unread' WHEN v.m % 7 = 0 THEN 'archived' ELSE 'read' END,
       timestamp '2023-10-01 09:00:00' + make_interval(days => v.m * 3, hours => r * 2),
       2 + v.m % 2, CASE WHEN r = 2 AND v.m % 5 = 0 THEN 'starred' END, left(encode(sha256(convert_to(v.s || ',' || v.t, 'UTF8')), 'hex'), 40)
FROM cgen.cv v, generate_series(1, 2) r;

-- ---------------------------------------------------------------- quiz_submissions
CREATE TABLE quiz_submissions (
    id bigint PRIMARY KEY,
    quiz_id bigint NOT NULL,
    quiz_version integer,
    user_id bigint,
    submission_data text,
    submission_id bigint,
    score double precision,
    kept_score double precision,
    started_at timestamp without time zone,
    end_at timestamp without time zone,
    finished_at timestamp without time zone,
    attempt integer,
    workflow_state character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    fudge_points double precision DEFAULT 0,
    quiz_points_possible double precision,
    validation_token character varying(255),
    extra_time integer,
    temporary_user_code character varying(255)
);
INSERT INTO quiz_submissions
SELECT s.id, s.course, 3, s.u,
       E'---\n- :correct: true\n  :points: 1.0\n  :question_id: ' || (s.course * 100 + 1)::text || E'\n  :answer_id: ' || (4000 + s.id % 4)::text || E'\n  :text: ''' || (4000 + s.id % 4)::text
       || E'''\n- :correct: ' || CASE WHEN s.v < 7 THEN 'true' ELSE 'false' END || E'\n  :points: ' || CASE WHEN s.v < 7 THEN '2.0' ELSE '0.0' END || E'\n  :question_id: ' || (s.course * 100 + 2)::text
       || E'\n  :text: ''' || fixture_gen.pick(ARRAY['7.4', '12', '0.35', 'metacentre'], 'qsa', s.id)
       || E'''\n- :correct: undefined\n  :points: 0.0\n  :question_id: ' || (s.course * 100 + 3)::text || E'\n  :text: "<p>'
       || CASE s.v WHEN 0 THEN 'On my last placement the charge nurse, ' || fixture_gen.full_name('qsn', s.id) || ', escalated a deteriorating patient and I learnt the SBAR format.'
                   WHEN 1 THEN 'I have type 1 diabetes myself, so I understand why hypoglycaemia must be treated within fifteen minutes.'
                   WHEN 2 THEN 'When my brother ' || fixture_gen.first_name('qsb', s.id) || ' had a seizure at home I called 999 and put him in the recovery position.'
                   ELSE 'Free surface effect reduces the effective GM because liquid moves to the low side.' END || E'</p>"\n'
       || CASE WHEN s.v = 9 THEN '' ELSE '' END,
       s.id, fixture_gen.n('sq', s.id, 11), fixture_gen.n('sq', s.id, 11),
       a.due_at - interval '3 days', a.due_at - interval '3 days' + interval '30 minutes', a.due_at - interval '3 days' + make_interval(secs => 600 + fixture_gen.n('qsf', s.id, 1100)),
       1 + s.id % 2, CASE WHEN s.id % 9 = 0 THEN 'pending_review' ELSE 'complete' END, a.due_at - interval '3 days', a.due_at + interval '10 days',
       0, 10, fixture_gen.hexn('qvt', s.id, 40), CASE WHEN s.id % 11 = 0 THEN 15 END, NULL
FROM cgen.s s JOIN assignments a ON a.id = s.aid WHERE s.k = 3
UNION ALL
SELECT 900000 + c.c, c.c, 3, 250 + c.c, NULL, NULL, 0, 0, timestamp '2023-09-15 10:00:00', timestamp '2023-09-15 10:30:00', timestamp '2023-09-15 10:04:00', 1, 'complete',
       timestamp '2023-09-15 10:00:00', timestamp '2023-09-15 10:04:00', 0, 10, fixture_gen.hexn('qvt', 900000 + c.c, 40), NULL, 'user_' || (250 + c.c)::text
FROM cgen.c c WHERE c.c <= 12;

-- ---------------------------------------------------------------- developer_keys
CREATE TABLE developer_keys (
    id bigint PRIMARY KEY,
    api_key character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying(255),
    user_id bigint,
    account_id bigint,
    email character varying(255),
    user_name character varying(255),
    icon_url character varying(255),
    redirect_uri character varying(255),
    vendor_code character varying(255),
    workflow_state character varying(255) DEFAULT 'active' NOT NULL,
    redirect_uris character varying(255)[] DEFAULT '{}' NOT NULL,
    notes text,
    access_token_count integer DEFAULT 0 NOT NULL,
    scopes text,
    require_scopes boolean DEFAULT false NOT NULL,
    public_jwk jsonb,
    is_lti_key boolean DEFAULT false NOT NULL
);
INSERT INTO developer_keys
SELECT k, cgen.tok('dkak', k, 64), timestamp '2022-06-05 10:00:00' + make_interval(days => k * 17), timestamp '2024-02-01 10:00:00' + make_interval(days => k),
       x.name, CASE WHEN k > 3 THEN 1 + k % 3 END, CASE WHEN k > 3 THEN 1 END,
       x.email, CASE WHEN k > 3 THEN p.first || ' ' || p.last END,
       x.icon, x.redir, x.vendor, CASE WHEN k = 11 THEN 'deleted' WHEN k = 9 THEN 'inactive' ELSE 'active' END,
       CASE WHEN x.redir IS NOT NULL THEN ARRAY[x.redir] ELSE '{}' END,
       CASE WHEN k = 6 THEN 'Requested by ' || fixture_gen.full_name('dkn', k) || ' (ext. 4417) for the nursing OSCE pilot; ticket INC0048812.'
            WHEN k = 8 THEN 'Owner: ' || p.first || ' ' || p.last || ', mobile ' || p.phone || '. Rotate the secret every September.'
            WHEN k = 10 THEN 'Vendor support: see contract folder.' END,
       fixture_gen.n('dktc', k, 5000),
       CASE WHEN k > 3 THEN E'---\n- url:GET|/api/v1/courses\n- url:GET|/api/v1/users/:user_id/profile\n' END,
       k > 3,
       CASE WHEN x.lti THEN jsonb_build_object('kty', 'RSA', 'e', 'AQAB', 'n', replace(replace(fixture_gen.b64('dkjn', k, 256), '+', '-'), '/', '_'), 'kid', 'key-' || to_char(timestamp '2023-01-01' + make_interval(days => k), 'YYYY-MM-DD'), 'alg', 'RS256', 'use', 'sig') END,
       x.lti
FROM generate_series(1, 12) k
CROSS JOIN LATERAL (SELECT
  (ARRAY['Canvas Student', 'Canvas Teacher', 'Canvas Parent', 'Turnitin LTI 1.3', 'Panopto', 'Grade export to Banner', 'MS Teams Sync', 'Attendance dashboard (Power BI)', 'Zoom', 'Library reading lists', 'Old test key', 'H5P'])[k] AS name,
  (ARRAY[NULL, NULL, NULL, 'lti-support@turnitin.example', 'support@panopto.example', NULL, 'it-integrations@harbourside.example', NULL, 'integrations@zoom.example', 'talis-support@talis.example', NULL, 'support@h5p.example'])[k] AS email,
  CASE WHEN k IN (4, 5, 9, 12) THEN 'https://' || (ARRAY['', '', '', 'turnitin.example', 'panopto.example', '', '', '', 'zoom.example', '', '', 'h5p.example'])[k] || '/icon.png' END AS icon,
  (ARRAY['canvas-courses://canvas-student', 'canvas-teacher://canvas-teacher', 'canvas-parent://canvas-parent', NULL, 'https://harbourside.hosted.panopto.example/Panopto/oauth2/callback', 'https://integration.harbourside.example/banner/callback',
         'https://teams-sync.harbourside.example/oauth/callback', 'https://bi.harbourside.example/canvas/callback', NULL, 'https://rl.talis.example/oauth/callback', 'http://localhost:3000/callback', NULL])[k] AS redir,
  (ARRAY[NULL, NULL, NULL, 'turnitin', 'panopto', NULL, NULL, NULL, 'zoom', 'talis', NULL, 'h5p'])[k] AS vendor,
  k IN (4, 9, 12) AS lti) x
LEFT JOIN cgen.p p ON p.i = 1 + k % 3;

-- ---------------------------------------------------------------- access_tokens
CREATE TABLE access_tokens (
    id bigint PRIMARY KEY,
    developer_key_id bigint REFERENCES developer_keys (id),
    user_id bigint,
    last_used_at timestamp without time zone,
    expires_at timestamp without time zone,
    purpose character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    crypted_token character varying(255),
    token_hint character varying(255),
    scopes text,
    remember_access boolean,
    crypted_refresh_token character varying(255),
    workflow_state character varying(255) DEFAULT 'active' NOT NULL,
    real_user_id bigint
);
INSERT INTO access_tokens
SELECT t, CASE WHEN t % 10 = 0 THEN 6 WHEN t % 10 = 1 THEN 8 ELSE 1 + t % 3 END, CASE WHEN t % 10 IN (0, 1) THEN 1 + t % 4 ELSE 41 + t * 7 % 210 END,
       timestamp '2024-03-01 00:00:00' + make_interval(secs => fixture_gen.n('atl', t, 8000000)),
       CASE WHEN t % 10 IN (0, 1) THEN NULL ELSE timestamp '2024-06-01 00:00:00' + make_interval(secs => fixture_gen.n('ate', t, 3600)) END,
       CASE WHEN t % 10 = 0 THEN 'Banner grade export' WHEN t % 10 = 1 THEN 'Power BI refresh' WHEN t % 13 = 5 THEN 'Zapier' END,
       timestamp '2023-08-01 00:00:00' + make_interval(secs => fixture_gen.n('atc', t, 20000000)), timestamp '2024-05-01 00:00:00' + make_interval(secs => fixture_gen.n('atu', t, 2000000)),
       left(encode(sha256(convert_to('harbourside-canvas' || '1~' || cgen.tok('atk', t, 64), 'UTF8')), 'hex'), 40),
       '1~' || substr(cgen.tok('atk', t, 64), 1, 3),
       CASE WHEN t % 10 = 0 THEN E'---\n- url:GET|/api/v1/courses/:course_id/students/submissions\n' END,
       CASE WHEN t % 10 IN (0, 1) THEN NULL ELSE t % 3 = 0 END,
       CASE WHEN t % 10 IN (0, 1) THEN NULL ELSE left(encode(sha256(convert_to('harbourside-canvas' || '1~' || cgen.tok('atr', t, 64), 'UTF8')), 'hex'), 40) END,
       CASE WHEN t % 17 = 3 THEN 'deleted' ELSE 'active' END,
       CASE WHEN t % 37 = 2 THEN 1 END
FROM generate_series(1, 150) t;

-- ---------------------------------------------------------------- page_views
CREATE TABLE page_views (
    request_id character varying(255) PRIMARY KEY,
    session_id character varying(255),
    user_id bigint NOT NULL,
    url text,
    context_id bigint,
    context_type character varying(255),
    asset_id bigint,
    asset_type character varying(255),
    controller character varying(255),
    action character varying(255),
    interaction_seconds double precision,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    developer_key_id bigint,
    user_request boolean,
    render_time double precision,
    user_agent text,
    participated boolean,
    real_user_id bigint,
    http_method character varying(255),
    remote_ip character varying(255)
);
INSERT INTO page_views
SELECT fixture_gen.uuid('pvr', v), fixture_gen.hexn('pvs', (v / 6)::int, 32), u.i,
       'https://canvas.harbourside.example' || CASE x.kind
         WHEN 0 THEN '/courses/' || x.c || '/assignments/' || ((x.c - 1) * 3 + 1)::text
         WHEN 1 THEN '/courses/' || x.c || '/users?search_term=' || replace(fixture_gen.last_name('pvq', v), ' ', '+')
         WHEN 2 THEN '/conversations?search_recipients=' || fixture_gen.ascii(fixture_gen.first_name('pvq', v)) || '&scope=inbox'
         WHEN 3 THEN '/courses/' || x.c || '/gradebook/speed_grader?assignment_id=' || ((x.c - 1) * 3 + 1)::text || '&student_id=' || (41 + v % 180)::text
         WHEN 4 THEN '/accounts/1/users?search_term=' || replace(fixture_gen.email('pvm', v), '@', '%40')
         WHEN 5 THEN '/courses/' || x.c || '/files/' || (1 + v % 120)::text || '/download?verifier=' || cgen.tok('auu', 1 + v % 120, 40)
         ELSE '/courses/' || x.c || '/modules' END,
       x.c, 'Course', CASE WHEN x.kind = 0 THEN (x.c - 1) * 3 + 1 END, CASE WHEN x.kind = 0 THEN 'Assignment' END,
       (ARRAY['assignments', 'users', 'conversations', 'gradebooks', 'accounts', 'files', 'context_modules'])[x.kind + 1],
       (ARRAY['show', 'index', 'index', 'speed_grader', 'users', 'show', 'index'])[x.kind + 1],
       round((fixture_gen.n('pvi', v, 3000) / 10.0)::numeric, 1), cgen.at('pvc', v), cgen.at('pvc', v) + interval '2 minutes',
       CASE WHEN v % 9 = 0 THEN 1 + v % 3 END, true, round((fixture_gen.n('pvt', v, 2000) / 1000.0)::numeric, 3),
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
         'candroid/7.4.0 (Android 14; Pixel 7a)', 'iCanvas/7.6.1 (iPhone; iOS 17.4.1) Build/3',
         'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
         'Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0'], 'pvua', (v / 6)::int),
       x.kind = 0 AND v % 4 = 0, CASE WHEN v % 53 = 7 THEN 1 END, CASE WHEN v % 11 = 0 THEN 'post' ELSE 'get' END,
       CASE WHEN v % 3 = 0 THEN '193.62.' || (80 + v % 4)::text || '.' || (1 + v % 250)::text ELSE fixture_gen.ipv4('pvip', (v / 6)::int) END
FROM generate_series(1, 420) v
CROSS JOIN LATERAL (SELECT 1 + v % 40 AS c, CASE WHEN v % 5 = 0 THEN fixture_gen.n('pvk', v, 7) ELSE CASE WHEN v % 2 = 0 THEN 0 ELSE 6 END END AS kind) x
JOIN cgen.p u ON u.i = CASE WHEN x.kind IN (1, 3) THEN 5 + v % 36 WHEN x.kind = 4 THEN 1 + v % 3 ELSE 41 + (v * 7) % 180 END;

-- ---------------------------------------------------------------- user_notes (the faculty journal)
CREATE TABLE user_notes (
    id bigint PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    note text,
    title character varying(255),
    created_by_id bigint,
    workflow_state character varying(255) DEFAULT 'active' NOT NULL,
    deleted_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    root_account_id bigint
);
INSERT INTO user_notes
SELECT n, s.i,
       CASE n % 5
         WHEN 0 THEN 'Met ' || s.first || ' today. Disclosed that they are caring for their mother after her stroke and are working 30 hours a week. Referred to Student Wellbeing; agreed a reduced placement pattern.'
         WHEN 1 THEN 'Phone call from ' || fixture_gen.full_name('unp', n) || ' (says they are the parent, ' || fixture_gen.phone('unp', n) || ') asking about attendance. Explained we cannot share information without consent.'
         WHEN 2 THEN 'Attendance below 70% in weeks 3-6. Emailed ' || s.email || ' and copied the programme leader.'
         WHEN 3 THEN 'Reasonable adjustments (DSA): extra time 25%, rest breaks, coloured overlays. Diagnosis of dyslexia and ADHD confirmed by the assessor.'
         ELSE 'Good progress in the OSCE practice session.' END,
       CASE n % 5 WHEN 0 THEN 'Wellbeing meeting' WHEN 1 THEN 'Call from parent' WHEN 2 THEN 'Attendance concern - ' || s.last WHEN 3 THEN 'Reasonable adjustments' ELSE 'Progress' END,
       5 + n % 36, CASE WHEN n % 19 = 4 THEN 'deleted' ELSE 'active' END, CASE WHEN n % 19 = 4 THEN timestamp '2024-02-01 12:00:00' END,
       cgen.at('unc', n), cgen.at('unc', n) + interval '10 minutes', 1
FROM generate_series(1, 70) n JOIN cgen.p s ON s.i = 41 + n * 13 % 180;

-- ---------------------------------------------------------------- messages (the notifications sent)
CREATE TABLE messages (
    id bigint PRIMARY KEY,
    "to" text,
    "from" text,
    subject text,
    body text,
    sent_at timestamp without time zone,
    workflow_state character varying(255),
    transmission_errors text,
    is_bounced boolean,
    notification_id bigint,
    communication_channel_id bigint,
    context_id bigint,
    context_type character varying(255),
    user_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    notification_name character varying(255),
    url text,
    path_type character varying(255),
    from_name text,
    to_email boolean,
    html_body text,
    reply_to_name character varying(255)
);
INSERT INTO messages
SELECT m.id, cc.path, 'notifications@harbourside.instructure.example', x.subj, x.body,
       cgen.at('msa', m.id), CASE WHEN cc.bounce_count > 0 THEN 'bounced' WHEN m.id % 13 = 0 THEN 'cancelled' ELSE 'sent' END,
       CASE WHEN cc.bounce_count > 0 THEN 'Net::SMTPFatalError: 550 5.1.1 <' || cc.path || '>: Recipient address rejected: User unknown' END,
       cc.bounce_count > 0, x.nid, cc.id, 1 + m.id % 40, 'Course', cc.user_id, cgen.at('msa', m.id) - interval '1 minute', cgen.at('msa', m.id),
       x.nname, x.url, cc.path_type, x.fromname, cc.path_type = 'email', CASE WHEN cc.path_type = 'email' THEN '<html><body><p>' || replace(x.body, E'\n\n', '</p><p>') || '</p></body></html>' END,
       x.replyname
FROM generate_series(1, 300) m(id)
JOIN communication_channels cc ON cc.id = 1 + (m.id * 7) % 402
JOIN cgen.p p ON p.i = cc.user_id
CROSS JOIN LATERAL (SELECT 5 + m.id % 36 AS t) tt
JOIN cgen.p t ON t.i = tt.t
LEFT JOIN pseudonyms pp ON pp.id = p.i
CROSS JOIN LATERAL (SELECT
  CASE m.id % 5 WHEN 0 THEN 'Forgot Password: Canvas' WHEN 1 THEN 'Confirm Email: Canvas' WHEN 2 THEN 'Assignment Graded: Reflective Essay, ' || 'ANPH-107'
                WHEN 3 THEN 'New message from ' || t.first || ' ' || t.last ELSE 'Submission comment: ' || p.first || ' ' || p.last || ', Case Study' END AS subj,
  CASE m.id % 5
    WHEN 0 THEN 'You requested a confirmation of your password for logging into Canvas.' || E'\n\n' || 'Your login is ' || coalesce(pp.unique_id, '') || '. Click the link below to change your password:'
                || E'\n\n' || 'https://canvas.harbourside.example/pseudonyms/' || p.i || '/change_password/' || cgen.tok('cprt', p.i, 20)
    WHEN 1 THEN 'Hi ' || p.first || ', please confirm ' || cc.path || ' as a communication channel by following this link:' || E'\n\n' || 'https://canvas.harbourside.example/register/' || cc.confirmation_code
    WHEN 2 THEN 'Your assignment Reflective Essay has been graded. Grade: ' || (40 + m.id % 60)::text || ' out of 100.'
    WHEN 3 THEN t.first || ' ' || t.last || ' just sent you a message in Canvas:' || E'\n\n' || 'Thanks, I am sorry to hear that. Extension approved until Friday.'
                || E'\n\n' || 'Reply to this email or visit https://canvas.harbourside.example/conversations'
    ELSE p.first || ' ' || p.last || ' just made a new comment on the submission for ' || p.first || ' for Case Study:' || E'\n\n' || 'Thank you! I have re-uploaded it.' END AS body,
  (ARRAY[11, 12, 21, 45, 33])[1 + m.id % 5] AS nid,
  (ARRAY['Forgot Password', 'Confirm Email Communication Channel', 'Submission Graded', 'Conversation Message', 'Submission Comment'])[1 + m.id % 5] AS nname,
  CASE m.id % 5 WHEN 2 THEN 'https://canvas.harbourside.example/courses/' || (1 + m.id % 40) || '/assignments/' || ((m.id % 40) * 3 + 1)
                WHEN 3 THEN 'https://canvas.harbourside.example/conversations' WHEN 4 THEN 'https://canvas.harbourside.example/courses/' || (1 + m.id % 40) || '/assignments/' || ((m.id % 40) * 3 + 2) END AS url,
  CASE m.id % 5 WHEN 3 THEN t.first || ' ' || t.last WHEN 4 THEN p.first || ' ' || p.last ELSE 'Harbourside Canvas' END AS fromname,
  CASE m.id % 5 WHEN 3 THEN t.first || ' ' || t.last WHEN 4 THEN p.first || ' ' || p.last END AS replyname) x;

-- ---------------------------------------------------------------- user_services
CREATE TABLE user_services (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    token text,
    secret character varying(255),
    protocol character varying(255),
    service character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    service_user_url character varying(255),
    service_user_id character varying(255) NOT NULL,
    service_user_name character varying(255),
    service_domain character varying(255),
    crypted_password character varying(255),
    password_salt character varying(255),
    type character varying(255),
    workflow_state character varying(255) NOT NULL
);
INSERT INTO user_services
SELECT n, p.i,
       CASE x.svc WHEN 'google_drive' THEN 'ya29.' || cgen.tok('usg', n, 120) WHEN 'twitter' THEN (1000000000 + n * 7919)::text || '-' || cgen.tok('ust', n, 40)
                  WHEN 'linked_in' THEN 'AQV' || cgen.tok('usl', n, 150) END,
       CASE x.svc WHEN 'google_drive' THEN '1//0' || cgen.tok('usgr', n, 100) WHEN 'twitter' THEN cgen.tok('usts', n, 45) WHEN 'linked_in' THEN cgen.tok('usls', n, 36) END,
       CASE x.svc WHEN 'google_drive' THEN 'oauth2' WHEN 'diigo' THEN 'http-auth' WHEN 'skype' THEN NULL ELSE 'oauth' END,
       x.svc, cgen.at('usc', n), cgen.at('usc', n) + interval '30 days',
       CASE x.svc WHEN 'twitter' THEN 'https://twitter.com/' || x.handle WHEN 'linked_in' THEN 'https://www.linkedin.com/in/' || lower(fixture_gen.ascii(p.first)) || '-' || lower(fixture_gen.ascii(p.last)) || '-' || lower(cgen.tok('usli', n, 6))
                  WHEN 'diigo' THEN 'https://www.diigo.com/user/' || x.handle WHEN 'google_drive' THEN 'https://drive.google.com' END,
       CASE x.svc WHEN 'google_drive' THEN p.email WHEN 'twitter' THEN (1000000000 + n * 7919)::text WHEN 'linked_in' THEN cgen.tok('usid', n, 10) WHEN 'skype' THEN 'live:.cid.' || fixture_gen.hexn('usk', n, 16) ELSE x.handle END,
       CASE x.svc WHEN 'google_drive' THEN p.email WHEN 'linked_in' THEN p.first || ' ' || p.last ELSE x.handle END,
       CASE x.svc WHEN 'google_drive' THEN 'drive.google.com' WHEN 'twitter' THEN 'twitter.com' WHEN 'linked_in' THEN 'linkedin.com' WHEN 'diigo' THEN 'diigo.com' WHEN 'skype' THEN 'skype.com' END,
       CASE x.svc WHEN 'diigo' THEN fixture_gen.b64('usdp', n, 32) END, CASE x.svc WHEN 'diigo' THEN cgen.tok('usds', n, 16) END,
       CASE x.svc WHEN 'google_drive' THEN 'DocumentService' WHEN 'diigo' THEN 'BookmarkService' ELSE 'UserService' END,
       'active'
FROM generate_series(1, 90) n
JOIN cgen.p p ON p.i = 5 + (n * 11) % 216
CROSS JOIN LATERAL (SELECT (ARRAY['google_drive', 'google_drive', 'twitter', 'linked_in', 'skype', 'diigo'])[1 + n % 6] AS svc,
                           lower(fixture_gen.ascii(p.first)) || CASE WHEN n % 2 = 0 THEN '_' ELSE '' END || lower(fixture_gen.ascii(p.last)) || CASE WHEN n % 3 = 0 THEN (n % 90)::text ELSE '' END AS handle) x;

-- ---------------------------------------------------------------- context_external_tools
CREATE TABLE context_external_tools (
    id bigint PRIMARY KEY,
    context_id bigint,
    context_type character varying(255),
    domain character varying(255),
    url character varying(4096),
    shared_secret text NOT NULL,
    consumer_key text NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    settings text,
    workflow_state character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    tool_id character varying(255),
    developer_key_id bigint,
    lti_version character varying(8) DEFAULT '1.1' NOT NULL
);
INSERT INTO context_external_tools
SELECT k, CASE WHEN k <= 8 THEN 1 ELSE k * 3 END, CASE WHEN k <= 8 THEN 'Account' ELSE 'Course' END,
       x.domain, CASE WHEN x.domain IS NOT NULL THEN 'https://' || x.domain || '/lti/launch' END,
       CASE WHEN x.v13 THEN 'fake' ELSE cgen.tok('cets', k, 32) END,
       CASE WHEN x.v13 THEN 'fake' ELSE CASE WHEN k % 2 = 0 THEN 'harbourside-' || lower(replace(x.name, ' ', '')) ELSE fixture_gen.uuid('cetk', k) END END,
       x.name, x.descr,
       E'---\n:course_navigation:\n  :enabled: ''true''\n  :text: ' || x.name || E'\n:selection_width: 800\n:selection_height: 400\n'
         || CASE WHEN k = 10 THEN E':custom_fields:\n  canvas_api_token: 1~' || cgen.tok('cetapi', k, 64) || E'\n  course_sis: $Canvas.course.sisSourceId\n'
                 WHEN k = 7 THEN E':custom_fields:\n  partner_secret: ' || cgen.tok('cetps', k, 40) || E'\n' ELSE '' END,
       CASE WHEN k = 12 THEN 'deleted' ELSE 'public' END,
       timestamp '2022-08-01 10:00:00' + make_interval(days => k * 13), timestamp '2024-01-01 10:00:00' + make_interval(days => k),
       x.toolid, CASE WHEN x.v13 THEN (ARRAY[4, 9, 12])[1 + k % 3] END, CASE WHEN x.v13 THEN '1.3' ELSE '1.1' END
FROM generate_series(1, 14) k
CROSS JOIN LATERAL (SELECT
  (ARRAY['Turnitin', 'Panopto Recordings', 'Zoom', 'Talis Aspire Reading Lists', 'H5P', 'Padlet', 'Pearson MyLab', 'McGraw Hill Connect', 'Redirect: Timetable', 'Attendance Tracker', 'YuJa', 'Old Wiki', 'Kahoot!', 'Mentimeter'])[k] AS name,
  (ARRAY['api.turnitin.example', 'harbourside.hosted.panopto.example', 'applications.zoom.example', 'rl.talis.example', 'harbourside.h5p.example', 'padlet.example', 'mylab.pearson.example', 'connect.mheducation.example',
         NULL, 'attendance.harbourside.example', 'harbourside.yuja.example', 'wiki.harbourside.example', 'kahoot.example', 'menti.example'])[k] AS domain,
  (ARRAY['Originality checking', 'Lecture capture', 'Video meetings', 'Module reading lists', 'Interactive content', NULL, 'Publisher content', 'Publisher content', 'Opens the timetable in a new tab', 'Take register', NULL, NULL, NULL, NULL])[k] AS descr,
  k IN (1, 3, 5) AS v13,
  (ARRAY['turnitin_lti13', 'panopto', 'zoom_lti13', NULL, 'h5p', NULL, 'pearson_mylab', NULL, 'redirect', NULL, 'yuja', NULL, NULL, NULL])[k] AS toolid) x;

-- ---------------------------------------------------------------- sis_batches
CREATE TABLE sis_batches (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    ended_at timestamp without time zone,
    workflow_state character varying(255) NOT NULL,
    data text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    attachment_id bigint,
    progress integer,
    processing_errors text,
    processing_warnings text,
    batch_mode boolean,
    options text,
    user_id bigint,
    started_at timestamp without time zone
);
INSERT INTO sis_batches
SELECT b, 1, timestamp '2023-08-20 02:00:00' + make_interval(days => b * 5, mins => 12),
       CASE WHEN b % 7 = 3 THEN 'imported_with_messages' WHEN b % 11 = 5 THEN 'failed_with_messages' ELSE 'imported' END,
       E'---\n:import_type: instructure_csv\n:supplied_batches:\n- :user\n- :enrollment\n- :course\n:counts:\n  :users: ' || (3 + b % 40)::text || E'\n  :enrollments: ' || (20 + b % 300)::text || E'\n  :courses: ' || (b % 4)::text || E'\n:running_immediately: false\n',
       timestamp '2023-08-20 02:00:00' + make_interval(days => b * 5), timestamp '2023-08-20 02:00:00' + make_interval(days => b * 5, mins => 12),
       NULL, 100,
       CASE WHEN b % 11 = 5 THEN E'---\n- - users.csv\n  - "Invalid email address ''' || split_part(s.email, '@', 1) || '@'' for user ' || s.sis || E'"\n- - users.csv\n  - "Login ID ''' || s.login || E''' is already taken by another user (row 14)"\n' END,
       CASE WHEN b % 7 = 3 OR b % 11 = 5 THEN E'---\n- - enrollments.csv\n  - An enrollment referenced a non-existent user ' || s2.sis || E'\n- - users.csv\n  - "user ' || s.sis || ' (' || s.first || ' ' || s.last || E') has changed login, kept the old login"\n' END,
       b % 10 = 0,
       E'---\n:override_sis_stickiness: ' || (b % 4 = 0)::text || E'\n:diffing_data_set_identifier: banner-nightly\n',
       4, timestamp '2023-08-20 02:00:00' + make_interval(days => b * 5, mins => 1)
FROM generate_series(1, 60) b JOIN cgen.p s ON s.i = 41 + b * 7 % 180 JOIN cgen.p s2 ON s2.i = 41 + b * 11 % 180;

-- ---------------------------------------------------------------- authentication_providers
CREATE TABLE authentication_providers (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    auth_type character varying(255),
    position integer,
    log_in_url character varying(255),
    log_out_url character varying(255),
    identifier_format character varying(255),
    certificate_fingerprint text,
    entity_id character varying(255),
    auth_host character varying(255),
    auth_filter text,
    auth_port integer,
    auth_base character varying(255),
    auth_over_tls character varying(255),
    auth_crypted_password character varying(2048),
    auth_password_salt character varying(255),
    auth_username character varying(255),
    login_attribute text,
    idp_entity_id character varying(255),
    workflow_state character varying(255) DEFAULT 'active' NOT NULL,
    settings json DEFAULT '{}' NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    jit_provisioning boolean DEFAULT false NOT NULL
);
INSERT INTO authentication_providers VALUES
 (1, 1, 'canvas', 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'active', '{"self_registration":"observer"}', '2022-06-01 10:00:00', '2023-08-01 10:00:00', false),
 (2, 1, 'ldap', 2, NULL, NULL, NULL, NULL, NULL, 'dc01.ad.harbourside.example', '(sAMAccountName={{login}})', 636, 'ou=Staff,dc=ad,dc=harbourside,dc=example', 'simple_tls',
  fixture_gen.b64('apldap', 2, 32), cgen.tok('apsalt', 2, 16), 'CN=svc-canvas-bind,OU=Service Accounts,DC=ad,DC=harbourside,DC=example', NULL, NULL, 'active', '{}', '2022-06-01 11:00:00', '2023-03-14 09:12:00', false),
 (3, 1, 'microsoft', 3, NULL, NULL, NULL, NULL, fixture_gen.uuid('apcid', 3), NULL, NULL, NULL, NULL, NULL,
  fixture_gen.b64('apms', 3, 40), cgen.tok('apsalt', 3, 16), NULL, 'upn', NULL, 'active',
  ('{"tenant":"' || fixture_gen.uuid('aptn', 3) || '","login_attribute":"upn","tenants":["harbourside.example"]}')::json, '2022-06-01 11:30:00', '2024-01-08 16:44:00', true),
 (4, 1, 'saml', 4, 'https://idp.harbourside.example/idp/profile/SAML2/Redirect/SSO', 'https://idp.harbourside.example/idp/profile/Logout', 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  upper(regexp_replace(fixture_gen.hexn('apfp', 4, 64), '(..)(?!$)', '\1:', 'g')), 'https://canvas.harbourside.example/saml2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'eduPersonPrincipalName',
  'https://idp.harbourside.example/idp/shibboleth', 'deleted', '{"sig_alg":"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256","strip_domain_from_login_attribute":true}', '2022-06-01 12:00:00', '2023-02-01 10:00:00', false);

-- ---------------------------------------------------------------- grading_standards
CREATE TABLE grading_standards (
    id bigint PRIMARY KEY,
    title character varying(255),
    data text,
    context_id bigint NOT NULL,
    context_type character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint,
    workflow_state character varying(255) NOT NULL,
    version integer
);
INSERT INTO grading_standards
SELECT g, (ARRAY['UK Honours Classification', 'Pass/Merit/Distinction', 'Letter grades (US)', 'NMC Practice Assessment', 'Harbourside 20-point scale', 'Pass/Refer'])[1 + (g - 1) % 6],
       (ARRAY[E'---\n- - First\n  - 0.7\n- - Upper Second (2:1)\n  - 0.6\n- - Lower Second (2:2)\n  - 0.5\n- - Third\n  - 0.4\n- - Fail\n  - 0.0\n',
              E'---\n- - Distinction\n  - 0.7\n- - Merit\n  - 0.6\n- - Pass\n  - 0.4\n- - Refer\n  - 0.0\n',
              E'---\n- - A\n  - 0.94\n- - B\n  - 0.84\n- - C\n  - 0.74\n- - D\n  - 0.64\n- - F\n  - 0.0\n',
              E'---\n- - Achieved\n  - 0.5\n- - Not yet achieved\n  - 0.0\n',
              E'---\n- - "20"\n  - 0.95\n- - "15"\n  - 0.7\n- - "10"\n  - 0.5\n- - "0"\n  - 0.0\n',
              E'---\n- - Pass\n  - 0.4\n- - Refer\n  - 0.0\n'])[1 + (g - 1) % 6],
       CASE WHEN g <= 6 THEN 1 ELSE g * 3 END, CASE WHEN g <= 6 THEN 'Account' ELSE 'Course' END,
       timestamp '2022-07-01 10:00:00' + make_interval(days => g * 9), timestamp '2023-07-01 10:00:00' + make_interval(days => g * 9),
       5 + g % 36, CASE WHEN g = 11 THEN 'deleted' ELSE 'active' END, 2
FROM generate_series(1, 12) g;

SET client_min_messages = warning;
DROP SCHEMA cgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
