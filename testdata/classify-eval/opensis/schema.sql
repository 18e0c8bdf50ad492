-- classify-eval fixture (HOLDOUT 58: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- openSIS Classic database (OS4Ed's PHP student information system for K-12
-- schools), following the table and column names of its 7.x-9.x MySQL
-- schema (opensis_schema.sql as recalled from memory) as a PostgreSQL
-- deployment would hold them: lowercase tables and columns, MySQL types
-- mapped to integer, numeric, varchar, text, date, timestamp and bytea; the
-- CUSTOM_n columns openSIS adds to students and staff for each custom field
-- are unquoted, so Postgres folds them to custom_n, and the discipline
-- form's CATEGORY_n columns likewise. Left out: the semester, quarter and
-- progress-period tables (their marking_period_id values are referenced),
-- calendars, rooms, course subjects, honor roll, transcripts and history
-- grades, the GPA views, the mail groups and outbox, the discipline and
-- staff field definitions, student goals and progress, the API log and the
-- many small settings tables; foreign keys, check constraints and most
-- indexes are left out, primary keys kept (some openSIS tables have none;
-- they get the natural key).
-- The invented deployment: Alder Valley School District 31J, a small
-- public district in the Willamette Valley, Oregon (Alder Falls, Millbrook,
-- Cedar Ridge, Fern Hollow), runs openSIS for its two elementary schools
-- (Alder Creek K-5, Riverside K-5) and Millbrook Middle School (6-8): 960
-- students with names, nicknames, birth dates, genders, ethnicity and home
-- language, state student ids, old records' social security numbers, student
-- Google mailboxes, and custom fields for the family doctor and the
-- doctor's phone, lunch program (free/reduced), IEP/504 status, country of
-- birth, medical notes and custody/court-order notes typed by the office;
-- enrollments over two school years; about 1,370 parents, guardians and
-- emergency contacts with phones and emails, their links to the students
-- and the families' home and mailing addresses with bus routes; 92 staff
-- with birth dates, ethnicity, languages, disability notes, payroll
-- numbers, TSPC licence numbers, home and mailing addresses, personal and
-- work contacts, emergency contacts, certifications, job titles and hire
-- and leaving dates; login accounts of staff, students and parents (the
-- parent portal) with md5 password hashes as openSIS keeps them and a few
-- bcrypt ones, login records with IPs, the failed-login log (hacking_log)
-- with client host names, PHP session ids in log_maintenance and the API
-- key and secret; courses and course periods (whose titles carry the
-- teacher's name, as openSIS builds them), schedules, period and daily
-- attendance with the office's reasons and comments, gradebook assignments
-- and grades with teachers' comments, report card grades and comments,
-- athletic eligibility, the nurse's screenings, medical alerts, office
-- visits and immunizations, discipline referrals with the administrator's
-- narrative, parent-portal notes, internal mail between staff and parents
-- (usernames as openSIS addresses them) and uploaded files (birth
-- certificates, IEPs, proofs of residency: small PDFs and JPEGs naming the
-- student). Lookup tables (schools, school years, periods, grade levels,
-- profiles, ethnicities, languages, attendance codes, report card grades,
-- custom field definitions) hold nothing personal except each school's
-- principal and office mailbox; schools' addresses and main lines are
-- public. Not checked (no access to the sources while writing): exact
-- column lists and types of the release (openSIS changed several tables
-- between 6.x and 9.x, e.g. staff_school_info, staff_contact and
-- student_immunization), the exact format of course period titles, the
-- values openSIS writes in some status columns (is_disable,
-- mail_read_unread, file_info), whether download_id alone opens a file,
-- and whether newer releases still keep md5 password hashes.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA osgen;

-- fold: a name folded for a login or an email address.
CREATE FUNCTION osgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áéíóúñüÁÉÍÓÚÑÜ', 'aeiounuAEIOUNU')), '[^a-z0-9]+', '', 'g')
$$;

-- at: a time between two instants, to the second; day: a date between two
-- dates; sday: the same moved off the weekend (school days).
CREATE FUNCTION osgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;
CREATE FUNCTION osgen.day(tag text, i bigint, lo date, hi date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT lo + fixture_gen.n(tag, i, greatest(1, hi - lo + 1)) $$;
CREATE FUNCTION osgen.sday(tag text, i bigint, lo date, hi date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT d + CASE extract(isodow FROM d)::int WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END FROM (SELECT osgen.day(tag, i, lo, hi) AS d) x
$$;

-- Names of a small Oregon district's families.
CREATE FUNCTION osgen.girl(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Emma', 'Olivia', 'Sophia', 'Isabella', 'Ava', 'Mia', 'Abigail', 'Emily', 'Madison', 'Harper', 'Camila', 'Valeria',
    'Ximena', 'Guadalupe', 'Aaliyah', 'Nevaeh', 'Zoe', 'Chloe', 'Lily', 'Hannah', 'Grace', 'Sarah', 'Brianna', 'Maya', 'Priya', 'Mei', 'Linh', 'Hana',
    'Fatima', 'Amara', 'Kaylee', 'Addison', 'Brooklyn', 'Savannah', 'Naomi', 'Leah', 'Ruby', 'Daniela', 'Aubrey', 'Jasmine', 'Sofía', 'Natalia',
    'Yuna', 'Anastasia', 'Oksana', 'Kalani', 'Paisley', 'Willow'], tag, i)
$$;
CREATE FUNCTION osgen.boy(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Liam', 'Noah', 'Ethan', 'Mason', 'Logan', 'Lucas', 'Jackson', 'Aiden', 'Carter', 'Wyatt', 'Jayden', 'Mateo',
    'Santiago', 'Diego', 'Luis', 'José', 'Alejandro', 'Jamal', 'DeShawn', 'Malik', 'Elijah', 'Isaiah', 'Caleb', 'Owen', 'Hunter', 'Tyler', 'Brandon',
    'Kevin', 'Ryan', 'Daniel', 'Arjun', 'Minh', 'Kenji', 'Omar', 'Yusuf', 'Kofi', 'Cody', 'Dylan', 'Gavin', 'Bryce', 'Ángel', 'Emiliano', 'Dmitri',
    'Bohdan', 'Keoni', 'Tobias', 'Levi', 'Colton'], tag, i)
$$;
CREATE FUNCTION osgen.woman(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Jennifer', 'Jessica', 'Amanda', 'Sarah', 'Melissa', 'Nicole', 'Stephanie', 'Heather', 'Elizabeth', 'Rachel', 'Megan',
    'Amber', 'Crystal', 'Tiffany', 'Maria', 'Rosa', 'Guadalupe', 'Veronica', 'Adriana', 'Lan', 'Thuy', 'Svetlana', 'Natalya', 'Aisha', 'Keisha',
    'Latoya', 'Kristin', 'Lindsay', 'Brandi', 'Erin', 'Carmen', 'Leticia', 'Mayra', 'Yolanda', 'Priya', 'Soo-jin', 'Olena', 'Fatuma', 'Ashley',
    'Danielle', 'Kimberly', 'Jolene'], tag, i)
$$;
CREATE FUNCTION osgen.man(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Michael', 'Christopher', 'Matthew', 'Joshua', 'David', 'James', 'Daniel', 'Robert', 'John', 'Joseph', 'Andrew', 'Ryan',
    'Brandon', 'Jason', 'Justin', 'William', 'Jose', 'Juan', 'Carlos', 'Miguel', 'Jesus', 'Francisco', 'Alejandro', 'Hung', 'Tuan', 'Sergei', 'Andriy',
    'Ahmed', 'Abdirahman', 'Marcus', 'Terrell', 'Derek', 'Travis', 'Shane', 'Kyle', 'Cody', 'Rajesh', 'Hiroshi', 'Jae-won', 'Dustin', 'Bradley', 'Wade'], tag, i)
$$;
CREATE FUNCTION osgen.last(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
    'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris',
    'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
    'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Olson', 'Larson', 'Jensen', 'Peterson',
    'Schmidt', 'Yamamoto', 'Patel', 'Kim', 'Tran', 'Begay', 'Yazzie', 'O''Connor', 'McAllister', 'Dubois', 'Kowalski', 'Haddad', 'Abdi', 'Mohamed',
    'Vasquez', 'Castillo', 'Muñoz', 'Peña', 'Kovalenko', 'Jibril', 'Lakmal', 'Hoffman', 'Fitzgerald', 'Delgado'], tag, i)
$$;

-- phone: a US number as people type them into the forms.
CREATE FUNCTION osgen.phone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 10)
    WHEN 0 THEN a || '-' || e || '-' || l WHEN 1 THEN a || e || l WHEN 2 THEN a || '.' || e || '.' || l
    ELSE '(' || a || ') ' || e || '-' || l END
  FROM (SELECT fixture_gen.pick(ARRAY['541', '541', '541', '541', '458', '503', '971'], tag || 'a', i) AS a,
               (201 + fixture_gen.n(tag || 'e', i, 770))::text AS e, fixture_gen.digits(tag || 'l', i, 4) AS l) x
$$;

-- street: a house address line in and around the district.
CREATE FUNCTION osgen.street(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag, i, 7) = 0
    THEN (30000 + fixture_gen.n(tag || 'n', i, 9000))::text || ' ' || fixture_gen.pick(ARRAY['Elk Creek Rd', 'Crabtree Dr', 'Fern Ridge Rd', 'Old Sweet Home Hwy', 'Hungry Hill Rd'], tag || 's', i)
    ELSE (100 + fixture_gen.n(tag || 'n', i, 3900))::text || ' ' || fixture_gen.pick(ARRAY['Maple St', 'NW Cedar St', 'Hawthorne Ave', 'River Rd', 'Oak Grove Dr',
      'Pioneer Way', 'S Main St', 'Filbert Ln', 'Juniper Ct', 'Sunnyside Dr', 'Willamette St', 'E 5th Ave', 'Mill Pond Loop', 'Cascade View Dr',
      'Hazel Dell Rd', 'NE Alder St', 'Grant St SE', 'Quail Run Ct', 'Vine St', 'Chestnut Ave'], tag || 's', i) END
$$;

-- secret: load-time key material (hex).
CREATE FUNCTION osgen.secret(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn('osis-' || tag, i, len) $$;

-- ---------------------------------------------------------------------------
-- Lookup tables: schools, years, periods, grade levels, profiles,
-- ethnicities, languages, custom field definitions.

CREATE TABLE schools (
    id integer PRIMARY KEY, syear numeric(4,0), title varchar(100) NOT NULL, address varchar(100), city varchar(100), state varchar(100),
    zipcode varchar(255), area_code numeric(3,0), phone varchar(30), principal varchar(100), www_address varchar(100), e_mail varchar(100),
    ceeb varchar(100), reporting_gp_scale numeric(10,3), short_name varchar(25), school_number varchar(100), last_updated timestamp, updated_by integer
);
INSERT INTO schools VALUES
  (1, 2024, 'Alder Creek Elementary School', '1200 NW Cedar Street', 'Alder Falls', 'OR', '97355', 541, '(541) 926-3310', 'Renee Whitfield',
   'https://ace.aldervalley.k12.or.us', 'aceoffice@aldervalley.k12.or.us', NULL, 4.000, 'ACES', '2214', '2024-07-30 10:12:45', 1),
  (2, 2024, 'Riverside Elementary School', '455 River Road', 'Millbrook', 'OR', '97358', 541, '(541) 926-4471', 'Marcus Bell',
   'https://res.aldervalley.k12.or.us', 'riversideoffice@aldervalley.k12.or.us', NULL, 4.000, 'RES', '2215', '2024-07-30 10:14:02', 1),
  (3, 2024, 'Millbrook Middle School', '2300 Hawthorne Avenue', 'Millbrook', 'OR', '97358', 541, '(541) 926-5120', 'Dr. Teresa Villanueva',
   'https://mms.aldervalley.k12.or.us', 't.villanueva@aldervalley.k12.or.us', NULL, 4.000, 'MMS', '2216', '2024-08-02 15:40:11', 1);

CREATE TABLE school_years (
    marking_period_id integer PRIMARY KEY, syear numeric(4,0), school_id numeric, title varchar(50), short_name varchar(10), sort_order numeric,
    start_date date, end_date date, post_start_date date, post_end_date date, does_grades varchar(1), does_exam varchar(1), does_comments varchar(1),
    rollover_id numeric, last_updated timestamp, updated_by integer
);
INSERT INTO school_years
SELECT (y - 2022) * 3 + s, y, s, y || '-' || (y + 1), 'FY' || ((y + 1) % 100), 1,
       make_date(y, 8, 29) - CASE y WHEN 2022 THEN 0 WHEN 2023 THEN 1 ELSE 3 END, make_date(y + 1, 6, 14) - CASE y WHEN 2022 THEN 0 WHEN 2023 THEN 1 ELSE 2 END,
       NULL, NULL, NULL, NULL, NULL, CASE WHEN y > 2022 THEN (y - 2023) * 3 + s END,
       make_timestamp(y, 7, 20 + s, 9, 30 + s, 0), 1
FROM generate_series(2022, 2024) y CROSS JOIN generate_series(1, 3) s;

CREATE TABLE school_periods (
    period_id integer PRIMARY KEY, syear numeric(4,0), school_id numeric, sort_order numeric, title varchar(100), short_name varchar(10), length numeric,
    block varchar(10), ignore_scheduling varchar(10), attendance varchar(1), start_time time, end_time time, rollover_id numeric, last_updated timestamp,
    updated_by integer
);
INSERT INTO school_periods VALUES
  (1, 2024, 1, 1, 'Full Day', 'FD', 405, NULL, NULL, 'Y', '08:05', '14:50', NULL, '2024-08-12 09:01:10', 6),
  (2, 2024, 1, 2, 'AM Attendance', 'AM', 210, NULL, NULL, 'Y', '08:05', '11:35', NULL, '2024-08-12 09:02:44', 6),
  (3, 2024, 1, 3, 'PM Attendance', 'PM', 195, NULL, NULL, 'Y', '11:35', '14:50', NULL, '2024-08-12 09:03:20', 6),
  (4, 2024, 1, 4, 'Specials', 'SP', 45, NULL, 'Y', NULL, '13:20', '14:05', NULL, '2024-08-12 09:05:02', 6),
  (5, 2024, 2, 1, 'Full Day', 'FD', 400, NULL, NULL, 'Y', '08:15', '14:55', NULL, '2024-08-13 13:22:51', 7),
  (6, 2024, 2, 2, 'AM Attendance', 'AM', 205, NULL, NULL, 'Y', '08:15', '11:40', NULL, '2024-08-13 13:23:40', 7),
  (7, 2024, 2, 3, 'PM Attendance', 'PM', 195, NULL, NULL, 'Y', '11:40', '14:55', NULL, '2024-08-13 13:24:05', 7),
  (8, 2024, 2, 4, 'Specials', 'SP', 45, NULL, 'Y', NULL, '10:30', '11:15', NULL, '2024-08-13 13:24:59', 7),
  (9, 2024, 3, 1, 'Advisory', 'ADV', 20, NULL, 'Y', 'Y', '08:00', '08:20', NULL, '2024-08-14 10:10:10', 8),
  (10, 2024, 3, 2, 'Period 1', '1', 50, NULL, NULL, 'Y', '08:25', '09:15', NULL, '2024-08-14 10:11:31', 8),
  (11, 2024, 3, 3, 'Period 2', '2', 50, NULL, NULL, 'Y', '09:20', '10:10', NULL, '2024-08-14 10:11:58', 8),
  (12, 2024, 3, 4, 'Period 3', '3', 50, NULL, NULL, 'Y', '10:15', '11:05', NULL, '2024-08-14 10:12:20', 8),
  (13, 2024, 3, 5, 'Period 4', '4', 50, NULL, NULL, 'Y', '11:10', '12:00', NULL, '2024-08-14 10:12:47', 8),
  (14, 2024, 3, 6, 'Period 5', '5', 50, NULL, NULL, 'Y', '12:35', '13:25', NULL, '2024-08-14 10:13:05', 8),
  (15, 2024, 3, 7, 'Period 6', '6', 50, NULL, NULL, 'Y', '13:30', '14:20', NULL, '2024-08-14 10:13:39', 8),
  (16, 2024, 3, 8, 'Period 7', '7', 50, NULL, NULL, 'Y', '14:25', '15:15', NULL, '2024-08-14 10:14:02', 8);

CREATE TABLE school_gradelevels (
    id integer PRIMARY KEY, school_id numeric, short_name varchar(5), title varchar(50), next_grade_id numeric, sort_order numeric,
    last_updated timestamp, updated_by integer
);
INSERT INTO school_gradelevels
SELECT (s - 1) * 6 + g + 1, s, CASE g WHEN 0 THEN 'K' ELSE g::text END, CASE g WHEN 0 THEN 'Kindergarten' ELSE 'Grade ' || g END,
       CASE WHEN g < 5 THEN (s - 1) * 6 + g + 2 END, g + 1, '2019-07-15 11:00:00'::timestamp + make_interval(mins => s * 10 + g), 1
FROM generate_series(1, 2) s CROSS JOIN generate_series(0, 5) g
UNION ALL
SELECT 13 + g - 6, 3, g::text, 'Grade ' || g, CASE WHEN g < 8 THEN 14 + g - 6 END, g - 5, '2019-07-15 11:30:00'::timestamp + make_interval(mins => g), 1
FROM generate_series(6, 8) g;

CREATE TABLE user_profiles (id integer PRIMARY KEY, profile varchar(30), title varchar(100));
INSERT INTO user_profiles VALUES (0, 'admin', 'Super Administrator'), (1, 'admin', 'Administrator'), (2, 'teacher', 'Teacher'), (3, 'student', 'Student'),
  (4, 'parent', 'Parent'), (5, 'admin', 'Admin Asst'), (6, 'admin', 'School Nurse');

CREATE TABLE ethnicity (ethnicity_id integer PRIMARY KEY, ethnicity_name varchar(255) NOT NULL, sort_order integer, last_updated timestamp, updated_by integer);
INSERT INTO ethnicity VALUES (1, 'White, Non-Hispanic', 1, NULL, NULL), (2, 'Black, Non-Hispanic', 2, NULL, NULL), (3, 'Hispanic', 3, NULL, NULL),
  (4, 'American Indian or Native Alaskan', 4, NULL, NULL), (5, 'Pacific Islander', 5, NULL, NULL), (6, 'Asian', 6, NULL, NULL), (7, 'Indian', 7, NULL, NULL),
  (8, 'Middle Eastern', 8, NULL, NULL), (9, 'African', 9, NULL, NULL), (10, 'Mixed Race', 10, NULL, NULL), (11, 'Other', 11, NULL, NULL),
  (12, 'Declined to state', 12, '2021-08-03 14:22:10', 1);

CREATE TABLE language (language_id integer PRIMARY KEY, language_name varchar(127) NOT NULL, sort_order integer, last_updated timestamp, updated_by integer);
INSERT INTO language VALUES (1, 'English', 1, NULL, NULL), (2, 'Spanish', 2, NULL, NULL), (3, 'Vietnamese', 3, '2020-08-11 10:01:00', 1),
  (4, 'Russian', 4, '2020-08-11 10:01:22', 1), (5, 'Chinese (Mandarin)', 5, '2020-08-11 10:01:47', 1), (6, 'Arabic', 6, '2020-08-11 10:02:13', 1),
  (7, 'Ukrainian', 7, '2022-09-06 08:44:19', 1), (8, 'Marshallese', 8, '2020-08-11 10:03:02', 1), (9, 'Somali', 9, '2020-08-11 10:03:30', 1),
  (10, 'Tagalog', 10, '2020-08-11 10:03:51', 1), (11, 'Japanese', 11, '2020-08-11 10:04:16', 1), (12, 'Korean', 12, '2020-08-11 10:04:40', 1),
  (13, 'Navajo', 13, '2021-01-19 12:12:12', 11);

CREATE TABLE custom_fields (
    id integer PRIMARY KEY, type varchar(10), search varchar(1), title varchar(30), sort_order numeric, select_options text, category_id numeric,
    system_field char(1), required varchar(1), default_selection varchar(255), hide varchar(1)
);
INSERT INTO custom_fields VALUES
  (2, 'text', NULL, 'Physician', 1, NULL, 2, 'N', NULL, NULL, NULL),
  (3, 'text', NULL, 'Physician Phone', 2, NULL, 2, 'N', NULL, NULL, NULL),
  (4, 'select', NULL, 'Preferred Hospital', 3, E'Alder Valley Community Hospital\r\nGood Shepherd Medical Center\r\nSt. Helena Regional Medical Center\r\nNo preference', 2, 'N', NULL, NULL, NULL),
  (5, 'select', 'Y', 'Lunch Program', 4, E'Free\r\nReduced\r\nPaid', 1, 'N', 'Y', 'Paid', NULL),
  (6, 'select', 'Y', 'IEP / 504', 5, E'None\r\nIEP\r\n504 Plan', 1, 'N', NULL, 'None', NULL),
  (7, 'text', NULL, 'Country of Birth', 6, NULL, 1, 'N', NULL, NULL, NULL),
  (8, 'textarea', NULL, 'Medical Notes', 4, NULL, 2, 'N', NULL, NULL, NULL),
  (9, 'radio', NULL, 'Photo Release', 7, NULL, 1, 'N', NULL, NULL, NULL),
  (10, 'text', 'Y', 'Bus Route', 1, NULL, 3, 'N', NULL, NULL, NULL),
  (11, 'textarea', NULL, 'Custody / Court Orders', 2, NULL, 3, 'N', NULL, NULL, 'N');

-- ---------------------------------------------------------------------------
-- The district's people, built first in osgen: 640 families (home address,
-- home line, ethnicity, language), 960 students, parents and guardians
-- (people 1-1280) and emergency contacts (1281-1493).

