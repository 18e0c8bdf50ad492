-- classify-eval fixture (HOLDOUT 59: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- Open edX LMS (edx-platform, Quince/Redwood release, Django) ported from
-- MySQL to PostgreSQL, in the naming its Django migrations create (auth_,
-- student_, user_api_, courseware_, grades_, certificates_, verify_student_,
-- social_auth_, third_party_auth_, oauth2_provider_, bulk_email_, survey_,
-- teams_, embargo_, course_modes_, edxval_, edx_proctoring_, credit_,
-- program_enrollments_, lti_consumer_, instructor_task_, submissions_ and
-- django_ tables), a subset of its tables with their columns and types:
-- serial keys, MySQL datetime(6) as timestamptz, Django TextFields that
-- hold JSON kept as text (as the app reads them), booleans, char enums as
-- the app stores them ('f'/'m'/'o', 'hs', 'verified', 'must_reverify').
--
-- Whose data: the Meridian Open Learning Consortium, a consortium of five
-- universities (Kestrel University, Edinburgh; Universität Rheinau, Bonn;
-- Universidad Técnica del Sur, Valparaíso; Adeola University, Ibadan; Hana
-- Institute of Technology, Daejeon) that runs learn.meridian-open.example.
-- Eight course runs (data science, climate policy, renewable energy in
-- Spanish, global public health, robotics, academic writing, EU data
-- protection law). Learners of many countries: accounts with pbkdf2 hashes
-- (unusable ones for SSO accounts), profiles with names in several
-- scripts, years of birth, gender, level of education, mailing addresses,
-- phones, goals and bios; enrolments and staff roles; registration
-- activation keys and pending email changes; user attributes (UTM tags,
-- sites) and preferences (languages, time zones, privacy); retirement
-- requests keeping the original username, email and name; courseware state
-- JSON (problem answers, free-text reflections, video positions); grades;
-- certificates issued in learners' names; ID verification with the photo
-- keys and encrypted AES keys, SSO verifications; SAML and OAuth2 identity
-- providers (a SAML private key, a Google client secret, contacts in the
-- SAML config), social-auth links with university ids and Google tokens;
-- DOT OAuth applications and tokens; Django sessions; course emails from
-- the teams; survey answers; teams; embargo rules; course modes; videos;
-- proctored exams, attempts with IPs and attempt codes, vendor reviews and
-- allowances; credit requests with the signed learner parameters; program
-- enrolments keyed by university student numbers; LTI tools with their
-- keys and AGS scores; instructor tasks naming learners; ORA submissions.
--
-- What could not be checked: written from memory of the published
-- edx-platform models and migrations of Quince (2023-12) and Redwood
-- (2024-06) and of the pip packages they pin (edx-proctoring 4.x,
-- lti-consumer-xblock 9.x, edx-val, edx-submissions, social-auth-app-django,
-- django-oauth-toolkit 1.7). Column order, a few nullabilities, varchar
-- lengths and some recently added or removed fields (third_party_auth
-- provider flags, LTI 1.3 / Advantage fields, proctoring resume fields,
-- the photo verification expiry fields) may differ from a real install;
-- course_id columns are CourseKeyField varchars as in MySQL. Forum posts
-- live in MongoDB (cs_comments_service) in these releases, so none are
-- here. All people, organisations and keys are invented.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœảạặầũươễ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoaaaauuoe')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking characters; lower: lower-case alphanumerics.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- at: a time between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- wrap: base64 text in lines of 64; keybody: a base64 body with a DER prefix of its kind
-- (the rest pseudo-random, assembled at load time); pem: with its armour lines.
CREATE FUNCTION pgen.wrap(b text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT string_agg(substr(b, 1 + 64 * k, 64), E'\n' ORDER BY k) FROM generate_series(0, (length(b) - 1) / 64) k $$;
CREATE FUNCTION pgen.keybody(prefix text, tag text, i bigint, nbytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT prefix || string_agg(translate(fixture_gen.b64(tag || p, i, 192), E'\n', ''), '' ORDER BY p) FROM generate_series(1, greatest(1, nbytes / 192)) p
$$;
CREATE FUNCTION pgen.pem(kind text, body text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '-----BEGIN ' || kind || '-----' || E'\n' || pgen.wrap(body) || E'\n' || '-----END ' || kind || '-----' $$;

-- Cultures: country, names, cities, regions, mail domains, language and time zone.
CREATE TABLE pgen.cu (c text PRIMARY KEY, cc text, firsts text[], lasts text[], cities text[], states text[], domains text[], lang text, tz text, ctry text);
INSERT INTO pgen.cu VALUES
 ('gb', 'GB', ARRAY['Oliver', 'Amelia', 'Callum', 'Isla', 'Hamish', 'Freya', 'Ravi', 'Eilidh'], ARRAY['Taylor', 'MacLeod', 'Khan', 'Evans', 'Fraser', 'Clarke', 'Campbell', 'Okonjo'],
   ARRAY['Edinburgh', 'Glasgow', 'London', 'Manchester', 'Aberdeen'], NULL, ARRAY['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com'], 'en', 'Europe/London', 'United Kingdom'),
 ('de', 'DE', ARRAY['Jonas', 'Lena', 'Felix', 'Marie', 'Tobias', 'Sophie', 'Lukas', 'Hannah'], ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Krämer', 'Yıldırım'],
   ARRAY['Bonn', 'Köln', 'Berlin', 'München', 'Leipzig'], NULL, ARRAY['gmx.de', 'web.de', 't-online.de', 'posteo.de'], 'de-de', 'Europe/Berlin', 'Germany'),
 ('cl', 'CL', ARRAY['Camila', 'Matías', 'Valentina', 'Benjamín', 'Javiera', 'Tomás', 'Catalina', 'Ignacio'], ARRAY['González', 'Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Araya'],
   ARRAY['Santiago', 'Valparaíso', 'Viña del Mar', 'Concepción', 'Antofagasta'], ARRAY['Región de Valparaíso', 'Región Metropolitana', 'Región del Biobío'], ARRAY['gmail.com', 'hotmail.com', 'vtr.net'], 'es-419', 'America/Santiago', 'Chile'),
 ('mx', 'MX', ARRAY['Ximena', 'Santiago', 'Regina', 'Emiliano', 'Fernanda', 'Diego', 'Guadalupe', 'Alejandro'], ARRAY['Hernández', 'García', 'López', 'Ramírez', 'Flores', 'Cruz', 'Morales', 'Reyes'],
   ARRAY['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Oaxaca'], ARRAY['CDMX', 'Jalisco', 'Nuevo León', 'Puebla', 'Oaxaca'], ARRAY['gmail.com', 'hotmail.com', 'prodigy.net.mx'], 'es-419', 'America/Mexico_City', 'Mexico'),
 ('ng', 'NG', ARRAY['Chinedu', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Emeka', 'Ngozi', 'Tunde', 'Zainab'], ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Abubakar', 'Okonkwo'],
   ARRAY['Ibadan', 'Lagos', 'Abuja', 'Enugu', 'Kano'], ARRAY['Oyo', 'Lagos', 'FCT', 'Enugu', 'Kano'], ARRAY['gmail.com', 'yahoo.com', 'outlook.com'], 'en', 'Africa/Lagos', 'Nigeria'),
 ('gh', 'GH', ARRAY['Kwame', 'Ama', 'Kofi', 'Abena', 'Yaw', 'Akosua', 'Kwabena', 'Efua'], ARRAY['Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Agyeman', 'Darko', 'Appiah'],
   ARRAY['Accra', 'Kumasi', 'Tamale', 'Cape Coast'], NULL, ARRAY['gmail.com', 'yahoo.com'], 'en', 'Africa/Accra', 'Ghana'),
 ('kr', 'KR', ARRAY['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yoon', 'Su-ah', 'Ye-jun', 'Ji-woo'], ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang'],
   ARRAY['Daejeon', 'Seoul', 'Busan', 'Incheon'], NULL, ARRAY['naver.com', 'daum.net', 'gmail.com'], 'ko-kr', 'Asia/Seoul', 'South Korea'),
 ('in', 'IN', ARRAY['Aarav', 'Priya', 'Vihaan', 'Ananya', 'Arjun', 'Diya', 'Rohan', 'Kavya'], ARRAY['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Bose', 'Patil'],
   ARRAY['Bengaluru', 'Pune', 'Chennai', 'Hyderabad', 'Kochi'], ARRAY['Karnataka', 'Maharashtra', 'Tamil Nadu', 'Telangana', 'Kerala'], ARRAY['gmail.com', 'rediffmail.com', 'yahoo.co.in'], 'en', 'Asia/Kolkata', 'India'),
 ('br', 'BR', ARRAY['João', 'Ana', 'Gabriel', 'Beatriz', 'Rafael', 'Larissa', 'Thiago', 'Juliana'], ARRAY['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Carvalho', 'Almeida'],
   ARRAY['São Paulo', 'Recife', 'Curitiba', 'Belo Horizonte', 'Porto Alegre'], ARRAY['SP', 'PE', 'PR', 'MG', 'RS'], ARRAY['gmail.com', 'uol.com.br', 'bol.com.br'], 'pt-br', 'America/Sao_Paulo', 'Brazil'),
 ('fr', 'FR', ARRAY['Camille', 'Julien', 'Léa', 'Mathieu', 'Chloé', 'Antoine', 'Manon', 'Yanis'], ARRAY['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Haddad', 'Girard', 'Roux'],
   ARRAY['Paris', 'Lyon', 'Toulouse', 'Lille'], NULL, ARRAY['orange.fr', 'free.fr', 'laposte.net'], 'fr', 'Europe/Paris', 'France'),
 ('eg', 'EG', ARRAY['Mohamed', 'Nour', 'Ahmed', 'Mariam', 'Omar', 'Salma', 'Youssef', 'Habiba'], ARRAY['Hassan', 'Mahmoud', 'Ibrahim', 'Abdelrahman', 'Saleh', 'Farouk', 'Mostafa', 'Khalil'],
   ARRAY['Cairo', 'Alexandria', 'Giza', 'Mansoura'], NULL, ARRAY['gmail.com', 'yahoo.com', 'hotmail.com'], 'ar', 'Africa/Cairo', 'Egypt'),
 ('id', 'ID', ARRAY['Putri', 'Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Ayu', 'Fajar'], ARRAY['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Nugroho', 'Kusuma', 'Pratama', 'Lestari'],
   ARRAY['Jakarta', 'Bandung', 'Yogyakarta', 'Surabaya'], ARRAY['DKI Jakarta', 'Jawa Barat', 'DI Yogyakarta', 'Jawa Timur'], ARRAY['gmail.com', 'yahoo.co.id'], 'id', 'Asia/Jakarta', 'Indonesia'),
 ('us', 'US', ARRAY['Emily', 'Michael', 'Ashley', 'Jacob', 'Madison', 'Tyler', 'Jasmine', 'DeShawn'], ARRAY['Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Washington', 'Nguyen'],
   ARRAY['Boston', 'Austin', 'Seattle', 'Chicago', 'Atlanta'], ARRAY['MA', 'TX', 'WA', 'IL', 'GA'], ARRAY['gmail.com', 'yahoo.com', 'comcast.net', 'icloud.com'], 'en', 'America/New_York', 'United States'),
 ('vn', 'VN', ARRAY['Linh', 'Minh', 'Trang', 'Huy', 'Thảo', 'Dũng', 'Hương', 'Quang'], ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'],
   ARRAY['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', 'Huế'], NULL, ARRAY['gmail.com', 'yahoo.com.vn'], 'vi', 'Asia/Ho_Chi_Minh', 'Vietnam'),
 ('ke', 'KE', ARRAY['Wanjiru', 'Otieno', 'Achieng', 'Kipchoge', 'Njeri', 'Mwangi', 'Akinyi', 'Kamau'], ARRAY['Odhiambo', 'Kariuki', 'Wambui', 'Mutua', 'Chebet', 'Njoroge', 'Ochieng', 'Kiprono'],
   ARRAY['Nairobi', 'Mombasa', 'Kisumu', 'Eldoret'], NULL, ARRAY['gmail.com', 'yahoo.com'], 'en', 'Africa/Nairobi', 'Kenya'),
 ('pk', 'PK', ARRAY['Ayesha', 'Hamza', 'Fatima', 'Bilal', 'Zara', 'Usman', 'Hira', 'Ali'], ARRAY['Khan', 'Ahmed', 'Qureshi', 'Malik', 'Siddiqui', 'Chaudhry', 'Butt', 'Raza'],
   ARRAY['Lahore', 'Karachi', 'Islamabad', 'Peshawar'], ARRAY['Punjab', 'Sindh', 'ICT', 'KP'], ARRAY['gmail.com', 'hotmail.com', 'yahoo.com'], 'en', 'Asia/Karachi', 'Pakistan');

-- Names in their own script for some Korean and Egyptian learners (edX profile names are free text).
CREATE TABLE pgen.native (c text, k int, first text, last text, PRIMARY KEY (c, k));
INSERT INTO pgen.native VALUES
 ('kr', 1, '민준', '김'), ('kr', 2, '서연', '이'), ('kr', 3, '지호', '박'), ('kr', 4, '하은', '최'), ('kr', 5, '도윤', '정'), ('kr', 6, '수아', '강'), ('kr', 7, '예준', '윤'), ('kr', 8, '지우', '장'),
 ('eg', 1, 'محمد', 'حسن'), ('eg', 2, 'نور', 'محمود'), ('eg', 3, 'أحمد', 'إبراهيم'), ('eg', 4, 'مريم', 'عبد الرحمن'), ('eg', 5, 'عمر', 'صالح'), ('eg', 6, 'سلمى', 'فاروق'), ('eg', 7, 'يوسف', 'مصطفى'), ('eg', 8, 'حبيبة', 'خليل');

CREATE FUNCTION pgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'gb' THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN 'de' THEN '+49 1' || (5 + fixture_gen.n(tag, i, 3)) || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 8)
    WHEN 'cl' THEN '+56 9 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'mx' THEN '+52 1 55 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ng' THEN '0' || fixture_gen.pick(ARRAY['803', '806', '813', '816', '703', '905'], tag, i) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'gh' THEN '+233 ' || fixture_gen.pick(ARRAY['24', '54', '20', '27'], tag, i) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'kr' THEN '010-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'br' THEN '(' || fixture_gen.pick(ARRAY['11', '81', '41', '31', '51'], tag, i) || ') 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'fr' THEN '06 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'eg' THEN '+20 10 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'id' THEN '+62 812-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'us' THEN '(' || (201 + fixture_gen.n(tag, i, 700)) || ') ' || (200 + fixture_gen.n(tag || 'y', i, 700)) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'vn' THEN '+84 9' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 3) || ' ' || fixture_gen.digits(tag || 'z', i, 3)
    WHEN 'ke' THEN '+254 7' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    ELSE '+92 3' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 7) END
$$;

CREATE FUNCTION pgen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'gb' THEN CASE WHEN i % 3 = 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 12)) || '/' || (1 + fixture_gen.n(tag || 'g', i, 4)) || ', ' ELSE '' END || (1 + fixture_gen.n(tag, i, 200)) || ' ' || fixture_gen.pick(ARRAY['Marchmont Road', 'Leith Walk', 'Great Western Road', 'Victoria Road', 'Church Lane'], tag, i)
    WHEN 'de' THEN fixture_gen.pick(ARRAY['Poppelsdorfer Allee', 'Endenicher Straße', 'Kaiserstraße', 'Lindenallee', 'Venloer Straße'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 140)) || CASE WHEN i % 5 = 0 THEN 'a' ELSE '' END
    WHEN 'cl' THEN fixture_gen.pick(ARRAY['Avenida Brasil', 'Calle Condell', 'Avenida Libertad', 'Pasaje Templeman', 'Avenida Providencia'], tag, i) || ' ' || (100 + fixture_gen.n(tag, i, 2400)) || CASE WHEN i % 3 = 0 THEN ', depto ' || (101 + fixture_gen.n(tag || 'a', i, 1500)) ELSE '' END
    WHEN 'mx' THEN fixture_gen.pick(ARRAY['Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec', 'Calle Macedonio Alcalá'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 1800)) || ', Col. ' || fixture_gen.pick(ARRAY['Roma Norte', 'Del Valle', 'Americana', 'Centro'], tag || 'c', i)
    WHEN 'ng' THEN (1 + fixture_gen.n(tag, i, 60)) || ' ' || fixture_gen.pick(ARRAY['Ring Road, Challenge', 'Adeola Odeku Street, Victoria Island', 'Allen Avenue, Ikeja', 'Aminu Kano Crescent, Wuse 2', 'Bodija Estate'], tag, i)
    WHEN 'gh' THEN 'House No. ' || (1 + fixture_gen.n(tag, i, 90)) || ', ' || fixture_gen.pick(ARRAY['Oxford Street, Osu', 'Asylum Down', 'Adum, near Prempeh Assembly Hall', 'Spintex Road'], tag, i)
    WHEN 'kr' THEN fixture_gen.pick(ARRAY['대전광역시 유성구 대학로', '서울특별시 관악구 관악로', '부산광역시 해운대구 센텀중앙로', '인천광역시 연수구 송도과학로'], tag, i) || ' ' || (1 + fixture_gen.n(tag, i, 300))
    WHEN 'in' THEN '#' || (1 + fixture_gen.n(tag, i, 400)) || ', ' || fixture_gen.pick(ARRAY['12th Main, Indiranagar', 'Lane 7, Koregaon Park', '3rd Cross, Adyar', 'Road No. 10, Banjara Hills'], tag, i)
    WHEN 'br' THEN fixture_gen.pick(ARRAY['Rua Augusta', 'Av. Boa Viagem', 'Rua XV de Novembro', 'Rua da Bahia'], tag, i) || ', ' || (1 + fixture_gen.n(tag, i, 3000)) || CASE WHEN i % 2 = 0 THEN ', apto ' || (11 + fixture_gen.n(tag || 'a', i, 190)) ELSE '' END
    WHEN 'fr' THEN (1 + fixture_gen.n(tag, i, 120)) || ' ' || fixture_gen.pick(ARRAY['rue Oberkampf', 'avenue Jean Jaurès', 'rue de la Part-Dieu', 'boulevard Voltaire'], tag, i)
    WHEN 'eg' THEN (1 + fixture_gen.n(tag, i, 80)) || ' ' || fixture_gen.pick(ARRAY['Tahrir Street, Dokki', 'El Horreya Road, Sporting', 'Abbas El Akkad, Nasr City', 'Mohandessin, Shehab Street'], tag, i)
    WHEN 'id' THEN 'Jl. ' || fixture_gen.pick(ARRAY['Kaliurang Km 5', 'Dago', 'Sudirman', 'Diponegoro'], tag, i) || ' No. ' || (1 + fixture_gen.n(tag, i, 150))
    WHEN 'us' THEN (100 + fixture_gen.n(tag, i, 9000)) || ' ' || fixture_gen.pick(ARRAY['Commonwealth Ave', 'Congress Ave', 'Pine St', 'N Clark St', 'Peachtree St NE'], tag, i) || CASE WHEN i % 3 = 0 THEN ' Apt ' || (1 + fixture_gen.n(tag || 'a', i, 40)) ELSE '' END
    WHEN 'vn' THEN 'Số ' || (1 + fixture_gen.n(tag, i, 200)) || ' ' || fixture_gen.pick(ARRAY['Phố Huế', 'Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo'], tag, i)
    WHEN 'ke' THEN fixture_gen.pick(ARRAY['Ngong Road, Kilimani', 'Moi Avenue', 'Oginga Odinga Street', 'Kenyatta Avenue'], tag, i) || ', P.O. Box ' || (100 + fixture_gen.n(tag, i, 90000))
    ELSE 'House ' || (1 + fixture_gen.n(tag, i, 300)) || ', Street ' || (1 + fixture_gen.n(tag || 'a', i, 40)) || ', ' || fixture_gen.pick(ARRAY['DHA Phase 5', 'Gulberg III', 'F-7/2', 'Clifton Block 4'], tag, i) END
