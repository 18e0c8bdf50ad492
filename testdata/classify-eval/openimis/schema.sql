-- classify-eval fixture (HOLDOUT 72: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- reporting database of a community-based health insurance scheme that runs
-- openIMIS in two country instances -- the improved CHF (iCHF) of two
-- Tanzanian regions (Kilimanjaro: Moshi Vijijini, Hai, Rombo; Mwanza: Magu,
-- Kwimba, Misungwi) and a district health insurance programme in Nepal
-- (Solukhumbu, Lalitpur, Bhaktapur, Bardiya, Dang) -- merged into one
-- PostgreSQL database for the donor's reporting. The application is openIMIS
-- release 23.x: its Django backend (openimis-be core, location, medical,
-- insuree, policy, contribution, payer, claim, claim_batch, tools,
-- policyholder modules, django-graphql-jwt) on the PostgreSQL port of the
-- legacy SQL Server database, which keeps the legacy quoted mixed-case names
-- ("tblInsuree"."CHFID", "LastName", "OtherNames", "DOB", "ValidityFrom",
-- "AuditUserID", ...) and the legacy versioning: an edited row is copied to a
-- history row with "ValidityTo" set and "LegacyID" pointing at the live row.
-- Tables: the lookups (languages, genders, relations, professions,
-- educations), tblLocations (region R, district D, municipality/ward W,
-- village V), tblHF, tblOfficer (enrolment officers with their village
-- executive officer), tblClaimAdmin, tblFamilies, tblInsuree, tblPhotos,
-- tblPolicy, tblPremium, tblPayer, tblICDCodes, tblClaim, tblClaimItems,
-- tblClaimServices, claim_ClaimAttachment, tblFeedback, tblBatchRun,
-- tblExtracts, tblIMISDefaults, tblUsers (the InteractiveUser model), tblRole,
-- tblUserRole, core_User, core_TechnicalUser, core_Mutation_Log (the audit
-- trail of every GraphQL mutation, mobile enrolments included),
-- tblPolicyHolder, tblPolicyHolderInsuree, django_session, django_migrations
-- and refresh_token_refreshtoken (django-graphql-jwt). People are Chaga,
-- Sukuma and Swahili-speaking Tanzanians and Brahmin/Chhetri, Newar, Tharu
-- and Sherpa Nepalis. Serialization formats: JSON text in
-- core_Mutation_Log.json_content (the mutation's input as the backend dumps
-- it, whole families with their members when the Android enrolment app
-- uploads), jsonb in the JsonExt/Json_ext extension columns and in the
-- policy holder's Address, ContactName and bankAccount; base64 JPEG in
-- tblPhotos.photo and base64 PDF/JPEG in claim_ClaimAttachment.document;
-- bytea for the legacy encrypted tblUsers.password; Django's signed session
-- format; legacy user passwords as upper-case hex SHA-256 of password and
-- salt ("StoredPassword", "PrivateKey"), technical users' as Django PBKDF2.
-- Written from memory of the published schemas, not checked against them:
-- column order, lengths and several types may differ (legacy UUID columns are
-- written as uuid, Django's as uuid or varchar(36)); the SQL Server rowversion
-- "RowID" columns are left out on the belief that the PostgreSQL port does
-- not carry them; InteractiveUser and InsureePhoto are written under the
-- db_table names I remember (tblUsers, tblPhotos), and the policy holder
-- tables as tblPolicyHolder/tblPolicyHolderInsuree rather than
-- policyholder_PolicyHolder. Left out because I am unsure of them: the newer
-- insuree status columns, the claim referral columns, tblPolicy."SelfRenewed",
-- tblPremium's Source columns, tblExtracts.stored_file and the attachment type
-- columns of claim_ClaimAttachment. Left out to keep within the column
-- budget: tblProduct, tblItems, tblServices, tblInsureePolicy,
-- tblPolicyRenewals, tblIdentificationTypes, tblLogins, the contribution plan
-- tables and the auth and content-type tables, so "ProdID", "ItemID",
-- "ServiceID" and "TypeOfId" point at tables not here. Tanzanian NIDA
-- numbers, Nepali citizenship certificate numbers, voter cards and the
-- 9-digit CHFID with its mod-7 check digit follow the formats I remember;
-- what the JsonExt columns hold (mobile-money payments on premiums, Nepali
-- enrolment categories on insurees, registration numbers on policy holders)
-- is deployment-specific and invented for this scheme.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãåāçéèêëēíìîïñóòôöõúùûüý''', 'aaaaaaaceeeeeiiiinooooouuuuy')), '[^a-z0-9]+', '', 'g')
$$;

-- att: a timestamp between two instants, to the second; atz: the same with
-- time zone; ad: a date between two dates.
CREATE FUNCTION pgen.att(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;
CREATE FUNCTION pgen.atz(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;
CREATE FUNCTION pgen.ad(tag text, i bigint, lo date, hi date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT lo + fixture_gen.n(tag, i, greatest(1, hi - lo)) $$;

-- wt: a time in office hours on a day between two dates.
CREATE FUNCTION pgen.wt(tag text, i bigint, lo date, hi date) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT (lo + fixture_gen.n(tag, i, greatest(1, hi - lo + 1)))::timestamp + make_interval(secs => 27000 + fixture_gen.n(tag || 't', i, 36000)) $$;

-- lower: lower-case alphanumerics; hexu: upper-case hex; b64s: base64 of a
-- text on one line.
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION pgen.hexu(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT upper(fixture_gen.hexn(tag, i, len)) $$;
CREATE FUNCTION pgen.b64s(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(encode(convert_to(v, 'UTF8'), 'base64'), E'\n', '') $$;

-- mob: a mobile number as people write it on an enrolment form: Tanzanian
-- (Vodacom, Airtel, Tigo, Halotel, TTCL prefixes) or Nepali (NTC, Ncell).
CREATE FUNCTION pgen.mob(cc text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN cc = 'TZ' THEN
      CASE WHEN f < 4 THEN '0' || p || a || b WHEN f < 6 THEN '0' || p || ' ' || a || ' ' || b WHEN f < 8 THEN '+255' || p || a || b ELSE '255' || p || a || b END
    ELSE
      CASE WHEN f < 5 THEN p || a || b WHEN f < 7 THEN '+977 ' || p || a || b WHEN f < 8 THEN '+977-' || p || '-' || a || b ELSE p || '-' || a || b END END
  FROM (SELECT fixture_gen.n(tag || 'f', i, 10) AS f,
      CASE WHEN cc = 'TZ' THEN fixture_gen.pick(ARRAY['754', '755', '756', '757', '758', '713', '715', '716', '717', '784', '785', '787', '768', '769', '655', '652', '621', '622', '745', '767', '714', '688', '692', '735'], tag, i)
        ELSE fixture_gen.pick(ARRAY['984', '985', '986', '980', '981', '982', '974', '976', '961', '988'], tag, i) END AS p,
      fixture_gen.digits(tag || 'a', i, 3) AS a,
      fixture_gen.digits(tag || 'b', i, CASE WHEN cc = 'TZ' THEN 3 ELSE 4 END) AS b) x
$$;

-- chfid: the 9-digit insurance number whose last digit is the first eight
-- modulo 7.
CREATE FUNCTION pgen.chfid(d8 bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT d8::text || (d8 % 7)::text $$;

-- nida: a Tanzanian national identity number (NIDA): birth date, then
-- area, serial and check groups; ctz: a Nepali citizenship certificate
-- number (district-ward-year-serial).
CREATE FUNCTION pgen.nida(dob date, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(dob, 'YYYYMMDD') || '-' || fixture_gen.pick(ARRAY['23101', '23102', '23103', '23105', '27101', '27104', '27106'], tag, i) || '-'
      || lpad(fixture_gen.n(tag || 's', i, 99999)::text, 5, '0') || '-' || lpad(fixture_gen.n(tag || 'c', i, 99)::text, 2, '0')
$$;
CREATE FUNCTION pgen.ctz(district text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE district WHEN 'Solukhumbu' THEN '02' WHEN 'Lalitpur' THEN '25' WHEN 'Bhaktapur' THEN '26' WHEN 'Bardiya' THEN '58' ELSE '56' END || '-'
      || lpad((1 + fixture_gen.n(tag || 'w', i, 12))::text, 2, '0') || '-' || (50 + fixture_gen.n(tag || 'y', i, 30))::text || '-'
      || lpad(fixture_gen.n(tag, i, 99999)::text, 5, '0')
$$;

-- Cultures: male and female given names, middle names, surnames.
CREATE TABLE pgen.cu (c text PRIMARY KEY, cc text, fm text[], ff text[], mid_m text[], mid_f text[], lasts text[]);
INSERT INTO pgen.cu VALUES
 ('chaga', 'TZ',
  ARRAY['Emmanuel', 'Godfrey', 'Elibariki', 'Ndesario', 'Ebenezer', 'Elineema', 'Frank', 'Wilbard', 'Gaudence', 'Deogratias', 'Ombeni', 'Elisante', 'Anselm', 'Gabriel', 'Erasto', 'Nelson', 'Lazaro', 'Alfred'],
  ARRAY['Neema', 'Upendo', 'Glory', 'Lightness', 'Aikande', 'Faraja', 'Mariamu', 'Joyce', 'Happiness', 'Naomi', 'Salome', 'Ndeshukuru', 'Anande', 'Rosemary', 'Eliaichi', 'Gladness', 'Beatrice', 'Edna'],
  ARRAY['Elibariki', 'Ndesario', 'Anselm', 'Erasto', 'Lazaro', 'Kimaro', 'Filbert', 'Elisante'], ARRAY['Elibariki', 'Ndesario', 'Anselm', 'Erasto', 'Lazaro', 'Filbert', 'Elisante'],
  ARRAY['Mushi', 'Lyimo', 'Massawe', 'Kimaro', 'Swai', 'Urassa', 'Shirima', 'Mallya', 'Temba', 'Moshi', 'Tarimo', 'Minja', 'Mrema', 'Kessy', 'Ngowi', 'Materu', 'Mbuya', 'Mtui', 'Mlay', 'Kisanga', 'Marealle', 'Macha']),
 ('sukuma', 'TZ',
  ARRAY['Masanja', 'Kulwa', 'Doto', 'Shija', 'Limbu', 'Nkwabi', 'Mhoja', 'Kija', 'Mayala', 'Ndalahwa', 'Budodi', 'Shigela', 'Maduhu', 'Sayi', 'Lugembe', 'Charles', 'Makoye', 'Jilala'],
  ARRAY['Kwandu', 'Nyanzobe', 'Bahati', 'Holo', 'Mbuke', 'Nkamba', 'Kulwa', 'Doto', 'Shuma', 'Ngolo', 'Nyamizi', 'Milembe', 'Helena', 'Tabu', 'Kabula', 'Shida', 'Mwanne', 'Nshoma'],
  ARRAY['Masanja', 'Nkwabi', 'Shija', 'Mayala', 'Maduhu', 'Makoye', 'Jilala', 'Lugembe'], ARRAY['Masanja', 'Nkwabi', 'Shija', 'Mayala', 'Maduhu', 'Makoye'],
  ARRAY['Masanja', 'Shija', 'Kasubi', 'Luhende', 'Ngassa', 'Mabula', 'Nkwabi', 'Lugembe', 'Makoye', 'Mahona', 'Sitta', 'Kishosha', 'Buzuka', 'Limbu', 'Maduhu', 'Ndaki', 'Kidola', 'Jilala', 'Mwandu', 'Mashimba', 'Bundala']),
 ('swahili', 'TZ',
  ARRAY['Juma', 'Hassan', 'Rashidi', 'Abdallah', 'Baraka', 'Salim', 'Said', 'Hamisi', 'Omari', 'Tumaini', 'Athumani', 'Musa', 'Idd', 'Shabani', 'Ramadhani', 'Yusufu'],
  ARRAY['Rehema', 'Amina', 'Zawadi', 'Mwanaisha', 'Saida', 'Halima', 'Mwajuma', 'Zuhura', 'Fatuma', 'Asha', 'Tatu', 'Mwanahawa', 'Subira', 'Riziki', 'Hadija', 'Mwantumu'],
  ARRAY['Juma', 'Hassan', 'Rashidi', 'Abdallah', 'Said', 'Hamisi', 'Omari', 'Athumani'], ARRAY['Juma', 'Hassan', 'Rashidi', 'Abdallah', 'Said', 'Hamisi', 'Omari'],
  ARRAY['Mohamed', 'Hamisi', 'Ally', 'Mbwana', 'Salum', 'Juma', 'Athumani', 'Mwinyi', 'Shabani', 'Ramadhani', 'Bakari', 'Omary', 'Mfaume', 'Kombo', 'Mussa', 'Makame', 'Chande', 'Nassoro', 'Seif']),
 ('khas', 'NP',
  ARRAY['Ram', 'Krishna', 'Hari', 'Bishnu', 'Prakash', 'Bikash', 'Dipendra', 'Rajendra', 'Suman', 'Ganesh', 'Yam', 'Dilli', 'Narayan', 'Khem', 'Tek', 'Bhim', 'Keshav', 'Purna'],
  ARRAY['Sita', 'Gita', 'Sarita', 'Laxmi', 'Sunita', 'Anita', 'Kamala', 'Radhika', 'Puja', 'Saraswati', 'Bimala', 'Durga', 'Parbati', 'Sabitri', 'Januka', 'Tulasa', 'Manju', 'Goma'],
  ARRAY['Bahadur', 'Prasad', 'Kumar', 'Raj', 'Nath'], ARRAY['Kumari', 'Devi', 'Maya'],
  ARRAY['Sharma', 'Adhikari', 'Poudel', 'Bhattarai', 'Khanal', 'Dahal', 'Koirala', 'Aryal', 'Thapa', 'Karki', 'Khadka', 'Basnet', 'Bhandari', 'KC', 'Shahi', 'Bista', 'Pokharel', 'Timilsina', 'Ghimire', 'Subedi', 'Neupane', 'Oli']),
 ('newar', 'NP',
  ARRAY['Rajesh', 'Sujan', 'Bijay', 'Prajwal', 'Bikram', 'Ujjwal', 'Anil', 'Sanjeev', 'Rabindra', 'Mahendra', 'Surendra', 'Nhuchhe', 'Ratna', 'Siddhi', 'Kaji', 'Dil'],
  ARRAY['Sabina', 'Rojina', 'Sushma', 'Nirmala', 'Suwarna', 'Rasmi', 'Manisha', 'Ranjana', 'Laxmi', 'Sanu', 'Nani', 'Hira', 'Mina', 'Sarala', 'Bindu', 'Chandra'],
  ARRAY['Ratna', 'Man', 'Lal', 'Bahadur', 'Kumar', 'Raj'], ARRAY['Maya', 'Kumari', 'Devi', 'Laxmi'],
  ARRAY['Shrestha', 'Maharjan', 'Pradhan', 'Joshi', 'Bajracharya', 'Shakya', 'Tuladhar', 'Dangol', 'Awale', 'Prajapati', 'Amatya', 'Manandhar', 'Kayastha', 'Rajbhandari', 'Suwal', 'Duwal', 'Basukala', 'Kasaju']),
 ('tharu', 'NP',
  ARRAY['Ramkrishna', 'Shiva', 'Dhaniram', 'Bhagiram', 'Buddhiram', 'Laxman', 'Ramesh', 'Sonu', 'Jagat', 'Phulram', 'Mangal', 'Chhabi', 'Tilak', 'Sukhram', 'Bhojraj', 'Resham'],
  ARRAY['Lalmati', 'Phulmati', 'Sunmaya', 'Rajkumari', 'Ganga', 'Maiya', 'Kalpana', 'Basanti', 'Sita', 'Sonmati', 'Fulmaya', 'Chandrakala', 'Asharam', 'Dhanmati', 'Rupa', 'Jagmati'],
  ARRAY['Prasad', 'Ram', 'Bahadur', 'Lal'], ARRAY['Kumari', 'Devi'],
  ARRAY['Chaudhary', 'Tharu', 'Dagaura', 'Kathariya', 'Rana', 'Mahato', 'Dangaura', 'Kusmi', 'Chaudhari']),
 ('sherpa', 'NP',
  ARRAY['Pasang', 'Ang', 'Dawa', 'Lhakpa', 'Mingma', 'Nima', 'Pemba', 'Phurba', 'Tenzing', 'Sonam', 'Ang Rita', 'Chhiring', 'Phinjo', 'Dorje', 'Kami', 'Nawang'],
  ARRAY['Pasang Lhamu', 'Dawa Futi', 'Lhakpa Diki', 'Pema', 'Ang Phurba', 'Dolma', 'Yangji', 'Chhoki', 'Nima Doma', 'Phuti', 'Kanchi', 'Mingma Diki', 'Lhamu', 'Dawa Yangzi', 'Sonam Doma', 'Tshering'],
  ARRAY['Tenzing', 'Dorje', 'Nuru', 'Gyalzen', 'Norbu'], ARRAY['Doma', 'Lhamu', 'Diki'],
  ARRAY['Sherpa', 'Sherpa', 'Sherpa', 'Sherpa', 'Sherpa', 'Lama']);

-- The location hierarchy: region, district, ward/municipality and its
-- villages (wards of a municipality in Nepal), with the culture mix of the
-- district's people.
CREATE TABLE pgen.geo (k int PRIMARY KEY, cc text, reg text, dist text, ward text, vills text[], mix text[]);
INSERT INTO pgen.geo VALUES
 (1, 'TZ', 'Kilimanjaro', 'Moshi Vijijini', 'Kibosho Kati', ARRAY['Umbwe', 'Singa', 'Sungu'], ARRAY['chaga', 'chaga', 'chaga', 'chaga', 'swahili']),
 (2, 'TZ', 'Kilimanjaro', 'Moshi Vijijini', 'Uru Kusini', ARRAY['Mawela', 'Njari', 'Shimbwe'], NULL),
 (3, 'TZ', 'Kilimanjaro', 'Moshi Vijijini', 'Mwika Kaskazini', ARRAY['Lole', 'Msae', 'Kiruweni'], NULL),
 (4, 'TZ', 'Kilimanjaro', 'Hai', 'Machame Kaskazini', ARRAY['Foo', 'Nkuu', 'Uduru'], ARRAY['chaga', 'chaga', 'chaga', 'swahili']),
 (5, 'TZ', 'Kilimanjaro', 'Hai', 'Masama Magharibi', ARRAY['Mudio', 'Lukani', 'Kyeeri'], NULL),
 (6, 'TZ', 'Kilimanjaro', 'Hai', 'Bomang''ombe', ARRAY['Tindigani', 'Kawaya', 'Rundugai'], NULL),
 (7, 'TZ', 'Kilimanjaro', 'Rombo', 'Mkuu', ARRAY['Ubetu', 'Kahe', 'Nanjara'], ARRAY['chaga', 'chaga', 'chaga', 'chaga', 'chaga', 'swahili']),
 (8, 'TZ', 'Kilimanjaro', 'Rombo', 'Tarakea', ARRAY['Kikelelwa', 'Motamburu', 'Kitendeni'], NULL),
 (9, 'TZ', 'Kilimanjaro', 'Rombo', 'Mengwe', ARRAY['Ngareni', 'Keni', 'Ushiri'], NULL),
 (10, 'TZ', 'Mwanza', 'Magu', 'Kisesa', ARRAY['Bujora', 'Kisesa A', 'Igekemaja'], ARRAY['sukuma', 'sukuma', 'sukuma', 'swahili']),
 (11, 'TZ', 'Mwanza', 'Magu', 'Nyanguge', ARRAY['Nyanguge', 'Ihushi', 'Nyamikoma'], NULL),
 (12, 'TZ', 'Mwanza', 'Magu', 'Lubugu', ARRAY['Lubugu', 'Mwamanga', 'Ilungu'], NULL),
 (13, 'TZ', 'Mwanza', 'Kwimba', 'Ngudu', ARRAY['Ngudu Mjini', 'Mwalujo', 'Kikubiji'], ARRAY['sukuma', 'sukuma', 'sukuma', 'sukuma', 'swahili']),
 (14, 'TZ', 'Mwanza', 'Kwimba', 'Hungumalwa', ARRAY['Hungumalwa', 'Mwamashimba', 'Ilula'], NULL),
 (15, 'TZ', 'Mwanza', 'Kwimba', 'Sumve', ARRAY['Sumve', 'Mantare', 'Wala'], NULL),
 (16, 'TZ', 'Mwanza', 'Misungwi', 'Misasi', ARRAY['Misasi', 'Nyang''homango', 'Isesa'], ARRAY['sukuma', 'sukuma', 'sukuma', 'swahili']),
 (17, 'TZ', 'Mwanza', 'Misungwi', 'Usagara', ARRAY['Usagara', 'Buhongwa', 'Fella'], NULL),
 (18, 'TZ', 'Mwanza', 'Misungwi', 'Mbarika', ARRAY['Mbarika', 'Mwagiligili', 'Igokelo'], NULL),
 (21, 'NP', 'Koshi Pradesh', 'Solukhumbu', 'Khumbu Pasanglhamu', ARRAY['Namche', 'Khumjung', 'Pangboche'], ARRAY['sherpa', 'sherpa', 'sherpa', 'khas']),
 (22, 'NP', 'Koshi Pradesh', 'Solukhumbu', 'Solududhkunda', ARRAY['Salleri', 'Phaplu', 'Garma'], NULL),
 (23, 'NP', 'Bagmati Pradesh', 'Lalitpur', 'Lalitpur Metropolitan City', ARRAY['Patan Durbar', 'Jawalakhel', 'Kupondole'], ARRAY['newar', 'newar', 'newar', 'khas', 'khas']),
 (24, 'NP', 'Bagmati Pradesh', 'Lalitpur', 'Godawari', ARRAY['Thecho', 'Chapagaun', 'Badikhel'], NULL),
 (25, 'NP', 'Bagmati Pradesh', 'Lalitpur', 'Mahalaxmi', ARRAY['Imadol', 'Lubhu', 'Siddhipur'], NULL),
 (26, 'NP', 'Bagmati Pradesh', 'Bhaktapur', 'Bhaktapur Municipality', ARRAY['Taumadhi', 'Dattatreya', 'Chyamasingh'], ARRAY['newar', 'newar', 'newar', 'khas']),
 (27, 'NP', 'Bagmati Pradesh', 'Bhaktapur', 'Madhyapur Thimi', ARRAY['Bode', 'Nagadesh', 'Sanothimi'], NULL),
 (28, 'NP', 'Lumbini Pradesh', 'Bardiya', 'Gulariya', ARRAY['Mainapokhar', 'Sanoshree', 'Bhurigaun'], ARRAY['tharu', 'tharu', 'tharu', 'khas', 'khas']),
 (29, 'NP', 'Lumbini Pradesh', 'Bardiya', 'Rajapur', ARRAY['Manau', 'Daulatpur', 'Bhimapur'], NULL),
 (30, 'NP', 'Lumbini Pradesh', 'Dang', 'Tulsipur', ARRAY['Urahari', 'Hekuli', 'Bijauri'], ARRAY['tharu', 'khas', 'khas', 'tharu']),
 (31, 'NP', 'Lumbini Pradesh', 'Dang', 'Lamahi', ARRAY['Lamahi Bazar', 'Gadhawa', 'Satbariya'], NULL);
UPDATE pgen.geo g SET mix = (SELECT g2.mix FROM pgen.geo g2 WHERE g2.dist = g.dist AND g2.mix IS NOT NULL) WHERE mix IS NULL;

CREATE TABLE pgen.loc (id int PRIMARY KEY, code text, name text, parent int, typ text, cc text, reg text, dist text, mix text[]);
INSERT INTO pgen.loc
SELECT row_number() OVER (ORDER BY mk), 'R' || lpad((row_number() OVER (ORDER BY mk))::text, 2, '0'), reg, NULL, 'R', cc, reg, NULL, NULL
FROM (SELECT reg, cc, min(k) AS mk FROM pgen.geo GROUP BY reg, cc) r;
INSERT INTO pgen.loc
SELECT 10 + row_number() OVER (ORDER BY mk), NULL, dist, (SELECT l.id FROM pgen.loc l WHERE l.typ = 'R' AND l.name = d.reg), 'D', cc, reg, dist, (SELECT g.mix FROM pgen.geo g WHERE g.k = d.mk)
FROM (SELECT reg, dist, cc, min(k) AS mk FROM pgen.geo GROUP BY reg, dist, cc) d;
UPDATE pgen.loc d SET code = 'D' || substr(r.code, 2) || lpad((SELECT count(*) FROM pgen.loc d2 WHERE d2.parent = d.parent AND d2.typ = 'D' AND d2.id <= d.id)::text, 2, '0')
FROM pgen.loc r WHERE d.typ = 'D' AND r.id = d.parent;
INSERT INTO pgen.loc
SELECT 100 + g.k, NULL, g.ward, d.id, 'W', g.cc, g.reg, g.dist, g.mix FROM pgen.geo g JOIN pgen.loc d ON d.typ = 'D' AND d.name = g.dist;
UPDATE pgen.loc w SET code = 'W' || substr(d.code, 2) || (SELECT count(*) FROM pgen.loc w2 WHERE w2.parent = w.parent AND w2.typ = 'W' AND w2.id <= w.id)::text
FROM pgen.loc d WHERE w.typ = 'W' AND d.id = w.parent;
INSERT INTO pgen.loc
SELECT 1000 + g.k * 10 + v.o, 'V' || substr(w.code, 2) || v.o, v.name, w.id, 'V', g.cc, g.reg, g.dist, g.mix
FROM pgen.geo g JOIN pgen.loc w ON w.id = 100 + g.k CROSS JOIN LATERAL unnest(g.vills) WITH ORDINALITY v(name, o);

-- ---------------------------------------------------------------------------
-- Lookups.

CREATE TABLE "tblLanguages" (
    "LanguageCode" varchar(5) NOT NULL PRIMARY KEY,
    "LanguageName" varchar(50) NOT NULL,
    "SortOrder" integer,
    "CountryCode" varchar(10)
);
INSERT INTO "tblLanguages" VALUES ('en', 'English', 1, NULL), ('sw', 'Kiswahili', 2, 'TZ'), ('ne', 'नेपाली', 3, 'NP');

CREATE TABLE "tblGender" (
    "Code" char(1) NOT NULL PRIMARY KEY,
    "Gender" varchar(50),
    "AltLanguage" varchar(50),
    "SortOrder" integer
);
INSERT INTO "tblGender" VALUES ('M', 'Male', 'Mume', 1), ('F', 'Female', 'Mke', 2), ('O', 'Other', 'Nyingine', 3);

CREATE TABLE "tblRelations" (
    "RelationId" smallint NOT NULL PRIMARY KEY,
    "Relation" varchar(50) NOT NULL,
    "SortOrder" integer,
    "AltLanguage" varchar(50)
);
INSERT INTO "tblRelations" VALUES (1, 'Brother/Sister', 1, 'Kaka/Dada'), (2, 'Father/Mother', 2, 'Baba/Mama'), (3, 'Uncle/Aunt', 3, 'Mjomba/Shangazi'),
  (4, 'Son/Daughter', 4, 'Mwana'), (5, 'Grand parents', 5, 'Babu/Bibi'), (6, 'Employee', 6, 'Mfanyakazi'), (7, 'Others', 7, 'Wengine'), (8, 'Spouse', 8, 'Mwenzi');

CREATE TABLE "tblProfessions" (
    "ProfessionId" smallint NOT NULL PRIMARY KEY,
    "Profession" varchar(50) NOT NULL,
    "SortOrder" integer,
    "AltLanguage" varchar(50)
);
INSERT INTO "tblProfessions" VALUES (1, 'Housewife', 1, 'Mama wa nyumbani'), (2, 'Employee', 2, 'Mwajiriwa'), (3, 'Self Employee', 3, 'Kujiajiri'), (4, 'Others', 4, 'Nyingine'),
  (5, 'Farmer', 5, 'Mkulima'), (6, 'Student', 6, 'Mwanafunzi'), (7, 'Small trader', 7, 'Mfanyabiashara mdogo'), (8, 'Mountain guide / porter', 8, 'Mpagazi'),
  (9, 'Fisherman', 9, 'Mvuvi'), (10, 'Livestock keeper', 10, 'Mfugaji'), (11, 'Teacher', 11, 'Mwalimu'), (12, 'Health worker', 12, 'Mtumishi wa afya');

CREATE TABLE "tblEducations" (
    "EducationId" smallint NOT NULL PRIMARY KEY,
    "Education" varchar(50) NOT NULL,
    "SortOrder" integer,
    "AltLanguage" varchar(50)
);
INSERT INTO "tblEducations" VALUES (1, 'Nursery', 1, 'Chekechea'), (2, 'Primary school', 2, 'Shule ya msingi'), (3, 'Secondary school', 3, 'Sekondari'),
  (4, 'University', 4, 'Chuo kikuu'), (5, 'Postgraduate studies', 5, 'Uzamili'), (6, 'PHD', 6, 'Uzamivu'), (7, 'Other', 7, 'Nyingine'), (8, 'None', 8, 'Hakuna');

-- ---------------------------------------------------------------------------
-- Locations: regions (provinces), districts, wards (municipalities),
-- villages (municipal wards); populations from the census on villages.

CREATE TABLE "tblLocations" (
    "LocationId" serial PRIMARY KEY,
    "LocationUUID" uuid NOT NULL,
    "LocationCode" varchar(8),
    "LocationName" varchar(50),
    "ParentLocationId" integer,
    "LocationType" char(1) NOT NULL,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyId" integer,
    "AuditUserId" integer,
    "MalePopulation" integer,
    "FemalePopulation" integer,
    "OtherPopulation" integer,
    "Families" integer
);
INSERT INTO "tblLocations"
SELECT l.id, fixture_gen.uuid('loc', l.id)::uuid, l.code, l.name, l.parent, l.typ,
       CASE l.cc WHEN 'TZ' THEN pgen.wt('locv', l.id, '2018-03-01', '2018-03-02') ELSE pgen.wt('locv', l.id, '2019-07-16', '2019-07-17') END,
       NULL, NULL, 1,
       CASE WHEN l.typ = 'V' THEN 600 + fixture_gen.n('locm', l.id, 2900) END,
       CASE WHEN l.typ = 'V' THEN 650 + fixture_gen.n('locf', l.id, 3000) END,
       CASE WHEN l.typ = 'V' THEN fixture_gen.n('loco', l.id, 6) END,
       CASE WHEN l.typ = 'V' THEN 140 + fixture_gen.n('locfa', l.id, 760) END
FROM pgen.loc l ORDER BY l.id;
-- Two villages renamed after the 2020 boundary review: the old names stay
-- as history rows.
INSERT INTO "tblLocations"
SELECT 1400 + row_number() OVER (ORDER BY l."LocationId"), fixture_gen.uuid('locold', l."LocationId")::uuid, l."LocationCode", v.old, l."ParentLocationId", 'V',
       l."ValidityFrom", timestamp '2020-11-09 11:42:17' + make_interval(mins => l."LocationId" % 50), l."LocationId", 1,
       l."MalePopulation" - 120, l."FemalePopulation" - 133, l."OtherPopulation", l."Families" - 31
FROM "tblLocations" l JOIN (VALUES ('Chyamasingh', 'Chyamasing'), ('Kisesa A', 'Kisesa Kati'), ('Nyang''homango', 'Nyanghomango')) v(cur, old) ON v.cur = l."LocationName";
UPDATE "tblLocations" SET "ValidityFrom" = timestamp '2020-11-09 11:42:17' + make_interval(mins => "LocationId" % 50)
WHERE "LocationName" IN ('Chyamasingh', 'Kisesa A', 'Nyang''homango') AND "ValidityTo" IS NULL;

-- ---------------------------------------------------------------------------
-- Health facilities. Hospitals give their switchboard; dispensaries and
-- health posts the in-charge's own mobile and often their own mailbox.

CREATE TABLE pgen.hf (i int PRIMARY KEY, code text, name text, legal text, lvl text, care text, dist text, addr text, area text, web text);
INSERT INTO pgen.hf VALUES
 (1, '105211', 'Kibosho Hospital', 'C', 'H', 'B', 'Moshi Vijijini', 'S.L.P. 3013, Kibosho, Moshi', '027 275', 'kiboshohospital.or.tz'),
 (2, '105214', 'Uru Dispensary', 'G', 'D', 'O', 'Moshi Vijijini', 'Uru Kusini, Moshi Vijijini', NULL, NULL),
 (3, '105219', 'Mwika Health Centre', 'G', 'C', 'B', 'Moshi Vijijini', 'S.L.P. 21, Mwika', '027 297', NULL),
 (4, '105230', 'Umbwe Dispensary', 'C', 'D', 'O', 'Moshi Vijijini', 'Umbwe, Kibosho Kati', NULL, NULL),
 (5, '105402', 'Machame Lutheran Hospital', 'C', 'H', 'B', 'Hai', 'S.L.P. 1, Machame, Hai', '027 275', 'machamehospital.org'),
 (6, '105411', 'Masama Dispensary', 'G', 'D', 'O', 'Hai', 'Masama Magharibi, Hai', NULL, NULL),
 (7, '105418', 'Bomang''ombe Health Centre', 'G', 'C', 'B', 'Hai', 'S.L.P. 27, Bomang''ombe', '027 255', NULL),
 (8, '105603', 'Huruma Designated District Hospital', 'C', 'H', 'B', 'Rombo', 'S.L.P. 2, Mkuu, Rombo', '027 297', 'hurumahospital.or.tz'),
 (9, '105612', 'Tarakea Health Centre', 'G', 'C', 'B', 'Rombo', 'Tarakea, Rombo', NULL, NULL),
 (10, '105620', 'Mengwe Dispensary', 'G', 'D', 'O', 'Rombo', 'Mengwe, Rombo', NULL, NULL),
 (11, '108101', 'Magu District Hospital', 'G', 'H', 'B', 'Magu', 'S.L.P. 55, Magu', '028 253', 'magudc.go.tz'),
 (12, '108115', 'Kisesa Health Centre', 'G', 'C', 'B', 'Magu', 'S.L.P. 24, Kisesa, Magu', NULL, NULL),
 (13, '108122', 'Nyanguge Dispensary', 'G', 'D', 'O', 'Magu', 'Nyanguge, Magu', NULL, NULL),
 (14, '108301', 'Ngudu District Hospital', 'G', 'H', 'B', 'Kwimba', 'S.L.P. 40, Ngudu, Kwimba', '028 252', 'kwimbadc.go.tz'),
 (15, '108307', 'Sumve Designated District Hospital', 'C', 'H', 'B', 'Kwimba', 'S.L.P. 13, Sumve, Kwimba', '028 252', NULL),
 (16, '108316', 'Hungumalwa Dispensary', 'P', 'D', 'O', 'Kwimba', 'Hungumalwa, Kwimba', NULL, NULL),
 (17, '108501', 'Misungwi District Hospital', 'G', 'H', 'B', 'Misungwi', 'S.L.P. 2, Misungwi', '028 256', 'misungwidc.go.tz'),
 (18, '108512', 'Usagara Health Centre', 'G', 'C', 'B', 'Misungwi', 'Usagara, Misungwi', NULL, NULL),
 (21, '202101', 'Khunde Hospital', 'C', 'H', 'B', 'Solukhumbu', 'Khumjung-4, Solukhumbu', '038-540', NULL),
 (22, '202114', 'Namche Health Post', 'G', 'D', 'O', 'Solukhumbu', 'Namche Bazaar, Khumbu Pasanglhamu-5', NULL, NULL),
 (23, '202130', 'Solukhumbu District Hospital, Phaplu', 'G', 'H', 'B', 'Solukhumbu', 'Phaplu, Solududhkunda-1', '038-520', NULL),
 (24, '225101', 'Patan Hospital', 'G', 'H', 'B', 'Lalitpur', 'Lagankhel, Lalitpur Metropolitan City-5', '01-55', 'pahs.edu.np'),
 (25, '225120', 'Godawari Primary Health Care Centre', 'G', 'C', 'B', 'Lalitpur', 'Godawari-5, Lalitpur', '01-55', NULL),
 (26, '225133', 'Thecho Health Post', 'G', 'D', 'O', 'Lalitpur', 'Thecho, Godawari-10', NULL, NULL),
 (27, '226101', 'Bhaktapur Hospital', 'G', 'H', 'B', 'Bhaktapur', 'Doodhpati, Bhaktapur-17', '01-66', 'bhaktapurhospital.gov.np'),
 (28, '226118', 'Madhyapur Thimi Health Post', 'G', 'D', 'O', 'Bhaktapur', 'Bode, Madhyapur Thimi-6', NULL, NULL),
 (29, '258101', 'Bardiya Hospital', 'G', 'H', 'B', 'Bardiya', 'Gulariya-8, Bardiya', '084-42', NULL),
 (30, '258117', 'Rajapur Primary Health Care Centre', 'G', 'C', 'B', 'Bardiya', 'Rajapur-5, Bardiya', NULL, NULL),
 (31, '256101', 'Rapti Provincial Hospital', 'G', 'H', 'B', 'Dang', 'Tulsipur-5, Dang', '082-52', NULL),
 (32, '256129', 'Lamahi Health Post', 'G', 'D', 'O', 'Dang', 'Lamahi-4, Dang', NULL, NULL);

-- District centres, for coordinates of homes.
CREATE TABLE pgen.dc (dist text PRIMARY KEY, lat numeric, lng numeric, dno text);
INSERT INTO pgen.dc VALUES ('Moshi Vijijini', -3.262, 37.318, '0101'), ('Hai', -3.231, 37.251, '0102'), ('Rombo', -3.151, 37.612, '0103'),
  ('Magu', -2.583, 33.432, '0201'), ('Kwimba', -2.872, 33.381, '0202'), ('Misungwi', -2.851, 33.082, '0203'),
  ('Solukhumbu', 27.805, 86.712, '0301'), ('Lalitpur', 27.628, 85.334, '0401'), ('Bhaktapur', 27.671, 85.421, '0402'),
  ('Bardiya', 28.331, 81.381, '0501'), ('Dang', 28.049, 82.352, '0502');

-- Families: 1-190, in villages of both instances.
CREATE TABLE pgen.fam (fi int PRIMARY KEY, vill int, ward int, dist text, cc text, c text, head_g text, married boolean, nkids int, parent boolean,
  surname text, enrol timestamp, poverty boolean, mobile boolean);
INSERT INTO pgen.fam (fi, vill, ward, dist, cc, c, head_g, married, nkids, parent)
SELECT f, v.id, v.parent, v.dist, v.cc, fixture_gen.pick(v.mix, 'fc', f),
       CASE WHEN fixture_gen.n('fhg', f, 10) < 8 THEN 'M' ELSE 'F' END, NULL, fixture_gen.n('fk', f, 6), fixture_gen.n('fp', f, 100) < 12
FROM generate_series(1, 190) f
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('fcc', f, 100) < 56 THEN 'TZ' ELSE 'NP' END AS cc) x
CROSS JOIN LATERAL (SELECT l.* FROM pgen.loc l WHERE l.typ = 'V' AND l.cc = x.cc ORDER BY l.id OFFSET fixture_gen.n('fv', f, CASE x.cc WHEN 'TZ' THEN 54 ELSE 33 END) LIMIT 1) v;
UPDATE pgen.fam f SET
  married = CASE WHEN head_g = 'M' THEN fixture_gen.n('fm', fi, 100) < 85 ELSE fixture_gen.n('fm', fi, 100) < 30 END,
  surname = (SELECT fixture_gen.pick(cu.lasts, 'fsur', f.fi) FROM pgen.cu cu WHERE cu.c = f.c),
  enrol = CASE WHEN cc = 'TZ' THEN pgen.ad('fen', fi, '2019-03-04', '2024-08-28') ELSE pgen.ad('fen', fi, '2019-09-02', '2024-08-28') END + make_interval(secs => 27000 + fixture_gen.n('fent', fi, 36000)),
  poverty = fixture_gen.n('fpov', fi, 100) < CASE WHEN cc = 'TZ' THEN 24 ELSE 15 END;
UPDATE pgen.fam SET mobile = enrol >= '2021-10-01' AND fixture_gen.n('fmob', fi, 10) < 8;

-- Members: k 0 head, 1 spouse, 2-6 children, 7 a parent of the head.
CREATE TABLE pgen.ins (ii int PRIMARY KEY, fi int, k int, rel int, g text, c text, cc text, first text, mid text, last text, dob date, marital text,
  prof int, edu int, phone text, email text, idtype text, idno text, cur_vill int, cur_addr text, geo text, vuln boolean, chfid text, enrol timestamp);
INSERT INTO pgen.ins (ii, fi, k, c, cc, g, enrol)
SELECT row_number() OVER (ORDER BY f.fi, k), f.fi, k, f.c, f.cc,
       CASE WHEN k = 0 THEN f.head_g WHEN k = 1 THEN CASE f.head_g WHEN 'M' THEN 'F' ELSE 'M' END
            WHEN k = 7 THEN CASE WHEN fixture_gen.n('pg', f.fi, 10) < 7 THEN 'F' ELSE 'M' END
            ELSE CASE WHEN fixture_gen.n('cg', f.fi * 10 + k, 2) = 0 THEN 'M' ELSE 'F' END END,
       CASE WHEN k IN (0, 1) OR k = 7 THEN f.enrol ELSE least(f.enrol + make_interval(days => CASE WHEN fixture_gen.n('late', f.fi * 10 + k, 10) = 0 THEN 60 + fixture_gen.n('lated', f.fi * 10 + k, 700) ELSE 0 END), (date '2024-08-30' + (f.enrol - f.enrol::date))) END
FROM pgen.fam f CROSS JOIN generate_series(0, 7) k
WHERE k = 0 OR (k = 1 AND f.married) OR (k BETWEEN 2 AND 1 + f.nkids) OR (k = 7 AND f.parent);
UPDATE pgen.ins i SET
  rel = CASE i.k WHEN 0 THEN NULL WHEN 1 THEN 8 WHEN 7 THEN 2 ELSE CASE WHEN fixture_gen.n('rel', i.ii, 20) = 0 THEN 7 WHEN fixture_gen.n('rel', i.ii, 20) = 1 THEN 3 ELSE 4 END END,
  first = CASE WHEN i.g = 'M' THEN cu.fm[1 + (fixture_gen.n('ifn', i.fi, 1000) + 7 * i.k) % cardinality(cu.fm)] ELSE cu.ff[1 + (fixture_gen.n('ifn', i.fi, 1000) + 7 * i.k) % cardinality(cu.ff)] END,
  mid = CASE WHEN i.cc = 'TZ' AND fixture_gen.n('imid', i.ii, 100) < 45 THEN fixture_gen.pick(CASE WHEN i.g = 'M' THEN cu.mid_m ELSE cu.mid_f END, 'imn', i.ii)
             WHEN i.cc = 'NP' AND i.c <> 'sherpa' AND fixture_gen.n('imid', i.ii, 100) < 35 THEN fixture_gen.pick(CASE WHEN i.g = 'M' THEN cu.mid_m ELSE cu.mid_f END, 'imn', i.ii) END,
  last = CASE WHEN i.k = 0 OR i.k = 7 THEN f.surname
              WHEN i.k = 1 THEN CASE WHEN i.c = 'sherpa' THEN fixture_gen.pick(cu.lasts, 'isur', i.ii) WHEN i.cc = 'NP' THEN f.surname
                                     WHEN fixture_gen.n('isp', i.ii, 10) < 6 THEN f.surname ELSE fixture_gen.pick(cu.lasts, 'isur', i.ii) END
              ELSE CASE WHEN i.c = 'sherpa' THEN 'Sherpa' WHEN i.cc = 'TZ' AND fixture_gen.n('isc', i.ii, 100) < 12 THEN fixture_gen.pick(cu.lasts, 'isur', i.ii) ELSE f.surname END END
FROM pgen.fam f, pgen.cu cu WHERE f.fi = i.fi AND cu.c = i.c;
-- Children of a father carry his first name as their middle name in Tanzania.
UPDATE pgen.ins c SET mid = h.first FROM pgen.ins h, pgen.fam f
WHERE c.fi = h.fi AND h.k = 0 AND f.fi = c.fi AND f.head_g = 'M' AND c.k BETWEEN 2 AND 6 AND c.cc = 'TZ' AND fixture_gen.n('cmid', c.ii, 10) < 6;
UPDATE pgen.ins i SET dob = CASE i.k WHEN 0 THEN pgen.ad('hdob', i.fi, '1955-01-01', '1998-12-31') WHEN 7 THEN pgen.ad('pdob', i.fi, '1928-01-01', '1956-12-31') ELSE NULL END;
UPDATE pgen.ins i SET dob = CASE WHEN i.k = 1 THEN h.dob + (fixture_gen.n('sdob', i.ii, 16 * 365) - 8 * 365)
    ELSE h.dob + (19 + (i.k - 2) * 3) * 365 + fixture_gen.n('cdob', i.ii, 900) END
FROM pgen.ins h WHERE h.fi = i.fi AND h.k = 0 AND i.k BETWEEN 1 AND 6;
DELETE FROM pgen.ins WHERE dob > date '2024-07-31';
-- Children born after the family enrolled were added some weeks later.
UPDATE pgen.ins SET enrol = least(date '2024-08-30', dob + 20 + fixture_gen.n('cenr', ii, 180))::timestamp + (enrol - enrol::date) WHERE k BETWEEN 2 AND 6 AND dob + 20 > enrol::date;
UPDATE pgen.ins i SET
  marital = CASE WHEN i.k = 0 THEN CASE WHEN f.married THEN 'M' ELSE fixture_gen.pick(ARRAY['S', 'W', 'W', 'D', 'S'], 'imar', i.ii) END
                 WHEN i.k = 1 THEN 'M' WHEN i.k = 7 THEN CASE WHEN fixture_gen.n('pmar', i.ii, 10) < 7 THEN 'W' ELSE 'M' END
                 WHEN i.dob < date '2002-01-01' THEN fixture_gen.pick(ARRAY['S', 'S', 'M', 'M', 'S'], 'imar', i.ii)
                 WHEN i.dob < date '2008-01-01' THEN CASE WHEN fixture_gen.n('imar', i.ii, 3) = 0 THEN NULL ELSE 'S' END END,
  prof = CASE WHEN i.k = 0 THEN CASE WHEN i.c = 'sherpa' AND i.g = 'M' AND fixture_gen.n('iprof', i.ii, 10) < 6 THEN 8
                                     WHEN f.dist IN ('Magu', 'Misungwi') AND i.g = 'M' AND fixture_gen.n('iprof', i.ii, 10) < 3 THEN 9
              ELSE fixture_gen.pick(ARRAY['5', '5', '5', '5', '5', '7', '7', '10', '3', '2', '11', '12', '4'], 'iprof2', i.ii)::int END
              WHEN i.k = 1 THEN fixture_gen.pick(ARRAY['1', '1', '1', '5', '5', '5', '7', '3', '11'], 'iprof2', i.ii)::int
              WHEN i.k = 7 THEN CASE WHEN fixture_gen.n('iprof', i.ii, 3) = 0 THEN NULL ELSE 5 END
              WHEN i.dob > date '2018-06-30' THEN NULL
              WHEN i.dob > date '2000-01-01' THEN 6
              ELSE fixture_gen.pick(ARRAY['5', '5', '7', '2', '3', '8', '6', '4'], 'iprof2', i.ii)::int END,
  edu = CASE WHEN i.k = 7 THEN CASE WHEN fixture_gen.n('iedu', i.ii, 2) = 0 THEN 8 ELSE NULL END
             WHEN i.dob > date '2021-01-01' THEN NULL
             WHEN i.dob > date '2017-01-01' THEN 1
             WHEN i.dob > date '2010-01-01' THEN 2
             WHEN i.dob > date '2005-01-01' THEN 3
             ELSE fixture_gen.pick(ARRAY['2', '2', '2', '2', '3', '3', '3', '4', '8', '7'], 'iedu', i.ii)::int END,
  vuln = i.dob < date '1950-01-01' OR fixture_gen.n('ivul', i.ii, 100) < 4
FROM pgen.fam f WHERE f.fi = i.fi;
-- Phones, e-mails, identity documents.
UPDATE pgen.ins i SET
  phone = CASE WHEN (i.k = 0 AND fixture_gen.n('iph', i.ii, 10) < 8) OR (i.k = 1 AND fixture_gen.n('iph', i.ii, 10) < 5)
                 OR (i.k BETWEEN 2 AND 6 AND i.dob < date '2004-01-01' AND fixture_gen.n('iph', i.ii, 10) < 3) OR (i.k = 7 AND fixture_gen.n('iph', i.ii, 10) < 1)
               THEN pgen.mob(i.cc, 'imob', i.ii) END,
  email = CASE WHEN i.dob < date '2004-01-01' AND i.k <> 7 AND fixture_gen.n('iem', i.ii, 100) < CASE WHEN f.dist IN ('Lalitpur', 'Bhaktapur') THEN 22 ELSE 5 END
               THEN lower(CASE fixture_gen.n('iemf', i.ii, 4) WHEN 0 THEN pgen.fold(i.first) || '.' || pgen.fold(i.last) WHEN 1 THEN pgen.fold(i.first) || pgen.fold(i.last) || (extract(year FROM i.dob)::int % 100)::text
                 WHEN 2 THEN substr(pgen.fold(i.first), 1, 1) || pgen.fold(i.last) || (10 + i.ii % 89)::text ELSE pgen.fold(i.last) || '_' || pgen.fold(i.first) END)
                 || '@' || fixture_gen.pick(CASE WHEN i.cc = 'TZ' THEN ARRAY['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com'] ELSE ARRAY['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'] END, 'iemd', i.ii) END,
  idtype = CASE WHEN ((i.k IN (0, 1) AND fixture_gen.n('iid', i.ii, 10) < 6) OR (i.k BETWEEN 2 AND 6 AND i.dob < date '2005-01-01' AND fixture_gen.n('iid', i.ii, 10) < 3))
                THEN CASE WHEN i.cc = 'TZ' THEN CASE WHEN fixture_gen.n('iidt', i.ii, 10) < 7 THEN 'N' WHEN fixture_gen.n('iidt', i.ii, 10) < 9 THEN 'V' ELSE 'D' END
                          ELSE CASE WHEN fixture_gen.n('iidt', i.ii, 20) < 17 THEN 'N' WHEN fixture_gen.n('iidt', i.ii, 20) < 19 THEN 'V' ELSE 'P' END END END
FROM pgen.fam f WHERE f.fi = i.fi;
UPDATE pgen.ins i SET idno = CASE
    WHEN i.cc = 'TZ' AND i.idtype = 'N' THEN pgen.nida(i.dob, 'inida', i.ii)
    WHEN i.cc = 'TZ' AND i.idtype = 'V' THEN 'T-' || fixture_gen.digits('ivot', i.ii, 4) || '-' || fixture_gen.digits('ivot2', i.ii, 4) || '-' || fixture_gen.digits('ivot3', i.ii, 3) || '-' || fixture_gen.digits('ivot4', i.ii, 1)
    WHEN i.cc = 'TZ' AND i.idtype = 'D' THEN '40' || fixture_gen.digits('idl', i.ii, 8)
    WHEN i.cc = 'NP' AND i.idtype = 'N' THEN pgen.ctz(f.dist, 'ictz', i.ii)
    WHEN i.cc = 'NP' AND i.idtype = 'V' THEN fixture_gen.digits('invot', i.ii, 8)
    WHEN i.cc = 'NP' AND i.idtype = 'P' THEN 'PA' || fixture_gen.digits('inpp', i.ii, 7) END
FROM pgen.fam f WHERE f.fi = i.fi;
-- Members who moved within the scheme area: their current village and house.
UPDATE pgen.ins i SET cur_vill = (SELECT l.id FROM pgen.loc l WHERE l.typ = 'V' AND l.cc = i.cc AND l.id <> f.vill ORDER BY l.id OFFSET fixture_gen.n('icv', i.ii, CASE WHEN f.cc = 'TZ' THEN 53 ELSE 32 END) LIMIT 1)
FROM pgen.fam f WHERE f.fi = i.fi AND i.k <> 7 AND i.dob < date '2004-01-01' AND fixture_gen.n('icur', i.ii, 100) < 9;
UPDATE pgen.ins i SET
  cur_addr = CASE WHEN i.cc = 'TZ' THEN fixture_gen.pick(ARRAY['Nyumba Na. ', 'Kitongoji cha ' || v.name || ', nyumba Na. ', 'Mtaa wa Sokoine, nyumba Na. ', 'Karibu na soko la ' || v.name || ', nyumba Na. '], 'icad', i.ii) || (1 + fixture_gen.n('ican', i.ii, 240))::text
                  ELSE fixture_gen.pick(ARRAY[v.name || ' Tole, house no. ', 'Ward ' || (1 + fixture_gen.n('icaw', i.ii, 12))::text || ', ' || v.name || ', ghar no. ', 'Behind ' || v.name || ' school, house ', v.name || '-' || (1 + fixture_gen.n('icaw', i.ii, 12))::text || ', Kitta no. '], 'icad', i.ii)
                       || (1 + fixture_gen.n('ican', i.ii, 400))::text END
FROM pgen.loc v WHERE v.id = i.cur_vill;
-- Homes captured by the enrolment app: the head's coordinates.
UPDATE pgen.ins i SET geo = to_char(dc.lat + (fixture_gen.n('glat', i.fi, 1200) - 600) / 10000.0, 'FM990.000000') || ',' || to_char(dc.lng + (fixture_gen.n('glng', i.fi, 1200) - 600) / 10000.0, 'FM990.000000')
FROM pgen.fam f, pgen.dc dc WHERE f.fi = i.fi AND dc.dist = f.dist AND f.mobile AND i.k = 0;
-- Insurance numbers: unique 9-digit CHFIDs.
UPDATE pgen.ins i SET chfid = pgen.chfid(CASE WHEN i.cc = 'TZ' THEN 10000000 ELSE 20000000 END + fixture_gen.n('chf', i.ii, 8000000));
UPDATE pgen.ins i SET chfid = pgen.chfid(left(i.chfid, 8)::bigint + d.rn * 13)
FROM (SELECT ii, row_number() OVER (PARTITION BY chfid ORDER BY ii) - 1 AS rn FROM pgen.ins) d WHERE d.ii = i.ii AND d.rn > 0;

-- Staff: enrolment officers (1-37), claim administrators (101-140), scheme
-- staff with a web login (201-226), in-charges of small facilities
-- (301-332).
CREATE FUNCTION pgen.pn(c text, g text, tag text, i bigint) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[fixture_gen.pick(CASE WHEN g = 'M' THEN cu.fm ELSE cu.ff END, tag || 'f', i),
               CASE WHEN c <> 'sherpa' AND fixture_gen.n(tag || 'm', i, 100) < 30 THEN fixture_gen.pick(CASE WHEN g = 'M' THEN cu.mid_m ELSE cu.mid_f END, tag || 'mn', i) END,
               fixture_gen.pick(cu.lasts, tag || 'l', i)]
  FROM pgen.cu cu WHERE cu.c = pn.c
$$;
CREATE TABLE pgen.st (si int PRIMARY KEY, kind text, cc text, c text, dist text, hf int, g text, first text, mid text, last text, dob date, phone text, email text, code text, login text);
INSERT INTO pgen.st (si, kind, cc, dist, c, hf)
SELECT s, 'EO', d.cc, d.name, fixture_gen.pick(d.mix, 'stc', s), NULL
FROM generate_series(1, 37) s JOIN pgen.loc d ON d.typ = 'D' AND d.id = 11 + (s - 1) % 11;
INSERT INTO pgen.st (si, kind, cc, dist, c, hf)
SELECT 100 + row_number() OVER (ORDER BY h.i, x), 'CA', CASE WHEN h.i < 20 THEN 'TZ' ELSE 'NP' END, h.dist, fixture_gen.pick(d.mix, 'stc', h.i * 3 + x), h.i
FROM pgen.hf h JOIN pgen.loc d ON d.typ = 'D' AND d.name = h.dist CROSS JOIN generate_series(1, 2) x WHERE x = 1 OR h.lvl = 'H';
INSERT INTO pgen.st (si, kind, cc, dist, c, hf)
SELECT 200 + s, 'U', CASE WHEN s <= 15 THEN 'TZ' ELSE 'NP' END,
       CASE WHEN s <= 8 THEN 'Moshi Vijijini' WHEN s <= 15 THEN 'Magu' WHEN s <= 19 THEN 'Lalitpur' WHEN s <= 22 THEN 'Bardiya' ELSE 'Solukhumbu' END, NULL, NULL
FROM generate_series(1, 26) s;
UPDATE pgen.st s SET c = fixture_gen.pick(d.mix, 'stc', s.si) FROM pgen.loc d WHERE d.typ = 'D' AND d.name = s.dist AND s.kind = 'U';
INSERT INTO pgen.st (si, kind, cc, dist, c, hf)
SELECT 300 + h.i, 'HF', CASE WHEN h.i < 20 THEN 'TZ' ELSE 'NP' END, h.dist, fixture_gen.pick(d.mix, 'stc', 300 + h.i), h.i
FROM pgen.hf h JOIN pgen.loc d ON d.typ = 'D' AND d.name = h.dist;
UPDATE pgen.st s SET g = CASE WHEN fixture_gen.n('stg', si, 100) < CASE kind WHEN 'HF' THEN 55 WHEN 'EO' THEN 45 ELSE 40 END THEN 'F' ELSE 'M' END;
UPDATE pgen.st s SET first = x.a[1], mid = x.a[2], last = x.a[3], dob = pgen.ad('stdob', si, '1962-01-01', '1998-12-31'),
  phone = pgen.mob(cc, 'stmob', si)
FROM (SELECT si AS j, pgen.pn(c, g, 'st', si) AS a FROM pgen.st) x WHERE x.j = s.si;
-- Fixed people the scheme's documents name.
UPDATE pgen.st SET c = 'chaga', g = 'F', first = 'Neema', mid = 'Elibariki', last = 'Mushi', dob = '1979-04-11' WHERE si = 201;
UPDATE pgen.st SET c = 'chaga', g = 'M', first = 'Godfrey', mid = NULL, last = 'Lyimo', dob = '1983-09-02' WHERE si = 202;
UPDATE pgen.st SET c = 'sukuma', g = 'M', first = 'Masanja', mid = 'Charles', last = 'Kasubi', dob = '1981-01-23' WHERE si = 209;
UPDATE pgen.st SET c = 'khas', g = 'M', first = 'Bishnu', mid = 'Prasad', last = 'Poudel', dob = '1977-12-30' WHERE si = 216;
UPDATE pgen.st SET c = 'newar', g = 'F', first = 'Sabina', mid = NULL, last = 'Shrestha', dob = '1988-06-17' WHERE si = 217;
UPDATE pgen.st SET c = 'newar', g = 'M', first = 'Ujjwal', mid = NULL, last = 'Shakya', dob = '1990-02-08' WHERE si = 218;
UPDATE pgen.st SET email = lower(CASE fixture_gen.n('stem', si, 5)
      WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 1 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last)
      WHEN 2 THEN pgen.fold(first) || pgen.fold(last) || (extract(year FROM dob)::int % 100)::text WHEN 3 THEN pgen.fold(last) || '.' || pgen.fold(first) ELSE pgen.fold(first) || '_' || pgen.fold(last) || (si % 50)::text END)
  || '@' || CASE WHEN kind IN ('U', 'EO') AND fixture_gen.n('stdom', si, 10) < 4
                 THEN CASE WHEN cc = 'NP' THEN 'hib.gov.np' ELSE CASE dist WHEN 'Moshi Vijijini' THEN 'moshidc.go.tz' WHEN 'Hai' THEN 'haidc.go.tz' WHEN 'Rombo' THEN 'rombodc.go.tz'
                      WHEN 'Magu' THEN 'magudc.go.tz' WHEN 'Kwimba' THEN 'kwimbadc.go.tz' ELSE 'misungwidc.go.tz' END END
                 ELSE fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com'], 'stemd', si) END;
UPDATE pgen.st SET email = 'neema.mushi@kilimanjaro.go.tz' WHERE si = 201;
UPDATE pgen.st SET email = 'bishnu.poudel@hib.gov.np' WHERE si = 216;
UPDATE pgen.st SET email = 'ujjwal.shakya@gmail.com' WHERE si = 218;
-- Officer codes, claim administrator codes (HF code and a serial), and the
-- web logins of scheme staff.
UPDATE pgen.st SET code = 'E' || CASE WHEN cc = 'TZ' THEN '1' ELSE '2' END || lpad((100 + si * 7)::text, 4, '0') WHERE kind = 'EO';
UPDATE pgen.st s SET code = h.code || lpad((SELECT count(*) FROM pgen.st s2 WHERE s2.kind = 'CA' AND s2.hf = s.hf AND s2.si <= s.si)::text, 2, '0')
FROM pgen.hf h WHERE s.kind = 'CA' AND h.i = s.hf;
UPDATE pgen.st SET login = CASE fixture_gen.n('stlg', si, 3) WHEN 0 THEN lower(pgen.fold(first) || '.' || pgen.fold(last)) WHEN 1 THEN lower(substr(pgen.fold(first), 1, 1) || pgen.fold(last))
                                ELSE initcap(pgen.fold(first)) || initcap(substr(pgen.fold(last), 1, 1)) END WHERE kind = 'U';
UPDATE pgen.st SET login = 'nmushi' WHERE si = 201;
UPDATE pgen.st SET login = 'bishnu.poudel' WHERE si = 216;
UPDATE pgen.st SET login = 'ujjwal' WHERE si = 218;

CREATE TABLE "tblHF" (
    "HfID" serial PRIMARY KEY,
    "HfUUID" uuid NOT NULL,
    "HFCode" varchar(8) NOT NULL,
    "HFName" varchar(100) NOT NULL,
    "LegalForm" char(1) NOT NULL,
    "HFLevel" char(1) NOT NULL,
    "HFSublevel" char(1),
    "HFAddress" varchar(100),
    "LocationId" integer NOT NULL,
    "Phone" varchar(50),
    "Fax" varchar(50),
    "eMail" varchar(50),
    "HFCareType" char(1) NOT NULL,
    "PLServiceID" integer,
    "PLItemID" integer,
    "AccCode" varchar(25),
    "OffLine" boolean NOT NULL DEFAULT false,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "JsonExt" jsonb
);
INSERT INTO "tblHF"
SELECT h.i, fixture_gen.uuid('hf', h.i)::uuid, h.code, h.name, h.legal, h.lvl, CASE WHEN h.lvl = 'H' AND h.legal = 'C' THEN 'D' WHEN h.lvl = 'C' AND h.i % 2 = 0 THEN '2' END, h.addr, d.id,
       CASE WHEN h.area IS NOT NULL THEN h.area || CASE WHEN h.area LIKE '0__ ___' THEN ' ' || fixture_gen.digits('hfph', h.i, 4) WHEN h.area LIKE '01-%' THEN fixture_gen.digits('hfph', h.i, 5)
                                                    WHEN length(h.area) = 7 THEN fixture_gen.digits('hfph', h.i, 3) ELSE fixture_gen.digits('hfph', h.i, 4) END
            ELSE s.phone END,
       CASE WHEN h.area IS NOT NULL AND h.lvl = 'H' AND h.i % 3 <> 2 THEN h.area || CASE WHEN h.area LIKE '0__ ___' THEN ' ' || fixture_gen.digits('hffx', h.i, 4) WHEN h.area LIKE '01-%' THEN fixture_gen.digits('hffx', h.i, 5)
                                                    WHEN length(h.area) = 7 THEN fixture_gen.digits('hffx', h.i, 3) ELSE fixture_gen.digits('hffx', h.i, 4) END END,
       CASE WHEN h.web IS NOT NULL THEN 'info@' || h.web
            WHEN h.lvl = 'H' THEN lower(regexp_replace(split_part(h.name, ',', 1), '[^A-Za-z]', '', 'g')) || '@gmail.com'
            WHEN h.i % 4 = 0 THEN lower(regexp_replace(h.name, '[^A-Za-z]', '', 'g')) || '@yahoo.com'
            WHEN h.i % 4 = 3 THEN NULL
            ELSE s.email END,
       h.care, CASE WHEN h.i >= 20 THEN 3 WHEN h.lvl = 'H' THEN 1 ELSE 2 END, CASE WHEN h.i >= 20 THEN 3 WHEN h.lvl = 'H' THEN 1 ELSE 2 END,
       CASE WHEN h.i < 20 THEN '4120-' ELSE 'HF-' END || h.code, false,
       CASE WHEN h.i < 20 THEN pgen.wt('hfv', h.i, '2018-03-05', '2018-03-09') ELSE pgen.wt('hfv', h.i, '2019-07-18', '2019-07-22') END, NULL, NULL,
       CASE WHEN h.i < 20 THEN 3 ELSE 19 END,
       CASE WHEN h.i >= 20 THEN jsonb_build_object('hmis_code', h.code, 'dhis2_uid', fixture_gen.chars('hfdh', h.i, 1, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') || fixture_gen.chars('hfdh2', h.i, 10)) END
FROM pgen.hf h JOIN pgen.loc d ON d.typ = 'D' AND d.name = h.dist LEFT JOIN pgen.st s ON s.si = 300 + h.i ORDER BY h.i;
-- Facilities whose in-charge changed keep the old contact as history.
INSERT INTO "tblHF"
SELECT 100 + h."HfID", fixture_gen.uuid('hfold', h."HfID")::uuid, h."HFCode", h."HFName", h."LegalForm", h."HFLevel", h."HFSublevel", h."HFAddress", h."LocationId",
       pgen.mob(CASE WHEN h."HfID" < 20 THEN 'TZ' ELSE 'NP' END, 'hfoldph', h."HfID"), NULL, h."eMail", h."HFCareType", h."PLServiceID", h."PLItemID", h."AccCode", false,
       h."ValidityFrom", timestamp '2022-02-14 10:00:00' + make_interval(hours => h."HfID"), h."HfID", h."AuditUserID", h."JsonExt"
FROM "tblHF" h WHERE h."HfID" IN (2, 10, 13, 26, 32);
UPDATE "tblHF" SET "ValidityFrom" = timestamp '2022-02-14 10:00:00' + make_interval(hours => "HfID") WHERE "HfID" IN (2, 10, 13, 26, 32);

-- ---------------------------------------------------------------------------
-- Enrolment officers (officers 1-4 left and were replaced by 34-37), with
-- the village executive officer who countersigns in Tanzania.

CREATE TABLE "tblOfficer" (
    "OfficerID" serial PRIMARY KEY,
    "OfficerUUID" uuid NOT NULL,
    "Code" varchar(8) NOT NULL,
    "LastName" varchar(100) NOT NULL,
    "OtherNames" varchar(100) NOT NULL,
    "DOB" date,
    "Phone" varchar(50),
    "LocationId" integer,
    "OfficerIDSubst" integer,
    "WorksTo" timestamp,
    "VEOCode" varchar(8),
    "VEOLastName" varchar(100),
    "VEOOtherNames" varchar(100),
    "VEODOB" date,
    "VEOPhone" varchar(25),
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "EmailId" varchar(200),
    "PhoneCommunication" boolean,
    "permanentaddress" varchar(100),
    "HasLogin" boolean
);
CREATE TABLE pgen.left_eo (si int PRIMARY KEY, sub int, works_to timestamp);
INSERT INTO pgen.left_eo VALUES (1, 34, '2022-06-30 00:00:00'), (2, 35, '2023-01-31 00:00:00'), (3, 36, '2022-11-30 00:00:00'), (4, 37, '2023-09-30 00:00:00');
INSERT INTO "tblOfficer"
SELECT s.si, fixture_gen.uuid('eo', s.si)::uuid, s.code, s.last, s.first || coalesce(' ' || s.mid, ''), s.dob, s.phone, d.id, le.sub, le.works_to,
       CASE WHEN s.cc = 'TZ' AND fixture_gen.n('veo', s.si, 10) < 6 THEN 'VEO' || lpad((10 + s.si * 3)::text, 3, '0') END,
       CASE WHEN s.cc = 'TZ' AND fixture_gen.n('veo', s.si, 10) < 6 THEN v.a[3] END,
       CASE WHEN s.cc = 'TZ' AND fixture_gen.n('veo', s.si, 10) < 6 THEN v.a[1] || coalesce(' ' || v.a[2], '') END,
       CASE WHEN s.cc = 'TZ' AND fixture_gen.n('veo', s.si, 10) < 5 THEN pgen.ad('veodob', s.si, '1960-01-01', '1990-12-31') END,
       CASE WHEN s.cc = 'TZ' AND fixture_gen.n('veo', s.si, 10) < 6 THEN pgen.mob('TZ', 'veoph', s.si) END,
       CASE WHEN s.si > 33 THEN (SELECT l.works_to + interval '9 days 8 hours' + make_interval(mins => s.si) FROM pgen.left_eo l WHERE l.sub = s.si)
            WHEN s.cc = 'TZ' THEN pgen.wt('eov', s.si, '2019-02-11', '2019-03-01') ELSE pgen.wt('eov', s.si, '2019-08-12', '2019-08-30') END,
       NULL, NULL, CASE WHEN s.cc = 'TZ' THEN 3 ELSE 19 END,
       CASE WHEN fixture_gen.n('eoem', s.si, 4) > 0 THEN s.email END, fixture_gen.n('eopc', s.si, 10) < 7,
       CASE WHEN s.cc = 'TZ' THEN fixture_gen.pick(ARRAY['S.L.P. ' || (10 + fixture_gen.n('eopa', s.si, 3000))::text || ', ' || CASE WHEN d.reg = 'Mwanza' THEN 'Mwanza' ELSE 'Moshi' END,
                                                         'Kitongoji cha ' || w.name || ', Kata ya ' || ww.name, 'Mtaa wa ' || fixture_gen.pick(ARRAY['Majengo', 'Pasua', 'Kiboriloni', 'Igoma', 'Buhongwa', 'Nyakato'], 'eost', s.si) || ', nyumba Na. ' || (1 + fixture_gen.n('eopn', s.si, 300))::text], 'eopa', s.si)
            ELSE ww.name || '-' || (1 + fixture_gen.n('eopw', s.si, 12))::text || ', ' || d.name || CASE WHEN s.si % 3 = 0 THEN ', near ' || w.name || ' chowk' ELSE '' END END,
       fixture_gen.n('eolog', s.si, 10) < 7 AND s.si NOT IN (SELECT si FROM pgen.left_eo)
FROM pgen.st s JOIN pgen.loc d ON d.typ = 'D' AND d.name = s.dist LEFT JOIN pgen.left_eo le ON le.si = s.si
CROSS JOIN LATERAL (SELECT pgen.pn(s.c, CASE WHEN s.si % 3 = 0 THEN 'F' ELSE 'M' END, 'veon', s.si) AS a) v
CROSS JOIN LATERAL (SELECT l.* FROM pgen.loc l WHERE l.typ = 'V' AND l.dist = s.dist ORDER BY l.id OFFSET fixture_gen.n('eovil', s.si, 6) LIMIT 1) w
JOIN pgen.loc ww ON ww.id = w.parent
WHERE s.kind = 'EO' ORDER BY s.si;
-- Edited officers: the previous phone and e-mail stay in history rows.
INSERT INTO "tblOfficer"
SELECT 60 + o."OfficerID", fixture_gen.uuid('eoold', o."OfficerID")::uuid, o."Code", o."LastName", o."OtherNames", o."DOB", pgen.mob(CASE WHEN o."Code" LIKE 'E1%' THEN 'TZ' ELSE 'NP' END, 'eooldph', o."OfficerID"),
       o."LocationId", NULL, NULL, o."VEOCode", o."VEOLastName", o."VEOOtherNames", o."VEODOB", o."VEOPhone", o."ValidityFrom",
       timestamp '2021-05-03 09:00:00' + make_interval(days => o."OfficerID" * 11, mins => o."OfficerID" * 7), o."OfficerID", o."AuditUserID", NULL, o."PhoneCommunication", o."permanentaddress", false
FROM "tblOfficer" o WHERE o."OfficerID" IN (6, 9, 17, 23, 28, 31);
UPDATE "tblOfficer" o SET "ValidityFrom" = h."ValidityTo" FROM "tblOfficer" h WHERE h."LegacyID" = o."OfficerID";

CREATE TABLE "tblClaimAdmin" (
    "ClaimAdminId" serial PRIMARY KEY,
    "ClaimAdminUUID" uuid NOT NULL,
    "ClaimAdminCode" varchar(8),
    "LastName" varchar(100),
    "OtherNames" varchar(100),
    "DOB" date,
    "Phone" varchar(50),
    "HFId" integer,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyId" integer,
    "AuditUserId" integer,
    "EmailId" varchar(200),
    "HasLogin" boolean
);
INSERT INTO "tblClaimAdmin"
SELECT s.si - 100, fixture_gen.uuid('ca', s.si)::uuid, s.code, s.last, s.first || coalesce(' ' || s.mid, ''), CASE WHEN fixture_gen.n('cadob', s.si, 5) > 0 THEN s.dob END, s.phone, s.hf,
       CASE WHEN s.cc = 'TZ' THEN pgen.wt('cav', s.si, '2019-02-18', '2019-06-28') ELSE pgen.wt('cav', s.si, '2019-08-19', '2019-12-20') END, NULL, NULL,
       CASE WHEN s.cc = 'TZ' THEN 3 ELSE 19 END, CASE WHEN fixture_gen.n('caem', s.si, 3) > 0 THEN s.email END, fixture_gen.n('calog', s.si, 10) < 6
FROM pgen.st s WHERE s.kind = 'CA' ORDER BY s.si;

-- ---------------------------------------------------------------------------
-- Users and roles. UserID 1 is the built-in Admin, 2-27 scheme staff, 31-67
-- enrolment officers with a login (the login is the officer code), 101-143
-- claim administrators with a login (their code), 201- history rows.

CREATE TABLE "tblRole" (
    "RoleID" serial PRIMARY KEY,
    "RoleUUID" uuid NOT NULL,
    "RoleName" varchar(50) NOT NULL,
    "AltLanguage" varchar(50),
    "IsSystem" integer NOT NULL,
    "IsBlocked" boolean NOT NULL,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "AuditUserID" integer,
    "LegacyID" integer
);
INSERT INTO "tblRole" VALUES
 (1, fixture_gen.uuid('role', 1)::uuid, 'Enrolment Officer', 'Afisa Mwandikishaji', 1, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (2, fixture_gen.uuid('role', 2)::uuid, 'Manager', 'Meneja', 2, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (3, fixture_gen.uuid('role', 3)::uuid, 'Accountant', 'Mhasibu', 4, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (4, fixture_gen.uuid('role', 4)::uuid, 'Clerk', 'Karani', 8, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (5, fixture_gen.uuid('role', 5)::uuid, 'Medical Officer', 'Afisa Tabibu', 16, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (6, fixture_gen.uuid('role', 6)::uuid, 'Scheme Administrator', 'Msimamizi wa Mfuko', 32, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (7, fixture_gen.uuid('role', 7)::uuid, 'IMIS Administrator', 'Msimamizi wa IMIS', 64, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (8, fixture_gen.uuid('role', 8)::uuid, 'Receptionist', 'Mpokezi', 128, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (9, fixture_gen.uuid('role', 9)::uuid, 'Claim Administrator', 'Msimamizi wa Madai', 256, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (10, fixture_gen.uuid('role', 10)::uuid, 'Claim Contributor', 'Mchangiaji wa Madai', 512, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (11, fixture_gen.uuid('role', 11)::uuid, 'HF Administrator', 'Msimamizi wa Kituo', 524288, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (12, fixture_gen.uuid('role', 12)::uuid, 'Offline Administrator', 'Msimamizi wa Nje ya Mtandao', 1048576, false, '2018-03-01 08:00:00', NULL, NULL, NULL),
 (13, fixture_gen.uuid('role', 13)::uuid, 'District Coordinator', 'Mratibu wa Wilaya', 0, false, '2020-02-10 10:21:44', NULL, 3, NULL),
 (14, fixture_gen.uuid('role', 14)::uuid, 'Data Entry (HIB)', 'डाटा इन्ट्री', 0, false, '2019-09-04 11:05:12', NULL, 19, NULL),
 (15, fixture_gen.uuid('role', 15)::uuid, 'Claim Reviewer - Referral', 'Mhakiki wa Rufaa', 0, true, '2021-06-01 09:30:00', NULL, 3, NULL),
 (16, fixture_gen.uuid('role', 16)::uuid, 'Claim Reviewer', 'Mhakiki wa Madai', 0, false, '2020-02-10 10:21:44', '2021-06-01 09:30:00', 3, 15);

CREATE TABLE pgen.urole (uid int PRIMARY KEY, si int, roles int[]);
INSERT INTO pgen.urole VALUES (1, NULL, ARRAY[7, 6]), (2, 201, ARRAY[2, 6]), (3, 202, ARRAY[7]), (4, 203, ARRAY[4]), (5, 204, ARRAY[4, 13]), (6, 205, ARRAY[3]), (7, 206, ARRAY[5, 15]),
  (8, 207, ARRAY[2]), (9, 208, ARRAY[8]), (10, 209, ARRAY[2, 6]), (11, 210, ARRAY[4]), (12, 211, ARRAY[4]), (13, 212, ARRAY[3]), (14, 213, ARRAY[5]), (15, 214, ARRAY[5]),
  (16, 215, ARRAY[8]), (17, 216, ARRAY[2, 6]), (18, 217, ARRAY[3]), (19, 218, ARRAY[7, 12]), (20, 219, ARRAY[4, 14]), (21, 220, ARRAY[4, 14]), (22, 221, ARRAY[5]),
  (23, 222, ARRAY[4]), (24, 223, ARRAY[8]), (25, 224, ARRAY[4, 13]), (26, 225, ARRAY[5]), (27, 226, ARRAY[3]);
INSERT INTO pgen.urole SELECT 30 + "OfficerID", "OfficerID", ARRAY[1] FROM "tblOfficer" WHERE "HasLogin" AND "ValidityTo" IS NULL;
INSERT INTO pgen.urole SELECT 100 + "ClaimAdminId", 100 + "ClaimAdminId", CASE WHEN "ClaimAdminId" % 4 = 0 THEN ARRAY[9, 10] ELSE ARRAY[9] END FROM "tblClaimAdmin" WHERE "HasLogin";

CREATE TABLE "tblUsers" (
    "UserID" serial PRIMARY KEY,
    "UserUUID" uuid NOT NULL,
    "LanguageID" varchar(5) NOT NULL,
    "LastName" varchar(100) NOT NULL,
    "OtherNames" varchar(100) NOT NULL,
    "Phone" varchar(50),
    "LoginName" varchar(25) NOT NULL,
    "RoleID" integer NOT NULL,
    "HFID" integer,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "password" bytea,
    "DummyPwd" varchar(25),
    "EmailId" varchar(200),
    "PrivateKey" varchar(256),
    "StoredPassword" varchar(256),
    "PasswordValidity" timestamp,
    "IsAssociated" boolean,
    "LastLogin" timestamp
);
INSERT INTO "tblUsers"
SELECT u.uid, fixture_gen.uuid('user', u.uid)::uuid,
       CASE WHEN coalesce(s.cc, CASE WHEN u.uid = 1 OR o."Code" LIKE 'E1%' OR ca."HFId" < 20 THEN 'TZ' ELSE 'NP' END) = 'TZ' THEN CASE WHEN u.uid = 1 OR fixture_gen.n('ulang', u.uid, 10) < 4 THEN 'en' ELSE 'sw' END ELSE CASE WHEN fixture_gen.n('ulang', u.uid, 10) < 7 THEN 'en' ELSE 'ne' END END,
       coalesce(o."LastName", ca."LastName", s.last, 'Admin'), coalesce(o."OtherNames", ca."OtherNames", s.first || coalesce(' ' || s.mid, ''), 'Admin'),
       coalesce(o."Phone", ca."Phone", s.phone), coalesce(o."Code", ca."ClaimAdminCode", s.login, 'Admin'),
       (SELECT sum(r."IsSystem") FROM "tblRole" r WHERE r."RoleID" = ANY (u.roles))::int, ca."HFId",
       CASE WHEN u.uid = 1 THEN timestamp '2018-03-01 08:00:00'
            WHEN o."OfficerID" IS NOT NULL THEN greatest(o."ValidityFrom", timestamp '2021-03-15 00:00:00') + make_interval(hours => 9, mins => u.uid)
            WHEN ca."ClaimAdminId" IS NOT NULL THEN greatest(ca."ValidityFrom", timestamp '2021-03-15 00:00:00') + make_interval(hours => 10, mins => u.uid)
            WHEN s.cc = 'TZ' THEN pgen.wt('uv', u.uid, '2018-03-05', '2019-01-31') ELSE pgen.wt('uv', u.uid, '2019-07-22', '2019-08-30') END,
       CASE WHEN u.uid = 15 THEN timestamp '2023-04-28 16:12:09' END, NULL,
       CASE WHEN u.uid = 1 THEN 0 WHEN coalesce(s.cc, CASE WHEN o."Code" LIKE 'E1%' OR ca."HFId" < 20 THEN 'TZ' ELSE 'NP' END) = 'TZ' THEN CASE WHEN u.uid = 3 THEN 1 ELSE 3 END ELSE CASE WHEN u.uid = 19 THEN 1 ELSE 19 END END,
       CASE WHEN u.uid <= 27 AND u.uid NOT IN (20, 21, 25, 26, 27) THEN decode('02000000' || fixture_gen.hexn('upwb', u.uid, 72), 'hex') END,
       CASE WHEN u.uid IN (26, 27) OR (u.uid > 100 AND u.uid % 9 = 0) THEN CASE WHEN u.uid < 100 THEN 'Hib' || '#' ELSE 'Ichf' || '@' END || fixture_gen.digits('udum', u.uid, 4) END,
       coalesce(o."EmailId", ca."EmailId", s.email, CASE WHEN u.uid = 1 THEN 'imis-admin@kilimanjaro.go.tz' END),
       pgen.hexu('upk', u.uid, 64), pgen.hexu('usp', u.uid, 64),
       CASE WHEN u.uid IN (26, 27) OR (u.uid > 100 AND u.uid % 9 = 0) THEN timestamp '2024-10-31 00:00:00' END,
       CASE WHEN u.uid > 30 THEN true WHEN u.uid > 1 THEN false END,
       CASE WHEN u.uid = 15 THEN timestamp '2023-04-21 11:02:44' WHEN u.uid % 11 = 7 THEN NULL ELSE pgen.wt('ull', u.uid, '2024-05-01', '2024-09-14') END
FROM pgen.urole u LEFT JOIN pgen.st s ON s.si = u.si AND u.uid <= 27 LEFT JOIN "tblOfficer" o ON o."OfficerID" = u.si AND u.uid BETWEEN 31 AND 99
LEFT JOIN "tblClaimAdmin" ca ON ca."ClaimAdminId" = u.si - 100 AND u.uid > 100 ORDER BY u.uid;
INSERT INTO "tblUsers"
SELECT 200 + row_number() OVER (ORDER BY u."UserID"), fixture_gen.uuid('userold', u."UserID")::uuid, u."LanguageID", u."LastName", u."OtherNames",
       pgen.mob(CASE WHEN u."UserID" < 17 THEN 'TZ' ELSE 'NP' END, 'uoldph', u."UserID"), u."LoginName", u."RoleID", u."HFID", u."ValidityFrom",
       timestamp '2022-03-07 08:40:00' + make_interval(days => u."UserID" * 9), u."UserID", u."AuditUserID", u."password", NULL,
       CASE WHEN u."UserID" IN (2, 17) THEN lower(pgen.fold(split_part(u."OtherNames", ' ', 1)) || pgen.fold(u."LastName")) || '@yahoo.com' ELSE u."EmailId" END,
       pgen.hexu('upkold', u."UserID", 64), pgen.hexu('uspold', u."UserID", 64), NULL, u."IsAssociated", NULL
FROM "tblUsers" u WHERE u."UserID" IN (2, 6, 11, 17, 22);
UPDATE "tblUsers" u SET "ValidityFrom" = h."ValidityTo" FROM "tblUsers" h WHERE h."LegacyID" = u."UserID";

CREATE TABLE "tblUserRole" (
    "UserRoleID" serial PRIMARY KEY,
    "UserID" integer NOT NULL,
    "RoleID" integer NOT NULL,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "AudituserID" integer,
    "LegacyID" integer,
    "Assign" integer
);
INSERT INTO "tblUserRole" ("UserID", "RoleID", "ValidityFrom", "ValidityTo", "AudituserID", "LegacyID", "Assign")
SELECT u.uid, r.role, us."ValidityFrom", CASE WHEN u.uid = 15 THEN us."ValidityTo" END, CASE WHEN u.uid = 1 THEN NULL ELSE us."AuditUserID" END, NULL, CASE WHEN r.role IN (6, 7) THEN 3 ELSE 1 END
FROM pgen.urole u CROSS JOIN LATERAL unnest(u.roles) WITH ORDINALITY r(role, o) JOIN "tblUsers" us ON us."UserID" = u.uid ORDER BY u.uid, r.o;
-- Two reviewers held the old reviewer role until it was replaced.
INSERT INTO "tblUserRole" ("UserID", "RoleID", "ValidityFrom", "ValidityTo", "AudituserID", "LegacyID", "Assign")
VALUES (7, 16, '2020-02-10 10:30:00', '2021-06-01 09:31:00', 3, NULL, 1), (14, 16, '2020-02-10 10:31:00', '2021-06-01 09:31:00', 3, NULL, 1);

CREATE TABLE "core_TechnicalUser" (
    "id" serial PRIMARY KEY,
    "password" varchar(128) NOT NULL,
    "last_login" timestamp with time zone,
    "username" varchar(150) NOT NULL UNIQUE,
    "email" varchar(254),
    "is_staff" boolean NOT NULL,
    "is_superuser" boolean NOT NULL,
    "validity_from" timestamp with time zone,
    "validity_to" timestamp with time zone
);
INSERT INTO "core_TechnicalUser"
SELECT t.id, 'pbkdf2_' || 'sha256$260000$' || pgen.lower('tusalt', t.id, 22) || '$' || translate(encode(sha256(convert_to('tu' || t.id, 'UTF8')), 'base64'), E'\n', ''),
       t.ll, t.username, t.email, t.staff, t.su, t.vf, NULL
FROM (VALUES (1, 'admin', 'imis-admin@kilimanjaro.go.tz', true, true, timestamptz '2021-03-10 09:12:40+03', timestamptz '2024-09-12 08:04:51+03'),
             (2, 'ujjwal.shakya', 'ujjwal.shakya@gmail.com', true, false, timestamptz '2021-11-22 12:40:03+05:45', timestamptz '2024-09-15 10:31:19+05:45'),
             (3, 'fhir_gateway', NULL, false, false, timestamptz '2022-05-18 14:20:00+03', timestamptz '2024-09-15 23:58:02+03'),
             (4, 'gepg_callback', 'gepg-support@kilimanjaro.go.tz', false, false, timestamptz '2022-08-01 10:05:00+03', timestamptz '2024-09-15 17:44:10+03'),
             (5, 'dhis2_etl', 'hmis@hib.gov.np', false, false, timestamptz '2023-02-06 11:00:00+05:45', timestamptz '2024-09-14 02:00:05+05:45')) t(id, username, email, staff, su, vf, ll);

CREATE TABLE "core_User" (
    "id" uuid PRIMARY KEY,
    "password" varchar(128) NOT NULL,
    "last_login" timestamp with time zone,
    "is_superuser" boolean NOT NULL,
    "username" varchar(25) NOT NULL UNIQUE,
    "t_user_id" integer,
    "i_user_id" integer,
    "officer_id" integer,
    "claim_admin_id" integer
);
INSERT INTO "core_User"
SELECT fixture_gen.uuid('coreuser', u."UserID")::uuid, '', CASE WHEN u."LastLogin" IS NOT NULL THEN u."LastLogin" AT TIME ZONE CASE WHEN u."AuditUserID" IN (1, 19) OR u."UserID" BETWEEN 17 AND 27 THEN 'Asia/Kathmandu' ELSE 'Africa/Dar_es_Salaam' END END,
       u."UserID" = 1, u."LoginName", NULL, u."UserID", CASE WHEN u."UserID" BETWEEN 31 AND 99 THEN u."UserID" - 30 END, CASE WHEN u."UserID" > 100 THEN u."UserID" - 100 END
FROM "tblUsers" u WHERE u."LegacyID" IS NULL ORDER BY u."UserID";
INSERT INTO "core_User"
SELECT fixture_gen.uuid('coretuser', t.id)::uuid, '', t.last_login, t.is_superuser, t.username, t.id, NULL, NULL, NULL FROM "core_TechnicalUser" t ORDER BY t.id;

-- ---------------------------------------------------------------------------
-- Families and insurees.

ALTER TABLE pgen.fam ADD officer int, ADD audit int, ADD hf int;
UPDATE pgen.fam f SET officer = x.o FROM (
  SELECT f2.fi, (d.id - 10) + 11 * fixture_gen.n('fo', f2.fi, 3) AS o FROM pgen.fam f2 JOIN pgen.loc d ON d.typ = 'D' AND d.name = f2.dist) x WHERE x.fi = f.fi;
UPDATE pgen.fam f SET officer = le.sub FROM pgen.left_eo le WHERE le.si = f.officer AND f.enrol > le.works_to;
UPDATE pgen.fam f SET audit = CASE WHEN f.mobile AND EXISTS (SELECT 1 FROM "tblUsers" u WHERE u."UserID" = 30 + f.officer) THEN 30 + f.officer
    WHEN f.cc = 'NP' THEN fixture_gen.pick(ARRAY['20', '21', '23', '25'], 'faud', f.fi)::int
    WHEN f.dist IN ('Magu', 'Kwimba', 'Misungwi') THEN fixture_gen.pick(ARRAY['11', '12'], 'faud', f.fi)::int ELSE fixture_gen.pick(ARRAY['4', '5'], 'faud', f.fi)::int END,
  hf = (SELECT h.i FROM pgen.hf h WHERE h.dist = f.dist ORDER BY h.lvl = 'H', h.i OFFSET fixture_gen.n('fhf', f.fi, 2) LIMIT 1);

CREATE TABLE "tblFamilies" (
    "FamilyID" serial PRIMARY KEY,
    "FamilyUUID" uuid NOT NULL,
    "InsureeID" integer NOT NULL,
    "LocationId" integer,
    "Poverty" boolean,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "FamilyType" varchar(2),
    "FamilyAddress" varchar(200),
    "isOffline" boolean,
    "Ethnicity" varchar(1),
    "ConfirmationNo" varchar(12),
    "ConfirmationType" varchar(3),
    "JsonExt" jsonb
);
INSERT INTO "tblFamilies"
SELECT f.fi, fixture_gen.uuid('fam', f.fi)::uuid, h.ii, f.vill, f.poverty, f.enrol, NULL, NULL, f.audit,
       CASE WHEN f.c = 'sukuma' AND fixture_gen.n('fty', f.fi, 100) < 10 THEN 'P' WHEN fixture_gen.n('fty', f.fi, 100) < 3 THEN 'O' ELSE 'H' END,
       CASE WHEN fixture_gen.n('fad', f.fi, 10) < 7 THEN
         CASE WHEN f.cc = 'TZ' THEN fixture_gen.pick(ARRAY[
              'Kitongoji cha ' || v.name || ' ' || fixture_gen.pick(ARRAY['Juu', 'Chini', 'Kati', 'Mashariki'], 'fadk', f.fi) || ', nyumba Na. ' || (1 + fixture_gen.n('fadn', f.fi, 180))::text,
              'Karibu na ' || fixture_gen.pick(ARRAY['kanisa la KKKT ', 'kanisa Katoliki ', 'msikiti wa ', 'shule ya msingi ', 'zahanati ya '], 'fadp', f.fi) || v.name,
              'Nyumba ya ' || CASE WHEN h.g = 'F' THEN 'Mama ' ELSE 'Mzee ' END || h.first || ' ' || h.last || ', ' || v.name,
              v.name || ', barabara ya ' || fixture_gen.pick(CASE WHEN f.dist IN ('Magu', 'Kwimba', 'Misungwi') THEN ARRAY['Magu-Mwanza', 'Ngudu', 'Usagara-Misungwi', 'Kisesa-Bujora'] ELSE ARRAY['Moshi-Arusha', 'Mwika', 'Kibosho', 'Machame'] END, 'fadr', f.fi) || ', kibao Na. ' || (1 + fixture_gen.n('fadn', f.fi, 90))::text], 'fadf', f.fi)
         ELSE fixture_gen.pick(ARRAY[
              w.name || '-' || (1 + fixture_gen.n('fadw', f.fi, 12))::text || ', ' || v.name || ' tole, house no. ' || (1 + fixture_gen.n('fadn', f.fi, 500))::text,
              v.name || ', near ' || fixture_gen.pick(ARRAY['Ganesh temple', 'the community school', 'the gumba', 'Bal Kumari temple', 'the health post', 'the chautari'], 'fadp', f.fi),
              'Ward No. ' || (1 + fixture_gen.n('fadw', f.fi, 12))::text || ', ' || w.name || ', ' || f.dist,
              h.first || ' ' || h.last || ' ko ghar, ' || v.name || '-' || (1 + fixture_gen.n('fadw', f.fi, 12))::text], 'fadf', f.fi) END END,
       false,
       CASE f.c WHEN 'khas' THEN 'B' WHEN 'newar' THEN 'N' WHEN 'tharu' THEN 'T' WHEN 'sherpa' THEN 'S' END,
       CASE WHEN f.poverty THEN CASE WHEN f.cc = 'TZ' THEN 'TSF' || dc.dno || fixture_gen.digits('fcn', f.fi, 5) ELSE right(dc.dno, 2) || '-' || fixture_gen.digits('fcn', f.fi, 3) || '-' || fixture_gen.digits('fcn2', f.fi, 5) END END,
       CASE WHEN f.poverty THEN CASE WHEN f.cc = 'TZ' THEN 'PSN' ELSE 'GPC' END END,
       CASE WHEN f.mobile THEN jsonb_build_object('source', 'mobile', 'app_version', fixture_gen.pick(ARRAY['3.1.4', '3.2.0', '3.2.1'], 'fapp', f.fi)) END
FROM pgen.fam f JOIN pgen.ins h ON h.fi = f.fi AND h.k = 0 JOIN pgen.loc v ON v.id = f.vill JOIN pgen.loc w ON w.id = f.ward JOIN pgen.dc dc ON dc.dist = f.dist
ORDER BY f.fi;

ALTER TABLE pgen.ins ADD photo int, ADD card boolean;
UPDATE pgen.ins i SET photo = CASE WHEN fixture_gen.n('iphoto', i.ii, 100) < 78 THEN i.ii END,
  card = i.enrol < timestamp '2024-03-01' AND fixture_gen.n('icard', i.ii, 100) < 75;

CREATE TABLE "tblInsuree" (
    "InsureeID" serial PRIMARY KEY,
    "InsureeUUID" uuid NOT NULL,
    "FamilyID" integer,
    "CHFID" varchar(12),
    "LastName" varchar(100) NOT NULL,
    "OtherNames" varchar(100) NOT NULL,
    "DOB" date NOT NULL,
    "Gender" char(1),
    "Marital" char(1),
    "IsHead" boolean NOT NULL,
    "passport" varchar(25),
    "Phone" varchar(50),
    "PhotoID" integer,
    "PhotoDate" date,
    "CardIssued" boolean NOT NULL,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "Relationship" smallint,
    "Profession" smallint,
    "Education" smallint,
    "Email" varchar(100),
    "isOffline" boolean,
    "TypeOfId" varchar(1),
    "HFID" integer,
    "CurrentAddress" varchar(200),
    "GeoLocation" varchar(250),
    "CurrentVillage" integer,
    "Vulnerability" boolean,
    "JsonExt" jsonb
);
INSERT INTO "tblInsuree"
SELECT i.ii, fixture_gen.uuid('ins', i.ii)::uuid, i.fi, i.chfid, i.last, i.first || coalesce(' ' || i.mid, ''), i.dob, i.g, i.marital, i.k = 0, i.idno, i.phone,
       i.photo, CASE WHEN i.photo IS NOT NULL THEN i.enrol::date END, i.card, i.enrol, NULL, NULL, f.audit, i.rel, i.prof, i.edu, i.email, false, i.idtype,
       CASE WHEN fixture_gen.n('ihf', i.ii, 10) = 0 THEN (SELECT h.i FROM pgen.hf h WHERE h.dist = f.dist ORDER BY h.i OFFSET fixture_gen.n('ihf2', i.ii, 3) LIMIT 1) ELSE f.hf END,
       i.cur_addr, i.geo, i.cur_vill, i.vuln,
       CASE WHEN i.cc = 'NP' AND f.mobile THEN jsonb_build_object('insuree_enrolment_type', CASE WHEN i.g = 'F' AND i.prof = 12 THEN 'FCHV' WHEN i.dob < date '1954-01-01' THEN 'Elderly' ELSE 'General' END,
              'disability_status', CASE WHEN i.vuln AND i.dob >= date '1954-01-01' THEN fixture_gen.pick(ARRAY['Physical', 'Visual', 'Hearing', 'Intellectual'], 'idis', i.ii) ELSE 'None' END) END
FROM pgen.ins i JOIN pgen.fam f ON f.fi = i.fi ORDER BY i.ii;
-- Corrected records: the version before the correction stays as a history
-- row (a misspelt name, a changed phone, a marriage).
INSERT INTO "tblInsuree"
SELECT 2000 + n."InsureeID", fixture_gen.uuid('insold', n."InsureeID")::uuid, n."FamilyID", n."CHFID", n."LastName",
       CASE WHEN n."InsureeID" % 3 = 0 THEN regexp_replace(n."OtherNames", '([aeiou])([a-z])', '\2\1') ELSE n."OtherNames" END,
       CASE WHEN n."InsureeID" % 5 = 1 THEN n."DOB" + 365 ELSE n."DOB" END, n."Gender",
       CASE WHEN n."InsureeID" % 3 = 2 AND n."Marital" = 'M' THEN 'S' ELSE n."Marital" END, n."IsHead", n."passport",
       CASE WHEN n."InsureeID" % 3 = 1 THEN pgen.mob(CASE WHEN n."CHFID" LIKE '1%' THEN 'TZ' ELSE 'NP' END, 'insoldph', n."InsureeID") ELSE n."Phone" END,
       n."PhotoID", n."PhotoDate", false, n."ValidityFrom", n."ValidityFrom" + make_interval(days => 30 + fixture_gen.n('insed', n."InsureeID", 600)), n."InsureeID", n."AuditUserID",
       n."Relationship", n."Profession", n."Education", n."Email", false, n."TypeOfId", n."HFID", NULL, n."GeoLocation", NULL, n."Vulnerability", n."JsonExt"
FROM "tblInsuree" n WHERE fixture_gen.n('insold', n."InsureeID", 100) < 8 AND n."ValidityFrom" < timestamp '2024-01-01';
UPDATE "tblInsuree" n SET "ValidityFrom" = h."ValidityTo" FROM "tblInsuree" h WHERE h."LegacyID" = n."InsureeID";
-- Families whose poverty status was reassessed keep the old record.
INSERT INTO "tblFamilies"
SELECT 500 + f."FamilyID", fixture_gen.uuid('famold', f."FamilyID")::uuid, f."InsureeID", f."LocationId", NOT f."Poverty", f."ValidityFrom",
       f."ValidityFrom" + make_interval(days => 200 + fixture_gen.n('famed', f."FamilyID", 500)), f."FamilyID", f."AuditUserID", f."FamilyType", f."FamilyAddress", false, f."Ethnicity",
       NULL, NULL, f."JsonExt"
FROM "tblFamilies" f WHERE f."FamilyID" % 13 = 5 AND f."ValidityFrom" < timestamp '2023-06-01';
UPDATE "tblFamilies" f SET "ValidityFrom" = h."ValidityTo" FROM "tblFamilies" h WHERE h."LegacyID" = f."FamilyID";

CREATE TABLE "tblPhotos" (
    "PhotoID" serial PRIMARY KEY,
    "PhotoUUID" uuid NOT NULL,
    "InsureeID" integer,
    "CHFID" varchar(12),
    "PhotoFolder" varchar(255),
    "PhotoFileName" varchar(250),
    "OfficerID" integer NOT NULL,
    "PhotoDate" date NOT NULL,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "AuditUserID" integer,
    "photo" text
);
INSERT INTO "tblPhotos"
SELECT i.ii, fixture_gen.uuid('photo', i.ii)::uuid, i.ii, i.chfid,
       CASE WHEN i.enrol < timestamp '2022-01-01' THEN 'Images\Updated\' WHEN i.cc = 'TZ' THEN to_char(i.enrol, 'YYYY') || '/' || extract(month FROM i.enrol)::int || '/' || extract(day FROM i.enrol)::int END,
       CASE WHEN i.enrol < timestamp '2022-01-01' THEN i.chfid || '_' || o."Code" || '_' || to_char(i.enrol, 'YYYYMMDD') || '_' || CASE WHEN h.geo IS NOT NULL THEN replace(h.geo, ',', '_') ELSE '0_0' END || '.jpg'
            WHEN i.cc = 'TZ' THEN fixture_gen.uuid('photofile', i.ii) END,
       f.officer, i.enrol::date, i.enrol, NULL, f.audit,
       CASE WHEN i.enrol >= timestamp '2022-01-01' AND i.cc = 'NP' THEN '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/'
            || fixture_gen.b64('ph1', i.ii, 240) || fixture_gen.b64('ph2', i.ii, 240) || fixture_gen.b64('ph3', i.ii, 240) || fixture_gen.b64('ph4', i.ii, 120 + 3 * fixture_gen.n('phl', i.ii, 40)) || '/9k=' END
FROM pgen.ins i JOIN pgen.fam f ON f.fi = i.fi JOIN pgen.ins h ON h.fi = i.fi AND h.k = 0 JOIN "tblOfficer" o ON o."OfficerID" = f.officer
WHERE i.photo IS NOT NULL ORDER BY i.ii;

-- ---------------------------------------------------------------------------
-- Payers: councils, donors, co-operatives and a few private benefactors
-- who pay the contributions of poor or elderly families.

CREATE TABLE "tblPayer" (
    "PayerID" serial PRIMARY KEY,
    "PayerUUID" uuid NOT NULL,
    "PayerType" char(1) NOT NULL,
    "PayerName" varchar(100) NOT NULL,
    "PayerAddress" varchar(100),
    "LocationId" integer,
    "Phone" varchar(50),
    "Fax" varchar(50),
    "eMail" varchar(50),
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL
);
INSERT INTO "tblPayer" ("PayerID", "PayerUUID", "PayerType", "PayerName", "PayerAddress", "LocationId", "Phone", "Fax", "eMail", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID")
SELECT p.id, fixture_gen.uuid('payer', p.id)::uuid, p.t, p.name, p.addr, p.loc, p.phone, p.fax, p.email,
       CASE WHEN p.id <= 13 THEN pgen.wt('payv', p.id, '2019-03-01', '2022-06-30') ELSE pgen.wt('payv', p.id, '2019-09-01', '2022-06-30') END, NULL, NULL, CASE WHEN p.id <= 13 THEN 6 ELSE 18 END
FROM (VALUES
  (1, 'G', 'Halmashauri ya Wilaya ya Moshi', 'S.L.P. 3003, Moshi', 11, '027 275 4211', '027 275 4213', 'ded@moshidc.go.tz'),
  (2, 'L', 'Halmashauri ya Wilaya ya Magu', 'S.L.P. 200, Magu', 14, '028 253 0031', NULL, 'ded@magudc.go.tz'),
  (3, 'D', 'Swiss Agency for Development and Cooperation', 'P.O. Box 23371, Dar es Salaam', NULL, '022 266 6008', '022 266 6010', 'daressalaam@eda.admin.ch'),
  (4, 'C', 'Kilimanjaro Native Co-operative Union (1984) Ltd', 'S.L.P. 3032, Moshi', 11, '027 275 2785', NULL, 'kncu@kncu.co.tz'),
  (5, 'C', 'Mwika Kaskazini AMCOS', 'Mwika Kaskazini, Moshi Vijijini', 103, pgen.mob('TZ', 'paymob', 5), NULL, NULL),
  (6, 'P', 'Machame Coffee Estates Ltd', 'S.L.P. 1712, Machame, Hai', 12, '027 275 7721', NULL, 'accounts@machamecoffee.co.tz'),
  (7, 'O', 'Elibariki Filbert Swai', 'Kitongoji cha Nkuu Juu, Machame Kaskazini', 1042, pgen.mob('TZ', 'paymob', 7), NULL, 'eliswai1954@yahoo.com'),
  (8, 'O', 'Dkt. Gaudence Materu', 'Mtaa wa Kiboriloni, nyumba Na. 48, Moshi', 11, pgen.mob('TZ', 'paymob', 8), NULL, 'gmateru@gmail.com'),
  (9, 'C', 'Nyanza Cooperative Union (1984) Ltd', 'S.L.P. 9, Mwanza', 2, '028 250 0351', NULL, 'info@nyanzacu.co.tz'),
  (10, 'P', 'Kisesa Boda Boda SACCOS', 'Kisesa A, Magu', 1102, pgen.mob('TZ', 'paymob', 10), NULL, 'kisesabodaboda@gmail.com'),
  (11, 'D', 'TASAF - Tanzania Social Action Fund', 'S.L.P. 9381, Dar es Salaam', NULL, '022 212 3583', NULL, 'info@tasaf.go.tz'),
  (12, 'O', 'Kwandu Masanja Shija', 'Kitongoji cha Mwamashimba, nyumba ya 12, Kwimba', 1142, pgen.mob('TZ', 'paymob', 12), NULL, NULL),
  (13, 'L', 'Halmashauri ya Wilaya ya Kwimba', 'S.L.P. 88, Ngudu', 15, '028 252 0010', NULL, 'ded@kwimbadc.go.tz'),
  (14, 'G', 'Ministry of Health and Population - HIB subsidy', 'Ramshahpath, Kathmandu', NULL, '01-4262696', NULL, NULL),
  (15, 'L', 'Lalitpur Metropolitan City Office', 'Pulchowk, Lalitpur', 18, '01-5521489', '01-5521479', 'info@lalitpurmun.gov.np'),
  (16, 'L', 'Khumbu Pasanglhamu Rural Municipality', 'Chaurikharka, Solukhumbu', 121, '038-540115', NULL, 'info@khumbupasanglhamumun.gov.np'),
  (17, 'D', 'Himalayan Trust Nepal', 'Lazimpat, Kathmandu', NULL, '01-4444215', NULL, 'info@himalayantrust.org.np'),
  (18, 'C', 'Thecho Dairy Cooperative Ltd', 'Thecho, Godawari-10', 1241, pgen.mob('NP', 'paymob', 18), NULL, NULL),
  (19, 'O', 'Pemba Dorje Sherpa', 'Namche-5, Khumbu Lodge, Solukhumbu', 1211, pgen.mob('NP', 'paymob', 19), NULL, 'pembadorje.khumbulodge@gmail.com'),
  (20, 'P', 'Bardiya Rice Mill Pvt. Ltd.', 'Gulariya-4, Bardiya', 20, '084-420378', NULL, 'bardiyaricemill@gmail.com'),
  (21, 'C', 'Rajapur Mahila Bachat tatha Rin Sahakari Sanstha', 'Rajapur-5, Bardiya', 129, pgen.mob('NP', 'paymob', 21), NULL, NULL),
  (22, 'O', 'Rajendra Prasad Khanal', 'Tulsipur-6, near Sahid Chowk, Dang', 130, pgen.mob('NP', 'paymob', 22), NULL, 'rpkhanal@yahoo.com'),
  (23, 'L', 'Tulsipur Sub-Metropolitan City', 'Tulsipur, Dang', 21, '082-520150', NULL, 'info@tulsipurmun.gov.np'),
  (24, 'D', 'Save the Children Nepal', 'Airport Gate, Kathmandu', NULL, '01-4468130', NULL, NULL)) p(id, t, name, addr, loc, phone, fax, email);

-- ---------------------------------------------------------------------------
-- Policies: a family's yearly cover; products 1-2 are the iCHF household and
-- single-person products (TZS), 3-4 the Nepali family products (NPR).

CREATE TABLE pgen.pol (pi serial PRIMARY KEY, fi int, y int, enroll date, paid date, status int, value numeric, prod int, officer int, stage text, audit int);
INSERT INTO pgen.pol (fi, y, enroll, paid, prod, officer, stage, audit)
SELECT f.fi, y, (f.enrol::date + y * 365 + CASE WHEN y > 0 THEN fixture_gen.n('polr', f.fi * 10 + y, 40) - 20 ELSE 0 END),
       NULL, CASE WHEN f.cc = 'TZ' THEN CASE WHEN fixture_gen.n('prod', f.fi, 10) = 0 THEN 2 ELSE 1 END ELSE CASE WHEN f.c = 'sherpa' OR fixture_gen.n('prod', f.fi, 10) < 2 THEN 4 ELSE 3 END END,
       f.officer, CASE WHEN y = 0 THEN 'N' ELSE 'R' END, f.audit
FROM pgen.fam f CROSS JOIN generate_series(0, 5) y
WHERE f.enrol::date + y * 365 - 20 <= date '2024-09-10'
  AND y < CASE WHEN fixture_gen.n('fren', f.fi, 10) < 7 THEN 9 ELSE 1 + fixture_gen.n('fren2', f.fi, 3) END
ORDER BY f.fi, y;
UPDATE pgen.pol p SET officer = le.sub FROM pgen.left_eo le WHERE le.si = p.officer AND p.enroll > le.works_to::date;
UPDATE pgen.pol p SET
  paid = CASE WHEN p.enroll > date '2024-08-01' AND fixture_gen.n('unpaid', p.pi, 10) < 4 THEN NULL ELSE least(date '2024-09-14', p.enroll + fixture_gen.n('paid', p.pi, 12)) END,
  value = CASE p.prod WHEN 1 THEN 30000 WHEN 2 THEN 10000 * (SELECT count(*) FROM pgen.ins i WHERE i.fi = p.fi AND i.enrol::date <= p.enroll + 30)
                      WHEN 3 THEN 3500 + 700 * greatest(0, (SELECT count(*) FROM pgen.ins i WHERE i.fi = p.fi AND i.enrol::date <= p.enroll + 30) - 5)
                      ELSE 5000 + 1000 * greatest(0, (SELECT count(*) FROM pgen.ins i WHERE i.fi = p.fi AND i.enrol::date <= p.enroll + 30) - 5) END;
UPDATE pgen.pol SET status = CASE WHEN paid IS NULL THEN 1 WHEN enroll + 364 < date '2024-09-15' THEN 8 WHEN fixture_gen.n('susp', pi, 100) < 2 THEN 4 ELSE 2 END;

CREATE TABLE "tblPolicy" (
    "PolicyID" serial PRIMARY KEY,
    "PolicyUUID" uuid NOT NULL,
    "FamilyID" integer NOT NULL,
    "EnrollDate" date NOT NULL,
    "StartDate" date NOT NULL,
    "EffectiveDate" date,
    "ExpiryDate" date,
    "PolicyStatus" smallint,
    "PolicyValue" numeric(18, 2),
    "ProdID" integer NOT NULL,
    "OfficerID" integer,
    "PolicyStage" char(1),
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "isOffline" boolean
);
INSERT INTO "tblPolicy"
SELECT p.pi, fixture_gen.uuid('pol', p.pi)::uuid, p.fi, p.enroll, p.enroll, p.paid, p.enroll + 364, p.status, p.value, p.prod, p.officer, p.stage,
       coalesce(p.paid, p.enroll)::timestamp + make_interval(secs => 27000 + fixture_gen.n('polt', p.pi, 36000)), NULL, NULL, p.audit, false
FROM pgen.pol p ORDER BY p.pi;
-- Paid policies were entered idle first: the idle version is history.
INSERT INTO "tblPolicy"
SELECT 5000 + p."PolicyID", fixture_gen.uuid('polold', p."PolicyID")::uuid, p."FamilyID", p."EnrollDate", p."StartDate", NULL, p."ExpiryDate", 1, p."PolicyValue", p."ProdID", p."OfficerID", p."PolicyStage",
       p."EnrollDate"::timestamp + make_interval(secs => 26000 + fixture_gen.n('polot', p."PolicyID", 3000)), p."ValidityFrom", p."PolicyID", p."AuditUserID", false
FROM "tblPolicy" p WHERE p."EffectiveDate" > p."EnrollDate" ORDER BY p."PolicyID";

CREATE TABLE "tblPremium" (
    "PremiumId" serial PRIMARY KEY,
    "PremiumUUID" uuid NOT NULL,
    "PolicyID" integer NOT NULL,
    "PayerID" integer,
    "Amount" numeric(18, 2) NOT NULL,
    "Receipt" varchar(50) NOT NULL,
    "PayDate" date NOT NULL,
    "PayType" char(1) NOT NULL,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "isPhotoFee" boolean,
    "ReportingId" integer,
    "isOffline" boolean,
    "ReportingCommissionID" integer,
    "OverviewCommissionReport" timestamp,
    "AllDetailsCommissionReport" timestamp,
    "CreatedDate" timestamp,
    "JsonExt" jsonb
);
CREATE TABLE pgen.prem (ri serial PRIMARY KEY, pi int, part int, amount numeric, paydate date, paytype text, payer int, cc text, fi int, mob text);
INSERT INTO pgen.prem (pi, part, amount, paydate, paytype, payer, cc, fi, mob)
SELECT p.pi, x.part,
       CASE WHEN fixture_gen.n('inst', p.pi, 10) = 0 THEN round(p.value / 2, 0) ELSE p.value END,
       CASE WHEN x.part = 1 THEN p.paid ELSE p.enroll - fixture_gen.n('inst1', p.pi, 20) END, NULL,
       CASE WHEN f.poverty AND fixture_gen.n('pyr', p.pi, 10) < 8 THEN
              CASE WHEN f.cc = 'NP' THEN CASE WHEN f.dist = 'Lalitpur' THEN 15 WHEN f.dist = 'Solukhumbu' THEN 16 WHEN f.dist = 'Dang' THEN 23 ELSE 14 END
                   WHEN f.dist IN ('Magu', 'Kwimba', 'Misungwi') THEN CASE WHEN f.dist = 'Kwimba' THEN 13 ELSE fixture_gen.pick(ARRAY['2', '11'], 'pyr2', p.pi)::int END
                   ELSE fixture_gen.pick(ARRAY['1', '11', '3'], 'pyr2', p.pi)::int END
            WHEN fixture_gen.n('pyr', p.pi, 100) < 12 THEN CASE WHEN f.cc = 'TZ' THEN fixture_gen.pick(ARRAY['4', '5', '6', '7', '8', '9', '10', '12'], 'pyr3', p.pi)::int ELSE fixture_gen.pick(ARRAY['17', '18', '19', '20', '21', '22', '24'], 'pyr3', p.pi)::int END END,
       f.cc, f.fi, h.phone
FROM pgen.pol p JOIN pgen.fam f ON f.fi = p.fi JOIN pgen.ins h ON h.fi = f.fi AND h.k = 0
CROSS JOIN LATERAL (SELECT generate_series(1, CASE WHEN fixture_gen.n('inst', p.pi, 10) = 0 THEN 2 ELSE 1 END) AS part) x
WHERE p.paid IS NOT NULL ORDER BY p.pi, x.part DESC;
UPDATE pgen.prem SET paytype = CASE WHEN payer IS NOT NULL THEN 'B' WHEN cc = 'TZ' AND paydate >= date '2021-07-01' AND mob IS NOT NULL AND fixture_gen.n('ptype', ri, 10) < 5 THEN 'M'
                                    WHEN fixture_gen.n('ptype', ri, 10) < 8 THEN 'C' ELSE 'B' END;
INSERT INTO "tblPremium"
SELECT r.ri, fixture_gen.uuid('prem', r.ri)::uuid, r.pi, r.payer, r.amount,
       CASE WHEN r.paytype = 'M' THEN '99' || fixture_gen.digits('gepg', r.ri, 10)
            WHEN r.cc = 'TZ' AND r.paytype = 'B' THEN fixture_gen.pick(ARRAY['CRDB', 'NMB', 'NBC'], 'bank', r.ri) || '/' || to_char(r.paydate, 'YYMMDD') || '/' || fixture_gen.digits('bref', r.ri, 6)
            WHEN r.cc = 'TZ' THEN 'RCT' || lpad((1000 + r.ri * 3)::text, 6, '0')
            WHEN r.paytype = 'B' THEN 'NIC-' || fixture_gen.digits('bref', r.ri, 9)
            ELSE (CASE WHEN extract(month FROM r.paydate) >= 7 THEN extract(year FROM r.paydate)::int + 57 ELSE extract(year FROM r.paydate)::int + 56 END)::text || '/'
                 || lpad((1 + fixture_gen.n('rcb', r.ri, 99))::text, 2, '0') || '-' || lpad((r.ri % 500 + 1)::text, 4, '0') END,
       r.paydate, r.paytype, r.paydate::timestamp + make_interval(secs => 28000 + fixture_gen.n('prt', r.ri, 34000)), NULL, NULL,
       CASE WHEN r.payer IS NOT NULL THEN CASE WHEN r.cc = 'TZ' THEN 6 ELSE 18 END ELSE p.audit END,
       false, CASE WHEN r.paydate < date '2023-01-01' THEN 100 + (extract(year FROM r.paydate)::int - 2019) * 12 + extract(month FROM r.paydate)::int END, false,
       CASE WHEN r.cc = 'TZ' AND r.paydate >= date '2023-01-01' AND r.payer IS NULL THEN (extract(year FROM r.paydate)::int - 2023) * 12 + extract(month FROM r.paydate)::int END,
       CASE WHEN r.cc = 'TZ' AND r.paydate >= date '2023-01-01' AND r.paydate < date '2024-09-01' AND r.payer IS NULL THEN (date_trunc('month', r.paydate) + interval '1 month 4 days 10 hours')::timestamp END,
       CASE WHEN r.cc = 'TZ' AND r.paydate >= date '2023-01-01' AND r.paydate < date '2024-09-01' AND r.payer IS NULL AND r.ri % 3 = 0 THEN (date_trunc('month', r.paydate) + interval '1 month 4 days 10 hours 20 minutes')::timestamp END,
       r.paydate::timestamp + make_interval(secs => 28000 + fixture_gen.n('prt', r.ri, 34000)),
       CASE WHEN r.paytype = 'M' THEN jsonb_build_object('mobile_money', jsonb_build_object('provider', x.prov, 'msisdn', '255' || right(regexp_replace(r.mob, '[^0-9]', '', 'g'), 9),
              'transaction_id', CASE x.prov WHEN 'M-Pesa' THEN fixture_gen.chars('mtx', r.ri, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
                                            WHEN 'Airtel Money' THEN 'MP' || to_char(r.paydate, 'YYMMDD') || '.' || lpad(fixture_gen.n('mtxh', r.ri, 2400)::text, 4, '0') || '.' || fixture_gen.chars('mtxl', r.ri, 1, 'ABCDEFGH') || fixture_gen.digits('mtx', r.ri, 5)
                                            ELSE fixture_gen.digits('mtx', r.ri, 10) END,
              'control_number', '99' || fixture_gen.digits('gepg', r.ri, 10))) END
FROM pgen.prem r JOIN pgen.pol p ON p.pi = r.pi
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['M-Pesa', 'M-Pesa', 'M-Pesa', 'Airtel Money', 'Tigo Pesa', 'HaloPesa'], 'mprov', r.ri) AS prov) x
ORDER BY r.ri;
-- Photo fees for replacement cards.
INSERT INTO "tblPremium"
SELECT 3000 + row_number() OVER (ORDER BY p."PolicyID"), fixture_gen.uuid('premph', p."PolicyID")::uuid, p."PolicyID", NULL, CASE WHEN p."ProdID" <= 2 THEN 1000 ELSE 100 END,
       CASE WHEN p."ProdID" <= 2 THEN 'RCT' || lpad((500000 + p."PolicyID")::text, 6, '0') ELSE 'PF-' || p."PolicyID" END, p."EffectiveDate" + 40, 'C',
       (p."EffectiveDate" + 40)::timestamp + interval '10 hours', NULL, NULL, p."AuditUserID", true, NULL, false, NULL, NULL, NULL, (p."EffectiveDate" + 40)::timestamp + interval '10 hours', NULL
FROM "tblPolicy" p WHERE p."LegacyID" IS NULL AND p."EffectiveDate" IS NOT NULL AND p."PolicyID" % 17 = 3 AND p."EffectiveDate" + 40 < date '2024-09-15';

-- ---------------------------------------------------------------------------
-- Diagnoses, claims, their items and services.

CREATE TABLE "tblICDCodes" (
    "ICDID" serial PRIMARY KEY,
    "ICDCode" varchar(6) NOT NULL,
    "ICDName" varchar(255) NOT NULL,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL
);
INSERT INTO "tblICDCodes" ("ICDID", "ICDCode", "ICDName", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID")
SELECT o, c, n, timestamp '2018-03-02 10:00:00', NULL, NULL, 1
FROM unnest(ARRAY['B54', 'B50.9', 'A09', 'J06.9', 'J18.9', 'I10', 'E11.9', 'O80', 'O82', 'N39.0', 'K29.7', 'A15.0', 'B20', 'L03.9', 'S52.5', 'T14.1',
                  'H10.9', 'K35.8', 'A01.0', 'B65.9', 'D50.9', 'M54.5', 'Z34.9', 'J45.9', 'R50.9', 'T63.0', 'F32.9', 'K02.9', 'E43', 'G40.9',
                  'A06.0', 'B35.4', 'H66.9', 'O14.1', 'N18.9', 'J44.9', 'I50.9', 'A30.9', 'B82.9', 'J20.9', 'K59.0', 'R51', 'T30.0', 'S06.0'],
            ARRAY['Unspecified malaria', 'Plasmodium falciparum malaria, unspecified', 'Diarrhoea and gastroenteritis of presumed infectious origin',
                  'Acute upper respiratory infection, unspecified', 'Pneumonia, unspecified', 'Essential (primary) hypertension', 'Type 2 diabetes mellitus without complications',
                  'Single spontaneous delivery', 'Single delivery by caesarean section', 'Urinary tract infection, site not specified', 'Gastritis, unspecified',
                  'Tuberculosis of lung, confirmed by sputum microscopy', 'Unspecified HIV disease', 'Cellulitis, unspecified', 'Fracture of lower end of radius',
                  'Open wound of unspecified body region', 'Conjunctivitis, unspecified', 'Acute appendicitis, other and unspecified', 'Typhoid fever',
                  'Schistosomiasis, unspecified', 'Iron deficiency anaemia, unspecified', 'Low back pain', 'Supervision of normal pregnancy, unspecified',
                  'Asthma, unspecified', 'Fever, unspecified', 'Toxic effect of snake venom', 'Depressive episode, unspecified', 'Dental caries, unspecified',
                  'Unspecified severe protein-energy malnutrition', 'Epilepsy, unspecified', 'Acute amoebic dysentery', 'Tinea corporis', 'Otitis media, unspecified',
                  'Severe pre-eclampsia', 'Chronic kidney disease, unspecified', 'Chronic obstructive pulmonary disease, unspecified', 'Heart failure, unspecified',
                  'Leprosy, unspecified', 'Intestinal parasitism, unspecified', 'Acute bronchitis, unspecified', 'Constipation', 'Headache',
                  'Burn of unspecified body region, unspecified degree', 'Concussion']) WITH ORDINALITY AS x(c, n, o);

-- Catalogue prices of the items (medicines, supplies) and services the
-- claims refer to, in TZS and NPR.
CREATE TABLE pgen.item (id int PRIMARY KEY, tz numeric, np numeric, kind text);
INSERT INTO pgen.item SELECT g, (ARRAY[300, 500, 800, 1000, 1500, 2000, 2500, 3000, 5000, 7500, 12000])[1 + fixture_gen.n('itz', g, 11)],
       (ARRAY[2, 5, 8, 12, 20, 35, 60, 90, 150, 240, 400])[1 + fixture_gen.n('itz', g, 11)], 'I' FROM generate_series(1, 60) g;
INSERT INTO pgen.item SELECT 100 + g, CASE WHEN g <= 2 THEN 5000 WHEN g <= 15 THEN (ARRAY[2000, 3000, 5000, 8000, 10000, 15000])[1 + fixture_gen.n('stz', g, 6)]
                                      WHEN g <= 19 THEN 50000 WHEN g <= 21 THEN 300000 WHEN g <= 30 THEN (ARRAY[80000, 150000, 250000, 400000])[1 + fixture_gen.n('stz', g, 4)] ELSE 15000 END,
       CASE WHEN g <= 2 THEN 50 WHEN g <= 15 THEN (ARRAY[100, 150, 250, 400, 600, 900])[1 + fixture_gen.n('stz', g, 6)] WHEN g <= 19 THEN 2500 WHEN g <= 21 THEN 12000
            WHEN g <= 30 THEN (ARRAY[5000, 8000, 12000, 20000])[1 + fixture_gen.n('stz', g, 4)] ELSE 800 END, 'S' FROM generate_series(1, 45) g;

CREATE TABLE pgen.clm (ci int PRIMARY KEY, pi int, fi int, ii int, cc text, hf int, ca int, d1 date, d2 date, icd int, icd1 int, icd2 int, icd3 int, icd4 int,
  status int, visit text, care text, cat text, claimed date, processed date, review int, fb int, audit int, code text, explanation text, adjustment text, rejection int);
INSERT INTO pgen.clm (ci, pi, fi, ii, cc, hf, d1)
SELECT cn, p.pi, p.fi, m.ii, f.cc,
       CASE WHEN fixture_gen.n('chf', cn, 10) < 7 THEN f.hf ELSE (SELECT h.i FROM pgen.hf h WHERE h.dist = f.dist ORDER BY h.i OFFSET fixture_gen.n('chf2', cn, (SELECT count(*)::int FROM pgen.hf h2 WHERE h2.dist = f.dist)) LIMIT 1) END,
       x.d
FROM generate_series(1, 470) cn
CROSS JOIN LATERAL (SELECT pp.* FROM pgen.pol pp WHERE pp.paid IS NOT NULL AND pp.paid < date '2024-09-05' ORDER BY pp.pi OFFSET fixture_gen.n('cpol', cn, 520) LIMIT 1) p
JOIN pgen.fam f ON f.fi = p.fi
CROSS JOIN LATERAL (SELECT least(date '2024-09-12', p.paid + fixture_gen.n('cd', cn, 360)) AS d) x
CROSS JOIN LATERAL (SELECT i.ii FROM pgen.ins i WHERE i.fi = p.fi AND i.enrol::date <= x.d ORDER BY i.ii OFFSET fixture_gen.n('cmem', cn, 3) % greatest(1, (SELECT count(*)::int FROM pgen.ins i2 WHERE i2.fi = p.fi AND i2.enrol::date <= x.d)) LIMIT 1) m;
UPDATE pgen.clm c SET ca = (SELECT s.si - 100 FROM pgen.st s WHERE s.kind = 'CA' AND s.hf = c.hf ORDER BY s.si OFFSET fixture_gen.n('cca', c.ci, 2) % (SELECT count(*)::int FROM pgen.st s2 WHERE s2.kind = 'CA' AND s2.hf = c.hf) LIMIT 1);
-- Diagnoses follow the patient: deliveries and antenatal care for women of
-- child-bearing age, chronic disease for the old, malaria and respiratory
-- infections for everybody.
UPDATE pgen.clm c SET icd = CASE
    WHEN i.g = 'F' AND i.dob BETWEEN c.d1 - 42 * 365 AND c.d1 - 17 * 365 AND fixture_gen.n('cdx', c.ci, 10) < 3 THEN fixture_gen.pick(ARRAY['8', '8', '9', '23', '23', '34'], 'cdxm', c.ci)::int
    WHEN i.dob < c.d1 - 55 * 365 AND fixture_gen.n('cdx', c.ci, 10) < 5 THEN fixture_gen.pick(ARRAY['6', '6', '7', '7', '35', '36', '37', '22', '11'], 'cdxo', c.ci)::int
    WHEN c.cc = 'TZ' THEN fixture_gen.pick(ARRAY['1', '1', '2', '2', '2', '3', '3', '4', '4', '5', '10', '11', '14', '16', '17', '18', '19', '20', '21', '24', '25', '26', '28', '29', '31', '33', '39', '40', '42', '13', '12', '15', '41', '44'], 'cdxg', c.ci)::int
    ELSE fixture_gen.pick(ARRAY['3', '3', '4', '4', '4', '5', '10', '11', '11', '14', '15', '16', '17', '18', '22', '24', '25', '27', '28', '30', '32', '33', '36', '38', '40', '41', '42', '43', '44', '12'], 'cdxg', c.ci)::int END
FROM pgen.ins i WHERE i.ii = c.ii;
UPDATE pgen.clm c SET
  icd1 = CASE WHEN fixture_gen.n('cdx1', c.ci, 100) < 25 THEN fixture_gen.pick(ARRAY['21', '39', '25', '11', '3', '4', '42', '20'], 'cdx1v', c.ci)::int END,
  icd2 = CASE WHEN fixture_gen.n('cdx1', c.ci, 100) < 8 THEN fixture_gen.pick(ARRAY['39', '21', '42', '41'], 'cdx2v', c.ci)::int END,
  icd3 = CASE WHEN fixture_gen.n('cdx1', c.ci, 100) < 2 THEN 25 END,
  care = CASE WHEN c.icd IN (8, 9, 18, 34, 26, 5, 37, 43, 44) OR fixture_gen.n('ccare', c.ci, 100) < 6 THEN 'I' ELSE 'O' END,
  visit = CASE WHEN c.icd IN (26, 16, 15, 43, 44) OR fixture_gen.n('cvis', c.ci, 100) < 10 THEN 'E' WHEN fixture_gen.n('cvis', c.ci, 100) < 20 THEN 'R' ELSE 'O' END;
UPDATE pgen.clm c SET
  d2 = CASE WHEN c.care = 'I' THEN c.d1 + CASE WHEN c.icd = 9 THEN 3 + fixture_gen.n('cstay', c.ci, 4) WHEN c.icd = 8 THEN 1 ELSE 1 + fixture_gen.n('cstay', c.ci, 7) END ELSE c.d1 END,
  cat = CASE WHEN c.icd IN (8, 9) THEN 'D' WHEN c.icd = 23 THEN 'A' WHEN c.icd IN (18, 15) AND c.care = 'I' THEN 'S' WHEN c.care = 'I' THEN 'H' WHEN c.visit = 'R' THEN 'R' WHEN c.visit = 'E' THEN 'O' ELSE 'V' END;
UPDATE pgen.clm c SET claimed = least(date '2024-09-14', c.d2 + fixture_gen.n('ccl', c.ci, 21)),
  status = CASE WHEN c.d2 > date '2024-08-25' THEN CASE WHEN fixture_gen.n('cst', c.ci, 2) = 0 THEN 2 ELSE 4 END
                WHEN fixture_gen.n('cst', c.ci, 100) < 7 THEN 1 WHEN c.d2 > date '2024-07-31' THEN 8 WHEN fixture_gen.n('cst', c.ci, 100) < 12 THEN 8 ELSE 16 END,
  review = CASE WHEN fixture_gen.n('crev', c.ci, 100) < 15 THEN 8 WHEN fixture_gen.n('crev', c.ci, 100) < 20 THEN 4 WHEN fixture_gen.n('crev', c.ci, 100) < 30 THEN 16 ELSE 2 END,
  fb = CASE WHEN fixture_gen.n('cfb', c.ci, 100) < 14 THEN 8 WHEN fixture_gen.n('cfb', c.ci, 100) < 18 THEN 4 ELSE 2 END;
UPDATE pgen.clm c SET processed = CASE WHEN c.status IN (1, 8, 16) THEN least(date '2024-09-14', c.claimed + 3 + fixture_gen.n('cpr', c.ci, 25)) END,
  rejection = CASE WHEN c.status = 1 THEN fixture_gen.pick(ARRAY['1', '4', '7', '9', '12', '13'], 'crej', c.ci)::int ELSE 0 END,
  audit = 100 + c.ca,
  code = h.code || '/' || to_char(c.d1, 'YY') || '/' || lpad((SELECT count(*) FROM pgen.clm c2 WHERE c2.hf = c.hf AND (c2.d1, c2.ci) <= (c.d1, c.ci))::text, 4, '0')
FROM pgen.hf h WHERE h.i = c.hf;
UPDATE pgen.clm c SET audit = CASE WHEN c.cc = 'TZ' THEN fixture_gen.pick(ARRAY['9', '16'], 'caud', c.ci)::int ELSE 24 END
WHERE NOT EXISTS (SELECT 1 FROM "tblUsers" u WHERE u."UserID" = c.audit);
UPDATE pgen.clm SET status = 8 WHERE status = 16 AND processed >= date '2024-09-01';
-- What the health facility wrote on the claim (now and then naming the
-- patient or a relative) and what the medical officer wrote when adjusting.
UPDATE pgen.clm c SET explanation = CASE WHEN fixture_gen.n('cexp', c.ci, 100) < 42 THEN
    CASE WHEN c.cc = 'TZ' THEN fixture_gen.pick(ARRAY[
      'Mgonjwa alifika na homa kali na kutapika, kipimo cha mRDT chanya.',
      'Mgonjwa amepewa rufaa kwenda ' || (SELECT h.name FROM pgen.hf h WHERE h.dist = f.dist AND h.lvl = 'H' LIMIT 1) || ' kwa uchunguzi zaidi.',
      CASE WHEN c.cat = 'D' THEN 'Mama ' || i.first || ' ' || i.last || ' amejifungua salama, mtoto wa ' || fixture_gen.pick(ARRAY['kiume', 'kike'], 'cexs', c.ci) || ' kilo ' || (26 + fixture_gen.n('cexw', c.ci, 14)) / 10.0 || '.'
           ELSE 'Mgonjwa ' || i.first || ' ' || i.last || ' alilazwa usiku mmoja kwa uangalizi.' END,
      'Patient ' || i.first || ' ' || i.last || ' (' || i.chfid || ') admitted for observation overnight.',
      'Dawa za ALu hazikuwepo stoo, mgonjwa amepewa Quinine.',
      'Follow-up visit for BP control, patient advised to reduce salt.',
      'Mgonjwa ameletwa na ndugu yake ' || coalesce((SELECT o.first || ' ' || o.last FROM pgen.ins o WHERE o.fi = c.fi AND o.ii <> c.ii ORDER BY o.ii LIMIT 1), 'jirani') || ', simu ' || coalesce(h0.phone, 'haipo') || '.',
      'Kadi ya bima haikuwepo, tumetumia namba ya CHF ' || i.chfid || ' iliyotolewa na VEO.',
      'Emergency: patient brought at night by boda boda after road accident.',
      'Vipimo vya maabara vimefanyika: Hb, urinalysis, BS.'], 'cexp2', c.ci)
    ELSE fixture_gen.pick(ARRAY[
      'Patient referred from ' || (SELECT h.name FROM pgen.hf h WHERE h.dist = f.dist AND h.lvl <> 'H' LIMIT 1) || ' with high fever for 3 days.',
      'बिरामीलाई ज्वरो र खोकी भएकोले उपचार गरियो।',
      CASE WHEN c.cat = 'D' THEN 'Normal delivery, mother ' || i.first || ' ' || i.last || ' and baby stable, husband ' || coalesce((SELECT o.first || ' ' || o.last FROM pgen.ins o WHERE o.fi = c.fi AND o.k = 0 AND o.ii <> c.ii), 'not present') || ' accompanied.'
           ELSE 'Patient ' || i.first || ' ' || i.last || ' came with family for follow up.' END,
      'Sputum sent to district lab for GeneXpert.',
      CASE WHEN f.dist = 'Solukhumbu' THEN 'Porter with fall injury near Tengboche, brought by ' || coalesce((SELECT o.first || ' ' || o.last FROM pgen.ins o WHERE o.fi = c.fi AND o.ii <> c.ii ORDER BY o.ii LIMIT 1), 'lodge owner') || '.'
           ELSE 'Patient insisted on brand medicine, difference paid by patient.' END,
      'Insurance card expired but renewal receipt shown (' || i.chfid || ').',
      'Admitted for IV fluids, discharged next day.',
      'बिरामी ' || i.first || ' ' || i.last || ' लाई थप उपचारको लागि रेफर गरियो।'], 'cexp2', c.ci) END END,
  adjustment = CASE WHEN c.status IN (1, 8, 16) AND fixture_gen.n('cadj', c.ci, 100) < 18 THEN
    fixture_gen.pick(ARRAY[
      CASE WHEN c.cc = 'TZ' THEN 'Dawa zilizidi kiwango, zimepunguzwa kulingana na STG.' ELSE 'Medicine quantity reduced as per STG.' END,
      'Duplicate of claim ' || c.code || ' submitted twice, second one rejected.',
      'Insuree ' || i.chfid || ' policy expired at date of visit.',
      'Quantity of paracetamol reduced to 18 tablets as per STG.',
      'Consultation fee not payable twice in the same week.',
      'Price of service above HF price list, adjusted.',
      'Called ' || coalesce(ca.first || ' ' || ca.last, 'the in-charge') || ' on phone to confirm admission days.',
      CASE WHEN c.cc = 'TZ' THEN 'Siku za kulazwa hazilingani na maelezo ya daktari.' ELSE 'बिल फरक परेकाले घटाइयो।' END], 'cadj2', c.ci) END
FROM pgen.ins i, pgen.fam f, pgen.ins h0, pgen.st ca WHERE i.ii = c.ii AND f.fi = c.fi AND h0.fi = c.fi AND h0.k = 0 AND ca.si = 100 + c.ca;

-- Claim lines.
CREATE TABLE pgen.det (di serial PRIMARY KEY, ci int, kind text, id int, qty numeric, price numeric, asked numeric, status int, qty_appr numeric, price_appr numeric, valuated numeric,
  explanation text, justification text);
INSERT INTO pgen.det (ci, kind, id, qty)
SELECT c.ci, 'S', s.id, s.qty FROM pgen.clm c CROSS JOIN LATERAL (
    SELECT 100 + CASE WHEN c.hf IN (SELECT i FROM pgen.hf WHERE lvl = 'H') THEN 2 ELSE 1 END AS id, 1 AS qty
    UNION ALL SELECT 103 + fixture_gen.n('slab', c.ci, 13), 1 WHERE fixture_gen.n('slab?', c.ci, 10) < 6
    UNION ALL SELECT 103 + fixture_gen.n('slab2', c.ci, 13), 1 WHERE fixture_gen.n('slab?', c.ci, 10) < 2
    UNION ALL SELECT CASE WHEN c.icd = 9 THEN 120 + fixture_gen.n('sdel', c.ci, 2) ELSE 116 + fixture_gen.n('sdel', c.ci, 4) END, 1 WHERE c.cat = 'D'
    UNION ALL SELECT 122 + fixture_gen.n('ssur', c.ci, 9), 1 WHERE c.cat = 'S'
    UNION ALL SELECT 131 + fixture_gen.n('sadm', c.ci, 3), c.d2 - c.d1 WHERE c.care = 'I' AND c.d2 > c.d1) s
ORDER BY c.ci, s.id;
INSERT INTO pgen.det (ci, kind, id, qty)
SELECT c.ci, 'I', 1 + fixture_gen.n('itm', c.ci * 10 + k, 60), (ARRAY[1, 1, 2, 3, 6, 10, 12, 14, 18, 20, 24, 30])[1 + fixture_gen.n('iqty', c.ci * 10 + k, 12)]
FROM pgen.clm c CROSS JOIN generate_series(1, 4) k WHERE k <= 1 + fixture_gen.n('nitm', c.ci, 4) ORDER BY c.ci, k;
DELETE FROM pgen.det d USING pgen.det d2 WHERE d.ci = d2.ci AND d.kind = d2.kind AND d.id = d2.id AND d.di > d2.di;
UPDATE pgen.det d SET price = CASE WHEN c.cc = 'TZ' THEN it.tz ELSE it.np END FROM pgen.clm c, pgen.item it WHERE c.ci = d.ci AND it.id = CASE WHEN d.kind = 'S' THEN d.id ELSE d.id END;
-- Injectables and infusions come by the unit, tablets by the dozen.
UPDATE pgen.det d SET qty = 1 + fixture_gen.n('iq2', d.di, 3) FROM pgen.item it WHERE d.kind = 'I' AND it.id = d.id AND it.tz >= 3000;
UPDATE pgen.det d SET asked = CASE WHEN fixture_gen.n('dask', d.di, 100) < 5 THEN round(d.price * 1.25, 0) ELSE d.price END,
  status = CASE WHEN c.status = 1 THEN 2 WHEN fixture_gen.n('drej', d.di, 100) < 3 THEN 2 ELSE 1 END
FROM pgen.clm c WHERE c.ci = d.ci;
UPDATE pgen.det d SET
  qty_appr = CASE WHEN c.status IN (8, 16) AND d.kind = 'I' AND d.qty > 10 AND fixture_gen.n('dqa', d.di, 10) < 2 THEN d.qty - 6 END,
  price_appr = CASE WHEN c.status IN (8, 16) AND d.asked > d.price THEN d.price END
FROM pgen.clm c WHERE c.ci = d.ci;
UPDATE pgen.det d SET valuated = CASE WHEN c.status = 16 AND d.status = 1 THEN coalesce(d.qty_appr, d.qty) * coalesce(d.price_appr, d.asked) END,
  explanation = CASE WHEN fixture_gen.n('dexp', d.di, 100) < 6 THEN fixture_gen.pick(CASE WHEN c.cc = 'TZ' THEN ARRAY[
       'Dawa imetolewa kwa siku 3.', 'Mgonjwa alipewa dawa mbadala kwa kuwa ALu haikuwepo.', 'Given for 5 days.', 'Kipimo kilirudiwa baada ya siku 2.', 'Sindano 2 kwa siku.',
       'Mgonjwa ' || i.first || ' ' || i.last || ' alikataa kulazwa.'] ELSE ARRAY[
       'Given for 5 days.', 'Patient ' || i.first || ' ' || i.last || ' requested generic brand.', 'Dose as per weight 14 kg.', 'Repeat test after 48 hours.', '३ दिनको औषधि दिइयो।'] END, 'dexp2', d.di) END,
  justification = CASE WHEN (d.qty_appr IS NOT NULL OR d.price_appr IS NOT NULL OR (d.status = 2 AND c.status <> 1)) THEN fixture_gen.pick(ARRAY[
       'Quantity exceeds STG.', 'Item not in price list of HF level.', 'Reduced to 2 tablets per day per STG.', 'Imepunguzwa kulingana na mwongozo.', 'Price adjusted to price list.',
       'Not indicated for diagnosis ' || (SELECT x."ICDCode" FROM "tblICDCodes" x WHERE x."ICDID" = c.icd) || '.'], 'djus', d.di) END
FROM pgen.clm c, pgen.ins i WHERE c.ci = d.ci AND i.ii = c.ii;

CREATE TABLE "tblBatchRun" (
    "RunID" serial PRIMARY KEY,
    "LocationId" integer,
    "RunDate" timestamp NOT NULL,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "AuditUserID" integer NOT NULL,
    "RunYear" integer NOT NULL,
    "RunMonth" smallint NOT NULL
);
INSERT INTO "tblBatchRun" ("LocationId", "RunDate", "ValidityFrom", "ValidityTo", "AuditUserID", "RunYear", "RunMonth")
SELECT r.id, x.rd, x.rd, NULL, CASE WHEN r.cc = 'TZ' THEN CASE WHEN r.id = 1 THEN 6 ELSE 13 END ELSE 18 END, extract(year FROM m)::int, extract(month FROM m)::int
FROM pgen.loc r CROSS JOIN generate_series(date '2019-04-01', date '2024-08-01', interval '1 month') m
CROSS JOIN LATERAL (SELECT (m + interval '1 month' + make_interval(days => 2 + fixture_gen.n('brd', r.id * 1000 + extract(epoch FROM m)::bigint / 86400, 6), hours => 9, mins => fixture_gen.n('brm', r.id * 1000 + extract(epoch FROM m)::bigint / 86400, 400)))::timestamp AS rd) x
WHERE r.typ = 'R' AND (r.cc = 'TZ' OR m >= date '2019-10-01')
ORDER BY m, r.id;

CREATE TABLE "tblClaim" (
    "ClaimID" serial PRIMARY KEY,
    "ClaimUUID" uuid NOT NULL,
    "InsureeID" integer NOT NULL,
    "ClaimCode" varchar(50) NOT NULL,
    "DateFrom" date NOT NULL,
    "DateTo" date,
    "ICDID" integer NOT NULL,
    "ClaimStatus" smallint NOT NULL,
    "Adjustment" text,
    "Claimed" numeric(18, 2),
    "Approved" numeric(18, 2),
    "Reinsured" numeric(18, 2),
    "Valuated" numeric(18, 2),
    "DateClaimed" date NOT NULL,
    "DateProcessed" date,
    "Feedback" boolean NOT NULL,
    "FeedbackID" integer,
    "Explanation" text,
    "FeedbackStatus" smallint,
    "ReviewStatus" smallint,
    "ApprovalStatus" smallint,
    "RejectionReason" smallint,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "ValidityFromReview" timestamp,
    "ValidityToReview" timestamp,
    "AuditUserIDReview" integer,
    "HFID" integer NOT NULL,
    "RunID" integer,
    "AuditUserIDSubmit" integer,
    "AuditUserIDProcess" integer,
    "SubmitStamp" timestamp,
    "ProcessStamp" timestamp,
    "Remunerated" numeric(18, 2),
    "GuaranteeId" varchar(50),
    "ClaimAdminId" integer,
    "ICDID1" integer,
    "ICDID2" integer,
    "ICDID3" integer,
    "ICDID4" integer,
    "VisitType" char(1),
    "ClaimCategory" char(1),
    "CareType" char(1),
    "JsonExt" jsonb
);
INSERT INTO "tblClaim"
SELECT c.ci, fixture_gen.uuid('claim', c.ci)::uuid, c.ii, c.code, c.d1, c.d2, c.icd, c.status, c.adjustment,
       (SELECT sum(d.qty * d.asked) FROM pgen.det d WHERE d.ci = c.ci),
       CASE WHEN c.status IN (8, 16) THEN (SELECT sum(coalesce(d.qty_appr, d.qty) * coalesce(d.price_appr, d.asked)) FROM pgen.det d WHERE d.ci = c.ci AND d.status = 1) END,
       NULL,
       CASE WHEN c.status = 16 THEN (SELECT sum(d.valuated) FROM pgen.det d WHERE d.ci = c.ci) END,
       c.claimed, c.processed, c.fb IN (4, 8), NULL, c.explanation, c.fb, c.review,
       CASE WHEN c.status = 1 THEN 2 WHEN c.status IN (8, 16) THEN 1 ELSE NULL END, c.rejection,
       c.claimed::timestamp + make_interval(secs => 28000 + fixture_gen.n('clt', c.ci, 34000)), NULL, NULL, c.audit,
       CASE WHEN c.review = 8 THEN (c.processed - 1)::timestamp + make_interval(secs => 30000 + fixture_gen.n('clrv', c.ci, 25000)) END, NULL,
       CASE WHEN c.review = 8 THEN CASE WHEN c.cc = 'NP' THEN fixture_gen.pick(ARRAY['22', '26'], 'clrvu', c.ci)::int WHEN c.hf < 11 THEN 7 ELSE 14 END END,
       c.hf,
       CASE WHEN c.status = 16 THEN (SELECT b."RunID" FROM "tblBatchRun" b JOIN pgen.loc d ON d.reg = (SELECT r.name FROM pgen.loc r WHERE r.id = b."LocationId") AND d.typ = 'D'
                                      JOIN pgen.hf h ON h.dist = d.name AND h.i = c.hf
                                      WHERE b."RunYear" = extract(year FROM c.processed) AND b."RunMonth" = extract(month FROM c.processed)) END,
       CASE WHEN c.status <> 2 THEN c.audit END,
       CASE WHEN c.status IN (1, 8, 16) THEN CASE WHEN c.cc = 'NP' THEN fixture_gen.pick(ARRAY['18', '27', '22'], 'clpu', c.ci)::int WHEN c.hf < 11 THEN fixture_gen.pick(ARRAY['6', '7'], 'clpu', c.ci)::int ELSE fixture_gen.pick(ARRAY['13', '14'], 'clpu', c.ci)::int END END,
       CASE WHEN c.status <> 2 THEN c.claimed::timestamp + make_interval(secs => 62000 + fixture_gen.n('clst', c.ci, 4000)) END,
       CASE WHEN c.status IN (1, 8, 16) THEN c.processed::timestamp + make_interval(secs => 32000 + fixture_gen.n('clpt', c.ci, 28000)) END,
       CASE WHEN c.status = 16 THEN (SELECT sum(d.valuated) FROM pgen.det d WHERE d.ci = c.ci) END,
       CASE WHEN c.cc = 'NP' AND c.care = 'I' AND fixture_gen.n('clg', c.ci, 2) = 0 THEN 'REF-' || (extract(year FROM c.d1)::int + 57)::text || '-' || lpad(fixture_gen.n('clgn', c.ci, 9999)::text, 4, '0')
            WHEN c.cc = 'TZ' AND c.visit = 'R' THEN 'RUF/' || (SELECT h.code FROM pgen.hf h WHERE h.i = c.hf) || '/' || fixture_gen.digits('clgn', c.ci, 4) END,
       c.ca, c.icd1, c.icd2, c.icd3, c.icd4, c.visit, c.cat, c.care, NULL
FROM pgen.clm c ORDER BY c.ci;
UPDATE "tblClaim" SET "ClaimStatus" = 8, "Valuated" = NULL, "Remunerated" = NULL WHERE "ClaimStatus" = 16 AND "RunID" IS NULL;

CREATE TABLE "tblClaimItems" (
    "ClaimItemID" serial PRIMARY KEY,
    "ClaimID" integer NOT NULL,
    "ItemID" integer NOT NULL,
    "ProdID" integer,
    "ClaimItemStatus" smallint NOT NULL,
    "Availability" boolean NOT NULL,
    "QtyProvided" numeric(18, 2) NOT NULL,
    "QtyApproved" numeric(18, 2),
    "PriceAsked" numeric(18, 2) NOT NULL,
    "PriceAdjusted" numeric(18, 2),
    "PriceApproved" numeric(18, 2),
    "PriceValuated" numeric(18, 2),
    "Explanation" text,
    "Justification" text,
    "RejectionReason" smallint,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "ValidityFromReview" timestamp,
    "ValidityToReview" timestamp,
    "AuditUserIDReview" integer,
    "LimitationValue" numeric(18, 2),
    "Limitation" char(1),
    "PolicyID" integer,
    "RemuneratedAmount" numeric(18, 2),
    "DeductableAmount" numeric(18, 2),
    "ExceedCeilingAmount" numeric(18, 2),
    "PriceOrigin" char(1),
    "ExceedCeilingAmountCategory" numeric(18, 2)
);
CREATE TABLE "tblClaimServices" (
    "ClaimServiceID" serial PRIMARY KEY,
    "ClaimID" integer NOT NULL,
    "ServiceID" integer NOT NULL,
    "ProdID" integer,
    "ClaimServiceStatus" smallint NOT NULL,
    "QtyProvided" numeric(18, 2) NOT NULL,
    "QtyApproved" numeric(18, 2),
    "PriceAsked" numeric(18, 2) NOT NULL,
    "PriceAdjusted" numeric(18, 2),
    "PriceApproved" numeric(18, 2),
    "PriceValuated" numeric(18, 2),
    "Explanation" text,
    "Justification" text,
    "RejectionReason" smallint,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL,
    "ValidityFromReview" timestamp,
    "ValidityToReview" timestamp,
    "AuditUserIDReview" integer,
    "LimitationValue" numeric(18, 2),
    "Limitation" char(1),
    "PolicyID" integer,
    "RemuneratedAmount" numeric(18, 2),
    "DeductableAmount" numeric(18, 2),
    "ExceedCeilingAmount" numeric(18, 2),
    "PriceOrigin" char(1),
    "ExceedCeilingAmountCategory" numeric(18, 2)
);
CREATE VIEW pgen.detv AS
SELECT d.*, cl."ClaimStatus" AS cstatus, cl."ValidityFrom" AS vf, cl."AuditUserID" AS audit, cl."ValidityFromReview" AS vfr, cl."AuditUserIDReview" AS aur, p.pi, p.prod,
       CASE WHEN cl."ClaimStatus" = 16 THEN d.valuated END AS val, row_number() OVER (PARTITION BY d.kind ORDER BY d.di) AS rn
FROM pgen.det d JOIN pgen.clm c ON c.ci = d.ci JOIN pgen.pol p ON p.pi = c.pi JOIN "tblClaim" cl ON cl."ClaimID" = d.ci;
INSERT INTO "tblClaimItems"
SELECT v.rn, v.ci, v.id, v.prod, v.status, true, v.qty, v.qty_appr, v.asked, NULL, v.price_appr, v.val, v.explanation, v.justification,
       CASE WHEN v.status = 2 THEN CASE WHEN v.cstatus = 1 THEN -1 ELSE fixture_gen.pick(ARRAY['2', '3', '5'], 'irr', v.di)::int END ELSE 0 END,
       v.vf, NULL, NULL, v.audit, v.vfr, NULL, v.aur, 100, 'F', v.pi, v.val, CASE WHEN v.val IS NOT NULL THEN 0 END, CASE WHEN v.val IS NOT NULL THEN 0 END, 'P', NULL
FROM pgen.detv v WHERE v.kind = 'I' ORDER BY v.rn;
INSERT INTO "tblClaimServices"
SELECT v.rn, v.ci, v.id, v.prod, v.status, v.qty, v.qty_appr, v.asked, NULL, v.price_appr, v.val, v.explanation, v.justification,
       CASE WHEN v.status = 2 THEN CASE WHEN v.cstatus = 1 THEN -1 ELSE fixture_gen.pick(ARRAY['2', '3', '5'], 'irr', v.di)::int END ELSE 0 END,
       v.vf, NULL, NULL, v.audit, v.vfr, NULL, v.aur, 100, 'F', v.pi, v.val, CASE WHEN v.val IS NOT NULL THEN 0 END, CASE WHEN v.val IS NOT NULL THEN 0 END, 'P', NULL
FROM pgen.detv v WHERE v.kind = 'S' ORDER BY v.rn;

-- Attachments: scanned referral letters, lab results and discharge notes,
-- base64 in "document" as the claim form uploads them.
CREATE FUNCTION pgen.pdf(lines text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '%PDF-1.4' || E'\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
      || E'3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n'
      || '4 0 obj' || E'\n<< /Length ' || length(st) || E' >>\nstream\n' || st || E'\nendstream\nendobj\n'
      || E'5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'
  FROM (SELECT 'BT /F1 11 Tf 60 780 Td ' || string_agg('(' || replace(replace(l, '(', '['), ')', ']') || ') Tj 0 -18 Td', ' ' ORDER BY o) || ' ET' AS st
        FROM unnest(lines) WITH ORDINALITY u(l, o)) x
$$;
CREATE TABLE "claim_ClaimAttachment" (
    "UUID" uuid PRIMARY KEY,
    "ValidityFrom" timestamp with time zone NOT NULL,
    "ValidityTo" timestamp with time zone,
    "claim_id" integer NOT NULL,
    "type" text,
    "title" text,
    "date" date,
    "filename" text,
    "mime" text,
    "url" text,
    "document" text
);
INSERT INTO "claim_ClaimAttachment"
SELECT fixture_gen.uuid('att', a.n)::uuid, cl."ValidityFrom" AT TIME ZONE CASE WHEN c.cc = 'TZ' THEN 'Africa/Dar_es_Salaam' ELSE 'Asia/Kathmandu' END + interval '4 minutes', NULL,
       c.ci, x.typ,
       CASE x.typ WHEN 'Referral letter' THEN CASE WHEN c.cc = 'TZ' AND a.n % 2 = 0 THEN 'Barua ya rufaa - ' ELSE 'Referral letter - ' END || i.first || ' ' || i.last
                  WHEN 'Lab result' THEN 'Lab results ' || to_char(c.d1, 'DD/MM/YYYY')
                  WHEN 'Discharge summary' THEN 'Discharge summary ' || i.last || CASE WHEN a.n % 3 = 0 THEN ' ' || i.chfid ELSE '' END
                  WHEN 'Insurance card' THEN 'Kadi ya bima ' || i.chfid
                  ELSE 'Prescription' END,
       c.d1,
       CASE WHEN x.jpg THEN 'IMG_' || to_char(c.d2, 'YYYYMMDD') || '_' || lpad(fixture_gen.n('attf', a.n, 240000)::text, 6, '0') || '.jpg'
            WHEN a.n % 3 = 0 THEN 'scan' || lpad((a.n * 7)::text, 4, '0') || '.pdf'
            ELSE lower(replace(x.typ, ' ', '_')) || '_' || lower(pgen.fold(i.last)) || '_' || lower(pgen.fold(split_part(i.first, ' ', 1))) || '.pdf' END,
       CASE WHEN x.jpg THEN 'image/jpeg' ELSE 'application/pdf' END, NULL,
       CASE WHEN x.jpg THEN '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/'
                          || fixture_gen.b64('aj1', a.n, 240) || fixture_gen.b64('aj2', a.n, 240) || fixture_gen.b64('aj3', a.n, 240) || fixture_gen.b64('aj4', a.n, 240) || '/9k='
            ELSE pgen.b64s(pgen.pdf(ARRAY[upper(h.name), upper(x.typ), 'Patient: ' || i.first || ' ' || i.last || '   Sex: ' || i.g || '   DOB: ' || to_char(i.dob, 'DD/MM/YYYY'),
                   CASE WHEN c.cc = 'TZ' THEN 'Namba ya CHF: ' ELSE 'Insurance no.: ' END || i.chfid || '   Phone: ' || coalesce(i.phone, coalesce(h0.phone, '-')),
                   'Village: ' || v.name || ', ' || f.dist,
                   'Diagnosis: ' || icd."ICDCode" || ' ' || icd."ICDName",
                   'Date: ' || to_char(c.d1, 'DD/MM/YYYY') || CASE WHEN c.d2 > c.d1 THEN ' to ' || to_char(c.d2, 'DD/MM/YYYY') ELSE '' END,
                   'Signed: ' || ca.first || ' ' || ca.last || ', ' || CASE WHEN c.cc = 'TZ' THEN 'Tabibu' ELSE 'Medical Officer' END])) END
FROM (SELECT row_number() OVER (ORDER BY c0.ci) AS n, c0.ci FROM pgen.clm c0
      WHERE (c0.care = 'I' OR c0.visit = 'R' OR c0.cat IN ('D', 'S')) AND c0.status <> 1 AND fixture_gen.n('att?', c0.ci, 10) < 6) a
JOIN pgen.clm c ON c.ci = a.ci JOIN "tblClaim" cl ON cl."ClaimID" = c.ci JOIN pgen.ins i ON i.ii = c.ii JOIN pgen.fam f ON f.fi = c.fi JOIN pgen.ins h0 ON h0.fi = c.fi AND h0.k = 0
JOIN pgen.loc v ON v.id = f.vill JOIN pgen.hf h ON h.i = c.hf JOIN pgen.st ca ON ca.si = 100 + c.ca JOIN "tblICDCodes" icd ON icd."ICDID" = c.icd
CROSS JOIN LATERAL (SELECT CASE WHEN c.visit = 'R' THEN 'Referral letter' WHEN c.care = 'I' AND a.n % 2 = 0 THEN 'Discharge summary' WHEN a.n % 5 = 1 THEN 'Lab result'
                                WHEN a.n % 7 = 3 AND c.cc = 'TZ' THEN 'Insurance card' WHEN a.n % 5 = 3 THEN 'Prescription' ELSE 'Discharge summary' END AS typ,
                           (a.n % 4 = 1) AS jpg) x
ORDER BY a.n;

-- Feedback interviews: the enrolment officer asks the insuree whether the
-- care was given and whether anything was charged.
CREATE TABLE "tblFeedback" (
    "FeedbackID" serial PRIMARY KEY,
    "FeedbackUUID" uuid NOT NULL,
    "ClaimID" integer NOT NULL,
    "CareRendered" boolean,
    "PaymentAsked" boolean,
    "DrugPrescribed" boolean,
    "DrugReceived" boolean,
    "Asessment" smallint,
    "CHFOfficerCode" integer,
    "FeedbackDate" timestamp,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL
);
INSERT INTO "tblFeedback"
SELECT row_number() OVER (ORDER BY c.ci), fixture_gen.uuid('fb', c.ci)::uuid, c.ci, fixture_gen.n('fbc', c.ci, 20) > 0, fixture_gen.n('fbp', c.ci, 10) < 2,
       fixture_gen.n('fbd', c.ci, 10) < 8, fixture_gen.n('fbr', c.ci, 10) < 7, (ARRAY[1, 2, 3, 3, 4, 4, 4, 5, 5, 5])[1 + fixture_gen.n('fba', c.ci, 10)], f.officer,
       (c.claimed + 5 + fixture_gen.n('fbdt', c.ci, 25))::timestamp, (c.claimed + 5 + fixture_gen.n('fbdt', c.ci, 25))::timestamp + make_interval(secs => 30000 + fixture_gen.n('fbt', c.ci, 30000)),
       NULL, NULL, CASE WHEN EXISTS (SELECT 1 FROM "tblUsers" u WHERE u."UserID" = 30 + f.officer) THEN 30 + f.officer ELSE f.audit END
FROM pgen.clm c JOIN pgen.fam f ON f.fi = c.fi WHERE c.fb = 8 AND c.claimed + 30 < date '2024-09-14' ORDER BY c.ci;
UPDATE "tblClaim" cl SET "FeedbackID" = fb."FeedbackID", "FeedbackStatus" = 8 FROM "tblFeedback" fb WHERE fb."ClaimID" = cl."ClaimID";
UPDATE "tblClaim" SET "FeedbackStatus" = 4 WHERE "FeedbackStatus" = 8 AND "FeedbackID" IS NULL;

-- ---------------------------------------------------------------------------
-- Extracts for the enrolment phones and the off-line health facilities.

CREATE TABLE "tblExtracts" (
    "ExtractID" serial PRIMARY KEY,
    "ExtractUUID" uuid NOT NULL,
    "ExtractDirection" smallint NOT NULL,
    "ExtractType" smallint,
    "ExtractSequence" integer,
    "ExtractDate" timestamp NOT NULL,
    "ExtractFileName" varchar(255),
    "ExtractFolder" varchar(255),
    "LocationId" integer NOT NULL,
    "HFID" integer,
    "AppVersionBackend" numeric(3, 1) NOT NULL,
    "ValidityFrom" timestamp NOT NULL,
    "ValidityTo" timestamp,
    "LegacyID" integer,
    "AuditUserID" integer NOT NULL
);
INSERT INTO "tblExtracts" ("ExtractUUID", "ExtractDirection", "ExtractType", "ExtractSequence", "ExtractDate", "ExtractFileName", "ExtractFolder", "LocationId", "HFID", "AppVersionBackend", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID")
SELECT fixture_gen.uuid('ext', d.id * 100 + k)::uuid, 0, 1, k, x.t,
       'phone_' || d.code || '_' || to_char(x.t, 'YYYYMMDDHH24MISS') || '.db3', CASE WHEN d.cc = 'TZ' THEN 'C:\IMIS\Extracts\' ELSE '/openimis/extracts/' END, d.id, NULL,
       CASE WHEN x.t < timestamp '2021-03-15' THEN 2.9 ELSE 3.2 END, x.t, NULL::timestamp, NULL::int, CASE WHEN d.cc = 'TZ' THEN 3 ELSE 19 END
FROM pgen.loc d CROSS JOIN generate_series(1, 7) k
CROSS JOIN LATERAL (SELECT pgen.wt('extd', d.id * 100 + k, (CASE WHEN d.cc = 'TZ' THEN date '2019-03-01' ELSE date '2019-09-01' END) + (k - 1) * 190, (CASE WHEN d.cc = 'TZ' THEN date '2019-03-01' ELSE date '2019-09-01' END) + (k - 1) * 190 + 60) AS t) x
WHERE d.typ = 'D' AND x.t < timestamp '2024-09-14'
UNION ALL
SELECT fixture_gen.uuid('exthf', h.i * 100 + k)::uuid, CASE WHEN k % 2 = 0 THEN 1 ELSE 0 END, CASE WHEN k % 2 = 0 THEN 4 ELSE 2 END, k, x.t,
       'OE_' || h.code || '_' || CASE WHEN k % 2 = 0 THEN 'I' ELSE 'E' END || '_' || k || '.RAR', 'C:\IMIS\Extracts\Offline\', d.id, h.i, 2.9, x.t, NULL, NULL, 3
FROM pgen.hf h JOIN pgen.loc d ON d.typ = 'D' AND d.name = h.dist CROSS JOIN generate_series(1, 6) k
CROSS JOIN LATERAL (SELECT pgen.wt('exthfd', h.i * 100 + k, date '2019-06-01' + (k - 1) * 70, date '2019-06-01' + (k - 1) * 70 + 30) AS t) x
WHERE h.i IN (9, 16, 18)
ORDER BY 5, 8, 4, 9;

-- ---------------------------------------------------------------------------
-- Settings: one row per country instance (FTP for the legacy phone
-- uploads, the SMS gateway, the API key of the mobile apps).

CREATE TABLE "tblIMISDefaults" (
    "DefaultID" serial PRIMARY KEY,
    "PolicyRenewalInterval" integer,
    "FTPHost" varchar(50),
    "FTPUser" varchar(50),
    "FTPPassword" varchar(20),
    "FTPPort" integer,
    "FTPEnrollmentFolder" varchar(255),
    "AssociatedPhotoFolder" varchar(255),
    "FTPClaimFolder" varchar(255),
    "FTPFeedbackFolder" varchar(255),
    "FTPPolicyRenewalFolder" varchar(255),
    "FTPPhoneExtractFolder" varchar(255),
    "FTPOffLineExtractFolder" varchar(255),
    "AppVersionBackEnd" numeric(3, 1),
    "AppVersionEnquire" numeric(3, 1),
    "AppVersionEnroll" numeric(3, 1),
    "AppVersionRenewal" numeric(3, 1),
    "AppVersionFeedback" numeric(3, 1),
    "AppVersionClaim" numeric(3, 1),
    "OffLineHF" integer,
    "WinRarFolder" varchar(255),
    "DatabaseBackupFolder" varchar(255),
    "OfflineCHF" integer,
    "SMSLink" varchar(500),
    "SMSIP" varchar(15),
    "SMSUserName" varchar(15),
    "SMSPassword" varchar(50),
    "SMSSource" varchar(15),
    "SMSDlr" smallint,
    "SMSType" integer,
    "AppVersionFeedbackRenewal" numeric(3, 1),
    "AppVersionImis" numeric(3, 1),
    "APIKey" varchar(100),
    "ActivationOption" smallint NOT NULL,
    "BypassReviewClaim" boolean NOT NULL
);
INSERT INTO "tblIMISDefaults" VALUES
 (1, 14, 'ftp.ichf.kilimanjaro.go.tz', 'imisftp', 'Ftp' || '!' || fixture_gen.chars('ftppw', 1, 9), 21, '/Enrollment', 'Images/Updated', '/Claims', '/Feedback', '/Renewal',
  '/Extracts/Phone', '/Extracts/Offline', 3.2, 2.4, 2.4, 2.2, 2.1, 2.3, 0, 'C:\Program Files\WinRAR\', 'D:\IMIS\Backup\', 0,
  'https://sms.gateway.co.tz/api/v2/bulk', '196.41.60.12', 'ichfkili', fixture_gen.chars('smspw', 1, 14), 'iCHF', 1, 1, 2.1, 3.2,
  fixture_gen.chars('apik', 1, 8, '0123456789abcdef') || '-' || fixture_gen.chars('apik2', 1, 4, '0123456789abcdef') || '-' || fixture_gen.chars('apik3', 1, 4, '0123456789abcdef') || '-' || fixture_gen.chars('apik4', 1, 4, '0123456789abcdef') || '-' || fixture_gen.chars('apik5', 1, 12, '0123456789abcdef'),
  2, false),
 (2, 30, '10.20.1.15', 'hibftp', 'Hib' || '@' || fixture_gen.chars('ftppw', 2, 10), 2121, '/Enrollment', 'Images/Updated', '/Claims', '/Feedback', '/Renewal',
  '/Extracts/Phone', '/Extracts/Offline', 3.2, 2.4, 2.4, 2.2, 2.1, 2.3, 0, NULL, '/var/backups/openimis', 0,
  'https://api.sparrowsms.com/v2/sms/', '103.69.126.3', 'hibnepal', fixture_gen.chars('smspw', 2, 16), 'HIB_Alert', 1, 2, 2.1, 3.2,
  fixture_gen.chars('apik', 2, 32, '0123456789abcdef'), 1, true);

-- ---------------------------------------------------------------------------
-- The mutation log: every GraphQL mutation since the Django backend went
-- live (2021-03-15), its input dumped as JSON, with the label and details
-- the front end or the enrolment app sent.

CREATE TABLE "core_Mutation_Log" (
    "id" uuid PRIMARY KEY,
    "json_content" text NOT NULL,
    "user_id" uuid,
    "request_date_time" timestamp with time zone NOT NULL,
    "client_mutation_id" varchar(255),
    "client_mutation_label" varchar(255),
    "client_mutation_details" text,
    "status" integer NOT NULL,
    "error" text
);
CREATE FUNCTION pgen.ins_json(id int) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('uuid', i."InsureeUUID", 'chf_id', i."CHFID", 'last_name', i."LastName", 'other_names', i."OtherNames", 'gender_id', i."Gender",
           'dob', i."DOB", 'head', i."IsHead", 'marital', i."Marital", 'passport', i."passport", 'phone', i."Phone", 'email', i."Email",
           'photo', CASE WHEN p."PhotoID" IS NOT NULL THEN jsonb_build_object('officer_id', p."OfficerID", 'date', p."PhotoDate", 'filename', p."PhotoFileName") END,
           'card_issued', i."CardIssued", 'relationship_id', i."Relationship", 'profession_id', i."Profession", 'education_id', i."Education", 'type_of_id_id', i."TypeOfId",
           'health_facility_id', i."HFID", 'current_address', i."CurrentAddress", 'current_village_id', i."CurrentVillage", 'geolocation', i."GeoLocation",
           'vulnerability', i."Vulnerability", 'json_ext', i."JsonExt")
  FROM "tblInsuree" i LEFT JOIN "tblPhotos" p ON p."PhotoID" = i."PhotoID" WHERE i."InsureeID" = id
$$;
CREATE TABLE pgen.mut (n serial, t timestamp, uid int, kind text, label text, details text, body jsonb, status int, error text, tz text);
-- Families: the enrolment app sends the whole family, the web form the head.
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, tz)
SELECT f."ValidityFrom" - interval '3 seconds', f."AuditUserID", 'create_family',
       CASE WHEN pf.mobile THEN 'Enrol family ' || h."CHFID" || ' (' || h."OtherNames" || ' ' || h."LastName" || ') from phone ' || o."Code"
            ELSE 'Create family ' || h."OtherNames" || ' ' || h."LastName" || ' (' || h."CHFID" || ')' END,
       jsonb_build_array(f."FamilyUUID")::text,
       jsonb_build_object('uuid', f."FamilyUUID", 'location_id', f."LocationId", 'poverty', f."Poverty", 'family_type_id', f."FamilyType", 'address', f."FamilyAddress",
           'confirmation_type_id', f."ConfirmationType", 'confirmation_no', f."ConfirmationNo", 'ethnicity', f."Ethnicity", 'is_offline', false, 'json_ext', f."JsonExt",
           'head_insuree', pgen.ins_json(h."InsureeID"))
       || CASE WHEN pf.mobile THEN jsonb_build_object('insurees', (SELECT coalesce(jsonb_agg(pgen.ins_json(m."InsureeID") ORDER BY m."InsureeID"), '[]') FROM "tblInsuree" m
                                                                  WHERE m."FamilyID" = f."FamilyID" AND NOT m."IsHead" AND m."LegacyID" IS NULL AND m."ValidityFrom" <= f."ValidityFrom" + interval '1 day'),
                                          'officer_code', o."Code") ELSE '{}' END,
       2, pf.cc
FROM "tblFamilies" f JOIN pgen.fam pf ON pf.fi = f."FamilyID" JOIN "tblInsuree" h ON h."InsureeID" = f."InsureeID" JOIN "tblOfficer" o ON o."OfficerID" = pf.officer
WHERE f."LegacyID" IS NULL AND pf.enrol >= timestamp '2021-03-15' ORDER BY f."FamilyID";
-- Members entered one by one on the web, and members added later.
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, tz)
SELECT CASE WHEN i.ii IS NOT NULL AND i.enrol = pf.enrol THEN pf.enrol + make_interval(secs => 60 + 45 * i.k) ELSE i.enrol END, pf.audit, 'create_insuree',
       'Create insuree ' || n."OtherNames" || ' ' || n."LastName" || ' (' || n."CHFID" || ')', jsonb_build_array(n."InsureeUUID")::text,
       pgen.ins_json(n."InsureeID") || jsonb_build_object('family_id', n."FamilyID"), 2, pf.cc
FROM "tblInsuree" n JOIN pgen.ins i ON i.ii = n."InsureeID" JOIN pgen.fam pf ON pf.fi = i.fi
WHERE n."LegacyID" IS NULL AND NOT n."IsHead" AND i.enrol >= timestamp '2021-03-15' AND (NOT pf.mobile OR i.enrol > pf.enrol + interval '1 day') ORDER BY n."InsureeID";
-- Duplicate insurance numbers typed by mistake: the failed attempts.
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, error, tz)
SELECT m.t - interval '2 minutes', m.uid, 'create_insuree', replace(m.label, m.body->>'chf_id', o."CHFID"), m.details, m.body || jsonb_build_object('chf_id', o."CHFID"), 1,
       jsonb_build_array(jsonb_build_object('message', 'insuree.mutation.failed_to_create_insuree', 'detail', 'Insuree with CHFID ' || o."CHFID" || ' already exists'))::text, m.tz
FROM pgen.mut m JOIN LATERAL (SELECT x."CHFID" FROM "tblInsuree" x WHERE x."LegacyID" IS NULL AND x."CHFID" <> m.body->>'chf_id' AND left(x."CHFID", 1) = left(m.body->>'chf_id', 1) ORDER BY x."InsureeID" OFFSET fixture_gen.n('mdup', m.n, 800) LIMIT 1) o ON true
WHERE m.kind = 'create_insuree' AND fixture_gen.n('merr', m.n, 100) < 4 ORDER BY m.n;
-- Corrections of insurees.
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, tz)
SELECT h."ValidityTo", CASE WHEN n."CHFID" LIKE '1%' THEN fixture_gen.pick(ARRAY['4', '5', '11', '12'], 'mupd', n."InsureeID")::int ELSE fixture_gen.pick(ARRAY['20', '21', '25'], 'mupd', n."InsureeID")::int END,
       'update_insuree', 'Update insuree ' || n."OtherNames" || ' ' || n."LastName" || ' (' || n."CHFID" || ')', jsonb_build_array(n."InsureeUUID")::text,
       pgen.ins_json(n."InsureeID") || jsonb_build_object('family_id', n."FamilyID"), 2, CASE WHEN n."CHFID" LIKE '1%' THEN 'TZ' ELSE 'NP' END
FROM "tblInsuree" h JOIN "tblInsuree" n ON n."InsureeID" = h."LegacyID" WHERE h."ValidityTo" >= timestamp '2021-03-15' ORDER BY h."InsureeID";
-- Policies and contributions.
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, tz)
SELECT p."ValidityFrom" - interval '20 seconds', p."AuditUserID", CASE WHEN p."PolicyStage" = 'N' THEN 'create_policy' ELSE 'renew_policy' END,
       CASE WHEN p."PolicyStage" = 'N' THEN 'Create policy ' ELSE 'Renew policy ' END || 'for family ' || h."OtherNames" || ' ' || h."LastName" || ' (' || h."CHFID" || ')',
       jsonb_build_array(p."PolicyUUID")::text,
       jsonb_build_object('uuid', p."PolicyUUID", 'enroll_date', p."EnrollDate", 'start_date', p."StartDate", 'expiry_date', p."ExpiryDate", 'value', p."PolicyValue",
           'product_id', p."ProdID", 'family_id', p."FamilyID", 'officer_id', p."OfficerID"), 2, CASE WHEN p."ProdID" <= 2 THEN 'TZ' ELSE 'NP' END
FROM "tblPolicy" p JOIN "tblFamilies" f ON f."FamilyID" = p."FamilyID" JOIN "tblInsuree" h ON h."InsureeID" = f."InsureeID"
WHERE p."LegacyID" IS NULL AND p."ValidityFrom" >= timestamp '2021-03-15' ORDER BY p."PolicyID";
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, tz)
SELECT r."ValidityFrom", r."AuditUserID", 'create_premium', 'Create contribution ' || r."Receipt" || ' for policy ' || h."CHFID",
       jsonb_build_array(r."PremiumUUID")::text,
       jsonb_build_object('uuid', r."PremiumUUID", 'policy_uuid', p."PolicyUUID", 'payer_id', r."PayerID", 'amount', r."Amount", 'receipt', r."Receipt", 'pay_date', r."PayDate",
           'pay_type', r."PayType", 'is_photo_fee', r."isPhotoFee", 'action', 'ENFORCE', 'json_ext', r."JsonExt"), 2, CASE WHEN p."ProdID" <= 2 THEN 'TZ' ELSE 'NP' END
FROM "tblPremium" r JOIN "tblPolicy" p ON p."PolicyID" = r."PolicyID" JOIN "tblFamilies" f ON f."FamilyID" = p."FamilyID" JOIN "tblInsuree" h ON h."InsureeID" = f."InsureeID"
WHERE r."ValidityFrom" >= timestamp '2021-03-15' AND p."LegacyID" IS NULL ORDER BY r."PremiumId";
-- Claims: entered, submitted in batches, processed in batches.
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, tz)
SELECT c."ValidityFrom" - interval '40 seconds', c."AuditUserID", 'create_claim', 'Create claim ' || c."ClaimCode", jsonb_build_array(c."ClaimUUID")::text,
       jsonb_build_object('uuid', c."ClaimUUID", 'code', c."ClaimCode", 'insuree_id', c."InsureeID", 'date_from', c."DateFrom", 'date_to', c."DateTo", 'date_claimed', c."DateClaimed",
           'icd_id', c."ICDID", 'icd_1_id', c."ICDID1", 'health_facility_id', c."HFID", 'admin_id', c."ClaimAdminId", 'visit_type', c."VisitType", 'care_type', c."CareType",
           'explanation', c."Explanation", 'guarantee_id', c."GuaranteeId",
           'items', (SELECT coalesce(jsonb_agg(jsonb_build_object('item_id', ci."ItemID", 'qty_provided', ci."QtyProvided", 'price_asked', ci."PriceAsked", 'explanation', ci."Explanation") ORDER BY ci."ClaimItemID"), '[]') FROM "tblClaimItems" ci WHERE ci."ClaimID" = c."ClaimID"),
           'services', (SELECT coalesce(jsonb_agg(jsonb_build_object('service_id', cs."ServiceID", 'qty_provided', cs."QtyProvided", 'price_asked', cs."PriceAsked", 'explanation', cs."Explanation") ORDER BY cs."ClaimServiceID"), '[]') FROM "tblClaimServices" cs WHERE cs."ClaimID" = c."ClaimID")),
       2, CASE WHEN c."HFID" < 20 THEN 'TZ' ELSE 'NP' END
FROM "tblClaim" c WHERE c."ValidityFrom" >= timestamp '2021-03-15' ORDER BY c."ClaimID";
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, tz)
SELECT max(c."SubmitStamp"), min(c."AuditUserIDSubmit"), 'submit_claims', 'Submit ' || count(*) || ' claim(s)', jsonb_agg(c."ClaimCode" ORDER BY c."ClaimID")::text,
       jsonb_build_object('uuids', jsonb_agg(c."ClaimUUID" ORDER BY c."ClaimID")), 2, CASE WHEN c."HFID" < 20 THEN 'TZ' ELSE 'NP' END
FROM "tblClaim" c WHERE c."SubmitStamp" >= timestamp '2021-03-15' GROUP BY c."HFID", date_trunc('week', c."DateClaimed") ORDER BY c."HFID", date_trunc('week', c."DateClaimed");
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, tz)
SELECT max(c."ProcessStamp"), c."AuditUserIDProcess", 'process_claims', 'Process ' || count(*) || ' claim(s)', jsonb_agg(c."ClaimCode" ORDER BY c."ClaimID")::text,
       jsonb_build_object('uuids', jsonb_agg(c."ClaimUUID" ORDER BY c."ClaimID")), 2, CASE WHEN min(c."HFID") < 20 THEN 'TZ' ELSE 'NP' END
FROM "tblClaim" c WHERE c."ProcessStamp" >= timestamp '2021-03-15' GROUP BY c."AuditUserIDProcess", date_trunc('month', c."DateProcessed") ORDER BY c."AuditUserIDProcess", date_trunc('month', c."DateProcessed");
-- Users created or edited through the new user module.
INSERT INTO pgen.mut (t, uid, kind, label, details, body, status, tz)
SELECT u."ValidityFrom" - interval '5 seconds', CASE WHEN u."AuditUserID" IN (1, 3, 19) THEN u."AuditUserID" ELSE 3 END, CASE WHEN u."UserID" IN (SELECT "LegacyID" FROM "tblUsers" WHERE "LegacyID" IS NOT NULL) THEN 'update_user' ELSE 'create_user' END,
       CASE WHEN u."UserID" IN (SELECT "LegacyID" FROM "tblUsers" WHERE "LegacyID" IS NOT NULL) THEN 'Update user ' ELSE 'Create user ' END || u."LoginName", jsonb_build_array(u."UserUUID")::text,
       jsonb_build_object('uuid', u."UserUUID", 'username', u."LoginName",
           'user_types', CASE WHEN u."UserID" BETWEEN 31 AND 99 THEN '["INTERACTIVE", "OFFICER"]'::jsonb WHEN u."UserID" > 100 THEN '["INTERACTIVE", "CLAIM_ADMIN"]'::jsonb ELSE '["INTERACTIVE"]'::jsonb END,
           'last_name', u."LastName", 'other_names', u."OtherNames", 'phone_number', u."Phone", 'email', u."EmailId", 'language', u."LanguageID",
           'roles', (SELECT jsonb_agg(ur."RoleID" ORDER BY ur."RoleID") FROM "tblUserRole" ur WHERE ur."UserID" = u."UserID" AND ur."ValidityTo" IS NULL),
           'health_facility_id', u."HFID", 'districts', CASE WHEN u."UserID" BETWEEN 31 AND 99 THEN jsonb_build_array((SELECT o."LocationId" FROM "tblOfficer" o WHERE o."OfficerID" = u."UserID" - 30)) ELSE '[]'::jsonb END),
       2, CASE WHEN u."AuditUserID" = 19 OR u."UserID" BETWEEN 17 AND 27 THEN 'NP' ELSE 'TZ' END
FROM "tblUsers" u WHERE u."LegacyID" IS NULL AND u."ValidityFrom" >= timestamp '2021-03-15' ORDER BY u."UserID";

INSERT INTO "core_Mutation_Log"
SELECT fixture_gen.uuid('mutlog', x.rn)::uuid,
       (jsonb_build_object('client_mutation_id', fixture_gen.uuid('mutcid', x.rn), 'client_mutation_label', x.label) || x.body)::text,
       fixture_gen.uuid('coreuser', x.uid)::uuid,
       x.t AT TIME ZONE CASE WHEN x.tz = 'TZ' THEN 'Africa/Dar_es_Salaam' ELSE 'Asia/Kathmandu' END,
       fixture_gen.uuid('mutcid', x.rn), x.label, x.details, x.status, x.error
FROM (SELECT m.*, row_number() OVER (ORDER BY m.t, m.n) AS rn FROM pgen.mut m) x ORDER BY x.rn;

-- ---------------------------------------------------------------------------
-- Policy holders: employers, co-operatives and sole traders who enrol their
-- workers; their registration numbers in Json_ext, the workers' declared
-- income (the contribution basis) in the link's Json_ext.

CREATE TABLE "tblPolicyHolder" (
    "UUID" uuid PRIMARY KEY,
    "isDeleted" boolean NOT NULL,
    "Json_ext" jsonb,
    "DateCreated" timestamp with time zone,
    "DateUpdated" timestamp with time zone,
    "UserCreatedUUID" uuid NOT NULL,
    "UserUpdatedUUID" uuid NOT NULL,
    "Version" integer NOT NULL,
    "DateValidFrom" timestamp with time zone NOT NULL,
    "DateValidTo" timestamp with time zone,
    "ReplacementUUID" uuid,
    "PolicyHolderCode" varchar(32) NOT NULL,
    "TradeName" varchar(255) NOT NULL,
    "LocationsId" integer,
    "Address" jsonb,
    "Phone" varchar(16),
    "Fax" varchar(16),
    "Email" varchar(255),
    "ContactName" jsonb,
    "LegalForm" integer,
    "ActivityCode" integer,
    "AccountancyAccount" varchar(64),
    "bankAccount" jsonb,
    "PaymentReference" varchar(128)
);
CREATE TABLE pgen.ph (k int PRIMARY KEY, cc text, name text, dist text, legal int, activity int, addr text, sole boolean);
INSERT INTO pgen.ph VALUES
 (1, 'TZ', 'Machame Coffee Estates Ltd', 'Hai', 1, 127, 'S.L.P. 1712, Machame', false),
 (2, 'TZ', 'Kilimanjaro Native Co-operative Union (1984) Ltd', 'Moshi Vijijini', 2, 4630, 'Plot 8, Mawenzi Road, S.L.P. 3032, Moshi', false),
 (3, 'TZ', 'Mwika Kaskazini AMCOS', 'Moshi Vijijini', 2, 127, 'Mwika Kaskazini, Moshi Vijijini', false),
 (4, 'TZ', '% Hardware & General Supplies', 'Rombo', 3, 4752, 'Mkuu Mjini, karibu na stendi ya mabasi, Rombo', true),
 (5, 'TZ', 'Duka la Mama %', 'Hai', 3, 4711, 'Bomang''ombe, mtaa wa Sokoni, kibanda Na. 14', true),
 (6, 'TZ', 'Kisesa Boda Boda SACCOS', 'Magu', 2, 6492, 'Kisesa A, Magu', false),
 (7, 'TZ', 'Magu Ginnery Ltd', 'Magu', 1, 1311, 'S.L.P. 41, Magu', false),
 (8, 'TZ', 'Usagara Fish Traders Group', 'Misungwi', 4, 322, 'Usagara, Misungwi', false),
 (9, 'TZ', '% Bakery', 'Kwimba', 3, 1071, 'Ngudu Mjini, mtaa wa Sokoine, nyumba Na. 7', true),
 (10, 'TZ', 'Sumve Mission Carpentry Workshop', 'Kwimba', 4, 1623, 'Sumve Mission, S.L.P. 13, Kwimba', false),
 (11, 'TZ', 'Rombo Avocado Growers Association', 'Rombo', 4, 122, 'Tarakea, Rombo', false),
 (12, 'TZ', 'Uru Coffee Farmers Group', 'Moshi Vijijini', 4, 127, 'Uru Kusini, Moshi Vijijini', false),
 (13, 'NP', 'Khumbu Lodge & Restaurant (%)', 'Solukhumbu', 3, 5510, 'Namche Bazaar-5, Khumbu Pasanglhamu', true),
 (14, 'NP', 'Himalayan Porters Welfare Association', 'Solukhumbu', 4, 7990, 'Lukla Road, Salleri, Solududhkunda-1', false),
 (15, 'NP', '% Pottery Udyog', 'Bhaktapur', 3, 2393, 'Talako Tole, Bhaktapur-10', true),
 (16, 'NP', 'Thecho Dairy Cooperative Ltd', 'Lalitpur', 2, 1050, 'Thecho, Godawari-10', false),
 (17, 'NP', 'Newa Handicraft Pvt. Ltd.', 'Lalitpur', 1, 3212, 'Mangal Bazar, Lalitpur-16', false),
 (18, 'NP', '% Metal Crafts', 'Lalitpur', 3, 2599, 'Oku Bahal, Lalitpur-11', true),
 (19, 'NP', 'Bardiya Rice Mill Pvt. Ltd.', 'Bardiya', 1, 1061, 'Gulariya-4, Bardiya', false),
 (20, 'NP', '% Agrovet', 'Dang', 3, 4620, 'Tulsipur-5, Bijauri Road, Dang', true),
 (21, 'NP', 'Gulariya Mahila Krishak Sahakari Sanstha', 'Bardiya', 2, 111, 'Gulariya-8, Bardiya', false),
 (22, 'NP', 'Lamahi Transport Pvt. Ltd.', 'Dang', 1, 4922, 'Lamahi-4, Dang', false),
 (23, 'NP', '% Bakery & Cafe', 'Solukhumbu', 3, 1071, 'Namche-5, Khumbu Pasanglhamu', true),
 (24, 'NP', 'Godawari Organic Farm Pvt. Ltd.', 'Lalitpur', 1, 113, 'Badikhel, Godawari-9', false);
CREATE TABLE pgen.phc (k int PRIMARY KEY, first text, last text, phone text, email text, area text);
INSERT INTO pgen.phc
SELECT p.k, x.a[1], x.a[3], pgen.mob(p.cc, 'phcm', p.k),
       CASE WHEN p.k % 4 <> 1 THEN lower(CASE WHEN p.k % 3 = 0 THEN pgen.fold(x.a[1]) || '.' || pgen.fold(x.a[3]) ELSE substr(pgen.fold(x.a[1]), 1, 1) || pgen.fold(x.a[3]) || (p.k * 7 % 90)::text END)
            || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com'], 'phcd', p.k) END,
       CASE p.dist WHEN 'Solukhumbu' THEN '038-5' WHEN 'Lalitpur' THEN '01-55' WHEN 'Bhaktapur' THEN '01-66' WHEN 'Bardiya' THEN '084-42' WHEN 'Dang' THEN '082-52'
                   WHEN 'Magu' THEN '028 253 ' WHEN 'Kwimba' THEN '028 252 ' WHEN 'Misungwi' THEN '028 256 ' ELSE '027 275 ' END
FROM pgen.ph p JOIN pgen.loc d ON d.typ = 'D' AND d.name = p.dist
CROSS JOIN LATERAL (SELECT pgen.pn(fixture_gen.pick(d.mix, 'phcc', p.k), CASE WHEN p.k = 5 OR fixture_gen.n('phcg', p.k, 10) < 4 THEN 'F' ELSE 'M' END, 'phcn', p.k) AS a) x;
INSERT INTO "tblPolicyHolder"
SELECT fixture_gen.uuid('ph', p.k)::uuid, p.k = 12,
       CASE WHEN p.cc = 'TZ' THEN jsonb_build_object(CASE WHEN p.sole THEN 'business_licence_no' ELSE 'brela_registration_no' END,
                                        CASE WHEN p.sole THEN 'B' || fixture_gen.digits('phbl', p.k, 7) ELSE (100000 + fixture_gen.n('phreg', p.k, 80000))::text END,
                                        'tin', fixture_gen.digits('phtin', p.k, 3) || '-' || fixture_gen.digits('phtin2', p.k, 3) || '-' || fixture_gen.digits('phtin3', p.k, 3))
            ELSE jsonb_build_object('company_registration_no', (10000 + fixture_gen.n('phreg', p.k, 190000))::text || '/0' || (70 + p.k % 9)::text || '/0' || (71 + p.k % 9)::text,
                                    'pan_vat_no', (CASE WHEN p.sole THEN '1' ELSE '3' END) || fixture_gen.digits('phpan', p.k, 8)) END,
       x.created, x.created + make_interval(days => fixture_gen.n('phupd', p.k, 300)),
       fixture_gen.uuid('coreuser', CASE WHEN p.cc = 'TZ' THEN 2 ELSE 17 END)::uuid, fixture_gen.uuid('coreuser', CASE WHEN p.cc = 'TZ' THEN 10 ELSE 17 END)::uuid,
       1 + fixture_gen.n('phver', p.k, 3), x.created, CASE WHEN p.k = 12 THEN x.created + interval '400 days' END, NULL,
       p.cc || lpad(p.k::text, 4, '0'), replace(p.name, '%', CASE WHEN p.k IN (4, 15) THEN c.last WHEN p.k IN (5, 23) THEN c.first ELSE c.first || ' ' || c.last END),
       d.id, jsonb_build_object('address', p.addr),
       CASE WHEN p.sole OR p.k % 3 = 0 THEN c.phone ELSE c.area || fixture_gen.digits('phph', p.k, CASE WHEN c.area LIKE '01-%' OR c.area = '038-5' THEN 5 ELSE 4 END) END,
       NULL, c.email, jsonb_build_object('contactName', c.first || ' ' || c.last),
       p.legal, p.activity, CASE WHEN p.cc = 'TZ' THEN '2130-' ELSE '1410-' END || lpad(p.k::text, 4, '0'),
       jsonb_build_object('bankAccount', CASE WHEN p.cc = 'TZ' THEN CASE WHEN p.k % 2 = 0 THEN '015' || fixture_gen.digits('phba', p.k, 10) ELSE '2' || fixture_gen.digits('phba', p.k, 10) END
                                              ELSE '0' || fixture_gen.digits('phba', p.k, 3) || '01' || fixture_gen.digits('phba2', p.k, 9) END),
       'PH' || CASE WHEN p.cc = 'TZ' THEN '99' ELSE '77' END || fixture_gen.digits('phpr', p.k, 8)
FROM pgen.ph p JOIN pgen.loc d ON d.typ = 'D' AND d.name = p.dist JOIN pgen.phc c ON c.k = p.k
CROSS JOIN LATERAL (SELECT pgen.atz('phc', p.k, timestamptz '2022-06-01 08:00+03', timestamptz '2024-03-01 17:00+03') AS created) x
ORDER BY p.k;

CREATE TABLE "tblPolicyHolderInsuree" (
    "UUID" uuid PRIMARY KEY,
    "isDeleted" boolean NOT NULL,
    "Json_ext" jsonb,
    "DateCreated" timestamp with time zone,
    "DateUpdated" timestamp with time zone,
    "UserCreatedUUID" uuid NOT NULL,
    "UserUpdatedUUID" uuid NOT NULL,
    "Version" integer NOT NULL,
    "DateValidFrom" timestamp with time zone NOT NULL,
    "DateValidTo" timestamp with time zone,
    "ReplacementUUID" uuid,
    "PolicyHolderId" uuid NOT NULL,
    "InsureeId" integer NOT NULL,
    "ContributionPlanBundleId" uuid,
    "LastPolicyId" integer
);
INSERT INTO "tblPolicyHolderInsuree"
SELECT fixture_gen.uuid('phi', x.rn)::uuid, false,
       jsonb_build_object('calculation_rule', jsonb_build_object('income', CASE WHEN x.cc = 'TZ' THEN (150000 + 10000 * fixture_gen.n('phinc', x.rn, 135))::text ELSE (15000 + 500 * fixture_gen.n('phinc', x.rn, 130))::text END)),
       x.created, x.created, ph."UserCreatedUUID", ph."UserCreatedUUID", 1, x.created, NULL, NULL, ph."UUID", x.ii,
       fixture_gen.uuid('cpb', CASE WHEN x.cc = 'TZ' THEN 1 ELSE 4 END + fixture_gen.n('phcpb', x.rn, 3))::uuid,
       (SELECT max(p.pi) FROM pgen.pol p WHERE p.fi = x.fi)
FROM (SELECT i.ii, i.fi, i.cc, ph.k, row_number() OVER (ORDER BY i.ii) AS rn,
             pgen.atz('phic', i.ii, timestamptz '2022-07-01 08:00+03', timestamptz '2024-08-30 17:00+03') AS created
      FROM pgen.ins i JOIN pgen.fam f ON f.fi = i.fi
      JOIN LATERAL (SELECT p2.k FROM pgen.ph p2 WHERE p2.dist = f.dist AND p2.k <> 12 ORDER BY p2.k OFFSET fixture_gen.n('phik', i.ii, 3) % (SELECT count(*)::int FROM pgen.ph p3 WHERE p3.dist = f.dist AND p3.k <> 12) LIMIT 1) ph ON true
      WHERE i.k IN (0, 1, 2, 3) AND i.dob < date '2004-01-01' AND i.prof IN (2, 3, 7, 8, 9, 5) AND fixture_gen.n('phi?', i.ii, 100) < 30) x
JOIN "tblPolicyHolder" ph ON ph."UUID" = fixture_gen.uuid('ph', x.k)::uuid
ORDER BY x.rn;

-- ---------------------------------------------------------------------------
-- Django's own tables.

CREATE TABLE "django_migrations" (
    "id" serial PRIMARY KEY,
    "app" varchar(255) NOT NULL,
    "name" varchar(255) NOT NULL,
    "applied" timestamp with time zone NOT NULL
);
INSERT INTO "django_migrations" ("app", "name", "applied")
SELECT a.app, CASE WHEN k = 1 THEN '0001_initial' ELSE lpad(k::text, 4, '0') || '_' || CASE WHEN fixture_gen.n('migk', a.o * 100 + k, 3) = 0 THEN a.named[1 + fixture_gen.n('mign', a.o * 100 + k, cardinality(a.named))]
                                                                ELSE 'auto_' || to_char(date '2019-06-01' + (k * 97 + a.o * 13) % 1500, 'YYYYMMDD') || '_' || lpad((8 + k % 10)::text, 2, '0') || lpad(((k * 7) % 60)::text, 2, '0') END END,
       CASE WHEN k <= a.n0 THEN timestamptz '2021-03-14 21:10:00+03' + make_interval(secs => a.o * 40 + k * 2)
            WHEN k <= a.n1 THEN timestamptz '2022-05-21 22:05:00+03' + make_interval(secs => a.o * 30 + k * 2)
            WHEN k <= a.n2 THEN timestamptz '2023-04-15 21:40:00+03' + make_interval(secs => a.o * 30 + k * 2)
            ELSE timestamptz '2024-02-17 20:30:00+03' + make_interval(secs => a.o * 30 + k * 2) END
FROM (VALUES (1, 'contenttypes', 2, 2, 2, 2, ARRAY['remove_content_type_name']), (2, 'auth', 12, 12, 12, 12, ARRAY['alter_permission_name_max_length', 'alter_user_email_max_length', 'update_proxy_permissions']),
             (3, 'core', 9, 14, 18, 22, ARRAY['mutation_log', 'technical_user', 'user_language', 'add_jsonext', 'mutation_log_error']),
             (4, 'location', 6, 9, 11, 13, ARRAY['healthfacility_jsonext', 'officer_villages', 'location_rights']),
             (5, 'medical', 5, 7, 9, 10, ARRAY['item_package', 'service_package', 'medical_rights']),
             (6, 'insuree', 7, 11, 14, 17, ARRAY['insureephoto_photo', 'insuree_jsonext', 'family_jsonext', 'insuree_vulnerability', 'insuree_rights']),
             (7, 'policy', 4, 6, 8, 9, ARRAY['policy_rights', 'policy_renewals']), (8, 'contribution', 3, 4, 6, 7, ARRAY['premium_jsonext', 'premium_rights']),
             (9, 'payer', 2, 3, 4, 4, ARRAY['payer_rights']), (10, 'claim', 8, 12, 16, 19, ARRAY['claimattachment', 'claim_jsonext', 'claimattachment_document', 'claim_care_type', 'claimattachment_general_type']),
             (11, 'claim_batch', 3, 4, 5, 5, ARRAY['batchrun_rights']), (12, 'tools', 2, 4, 5, 6, ARRAY['extract_stored_file', 'tools_rights']),
             (13, 'policyholder', 0, 6, 9, 11, ARRAY['policyholder_bank_account', 'policyholderinsuree_json_ext', 'policyholder_rights']),
             (14, 'refresh_token', 3, 3, 3, 3, ARRAY['refreshtoken_revoked']), (15, 'sessions', 1, 1, 1, 1, ARRAY['initial']),
             (16, 'admin', 3, 3, 3, 3, ARRAY['logentry_remove_auto_add', 'logentry_add_action_flag_choices'])) a(o, app, n0, n1, n2, n3, named)
CROSS JOIN generate_series(1, 22) k
WHERE k <= a.n3
ORDER BY 3, a.o, k;

CREATE TABLE "django_session" (
    "session_key" varchar(40) PRIMARY KEY,
    "session_data" text NOT NULL,
    "expire_date" timestamp with time zone NOT NULL
);
INSERT INTO "django_session"
SELECT pgen.lower('sesk', k, 32),
       translate(rtrim(encode(convert_to('{"_auth_user_id":"' || cu.id::text || '","_auth_user_backend":"django.contrib.auth.backends.ModelBackend","_auth_user_hash":"'
           || fixture_gen.hexn('sesh', k, 64) || '"}', 'UTF8'), 'base64'), '='), E'+/\n', '-_')
       || ':' || fixture_gen.chars('sests', k, 6) || ':' || translate(rtrim(fixture_gen.b64('sessig', k, 32), '='), '+/', '-_'),
       timestamptz '2024-09-01 00:00:00+00' + make_interval(hours => 1 + fixture_gen.n('sese', k, 650))
FROM generate_series(1, 48) k
JOIN LATERAL (SELECT c.id FROM "core_User" c WHERE c.i_user_id <= 27 OR c.t_user_id IN (1, 2) ORDER BY c.username OFFSET fixture_gen.n('sesu', k, 32) LIMIT 1) cu ON true;

CREATE TABLE "refresh_token_refreshtoken" (
    "id" bigserial PRIMARY KEY,
    "token" varchar(255) NOT NULL UNIQUE,
    "created" timestamp with time zone NOT NULL,
    "revoked" timestamp with time zone,
    "user_id" uuid NOT NULL
);
INSERT INTO "refresh_token_refreshtoken" ("token", "created", "revoked", "user_id")
SELECT fixture_gen.hexn('rtok', x.k, 40), x.c, CASE WHEN x.c < timestamptz '2024-09-08 00:00+00' AND fixture_gen.n('rrev', x.k, 10) < 8 THEN x.c + make_interval(mins => 5 + fixture_gen.n('rrevm', x.k, 600)) END, x.u
FROM (SELECT k, pgen.atz('rtc', k, timestamptz '2024-05-01 04:00+00', timestamptz '2024-09-15 14:00+00') AS c,
             (SELECT cu.id FROM "core_User" cu ORDER BY cu.username OFFSET fixture_gen.n('rtu', k, 80) LIMIT 1) AS u
      FROM generate_series(1, 420) k) x
ORDER BY x.c, x.k;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