CREATE TABLE osgen.fam (f int PRIMARY KEY, last text, street text, street2 text, city text, zip text, state text, home text, bus text, sch int,
  eth int, lang int, cob text, doc int);
INSERT INTO osgen.fam (f, last, street, street2, city, zip, state, home, bus, doc)
SELECT f, osgen.last('fl', f), osgen.street('fst', f),
       CASE fixture_gen.n('fs2', f, 12) WHEN 0 THEN 'Apt ' || (1 + fixture_gen.n('fap', f, 40)) WHEN 1 THEN 'Unit ' || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D'], 'fun', f)
            WHEN 2 THEN 'Space ' || (1 + fixture_gen.n('fsp', f, 60)) END,
       (ARRAY['Alder Falls', 'Alder Falls', 'Alder Falls', 'Millbrook', 'Millbrook', 'Cedar Ridge', 'Fern Hollow'])[1 + c],
       (ARRAY['97355', '97355', '97355', '97358', '97358', '97361', '97377'])[1 + c],
       CASE WHEN f % 41 = 0 THEN 'Oregon' ELSE 'OR' END,
       CASE WHEN fixture_gen.n('fhp', f, 10) < 4 THEN osgen.phone('fhome', f) END,
       (1 + fixture_gen.n('fbus', f, 14))::text, fixture_gen.n('fdoc', f, 12)
FROM (SELECT f, fixture_gen.n('fcity', f, 7) AS c FROM generate_series(1, 640) f) x;
UPDATE osgen.fam SET sch = CASE WHEN city IN ('Alder Falls', 'Fern Hollow') THEN 1 ELSE 2 END,
  eth = CASE
    WHEN last IN ('Garcia', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Torres', 'Flores', 'Rivera',
                  'Vasquez', 'Castillo', 'Muñoz', 'Peña', 'Delgado') THEN CASE WHEN fixture_gen.n('feth', f, 10) < 9 THEN 3 ELSE 10 END
    WHEN last IN ('Nguyen', 'Tran', 'Kim', 'Yamamoto') THEN CASE WHEN fixture_gen.n('feth', f, 10) < 8 THEN 6 ELSE 10 END
    WHEN last IN ('Patel', 'Lakmal') THEN 7
    WHEN last IN ('Begay', 'Yazzie') THEN 4
    WHEN last IN ('Abdi', 'Mohamed', 'Jibril') THEN 9
    WHEN last = 'Haddad' THEN 8
    ELSE (ARRAY[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 10, 10, 5, 12, 11])[1 + fixture_gen.n('feth2', f, 20)] END;
UPDATE osgen.fam SET lang = CASE
    WHEN eth = 3 AND fixture_gen.n('flang', f, 10) < 5 THEN 2
    WHEN last IN ('Nguyen', 'Tran') AND fixture_gen.n('flang', f, 10) < 6 THEN 3
    WHEN last = 'Kim' AND fixture_gen.n('flang', f, 10) < 4 THEN 12
    WHEN last = 'Yamamoto' AND fixture_gen.n('flang', f, 10) < 3 THEN 11
    WHEN last IN ('Abdi', 'Mohamed', 'Jibril') AND fixture_gen.n('flang', f, 10) < 6 THEN 9
    WHEN last = 'Haddad' AND fixture_gen.n('flang', f, 10) < 5 THEN 6
    WHEN last = 'Kovalenko' AND fixture_gen.n('flang', f, 10) < 8 THEN 7
    WHEN eth = 5 AND fixture_gen.n('flang', f, 10) < 5 THEN 8
    WHEN last IN ('Begay', 'Yazzie') AND fixture_gen.n('flang', f, 10) < 2 THEN 13
    WHEN last IN ('Schmidt', 'Peterson') AND f % 7 = 0 THEN 4
    WHEN last = 'Lee' AND f % 3 = 0 THEN 5
    ELSE 1 END;
UPDATE osgen.fam SET cob = CASE lang
    WHEN 2 THEN fixture_gen.pick(ARRAY['United States', 'United States', 'United States', 'Mexico', 'Mexico', 'Guatemala', 'El Salvador', 'Honduras'], 'fcob', f)
    WHEN 3 THEN fixture_gen.pick(ARRAY['United States', 'Vietnam'], 'fcob', f) WHEN 7 THEN 'Ukraine' WHEN 8 THEN 'Marshall Islands'
    WHEN 9 THEN fixture_gen.pick(ARRAY['Somalia', 'Kenya', 'United States'], 'fcob', f) WHEN 6 THEN fixture_gen.pick(ARRAY['Syria', 'Jordan', 'United States'], 'fcob', f)
    WHEN 4 THEN 'Russia' WHEN 5 THEN 'China' ELSE 'United States' END;

CREATE TABLE osgen.kid (s int PRIMARY KEY, f int, sex text, first text, middle text, last text, suffix text, grade int, sch int, birth date, nick text,
  email text, uname text);
INSERT INTO osgen.kid (s, f, sex, grade)
SELECT s, 1 + (s * 389) % 640, CASE WHEN fixture_gen.n('ksex', s, 100) < 49 THEN 'Female' ELSE 'Male' END, fixture_gen.n('kgr', s, 9)
FROM generate_series(1, 960) s;
UPDATE osgen.kid k SET
  first = CASE WHEN sex = 'Female' THEN osgen.girl('kf', s) ELSE osgen.boy('kf', s) END,
  middle = CASE WHEN fixture_gen.n('kmid', s, 10) < 6 THEN CASE WHEN sex = 'Female' THEN osgen.girl('km', s) ELSE osgen.boy('km', s) END END,
  last = CASE WHEN fixture_gen.n('klast', s, 100) < 88 THEN fa.last WHEN fixture_gen.n('klast', s, 100) < 94 THEN fa.last || '-' || osgen.last('kl2', s)
              ELSE osgen.last('kl', s) END,
  suffix = CASE WHEN sex = 'Male' AND fixture_gen.n('ksuf', s, 40) = 0 THEN 'Jr.' WHEN sex = 'Male' AND fixture_gen.n('ksuf', s, 40) = 1 THEN 'III' END,
  sch = CASE WHEN grade >= 6 THEN 3 ELSE fa.sch END,
  birth = (date '2018-09-01' - make_interval(years => grade) + make_interval(days => fixture_gen.n('kbd', s, 365)))::date - CASE WHEN s % 53 = 0 THEN 365 ELSE 0 END
FROM osgen.fam fa WHERE fa.f = k.f;
UPDATE osgen.kid SET nick = CASE WHEN s % 9 = 0 THEN CASE first WHEN 'Isabella' THEN 'Bella' WHEN 'Abigail' THEN 'Abby' WHEN 'Madison' THEN 'Maddie'
    WHEN 'Elijah' THEN 'Eli' WHEN 'Alejandro' THEN 'Alex' WHEN 'Daniel' THEN 'Danny' WHEN 'Natalia' THEN 'Nati' WHEN 'Santiago' THEN 'Santi'
    WHEN 'Anastasia' THEN 'Ana' WHEN 'Jackson' THEN 'Jax' WHEN 'Guadalupe' THEN 'Lupita' WHEN 'Savannah' THEN 'Savvy' WHEN 'Nevaeh' THEN 'Nev'
    WHEN 'Emiliano' THEN 'Emi' WHEN 'Tobias' THEN 'Toby' WHEN 'Gavin' THEN 'G' WHEN 'Brianna' THEN 'Bri' WHEN 'Alejandro' THEN 'Alex'
    ELSE coalesce(middle, first || 'y') END END;
-- Students from grade 3 have a Google Workspace account: the login and mailbox.
UPDATE osgen.kid SET uname = CASE WHEN grade >= 3 THEN substr(osgen.fold(first), 1, 1) || replace(osgen.fold(last), '-', '') || lpad(((2037 - grade) % 100)::text, 2, '0') END;
UPDATE osgen.kid k SET uname = k.uname || d.rn FROM (SELECT s, row_number() OVER (PARTITION BY uname ORDER BY s) AS rn FROM osgen.kid WHERE uname IS NOT NULL) d
WHERE d.s = k.s AND d.rn > 1;
UPDATE osgen.kid SET email = uname || '@students.aldervalley.k12.or.us' WHERE uname IS NOT NULL AND s % 31 <> 0;

-- osgen.mail: a personal mailbox as parents give them.
CREATE FUNCTION osgen.mail(first text, last text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 7)
      WHEN 0 THEN osgen.fold(first) || '.' || osgen.fold(last)
      WHEN 1 THEN substr(osgen.fold(first), 1, 1) || osgen.fold(last) || (70 + fixture_gen.n(tag || 'y', i, 30))::text
      WHEN 2 THEN osgen.fold(first) || osgen.fold(last) || fixture_gen.digits(tag || 'd', i, 2)
      WHEN 3 THEN osgen.fold(first) || '_' || substr(osgen.fold(last), 1, 1) || fixture_gen.digits(tag || 'd', i, 3)
      WHEN 4 THEN osgen.fold(last) || osgen.fold(first)
      WHEN 5 THEN osgen.fold(first) || '.' || osgen.fold(last) || fixture_gen.digits(tag || 'd', i, 1)
      ELSE fixture_gen.pick(ARRAY['ducksfan', 'beaverfan', 'mtnmama', 'riverrat', 'bluesky', 'treefarmer', 'loggerwife', 'hoopsdad'], tag || 'p', i) || fixture_gen.digits(tag || 'q', i, 2) END
    || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com', 'hotmail.com', 'comcast.net', 'icloud.com',
              'outlook.com', 'aol.com', 'peak.org', 'centurylink.net'], tag || 'dom', i)
$$;

CREATE TABLE osgen.adult (p int PRIMARY KEY, f int, kind int, sex text, first text, middle text, last text, rel text, title text, email text, cell text,
  work text, home text, street text, city text, zip text);