$$;

CREATE FUNCTION pgen.zip(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'gb' THEN fixture_gen.pick(ARRAY['EH9', 'EH6', 'G12', 'M14', 'AB24'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 'de' THEN lpad((1067 + fixture_gen.n(tag, i, 98000))::text, 5, '0')
    WHEN 'cl' THEN (2340000 + fixture_gen.n(tag, i, 9000))::text
    WHEN 'mx' THEN lpad((1000 + fixture_gen.n(tag, i, 90000))::text, 5, '0')
    WHEN 'ng' THEN (100001 + fixture_gen.n(tag, i, 800000))::text
    WHEN 'gh' THEN fixture_gen.pick(ARRAY['GA-', 'AK-', 'NT-'], tag, i) || fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'p', i, 4)
    WHEN 'kr' THEN (34000 + fixture_gen.n(tag, i, 9000))::text
    WHEN 'in' THEN (400001 + fixture_gen.n(tag, i, 160000))::text
    WHEN 'br' THEN fixture_gen.digits(tag, i, 5) || '-' || fixture_gen.digits(tag || 'p', i, 3)
    WHEN 'fr' THEN lpad((1000 + fixture_gen.n(tag, i, 94000))::text, 5, '0')
    WHEN 'eg' THEN (11000 + fixture_gen.n(tag, i, 10000))::text
    WHEN 'id' THEN (10000 + fixture_gen.n(tag, i, 80000))::text
    WHEN 'us' THEN lpad((1001 + fixture_gen.n(tag, i, 98000))::text, 5, '0')
    WHEN 'vn' THEN (100000 + fixture_gen.n(tag, i, 700000))::text
    WHEN 'ke' THEN lpad(fixture_gen.n(tag, i, 99999)::text, 5, '0')
    ELSE (54000 + fixture_gen.n(tag, i, 20000))::text END
$$;

-- People. 1-6 service accounts (no person); 7-30 course teams and
-- consortium staff; 31-420 learners. k: the index into the culture's names.
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, cc text, first text, last text, full_name text, profile_name text, username text, email text, phone text,
  street text, zip text, city text, state text, ctry text, yob int, gender text, edu text, joined timestamptz, kind text, sso text, univ text, retired boolean,
  retired_username text, retired_email text, female boolean, lang text, tz text);
INSERT INTO pgen.p (i, c, kind)
SELECT i, CASE
    WHEN i <= 6 THEN NULL
    WHEN i <= 12 THEN (ARRAY['gb', 'gb', 'gb', 'in', 'gb', 'fr'])[i - 6]
    WHEN i <= 16 THEN (ARRAY['de', 'de', 'de', 'de'])[i - 12]
    WHEN i <= 20 THEN (ARRAY['cl', 'cl', 'cl', 'mx'])[i - 16]
    WHEN i <= 24 THEN (ARRAY['ng', 'ng', 'ng', 'gh'])[i - 20]
    WHEN i <= 27 THEN 'kr'
    WHEN i <= 30 THEN (ARRAY['gb', 'ke', 'de'])[i - 27]
    ELSE fixture_gen.pick(ARRAY['gb', 'gb', 'de', 'de', 'cl', 'cl', 'cl', 'mx', 'mx', 'ng', 'ng', 'ng', 'gh', 'gh', 'kr', 'kr', 'in', 'in', 'in', 'br', 'br', 'fr',
      'eg', 'eg', 'id', 'us', 'us', 'vn', 'ke', 'ke', 'pk', 'pk'], 'pc', i) END,
  CASE WHEN i <= 6 THEN 'svc' WHEN i <= 30 THEN 'staff' ELSE 'learner' END
FROM generate_series(1, 420) i;

UPDATE pgen.p p SET cc = cu.cc, ctry = cu.ctry, lang = cu.lang, tz = CASE WHEN cu.c = 'us' THEN fixture_gen.pick(ARRAY['America/New_York', 'America/Chicago', 'America/Los_Angeles'], 'ptz', p.i) ELSE cu.tz END,
  first = cu.firsts[1 + fixture_gen.n('pf', p.i, 8)], last = cu.lasts[1 + fixture_gen.n('pl', p.i, 8)],
  city = fixture_gen.pick(cu.cities, 'pcity', p.i), state = CASE WHEN cu.states IS NOT NULL THEN fixture_gen.pick(cu.states, 'pcity', p.i) END,
  phone = pgen.phone(cu.c, 'pph', p.i), street = pgen.street(cu.c, 'pst', p.i), zip = pgen.zip(cu.c, 'pzip', p.i)
FROM pgen.cu cu WHERE cu.c = p.c;

UPDATE pgen.p SET female = first IN ('Amelia', 'Isla', 'Freya', 'Eilidh', 'Lena', 'Marie', 'Sophie', 'Hannah', 'Camila', 'Valentina', 'Javiera', 'Catalina', 'Ximena', 'Regina',
  'Fernanda', 'Guadalupe', 'Adaeze', 'Funmilayo', 'Ngozi', 'Zainab', 'Ama', 'Abena', 'Akosua', 'Efua', 'Seo-yeon', 'Ha-eun', 'Su-ah', 'Ji-woo', 'Priya', 'Ananya', 'Diya', 'Kavya',
  'Ana', 'Beatriz', 'Larissa', 'Juliana', 'Camille', 'Léa', 'Chloé', 'Manon', 'Nour', 'Mariam', 'Salma', 'Habiba', 'Putri', 'Siti', 'Dewi', 'Ayu', 'Emily', 'Ashley', 'Madison',
  'Jasmine', 'Linh', 'Trang', 'Thảo', 'Hương', 'Wanjiru', 'Achieng', 'Njeri', 'Akinyi', 'Ayesha', 'Fatima', 'Zara', 'Hira');

UPDATE pgen.p SET
  full_name = CASE WHEN c = 'vn' THEN last || ' ' || first WHEN c = 'kr' AND i % 3 = 0 THEN last || ' ' || first ELSE first || ' ' || last END,
  yob = CASE WHEN kind = 'staff' THEN 1962 + fixture_gen.n('yobs', i, 30) WHEN i % 11 = 4 THEN NULL ELSE 1956 + fixture_gen.n('yob', i, 52) END,
  gender = CASE WHEN kind = 'staff' THEN NULL WHEN i % 13 = 5 THEN 'o' WHEN i % 9 = 2 THEN NULL WHEN i % 17 = 8 THEN '' WHEN female THEN 'f' ELSE 'm' END,
  edu = CASE WHEN kind = 'staff' THEN NULL WHEN i % 10 = 3 THEN NULL ELSE fixture_gen.pick(ARRAY['p', 'm', 'm', 'b', 'b', 'b', 'b', 'a', 'hs', 'hs', 'hs', 'jhs', 'el', 'none', 'other'], 'pedu', i) END,
  joined = CASE WHEN kind = 'svc' THEN timestamptz '2021-02-01 09:00:00+00' + make_interval(mins => i * 7)
                WHEN kind = 'staff' THEN pgen.at('pjs', i, '2021-02-01', '2022-09-01')
                ELSE pgen.at('pjl', i, '2021-03-01', '2024-06-20') END,
  sso = CASE WHEN kind = 'staff' AND i BETWEEN 7 AND 11 THEN 'kestrel-sso' WHEN kind = 'staff' AND i BETWEEN 13 AND 16 THEN 'rheinau-shib'
             WHEN kind = 'learner' AND c = 'gb' AND i % 3 <> 0 THEN 'kestrel-sso' WHEN kind = 'learner' AND c = 'de' AND i % 2 = 0 THEN 'rheinau-shib'
             WHEN kind = 'learner' AND i % 8 = 1 THEN 'google-oauth2' END,
  retired = kind = 'learner' AND i % 14 = 9;

UPDATE pgen.p SET profile_name = CASE WHEN c IN ('kr', 'eg') AND i % 2 = 1 AND kind = 'learner' THEN
    (SELECT CASE WHEN n.c = 'kr' THEN n.last || n.first ELSE n.first || ' ' || n.last END FROM pgen.native n JOIN pgen.cu cu ON cu.c = n.c
      WHERE n.c = pgen.p.c AND cu.firsts[n.k] = pgen.p.first LIMIT 1)
  WHEN i % 23 = 6 THEN upper(full_name) WHEN i % 19 = 3 THEN lower(first) || ' ' || last ELSE full_name END;
UPDATE pgen.p SET profile_name = full_name WHERE profile_name IS NULL;

UPDATE pgen.p SET univ = CASE sso WHEN 'kestrel-sso' THEN 's' || (1800000 + fixture_gen.n('uid', i, 600000)) WHEN 'rheinau-shib' THEN pgen.fold(first) || '.' || pgen.fold(last) || '@uni-rheinau.example' END;
UPDATE pgen.p p SET univ = CASE WHEN p.sso = 'rheinau-shib' THEN replace(p.univ, '@', d.rn::text || '@') ELSE p.univ || d.rn END
FROM (SELECT i, row_number() OVER (PARTITION BY univ ORDER BY i) AS rn FROM pgen.p WHERE univ IS NOT NULL) d WHERE d.i = p.i AND d.rn > 1;

UPDATE pgen.p SET username = CASE
    WHEN kind = 'svc' THEN (ARRAY['ecommerce_worker', 'discovery_worker', 'retirement_service_worker', 'login_service_user', 'lms_catalog_service_user', 'insights_worker'])[i]
    WHEN fixture_gen.n('pun', i, 6) = 0 THEN pgen.fold(first) || '_' || pgen.fold(last)
    WHEN fixture_gen.n('pun', i, 6) = 1 THEN pgen.fold(first) || pgen.fold(last) || lpad(((coalesce(yob, 1990)) % 100)::text, 2, '0')
    WHEN fixture_gen.n('pun', i, 6) = 2 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || (i % 97)
    WHEN fixture_gen.n('pun', i, 6) = 3 THEN initcap(pgen.fold(first)) || initcap(pgen.fold(last))
    WHEN fixture_gen.n('pun', i, 6) = 4 THEN pgen.fold(first) || '-' || (i % 1000)
    ELSE fixture_gen.pick(ARRAY['datanerd', 'greenleaf', 'nightowl', 'sunflower', 'lionheart', 'bluefalcon', 'quietstorm', 'kilimanjaro', 'andes_runner', 'seoulmate', 'pixelpusher', 'mangolassi'], 'phd', i) || (i % 100) END;
UPDATE pgen.p p SET username = p.username || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

UPDATE pgen.p p SET email = CASE
    WHEN kind = 'svc' THEN replace(username, '_', '-') || '@meridian-open.example'
    WHEN kind = 'staff' THEN pgen.fold(first) || '.' || pgen.fold(last) || '@' || CASE WHEN i <= 12 THEN 'kestrel.ac.example' WHEN i <= 16 THEN 'uni-rheinau.example' WHEN i <= 20 THEN 'utsur.example'
      WHEN i <= 24 THEN 'adeola.edu.example' WHEN i <= 27 THEN 'hana-tech.example' ELSE 'meridian-open.example' END
    WHEN sso = 'kestrel-sso' THEN univ || '@ed.kestrel.ac.example'
    WHEN sso = 'rheinau-shib' THEN univ
    ELSE CASE fixture_gen.n('pem', i, 4) WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || (i % 89)::text
      WHEN 2 THEN pgen.fold(first) || '_' || pgen.fold(last) ELSE lower(username) END || '@' || fixture_gen.pick(cu.domains, 'pdom', i) END
FROM pgen.cu cu WHERE cu.c = p.c OR (p.c IS NULL AND cu.c = 'gb');
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

UPDATE pgen.p SET retired_username = 'retired__user_' || substr(encode(sha256(convert_to('meridian-retire-salt' || username, 'UTF8')), 'hex'), 1, 40),
  retired_email = 'retired__user_' || substr(encode(sha256(convert_to('meridian-retire-salt' || email, 'UTF8')), 'hex'), 1, 40) || '@retired.invalid' WHERE retired;

-- Courses.
CREATE TABLE pgen.course (k int PRIMARY KEY, key text, org text, num text, run text, title text, start timestamptz, lang text, self_paced boolean);
INSERT INTO pgen.course VALUES
 (1, 'course-v1:KestrelU+DS101+2023_T3', 'KestrelU', 'DS101', '2023_T3', 'Foundations of Data Science', '2023-09-18 09:00:00+00', 'en', false),
 (2, 'course-v1:KestrelU+DS101+2024_T1', 'KestrelU', 'DS101', '2024_T1', 'Foundations of Data Science', '2024-01-22 09:00:00+00', 'en', false),
 (3, 'course-v1:RheinauX+CLIM201+2024_T1', 'RheinauX', 'CLIM201', '2024_T1', 'Climate Systems and Policy', '2024-02-05 08:00:00+00', 'en', false),
 (4, 'course-v1:UTSurX+ENE110+2024_1', 'UTSurX', 'ENE110', '2024_1', 'Energías renovables para el desarrollo', '2024-03-11 12:00:00+00', 'es', false),
 (5, 'course-v1:AdeolaU+PH150+2024_T2', 'AdeolaU', 'PH150', '2024_T2', 'Global Public Health: Epidemiology in Practice', '2024-04-08 08:00:00+00', 'en', false),
 (6, 'course-v1:HanaTechX+ROB210+2024_S1', 'HanaTechX', 'ROB210', '2024_S1', 'Introduction to Robotics and Control', '2024-03-04 00:00:00+00', 'en', false),
 (7, 'course-v1:MeridianX+ACADWRIT+self_paced', 'MeridianX', 'ACADWRIT', 'self_paced', 'Academic Writing in English', '2022-01-10 00:00:00+00', 'en', true),
 (8, 'course-v1:RheinauX+EULAW301+2023_T2', 'RheinauX', 'EULAW301', '2023_T2', 'EU Data Protection Law', '2023-05-02 08:00:00+00', 'en', false);

-- Enrolments of learners: two to four courses each, some one.
CREATE TABLE pgen.enr (i int, k int, mode text, at timestamptz, active boolean, PRIMARY KEY (i, k));
INSERT INTO pgen.enr
SELECT DISTINCT ON (p.i, x.k) p.i, x.k,
  CASE WHEN x.k = 7 AND p.i % 5 = 0 THEN 'honor' WHEN p.i % 4 = 0 OR (p.sso IS NOT NULL AND p.sso <> 'google-oauth2') THEN 'verified' WHEN x.k IN (1, 2) AND p.i % 5 = 3 THEN 'masters'
       WHEN x.k = 5 AND p.i % 9 = 1 THEN 'professional' ELSE 'audit' END,
  greatest(p.joined, c.start - interval '60 days') + make_interval(hours => fixture_gen.n('enat', p.i * 10 + x.k, 900)),
  p.i % 37 <> 3
FROM pgen.p p
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('enk' || j, p.i, 8) AS k FROM generate_series(1, 1 + fixture_gen.n('enn', p.i, 4)) j) x
JOIN pgen.course c ON c.k = x.k
WHERE p.kind = 'learner' AND (greatest(p.joined, c.start - interval '60 days') < timestamptz '2024-06-20' OR x.k = 7)
ORDER BY p.i, x.k;
UPDATE pgen.enr SET at = least(at, timestamptz '2024-06-27 12:00:00+00');

-- Free-text material: learners' goals and bios, some naming employers, family or themselves.
CREATE FUNCTION pgen.goal(p pgen.p, tag text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, p.i, 20)
    WHEN 0 THEN 'I want to move from Excel reporting into proper data analysis at work.'
    WHEN 1 THEN 'Earn the verified certificate and count it towards the MicroMasters.'
    WHEN 2 THEN 'I am a nurse at ' || fixture_gen.pick(ARRAY['Korle Bu Teaching Hospital', 'University College Hospital Ibadan', 'Kenyatta National Hospital', 'Hospital Carlos van Buren'], tag || 'h', p.i) || ' and I want to understand outbreak data better.'
    WHEN 3 THEN 'Prepare for my master''s application in ' || fixture_gen.pick(ARRAY['Germany', 'the UK', 'Korea', 'Canada'], tag || 'm', p.i) || ' next year.'
    WHEN 4 THEN 'Just curious, I like learning new things in my free time.'
    WHEN 5 THEN 'Mejorar mi inglés académico para publicar en revistas internacionales.'
    WHEN 6 THEN 'My employer (' || fixture_gen.pick(ARRAY['Lagos State Ministry of Health', 'Siemens Energy', 'Bancolombia', 'Infosys', 'the county government of Kisumu', 'Pertamina'], tag || 'e', p.i) || ') is paying for this, I need the certificate by the end of the quarter.'
    WHEN 7 THEN 'Get a job in renewable energy after my engineering degree.'
    WHEN 8 THEN 'Help my daughter ' || fixture_gen.pick(ARRAY['Amara', 'Sofía', 'Leila', 'Hana', 'Nia'], tag || 'd', p.i) || ' with her robotics club and learn alongside her.'
    WHEN 9 THEN 'understand climate policy for my work at an NGO'
    WHEN 10 THEN 'I teach secondary school science and want material for my students.'
    WHEN 11 THEN 'Retired engineer, keeping my brain busy :)'
    WHEN 12 THEN 'Quero entender melhor a LGPD e o RGPD para o meu trabalho como DPO.'
    WHEN 13 THEN 'My name is ' || p.full_name || ', I am a final-year student at ' || fixture_gen.pick(ARRAY['Adeola University', 'Kestrel University', 'Universidad Técnica del Sur', 'Hana Institute of Technology'], tag || 'u', p.i) || ' and this course is part of my degree.'
    WHEN 14 THEN 'Learn Python for data science.'
    WHEN 15 THEN 'Après un congé maladie de deux ans je veux reprendre une formation à mon rythme.'
    WHEN 16 THEN 'Switch careers into public health from pharmacy.'
    WHEN 17 THEN 'Build a small robot arm at home.'
    WHEN 18 THEN 'I care for my mother full time, online courses are the only way I can study. Contact me on ' || p.phone || ' if a study group forms.'
    ELSE 'improve my writing for my PhD thesis' END
$$;

CREATE FUNCTION pgen.bio(p pgen.p, tag text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, p.i, 12)
    WHEN 0 THEN 'Data analyst in ' || p.city || '. Coffee, cycling and clean spreadsheets.'
    WHEN 1 THEN 'Lifelong learner. Mother of three. Based in ' || p.city || '.'
    WHEN 2 THEN 'Electrical engineering student, interested in solar microgrids.'
    WHEN 3 THEN 'Hi! I''m ' || split_part(p.full_name, ' ', 1) || ', I work at ' || fixture_gen.pick(ARRAY['Accenture', 'MTN Ghana', 'Hyundai Mobis', 'Petrobras', 'Safaricom', 'Deutsche Bahn'], tag || 'e', p.i) || ' and study in the evenings. Find me on LinkedIn: linkedin.com/in/' || pgen.fold(p.first) || '-' || pgen.fold(p.last) || '-' || fixture_gen.hexn(tag, p.i, 6)
    WHEN 4 THEN 'Teacher. Learner. Runner.'
    WHEN 5 THEN 'Médica residente en salud pública.'
    WHEN 6 THEN 'PhD candidate working on flood risk models.'
    WHEN 7 THEN 'I build robots with kids at our community makerspace in ' || p.city || '.'
    WHEN 8 THEN 'Privacy lawyer, ' || (2024 - coalesce(p.yob, 1985) - 24) || ' years in practice.'
    WHEN 9 THEN 'Open to study buddies, write me at ' || p.email
    WHEN 10 THEN 'Just here to learn.'
    ELSE 'Software developer, self-taught, moving into machine learning.' END
$$;

