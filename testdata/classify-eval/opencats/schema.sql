-- classify-eval fixture (HOLDOUT 71: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- applicant tracking database of Lingkod Healthcare Staffing Inc., a nurse and
-- caregiver recruitment agency licensed by the Philippine Department of Migrant
-- Workers, with offices in Makati (Manila), Cebu IT Park and Toronto. It
-- recruits Filipino, Indian (mostly Keralite and Punjabi), Nigerian and Kenyan
-- registered nurses, personal support workers and caregivers, some of them
-- already in Canada on caregiver permits, and places them with Canadian
-- hospitals and long-term care homes, Irish hospitals and nursing homes, and
-- Saudi, Qatari, Emirati and Kuwaiti hospitals. The application is OpenCATS
-- 0.9.6 (db/cats_schema.sql plus the upgrade steps of modules/install, its
-- MySQL schema ported to PostgreSQL with the table and column names kept:
-- int(1) flags stay integers, datetime becomes timestamp, '' stays the
-- default of NOT NULL strings). One site (site 1; 180 is the built-in
-- CATS_ADMIN site) is used by the three offices and by two partner recruiters
-- in Lagos and Nairobi. In use: candidates with the EEO module switched on for
-- the Canadian clients, resumes stored as attachments with their text
-- extracted (pdftotext, antiword, docx2txt), job orders with the careers
-- portal and two questionnaires, the pipeline and its status history,
-- activities, the calendar with e-mail reminders, saved lists, tags, extra
-- fields the agency defined (nursing licence numbers, passport numbers and
-- expiry, date of birth, visa status, NCLEX and IELTS results), e-mail
-- templates and the history of sent e-mail (SMTP through the agency's Google
-- Workspace), the Indeed XML feed, the queue, the MRU list, recent searches,
-- the data-item history, user logins and the careers portal's HTTP log. No
-- Sphinx (sph_counter not created), no demo data. Serialization formats as
-- OpenCATS writes them: PHP serialize() in user.column_preferences,
-- saved_list.parameters and queue.args; HTML in job order descriptions and
-- careers portal templates, and a <br /> between the generated and the typed
-- part of activity notes; plain text with %VARIABLES% in e-mail templates and
-- filled in in the e-mail history; comma-separated option lists in
-- extra_field_settings; dates typed into extra fields as DD-MM-YY text;
-- request URIs and query strings in http_log, mru.url and saved_search.url.
-- User passwords are bcrypt ($2y$) except the shipped CATS_ADMIN row;
-- user.session_cookie holds the PHP session cookie.
-- Written from memory of the published schemas, not checked against them:
-- column order, lengths and defaults; whether 0.9.6 already stores bcrypt
-- password hashes (older CATS releases stored them in plain text or md5);
-- whether session_cookie keeps the "CATS=" prefix; the site table's exact
-- columns (is_trial and trial_expires may exist too); attachment.directory_name
-- and the layout of stored files; the task names and args of the queue; the
-- html of generated activity notes and the wording of history.description;
-- the http_log_types rows; the module_schema rows; the careers portal
-- template and settings names; the settings rows and their settings_type
-- numbers; the e-mail template tags; the numbering of extra field and
-- questionnaire question types; the exact values of the shipped CATS_ADMIN
-- user row; whether candidate_duplicates exists in 0.9.6 (left out, as are
-- eeo_ethnic_type, eeo_veteran_type, data_item_type, word_verification and
-- xml_feed_submits, to stay within 45 tables). The zipcodes table holds a
-- handful of the ~42,000 US rows the installer loads; feedback is empty, as a
-- self-hosted install leaves it.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- at: a timestamp (no time zone, to the second) between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;
-- fold: a name folded for an e-mail address or a login.
CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãéèêëíìîïóòôöõúùûüñçÁÉÍÓÚÑ', 'aaaaaeeeeiiiiooooouuuuncAEIOUN')), '[^a-z0-9]+', '', 'g')
$$;
-- PHP serialize(): strings (byte lengths), integers, booleans, arrays.
CREATE FUNCTION pgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;
CREATE FUNCTION pgen.pi(v bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'i:' || v || ';' $$;
CREATE FUNCTION pgen.pb(v boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v THEN 'b:1;' ELSE 'b:0;' END $$;
-- pa: an associative array from alternating keys (plain) and serialized values.
CREATE FUNCTION pgen.pa(kv text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || (coalesce(cardinality(kv), 0) / 2) || ':{' || coalesce(string_agg(pgen.ps(kv[2 * k - 1]) || kv[2 * k], '' ORDER BY k), '') || '}'
  FROM generate_series(1, coalesce(cardinality(kv), 0) / 2) k
$$;
-- pl: a list (keys 0..n-1) of serialized values.
CREATE FUNCTION pgen.pl(vs text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || coalesce(cardinality(vs), 0) || ':{' || coalesce(string_agg('i:' || (k - 1) || ';' || vs[k], '' ORDER BY k), '') || '}'
  FROM generate_series(1, coalesce(cardinality(vs), 0)) k
$$;
-- bcrypt as PHP's password_hash() writes it ($2y$10$).
CREATE FUNCTION pgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;
-- d: n random digits as text; pk: an element of an array.
CREATE FUNCTION pgen.d(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.digits(tag, i, len) $$;
CREATE FUNCTION pgen.pk(arr text[], tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.pick(arr, tag, i) $$;

-- Cultures: female and male first names, female and male middle names
-- (a Filipino's middle name is the mother's maiden surname: taken from lasts),
-- surnames, places as city|state|postcode, mail domains, country.
CREATE TABLE pgen.cu (c text PRIMARY KEY, f text[], m text[], mf text[], mm text[], lasts text[], places text[], domains text[], country text);
INSERT INTO pgen.cu VALUES
 ('ph', ARRAY['Maria Cristina', 'Jocelyn', 'Rowena', 'Mary Grace', 'Kristine Joy', 'Angelica', 'Rhea', 'Jennifer', 'Lovely', 'Mae Ann', 'Cherry Lou', 'Lorna',
              'Marites', 'Jasmine', 'Princess', 'Analyn', 'Divina', 'Rosalie', 'Charmaine', 'Hazel', 'Ma. Theresa', 'Arlene', 'Katherine', 'Jonalyn', 'Aileen', 'Sheryl'],
        ARRAY['Mark Anthony', 'John Paul', 'Jerome', 'Rodel', 'Ronaldo', 'Christian', 'Jayson', 'Reynaldo', 'Joel', 'Noel', 'Ariel', 'Jericho', 'Kenneth', 'Ramil'],
        NULL, NULL,
        ARRAY['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Dela Cruz', 'Villanueva', 'Ramos', 'Aquino', 'Castillo', 'Navarro', 'Torres', 'Flores',
              'Gonzales', 'Lopez', 'Manalo', 'Pascual', 'Dizon', 'Salvador', 'Fernandez', 'Soriano', 'Tolentino', 'Macaraeg', 'Cabrera', 'Magbanua', 'Lim', 'Tan',
              'Ocampo', 'Abella', 'Sarmiento', 'Villareal', 'Umali', 'Cortez', 'De Guzman', 'Agustin', 'Panganiban', 'Evangelista', 'Sison', 'Catapang'],
        ARRAY['Quezon City|Metro Manila|1100', 'Makati|Metro Manila|1209', 'Caloocan|Metro Manila|1400', 'Pasig|Metro Manila|1600', 'Taguig|Metro Manila|1630',
              'Manila|Metro Manila|1008', 'Cebu City|Cebu|6000', 'Mandaue City|Cebu|6014', 'Lapu-Lapu City|Cebu|6015', 'Iloilo City|Iloilo|5000',
              'Davao City|Davao del Sur|8000', 'Baguio City|Benguet|2600', 'Dagupan City|Pangasinan|2400', 'Tacloban City|Leyte|6500', 'Bacolod City|Negros Occidental|6100',
              'Cabanatuan City|Nueva Ecija|3100', 'San Fernando|Pampanga|2000', 'Tuguegarao City|Cagayan|3500', 'Dumaguete City|Negros Oriental|6200', 'Batangas City|Batangas|4200',
              'Talisay City|Cebu|6045', 'Tagbilaran City|Bohol|6300'],
        ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com.ph', 'outlook.com', 'hotmail.com'], 'Philippines'),
 ('in', ARRAY['Anitha', 'Jincy', 'Sherin', 'Reshma', 'Neethu', 'Ancy', 'Divya', 'Bincy', 'Soumya', 'Priya', 'Simi', 'Tintu', 'Jismy', 'Merin', 'Harpreet', 'Manpreet',
              'Kavya', 'Aswathy', 'Sneha', 'Rinju', 'Gurleen', 'Jasleen'],
        ARRAY['Jibin', 'Anoop', 'Sijo', 'Rahul', 'Nithin', 'Gurpreet', 'Arun', 'Jomon', 'Libin', 'Harjot'],
        ARRAY['Mary', 'Ann', 'Rose', 'Elizabeth', 'Maria', '', '', '', '', '', '', ''], ARRAY['', '', '', '', 'K.', 'P.', ''],
        ARRAY['Joseph', 'Thomas', 'Mathew', 'Varghese', 'George', 'Kurian', 'Jacob', 'Philip', 'Abraham', 'Nair', 'Menon', 'Pillai', 'Kaur', 'Singh', 'Sebastian',
              'Chacko', 'Antony', 'Xavier', 'Das', 'Reddy', 'Sandhu', 'Gill', 'Thankachan', 'Kuriakose'],
        ARRAY['Kottayam|Kerala|686001', 'Ernakulam|Kerala|682011', 'Thrissur|Kerala|680001', 'Kollam|Kerala|691001', 'Thiruvananthapuram|Kerala|695001',
              'Pathanamthitta|Kerala|689645', 'Kozhikode|Kerala|673001', 'Changanassery|Kerala|686101', 'Bengaluru|Karnataka|560034', 'Mangaluru|Karnataka|575001',
              'Ludhiana|Punjab|141001', 'Amritsar|Punjab|143001', 'Jalandhar|Punjab|144001', 'Chennai|Tamil Nadu|600040', 'New Delhi|Delhi|110025'],
        ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'yahoo.com'], 'India'),
 ('ng', ARRAY['Chiamaka', 'Ngozi', 'Blessing', 'Oluwaseun', 'Funmilayo', 'Adaeze', 'Chinonso', 'Temitope', 'Aisha', 'Folake', 'Ifeoma', 'Yetunde', 'Precious',
              'Esther', 'Oluwakemi', 'Chidinma', 'Bukola', 'Nneka'],
        ARRAY['Emeka', 'Chukwuemeka', 'Oluwafemi', 'Tunde', 'Ibrahim', 'Ikenna', 'Segun', 'Abdullahi', 'Olumide'],
        ARRAY['Adaobi', 'Oluwatoyin', 'Chioma', 'Abosede', 'Amarachi', 'Omolara', 'Uchechi', 'Titilayo', ''], ARRAY['Babatunde', 'Chibuike', 'Olusegun', 'Nnamdi', 'Ayodeji', ''],
        ARRAY['Okafor', 'Adeyemi', 'Okonkwo', 'Nwosu', 'Eze', 'Balogun', 'Adebayo', 'Ogunleye', 'Olawale', 'Obi', 'Ibrahim', 'Bello', 'Uche', 'Akinola', 'Nwachukwu',
              'Ezeh', 'Oyelaran', 'Fashola', 'Abubakar', 'Okoro', 'Adeleke', 'Onyeka'],
        ARRAY['Ikeja|Lagos|100271', 'Lekki|Lagos|106104', 'Surulere|Lagos|101283', 'Ibadan|Oyo|200284', 'Enugu|Enugu|400001', 'Abuja|FCT|900108',
              'Port Harcourt|Rivers|500272', 'Benin City|Edo|300001', 'Owerri|Imo|460001', 'Kaduna|Kaduna|800001', 'Abeokuta|Ogun|110001', 'Ilorin|Kwara|240001'],
        ARRAY['gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com', 'outlook.com'], 'Nigeria'),
 ('ke', ARRAY['Faith', 'Mercy', 'Grace', 'Caroline', 'Lucy', 'Esther', 'Purity', 'Sharon', 'Beatrice', 'Dorcas', 'Winnie', 'Joyce', 'Gladys', 'Eunice'],
        ARRAY['Brian', 'Dennis', 'Collins', 'Kevin', 'Victor', 'Evans', 'Gideon'],
        ARRAY['Wanjiru', 'Akinyi', 'Njeri', 'Achieng', 'Wambui', 'Chebet', 'Nyambura', 'Atieno', 'Jepkoech', 'Naliaka', 'Moraa'],
        ARRAY['Kamau', 'Otieno', 'Kiprono', 'Mwangi', 'Ochieng', 'Kipchoge', 'Njoroge', 'Odhiambo'],
        ARRAY['Mwangi', 'Otieno', 'Kamau', 'Ochieng', 'Wanjiku', 'Kiprotich', 'Chebet', 'Njoroge', 'Odhiambo', 'Mutua', 'Kariuki', 'Wafula', 'Omondi', 'Kimani',
              'Cheruiyot', 'Karanja', 'Maina', 'Owino', 'Nyaga', 'Mutiso'],
        ARRAY['Nairobi|Nairobi County|00100', 'Kisumu|Kisumu County|40100', 'Mombasa|Mombasa County|80100', 'Nakuru|Nakuru County|20100', 'Eldoret|Uasin Gishu County|30100',
              'Thika|Kiambu County|01000', 'Machakos|Machakos County|90100', 'Kakamega|Kakamega County|50100', 'Nyeri|Nyeri County|10100', 'Kericho|Kericho County|20200'],
        ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'], 'Kenya'),
 ('ca', ARRAY['Emily', 'Sarah', 'Jessica', 'Megan', 'Jennifer', 'Lauren', 'Amanda', 'Caroline', 'Nathalie', 'Stéphanie', 'Heather', 'Krista'],
        ARRAY['Michael', 'David', 'Jason', 'Kevin', 'Ryan', 'Mathieu', 'Brandon', 'Tyler'], NULL, NULL,
        ARRAY['Tremblay', 'MacDonald', 'Wilson', 'Campbell', 'Thompson', 'Roy', 'Gagnon', 'Anderson', 'Martin', 'Brown', 'Stewart', 'Fraser', 'Bouchard', 'Chen',
              'Leblanc', 'Morrison', 'Gill', 'Dhaliwal'],
        ARRAY['Toronto|ON|M', 'Toronto|ON|M', 'Mississauga|ON|L', 'Brampton|ON|L', 'Scarborough|ON|M', 'Ottawa|ON|K', 'Hamilton|ON|L', 'Winnipeg|MB|R', 'Calgary|AB|T',
              'Edmonton|AB|T', 'Vancouver|BC|V', 'Surrey|BC|V', 'Halifax|NS|B', 'Saskatoon|SK|S'],
        ARRAY['gmail.com', 'outlook.com', 'rogers.com', 'bell.net', 'hotmail.com'], 'Canada'),
 ('ie', ARRAY['Siobhán', 'Aoife', 'Niamh', 'Ciara', 'Orla', 'Sinéad', 'Mary', 'Bridget', 'Gráinne'],
        ARRAY['Ciarán', 'Declan', 'Eoin', 'Pádraig', 'John', 'Seán'], NULL, NULL,
        ARRAY['O''Sullivan', 'Murphy', 'Kelly', 'Walsh', 'O''Brien', 'Byrne', 'Ryan', 'Doyle', 'McCarthy', 'Fitzgerald', 'Nolan', 'Quinn', 'Brennan', 'Ní Bhriain'],
        ARRAY['Dublin 7|Co. Dublin|D07', 'Dublin 4|Co. Dublin|D04', 'Galway|Co. Galway|H91', 'Cork|Co. Cork|T12', 'Limerick|Co. Limerick|V94', 'Naas|Co. Kildare|W91',
              'Drogheda|Co. Louth|A92', 'Carlow|Co. Carlow|R93'],
        ARRAY['gmail.com', 'eircom.net', 'hotmail.com'], 'Ireland'),
 ('ar', ARRAY['Fatima', 'Noura', 'Aisha', 'Maryam', 'Hessa', 'Latifa', 'Reem'],
        ARRAY['Mohammed', 'Abdullah', 'Khalid', 'Fahad', 'Sultan', 'Ahmed', 'Omar', 'Saeed', 'Faisal'], NULL, NULL,
        ARRAY['Al-Harbi', 'Al-Otaibi', 'Al-Qahtani', 'Al-Ghamdi', 'Al-Mansoori', 'Al-Nuaimi', 'Al-Kuwari', 'Al-Marri', 'Al-Suwaidi', 'Al-Shehhi', 'Al-Dosari',
              'Al-Mutairi', 'Al-Zahrani', 'Al-Enezi'],
        ARRAY['Riyadh|Riyadh|12713', 'Jeddah|Makkah|23431', 'Dammam|Eastern Province|32241', 'Doha|Doha|', 'Abu Dhabi|Abu Dhabi|', 'Dubai|Dubai|', 'Kuwait City|Al Asimah|13001'],
        ARRAY['gmail.com', 'hotmail.com'], 'Saudi Arabia');

-- cfirst: a first name of a culture and gender; cfull: a full name of a culture.
CREATE FUNCTION pgen.cfirst(cc text, g text, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT CASE WHEN g = 'F' THEN fixture_gen.pick(f, tag, i) ELSE fixture_gen.pick(m, tag, i) END FROM pgen.cu WHERE c = cc $$;
CREATE FUNCTION pgen.cfull(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT fixture_gen.pick(f || m, tag, i) || ' ' || fixture_gen.pick(lasts, tag || 'l', i) FROM pgen.cu WHERE c = cc $$;

-- phone: mobile (kind 'm') or landline (kind 'h') of a country, in the ways people type them.
CREATE FUNCTION pgen.phone(c text, kind text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'ph' THEN CASE WHEN kind = 'h' THEN pgen.pk(ARRAY['(02) 8', '(02) 8', '(032) 2', '(032) 4', '(033) 3', '(082) 2'], tag || 'a', i) || pgen.d(tag, i, 3) || ' ' || pgen.d(tag || 'x', i, 4)
      ELSE CASE fixture_gen.n(tag || 'f', i, 3) WHEN 0 THEN '+63 ' || pgen.pk(ARRAY['917', '918', '919', '920', '927', '939', '945', '956', '966', '977', '995', '998'], tag || 'p', i) || ' ' || pgen.d(tag, i, 3) || ' ' || pgen.d(tag || 'x', i, 4)
        WHEN 1 THEN '0' || pgen.pk(ARRAY['917', '918', '919', '920', '927', '939', '945', '956', '966', '977', '995', '998'], tag || 'p', i) || '-' || pgen.d(tag, i, 3) || '-' || pgen.d(tag || 'x', i, 4)
        ELSE '0' || pgen.pk(ARRAY['917', '918', '919', '920', '927', '939', '945', '956', '966', '977', '995', '998'], tag || 'p', i) || pgen.d(tag, i, 3) || pgen.d(tag || 'x', i, 4) END END
    WHEN 'in' THEN CASE WHEN kind = 'h' THEN pgen.pk(ARRAY['0481 ', '0484 ', '0487 ', '0474 ', '0161 '], tag || 'a', i) || '2' || pgen.d(tag, i, 6)
      ELSE CASE WHEN fixture_gen.n(tag || 'f', i, 2) = 0 THEN '+91 ' ELSE '' END || pgen.pk(ARRAY['94', '95', '96', '97', '98', '99', '81', '70'], tag || 'p', i) || pgen.d(tag, i, 3) || ' ' || pgen.d(tag || 'x', i, 5) END
    WHEN 'ng' THEN CASE WHEN fixture_gen.n(tag || 'f', i, 2) = 0 THEN '+234 ' || pgen.pk(ARRAY['803', '806', '813', '816', '703', '706', '810', '805', '807', '905', '908'], tag || 'p', i) || ' ' || pgen.d(tag, i, 3) || ' ' || pgen.d(tag || 'x', i, 4)
      ELSE '0' || pgen.pk(ARRAY['803', '806', '813', '816', '703', '706', '810', '805', '807', '905', '908'], tag || 'p', i) || ' ' || pgen.d(tag, i, 3) || ' ' || pgen.d(tag || 'x', i, 4) END
    WHEN 'ke' THEN CASE WHEN fixture_gen.n(tag || 'f', i, 2) = 0 THEN '+254 7' || pgen.pk(ARRAY['12', '22', '33', '01', '90', '25', '10', '21'], tag || 'p', i) || ' ' || pgen.d(tag, i, 3) || ' ' || pgen.d(tag || 'x', i, 3)
      ELSE '07' || pgen.pk(ARRAY['12', '22', '33', '01', '90', '25', '10', '21'], tag || 'p', i) || ' ' || pgen.d(tag, i, 3) || ' ' || pgen.d(tag || 'x', i, 3) END
    WHEN 'ca' THEN CASE fixture_gen.n(tag || 'f', i, 3) WHEN 0 THEN '(' || pgen.pk(ARRAY['416', '647', '437', '905', '289', '204', '403', '604'], tag || 'p', i) || ') ' || (2 + fixture_gen.n(tag || 'e', i, 7)) || pgen.d(tag, i, 2) || '-' || pgen.d(tag || 'x', i, 4)
      WHEN 1 THEN pgen.pk(ARRAY['416', '647', '437', '905', '289', '204', '403', '604'], tag || 'p', i) || '-' || (2 + fixture_gen.n(tag || 'e', i, 7)) || pgen.d(tag, i, 2) || '-' || pgen.d(tag || 'x', i, 4)
      ELSE '+1 ' || pgen.pk(ARRAY['416', '647', '437', '905', '289', '204', '403', '604'], tag || 'p', i) || ' ' || (2 + fixture_gen.n(tag || 'e', i, 7)) || pgen.d(tag, i, 2) || ' ' || pgen.d(tag || 'x', i, 4) END
    WHEN 'ie' THEN CASE WHEN kind = 'h' THEN '+353 1 ' || pgen.d(tag, i, 3) || ' ' || pgen.d(tag || 'x', i, 4) ELSE pgen.pk(ARRAY['+353 87 ', '087 ', '+353 86 ', '085 '], tag || 'p', i) || pgen.d(tag, i, 3) || ' ' || pgen.d(tag || 'x', i, 4) END
    ELSE pgen.pk(ARRAY['+966 5', '+974 ', '+971 5', '+965 '], tag || 'p', i) || pgen.d(tag, i, 1) || ' ' || pgen.d(tag || 'y', i, 3) || ' ' || pgen.d(tag || 'x', i, 4) END
$$;

-- street: an address line as people of each country write it.
CREATE FUNCTION pgen.street(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'ph' THEN CASE fixture_gen.n(tag || 'k', i, 3)
      WHEN 0 THEN 'Blk ' || (1 + fixture_gen.n(tag, i, 40)) || ' Lot ' || (1 + fixture_gen.n(tag || 'l', i, 30)) || ', ' || pgen.pk(ARRAY['Phase 2, Camella Homes', 'Sampaguita St., Villa Verde Subd.', 'Narra St., Greenland Subd.', 'Phase 1, Deca Homes'], tag, i)
      WHEN 1 THEN (1 + fixture_gen.n(tag, i, 300)) || ' ' || pgen.pk(ARRAY['Mabini St.', 'Rizal Ave.', 'Gen. Luna St.', 'Osmeña Blvd.', 'M.J. Cuenco Ave.', 'P. Burgos St.', 'Bonifacio St.', 'A. Mabini Ext.'], tag, i) || ', Brgy. ' || pgen.pk(ARRAY['San Roque', 'Poblacion', 'San Isidro', 'Lahug', 'Mabolo', 'Sta. Cruz', 'Bagong Silang', 'Talamban'], tag || 'b', i)
      ELSE 'Purok ' || (1 + fixture_gen.n(tag, i, 7)) || ', Brgy. ' || pgen.pk(ARRAY['San Jose', 'Malinao', 'Bantayan', 'Cogon', 'Calumpang', 'Sto. Niño'], tag || 'b', i) END
    WHEN 'in' THEN CASE fixture_gen.n(tag || 'k', i, 3)
      WHEN 0 THEN pgen.pk(ARRAY['Puthenpurackal House', 'Kizhakkethil House', 'Thekkedathu House', 'Vadakkekara House', 'Mangalathu House', 'Kochuparambil House'], tag, i) || ', ' || pgen.pk(ARRAY['Kumarakom P.O.', 'Pala P.O.', 'Kuravilangad P.O.', 'Thiruvalla P.O.', 'Angamaly P.O.', 'Ranni P.O.'], tag || 'b', i)
      WHEN 1 THEN 'Flat ' || (1 + fixture_gen.n(tag, i, 12)) || pgen.pk(ARRAY['A', 'B', 'C'], tag || 'l', i) || ', ' || pgen.pk(ARRAY['Sreevalsam Apartments, MG Road', 'Skyline Ivy League, Kakkanad', 'Green Park Residency, Model Town'], tag, i)
      ELSE '#' || (1 + fixture_gen.n(tag, i, 400)) || ', ' || (1 + fixture_gen.n(tag || 'l', i, 12)) || pgen.pk(ARRAY['th Cross, Koramangala 4th Block', 'th Main, HSR Layout', ' Gali, Guru Nanak Nagar'], tag, i) END
    WHEN 'ng' THEN (1 + fixture_gen.n(tag, i, 80)) || ' ' || pgen.pk(ARRAY['Allen Avenue', 'Adeola Odeku Street', 'Ogui Road', 'Aba Road', 'Ring Road', 'Awolowo Way', 'Ahmadu Bello Way', 'Wetheral Road', 'Bode Thomas Street', 'Admiralty Way'], tag, i)
      || CASE WHEN i % 3 = 0 THEN ', off ' || pgen.pk(ARRAY['Opebi Road', 'Agege Motor Road', 'Trans-Amadi'], tag || 'b', i) ELSE '' END
    WHEN 'ke' THEN CASE fixture_gen.n(tag || 'k', i, 3)
      WHEN 0 THEN 'P.O. Box ' || (100 + fixture_gen.n(tag, i, 9000))
      WHEN 1 THEN pgen.pk(ARRAY['Kilimani Heights, Argwings Kodhek Rd', 'Riverside Drive', 'Ngong Road, Adams Arcade', 'Oginga Odinga Street', 'Moi Avenue', 'Kenyatta Avenue'], tag, i) || ', Apt ' || (1 + fixture_gen.n(tag || 'l', i, 30)) || pgen.pk(ARRAY['A', 'B', 'C'], tag || 'm', i)
      ELSE 'Hse No. ' || (1 + fixture_gen.n(tag, i, 200)) || ', ' || pgen.pk(ARRAY['Kahawa West', 'Githurai 45', 'Milimani Estate', 'Nyalenda B', 'Kiamunyi'], tag, i) END
    WHEN 'ca' THEN CASE WHEN i % 3 = 0 THEN (101 + fixture_gen.n(tag || 'u', i, 2400)) || '-' ELSE '' END || (1 + fixture_gen.n(tag, i, 3900)) || ' '
      || pgen.pk(ARRAY['Bloor St W', 'Dundas St E', 'Finch Ave W', 'Queen St E', 'Eglinton Ave E', 'Hurontario St', 'Steeles Ave W', 'Portage Ave', 'Jasper Ave', 'Kingsway', 'Sheppard Ave E', 'Bathurst St'], tag, i)
    WHEN 'ie' THEN (1 + fixture_gen.n(tag, i, 90)) || ' ' || pgen.pk(ARRAY['Phibsborough Road', 'Eccles Street', 'Newcastle Road', 'Ballybane Park', 'Grand Parade', 'Sallins Road'], tag, i)
    ELSE pgen.pk(ARRAY['Villa ', 'Building ', 'Apartment '], tag || 'k', i) || (1 + fixture_gen.n(tag, i, 90)) || ', ' || pgen.pk(ARRAY['King Fahd Road, Al Olaya', 'Al Sadd Street', 'Corniche Road', 'Sheikh Zayed Road', 'Salmiya Block 10'], tag, i) END
$$;

-- zip: the postcode of a place (Canada: the FSA letter is in the place; Ireland: the routing key).
CREATE FUNCTION pgen.zip(c text, z text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'ca' THEN z || pgen.d(tag, i, 1) || fixture_gen.chars(tag || 'a', i, 1, 'ABCEGHJKLMNPRSTVWXYZ') || ' ' || pgen.d(tag || 'b', i, 1) || fixture_gen.chars(tag || 'c', i, 1, 'ABCEGHJKLMNPRSTVWXYZ') || pgen.d(tag || 'd', i, 1)
    WHEN 'ie' THEN z || ' ' || fixture_gen.chars(tag, i, 4, 'ACDEFHKNPRTVWXY0123456789')
    WHEN 'ke' THEN z
    ELSE z END
$$;

-- People. 1-16 the agency's staff and partner recruiters; 1001-1420
-- candidates (candidate_id = i - 1000); 2001-2150 client contacts
-- (contact_id = i - 2000). c is the culture of the name, ac of the address
-- (caregivers already in Canada live there).
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, ac text, g text, first text, middle text, last text, email text, email2 text, cell text, home text, work text,
  street text, city text, state text, zip text, country text, dob date);
CREATE FUNCTION pgen.add_people(lo int, hi int, mix text[], fpct int) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO pgen.p (i, c, ac, g)
  SELECT i, c, c, CASE WHEN fixture_gen.n('pg', i, 100) < fpct THEN 'F' ELSE 'M' END
  FROM (SELECT i, fixture_gen.pick(mix, 'pc', i) AS c FROM generate_series(lo, hi) i) x
$$;
DO $$ BEGIN
  PERFORM pgen.add_people(1001, 1420, ARRAY['ph', 'ph', 'ph', 'ph', 'ph', 'ph', 'ph', 'ph', 'ph', 'ph', 'in', 'in', 'in', 'in', 'ng', 'ng', 'ng', 'ke', 'ke', 'ke'], 86);
END $$;
-- Some Filipino and Indian caregivers are already working in Canada.
UPDATE pgen.p SET ac = 'ca' WHERE i BETWEEN 1001 AND 1420 AND c IN ('ph', 'in') AND fixture_gen.n('pinca', i, 100) < 13;

UPDATE pgen.p p SET
  first = CASE WHEN p.g = 'F' THEN fixture_gen.pick(cu.f, 'pf', p.i) ELSE fixture_gen.pick(cu.m, 'pf', p.i) END,
  middle = CASE p.c WHEN 'ph' THEN fixture_gen.pick(cu.lasts, 'pmid', p.i) WHEN 'ca' THEN '' WHEN 'ie' THEN '' WHEN 'ar' THEN ''
    ELSE CASE WHEN p.g = 'F' THEN fixture_gen.pick(cu.mf, 'pmid', p.i) ELSE fixture_gen.pick(cu.mm, 'pmid', p.i) END END,
  last = fixture_gen.pick(cu.lasts, 'pl', p.i),
  dob = date '1974-06-01' + fixture_gen.n('pdob', p.i, 365 * 27)
FROM pgen.cu cu WHERE cu.c = p.c;
-- A Filipino's middle name differs from the surname.
UPDATE pgen.p p SET middle = (SELECT fixture_gen.pick(cu.lasts, 'pmid2', p.i) FROM pgen.cu cu WHERE cu.c = 'ph') WHERE p.c = 'ph' AND p.middle = p.last;
UPDATE pgen.p p SET middle = 'Agustin' WHERE p.c = 'ph' AND p.middle = p.last;

-- Address fields from the address culture.
UPDATE pgen.p p SET
  street = pgen.street(p.ac, 'pst', p.i),
  city = split_part(fixture_gen.pick(cu.places, 'ppl', p.i), '|', 1),
  state = split_part(fixture_gen.pick(cu.places, 'ppl', p.i), '|', 2),
  zip = pgen.zip(p.ac, split_part(fixture_gen.pick(cu.places, 'ppl', p.i), '|', 3), 'pzip', p.i),
  country = cu.country,
  cell = pgen.phone(p.ac, 'm', 'pcell', p.i),
  home = CASE WHEN fixture_gen.n('phome', p.i, 100) < 22 THEN pgen.phone(p.ac, 'h', 'phome', p.i) END,
  work = CASE WHEN fixture_gen.n('pwork', p.i, 100) < 9 THEN pgen.phone(p.ac, 'h', 'pwork', p.i) END
FROM pgen.cu cu WHERE cu.c = p.ac;
-- An Indian address line matches its state.
UPDATE pgen.p SET street = CASE WHEN state = 'Kerala' THEN pgen.pk(ARRAY['Puthenpurackal House', 'Kizhakkethil House', 'Thekkedathu House', 'Vadakkekara House', 'Mangalathu House', 'Kochuparambil House', 'Flat 4B, Sreevalsam Apartments, MG Road', 'Skyline Ivy League, Flat 9A, Kakkanad'], 'pstk', i)
      || CASE WHEN i % 3 <> 0 THEN ', ' || pgen.pk(ARRAY['Kumarakom P.O.', 'Pala P.O.', 'Kuravilangad P.O.', 'Thiruvalla P.O.', 'Angamaly P.O.', 'Ranni P.O.'], 'pstb', i) ELSE '' END
    WHEN state = 'Karnataka' THEN '#' || (1 + fixture_gen.n('psti', i, 400)) || ', ' || (1 + fixture_gen.n('pstj', i, 12)) || pgen.pk(ARRAY['th Cross, Koramangala 4th Block', 'th Main, HSR Layout', 'th Cross, Kadri'], 'pstk', i)
    WHEN state = 'Tamil Nadu' THEN (1 + fixture_gen.n('psti', i, 90)) || ', ' || pgen.pk(ARRAY['Gandhi Street, Anna Nagar', 'Kamaraj Salai, Adyar'], 'pstk', i)
    ELSE 'H. No. ' || (1 + fixture_gen.n('psti', i, 900)) || ', ' || pgen.pk(ARRAY['Street 4, Guru Nanak Nagar', 'Model Town Extension', 'Ranjit Avenue, Block B', 'Lajpat Nagar II'], 'pstk', i) END
WHERE ac = 'in';

UPDATE pgen.p p SET email = lower(CASE fixture_gen.n('pem', p.i, 6)
    WHEN 0 THEN pgen.fold(p.first) || '.' || pgen.fold(p.last)
    WHEN 1 THEN pgen.fold(split_part(p.first, ' ', 1)) || pgen.fold(p.last) || (p.i % 97)::text
    WHEN 2 THEN pgen.fold(split_part(p.first, ' ', 1)) || '_' || pgen.fold(p.last)
    WHEN 3 THEN pgen.fold(p.first) || CASE WHEN p.i % 2 = 0 THEN extract(year FROM p.dob)::text ELSE to_char(p.dob, 'MMDD') END
    WHEN 4 THEN CASE WHEN p.c IN ('ph', 'in', 'ng', 'ke') THEN pgen.pk(ARRAY['rn', 'nurse', 'rn.', 'its'], 'pemrn', p.i) ELSE '' END || pgen.fold(split_part(p.first, ' ', 1)) || substr(pgen.fold(p.last), 1, 4)
    ELSE substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) || (10 + p.i % 89)::text END)
  || '@' || (SELECT fixture_gen.pick(cu.domains, 'pdom', p.i) FROM pgen.cu cu WHERE cu.c = p.c);
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE pgen.p p SET email2 = lower(pgen.fold(split_part(p.first, ' ', 1)) || '.' || pgen.fold(p.middle) || pgen.fold(p.last) || '@' || pgen.pk(ARRAY['yahoo.com', 'outlook.com', 'icloud.com'], 'pem2', p.i))
WHERE fixture_gen.n('pem2', p.i, 100) < 18;

-- The agency's staff and partner recruiters (user_id = i; 1 is the installer's admin account).
CREATE TABLE pgen.staff (i int PRIMARY KEY, login text, first text, last text, title text, office text, c text, access int, joined timestamp, active boolean);
INSERT INTO pgen.staff VALUES
 (1, 'admin', 'Rodel', 'Magbanua', 'IT Administrator', 'Makati', 'ph', 500, '2019-03-04 09:12:44', true),
 (2, 'evelyn.tansison', 'Evelyn', 'Tan-Sison', 'President and CEO', 'Makati', 'ph', 400, '2019-03-04 10:01:09', true),
 (3, 'jerome.pascual', 'Jerome', 'Pascual', 'Recruitment Manager', 'Makati', 'ph', 400, '2019-03-05 08:40:17', true),
 (4, 'kristine.abella', 'Kristine Joy', 'Abella', 'Senior Recruiter', 'Makati', 'ph', 300, '2019-03-05 08:44:51', true),
 (5, 'hazel.umali', 'Hazel', 'Umali', 'Recruiter', 'Makati', 'ph', 200, '2019-06-17 09:03:30', true),
 (6, 'mark.villareal', 'Mark Anthony', 'Villareal', 'Documentation and Processing Officer', 'Makati', 'ph', 200, '2019-06-17 09:15:02', true),
 (7, 'charmaine.cabrera', 'Charmaine', 'Cabrera', 'Recruiter', 'Cebu', 'ph', 200, '2020-01-13 08:30:00', true),
 (8, 'jericho.sarmiento', 'Jericho', 'Sarmiento', 'Branch Manager - Cebu', 'Cebu', 'ph', 300, '2020-01-13 08:31:27', true),
 (9, 'angelica.evangelista', 'Angelica', 'Evangelista', 'Recruitment Assistant', 'Cebu', 'ph', 200, '2021-08-02 08:55:14', true),
 (10, 'sheryl.ocampo', 'Sheryl', 'Ocampo', 'Client Relations Manager - Canada', 'Toronto', 'ca', 300, '2019-09-09 09:30:00', true),
 (11, 'megan.fraser', 'Megan', 'Fraser', 'Account Manager', 'Toronto', 'ca', 300, '2020-10-19 10:12:40', true),
 (12, 'harpreet.dhaliwal', 'Harpreet', 'Dhaliwal', 'Immigration Coordinator', 'Toronto', 'ca', 200, '2021-02-22 09:00:00', true),
 (13, 'kemi.adeleke', 'Oluwakemi', 'Adeleke', 'Partner Recruiter - Lagos', 'Lagos', 'ng', 200, '2021-11-08 10:20:00', true),
 (14, 'faith.mutiso', 'Faith', 'Mutiso', 'Partner Recruiter - Nairobi', 'Nairobi', 'ke', 200, '2022-03-14 07:45:00', true),
 (15, 'joel.panganiban', 'Joel', 'Panganiban', 'Recruiter', 'Makati', 'ph', 0, '2019-06-17 09:20:00', false),
 (16, 'ramil.soriano', 'Ramil', 'Soriano', 'Recruiter', 'Cebu', 'ph', 200, '2023-05-02 08:30:00', true);
INSERT INTO pgen.p (i, c, ac, g, first, middle, last)
SELECT i, c, c, CASE WHEN first IN ('Rodel', 'Jerome', 'Mark Anthony', 'Jericho', 'Joel', 'Ramil') THEN 'M' ELSE 'F' END, first, '', last FROM pgen.staff;
UPDATE pgen.p p SET
  cell = pgen.phone(p.ac, 'm', 'scell', p.i),
  home = CASE WHEN p.i % 3 = 0 THEN pgen.phone(p.ac, 'h', 'shome', p.i) END,
  work = CASE s.office WHEN 'Makati' THEN '(02) 8843 ' || (5100 + p.i) WHEN 'Cebu' THEN '(032) 412 ' || (3300 + p.i) WHEN 'Toronto' THEN '416-483-' || (7700 + p.i) ELSE NULL END,
  email = s.login || '@lingkodhealth.com',
  email2 = CASE WHEN p.i IN (2, 3, 8, 10, 13, 14) THEN pgen.fold(s.first) || pgen.fold(s.last) || '@' || CASE s.c WHEN 'ca' THEN 'rogers.com' ELSE 'gmail.com' END END,
  street = pgen.street(p.ac, 'sst', p.i),
  city = CASE s.office WHEN 'Makati' THEN pgen.pk(ARRAY['Makati', 'Quezon City', 'Pasig', 'Taguig', 'Parañaque'], 'scity', p.i) WHEN 'Cebu' THEN pgen.pk(ARRAY['Cebu City', 'Mandaue City', 'Talisay City'], 'scity', p.i)
    WHEN 'Toronto' THEN (ARRAY['Toronto', 'Mississauga', 'Brampton'])[1 + p.i % 3] WHEN 'Lagos' THEN 'Ikeja' ELSE 'Nairobi' END,
  state = CASE s.office WHEN 'Makati' THEN 'Metro Manila' WHEN 'Cebu' THEN 'Cebu' WHEN 'Toronto' THEN 'ON' WHEN 'Lagos' THEN 'Lagos' ELSE 'Nairobi County' END,
  zip = CASE s.office WHEN 'Makati' THEN (1200 + p.i)::text WHEN 'Cebu' THEN '6000' WHEN 'Toronto' THEN pgen.zip('ca', CASE WHEN p.i IN (10, 11, 12) AND p.i % 3 <> 0 THEN 'L' ELSE 'M' END, 'szip', p.i) WHEN 'Lagos' THEN '100271' ELSE '00100' END,
  country = CASE s.office WHEN 'Toronto' THEN 'Canada' WHEN 'Lagos' THEN 'Nigeria' WHEN 'Nairobi' THEN 'Kenya' ELSE 'Philippines' END,
  dob = date '1968-01-01' + fixture_gen.n('sdob', p.i, 365 * 30)
FROM pgen.staff s WHERE s.i = p.i;
UPDATE pgen.p SET email = 'it@lingkodhealth.com' WHERE i = 1;

-- Client companies. company_id = k. cc: the culture of the country; kind H (hospital or health
-- authority), L (long-term care or nursing home), P (a private household employing a caregiver).
CREATE TABLE pgen.co (k int PRIMARY KEY, name text, cc text, kind text, street text, city text, state text, zip text, dom text, phone1 text, fax text, keytech text, created timestamp);
INSERT INTO pgen.co VALUES
 (1, 'Internal Postings', 'ph', 'I', '12/F Pacific Star Building, Sen. Gil Puyat Ave. cor. Makati Ave.', 'Makati', 'Metro Manila', '1209', 'lingkodhealth.com', '(02) 8843 5100', '(02) 8843 5199', '', '2019-03-04 09:12:44'),
 (2, 'Humber River Health', 'ca', 'H', '1235 Wilson Ave', 'Toronto', 'ON', 'M3M 0B2', 'hrh.ca', '(416) 242-1000', '(416) 242-1017', 'Critical care, ER, med-surg, dialysis', '2019-04-11 14:22:10'),
 (3, 'Sunnybrook Health Sciences Centre', 'ca', 'H', '2075 Bayview Ave', 'Toronto', 'ON', 'M4N 3M5', 'sunnybrook.ca', '(416) 480-6100', '(416) 480-5737', 'Trauma, ICU, oncology, veterans'' care', '2019-05-02 10:05:33'),
 (4, 'William Osler Health System', 'ca', 'H', '2100 Bovaird Dr E', 'Brampton', 'ON', 'L6R 3J7', 'williamoslerhs.ca', '(905) 494-2120', '', 'ER, L&D, NICU, med-surg', '2019-05-20 16:41:02'),
 (5, 'Trillium Health Partners', 'ca', 'H', '100 Queensway W', 'Mississauga', 'ON', 'L5B 1B8', 'thp.ca', '(905) 848-7100', '', 'Cardiac, ICU, OR, mental health', '2019-07-08 11:30:47'),
 (6, 'Shared Health Manitoba', 'ca', 'H', '1502-155 Carlton St', 'Winnipeg', 'MB', 'R3C 3H8', 'sharedhealthmb.ca', '(204) 926-7000', '(204) 926-7007', 'Rural acute care, ER, LTC; Manitoba nursing recruitment initiative', '2021-09-14 09:48:15'),
 (7, 'Alberta Health Services', 'ca', 'H', '10101 Southport Rd SW', 'Calgary', 'AB', 'T2W 3N2', 'albertahealthservices.ca', '(403) 943-1111', '', 'Rural and urban acute care, continuing care; IEN bridging', '2022-02-03 13:12:55'),
 (8, 'Fraser Health', 'ca', 'H', '400-13450 102 Ave', 'Surrey', 'BC', 'V3T 0H1', 'fraserhealth.ca', '(604) 587-4600', '', 'Med-surg, ER, residential care', '2022-06-21 17:20:00'),
 (9, 'Nova Scotia Health', 'ca', 'H', '1276 South Park St', 'Halifax', 'NS', 'B3H 2Y9', 'nshealth.ca', '(902) 473-5117', '', 'Acute care, ER, perioperative', '2022-10-05 12:00:12'),
 (10, 'Saskatchewan Health Authority', 'ca', 'H', '701 Queen St', 'Saskatoon', 'SK', 'S7K 0M7', 'saskhealthauthority.ca', '(306) 655-1000', '', 'Rural acute care; Filipino nurse recruitment pilot', '2022-11-28 15:33:41'),
 (11, 'Maple Grove Care Community', 'ca', 'L', '215 Sunny Meadow Blvd', 'Brampton', 'ON', 'L6R 3B5', 'maplegrovecare.ca', '(905) 790-3121', '(905) 790-3129', 'LTC, PSW, RPN, dementia care', '2019-06-03 10:10:10'),
 (12, 'Riverview Manor Long-Term Care', 'ca', 'L', '1122 Main St E', 'Hamilton', 'ON', 'L8M 1N6', 'riverviewmanor.ca', '(905) 545-2210', '', 'LTC, RPN, PSW', '2019-10-22 14:02:36'),
 (13, 'Cedarbrook Lodge Retirement Residence', 'ca', 'L', '3730 Lawrence Ave E', 'Scarborough', 'ON', 'M1G 1P8', 'cedarbrooklodge.ca', '(416) 439-6220', '', 'Retirement home, PSW, night RPN', '2020-02-17 11:44:19'),
 (14, 'Caring Hands Home Health Inc.', 'ca', 'L', '201-5025 Orbitor Dr', 'Mississauga', 'ON', 'L4W 4Y5', 'caringhandshomehealth.ca', '(905) 624-8800', '(905) 624-8801', 'Home care, PSW, palliative', '2020-08-10 09:27:51'),
 (15, 'Prairie Rose Personal Care Home', 'ca', 'L', '3101 Portage Ave', 'Winnipeg', 'MB', 'R3K 0W4', 'prairierosepch.ca', '(204) 832-1177', '', 'Personal care home, HCA, LPN', '2021-10-11 16:18:05'),
 (16, 'Goldberg, Aaron & Miriam (household)', 'ca', 'P', '58 Old Forest Hill Rd', 'Toronto', 'ON', 'M5P 2R1', NULL, '(416) 487-3310', '', 'Live-in caregiver, elderly with Parkinson''s', '2020-03-09 13:40:22'),
 (17, 'Chen family - Markham', 'ca', 'P', '27 Castlemore Ave', 'Markham', 'ON', 'L6C 2B4', NULL, '(905) 887-4125', '', 'Home child care provider, two children', '2021-05-26 10:55:08'),
 (18, 'Dr. Priya Raman (private employer)', 'ca', 'P', '1140 Lorne Park Rd', 'Mississauga', 'ON', 'L5H 2Z9', NULL, '(905) 274-6651', '', 'Home support worker for mother (stroke), live-out', '2022-07-04 18:12:30'),
 (19, 'Thompson household (Oakville)', 'ca', 'P', '312 Lakeshore Rd W', 'Oakville', 'ON', 'L6K 1G2', NULL, '(905) 844-0937', '', 'Home child care provider, newborn twins', '2023-01-16 09:05:44'),
 (20, 'Mater Misericordiae University Hospital', 'ie', 'H', 'Eccles Street', 'Dublin 7', 'Co. Dublin', 'D07 R2WY', 'mater.ie', '+353 1 803 2000', '', 'ICU, theatre, cardiothoracic, spinal', '2019-08-13 12:30:00'),
 (21, 'Beaumont Hospital', 'ie', 'H', 'Beaumont Road', 'Dublin 9', 'Co. Dublin', 'D09 V2N0', 'beaumont.ie', '+353 1 809 3000', '', 'Neuro, renal, ED, med-surg', '2019-11-04 15:10:41'),
 (22, 'University Hospital Galway', 'ie', 'H', 'Newcastle Road', 'Galway', 'Co. Galway', 'H91 YR71', 'hse.ie', '+353 91 524 222', '', 'Oncology, cardiac, ED (Saolta group)', '2020-09-15 10:00:00'),
 (23, 'Cork University Hospital', 'ie', 'H', 'Wilton', 'Cork', 'Co. Cork', 'T12 DC4A', 'hse.ie', '+353 21 492 2000', '', 'Major trauma, NICU, maternity', '2021-03-22 11:11:11'),
 (24, 'St. Brigid''s Nursing Home', 'ie', 'L', 'Sallins Road', 'Naas', 'Co. Kildare', 'W91 K2P8', 'stbrigidsnursinghome.ie', '+353 45 876 412', '', 'Nursing home, CNM, HCA', '2020-04-06 14:47:02'),
 (25, 'Shannon Valley Nursing Home Ltd', 'ie', 'L', 'Dublin Road, Castletroy', 'Limerick', 'Co. Limerick', 'V94 E6F2', 'shannonvalleynh.ie', '+353 61 335 781', '', 'Nursing home, dementia unit', '2021-06-30 09:58:21'),
 (26, 'Our Lady of Lourdes Hospital', 'ie', 'H', 'Windmill Road', 'Drogheda', 'Co. Louth', 'A92 VW28', 'hse.ie', '+353 41 983 7601', '', 'Maternity, ED, med-surg (RCSI group)', '2022-04-19 13:29:59'),
 (27, 'King Faisal Specialist Hospital & Research Centre', 'ar', 'H', 'Zahrawi Street, Al Maather', 'Riyadh', 'Riyadh', '11211', 'kfshrc.edu.sa', '+966 11 464 7272', '+966 11 442 7777', 'Oncology, transplant, PICU, NICU', '2019-04-24 08:15:00'),
 (28, 'King Abdulaziz Medical City (MNGHA)', 'ar', 'H', 'Ar Rimayah', 'Riyadh', 'Riyadh', '14611', 'ngha.med.sa', '+966 11 801 1111', '', 'Trauma, ICU, ER, cardiac', '2019-09-30 10:25:36'),
 (29, 'Dr. Sulaiman Al Habib Medical Group', 'ar', 'H', 'Takhassusi Street, Al Rayyan', 'Riyadh', 'Riyadh', '12214', 'hmg.com', '+966 11 525 9999', '', 'Private hospitals, OR, ICU, dialysis', '2020-11-16 12:40:40'),
 (30, 'Hamad Medical Corporation', 'ar', 'H', 'Al Rayyan Road', 'Doha', 'Doha', '', 'hamad.qa', '+974 4439 5777', '', 'Acute care, mental health, rehab', '2019-10-14 09:00:00'),
 (31, 'Sidra Medicine', 'ar', 'H', 'Al Luqta Street, Education City', 'Doha', 'Doha', '', 'sidra.org', '+974 4003 3333', '', 'Women''s and children''s, NICU, PICU', '2021-01-25 10:15:00'),
 (32, 'Cleveland Clinic Abu Dhabi', 'ar', 'H', 'Al Maryah Island', 'Abu Dhabi', 'Abu Dhabi', '', 'clevelandclinicabudhabi.ae', '+971 2 659 0200', '', 'Cardiac ICU, OR, neuro', '2020-06-08 11:20:47'),
 (33, 'SEHA - Sheikh Khalifa Medical City', 'ar', 'H', 'Al Karamah Street', 'Abu Dhabi', 'Abu Dhabi', '', 'seha.ae', '+971 2 819 0000', '', 'ER, ICU, burns, dialysis', '2022-01-10 08:40:02'),
 (34, 'Mediclinic City Hospital', 'ar', 'H', 'Building 37, Dubai Healthcare City', 'Dubai', 'Dubai', '', 'mediclinic.ae', '+971 4 435 9999', '', 'Private hospital, OR, maternity', '2022-05-23 14:14:14'),
 (35, 'Al-Sabah Hospital', 'ar', 'H', 'Jamal Abdul Nasser Street, Shuwaikh', 'Kuwait City', 'Al Asimah', '13001', 'moh.gov.kw', '+965 2481 2000', '', 'Ministry of Health Kuwait, med-surg, ER', '2023-02-06 09:09:09'),
 (36, 'Johns Hopkins Aramco Healthcare', 'ar', 'H', 'Medical Services Building, Aramco Camp', 'Dhahran', 'Eastern Province', '34465', 'jhah.com', '+966 13 877 3888', '', 'Family medicine, ER, dialysis, home health', '2023-06-12 13:00:30');

-- Client contacts: 2 to 7 per client, fewer in care homes, the household itself for private employers.
CREATE TABLE pgen.ct (i int PRIMARY KEY, k int, n int, title text);
INSERT INTO pgen.ct
SELECT 2000 + row_number() OVER (ORDER BY co.k, s), co.k, s, NULL
FROM pgen.co co CROSS JOIN LATERAL generate_series(1, CASE co.kind WHEN 'H' THEN 3 + fixture_gen.n('ctn', co.k, 5) WHEN 'L' THEN 2 + fixture_gen.n('ctn', co.k, 3) WHEN 'P' THEN 1 + co.k % 2 ELSE 0 END) s;
INSERT INTO pgen.p (i, c, ac, g)
SELECT ct.i, CASE WHEN co.kind = 'P' THEN 'ca' ELSE fixture_gen.pick(CASE co.cc WHEN 'ca' THEN ARRAY['ca', 'ca', 'ca', 'ca', 'ca', 'ph', 'in'] WHEN 'ie' THEN ARRAY['ie', 'ie', 'ie', 'ie', 'in', 'ph']
       ELSE ARRAY['ar', 'ar', 'ar', 'in', 'ph', 'ca', 'ie'] END, 'ctc', ct.i) END, co.cc, CASE WHEN fixture_gen.n('ctg', ct.i, 100) < 68 THEN 'F' ELSE 'M' END
FROM pgen.ct ct JOIN pgen.co co ON co.k = ct.k;
UPDATE pgen.p p SET first = CASE WHEN p.g = 'F' THEN fixture_gen.pick(cu.f, 'ctf', p.i) ELSE fixture_gen.pick(cu.m, 'ctf', p.i) END, middle = '', last = fixture_gen.pick(cu.lasts, 'ctl', p.i)
FROM pgen.cu cu WHERE cu.c = p.c AND p.i > 2000;
-- The households.
UPDATE pgen.p p SET first = v.f, last = v.l, g = v.g, c = v.c FROM (VALUES (16, 1, 'Aaron', 'Goldberg', 'M', 'ca'), (16, 2, 'Miriam', 'Goldberg', 'F', 'ca'), (17, 1, 'Wei', 'Chen', 'M', 'ca'),
  (18, 1, 'Priya', 'Raman', 'F', 'in'), (18, 2, 'Suresh', 'Raman', 'M', 'in'), (19, 1, 'Laura', 'Thompson', 'F', 'ca')) v(k, n, f, l, g, c), pgen.ct ct
WHERE ct.k = v.k AND ct.n = v.n AND p.i = ct.i;
DELETE FROM pgen.p p USING pgen.ct ct WHERE ct.i = p.i AND ct.k IN (17, 19) AND ct.n = 2;
DELETE FROM pgen.ct WHERE k IN (17, 19) AND n = 2;
UPDATE pgen.ct ct SET title = CASE co.kind
    WHEN 'H' THEN CASE ct.n WHEN 1 THEN pgen.pk(ARRAY['Nurse Recruitment Manager', 'International Recruitment Lead', 'Manager, Talent Acquisition'], 'cttl', ct.i)
      WHEN 2 THEN pgen.pk(ARRAY['Director of Nursing', 'Chief Nursing Officer', 'Director, Patient Care Services'], 'cttl', ct.i)
      ELSE pgen.pk(ARRAY['HR Business Partner', 'Talent Acquisition Specialist', 'Clinical Nurse Manager', 'Nursing Education Coordinator', 'Recruitment Coordinator', 'Onboarding Officer', 'Head Nurse, ICU'], 'cttl', ct.i) END
    WHEN 'L' THEN CASE ct.n WHEN 1 THEN pgen.pk(ARRAY['Administrator', 'Director of Care', 'Person in Charge'], 'cttl', ct.i) ELSE pgen.pk(ARRAY['Assistant Director of Care', 'HR Coordinator', 'Office Manager', 'Clinical Nurse Manager'], 'cttl', ct.i) END
    ELSE '' END
FROM pgen.co co WHERE co.k = ct.k;
UPDATE pgen.p p SET
  email = CASE WHEN co.dom IS NULL THEN pgen.fold(p.first) || '.' || pgen.fold(p.last) || (p.i % 90)::text || '@' || pgen.pk(ARRAY['gmail.com', 'rogers.com', 'outlook.com'], 'ctem', p.i)
    WHEN co.cc = 'ar' AND p.i % 3 = 0 THEN substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) || '@' || co.dom
    ELSE pgen.fold(p.first) || '.' || pgen.fold(p.last) || '@' || co.dom END,
  email2 = CASE WHEN fixture_gen.n('ctem2', p.i, 100) < 12 THEN pgen.fold(p.first) || pgen.fold(p.last) || '@' || pgen.pk(ARRAY['gmail.com', 'yahoo.com', 'hotmail.com'], 'ctem2', p.i) END,
  work = CASE WHEN co.kind = 'P' THEN co.phone1 ELSE co.phone1 || CASE WHEN ct.n % 2 = 1 THEN ' ext. ' || (2000 + fixture_gen.n('ctext', p.i, 7000)) ELSE '' END END,
  cell = CASE WHEN co.cc = 'ar' THEN CASE co.city WHEN 'Doha' THEN '+974 ' || pgen.pk(ARRAY['5', '6', '7'], 'ctm', p.i) || pgen.d('ctm', p.i, 3) || ' ' || pgen.d('ctn', p.i, 4)
        WHEN 'Abu Dhabi' THEN '+971 5' || pgen.pk(ARRAY['0', '2', '5', '6'], 'ctm', p.i) || ' ' || pgen.d('ctm', p.i, 3) || ' ' || pgen.d('ctn', p.i, 4)
        WHEN 'Dubai' THEN '+971 5' || pgen.pk(ARRAY['0', '2', '5', '6'], 'ctm', p.i) || ' ' || pgen.d('ctm', p.i, 3) || ' ' || pgen.d('ctn', p.i, 4)
        WHEN 'Kuwait City' THEN '+965 ' || pgen.pk(ARRAY['5', '6', '9'], 'ctm', p.i) || pgen.d('ctm', p.i, 3) || ' ' || pgen.d('ctn', p.i, 4)
        ELSE '+966 5' || pgen.d('ctm', p.i, 1) || ' ' || pgen.d('ctn', p.i, 3) || ' ' || pgen.d('cto', p.i, 4) END
    ELSE pgen.phone(co.cc, 'm', 'ctcell', p.i) END,
  street = co.street, city = co.city, state = co.state, zip = co.zip,
  country = CASE co.cc WHEN 'ca' THEN 'Canada' WHEN 'ie' THEN 'Ireland' ELSE 'Gulf' END
FROM pgen.ct ct JOIN pgen.co co ON co.k = ct.k WHERE ct.i = p.i;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- ---------------------------------------------------------------------------
-- Lookups and the installation.

CREATE TABLE access_level (
    access_level_id integer NOT NULL PRIMARY KEY,
    short_description varchar(32) NOT NULL DEFAULT '',
    long_description varchar(255) NOT NULL DEFAULT ''
);
INSERT INTO access_level VALUES
  (0, 'Account Disabled', 'Disabled - The lowest access level. User cannot log in.'),
  (100, 'Read Only', 'Read Only - A basic user that can only view data.'),
  (200, 'Add / Edit', 'Edit - All lower access, plus the ability to edit information.'),
  (300, 'Add / Edit / Delete', 'Delete - All lower access, plus the ability to delete information.'),
  (400, 'Site Administrator', 'Site Administrator - All lower access, plus the ability to add, edit, and remove site users, as well as the ability to edit site settings.'),
  (500, 'Root', 'Root Administrator - All lower access, plus the ability to add, edit, and remove sites, as well as the ability to assign Site Administrator status to a user.');

CREATE TABLE calendar_event_type (
    calendar_event_type_id integer NOT NULL PRIMARY KEY,
    short_description varchar(64) NOT NULL DEFAULT '',
    icon_image varchar(128) NOT NULL DEFAULT ''
);
INSERT INTO calendar_event_type VALUES (100, 'Call', 'images/phone.gif'), (200, 'Email', 'images/email.gif'), (300, 'Meeting', 'images/meeting.gif'),
  (400, 'Interview', 'images/interview.gif'), (500, 'Personal', 'images/personal.gif'), (600, 'Other', '');

CREATE TABLE candidate_joborder_status (
    candidate_joborder_status_id integer NOT NULL PRIMARY KEY,
    short_description varchar(64) NOT NULL DEFAULT '',
    can_be_scheduled integer NOT NULL DEFAULT 0,
    triggers_email integer NOT NULL DEFAULT 1,
    is_enabled integer NOT NULL DEFAULT 1
);
INSERT INTO candidate_joborder_status VALUES (100, 'No Contact', 0, 0, 1), (200, 'Contacted', 0, 1, 1), (250, 'Candidate Responded', 0, 0, 1), (300, 'Qualifying', 0, 1, 1),
  (400, 'Submitted', 0, 1, 1), (500, 'Interviewing', 1, 1, 1), (600, 'Offered', 0, 1, 1), (650, 'Not in Consideration', 0, 0, 1), (700, 'Client Declined', 0, 0, 1),
  (800, 'Placed', 0, 1, 1), (0, 'No Status', 0, 0, 1);

CREATE TABLE http_log_types (
    log_type_id integer NOT NULL PRIMARY KEY,
    name varchar(16) NOT NULL DEFAULT '',
    description varchar(255),
    default_log_type integer NOT NULL DEFAULT 0
);
INSERT INTO http_log_types VALUES (1, 'XML', 'XML Job Feed', 0), (2, 'CAREERS', 'Careers Page', 1);

CREATE TABLE module_schema (
    module_schema_id serial PRIMARY KEY,
    name varchar(64),
    version integer
);
INSERT INTO module_schema (name, version) VALUES ('activity', 0), ('attachments', 0), ('calendar', 0), ('candidates', 9), ('careers', 3), ('companies', 2), ('contacts', 1),
  ('export', 0), ('graphs', 0), ('home', 0), ('import', 1), ('joborders', 6), ('lists', 1), ('login', 0), ('reports', 0), ('rss', 0), ('settings', 4), ('toolbar', 0), ('xml', 1), ('wizard', 0);

CREATE TABLE system (
    system_id integer NOT NULL PRIMARY KEY,
    uid integer,
    available_version integer DEFAULT 0,
    date_version_checked timestamp,
    available_version_description text,
    disable_version_check integer DEFAULT 0
);
INSERT INTO system VALUES (0, 52817463, 0, '2024-11-28 03:00:02', '', 1);

CREATE TABLE site (
    site_id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    is_demo integer NOT NULL DEFAULT 0,
    user_licenses integer NOT NULL DEFAULT 0,
    entered_by integer NOT NULL DEFAULT 0,
    date_created timestamp,
    unix_name varchar(128),
    company_id integer,
    is_free integer,
    account_active integer NOT NULL DEFAULT 1,
    account_deleted integer NOT NULL DEFAULT 0,
    reason_disabled text,
    time_zone integer DEFAULT 0,
    time_format_24 integer DEFAULT 0,
    date_format_ddmmyy integer DEFAULT 0,
    is_hr_mode integer DEFAULT 0,
    file_size_kb integer DEFAULT 0,
    page_views bigint DEFAULT 0,
    page_view_days integer DEFAULT 0,
    last_viewed_day date,
    first_time_setup integer DEFAULT 0,
    localization_configured integer NOT NULL DEFAULT 0,
    agreed_to_license integer NOT NULL DEFAULT 0,
    limit_warning integer NOT NULL DEFAULT 0
);
INSERT INTO site VALUES
  (1, 'Lingkod Healthcare Staffing Inc.', 0, 0, 1, '2019-03-04 09:05:11', 'default_site', 1, 0, 1, 0, NULL, 8, 0, 1, 0, 0, 388217, 1972, '2024-11-29', 1, 1, 1, 0),
  (180, 'CATS_ADMIN', 0, 0, 0, '2019-03-04 09:05:11', 'catsadmin', NULL, 0, 1, 0, NULL, 0, 0, 0, 0, 0, 0, 0, NULL, 1, 1, 1, 0);

CREATE TABLE "user" (
    user_id serial PRIMARY KEY,
    site_id integer NOT NULL DEFAULT 0,
    user_name varchar(64) NOT NULL DEFAULT '',
    email varchar(128),
    password varchar(128) NOT NULL DEFAULT '',
    access_level integer NOT NULL DEFAULT 100,
    can_change_password integer NOT NULL DEFAULT 1,
    is_test_user integer NOT NULL DEFAULT 0,
    last_name varchar(40) NOT NULL DEFAULT '',
    first_name varchar(40) NOT NULL DEFAULT '',
    is_demo integer DEFAULT 0,
    categories varchar(192),
    session_cookie varchar(48),
    pipeline_entries_per_page integer DEFAULT 15,
    column_preferences text,
    force_logout integer DEFAULT 0,
    title varchar(64) DEFAULT '',
    phone_work varchar(64) DEFAULT '',
    phone_cell varchar(64) DEFAULT '',
    phone_other varchar(64) DEFAULT '',
    address text,
    notes text,
    company varchar(255) DEFAULT '',
    city varchar(64) DEFAULT '',
    state varchar(64) DEFAULT '',
    zip_code varchar(16) DEFAULT '',
    country varchar(128) DEFAULT '',
    can_see_eeo_info integer DEFAULT 0
);
-- column_preferences: serialize() of the columns and widths each user chose per data grid.
CREATE FUNCTION pgen.colpref(cols text[], tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT pgen.pl(array_agg(pgen.pa(ARRAY['name', pgen.ps(c), 'width', pgen.pi(40 + 5 * fixture_gen.n(tag || c, i, 30))]) ORDER BY o)) FROM unnest(cols) WITH ORDINALITY u(c, o)
$$;
INSERT INTO "user"
SELECT s.i, 1, CASE WHEN s.i = 1 THEN 'admin' WHEN s.i IN (2, 10, 11, 13) THEN p.email ELSE s.login END, p.email,
       pgen.bcrypt('upw', s.i),
       s.access, CASE WHEN s.i IN (13, 14) THEN 0 ELSE 1 END, 0, p.last, p.first, 0, NULL,
       CASE WHEN s.active AND s.i % 4 <> 3 THEN 'CATS=' || fixture_gen.chars('usess', s.i, 26, 'abcdefghijklmnopqrstuv0123456789') END,
       (ARRAY[15, 15, 15, 40, 30])[1 + s.i % 5],
       CASE WHEN s.i % 5 = 2 THEN NULL ELSE pgen.pa(ARRAY[
         'candidates:candidatesListDatagrid', pgen.colpref(ARRAY['Attachments', 'First Name', 'Last Name', 'City', 'State', 'Modified', 'Key Skills', 'OwnerID', 'Hot'], 'ucp1', s.i),
         'joborders:JobOrdersListUI', pgen.colpref(ARRAY['Attachments', 'ID', 'Title', 'Company', 'Type', 'Status', 'Age', 'Submitted', 'Pipeline', 'Recruiter'], 'ucp2', s.i),
         'home:ImportantPipelineDashboard', pgen.colpref(ARRAY['First Name', 'Last Name', 'Status', 'Position', 'Company', 'Modified'], 'ucp3', s.i)]) END,
       0, s.title, p.work, p.cell, coalesce(p.home, ''),
       CASE WHEN s.i IN (2, 3, 8, 10, 12, 13, 14) THEN p.street ELSE '' END,
       CASE s.i WHEN 15 THEN 'Resigned effective 30 Sept 2022. Candidates reassigned to Hazel; account disabled by Rodel.'
                WHEN 13 THEN 'Partner recruiter (Adeleke Health Consult, Ikeja). Access limited to Nigerian candidates she sources. Fee per deployed nurse: see partner agreement 2021-11.'
                WHEN 14 THEN 'Partner recruiter in Nairobi. Commission paid via M-Pesa to her registered number ' || pgen.phone('ke', 'm', 'scell', 14) || '.'
                WHEN 12 THEN 'Works with our RCIC (licence R531902) on LMIA and work permit files.'
                ELSE '' END,
       'Lingkod Healthcare Staffing Inc.', p.city, p.state, p.zip, p.country,
       CASE WHEN s.i IN (1, 2, 3, 10, 11, 12) THEN 1 ELSE 0 END
FROM pgen.staff s JOIN pgen.p p ON p.i = s.i ORDER BY s.i;
-- The built-in account of the CATS_ADMIN site, as the installer ships it.
INSERT INTO "user" VALUES (1250, 180, 'cats@rootadmin', '0', 'cantlogin', 0, 0, 0, 'Automated', 'CATS', 0, NULL, NULL, 15, NULL, 0, '', '', '', '', NULL, NULL, '', '', '', '', '', 0);

-- ---------------------------------------------------------------------------
-- Companies, their departments and contacts.

CREATE TABLE company (
    company_id serial PRIMARY KEY,
    site_id integer NOT NULL DEFAULT 0,
    billing_contact integer,
    name varchar(64) NOT NULL DEFAULT '',
    address text,
    city varchar(64) NOT NULL DEFAULT '',
    state varchar(64) NOT NULL DEFAULT '',
    zip varchar(16) NOT NULL DEFAULT '',
    phone1 varchar(40) NOT NULL DEFAULT '',
    phone2 varchar(40) NOT NULL DEFAULT '',
    url varchar(128) NOT NULL DEFAULT '',
    key_technologies text,
    notes text,
    entered_by integer,
    owner integer,
    date_created timestamp,
    date_modified timestamp,
    is_hot integer NOT NULL DEFAULT 0,
    fax_number varchar(40) NOT NULL DEFAULT '',
    import_id integer,
    default_company integer NOT NULL DEFAULT 0
);
CREATE INDEX company_site_id_name ON company (site_id, name);
INSERT INTO company
SELECT co.k, 1,
       (SELECT min(ct.i) - 2000 FROM pgen.ct ct WHERE ct.k = co.k AND co.k % 3 <> 0),
       co.name, co.street, co.city, co.state, co.zip, co.phone1,
       CASE WHEN co.kind = 'P' THEN (SELECT p.cell FROM pgen.ct ct JOIN pgen.p p ON p.i = ct.i WHERE ct.k = co.k AND ct.n = 1)
            WHEN co.k % 5 IN (1, 3) AND co.k > 1 THEN (SELECT p.cell FROM pgen.ct ct JOIN pgen.p p ON p.i = ct.i WHERE ct.k = co.k AND ct.n = 1) ELSE '' END,
       CASE WHEN co.dom IS NULL OR co.dom = 'hse.ie' THEN CASE WHEN co.dom = 'hse.ie' THEN 'https://www.hse.ie' ELSE '' END WHEN co.k % 2 = 0 THEN 'https://www.' || co.dom ELSE 'www.' || co.dom END,
       co.keytech,
       CASE co.k
         WHEN 1 THEN 'Default company for internal job postings (office staff vacancies).'
         WHEN 2 THEN 'MSA signed Sept 2021, placement fee 18% of first-year base, 90-day guarantee. Invoices to AP, attention Jason Fraser. They sponsor the IEN supervised practice through CNO.'
         WHEN 3 THEN 'Prefers candidates with NCLEX-RN passed AND CNO registration in progress. Panel interviews on Teams every 2nd Thursday.'
         WHEN 5 THEN 'Only takes RNs with 3+ yrs ICU/CCU. Nathalie is very strict on the reference checks, call both referees before submitting.'
         WHEN 6 THEN 'Manitoba recruitment mission to Manila Feb 2023 (Sheryl and Jerome attended). 36 offers made, see saved list "MB mission Feb 2023".'
         WHEN 11 THEN 'Owner pays relocation + 1st month rent for PSWs. Director of Care changed in 2022, new DOC is Krista. Call her cell, not the front desk.'
         WHEN 16 THEN 'Family of 4, Aaron works from home. Miriam''s mother (89) has Parkinson''s, needs help with transfers at night and meds at 2am. LMIA approved 2020-07 (file 8273645). Caregiver gets own room with ensuite. Previous caregiver Rosalie left after 2 yrs (got PR).'
         WHEN 17 THEN 'Two kids (4 and 7). Mrs. Chen wants a caregiver who can speak some Mandarin or Cantonese, not required. Wei pays by direct deposit every 2 weeks.'
         WHEN 18 THEN 'Dr. Raman''s mother (76) post-stroke, left side weakness, diabetic. Live-out, 40 hrs/wk. Suresh (brother) handles the paperwork: 905-274-6651.'
         WHEN 19 THEN 'Newborn twins (born Dec 2022). Laura on mat leave until Dec 2023. Needs caregiver by March; we sent 3 profiles.'
         WHEN 20 THEN 'HSE critical skills permit route. Pays NMBI registration and flights. Adaptation programme 6 weeks at the Mater.'
         WHEN 24 THEN 'Small home, 62 beds. Needs HCAs with QQI level 5 or willing to do it. Person in charge rings us directly.'
         WHEN 27 THEN 'SCFHS Prometric and Dataflow paid by employer. 2-year contract, 30 days leave, annual ticket. Recruitment team visits Manila twice a year.'
         WHEN 30 THEN 'QCHP licensing required. Online interviews with HMC nursing recruitment (Aisha). They ask for COE from last 2 employers.'
         WHEN 33 THEN 'DOH Abu Dhabi licence needed before joining. Client wants at least 2 yrs ICU in a tertiary hospital.'
         WHEN 36 THEN 'New client 2023. Dhahran compound housing, family status for senior nurses only.'
         ELSE CASE WHEN co.k % 3 = 0 THEN '' ELSE pgen.pk(ARRAY['Standard terms. Fee 2 months basic salary per deployed nurse.', 'Send CVs in one PDF with licence, COE and passport bio page.',
              'Slow to give feedback; follow up every Monday.', 'Interview slots on Tuesdays Manila time.', 'Contract renewal due next year.'], 'conote', co.k) END END,
       CASE co.cc WHEN 'ca' THEN 10 WHEN 'ie' THEN 4 ELSE 3 END,
       CASE co.cc WHEN 'ca' THEN CASE WHEN co.k % 2 = 0 THEN 10 ELSE 11 END WHEN 'ie' THEN 4 ELSE CASE WHEN co.k % 2 = 0 THEN 3 ELSE 8 END END,
       co.created, pgen.at('codm', co.k, co.created, '2024-11-20'),
       CASE WHEN co.k IN (2, 6, 11, 27, 30) THEN 1 ELSE 0 END, co.fax, NULL, CASE WHEN co.k = 1 THEN 1 ELSE 0 END
FROM pgen.co co ORDER BY co.k;
UPDATE company SET entered_by = 1, owner = 2 WHERE company_id = 1;

CREATE TABLE company_department (
    company_department_id serial PRIMARY KEY,
    company_id integer NOT NULL,
    name varchar(255) NOT NULL DEFAULT '',
    site_id integer NOT NULL,
    date_created timestamp,
    created_by integer
);
INSERT INTO company_department (company_id, name, site_id, date_created, created_by)
SELECT c.company_id, d.name, 1, pgen.at('cdd', c.company_id * 10 + d.o, c.date_created, c.date_created + interval '400 days'), c.owner
FROM company c JOIN pgen.co co ON co.k = c.company_id
CROSS JOIN LATERAL unnest(CASE co.kind WHEN 'H' THEN ARRAY['Nursing Administration', 'Human Resources', 'Critical Care', 'Emergency', 'Perioperative Services', 'Women and Children']
                                       WHEN 'L' THEN ARRAY['Nursing', 'Administration'] ELSE ARRAY[]::text[] END) WITH ORDINALITY d(name, o)
WHERE d.o <= CASE co.kind WHEN 'H' THEN 2 + fixture_gen.n('cdn', c.company_id, 4) ELSE 1 + c.company_id % 2 END
ORDER BY c.company_id, d.o;

CREATE TABLE contact (
    contact_id serial PRIMARY KEY,
    company_id integer NOT NULL,
    site_id integer NOT NULL DEFAULT 0,
    last_name varchar(40) NOT NULL DEFAULT '',
    first_name varchar(40) NOT NULL DEFAULT '',
    title varchar(64) NOT NULL DEFAULT '',
    email1 varchar(128) NOT NULL DEFAULT '',
    email2 varchar(128) NOT NULL DEFAULT '',
    phone_work varchar(40) NOT NULL DEFAULT '',
    phone_cell varchar(40) NOT NULL DEFAULT '',
    phone_other varchar(40) NOT NULL DEFAULT '',
    address text,
    city varchar(64) NOT NULL DEFAULT '',
    state varchar(64) NOT NULL DEFAULT '',
    zip varchar(16) NOT NULL DEFAULT '',
    is_hot integer NOT NULL DEFAULT 0,
    notes text,
    entered_by integer NOT NULL DEFAULT 0,
    owner integer,
    date_created timestamp,
    date_modified timestamp,
    left_company integer NOT NULL DEFAULT 0,
    import_id integer,
    company_department_id integer,
    reports_to integer
);
CREATE INDEX contact_company_id ON contact (company_id);
INSERT INTO contact
SELECT ct.i - 2000, ct.k, 1, p.last, p.first, ct.title, p.email, coalesce(p.email2, ''), p.work,
       CASE WHEN ct.i % 7 = 3 THEN '' ELSE p.cell END,
       CASE WHEN co.cc = 'ar' AND ct.i % 4 = 0 THEN '+63 ' || pgen.pk(ARRAY['917', '927', '995'], 'ctph', ct.i) || ' ' || pgen.d('ctph', ct.i, 3) || ' ' || pgen.d('ctpx', ct.i, 4)
            WHEN ct.i % 9 = 0 THEN pgen.phone(co.cc, 'm', 'ctoth', ct.i) ELSE '' END,
       CASE WHEN co.kind = 'P' OR ct.i % 2 = 0 THEN co.street ELSE '' END,
       co.city, co.state, co.zip, CASE WHEN ct.n = 1 AND ct.k % 4 = 2 THEN 1 ELSE 0 END,
       CASE WHEN ct.i % 11 = 0 THEN 'Prefers WhatsApp on ' || p.cell || ' for quick questions. ' || CASE WHEN p.g = 'F' THEN 'On maternity leave from Jan' ELSE 'Away on leave in January' END || ', cover is ' || (SELECT q.first || ' ' || q.last FROM pgen.p q WHERE q.i = ct.i + 1 OR q.i = ct.i - 1 ORDER BY q.i DESC LIMIT 1) || '.'
            WHEN ct.i % 11 = 4 THEN CASE WHEN p.c = 'ph' THEN 'Was a nurse in the Philippines ' || CASE WHEN p.g = 'F' THEN 'herself' ELSE 'himself' END || ' (UST 2004), very supportive of our candidates.'
              WHEN p.c = 'in' THEN 'Trained in Kerala, came over in 2009. Very supportive of our Indian candidates.' ELSE 'Decides quickly, likes short profiles.' END || ' Birthday ' || to_char(date '1978-01-01' + fixture_gen.n('ctbd', ct.i, 365), 'Mon DD') || ', send flowers.'
            WHEN ct.i % 11 = 7 THEN 'Do not call before 10am their time. Send CVs by email first, then text to confirm.'
            WHEN ct.i % 11 = 9 THEN 'Met at the ' || CASE co.cc WHEN 'ie' THEN 'INMO' WHEN 'ca' THEN 'RNAO' ELSE 'Arab Health' END || ' recruitment fair ' || (2019 + ct.i % 5) || '. Personal mail ' || coalesce(p.email2, lower(pgen.fold(p.first) || '.' || pgen.fold(p.last) || '@gmail.com')) || '.'
            WHEN ct.i % 11 = 2 THEN 'Left a voicemail, no answer yet.'
            ELSE '' END,
       CASE co.cc WHEN 'ca' THEN 10 WHEN 'ie' THEN 4 ELSE 3 END, c.owner,
       pgen.at('ctdc', ct.i, c.date_created, c.date_created + interval '500 days'), NULL,
       CASE WHEN ct.n > 2 AND ct.i % 8 = 5 THEN 1 ELSE 0 END, NULL,
       (SELECT d.company_department_id FROM company_department d WHERE d.company_id = ct.k ORDER BY d.company_department_id OFFSET (ct.n - 1) % 2 LIMIT 1),
       CASE WHEN ct.n > 2 AND ct.i % 3 = 0 THEN (SELECT min(x.i) - 2000 FROM pgen.ct x WHERE x.k = ct.k) END
FROM pgen.ct ct JOIN pgen.p p ON p.i = ct.i JOIN pgen.co co ON co.k = ct.k JOIN company c ON c.company_id = ct.k ORDER BY ct.i;
UPDATE contact SET date_modified = pgen.at('ctdm', contact_id, date_created, '2024-11-25');
UPDATE contact SET date_modified = date_created WHERE contact_id % 6 = 0;
UPDATE contact SET notes = 'Moved to ' || pgen.pk(ARRAY['Fraser Health', 'a private clinic', 'Sidra Medicine', 'the HSE West recruitment office'], 'ctleft', contact_id) || ' in ' || (2021 + contact_id % 3) || '. ' || coalesce(notes, '') WHERE left_company = 1;

-- ---------------------------------------------------------------------------
-- Job orders: 2 to 6 per hospital, 1 to 3 per care home, 1 per household, 2 internal.
CREATE TABLE pgen.jo (k int PRIMARY KEY, co int, n int, created timestamp, title text, contact int);
INSERT INTO pgen.jo (k, co, n, created)
SELECT row_number() OVER (ORDER BY x.created, x.co, x.n), x.co, x.n, x.created FROM (
  SELECT co.k AS co, s AS n, pgen.at('joc', co.k * 100 + s, greatest(co.created, timestamp '2019-04-01'), timestamp '2024-11-15') AS created
  FROM pgen.co co CROSS JOIN LATERAL generate_series(1, CASE co.kind WHEN 'H' THEN 2 + fixture_gen.n('jon', co.k, 5) WHEN 'L' THEN 1 + fixture_gen.n('jon', co.k, 3) ELSE 2 - co.k % 2 END) s) x;
UPDATE pgen.jo j SET title = CASE
    WHEN co.kind = 'I' THEN (ARRAY['Recruitment Officer (Makati)', 'Documentation Staff (Cebu)'])[1 + j.n % 2]
    WHEN co.kind = 'P' THEN pgen.pk(CASE WHEN co.k IN (17, 19) THEN ARRAY['Home Child Care Provider (live-in)', 'Home Child Care Provider'] ELSE ARRAY['Home Support Worker (live-in)', 'Caregiver for elderly parent'] END, 'jot', j.k)
    WHEN co.cc = 'ca' AND co.kind = 'H' THEN pgen.pk(ARRAY['Registered Nurse - ICU', 'Registered Nurse - Emergency', 'Registered Nurse - Medical/Surgical', 'Registered Practical Nurse',
      'Registered Nurse - Labour & Delivery', 'Registered Nurse - Dialysis', 'IEN Registered Nurse (Supervised Practice)', 'Registered Nurse - Rural Acute Care'], 'jot', j.k)
    WHEN co.cc = 'ca' THEN pgen.pk(ARRAY['Personal Support Worker (PSW)', 'Registered Practical Nurse - Nights', 'Health Care Aide', 'Licensed Practical Nurse'], 'jot', j.k)
    WHEN co.cc = 'ie' AND co.kind = 'H' THEN pgen.pk(ARRAY['Staff Nurse - General', 'Staff Nurse - ICU', 'Clinical Nurse Manager II', 'Staff Nurse - Theatre', 'Staff Nurse - Emergency Dept'], 'jot', j.k)
    WHEN co.cc = 'ie' THEN pgen.pk(ARRAY['Staff Nurse - Nursing Home', 'Healthcare Assistant', 'Clinical Nurse Manager I'], 'jot', j.k)
    ELSE pgen.pk(ARRAY['Staff Nurse - ICU', 'Staff Nurse - NICU', 'Registered Nurse - OR', 'Dialysis Nurse', 'Staff Nurse - ER', 'Home Health Nurse', 'Charge Nurse - Cardiac', 'Staff Nurse - Med/Surg'], 'jot', j.k) END,
  contact = (SELECT ct.i - 2000 FROM pgen.ct ct WHERE ct.k = co.k ORDER BY fixture_gen.n('joct', j.k * 1000 + ct.i, 1000), ct.i LIMIT 1)
FROM pgen.co co WHERE co.k = j.co;

CREATE TABLE joborder (
    joborder_id serial PRIMARY KEY,
    recruiter integer,
    contact_id integer,
    company_id integer,
    entered_by integer NOT NULL DEFAULT 0,
    owner integer,
    site_id integer NOT NULL DEFAULT 0,
    client_job_id varchar(32),
    title varchar(64) NOT NULL DEFAULT '',
    description text,
    notes text,
    type varchar(64) NOT NULL DEFAULT 'C',
    duration varchar(64),
    rate_max varchar(255),
    salary varchar(64),
    status varchar(16) NOT NULL DEFAULT 'Active',
    is_hot integer NOT NULL DEFAULT 0,
    openings integer,
    city varchar(64) NOT NULL DEFAULT '',
    state varchar(64) NOT NULL DEFAULT '',
    start_date timestamp,
    date_created timestamp,
    date_modified timestamp,
    public integer NOT NULL DEFAULT 0,
    company_department_id integer,
    is_admin_hidden integer DEFAULT 0,
    openings_available integer NOT NULL DEFAULT 0,
    questionnaire_id integer,
    import_id integer
);
CREATE INDEX joborder_company_id ON joborder (company_id);
CREATE INDEX joborder_status ON joborder (status);
INSERT INTO joborder
SELECT j.k,
       CASE co.cc WHEN 'ca' THEN (ARRAY[4, 5, 7, 16, 10])[1 + j.k % 5] WHEN 'ie' THEN (ARRAY[4, 5, 9])[1 + j.k % 3] ELSE (ARRAY[3, 4, 5, 7, 8, 13, 14])[1 + j.k % 7] END,
       j.contact, j.co, c.owner, c.owner, 1,
       CASE WHEN j.k % 4 = 0 OR co.kind IN ('I', 'P') THEN '' WHEN co.cc = 'ca' THEN 'REQ-' || (20000 + fixture_gen.n('jocid', j.k, 70000)) WHEN co.cc = 'ie' THEN 'HSE-' || to_char(j.created, 'YY') || '-' || pgen.d('jocid', j.k, 4)
            ELSE upper(substr(pgen.fold(split_part(co.name, ' ', 1)), 1, 4)) || '-' || to_char(j.created, 'YYYY') || '-' || pgen.d('jocid', j.k, 4) END,
       j.title,
       '<p><strong>' || j.title || '</strong> &ndash; ' || CASE WHEN co.kind = 'P' THEN 'private household in ' || co.city ELSE co.name || ', ' || co.city END || '</p>'
         || '<p>We are looking for ' || CASE WHEN j.title ILIKE '%caregiver%' OR j.title ILIKE '%child care%' OR j.title ILIKE '%support worker%' OR j.title ILIKE '%PSW%' OR j.title ILIKE '%aide%' OR j.title ILIKE '%assistant%'
              THEN 'caring and reliable caregivers with at least 1 year of experience (hospital, nursing home or home care). TESDA NC II in Caregiving or equivalent is an advantage.'
              ELSE 'Registered Nurses with a BSN or Diploma in Nursing, a valid nursing licence and at least 2 years of recent hospital experience in the specialty.' END || '</p>'
         || '<ul><li>' || CASE co.cc WHEN 'ca' THEN 'IELTS General 7.0 overall (CELBAN accepted)' WHEN 'ie' THEN 'IELTS Academic 7.0 / OET B; NMBI registration supported' ELSE 'Prometric / DataFlow verification paid by employer' END || '</li>'
         || '<li>' || CASE co.cc WHEN 'ca' THEN 'Employer-supported work permit (LMIA or provincial nominee stream)' WHEN 'ie' THEN 'Critical Skills Employment Permit, relocation allowance' ELSE 'Free accommodation, transport and annual air ticket' END || '</li>'
         || '<li>No placement fee charged to the applicant.</li></ul>',
       CASE j.k % 9
         WHEN 0 THEN 'Client wants CV + licence + COE + NCLEX result in ONE pdf. Interview via Teams with ' || (SELECT first_name FROM contact WHERE contact_id = j.contact) || '. Fee 2 months basic.'
         WHEN 1 THEN 'Pre-screen by phone first. Do NOT submit candidates with gaps of more than 1 yr unless explained.'
         WHEN 2 THEN (SELECT first_name FROM contact WHERE contact_id = j.contact) || ' said they may take 10 more if the first batch passes. Cell for updates: ' || (SELECT phone_cell FROM contact WHERE contact_id = j.contact)
         WHEN 3 THEN 'Batch deployment. Medical exam at an accredited clinic before visa stamping. Coordinate with Mark for the OEC.'
         WHEN 4 THEN ''
         WHEN 5 THEN 'Replacement for ' || (SELECT first || ' ' || last FROM pgen.p WHERE i = 1001 + fixture_gen.n('jorep', j.k, 420)) || ' who resigned after 3 months (homesick). Free replacement under the guarantee.'
         WHEN 6 THEN 'Salary is negotiable for ICU/ER. Night differential 10%.'
         WHEN 7 THEN ''
         ELSE 'Priority account. Weekly status call Mondays 9pm Manila time.' END,
       CASE WHEN co.cc = 'ar' THEN 'C' WHEN co.kind = 'I' THEN 'H' WHEN j.k % 13 = 0 THEN 'C2H' ELSE 'H' END,
       CASE WHEN co.cc = 'ar' THEN '2 years, renewable' WHEN co.kind = 'P' THEN '24 months (work permit)' WHEN j.k % 13 = 0 THEN '12 months, then permanent' ELSE 'Permanent' END,
       '',
       CASE WHEN co.kind = 'I' THEN 'PHP 22,000 - 28,000/mo'
            WHEN co.kind = 'P' THEN 'CAD ' || (ARRAY['16.55', '17.20', '18.00'])[1 + j.k % 3] || '/hr'
            WHEN co.cc = 'ca' AND co.kind = 'H' THEN 'CAD ' || (ARRAY['36.50', '38.27', '40.10', '42.25'])[1 + j.k % 4] || ' - ' || (ARRAY['49.00', '51.50', '54.90'])[1 + j.k % 3] || '/hr'
            WHEN co.cc = 'ca' THEN 'CAD ' || (ARRAY['21.50', '22.75', '24.00', '29.80'])[1 + j.k % 4] || '/hr'
            WHEN co.cc = 'ie' AND j.title LIKE 'Healthcare%' THEN 'EUR 27,000 - 30,500'
            WHEN co.cc = 'ie' THEN 'EUR ' || (ARRAY['35,919 - 48,693', '36,948 - 50,083', '56,437 - 64,230'])[1 + CASE WHEN j.title LIKE 'Clinical%' THEN 2 ELSE j.k % 2 END]
            WHEN co.city IN ('Doha') THEN 'QAR ' || (ARRAY['9,800', '11,200', '12,600'])[1 + j.k % 3] || '/month tax-free'
            WHEN co.city IN ('Abu Dhabi', 'Dubai') THEN 'AED ' || (ARRAY['9,000', '10,500', '12,500'])[1 + j.k % 3] || '/month'
            WHEN co.city = 'Kuwait City' THEN 'KWD 650/month'
            ELSE 'SAR ' || (ARRAY['8,500', '9,750', '11,000', '12,400'])[1 + j.k % 4] || '/mo + housing + transport' END,
       CASE WHEN j.created < '2023-06-01' THEN (ARRAY['Closed', 'Closed', 'Full', 'Closed', 'Canceled', 'Full', 'OnHold'])[1 + j.k % 7]
            WHEN j.created < '2024-06-01' THEN (ARRAY['Active', 'Full', 'Closed', 'OnHold', 'Active'])[1 + j.k % 5]
            ELSE (ARRAY['Active', 'Active', 'Upcoming', 'Active', 'OnHold'])[1 + j.k % 5] END,
       CASE WHEN j.k % 6 = 0 THEN 1 ELSE 0 END,
       CASE WHEN co.kind IN ('P', 'I') THEN 1 WHEN co.cc = 'ar' THEN 5 + fixture_gen.n('joop', j.k, 26) WHEN co.kind = 'L' THEN 1 + fixture_gen.n('joop', j.k, 6) ELSE 2 + fixture_gen.n('joop', j.k, 14) END,
       co.city, co.state,
       (j.created + make_interval(days => 60 + fixture_gen.n('josd', j.k, 180)))::date,
       j.created, NULL,
       CASE WHEN co.kind = 'P' OR j.k % 5 = 0 THEN 0 ELSE 1 END,
       (SELECT d.company_department_id FROM company_department d WHERE d.company_id = j.co ORDER BY fixture_gen.n('jodep', j.k * 100 + d.company_department_id, 100), d.company_department_id LIMIT 1),
       0, 0,
       NULL, NULL
FROM pgen.jo j JOIN pgen.co co ON co.k = j.co JOIN company c ON c.company_id = j.co ORDER BY j.k;
UPDATE joborder SET openings_available = CASE status WHEN 'Active' THEN greatest(1, openings - joborder_id % 4) WHEN 'Upcoming' THEN openings WHEN 'OnHold' THEN openings / 2 ELSE 0 END,
  date_modified = pgen.at('jodm', joborder_id, date_created, least(timestamp '2024-11-28', date_created + interval '500 days'));
UPDATE joborder SET questionnaire_id = CASE WHEN title ~ '(Caregiver|Child Care|Support Worker|PSW|Aide|Assistant)' THEN 2 ELSE 1 END WHERE public = 1 AND date_created > '2020-09-01' AND joborder_id % 4 <> 1;
UPDATE joborder SET contact_id = NULL WHERE company_id = 1;

-- ---------------------------------------------------------------------------
-- Candidates. prof: RN (nurses) or CG (caregivers, PSWs, health care aides).
CREATE TABLE pgen.cand (i int PRIMARY KEY, id int, prof text, spec text, yrs int, created timestamp, owner int, src text, employer text, passport text, licence text, lic_body text,
  civil text, nclex text, ielts text, visa text, school text, grad int);
INSERT INTO pgen.cand (i, id, prof, created)
SELECT p.i, p.i - 1000, CASE WHEN p.ac = 'ca' OR fixture_gen.n('cprof', p.i, 100) < 24 THEN 'CG' ELSE 'RN' END,
       pgen.at('ccr', p.i, '2019-03-11', '2024-11-27') FROM pgen.p p WHERE p.i BETWEEN 1001 AND 1420;
-- More candidates in later years: pull a third of the early ones forward.
UPDATE pgen.cand SET created = date_trunc('second', created + (timestamp '2024-11-27' - created) / 2) WHERE created < '2021-06-01' AND i % 3 = 0;
UPDATE pgen.cand c SET
  spec = CASE WHEN c.prof = 'CG' THEN pgen.pk(ARRAY['Elderly care', 'Child care', 'Dementia care', 'Home support', 'Palliative'], 'cspec', c.i)
              ELSE pgen.pk(ARRAY['ICU', 'Emergency', 'Medical-Surgical', 'Operating Room', 'NICU', 'Dialysis', 'Labour and Delivery', 'Cardiac', 'Pediatrics', 'Oncology'], 'cspec', c.i) END,
  yrs = 1 + fixture_gen.n('cyrs', c.i, 12),
  owner = CASE WHEN p.c = 'ng' THEN (ARRAY[13, 13, 3])[1 + c.i % 3] WHEN p.c = 'ke' THEN (ARRAY[14, 14, 4])[1 + c.i % 3] WHEN p.ac = 'ca' THEN (ARRAY[10, 11, 12])[1 + c.i % 3]
              WHEN p.state IN ('Cebu', 'Bohol', 'Negros Oriental', 'Negros Occidental', 'Leyte', 'Davao del Sur', 'Iloilo') THEN (ARRAY[7, 8, 9, 16])[1 + c.i % 4]
              WHEN c.created < '2022-09-30' THEN (ARRAY[4, 5, 15, 3])[1 + c.i % 4] ELSE (ARRAY[4, 5, 6, 3])[1 + c.i % 4] END,
  src = CASE p.c WHEN 'ph' THEN CASE WHEN p.ac = 'ca' THEN pgen.pk(ARRAY['Indeed', 'Facebook group (Pinoy Caregivers Toronto)', 'Referral', 'Careers page'], 'csrc', c.i)
                   ELSE pgen.pk(ARRAY['Facebook', 'Facebook', 'JobStreet', 'Walk-in', 'Referral', 'Careers page', 'DMW job fair', 'Indeed', 'Careers page'], 'csrc', c.i) END
             WHEN 'in' THEN pgen.pk(ARRAY['Naukri', 'Facebook', 'Referral', 'Careers page', 'Indeed'], 'csrc', c.i)
             WHEN 'ng' THEN pgen.pk(ARRAY['Jobberman', 'Partner - Lagos', 'Partner - Lagos', 'Facebook', 'Careers page'], 'csrc', c.i)
             ELSE pgen.pk(ARRAY['BrighterMonday', 'Partner - Nairobi', 'Partner - Nairobi', 'Facebook', 'Careers page'], 'csrc', c.i) END,
  employer = CASE WHEN fixture_gen.n('cemp0', c.i, 100) < 12 THEN ''
    WHEN p.ac = 'ca' THEN pgen.pk(ARRAY['Live-in caregiver, private employer (Toronto)', 'Home care agency (Mississauga)', 'Retirement residence (Brampton)', 'Private family, North York'], 'cemp', c.i)
    WHEN c.prof = 'CG' THEN CASE p.c WHEN 'ph' THEN pgen.pk(ARRAY['Private household (Hong Kong)', 'Private household (Singapore)', 'Home care - private family (Taiwan)', 'Care home in Israel', 'Golden Years Home for the Aged (Quezon City)'], 'cemp', c.i)
      WHEN 'in' THEN pgen.pk(ARRAY['Home nursing agency (Kochi)', 'Private family (Kuwait)', 'Old age home (Thrissur)'], 'cemp', c.i)
      WHEN 'ng' THEN pgen.pk(ARRAY['Private home care (Lekki)', 'Gracefield Care Home, Abuja'], 'cemp', c.i)
      ELSE pgen.pk(ARRAY['Private family (Nairobi)', 'Nairobi Hospice', 'Home care agency (Mombasa)'], 'cemp', c.i) END
    ELSE CASE p.c WHEN 'ph' THEN pgen.pk(ARRAY['St. Luke''s Medical Center - Global City', 'The Medical City', 'Philippine General Hospital', 'Makati Medical Center', 'Vicente Sotto Memorial Medical Center',
        'Chong Hua Hospital', 'Perpetual Succour Hospital', 'Asian Hospital and Medical Center', 'Southern Philippines Medical Center', 'Baguio General Hospital', 'Cebu Doctors'' University Hospital',
        'Western Visayas Medical Center', 'Philippine Heart Center', 'King Khalid Hospital (Najran)'], 'cemp', c.i)
      WHEN 'in' THEN pgen.pk(ARRAY['Aster Medcity Kochi', 'Caritas Hospital Kottayam', 'Amrita Institute of Medical Sciences', 'Lisie Hospital', 'Manipal Hospital Bengaluru', 'Fortis Hospital Mohali',
        'Apollo Hospitals Chennai', 'Rajagiri Hospital', 'Believers Church Medical College Hospital'], 'cemp', c.i)
      WHEN 'ng' THEN pgen.pk(ARRAY['Lagos University Teaching Hospital', 'University College Hospital Ibadan', 'National Hospital Abuja', 'Reddington Hospital', 'Federal Medical Centre Owerri',
        'University of Nigeria Teaching Hospital', 'Lagoon Hospitals'], 'cemp', c.i)
      ELSE pgen.pk(ARRAY['Kenyatta National Hospital', 'Aga Khan University Hospital', 'Moi Teaching and Referral Hospital', 'The Nairobi Hospital', 'Jaramogi Oginga Odinga Teaching and Referral Hospital', 'MP Shah Hospital'], 'cemp', c.i) END END,
  passport = CASE p.c WHEN 'ph' THEN CASE WHEN c.i % 5 = 0 THEN 'EC' || pgen.d('cpp', c.i, 7) ELSE 'P' || pgen.d('cpp', c.i, 7) || fixture_gen.chars('cppl', c.i, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ') END
    WHEN 'in' THEN fixture_gen.chars('cppl', c.i, 1, 'JKLMNPRSTUVWZ') || pgen.d('cpp', c.i, 7)
    WHEN 'ng' THEN 'A' || pgen.d('cpp', c.i, 8)
    ELSE CASE WHEN c.i % 3 = 0 THEN 'A' || pgen.d('cpp', c.i, 7) ELSE 'AK' || pgen.d('cpp', c.i, 7) END END,
  licence = CASE WHEN c.prof = 'CG' THEN NULL WHEN p.c = 'ph' THEN lpad((300000 + fixture_gen.n('clic', c.i, 700000))::text, 7, '0')
    WHEN p.c = 'in' AND p.state = 'Kerala' THEN 'KNMC-' || pgen.d('clic', c.i, 5) || '/' || (2008 + c.i % 14)
    WHEN p.c = 'in' THEN pgen.pk(ARRAY['PNRC/', 'KSNC/', 'TNNMC/', 'DNC/'], 'clicb', c.i) || pgen.d('clic', c.i, 6)
    WHEN p.c = 'ng' THEN 'RN ' || pgen.d('clic', c.i, 6)
    ELSE 'NCK/' || pgen.d('clic', c.i, 5) END,
  lic_body = CASE WHEN c.prof = 'CG' THEN NULL WHEN p.c = 'ph' THEN 'PRC (Philippines)' WHEN p.c = 'in' AND p.state = 'Kerala' THEN 'Kerala Nurses and Midwives Council' WHEN p.c = 'in' THEN 'Indian Nursing Council'
    WHEN p.c = 'ng' THEN 'NMCN (Nigeria)' ELSE 'NCK (Kenya)' END,
  civil = pgen.pk(ARRAY['Single', 'Single', 'Married', 'Married', 'Married', 'Separated', 'Widowed', 'Single'], 'cciv', c.i),
  nclex = CASE WHEN c.prof = 'RN' THEN pgen.pk(ARRAY['Not taken', 'Not taken', 'Scheduled', 'Passed', 'Passed', 'Failed'], 'cnclex', c.i) END,
  ielts = CASE fixture_gen.n('cielts', c.i, 8) WHEN 0 THEN NULL WHEN 1 THEN 'OET B' ELSE (ARRAY['6.0', '6.5', '6.5', '7.0', '7.0', '7.5', '8.0'])[1 + fixture_gen.n('ciel2', c.i, 7)] END,
  visa = CASE WHEN p.ac = 'ca' THEN pgen.pk(ARRAY['Work Permit (Open)', 'Caregiver Pilot (HCCP/HSWP)', 'Work Permit (LMIA)', 'Permanent Resident'], 'cvisa', c.i) ELSE 'None' END,
  school = CASE WHEN c.prof = 'CG' THEN CASE p.c WHEN 'ph' THEN 'TESDA NC II Caregiving, ' || pgen.pk(ARRAY['Ace Training Center, Makati', 'St. Anne Caregiving School, Cebu', 'Global Skills Academy, Quezon City'], 'csch', c.i)
      WHEN 'in' THEN 'GNM (General Nursing and Midwifery), ' || pgen.pk(ARRAY['Holy Cross School of Nursing, Kottiyam', 'Govt. School of Nursing, Amritsar'], 'csch', c.i)
      WHEN 'ng' THEN 'Certificate in Health Care Assistance, Lagos State College of Health Technology' ELSE 'Certificate in Caregiving, Kenya Red Cross Training School' END
    ELSE CASE p.c WHEN 'ph' THEN 'BS Nursing, ' || pgen.pk(ARRAY['University of Santo Tomas', 'Far Eastern University', 'Cebu Normal University', 'University of the Philippines Manila', 'Saint Louis University, Baguio',
        'West Visayas State University', 'Velez College', 'Our Lady of Fatima University', 'Southwestern University PHINMA'], 'csch', c.i)
      WHEN 'in' THEN 'B.Sc. Nursing, ' || pgen.pk(ARRAY['MOSC College of Nursing, Kolenchery', 'Govt. College of Nursing, Kottayam', 'Amrita College of Nursing, Kochi', 'Christian Medical College, Ludhiana', 'Rajiv Gandhi University of Health Sciences'], 'csch', c.i)
      WHEN 'ng' THEN pgen.pk(ARRAY['B.N.Sc., University of Lagos', 'B.N.Sc., University of Ibadan', 'RN Diploma, School of Nursing, Lagos University Teaching Hospital', 'B.N.Sc., University of Nigeria, Enugu Campus'], 'csch', c.i)
      ELSE pgen.pk(ARRAY['BSc Nursing, University of Nairobi', 'BSc Nursing, Moi University', 'KRCHN Diploma, Kenya Medical Training College', 'BSc Nursing, Aga Khan University'], 'csch', c.i) END END,
  grad = NULL
FROM pgen.p p WHERE p.i = c.i;
UPDATE pgen.cand c SET grad = 2022 - c.yrs - fixture_gen.n('cgrad', c.i, 3);
UPDATE pgen.cand SET ielts = NULL WHERE prof = 'CG' AND i % 2 = 0;
UPDATE pgen.p p SET dob = make_date(c.grad - 21 - fixture_gen.n('cdobx', c.i, 4), 1 + fixture_gen.n('cdobm', c.i, 12), 1 + fixture_gen.n('cdobd', c.i, 28)) FROM pgen.cand c WHERE c.i = p.i;

CREATE TABLE candidate (
    candidate_id serial PRIMARY KEY,
    site_id integer NOT NULL DEFAULT 0,
    last_name varchar(40) NOT NULL DEFAULT '',
    first_name varchar(40) NOT NULL DEFAULT '',
    middle_name varchar(40),
    phone_home varchar(40),
    phone_cell varchar(40),
    phone_work varchar(40),
    address text,
    city varchar(64),
    state varchar(64),
    zip varchar(16),
    source varchar(64),
    key_skills text,
    date_available timestamp,
    current_employer varchar(128),
    can_relocate integer NOT NULL DEFAULT 0,
    current_pay varchar(64),
    desired_pay varchar(64),
    notes text,
    entered_by integer NOT NULL DEFAULT 0,
    owner integer,
    date_created timestamp,
    date_modified timestamp,
    email1 varchar(128),
    email2 varchar(128),
    web_site varchar(128),
    import_id integer,
    is_hot integer NOT NULL DEFAULT 0,
    eeo_ethnic_type_id integer DEFAULT 0,
    eeo_veteran_type_id integer DEFAULT 0,
    eeo_disability_status varchar(5) DEFAULT '',
    eeo_gender varchar(5) DEFAULT '',
    is_admin_hidden integer DEFAULT 0,
    best_time_to_call varchar(128) DEFAULT '',
    is_active integer DEFAULT 1
);
CREATE INDEX candidate_site_last_first ON candidate (site_id, last_name, first_name);
CREATE INDEX candidate_email1 ON candidate (email1);
CREATE INDEX candidate_phone_cell ON candidate (phone_cell);

-- Recruiters' notes: some plain, some about the person's family, health, plans and referrers.
CREATE FUNCTION pgen.cnote(tag text, i bigint, first text, g text, c text, prof text, nclex text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 22)
    WHEN 0 THEN 'Married, 2 kids (ages ' || (3 + i % 5) || ' and ' || (8 + i % 4) || ') will stay with ' || CASE WHEN g = 'F' THEN 'her' ELSE 'his' END || ' mother. ' || CASE WHEN g = 'F' THEN 'Husband' ELSE 'Wife' END || ' is an OFW in Riyadh.'
    WHEN 1 THEN CASE WHEN nclex = 'Passed' THEN 'Passed NCLEX-RN (Pearson VUE ' || CASE c WHEN 'ph' THEN 'Manila' WHEN 'in' THEN 'Bengaluru' ELSE 'Johannesburg' END || '). NNAS application in progress.' ELSE 'Profile complete. Waiting for updated COE from employer.' END
    WHEN 2 THEN 'Asked if she can bring her mother as a dependent. Explained it is not possible under the work permit.'
    WHEN 3 THEN 'Referred by ' || pgen.cfull(c, tag || 'ref', i) || ' (deployed ' || (2019 + i % 4) || '). Referral bonus PHP 5,000 once deployed.'
    WHEN 4 THEN CASE WHEN g = 'F' THEN 'Pregnant, due in ' || (ARRAY['March', 'June', 'August', 'October'])[1 + i % 4] || '. Wants to defer deployment to next year.' ELSE 'Wants to defer until his father''s surgery is done.' END
    WHEN 5 THEN 'Failed IELTS writing (6.0) twice, now enrolled in a review center. Re-test next month.'
    WHEN 6 THEN 'Medical: Hep B reactive on first screening, sent for confirmatory test. Do not submit until cleared.'
    WHEN 7 THEN 'Prefers Ireland because ' || CASE WHEN i % 2 = 0 THEN 'her sister ' ELSE 'a cousin ' END || pgen.cfirst(c, 'F', tag || 's', i) || ' works at Beaumont as a CNM.'
    WHEN 8 THEN 'Good interview. Strong ' || CASE WHEN prof = 'RN' THEN 'clinical' ELSE 'caregiving' END || ' background, confident, good English.'
    WHEN 9 THEN 'Called twice, no answer. Sent SMS.'
    WHEN 10 THEN 'Has a pending case for unpaid salary against her previous agency in Kuwait. Told her we can still process.'
    WHEN 11 THEN 'Alternate contact: ' || CASE WHEN g = 'F' THEN 'husband ' ELSE 'wife ' END || pgen.cfirst(c, CASE WHEN g = 'F' THEN 'M' ELSE 'F' END, tag || 'sp', i) || ', ' || CASE c WHEN 'ph' THEN '0917-' || fixture_gen.digits(tag, i, 3) || '-' || fixture_gen.digits(tag || 'x', i, 4)
      WHEN 'in' THEN '+91 98' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 5) WHEN 'ng' THEN '0803 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
      ELSE '0722 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3) END || '.'
    WHEN 12 THEN 'Deployed. Arrival confirmed by employer, PDOS done.'
    WHEN 13 THEN 'Withdrew: got an offer directly from the hospital.'
    WHEN 14 THEN 'Has a 1-year gap (2021) due to COVID, took care of her father.'
    WHEN 15 THEN 'Blacklisted by a previous employer in KSA? Check with DMW before processing.'
    ELSE '' END
$$;

INSERT INTO candidate
SELECT c.id, 1, p.last, p.first, p.middle,
       coalesce(p.home, ''), p.cell, coalesce(p.work, ''),
       p.street, p.city, p.state, p.zip, c.src,
       CASE WHEN c.prof = 'RN' THEN c.spec || ', ' || c.yrs || ' yrs' || CASE WHEN c.yrs > 2 THEN ' tertiary hospital' ELSE '' END || ', BLS'
              || CASE WHEN c.spec IN ('ICU', 'Emergency', 'Cardiac') THEN ', ACLS' ELSE '' END || CASE WHEN c.spec = 'ICU' THEN ', ventilator mgmt' WHEN c.spec = 'Dialysis' THEN ', HD/CRRT' WHEN c.spec = 'NICU' THEN ', NRP' ELSE '' END
              || CASE WHEN c.nclex = 'Passed' THEN ', NCLEX passed' ELSE '' END || CASE WHEN c.ielts IS NOT NULL THEN ', IELTS ' || c.ielts ELSE '' END
            ELSE c.spec || ', ' || c.yrs || ' yrs' || CASE WHEN c.i % 2 = 0 THEN ', first aid/CPR' ELSE '' END || CASE WHEN c.i % 3 = 0 THEN ', cooking, light housekeeping' ELSE '' END || CASE WHEN c.i % 4 = 0 THEN ', driver''s licence' ELSE '' END END,
       CASE WHEN c.i % 3 = 0 THEN NULL ELSE (c.created + make_interval(days => 30 + fixture_gen.n('cavail', c.i, 200)))::date END,
       c.employer, CASE WHEN c.i % 4 = 3 THEN 0 ELSE 1 END,
       CASE WHEN fixture_gen.n('cpay0', c.i, 100) < 25 THEN '' WHEN p.ac = 'ca' THEN 'CAD ' || (16 + c.i % 4) || '.' || (ARRAY['00', '50', '55', '75'])[1 + c.i % 4] || '/hr'
         WHEN c.prof = 'CG' AND c.employer LIKE '%Hong Kong%' THEN 'HKD 4,870/mo' WHEN c.prof = 'CG' AND c.employer LIKE '%Singapore%' THEN 'SGD 750'
         ELSE CASE p.c WHEN 'ph' THEN pgen.pk(ARRAY['PHP ', 'P', 'Php '], 'cpay', c.i) || (18 + fixture_gen.n('cpay', c.i, 25)) || ',000/mo'
           WHEN 'in' THEN CASE WHEN c.i % 2 = 0 THEN 'INR ' || (15 + fixture_gen.n('cpay', c.i, 30)) || ',000/month' ELSE (2 + fixture_gen.n('cpay', c.i, 4)) || '.' || fixture_gen.n('cpayd', c.i, 10) || ' LPA' END
           WHEN 'ng' THEN CASE WHEN c.i % 2 = 0 THEN '₦' || (120 + fixture_gen.n('cpay', c.i, 300)) || ',000/month' ELSE 'NGN ' || (150 + fixture_gen.n('cpay', c.i, 300)) || 'k' END
           ELSE CASE WHEN c.i % 2 = 0 THEN 'KES ' || (45 + fixture_gen.n('cpay', c.i, 90)) || ',000' ELSE 'Ksh ' || (45 + fixture_gen.n('cpay', c.i, 90)) || ',000 pm' END END END,
       CASE WHEN fixture_gen.n('cdpay0', c.i, 100) < 40 THEN '' ELSE pgen.pk(CASE WHEN c.prof = 'RN' THEN ARRAY['Negotiable', 'CAD 38/hr', 'EUR 35,000+', 'SAR 9,000 + benefits', 'As per standard', 'QAR 10,000']
         ELSE ARRAY['Negotiable', 'CAD 17/hr', 'As per LMIA', 'prevailing wage'] END, 'cdpay', c.i) END,
       pgen.cnote('cnote', c.i, p.first, p.g, p.c, c.prof, c.nclex),
       CASE WHEN c.src = 'Careers page' THEN 1250 ELSE c.owner END, c.owner, c.created, NULL,
       p.email, coalesce(p.email2, ''),
       CASE WHEN c.i % 17 = 0 THEN 'https://www.linkedin.com/in/' || pgen.fold(split_part(p.first, ' ', 1)) || '-' || pgen.fold(p.last) || '-' || lower(c.prof) || '-' || fixture_gen.chars('cli', c.i, 8, 'abcdef0123456789')
            WHEN c.i % 29 = 0 THEN 'https://www.facebook.com/' || pgen.fold(p.first) || '.' || pgen.fold(p.last) || '.' || (c.i % 90) ELSE '' END,
       NULL, CASE WHEN c.i % 13 = 0 THEN 1 ELSE 0 END,
       0, 0, '', '', 0,
       CASE fixture_gen.n('cbest', c.i, 9) WHEN 0 THEN 'After 6pm PH time' WHEN 1 THEN 'Weekends only' WHEN 2 THEN 'Mornings (IST)' WHEN 3 THEN 'Night shift, avoid 8am-3pm'
         WHEN 4 THEN 'Anytime' WHEN 5 THEN 'Lunch break 12-1' ELSE '' END,
       CASE WHEN c.i % 23 = 0 THEN 0 ELSE 1 END
FROM pgen.cand c JOIN pgen.p p ON p.i = c.i ORDER BY c.id;
-- EEO self-identification (asked from 2021 on, for the Canadian employers).
UPDATE candidate k SET eeo_gender = p.g,
       eeo_ethnic_type_id = CASE WHEN k.candidate_id % 5 = 0 THEN 0 WHEN p.c IN ('ph', 'in') THEN 2 ELSE 4 END,
       eeo_veteran_type_id = CASE WHEN k.candidate_id % 4 = 0 THEN 0 ELSE 1 END,
       eeo_disability_status = CASE WHEN k.candidate_id % 31 = 0 THEN 'Y' WHEN k.candidate_id % 4 = 0 THEN '' ELSE 'N' END
FROM pgen.p p WHERE p.i = k.candidate_id + 1000 AND k.date_created > '2021-01-15' AND k.candidate_id % 7 <> 3;
UPDATE candidate SET date_modified = pgen.at('cdm', candidate_id, date_created, least(timestamp '2024-11-29', date_created + interval '700 days'));
UPDATE candidate SET date_modified = date_created WHERE candidate_id % 9 = 0;

-- ---------------------------------------------------------------------------
-- Extra fields the agency defined (Settings > Administration > Extra Fields).
-- extra_field_type: 1 text, 2 textarea, 3 checkbox, 4 date, 5 dropdown, 6 radio.
CREATE TABLE extra_field_settings (
    extra_field_settings_id serial PRIMARY KEY,
    field_name varchar(255) NOT NULL DEFAULT '',
    import_id integer,
    site_id integer NOT NULL DEFAULT 0,
    date_created timestamp,
    data_item_type integer DEFAULT 0,
    extra_field_type integer NOT NULL DEFAULT 1,
    extra_field_options text,
    position integer NOT NULL DEFAULT 0
);
INSERT INTO extra_field_settings (field_name, import_id, site_id, date_created, data_item_type, extra_field_type, extra_field_options, position) VALUES
  ('Date of Birth', NULL, 1, '2019-03-06 10:02:11', 100, 4, NULL, 1),
  ('Nursing Licence No.', NULL, 1, '2019-03-06 10:03:40', 100, 1, NULL, 2),
  ('Licence Issued By', NULL, 1, '2019-03-06 10:05:02', 100, 5, 'PRC (Philippines),Kerala Nurses and Midwives Council,Indian Nursing Council,NMCN (Nigeria),NCK (Kenya),CNO (Ontario),NMBI (Ireland),SCFHS (Saudi)', 3),
  ('Passport No.', NULL, 1, '2019-03-06 10:06:27', 100, 1, NULL, 4),
  ('Passport Expiry', NULL, 1, '2019-03-06 10:06:59', 100, 4, NULL, 5),
  ('Visa Status', NULL, 1, '2019-04-22 15:31:40', 100, 5, 'None,Visitor,Work Permit (LMIA),Work Permit (Open),Caregiver Pilot (HCCP/HSWP),Permanent Resident,Ireland CSEP - applied,Ireland CSEP - granted,Saudi work visa - stamped,Qatar work visa - issued,UAE entry permit', 6),
  ('NCLEX Result', NULL, 1, '2019-09-10 09:12:18', 100, 5, 'Not taken,Scheduled,Passed,Failed', 7),
  ('IELTS / OET', NULL, 1, '2019-09-10 09:13:55', 100, 1, NULL, 8),
  ('Civil Status', NULL, 1, '2020-02-03 11:40:00', 100, 6, 'Single,Married,Widowed,Separated', 9),
  ('DMW Accreditation No.', NULL, 1, '2019-03-06 10:20:31', 200, 1, NULL, 1),
  ('Accreditation Expiry', NULL, 1, '2019-03-06 10:21:02', 200, 4, NULL, 2),
  ('WhatsApp', NULL, 1, '2021-05-18 16:02:45', 300, 1, NULL, 1),
  ('DMW Job Order No.', NULL, 1, '2019-03-06 10:22:10', 400, 1, NULL, 1),
  ('Interview Mode', NULL, 1, '2020-04-14 08:50:12', 400, 5, 'Face to face (Manila),Face to face (Cebu),Zoom,Teams,Phone', 2);

CREATE TABLE extra_field (
    extra_field_id serial PRIMARY KEY,
    data_item_id integer DEFAULT 0,
    field_name varchar(255) NOT NULL DEFAULT '',
    value text,
    import_id integer,
    site_id integer NOT NULL DEFAULT 0,
    data_item_type integer DEFAULT 0
);
CREATE INDEX extra_field_data_item ON extra_field (data_item_id, data_item_type);
-- Dates are kept as typed in the date picker (DD-MM-YY: the site uses day-first dates).
INSERT INTO extra_field (data_item_id, field_name, value, import_id, site_id, data_item_type)
SELECT c.id, f.name, f.v, NULL, 1, 100
FROM pgen.cand c JOIN pgen.p p ON p.i = c.i
CROSS JOIN LATERAL (VALUES
  (1, 'Date of Birth', CASE WHEN fixture_gen.n('xdob', c.i, 100) < 86 THEN to_char(p.dob, 'DD-MM-YY') END),
  (2, 'Nursing Licence No.', CASE WHEN fixture_gen.n('xlic', c.i, 100) < 90 THEN c.licence END),
  (3, 'Licence Issued By', CASE WHEN c.licence IS NOT NULL AND fixture_gen.n('xlic', c.i, 100) < 90 THEN c.lic_body END),
  (4, 'Passport No.', CASE WHEN fixture_gen.n('xpp', c.i, 100) < 72 THEN c.passport END),
  (5, 'Passport Expiry', CASE WHEN fixture_gen.n('xpp', c.i, 100) < 66 THEN to_char(date '2025-01-01' + fixture_gen.n('xppe', c.i, 3000), 'DD-MM-YY') END),
  (6, 'Visa Status', CASE WHEN p.ac = 'ca' OR fixture_gen.n('xvisa', c.i, 100) < 45 THEN c.visa END),
  (7, 'NCLEX Result', CASE WHEN fixture_gen.n('xncl', c.i, 100) < 55 THEN c.nclex END),
  (8, 'IELTS / OET', CASE WHEN fixture_gen.n('xiel', c.i, 100) < 60 THEN c.ielts END),
  (9, 'Civil Status', CASE WHEN fixture_gen.n('xciv', c.i, 100) < 58 THEN c.civil END)) f(o, name, v)
WHERE f.v IS NOT NULL ORDER BY c.id, f.o;
INSERT INTO extra_field (data_item_id, field_name, value, import_id, site_id, data_item_type)
SELECT co.k, f.name, f.v, NULL, 1, 200 FROM pgen.co co
CROSS JOIN LATERAL (VALUES (1, 'DMW Accreditation No.', CASE WHEN co.kind IN ('H', 'L') THEN 'ACC-' || upper(fixture_gen.chars('xacc', co.k, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')) || '-' || (2019 + co.k % 5) || '-' || pgen.d('xacc', co.k, 4) END),
  (2, 'Accreditation Expiry', CASE WHEN co.kind IN ('H', 'L') THEN to_char(date '2024-06-01' + fixture_gen.n('xacce', co.k, 900), 'DD-MM-YY') END)) f(o, name, v)
WHERE f.v IS NOT NULL ORDER BY co.k, f.o;
INSERT INTO extra_field (data_item_id, field_name, value, import_id, site_id, data_item_type)
SELECT contact_id, 'WhatsApp', CASE WHEN contact_id % 3 = 0 THEN phone_cell ELSE regexp_replace(phone_cell, '[^0-9+]', '', 'g') END, NULL, 1, 300
FROM contact WHERE phone_cell <> '' AND contact_id % 2 = 0 ORDER BY contact_id;
INSERT INTO extra_field (data_item_id, field_name, value, import_id, site_id, data_item_type)
SELECT j.joborder_id, f.name, f.v, NULL, 1, 400 FROM joborder j
CROSS JOIN LATERAL (VALUES (1, 'DMW Job Order No.', CASE WHEN j.company_id > 1 AND j.joborder_id % 3 <> 0 THEN 'JO-' || to_char(j.date_created, 'YYYY') || '-' || pgen.d('xjo', j.joborder_id, 5) END),
  (2, 'Interview Mode', CASE WHEN j.joborder_id % 4 <> 0 THEN (ARRAY['Face to face (Manila)', 'Face to face (Cebu)', 'Zoom', 'Teams', 'Phone'])[1 + j.joborder_id % 5] END)) f(o, name, v)
WHERE f.v IS NOT NULL ORDER BY j.joborder_id, f.o;

-- Tags.
CREATE TABLE tag (
    tag_id serial PRIMARY KEY,
    tag_parent_id integer,
    title varchar(255) NOT NULL DEFAULT '',
    description varchar(255),
    site_id integer NOT NULL DEFAULT 0
);
INSERT INTO tag (tag_id, tag_parent_id, title, description, site_id) VALUES
  (1, NULL, 'Destination', 'Where the candidate wants to go', 1), (2, 1, 'Canada', NULL, 1), (3, 1, 'Ireland', NULL, 1), (4, 1, 'KSA', NULL, 1), (5, 1, 'Qatar', NULL, 1), (6, 1, 'UAE', NULL, 1),
  (7, NULL, 'Specialty', 'Clinical area', 1), (8, 7, 'ICU / Critical care', NULL, 1), (9, 7, 'ER', NULL, 1), (10, 7, 'OR', NULL, 1), (11, 7, 'Med-Surg', NULL, 1), (12, 7, 'NICU / Peds', NULL, 1),
  (13, 7, 'Dialysis', NULL, 1), (14, 7, 'Elderly / LTC', NULL, 1), (15, 7, 'Child care', NULL, 1),
  (16, NULL, 'Documents', 'Document checklist', 1), (17, 16, 'Passport valid', NULL, 1), (18, 16, 'COE complete', NULL, 1), (19, 16, 'NBI clearance', NULL, 1), (20, 16, 'Medical fit', NULL, 1),
  (21, NULL, 'Batch', 'Deployment batch', 1), (22, 21, 'MB mission Feb 2023', NULL, 1), (23, 21, 'HMC batch 2022', NULL, 1), (24, 21, 'Mater intake 2024', NULL, 1);

CREATE TABLE candidate_tag (
    candidate_tag_id serial PRIMARY KEY,
    site_id integer,
    candidate_id integer,
    tag_id integer
);
INSERT INTO candidate_tag (site_id, candidate_id, tag_id)
SELECT 1, c.id, t.tag_id FROM pgen.cand c JOIN pgen.p p ON p.i = c.i
CROSS JOIN LATERAL (VALUES
  (CASE WHEN p.ac = 'ca' THEN 2 WHEN c.i % 11 < 4 THEN 2 WHEN c.i % 11 < 6 THEN 3 WHEN c.i % 11 < 8 THEN 4 WHEN c.i % 11 < 9 THEN 5 WHEN c.i % 11 < 10 THEN 6 END),
  (CASE c.spec WHEN 'ICU' THEN 8 WHEN 'Emergency' THEN 9 WHEN 'Operating Room' THEN 10 WHEN 'Medical-Surgical' THEN 11 WHEN 'NICU' THEN 12 WHEN 'Pediatrics' THEN 12 WHEN 'Dialysis' THEN 13
     WHEN 'Elderly care' THEN 14 WHEN 'Dementia care' THEN 14 WHEN 'Child care' THEN 15 END),
  (CASE WHEN c.i % 4 = 0 THEN 17 END), (CASE WHEN c.i % 6 = 1 THEN 18 END), (CASE WHEN c.i % 7 = 2 AND p.c = 'ph' THEN 19 END), (CASE WHEN c.i % 9 = 3 THEN 20 END),
  (CASE WHEN c.created BETWEEN '2022-10-01' AND '2023-02-28' AND c.i % 5 = 0 THEN 22 WHEN c.created BETWEEN '2021-10-01' AND '2022-06-30' AND c.i % 6 = 0 THEN 23 WHEN c.created > '2023-10-01' AND c.i % 7 = 0 THEN 24 END)) t(tag_id)
WHERE t.tag_id IS NOT NULL ORDER BY c.id, t.tag_id;

-- ---------------------------------------------------------------------------
-- Attachments: resumes (text extracted on upload), other documents, a few photos,
-- client agreements and job descriptions.
CREATE TABLE attachment (
    attachment_id serial PRIMARY KEY,
    data_item_id integer NOT NULL DEFAULT 0,
    data_item_type integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0,
    title varchar(128),
    original_filename varchar(255) NOT NULL DEFAULT '',
    stored_filename varchar(255) NOT NULL DEFAULT '',
    content_type varchar(255) NOT NULL DEFAULT '',
    resume integer NOT NULL DEFAULT 0,
    text text,
    date_created timestamp,
    date_modified timestamp,
    profile_image integer DEFAULT 0,
    directory_name varchar(64),
    md5_sum varchar(40) NOT NULL DEFAULT '',
    file_size_kb integer DEFAULT 0,
    md5_sum_text varchar(40) NOT NULL DEFAULT ''
);
CREATE INDEX attachment_data_item ON attachment (data_item_id, data_item_type);

CREATE FUNCTION pgen.resume_text(i int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT upper(p.first || CASE WHEN p.middle <> '' THEN ' ' || CASE WHEN p.c = 'ph' THEN left(p.middle, 1) || '.' ELSE p.middle END ELSE '' END || ' ' || p.last) || CASE WHEN c.prof = 'RN' THEN ', RN' ELSE '' END || E'\n'
    || p.street || ', ' || p.city || ', ' || p.state || CASE WHEN p.zip <> '' THEN ' ' || p.zip ELSE '' END || E'\n'
    || 'Mobile: ' || p.cell || '   Email: ' || p.email || E'\n\n'
    || CASE WHEN c.i % 5 = 4 THEN '' ELSE 'PERSONAL INFORMATION' || E'\n'
      || 'Date of Birth: ' || to_char(p.dob, 'FMMonth DD, YYYY') || E'\n'
      || 'Civil Status: ' || c.civil || E'\n'
      || 'Nationality: ' || CASE p.c WHEN 'ph' THEN 'Filipino' WHEN 'in' THEN 'Indian' WHEN 'ng' THEN 'Nigerian' ELSE 'Kenyan' END || E'\n'
      || 'Religion: ' || CASE p.c WHEN 'ph' THEN pgen.pk(ARRAY['Roman Catholic', 'Roman Catholic', 'Iglesia ni Cristo', 'Born Again Christian'], 'rrel', c.i)
           WHEN 'in' THEN CASE WHEN p.state = 'Punjab' OR p.last IN ('Kaur', 'Singh', 'Sandhu', 'Gill') THEN 'Sikh' WHEN p.last IN ('Nair', 'Menon', 'Pillai', 'Das', 'Reddy') THEN 'Hindu'
             ELSE pgen.pk(ARRAY['Christian (Syro-Malabar)', 'Christian (Orthodox)', 'Roman Catholic', 'Christian (Marthoma)'], 'rrel', c.i) END WHEN 'ng' THEN pgen.pk(ARRAY['Christian', 'Christian', 'Muslim'], 'rrel', c.i) ELSE 'Christian' END || E'\n'
      || CASE WHEN p.c = 'ph' THEN 'Height / Weight: ' || (150 + c.i % 18) || ' cm / ' || (48 + c.i % 25) || ' kg' || E'\n' ELSE '' END
      || CASE WHEN c.i % 3 = 0 THEN 'Passport No.: ' || c.passport || E'\n' ELSE '' END || E'\n' END
    || 'OBJECTIVE' || E'\n'
    || CASE WHEN c.prof = 'RN' THEN 'To obtain a position as a registered nurse in the ' || c.spec || ' unit of a progressive hospital abroad where I can apply my clinical skills and grow professionally.'
       ELSE 'To work as a caregiver for an employer who values compassion, patience and reliability.' END || E'\n\n'
    || 'WORK EXPERIENCE' || E'\n'
    || CASE WHEN c.employer <> '' THEN c.employer ELSE 'Private employer' END || E'\n'
    || CASE WHEN c.prof = 'RN' THEN 'Staff Nurse, ' || c.spec || ' Unit' ELSE 'Caregiver (' || c.spec || ')' END || ', ' || (2023 - c.yrs) || ' - Present' || E'\n'
    || CASE WHEN c.prof = 'RN' THEN '- Provides direct patient care for ' || (4 + c.i % 5) || ' to ' || (6 + c.i % 5) || ' patients per shift' || E'\n'
         || '- Administers medications, monitors vital signs and documents in the EMR' || E'\n'
         || '- Precepts new graduate nurses and student nurses' || E'\n'
       ELSE '- Assisted elderly employer with bathing, feeding, mobility and medications' || E'\n' || '- Prepared meals, kept the house clean, accompanied to check-ups' || E'\n' END
    || CASE WHEN c.yrs > 4 THEN E'\n' || CASE p.c WHEN 'ph' THEN pgen.pk(ARRAY['Jose Reyes Memorial Medical Center', 'Ospital ng Makati', 'Eastern Visayas Regional Medical Center', 'Bicol Medical Center'], 'rprev', c.i)
         WHEN 'in' THEN pgen.pk(ARRAY['Taluk Headquarters Hospital', 'Mission Hospital, Thiruvalla', 'District Hospital'], 'rprev', c.i) WHEN 'ng' THEN pgen.pk(ARRAY['General Hospital, Ikorodu', 'St. Nicholas Hospital'], 'rprev', c.i)
         ELSE pgen.pk(ARRAY['Thika Level 5 Hospital', 'Kiambu County Referral Hospital', 'Mater Misericordiae Hospital, Nairobi'], 'rprev', c.i) END
         || E'\n' || CASE WHEN c.prof = 'RN' THEN 'Staff Nurse, Medical Ward' ELSE 'Nursing Aide' END || ', ' || (2023 - c.yrs - 3) || ' - ' || (2023 - c.yrs) || E'\n' ELSE '' END || E'\n'
    || 'EDUCATION' || E'\n' || c.school || ', ' || c.grad || E'\n\n'
    || 'LICENSES AND CERTIFICATIONS' || E'\n'
    || CASE WHEN c.licence IS NOT NULL THEN c.lic_body || ' Licence No. ' || c.licence || E'\n' ELSE '' END
    || 'Basic Life Support (AHA), valid until ' || (2024 + c.i % 3) || E'\n'
    || CASE WHEN c.nclex = 'Passed' THEN 'NCLEX-RN: Passed' || E'\n' ELSE '' END
    || CASE WHEN c.ielts IS NOT NULL THEN CASE WHEN c.ielts = 'OET B' THEN 'OET: Grade B (Nursing)' ELSE 'IELTS ' || CASE WHEN c.prof = 'RN' THEN 'Academic' ELSE 'General' END || ': ' || c.ielts || ' overall' END || E'\n' ELSE '' END || E'\n'
    || 'CHARACTER REFERENCES' || E'\n'
    || (SELECT cu.f[1 + fixture_gen.n('rref', c.i, cardinality(cu.f))] || ' ' || cu.lasts[1 + fixture_gen.n('rrefl', c.i, cardinality(cu.lasts))] FROM pgen.cu cu WHERE cu.c = p.c)
    || ', ' || CASE WHEN c.prof = 'RN' THEN pgen.pk(ARRAY['Chief Nurse', 'Nurse Supervisor', 'Head Nurse'], 'rreft', c.i) ELSE 'Former employer' END || ', ' || CASE WHEN c.employer <> '' THEN c.employer ELSE 'private household' END
    || ', ' || pgen.phone(p.c, 'm', 'rrefp', c.i) || E'\n'
    || 'I hereby certify that the above information is true and correct to the best of my knowledge.' || E'\n\n'
    || upper(p.first || ' ' || p.last)
  FROM pgen.cand c JOIN pgen.p p ON p.i = c.i WHERE c.i = $1
$$;

CREATE TABLE pgen.att (k serial PRIMARY KEY, item int, type int, title text, fname text, ctype text, resume int, txt text, created timestamp, profile int);
INSERT INTO pgen.att (item, type, title, fname, ctype, resume, txt, created, profile)
SELECT x.item, x.type, x.fname, x.fname, x.ctype, x.resume, x.txt, x.created, x.profile FROM (
  SELECT c.id AS item, 100 AS type, f.fname, CASE split_part(f.fname, '.', 2) WHEN 'pdf' THEN 'application/pdf' WHEN 'docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
           WHEN 'doc' THEN 'application/msword' ELSE 'image/jpeg' END AS ctype,
         1 AS resume, pgen.resume_text(c.i) AS txt, c.created + make_interval(mins => 3 + fixture_gen.n('atc', c.i, 4000)) AS created, 0 AS profile, 1 AS o
  FROM pgen.cand c JOIN pgen.p p ON p.i = c.i
  CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('atf', c.i, 8)
    WHEN 0 THEN 'Resume_' || replace(p.first, ' ', '_') || '_' || replace(p.last, ' ', '_') || '.pdf'
    WHEN 1 THEN 'RESUME ' || upper(p.first || ' ' || p.last) || '.docx'
    WHEN 2 THEN 'CV-' || replace(p.last, ' ', '') || '-' || c.prof || '-' || to_char(c.created, 'YYYY') || '.pdf'
    WHEN 3 THEN 'resume.pdf'
    WHEN 4 THEN CASE WHEN p.c = 'ph' THEN 'Biodata ' || p.first || '.doc' ELSE 'CV.doc' END
    WHEN 5 THEN 'my updated cv.docx'
    WHEN 6 THEN p.first || ' ' || p.last || ' CV (' || c.spec || ').pdf'
    ELSE 'Curriculum Vitae - ' || p.last || '.pdf' END AS fname) f
  WHERE fixture_gen.n('atr', c.i, 100) < 91
  UNION ALL
  SELECT c.id, 100, f.fname, CASE WHEN f.fname LIKE '%.jpg' THEN 'image/jpeg' ELSE 'application/pdf' END, 0, NULL, c.created + make_interval(days => 2 + fixture_gen.n('atd2', c.i, 60)), 0, 2
  FROM pgen.cand c JOIN pgen.p p ON p.i = c.i
  CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('atf2', c.i, 5) WHEN 0 THEN 'passport bio page.jpg' WHEN 1 THEN 'PRC ID ' || p.last || '.jpg' WHEN 2 THEN 'COE_' || replace(p.last, ' ', '') || '.pdf'
    WHEN 3 THEN 'IELTS TRF.pdf' ELSE 'NBI Clearance ' || p.first || ' ' || p.last || '.pdf' END AS fname) f
  WHERE fixture_gen.n('atr2', c.i, 100) < 30
  UNION ALL
  SELECT c.id, 100, 'photo_' || c.id || '.jpg', 'image/jpeg', 0, NULL, c.created + make_interval(days => 1 + fixture_gen.n('atd3', c.i, 20)), 1, 3
  FROM pgen.cand c WHERE fixture_gen.n('atr3', c.i, 100) < 6
  UNION ALL
  SELECT co.k, 200, 'Service Agreement - ' || co.name || ' (signed).pdf', 'application/pdf', 0,
         'RECRUITMENT SERVICE AGREEMENT' || E'\n\n' || 'This Agreement is made between Lingkod Healthcare Staffing Inc., represented by its President, Evelyn Tan-Sison, and ' || co.name
         || ', represented by ' || (SELECT p.first || ' ' || p.last || ', ' || ct.title FROM pgen.ct ct JOIN pgen.p p ON p.i = ct.i WHERE ct.k = co.k ORDER BY ct.n LIMIT 1) || '.' || E'\n\n'
         || '1. Services. The Agency shall source, screen and present qualified candidates for the positions requested by the Employer.' || E'\n'
         || '2. Fees. No placement fee shall be charged to the worker. The Employer shall pay the fees in Schedule A.' || E'\n'
         || '3. Replacement. A free replacement shall be provided within 90 days of deployment.' || E'\n\n'
         || 'Signed: Evelyn Tan-Sison' || E'\n' || 'Signed: ' || (SELECT p.first || ' ' || p.last FROM pgen.ct ct JOIN pgen.p p ON p.i = ct.i WHERE ct.k = co.k ORDER BY ct.n LIMIT 1),
         co.created + interval '20 days', 0, 4
  FROM pgen.co co WHERE co.kind IN ('H', 'L', 'P') AND co.k % 3 <> 1
  UNION ALL
  SELECT j.joborder_id, 400, 'JD_' || replace(j.title, ' ', '_') || '.pdf', 'application/pdf', 0,
         upper(j.title) || E'\n' || 'Reports to: ' || CASE WHEN j.title LIKE '%Manager%' THEN 'Director of Nursing' ELSE 'Nurse Manager' END || E'\n\n'
         || 'Key responsibilities: assess, plan, implement and evaluate patient care; administer medications; maintain accurate records; participate in quality improvement.' || E'\n'
         || 'Requirements: current licence, BLS, minimum 2 years of experience.',
         j.date_created + interval '1 hour', 0, 5
  FROM joborder j WHERE j.joborder_id % 4 = 2
) x ORDER BY x.created, x.o, x.item;

INSERT INTO attachment
SELECT a.k, a.item, a.type, 1,
       CASE WHEN a.profile = 1 THEN 'Profile picture' ELSE a.title END,
       a.fname, regexp_replace(a.fname, '[^A-Za-z0-9_.-]', '_', 'g'), a.ctype, a.resume, a.txt, a.created, a.created, a.profile,
       md5('dir' || a.k), md5('file' || a.k),
       CASE WHEN a.ctype = 'image/jpeg' THEN 180 + fixture_gen.n('atsz', a.k, 2600) ELSE 25 + fixture_gen.n('atsz', a.k, 700) END,
       coalesce(md5(a.txt), '')
FROM pgen.att a ORDER BY a.k;

-- ---------------------------------------------------------------------------
-- The pipeline: candidates on job orders, the status history and activities.
CREATE TABLE pgen.pl (k serial PRIMARY KEY, cand int, i int, jo int, added timestamp, final int, by_user int);
INSERT INTO pgen.pl (cand, i, jo, added, final, by_user)
SELECT x.id, x.i, x.joborder_id, x.added,
       (ARRAY[100, 100, 200, 200, 200, 250, 300, 300, 300, 400, 400, 400, 400, 500, 500, 600, 650, 650, 700, 700, 800, 800])[1 + fixture_gen.n('plst', x.i * 1000 + x.joborder_id, 22)],
       x.recruiter
FROM (
  SELECT c.id, c.i, j.joborder_id, j.recruiter,
         (greatest(c.created, j.date_created) + make_interval(days => fixture_gen.n('pladd', c.i * 1000 + j.joborder_id, 25), mins => 30 + fixture_gen.n('pladm', c.i * 1000 + j.joborder_id, 600)))::timestamp(0) AS added,
         row_number() OVER (PARTITION BY c.i ORDER BY fixture_gen.n('plpick', c.i * 1000 + j.joborder_id, 100000), j.joborder_id) AS rn,
         (ARRAY[0, 1, 1, 1, 1, 2, 2, 2, 3, 4])[1 + fixture_gen.n('pln', c.i, 10)] AS want
  FROM pgen.cand c JOIN pgen.p p ON p.i = c.i
  JOIN joborder j ON j.company_id > 1 AND j.date_created BETWEEN c.created - interval '420 days' AND c.created + interval '240 days'
   AND (CASE WHEN j.title ~ '(Caregiver|Child Care|Support Worker|PSW|Aide|Assistant)' THEN 'CG' ELSE 'RN' END) = c.prof
   AND (p.ac <> 'ca' OR j.company_id BETWEEN 2 AND 19)
) x WHERE x.rn <= x.want AND x.added < '2024-11-29 12:00'
ORDER BY x.added, x.id, x.joborder_id;

CREATE TABLE candidate_joborder (
    candidate_joborder_id serial PRIMARY KEY,
    candidate_id integer NOT NULL DEFAULT 0,
    joborder_id integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0,
    status integer NOT NULL DEFAULT 0,
    date_submitted timestamp,
    date_created timestamp,
    date_modified timestamp,
    rating_value integer,
    added_by integer
);
CREATE INDEX candidate_joborder_candidate ON candidate_joborder (candidate_id);
CREATE INDEX candidate_joborder_joborder ON candidate_joborder (joborder_id);

-- Status steps: the path from No Contact to the final status, one step every few days.
CREATE TABLE pgen.st (pl int, step int, sfrom int, sto int, at timestamp, PRIMARY KEY (pl, step));
INSERT INTO pgen.st
SELECT pl.k, s.o, coalesce(lag(s.v) OVER (PARTITION BY pl.k ORDER BY s.o), 0), s.v,
       (pl.added + make_interval(days => ((s.o - 1) * (2 + fixture_gen.n('stgap', pl.k, 12)))::int, mins => ((s.o - 1) * fixture_gen.n('stmin', pl.k * 10 + s.o, 500))::int))::timestamp(0)
FROM pgen.pl pl CROSS JOIN LATERAL unnest(CASE pl.final
    WHEN 100 THEN ARRAY[100] WHEN 200 THEN ARRAY[100, 200] WHEN 250 THEN ARRAY[100, 200, 250] WHEN 300 THEN ARRAY[100, 200, 300]
    WHEN 400 THEN ARRAY[100, 200, 300, 400] WHEN 500 THEN ARRAY[100, 200, 300, 400, 500] WHEN 600 THEN ARRAY[100, 200, 300, 400, 500, 600]
    WHEN 650 THEN ARRAY[100, 200, 300, 650] WHEN 700 THEN ARRAY[100, 200, 300, 400, 700] ELSE ARRAY[100, 200, 300, 400, 500, 600, 800] END) WITH ORDINALITY s(v, o);
-- Pipelines still moving: the steps after the day of the dump have not happened yet.
DELETE FROM pgen.st WHERE at > '2024-11-29 18:00';
UPDATE pgen.pl pl SET final = (SELECT st.sto FROM pgen.st st WHERE st.pl = pl.k ORDER BY st.step DESC LIMIT 1);

INSERT INTO candidate_joborder
SELECT pl.k, pl.cand, pl.jo, 1, pl.final,
       (SELECT st.at FROM pgen.st st WHERE st.pl = pl.k AND st.sto = 400),
       pl.added, (SELECT max(st.at) FROM pgen.st st WHERE st.pl = pl.k),
       CASE WHEN pl.k % 4 = 0 THEN 0 ELSE (ARRAY[-1, 1, 2, 3, 3, 4, 4, 5])[1 + fixture_gen.n('plrate', pl.k, 8)] END,
       pl.by_user
FROM pgen.pl pl ORDER BY pl.k;

CREATE TABLE candidate_joborder_status_history (
    candidate_joborder_status_history_id serial PRIMARY KEY,
    candidate_id integer NOT NULL DEFAULT 0,
    joborder_id integer NOT NULL DEFAULT 0,
    date timestamp,
    status_from integer NOT NULL DEFAULT 0,
    status_to integer NOT NULL DEFAULT 0,
    site_id integer
);
INSERT INTO candidate_joborder_status_history (candidate_id, joborder_id, date, status_from, status_to, site_id)
SELECT pl.cand, pl.jo, st.at, st.sfrom, st.sto, 1 FROM pgen.st st JOIN pgen.pl pl ON pl.k = st.pl ORDER BY st.at, pl.k, st.step;

-- Activities. type: 100 call, 200 email, 300 meeting, 400 other, 500 call (talked), 600 call (left voicemail), 700 call (missed).
CREATE TABLE activity (
    activity_id serial PRIMARY KEY,
    data_item_id integer NOT NULL DEFAULT 0,
    data_item_type integer NOT NULL DEFAULT 0,
    joborder_id integer,
    site_id integer NOT NULL DEFAULT 0,
    entered_by integer NOT NULL DEFAULT 0,
    date_created timestamp,
    type integer NOT NULL DEFAULT 0,
    notes text,
    date_modified timestamp
);
CREATE INDEX activity_data_item ON activity (data_item_id, data_item_type);

-- typed: what a recruiter types into an activity, about a candidate.
CREATE FUNCTION pgen.typed(tag text, i bigint, ci int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 24)
    WHEN 0 THEN 'Sent profile to client.'
    WHEN 1 THEN 'Spoke with ' || p.first || ', confirmed interest. Available for Zoom interview on weekdays after 7pm.'
    WHEN 2 THEN 'Candidate asked about salary deductions, housing and when the family can follow.'
    WHEN 3 THEN 'Left voicemail.'
    WHEN 4 THEN 'Client interview went well, waiting for result.'
    WHEN 5 THEN 'Not reachable on ' || p.cell || ', sent email instead.'
    WHEN 6 THEN CASE WHEN p.g = 'F' THEN 'Her husband ' ELSE 'His wife ' END || pgen.cfirst(p.c, CASE WHEN p.g = 'F' THEN 'M' ELSE 'F' END, tag || 'sp', i) || ' answered, will ask ' || p.first || ' to call back.'
    WHEN 7 THEN 'Reminded to bring original TOR, diploma and NBI clearance on Monday.'
    WHEN 8 THEN 'Did not pass the clinical assessment. Can re-apply after 6 months.'
    WHEN 9 THEN 'Offer accepted. Start date to follow after visa.'
    WHEN 10 THEN 'Declined: family reasons (mother is sick).'
    WHEN 11 THEN 'Medical done at ' || pgen.pk(ARRAY['St. Luke''s Extension Clinic, Manila', 'Nationwide Health Systems, Cebu', 'DHA-approved clinic, Kochi', 'IOM Nairobi', 'Panel physician, Lagos'], tag || 'mc', i) || ', fit to work.'
    WHEN 12 THEN 'New number: ' || pgen.phone(p.c, 'm', tag || 'nn', i) || '. Old SIM lost.'
    WHEN 13 THEN 'Passport expires soon, told ' || p.first || ' to renew before we lodge the visa.'
    WHEN 14 THEN 'Email with the list of requirements.'
    WHEN 15 THEN 'Interview confirmed for ' || to_char(date '2023-01-02' + fixture_gen.n(tag || 'd', i, 600), 'FMMonth DD') || '.'
    ELSE '' END
  FROM pgen.p p WHERE p.i = ci
$$;

CREATE TABLE pgen.act (k serial PRIMARY KEY, item int, itype int, jo int, by_user int, at timestamp, type int, notes text);
INSERT INTO pgen.act (item, itype, jo, by_user, at, type, notes)
SELECT x.item, x.itype, x.jo, x.by_user, x.at, x.type, x.notes FROM (
  -- Status changes, as the pipeline writes them, with what the recruiter typed.
  SELECT 1 AS src, pl.k * 10 + st.step AS sk, pl.cand AS item, 100 AS itype, pl.jo, pl.by_user, st.at, CASE WHEN st.step = 1 THEN 400 ELSE (ARRAY[400, 400, 100, 500, 200])[1 + fixture_gen.n('acty', pl.k * 10 + st.step, 5)] END AS type,
         CASE WHEN st.step = 1 THEN 'Added candidate to pipeline.'
              ELSE 'Status change: ' || (SELECT short_description FROM candidate_joborder_status WHERE candidate_joborder_status_id = st.sto) || '.'
                   || coalesce(nullif('<br />' || pgen.typed('acst', pl.k * 10 + st.step, pl.i), '<br />'), '') END AS notes
  FROM pgen.st st JOIN pgen.pl pl ON pl.k = st.pl WHERE st.step = 1 OR fixture_gen.n('acsk', pl.k * 10 + st.step, 10) < 6
  UNION ALL
  -- Calls and e-mails outside the pipeline.
  SELECT 2, c.i * 10 + s, c.id, 100, NULL, c.owner, (c.created + make_interval(days => fixture_gen.n('acd', c.i * 10 + s, 300), mins => fixture_gen.n('acm', c.i * 10 + s, 900)))::timestamp(0),
         (ARRAY[100, 500, 600, 700, 200, 500, 300])[1 + fixture_gen.n('acty2', c.i * 10 + s, 7)],
         pgen.typed('acx', c.i * 10 + s, c.i)
  FROM pgen.cand c CROSS JOIN LATERAL generate_series(1, fixture_gen.n('acn', c.i, 3)) s
  UNION ALL
  -- Calls and meetings with client contacts.
  SELECT 3, ct.contact_id * 10 + s, ct.contact_id, 300, (SELECT min(j.joborder_id) FROM joborder j WHERE j.contact_id = ct.contact_id), ct.owner,
         (ct.date_created + make_interval(days => fixture_gen.n('acd3', ct.contact_id * 10 + s, 700), mins => fixture_gen.n('acm3', ct.contact_id * 10 + s, 900)))::timestamp(0),
         (ARRAY[100, 500, 200, 300, 600])[1 + fixture_gen.n('acty3', ct.contact_id * 10 + s, 5)],
         CASE fixture_gen.n('acn3', ct.contact_id * 10 + s, 8)
           WHEN 0 THEN 'Discussed the next batch, ' || (3 + s * 2) || ' nurses needed by Q' || (1 + s % 4) || '.'
           WHEN 1 THEN 'Sent 5 profiles for review.'
           WHEN 2 THEN ct.first_name || ' asked for updated COEs for Batch ' || s || '.'
           WHEN 3 THEN 'Zoom call with ' || ct.first_name || ' and the nurse managers. They want more ICU experience.'
           WHEN 4 THEN 'Invoice ' || to_char(ct.date_created, 'YY') || '-' || lpad(ct.contact_id::text, 4, '0') || ' follow-up. Paid.'
           WHEN 5 THEN 'Lunch meeting at ' || pgen.pk(ARRAY['the hotel', 'their office', 'Greenbelt', 'Yonge & Eglinton'], 'acpl', ct.contact_id) || '. Renewal of the agreement discussed.'
           WHEN 6 THEN 'Left voicemail on ' || ct.phone_work || '.'
           ELSE '' END
  FROM contact ct CROSS JOIN LATERAL generate_series(1, fixture_gen.n('acnc', ct.contact_id, 5)) s
) x WHERE x.at < '2024-11-29 18:00' ORDER BY x.at, x.src, x.sk;
INSERT INTO activity SELECT k, item, itype, jo, 1, by_user, at, type, notes, at FROM pgen.act ORDER BY k;
UPDATE activity SET date_modified = date_created + interval '17 minutes' WHERE activity_id % 19 = 0;

-- ---------------------------------------------------------------------------
-- The calendar: interviews scheduled from the pipeline, calls, briefings.
CREATE TABLE calendar_event (
    calendar_event_id serial PRIMARY KEY,
    type integer NOT NULL DEFAULT 0,
    date timestamp,
    title text NOT NULL DEFAULT '',
    all_day integer NOT NULL DEFAULT 0,
    data_item_id integer NOT NULL DEFAULT -1,
    data_item_type integer NOT NULL DEFAULT -1,
    entered_by integer NOT NULL DEFAULT 0,
    date_created timestamp,
    date_modified timestamp,
    site_id integer NOT NULL DEFAULT 0,
    joborder_id integer NOT NULL DEFAULT -1,
    description text,
    duration integer NOT NULL DEFAULT 60,
    reminder_enabled integer NOT NULL DEFAULT 0,
    reminder_email text,
    reminder_time integer DEFAULT 0,
    public integer NOT NULL DEFAULT 1
);
CREATE INDEX calendar_event_date ON calendar_event (date);
INSERT INTO calendar_event (type, date, title, all_day, data_item_id, data_item_type, entered_by, date_created, date_modified, site_id, joborder_id, description, duration, reminder_enabled, reminder_email, reminder_time, public)
SELECT x.type, x.date, x.title, x.all_day, x.item, x.itype, x.by_user, x.created, x.created, 1, x.jo, x.descr, x.dur,
       CASE WHEN x.rem THEN 1 ELSE 0 END, CASE WHEN x.rem THEN (SELECT email FROM "user" WHERE user_id = x.by_user) || CASE WHEN x.by_user IN (10, 11) AND x.item % 3 = 0 THEN ', ' || (SELECT email FROM "user" WHERE user_id = 12) ELSE '' END ELSE '' END,
       CASE WHEN x.rem THEN (ARRAY[15, 30, 60, 1440])[1 + x.item % 4] ELSE 0 END, x.pub
FROM (
  SELECT 400 AS type, (date_trunc('hour', st.at) + make_interval(days => 3 + fixture_gen.n('cevd', st.pl, 10), hours => 1 + fixture_gen.n('cevh', st.pl, 10)))::timestamp(0) AS date,
         'Interview (' || p.first || ' ' || p.last || ')' AS title, 0 AS all_day, pl.cand AS item, 100 AS itype, pl.by_user, st.at AS created, pl.jo,
         CASE fixture_gen.n('cevx', st.pl, 6) WHEN 0 THEN 'Zoom link sent to ' || p.email || '. Panel: ' || (SELECT ct.first_name || ' ' || ct.last_name FROM joborder j JOIN contact ct ON ct.contact_id = j.contact_id WHERE j.joborder_id = pl.jo) || ' + unit manager.'
           WHEN 1 THEN 'Candidate to use our Makati office interview room (laptop 2).' WHEN 2 THEN 'Teams. Remind ' || p.first || ' to wear white uniform and have the PRC ID ready.'
           WHEN 3 THEN 'Phone interview, client will call ' || p.cell || '.' ELSE '' END AS descr,
         (ARRAY[30, 45, 60, 60, 90])[1 + fixture_gen.n('cevdu', st.pl, 5)] AS dur, fixture_gen.n('cevr', st.pl, 3) > 0 AS rem, CASE WHEN st.pl % 5 = 0 THEN 0 ELSE 1 END AS pub
  FROM pgen.st st JOIN pgen.pl pl ON pl.k = st.pl JOIN pgen.p p ON p.i = pl.i WHERE st.sto = 500
  UNION ALL
  SELECT 100, (date_trunc('hour', c.created) + make_interval(days => 2 + fixture_gen.n('cecd', c.i, 20), hours => 2))::timestamp(0),
         'Call ' || p.first || ' re: ' || pgen.pk(ARRAY['NCLEX schedule', 'IELTS result', 'missing COE', 'passport renewal', 'medical result', 'visa appointment'], 'cect', c.i), 0, c.id, 100, c.owner, c.created, -1,
         CASE WHEN c.i % 4 = 0 THEN 'Mobile ' || p.cell || CASE WHEN p.home IS NOT NULL THEN ', landline ' || p.home ELSE '' END ELSE '' END, 15, c.i % 2 = 0, 1
  FROM pgen.cand c JOIN pgen.p p ON p.i = c.i WHERE c.i % 6 = 1
  UNION ALL
  SELECT (ARRAY[300, 300, 600, 500])[1 + s % 4], (timestamp '2019-04-05 09:00' + make_interval(days => s * 29 + fixture_gen.n('ceod', s, 20)))::timestamp(0),
         (ARRAY['PDOS briefing for deploying batch', 'Recruitment team meeting', 'Ops: DMW accreditation renewal', 'Dentist'])[1 + s % 4] || CASE WHEN s % 4 = 0 THEN ' (' || (8 + s % 20) || ' pax)' ELSE '' END,
         CASE WHEN s % 4 = 2 THEN 1 ELSE 0 END, -1, -1, (ARRAY[3, 2, 6, 4])[1 + s % 4], (timestamp '2019-04-01 09:00' + make_interval(days => s * 29))::timestamp(0), -1,
         CASE s % 4 WHEN 0 THEN 'Venue: Makati office, 12/F. Bring OEC print-outs.' WHEN 1 THEN 'Pipeline review. Each recruiter brings top 5.' WHEN 2 THEN '' ELSE 'Dr. Lim, 4pm' END,
         CASE WHEN s % 4 = 2 THEN 0 ELSE 60 END, s % 3 = 0, CASE WHEN s % 4 = 3 THEN 0 ELSE 1 END
  FROM generate_series(1, 70) s
) x ORDER BY x.created, x.date, x.item, x.type, x.title;

-- ---------------------------------------------------------------------------
-- History of changed values (every edit of a data item writes one row per field).
CREATE TABLE history (
    history_id serial PRIMARY KEY,
    data_item_type integer,
    data_item_id integer,
    the_field varchar(64),
    previous_value text,
    new_value text,
    description varchar(192),
    set_date timestamp,
    entered_by integer,
    site_id integer
);
CREATE INDEX history_data_item ON history (data_item_type, data_item_id);
INSERT INTO history (data_item_type, data_item_id, the_field, previous_value, new_value, description, set_date, entered_by, site_id)
SELECT x.t, x.id, x.f, x.pv, x.nv, x.d, x.at, x.by_user, 1 FROM (
  SELECT 100 AS t, c.candidate_id AS id, '!newEntry!' AS f, NULL AS pv, NULL AS nv, '(USER) created entry.' AS d, c.date_created AS at, c.entered_by AS by_user, 0 AS o FROM candidate c
  UNION ALL SELECT 200, company_id, '!newEntry!', NULL, NULL, '(USER) created entry.', date_created, entered_by, 0 FROM company
  UNION ALL SELECT 300, contact_id, '!newEntry!', NULL, NULL, '(USER) created entry.', date_created, entered_by, 0 FROM contact
  UNION ALL SELECT 400, joborder_id, '!newEntry!', NULL, NULL, '(USER) created entry.', date_created, entered_by, 0 FROM joborder
  UNION ALL
  -- Candidate edits: old and new values of the changed fields.
  SELECT 100, c.candidate_id, f.f, f.pv, f.nv, '(USER) changed field(s): ' || f.f || '.', pgen.at('hsat', c.candidate_id * 10 + f.o, c.date_created, c.date_modified), c.owner, f.o
  FROM candidate c JOIN pgen.p p ON p.i = c.candidate_id + 1000 JOIN pgen.cand k ON k.i = p.i
  CROSS JOIN LATERAL (VALUES
    (1, 'phone_cell', pgen.phone(p.ac, 'm', 'hsold', p.i), c.phone_cell, c.candidate_id % 4 = 0),
    (2, 'email1', lower(pgen.fold(split_part(p.first, ' ', 1)) || pgen.fold(p.last) || '@yahoo.com'), c.email1, c.candidate_id % 7 = 1),
    (3, 'address', pgen.street(p.c, 'hsoldst', p.i), c.address, c.candidate_id % 9 = 2),
    (4, 'city', split_part((SELECT fixture_gen.pick(cu.places, 'hsoldc', p.i) FROM pgen.cu cu WHERE cu.c = p.c), '|', 1), c.city, c.candidate_id % 9 = 2),
    (5, 'key_skills', split_part(c.key_skills, ', BLS', 1), c.key_skills, c.candidate_id % 5 = 3),
    (6, 'current_employer', '', c.current_employer, c.candidate_id % 8 = 4 AND c.current_employer <> ''),
    (7, 'last_name', p.middle, c.last_name, p.c = 'ph' AND p.g = 'F' AND c.candidate_id % 10 = 5),
    (8, 'owner', '15', c.owner::text, c.owner IN (4, 5) AND c.date_created < '2022-09-30' AND c.candidate_id % 2 = 0),
    (9, 'notes', '', c.notes, c.notes <> '' AND c.candidate_id % 3 = 0),
    (10, 'is_hot', '0', '1', c.is_hot = 1),
    (11, 'desired_pay', '', c.desired_pay, c.desired_pay <> '' AND c.candidate_id % 4 = 1),
    (12, 'date_available', to_char(c.date_created::date + 30, 'MM-DD-YY'), to_char(c.date_available, 'MM-DD-YY'), c.date_available IS NOT NULL AND c.candidate_id % 6 = 5)) f(o, f, pv, nv, keep)
  WHERE f.keep AND c.date_modified > c.date_created
  UNION ALL
  -- Job order edits.
  SELECT 400, j.joborder_id, f.f, f.pv, f.nv, '(USER) changed field(s): ' || f.f || '.', pgen.at('hjat', j.joborder_id * 10 + f.o, j.date_created, j.date_modified), j.owner, f.o
  FROM joborder j CROSS JOIN LATERAL (VALUES
    (1, 'status', CASE WHEN j.status = 'Active' THEN 'Upcoming' ELSE 'Active' END, j.status, j.status <> 'Upcoming'),
    (2, 'openings_available', j.openings::text, j.openings_available::text, j.openings_available <> j.openings),
    (3, 'salary', '', j.salary, j.joborder_id % 5 = 0),
    (4, 'notes', '', j.notes, j.notes <> '' AND j.joborder_id % 2 = 0)) f(o, f, pv, nv, keep)
  WHERE f.keep AND j.date_modified > j.date_created
  UNION ALL
  -- Contact edits.
  SELECT 300, ct.contact_id, f.f, f.pv, f.nv, '(USER) changed field(s): ' || f.f || '.', pgen.at('hcat', ct.contact_id * 10 + f.o, ct.date_created, ct.date_modified), ct.owner, f.o
  FROM contact ct JOIN pgen.p p ON p.i = ct.contact_id + 2000 CROSS JOIN LATERAL (VALUES
    (1, 'title', pgen.pk(ARRAY['Recruitment Coordinator', 'HR Generalist', 'Staff Nurse', 'Nurse Educator'], 'hctt', ct.contact_id), ct.title, ct.contact_id % 5 = 0),
    (2, 'phone_cell', pgen.phone(p.ac, 'm', 'hcold', p.i), ct.phone_cell, ct.phone_cell <> '' AND ct.contact_id % 3 = 0),
    (3, 'left_company', '0', '1', ct.left_company = 1),
    (4, 'email1', pgen.fold(ct.first_name) || pgen.fold(ct.last_name) || '@gmail.com', ct.email1, ct.contact_id % 7 = 2)) f(o, f, pv, nv, keep)
  WHERE f.keep AND ct.date_modified > ct.date_created
) x ORDER BY x.at, x.t, x.id, x.o;

-- ---------------------------------------------------------------------------
-- Sources, saved lists, recent searches and the MRU list.
CREATE TABLE candidate_source (
    source_id serial PRIMARY KEY,
    name varchar(64),
    site_id integer,
    date_created timestamp
);
INSERT INTO candidate_source (name, site_id, date_created)
SELECT src, 1, min(created) FROM pgen.cand GROUP BY src ORDER BY min(created), src;

CREATE TABLE saved_list (
    saved_list_id serial PRIMARY KEY,
    description varchar(255) NOT NULL DEFAULT '',
    data_item_type integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0,
    is_dynamic integer DEFAULT 0,
    datagrid_instance varchar(64) DEFAULT '',
    parameters text,
    date_created timestamp,
    date_modified timestamp,
    number_entries integer DEFAULT 0
);
INSERT INTO saved_list (description, data_item_type, site_id, is_dynamic, datagrid_instance, parameters, date_created, date_modified, number_entries) VALUES
  ('Hot ICU nurses', 100, 1, 0, '', '', '2019-08-20 10:14:00', NULL, 0),
  ('HMC interview batch Oct 2020', 100, 1, 0, '', '', '2020-09-28 15:02:41', NULL, 0),
  ('Ireland pipeline', 100, 1, 0, '', '', '2021-03-02 09:40:12', NULL, 0),
  ('MB mission Feb 2023', 100, 1, 0, '', '', '2022-12-05 11:11:05', NULL, 0),
  ('Caregivers - Toronto', 100, 1, 0, '', '', '2021-06-14 13:30:00', NULL, 0),
  ('Do not contact', 100, 1, 0, '', '', '2020-01-20 08:45:51', NULL, 0),
  ('Nigeria shortlist (Lagos partner)', 100, 1, 0, '', '', '2022-02-10 10:00:00', NULL, 0),
  ('Kenya shortlist (Nairobi partner)', 100, 1, 0, '', '', '2022-05-16 07:30:00', NULL, 0),
  ('Gulf clients', 200, 1, 0, '', '', '2019-10-15 14:20:00', NULL, 0),
  ('Canada LTC contacts - Xmas cards', 300, 1, 0, '', '', '2021-11-29 16:05:33', NULL, 0),
  ('Open Gulf job orders', 400, 1, 0, '', '', '2023-03-01 09:00:00', NULL, 0),
  ('Recently modified nurses', 100, 1, 1, 'candidates:candidatesListDatagrid',
   pgen.pa(ARRAY['rangeStart', pgen.pi(0), 'maxResults', pgen.pi(15), 'sortBy', pgen.ps('dateModifiedSort'), 'sortDirection', pgen.ps('DESC'),
     'filterVisible', pgen.pb(false), 'filter', pgen.ps('Key Skills=~ICU'), 'exportIDs', 'N;']), '2023-08-08 10:10:10', '2024-10-02 09:12:40', 0);

CREATE TABLE saved_list_entry (
    saved_list_entry_id serial PRIMARY KEY,
    saved_list_id integer NOT NULL,
    data_item_type integer NOT NULL DEFAULT 0,
    data_item_id integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0,
    date_created timestamp
);
INSERT INTO saved_list_entry (saved_list_id, data_item_type, data_item_id, site_id, date_created)
SELECT l.saved_list_id, l.data_item_type, x.id, 1, greatest(l.date_created, x.created) + make_interval(hours => 1 + x.id % 40)
FROM saved_list l CROSS JOIN LATERAL (
  SELECT c.id, c.created FROM pgen.cand c JOIN pgen.p p ON p.i = c.i WHERE l.data_item_type = 100 AND l.is_dynamic = 0 AND CASE l.saved_list_id
    WHEN 1 THEN c.spec = 'ICU' AND c.i % 2 = 0 WHEN 2 THEN c.prof = 'RN' AND c.created BETWEEN '2020-03-01' AND '2020-10-20' AND c.i % 3 = 1
    WHEN 3 THEN c.prof = 'RN' AND c.ielts IS NOT NULL AND c.i % 4 = 1 WHEN 4 THEN c.prof = 'RN' AND c.created BETWEEN '2022-06-01' AND '2023-02-15' AND c.i % 3 = 1
    WHEN 5 THEN p.ac = 'ca' WHEN 6 THEN c.i % 37 = 0 WHEN 7 THEN p.c = 'ng' AND c.i % 3 = 0 WHEN 8 THEN p.c = 'ke' AND c.i % 3 = 0 END
  UNION ALL SELECT co.k, co.created FROM pgen.co co WHERE l.saved_list_id = 9 AND co.cc = 'ar'
  UNION ALL SELECT ct.contact_id, ct.date_created FROM contact ct JOIN pgen.co co ON co.k = ct.company_id WHERE l.saved_list_id = 10 AND co.cc = 'ca' AND co.kind = 'L'
  UNION ALL SELECT j.joborder_id, j.date_created FROM joborder j JOIN pgen.co co ON co.k = j.company_id WHERE l.saved_list_id = 11 AND co.cc = 'ar' AND j.status IN ('Active', 'OnHold')
) x ORDER BY l.saved_list_id, x.id;
UPDATE saved_list l SET number_entries = (SELECT count(*) FROM saved_list_entry e WHERE e.saved_list_id = l.saved_list_id),
  date_modified = coalesce((SELECT max(e.date_created) FROM saved_list_entry e WHERE e.saved_list_id = l.saved_list_id), l.date_modified, l.date_created);

-- Recent searches, per user.
CREATE TABLE saved_search (
    search_id serial PRIMARY KEY,
    data_item_text text,
    url text,
    is_custom integer,
    data_item_type integer,
    user_id integer,
    site_id integer,
    date_created timestamp
);
INSERT INTO saved_search (data_item_text, url, is_custom, data_item_type, user_id, site_id, date_created)
SELECT x.q, 'index.php?m=' || CASE x.t WHEN 100 THEN 'candidates' WHEN 200 THEN 'companies' WHEN 300 THEN 'contacts' ELSE 'joborders' END
         || '&a=search&getback=getback&mode=' || CASE WHEN x.t = 100 AND x.kind = 'r' THEN 'searchByKeySkills' WHEN x.t = 100 AND x.kind = 'p' THEN 'phoneNumber' WHEN x.t = 100 THEN 'searchByFullName' WHEN x.t = 400 THEN 'searchByJobTitle' ELSE 'searchByName' END
         || '&wildCardString=' || replace(replace(x.q, ' ', '+'), '@', '%40'),
       0, x.t, x.u, 1, x.at
FROM (
  SELECT CASE WHEN s % 5 = 0 THEN 'r' WHEN s % 7 = 0 THEN 'p' ELSE 'n' END AS kind, 100 AS t,
         CASE WHEN s % 5 = 0 THEN pgen.pk(ARRAY['ICU', 'dialysis', 'NCLEX passed', 'NICU', 'OR Cebu', 'caregiver live-in', 'IELTS 7'], 'ssr', s)
              WHEN s % 7 = 0 THEN split_part(p.cell, ' ', 2)
              WHEN s % 3 = 0 THEN p.last ELSE p.first || ' ' || p.last END AS q,
         (ARRAY[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16])[1 + s % 13] AS u, pgen.at('ssat', s, greatest(c.created, '2023-06-01'), '2024-11-29') AS at
  FROM generate_series(1, 130) s JOIN pgen.cand c ON c.i = 1001 + fixture_gen.n('ssc', s, 420) JOIN pgen.p p ON p.i = c.i
  UNION ALL
  SELECT 'n', 200, (SELECT split_part(name, ' ', 1) FROM company WHERE company_id = 2 + s % 35), (ARRAY[2, 3, 10, 11])[1 + s % 4], pgen.at('ssat2', s, '2023-06-01', '2024-11-29')
  FROM generate_series(1, 14) s
) x ORDER BY x.at, x.t, x.u, x.q;

CREATE TABLE mru (
    mru_id serial PRIMARY KEY,
    user_id integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0,
    data_item_type integer NOT NULL DEFAULT 0,
    data_item_text varchar(64) NOT NULL DEFAULT '',
    url varchar(255) NOT NULL DEFAULT '',
    date_created timestamp
);
INSERT INTO mru (user_id, site_id, data_item_type, data_item_text, url, date_created)
SELECT x.u, 1, x.t, left(x.txt, 64), x.url, x.at FROM (
  SELECT u.user_id AS u, CASE WHEN s <= 6 THEN 100 WHEN s = 7 THEN 400 ELSE 200 END AS t,
         CASE WHEN s <= 6 THEN c.first_name || ' ' || c.last_name WHEN s = 7 THEN j.title || ' (' || co.name || ')' ELSE co.name END AS txt,
         CASE WHEN s <= 6 THEN 'index.php?m=candidates&a=show&candidateID=' || c.candidate_id WHEN s = 7 THEN 'index.php?m=joborders&a=show&jobOrderID=' || j.joborder_id
              ELSE 'index.php?m=companies&a=show&companyID=' || co.company_id END AS url,
         timestamp '2024-11-29 18:00' - make_interval(hours => s * (2 + u.user_id % 5) + fixture_gen.n('mruh', u.user_id * 10 + s, 6)) AS at
  FROM "user" u CROSS JOIN generate_series(1, 8) s
  JOIN candidate c ON c.candidate_id = (SELECT k.candidate_id FROM candidate k WHERE k.owner = u.user_id OR u.user_id IN (1, 2, 3) ORDER BY fixture_gen.n('mruc', u.user_id * 1000 + k.candidate_id, 100000), k.candidate_id LIMIT 1 OFFSET s)
  JOIN joborder j ON j.joborder_id = 1 + fixture_gen.n('mruj', u.user_id * 10 + s, 114)
  JOIN company co ON co.company_id = CASE WHEN s = 8 THEN 2 + fixture_gen.n('mruco', u.user_id, 35) ELSE j.company_id END
  WHERE u.site_id = 1 AND u.user_id NOT IN (15)
) x ORDER BY x.u, x.at, x.t, x.txt;

-- ---------------------------------------------------------------------------
-- E-mail: templates, the history of sent mail, and the queue that sends it.
CREATE TABLE email_template (
    email_template_id serial PRIMARY KEY,
    text text,
    allow_substitution integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0,
    tag varchar(255),
    title varchar(255),
    possible_variables text,
    disabled integer DEFAULT 0
);
INSERT INTO email_template (text, allow_substitution, site_id, tag, title, possible_variables, disabled) VALUES
  ('* Auto generated message. Please DO NOT reply *' || E'\n' || '%DATETIME%' || E'\n' || '----------------------------------------' || E'\n\n'
   || 'Dear %CANDFIRSTNAME%,' || E'\n\n' || 'This e-mail is a notification that your status for the position of %JBODTITLE% with %JBODCLIENT% has been changed from %CANDPREVSTATUS% to %CANDSTATUS%.' || E'\n\n'
   || 'Your recruiter, %CANDOWNER%, will contact you with the next steps.' || E'\n\n' || 'Lingkod Healthcare Staffing Inc. | DMW Licence No. DMW-096-LB-03162021-R' || E'\n' || 'We never charge placement fees to nurses and caregivers.',
   1, 1, 'EMAIL_TEMPLATE_STATUSCHANGE', 'Status Changed (Sent to Candidate)', '%CANDSTATUS%%CANDOWNER%%CANDFIRSTNAME%%CANDFULLNAME%%CANDPREVSTATUS%%JBODCLIENT%%JBODTITLE%%JBODOWNER%%JBODID%', 0),
  ('* Auto generated message. Please DO NOT reply *' || E'\n' || '%DATETIME%' || E'\n' || '----------------------------------------' || E'\n\n'
   || 'Dear %CANDOWNER%,' || E'\n\n' || 'This e-mail is a notification that a candidate has been assigned to you.' || E'\n\n' || 'Candidate Name: %CANDFULLNAME%' || E'\n' || 'Link: %CANDCATSURL%',
   1, 1, 'EMAIL_TEMPLATE_OWNERSHIPASSIGNCANDIDATE', 'Candidate Assigned (Sent to Assigned Recruiter)', '%CANDOWNER%%CANDFIRSTNAME%%CANDFULLNAME%%CANDCATSURL%', 0),
  ('* Auto generated message. Please DO NOT reply *' || E'\n' || '%DATETIME%' || E'\n' || '----------------------------------------' || E'\n\n'
   || 'Dear %CONTOWNER%,' || E'\n\n' || 'This e-mail is a notification that a contact has been assigned to you.' || E'\n\n' || 'Contact Name: %CONTFULLNAME%' || E'\n' || 'Company: %CONTCLIENTNAME%' || E'\n' || 'Link: %CONTCATSURL%',
   1, 1, 'EMAIL_TEMPLATE_OWNERSHIPASSIGNCONTACT', 'Contact Assigned (Sent to Assigned Recruiter)', '%CONTOWNER%%CONTFIRSTNAME%%CONTFULLNAME%%CONTCLIENTNAME%%CONTCATSURL%', 1),
  ('* Auto generated message. Please DO NOT reply *' || E'\n' || '%DATETIME%' || E'\n' || '----------------------------------------' || E'\n\n'
   || 'Dear %CLNTOWNER%,' || E'\n\n' || 'This e-mail is a notification that a company has been assigned to you.' || E'\n\n' || 'Company Name: %CLNTNAME%' || E'\n' || 'Link: %CLNTCATSURL%',
   1, 1, 'EMAIL_TEMPLATE_OWNERSHIPASSIGNCLIENT', 'Company Assigned (Sent to Assigned Recruiter)', '%CLNTOWNER%%CLNTNAME%%CLNTCATSURL%', 1),
  ('* Auto generated message. Please DO NOT reply *' || E'\n' || '%DATETIME%' || E'\n' || '----------------------------------------' || E'\n\n'
   || 'Dear %JBODOWNER%,' || E'\n\n' || 'This e-mail is a notification that a job order has been assigned to you.' || E'\n\n' || 'Job Order Title: %JBODTITLE%' || E'\n' || 'Company: %JBODCLIENT%' || E'\n' || 'Link: %JBODCATSURL%',
   1, 1, 'EMAIL_TEMPLATE_OWNERSHIPASSIGNJOBORDER', 'Job Order Assigned (Sent to Assigned Recruiter)', '%JBODOWNER%%JBODTITLE%%JBODCLIENT%%JBODCATSURL%', 0),
  ('Dear %CANDFIRSTNAME%,' || E'\n\n' || 'Thank you for applying for the position of %JBODTITLE% through our careers page. Our recruitment team will review your application and contact you within 5 working days.' || E'\n\n'
   || 'Please prepare: passport, nursing licence, certificates of employment, transcript of records and IELTS/OET results.' || E'\n\n' || 'Lingkod Healthcare Staffing Inc.',
   1, 1, 'EMAIL_TEMPLATE_CANDIDATEAPPLY', 'Candidate Application Received (Sent to Candidate using Careers Page)', '%CANDFIRSTNAME%%CANDFULLNAME%%JBODTITLE%%JBODCLIENT%', 0),
  ('%CANDFULLNAME% has applied for %JBODTITLE% (%JBODCLIENT%) through the careers page.' || E'\n\n' || 'Link: %CANDCATSURL%',
   1, 1, 'EMAIL_TEMPLATE_CANDIDATEPORTALNEW', 'Candidate Application Received (Sent to Owner of Job Order using Careers Page)', '%CANDFULLNAME%%JBODTITLE%%JBODCLIENT%%CANDCATSURL%', 0);

CREATE TABLE email_history (
    email_history_id serial PRIMARY KEY,
    from_address varchar(128),
    recipients text,
    text text,
    user_id integer,
    site_id integer,
    date timestamp
);
INSERT INTO email_history (from_address, recipients, text, user_id, site_id, date)
SELECT x.fa, x.rc, x.body, x.u, 1, x.at FROM (
  -- Status change notices to candidates, from the template.
  SELECT 'recruitment@lingkodhealth.com' AS fa, p.email AS rc,
         '* Auto generated message. Please DO NOT reply *' || E'\n' || to_char(st.at, 'DD-MM-YY (HH12:MI AM)') || E'\n' || '----------------------------------------' || E'\n\n'
         || 'Dear ' || p.first || ',' || E'\n\n' || 'This e-mail is a notification that your status for the position of ' || j.title || ' with ' || co.name || ' has been changed from '
         || (SELECT short_description FROM candidate_joborder_status WHERE candidate_joborder_status_id = st.sfrom) || ' to ' || (SELECT short_description FROM candidate_joborder_status WHERE candidate_joborder_status_id = st.sto) || '.' || E'\n\n'
         || 'Your recruiter, ' || u.first_name || ' ' || u.last_name || ', will contact you with the next steps.' || E'\n\n' || 'Lingkod Healthcare Staffing Inc. | DMW Licence No. DMW-096-LB-03162021-R' || E'\n'
         || 'We never charge placement fees to nurses and caregivers.' AS body,
         pl.by_user AS u, st.at + interval '2 seconds' AS at
  FROM pgen.st st JOIN pgen.pl pl ON pl.k = st.pl JOIN pgen.p p ON p.i = pl.i JOIN joborder j ON j.joborder_id = pl.jo JOIN company co ON co.company_id = j.company_id JOIN "user" u ON u.user_id = pl.by_user
  WHERE st.sto IN (200, 300, 400, 500, 600, 800) AND st.step > 1 AND fixture_gen.n('ehst', pl.k * 10 + st.step, 10) < 4
  UNION ALL
  -- Mails typed by recruiters from a candidate's record.
  SELECT u.email, p.email || CASE WHEN s % 5 = 0 AND p.email2 IS NOT NULL THEN ', ' || p.email2 ELSE '' END,
         CASE s % 6
           WHEN 0 THEN 'Hi ' || p.first || ',' || E'\n\n' || 'Please send the scanned copy of your passport (bio page), PRC ID and your latest COE so we can complete your profile for the client.' || E'\n\n' || 'Thanks,' || E'\n' || u.first_name
           WHEN 1 THEN 'Dear ' || p.first || ',' || E'\n\n' || 'Congratulations! The hospital has confirmed your offer. Please call me at ' || u.phone_cell || ' so we can discuss the visa process and your medical exam.' || E'\n\n' || 'Regards,' || E'\n' || u.first_name || ' ' || u.last_name
           WHEN 2 THEN 'Hello ' || p.first || ', your Zoom interview is on ' || to_char(c.created + interval '20 days', 'FMMonth DD') || ' at 8:00 PM Manila time. Link: https://us02web.zoom.us/j/8' || pgen.d('ehz', s, 9) || '. Please wear your uniform.'
           WHEN 3 THEN 'Hi ' || p.first || ',' || E'\n\n' || 'Reminder: your IELTS/OET result must be at least 7.0 for this employer. Let me know when you get your TRF.' || E'\n\n' || u.first_name
           WHEN 4 THEN 'Dear ' || p.first || ' ' || p.last || ',' || E'\n\n' || 'We received your application. Kindly confirm your current address and mobile number (we have ' || p.cell || ').' || E'\n\n' || 'Lingkod Healthcare Staffing'
           ELSE 'Hi ' || p.first || ', sorry to hear about your father. Take your time, we will keep your file active. ' || u.first_name END,
         u.user_id, (c.created + make_interval(days => 1 + fixture_gen.n('ehd', s, 120), mins => fixture_gen.n('ehm', s, 600)))::timestamp(0)
  FROM generate_series(1, 160) s JOIN pgen.cand c ON c.i = 1001 + fixture_gen.n('ehc', s, 420) JOIN pgen.p p ON p.i = c.i JOIN "user" u ON u.user_id = c.owner
  UNION ALL
  -- Ownership notices to recruiters.
  SELECT 'recruitment@lingkodhealth.com', u.email,
         '* Auto generated message. Please DO NOT reply *' || E'\n' || to_char(k.date_created, 'DD-MM-YY (HH12:MI AM)') || E'\n' || '----------------------------------------' || E'\n\n'
         || 'Dear ' || u.first_name || ' ' || u.last_name || ',' || E'\n\n' || 'This e-mail is a notification that a candidate has been assigned to you.' || E'\n\n'
         || 'Candidate Name: ' || k.first_name || ' ' || k.last_name || E'\n' || 'Link: https://ats.lingkodhealth.com/index.php?m=candidates&a=show&candidateID=' || k.candidate_id,
         k.entered_by, k.date_created + interval '1 second'
  FROM candidate k JOIN "user" u ON u.user_id = k.owner WHERE k.entered_by <> k.owner AND k.entered_by <> 1250
) x WHERE x.at < '2024-11-29 18:00' ORDER BY x.at, x.rc, x.body;

-- The queue: outgoing notices the careers page defers to the cron job.
CREATE TABLE queue (
    queue_id serial PRIMARY KEY,
    site_id integer NOT NULL,
    task varchar(125) NOT NULL,
    args text,
    priority integer NOT NULL DEFAULT 5,
    date_created timestamp NOT NULL,
    date_timeout timestamp NOT NULL,
    date_completed timestamp,
    locked integer NOT NULL DEFAULT 0,
    error integer DEFAULT 0,
    response varchar(255)
);
INSERT INTO queue (site_id, task, args, priority, date_created, date_timeout, date_completed, locked, error, response)
SELECT 1, 'CareersPageNotification',
       pgen.pa(ARRAY['candidateID', pgen.pi(c.candidate_id), 'jobOrderID', pgen.pi(pl.jo), 'email', pgen.ps(c.email1), 'name', pgen.ps(c.first_name || ' ' || c.last_name),
         'subject', pgen.ps('Application received: ' || j.title), 'ownerEmail', pgen.ps(u.email)]),
       5, pl.added, pl.added + interval '5 minutes',
       CASE WHEN pl.k % 17 = 0 THEN NULL ELSE pl.added + make_interval(secs => 60 + fixture_gen.n('qdc', pl.k, 240)) END,
       CASE WHEN pl.k % 17 = 0 AND pl.added > '2024-11-28' THEN 1 ELSE 0 END,
       CASE WHEN pl.k % 11 = 0 THEN 1 ELSE 0 END,
       CASE WHEN pl.k % 17 = 0 THEN NULL WHEN pl.k % 11 = 0 THEN 'SMTP Error: The following recipients failed: ' || c.email1 ELSE 'OK' END
FROM pgen.pl pl JOIN candidate c ON c.candidate_id = pl.cand JOIN joborder j ON j.joborder_id = pl.jo JOIN "user" u ON u.user_id = j.owner
WHERE c.source = 'Careers page' ORDER BY pl.added, pl.k;
INSERT INTO queue (site_id, task, args, priority, date_created, date_timeout, date_completed, locked, error, response)
SELECT 1, 'XmlFeedSubmit', pgen.pa(ARRAY['feedID', pgen.pi(1 + s % 2)]), 1, timestamp '2024-09-01 02:00' + make_interval(days => s * 7), timestamp '2024-09-01 02:30' + make_interval(days => s * 7),
       timestamp '2024-09-01 02:00:41' + make_interval(days => s * 7), 0, 0, 'OK'
FROM generate_series(0, 12) s;

-- Settings (settings_type: 1 mailer, 2 EEO, 3 careers page, 4 administration).
CREATE TABLE settings (
    settings_id serial PRIMARY KEY,
    setting varchar(255) NOT NULL DEFAULT '',
    value varchar(255),
    site_id integer NOT NULL DEFAULT 0,
    settings_type integer DEFAULT 0
);
INSERT INTO settings (setting, value, site_id, settings_type) VALUES
  ('configured', '1', 1, 1), ('fromAddress', 'recruitment@lingkodhealth.com', 1, 1), ('enabled', '1', 1, 1), ('statusChangeEmail', '1', 1, 1),
  ('enabled', '1', 1, 2), ('genderTracking', '1', 1, 2), ('ethnicTracking', '1', 1, 2), ('veteranTracking', '0', 1, 2), ('disabilityTracking', '1', 1, 2), ('canSeeEEOInfo', '0', 1, 2),
  ('enabled', '1', 1, 3), ('allowBrowse', '1', 1, 3), ('candidateRegistration', '1', 1, 3), ('notifyNewApplicant', '1', 1, 3),
  ('defaultTimeZone', '8', 1, 4), ('dateFormatDDMMYY', '1', 1, 4), ('isHrMode', '0', 1, 4), ('firstTimeSetup', '1', 1, 4), ('mailNotifyAddress', 'ops@lingkodhealth.com', 1, 4);

-- ---------------------------------------------------------------------------
-- The careers portal: settings, templates, questionnaires and what applicants answered.
CREATE TABLE career_portal_settings (
    career_portal_settings_id serial PRIMARY KEY,
    setting varchar(128) NOT NULL DEFAULT '',
    value text,
    site_id integer NOT NULL DEFAULT 0
);
INSERT INTO career_portal_settings (setting, value, site_id) VALUES
  ('enabled', '1', 1), ('allowBrowse', '1', 1), ('candidateRegistration', '1', 1), ('showDepartment', '0', 1), ('showCompany', '1', 1), ('activeBoard', 'Lingkod Blue', 1),
  ('allowXMLSubmit', '1', 1), ('useCATSTemplate', '', 1), ('questionnaires', '1', 1), ('pageTitle', 'Careers - Lingkod Healthcare Staffing', 1), ('showLogo', '1', 1);

CREATE TABLE career_portal_template (
    career_portal_template_id serial PRIMARY KEY,
    career_portal_name varchar(255),
    setting varchar(128) NOT NULL DEFAULT '',
    value text
);
INSERT INTO career_portal_template (career_portal_name, setting, value)
SELECT t.name, s.setting, CASE s.setting
    WHEN 'Header' THEN '<div id="header"><h1><siteName></h1></div>'
    WHEN 'Footer' THEN '<div id="footer">Powered by <a href="http://www.opencats.org">OpenCATS</a></div>'
    WHEN 'Left' THEN '<div id="left"><a-LinkToJobs>Current openings</a><br /><a-LinkToRegister>Register</a></div>'
    WHEN 'Content - Main' THEN '<p>Welcome to our careers page. <numberOfOpenPositions> open positions.</p><a-LinkToJobs>View all jobs</a>'
    WHEN 'Content - Search Results' THEN '<h2>Current openings</h2><searchResultsTable>'
    WHEN 'Content - Job Details' THEN '<h2><title></h2><p><location> | <type></p><description><a-applyToJob>Apply to this position</a>'
    WHEN 'Content - Apply for Position' THEN '<h2>Apply: <title></h2><input-firstName><input-lastName><input-email><input-phone><input-resumeUpload><submit>'
    WHEN 'Content - Questionnaire' THEN '<h2><questionnaireTitle></h2><questionnaire><submit>'
    WHEN 'Content - Thanks for your Submission' THEN '<p>Thank you for your application. We will contact you soon.</p>'
    ELSE CASE WHEN t.name = 'Blank Page' THEN 'body { font-family: Arial, sans-serif; }' ELSE 'body { font-family: Verdana; background: #eef; } #header { background: #036; color: #fff; }' END END
FROM (VALUES (1, 'Blank Page'), (2, 'CATS Standard')) t(o, name)
CROSS JOIN (VALUES (1, 'Header'), (2, 'Footer'), (3, 'Left'), (4, 'Content - Main'), (5, 'Content - Search Results'), (6, 'Content - Job Details'), (7, 'Content - Apply for Position'),
  (8, 'Content - Questionnaire'), (9, 'Content - Thanks for your Submission'), (10, 'CSS')) s(o, setting)
ORDER BY t.o, s.o;

CREATE TABLE career_portal_template_site (
    career_portal_template_id serial PRIMARY KEY,
    career_portal_name varchar(255),
    site_id integer NOT NULL DEFAULT 0,
    setting varchar(128) NOT NULL DEFAULT '',
    value text
);
INSERT INTO career_portal_template_site (career_portal_name, site_id, setting, value)
SELECT 'Lingkod Blue', 1, t.setting, CASE t.setting
    WHEN 'Header' THEN '<div id="header"><img src="https://www.lingkodhealth.com/img/logo.png" alt="Lingkod Healthcare Staffing" /><span>Serving Filipino, Indian, Nigerian and Kenyan nurses since 2019</span></div>'
    WHEN 'Footer' THEN '<div id="footer">Lingkod Healthcare Staffing Inc. &middot; DMW Licence No. DMW-096-LB-03162021-R &middot; 12/F Pacific Star Building, Sen. Gil Puyat Ave., Makati &middot; (02) 8843 5100'
      || ' &middot; Unit 804, eBloc Tower 2, Cebu IT Park &middot; (032) 412 3300 &middot; 2200 Yonge St, Suite 1510, Toronto &middot; 416-483-7700<br />We do not charge placement fees. Report illegal recruiters to the DMW.</div>'
    WHEN 'CSS' THEN 'body { font-family: "Open Sans", Arial, sans-serif; background: #f4f8fb; } #header { background: #0b4f8a; color: #fff; padding: 12px; } a { color: #0b4f8a; }'
    ELSE c.value END
FROM career_portal_template c JOIN (VALUES ('Header'), ('Footer'), ('CSS'), ('Content - Main'), ('Content - Job Details'), ('Content - Apply for Position'), ('Content - Thanks for your Submission')) t(setting)
  ON t.setting = c.setting AND c.career_portal_name = 'CATS Standard'
ORDER BY c.career_portal_template_id;

CREATE TABLE career_portal_questionnaire (
    career_portal_questionnaire_id serial PRIMARY KEY,
    title varchar(255) NOT NULL DEFAULT '',
    site_id integer NOT NULL DEFAULT 0,
    description varchar(255) NOT NULL DEFAULT '',
    is_active integer NOT NULL DEFAULT 1
);
INSERT INTO career_portal_questionnaire (title, site_id, description, is_active) VALUES
  ('Nurses - initial screening', 1, 'Questions for registered nurses applying through the careers page', 1),
  ('Caregivers - initial screening', 1, 'Questions for caregivers, PSWs and health care aides', 1);

-- type: 1 text, 2 select, 3 checkboxes, 4 radio.
CREATE TABLE career_portal_questionnaire_question (
    career_portal_questionnaire_question_id serial PRIMARY KEY,
    career_portal_questionnaire_id integer NOT NULL,
    text varchar(255) NOT NULL DEFAULT '',
    minimum_length integer,
    maximum_length integer,
    required_answer integer NOT NULL DEFAULT 0,
    position integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0,
    type integer NOT NULL DEFAULT 1
);
INSERT INTO career_portal_questionnaire_question (career_portal_questionnaire_id, text, minimum_length, maximum_length, required_answer, position, site_id, type) VALUES
  (1, 'How many years of hospital experience do you have?', NULL, NULL, 1, 1, 1, 2),
  (1, 'Do you have a valid passport?', NULL, NULL, 1, 2, 1, 4),
  (1, 'Have you taken the NCLEX-RN?', NULL, NULL, 1, 3, 1, 2),
  (1, 'What is your IELTS or OET score (if any)?', 0, 50, 0, 4, 1, 1),
  (1, 'Which countries are you interested in?', NULL, NULL, 1, 5, 1, 3),
  (1, 'Tell us briefly about your current unit and why you want to work abroad.', 20, 500, 1, 6, 1, 1),
  (2, 'Do you have a TESDA NC II in Caregiving or an equivalent certificate?', NULL, NULL, 1, 1, 1, 4),
  (2, 'Have you worked abroad as a caregiver or domestic helper before? Where and for how long?', 0, 500, 0, 2, 1, 1),
  (2, 'Are you willing to live in with the employer''s family?', NULL, NULL, 1, 3, 1, 4),
  (2, 'Years of caregiving experience', NULL, NULL, 1, 4, 1, 2);

CREATE TABLE career_portal_questionnaire_answer (
    career_portal_questionnaire_answer_id serial PRIMARY KEY,
    career_portal_questionnaire_question_id integer NOT NULL,
    career_portal_questionnaire_id integer NOT NULL,
    text varchar(255) NOT NULL DEFAULT '',
    action_source varchar(128),
    action_notes text,
    action_is_hot integer DEFAULT 0,
    action_is_active integer DEFAULT 1,
    action_can_relocate integer DEFAULT 0,
    action_key_skills varchar(255),
    position integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0
);
INSERT INTO career_portal_questionnaire_answer (career_portal_questionnaire_question_id, career_portal_questionnaire_id, text, action_source, action_notes, action_is_hot, action_is_active, action_can_relocate, action_key_skills, position, site_id) VALUES
  (1, 1, 'Less than 1 year', NULL, 'Less than 1 yr experience (careers questionnaire)', 0, 1, 0, NULL, 1, 1),
  (1, 1, '1-2 years', NULL, NULL, 0, 1, 0, NULL, 2, 1),
  (1, 1, '3-5 years', NULL, NULL, 0, 1, 0, NULL, 3, 1),
  (1, 1, 'More than 5 years', NULL, NULL, 1, 1, 0, '5+ yrs', 4, 1),
  (2, 1, 'Yes', NULL, NULL, 0, 1, 1, NULL, 1, 1),
  (2, 1, 'No', NULL, 'No passport yet (careers questionnaire)', 0, 1, 0, NULL, 2, 1),
  (3, 1, 'No', NULL, NULL, 0, 1, 0, NULL, 1, 1),
  (3, 1, 'Yes - passed', NULL, 'NCLEX passed (careers questionnaire)', 1, 1, 0, 'NCLEX passed', 2, 1),
  (3, 1, 'Yes - not passed', NULL, NULL, 0, 1, 0, NULL, 3, 1),
  (3, 1, 'Scheduled', NULL, NULL, 0, 1, 0, NULL, 4, 1),
  (5, 1, 'Canada', NULL, NULL, 0, 1, 1, NULL, 1, 1),
  (5, 1, 'Ireland', NULL, NULL, 0, 1, 1, NULL, 2, 1),
  (5, 1, 'Saudi Arabia', NULL, NULL, 0, 1, 1, NULL, 3, 1),
  (5, 1, 'Qatar', NULL, NULL, 0, 1, 1, NULL, 4, 1),
  (5, 1, 'UAE', NULL, NULL, 0, 1, 1, NULL, 5, 1),
  (7, 2, 'Yes', NULL, NULL, 0, 1, 0, 'NC II', 1, 1),
  (7, 2, 'No', NULL, NULL, 0, 1, 0, NULL, 2, 1),
  (9, 2, 'Yes', NULL, NULL, 0, 1, 1, 'live-in', 1, 1),
  (9, 2, 'No', NULL, 'Live-out only (careers questionnaire)', 0, 1, 0, NULL, 2, 1),
  (10, 2, 'Less than 2 years', NULL, NULL, 0, 1, 0, NULL, 1, 1),
  (10, 2, '2-5 years', NULL, NULL, 0, 1, 0, NULL, 2, 1),
  (10, 2, 'More than 5 years', NULL, NULL, 1, 1, 0, NULL, 3, 1);

CREATE TABLE career_portal_questionnaire_history (
    career_portal_questionnaire_history_id serial PRIMARY KEY,
    site_id integer NOT NULL DEFAULT 0,
    candidate_id integer NOT NULL DEFAULT 0,
    question varchar(255) NOT NULL DEFAULT '',
    answer varchar(255) NOT NULL DEFAULT '',
    questionnaire_title varchar(255) NOT NULL DEFAULT '',
    questionnaire_description varchar(255) NOT NULL DEFAULT '',
    date timestamp
);
INSERT INTO career_portal_questionnaire_history (site_id, candidate_id, question, answer, questionnaire_title, questionnaire_description, date)
SELECT 1, c.id, q.text,
       left(CASE q.career_portal_questionnaire_question_id
         WHEN 1 THEN (ARRAY['Less than 1 year', '1-2 years', '3-5 years', 'More than 5 years'])[CASE WHEN c.yrs < 1 THEN 1 WHEN c.yrs <= 2 THEN 2 WHEN c.yrs <= 5 THEN 3 ELSE 4 END]
         WHEN 2 THEN CASE WHEN c.i % 6 = 0 THEN 'No' ELSE 'Yes' END
         WHEN 3 THEN CASE c.nclex WHEN 'Passed' THEN 'Yes - passed' WHEN 'Failed' THEN 'Yes - not passed' WHEN 'Scheduled' THEN 'Scheduled' ELSE 'No' END
         WHEN 4 THEN coalesce(CASE WHEN c.ielts = 'OET B' THEN 'OET B' WHEN c.ielts IS NOT NULL THEN 'IELTS ' || c.ielts || CASE WHEN c.i % 2 = 0 THEN ' (' || (ARRAY['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])[1 + c.i % 5] || ' ' || (2020 + c.i % 4) || ')' ELSE '' END END, 'none yet')
         WHEN 5 THEN CASE WHEN c.i % 3 = 0 THEN 'Canada, Ireland' WHEN c.i % 3 = 1 THEN 'Saudi Arabia, Qatar, UAE' ELSE 'Canada' END
         WHEN 6 THEN CASE fixture_gen.n('cqh6', c.i, 6)
           WHEN 0 THEN 'I work in the ' || c.spec || ' of ' || c.employer || ' for ' || c.yrs || ' years. I want to work abroad to support my parents and my ' || CASE WHEN c.i % 2 = 0 THEN 'son' ELSE 'two daughters' END || '.'
           WHEN 1 THEN 'Currently ' || c.spec || ' staff nurse. ' || CASE WHEN p.g = 'F' THEN 'My husband ' ELSE 'My wife ' END || pgen.cfirst(p.c, CASE WHEN p.g = 'F' THEN 'M' ELSE 'F' END, 'cqhsp', c.i) || ' already works in ' || (ARRAY['Toronto', 'Dublin', 'Riyadh'])[1 + c.i % 3] || ' and we want to be together.'
           WHEN 2 THEN 'I am the breadwinner of the family. My father had a stroke last year and we need to pay for his therapy.'
           WHEN 3 THEN c.spec || ' unit, ' || c.yrs || ' yrs. For career growth and better pay.'
           WHEN 4 THEN 'I handle ' || (4 + c.i % 4) || ' patients per shift in ' || c.spec || '. I want to gain international experience.'
           ELSE 'Career growth.' END
         WHEN 7 THEN CASE WHEN c.i % 3 = 0 THEN 'No' ELSE 'Yes' END
         WHEN 8 THEN CASE fixture_gen.n('cqh8', c.i, 5)
           WHEN 0 THEN 'Yes, ' || (2 + c.i % 7) || ' years in Hong Kong (employer Mrs. ' || pgen.pk(ARRAY['Wong', 'Chan', 'Leung', 'Lau'], 'cqhhk', c.i) || ', Tai Po), took care of her mother with dementia.'
           WHEN 1 THEN 'Yes, Singapore 4 years, then Taiwan (Taichung) 3 years in a nursing home.'
           WHEN 2 THEN 'Yes in Kuwait 2 years as domestic helper. My employer did not pay my last 3 months salary.'
           WHEN 3 THEN 'No, only here in ' || p.city || '.'
           ELSE 'Yes, Israel (Tel Aviv) 5 years caring for an elderly man with Parkinson''s.' END
         WHEN 9 THEN CASE WHEN c.i % 5 = 0 THEN 'No' ELSE 'Yes' END
         ELSE (ARRAY['Less than 2 years', '2-5 years', 'More than 5 years'])[CASE WHEN c.yrs < 2 THEN 1 WHEN c.yrs <= 5 THEN 2 ELSE 3 END] END, 255),
       cq.title, cq.description, c.created + interval '4 minutes'
FROM pgen.cand c JOIN pgen.p p ON p.i = c.i
JOIN career_portal_questionnaire cq ON cq.career_portal_questionnaire_id = CASE WHEN c.prof = 'RN' THEN 1 ELSE 2 END
JOIN career_portal_questionnaire_question q ON q.career_portal_questionnaire_id = cq.career_portal_questionnaire_id
WHERE c.src = 'Careers page' AND c.created > '2020-09-01'
ORDER BY c.created, c.id, q.position;

-- ---------------------------------------------------------------------------
-- Logs: user logins and the careers page / XML feed HTTP log.
CREATE FUNCTION pgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT pgen.pk(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' || (96 + i % 35) || '.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' || (96 + i % 35) || '.0.0.0 Safari/537.36 Edg/' || (96 + i % 35) || '.0.' || (1000 + i % 900) || '.' || (40 + i % 60),
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:' || (95 + i % 37) || '.0) Gecko/20100101 Firefox/' || (95 + i % 37) || '.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/' || (15 + i % 3) || '.' || (i % 6) || ' Safari/605.1.15',
    'Mozilla/5.0 (Linux; Android ' || (10 + i % 5) || '; ' || pgen.pk(ARRAY['SM-A125F', 'Redmi Note 10', 'CPH2219', 'vivo 1904', 'TECNO KF6i', 'Infinix X6816'], tag || 'm', i) || ') AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' || (100 + i % 30) || '.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS ' || (15 + i % 3) || '_' || (i % 6) || ' like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/' || (15 + i % 3) || '.0 Mobile/15E148 Safari/604.1'], tag, i)
$$;
-- ip: an address of an ISP of the place (office static addresses for the offices).
CREATE FUNCTION pgen.ip(place text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE place
    WHEN 'Makati' THEN '112.199.45.' || (18 + i % 2) WHEN 'Cebu' THEN '122.3.150.77' WHEN 'Toronto' THEN '99.229.14.203'
    WHEN 'ph' THEN pgen.pk(ARRAY['49.145.', '136.158.', '175.176.', '112.198.', '110.54.'], tag, i) || fixture_gen.n(tag || 'c', i, 256) || '.' || (1 + fixture_gen.n(tag || 'd', i, 254))
    WHEN 'ca' THEN pgen.pk(ARRAY['70.52.', '99.229.', '174.91.', '142.114.'], tag, i) || fixture_gen.n(tag || 'c', i, 256) || '.' || (1 + fixture_gen.n(tag || 'd', i, 254))
    WHEN 'in' THEN pgen.pk(ARRAY['117.196.', '49.37.', '106.208.'], tag, i) || fixture_gen.n(tag || 'c', i, 256) || '.' || (1 + fixture_gen.n(tag || 'd', i, 254))
    WHEN 'ng' THEN pgen.pk(ARRAY['102.89.', '105.112.', '197.210.'], tag, i) || fixture_gen.n(tag || 'c', i, 256) || '.' || (1 + fixture_gen.n(tag || 'd', i, 254))
    WHEN 'ke' THEN pgen.pk(ARRAY['105.160.', '41.90.', '197.248.'], tag, i) || fixture_gen.n(tag || 'c', i, 256) || '.' || (1 + fixture_gen.n(tag || 'd', i, 254))
    ELSE pgen.pk(ARRAY['31.166.', '37.208.', '94.200.'], tag, i) || fixture_gen.n(tag || 'c', i, 256) || '.' || (1 + fixture_gen.n(tag || 'd', i, 254)) END
$$;

CREATE TABLE user_login (
    user_login_id serial PRIMARY KEY,
    user_id integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0,
    ip varchar(128) NOT NULL DEFAULT '',
    user_agent varchar(255),
    date timestamp,
    successful integer NOT NULL DEFAULT 0,
    host varchar(255),
    date_refreshed timestamp
);
CREATE INDEX user_login_user_date ON user_login (user_id, date);
INSERT INTO user_login (user_id, site_id, ip, user_agent, date, successful, host, date_refreshed)
SELECT x.u, 1, x.ip, x.ua, x.at, x.ok,
       CASE WHEN x.ip LIKE '112.199.45.%' THEN 'static-' || replace(x.ip, '.', '-') || '.pldt.net' WHEN x.ip = '122.3.150.77' THEN '122.3.150.77.pldt.net'
            WHEN x.ip LIKE '99.229.%' THEN 'CPE' || substr(md5(x.ip), 1, 12) || '-CM' || substr(md5(x.ip), 13, 12) || '.cpe.net.cable.rogers.com'
            WHEN x.ip LIKE '70.52.%' OR x.ip LIKE '174.91.%' OR x.ip LIKE '142.114.%' THEN 'bras-base-toroon' || (2000 + fixture_gen.n('ulh', x.k, 7000)) || 'w-grc-' || (10 + x.k % 40) || '-' || replace(x.ip, '.', '-') || '.dsl.bell.ca'
            ELSE x.ip END,
       CASE WHEN x.ok = 1 THEN x.at + make_interval(mins => 5 + fixture_gen.n('ulr', x.k, 540)) END
FROM (
  SELECT row_number() OVER (ORDER BY s.i, t.n) AS k, s.i AS u, t.at,
         CASE WHEN fixture_gen.n('ulhome', s.i * 10000 + t.n, 100) < 70 THEN pgen.ip(s.office, 'ulip', s.i * 10000 + t.n)
              ELSE pgen.ip(CASE s.office WHEN 'Toronto' THEN 'ca' WHEN 'Lagos' THEN 'ng' WHEN 'Nairobi' THEN 'ke' ELSE 'ph' END, 'ulip', s.i * 10000 + t.n) END AS ip,
         pgen.ua('ulua', s.i * 7 + t.n / 60) AS ua,
         CASE WHEN fixture_gen.n('ulok', s.i * 10000 + t.n, 100) < 4 THEN 0 ELSE 1 END AS ok
  FROM pgen.staff s
  CROSS JOIN LATERAL (SELECT n, pgen.at('ulat', s.i * 10000 + n, s.joined, CASE WHEN s.active THEN timestamp '2024-11-29 18:00' ELSE timestamp '2022-09-30 17:00' END) AS at
                      FROM generate_series(1, CASE WHEN s.i IN (1, 2) THEN 70 WHEN s.i IN (13, 14) THEN 60 ELSE 125 END) n) t
) x ORDER BY x.at, x.u, x.k;

CREATE TABLE http_log (
    log_id serial PRIMARY KEY,
    site_id integer NOT NULL,
    remote_addr varchar(40) NOT NULL,
    http_user_agent varchar(255),
    script_filename varchar(255),
    request_method varchar(16),
    query_string varchar(255),
    request_uri varchar(255),
    script_name varchar(255),
    log_type integer NOT NULL,
    date timestamp NOT NULL
);
CREATE INDEX http_log_date ON http_log (date);
INSERT INTO http_log (site_id, remote_addr, http_user_agent, script_filename, request_method, query_string, request_uri, script_name, log_type, date)
SELECT 1, x.ip, x.ua, x.sf, x.m, x.qs, x.sn || CASE WHEN x.qs <> '' THEN '?' || x.qs ELSE '' END, x.sn, x.lt, x.at FROM (
  SELECT pgen.ip(pgen.pk(ARRAY['ph', 'ph', 'ph', 'ph', 'in', 'in', 'ng', 'ke', 'ca', 'ar'], 'hlc', s), 'hlip', s / 3) AS ip, pgen.ua('hlua', s / 3) AS ua,
         '/var/www/opencats/careers/index.php' AS sf, CASE WHEN s % 9 = 4 THEN 'POST' ELSE 'GET' END AS m,
         CASE s % 9 WHEN 0 THEN '' WHEN 1 THEN 'p=showAll' WHEN 4 THEN 'p=onApplyToJobOrder' WHEN 5 THEN 'p=applyToJob&ID=' || (1 + fixture_gen.n('hljo', s, 114))
           WHEN 7 THEN 'p=candidateRegistration' ELSE 'p=showJob&ID=' || (1 + fixture_gen.n('hljo', s, 114)) END AS qs,
         '/careers/index.php' AS sn, 2 AS lt, pgen.at('hlat', s, '2023-06-01', '2024-11-29 18:00') AS at
  FROM generate_series(1, 1500) s
  UNION ALL
  SELECT (ARRAY['66.249.66.' || (1 + s % 200), '52.167.144.' || (10 + s % 200), '173.252.107.' || (1 + s % 120)])[1 + s % 3],
         (ARRAY['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 'Indeed Jobs XML Crawler'])[1 + s % 3],
         '/var/www/opencats/careers/index.php', 'GET', 'p=xml', '/careers/index.php', 1, pgen.at('hlat2', s, '2023-06-01', '2024-11-29 18:00')
  FROM generate_series(1, 300) s
) x ORDER BY x.at, x.ip, x.qs, x.ua;

-- ---------------------------------------------------------------------------
-- Imports, feeds, the bundled ZIP code table, feedback.
CREATE TABLE import (
    import_id serial PRIMARY KEY,
    module_name varchar(64) NOT NULL DEFAULT '',
    reverted integer NOT NULL DEFAULT 0,
    site_id integer NOT NULL DEFAULT 0,
    import_errors text,
    added_lines integer,
    date_created timestamp
);
INSERT INTO import (module_name, reverted, site_id, import_errors, added_lines, date_created) VALUES
  ('candidates', 1, 1, 'Line 1: header row not recognised, columns skipped: "Religion", "Height", "Weight".', 0, '2019-03-08 16:02:11'),
  ('candidates', 0, 1, 'Line 57: missing required field: last_name. Line 112: missing required field: first_name. Line 140: duplicate of an existing candidate, skipped.', 34, '2019-03-08 16:20:45'),
  ('companies', 0, 1, '', 7, '2019-03-08 16:41:30'),
  ('contacts', 0, 1, 'Line 4: company not found, contact added without company.', 14, '2019-03-08 16:48:02');
-- The spreadsheets kept before OpenCATS: imported records carry the import's time.
UPDATE candidate SET import_id = 2, entered_by = 1, date_created = timestamp '2019-03-08 16:20:45' + make_interval(secs => candidate_id % 50)
WHERE candidate_id IN (SELECT candidate_id FROM candidate ORDER BY date_created, candidate_id LIMIT 34);
UPDATE company SET import_id = 3, entered_by = 1, date_created = timestamp '2019-03-08 16:41:30' + make_interval(secs => company_id) WHERE company_id IN (2, 3, 4, 5, 11, 20, 27);
UPDATE contact SET import_id = 4, entered_by = 1, date_created = timestamp '2019-03-08 16:48:02' + make_interval(secs => contact_id)
WHERE contact_id IN (SELECT contact_id FROM contact WHERE company_id IN (2, 3, 4, 5, 11, 20, 27) ORDER BY contact_id LIMIT 14);
UPDATE history h SET set_date = x.date_created, entered_by = 1 FROM (
  SELECT 100 AS t, candidate_id AS id, date_created FROM candidate WHERE import_id = 2 UNION ALL SELECT 200, company_id, date_created FROM company WHERE import_id = 3
  UNION ALL SELECT 300, contact_id, date_created FROM contact WHERE import_id = 4) x
WHERE h.data_item_type = x.t AND h.data_item_id = x.id AND h.the_field = '!newEntry!';

CREATE TABLE xml_feeds (
    xml_feed_id serial PRIMARY KEY,
    name varchar(50) NOT NULL DEFAULT '',
    description varchar(255),
    website varchar(255),
    post_url varchar(255) NOT NULL DEFAULT '',
    success_string varchar(255) NOT NULL DEFAULT '',
    xml_template_name varchar(255) NOT NULL DEFAULT ''
);
INSERT INTO xml_feeds (name, description, website, post_url, success_string, xml_template_name) VALUES
  ('Indeed', 'Indeed.com job search engine.', 'http://www.indeed.com', 'http://www.indeed.com/jsp/includejobs.jsp', 'Thank you for submitting your XML job feed', 'indeed'),
  ('SimplyHired', 'SimplyHired.com job search engine', 'http://www.simplyhired.com', 'http://www.simplyhired.com/confirmation.php', 'Thanks for Contacting Us', 'simplyhired');

CREATE TABLE zipcodes (
    zipcode integer NOT NULL PRIMARY KEY,
    city varchar(64) NOT NULL DEFAULT '',
    state varchar(2) NOT NULL DEFAULT '',
    areacode integer NOT NULL DEFAULT 0,
    latitude double precision NOT NULL DEFAULT 0,
    longitude double precision NOT NULL DEFAULT 0
);
INSERT INTO zipcodes VALUES
  (1001, 'Agawam', 'MA', 413, 42.070206, -72.622739), (2108, 'Boston', 'MA', 617, 42.357603, -71.068432), (6103, 'Hartford', 'CT', 860, 41.767049, -72.670543),
  (10001, 'New York', 'NY', 212, 40.750742, -73.99653), (10301, 'Staten Island', 'NY', 718, 40.627456, -74.094407), (19103, 'Philadelphia', 'PA', 215, 39.951435, -75.17396),
  (20001, 'Washington', 'DC', 202, 38.909938, -77.017984), (21201, 'Baltimore', 'MD', 410, 39.294832, -76.622229), (27601, 'Raleigh', 'NC', 919, 35.772896, -78.638592),
  (30303, 'Atlanta', 'GA', 404, 33.752504, -84.388846), (33130, 'Miami', 'FL', 305, 25.767368, -80.20546), (37203, 'Nashville', 'TN', 615, 36.150348, -86.792145),
  (43215, 'Columbus', 'OH', 614, 39.965117, -83.004716), (48226, 'Detroit', 'MI', 313, 42.332693, -83.047833), (55401, 'Minneapolis', 'MN', 612, 44.983473, -93.268251),
  (60601, 'Chicago', 'IL', 312, 41.885847, -87.618123), (63101, 'Saint Louis', 'MO', 314, 38.634616, -90.191313), (70112, 'New Orleans', 'LA', 504, 29.956804, -90.077468),
  (75201, 'Dallas', 'TX', 214, 32.790439, -96.804434), (77002, 'Houston', 'TX', 713, 29.759927, -95.363693), (80202, 'Denver', 'CO', 303, 39.749112, -104.994178),
  (84101, 'Salt Lake City', 'UT', 801, 40.756295, -111.900719), (85004, 'Phoenix', 'AZ', 602, 33.451093, -112.068787), (89101, 'Las Vegas', 'NV', 702, 36.172082, -115.122366),
  (90012, 'Los Angeles', 'CA', 213, 34.061611, -118.238415), (94103, 'San Francisco', 'CA', 415, 37.772329, -122.410847), (96813, 'Honolulu', 'HI', 808, 21.31792, -157.852005),
  (97204, 'Portland', 'OR', 503, 45.518604, -122.674051), (98101, 'Seattle', 'WA', 206, 47.611435, -122.330456), (99501, 'Anchorage', 'AK', 907, 61.216799, -149.87828);

-- Feedback sent from inside the application (a CATS-hosted feature): no rows here.
CREATE TABLE feedback (
    feedback_id serial PRIMARY KEY,
    site_id integer NOT NULL DEFAULT 0,
    user_id integer NOT NULL DEFAULT 0,
    date_created timestamp,
    subject varchar(255) NOT NULL DEFAULT '',
    reply_to_address varchar(255) NOT NULL DEFAULT '',
    reply_to_name varchar(255) NOT NULL DEFAULT '',
    feedback text
);

-- Counters kept on the site row.
UPDATE site SET file_size_kb = (SELECT sum(file_size_kb) FROM attachment) WHERE site_id = 1;

-- Rewrite every table in primary key order, so that the rows' physical order
-- (and a dump of them) does not depend on where updated rows landed.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.relname AS tbl, i.relname AS idx FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND x.indisprimary ORDER BY c.relname LOOP
    EXECUTE format('CLUSTER public.%I USING %I', r.tbl, r.idx);
    EXECUTE format('ALTER TABLE public.%I SET WITHOUT CLUSTER', r.tbl);
  END LOOP;
END $$;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