INSERT INTO osgen.adult (p, f, kind, sex) SELECT 2 * f - 1, f, 1, CASE WHEN fixture_gen.n('a1s', f, 100) < 86 THEN 'F' ELSE 'M' END FROM generate_series(1, 640) f;
INSERT INTO osgen.adult (p, f, kind, sex) SELECT 2 * f, f, 2, CASE WHEN fixture_gen.n('a1s', f, 100) < 86 THEN 'M' ELSE 'F' END FROM generate_series(1, 640) f WHERE f % 5 <> 0;
INSERT INTO osgen.adult (p, f, kind, sex) SELECT 1280 + f / 3, f, 3, CASE WHEN fixture_gen.n('a3s', f, 10) < 6 THEN 'F' ELSE 'M' END FROM generate_series(1, 640) f WHERE f % 3 = 0;
UPDATE osgen.adult a SET
  first = CASE WHEN sex = 'F' THEN osgen.woman('af', p) ELSE osgen.man('af', p) END,
  middle = CASE WHEN fixture_gen.n('amid', p, 10) < 2 THEN CASE WHEN sex = 'F' THEN osgen.woman('am', p) ELSE osgen.man('am', p) END
                WHEN fixture_gen.n('amid', p, 10) = 2 THEN chr(65 + fixture_gen.n('ami', p, 26)) || '.' END,
  last = CASE WHEN kind = 1 AND fixture_gen.n('al', p, 100) < 75 THEN fa.last WHEN kind = 2 AND fixture_gen.n('al', p, 100) < 85 THEN fa.last
              WHEN kind = 3 AND fixture_gen.n('al', p, 100) < 45 THEN fa.last ELSE osgen.last('al2', p) END,
  rel = CASE kind
    WHEN 1 THEN CASE WHEN a.f % 47 = 0 THEN 'Legal Guardian' WHEN a.f % 61 = 0 THEN 'Foster Parent' WHEN sex = 'F' THEN 'Mother' ELSE 'Father' END
    WHEN 2 THEN CASE WHEN sex = 'M' AND fixture_gen.n('arel', p, 100) < 12 THEN 'Stepfather' WHEN sex = 'M' THEN 'Father'
                     WHEN fixture_gen.n('arel', p, 100) < 20 THEN 'Stepmother' ELSE 'Mother' END
    ELSE CASE WHEN sex = 'F' THEN fixture_gen.pick(ARRAY['Grandmother', 'Grandmother', 'Aunt', 'Neighbor', 'Family Friend', 'Babysitter'], 'arel', p)
              ELSE fixture_gen.pick(ARRAY['Grandfather', 'Uncle', 'Uncle', 'Neighbor', 'Family Friend', 'Cousin'], 'arel', p) END END,
  title = CASE WHEN fixture_gen.n('atit', p, 10) < 3 THEN NULL WHEN fixture_gen.n('atit', p, 50) = 7 THEN 'Dr.'
               WHEN sex = 'F' THEN fixture_gen.pick(ARRAY['Mrs.', 'Ms.', 'Ms.', 'Mrs.', 'Miss'], 'atit2', p) ELSE 'Mr.' END,
  cell = CASE WHEN fixture_gen.n('acell', p, 100) < CASE kind WHEN 3 THEN 80 ELSE 93 END THEN osgen.phone('acell', p) END,
  work = CASE WHEN fixture_gen.n('awork', p, 100) < CASE kind WHEN 3 THEN 10 ELSE 38 END
              THEN osgen.phone('awork', p) || CASE WHEN fixture_gen.n('awx', p, 3) = 0 THEN ' ext ' || (100 + fixture_gen.n('awxn', p, 800)) ELSE '' END END,
  home = CASE WHEN kind < 3 THEN fa.home WHEN fixture_gen.n('ahome', p, 10) < 5 THEN osgen.phone('ahome', p) END,
  street = CASE WHEN kind = 2 AND a.f % 4 = 1 OR kind = 3 THEN osgen.street('ast', p) END,
  city = CASE WHEN kind = 2 AND a.f % 4 = 1 OR kind = 3 THEN fixture_gen.pick(ARRAY['Alder Falls', 'Millbrook', 'Cedar Ridge', 'Albany', 'Corvallis', 'Salem', 'Eugene', 'Sweet Home'], 'acity', p) END
FROM osgen.fam fa WHERE fa.f = a.f;
UPDATE osgen.adult SET zip = CASE city WHEN 'Alder Falls' THEN '97355' WHEN 'Millbrook' THEN '97358' WHEN 'Cedar Ridge' THEN '97361' WHEN 'Albany' THEN '97321'
    WHEN 'Corvallis' THEN '97330' WHEN 'Salem' THEN '97301' WHEN 'Eugene' THEN '97402' ELSE '97386' END WHERE city IS NOT NULL;
UPDATE osgen.adult SET email = osgen.mail(first, last, 'aem', p)
WHERE fixture_gen.n('aemh', p, 100) < CASE kind WHEN 1 THEN 95 WHEN 2 THEN 72 ELSE 30 END;
UPDATE osgen.adult a SET email = replace(a.email, '@', d.rn::text || '@') FROM (SELECT p, row_number() OVER (PARTITION BY email ORDER BY p) AS rn FROM osgen.adult WHERE email IS NOT NULL) d
WHERE d.p = a.p AND d.rn > 1;

-- ---------------------------------------------------------------------------
-- Students, their enrollments, parents and contacts, addresses.

CREATE TABLE students (
    student_id integer PRIMARY KEY, last_name varchar(50) NOT NULL, first_name varchar(50) NOT NULL, middle_name varchar(50), name_suffix varchar(3),
    gender varchar(255), ethnicity_id integer, common_name varchar(255), social_security varchar(255), birthdate date, language_id integer,
    estimated_grad_date date, alt_id varchar(50), email varchar(100), phone varchar(30), is_disable varchar(10), last_updated timestamp, updated_by integer,
    custom_2 varchar(255), custom_3 varchar(255), custom_4 varchar(255), custom_5 varchar(255), custom_6 varchar(255), custom_7 varchar(255),
    custom_8 text, custom_9 char(1), custom_10 varchar(255), custom_11 text
);
INSERT INTO students
SELECT k.s, k.last, k.first, k.middle, k.suffix, k.sex, CASE WHEN k.s % 43 = 0 THEN NULL ELSE fa.eth END, k.nick,
       CASE WHEN k.s % 10 < 3 THEN CASE WHEN k.s % 4 = 0 THEN replace(fixture_gen.ssn('ssn', k.s), '-', '') ELSE fixture_gen.ssn('ssn', k.s) END END,
       k.birth, fa.lang, make_date(2037 - k.grade, 6, 12),
       CASE WHEN k.s % 17 <> 0 THEN (1 + fixture_gen.n('ssid1', k.s, 9))::text || fixture_gen.digits('ssid', k.s, 9) END,
       k.email, coalesce(fa.home, a1.cell), CASE WHEN k.s % 97 = 0 THEN 'Y' END,
       osgen.at('stlu', k.s, '2024-08-01', '2025-03-14'), (ARRAY[6, 7, 8, 11, 11, 9])[1 + fixture_gen.n('stub', k.s, 6)],
       CASE WHEN fixture_gen.n('kphy', k.s, 10) < 7 THEN (ARRAY['Dr. Anita Desai', 'Dr. Paul Whitaker', 'Dr. Linh Hoang', 'Dr. Sarah Gutierrez', 'Dr. Michael Brennan',
         'Dr. Karen Oduya', 'Jill Stroud, PNP', 'Dr. Ben Aldridge', 'Samaritan Pediatrics - Dr. Lyle', 'Dr. R. Castañeda', 'Dr. Emily Forsythe', 'Heidi Marsh FNP'])[1 + fa.doc] END,
       CASE WHEN fixture_gen.n('kphy', k.s, 10) < 6 THEN (ARRAY['541-967-8100', '(541) 451-6911', '541-812-4470', '(541) 928-0335', '541.926.7719', '(541) 757-2213',
         '541-259-6000', '(541) 768-5111', '541-451-7500 opt 2', '(541) 928-4412', '5419262288', '(541) 258-3350'])[1 + fa.doc] END,
       CASE WHEN fixture_gen.n('khos', k.s, 10) < 5 THEN fixture_gen.pick(ARRAY['Alder Valley Community Hospital', 'Alder Valley Community Hospital',
         'Good Shepherd Medical Center', 'St. Helena Regional Medical Center', 'No preference'], 'khos2', k.s) END,
       CASE WHEN fixture_gen.n('klun', k.s, 100) < 5 THEN NULL WHEN fixture_gen.n('klun', k.s, 100) < 43 THEN 'Free' WHEN fixture_gen.n('klun', k.s, 100) < 52 THEN 'Reduced' ELSE 'Paid' END,
       CASE WHEN fixture_gen.n('kiep', k.s, 100) < 13 THEN 'IEP' WHEN fixture_gen.n('kiep', k.s, 100) < 19 THEN '504 Plan' WHEN fixture_gen.n('kiep', k.s, 100) < 96 THEN 'None' END,
       CASE WHEN fixture_gen.n('kcob', k.s, 10) < 8 THEN CASE WHEN k.grade < 2 AND fa.cob <> 'Ukraine' THEN 'United States' ELSE fa.cob END END,
       CASE fixture_gen.n('kmed', k.s, 60)
         WHEN 0 THEN 'Asthma - uses albuterol inhaler as needed, inhaler kept in backpack'
         WHEN 1 THEN 'Severe peanut/tree nut allergy. EpiPen in nurse office + one in backpack. Mom (' || a1.first || ') cell ' || coalesce(a1.cell, fa.home, 'see contacts')
         WHEN 2 THEN 'Wears glasses'
         WHEN 3 THEN 'ADHD, takes medication at home before school'
         WHEN 4 THEN 'Type 1 diabetes - insulin pump, see care plan. Call ' || a1.first || ' ' || a1.last || ' at ' || coalesce(a1.cell, fa.home, 'home') || ' if BG under 70'
         WHEN 5 THEN 'Seasonal allergies, may need Zyrtec from home'
         WHEN 6 THEN 'Seizure disorder. Call 911 if seizure lasts longer than 5 minutes, then ' || coalesce(a2.first || ' ' || a2.last, a1.first || ' ' || a1.last)
         WHEN 7 THEN 'Hearing loss in L ear, seat at front of class'
         WHEN 8 THEN 'Bee sting allergy (hives), Benadryl ok per parent'
         WHEN 9 THEN 'Lactose intolerant'
         WHEN 10 THEN 'Had heart surgery as infant (VSD repair). Cleared for PE by Dr. Whitaker 8/2024'
         WHEN 11 THEN 'Migraines - parent will provide Tylenol. Nurse Mancini has the form.' END,
       CASE WHEN fixture_gen.n('kpho', k.s, 10) < 8 THEN 'Y' ELSE 'N' END,
       CASE WHEN fixture_gen.n('kbus', k.s, 10) < 6 THEN 'Route ' || fa.bus END,
       CASE fixture_gen.n('kcus', k.s, 100)
         WHEN 0 THEN 'Restraining order against ' || coalesce(a2.first || ' ' || a2.last, osgen.man('kcf', k.s) || ' ' || k.last) || ' (Linn County Circuit Court, expires 2026). Do NOT release student to him. Copy in office file.'
         WHEN 1 THEN 'Joint custody - Mon-Wed with mom, Thu-Sun with dad. Either parent may pick up.'
         WHEN 2 THEN 'Only grandmother ' || osgen.woman('kcg', k.s) || ' ' || fa.last || ' or mom may pick up per DHS safety plan. Caseworker Jenna Ruiz 503-945-' || fixture_gen.digits('kcw', k.s, 4)
         WHEN 3 THEN 'Parenting plan on file (2023). Send copies of report cards to dad: ' || coalesce(a2.email, osgen.street('kcd', k.s) || ', Albany OR 97321')
         WHEN 4 THEN 'Foster placement since 11/2024, DHS worker Marcus Tate (541) 967-2033. No photos.' END
FROM osgen.kid k JOIN osgen.fam fa ON fa.f = k.f JOIN osgen.adult a1 ON a1.p = 2 * k.f - 1 LEFT JOIN osgen.adult a2 ON a2.p = 2 * k.f
ORDER BY k.s;

CREATE TABLE student_enrollment (
    id integer PRIMARY KEY, syear numeric(4,0), school_id numeric, student_id numeric, grade_id numeric, section_id varchar(255), start_date date,
    end_date date, enrollment_code numeric, drop_code numeric, next_school numeric, calendar_id numeric, last_school numeric, last_updated timestamp,
    updated_by integer
);
INSERT INTO student_enrollment
SELECT row_number() OVER (ORDER BY syear, s), * FROM (
  SELECT 2023 AS syear, CASE WHEN k.grade - 1 >= 6 THEN 3 ELSE fa.sch END AS sch, k.s,
         CASE WHEN k.grade - 1 >= 6 THEN 13 + k.grade - 7 ELSE (fa.sch - 1) * 6 + k.grade END AS gid, NULL::text,
         date '2023-08-28' + CASE WHEN k.s % 23 = 0 THEN 30 + fixture_gen.n('en23', k.s, 150) ELSE 0 END AS sd, date '2024-06-13' AS ed,
         CASE WHEN k.s % 23 = 0 THEN 2 WHEN k.grade = 1 THEN 5 ELSE 3 END AS ec, NULL::int AS dc, k.sch AS ns, CASE WHEN k.grade - 1 >= 6 THEN 3 ELSE fa.sch END AS cal,
         CASE WHEN k.grade - 1 = 6 THEN fa.sch END AS ls, osgen.at('enlu23', k.s, '2023-08-01', '2024-06-20') AS lu, 11 AS ub
  FROM osgen.kid k JOIN osgen.fam fa ON fa.f = k.f WHERE k.grade >= 1 AND k.s % 10 <> 3
  UNION ALL
  SELECT 2024, k.sch, k.s, CASE WHEN k.sch = 3 THEN 13 + k.grade - 6 ELSE (k.sch - 1) * 6 + k.grade + 1 END, NULL,
         CASE WHEN k.grade >= 1 AND k.s % 10 = 3 THEN osgen.sday('en24', k.s, '2024-08-27', '2025-02-28') ELSE date '2024-08-27' END,
         CASE WHEN k.s % 97 = 0 THEN osgen.sday('ex24', k.s, '2024-10-01', '2025-03-07') END,
         CASE WHEN k.grade >= 1 AND k.s % 10 = 3 THEN 2 WHEN k.grade = 0 THEN 5 ELSE 3 END, CASE WHEN k.s % 97 = 0 THEN 1 END,
         CASE WHEN k.s % 97 = 0 THEN NULL WHEN k.grade = 5 THEN 3 WHEN k.grade = 8 THEN -1 ELSE k.sch END, k.sch,
         CASE WHEN k.grade = 6 THEN fa.sch END, osgen.at('enlu24', k.s, '2024-08-01', '2025-03-14'), (ARRAY[6, 7, 8, 11])[k.sch + CASE WHEN k.s % 5 = 0 THEN 4 - k.sch ELSE 0 END]
  FROM osgen.kid k JOIN osgen.fam fa ON fa.f = k.f
) x;

CREATE TABLE people (
    staff_id integer PRIMARY KEY, current_school_id numeric, title varchar(5), first_name varchar(100) NOT NULL, last_name varchar(100) NOT NULL,
    middle_name varchar(100), home_phone varchar(64), work_phone varchar(64), cell_phone varchar(64), email varchar(100), custody varchar(1),
    profile varchar(30), profile_id integer, is_disable varchar(10), last_updated timestamp, updated_by integer
);
INSERT INTO people
SELECT a.p, (SELECT k.sch FROM osgen.kid k WHERE k.f = a.f ORDER BY k.s LIMIT 1), a.title, a.first, a.last, a.middle, a.home, a.work, a.cell, a.email,
       CASE WHEN a.kind = 3 THEN 'N' WHEN a.rel IN ('Stepfather', 'Stepmother') THEN 'N' ELSE 'Y' END, 'parent', 4,
       CASE WHEN a.p % 89 = 0 THEN 'Y' END, osgen.at('pelu', a.p, '2022-08-01', '2025-03-14'), (ARRAY[6, 7, 8, 11, 1])[1 + fixture_gen.n('peub', a.p, 5)]
FROM osgen.adult a ORDER BY a.p;

CREATE TABLE students_join_people (
    id integer PRIMARY KEY, student_id numeric NOT NULL, person_id numeric NOT NULL, is_emergency varchar(10), emergency_type varchar(100), relationship varchar(100) NOT NULL
);
INSERT INTO students_join_people
SELECT row_number() OVER (ORDER BY k.s, a.kind, a.p), k.s, a.p,
       CASE WHEN a.kind = 3 OR fixture_gen.n('sjpe', k.s * 10 + a.kind, 10) < 6 THEN 'Y' END,
       CASE a.kind WHEN 1 THEN 'Primary' WHEN 2 THEN 'Secondary' ELSE 'Other' END, a.rel
FROM osgen.kid k JOIN osgen.adult a ON a.f = k.f;

