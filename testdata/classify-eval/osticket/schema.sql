-- classify-eval fixture (HOLDOUT 66: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- osTicket 1.18 (1.18.1) help desk whose MySQL install schema was ported to
-- PostgreSQL in the naming its install SQL creates: ost_ prefixed tables,
-- lowercase snake_case and run-together columns (ipaddr, apikey, passwd,
-- lastlogin, phone_ext, est_duedate, isactive, ispublic), int(11) unsigned
-- as integer, tinyint(1) flags as smallint, datetime as timestamp without
-- time zone, longblob as bytea, MySQL enums as varchar with a CHECK, the
-- JSON osTicket keeps in text columns (extra, permissions, configuration,
-- properties, data, recipients, config) as text, and the __cdata tables
-- the dynamic forms materialise (ost_ticket__cdata, ost_user__cdata,
-- ost_organization__cdata) with the fields this desk added to them.
--
-- The data is the ICT and Estates help desk of Mlima University, a
-- (fictional) public university in Nyeri, Kenya, with a town campus in
-- Nairobi and a field station in Nanyuki. End users are students,
-- lecturers, administrative staff and outsiders (contractors, the county
-- hospital's placement office, visiting researchers, parents) of Kikuyu,
-- Luo, Kalenjin, Luhya, Kamba, Swahili-coast, Somali-Kenyan and Kenyan
-- Asian families and from Uganda, Tanzania, Ethiopia, Nigeria, India,
-- China, Germany, the Netherlands, Korea and the US, with university and
-- personal emails, Kenyan and foreign mobiles, student registration and
-- staff payroll numbers. Agents (ICT technicians, network and systems
-- engineers, eLearning staff, estates electricians and plumbers, hostel
-- custodians) have LDAP or local accounts with phpass bcrypt hashes,
-- signatures, desk extensions and mobiles. Tickets carry users' messages
-- and agents' replies (phones, hostel rooms and offices, registration
-- numbers, medical and compassionate leave with hospitals and doctors,
-- names of third parties), internal notes, thread events whose JSON keeps
-- agents' names and edited field values, raw email headers, collaborators,
-- the EAV of form answers, attachments whose names and bytes are scanned
-- letters and phone photos, drafts, user and organisation notes, tasks,
-- the PHP session store, system log lines with usernames, emails and IPs,
-- mail accounts (Microsoft 365 OAuth2 and IMAP), API keys of the ERP and
-- the monitoring server, filters whose rules match named people's
-- addresses, saved searches, and the ost_config key/value store, whose
-- values include encrypted mail credentials and LDAP bind passwords,
-- agents' two-factor seeds, and whose keys include password-reset tokens.
--
-- What I could not check: this is written from memory of the published
-- install-mysql.sql of 1.17/1.18, not against it. Column order, some
-- lengths and defaults, and a few columns may differ: in particular where
-- 1.17 keeps mail credentials (I recall ost_email_account holding only
-- host, port, protocol and the auth backend, with the username, password
-- and OAuth2 tokens encrypted in ost_config under an email.N.account.M
-- namespace), the exact JSON shapes of ost_thread_event.data and
-- ost_thread_entry.recipients, how the 2FA plugin stores an agent's
-- secret, and what ost_ticket.source_extra and ost_syslog.logger hold.
-- The encrypted values imitate osTicket's Crypto output ($2$ + base64);
-- they are random. ost_event (the lookup behind thread events), team
-- membership, department access, email templates, lists, schedules, roles,
-- FAQ categories and site pages are left out: a subset of 45 tables.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđœÁÉÍÓÚÖÜÇŞŁŚŻĐÓ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdoAEIOUOUCSLSZDO')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking base64 characters; lower: lower-case alphanumerics.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- at: a time between two instants (timestamp without time zone, as MySQL datetime).
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- phpass: the bcrypt hashes osTicket's PasswordHash writes (cost 8).
CREATE FUNCTION pgen.phpass(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2a' || '$08$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- enc: what osTicket's Crypto::encrypt leaves in a config value.
CREATE FUNCTION pgen.enc(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$' || '2$' || fixture_gen.b64(tag, i, len) $$;

-- Cultures: names, mail domains.
CREATE TABLE pgen.cu (c text PRIMARY KEY, firsts text[], lasts text[], domains text[], ke boolean);
INSERT INTO pgen.cu VALUES
 ('kik', ARRAY['Grace', 'Peter', 'Wanjiru', 'James', 'Mercy', 'Kamau', 'Faith', 'Njoroge', 'Esther', 'Joseph', 'Wambui', 'Samuel'],
         ARRAY['Mwangi', 'Kamau', 'Njoroge', 'Wanjiku', 'Kariuki', 'Gitau', 'Maina', 'Ndung''u', 'Waweru', 'Muriuki', 'Githinji', 'Nyambura'], ARRAY['gmail.com', 'yahoo.com', 'gmail.com'], true),
 ('luo', ARRAY['Achieng', 'Otieno', 'Akinyi', 'Brian', 'Atieno', 'Kevin', 'Adhiambo', 'George', 'Awino', 'Dorothy', 'Collins', 'Millicent'],
         ARRAY['Otieno', 'Odhiambo', 'Ochieng', 'Onyango', 'Owino', 'Okoth', 'Omondi', 'Ouma', 'Oduor', 'Were', 'Ogola', 'Anyango'], ARRAY['gmail.com', 'yahoo.com', 'outlook.com'], true),
 ('kal', ARRAY['Kiprop', 'Chebet', 'Vincent', 'Jepkosgei', 'Gideon', 'Chepkoech', 'Kibet', 'Jerono', 'Sharon', 'Kipchumba', 'Hillary', 'Cherono'],
         ARRAY['Kiprotich', 'Rotich', 'Kosgei', 'Langat', 'Koech', 'Bett', 'Sang', 'Too', 'Kirui', 'Cheruiyot', 'Kiptoo', 'Ruto'], ARRAY['gmail.com', 'yahoo.com'], true),
 ('luh', ARRAY['Wafula', 'Nafula', 'Dennis', 'Nekesa', 'Caroline', 'Nasimiyu', 'Moses', 'Naliaka', 'Wekesa', 'Beatrice', 'Fredrick', 'Khavere'],
         ARRAY['Wafula', 'Barasa', 'Wekesa', 'Simiyu', 'Masinde', 'Makokha', 'Wanyama', 'Khisa', 'Mukhwana', 'Shikuku', 'Wanjala', 'Amukoye'], ARRAY['gmail.com', 'yahoo.com'], true),
 ('kam', ARRAY['Mutua', 'Mwende', 'Daniel', 'Ndinda', 'Kioko', 'Mumbua', 'Stephen', 'Kalekye', 'Mbithi', 'Syokau', 'Ruth', 'Musyoka'],
         ARRAY['Mutua', 'Musyoka', 'Kioko', 'Mwangangi', 'Nzioka', 'Kilonzo', 'Muthama', 'Wambua', 'Mutiso', 'Ndambuki', 'Kyalo', 'Munyao'], ARRAY['gmail.com', 'yahoo.com'], true),
 ('cst', ARRAY['Fatuma', 'Omar', 'Aisha', 'Hassan', 'Mwanajuma', 'Salim', 'Zainabu', 'Abdallah', 'Amina', 'Juma', 'Rukia', 'Athman'],
         ARRAY['Said', 'Mohamed', 'Bakari', 'Abdalla', 'Rashid', 'Hamisi', 'Mwinyi', 'Shee', 'Mbwana', 'Kassim', 'Salim', 'Ali'], ARRAY['gmail.com', 'yahoo.com'], true),
 ('som', ARRAY['Abdirahman', 'Hodan', 'Mohamed', 'Fardowsa', 'Abdi', 'Sahra', 'Ahmed', 'Ifrah', 'Hussein', 'Khadija', 'Ilhan', 'Bashir'],
         ARRAY['Abdi', 'Hassan', 'Mohamud', 'Farah', 'Osman', 'Ibrahim', 'Adan', 'Hussein', 'Yusuf', 'Gedi', 'Sheikh', 'Warsame'], ARRAY['gmail.com', 'hotmail.com'], true),
 ('kas', ARRAY['Priya', 'Rahul', 'Nisha', 'Amit', 'Kavita', 'Sanjay', 'Hetal', 'Karan', 'Reema', 'Nikhil', 'Jasmit', 'Harpreet'],
         ARRAY['Patel', 'Shah', 'Chandaria', 'Gohil', 'Kotecha', 'Bhatt', 'Dodhia', 'Mehta', 'Sumaria', 'Rughani', 'Sehmi', 'Bhamra'], ARRAY['gmail.com', 'yahoo.co.uk'], true),
 ('ug', ARRAY['Ronald', 'Nakato', 'Mugisha', 'Namubiru', 'Okello', 'Atuhaire', 'Isaac', 'Nansubuga', 'Joel', 'Kyomugisha'],
         ARRAY['Ssemwogerere', 'Mukasa', 'Tumusiime', 'Okello', 'Byaruhanga', 'Kato', 'Namutebi', 'Musoke', 'Twesigye', 'Ssekandi'], ARRAY['gmail.com', 'yahoo.com'], false),
 ('tz', ARRAY['Neema', 'Baraka', 'Rehema', 'Emmanuel', 'Upendo', 'Godfrey', 'Happiness', 'Erasto', 'Saida', 'Frank'],
         ARRAY['Mushi', 'Massawe', 'Kimaro', 'Mrema', 'Lyimo', 'Shirima', 'Mwakyusa', 'Mfinanga', 'Swai', 'Minja'], ARRAY['gmail.com', 'yahoo.com'], false),
 ('et', ARRAY['Abebe', 'Tigist', 'Dawit', 'Meron', 'Yonas', 'Selam', 'Bereket', 'Hiwot'],
         ARRAY['Tesfaye', 'Bekele', 'Girma', 'Alemu', 'Haile', 'Wolde', 'Mengistu', 'Tadesse'], ARRAY['gmail.com', 'yahoo.com'], false),
 ('ng', ARRAY['Chinedu', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Emeka', 'Ngozi', 'Tunde', 'Zainab'],
         ARRAY['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Abubakar', 'Okonkwo'], ARRAY['gmail.com', 'yahoo.com'], false),
 ('in', ARRAY['Arjun', 'Deepa', 'Vikram', 'Lakshmi', 'Rohan', 'Ananya', 'Suresh', 'Meera'],
         ARRAY['Iyer', 'Nair', 'Reddy', 'Menon', 'Krishnan', 'Rao', 'Pillai', 'Kulkarni'], ARRAY['gmail.com', 'rediffmail.com'], false),
 ('cn', ARRAY['Wei', 'Xiaoling', 'Hao', 'Mei', 'Jun', 'Yan', 'Lei', 'Jing'],
         ARRAY['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Zhao', 'Huang', 'Zhou'], ARRAY['qq.com', '163.com', 'gmail.com'], false),
 ('de', ARRAY['Jonas', 'Lena', 'Felix', 'Katrin', 'Tobias', 'Anna', 'Matthias', 'Sabine'],
         ARRAY['Müller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Krüger', 'Schäfer'], ARRAY['gmx.de', 'web.de', 'posteo.de'], false),
 ('nl', ARRAY['Daan', 'Sanne', 'Bram', 'Femke', 'Thijs', 'Lotte'],
         ARRAY['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'de Jong'], ARRAY['ziggo.nl', 'gmail.com'], false),
 ('kr', ARRAY['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yoon', 'Su-ah'],
         ARRAY['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'], ARRAY['naver.com', 'gmail.com'], false),
 ('us', ARRAY['Emily', 'Michael', 'Ashley', 'Jacob', 'Madison', 'Tyler', 'Jasmine', 'Brandon'],
         ARRAY['Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Washington', 'Nguyen'], ARRAY['gmail.com', 'yahoo.com', 'icloud.com'], false);

CREATE FUNCTION pgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN c IN ('kik', 'luo', 'kal', 'luh', 'kam', 'cst', 'som', 'kas') THEN CASE fixture_gen.n(tag || 'f', i, 5)
      WHEN 0 THEN '+254 7' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 3)
      WHEN 1 THEN '07' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
      WHEN 2 THEN '07' || fixture_gen.digits(tag, i, 8)
      WHEN 3 THEN '+2547' || fixture_gen.digits(tag, i, 8)
      ELSE '011' || fixture_gen.n(tag || 'z', i, 3) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3) END
    WHEN c = 'ug' THEN '+256 7' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN c = 'tz' THEN '+255 7' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 3)
    WHEN c = 'et' THEN '+251 9' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 3) || ' ' || fixture_gen.digits(tag || 'y', i, 3)
    WHEN c = 'ng' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6)) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN c = 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN c = 'cn' THEN '+86 13' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'x', i, 4) || ' ' || fixture_gen.digits(tag || 'y', i, 4)
    WHEN c = 'de' THEN '+49 15' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'x', i, 8)
    WHEN c = 'nl' THEN '+31 6 ' || fixture_gen.digits(tag, i, 8)
    WHEN c = 'kr' THEN '+82 10-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    ELSE '+1 ' || (201 + fixture_gen.n(tag, i, 700)) || '-' || (200 + fixture_gen.n(tag || 'y', i, 700)) || '-' || fixture_gen.digits(tag || 'x', i, 4) END
$$;

-- Schools (the academic organisations) and where people sit.
CREATE TABLE pgen.sch (s int PRIMARY KEY, name text, code text, bldg text);
INSERT INTO pgen.sch VALUES
 (1, 'School of Computing and IT', 'SCT', 'SCIT Building'), (2, 'School of Engineering', 'ENE', 'Engineering Workshops Block'),
 (3, 'School of Health Sciences', 'HSN', 'Health Sciences Complex'), (4, 'School of Business and Economics', 'BBM', 'Kimathi Business Block'),
 (5, 'School of Education', 'EDU', 'Education Block'), (6, 'School of Agriculture and Food Science', 'AGR', 'Agriculture Block');

-- People. 1-200 students, 201-260 academic staff, 261-305 administrative
-- staff, 306-340 outsiders (these are ost_user ids); 501-538 agents
-- (staff_id = i - 500).
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, kind text, first text, last text, full_name text, typed_name text, email text, phone text,
  regno text, staffno text, school int, campus text, place text, org int, ip text, ua text, tz text);
CREATE FUNCTION pgen.add_people(lo int, hi int, kind text, mix text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, kind, first, last, full_name)
  SELECT i, cu.c, kind, f, l,
         CASE WHEN cu.ke AND fixture_gen.n('pmid', i, 4) = 0 AND m <> l AND m <> f THEN f || ' ' || m || ' ' || l
              WHEN cu.c = 'cn' AND i % 2 = 0 THEN l || ' ' || f ELSE f || ' ' || l END
  FROM generate_series(lo, hi) i JOIN pgen.cu cu ON cu.c = fixture_gen.pick(mix, 'pc', i)
  CROSS JOIN LATERAL (SELECT cu.firsts[1 + fixture_gen.n('pf', i, cardinality(cu.firsts))] AS f,
                             cu.lasts[1 + fixture_gen.n('pl', i, cardinality(cu.lasts))] AS l0,
                             cu.lasts[1 + fixture_gen.n('pm', i, cardinality(cu.lasts))] AS m) x
  CROSS JOIN LATERAL (SELECT CASE WHEN x.l0 = x.f THEN cu.lasts[1 + (fixture_gen.n('pl', i, cardinality(cu.lasts)) + 1) % cardinality(cu.lasts)] ELSE x.l0 END AS l) y
$$;
DO $$ BEGIN
  PERFORM pgen.add_people(1, 200, 'student', ARRAY['kik', 'kik', 'kik', 'luo', 'luo', 'kal', 'kal', 'luh', 'luh', 'kam', 'kam', 'cst', 'som', 'kas', 'ug', 'tz', 'et', 'ng', 'cn', 'de', 'us', 'kik', 'luo', 'kal', 'kik']);
  PERFORM pgen.add_people(201, 260, 'academic', ARRAY['kik', 'kik', 'luo', 'luo', 'kal', 'luh', 'kam', 'cst', 'kas', 'som', 'ug', 'tz', 'ng', 'in', 'in', 'de', 'us', 'kr', 'cn', 'nl']);
  PERFORM pgen.add_people(261, 305, 'admin', ARRAY['kik', 'kik', 'kik', 'luo', 'kal', 'luh', 'kam', 'cst', 'som', 'kas']);
  PERFORM pgen.add_people(306, 340, 'external', ARRAY['kik', 'kik', 'luo', 'kal', 'kas', 'cn', 'de', 'nl', 'in', 'us', 'kam']);
  PERFORM pgen.add_people(501, 538, 'agent', ARRAY['kik', 'kik', 'kik', 'luo', 'luo', 'kal', 'kal', 'luh', 'kam', 'cst', 'kas', 'som', 'ug']);
END $$;
-- A few agents the data refers to by name.
UPDATE pgen.p SET c = 'kik', first = 'Grace', last = 'Wairimu', full_name = 'Grace Wairimu' WHERE i = 501;     -- ICT service desk supervisor
UPDATE pgen.p SET c = 'luo', first = 'Peter', last = 'Otieno', full_name = 'Peter Otieno' WHERE i = 502;       -- systems administrator
UPDATE pgen.p SET c = 'kal', first = 'Gideon', last = 'Kiprono', full_name = 'Gideon Kiprono' WHERE i = 503;   -- network engineer
UPDATE pgen.p SET c = 'kik', first = 'Samuel', last = 'Ndirangu', full_name = 'Samuel Ndirangu' WHERE i = 520;  -- estates foreman
UPDATE pgen.p SET c = 'cst', first = 'Rukia', last = 'Abdalla', full_name = 'Rukia Abdalla' WHERE i = 530;     -- hostels officer

UPDATE pgen.p SET
  school = CASE WHEN kind IN ('student', 'academic') THEN 1 + fixture_gen.n('psch', i, 6) END,
  campus = CASE WHEN kind = 'external' THEN NULL WHEN fixture_gen.n('pcamp', i, 10) < 7 THEN 'Main Campus (Nyeri)' WHEN fixture_gen.n('pcamp', i, 10) < 9 THEN 'Nairobi CBD Campus' ELSE 'Nanyuki Field Station' END,
  phone = pgen.phone(c, 'pph', i),
  tz = CASE c WHEN 'de' THEN CASE WHEN kind = 'external' THEN 'Europe/Berlin' ELSE 'Africa/Nairobi' END WHEN 'nl' THEN 'Europe/Amsterdam' WHEN 'us' THEN CASE WHEN kind = 'external' THEN 'America/New_York' ELSE 'Africa/Nairobi' END
         WHEN 'ug' THEN 'Africa/Kampala' ELSE 'Africa/Nairobi' END;
UPDATE pgen.p SET
  regno = CASE WHEN kind = 'student' THEN (SELECT code FROM pgen.sch WHERE s = school) || (211 + fixture_gen.n('prg', i, 12)) || '-' || lpad((1 + fixture_gen.n('prs', i, 1800))::text, 4, '0') || '/' || (2019 + fixture_gen.n('pry', i, 6)) END,
  staffno = CASE WHEN kind IN ('academic', 'admin', 'agent') THEN 'MU/' || (1200 + fixture_gen.n('pstf', i, 3700)) END,
  place = CASE WHEN kind = 'student' AND i % 5 < 3 THEN fixture_gen.pick(ARRAY['Kirinyaga Hall', 'Aberdare Hall', 'Tana Hall', 'Mathari Hostel', 'Kimathi Hall', 'Nyandarua Hostel'], 'phall', i)
                      || ', Room ' || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D'], 'pwing', i) || (101 + fixture_gen.n('proom', i, 3) * 100 + fixture_gen.n('proom2', i, 30))
               WHEN kind = 'student' THEN fixture_gen.pick(ARRAY['off campus, Ruringu', 'off campus, Kamakwa', 'off campus, Skuta', 'off campus, Nyeri town', 'off campus, Kiganjo'], 'poff', i)
               WHEN kind = 'academic' THEN (SELECT bldg FROM pgen.sch WHERE s = school) || ', Room ' || (1 + fixture_gen.n('pfl', i, 4)) || '.' || lpad((1 + fixture_gen.n('pof', i, 24))::text, 2, '0')
               WHEN kind IN ('admin', 'agent') THEN fixture_gen.pick(ARRAY['Administration Block', 'Library', 'Student Centre', 'ICT Centre', 'Estates Yard'], 'padm', i) || ', Room ' || (1 + fixture_gen.n('pfl', i, 3)) || lpad((1 + fixture_gen.n('pof', i, 20))::text, 2, '0') END;

UPDATE pgen.p SET org = CASE kind WHEN 'student' THEN CASE WHEN i % 4 <> 0 THEN school END WHEN 'academic' THEN school
    WHEN 'admin' THEN 7 + fixture_gen.n('porg', i, 5) WHEN 'external' THEN 13 + fixture_gen.n('porg', i, 8) END;

UPDATE pgen.p SET email = CASE
    WHEN kind = 'student' THEN CASE fixture_gen.n('pem', i, 5)
        WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) || '@students.mlima.example'
        WHEN 1 THEN lower(replace(replace(regno, '/', '-'), ' ', '')) || '@students.mlima.example'
        WHEN 2 THEN pgen.fold(first) || pgen.fold(last) || (i % 97) || '@' || cu.domains[1]
        WHEN 3 THEN pgen.fold(last) || '.' || pgen.fold(first) || '@' || fixture_gen.pick(cu.domains, 'pdom', i)
        ELSE substr(pgen.fold(first), 1, 1) || pgen.fold(last) || (2000 + i % 7) || '@' || fixture_gen.pick(cu.domains, 'pdom', i) END
    WHEN kind IN ('academic', 'admin', 'agent') THEN CASE WHEN i % 3 = 0 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) ELSE pgen.fold(first) || '.' || pgen.fold(last) END || '@mlima.example'
    ELSE CASE WHEN org = 13 THEN pgen.fold(first) || '.' || pgen.fold(last) || '@nyerihospital.example'
              WHEN org = 16 THEN pgen.fold(first) || '.' || pgen.fold(last) || '@huawei.example'
              WHEN org = 17 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) || '@kenet.example'
              WHEN org = 18 THEN substr(pgen.fold(first), 1, 1) || '.' || pgen.fold(last) || '@ru.example'
              ELSE pgen.fold(first) || '.' || pgen.fold(last) || (i % 89) || '@' || fixture_gen.pick(cu.domains, 'pdom', i) END END
FROM pgen.cu cu WHERE cu.c = pgen.p.c;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- How people typed their own name into the web form.
UPDATE pgen.p SET typed_name = CASE WHEN kind = 'student' AND i % 13 = 0 THEN lower(full_name)
                                   WHEN kind = 'student' AND i % 17 = 0 THEN upper(last) || ' ' || first
                                   WHEN kind = 'academic' AND i % 4 = 0 THEN fixture_gen.pick(ARRAY['Dr. ', 'Prof. ', 'Dr '], 'ptit', i) || full_name
                                   ELSE full_name END;

-- Where people connect from: Safaricom and Airtel mobile data, home fibre,
-- the campus NAT; and with what.
UPDATE pgen.p SET
  ip = CASE fixture_gen.n('pipk', i, 6)
         WHEN 0 THEN '41.90.' || fixture_gen.n('pip1', i, 256) || '.' || (1 + fixture_gen.n('pip2', i, 254))
         WHEN 1 THEN '105.16' || fixture_gen.n('pip3', i, 4) || '.' || fixture_gen.n('pip1', i, 256) || '.' || (1 + fixture_gen.n('pip2', i, 254))
         WHEN 2 THEN '197.248.' || fixture_gen.n('pip1', i, 256) || '.' || (1 + fixture_gen.n('pip2', i, 254))
         WHEN 3 THEN '102.215.' || fixture_gen.n('pip1', i, 256) || '.' || (1 + fixture_gen.n('pip2', i, 254))
         WHEN 4 THEN '196.202.' || (160 + fixture_gen.n('pip1', i, 16)) || '.' || (1 + fixture_gen.n('pip2', i, 254))
         ELSE fixture_gen.ipv4('pipx', i) END,
  ua = fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Linux; Android 13; TECNO KI7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.143 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 12; Infinix X6816) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.210 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 14; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.2277.128',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0',
    'Mozilla/5.0 (Linux; Android 11; itel A662L) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36 OPR/79.2.4195.76744'], 'pua', i);

-- ---------------------------------------------------------------------------
-- Organizations: the schools and offices users belong to, and outsiders.

CREATE TABLE ost_organization (
    id serial PRIMARY KEY, name varchar(128) NOT NULL DEFAULT '', manager varchar(16) NOT NULL DEFAULT '', status integer NOT NULL DEFAULT 0,
    domain varchar(256) NOT NULL DEFAULT '', extra text, created timestamp, updated timestamp
);
INSERT INTO ost_organization (id, name, manager, status, domain, extra, created, updated) VALUES
  (1, 'School of Computing and IT', 's2', 0, '', NULL, '2019-03-04 10:12:00', '2023-08-21 09:40:11'),
  (2, 'School of Engineering', '', 0, '', NULL, '2019-03-04 10:13:00', '2019-03-04 10:13:00'),
  (3, 'School of Health Sciences', '', 0, '', NULL, '2019-03-04 10:13:30', '2022-01-12 14:02:45'),
  (4, 'School of Business and Economics', '', 0, '', NULL, '2019-03-04 10:14:02', '2019-03-04 10:14:02'),
  (5, 'School of Education', '', 0, '', NULL, '2019-03-04 10:14:40', '2019-03-04 10:14:40'),
  (6, 'School of Agriculture and Food Science', '', 0, '', NULL, '2019-03-04 10:15:10', '2020-06-30 11:20:00'),
  (7, 'Registry and Academic Affairs', 't1', 1, '', NULL, '2019-03-04 10:16:00', '2023-01-09 08:30:00'),
  (8, 'Finance Office', 's1', 1, '', NULL, '2019-03-04 10:16:30', '2023-01-09 08:31:00'),
  (9, 'Library and Information Services', '', 0, 'library.mlima.example', NULL, '2019-03-04 10:17:00', '2021-02-02 12:00:00'),
  (10, 'Human Resources', 's1', 1, 'hr.mlima.example', NULL, '2019-03-04 10:17:30', '2023-01-09 08:32:00'),
  (11, 'Office of the Dean of Students', '', 1, '', NULL, '2019-03-04 10:18:00', '2022-09-05 10:00:00'),
  (12, 'Mlima University Students'' Association (MUSA)', '', 0, 'musa.mlima.example', NULL, '2020-02-17 15:20:00', '2024-02-01 09:00:00'),
  (13, 'Nyeri County Referral Hospital - Placements Office', '', 0, 'nyerihospital.example', '{"sharing":{"primary_contacts":true}}', '2021-05-11 09:00:00', '2023-05-02 16:10:00'),
  (14, 'Kiptoo Electricals', 't4', 0, '', NULL, '2022-03-14 11:45:00', '2024-01-22 10:05:00'),
  (15, 'Wanjohi Plumbing & Borehole Works', 't5', 0, '', NULL, '2022-07-19 08:50:00', '2023-11-03 13:15:00'),
  (16, 'Huawei Technologies (Kenya) Co. Ltd', 's3', 0, 'huawei.example', NULL, '2021-10-04 09:30:00', '2023-10-10 09:30:00'),
  (17, 'Kenya Education Network (KENET)', 's3', 0, 'kenet.example', NULL, '2019-06-20 13:00:00', '2019-06-20 13:00:00'),
  (18, 'Radboud University Nijmegen (exchange partner)', '', 0, 'ru.example', NULL, '2022-11-28 10:40:00', '2022-11-28 10:40:00'),
  (19, 'Mlima University Alumni Association', '', 0, '', NULL, '2020-08-01 12:00:00', '2020-08-01 12:00:00'),
  (20, 'Parents and Guardians', '', 0, '', NULL, '2020-01-15 10:00:00', '2020-01-15 10:00:00');

