-- classify-eval fixture (HOLDOUT 74: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- Tendenci database of the Nightingale Alliance of Nurses and Allied Health
-- Professionals (NANAH), a US professional association of registered, practical
-- and advanced-practice nurses, respiratory therapists, sonographers, surgical
-- technologists, lab scientists and paramedics, with state chapters in Ohio,
-- Texas and Georgia (about 1,500 members; this snapshot holds a slice of them)
-- that also runs a yearly continuing-education conference and CE workshops.
-- Members are mostly American, with the Filipino, Nigerian, Indian (many from
-- Kerala), Mexican-American and Korean-American nurses of the US workforce.
-- Tendenci 14.x (the open-source association management system, on Django 3.2
-- then 4.2 and PostgreSQL), installed as Tendenci 7 in 2015 and upgraded
-- through 12.x, so older rows keep older formats. Apps in use: profiles
-- (Person/Profile with the alternate address), memberships (MembershipDefault
-- with its nursing fields: licence number and state, certifications, primary
-- practice, years in practice, year left native country for internationally
-- educated nurses), corporate memberships (hospitals and their
-- representatives), events (registrations and registrants with meal choices),
-- invoices, payments (Authorize.Net AIM until mid-2021, Stripe after),
-- donations, the forms builder (its app label is "forms", so its tables are
-- forms_*: contact form, call for speakers, a demographics survey that asks
-- race and ethnicity, a scholarship application), event logs, site settings,
-- perms, tagging, categories, accountings, the Django admin, sessions and
-- contenttypes, and django-sql-explorer (explorer_query) for staff reports.
-- Formats: passwords are Django's pbkdf2_sha256 at 20000 to 600000
-- iterations (rehashed at the logins after each upgrade from Django 1.8 to 4.2)
-- or unusable ('!' and 40 characters) for accounts created by registrations
-- and donations; django_session.session_data
-- is Django's signed session (base64url JSON, base62 timestamp and HMAC,
-- colon-separated) and, in rows older than the Django 3.1 upgrade that nobody
-- cleared, the legacy base64 of "hash:json"; django_admin_log.change_message is
-- the plain sentence of Django 1.8 in the oldest rows and the JSON list after;
-- event_logs_eventlog.event_data is the Python repr of the submitted form data
-- (Tendenci logs request data as text); site_settings_setting.value is text per
-- setting, is_secure values (the Stripe keys, the Authorize.Net transaction
-- key) encrypted as Fernet tokens, while credentials saved before is_secure
-- existed (the SendGrid SMTP key, the Authorize.Net MD5 hash secret) stayed
-- plain; payments keep Authorize.Net's raw response fields (response codes,
-- reason text, trans_id, auth and AVS codes, the MD5 hash, 'XXXX' and the
-- card's last four digits) or Stripe charge ids and the last four digits;
-- timestamps are timestamptz as Django creates them for DateTimeField.
-- Written from memory of the published schemas, not checked against them:
-- the exact set and order of Profile's and MembershipDefault's columns (which
-- version added the alternate address, account_id, the application_abandoned /
-- application_complete trios, sig_user_group_ids and the entity links), the
-- lengths of many varchar columns, whether creator_username and owner_username
-- are 50 or 150 long, whether Tendenci 14 still fills event_id, event_name,
-- event_type and category in the event log, whether the forms builder tables
-- are forms_* or forms_builder_*, whether MembershipSet is the only link from a
-- membership to its invoice, where Tendenci keeps the answers of custom
-- membership-application fields (not modelled here), the site setting names of
-- the gateway and mail credentials and how is_secure values are encrypted,
-- whether the invoice and payment guids are the keys in their view and receipt
-- URLs, and whether categories_category has more than a name. Tendenci's
-- tables are wide (its TendenciBaseModel alone adds fourteen columns), so to
-- keep within the size this fixture asks for, the deployment's other tables --
-- events_event, events_place, events_registrationconfiguration,
-- memberships_membershiptype, memberships_membershipapp and its fields,
-- corporate_memberships_corpprofile and corpmembership, user_groups_*,
-- entities_entity, forms_form, recurring_payments, make_payments, directories,
-- jobs, articles, news, pages, emails, newsletters, files, photos and
-- help_files -- are left out; the columns that point to them keep their ids
-- without a foreign key. No column was added or renamed. Loaded after
-- ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãéèêëíìîïóòôöõúùûüñçÁÉÍÓÚÑ', 'aaaaaeeeeiiiiooooouuuuncAEIOUN')), '[^a-z0-9]+', '', 'g')
$$;

