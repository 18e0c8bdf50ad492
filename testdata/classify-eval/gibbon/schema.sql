-- classify-eval fixture (HOLDOUT 67: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Gibbon v26.0.00 school management database (the open-source PHP platform,
-- gibbonedu.org) with its MySQL schema (gibbon.sql plus the v26 update
-- scripts) ported to PostgreSQL in the naming gibbon.sql creates: tables
-- prefixed gibbon in camelCase, columns in camelCase, each table keyed by
-- its own <table>ID. MySQL int(n) unsigned zerofill keys become integers,
-- enum('Y','N') and the other enums become varchar with a CHECK, text and
-- mediumtext become text, the JSON "fields" columns of custom fields stay
-- text as Gibbon writes them; like gibbon.sql there are no foreign keys.
-- The organisation: Harbour Crest International School, a fictional
-- K-12 IB school in Tai Tam, Hong Kong (school year 2024-2025): about 60
-- staff (teachers from the UK, Australia, the US, France, India, the
-- Philippines and Hong Kong), 300 students and 400 parents of Hong Kong,
-- mainland Chinese, Japanese, Korean, Indian, British, American,
-- Australian, French, German, Filipino, Emirati and Russian families, with
-- names in Chinese characters, kana/kanji, Hangul, Arabic and Cyrillic.
-- gibbonPerson with passwords (salted sha256 as Gibbon stores them), MFA
-- secrets, OAuth refresh tokens, passports, HKID numbers, addresses,
-- emergency contacts and custom-field JSON; families, their adults and
-- children; staff with biographies; enrolments, classes and houses;
-- medical records and conditions with triggers and medication; first aid
-- logs; behaviour incidents written by teachers; attendance; markbook,
-- internal assessment and report comments; individual needs plans;
-- admissions applications with both parents' details, sibling and school
-- history; finance invoicees, invoices and online payments; messages to
-- parents and their receipts (with read keys); the system log with
-- serialised PHP arrays; database sessions; password resets;
-- notifications; and gibbonSetting, whose value column mixes UI settings
-- with the SMTP password and API keys.
-- What I could not check: this is written from memory of the published
-- gibbon.sql (v25/v26); column order, some lengths, columns added in
-- v25-v27 (gibbonSession's exact shape, gibbonPerson.mfaSecret/mfaToken,
-- cookieConsent, gibbonMessenger's status and confidential flags) and
-- which gibbonPersonMedical columns moved to custom fields may differ from
-- the real release; gibbonApplicationForm and gibbonPerson are subsets of
-- their real (longer) column lists.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- Cultures: names in Latin script with their native-script forms
-- (same index), gender of each given name, country, mail domains.
CREATE TABLE pgen.cu (c text PRIMARY KEY, country text, firsts text[], firstsn text[], genders text[], lasts text[], lastsn text[], english text[], domains text[], lang text, relig text[]);
INSERT INTO pgen.cu VALUES
 ('hk', 'Hong Kong', ARRAY['Chi Ho', 'Ka Yan', 'Tsz Hin', 'Wing Sze', 'Lok Hin', 'Hoi Ting'], ARRAY['志豪', '嘉欣', '梓軒', '詠詩', '樂軒', '凱婷'], ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Leung', 'Ng', 'Ho'], ARRAY['陳', '黃', '李', '張', '劉', '梁', '吳', '何'], ARRAY['Jason', 'Michelle', 'Ethan', 'Chloe', 'Marcus', 'Natalie'],
   ARRAY['gmail.com', 'yahoo.com.hk', 'netvigator.com', 'outlook.com'], 'Cantonese', ARRAY['None', 'Buddhist', 'Christian', 'Catholic']),
 ('cn', 'China', ARRAY['Haoran', 'Zihan', 'Junjie', 'Xinyi', 'Mingyu', 'Yutong'], ARRAY['浩然', '子涵', '俊杰', '欣怡', '明宇', '雨桐'], ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang'], ARRAY['张', '王', '李', '刘', '陈', '杨', '赵', '黄'], ARRAY['Kevin', 'Grace', 'Leo', 'Cindy', 'Eric', 'Vivian'],
   ARRAY['qq.com', '163.com', 'gmail.com', 'foxmail.com'], 'Mandarin', ARRAY['None', 'None', 'Buddhist']),
 ('jp', 'Japan', ARRAY['Haruto', 'Yui', 'Sota', 'Aoi', 'Riku', 'Hina'], ARRAY['陽翔', '結衣', '蒼太', '葵', '陸', '陽菜'], ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Nakamura', 'Yamamoto'], ARRAY['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '中村', '山本'], NULL,
   ARRAY['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'], 'Japanese', ARRAY['None', 'Shinto', 'Buddhist']),
 ('kr', 'Korea, Republic of', ARRAY['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yoon', 'Su-ah'], ARRAY['민준', '서연', '지호', '하은', '도윤', '수아'], ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang'], ARRAY['김', '이', '박', '최', '정', '강', '윤', '장'], NULL,
   ARRAY['naver.com', 'daum.net', 'gmail.com'], 'Korean', ARRAY['Christian', 'None', 'Buddhist']),
 ('gb', 'United Kingdom', ARRAY['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Freya'], NULL, ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Taylor', 'Hughes', 'Evans', 'Wright', 'Clarke', 'Davies', 'Khan', 'Fletcher'], NULL, NULL, ARRAY['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'icloud.com'], 'English', ARRAY['Christian', 'None', 'Church of England']),
 ('us', 'United States', ARRAY['Michael', 'Emily', 'Jacob', 'Madison', 'Tyler', 'Ashley'], NULL, ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Nguyen', 'Washington', 'Rivera'], NULL, NULL, ARRAY['gmail.com', 'yahoo.com', 'comcast.net'], 'English', ARRAY['Christian', 'None', 'Jewish']),
 ('au', 'Australia', ARRAY['Jack', 'Charlotte', 'Liam', 'Matilda', 'Noah', 'Ruby'], NULL, ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Mitchell', 'Thompson', 'O''Connor', 'Walker', 'Kelly', 'Robinson', 'Nguyen', 'Papadopoulos'], NULL, NULL, ARRAY['gmail.com', 'bigpond.com', 'outlook.com'], 'English', ARRAY['None', 'Catholic']),
 ('in', 'India', ARRAY['Aarav', 'Priya', 'Vihaan', 'Ananya', 'Arjun', 'Diya'], NULL, ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Mehta', 'Kapoor'], NULL, NULL, ARRAY['gmail.com', 'rediffmail.com', 'yahoo.co.in'], 'Hindi', ARRAY['Hindu', 'Hindu', 'Jain', 'Sikh']),
 ('fr', 'France', ARRAY['Julien', 'Camille', 'Mathieu', 'Léa', 'Antoine', 'Chloé'], NULL, ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Fontaine'], NULL, NULL, ARRAY['orange.fr', 'free.fr', 'gmail.com'], 'French', ARRAY['Catholic', 'None']),
 ('de', 'Germany', ARRAY['Jonas', 'Lena', 'Felix', 'Marie', 'Lukas', 'Hannah'], NULL, ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Schäfer', 'Richter'], NULL, NULL, ARRAY['gmx.de', 'web.de', 'posteo.de'], 'German', ARRAY['Protestant', 'None', 'Catholic']),
 ('ph', 'Philippines', ARRAY['Jose', 'Maria', 'Mark', 'Angelica', 'Paolo', 'Kristine'], NULL, ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Santos', 'Reyes', 'Cruz', 'Bautista', 'Mendoza', 'Dela Cruz', 'Villanueva', 'Aquino'], NULL, NULL, ARRAY['gmail.com', 'yahoo.com'], 'Tagalog', ARRAY['Catholic']),
 ('ae', 'United Arab Emirates', ARRAY['Omar', 'Layla', 'Yousef', 'Mariam', 'Khalid', 'Noor'], ARRAY['عمر', 'ليلى', 'يوسف', 'مريم', 'خالد', 'نور'], ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Al Mansouri', 'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Farouk', 'Al Hashimi', 'Aziz'], ARRAY['المنصوري', 'حداد', 'خليل', 'ناصر', 'صالح', 'فاروق', 'الهاشمي', 'عزيز'], NULL,
   ARRAY['gmail.com', 'eim.ae', 'outlook.com'], 'Arabic', ARRAY['Muslim']),
 ('ru', 'Russian Federation', ARRAY['Dmitri', 'Anastasia', 'Ivan', 'Sofia', 'Alexei', 'Polina'], ARRAY['Дмитрий', 'Анастасия', 'Иван', 'София', 'Алексей', 'Полина'], ARRAY['M', 'F', 'M', 'F', 'M', 'F'],
   ARRAY['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Morozov', 'Volkov', 'Lebedev'], ARRAY['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Морозов', 'Волков', 'Лебедев'], NULL,
   ARRAY['mail.ru', 'yandex.ru', 'gmail.com'], 'Russian', ARRAY['Orthodox', 'None']);

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãéèêëíìîïóòôöõúùûüçñÁÉÍÓÚÖÜÇ', 'aaaaaeeeeiiiiooooouuuucnAEIOUOUC')), '[^a-z0-9]+', '', 'g')
$$;
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, extract(epoch FROM hi - lo)::bigint)::int)))::timestamp(0)
$$;
-- hkid: a Hong Kong identity card number with its mod-11 check digit.
CREATE FUNCTION pgen.hkid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT l || d || '(' || CASE (11 - (36 * 9 + (ascii(l) - 55) * 8 + s) % 11) % 11 WHEN 10 THEN 'A' ELSE ((11 - (36 * 9 + (ascii(l) - 55) * 8 + s) % 11) % 11)::text END || ')'
  FROM (SELECT l, d, (SELECT sum(substr(d, k, 1)::int * (8 - k)) FROM generate_series(1, 6) k)::int AS s
        FROM (SELECT fixture_gen.pick(ARRAY['A', 'C', 'D', 'E', 'G', 'H', 'K', 'M', 'P', 'R', 'V', 'Y', 'Z'], tag, i) AS l, fixture_gen.digits(tag, i, 6) AS d) x) y
$$;
CREATE FUNCTION pgen.hkphone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.pick(ARRAY['5', '6', '9'], tag, i) || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4) $$;
CREATE FUNCTION pgen.hkaddr(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 7)
    WHEN 0 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 40)) || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D'], tag, i) || ', Tower ' || (1 + fixture_gen.n(tag || 't', i, 6)) || ', Red Hill Peninsula, 18 Pak Pat Shan Road'
    WHEN 1 THEN (1 + fixture_gen.n(tag || 'f', i, 35)) || '/F, Block ' || fixture_gen.pick(ARRAY['A', 'B', 'C'], tag, i) || ', Redhill Plaza, 109 Tai Tam Road'
    WHEN 2 THEN 'House ' || (1 + fixture_gen.n(tag || 'f', i, 60)) || ', Stanley Knoll, 42 Stanley Village Road'
    WHEN 3 THEN 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 30)) || 'E, ' || (1 + fixture_gen.n(tag || 'n', i, 40)) || '/F, Pacific Palisades, 1 Braemar Hill Road'
    WHEN 4 THEN 'Room ' || (1 + fixture_gen.n(tag || 'f', i, 2500)) || ', 香港島南區赤柱村道' || (1 + fixture_gen.n(tag || 'n', i, 80)) || '號'
    WHEN 5 THEN (1 + fixture_gen.n(tag || 'n', i, 30)) || ' Repulse Bay Road, Apartment ' || (1 + fixture_gen.n(tag || 'f', i, 30)) || fixture_gen.pick(ARRAY['A', 'B'], tag, i)
    ELSE 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 50)) || fixture_gen.pick(ARRAY['F', 'G', 'H'], tag, i) || ', Taikoo Shing, ' || fixture_gen.pick(ARRAY['Kwun Hoi Mansion', 'Horizon Gardens', 'Cami Court'], tag, i) || ', Quarry Bay' END
$$;

-- People: 1-60 staff, 101-400 students, 501-900 parents (500 + 2f - 1
-- and 500 + 2f for family f, 1-200). Student s belongs to family
-- 1 + (s - 101) % 200.
CREATE TABLE pgen.fam (f int PRIMARY KEY, c text, li int, addr text, district text);
INSERT INTO pgen.fam SELECT f, fixture_gen.pick(ARRAY['hk', 'hk', 'hk', 'hk', 'cn', 'cn', 'cn', 'jp', 'kr', 'kr', 'gb', 'gb', 'us', 'au', 'in', 'in', 'fr', 'de', 'ph', 'ae', 'ru'], 'famc', f),
  1 + fixture_gen.n('faml', f, 8), pgen.hkaddr('fama', f), NULL FROM generate_series(1, 200) f;
UPDATE pgen.fam SET district = CASE WHEN addr LIKE '%Taikoo%' THEN 'Eastern' WHEN addr LIKE '%Braemar%' THEN 'Eastern' ELSE 'Southern' END;

CREATE TABLE pgen.p (i int PRIMARY KEY, kind text, f int, c text, first text, firstn text, english text, gender text, last text, lastn text, title text,
  email text, phone text, dob date, country text);
CREATE FUNCTION pgen.add(kind text, lo int, hi int, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, kind, f, c)
  SELECT i, kind, CASE kind WHEN 'student' THEN 1 + (i - 101) % 200 WHEN 'parent' THEN (i - 499) / 2 END,
         CASE WHEN kind = 'staff' THEN fixture_gen.pick(mix, 'pc', i) END
  FROM generate_series(lo, hi) i
$$;
DO $$ BEGIN
  PERFORM pgen.add('staff', 1, 60, ARRAY['gb', 'gb', 'gb', 'au', 'au', 'us', 'us', 'hk', 'hk', 'hk', 'fr', 'in', 'ph', 'ph', 'cn', 'de']);
  PERFORM pgen.add('student', 101, 400, NULL);
  PERFORM pgen.add('parent', 501, 900, NULL);
END $$;
UPDATE pgen.p p SET c = f.c FROM pgen.fam f WHERE f.f = p.f;
-- given names: parent 1 male, parent 2 female, students either.
UPDATE pgen.p p SET first = x.first, firstn = x.firstn, gender = x.gender, english = x.english, last = x.last, lastn = x.lastn
FROM (SELECT q.i, cu.firsts[k] AS first, cu.firstsn[k] AS firstn, cu.genders[k] AS gender, cu.english[k] AS english,
        CASE WHEN q.kind = 'staff' THEN cu.lasts[1 + fixture_gen.n('stl', q.i, 8)]
             WHEN q.kind = 'parent' AND q.i % 2 = 0 AND q.c IN ('hk', 'cn', 'kr') THEN cu.lasts[1 + (fam.li + 2) % 8] ELSE cu.lasts[fam.li] END AS last,
        CASE WHEN q.kind = 'staff' THEN cu.lastsn[1 + fixture_gen.n('stl', q.i, 8)]
             WHEN q.kind = 'parent' AND q.i % 2 = 0 AND q.c IN ('hk', 'cn', 'kr') THEN cu.lastsn[1 + (fam.li + 2) % 8] ELSE cu.lastsn[fam.li] END AS lastn
      FROM (SELECT p2.*, CASE WHEN p2.kind = 'parent' AND p2.i % 2 = 1 THEN 1 + 2 * fixture_gen.n('pfm', p2.i, 3)
                              WHEN p2.kind = 'parent' THEN 2 + 2 * fixture_gen.n('pff', p2.i, 3) ELSE 1 + fixture_gen.n('pf', p2.i, 6) END AS k FROM pgen.p p2) q
      JOIN pgen.cu cu ON cu.c = q.c LEFT JOIN pgen.fam fam ON fam.f = q.f) x
WHERE x.i = p.i;
-- Russian women's surnames take the feminine form.
UPDATE pgen.p SET last = last || 'a', lastn = lastn || 'а' WHERE c = 'ru' AND gender = 'F';
UPDATE pgen.p SET
  dob = CASE kind WHEN 'student' THEN date '2006-09-01' + fixture_gen.n('sdob', i, 365 * 13) WHEN 'parent' THEN date '1970-01-01' + fixture_gen.n('pdob', i, 365 * 18)
                  ELSE date '1962-01-01' + fixture_gen.n('tdob', i, 365 * 34) END,
  title = CASE WHEN kind = 'student' THEN '' WHEN i % 23 = 0 THEN 'Dr.' WHEN gender = 'M' THEN 'Mr.' WHEN i % 3 = 0 THEN 'Ms.' ELSE 'Mrs.' END,
  phone = CASE WHEN kind = 'parent' AND i % 5 = 0 THEN fixture_gen.phone('pph', i) ELSE pgen.hkphone('pph', i) END,
  country = (SELECT country FROM pgen.cu WHERE cu.c = pgen.p.c);
UPDATE pgen.p p SET email = CASE
    WHEN p.kind = 'staff' THEN substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) || CASE WHEN p.i % 9 = 0 THEN p.i::text ELSE '' END || '@harbourcrest.edu.hk'
    WHEN p.kind = 'student' THEN pgen.fold(coalesce(p.english, p.first)) || '.' || pgen.fold(p.last) || (p.i % 97)::text || '@students.harbourcrest.edu.hk'
    ELSE CASE fixture_gen.n('pem', p.i, 3) WHEN 0 THEN pgen.fold(coalesce(p.english, p.first)) || '.' || pgen.fold(p.last) WHEN 1 THEN pgen.fold(p.last) || pgen.fold(p.first) || (p.i % 83)::text
         ELSE substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) || (1960 + p.i % 40)::text END || '@' || fixture_gen.pick(cu.domains, 'pdom', p.i) END