CREATE TABLE student_address (
    id integer PRIMARY KEY, student_id numeric NOT NULL, syear numeric(4,0), school_id numeric, street_address_1 varchar(5000), street_address_2 varchar(5000),
    city varchar(255), state varchar(255), zipcode varchar(255), bus_pickup varchar(1), bus_dropoff varchar(1), bus_no varchar(255), type varchar(500),
    people_id numeric, last_updated timestamp, updated_by integer
);
INSERT INTO student_address
SELECT row_number() OVER (ORDER BY ord, s, pid), s, 2024, sch, st1, st2, city, state, zip, bp, bd, bus, type, pid, lu, ub FROM (
  SELECT 1 AS ord, k.s, k.sch, fa.street AS st1, fa.street2 AS st2, fa.city, fa.state, fa.zip,
         CASE WHEN fixture_gen.n('kbus', k.s, 10) < 6 THEN 'Y' ELSE 'N' END AS bp, CASE WHEN fixture_gen.n('kbus', k.s, 10) < 6 THEN 'Y' ELSE 'N' END AS bd,
         CASE WHEN fixture_gen.n('kbus', k.s, 10) < 6 THEN fa.bus END AS bus, 'Home Address' AS type, NULL::int AS pid,
         osgen.at('salu', k.s, '2022-08-01', '2025-03-14') AS lu, (ARRAY[6, 7, 8, 11])[1 + fixture_gen.n('saub', k.s, 4)] AS ub
  FROM osgen.kid k JOIN osgen.fam fa ON fa.f = k.f
  UNION ALL
  SELECT 2, k.s, k.sch, 'PO Box ' || (100 + fixture_gen.n('pobox', k.f, 1800)), NULL, fa.city, fa.state, fa.zip, NULL, NULL, NULL, 'Mail', NULL,
         osgen.at('salm', k.s, '2022-08-01', '2025-03-14'), 11
  FROM osgen.kid k JOIN osgen.fam fa ON fa.f = k.f WHERE k.f % 12 = 5
  UNION ALL
  SELECT 3, k.s, k.sch, a.street, CASE WHEN a.p % 6 = 0 THEN 'Apt ' || (1 + fixture_gen.n('aapt', a.p, 30)) END, a.city, 'OR', a.zip, NULL, NULL, NULL,
         CASE a.kind WHEN 2 THEN 'Secondary' ELSE 'Other' END, a.p, osgen.at('salp', k.s * 10 + a.kind, '2022-08-01', '2025-03-14'), 11
  FROM osgen.kid k JOIN osgen.adult a ON a.f = k.f WHERE a.street IS NOT NULL AND (a.kind = 2 OR a.p % 2 = 0)
) x;

-- ---------------------------------------------------------------------------
-- Staff: 11 district and office people, 77 teachers, 4 who left.

CREATE TABLE osgen.stf (t int PRIMARY KEY, first text, last text, sex text, sch int, profile text, pid int, category text, job text, title text,
  hire date, leave date, uname text, email text, grade int);
INSERT INTO osgen.stf (t, first, last, sex, sch, profile, pid, category, job, title) VALUES
  (1, 'Kevin', 'Brandt', 'Male', 1, 'admin', 0, 'Super Administrator', 'Technology Coordinator', 'Mr.'),
  (2, 'Lorraine', 'Castellanos', 'Female', 1, 'admin', 1, 'Administrator', 'Superintendent', 'Ms.'),
  (3, 'Renee', 'Whitfield', 'Female', 1, 'admin', 1, 'Administrator', 'Principal', 'Mrs.'),
  (4, 'Marcus', 'Bell', 'Male', 2, 'admin', 1, 'Administrator', 'Principal', 'Mr.'),
  (5, 'Teresa', 'Villanueva', 'Female', 3, 'admin', 1, 'Administrator', 'Principal', 'Dr.'),
  (6, 'Sandra', 'Pruitt', 'Female', 1, 'admin', 5, 'Non Teaching Staff', 'School Secretary', 'Mrs.'),
  (7, 'Yesenia', 'Ortiz', 'Female', 2, 'admin', 5, 'Non Teaching Staff', 'Office Manager / Bilingual Secretary', 'Ms.'),
  (8, 'Carol', 'Lindqvist', 'Female', 3, 'admin', 5, 'Non Teaching Staff', 'Registrar', 'Mrs.'),
  (9, 'Heather', 'Mancini', 'Female', 1, 'admin', 6, 'Non Teaching Staff', 'District Nurse (RN)', 'Ms.'),
  (10, 'Jerome', 'Akers', 'Male', 3, 'admin', 1, 'Administrator', 'School Counselor', 'Mr.'),
  (11, 'Patricia', 'Nakamura', 'Female', 1, 'admin', 1, 'Administrator', 'Director of Student Services', 'Ms.');
INSERT INTO osgen.stf (t, sex, sch, profile, pid, category, job, grade)
SELECT t, CASE WHEN fixture_gen.n('tsex', t, 100) < CASE WHEN t < 59 THEN 85 ELSE 60 END THEN 'Female' ELSE 'Male' END,
       CASE WHEN t <= 35 THEN 1 WHEN t <= 58 THEN 2 WHEN t <= 88 THEN 3 ELSE 1 + t % 3 END, 'teacher', 2, 'Teacher',
       CASE WHEN t IN (12, 36) THEN 'Music Teacher' WHEN t IN (13, 37) THEN 'PE Teacher' WHEN t IN (14, 38) THEN 'Library Media Specialist'
            WHEN t IN (15, 39) THEN 'Special Education Resource Teacher'
            WHEN t BETWEEN 16 AND 35 OR t BETWEEN 40 AND 58 THEN (ARRAY['Kindergarten Teacher', '1st Grade Teacher', '2nd Grade Teacher', '3rd Grade Teacher',
                 '4th Grade Teacher', '5th Grade Teacher'])[1 + (t - CASE WHEN t <= 35 THEN 16 ELSE 40 END) % 6]
            WHEN t <= 64 THEN 'Math Teacher' WHEN t <= 70 THEN 'Language Arts Teacher' WHEN t <= 75 THEN 'Science Teacher' WHEN t <= 80 THEN 'Social Studies Teacher'
            WHEN t <= 82 THEN 'PE / Health Teacher' WHEN t = 83 THEN 'Band & Choir Director' WHEN t = 84 THEN 'Art Teacher' WHEN t = 85 THEN 'Spanish Teacher'
            WHEN t = 86 THEN 'Computer Science Teacher' WHEN t <= 88 THEN 'Special Education Teacher' ELSE '3rd Grade Teacher' END,
       CASE WHEN t BETWEEN 16 AND 35 THEN (t - 16) % 6 WHEN t BETWEEN 40 AND 58 THEN (t - 40) % 6 END
FROM generate_series(12, 92) t;
UPDATE osgen.stf SET first = CASE WHEN sex = 'Female' THEN osgen.woman('tf', t) ELSE osgen.man('tf', t) END, last = osgen.last('tl', t) WHERE first IS NULL;
UPDATE osgen.stf SET title = CASE WHEN sex = 'Male' THEN 'Mr.' WHEN fixture_gen.n('ttit', t, 3) = 0 THEN 'Mrs.' ELSE 'Ms.' END WHERE title IS NULL;
UPDATE osgen.stf SET hire = CASE WHEN t IN (1, 2, 9, 11) THEN osgen.day('thire', t, '2001-07-01', '2016-08-20') WHEN t BETWEEN 89 AND 92 THEN osgen.day('thire', t, '2009-08-01', '2019-08-20')
    WHEN fixture_gen.n('thn', t, 10) = 0 THEN osgen.day('thire', t, '2024-08-12', '2024-11-04') ELSE make_date(1996 + fixture_gen.n('thy', t, 28), 8, 15 + fixture_gen.n('thd', t, 10)) END,
  leave = CASE WHEN t BETWEEN 89 AND 92 THEN (ARRAY[date '2023-06-16', date '2024-06-14', date '2024-10-31', date '2025-01-10'])[t - 88] END,
  uname = substr(osgen.fold(first), 1, 1) || osgen.fold(last);
UPDATE osgen.stf s SET uname = s.uname || d.rn FROM (SELECT t, row_number() OVER (PARTITION BY uname ORDER BY t) AS rn FROM osgen.stf) d WHERE d.t = s.t AND d.rn > 1;
UPDATE osgen.stf SET email = uname || '@aldervalley.k12.or.us';

CREATE TABLE staff (
    staff_id integer PRIMARY KEY, current_school_id numeric, title varchar(5), first_name varchar(100) NOT NULL, last_name varchar(100) NOT NULL,
    middle_name varchar(100), phone varchar(100), email varchar(100), profile varchar(30), homeroom varchar(5), profile_id integer, primary_language_id integer,
    gender varchar(8), ethnicity_id integer, birthdate date, alternate_id varchar(50), name_suffix varchar(32), second_language_id integer,
    third_language_id integer, is_disable varchar(10), physical_disability varchar(1), disability_desc varchar(225), last_updated timestamp, updated_by integer,
    custom_1 varchar(255), custom_2 date
);
INSERT INTO staff
SELECT s.t, s.sch, s.title, s.first, s.last, CASE WHEN fixture_gen.n('tmid', s.t, 10) < 3 THEN CASE WHEN s.sex = 'Female' THEN osgen.girl('tm', s.t) ELSE osgen.boy('tm', s.t) END
         WHEN fixture_gen.n('tmid', s.t, 10) < 5 THEN chr(65 + fixture_gen.n('tmi', s.t, 26)) END,
       CASE WHEN s.t % 7 = 3 THEN NULL WHEN s.t % 4 = 0 THEN (ARRAY['(541) 926-3310', '(541) 926-4471', '(541) 926-5120'])[s.sch] || ' x' || (200 + s.t) ELSE osgen.phone('tph', s.t) END,
       s.email, s.profile, CASE WHEN s.grade IS NOT NULL THEN (100 + s.t)::text WHEN s.t BETWEEN 59 AND 88 THEN (150 + s.t)::text END, s.pid,
       CASE WHEN s.t IN (7, 47, 85) THEN 2 ELSE 1 END, s.sex,
       CASE WHEN s.t IN (2, 5, 7, 47, 85, 66) THEN 3 WHEN s.t IN (11, 31, 72) THEN 6 WHEN s.t IN (4, 77) THEN 2 WHEN s.t = 53 THEN 4 WHEN s.t % 19 = 0 THEN 10 ELSE 1 END,
       make_date(1960 + fixture_gen.n('tby', s.t, 38), 1 + fixture_gen.n('tbm', s.t, 12), 1 + fixture_gen.n('tbd', s.t, 28)),
       'E' || lpad((1040 + s.t * 37 + fixture_gen.n('temp', s.t, 30))::text, 6, '0'),
       CASE WHEN s.sex = 'Male' AND s.t % 23 = 1 THEN 'Jr.' END,
       CASE WHEN s.t IN (2, 5, 10, 25, 66, 70) THEN 2 WHEN s.t IN (7, 47, 85) THEN 1 WHEN s.t = 31 THEN 11 END,
       CASE WHEN s.t = 85 THEN 5 END,
       CASE WHEN s.t BETWEEN 89 AND 92 THEN 'Y' END,
       CASE WHEN s.t IN (27, 64, 80) THEN 'Y' WHEN s.t % 5 = 0 THEN NULL ELSE 'N' END,
       CASE s.t WHEN 27 THEN 'Hearing impaired - uses hearing aids, prefers email over phone' WHEN 64 THEN 'Uses a wheelchair; needs ground floor classroom and accessible parking'
                WHEN 80 THEN 'Type 1 diabetes' END,
       osgen.at('tlu', s.t, '2023-06-01', '2025-03-12'), CASE WHEN s.t = 1 THEN 1 ELSE (ARRAY[1, 11, 2])[1 + fixture_gen.n('tub', s.t, 3)] END,
       CASE WHEN s.pid IN (1, 2) AND s.t NOT IN (1, 2) THEN fixture_gen.digits('tspc', s.t, 6) WHEN s.t = 9 THEN '0952' || fixture_gen.digits('rn', s.t, 5) || 'RN' END,
       CASE WHEN s.t <> 1 THEN s.hire - 20 - fixture_gen.n('tbg', s.t, 40) END
FROM osgen.stf s ORDER BY s.t;

CREATE TABLE staff_school_info (
    staff_school_info_id integer PRIMARY KEY, staff_id integer NOT NULL, category varchar(255) NOT NULL, job_title varchar(255), joining_date date,
    end_date date, home_school integer NOT NULL, opensis_access char(1) NOT NULL, opensis_profile varchar(255), school_access varchar(255)
);
INSERT INTO staff_school_info
SELECT s.t, s.t, s.category, s.job, s.hire, s.leave, s.sch, CASE WHEN s.leave IS NOT NULL THEN 'N' ELSE 'Y' END, s.pid::text,
       CASE WHEN s.t IN (1, 2, 9, 11) THEN ',1,2,3,' ELSE ',' || s.sch || ',' END
FROM osgen.stf s ORDER BY s.t;

CREATE TABLE staff_school_relationship (
    staff_id integer NOT NULL, school_id integer NOT NULL, syear integer NOT NULL, start_date date, end_date date, PRIMARY KEY (staff_id, school_id, syear)
);
INSERT INTO staff_school_relationship
SELECT s.t, sc, y, greatest(s.hire, sy.start_date), CASE WHEN s.leave <= sy.end_date THEN s.leave END
FROM osgen.stf s CROSS JOIN generate_series(2023, 2024) y CROSS JOIN generate_series(1, 3) sc JOIN school_years sy ON sy.syear = y AND sy.school_id = sc
WHERE (sc = s.sch OR s.t IN (1, 2, 9, 11)) AND s.hire <= sy.end_date AND (s.leave IS NULL OR s.leave >= sy.start_date)
ORDER BY s.t, y, sc;

CREATE TABLE staff_address (
    staff_address_id integer PRIMARY KEY, staff_id integer NOT NULL, staff_address1_primary varchar(255), staff_address2_primary varchar(255),
    staff_city_primary varchar(255), staff_state_primary varchar(255), staff_zip_primary varchar(255), staff_address1_mail varchar(255),
    staff_address2_mail varchar(255), staff_city_mail varchar(255), staff_state_mail varchar(255), staff_zip_mail varchar(255), last_update timestamp
);
INSERT INTO staff_address
SELECT row_number() OVER (ORDER BY t), t, osgen.street('tst', t), CASE WHEN t % 9 = 0 THEN 'Apt ' || (1 + fixture_gen.n('tapt', t, 30)) END, c.city, 'OR', c.zip,
       CASE WHEN t % 8 = 3 THEN 'PO Box ' || (100 + fixture_gen.n('tpob', t, 900)) END, NULL, CASE WHEN t % 8 = 3 THEN c.city END,
       CASE WHEN t % 8 = 3 THEN 'OR' END, CASE WHEN t % 8 = 3 THEN c.zip END, osgen.at('talu', t, '2022-06-01', '2025-03-01')
FROM (SELECT t, (ARRAY['Alder Falls', 'Millbrook', 'Cedar Ridge', 'Albany', 'Corvallis', 'Lebanon', 'Sweet Home', 'Salem'])[1 + fixture_gen.n('tcity', t, 8)] AS city,
             (ARRAY['97355', '97358', '97361', '97321', '97330', '97355', '97386', '97302'])[1 + fixture_gen.n('tcity', t, 8)] AS zip
      FROM generate_series(1, 92) t WHERE t % 13 <> 0) c;

CREATE TABLE staff_contact (
    staff_phone_id integer PRIMARY KEY, staff_id integer NOT NULL, last_update timestamp, staff_home_phone varchar(64), staff_mobile_phone varchar(64),
    staff_work_phone varchar(64), staff_work_email varchar(64), staff_personal_email varchar(64)
);
INSERT INTO staff_contact
SELECT s.t, s.t, osgen.at('tclu', s.t, '2022-06-01', '2025-03-01'), CASE WHEN s.t % 4 = 1 THEN osgen.phone('thome', s.t) END, osgen.phone('tmob', s.t),
       (ARRAY['(541) 926-3310', '(541) 926-4471', '(541) 926-5120'])[s.sch] || CASE WHEN s.t % 3 = 0 THEN ' ext ' || (200 + s.t) ELSE '' END, s.email,
       CASE WHEN s.t % 3 <> 2 THEN osgen.mail(s.first, s.last, 'tpem', s.t) END
FROM osgen.stf s ORDER BY s.t;

CREATE TABLE staff_emergency_contact (
    staff_emergency_contact_id integer PRIMARY KEY, staff_id integer NOT NULL, staff_emergency_first_name varchar(255), staff_emergency_last_name varchar(255),
    staff_emergency_relationship varchar(255), staff_emergency_home_phone varchar(64), staff_emergency_mobile_phone varchar(64), staff_emergency_work_phone varchar(64),
    staff_emergency_email varchar(64)
);
INSERT INTO staff_emergency_contact
SELECT row_number() OVER (ORDER BY s.t), s.t, x.first, CASE WHEN x.rel IN ('Husband', 'Wife') AND s.t % 3 <> 0 THEN s.last ELSE osgen.last('tecl', s.t) END, x.rel,
       CASE WHEN s.t % 3 = 0 THEN osgen.phone('tech', s.t) END, osgen.phone('tecm', s.t), CASE WHEN s.t % 4 = 0 THEN osgen.phone('tecw', s.t) END,
       CASE WHEN s.t % 2 = 0 THEN osgen.mail(x.first, s.last, 'tece', s.t) END
FROM osgen.stf s CROSS JOIN LATERAL (SELECT CASE WHEN s.sex = 'Female' AND s.t % 5 <> 1 THEN osgen.man('tecf', s.t) ELSE osgen.woman('tecf', s.t) END AS first,
       CASE WHEN s.t % 5 = 1 THEN fixture_gen.pick(ARRAY['Mother', 'Sister', 'Friend'], 'tecr', s.t) WHEN s.sex = 'Female' THEN 'Husband' ELSE 'Wife' END AS rel) x