-- The organization form's answers, as the __cdata table keeps them. Two of
-- the contractors are sole traders: their address and phone are their own.
CREATE TABLE ost_organization__cdata (org_id integer PRIMARY KEY, name text, address text, phone text, website text, notes text);
INSERT INTO ost_organization__cdata VALUES
  (1, 'School of Computing and IT', 'SCIT Building, Main Campus, Nyeri', '061 203 4510', 'https://scit.mlima.example', NULL),
  (2, 'School of Engineering', 'Engineering Workshops Block, Main Campus', NULL, NULL, NULL),
  (3, 'School of Health Sciences', 'Health Sciences Complex, Main Campus', '061 203 4620', NULL, 'Clinical students on placement at Nyeri County Referral Hospital use the hospital wifi; see org 13.'),
  (4, 'School of Business and Economics', NULL, NULL, NULL, NULL),
  (5, 'School of Education', NULL, NULL, NULL, NULL),
  (6, 'School of Agriculture and Food Science', 'Agriculture Block and University Farm, Main Campus', NULL, NULL, 'Farm manager''s office has no fibre; 4G router only.'),
  (7, 'Registry and Academic Affairs', 'Administration Block, Ground Floor', '061 203 4100', NULL, 'Results and transcripts: only the Registrar (Dr. Njeri Kamau) approves name changes.'),
  (8, 'Finance Office', 'Administration Block, 1st Floor', '061 203 4150', NULL, 'M-Pesa paybill reconciliation issues go to the Fees Accountant, Mrs. Esther Wanjiku, ext 4163.'),
  (9, 'Library and Information Services', 'Main Library', '061 203 4300', 'https://library.mlima.example', NULL),
  (10, 'Human Resources', 'Administration Block, 2nd Floor', NULL, NULL, 'New staff accounts only on HR appointment letter. Exits: HR emails the weekly leavers list.'),
  (11, 'Office of the Dean of Students', 'Student Centre', '061 203 4200', NULL, 'Medical and compassionate leave letters come from here; diagnoses are confidential.'),
  (12, 'Mlima University Students'' Association (MUSA)', 'Student Centre, Room 12', NULL, NULL, 'MUSA secretary general 2023/24: Brian Ochieng (0712 448 903).'),
  (13, 'Nyeri County Referral Hospital - Placements Office', 'Hospital Road, P.O. Box 27-10100, Nyeri', '061 203 0770', NULL, 'Placement coordinator: Sr. Lucy Wambui, 0722 593 114.'),
  (14, 'Kiptoo Electricals', E'Gideon Kiptoo (proprietor)\nP.O. Box 1873-10100, Nyeri\nKimathi Way, Sohan Plaza, 2nd floor', '0722 418 350', NULL, 'Sole proprietor, KRA PIN A004217735M. Pays NSSF for two casuals; insist on safety boots on site.'),
  (15, 'Wanjohi Plumbing & Borehole Works', E'John Wanjohi Maina\nHouse 14, Kamakwa Estate, off Nyeri-Othaya Road', '0733 902 611', 'https://wanjohiplumbing.example', 'Owner John Wanjohi does borehole pumps himself; his son Kevin (0798 221 406) does pipework.'),
  (16, 'Huawei Technologies (Kenya) Co. Ltd', 'Huawei Kenya, Westlands, Nairobi', '020 420 1000', 'https://e.huawei.example', 'Core switch support contract 2023-2026.'),
  (17, 'Kenya Education Network (KENET)', 'Jomo Kenyatta Memorial Library, University of Nairobi', '0732 150 500', 'https://www.kenet.example', NULL),
  (18, 'Radboud University Nijmegen (exchange partner)', 'Houtlaan 4, 6525 XZ Nijmegen, Netherlands', NULL, NULL, NULL),
  (19, 'Mlima University Alumni Association', NULL, NULL, NULL, NULL),
  (20, 'Parents and Guardians', NULL, NULL, NULL, 'Do not discuss a student''s account with parents; ask the student to contact us.');

-- ---------------------------------------------------------------------------
-- Departments, teams, SLAs, priorities, statuses, help topics.