CREATE TABLE auth_user (
    id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL, username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL, last_name varchar(150) NOT NULL, email varchar(254) NOT NULL UNIQUE, is_staff boolean NOT NULL, is_active boolean NOT NULL,
    date_joined timestamptz NOT NULL
);
INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined)
SELECT i,
  CASE WHEN retired OR kind = 'svc' OR (sso IS NOT NULL AND i % 4 <> 0) THEN '!' || pgen.rnd('unusable', i, 40) ELSE fixture_gen.pbkdf2('pw', i) END,
  CASE WHEN i % 29 = 5 THEN NULL ELSE least(timestamptz '2024-06-28 08:00:00+00', joined + make_interval(days => fixture_gen.n('ll', i, 900))) END,
  i IN (28, 29), CASE WHEN retired THEN retired_username ELSE username END,
  CASE WHEN retired THEN '' WHEN kind = 'staff' OR sso IN ('kestrel-sso', 'rheinau-shib', 'google-oauth2') THEN first ELSE '' END,
  CASE WHEN retired THEN '' WHEN kind = 'staff' OR sso IN ('kestrel-sso', 'rheinau-shib', 'google-oauth2') THEN last ELSE '' END,
  CASE WHEN retired THEN retired_email ELSE email END,
  i IN (3, 28, 29, 30) OR (kind = 'svc'), NOT retired AND i % 43 <> 17, joined
FROM pgen.p ORDER BY i;

CREATE TABLE auth_userprofile (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, meta text NOT NULL, courseware varchar(255) NOT NULL, language varchar(255) NOT NULL, location varchar(255) NOT NULL,
    year_of_birth integer, gender varchar(6), level_of_education varchar(6), mailing_address text, city text, country varchar(2), goals text, bio varchar(3000),
    profile_image_uploaded_at timestamptz, user_id integer NOT NULL UNIQUE, phone_number varchar(50), state varchar(2)
);
INSERT INTO auth_userprofile (name, meta, courseware, language, location, year_of_birth, gender, level_of_education, mailing_address, city, country, goals, bio,
  profile_image_uploaded_at, user_id, phone_number, state)