WHERE s.t % 11 <> 4;

CREATE TABLE staff_certification (
    staff_certification_id integer PRIMARY KEY, staff_id integer NOT NULL, staff_certification_date date, staff_certification_expiry_date date,
    staff_certification_code varchar(127), staff_certification_short_name varchar(127), staff_certification_name varchar(255),
    staff_primary_certification_indicator char(1), staff_certification_description text
);
INSERT INTO staff_certification
SELECT row_number() OVER (ORDER BY s.t, k), s.t, d, d + CASE WHEN lic = 'PTL' THEN 3 * 365 + 1 ELSE 5 * 365 + 1 END,
       CASE WHEN k = 1 THEN coalesce(st.custom_1, fixture_gen.digits('tspc', s.t, 6)) ELSE fixture_gen.digits('tspc', s.t, 6) || '-E' || k END,
       lic, CASE lic WHEN 'PTL' THEN 'Preliminary Teaching License' WHEN 'PrTL' THEN 'Professional Teaching License' WHEN 'PAL' THEN 'Preliminary Administrator License'
                     WHEN 'RTL' THEN 'Restricted Teaching License' ELSE 'ESOL Endorsement' END,
       CASE WHEN k = 1 THEN 'Y' ELSE 'N' END,
       CASE fixture_gen.n('tcdesc', s.t * 3 + k, 12)
         WHEN 0 THEN 'Renewal due before expiry, needs 25 PDUs - reminder sent to ' || s.email
         WHEN 1 THEN 'Endorsements: Multiple Subjects (Elementary). Transcripts from WOU on file.'
         WHEN 2 THEN 'Restricted license requested by Principal ' || (SELECT first || ' ' || last FROM osgen.stf WHERE t = s.sch + 2) || ' pending TSPC approval'
         WHEN 3 THEN 'Added ESOL endorsement after completing the PSU program'
         WHEN 4 THEN 'Fingerprinting redone 2024 (name change, formerly ' || osgen.last('tcmaid', s.t) || ')'
         WHEN 5 THEN 'Copy of license scanned to HR folder' END
FROM osgen.stf s JOIN staff st ON st.staff_id = s.t CROSS JOIN generate_series(1, 2) k
CROSS JOIN LATERAL (SELECT CASE WHEN k = 2 THEN 'ESOL' WHEN s.pid = 1 THEN 'PAL' WHEN s.hire > '2021-08-01' THEN 'PTL' WHEN s.t % 17 = 0 THEN 'RTL' ELSE 'PrTL' END AS lic,
       osgen.day('tcd', s.t * 3 + k, greatest(s.hire - 60, date '2019-01-01'), date '2024-10-31') AS d) l
WHERE s.t BETWEEN 3 AND 5 OR s.t = 10 OR s.t >= 12 AND (k = 1 OR s.t % 4 = 0);

-- ---------------------------------------------------------------------------
-- Accounts: staff, students from grade 3 (Google login), parents on the portal.

CREATE TABLE osgen.acct (id int PRIMARY KEY, user_id int, profile_id int, prof text, first text, last text, uname text, sch int);
INSERT INTO osgen.acct
SELECT row_number() OVER (ORDER BY ord, uid), uid, pid, prof, first, last, uname, sch FROM (
  SELECT 1 AS ord, t AS uid, pid, profile AS prof, first, last, uname, sch FROM osgen.stf
  UNION ALL
  SELECT 2, s, 3, 'student', first, last, uname, sch FROM osgen.kid WHERE uname IS NOT NULL
  UNION ALL
  SELECT 3, a.p, 4, 'parent', a.first, a.last,
         CASE WHEN fixture_gen.n('pun', a.p, 10) < 5 THEN a.email WHEN fixture_gen.n('pun', a.p, 10) < 8 THEN osgen.fold(a.first) || osgen.fold(a.last)
              ELSE substr(osgen.fold(a.first), 1, 1) || osgen.fold(a.last) || (a.p % 100) END,
         (SELECT k.sch FROM osgen.kid k WHERE k.f = a.f ORDER BY k.s LIMIT 1)
  FROM osgen.adult a WHERE a.kind < 3 AND a.email IS NOT NULL AND fixture_gen.n('portal', a.p, 10) < 7
) x;
UPDATE osgen.acct a SET uname = a.uname || d.rn FROM (SELECT id, row_number() OVER (PARTITION BY lower(uname) ORDER BY id) AS rn FROM osgen.acct) d
WHERE d.id = a.id AND d.rn > 1;

CREATE TABLE login_authentication (
    id integer PRIMARY KEY, user_id integer NOT NULL, profile_id integer NOT NULL, username varchar(255), password varchar(255), last_login timestamp,
    failed_login integer
);
INSERT INTO login_authentication
SELECT a.id, a.user_id, a.profile_id, a.uname,
       CASE WHEN a.id % 11 = 4 THEN '$2y' || '$10$' || substr(fixture_gen.bcrypt('labc', a.id), 8) ELSE md5(osgen.secret('lapw', a.id, 24)) END,
       CASE WHEN a.profile_id = 3 AND a.id % 4 = 0 THEN NULL ELSE osgen.at('lall', a.id, '2024-09-01', '2025-03-14') END,
       CASE WHEN a.id % 23 = 0 THEN 1 + fixture_gen.n('lafl', a.id, 4) ELSE 0 END
FROM osgen.acct a ORDER BY a.id;

CREATE TABLE login_records (
    syear numeric(5,0), first_name varchar(100), last_name varchar(100), profile varchar(50), user_name varchar(100), login_time timestamp,
    faillog_count numeric(4,0), staff_id numeric(10,0), id integer PRIMARY KEY, faillog_time varchar(255), ip_address varchar(20), status varchar(50),
    school_id integer
);
INSERT INTO login_records
SELECT CASE WHEN lt < '2024-07-01' THEN 2023 ELSE 2024 END, a.first, a.last, a.prof,
       CASE WHEN failed AND k % 3 = 0 THEN left(a.uname, length(a.uname) - 1) ELSE a.uname END, lt,
       CASE WHEN failed THEN 1 + fixture_gen.n('lrfc', k, 3) ELSE 0 END, a.user_id, k, CASE WHEN failed THEN to_char(lt - interval '40 seconds', 'YYYY-MM-DD HH24:MI:SS') END,
       CASE WHEN a.profile_id IN (0, 1, 2, 5, 6) AND fixture_gen.n('lrws', k, 10) < 7 THEN '207.108.' || (44 + a.sch) || '.' || (10 + fixture_gen.n('lrwi', k, 40))
            ELSE fixture_gen.ipv4('lrip', a.id * 10 + fixture_gen.n('lrh', k, 3)) END,
       CASE WHEN failed THEN 'Failed' ELSE 'Success' END, a.sch
FROM generate_series(1, 2000) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 5 < 2 THEN 1 + fixture_gen.n('lrs', k, 88) ELSE 1 + fixture_gen.n('lra', k, (SELECT count(*) FROM osgen.acct)::int) END AS aid,
                           fixture_gen.n('lrf', k, 100) < 6 AS failed,
                           (osgen.sday('lrd', k, '2024-08-19', '2025-03-14') + make_interval(hours => 6 + fixture_gen.n('lrhh', k, 16), mins => fixture_gen.n('lrmm', k, 60),
                             secs => fixture_gen.n('lrss', k, 60)))::timestamp AS lt) x
JOIN osgen.acct a ON a.id = x.aid;

CREATE TABLE log_maintenance (id integer PRIMARY KEY, value integer, session_id varchar(100));
INSERT INTO log_maintenance
SELECT k, 1 + fixture_gen.n('lmv', k, 1412), fixture_gen.chars('lmsid', k, 26, '0123456789abcdefghijklmnopqrstuv') FROM generate_series(1, 400) k;

CREATE TABLE hacking_log (
    id integer PRIMARY KEY, host_name varchar(100), ip_address varchar(20), login_date date, version varchar(20), php_self varchar(20),
    document_root varchar(100), script_name varchar(100), modname varchar(100), username varchar(20)
);
INSERT INTO hacking_log
SELECT k, CASE fixture_gen.n('hlh', k, 4) WHEN 0 THEN 'c-' || replace(ip, '.', '-') || '.hsd1.or.comcast.net' WHEN 1 THEN 'static-' || replace(ip, '.', '-') || '.ptld.qwest.net'
              WHEN 2 THEN ip ELSE replace(ip, '.', '-') || '.dhcp.crcy.nv.charter.com' END, ip,
       osgen.sday('hld', k, '2024-09-03', '2025-03-13'), '9.1', '/Modules.php', '/var/www/opensis', '/Modules.php',
       fixture_gen.pick(ARRAY['users/User.php', 'students/Student.php&include=MedicalInfoInc', 'grades/InputFinalGrades.php', 'tools/LogDetails.php',
         'users/Staff.php&staff_id=5', 'schoolsetup/Schools.php', 'scheduling/Schedule.php&student_id=' || (1 + fixture_gen.n('hls', k, 960)),
         'messaging/Inbox.php&modfunc=body&mail_id=' || (1 + fixture_gen.n('hlm', k, 400))], 'hlmod', k),
       left(a.uname, 20)
FROM generate_series(1, 40) k JOIN osgen.acct a ON a.id = 93 + fixture_gen.n('hla', k, 1300)
CROSS JOIN LATERAL (SELECT fixture_gen.ipv4('hlip', k) AS ip) i;

CREATE TABLE api_info (id integer PRIMARY KEY, api_key varchar(255), api_secret varchar(255));
INSERT INTO api_info VALUES (1, osgen.secret('apik', 1, 32), osgen.secret('apis', 1, 64)), (2, osgen.secret('apik', 2, 32), osgen.secret('apis', 2, 64));

-- ---------------------------------------------------------------------------
-- Courses, course periods (titled "period - section - teacher" as openSIS
-- builds them) and the students' schedules.

CREATE TABLE courses (
    syear numeric(4,0), course_id integer PRIMARY KEY, subject_id numeric, school_id numeric, grade_level numeric, title varchar(100), short_name varchar(25),
    rollover_id numeric
);
INSERT INTO courses
SELECT 2024, (s - 1) * 9 + j, CASE WHEN j <= 6 THEN 1 ELSE 2 END, s, CASE WHEN j <= 6 THEN (s - 1) * 6 + j END,
       CASE WHEN j = 1 THEN 'Kindergarten Homeroom' WHEN j <= 6 THEN 'Grade ' || (j - 1) || ' Homeroom' WHEN j = 7 THEN 'General Music' WHEN j = 8 THEN 'Physical Education' ELSE 'Library' END,
       CASE WHEN j = 1 THEN 'K-HR' WHEN j <= 6 THEN 'G' || (j - 1) || '-HR' WHEN j = 7 THEN 'MUS' WHEN j = 8 THEN 'PE' ELSE 'LIB' END,
       (s - 1) * 9 + j + 100
FROM generate_series(1, 2) s CROSS JOIN generate_series(1, 9) j;
INSERT INTO courses VALUES
  (2024, 19, 3, 3, 13, 'Math 6', 'M6', 119), (2024, 20, 3, 3, 14, 'Math 7', 'M7', 120), (2024, 21, 3, 3, 15, 'Math 8', 'M8', 121),
  (2024, 22, 3, 3, 15, 'Algebra I', 'ALG1', 122), (2024, 23, 4, 3, 13, 'Language Arts 6', 'LA6', 123), (2024, 24, 4, 3, 14, 'Language Arts 7', 'LA7', 124),
  (2024, 25, 4, 3, 15, 'Language Arts 8', 'LA8', 125), (2024, 26, 5, 3, 13, 'Earth Science 6', 'SCI6', 126), (2024, 27, 5, 3, 14, 'Life Science 7', 'SCI7', 127),
  (2024, 28, 5, 3, 15, 'Physical Science 8', 'SCI8', 128), (2024, 29, 6, 3, 13, 'Ancient Civilizations 6', 'SS6', 129),
  (2024, 30, 6, 3, 14, 'World Geography 7', 'SS7', 130), (2024, 31, 6, 3, 15, 'US History 8', 'SS8', 131), (2024, 32, 7, 3, NULL, 'PE 6-8', 'PE', 132),
  (2024, 33, 7, 3, NULL, 'Health', 'HLTH', 133), (2024, 34, 8, 3, NULL, 'Band', 'BAND', 134), (2024, 35, 8, 3, NULL, 'Choir', 'CHOIR', 135),
  (2024, 36, 8, 3, NULL, 'Art', 'ART', 136), (2024, 37, 8, 3, NULL, 'Spanish I', 'SPAN1', 137), (2024, 38, 8, 3, NULL, 'Computer Science Discoveries', 'CSD', NULL),
  (2024, 39, 9, 3, NULL, 'Study Skills', 'STSK', 139), (2024, 40, 9, 3, NULL, 'Advisory', 'ADV', 140);

CREATE TABLE osgen.cp (cp serial PRIMARY KEY, sch int, course int, t int, period_id int);
INSERT INTO osgen.cp (sch, course, t, period_id)
SELECT sch, course, t, period_id FROM (
  SELECT s.sch, (s.sch - 1) * 9 + 1 + s.grade AS course, s.t, CASE s.sch WHEN 1 THEN 1 ELSE 5 END AS period_id, 1 AS o1, 0 AS o2
  FROM osgen.stf s WHERE s.grade IS NOT NULL
  UNION ALL
  SELECT s.sch, (s.sch - 1) * 9 + CASE WHEN s.t IN (12, 36) THEN 7 WHEN s.t IN (13, 37) THEN 8 ELSE 9 END, s.t, CASE s.sch WHEN 1 THEN 4 ELSE 8 END, 1, g
  FROM osgen.stf s CROSS JOIN generate_series(0, 5) g WHERE s.t IN (12, 13, 14, 36, 37, 38)
  UNION ALL
  SELECT 3, CASE WHEN t <= 64 THEN 19 + (t + p) % 4 WHEN t <= 70 THEN 23 + (t + p) % 3 WHEN t <= 75 THEN 26 + (t + p) % 3 WHEN t <= 80 THEN 29 + (t + p) % 3
                 WHEN t <= 82 THEN (ARRAY[32, 32, 33])[1 + (t + p) % 3] WHEN t = 83 THEN (ARRAY[34, 34, 35])[1 + p % 3] WHEN t = 84 THEN 36 WHEN t = 85 THEN 37
                 WHEN t = 86 THEN (ARRAY[38, 33])[1 + p % 2] ELSE 39 END,
         t, 9 + p, 2, p
  FROM generate_series(59, 88) t CROSS JOIN generate_series(1, 7) p WHERE p <> 1 + t % 7 AND p <> 1 + (t + 3) % 7
) x ORDER BY sch, o1, t, o2;

CREATE TABLE course_periods (
    syear numeric(4,0) NOT NULL, school_id numeric NOT NULL, course_period_id integer PRIMARY KEY, course_id numeric NOT NULL, course_weight varchar(10),
    title varchar(255), short_name text, mp varchar(3), marking_period_id integer, teacher_id integer, secondary_teacher_id integer, total_seats numeric,
    filled_seats numeric, does_honor_roll varchar(1), does_class_rank varchar(1), gender_restriction varchar(1), house_restriction varchar(1),
    availability numeric, parent_id integer, calendar_id integer, half_day varchar(1), does_breakoff varchar(1), rollover_id integer, grade_scale_id integer,
    credits numeric(6,3), schedule_type varchar(255), begin_date date, end_date date
);
INSERT INTO course_periods
SELECT 2024, c.sch, c.cp, c.course, NULL, sp.title || ' - ' || co.short_name || '-' || lpad((row_number() OVER (PARTITION BY c.course ORDER BY c.cp))::text, 2, '0') || ' - ' || s.first || ' ' || s.last,
       co.short_name || '-' || lpad((row_number() OVER (PARTITION BY c.course ORDER BY c.cp))::text, 2, '0'),
       CASE WHEN c.course IN (33, 38) THEN 'SEM' ELSE 'FY' END, CASE WHEN c.course IN (33, 38) THEN 26 ELSE 6 + c.sch END, c.t,
       CASE WHEN c.course IN (19, 20, 21, 23, 24, 25) AND c.cp % 9 = 0 THEN 87 + c.cp % 2 END,
       CASE WHEN c.sch = 3 THEN 28 + fixture_gen.n('cpseat', c.cp, 6) ELSE 26 END, 0,
       CASE WHEN c.sch = 3 AND c.course BETWEEN 19 AND 31 THEN 'Y' END, CASE WHEN c.sch = 3 AND c.course BETWEEN 19 AND 31 THEN 'Y' END, 'N', NULL, NULL, c.cp, c.sch,
       NULL, NULL, NULL, CASE WHEN c.sch = 3 THEN 1 ELSE 2 END, CASE WHEN c.sch = 3 THEN CASE WHEN c.course IN (33, 38) THEN 0.500 ELSE 1.000 END END, 'FIXED',
       sy.start_date, sy.end_date