FROM pgen.cu cu WHERE cu.c = p.c;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;
-- A few named staff who turn up in prose.
UPDATE pgen.p SET first = 'Siobhan', last = 'Fletcher', c = 'gb', gender = 'F', email = 'sfletcher@harbourcrest.edu.hk', english = NULL WHERE i = 1;
UPDATE pgen.p SET first = 'Wing Sze', firstn = '詠詩', last = 'Cheung', lastn = '張', english = 'Winnie', c = 'hk', gender = 'F', email = 'wcheung@harbourcrest.edu.hk' WHERE i = 2;
UPDATE pgen.p SET first = 'Rajesh', last = 'Menon', c = 'in', gender = 'M', email = 'rmenon@harbourcrest.edu.hk', english = NULL WHERE i = 3;
UPDATE pgen.p SET first = 'Maria', last = 'Villanueva', c = 'ph', gender = 'F', email = 'nurse@harbourcrest.edu.hk', english = NULL WHERE i = 4;

CREATE FUNCTION pgen.nm(i int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(english, first) || ' ' || last FROM pgen.p WHERE p.i = $1 $$;
CREATE FUNCTION pgen.fn(i int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(english, first) FROM pgen.p WHERE p.i = $1 $$;

-- ---------------------------------------------------------------------------
-- Lookup tables: school years, roles, year groups, houses, form groups.

CREATE TABLE "gibbonSchoolYear" ("gibbonSchoolYearID" integer PRIMARY KEY, name varchar(9) NOT NULL UNIQUE,
  status varchar(8) NOT NULL DEFAULT 'Upcoming' CHECK (status IN ('Past', 'Current', 'Upcoming')), "sequenceNumber" integer NOT NULL, "firstDay" date, "lastDay" date);
INSERT INTO "gibbonSchoolYear" VALUES (23, '2022-2023', 'Past', 23, '2022-08-17', '2023-06-21'), (24, '2023-2024', 'Past', 24, '2023-08-16', '2024-06-20'),
  (25, '2024-2025', 'Current', 25, '2024-08-14', '2025-06-19'), (26, '2025-2026', 'Upcoming', 26, '2025-08-13', '2026-06-18');

CREATE TABLE "gibbonRole" ("gibbonRoleID" integer PRIMARY KEY, category varchar(8) NOT NULL CHECK (category IN ('Staff', 'Student', 'Parent', 'Other')), name varchar(20) NOT NULL,
  "nameShort" varchar(4) NOT NULL, description varchar(60) NOT NULL, type varchar(10) NOT NULL DEFAULT 'Core' CHECK (type IN ('Core', 'Additional')),
  "canLoginRole" char(1) NOT NULL DEFAULT 'Y', "futureYearsLogin" char(1) NOT NULL DEFAULT 'Y', "pastYearsLogin" char(1) NOT NULL DEFAULT 'Y', restriction varchar(16) NOT NULL DEFAULT 'None');
INSERT INTO "gibbonRole" VALUES (1, 'Staff', 'Administrator', 'Adm', 'Controls all aspects of the system', 'Core', 'Y', 'Y', 'Y', 'Admin Only'),
  (2, 'Staff', 'Teacher', 'Tcr', 'Regular, full-time teacher', 'Core', 'Y', 'Y', 'Y', 'Same Role'),
  (3, 'Student', 'Student', 'Std', 'Regular student', 'Core', 'Y', 'N', 'N', 'None'),
  (4, 'Parent', 'Parent', 'Prt', 'Parent of a student', 'Core', 'Y', 'Y', 'Y', 'None'),
  (6, 'Staff', 'Support Staff', 'SSt', 'Staff who support teaching and learning', 'Core', 'Y', 'Y', 'Y', 'Same Role'),
  (7, 'Staff', 'School Nurse', 'Nrs', 'Health office staff with access to medical records', 'Additional', 'Y', 'N', 'N', 'Admin Only'),
  (8, 'Other', 'Alumni', 'Alu', 'Former students', 'Additional', 'N', 'N', 'N', 'None');

CREATE TABLE "gibbonYearGroup" ("gibbonYearGroupID" integer PRIMARY KEY, name varchar(15) NOT NULL, "nameShort" varchar(4) NOT NULL, "sequenceNumber" integer NOT NULL, "gibbonPersonIDHOY" integer);
INSERT INTO "gibbonYearGroup" SELECT k, CASE WHEN k = 1 THEN 'Reception' ELSE 'Year ' || (k - 1) END, CASE WHEN k = 1 THEN 'R' ELSE 'Y' || lpad((k - 1)::text, 2, '0') END, k,
  CASE WHEN k % 3 = 0 THEN 10 + k END FROM generate_series(1, 14) k;

CREATE TABLE "gibbonHouse" ("gibbonHouseID" integer PRIMARY KEY, name varchar(30) NOT NULL, "nameShort" varchar(10) NOT NULL, logo varchar(255));
INSERT INTO "gibbonHouse" VALUES (1, 'Peak', 'PK', 'uploads/2019/08/house_peak_Xc7Lq2.png'), (2, 'Harbour', 'HB', 'uploads/2019/08/house_harbour_k3Pd9Z.png'),
  (3, 'Lantau', 'LT', 'uploads/2019/08/house_lantau_Qm1wR8.png'), (4, 'Lamma', 'LM', 'uploads/2019/08/house_lamma_T6yh0B.png');

CREATE TABLE "gibbonFormGroup" ("gibbonFormGroupID" integer PRIMARY KEY, "gibbonSchoolYearID" integer NOT NULL, name varchar(20) NOT NULL, "nameShort" varchar(8) NOT NULL,
  "gibbonPersonIDTutor" integer, "gibbonPersonIDTutor2" integer, "gibbonPersonIDTutor3" integer, "gibbonPersonIDEA" integer, "gibbonPersonIDEA2" integer, "gibbonSpaceID" integer,
  "gibbonFormGroupIDNext" integer, attendance char(1) NOT NULL DEFAULT 'Y', website varchar(255));
INSERT INTO "gibbonFormGroup" SELECT k, 25, CASE WHEN y = 1 THEN 'Reception ' ELSE 'Year ' || (y - 1) END || s, CASE WHEN y = 1 THEN 'R' ELSE (y - 1)::text END || s,
  5 + k, CASE WHEN y <= 4 THEN 35 + k % 20 END, NULL, CASE WHEN y <= 5 THEN 40 + k % 15 END, NULL, 100 + k, CASE WHEN y < 14 THEN k + 2 END, 'Y',
  CASE WHEN k % 5 = 0 THEN 'https://sites.google.com/harbourcrest.edu.hk/form-' || lower(CASE WHEN y = 1 THEN 'r' ELSE (y - 1)::text END || s) END
FROM generate_series(1, 14) y, LATERAL (VALUES (1, 'A'), (2, 'B')) v(o, s), LATERAL (SELECT (y - 1) * 2 + o AS k) kk;

-- ---------------------------------------------------------------------------
-- gibbonPerson: staff, students, parents.

CREATE TABLE "gibbonPerson" (
  "gibbonPersonID" integer PRIMARY KEY, title varchar(5) NOT NULL DEFAULT '', surname varchar(60) NOT NULL DEFAULT '', "firstName" varchar(60) NOT NULL DEFAULT '',
  "preferredName" varchar(60) NOT NULL DEFAULT '', "officialName" varchar(150) NOT NULL, "nameInCharacters" varchar(60) NOT NULL DEFAULT '',
  gender varchar(16) NOT NULL DEFAULT 'Unspecified' CHECK (gender IN ('F', 'M', 'Other', 'Unspecified')), username varchar(50) UNIQUE, "passwordStrong" varchar(255) NOT NULL DEFAULT '',
  "passwordStrongSalt" varchar(255) NOT NULL DEFAULT '', "passwordForceReset" char(1) NOT NULL DEFAULT 'N',
  status varchar(16) NOT NULL DEFAULT 'Full' CHECK (status IN ('Full', 'Expected', 'Left', 'Pending Approval')), "canLogin" char(1) NOT NULL DEFAULT 'Y',
  "gibbonRoleIDPrimary" integer NOT NULL, "gibbonRoleIDAll" varchar(255) NOT NULL, dob date, email varchar(75), "emailAlternate" varchar(75), image_240 varchar(255),
  "lastIPAddress" varchar(15) NOT NULL DEFAULT '', "lastTimestamp" timestamp, "lastFailIPAddress" varchar(15), "lastFailTimestamp" timestamp, "failCount" integer DEFAULT 0,
  address1 text NOT NULL DEFAULT '', "address1District" varchar(255) NOT NULL DEFAULT '', "address1Country" varchar(255) NOT NULL DEFAULT '',
  address2 text NOT NULL DEFAULT '', "address2District" varchar(255) NOT NULL DEFAULT '', "address2Country" varchar(255) NOT NULL DEFAULT '',
  "phone1Type" varchar(6) NOT NULL DEFAULT '', "phone1CountryCode" varchar(7) NOT NULL DEFAULT '', phone1 varchar(20) NOT NULL DEFAULT '',
  "phone2Type" varchar(6) NOT NULL DEFAULT '', "phone2CountryCode" varchar(7) NOT NULL DEFAULT '', phone2 varchar(20) NOT NULL DEFAULT '',
  website text NOT NULL DEFAULT '', "languageFirst" varchar(30) NOT NULL DEFAULT '', "languageSecond" varchar(30) NOT NULL DEFAULT '', "countryOfBirth" varchar(30) NOT NULL DEFAULT '',
  "birthCertificateScan" varchar(255) NOT NULL DEFAULT '', ethnicity varchar(255) NOT NULL DEFAULT '', religion varchar(30) NOT NULL DEFAULT '',
  citizenship1 varchar(255) NOT NULL DEFAULT '', "citizenship1Passport" varchar(30) NOT NULL DEFAULT '', "citizenship1PassportExpiry" date, "citizenship1PassportScan" varchar(255) NOT NULL DEFAULT '',
  citizenship2 varchar(255) NOT NULL DEFAULT '', "citizenship2Passport" varchar(30) NOT NULL DEFAULT '', "nationalIDCardNumber" varchar(30) NOT NULL DEFAULT '',
  "nationalIDCardScan" varchar(255) NOT NULL DEFAULT '', "residencyStatus" varchar(255) NOT NULL DEFAULT '', "visaExpiryDate" date,
  profession varchar(90), employer varchar(90), "jobTitle" varchar(90),
  "emergency1Name" varchar(90), "emergency1Number1" varchar(30), "emergency1Number2" varchar(30), "emergency1Relationship" varchar(30),
  "emergency2Name" varchar(90), "emergency2Number1" varchar(30), "emergency2Relationship" varchar(30),
  "gibbonHouseID" integer, "studentID" varchar(15) NOT NULL DEFAULT '', "dateStart" date, "dateEnd" date, "gibbonSchoolYearIDClassOf" integer,
  "lastSchool" varchar(100), "nextSchool" varchar(100), "departureReason" varchar(50), transport varchar(255), "transportNotes" text,
  "calendarFeedPersonal" text, "viewCalendarSchool" char(1) NOT NULL DEFAULT 'Y', "viewCalendarPersonal" char(1) NOT NULL DEFAULT 'Y',
  "gibbonApplicationFormID" integer, "lockerNumber" varchar(20) DEFAULT '', "vehicleRegistration" varchar(20) NOT NULL DEFAULT '', "personalBackground" varchar(255),
  "messengerLastRead" timestamp, privacy text, "dayType" varchar(255), "gibbonThemeIDPersonal" integer, "gibboni18nIDPersonal" integer, "studentAgreements" text,
  "googleAPIRefreshToken" text, "microsoftAPIRefreshToken" text, "receiveNotificationEmails" char(1) NOT NULL DEFAULT 'Y',
  "mfaSecret" varchar(16), "mfaToken" text, fields text
);
INSERT INTO "gibbonPerson"
SELECT p.i, p.title, p.last,
  CASE WHEN p.english IS NOT NULL THEN p.english || ' ' || p.first ELSE p.first END,
  coalesce(p.english, p.first),
  CASE WHEN p.c IN ('hk', 'cn') THEN upper(p.last) || ' ' || p.first WHEN p.c IN ('jp', 'kr') THEN upper(p.last) || ' ' || p.first
       WHEN p.c = 'ph' AND p.kind <> 'staff' THEN p.first || ' ' || fixture_gen.pick(ARRAY['Ramos', 'Lim', 'Garcia', 'Torres'], 'mid', p.i) || ' ' || p.last ELSE p.first || ' ' || p.last END,
  CASE WHEN p.c IN ('hk', 'cn', 'jp') THEN p.lastn || p.firstn WHEN p.c = 'kr' THEN p.lastn || p.firstn WHEN p.c IN ('ae', 'ru') THEN p.firstn || ' ' || p.lastn ELSE '' END,
  p.gender,
  CASE p.kind WHEN 'staff' THEN split_part(p.email, '@', 1) WHEN 'student' THEN pgen.fold(coalesce(p.english, p.first)) || '.' || pgen.fold(p.last) || (p.i % 97)
       ELSE CASE WHEN p.i % 4 = 0 THEN p.email ELSE split_part(p.email, '@', 1) END END,
  encode(sha256(convert_to(pgen.rnd('salt', p.i, 22) || pgen.rnd('pw', p.i, 12), 'UTF8')), 'hex'), pgen.rnd('salt', p.i, 22),
  CASE WHEN p.i % 31 = 0 THEN 'Y' ELSE 'N' END,
  CASE WHEN p.kind = 'student' AND p.i > 392 THEN 'Expected' WHEN p.kind = 'student' AND p.i % 47 = 0 THEN 'Left' WHEN p.kind = 'staff' AND p.i > 57 THEN 'Left' ELSE 'Full' END,
  CASE WHEN p.kind = 'student' AND fixture_gen.n('yg', p.i, 14) < 4 THEN 'N' WHEN p.kind = 'parent' AND p.i % 11 = 0 THEN 'N' ELSE 'Y' END,
  CASE p.kind WHEN 'staff' THEN CASE WHEN p.i <= 2 THEN 1 WHEN p.i IN (4, 50, 51, 52, 53, 54, 55) THEN 6 ELSE 2 END WHEN 'student' THEN 3 ELSE 4 END,
  CASE p.kind WHEN 'staff' THEN CASE WHEN p.i <= 2 THEN '001,002' WHEN p.i = 4 THEN '006,007' WHEN p.i BETWEEN 50 AND 55 THEN '006' ELSE '002' END WHEN 'student' THEN '003' ELSE '004' END,
  p.dob, p.email,
  CASE WHEN p.kind = 'parent' AND p.i % 3 = 0 THEN pgen.fold(p.last) || '.' || pgen.fold(p.first) || '@' || fixture_gen.pick(ARRAY['hsbc.com.hk', 'jpmorgan.example', 'cathaypacific.example', 'hku.hk', 'gov.hk'], 'wem', p.i)
       WHEN p.kind = 'staff' AND p.i % 4 = 0 THEN pgen.fold(p.first) || pgen.fold(p.last) || '@gmail.com' END,
  CASE WHEN p.i % 9 <> 4 THEN 'uploads/photos/' || CASE p.kind WHEN 'staff' THEN '2021' WHEN 'student' THEN '2024' ELSE '2023' END || '/' || pgen.fold(p.last) || '_' || pgen.fold(coalesce(p.english, p.first)) || '_' || pgen.rnd('img', p.i, 12) || '.jpg' END,
  CASE WHEN p.kind = 'student' AND fixture_gen.n('yg', p.i, 14) < 4 THEN '' ELSE fixture_gen.ipv4('lip', p.i) END,
  CASE WHEN p.kind = 'student' AND fixture_gen.n('yg', p.i, 14) < 4 THEN NULL ELSE pgen.at('lts', p.i, '2024-09-01', '2025-03-14') END,
  CASE WHEN p.i % 6 = 0 THEN fixture_gen.ipv4('lfip', p.i) END, CASE WHEN p.i % 6 = 0 THEN pgen.at('lfts', p.i, '2024-08-01', '2025-03-14') END, CASE WHEN p.i % 6 = 0 THEN 1 + p.i % 4 ELSE 0 END,
  CASE WHEN p.kind = 'staff' THEN pgen.hkaddr('saddr', p.i) ELSE f.addr END,
  CASE WHEN p.kind = 'staff' THEN fixture_gen.pick(ARRAY['Southern', 'Eastern', 'Wan Chai', 'Central and Western', 'Sai Kung', 'Islands'], 'sdist', p.i) ELSE f.district END,
  'Hong Kong',
  CASE WHEN p.kind = 'parent' AND p.i % 7 = 0 AND p.c <> 'hk' THEN fixture_gen.street('a2', p.i) || ', ' || fixture_gen.city('a2c', p.i) ELSE '' END,
  CASE WHEN p.kind = 'parent' AND p.i % 7 = 0 AND p.c <> 'hk' THEN fixture_gen.city('a2c', p.i) ELSE '' END,
  CASE WHEN p.kind = 'parent' AND p.i % 7 = 0 AND p.c <> 'hk' THEN p.country ELSE '' END,
  CASE WHEN p.kind = 'student' AND fixture_gen.n('yg', p.i, 14) < 8 THEN '' ELSE 'Mobile' END,
  CASE WHEN p.kind = 'student' AND fixture_gen.n('yg', p.i, 14) < 8 THEN '' WHEN p.phone LIKE '+%' THEN substring(p.phone FROM '^\+(\d+)') ELSE '852' END,
  CASE WHEN p.kind = 'student' AND fixture_gen.n('yg', p.i, 14) < 8 THEN '' WHEN p.phone LIKE '+%' THEN regexp_replace(p.phone, '^\+\d+[ -]?', '') ELSE p.phone END,
  CASE WHEN p.kind = 'parent' AND p.i % 3 = 1 THEN 'Work' WHEN p.kind = 'parent' AND p.i % 3 = 2 THEN 'Home' ELSE '' END,
  CASE WHEN p.kind = 'parent' AND p.i % 3 <> 0 THEN '852' ELSE '' END,
  CASE WHEN p.kind = 'parent' AND p.i % 3 = 1 THEN '2' || fixture_gen.digits('wph', p.i, 3) || ' ' || fixture_gen.digits('wph2', p.i, 4) WHEN p.kind = 'parent' AND p.i % 3 = 2 THEN '2' || fixture_gen.digits('hph', p.f, 3) || ' ' || fixture_gen.digits('hph2', p.f, 4) ELSE '' END,
  CASE WHEN p.kind = 'staff' AND p.i % 8 = 0 THEN 'https://' || pgen.fold(p.first) || pgen.fold(p.last) || '.blog' WHEN p.kind = 'parent' AND p.i % 41 = 0 THEN 'https://www.linkedin.com/in/' || pgen.fold(p.first) || '-' || pgen.fold(p.last) ELSE '' END,
  (SELECT lang FROM pgen.cu WHERE cu.c = p.c),
  CASE WHEN p.c NOT IN ('gb', 'us', 'au') THEN 'English' WHEN p.kind = 'student' THEN fixture_gen.pick(ARRAY['Mandarin', 'French', 'Spanish', ''], 'l2', p.i) ELSE '' END,
  CASE WHEN p.kind = 'student' AND p.i % 3 = 0 THEN 'Hong Kong' ELSE p.country END,
  CASE WHEN p.kind = 'student' THEN 'uploads/2024/08/birthcert_' || pgen.rnd('bcs', p.i, 16) || '.pdf' ELSE '' END,
  CASE p.c WHEN 'hk' THEN 'Chinese' WHEN 'cn' THEN 'Chinese' WHEN 'jp' THEN 'Japanese' WHEN 'kr' THEN 'Korean' WHEN 'in' THEN 'Indian' WHEN 'ph' THEN 'Filipino' WHEN 'ae' THEN 'Arab'
       WHEN 'ru' THEN 'Russian' ELSE CASE WHEN p.i % 5 = 0 THEN 'Mixed' ELSE 'Caucasian' END END,
  fixture_gen.pick((SELECT relig FROM pgen.cu WHERE cu.c = p.c), 'rel', p.i),
  p.country,
  CASE p.c WHEN 'hk' THEN 'K' || fixture_gen.digits('pp', p.i, 8) WHEN 'cn' THEN 'E' || fixture_gen.digits('pp', p.i, 8) WHEN 'gb' THEN fixture_gen.digits('pp', p.i, 9)
       WHEN 'us' THEN fixture_gen.digits('pp', p.i, 9) WHEN 'in' THEN fixture_gen.chars('ppl', p.i, 1, 'JKLMNPRSTUVWZ') || fixture_gen.digits('pp', p.i, 7)
       WHEN 'jp' THEN 'T' || fixture_gen.chars('ppl', p.i, 1, 'KRSZ') || fixture_gen.digits('pp', p.i, 7) WHEN 'kr' THEN 'M' || fixture_gen.digits('pp', p.i, 8)
       ELSE upper(fixture_gen.chars('ppl', p.i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')) || fixture_gen.digits('pp', p.i, 7) END,
  date '2025-02-01' + fixture_gen.n('ppx', p.i, 3000),
  CASE WHEN p.kind <> 'parent' THEN 'uploads/2024/08/passport_' || pgen.rnd('pps', p.i, 16) || '.jpg' ELSE '' END,
  CASE WHEN p.kind = 'student' AND p.i % 3 = 0 AND p.c NOT IN ('hk', 'cn') THEN 'Hong Kong' WHEN p.kind = 'student' AND p.i % 10 = 1 THEN 'United Kingdom' ELSE '' END,
  CASE WHEN p.kind = 'student' AND p.i % 3 = 0 AND p.c NOT IN ('hk', 'cn') THEN 'K' || fixture_gen.digits('pp2', p.i, 8) WHEN p.kind = 'student' AND p.i % 10 = 1 THEN fixture_gen.digits('pp2', p.i, 9) ELSE '' END,
  CASE WHEN p.c IN ('hk', 'cn') OR p.i % 3 <> 1 THEN pgen.hkid('hkid', p.i) ELSE '' END,
  CASE WHEN p.c IN ('hk', 'cn') AND p.kind = 'student' THEN 'uploads/2024/08/hkid_' || pgen.rnd('hkids', p.i, 16) || '.jpg' ELSE '' END,
  CASE WHEN p.c = 'hk' THEN 'Permanent Resident' WHEN p.kind = 'staff' THEN 'Employment Visa' WHEN p.kind = 'parent' AND p.i % 2 = 1 THEN fixture_gen.pick(ARRAY['Employment Visa', 'Permanent Resident', 'Investment Visa', 'Top Talent Pass'], 'rs', p.i)
       ELSE 'Dependant Visa' END,
  CASE WHEN p.c <> 'hk' THEN date '2025-04-01' + fixture_gen.n('vx', p.i, 1400) END,
  CASE WHEN p.kind = 'parent' THEN fixture_gen.pick(ARRAY['Banker', 'Lawyer', 'Doctor', 'Engineer', 'Homemaker', 'Consultant', 'Architect', 'Entrepreneur', 'Diplomat', 'Pilot', 'Accountant', 'Professor'], 'prof', p.i) WHEN p.kind = 'staff' THEN 'Teacher' END,
  CASE WHEN p.kind = 'parent' AND p.i % 8 <> 3 THEN fixture_gen.pick(ARRAY['HSBC', 'Goldman Sachs (Asia) LLC', 'Cathay Pacific Airways', 'Queen Mary Hospital', 'The University of Hong Kong', 'Swire Properties',
       'Consulate General of France', 'Mayer Brown', 'Arup', 'Jardine Matheson', 'Alibaba Group', 'Samsung Electronics HK', 'Self-employed', 'Deloitte China', 'Mitsubishi Corporation (HK)'], 'emp', p.i)
       WHEN p.kind = 'staff' THEN 'Harbour Crest International School' END,
  CASE WHEN p.kind = 'parent' AND p.i % 8 <> 3 THEN fixture_gen.pick(ARRAY['Managing Director', 'Senior Associate', 'Partner', 'Consultant Cardiologist', 'First Officer', 'Vice President, Equities', 'Consul', 'Associate Professor', 'Project Director', 'CFO'], 'job', p.i)
       WHEN p.kind = 'staff' THEN fixture_gen.pick(ARRAY['Teacher of English', 'Teacher of Mathematics', 'Head of Science', 'Class Teacher', 'Learning Support Teacher', 'PE Teacher', 'Mandarin Teacher', 'Teaching Assistant'], 'sjob', p.i) END,
  CASE WHEN p.kind = 'staff' THEN fixture_gen.first_name('em1', p.i) || ' ' || p.last WHEN p.kind = 'student' AND p.i % 3 = 0 THEN fixture_gen.pick(ARRAY['Maricel Santos', 'Siti Rahayu', 'Lorna Bautista', 'Dewi Lestari', 'Rosalie Cruz'], 'helper', p.i) END,
  CASE WHEN p.kind = 'staff' THEN fixture_gen.phone('em1p', p.i) WHEN p.kind = 'student' AND p.i % 3 = 0 THEN pgen.hkphone('hlp', p.i) END,
  CASE WHEN p.kind = 'staff' AND p.i % 2 = 0 THEN pgen.hkphone('em1q', p.i) END,
  CASE WHEN p.kind = 'staff' THEN fixture_gen.pick(ARRAY['Spouse', 'Partner', 'Mother', 'Brother'], 'em1r', p.i) WHEN p.kind = 'student' AND p.i % 3 = 0 THEN 'Domestic Helper' END,
  CASE WHEN p.kind = 'staff' AND p.i % 3 = 0 THEN fixture_gen.full_name('em2', p.i) END,
  CASE WHEN p.kind = 'staff' AND p.i % 3 = 0 THEN fixture_gen.phone('em2p', p.i) END,
  CASE WHEN p.kind = 'staff' AND p.i % 3 = 0 THEN 'Friend' END,
  CASE WHEN p.kind = 'student' THEN 1 + p.i % 4 WHEN p.kind = 'staff' AND p.i % 2 = 0 THEN 1 + p.i % 4 END,
  CASE WHEN p.kind = 'student' THEN 'HC' || lpad((18000 + p.i * 7)::text, 6, '0') ELSE '' END,
  CASE WHEN p.kind = 'student' THEN date '2013-08-15' + 365 * fixture_gen.n('ds', p.i, 12) WHEN p.kind = 'staff' THEN date '2008-08-01' + 365 * fixture_gen.n('dss', p.i, 16) + fixture_gen.n('dsd', p.i, 20) END,
  CASE WHEN p.kind = 'student' AND p.i % 47 = 0 THEN date '2024-06-20' WHEN p.kind = 'staff' AND p.i > 57 THEN date '2024-07-31' END,
  CASE WHEN p.kind = 'student' THEN 25 + (2024 - extract(year FROM p.dob)::int - 5) END,
  CASE WHEN p.kind = 'student' AND p.i % 4 = 0 THEN fixture_gen.pick(ARRAY['Kellett School', 'German Swiss International School', 'Shanghai Community International School', 'Seoul Foreign School', 'Dubai College', 'The British School of Paris', 'Canadian International School of HK', 'Dulwich College Singapore', 'Bishop Cotton School, Bengaluru'], 'ls', p.i) END,
  CASE WHEN p.kind = 'student' AND p.i % 47 = 0 THEN fixture_gen.pick(ARRAY['Wellington College, UK', 'University of Toronto', 'Singapore American School'], 'ns', p.i) END,
  CASE WHEN p.kind = 'student' AND p.i % 47 = 0 THEN fixture_gen.pick(ARRAY['Relocation', 'Graduated', 'Change of school'], 'dr', p.i) WHEN p.kind = 'staff' AND p.i > 57 THEN 'End of contract' END,
  CASE WHEN p.kind = 'student' THEN fixture_gen.pick(ARRAY['Bus 1 - Stanley/Repulse Bay', 'Bus 2 - Taikoo/Quarry Bay', 'Bus 3 - Mid-Levels', 'Parent drop-off', 'Private car', 'Walk'], 'tr', p.i) END,
  CASE WHEN p.kind = 'student' AND p.i % 13 = 0 THEN fixture_gen.pick(ARRAY[
      'Collected on Wednesdays by the helper, Maricel (phone on file), from the Tai Tam Road gate.',
      'Gets off at the Stanley Plaza stop, NOT at home; grandmother waits there.',
      'Only the mother may collect – court order on file with the Principal''s PA.',
      'Uses stop 4 in the mornings, stop 7 after ECAs.',
      'Driver Mr. Lam (9123 4467) collects after football on Thursdays.'], 'tn', p.i) END,
  CASE WHEN p.kind = 'staff' AND p.i % 3 = 0 THEN pgen.fold(p.first) || pgen.fold(p.last) || '@gmail.com' WHEN p.kind = 'parent' AND p.i % 29 = 0 THEN p.email END,
  'Y', CASE WHEN p.i % 5 = 0 THEN 'N' ELSE 'Y' END,
  CASE WHEN p.kind = 'student' AND p.i % 4 = 0 THEN 1000 + p.i END,
  CASE WHEN p.kind = 'student' AND fixture_gen.n('yg', p.i, 14) >= 7 THEN 'L' || (100 + p.i) ELSE '' END,
  CASE WHEN p.kind = 'staff' AND p.i % 5 = 0 THEN fixture_gen.pick(ARRAY['AB', 'TK', 'JL', 'HC', 'RB'], 'vr', p.i) || ' ' || (1000 + fixture_gen.n('vrn', p.i, 8999)) WHEN p.kind = 'parent' AND p.i % 9 = 0 THEN fixture_gen.pick(ARRAY['MK', 'PY', 'EW', 'SD'], 'vr', p.i) || (100 + fixture_gen.n('vrn', p.i, 8899)) ELSE '' END,
  CASE WHEN p.kind = 'student' AND p.i % 17 = 0 THEN 'uploads/2024/09/personal_background_' || pgen.fold(p.last) || '_' || pgen.rnd('pbg', p.i, 10) || '.pdf' END,
  CASE WHEN p.kind <> 'student' THEN pgen.at('mlr', p.i, '2025-01-10', '2025-03-14') END,
  CASE WHEN p.kind = 'student' AND p.i % 6 = 0 THEN fixture_gen.pick(ARRAY['No photos on the public website', 'No photos on the public website,No name in yearbook', 'No social media'], 'prv', p.i) ELSE '' END,
  CASE WHEN p.kind = 'student' AND fixture_gen.n('yg', p.i, 14) = 0 THEN fixture_gen.pick(ARRAY['Full Day', 'Half Day (AM)'], 'dt', p.i) END,
  NULL, CASE WHEN p.c = 'hk' AND p.i % 4 = 0 THEN 3 WHEN p.c = 'cn' AND p.i % 3 = 0 THEN 4 END,
  CASE WHEN p.kind = 'student' AND fixture_gen.n('yg', p.i, 14) >= 7 THEN 'IT Acceptable Use Policy,Student Code of Conduct' END,
  CASE WHEN p.kind = 'staff' AND p.i % 2 = 1 THEN '1//0' || pgen.rnd('goog', p.i, 98) END,
  CASE WHEN p.kind = 'staff' AND p.i % 10 = 4 THEN '0.A' || pgen.rnd('msft', p.i, 30) || '.' || pgen.rnd('msft2', p.i, 120) END,
  CASE WHEN p.kind = 'parent' AND p.i % 13 = 0 THEN 'N' ELSE 'Y' END,
  CASE WHEN p.kind = 'staff' AND p.i % 3 <> 1 THEN fixture_gen.chars('mfa', p.i, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
  CASE WHEN p.kind = 'staff' AND p.i % 3 <> 1 AND p.i % 2 = 0 THEN fixture_gen.hexn('mfat', p.i, 64) END,
  CASE p.kind
    WHEN 'student' THEN jsonb_build_object('001', fixture_gen.pick(ARRAY['None', 'Vegetarian', 'Halal', 'No pork', 'Nut-free', 'No beef'], 'diet', p.i), '002', fixture_gen.digits('oct', p.i, 8) || '(' || fixture_gen.digits('octc', p.i, 1) || ')',
                             '003', CASE WHEN p.i % 5 = 0 THEN 'Yes' ELSE 'No' END)::text
    WHEN 'parent' THEN jsonb_build_object('004', CASE WHEN p.c IN ('cn', 'hk') AND p.i % 2 = 0 THEN 'wxid_' || fixture_gen.chars('wx', p.i, 14, 'abcdefghijklmnopqrstuvwxyz0123456789') ELSE '' END,
                             '005', CASE WHEN p.i % 4 = 1 THEN 'Yes' ELSE 'No' END, '006', CASE WHEN p.c IN ('jp', 'kr') THEN pgen.fold(p.first) || '_' || (p.i % 100) ELSE '' END)::text
    ELSE jsonb_build_object('007', CASE WHEN p.i % 2 = 0 THEN 'Tier 2' ELSE 'Tier 1' END, '008', 'TRN-' || (2000 + p.i))::text END
FROM pgen.p p LEFT JOIN pgen.fam f ON f.f = p.f ORDER BY p.i;
UPDATE "gibbonPerson" SET "gibbonThemeIDPersonal" = 2 WHERE "gibbonPersonID" % 19 = 0;

-- ---------------------------------------------------------------------------
-- Families.

CREATE TABLE "gibbonFamily" ("gibbonFamilyID" integer PRIMARY KEY, name varchar(100) NOT NULL, "nameAddress" varchar(100) NOT NULL DEFAULT '', "homeAddress" text NOT NULL DEFAULT '',
  "homeAddressDistrict" varchar(255) NOT NULL DEFAULT '', "homeAddressCountry" varchar(255) NOT NULL DEFAULT '', status varchar(16) NOT NULL DEFAULT 'Married',
  "languageHomePrimary" varchar(30) NOT NULL DEFAULT '', "languageHomeSecondary" varchar(30), "familySync" varchar(50), fields text);
INSERT INTO "gibbonFamily"
SELECT f.f, a.last || CASE WHEN b.last <> a.last THEN '-' || b.last ELSE '' END || ' Family',
  CASE WHEN f.f % 4 = 0 THEN a.title || ' ' || a.first || ' ' || a.last || ' & ' || b.title || ' ' || b.first || ' ' || b.last ELSE a.title || ' & ' || b.title || ' ' || a.last END,
  f.addr, f.district, 'Hong Kong', fixture_gen.pick(ARRAY['Married', 'Married', 'Married', 'Separated', 'Divorced', 'Single', 'Other'], 'fst', f.f),
  cu.lang, CASE WHEN cu.lang <> 'English' THEN 'English' END, CASE WHEN f.f % 3 = 0 THEN 'FAM' || lpad(f.f::text, 5, '0') END,
  jsonb_build_object('010', CASE WHEN f.f % 5 = 0 THEN 'Corporate sponsored' ELSE 'Private' END)::text
FROM pgen.fam f JOIN pgen.p a ON a.i = 500 + 2 * f.f - 1 JOIN pgen.p b ON b.i = 500 + 2 * f.f JOIN pgen.cu cu ON cu.c = f.c ORDER BY f.f;

CREATE TABLE "gibbonFamilyAdult" ("gibbonFamilyAdultID" integer PRIMARY KEY, "gibbonFamilyID" integer NOT NULL, "gibbonPersonID" integer NOT NULL, comment text NOT NULL DEFAULT '',
  "childDataAccess" char(1) NOT NULL, "contactPriority" integer, "contactCall" char(1) NOT NULL, "contactSMS" char(1) NOT NULL, "contactEmail" char(1) NOT NULL, "contactMail" char(1) NOT NULL);
INSERT INTO "gibbonFamilyAdult"
SELECT p.i - 500, p.f, p.i,
  CASE WHEN p.i % 17 = 0 THEN fixture_gen.pick(ARRAY[
      'Works in Shanghai Monday to Thursday; please call the mother first.',
      'Prefers communication in Mandarin. Interpreter: Ms. Zhao (school office).',
      'Father has no access to school reports since 2023 – see letter from solicitors (Tanner De Witt) in the file.',
      'Deployed overseas until June; use WhatsApp +44 7700 912 554.',
      'Hearing impaired: email only, no phone calls.'], 'fac', p.i) ELSE '' END,
  CASE WHEN p.i % 53 = 0 THEN 'N' ELSE 'Y' END, 1 + (p.i + 1) % 2, 'Y', CASE WHEN p.i % 4 = 0 THEN 'N' ELSE 'Y' END, 'Y', CASE WHEN p.i % 2 = 0 THEN 'N' ELSE 'Y' END
FROM pgen.p p WHERE p.kind = 'parent' ORDER BY p.i;

CREATE TABLE "gibbonFamilyChild" ("gibbonFamilyChildID" integer PRIMARY KEY, "gibbonFamilyID" integer NOT NULL, "gibbonPersonID" integer NOT NULL, comment text NOT NULL DEFAULT '');
INSERT INTO "gibbonFamilyChild" SELECT p.i - 100, p.f, p.i, CASE WHEN p.i % 29 = 0 THEN 'Lives with mother during the week, father at weekends.' WHEN p.i % 43 = 0 THEN 'Adopted 2016; surname changed.' ELSE '' END
FROM pgen.p p WHERE p.kind = 'student' ORDER BY p.i;

CREATE TABLE "gibbonFamilyRelationship" ("gibbonFamilyRelationshipID" integer PRIMARY KEY, "gibbonFamilyID" integer NOT NULL, "gibbonPersonID1" integer NOT NULL, "gibbonPersonID2" integer NOT NULL,
  relationship varchar(50) NOT NULL);
INSERT INTO "gibbonFamilyRelationship"
SELECT row_number() OVER (ORDER BY c.i, a.i), c.f, a.i, c.i, CASE WHEN a.i % 2 = 1 THEN CASE WHEN a.i % 37 = 0 THEN 'Step-Father' ELSE 'Father' END ELSE CASE WHEN a.i % 41 = 0 THEN 'Guardian' ELSE 'Mother' END END
FROM pgen.p c JOIN pgen.p a ON a.kind = 'parent' AND a.f = c.f WHERE c.kind = 'student';

-- ---------------------------------------------------------------------------
-- Staff.

CREATE TABLE "gibbonStaff" ("gibbonStaffID" integer PRIMARY KEY, "gibbonPersonID" integer NOT NULL UNIQUE, type varchar(20) NOT NULL, initials varchar(4), "jobTitle" varchar(100) NOT NULL DEFAULT '',
  "smartWorkflowHelp" char(1) NOT NULL DEFAULT 'Y', "firstAidQualified" char(1) NOT NULL DEFAULT 'N', "firstAidQualification" varchar(100), "firstAidExpiry" date,
  "countryOfOrigin" varchar(80) NOT NULL DEFAULT '', qualifications varchar(255) NOT NULL DEFAULT '', biography text NOT NULL DEFAULT '', "biographicalGrouping" varchar(100) NOT NULL DEFAULT '',
  "biographicalGroupingPriority" integer NOT NULL DEFAULT 0, fields text);
INSERT INTO "gibbonStaff"
SELECT p.i, p.i, CASE WHEN p.i IN (4, 50, 51, 52, 53, 54, 55) THEN 'Support' ELSE 'Teaching' END, upper(substr(pgen.fold(p.first), 1, 1) || substr(pgen.fold(p.last), 1, 2)),
  gp."jobTitle", CASE WHEN p.i % 3 = 0 THEN 'N' ELSE 'Y' END, CASE WHEN p.i % 4 = 0 OR p.i = 4 THEN 'Y' ELSE 'N' END,
  CASE WHEN p.i = 4 THEN 'Registered Nurse (HK), Nursing Council of Hong Kong' WHEN p.i % 4 = 0 THEN 'St John Ambulance Standard First Aid' END,
  CASE WHEN p.i % 4 = 0 OR p.i = 4 THEN date '2025-01-01' + fixture_gen.n('fax', p.i, 900) END,
  p.country,
  fixture_gen.pick(ARRAY['BA (Hons) English, PGCE (Exeter)', 'BSc Mathematics, PGDipEd (Melbourne)', 'MA Education (HKU), BEd', 'MSc Chemistry, QTS', 'Licence de lettres modernes, CAPES', 'MEd Special Educational Needs (UCL)', 'BEd Primary (UNSW)'], 'qual', p.i),
  CASE WHEN p.i % 3 = 0 THEN '' ELSE coalesce(p.english, p.first) || ' joined Harbour Crest in ' || extract(year FROM gp."dateStart")::int || ' after teaching in ' ||
       fixture_gen.pick(ARRAY['London and Dubai', 'Sydney', 'Shanghai', 'Lyon', 'Bengaluru', 'Manila and Singapore'], 'bio', p.i) || '. ' ||
       fixture_gen.pick(ARRAY['Outside school ' || CASE WHEN p.gender = 'F' THEN 'she' ELSE 'he' END || ' runs the dragon boat team and lives in Stanley with ' || CASE WHEN p.gender = 'F' THEN 'her' ELSE 'his' END || ' husband and two children.',
         'A keen hiker, ' || CASE WHEN p.gender = 'F' THEN 'she' ELSE 'he' END || ' has completed the MacLehose Trail three times.',
         'Passionate about inclusive education and the IB Learner Profile.', 'Coaches U11 football on Saturdays at Happy Valley.'], 'bio2', p.i) END,
  CASE WHEN p.i <= 3 THEN 'Leadership Team' WHEN p.i IN (4, 50, 51, 52, 53, 54, 55) THEN 'Support Staff' ELSE 'Teaching Staff' END, CASE WHEN p.i <= 3 THEN 10 - p.i ELSE 0 END,
  jsonb_build_object('011', 'HC-S' || lpad(p.i::text, 4, '0'), '012', CASE WHEN p.i % 2 = 0 THEN 'Mandatory Provident Fund: HSBC' ELSE 'MPF: Manulife' END)::text
FROM pgen.p p JOIN "gibbonPerson" gp ON gp."gibbonPersonID" = p.i WHERE p.kind = 'staff' ORDER BY p.i;
UPDATE "gibbonStaff" SET "jobTitle" = CASE "gibbonPersonID" WHEN 1 THEN 'Head of School' WHEN 2 THEN 'Director of Admissions' WHEN 3 THEN 'Head of Secondary' WHEN 4 THEN 'School Nurse' ELSE "jobTitle" END;

-- ---------------------------------------------------------------------------
-- Enrolment, courses and classes.

CREATE TABLE "gibbonStudentEnrolment" ("gibbonStudentEnrolmentID" integer PRIMARY KEY, "gibbonPersonID" integer NOT NULL, "gibbonSchoolYearID" integer NOT NULL, "gibbonYearGroupID" integer NOT NULL,
  "gibbonFormGroupID" integer NOT NULL, "rollOrder" integer, fields text);
INSERT INTO "gibbonStudentEnrolment"
SELECT row_number() OVER (ORDER BY y.sy, p.i), p.i, y.sy, greatest(1, yg - (25 - y.sy)), (greatest(1, yg - (25 - y.sy)) - 1) * 2 + 1 + p.i % 2, NULL::int,
  CASE WHEN y.sy = 25 AND yg >= 12 THEN jsonb_build_object('013', fixture_gen.pick(ARRAY['IB Diploma', 'IB Career-related Programme', 'IB Courses'], 'ibp', p.i))::text END
FROM pgen.p p, LATERAL (SELECT 1 + fixture_gen.n('yg', p.i, 14) AS yg) g, (VALUES (24), (25)) y(sy)
WHERE p.kind = 'student' AND NOT (y.sy = 24 AND (yg = 1 OR p.i > 392));

CREATE TABLE "gibbonCourse" ("gibbonCourseID" integer PRIMARY KEY, "gibbonSchoolYearID" integer NOT NULL, "gibbonDepartmentID" integer, name varchar(60) NOT NULL, "nameShort" varchar(12) NOT NULL,
  "orderBy" integer, description text, map char(1) NOT NULL DEFAULT 'Y', "gibbonYearGroupIDList" varchar(255) NOT NULL, fields text);
INSERT INTO "gibbonCourse"
SELECT k, 25, 1 + k % 8, s.name || ' ' || CASE WHEN y.g = 1 THEN 'Reception' ELSE 'Y' || (y.g - 1) END, s.short || lpad((y.g - 1)::text, 2, '0'), k,
  '<p>' || s.descr || '</p>', 'Y', lpad(y.g::text, 3, '0'), NULL
FROM (VALUES (1, 'English', 'ENG', 'Reading, writing and oracy through the IB framework: novels, poetry and non-fiction.'), (2, 'Mathematics', 'MAT', 'Number, algebra, geometry and statistics with an emphasis on problem solving.'),
       (3, 'Science', 'SCI', 'Inquiry-based science: living things, materials, forces and the Earth.'), (4, 'Mandarin', 'MAN', 'Mandarin Chinese in ability groups, simplified and traditional characters.'),
       (5, 'Individuals and Societies', 'INS', 'History, geography and economics through units of inquiry.')) s(o, name, short, descr),
     generate_series(1, 14) y(g), LATERAL (SELECT (y.g - 1) * 5 + s.o AS k) kk;

CREATE TABLE "gibbonCourseClass" ("gibbonCourseClassID" integer PRIMARY KEY, "gibbonCourseID" integer NOT NULL, name varchar(30) NOT NULL, "nameShort" varchar(8) NOT NULL,
  reportable char(1) NOT NULL DEFAULT 'Y', attendance char(1) NOT NULL DEFAULT 'Y', "enrolmentMin" integer, "enrolmentMax" integer, fields text);
INSERT INTO "gibbonCourseClass" SELECT c."gibbonCourseID" * 10 + v, c."gibbonCourseID", v::text, v::text, 'Y', CASE WHEN c."gibbonCourseID" % 5 = 1 THEN 'Y' ELSE 'N' END, 8, 24, NULL
FROM "gibbonCourse" c, generate_series(1, 2) v;

CREATE TABLE "gibbonCourseClassPerson" ("gibbonCourseClassPersonID" integer PRIMARY KEY, "gibbonCourseClassID" integer NOT NULL, "gibbonPersonID" integer NOT NULL,
  role varchar(16) NOT NULL CHECK (role IN ('Student', 'Teacher', 'Assistant', 'Technician', 'Parent', 'Student - Left', 'Teacher - Left')), "dateEnrolled" date, "dateUnenrolled" date, reportable char(1) NOT NULL DEFAULT 'Y');
INSERT INTO "gibbonCourseClassPerson"
SELECT row_number() OVER (ORDER BY x.cc, x.pid), x.cc, x.pid, x.role, x.de, x.du, 'Y' FROM (
  SELECT ((e."gibbonYearGroupID" - 1) * 5 + s) * 10 + 1 + e."gibbonPersonID" % 2 AS cc, e."gibbonPersonID" AS pid, CASE WHEN gp.status = 'Left' THEN 'Student - Left' ELSE 'Student' END AS role,
         date '2024-08-14' AS de, CASE WHEN gp.status = 'Left' THEN date '2024-06-20' END AS du
  FROM "gibbonStudentEnrolment" e JOIN "gibbonPerson" gp ON gp."gibbonPersonID" = e."gibbonPersonID", generate_series(1, 5) s WHERE e."gibbonSchoolYearID" = 25
  UNION ALL
  SELECT c."gibbonCourseClassID", 5 + (c."gibbonCourseClassID" * 7) % 52, 'Teacher', date '2024-08-14', NULL FROM "gibbonCourseClass" c) x;

-- ---------------------------------------------------------------------------
-- Medical records, alert levels, individual needs, first aid.

CREATE TABLE "gibbonAlertLevel" ("gibbonAlertLevelID" integer PRIMARY KEY, name varchar(50) NOT NULL, "nameShort" varchar(4) NOT NULL, color varchar(7) NOT NULL, "colorBG" varchar(7) NOT NULL,
  description text NOT NULL, "sequenceNumber" integer NOT NULL);
INSERT INTO "gibbonAlertLevel" VALUES (1, 'High', 'H', '#FF0000', '#FFD2A9', 'Highest level of severity, requiring intense and immediate readiness, action, individual support or differentiation.', 3),
  (2, 'Medium', 'M', '#FF7414', '#FFD2A9', 'Moderate severity, requiring intermediate level of readiness, action, individual support or differentiation.', 2),
  (3, 'Low', 'L', '#FFB500', '#FFF1C9', 'Low severity, requiring little to no readiness, action, individual support or differentiation.', 1);

CREATE TABLE "gibbonPersonMedical" ("gibbonPersonMedicalID" integer PRIMARY KEY, "gibbonPersonID" integer NOT NULL UNIQUE, comment text NOT NULL DEFAULT '', fields text);
INSERT INTO "gibbonPersonMedical"
SELECT p.i, p.i,
  CASE WHEN p.i % 5 = 0 THEN fixture_gen.pick(ARRAY[
      'Wears glasses for reading; sits near the front.', 'Had tonsils removed in March 2023. No ongoing issues.',
      'Parents report recurring night terrors since the family moved from Seoul; seeing Dr. Helen Kwok at Matilda Hospital.',
      'Type 1 diabetes diagnosed 2021. Insulin pump; CGM alerts go to mother''s phone. Snacks kept in the nurse''s office.',
      'Broken left wrist (football, Oct 2024), cast removed 20 Nov; no PE until cleared by Dr. Patel.',
      'Takes methylphenidate 10mg at breakfast (ADHD). Nothing given at school.', ''], 'mcm', p.i) ELSE '' END,
  jsonb_build_object('020', fixture_gen.pick(ARRAY['O+', 'A+', 'B+', 'AB+', 'O-', 'A-', 'Unknown'], 'blood', p.i), '021', CASE WHEN p.i % 4 = 0 THEN 'N' ELSE 'Y' END,
    '022', CASE WHEN p.i % 11 = 0 THEN 'Salbutamol inhaler, 2 puffs as needed' ELSE '' END, '023', fixture_gen.pick(ARRAY['Bupa', 'AXA', 'Cigna Global', 'Allianz Care', 'None'], 'ins', p.i),
    '024', CASE WHEN p.i % 3 = 0 THEN upper(fixture_gen.chars('polno', p.i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')) || fixture_gen.digits('pol', p.i, 9) ELSE '' END)::text
FROM pgen.p p WHERE p.kind = 'student' ORDER BY p.i;

CREATE TABLE "gibbonPersonMedicalCondition" ("gibbonPersonMedicalConditionID" integer PRIMARY KEY, "gibbonPersonMedicalID" integer NOT NULL, name varchar(100) NOT NULL,
  "gibbonAlertLevelID" integer, triggers varchar(255) NOT NULL DEFAULT '', reaction varchar(255) NOT NULL DEFAULT '', response varchar(255) NOT NULL DEFAULT '', medication varchar(255) NOT NULL DEFAULT '',
  "lastEpisode" date, "lastEpisodeTreatment" varchar(255) NOT NULL DEFAULT '', comment text NOT NULL DEFAULT '', attachment varchar(255));
INSERT INTO "gibbonPersonMedicalCondition"
SELECT row_number() OVER (ORDER BY p.i, k), p.i, c.name, c.lvl, c.trig, c.react, c.resp, c.med,
  CASE WHEN fixture_gen.n('mle', p.i * 3 + k, 3) > 0 THEN date '2022-01-01' + fixture_gen.n('mled', p.i * 3 + k, 1100) END,
  CASE WHEN fixture_gen.n('mle', p.i * 3 + k, 3) > 0 THEN c.treat ELSE '' END,
  CASE WHEN (p.i + k) % 4 = 0 THEN fixture_gen.pick(ARRAY[
      'Mother (Mrs. ' || p.last || ') to be called immediately on ' || pgen.hkphone('mcc', p.i) || '.', 'Action plan signed by Dr. Anand Mehta, Central Medical Practice.',
      'Spare EpiPen kept in the Year office, second one in bag.', 'Outgrew this according to father; awaiting doctor''s letter.', 'See care plan uploaded 02/09/2024.'], 'mcom', p.i * 3 + k) ELSE '' END,
  CASE WHEN (p.i + k) % 3 = 0 THEN 'uploads/2024/09/careplan_' || pgen.fold(p.last) || '_' || pgen.rnd('cpl', p.i * 3 + k, 8) || '.pdf' END
FROM pgen.p p, generate_series(1, 2) k,
  LATERAL (SELECT * FROM (VALUES
    ('Asthma', 2, 'Exercise, cold air, dust', 'Wheezing, shortness of breath', 'Sit upright, 2-4 puffs of blue inhaler, call nurse', 'Salbutamol (Ventolin) inhaler', 'Inhaler, rested in nurse''s office'),
    ('Peanut Allergy', 1, 'Peanuts and tree nuts, traces in baked goods', 'Hives, swelling of lips, anaphylaxis', 'EpiPen in outer thigh, call 999, call parents', 'EpiPen Jr 0.15mg', 'EpiPen administered, hospital (Queen Mary)'),
    ('Eczema', 3, 'Heat, sweat, wool', 'Itchy rash on arms', 'Apply cream, avoid scratching', 'Hydrocortisone 1% cream', 'Cream applied'),
    ('Type 1 Diabetes', 1, 'Missed snacks, exercise', 'Hypoglycaemia: shaking, confusion', 'Check glucose, give juice or glucose tablets', 'Insulin (pump), glucose tablets', 'Glucose gel, monitored 30 minutes'),
    ('Epilepsy', 1, 'Flashing lights, lack of sleep', 'Absence or tonic-clonic seizures', 'Time seizure, recovery position, buccal midazolam after 5 minutes', 'Sodium valproate (home), buccal midazolam (school)', 'Recovery position, parents collected'),
    ('Shellfish Allergy', 2, 'Shrimp, crab, lobster', 'Vomiting, hives', 'Antihistamine, monitor, call parents', 'Cetirizine 5mg', 'Cetirizine given'),
    ('Migraine', 3, 'Screens, dehydration', 'Headache, nausea, light sensitivity', 'Dark room, water', 'Paracetamol with parental consent', 'Rest in nurse''s office'),
    ('Hay Fever', 3, 'Pollen, spring', 'Sneezing, itchy eyes', 'Antihistamine', 'Loratadine', 'Eye drops')) v(name, lvl, trig, react, resp, med, treat)
    OFFSET fixture_gen.n('mcond', p.i * 3 + k, 8) LIMIT 1) c
WHERE p.kind = 'student' AND fixture_gen.n('hascond', p.i, 10) < CASE WHEN k = 1 THEN 4 ELSE 1 END;

CREATE TABLE "gibbonINDescriptor" ("gibbonINDescriptorID" integer PRIMARY KEY, name varchar(50) NOT NULL, "nameShort" varchar(5) NOT NULL, description text NOT NULL, "sequenceNumber" integer NOT NULL);
INSERT INTO "gibbonINDescriptor" VALUES (1, 'Special Educational Needs', 'SEN', 'Has an identified special educational need.', 1), (2, 'English as an Additional Language', 'EAL', 'Requires language support.', 2),
  (3, 'Gifted and Talented', 'GT', 'Exceptional ability in one or more areas.', 3), (4, 'Social, Emotional and Mental Health', 'SEMH', 'Support for wellbeing.', 4);

CREATE TABLE "gibbonINPersonDescriptor" ("gibbonINPersonDescriptorID" integer PRIMARY KEY, "gibbonPersonID" integer NOT NULL, "gibbonINDescriptorID" integer NOT NULL, "gibbonAlertLevelID" integer NOT NULL);
INSERT INTO "gibbonINPersonDescriptor" SELECT row_number() OVER (ORDER BY p.i), p.i, 1 + fixture_gen.n('ind', p.i, 4), 1 + fixture_gen.n('inl', p.i, 3) FROM pgen.p p WHERE p.kind = 'student' AND p.i % 4 = 1;

CREATE TABLE "gibbonIN" ("gibbonINID" integer PRIMARY KEY, "gibbonPersonID" integer NOT NULL UNIQUE, strategies text NOT NULL, targets text NOT NULL, notes text NOT NULL);
INSERT INTO "gibbonIN"
SELECT row_number() OVER (ORDER BY p.i), p.i,
  '<ul><li>' || fixture_gen.pick(ARRAY['Seat near the front, away from the window', 'Chunk instructions into two steps and check understanding', 'Allow 25% extra time in assessments', 'Provide a visual timetable', 'Pre-teach key vocabulary with bilingual glossary'], 'ins1', p.i)
    || '</li><li>' || fixture_gen.pick(ARRAY['Movement breaks every 20 minutes', 'Use of laptop for extended writing', 'Quiet space available at lunchtime', 'Reader for exams'], 'ins2', p.i) || '</li></ul>',
  '<ol><li>' || fixture_gen.pick(ARRAY['Read Level 18 texts with 95% accuracy by December', 'Write a paragraph of five sentences independently', 'Use a calming strategy when frustrated, 4 out of 5 times', 'Complete homework planner daily'], 'int', p.i) || '</li></ol>',
  fixture_gen.pick(ARRAY[
    'Educational psychologist report (Dr. Sarah Lam, Jan 2024) confirms dyslexia; parents consent to sharing with class teachers.',
    coalesce(pgen.fn(p.i), '') || ' struggles since the parents'' separation last summer; counsellor Ms. Fletcher meets weekly. Do not discuss at group pick-up.',
    'Speech therapy at Kids'' Therapy Hub on Tuesdays, leaves at 14:30.',
    'Parents declined assessment for ADHD; revisit at next review meeting.',
    'Arrived from Busan in August with little English; progressing well.',
    ''], 'inn', p.i)
FROM pgen.p p WHERE p.kind = 'student' AND p.i % 4 = 1;

CREATE TABLE "gibbonFirstAid" ("gibbonFirstAidID" integer PRIMARY KEY, "gibbonPersonIDPatient" integer NOT NULL, "gibbonCourseClassID" integer, "gibbonPersonIDFirstAider" integer NOT NULL,
  date date NOT NULL, "timeIn" time NOT NULL, "timeOut" time, description text NOT NULL, "actionTaken" text NOT NULL, "followUp" text NOT NULL, "gibbonSchoolYearID" integer NOT NULL, timestamp timestamp);
INSERT INTO "gibbonFirstAid"
SELECT k, 101 + fixture_gen.n('fap', k, 292), CASE WHEN k % 3 = 0 THEN 11 + k % 60 END, CASE WHEN k % 4 = 0 THEN 8 * (1 + k % 7) ELSE 4 END,
  date '2024-08-20' + fixture_gen.n('fad', k, 200), time '08:10' + make_interval(mins => fixture_gen.n('fat', k, 420)), time '08:30' + make_interval(mins => fixture_gen.n('fat', k, 420)),
  fixture_gen.pick(ARRAY['Fell in the playground, grazed knee.', 'Headache after PE, hot day.', 'Nosebleed in class.', 'Hit on the head by a football at lunch; no loss of consciousness.', 'Stomach ache, says ate prawns at lunch.',
    'Wasp sting on the arm near the garden.', 'Asthma symptoms after running; used own inhaler.', 'Anxious and tearful before the maths test, said things are hard at home.'], 'fadesc', k),
  fixture_gen.pick(ARRAY['Cleaned and plaster applied.', 'Ice pack, 15 minutes rest, returned to class.', 'Called mother, collected at 11:40.', 'Head injury letter sent home; parent phoned.', 'Observed 30 minutes, returned to class.'], 'faact', k),
  CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Father called back: GP appointment booked.', 'Referred to counsellor (Siobhan).', 'Checked next morning, fine.'], 'fafu', k) ELSE '' END,
  25, NULL
FROM generate_series(1, 120) k;
UPDATE "gibbonFirstAid" SET timestamp = date + "timeIn" + interval '5 minutes';

-- ---------------------------------------------------------------------------
-- Attendance and behaviour.

CREATE TABLE "gibbonAttendanceCode" ("gibbonAttendanceCodeID" integer PRIMARY KEY, name varchar(30) NOT NULL, "nameShort" varchar(4) NOT NULL,
  type varchar(10) NOT NULL CHECK (type IN ('Core', 'Additional')), direction varchar(3) NOT NULL CHECK (direction IN ('In', 'Out')), scope varchar(20) NOT NULL,
  active char(1) NOT NULL, reportable char(1) NOT NULL, future char(1) NOT NULL, "gibbonRoleIDAll" varchar(90) NOT NULL, "sequenceNumber" integer NOT NULL);
INSERT INTO "gibbonAttendanceCode" VALUES (1, 'Present', 'P', 'Core', 'In', 'Onsite', 'Y', 'Y', 'N', '001,002,006', 1), (2, 'Present - Late', 'PL', 'Core', 'In', 'Onsite - Late', 'Y', 'Y', 'N', '001,002,006', 2),
  (3, 'Left', 'L', 'Core', 'Out', 'Offsite', 'Y', 'Y', 'N', '001,002,006', 3), (4, 'Left - Early', 'LE', 'Core', 'Out', 'Offsite - Left', 'Y', 'Y', 'N', '001,002,006', 4),
  (5, 'Absent', 'A', 'Core', 'Out', 'Offsite', 'Y', 'Y', 'Y', '001,002,006', 5), (6, 'Present - Offsite', 'PO', 'Additional', 'In', 'Offsite', 'Y', 'Y', 'Y', '001,002', 6),
  (7, 'Sick', 'S', 'Additional', 'Out', 'Offsite', 'Y', 'Y', 'Y', '001,002,006', 7);

CREATE TABLE "gibbonAttendanceLogPerson" ("gibbonAttendanceLogPersonID" integer PRIMARY KEY, "gibbonAttendanceCodeID" integer NOT NULL, "gibbonPersonID" integer NOT NULL,
  direction varchar(3) NOT NULL, type varchar(30) NOT NULL, reason varchar(30) NOT NULL DEFAULT '', comment varchar(255) NOT NULL DEFAULT '', context varchar(30) NOT NULL,
  date date, "gibbonCourseClassID" integer, "gibbonFormGroupID" integer, "gibbonPersonIDTaker" integer NOT NULL, "timestampTaken" timestamp NOT NULL);
INSERT INTO "gibbonAttendanceLogPerson"
SELECT row_number() OVER (ORDER BY d, e."gibbonPersonID"), c.code, e."gibbonPersonID", ac.direction, ac.name,
  CASE c.code WHEN 2 THEN fixture_gen.pick(ARRAY['Transport', 'Traffic', 'Other', ''], 'alr', e."gibbonPersonID" * 100 + d) WHEN 5 THEN fixture_gen.pick(ARRAY['Family', 'Medical', 'Unexcused', 'Other'], 'alr', e."gibbonPersonID" * 100 + d)
       WHEN 7 THEN 'Medical' WHEN 4 THEN 'Medical' ELSE '' END,
  CASE WHEN c.code IN (2, 4, 5, 7) AND (e."gibbonPersonID" + d) % 3 = 0 THEN fixture_gen.pick(ARRAY['Mum emailed: fever since last night.', 'Dentist appointment at 10:00, back after lunch.',
       'Family trip to Tokyo, approved by Mr. Menon.', 'Bus 2 late (accident on Island Eastern Corridor).', 'Grandfather''s funeral in Manila.', 'Overslept.', 'Hospital follow-up at Queen Mary, father phoned.',
       'Collected by helper for ' || fixture_gen.pick(ARRAY['orthodontist', 'visa appointment at Immigration Tower'], 'alc2', d) || '.'], 'alc', e."gibbonPersonID" * 100 + d) ELSE '' END,
  'Form Group', date '2025-01-06' + (d / 5) * 7 + d % 5, NULL, e."gibbonFormGroupID", 5 + e."gibbonFormGroupID",
  (date '2025-01-06' + (d / 5) * 7 + d % 5) + time '08:05' + make_interval(secs => fixture_gen.n('alt', e."gibbonPersonID" * 100 + d, 1500))
FROM "gibbonStudentEnrolment" e, generate_series(0, 9) d,
  LATERAL (SELECT CASE WHEN fixture_gen.n('alc', e."gibbonPersonID" * 100 + d, 40) = 0 THEN 5 WHEN fixture_gen.n('alc', e."gibbonPersonID" * 100 + d, 40) = 1 THEN 2
                       WHEN fixture_gen.n('alc', e."gibbonPersonID" * 100 + d, 40) = 2 THEN 7 WHEN fixture_gen.n('alc', e."gibbonPersonID" * 100 + d, 40) = 3 THEN 4 ELSE 1 END AS code) c
JOIN "gibbonAttendanceCode" ac ON ac."gibbonAttendanceCodeID" = c.code
WHERE e."gibbonSchoolYearID" = 25 AND e."gibbonPersonID" % 3 = 0;

CREATE TABLE "gibbonBehaviour" ("gibbonBehaviourID" integer PRIMARY KEY, "gibbonSchoolYearID" integer NOT NULL, date date NOT NULL, "gibbonPersonID" integer NOT NULL,
  type varchar(8) NOT NULL CHECK (type IN ('Positive', 'Negative')), descriptor varchar(100), level varchar(100), comment text NOT NULL, followup text NOT NULL,
  "gibbonPersonIDCreator" integer NOT NULL, "gibbonPlannerEntryID" integer, "gibbonMultiIncidentID" integer, timestamp timestamp);
INSERT INTO "gibbonBehaviour"
SELECT k, 25, date '2024-08-20' + fixture_gen.n('bd', k, 200), s.i, t.type,
  CASE WHEN t.type = 'Positive' THEN fixture_gen.pick(ARRAY['Attitude to learning', 'Collaboration', 'Community service', 'Effort', 'Leadership'], 'bdesc', k)
       ELSE fixture_gen.pick(ARRAY['Classroom disruption', 'Homework not submitted', 'Unkind behaviour', 'Uniform', 'Device misuse', 'Bullying', 'Dishonesty'], 'bdesc', k) END,
  CASE WHEN t.type = 'Negative' THEN fixture_gen.pick(ARRAY['Stage 1', 'Stage 1', 'Stage 2', 'Stage 3'], 'blev', k) END,
  CASE WHEN t.type = 'Positive' THEN fixture_gen.pick(ARRAY[
      s.fn || ' led the group presentation on the water cycle with real confidence.',
      'Stayed behind to help tidy the science lab without being asked.',
      s.fn || ' welcomed the new student from Seoul and showed her around all week.',
      'Excellent effort in the cross-country; finished despite the heat.',
      'Organised the bake sale for the Sai Kung animal shelter, raised $3,420.'], 'bcomp', k)
    ELSE fixture_gen.pick(ARRAY[
      'Talking repeatedly during the test, moved seats twice.',
      s.fn || ' called ' || o.fn || ' "stupid" and pushed her off the bench at lunch. Both spoken to; ' || o.fn || ' was upset.',
      'Phone out in class again (third time), confiscated and handed to the office.',
      'Shared a photo of ' || o.fn || ' ' || o.last || ' in the class WhatsApp group with mocking captions. Screenshots forwarded by ' || o.fn || '''s mother.',
      'No PE kit for the fourth week running.',
      'Copied the lab report from ' || o.fn || '; admitted it when asked.',
      'Refused to follow instructions on the MTR during the field trip.'], 'bcomn', k) END,
  CASE WHEN t.type = 'Negative' AND k % 2 = 0 THEN fixture_gen.pick(ARRAY[
      'Email sent to parents. Lunchtime detention Thursday.',
      'Met with father (Mr. ' || s.last || ') on ' || to_char(date '2024-08-20' + fixture_gen.n('bd', k, 200) + 3, 'DD Mon') || '; he says there are problems at home since the move. Counsellor referral.',
      'Restorative conversation held with both students, apology written.',
      'Phone now handed in at the start of the day for two weeks.',
      'Referred to Head of Year. Parents to come in on Monday.'], 'bfu', k) ELSE '' END,
  8 * (1 + k % 7) - k % 3, NULL, CASE WHEN k % 40 = 0 THEN k / 40 END, (date '2024-08-20' + fixture_gen.n('bd', k, 200)) + time '09:00' + make_interval(mins => fixture_gen.n('bt', k, 500))
FROM generate_series(1, 360) k,
  LATERAL (SELECT CASE WHEN fixture_gen.n('bty', k, 5) < 2 THEN 'Positive' ELSE 'Negative' END AS type) t,
  LATERAL (SELECT p.i, coalesce(p.english, p.first) AS fn, p.last FROM pgen.p p WHERE p.i = 101 + fixture_gen.n('bst', k, 292)) s,
  LATERAL (SELECT coalesce(p.english, p.first) AS fn, p.last FROM pgen.p p WHERE p.i = 101 + fixture_gen.n('bot', k, 292)) o;

-- ---------------------------------------------------------------------------
-- Markbook, internal assessment and reports.

CREATE TABLE "gibbonMarkbookColumn" ("gibbonMarkbookColumnID" integer PRIMARY KEY, "gibbonCourseClassID" integer NOT NULL, name varchar(20) NOT NULL, description text NOT NULL, type varchar(50) NOT NULL,
  date date, "sequenceNumber" integer, attainment char(1) NOT NULL DEFAULT 'Y', "gibbonScaleIDAttainment" integer, effort char(1) NOT NULL DEFAULT 'Y', comment char(1) NOT NULL DEFAULT 'Y',
  complete char(1) NOT NULL, "completeDate" date, "viewableParents" char(1) NOT NULL DEFAULT 'N', "gibbonPersonIDCreator" integer NOT NULL);
INSERT INTO "gibbonMarkbookColumn"
SELECT row_number() OVER (ORDER BY cc."gibbonCourseClassID", v.o), cc."gibbonCourseClassID", v.name, v.descr, v.type, date '2024-09-20' + v.o * 35 + cc."gibbonCourseClassID" % 10, v.o,
  'Y', 4, 'Y', 'Y', CASE WHEN v.o < 3 THEN 'Y' ELSE 'N' END, CASE WHEN v.o < 3 THEN date '2024-09-25' + v.o * 35 END, CASE WHEN v.o < 3 THEN 'Y' ELSE 'N' END, 5 + (cc."gibbonCourseClassID" * 7) % 52
FROM "gibbonCourseClass" cc, (VALUES (1, 'Unit 1 Test', 'End of unit assessment, criteria A and B.', 'Summative'), (2, 'Homework Task', 'Research task: a local landmark.', 'Formative'),
  (3, 'Unit 2 Project', 'Group project with presentation.', 'Summative')) v(o, name, descr, type)
WHERE cc."gibbonCourseClassID" % 10 = 1 AND cc."gibbonCourseID" % 5 IN (1, 2);

CREATE TABLE "gibbonMarkbookEntry" ("gibbonMarkbookEntryID" integer PRIMARY KEY, "gibbonMarkbookColumnID" integer NOT NULL, "gibbonPersonIDStudent" integer NOT NULL,
  "attainmentValue" varchar(10), "attainmentValueRaw" varchar(10), "attainmentDescriptor" varchar(100), "attainmentConcern" char(1), "effortValue" varchar(10), "effortDescriptor" varchar(100),
  comment text, response varchar(255), "gibbonPersonIDLastEdit" integer NOT NULL);
INSERT INTO "gibbonMarkbookEntry"
SELECT row_number() OVER (ORDER BY mc."gibbonMarkbookColumnID", ccp."gibbonPersonID"), mc."gibbonMarkbookColumnID", ccp."gibbonPersonID", g.v::text, (g.v * 4 + fixture_gen.n('mraw', x, 4))::text,
  (ARRAY['Beginning', 'Beginning', 'Developing', 'Developing', 'Approaching', 'Meeting', 'Exceeding', 'Exceeding'])[g.v], CASE WHEN g.v <= 2 THEN 'Y' ELSE 'N' END,
  (ARRAY['C', 'B', 'A'])[1 + fixture_gen.n('mef', x, 3)], (ARRAY['Needs improvement', 'Good', 'Excellent'])[1 + fixture_gen.n('mef', x, 3)],
  CASE WHEN mc.complete = 'Y' THEN fixture_gen.pick(ARRAY[
      s.fn || ' shows a secure understanding of fractions but needs to show working.',
      'Well-structured argument; check spelling of key terms.',
      s.fn || ' has found this unit difficult after missing two weeks in hospital; catch-up plan agreed with ' || CASE WHEN s.gender = 'F' THEN 'her' ELSE 'his' END || ' mother.',
      'Excellent use of evidence from the source texts.',
      'Incomplete – ' || s.fn || ' says the laptop broke; extension to Friday.',
      'Strong oral contribution; written work is rushed.'], 'mcom', x) END,
  CASE WHEN mc.complete = 'Y' AND x % 5 = 0 THEN 'uploads/2024/11/' || pgen.fold(s.last) || '_' || pgen.fold(s.fn) || '_response_' || pgen.rnd('mres', x, 6) || '.pdf' END,
  mc."gibbonPersonIDCreator"
FROM "gibbonMarkbookColumn" mc JOIN "gibbonCourseClassPerson" ccp ON ccp."gibbonCourseClassID" = mc."gibbonCourseClassID" AND ccp.role = 'Student',
  LATERAL (SELECT mc."gibbonMarkbookColumnID" * 1000 + ccp."gibbonPersonID" AS x) xx, LATERAL (SELECT 1 + fixture_gen.n('mav', x, 8) AS v) g,
  LATERAL (SELECT coalesce(p.english, p.first) AS fn, p.last, p.gender FROM pgen.p p WHERE p.i = ccp."gibbonPersonID") s;

CREATE TABLE "gibbonInternalAssessmentEntry" ("gibbonInternalAssessmentEntryID" integer PRIMARY KEY, "gibbonInternalAssessmentColumnID" integer NOT NULL, "gibbonPersonIDStudent" integer NOT NULL,
  "attainmentValue" varchar(10), "attainmentDescriptor" varchar(100), "attainmentConcern" char(1), "effortValue" varchar(10), "effortDescriptor" varchar(100), "effortConcern" char(1),
  comment text, "gibbonPersonIDLastEdit" integer NOT NULL);
INSERT INTO "gibbonInternalAssessmentEntry"
SELECT row_number() OVER (ORDER BY e."gibbonPersonID", k), k, e."gibbonPersonID", g.v::text, (ARRAY['', '', '', '1', '2', '3', '4', '5', '6', '7'])[g.v + 1], CASE WHEN g.v <= 3 THEN 'Y' ELSE 'N' END,
  (ARRAY['C', 'B', 'A'])[1 + fixture_gen.n('ief', x, 3)], (ARRAY['Inconsistent', 'Good', 'Outstanding'])[1 + fixture_gen.n('ief', x, 3)], CASE WHEN fixture_gen.n('ief', x, 3) = 0 THEN 'Y' ELSE 'N' END,
  fixture_gen.pick(ARRAY['Predicted grade based on the mock exam.', 'Predicted ' || g.v || '; ' || s.fn || ' needs to complete the IA draft by 15 Feb.',
    s.fn || '''s attendance (medical, see nurse) has affected coursework.', 'On track for university offer conditions (HKU Medicine requires 6).', 'Mock paper 2 was strong.'], 'iecom', x),
  3
FROM "gibbonStudentEnrolment" e, generate_series(1, 3) k, LATERAL (SELECT e."gibbonPersonID" * 10 + k AS x) xx, LATERAL (SELECT 3 + fixture_gen.n('iav', x, 5) AS v) g,
  LATERAL (SELECT coalesce(p.english, p.first) AS fn FROM pgen.p p WHERE p.i = e."gibbonPersonID") s
WHERE e."gibbonSchoolYearID" = 25 AND e."gibbonYearGroupID" >= 12;

CREATE TABLE "gibbonReportingValue" ("gibbonReportingValueID" integer PRIMARY KEY, "gibbonReportingCycleID" integer NOT NULL, "gibbonReportingCriteriaID" integer NOT NULL, "gibbonCourseClassID" integer,
  "gibbonPersonIDStudent" integer NOT NULL, "gibbonScaleGradeID" integer, value varchar(255), comment text, "timestampCreated" timestamp, "gibbonPersonIDCreated" integer,
  "timestampModified" timestamp, "gibbonPersonIDModified" integer);
INSERT INTO "gibbonReportingValue"
SELECT row_number() OVER (ORDER BY e."gibbonPersonID", k), 7, k, CASE WHEN k < 3 THEN ((e."gibbonYearGroupID" - 1) * 5 + k) * 10 + 1 + e."gibbonPersonID" % 2 END, e."gibbonPersonID",
  CASE WHEN k < 3 THEN 40 + fixture_gen.n('rvg', x, 6) END,
  CASE WHEN k < 3 THEN (ARRAY['Beginning', 'Developing', 'Approaching', 'Meeting', 'Exceeding'])[1 + fixture_gen.n('rvv', x, 5)] WHEN k = 3 THEN (ARRAY['Consistently', 'Usually', 'Sometimes'])[1 + fixture_gen.n('rvv', x, 3)] END,
  CASE WHEN k = 4 THEN fixture_gen.pick(ARRAY[
      s.fn || ' has had a wonderful first term. ' || CASE WHEN s.gender = 'F' THEN 'She' ELSE 'He' END || ' is a kind friend and has made real progress in reading. Next step: use full stops consistently.',
      s.fn || ' has settled well after the move from ' || s.country || '. ' || CASE WHEN s.gender = 'F' THEN 'Her' ELSE 'His' END || ' English is growing quickly and ' || CASE WHEN s.gender = 'F' THEN 'she' ELSE 'he' END || ' is a confident mathematician.',
      'This has been a challenging term for ' || s.fn || ', with a long absence in October. We are working closely with the family and the learning support team.',
      s.fn || ' is a curious, hard-working learner who contributes thoughtfully in class discussions. Keep reading every night!'], 'rvc', x) END,
  timestamp '2024-12-02 16:00' + make_interval(mins => fixture_gen.n('rvt', x, 20000)), 5 + e."gibbonFormGroupID",
  CASE WHEN x % 3 = 0 THEN timestamp '2024-12-12 10:00' + make_interval(mins => fixture_gen.n('rvm', x, 3000)) END, CASE WHEN x % 3 = 0 THEN 3 END
FROM "gibbonStudentEnrolment" e, generate_series(1, 4) k, LATERAL (SELECT e."gibbonPersonID" * 10 + k AS x) xx,
  LATERAL (SELECT coalesce(p.english, p.first) AS fn, p.gender, p.country FROM pgen.p p WHERE p.i = e."gibbonPersonID") s
WHERE e."gibbonSchoolYearID" = 25 AND e."gibbonYearGroupID" <= 7;

-- ---------------------------------------------------------------------------
-- Modules, messages to families, notifications, the log and sessions.

CREATE TABLE "gibbonModule" ("gibbonModuleID" integer PRIMARY KEY, name varchar(30) NOT NULL UNIQUE, description text NOT NULL, "entryURL" varchar(255) NOT NULL DEFAULT 'index.php',
  type varchar(10) NOT NULL DEFAULT 'Core' CHECK (type IN ('Core', 'Additional')), active char(1) NOT NULL DEFAULT 'Y', category varchar(12) NOT NULL, version varchar(8) NOT NULL,
  author varchar(40) NOT NULL, url varchar(255) NOT NULL);
INSERT INTO "gibbonModule" VALUES
  (1, 'School Admin', 'Allows administrators to configure school settings.', 'index.php', 'Core', 'Y', 'Admin', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (2, 'System Admin', 'Allows administrators to configure system settings.', 'index.php', 'Core', 'Y', 'Admin', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (3, 'User Admin', 'Allows administrators to manage users and families.', 'user_manage.php', 'Core', 'Y', 'Admin', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (4, 'Students', 'Allows users to view student data.', 'student_view.php', 'Core', 'Y', 'People', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (5, 'Behaviour', 'Tracking student behaviour.', 'behaviour_manage.php', 'Core', 'Y', 'People', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (6, 'Attendance', 'School attendance taking.', 'attendance.php', 'Core', 'Y', 'People', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (7, 'Markbook', 'A system for keeping track of marks.', 'markbook_view.php', 'Core', 'Y', 'Assess', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (8, 'Messenger', 'Unified messenger for email, message wall and more.', 'messenger_manage.php', 'Core', 'Y', 'Other', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (9, 'Finance', 'Allows a school to issue invoices and track payments.', 'invoices_manage.php', 'Core', 'Y', 'Other', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (10, 'Individual Needs', 'Individual needs tracking and IEPs.', 'in_view.php', 'Core', 'Y', 'Learn', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (11, 'Reports', 'Report writing and generation.', 'reports_generate.php', 'Core', 'Y', 'Assess', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (12, 'Admissions', 'Student admissions.', 'applicationForm_manage.php', 'Core', 'Y', 'People', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (13, 'Help Desk', 'A virtual help desk for IT and facilities issues.', 'issues_view.php', 'Additional', 'Y', 'Other', '2.1.03', 'Ray Clark, Ashton Power & Adrian Doyle', 'https://github.com/GibbonEdu/module-helpDesk'),
  (14, 'Library', 'Catalogue and loan management.', 'library_manage_catalog.php', 'Core', 'Y', 'Learn', '26.0.00', 'Ross Parker', 'https://gibbonedu.org'),
  (15, 'Free Learning', 'Inquiry-based, self-directed learning units.', 'library.php', 'Additional', 'N', 'Learn', '5.23.02', 'Ross Parker', 'https://gibbonedu.org');

CREATE TABLE "gibbonMessenger" ("gibbonMessengerID" integer PRIMARY KEY, "gibbonSchoolYearID" integer, "messageWall" char(1) NOT NULL DEFAULT 'N', "messageWallPin" char(1) NOT NULL DEFAULT 'N',
  "messageWall_date1" date, email char(1) NOT NULL DEFAULT 'N', "emailReceipt" char(1) NOT NULL DEFAULT 'N', "emailReceiptText" text, sms char(1) NOT NULL DEFAULT 'N',
  subject varchar(60) NOT NULL, body text NOT NULL, "gibbonPersonID" integer NOT NULL, timestamp timestamp, status varchar(9) NOT NULL DEFAULT 'Sent' CHECK (status IN ('Draft', 'Scheduled', 'Sent')),
  confidential char(1) NOT NULL DEFAULT 'N');
INSERT INTO "gibbonMessenger"
SELECT k, 25, CASE WHEN k % 3 = 0 THEN 'Y' ELSE 'N' END, CASE WHEN k % 17 = 0 THEN 'Y' ELSE 'N' END, CASE WHEN k % 3 = 0 THEN date '2024-08-20' + k * 2 END, 'Y',
  CASE WHEN k % 4 = 0 THEN 'Y' ELSE 'N' END, CASE WHEN k % 4 = 0 THEN 'By clicking on this link I confirm that I have read, and agree to, the text contained within this email, and give consent for my child to participate.' END,
  CASE WHEN m.kind = 'urgent' THEN 'Y' ELSE 'N' END, m.subject, m.body, m.sender, timestamp '2024-08-20 07:30' + make_interval(days => k * 2, mins => fixture_gen.n('mst', k, 600)),
  CASE WHEN k > 78 THEN 'Draft' ELSE 'Sent' END, CASE WHEN m.kind = 'private' THEN 'Y' ELSE 'N' END
FROM generate_series(1, 80) k,
  LATERAL (SELECT s.fn, s.last, s.i FROM (SELECT coalesce(p.english, p.first) AS fn, p.last, p.i FROM pgen.p p WHERE p.i = 101 + fixture_gen.n('msgs', k, 292)) s) st,
  LATERAL (SELECT * FROM (VALUES
    ('bulletin', 'Weekly Bulletin – Week ' || k, '<p>Dear Parents,</p><p>Please note that Sports Day has moved to Friday 15 November at Aberdeen Sports Ground. Buses leave at 8:15.</p><p>Best wishes,<br>Siobhan Fletcher<br>Head of School</p>', 1),
    ('trip', 'Year 6 Trip to Lamma Island', '<p>Dear Year 6 families,</p><p>Our field trip to Lamma Island takes place on Thursday. Please send a hat, water bottle and packed lunch. The cost of HK$250 will be added to your next invoice.</p>', 5 + k % 50),
    ('urgent', 'Typhoon Signal No. 8 – School Closed', '<p>The Hong Kong Observatory has issued Typhoon Signal No. 8. School is closed today. Online learning via Google Classroom from 10:00.</p>', 2),
    ('private', 'Regarding ' || st.fn || ' – follow-up', '<p>Dear Mr. and Mrs. ' || st.last || ',</p><p>Thank you for meeting with me on Tuesday about ' || st.fn || '''s recent behaviour and the incident with another student. As agreed, ' || st.fn
       || ' will see the counsellor weekly and we will review in three weeks. Please call me on 2812 4457 if anything changes at home.</p><p>Kind regards,<br>Rajesh Menon</p>', 3),
    ('health', 'Hand, Foot and Mouth Disease in Reception', '<p>A case of hand, foot and mouth disease has been confirmed in Reception B. Please keep children with fever or blisters at home.</p><p>Maria Villanueva, School Nurse (nurse@harbourcrest.edu.hk)</p>', 4)
   ) v(kind, subject, body, sender) OFFSET fixture_gen.n('mkind', k, 5) LIMIT 1) m;

CREATE TABLE "gibbonMessengerReceipt" ("gibbonMessengerReceiptID" integer PRIMARY KEY, "gibbonMessengerID" integer NOT NULL, "gibbonPersonID" integer, "targetType" varchar(16) NOT NULL,
  "targetID" varchar(30) NOT NULL, "contactType" varchar(5) CHECK ("contactType" IN ('Email', 'SMS')), "contactDetail" text, key varchar(40) NOT NULL, confirmed char(1),
  "confirmedTimestamp" timestamp, sent char(1) NOT NULL DEFAULT 'N');
INSERT INTO "gibbonMessengerReceipt"
SELECT row_number() OVER (ORDER BY m."gibbonMessengerID", p.i), m."gibbonMessengerID", p.i, CASE WHEN m."gibbonMessengerID" % 2 = 0 THEN 'Year Group' ELSE 'Individuals' END,
  CASE WHEN m."gibbonMessengerID" % 2 = 0 THEN lpad((1 + m."gibbonMessengerID" % 14)::text, 3, '0') ELSE lpad(p.i::text, 10, '0') END,
  CASE WHEN m.sms = 'Y' AND p.i % 2 = 0 THEN 'SMS' ELSE 'Email' END,
  CASE WHEN m.sms = 'Y' AND p.i % 2 = 0 THEN '852' || replace(p.phone, ' ', '') ELSE p.email END,
  fixture_gen.hexn('mrk', m."gibbonMessengerID" * 1000 + p.i, 40),
  CASE WHEN m."emailReceipt" = 'Y' THEN CASE WHEN fixture_gen.n('mrc', p.i, 3) > 0 THEN 'Y' ELSE 'N' END END,
  CASE WHEN m."emailReceipt" = 'Y' AND fixture_gen.n('mrc', p.i, 3) > 0 THEN m.timestamp + make_interval(mins => 5 + fixture_gen.n('mrct', p.i, 3000)) END,
  CASE WHEN m.status = 'Sent' THEN 'Y' ELSE 'N' END
FROM "gibbonMessenger" m JOIN pgen.p p ON p.kind = 'parent' AND p.i % 40 = m."gibbonMessengerID" % 40 AND p.phone NOT LIKE '+%';

CREATE TABLE "gibbonNotification" ("gibbonNotificationID" integer PRIMARY KEY, "gibbonPersonID" integer NOT NULL, status varchar(8) NOT NULL DEFAULT 'New' CHECK (status IN ('New', 'Archived')),
  "gibbonModuleID" integer, count integer NOT NULL DEFAULT 1, text text NOT NULL, "actionLink" varchar(255) NOT NULL, timestamp timestamp NOT NULL);
INSERT INTO "gibbonNotification"
SELECT k, CASE WHEN k % 3 = 0 THEN 500 + 2 * s.f - 1 ELSE 5 + k % 50 END, CASE WHEN k % 4 = 0 THEN 'New' ELSE 'Archived' END, n.mod, 1 + k % 3 / 2,
  replace(replace(n.txt, '{s}', s.fn || ' ' || s.last), '{c}', 'Y' || fixture_gen.n('yg', s.i, 14) || CASE WHEN s.i % 2 = 0 THEN 'B' ELSE 'A' END), n.link || s.i,
  pgen.at('nts', k, '2024-08-20', '2025-03-14')
FROM generate_series(1, 240) k,
  LATERAL (SELECT p.i, p.f, coalesce(p.english, p.first) AS fn, p.last FROM pgen.p p WHERE p.i = 101 + fixture_gen.n('nst', k, 292)) s,
  LATERAL (SELECT * FROM (VALUES (5, 'Negative behaviour recorded for {s} ({c}).', '/index.php?q=/modules/Behaviour/behaviour_view_details.php&gibbonPersonID='),
    (6, '{s} ({c}) has been marked Absent.', '/index.php?q=/modules/Attendance/attendance_take_byPerson.php&gibbonPersonID='),
    (4, 'Medical record updated for {s}.', '/index.php?q=/modules/Students/student_view_details.php&subpage=Medical&gibbonPersonID='),
    (12, 'A new application form has been submitted for {s}.', '/index.php?q=/modules/Admissions/applications_manage_edit.php&gibbonPersonID=')) v(mod, txt, link)
    OFFSET fixture_gen.n('ntype', k, 4) LIMIT 1) n;

CREATE TABLE "gibbonLog" ("gibbonLogID" integer PRIMARY KEY, "gibbonModuleID" integer, "gibbonPersonID" integer, "gibbonSchoolYearID" integer, timestamp timestamp NOT NULL,
  title varchar(50) NOT NULL, "serialisedArray" text, ip varchar(15));
CREATE FUNCTION pgen.ser(kv text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || (cardinality(kv) / 2) || ':{' || string_agg('s:' || octet_length(kv[2 * j - 1]) || ':"' || kv[2 * j - 1] || '";s:' || octet_length(kv[2 * j]) || ':"' || kv[2 * j] || '";', '' ORDER BY j) || '}'
  FROM generate_series(1, cardinality(kv) / 2) j
$$;
INSERT INTO "gibbonLog"
SELECT k, CASE l.t WHEN 'Login - Success' THEN NULL WHEN 'Login - Failed' THEN NULL WHEN 'Medical Record Updated' THEN 4 WHEN 'Behaviour Record Created' THEN 5 WHEN 'Email Send Status' THEN 8 ELSE 3 END,
  CASE WHEN l.t = 'Login - Failed' THEN NULL ELSE gp."gibbonPersonID" END, 25, pgen.at('lgt', k, '2024-08-14', '2025-03-14'), l.t,
  CASE l.t
    WHEN 'Login - Success' THEN pgen.ser(ARRAY['username', gp.username])
    WHEN 'Login - Failed' THEN pgen.ser(ARRAY['username', CASE WHEN k % 5 = 0 THEN gp.email WHEN k % 7 = 0 THEN upper(gp.username) ELSE gp.username END, 'reason', CASE WHEN k % 3 = 0 THEN 'Too many failed logins' ELSE 'Incorrect password' END])
    WHEN 'Medical Record Updated' THEN pgen.ser(ARRAY['gibbonPersonID', lpad(st."gibbonPersonID"::text, 10, '0'), 'name', st."preferredName" || ' ' || st.surname, 'comment', 'EpiPen expires 03/2025; new one requested from Mrs. ' || st.surname])
    WHEN 'Behaviour Record Created' THEN pgen.ser(ARRAY['gibbonBehaviourID', lpad((1 + k % 360)::text, 12, '0'), 'gibbonPersonID', lpad(st."gibbonPersonID"::text, 10, '0')])
    WHEN 'Email Send Status' THEN pgen.ser(ARRAY['recipients', par.email || ', ' || par2.email, 'subject', 'Weekly Bulletin', 'status', CASE WHEN k % 9 = 0 THEN 'SMTP Error: Could not authenticate.' ELSE 'Sent' END])
    ELSE pgen.ser(ARRAY['gibbonPersonID', lpad(par."gibbonPersonID"::text, 10, '0'), 'email', par.email, 'phone1', par.phone1, 'address1', par.address1]) END,
  fixture_gen.ipv4('lgip', k)
FROM generate_series(1, 400) k
  CROSS JOIN LATERAL (SELECT (ARRAY['Login - Success', 'Login - Success', 'Login - Success', 'Login - Failed', 'Medical Record Updated', 'Behaviour Record Created', 'Email Send Status', 'Personal Data Updated'])[1 + fixture_gen.n('lgty', k, 8)] AS t) l
  JOIN "gibbonPerson" gp ON gp."gibbonPersonID" = CASE WHEN k % 2 = 0 THEN 501 + fixture_gen.n('lgp', k, 400) ELSE 1 + fixture_gen.n('lgs', k, 57) END
  JOIN "gibbonPerson" st ON st."gibbonPersonID" = 101 + fixture_gen.n('lgst', k, 292)
  JOIN "gibbonPerson" par ON par."gibbonPersonID" = 501 + fixture_gen.n('lgpa', k, 400)
  JOIN "gibbonPerson" par2 ON par2."gibbonPersonID" = 501 + fixture_gen.n('lgpb', k, 400);

CREATE TABLE "gibbonSession" ("gibbonSessionID" varchar(255) PRIMARY KEY, "gibbonPersonID" integer, "gibbonActionID" integer, "sessionStatus" varchar(255), "sessionData" text,
  "timestampCreated" timestamp, "timestampModified" timestamp);
INSERT INTO "gibbonSession"
SELECT fixture_gen.chars('sid', k, 26, 'abcdefghijklmnopqrstuv0123456789'), CASE WHEN k % 6 = 0 THEN NULL ELSE gp."gibbonPersonID" END, CASE WHEN k % 6 = 0 THEN NULL ELSE 10 + k % 40 END,
  CASE WHEN k % 6 = 0 THEN NULL WHEN k % 11 = 0 THEN 'Pending MFA' ELSE 'Logged In' END,
  CASE WHEN k % 6 = 0 THEN 'gibbon_' || fixture_gen.hexn('guid', 1, 10) || '|a:2:{s:8:"absoluteURL";s:34:"https://portal.harbourcrest.edu.hk";s:9:"pageTitle";s:5:"Login";}'
       ELSE 'gibbon_' || fixture_gen.hexn('guid', 1, 10) || '|' || pgen.ser(ARRAY['username', gp.username, 'gibbonPersonID', lpad(gp."gibbonPersonID"::text, 10, '0'), 'surname', gp.surname,
         'preferredName', gp."preferredName", 'email', coalesce(gp.email, ''), 'gibbonRoleIDPrimary', lpad(gp."gibbonRoleIDPrimary"::text, 3, '0'), 'csrfToken', fixture_gen.hexn('csrf', k, 64),
         'googleAPIAccessToken', CASE WHEN gp."googleAPIRefreshToken" IS NOT NULL THEN 'ya29.a0' || pgen.rnd('gat', k, 120) ELSE '' END]) END,
  pgen.at('sc', k, '2025-03-13', '2025-03-14 12:00'), pgen.at('sc', k, '2025-03-13', '2025-03-14 12:00') + make_interval(mins => fixture_gen.n('sm', k, 300))
FROM generate_series(1, 90) k JOIN "gibbonPerson" gp ON gp."gibbonPersonID" = CASE WHEN k % 3 = 0 THEN 1 + fixture_gen.n('ssp', k, 57) ELSE 501 + fixture_gen.n('ssp', k, 400) END;

CREATE TABLE "gibbonPersonReset" ("gibbonPersonResetID" integer PRIMARY KEY, "gibbonPersonID" integer NOT NULL, key varchar(40) NOT NULL, timestamp timestamp);
INSERT INTO "gibbonPersonReset" SELECT k, 501 + fixture_gen.n('rst', k, 400), fixture_gen.chars('rsk', k, 40), pgen.at('rsts', k, '2025-02-01', '2025-03-14') FROM generate_series(1, 45) k;

-- ---------------------------------------------------------------------------
-- Finance: invoicees, invoices, online payments.

CREATE TABLE "gibbonFinanceInvoicee" ("gibbonFinanceInvoiceeID" integer PRIMARY KEY, "gibbonPersonID" integer NOT NULL UNIQUE, "invoiceTo" varchar(7) NOT NULL CHECK ("invoiceTo" IN ('Family', 'Company')),
  "companyName" varchar(100), "companyContact" varchar(100), "companyAddress" varchar(255), "companyEmail" text, "companyCCFamily" char(1), "companyPhone" varchar(20), "companyAll" char(1));
INSERT INTO "gibbonFinanceInvoicee"
SELECT p.i - 100, p.i, CASE WHEN p.f % 5 = 0 THEN 'Company' ELSE 'Family' END,
  CASE WHEN p.f % 5 = 0 THEN fixture_gen.pick(ARRAY['HSBC Holdings plc', 'Goldman Sachs (Asia) LLC', 'Consulate General of France in Hong Kong', 'Mitsubishi Corporation (Hong Kong) Ltd', 'Samsung Electronics HK Co. Ltd'], 'icn', p.f) END,
  CASE WHEN p.f % 5 = 0 THEN fixture_gen.pick(ARRAY['Grace Leung (Mobility)', 'HR Shared Services', 'Amélie Fontaine', 'Kenji Morita, Global Mobility', 'Accounts Payable'], 'icc', p.f) END,
  CASE WHEN p.f % 5 = 0 THEN fixture_gen.pick(ARRAY['1 Queen''s Road Central, Hong Kong', '68/F Cheung Kong Center, 2 Queen''s Road Central', '25/F Admiralty Centre Tower 2, 18 Harcourt Road', '33/F Lee Garden One, 33 Hysan Avenue, Causeway Bay'], 'ica', p.f) END,
  CASE WHEN p.f % 5 = 0 THEN fixture_gen.pick(ARRAY['mobility.hk@hsbc.example', 'ap-asia@gs.example', 'amelie.fontaine@diplomatie.example', 'k.morita@mitsubishicorp.example', 'payables.hk@samsung.example'], 'ice', p.f) END,
  CASE WHEN p.f % 5 = 0 THEN 'Y' END, CASE WHEN p.f % 5 = 0 THEN '2' || fixture_gen.digits('icp', p.f, 3) || ' ' || fixture_gen.digits('icp2', p.f, 4) END,
  CASE WHEN p.f % 5 = 0 THEN CASE WHEN p.f % 2 = 0 THEN 'Y' ELSE 'N' END END
FROM pgen.p p WHERE p.kind = 'student' ORDER BY p.i;

CREATE TABLE "gibbonPayment" ("gibbonPaymentID" integer PRIMARY KEY, "foreignTable" varchar(50) NOT NULL, "foreignTableID" integer NOT NULL, "gibbonPersonID" integer,
  type varchar(16) NOT NULL CHECK (type IN ('Online', 'Bank Transfer', 'Cash', 'Cheque', 'Other', 'Credit Card')), status varchar(8) NOT NULL CHECK (status IN ('Complete', 'Partial', 'Final', 'Failure')),
  amount numeric(13, 2) NOT NULL, gateway varchar(8), "onlineTransactionStatus" varchar(8), "paymentToken" varchar(50), "paymentPayerID" varchar(50), "paymentTransactionID" varchar(50), timestamp timestamp);

CREATE TABLE "gibbonFinanceInvoice" ("gibbonFinanceInvoiceID" integer PRIMARY KEY, "gibbonSchoolYearID" integer NOT NULL, "gibbonFinanceInvoiceeID" integer NOT NULL, "invoiceTo" varchar(7) NOT NULL,
  "billingScheduleType" varchar(12) NOT NULL, status varchar(16) NOT NULL CHECK (status IN ('Pending', 'Issued', 'Paid', 'Paid - Partial', 'Cancelled', 'Refunded')),
  "gibbonFinanceFeeCategoryIDList" text, "invoiceIssueDate" date, "invoiceDueDate" date, "paidDate" date, "paidAmount" numeric(13, 2), "gibbonPaymentID" integer, "reminderCount" integer NOT NULL DEFAULT 0,
  notes text, key varchar(40) NOT NULL, "gibbonPersonIDCreator" integer NOT NULL, "timestampCreator" timestamp, "timestampUpdate" timestamp);
INSERT INTO "gibbonFinanceInvoice"
SELECT row_number() OVER (ORDER BY t.term, i."gibbonFinanceInvoiceeID"), 25, i."gibbonFinanceInvoiceeID", i."invoiceTo", 'Scheduled', st.s, '0001,0002' || CASE WHEN i."gibbonFinanceInvoiceeID" % 4 = 0 THEN ',0004' ELSE '' END,
  t.issue, t.issue + 30, CASE WHEN st.s IN ('Paid', 'Paid - Partial') THEN t.issue + fixture_gen.n('ipd', i."gibbonFinanceInvoiceeID" * 10 + t.term, 40) END,
  CASE WHEN st.s = 'Paid' THEN 98500.00 WHEN st.s = 'Paid - Partial' THEN 50000.00 END, NULL, CASE WHEN st.s = 'Issued' THEN 1 + i."gibbonFinanceInvoiceeID" % 3 ELSE 0 END,
  CASE WHEN i."gibbonFinanceInvoiceeID" % 11 = 0 THEN fixture_gen.pick(ARRAY['Sibling discount 10% applied (see ' || pgen.fn(i."gibbonPersonID" + 200) || ').',
       'Father lost his job in October; payment plan agreed with the bursar, 4 instalments.', 'Company pays tuition only; bus fee to family.', 'Debenture holder – capital levy waived.'], 'inote', i."gibbonFinanceInvoiceeID") END,
  fixture_gen.chars('ikey', i."gibbonFinanceInvoiceeID" * 10 + t.term, 40), 2, t.issue - 3 + time '10:00', t.issue + time '10:00' + interval '35 days'
FROM "gibbonFinanceInvoicee" i, (VALUES (1, date '2024-07-15'), (2, date '2024-12-01')) t(term, issue),
  LATERAL (SELECT CASE WHEN t.term = 1 THEN CASE WHEN i."gibbonFinanceInvoiceeID" % 19 = 0 THEN 'Paid - Partial' ELSE 'Paid' END
                       ELSE (ARRAY['Paid', 'Paid', 'Issued', 'Paid', 'Paid - Partial', 'Issued', 'Cancelled'])[1 + fixture_gen.n('ist', i."gibbonFinanceInvoiceeID", 7)] END AS s) st;

INSERT INTO "gibbonPayment"
SELECT row_number() OVER (ORDER BY fi."gibbonFinanceInvoiceID"), 'gibbonFinanceInvoice', fi."gibbonFinanceInvoiceID", CASE WHEN g.gw IS NOT NULL THEN 500 + 2 * ((fi."gibbonFinanceInvoiceeID" - 1) % 200) + 1 END,
  CASE WHEN g.gw IS NOT NULL THEN 'Online' ELSE 'Bank Transfer' END, CASE WHEN fi.status = 'Paid' THEN 'Complete' ELSE 'Partial' END, fi."paidAmount", g.gw,
  CASE WHEN g.gw IS NOT NULL THEN 'Success' END,
  CASE g.gw WHEN 'PayPal' THEN 'EC-' || upper(fixture_gen.chars('ppt', fi."gibbonFinanceInvoiceID", 17)) WHEN 'Stripe' THEN 'cs_live_' || pgen.rnd('cst', fi."gibbonFinanceInvoiceID", 40) END,
  CASE g.gw WHEN 'PayPal' THEN upper(fixture_gen.chars('ppp', fi."gibbonFinanceInvoiceeID", 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')) WHEN 'Stripe' THEN 'cus_' || pgen.rnd('cus', fi."gibbonFinanceInvoiceeID", 14) END,
  CASE g.gw WHEN 'PayPal' THEN upper(fixture_gen.chars('ppx', fi."gibbonFinanceInvoiceID", 17, '0123456789ABCDEFGHJKLMNPRSTUVWXY')) WHEN 'Stripe' THEN 'pi_3' || pgen.rnd('pi', fi."gibbonFinanceInvoiceID", 23)
       ELSE 'HSBC-' || fixture_gen.digits('btx', fi."gibbonFinanceInvoiceID", 10) END,
  fi."paidDate" + time '14:00' + make_interval(mins => fixture_gen.n('pyt', fi."gibbonFinanceInvoiceID", 400))
FROM "gibbonFinanceInvoice" fi, LATERAL (SELECT (ARRAY['PayPal', 'Stripe', NULL, NULL])[1 + fixture_gen.n('gw', fi."gibbonFinanceInvoiceID", 4)] AS gw) g
WHERE fi.status IN ('Paid', 'Paid - Partial');
UPDATE "gibbonFinanceInvoice" fi SET "gibbonPaymentID" = p."gibbonPaymentID" FROM "gibbonPayment" p WHERE p."foreignTableID" = fi."gibbonFinanceInvoiceID";

-- ---------------------------------------------------------------------------
-- Admissions: application forms with both parents' details.

CREATE TABLE "gibbonApplicationForm" ("gibbonApplicationFormID" integer PRIMARY KEY, "gibbonApplicationFormHash" varchar(40), surname varchar(60) NOT NULL, "firstName" varchar(60) NOT NULL,
  "preferredName" varchar(60) NOT NULL, "officialName" varchar(150) NOT NULL, "nameInCharacters" varchar(60) NOT NULL, gender varchar(12) NOT NULL,
  status varchar(12) NOT NULL DEFAULT 'Pending' CHECK (status IN ('Pending', 'Waiting List', 'Accepted', 'Rejected', 'Withdrawn')), dob date, email varchar(75), phone1 varchar(20),
  "homeAddress" text, "homeAddressDistrict" varchar(255), "homeAddressCountry" varchar(255), "countryOfBirth" varchar(30), citizenship1 varchar(255), "citizenship1Passport" varchar(30),
  "nationalIDCardNumber" varchar(30), "residencyStatus" varchar(255), "languageHomePrimary" varchar(30), "gibbonSchoolYearIDEntry" integer NOT NULL, "gibbonYearGroupIDEntry" integer NOT NULL,
  "dateStart" date, priority integer NOT NULL DEFAULT 0, milestones text NOT NULL DEFAULT '', "schoolName1" varchar(50), "schoolAddress1" varchar(255), "schoolGrades1" varchar(20), "schoolDate1" date,
  "siblingName1" varchar(50), "siblingDOB1" date, "medicalInformation" text, sen char(1), "senDetails" text, "gibbonFamilyID" integer, "parent1gibbonPersonID" integer,
  parent1title varchar(5), parent1surname varchar(60), "parent1firstName" varchar(60), parent1relationship varchar(50), parent1email varchar(75), parent1phone1 varchar(20),
  parent1profession varchar(90), parent1employer varchar(90), parent2surname varchar(60), "parent2firstName" varchar(60), parent2relationship varchar(50), parent2email varchar(75),
  parent2phone1 varchar(20), parent2employer varchar(90), "howDidYouHear" varchar(255), "howDidYouHearMore" varchar(255), notes text NOT NULL DEFAULT '', agreement char(1),
  timestamp timestamp, fields text);
CREATE TABLE pgen.app AS
SELECT k, cu.c, cu.country, cu.lang, cu.lasts[1 + fixture_gen.n('al', k, 8)] AS last, cu.lastsn[1 + fixture_gen.n('al', k, 8)] AS lastn, 1 + fixture_gen.n('af', k, 6) AS fk,
  cu.firsts, cu.firstsn, cu.genders, cu.english, cu.domains, cu.lasts[1 + (fixture_gen.n('al', k, 8) + 3) % 8] AS mlast,
  cu.firsts[1 + 2 * fixture_gen.n('afa', k, 3)] AS fa, cu.firsts[2 + 2 * fixture_gen.n('amo', k, 3)] AS mo
FROM generate_series(1, 150) k JOIN pgen.cu cu ON cu.c = fixture_gen.pick(ARRAY['hk', 'hk', 'cn', 'cn', 'cn', 'jp', 'kr', 'gb', 'us', 'au', 'in', 'fr', 'de', 'ph', 'ae', 'ru'], 'apc', k);
INSERT INTO "gibbonApplicationForm"
SELECT a.k, fixture_gen.hexn('afh', a.k, 40), a.last, coalesce(a.english[a.fk] || ' ', '') || a.firsts[a.fk], coalesce(a.english[a.fk], a.firsts[a.fk]),
  CASE WHEN a.c IN ('hk', 'cn', 'jp', 'kr') THEN upper(a.last) || ' ' || a.firsts[a.fk] ELSE a.firsts[a.fk] || ' ' || a.last END,
  CASE WHEN a.c IN ('hk', 'cn', 'jp', 'kr') THEN a.lastn || a.firstsn[a.fk] WHEN a.c IN ('ae', 'ru') THEN a.firstsn[a.fk] || ' ' || a.lastn ELSE '' END,
  a.genders[a.fk], (ARRAY['Pending', 'Pending', 'Waiting List', 'Accepted', 'Accepted', 'Rejected', 'Withdrawn'])[1 + fixture_gen.n('ast', a.k, 7)],
  date '2010-01-01' + fixture_gen.n('adob', a.k, 365 * 14), CASE WHEN a.k % 4 = 0 THEN pgen.fold(coalesce(a.english[a.fk], a.firsts[a.fk])) || '.' || pgen.fold(a.last) || '@gmail.com' END,
  CASE WHEN a.k % 4 = 0 THEN pgen.hkphone('aph', a.k) END,
  CASE WHEN a.k % 3 = 0 THEN fixture_gen.street('aad', a.k) || ', ' || fixture_gen.city('aac', a.k) ELSE pgen.hkaddr('aad', a.k) END,
  CASE WHEN a.k % 3 = 0 THEN fixture_gen.city('aac', a.k) ELSE 'Southern' END, CASE WHEN a.k % 3 = 0 THEN a.country ELSE 'Hong Kong' END,
  a.country, a.country, upper(fixture_gen.chars('app', a.k, 1, 'EGKMPST')) || fixture_gen.digits('app', a.k, 8), CASE WHEN a.c IN ('hk', 'cn') THEN pgen.hkid('ahk', a.k) ELSE '' END,
  CASE WHEN a.c = 'hk' THEN 'Permanent Resident' WHEN a.k % 3 = 0 THEN 'Awaiting dependant visa' ELSE 'Dependant Visa' END, a.lang, 26, 1 + fixture_gen.n('ayg', a.k, 14),
  date '2025-08-13' + CASE WHEN a.k % 6 = 0 THEN 140 ELSE 0 END, fixture_gen.n('apr', a.k, 3),
  CASE WHEN a.k % 2 = 0 THEN 'Documents Received,Assessment Booked' || CASE WHEN a.k % 4 = 0 THEN ',Interview Completed' ELSE '' END ELSE '' END,
  fixture_gen.pick(ARRAY['Shanghai United International School', 'Seoul Foreign School', 'Dulwich College Beijing', 'Canadian Academy Kobe', 'St. Paul''s Co-educational College', 'Lycée Français International', 'King''s College School', 'Dubai American Academy', 'Anglo-Chinese School (Singapore)'], 'asn', a.k),
  fixture_gen.pick(ARRAY['Puxi Campus, Shanghai', '55 Yonsei-ro 7-gil, Seodaemun-gu, Seoul', 'Beijing Shunyi District', 'Kobe, Hyogo', '33 MacDonnell Road, Mid-Levels', 'Wimbledon, London', 'Al Barsha, Dubai'], 'asa', a.k),
  'Grade ' || (1 + fixture_gen.n('asg', a.k, 10)), date '2018-08-20' + 365 * fixture_gen.n('asd', a.k, 6),
  CASE WHEN a.k % 3 = 0 THEN coalesce(a.english[1 + (a.fk % 6)], a.firsts[1 + (a.fk % 6)]) || ' ' || a.last END, CASE WHEN a.k % 3 = 0 THEN date '2008-01-01' + fixture_gen.n('asb', a.k, 365 * 16) END,
  CASE WHEN a.k % 5 = 0 THEN fixture_gen.pick(ARRAY['Severe peanut allergy, carries EpiPen.', 'Asthma, uses inhaler before sport.', 'Hearing loss in left ear, wears hearing aid.', 'Had open-heart surgery as an infant; cleared for all activities by cardiologist Dr. Chow.'], 'ami', a.k) ELSE '' END,
  CASE WHEN a.k % 7 = 0 THEN 'Y' ELSE 'N' END,
  CASE WHEN a.k % 7 = 0 THEN fixture_gen.pick(ARRAY['Diagnosed with dyslexia (report from Dr. Emily Tse attached). Receives 25% extra time.', 'Autism spectrum (ASD level 1); had a shadow teacher at previous school.', 'Speech and language delay, weekly therapy in Seoul.'], 'asen', a.k) ELSE '' END,
  CASE WHEN a.k % 10 = 0 THEN 1 + a.k % 200 END, CASE WHEN a.k % 10 = 0 THEN 501 + 2 * (a.k % 200) END,
  'Mr.', a.last, a.fa, 'Father', pgen.fold(a.fa) || '.' || pgen.fold(a.last) || (a.k % 50) || '@' || a.domains[1], CASE WHEN a.k % 2 = 0 THEN pgen.hkphone('ap1', a.k) ELSE fixture_gen.phone('ap1', a.k) END,
  fixture_gen.pick(ARRAY['Banker', 'Engineer', 'Diplomat', 'Surgeon', 'Entrepreneur', 'Lawyer'], 'ap1p', a.k), fixture_gen.pick(ARRAY['UBS', 'Huawei', 'Ministry of Foreign Affairs', 'Prince of Wales Hospital', 'Own company', 'Linklaters'], 'ap1e', a.k),
  CASE WHEN a.c IN ('hk', 'cn', 'kr') THEN a.mlast ELSE a.last END, a.mo, 'Mother',
  pgen.fold(a.mo) || '_' || pgen.fold(CASE WHEN a.c IN ('hk', 'cn', 'kr') THEN a.mlast ELSE a.last END) || '@' || a.domains[2], fixture_gen.phone('ap2', a.k),
  CASE WHEN a.k % 3 = 0 THEN fixture_gen.pick(ARRAY['Cathay Pacific', 'Self-employed', 'Hong Kong Polytechnic University'], 'ap2e', a.k) END,
  fixture_gen.pick(ARRAY['Friend or family', 'Website', 'Relocation agent', 'Google search', 'School fair'], 'ahh', a.k),
  CASE WHEN a.k % 4 = 0 THEN fixture_gen.pick(ARRAY['Recommended by the Kim family (Year 3)', 'Santa Fe Relocation, consultant Ms. Joanna Ip', 'Colleague at HSBC, Marcus Lau', 'Open day in October'], 'ahm', a.k) ELSE '' END,
  CASE WHEN a.k % 6 = 0 THEN fixture_gen.pick(ARRAY['Family relocating from Shanghai in July; father starts at UBS on 1 Aug.', 'Parents separated; mother has sole custody (court papers requested).',
      'Debenture holder (corporate, HSBC).', 'Assessment: strong maths, EAL support needed. Interviewed by Rajesh.', 'Sibling already at HCIS (Year 5).'], 'ano', a.k) ELSE '' END,
  'Y', pgen.at('ats', a.k, '2024-09-01', '2025-03-10'),
  jsonb_build_object('030', CASE WHEN a.k % 2 = 0 THEN 'Yes' ELSE 'No' END, '031', CASE WHEN a.k % 5 = 0 THEN 'Octopus: ' || fixture_gen.digits('aoc', a.k, 8) ELSE '' END)::text
FROM pgen.app a ORDER BY a.k;

-- ---------------------------------------------------------------------------
-- gibbonSetting: scope/name/value rows, UI settings beside credentials.

CREATE TABLE "gibbonSetting" ("gibbonSettingID" integer PRIMARY KEY, scope varchar(50) NOT NULL, name varchar(50) NOT NULL, "nameDisplay" varchar(60) NOT NULL, description text NOT NULL, value text NOT NULL,
  UNIQUE (scope, name));
INSERT INTO "gibbonSetting" SELECT row_number() OVER (), s, n, d, dd, v FROM (VALUES
  ('System', 'absoluteURL', 'Base URL', 'The address at which the whole system can be reached.', 'https://portal.harbourcrest.edu.hk'),
  ('System', 'absolutePath', 'Base Path', 'The local FS path to the system.', '/var/www/gibbon'),
  ('System', 'systemName', 'System Name', 'Name of the system.', 'Harbour Crest Portal'),
  ('System', 'organisationName', 'Organisation Name', '', 'Harbour Crest International School'),
  ('System', 'organisationNameShort', 'Organisation Initials', '', 'HCIS'),
  ('System', 'organisationEmail', 'Organisation Email', 'General email address for the school.', 'office@harbourcrest.edu.hk'),
  ('System', 'organisationAdministrator', 'System Administrator', 'The staff member who receives notifications for system events.', '0000000002'),
  ('System', 'organisationDBA', 'Database Administrator', 'The staff member who receives notifications for data events.', '0000000002'),
  ('System', 'organisationAdmissions', 'Admissions Administrator', 'The staff member who receives notifications for admissions events.', '0000000002'),
  ('System', 'timezone', 'Timezone', 'The timezone where the school is located.', 'Asia/Hong_Kong'),
  ('System', 'country', 'Country', 'The country the school is located in.', 'Hong Kong'),
  ('System', 'currency', 'Currency', 'System-wide currency for financial transactions.', 'HKD $'),
  ('System', 'installType', 'Install Type', 'The purpose of this installation of Gibbon.', 'Production'),
  ('System', 'passwordPolicyMinLength', 'Password - Minimum Length', '', '10'),
  ('System', 'sessionDuration', 'Session Duration', 'Time, in seconds, before system logs a user out.', '1800'),
  ('System', 'googleOAuth', 'Integrate With Google', 'Enable Gibbon-wide integration with the Google APIs?', 'Y'),
  ('System', 'googleClientName', 'Google Developers Client Name', '', 'Harbour Crest Portal'),
  ('System', 'googleClientID', 'Google Developers Client ID', '', '@@gcid@@'),
  ('System', 'googleClientSecret', 'Google Developers Client Secret', '', '@@gcsec@@'),
  ('System', 'googleDeveloperKey', 'Google Developers Developer Key', '', '@@gkey@@'),
  ('System', 'calendarFeed', 'School Google Calendar ID', 'Google Calendar ID for your school calendar.', 'harbourcrest.edu.hk_8f3kq1r2ab6c9d0e@group.calendar.google.com'),
  ('System', 'enableMailerSMTP', 'Enable SMTP Mail', 'Use SMTP for sending mail?', 'Y'),
  ('System', 'mailerSMTPHost', 'SMTP Host', '', 'smtp.office365.com'),
  ('System', 'mailerSMTPPort', 'SMTP Port', '', '587'),
  ('System', 'mailerSMTPSecure', 'SMTP Encryption', '', 'tls'),
  ('System', 'mailerSMTPUsername', 'SMTP Username', '', 'portal-mailer@harbourcrest.edu.hk'),
  ('System', 'mailerSMTPPassword', 'SMTP Password', '', '@@smtp@@'),
  ('Messenger', 'smsGateway', 'SMS Gateway', '', 'Twilio'),
  ('Messenger', 'smsSenderID', 'SMS Sender ID', '', 'HCIS'),
  ('Messenger', 'smsUsername', 'SMS Username', 'SMS gateway username / account SID.', '@@twsid@@'),
  ('Messenger', 'smsPassword', 'SMS Password', 'SMS gateway password / auth token.', '@@twtok@@'),
  ('Messenger', 'messageBubbleBGColor', 'Message Bubble Background Colour', '', 'rgba(0, 82, 155, 0.25)'),
  ('Finance', 'enablePayments', 'Enable Payments', '', 'Y'),
  ('Finance', 'paypalAPIUsername', 'PayPal API Username', '', 'payments_api1.harbourcrest.edu.hk'),
  ('Finance', 'paypalAPIPassword', 'PayPal API Password', '', '@@pppw@@'),
  ('Finance', 'paypalAPISignature', 'PayPal API Signature', '', '@@ppsig@@'),
  ('Finance', 'financeOnlinePaymentEnabled', 'Enable Online Payment', '', 'Y'),
  ('Finance', 'invoiceText', 'Invoice Text', '', '<p>Please pay by bank transfer to HSBC, account name Harbour Crest International School Ltd, account number 004-512-238811-001, quoting the invoice number.</p>'),
  ('Finance', 'invoiceNotes', 'Invoice Notes', '', 'Fees are non-refundable once the term has started. Queries: bursar@harbourcrest.edu.hk (Mr. Eric Yeung).'),
  ('Finance', 'email', 'Email', 'Email address to send finance emails from.', 'bursar@harbourcrest.edu.hk'),
  ('Students', 'privacy', 'Privacy', 'Should privacy options be turned on across the system?', 'Y'),
  ('Students', 'privacyOptions', 'Privacy Options', 'Comma-separated list of choices.', 'No photos on the public website,No name in yearbook,No social media'),
  ('Behaviour', 'positiveDescriptors', 'Positive Descriptors', '', 'Attitude to learning,Collaboration,Community service,Effort,Leadership'),
  ('Behaviour', 'negativeDescriptors', 'Negative Descriptors', '', 'Classroom disruption,Homework not submitted,Unkind behaviour,Uniform,Device misuse,Bullying,Dishonesty'),
  ('Application Form', 'introduction', 'Introduction', '', '<p>Thank you for your interest in Harbour Crest. Please complete all sections; our Admissions team will contact you within five working days.</p>'),
  ('Application Form', 'applicationFee', 'Application Fee', '', '2500'),
  ('Application Form', 'notificationParentsMessage', 'Parents Notification Message', '', 'Dear Parent, your application for {studentName} has been accepted. Welcome to Harbour Crest!'),
  ('School Admin', 'studentAgreementOptions', 'Student Agreement Options', '', 'IT Acceptable Use Policy,Student Code of Conduct'),
  ('Staff', 'biographicalGroupingOrder', 'Biographical Grouping Order', '', 'Leadership Team,Teaching Staff,Support Staff'),
  ('System', 'cuttingEdgeCode', 'Cutting Edge Code', '', 'N')) v(s, n, d, dd, v);
UPDATE "gibbonSetting" SET value = CASE value
    WHEN '@@gcid@@' THEN fixture_gen.digits('gcid', 1, 12) || '-' || fixture_gen.chars('gcid', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com'
    WHEN '@@gcsec@@' THEN 'GOCSPX-' || pgen.rnd('gcsec', 1, 28)
    WHEN '@@gkey@@' THEN 'AIza' || 'Sy' || pgen.rnd('gkey', 1, 33)
    WHEN '@@smtp@@' THEN pgen.rnd('smtp', 1, 10) || '#' || pgen.rnd('smtp2', 1, 6)
    WHEN '@@twsid@@' THEN 'AC' || fixture_gen.hexn('twsid', 1, 32)
    WHEN '@@twtok@@' THEN fixture_gen.hexn('twtok', 1, 32)
    WHEN '@@pppw@@' THEN upper(fixture_gen.chars('pppw', 1, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'))
    WHEN '@@ppsig@@' THEN 'A' || pgen.rnd('ppsig', 1, 55)
    ELSE value END WHERE value LIKE '@@%@@';

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