CREATE TABLE ost_sla (
    id serial PRIMARY KEY, schedule_id integer NOT NULL DEFAULT 0, flags integer NOT NULL DEFAULT 3, grace_period integer NOT NULL DEFAULT 0,
    name varchar(64) NOT NULL DEFAULT '', notes text, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_sla VALUES
  (1, 1, 3, 48, 'Default SLA', NULL, '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (2, 2, 3, 4, 'Teaching spaces (4 h)', 'Lecture theatres and labs during teaching hours.', '2019-03-01 09:05:00', '2022-09-01 08:00:00'),
  (3, 0, 3, 2, 'Hostel emergencies (2 h)', 'Flooding, electrical hazards, lockouts.', '2020-01-20 10:00:00', '2020-01-20 10:00:00'),
  (4, 1, 1, 8, 'Exam period (8 h)', 'Activated by the supervisor during CATs and end-of-semester exams.', '2021-04-01 10:00:00', '2023-11-27 07:45:00'),
  (5, 1, 3, 240, 'Projects', NULL, '2021-04-01 10:05:00', '2021-04-01 10:05:00');

CREATE TABLE ost_department (
    id serial PRIMARY KEY, pid integer, tpl_id integer NOT NULL DEFAULT 0, sla_id integer NOT NULL DEFAULT 0, schedule_id integer NOT NULL DEFAULT 0,
    email_id integer NOT NULL DEFAULT 0, autoresp_email_id integer NOT NULL DEFAULT 0, manager_id integer NOT NULL DEFAULT 0, flags integer NOT NULL DEFAULT 0,
    name varchar(128) NOT NULL DEFAULT '', signature text NOT NULL, ispublic smallint NOT NULL DEFAULT 1, group_membership smallint NOT NULL DEFAULT 0,
    ticket_auto_response smallint NOT NULL DEFAULT 1, message_auto_response smallint NOT NULL DEFAULT 0, path varchar(128) NOT NULL DEFAULT '/',
    updated timestamp NOT NULL, created timestamp NOT NULL
);
INSERT INTO ost_department VALUES
  (1, NULL, 0, 1, 1, 1, 0, 1, 4, 'ICT Service Desk', E'<p>Mlima University ICT Service Desk<br />ICT Centre, Main Campus | Ext. 4400 | 0709 914 400<br />Mon–Fri 07:30–20:00, Sat 09:00–13:00</p>', 1, 1, 1, 0, '/1/', '2023-08-21 09:12:00', '2019-03-01 09:00:00'),
  (2, NULL, 0, 1, 1, 1, 0, 3, 4, 'Networks & Infrastructure', E'Networks & Infrastructure\nICT Centre, Main Campus', 1, 1, 1, 0, '/2/', '2022-02-14 10:00:00', '2019-03-01 09:01:00'),
  (3, NULL, 0, 1, 1, 1, 0, 2, 4, 'Academic Systems & eLearning', E'<p>Academic Systems & eLearning<br />Student portal, ERP and eLearning (Moodle) support<br />elearning@mlima.example</p>', 1, 1, 1, 0, '/3/', '2023-01-10 11:00:00', '2019-03-01 09:02:00'),
  (4, NULL, 0, 1, 1, 2, 0, 20, 4, 'Estates & Facilities', E'Estates Department\nEng. Samuel Ndirangu, Estates Manager\nEstates Yard, off Gate B | Ext. 4700 | Emergencies (24 h): 0722 300 470', 1, 0, 1, 0, '/4/', '2023-06-12 08:00:00', '2019-03-01 09:03:00'),
  (5, 4, 0, 3, 0, 2, 0, 21, 4, 'Electrical', 'Estates Department - Electrical Section', 1, 0, 1, 0, '/4/5/', '2021-03-03 08:00:00', '2021-03-03 08:00:00'),
  (6, 4, 0, 3, 0, 2, 0, 25, 4, 'Plumbing & Water', 'Estates Department - Plumbing & Water Section', 1, 0, 1, 0, '/4/6/', '2021-03-03 08:02:00', '2021-03-03 08:02:00'),
  (7, NULL, 0, 3, 0, 3, 0, 30, 4, 'Hostels & Accommodation', E'Hostels & Accommodation Office\nRukia Abdalla, Hostels Officer | Student Centre, Room 7 | 0711 270 330', 1, 0, 1, 0, '/7/', '2023-09-04 09:00:00', '2020-01-20 10:00:00'),
  (8, NULL, 0, 1, 1, 1, 0, 34, 0, 'Library Systems', 'Library Systems (Koha, EZproxy, e-resources)', 1, 0, 1, 0, '/8/', '2019-03-01 09:04:00', '2019-03-01 09:04:00'),
  (9, NULL, 0, 1, 0, 1, 0, 36, 0, 'Security & Access Control', 'Security & Access Control (access cards, CCTV)', 0, 0, 0, 0, '/9/', '2022-05-05 15:00:00', '2022-05-05 15:00:00'),
  (10, NULL, 0, 1, 1, 5, 0, 37, 4, 'Nairobi Campus Support', E'ICT Support, Nairobi CBD Campus\nMlima House, 4th floor, Moi Avenue | 020 221 7400', 1, 0, 1, 0, '/10/', '2023-02-02 12:00:00', '2021-09-01 08:00:00');

CREATE TABLE ost_team (
    team_id serial PRIMARY KEY, lead_id integer NOT NULL DEFAULT 0, flags integer NOT NULL DEFAULT 1, name varchar(125) NOT NULL DEFAULT '',
    notes text, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_team VALUES
  (1, 1, 1, 'Service Desk Tier 1', NULL, '2019-03-01 09:10:00', '2019-03-01 09:10:00'),
  (2, 3, 1, 'Network Engineers', 'On-call rota in the shared calendar.', '2019-03-01 09:11:00', '2022-02-14 10:05:00'),
  (3, 37, 1, 'Field Technicians (Nairobi)', NULL, '2021-09-01 08:05:00', '2021-09-01 08:05:00'),
  (4, 21, 1, 'Electrical Crew', 'Night standby: Kiprop Langat (0727 114 509) Mon-Wed, Dennis Wafula Thu-Sun.', '2021-03-03 08:10:00', '2024-01-08 07:30:00'),
  (5, 25, 1, 'Plumbing Crew', NULL, '2021-03-03 08:11:00', '2021-03-03 08:11:00'),
  (6, 30, 1, 'Hostel Custodians', 'Custodians carry the master keys; key register is with Rukia.', '2020-01-20 10:05:00', '2023-09-04 09:05:00'),
  (7, 17, 3, 'eLearning Support', NULL, '2020-03-18 12:00:00', '2020-03-18 12:00:00');

CREATE TABLE ost_ticket_priority (
    priority_id serial PRIMARY KEY, priority varchar(60) NOT NULL DEFAULT '', priority_desc varchar(30) NOT NULL DEFAULT '', priority_color varchar(7) NOT NULL DEFAULT '',
    priority_urgency smallint NOT NULL DEFAULT 0, ispublic smallint NOT NULL DEFAULT 1
);
INSERT INTO ost_ticket_priority VALUES (1, 'low', 'Low', '#DDFFDD', 4, 1), (2, 'normal', 'Normal', '#FFFFF0', 3, 1), (3, 'high', 'High', '#FEE7E7', 2, 1), (4, 'emergency', 'Emergency', '#FEE7E7', 1, 1);

CREATE TABLE ost_ticket_status (
    id serial PRIMARY KEY, name varchar(60) NOT NULL DEFAULT '', state varchar(16), mode integer NOT NULL DEFAULT 0, flags integer NOT NULL DEFAULT 0,
    sort integer NOT NULL DEFAULT 0, properties text NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_ticket_status VALUES
  (1, 'Open', 'open', 3, 0, 1, '{"description":"Open tickets."}', '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (2, 'Resolved', 'closed', 1, 0, 2, '{"allowreopen":true,"reopenstatus":0,"description":"Resolved tickets"}', '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (3, 'Closed', 'closed', 3, 0, 3, '{"allowreopen":true,"reopenstatus":0,"description":"Closed tickets. Tickets will still be accessible on client and staff panels."}', '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (4, 'Archived', 'archived', 3, 0, 4, '{"description":"Tickets only adminstratively available but no longer accessible on ticket queues and client panel."}', '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (5, 'Deleted', 'deleted', 3, 0, 5, '{"description":"Tickets queued for deletion. Not accessible on ticket queues."}', '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (6, 'Awaiting user', 'open', 1, 0, 6, '{"description":"Waiting for the user to reply or to bring documents."}', '2020-02-03 10:00:00', '2020-02-03 10:00:00'),
  (7, 'Awaiting parts', 'open', 1, 0, 7, '{"description":"Waiting for spares or a contractor."}', '2021-03-03 08:20:00', '2021-03-03 08:20:00');

CREATE TABLE ost_help_topic (
    topic_id serial PRIMARY KEY, topic_pid integer NOT NULL DEFAULT 0, ispublic smallint NOT NULL DEFAULT 1, noautoresp smallint NOT NULL DEFAULT 0,
    flags integer DEFAULT 0, status_id integer NOT NULL DEFAULT 0, priority_id integer NOT NULL DEFAULT 0, dept_id integer NOT NULL DEFAULT 0,
    staff_id integer NOT NULL DEFAULT 0, team_id integer NOT NULL DEFAULT 0, sla_id integer NOT NULL DEFAULT 0, page_id integer NOT NULL DEFAULT 0,
    sequence_id integer NOT NULL DEFAULT 0, sort integer NOT NULL DEFAULT 0, topic varchar(128) NOT NULL DEFAULT '', number_format varchar(32),
    notes text, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_help_topic (topic_id, topic_pid, ispublic, noautoresp, flags, status_id, priority_id, dept_id, staff_id, team_id, sla_id, page_id, sequence_id, sort, topic, number_format, notes, created, updated)
SELECT t, pid, pub, 0, 2, 0, pr, dept, 0, team, sla, 0, seq, t, name, fmt, notes, timestamp '2019-03-01 10:00:00' + make_interval(mins => t * 7), timestamp '2023-08-21 10:00:00' + make_interval(mins => t * 3)
FROM (VALUES
  (1, 0, 1, 2, 1, 1, 0, 0, 'Accounts & Passwords', NULL, 'Lockouts, resets, new staff accounts (HR letter required).'),
  (2, 0, 1, 2, 1, 1, 0, 0, 'Email & Microsoft 365', NULL, NULL),
  (3, 0, 1, 2, 2, 2, 0, 0, 'Wi-Fi & eduroam', NULL, NULL),
  (4, 0, 1, 2, 3, 0, 0, 0, 'Student Portal & Fees Statement', NULL, 'Fee balances are Finance''s; ICT only fixes sync problems.'),
  (5, 0, 1, 2, 3, 7, 0, 0, 'eLearning (Moodle)', NULL, NULL),
  (6, 0, 1, 2, 1, 1, 2, 0, 'Computer Labs & Printing', NULL, NULL),
  (7, 0, 1, 2, 1, 1, 0, 0, 'Hardware Repair', NULL, 'Ask for the asset tag on the sticker under the device.'),
  (8, 0, 1, 1, 1, 1, 0, 0, 'Software Installation', NULL, NULL),
  (9, 0, 1, 3, 1, 1, 2, 0, 'Lecture Halls, AV & Equipment Loan', NULL, NULL),
  (10, 19, 1, 2, 5, 4, 0, 1, 'Electrical', 'EST-####', NULL),
  (11, 19, 1, 2, 6, 5, 0, 1, 'Plumbing & Water', 'EST-####', NULL),
  (12, 19, 1, 1, 4, 0, 5, 1, 'Furniture & Carpentry', 'EST-####', NULL),
  (13, 0, 1, 2, 7, 6, 3, 2, 'Hostel Maintenance', 'HST-####', 'Emergencies: flooding, sparking, lockouts. Custodian on duty first.'),
  (14, 0, 0, 2, 9, 0, 0, 0, 'Access Cards & CCTV', NULL, 'CCTV footage only on a police OB number or the Chief Security Officer''s request.'),
  (15, 1, 1, 2, 3, 0, 0, 0, 'Leave: account & deadline extensions', NULL, 'Medical or compassionate leave. Never copy diagnoses into replies; say "medical grounds".'),
  (16, 0, 1, 1, 8, 0, 0, 0, 'Library e-Resources', NULL, NULL),
  (17, 0, 1, 2, 10, 3, 0, 0, 'Nairobi Campus Support', NULL, NULL),
  (18, 0, 1, 1, 1, 1, 0, 0, 'General Enquiry', NULL, NULL),
  (19, 0, 1, 2, 4, 0, 0, 1, 'Estates & Facilities', 'EST-####', NULL)
) v(t, pid, pub, pr, dept, team, sla, seq, name, fmt, notes);

-- ---------------------------------------------------------------------------
-- Agents.

CREATE TABLE pgen.ag (sid int PRIMARY KEY, dept int, title text, ext text, backend text);
INSERT INTO pgen.ag (sid, dept, title)
SELECT s, CASE WHEN s = 1 THEN 1 WHEN s = 2 THEN 3 WHEN s = 3 THEN 2 WHEN s <= 12 THEN 1 WHEN s <= 16 THEN 2 WHEN s <= 19 THEN 3 WHEN s = 20 THEN 4 WHEN s <= 24 THEN 5
              WHEN s <= 28 THEN 6 WHEN s = 29 THEN 4 WHEN s <= 33 THEN 7 WHEN s <= 35 THEN 8 WHEN s = 36 THEN 9 ELSE 10 END,
       CASE WHEN s = 1 THEN 'ICT Service Desk Supervisor' WHEN s = 2 THEN 'Senior Systems Administrator' WHEN s = 3 THEN 'Senior Network Engineer'
            WHEN s <= 12 THEN fixture_gen.pick(ARRAY['ICT Technician', 'ICT Technician', 'Senior ICT Technician', 'ICT Intern'], 'agt', s)
            WHEN s <= 16 THEN 'Network Technician' WHEN s <= 19 THEN 'eLearning Officer' WHEN s = 20 THEN 'Estates Manager' WHEN s <= 24 THEN 'Electrician'
            WHEN s <= 28 THEN 'Plumber' WHEN s = 29 THEN 'Carpenter' WHEN s = 30 THEN 'Hostels Officer' WHEN s <= 33 THEN 'Hostel Custodian'
            WHEN s <= 35 THEN 'Library Systems Officer' WHEN s = 36 THEN 'Security Systems Officer' ELSE 'ICT Technician (Nairobi Campus)' END
FROM generate_series(1, 38) s;
UPDATE pgen.ag SET ext = (4400 + sid * 7 % 90)::text, backend = CASE WHEN dept IN (4, 5, 6) OR sid IN (31, 32, 33) THEN NULL ELSE 'ldap' END;

CREATE TABLE ost_staff (
    staff_id serial PRIMARY KEY, dept_id integer NOT NULL DEFAULT 0, role_id integer NOT NULL DEFAULT 0, username varchar(32) NOT NULL DEFAULT '' UNIQUE,
    firstname varchar(32), lastname varchar(32), passwd varchar(128), backend varchar(32), email varchar(255), phone varchar(24) NOT NULL DEFAULT '',
    phone_ext varchar(6), mobile varchar(24) NOT NULL DEFAULT '', signature text NOT NULL, lang varchar(16), timezone varchar(64), locale varchar(16),
    notes text, isactive smallint NOT NULL DEFAULT 1, isadmin smallint NOT NULL DEFAULT 0, isvisible smallint NOT NULL DEFAULT 1,
    onvacation smallint NOT NULL DEFAULT 0, assigned_only smallint NOT NULL DEFAULT 0, show_assigned_tickets smallint NOT NULL DEFAULT 0,
    change_passwd smallint NOT NULL DEFAULT 0, max_page_size integer NOT NULL DEFAULT 0, auto_refresh_rate integer NOT NULL DEFAULT 0,
    default_signature_type varchar(4) NOT NULL DEFAULT 'none' CHECK (default_signature_type IN ('none', 'mine', 'dept')),
    default_paper_size varchar(6) NOT NULL DEFAULT 'Letter' CHECK (default_paper_size IN ('Letter', 'Legal', 'Ledger', 'A4', 'A3')),
    extra text, permissions text, created timestamp NOT NULL, lastlogin timestamp, passwdreset timestamp, updated timestamp NOT NULL
);
INSERT INTO ost_staff
SELECT a.sid, a.dept, CASE WHEN a.sid IN (1, 2, 20, 30) THEN 1 WHEN a.dept IN (4, 5, 6, 7) THEN 3 ELSE 2 END,
       CASE WHEN a.sid % 4 = 0 THEN pgen.fold(p.first) || '.' || pgen.fold(p.last) ELSE substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) END,
       p.first, p.last,
       CASE WHEN a.backend = 'ldap' AND a.sid % 3 <> 0 THEN NULL ELSE pgen.phpass('stpw', a.sid) END, a.backend,
       p.email,
       CASE WHEN a.dept = 10 THEN '020 221 74' || lpad((a.sid * 3)::text, 2, '0') WHEN a.sid % 5 = 4 THEN '' ELSE '061 203 ' || a.ext END,
       CASE WHEN a.sid % 5 = 4 THEN NULL ELSE a.ext END,
       CASE WHEN a.sid % 6 = 5 THEN '' ELSE p.phone END,
       CASE a.sid % 5
         WHEN 0 THEN E'<p>Regards,<br />' || p.first || ' ' || p.last || '<br />' || a.title || ', ' || d.name || '<br />Mlima University | Ext. ' || a.ext || ' | ' || p.phone || '</p>'
         WHEN 1 THEN E'Kind regards,\n' || p.first || E'\n' || a.title || E'\nMlima University'
         WHEN 2 THEN E'<p>' || p.first || ' ' || upper(p.last) || '<br />' || a.title || '<br />' || d.name || ', Mlima University<br />Tel: +254 61 203 ' || a.ext || ' | Mob: ' || p.phone || '<br />' || p.email || '</p>'
         WHEN 3 THEN ''
         ELSE E'Asante,\n' || p.first || ' (' || d.name || E')\n"Technology for learning"' END,
       'en_US', 'Africa/Nairobi', '',
       CASE a.sid
         WHEN 4 THEN 'Industrial attachment student from Dedan Kimathi University (reg. no. ETI-G-1456/2021), May-Aug 2024. Supervisor: Grace.'
         WHEN 9 THEN 'Casual contract ends 30/06/2024. Renewal pending with HR.'
         WHEN 14 THEN 'On light duties until 15/04/2024 after back surgery at Outspan Hospital (HR memo HR/MED/0231). No ladder work.'
         WHEN 22 THEN 'Shares the Estates Yard PC. Do not enforce 2FA until a smartphone is issued.'
         WHEN 31 THEN 'Maternity leave 01/02/2024 - 30/04/2024; Kioko covers Tana Hall.'
         WHEN 33 THEN 'Night custodian, Kirinyaga Hall. Mobile off during the day.'
         WHEN 36 THEN 'Has CCTV export rights. Footage requests only with OB number; log each export in the ticket.'
         WHEN 1 THEN 'Supervisor. Emergency contact (husband): Joseph Mwangi 0722 610 884.'
       END,
       CASE WHEN a.sid IN (9, 35) THEN 0 ELSE 1 END, CASE WHEN a.sid IN (1, 2) THEN 1 ELSE 0 END, CASE WHEN a.sid = 4 THEN 0 ELSE 1 END,
       CASE WHEN a.sid = 31 THEN 1 ELSE 0 END, CASE WHEN a.dept IN (5, 6, 7) THEN 1 ELSE 0 END, CASE WHEN a.sid % 3 = 0 THEN 1 ELSE 0 END,
       CASE WHEN a.sid IN (4, 38) THEN 1 ELSE 0 END, fixture_gen.pick(ARRAY['0', '25', '25', '50'], 'stps', a.sid)::int, fixture_gen.pick(ARRAY['0', '0', '2', '5'], 'star', a.sid)::int,
       fixture_gen.pick(ARRAY['none', 'mine', 'mine', 'dept'], 'stsig', a.sid), CASE WHEN a.sid % 7 = 0 THEN 'Letter' ELSE 'A4' END,
       '{"def_assn_role":true,"browser_lang":"en_US"' || CASE WHEN a.sid % 4 = 1 THEN ',"reply_redirect":"Queue"' ELSE '' END || CASE WHEN a.sid % 5 = 2 THEN ',"img_att_view":"inline"' ELSE '' END || '}',
       CASE WHEN a.sid IN (1, 2) THEN '{"user.create":1,"user.delete":1,"user.edit":1,"user.manage":1,"user.dir":1,"org.create":1,"org.delete":1,"org.edit":1,"faq.manage":1,"visibility.agents":1,"emails.banlist":1,"visibility.departments":1}'
            WHEN a.dept IN (1, 2, 3, 10) THEN '{"user.create":1,"user.edit":1,"user.dir":1,"org.edit":1,"faq.manage":1,"visibility.agents":1}'
            ELSE '{"user.dir":1}' END,
       pgen.at('stcr', a.sid, '2019-03-01', '2023-09-01'), CASE WHEN a.sid = 9 THEN timestamp '2023-12-20 16:02:11' ELSE pgen.at('stll', a.sid, '2024-06-10', '2024-06-21') END,
       CASE WHEN a.backend IS NULL THEN pgen.at('stpr', a.sid, '2023-06-01', '2024-05-01') END, pgen.at('stup', a.sid, '2023-09-01', '2024-06-01')
FROM pgen.ag a JOIN pgen.p p ON p.i = 500 + a.sid JOIN ost_department d ON d.id = a.dept ORDER BY a.sid;

-- ---------------------------------------------------------------------------
-- End users, their addresses, client accounts and contact-form answers.

CREATE TABLE ost_user (
    id serial PRIMARY KEY, org_id integer NOT NULL DEFAULT 0, default_email_id integer NOT NULL DEFAULT 0, status integer NOT NULL DEFAULT 0,
    name varchar(128) NOT NULL DEFAULT '', created timestamp NOT NULL, updated timestamp NOT NULL
);
CREATE TABLE ost_user_email (id serial PRIMARY KEY, user_id integer NOT NULL, flags integer NOT NULL DEFAULT 0, address varchar(255) NOT NULL UNIQUE);

INSERT INTO ost_user_email (id, user_id, flags, address) SELECT i, i, 0, email FROM pgen.p WHERE i <= 340 ORDER BY i;
-- A second address for some: the personal one next to the university one.
INSERT INTO ost_user_email (id, user_id, flags, address)
SELECT 340 + row_number() OVER (ORDER BY p.i), p.i, 0,
       CASE WHEN p.email LIKE '%mlima.example' THEN pgen.fold(p.first) || pgen.fold(p.last) || (p.i % 50) || '@' || fixture_gen.pick(cu.domains, 'p2dom', p.i)
            ELSE pgen.fold(p.first) || '.' || pgen.fold(p.last) || '.' || (p.i % 90) || '@students.mlima.example' END
FROM pgen.p p JOIN pgen.cu cu ON cu.c = p.c WHERE p.i <= 305 AND p.i % 9 = 4;

INSERT INTO ost_user (id, org_id, default_email_id, status, name, created, updated)
SELECT p.i, coalesce(p.org, 0), p.i, CASE WHEN p.i % 41 = 7 THEN 2 ELSE 0 END, p.typed_name,
       x.cr, x.cr + make_interval(days => fixture_gen.n('uup', p.i, 300))
FROM pgen.p p CROSS JOIN LATERAL (SELECT pgen.at('ucr', p.i, CASE WHEN p.kind = 'student' THEN timestamp '2019-09-01' ELSE timestamp '2019-03-05' END, '2024-01-31') AS cr) x
WHERE p.i <= 340 ORDER BY p.i;

CREATE TABLE ost_user_account (
    id serial PRIMARY KEY, user_id integer NOT NULL UNIQUE, status integer NOT NULL DEFAULT 0, timezone varchar(64), lang varchar(16),
    username varchar(64), passwd varchar(128), backend varchar(32), extra text, registered timestamp
);
INSERT INTO ost_user_account (user_id, status, timezone, lang, username, passwd, backend, extra, registered)
SELECT p.i, CASE WHEN p.i % 23 = 5 THEN 9 WHEN p.i % 31 = 2 THEN 3 ELSE 1 END, p.tz, CASE WHEN p.c IN ('de') THEN 'de' WHEN p.c = 'nl' THEN 'nl' ELSE NULL END,
       CASE WHEN p.kind = 'student' AND p.email LIKE '%@students.mlima.example' THEN lower(replace(p.regno, '/', '-'))
            WHEN p.kind IN ('academic', 'admin') AND p.i % 2 = 0 THEN substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) || CASE WHEN p.i % 10 = 0 THEN (p.i % 7)::text ELSE '' END END,
       CASE WHEN p.kind IN ('academic', 'admin') AND p.i % 2 = 0 THEN NULL WHEN p.kind = 'student' AND p.email LIKE '%@students.mlima.example' THEN NULL ELSE pgen.phpass('uapw', p.i) END,
       CASE WHEN p.kind IN ('academic', 'admin') AND p.i % 2 = 0 THEN 'ldap.client' WHEN p.kind = 'student' AND p.email LIKE '%@students.mlima.example' THEN 'ldap.client' END,
       CASE WHEN p.i % 3 = 0 THEN '{"browser_lang":"en_US"}' WHEN p.i % 7 = 1 THEN '{"browser_lang":"sw_KE"}' END,
       u.created + make_interval(mins => 3 + fixture_gen.n('uareg', p.i, 5000))
FROM pgen.p p JOIN ost_user u ON u.id = p.i WHERE p.i <= 340 AND (p.i % 5 IN (0, 1, 3) OR p.kind IN ('academic', 'admin')) ORDER BY p.i;
UPDATE ost_user_account a SET username = a.username || d.rn FROM (SELECT id, row_number() OVER (PARTITION BY username ORDER BY id) AS rn FROM ost_user_account WHERE username IS NOT NULL) d
WHERE d.id = a.id AND d.rn > 1;
ALTER TABLE ost_user_account ADD UNIQUE (username);

CREATE TABLE ost_user__cdata (
    user_id integer PRIMARY KEY, email text, name text, phone text, notes text, regno text, staffno text, campus text, school text
);
INSERT INTO ost_user__cdata
SELECT p.i, p.email, p.typed_name,
       CASE WHEN p.i % 6 = 5 THEN NULL WHEN p.kind IN ('academic', 'admin') AND p.i % 4 = 1 THEN regexp_replace(p.phone, '[^0-9+]', '', 'g') || 'X' || (4100 + p.i % 500) ELSE p.phone END,
       CASE p.i % 29
         WHEN 3 THEN 'Class representative, ' || coalesce((SELECT code FROM pgen.sch WHERE s = p.school), '') || ' year ' || (1 + p.i % 4) || '.'
         WHEN 8 THEN 'Visually impaired - uses NVDA screen reader. Prefers phone calls; call before closing tickets.'
         WHEN 11 THEN 'Repeatedly shared portal password with roommate; warned on 12/02/2024 by Grace.'
         WHEN 15 THEN 'Hearing impaired: reply in writing only, do not call.'
         WHEN 19 THEN 'On academic leave 2023/24 (Dean of Students letter DOS/AL/' || (100 + p.i) || '). Keep account, no eLearning enrolment.'
         WHEN 22 THEN 'Parent/guardian: ' || (SELECT q.full_name FROM pgen.p q WHERE q.i = 306 + p.i % 35) || ', ' || pgen.phone('kik', 'guard', p.i) || '.'
         WHEN 26 THEN 'Uses a wheelchair; hostel maintenance visits must be announced (ground floor room).'
       END,
       p.regno, p.staffno, p.campus,
       CASE WHEN p.school IS NOT NULL THEN (SELECT CASE WHEN p.i % 3 = 0 THEN code ELSE name END FROM pgen.sch WHERE s = p.school)
            WHEN p.kind = 'admin' THEN (SELECT name FROM ost_organization WHERE id = p.org) END
FROM pgen.p p WHERE p.i <= 340 ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Dynamic forms and their fields (catalogue: labels, hints, choices).

CREATE TABLE ost_form (
    id serial PRIMARY KEY, pid integer, type varchar(8) NOT NULL DEFAULT 'G', flags integer NOT NULL DEFAULT 1, title varchar(255) NOT NULL,
    instructions varchar(512), name varchar(64) NOT NULL DEFAULT '', notes text, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_form VALUES
  (1, NULL, 'U', 1, 'Contact Information', NULL, '', NULL, '2019-03-01 09:00:00', '2023-08-21 10:20:00'),
  (2, NULL, 'T', 1, 'Ticket Details', 'Please describe your issue', '', 'This form will be attached to every ticket, regardless of its source. Location fields added for Estates (2021).', '2019-03-01 09:00:00', '2021-03-03 09:00:00'),
  (3, NULL, 'C', 1, 'Company Information', 'Details available in email templates', '', NULL, '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (4, NULL, 'O', 1, 'Organization Information', 'Details on user organization', '', NULL, '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (5, NULL, 'A', 1, 'Task Details', 'Please describe the issue', '', 'This form is used to create a task.', '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (6, NULL, 'G', 1, 'Leave Details', 'For account and deadline extensions during medical, compassionate or maternity leave. Attach the letter from the Dean of Students or your medical certificate.', 'leave', NULL, '2020-05-11 11:00:00', '2023-02-06 10:00:00'),
  (7, NULL, 'G', 1, 'Equipment Loan', 'Projectors, laptops, PA systems and extension cables from the ICT store.', 'loan', NULL, '2021-01-18 14:00:00', '2021-01-18 14:00:00');

CREATE TABLE ost_form_field (
    id serial PRIMARY KEY, form_id integer NOT NULL, flags integer DEFAULT 1, type varchar(255) NOT NULL DEFAULT 'text', label varchar(255) NOT NULL,
    name varchar(64) NOT NULL, configuration text, sort integer NOT NULL, hint varchar(512), created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_form_field (id, form_id, flags, type, label, name, configuration, sort, hint, created, updated)
SELECT id, form_id, flags, type, label, name, conf, sort, hint, timestamp '2019-03-01 09:00:00' + make_interval(mins => id), timestamp '2021-03-03 09:00:00' + make_interval(mins => id)
FROM (VALUES
  (1, 1, 489395, 'text', 'Email Address', 'email', '{"size":40,"length":64,"validator":"email"}', 1, NULL),
  (2, 1, 489395, 'text', 'Full Name', 'name', '{"size":40,"length":64}', 2, NULL),
  (3, 1, 13057, 'phone', 'Phone Number', 'phone', '{"ext":true}', 3, 'Safaricom, Airtel or Telkom number'),
  (4, 1, 12289, 'memo', 'Internal Notes', 'notes', '{"rows":4,"cols":40}', 4, 'Visible to agents only'),
  (5, 1, 13057, 'text', 'Student Registration No.', 'regno', '{"size":20,"length":20,"regex":"^[A-Z]{3}[0-9]{3}-[0-9]{4}\\/[0-9]{4}$"}', 5, 'e.g. SCT221-0456/2021'),
  (6, 1, 13057, 'text', 'Staff (PF) Number', 'staffno', '{"size":12,"length":12}', 6, 'e.g. MU/2041'),
  (7, 1, 13057, 'choices', 'Campus', 'campus', '{"choices":"main:Main Campus (Nyeri)\nnbi:Nairobi CBD Campus\nnyk:Nanyuki Field Station","default":"main"}', 7, NULL),
  (8, 1, 13057, 'text', 'School / Office', 'school', '{"size":40,"length":64}', 8, NULL),
  (20, 2, 489265, 'text', 'Issue Summary', 'subject', '{"size":40,"length":50}', 1, NULL),
  (21, 2, 480547, 'thread', 'Issue Details', 'message', NULL, 2, 'Details on the reason(s) for opening the ticket.'),
  (22, 2, 274609, 'priority', 'Priority Level', 'priority', NULL, 3, NULL),
  (23, 2, 12289, 'choices', 'Campus', 'campus', '{"choices":"main:Main Campus (Nyeri)\nnbi:Nairobi CBD Campus\nnyk:Nanyuki Field Station"}', 4, NULL),
  (24, 2, 12289, 'text', 'Building', 'building', '{"size":40,"length":64}', 5, 'e.g. SCIT Building, Tana Hall'),
  (25, 2, 12289, 'text', 'Room / Office / Hostel room', 'room', '{"size":20,"length":32}', 6, 'e.g. 3.12 or B214'),
  (26, 2, 12289, 'text', 'Asset tag (if any)', 'asset_tag', '{"size":20,"length":20}', 7, 'Sticker under the device, e.g. MU-ICT-004512'),
  (27, 2, 12289, 'phone', 'Phone we can call you on', 'callback_phone', '{"ext":false}', 8, NULL),
  (30, 3, 291249, 'text', 'Company Name', 'name', '{"size":40,"length":64}', 1, NULL),
  (31, 3, 274609, 'text', 'Website', 'website', '{"size":40,"length":64}', 2, NULL),
  (32, 3, 274609, 'phone', 'Phone Number', 'phone', '{"ext":false}', 3, NULL),
  (33, 3, 12545, 'memo', 'Address', 'address', '{"rows":2,"cols":40,"html":false,"length":100}', 4, NULL),
  (40, 4, 489395, 'text', 'Name', 'name', '{"size":40,"length":64}', 1, NULL),
  (41, 4, 13057, 'memo', 'Address', 'address', '{"rows":2,"cols":40,"length":100,"html":false}', 2, NULL),
  (42, 4, 13057, 'phone', 'Phone', 'phone', NULL, 3, NULL),
  (43, 4, 13057, 'text', 'Website', 'website', '{"size":40,"length":0}', 4, NULL),
  (44, 4, 12289, 'memo', 'Internal Notes', 'notes', '{"rows":4,"cols":40}', 5, NULL),
  (50, 5, 487665, 'text', 'Title', 'title', '{"size":40,"length":50}', 1, NULL),
  (51, 5, 413939, 'thread', 'Description', 'description', NULL, 2, 'Details on the reason(s) for creating the task.'),
  (60, 6, 30465, 'choices', 'Type of leave', 'leave_type', '{"choices":"medical:Medical leave\ncompassionate:Compassionate leave\nmaternity:Maternity leave\nacademic:Academic leave (deferment)"}', 1, NULL),
  (61, 6, 30465, 'datetime', 'Leave starts', 'leave_from', '{"time":false,"gmt":false}', 2, NULL),
  (62, 6, 30465, 'datetime', 'Leave ends', 'leave_to', '{"time":false,"gmt":false}', 3, NULL),
  (63, 6, 30465, 'text', 'Dean of Students reference or medical certificate no.', 'reference', '{"size":30,"length":40}', 4, NULL),
  (64, 6, 30465, 'memo', 'What needs extending?', 'what_extend', '{"rows":3,"cols":40}', 5, 'Accounts, eLearning courses, assignment deadlines'),
  (65, 6, 30465, 'memo', 'Anything else we should know', 'details', '{"rows":4,"cols":40}', 6, 'Only share what you are comfortable with.'),
  (70, 7, 30465, 'choices', 'Item', 'item', '{"choices":"proj:Projector\nlaptop:Laptop\npa:PA system\nmic:Wireless microphone\next:Extension cable","multiselect":true}', 1, NULL),
  (71, 7, 30465, 'datetime', 'Date needed', 'date_needed', '{"time":true}', 2, NULL),
  (72, 7, 30465, 'text', 'Venue', 'venue', '{"size":40,"length":64}', 3, NULL),
  (73, 7, 30465, 'memo', 'Purpose and who collects', 'purpose', '{"rows":3,"cols":40}', 4, NULL)
) v(id, form_id, flags, type, label, name, conf, sort, hint);

-- ---------------------------------------------------------------------------
-- Plugins, system mailboxes and their accounts.

CREATE TABLE ost_plugin (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, install_path varchar(60) NOT NULL, isphar smallint NOT NULL DEFAULT 0, isactive smallint NOT NULL DEFAULT 0,
    version varchar(64), notes text, installed timestamp NOT NULL
);
INSERT INTO ost_plugin VALUES
  (1, 'LDAP Authentication and Lookup', 'plugins/auth-ldap.phar', 1, 1, '0.6.2', 'Staff and clients authenticate against ad.mlima.example.', '2019-03-02 11:00:00'),
  (2, 'Two Factor Authenticator', 'plugins/auth-2fa.phar', 1, 1, '0.3', NULL, '2022-06-13 09:30:00'),
  (3, 'Attachments -- Filesystem', 'plugins/storage-fs.phar', 1, 0, '0.3', 'Disabled 2021: attachments kept in the database again after the NFS outage.', '2019-03-02 11:05:00'),
  (4, 'OAuth2 Client', 'plugins/auth-oauth2.phar', 1, 1, '0.6', 'Microsoft 365 mailboxes (modern auth).', '2023-01-16 14:20:00'),
  (5, 'Audit Log', 'plugins/audit.phar', 1, 1, '0.1', NULL, '2023-01-16 14:25:00');

CREATE TABLE ost_email (
    email_id serial PRIMARY KEY, noautoresp smallint NOT NULL DEFAULT 0, priority_id integer NOT NULL DEFAULT 2, dept_id integer NOT NULL DEFAULT 0,
    topic_id integer NOT NULL DEFAULT 0, email varchar(255) NOT NULL DEFAULT '' UNIQUE, name varchar(255) NOT NULL DEFAULT '', notes text,
    created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_email VALUES
  (1, 0, 2, 1, 0, 'servicedesk@mlima.example', 'Mlima University ICT Service Desk', 'Shared mailbox in Microsoft 365. Owners: Grace Wairimu, Peter Otieno.', '2019-03-01 09:00:00', '2023-01-16 15:00:00'),
  (2, 0, 2, 4, 19, 'estates@mlima.example', 'Mlima University Estates', 'On the on-premise mail server until migration.', '2019-03-01 09:01:00', '2021-03-03 10:00:00'),
  (3, 0, 3, 7, 13, 'hostels@mlima.example', 'Hostels & Accommodation', NULL, '2020-01-20 10:10:00', '2020-01-20 10:10:00'),
  (4, 1, 2, 0, 0, 'noreply@mlima.example', 'Mlima University Help Desk', 'Outgoing only.', '2019-03-01 09:02:00', '2023-01-16 15:05:00'),
  (5, 0, 2, 10, 17, 'nairobi.ict@mlima.example', 'ICT Support - Nairobi Campus', NULL, '2021-09-01 08:20:00', '2023-01-16 15:10:00'),
  (6, 1, 2, 1, 0, 'elearning@mlima.example', 'eLearning Support', 'Alias of servicedesk@, only used as a From address.', '2020-03-18 12:10:00', '2020-03-18 12:10:00');

CREATE TABLE ost_email_account (
    id serial PRIMARY KEY, email_id integer NOT NULL, type varchar(8) NOT NULL DEFAULT 'mailbox' CHECK (type IN ('mailbox', 'smtp')),
    auth_bk varchar(128) NOT NULL, auth_id varchar(16), active smallint NOT NULL DEFAULT 0, host varchar(128) NOT NULL DEFAULT '', port integer NOT NULL,
    folder varchar(255), protocol varchar(8) NOT NULL DEFAULT 'IMAP' CHECK (protocol IN ('IMAP', 'POP', 'SMTP', 'OTHER')), encryption varchar(8) NOT NULL DEFAULT 'NONE' CHECK (encryption IN ('NONE', 'AUTO', 'SSL')),
    fetchfreq smallint NOT NULL DEFAULT 5, fetchmax smallint DEFAULT 30, postfetch varchar(8) NOT NULL DEFAULT 'NOTHING' CHECK (postfetch IN ('archive', 'delete', 'nothing', 'NOTHING')),
    archivefolder varchar(255), allow_spoofing smallint DEFAULT 0, num_errors integer NOT NULL DEFAULT 0, last_error_msg text, last_error timestamp,
    last_activity timestamp, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_email_account VALUES
  (1, 1, 'mailbox', 'oauth2', 'oauth2:4', 1, 'outlook.office365.com', 993, 'INBOX', 'IMAP', 'SSL', 2, 30, 'archive', 'osTicket/Imported', 0, 0, NULL, '2024-05-29 03:12:40', '2024-06-21 16:58:02', '2023-01-16 15:00:00', '2024-03-11 09:00:00'),
  (2, 1, 'smtp', 'oauth2', 'oauth2:4', 1, 'smtp.office365.com', 587, NULL, 'SMTP', 'AUTO', 5, NULL, 'NOTHING', NULL, 1, 0, NULL, NULL, '2024-06-21 16:59:13', '2023-01-16 15:00:00', '2024-03-11 09:00:00'),
  (3, 2, 'mailbox', 'basic', NULL, 1, 'mail.mlima.example', 993, 'INBOX', 'IMAP', 'SSL', 5, 30, 'delete', NULL, 0, 2, 'cannot connect to mail.mlima.example,993: Connection timed out', '2024-06-20 22:40:05', '2024-06-21 16:55:10', '2019-03-01 09:01:00', '2023-11-02 08:00:00'),
  (4, 3, 'mailbox', 'basic', NULL, 1, 'mail.mlima.example', 993, 'INBOX', 'IMAP', 'SSL', 5, 30, 'archive', 'Processed', 0, 0, NULL, NULL, '2024-06-21 16:55:12', '2020-01-20 10:10:00', '2020-01-20 10:10:00'),
  (5, 4, 'smtp', 'oauth2', 'oauth2:4', 1, 'smtp.office365.com', 587, NULL, 'SMTP', 'AUTO', 5, NULL, 'NOTHING', NULL, 1, 0, NULL, NULL, '2024-06-21 16:59:40', '2019-03-01 09:02:00', '2023-01-16 15:05:00'),
  (6, 5, 'mailbox', 'oauth2', 'oauth2:4', 1, 'outlook.office365.com', 993, 'INBOX', 'IMAP', 'SSL', 5, 30, 'archive', 'osTicket/Imported', 0, 1, 'AUTHENTICATE failed: invalid_grant (AADSTS700082: The refresh token has expired due to inactivity.)', '2024-02-12 07:05:00', '2024-06-21 16:55:20', '2021-09-01 08:20:00', '2024-02-12 09:30:00'),
  (7, 2, 'smtp', 'basic', NULL, 0, 'mail.mlima.example', 25, NULL, 'SMTP', 'NONE', 5, NULL, 'NOTHING', NULL, 0, 0, NULL, NULL, NULL, '2019-03-01 09:01:00', '2021-03-03 10:00:00'),
  (8, 6, 'smtp', 'oauth2', 'oauth2:4', 0, 'smtp.office365.com', 587, NULL, 'SMTP', 'AUTO', 5, NULL, 'NOTHING', NULL, 1, 0, NULL, NULL, NULL, '2020-03-18 12:10:00', '2023-01-16 15:10:00');

-- ---------------------------------------------------------------------------
-- Ticket scenarios: what users write, what agents answer and note. The
-- {placeholders} are filled per ticket from the people above.
-- who: s student, st staff, x outsider, a anyone; src: preferred source.

CREATE TABLE pgen.scn (topic int, v int, who text, src text, pri int, subj text, msg text, reply text, note text, fup text);
INSERT INTO pgen.scn VALUES
 (1, 1, 's', 'Web', 2, 'Cannot log in to student portal after password reset',
  E'Hello,\n\nI reset my password yesterday but the portal still says "invalid credentials". My reg no is {regno}. Please help, I need to register units before Friday.\n\n{full}\n{phone}',
  E'Hi {first},\n\nYour account had been locked after several failed attempts. I have unlocked it and sent a temporary password by SMS to the number on your student record. Please change it at first login.',
  E'Locked after 5 failed attempts from {ip}. Verified {first} by phone ({phone}) against the admission letter before the reset.',
  E'It works now, asante sana!'),
 (1, 2, 'a', 'Web', 2, 'Password reset',
  E'I forgot my password. Kindly reset it.',
  E'Hello {first},\n\nPlease use the self-service reset at https://password.mlima.example with your recovery phone number. If that fails, visit the ICT Service Desk at the ICT Centre with your ID card.',
  NULL, NULL),
 (1, 3, 'st', 'Email', 2, 'New account for {other}',
  E'Dear ICT,\n\nPlease create a network and email account for {other}, who joins our office on Monday as a secretary. Her PF number is {otherstaffno}.\n\nThanks,\n{full}\n{place}',
  E'Hello {first},\n\nThe account has been created with the username {otheruser}. The initial password will be given to her in person at the ICT Centre when she shows her staff ID.',
  E'HR appointment letter received (ref HR/APPT/{num}). Added {otheruser} to staff-all and the {school} groups.',
  NULL),
 (1, 4, 'st', 'Phone', 3, 'Account disabled after leave',
  E'Called the desk: account disabled, cannot open email. Was away on sick leave after surgery at {hosp} and returned today. Staff no. {staffno}, ext {ext}.',
  E'Welcome back {first}. Accounts are disabled automatically after 90 days without a login. I have re-enabled yours; please sign in and set a new password.',
  E'Re-enabled in AD. HR confirms sick leave {date} to {date2} (memo on file). Nothing to tell the Dean.',
  E'Thank you, I can log in now.'),
 (1, 5, 'x', 'Email', 2, 'Placement students cannot log in to eLearning',
  E'Good afternoon,\n\nThe following nursing students on placement at our hospital cannot log in to eLearning to submit their logbooks: {other} ({otherregno}) and two others from the same class. Kindly assist.\n\nRegards,\n{full}\nPlacements Office\n{phone}',
  E'Dear {first},\n\nThe students'' accounts had expired at the end of the semester. We have extended them to the end of the placement. They can log in with their usual passwords.',
  NULL, NULL),
 (2, 1, 'a', 'Web', 2, 'Outlook not syncing on my phone',
  E'My university email stopped syncing on my phone since yesterday. I have tried removing the account and adding it again.',
  E'Hi {first},\n\nMicrosoft now requires the Outlook app with multi-factor authentication. Install Outlook from the Play Store, sign in with {email} and approve the prompt in Microsoft Authenticator.',
  NULL, E'Done, it is working. Thanks'),
 (2, 2, 'st', 'Email', 4, 'Suspicious email - I entered my password',
  E'Hello,\n\nI received an email that looked like it came from ICT asking me to "verify my mailbox" on a strange link. I clicked it and typed my password before I realised. What should I do?\n\n{full}\nExt {ext}',
  E'Hello {first},\n\nThank you for reporting so quickly. We have reset your password and signed you out everywhere. Please call us on extension 4400 so that we can set a new password with you.',
  E'Compromised: sign-ins from 185.220.101.47 (Tor exit) at 02:13, 312 phishing mails sent to the students-all list. Password reset, MFA re-registered, {first} confirmed by phone on {phone}. Reported to KENET CSIRT.',
  NULL),
 (2, 3, 'st', 'Web', 2, 'Mailbox full',
  E'Outlook says my mailbox is full and I am not receiving emails from the examinations office.',
  E'Hi {first}, we have increased your mailbox to 100 GB and enabled the online archive. Mail should arrive normally now.',
  NULL, NULL),
 (2, 4, 'st', 'Email', 2, 'Shared mailbox access for {otherfirst}',
  E'Please give {other} access to the deanofstudents@ shared mailbox. She is covering for me while I am on leave from {date}.\n\n{full}',
  E'Done, {first}. {otherfirst} now has full access and send-as on the shared mailbox; it will appear in her Outlook within an hour.',
  E'Approved by the Dean by phone. Remove access after {date2}.', NULL),
 (3, 1, 's', 'Web', 3, 'No wifi in my room',
  E'There is no wifi in my room ({place}) since Saturday. Other rooms on our floor also have no network. We have a CAT on Thursday.',
  E'Hello {first},\n\nThe access point on your floor failed after the power outage. A technician replaced it this afternoon; please check again and let us know.',
  E'AP in {hallname} replaced, PoE port on the floor switch reset. Warden informed.',
  E'Wifi is back, thanks.'),
 (3, 2, 'a', 'Web', 2, 'eduroam not connecting on laptop',
  E'eduroam keeps asking for my password on my Windows laptop. I am using my portal password.',
  E'Hi {first},\n\nPlease install the geteduroam app and sign in with your full address, {email}. The network password is the same as your email password, not the portal one.',
  NULL, NULL),
 (3, 3, 'a', 'Web', 2, 'Very slow internet in SCIT labs',
  E'Internet in Lab 2 and Lab 3 is extremely slow during the afternoon practicals. Pages take more than a minute to load.',
  E'Thank you for reporting. KENET confirmed congestion on the Nyeri link between 14:00 and 17:00; the upgrade to 2 Gbps is scheduled for this month.',
  NULL, NULL),
 (3, 4, 'st', 'Email', 1, 'Register my tablet on the staff network',
  E'Please register my tablet (MAC {mac}) on the staff wifi.\n\n{full}, {staffno}',
  E'Registered, {first}. The tablet will connect within ten minutes.', NULL, NULL),
 (4, 1, 's', 'Web', 3, 'Fees statement not updated after M-Pesa payment',
  E'I paid my fees through the M-Pesa paybill on {date}, transaction code {mpesa}, but the portal still shows a balance of KES 42,500 and I cannot print my exam card. Reg no {regno}, phone {phone}.',
  E'Hello {first},\n\nThe payment was received but posted to a different registration number. Finance has corrected it and your exam card is now available on the portal.',
  E'Payment had been posted to {otherregno} ({other}). {finance} in Finance reversed and reposted it.',
  E'I have seen it, thank you so much.'),
 (4, 2, 's', 'Web', 2, 'Unit registration closed',
  E'The portal says unit registration is closed, but my chairman of department gave me an extension. Reg no {regno}.',
  E'Hi {first}, registration extensions are done by Registry. I have forwarded your request to them; they will contact you.',
  E'Sent to registry@ - no ICT action needed.', NULL),
 (4, 3, 's', 'Web', 2, 'Wrong spelling of my name on the portal',
  E'My name appears as "{wrongname}" on the portal and on the provisional transcript. My correct name as per my ID card is {full}, ID number {natid}.',
  E'Dear {first},\n\nName corrections need a copy of your national ID (or passport) and birth certificate at Registry. ICT will update the portal as soon as Registry approves.',
  E'ID copy attached in the follow-up message; forwarded to Registry.',
  E'Attached is a copy of my ID.'),
 (4, 4, 'x', 'Phone', 2, 'Parent asking about son''s portal',
  E'Call from {full} ({phone}), parent of {other}, reg no {otherregno}. Says the son cannot see his results and the portal is locked. Wants us to tell her the balance and the results.',
  E'Dear {first},\n\nFor privacy we can only discuss a student''s account with the student. Please ask {otherfirst} to contact us from his student email or to visit the ICT Service Desk.',
  E'Did not disclose anything. Portal is blocked for fee balance, not an ICT issue.', NULL),
 (5, 1, 's', 'Web', 4, 'Cannot submit assignment on eLearning',
  E'When I upload my assignment for {course} the page times out. The deadline is tonight at midnight. Please help or extend.',
  E'Hi {first},\n\nThe upload limit is 20 MB and your file is 48 MB. Please compress the PDF and try again. I have asked your lecturer, {lecturer}, to allow a late submission until 10am tomorrow.',
  NULL, E'Submitted, thanks.'),
 (5, 2, 's', 'Web', 2, 'Course missing from my eLearning dashboard',
  E'I am not enrolled in {course} on eLearning although I registered the unit on the portal.',
  E'Hello {first}, the enrolment sync runs every night; I have enrolled you manually so you can access it now.', NULL, NULL),
 (5, 3, 's', 'Email', 3, 'CAT quiz closed early',
  E'Good evening,\n\nOur {course} CAT closed at 10:40 instead of 11:00 and 14 students could not finish. I am the class rep; the list is attached.\n\n{full}\n{regno}',
  E'Thank you {first}. The quiz had been set in the wrong time zone. Your lecturer has reopened it for the affected students until Friday.',
  E'List of 14 students forwarded to {lecturer}.', NULL),
 (5, 4, 'st', 'Email', 2, 'New course shell for {course}',
  E'Kindly create a course shell for {course} for the January semester and enrol me as the teacher.\n\n{full}\n{staffno}',
  E'Done, {first}. The course is hidden from students until you make it visible.', NULL, NULL),
 (6, 1, 's', 'Web', 1, 'Library printer jammed and took my credit',
  E'The printer on the first floor of the library keeps jamming and it has taken KES 50 of my print credit.',
  E'Hi {first}, the printer has been serviced and the KES 50 has been refunded to your print account.', NULL, NULL),
 (6, 2, 'st', 'Phone', 4, 'Lab 4 computers not booting',
  E'Ten computers in SCIT Lab 4 show "no boot device". We have a practical exam on {date}.',
  E'Hello {first}, the machines have been re-imaged and all 40 computers in Lab 4 are working.',
  E'Three disks failed (asset tags {asset} and two others); replaced from the store.', NULL),
 (6, 3, 's', 'Web', 2, 'Print credit not loaded',
  E'I bought print credit via M-Pesa ({mpesa}) but my print account shows 0. Reg no {regno}.',
  E'Hi {first}, the payment had not been matched because the account number was missing. The credit has been loaded.', NULL, NULL),
 (7, 1, 'st', 'Web', 2, 'Office laptop not charging',
  E'My office laptop (asset tag {asset}) does not charge. I am in {place}. You can call me on {phone}.',
  E'Hi {first}, the charger was faulty; a technician will bring a replacement to your office this afternoon.',
  E'Charger replaced. Battery health 41%: add to the replacement list for next quarter.', NULL),
 (7, 2, 'st', 'Web', 1, 'Desktop very slow',
  E'My computer takes about twenty minutes to start in the morning.',
  E'Hello {first}, we replaced the hard disk with an SSD; it now starts in under a minute.', NULL, NULL),
 (7, 3, 'st', 'Phone', 3, 'Tea spilled on laptop',
  E'Called in: spilled tea on laptop keyboard this morning, it switched off. Asset {asset}. Exam papers are on it. Mobile {phone}.',
  E'Hi {first},\n\nThe motherboard is damaged, but we recovered all your files from the SSD and put them in your OneDrive. The insurance claim form is attached.',
  E'Board beyond repair. Data recovered to OneDrive. Claim form sent to {first}; HOD to sign.', NULL),
 (8, 1, 'st', 'Web', 2, 'Install SPSS on my office computer',
  E'Please install SPSS 29 on my computer, asset {asset}, {place}. I need it for a research project with {other}.',
  E'Installed, {first}. The university licence is valid until 30 September.', NULL, NULL),
 (8, 2, 'a', 'Web', 2, 'MATLAB licence expired in Lab 2',
  E'MATLAB says the licence has expired on all the computers in Lab 2.',
  E'The campus licence file has been renewed on the licence server; MATLAB opens normally again.', NULL, NULL),
 (8, 3, 'st', 'Email', 2, 'Zoom Pro account for a PhD defence',
  E'I need a Zoom Pro account for the PhD defence of {other} on {date}. The external examiner joins from {city}.\n\nRegards,\n{full}',
  E'Hello {first}, a licensed Zoom account has been assigned to you until the end of the month. A technician will also be in the room on the day.', NULL, NULL),
 (9, 1, 'a', 'Phone', 4, 'Projector in LT3 not working',
  E'The projector in Lecture Theatre 3 shows "no signal" from the HDMI cable. Class at 2pm.',
  E'A technician is on the way with a spare HDMI cable and adapter.', NULL, NULL),
 (9, 2, 'st', 'Web', 2, 'Projectors and PA for graduation rehearsal',
  E'We need two projectors and a PA system for the graduation rehearsal on {date} at the Graduation Square. Contact person on the day: {other}, {otherphone}.',
  E'Approved. Please collect from the ICT store on the day before from 2pm.',
  E'Issued two projectors ({asset} and one spare) and the PA; signed out by {otherfirst}.', NULL),
 (9, 3, 'a', 'Web', 1, 'Microphone in Hall 1 humming',
  E'The wireless microphone in Hall 1 makes a loud humming noise.',
  E'The receiver was on the same channel as the one in Hall 2; fixed.', NULL, NULL),
 (10, 1, 'st', 'Phone', 4, 'Power outage on second floor',
  E'No power on the second floor of {bldg} since morning. The fridges in the lab are off and samples are at risk.',
  E'Hi {first}, the fault was a burnt breaker in the distribution board. Power was restored at 11:30.',
  E'Kiptoo Electricals called in to replace the DB; quotation KES 38,000.', NULL),
 (10, 2, 'st', 'Web', 4, 'Sparking socket in my office',
  E'The socket next to my desk in {place} sparked and smells burnt. I have switched it off at the mains. My mobile is {phone} if you need access.',
  E'Electrician {agentfirst} will come at 10am tomorrow.',
  E'Socket replaced. Old aluminium wiring on this floor; recommend rewiring the whole floor.', NULL),
 (10, 3, 'a', 'Web', 3, 'Security lights off near Tana Hall',
  E'The security lights on the path from the library to Tana Hall are off. It is very dark and students feel unsafe at night.',
  E'The photocell was faulty and has been replaced; the lights are back on.', NULL, NULL),
 (11, 1, 's', 'Phone', 4, 'Burst pipe in washrooms',
  E'Water is flooding the ground floor washrooms in {hallname}. Please come urgently.',
  E'A plumber has been dispatched.',
  E'Main valve closed by the custodian on duty, {otherfirst}. Pipe replaced by 6pm.', NULL),
 (11, 2, 'st', 'Phone', 3, 'No water in staff house',
  E'No water in staff house No. {num} (Kamakwa staff quarters) for three days. His wife is unwell and they need water. {full}, {phone}.',
  E'Dear {first}, the borehole pump was being repaired and supply has been restored. If it fails again a water bowser will be sent.',
  E'Wanjohi Plumbing replaced the pump control unit, invoice WPB/{num}.', NULL),
 (11, 3, 'a', 'Web', 1, 'Leaking tap in the chemistry lab',
  E'The tap at the second sink in the chemistry lab is leaking continuously.',
  E'Washer replaced.', NULL, NULL),
 (12, 1, 'a', 'Web', 1, 'Broken chairs in LT2',
  E'About fifteen chairs in LT2 have broken writing boards.',
  E'The carpenter has repaired twelve; three were replaced from the store.', NULL, NULL),
 (12, 2, 'st', 'Email', 1, 'Partition for a new staff member',
  E'We need a partition in {place} for {other}, who joins our office next week.\n\n{full}',
  E'Hello {first}, the partition will be installed on Saturday so as not to disturb the office.', NULL, NULL),
 (13, 1, 's', 'Web', 3, 'Broken window in my room',
  E'The window in my room ({place}) is broken and it is very cold at night. My roommate {other} has a chest infection. Please fix it quickly. {phone}',
  E'Hi {first}, the glass will be replaced tomorrow morning. Please make sure someone is in the room.',
  E'Glazier booked. Roommate {otherfirst} referred to the university clinic by the custodian.', NULL),
 (13, 2, 's', 'Web', 3, 'Bed bugs in our room',
  E'Our room ({place}) has bed bugs. We have bites all over.\n{full}, {regno}',
  E'Fumigation of your wing is scheduled for Saturday morning. Please move your belongings out of the room on Friday evening.',
  E'Wing fumigated. Four students moved to Aberdare Hall for two nights.', NULL),
 (13, 3, 's', 'Phone', 4, 'Locked out of room',
  E'Student locked out of {place}, key broke inside the lock. Calling from {phone}.',
  E'The custodian is on the way with the master key.', NULL, NULL),
 (13, 4, 's', 'Web', 3, 'Room change on medical grounds',
  E'I request to move to a ground floor room because I am on crutches after a knee operation at {hosp}. The letter from {doc} is attached.\n\n{full}, {regno}, {phone}',
  E'Hello {first}, you have been allocated {newroom} from Monday. Get well soon.',
  E'Medical letter verified with the university clinic. Temporary allocation until the end of the semester.', NULL),
 (14, 1, 's', 'Web', 2, 'Lost student ID card',
  E'I lost my student ID card yesterday near the cafeteria. Please block it. Reg no {regno}.',
  E'Your card has been blocked. The replacement fee is KES 500; pay at Finance and bring the receipt to the Security office.', NULL, NULL),
 (14, 2, 'st', 'Email', 3, 'CCTV footage request - stolen laptop',
  E'My laptop was stolen from {place} between 1pm and 3pm on {date}. I have reported to Nyeri police station, OB number {ob}. Please preserve the CCTV footage of the corridor.\n\n{full}\n{phone}',
  E'Dear {first}, the footage has been preserved and the Security office will contact you.',
  E'Footage shows a man in a red hoodie at 14:12. Copy handed to police officer {other} on {date2}; export logged.', NULL),
 (14, 3, 'st', 'Email', 2, 'Door access for a lab technician',
  E'Please grant {other} ({otherstaffno}) access to Lab 4 and the server room.\n\n{full}',
  E'Done; {otherfirst}''s card opens both doors from today.', NULL, NULL),
 (15, 1, 's', 'Web', 3, 'Account and deadline extension - medical leave',
  E'I am on medical leave from {date} to {date2} after being admitted at {hosp} with {illness}. I need my student account and eLearning access kept active and the deadlines for {course} extended. The letter from {doc} is attached.\n\n{full}\n{regno}\n{phone}',
  E'Dear {first},\n\nYour account will stay active and your lecturers have been informed that you are on leave on medical grounds. Get well soon.',
  E'Dean of Students confirmed, ref DOS/MED/{num}. Do not share the diagnosis with lecturers: "medical grounds" only.', NULL),
 (15, 2, 's', 'Email', 2, 'Compassionate leave',
  E'I lost my father last week and have travelled home to {hometown} for the burial. I will not have internet until {date}. Please keep my account open and tell my lecturers.\n\n{full}\n{regno}',
  E'Pole sana, {first}. Your account stays open and the Dean of Students has informed your lecturers. Take care.',
  E'Dean of Students informed; lecturers notified.', NULL),
 (15, 3, 'st', 'Email', 2, 'Maternity leave - forward my email',
  E'I begin maternity leave on {date}. Please forward my emails to {other} and set an out-of-office message until {date2}.\n\n{full}\n{staffno}',
  E'Hello {first}, forwarding and the out-of-office message are set. Congratulations and all the best!',
  E'Forwarding to {otheruser}; remove on {date2}.', NULL),
 (16, 1, 'a', 'Web', 2, 'Cannot access JSTOR off campus',
  E'JSTOR asks me to pay when I open articles from home.',
  E'Please open JSTOR through the library website so that you go through EZproxy; direct links do not recognise the university subscription.', NULL, NULL),
 (16, 2, 's', 'Web', 2, 'EZproxy login fails',
  E'The library e-resources login fails with my reg no {regno}.',
  E'Hi {first}, your library record had expired; it has been renewed until the end of your programme.', NULL, NULL),
 (17, 1, 'st', 'Phone', 3, 'Biometric clock offline',
  E'The biometric clock at the Nairobi campus reception is offline; staff cannot clock in.',
  E'The device lost its IP address after the router was replaced; fixed.', NULL, NULL),
 (17, 2, 'a', 'Email', 4, 'Internet down at Nairobi CBD campus',
  E'No internet on the whole 4th floor of Mlima House since 9am.',
  E'Safaricom restored the fibre link at 13:20 (cut during roadworks on Moi Avenue).', NULL, NULL),
 (18, 1, 'a', 'Web', 1, 'Thank you',
  E'Just wanted to thank {agentfirst} for helping us with the projector yesterday. Very professional.',
  E'Thank you for the feedback, {first}!', NULL, NULL),
 (18, 2, 's', 'Email', 2, 'Letter confirming my attachment at ICT',
  E'I need a letter confirming my industrial attachment at the ICT department from {date} to {date2} for my university.\n\n{full}\n{regno}\n{phone}',
  E'Hello {first}, the signed letter is attached. The original can be collected from the ICT Centre reception.', NULL, NULL),
 (18, 3, 'x', 'Email', 2, 'Guest wifi and gate passes for engineers',
  E'Dear Sir/Madam,\n\nThree engineers will be on site from {date} for the core switch upgrade: {other}, {third} and myself. Kindly provide guest wifi vouchers and gate passes.\n\nBest regards,\n{full}\n{phone}',
  E'Dear {first}, the vouchers and gate passes will be at the main gate. Please bring your national IDs or passports.',
  E'Vouchers issued for 5 days. Gate passes: {other}, {third}, {full}.', NULL);

-- A Kenyan name for people who only appear inside text (doctors, police).
CREATE FUNCTION pgen.kname(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT cu.firsts[1 + fixture_gen.n(tag || 'f', i, cardinality(cu.firsts))] || ' ' || cu.lasts[1 + fixture_gen.n(tag || 'l', i, cardinality(cu.lasts))]
  FROM pgen.cu cu WHERE cu.c = fixture_gen.pick(ARRAY['kik', 'kik', 'luo', 'kal', 'luh', 'kam', 'cst', 'som', 'kas'], tag, i)
$$;

-- Tickets: scenario, user, agent, time, source; ids follow creation time.
CREATE TABLE pgen.tk (t int PRIMARY KEY, k int, topic int, v int, uid int, oid int, sid int, created timestamp, source text, status int, ip text, vars jsonb);
WITH s AS (SELECT row_number() OVER (ORDER BY topic, v) AS r, * FROM pgen.scn),
raw AS (
  SELECT k, s.topic, s.v, s.who, s.src, pgen.at('tkc', k, '2023-09-04 07:00', '2024-06-21 17:00') AS created,
         CASE WHEN fixture_gen.n('tksrc', k, 4) < 3 THEN s.src ELSE fixture_gen.pick(ARRAY['Web', 'Email', 'Phone', 'Web', 'Other'], 'tksrc2', k) END AS source
  FROM generate_series(1, 430) k JOIN s ON s.r = 1 + fixture_gen.n('tks', k, (SELECT count(*) FROM pgen.scn)::int))
INSERT INTO pgen.tk (t, k, topic, v, uid, oid, sid, created, source)
SELECT row_number() OVER (ORDER BY created, k), k, topic, v,
       CASE WHEN who = 's' AND (topic = 13 OR (topic, v) = (3, 1)) THEN (1 + fixture_gen.n('tku', k, 200)) - CASE WHEN (1 + fixture_gen.n('tku', k, 200)) % 5 >= 3 THEN 2 ELSE 0 END
            ELSE CASE who WHEN 's' THEN 1 + fixture_gen.n('tku', k, 200) WHEN 'st' THEN 201 + fixture_gen.n('tku', k, 105) WHEN 'a' THEN 1 + fixture_gen.n('tku', k, 305)
         ELSE (SELECT p.i FROM pgen.p p WHERE p.kind = 'external' AND p.org = ANY (CASE WHEN topic = 1 THEN ARRAY[13] WHEN topic = 4 THEN ARRAY[20, 19] ELSE ARRAY[16, 17] END)
               ORDER BY md5(k || ':' || p.i) LIMIT 1) END END,
       CASE WHEN who IN ('s', 'x') OR (topic, v) IN ((4, 1), (1, 5), (13, 1)) THEN 1 + fixture_gen.n('tko', k, 200) ELSE 201 + fixture_gen.n('tko', k, 105) END,
       (SELECT a.sid FROM pgen.ag a JOIN ost_help_topic h ON h.dept_id = a.dept WHERE h.topic_id = raw.topic ORDER BY md5('tka' || k || ':' || a.sid) LIMIT 1),
       created, source
FROM raw;
UPDATE pgen.tk SET oid = oid + 1 WHERE oid = uid;
-- Phone tickets typed by an agent; tickets by email have no client IP.
UPDATE pgen.tk t SET
  status = CASE WHEN t.created < '2024-05-25' THEN CASE WHEN fixture_gen.n('tkst', t.t, 20) < 16 THEN 3 WHEN fixture_gen.n('tkst', t.t, 20) < 19 THEN 2 ELSE 4 END
                ELSE CASE fixture_gen.n('tkst', t.t, 6) WHEN 0 THEN 6 WHEN 1 THEN 7 WHEN 2 THEN 3 ELSE 1 END END,
  ip = CASE WHEN t.source = 'Web' THEN CASE WHEN fixture_gen.n('tkip', t.t, 3) = 0 THEN '10.' || (20 + fixture_gen.n('tkip1', t.t, 12)) || '.' || fixture_gen.n('tkip2', t.t, 256) || '.' || (1 + fixture_gen.n('tkip3', t.t, 254)) ELSE p.ip END ELSE '' END
FROM pgen.p p WHERE p.i = t.uid;
UPDATE pgen.tk SET status = 5 WHERE t IN (17, 233);

UPDATE pgen.tk t SET vars = jsonb_build_object(
    'first', u.first, 'full', u.full_name, 'phone', u.phone, 'email', u.email, 'regno', coalesce(u.regno, ''), 'staffno', coalesce(u.staffno, ''),
    'place', coalesce(u.place, 'the office'), 'ip', t.ip, 'school', coalesce((SELECT code FROM pgen.sch WHERE s = u.school), 'ADMIN'),
    'agentfirst', g.first, 'agentfull', g.full_name,
    'other', o.full_name, 'otherfirst', o.first, 'otherphone', o.phone, 'otherregno', coalesce(o.regno, ''), 'otherstaffno', coalesce(o.staffno, 'MU/' || (1200 + o.i * 7 % 3700)),
    'otheruser', substr(pgen.fold(o.first), 1, 1) || pgen.fold(o.last),
    'asset', 'MU-ICT-' || lpad(fixture_gen.n('tkas', t.t, 20000)::text, 6, '0'),
    'date', to_char(t.created::date + 1 + fixture_gen.n('tkd1', t.t, 10), CASE WHEN t.t % 3 = 0 THEN 'FMDDth Mon' ELSE 'DD/MM/YYYY' END),
    'date2', to_char(t.created::date + 12 + fixture_gen.n('tkd2', t.t, 50), 'DD/MM/YYYY'),
    'hosp', fixture_gen.pick(ARRAY['Outspan Hospital', 'Nyeri County Referral Hospital', 'Consolata Hospital Mathari', 'Aga Khan University Hospital, Nairobi', 'Kenyatta National Hospital', 'PCEA Tumutumu Hospital', 'Mater Hospital'], 'tkh', t.t),
    'doc', 'Dr. ' || pgen.kname('tkdoc', t.t),
    'course', fixture_gen.pick(ARRAY['SCT 2305 Data Structures and Algorithms', 'BBM 2104 Principles of Accounting', 'HSN 3201 Community Health Nursing', 'ENE 2210 Circuit Theory II',
        'EDU 3112 Curriculum Development', 'AGR 2203 Soil Science', 'SCT 3408 Computer Networks', 'BBM 3301 Business Law', 'HSN 2105 Human Anatomy II'], 'tkco', t.t),
    'lecturer', fixture_gen.pick(ARRAY['Dr. ', 'Mr. ', 'Ms. ', 'Prof. '], 'tklt', t.t) || (SELECT full_name FROM pgen.p WHERE i = 201 + fixture_gen.n('tklec', t.t, 60)),
    'num', (100 + fixture_gen.n('tknum', t.t, 9800))::text,
    'mpesa', 'S' || fixture_gen.chars('tkmp', t.t, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
    'mac', 'a4:5e:60:' || substr(md5('tkmac' || t.t), 1, 2) || ':' || substr(md5('tkmac' || t.t), 3, 2) || ':' || substr(md5('tkmac' || t.t), 5, 2),
    'ext', (4100 + u.i % 800)::text,
    'bldg', fixture_gen.pick(ARRAY['SCIT Building', 'Health Sciences Complex', 'Engineering Workshops Block', 'Agriculture Block', 'Kimathi Business Block', 'Administration Block'], 'tkbl', t.t),
    'hallname', CASE WHEN u.place LIKE '%Hall%' OR u.place LIKE '%Hostel%' THEN split_part(u.place, ',', 1) ELSE fixture_gen.pick(ARRAY['Kirinyaga Hall', 'Tana Hall', 'Mathari Hostel'], 'tkhl', t.t) END,
    'newroom', fixture_gen.pick(ARRAY['Kirinyaga Hall', 'Aberdare Hall', 'Tana Hall'], 'tknr', t.t) || ', Room A1' || lpad(fixture_gen.n('tknr2', t.t, 20)::text, 2, '0'),
    'ob', (10 + fixture_gen.n('tkob', t.t, 80)) || '/' || to_char(t.created::date, 'DD/MM/YYYY'),
    'illness', fixture_gen.pick(ARRAY['typhoid', 'malaria', 'pneumonia', 'a fractured leg', 'appendicitis', 'severe asthma', 'a sickle cell crisis', 'injuries from a road accident'], 'tkill', t.t),
    'hometown', CASE u.c WHEN 'luo' THEN fixture_gen.pick(ARRAY['Kisumu', 'Homa Bay', 'Siaya'], 'tkht', t.t) WHEN 'kal' THEN fixture_gen.pick(ARRAY['Eldoret', 'Kericho', 'Kapsabet'], 'tkht', t.t)
        WHEN 'luh' THEN fixture_gen.pick(ARRAY['Kakamega', 'Bungoma', 'Vihiga'], 'tkht', t.t) WHEN 'kam' THEN fixture_gen.pick(ARRAY['Machakos', 'Kitui', 'Makueni'], 'tkht', t.t)
        WHEN 'cst' THEN fixture_gen.pick(ARRAY['Mombasa', 'Lamu', 'Kilifi'], 'tkht', t.t) WHEN 'som' THEN fixture_gen.pick(ARRAY['Garissa', 'Wajir', 'Mandera'], 'tkht', t.t)
        WHEN 'kik' THEN fixture_gen.pick(ARRAY['Murang''a', 'Kiambu', 'Ol Kalou'], 'tkht', t.t) WHEN 'ug' THEN 'Mbarara' WHEN 'tz' THEN 'Moshi' WHEN 'et' THEN 'Hawassa' WHEN 'ng' THEN 'Enugu'
        ELSE 'Nairobi' END,
    'wrongname', left(u.first, length(u.first) - 1) || ' ' || upper(u.last),
    'natid', (2 + fixture_gen.n('tkid', t.t, 3)) || fixture_gen.digits('tkid', t.t, 7),
    'finance', fixture_gen.pick(ARRAY['Mrs. Esther Wanjiku', 'Mr. Daniel Kyalo', 'Ms. Rehema Salim'], 'tkfin', t.t),
    'city', fixture_gen.pick(ARRAY['Pretoria', 'Kampala', 'Leeds', 'Nijmegen', 'Dar es Salaam', 'Addis Ababa'], 'tkcity', t.t),
    'third', CASE WHEN t.t % 2 = 0 THEN (SELECT l || ' ' || f FROM (SELECT fixture_gen.pick(ARRAY['Wei', 'Hao', 'Jun', 'Lei'], 'tk3f', t.t) AS f, fixture_gen.pick(ARRAY['Wang', 'Li', 'Zhang', 'Chen'], 'tk3l', t.t) AS l) z)
                 ELSE pgen.kname('tk3', t.t) END)
FROM pgen.p u, pgen.p o, pgen.p g WHERE u.i = t.uid AND o.i = t.oid AND g.i = 500 + t.sid;

-- fill: a template with the ticket's values; html: as osTicket stores rich text.
CREATE FUNCTION pgen.fill(tpl text, vars jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE k text; r text := tpl;
BEGIN
  IF r IS NULL THEN RETURN NULL; END IF;
  FOR k IN SELECT jsonb_object_keys(vars) ORDER BY 1 DESC LOOP
    r := replace(r, '{' || k || '}', vars ->> k);
  END LOOP;
  RETURN r;
END $$;
CREATE FUNCTION pgen.html(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '<p>' || replace(replace(replace(replace(replace(s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), E'\n\n', '</p><p>'), E'\n', '<br />') || '</p>'
$$;
-- Police officers and vendor engineers are not users.
UPDATE pgen.tk SET vars = vars || jsonb_build_object('other', 'Cpl. ' || pgen.kname('tkpol', t), 'otherfirst', 'the officer') WHERE (topic, v) = (14, 2);
UPDATE pgen.tk SET vars = vars || jsonb_build_object('other', pgen.kname('tkeng', t)) WHERE (topic, v) = (18, 3);

-- ---------------------------------------------------------------------------
-- Tickets and their custom data.

CREATE TABLE ost_ticket (
    ticket_id serial PRIMARY KEY, ticket_pid integer, number varchar(20), user_id integer NOT NULL DEFAULT 0, user_email_id integer NOT NULL DEFAULT 0,
    status_id integer NOT NULL DEFAULT 0, dept_id integer NOT NULL DEFAULT 0, sla_id integer NOT NULL DEFAULT 0, topic_id integer NOT NULL DEFAULT 0,
    staff_id integer NOT NULL DEFAULT 0, team_id integer NOT NULL DEFAULT 0, email_id integer NOT NULL DEFAULT 0, lock_id integer NOT NULL DEFAULT 0,
    flags integer NOT NULL DEFAULT 0, sort integer NOT NULL DEFAULT 0, ip_address varchar(64) NOT NULL DEFAULT '',
    source varchar(5) NOT NULL DEFAULT 'Other' CHECK (source IN ('Web', 'Email', 'Phone', 'API', 'Other')), source_extra varchar(40),
    isoverdue smallint NOT NULL DEFAULT 0, isanswered smallint NOT NULL DEFAULT 0, duedate timestamp, est_duedate timestamp, reopened timestamp,
    closed timestamp, lastupdate timestamp, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_ticket
SELECT t.t, CASE WHEN t.t IN (212, 305) THEN t.t - 3 END,
       CASE WHEN h.number_format IS NOT NULL THEN left(h.number_format, 4) || lpad((1000 + row_number() OVER (PARTITION BY left(h.number_format, 3) ORDER BY t.t))::text, 4, '0')
            ELSE lpad((100000 + fixture_gen.n('tknb', t.t, 899999))::text, 6, '0') END,
       t.uid, CASE WHEN t.source = 'Email' AND e2.id IS NOT NULL THEN e2.id ELSE t.uid END, t.status, h.dept_id, coalesce(nullif(h.sla_id, 0), 1), t.topic,
       CASE WHEN t.t % 11 = 3 AND t.status = 1 THEN 0 ELSE t.sid END, CASE WHEN t.t % 7 = 0 THEN h.team_id ELSE 0 END,
       CASE WHEN t.source = 'Email' THEN coalesce(d.email_id, 1) ELSE 0 END, 0, CASE WHEN t.status IN (6, 7) THEN 0 ELSE 0 END, 0, t.ip, t.source, NULL,
       CASE WHEN t.t % 17 = 2 THEN 1 ELSE 0 END, CASE WHEN t.status IN (2, 3, 4) OR t.t % 3 = 0 THEN 1 ELSE 0 END,
       CASE WHEN t.t % 19 = 4 THEN t.created + interval '3 days' END, t.created + make_interval(hours => CASE h.sla_id WHEN 2 THEN 4 WHEN 3 THEN 2 WHEN 4 THEN 8 WHEN 5 THEN 240 ELSE 48 END),
       CASE WHEN t.t % 23 = 6 THEN t.created + interval '5 days' END,
       CASE WHEN t.status IN (2, 3, 4) THEN t.created + make_interval(hours => 2 + fixture_gen.n('tkcl', t.t, 200)) END,
       t.created + make_interval(mins => 20 + fixture_gen.n('tklu', t.t, 4000)), t.created,
       t.created + make_interval(mins => 20 + fixture_gen.n('tklu', t.t, 4000))
FROM pgen.tk t JOIN ost_help_topic h ON h.topic_id = t.topic JOIN ost_department d ON d.id = h.dept_id
LEFT JOIN ost_user_email e2 ON e2.user_id = t.uid AND e2.id > 340
ORDER BY t.t;
UPDATE ost_ticket SET lastupdate = closed, updated = closed WHERE closed IS NOT NULL AND closed > lastupdate;

CREATE TABLE ost_ticket__cdata (
    ticket_id integer PRIMARY KEY, subject text, priority text, campus text, building text, room text, asset_tag text, callback_phone text
);
INSERT INTO ost_ticket__cdata
SELECT t.t, pgen.fill(s.subj, t.vars), coalesce(s.pri, 2)::text,
       CASE WHEN t.topic = 17 THEN 'Nairobi CBD Campus' WHEN t.topic IN (10, 11, 12, 13, 14, 6, 7, 9) OR t.t % 4 = 0 THEN coalesce(u.campus, 'Main Campus (Nyeri)') END,
       CASE WHEN t.topic IN (3, 11, 13) AND (u.place LIKE '%Hall%' OR u.place LIKE '%Hostel%') THEN split_part(u.place, ',', 1)
            WHEN t.topic IN (7, 8, 10, 12, 14) AND u.place LIKE '%, Room %' THEN split_part(u.place, ',', 1)
            WHEN t.topic = 10 THEN t.vars ->> 'bldg' WHEN t.topic = 9 THEN fixture_gen.pick(ARRAY['Lecture Theatre 3', 'Hall 1', 'Graduation Square', 'LT2'], 'cdb', t.t)
            WHEN t.topic = 6 THEN fixture_gen.pick(ARRAY['Main Library', 'SCIT Building'], 'cdb', t.t) END,
       CASE WHEN t.topic IN (3, 7, 8, 10, 12, 13, 14) AND u.place LIKE '%, Room %' THEN split_part(u.place, ', Room ', 2)
            WHEN t.topic = 6 THEN fixture_gen.pick(ARRAY['Lab 2', 'Lab 3', 'Lab 4', '1st floor'], 'cdr', t.t) END,
       CASE WHEN t.topic IN (6, 7, 8, 9) AND t.t % 3 <> 1 THEN t.vars ->> 'asset' END,
       CASE WHEN t.t % 10 < 3 OR t.topic IN (10, 11, 13) THEN CASE WHEN t.t % 5 = 0 THEN pgen.phone('kik', 'cdcb', t.t) ELSE u.phone END END
FROM pgen.tk t JOIN pgen.scn s USING (topic, v) JOIN pgen.p u ON u.i = t.uid ORDER BY t.t;

-- ---------------------------------------------------------------------------
-- Threads: one per ticket and one per task; entries: messages (M),
-- responses (R) and internal notes (N).

CREATE TABLE ost_thread (
    id serial PRIMARY KEY, object_id integer NOT NULL, object_type char(1) NOT NULL, extra text, lastresponse timestamp, lastmessage timestamp, created timestamp NOT NULL
);

CREATE TABLE pgen.te (t int, seq int, type char(1), staff_id int, user_id int, poster text, title text, body text, format text, ip text, created timestamp, source text);
INSERT INTO pgen.te
SELECT t.t, 1, 'M', CASE WHEN t.source = 'Phone' THEN t.sid ELSE 0 END, t.uid, u.typed_name, pgen.fill(s.subj, t.vars),
       CASE WHEN t.source = 'Email' AND t.t % 4 = 0 THEN pgen.fill(s.msg, t.vars) ELSE pgen.html(pgen.fill(s.msg, t.vars)) END,
       CASE WHEN t.source = 'Email' AND t.t % 4 = 0 THEN 'text' ELSE 'html' END, t.ip, t.created, t.source
FROM pgen.tk t JOIN pgen.scn s USING (topic, v) JOIN pgen.p u ON u.i = t.uid
UNION ALL
SELECT t.t, 2, 'R', t.sid, 0, g.full_name, NULL,
       pgen.html(pgen.fill(s.reply, t.vars)) || CASE WHEN st.signature <> '' AND t.t % 3 <> 0 THEN CASE WHEN st.signature LIKE '<p>%' THEN st.signature ELSE pgen.html(st.signature) END ELSE '' END,
       'html', CASE WHEN t.t % 4 = 0 THEN '10.20.1.' || (20 + t.sid) ELSE '196.201.220.' || (30 + t.sid) END,
       t.created + make_interval(mins => 15 + fixture_gen.n('ter', t.t, 1400)), NULL
FROM pgen.tk t JOIN pgen.scn s USING (topic, v) JOIN pgen.p g ON g.i = 500 + t.sid JOIN ost_staff st ON st.staff_id = t.sid
WHERE NOT (t.status IN (1, 6) AND t.t % 3 = 0)
UNION ALL
SELECT t.t, 3, 'N', t.sid, 0, g.full_name,
       CASE WHEN t.t % 5 = 0 THEN fixture_gen.pick(ARRAY['Called user', 'Follow-up', 'For the record', 'Escalation'], 'tent', t.t) END,
       pgen.html(pgen.fill(s.note, t.vars)), 'html', '10.20.1.' || (20 + t.sid),
       t.created + make_interval(mins => 30 + fixture_gen.n('ten', t.t, 2000)), NULL
FROM pgen.tk t JOIN pgen.scn s USING (topic, v) JOIN pgen.p g ON g.i = 500 + t.sid
WHERE s.note IS NOT NULL AND t.t % 5 <> 2
UNION ALL
SELECT t.t, 4, 'M', 0, t.uid, u.typed_name, 'Re: ' || pgen.fill(s.subj, t.vars),
       CASE WHEN t.source = 'Email' THEN pgen.html(pgen.fill(s.fup, t.vars) || E'\n\nSent from my Tecno phone' || E'\n\n-------- Original message --------\nFrom: ' || ed.name || ' <' || ed.email || '>') ELSE pgen.html(pgen.fill(s.fup, t.vars)) END,
       'html', CASE WHEN t.source = 'Web' THEN u.ip ELSE '' END,
       t.created + make_interval(mins => 1500 + fixture_gen.n('tef', t.t, 3000)), CASE WHEN t.source = 'Email' THEN 'Email' ELSE 'Web' END
FROM pgen.tk t JOIN pgen.scn s USING (topic, v) JOIN pgen.p u ON u.i = t.uid JOIN ost_ticket tt ON tt.ticket_id = t.t
LEFT JOIN ost_email ed ON ed.email_id = greatest(tt.email_id, 1)
WHERE s.fup IS NOT NULL AND t.t % 10 < 7
UNION ALL
SELECT t.t, 5, 'N', CASE WHEN t.t % 2 = 0 THEN t.sid ELSE 1 END, 0, CASE WHEN t.t % 2 = 0 THEN g.full_name ELSE 'Grace Wairimu' END, NULL,
       pgen.html(fixture_gen.pick(ARRAY['Escalated to the Networks team.', 'Waiting for parts from the supplier.', 'Will visit tomorrow morning.', 'Duplicate of an earlier ticket; merged.',
         'Checked remotely, no fault found.', 'Requested quotation from the contractor.', 'Reassigned: original technician on leave.', 'Spoke to the user, issue understood.'], 'teg', t.t)),
       'html', '10.20.1.' || (20 + t.sid), t.created + make_interval(mins => 25 + fixture_gen.n('teg2', t.t, 900)), NULL
FROM pgen.tk t JOIN pgen.p g ON g.i = 500 + t.sid WHERE t.t % 6 = 1
UNION ALL
SELECT t.t, 6, 'R', t.sid, 0, g.full_name, NULL,
       pgen.html(fixture_gen.pick(ARRAY['We are closing this ticket. If the problem comes back, simply reply to this message.', 'Closing this ticket as resolved. Thank you for your patience.',
         'This ticket has been resolved. Kindly rate our service using the link in the footer.'], 'tec', t.t)),
       'html', '10.20.1.' || (20 + t.sid), tt.closed - interval '2 minutes', NULL
FROM pgen.tk t JOIN pgen.p g ON g.i = 500 + t.sid JOIN ost_ticket tt ON tt.ticket_id = t.t WHERE tt.closed IS NOT NULL AND t.t % 3 = 1;

-- Tasks (estates and hostel jobs spun off tickets) and their threads.
CREATE TABLE ost_task (
    id serial PRIMARY KEY, object_id integer NOT NULL DEFAULT 0, object_type char(1) NOT NULL, number varchar(20), dept_id integer NOT NULL DEFAULT 0,
    staff_id integer NOT NULL DEFAULT 0, team_id integer NOT NULL DEFAULT 0, lock_id integer NOT NULL DEFAULT 0, flags integer NOT NULL DEFAULT 0,
    duedate timestamp, closed timestamp, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_task (object_id, object_type, number, dept_id, staff_id, team_id, lock_id, flags, duedate, closed, created, updated)
SELECT t.t, 'T', NULL, CASE WHEN t.topic IN (10, 11, 12, 13) THEN h.dept_id WHEN t.topic = 14 THEN 9 ELSE 2 END,
       CASE WHEN t.t % 4 = 0 THEN 0 ELSE (SELECT a.sid FROM pgen.ag a WHERE a.dept = CASE WHEN t.topic IN (10, 11, 12, 13) THEN h.dept_id WHEN t.topic = 14 THEN 9 ELSE 2 END ORDER BY md5('tsa' || t.t || a.sid) LIMIT 1) END,
       CASE WHEN t.t % 4 = 0 THEN coalesce(nullif(h.team_id, 0), 2) ELSE 0 END, 0, CASE WHEN tt.closed IS NULL THEN 1 ELSE 0 END,
       t.created + interval '2 days', tt.closed - interval '1 hour', t.created + make_interval(mins => 40 + fixture_gen.n('tsc', t.t, 600)),
       coalesce(tt.closed - interval '1 hour', t.created + interval '1 day')
FROM pgen.tk t JOIN ost_help_topic h ON h.topic_id = t.topic JOIN ost_ticket tt ON tt.ticket_id = t.t
WHERE (t.topic IN (10, 11, 12, 13) AND t.t % 3 <> 0) OR (t.topic = 14 AND t.v = 2) OR (t.topic = 3 AND t.v = 1 AND t.t % 2 = 0)
ORDER BY 11;
UPDATE ost_task SET number = (100 + id)::text;
UPDATE ost_task SET closed = NULL WHERE closed < created;

INSERT INTO ost_thread (id, object_id, object_type, extra, lastresponse, lastmessage, created)
SELECT t.t, t.t, 'T', CASE WHEN tt.ticket_pid IS NOT NULL THEN '{"merged":' || tt.ticket_pid || '}' END,
       (SELECT max(created) FROM pgen.te e WHERE e.t = t.t AND e.type = 'R'), (SELECT max(created) FROM pgen.te e WHERE e.t = t.t AND e.type = 'M'), t.created
FROM pgen.tk t JOIN ost_ticket tt ON tt.ticket_id = t.t ORDER BY t.t;
INSERT INTO ost_thread (id, object_id, object_type, extra, lastresponse, lastmessage, created)
SELECT 1000 + k.id, k.id, 'A', NULL, NULL, k.created, k.created FROM ost_task k ORDER BY k.id;

-- Task thread entries: the description the agent typed, and a note.
INSERT INTO pgen.te
SELECT -k.id, 1, 'M', coalesce(nullif(k.staff_id, 0), 20), 0, g.full_name,
       CASE t.topic WHEN 10 THEN 'Electrical repair: ' || coalesce(c.building, t.vars ->> 'bldg') WHEN 11 THEN 'Plumbing: ' || coalesce(c.building, t.vars ->> 'hallname')
            WHEN 12 THEN 'Carpentry job' WHEN 13 THEN 'Hostel repair: ' || coalesce(c.building || ' ' || c.room, 'room') WHEN 14 THEN 'CCTV export for police'
            ELSE 'Replace access point: ' || coalesce(c.building, 'hostel') END,
       pgen.html(CASE t.topic
         WHEN 13 THEN 'Please attend to ' || (t.vars ->> 'place') || '. Student: ' || (t.vars ->> 'full') || ', ' || (t.vars ->> 'phone') || '. See ticket for details.'
         WHEN 10 THEN 'Attend to the fault reported by ' || (t.vars ->> 'full') || ' in ' || coalesce(c.building, t.vars ->> 'bldg') || '. Call ' || (t.vars ->> 'phone') || ' before going.'
         WHEN 11 THEN 'Burst or leaking pipe, see ticket. Contact: ' || (t.vars ->> 'first') || ' ' || (t.vars ->> 'phone') || '.'
         WHEN 14 THEN 'Export corridor footage ' || (t.vars ->> 'date') || ' 13:00-15:00 to USB, hand over against signature. OB ' || (t.vars ->> 'ob') || '.'
         ELSE 'Replace the failed access point and check the PoE port.' END),
       'html', '10.20.1.' || (20 + coalesce(nullif(k.staff_id, 0), 20)), k.created, NULL
FROM ost_task k JOIN pgen.tk t ON t.t = k.object_id LEFT JOIN ost_ticket__cdata c ON c.ticket_id = t.t JOIN pgen.p g ON g.i = 500 + coalesce(nullif(k.staff_id, 0), 20)
UNION ALL
SELECT -k.id, 2, 'N', coalesce(nullif(k.staff_id, 0), 20), 0, g.full_name, NULL,
       pgen.html(fixture_gen.pick(ARRAY['Done. Materials from store: 1 breaker 32A, cable 2.5mm 10 m.', 'Done, user satisfied.', 'Could not access the room, nobody in. Will go back tomorrow 8am.',
         'Contractor on site 9:30-14:00.', 'Parts requisition raised (PR/' || (4000 + k.id) || ').', 'Handed USB to the officer, signed in the CCTV register.'], 'tkn', k.id)),
       'html', '10.20.1.' || (20 + coalesce(nullif(k.staff_id, 0), 20)), k.created + interval '5 hours', NULL
FROM ost_task k JOIN pgen.p g ON g.i = 500 + coalesce(nullif(k.staff_id, 0), 20) WHERE k.id % 3 <> 0;

CREATE TABLE ost_thread_entry (
    id serial PRIMARY KEY, pid integer NOT NULL DEFAULT 0, thread_id integer NOT NULL DEFAULT 0, staff_id integer NOT NULL DEFAULT 0, user_id integer NOT NULL DEFAULT 0,
    type char(1) NOT NULL DEFAULT '', flags integer NOT NULL DEFAULT 0, poster varchar(128) NOT NULL DEFAULT '', editor integer, editor_type char(1),
    source varchar(32) NOT NULL DEFAULT '', title varchar(255), body text NOT NULL, format varchar(16) NOT NULL DEFAULT 'html', ip_address varchar(64) NOT NULL DEFAULT '',
    extra text, recipients text, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_thread_entry (pid, thread_id, staff_id, user_id, type, flags, poster, editor, editor_type, source, title, body, format, ip_address, extra, recipients, created, updated)
SELECT 0, CASE WHEN e.t > 0 THEN e.t ELSE 1000 - e.t END, e.staff_id, e.user_id, e.type,
       CASE WHEN e.type = 'M' AND e.source = 'Email' THEN 65 WHEN e.type = 'M' THEN 64 WHEN e.type = 'R' THEN 576 ELSE 64 END,
       e.poster, CASE WHEN e.type = 'N' AND e.t % 13 = 0 THEN e.staff_id END, CASE WHEN e.type = 'N' AND e.t % 13 = 0 THEN 'S' END,
       coalesce(e.source, ''), e.title, e.body, e.format, coalesce(e.ip, ''),
       CASE WHEN e.type = 'M' AND e.source = 'Email' AND e.t % 9 = 0 THEN '{"thread":' || e.t || ',"reply-to":null}' END,
       CASE WHEN e.type = 'R' AND e.t > 0 THEN
         '{"to":{"' || t.uid || '":"' || replace(u.typed_name, '"', '') || ' <' || u.email || '>"}'
         || CASE WHEN e.t % 5 = 1 THEN ',"cc":{"' || t.oid || '":"' || o.full_name || ' <' || o.email || '>"}' ELSE '' END || '}' END,
       e.created, e.created + CASE WHEN e.type = 'N' AND e.t % 13 = 0 THEN interval '7 minutes' ELSE interval '0' END
FROM pgen.te e LEFT JOIN pgen.tk t ON t.t = e.t LEFT JOIN pgen.p u ON u.i = t.uid LEFT JOIN pgen.p o ON o.i = t.oid
ORDER BY e.created, e.t, e.seq;
UPDATE ost_thread_entry SET pid = x.first_id FROM (SELECT thread_id, min(id) AS first_id FROM ost_thread_entry GROUP BY thread_id) x
WHERE x.thread_id = ost_thread_entry.thread_id AND ost_thread_entry.id <> x.first_id AND ost_thread_entry.type = 'M';

-- Raw headers and Message-IDs of messages that came in by email.
CREATE TABLE ost_thread_entry_email (id serial PRIMARY KEY, thread_entry_id integer NOT NULL, email_id integer, mid varchar(255) NOT NULL, headers text);
INSERT INTO ost_thread_entry_email (thread_entry_id, email_id, mid, headers)
SELECT x.id, x.email_id, x.mid,
       'Return-Path: <' || x.email || E'>\r\nReceived: from ' || x.relay || ' (' || x.relay || ' [' || x.sip || E'])\r\n        by ' || x.mx
       || E' with ESMTPS id ' || pgen.rnd('hdid', x.id, 12) || E'\r\n        for <' || x.rcpt || '>; ' || to_char(x.created, 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0300\r\n'
       || CASE WHEN x.sip LIKE '10.%' THEN '' ELSE 'X-Originating-IP: [' || x.cip || E']\r\n' END
       || 'From: "' || replace(x.name, '"', '') || '" <' || x.email || E'>\r\nTo: ' || x.rcpt || E'\r\n'
       || 'Subject: ' || x.title || E'\r\nDate: ' || to_char(x.created, 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0300\r\nMessage-ID: ' || x.mid || E'\r\n'
       || CASE WHEN x.title LIKE 'Re:%' THEN 'In-Reply-To: <ost-' || pgen.lower('irt', x.id, 12) || '-' || x.thread_id || E'@mlima.example>\r\n' ELSE '' END
       || E'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="' || pgen.lower('bnd', x.id, 28) || E'"\r\n'
       || CASE WHEN x.email LIKE '%mlima.example' THEN 'X-MS-Exchange-Organization-AuthAs: Internal' || E'\r\nX-MS-Has-Attach: ' || CASE WHEN x.id % 3 = 0 THEN 'yes' ELSE '' END || E'\r\n'
               ELSE 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=' || split_part(x.email, '@', 2) || '; s=20230601; h=to:subject:message-id:date:from:mime-version; bh='
                    || fixture_gen.b64('dkbh', x.id, 32) || E';\r\n        b=' || fixture_gen.b64('dkb', x.id, 96) || E'\r\n' END
FROM (SELECT te.id, te.thread_id, te.title, te.created, coalesce(nullif(tk.email_id, 0), 1) AS email_id, u.email, u.typed_name AS name, u.ip AS cip, em.email AS rcpt,
             CASE WHEN u.email LIKE '%mlima.example' THEN '<' || upper(pgen.lower('mid', te.id, 20)) || '@AM6PR04MB' || (4000 + te.id % 900) || '.eurprd04.prod.outlook.com>'
                  WHEN u.email LIKE '%gmail.com' THEN '<CA' || pgen.rnd('mid', te.id, 40) || '@mail.gmail.com>'
                  WHEN u.email LIKE '%yahoo%' THEN '<' || (1000000000 + te.id * 7919) || '.' || (300000 + te.id) || '.' || (1700000000000 + te.id) || '@mail.yahoo.com>'
                  ELSE '<' || fixture_gen.uuid('mid', te.id) || '@' || split_part(u.email, '@', 2) || '>' END AS mid,
             CASE WHEN u.email LIKE '%mlima.example' THEN 'AM6PR04MB' || (4000 + te.id % 900) || '.eurprd04.prod.outlook.com' WHEN u.email LIKE '%gmail.com' THEN 'mail-sor-f41.google.com'
                  ELSE 'mta' || (1 + te.id % 9) || '.' || split_part(u.email, '@', 2) END AS relay,
             CASE WHEN u.email LIKE '%mlima.example' THEN '10.20.0.' || (10 + te.id % 30) ELSE fixture_gen.ipv4('hsip', te.id) END AS sip,
             CASE WHEN coalesce(nullif(tk.email_id, 0), 1) IN (1, 5) THEN 'mlima-example.mail.protection.outlook.com' ELSE 'mail.mlima.example' END AS mx
      FROM ost_thread_entry te JOIN ost_ticket tk ON tk.ticket_id = te.thread_id JOIN pgen.p u ON u.i = te.user_id
      JOIN ost_email em ON em.email_id = coalesce(nullif(tk.email_id, 0), 1)
      WHERE te.type = 'M' AND te.source = 'Email' AND te.thread_id < 1000) x
ORDER BY x.id;

-- Collaborators (Cc'd users) on ticket threads.
CREATE TABLE ost_thread_collaborator (
    id serial PRIMARY KEY, flags integer NOT NULL DEFAULT 1, thread_id integer NOT NULL DEFAULT 0, user_id integer NOT NULL DEFAULT 0,
    role char(1) NOT NULL DEFAULT 'M', created timestamp NOT NULL, updated timestamp NOT NULL, UNIQUE (thread_id, user_id)
);
INSERT INTO ost_thread_collaborator (flags, thread_id, user_id, role, created, updated)
SELECT DISTINCT ON (thread_id, user_id) flags, thread_id, user_id, role, created, updated FROM (
  SELECT 3 AS flags, t.t AS thread_id, t.oid AS user_id, 'M' AS role, t.created + interval '10 minutes' AS created, t.created + interval '10 minutes' AS updated FROM pgen.tk t WHERE t.t % 5 = 1
  UNION ALL
  SELECT CASE WHEN t.t % 4 = 0 THEN 1 ELSE 3 END, t.t, 201 + fixture_gen.n('cob', t.t, 105), 'M', t.created + interval '1 hour', t.created + interval '2 hours'
  FROM pgen.tk t WHERE t.t % 7 = 3 AND t.uid <> 201 + fixture_gen.n('cob', t.t, 105)) x
ORDER BY thread_id, user_id;

-- Thread events (ost_event ids: 1 created, 2 closed, 3 reopened, 4 assigned,
-- 6 transferred, 7 referred, 8 overdue, 9 edited, 12 collab).
CREATE TABLE ost_thread_event (
    id serial PRIMARY KEY, thread_id integer NOT NULL DEFAULT 0, thread_type char(1) NOT NULL DEFAULT '', event_id integer, staff_id integer NOT NULL,
    team_id integer NOT NULL, dept_id integer NOT NULL, topic_id integer NOT NULL, data varchar(1024), username varchar(128) NOT NULL DEFAULT 'SYSTEM',
    uid integer, uid_type char(1) NOT NULL DEFAULT 'S', annulled smallint NOT NULL DEFAULT 0, timestamp timestamp NOT NULL
);
CREATE TABLE pgen.ev (thread_id int, thread_type char(1), event_id int, staff_id int, team_id int, dept_id int, topic_id int, data text, username text, uid int, uid_type char(1), annulled int, ts timestamp);
INSERT INTO pgen.ev
SELECT tk.ticket_id, 'T', 1, CASE WHEN tk.source = 'Phone' THEN t.sid ELSE 0 END, 0, tk.dept_id, tk.topic_id, NULL,
       CASE WHEN tk.source = 'Phone' THEN s.username ELSE u.typed_name END, CASE WHEN tk.source = 'Phone' THEN t.sid ELSE t.uid END,
       CASE WHEN tk.source = 'Phone' THEN 'S' ELSE 'U' END, 0, tk.created
FROM ost_ticket tk JOIN pgen.tk t ON t.t = tk.ticket_id JOIN pgen.p u ON u.i = t.uid JOIN ost_staff s ON s.staff_id = t.sid
UNION ALL
SELECT tk.ticket_id, 'T', 4, CASE WHEN tk.staff_id > 0 THEN tk.staff_id ELSE 0 END, tk.team_id, tk.dept_id, tk.topic_id,
       CASE WHEN tk.staff_id > 0 AND tk.ticket_id % 3 = 1 THEN '{"claim":true,"staff":[' || s.staff_id || ',{"first":' || fixture_gen.js(s.firstname) || ',"last":' || fixture_gen.js(s.lastname) || '}]}'
            WHEN tk.staff_id > 0 THEN '{"staff":[' || s.staff_id || ',{"first":' || fixture_gen.js(s.firstname) || ',"last":' || fixture_gen.js(s.lastname) || '}]}'
            ELSE '{"team":' || tk.team_id || '}' END,
       CASE WHEN tk.ticket_id % 3 = 1 THEN s.username WHEN tk.ticket_id % 3 = 2 THEN 'SYSTEM' ELSE 'gwairimu' END,
       CASE WHEN tk.ticket_id % 3 = 1 THEN s.staff_id WHEN tk.ticket_id % 3 = 2 THEN NULL ELSE 1 END, 'S', 0, tk.created + interval '4 minutes'
FROM ost_ticket tk JOIN pgen.tk t ON t.t = tk.ticket_id JOIN ost_staff s ON s.staff_id = t.sid WHERE tk.staff_id > 0 OR tk.team_id > 0
UNION ALL
SELECT tk.ticket_id, 'T', 9, s.staff_id, 0, tk.dept_id, tk.topic_id,
       CASE WHEN tk.ticket_id % 3 = 0 THEN '{"fields":{"27":[' || fixture_gen.js(pgen.phone('kik', 'evold', tk.ticket_id)) || ',' || fixture_gen.js(u.phone) || ']}}'
            WHEN tk.ticket_id % 3 = 1 THEN '{"fields":{"20":[' || fixture_gen.js('help ' || lower(c.subject)) || ',' || fixture_gen.js(c.subject) || ']}}'
            ELSE '{"fields":{"25":[' || fixture_gen.js(coalesce(c.room, 'B2')) || ',' || fixture_gen.js(coalesce(split_part(u.place, ', Room ', 2), '')) || ']}}' END,
       s.username, s.staff_id, 'S', 0, tk.created + interval '30 minutes'
FROM ost_ticket tk JOIN pgen.tk t ON t.t = tk.ticket_id JOIN pgen.p u ON u.i = t.uid JOIN ost_staff s ON s.staff_id = t.sid JOIN ost_ticket__cdata c ON c.ticket_id = tk.ticket_id
WHERE tk.ticket_id % 8 = 3
UNION ALL
SELECT c.thread_id, 'T', 12, CASE WHEN c.thread_id % 2 = 0 THEN t.sid ELSE 0 END, 0, tk.dept_id, tk.topic_id,
       '{"add":{"' || c.user_id || '":{"name":' || fixture_gen.js(cu.typed_name) || ',"src":"' || CASE WHEN c.thread_id % 2 = 0 THEN 'Staff' ELSE 'Email' END || '"}}}',
       CASE WHEN c.thread_id % 2 = 0 THEN s.username ELSE u.typed_name END, CASE WHEN c.thread_id % 2 = 0 THEN t.sid ELSE t.uid END,
       CASE WHEN c.thread_id % 2 = 0 THEN 'S' ELSE 'U' END, 0, c.created
FROM ost_thread_collaborator c JOIN pgen.tk t ON t.t = c.thread_id JOIN ost_ticket tk ON tk.ticket_id = c.thread_id JOIN pgen.p u ON u.i = t.uid
JOIN pgen.p cu ON cu.i = c.user_id JOIN ost_staff s ON s.staff_id = t.sid
UNION ALL
SELECT tk.ticket_id, 'T', 6, s.staff_id, 0, d.id, tk.topic_id, '{"dept":[' || d.id || ',' || fixture_gen.js(d.name) || ']}', s.username, s.staff_id, 'S', 0, tk.created + interval '15 minutes'
FROM ost_ticket tk JOIN pgen.tk t ON t.t = tk.ticket_id JOIN ost_staff s ON s.staff_id = t.sid JOIN ost_department d ON d.id = tk.dept_id WHERE tk.ticket_id % 9 = 2
UNION ALL
SELECT tk.ticket_id, 'T', 8, 0, 0, tk.dept_id, tk.topic_id, NULL, 'SYSTEM', NULL, 'S', 0, tk.est_duedate FROM ost_ticket tk WHERE tk.isoverdue = 1
UNION ALL
SELECT tk.ticket_id, 'T', 2, s.staff_id, 0, tk.dept_id, tk.topic_id, '{"status":[' || tk.status_id || ',' || fixture_gen.js(st.name) || ']}', s.username, s.staff_id, 'S', 0, tk.closed
FROM ost_ticket tk JOIN pgen.tk t ON t.t = tk.ticket_id JOIN ost_staff s ON s.staff_id = t.sid JOIN ost_ticket_status st ON st.id = tk.status_id WHERE tk.closed IS NOT NULL
UNION ALL
SELECT tk.ticket_id, 'T', 3, 0, 0, tk.dept_id, tk.topic_id, NULL, u.typed_name, t.uid, 'U', 0, tk.reopened
FROM ost_ticket tk JOIN pgen.tk t ON t.t = tk.ticket_id JOIN pgen.p u ON u.i = t.uid WHERE tk.reopened IS NOT NULL
UNION ALL
SELECT tk.ticket_id, 'T', 7, s.staff_id, 0, 3, tk.topic_id, '{"dept":[3,"Academic Systems & eLearning"]}', s.username, s.staff_id, 'S', CASE WHEN tk.ticket_id % 2 = 0 THEN 1 ELSE 0 END, tk.created + interval '50 minutes'
FROM ost_ticket tk JOIN pgen.tk t ON t.t = tk.ticket_id JOIN ost_staff s ON s.staff_id = t.sid WHERE tk.topic_id IN (1, 4) AND tk.ticket_id % 6 = 4
UNION ALL
SELECT 1000 + k.id, 'A', 1, coalesce(nullif(k.staff_id, 0), 20), 0, k.dept_id, 0, NULL, s.username, s.staff_id, 'S', 0, k.created
FROM ost_task k JOIN ost_staff s ON s.staff_id = coalesce(nullif(k.staff_id, 0), 20)
UNION ALL
SELECT 1000 + k.id, 'A', 4, k.staff_id, k.team_id, k.dept_id, 0,
       CASE WHEN k.staff_id > 0 THEN '{"staff":[' || s.staff_id || ',{"first":' || fixture_gen.js(s.firstname) || ',"last":' || fixture_gen.js(s.lastname) || '}]}' ELSE '{"team":' || k.team_id || '}' END,
       (SELECT username FROM ost_staff WHERE staff_id = 20), 20, 'S', 0, k.created + interval '2 minutes'
FROM ost_task k LEFT JOIN ost_staff s ON s.staff_id = k.staff_id
UNION ALL
SELECT 1000 + k.id, 'A', 2, coalesce(nullif(k.staff_id, 0), 20), 0, k.dept_id, 0, NULL, s.username, s.staff_id, 'S', 0, k.closed
FROM ost_task k JOIN ost_staff s ON s.staff_id = coalesce(nullif(k.staff_id, 0), 20) WHERE k.closed IS NOT NULL;
INSERT INTO ost_thread_event (thread_id, thread_type, event_id, staff_id, team_id, dept_id, topic_id, data, username, uid, uid_type, annulled, timestamp)
SELECT thread_id, thread_type, event_id, staff_id, team_id, dept_id, topic_id, data, username, uid, uid_type, annulled, ts FROM pgen.ev ORDER BY ts, thread_id, event_id;

-- ---------------------------------------------------------------------------
-- Form entries and the EAV of their answers: users' contact forms (U),
-- organizations (O), the company (C), tickets' details (T), tasks (A), and
-- the leave and equipment-loan forms attached to tickets.

CREATE TABLE ost_form_entry (
    id serial PRIMARY KEY, form_id integer NOT NULL, object_id integer, object_type char(1) NOT NULL DEFAULT 'T', sort integer NOT NULL DEFAULT 1,
    extra text, created timestamp NOT NULL, updated timestamp NOT NULL
);
CREATE TABLE ost_form_entry_values (
    entry_id integer NOT NULL, field_id integer NOT NULL, value text, value_id integer, PRIMARY KEY (entry_id, field_id)
);
CREATE TABLE pgen.fe (k serial PRIMARY KEY, eid int, form_id int, object_id int, object_type char(1), sort int, extra text, created timestamp, updated timestamp, src int);
INSERT INTO pgen.fe (form_id, object_id, object_type, sort, extra, created, updated, src)
SELECT 3, NULL, 'C', 1, NULL, '2019-03-01 09:00:00', '2023-08-21 10:00:00', 0
UNION ALL SELECT 4, o.id, 'O', 1, NULL, o.created, o.updated, o.id FROM ost_organization o
UNION ALL SELECT 1, u.id, 'U', 1, NULL, u.created, u.updated, u.id FROM ost_user u
UNION ALL SELECT 2, t.ticket_id, 'T', 0, CASE WHEN t.ticket_id % 10 = 0 THEN '{"disable":[23]}' END, t.created, t.updated, t.ticket_id FROM ost_ticket t
UNION ALL SELECT 6, t.ticket_id, 'T', 1, NULL, t.created, t.created, t.ticket_id FROM ost_ticket t WHERE t.topic_id = 15
UNION ALL SELECT 7, t.t, 'T', 1, NULL, t.created, t.created, t.t FROM pgen.tk t WHERE (t.topic, t.v) = (9, 2)
UNION ALL SELECT 5, k.id, 'A', 0, NULL, k.created, k.updated, k.id FROM ost_task k;
INSERT INTO ost_form_entry (id, form_id, object_id, object_type, sort, extra, created, updated)
SELECT row_number() OVER (ORDER BY created, form_id, object_id), form_id, object_id, object_type, sort, extra, created, updated FROM pgen.fe;
UPDATE pgen.fe f SET eid = e.id FROM ost_form_entry e WHERE e.form_id = f.form_id AND e.object_type = f.object_type AND e.object_id IS NOT DISTINCT FROM f.object_id;

INSERT INTO ost_form_entry_values (entry_id, field_id, value, value_id)
-- company information
SELECT f.eid, v.fid, v.val, NULL::int FROM pgen.fe f CROSS JOIN (VALUES (30, 'Mlima University'), (31, 'https://www.mlima.example'), (32, '061 203 4000'),
  (33, E'P.O. Box 657-10100, Nyeri\nMain Campus, Nyeri-Mweiga Road')) v(fid, val) WHERE f.form_id = 3
UNION ALL
-- organizations
SELECT f.eid, v.fid, v.val, NULL FROM pgen.fe f JOIN ost_organization__cdata c ON c.org_id = f.object_id
CROSS JOIN LATERAL (VALUES (40, c.name), (41, c.address), (42, c.phone), (43, c.website), (44, c.notes)) v(fid, val) WHERE f.form_id = 4 AND v.val IS NOT NULL
UNION ALL
-- users' contact information
SELECT f.eid, v.fid, v.val, v.vid FROM pgen.fe f JOIN ost_user__cdata c ON c.user_id = f.object_id
CROSS JOIN LATERAL (VALUES (1, c.email, NULL::int), (2, c.name, NULL), (3, regexp_replace(c.phone, '[^0-9+X]', '', 'g'), NULL), (4, c.notes, NULL), (5, c.regno, NULL), (6, c.staffno, NULL),
  (7, CASE c.campus WHEN 'Main Campus (Nyeri)' THEN '{"main":"Main Campus (Nyeri)"}' WHEN 'Nairobi CBD Campus' THEN '{"nbi":"Nairobi CBD Campus"}' WHEN 'Nanyuki Field Station' THEN '{"nyk":"Nanyuki Field Station"}' END, NULL),
  (8, c.school, NULL)) v(fid, val, vid) WHERE f.form_id = 1 AND v.val IS NOT NULL
UNION ALL
-- ticket details
SELECT f.eid, v.fid, v.val, v.vid FROM pgen.fe f JOIN ost_ticket__cdata c ON c.ticket_id = f.object_id
CROSS JOIN LATERAL (VALUES (20, c.subject, NULL::int), (22, (SELECT priority_desc FROM ost_ticket_priority WHERE priority_id = c.priority::int), c.priority::int),
  (23, CASE c.campus WHEN 'Main Campus (Nyeri)' THEN '{"main":"Main Campus (Nyeri)"}' WHEN 'Nairobi CBD Campus' THEN '{"nbi":"Nairobi CBD Campus"}' WHEN 'Nanyuki Field Station' THEN '{"nyk":"Nanyuki Field Station"}' END, NULL),
  (24, c.building, NULL), (25, c.room, NULL), (26, c.asset_tag, NULL), (27, regexp_replace(c.callback_phone, '[^0-9+]', '', 'g'), NULL)) v(fid, val, vid)
WHERE f.form_id = 2 AND v.val IS NOT NULL
UNION ALL
-- leave details
SELECT f.eid, v.fid, v.val, NULL FROM pgen.fe f JOIN pgen.tk t ON t.t = f.object_id
CROSS JOIN LATERAL (VALUES
  (60, CASE t.v WHEN 1 THEN '{"medical":"Medical leave"}' WHEN 2 THEN '{"compassionate":"Compassionate leave"}' ELSE '{"maternity":"Maternity leave"}' END),
  (61, to_char(t.created::date + 1, 'YYYY-MM-DD')), (62, to_char(t.created::date + 20 + t.t % 60, 'YYYY-MM-DD')),
  (63, CASE t.v WHEN 1 THEN 'DOS/MED/' || (t.vars ->> 'num') WHEN 2 THEN 'DOS/CL/' || (t.vars ->> 'num') ELSE 'HR/ML/' || (t.vars ->> 'num') END),
  (64, CASE t.v WHEN 3 THEN 'Email forwarding to ' || (t.vars ->> 'other') || ' and out-of-office' ELSE 'Student account, eLearning, ' || (t.vars ->> 'course') || ' assignment 2 and CAT 2' END),
  (65, CASE t.v WHEN 1 THEN 'Admitted at ' || (t.vars ->> 'hosp') || ' with ' || (t.vars ->> 'illness') || '. I may need more time if the doctor extends the sick off. My mother ('
                           || pgen.kname('lvm', t.t) || ', ' || pgen.phone('kik', 'lvm', t.t) || ') can be contacted if I am unreachable.'
                WHEN 2 THEN 'Burial in ' || (t.vars ->> 'hometown') || '. Network is poor there; please use SMS.'
                ELSE CASE WHEN t.t % 2 = 0 THEN 'Expected delivery end of the month.' END END)) v(fid, val)
WHERE f.form_id = 6 AND v.val IS NOT NULL
UNION ALL
-- equipment loan
SELECT f.eid, v.fid, v.val, NULL FROM pgen.fe f JOIN pgen.tk t ON t.t = f.object_id
CROSS JOIN LATERAL (VALUES (70, '{"proj":"Projector","pa":"PA system"}'), (71, to_char(t.created + interval '6 days', 'YYYY-MM-DD') || ' 08:00'), (72, 'Graduation Square'),
  (73, 'Graduation rehearsal. Collected by ' || (t.vars ->> 'other') || ', ' || (t.vars ->> 'otherphone') || '.')) v(fid, val)
WHERE f.form_id = 7
UNION ALL
-- task details
SELECT f.eid, 50, e.title, NULL FROM pgen.fe f JOIN ost_thread_entry e ON e.thread_id = 1000 + f.object_id AND e.type = 'M' WHERE f.form_id = 5;

-- ---------------------------------------------------------------------------
-- Files: scanned letters, ID copies, phone photos, screenshots, the logo;
-- their bytes in ost_file_chunk; attachments tie them to thread entries.

CREATE TABLE pgen.att (n serial PRIMARY KEY, entry_id int, fname text, mime text, kind text, txt text, created timestamp, inline int, ft char(1));
INSERT INTO pgen.att (entry_id, fname, mime, kind, txt, created, inline, ft)
SELECT NULL::int, 'mlima-logo.png', 'image/png', 'png', 'logo', timestamp '2019-03-02 10:00:00', 0, 'L'
UNION ALL SELECT NULL, 'campus-gate-backdrop.jpg', 'image/jpeg', 'jpg', 'backdrop', '2019-03-02 10:01:00', 0, 'B'
UNION ALL
SELECT e.id, x.fname, x.mime, x.kind, x.txt, e.created, 0, 'T'
FROM ost_thread_entry e JOIN pgen.tk t ON t.t = e.thread_id AND e.thread_id < 1000
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (15, 1, 'M', 1, CASE WHEN t.t % 2 = 0 THEN 'Medical_letter_' || replace(split_part(t.vars ->> 'full', ' ', -1), '''', '') || '.pdf' ELSE 'discharge summary.pdf' END, 'application/pdf', 'pdf',
     'MEDICAL CERTIFICATE. ' || (t.vars ->> 'hosp') || '. Patient: ' || (t.vars ->> 'full') || ', Reg. No. ' || (t.vars ->> 'regno') || '. Diagnosis: ' || (t.vars ->> 'illness')
     || '. Admitted ' || (t.vars ->> 'date') || '. Recommended sick off until ' || (t.vars ->> 'date2') || '. ' || (t.vars ->> 'doc') || ', KMPDC Reg. No. A' || (t.vars ->> 'num')),
  (13, 4, 'M', 1, 'letter from ' || lower(replace(t.vars ->> 'doc', ' ', '_')) || '.pdf', 'application/pdf', 'pdf',
     'To whom it may concern. ' || (t.vars ->> 'full') || ' underwent a knee arthroscopy at ' || (t.vars ->> 'hosp') || ' and requires crutches for six weeks. ' || (t.vars ->> 'doc')),
  (4, 3, 'M', 4, 'ID_' || (t.vars ->> 'natid') || '.jpg', 'image/jpeg', 'jpg',
     'REPUBLIC OF KENYA NATIONAL IDENTITY CARD. SERIAL NUMBER ' || fixture_gen.digits('idser', t.t, 9) || ' ID NUMBER ' || (t.vars ->> 'natid') || ' FULL NAMES ' || upper(t.vars ->> 'full')
     || ' DATE OF BIRTH ' || to_char(fixture_gen.birth_date('idb', t.t) + 17000, 'DD.MM.YYYY') || ' SEX ' || CASE WHEN t.t % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END || ' DISTRICT OF BIRTH NYERI'),
  (4, 1, 'M', 1, CASE WHEN t.t % 2 = 0 THEN 'Screenshot_' || to_char(t.created, 'YYYYMMDD-HH24MISS') || '.png' ELSE 'MPESA.jpg' END, CASE WHEN t.t % 2 = 0 THEN 'image/png' ELSE 'image/jpeg' END,
     CASE WHEN t.t % 2 = 0 THEN 'png' ELSE 'jpg' END,
     (t.vars ->> 'mpesa') || ' Confirmed. Ksh42,500.00 sent to MLIMA UNIVERSITY FEES for account ' || (t.vars ->> 'regno') || ' on ' || (t.vars ->> 'date') || ' at 10:14 AM. ' || upper(t.vars ->> 'full') || ' ' || (t.vars ->> 'phone')),
  (5, 3, 'M', 1, 'class list CAT2 ' || replace(split_part(t.vars ->> 'course', ' ', 1) || split_part(t.vars ->> 'course', ' ', 2), ' ', '') || '.xlsx',
     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', 'Reg No,Name,Phone ' || (t.vars ->> 'otherregno') || ',' || (t.vars ->> 'other') || ',' || (t.vars ->> 'otherphone')),
  (14, 2, 'M', 1, 'OB extract.pdf', 'application/pdf', 'pdf', 'KENYA POLICE SERVICE NYERI POLICE STATION OCCURRENCE BOOK EXTRACT OB NO ' || (t.vars ->> 'ob') || '. Complainant: ' || (t.vars ->> 'full') || ' Tel ' || (t.vars ->> 'phone') || '. Report: theft of laptop.'),
  (13, 1, 'M', 1, 'IMG_' || to_char(t.created, 'YYYYMMDD_HH24MISS') || '.jpg', 'image/jpeg', 'jpg', 'photo'),
  (13, 2, 'M', 1, 'WhatsApp Image ' || to_char(t.created, 'YYYY-MM-DD') || ' at ' || to_char(t.created, 'HH24.MI.SS') || '.jpeg', 'image/jpeg', 'jpg', 'photo'),
  (11, 1, 'M', 1, 'VID-' || to_char(t.created, 'YYYYMMDD') || '-WA0003.jpg', 'image/jpeg', 'jpg', 'photo'),
  (10, 2, 'M', 1, 'socket.jpg', 'image/jpeg', 'jpg', 'photo'),
  (7, 3, 'R', 2, 'Insurance_claim_form_' || replace(t.vars ->> 'full', ' ', '_') || '.pdf', 'application/pdf', 'pdf', 'APA Insurance claim form. Insured: Mlima University. User: ' || (t.vars ->> 'full') || ', ' || (t.vars ->> 'staffno') || '. Asset ' || (t.vars ->> 'asset')),
  (18, 2, 'R', 2, 'Attachment_letter_' || replace(t.vars ->> 'regno', '/', '-') || '.pdf', 'application/pdf', 'pdf', 'This is to confirm that ' || (t.vars ->> 'full') || ' (' || (t.vars ->> 'regno') || ') was on industrial attachment at ICT from ' || (t.vars ->> 'date') || ' to ' || (t.vars ->> 'date2') || '. Grace Wairimu, ICT Service Desk Supervisor'),
  (6, 2, 'N', 3, 'disk_smart_report.txt', 'text/plain', 'txt', 'SMART overall-health self-assessment test result: FAILED! Model: ST500DM002, asset ' || (t.vars ->> 'asset'))
) a(topic, v, typ, seq, fname, mime, kind, txt) WHERE a.topic = t.topic AND a.v = t.v AND a.typ = e.type) x
WHERE (e.type = 'M' AND x.seq = 1 AND e.id = (SELECT min(id) FROM ost_thread_entry z WHERE z.thread_id = e.thread_id))
   OR (e.type = 'M' AND x.seq = 4 AND e.title LIKE 'Re:%')
   OR (e.type = 'R' AND x.seq = 2 AND e.id = (SELECT min(id) FROM ost_thread_entry z WHERE z.thread_id = e.thread_id AND z.type = 'R'))
   OR (e.type = 'N' AND x.seq = 3)
UNION ALL
SELECT e.id, 'image001.png', 'image/png', 'png', 'sig', e.created, 1, 'T' FROM ost_thread_entry e WHERE e.type = 'M' AND e.source = 'Email' AND e.id % 5 = 0
UNION ALL
SELECT e.id, 'Screenshot ' || to_char(e.created, 'YYYY-MM-DD') || ' ' || to_char(e.created, 'HH24MISS') || '.png', 'image/png', 'png', 'screen', e.created, 0, 'T'
FROM ost_thread_entry e JOIN ost_ticket k ON k.ticket_id = e.thread_id WHERE e.type = 'M' AND k.topic_id IN (1, 2, 3, 5, 8) AND e.id % 4 = 1
ORDER BY 6, 1;

CREATE TABLE ost_file (
    id serial PRIMARY KEY, ft char(1) NOT NULL DEFAULT 'T', bk char(1) NOT NULL DEFAULT 'D', type varchar(255) NOT NULL DEFAULT '', size bigint NOT NULL DEFAULT 0,
    key varchar(86) NOT NULL, signature varchar(86) NOT NULL, name varchar(255) NOT NULL DEFAULT '', attrs varchar(255), created timestamp NOT NULL
);
CREATE TABLE ost_file_chunk (file_id integer NOT NULL, chunk_id integer NOT NULL DEFAULT 0, filedata bytea NOT NULL, PRIMARY KEY (file_id, chunk_id));

CREATE TABLE pgen.blob (n int PRIMARY KEY, data bytea);
INSERT INTO pgen.blob
SELECT a.n, CASE a.kind
    WHEN 'pdf' THEN convert_to(E'%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n3 0 obj\n<< /Producer (' || CASE WHEN a.n % 2 = 0 THEN 'CamScanner' ELSE 'Microsoft Word 2016' END
         || E') /CreationDate (D:' || to_char(a.created, 'YYYYMMDDHH24MISS') || E'+03''00'') >>\nendobj\n4 0 obj\n<< /Length ' || length(a.txt) + 20 || E' >>\nstream\nBT /F1 11 Tf 72 720 Td ('
         || replace(replace(a.txt, '(', '['), ')', ']') || E') Tj ET\nendstream\nendobj\n', 'UTF8') || decode(fixture_gen.hexn('pdfz', a.n, 256), 'hex') || convert_to(E'\n%%EOF\n', 'UTF8')
    WHEN 'jpg' THEN decode('ffd8ffe1', 'hex') || convert_to('Exif', 'UTF8') || decode('00004d4d002a', 'hex')
         || CASE WHEN a.txt IN ('photo') THEN convert_to(fixture_gen.pick(ARRAY['TECNO', 'INFINIX', 'samsung', 'itel', 'Xiaomi'], 'jmk', a.n), 'UTF8') || decode('00', 'hex')
                 || convert_to(fixture_gen.pick(ARRAY['TECNO KI7', 'Infinix X6816', 'SM-A145F', 'itel A662L', 'Redmi Note 12'], 'jmd', a.n), 'UTF8') || decode('00', 'hex')
                 || convert_to(to_char(a.created, 'YYYY:MM:DD HH24:MI:SS'), 'UTF8') || decode('00', 'hex') || convert_to('GPS', 'UTF8') || decode('00', 'hex')
                 || convert_to('0.4' || fixture_gen.digits('jlat', a.n, 3) || ',36.9' || fixture_gen.digits('jlon', a.n, 3), 'UTF8')
                 ELSE convert_to(a.txt, 'UTF8') END || decode(fixture_gen.hexn('jpgz', a.n, 512), 'hex') || decode('ffd9', 'hex')
    WHEN 'png' THEN decode('89504e470d0a1a0a0000000d49484452', 'hex') || decode(fixture_gen.hexn('pngz', a.n, CASE WHEN a.txt = 'screen' THEN 1024 ELSE 384 END), 'hex')
         || CASE WHEN a.txt NOT IN ('logo', 'sig', 'screen', 'backdrop') THEN convert_to('tEXtComment', 'UTF8') || decode('00', 'hex') || convert_to(a.txt, 'UTF8') ELSE ''::bytea END || decode('0000000049454e44ae426082', 'hex')
    WHEN 'xlsx' THEN decode('504b030414000600', 'hex') || convert_to('[Content_Types].xml xl/sharedStrings.xml ' || a.txt, 'UTF8') || decode(fixture_gen.hexn('xlsz', a.n, 512), 'hex')
    ELSE convert_to(a.txt || E'\n', 'UTF8') END
FROM pgen.att a;

INSERT INTO ost_file (id, ft, bk, type, size, key, signature, name, attrs, created)
SELECT a.n, a.ft, 'D', a.mime, length(b.data), translate(pgen.rnd('fkey', a.n, 32), '+/', '-_'), translate(rtrim(encode(sha256(b.data), 'base64'), '='), '+/', '-_'), a.fname,
       CASE WHEN a.kind IN ('jpg', 'png') AND a.n % 3 = 0 THEN '{"width":' || (640 + a.n % 7 * 160) || ',"height":' || (480 + a.n % 5 * 120) || '}' END, a.created
FROM pgen.att a JOIN pgen.blob b ON b.n = a.n ORDER BY a.n;
INSERT INTO ost_file_chunk (file_id, chunk_id, filedata) SELECT n, 0, data FROM pgen.blob ORDER BY n;

CREATE TABLE ost_attachment (
    id serial PRIMARY KEY, object_id integer NOT NULL, type char(1) NOT NULL, file_id integer NOT NULL, name varchar(255), inline smallint NOT NULL DEFAULT 0,
    lang varchar(16), UNIQUE (object_id, file_id, type)
);
INSERT INTO ost_attachment (object_id, type, file_id, name, inline, lang)
SELECT a.entry_id, 'H', a.n, CASE WHEN a.inline = 1 THEN NULL WHEN a.n % 17 = 0 THEN 'scan.pdf' END, a.inline, NULL FROM pgen.att a WHERE a.entry_id IS NOT NULL ORDER BY a.n;

-- ---------------------------------------------------------------------------
-- Drafts agents (and one web visitor) left half-written, and the notes
-- agents keep on user and organization profiles.

CREATE TABLE ost_draft (
    id serial PRIMARY KEY, staff_id integer NOT NULL, namespace varchar(32) NOT NULL DEFAULT '', body text NOT NULL, extra text,
    created timestamp NOT NULL, updated timestamp
);
INSERT INTO ost_draft (staff_id, namespace, body, extra, created, updated)
SELECT CASE WHEN x.k % 11 = 5 THEN 0 ELSE t.sid END,
       CASE WHEN x.k % 11 = 5 THEN 'ticket.client.' || pgen.lower('drc', x.k, 8) WHEN x.k % 3 = 0 THEN 'ticket.note.' || t.t ELSE 'ticket.response.' || t.t END,
       CASE WHEN x.k % 11 = 5 THEN pgen.html(pgen.fill(s.msg, t.vars))
            WHEN x.k % 3 = 0 THEN pgen.html(pgen.fill(fixture_gen.pick(ARRAY['Called {first} on {phone}, no answer. Try again after 2pm.', 'Spoke to {other}; confirms the room is {place}.',
                 '{first} came to the desk with the letter from {doc}. Scanned and attached.', 'Check with Finance whether {mpesa} was received.'], 'drn', x.k), t.vars))
            ELSE pgen.html(pgen.fill(fixture_gen.pick(ARRAY['Hi {first},' || E'\n\n' || 'Thank you for your patience. We', 'Dear {first},' || E'\n\n' || 'We have checked your account ({email}) and',
                 'Hello {first},' || E'\n\n' || 'A technician will visit {place} on', 'Hi {first}, could you please send us a photo of'], 'drr', x.k), t.vars)) END,
       CASE WHEN x.k % 4 = 0 THEN '{"draft_id":' || x.k || '}' END,
       t.created + make_interval(mins => 10 + x.k), t.created + make_interval(mins => 25 + x.k * 2)
FROM (SELECT k, 1 + fixture_gen.n('drt', k, 430) AS t FROM generate_series(1, 44) k) x JOIN pgen.tk t ON t.t = x.t JOIN pgen.scn s USING (topic, v)
ORDER BY 5;

CREATE TABLE ost_note (
    id serial PRIMARY KEY, pid integer, staff_id integer NOT NULL DEFAULT 0, ext_id varchar(10), body text, status integer NOT NULL DEFAULT 0,
    sort integer NOT NULL DEFAULT 0, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_note (pid, staff_id, ext_id, body, status, sort, created, updated)
SELECT NULL, 1 + fixture_gen.n('nts', k, 12), CASE WHEN k <= 36 THEN 'U' || u.i ELSE 'O' || (13 + k % 8) END,
       pgen.html(CASE WHEN k <= 36 THEN replace(replace(replace(replace(fixture_gen.pick(ARRAY[
           '{first} is on medical leave (Dean of Students letter). Do not disable the account before {date}.',
           'Account shared with a sibling, see ticket of last semester. Warned.',
           'Prefers WhatsApp on {phone}; does not read email.',
           'Guardian is {other}. Student is a minor (17) in first year: copy the Dean of Students on disciplinary matters.',
           'Visually impaired. Enlarge fonts on lab PC 12 in Lab 2 for {first}.',
           'Lost three laptop chargers in one semester; charge the next replacement to the student.',
           'VIP: Registrar''s PA. Handle personally.',
           'Epileptic, do not seat in front of flickering projector (per clinic).',
           'Changed name after marriage: previously {other}.'], 'ntb', k),
           '{first}', u.first), '{phone}', u.phone), '{other}', o.full_name), '{date}', to_char(date '2024-07-01' + k, 'DD/MM/YYYY'))
        ELSE fixture_gen.pick(ARRAY['Contract renewed to 2026. Call-out fee KES 2,500 within Nyeri.', 'Account manager changed to ' || o.full_name || ' (' || o.phone || ').',
           'Invoices to be addressed to the Estates Manager, not Procurement.', 'Pays casuals in cash; insist on site induction sheet.'], 'nto', k) END),
       0, 0, pgen.at('ntc', k, '2022-01-01', '2024-06-01'), pgen.at('ntc', k, '2022-01-01', '2024-06-01') + make_interval(days => k % 30)
FROM generate_series(1, 44) k JOIN pgen.p u ON u.i = 1 + fixture_gen.n('ntu', k, 305) JOIN pgen.p o ON o.i = 1 + fixture_gen.n('nto', k, 340)
ORDER BY 8;

-- ---------------------------------------------------------------------------
-- Canned responses and the knowledge base (public copy, no personal data).

CREATE TABLE ost_canned_response (
    canned_id serial PRIMARY KEY, dept_id integer NOT NULL DEFAULT 0, isenabled smallint NOT NULL DEFAULT 1, title varchar(255) NOT NULL DEFAULT '',
    response text NOT NULL, lang varchar(16) NOT NULL DEFAULT 'en_US', notes text, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_canned_response (dept_id, isenabled, title, response, lang, notes, created, updated) VALUES
  (0, 1, 'What is osTicket (sample)?', '<p>osTicket is a widely-used open source support ticket system, an attractive alternative to higher-cost and complex customer support systems.</p>', 'en_US', NULL, '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (0, 1, 'Sample (with variables)', '<p>Hi %{ticket.name.first},</p><p>Your ticket #%{ticket.number} created on %{ticket.create_date} is in %{ticket.dept.name} department.</p>', 'en_US', NULL, '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (1, 1, 'Password reset - self service', '<p>Hi %{ticket.name.first},</p><p>Please reset your password at https://password.mlima.example using the recovery phone number on your record. If you no longer have that number, visit the ICT Service Desk with your university ID.</p><p>%{signature}</p>', 'en_US', NULL, '2019-04-10 10:00:00', '2023-08-21 10:30:00'),
  (1, 1, 'eduroam setup', '<p>Hi %{ticket.name.first},</p><p>Install the geteduroam app, choose Mlima University and sign in with your full email address and email password. A PDF guide is attached.</p><p>%{signature}</p>', 'en_US', 'Guide updated for Android 14.', '2020-09-14 10:00:00', '2024-01-15 09:00:00'),
  (1, 1, 'Microsoft Authenticator setup', '<p>Dear %{ticket.name.first},</p><p>Open https://aka.ms/mfasetup on a computer, scan the QR code with Microsoft Authenticator and approve the test notification.</p><p>%{signature}</p>', 'en_US', NULL, '2023-01-20 11:00:00', '2023-01-20 11:00:00'),
  (3, 1, 'eLearning upload limit', '<p>Hi %{ticket.name.first},</p><p>The maximum upload size on eLearning is 20 MB. Please compress your PDF (File > Reduce size in Word, or ilovepdf) and upload again.</p>', 'en_US', NULL, '2020-03-20 09:00:00', '2022-05-04 10:00:00'),
  (3, 1, 'Fees statement - refer to Finance', '<p>Dear %{ticket.name.first},</p><p>Fee balances are managed by the Finance Office (Administration Block, 1st floor). ICT can only correct display problems on the portal once Finance has updated your statement.</p>', 'en_US', NULL, '2019-09-02 09:00:00', '2019-09-02 09:00:00'),
  (7, 1, 'Hostel repair scheduled', '<p>Hello %{ticket.name.first},</p><p>A technician will attend to your room within 48 hours. Please make sure someone is in the room or leave the key with the custodian.</p>', 'en_US', NULL, '2020-01-21 09:00:00', '2020-01-21 09:00:00'),
  (7, 1, 'Fumigation notice', '<p>Dear residents,</p><p>Fumigation is scheduled for Saturday from 8am. Please remove food and bedding from the rooms and stay out until 2pm.</p>', 'en_US', NULL, '2021-02-10 09:00:00', '2023-10-02 09:00:00'),
  (4, 1, 'Estates - job done', '<p>Hello %{ticket.name.first},</p><p>The job has been completed. If the problem persists, please reply to this message within seven days.</p>', 'en_US', NULL, '2021-03-03 09:00:00', '2021-03-03 09:00:00'),
  (9, 0, 'CCTV request - need OB number', '<p>Dear %{ticket.name.first},</p><p>CCTV footage can only be released to the police. Please report at Nyeri police station and send us the OB number.</p>', 'en_US', 'Disabled, handled by phone now.', '2022-05-05 15:00:00', '2023-04-01 10:00:00'),
  (0, 1, 'Closing - no response', '<p>Hi %{ticket.name.first},</p><p>We have not heard from you in seven days, so we are closing this ticket. Reply to reopen it.</p>', 'en_US', NULL, '2019-05-01 09:00:00', '2019-05-01 09:00:00'),
  (0, 1, 'Pole kwa usumbufu (Swahili)', '<p>Habari %{ticket.name.first},</p><p>Pole kwa usumbufu. Tatizo lako limeshughulikiwa. Tafadhali jaribu tena na utujulishe.</p><p>%{signature}</p>', 'sw_KE', NULL, '2021-06-01 09:00:00', '2021-06-01 09:00:00');

CREATE TABLE ost_faq (
    faq_id serial PRIMARY KEY, category_id integer NOT NULL DEFAULT 0, ispublished smallint NOT NULL DEFAULT 0, question varchar(255) NOT NULL,
    answer text NOT NULL, keywords text, notes text, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_faq (category_id, ispublished, question, answer, keywords, notes, created, updated)
SELECT c, p, q, a, kw, nt, timestamp '2019-04-01 09:00:00' + make_interval(days => n * 37), timestamp '2023-08-01 09:00:00' + make_interval(days => n * 5)
FROM (VALUES
  (1, 1, 1, 'How do I reset my password?', '<p>Go to https://password.mlima.example and follow the steps. You need the recovery phone number you registered at admission.</p>', 'password reset forgot locked', NULL),
  (2, 1, 1, 'How do I connect to eduroam?', '<p>Install the geteduroam app, pick Mlima University and log in with your full university email address.</p>', 'wifi eduroam wireless', 'Screenshots need updating for iOS 17.'),
  (3, 1, 1, 'Why can''t I see my exam card?', '<p>Exam cards are released when your fee balance is cleared. If you have paid, allow 48 hours for M-Pesa payments to reflect.</p>', 'exam card fees portal', NULL),
  (4, 2, 1, 'How do I submit an assignment on eLearning?', '<p>Open the course, click the assignment, then "Add submission". Files up to 20 MB.</p>', 'moodle elearning assignment upload', NULL),
  (5, 2, 1, 'How do I install Microsoft 365 on my laptop?', '<p>Students and staff can install Office on five devices from https://portal.office.com with their university account.</p>', 'office word excel install', NULL),
  (6, 1, 1, 'How do I print in the library?', '<p>Load print credit via M-Pesa paybill 4xx xxx with your registration number as account, then send jobs to "Library-Print".</p>', 'print credit library', 'Paybill number masked on purpose, changes every year.'),
  (7, 3, 1, 'Who do I call for a hostel emergency at night?', '<p>Call the custodian on duty through the hostel reception, or the Estates 24-hour line on the Estates page.</p>', 'hostel emergency night flooding', NULL),
  (8, 3, 1, 'How do I report a maintenance problem?', '<p>Open a ticket under Estates & Facilities and give the building and room.</p>', 'estates repair maintenance', NULL),
  (9, 1, 0, 'How do I register a device on the staff network?', '<p>Open a ticket with the MAC address of the device and your staff number.</p>', 'mac address staff wifi', 'Draft, waiting for the new NAC.'),
  (10, 4, 1, 'How do I access e-resources from home?', '<p>Use the links on the library website; you will be asked to log in through EZproxy with your registration number.</p>', 'jstor ezproxy ebsco off campus', NULL),
  (11, 1, 1, 'I clicked a phishing link. What now?', '<p>Change your password immediately and call the ICT Service Desk on extension 4400.</p>', 'phishing scam security', NULL),
  (12, 2, 1, 'How do I request an account extension during leave?', '<p>Use the "Leave: account & deadline extensions" topic and attach the letter from the Dean of Students or your medical certificate. Your diagnosis is not shared with lecturers.</p>', 'medical leave extension deferment', NULL),
  (13, 1, 1, 'Can I bring my own router to the hostel?', '<p>No. Personal routers interfere with the hostel wifi and will be confiscated.</p>', 'router hostel hotspot', NULL),
  (14, 4, 1, 'Horaires / opening hours of the ICT Service Desk', '<p>Mon–Fri 07:30–20:00, Sat 09:00–13:00. Closed on public holidays.</p>', 'hours opening', NULL)
) v(n, c, p, q, a, kw, nt);

-- ---------------------------------------------------------------------------
-- Plugin instances and the ost_config key/value store: helpdesk settings,
-- plugin settings (the LDAP bind password and the OAuth2 client secret
-- encrypted), mailbox credentials and tokens (encrypted), agents'
-- preferences and two-factor seeds, and password-reset tokens as keys.

CREATE TABLE ost_plugin_instance (
    id serial PRIMARY KEY, plugin_id integer NOT NULL, flags integer NOT NULL DEFAULT 0, name varchar(255) NOT NULL DEFAULT '', notes text,
    created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_plugin_instance VALUES
  (1, 1, 1, 'Mlima Active Directory', 'Service account svc-osticket; password rotates every 180 days (next: December).', '2022-06-13 09:00:00', '2024-01-08 08:15:00'),
  (2, 2, 1, 'Google Authenticator', NULL, '2022-06-13 09:30:00', '2022-06-13 09:30:00'),
  (3, 3, 0, 'NFS attachments (retired)', NULL, '2019-03-02 11:05:00', '2021-07-19 10:00:00'),
  (4, 4, 1, 'Microsoft 365 (Mlima tenant)', 'App registration "osTicket Mail" in Entra ID, owner Peter Otieno. Secret expires 2025-01-16.', '2023-01-16 14:30:00', '2024-03-11 08:55:00'),
  (5, 5, 1, 'Audit', NULL, '2023-01-16 14:25:00', '2023-01-16 14:25:00');

CREATE TABLE ost_config (
    id serial PRIMARY KEY, namespace varchar(64) NOT NULL, key varchar(64) NOT NULL, value text NOT NULL, updated timestamp NOT NULL, UNIQUE (namespace, key)
);
INSERT INTO ost_config (namespace, key, value, updated)
SELECT ns, k, v, timestamp '2019-03-01 10:00:00' + make_interval(days => (row_number() OVER ())::int * 3)
FROM (VALUES
  ('core', 'admin_notes', 'Upgraded to 1.18.1 on 11/03/2024 (Peter). Before upgrading: backup DB, disable cron, check LDAP plugin compatibility.'),
  ('core', 'helpdesk_title', 'Mlima University ICT & Estates Help Desk'),
  ('core', 'helpdesk_url', 'https://helpdesk.mlima.example/'),
  ('core', 'isonline', '1'),
  ('core', 'schema_signature', '@@sig@@'),
  ('core', 'time_format', 'H:i'), ('core', 'date_format', 'd/m/Y'), ('core', 'datetime_format', 'd/m/Y H:i'), ('core', 'daydatetime_format', 'D, d M Y H:i'),
  ('core', 'default_timezone', 'Africa/Nairobi'), ('core', 'default_locale', 'en_US'), ('core', 'system_language', 'en_US'), ('core', 'secondary_langs', 'sw_KE'),
  ('core', 'admin_email', 'ict.admin@mlima.example'), ('core', 'default_email_id', '1'), ('core', 'alert_email_id', '4'), ('core', 'default_dept_id', '1'),
  ('core', 'default_sla_id', '1'), ('core', 'default_help_topic', '18'), ('core', 'default_priority_id', '2'), ('core', 'default_template_id', '1'),
  ('core', 'default_storage_bk', 'D'), ('core', 'max_file_size', '10485760'), ('core', 'max_open_tickets', '5'), ('core', 'client_registration', 'public'),
  ('core', 'clients_only', '0'), ('core', 'allow_pw_reset', '1'), ('core', 'pw_reset_window', '30'), ('core', 'staff_session_timeout', '30'),
  ('core', 'client_session_timeout', '30'), ('core', 'staff_max_logins', '4'), ('core', 'client_max_logins', '4'), ('core', 'enable_captcha', '1'),
  ('core', 'enable_html_thread', '1'), ('core', 'ticket_number_format', '######'), ('core', 'ticket_sequence_id', '0'), ('core', 'task_number_format', '#'),
  ('core', 'agent_name_format', 'full'), ('core', 'client_name_format', 'original'), ('core', 'accept_unregistered_email', '1'), ('core', 'add_email_collabs', '1'),
  ('core', 'auto_claim_tickets', '1'), ('core', 'enable_kb', '1'), ('core', 'landing_page_id', '1'), ('core', 'offline_page_id', '4'), ('core', 'thank-you_page_id', '2'),
  ('core', 'message_autoresponder', '1'), ('core', 'ticket_autoresponder', '1'), ('core', 'overdue_grace_period', '0'), ('core', 'allow_iframes', 'https://www.youtube.com'),
  ('core', 'embedded_domain_whitelist', 'youtube.com, mlima.example'), ('core', 'verify_email_addrs', '1'), ('core', 'require_topic_to_close', '1'),
  ('core', 'default_ticket_queue', '1'), ('core', 'ticket_alert_dept_manager', '1'), ('core', 'helpdesk_phone', '0709 914 400'),
  ('plugin.1.instance.1', 'domain', 'ad.mlima.example'),
  ('plugin.1.instance.1', 'servers', 'dc01.ad.mlima.example:636 dc02.ad.mlima.example:636'),
  ('plugin.1.instance.1', 'tls', '1'),
  ('plugin.1.instance.1', 'bind_dn', 'CN=svc-osticket,OU=Service Accounts,DC=ad,DC=mlima,DC=example'),
  ('plugin.1.instance.1', 'bind_pw', '@@ldappw@@'),
  ('plugin.1.instance.1', 'search_base', 'OU=Staff,DC=ad,DC=mlima,DC=example;OU=Students,DC=ad,DC=mlima,DC=example'),
  ('plugin.1.instance.1', 'schema', 'msad'), ('plugin.1.instance.1', 'auth-staff', '1'), ('plugin.1.instance.1', 'auth-client', '1'),
  ('plugin.2.instance.2', 'custom_issuer', 'Mlima Help Desk'),
  ('plugin.4.instance.4', 'idp', 'microsoft'),
  ('plugin.4.instance.4', 'tenant', '@@tenant@@'),
  ('plugin.4.instance.4', 'client_id', '@@appid@@'),
  ('plugin.4.instance.4', 'client_secret', '@@appsecret@@'),
  ('plugin.4.instance.4', 'redirect_uri', 'https://helpdesk.mlima.example/api/oauth'),
  ('plugin.4.instance.4', 'scopes', 'offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send'),
  ('plugin.5.instance.5', 'show_view_audits', '1'),
  ('email.1.account.1', 'oauth2', '@@tok1@@'), ('email.1.account.2', 'oauth2', '@@tok2@@'), ('email.4.account.5', 'oauth2', '@@tok5@@'), ('email.5.account.6', 'oauth2', '@@tok6@@'),
  ('email.2.account.3', 'basic', '@@basic3@@'), ('email.3.account.4', 'basic', '@@basic4@@'), ('email.2.account.7', 'basic', '@@basic7@@'),
  ('dept.4', 'assign_members_only', '1'), ('dept.7', 'assign_members_only', '1'), ('dept.9', 'disable_auto_claim', '1'),
  ('mysqlsearch', 'reindex', '0'),
  ('list.1', 'configuration', '{"handler":"TicketStatusList"}')
) v(ns, k, v);
UPDATE ost_config SET value = replace(value, '@@sig@@', md5('osticket-1.18.1-schema')) WHERE value = '@@sig@@';
UPDATE ost_config SET value = replace(value, '@@ldappw@@', pgen.enc('ldappw', 1, 48)) WHERE value = '@@ldappw@@';
UPDATE ost_config SET value = fixture_gen.uuid('tenant', 1) WHERE value = '@@tenant@@';
UPDATE ost_config SET value = fixture_gen.uuid('appid', 1) WHERE value = '@@appid@@';
UPDATE ost_config SET value = pgen.enc('appsecret', 1, 64) WHERE value = '@@appsecret@@';
UPDATE ost_config SET value = '{"resource_owner_id":"' || fixture_gen.uuid('roid', a.id) || '","resource_owner_email":"' || e.email || '","access_token":"' || pgen.enc('at', a.id, 220)
    || '","refresh_token":"' || pgen.enc('rt', a.id, 180) || '","expires":' || (1718990000 + a.id * 61) || '}'
FROM ost_email_account a JOIN ost_email e ON e.email_id = a.email_id WHERE ost_config.value LIKE '@@tok%' AND a.id = replace(replace(ost_config.value, '@@tok', ''), '@@', '')::int;
UPDATE ost_config SET value = '{"username":"' || e.email || '","password":"' || pgen.enc('bpw', a.id, 40) || '"}'
FROM ost_email_account a JOIN ost_email e ON e.email_id = a.email_id WHERE ost_config.value LIKE '@@basic%' AND a.id = replace(replace(ost_config.value, '@@basic', ''), '@@', '')::int;

-- Agents' preferences and two-factor settings.
INSERT INTO ost_config (namespace, key, value, updated)
SELECT 'staff.' || s.staff_id, k.k,
       CASE k.k WHEN 'default_from_name' THEN fixture_gen.pick(ARRAY['default', 'mine', 'dept'], 'cfn', s.staff_id)
                WHEN 'thread_view_order' THEN CASE WHEN s.staff_id % 3 = 0 THEN 'desc' ELSE 'asc' END
                WHEN 'default_ticket_queue_id' THEN (1 + s.staff_id % 4)::text
                WHEN 'default_2fa' THEN CASE WHEN s.staff_id % 4 = 1 THEN '2fa-email' ELSE '2fa-gauth' END
                WHEN '2fa-gauth' THEN '{"key":"' || fixture_gen.chars('gauth', s.staff_id, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '","external2fa":true}'
                WHEN '2fa-email' THEN '{"email":"' || s.email || '"}' END,
       s.updated
FROM ost_staff s CROSS JOIN (VALUES ('default_from_name'), ('thread_view_order'), ('default_ticket_queue_id'), ('default_2fa'), ('2fa-gauth'), ('2fa-email')) k(k)
WHERE s.backend = 'ldap' AND (k.k NOT IN ('default_2fa', '2fa-gauth', '2fa-email') OR s.staff_id % 3 <> 2)
  AND NOT (k.k = '2fa-gauth' AND s.staff_id % 4 = 1) AND NOT (k.k = '2fa-email' AND s.staff_id % 4 <> 1)
ORDER BY s.staff_id, k.k;

-- Outstanding password-reset tokens: the token is the key; c<id> a client.
INSERT INTO ost_config (namespace, key, value, updated)
SELECT 'pwreset', pgen.rnd('pwr', k, 48), CASE WHEN k % 4 = 0 THEN (1 + fixture_gen.n('pwrs', k, 38))::text ELSE 'c' || (1 + fixture_gen.n('pwru', k, 340)) END,
       pgen.at('pwrt', k, '2024-06-01', '2024-06-21')
FROM generate_series(1, 16) k ORDER BY 4;

-- ---------------------------------------------------------------------------
-- The PHP session store: agents' and clients' sessions, serialized.

CREATE FUNCTION pgen.ps(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(s) || ':"' || s || '";' $$;

CREATE TABLE ost_session (
    session_id varchar(255) PRIMARY KEY, session_data bytea, session_expire timestamp, session_updated timestamp, user_id varchar(16) NOT NULL DEFAULT '0',
    user_ip varchar(64) NOT NULL, user_agent varchar(255) NOT NULL
);
INSERT INTO ost_session
SELECT pgen.lower('sid', k, 26),
       convert_to('csrf|a:2:{' || pgen.ps('token') || pgen.ps(fixture_gen.hexn('csrf', k, 40)) || pgen.ps('time') || 'i:' || (1718900000 + k * 613) || ';}'
         || 'TZ_OFFSET|' || pgen.ps('3') || 'TZ_DST|' || pgen.ps('0')
         || CASE WHEN k <= 34 THEN
              '_auth|a:1:{' || pgen.ps('staff') || 'a:2:{' || pgen.ps('id') || 'i:' || s.staff_id || ';' || pgen.ps('key') || pgen.ps(coalesce(s.backend, 'local') || ':' || s.username) || '}}'
              || ':token|a:1:{' || pgen.ps('staff') || pgen.ps(fixture_gen.hexn('stok', k, 40) || ':' || (1718900000 + k * 613) || ':' || md5(coalesce(z.ip, ''))) || '}'
              || CASE WHEN k % 3 = 0 THEN ':Q:tickets|' || pgen.ps('{"criteria":[["user__emails__address","contains","' || u.email || '"]]}') ELSE '' END
              || CASE WHEN k % 4 = 1 THEN 'search_' || (k % 7) || '|a:1:{' || pgen.ps('keywords') || pgen.ps(u.typed_name) || '}' ELSE '' END
              || 'lastcroncall|i:' || (1718900000 + k * 600) || ';'
            WHEN k <= 70 THEN
              '_auth|a:1:{' || pgen.ps('user') || 'a:2:{' || pgen.ps('id') || 'i:' || u.i || ';' || pgen.ps('key') || pgen.ps('client:' || u.email) || '}}'
              || ':token|a:1:{' || pgen.ps('client') || pgen.ps(fixture_gen.hexn('ctok', k, 40) || ':' || (1718900000 + k * 613) || ':' || md5(coalesce(z.ip, ''))) || '}'
              || '_client|a:1:{' || pgen.ps('auth') || 'a:1:{' || pgen.ps('dest') || pgen.ps('/tickets.php?id=' || (1 + k * 5)) || '}}'
            ELSE
              ':form-data|a:2:{' || pgen.ps('email') || pgen.ps(u.email) || pgen.ps('name') || pgen.ps(u.typed_name) || '}'
              || ':cf:' || pgen.lower('cf', k, 8) || '|' || pgen.ps('{"20":"' || fixture_gen.pick(ARRAY['No wifi in room', 'Portal not opening', 'Printer jam', 'Leaking tap'], 'sess', k) || '"}')
            END, 'UTF8'),
       ts + interval '30 minutes', ts,
       CASE WHEN k <= 34 THEN s.staff_id::text ELSE '0' END, z.ip, z.ua
FROM generate_series(1, 90) k
LEFT JOIN ost_staff s ON s.staff_id = 1 + (k - 1) % 38
JOIN pgen.p u ON u.i = 1 + fixture_gen.n('sesu', k, 340)
CROSS JOIN LATERAL (SELECT CASE WHEN k <= 34 THEN CASE WHEN k % 3 = 0 THEN (SELECT q.ip FROM pgen.p q WHERE q.i = 500 + s.staff_id) ELSE '10.20.1.' || (20 + s.staff_id) END ELSE u.ip END AS ip,
                           CASE WHEN k <= 34 THEN (SELECT q.ua FROM pgen.p q WHERE q.i = 500 + s.staff_id) ELSE u.ua END AS ua,
                           pgen.at('sest', k, '2024-06-21 06:00', '2024-06-21 17:30') AS ts) z
ORDER BY 4;

-- ---------------------------------------------------------------------------
-- System log, edit locks, API keys.

CREATE TABLE ost_syslog (
    log_id serial PRIMARY KEY, log_type varchar(7) NOT NULL CHECK (log_type IN ('Debug', 'Warning', 'Error')), title varchar(255) NOT NULL, log text NOT NULL,
    logger varchar(64) NOT NULL, ip_address varchar(64) NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_syslog (log_type, title, log, logger, ip_address, created, updated)
SELECT x.lt, x.title, x.log, '', x.ip, x.ts, x.ts
FROM generate_series(1, 160) k
JOIN ost_staff s ON s.staff_id = 1 + fixture_gen.n('slgs', k, 38)
JOIN pgen.p u ON u.i = 1 + fixture_gen.n('slgu', k, 340)
CROSS JOIN LATERAL (SELECT pgen.at('slgt', k, '2024-03-01', '2024-06-21 17:30') AS ts, CASE WHEN k % 2 = 0 THEN u.ip ELSE '10.20.' || (20 + k % 12) || '.' || (k % 250 + 3) END AS cip) t
CROSS JOIN LATERAL (SELECT
  CASE k % 12 WHEN 0 THEN 'Warning' WHEN 1 THEN 'Debug' WHEN 2 THEN 'Warning' WHEN 3 THEN 'Debug' WHEN 4 THEN 'Error' WHEN 5 THEN 'Warning' WHEN 6 THEN 'Error'
              WHEN 7 THEN 'Warning' WHEN 8 THEN 'Warning' WHEN 9 THEN 'Error' WHEN 10 THEN 'Debug' ELSE 'Warning' END AS lt,
  CASE k % 12 WHEN 0 THEN 'Failed agent login attempt (' || s.username || ')' WHEN 1 THEN 'Agent login' WHEN 2 THEN 'Failed login attempt (user)' WHEN 3 THEN 'User login'
              WHEN 4 THEN 'Mailer Error' WHEN 5 THEN 'Excessive login attempts (user)' WHEN 6 THEN 'Mail Fetch Error' WHEN 7 THEN 'Overlimit Notice'
              WHEN 8 THEN 'Agent Password Reset' WHEN 9 THEN 'DB Error #1062' WHEN 10 THEN 'Cron Job' ELSE 'Invalid CSRF Token __CSRFToken__' END AS title,
  CASE k % 12
    WHEN 0 THEN 'Username: ' || s.username || ' IP: ' || t.cip || ' Time: ' || to_char(t.ts, 'Mon DD, YYYY, HH12:MI am') || ' EAT Attempts: ' || (1 + k % 3)
    WHEN 1 THEN s.username || ' logged in [' || t.cip || '], via ' || CASE WHEN s.backend = 'ldap' THEN 'LDAPAuthentication' ELSE 'osTicketAuthentication' END
    WHEN 2 THEN 'Username: ' || u.email || ' IP: ' || t.cip || ' Time: ' || to_char(t.ts, 'Mon DD, YYYY, HH12:MI am') || ' EAT Attempts: ' || (1 + k % 4)
    WHEN 3 THEN u.typed_name || ' logged in [' || t.cip || '], via ' || CASE WHEN u.email LIKE '%mlima.example' THEN 'LDAPClientAuthentication' ELSE 'ClientPasswordAuthentication' END
    WHEN 4 THEN 'Unable to email via SMTP:smtp.office365.com:587 [servicedesk@mlima.example] 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ' || replace(u.email, '@', '@x') || ' not found by SMTP address lookup'
    WHEN 5 THEN 'Excessive login attempts by user ' || u.typed_name || ' <' || u.email || '> IP: ' || t.cip || ' Time: ' || to_char(t.ts, 'Mon DD, YYYY, HH12:MI am') || ' Attempts: 4 Timeout: 2 minutes'
    WHEN 6 THEN CASE WHEN k % 24 = 6 THEN 'IMAP error: cannot connect to mail.mlima.example,993: Connection timed out' ELSE 'estates@mlima.example: Too many errors (3), mailbox disabled until the next run' END
    WHEN 7 THEN 'Max open tickets (5) reached for ' || u.email
    WHEN 8 THEN 'Password reset was attempted for agent: ' || s.firstname || ' ' || s.lastname || E'\n\nRequested-User-Id: ' || s.username || E'\nSource-Ip: ' || t.cip
                || E'\nEmail-Sent-To: ' || s.email || E'\nEmail-Sent-From: noreply@mlima.example'
    WHEN 9 THEN '[INSERT INTO `ost_user_email` SET `user_id` = ' || u.i || ', `flags` = 0, `address` = ''' || u.email || '''] Duplicate entry ''' || u.email || ''' for key ''address'''
                || E'\n\n---- Backtrace ----\n#0 (root)/include/mysqldb.php(210): osTicket->logDBError()\n#1 (root)/include/class.orm.php(2875): db_query()\n#2 (root)/include/class.user.php(251): VerySimpleModel->save()'
    WHEN 10 THEN 'Fetched ' || (k % 17) || ' messages from servicedesk@mlima.example in ' || (1 + k % 5) || 's'
    ELSE 'Invalid CSRF token [' || fixture_gen.hexn('csrfl', k, 40) || '] on https://helpdesk.mlima.example/scp/tickets.php?id=' || (1 + k % 430) END AS log,
  t.cip AS ip, t.ts) x
ORDER BY x.ts;

CREATE TABLE ost_lock (lock_id serial PRIMARY KEY, staff_id integer NOT NULL DEFAULT 0, expire timestamp, code varchar(20), created timestamp NOT NULL);
INSERT INTO ost_lock (staff_id, expire, code, created)
SELECT 1 + fixture_gen.n('lks', k, 38), ts + interval '3 minutes', pgen.rnd('lkc', k, 10), ts
FROM generate_series(1, 18) k CROSS JOIN LATERAL (SELECT pgen.at('lkt', k, '2024-06-21 14:00', '2024-06-21 17:30') AS ts) z ORDER BY ts;
UPDATE ost_ticket t SET lock_id = l.lock_id FROM ost_lock l WHERE t.ticket_id = 430 - l.lock_id * 7 AND l.lock_id <= 10;

CREATE TABLE ost_api_key (
    id serial PRIMARY KEY, isactive smallint NOT NULL DEFAULT 1, ipaddr varchar(64) NOT NULL, apikey varchar(255) NOT NULL,
    can_create_tickets smallint NOT NULL DEFAULT 1, can_exec_cron smallint NOT NULL DEFAULT 1, notes text, updated timestamp NOT NULL, created timestamp NOT NULL
);
INSERT INTO ost_api_key (isactive, ipaddr, apikey, can_create_tickets, can_exec_cron, notes, updated, created) VALUES
  (1, '127.0.0.1', '', 0, 1, 'Local cron: php api/cron.php every 2 minutes.', '2019-03-02 12:00:00', '2019-03-02 12:00:00'),
  (1, '10.20.5.14', '', 1, 0, 'Student portal "Report a problem" button (ERP). Contact: Peter Otieno, ext 4414.', '2023-02-10 09:00:00', '2020-08-17 10:00:00'),
  (1, '10.20.5.40', '', 1, 0, 'Zabbix alerts -> tickets for Networks. Set up by Gideon Kiprono, 2022.', '2022-04-04 15:00:00', '2022-04-04 15:00:00'),
  (0, '197.248.12.90', '', 1, 0, 'Old SMS gateway integration, disabled March 2023.', '2023-03-15 11:00:00', '2020-02-03 09:00:00'),
  (1, '10.20.5.22', '', 1, 0, 'Koha library system - patron problems.', '2021-05-05 10:00:00', '2021-05-05 10:00:00');
UPDATE ost_api_key SET apikey = upper(fixture_gen.hexn('apikey', id, 32));
ALTER TABLE ost_api_key ADD UNIQUE (apikey);

-- ---------------------------------------------------------------------------
-- Queues (system queues and agents' saved searches) and ticket filters.

CREATE TABLE ost_queue (
    id serial PRIMARY KEY, parent_id integer NOT NULL DEFAULT 0, columns_id integer, sort_id integer, flags integer NOT NULL DEFAULT 0, staff_id integer NOT NULL DEFAULT 0,
    sort integer NOT NULL DEFAULT 0, title varchar(60), config text, filter varchar(64), root varchar(32), path varchar(80) NOT NULL DEFAULT '/',
    created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_queue (id, parent_id, columns_id, sort_id, flags, staff_id, sort, title, config, filter, root, path, created, updated)
SELECT id, parent, 1, sortid, flags, staff, srt, title, config, filt, 'T', path, timestamp '2019-03-01 09:00:00' + make_interval(days => id * 11), timestamp '2023-08-21 09:00:00' + make_interval(hours => id)
FROM (VALUES
  (1, 0, 1, 3, 0, 1, 'Open', '{"criteria":[["status__state","includes",{"open":"Open"}]],"conditions":[]}', '::', '/1/'),
  (2, 1, 4, 43, 0, 1, 'Open', '{"criteria":[["isanswered","nset",null]],"conditions":[]}', NULL, '/1/2/'),
  (3, 1, 4, 43, 0, 2, 'Answered', '{"criteria":[["isanswered","set",null]],"conditions":[]}', NULL, '/1/3/'),
  (4, 1, 4, 43, 0, 3, 'Overdue', '{"criteria":[["isoverdue","set",null]],"conditions":[]}', NULL, '/1/4/'),
  (5, 0, 3, 3, 0, 2, 'My Tickets', '{"criteria":[["assignee","includes",{"M":"Me","T":"One of my teams"}],["status__state","includes",{"open":"Open"}]],"conditions":[]}', NULL, '/5/'),
  (6, 5, 3, 43, 0, 1, 'Assigned to Me', '{"criteria":[["assignee","includes",{"M":"Me"}]],"conditions":[]}', NULL, '/5/6/'),
  (7, 5, 3, 43, 0, 2, 'Assigned to Teams', '{"criteria":[["assignee","!includes",{"M":"Me"}]],"conditions":[]}', NULL, '/5/7/'),
  (8, 0, 4, 3, 0, 4, 'Closed', '{"criteria":[["status__state","includes",{"closed":"Closed"}]],"conditions":[]}', '::', '/8/'),
  (9, 8, 4, 43, 0, 1, 'Today', '{"criteria":[["closed","period","td"]],"conditions":[]}', NULL, '/8/9/'),
  (10, 8, 4, 43, 0, 2, 'Yesterday', '{"criteria":[["closed","period","yd"]],"conditions":[]}', NULL, '/8/10/'),
  (11, 8, 4, 43, 0, 3, 'This Week', '{"criteria":[["closed","period","tw"]],"conditions":[]}', NULL, '/8/11/'),
  (12, 0, 3, 8, 1, 5, 'Hostel emergencies', '{"criteria":[["topic_id","includes",{"13":"Hostel Maintenance"}],["cdata__priority","includes",{"4":"Emergency"}]],"conditions":[]}', NULL, '/12/'),
  (13, 0, 1, 30, 1, 1, 'VC office & Registrar', '{"criteria":[["user__emails__address","includes","nkamau@mlima.example"],["user__emails__address","includes","' || (SELECT email FROM pgen.p WHERE i = 272) || '"]],"conditions":[]}', NULL, '/13/'),
  (14, 0, 1, 30, 1, 3, 'Kiptoo jobs', '{"criteria":[["user__org_id","includes",{"14":"Kiptoo Electricals"}]],"conditions":[]}', NULL, '/14/'),
  (15, 0, 1, 6, 1, 30, 'Medical letters', '{"criteria":[["topic_id","includes",{"15":"Leave: account & deadline extensions"}]],"conditions":[]}', NULL, '/15/'),
  (16, 0, 1, 6, 1, 6, 'MUSA complaints', '{"criteria":[["user__name","contains","' || (SELECT full_name FROM pgen.p WHERE i = 58) || '"],["user__org_id","includes",{"12":"MUSA"}]],"conditions":[]}', NULL, '/16/'),
  (17, 0, 1, 3, 1, 17, 'Exam week', '{"criteria":[["created","period","tw"],["topic_id","includes",{"5":"eLearning (Moodle)"}]],"conditions":[]}', NULL, '/17/'),
  (18, 0, 1, 3, 1, 2, 'Phishing victims', '{"criteria":[["cdata__subject","contains","phishing"]],"conditions":[],"keywords":"' || (SELECT email FROM pgen.p WHERE i = 233) || '"}', NULL, '/18/'),
  (19, 0, 1, 3, 1, 36, 'CCTV requests', '{"criteria":[["topic_id","includes",{"14":"Access Cards & CCTV"}]],"conditions":[]}', NULL, '/19/'),
  (20, 0, 1, 3, 1, 37, 'Nairobi open', '{"criteria":[["dept_id","includes",{"10":"Nairobi Campus Support"}],["status__state","includes",{"open":"Open"}]],"conditions":[]}', NULL, '/20/')
) v(id, parent, sortid, flags, staff, srt, title, config, filt, path);

CREATE TABLE ost_filter (
    id serial PRIMARY KEY, execorder integer NOT NULL DEFAULT 99, isactive smallint NOT NULL DEFAULT 1, flags integer DEFAULT 0, status integer NOT NULL DEFAULT 0,
    match_all_rules smallint NOT NULL DEFAULT 0, stop_onmatch smallint NOT NULL DEFAULT 0, target varchar(5) NOT NULL DEFAULT 'Any' CHECK (target IN ('Any', 'Web', 'Email', 'API')),
    email_id integer NOT NULL DEFAULT 0, name varchar(32) NOT NULL DEFAULT '', notes text, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_filter (id, execorder, isactive, flags, status, match_all_rules, stop_onmatch, target, email_id, name, notes, created, updated) VALUES
  (1, 99, 1, 0, 0, 0, 0, 'Email', 0, 'SYSTEM BAN LIST', 'Internal list for email banning. Do not remove', '2019-03-01 09:00:00', '2019-03-01 09:00:00'),
  (2, 10, 1, 0, 0, 0, 1, 'Email', 2, 'Estates mailbox', 'Everything to estates@ goes to Estates & Facilities.', '2019-03-05 10:00:00', '2021-03-03 10:00:00'),
  (3, 5, 1, 0, 0, 0, 0, 'Any', 0, 'Hostel emergencies', 'Flooding, burst pipes, sparking, lockouts: emergency priority + SMS to on-call.', '2020-01-20 10:20:00', '2023-09-04 09:10:00'),
  (4, 1, 1, 0, 0, 0, 1, 'Email', 0, 'Spam and bounces', NULL, '2019-06-11 10:00:00', '2024-02-19 08:00:00'),
  (5, 2, 1, 0, 0, 0, 0, 'Any', 0, 'VIP: VC office & Registrar', 'Requested by the Registrar in Senate week 2022. Her PA is copied.', '2022-10-03 09:00:00', '2024-01-15 09:00:00'),
  (6, 3, 1, 0, 0, 1, 1, 'API', 0, 'Zabbix alerts', NULL, '2022-04-04 15:10:00', '2022-04-04 15:10:00'),
  (7, 20, 1, 0, 0, 0, 0, 'Email', 0, 'Vendors to Networks', 'Huawei and KENET engineers mail servicedesk@; route to Networks.', '2021-10-04 10:00:00', '2023-10-10 10:00:00'),
  (8, 4, 1, 0, 0, 0, 1, 'Email', 0, 'Moodle notifications', NULL, '2020-03-25 10:00:00', '2020-03-25 10:00:00'),
  (9, 0, 1, 0, 0, 0, 1, 'Any', 0, 'Abusive sender', 'Student sent abusive and threatening messages to agents (Dean of Students case DOS/DISC/0412, 14/11/2023). Reject silently until further notice.', '2023-11-14 16:30:00', '2023-11-14 16:30:00'),
  (10, 30, 0, 0, 0, 1, 0, 'Web', 0, 'Nanyuki field station', 'Disabled: field station has its own technician again.', '2021-02-01 09:00:00', '2023-06-01 09:00:00');

CREATE TABLE ost_filter_rule (
    id serial PRIMARY KEY, filter_id integer NOT NULL DEFAULT 0, what varchar(32) NOT NULL, how varchar(16) NOT NULL
      CHECK (how IN ('equal', 'not_equal', 'contains', 'dn_contain', 'starts', 'ends', 'match', 'not_match')),
    val varchar(255) NOT NULL, isactive smallint NOT NULL DEFAULT 1, notes text NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL
);
INSERT INTO ost_filter_rule (filter_id, what, how, val, isactive, notes, created, updated)
SELECT f, w, h, v, a, n, timestamp '2019-03-05 10:00:00' + make_interval(days => r * 41), timestamp '2023-01-01 10:00:00' + make_interval(days => r * 9)
FROM (VALUES
  (1, 1, 'email', 'equal', 'promo@kenyadeals.example', 1, ''),
  (2, 1, 'email', 'equal', (SELECT email FROM pgen.p WHERE i = 187), 1, ''),
  (3, 1, 'email', 'equal', 'mkt.campaigns@bulkmail.example', 1, ''),
  (4, 2, 'email', 'ends', '@mlima.example', 1, ''),
  (5, 3, 'subject', 'contains', 'flood', 1, ''),
  (6, 3, 'subject', 'contains', 'burst', 1, ''),
  (7, 3, 'subject', 'contains', 'spark', 1, ''),
  (8, 3, 'subject', 'contains', 'locked out', 1, ''),
  (9, 3, 'body', 'match', '/(fire|smoke|moto)/i', 1, 'moto = fire in Swahili'),
  (10, 4, 'email', 'starts', 'mailer-daemon@', 1, ''),
  (11, 4, 'subject', 'contains', 'Undeliverable:', 1, ''),
  (12, 4, 'email', 'ends', '@mailinator.com', 1, ''),
  (13, 5, 'email', 'equal', 'nkamau@mlima.example', 1, 'Registrar, Dr. Njeri Kamau'),
  (14, 5, 'email', 'equal', (SELECT email FROM pgen.p WHERE i = 272), 1, 'PA to the Registrar'),
  (15, 5, 'email', 'equal', 'vc@mlima.example', 1, ''),
  (16, 5, 'name', 'contains', 'Vice-Chancellor', 1, ''),
  (17, 6, 'email', 'equal', 'zabbix@mlima.example', 1, ''),
  (18, 6, 'subject', 'starts', 'PROBLEM:', 1, ''),
  (19, 7, 'email', 'ends', '@huawei.example', 1, ''),
  (20, 7, 'email', 'ends', '@kenet.example', 1, ''),
  (21, 7, 'name', 'equal', (SELECT full_name FROM pgen.p WHERE i = 313), 0, 'Left Huawei, rule kept for reference'),
  (22, 8, 'subject', 'contains', 'Moodle notification', 1, ''),
  (23, 9, 'email', 'equal', (SELECT email FROM pgen.p WHERE i = 121), 1, ''),
  (24, 9, 'email', 'equal', (SELECT pgen.fold(first) || pgen.fold(last) || '.alt@gmail.com' FROM pgen.p WHERE i = 121), 1, 'second address he used'),
  (25, 10, 'field.23', 'equal', 'nyk', 1, '')
) v(r, f, w, h, v, a, n);

CREATE TABLE ost_filter_action (
    id serial PRIMARY KEY, filter_id integer NOT NULL, sort integer NOT NULL DEFAULT 0, type varchar(24) NOT NULL, configuration text, updated timestamp NOT NULL
);
INSERT INTO ost_filter_action (filter_id, sort, type, configuration, updated) VALUES
  (1, 1, 'reject', '[]', '2019-03-01 09:00:00'),
  (2, 1, 'dept', '{"dept_id":"4"}', '2021-03-03 10:00:00'),
  (3, 1, 'pri', '{"priority_id":"4"}', '2020-01-20 10:20:00'),
  (3, 2, 'sla', '{"sla_id":"3"}', '2020-01-20 10:20:00'),
  (3, 3, 'email', '{"recipients":"samuel.ndirangu@mlima.example, rabdalla@mlima.example, estates.oncall@mlima.example"}', '2023-09-04 09:10:00'),
  (4, 1, 'reject', '[]', '2019-06-11 10:00:00'),
  (5, 1, 'pri', '{"priority_id":"3"}', '2022-10-03 09:00:00'),
  (5, 2, 'assign_agent', '{"staff_id":"1"}', '2022-10-03 09:00:00'),
  (5, 3, 'collab', '{"collabs":{"' || (SELECT 272) || '":' || (SELECT fixture_gen.js(full_name || ' <' || email || '>') FROM pgen.p WHERE i = 272) || '}}', '2024-01-15 09:00:00'),
  (6, 1, 'dept', '{"dept_id":"2"}', '2022-04-04 15:10:00'),
  (6, 2, 'noresp', '{"enable":true}', '2022-04-04 15:10:00'),
  (7, 1, 'dept', '{"dept_id":"2"}', '2021-10-04 10:00:00'),
  (7, 2, 'assign_team', '{"team_id":"2"}', '2021-10-04 10:00:00'),
  (8, 1, 'reject', '[]', '2020-03-25 10:00:00'),
  (9, 1, 'reject', '[]', '2023-11-14 16:30:00'),
  (10, 1, 'dept', '{"dept_id":"1"}', '2021-02-01 09:00:00'),
  (10, 2, 'assign_agent', '{"staff_id":"12"}', '2021-02-01 09:00:00');

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