FROM osgen.cp c JOIN courses co ON co.course_id = c.course JOIN osgen.stf s ON s.t = c.t JOIN school_periods sp ON sp.period_id = c.period_id
JOIN school_years sy ON sy.syear = 2024 AND sy.school_id = c.sch
ORDER BY c.cp;

CREATE TABLE course_period_var (
    id integer PRIMARY KEY, course_period_id integer NOT NULL, days varchar(7), course_period_date date, period_id integer, start_time time, end_time time,
    room_id integer, does_attendance varchar(1)
);
INSERT INTO course_period_var
SELECT c.cp, c.cp, CASE WHEN c.period_id IN (4, 8) THEN (ARRAY['M', 'T', 'W', 'H', 'F', 'MW'])[1 + c.cp % 6] ELSE 'MTWHF' END, NULL, c.period_id,
       sp.start_time, sp.end_time, CASE WHEN c.sch = 3 THEN 100 + c.t ELSE c.sch * 100 + c.t % 40 END, CASE WHEN sp.attendance = 'Y' THEN 'Y' END
FROM osgen.cp c JOIN school_periods sp ON sp.period_id = c.period_id ORDER BY c.cp;

CREATE TABLE schedule (
    syear numeric(4,0) NOT NULL, school_id numeric, student_id numeric NOT NULL, start_date date NOT NULL, end_date date, modified_date date,
    modified_by varchar(255), course_id numeric NOT NULL, course_weight varchar(10), course_period_id numeric NOT NULL, mp varchar(3), marking_period_id integer,
    scheduler_lock varchar(1), dropped varchar(1) DEFAULT 'N', id integer PRIMARY KEY
);
CREATE TABLE osgen.want AS
  SELECT s, sch, (sch - 1) * 9 + 1 + grade AS course, 1 AS slot FROM osgen.kid WHERE sch < 3
  UNION ALL SELECT s, 3, CASE WHEN grade = 8 AND s % 3 = 0 THEN 22 ELSE 19 + grade - 6 END, 1 FROM osgen.kid WHERE sch = 3
  UNION ALL SELECT s, 3, 23 + grade - 6, 2 FROM osgen.kid WHERE sch = 3
  UNION ALL SELECT s, 3, 26 + grade - 6, 3 FROM osgen.kid WHERE sch = 3
  UNION ALL SELECT s, 3, 29 + grade - 6, 4 FROM osgen.kid WHERE sch = 3;
CREATE TABLE osgen.cpn AS SELECT cp, course, row_number() OVER (PARTITION BY course ORDER BY cp) AS rn, count(*) OVER (PARTITION BY course) AS cnt FROM osgen.cp;
INSERT INTO schedule
SELECT 2024, w.sch, w.s, e.start_date, e.end_date, osgen.day('scmd', w.s * 10 + w.slot, '2024-08-12', '2024-08-26') + CASE WHEN e.start_date > '2024-08-27' THEN e.start_date - date '2024-08-12' ELSE 0 END,
       (ARRAY['8', '8', '10', '6', '7'])[CASE WHEN w.sch = 3 THEN 1 + fixture_gen.n('scmb', w.s, 3) ELSE 3 + w.sch END], w.course, NULL, c.cp,
       cp.mp, cp.marking_period_id, NULL, CASE WHEN e.end_date IS NOT NULL THEN 'Y' ELSE 'N' END,
       row_number() OVER (ORDER BY w.s, w.slot)
FROM osgen.want w JOIN osgen.cpn c ON c.course = w.course AND c.rn = 1 + (w.s * 7 + w.slot) % c.cnt JOIN course_periods cp ON cp.course_period_id = c.cp
JOIN student_enrollment e ON e.student_id = w.s AND e.syear = 2024;
UPDATE course_periods cp SET filled_seats = x.n FROM (SELECT course_period_id, count(*) AS n FROM schedule WHERE dropped = 'N' GROUP BY course_period_id) x
WHERE x.course_period_id = cp.course_period_id;

-- ---------------------------------------------------------------------------
-- Attendance: codes, one week of period attendance at the middle school and
-- daily attendance, with the office's reasons and the teachers' comments.

CREATE TABLE attendance_codes (
    id integer PRIMARY KEY, syear numeric(4,0), school_id numeric, title varchar(100), short_name varchar(10), type varchar(10), state_code varchar(1),
    default_code varchar(1), table_name numeric, sort_order numeric
);
INSERT INTO attendance_codes
SELECT (s - 1) * 6 + j, 2024, s, (ARRAY['Present', 'Absent', 'Excused Absence', 'Tardy', 'Excused Tardy', 'School Activity'])[j],
       (ARRAY['P', 'A', 'E', 'T', 'ET', 'SA'])[j], CASE WHEN j IN (3, 5) THEN 'official' ELSE 'teacher' END, (ARRAY['P', 'A', 'A', 'P', 'P', 'P'])[j],
       CASE WHEN j = 1 THEN 'Y' END, 0, j
FROM generate_series(1, 3) s CROSS JOIN generate_series(1, 6) j;

CREATE TABLE osgen.abs AS
SELECT k.s, d::date AS d, fixture_gen.n('absd', k.s * 100 + extract(day FROM d)::int, 100) < 6 AS absent,
       fixture_gen.n('abse', k.s * 100 + extract(day FROM d)::int, 10) < 6 AS excused, fixture_gen.n('absh', k.s * 100 + extract(day FROM d)::int, 100) < 3 AS half
FROM osgen.kid k CROSS JOIN generate_series(date '2025-03-10', date '2025-03-14', interval '1 day') d;

CREATE TABLE attendance_period (
    student_id numeric NOT NULL, school_date date NOT NULL, period_id numeric NOT NULL, attendance_code numeric, attendance_teacher_code numeric,
    attendance_reason varchar(100), admin varchar(1), course_period_id numeric NOT NULL, marking_period_id integer, comment varchar(100),
    PRIMARY KEY (student_id, school_date, course_period_id)
);
INSERT INTO attendance_period
SELECT sc.student_id, ab.d, v.period_id, 12 + code, 12 + CASE WHEN code = 3 THEN 2 WHEN code = 5 THEN 4 ELSE code END,
       CASE WHEN code = 3 THEN fixture_gen.pick(ARRAY['Illness - mom called', 'Dentist appt', 'Family emergency', 'Doctor appt, note on file', 'Funeral (grandfather)',
              'Sick - fever', 'Court appearance', 'Religious holiday', 'Medical', 'Called in by dad'], 'apr', sc.student_id::int * 10 + extract(day FROM ab.d)::int)
            WHEN code = 5 THEN fixture_gen.pick(ARRAY['Bus 7 late', 'Orthodontist', 'Held in counseling office'], 'apr', sc.student_id::int * 10 + extract(day FROM ab.d)::int)
            WHEN code = 2 AND sc.id % 4 = 0 THEN 'No call' END,
       CASE WHEN code IN (3, 5) THEN 'Y' END, sc.course_period_id, 39,
       CASE WHEN fixture_gen.n('apcm', sc.id * 10 + extract(day FROM ab.d)::int, 100) < 5 THEN
         (ARRAY['Came in 10 min late without a pass', 'Left with Mr. Akers at 10:05', 'Sent to office - phone out again', 'Slept most of class',
                'Went to nurse, did not come back', 'Here for first half only', 'Checked out early by ' || a.first || ' ' || a.last,
                'Says ' || a.first || ' will email about the absence', 'In ISS', 'Was on field trip list but stayed'])[1 + fixture_gen.n('apct', sc.id * 10 + extract(day FROM ab.d)::int, 10)] END
FROM schedule sc JOIN course_period_var v ON v.course_period_id = sc.course_period_id JOIN osgen.abs ab ON ab.s = sc.student_id
JOIN osgen.kid k ON k.s = sc.student_id JOIN osgen.adult a ON a.p = 2 * k.f - 1
CROSS JOIN LATERAL (SELECT CASE WHEN ab.absent AND ab.excused THEN 3 WHEN ab.absent THEN 2
                                WHEN fixture_gen.n('apt', sc.id * 10 + extract(day FROM ab.d)::int, 100) < 4 THEN CASE WHEN sc.id % 5 = 0 THEN 5 ELSE 4 END ELSE 1 END AS code) c
WHERE sc.school_id = 3 AND sc.student_id % 3 = 0 AND sc.dropped = 'N';

CREATE TABLE attendance_day (
    student_id numeric NOT NULL, school_date date NOT NULL, minutes_present numeric, state_value numeric(2,1), syear numeric(4,0), marking_period_id integer,
    comment varchar(255), PRIMARY KEY (student_id, school_date)
);
INSERT INTO attendance_day
SELECT ab.s, ab.d, CASE WHEN ab.absent THEN 0 WHEN ab.half THEN 195 ELSE CASE WHEN k.sch = 3 THEN 370 ELSE 400 END END,
       CASE WHEN ab.absent THEN 0.0 WHEN ab.half THEN 0.5 ELSE 1.0 END, 2024, 36 + k.sch,
       CASE WHEN ab.absent AND fixture_gen.n('adc', ab.s * 10 + extract(day FROM ab.d)::int, 10) < 6 THEN
              (ARRAY['Mom (' || a.first || ') called 7:45, fever', a.first || ' ' || a.last || ' emailed - family emergency', 'No call. Auto-dialer left msg at ' || coalesce(a.cell, fa.home, 'home'),
                     'Dad called, stomach bug', 'Pre-arranged: family trip to ' || fixture_gen.pick(ARRAY['Mexico', 'Disneyland', 'Bend', 'the coast'], 'adct', ab.s),
                     'Appointment at OHSU', 'Truancy letter #2 sent'])[1 + fixture_gen.n('adct', ab.s * 10 + extract(day FROM ab.d)::int, 7)]
            WHEN ab.half THEN 'Checked out at 11:30 by ' || a.first END
FROM osgen.abs ab JOIN osgen.kid k ON k.s = ab.s JOIN osgen.adult a ON a.p = 2 * k.f - 1 JOIN osgen.fam fa ON fa.f = k.f
WHERE ab.s % 2 = 0 AND ab.d <= '2025-03-13';

-- ---------------------------------------------------------------------------
-- Gradebook and report cards.

CREATE TABLE gradebook_assignments (
    assignment_id integer PRIMARY KEY, staff_id integer, marking_period_id integer, course_period_id integer, course_id integer, assignment_type_id integer,
    title varchar(100), assigned_date date, due_date date, points numeric, description text, ungraded integer
);
INSERT INTO gradebook_assignments
SELECT row_number() OVER (ORDER BY cp.course_period_id, j), cp.teacher_id, 39, cp.course_period_id, cp.course_id, cp.teacher_id * 10 + 1 + fixture_gen.n('gaty', cp.course_period_id * 10 + j, 4),
       CASE WHEN cp.course_id BETWEEN 19 AND 22 THEN fixture_gen.pick(ARRAY['Ch. 7 Ratios Quiz', 'Unit 5 Test: Linear Equations', 'Khan Academy - Slope practice', 'Exit Ticket 3/11',
                 'Problem Set 7.2', 'Desmos Activity: Systems'], 'gat', cp.course_period_id * 10 + j)
            WHEN cp.course_id BETWEEN 23 AND 25 THEN fixture_gen.pick(ARRAY['Argumentative Essay - Final Draft', 'Reading Log Week 27', 'Vocab Quiz 14', 'The Giver Ch. 10-12 Questions',
                 'Poetry Analysis', 'Socratic Seminar Prep'], 'gat', cp.course_period_id * 10 + j)
            WHEN cp.course_id BETWEEN 26 AND 28 THEN fixture_gen.pick(ARRAY['Lab: Density of Liquids', 'Cells Quiz', 'Ecosystem Food Web Poster', 'Lab Report: Pendulums',
                 'Unit 4 Test - Forces', 'Science Fair Proposal'], 'gat', cp.course_period_id * 10 + j)
            WHEN cp.course_id BETWEEN 29 AND 31 THEN fixture_gen.pick(ARRAY['Map Quiz: South America', 'DBQ: Causes of the Civil War', 'Ancient Egypt Project', 'Chapter 12 Reading Guide',
                 'Current Event #6', 'Constitution Test'], 'gat', cp.course_period_id * 10 + j)
            ELSE fixture_gen.pick(ARRAY['Sketchbook Check', 'Playing Test: Concert Bb Scale', 'Fitness Log', 'Vocab Quiz - La Comida', 'Unit 3 Project: App Lab',
                 'Nutrition Label Worksheet', 'Planner Check'], 'gat', cp.course_period_id * 10 + j) END,
       d, d + 2 + fixture_gen.n('gadd', cp.course_period_id * 10 + j, 6), (ARRAY[10, 20, 25, 50, 100])[1 + fixture_gen.n('gapt', cp.course_period_id * 10 + j, 5)],
       CASE fixture_gen.n('gads', cp.course_period_id * 10 + j, 7)
         WHEN 0 THEN 'Complete problems 1-24 even on p. 312. Show all work for full credit.' WHEN 1 THEN 'Turn in on Google Classroom by 11:59 pm.'
         WHEN 2 THEN 'Use at least three pieces of evidence from the text and cite page numbers.' WHEN 3 THEN 'Bring your lab notebook; goggles required.'
         WHEN 4 THEN 'Open notes. Retakes available during Tiger Time on Thursdays.' WHEN 5 THEN 'Rubric is posted on the class website.' END,
       CASE WHEN j = 2 AND cp.course_period_id % 13 = 0 THEN 1 END
FROM course_periods cp CROSS JOIN generate_series(1, 2) j
CROSS JOIN LATERAL (SELECT osgen.sday('gad', cp.course_period_id * 10 + j, '2025-01-27', '2025-03-12') AS d) x
WHERE cp.school_id = 3;

CREATE TABLE gradebook_grades (
    student_id numeric NOT NULL, period_id numeric, course_period_id numeric NOT NULL, assignment_id numeric NOT NULL, points numeric(6,2), comment varchar(100),
    PRIMARY KEY (student_id, assignment_id, course_period_id)
);
INSERT INTO gradebook_grades
SELECT sc.student_id, v.period_id, sc.course_period_id, ga.assignment_id,
       CASE WHEN fixture_gen.n('ggm', sc.id * 10 + ga.assignment_id, 100) < 6 THEN NULL
            ELSE round(ga.points * (45 + fixture_gen.n('ggp', sc.id * 1000 + ga.assignment_id, 56)) / 100.0, CASE WHEN ga.points >= 50 THEN 0 ELSE 1 END) END,
       CASE WHEN fixture_gen.n('ggc', sc.id * 1000 + ga.assignment_id, 100) < 18 THEN
         (ARRAY['Nice work, ' || k.first || '!', 'Missing - emailed parent', 'Late (-10%)', 'Retake 3/18', 'See me about corrections', 'Great improvement',
                'Same answers as ' || k2.first || ' ' || left(k2.last, 1) || '. - talk to both', 'Absent - excused', 'Turned in on paper',
                'Redo with ' || (SELECT first FROM osgen.stf WHERE t = 87) || ' in resource room', 'Parent (' || a.first || ') says it was turned in'])[1 + fixture_gen.n('ggct', sc.id * 1000 + ga.assignment_id, 11)] END
FROM schedule sc JOIN gradebook_assignments ga ON ga.course_period_id = sc.course_period_id JOIN course_period_var v ON v.course_period_id = sc.course_period_id
JOIN osgen.kid k ON k.s = sc.student_id JOIN osgen.kid k2 ON k2.s = 1 + (sc.student_id * 13 + ga.assignment_id) % 960 JOIN osgen.adult a ON a.p = 2 * k.f - 1
WHERE sc.dropped = 'N' AND fixture_gen.n('ggsel', sc.id * 1000 + ga.assignment_id, 100) < 78;