-- at: an instant between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- rnd: alphanumerics; hexu: upper-case hex; b64url: base64url of a text, no padding.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;
CREATE FUNCTION pgen.lowr(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION pgen.b64url(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(encode(convert_to(t, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') $$;
CREATE FUNCTION pgen.b64urlr(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, len), E'+/\n', '-_'), '=') $$;

-- b62: Django's base62 of an integer (signing timestamps).
CREATE FUNCTION pgen.b62(v bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  a text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  r text := '';
BEGIN
  IF v = 0 THEN RETURN '0'; END IF;
  WHILE v > 0 LOOP
    r := substr(a, 1 + (v % 62)::int, 1) || r;
    v := v / 62;
  END LOOP;
  RETURN r;
END $$;

-- Django password hashes: pbkdf2_sha256 (12-character salts before Django
-- 3.2, 22 after) and unusable passwords.
CREATE FUNCTION pgen.djpw(tag text, i bigint, iter int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'pbkdf2_' || 'sha256$' || iter || '$' || fixture_gen.chars(tag || 's', i, CASE WHEN iter < 200000 THEN 12 ELSE 22 END) || '$' || fixture_gen.b64(tag, i, 32)
$$;
CREATE FUNCTION pgen.unusable(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '!' || fixture_gen.chars(tag, i, 40) $$;

-- Fernet token of a short secret: version byte 0x80, the 64-bit timestamp,
-- IV, ciphertext blocks and HMAC, base64url.
CREATE FUNCTION pgen.fernet(tag text, i bigint, blocks int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode('\x80'::bytea || decode(lpad(to_hex(1600000000 + fixture_gen.n(tag || 'ts', i, 90000000)), 16, '0'), 'hex')
      || decode(fixture_gen.hexn(tag, i, 2 * (48 + 16 * blocks)), 'hex'), 'base64'), E'+/\n', '-_')
$$;

-- A US phone number as members type it.
CREATE FUNCTION pgen.phone(ac text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 6)
    WHEN 0 THEN '(' || ac || ') ' || x || '-' || l
    WHEN 1 THEN ac || '-' || x || '-' || l
    WHEN 2 THEN ac || '.' || x || '.' || l
    WHEN 3 THEN ac || x || l
    WHEN 4 THEN '+1 ' || ac || ' ' || x || ' ' || l
    ELSE '(' || ac || ')' || x || '-' || l END
  FROM (SELECT (201 + fixture_gen.n(tag || 'x', i, 780))::text AS x, fixture_gen.digits(tag || 'l', i, 4) AS l) y
$$;

-- A US street line.
CREATE FUNCTION pgen.street(st text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'loc', i, 5) = 0 THEN
      (100 + fixture_gen.n(tag || 'no', i, 8900))::text || ' ' || CASE st
        WHEN 'OH' THEN fixture_gen.pick(ARRAY['N High St', 'Euclid Ave', 'Lorain Ave', 'Far Hills Ave', 'Madison Rd', 'Sawmill Rd', 'E Broad St', 'Detroit Ave'], tag, i)
        WHEN 'TX' THEN fixture_gen.pick(ARRAY['Westheimer Rd', 'Bellaire Blvd', 'Fredericksburg Rd', 'S Lamar Blvd', 'Montana Ave', 'Camp Bowie Blvd', 'N 10th St', 'Greenville Ave'], tag, i)
        ELSE fixture_gen.pick(ARRAY['Peachtree St NE', 'Ponce de Leon Ave', 'Abercorn St', 'Washington Rd', 'Riverside Dr', 'Prince Ave', 'Buford Hwy', 'Roswell Rd'], tag, i) END
    ELSE (100 + fixture_gen.n(tag || 'no', i, 9800))::text || ' ' || CASE WHEN fixture_gen.n(tag || 'd', i, 6) = 0 THEN fixture_gen.pick(ARRAY['N ', 'S ', 'E ', 'W '], tag || 'dd', i) ELSE '' END
      || fixture_gen.pick(ARRAY['Maple', 'Oak', 'Elm', 'Willow Creek', 'Cedar Ridge', 'Meadowbrook', 'Briarwood', 'Sycamore', 'Hickory', 'Magnolia', 'Dogwood', 'Pecan',
           'Bluebonnet', 'Stonegate', 'Fox Run', 'Heritage', 'Lakeview', 'Spring Valley', 'Country Club', 'Chestnut', 'Walnut', 'Park', 'Washington', 'Lincoln',
           'Riverside', 'Mill', 'Church', 'Highland', 'Forest', 'Sunset', 'Prairie View', 'Timberline', 'Cherry Hill', 'Windsor', 'Hampton', 'Brookside', 'Pine', 'Ashford'], tag || 'nm', i)
      || ' ' || fixture_gen.pick(ARRAY['St', 'Ave', 'Dr', 'Rd', 'Ln', 'Ct', 'Blvd', 'Way', 'Cir', 'Pl', 'Trl', 'Pkwy', 'Dr', 'Ln'], tag || 'sf', i) END
$$;
CREATE FUNCTION pgen.street2(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 12)
    WHEN 0 THEN 'Apt ' || (1 + fixture_gen.n(tag || 'a', i, 30)) || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D'], tag || 'b', i)
    WHEN 1 THEN 'Apt. ' || (101 + fixture_gen.n(tag || 'a', i, 1400))
    WHEN 2 THEN 'Unit ' || (1 + fixture_gen.n(tag || 'a', i, 400))
    WHEN 3 THEN '#' || (100 + fixture_gen.n(tag || 'a', i, 2000))
    ELSE '' END
$$;

-- Cultures of the members: American, African American, Filipino, Nigerian,
-- Indian (many from Kerala), Mexican-American and Korean-American nurses.
CREATE TABLE pgen.cu (c text PRIMARY KEY, ff text[], fm text[], ln text[]);
INSERT INTO pgen.cu VALUES
 ('us', ARRAY['Jennifer', 'Ashley', 'Jessica', 'Amanda', 'Sarah', 'Megan', 'Emily', 'Lauren', 'Rachel', 'Heather', 'Brittany', 'Kimberly', 'Michelle', 'Stephanie', 'Nicole',
              'Katherine', 'Rebecca', 'Amy', 'Melissa', 'Angela', 'Lisa', 'Karen', 'Susan', 'Donna', 'Kelsey', 'Courtney', 'Abigail', 'Morgan', 'Hannah', 'Erin', 'Kristen',
              'Allison', 'Danielle', 'Tara', 'Holly', 'Brooke', 'Mackenzie', 'Paige'],
        ARRAY['Christopher', 'Matthew', 'Joshua', 'Ryan', 'Tyler', 'Kevin', 'Brian', 'Brandon', 'Justin', 'Jason', 'Eric', 'Adam', 'Nathan', 'Kyle', 'Aaron', 'Zachary', 'Travis', 'Dustin', 'Cody', 'Jacob'],
        ARRAY['Smith', 'Johnson', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Thompson', 'White', 'Clark', 'Lewis', 'Walker', 'Hall', 'Allen',
              'Young', 'King', 'Wright', 'Scott', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins',
              'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Reed', 'Bailey', 'Cooper', 'Kelly', 'Howard', 'Ward', 'Cox', 'Peterson', 'Gray', 'Hughes', 'Price',
              'Sanders', 'Myers', 'Long', 'Ross', 'Foster', 'Schmidt', 'Yoder', 'Kowalczyk', 'Hoffman', 'Becker', 'Schneider', 'O''Connell', 'McCarthy', 'Sullivan', 'Fitzgerald',
              'Whitaker', 'Bowman', 'Hensley', 'Caldwell']),
 ('aa', ARRAY['Tasha', 'Keisha', 'LaToya', 'Shanice', 'Aaliyah', 'Jasmine', 'Imani', 'Destiny', 'Ebony', 'Tamika', 'Monique', 'Kiara', 'Tiffany', 'Crystal', 'Brianna',
              'Shameka', 'Latrice', 'Nia', 'Danielle', 'Felicia', 'Yolanda', 'Angela', 'Kendra', 'Alexis'],
        ARRAY['Darnell', 'Marcus', 'Jamal', 'Andre', 'DeShawn', 'Terrence', 'Jalen', 'Malik', 'Cedric', 'Reginald', 'Darius', 'Jerome'],
        ARRAY['Washington', 'Jefferson', 'Jackson', 'Williams', 'Brown', 'Jones', 'Robinson', 'Harris', 'Coleman', 'Jenkins', 'Banks', 'Freeman', 'Simmons', 'Bryant', 'Gaines',
              'Hairston', 'Dixon', 'Mack', 'Booker', 'Greene', 'Holloway', 'Thornton', 'Wiggins', 'McKinney', 'Battle', 'Pettaway', 'Starks']),
 ('ph', ARRAY['Maria Cristina', 'Rowena', 'Marites', 'Jocelyn', 'Analyn', 'Rosalie', 'Rhea', 'Lovely', 'Cherry Mae', 'Ma. Teresa', 'Jovelyn', 'Mary Grace', 'Aileen', 'Liezl',
              'Kristine Joy', 'Arlene', 'Maricel', 'Joanna Marie'],
        ARRAY['Jerome', 'Mark Anthony', 'Arnel', 'Ronaldo', 'Jun', 'Rommel', 'Jose Ramon', 'Reynaldo', 'Christian Paul'],
        ARRAY['Santos', 'Reyes', 'Cruz', 'Bautista', 'Ocampo', 'Mendoza', 'Dela Cruz', 'Villanueva', 'Aquino', 'Ramos', 'Castillo', 'Manalo', 'Pascual', 'Tolentino', 'Dizon',
              'Macaraeg', 'Soriano', 'Navarro', 'Del Rosario', 'Agustin', 'Gonzales', 'Fernandez', 'Mercado', 'Lacson']),
 ('ng', ARRAY['Chiamaka', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Funmilayo', 'Olamide', 'Ifeoma', 'Temitope', 'Yetunde', 'Nneka', 'Chidinma', 'Oluwakemi', 'Blessing', 'Chinwe',
              'Folasade', 'Ebere', 'Omolara', 'Amarachi'],
        ARRAY['Emeka', 'Babatunde', 'Obinna', 'Adebayo', 'Chinonso', 'Uchenna', 'Oluwatobi', 'Ikechukwu', 'Segun'],
        ARRAY['Okafor', 'Adeyemi', 'Okonkwo', 'Eze', 'Nwosu', 'Okeke', 'Ogunleye', 'Balogun', 'Chukwu', 'Oyelaran', 'Nwachukwu', 'Adewale', 'Ibekwe', 'Olaniyan', 'Afolabi',
              'Obi', 'Uzor', 'Akinola', 'Onyeka', 'Bello']),
 ('in', ARRAY['Priya', 'Anjali', 'Deepa', 'Lakshmi', 'Sunita', 'Reshma', 'Shalini', 'Kavitha', 'Meera', 'Divya', 'Sneha', 'Bindu', 'Jincy', 'Ancy', 'Sherin', 'Tintu', 'Jomol',
              'Neethu', 'Smitha', 'Ritu'],
        ARRAY['Arun', 'Rajesh', 'Suresh', 'Vijay', 'Bijo', 'Jijo', 'Sanjay', 'Anil', 'Renjith'],
        ARRAY['Thomas', 'Mathew', 'Varghese', 'Kurian', 'Joseph', 'George', 'Abraham', 'Patel', 'Nair', 'Pillai', 'Menon', 'Sharma', 'Reddy', 'Iyer', 'Chacko', 'Philip', 'Jacob',
              'Kumar', 'Cherian', 'Alexander', 'John', 'Desai']),
 ('mx', ARRAY['María', 'Guadalupe', 'Alejandra', 'Verónica', 'Rosa', 'Ana', 'Adriana', 'Claudia', 'Yesenia', 'Marisol', 'Esperanza', 'Gabriela', 'Diana', 'Leticia', 'Elizabeth',
              'Jacqueline', 'Vanessa', 'Araceli', 'Norma', 'Cynthia'],
        ARRAY['Juan', 'José', 'Carlos', 'Miguel', 'Daniel', 'Jesús', 'Javier', 'Ricardo', 'Roberto', 'Eduardo', 'Adrián'],
        ARRAY['García', 'Hernández', 'Martínez', 'Rodríguez', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Gutiérrez', 'Treviño', 'Garza', 'Villarreal',
              'Salinas', 'Cantú', 'Ybarra', 'Saldaña', 'Ochoa', 'Guerrero', 'De León', 'Cavazos', 'Zamora', 'Hinojosa']),
 ('kr', ARRAY['Grace', 'Esther', 'Hannah', 'Sarah', 'Ji-yeon', 'Min-jung', 'Soo-jin', 'Eun-ji', 'Hye-won', 'Jennifer', 'Christine', 'Young-hee', 'Rachel', 'Joanne'],
        ARRAY['Daniel', 'David', 'Joseph', 'Sung-min', 'Jae-hyun', 'Andrew', 'Paul'],
        ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Oh', 'Seo', 'Kwon', 'Hwang', 'Moon', 'Yoo']);

-- Cities of the three chapters: county, ZIP prefix, area codes, time zone.
CREATE TABLE pgen.ct (k int PRIMARY KEY, st text, state text, city text, county text, zip3 text, ac text[], tz text);
INSERT INTO pgen.ct VALUES
 (1, 'OH', 'Ohio', 'Columbus', 'Franklin', '432', ARRAY['614', '380'], 'America/New_York'),
 (2, 'OH', 'Ohio', 'Cleveland', 'Cuyahoga', '441', ARRAY['216'], 'America/New_York'),
 (3, 'OH', 'Ohio', 'Cincinnati', 'Hamilton', '452', ARRAY['513'], 'America/New_York'),
 (4, 'OH', 'Ohio', 'Dayton', 'Montgomery', '454', ARRAY['937'], 'America/New_York'),
 (5, 'OH', 'Ohio', 'Toledo', 'Lucas', '436', ARRAY['419', '567'], 'America/New_York'),
 (6, 'OH', 'Ohio', 'Akron', 'Summit', '443', ARRAY['330', '234'], 'America/New_York'),
 (7, 'OH', 'Ohio', 'Westerville', 'Delaware', '430', ARRAY['614'], 'America/New_York'),
 (8, 'OH', 'Ohio', 'Lakewood', 'Cuyahoga', '441', ARRAY['216'], 'America/New_York'),
 (9, 'OH', 'Ohio', 'Mason', 'Warren', '450', ARRAY['513'], 'America/New_York'),
 (11, 'TX', 'Texas', 'Houston', 'Harris', '770', ARRAY['713', '832', '281'], 'America/Chicago'),
 (12, 'TX', 'Texas', 'Dallas', 'Dallas', '752', ARRAY['214', '469', '972'], 'America/Chicago'),
 (13, 'TX', 'Texas', 'San Antonio', 'Bexar', '782', ARRAY['210', '726'], 'America/Chicago'),
 (14, 'TX', 'Texas', 'Austin', 'Travis', '787', ARRAY['512', '737'], 'America/Chicago'),
 (15, 'TX', 'Texas', 'El Paso', 'El Paso', '799', ARRAY['915'], 'America/Denver'),
 (16, 'TX', 'Texas', 'Fort Worth', 'Tarrant', '761', ARRAY['817', '682'], 'America/Chicago'),
 (17, 'TX', 'Texas', 'Sugar Land', 'Fort Bend', '774', ARRAY['281', '832'], 'America/Chicago'),
 (18, 'TX', 'Texas', 'McAllen', 'Hidalgo', '785', ARRAY['956'], 'America/Chicago'),
 (19, 'TX', 'Texas', 'Pearland', 'Brazoria', '775', ARRAY['281', '713'], 'America/Chicago'),
 (21, 'GA', 'Georgia', 'Atlanta', 'Fulton', '303', ARRAY['404', '470', '678'], 'America/New_York'),
 (22, 'GA', 'Georgia', 'Marietta', 'Cobb', '300', ARRAY['770', '678'], 'America/New_York'),
 (23, 'GA', 'Georgia', 'Decatur', 'DeKalb', '300', ARRAY['404', '470'], 'America/New_York'),
 (24, 'GA', 'Georgia', 'Savannah', 'Chatham', '314', ARRAY['912'], 'America/New_York'),
 (25, 'GA', 'Georgia', 'Augusta', 'Richmond', '309', ARRAY['706', '762'], 'America/New_York'),
 (26, 'GA', 'Georgia', 'Macon', 'Bibb', '312', ARRAY['478'], 'America/New_York'),
 (27, 'GA', 'Georgia', 'Athens', 'Clarke', '306', ARRAY['706'], 'America/New_York'),
 (28, 'GA', 'Georgia', 'Lawrenceville', 'Gwinnett', '300', ARRAY['678', '770'], 'America/New_York');

-- Employers: hospitals, health systems, agencies and nursing schools.
CREATE TABLE pgen.emp (k int PRIMARY KEY, st text, name text, dom text, gov boolean, school boolean);
INSERT INTO pgen.emp VALUES
 (1, 'OH', 'The Ohio State University Wexner Medical Center', 'osumc.edu', false, false),
 (2, 'OH', 'OhioHealth Riverside Methodist Hospital', 'ohiohealth.com', false, false),
 (3, 'OH', 'Nationwide Children''s Hospital', 'nationwidechildrens.org', false, false),
 (4, 'OH', 'Cleveland Clinic', 'ccf.org', false, false),
 (5, 'OH', 'University Hospitals Cleveland Medical Center', 'uhhospitals.org', false, false),
 (6, 'OH', 'MetroHealth Medical Center', 'metrohealth.org', true, false),
 (7, 'OH', 'Cincinnati Children''s Hospital Medical Center', 'cchmc.org', false, false),
 (8, 'OH', 'UC Health - University of Cincinnati Medical Center', 'uchealth.com', false, false),
 (9, 'OH', 'Premier Health Miami Valley Hospital', 'premierhealth.com', false, false),
 (10, 'OH', 'ProMedica Toledo Hospital', 'promedica.org', false, false),
 (11, 'OH', 'Summa Health Akron Campus', 'summahealth.org', false, false),
 (12, 'OH', 'Dayton VA Medical Center', 'va.gov', true, false),
 (13, 'OH', 'Columbus Public Health', 'columbus.gov', true, false),
 (14, 'OH', 'Otterbein SeniorLife', 'otterbeinseniorlife.org', false, false),
 (15, 'OH', 'The Ohio State University College of Nursing', 'osu.edu', false, true),
 (16, 'OH', 'Sinclair Community College', 'sinclair.edu', false, true),
 (21, 'TX', 'Houston Methodist Hospital', 'houstonmethodist.org', false, false),
 (22, 'TX', 'Memorial Hermann-Texas Medical Center', 'memorialhermann.org', false, false),
 (23, 'TX', 'Texas Children''s Hospital', 'texaschildrens.org', false, false),
 (24, 'TX', 'The University of Texas MD Anderson Cancer Center', 'mdanderson.org', true, false),
 (25, 'TX', 'Harris Health System - Ben Taub Hospital', 'harrishealth.org', true, false),
 (26, 'TX', 'Baylor University Medical Center', 'bswhealth.org', false, false),
 (27, 'TX', 'Parkland Health', 'phhs.org', true, false),
 (28, 'TX', 'UT Southwestern Medical Center', 'utsouthwestern.edu', true, false),
 (29, 'TX', 'University Health', 'uhs-sa.com', true, false),
 (30, 'TX', 'Audie L. Murphy Memorial VA Hospital', 'va.gov', true, false),
 (31, 'TX', 'Dell Seton Medical Center at The University of Texas', 'ascension.org', false, false),
 (32, 'TX', 'University Medical Center of El Paso', 'umcelpaso.org', true, false),
 (33, 'TX', 'JPS Health Network', 'jpshealth.org', true, false),
 (34, 'TX', 'DHR Health', 'dhr-rgv.com', false, false),
 (35, 'TX', 'UTHealth Houston Cizik School of Nursing', 'uth.tmc.edu', false, true),
 (36, 'TX', 'San Antonio College', 'alamo.edu', false, true),
 (41, 'GA', 'Emory University Hospital', 'emoryhealthcare.org', false, false),
 (42, 'GA', 'Grady Memorial Hospital', 'gmh.edu', false, false),
 (43, 'GA', 'Piedmont Atlanta Hospital', 'piedmont.org', false, false),
 (44, 'GA', 'Children''s Healthcare of Atlanta', 'choa.org', false, false),
 (45, 'GA', 'Wellstar Kennestone Hospital', 'wellstar.org', false, false),
 (46, 'GA', 'Atlanta VA Medical Center', 'va.gov', true, false),
 (47, 'GA', 'Memorial Health University Medical Center', 'hcahealthcare.com', false, false),
 (48, 'GA', 'Wellstar MCG Health', 'wellstar.org', false, false),
 (49, 'GA', 'Atrium Health Navicent', 'atriumhealth.org', false, false),
 (50, 'GA', 'Piedmont Athens Regional', 'piedmont.org', false, false),
 (51, 'GA', 'Northside Hospital Gwinnett', 'northside.com', false, false),
 (52, 'GA', 'Georgia Department of Public Health', 'dph.ga.gov', true, false),
 (53, 'GA', 'Georgia State University Byrdine F. Lewis College of Nursing', 'gsu.edu', false, true),
 (54, 'GA', 'Georgia Highlands College', 'highlands.edu', false, true);

-- People: 1-10 the association's staff and its web contractor, 11-460
-- members, 461-520 non-members (conference registrants, donors, speakers).
CREATE TABLE pgen.p (
  i int PRIMARY KEY, kind text, st text, ck int, c text, sex text, first text, mi text, last text,
  city text, county text, zip text, ac text, tz text, street text, street2 text,
  home_phone text, mobile text, work_phone text, email text, email2 text, username text,
  dob date, prof text, emp int, employer text, emp_dom text, position text, unit text, cred text, edu text,
  lic text, lic_state text, joined timestamptz, member_no text, hist_no text, spouse text, salutation text, yr_left int);

INSERT INTO pgen.p (i, kind, st)
SELECT i, CASE WHEN i <= 10 THEN 'staff' WHEN i <= 460 THEN 'member' ELSE 'nonmember' END,
  fixture_gen.pick(ARRAY['OH', 'OH', 'OH', 'OH', 'OH', 'OH', 'OH', 'OH', 'TX', 'TX', 'TX', 'TX', 'TX', 'TX', 'TX', 'GA', 'GA', 'GA', 'GA', 'GA'], 'pst', i)
FROM generate_series(1, 520) i;

UPDATE pgen.p SET
  c = CASE st WHEN 'OH' THEN fixture_gen.pick(ARRAY['us', 'us', 'us', 'us', 'us', 'us', 'us', 'us', 'us', 'us', 'aa', 'aa', 'aa', 'ph', 'ph', 'ng', 'in', 'in', 'mx', 'kr'], 'pc', i)
              WHEN 'TX' THEN fixture_gen.pick(ARRAY['us', 'us', 'us', 'us', 'us', 'us', 'aa', 'aa', 'aa', 'ph', 'ph', 'ph', 'ng', 'ng', 'in', 'in', 'mx', 'mx', 'mx', 'mx', 'mx', 'kr'], 'pc', i)
              ELSE fixture_gen.pick(ARRAY['us', 'us', 'us', 'us', 'us', 'us', 'aa', 'aa', 'aa', 'aa', 'aa', 'aa', 'ph', 'ph', 'ng', 'ng', 'in', 'in', 'mx', 'kr'], 'pc', i) END,
  sex = CASE WHEN fixture_gen.n('psex', i, 100) < 87 THEN 'female' ELSE 'male' END,
  ck = CASE st WHEN 'OH' THEN fixture_gen.pick(ARRAY['1', '1', '1', '1', '2', '2', '2', '3', '3', '4', '5', '6', '7', '8', '9'], 'pck', i)::int
               WHEN 'TX' THEN fixture_gen.pick(ARRAY['11', '11', '11', '11', '12', '12', '12', '13', '13', '14', '14', '15', '16', '17', '18', '19'], 'pck', i)::int
               ELSE fixture_gen.pick(ARRAY['21', '21', '21', '21', '22', '22', '23', '23', '24', '25', '26', '27', '28'], 'pck', i)::int END,
  prof = CASE WHEN fixture_gen.n('prof', i, 100) < 58 THEN 'rn' WHEN fixture_gen.n('prof', i, 100) < 68 THEN 'lpn' WHEN fixture_gen.n('prof', i, 100) < 76 THEN 'aprn'
              WHEN fixture_gen.n('prof', i, 100) < 94 THEN fixture_gen.pick(ARRAY['rrt', 'rrt', 'rdms', 'cst', 'mls', 'pta', 'nrp', 'rt'], 'palh', i) ELSE 'student' END;

UPDATE pgen.p p SET
  first = CASE WHEN p.sex = 'female' THEN cu.ff[1 + fixture_gen.n('pf', p.i, cardinality(cu.ff))] ELSE cu.fm[1 + fixture_gen.n('pf', p.i, cardinality(cu.fm))] END,
  last = cu.ln[1 + fixture_gen.n('pl', p.i, cardinality(cu.ln))],
  mi = CASE WHEN p.c = 'ph' THEN substr(fixture_gen.pick(ARRAY['Santos', 'Reyes', 'Cruz', 'Bautista', 'Ocampo', 'Mendoza', 'Villanueva', 'Aquino', 'Ramos', 'Lacson', 'Gonzales', 'Tolentino'], 'pmi', p.i), 1, 1)
            WHEN fixture_gen.n('pmi0', p.i, 4) = 0 THEN '' ELSE substr('AAABCDEEJJKLLMMMNRRSTV', 1 + fixture_gen.n('pmi', p.i, 22), 1) END
FROM pgen.cu cu WHERE cu.c = p.c;

UPDATE pgen.p p SET city = ct.city, county = ct.county, tz = ct.tz,
  zip = ct.zip3 || lpad((1 + fixture_gen.n('pzip', p.i, 60))::text, 2, '0'),
  ac = ct.ac[1 + fixture_gen.n('pac', p.i, cardinality(ct.ac))],
  street = pgen.street(p.st, 'pstr', p.i), street2 = pgen.street2('pst2', p.i)
FROM pgen.ct ct WHERE ct.k = p.ck;

UPDATE pgen.p SET
  home_phone = CASE WHEN fixture_gen.n('phh', i, 100) < 40 THEN pgen.phone(ac, 'phh', i) ELSE '' END,
  mobile = CASE WHEN fixture_gen.n('phm', i, 100) < 92 THEN pgen.phone(CASE WHEN fixture_gen.n('phma', i, 6) = 0 THEN fixture_gen.pick(ARRAY['917', '312', '808', '347', '602', '305'], 'phmo', i) ELSE ac END, 'phm', i) ELSE '' END,
  work_phone = CASE WHEN fixture_gen.n('phw', i, 100) < 35 THEN pgen.phone(ac, 'phw', i) || CASE WHEN fixture_gen.n('phwx', i, 3) = 0 THEN ' ext. ' || fixture_gen.digits('phwe', i, 4) ELSE '' END ELSE '' END,
  dob = CASE WHEN prof = 'student' THEN date '1996-01-01' + fixture_gen.n('pdob', i, 365 * 8) ELSE date '1957-01-01' + fixture_gen.n('pdob', i, 365 * 42) END,
  joined = CASE WHEN kind = 'staff' THEN pgen.at('pj', i, '2015-03-02', '2019-06-30')
                WHEN kind = 'nonmember' THEN pgen.at('pj', i, '2016-01-10', '2024-09-28')
                WHEN prof = 'student' THEN pgen.at('pj', i, '2022-08-01', '2024-09-25')
                WHEN i % 6 = 0 THEN pgen.at('pj', i, '2004-01-01', '2015-03-01')
                ELSE pgen.at('pj', i, '2015-04-01', '2024-09-25') END;

-- Employer: a hospital or agency of the member's state (a school for
-- students), a travel-nurse agency, or none (retired, between jobs).
UPDATE pgen.p p SET emp = x.k
FROM (SELECT p2.i, (SELECT k FROM pgen.emp e WHERE e.st = p2.st AND e.school = (p2.prof = 'student') ORDER BY k
        OFFSET fixture_gen.n('pemp', p2.i, (SELECT count(*)::int FROM pgen.emp e2 WHERE e2.st = p2.st AND e2.school = (p2.prof = 'student'))) LIMIT 1) AS k FROM pgen.p p2) x
WHERE x.i = p.i;
UPDATE pgen.p p SET employer = e.name, emp_dom = e.dom FROM pgen.emp e WHERE e.k = p.emp;
UPDATE pgen.p SET emp = NULL,
  employer = CASE WHEN fixture_gen.n('pemp0', i, 25) = 0 THEN fixture_gen.pick(ARRAY['Aya Healthcare', 'AMN Healthcare', 'Cross Country Nurses', 'Fastaff Travel Nursing'], 'ptrav', i) ELSE '' END,
  emp_dom = CASE WHEN fixture_gen.n('pemp0', i, 25) = 0 THEN fixture_gen.pick(ARRAY['ayahealthcare.com', 'amnhealthcare.com', 'crosscountry.com', 'fastaff.com'], 'ptrav', i) ELSE '' END
WHERE prof <> 'student' AND fixture_gen.n('pemp0', i, 25) < 2 AND kind <> 'staff';

UPDATE pgen.p SET
  position = CASE prof
    WHEN 'rn' THEN CASE WHEN employer LIKE '%Healthcare' OR employer LIKE '%Nurs%' AND emp IS NULL THEN 'Travel Nurse' ELSE fixture_gen.pick(ARRAY['Staff Nurse', 'Registered Nurse', 'Staff RN', 'Charge Nurse', 'Clinical Nurse II', 'Clinical Nurse III',
      'Nurse Manager', 'Assistant Nurse Manager', 'Clinical Nurse Educator', 'RN Case Manager', 'House Supervisor', 'Infection Preventionist', 'Quality Improvement Coordinator',
      'Director of Nursing', 'Nurse Navigator', 'School Nurse', 'Public Health Nurse', 'Home Health RN', 'Staff Nurse', 'Registered Nurse'], 'ppos', i) END
    WHEN 'lpn' THEN CASE WHEN st = 'TX' THEN fixture_gen.pick(ARRAY['LVN', 'Licensed Vocational Nurse', 'Charge Nurse (LVN)', 'Clinic LVN'], 'ppos', i)
                         ELSE fixture_gen.pick(ARRAY['LPN', 'Licensed Practical Nurse', 'Charge Nurse (LPN)', 'Clinic LPN'], 'ppos', i) END
    WHEN 'aprn' THEN fixture_gen.pick(ARRAY['Family Nurse Practitioner', 'Acute Care Nurse Practitioner', 'Clinical Nurse Specialist', 'CRNA', 'Psychiatric Mental Health Nurse Practitioner',
      'Certified Nurse Midwife', 'Nurse Practitioner'], 'ppos', i)
    WHEN 'rrt' THEN fixture_gen.pick(ARRAY['Respiratory Therapist', 'Registered Respiratory Therapist', 'Lead Respiratory Therapist', 'RT II'], 'ppos', i)
    WHEN 'rdms' THEN fixture_gen.pick(ARRAY['Diagnostic Medical Sonographer', 'Sonographer II', 'Lead Sonographer'], 'ppos', i)
    WHEN 'cst' THEN fixture_gen.pick(ARRAY['Surgical Technologist', 'Certified Surgical Technologist', 'Surgical Tech II'], 'ppos', i)
    WHEN 'mls' THEN fixture_gen.pick(ARRAY['Medical Laboratory Scientist', 'Medical Technologist', 'Lab Supervisor'], 'ppos', i)
    WHEN 'pta' THEN fixture_gen.pick(ARRAY['Physical Therapist Assistant', 'PTA'], 'ppos', i)
    WHEN 'nrp' THEN fixture_gen.pick(ARRAY['Paramedic', 'Flight Paramedic', 'Firefighter/Paramedic', 'EMS Educator'], 'ppos', i)
    WHEN 'rt' THEN fixture_gen.pick(ARRAY['Radiologic Technologist', 'CT Technologist', 'X-Ray Tech'], 'ppos', i)
    ELSE fixture_gen.pick(ARRAY['Nursing Student', 'Student Nurse Extern', 'Student Nurse', 'BSN Student'], 'ppos', i) END,
  unit = CASE prof WHEN 'rrt' THEN 'Respiratory Care' WHEN 'rdms' THEN 'Imaging' WHEN 'rt' THEN 'Radiology' WHEN 'cst' THEN 'Perioperative Services' WHEN 'mls' THEN 'Laboratory'
    WHEN 'pta' THEN 'Rehabilitation Services' WHEN 'nrp' THEN 'Emergency Medical Services' WHEN 'student' THEN 'College of Nursing'
    ELSE fixture_gen.pick(ARRAY['Medical ICU', 'Cardiovascular ICU', 'Emergency Department', 'Labor & Delivery', 'NICU', 'Med-Surg', 'Oncology', 'Perioperative Services', 'Pediatrics',
      'Behavioral Health', 'Telemetry', 'Dialysis', 'Home Health', 'Float Pool', 'Wound Care', 'Cath Lab', 'Trauma', 'Nursing Administration', 'Ambulatory Care', 'Case Management'], 'punit', i) END,
  cred = CASE prof
    WHEN 'rn' THEN fixture_gen.pick(ARRAY['RN', 'BSN, RN', 'BSN, RN', 'BSN, RN, CCRN', 'ADN, RN', 'MSN, RN', 'BSN, RN, CEN', 'BSN, RN, CPN', 'BSN, RN, OCN', 'MSN, RN, NE-BC', 'BSN, RN-BC',
      'RN, CMSRN', 'BSN, RNC-OB', 'DNP, RN, NEA-BC', 'BSN, RN, PCCN', 'MSN, RN, CNL', 'BSN, RN, CNOR'], 'pcred', i)
    WHEN 'lpn' THEN CASE WHEN st = 'TX' THEN 'LVN' ELSE fixture_gen.pick(ARRAY['LPN', 'LPN', 'LPN, IV Certified'], 'pcred', i) END
    WHEN 'aprn' THEN fixture_gen.pick(ARRAY['MSN, APRN, FNP-BC', 'DNP, APRN, AGACNP-BC', 'MSN, APRN, CNS', 'DNP, CRNA', 'MSN, APRN, PMHNP-BC', 'MSN, CNM', 'DNP, APRN, FNP-C'], 'pcred', i)
    WHEN 'rrt' THEN fixture_gen.pick(ARRAY['RRT', 'RRT, RCP', 'RRT-NPS', 'CRT'], 'pcred', i)
    WHEN 'rdms' THEN fixture_gen.pick(ARRAY['RDMS', 'RDMS, RVT', 'RDCS'], 'pcred', i)
    WHEN 'cst' THEN 'CST' WHEN 'mls' THEN 'MLS(ASCP)' WHEN 'pta' THEN 'PTA'
    WHEN 'nrp' THEN fixture_gen.pick(ARRAY['NRP', 'Paramedic, FP-C', 'NRP, CCP-C'], 'pcred', i)
    WHEN 'rt' THEN 'RT(R)(ARRT)' ELSE 'SN' END;

UPDATE pgen.p SET
  edu = CASE WHEN prof IN ('rn', 'aprn') AND cred LIKE 'DNP%' THEN 'Doctor of Nursing Practice (DNP)'
             WHEN prof IN ('rn', 'aprn') AND cred LIKE 'MSN%' THEN 'Master of Science in Nursing (MSN)'
             WHEN prof = 'rn' AND cred LIKE 'BSN%' THEN 'Bachelor of Science in Nursing (BSN)'
             WHEN prof = 'rn' AND cred LIKE 'ADN%' THEN 'Associate Degree in Nursing (ADN)'
             WHEN prof = 'rn' THEN fixture_gen.pick(ARRAY['Associate Degree in Nursing (ADN)', 'Diploma in Nursing', 'Bachelor of Science in Nursing (BSN)'], 'pedu', i)
             WHEN prof = 'lpn' THEN fixture_gen.pick(ARRAY['Practical Nursing Certificate', 'Practical Nursing Diploma', 'Vocational Nursing Certificate'], 'pedu', i)
             WHEN prof = 'student' THEN fixture_gen.pick(ARRAY['Some college', 'High school diploma', 'Associate degree'], 'pedu', i)
             ELSE fixture_gen.pick(ARRAY['Associate of Applied Science', 'Bachelor of Science', 'Certificate program', 'Associate of Applied Science'], 'pedu', i) END,
  lic = CASE
    WHEN prof IN ('rn', 'aprn', 'lpn') THEN CASE st
      WHEN 'OH' THEN CASE prof WHEN 'lpn' THEN 'PN.' || fixture_gen.digits('plic', i, 6) WHEN 'aprn' THEN 'APRN.CNP.' || fixture_gen.digits('plic', i, 5) ELSE 'RN.' || fixture_gen.digits('plic', i, 6) END
      WHEN 'TX' THEN CASE prof WHEN 'aprn' THEN 'AP' || fixture_gen.digits('plic', i, 6) ELSE (300000 + fixture_gen.n('plic', i, 700000))::text END
      ELSE CASE prof WHEN 'lpn' THEN 'LPN' || fixture_gen.digits('plic', i, 6) ELSE 'RN' || fixture_gen.digits('plic', i, 6) END END
    WHEN prof = 'rrt' THEN CASE st WHEN 'OH' THEN 'RCP.' || fixture_gen.digits('plic', i, 5) WHEN 'TX' THEN (70000 + fixture_gen.n('plic', i, 29999))::text ELSE 'RCP' || fixture_gen.digits('plic', i, 6) END
    WHEN prof = 'nrp' THEN 'P' || fixture_gen.digits('plic', i, 7)
    WHEN prof IN ('rt', 'rdms', 'mls') THEN (100000 + fixture_gen.n('plic', i, 899999))::text
    WHEN prof = 'pta' THEN 'PTA' || fixture_gen.digits('plic', i, 5)
    ELSE '' END;
UPDATE pgen.p SET lic_state = CASE WHEN lic = '' THEN '' WHEN fixture_gen.n('plst', i, 15) = 0 THEN fixture_gen.pick(ARRAY['FL', 'CA', 'NY', 'KY', 'LA', 'SC', 'PA'], 'plst2', i) ELSE st END;

-- Emails: personal mailboxes, some members use their work address.
UPDATE pgen.p SET email = lower(CASE fixture_gen.n('pem', i, 6)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last)
    WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || to_char(dob, 'YY')
    WHEN 2 THEN pgen.fold(first) || pgen.fold(last) || fixture_gen.n('pem2', i, 99)
    WHEN 3 THEN pgen.fold(first) || '_' || pgen.fold(last)
    WHEN 4 THEN pgen.fold(last) || substr(pgen.fold(first), 1, 1) || (1 + fixture_gen.n('pem2', i, 30))
    ELSE pgen.fold(first) || '.' || substr(pgen.fold(last), 1, 1) || fixture_gen.n('pem2', i, 999) END)
  || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com',
       'att.net', 'comcast.net', 'sbcglobal.net', 'bellsouth.net', 'live.com'], 'pemd', i);
UPDATE pgen.p SET email2 = email, email = lower(pgen.fold(first) || '.' || pgen.fold(last)) || '@' || emp_dom
WHERE emp_dom <> '' AND fixture_gen.n('pwem', i, 10) < 3;
UPDATE pgen.p SET email2 = CASE WHEN emp_dom <> '' AND fixture_gen.n('pwem2', i, 5) = 0 THEN lower(substr(pgen.fold(first), 1, 1) || pgen.fold(last)) || '@' || emp_dom ELSE '' END
WHERE email2 IS NULL;

-- Staff of the association and its web contractor.
UPDATE pgen.p p SET c = v.c, sex = v.sex, first = v.f, mi = v.mi, last = v.l, st = v.st, ck = v.ck, prof = v.prof, cred = v.cred, position = v.pos, unit = 'NANAH Headquarters',
  employer = CASE WHEN p.i = 10 THEN 'Lone Star Webworks LLC' ELSE 'Nightingale Alliance of Nurses and Allied Health Professionals' END,
  emp_dom = CASE WHEN p.i = 10 THEN 'lonestarwebworks.com' ELSE 'nanah.org' END, emp = NULL
FROM (VALUES
  (1, 'us', 'female', 'NANAH', '', 'Admin', 'OH', 1, 'staff', '', 'Site administrator account'),
  (2, 'us', 'female', 'Denise', 'M', 'Whitfield', 'OH', 1, 'rn', 'MSN, RN, CAE', 'Executive Director'),
  (3, 'mx', 'female', 'Marisol', 'A', 'Garza', 'TX', 13, 'staff', '', 'Membership Coordinator'),
  (4, 'us', 'male', 'Kevin', 'P', 'O''Connell', 'OH', 1, 'rn', 'DNP, RN, NPD-BC', 'Director of Education & CE'),
  (5, 'ng', 'female', 'Adaeze', 'C', 'Nwosu', 'GA', 21, 'staff', 'CMP', 'Events Manager'),
  (6, 'ph', 'female', 'Rowena', 'D', 'Bautista', 'OH', 7, 'staff', 'CPA', 'Finance & Operations Manager'),
  (7, 'aa', 'female', 'Tamika', 'R', 'Holloway', 'GA', 23, 'rn', 'BSN, RN', 'Georgia Chapter Coordinator'),
  (8, 'us', 'male', 'Bradley', 'J', 'Yoder', 'OH', 4, 'staff', '', 'Ohio Chapter Coordinator'),
  (9, 'kr', 'female', 'Soo-jin', '', 'Park', 'OH', 1, 'staff', '', 'Communications Manager'),
  (10, 'us', 'male', 'Jason', 'T', 'Miller', 'TX', 14, 'staff', '', 'Web Developer (contractor)')) v(i, c, sex, f, mi, l, st, ck, prof, cred, pos)
WHERE p.i = v.i;
UPDATE pgen.p p SET city = ct.city, county = ct.county, tz = ct.tz, zip = ct.zip3 || lpad((1 + fixture_gen.n('pzip', p.i, 60))::text, 2, '0'),
  ac = ct.ac[1], street = pgen.street(p.st, 'pstr', p.i), lic = CASE WHEN p.prof = 'rn' THEN 'RN.' || fixture_gen.digits('plic', p.i, 6) ELSE '' END, lic_state = CASE WHEN p.prof = 'rn' THEN p.st ELSE '' END,
  email = CASE WHEN p.i = 1 THEN 'webmaster@nanah.org' ELSE lower(substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last)) || '@' || p.emp_dom END,
  work_phone = CASE WHEN p.i = 10 THEN '(512) 473-8820' ELSE '(614) 221-' || (4470 + p.i) END, email2 = '',
  home_phone = CASE WHEN fixture_gen.n('phh', p.i, 100) < 40 THEN pgen.phone(ct.ac[1], 'phh', p.i) ELSE '' END, mobile = pgen.phone(ct.ac[1], 'phm', p.i),
  dob = date '1962-01-01' + fixture_gen.n('pdob', p.i, 365 * 28)
FROM pgen.ct ct WHERE ct.k = p.ck AND p.kind = 'staff';
UPDATE pgen.p SET first = 'NANAH', mi = '', last = 'Admin', mobile = '', home_phone = '' WHERE i = 1;

-- Duplicate emails get a digit.
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@')
FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Usernames as Tendenci spawns them (first initial and last name), some the
-- member's own choice or the email's local part; duplicates get a counter.
UPDATE pgen.p SET username = left(CASE WHEN kind = 'staff' THEN lower(substr(pgen.fold(first), 1, 1) || pgen.fold(last))
    WHEN fixture_gen.n('pun', i, 10) < 2 THEN pgen.fold(first) || pgen.fold(last)
    WHEN fixture_gen.n('pun', i, 10) = 2 THEN split_part(email, '@', 1)
    WHEN fixture_gen.n('pun', i, 10) = 3 THEN pgen.fold(first) || '.' || pgen.fold(last)
    ELSE substr(pgen.fold(first), 1, 1) || pgen.fold(last) END, 30);
UPDATE pgen.p SET username = 'admin' WHERE i = 1;
UPDATE pgen.p SET username = 'dwhitfield' WHERE i = 2;
UPDATE pgen.p SET username = 'jmiller.webdev' WHERE i = 10;
UPDATE pgen.p p SET username = p.username || d.rn::text
FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- Member numbers in joining order; members carried over from the former
-- database in 2015 keep its number as historical_member_number.
UPDATE pgen.p p SET member_no = (10000 + r.rn)::text FROM (SELECT i, row_number() OVER (ORDER BY joined, i) rn FROM pgen.p WHERE kind = 'member') r WHERE r.i = p.i;
UPDATE pgen.p SET hist_no = CASE WHEN kind = 'member' AND joined < '2015-03-01' THEN 'N' || lpad((1200 + fixture_gen.n('phist', i, 60000))::text, 6, '0') ELSE '' END;
UPDATE pgen.p p SET spouse = CASE WHEN fixture_gen.n('psp', p.i, 14) = 0 THEN
    (CASE WHEN p.sex = 'female' THEN cu.fm[1 + fixture_gen.n('psp1', p.i, cardinality(cu.fm))] ELSE cu.ff[1 + fixture_gen.n('psp1', p.i, cardinality(cu.ff))] END) || ' ' || p.last ELSE '' END,
  salutation = CASE WHEN fixture_gen.n('psal', p.i, 4) <> 0 THEN '' WHEN p.cred LIKE 'DNP%' THEN 'Dr.' WHEN p.sex = 'male' THEN 'Mr.' ELSE fixture_gen.pick(ARRAY['Ms.', 'Mrs.', 'Ms.'], 'psal2', p.i) END,
  yr_left = CASE WHEN p.c IN ('ph', 'ng', 'in') AND fixture_gen.n('pyl', p.i, 10) < 7 THEN greatest(extract(year FROM p.dob)::int + 22, 1994) + fixture_gen.n('pyl2', p.i, 12) END
FROM pgen.cu cu WHERE cu.c = p.c;
UPDATE pgen.p SET yr_left = NULL WHERE yr_left > 2023;

-- ---------------------------------------------------------------------------
-- Django's own tables.

CREATE TABLE django_migrations (
    id serial PRIMARY KEY,
    app varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);
INSERT INTO django_migrations (app, name, applied)
SELECT m.app, m.name, CASE m.wave WHEN 1 THEN timestamptz '2015-03-02 14:05:11-05' WHEN 2 THEN timestamptz '2017-06-20 22:41:37-04' WHEN 3 THEN timestamptz '2020-01-14 23:12:05-05'
    WHEN 4 THEN timestamptz '2022-07-19 22:30:48-04' ELSE timestamptz '2024-02-06 23:02:19-05' END + make_interval(secs => m.o * 0.37)
FROM (VALUES
  (1, 1, 'contenttypes', '0001_initial'), (1, 2, 'auth', '0001_initial'), (1, 3, 'admin', '0001_initial'), (1, 4, 'sessions', '0001_initial'), (1, 5, 'sites', '0001_initial'),
  (1, 6, 'tagging', '0001_initial'), (1, 7, 'entities', '0001_initial'), (1, 8, 'perms', '0001_initial'), (1, 9, 'categories', '0001_initial'), (1, 10, 'profiles', '0001_initial'),
  (1, 11, 'user_groups', '0001_initial'), (1, 12, 'invoices', '0001_initial'), (1, 13, 'payments', '0001_initial'), (1, 14, 'memberships', '0001_initial'),
  (1, 15, 'corporate_memberships', '0001_initial'), (1, 16, 'events', '0001_initial'), (1, 17, 'donations', '0001_initial'), (1, 18, 'forms', '0001_initial'),
  (1, 19, 'event_logs', '0001_initial'), (1, 20, 'site_settings', '0001_initial'), (1, 21, 'accountings', '0001_initial'), (1, 22, 'recurring_payments', '0001_initial'),
  (1, 23, 'make_payments', '0001_initial'), (1, 24, 'articles', '0001_initial'), (1, 25, 'news', '0001_initial'), (1, 26, 'pages', '0001_initial'), (1, 27, 'directories', '0001_initial'),
  (1, 28, 'jobs', '0001_initial'), (1, 29, 'emails', '0001_initial'), (1, 30, 'newsletters', '0001_initial'), (1, 31, 'files', '0001_initial'), (1, 32, 'photos', '0001_initial'),
  (1, 33, 'help_files', '0001_initial'),
  (2, 1, 'contenttypes', '0002_remove_content_type_name'), (2, 2, 'auth', '0002_alter_permission_name_max_length'), (2, 3, 'auth', '0003_alter_user_email_max_length'),
  (2, 4, 'auth', '0004_alter_user_username_opts'), (2, 5, 'auth', '0005_alter_user_last_login_null'), (2, 6, 'auth', '0006_require_contenttypes_0002'),
  (2, 7, 'auth', '0007_alter_validators_add_error_messages'), (2, 8, 'auth', '0008_alter_user_username_max_length'), (2, 9, 'sites', '0002_alter_domain_unique'),
  (2, 10, 'tagging', '0002_on_delete'), (2, 11, 'profiles', '0002_auto_20170516_1355'), (2, 12, 'memberships', '0002_auto_20170516_1355'),
  (2, 13, 'memberships', '0003_membershipdefault_application_abandoned'), (2, 14, 'events', '0002_auto_20170516_1355'), (2, 15, 'events', '0003_registrant_checked_in'),
  (2, 16, 'invoices', '0002_auto_20170516_1355'), (2, 17, 'forms', '0002_auto_20170516_1355'), (2, 18, 'site_settings', '0002_setting_is_secure'),
  (3, 1, 'admin', '0002_logentry_remove_auto_add'), (3, 2, 'admin', '0003_logentry_add_action_flag_choices'), (3, 3, 'auth', '0009_alter_user_last_name_max_length'),
  (3, 4, 'auth', '0010_alter_group_name_max_length'), (3, 5, 'auth', '0011_update_proxy_permissions'), (3, 6, 'tagging', '0003_adapt_max_tag_length'),
  (3, 7, 'profiles', '0003_auto_20191021_1705'), (3, 8, 'profiles', '0004_profile_alternate_address'), (3, 9, 'memberships', '0004_auto_20191021_1705'),
  (3, 10, 'memberships', '0005_membershipdefault_sig_user_group_ids'), (3, 11, 'events', '0004_auto_20191021_1705'), (3, 12, 'events', '0005_registrant_reminder'),
  (3, 13, 'invoices', '0003_invoice_is_void'), (3, 14, 'payments', '0002_auto_20191021_1705'), (3, 15, 'event_logs', '0002_auto_20191021_1705'),
  (3, 16, 'corporate_memberships', '0002_auto_20191021_1705'), (3, 17, 'explorer', '0001_initial'), (3, 18, 'explorer', '0002_auto_20150501_1515'),
  (3, 19, 'explorer', '0003_query_snapshot'), (3, 20, 'explorer', '0004_querylog_duration'), (3, 21, 'explorer', '0005_auto_20160105_2052'),
  (3, 22, 'explorer', '0006_query_connection'), (3, 23, 'explorer', '0007_querylog_connection'), (3, 24, 'explorer', '0008_auto_20190308_1642'),
  (4, 1, 'auth', '0012_alter_user_first_name_max_length'), (4, 2, 'profiles', '0005_auto_20220518_1120'), (4, 3, 'memberships', '0006_auto_20220518_1120'),
  (4, 4, 'events', '0006_auto_20220518_1120'), (4, 5, 'invoices', '0004_auto_20220518_1120'), (4, 6, 'payments', '0003_auto_20220518_1120'),
  (4, 7, 'donations', '0002_auto_20220518_1120'), (4, 8, 'forms', '0003_auto_20220518_1120'), (4, 9, 'explorer', '0009_auto_20201009_0547'),
  (4, 10, 'explorer', '0010_sql_required'), (4, 11, 'event_logs', '0003_auto_20220518_1120'),
  (5, 1, 'profiles', '0006_alter_profile_id'), (5, 2, 'memberships', '0007_alter_membershipdefault_id'), (5, 3, 'events', '0007_alter_registrant_id'),
  (5, 4, 'invoices', '0005_alter_invoice_id'), (5, 5, 'site_settings', '0003_alter_setting_id'), (5, 6, 'explorer', '0011_explorervalue'),
  (5, 7, 'explorer', '0012_alter_queryfavorite_options')) m(wave, o, app, name)
ORDER BY m.wave, m.o;

CREATE TABLE django_content_type (
    id serial PRIMARY KEY,
    app_label varchar(100) NOT NULL,
    model varchar(100) NOT NULL,
    CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model)
);
INSERT INTO django_content_type (app_label, model)
SELECT a, m FROM unnest(ARRAY[
  'contenttypes', 'auth', 'auth', 'auth', 'admin', 'sessions', 'sites', 'tagging', 'tagging', 'entities', 'perms', 'categories', 'categories',
  'profiles', 'user_groups', 'user_groups', 'invoices', 'payments', 'payments', 'memberships', 'memberships', 'memberships', 'memberships', 'memberships', 'memberships',
  'corporate_memberships', 'corporate_memberships', 'corporate_memberships', 'events', 'events', 'events', 'events', 'events', 'events',
  'donations', 'forms', 'forms', 'forms', 'forms', 'forms', 'event_logs', 'site_settings', 'accountings', 'accountings', 'accountings',
  'recurring_payments', 'make_payments', 'articles', 'news', 'pages', 'directories', 'jobs', 'emails', 'newsletters', 'files', 'photos', 'help_files', 'explorer', 'explorer'],
ARRAY[
  'contenttype', 'permission', 'group', 'user', 'logentry', 'session', 'site', 'tag', 'taggeditem', 'entity', 'objectpermission', 'category', 'categoryitem',
  'profile', 'group', 'groupmembership', 'invoice', 'payment', 'paymentmethod', 'membershiptype', 'membershipapp', 'membershipappfield', 'membershipdefault', 'membershipset', 'notice',
  'corpprofile', 'corpmembership', 'corpmembershiprep', 'event', 'place', 'registrationconfiguration', 'registration', 'registrant', 'type',
  'donation', 'form', 'field', 'formentry', 'fieldentry', 'pricing', 'eventlog', 'setting', 'acct', 'acctentry', 'accttran',
  'recurringpayment', 'makepayment', 'article', 'news', 'page', 'directory', 'job', 'email', 'newsletter', 'file', 'image', 'helpfile', 'query', 'querylog']) WITH ORDINALITY AS t(a, m, o)
ORDER BY o;
CREATE FUNCTION pgen.ctid(a text, m text) RETURNS int LANGUAGE sql STABLE AS $$ SELECT id FROM public.django_content_type WHERE app_label = a AND model = m $$;

CREATE TABLE auth_permission (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    codename varchar(100) NOT NULL,
    CONSTRAINT auth_permission_content_type_id_codename_01ab375a_uniq UNIQUE (content_type_id, codename)
);
INSERT INTO auth_permission (name, content_type_id, codename)
SELECT 'Can ' || a || ' ' || CASE ct.model WHEN 'logentry' THEN 'log entry' WHEN 'contenttype' THEN 'content type' WHEN 'objectpermission' THEN 'object permission'
      WHEN 'groupmembership' THEN 'group membership' WHEN 'membershipdefault' THEN 'membership' WHEN 'membershiptype' THEN 'membership type' WHEN 'membershipapp' THEN 'membership application'
      WHEN 'corpmembershiprep' THEN 'corp membership rep' WHEN 'corpprofile' THEN 'corp profile' WHEN 'corpmembership' THEN 'corp membership' WHEN 'eventlog' THEN 'event log'
      WHEN 'formentry' THEN 'form entry' WHEN 'fieldentry' THEN 'field entry' WHEN 'paymentmethod' THEN 'payment method' WHEN 'helpfile' THEN 'help file' ELSE ct.model END,
  ct.id, a || '_' || ct.model
FROM django_content_type ct CROSS JOIN unnest(ARRAY['add', 'change', 'delete', 'view']) WITH ORDINALITY AS x(a, o)
ORDER BY ct.id, x.o;

CREATE TABLE django_site (
    id serial PRIMARY KEY,
    domain varchar(100) NOT NULL UNIQUE,
    name varchar(50) NOT NULL
);
INSERT INTO django_site (domain, name) VALUES ('www.nanah.org', 'NANAH');

CREATE TABLE auth_group (
    id serial PRIMARY KEY,
    name varchar(150) NOT NULL UNIQUE
);
INSERT INTO auth_group (name) VALUES ('Admin'), ('Board of Directors'), ('Membership Committee'), ('Ohio Chapter'), ('Texas Chapter'), ('Georgia Chapter'),
  ('Conference Planning Committee 2024'), ('Nurse Educators SIG'), ('APRN SIG'), ('New Graduate Nurses SIG'), ('Newsletter Subscribers'), ('Corporate Representatives');

CREATE TABLE auth_user (
    id serial PRIMARY KEY,
    password varchar(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL,
    last_name varchar(150) NOT NULL,
    email varchar(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL
);
CREATE INDEX auth_user_username_6821ab7c_like ON auth_user (username varchar_pattern_ops);
-- Accounts: date_joined is when the account was created (members carried
-- over were imported on 2015-03-02); the hash's iteration count tells
-- which Django last rehashed it at a login.
CREATE TABLE pgen.u (i int PRIMARY KEY, date_joined timestamptz, last_login timestamptz, active boolean);
INSERT INTO pgen.u
SELECT i, CASE WHEN joined < '2015-03-02' THEN timestamptz '2015-03-02 16:20:00-05' + make_interval(secs => i * 3) ELSE joined END,
  CASE WHEN kind = 'staff' THEN pgen.at('ull', i, '2024-09-20', '2024-10-03 09:00')
       WHEN fixture_gen.n('ull0', i, 10) = 0 OR (kind = 'nonmember' AND fixture_gen.n('ull1', i, 3) > 0) THEN NULL
       ELSE pgen.at('ull', i, greatest(joined, '2015-03-02'), '2024-10-03 09:00') END,
  fixture_gen.n('uact', i, 30) <> 0 OR kind = 'staff'
FROM pgen.p;
INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined)
SELECT p.i,
  CASE WHEN u.last_login IS NULL AND (p.kind = 'nonmember' OR fixture_gen.n('upw0', p.i, 3) = 0) THEN pgen.unusable('upw', p.i)
       WHEN u.last_login IS NULL OR u.last_login < '2017-06-21' THEN pgen.djpw('upw', p.i, 20000)
       WHEN u.last_login < '2020-01-15' THEN pgen.djpw('upw', p.i, 36000)
       WHEN u.last_login < '2022-07-20' THEN pgen.djpw('upw', p.i, 150000)
       WHEN u.last_login < '2024-02-07' THEN pgen.djpw('upw', p.i, 260000)
       ELSE pgen.djpw('upw', p.i, 600000) END,
  u.last_login, p.i IN (1, 2, 10), p.username, p.first, p.last, p.email, p.kind = 'staff', u.active, u.date_joined
FROM pgen.p p JOIN pgen.u u ON u.i = p.i ORDER BY p.i;

CREATE TABLE auth_user_groups (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    group_id integer NOT NULL REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT auth_user_groups_user_id_group_id_94350c0c_uniq UNIQUE (user_id, group_id)
);
INSERT INTO auth_user_groups (user_id, group_id)
SELECT user_id, group_id FROM (
  SELECT i AS user_id, 1 AS group_id FROM pgen.p WHERE i IN (1, 2, 3, 5, 6, 9, 10)
  UNION SELECT i, 2 FROM pgen.p WHERE kind = 'member' AND fixture_gen.n('ugb', i, 40) = 0
  UNION SELECT i, 3 FROM pgen.p WHERE kind = 'member' AND fixture_gen.n('ugm', i, 45) = 0
  UNION SELECT i, CASE st WHEN 'OH' THEN 4 WHEN 'TX' THEN 5 ELSE 6 END FROM pgen.p WHERE kind = 'member' AND fixture_gen.n('ugc', i, 6) = 0
  UNION SELECT i, 7 FROM pgen.p WHERE (kind = 'member' AND st = 'GA' AND fixture_gen.n('ugk', i, 12) = 0) OR i IN (5, 7)
  UNION SELECT i, 8 FROM pgen.p WHERE kind = 'member' AND position LIKE '%Educator%'
  UNION SELECT i, 9 FROM pgen.p WHERE kind = 'member' AND prof = 'aprn' AND fixture_gen.n('uga', i, 3) = 0
  UNION SELECT i, 10 FROM pgen.p WHERE kind = 'member' AND prof = 'student') g
ORDER BY user_id, group_id;

CREATE TABLE tagging_tag (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL UNIQUE
);
INSERT INTO tagging_tag (name) VALUES ('conference'), ('CE'), ('contact hours'), ('advocacy'), ('legislative day'), ('Ohio'), ('Texas'), ('Georgia'), ('APRN'),
  ('new grads'), ('scholarship'), ('workplace violence'), ('staffing ratios'), ('sepsis'), ('pharmacology'), ('webinar'), ('nurse wellbeing'), ('nurses week'),
  ('compact licensure'), ('volunteer');

CREATE TABLE tagging_taggeditem (
    id serial PRIMARY KEY,
    tag_id integer NOT NULL REFERENCES tagging_tag (id) DEFERRABLE INITIALLY DEFERRED,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    object_id integer NOT NULL CHECK (object_id >= 0),
    CONSTRAINT tagging_taggeditem_tag_id_content_type_id_object_id_uniq UNIQUE (tag_id, content_type_id, object_id)
);
INSERT INTO tagging_taggeditem (tag_id, content_type_id, object_id)
SELECT DISTINCT 1 + fixture_gen.n('tgt', k, 20), pgen.ctid(x.a, x.m), 1 + fixture_gen.n('tgo', k, x.mx)
FROM generate_series(1, 48) k
CROSS JOIN LATERAL (SELECT (ARRAY['events', 'articles', 'news', 'pages', 'events', 'news'])[1 + k % 6] AS a, (ARRAY['event', 'article', 'news', 'page', 'event', 'news'])[1 + k % 6] AS m,
                           (ARRAY[31, 64, 118, 22, 31, 118])[1 + k % 6] AS mx) x
ORDER BY 2, 3, 1;

CREATE TABLE categories_category (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL
);
INSERT INTO categories_category (name) VALUES ('Clinical Practice'), ('Continuing Education'), ('Advocacy & Policy'), ('Chapter News'), ('Conference'),
  ('Workforce & Staffing'), ('Member Spotlight'), ('Scholarships'), ('Allied Health'), ('Patient Safety'), ('Career Center'), ('Nurses Week');

-- ---------------------------------------------------------------------------
-- Profiles (tendenci.apps.profiles: Person and Profile on TendenciBaseModel).

CREATE TABLE profiles_profile (
    id serial PRIMARY KEY,
    guid varchar(40) NOT NULL,
    allow_anonymous_view boolean NOT NULL,
    allow_user_view boolean NOT NULL,
    allow_member_view boolean NOT NULL,
    allow_user_edit boolean NOT NULL,
    allow_member_edit boolean NOT NULL,
    create_dt timestamp with time zone NOT NULL,
    update_dt timestamp with time zone NOT NULL,
    creator_username varchar(150) NOT NULL,
    owner_username varchar(150) NOT NULL,
    status boolean NOT NULL,
    status_detail varchar(50) NOT NULL,
    phone varchar(50) NOT NULL,
    address varchar(150) NOT NULL,
    address2 varchar(100) NOT NULL,
    member_number varchar(50) NOT NULL,
    city varchar(50) NOT NULL,
    state varchar(50) NOT NULL,
    zipcode varchar(50) NOT NULL,
    county varchar(50) NOT NULL,
    country varchar(255) NOT NULL,
    address_2 varchar(150) NOT NULL,
    address2_2 varchar(100) NOT NULL,
    city_2 varchar(50) NOT NULL,
    state_2 varchar(50) NOT NULL,
    zipcode_2 varchar(50) NOT NULL,
    county_2 varchar(50) NOT NULL,
    country_2 varchar(255) NOT NULL,
    url varchar(100) NOT NULL,
    time_zone varchar(100) NOT NULL,
    language varchar(10) NOT NULL,
    email varchar(200) NOT NULL,
    pl_id integer NOT NULL,
    historical_member_number varchar(50) NOT NULL,
    salutation varchar(15) NOT NULL,
    initials varchar(50) NOT NULL,
    display_name varchar(120) NOT NULL,
    mailing_name varchar(120) NOT NULL,
    company varchar(100) NOT NULL,
    position_title varchar(50) NOT NULL,
    position_assignment varchar(50) NOT NULL,
    sex varchar(50) NOT NULL,
    address_type varchar(50) NOT NULL,
    phone2 varchar(50) NOT NULL,
    fax varchar(50) NOT NULL,
    work_phone varchar(50) NOT NULL,
    home_phone varchar(50) NOT NULL,
    mobile_phone varchar(50) NOT NULL,
    pager varchar(50) NOT NULL,
    email2 varchar(200) NOT NULL,
    url2 varchar(100) NOT NULL,
    dob date,
    ssn varchar(50) NOT NULL,
    spouse varchar(50) NOT NULL,
    department varchar(50) NOT NULL,
    education varchar(100) NOT NULL,
    student integer,
    remember_login boolean NOT NULL,
    exported boolean NOT NULL,
    direct_mail boolean NOT NULL,
    notes text NOT NULL,
    admin_notes text NOT NULL,
    referral_source varchar(50) NOT NULL,
    hide_in_search boolean NOT NULL,
    hide_address boolean NOT NULL,
    hide_email boolean NOT NULL,
    hide_phone boolean NOT NULL,
    first_responder boolean NOT NULL,
    agreed_to_tos boolean NOT NULL,
    original_username varchar(50) NOT NULL,
    is_billing_address boolean NOT NULL,
    is_billing_address_2 boolean NOT NULL,
    account_id integer,
    creator_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL UNIQUE REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    entity_id integer,
    region_id integer,
    industry_id integer
);
CREATE INDEX profiles_profile_creator_id_idx ON profiles_profile (creator_id);
CREATE INDEX profiles_profile_owner_id_idx ON profiles_profile (owner_id);

-- Who created the account: the member (signup, membership application), the
-- registration or donation form (the person), or staff adding them by hand.
CREATE TABLE pgen.cr (i int PRIMARY KEY, cid int, cname text);
INSERT INTO pgen.cr
SELECT p.i, c.i, c.username FROM pgen.p p
JOIN pgen.p c ON c.i = CASE WHEN p.joined < '2015-03-02' THEN 1 WHEN p.kind = 'staff' THEN CASE WHEN p.i <= 2 THEN p.i ELSE 2 END
                            WHEN fixture_gen.n('pcr', p.i, 8) = 0 THEN 3 ELSE p.i END;

INSERT INTO profiles_profile
SELECT p.i, fixture_gen.uuid('prguid', p.i), false, false, p.kind = 'member' AND fixture_gen.n('pmv', p.i, 3) = 0, false, false,
  u.date_joined, u.date_joined + make_interval(days => fixture_gen.n('pupd', p.i, greatest(1, (date '2024-10-02' - u.date_joined::date)))) + make_interval(secs => fixture_gen.n('pupds', p.i, 86000)),
  cr.cname, p.username, true, CASE WHEN u.active THEN 'active' ELSE 'inactive' END,
  CASE WHEN p.mobile <> '' THEN p.mobile WHEN p.home_phone <> '' THEN p.home_phone ELSE p.work_phone END,
  p.street, p.street2, coalesce(p.member_no, ''), p.city,
  CASE fixture_gen.n('pstf', p.i, 20) WHEN 0 THEN (SELECT state FROM pgen.ct WHERE k = p.ck) WHEN 1 THEN (SELECT state FROM pgen.ct WHERE k = p.ck) WHEN 2 THEN lower(p.st) WHEN 3 THEN initcap(p.st) ELSE p.st END,
  CASE WHEN fixture_gen.n('pz4', p.i, 8) = 0 THEN p.zip || '-' || fixture_gen.digits('pz4', p.i, 4) ELSE p.zip END,
  CASE WHEN fixture_gen.n('pcty', p.i, 5) < 2 THEN p.county ELSE '' END,
  fixture_gen.pick(ARRAY['USA', 'United States', 'United States', 'USA', '', 'US', 'United States of America'], 'pcnt', p.i),
  '', '', '', '', '', '', '',
  CASE WHEN fixture_gen.n('purl', p.i, 20) = 0 THEN 'https://www.linkedin.com/in/' || lower(pgen.fold(p.first) || '-' || pgen.fold(p.last)) || CASE WHEN fixture_gen.n('purl2', p.i, 2) = 0 THEN '-' || lower(split_part(p.cred, ',', 1)) ELSE '-' || pgen.lowr('purl3', p.i, 8) END ELSE '' END,
  coalesce(p.tz, 'America/New_York'), 'en', p.email, 1, coalesce(p.hist_no, ''), p.salutation, p.mi,
  CASE WHEN fixture_gen.n('pdn', p.i, 10) < 3 THEN CASE WHEN p.first IN ('Jennifer', 'Katherine', 'Rebecca', 'Christopher', 'Matthew', 'Joshua', 'Elizabeth', 'Maria Cristina', 'Ma. Teresa', 'Oluwaseun', 'Babatunde', 'Guadalupe', 'Oluwakemi')
         THEN (CASE p.first WHEN 'Jennifer' THEN 'Jenny' WHEN 'Katherine' THEN 'Katie' WHEN 'Rebecca' THEN 'Becky' WHEN 'Christopher' THEN 'Chris' WHEN 'Matthew' THEN 'Matt' WHEN 'Joshua' THEN 'Josh'
           WHEN 'Elizabeth' THEN 'Liz' WHEN 'Maria Cristina' THEN 'Tina' WHEN 'Ma. Teresa' THEN 'Tess' WHEN 'Oluwaseun' THEN 'Seun' WHEN 'Babatunde' THEN 'Tunde' WHEN 'Guadalupe' THEN 'Lupe' ELSE 'Kemi' END) || ' ' || p.last
         ELSE p.first || ' ' || p.last END ELSE '' END,
  CASE WHEN fixture_gen.n('pmn', p.i, 10) < 3 AND p.cred <> '' THEN p.first || CASE WHEN p.mi <> '' THEN ' ' || p.mi || '.' ELSE '' END || ' ' || p.last || ', ' || p.cred ELSE '' END,
  left(coalesce(p.employer, ''), 100), left(coalesce(p.position, ''), 50),
  CASE WHEN fixture_gen.n('ppa', p.i, 4) = 0 AND p.kind <> 'staff' AND p.prof <> 'student' THEN left(fixture_gen.pick(ARRAY['Nights - ', 'Days - ', 'PRN - ', 'Weekends - ', ''], 'ppa2', p.i) || coalesce(p.unit, ''), 50) ELSE '' END,
  CASE WHEN fixture_gen.n('psx', p.i, 12) = 0 THEN '' ELSE p.sex END,
  CASE WHEN fixture_gen.n('pat', p.i, 3) = 0 THEN 'home' ELSE '' END,
  CASE WHEN fixture_gen.n('pph2', p.i, 10) = 0 THEN pgen.phone(p.ac, 'pph2', p.i) ELSE '' END,
  CASE WHEN fixture_gen.n('pfax', p.i, 30) = 0 THEN '(' || p.ac || ') ' || (201 + fixture_gen.n('pfx', p.i, 780)) || '-' || fixture_gen.digits('pfxl', p.i, 4) ELSE '' END,
  p.work_phone, p.home_phone, p.mobile,
  CASE WHEN fixture_gen.n('ppg', p.i, 30) = 0 AND p.kind = 'member' THEN p.ac || '-' || (201 + fixture_gen.n('ppgx', p.i, 780)) || '-' || fixture_gen.digits('ppgl', p.i, 4) ELSE '' END,
  coalesce(p.email2, ''), '',
  CASE WHEN fixture_gen.n('pdobn', p.i, 4) = 0 AND p.kind <> 'staff' THEN NULL ELSE p.dob END,
  CASE WHEN p.hist_no <> '' AND fixture_gen.n('pssn', p.i, 5) = 0 THEN fixture_gen.ssn('pssn', p.i) ELSE '' END,
  coalesce(p.spouse, ''),
  CASE WHEN fixture_gen.n('pdep', p.i, 2) = 0 THEN coalesce(left(p.unit, 50), '') ELSE '' END,
  CASE WHEN fixture_gen.n('pedu0', p.i, 10) < 3 THEN '' ELSE coalesce(p.edu, '') END,
  CASE WHEN p.prof = 'student' THEN 1 WHEN fixture_gen.n('pstu', p.i, 3) = 0 THEN NULL ELSE 0 END,
  false, false, fixture_gen.n('pdm', p.i, 5) < 3,
  '', '',
  CASE WHEN p.kind <> 'member' THEN '' ELSE fixture_gen.pick(ARRAY['', '', 'Colleague', 'Colleague', 'Employer', 'Nursing school', 'Conference', 'Google search', 'Facebook', 'LinkedIn', 'Board of Nursing mailing', 'Other'], 'pref', p.i) END,
  fixture_gen.n('phis', p.i, 15) = 0, fixture_gen.n('phad', p.i, 10) < 8, fixture_gen.n('phem', p.i, 10) < 4, fixture_gen.n('phph', p.i, 10) < 6,
  p.prof = 'nrp' OR (p.unit IN ('Emergency Department', 'Trauma') AND fixture_gen.n('pfr', p.i, 2) = 0),
  u.date_joined > '2018-05-01',
  CASE WHEN fixture_gen.n('pou', p.i, 12) = 0 THEN '' WHEN fixture_gen.n('pou', p.i, 12) = 1 THEN left(split_part(p.email, '@', 1), 50) ELSE p.username END,
  true, false, NULL, cr.cid, p.i, p.i, 1,
  CASE WHEN fixture_gen.n('preg', p.i, 3) = 0 THEN NULL ELSE CASE p.st WHEN 'OH' THEN 1 WHEN 'TX' THEN 2 ELSE 3 END END,
  CASE WHEN fixture_gen.n('pind', p.i, 2) = 0 THEN NULL ELSE 1 + fixture_gen.n('pind2', p.i, 4) END
FROM pgen.p p JOIN pgen.u u ON u.i = p.i JOIN pgen.cr cr ON cr.i = p.i
ORDER BY p.i;

-- Alternate addresses: travel nurses' assignment housing, a work address,
-- or a second home across the state line.
UPDATE profiles_profile pr SET address_2 = pgen.street(ct.st, 'palt', pr.id), address2_2 = pgen.street2('palt2', pr.id), city_2 = ct.city, state_2 = ct.st,
  zipcode_2 = ct.zip3 || lpad((1 + fixture_gen.n('paltz', pr.id, 60))::text, 2, '0'), county_2 = '', country_2 = 'USA',
  is_billing_address = fixture_gen.n('palb', pr.id, 3) <> 0, is_billing_address_2 = fixture_gen.n('palb', pr.id, 3) = 0
FROM pgen.p p JOIN pgen.ct ct ON ct.k = (ARRAY[1, 2, 3, 11, 12, 13, 14, 21, 24, 25, 15, 18])[1 + fixture_gen.n('palk', p.i, 12)]
WHERE p.i = pr.id AND p.kind <> 'staff' AND (p.position = 'Travel Nurse' OR p.employer LIKE '%Healthcare' OR fixture_gen.n('palt', p.i, 14) = 0);

-- What members wrote about themselves, and staff notes.
UPDATE profiles_profile pr SET notes = CASE fixture_gen.n('pnote', pr.id, 10)
    WHEN 0 THEN 'Interested in mentoring new graduate nurses in the ' || pr.city || ' area.'
    WHEN 1 THEN 'Please send all mail to my PO Box ' || (100 + fixture_gen.n('pbox', pr.id, 3800)) || ', ' || pr.city || ', ' || p.st || ' ' || p.zip || ' - packages get stolen at my apartment.'
    WHEN 2 THEN 'I work nights, so text me at ' || coalesce(nullif(p.mobile, ''), p.home_phone) || ' rather than calling before 2pm.'
    WHEN 3 THEN 'Would like to volunteer for the ' || CASE p.st WHEN 'OH' THEN 'Ohio' WHEN 'TX' THEN 'Texas' ELSE 'Georgia' END || ' chapter legislative committee.'
    WHEN 4 THEN 'Former NANAH scholarship recipient (2019). Now precepting students at ' || coalesce(nullif(p.employer, ''), 'my hospital') || '.'
    WHEN 5 THEN 'Bilingual (English/' || CASE p.c WHEN 'mx' THEN 'Spanish' WHEN 'ph' THEN 'Tagalog' WHEN 'kr' THEN 'Korean' WHEN 'ng' THEN 'Yoruba' WHEN 'in' THEN 'Malayalam' ELSE 'Spanish' END || '), happy to help with outreach.'
    WHEN 6 THEN 'My married name is ' || p.last || '; I was ' || p.first || ' ' || fixture_gen.pick(ARRAY['Howard', 'Reyes', 'Okoro', 'Nguyen', 'Stein', 'Patel'], 'pmaid', pr.id) || ' on my nursing license until 2021.'
    ELSE 'Speaker topics: ' || fixture_gen.pick(ARRAY['sepsis recognition', 'safe patient handling', 'delirium in the ICU', 'breastfeeding support', 'de-escalation', 'pressure injury prevention'], 'ptop', pr.id) || '.' END
FROM pgen.p p WHERE p.i = pr.id AND p.kind = 'member' AND fixture_gen.n('pnote0', pr.id, 9) = 0;
UPDATE profiles_profile pr SET admin_notes = CASE fixture_gen.n('pan', pr.id, 8)
    WHEN 0 THEN 'Called ' || to_char(pgen.at('pan1', pr.id, '2019-01-01', '2024-09-01'), 'FMMM/FMDD/YYYY') || ': moving to ' || fixture_gen.pick(ARRAY['Dallas', 'Savannah', 'Cincinnati', 'Houston', 'Marietta'], 'pan2', pr.id) || ' in June, will send new address.'
    WHEN 1 THEN 'Duplicate account ' || lower(substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last)) || '_old merged into this one.'
    WHEN 2 THEN 'Requested paper renewal notices only - no email. Mailing to home address.'
    WHEN 3 THEN 'Dues paid by ' || coalesce(nullif(p.employer, ''), 'employer') || ' through ' || to_char(pgen.at('pan1', pr.id, '2023-01-01', '2025-06-01'), 'FMMM/YYYY') || '; contact their education coordinator for renewals.'
    WHEN 4 THEN 'Board of Nursing license lookup verified ' || to_char(pgen.at('pan1', pr.id, '2020-01-01', '2024-09-01'), 'FMMM/FMDD/YY') || ' (' || coalesce(nullif(p.lic, ''), 'no license on file') || ').'
    WHEN 5 THEN 'Member was on medical leave 2022 - dues waived by ED (DW).'
    WHEN 6 THEN 'Husband ' || CASE WHEN p.spouse <> '' THEN p.spouse ELSE 'Mike' END || ' called to ask about lifetime membership pricing.'
    ELSE 'Returned mail ' || to_char(pgen.at('pan1', pr.id, '2018-01-01', '2024-09-01'), 'FMMM/YYYY') || ' - address bad. Emailed for update.' END
FROM pgen.p p WHERE p.i = pr.id AND p.kind = 'member' AND fixture_gen.n('pan0', pr.id, 8) = 0;

-- ---------------------------------------------------------------------------
-- What members bought: membership periods, event registrations, donations.
-- Staged first so that invoices can be numbered in the order they were made.

-- Membership types (memberships_membershiptype, not in this fixture):
-- 1 Registered Nurse $165, 2 LPN/LVN $95, 3 Allied Health Professional
-- $110, 4 Student $35, 5 Retired $60, 6 Corporate (hospital-paid) $0.
-- Corporate profiles (corporate_memberships_corpprofile): 1 OSU Wexner,
-- 2 Cleveland Clinic, 3 Houston Methodist, 4 Parkland, 5 Emory, 6 Grady,
-- 7 Wellstar Kennestone, 8 University Health.
CREATE TABLE pgen.corp (emp int PRIMARY KEY, corp int);
INSERT INTO pgen.corp VALUES (1, 1), (4, 2), (21, 3), (27, 4), (41, 5), (42, 6), (45, 7), (29, 8);

CREATE TABLE pgen.ms (k serial PRIMARY KEY, i int, per int, start timestamptz, expire timestamptz, created timestamptz, renewal boolean, last boolean,
  mtype int, price numeric(15,2), sd text, pm int, corp int, donation numeric(15,2), paid_at timestamptz, approver int, id int, prev int, set_id int, imp boolean);
WITH b AS (
  SELECT i, joined AS j, floor(extract(epoch FROM (timestamptz '2024-10-03' - joined)) / 31557600)::int + 1 AS np FROM pgen.p WHERE kind = 'member'
), l AS (
  SELECT i, j, np, CASE WHEN fixture_gen.n('mcont', i, 10) < 7 THEN np ELSE 1 + fixture_gen.n('mlen', i, np) END AS nl FROM b
)
INSERT INTO pgen.ms (i, per, start, expire, renewal, last)
SELECT l.i, per, l.j + make_interval(years => per), l.j + make_interval(years => per + 1), per > 0, per = l.nl - 1
FROM l CROSS JOIN LATERAL generate_series(greatest(0, l.nl - 2), l.nl - 1) per
WHERE l.j + make_interval(years => per + 1) > '2015-03-02'
ORDER BY l.i, per;

UPDATE pgen.ms m SET
  mtype = CASE WHEN p.prof = 'student' THEN 4 WHEN p.dob < '1962-01-01' AND m.i % 3 = 0 THEN 5
               WHEN c.corp IS NOT NULL AND fixture_gen.n('mcorp', m.i, 3) = 0 THEN 6 WHEN p.prof IN ('rn', 'aprn') THEN 1 WHEN p.prof = 'lpn' THEN 2 ELSE 3 END,
  corp = CASE WHEN c.corp IS NOT NULL AND fixture_gen.n('mcorp', m.i, 3) = 0 AND p.prof <> 'student' AND NOT (p.dob < '1962-01-01' AND m.i % 3 = 0) THEN c.corp END,
  created = CASE WHEN NOT m.renewal THEN greatest(m.start, '2015-03-02 16:20:00-05') ELSE m.start - make_interval(days => fixture_gen.n('mren', m.k, 40), secs => fixture_gen.n('mrens', m.k, 86000)) END,
  donation = CASE WHEN fixture_gen.n('mdon', m.k, 9) = 0 THEN (ARRAY[10, 25, 25, 50])[1 + fixture_gen.n('mdon2', m.k, 4)] ELSE 0 END
FROM pgen.p p LEFT JOIN pgen.corp c ON c.emp = p.emp WHERE p.i = m.i;
-- Periods that started before the site went live were imported on
-- 2015-03-02, without invoices.
UPDATE pgen.ms SET imp = start < '2015-03-02 16:20:00-05',
  created = CASE WHEN start < '2015-03-02 16:20:00-05' THEN timestamptz '2015-03-02 16:20:00-05' + make_interval(secs => k)
                 ELSE greatest(created, timestamptz '2015-03-03 09:00:00-05' + make_interval(mins => k % 5000)) END;
UPDATE pgen.ms SET price = (ARRAY[165, 95, 110, 35, 60, 0])[mtype],
  sd = CASE WHEN NOT last THEN 'archive'
            WHEN created > '2024-09-12' AND fixture_gen.n('mpend', k, 2) = 0 THEN 'pending'
            WHEN NOT renewal AND fixture_gen.n('mdis', k, 60) = 0 THEN 'disapproved'
            WHEN expire > '2024-10-03' THEN 'active' ELSE 'expired' END,
  pm = CASE WHEN mtype = 6 THEN NULL WHEN fixture_gen.n('mpm', k, 100) < CASE WHEN created < '2021-06-15' THEN 78 ELSE 88 END THEN 1 ELSE 2 END,
  approver = CASE WHEN renewal THEN i WHEN created < '2019-05-01' THEN 2 ELSE 3 END;
UPDATE pgen.ms SET donation = 0, pm = NULL WHERE mtype = 6 OR imp;
UPDATE pgen.ms SET approver = 1 WHERE imp;
UPDATE pgen.ms SET paid_at = CASE WHEN sd IN ('pending', 'disapproved') OR mtype = 6 OR imp THEN NULL WHEN pm = 1 THEN created + make_interval(secs => 40 + fixture_gen.n('mpay', k, 600))
                                  ELSE created + make_interval(days => 3 + fixture_gen.n('mpay', k, 18), secs => fixture_gen.n('mpays', k, 30000)) END;
UPDATE pgen.ms SET pm = 1 WHERE sd = 'pending' AND pm IS NOT NULL;
UPDATE pgen.ms m SET id = r.rn FROM (SELECT k, row_number() OVER (ORDER BY created, k) rn FROM pgen.ms) r WHERE r.k = m.k;
UPDATE pgen.ms m SET set_id = r.rn FROM (SELECT k, row_number() OVER (ORDER BY created, k) rn FROM pgen.ms WHERE mtype <> 6 AND NOT imp) r WHERE r.k = m.k;
UPDATE pgen.ms m SET prev = q.id FROM pgen.ms q WHERE q.i = m.i AND q.per = m.per - 1 AND m.renewal;

-- Events (events_event, not in this fixture) and their registrations.
CREATE TABLE pgen.ev (id int PRIMARY KEY, title text, start_dt timestamptz, mprice numeric(15,2), nprice numeric(15,2), lo timestamptz, hi timestamptz, n int, conf boolean);
INSERT INTO pgen.ev VALUES
 (12, '2022 Annual Conference & CE Summit', '2022-10-13 08:00-04', 325, 425, '2022-06-01', '2022-10-10', 70, true),
 (15, 'Sepsis Bundle Update: SEP-1 in 2023 (1.5 contact hours) - Webinar', '2023-03-09 12:00-05', 25, 40, '2023-02-01', '2023-03-09 11:00-05', 30, false),
 (19, '2023 Annual Conference & CE Summit', '2023-10-19 08:00-05', 345, 445, '2023-05-15', '2023-10-16', 80, true),
 (21, 'Georgia Chapter Legislative Day at the Capitol', '2024-02-21 08:30-05', 0, 15, '2024-01-05', '2024-02-19', 20, false),
 (23, 'Pharmacology Update for APRNs (6.0 contact hours incl. 2.0 pharmacology)', '2024-04-13 08:00-04', 95, 140, '2024-02-15', '2024-04-11', 25, false),
 (24, 'Workplace Violence Prevention Workshop - Texas Chapter', '2024-05-18 09:00-05', 45, 75, '2024-03-20', '2024-05-16', 20, false),
 (25, 'New Graduate Nurse Residency Panel (virtual)', '2024-07-11 18:00-04', 0, 0, '2024-06-10', '2024-07-11 16:00-04', 20, false),
 (26, 'Nurses Week 2024 Celebration Luncheon - Ohio Chapter', '2024-05-08 11:30-04', 20, 30, '2024-04-01', '2024-05-06', 25, false),
 (27, '2024 Annual Conference & CE Summit', '2024-10-17 08:00-04', 365, 465, '2024-05-01', '2024-10-02', 90, true);

CREATE TABLE pgen.rg (k int PRIMARY KEY, ev int, i int, i2 int, created timestamptz, amount numeric(15,2), pm int, canceled boolean, company text, po text, id int);
INSERT INTO pgen.rg (k, ev, i, i2, created)
SELECT e.id * 1000 + g.q, e.id, 11 + ((g.q * 37 + e.id * 101) % 510),
  CASE WHEN e.conf AND fixture_gen.n('rgg', e.id * 1000 + g.q, 8) = 0 THEN 11 + ((g.q * 37 + e.id * 101 + 255) % 510) END,
  pgen.at('rgc', e.id * 1000 + g.q, e.lo, e.hi)
FROM pgen.ev e CROSS JOIN LATERAL generate_series(0, e.n - 1) g(q);
CREATE TABLE pgen.rr (id int, rgk int, i int, prim boolean, price numeric(15,2), discount numeric(15,2), pricing int);
INSERT INTO pgen.rr (rgk, i, prim, price, discount, pricing)
SELECT r.k, x.i, x.prim, CASE WHEN x.i <= 460 THEN e.mprice ELSE e.nprice END,
  CASE WHEN e.conf AND r.created < e.lo + interval '45 days' THEN 25 ELSE 0 END,
  e.id * 2 - CASE WHEN x.i <= 460 THEN 1 ELSE 0 END
FROM pgen.rg r JOIN pgen.ev e ON e.id = r.ev
CROSS JOIN LATERAL (VALUES (r.i, true), (r.i2, false)) x(i, prim) WHERE x.i IS NOT NULL;
UPDATE pgen.rg r SET amount = s.a, pm = CASE WHEN s.a = 0 THEN NULL WHEN r.i2 IS NOT NULL OR fixture_gen.n('rgpm', r.k, 100) >= 86 THEN 2 ELSE 1 END,
  canceled = fixture_gen.n('rgcan', r.k, 25) = 0
FROM (SELECT rgk, sum(price - discount) a FROM pgen.rr GROUP BY rgk) s WHERE s.rgk = r.k;
UPDATE pgen.rg r SET company = CASE WHEN r.pm = 2 AND p.employer <> '' THEN p.employer ELSE '' END,
  po = CASE WHEN r.pm = 2 AND p.employer <> '' AND fixture_gen.n('rgpo', r.k, 3) > 0 THEN '4500' || fixture_gen.digits('rgpo', r.k, 6) ELSE '' END
FROM pgen.p p WHERE p.i = r.i;
UPDATE pgen.rg r SET id = x.rn FROM (SELECT k, row_number() OVER (ORDER BY created, k) rn FROM pgen.rg) x WHERE x.k = r.k;
UPDATE pgen.rr r SET id = x.rn FROM (SELECT rr.rgk, rr.i, row_number() OVER (ORDER BY rg.created, rg.k, NOT rr.prim) rn FROM pgen.rr rr JOIN pgen.rg rg ON rg.k = rr.rgk) x
WHERE x.rgk = r.rgk AND x.i = r.i;

-- Donations: the scholarship fund, the nurses relief fund, the conference.
CREATE TABLE pgen.dn (k int PRIMARY KEY, i int, created timestamptz, amount numeric(15,2), allocation text, pm int, comments text, ref text, id int);
INSERT INTO pgen.dn (k, i, created, amount, allocation, pm, ref)
SELECT k, 11 + ((k * 53 + 17) % 510),
  CASE WHEN k % 5 = 0 THEN pgen.at('dnc', k, (2016 + k % 9 || '-11-25')::timestamptz, (2016 + k % 9 || '-12-31')::timestamptz)
       WHEN k % 5 = 1 THEN pgen.at('dnc', k, (2016 + k % 9 || '-05-01')::timestamptz, (2016 + k % 9 || '-05-20')::timestamptz)
       ELSE pgen.at('dnc', k, '2016-01-15', '2024-09-30') END,
  (ARRAY[25, 25, 50, 50, 50, 100, 100, 150, 250, 500, 1000, 35])[1 + fixture_gen.n('dna', k, 12)],
  fixture_gen.pick(ARRAY['Scholarship Fund', 'Scholarship Fund', 'Nurses Relief Fund', 'Where needed most', 'Where needed most', 'Annual Conference', 'Advocacy Fund'], 'dnal', k),
  CASE WHEN fixture_gen.n('dnpm', k, 100) < 85 THEN 1 ELSE 2 END,
  fixture_gen.pick(ARRAY['', '', 'Email', 'Conference', 'Website', 'Newsletter', 'Friend'], 'dnref', k)
FROM generate_series(1, 110) k;
UPDATE pgen.dn d SET created = '2024-09-30 17:12:00-04' WHERE created > '2024-10-02';
UPDATE pgen.dn d SET comments = CASE fixture_gen.n('dncm', d.k, 9)
    WHEN 0 THEN 'In memory of my mother, ' || fixture_gen.pick(ARRAY['Rosa Treviño', 'Evelyn Carter', 'Perla Santos', 'Grace Okonkwo', 'Mary Alice Whitaker', 'Sun-hee Kim'], 'dnm', d.k) || ', RN, who nursed for 40 years.'
    WHEN 1 THEN 'In honor of the night shift on ' || coalesce(nullif(p.unit, ''), '5 West') || ' at ' || coalesce(nullif(p.employer, ''), 'our hospital') || '.'
    WHEN 2 THEN 'In memory of ' || fixture_gen.pick(ARRAY['Deborah Hensley', 'Marcus Jenkins', 'Jocelyn Reyes', 'Tunde Balogun', 'Linda Schneider'], 'dnm', d.k) || ', our colleague and friend. Please notify the family: ' || fixture_gen.pick(ARRAY['Tom Hensley', 'Angela Jenkins', 'Arnel Reyes', 'Funmi Balogun', 'Karl Schneider'], 'dnm', d.k) || ', ' || pgen.street(p.st, 'dnfam', d.k) || ', ' || p.city || ', ' || p.st || '.'
    WHEN 3 THEN 'For the scholarship - my daughter ' || fixture_gen.pick(ARRAY['Kayla', 'Maria', 'Ada', 'Priya', 'Hannah'], 'dnd', d.k) || ' got one in 2019 and it made nursing school possible.'
    WHEN 4 THEN 'Matching gift through ' || coalesce(nullif(p.employer, ''), 'my employer') || ' - form to follow.'
    ELSE 'Thank you for all you do for nurses.' END
FROM pgen.p p WHERE p.i = d.i AND fixture_gen.n('dncm0', d.k, 3) = 0;
UPDATE pgen.dn d SET comments = '' WHERE comments IS NULL;
UPDATE pgen.dn d SET id = x.rn FROM (SELECT k, row_number() OVER (ORDER BY created, k) rn FROM pgen.dn) x WHERE x.k = d.k;

-- Invoices of all three, numbered in creation order.
CREATE TABLE pgen.iv (id int, kind text, ref int, oid int, i int, created timestamptz, subtotal numeric(15,2), discount numeric(15,2), total numeric(15,2),
  paid numeric(15,2), paid_at timestamptz, pm int, title text, void boolean, company text, po text, code text);
INSERT INTO pgen.iv (kind, ref, oid, i, created, subtotal, discount, total, paid, paid_at, pm, title, void, company, po, code)
SELECT 'ms', m.k, m.set_id, m.i, m.created, m.price + m.donation, 0, m.price + m.donation, CASE WHEN m.paid_at IS NOT NULL THEN m.price + m.donation ELSE 0 END,
  m.paid_at, m.pm, 'Membership Invoice', m.sd = 'disapproved', '', '',
  CASE WHEN m.created BETWEEN '2024-05-06' AND '2024-05-13' THEN 'NURSESWEEK24' END
FROM pgen.ms m WHERE m.mtype <> 6 AND NOT m.imp
UNION ALL
SELECT 'rg', r.k, r.id, r.i, r.created, r.amount + d.disc, d.disc, r.amount,
  CASE WHEN r.pm = 1 OR (r.pm = 2 AND r.created < '2024-09-01') THEN r.amount ELSE 0 END,
  CASE WHEN r.pm = 1 THEN r.created + make_interval(secs => 30 + fixture_gen.n('rgpay', r.k, 400)) WHEN r.pm = 2 AND r.created < '2024-09-01' THEN r.created + make_interval(days => 10 + fixture_gen.n('rgpay', r.k, 30)) END,
  r.pm, 'Registration ' || r.id || ' for Event: ' || e.title, r.canceled AND r.pm = 2, r.company, r.po, CASE WHEN d.disc > 0 THEN 'EARLYBIRD' END
FROM pgen.rg r JOIN pgen.ev e ON e.id = r.ev JOIN (SELECT rgk, sum(discount) disc FROM pgen.rr GROUP BY rgk) d ON d.rgk = r.k WHERE r.amount > 0
UNION ALL
SELECT 'dn', d.k, d.id, d.i, d.created, d.amount, 0, d.amount, d.amount,
  CASE WHEN d.pm = 1 THEN d.created + make_interval(secs => 30 + fixture_gen.n('dnpay', d.k, 300)) ELSE d.created + make_interval(days => 5 + fixture_gen.n('dnpay', d.k, 20)) END,
  d.pm, 'Donation Invoice', false, '', '', NULL
FROM pgen.dn d;
UPDATE pgen.iv v SET id = x.rn FROM (SELECT kind, ref, row_number() OVER (ORDER BY created, kind, ref) rn FROM pgen.iv) x WHERE x.kind = v.kind AND x.ref = v.ref;

-- ---------------------------------------------------------------------------
-- Payment methods, accounts, invoices.

CREATE TABLE payments_paymentmethod (
    id serial PRIMARY KEY,
    human_name varchar(200) NOT NULL,
    machine_name varchar(200) NOT NULL,
    is_online boolean NOT NULL,
    admin_only boolean NOT NULL
);
INSERT INTO payments_paymentmethod (human_name, machine_name, is_online, admin_only) VALUES
  ('Credit Card', 'credit-card', true, false), ('Check', 'check', false, false), ('Cash', 'cash', false, true), ('PayPal', 'paypal', true, true);

CREATE TABLE accountings_acct (
    id serial PRIMARY KEY,
    account_number integer NOT NULL UNIQUE,
    description text NOT NULL,
    type varchar(5) NOT NULL
);
INSERT INTO accountings_acct (account_number, description, type) VALUES
  (106000, 'Cash - Operating (Huntington)', 'A'), (106100, 'Merchant clearing - Authorize.Net', 'A'), (106200, 'Merchant clearing - Stripe', 'A'),
  (120000, 'Accounts Receivable', 'A'), (220000, 'Sales Tax Payable', 'L'), (230000, 'Deferred Dues Revenue', 'L'), (240000, 'Event Deposits', 'L'),
  (401000, 'Membership Dues - Individual', 'I'), (401100, 'Membership Dues - Student', 'I'), (401200, 'Membership Dues - Corporate', 'I'),
  (402000, 'Conference Registration', 'I'), (402100, 'Workshop & Webinar Registration', 'I'), (403000, 'Donations - Unrestricted', 'I'),
  (403100, 'Donations - Scholarship Fund', 'I'), (403200, 'Donations - Nurses Relief Fund', 'I'), (404000, 'Sponsorships & Exhibits', 'I'),
  (501000, 'Discounts & Refunds', 'E'), (502000, 'Merchant Fees', 'E'), (503000, 'Conference Venue & Catering', 'E'), (504000, 'CE Provider Fees (ANCC)', 'E');

CREATE TABLE invoices_invoice (
    id serial PRIMARY KEY,
    guid varchar(50) NOT NULL,
    object_id integer CHECK (object_id >= 0),
    title varchar(150),
    tender_date timestamp with time zone,
    bill_to varchar(120) NOT NULL,
    bill_to_first_name varchar(100),
    bill_to_last_name varchar(100),
    bill_to_company varchar(100),
    bill_to_address varchar(250),
    bill_to_city varchar(50),
    bill_to_state varchar(50),
    bill_to_zip_code varchar(20),
    bill_to_country varchar(50),
    bill_to_phone varchar(50),
    bill_to_fax varchar(50),
    bill_to_email varchar(100),
    ship_to varchar(120) NOT NULL,
    ship_to_first_name varchar(50),
    ship_to_last_name varchar(50),
    ship_to_company varchar(100),
    ship_to_address varchar(250),
    ship_to_city varchar(50),
    ship_to_state varchar(50),
    ship_to_zip_code varchar(20),
    ship_to_country varchar(50),
    ship_to_phone varchar(50),
    ship_to_fax varchar(50),
    ship_to_email varchar(100),
    ship_to_address_type varchar(50),
    receipt boolean NOT NULL,
    gift boolean NOT NULL,
    arrival_date_time timestamp with time zone,
    greeting varchar(500),
    instructions varchar(500),
    po varchar(50) NOT NULL,
    terms varchar(50) NOT NULL,
    due_date timestamp with time zone NOT NULL,
    ship_date timestamp with time zone NOT NULL,
    ship_via varchar(50) NOT NULL,
    fob varchar(50) NOT NULL,
    project varchar(50) NOT NULL,
    other varchar(120) NOT NULL,
    message varchar(150) NOT NULL,
    subtotal numeric(15, 2) NOT NULL,
    shipping numeric(15, 2) NOT NULL,
    shipping_surcharge numeric(15, 2) NOT NULL,
    box_and_packing numeric(15, 2) NOT NULL,
    tax_exempt boolean NOT NULL,
    tax_exemptid varchar(50),
    tax_rate double precision NOT NULL,
    taxable boolean NOT NULL,
    tax numeric(15, 2) NOT NULL,
    variance numeric(15, 2) NOT NULL,
    discount_code varchar(100),
    discount_amount numeric(10, 2) NOT NULL,
    total numeric(15, 2) NOT NULL,
    payments_credits numeric(15, 2) NOT NULL,
    balance numeric(15, 2) NOT NULL,
    estimate boolean NOT NULL,
    disclaimer varchar(150) NOT NULL,
    variance_notes text,
    admin_notes text,
    create_dt timestamp with time zone NOT NULL,
    update_dt timestamp with time zone NOT NULL,
    creator_username varchar(150) NOT NULL,
    owner_username varchar(150) NOT NULL,
    status_detail varchar(50) NOT NULL,
    status boolean NOT NULL,
    is_void boolean NOT NULL,
    creator_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    object_type_id integer REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    entity_id integer
);
CREATE INDEX invoices_invoice_object_type_id_idx ON invoices_invoice (object_type_id);
INSERT INTO invoices_invoice
SELECT v.id, fixture_gen.uuid('ivguid', v.id), v.oid, v.title, v.created,
  CASE WHEN v.company <> '' THEN v.company ELSE p.first || ' ' || p.last END, p.first, p.last, v.company,
  p.street || CASE WHEN p.street2 <> '' THEN ' ' || p.street2 ELSE '' END, p.city, p.st, p.zip, 'US',
  coalesce(nullif(p.mobile, ''), nullif(p.home_phone, ''), p.work_phone), (SELECT fax FROM profiles_profile WHERE user_id = v.i), p.email,
  CASE WHEN v.company <> '' THEN v.company ELSE p.first || ' ' || p.last END, p.first, p.last, v.company,
  p.street || CASE WHEN p.street2 <> '' THEN ' ' || p.street2 ELSE '' END, p.city, p.st, p.zip, 'US',
  coalesce(nullif(p.mobile, ''), nullif(p.home_phone, ''), p.work_phone), (SELECT fax FROM profiles_profile WHERE user_id = v.i), p.email, '',
  false, false, NULL, '', '', v.po, '', v.created, v.created, '', '', '', '', '',
  v.subtotal, 0, 0, 0, false, '', 0, false, 0, 0, coalesce(v.code, ''), v.discount, v.total, v.paid, v.total - v.paid,
  v.paid < v.total AND NOT v.void, '', '',
  CASE WHEN v.void THEN 'Voided ' || to_char(v.created + interval '9 days', 'FMMM/FMDD/YYYY') || CASE WHEN v.kind = 'ms' THEN ' - application not approved (license could not be verified).' ELSE ' - registration cancelled before payment.' END
       WHEN v.pm = 2 AND v.paid > 0 AND v.po <> '' THEN 'PO ' || v.po || ' paid by ' || v.company || ' check #' || fixture_gen.digits('ivck', v.id, 6) || ' received ' || to_char(v.paid_at, 'FMMM/FMDD/YYYY') || '.'
       WHEN v.pm = 2 AND v.paid > 0 THEN 'Check #' || (1000 + fixture_gen.n('ivck', v.id, 8000)) || ' received ' || to_char(v.paid_at, 'FMMM/FMDD/YYYY') || ', deposited (RB).'
       WHEN v.pm = 2 AND v.po <> '' THEN 'Invoice emailed to accounts payable at ' || v.company || ', PO ' || v.po || '.'
       ELSE '' END,
  v.created, coalesce(v.paid_at, v.created),
  CASE WHEN v.kind = 'rg' AND v.po <> '' THEN 'anwosu' ELSE p.username END, p.username,
  CASE WHEN v.void THEN 'void' ELSE 'tendered' END, true, v.void,
  CASE WHEN v.kind = 'rg' AND v.po <> '' THEN 5 ELSE v.i END, v.i,
  pgen.ctid(CASE v.kind WHEN 'ms' THEN 'memberships' WHEN 'rg' THEN 'events' ELSE 'donations' END, CASE v.kind WHEN 'ms' THEN 'membershipset' WHEN 'rg' THEN 'registration' ELSE 'donation' END), 1
FROM pgen.iv v JOIN pgen.p p ON p.i = v.i
ORDER BY v.id;

-- ---------------------------------------------------------------------------
-- Memberships.

CREATE TABLE memberships_membershipset (
    id serial PRIMARY KEY,
    donation_amount numeric(15, 2) NOT NULL,
    invoice_id integer REFERENCES invoices_invoice (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO memberships_membershipset (id, donation_amount, invoice_id)
SELECT m.set_id, m.donation, v.id FROM pgen.ms m JOIN pgen.iv v ON v.kind = 'ms' AND v.ref = m.k ORDER BY m.set_id;

CREATE TABLE memberships_membershipdefault (
    id serial PRIMARY KEY,
    guid varchar(50) NOT NULL,
    allow_anonymous_view boolean NOT NULL,
    allow_user_view boolean NOT NULL,
    allow_member_view boolean NOT NULL,
    allow_user_edit boolean NOT NULL,
    allow_member_edit boolean NOT NULL,
    create_dt timestamp with time zone NOT NULL,
    update_dt timestamp with time zone NOT NULL,
    creator_username varchar(150) NOT NULL,
    owner_username varchar(150) NOT NULL,
    status boolean NOT NULL,
    status_detail varchar(50) NOT NULL,
    member_number varchar(50) NOT NULL,
    renewal boolean NOT NULL,
    renew_dt timestamp with time zone,
    certifications varchar(500) NOT NULL,
    work_experience text NOT NULL,
    referral_source varchar(150) NOT NULL,
    referral_source_other varchar(150) NOT NULL,
    referral_source_member_name varchar(50) NOT NULL,
    referral_source_member_number varchar(50) NOT NULL,
    affiliation_member_number varchar(50) NOT NULL,
    primary_practice varchar(100) NOT NULL,
    how_long_in_practice varchar(50) NOT NULL,
    notes text NOT NULL,
    admin_notes text NOT NULL,
    newsletter_type boolean NOT NULL,
    directory_type varchar(50) NOT NULL,
    application_abandoned boolean NOT NULL,
    application_abandoned_dt timestamp with time zone,
    application_complete boolean NOT NULL,
    application_complete_dt timestamp with time zone,
    application_approved boolean NOT NULL,
    application_approved_dt timestamp with time zone,
    application_approved_denied_dt timestamp with time zone,
    application_denied boolean NOT NULL,
    action_taken boolean NOT NULL,
    action_taken_dt timestamp with time zone,
    bod_dt timestamp with time zone,
    personnel_notified_dt timestamp with time zone,
    payment_received_dt timestamp with time zone,
    override boolean NOT NULL,
    override_price numeric(15, 2),
    exported boolean NOT NULL,
    chapter varchar(150) NOT NULL,
    areas_of_expertise varchar(1000) NOT NULL,
    corporate_membership_id integer,
    corp_profile_id integer,
    home_state varchar(50) NOT NULL,
    year_left_native_country integer,
    network_sectors varchar(250) NOT NULL,
    networking varchar(250) NOT NULL,
    government_worker boolean NOT NULL,
    government_agency varchar(250) NOT NULL,
    license_number varchar(50) NOT NULL,
    license_state varchar(50) NOT NULL,
    company_size varchar(50) NOT NULL,
    promotion_code varchar(50) NOT NULL,
    join_dt timestamp with time zone,
    expire_dt timestamp with time zone,
    sig_user_group_ids varchar(100) NOT NULL,
    creator_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    membership_type_id integer NOT NULL,
    payment_method_id integer REFERENCES payments_paymentmethod (id) DEFERRABLE INITIALLY DEFERRED,
    application_abandoned_user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    application_complete_user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    application_approved_user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    application_approved_denied_user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    action_taken_user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    industry_id integer,
    region_id integer,
    directory_id integer,
    app_id integer,
    renew_from_id integer,
    organization_entity_id integer,
    corporate_entity_id integer
);
CREATE INDEX memberships_membershipdefault_user_id_idx ON memberships_membershipdefault (user_id);
INSERT INTO memberships_membershipdefault
SELECT m.id, fixture_gen.uuid('mdguid', m.id), false, false, false, false, false,
  m.created, coalesce(m.paid_at, m.created) + make_interval(secs => 5 + fixture_gen.n('mdupd', m.k, 4000)),
  CASE WHEN m.imp THEN 'admin' WHEN m.mtype = 6 THEN 'mgarza' ELSE p.username END, p.username,
  m.sd <> 'disapproved', m.sd, p.member_no, m.renewal, CASE WHEN m.renewal THEN m.created END,
  CASE WHEN fixture_gen.n('mdcert', m.k, 5) = 0 THEN '' ELSE p.cred END,
  CASE WHEN m.renewal OR fixture_gen.n('mdwe', m.i, 5) >= 3 THEN '' ELSE CASE fixture_gen.n('mdwe2', m.i, 6)
    WHEN 0 THEN (2 + fixture_gen.n('mdy', m.i, 18)) || ' years ' || coalesce(p.unit, 'bedside') || ' at ' || coalesce(nullif(p.employer, ''), 'a community hospital') || '; preceptor and relief charge nurse.'
    WHEN 1 THEN CASE p.c WHEN 'ph' THEN 'Staff nurse at St. Luke''s Medical Center, Quezon City (' || coalesce(p.yr_left - 5, 2009) || '-' || coalesce(p.yr_left, 2015) || '), then '
                         WHEN 'ng' THEN 'Nursing officer at Lagos University Teaching Hospital (' || coalesce(p.yr_left - 6, 2008) || '-' || coalesce(p.yr_left, 2014) || '), then '
                         WHEN 'in' THEN 'Staff nurse at Amrita Institute, Kochi (' || coalesce(p.yr_left - 4, 2010) || '-' || coalesce(p.yr_left, 2016) || '), then ' ELSE 'Started as a CNA in 2010, then ' END
                || coalesce(nullif(p.position, ''), 'nurse') || ' at ' || coalesce(nullif(p.employer, ''), 'my current hospital') || '.'
    WHEN 2 THEN 'Travel assignments in ' || fixture_gen.pick(ARRAY['California, Arizona and Florida', 'New York and New Jersey', 'Louisiana and Tennessee'], 'mdtr', m.i) || ' (2018-2022). Now permanent staff.'
    WHEN 3 THEN 'New graduate - ' || coalesce(nullif(p.edu, ''), 'BSN') || ' ' || (2019 + fixture_gen.n('mdgy', m.i, 5)) || '. Clinical rotations in ' || coalesce(p.unit, 'med-surg') || '.'
    WHEN 4 THEN 'Army Nurse Corps 2004-2012 (Fort Hood, Landstuhl). ' || coalesce(p.position, '') || ' since.'
    ELSE 'Home health and hospice RN for ' || (3 + fixture_gen.n('mdy', m.i, 15)) || ' years; certified wound care.' END END,
  coalesce(pr.referral_source, ''),
  CASE WHEN pr.referral_source = 'Other' AND NOT m.renewal THEN fixture_gen.pick(ARRAY['My clinical instructor at Sinclair, Mrs. Patterson', 'Saw your booth at the Texas Nurses Week fair',
       'NANAH Instagram', 'Our unit manager', 'Reddit r/nursing', 'Filipino Nurses Association of Houston meeting'], 'mdro', m.i) ELSE '' END,
  CASE WHEN pr.referral_source = 'Colleague' AND NOT m.renewal AND fixture_gen.n('mdrm', m.i, 2) = 0 THEN r.first || ' ' || r.last ELSE '' END,
  CASE WHEN pr.referral_source = 'Colleague' AND NOT m.renewal AND fixture_gen.n('mdrm', m.i, 2) = 0 AND fixture_gen.n('mdrn', m.i, 3) > 0 THEN coalesce(r.member_no, '') ELSE '' END,
  CASE WHEN fixture_gen.n('mdaff', m.i, 7) = 0 THEN CASE WHEN p.prof = 'student' THEN 'NSNA ' || fixture_gen.digits('mdaff', m.i, 7) ELSE fixture_gen.digits('mdaff', m.i, 8) END ELSE '' END,
  CASE WHEN p.prof = 'student' THEN 'Student' ELSE fixture_gen.pick(ARRAY['Acute care / hospital', 'Acute care / hospital', 'Acute care / hospital', 'Ambulatory care', 'Home health', 'Long-term care',
       'Education', 'Public health', 'School nursing', 'Administration'], 'mdpp', m.i) END,
  CASE WHEN p.prof = 'student' THEN 'Less than 2 years' ELSE fixture_gen.pick(ARRAY['Less than 2 years', '2-5 years', '6-10 years', '6-10 years', '11-20 years', '11-20 years', 'More than 20 years'], 'mdhl', m.i) END,
  CASE WHEN m.renewal OR fixture_gen.n('mdnt', m.k, 9) > 0 THEN '' ELSE fixture_gen.pick(ARRAY[
       'Paying with my professional development funds - please email the receipt to my manager ' || fixture_gen.pick(ARRAY['Karen Wilson', 'Dana Brooks', 'Lourdes Cantu', 'Michael Osei'], 'mdnm', m.k) || '.',
       'I am also licensed in ' || p.lic_state || ' under my maiden name.',
       'Please list me in the directory under my work phone only.',
       'Student ID attached by email. Graduating May ' || (2025 + m.k % 2) || '.',
       'Referred by my preceptor. Looking forward to the conference!'], 'mdnt2', m.k) END,
  CASE WHEN m.sd = 'disapproved' THEN 'Could not verify license ' || p.lic || ' on Nursys; emailed applicant twice, no reply.'
       WHEN m.pm = 2 AND m.paid_at IS NOT NULL AND fixture_gen.n('mdan', m.k, 3) = 0 THEN 'Renewal check received ' || to_char(m.paid_at, 'FMMM/FMDD/YYYY') || ' (RB).'
       WHEN m.mtype = 6 THEN 'Corporate seat - ' || p.employer
       ELSE '' END,
  fixture_gen.n('mdnl', m.i, 4) > 0, fixture_gen.pick(ARRAY['', '', 'all', 'members'], 'mddt', m.i),
  false, NULL, true, m.created, m.sd NOT IN ('pending', 'disapproved'),
  CASE WHEN m.sd NOT IN ('pending', 'disapproved') THEN coalesce(m.paid_at, m.created) + make_interval(secs => CASE WHEN m.renewal THEN 3 ELSE 3600 + fixture_gen.n('mdap', m.k, 300000) END) END,
  CASE WHEN m.sd <> 'pending' THEN coalesce(m.paid_at, m.created) + make_interval(secs => CASE WHEN m.renewal THEN 3 ELSE 3600 + fixture_gen.n('mdap', m.k, 300000) END) END,
  m.sd = 'disapproved', m.sd <> 'pending',
  CASE WHEN m.sd <> 'pending' THEN coalesce(m.paid_at, m.created) + make_interval(secs => CASE WHEN m.renewal THEN 3 ELSE 3600 + fixture_gen.n('mdap', m.k, 300000) END) END,
  NULL, NULL, m.paid_at, false, NULL, fixture_gen.n('mdexp', m.k, 4) = 0 AND m.created < '2023-01-01',
  CASE p.st WHEN 'OH' THEN 'Ohio Chapter' WHEN 'TX' THEN 'Texas Chapter' ELSE 'Georgia Chapter' END,
  CASE WHEN fixture_gen.n('mdae0', m.i, 3) = 0 THEN '' ELSE array_to_string(ARRAY(SELECT DISTINCT fixture_gen.pick(ARRAY['Critical Care', 'Emergency', 'Pediatrics', 'Oncology', 'Maternal-Child', 'Gerontology',
       'Informatics', 'Education', 'Leadership', 'Quality & Safety', 'Behavioral Health', 'Perioperative', 'Respiratory', 'Imaging', 'Public Health', 'Wound Care'], 'mdae' || q, m.i)
       FROM generate_series(1, 1 + fixture_gen.n('mdaen', m.i, 3)) q ORDER BY 1), ', ') END,
  CASE WHEN m.corp IS NOT NULL THEN m.corp + 8 * (extract(year FROM m.start)::int - 2015) END, m.corp,
  p.st, p.yr_left,
  CASE WHEN fixture_gen.n('mdns', m.i, 3) = 0 THEN fixture_gen.pick(ARRAY['Hospital', 'Hospital, Academia', 'Community health', 'Long-term care', 'Government', 'Hospital, Industry'], 'mdns2', m.i) ELSE '' END,
  CASE WHEN fixture_gen.n('mdnw', m.i, 3) = 0 THEN fixture_gen.pick(ARRAY['Mentoring', 'Job opportunities', 'Mentoring, Research', 'Leadership development', 'Volunteering'], 'mdnw2', m.i) ELSE '' END,
  coalesce(e.gov, false), CASE WHEN e.gov THEN e.name ELSE '' END,
  p.lic, p.lic_state,
  CASE WHEN fixture_gen.n('mdcs', m.i, 3) = 0 THEN fixture_gen.pick(ARRAY['1000+', '500-999', '100-499', '1-99'], 'mdcs2', m.i) ELSE '' END,
  CASE WHEN m.created BETWEEN '2024-05-06' AND '2024-05-13' THEN 'NURSESWEEK24' WHEN p.prof = 'student' AND NOT m.renewal AND fixture_gen.n('mdpc', m.k, 2) = 0 THEN 'NEWGRAD' ELSE '' END,
  p.joined, m.expire,
  CASE WHEN fixture_gen.n('mdsig', m.i, 6) = 0 THEN CASE WHEN p.prof = 'aprn' THEN '9' WHEN p.prof = 'student' THEN '10' ELSE '8' END ELSE '' END,
  CASE WHEN m.imp THEN 1 WHEN m.mtype = 6 THEN 3 ELSE m.i END, m.i, m.i, m.mtype, m.pm,
  NULL, m.i, CASE WHEN m.sd NOT IN ('pending', 'disapproved') THEN m.approver END, CASE WHEN m.sd <> 'pending' THEN m.approver END, CASE WHEN m.sd <> 'pending' THEN m.approver END,
  pr.industry_id, pr.region_id, NULL, CASE WHEN m.mtype = 4 THEN 2 WHEN m.mtype = 6 THEN 3 ELSE 1 END, m.prev, NULL, NULL
FROM pgen.ms m JOIN pgen.p p ON p.i = m.i JOIN profiles_profile pr ON pr.user_id = m.i LEFT JOIN pgen.emp e ON e.k = p.emp
LEFT JOIN pgen.p r ON r.i = 11 + (m.i * 7 + 3) % 450
ORDER BY m.id;
-- Abandoned applications: started and never submitted.
UPDATE memberships_membershipdefault SET application_abandoned = true, application_abandoned_dt = create_dt + interval '3 days', application_abandoned_user_id = 3,
  application_complete = false, application_complete_dt = NULL, application_complete_user_id = NULL
WHERE status_detail = 'pending' AND id % 2 = 1;

CREATE TABLE corporate_memberships_corpmembershiprep (
    id serial PRIMARY KEY,
    is_dues_rep boolean NOT NULL,
    is_member_rep boolean NOT NULL,
    corp_profile_id integer NOT NULL,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO corporate_memberships_corpmembershiprep (is_dues_rep, is_member_rep, corp_profile_id, user_id)
SELECT x.rn = 1, x.rn <= 2, x.corp, x.i FROM (
  SELECT c.corp, p.i, row_number() OVER (PARTITION BY c.corp ORDER BY (p.position LIKE '%Manager%' OR p.position LIKE 'Director%' OR p.position LIKE '%Educator%') DESC, p.i) rn
  FROM pgen.p p JOIN pgen.corp c ON c.emp = p.emp WHERE p.kind = 'member' AND p.prof <> 'student') x
WHERE x.rn <= 3
ORDER BY x.corp, x.rn;

-- ---------------------------------------------------------------------------
-- Event registrations.

CREATE TABLE events_registration (
    id serial PRIMARY KEY,
    guid varchar(50) NOT NULL,
    note text NOT NULL,
    reg_conf_price_id integer,
    amount_paid numeric(50, 2) NOT NULL,
    is_table boolean NOT NULL,
    quantity integer NOT NULL,
    canceled boolean NOT NULL,
    create_dt timestamp with time zone NOT NULL,
    update_dt timestamp with time zone NOT NULL,
    creator_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    event_id integer NOT NULL,
    invoice_id integer REFERENCES invoices_invoice (id) DEFERRABLE INITIALLY DEFERRED,
    payment_method_id integer REFERENCES payments_paymentmethod (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX events_registration_event_id_idx ON events_registration (event_id);
INSERT INTO events_registration
SELECT r.id, fixture_gen.uuid('rgguid', r.id),
  CASE WHEN r.po <> '' THEN 'Group registration paid by ' || r.company || ' - PO ' || r.po || '. AP contact: ' || fixture_gen.pick(ARRAY['Lisa Nguyen', 'Tonya Greer', 'Mark Delgado', 'Priscilla Ahn'], 'rgap', r.k)
         || ', ' || pgen.phone(p.ac, 'rgap', r.k) || '.'
       WHEN r.canceled THEN fixture_gen.pick(ARRAY['Cancelled by phone - family emergency. Refund issued to card.', 'Transferred to the 2024 conference at member''s request (medical leave).',
         'Registrant called: cannot get the day off. No refund (after deadline).'], 'rgcn', r.k)
       WHEN fixture_gen.n('rgnt', r.k, 15) = 0 THEN fixture_gen.pick(ARRAY['Speaker comp - do not invoice.', 'Scholarship recipient, fee waived by ED.', 'Walk-in, paid at the door.'], 'rgnt2', r.k)
       ELSE '' END,
  (SELECT min(pricing) FROM pgen.rr WHERE rgk = r.k AND prim), coalesce(v.paid, 0), false,
  (SELECT count(*) FROM pgen.rr WHERE rgk = r.k), r.canceled, r.created, coalesce(v.paid_at, r.created) + make_interval(secs => fixture_gen.n('rgupd', r.k, 900)),
  CASE WHEN r.po <> '' THEN 5 ELSE r.i END, r.i, r.ev, v.id, r.pm
FROM pgen.rg r JOIN pgen.p p ON p.i = r.i LEFT JOIN pgen.iv v ON v.kind = 'rg' AND v.ref = r.k
ORDER BY r.id;

CREATE TABLE events_registrant (
    id serial PRIMARY KEY,
    amount numeric(50, 2) NOT NULL,
    name varchar(100) NOT NULL,
    salutation varchar(15) NOT NULL,
    first_name varchar(50) NOT NULL,
    last_name varchar(50) NOT NULL,
    mail_name varchar(100) NOT NULL,
    email varchar(100) NOT NULL,
    position_title varchar(100) NOT NULL,
    company_name varchar(100) NOT NULL,
    phone varchar(50) NOT NULL,
    address varchar(200) NOT NULL,
    city varchar(100) NOT NULL,
    state varchar(100) NOT NULL,
    zip varchar(50) NOT NULL,
    country varchar(100) NOT NULL,
    meal_option varchar(200) NOT NULL,
    comments text NOT NULL,
    is_primary boolean NOT NULL,
    override boolean NOT NULL,
    override_price numeric(15, 2),
    discount_amount numeric(10, 2) NOT NULL,
    cancel_dt timestamp with time zone,
    memberid varchar(50) NOT NULL,
    use_free_pass boolean NOT NULL,
    checked_in boolean NOT NULL,
    checked_in_dt timestamp with time zone,
    reminder boolean NOT NULL,
    create_dt timestamp with time zone NOT NULL,
    update_dt timestamp with time zone,
    custom_reg_form_entry_id integer,
    pricing_id integer,
    registration_id integer REFERENCES events_registration (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX events_registrant_registration_id_idx ON events_registrant (registration_id);
INSERT INTO events_registrant
SELECT x.id, CASE WHEN rg.ev = 21 AND x.i <= 460 THEN 0 ELSE x.price - x.discount END,
  CASE WHEN rg.created < '2023-01-01' THEN p.first || ' ' || p.last ELSE '' END,
  p.salutation, p.first, p.last,
  CASE WHEN e.conf AND fixture_gen.n('rrmn', x.id, 5) < 2 THEN coalesce(nullif(pr.display_name, ''), p.first || ' ' || p.last) || CASE WHEN p.cred <> '' THEN ', ' || p.cred ELSE '' END ELSE '' END,
  p.email, coalesce(p.position, ''), coalesce(p.employer, ''),
  CASE WHEN p.mobile <> '' THEN p.mobile ELSE p.home_phone END,
  CASE WHEN e.conf OR fixture_gen.n('rrad', x.id, 3) = 0 THEN p.street ELSE '' END,
  p.city, p.st, CASE WHEN e.conf OR fixture_gen.n('rrad', x.id, 3) = 0 THEN p.zip ELSE '' END, CASE WHEN e.conf THEN 'USA' ELSE '' END,
  CASE WHEN NOT e.conf AND e.id <> 26 THEN '' ELSE fixture_gen.pick(ARRAY['Chicken', 'Chicken', 'Chicken', 'Beef', 'Vegetarian', 'Vegetarian', 'Vegan', 'Gluten-free', 'Halal',
       'Kosher', 'Fish', 'Gluten-free / dairy-free', ''], 'rrmeal', x.id) END,
  CASE WHEN fixture_gen.n('rrcm0', x.id, 7) <> 0 THEN '' ELSE CASE fixture_gen.n('rrcm', x.id, 9)
    WHEN 0 THEN 'I use a wheelchair - please make sure the breakout rooms are accessible.'
    WHEN 1 THEN 'Nursing mother, I will need access to a lactation room during breaks.'
    WHEN 2 THEN 'Severe peanut allergy (I carry an EpiPen).'
    WHEN 3 THEN 'Please print my badge as "' || coalesce(nullif(pr.display_name, ''), p.first || ' ' || p.last) || '".'
    WHEN 4 THEN 'Hard of hearing - a seat near the front or captioning would help.'
    WHEN 5 THEN 'Type 1 diabetic, need a snack mid-morning.'
    WHEN 6 THEN 'Arriving late Thursday (my shift ends at 7am). Will pick up my badge Friday.'
    WHEN 7 THEN 'My manager approved the fee from our education budget; please send the receipt to ' || fixture_gen.ascii(fixture_gen.first_name('rrmgr', x.id)) || '.' || fixture_gen.ascii(fixture_gen.last_name('rrmgr', x.id)) || '@' || coalesce(nullif(p.emp_dom, ''), 'gmail.com') || '.'
    ELSE 'Rooming with ' || fixture_gen.full_name('rrroom', x.id) || ' - please put us on the same hotel block.' END END,
  x.prim, rg.ev = 21 AND x.i <= 460, CASE WHEN rg.ev = 21 AND x.i <= 460 THEN 0 END, x.discount,
  CASE WHEN rg.canceled THEN rg.created + make_interval(days => 1 + fixture_gen.n('rrcan', x.id, 20)) END,
  coalesce(p.member_no, ''), false,
  NOT rg.canceled AND e.start_dt < '2024-10-03' AND fixture_gen.n('rrci', x.id, 100) < 85,
  CASE WHEN NOT rg.canceled AND e.start_dt < '2024-10-03' AND fixture_gen.n('rrci', x.id, 100) < 85 THEN e.start_dt - interval '45 minutes' + make_interval(secs => fixture_gen.n('rrcit', x.id, 7200)) END,
  fixture_gen.n('rrrem', x.id, 10) < 7, rg.created, rg.created + make_interval(secs => fixture_gen.n('rrupd', x.id, 600)),
  NULL, x.pricing, rg.id, x.i
FROM pgen.rr x JOIN pgen.rg rg ON rg.k = x.rgk JOIN pgen.ev e ON e.id = rg.ev JOIN pgen.p p ON p.i = x.i JOIN profiles_profile pr ON pr.user_id = x.i
ORDER BY x.id;

-- ---------------------------------------------------------------------------
-- Donations.

CREATE TABLE donations_donation (
    id serial PRIMARY KEY,
    guid varchar(50) NOT NULL,
    first_name varchar(100) NOT NULL,
    last_name varchar(100) NOT NULL,
    company varchar(100) NOT NULL,
    address varchar(100) NOT NULL,
    address2 varchar(100) NOT NULL,
    city varchar(50) NOT NULL,
    state varchar(50) NOT NULL,
    zip_code varchar(50) NOT NULL,
    country varchar(50) NOT NULL,
    email varchar(50) NOT NULL,
    phone varchar(50) NOT NULL,
    referral_source varchar(200) NOT NULL,
    comments text NOT NULL,
    donation_amount numeric(10, 2) NOT NULL,
    allocation varchar(150) NOT NULL,
    payment_method varchar(50) NOT NULL,
    preferred_language varchar(15) NOT NULL,
    create_dt timestamp with time zone NOT NULL,
    update_dt timestamp with time zone NOT NULL,
    creator_username varchar(150) NOT NULL,
    owner_username varchar(150) NOT NULL,
    status_detail varchar(50) NOT NULL,
    status boolean NOT NULL,
    creator_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    invoice_id integer REFERENCES invoices_invoice (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO donations_donation
SELECT d.id, fixture_gen.uuid('dnguid', d.id), p.first, p.last,
  CASE WHEN fixture_gen.n('dnco', d.k, 5) = 0 THEN coalesce(p.employer, '') ELSE '' END,
  p.street, p.street2, p.city, p.st, p.zip, 'USA', p.email, CASE WHEN p.mobile <> '' THEN p.mobile ELSE p.home_phone END,
  d.ref, d.comments, d.amount, d.allocation, CASE d.pm WHEN 1 THEN 'cc' ELSE 'check' END, 'en',
  d.created, coalesce(v.paid_at, d.created), p.username, p.username, 'active', true, d.i, d.i, v.id, d.i
FROM pgen.dn d JOIN pgen.p p ON p.i = d.i JOIN pgen.iv v ON v.kind = 'dn' AND v.ref = d.k
ORDER BY d.id;

-- ---------------------------------------------------------------------------
-- Payments: Authorize.Net AIM until June 2021, then Stripe; checks and
-- hospital purchase orders recorded by staff.

CREATE TABLE pgen.pay (id int, inv int, i int, at timestamptz, amount numeric(15, 2), gw text, ok boolean, why int);
INSERT INTO pgen.pay (inv, i, at, amount, gw, ok, why)
SELECT v.id, v.i, v.paid_at, v.paid, CASE WHEN v.pm = 2 THEN 'check' WHEN v.paid_at < '2021-06-15' THEN 'anet' ELSE 'stripe' END, true, 0
FROM pgen.iv v WHERE v.paid > 0
UNION ALL
SELECT v.id, v.i, coalesce(v.paid_at, v.created + interval '2 minutes') - make_interval(secs => 60 + fixture_gen.n('pydec', v.id, 900)), v.total,
  CASE WHEN coalesce(v.paid_at, v.created) < '2021-06-15' THEN 'anet' ELSE 'stripe' END, false, fixture_gen.n('pywhy', v.id, 4)
FROM pgen.iv v WHERE v.pm = 1 AND NOT v.void AND (fixture_gen.n('pydec', v.id, 14) = 0 OR v.paid = 0);
UPDATE pgen.pay y SET id = x.rn FROM (SELECT inv, at, row_number() OVER (ORDER BY at, inv) rn FROM pgen.pay) x WHERE x.inv = y.inv AND x.at = y.at;

CREATE TABLE payments_payment (
    id serial PRIMARY KEY,
    guid varchar(50) NOT NULL,
    payment_attempted boolean NOT NULL,
    response_code varchar(2) NOT NULL,
    response_subcode varchar(10) NOT NULL,
    response_reason_code varchar(15) NOT NULL,
    response_reason_text text NOT NULL,
    trans_id varchar(100) NOT NULL,
    card_type varchar(50),
    account_number varchar(50),
    auth_code varchar(10) NOT NULL,
    avs_code varchar(10) NOT NULL,
    amount numeric(15, 2) NOT NULL,
    freight numeric(16, 2) NOT NULL,
    duty numeric(16, 2) NOT NULL,
    tax numeric(16, 2) NOT NULL,
    description varchar(1600) NOT NULL,
    cust_id varchar(20) NOT NULL,
    first_name varchar(100),
    last_name varchar(100),
    company varchar(100) NOT NULL,
    address varchar(250) NOT NULL,
    address2 varchar(100) NOT NULL,
    city varchar(50) NOT NULL,
    state varchar(50) NOT NULL,
    zip varchar(20) NOT NULL,
    country varchar(60) NOT NULL,
    phone varchar(50) NOT NULL,
    fax varchar(50) NOT NULL,
    email varchar(255) NOT NULL,
    ship_to_first_name varchar(100) NOT NULL,
    ship_to_last_name varchar(100) NOT NULL,
    ship_to_company varchar(100) NOT NULL,
    ship_to_address varchar(250) NOT NULL,
    ship_to_city varchar(50) NOT NULL,
    ship_to_state varchar(50) NOT NULL,
    ship_to_zip varchar(20) NOT NULL,
    ship_to_country varchar(60) NOT NULL,
    method varchar(50) NOT NULL,
    po_num varchar(50) NOT NULL,
    verified boolean NOT NULL,
    submit_dt timestamp with time zone,
    md5_hash varchar(255) NOT NULL,
    create_dt timestamp with time zone NOT NULL,
    update_dt timestamp with time zone NOT NULL,
    creator_username varchar(150) NOT NULL,
    owner_username varchar(150) NOT NULL,
    status_detail varchar(50) NOT NULL,
    status boolean NOT NULL,
    creator_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    invoice_id integer NOT NULL REFERENCES invoices_invoice (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX payments_payment_invoice_id_idx ON payments_payment (invoice_id);
INSERT INTO payments_payment
SELECT y.id, fixture_gen.uuid('pyguid', y.id), y.gw <> 'check',
  CASE WHEN y.gw = 'check' THEN '' WHEN y.ok THEN '1' ELSE '2' END,
  CASE WHEN y.gw = 'anet' THEN '1' ELSE '' END,
  CASE WHEN y.gw = 'check' THEN '' WHEN y.gw = 'stripe' THEN CASE WHEN y.ok THEN '' ELSE (ARRAY['card_declined', 'card_declined', 'incorrect_cvc', 'expired_card'])[1 + y.why] END
       WHEN y.ok THEN '1' ELSE (ARRAY['2', '27', '44', '8'])[1 + y.why] END,
  CASE WHEN y.gw = 'check' THEN ''
       WHEN y.gw = 'anet' AND y.ok THEN 'This transaction has been approved.'
       WHEN y.gw = 'anet' THEN (ARRAY['This transaction has been declined.', 'The transaction has been declined because of an AVS mismatch. The address provided does not match billing address of cardholder.',
            'This transaction has been declined.', 'The credit card has expired.'])[1 + y.why]
       WHEN y.ok THEN 'Succeeded'
       ELSE (ARRAY['Your card was declined.', 'Your card has insufficient funds.', 'Your card''s security code is incorrect.', 'Your card has expired.'])[1 + y.why] END,
  CASE WHEN y.gw = 'check' THEN ''
       WHEN y.gw = 'anet' THEN CASE WHEN y.at < '2018-01-01' THEN '7' || fixture_gen.digits('pytx', y.id, 9) WHEN y.at < '2020-01-01' THEN '40' || fixture_gen.digits('pytx', y.id, 9) ELSE '60' || fixture_gen.digits('pytx', y.id, 9) END
       WHEN y.ok THEN 'ch_3' || pgen.rnd('pytx', y.id, 23) ELSE '' END,
  CASE WHEN y.gw = 'check' THEN NULL WHEN y.gw = 'anet' THEN c.brand ELSE c.sbrand END,
  CASE WHEN y.gw = 'check' THEN '' WHEN y.gw = 'anet' THEN 'XXXX' || c.last4 ELSE c.last4 END,
  CASE WHEN y.gw = 'anet' AND y.ok THEN fixture_gen.chars('pyac', y.id, 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') WHEN y.gw = 'anet' THEN '000000' ELSE '' END,
  CASE WHEN y.gw = 'anet' THEN CASE WHEN NOT y.ok AND y.why = 1 THEN 'N' ELSE fixture_gen.pick(ARRAY['Y', 'Y', 'Y', 'Y', 'Z', 'A', 'P'], 'pyavs', y.id) END ELSE '' END,
  y.amount, 0, 0, 0,
  'NANAH Invoice ' || v.id || ' for ' || CASE v.kind WHEN 'ms' THEN 'Membership Set ' || v.oid WHEN 'rg' THEN 'Event Registration ' || v.oid ELSE 'Donation ' || v.oid END
    || CASE WHEN y.gw = 'check' AND v.po <> '' THEN ' - PO ' || v.po || ', check #' || fixture_gen.digits('ivck', v.id, 6) WHEN y.gw = 'check' THEN ' - check #' || (1000 + fixture_gen.n('ivck', v.id, 8000)) ELSE '' END,
  y.i::text,
  CASE WHEN c.payer IS NOT NULL THEN split_part(c.payer, ' ', 1) ELSE p.first END, CASE WHEN c.payer IS NOT NULL THEN substr(c.payer, strpos(c.payer, ' ') + 1) ELSE p.last END,
  v.company, p.street, p.street2, p.city, p.st, p.zip, CASE WHEN y.gw = 'stripe' THEN 'US' ELSE 'United States' END,
  coalesce(nullif(p.mobile, ''), nullif(p.home_phone, ''), p.work_phone), (SELECT fax FROM profiles_profile WHERE user_id = y.i), p.email,
  p.first, p.last, v.company, p.street, p.city, p.st, p.zip, CASE WHEN y.gw = 'stripe' THEN 'US' ELSE 'United States' END,
  CASE WHEN y.gw = 'check' THEN 'check' ELSE 'credit card' END, v.po, y.ok, y.at,
  CASE WHEN y.gw = 'anet' AND y.at < '2019-06-28' THEN upper(md5('pymd5' || y.id)) ELSE '' END,
  y.at, y.at + make_interval(secs => 2 + fixture_gen.n('pyupd', y.id, 40)),
  CASE WHEN y.gw = 'check' THEN 'rbautista' ELSE p.username END, p.username,
  CASE WHEN y.ok THEN 'approved' ELSE 'not approved' END, true,
  CASE WHEN y.gw = 'check' THEN 6 ELSE y.i END, y.i, v.id
FROM pgen.pay y JOIN pgen.iv v ON v.id = y.inv JOIN pgen.p p ON p.i = y.i
CROSS JOIN LATERAL (SELECT (ARRAY['Visa', 'Visa', 'Visa', 'Visa', 'Visa', 'MasterCard', 'MasterCard', 'MasterCard', 'American Express', 'Discover'])[1 + fixture_gen.n('pycb', y.i, 10)] AS brand,
                           (ARRAY['visa', 'visa', 'visa', 'visa', 'visa', 'mastercard', 'mastercard', 'mastercard', 'amex', 'discover'])[1 + fixture_gen.n('pycb', y.i, 10)] AS sbrand,
                           right(fixture_gen.card('pycard', y.i + 10000 * (extract(year FROM y.at)::int / 4)), 4) AS last4,
                           CASE WHEN fixture_gen.n('pypay', y.id, 30) = 0 AND p.spouse <> '' THEN p.spouse END AS payer) c
ORDER BY y.id;

-- ---------------------------------------------------------------------------
-- Forms builder (app label "forms"; the forms themselves, forms_form, are not
-- in this fixture): 1 Contact Us, 2 2024 Conference Call for Speakers,
-- 3 2023 Member Demographics Survey, 4 2024 Nightingale Scholarship
-- Application.

CREATE TABLE forms_field (
    id serial PRIMARY KEY,
    label varchar(2000) NOT NULL,
    field_type varchar(64) NOT NULL,
    field_function varchar(64),
    function_params varchar(100),
    required boolean NOT NULL,
    visible boolean NOT NULL,
    choices varchar(1000) NOT NULL,
    position integer,
    "default" varchar(1000) NOT NULL,
    help_text text NOT NULL,
    form_id integer NOT NULL
);
INSERT INTO forms_field (id, label, field_type, field_function, function_params, required, visible, choices, position, "default", help_text, form_id) VALUES
 (1, 'First Name', 'CharField', 'EmailFirstName', NULL, true, true, '', 1, '', '', 1),
 (2, 'Last Name', 'CharField', 'EmailLastName', NULL, true, true, '', 2, '', '', 1),
 (3, 'Email', 'EmailVerificationField', NULL, NULL, true, true, '', 3, '', '', 1),
 (4, 'Phone', 'CharField', 'EmailPhoneNumber', NULL, false, true, '', 4, '', '', 1),
 (5, 'Subject', 'ChoiceField', NULL, NULL, true, true, 'Membership question, Conference, Continuing education certificates, Website problem, Other', 5, '', '', 1),
 (6, 'Message', 'CharField/django.forms.Textarea', NULL, NULL, true, true, '', 6, '', '', 1),
 (7, 'Presenter name(s)', 'CharField', 'EmailFullName', NULL, true, true, '', 1, '', 'List all presenters; the first is the contact.', 2),
 (8, 'Credentials', 'CharField', NULL, NULL, true, true, '', 2, '', 'e.g. MSN, RN, CCRN', 2),
 (9, 'Email', 'EmailVerificationField', NULL, NULL, true, true, '', 3, '', '', 2),
 (10, 'Mobile phone', 'CharField', NULL, NULL, true, true, '', 4, '', '', 2),
 (11, 'Organization', 'CharField', NULL, NULL, true, true, '', 5, '', '', 2),
 (12, 'Session title', 'CharField', NULL, NULL, true, true, '', 6, '', '', 2),
 (13, 'Abstract (250 words max)', 'CharField/django.forms.Textarea', NULL, NULL, true, true, '', 7, '', '', 2),
 (14, 'Learning objectives', 'CharField/django.forms.Textarea', NULL, NULL, true, true, '', 8, '', 'Three measurable objectives, as ANCC requires.', 2),
 (15, 'Have you presented at a NANAH conference before?', 'BooleanField', NULL, NULL, false, true, '', 9, '', '', 2),
 (16, 'AV needs', 'CharField', NULL, NULL, false, true, '', 10, 'Projector and microphone', '', 2),
 (17, 'Year of birth', 'CharField', NULL, NULL, false, true, '', 1, '', '', 3),
 (18, 'Gender', 'ChoiceField/django.forms.RadioSelect', NULL, NULL, false, true, 'Female, Male, Non-binary, Prefer not to say', 2, '', '', 3),
 (19, 'Race / ethnicity', 'MultipleChoiceField/django.forms.CheckboxSelectMultiple', NULL, NULL, false, true,
     'American Indian or Alaska Native, Asian, Black or African American, Hispanic or Latino, Native Hawaiian or Other Pacific Islander, White, Prefer not to say', 3, '', 'Select all that apply.', 3),
 (20, 'Country where you completed your first nursing or health degree', 'ChoiceField', NULL, NULL, false, true, 'United States, Philippines, Nigeria, India, Mexico, South Korea, Other', 4, '', '', 3),
 (21, 'Highest degree', 'ChoiceField', NULL, NULL, false, true, 'Certificate or diploma, Associate, Bachelor, Master, Doctorate', 5, '', '', 3),
 (22, 'Years in practice', 'ChoiceField', NULL, NULL, false, true, 'Less than 2, 2-5, 6-10, 11-20, More than 20', 6, '', '', 3),
 (23, 'Primary practice setting', 'ChoiceField', NULL, NULL, false, true, 'Hospital, Ambulatory, Home health, Long-term care, Academic, Public health, Other', 7, '', '', 3),
 (24, 'Home ZIP code', 'CharField', NULL, NULL, false, true, '', 8, '', 'Used only to map where members live.', 3),
 (25, 'Languages you speak with patients', 'CharField', NULL, NULL, false, true, '', 9, '', '', 3),
 (26, 'Full name', 'CharField', 'EmailFullName', NULL, true, true, '', 1, '', '', 4),
 (27, 'Email', 'EmailVerificationField', NULL, NULL, true, true, '', 2, '', '', 4),
 (28, 'Phone', 'CharField', NULL, NULL, true, true, '', 3, '', '', 4),
 (29, 'Nursing school', 'CharField', NULL, NULL, true, true, '', 4, '', '', 4),
 (30, 'Expected graduation', 'DateField/django.forms.extras.SelectDateWidget', NULL, NULL, true, true, '', 5, '', '', 4),
 (31, 'Cumulative GPA', 'CharField', NULL, NULL, true, true, '', 6, '', '', 4),
 (32, 'NANAH member number', 'CharField', NULL, NULL, false, true, '', 7, '', '', 4),
 (33, 'Personal statement', 'CharField/django.forms.Textarea', NULL, NULL, true, true, '', 8, '', 'Why nursing, and what you will do with this scholarship (500 words max).', 4),
 (34, 'Financial need', 'CharField/django.forms.Textarea', NULL, NULL, true, true, '', 9, '', '', 4),
 (35, 'Subscribe me to the NANAH Student newsletter', 'BooleanField', 'GroupSubscription', 'new-graduate-nurses-sig', false, true, '', 10, '', '', 4);

CREATE TABLE forms_formentry (
    id serial PRIMARY KEY,
    entry_time timestamp with time zone NOT NULL,
    entry_path varchar(200) NOT NULL,
    form_id integer NOT NULL,
    payment_method_id integer REFERENCES payments_paymentmethod (id) DEFERRABLE INITIALLY DEFERRED,
    pricing_id integer,
    creator_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE pgen.fe (k int PRIMARY KEY, form int, i int, at timestamptz, logged boolean, id int);
INSERT INTO pgen.fe (k, form, i, at, logged)
SELECT k, f.form, CASE f.form WHEN 3 THEN 11 + (k * 29 % 450) WHEN 4 THEN (SELECT i FROM pgen.p WHERE prof = 'student' ORDER BY i OFFSET (k % 25) LIMIT 1) ELSE 11 + (k * 41 % 510) END,
  CASE f.form WHEN 1 THEN pgen.at('fec', k, '2016-02-01', '2024-10-02') WHEN 2 THEN pgen.at('fec', k, '2024-01-08', '2024-03-15')
              WHEN 3 THEN pgen.at('fec', k, '2023-06-01', '2023-08-31') ELSE pgen.at('fec', k, '2024-02-01', '2024-04-15') END,
  fixture_gen.n('felog', k, 3) > 0
FROM (SELECT k, CASE WHEN k <= 90 THEN 1 WHEN k <= 120 THEN 2 WHEN k <= 220 THEN 3 ELSE 4 END AS form FROM generate_series(1, 245) k) f;
UPDATE pgen.fe SET logged = true WHERE form = 3;
UPDATE pgen.fe f SET id = x.rn FROM (SELECT k, row_number() OVER (ORDER BY at, k) rn FROM pgen.fe) x WHERE x.k = f.k;
INSERT INTO forms_formentry
SELECT f.id, f.at, (ARRAY['/forms/contact-us/', '/forms/2024-call-for-speakers/', '/forms/member-demographics-survey-2023/', '/forms/nightingale-scholarship-2024/'])[f.form],
  f.form, NULL, NULL, CASE WHEN f.logged THEN f.i END
FROM pgen.fe f ORDER BY f.id;

CREATE TABLE forms_fieldentry (
    id serial PRIMARY KEY,
    value varchar(2000) NOT NULL,
    entry_id integer NOT NULL REFERENCES forms_formentry (id) DEFERRABLE INITIALLY DEFERRED,
    field_id integer NOT NULL REFERENCES forms_field (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO forms_fieldentry (value, entry_id, field_id)
SELECT v.value, f.id, v.field
FROM pgen.fe f JOIN pgen.p p ON p.i = f.i
CROSS JOIN LATERAL (VALUES
  -- Contact us
  (1, p.first), (2, p.last), (3, p.email), (4, CASE WHEN fixture_gen.n('fe4', f.k, 3) = 0 THEN '' ELSE coalesce(nullif(p.mobile, ''), p.home_phone) END),
  (5, fixture_gen.pick(ARRAY['Membership question', 'Conference', 'Continuing education certificates', 'Website problem', 'Other'], 'fe5', f.k)),
  (6, CASE fixture_gen.n('fe6', f.k, 8)
     WHEN 0 THEN 'Hi, I renewed on ' || to_char(f.at - interval '6 days', 'FMMM/FMDD') || ' but my profile still shows expired. My member # is ' || coalesce(p.member_no, 'not sure') || '. Thanks, ' || p.first
     WHEN 1 THEN 'I need a copy of my CE certificate from the ' || (extract(year FROM f.at)::int - 1) || ' conference for my license renewal - license ' || coalesce(nullif(p.lic, ''), 'RN pending') || ' in ' || p.st || '.'
     WHEN 2 THEN 'Please update my last name from ' || fixture_gen.pick(ARRAY['Reyes', 'Howard', 'Okoro', 'Nguyen', 'Lopez'], 'fe6n', f.k) || ' to ' || p.last || ' - I got married in ' || to_char(f.at - interval '60 days', 'FMMonth') || '.'
     WHEN 3 THEN 'Is the conference hotel block still available? I''m driving from ' || p.city || ' and would need Thursday and Friday nights.'
     WHEN 4 THEN 'The website keeps logging me out when I try to pay my dues on my phone.'
     WHEN 5 THEN 'Can my hospital pay for 6 nurses with one purchase order? Please call me at ' || coalesce(nullif(p.work_phone, ''), nullif(p.mobile, ''), p.home_phone) || '.'
     WHEN 6 THEN 'Do you accept LPNs as full members or only RNs?'
     ELSE 'I moved to ' || fixture_gen.pick(ARRAY['1418 Meadowbrook Ln, Apt 2C', '77 Peachtree Pl NW', '2290 Westheimer Rd #118', '56 E Schrock Rd'], 'fe6a', f.k) || ' - please send my certificate there.' END),
  -- Call for speakers
  (7, p.first || ' ' || p.last || CASE WHEN fixture_gen.n('fe7', f.k, 3) = 0 THEN '; ' || fixture_gen.full_name('fe7co', f.k) ELSE '' END), (8, coalesce(p.cred, '')), (9, p.email),
  (10, coalesce(nullif(p.mobile, ''), p.home_phone)), (11, coalesce(p.employer, '')),
  (12, fixture_gen.pick(ARRAY['Recognizing Sepsis Early on the Med-Surg Floor', 'De-escalation Skills for Emergency Nurses', 'Precepting the Internationally Educated Nurse',
       'Safe Staffing Ratios: What the Data Say', 'Delirium Prevention Bundles in the ICU', 'Building a Nurse-Led Wound Care Team', 'Moral Injury and Resilience After COVID-19'], 'fe12', f.k)),
  (13, fixture_gen.pick(ARRAY['This session reviews current evidence on early warning scores and the hour-1 bundle, with case studies from a 400-bed community hospital.',
       'Participants will practice verbal de-escalation techniques using simulation scenarios drawn from real ED encounters.',
       'Drawing on our residency program, we describe an onboarding model for nurses educated abroad, including NCLEX and cultural transition support.',
       'We summarize published outcomes of mandated nurse-to-patient ratios and discuss their implications for Texas and Georgia.'], 'fe13', f.k)),
  (14, '1. Describe ... 2. Identify ... 3. Apply ...'), (15, CASE WHEN fixture_gen.n('fe15', f.k, 3) = 0 THEN 'True' ELSE 'False' END), (16, 'Projector and microphone'),
  -- Demographics survey
  (17, CASE WHEN fixture_gen.n('fe17', f.k, 6) = 0 THEN '' ELSE to_char(p.dob, 'YYYY') END),
  (18, CASE WHEN fixture_gen.n('fe18', f.k, 12) = 0 THEN 'Prefer not to say' WHEN p.sex = 'male' THEN 'Male' ELSE 'Female' END),
  (19, CASE WHEN fixture_gen.n('fe19', f.k, 10) = 0 THEN 'Prefer not to say' ELSE CASE p.c WHEN 'us' THEN 'White' WHEN 'aa' THEN 'Black or African American' WHEN 'ng' THEN 'Black or African American'
       WHEN 'mx' THEN CASE WHEN fixture_gen.n('fe19b', f.k, 2) = 0 THEN 'Hispanic or Latino, White' ELSE 'Hispanic or Latino' END ELSE 'Asian' END END),
  (20, CASE p.c WHEN 'ph' THEN 'Philippines' WHEN 'ng' THEN CASE WHEN p.yr_left IS NULL THEN 'United States' ELSE 'Nigeria' END WHEN 'in' THEN CASE WHEN p.yr_left IS NULL THEN 'United States' ELSE 'India' END ELSE 'United States' END),
  (21, CASE WHEN p.edu LIKE 'Doctor%' THEN 'Doctorate' WHEN p.edu LIKE 'Master%' THEN 'Master' WHEN p.edu LIKE 'Bachelor%' THEN 'Bachelor' WHEN p.edu LIKE 'Associate%' THEN 'Associate' ELSE 'Certificate or diploma' END),
  (22, fixture_gen.pick(ARRAY['Less than 2', '2-5', '6-10', '11-20', 'More than 20'], 'fe22', f.k)),
  (23, fixture_gen.pick(ARRAY['Hospital', 'Hospital', 'Hospital', 'Ambulatory', 'Home health', 'Long-term care', 'Academic', 'Public health'], 'fe23', f.k)),
  (24, CASE WHEN fixture_gen.n('fe24', f.k, 5) = 0 THEN '' ELSE p.zip END),
  (25, CASE p.c WHEN 'mx' THEN 'English, Spanish' WHEN 'ph' THEN 'English, Tagalog' WHEN 'kr' THEN 'English, Korean' WHEN 'ng' THEN 'English, Yoruba' WHEN 'in' THEN 'English, Malayalam, Hindi' ELSE 'English' END),
  -- Scholarship
  (26, p.first || ' ' || CASE WHEN p.mi <> '' THEN p.mi || '. ' ELSE '' END || p.last), (27, p.email), (28, coalesce(nullif(p.mobile, ''), p.home_phone)), (29, coalesce(p.employer, '')),
  (30, to_char(date '2024-12-14' + 180 * fixture_gen.n('fe30', f.k, 3), 'YYYY-MM-DD')), (31, (3.1 + fixture_gen.n('fe31', f.k, 90) / 100.0)::numeric(3, 2)::text), (32, coalesce(p.member_no, '')),
  (33, CASE fixture_gen.n('fe33', f.k, 4)
     WHEN 0 THEN 'As the first in my family to go to college and the daughter of ' || CASE p.c WHEN 'ng' THEN 'Nigerian' WHEN 'mx' THEN 'Mexican' WHEN 'ph' THEN 'Filipino' ELSE 'working-class' END || ' parents, I watched my mother care for my grandmother through dialysis. That is why I want to be a nephrology nurse in ' || p.city || '.'
     WHEN 1 THEN 'I worked as a CNA at ' || fixture_gen.pick(ARRAY['Otterbein SeniorLife', 'a nursing home in Macon', 'Harris Health'], 'fe33b', f.k) || ' for four years while raising my son. Nursing school is the next step.'
     WHEN 2 THEN 'After my father''s stroke in 2021 I became his caregiver; the ICU nurses who taught me are the reason I applied to nursing school.'
     ELSE 'I want to work in rural public health in south Georgia, where my family is from, and help close the gap in maternal care.' END),
  (34, CASE fixture_gen.n('fe34', f.k, 3)
     WHEN 0 THEN 'I am a single mother of two and work 30 hours a week as a patient care tech. My household income is about $' || (28 + fixture_gen.n('fe34b', f.k, 20)) || ',000.'
     WHEN 1 THEN 'My Pell grant covers tuition but not clinical fees, uniforms or the NCLEX review course.'
     ELSE 'I send money home to my parents and cover my own rent; this scholarship would let me cut my weekend shifts.' END),
  (35, CASE WHEN fixture_gen.n('fe35', f.k, 2) = 0 THEN 'True' ELSE 'False' END)
) v(field, value)
WHERE (f.form = 1 AND v.field BETWEEN 1 AND 6) OR (f.form = 2 AND v.field BETWEEN 7 AND 16) OR (f.form = 3 AND v.field BETWEEN 17 AND 25) OR (f.form = 4 AND v.field BETWEEN 26 AND 35)
ORDER BY f.id, v.field;

-- ---------------------------------------------------------------------------
-- Event log: the last twelve months of Tendenci's own request log.

CREATE TABLE event_logs_eventlog (
    id serial PRIMARY KEY,
    object_id integer CHECK (object_id >= 0),
    event_id integer NOT NULL,
    event_name varchar(50) NOT NULL,
    event_type varchar(50) NOT NULL,
    event_data text NOT NULL,
    category varchar(50),
    session_id varchar(40),
    application varchar(50) NOT NULL,
    action varchar(50) NOT NULL,
    username varchar(50),
    email varchar(75),
    user_ip_address inet,
    server_ip_address inet,
    url text,
    http_referrer varchar(255),
    headline varchar(255),
    description varchar(255),
    http_user_agent text,
    request_method varchar(10),
    query_string text,
    create_dt timestamp with time zone NOT NULL,
    uuid varchar(40),
    model_name varchar(75) NOT NULL,
    content_type_id integer REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    entity_id integer,
    robot_id integer,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX event_logs_eventlog_create_dt_idx ON event_logs_eventlog (create_dt);

CREATE TABLE pgen.ua (k int PRIMARY KEY, ua text);
INSERT INTO pgen.ua VALUES
 (0, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'),
 (1, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'),
 (2, 'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.53 Mobile Safari/537.36'),
 (3, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15'),
 (4, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91'),
 (5, 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'),
 (6, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0'),
 (7, 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'),
 (8, 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36'),
 (9, 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; Trident/7.0; rv:11.0) like Gecko');

CREATE TABLE pgen.el (k int PRIMARY KEY, t int, i int, j int, at timestamptz, id int);
INSERT INTO pgen.el (k, t, i, j, at)
SELECT k, t,
  CASE WHEN t IN (12, 13) THEN (ARRAY[2, 3, 3, 3, 5, 6, 7, 8, 9])[1 + fixture_gen.n('eli', k, 9)] WHEN t = 19 THEN NULL ELSE 11 + fixture_gen.n('eli', k, 510) END,
  11 + fixture_gen.n('elj', k, 450), pgen.at('elat', k, '2023-10-01', '2024-10-03 08:00')
FROM (SELECT k, fixture_gen.n('elt', k, 20) AS t FROM generate_series(1, 2000) k) x;
UPDATE pgen.el e SET id = x.rn FROM (SELECT k, row_number() OVER (ORDER BY at, k) rn FROM pgen.el) x WHERE x.k = e.k;

INSERT INTO event_logs_eventlog
SELECT e.id,
  CASE WHEN e.t <= 7 THEN e.i WHEN e.t <= 11 THEN e.i WHEN e.t IN (12, 13) THEN e.j WHEN e.t IN (14, 15) THEN 400 + e.k % 400 WHEN e.t IN (16, 17) THEN 200 + e.k % 180
       WHEN e.t = 18 THEN 600 + e.k % 600 ELSE NULL END,
  CASE WHEN e.t <= 7 THEN 125400 WHEN e.t <= 9 THEN 121100 WHEN e.t <= 11 THEN 121000 WHEN e.t = 12 THEN 123000 WHEN e.t = 13 THEN 121000 WHEN e.t IN (14, 15) THEN 653000
       WHEN e.t IN (16, 17) THEN 171000 WHEN e.t = 18 THEN 311000 ELSE 172000 END,
  CASE WHEN e.t <= 7 THEN 'User Logged In' WHEN e.t <= 9 THEN 'Profile Viewed' WHEN e.t <= 11 THEN 'Profile Edited' WHEN e.t = 12 THEN 'Profile Searched' WHEN e.t = 13 THEN 'Profile Edited'
       WHEN e.t IN (14, 15) THEN 'Membership Application Submitted' WHEN e.t IN (16, 17) THEN 'Event Registration Added' WHEN e.t = 18 THEN 'Payment Added' ELSE 'Event Viewed' END,
  CASE WHEN e.t <= 7 THEN 'login' WHEN e.t <= 9 THEN 'view' WHEN e.t IN (10, 11, 13) THEN 'edit' WHEN e.t = 12 THEN 'search' WHEN e.t = 19 THEN 'view' ELSE 'add' END,
  CASE WHEN e.t <= 7 AND e.t % 2 = 0 THEN '<QueryDict: {''username'': [''' || p.username || '''], ''next'': [''/profiles/' || p.username || '/'']}>'
       WHEN e.t IN (10, 11) THEN '{''email'': ''' || p.email || ''', ''mobile_phone'': ''' || p.mobile || ''', ''address'': ''' || p.street || ''', ''city'': ''' || p.city || ''', ''zipcode'': ''' || p.zip || '''}'
       WHEN e.t = 13 THEN '{''admin_notes'': ''' || replace(coalesce(nullif(q.street, ''), ''), '''', '') || ' - new address per phone call'', ''phone'': ''' || coalesce(nullif(q.mobile, ''), q.home_phone) || '''}'
       WHEN e.t IN (14, 15) THEN '{''membership_type'': ''' || CASE p.prof WHEN 'lpn' THEN '2' WHEN 'student' THEN '4' WHEN 'rn' THEN '1' WHEN 'aprn' THEN '1' ELSE '3' END || ''', ''payment_method'': ''1'', ''license_number'': '''
            || coalesce(p.lic, '') || ''', ''license_state'': ''' || coalesce(p.lic_state, '') || ''', ''certifications'': ''' || coalesce(p.cred, '') || ''', ''company'': ''' || replace(coalesce(p.employer, ''), '''', '') || '''}'
       WHEN e.t IN (16, 17) THEN '{''first_name'': ''' || p.first || ''', ''last_name'': ''' || p.last || ''', ''email'': ''' || p.email || ''', ''phone'': ''' || coalesce(nullif(p.mobile, ''), p.home_phone)
            || ''', ''meal_option'': ''' || fixture_gen.pick(ARRAY['Chicken', 'Vegetarian', 'Halal', 'Gluten-free', 'Beef'], 'elmeal', e.k) || ''', ''company_name'': ''' || replace(coalesce(p.employer, ''), '''', '') || '''}'
       ELSE '' END,
  CASE WHEN e.t <= 13 THEN 'user' WHEN e.t IN (14, 15) THEN 'membership' WHEN e.t IN (16, 17, 19) THEN 'event' ELSE 'payment' END,
  CASE WHEN e.t = 19 THEN pgen.lowr('elsx', e.k, 32) ELSE pgen.lowr('elsess', e.i * 1000 + extract(doy FROM e.at)::int, 32) END,
  CASE WHEN e.t <= 7 THEN 'accounts' WHEN e.t <= 13 THEN 'profiles' WHEN e.t IN (14, 15) THEN 'memberships' WHEN e.t IN (16, 17, 19) THEN 'events' ELSE 'payments' END,
  CASE WHEN e.t <= 7 THEN 'login' WHEN e.t <= 9 THEN 'view' WHEN e.t IN (10, 11, 13) THEN 'edit' WHEN e.t = 12 THEN 'search' WHEN e.t IN (14, 15) THEN 'renew' WHEN e.t = 19 THEN 'view' ELSE 'add' END,
  CASE WHEN e.t = 19 THEN '' ELSE p.username END, CASE WHEN e.t = 19 THEN '' ELSE p.email END,
  (CASE WHEN e.t = 19 THEN fixture_gen.ipv4('elanon', e.k) WHEN e.t IN (12, 13) AND fixture_gen.n('elho', e.k, 4) > 0 THEN '74.142.18.' || (10 + e.i)
        WHEN fixture_gen.n('el6', e.i, 6) = 0 THEN fixture_gen.ipv6('el6', e.i * 100 + extract(month FROM e.at)::int)
        ELSE fixture_gen.ipv4('elip', e.i * 100 + extract(month FROM e.at)::int) END)::inet,
  '10.0.1.24'::inet,
  CASE WHEN e.t <= 7 THEN '/accounts/login/' WHEN e.t <= 9 THEN '/profiles/' || p.username || '/' WHEN e.t <= 11 THEN '/profiles/edit/' || e.i || '/'
       WHEN e.t = 12 THEN '/profiles/search/' WHEN e.t = 13 THEN '/profiles/edit/' || e.j || '/'
       WHEN e.t IN (14, 15) THEN '/memberships/applications/' || CASE WHEN p.prof = 'student' THEN 'student-membership' ELSE 'individual-membership' END || '/'
       WHEN e.t IN (16, 17) THEN '/events/' || (ARRAY[23, 24, 26, 25, 27, 27, 27])[1 + e.k % 7] || '/register/'
       WHEN e.t = 18 THEN '/payments/pay-online/' || (600 + e.k % 600) || '/' ELSE (ARRAY['/events/27/', '/forms/contact-us/', '/', '/events/', '/memberships/applications/individual-membership/'])[1 + e.k % 5] END,
  CASE WHEN e.t = 19 THEN (ARRAY['https://www.google.com/', '', 'https://www.facebook.com/', 'https://l.instagram.com/', ''])[1 + e.k % 5]
       WHEN e.t <= 7 THEN 'https://www.nanah.org/accounts/login/?next=/profiles/' || p.username || '/'
       WHEN e.t = 12 THEN 'https://www.nanah.org/profiles/search/?q=' || lower(pgen.fold(q.last))
       WHEN e.t = 13 THEN 'https://www.nanah.org/profiles/' || q.username || '/'
       WHEN e.t IN (16, 17) THEN 'https://www.nanah.org/events/27/'
       ELSE 'https://www.nanah.org/profiles/' || p.username || '/' END,
  CASE WHEN e.t IN (14, 15) THEN 'Membership application submitted' WHEN e.t IN (16, 17) THEN 'Registration added' ELSE '' END,
  CASE WHEN e.t <= 7 THEN p.username || ' logged in' WHEN e.t <= 9 THEN 'profile ' || p.username || ' viewed' WHEN e.t <= 11 THEN 'profile ' || p.first || ' ' || p.last || ' (' || p.username || ') edited'
       WHEN e.t = 12 THEN 'profiles searched' WHEN e.t = 13 THEN 'profile ' || q.first || ' ' || q.last || ' (' || q.username || ') edited by ' || p.username
       WHEN e.t IN (14, 15) THEN 'membership for ' || p.first || ' ' || p.last || ' submitted' WHEN e.t IN (16, 17) THEN 'registrant ' || p.first || ' ' || p.last || ' added'
       WHEN e.t = 18 THEN 'payment for invoice ' || (600 + e.k % 600) ELSE 'event viewed' END,
  (SELECT ua FROM pgen.ua WHERE k = CASE WHEN e.t = 19 THEN fixture_gen.n('elua', e.k, 10) ELSE fixture_gen.n('elua', coalesce(e.i, 0), 10) END),
  CASE WHEN e.t IN (0, 2, 4, 6, 10, 11, 13, 14, 15, 16, 17, 18) THEN 'POST' ELSE 'GET' END,
  CASE WHEN e.t = 12 THEN 'q=' || lower(pgen.fold(q.last)) || CASE WHEN e.k % 3 = 0 THEN '&search_category=last_name' ELSE '' END
       WHEN e.t = 19 AND e.k % 5 = 0 THEN 'utm_source=newsletter&utm_medium=email&utm_campaign=conf2024' ELSE '' END,
  e.at, fixture_gen.uuid('eluuid', e.k),
  CASE WHEN e.t <= 7 THEN 'user' WHEN e.t <= 13 THEN 'profile' WHEN e.t IN (14, 15) THEN 'membershipdefault' WHEN e.t IN (16, 17) THEN 'registration' WHEN e.t = 18 THEN 'payment' ELSE 'event' END,
  pgen.ctid(CASE WHEN e.t <= 7 THEN 'auth' WHEN e.t <= 13 THEN 'profiles' WHEN e.t IN (14, 15) THEN 'memberships' WHEN e.t IN (16, 17, 19) THEN 'events' ELSE 'payments' END,
            CASE WHEN e.t <= 7 THEN 'user' WHEN e.t <= 13 THEN 'profile' WHEN e.t IN (14, 15) THEN 'membershipdefault' WHEN e.t IN (16, 17) THEN 'registration' WHEN e.t = 18 THEN 'payment' ELSE 'event' END),
  1, NULL, e.i
FROM pgen.el e LEFT JOIN pgen.p p ON p.i = e.i LEFT JOIN pgen.p q ON q.i = e.j
ORDER BY e.id;

-- ---------------------------------------------------------------------------
-- Django admin log.

CREATE TABLE django_admin_log (
    id serial PRIMARY KEY,
    action_time timestamp with time zone NOT NULL,
    object_id text,
    object_repr varchar(200) NOT NULL,
    action_flag smallint NOT NULL CHECK (action_flag >= 0),
    change_message text NOT NULL,
    content_type_id integer REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO django_admin_log (action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id)
SELECT a.at, CASE WHEN a.t = 4 THEN coalesce(ev.id, 2 + (extract(year FROM a.at)::int - 2015) * 3) ELSE a.oid END::text,
  CASE a.t WHEN 0 THEN p.username WHEN 1 THEN p.first || ' ' || p.last WHEN 2 THEN '#' || a.oid || ' ' || p.first || ' ' || p.last
    WHEN 3 THEN (ARRAY['Site Display Name', 'Membership Admin Notice Recipients', 'Stripe Secret Key', 'Email Host Password', 'Event Admin Notice Recipients'])[1 + a.k % 5]
    WHEN 4 THEN coalesce(ev.title, extract(year FROM a.at) || ' Annual Conference & CE Summit')
    ELSE 'Registrant ' || p.first || ' ' || p.last END,
  a.flag,
  CASE WHEN a.flag = 3 THEN ''
       WHEN a.at < '2017-06-21' THEN CASE WHEN a.flag = 1 THEN '' ELSE (ARRAY[
         ARRAY['Changed email.', 'Changed first_name and last_name.', 'Changed is_active.'], ARRAY['Changed phone.', 'Changed address and zipcode.', 'Changed admin_notes.'],
         ARRAY['Changed status_detail and expire_dt.', 'Changed membership_type.', 'Changed admin_notes.'], ARRAY['Changed value.', 'Changed value.', 'Changed value.'],
         ARRAY['Changed start_dt and end_dt.', 'Changed description.', 'Changed place.'], ARRAY['Changed meal_option.', 'Changed checked_in.', 'Changed email.']])[a.t + 1][1 + a.k % 3] END
       WHEN a.flag = 1 THEN '[{"added": {}}]'
       ELSE '[{"changed": {"fields": [' || (ARRAY[
         ARRAY['"Email address"', '"First name", "Last name"', '"Active"'], ARRAY['"Phone"', '"Address", "Zip code"', '"Admin notes"'],
         ARRAY['"Status detail", "Expire dt"', '"Membership type"', '"Admin notes"'], ARRAY['"Value"', '"Value"', '"Value"'],
         ARRAY['"Start dt", "End dt"', '"Description"', '"Place"'], ARRAY['"Meal option"', '"Checked in"', '"Email"']])[a.t + 1][1 + a.k % 3] || ']}}]' END,
  pgen.ctid(CASE a.t WHEN 0 THEN 'auth' WHEN 1 THEN 'profiles' WHEN 2 THEN 'memberships' WHEN 3 THEN 'site_settings' ELSE 'events' END,
            CASE a.t WHEN 0 THEN 'user' WHEN 1 THEN 'profile' WHEN 2 THEN 'membershipdefault' WHEN 3 THEN 'setting' WHEN 4 THEN 'event' ELSE 'registrant' END),
  a.u
FROM (SELECT k, fixture_gen.n('alt', k, 6) AS t, pgen.at('alat', k, '2015-03-05', '2024-10-02') AS at,
        CASE WHEN fixture_gen.n('alf', k, 12) = 0 THEN 3 WHEN fixture_gen.n('alf', k, 12) < 3 THEN 1 ELSE 2 END AS flag,
        (ARRAY[2, 3, 3, 3, 5, 6, 9, 10])[1 + fixture_gen.n('alu', k, 8)] AS u, 11 + fixture_gen.n('alp', k, 510) AS pi,
        CASE fixture_gen.n('alt', k, 6) WHEN 0 THEN 11 + fixture_gen.n('alp', k, 510) WHEN 1 THEN 11 + fixture_gen.n('alp', k, 510) WHEN 2 THEN 1 + fixture_gen.n('alo', k, 800)
             WHEN 3 THEN 1 + fixture_gen.n('alo', k, 55) ELSE 1 + fixture_gen.n('alo', k, 410) END AS oid
      FROM generate_series(1, 300) k) a
JOIN pgen.p p ON p.i = a.pi
LEFT JOIN LATERAL (SELECT id, title FROM pgen.ev WHERE ev.start_dt > a.at AND ev.start_dt < a.at + interval '8 months' ORDER BY start_dt LIMIT 1) ev ON a.t = 4
ORDER BY a.at, a.k;

-- ---------------------------------------------------------------------------
-- Sessions: signed sessions since the Django 3.1 upgrade, and old rows in
-- the legacy format that nobody ever cleared.

CREATE TABLE django_session (
    session_key varchar(40) NOT NULL PRIMARY KEY,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);
CREATE INDEX django_session_expire_date_a5c62663 ON django_session (expire_date);
INSERT INTO django_session
SELECT pgen.lowr('sskey', s.k, 32),
  CASE WHEN s.legacy THEN translate(encode(convert_to(fixture_gen.hexn('sslh', s.k, 40) || ':' || s.js, 'UTF8'), 'base64'), E'\n', '')
       ELSE pgen.b64url(s.js) || ':' || pgen.b62(extract(epoch FROM s.exp - interval '14 days')::bigint) || ':' || pgen.b64urlr('sssig', s.k, 32) END,
  s.exp
FROM (SELECT k, legacy, exp,
        CASE WHEN u IS NULL THEN CASE WHEN k % 3 = 0 THEN '{"testcookie":"worked"}' ELSE '{"django_timezone":"America/New_York"}' END
             ELSE '{"_auth_user_id":"' || u || '","_auth_user_backend":"tendenci.apps.perms.backend.ObjectPermBackend","_auth_user_hash":"'
                  || fixture_gen.hexn('ssah', u, CASE WHEN legacy THEN 40 ELSE 64 END) || '"' || CASE WHEN k % 4 = 0 THEN ',"django_timezone":"America/Chicago"' ELSE '' END || '}' END AS js
      FROM (SELECT k, k <= 50 AS legacy,
              CASE WHEN k <= 50 THEN pgen.at('ssexp', k, '2018-06-01', '2020-01-14') ELSE pgen.at('ssexp', k, '2024-10-03 08:00', '2024-10-17 08:00') END AS exp,
              CASE WHEN k % 5 = 0 THEN NULL WHEN k % 11 = 0 THEN (ARRAY[2, 3, 5, 6, 9])[1 + k % 5] ELSE 11 + fixture_gen.n('ssu', k, 510) END AS u
            FROM generate_series(1, 250) k) y) s
ORDER BY 1;

-- ---------------------------------------------------------------------------
-- Site settings: one row per setting, values as text. The gateway and mail
-- credentials of the first years were saved before is_secure existed and
-- stayed in plain text; later ones are encrypted.

CREATE TABLE site_settings_setting (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    label varchar(255) NOT NULL,
    description text NOT NULL,
    data_type varchar(10) NOT NULL,
    value text NOT NULL,
    default_value text NOT NULL,
    input_type varchar(25) NOT NULL,
    input_value text NOT NULL,
    client_editable boolean NOT NULL,
    store boolean NOT NULL,
    update_dt timestamp with time zone,
    updated_by varchar(50) NOT NULL,
    scope varchar(50) NOT NULL,
    scope_category varchar(50) NOT NULL,
    parent_id integer,
    is_secure boolean NOT NULL
);
INSERT INTO site_settings_setting (name, label, description, data_type, value, default_value, input_type, input_value, client_editable, store, update_dt, updated_by, scope, scope_category, parent_id, is_secure)
SELECT s.name, s.label, s.descr, s.dt, s.val, s.def, s.it, s.iv, s.ce, true, s.upd, s.by, s.scope, s.cat, NULL, s.sec
FROM (VALUES
 (1, 'sitedisplayname', 'Site Display Name', 'The name of your site, used in page titles and email subjects.', 'string', 'NANAH', 'Tendenci', 'text', '', true, timestamptz '2015-03-02 15:40:00-05', 'admin', 'site', 'global', false),
 (2, 'siteurl', 'Site URL', 'The full URL of the site, without a trailing slash.', 'string', 'https://www.nanah.org', 'http://www.example.com', 'text', '', false, '2015-03-02 15:40:00-05', 'admin', 'site', 'global', false),
 (3, 'sitecontactname', 'Site Contact Name', 'Name shown as the contact for the site.', 'string', 'Denise Whitfield', '', 'text', '', true, '2016-06-07 09:12:44-04', 'dwhitfield', 'site', 'global', false),
 (4, 'sitecontactemail', 'Site Contact Email', 'Email shown as the contact for the site.', 'string', 'dwhitfield@nanah.org', '', 'text', '', true, '2016-06-07 09:12:44-04', 'dwhitfield', 'site', 'global', false),
 (5, 'sitephonenumber', 'Site Phone Number', '', 'string', '(614) 221-4470', '', 'text', '', true, '2015-03-02 15:41:10-05', 'admin', 'site', 'global', false),
 (6, 'defaulttimezone', 'Default Time Zone', '', 'string', 'America/New_York', 'US/Central', 'select', '<timezone_list>', true, '2015-03-02 15:41:10-05', 'admin', 'site', 'global', false),
 (7, 'language', 'Default Language', '', 'string', 'en', 'en', 'select', '<language_list>', true, '2015-03-02 15:41:10-05', 'admin', 'site', 'global', false),
 (8, 'admin_emails', 'Admin Emails', 'Comma-separated list of addresses that receive admin notices.', 'string', 'mgarza@nanah.org, dwhitfield@nanah.org, anwosu@nanah.org, jason@lonestarwebworks.com', '', 'text', '', true, '2022-08-30 11:02:19-04', 'dwhitfield', 'site', 'global', false),
 (9, 'googleanalyticsid', 'Google Analytics ID', '', 'string', 'G-7QX2K9L4MB', '', 'text', '', true, '2023-06-28 16:44:51-04', 'jmiller.webdev', 'site', 'global', false),
 (10, 'currencysymbol', 'Currency Symbol', '', 'string', '$', '$', 'text', '', true, '2015-03-02 15:41:10-05', 'admin', 'site', 'global', false),
 (11, 'merchantaccount', 'Merchant Account', 'The payment gateway that processes online payments.', 'string', 'stripe', 'authorizenet', 'select',
      '(''authorizenet'', ''firstdata'', ''paypalpayflowlink'', ''paypal'', ''stripe'', ''payflowlink'')', false, '2021-06-14 22:31:05-05', 'jmiller.webdev', 'site', 'global', false),
 (12, 'recaptcha_site_key', 'reCAPTCHA Site Key', '', 'string', '6Lc' || fixture_gen.chars('rcsk', 1, 37, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), '', 'text', '', false, '2019-11-20 13:15:00-05', 'jmiller.webdev', 'site', 'global', false),
 (13, 'recaptcha_secret_key', 'reCAPTCHA Secret Key', '', 'string', '6Lc' || fixture_gen.chars('rcpk', 1, 37, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), '', 'text', '', false, '2019-11-20 13:15:00-05', 'jmiller.webdev', 'site', 'global', false),
 (14, 'googlemapsapikey', 'Google Maps API Key', '', 'string', 'AIza' || 'Sy' || fixture_gen.chars('gmk', 1, 33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), '', 'text', '', false, '2018-02-12 10:03:27-05', 'jmiller.webdev', 'site', 'global', false),
 (15, 'authorizenet_login', 'Authorize.Net API Login ID', '', 'string', fixture_gen.chars('anl', 1, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'), '', 'text', '', false, '2015-03-04 11:20:00-05', 'admin', 'module', 'payments', false),
 (16, 'authorizenet_trans_key', 'Authorize.Net Transaction Key', '', 'string', fixture_gen.chars('antk', 1, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'), '', 'text', '', false, '2015-03-04 11:20:00-05', 'admin', 'module', 'payments', false),
 (17, 'authorizenet_md5_hash', 'Authorize.Net MD5 Hash Value', '', 'string', 'Nightingale' || (2015 + 0) || 'hash', '', 'text', '', false, '2015-03-04 11:21:40-05', 'admin', 'module', 'payments', false),
 (18, 'stripe_publishable_key', 'Stripe Publishable Key', '', 'string', 'pk_' || 'live_' || '51J' || fixture_gen.chars('spk', 1, 96), '', 'text', '', false, '2021-06-14 22:29:48-05', 'jmiller.webdev', 'module', 'payments', false),
 (19, 'stripe_secret_key', 'Stripe Secret Key', '', 'string', pgen.fernet('ssk', 1, 7), '', 'text', '', false, '2023-03-02 09:14:33-05', 'jmiller.webdev', 'module', 'payments', true),
 (20, 'stripe_webhook_secret', 'Stripe Webhook Signing Secret', '', 'string', pgen.fernet('swh', 1, 3), '', 'text', '', false, '2023-03-02 09:15:02-05', 'jmiller.webdev', 'module', 'payments', true),
 (21, 'emailhost', 'Email Host', 'SMTP server used to send email.', 'string', 'smtp.sendgrid.net', 'localhost', 'text', '', false, '2017-02-08 14:30:00-05', 'jmiller.webdev', 'module', 'emails', false),
 (22, 'emailport', 'Email Port', '', 'int', '587', '25', 'text', '', false, '2017-02-08 14:30:00-05', 'jmiller.webdev', 'module', 'emails', false),
 (23, 'emailhostuser', 'Email Host User', '', 'string', 'apikey', '', 'text', '', false, '2017-02-08 14:30:00-05', 'jmiller.webdev', 'module', 'emails', false),
 (24, 'emailhostpassword', 'Email Host Password', '', 'string', 'SG' || '.' || fixture_gen.chars('sgk1', 1, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '.' || fixture_gen.chars('sgk2', 1, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), '', 'text', '', false, '2017-02-08 14:31:12-05', 'jmiller.webdev', 'module', 'emails', false),
 (25, 'emailusetls', 'Email Use TLS', '', 'boolean', 'true', 'false', 'select', 'true,false', false, '2017-02-08 14:30:00-05', 'jmiller.webdev', 'module', 'emails', false),
 (26, 'defaultfromemail', 'Default From Email', '', 'string', 'noreply@nanah.org', 'noreply@example.com', 'text', '', true, '2017-02-08 14:30:00-05', 'jmiller.webdev', 'module', 'emails', false),
 (27, 'membershiprecipients', 'Membership Admin Notice Recipients', 'Who is notified of new applications and renewals.', 'string', 'mgarza@nanah.org, membership@nanah.org', '', 'text', '', true, '2019-05-02 10:01:44-04', 'dwhitfield', 'module', 'memberships', false),
 (28, 'memberprotection', 'Member Protection', '', 'string', 'private', 'public', 'select', 'public,all-members,member-type,private', true, '2015-03-05 09:00:00-05', 'admin', 'module', 'memberships', false),
 (29, 'renewalgracedays', 'Renewal Grace Days', 'Days after expiration during which a member can still renew.', 'int', '30', '0', 'text', '', true, '2015-03-05 09:00:00-05', 'admin', 'module', 'memberships', false),
 (30, 'showmembernumber', 'Show Member Number', '', 'boolean', 'true', 'false', 'select', 'true,false', true, '2015-03-05 09:00:00-05', 'admin', 'module', 'memberships', false),
 (31, 'eventsrecipients', 'Event Admin Notice Recipients', '', 'string', 'anwosu@nanah.org, events@nanah.org', '', 'text', '', true, '2021-01-11 14:22:09-05', 'anwosu', 'module', 'events', false),
 (32, 'anonymousregistration', 'Anonymous Registration', 'Let people register for events without an account.', 'boolean', 'true', 'false', 'select', 'true,false', true, '2015-03-05 09:00:00-05', 'admin', 'module', 'events', false),
 (33, 'donationsallocations', 'Donation Allocations', '', 'string', 'Scholarship Fund,Nurses Relief Fund,Where needed most,Annual Conference,Advocacy Fund', '', 'text', '', true, '2020-04-03 16:47:21-04', 'dwhitfield', 'module', 'donations', false),
 (34, 'donationspresetamounts', 'Preset Amounts', '', 'string', '25,50,100,250,500', '', 'text', '', true, '2020-04-03 16:47:21-04', 'dwhitfield', 'module', 'donations', false),
 (35, 'donationsrecipients', 'Donation Notice Recipients', '', 'string', 'rbautista@nanah.org', '', 'text', '', true, '2020-04-03 16:47:21-04', 'dwhitfield', 'module', 'donations', false),
 (36, 'theme', 'Theme', '', 'string', 'nanah-2022', 'tendenci2020', 'select', '<theme_list>', true, '2022-08-01 20:15:37-04', 'jmiller.webdev', 'module', 'theme_editor', false),
 (37, 'facebook', 'Facebook URL', '', 'string', 'https://www.facebook.com/NANAHnurses', '', 'text', '', true, '2016-03-14 12:00:00-04', 'spark', 'module', 'theme', false),
 (38, 'twitter', 'Twitter URL', '', 'string', 'https://twitter.com/nanah_nurses', '', 'text', '', true, '2016-03-14 12:00:00-04', 'spark', 'module', 'theme', false),
 (39, 'footercontact', 'Footer Contact Text', '', 'string', 'NANAH - 2 Miranova Place, Suite 500, Columbus, OH 43215 - (614) 221-4470', '', 'textarea', '', true, '2022-08-01 20:20:11-04', 'spark', 'module', 'theme', false)
) s(o, name, label, descr, dt, val, def, it, iv, ce, upd, by, scope, cat, sec)
ORDER BY s.o;
-- The Authorize.Net keys were re-saved encrypted when the gateway was kept
-- as a fallback; the login id stayed plain.
UPDATE site_settings_setting SET value = pgen.fernet('antk', 2, 2), is_secure = true, update_dt = '2021-06-14 22:30:40-05', updated_by = 'jmiller.webdev' WHERE name = 'authorizenet_trans_key';
-- Each module has its "enabled" switch.
INSERT INTO site_settings_setting (name, label, description, data_type, value, default_value, input_type, input_value, client_editable, store, update_dt, updated_by, scope, scope_category, parent_id, is_secure)
SELECT 'enabled', 'Enabled', 'Turn the module on or off.', 'boolean', CASE WHEN m IN ('jobs', 'directories', 'photos') THEN 'false' ELSE 'true' END, 'true', 'select', 'true,false', true, true,
  timestamptz '2015-03-05 09:30:00-05' + make_interval(secs => o * 11), 'admin', 'module', m, NULL, false
FROM unnest(ARRAY['articles', 'news', 'pages', 'events', 'memberships', 'corporate_memberships', 'donations', 'forms', 'jobs', 'directories', 'newsletters', 'photos', 'files', 'help_files', 'explorer']) WITH ORDINALITY AS t(m, o)
ORDER BY o;

-- ---------------------------------------------------------------------------
-- Saved SQL reports of django-sql-explorer.

CREATE TABLE explorer_query (
    id serial PRIMARY KEY,
    title varchar(255) NOT NULL,
    sql text NOT NULL,
    description text,
    created_at timestamp with time zone NOT NULL,
    last_run_date timestamp with time zone NOT NULL,
    created_by_user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    snapshot boolean NOT NULL,
    connection varchar(128)
);
INSERT INTO explorer_query (title, sql, description, created_at, last_run_date, created_by_user_id, snapshot, connection)
SELECT q.title, q.sql, q.descr, q.ca, q.lr, q.by, false, ''
FROM (VALUES
 (1, 'Active members by chapter', E'SELECT md.chapter, count(*) AS members\nFROM memberships_membershipdefault md\nWHERE md.status_detail = ''active''\nGROUP BY md.chapter\nORDER BY members DESC;',
     'Monthly count for the membership dashboard.', timestamptz '2020-02-03 10:14:00-05', timestamptz '2024-10-01 08:31:10-04', 3),
 (2, 'Members expiring in the next 60 days', E'SELECT u.first_name, u.last_name, u.email, p.mobile_phone, md.expire_dt\nFROM memberships_membershipdefault md\nJOIN auth_user u ON u.id = md.user_id\nJOIN profiles_profile p ON p.user_id = u.id\nWHERE md.status_detail = ''active''\n  AND md.expire_dt < current_date + 60\nORDER BY md.expire_dt;',
     'For the renewal phone bank.', '2020-02-03 10:40:00-05', '2024-09-30 14:02:44-04', 3),
 (3, '2024 conference: registrants, meals and special needs', E'SELECT r.first_name, r.last_name, r.company_name, r.meal_option, r.comments\nFROM events_registrant r\nJOIN events_registration g ON g.id = r.registration_id\nWHERE g.event_id = 27 AND NOT g.canceled\nORDER BY r.last_name;',
     'Sent to the Atlanta Marriott catering manager (meal counts only!).', '2024-08-19 15:22:31-04', '2024-10-02 17:45:12-04', 5),
 (4, 'Lapsed Texas LVNs for the win-back mailing', E'SELECT u.first_name, u.last_name, p.address, p.address2, p.city, p.state, p.zipcode\nFROM memberships_membershipdefault md\nJOIN auth_user u ON u.id = md.user_id JOIN profiles_profile p ON p.user_id = u.id\nWHERE md.status_detail = ''expired'' AND md.membership_type_id = 2 AND md.chapter = ''Texas Chapter'';',
     '', '2023-01-17 11:05:09-05', '2023-01-17 11:06:40-05', 3),
 (5, 'Duplicate accounts by email', E'SELECT lower(email), count(*), string_agg(username, '', '')\nFROM auth_user\nGROUP BY lower(email) HAVING count(*) > 1;',
     '', '2019-08-08 09:00:00-04', '2024-07-02 10:12:55-04', 10),
 (6, 'Declined card payments this month', E'SELECT p.create_dt, p.first_name, p.last_name, p.email, p.amount, p.response_reason_text\nFROM payments_payment p\nWHERE p.status_detail = ''not approved'' AND p.create_dt >= date_trunc(''month'', current_date);',
     'Rowena follows up by phone.', '2021-07-01 08:45:00-04', '2024-10-01 09:12:01-04', 6),
 (8, 'Board packet: new members and renewals by year', E'SELECT extract(year FROM create_dt) AS yr, sum(CASE WHEN renewal THEN 0 ELSE 1 END) AS new_members, sum(CASE WHEN renewal THEN 1 ELSE 0 END) AS renewals\nFROM memberships_membershipdefault GROUP BY 1 ORDER BY 1;',
     'For Denise - board meeting 9/19.', '2022-09-06 13:30:00-04', '2024-09-12 16:20:33-04', 2),
 (9, '2024 scholarship applications', E'SELECT e.id, e.entry_time, f.label, fe.value\nFROM forms_formentry e\nJOIN forms_fieldentry fe ON fe.entry_id = e.id JOIN forms_field f ON f.id = fe.field_id\nWHERE e.form_id = 4\nORDER BY e.id, f.position;',
     'Export for the scholarship committee (Kevin).', '2024-04-16 09:10:00-04', '2024-04-22 14:55:09-04', 4),
 (10, 'Corporate reps and their hospitals', E'SELECT r.corp_profile_id, u.first_name, u.last_name, u.email, p.company, r.is_dues_rep\nFROM corporate_memberships_corpmembershiprep r\nJOIN auth_user u ON u.id = r.user_id JOIN profiles_profile p ON p.user_id = u.id;',
     '', '2021-11-30 10:00:00-05', '2024-09-03 11:41:27-04', 3),
 (11, 'Donations in memory or honor (thank-you letters)', E'SELECT d.first_name, d.last_name, d.address, d.city, d.state, d.zip_code, d.donation_amount, d.comments\nFROM donations_donation d\nWHERE d.comments ILIKE ''%memory%'' OR d.comments ILIKE ''%honor%''\nORDER BY d.create_dt DESC;',
     '', '2020-12-01 15:00:00-05', '2024-09-05 10:30:18-04', 6),
 (12, 'Checks to deposit', E'SELECT i.id, i.bill_to, i.total, i.admin_notes FROM invoices_invoice i\nWHERE i.balance > 0 AND NOT i.is_void ORDER BY i.create_dt;',
     '', '2018-03-12 09:30:00-04', '2024-10-02 09:02:48-04', 6),
 (13, 'Members licensed in another state', E'SELECT u.first_name, u.last_name, md.license_number, md.license_state, md.home_state\nFROM memberships_membershipdefault md JOIN auth_user u ON u.id = md.user_id\nWHERE md.status_detail = ''active'' AND md.license_state <> md.home_state AND md.license_state <> '''';',
     'Compact licensure question from the TX legislative committee.', '2023-05-24 12:12:12-05', '2023-05-24 12:14:40-05', 3)
) q(o, title, sql, descr, ca, lr, by)
ORDER BY q.o;
-- Look-ups staff saved for one member (their address in the WHERE clause).
INSERT INTO explorer_query (title, sql, description, created_at, last_run_date, created_by_user_id, snapshot, connection)
SELECT 'Renewal history for ' || p.first || ' ' || p.last,
  E'SELECT md.id, md.status_detail, md.join_dt, md.expire_dt, i.total, i.balance\nFROM memberships_membershipdefault md\nJOIN auth_user u ON u.id = md.user_id\nLEFT JOIN memberships_membershipset s ON s.id = md.id\nLEFT JOIN invoices_invoice i ON i.id = s.invoice_id\nWHERE u.email = ''' || p.email || E'''\nORDER BY md.id;',
  CASE WHEN p.i % 2 = 0 THEN 'She says she paid twice in ' || to_char(pgen.at('eqd', p.i, '2023-01-01', '2024-08-01'), 'FMMonth YYYY') || '.' ELSE '' END,
  pgen.at('eqc', p.i, '2023-01-01', '2024-09-20'), pgen.at('eqc', p.i, '2024-09-20', '2024-10-02'), 3, false, ''
FROM pgen.p p WHERE p.i IN (47, 133, 268)
ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Object permissions: who may view or change a page, article, event or form.

CREATE TABLE perms_objectpermission (
    id serial PRIMARY KEY,
    codename varchar(255) NOT NULL,
    object_id integer NOT NULL CHECK (object_id >= 0),
    create_dt timestamp with time zone NOT NULL,
    status boolean NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    group_id integer,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO perms_objectpermission (codename, object_id, create_dt, status, content_type_id, group_id, user_id)
SELECT x.a || '_' || x.m, x.oid, pgen.at('opc', k, '2015-04-01', '2024-09-30'), true, pgen.ctid(x.app, x.m),
  CASE WHEN k % 3 <> 0 THEN 1 + fixture_gen.n('opg', k, 12) END, CASE WHEN k % 3 = 0 THEN (ARRAY[2, 3, 4, 5, 7, 8, 9])[1 + fixture_gen.n('opu', k, 7)] END
FROM generate_series(1, 96) k
CROSS JOIN LATERAL (SELECT (ARRAY['view', 'change', 'view', 'view'])[1 + fixture_gen.n('opa', k, 4)] AS a,
                           (ARRAY['pages', 'articles', 'events', 'forms', 'files', 'news'])[1 + k % 6] AS app,
                           (ARRAY['page', 'article', 'event', 'form', 'file', 'news'])[1 + k % 6] AS m,
                           1 + fixture_gen.n('opo', k, 60) AS oid) x
ORDER BY 3, k;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