SELECT CASE WHEN retired THEN '' ELSE profile_name END,
  CASE WHEN retired THEN '' WHEN i % 41 = 12 THEN jsonb_build_object('old_names', jsonb_build_array(jsonb_build_array(
         CASE WHEN female THEN first || ' ' || fixture_gen.last_name('oldn', i) ELSE lower(full_name) END,
         CASE WHEN female THEN 'Got married, please update the name on my certificate' ELSE 'typo in my name' END, to_char(joined + interval '200 days', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'))))::text
       WHEN i % 7 = 0 THEN '{}' ELSE '' END,
  'course.xml',
  CASE WHEN retired THEN '' WHEN i % 15 = 2 THEN fixture_gen.pick(ARRAY['English', 'Spanish', 'Deutsch', 'Português', 'Korean'], 'plang', i) ELSE '' END,
  CASE WHEN retired THEN '' WHEN i % 14 = 6 THEN city || ', ' || ctry ELSE '' END,
  CASE WHEN retired THEN NULL ELSE yob END, CASE WHEN retired THEN NULL ELSE gender END, CASE WHEN retired THEN NULL ELSE edu END,
  CASE WHEN retired THEN NULL WHEN i % 5 IN (1, 3) THEN street || E'\n' || CASE WHEN cc IN ('gb', 'GB') THEN city || E'\n' || zip WHEN cc = 'US' THEN city || ', ' || state || ' ' || zip ELSE zip || ' ' || city END || E'\n' || ctry
       WHEN i % 5 = 4 THEN '' END,
  CASE WHEN retired THEN NULL WHEN i % 3 <> 0 THEN city END,
  CASE WHEN retired THEN NULL WHEN i % 19 = 11 THEN NULL ELSE cc END,
  CASE WHEN retired OR kind = 'staff' THEN NULL WHEN i % 2 = 0 THEN pgen.goal(p, 'goal') WHEN i % 9 = 1 THEN '' END,
  CASE WHEN retired THEN NULL WHEN kind = 'staff' AND i % 2 = 1 THEN 'Lecturer at ' || CASE WHEN i <= 12 THEN 'Kestrel University' WHEN i <= 16 THEN 'Universität Rheinau' WHEN i <= 20 THEN 'Universidad Técnica del Sur'
       WHEN i <= 24 THEN 'Adeola University' ELSE 'Hana Institute of Technology' END || '. Office hours on the course forum.' WHEN i % 4 = 1 THEN pgen.bio(p, 'bio') END,
  CASE WHEN retired THEN NULL WHEN i % 5 = 2 THEN joined + make_interval(days => fixture_gen.n('pimg', i, 300)) END,
  i,
  CASE WHEN retired THEN NULL WHEN i % 6 = 1 OR kind = 'staff' AND i % 2 = 0 THEN phone END,
  CASE WHEN retired THEN NULL WHEN cc = 'US' THEN state END
FROM pgen.p p WHERE kind <> 'svc' ORDER BY i;

CREATE TABLE student_courseenrollment (
    id serial PRIMARY KEY, course_id varchar(255) NOT NULL, created timestamptz, is_active boolean NOT NULL, mode varchar(100) NOT NULL, user_id integer NOT NULL,
    UNIQUE (user_id, course_id)
);
INSERT INTO student_courseenrollment (course_id, created, is_active, mode, user_id)
SELECT c.key, x.at, x.active, x.mode, x.i FROM (
  SELECT i, k, mode, at, active AND NOT (SELECT retired FROM pgen.p WHERE p.i = e.i) AS active FROM pgen.enr e
  UNION ALL
  SELECT i, k, 'audit', c.start - interval '90 days' + make_interval(hours => i), true FROM pgen.p JOIN pgen.course c ON
    (i BETWEEN 7 AND 12 AND c.k IN (1, 2)) OR (i BETWEEN 13 AND 16 AND c.k IN (3, 8)) OR (i BETWEEN 17 AND 20 AND c.k = 4) OR (i BETWEEN 21 AND 24 AND c.k = 5)
    OR (i BETWEEN 25 AND 27 AND c.k = 6) OR (i = 28 AND c.k = 7)
) x JOIN pgen.course c ON c.k = x.k ORDER BY x.at, x.i;

CREATE TABLE student_courseaccessrole (
    id serial PRIMARY KEY, org varchar(64) NOT NULL, course_id varchar(255) NOT NULL, role varchar(64) NOT NULL, user_id integer NOT NULL, UNIQUE (user_id, org, course_id, role)
);
INSERT INTO student_courseaccessrole (org, course_id, role, user_id)
SELECT c.org, c.key, CASE WHEN p.i IN (7, 13, 17, 21, 25) THEN 'instructor' ELSE 'staff' END, p.i
FROM pgen.p p JOIN pgen.course c ON (p.i BETWEEN 7 AND 12 AND c.k IN (1, 2)) OR (p.i BETWEEN 13 AND 16 AND c.k IN (3, 8)) OR (p.i BETWEEN 17 AND 20 AND c.k = 4)
  OR (p.i BETWEEN 21 AND 24 AND c.k = 5) OR (p.i BETWEEN 25 AND 27 AND c.k = 6) OR (p.i IN (28, 30) AND c.k = 7)
UNION ALL SELECT 'KestrelU', 'course-v1:KestrelU+DS101+2024_T1', 'finance_admin', 11
UNION ALL SELECT 'KestrelU', 'course-v1:KestrelU+DS101+2024_T1', 'data_researcher', 10
UNION ALL SELECT 'RheinauX', 'course-v1:RheinauX+CLIM201+2024_T1', 'data_researcher', 15
UNION ALL SELECT 'MeridianX', '', 'staff', 29
UNION ALL SELECT '', '', 'course_creator_group', 7 UNION ALL SELECT '', '', 'course_creator_group', 13 UNION ALL SELECT '', '', 'course_creator_group', 17
UNION ALL SELECT '', '', 'course_creator_group', 21 UNION ALL SELECT '', '', 'course_creator_group', 25 UNION ALL SELECT '', '', 'course_creator_group', 28
UNION ALL SELECT c.org, c.key, 'beta_testers', p.i FROM pgen.p p JOIN pgen.course c ON c.k IN (2, 6) WHERE p.kind = 'learner' AND p.i % 47 = 10
UNION ALL SELECT 'HanaTechX', 'course-v1:HanaTechX+ROB210+2024_S1', 'ccx_coach', 302;

CREATE TABLE student_userattribute (
    id serial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, name varchar(255) NOT NULL, value varchar(255) NOT NULL, user_id integer NOT NULL,
    UNIQUE (user_id, name)
);
INSERT INTO student_userattribute (created, modified, name, value, user_id)
SELECT p.joined, p.joined, a.name, a.value, p.i FROM pgen.p p
CROSS JOIN LATERAL (VALUES
  ('created_on_site', CASE WHEN p.i % 11 = 3 THEN 'courses.hana-tech.example' ELSE 'learn.meridian-open.example' END, true),
  ('is_marketable', CASE WHEN p.i % 3 = 0 THEN 'false' ELSE 'true' END, p.joined > timestamptz '2022-06-01'),
  ('utm_source', fixture_gen.pick(ARRAY['newsletter', 'facebook', 'google', 'kestrel-intranet', 'linkedin', 'classcentral', 'instagram'], 'utms', p.i), p.i % 4 = 1),
  ('utm_medium', fixture_gen.pick(ARRAY['email', 'cpc', 'social', 'referral'], 'utmm', p.i), p.i % 4 = 1),
  ('utm_campaign', fixture_gen.pick(ARRAY['ds101-spring24', 'clim201-launch', 'ph150-partners', 'open-week-2023', 'ene110-lanzamiento', 'rob210-kaist-fair'], 'utmc', p.i), p.i % 4 = 1),
  ('utm_term', fixture_gen.pick(ARRAY['free data science course', 'curso energia solar gratis', 'epidemiology online certificate', 'gdpr course'], 'utmt', p.i), p.i % 12 = 1),
  ('registration_utm_created_at', (extract(epoch FROM p.joined)::bigint * 1000 - 60000 * fixture_gen.n('utmat', p.i, 600))::text, p.i % 4 = 1)
) a(name, value, keep)
WHERE p.kind = 'learner' AND a.keep ORDER BY p.joined, p.i, a.name;

CREATE TABLE student_pendingemailchange (
    id serial PRIMARY KEY, new_email varchar(254) NOT NULL, activation_key varchar(32) NOT NULL UNIQUE, user_id integer NOT NULL UNIQUE
);
INSERT INTO student_pendingemailchange (new_email, activation_key, user_id)
SELECT CASE i % 3 WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) || '@' || fixture_gen.pick(ARRAY['outlook.com', 'proton.me', 'icloud.com'], 'pecd', i)
  WHEN 1 THEN pgen.fold(last) || pgen.fold(first) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.com'], 'pecd', i)
  ELSE pgen.fold(first) || '.' || pgen.fold(last) || '@' || fixture_gen.pick(ARRAY['siemens-energy.example', 'ministry-health.gov.example', 'infosys.example'], 'pecd', i) END,
  md5('pending-email:' || i), i
FROM pgen.p WHERE kind = 'learner' AND NOT retired AND i % 9 = 4 ORDER BY i;

CREATE TABLE student_loginfailures (
    id serial PRIMARY KEY, failure_count integer NOT NULL, lockout_until timestamptz, user_id integer NOT NULL
);
INSERT INTO student_loginfailures (failure_count, lockout_until, user_id)
SELECT 1 + fixture_gen.n('lf', i, 6), CASE WHEN fixture_gen.n('lf', i, 6) = 5 THEN pgen.at('lfu', i, '2024-05-01', '2024-06-28') END, i
FROM pgen.p WHERE kind <> 'svc' AND NOT retired AND i % 13 = 7 ORDER BY i;

CREATE TABLE student_manualenrollmentaudit (
    id serial PRIMARY KEY, enrolled_email varchar(255) NOT NULL, time_stamp timestamptz, state_transition varchar(255) NOT NULL, reason text, enrollment_id integer,
    enrolled_by_id integer, role varchar(64)
);
INSERT INTO student_manualenrollmentaudit (enrolled_email, time_stamp, state_transition, reason, enrollment_id, enrolled_by_id, role)
SELECT p.email, greatest(e.created, c.start - interval '20 days') + make_interval(mins => fixture_gen.n('mea', p.i, 3000)),
  CASE WHEN fixture_gen.n('mer', p.i, 9) = 7 THEN 'from enrolled to unenrolled' WHEN p.i % 5 = 0 THEN 'from unenrolled to allowed to enroll' ELSE 'from unenrolled to enrolled' END,
  CASE fixture_gen.n('mer', p.i, 9)
    WHEN 0 THEN 'Masters cohort 2024, list from the Kestrel registry'
    WHEN 1 THEN 'Enrolled at the request of ' || (SELECT full_name FROM pgen.p s WHERE s.i = 7 + p.i % 20) || ' (email of ' || to_char(e.created, 'DD Mon') || ')'
    WHEN 2 THEN 'Scholarship holder, Mastercard Foundation partner list'
    WHEN 3 THEN 'Learner wrote to support: could not find the enrol button on the mobile app. Ticket #' || (40000 + p.i * 7)
    WHEN 4 THEN 'Duplicate account, moved from ' || lower(p.username) || '_old'
    WHEN 5 THEN ''
    WHEN 6 THEN 'Staff of the Ministry of Health, Oyo State (training agreement MoU-2024-03); contact ' || (SELECT email FROM pgen.p s WHERE s.i = 22)
    WHEN 7 THEN 'Unenrolled: learner asked for a refund by phone, ' || p.phone
    ELSE NULL END,
  e.id, (ARRAY[8, 9, 14, 18, 22, 26, 29])[1 + p.i % 7], 'Learner'
FROM student_courseenrollment e JOIN pgen.p p ON p.i = e.user_id JOIN pgen.course c ON c.key = e.course_id
WHERE p.kind = 'learner' AND (e.mode IN ('masters', 'professional') OR (e.user_id * 7 + e.id) % 19 = 0)
ORDER BY 2;

CREATE TABLE student_anonymoususerid (
    id serial PRIMARY KEY, anonymous_user_id varchar(32) NOT NULL UNIQUE, course_id varchar(255) NOT NULL, user_id integer NOT NULL
);
INSERT INTO student_anonymoususerid (anonymous_user_id, course_id, user_id)
SELECT md5('anon:' || e.user_id || ':' || e.course_id), e.course_id, e.user_id FROM student_courseenrollment e
UNION ALL SELECT md5('anon:' || i || ':'), '', i FROM pgen.p WHERE kind = 'learner' AND i % 3 = 0
ORDER BY 3, 2;

CREATE TABLE student_registration (id serial PRIMARY KEY, activation_key varchar(32) NOT NULL UNIQUE, user_id integer NOT NULL UNIQUE);
INSERT INTO student_registration (activation_key, user_id) SELECT md5('registration:' || i || ':' || username), i FROM pgen.p WHERE kind <> 'svc' ORDER BY i;

CREATE TABLE student_courseenrollmentallowed (
    id serial PRIMARY KEY, email varchar(255) NOT NULL, course_id varchar(255) NOT NULL, auto_enroll boolean NOT NULL, created timestamptz, user_id integer, UNIQUE (email, course_id)
);
INSERT INTO student_courseenrollmentallowed (email, course_id, auto_enroll, created, user_id)
SELECT a.email, a.course_id, a.auto, a.created, a.uid FROM (
  SELECT m.enrolled_email AS email, e.course_id, true AS auto, m.time_stamp AS created, CASE WHEN m.enrolled_email NOT LIKE '%@ed.kestrel%' OR e.user_id % 2 = 0 THEN e.user_id END AS uid
  FROM student_manualenrollmentaudit m JOIN student_courseenrollment e ON e.id = m.enrollment_id WHERE m.state_transition LIKE '%allowed%' OR m.id % 4 = 0
  UNION ALL
  SELECT 's' || (1800000 + fixture_gen.n('cea', k, 600000)) || '@ed.kestrel.ac.example', 'course-v1:KestrelU+DS101+2024_T1', true, pgen.at('ceat', k, '2023-12-01', '2024-01-20'), NULL
  FROM generate_series(1, 18) k
  UNION ALL
  SELECT fixture_gen.email('ceao', k), 'course-v1:AdeolaU+PH150+2024_T2', k % 2 = 0, pgen.at('ceao', k, '2024-03-01', '2024-04-05'), NULL FROM generate_series(1, 14) k
) a ORDER BY a.created;

CREATE TABLE user_api_userpreference (
    id serial PRIMARY KEY, key varchar(255) NOT NULL, value text NOT NULL, user_id integer NOT NULL, UNIQUE (user_id, key)
);
INSERT INTO user_api_userpreference (key, value, user_id)
SELECT k.key, k.value, p.i FROM pgen.p p
CROSS JOIN LATERAL (VALUES
  ('pref-lang', CASE WHEN p.i % 6 = 0 THEN 'en' ELSE p.lang END, p.i % 4 <> 3),
  ('time_zone', p.tz, p.i % 3 <> 1),
  ('account_privacy', CASE WHEN p.i % 5 = 0 THEN 'all_users' ELSE 'private' END, true),
  ('dark-lang', 'es-419', p.kind = 'staff' AND p.i % 4 = 0),
  ('visual-progress-enabled', 'True', p.i % 10 = 2)
) k(key, value, keep)
WHERE p.kind <> 'svc' AND NOT p.retired AND k.keep ORDER BY p.i, k.key;

CREATE TABLE user_api_userretirementstatus (
    id serial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, original_username varchar(150) NOT NULL, original_email varchar(254) NOT NULL,
    original_name varchar(255) NOT NULL, retired_username varchar(150) NOT NULL, retired_email varchar(254) NOT NULL, responses text NOT NULL, current_state_id integer NOT NULL,
    last_state_id integer NOT NULL, user_id integer NOT NULL UNIQUE
);
INSERT INTO user_api_userretirementstatus (created, modified, original_username, original_email, original_name, retired_username, retired_email, responses, current_state_id, last_state_id, user_id)
SELECT x.t, x.t + make_interval(days => 14 + fixture_gen.n('rsd', i, 20)), username, email, profile_name, retired_username, retired_email,
  E'\n' || (SELECT string_agg(to_char(x.t + make_interval(days => 14, mins => s.n * 3), 'YYYY-MM-DD HH24:MI:SS') || ' : ' || s.st || ' : ' || s.msg, E'\n' ORDER BY s.n)
   FROM (VALUES (1, 'LOCKING_ACCOUNT', 'Starting state LOCKING_ACCOUNT'), (2, 'LOCKING_COMPLETE', 'Ending state LOCKING_ACCOUNT'),
     (3, 'RETIRING_FORUMS', 'Starting state RETIRING_FORUMS'), (4, 'FORUMS_COMPLETE', 'Ending state RETIRING_FORUMS'),
     (5, 'RETIRING_ENROLLMENTS', 'Starting state RETIRING_ENROLLMENTS'), (6, 'ENROLLMENTS_COMPLETE', 'Ending state RETIRING_ENROLLMENTS'),
     (7, 'RETIRING_LMS_MISC', 'Starting state RETIRING_LMS_MISC'), (8, 'LMS_MISC_COMPLETE', 'Ending state RETIRING_LMS_MISC'),
     (9, 'RETIRING_LMS', 'Starting state RETIRING_LMS'), (10, 'LMS_COMPLETE', 'Ending state RETIRING_LMS')) s(n, st, msg)
   WHERE s.n <= CASE WHEN i % 4 = 1 THEN 6 ELSE 10 END),
  CASE WHEN i % 4 = 1 THEN 12 ELSE 20 END, CASE WHEN i % 4 = 1 THEN 11 ELSE 19 END, i
FROM pgen.p CROSS JOIN LATERAL (SELECT least(timestamptz '2024-06-10 00:00:00+00', joined + make_interval(days => 60 + fixture_gen.n('rst', i, 700))) AS t) x
WHERE retired ORDER BY x.t;

-- Course blocks the courseware state, grades and submissions refer to.
CREATE TABLE pgen.block (k int, b int, type text, hex text, label text, PRIMARY KEY (k, b));
INSERT INTO pgen.block
SELECT c.k, b.b, b.type, substr(md5('block:' || c.k || ':' || b.b), 1, 32), b.label
FROM pgen.course c CROSS JOIN (VALUES (1, 'chapter', 'Week 1'), (2, 'sequential', 'Getting started'), (3, 'sequential', 'Graded assignment 1'), (4, 'sequential', 'Graded assignment 2'),
  (5, 'problem', 'Quiz 1.1'), (6, 'problem', 'Quiz 1.2'), (7, 'problem', 'Numerical exercise'), (8, 'problem', 'Quiz 2.1'), (9, 'video', 'Lecture 1'), (10, 'video', 'Lecture 2'),
  (11, 'freetextresponse', 'Reflection'), (12, 'openassessment', 'Peer-assessed essay'), (13, 'drag-and-drop-v2', 'Label the diagram'), (14, 'word_cloud', 'Word cloud'),
  (15, 'sequential', 'Final exam')) b(b, type, label);

CREATE FUNCTION pgen.usage(course_key text, type text, hex text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'block-v1:' || substr(course_key, 11) || '+type@' || type || '+block@' || hex $$;

-- Learners' reflections (freetextresponse); some tell about themselves, their work or their health.
CREATE FUNCTION pgen.reflection(p pgen.p, k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n('refl', p.i * 10 + k, 14)
    WHEN 0 THEN 'The example about missing values was useful. In my office we just delete rows with blanks, now I see why that biases the averages.'
    WHEN 1 THEN 'In my village near ' || p.city || ' the power goes off almost every evening, so a small solar kit would change a lot for my family.'
    WHEN 2 THEN 'I work as a ward nurse at ' || fixture_gen.pick(ARRAY['Korle Bu Teaching Hospital', 'University College Hospital, Ibadan', 'Hospital Regional de Concepción', 'Aga Khan Hospital Nairobi'], 'reflh', p.i) || '. During the 2022 cholera outbreak we counted cases by hand on paper.'
    WHEN 3 THEN 'My husband was diagnosed with type 2 diabetes last year, so the section on non-communicable diseases felt very personal.'
    WHEN 4 THEN 'Los incentivos tributarios me parecen la política más efectiva. En Chile la ley de netbilling ayudó mucho.'
    WHEN 5 THEN 'I think carbon taxes are regressive unless the revenue is returned to households.'
    WHEN 6 THEN 'As a DPO at ' || fixture_gen.pick(ARRAY['Hanseatic Insurance AG', 'Banco del Pacífico', 'a mid-size hospital in Lyon', 'MTN Ghana'], 'refld', p.i) || ' I deal with access requests every week; the Article 15 case law was new to me.'
    WHEN 7 THEN 'The PID controller lab finally made sense after I tried it on my own line-following robot.'
    WHEN 8 THEN 'I am ' || (2024 - coalesce(p.yob, 1980)) || ' and went back to studying after twenty years, so please be patient with my English.'
    WHEN 9 THEN 'Peer review tip: read the rubric first, then the essay.'
    WHEN 10 THEN 'I have dyslexia, the transcripts help me a lot more than the videos.'
    WHEN 11 THEN 'Our team at the county health office used the R script to map malaria cases by ward.'
    WHEN 12 THEN 'No comments.'
    ELSE 'Mi nombre es ' || p.full_name || ' y soy profesora de física en un liceo de ' || p.city || '. Usaré estos materiales con mis estudiantes.' END
$$;

-- Activity: which learners engaged with which blocks, and their course grade.
CREATE TABLE pgen.act (i int, k int, pct numeric, active timestamptz, PRIMARY KEY (i, k));
INSERT INTO pgen.act
SELECT e.i, e.k, round(CASE WHEN fixture_gen.n('pct', e.i * 10 + e.k, 10) < 3 THEN fixture_gen.n('pcl', e.i * 10 + e.k, 40) ELSE 40 + fixture_gen.n('pch', e.i * 10 + e.k, 61) END / 100.0, 2),
  least(timestamptz '2024-06-27 00:00:00+00', greatest(e.at, c.start) + make_interval(days => 1 + fixture_gen.n('actd', e.i * 10 + e.k, 60)))
FROM pgen.enr e JOIN pgen.course c ON c.k = e.k WHERE fixture_gen.n('acti', e.i * 10 + e.k, 10) < 7 AND c.start < timestamptz '2024-06-20';

CREATE TABLE courseware_studentmodule (
    id bigserial PRIMARY KEY, module_type varchar(32) NOT NULL, module_id varchar(255) NOT NULL, student_id integer NOT NULL, state text, grade double precision,
    created timestamptz NOT NULL, modified timestamptz NOT NULL, max_grade double precision, done varchar(8) NOT NULL, course_id varchar(255) NOT NULL,
    UNIQUE (student_id, module_id, course_id)
);
INSERT INTO courseware_studentmodule (module_type, module_id, student_id, state, grade, created, modified, max_grade, done, course_id)
SELECT b.type, pgen.usage(c.key, b.type, b.hex), a.i,
  CASE b.type
    WHEN 'chapter' THEN jsonb_build_object('position', 1 + fixture_gen.n('smpos', s.h, 3))::text
    WHEN 'sequential' THEN jsonb_build_object('position', 1 + fixture_gen.n('smpos', s.h, 6))::text
    WHEN 'problem' THEN jsonb_build_object(
      'correct_map', jsonb_build_object(b.hex || '_2_1', jsonb_build_object('correctness', CASE WHEN s.ok THEN 'correct' ELSE 'incorrect' END, 'npoints', NULL, 'msg', '', 'hint', '',
        'hintmode', NULL, 'queuestate', NULL, 'answervariable', NULL)),
      'input_state', jsonb_build_object(b.hex || '_2_1', '{}'::jsonb), 'last_submission_time', to_char(s.t, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      'attempts', 1 + fixture_gen.n('smatt', s.h, 3), 'seed', 1, 'done', true,
      'student_answers', jsonb_build_object(b.hex || '_2_1', CASE WHEN b.b = 7 THEN to_jsonb((round((fixture_gen.n('smnum', s.h, 5000) / 100.0)::numeric, 2))::text)
        WHEN b.b = 6 THEN to_jsonb(ARRAY['choice_' || fixture_gen.n('smc1', s.h, 2), 'choice_' || (2 + fixture_gen.n('smc2', s.h, 2))])
        ELSE to_jsonb('choice_' || fixture_gen.n('smch', s.h, 4)) END),
      'score', jsonb_build_object('raw_earned', CASE WHEN s.ok THEN 1 ELSE 0 END, 'raw_possible', 1))::text
    WHEN 'video' THEN jsonb_build_object('saved_video_position', to_char(make_interval(secs => fixture_gen.n('smvid', s.h, 1500)), 'HH24:MI:SS'),
      'speed', (ARRAY[1.0, 1.25, 1.5, 2.0, 0.75])[1 + fixture_gen.n('smspd', s.h, 5)], 'auto_advance', false, 'transcript_language', CASE WHEN c.k = 4 THEN 'es' ELSE 'en' END)::text
    WHEN 'freetextresponse' THEN jsonb_build_object('count_attempts', 1, 'student_answer', pgen.reflection(p, c.k), 'comments', '')::text
    WHEN 'openassessment' THEN CASE WHEN s.ok THEN jsonb_build_object('submission_uuid', fixture_gen.uuid('orasub', s.h), 'has_saved', false, 'saved_response', '', 'no_peers', false)::text
      ELSE jsonb_build_object('has_saved', true, 'saved_response', jsonb_build_object('parts', jsonb_build_array(jsonb_build_object('text', 'Draft: ' || pgen.reflection(p, c.k + 3))))::text,
        'saved_files_descriptions', '', 'no_peers', false)::text END
    WHEN 'drag-and-drop-v2' THEN jsonb_build_object('item_state', jsonb_build_object('0', jsonb_build_object('zone', 'top', 'correct', true), '1', jsonb_build_object('zone', 'middle', 'correct', s.ok)),
      'attempts', 1, 'completed', true, 'raw_earned', CASE WHEN s.ok THEN 1.0 ELSE 0.5 END)::text
    ELSE jsonb_build_object('student_words', to_jsonb(ARRAY[fixture_gen.pick(ARRAY['solar', 'data', 'privacy', 'health', 'robots', 'wind', 'policy', 'hope'], 'smw1', s.h),
      fixture_gen.pick(ARRAY['future', 'learning', 'community', 'equity', 'python', 'models'], 'smw2', s.h)]), 'has_saved', true)::text END,
  CASE WHEN b.type IN ('problem', 'freetextresponse', 'drag-and-drop-v2') THEN CASE WHEN s.ok THEN 1.0 ELSE 0.0 END WHEN b.type = 'openassessment' AND s.ok THEN 8.0 + fixture_gen.n('smora', s.h, 3) END,
  s.t - interval '2 hours', s.t,
  CASE WHEN b.type IN ('problem', 'freetextresponse', 'drag-and-drop-v2') THEN 1.0 WHEN b.type = 'openassessment' AND s.ok THEN 10.0 END,
  'na', c.key
FROM pgen.act a JOIN pgen.course c ON c.k = a.k JOIN pgen.p p ON p.i = a.i JOIN pgen.block b ON b.k = a.k
CROSS JOIN LATERAL (SELECT a.i * 1000 + a.k * 20 + b.b AS h, fixture_gen.n('smok', a.i * 1000 + a.k * 20 + b.b, 100) < a.pct * 100 + 10 AS ok,
  least(a.active, c.start + make_interval(days => b.b * 3 + fixture_gen.n('smt', a.i * 1000 + a.k * 20 + b.b, 20), secs => fixture_gen.n('sms', a.i * 1000 + a.k * 20 + b.b, 80000))) AS t) s
WHERE (b.type <> 'sequential' OR b.b <> 15)
  AND fixture_gen.n('smin', s.h, 100) < CASE b.type WHEN 'chapter' THEN 90 WHEN 'sequential' THEN 70 WHEN 'problem' THEN 40 WHEN 'video' THEN 45 WHEN 'freetextresponse' THEN 35
      WHEN 'openassessment' THEN 25 ELSE 20 END
ORDER BY s.t, a.i;

CREATE TABLE grades_persistentcoursegrade (
    id bigserial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, user_id integer NOT NULL, course_id varchar(255) NOT NULL,
    course_edited_timestamp timestamptz, course_version varchar(255) NOT NULL, grading_policy_hash varchar(255) NOT NULL, percent_grade double precision NOT NULL,
    letter_grade varchar(255) NOT NULL, passed_timestamp timestamptz, UNIQUE (course_id, user_id)
);
INSERT INTO grades_persistentcoursegrade (created, modified, user_id, course_id, course_edited_timestamp, course_version, grading_policy_hash, percent_grade, letter_grade, passed_timestamp)
SELECT c.start + make_interval(days => 3 + fixture_gen.n('gcc', a.i, 10)), a.active, a.i, c.key, c.start - make_interval(days => 2 + c.k), fixture_gen.hexn('cver', c.k, 24),
  translate(fixture_gen.b64('gph', c.k, 20), E'\n', ''), a.pct::float8, CASE WHEN a.pct >= CASE WHEN c.k = 8 THEN 0.7 ELSE 0.6 END THEN CASE WHEN c.k = 2 AND a.pct >= 0.9 THEN 'A' ELSE 'Pass' END ELSE '' END,
  CASE WHEN a.pct >= CASE WHEN c.k = 8 THEN 0.7 ELSE 0.6 END THEN a.active - interval '3 days' END
FROM pgen.act a JOIN pgen.course c ON c.k = a.k ORDER BY 1, a.i;

CREATE TABLE certificates_generatedcertificate (
    id serial PRIMARY KEY, user_id integer NOT NULL, download_url varchar(128) NOT NULL, grade varchar(5) NOT NULL, course_id varchar(255) NOT NULL, key varchar(32) NOT NULL,
    distinction boolean NOT NULL, status varchar(32) NOT NULL, verify_uuid varchar(32) NOT NULL, download_uuid varchar(32) NOT NULL, name varchar(255) NOT NULL,
    created_date timestamptz NOT NULL, modified_date timestamptz NOT NULL, error_reason varchar(512) NOT NULL, mode varchar(32) NOT NULL, UNIQUE (user_id, course_id)
);
INSERT INTO certificates_generatedcertificate (user_id, download_url, grade, course_id, key, distinction, status, verify_uuid, download_uuid, name, created_date, modified_date, error_reason, mode)
SELECT a.i, '', a.pct::text, c.key, CASE WHEN c.k = 8 THEN md5('certkey:' || a.i) ELSE '' END, false, x.status,
  CASE WHEN x.status = 'downloadable' THEN md5('verify:' || a.i || ':' || c.k) ELSE '' END, CASE WHEN x.status = 'downloadable' THEN md5('download:' || a.i || ':' || c.k) ELSE '' END,
  CASE WHEN p.retired THEN '' ELSE p.profile_name END, x.t, x.t + CASE WHEN x.status = 'unavailable' THEN interval '40 days' ELSE interval '0' END,
  CASE WHEN x.status = 'error' THEN 'Could not generate certificate: user profile name is missing' ELSE '' END, e.mode
FROM pgen.act a JOIN pgen.course c ON c.k = a.k JOIN pgen.p p ON p.i = a.i JOIN pgen.enr e ON e.i = a.i AND e.k = a.k
CROSS JOIN LATERAL (SELECT a.active + interval '3 days' AS t, CASE
    WHEN a.pct < CASE WHEN c.k = 8 THEN 0.7 ELSE 0.6 END THEN CASE WHEN e.mode = 'audit' THEN 'audit_notpassing' ELSE 'notpassing' END
    WHEN e.mode = 'audit' THEN 'audit_passing'
    WHEN a.i % 29 = 13 THEN 'unverified' WHEN a.i % 53 = 20 THEN 'unavailable' WHEN a.i % 97 = 41 THEN 'error'
    ELSE 'downloadable' END AS status) x
WHERE a.pct >= 0.5 OR e.mode <> 'audit'
ORDER BY x.t, a.i;

-- A presigned S3 URL of the ID-verification bucket (the access key id is assembled here).
CREATE FUNCTION pgen.presigned(kind text, receipt text, t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'https://meridian-idverify.s3.amazonaws.com/' || kind || '/' || receipt || '?Signature=' || translate(fixture_gen.b64('s3sig' || kind, hashtext(receipt), 20), '+/=', '')
      || '&Expires=' || (extract(epoch FROM t)::bigint + 432000) || '&AWSAccessKeyId=' || 'AK' || 'IA' || upper(fixture_gen.chars('s3ak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))
$$;

CREATE TABLE verify_student_softwaresecurephotoverification (
    id serial PRIMARY KEY, status varchar(100) NOT NULL, status_changed timestamptz NOT NULL, name varchar(255) NOT NULL, face_image_url varchar(255) NOT NULL,
    photo_id_image_url varchar(255) NOT NULL, receipt_id varchar(255) NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, display boolean NOT NULL,
    submitted_at timestamptz, reviewing_service varchar(255) NOT NULL, error_msg text NOT NULL, error_code varchar(50) NOT NULL, photo_id_key text NOT NULL,
    copy_id_photo_from_id integer, reviewing_user_id integer, user_id integer NOT NULL, expiration_date timestamptz
);
CREATE TABLE pgen.pv (n int PRIMARY KEY, i int, t timestamptz, status text, receipt text);
INSERT INTO pgen.pv
SELECT row_number() OVER (ORDER BY x.t, x.i), x.i, x.t, x.status, fixture_gen.uuid('receipt', x.i * 10 + x.try)
FROM (
  SELECT p.i, 1 AS try, (SELECT min(e.at) FROM pgen.enr e WHERE e.i = p.i AND e.mode IN ('verified', 'professional', 'masters')) + interval '20 minutes' AS t,
    CASE WHEN p.i % 11 = 2 THEN 'denied' WHEN p.i % 17 = 6 THEN 'must_retry' WHEN p.i % 23 = 9 THEN 'submitted' WHEN p.i % 29 = 15 THEN 'created' ELSE 'approved' END AS status
  FROM pgen.p p WHERE p.kind = 'learner' AND (p.sso IS NULL OR p.sso = 'google-oauth2')
    AND EXISTS (SELECT 1 FROM pgen.enr e WHERE e.i = p.i AND e.mode IN ('verified', 'professional', 'masters'))
  UNION ALL
  SELECT p.i, 2, (SELECT min(e.at) FROM pgen.enr e WHERE e.i = p.i AND e.mode IN ('verified', 'professional', 'masters')) + interval '3 days',
    CASE WHEN p.i % 4 = 0 THEN 'denied' ELSE 'approved' END
  FROM pgen.p p WHERE p.kind = 'learner' AND (p.sso IS NULL OR p.sso = 'google-oauth2') AND (p.i % 11 = 2 OR p.i % 17 = 6)
    AND EXISTS (SELECT 1 FROM pgen.enr e WHERE e.i = p.i AND e.mode IN ('verified', 'professional', 'masters'))
) x WHERE x.t IS NOT NULL;
INSERT INTO verify_student_softwaresecurephotoverification (status, status_changed, name, face_image_url, photo_id_image_url, receipt_id, created_at, updated_at, display, submitted_at,
  reviewing_service, error_msg, error_code, photo_id_key, copy_id_photo_from_id, reviewing_user_id, user_id, expiration_date)
SELECT v.status, v.t + CASE WHEN v.status IN ('approved', 'denied') THEN make_interval(hours => 6 + fixture_gen.n('pvh', v.n, 60)) ELSE interval '0' END,
  CASE WHEN p.retired THEN '' WHEN p.i % 3 = 0 THEN upper(p.last) || ', ' || upper(p.first) ELSE p.profile_name END,
  CASE WHEN v.status = 'created' OR p.retired THEN '' ELSE pgen.presigned('face', v.receipt, v.t) END,
  CASE WHEN v.status = 'created' OR p.retired THEN '' ELSE pgen.presigned('photo_id', v.receipt, v.t) END,
  v.receipt, v.t - interval '5 minutes', v.t + CASE WHEN v.status IN ('approved', 'denied') THEN make_interval(hours => 6 + fixture_gen.n('pvh', v.n, 60)) ELSE interval '0' END, true,
  CASE WHEN v.status <> 'created' THEN v.t END, CASE WHEN v.status IN ('approved', 'denied', 'must_retry') THEN 'SoftwareSecure' ELSE '' END,
  CASE v.status WHEN 'denied' THEN fixture_gen.pick(ARRAY['[{"generalReasons": ["Name mismatch"]}, {"photoIdReasons": ["Text not clear"]}]', '[{"userPhotoReasons": ["Face out of view"]}]',
      '[{"photoIdReasons": ["Photo hidden/No photo", "ID is expired"]}]', '[{"userPhotoReasons": ["Image not clear"]}, {"photoIdReasons": ["Not provided"]}]'], 'pverr', v.n)
    WHEN 'must_retry' THEN 'Internal error: SoftwareSecure returned 502' ELSE '' END,
  CASE v.status WHEN 'denied' THEN fixture_gen.pick(ARRAY['id_image_missing_name', 'user_image_not_clear', 'id_invalid', 'photos_mismatched'], 'pverc', v.n) ELSE '' END,
  CASE WHEN v.status = 'created' OR p.retired THEN '' ELSE fixture_gen.b64('pvkey', v.n, 256) END,
  NULL, CASE WHEN v.n % 40 = 7 THEN 29 END, v.i,
  CASE WHEN v.status = 'approved' THEN v.t + interval '365 days' END
FROM pgen.pv v JOIN pgen.p p ON p.i = v.i ORDER BY v.n;
UPDATE verify_student_softwaresecurephotoverification v SET copy_id_photo_from_id = w.id
FROM verify_student_softwaresecurephotoverification w WHERE w.user_id = v.user_id AND w.id < v.id AND v.id % 2 = 0;

CREATE TABLE verify_student_ssoverification (
    id serial PRIMARY KEY, status varchar(100) NOT NULL, status_changed timestamptz NOT NULL, name varchar(255) NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
    identity_provider_type varchar(100) NOT NULL, identity_provider_slug varchar(30) NOT NULL, user_id integer NOT NULL, expiration_date timestamptz
);
INSERT INTO verify_student_ssoverification (status, status_changed, name, created_at, updated_at, identity_provider_type, identity_provider_slug, user_id, expiration_date)
SELECT 'approved', x.t, CASE WHEN p.retired THEN '' ELSE p.first || ' ' || p.last END, x.t, x.t, 'third_party_auth.models.SAMLProviderConfig', p.sso, p.i, x.t + interval '365 days'
FROM pgen.p p CROSS JOIN LATERAL (SELECT (SELECT min(e.at) FROM pgen.enr e WHERE e.i = p.i AND e.mode IN ('verified', 'professional', 'masters')) AS t) x
WHERE p.sso IN ('kestrel-sso', 'rheinau-shib') AND p.kind = 'learner' AND x.t IS NOT NULL ORDER BY x.t;

CREATE TABLE social_auth_usersocialauth (
    id serial PRIMARY KEY, provider varchar(32) NOT NULL, uid varchar(255) NOT NULL, extra_data text NOT NULL, user_id integer NOT NULL, created timestamptz NOT NULL,
    modified timestamptz NOT NULL, UNIQUE (provider, uid)
);
INSERT INTO social_auth_usersocialauth (provider, uid, extra_data, user_id, created, modified)
SELECT CASE WHEN p.sso = 'google-oauth2' THEN 'google-oauth2' ELSE 'tpa-saml' END,
  CASE p.sso WHEN 'google-oauth2' THEN p.email WHEN 'kestrel-sso' THEN 'kestrel-sso:' || p.univ ELSE 'rheinau-shib:' || p.univ END,
  CASE WHEN p.sso = 'google-oauth2' THEN jsonb_build_object('auth_time', extract(epoch FROM x.last)::bigint, 'expires', 3599, 'token_type', 'Bearer',
      'access_token', 'ya' || '29.' || pgen.rnd('gat', p.i, 40) || '-' || pgen.rnd('gat2', p.i, 60))::text
    WHEN p.sso = 'kestrel-sso' THEN jsonb_build_object('auth_time', extract(epoch FROM x.last)::bigint, 'name_id', p.univ, 'session_index', '_' || fixture_gen.hexn('sidx', p.i, 40),
      'urn:oid:1.3.6.1.4.1.5923.1.1.1.9', jsonb_build_array(CASE WHEN p.kind = 'staff' THEN 'staff@kestrel.ac.example' ELSE 'student@kestrel.ac.example' END))::text
    ELSE jsonb_build_object('auth_time', extract(epoch FROM x.last)::bigint, 'name_id', translate(fixture_gen.b64('rnid', p.i, 21), E'\n', ''), 'session_index', '_' || fixture_gen.hexn('sidx', p.i, 32),
      'urn:oid:0.9.2342.19200300.100.1.3', jsonb_build_array(p.univ), 'urn:oid:2.5.4.42', jsonb_build_array(p.first), 'urn:oid:2.5.4.4', jsonb_build_array(p.last))::text END,
  p.i, p.joined, x.last
FROM pgen.p p CROSS JOIN LATERAL (SELECT least(timestamptz '2024-06-28 08:00:00+00', p.joined + make_interval(days => fixture_gen.n('ll', p.i, 900))) AS last) x
WHERE p.sso IS NOT NULL AND NOT p.retired ORDER BY p.joined;

CREATE TABLE third_party_auth_samlconfiguration (
    id serial PRIMARY KEY, change_date timestamptz NOT NULL, enabled boolean NOT NULL, private_key text NOT NULL, public_key text NOT NULL, entity_id varchar(255) NOT NULL,
    org_info_str text NOT NULL, other_config_str text NOT NULL, changed_by_id integer, site_id integer NOT NULL, slug varchar(30) NOT NULL, is_public boolean NOT NULL
);
INSERT INTO third_party_auth_samlconfiguration (change_date, enabled, private_key, public_key, entity_id, org_info_str, other_config_str, changed_by_id, site_id, slug, is_public)
SELECT v.t, v.en, CASE WHEN v.n = 1 THEN '' ELSE pgen.wrap(pgen.keybody('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 'samlpk', v.n, 1152)) END,
  CASE WHEN v.n = 1 THEN '' ELSE pgen.wrap(pgen.keybody('MIIDXTCCAkWgAwIBAgIJA', 'samlcert', v.n, 768)) END,
  'https://learn.meridian-open.example/auth/saml/metadata.xml',
  '{"en-US": {"url": "https://learn.meridian-open.example", "displayname": "Meridian Open Learning", "name": "meridian"}}', v.other, v.by, 1, 'default', false
FROM (VALUES
  (1, timestamptz '2021-03-02 10:14:00+00', false, 28, '{"SECURITY_CONFIG": {"metadataCacheDuration": 604800, "signMetadata": false}}'),
  (2, timestamptz '2021-03-02 11:02:00+00', true, 28, E'{\n  "SECURITY_CONFIG": {"metadataCacheDuration": 604800, "signMetadata": false},\n  "TECHNICAL_CONTACT": {"givenName": "Ingrid Halvorsen", "emailAddress": "ingrid.halvorsen@meridian-open.example"},\n  "SUPPORT_CONTACT": {"givenName": "Meridian Learner Support", "emailAddress": "support@meridian-open.example"}\n}'),
  (3, timestamptz '2023-02-20 16:40:00+00', true, 29, E'{\n  "SECURITY_CONFIG": {"metadataCacheDuration": 604800, "signMetadata": true, "wantAssertionsSigned": true},\n  "TECHNICAL_CONTACT": {"givenName": "Callum Fraser", "emailAddress": "callum.fraser@meridian-open.example"},\n  "SUPPORT_CONTACT": {"givenName": "Meridian Learner Support", "emailAddress": "support@meridian-open.example"}\n}')
) v(n, t, en, by, other);

CREATE TABLE third_party_auth_samlproviderconfig (
    id serial PRIMARY KEY, change_date timestamptz NOT NULL, changed_by_id integer, enabled boolean NOT NULL, name varchar(50) NOT NULL, slug varchar(30) NOT NULL,
    icon_class varchar(50) NOT NULL, icon_image varchar(100) NOT NULL, secondary boolean NOT NULL, visible boolean NOT NULL, skip_registration_form boolean NOT NULL,
    skip_email_verification boolean NOT NULL, skip_hinted_login_dialog boolean NOT NULL, send_to_registration_first boolean NOT NULL, sync_learner_profile_data boolean NOT NULL,
    enable_sso_id_verification boolean NOT NULL, max_session_length integer, site_id integer NOT NULL, organization_id integer, backend_name varchar(50) NOT NULL,
    entity_id varchar(255) NOT NULL, metadata_source varchar(255) NOT NULL, attr_user_permanent_id varchar(128) NOT NULL, attr_full_name varchar(128) NOT NULL,
    attr_first_name varchar(128) NOT NULL, attr_last_name varchar(128) NOT NULL, attr_username varchar(128) NOT NULL, attr_email varchar(128) NOT NULL,
    identity_provider_type varchar(128) NOT NULL, debug_mode boolean NOT NULL, automatic_refresh_enabled boolean NOT NULL, country varchar(128) NOT NULL, other_settings text NOT NULL,
    saml_configuration_id integer, archived boolean NOT NULL, was_valid_at timestamptz, default_email varchar(255) NOT NULL, default_username varchar(255) NOT NULL,
    default_full_name varchar(255) NOT NULL, default_first_name varchar(255) NOT NULL, default_last_name varchar(255) NOT NULL
);
INSERT INTO third_party_auth_samlproviderconfig (change_date, changed_by_id, enabled, name, slug, icon_class, icon_image, secondary, visible, skip_registration_form, skip_email_verification,
  skip_hinted_login_dialog, send_to_registration_first, sync_learner_profile_data, enable_sso_id_verification, max_session_length, site_id, organization_id, backend_name, entity_id,
  metadata_source, attr_user_permanent_id, attr_full_name, attr_first_name, attr_last_name, attr_username, attr_email, identity_provider_type, debug_mode, automatic_refresh_enabled,
  country, other_settings, saml_configuration_id, archived, was_valid_at, default_email, default_username, default_full_name, default_first_name, default_last_name)
VALUES
 ('2021-03-02 11:20:00+00', 28, true, 'Kestrel University', 'kestrel-sso', 'fa-university', '', false, true, false, true, false, false, true, false, NULL, 1, 1, 'tpa-saml',
  'https://idp.kestrel.ac.example/idp/shibboleth', 'https://idp.kestrel.ac.example/idp/shibboleth', 'urn:oid:1.3.6.1.4.1.5923.1.1.1.6', 'urn:oid:2.16.840.1.113730.3.1.241',
  'urn:oid:2.5.4.42', 'urn:oid:2.5.4.4', '', 'urn:oid:0.9.2342.19200300.100.1.3', 'standard_saml_provider', false, true, '', '{}', 2, false, '2021-03-03 00:00:00+00', '', '', '', '', ''),
 ('2022-08-15 09:05:00+00', 29, true, 'Kestrel University', 'kestrel-sso', 'fa-university', 'tpa/kestrel-crest.png', false, true, true, true, false, false, true, true, 28800, 1, 1, 'tpa-saml',
  'https://idp.kestrel.ac.example/idp/shibboleth', 'https://idp.kestrel.ac.example/idp/shibboleth', 'urn:oid:1.3.6.1.4.1.5923.1.1.1.6', 'urn:oid:2.16.840.1.113730.3.1.241',
  'urn:oid:2.5.4.42', 'urn:oid:2.5.4.4', '', 'urn:oid:0.9.2342.19200300.100.1.3', 'standard_saml_provider', false, true, 'urn:oid:2.5.4.6',
  '{"requiredEntitlements": ["urn:mace:dir:entitlement:common-lib-terms"], "EXTRA_DATA": ["urn:oid:1.3.6.1.4.1.5923.1.1.1.9"]}', 3, false, '2024-06-27 04:00:00+00', '', '', '', '', ''),
 ('2021-05-10 14:30:00+00', 28, true, 'Universität Rheinau', 'rheinau-shib', 'fa-university', '', false, true, false, true, false, false, true, false, NULL, 1, 2, 'tpa-saml',
  'https://shibboleth.uni-rheinau.example/idp/shibboleth', 'https://www.aai.dfn.example/fileadmin/metadata/dfn-aai-basic-metadata.xml', 'urn:oid:1.3.6.1.4.1.5923.1.1.1.10',
  'urn:oid:2.16.840.1.113730.3.1.241', 'urn:oid:2.5.4.42', 'urn:oid:2.5.4.4', 'urn:oid:0.9.2342.19200300.100.1.1', 'urn:oid:0.9.2342.19200300.100.1.3', 'standard_saml_provider',
  false, true, '', '{"EXTRA_DATA": ["urn:oid:0.9.2342.19200300.100.1.3", "urn:oid:2.5.4.42", "urn:oid:2.5.4.4"]}', 2, false, '2021-05-11 00:00:00+00', '', '', '', '', ''),
 ('2023-11-02 08:45:00+00', 29, true, 'Universität Rheinau', 'rheinau-shib', 'fa-university', 'tpa/rheinau-siegel.png', false, true, true, true, false, false, true, true, NULL, 1, 2, 'tpa-saml',
  'https://shibboleth.uni-rheinau.example/idp/shibboleth', 'https://www.aai.dfn.example/fileadmin/metadata/dfn-aai-basic-metadata.xml', 'urn:oid:1.3.6.1.4.1.5923.1.1.1.10',
  'urn:oid:2.16.840.1.113730.3.1.241', 'urn:oid:2.5.4.42', 'urn:oid:2.5.4.4', 'urn:oid:0.9.2342.19200300.100.1.1', 'urn:oid:0.9.2342.19200300.100.1.3', 'standard_saml_provider',
  true, true, 'urn:oid:2.5.4.6', '{"EXTRA_DATA": ["urn:oid:0.9.2342.19200300.100.1.3", "urn:oid:2.5.4.42", "urn:oid:2.5.4.4"]}', 3, false, '2024-06-27 04:00:00+00', '', '', '', '', ''),
 ('2022-01-17 13:00:00+00', 29, false, 'Universidad Técnica del Sur', 'utsur-saml', 'fa-sign-in', '', true, false, false, false, false, true, false, false, NULL, 1, 3, 'tpa-saml',
  'https://sso.utsur.example/simplesaml/saml2/idp/metadata.php', 'https://sso.utsur.example/simplesaml/saml2/idp/metadata.php', 'urn:oid:0.9.2342.19200300.100.1.1',
  '', 'urn:oid:2.5.4.42', 'urn:oid:2.5.4.4', 'urn:oid:0.9.2342.19200300.100.1.1', 'urn:oid:0.9.2342.19200300.100.1.3', 'standard_saml_provider', false, false, '', '{}', 2, true, NULL,
  '', '', '', '', ''),
 ('2023-06-01 02:15:00+00', 29, true, 'Hana Tech Portal', 'hana-sso', 'fa-university', 'tpa/hana-logo.png', false, true, false, false, false, false, false, false, 14400, 1, 5, 'tpa-saml',
  'https://portal.hana-tech.example/saml/idp', 'https://portal.hana-tech.example/saml/metadata', 'name_id', 'displayName', 'givenName', 'sn', 'uid', 'mail', 'standard_saml_provider',
  false, true, 'c', '{"SP_ENTITY_ID_OVERRIDE": "https://learn.meridian-open.example/hana"}', 3, false, '2024-06-26 04:00:00+00', '', '', '', '', '');

CREATE TABLE third_party_auth_oauth2providerconfig (
    id serial PRIMARY KEY, change_date timestamptz NOT NULL, changed_by_id integer, enabled boolean NOT NULL, name varchar(50) NOT NULL, slug varchar(30) NOT NULL,
    icon_class varchar(50) NOT NULL, icon_image varchar(100) NOT NULL, secondary boolean NOT NULL, visible boolean NOT NULL, skip_registration_form boolean NOT NULL,
    skip_email_verification boolean NOT NULL, skip_hinted_login_dialog boolean NOT NULL, send_to_registration_first boolean NOT NULL, sync_learner_profile_data boolean NOT NULL,
    enable_sso_id_verification boolean NOT NULL, max_session_length integer, site_id integer NOT NULL, organization_id integer, backend_name varchar(50) NOT NULL,
    key text NOT NULL, secret text NOT NULL, other_settings text NOT NULL
);
INSERT INTO third_party_auth_oauth2providerconfig (change_date, changed_by_id, enabled, name, slug, icon_class, icon_image, secondary, visible, skip_registration_form, skip_email_verification,
  skip_hinted_login_dialog, send_to_registration_first, sync_learner_profile_data, enable_sso_id_verification, max_session_length, site_id, organization_id, backend_name, key, secret, other_settings)
SELECT v.t, v.by, v.en, v.name, v.slug, v.icon, '', false, true, false, v.skipmail, false, false, false, false, NULL, 1, v.org, v.backend, v.key, v.secret, v.other
FROM (VALUES
  (timestamptz '2021-02-15 10:00:00+00', 28, true, 'Google', 'google-oauth2', 'fa-google-plus', true, NULL::int, 'google-oauth2',
   fixture_gen.digits('gcid', 1, 12) || '-' || pgen.lower('gcid', 1, 32) || '.apps.googleusercontent.com', 'GOC' || 'SPX-' || pgen.rnd('gcs', 1, 28), '{}'),
  (timestamptz '2023-04-03 15:20:00+00', 29, true, 'Google', 'google-oauth2', 'fa-google-plus', true, NULL, 'google-oauth2',
   fixture_gen.digits('gcid', 1, 12) || '-' || pgen.lower('gcid', 1, 32) || '.apps.googleusercontent.com', 'GOC' || 'SPX-' || pgen.rnd('gcs', 2, 28), '{"AUTH_EXTRA_ARGUMENTS": {"prompt": "select_account"}}'),
  (timestamptz '2022-09-12 09:30:00+00', 29, false, 'UTSur Microsoft', 'azuread-oauth2', 'fa-windows', false, 3, 'azuread-oauth2',
   fixture_gen.uuid('azcid', 1), pgen.rnd('azs', 1, 3) || '8Q~' || pgen.rnd('azs2', 1, 34), '{"TENANT_ID": "' || fixture_gen.uuid('aztenant', 1) || '"}')
) v(t, by, en, name, slug, icon, skipmail, org, backend, key, secret, other);

CREATE TABLE oauth2_provider_application (
    id bigserial PRIMARY KEY, client_id varchar(100) NOT NULL UNIQUE, redirect_uris text NOT NULL, client_type varchar(32) NOT NULL, authorization_grant_type varchar(32) NOT NULL,
    client_secret varchar(255) NOT NULL, name varchar(255) NOT NULL, user_id integer, skip_authorization boolean NOT NULL, created timestamptz NOT NULL, updated timestamptz NOT NULL,
    algorithm varchar(5) NOT NULL
);
INSERT INTO oauth2_provider_application (client_id, redirect_uris, client_type, authorization_grant_type, client_secret, name, user_id, skip_authorization, created, updated, algorithm)
SELECT v.cid, v.uris, v.ctype, v.grant_type, CASE WHEN v.ctype = 'confidential' THEN pgen.rnd('dots', v.n, 128) ELSE '' END, v.name, v.uid, v.skip,
  timestamptz '2021-02-01 10:00:00+00' + make_interval(days => v.n * 11), timestamptz '2021-02-01 10:00:00+00' + make_interval(days => v.n * 11 + fixture_gen.n('dotu', v.n, 600)), ''
FROM (VALUES
  (1, 'login-service-client-id', '', 'public', 'password', 'Login Service for JWT Cookies', 4, true),
  (2, 'ecommerce-sso-' || pgen.lower('dotc', 2, 12), 'https://ecommerce.meridian-open.example/complete/edx-oauth2/', 'confidential', 'authorization-code', 'ecommerce-sso', 1, true),
  (3, 'ecommerce-backend-service-' || pgen.lower('dotc', 3, 12), '', 'confidential', 'client-credentials', 'ecommerce-backend-service', 1, false),
  (4, 'discovery-sso-' || pgen.lower('dotc', 4, 12), 'https://discovery.meridian-open.example/complete/edx-oauth2/', 'confidential', 'authorization-code', 'discovery-sso', 2, true),
  (5, 'discovery-backend-service-' || pgen.lower('dotc', 5, 12), '', 'confidential', 'client-credentials', 'discovery-backend-service', 2, false),
  (6, 'retirement-service-' || pgen.lower('dotc', 6, 12), '', 'confidential', 'client-credentials', 'retirement', 3, false),
  (7, 'insights-sso-' || pgen.lower('dotc', 7, 12), 'https://insights.meridian-open.example/complete/edx-oauth2/', 'confidential', 'authorization-code', 'insights-sso', 6, true),
  (8, pgen.rnd('dotc', 8, 40), 'meridianapp://oauth2Callback', 'public', 'password', 'Meridian Learn mobile app', 28, true),
  (9, pgen.rnd('dotc', 9, 40), '', 'confidential', 'client-credentials', 'Kestrel DS101 grade export', 10, false),
  (10, pgen.rnd('dotc', 10, 40), 'https://lti-tools.hana-tech.example/oauth/callback', 'confidential', 'authorization-code', 'Hana RoboSim launcher', 25, false),
  (11, 'lms-catalog-service-' || pgen.lower('dotc', 11, 12), '', 'confidential', 'client-credentials', 'lms-catalog-service', 5, false)
) v(n, cid, uris, ctype, grant_type, name, uid, skip);

CREATE TABLE oauth2_provider_accesstoken (
    id bigserial PRIMARY KEY, token varchar(255) NOT NULL UNIQUE, expires timestamptz NOT NULL, scope text NOT NULL, application_id bigint, user_id integer, created timestamptz NOT NULL,
    updated timestamptz NOT NULL, source_refresh_token_id bigint, id_token_id bigint
);
INSERT INTO oauth2_provider_accesstoken (token, expires, scope, application_id, user_id, created, updated, source_refresh_token_id, id_token_id)
SELECT pgen.rnd('dota', k, 30), x.t + CASE WHEN x.app IN (1, 8) THEN interval '1 hour' ELSE interval '10 hours' END,
  CASE x.app WHEN 1 THEN 'read write email profile' WHEN 8 THEN 'profile email read write' WHEN 6 THEN 'read write' WHEN 9 THEN 'grades:read' ELSE 'user_id email profile' END,
  x.app, x.uid, x.t, x.t, NULL, NULL
FROM generate_series(1, 260) k
CROSS JOIN LATERAL (SELECT (ARRAY[1, 1, 1, 1, 8, 8, 8, 2, 3, 4, 5, 6, 7, 9, 11])[1 + fixture_gen.n('dotapp', k, 15)] AS app) a
CROSS JOIN LATERAL (SELECT a.app, CASE WHEN a.app IN (1, 8) THEN 31 + fixture_gen.n('dotusr', k, 390) WHEN a.app = 9 THEN 10 ELSE (SELECT user_id FROM (VALUES (2, 1), (3, 1), (4, 2), (5, 2), (6, 3), (7, 6), (11, 5)) m(a, user_id) WHERE m.a = a.app) END AS uid,
  pgen.at('dotat', k, '2024-05-28', '2024-06-28') AS t) x
ORDER BY x.t;

CREATE TABLE oauth2_provider_refreshtoken (
    id bigserial PRIMARY KEY, token varchar(255) NOT NULL, access_token_id bigint UNIQUE, application_id bigint NOT NULL, user_id integer NOT NULL, created timestamptz NOT NULL,
    updated timestamptz NOT NULL, revoked timestamptz, UNIQUE (token, revoked)
);
INSERT INTO oauth2_provider_refreshtoken (token, access_token_id, application_id, user_id, created, updated, revoked)
SELECT pgen.rnd('dotr', a.id, 30), a.id, a.application_id, a.user_id, a.created, a.created, CASE WHEN a.id % 9 = 0 THEN a.created + interval '1 hour' END
FROM oauth2_provider_accesstoken a WHERE a.application_id IN (1, 2, 4, 7, 8) ORDER BY a.id;
UPDATE oauth2_provider_accesstoken a SET source_refresh_token_id = r.id FROM oauth2_provider_refreshtoken r
WHERE r.user_id = a.user_id AND r.application_id = a.application_id AND r.created < a.created AND a.id % 3 = 0
  AND r.id = (SELECT max(r2.id) FROM oauth2_provider_refreshtoken r2 WHERE r2.user_id = a.user_id AND r2.application_id = a.application_id AND r2.created < a.created);

-- Django sessions (LMS with the cached_db backend): auth ids and hashes, SSO pipeline state.
CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT pgen.lower('sesk', k, 32),
  translate(rtrim(encode(convert_to(CASE
      WHEN k % 5 = 4 THEN jsonb_build_object('partial_pipeline_token', pgen.lower('ppt', k, 32), 'tpa-saml_state', pgen.rnd('samlst', k, 32), 'auth_entry', 'login',
        'next', '/courses/course-v1:KestrelU+DS101+2024_T1/courseware', 'tpa_hint', 'saml-kestrel-sso')::text
      ELSE jsonb_build_object('_auth_user_id', (31 + fixture_gen.n('sesu', k, 390))::text, '_auth_user_backend', CASE WHEN k % 3 = 0 THEN 'common.djangoapps.third_party_auth.saml.SAMLAuthBackend'
          ELSE 'django.contrib.auth.backends.AllowAllUsersModelBackend' END, '_auth_user_hash', fixture_gen.hexn('sesh', k, 64), '_language', fixture_gen.pick(ARRAY['en', 'es-419', 'pt-br', 'ko-kr', 'de-de'], 'sesl', k),
          'social_auth_last_login_backend', CASE WHEN k % 3 = 0 THEN 'tpa-saml' END, 'csrf_token_ts', 1718000000 + k * 611)::text END, 'UTF8'), 'base64'), '='), E'+/\n', '-_')
  || ':' || pgen.rnd('sests', k, 6) || ':' || translate(rtrim(fixture_gen.b64('sessig', k, 32), '='), '+/', '-_'),
  timestamptz '2024-06-28 17:00:00+00' + make_interval(hours => 1 + fixture_gen.n('sese', k, 300))
FROM generate_series(1, 110) k;

CREATE TABLE bulk_email_courseemail (
    id serial PRIMARY KEY, slug varchar(128) NOT NULL, subject varchar(128) NOT NULL, html_message text, text_message text, created timestamptz NOT NULL, modified timestamptz NOT NULL,
    course_id varchar(255) NOT NULL, sender_id integer, template_name varchar(255), from_addr varchar(255)
);
INSERT INTO bulk_email_courseemail (slug, subject, html_message, text_message, created, modified, course_id, sender_id, template_name, from_addr)
SELECT '', m.subject, '<p>' || replace(m.body, E'\n\n', '</p><p>') || '</p>', m.body, x.t, x.t, c.key, m.sender, NULL,
  CASE WHEN m.n % 3 = 0 THEN '"' || c.title || ' Course Staff" <' || regexp_replace(c.org || c.num || c.run, '[^A-Za-z0-9]', '', 'g') || '-no-reply@courseupdates.meridian-open.example>'
       WHEN m.n % 3 = 1 THEN NULL ELSE '"' || (SELECT full_name FROM pgen.p WHERE i = m.sender) || ' via Meridian" <no-reply@meridian-open.example>' END
FROM (VALUES
  (1, 2, 8, 'Welcome to Foundations of Data Science!', E'Dear learners,\n\nWelcome to DS101! The first week opens on Monday. Please introduce yourself on the discussion forum.\n\nBest wishes,\nAmelia and the DS101 team'),
  (2, 2, 9, 'Week 3 is now open', E'Hello everyone,\n\nWeek 3 on data cleaning is now available. The graded assignment is due on 18 February at 23:59 UTC.\n\nThe DS101 team'),
  (3, 2, 7, 'Live Q&A this Thursday', E'Hi all,\n\nI will host a live Q&A on Thursday at 16:00 UTC on Zoom (link on the course home page). Send questions in advance to ' || (SELECT email FROM pgen.p WHERE i = 7) || E'.\n\n' || (SELECT full_name FROM pgen.p WHERE i = 7) || E'\nSenior Lecturer, School of Informatics'),
  (4, 1, 8, 'Certificates are being issued', E'Dear learners,\n\nCertificates for the autumn run are being generated this week. If the name on your certificate is wrong, update your full name in Account Settings before Friday.\n\nThe DS101 team'),
  (5, 3, 13, 'Willkommen / Welcome to CLIM201', E'Dear participants,\n\nwelcome to Climate Systems and Policy. Our teaching assistant ' || (SELECT full_name FROM pgen.p WHERE i = 15) || E' will moderate the forum.\n\nKind regards,\n' || (SELECT full_name FROM pgen.p WHERE i = 13)),
  (6, 3, 14, 'Peer assessment deadline extended', E'Dear participants,\n\nbecause of the server outage on 12 March the peer assessment deadline is extended by 48 hours.\n\nThe CLIM201 team'),
  (7, 4, 17, '¡Bienvenidos a Energías renovables!', E'Estimados participantes:\n\nLes damos la bienvenida al curso. El primer módulo ya está disponible.\n\nSaludos cordiales,\nEquipo ENE110, Universidad Técnica del Sur'),
  (8, 4, 18, 'Recordatorio: evaluación del módulo 2', E'Hola a todos:\n\nLes recordamos que la evaluación del módulo 2 cierra el domingo. Consultas por WhatsApp al ayudante ' || (SELECT full_name FROM pgen.p WHERE i = 19) || ' (' || (SELECT phone FROM pgen.p WHERE i = 19) || E').\n\nEquipo ENE110'),
  (9, 5, 21, 'Welcome to Global Public Health', E'Dear learners,\n\nWelcome! This course was developed with the Oyo State Ministry of Health. Week 1 covers measures of disease frequency.\n\nProf. ' || (SELECT last FROM pgen.p WHERE i = 21) || E' and the PH150 team'),
  (10, 5, 22, 'Scholarship learners: verify your identity', E'Dear scholarship holders,\n\nplease complete ID verification by 30 April so that your verified certificate is not blocked. Reply to this email if your upload fails.\n\nPH150 support'),
  (11, 6, 25, 'RoboSim lab access', E'Hello robotics learners,\n\nthe RoboSim LTI tool is now linked in Unit 2. If it does not load, clear your cookies and try Chrome.\n\nHana Tech ROB210 team'),
  (12, 6, 26, 'Midterm results', E'Dear learners,\n\nthe midterm grades are now visible on the Progress page. The class average was 71%.\n\nROB210 team'),
  (13, 7, 28, 'New module: writing a literature review', E'Hello writers,\n\na new module on literature reviews has been added. It is self-paced like the rest of the course.\n\nMeridian Open Learning'),
  (14, 8, 13, 'Final exam is proctored', E'Dear participants,\n\nthe final exam of EU Data Protection Law is proctored. Please run the system check before 20 June. Accessibility requests go to ' || (SELECT email FROM pgen.p WHERE i = 16) || E'.\n\nThe EULAW301 team'),
  (15, 2, 10, 'Grade export test', E'test please ignore'),
  (16, 5, 23, 'Week 4: outbreak investigation', E'Dear learners,\n\nWeek 4 uses anonymised data from a 2019 measles outbreak. Please read the case study before the quiz.\n\nPH150 team')
) m(n, k, sender, subject, body)
JOIN pgen.course c ON c.k = m.k CROSS JOIN LATERAL (SELECT c.start + make_interval(days => m.n * 2 + 1 - 10 * (m.n % 2), hours => 9) AS t) x ORDER BY x.t;

CREATE TABLE survey_surveyanswer (
    id serial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, field_name varchar(255) NOT NULL, field_value varchar(1024) NOT NULL, form_id integer NOT NULL,
    user_id integer, course_key varchar(255)
);
INSERT INTO survey_surveyanswer (created, modified, field_name, field_value, form_id, user_id, course_key)
SELECT e.at + interval '3 minutes', e.at + interval '3 minutes', f.name, f.value, CASE WHEN e.k = 5 THEN 2 ELSE 1 END, e.i, c.key
FROM pgen.enr e JOIN pgen.p p ON p.i = e.i JOIN pgen.course c ON c.k = e.k
CROSS JOIN LATERAL (VALUES
  ('job_title', fixture_gen.pick(ARRAY['Data Analyst', 'Nurse', 'Secondary School Teacher', 'Student', 'Software Engineer', 'Public Health Officer', 'Electrical Engineer', 'Unemployed',
      'Research Assistant', 'Pharmacist', 'Project Manager', 'Community Health Worker', 'Retired'], 'svjob', p.i), true),
  ('organization', fixture_gen.pick(ARRAY['Lagos State Ministry of Health', 'Siemens Energy', 'Infosys', 'Ghana Health Service', 'Universidad de Chile', 'Kenya Medical Research Institute',
      'Pertamina', 'Samsung SDI', 'self-employed', 'none', 'Banco Estado', 'Médecins Sans Frontières', 'Deutsche Bahn'], 'svorg', p.i), p.i % 4 <> 0),
  ('years_of_experience', fixture_gen.pick(ARRAY['0', '1-2', '3-5', '6-10', '10+'], 'svyrs', p.i), true),
  ('heard_about', fixture_gen.pick(ARRAY['University newsletter', 'Facebook', 'A friend', 'Google search', 'My employer', 'Class Central', 'LinkedIn'], 'svhrd', p.i), true),
  ('linkedin_profile', 'https://www.linkedin.com/in/' || pgen.fold(p.first) || '-' || pgen.fold(p.last) || '-' || fixture_gen.hexn('svli', p.i, 8) || '/', p.i % 6 = 1),
  ('motivation', pgen.goal(p, 'svmot'), p.i % 3 = 0)
) f(name, value, keep)
WHERE f.keep AND (e.k IN (2, 5) OR e.k = 4 AND p.i % 2 = 0) AND NOT p.retired ORDER BY e.at, e.i, f.name;

CREATE TABLE teams_courseteam (
    id serial PRIMARY KEY, team_id varchar(100) NOT NULL UNIQUE, discussion_topic_id varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL, course_id varchar(255) NOT NULL,
    topic_id varchar(255) NOT NULL, date_created timestamptz NOT NULL, description varchar(300) NOT NULL, country varchar(2) NOT NULL, language varchar(16) NOT NULL,
    last_activity_at timestamptz NOT NULL, team_size integer NOT NULL, organization_protected boolean NOT NULL
);
INSERT INTO teams_courseteam (team_id, discussion_topic_id, name, course_id, topic_id, date_created, description, country, language, last_activity_at, team_size, organization_protected)
SELECT regexp_replace(lower(pgen.fold(replace(t.name, ' ', '-')) ), '[^a-z0-9-]', '', 'g') || '-' || fixture_gen.hexn('teamid', t.n, 32), fixture_gen.hexn('teamdt', t.n, 32), t.name, c.key, t.topic,
  c.start + make_interval(days => 5 + t.n), t.descr, t.ctry, t.lang, c.start + make_interval(days => 20 + t.n * 2), 0, t.n = 12
FROM (VALUES
  (1, 2, 'Data Wranglers', 'capstone', 'We analyse open transport data from Edinburgh and Glasgow. Meet on Tuesdays 19:00 UK time.', 'GB', 'en'),
  (2, 2, 'Lagos Data Circle', 'capstone', 'Study group from Lagos and Ibadan. Led by Chinedu, join our WhatsApp group via the team discussion.', 'NG', 'en'),
  (3, 2, 'Pandas & Chill', 'capstone', 'Relaxed pace, weekends only.', '', 'en'),
  (4, 2, 'Seoul Stats Club', 'study-groups', '서울 지역 스터디 모임입니다. 매주 토요일 강남역 근처 카페에서 만나요.', 'KR', 'ko'),
  (5, 3, 'Klimaschutz Bonn', 'policy-briefs', 'Wir schreiben ein Policy Brief zur kommunalen Wärmeplanung in Bonn.', 'DE', 'de'),
  (6, 3, 'Small Island States', 'policy-briefs', 'Policy brief on loss and damage finance for SIDS.', '', 'en'),
  (7, 4, 'Solares del Norte', 'proyectos', 'Proyecto de microred solar para una escuela rural en Antofagasta. Coordina la profesora Valentina Rojas.', 'CL', 'es'),
  (8, 4, 'Viento y Agua', 'proyectos', 'Evaluamos pequeñas centrales hidroeléctricas en Oaxaca.', 'MX', 'es'),
  (9, 5, 'Malaria Mappers', 'outbreak-investigation', 'Health workers from Kenya and Nigeria mapping malaria cases. Most of us work at county hospitals.', 'KE', 'en'),
  (10, 5, 'Epi Beginners', 'outbreak-investigation', 'For learners without a health background.', '', 'en'),
  (11, 6, 'Line Followers', 'robot-challenge', 'Building a line-following robot with an Arduino kit.', '', 'en'),
  (12, 5, 'Oyo State MoH cohort', 'outbreak-investigation', 'Private team for staff of the Oyo State Ministry of Health training programme.', 'NG', 'en'),
  (13, 6, 'Daejeon Robotics Lab', 'robot-challenge', 'KAIST와 한밭대 학생들이 함께 하는 팀. 문의: 조장 박지호', 'KR', 'ko'),
  (14, 2, 'Equipo Datos LatAm', 'study-groups', 'Aprendemos juntos en español. Sesiones por Meet los jueves.', '', 'es')
) t(n, k, name, topic, descr, ctry, lang) JOIN pgen.course c ON c.k = t.k ORDER BY t.n;

CREATE TABLE teams_courseteammembership (
    id serial PRIMARY KEY, date_joined timestamptz NOT NULL, last_activity_at timestamptz NOT NULL, team_id integer NOT NULL, user_id integer NOT NULL, UNIQUE (user_id, team_id)
);
INSERT INTO teams_courseteammembership (date_joined, last_activity_at, team_id, user_id)
SELECT DISTINCT ON (e.i, c.k) t.date_created + make_interval(hours => fixture_gen.n('tmj', e.i, 200)), t.last_activity_at - make_interval(hours => fixture_gen.n('tml', e.i, 100)), t.id, e.i
FROM pgen.enr e JOIN pgen.course c ON c.k = e.k JOIN teams_courseteam t ON t.course_id = c.key
WHERE fixture_gen.n('tmin', e.i * 10 + e.k, 10) < 4 AND fixture_gen.n('tmpick', e.i * 100 + t.id, 3) = 0
ORDER BY e.i, c.k, t.id;
UPDATE teams_courseteam t SET team_size = (SELECT count(*) FROM teams_courseteammembership m WHERE m.team_id = t.id);

CREATE TABLE embargo_country (id serial PRIMARY KEY, country varchar(2) NOT NULL UNIQUE);
INSERT INTO embargo_country (country) VALUES ('CU'), ('IR'), ('KP'), ('SY'), ('RU'), ('BY');

CREATE TABLE embargo_restrictedcourse (
    id serial PRIMARY KEY, course_key varchar(255) NOT NULL UNIQUE, enroll_msg_key varchar(255) NOT NULL, access_msg_key varchar(255) NOT NULL, disable_access_check boolean NOT NULL
);
INSERT INTO embargo_restrictedcourse (course_key, enroll_msg_key, access_msg_key, disable_access_check) VALUES
  ('course-v1:HanaTechX+ROB210+2024_S1', 'embargo', 'embargo', false), ('course-v1:KestrelU+DS101+2024_T1', 'default', 'default', false),
  ('course-v1:RheinauX+EULAW301+2023_T2', 'default', 'default', true);

CREATE TABLE embargo_countryaccessrule (
    id serial PRIMARY KEY, rule_type varchar(255) NOT NULL, country_id integer NOT NULL, restricted_course_id integer NOT NULL, UNIQUE (restricted_course_id, country_id)
);
INSERT INTO embargo_countryaccessrule (rule_type, country_id, restricted_course_id)
SELECT 'blacklist', c.id, r.id FROM embargo_restrictedcourse r CROSS JOIN embargo_country c WHERE r.id = 1 OR (r.id = 2 AND c.country IN ('CU', 'IR', 'KP', 'SY'))
ORDER BY 3, 2;

CREATE TABLE course_modes_coursemode (
    id serial PRIMARY KEY, course_id varchar(255) NOT NULL, mode_slug varchar(100) NOT NULL, mode_display_name varchar(255) NOT NULL, min_price integer NOT NULL,
    currency varchar(8) NOT NULL, expiration_datetime timestamptz, expiration_datetime_is_explicit boolean NOT NULL, suggested_prices varchar(255) NOT NULL,
    description text, sku varchar(255), bulk_sku varchar(255), android_sku varchar(255), ios_sku varchar(255), UNIQUE (course_id, mode_slug, currency)
);
INSERT INTO course_modes_coursemode (course_id, mode_slug, mode_display_name, min_price, currency, expiration_datetime, expiration_datetime_is_explicit, suggested_prices, description, sku, bulk_sku,
  android_sku, ios_sku)
SELECT c.key, m.slug, m.display, m.price, 'usd', CASE WHEN m.slug = 'verified' AND NOT c.self_paced THEN c.start + interval '70 days' END, m.slug = 'verified' AND c.k = 2, '', NULL,
  CASE WHEN m.price > 0 THEN upper(fixture_gen.hexn('sku', c.k * 10 + m.n, 7)) END, CASE WHEN m.price > 0 AND m.slug = 'verified' THEN upper(fixture_gen.hexn('bsku', c.k * 10 + m.n, 7)) END,
  CASE WHEN m.slug = 'verified' AND c.k IN (2, 7) THEN 'mobile.android.' || lower(c.org || c.num) || '.verified' END,
  CASE WHEN m.slug = 'verified' AND c.k IN (2, 7) THEN 'mobile.ios.' || lower(c.org || c.num) || '.verified' END
FROM pgen.course c CROSS JOIN (VALUES (1, 'audit', 'Audit', 0), (2, 'verified', 'Verified Certificate', 49), (3, 'masters', 'Master''s track', 0), (4, 'professional', 'Professional Certificate', 199),
  (5, 'honor', 'Honor Certificate', 0)) m(n, slug, display, price)
WHERE m.slug IN ('audit', 'verified') OR (m.slug = 'masters' AND c.k IN (1, 2)) OR (m.slug = 'professional' AND c.k = 5) OR (m.slug = 'honor' AND c.k = 7)
ORDER BY c.k, m.n;
UPDATE course_modes_coursemode SET min_price = CASE course_id WHEN 'course-v1:UTSurX+ENE110+2024_1' THEN 25 WHEN 'course-v1:AdeolaU+PH150+2024_T2' THEN 39 ELSE min_price END WHERE mode_slug = 'verified';

CREATE TABLE edxval_video (
    id serial PRIMARY KEY, created timestamptz NOT NULL, edx_video_id varchar(100) NOT NULL UNIQUE, client_video_id varchar(255) NOT NULL, duration double precision NOT NULL,
    status varchar(255) NOT NULL, error_description text
);
INSERT INTO edxval_video (created, edx_video_id, client_video_id, duration, status, error_description)
SELECT c.start - make_interval(days => 30 - v.n), fixture_gen.uuid('edxvid', c.k * 100 + v.n), c.num || '_' || v.file, 180 + fixture_gen.n('viddur', c.k * 100 + v.n, 1500) + fixture_gen.n('vidms', c.k * 100 + v.n, 1000) / 1000.0,
  CASE WHEN v.n = 7 AND c.k = 3 THEN 'file_corrupt' WHEN v.n = 6 AND c.k = 6 THEN 'transcription_in_progress' WHEN v.n = 8 THEN 'upload_cancelled' ELSE 'file_complete' END,
  CASE WHEN v.n = 7 AND c.k = 3 THEN 'The file has an invalid codec or is corrupt: moov atom not found' END
FROM pgen.course c CROSS JOIN (VALUES (1, 'W1_L1_intro.mp4'), (2, 'W1_L2_concepts_final.mp4'), (3, 'W2_L1_lecture.mov'), (4, 'W2_L2_demo_screencast.mp4'), (5, 'W3_L1_interview_guest.mp4'),
  (6, 'W3_L2_lab_walkthrough_v2.mp4'), (7, 'W4_L1_summary.mp4'), (8, 'W4_L1_summary_old.mp4')) v(n, file)
ORDER BY 1;

CREATE TABLE edx_proctoring_proctoredexam (
    id serial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, course_id varchar(255) NOT NULL, content_id varchar(255) NOT NULL, external_id varchar(255),
    exam_name text NOT NULL, time_limit_mins integer NOT NULL, due_date timestamptz, is_proctored boolean NOT NULL, is_practice_exam boolean NOT NULL, is_active boolean NOT NULL,
    hide_after_due boolean NOT NULL, backend varchar(255), UNIQUE (course_id, content_id)
);
INSERT INTO edx_proctoring_proctoredexam (created, modified, course_id, content_id, external_id, exam_name, time_limit_mins, due_date, is_proctored, is_practice_exam, is_active, hide_after_due, backend)
SELECT c.start - interval '10 days', c.start + interval '20 days', c.key, pgen.usage(c.key, 'sequential', CASE WHEN x.practice THEN md5('practice:' || c.k) ELSE b.hex END),
  CASE WHEN x.backend = 'proctortrack' THEN (9000 + c.k * 10 + x.n)::text END, x.name, x.mins, c.start + interval '80 days', x.proctored, x.practice, true, false, x.backend
FROM (VALUES (1, 1, 'Final exam', 120, true, false, 'software_secure'), (2, 2, 'Final exam', 120, true, false, 'proctortrack'), (3, 2, 'Practice proctored exam', 10, true, true, 'proctortrack'),
  (4, 8, 'Final examination', 90, true, false, 'software_secure'), (5, 5, 'Final quiz (timed)', 60, false, false, 'null'), (6, 6, 'Midterm (timed)', 75, false, false, 'null'),
  (7, 3, 'Policy analysis exam (timed)', 45, false, false, 'null')) x(n, k, name, mins, proctored, practice, backend)
JOIN pgen.course c ON c.k = x.k JOIN pgen.block b ON b.k = c.k AND b.b = 15 ORDER BY x.n;

CREATE TABLE edx_proctoring_proctoredexamstudentattempt (
    id serial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, user_id integer NOT NULL, proctored_exam_id integer NOT NULL, started_at timestamptz,
    completed_at timestamptz, last_poll_timestamp timestamptz, last_poll_ipaddr varchar(32), attempt_code varchar(255), external_id varchar(255), allowed_time_limit_mins integer,
    status varchar(64) NOT NULL, taking_as_proctored boolean NOT NULL, is_sample_attempt boolean NOT NULL, review_policy_id integer, is_status_acknowledged boolean NOT NULL,
    time_remaining_seconds integer, is_resumable boolean NOT NULL
);
INSERT INTO edx_proctoring_proctoredexamstudentattempt (created, modified, user_id, proctored_exam_id, started_at, completed_at, last_poll_timestamp, last_poll_ipaddr, attempt_code, external_id,
  allowed_time_limit_mins, status, taking_as_proctored, is_sample_attempt, review_policy_id, is_status_acknowledged, time_remaining_seconds, is_resumable)
SELECT x.t, x.t + make_interval(mins => x.dur + 30), a.i, ex.id, x.t + interval '4 minutes', CASE WHEN x.st NOT IN ('created', 'error') THEN x.t + make_interval(mins => x.dur) END,
  x.t + make_interval(mins => x.dur - 1), CASE WHEN (a.i + ex.id) % 5 = 0 THEN fixture_gen.ipv6('pip', a.i * 10 + ex.id) ELSE fixture_gen.ipv4('pip', a.i * 10 + ex.id) END,
  CASE WHEN ex.is_proctored THEN upper(fixture_gen.uuid('attcode', a.i * 10 + ex.id)) END,
  CASE WHEN ex.backend = 'software_secure' THEN upper(fixture_gen.hexn('ssiext', a.i * 10 + ex.id, 16)) WHEN ex.backend = 'proctortrack' THEN (710000 + a.i * 10 + ex.id)::text END,
  ex.time_limit_mins + CASE WHEN a.i % 15 = 4 THEN 30 ELSE 0 END, x.st, ex.is_proctored, ex.is_practice_exam, CASE WHEN ex.is_proctored AND NOT ex.is_practice_exam THEN ex.id END,
  x.st IN ('verified', 'rejected', 'submitted'), CASE WHEN x.st = 'error' THEN 60 * (10 + fixture_gen.n('ptrem', a.i, 50)) END, x.st = 'error' AND a.i % 2 = 0
FROM pgen.act a JOIN pgen.course c ON c.k = a.k JOIN edx_proctoring_proctoredexam ex ON ex.course_id = c.key
CROSS JOIN LATERAL (SELECT c.start + interval '75 days' + make_interval(mins => fixture_gen.n('ptt', a.i * 10 + ex.id, 7000)) AS t,
  10 + fixture_gen.n('ptdur', a.i * 10 + ex.id, ex.time_limit_mins) AS dur,
  CASE WHEN NOT ex.is_proctored THEN 'submitted' WHEN ex.is_practice_exam THEN 'submitted'
       WHEN a.i % 19 = 7 THEN 'rejected' WHEN a.i % 23 = 5 THEN 'error' WHEN a.i % 29 = 3 THEN 'second_review_required' WHEN a.i % 31 = 11 THEN 'created'
       WHEN c.k = 2 AND a.i % 4 = 1 THEN 'submitted' ELSE 'verified' END AS st) x
WHERE a.pct > 0.35 AND (ex.is_practice_exam = false OR a.i % 3 = 0)
  AND (NOT ex.is_proctored OR EXISTS (SELECT 1 FROM pgen.enr e WHERE e.i = a.i AND e.k = a.k AND e.mode <> 'audit'))
  AND x.t < timestamptz '2024-06-27'
ORDER BY x.t;

CREATE TABLE edx_proctoring_proctoredexamsoftwaresecurereview (
    id serial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, attempt_code varchar(255) NOT NULL UNIQUE, review_status varchar(255) NOT NULL,
    raw_data text NOT NULL, video_url text NOT NULL, exam_id integer, reviewed_by_id integer, student_id integer, is_attempt_active boolean NOT NULL, encrypted_video_url bytea
);
INSERT INTO edx_proctoring_proctoredexamsoftwaresecurereview (created, modified, attempt_code, review_status, raw_data, video_url, exam_id, reviewed_by_id, student_id, is_attempt_active, encrypted_video_url)
SELECT a.completed_at + make_interval(hours => 20 + fixture_gen.n('rvh', a.id, 50)), a.completed_at + make_interval(hours => 20 + fixture_gen.n('rvh', a.id, 50)) + CASE WHEN a.status = 'second_review_required' THEN interval '3 days' ELSE interval '0' END,
  a.attempt_code, r.st,
  jsonb_build_object('examDate', to_char(a.started_at, 'YYYY-MM-DD HH24:MI'), 'examProcessingStatus', 'Review Completed', 'examTakerEmail', p.email,
    'examTakerFirstName', p.first, 'examTakerLastName', p.last, 'keySetVersion', '', 'examApiData', '',
    'examMetaData', jsonb_build_object('examCode', a.attempt_code, 'examName', ex.exam_name, 'examSponsor', 'Meridian Open Learning', 'reviewedExam', true,
      'reviewerNotes', r.notes, 'simulatedExam', false, 'ssiProduct', 'rp-now', 'ssiRecordLocator', a.external_id, 'userId', a.user_id::text),
    'reviewStatus', r.st, 'videoReviewLink', r.link,
    'webcamComments', CASE WHEN r.st = 'Clean' THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('comments', r.cam, 'duration', 88, 'eventFinish', 1400, 'eventStart', 1312, 'eventStatus', 'Suspicious')) END,
    'desktopComments', '[]'::jsonb)::text,
  r.link, ex.id, CASE WHEN a.status = 'second_review_required' THEN 16 END, a.user_id, false,
  CASE WHEN a.id % 3 = 0 THEN decode(fixture_gen.hexn('encvid', a.id, 192), 'hex') END
FROM edx_proctoring_proctoredexamstudentattempt a JOIN edx_proctoring_proctoredexam ex ON ex.id = a.proctored_exam_id JOIN pgen.p p ON p.i = a.user_id
CROSS JOIN LATERAL (SELECT CASE a.status WHEN 'rejected' THEN 'Suspicious' WHEN 'second_review_required' THEN 'Rules Violation' ELSE 'Clean' END AS st,
  'https://rpnow-review.softwaresecure.example/video/' || a.external_id AS link,
  CASE a.status WHEN 'rejected' THEN fixture_gen.pick(ARRAY['A second person entered the room and spoke to the learner at 00:21:40.', 'Learner used a mobile phone during the exam.',
      'Learner left the camera view for 6 minutes.', 'ID shown does not match the learner in the webcam.'], 'rvn', a.id)
    WHEN 'second_review_required' THEN 'Learner read questions aloud; possible accommodation, refer to course team.' ELSE '' END AS notes,
  CASE a.status WHEN 'rejected' THEN 'Second person visible behind the learner' WHEN 'second_review_required' THEN 'Learner talking to self' ELSE '' END AS cam) r
WHERE ex.backend = 'software_secure' AND a.status IN ('verified', 'rejected', 'second_review_required') AND NOT p.retired
ORDER BY 1;

CREATE TABLE edx_proctoring_proctoredexamstudentallowance (
    id serial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, user_id integer NOT NULL, proctored_exam_id integer NOT NULL, key varchar(255) NOT NULL,
    value varchar(255) NOT NULL, UNIQUE (user_id, proctored_exam_id, key)
);
INSERT INTO edx_proctoring_proctoredexamstudentallowance (created, modified, user_id, proctored_exam_id, key, value)
SELECT a.created - interval '5 days', a.created - interval '5 days', a.user_id, a.proctored_exam_id, v.key, v.value
FROM edx_proctoring_proctoredexamstudentattempt a
CROSS JOIN LATERAL (VALUES
  ('additional_time_granted', '30', a.user_id % 15 = 4),
  ('review_policy_exception', fixture_gen.pick(ARRAY['Learner is visually impaired and uses a screen reader (disability office ref. DSO-2024-118); speaking aloud is expected.',
     'Allowed a paper sheet for calculations, approved by the course team.', 'Learner has a newborn at home; short breaks off camera are allowed.',
     'Learner has epilepsy and may look away from the screen for rest breaks.', 'Bilingual dictionary allowed (Korean-English).'], 'alrp', a.id), a.user_id % 15 = 4 AND a.id % 2 = 0),
  ('time_multiplier', '1.5', a.user_id % 41 = 9)
) v(key, value, keep)
WHERE v.keep ORDER BY 1, a.user_id;

CREATE TABLE credit_creditrequest (
    id serial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, uuid varchar(32) NOT NULL UNIQUE, username varchar(255) NOT NULL, parameters text NOT NULL,
    status varchar(255) NOT NULL, course_id integer NOT NULL, provider_id integer NOT NULL, UNIQUE (username, course_id, provider_id)
);
INSERT INTO credit_creditrequest (created, modified, uuid, username, parameters, status, course_id, provider_id)
SELECT x.t, x.t + make_interval(days => CASE WHEN x.st = 'pending' THEN 0 ELSE 3 + fixture_gen.n('crd', a.i, 20) END), md5('creditreq:' || a.i || ':' || c.k), p.username,
  jsonb_build_object('request_uuid', md5('creditreq:' || a.i || ':' || c.k), 'timestamp', extract(epoch FROM x.t)::bigint, 'course_org', c.org, 'course_num', c.num, 'course_run', c.run,
    'final_grade', a.pct::text, 'user_username', p.username, 'user_email', p.email, 'user_full_name', p.profile_name,
    'user_mailing_address', CASE WHEN a.i % 2 = 0 THEN p.street || ', ' || p.zip || ' ' || p.city ELSE '' END, 'user_country', p.cc,
    'signature', translate(fixture_gen.b64('crsig', a.i, 32), E'\n', ''))::text,
  x.st, CASE c.k WHEN 1 THEN 3 WHEN 2 THEN 1 ELSE 2 END, CASE WHEN c.k = 8 THEN 2 ELSE 1 END
FROM pgen.act a JOIN pgen.course c ON c.k = a.k JOIN pgen.p p ON p.i = a.i JOIN pgen.enr e ON e.i = a.i AND e.k = a.k
CROSS JOIN LATERAL (SELECT a.active + interval '5 days' AS t, CASE WHEN a.i % 7 = 3 THEN 'rejected' WHEN a.i % 5 = 2 THEN 'pending' ELSE 'approved' END AS st) x
WHERE c.k IN (1, 2, 8) AND e.mode IN ('verified', 'masters') AND a.pct >= 0.6 AND NOT p.retired ORDER BY x.t;

CREATE TABLE program_enrollments_programenrollment (
    id serial PRIMARY KEY, created timestamptz NOT NULL, modified timestamptz NOT NULL, external_user_key varchar(255), program_uuid uuid NOT NULL, curriculum_uuid uuid NOT NULL,
    status varchar(9) NOT NULL, user_id integer, UNIQUE (user_id, program_uuid, curriculum_uuid), UNIQUE (external_user_key, program_uuid, curriculum_uuid)
);
INSERT INTO program_enrollments_programenrollment (created, modified, external_user_key, program_uuid, curriculum_uuid, status, user_id)
SELECT x.t, x.t + make_interval(days => fixture_gen.n('pem', x.n, 40)), x.ext, fixture_gen.uuid('program', x.prog)::uuid, fixture_gen.uuid('curric', x.prog * 10 + 1)::uuid, x.st, x.uid
FROM (
  SELECT row_number() OVER (ORDER BY p.i) AS n, p.i AS uid, coalesce(p.univ, 's' || (1800000 + fixture_gen.n('pexk', p.i, 600000))) AS ext, 1 AS prog,
    CASE WHEN p.retired THEN 'canceled' WHEN p.i % 13 = 2 THEN 'suspended' ELSE 'enrolled' END AS st, e.at - interval '2 days' AS t
  FROM pgen.p p JOIN (SELECT i, min(at) AS at FROM pgen.enr WHERE mode = 'masters' GROUP BY i) e ON e.i = p.i
  UNION ALL
  SELECT 1000 + k, NULL, 's' || (1800000 + fixture_gen.n('cea', k, 600000)), 1, 'pending', pgen.at('ceat', k, '2023-12-01', '2024-01-20') FROM generate_series(1, 18) k
  UNION ALL
  SELECT 2000 + p.i, p.i, 'RH-' || (2200000 + fixture_gen.n('rhm', p.i, 90000)), 2, CASE WHEN p.i % 6 = 1 THEN 'ended' ELSE 'enrolled' END, p.joined + interval '1 day'
  FROM pgen.p p WHERE p.sso = 'rheinau-shib' AND p.kind = 'learner'
  UNION ALL
  SELECT 3000 + p.i, p.i, 'ADU/' || to_char(e.at, 'YYYY') || '/' || lpad((100 + fixture_gen.n('adu', p.i, 9000))::text, 4, '0'), 3,
    CASE WHEN p.retired THEN 'canceled' WHEN p.i % 11 = 5 THEN 'pending' ELSE 'enrolled' END, e.at - interval '1 day'
  FROM pgen.p p JOIN pgen.enr e ON e.i = p.i AND e.k = 5 WHERE p.c IN ('ng', 'gh', 'ke')
) x ORDER BY x.t;

CREATE TABLE lti_consumer_lticonfiguration (
    id serial PRIMARY KEY, config_id uuid NOT NULL UNIQUE, version varchar(10) NOT NULL, config_store varchar(255) NOT NULL, location varchar(255) UNIQUE, external_id varchar(255),
    lti_1p1_launch_url varchar(255) NOT NULL, lti_1p1_client_key varchar(255) NOT NULL, lti_1p1_client_secret varchar(255) NOT NULL, lti_1p3_client_id varchar(255) NOT NULL,
    lti_1p3_oidc_url varchar(255) NOT NULL, lti_1p3_launch_url varchar(255) NOT NULL, lti_1p3_internal_private_key text NOT NULL, lti_1p3_internal_private_key_id varchar(255) NOT NULL,
    lti_1p3_internal_public_jwk text NOT NULL, lti_1p3_tool_public_key text NOT NULL, lti_1p3_tool_keyset_url varchar(255) NOT NULL, lti_1p3_redirect_uris text NOT NULL,
    lti_advantage_deep_linking_enabled boolean NOT NULL, lti_advantage_deep_linking_launch_url varchar(225) NOT NULL, lti_advantage_ags_mode varchar(20) NOT NULL,
    lti_advantage_enable_nrps boolean NOT NULL, lti_1p3_proctoring_enabled boolean NOT NULL, lti_config text NOT NULL
);
INSERT INTO lti_consumer_lticonfiguration (config_id, version, config_store, location, external_id, lti_1p1_launch_url, lti_1p1_client_key, lti_1p1_client_secret, lti_1p3_client_id,
  lti_1p3_oidc_url, lti_1p3_launch_url, lti_1p3_internal_private_key, lti_1p3_internal_private_key_id, lti_1p3_internal_public_jwk, lti_1p3_tool_public_key, lti_1p3_tool_keyset_url,
  lti_1p3_redirect_uris, lti_advantage_deep_linking_enabled, lti_advantage_deep_linking_launch_url, lti_advantage_ags_mode, lti_advantage_enable_nrps, lti_1p3_proctoring_enabled, lti_config)
SELECT fixture_gen.uuid('lticfg', t.n)::uuid, t.ver, t.store, pgen.usage(c.key, 'lti_consumer', md5('lti:' || t.n)), NULL,
  CASE WHEN t.ver = 'lti_1p1' THEN t.url ELSE '' END,
  CASE WHEN t.ver = 'lti_1p1' AND t.store = 'CONFIG_ON_DB' THEN t.key1 ELSE '' END,
  CASE WHEN t.ver = 'lti_1p1' AND t.store = 'CONFIG_ON_DB' THEN pgen.rnd('lti11s', t.n, 32) ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' THEN fixture_gen.uuid('lti13cid', t.n) ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' THEN regexp_replace(t.url, '/launch$', '/oidc/login') ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' THEN t.url ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' THEN pgen.pem('RSA PRIVATE KEY', pgen.keybody('MIIEowIBAAKCAQEA', 'lti13pk', t.n, 1152)) ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' THEN fixture_gen.uuid('lti13kid', t.n) ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' THEN jsonb_build_object('kty', 'RSA', 'e', 'AQAB', 'n', translate(rtrim(pgen.keybody('', 'lti13n', t.n, 192) || pgen.keybody('', 'lti13n2', t.n, 192), '='), '+/', '-_'),
      'kid', fixture_gen.uuid('lti13kid', t.n), 'alg', 'RS256', 'use', 'sig')::text ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' AND t.n % 2 = 0 THEN pgen.pem('PUBLIC KEY', pgen.keybody('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'lti13tpk', t.n, 192)) ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' AND t.n % 2 = 1 THEN regexp_replace(t.url, '/launch$', '/.well-known/jwks.json') ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' THEN jsonb_build_array(t.url)::text ELSE '[]' END,
  t.ver = 'lti_1p3' AND t.n = 3, CASE WHEN t.ver = 'lti_1p3' AND t.n = 3 THEN regexp_replace(t.url, '/launch$', '/deeplink') ELSE '' END,
  CASE WHEN t.ver = 'lti_1p3' THEN 'declarative' ELSE 'disabled' END, t.ver = 'lti_1p3' AND t.n <> 5, false, '{}'
FROM (VALUES
  (1, 6, 'lti_1p3', 'CONFIG_ON_DB', 'https://robosim.hana-tech.example/lti/launch', ''),
  (2, 6, 'lti_1p3', 'CONFIG_ON_DB', 'https://robosim.hana-tech.example/lti/launch', ''),
  (3, 2, 'lti_1p3', 'CONFIG_ON_DB', 'https://www.gradescope.example/lti/launch', ''),
  (4, 2, 'lti_1p1', 'CONFIG_ON_DB', 'https://jupyter.kestrel.ac.example/hub/lti/launch', 'kestrel-jupyterhub'),
  (5, 5, 'lti_1p3', 'CONFIG_ON_DB', 'https://epiquest.adeola.edu.example/lti/launch', ''),
  (6, 7, 'lti_1p1', 'CONFIG_ON_XBLOCK', 'https://h5p.meridian-open.example/lti/launch', ''),
  (7, 3, 'lti_1p1', 'CONFIG_ON_DB', 'https://padlet.example/lti/launch', 'meridian-padlet-2024'),
  (8, 8, 'lti_1p1', 'CONFIG_ON_XBLOCK', 'https://www.turnitin.example/api/lti/1p0/assignment', ''),
  (9, 4, 'lti_1p1', 'CONFIG_ON_DB', 'https://simuladores.utsur.example/lti', 'utsur-simuladores'),
  (10, 1, 'lti_1p1', 'CONFIG_ON_DB', 'https://jupyter.kestrel.ac.example/hub/lti/launch', 'kestrel-jupyterhub-2023')
) t(n, k, ver, store, url, key1) JOIN pgen.course c ON c.k = t.k ORDER BY t.n;

CREATE TABLE lti_consumer_ltiagsscore (
    id serial PRIMARY KEY, timestamp timestamptz NOT NULL, score_given double precision, score_maximum double precision, comment text, activity_progress varchar(20) NOT NULL,
    grading_progress varchar(20) NOT NULL, user_id varchar(255) NOT NULL, line_item_id integer NOT NULL, UNIQUE (line_item_id, user_id)
);
INSERT INTO lti_consumer_ltiagsscore (timestamp, score_given, score_maximum, comment, activity_progress, grading_progress, user_id, line_item_id)
SELECT least(a.active, c.start + make_interval(days => 20 + fixture_gen.n('agst', a.i * 10 + l.n, 40))), round((a.pct * l.max)::numeric, 1)::float8, l.max,
  CASE WHEN l.n = 3 AND a.i % 3 = 0 THEN fixture_gen.pick(ARRAY['Nice work ' || p.first || ', but check your units in Q3.', 'Q2: the confidence interval is mis-specified. See office hours.',
      'Excellent visualisation, ' || p.first || '.', 'Late submission accepted (extension agreed with ' || (SELECT full_name FROM pgen.p WHERE i = 9) || ').'], 'agsc', a.i)
    WHEN l.n IN (1, 2) THEN 'Robot completed ' || (1 + fixture_gen.n('agsr', a.i, 5)) || '/5 tracks; best lap ' || (30 + fixture_gen.n('agsl', a.i, 40)) || ' s.' END,
  CASE WHEN a.pct > 0.2 THEN 'Completed' ELSE 'InProgress' END, CASE WHEN l.n = 3 AND a.i % 5 = 0 THEN 'PendingManual' ELSE 'FullyGraded' END,
  md5('anon:' || a.i || ':' || c.key), l.n
FROM (VALUES (1, 6, 10.0), (2, 6, 20.0), (3, 2, 100.0), (4, 5, 50.0)) l(n, k, max)
JOIN pgen.course c ON c.k = l.k JOIN pgen.act a ON a.k = l.k JOIN pgen.p p ON p.i = a.i
WHERE fixture_gen.n('agsin', a.i * 10 + l.n, 10) < 7 ORDER BY 1;

CREATE TABLE instructor_task_instructortask (
    id serial PRIMARY KEY, task_type varchar(50) NOT NULL, course_id varchar(255) NOT NULL, task_key varchar(255) NOT NULL, task_input text NOT NULL, task_id varchar(255) NOT NULL,
    task_state varchar(50), task_output text, requester_id integer NOT NULL, created timestamptz, updated timestamptz NOT NULL, subtasks text NOT NULL
);
INSERT INTO instructor_task_instructortask (task_type, course_id, task_key, task_input, task_id, task_state, task_output, requester_id, created, updated, subtasks)
SELECT x.ttype, c.key, CASE WHEN x.stud IS NOT NULL THEN md5(x.prob || '_' || x.sid) WHEN x.prob IS NOT NULL THEN md5(x.prob) ELSE '' END, x.input::text, fixture_gen.uuid('itask', x.n), x.state,
  CASE WHEN x.state = 'FAILURE' THEN jsonb_build_object('exception', 'StudentModule.DoesNotExist', 'message', 'Could not find problem state for student ' || coalesce(x.stud, '') || ' and problem ' || coalesce(x.prob, ''),
      'traceback', E'Traceback (most recent call last):\n  File "/edx/app/edxapp/edx-platform/lms/djangoapps/instructor_task/tasks_helper/module_state.py", line 212, in perform_module_state_update\n    raise StudentModule.DoesNotExist')::text
    WHEN x.state = 'SUCCESS' AND x.ttype IN ('grade_course', 'profile_info_csv', 'problem_responses_csv', 'may_enroll_info_csv') THEN jsonb_build_object('action_name', 'generated', 'attempted', x.cnt, 'succeeded', x.cnt,
      'skipped', 0, 'failed', 0, 'total', x.cnt, 'duration_ms', 800 + fixture_gen.n('itdur', x.n, 90000), 'step', 'Uploading CSV')::text
    WHEN x.state = 'SUCCESS' THEN jsonb_build_object('action_name', CASE x.ttype WHEN 'reset_problem_attempts' THEN 'reset' WHEN 'rescore_problem' THEN 'rescored' WHEN 'delete_problem_state' THEN 'deleted'
      WHEN 'override_problem_score' THEN 'overridden' ELSE 'emailed' END, 'attempted', x.cnt, 'succeeded', x.cnt, 'skipped', 0, 'failed', 0, 'total', x.cnt, 'duration_ms', 40 + fixture_gen.n('itdur', x.n, 5000))::text
    WHEN x.state = 'PROGRESS' THEN jsonb_build_object('action_name', 'emailed', 'attempted', 40, 'succeeded', 40, 'total', x.cnt)::text END,
  x.req, x.t, x.t + make_interval(secs => 2 + fixture_gen.n('itupd', x.n, 600)),
  CASE WHEN x.ttype = 'bulk_course_email' THEN jsonb_build_object('total', 1 + x.cnt / 100, 'succeeded', CASE WHEN x.state = 'SUCCESS' THEN 1 + x.cnt / 100 ELSE 0 END, 'failed', 0, 'retried_nomax', 0, 'retried_withmax', 0,
      'status', jsonb_build_object(fixture_gen.uuid('itsub', x.n), jsonb_build_object('task_id', fixture_gen.uuid('itsub', x.n), 'attempted', x.cnt, 'succeeded', x.cnt, 'failed', 0, 'skipped', 0,
        'retried_nomax', 0, 'retried_withmax', 0, 'state', x.state)))::text ELSE '' END
FROM (
  SELECT g AS n, t.*, c0.key AS ckey FROM generate_series(1, 140) g
  CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('itc', g, 8) AS ck) cc
  JOIN pgen.course c0 ON c0.k = cc.ck
  CROSS JOIN LATERAL (SELECT s.i AS sid, fixture_gen.n('itk', g, 10) AS kind, pgen.at('itt', g, c0.start, least(c0.start + interval '120 days', timestamptz '2024-06-27')) AS t,
      (SELECT pgen.usage(c0.key, 'problem', b.hex) FROM pgen.block b WHERE b.k = c0.k AND b.b = 5 + fixture_gen.n('itb', g, 4)) AS pr,
      (SELECT i FROM pgen.p WHERE kind = 'staff' AND i BETWEEN 7 AND 30 ORDER BY fixture_gen.n('itrq', g * 100 + i, 1000) LIMIT 1) AS rq,
      s.username AS uname, s.email AS mail
    FROM (SELECT p.i, p.username, p.email FROM pgen.enr e JOIN pgen.p p ON p.i = e.i WHERE e.k = c0.k ORDER BY fixture_gen.n('its', g * 1000 + p.i, 100000) LIMIT 1) s) q
  CROSS JOIN LATERAL (SELECT
    CASE q.kind WHEN 0 THEN 'reset_problem_attempts' WHEN 1 THEN 'reset_problem_attempts' WHEN 2 THEN 'rescore_problem' WHEN 3 THEN 'override_problem_score' WHEN 4 THEN 'delete_problem_state'
      WHEN 5 THEN 'bulk_course_email' WHEN 6 THEN 'grade_course' WHEN 7 THEN 'profile_info_csv' WHEN 8 THEN 'problem_responses_csv' ELSE 'may_enroll_info_csv' END AS ttype,
    CASE WHEN q.kind IN (0, 3) THEN q.uname WHEN q.kind = 4 OR (q.kind = 1 AND g % 2 = 0) THEN q.mail END AS stud,
    CASE WHEN q.kind <= 4 OR q.kind = 8 THEN q.pr END AS prob,
    q.rq AS req, q.t, q.sid, q.kind) t
) x0
CROSS JOIN LATERAL (SELECT x0.n, x0.ttype, x0.stud, x0.prob, x0.req, x0.t, x0.sid,
  CASE x0.kind
    WHEN 0 THEN jsonb_build_object('problem_url', x0.prob, 'student', x0.stud)
    WHEN 1 THEN CASE WHEN x0.stud IS NOT NULL THEN jsonb_build_object('problem_url', x0.prob, 'student', x0.stud) ELSE jsonb_build_object('problem_url', x0.prob) END
    WHEN 2 THEN jsonb_build_object('problem_url', x0.prob, 'only_if_higher', x0.n % 2 = 0)
    WHEN 3 THEN jsonb_build_object('problem_url', x0.prob, 'student', x0.stud, 'score', 1)
    WHEN 4 THEN jsonb_build_object('problem_url', x0.prob, 'student', x0.stud)
    WHEN 5 THEN jsonb_build_object('email_id', 1 + x0.n % 16, 'to_option', CASE WHEN x0.n % 4 = 0 THEN '["myself"]'::jsonb ELSE '["myself", "staff", "learners"]'::jsonb END)
    WHEN 6 THEN '{}'::jsonb
    WHEN 7 THEN jsonb_build_object('features', '["id", "username", "name", "email", "language", "location", "year_of_birth", "gender", "level_of_education", "mailing_address", "goals", "city", "country"]'::jsonb,
      'csv_type', 'profile')
    WHEN 8 THEN jsonb_build_object('problem_locations', jsonb_build_array(x0.prob), 'problem_types_filter', NULL)
    ELSE jsonb_build_object('features', '["email"]'::jsonb) END AS input,
  CASE WHEN x0.t > timestamptz '2024-06-26 12:00:00+00' AND x0.kind = 5 THEN 'PROGRESS' WHEN x0.kind = 4 AND x0.n % 3 = 0 OR (x0.kind = 0 AND x0.n % 7 = 0) THEN 'FAILURE' ELSE 'SUCCESS' END AS state,
  CASE WHEN x0.kind IN (0, 3, 4) OR (x0.kind = 1 AND x0.stud IS NOT NULL) THEN 1 ELSE 40 + fixture_gen.n('itcnt', x0.n, 120) END AS cnt) x
JOIN pgen.course c ON c.key = x0.ckey
ORDER BY x.t;

-- ORA essays (edx-submissions): course assignments, some personal statements and case reports.
CREATE FUNCTION pgen.essay(p pgen.p, k int, h bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN k IN (1, 2) THEN CASE WHEN h % 2 = 0
      THEN 'For this assignment I analysed the open bus punctuality data for ' || p.city || E'. After removing duplicate stop records, 14% of departures were late by more than five minutes, mostly on weekday mornings.\n\nThe biggest limitation is that cancelled trips are missing from the file, so lateness is probably underestimated.'
      ELSE 'I used data from my own job. I work at ' || fixture_gen.pick(ARRAY['a district hospital in Kumasi', 'Banco Estado in Valparaíso', 'a logistics start-up in Pune', 'the city council of Bonn'], 'esj', h)
        || E' and we record waiting times in a spreadsheet. I anonymised the file before uploading (removed names and phone numbers) and found that Monday waits are twice as long.' END
    WHEN k = 3 THEN E'Policy brief: municipal heat planning.\n\nCities should publish heat-demand maps at building-block level and fund district heating where density exceeds 50 MWh per hectare. Subsidies should be tied to tenant protection so that retrofits do not displace low-income renters.'
    WHEN k = 4 THEN CASE WHEN h % 2 = 0 THEN E'Propuesta: instalar un sistema fotovoltaico de 5 kWp en la escuela rural de mi comunidad cerca de ' || p.city || E'. La escuela tiene 42 alumnos y hoy depende de un generador diésel.\n\nEl director, don ' || fixture_gen.pick(ARRAY['Héctor Valdés', 'Ramón Figueroa', 'Luis Aravena'], 'esd', h) || ', apoya el proyecto.'
      ELSE E'Análisis del potencial eólico en la costa de Oaxaca usando datos del atlas eólico. La velocidad media a 80 m supera los 8 m/s en La Ventosa.' END
    WHEN k = 5 THEN CASE WHEN h % 3 = 0 THEN 'As a community health worker in ' || p.city || ' I investigated a cluster of typhoid cases in March. The index case was a 34-year-old food vendor on our street; '
        || 'three members of her household were admitted to the general hospital. We traced the source to a shared borehole.'
      ELSE E'Outbreak report: using the line list provided, the attack rate was 12.4% among people who ate at the wedding reception versus 1.9% among those who did not (RR 6.5). The likely vehicle was the chicken stew.' END
    WHEN k = 6 THEN E'Design report: our line-following robot uses two IR sensors and a PD controller (Kp = 0.8, Kd = 0.15). Adding the derivative term removed the oscillation on tight curves.'
    WHEN k = 7 THEN CASE WHEN h % 2 = 0 THEN 'Personal statement. My name is ' || p.full_name || ' and I was born in ' || p.city || ' in ' || coalesce(p.yob, 1990)
        || E'. I am the first person in my family to attend university. After my father''s illness I took over the family shop, and I want to study public administration to help small businesses like ours.'
      ELSE E'Literature review draft: studies of peer feedback in MOOCs show moderate agreement with instructor grades (r = 0.6), improving when rubrics include worked examples.' END
    ELSE E'Case analysis: the controller failed to answer the data subject''s access request within one month and did not inform her of the extension, breaching Article 12(3) GDPR. The fine should consider the sensitivity of the health data involved.' END
$$;

CREATE TABLE submissions_submission (
    id serial PRIMARY KEY, uuid uuid NOT NULL, attempt_number integer NOT NULL, submitted_at timestamptz NOT NULL, created_at timestamptz NOT NULL, raw_answer text NOT NULL,
    student_item_id integer NOT NULL, status varchar(1) NOT NULL, team_submission_id integer
);
INSERT INTO submissions_submission (uuid, attempt_number, submitted_at, created_at, raw_answer, student_item_id, status, team_submission_id)
SELECT (sm.state::jsonb ->> 'submission_uuid')::uuid, 1, sm.modified, sm.modified,
  jsonb_build_object('parts', jsonb_build_array(jsonb_build_object('text', pgen.essay(p, c.k, sm.id))),
    'file_keys', CASE WHEN c.k = 6 AND sm.id % 2 = 0 THEN jsonb_build_array(fixture_gen.uuid('orafile', sm.id) || '/' || sm.module_id) ELSE '[]'::jsonb END,
    'files_descriptions', CASE WHEN c.k = 6 AND sm.id % 2 = 0 THEN '["circuit diagram"]'::jsonb ELSE '[]'::jsonb END,
    'files_names', CASE WHEN c.k = 6 AND sm.id % 2 = 0 THEN '["robot_v3.png"]'::jsonb ELSE '[]'::jsonb END,
    'files_sizes', CASE WHEN c.k = 6 AND sm.id % 2 = 0 THEN jsonb_build_array(200000 + fixture_gen.n('orasz', sm.id, 800000)) ELSE '[]'::jsonb END)::text,
  dense_rank() OVER (ORDER BY c.k, sm.student_id)::int, CASE WHEN sm.id % 37 = 5 THEN 'D' ELSE 'A' END, NULL
FROM courseware_studentmodule sm JOIN pgen.p p ON p.i = sm.student_id JOIN pgen.course c ON c.key = sm.course_id
WHERE sm.module_type = 'openassessment' AND sm.state::jsonb ? 'submission_uuid'
ORDER BY sm.modified;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