CREATE TABLE report_card_grades (
    id integer PRIMARY KEY, syear numeric(4,0), school_id numeric, title varchar(15), sort_order numeric, gpa_value numeric(4,2), break_off numeric,
    comment text, grade_scale_id numeric, unweighted_gp numeric(4,2), rollover_id numeric
);
INSERT INTO report_card_grades
SELECT j, 2024, 3, (ARRAY['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F', 'I'])[j], j,
       (ARRAY[4.0, 4.0, 3.7, 3.3, 3.0, 2.7, 2.3, 2.0, 1.7, 1.3, 1.0, 0.7, 0.0, 0.0])[j], (ARRAY[97, 93, 90, 87, 83, 80, 77, 73, 70, 67, 63, 60, 0, NULL])[j],
       (ARRAY['Outstanding', 'Excellent', 'Excellent', 'Very good', 'Good', 'Good', 'Above average', 'Average', 'Below average', 'Passing', 'Passing', 'Passing',
              'Failing', 'Incomplete'])[j], 1, (ARRAY[4.0, 4.0, 3.7, 3.3, 3.0, 2.7, 2.3, 2.0, 1.7, 1.3, 1.0, 0.7, 0.0, 0.0])[j], 100 + j
FROM generate_series(1, 14) j
UNION ALL
SELECT 14 + (s - 1) * 5 + j, 2024, s, (ARRAY['4', '3', '2', '1', 'NE'])[j], j, NULL, (ARRAY[90, 70, 50, 0, NULL])[j],
       (ARRAY['Exceeds standard', 'Meets standard', 'Approaching standard', 'Beginning', 'Not evaluated this term'])[j], 2, NULL, NULL
FROM generate_series(1, 2) s CROSS JOIN generate_series(1, 5) j;

CREATE TABLE student_report_card_grades (
    syear numeric(4,0) NOT NULL, school_id numeric, student_id numeric NOT NULL, course_period_id numeric, report_card_grade_id numeric,
    report_card_comment_id numeric, comment text, grade_percent numeric(4,1), marking_period_id varchar(10) NOT NULL, grade_letter varchar(5),
    weighted_gp numeric, unweighted_gp numeric, gp_scale numeric, credit_attempted numeric, credit_earned numeric, credit_category varchar(10),
    course_code varchar(100), course_title text NOT NULL, id integer PRIMARY KEY
);
INSERT INTO student_report_card_grades
SELECT 2024, sc.school_id, sc.student_id, sc.course_period_id, g.id, NULL,
       CASE WHEN fixture_gen.n('rcc', sc.id, 100) < 45 THEN
         (ARRAY[k.first || ' is a pleasure to have in class.', k.first || ' needs to turn in missing assignments. Please check the parent portal weekly.',
                'Working below grade level in reading; receives Title I support.', k.first || ' has made great progress with math facts this term!',
                'Parent conference held 11/20 with ' || a.first || ' ' || a.last || '.', 'Consistently participates in class discussions.',
                'Excessive absences are affecting ' || k.first || '''s grade.', 'Strong effort. Keep reading at home every night!',
                'Needs to work on staying focused during independent work time.', 'Very kind to classmates and a great helper.',
                k.first || ' is working on an IEP reading goal with ' || (SELECT first || ' ' || last FROM osgen.stf WHERE t = CASE WHEN sc.school_id = 3 THEN 87 ELSE sc.school_id * 24 - 9 END) || '.',
                'Grade reflects two missing labs.'])[1 + fixture_gen.n('rcct', sc.id, 12)] END,
       CASE WHEN sc.school_id = 3 THEN pct END, CASE WHEN sc.school_id = 3 THEN '36' ELSE (20 + sc.school_id)::text END, g.title,
       CASE WHEN sc.school_id = 3 THEN g.gpa_value END, CASE WHEN sc.school_id = 3 THEN g.unweighted_gp END, CASE WHEN sc.school_id = 3 THEN 4 END,
       CASE WHEN sc.school_id = 3 THEN 0.25 END, CASE WHEN sc.school_id = 3 THEN CASE WHEN g.title = 'F' THEN 0 ELSE 0.25 END END, NULL,
       cp.short_name, co.title, row_number() OVER (ORDER BY sc.student_id, sc.course_period_id)
FROM schedule sc JOIN course_periods cp ON cp.course_period_id = sc.course_period_id JOIN courses co ON co.course_id = sc.course_id
JOIN osgen.kid k ON k.s = sc.student_id JOIN osgen.adult a ON a.p = 2 * k.f - 1
CROSS JOIN LATERAL (SELECT (52 + fixture_gen.n('rcp', sc.id, 480) / 10.0)::numeric(4,1) AS pct) p
JOIN report_card_grades g ON CASE WHEN sc.school_id = 3
     THEN g.grade_scale_id = 1 AND g.id = (SELECT min(r.id) FROM report_card_grades r WHERE r.grade_scale_id = 1 AND r.break_off <= p.pct)
     ELSE g.grade_scale_id = 2 AND g.school_id = sc.school_id AND g.sort_order = (ARRAY[1, 2, 2, 2, 3, 3, 4, 5])[1 + fixture_gen.n('rce', sc.id, 8)] END
WHERE sc.dropped = 'N';

-- ---------------------------------------------------------------------------
-- The school nurse: screenings and physicals, alerts, office visits,
-- immunizations.

CREATE TABLE student_medical (id integer PRIMARY KEY, student_id numeric NOT NULL, type varchar(25), medical_date date, comments varchar(100));
INSERT INTO student_medical
SELECT j, k.s, ty,
       osgen.sday('smd', j, '2024-09-09', '2025-03-07'),
       CASE ty
         WHEN 'Vision Screening' THEN (ARRAY['Passed', 'Passed', 'Passed', 'Failed R eye 20/50 - referral letter sent home', 'Retest 20/40 both eyes, already wears glasses',
                                             'Referred to Dr. Linh Hoang (optometry)'])[1 + fixture_gen.n('smc', j, 6)]
         WHEN 'Hearing Screening' THEN (ARRAY['Passed', 'Passed', 'Did not pass 4000Hz L - rescreen in 6 wks', 'Referred to audiologist; ' || a.first || ' says appt is 4/2'])[1 + fixture_gen.n('smc', j, 4)]
         WHEN 'Sports Physical' THEN (ARRAY['Cleared for all sports', 'Cleared for all sports - signed by Dr. Ben Aldridge', 'Cleared, asthma - must carry inhaler',
                                            'Not cleared pending cardiology f/u'])[1 + fixture_gen.n('smc', j, 4)]
         WHEN 'Dental Screening' THEN (ARRAY['No obvious decay', 'No obvious decay', 'Urgent - visible decay, family given Smile Program info', 'Sealants recommended'])[1 + fixture_gen.n('smc', j, 4)]
         ELSE (ARRAY['Normal', 'Normal', 'Mild curve noted, letter to parent'])[1 + fixture_gen.n('smc', j, 3)] END
FROM generate_series(1, 300) j JOIN osgen.kid k ON k.s = 1 + fixture_gen.n('smk', j, 960) JOIN osgen.adult a ON a.p = 2 * k.f - 1
CROSS JOIN LATERAL (SELECT CASE WHEN j % 5 = 2 AND k.sch <> 3 THEN 'Vision Screening'
                                ELSE (ARRAY['Vision Screening', 'Hearing Screening', 'Sports Physical', 'Dental Screening', 'Scoliosis Screening'])[1 + j % 5] END AS ty) t;

CREATE TABLE student_medical_alerts (id integer PRIMARY KEY, student_id numeric NOT NULL, title varchar(100), alert_date date);
INSERT INTO student_medical_alerts
SELECT row_number() OVER (ORDER BY k.s), k.s,
       fixture_gen.pick(ARRAY['Severe peanut allergy - EpiPen', 'Asthma - inhaler in office', 'Type 1 diabetes', 'Seizure disorder - see plan', 'Bee sting allergy',
         'Celiac disease - no gluten', 'Heart condition - no timed mile', 'Latex allergy', 'Anaphylaxis to shellfish', 'Concussion 3/3 - no PE until cleared',
         'ADHD medication at noon', 'Penicillin allergy', 'Hemophilia A', 'Asthma', 'Tree nut allergy'], 'smat', k.s),
       osgen.day('smad', k.s, '2019-08-20', '2025-03-10')
FROM osgen.kid k WHERE fixture_gen.n('smal', k.s, 100) < 13;

CREATE TABLE student_medical_visits (
    id integer PRIMARY KEY, student_id numeric NOT NULL, school_date date, time_in varchar(20), time_out varchar(20), reason varchar(100), result varchar(100),
    comments text
);
INSERT INTO student_medical_visits
SELECT j, k.s, osgen.sday('mvd', j, '2024-09-03', '2025-03-14'), to_char(ti, 'FMHH12:MI AM'), to_char(ti + make_interval(mins => 5 + fixture_gen.n('mvo', j, 50)), 'FMHH12:MI AM'),
       CASE fixture_gen.n('mvc', j, 14) WHEN 0 THEN 'Fever' WHEN 1 THEN 'Injury - playground' WHEN 2 THEN 'Medication' WHEN 3 THEN 'Blood sugar check'
            WHEN 4 THEN 'Injury - playground' WHEN 5 THEN 'Injury - playground' WHEN 6 THEN 'Stomach ache' WHEN 8 THEN 'Lice check' WHEN 9 THEN 'Anxiety'
            WHEN 10 THEN 'Nosebleed' WHEN 11 THEN 'Asthma' ELSE rs END,
       CASE fixture_gen.n('mvc', j, 14) WHEN 0 THEN 'Parent picked up' WHEN 2 THEN 'Returned to class' ELSE (ARRAY['Returned to class', 'Returned to class', 'Returned to class', 'Sent home', 'Parent picked up', 'Rested 15 min, returned to class', 'Stayed in health room'])[1 + fixture_gen.n('mvr', j, 7)] END,
       CASE fixture_gen.n('mvc', j, 14)
         WHEN 0 THEN 'Temp 100.8F. Called ' || a.first || ' at ' || coalesce(a.cell, fa.home, 'home') || ', picked up 11:20'
         WHEN 1 THEN 'Ice pack to R knee, fell at recess'
         WHEN 2 THEN 'Gave noon dose of methylphenidate per MAR'
         WHEN 3 THEN 'BG 62, 4 glucose tabs, recheck 98. Texted mom.'
         WHEN 4 THEN 'Scraped elbow on slide. Cleaned and bandaged.'
         WHEN 5 THEN 'Says ' || k2.first || ' ' || k2.last || ' pushed ' || CASE WHEN k.sex = 'Female' THEN 'her' ELSE 'him' END || ' at recess - told the principal'
         WHEN 6 THEN 'No fever. Likely hungry, gave crackers.'
         WHEN 7 THEN 'Left message for ' || coalesce(a2.first, a.first) || ' to call back'
         WHEN 8 THEN 'Possible lice - letter sent home, family notified'
         WHEN 9 THEN 'Said things at home are hard right now; walked to counselor Jerome Akers'
         WHEN 10 THEN 'Nosebleed stopped after 10 min'
         WHEN 11 THEN 'Inhaler x2 puffs, O2 sat 97%' END
FROM generate_series(1, 600) j JOIN osgen.kid k ON k.s = 1 + fixture_gen.n('mvk', j, 960) JOIN osgen.fam fa ON fa.f = k.f JOIN osgen.adult a ON a.p = 2 * k.f - 1
LEFT JOIN osgen.adult a2 ON a2.p = 2 * k.f JOIN osgen.kid k2 ON k2.s = 1 + fixture_gen.n('mvk2', j, 960)
CROSS JOIN LATERAL (SELECT time '08:20' + make_interval(mins => fixture_gen.n('mvt', j, 380)) AS ti,
       fixture_gen.pick(ARRAY['Headache', 'Stomach ache', 'Fever', 'Injury - playground', 'Nosebleed', 'Medication', 'Blood sugar check', 'Asthma', 'Nausea',
         'Sore throat', 'Ice pack', 'Lice check', 'Anxiety', 'Menstrual cramps', 'Toothache'], 'mvrs', j) AS rs) x;

CREATE TABLE student_immunization (id integer PRIMARY KEY, student_id numeric NOT NULL, type varchar(25), medical_date date, comments varchar(100));
INSERT INTO student_immunization
SELECT row_number() OVER (ORDER BY k.s, j), k.s, v.ty, k.birth + v.age + fixture_gen.n('imd', k.s * 10 + j, 60),
       CASE fixture_gen.n('imc', k.s * 10 + j, 25)
         WHEN 0 THEN 'Dose ' || (2 + j) || ' of ' || (3 + j) WHEN 1 THEN 'Nonmedical exemption on file' WHEN 2 THEN 'From ALERT IIS'
         WHEN 3 THEN 'Record from ' || fa.cob || ', translated by Yesenia Ortiz' WHEN 4 THEN 'Parent states given, awaiting record'
         WHEN 5 THEN 'Catch-up schedule per ' || coalesce(st.custom_2, 'family doctor') END
FROM osgen.kid k JOIN osgen.fam fa ON fa.f = k.f JOIN students st ON st.student_id = k.s CROSS JOIN generate_series(1, 2) j
CROSS JOIN LATERAL (SELECT (ARRAY['DTaP', 'Polio (IPV)', 'MMR', 'Varicella', 'Hepatitis B', 'Hepatitis A', 'Hib', 'Tdap'])[1 + (k.s + j * 3) % 8] AS ty) v0
CROSS JOIN LATERAL (SELECT v0.ty, CASE v0.ty WHEN 'DTaP' THEN 1460 WHEN 'Polio (IPV)' THEN 1460 WHEN 'MMR' THEN 1460 WHEN 'Varicella' THEN 1460 WHEN 'Hepatitis B' THEN 180
                                              WHEN 'Hepatitis A' THEN 540 WHEN 'Hib' THEN 365 ELSE CASE WHEN k.grade >= 7 THEN 4015 ELSE 1460 END END AS age) v;

-- ---------------------------------------------------------------------------
-- Discipline referrals (CATEGORY_n: violation, detention, parent contacted,
-- the administrator's narrative, action) and athletic eligibility.

CREATE TABLE osgen.mid AS SELECT s, f, first, last, row_number() OVER (ORDER BY s) AS rn FROM osgen.kid WHERE sch = 3;

CREATE TABLE discipline_referrals (
    id integer PRIMARY KEY, syear numeric(4,0) NOT NULL, student_id numeric NOT NULL, school_id numeric NOT NULL, staff_id numeric, entry_date date,
    referral_date date, category_1 varchar(1000), category_2 varchar(1), category_3 varchar(1), category_4 text, category_5 varchar(1000)
);
INSERT INTO discipline_referrals
SELECT j, 2024, k.s, k.sch, CASE WHEN k.sch = 3 THEN 59 + fixture_gen.n('drt', j, 30) ELSE (ARRAY[16, 40])[k.sch] + fixture_gen.n('drt', j, 19) END,
       rd + fixture_gen.n('dre', j, 3), rd, viol,
       CASE WHEN fixture_gen.n('dr2', j, 10) < 4 THEN 'Y' END, CASE WHEN fixture_gen.n('dr3', j, 10) < 7 THEN 'Y' END,
       CASE CASE x.v WHEN 0 THEN CASE WHEN k.sch < 3 THEN 9 ELSE 0 END WHEN 1 THEN CASE WHEN j % 2 = 0 THEN 8 ELSE 10 END WHEN 2 THEN 7 WHEN 3 THEN 1
                     WHEN 4 THEN 5 WHEN 5 THEN 4 WHEN 6 THEN 2 WHEN 7 THEN 6 WHEN 8 THEN 10 ELSE 3 END
         WHEN 0 THEN k.first || ' and ' || k2.first || ' ' || k2.last || ' got into a shoving match in the B-hall after 4th period. Both sent to office. Called ' || a.first || ' at ' || coalesce(a.cell, fa.home, 'home') || '.'
         WHEN 1 THEN 'Student was using phone during a test after two warnings. Phone held in office until parent pick up.'
         WHEN 2 THEN 'Swore at sub when asked to sit down. Restorative conversation with teacher on Monday.'
         WHEN 3 THEN 'Vape pen found in backpack during search by VP. SRO Deputy Hansen notified. Mom picked up at 1:15.'
         WHEN 4 THEN 'Wrote on bathroom stall. Will do restorative clean-up with custodian.'
         WHEN 5 THEN 'Repeated comments about ' || k2.first || '''s weight in the class group chat; screenshots provided by ' || a2.first || ' ' || a2.last || '.'
         WHEN 6 THEN 'Took $20 from ' || k2.first || '''s locker; returned the money. Parents of both students contacted.'
         WHEN 7 THEN 'Third tardy this week.'
         WHEN 8 THEN 'Refused to go to assigned seat, left class without permission. Found in library.'
         WHEN 9 THEN 'Pushed another student off the tire swing at recess. Student was not hurt.'
         ELSE 'Talked with ' || a.first || ' ' || a.last || ' by phone; agreed to a behavior contract. Check-in with Mr. Akers daily.' END,
       CASE WHEN x.v IN (2, 3) THEN fixture_gen.pick(ARRAY['None', 'None', 'Lunch Detention'], 'dr5', j)
            WHEN x.v IN (0, 9) THEN fixture_gen.pick(ARRAY['In School Suspension', 'Out of School Suspension', 'Out of School Suspension'], 'dr5', j)
            ELSE fixture_gen.pick(ARRAY['None', 'Lunch Detention', 'Lunch Detention', 'In School Suspension'], 'dr5', j) END
FROM generate_series(1, 180) j
JOIN osgen.kid k ON k.s = CASE WHEN j % 5 = 0 THEN 1 + fixture_gen.n('drk', j, 960) ELSE (SELECT m.s FROM osgen.mid m WHERE m.rn = 1 + fixture_gen.n('drm', j, 320)) END
JOIN osgen.fam fa ON fa.f = k.f JOIN osgen.adult a ON a.p = 2 * k.f - 1
JOIN osgen.kid k2 ON k2.s = 1 + fixture_gen.n('drk2', j, 960) JOIN osgen.adult a2 ON a2.p = 2 * k2.f - 1
CROSS JOIN LATERAL (SELECT osgen.sday('drd', j, '2024-09-05', '2025-03-13') AS rd,
       (ARRAY['||Fighting||', '||Disrespect||Defiance||', '||Tardy||', '||Cell Phone Use||', '||Bullying||', '||Vandalism||', '||Inappropriate Language||',
         '||Theft||', '||Harassment||Bullying||', '||Vaping||'])[1 + fixture_gen.n('dr1', j, 10)] AS viol, fixture_gen.n('dr1', j, 10) AS v) x;

CREATE TABLE eligibility (
    student_id numeric NOT NULL, syear numeric(4,0), school_date date NOT NULL, period_id numeric, eligibility_code varchar(20), course_period_id numeric NOT NULL,
    PRIMARY KEY (student_id, school_date, course_period_id)
);
INSERT INTO eligibility
SELECT sc.student_id, 2024, d::date, v.period_id,
       (ARRAY['PASSING', 'PASSING', 'PASSING', 'PASSING', 'PASSING', 'PASSING', 'PASSING', 'BORDERLINE', 'FAILING', 'INCOMPLETE'])[1 + fixture_gen.n('elc', sc.id * 10 + extract(day FROM d)::int, 10)],
       sc.course_period_id
FROM schedule sc JOIN course_period_var v ON v.course_period_id = sc.course_period_id
CROSS JOIN generate_series(date '2025-02-21', date '2025-03-07', interval '7 days') d
WHERE sc.school_id = 3 AND sc.dropped = 'N' AND fixture_gen.n('elig', sc.student_id::int, 100) < 30;

-- ---------------------------------------------------------------------------
-- Parent portal notes, internal mail, uploaded files.

CREATE TABLE portal_notes (
    id integer PRIMARY KEY, school_id numeric, syear numeric(4,0), title varchar(255), content text, sort_order numeric, published_user integer,
    published_date timestamp, start_date date, end_date date, published_profiles varchar(255)
);
INSERT INTO portal_notes
SELECT j, sch, 2024, t.title, t.content, 1 + j % 4, (ARRAY[6, 7, 8])[sch], pd, pd::date, pd::date + 14 + fixture_gen.n('pne', j, 30),
       CASE WHEN j % 4 = 0 THEN ',2,4,' WHEN j % 4 = 1 THEN ',4,' ELSE ',0,1,2,3,4,5,' END
FROM generate_series(1, 40) j
CROSS JOIN LATERAL (SELECT 1 + j % 3 AS sch, osgen.at('pnd', j, '2024-08-20', '2025-03-12') AS pd) x
CROSS JOIN LATERAL (SELECT (ARRAY['Picture Day', 'Winter Concert', 'Snow Day Procedures', 'Lost and Found', 'Volunteer Background Checks', 'Parent-Teacher Conferences',
         'Kindergarten Registration', 'PTO Meeting', 'Spirit Week', 'Head Lice Notice', 'Bus Route 7 Change', 'Congratulations!', 'Counseling Services',
         'Meal Benefits', 'Testing Schedule'])[1 + (j - 1) % 15] AS title,
       CASE (j - 1) % 15
         WHEN 0 THEN 'Picture day is Thursday, October 3. Order forms went home in Friday folders. Retakes are November 7.'
         WHEN 1 THEN 'MMS Band and Choir Winter Concert, December 12 at 7 pm in the gym. Students arrive by 6:30 in concert black.'
         WHEN 2 THEN 'When roads are unsafe we announce closures and delays on FlashAlert and the district website by 6 am.'
         WHEN 3 THEN 'Everything left on the lost and found table will be donated on Friday. Please check for jackets and water bottles!'
         WHEN 4 THEN 'All volunteers need a current background check. Contact ' || (SELECT first || ' ' || last || ' at ' || (ARRAY['(541) 926-3310', '(541) 926-4471', '(541) 926-5120'])[x.sch] || ' or ' || email FROM osgen.stf WHERE t = 5 + x.sch) || '.'
         WHEN 5 THEN 'Sign up for a conference time with your child''s teacher in the portal. Interpreters available: call Yesenia Ortiz at (541) 926-4471.'
         WHEN 6 THEN 'Registration for 2025-26 kindergarten opens March 3. Bring a birth certificate, immunization record and proof of residency.'
         WHEN 7 THEN 'Next PTO meeting is Tuesday at 6 pm in the library. Questions? Email our PTO president ' || (SELECT first || ' ' || last || ' at ' || email FROM osgen.adult WHERE p = 2 * (10 + j) - 1) || '.'
         WHEN 8 THEN 'Monday pajama day, Tuesday twin day, Wednesday crazy hair, Thursday jersey day, Friday school colors.'
         WHEN 9 THEN 'A case of head lice was reported in a 2nd grade classroom. Please check your child''s hair this weekend.'
         WHEN 10 THEN 'Starting Monday, Route 7 will pick up at Elk Creek Rd & Fern Ridge Rd at 7:12 am instead of 7:05.'
         WHEN 11 THEN 'Congratulations to ' || (SELECT first || ' ' || last FROM osgen.kid WHERE s = 3 * j + 1) || ' for winning the Linn County Spelling Bee! Go Tigers!'
         WHEN 12 THEN 'Mr. Akers is available to meet with students and families. Email jakers@aldervalley.k12.or.us to set up a time.'
         WHEN 13 THEN 'Free and reduced-price meal applications are available in the office or online. All information is confidential.'
         ELSE 'OSAS testing for grades 3-8 runs April 14 to May 2. Please avoid scheduling appointments during the morning.' END AS content) t;

CREATE TABLE msg_inbox (
    mail_id integer PRIMARY KEY, to_user varchar(211) NOT NULL, from_user varchar(211) NOT NULL, mail_subject varchar(211), mail_body text NOT NULL,
    mail_datetime timestamp, mail_attachment varchar(211), isdraft integer, to_multiple_users varchar(255), to_cc varchar(255), to_cc_multiple varchar(255),
    to_bcc varchar(255), to_bcc_multiple varchar(255), mail_read_unread varchar(255)
);
CREATE TABLE osgen.mail_src AS
SELECT j, fixture_gen.n('mty', j, 8) AS ty, k.s, k.first AS kfirst, k.last AS klast, k.sex, pa.uname AS puser, a.first AS pfirst, a.last AS plast, a.cell AS pcell,
       t.uname AS tuser, t.first AS tfirst, t.last AS tlast, ts.title AS ttitle, co.title AS course, pr.uname AS princ,
       (SELECT string_agg(y.uname, ',' ORDER BY y.id) FROM (SELECT x.id, x.uname FROM osgen.acct x WHERE x.profile_id = 4 AND x.sch = k.sch
         ORDER BY md5(x.id || ':' || j) LIMIT 5) y) AS many
FROM generate_series(1, 400) j
JOIN LATERAL (SELECT pa.* FROM osgen.acct pa WHERE pa.profile_id = 4 ORDER BY pa.id OFFSET fixture_gen.n('mpa', j, 680) LIMIT 1) pa ON true
JOIN osgen.adult a ON a.p = pa.user_id JOIN LATERAL (SELECT * FROM osgen.kid WHERE f = a.f ORDER BY s LIMIT 1) k ON true
JOIN LATERAL (SELECT sc.course_period_id, sc.course_id FROM schedule sc WHERE sc.student_id = k.s ORDER BY (sc.id * 7 + j) % 5, sc.id LIMIT 1) sc ON true
JOIN course_periods cp ON cp.course_period_id = sc.course_period_id JOIN courses co ON co.course_id = cp.course_id
JOIN osgen.acct t ON t.profile_id = 2 AND t.user_id = cp.teacher_id JOIN osgen.stf ts ON ts.t = t.user_id JOIN osgen.acct pr ON pr.user_id = k.sch + 2 AND pr.profile_id = 1;
INSERT INTO msg_inbox
SELECT m.j,
       CASE m.ty WHEN 0 THEN m.tuser WHEN 2 THEN m.tuser WHEN 6 THEN m.tuser WHEN 3 THEN m.tuser WHEN 4 THEN 'jakers' WHEN 5 THEN m.many ELSE m.puser END,
       CASE m.ty WHEN 0 THEN m.puser WHEN 2 THEN m.puser WHEN 6 THEN m.puser WHEN 3 THEN 'hmancini' WHEN 5 THEN (ARRAY['spruitt', 'yortiz', 'clindqvist'])[(SELECT sch FROM osgen.kid WHERE s = m.s)]
                 ELSE m.tuser END,
       CASE m.ty WHEN 0 THEN 'Absence tomorrow' WHEN 1 THEN 'Missing assignments in ' || m.course WHEN 2 THEN 'Question about grade' WHEN 3 THEN 'Health alert for ' || m.kfirst || ' ' || m.klast
                 WHEN 4 THEN 'Concern about ' || m.kfirst WHEN 5 THEN 'Field trip permission slips' WHEN 6 THEN 'Pick up today' ELSE 'Great day!' END,
       CASE m.ty
         WHEN 0 THEN 'Hi ' || m.ttitle || ' ' || m.tlast || ', ' || m.kfirst || ' will be out tomorrow for a dentist appointment. Can you send home the work? Thanks, ' || m.pfirst
         WHEN 1 THEN 'Hello ' || m.pfirst || ', ' || m.kfirst || ' has 3 missing assignments in ' || m.course || '. Please check the portal. I am available after school Tuesdays and Thursdays. - ' || m.tfirst
         WHEN 2 THEN 'Can you call me at ' || coalesce(m.pcell, 'home') || '? I want to understand why ' || m.kfirst || ' got a D on the last test.'
         WHEN 3 THEN 'Please be aware ' || m.kfirst || ' has a new EpiPen order. It is in the health room and a second one is in the backpack. -Heather'
         WHEN 4 THEN m.kfirst || ' seemed upset today and mentioned things at home are hard since ' || CASE WHEN m.j % 2 = 0 THEN 'dad moved out' ELSE 'the fire' END || '. Can you check in? - ' || m.tfirst
         WHEN 5 THEN 'Permission slips for the OMSI field trip are due Friday. The $12 fee can be waived, just ask the office.'
         WHEN 6 THEN 'My sister ' || osgen.woman('msis', m.j) || ' ' || m.plast || ' will pick up ' || m.kfirst || ' today at 3. Her number is ' || osgen.phone('msph', m.j) || '.'
         ELSE 'Just wanted to share that ' || m.kfirst || ' did an amazing job presenting ' || CASE WHEN m.sex = 'Female' THEN 'her' ELSE 'his' END || ' project today!' END,
       osgen.at('mdt', m.j, '2024-08-28', '2025-03-14'),
       CASE WHEN m.j % 19 = 0 THEN 'assets/userfiles/' || m.j || '/' || (ARRAY['IEP_meeting_notes.pdf', 'Field_Trip_Form.pdf', 'doctor_note.jpg'])[1 + m.j % 3] END,
       CASE WHEN m.j % 37 = 0 THEN 1 ELSE 0 END, CASE WHEN m.ty = 5 THEN m.many END,
       CASE WHEN m.ty IN (1, 4) AND m.j % 5 = 0 THEN m.princ END, NULL, CASE WHEN m.ty = 3 AND m.j % 3 = 0 THEN 'kbrandt' END, NULL,
       CASE WHEN m.j % 4 = 0 THEN NULL WHEN m.ty = 5 THEN split_part(m.many, ',', 1) ELSE
         CASE m.ty WHEN 0 THEN m.tuser WHEN 2 THEN m.tuser WHEN 6 THEN m.tuser WHEN 3 THEN m.tuser WHEN 4 THEN 'jakers' ELSE m.puser END END
FROM osgen.mail_src m ORDER BY m.j;

CREATE TABLE user_file_upload (
    id integer PRIMARY KEY, user_id integer NOT NULL, profile_id integer NOT NULL, school_id integer NOT NULL, syear integer NOT NULL, name varchar(255),
    size integer, type varchar(255), content bytea, file_info varchar(255), download_id varchar(50)
);
INSERT INTO user_file_upload
SELECT j, CASE WHEN staff THEN s.t ELSE k.s END, CASE WHEN staff THEN s.pid ELSE 3 END, CASE WHEN staff THEN s.sch ELSE k.sch END, 2024, fname,
       octet_length(body), CASE WHEN fname LIKE '%.jpg' THEN 'image/jpeg' ELSE 'application/pdf' END, body,
       CASE WHEN staff THEN 'stafffile' ELSE 'stufile' END, fixture_gen.chars('ufd', j, 13, '0123456789abcdef')
FROM generate_series(1, 80) j
JOIN osgen.kid k ON k.s = 1 + fixture_gen.n('ufk', j, 960) JOIN osgen.stf s ON s.t = 3 + fixture_gen.n('ufs', j, 86)
CROSS JOIN LATERAL (SELECT j % 8 = 7 AS staff, fixture_gen.n('uft', j, 6) AS dt) x
CROSS JOIN LATERAL (SELECT CASE WHEN staff THEN CASE WHEN j % 16 = 7 THEN 'TSPC_license_' || s.last || '.pdf' ELSE 'Resume_' || s.first || '_' || s.last || '.pdf' END
              ELSE CASE dt WHEN 0 THEN replace(k.last, ' ', '') || '_' || k.first || '_birth_certificate.pdf' WHEN 1 THEN 'IEP_2024_' || replace(k.last, ' ', '') || '.pdf'
                           WHEN 2 THEN 'proof_of_residency.pdf' WHEN 3 THEN 'immunization_record.jpg' WHEN 4 THEN 'custody_order_2023.pdf'
                           ELSE 'IMG_' || (2000 + fixture_gen.n('ufi', j, 7000)) || '.jpg' END END AS fname,
       CASE WHEN staff THEN 'Resume / licence of ' || s.first || ' ' || s.last || ', ' || s.email
            ELSE CASE dt WHEN 0 THEN 'Certificate of Live Birth. Name: ' || k.first || ' ' || coalesce(k.middle || ' ', '') || k.last || '. Date of birth: ' || to_char(k.birth, 'MM/DD/YYYY')
                         WHEN 1 THEN 'Individualized Education Program 2024-25. Student: ' || k.first || ' ' || k.last || ', DOB ' || to_char(k.birth, 'MM/DD/YYYY') || '. Eligibility: Specific Learning Disability'
                         WHEN 2 THEN 'Pacific Power statement for ' || (SELECT a.first || ' ' || a.last || ', ' || fa.street || ', ' || fa.city || ' OR ' || fa.zip FROM osgen.adult a JOIN osgen.fam fa ON fa.f = a.f WHERE a.p = 2 * k.f - 1)
                         WHEN 4 THEN 'Circuit Court of the State of Oregon for Linn County. In the matter of the custody of ' || k.first || ' ' || k.last
                         ELSE 'Oregon Certificate of Immunization Status: ' || k.first || ' ' || k.last || ', born ' || to_char(k.birth, 'YYYY-MM-DD') END END AS txt) y
CROSS JOIN LATERAL (SELECT CASE WHEN fname LIKE '%.jpg'
         THEN decode('ffd8ffe000104a46494600010100000100010000fffe', 'hex') || convert_to(txt, 'UTF8') || decode(fixture_gen.b64('ufj', j, 240), 'base64') || decode('ffd9', 'hex')
         ELSE convert_to('%PDF-1.4' || E'\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'
              || E'4 0 obj << /Length ' || (length(txt) + 30) || E' >> stream\nBT /F1 11 Tf 72 720 Td (' || txt || E') Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF', 'UTF8') END AS body) z;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA osgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
