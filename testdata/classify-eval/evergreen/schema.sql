-- classify-eval fixture (HOLDOUT 73: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- Evergreen ILS database of the Coast Public Libraries Federation /
-- Fédération des bibliothèques publiques de la Côte (CPLF), a (fictional)
-- English and French bilingual federation of small public libraries in
-- British Columbia, Canada: the Sunshine Coast (Gibsons, Sechelt, Pender
-- Harbour), the Northwest (Terrace, Kitimat and the Nisga'a Valley library
-- in Gitlaxt'aamiks), Sea to Sky (Squamish, Pemberton), two francophone
-- libraries (Maillardville in Coquitlam, and Victoria) and a processing
-- centre. Evergreen 3.11 (installed as 2.12 in 2017, upgraded through 3.0's
-- move of passwords to actor.passwd and 3.3's consolidation of patron notes
-- and alerts into actor.usr_message), with the web staff client, the
-- Bootstrap OPAC with patron self-registration, SIP2 self-checks, Stripe for
-- OPAC payments (PayflowPro until 2021), Action/Trigger notices by email and
-- email-to-SMS gateways, and acquisitions loading vendor order records.
-- The tables are a deployment's own, in Evergreen's schemas: actor (usr,
-- usr_address, card, usr_setting, usr_note, usr_standing_penalty,
-- usr_message, usr_password_reset, passwd, org_unit, org_address,
-- org_unit_setting, workstation, stat_cat, stat_cat_entry_usr_map,
-- usr_activity), asset (copy, call_number), biblio (record_entry), money
-- (billable_xact, grocery, billing, payment, credit_card_payment), action
-- (circulation, hold_request, transit_copy, survey_response,
-- usr_circ_history), action_trigger (event_output), config
-- (identification_type, standing_penalty, copy_status, upgrade_log),
-- permission (grp_tree), auditor (actor_usr_history), acq (provider,
-- provider_contact, purchase_order, lineitem) and vandelay
-- (queued_bib_record). Patrons are Canadians of English, French, Punjabi,
-- Cantonese and Mandarin Chinese, Filipino and First Nations (Coast Salish:
-- Squamish, shíshálh, Lil'wat; Nisga'a) families: library card barcodes
-- (Codabar, mod-10 check), names with prefixes, suffixes and preferred
-- names, name keywords in Chinese characters and Gurmukhi, dates of birth,
-- identification (BC driver's licences, BC Services Card personal health
-- numbers with their mod-11 check, passports, status cards, a few old
-- social insurance numbers), day, evening and other phones, emails,
-- mailing and billing addresses (PO boxes in the villages), guardians of
-- children, statistical categories, settings as JSON; staff accounts and
-- workstations; MARCXML records of published works (authors are public
-- people); circulations, holds with their notification phones and SMS
-- numbers, transits, bills, payments (last four digits, approval codes,
-- Stripe payment intents), notices as sent, password resets, the audit
-- history of patron records, vendors and orders, and import queues.
-- Serialization as Evergreen keeps it: settings values are JSON text
-- (actor.usr_setting, actor.org_unit_setting, the latter with the Stripe
-- and PayflowPro credentials), MARC is MARCXML on one line
-- (biblio.record_entry.marc, acq.lineitem.marc,
-- vandelay.queued_bib_record.marc) with Evergreen's 901 field, notices are
-- the Template Toolkit output with mail headers (action_trigger
-- .event_output.data), actor.passwd keeps bcrypt of the salted MD5 of the
-- password with its bcrypt salt, actor.usr.passwd the pre-3.0 MD5 hex,
-- name_kw_tsvector is a tsvector, and the transaction tables inherit from
-- money.billable_xact and money.payment as in Evergreen.
-- Written from memory of the published schemas, not checked against them:
-- column order, defaults and some types; whether actor.usr still carries
-- alert_message after 3.3 (kept here, empty, with the old alerts only in
-- the audit history) and how name_kw_tsvector is built; what the legacy
-- actor.usr.passwd holds after the 3.0 migration and the bcrypt cost in
-- actor.passwd; the credit card payment columns after the removal of card
-- holder data (cc_number as last four digits, cc_order_number), and
-- money.credit_card_payment inherits money.payment directly here with the
-- columns of money.bnm_payment and money.bnm_desk_payment, which are left
-- out; usr_standing_penalty losing its note column for usr_message in 3.3;
-- vandelay.queued_bib_record is written flat with the columns it inherits
-- from vandelay.queued_record, which is left out; whether event_output has
-- a locale column, config.standing_penalty an ignore_proximity and
-- config.copy_status a hopeless_prone column, and whether 3.11's
-- hold_request has more columns (who cancelled it, from which
-- workstation); acq.provider's exact columns; the format of password-reset
-- UUIDs; the applied_to values in config.upgrade_log. Evergreen has no
-- metabook schema (metabib holds its search indexes); none of metabib's,
-- reporter's or authority's tables were picked. Loaded after
-- ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- x: XML text escaping; fold: a name folded for an email or a login.
CREATE FUNCTION pgen.x(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(replace(s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') $$;
CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåéèêëíìîïóòôöõúùûüçñÁÀÂÉÈÊËÎÏÔÖÛÜÇÑ',
    'aaaaaaeeeeiiiiooooouuuucnAAAEEEEIIOOUUCN')), '[^a-z0-9]+', '', 'g')
$$;

-- at: an instant between two instants.
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;
-- day_end: 23:59:59 in Vancouver on the local day of an instant plus n days (Evergreen's due dates).
CREATE FUNCTION pgen.day_end(t timestamptz, days int) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT ((date_trunc('day', t AT TIME ZONE 'America/Vancouver') + make_interval(days => days) + interval '23:59:59') AT TIME ZONE 'America/Vancouver')
$$;
-- ymd: a local date as text.
CREATE FUNCTION pgen.ymd(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t AT TIME ZONE 'America/Vancouver', 'YYYY-MM-DD') $$;

-- ph: a BC phone number for an exchange ('604-886'), written the ways staff and patrons type it.
CREATE FUNCTION pgen.ph(tag text, i bigint, exch text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 12)
    WHEN 0 THEN '(' || a || ') ' || e || '-' || d
    WHEN 1 THEN a || '.' || e || '.' || d
    WHEN 2 THEN a || e || d
    WHEN 3 THEN a || ' ' || e || ' ' || d
    WHEN 4 THEN e || '-' || d
    ELSE a || '-' || e || '-' || d END
  FROM (SELECT split_part(exch, '-', 1) AS a, split_part(exch, '-', 2) AS e, fixture_gen.digits(tag, i, 4) AS d) x
$$;
-- digits_only: what the SMS fields keep.
CREATE FUNCTION pgen.digits_only(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT right(regexp_replace(s, '[^0-9]', '', 'g'), 10) $$;

-- pc: a Canadian postal code completing a prefix ('V0N 1V' or 'V8G 3').
CREATE FUNCTION pgen.pc(prefix text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE length(prefix)
    WHEN 6 THEN prefix || fixture_gen.digits(tag, i, 1)
    ELSE prefix || fixture_gen.chars(tag, i, 1, 'ABCEGHJKLMNPRSTVWXYZ') || fixture_gen.digits(tag || 'd', i, 1) END
$$;

-- phn: a BC personal health number (10 digits starting with 9, mod-11 check with weights 2,4,8,5,10,9,7,3).
CREATE FUNCTION pgen.phn(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT b || (11 - s % 11)::text
  FROM (SELECT b, t, (SELECT sum(substr(b, k + 1, 1)::int * (ARRAY[2, 4, 8, 5, 10, 9, 7, 3])[k]) FROM generate_series(1, 8) k)::int AS s
        FROM (SELECT '9' || fixture_gen.digits(tag || t::text, i, 8) AS b, t FROM generate_series(0, 30) t) c) x
  WHERE 11 - s % 11 BETWEEN 1 AND 9
  ORDER BY t LIMIT 1
$$;

-- sin: a Canadian social insurance number (Luhn), spaced.
CREATE FUNCTION pgen.sin(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(s, 1, 3) || ' ' || substr(s, 4, 3) || ' ' || substr(s, 7, 3)
  FROM (SELECT fixture_gen.luhn(fixture_gen.pick(ARRAY['7', '7', '1', '2', '6'], tag, i) || fixture_gen.digits(tag, i, 7)) AS s) x
$$;

-- isbn13: a valid ISBN-13 of a Canadian (978-0/978-1/978-2) or other prefix.
CREATE FUNCTION pgen.isbn13(pre text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || ((10 - (SELECT sum(substr(d, k, 1)::int * CASE WHEN k % 2 = 0 THEN 3 ELSE 1 END) FROM generate_series(1, 12) k) % 10) % 10)::text
  FROM (SELECT pre || fixture_gen.digits(tag, i, 12 - length(pre)) AS d) x
$$;

-- bc: a 14-digit Codabar library barcode: kind (2 patron, 3 item), a 4-digit institution code, 8 digits, mod-10 check.
CREATE FUNCTION pgen.bc(kind text, inst text, seq bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.luhn(kind || inst || lpad(seq::text, 8, '0')) $$;

-- bf: a bcrypt hash; bfsalt: the salt it starts with (29 characters).
CREATE FUNCTION pgen.bfsalt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$10$' || fixture_gen.chars(tag || 's', i, 22, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;
CREATE FUNCTION pgen.bf(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT pgen.bfsalt(tag, i) || fixture_gen.chars(tag, i, 31, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- Cultures: given names, surnames (with the same names in Chinese characters or Gurmukhi where the family writes them so),
-- email domains, prefixes.
CREATE TABLE pgen.cu (c text PRIMARY KEY, firsts text[], firsts_nat text[], lasts text[], lasts_nat text[], doms text[], prefixes text[], locale text);
INSERT INTO pgen.cu VALUES
 ('en', ARRAY['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Ethan', 'Sophie', 'Owen', 'Charlotte', 'Jack', 'Madison', 'Ryan', 'Brianne', 'Tyler', 'Heather',
              'Graham', 'Shannon', 'Wade', 'Kathleen', 'Douglas', 'Margaret', 'Bruce', 'Linda', 'Gordon', 'Jennifer', 'Colin', 'Dawn', 'Trevor', 'Erin', 'Russell'], NULL,
        ARRAY['MacDonald', 'Thompson', 'Campbell', 'Anderson', 'Fraser', 'Robertson', 'Stewart', 'Wilson', 'Taylor', 'Morrison', 'Mackenzie', 'Clark', 'Reid',
              'Henderson', 'Harris', 'Kerr', 'Sinclair', 'Murray', 'Bennett', 'Chapman', 'Doyle', 'Hughes', 'Lindqvist', 'Olsen', 'Petersen', 'McLeod'], NULL,
        ARRAY['gmail.com', 'gmail.com', 'shaw.ca', 'telus.net', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'icloud.com', 'live.ca'], ARRAY['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Rev.'], 'en-CA'),
 ('fr', ARRAY['Étienne', 'Geneviève', 'Mathieu', 'Julie', 'Sébastien', 'Isabelle', 'François', 'Nathalie', 'Marc-André', 'Chantal', 'Luc', 'Sylvie', 'Gabriel',
              'Émilie', 'Jean-François', 'Marie-Ève', 'Benoît', 'Annick', 'Olivier', 'Josée', 'Rémi', 'Maude', 'Yannick', 'Céline'], NULL,
        ARRAY['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque',
              'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Dubé', 'Thibodeau', 'Maillard', 'Lebleu'], NULL,
        ARRAY['gmail.com', 'videotron.ca', 'hotmail.com', 'outlook.fr', 'sympatico.ca', 'shaw.ca', 'yahoo.fr'], ARRAY['M.', 'Mme', 'Dr', 'Mlle'], 'fr-CA'),
 ('pa', ARRAY['Harjit', 'Gurpreet', 'Manpreet', 'Jaspreet', 'Amandeep', 'Sukhwinder', 'Rajinder', 'Harpreet', 'Navdeep', 'Kulwant', 'Balwinder', 'Paramjit',
              'Simran', 'Jasleen', 'Arshdeep', 'Gurleen', 'Inderjit', 'Ravinder'],
        ARRAY['ਹਰਜੀਤ', 'ਗੁਰਪ੍ਰੀਤ', 'ਮਨਪ੍ਰੀਤ', 'ਜਸਪ੍ਰੀਤ', 'ਅਮਨਦੀਪ', 'ਸੁਖਵਿੰਦਰ', 'ਰਜਿੰਦਰ', 'ਹਰਪ੍ਰੀਤ', 'ਨਵਦੀਪ', 'ਕੁਲਵੰਤ', 'ਬਲਵਿੰਦਰ', 'ਪਰਮਜੀਤ',
              'ਸਿਮਰਨ', 'ਜਸਲੀਨ', 'ਅਰਸ਼ਦੀਪ', 'ਗੁਰਲੀਨ', 'ਇੰਦਰਜੀਤ', 'ਰਵਿੰਦਰ'],
        ARRAY['Sandhu', 'Gill', 'Dhaliwal', 'Grewal', 'Sidhu', 'Brar', 'Dhillon', 'Bains', 'Johal', 'Sangha', 'Aujla', 'Kang', 'Virk', 'Chahal', 'Toor', 'Mann'],
        ARRAY['ਸੰਧੂ', 'ਗਿੱਲ', 'ਧਾਲੀਵਾਲ', 'ਗਰੇਵਾਲ', 'ਸਿੱਧੂ', 'ਬਰਾੜ', 'ਢਿੱਲੋਂ', 'ਬੈਂਸ', 'ਜੌਹਲ', 'ਸੰਘਾ', 'ਔਜਲਾ', 'ਕੰਗ', 'ਵਿਰਕ', 'ਚਾਹਲ', 'ਤੂਰ', 'ਮਾਨ'],
        ARRAY['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.ca', 'outlook.com', 'shaw.ca'], ARRAY['Mr.', 'Mrs.', 'Ms.', 'Dr.'], 'en-CA'),
 ('yue', ARRAY['Ka Yan', 'Wing Sze', 'Chi Keung', 'Siu Ming', 'Mei Ling', 'Kwok Wai', 'Hoi Yan', 'Man Kit', 'Wai Man', 'Suk Fan', 'Ka Ho', 'Yuk Ling'],
        ARRAY['嘉欣', '詠詩', '志強', '小明', '美玲', '國偉', '凱欣', '文傑', '偉文', '淑芬', '家豪', '玉玲'],
        ARRAY['Chan', 'Wong', 'Lee', 'Leung', 'Cheung', 'Ng', 'Lam', 'Ho', 'Yip', 'Tsang', 'Lau', 'Kwok', 'Chow', 'Fung', 'Mak', 'Tang'],
        ARRAY['陳', '黃', '李', '梁', '張', '吳', '林', '何', '葉', '曾', '劉', '郭', '周', '馮', '麥', '鄧'],
        ARRAY['gmail.com', 'hotmail.com', 'yahoo.com.hk', 'shaw.ca', 'outlook.com'], ARRAY['Mr.', 'Mrs.', 'Ms.'], 'en-CA'),
 ('cmn', ARRAY['Wei', 'Xiaoming', 'Jing', 'Yifan', 'Hao', 'Xinyi', 'Zihan', 'Yuting', 'Jun', 'Lei', 'Haoran', 'Mengyao'],
        ARRAY['伟', '晓明', '静', '一凡', '浩', '欣怡', '子涵', '雨婷', '俊', '磊', '浩然', '梦瑶'],
        ARRAY['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun'],
        ARRAY['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'],
        ARRAY['gmail.com', 'qq.com', '163.com', 'outlook.com', 'hotmail.com'], ARRAY['Mr.', 'Ms.'], 'en-CA'),
 ('fil', ARRAY['Maria Cristina', 'Jose', 'Ma. Lourdes', 'Rommel', 'Jennylyn', 'Mark Anthony', 'Rowena', 'Arnel', 'Marites', 'Jericho', 'Angelica', 'Reynaldo',
               'Precious', 'Joel', 'Rosalie', 'Danilo'], NULL,
        ARRAY['Santos', 'Reyes', 'Cruz', 'dela Cruz', 'Bautista', 'Villanueva', 'Mendoza', 'Garcia', 'Ramos', 'Aquino', 'Castillo', 'Flores', 'Navarro', 'Manalo',
              'Pascual', 'De Guzman'], NULL,
        ARRAY['gmail.com', 'yahoo.com', 'yahoo.com.ph', 'hotmail.com', 'outlook.com'], ARRAY['Mr.', 'Mrs.', 'Ms.', 'Engr.'], 'en-CA'),
 ('sal', ARRAY['Rose', 'Darren', 'Kelsey', 'Tyrone', 'Shayla', 'Wesley', 'Cheryl', 'Marvin', 'Tasha', 'Dennis', 'Leona', 'Jordan', 'Skye', 'Calvin', 'Deanna', 'Lyle'], NULL,
        ARRAY['Joe', 'Paul', 'August', 'Baker', 'Nahanee', 'Lewis', 'George', 'Jacobs', 'Williams', 'Thomas', 'Louie', 'Jeffries', 'Peters', 'Kelly', 'Harry',
              'Dan', 'Wallace', 'Pascal', 'Frank', 'Jack'], NULL,
        ARRAY['gmail.com', 'hotmail.com', 'shaw.ca', 'outlook.com', 'telus.net'], ARRAY['Mr.', 'Ms.', 'Mrs.', 'Chief'], 'en-CA'),
 ('nis', ARRAY['Eva', 'Harry', 'Nelson', 'Charlene', 'Lorraine', 'Clarence', 'Kenneth', 'Deanna', 'Travis', 'Sheila', 'Elijah', 'Brandon', 'Verna', 'Alvin', 'Shannon', 'Edmond'], NULL,
        ARRAY['Moore', 'Azak', 'Nyce', 'Robinson', 'Gosnell', 'Mercer', 'Stephens', 'McKay', 'Clayton', 'Doolan', 'Tait', 'Adams', 'Barton', 'Calder', 'Haldane',
              'Guno', 'Morven', 'Leeson', 'Eli', 'Wright'], NULL,
        ARRAY['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'nisgaa.net'], ARRAY['Mr.', 'Mrs.', 'Ms.', 'Sim''oogit'], 'en-CA');

-- Branches: home libraries with their towns, postal code prefixes, streets, regional district, phone exchanges and who lives there.
CREATE TABLE pgen.br (ou int PRIMARY KEY, sn text, inst text, towns text[], pcs text[], streets text[], county text, exch text[], mobile text[], mix text[]);
INSERT INTO pgen.br VALUES
 (6, 'GIB', '3006', ARRAY['Gibsons', 'Gibsons', 'Roberts Creek', 'Granthams Landing'], ARRAY['V0N 1V', 'V0N 1V', 'V0N 2W'],
     ARRAY['Gower Point Rd', 'Marine Dr', 'North Rd', 'School Rd', 'Pratt Rd', 'Reed Rd', 'Franklin Rd', 'Shaw Rd', 'Roberts Creek Rd', 'Beach Ave'],
     'Sunshine Coast Regional District', ARRAY['604-886', '604-886', '604-885'], ARRAY['604-740', '778-462', '604-989'], ARRAY['en', 'en', 'en', 'en', 'en', 'en', 'sal', 'fr', 'fil', 'yue']),
 (7, 'SEC', '3006', ARRAY['Sechelt', 'Sechelt', 'Davis Bay', 'Halfmoon Bay', 'Selma Park'], ARRAY['V7Z 0', 'V7Z 0', 'V0N 3A', 'V0N 1Y'],
     ARRAY['Cowrie St', 'Wharf Ave', 'Trail Ave', 'Sechelt Inlet Rd', 'Redrooffs Rd', 'Mermaid St', 'Inlet Ave', 'Fairway Ave', 'Sunshine Coast Hwy'],
     'Sunshine Coast Regional District', ARRAY['604-885', '604-885', '604-740'], ARRAY['604-741', '778-458', '604-989'], ARRAY['en', 'en', 'en', 'en', 'en', 'sal', 'sal', 'fr', 'fil', 'cmn']),
 (8, 'PEN', '3006', ARRAY['Madeira Park', 'Garden Bay', 'Egmont'], ARRAY['V0N 2H', 'V0N 1S'],
     ARRAY['Francis Peninsula Rd', 'Madeira Park Rd', 'Lagoon Rd', 'Garden Bay Rd', 'Egmont Rd', 'Sinclair Bay Rd'],
     'Sunshine Coast Regional District', ARRAY['604-883', '604-883'], ARRAY['604-741', '778-458'], ARRAY['en', 'en', 'en', 'en', 'sal', 'fr']),
 (9, 'TER', '3010', ARRAY['Terrace', 'Terrace', 'Thornhill', 'Lakelse Lake'], ARRAY['V8G 1', 'V8G 2', 'V8G 3', 'V8G 4', 'V8G 5'],
     ARRAY['Lakelse Ave', 'Park Ave', 'Kalum St', 'Eby St', 'Scott Ave', 'Halliwell Ave', 'Straume Ave', 'Lanfear Dr', 'Sparks St', 'Queensway Dr'],
     'Regional District of Kitimat-Stikine', ARRAY['250-635', '250-638', '250-615'], ARRAY['250-641', '250-615', '778-634'], ARRAY['en', 'en', 'en', 'en', 'nis', 'nis', 'pa', 'pa', 'fil', 'fr', 'sal']),
 (10, 'NVL', '3010', ARRAY['Gitlaxt''aamiks', 'Gitlaxt''aamiks', 'Gitwinksihlkw', 'Laxgalts''ap', 'Gingolx'], ARRAY['V0J 1A', 'V0J 3T', 'V0V 1A', 'V0V 1B'],
     ARRAY['Tait Ave', 'Skateen Ave', 'Lisims Dr', 'Nisga''a Hwy', 'Anhluut''ukwsim Ave'],
     'Nisga''a Lisims', ARRAY['250-633', '250-633', '250-326'], ARRAY['250-641', '250-631', '778-634'], ARRAY['nis', 'nis', 'nis', 'nis', 'nis', 'nis', 'en']),
 (11, 'KIT', '3010', ARRAY['Kitimat', 'Kitimat', 'Kitamaat Village'], ARRAY['V8C 1', 'V8C 2', 'V0T 2B'],
     ARRAY['Haisla Blvd', 'Kuldo St', 'Nalabila Blvd', 'Quatsino Blvd', 'Konigus St', 'Lahakas Blvd', 'Columbia Ave'],
     'Regional District of Kitimat-Stikine', ARRAY['250-632', '250-639'], ARRAY['250-641', '250-279', '778-634'], ARRAY['en', 'en', 'en', 'pa', 'fil', 'fil', 'nis', 'fr']),
 (12, 'MAI', '3020', ARRAY['Coquitlam', 'Coquitlam', 'Port Coquitlam', 'New Westminster'], ARRAY['V3K 1', 'V3K 2', 'V3K 3', 'V3K 4', 'V3K 5', 'V3C 2', 'V3L 3'],
     ARRAY['Brunette Ave', 'Laval Sq', 'Rochester Ave', 'Cartier Ave', 'Begin St', 'Lebleu St', 'Marmont St', 'Austin Ave', 'Blue Mountain St', 'Nelson St'],
     'Metro Vancouver', ARRAY['604-936', '604-939', '604-931', '604-522'], ARRAY['778-895', '604-619', '236-990', '778-227'], ARRAY['fr', 'fr', 'fr', 'en', 'en', 'fil', 'cmn', 'yue', 'pa']),
 (13, 'VIF', '3020', ARRAY['Victoria', 'Victoria', 'Oak Bay', 'Esquimalt', 'Saanich'], ARRAY['V8V 2', 'V8V 3', 'V8W 1', 'V8R 5', 'V9A 3', 'V8T 4'],
     ARRAY['Fort St', 'Cook St', 'Yates St', 'Pandora Ave', 'Fairfield Rd', 'Richardson St', 'Oak Bay Ave', 'Esquimalt Rd', 'Quadra St'],
     'Capital Regional District', ARRAY['250-388', '250-382', '250-595', '250-386'], ARRAY['250-216', '778-679', '250-886'], ARRAY['fr', 'fr', 'fr', 'fr', 'en', 'cmn', 'yue']),
 (14, 'SQU', '3030', ARRAY['Squamish', 'Squamish', 'Brackendale', 'Britannia Beach'], ARRAY['V8B 0', 'V8B 0', 'V0N 1J'],
     ARRAY['Cleveland Ave', 'Pemberton Ave', 'Government Rd', 'Garibaldi Way', 'Depot Rd', 'Loggers Ln', 'Skyline Dr', 'Tantalus Rd', 'Stawamus Rd'],
     'Squamish-Lillooet Regional District', ARRAY['604-892', '604-898', '604-815'], ARRAY['604-848', '778-733', '604-390'], ARRAY['en', 'en', 'en', 'en', 'sal', 'sal', 'pa', 'fr', 'fil', 'cmn']),
 (15, 'PEM', '3030', ARRAY['Pemberton', 'Pemberton', 'Mount Currie'], ARRAY['V0N 2L', 'V0N 2K'],
     ARRAY['Portage Rd', 'Frontier St', 'Pemberton Farm Rd E', 'Collins Rd', 'Lillooet Lake Rd', 'Aster St'],
     'Squamish-Lillooet Regional District', ARRAY['604-894', '604-894'], ARRAY['604-698', '778-733'], ARRAY['en', 'en', 'en', 'sal', 'sal', 'fr', 'pa']);

-- People. 1 is Evergreen's seeded admin; 2-34 staff, 35-36 SIP2 self-check accounts; 37-460 patrons
-- (451-454 classrooms and a care home as institutional patrons).
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, br int, fi int, li int, first text, second text, last text, prefix text, suffix text,
  pref_first text, pref_last text, kw text, kind text, dob date, juvenile boolean, guardian text, email text, day_phone text, evening_phone text,
  other_phone text, street1 text, street2 text, town text, county text, state text, country text, pc text, barcode text, usrname text,
  profile int, created timestamptz, expires timestamptz, locale text, ident_type int, ident_value text, ident_type2 int, ident_value2 text,
  alias text, purged boolean DEFAULT false, barred boolean DEFAULT false, active boolean DEFAULT true);
INSERT INTO pgen.p (i, br, kind)
SELECT i, (ARRAY[6, 6, 6, 6, 7, 7, 7, 7, 8, 8, 9, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14, 14, 15, 15])[1 + fixture_gen.n('pbr', i, 33)],
  CASE WHEN i = 1 THEN 'admin' WHEN i <= 34 THEN 'staff' WHEN i <= 36 THEN 'sip' WHEN i BETWEEN 451 AND 454 THEN 'inst'
       WHEN i % 5 = 0 THEN 'juv' WHEN i % 7 = 1 THEN 'senior' ELSE 'adult' END
FROM generate_series(1, 460) i;
UPDATE pgen.p SET br = 1 WHERE i = 1;
UPDATE pgen.p SET br = 16 WHERE i IN (3, 4, 5, 6);
UPDATE pgen.p SET br = 14 WHERE i = 35;
UPDATE pgen.p SET br = 9 WHERE i = 36;
UPDATE pgen.p p SET c = fixture_gen.pick(b.mix, 'pcu', p.i) FROM pgen.br b WHERE b.ou = p.br;
UPDATE pgen.p SET c = fixture_gen.pick(ARRAY['en', 'fr', 'en', 'fr'], 'pcu', i) WHERE br IN (1, 16);
UPDATE pgen.p p SET fi = 1 + fixture_gen.n('pf', p.i, cardinality(cu.firsts)), li = 1 + fixture_gen.n('pl', p.i, cardinality(cu.lasts)) FROM pgen.cu cu WHERE cu.c = p.c;
UPDATE pgen.p p SET first = cu.firsts[p.fi], last = cu.lasts[p.li],
  second = CASE p.c
    WHEN 'pa' THEN CASE WHEN fixture_gen.n('p2', p.i, 10) < 8 THEN fixture_gen.pick(ARRAY['Kaur', 'Singh'], 'p2k', p.i) END
    WHEN 'fil' THEN CASE WHEN fixture_gen.n('p2', p.i, 10) < 7 THEN cu.lasts[1 + fixture_gen.n('p2l', p.i, cardinality(cu.lasts))] END
    WHEN 'fr' THEN CASE WHEN fixture_gen.n('p2', p.i, 10) < 3 THEN fixture_gen.pick(ARRAY['Marie', 'Joseph', 'Louise', 'Pierre', 'Anne', 'Jacques'], 'p2f', p.i) END
    WHEN 'yue' THEN NULL WHEN 'cmn' THEN NULL
    ELSE CASE WHEN fixture_gen.n('p2', p.i, 10) < 3 THEN fixture_gen.pick(ARRAY['James', 'Anne', 'Marie', 'John', 'Lynn', 'Michael', 'Rose', 'Alexander', 'Jean', 'Thomas'], 'p2e', p.i) END END,
  pref_first = CASE
    WHEN p.c = 'yue' AND fixture_gen.n('ppf', p.i, 10) < 5 THEN fixture_gen.pick(ARRAY['Karen', 'Winnie', 'Kenneth', 'Alice', 'Raymond', 'Vivian', 'Eric', 'Connie', 'Stanley', 'Jacky', 'Fiona', 'Ivan'], 'ppn', p.i)
    WHEN p.c = 'cmn' AND fixture_gen.n('ppf', p.i, 10) < 4 THEN fixture_gen.pick(ARRAY['Kevin', 'Cindy', 'Leo', 'Grace', 'Tony', 'Amy', 'Jason', 'Lily'], 'ppn', p.i)
    WHEN p.c = 'pa' AND fixture_gen.n('ppf', p.i, 10) < 2 THEN fixture_gen.pick(ARRAY['Harry', 'Mandy', 'Sonny', 'Rav', 'Gary', 'Jas', 'Bal', 'Sim'], 'ppn', p.i)
    WHEN p.c = 'fil' AND fixture_gen.n('ppf', p.i, 10) < 2 THEN fixture_gen.pick(ARRAY['Tina', 'Joey', 'Malou', 'Mel', 'Jen', 'Mac', 'Weng', 'Jun'], 'ppn', p.i)
    WHEN p.c IN ('en', 'fr', 'sal', 'nis') AND fixture_gen.n('ppf', p.i, 100) < 9 THEN CASE cu.firsts[p.fi]
      WHEN 'Kathleen' THEN 'Kate' WHEN 'Douglas' THEN 'Doug' WHEN 'Margaret' THEN 'Peggy' WHEN 'Jennifer' THEN 'Jen' WHEN 'Gordon' THEN 'Gord' WHEN 'Brianne' THEN 'Bri'
      WHEN 'Jean-François' THEN 'JF' WHEN 'Marc-André' THEN 'Marc' WHEN 'Sébastien' THEN 'Seb' WHEN 'Russell' THEN 'Russ' WHEN 'Kenneth' THEN 'Ken' WHEN 'Clarence' THEN 'Clarrie'
      ELSE fixture_gen.pick(ARRAY['Alex', 'Sam', 'River', 'Max', 'Charlie', 'Jo', 'Kit', 'Robin'], 'ppn', p.i) END END,
  kw = CASE
    WHEN p.c IN ('yue', 'cmn') AND fixture_gen.n('pkw', p.i, 10) < 6 THEN cu.lasts_nat[p.li] || cu.firsts_nat[p.fi]
    WHEN p.c = 'pa' AND fixture_gen.n('pkw', p.i, 10) < 3 THEN cu.firsts_nat[p.fi] || ' ' || cu.lasts_nat[p.li]
    WHEN p.c = 'fr' AND fixture_gen.n('pkw', p.i, 100) < 8 THEN 'née ' || fixture_gen.pick(ARRAY['Tremblay', 'Gagnon', 'Pelletier', 'Lavoie', 'Fortin'], 'pkwn', p.i)
    WHEN fixture_gen.n('pkw', p.i, 100) < 5 THEN fixture_gen.pick(ARRAY['formerly ', 'maiden name ', 'also ', 'prev. '], 'pkwp', p.i) || fixture_gen.pick(ARRAY['Robertson', 'McLeod', 'Olsen', 'Baker', 'Mercer', 'Reyes', 'Santos', 'Wong', 'Gill'], 'pkwn', p.i) END,
  prefix = CASE WHEN fixture_gen.n('ppx', p.i, 100) < 12 THEN fixture_gen.pick(cu.prefixes, 'ppxv', p.i) END,
  suffix = CASE WHEN p.c IN ('en', 'fil', 'sal', 'nis') AND fixture_gen.n('psx', p.i, 100) < 4 THEN fixture_gen.pick(ARRAY['Jr.', 'Sr.', 'II', 'III', 'Jr'], 'psxv', p.i) END,
  locale = CASE WHEN p.i % 10 < 3 THEN NULL WHEN p.c = 'fr' AND p.i % 5 <> 0 THEN 'fr-CA' ELSE 'en-CA' END
FROM pgen.cu cu WHERE cu.c = p.c;
UPDATE pgen.p SET pref_last = fixture_gen.pick(ARRAY['Harris-Nahanee', 'Lee', 'Campbell', 'Sandhu-Gill', 'Tremblay-Roy', 'Moore'], 'pplast', i) WHERE fixture_gen.n('ppl', i, 100) < 2 AND kind = 'adult';

-- Seeded admin, SIP accounts and institutions.
UPDATE pgen.p SET first = 'Administrator', last = 'System Account', second = NULL, pref_first = NULL, kw = NULL, prefix = NULL, suffix = NULL, c = 'en', locale = NULL WHERE i = 1;
UPDATE pgen.p SET first = 'SIP', last = 'Squamish Selfcheck', second = NULL, pref_first = NULL, pref_last = NULL, kw = NULL, prefix = NULL, suffix = NULL, locale = NULL WHERE i = 35;
UPDATE pgen.p SET first = 'SIP', last = 'Terrace Selfcheck', second = NULL, pref_first = NULL, pref_last = NULL, kw = NULL, prefix = NULL, suffix = NULL, locale = NULL WHERE i = 36;
UPDATE pgen.p SET br = v.br, first = v.f, last = v.l, second = NULL, pref_first = NULL, pref_last = NULL, kw = NULL, prefix = NULL, suffix = NULL, c = 'en'
FROM (VALUES (451, 6, 'Division 7 (Ms. Reid)', 'Gibsons Elementary School'), (452, 12, 'Classe de 4e année', 'École des Pionniers-de-Maillardville'),
             (453, 10, 'Grade 3/4', 'Nisga''a Elementary Secondary School'), (454, 7, 'Activity Room', 'Shorncliffe Care Home')) v(i, br, f, l)
WHERE pgen.p.i = v.i;

-- Birth dates, guardians of children.
UPDATE pgen.p SET dob = CASE kind
    WHEN 'juv' THEN date '2007-01-01' + fixture_gen.n('pdob', i, 365 * 13)
    WHEN 'senior' THEN date '1931-01-01' + fixture_gen.n('pdob', i, 365 * 27)
    WHEN 'inst' THEN NULL WHEN 'sip' THEN NULL WHEN 'admin' THEN date '1979-01-22'
    WHEN 'staff' THEN date '1958-01-01' + fixture_gen.n('pdob', i, 365 * 42)
    ELSE date '1945-01-01' + fixture_gen.n('pdob', i, 365 * 60) END,
  juvenile = kind = 'juv';
UPDATE pgen.p SET dob = NULL WHERE kind IN ('adult', 'senior') AND fixture_gen.n('pdobnull', i, 100) < 4;
UPDATE pgen.p p SET guardian = CASE fixture_gen.n('pgd', p.i, 10)
    WHEN 0 THEN cu.firsts[1 + fixture_gen.n('pgf', p.i, cardinality(cu.firsts))] || ' & ' || cu.firsts[1 + fixture_gen.n('pgf2', p.i, cardinality(cu.firsts))] || ' ' || p.last
    WHEN 1 THEN cu.firsts[1 + fixture_gen.n('pgf', p.i, cardinality(cu.firsts))] || ' ' || cu.lasts[1 + fixture_gen.n('pgl', p.i, cardinality(cu.lasts))] || ' (grandparent)'
    WHEN 2 THEN upper(p.last) || ', ' || cu.firsts[1 + fixture_gen.n('pgf', p.i, cardinality(cu.firsts))]
    WHEN 3 THEN 'Mom: ' || cu.firsts[1 + fixture_gen.n('pgf', p.i, cardinality(cu.firsts))] || ' ' || cu.lasts[1 + fixture_gen.n('pgl', p.i, cardinality(cu.lasts))]
    ELSE cu.firsts[1 + fixture_gen.n('pgf', p.i, cardinality(cu.firsts))] || ' ' || p.last END
FROM pgen.cu cu WHERE cu.c = p.c AND p.kind = 'juv' AND fixture_gen.n('pgnull', p.i, 10) < 9;
UPDATE pgen.p SET guardian = replace(guardian, 'Mom: ', 'Maman : ') WHERE c = 'fr' AND guardian LIKE 'Mom: %';
UPDATE pgen.p SET guardian = replace(guardian, ' (grandparent)', ' (lola)') WHERE c = 'fil';
UPDATE pgen.p SET guardian = 'Ministry of Children and Family Development - foster placement, worker ' || fixture_gen.pick(ARRAY['Dana Kerr', 'Lisa Thompson', 'Marcus Joe'], 'pgmc', i) || ' 250-638-' || fixture_gen.digits('pgmcp', i, 4)
WHERE kind = 'juv' AND i IN (95, 240, 385);

-- Contact details.
UPDATE pgen.p p SET
  email = CASE WHEN p.kind IN ('sip', 'inst') THEN NULL WHEN fixture_gen.n('pem0', p.i, 100) < 20 THEN NULL ELSE
    lower(CASE fixture_gen.n('pem', p.i, 6)
      WHEN 0 THEN pgen.fold(coalesce(p.pref_first, p.first)) || '.' || pgen.fold(p.last)
      WHEN 1 THEN pgen.fold(p.first) || pgen.fold(p.last) || (p.i % 90 + 10)::text
      WHEN 2 THEN substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last)
      WHEN 3 THEN pgen.fold(p.last) || '.' || pgen.fold(p.first)
      WHEN 4 THEN pgen.fold(p.first) || '_' || substr(pgen.fold(p.last), 1, 1) || (1940 + p.i % 70)::text
      ELSE pgen.fold(coalesce(p.pref_first, p.first)) || pgen.fold(p.last) END)
    || '@' || fixture_gen.pick(cu.doms, 'pemd', p.i) END,
  day_phone = CASE WHEN p.kind = 'sip' THEN NULL WHEN fixture_gen.n('pdp0', p.i, 100) < 12 THEN NULL
    WHEN fixture_gen.n('pdpm', p.i, 10) < 6 THEN pgen.ph('pdp', p.i, fixture_gen.pick(b.mobile, 'pdpx', p.i)) ELSE pgen.ph('pdp', p.i, fixture_gen.pick(b.exch, 'pdpx', p.i)) END,
  evening_phone = CASE WHEN p.kind IN ('sip', 'inst') OR fixture_gen.n('pep0', p.i, 100) >= 35 THEN NULL ELSE pgen.ph('pep', p.i, fixture_gen.pick(b.exch, 'pepx', p.i)) END,
  other_phone = CASE WHEN p.kind IN ('sip', 'inst') OR fixture_gen.n('pop0', p.i, 100) >= 12 THEN NULL ELSE
    pgen.ph('pop', p.i, fixture_gen.pick(b.mobile, 'popx', p.i)) || CASE fixture_gen.n('popsfx', p.i, 5) WHEN 0 THEN ' (work)' WHEN 1 THEN ' cell' WHEN 2 THEN ' ext ' || (100 + p.i % 300) ELSE '' END END,
  town = fixture_gen.pick(b.towns, 'ptown', p.i),
  pc = pgen.pc(fixture_gen.pick(b.pcs, 'ppc', p.i), 'ppcx', p.i),
  county = CASE WHEN fixture_gen.n('pcty', p.i, 10) < 3 THEN b.county END,
  state = CASE WHEN p.c = 'fr' AND fixture_gen.n('pst8', p.i, 10) < 2 THEN 'C.-B.' ELSE (ARRAY['BC', 'BC', 'BC', 'BC', 'BC', 'BC', 'BC', 'BC', 'B.C.', 'British Columbia'])[1 + fixture_gen.n('pst8', p.i, 10)] END,
  country = CASE WHEN fixture_gen.n('pctry', p.i, 100) < 82 THEN 'Canada' WHEN fixture_gen.n('pctry', p.i, 100) < 97 THEN 'CA' ELSE 'CAN' END,
  street1 = CASE
    WHEN p.br IN (10, 8) AND fixture_gen.n('pbox', p.i, 10) < 6 THEN 'PO Box ' || (10 + fixture_gen.n('pboxn', p.i, 480))
    WHEN fixture_gen.n('punit', p.i, 10) = 0 THEN '#' || (101 + fixture_gen.n('punitn', p.i, 320)) || ' - ' || (100 + fixture_gen.n('phn', p.i, 5800)) || ' ' || fixture_gen.pick(b.streets, 'pstr', p.i)
    WHEN fixture_gen.n('punit', p.i, 10) = 1 THEN (1 + fixture_gen.n('punitn', p.i, 24)) || '-' || (100 + fixture_gen.n('phn', p.i, 5800)) || ' ' || fixture_gen.pick(b.streets, 'pstr', p.i)
    ELSE (100 + fixture_gen.n('phn', p.i, 5800)) || ' ' || fixture_gen.pick(b.streets, 'pstr', p.i) END,
  street2 = CASE WHEN fixture_gen.n('pst2', p.i, 100) < 5 THEN 'Apt ' || (1 + fixture_gen.n('pst2n', p.i, 30))
    WHEN fixture_gen.n('pst2', p.i, 100) < 8 THEN 'c/o ' || cu.firsts[1 + fixture_gen.n('pcof', p.i, cardinality(cu.firsts))] || ' ' || p.last
    WHEN fixture_gen.n('pst2', p.i, 100) < 10 THEN fixture_gen.pick(ARRAY['Basement suite', 'Rear cabin', 'Site 14 C3, RR 1', 'Lower unit'], 'pst2t', p.i) END
FROM pgen.br b, pgen.cu cu WHERE b.ou = CASE WHEN p.br IN (1, 16) THEN 12 ELSE p.br END AND cu.c = p.c;
-- Children's records carry a parent's email; the admin and processing-centre staff have work addresses.
UPDATE pgen.p p SET email = lower(pgen.fold(split_part(regexp_replace(p.guardian, '^(Mom: |Maman : )', ''), ' ', 1)) || '.' || pgen.fold(p.last)) || '@' || fixture_gen.pick(cu.doms, 'pemd', p.i)
FROM pgen.cu cu WHERE cu.c = p.c AND p.kind = 'juv' AND p.email IS NOT NULL AND p.guardian IS NOT NULL AND p.guardian NOT LIKE 'Ministry%';
UPDATE pgen.p SET email = CASE WHEN i = 1 THEN NULL ELSE pgen.fold(first) || '.' || pgen.fold(last) || '@cplf.bc.ca' END WHERE kind = 'staff' OR i = 1;
UPDATE pgen.p SET email = 'sip-' || lower(split_part(last, ' ', 1)) || '@cplf.bc.ca' WHERE kind = 'sip';
UPDATE pgen.p SET day_phone = NULL, evening_phone = NULL, other_phone = NULL, street1 = NULL, street2 = NULL, town = NULL, pc = NULL, county = NULL WHERE kind IN ('admin', 'sip');
UPDATE pgen.p SET email = v.e, day_phone = v.ph FROM (VALUES (451, 'lreid@sd46.bc.ca', '604-886-2612'), (452, 'pionniers@csf.bc.ca', '604-936-4821'),
  (453, 'nessgr34@sd92.bc.ca', '250-633-2228'), (454, 'activities@shorncliffe.ca', '604-885-5126')) v(i, e, ph) WHERE pgen.p.i = v.i;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM pgen.p WHERE email IS NOT NULL) d
WHERE d.i = p.i AND d.rn > 1 AND p.kind <> 'juv';

-- Barcodes, logins, profiles, dates.
UPDATE pgen.p p SET barcode = pgen.bc('2', coalesce(b.inst, '3000'), 120000 + p.i * 7 + fixture_gen.n('pbcx', p.i, 7)) FROM pgen.br b WHERE b.ou = CASE WHEN p.br IN (1, 16) THEN 12 ELSE p.br END;
UPDATE pgen.p SET barcode = '2' || '3000' || lpad(i::text, 9, '0') WHERE kind IN ('admin', 'sip');
UPDATE pgen.p SET usrname = CASE
    WHEN kind = 'admin' THEN 'admin'
    WHEN kind = 'sip' THEN 'sip-' || lower(split_part(last, ' ', 1))
    WHEN kind = 'staff' THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last)
    WHEN kind = 'inst' THEN barcode
    WHEN fixture_gen.n('pun', i, 100) < 55 THEN barcode
    WHEN fixture_gen.n('pun', i, 100) < 80 THEN pgen.fold(coalesce(pref_first, first)) || pgen.fold(last) || (i % 89 + 10)::text
    WHEN fixture_gen.n('pun', i, 100) < 90 AND email IS NOT NULL THEN email
    ELSE fixture_gen.pick(ARRAY['bookworm', 'readerbee', 'coastreader', 'nasslover', 'mysteryfan', 'lectrice', 'grizzly', 'orca', 'sk8r', 'kayaker'], 'punn', i) || (i % 97)::text END;
UPDATE pgen.p p SET usrname = p.usrname || d.rn::text FROM (SELECT i, row_number() OVER (PARTITION BY usrname ORDER BY i) rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 1;
UPDATE pgen.p SET profile = CASE
    WHEN kind = 'admin' THEN 1 WHEN kind = 'sip' THEN 110 WHEN kind = 'inst' THEN 104 WHEN kind = 'juv' THEN 101 WHEN kind = 'senior' THEN 102
    WHEN kind = 'staff' THEN (ARRAY[5, 5, 5, 5, 5, 4, 4, 10, 6, 12, 15, 5, 4, 5, 10, 5])[1 + fixture_gen.n('pprof', i, 16)]
    WHEN fixture_gen.n('pprof', i, 100) < 5 THEN 103 WHEN fixture_gen.n('pprof', i, 100) < 8 THEN 105 WHEN fixture_gen.n('pprof', i, 100) < 11 THEN 106 ELSE 2 END;
UPDATE pgen.p SET profile = 12 WHERE i IN (3, 4);
UPDATE pgen.p SET profile = 6 WHERE i IN (5, 6);
UPDATE pgen.p SET created = CASE WHEN kind = 'admin' THEN timestamptz '2017-03-14 09:02:11.482113-07'
    WHEN kind IN ('staff', 'sip') THEN pgen.at('pcr', i, '2017-03-20 09:00-07', '2023-09-01 17:00-07')
    WHEN profile = 106 THEN pgen.at('pcr', i, '2024-06-01 00:00-07', '2024-11-10 00:00-08')
    ELSE pgen.at('pcr', i, '2009-02-01 10:00-08', '2024-10-31 17:00-07') END;
-- Cards created before the 2017 migration came from the member libraries' old systems.
UPDATE pgen.p SET expires = CASE WHEN kind IN ('admin', 'sip') THEN timestamptz '2049-12-31 23:59:59-08'
    WHEN kind = 'staff' THEN created + interval '10 years'
    WHEN profile = 106 THEN created + interval '30 days'
    ELSE created + make_interval(years => 2 * (1 + fixture_gen.n('pexp', i, 7))) END;
UPDATE pgen.p SET purged = true, active = false WHERE i IN (58, 113, 167, 222, 289, 333, 401, 437);
UPDATE pgen.p SET barred = true WHERE i IN (77, 204, 318);
UPDATE pgen.p SET active = false WHERE i IN (44, 139, 250, 377) OR kind = 'staff' AND i IN (29, 33);

-- Identification: BC driver's licences, BC Services Card PHNs, passports, status cards, old SINs, other proof.
UPDATE pgen.p SET (ident_type, ident_value) = (SELECT t, v FROM (SELECT
    CASE WHEN kind IN ('admin') THEN 1 WHEN kind IN ('sip', 'inst') THEN 3
      WHEN kind = 'juv' THEN (ARRAY[3, 3, 3, 101, 101])[1 + fixture_gen.n('pidt', i, 5)]
      WHEN c IN ('sal', 'nis') AND fixture_gen.n('pidt', i, 10) < 4 THEN 104
      WHEN c IN ('fil', 'cmn', 'pa') AND fixture_gen.n('pidt', i, 10) < 2 THEN 103
      WHEN created < '2012-01-01' AND fixture_gen.n('pidt', i, 10) = 0 THEN 2
      ELSE (ARRAY[1, 1, 1, 1, 101, 101, 101, 3, 3, 102])[1 + fixture_gen.n('pidt2', i, 10)] END AS t) x,
    LATERAL (SELECT CASE x.t
      WHEN 1 THEN CASE WHEN kind = 'admin' THEN 'identification' WHEN fixture_gen.n('pidf', i, 4) = 0 THEN 'BCDL ' || fixture_gen.digits('pidv', i, 7) ELSE (1 + fixture_gen.n('pid1', i, 9))::text || fixture_gen.digits('pidv', i, 6) END
      WHEN 101 THEN CASE WHEN fixture_gen.n('pidf', i, 3) = 0 THEN substr(pgen.phn('pidv', i), 1, 4) || ' ' || substr(pgen.phn('pidv', i), 5, 3) || ' ' || substr(pgen.phn('pidv', i), 8, 3) ELSE pgen.phn('pidv', i) END
      WHEN 102 THEN 'BCID ' || fixture_gen.digits('pidv', i, 7)
      WHEN 103 THEN CASE c WHEN 'fil' THEN 'P' || fixture_gen.digits('pidv', i, 7) || fixture_gen.chars('pidc', i, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')
                           WHEN 'cmn' THEN 'E' || fixture_gen.digits('pidv', i, 8) WHEN 'pa' THEN fixture_gen.chars('pidc', i, 1, 'JKLMNPRSTUVWZ') || fixture_gen.digits('pidv', i, 7)
                           ELSE fixture_gen.chars('pidc', i, 2, 'ABCGHJKLMNPRSTWXYZ') || fixture_gen.digits('pidv', i, 6) END
      WHEN 104 THEN CASE c WHEN 'nis' THEN fixture_gen.pick(ARRAY['672', '673', '674', '675'], 'pidb', i) ELSE fixture_gen.pick(ARRAY['555', '556', '557', '560'], 'pidb', i) END || fixture_gen.digits('pidv', i, 5) || lpad((1 + fixture_gen.n('pidp', i, 12))::text, 2, '0')
      WHEN 2 THEN pgen.sin('pidv', i)
      ELSE CASE WHEN kind = 'inst' THEN 'School district agreement' WHEN kind = 'sip' THEN NULL
        WHEN kind = 'juv' THEN fixture_gen.pick(ARRAY['Parent ID seen', 'Parent card', 'Report card', 'School ID', 'Care card of parent', 'parent present'], 'pido', i)
        ELSE fixture_gen.pick(ARRAY['BC Hydro bill', 'Fortis bill - verified', 'Lease agreement', 'Letter from band office', 'Student card CapU', 'Rental agreement seen',
          'Canada Post mail', 'Confirmation of PR', 'Work permit', 'Telus bill', 'UNBC student card', 'Hydro bill Mar 2021'], 'pido', i) END END AS v) y);
UPDATE pgen.p SET ident_value = NULL WHERE profile = 106 OR kind = 'juv' AND fixture_gen.n('pidnull', i, 10) < 3;
-- A second piece of ID for some adults (the PHN beside a licence).
UPDATE pgen.p SET ident_type2 = 101, ident_value2 = pgen.phn('pid2', i) WHERE kind IN ('adult', 'senior') AND ident_type = 1 AND fixture_gen.n('pid2', i, 10) < 3;
UPDATE pgen.p SET ident_type2 = 1, ident_value2 = (1 + fixture_gen.n('pid2b', i, 9))::text || fixture_gen.digits('pid2v', i, 6) WHERE kind IN ('adult', 'senior') AND ident_type = 104 AND fixture_gen.n('pid2', i, 10) < 4;
UPDATE pgen.p SET alias = CASE fixture_gen.n('palv', i, 6) WHEN 0 THEN substr(first, 1, 1) || '. ' || last WHEN 1 THEN coalesce(pref_first, first) || ' ' || substr(last, 1, 1) || '.'
    WHEN 2 THEN fixture_gen.pick(ARRAY['Bookworm', 'Reader 42', 'Orca Fan', 'Lectrice', 'Night Owl'], 'palw', i) WHEN 3 THEN upper(substr(first, 1, 1) || substr(last, 1, 1)) ELSE coalesce(pref_first, first) END
WHERE kind IN ('adult', 'senior') AND fixture_gen.n('pal', i, 100) < 9;

-- ---------------------------------------------------------------------------
-- Schemas, lookups, permission groups and the org unit tree.

CREATE SCHEMA actor;
CREATE SCHEMA asset;
CREATE SCHEMA biblio;
CREATE SCHEMA money;
CREATE SCHEMA action;
CREATE SCHEMA action_trigger;
CREATE SCHEMA config;
CREATE SCHEMA permission;
CREATE SCHEMA auditor;
CREATE SCHEMA acq;
CREATE SCHEMA vandelay;

CREATE TABLE config.upgrade_log (
    version         TEXT    PRIMARY KEY,
    install_date    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    applied_to      TEXT
);
-- The 2.12 base install, then every numbered upgrade script up to 3.11.
INSERT INTO config.upgrade_log (version, install_date, applied_to)
SELECT lpad(v::text, 4, '0'),
       CASE WHEN v <= 1052 THEN timestamptz '2017-03-14 08:41:07-07' + make_interval(secs => v - 1000)
            WHEN v <= 1102 THEN timestamptz '2018-05-22 22:10:00-07' + make_interval(secs => (v - 1052) * 11)
            WHEN v <= 1151 THEN timestamptz '2019-06-18 21:30:00-07' + make_interval(secs => (v - 1102) * 9)
            WHEN v <= 1254 THEN timestamptz '2020-11-03 22:05:00-08' + make_interval(secs => (v - 1151) * 13)
            WHEN v <= 1326 THEN timestamptz '2022-04-26 21:45:00-07' + make_interval(secs => (v - 1254) * 10)
            ELSE timestamptz '2023-10-17 22:15:00-07' + make_interval(secs => (v - 1326) * 12) END,
       CASE WHEN v <= 1052 THEN NULL WHEN v <= 1102 THEN '3.1.2' WHEN v <= 1151 THEN '3.3.1' WHEN v <= 1254 THEN '3.5.3' WHEN v <= 1326 THEN '3.8.1' ELSE '3.11.1' END
FROM generate_series(1000, 1390) v;
INSERT INTO config.upgrade_log VALUES
  ('2.12.0', '2017-03-14 08:40:55-07', NULL), ('3.1.2', '2018-05-22 22:31:40-07', '3.1.2'), ('3.3.1', '2019-06-18 21:45:02-07', '3.3.1'),
  ('3.5.3', '2020-11-03 22:40:18-08', '3.5.3'), ('3.8.1', '2022-04-26 22:07:51-07', '3.8.1'), ('3.11.1', '2023-10-17 22:40:33-07', '3.11.1'),
  ('3.11.1-cplf-local-01', '2023-10-19 10:12:44-07', NULL);

CREATE TABLE config.identification_type (
    id      SERIAL  PRIMARY KEY,
    name    TEXT    NOT NULL UNIQUE
);
INSERT INTO config.identification_type VALUES (1, 'Drivers License'), (2, 'SSN'), (3, 'Other'),
  (101, 'BC Services Card (PHN) / Carte Services BC'), (102, 'BCID'), (103, 'Passport / Passeport'), (104, 'Status Card / Certificat de statut');

CREATE TABLE config.standing_penalty (
    id              SERIAL  PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    label           TEXT    NOT NULL,
    block_list      TEXT,
    staff_alert     BOOL    NOT NULL DEFAULT FALSE,
    org_depth       INTEGER,
    ignore_proximity INTEGER
);
INSERT INTO config.standing_penalty VALUES
  (1, 'PATRON_EXCEEDS_FINES', 'Patron exceeds fine threshold', 'CIRC|HOLD|RENEW', true, NULL, NULL),
  (2, 'PATRON_EXCEEDS_OVERDUE_COUNT', 'Patron exceeds max overdue item threshold', 'CIRC|HOLD|RENEW', true, NULL, NULL),
  (3, 'PATRON_EXCEEDS_CHECKOUT_COUNT', 'Patron exceeds max checked out item threshold', 'CIRC', true, NULL, NULL),
  (4, 'PATRON_EXCEEDS_COLLECTIONS_WARNING', 'Patron exceeds pre-collections warning threshold', 'CIRC|HOLD|RENEW', true, NULL, NULL),
  (5, 'PATRON_EXCEEDS_LOST_COUNT', 'Patron exceeds max lost item threshold', 'CIRC|HOLD|RENEW', true, NULL, NULL),
  (20, 'ALERT_NOTE', 'Alerting Note, no blocks', NULL, true, NULL, NULL),
  (21, 'SILENT_NOTE', 'Note, no blocks', NULL, false, NULL, NULL),
  (22, 'STAFF_C', 'Alerting block on Circ', 'CIRC', true, NULL, NULL),
  (23, 'STAFF_CH', 'Alerting block on Circ and Hold', 'CIRC|HOLD', true, NULL, NULL),
  (24, 'STAFF_CR', 'Alerting block on Circ and Renew', 'CIRC|RENEW', true, NULL, NULL),
  (25, 'STAFF_CHR', 'Alerting block on Circ, Hold and Renew', 'CIRC|HOLD|RENEW', true, NULL, NULL),
  (26, 'STAFF_HR', 'Alerting block on Hold and Renew', 'HOLD|RENEW', true, NULL, NULL),
  (27, 'STAFF_H', 'Alerting block on Hold', 'HOLD', true, NULL, NULL),
  (28, 'STAFF_R', 'Alerting block on Renew', 'RENEW', true, NULL, NULL),
  (29, 'INVALID_PATRON_ADDRESS', 'Patron has an invalid address', NULL, true, NULL, NULL),
  (30, 'PATRON_IN_COLLECTIONS', 'Patron has been referred to a collections agency', NULL, false, NULL, NULL),
  (31, 'INVALID_PATRON_EMAIL_ADDRESS', 'Patron had an invalid email address', NULL, true, NULL, NULL),
  (32, 'INVALID_PATRON_DAY_PHONE', 'Patron had an invalid daytime phone number', NULL, true, NULL, NULL),
  (33, 'INVALID_PATRON_EVENING_PHONE', 'Patron had an invalid evening phone number', NULL, true, NULL, NULL),
  (34, 'INVALID_PATRON_OTHER_PHONE', 'Patron had an invalid other phone number', NULL, true, NULL, NULL),
  (35, 'PATRON_EXCEEDS_LONGOVERDUE_COUNT', 'Patron exceeds max long-overdue item threshold', 'CIRC|HOLD|RENEW', true, NULL, NULL),
  (101, 'CPLF_CARD_EXPIRED_NO_ID', 'Expired card: photo ID and proof of address needed / Carte expirée : pièce d''identité requise', 'CIRC|HOLD', true, 0, NULL);

CREATE TABLE config.copy_status (
    id                  SERIAL  PRIMARY KEY,
    name                TEXT    NOT NULL UNIQUE,
    holdable            BOOL    NOT NULL DEFAULT FALSE,
    opac_visible        BOOL    NOT NULL DEFAULT FALSE,
    copy_active         BOOL    NOT NULL DEFAULT FALSE,
    restrict_copy_delete BOOL   NOT NULL DEFAULT FALSE,
    is_available        BOOL    NOT NULL DEFAULT FALSE,
    hopeless_prone      BOOL    NOT NULL DEFAULT FALSE
);
INSERT INTO config.copy_status VALUES
  (0, 'Available', true, true, true, false, true, false), (1, 'Checked out', true, true, true, true, false, false), (2, 'Bindery', false, false, false, false, false, false),
  (3, 'Lost', false, false, false, true, false, true), (4, 'Missing', false, false, false, false, false, true), (5, 'In process', true, true, false, false, false, false),
  (6, 'In transit', true, true, true, true, false, false), (7, 'Reshelving', true, true, true, false, true, false), (8, 'On holds shelf', true, true, true, true, false, false),
  (9, 'On order', true, true, false, false, false, false), (10, 'ILL', false, false, true, false, false, false), (11, 'Cataloging', false, false, false, false, false, false),
  (12, 'Reserves', false, true, true, false, false, false), (13, 'Discard/Weed', false, false, false, false, false, true), (14, 'Damaged', false, false, false, false, false, true),
  (15, 'On reservation shelf', false, false, true, true, false, false), (16, 'Long Overdue', false, false, false, true, false, true), (17, 'Lost and Paid', false, false, false, false, false, true),
  (18, 'Canceled Transit', true, true, true, false, false, false), (101, 'Display / Présentoir', true, true, true, false, true, false);

CREATE TABLE permission.grp_tree (
    id              SERIAL  PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    parent          INT,
    usergroup       BOOL    NOT NULL DEFAULT TRUE,
    perm_interval   INTERVAL DEFAULT '3 years'::interval NOT NULL,
    description     TEXT,
    application_perm TEXT,
    hold_priority   INT     NOT NULL DEFAULT 0
);
INSERT INTO permission.grp_tree VALUES
  (1, 'Users', NULL, false, '3 years', NULL, 'group_application.user', 0),
  (2, 'Patrons', 1, true, '2 years', 'Adult patrons / Usagers adultes', 'group_application.user.patron', 0),
  (3, 'Staff', 1, false, '10 years', NULL, 'group_application.user.staff', 0),
  (4, 'Catalogers', 3, true, '10 years', NULL, 'group_application.user.staff.cat', 0),
  (5, 'Circulators', 3, true, '10 years', NULL, 'group_application.user.staff.circ', 0),
  (6, 'Acquisitions', 3, true, '10 years', NULL, 'group_application.user.staff.acq', 0),
  (7, 'Acquisitions Administrator', 3, true, '10 years', NULL, 'group_application.user.staff.acq_admin', 0),
  (8, 'Cataloging Administrator', 3, true, '10 years', NULL, 'group_application.user.staff.cat_admin', 0),
  (9, 'Circulation Administrator', 3, true, '10 years', NULL, 'group_application.user.staff.circ_admin', 0),
  (10, 'Local Administrator', 3, true, '10 years', 'Branch managers / Responsables de succursale', 'group_application.user.staff.admin.local_admin', 0),
  (11, 'Serials', 3, true, '10 years', NULL, 'group_application.user.staff.serials', 0),
  (12, 'System Administrator', 3, true, '10 years', NULL, 'group_application.user.staff.admin.system_admin', 0),
  (13, 'Global Administrator', 3, true, '10 years', NULL, 'group_application.user.staff.admin.global_admin', 0),
  (14, 'Data Review', 3, true, '10 years', NULL, 'group_application.user.staff.data_review', 0),
  (15, 'Volunteers', 3, true, '1 year', 'Volunteers: check-in and shelving only', 'group_application.user.staff.volunteers', 0),
  (101, 'Juvenile', 2, true, '2 years', 'Under 19 / Moins de 19 ans: no fines', 'group_application.user.patron', 0),
  (102, 'Senior', 2, true, '3 years', '65 and over / 65 ans et plus', 'group_application.user.patron', 0),
  (103, 'Non-resident', 2, true, '1 year', 'Pays the non-resident fee', 'group_application.user.patron', 0),
  (104, 'Institution / Classroom', 2, true, '1 year', 'Schools, care homes and daycares', 'group_application.user.patron', 5),
  (105, 'Homebound', 2, true, '3 years', 'Home delivery patrons', 'group_application.user.patron', 10),
  (106, 'Self-Registered', 2, true, '30 days', 'Registered in the catalogue; ID not yet seen', 'group_application.user.patron', 0),
  (110, 'SIP', 3, true, '10 years', 'Self-check machines', 'group_application.user.sip_client', 0);

CREATE TABLE actor.org_unit (
    id              SERIAL  PRIMARY KEY,
    parent_ou       INTEGER,
    ou_type         INTEGER NOT NULL,
    ill_address     INTEGER,
    holds_address   INTEGER,
    mailing_address INTEGER,
    billing_address INTEGER,
    shortname       TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL UNIQUE,
    email           TEXT,
    phone           TEXT,
    opac_visible    BOOL    NOT NULL DEFAULT TRUE,
    fiscal_calendar INT     NOT NULL DEFAULT 1
);
INSERT INTO actor.org_unit VALUES
  (1, NULL, 1, 1, 1, 1, 1, 'CPLF', 'Coast Public Libraries Federation / Fédération des bibliothèques publiques de la Côte', 'info@cplf.bc.ca', '604-939-2871', true, 1),
  (2, 1, 2, 6, 6, 6, 6, 'SUN', 'Sunshine Coast Libraries', 'sunshinecoast@cplf.bc.ca', '604-886-2130', true, 1),
  (3, 1, 2, 9, 9, 9, 9, 'NOR', 'Northwest Libraries', 'northwest@cplf.bc.ca', '250-638-8177', true, 1),
  (4, 1, 2, 12, 12, 12, 12, 'FRA', 'Réseau des bibliothèques francophones', 'reseau@cplf.bc.ca', '604-936-7211', true, 1),
  (5, 1, 2, 14, 14, 14, 14, 'STS', 'Sea to Sky Libraries', 'seatosky@cplf.bc.ca', '604-892-3110', true, 1),
  (6, 2, 3, 6, 6, 6, 6, 'GIB', 'Gibsons & District Public Library', 'gibsons@cplf.bc.ca', '604-886-2130', true, 1),
  (7, 2, 3, 7, 7, 7, 7, 'SEC', 'Sechelt Public Library', 'sechelt@cplf.bc.ca', '604-885-3260', true, 1),
  (8, 2, 3, 8, 8, 8, 8, 'PEN', 'Pender Harbour Reading Centre', 'penderharbour@cplf.bc.ca', '604-883-9603', true, 1),
  (9, 3, 3, 17, 9, 9, 9, 'TER', 'Terrace Public Library', 'terrace@cplf.bc.ca', '250-638-8177', true, 1),
  (10, 3, 3, 9, 10, 10, 10, 'NVL', 'Nisga''a Valley Community Library', 'nvlibrary@cplf.bc.ca', '250-633-2342', true, 1),
  (11, 3, 3, 11, 11, 11, 11, 'KIT', 'Kitimat Public Library', 'kitimat@cplf.bc.ca', '250-632-8985', true, 1),
  (12, 4, 3, 12, 12, 12, 12, 'MAI', 'Bibliothèque de Maillardville', 'maillardville@cplf.bc.ca', '604-936-7211', true, 1),
  (13, 4, 3, 13, 13, 13, 13, 'VIF', 'Bibliothèque francophone de Victoria', 'victoria@cplf.bc.ca', '250-388-7350', true, 1),
  (14, 5, 3, 14, 14, 14, 14, 'SQU', 'Squamish Public Library', 'squamish@cplf.bc.ca', '604-892-3110', true, 1),
  (15, 5, 3, 15, 15, 15, 15, 'PEM', 'Pemberton & District Public Library', 'pemberton@cplf.bc.ca', '604-894-6916', true, 1),
  (16, 1, 3, 16, 16, 16, 16, 'CPT', 'Centre de traitement / Processing Centre', 'processing@cplf.bc.ca', '604-939-2871 ext 3', false, 1);

CREATE TABLE actor.org_address (
    id          SERIAL  PRIMARY KEY,
    valid       BOOL    NOT NULL DEFAULT TRUE,
    address_type TEXT   NOT NULL DEFAULT 'MAILING',
    org_unit    INT     NOT NULL,
    street1     TEXT    NOT NULL,
    street2     TEXT,
    city        TEXT    NOT NULL,
    county      TEXT,
    state       TEXT,
    country     TEXT    NOT NULL,
    post_code   TEXT    NOT NULL,
    san         TEXT,
    latitude    FLOAT,
    longitude   FLOAT
);
INSERT INTO actor.org_address VALUES
  (1, true, 'MAILING', 1, '1200 Brunette Ave', 'Suite 210', 'Coquitlam', 'Metro Vancouver', 'BC', 'Canada', 'V3K 1G3', '2193542', 49.2344, -122.8651),
  (2, true, 'MAILING', 2, '470 South Fletcher Rd', NULL, 'Gibsons', NULL, 'BC', 'Canada', 'V0N 1V0', NULL, NULL, NULL),
  (3, true, 'MAILING', 3, '4610 Park Ave', NULL, 'Terrace', NULL, 'BC', 'Canada', 'V8G 1V6', NULL, NULL, NULL),
  (4, true, 'MAILING', 4, '1200 Brunette Ave', 'Suite 210', 'Coquitlam', NULL, 'BC', 'Canada', 'V3K 1G3', NULL, NULL, NULL),
  (5, true, 'MAILING', 5, '37907 Second Ave', NULL, 'Squamish', NULL, 'BC', 'Canada', 'V8B 0A7', NULL, NULL, NULL),
  (6, true, 'MAILING', 6, '470 South Fletcher Rd', 'PO Box 109', 'Gibsons', 'Sunshine Coast Regional District', 'BC', 'Canada', 'V0N 1V0', '2193550', 49.4009, -123.5081),
  (7, true, 'MAILING', 7, '5797 Cowrie St', 'PO Box 2104', 'Sechelt', 'Sunshine Coast Regional District', 'BC', 'Canada', 'V0N 3A0', '2193569', 49.4741, -123.7545),
  (8, true, 'MAILING', 8, '12952 Madeira Park Rd', 'PO Box 316', 'Madeira Park', 'Sunshine Coast Regional District', 'BC', 'Canada', 'V0N 2H0', NULL, 49.6235, -124.0240),
  (9, true, 'MAILING', 9, '4610 Park Ave', NULL, 'Terrace', 'Regional District of Kitimat-Stikine', 'BC', 'Canada', 'V8G 1V6', '2193577', 54.5163, -128.6019),
  (10, true, 'MAILING', 10, '4002 Tait Ave', 'PO Box 40', 'Gitlaxt''aamiks', 'Nisga''a Lisims', 'BC', 'Canada', 'V0J 1A0', NULL, 55.2210, -129.0770),
  (11, true, 'MAILING', 11, '940 Wakashan Ave', NULL, 'Kitimat', 'Regional District of Kitimat-Stikine', 'BC', 'Canada', 'V8C 2G3', '2193585', 54.0536, -128.6527),
  (12, true, 'MAILING', 12, '1010 Brunette Ave', NULL, 'Coquitlam', 'Metro Vancouver', 'C.-B.', 'Canada', 'V3K 1E6', '2193593', 49.2339, -122.8645),
  (13, true, 'MAILING', 13, '1150 rue Yates', 'Bureau 104', 'Victoria', 'Capital Regional District', 'C.-B.', 'Canada', 'V8V 3M6', NULL, 48.4269, -123.3541),
  (14, true, 'MAILING', 14, '37907 Second Ave', NULL, 'Squamish', 'Squamish-Lillooet Regional District', 'BC', 'Canada', 'V8B 0A7', '2193607', 49.7007, -123.1557),
  (15, true, 'MAILING', 15, '7390 Cottonwood St', 'PO Box 49', 'Pemberton', 'Squamish-Lillooet Regional District', 'BC', 'Canada', 'V0N 2L0', NULL, 50.3196, -122.8030),
  (16, true, 'MAILING', 16, '1200 Brunette Ave', 'Suite 210 - Receiving / Réception', 'Coquitlam', 'Metro Vancouver', 'BC', 'Canada', 'V3K 1G3', '2193615', 49.2344, -122.8651),
  (17, true, 'ILL', 9, '4610 Park Ave', 'Attn: Interlibrary Loans', 'Terrace', NULL, 'BC', 'Canada', 'V8G 1V6', '2193577', NULL, NULL);

CREATE TABLE actor.workstation (
    id          SERIAL  PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    owning_lib  INT     NOT NULL
);
INSERT INTO actor.workstation (id, name, owning_lib)
SELECT row_number() OVER (ORDER BY ou, k), o.shortname || '-' || w, o.id
FROM (VALUES (6, 1, 'circ-01'), (6, 2, 'circ-02'), (6, 3, 'ref-01'), (6, 4, 'workroom'), (7, 1, 'circ-01'), (7, 2, 'circ-02'), (7, 3, 'selfcheck-01'), (7, 4, 'ref-laptop'),
  (8, 1, 'desk'), (9, 1, 'CIRC1'), (9, 2, 'CIRC2'), (9, 3, 'ILL'), (9, 4, 'selfcheck-01'), (9, 5, 'YA-desk'), (10, 1, 'desk'), (10, 2, 'laptop'), (11, 1, 'circ-01'),
  (11, 2, 'circ-02'), (11, 3, 'office'), (12, 1, 'comptoir-01'), (12, 2, 'comptoir-02'), (12, 3, 'jeunesse'), (13, 1, 'pret-01'), (13, 2, 'pret-02'), (14, 1, 'circ-01'),
  (14, 2, 'circ-02'), (14, 3, 'circ-03'), (14, 4, 'selfcheck-01'), (14, 5, 'selfcheck-02'), (14, 6, 'outreach'), (15, 1, 'circ-01'), (15, 2, 'backroom'),
  (16, 1, 'cat-01'), (16, 2, 'cat-02'), (16, 3, 'cat-03'), (16, 4, 'acq-01'), (16, 5, 'acq-02'), (16, 6, 'sysadmin'), (16, 7, 'reports'), (1, 1, 'evergreen-admin')) v(ou, k, w)
JOIN actor.org_unit o ON o.id = v.ou;

CREATE TABLE actor.org_unit_setting (
    id          BIGSERIAL   PRIMARY KEY,
    org_unit    INT         NOT NULL,
    name        TEXT        NOT NULL,
    value       TEXT        NOT NULL,
    CONSTRAINT ou_once_per_key UNIQUE (org_unit, name)
);
INSERT INTO actor.org_unit_setting (org_unit, name, value) VALUES
  (1, 'credit.processor.default', '"Stripe"'),
  (1, 'credit.processor.stripe.enabled', 'true'),
  (1, 'credit.processor.stripe.pubkey', to_json('pk_' || 'live_' || fixture_gen.chars('stripepk', 1, 99))::text),
  (1, 'credit.processor.stripe.secretkey', to_json('sk_' || 'live_' || fixture_gen.chars('stripesk', 1, 99))::text),
  (1, 'credit.processor.payflowpro.enabled', 'false'),
  (1, 'credit.processor.payflowpro.login', '"cplfopac"'),
  (1, 'credit.processor.payflowpro.password', to_json('Cplf' || fixture_gen.chars('pfpw', 1, 8) || '!' || fixture_gen.digits('pfpw', 1, 2))::text),
  (1, 'credit.processor.payflowpro.partner', '"PayPalCA"'),
  (1, 'credit.processor.payflowpro.vendor', '"cplfopac"'),
  (1, 'credit.processor.payflowpro.testmode', 'false'),
  (1, 'ebook_api.overdrive.discovery_base_uri', '"https://api.overdrive.com/v1"'),
  (1, 'ebook_api.overdrive.client_key', to_json('CPLF' || fixture_gen.chars('odck', 1, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))::text),
  (1, 'ebook_api.overdrive.client_secret', to_json(fixture_gen.chars('odcs', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789-_'))::text),
  (1, 'ebook_api.overdrive.library_id', '"4417"'),
  (1, 'ebook_api.overdrive.websiteid', '"391"'),
  (1, 'ebook_api.overdrive.authorization_name', '"cplf"'),
  (1, 'opac.self_register.profile', '106'),
  (1, 'opac.self_register.timeout', '"30 days"'),
  (1, 'circ.password_reset_request_requires_matching_email', 'true'),
  (1, 'circ.password_reset_request_time_to_live', '172800'),
  (1, 'global.password_regex', '"(?=.*\\d+.*)(?=.*[A-Za-z]+.*).{7,}"'),
  (1, 'ui.patron.default_country', '"Canada"'),
  (1, 'ui.patron.default_ident_type', '101'),
  (1, 'ui.patron.edit.au.day_phone.regex', '"^\\(?\\d{3}\\)?[- .]?\\d{3}[- .]?\\d{4}"'),
  (1, 'ui.patron.edit.au.day_phone.example', '"604-555-0100"'),
  (1, 'ui.patron.edit.ac.barcode.regex', '"^2\\d{13}$"'),
  (1, 'ui.patron.edit.au.second_given_name.show', 'true'),
  (1, 'ui.patron.edit.au.pref_first_given_name.show', 'true'),
  (1, 'global.juvenile_age_threshold', '"19 years"'),
  (1, 'org.bounced_emails', '"bounces@cplf.bc.ca"'),
  (1, 'auth.opac_timeout', '1209600'),
  (1, 'auth.staff_timeout', '7200'),
  (1, 'circ.holds.default_shelf_expire_interval', '"7 days"'),
  (1, 'circ.void_overdue_on_lost', 'true'),
  (1, 'circ.lost_materials_processing_fee', '5.00'),
  (1, 'circ.patron_expires_soon_warning', '30'),
  (1, 'circ.checkout_fills_related_hold', 'true'),
  (1, 'sms.enable', 'true'),
  (1, 'vandelay.default_match_set', '1'),
  (1, 'acq.default_circ_modifier', '"BOOK"'),
  (1, 'lib.info_url', '"https://cplf.bc.ca"'),
  (1, 'opac.patron.auto_overide_hold_events', 'true'),
  (1, 'circ.holds.expired_patron_block', 'true'),
  (1, 'history.circ.retention_age', '"5 years"'),
  (1, 'patron.password.use_phone', 'false'),
  (2, 'lib.info_url', '"https://cplf.bc.ca/sunshinecoast"'),
  (3, 'lib.info_url', '"https://cplf.bc.ca/northwest"'),
  (4, 'lib.info_url', '"https://cplf.bc.ca/francophone"'),
  (4, 'opac.default_locale', '"fr-CA"'),
  (5, 'lib.info_url', '"https://cplf.bc.ca/seatosky"'),
  (6, 'circ.holds.default_shelf_expire_interval', '"10 days"'),
  (8, 'circ.fines.charge_when_closed', 'false'),
  (10, 'circ.fines.charge_when_closed', 'false'),
  (10, 'circ.lost_materials_processing_fee', '0.00'),
  (12, 'opac.default_locale', '"fr-CA"'),
  (13, 'opac.default_locale', '"fr-CA"'),
  (14, 'circ.selfcheck.patron_login_timeout', '90'),
  (14, 'circ.selfcheck.alert.popup', 'true'),
  (16, 'acq.copy_creator_uses_receiver', 'true'),
  (16, 'cat.default_classification_scheme', '1');

-- ---------------------------------------------------------------------------
-- Patrons and staff.

CREATE TABLE actor.usr (
    id                      SERIAL              PRIMARY KEY,
    card                    INT                 UNIQUE,
    profile                 INT                 NOT NULL,
    usrname                 TEXT                NOT NULL UNIQUE,
    email                   TEXT,
    passwd                  TEXT                NOT NULL,
    standing                INT                 NOT NULL DEFAULT 1,
    ident_type              INT                 NOT NULL,
    ident_value             TEXT,
    ident_type2             INT,
    ident_value2            TEXT,
    net_access_level        INT                 NOT NULL DEFAULT 1,
    photo_url               TEXT,
    prefix                  TEXT,
    first_given_name        TEXT                NOT NULL,
    second_given_name       TEXT,
    family_name             TEXT                NOT NULL,
    suffix                  TEXT,
    guardian                TEXT,
    pref_prefix             TEXT,
    pref_first_given_name   TEXT,
    pref_second_given_name  TEXT,
    pref_family_name        TEXT,
    pref_suffix             TEXT,
    name_keywords           TEXT,
    name_kw_tsvector        TSVECTOR,
    alias                   TEXT,
    day_phone               TEXT,
    evening_phone           TEXT,
    other_phone             TEXT,
    mailing_address         INT,
    billing_address         INT,
    home_ou                 INT                 NOT NULL,
    dob                     DATE,
    active                  BOOL                NOT NULL DEFAULT TRUE,
    master_account          BOOL                NOT NULL DEFAULT FALSE,
    super_user              BOOL                NOT NULL DEFAULT FALSE,
    barred                  BOOL                NOT NULL DEFAULT FALSE,
    deleted                 BOOL                NOT NULL DEFAULT FALSE,
    juvenile                BOOL                NOT NULL DEFAULT FALSE,
    usrgroup                SERIAL              NOT NULL,
    claims_returned_count   INT                 NOT NULL DEFAULT 0,
    credit_forward_balance  NUMERIC(6,2)        NOT NULL DEFAULT 0.00,
    last_xact_id            TEXT                NOT NULL DEFAULT 'none',
    alert_message           TEXT,
    create_date             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    expire_date             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (now() + '3 years'::INTERVAL),
    claims_never_checked_out_count INT          NOT NULL DEFAULT 0,
    last_update_time        TIMESTAMP WITH TIME ZONE,
    locale                  TEXT
);
CREATE INDEX actor_usr_home_ou_idx ON actor.usr (home_ou);
CREATE INDEX actor_usr_family_name_idx ON actor.usr (lower(family_name));
CREATE INDEX actor_usr_email_idx ON actor.usr (lower(email));

INSERT INTO actor.usr
SELECT p.i, CASE WHEN p.purged THEN NULL ELSE p.i END, p.profile,
  CASE WHEN p.purged THEN p.i || '-PURGED-' || to_char(pgen.at('ppurge', p.i, '2021-01-10 02:00-08', '2024-09-30 02:00-07') AT TIME ZONE 'America/Vancouver', 'YYYY-MM-DD HH24:MI:SS') || '.' || fixture_gen.digits('ppurgeus', p.i, 6) ELSE p.usrname END,
  CASE WHEN p.purged THEN NULL ELSE p.email END,
  md5('eg-legacy:' || p.i || ':' || fixture_gen.chars('pmd5', p.i, 12)),
  CASE WHEN p.barred THEN 2 ELSE 1 END,
  coalesce(p.ident_type, 3), CASE WHEN p.purged THEN NULL ELSE p.ident_value END, p.ident_type2, CASE WHEN p.purged THEN NULL ELSE p.ident_value2 END,
  CASE WHEN p.kind IN ('staff', 'admin') THEN 3 WHEN p.kind = 'juv' THEN 2 ELSE 1 END,
  CASE WHEN p.purged THEN NULL WHEN p.kind = 'staff' AND p.i % 2 = 0 THEN 'https://intranet.cplf.bc.ca/staff/photos/' || p.usrname || '.jpg'
       WHEN p.kind IN ('adult', 'senior') AND fixture_gen.n('pphoto', p.i, 100) < 5 THEN 'https://evergreen.cplf.bc.ca/patron-photos/' || p.barcode || '.jpg' END,
  CASE WHEN p.purged THEN '' ELSE p.prefix END,
  CASE WHEN p.purged THEN '' ELSE p.first END, CASE WHEN p.purged THEN '' ELSE p.second END, CASE WHEN p.purged THEN '' ELSE p.last END,
  CASE WHEN p.purged THEN '' ELSE p.suffix END,
  CASE WHEN p.purged THEN NULL ELSE p.guardian END,
  CASE WHEN p.pref_first IN ('Alex', 'Sam', 'River', 'Charlie', 'Robin') AND p.kind <> 'juv' THEN 'Mx.' END,
  CASE WHEN p.purged THEN NULL ELSE p.pref_first END, NULL, CASE WHEN p.purged THEN NULL ELSE p.pref_last END, NULL,
  CASE WHEN p.purged THEN NULL ELSE p.kw END,
  CASE WHEN p.purged THEN NULL ELSE to_tsvector('simple', concat_ws(' ', p.prefix, p.first, p.second, p.last, p.suffix, p.pref_first, p.pref_last, p.kw)) END,
  CASE WHEN p.purged THEN '' ELSE p.alias END,
  CASE WHEN p.purged THEN '' ELSE p.day_phone END, CASE WHEN p.purged THEN '' ELSE p.evening_phone END, CASE WHEN p.purged THEN '' ELSE p.other_phone END,
  CASE WHEN p.purged OR p.street1 IS NULL THEN NULL ELSE p.i END, CASE WHEN p.purged OR p.street1 IS NULL THEN NULL ELSE p.i END,
  CASE WHEN p.br = 1 THEN 1 ELSE p.br END,
  CASE WHEN p.purged THEN NULL ELSE p.dob END,
  p.active, p.kind = 'admin', p.kind = 'admin', p.barred, p.purged, p.juvenile,
  p.i,
  CASE WHEN fixture_gen.n('pcrc', p.i, 100) < 6 THEN 1 + fixture_gen.n('pcrcn', p.i, 3) ELSE 0 END,
  CASE WHEN fixture_gen.n('pcfb', p.i, 100) < 3 THEN (1 + fixture_gen.n('pcfbn', p.i, 1500)) / 100.0 ELSE 0.00 END,
  CASE WHEN fixture_gen.n('plx', p.i, 10) < 2 THEN 'none' ELSE extract(epoch FROM pgen.at('plut', p.i, greatest(p.created, '2018-05-23 00:00-07'), '2024-11-14 17:00-08'))::bigint || '.' || fixture_gen.digits('plxp', p.i, 5) || '.' || fixture_gen.digits('plxr', p.i, 11) END,
  NULL,
  p.created, p.expires,
  CASE WHEN fixture_gen.n('pcnco', p.i, 100) < 2 THEN 1 ELSE 0 END,
  CASE WHEN p.kind = 'admin' THEN timestamptz '2023-10-17 22:51:09-07' WHEN fixture_gen.n('plut', p.i, 10) < 2 THEN NULL ELSE pgen.at('plut', p.i, greatest(p.created, '2018-05-23 00:00-07'), '2024-11-14 17:00-08') END,
  CASE WHEN p.purged THEN NULL ELSE p.locale END
FROM pgen.p p ORDER BY p.i;
-- Families: children grouped with a parent of the same surname and home library.
UPDATE actor.usr c SET usrgroup = x.parent
FROM (SELECT ch.id, min(pa.id) AS parent FROM actor.usr ch JOIN actor.usr pa ON pa.family_name = ch.family_name AND pa.home_ou = ch.home_ou AND pa.id <> ch.id AND NOT pa.juvenile
      WHERE ch.juvenile AND NOT ch.deleted GROUP BY ch.id) x WHERE c.id = x.id;

CREATE TABLE actor.usr_address (
    id                  SERIAL  PRIMARY KEY,
    valid               BOOL    NOT NULL DEFAULT TRUE,
    within_city_limits  BOOL    NOT NULL DEFAULT TRUE,
    address_type        TEXT    NOT NULL DEFAULT 'MAILING',
    usr                 INT     NOT NULL,
    street1             TEXT    NOT NULL,
    street2             TEXT,
    city                TEXT    NOT NULL,
    county              TEXT,
    state               TEXT,
    country             TEXT    NOT NULL,
    post_code           TEXT    NOT NULL,
    pending             BOOL    NOT NULL DEFAULT FALSE,
    replaces            INT
);
CREATE INDEX actor_usr_addr_usr_idx ON actor.usr_address (usr);
INSERT INTO actor.usr_address
SELECT p.i, NOT (fixture_gen.n('pinv', p.i, 100) < 3), NOT (p.street1 LIKE 'PO Box%' OR p.town IN ('Roberts Creek', 'Halfmoon Bay', 'Egmont', 'Lakelse Lake', 'Britannia Beach', 'Mount Currie')),
  CASE WHEN p.c = 'fr' AND fixture_gen.n('padt', p.i, 10) < 3 THEN 'Résidence' ELSE (ARRAY['MAILING', 'MAILING', 'MAILING', 'MAILING', 'MAILING', 'MAILING', 'MAILING', 'Home', 'Home', 'Physical'])[1 + fixture_gen.n('padt', p.i, 10)] END,
  p.i, p.street1, p.street2, p.town, p.county, p.state, p.country, p.pc, false, NULL
FROM pgen.p p WHERE p.street1 IS NOT NULL AND NOT p.purged ORDER BY p.i;
-- Second (billing, winter, work) addresses.
INSERT INTO actor.usr_address
SELECT 1000 + row_number() OVER (ORDER BY p.i), true, true,
  (ARRAY['BILLING', 'Winter address', 'Work', 'Parents', 'BILLING'])[1 + fixture_gen.n('pbt', p.i, 5)],
  p.i,
  CASE fixture_gen.n('pbt', p.i, 5)
    WHEN 1 THEN (100 + fixture_gen.n('pbs', p.i, 9000)) || ' E ' || fixture_gen.pick(ARRAY['Main St', 'University Dr', 'Broadway Rd', 'Baseline Rd'], 'pbsn', p.i)
    WHEN 2 THEN (100 + fixture_gen.n('pbs', p.i, 4000)) || ' ' || fixture_gen.pick(ARRAY['Keith Rd', 'Lonsdale Ave', 'Kingsway', 'W Georgia St'], 'pbsn', p.i)
    ELSE 'PO Box ' || (100 + fixture_gen.n('pbs', p.i, 1900)) END,
  CASE fixture_gen.n('pbt', p.i, 5) WHEN 1 THEN 'Lot ' || (1 + fixture_gen.n('pblot', p.i, 400)) WHEN 2 THEN 'Suite ' || (100 + fixture_gen.n('pbsu', p.i, 900)) END,
  CASE fixture_gen.n('pbt', p.i, 5) WHEN 1 THEN fixture_gen.pick(ARRAY['Mesa', 'Yuma', 'Palm Springs', 'Apache Junction'], 'pbc', p.i) WHEN 2 THEN fixture_gen.pick(ARRAY['North Vancouver', 'Burnaby', 'Vancouver'], 'pbc', p.i) ELSE p.town END,
  NULL,
  CASE fixture_gen.n('pbt', p.i, 5) WHEN 1 THEN CASE WHEN fixture_gen.n('pbc', p.i, 4) = 2 THEN 'CA' ELSE 'AZ' END ELSE 'BC' END,
  CASE fixture_gen.n('pbt', p.i, 5) WHEN 1 THEN 'USA' ELSE 'Canada' END,
  CASE fixture_gen.n('pbt', p.i, 5) WHEN 1 THEN CASE WHEN fixture_gen.n('pbc', p.i, 4) = 2 THEN '9226' || fixture_gen.digits('pbz', p.i, 1) ELSE (85200 + fixture_gen.n('pbz', p.i, 90))::text END
    WHEN 2 THEN pgen.pc(fixture_gen.pick(ARRAY['V7M 2', 'V5H 4', 'V6E 1'], 'pbc', p.i), 'pbzz', p.i) ELSE p.pc END,
  false, NULL
FROM pgen.p p WHERE p.kind IN ('adult', 'senior') AND NOT p.purged AND fixture_gen.n('pbill', p.i, 100) < 7 ORDER BY p.i;
UPDATE actor.usr u SET billing_address = a.id FROM actor.usr_address a WHERE a.usr = u.id AND a.id > 1000;
-- Address changes patrons asked for in the catalogue, waiting for staff approval.
INSERT INTO actor.usr_address
SELECT 2000 + row_number() OVER (ORDER BY p.i), true, true, 'MAILING', p.i,
  (100 + fixture_gen.n('ppend', p.i, 5800)) || ' ' || fixture_gen.pick(b.streets, 'ppends', p.i), CASE WHEN p.i % 3 = 0 THEN 'Unit ' || (1 + p.i % 20) END,
  fixture_gen.pick(b.towns, 'ppendt', p.i), NULL, 'BC', 'Canada', pgen.pc(fixture_gen.pick(b.pcs, 'ppendp', p.i), 'ppendx', p.i), true, p.i
FROM pgen.p p JOIN pgen.br b ON b.ou = p.br WHERE p.kind = 'adult' AND NOT p.purged AND fixture_gen.n('ppend0', p.i, 100) < 3 ORDER BY p.i;

CREATE TABLE actor.card (
    id      SERIAL  PRIMARY KEY,
    usr     INT     NOT NULL,
    barcode TEXT    NOT NULL UNIQUE,
    active  BOOL    NOT NULL DEFAULT TRUE
);
CREATE INDEX actor_card_usr_idx ON actor.card (usr);
INSERT INTO actor.card SELECT p.i, p.i, p.barcode, NOT p.barred FROM pgen.p p WHERE NOT p.purged ORDER BY p.i;
-- Replaced cards: lost ones, and the numbers of the libraries' systems before 2017.
INSERT INTO actor.card
SELECT 1000 + row_number() OVER (ORDER BY p.i), p.i,
  CASE WHEN p.created < '2017-03-14' AND p.br IN (12, 13) THEN '10' || fixture_gen.digits('poldc', p.i, 6)
       WHEN p.created < '2017-03-14' AND p.br IN (6, 7, 8) THEN pgen.bc('2', '9085', 30000 + p.i * 11)
       ELSE pgen.bc('2', b.inst, 60000 + p.i * 5) END,
  false
FROM pgen.p p JOIN pgen.br b ON b.ou = p.br WHERE p.kind IN ('adult', 'senior', 'juv') AND NOT p.purged AND fixture_gen.n('poldc0', p.i, 100) < 14 ORDER BY p.i;

CREATE TABLE actor.passwd (
    id          SERIAL  PRIMARY KEY,
    usr         INTEGER NOT NULL,
    salt        TEXT,
    passwd      TEXT    NOT NULL,
    passwd_type TEXT    NOT NULL,
    create_date TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    edit_date   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    CONSTRAINT passwd_type_once_per_user UNIQUE (usr, passwd_type)
);
INSERT INTO actor.passwd (id, usr, salt, passwd, passwd_type, create_date, edit_date)
SELECT row_number() OVER (ORDER BY u.id), u.id, pgen.bfsalt('apw', u.id), pgen.bfsalt('apw', u.id) || fixture_gen.chars('apwh', u.id, 31, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
  'main', greatest(u.create_date, '2018-05-22 22:19:41-07'),
  greatest(u.create_date, '2018-05-22 22:19:41-07') + make_interval(days => fixture_gen.n('apwe', u.id, 1500)) * (fixture_gen.n('apwe0', u.id, 2))
FROM actor.usr u WHERE NOT u.deleted ORDER BY u.id;
UPDATE actor.passwd SET edit_date = create_date WHERE edit_date > '2024-11-14 17:00-08';

CREATE TABLE actor.usr_password_reset (
    id              SERIAL  PRIMARY KEY,
    uuid            TEXT    NOT NULL,
    usr             BIGINT  NOT NULL,
    request_time    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    has_been_reset  BOOL    NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX actor_usr_password_reset_uuid_idx ON actor.usr_password_reset (uuid);
INSERT INTO actor.usr_password_reset
SELECT k, fixture_gen.uuid('aupr', k), u.id, pgen.at('auprt', k, '2021-02-01 00:00-08', '2024-11-14 12:00-08'), fixture_gen.n('auprh', k, 10) < 7
FROM generate_series(1, 64) k
JOIN LATERAL (SELECT id FROM actor.usr WHERE email IS NOT NULL AND NOT deleted AND id > 36 ORDER BY md5('auprusr' || k || id) LIMIT 1) u ON true;
-- Evergreen keeps version-4-shaped UUIDs.
UPDATE actor.usr_password_reset SET uuid = overlay(overlay(uuid PLACING '4' FROM 15 FOR 1) PLACING substr('89ab', 1 + id % 4, 1) FROM 20 FOR 1);

-- fill: a staff- or patron-typed text about person pi, its placeholders filled from that person (k varies the rest).
CREATE FUNCTION pgen.fill(tpl text, pi int, k int) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(tpl,
    '{F}', coalesce(p.pref_first, p.first)), '{FULL}', coalesce(p.pref_first, p.first) || ' ' || p.last), '{L}', p.last),
    '{O}', cu.firsts[1 + fixture_gen.n('fo', k, cardinality(cu.firsts))] || ' ' || CASE WHEN k % 3 = 0 THEN cu.lasts[1 + fixture_gen.n('fol', k, cardinality(cu.lasts))] ELSE p.last END),
    '{G}', coalesce(p.guardian, cu.firsts[1 + fixture_gen.n('fg', k, cardinality(cu.firsts))] || ' ' || p.last)),
    '{PH2}', pgen.ph('fph2', k, fixture_gen.pick(b.mobile, 'fph2x', k))), '{PH}', coalesce(p.day_phone, pgen.ph('fph', k, fixture_gen.pick(b.exch, 'fphx', k)))),
    '{ST}', coalesce(p.street1, '')), '{D}', pgen.ymd(pgen.at('fd', k, '2021-01-05 10:00-08', '2024-11-10 16:00-08'))),
    '{BN}', o.name), '{B}', o.shortname), '{S}', upper(substr(s.first, 1, 1) || substr(s.last, 1, 1))), '{N}', (1000 + fixture_gen.n('fn', k, 9000))::text),
    '{PHN}', pgen.phn('fphn', k)), '{AMT}', to_char((500 + fixture_gen.n('famt', k, 30000)) / 100.0, 'FM990.00')),
    '{LANG}', CASE p.c WHEN 'pa' THEN 'mostly Punjabi' WHEN 'yue' THEN 'mostly Cantonese' WHEN 'cmn' THEN 'mostly Mandarin' WHEN 'fil' THEN 'mostly Tagalog' WHEN 'fr' THEN 'only French'
      ELSE 'with difficulty since a stroke' END),
    '{TOWN2}', fixture_gen.pick(ARRAY['Powell River', 'Prince Rupert', 'Smithers', 'Kamloops', 'Nanaimo', 'Surrey', 'Whistler', 'Edmonton'], 'ftown', k))
  FROM pgen.p p JOIN pgen.cu cu ON cu.c = p.c JOIN pgen.br b ON b.ou = CASE WHEN p.br IN (1, 16) THEN 12 ELSE p.br END
  JOIN actor.org_unit o ON o.id = CASE WHEN p.br = 1 THEN 6 ELSE p.br END
  JOIN pgen.p s ON s.i = 2 + fixture_gen.n('fs', k, 33)
  WHERE p.i = pi
$$;

CREATE TABLE actor.usr_setting (
    id      BIGSERIAL   PRIMARY KEY,
    usr     INT         NOT NULL,
    name    TEXT        NOT NULL,
    value   TEXT        NOT NULL,
    CONSTRAINT usr_once_per_key UNIQUE (usr, name)
);
INSERT INTO actor.usr_setting (usr, name, value)
SELECT usr, name, value FROM (
  SELECT u.id AS usr, s.name, CASE s.name
      WHEN 'opac.hold_notify' THEN to_json(fixture_gen.pick(ARRAY['email', 'email', 'email:phone', 'phone', 'email:sms', 'sms', 'phone:sms'], 'ushn', u.id))::text
      WHEN 'opac.default_phone' THEN to_json(coalesce(nullif(u.day_phone, ''), u.evening_phone, '604-886-2130'))::text
      WHEN 'opac.default_sms_notify' THEN to_json(pgen.digits_only(coalesce(nullif(u.other_phone, ''), nullif(u.day_phone, ''), pgen.ph('ussms', u.id, '778-462'))))::text
      WHEN 'opac.default_sms_carrier' THEN to_json(fixture_gen.pick(ARRAY['5', '6', '7', '8', '12', '13'], 'uscar', u.id))::text
      WHEN 'opac.default_pickup_location' THEN u.home_ou::text
      WHEN 'opac.default_search_location' THEN CASE WHEN u.id % 3 = 0 THEN '1' ELSE u.home_ou::text END
      WHEN 'history.circ.retention_start' THEN to_json(to_char(pgen.at('ushc', u.id, greatest(u.create_date, '2017-04-01 00:00-07'), '2024-10-01 00:00-07') AT TIME ZONE 'America/Vancouver', 'YYYY-MM-DD"T"HH24:MI:SS') || '-0700')::text
      WHEN 'history.hold.retention_start' THEN to_json(to_char(pgen.at('ushh', u.id, greatest(u.create_date, '2017-04-01 00:00-07'), '2024-10-01 00:00-07') AT TIME ZONE 'America/Vancouver', 'YYYY-MM-DD"T"HH24:MI:SS') || '-0700')::text
      WHEN 'circ.holds_behind_desk' THEN 'true'
      WHEN 'circ.send_email_checkout_receipts' THEN 'true'
      WHEN 'opac.temporary_list_no_warn' THEN 'true'
      WHEN 'opac.lists_per_page' THEN '"25"'
      WHEN 'circ.default_checkout_receipt' THEN '"email"'
      WHEN 'eg.circ.patron.summary.collapse' THEN 'false'
      WHEN 'eg.grid.circ.patron.items_out' THEN '{"version":2,"limit":25,"columns":[{"name":"target_copy.barcode","flex":2,"sort":0},{"name":"title","flex":4,"sort":0},{"name":"due_date","flex":2,"sort":1},{"name":"renewal_remaining","flex":1,"sort":0}]}'
      WHEN 'eg.grid.circ.checkin.checkin' THEN '{"version":2,"limit":50,"columns":[{"name":"barcode","flex":2,"sort":0},{"name":"title","flex":3,"sort":0},{"name":"route_to","flex":2,"sort":0},{"name":"patron_barcode","flex":2,"sort":0}]}'
      WHEN 'eg.grid.cat.catalog.holds' THEN '{"version":2,"limit":25,"columns":[{"name":"request_time","flex":2,"sort":1},{"name":"usr_display_name","flex":3,"sort":0},{"name":"pickup_lib.shortname","flex":1,"sort":0}]}'
      WHEN 'webstaff.circ.itemsout_notice_count_excludes_courtesies' THEN 'true'
      WHEN 'ui.staff.disable_links_newtabs' THEN 'false'
      WHEN 'eg.search.search_lib' THEN u.home_ou::text
      WHEN 'eg.circ.checkin.strict_barcode' THEN 'true' END AS value
  FROM actor.usr u
  CROSS JOIN (VALUES ('opac.hold_notify', 60, 'p'), ('opac.default_phone', 32, 'p'), ('opac.default_sms_notify', 13, 'p'), ('opac.default_sms_carrier', 13, 'p'),
    ('opac.default_pickup_location', 42, 'p'), ('opac.default_search_location', 20, 'p'), ('history.circ.retention_start', 35, 'p'), ('history.hold.retention_start', 18, 'p'),
    ('circ.holds_behind_desk', 5, 'p'), ('circ.send_email_checkout_receipts', 16, 'p'), ('opac.temporary_list_no_warn', 6, 'p'), ('opac.lists_per_page', 4, 'p'),
    ('circ.default_checkout_receipt', 8, 'p'),
    ('eg.circ.patron.summary.collapse', 60, 's'), ('eg.grid.circ.patron.items_out', 50, 's'), ('eg.grid.circ.checkin.checkin', 45, 's'), ('eg.grid.cat.catalog.holds', 30, 's'),
    ('webstaff.circ.itemsout_notice_count_excludes_courtesies', 25, 's'), ('ui.staff.disable_links_newtabs', 20, 's'), ('eg.search.search_lib', 70, 's'),
    ('eg.circ.checkin.strict_barcode', 40, 's')) s(name, pct, who)
  WHERE NOT u.deleted AND fixture_gen.n('us:' || s.name, u.id, 100) < s.pct
    AND ((s.who = 'p' AND u.id > 36 AND u.profile NOT IN (104)) OR (s.who = 's' AND u.id BETWEEN 2 AND 34))
) x WHERE value IS NOT NULL ORDER BY usr, name;
-- The SMS number goes with an SMS carrier.
INSERT INTO actor.usr_setting (usr, name, value)
SELECT s.usr, 'opac.default_sms_carrier', '"12"' FROM actor.usr_setting s WHERE s.name = 'opac.default_sms_notify'
  AND NOT EXISTS (SELECT 1 FROM actor.usr_setting t WHERE t.usr = s.usr AND t.name = 'opac.default_sms_carrier') ORDER BY s.usr;

CREATE TABLE actor.usr_note (
    id          BIGSERIAL   PRIMARY KEY,
    usr         BIGINT      NOT NULL,
    creator     BIGINT      NOT NULL,
    create_date TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    pub         BOOL        NOT NULL DEFAULT FALSE,
    title       TEXT        NOT NULL,
    value       TEXT        NOT NULL
);
CREATE INDEX actor_usr_note_usr_idx ON actor.usr_note (usr);
CREATE TABLE pgen.note_tpl (k int PRIMARY KEY, title text, value text, pub boolean);
INSERT INTO pgen.note_tpl VALUES
  (0, 'Lost card', 'Card reported lost {D}. New card issued, old barcode deactivated. -{S}', false),
  (1, 'Returned mail', 'Overdue notice returned by Canada Post from {ST}. Patron may have moved to {TOWN2} - confirm address at next visit. -{S}', false),
  (2, 'CUSTODY', 'Do NOT give any information about this account to {O} (other parent). Copy of court order in the {B} office binder. Only {G} may pick up holds.', false),
  (3, 'Homebound', 'Homebound delivery 2nd Tuesday of the month. Ring twice; family member {O} has a key, cell {PH2}. Large print mysteries, no violence please.', false),
  (4, 'Fines waived', 'Fines waived by branch manager {D}: family lost everything in a house fire. -{S}', false),
  (5, 'Language', 'Speaks {LANG}; grandchild {O} helps at the desk. Call {PH2} for holds, not the home number.', false),
  (6, 'Computer suspension', 'Suspended from public computers until {D} after incident with staff (incident report #{N}). -{S}', false),
  (7, 'Reading interests', 'Reads everything by Richard Wagamese and Eden Robinson - put new titles on hold automatically.', false),
  (8, 'Remarque', 'Parle seulement français. Préfère les avis par courriel plutôt que par téléphone.', false),
  (9, 'ID verified', 'Self-registered online; address verified with BC Services Card {PHN} and a Hydro bill. -{S}', false),
  (10, 'Medical', 'Patron has epilepsy. If she has a seizure call 911, then her partner {O} at {PH2}.', false),
  (11, 'Band agreement', 'Card fees covered by the Nisga''a Village Government of Gitlaxt''aamiks (agreement 2022-2025).', false),
  (12, 'Collections', 'Referred to collections {D}, balance ${AMT}. Agency ref. CPLF-{N}. -{S}', false),
  (13, 'Claims returned', 'Claims returned on 3 items; shelves at {B} checked twice. No further claims accepted.', false),
  (14, 'Safety', 'Staying at the transition house - do not mail anything to {ST}. Hold notices by phone only, {PH}.', false),
  (15, 'Deceased', 'Patron deceased {D}, per family member {O}. All items returned. Do not send notices.', false),
  (16, 'Pick-up', 'Neighbour {O} may pick up holds for {F} (signed permission {D}).', false),
  (17, 'Volunteer', 'Summer Reading Club volunteer; criminal record check completed {D}.', false),
  (18, 'Nom choisi', '{F} a demandé que l''on utilise son nom choisi; ne pas utiliser l''ancien prénom au comptoir.', false),
  (19, 'Welcome', 'Welcome to the library, {F}! Ask us about our free e-books and museum passes.', true),
  (20, 'Book club', 'Your book club kit is ready at {BN}. Please return all 8 copies together.', true),
  (21, 'Carte', 'Votre nouvelle carte vous attend au comptoir de {BN}.', true),
  (22, 'Outreach', 'Met at the Squamish Nation health fair; library card issued on site.', false),
  (23, 'Damaged item', 'Water-damaged book billed {D}; mom ({G}) will pay next week. -{S}', false),
  (24, 'Phone', 'Day phone on file is wrong number (reached a business). New cell from patron: {PH2}.', false);
INSERT INTO actor.usr_note (id, usr, creator, create_date, pub, title, value)
SELECT g.k, u.id, 2 + fixture_gen.n('fs', g.k, 33), t.ts, t2.pub, t2.title, pgen.fill(t2.value, u.id, g.k)
FROM generate_series(1, 140) g(k)
JOIN LATERAL (SELECT id FROM actor.usr WHERE id > 36 AND NOT deleted AND profile <> 104 ORDER BY md5('unusr' || g.k || id) LIMIT 1) u ON true
JOIN LATERAL (SELECT pgen.at('unts', g.k, '2017-04-01 10:00-07', '2024-11-13 16:00-08') AS ts) t ON true
JOIN pgen.note_tpl t2 ON t2.k = fixture_gen.n('untpl', g.k, 25)
ORDER BY g.k;

CREATE TABLE actor.usr_message (
    id          SERIAL      PRIMARY KEY,
    usr         INT         NOT NULL,
    title       TEXT,
    message     TEXT        NOT NULL,
    create_date TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    deleted     BOOL        NOT NULL DEFAULT FALSE,
    read_date   TIMESTAMP WITH TIME ZONE,
    sending_lib INT         NOT NULL,
    pub         BOOL        NOT NULL DEFAULT FALSE,
    stop_date   TIMESTAMP WITH TIME ZONE,
    editor      BIGINT,
    edit_date   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX aum_usr ON actor.usr_message (usr);
CREATE TABLE pgen.msg_tpl (k int PRIMARY KEY, title text, message text, pub boolean, penalty int);
INSERT INTO pgen.msg_tpl VALUES
  (0, 'Card expiring / Carte bientôt expirée', 'Your library card expires soon. Please bring photo ID and proof of address to renew. / Votre carte expire bientôt : apportez une pièce d''identité.', true, NULL),
  (1, 'Interlibrary loan arrived', 'Your interlibrary loan has arrived at {BN}. Please pick it up within 7 days.', true, NULL),
  (2, 'Outstanding balance', 'You have an outstanding balance on your account. Fines and fees can be paid online or at any branch.', true, NULL),
  (3, 'Address check', 'Mail sent to {ST} was returned to us. Please update your address at the desk or in My Account.', true, 29),
  (4, 'Message de la bibliothèque', 'Bonjour {F}, le livre réservé pour votre club de lecture est arrivé à {BN}. Bonne lecture!', true, NULL),
  (5, 'Check ID', 'Check photo ID before checkout - card was used by someone else in March ({O}). -{S}', false, 22),
  (6, 'Blocked', 'Account blocked until lost items from {B} are paid. Spoke with {G} on {D}. -{S}', false, 25),
  (7, 'CUSTODY', 'Do not release any account information to {O}. Court order on file at {B}.', false, 20),
  (8, 'Note', 'Homebound patron; volunteer {O} delivers on Thursdays.', false, 21),
  (9, 'Wrong phone', 'Phone number on file belongs to someone else; ask for a current number. -{S}', false, 32),
  (10, 'Email bounced', 'Notices to this email bounce (mailbox full). Ask patron for a new address.', false, 31),
  (11, 'Behaviour', 'Banned from the building until {D} after threatening staff. RCMP file {N}. Call manager if patron arrives.', false, 25),
  (12, 'Summer Reading Club', 'Congratulations {F}! You finished the Summer Reading Club. Pick up your medal at {BN}.', true, NULL),
  (13, 'Holds', 'Only {G} may pick up this child''s holds.', false, 20),
  (14, 'Lost item', 'Patron says their child {O} has the missing DVD; will bring it back. Follow up after {D}. -{S}', false, 21),
  (15, 'Expired, needs ID', 'Card expired; needs photo ID and proof of address before renewing.', false, 101),
  (16, 'Alert', 'Legacy alert (2.12): needs new photo ID and updated phone. -{S}', false, 20),
  (17, 'Renouvellement', 'Votre abonnement a été renouvelé jusqu''en 2026. Merci!', true, NULL);
INSERT INTO actor.usr_message (id, usr, title, message, create_date, deleted, read_date, sending_lib, pub, stop_date, editor, edit_date)
SELECT g.k, u.id, t2.title, pgen.fill(t2.message, u.id, g.k), ts.ts,
  fixture_gen.n('umdel', g.k, 10) = 0,
  CASE WHEN t2.pub AND fixture_gen.n('umread', g.k, 10) < 6 THEN ts.ts + make_interval(hours => 2 + fixture_gen.n('umrh', g.k, 400)) END,
  CASE WHEN u.home_ou = 1 THEN 6 ELSE u.home_ou END, t2.pub,
  CASE WHEN t2.penalty IN (22, 25) AND fixture_gen.n('umstop', g.k, 3) = 0 THEN ts.ts + interval '90 days' END,
  CASE WHEN fixture_gen.n('umed', g.k, 5) = 0 THEN 2 + fixture_gen.n('fs', g.k + 1, 33) END,
  CASE WHEN fixture_gen.n('umed', g.k, 5) = 0 THEN ts.ts + make_interval(days => 1 + fixture_gen.n('umedd', g.k, 60)) END
FROM generate_series(1, 230) g(k)
JOIN LATERAL (SELECT id, home_ou FROM actor.usr WHERE id > 36 AND NOT deleted AND profile <> 104 ORDER BY md5('umusr' || g.k || id) LIMIT 1) u ON true
JOIN LATERAL (SELECT pgen.at('umts', g.k, '2019-06-19 10:00-07', '2024-11-13 16:00-08') AS ts) ts ON true
JOIN pgen.msg_tpl t2 ON t2.k = fixture_gen.n('umtpl', g.k, 18)
ORDER BY g.k;

CREATE TABLE actor.usr_standing_penalty (
    id                  SERIAL  PRIMARY KEY,
    org_unit            INT     NOT NULL,
    usr                 INT     NOT NULL,
    standing_penalty    INT     NOT NULL,
    staff               INT,
    set_date            TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    stop_date           TIMESTAMP WITH TIME ZONE,
    usr_message         INT
);
CREATE INDEX actor_usr_standing_penalty_usr_idx ON actor.usr_standing_penalty (usr);
-- Staff penalties carry their message; system penalties (fines, overdues, lost) none.
INSERT INTO actor.usr_standing_penalty (org_unit, usr, standing_penalty, staff, set_date, stop_date, usr_message)
SELECT CASE WHEN m.sending_lib BETWEEN 6 AND 8 THEN 2 WHEN m.sending_lib BETWEEN 9 AND 11 THEN 3 WHEN m.sending_lib BETWEEN 12 AND 13 THEN 4 ELSE 5 END,
  m.usr, t.penalty, 2 + fixture_gen.n('fs', m.id, 33), m.create_date, m.stop_date, m.id
FROM actor.usr_message m JOIN pgen.msg_tpl t ON t.k = fixture_gen.n('umtpl', m.id, 18) AND t.penalty IS NOT NULL
ORDER BY m.id;
INSERT INTO actor.usr_standing_penalty (org_unit, usr, standing_penalty, staff, set_date, stop_date, usr_message)
SELECT 1, u.id, (ARRAY[1, 1, 1, 2, 2, 5, 4, 35, 30])[1 + fixture_gen.n('uspt', k, 9)], NULL, pgen.at('usps', k, '2022-01-01 00:00-08', '2024-11-14 04:00-08'),
  CASE WHEN fixture_gen.n('uspstop', k, 10) < 4 THEN pgen.at('uspstop2', k, '2024-01-01 00:00-08', '2024-11-14 04:00-08') END, NULL
FROM generate_series(1, 90) k
JOIN LATERAL (SELECT id FROM actor.usr WHERE id > 36 AND NOT deleted AND NOT juvenile ORDER BY md5('uspusr' || k || id) LIMIT 1) u ON true
ORDER BY k;
UPDATE actor.usr_standing_penalty SET stop_date = NULL WHERE stop_date < set_date;

CREATE TABLE actor.stat_cat (
    id              SERIAL  PRIMARY KEY,
    owner           INT     NOT NULL,
    name            TEXT    NOT NULL,
    opac_visible    BOOL    NOT NULL DEFAULT FALSE,
    usr_summary     BOOL    NOT NULL DEFAULT FALSE,
    sip_field       CHAR(2),
    sip_format      TEXT,
    checkout_archive BOOL   NOT NULL DEFAULT FALSE,
    required        BOOL    NOT NULL DEFAULT FALSE,
    allow_freetext  BOOL    NOT NULL DEFAULT TRUE
);
INSERT INTO actor.stat_cat VALUES
  (1, 1, 'Municipality of residence / Municipalité de résidence', false, true, 'PE', NULL, true, true, false),
  (2, 1, 'School / École', false, false, NULL, NULL, false, false, true),
  (3, 1, 'Language at home / Langue parlée à la maison', false, false, NULL, NULL, true, false, true),
  (4, 1, 'How did you hear about us?', true, false, NULL, NULL, false, false, true),
  (5, 3, 'Nation or community (self-identified, optional)', false, false, NULL, NULL, false, false, true),
  (6, 4, 'Membre de la Société francophone', false, true, NULL, NULL, false, false, false);

CREATE TABLE actor.stat_cat_entry_usr_map (
    id              BIGSERIAL   PRIMARY KEY,
    stat_cat_entry  TEXT        NOT NULL,
    stat_cat        INT         NOT NULL,
    target_usr      INT         NOT NULL,
    CONSTRAINT sc_once_per_usr UNIQUE (target_usr, stat_cat)
);
INSERT INTO actor.stat_cat_entry_usr_map (stat_cat_entry, stat_cat, target_usr)
SELECT v, sc, usr FROM (
  SELECT p.i AS usr, 1 AS sc, CASE p.town WHEN 'Roberts Creek' THEN 'SCRD Area D (Roberts Creek)' WHEN 'Halfmoon Bay' THEN 'SCRD Area B (Halfmoon Bay)'
      WHEN 'Madeira Park' THEN 'SCRD Area A (Pender Harbour)' WHEN 'Garden Bay' THEN 'SCRD Area A (Pender Harbour)' WHEN 'Egmont' THEN 'SCRD Area A (Egmont)'
      WHEN 'Thornhill' THEN 'RDKS Area E (Thornhill)' WHEN 'Kitamaat Village' THEN 'Haisla Nation' WHEN 'Mount Currie' THEN 'Lil''wat Nation'
      WHEN 'Gitlaxt''aamiks' THEN 'Nisga''a Village of Gitlaxt''aamiks' WHEN 'Gingolx' THEN 'Nisga''a Village of Gingolx' WHEN 'Laxgalts''ap' THEN 'Nisga''a Village of Laxgalts''ap'
      WHEN 'Gitwinksihlkw' THEN 'Nisga''a Village of Gitwinksihlkw' ELSE CASE WHEN p.town IN ('Davis Bay', 'Selma Park') THEN 'District of Sechelt' WHEN p.town = 'Granthams Landing' THEN 'SCRD Area F (West Howe Sound)'
      WHEN p.town = 'Brackendale' THEN 'District of Squamish' WHEN p.town = 'Britannia Beach' THEN 'SLRD Area D' WHEN p.town = 'Lakelse Lake' THEN 'RDKS Area C'
      ELSE p.town END END AS v
  FROM pgen.p p WHERE p.kind IN ('adult', 'senior', 'juv') AND NOT p.purged AND fixture_gen.n('sc1', p.i, 100) < 85
  UNION ALL
  SELECT p.i, 2, CASE p.br WHEN 6 THEN fixture_gen.pick(ARRAY['Gibsons Elementary', 'Cedar Grove Elementary', 'Elphinstone Secondary', 'Langdale Elementary'], 'sc2', p.i)
      WHEN 7 THEN fixture_gen.pick(ARRAY['West Sechelt Elementary', 'Davis Bay Elementary', 'Chatelech Secondary', 'Kinnikinnick Elementary'], 'sc2', p.i)
      WHEN 8 THEN 'Madeira Park Elementary' WHEN 9 THEN fixture_gen.pick(ARRAY['Uplands Elementary', 'Cassie Hall Elementary', 'Caledonia Secondary', 'Skeena Middle School'], 'sc2', p.i)
      WHEN 10 THEN 'Nisga''a Elementary Secondary School' WHEN 11 THEN fixture_gen.pick(ARRAY['Mount Elizabeth Secondary', 'Kildala Elementary', 'Nechako Elementary'], 'sc2', p.i)
      WHEN 12 THEN fixture_gen.pick(ARRAY['École des Pionniers-de-Maillardville', 'École Maillard Middle', 'Alderson Elementary'], 'sc2', p.i)
      WHEN 13 THEN fixture_gen.pick(ARRAY['École Victor-Brodeur', 'École Beausoleil', 'École Brodeur'], 'sc2', p.i)
      WHEN 14 THEN fixture_gen.pick(ARRAY['Howe Sound Secondary', 'Stawamus Elementary', 'Don Ross Middle', 'Garibaldi Highlands Elementary', 'Homeschool'], 'sc2', p.i)
      ELSE fixture_gen.pick(ARRAY['Signal Hill Elementary', 'Pemberton Secondary', 'Xet''olacw Community School'], 'sc2', p.i) END
  FROM pgen.p p WHERE p.kind = 'juv' AND NOT p.purged AND fixture_gen.n('sc2a', p.i, 100) < 70
  UNION ALL
  SELECT p.i, 3, CASE p.c WHEN 'pa' THEN fixture_gen.pick(ARRAY['Punjabi', 'ਪੰਜਾਬੀ', 'Punjabi/English'], 'sc3', p.i) WHEN 'yue' THEN fixture_gen.pick(ARRAY['Cantonese', '廣東話', 'Chinese'], 'sc3', p.i)
      WHEN 'cmn' THEN fixture_gen.pick(ARRAY['Mandarin', '普通话', 'Chinese'], 'sc3', p.i) WHEN 'fil' THEN fixture_gen.pick(ARRAY['Tagalog', 'Filipino', 'Ilocano', 'Tagalog/English'], 'sc3', p.i)
      WHEN 'fr' THEN fixture_gen.pick(ARRAY['Français', 'French', 'Français/English'], 'sc3', p.i) WHEN 'nis' THEN fixture_gen.pick(ARRAY['English', 'Nisga''a', 'English/Nisga''a'], 'sc3', p.i)
      WHEN 'sal' THEN fixture_gen.pick(ARRAY['English', 'Sḵwx̱wú7mesh sníchim', 'English/Squamish', 'Ucwalmícwts'], 'sc3', p.i) ELSE 'English' END
  FROM pgen.p p WHERE p.kind IN ('adult', 'senior', 'juv') AND NOT p.purged AND fixture_gen.n('sc3a', p.i, 100) < 45
  UNION ALL
  SELECT p.i, 4, fixture_gen.pick(ARRAY['Friend or family', 'School visit', 'Facebook', 'Newspaper (Coast Reporter)', 'Walked by', 'Welcome package for newcomers', 'Farmers market booth', 'Radio'], 'sc4', p.i)
  FROM pgen.p p WHERE p.kind IN ('adult', 'senior') AND NOT p.purged AND p.created > '2017-03-14' AND fixture_gen.n('sc4a', p.i, 100) < 30
  UNION ALL
  SELECT p.i, 5, CASE p.c WHEN 'nis' THEN fixture_gen.pick(ARRAY['Nisga''a', 'Nisga''a Nation - Gitlaxt''aamiks', 'Nisga''a (Laxgalts''ap)', 'Gitxsan'], 'sc5', p.i)
      ELSE CASE p.br WHEN 14 THEN fixture_gen.pick(ARRAY['Squamish Nation', 'Skwxwú7mesh Úxwumixw', 'Tsleil-Waututh'], 'sc5', p.i) WHEN 15 THEN 'Lil''wat Nation'
      ELSE fixture_gen.pick(ARRAY['shíshálh Nation', 'Squamish Nation', 'Métis', 'Stó:lō'], 'sc5', p.i) END END
  FROM pgen.p p WHERE p.c IN ('nis', 'sal') AND p.kind IN ('adult', 'senior', 'juv') AND NOT p.purged AND fixture_gen.n('sc5a', p.i, 100) < 55
  UNION ALL
  SELECT p.i, 6, fixture_gen.pick(ARRAY['Oui', 'Oui', 'Non'], 'sc6', p.i)
  FROM pgen.p p WHERE p.br IN (12, 13) AND p.kind IN ('adult', 'senior') AND NOT p.purged AND fixture_gen.n('sc6a', p.i, 100) < 50
) x ORDER BY usr, sc;

CREATE TABLE actor.usr_activity (
    id          BIGSERIAL   PRIMARY KEY,
    usr         INT,
    etype       INT         NOT NULL,
    event_time  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
-- Logins (OPAC, staff client, SIP, the mobile app's API), verifications.
INSERT INTO actor.usr_activity (id, usr, etype, event_time)
SELECT k, u.id, CASE WHEN u.id BETWEEN 2 AND 34 THEN (ARRAY[1, 1, 1, 2, 3])[1 + fixture_gen.n('uaet', k, 5)] WHEN u.id IN (35, 36) THEN 19
    ELSE (ARRAY[4, 4, 4, 4, 5, 6, 14, 15, 19, 19])[1 + fixture_gen.n('uaet', k, 10)] END,
  pgen.at('uat', k, '2023-11-15 00:00-08', '2024-11-14 17:00-08')
FROM generate_series(1, 2000) k
JOIN LATERAL (SELECT id FROM actor.usr WHERE NOT deleted AND id > 1 AND (id > 36 OR fixture_gen.n('uast', k, 4) = 0) ORDER BY md5('uausr' || k || id) LIMIT 1) u ON true
ORDER BY k;

-- ---------------------------------------------------------------------------
-- The catalogue: MARCXML records of published works, call numbers, items.

-- Works: the author as in the 100 (or 110) field, title, statement of responsibility, language, year, place, publisher, extent,
-- record type (a book, g video, i audiobook), call number, subject, vernacular title and author (880).
CREATE TABLE pgen.bk (k int PRIMARY KEY, author text, corp boolean, title text, sor text, lang text, yr int, place text, pub text, extent text, typ text, cn text,
  subj text, title_nat text, author_nat text, added text, audience text);
INSERT INTO pgen.bk VALUES
 (1, 'Atwood, Margaret, 1939-', false, 'The handmaid''s tale', 'Margaret Atwood', 'eng', 1985, 'Toronto', 'McClelland and Stewart', '311 pages', 'a', 'FIC ATW', 'Dystopias', NULL, NULL, NULL, 'e'),
 (2, 'Atwood, Margaret, 1939-', false, 'The testaments', 'Margaret Atwood', 'eng', 2019, 'Toronto', 'McClelland & Stewart', '419 pages', 'a', 'FIC ATW', 'Dystopias', NULL, NULL, NULL, 'e'),
 (3, 'Munro, Alice, 1931-2024', false, 'Dear life : stories', 'Alice Munro', 'eng', 2012, 'Toronto', 'McClelland & Stewart', '319 pages', 'a', 'FIC MUN', 'Short stories, Canadian', NULL, NULL, NULL, 'e'),
 (4, 'Ondaatje, Michael, 1943-', false, 'The English patient', 'Michael Ondaatje', 'eng', 1992, 'Toronto', 'McClelland & Stewart', '307 pages', 'a', 'FIC OND', 'World War, 1939-1945', NULL, NULL, NULL, 'e'),
 (5, 'Mandel, Emily St. John, 1979-', false, 'Station eleven', 'Emily St. John Mandel', 'eng', 2014, 'Toronto', 'HarperCollins', '333 pages', 'a', 'FIC MAN', 'Pandemics', NULL, NULL, NULL, 'e'),
 (6, 'Mandel, Emily St. John, 1979-', false, 'Sea of tranquility', 'Emily St. John Mandel', 'eng', 2022, 'Toronto', 'HarperCollins', '255 pages', 'a', 'FIC MAN', 'Time travel', NULL, NULL, NULL, 'e'),
 (7, 'Wagamese, Richard, 1955-2017', false, 'Indian horse', 'Richard Wagamese', 'eng', 2012, 'Madeira Park, BC', 'Douglas & McIntyre', '221 pages', 'a', 'FIC WAG', 'Residential schools', NULL, NULL, NULL, 'e'),
 (8, 'Wagamese, Richard, 1955-2017', false, 'Medicine walk', 'Richard Wagamese', 'eng', 2014, 'Toronto', 'McClelland & Stewart', '246 pages', 'a', 'FIC WAG', 'Fathers and sons', NULL, NULL, NULL, 'e'),
 (9, 'Robinson, Eden, 1968-', false, 'Son of a trickster', 'Eden Robinson', 'eng', 2017, 'Toronto', 'Alfred A. Knopf Canada', '318 pages', 'a', 'FIC ROB', 'Haisla Indians', NULL, NULL, NULL, 'e'),
 (10, 'Robinson, Eden, 1968-', false, 'Monkey beach', 'Eden Robinson', 'eng', 2000, 'Toronto', 'Alfred A. Knopf Canada', '377 pages', 'a', 'FIC ROB', 'Haisla Indians', NULL, NULL, NULL, 'e'),
 (11, 'Talaga, Tanya', false, 'Seven fallen feathers : racism, death, and hard truths in a northern city', 'Tanya Talaga', 'eng', 2017, 'Toronto', 'House of Anansi Press', '362 pages', 'a', '305.897 TAL', 'Indigenous youth -- Ontario -- Thunder Bay', NULL, NULL, NULL, 'e'),
 (12, 'Vermette, Katherena', false, 'The break', 'Katherena Vermette', 'eng', 2016, 'Toronto', 'House of Anansi Press', '353 pages', 'a', 'FIC VER', 'Métis', NULL, NULL, NULL, 'e'),
 (13, 'Dimaline, Cherie', false, 'The marrow thieves', 'Cherie Dimaline', 'eng', 2017, 'Toronto', 'Cormorant Books', '231 pages', 'a', 'YA DIM', 'Dystopias', NULL, NULL, NULL, 'd'),
 (14, 'King, Thomas, 1943-', false, 'The inconvenient Indian : a curious account of native people in North America', 'Thomas King', 'eng', 2012, 'Toronto', 'Doubleday Canada', '266 pages', 'a', '970.00497 KIN', 'Indians of North America -- History', NULL, NULL, NULL, 'e'),
 (15, 'Maracle, Lee, 1950-2021', false, 'Ravensong', 'Lee Maracle', 'eng', 1993, 'Vancouver', 'Press Gang Publishers', '199 pages', 'a', 'FIC MAR', 'Stó:lō', NULL, NULL, NULL, 'e'),
 (16, 'Edugyan, Esi, 1978-', false, 'Washington Black', 'Esi Edugyan', 'eng', 2018, 'Toronto', 'HarperCollins', '417 pages', 'a', 'FIC EDU', 'Slavery', NULL, NULL, NULL, 'e'),
 (17, 'Choy, Wayson, 1939-2019', false, 'The jade peony', 'Wayson Choy', 'eng', 1995, 'Vancouver', 'Douglas & McIntyre', '238 pages', 'a', 'FIC CHO', 'Chinese Canadians -- British Columbia -- Vancouver', NULL, NULL, NULL, 'e'),
 (18, 'Kogawa, Joy, 1935-', false, 'Obasan', 'Joy Kogawa', 'eng', 1981, 'Toronto', 'Lester & Orpen Dennys', '250 pages', 'a', 'FIC KOG', 'Japanese Canadians -- Evacuation and relocation, 1942-1945', NULL, NULL, NULL, 'e'),
 (19, 'Vaillant, John', false, 'Fire weather : a true story from a hotter world', 'John Vaillant', 'eng', 2023, 'Toronto', 'Alfred A. Knopf Canada', '414 pages', 'a', '363.379 VAI', 'Wildfires -- Alberta -- Fort McMurray', NULL, NULL, NULL, 'e'),
 (20, 'Vaillant, John', false, 'The golden spruce : a true story of myth, madness and greed', 'John Vaillant', 'eng', 2005, 'Toronto', 'Alfred A. Knopf Canada', '252 pages', 'a', '333.75 VAI', 'Haida Gwaii (B.C.)', NULL, NULL, NULL, 'e'),
 (21, 'Kaur, Rupi, 1992-', false, 'Milk and honey', 'Rupi Kaur', 'eng', 2014, 'Kansas City', 'Andrews McMeel Publishing', '204 pages', 'a', '811.6 KAU', 'Canadian poetry', NULL, NULL, NULL, 'e'),
 (22, 'Kaur, Rupi, 1992-', false, 'The sun and her flowers', 'Rupi Kaur', 'eng', 2017, 'Kansas City', 'Andrews McMeel Publishing', '248 pages', 'a', '811.6 KAU', 'Canadian poetry', NULL, NULL, NULL, 'e'),
 (23, 'Hill, Lawrence, 1957-', false, 'The book of negroes', 'Lawrence Hill', 'eng', 2007, 'Toronto', 'HarperCollins', '486 pages', 'a', 'FIC HIL', 'Slave trade', NULL, NULL, NULL, 'e'),
 (24, 'Penny, Louise', false, 'Still life', 'Louise Penny', 'eng', 2005, 'London', 'Headline', '312 pages', 'a', 'FIC PEN', 'Gamache, Armand (Fictitious character)', NULL, NULL, NULL, 'e'),
 (25, 'Penny, Louise', false, 'A world of curiosities', 'Louise Penny', 'eng', 2022, 'New York', 'Minotaur Books', '407 pages', 'a', 'FIC PEN', 'Gamache, Armand (Fictitious character)', NULL, NULL, NULL, 'e'),
 (26, 'Osman, Richard, 1970-', false, 'The Thursday murder club', 'Richard Osman', 'eng', 2020, 'Toronto', 'Viking', '382 pages', 'a', 'FIC OSM', 'Retirement communities', NULL, NULL, NULL, 'e'),
 (27, 'Zevin, Gabrielle', false, 'Tomorrow, and tomorrow, and tomorrow', 'Gabrielle Zevin', 'eng', 2022, 'Toronto', 'McClelland & Stewart', '401 pages', 'a', 'FIC ZEV', 'Video games', NULL, NULL, NULL, 'e'),
 (28, 'Kingsolver, Barbara', false, 'Demon Copperhead', 'Barbara Kingsolver', 'eng', 2022, 'New York', 'Harper', '548 pages', 'a', 'FIC KIN', 'Foster children', NULL, NULL, NULL, 'e'),
 (29, 'Garmus, Bonnie', false, 'Lessons in chemistry', 'Bonnie Garmus', 'eng', 2022, 'Toronto', 'Doubleday Canada', '390 pages', 'a', 'FIC GAR', 'Women chemists', NULL, NULL, NULL, 'e'),
 (30, 'Harari, Yuval Noah', false, 'Sapiens : a brief history of humankind', 'Yuval Noah Harari', 'eng', 2014, 'Toronto', 'Signal', '443 pages', 'a', '909 HAR', 'Civilization -- History', NULL, NULL, NULL, 'e'),
 (31, 'Kimmerer, Robin Wall', false, 'Braiding sweetgrass', 'Robin Wall Kimmerer', 'eng', 2013, 'Minneapolis', 'Milkweed Editions', '390 pages', 'a', '305.897 KIM', 'Botany -- Philosophy', NULL, NULL, NULL, 'e'),
 (32, 'Maté, Gabor', false, 'The myth of normal : trauma, illness & healing in a toxic culture', 'Gabor Maté with Daniel Maté', 'eng', 2022, 'Toronto', 'Alfred A. Knopf Canada', '558 pages', 'a', '616.89 MAT', 'Psychic trauma', NULL, NULL, 'Maté, Daniel', 'e'),
 (33, 'Obama, Michelle, 1964-', false, 'Becoming', 'Michelle Obama', 'eng', 2018, 'New York', 'Crown', '426 pages', 'a', 'B OBA', 'Presidents'' spouses -- United States', NULL, NULL, NULL, 'e'),
 (34, 'Owens, Delia', false, 'Where the crawdads sing', 'Delia Owens', 'eng', 2018, 'New York', 'G.P. Putnam''s Sons', '368 pages', 'a', 'FIC OWE', 'Marshes', NULL, NULL, NULL, 'e'),
 (35, 'Rowling, J. K.', false, 'Harry Potter and the philosopher''s stone', 'J.K. Rowling', 'eng', 1997, 'Vancouver', 'Raincoast Books', '223 pages', 'a', 'J ROW', 'Wizards', NULL, NULL, NULL, 'j'),
 (36, 'Kinney, Jeff', false, 'Diary of a wimpy kid', 'by Jeff Kinney', 'eng', 2007, 'New York', 'Amulet Books', '217 pages', 'a', 'J KIN', 'Middle schools', NULL, NULL, NULL, 'j'),
 (37, 'Munsch, Robert N., 1945-', false, 'The paper bag princess', 'story, Robert N. Munsch ; art, Michael Martchenko', 'eng', 1980, 'Toronto', 'Annick Press', '1 volume (unpaged)', 'a', 'E MUN', 'Princesses', NULL, NULL, 'Martchenko, Michael', 'a'),
 (38, 'Munsch, Robert N., 1945-', false, 'Love you forever', 'Robert Munsch ; illustrated by Sheila McGraw', 'eng', 1986, 'Willowdale, Ont.', 'Firefly Books', '1 volume (unpaged)', 'a', 'E MUN', 'Mother and child', NULL, NULL, 'McGraw, Sheila', 'a'),
 (39, 'Klassen, Jon', false, 'I want my hat back', 'Jon Klassen', 'eng', 2011, 'Somerville, Mass.', 'Candlewick Press', '1 volume (unpaged)', 'a', 'E KLA', 'Bears', NULL, NULL, NULL, 'a'),
 (40, 'Pilkey, Dav, 1966-', false, 'Dog Man', 'Dav Pilkey', 'eng', 2016, 'New York', 'Graphix', '231 pages', 'a', 'J GN PIL', 'Graphic novels', NULL, NULL, NULL, 'j'),
 (41, 'Telgemeier, Raina', false, 'Smile', 'Raina Telgemeier', 'eng', 2010, 'New York', 'Graphix', '213 pages', 'a', 'J GN TEL', 'Graphic novels', NULL, NULL, NULL, 'j'),
 (42, 'Campbell, Nicola I.', false, 'Shi-shi-etko', 'Nicola I. Campbell ; pictures by Kim LaFave', 'eng', 2005, 'Toronto', 'Groundwood Books', '1 volume (unpaged)', 'a', 'E CAM', 'Residential schools', NULL, NULL, 'LaFave, Kim', 'a'),
 (43, 'Flett, Julie', false, 'Birdsong', 'Julie Flett', 'eng', 2019, 'Vancouver', 'Greystone Kids', '1 volume (unpaged)', 'a', 'E FLE', 'Friendship', NULL, NULL, NULL, 'a'),
 (44, 'Carr, Emily, 1871-1945', false, 'Klee Wyck', 'Emily Carr', 'eng', 1941, 'Toronto', 'Oxford University Press', '155 pages', 'a', '971.1 CAR', 'Indians of North America -- British Columbia', NULL, NULL, NULL, 'e'),
 (45, 'White, Howard, 1945-', false, 'The Sunshine Coast : from Gibsons to Powell River', 'Howard White', 'eng', 1996, 'Madeira Park, BC', 'Harbour Publishing', '176 pages', 'a', '971.131 WHI', 'Sunshine Coast (B.C.) -- History', NULL, NULL, NULL, 'e'),
 (46, 'Haig-Brown, Roderick, 1908-1976', false, 'A river never sleeps', 'Roderick L. Haig-Brown', 'eng', 1946, 'New York', 'W. Morrow', '352 pages', 'a', '799.1 HAI', 'Fly fishing', NULL, NULL, NULL, 'e'),
 (47, 'Suzuki, David, 1936-', false, 'The sacred balance : rediscovering our place in nature', 'David Suzuki with Amanda McConnell', 'eng', 1997, 'Vancouver', 'Greystone Books', '259 pages', 'a', '304.2 SUZ', 'Human ecology', NULL, NULL, 'McConnell, Amanda', 'e'),
 (48, 'Armstrong, Jeannette C.', false, 'Slash', 'Jeannette C. Armstrong', 'eng', 1985, 'Penticton, BC', 'Theytus Books', '253 pages', 'a', 'FIC ARM', 'Okanagan Indians', NULL, NULL, NULL, 'e'),
 (49, 'Paul, Elsie, 1931-', false, 'Written as I remember it : teachings from the life of a Sliammon elder', 'Elsie Paul ; in collaboration with Paige Raibmon and Harmony Johnson', 'eng', 2014, 'Vancouver', 'UBC Press', '408 pages', 'a', '971.1 PAU', 'Tla''amin Nation', NULL, NULL, 'Raibmon, Paige', 'e'),
 (50, 'Jaffrey, Madhur, 1933-', false, 'Madhur Jaffrey''s Indian cookery', 'Madhur Jaffrey', 'eng', 1982, 'London', 'British Broadcasting Corporation', '256 pages', 'a', '641.5954 JAF', 'Cooking, Indic', NULL, NULL, NULL, 'e'),
 (51, 'Ottolenghi, Yotam', false, 'Jerusalem : a cookbook', 'Yotam Ottolenghi and Sami Tamimi', 'eng', 2012, 'Berkeley', 'Ten Speed Press', '319 pages', 'a', '641.5956 OTT', 'Cooking, Middle Eastern', NULL, NULL, 'Tamimi, Sami', 'e'),
 (52, 'Roy, Gabrielle, 1909-1983', false, 'Bonheur d''occasion', 'Gabrielle Roy', 'fre', 1945, 'Montréal', 'Boréal', '413 pages', 'a', 'R ROY', 'Montréal (Québec) -- Romans', NULL, NULL, NULL, 'e'),
 (53, 'Tremblay, Michel, 1942-', false, 'Les belles-sœurs', 'Michel Tremblay', 'fre', 1968, 'Montréal', 'Leméac', '156 pages', 'a', '842 TRE', 'Théâtre québécois', NULL, NULL, NULL, 'e'),
 (54, 'Hébert, Anne, 1916-2000', false, 'Kamouraska', 'Anne Hébert', 'fre', 1970, 'Paris', 'Éditions du Seuil', '250 pages', 'a', 'R HEB', 'Québec (Province) -- Romans', NULL, NULL, NULL, 'e'),
 (55, 'Laferrière, Dany', false, 'L''énigme du retour', 'Dany Laferrière', 'fre', 2009, 'Montréal', 'Boréal', '285 pages', 'a', 'R LAF', 'Haïtiens -- Romans', NULL, NULL, NULL, 'e'),
 (56, 'Thúy, Kim, 1968-', false, 'Ru', 'Kim Thúy', 'fre', 2009, 'Montréal', 'Libre Expression', '144 pages', 'a', 'R THU', 'Réfugiés vietnamiens -- Romans', NULL, NULL, NULL, 'e'),
 (57, 'Fontaine, Naomi, 1987-', false, 'Kuessipan', 'Naomi Fontaine', 'fre', 2011, 'Montréal', 'Mémoire d''encrier', '111 pages', 'a', 'R FON', 'Innus -- Romans', NULL, NULL, NULL, 'e'),
 (58, 'Dicker, Joël, 1985-', false, 'La vérité sur l''affaire Harry Quebert', 'Joël Dicker', 'fre', 2012, 'Paris', 'Éditions de Fallois', '670 pages', 'a', 'R DIC', 'Romans policiers', NULL, NULL, NULL, 'e'),
 (59, 'Ernaux, Annie, 1940-', false, 'Les années', 'Annie Ernaux', 'fre', 2008, 'Paris', 'Gallimard', '241 pages', 'a', 'R ERN', 'France -- Mœurs et coutumes', NULL, NULL, NULL, 'e'),
 (60, 'Goscinny, René, 1926-1977', false, 'Astérix le Gaulois', 'texte de Goscinny ; dessins de Uderzo', 'fre', 1961, 'Paris', 'Dargaud', '48 pages', 'a', 'BD GOS', 'Bandes dessinées', NULL, NULL, 'Uderzo, Albert, 1927-2020', 'j'),
 (61, 'Hergé, 1907-1983', false, 'Tintin au Tibet', 'Hergé', 'fre', 1960, 'Tournai', 'Casterman', '62 pages', 'a', 'BD HER', 'Bandes dessinées', NULL, NULL, NULL, 'j'),
 (62, 'Saint-Exupéry, Antoine de, 1900-1944', false, 'Le petit prince', 'Antoine de Saint-Exupéry', 'fre', 1943, 'Paris', 'Gallimard', '93 pages', 'a', 'J R SAI', 'Contes', NULL, NULL, NULL, 'j'),
 (63, 'Desjardins, India, 1976-', false, 'Le journal d''Aurélie Laflamme : extra-terrestre... ou presque!', 'India Desjardins', 'fre', 2006, 'Montréal', 'Intouchables', '275 pages', 'a', 'J R DES', 'Adolescentes -- Romans', NULL, NULL, NULL, 'd'),
 (64, 'Gravel, Élise', false, 'La mouche', 'Élise Gravel', 'fre', 2012, 'Montréal', 'Les 400 coups', '1 volume (non paginé)', 'a', 'A GRA', 'Mouches', NULL, NULL, NULL, 'a'),
 (65, 'Lemaitre, Pierre, 1951-', false, 'Au revoir là-haut', 'Pierre Lemaitre', 'fre', 2013, 'Paris', 'Albin Michel', '567 pages', 'a', 'R LEM', 'Guerre mondiale, 1914-1918 -- Romans', NULL, NULL, NULL, 'e'),
 (66, 'Bussi, Michel, 1965-', false, 'Nymphéas noirs', 'Michel Bussi', 'fre', 2011, 'Paris', 'Presses de la Cité', '491 pages', 'a', 'R BUS', 'Romans policiers', NULL, NULL, NULL, 'e'),
 (67, 'Tremblay, Larry, 1954-', false, 'L''orangeraie', 'Larry Tremblay', 'fre', 2013, 'Montréal', 'Alto', '160 pages', 'a', 'R TRE', 'Guerre -- Romans', NULL, NULL, NULL, 'e'),
 (68, 'Pritam, Amrita, 1919-2005', false, 'Piñjara', 'Amrita Pritam', 'pan', 1950, 'Amritsar', 'Navayuga', '142 pages', 'a', 'PUN FIC PRI', 'India -- History -- Partition, 1947', 'ਪਿੰਜਰ', 'ਅੰਮ੍ਰਿਤਾ ਪ੍ਰੀਤਮ', NULL, 'e'),
 (69, 'Nanak Singh, 1897-1971', false, 'Chiṭṭā lahū', 'Nanak Singh', 'pan', 1932, 'Amritsar', 'Lahore Book Shop', '264 pages', 'a', 'PUN FIC NAN', 'Punjabi fiction', 'ਚਿੱਟਾ ਲਹੂ', 'ਨਾਨਕ ਸਿੰਘ', NULL, 'e'),
 (70, 'Pātar, Surajīta, 1945-2024', false, 'Havā vica likhe harafa', 'Surajīta Pātara', 'pan', 1979, 'Ludhiana', 'Lok Geet Parkashan', '112 pages', 'a', 'PUN 891.421 PAT', 'Punjabi poetry', 'ਹਵਾ ਵਿਚ ਲਿਖੇ ਹਰਫ਼', 'ਸੁਰਜੀਤ ਪਾਤਰ', NULL, 'e'),
 (71, 'Shiv Kumar Batalvi, 1936-1973', false, 'Lūṇā', 'Shiv Kumar Batalvi', 'pan', 1965, 'Ludhiana', 'Lahore Book Shop', '120 pages', 'a', 'PUN 891.421 SHI', 'Punjabi poetry', 'ਲੂਣਾ', 'ਸ਼ਿਵ ਕੁਮਾਰ ਬਟਾਲਵੀ', NULL, 'e'),
 (72, 'Gurdial Singh, 1933-2016', false, 'Maṛhī dā dīvā', 'Gurdial Singh', 'pan', 1964, 'New Delhi', 'Arsee Publishers', '196 pages', 'a', 'PUN FIC GUR', 'Punjabi fiction', 'ਮੜ੍ਹੀ ਦਾ ਦੀਵਾ', 'ਗੁਰਦਿਆਲ ਸਿੰਘ', NULL, 'e'),
 (73, 'Kanwal, Jaswant Singh, 1919-2020', false, 'Lahū dī lō', 'Jaswant Singh Kanwal', 'pan', 1985, 'Ludhiana', 'Lahore Book Shop', '380 pages', 'a', 'PUN FIC KAN', 'Punjabi fiction', 'ਲਹੂ ਦੀ ਲੋ', 'ਜਸਵੰਤ ਸਿੰਘ ਕੰਵਲ', NULL, 'e'),
 (74, 'Jin, Yong, 1924-2018', false, 'She diao ying xiong zhuan', 'Jin Yong zhu', 'chi', 1957, 'Xianggang', 'Ming he she', '4 volumes', 'a', 'CHI FIC JIN', 'Martial arts fiction, Chinese', '射鵰英雄傳', '金庸', NULL, 'e'),
 (75, 'Zhang, Ailing, 1920-1995', false, 'Qing cheng zhi lian', 'Zhang Ailing zhu', 'chi', 1943, 'Taibei', 'Huang guan wen hua chu ban you xian gong si', '288 pages', 'a', 'CHI FIC ZHA', 'Hong Kong (China) -- Fiction', '傾城之戀', '張愛玲', NULL, 'e'),
 (76, 'Yu, Hua, 1960-', false, 'Huo zhe', 'Yu Hua zhu', 'chi', 1993, 'Shanghai', 'Shanghai wen yi chu ban she', '191 pages', 'a', 'CHI FIC YU', 'China -- Fiction', '活着', '余华', NULL, 'e'),
 (77, 'Liu, Cixin, 1963-', false, 'San ti', 'Liu Cixin zhu', 'chi', 2008, 'Chongqing', 'Chongqing chu ban she', '302 pages', 'a', 'CHI FIC LIU', 'Science fiction, Chinese', '三体', '刘慈欣', NULL, 'e'),
 (78, 'Mo, Yan, 1955-', false, 'Hong gao liang jia zu', 'Mo Yan zhu', 'chi', 1987, 'Beijing', 'Jie fang jun wen yi chu ban she', '464 pages', 'a', 'CHI FIC MO', 'China -- Fiction', '红高粱家族', '莫言', NULL, 'e'),
 (79, 'Xi, Xi, 1937-2022', false, 'Wo cheng', 'Xi Xi zhu', 'chi', 1979, 'Xianggang', 'Su ye chu ban she', '238 pages', 'a', 'CHI FIC XI', 'Hong Kong (China) -- Fiction', '我城', '西西', NULL, 'e'),
 (80, 'San, Mao, 1943-1991', false, 'Sa ha la de gu shi', 'San Mao zhu', 'chi', 1976, 'Taibei', 'Huang guan', '267 pages', 'a', 'CHI 855 SAN', 'Sahara -- Description and travel', '撒哈拉的故事', '三毛', NULL, 'e'),
 (81, 'Liu, Cixin, 1963-', false, 'The three-body problem', 'Cixin Liu ; translated by Ken Liu', 'eng', 2014, 'New York', 'Tor', '399 pages', 'a', 'FIC LIU', 'Science fiction', NULL, NULL, 'Liu, Ken, 1976-', 'e'),
 (82, 'Rizal, José, 1861-1896', false, 'Noli me tangere', 'José Rizal ; salin ni Virgilio S. Almario', 'tgl', 1887, 'Manila', 'Anvil Publishing', '480 pages', 'a', 'FIL FIC RIZ', 'Philippines -- Fiction', NULL, NULL, 'Almario, Virgilio S.', 'e'),
 (83, 'Rizal, José, 1861-1896', false, 'El filibusterismo', 'José Rizal', 'spa', 1891, 'Ghent', 'F. Meyer-Van Loo', '218 pages', 'a', 'FIL FIC RIZ', 'Philippines -- Fiction', NULL, NULL, NULL, 'e'),
 (84, 'Ong, Bob', false, 'ABNKKBSNPLAko?! : mga kwentong chalk ni Bob Ong', 'Bob Ong', 'tgl', 2001, 'Quezon City', 'Visprint', '182 pages', 'a', 'FIL 899.211 ONG', 'Filipino wit and humor', NULL, NULL, NULL, 'e'),
 (85, 'Hagedorn, Jessica Tarahata, 1949-', false, 'Dogeaters', 'Jessica Hagedorn', 'eng', 1990, 'New York', 'Pantheon Books', '251 pages', 'a', 'FIC HAG', 'Manila (Philippines) -- Fiction', NULL, NULL, NULL, 'e'),
 (86, 'Bulosan, Carlos, 1913-1956', false, 'America is in the heart : a personal history', 'Carlos Bulosan', 'eng', 1946, 'New York', 'Harcourt, Brace', '326 pages', 'a', 'B BUL', 'Filipino Americans', NULL, NULL, NULL, 'e'),
 (87, 'Nisga''a Tribal Council', true, 'Nisga''a : people of the Nass River', 'Nisga''a Tribal Council', 'eng', 1993, 'Vancouver', 'Douglas & McIntyre', '160 pages', 'a', '971.1 NIS', 'Nisga''a Indians', NULL, NULL, NULL, 'e'),
 (88, 'Squamish Nation. Education Department', true, 'Sḵwx̱wú7mesh sníchim-xwelíten sníchim sḵexwts = Squamish-English dictionary', 'Squamish Nation Education Department', 'sal', 2011, 'North Vancouver', 'Squamish Nation Education Dept.', '350 pages', 'a', '497.94 SQU', 'Squamish language -- Dictionaries', NULL, NULL, NULL, 'e'),
 (89, 'Harris, Kenneth B., 1928-', false, 'Visitors who never left : the origin of the people of Damelahamid', 'translated and arranged by Chief Kenneth B. Harris', 'eng', 1974, 'Vancouver', 'University of British Columbia Press', '166 pages', 'a', '398.2 HAR', 'Gitxsan Indians -- Legends', NULL, NULL, NULL, 'e'),
 (90, 'Eyre, Chris, 1968-', false, 'Smoke signals', 'directed by Chris Eyre ; screenplay by Sherman Alexie', 'eng', 1998, 'Burbank, CA', 'Miramax Home Entertainment', '1 videodisc (89 min.)', 'g', 'DVD SMO', 'Feature films', NULL, NULL, 'Alexie, Sherman, 1966-', 'g'),
 (91, 'Villeneuve, Denis, 1967-', false, 'Incendies', 'réalisation, Denis Villeneuve', 'fre', 2010, 'Montréal', 'Alliance Vivafilm', '1 vidéodisque (131 min)', 'g', 'DVD INC', 'Films de fiction', NULL, NULL, NULL, 'g'),
 (92, 'Chu, Jon M., 1979-', false, 'Crazy rich Asians', 'directed by Jon M. Chu', 'eng', 2018, 'Burbank, CA', 'Warner Bros. Home Entertainment', '1 videodisc (121 min.)', 'g', 'DVD CRA', 'Feature films', NULL, NULL, NULL, 'g'),
 (93, 'Wong, Kar-wai, 1958-', false, 'Fa yeung nin wah = In the mood for love', 'written and directed by Wong Kar-wai', 'chi', 2000, 'New York', 'Criterion Collection', '1 videodisc (98 min.)', 'g', 'DVD IN', 'Feature films', '花樣年華', '王家衛', NULL, 'g'),
 (94, 'Gowariker, Ashutosh', false, 'Lagaan : once upon a time in India', 'directed by Ashutosh Gowariker', 'hin', 2001, 'Mumbai', 'Aamir Khan Productions', '2 videodiscs (224 min.)', 'g', 'DVD LAG', 'Cricket -- Drama', NULL, NULL, NULL, 'g'),
 (95, 'Obomsawin, Alanis, 1932-2024', false, 'Kanehsatake : 270 years of resistance', 'director, Alanis Obomsawin', 'eng', 1993, 'Montréal', 'National Film Board of Canada', '1 videodisc (119 min.)', 'g', 'DVD 971.4 KAN', 'Oka Crisis, Québec, 1990', NULL, NULL, NULL, 'g');
-- Large print and audiobook editions of the most asked-for titles.
INSERT INTO pgen.bk
SELECT 100 + row_number() OVER (ORDER BY b.k), b.author, b.corp, b.title, b.sor, b.lang, 2023 - (b.k % 4), CASE WHEN f = 'lp' THEN 'Waterville, Maine' ELSE 'Toronto' END,
  CASE WHEN f = 'lp' THEN 'Thorndike Press' ELSE 'Penguin Random House Audio' END,
  CASE WHEN f = 'lp' THEN (300 + b.k * 7 % 300) || ' pages (large print)' ELSE (8 + b.k % 5) || ' audio discs (' || (9 + b.k % 6) || ' hr.)' END,
  CASE WHEN f = 'lp' THEN 'a' ELSE 'i' END, CASE WHEN f = 'lp' THEN 'LP ' ELSE 'CD ' END || b.cn, b.subj, NULL, NULL,
  CASE WHEN f = 'cd' THEN fixture_gen.pick(ARRAY['Dowd, Ann', 'Whelan, Julia', 'Lynch, Kathleen', 'Hodgson, Jane', 'Kellgren, Katherine'], 'bknar', b.k) END, b.audience
FROM pgen.bk b CROSS JOIN (VALUES ('lp'), ('cd')) v(f)
WHERE b.k IN (2, 5, 9, 24, 25, 26, 27, 29, 34) OR (f = 'lp' AND b.k IN (3, 7, 23));

-- The MARCXML Evergreen stores: one line, MARC21 slim namespace, 901 with tcn, source and id.
CREATE FUNCTION pgen.df(tag text, i1 text, i2 text, subs text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '<datafield tag="' || tag || '" ind1="' || i1 || '" ind2="' || i2 || '">'
      || string_agg('<subfield code="' || subs[2 * k - 1] || '">' || pgen.x(subs[2 * k]) || '</subfield>', '' ORDER BY k) || '</datafield>'
  FROM generate_series(1, cardinality(subs) / 2) k
$$;
CREATE FUNCTION pgen.marc(b pgen.bk, id bigint, tcn text, tcn_source text, stamp timestamptz, isbn text, local_tag text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '<record xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/MARC21/slim http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd" xmlns="http://www.loc.gov/MARC21/slim">'
    || '<leader>' || lpad((600 + (coalesce(id, b.k * 7 + length(tcn)) * 37) % 1400)::text, 5, '0') || CASE WHEN id IS NULL THEN 'n' ELSE 'c' END || b.typ || 'm a22'
    || lpad((200 + (coalesce(id, b.k * 7 + length(tcn)) * 13) % 300)::text, 5, '0') || ' i 4500</leader>'
    || '<controlfield tag="001">' || tcn || '</controlfield>'
    || '<controlfield tag="003">' || CASE WHEN tcn LIKE 'o%' THEN 'OCoLC' ELSE 'CaBCPLF' END || '</controlfield>'
    || '<controlfield tag="005">' || to_char(stamp AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS') || '.0</controlfield>'
    || '<controlfield tag="008">' || to_char(stamp AT TIME ZONE 'UTC', 'YYMMDD') || 's' || b.yr || '    '
       || CASE WHEN b.lang IN ('fre') THEN 'quc' WHEN b.lang IN ('pan', 'hin') THEN 'ii ' WHEN b.lang = 'chi' THEN CASE WHEN b.place IN ('Taibei') THEN 'ch ' WHEN b.place = 'Xianggang' THEN 'cc ' ELSE 'cc ' END
               WHEN b.place LIKE '%BC' OR b.place IN ('Vancouver', 'North Vancouver') THEN 'bcc' WHEN b.place = 'Toronto' OR b.place LIKE '%Ont.' THEN 'onc' ELSE 'xxu' END
       || CASE WHEN b.typ = 'g' THEN '000 ' || b.audience || '          vl' ELSE '      ' || b.audience || '     000 1 ' END
       || b.lang || ' d</controlfield>'
    || CASE WHEN isbn IS NOT NULL THEN pgen.df('020', ' ', ' ', ARRAY['a', isbn, 'q', CASE WHEN b.typ = 'g' THEN 'DVD' WHEN b.typ = 'i' THEN 'audio CD' WHEN b.extent LIKE '%large print%' THEN 'large print' ELSE 'paperback' END]) ELSE '' END
    || CASE WHEN tcn LIKE 'o%' THEN pgen.df('035', ' ', ' ', ARRAY['a', '(OCoLC)' || regexp_replace(tcn, '^[a-z]+', '')]) ELSE '' END
    || pgen.df('040', ' ', ' ', ARRAY['a', CASE WHEN tcn LIKE 'o%' THEN 'DLC' ELSE 'CaBCPLF' END, 'b', CASE WHEN b.lang = 'fre' THEN 'fre' ELSE 'eng' END, 'e', 'rda', 'c', CASE WHEN tcn LIKE 'o%' THEN 'DLC' ELSE 'CaBCPLF' END, 'd', 'CaBCPLF'])
    || CASE WHEN b.title_nat IS NOT NULL AND NOT b.corp THEN pgen.df('100', '1', ' ', ARRAY['6', '880-01', 'a', b.author, 'e', 'author.'])
            WHEN b.corp THEN pgen.df('110', '2', ' ', ARRAY['a', b.author, 'e', 'author.'])
            WHEN b.typ = 'g' THEN pgen.df('700', '1', ' ', ARRAY['a', b.author, 'e', 'film director.'])
            ELSE pgen.df('100', '1', ' ', ARRAY['a', b.author, 'e', 'author.']) END
    || pgen.df('245', CASE WHEN b.typ = 'g' THEN '0' ELSE '1' END, CASE WHEN b.title ~ '^(The|A) ' THEN CASE WHEN b.title LIKE 'The %' THEN '4' ELSE '2' END WHEN b.title ~ '^(Les|La|Le) ' THEN CASE WHEN b.title LIKE 'Le %' OR b.title LIKE 'La %' THEN '3' ELSE '4' END WHEN b.title LIKE 'L''%' THEN '2' ELSE '0' END,
         CASE WHEN b.title_nat IS NOT NULL THEN ARRAY['6', '880-02', 'a', split_part(b.title, ' : ', 1) || ' /', 'c', b.sor || '.'] ELSE
           CASE WHEN b.title LIKE '% : %' THEN ARRAY['a', split_part(b.title, ' : ', 1) || ' :', 'b', split_part(b.title, ' : ', 2) || ' /', 'c', b.sor || '.'] ELSE ARRAY['a', b.title || ' /', 'c', b.sor || '.'] END END)
    || CASE WHEN b.extent LIKE '%large print%' THEN pgen.df('250', ' ', ' ', ARRAY['a', 'Large print edition.']) ELSE '' END
    || pgen.df('264', ' ', '1', ARRAY['a', b.place || ' :', 'b', b.pub || ',', 'c', CASE WHEN b.k > 100 THEN b.yr::text ELSE '[' || b.yr || ']' END || '.'])
    || pgen.df('300', ' ', ' ', ARRAY['a', b.extent || CASE WHEN b.typ = 'a' THEN ' ;' ELSE '' END, 'c', CASE WHEN b.typ = 'a' THEN (18 + b.k % 8) || ' cm' WHEN b.typ = 'g' THEN '4 3/4 in.' ELSE '4 3/4 in.' END])
    || pgen.df('336', ' ', ' ', ARRAY['a', CASE b.typ WHEN 'g' THEN 'two-dimensional moving image' WHEN 'i' THEN 'spoken word' ELSE 'text' END, 'b', CASE b.typ WHEN 'g' THEN 'tdi' WHEN 'i' THEN 'spw' ELSE 'txt' END, '2', 'rdacontent'])
    || pgen.df('337', ' ', ' ', ARRAY['a', CASE b.typ WHEN 'g' THEN 'video' WHEN 'i' THEN 'audio' ELSE 'unmediated' END, 'b', CASE b.typ WHEN 'g' THEN 'v' WHEN 'i' THEN 's' ELSE 'n' END, '2', 'rdamedia'])
    || pgen.df('338', ' ', ' ', ARRAY['a', CASE b.typ WHEN 'g' THEN 'videodisc' WHEN 'i' THEN 'audio disc' ELSE 'volume' END, 'b', CASE b.typ WHEN 'g' THEN 'vd' WHEN 'i' THEN 'sd' ELSE 'nc' END, '2', 'rdacarrier'])
    || CASE WHEN b.typ = 'i' AND b.added IS NOT NULL THEN pgen.df('511', '0', ' ', ARRAY['a', 'Read by ' || split_part(b.added, ', ', 2) || ' ' || split_part(b.added, ', ', 1) || '.']) ELSE '' END
    || pgen.df('650', ' ', CASE WHEN b.lang = 'fre' AND b.typ <> 'g' THEN '6' ELSE '0' END, ARRAY['a', split_part(b.subj, ' -- ', 1)] || CASE WHEN b.subj LIKE '% -- %' THEN ARRAY['z', split_part(b.subj, ' -- ', 2)] ELSE ARRAY[]::text[] END)
    || CASE WHEN b.typ = 'g' THEN pgen.df('655', ' ', '7', ARRAY['a', 'Feature films.', '2', 'lcgft']) ELSE '' END
    || CASE WHEN b.added IS NOT NULL THEN pgen.df('700', '1', ' ', ARRAY['a', b.added || ',', 'e', CASE WHEN b.typ = 'i' THEN 'narrator.' WHEN b.sor ~ 'translat|salin' THEN 'translator.' WHEN b.sor ~ 'illustr|pictures|art,' THEN 'illustrator.' WHEN b.typ = 'g' THEN 'screenwriter.' ELSE 'author.' END]) ELSE '' END
    || CASE WHEN b.title_nat IS NOT NULL THEN pgen.df('880', '1', ' ', ARRAY['6', '100-01', 'a', b.author_nat, 'e', 'author.']) || pgen.df('880', '1', '0', ARRAY['6', '245-02', 'a', b.title_nat || ' /', 'c', b.author_nat || '.']) ELSE '' END
    || coalesce(local_tag, '')
    || CASE WHEN id IS NOT NULL THEN pgen.df('901', ' ', ' ', ARRAY['a', tcn, 'b', tcn_source, 'c', id::text, 't', 'biblio']) ELSE '' END
    || '</record>'
$$;

CREATE TABLE biblio.record_entry (
    id              BIGSERIAL   PRIMARY KEY,
    creator         INT         NOT NULL DEFAULT 1,
    editor          INT         NOT NULL DEFAULT 1,
    source          INT,
    quality         INT,
    create_date     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    edit_date       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    active          BOOL        NOT NULL DEFAULT TRUE,
    deleted         BOOL        NOT NULL DEFAULT FALSE,
    fingerprint     TEXT,
    tcn_source      TEXT        NOT NULL DEFAULT 'AUTOGEN',
    tcn_value       TEXT        NOT NULL,
    marc            TEXT        NOT NULL,
    last_xact_id    TEXT        NOT NULL,
    owner           INT,
    share_depth     INT,
    vis_attr_vector INT[]
);
CREATE INDEX biblio_record_entry_fp_idx ON biblio.record_entry (fingerprint);
INSERT INTO biblio.record_entry VALUES (-1, 1, 1, 1, 0, '2017-03-14 08:41:30-07', '2017-03-14 08:41:30-07', false, false, NULL, 'AUTOGEN', '-1',
  '<record xmlns="http://www.loc.gov/MARC21/slim"/>', 'PREVIOUSLY_LOADED', NULL, NULL, NULL);
CREATE TABLE pgen.rec (id int PRIMARY KEY, k int, tcn text, tcn_source text, created timestamptz, edited timestamptz, isbn text, cat int);
INSERT INTO pgen.rec
SELECT row_number() OVER (ORDER BY b.k) + 1000, b.k,
  CASE WHEN b.lang IN ('eng', 'fre', 'spa') AND b.k % 4 <> 3 THEN CASE WHEN b.yr < 2008 THEN 'ocm' || lpad((1000000 + fixture_gen.n('tcn', b.k, 60000000))::text, 8, '0') ELSE 'on' || (1000000000 + fixture_gen.n('tcn', b.k, 400000000))::text END END,
  NULL,
  CASE WHEN b.k < 100 AND b.yr < 2017 THEN pgen.at('rcc', b.k, '2017-03-14 09:00-07', '2017-03-16 18:00-07') ELSE pgen.at('rcc', b.k, greatest(make_date(b.yr, 1, 1)::timestamptz, '2017-03-20'), '2024-10-01') END,
  NULL,
  CASE WHEN b.yr >= 1970 OR b.k > 100 THEN pgen.isbn13(CASE WHEN b.lang = 'fre' THEN '97828' WHEN b.lang = 'pan' THEN '97881' WHEN b.lang = 'chi' THEN '97875' WHEN b.lang = 'tgl' THEN '978971' ELSE (ARRAY['97807', '97814', '97803', '97815'])[1 + b.k % 4] END, 'isbn', b.k) END,
  (SELECT i FROM pgen.p WHERE kind = 'staff' AND profile IN (4, 8, 12) ORDER BY md5('rcat' || b.k || i) LIMIT 1)
FROM pgen.bk b;
UPDATE pgen.rec SET tcn = id::text, tcn_source = 'System Local' WHERE tcn IS NULL;
UPDATE pgen.rec SET tcn_source = 'OCLC' WHERE tcn_source IS NULL;
UPDATE pgen.rec SET edited = created + make_interval(days => fixture_gen.n('rce', id, 700)) * fixture_gen.n('rce0', id, 2);
UPDATE pgen.rec SET edited = created WHERE edited > '2024-11-14';
INSERT INTO biblio.record_entry
SELECT r.id, CASE WHEN r.created < '2017-03-17' THEN 1 ELSE r.cat END, CASE WHEN r.edited = r.created AND r.created < '2017-03-17' THEN 1 ELSE r.cat END,
  CASE WHEN r.tcn_source = 'OCLC' THEN 1 ELSE 2 END, CASE WHEN r.tcn_source = 'OCLC' THEN 80 + r.id % 15 ELSE 40 + r.id % 20 END,
  r.created, r.edited, NOT (r.id IN (1040, 1077)), r.id IN (1040, 1077),
  regexp_replace(lower(regexp_replace(split_part(b.title, ' : ', 1), '^(the|a|an|les|la|le|l'') ', '', 'i') || coalesce(split_part(b.author, ',', 1), '') || coalesce(split_part(split_part(b.author, ', ', 2), ',', 1), '')), '[^[:alnum:]]', '', 'g'),
  r.tcn_source, r.tcn,
  pgen.marc(b, r.id, r.tcn, r.tcn_source, r.edited, r.isbn, NULL),
  extract(epoch FROM r.edited)::bigint || '.' || fixture_gen.digits('rxact', r.id, 5) || '.' || fixture_gen.digits('rxact2', r.id, 11),
  NULL, NULL,
  ARRAY[1, 2 + (r.id % 3), CASE b.typ WHEN 'a' THEN 12 WHEN 'g' THEN 16 ELSE 19 END, 20 + (r.id % 7)]
FROM pgen.rec r JOIN pgen.bk b ON b.k = r.k ORDER BY r.id;

CREATE TABLE asset.call_number (
    id              BIGSERIAL   PRIMARY KEY,
    creator         BIGINT      NOT NULL,
    create_date     TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    editor          BIGINT      NOT NULL,
    edit_date       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    record          BIGINT      NOT NULL,
    owning_lib      INT         NOT NULL,
    label           TEXT        NOT NULL,
    deleted         BOOL        NOT NULL DEFAULT FALSE,
    prefix          INT         NOT NULL DEFAULT -1,
    suffix          INT         NOT NULL DEFAULT -1,
    label_class     BIGINT      NOT NULL DEFAULT 1,
    label_sortkey   TEXT
);
CREATE INDEX asset_call_number_record_idx ON asset.call_number (record);
INSERT INTO asset.call_number VALUES (-1, 1, '2017-03-14 08:41:30-07', 1, '2017-03-14 08:41:30-07', -1, 1, 'UNCATALOGED', false, -1, -1, 1, 'UNCATALOGED');
-- Which branches hold a record, by its language and kind.
CREATE TABLE pgen.cn (id int PRIMARY KEY, rec int, k int, ou int, label text, created timestamptz, cat int);
INSERT INTO pgen.cn
SELECT row_number() OVER (ORDER BY r.id, o.ou), r.id, r.k, o.ou, b.cn,
  greatest(r.created, pgen.at('cnc', r.id * 100 + o.ou, r.created, r.created + interval '60 days')), r.cat
FROM pgen.rec r JOIN pgen.bk b ON b.k = r.k CROSS JOIN generate_series(6, 15) o(ou)
WHERE fixture_gen.n('hold', r.id * 100 + o.ou, 100) < CASE
    WHEN b.lang = 'fre' THEN CASE WHEN o.ou IN (12, 13) THEN 95 WHEN o.ou IN (6, 14) THEN 25 ELSE 4 END
    WHEN b.lang IN ('pan', 'hin') THEN CASE WHEN o.ou IN (9, 11, 12, 14) THEN 80 ELSE 0 END
    WHEN b.lang = 'chi' THEN CASE WHEN o.ou IN (12, 13, 7) THEN 80 ELSE 0 END
    WHEN b.lang IN ('tgl', 'spa') THEN CASE WHEN o.ou IN (11, 12, 9) THEN 80 ELSE 0 END
    WHEN b.lang = 'sal' THEN CASE WHEN o.ou IN (14, 15, 7) THEN 90 ELSE 0 END
    WHEN b.k IN (87, 89) THEN CASE WHEN o.ou IN (10, 9, 11) THEN 95 ELSE 10 END
    WHEN b.k > 100 THEN CASE WHEN o.ou IN (6, 7, 9, 14) THEN 45 ELSE 10 END
    ELSE CASE WHEN o.ou IN (12, 13) THEN 30 WHEN o.ou IN (8, 10, 15) THEN 40 ELSE 65 END END;
-- Every record has at least one holding (the processing centre's).
INSERT INTO pgen.cn SELECT (SELECT max(id) FROM pgen.cn) + row_number() OVER (ORDER BY r.id), r.id, r.k, CASE WHEN b.lang = 'fre' THEN 12 ELSE 9 END, b.cn, r.created, r.cat
FROM pgen.rec r JOIN pgen.bk b ON b.k = r.k WHERE NOT EXISTS (SELECT 1 FROM pgen.cn c WHERE c.rec = r.id);
INSERT INTO asset.call_number
SELECT c.id, c.cat, c.created, c.cat, c.created, c.rec, c.ou, c.label, false, -1, -1, CASE WHEN c.label ~ '^[0-9]' THEN 2 ELSE 1 END,
  CASE WHEN c.label ~ '^[0-9]' THEN regexp_replace(upper(c.label), '^([0-9]+)(\.[0-9]+)?', lpad(split_part(c.label, '.', 1), 3, '0') || '.' || rpad(coalesce(nullif(substring(split_part(c.label, ' ', 1) FROM '\.([0-9]+)'), ''), '0'), 6, '0')) ELSE upper(c.label) END
FROM pgen.cn c ORDER BY c.id;

CREATE TABLE asset.copy (
    id              BIGSERIAL   PRIMARY KEY,
    circ_lib        INT         NOT NULL,
    creator         BIGINT      NOT NULL,
    call_number     BIGINT      NOT NULL,
    editor          BIGINT      NOT NULL,
    create_date     TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    edit_date       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    copy_number     INT,
    status          INT         NOT NULL DEFAULT 0,
    location        INT         NOT NULL DEFAULT 1,
    loan_duration   INT         NOT NULL CHECK (loan_duration IN (1, 2, 3)),
    fine_level      INT         NOT NULL CHECK (fine_level IN (1, 2, 3)),
    age_protect     INT,
    circulate       BOOL        NOT NULL DEFAULT TRUE,
    deposit         BOOL        NOT NULL DEFAULT FALSE,
    ref             BOOL        NOT NULL DEFAULT FALSE,
    holdable        BOOL        NOT NULL DEFAULT TRUE,
    deposit_amount  NUMERIC(6,2) NOT NULL DEFAULT 0.00,
    price           NUMERIC(8,2),
    barcode         TEXT        NOT NULL,
    circ_modifier   TEXT,
    circ_as_type    TEXT,
    dummy_title     TEXT,
    dummy_author    TEXT,
    alert_message   TEXT,
    opac_visible    BOOL        NOT NULL DEFAULT TRUE,
    deleted         BOOL        NOT NULL DEFAULT FALSE,
    floating        INT,
    dummy_isbn      TEXT,
    status_changed_time TIMESTAMP WITH TIME ZONE,
    active_date     TIMESTAMP WITH TIME ZONE,
    mint_condition  BOOL        NOT NULL DEFAULT TRUE,
    cost            NUMERIC(8,2)
);
CREATE UNIQUE INDEX copy_barcode_key ON asset.copy (barcode) WHERE deleted = FALSE;
CREATE INDEX cp_cn_idx ON asset.copy (call_number);
CREATE TABLE pgen.cp (id int PRIMARY KEY, cn int, rec int, k int, ou int, copy_number int, created timestamptz, cat int);
INSERT INTO pgen.cp
SELECT row_number() OVER (ORDER BY c.id, n), c.id, c.rec, c.k, c.ou, n, c.created + make_interval(days => (n - 1) * fixture_gen.n('cpd', c.id, 200)), c.cat
FROM pgen.cn c CROSS JOIN generate_series(1, 3) n
WHERE n = 1 OR (n = 2 AND fixture_gen.n('cp2', c.id, 100) < CASE WHEN c.k IN (2, 5, 9, 26, 27, 29, 34, 35, 36, 40) THEN 80 ELSE 30 END)
          OR (n = 3 AND c.k IN (2, 26, 29, 35, 40) AND fixture_gen.n('cp3', c.id, 100) < 50);
CREATE TABLE pgen.alert_tpl (k int PRIMARY KEY, t text);
INSERT INTO pgen.alert_tpl VALUES
  (0, 'Check that all discs are in the case before check-in.'),
  (1, 'Water damage on pages 40-62, noted {D}. Do not charge next borrower. -{S}'),
  (2, 'Missing disc 3 - {FULL} says it was never in the case (returned {D}).'),
  (3, 'Donated in memory of {O} by the family.'),
  (4, 'Book club set: 8 copies in the blue bag. Count before check-in.'),
  (5, 'Torn cover repaired {D}.'),
  (6, 'Damaged by dog - billed to patron {FULL}, card on file. -{S}'),
  (7, 'Signed by the author at the 2019 Festival of the Written Arts.'),
  (8, 'Vérifier que le livret est dans le boîtier.'),
  (9, 'Found in book drop with a note from {F}: pages stuck together, sorry!');
INSERT INTO asset.copy
SELECT c.id, c.ou, c.cat, c.cn, c.cat, c.created, c.created + make_interval(days => fixture_gen.n('cpe', c.id, 500)) * fixture_gen.n('cpe0', c.id, 2),
  c.copy_number,
  (ARRAY[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7, 4, 14, 5, 13, 0, 0, 0, 0, 101, 2])[1 + fixture_gen.n('cps', c.id, 50)],
  CASE WHEN b.typ = 'g' THEN 109 WHEN b.typ = 'i' THEN 111 WHEN b.cn LIKE 'LP %' THEN 112 WHEN b.lang = 'fre' THEN 105 WHEN b.lang IN ('pan', 'hin') THEN 106 WHEN b.lang = 'chi' THEN 107
       WHEN b.lang IN ('tgl', 'spa') THEN 108 WHEN b.cn ~ '^(J|E|YA|BD|A) ' THEN CASE WHEN b.cn LIKE 'YA %' THEN 104 ELSE 103 END
       WHEN b.k IN (7, 8, 9, 10, 12, 13, 14, 15, 31, 42, 43, 48, 49, 87, 88, 89) AND c.ou IN (9, 10, 14, 15) THEN 110 WHEN b.cn LIKE 'FIC %' THEN 101 ELSE 102 END,
  CASE WHEN b.typ = 'g' THEN 1 ELSE 2 END, 2, CASE WHEN c.created > '2024-08-01' THEN 1 END, true, false, false, true, 0.00,
  CASE WHEN b.typ = 'g' THEN 19.99 + (c.id % 3) * 5 WHEN b.typ = 'i' THEN 49.95 + (c.id % 5) * 10 WHEN b.cn ~ '^(E|A) ' THEN 21.95 + (c.id % 3) * 2
       WHEN b.lang IN ('pan', 'chi', 'tgl') THEN 15.00 + (c.id % 4) * 5 ELSE 24.95 + (c.id % 6) * 3 END,
  pgen.bc('3', (SELECT inst FROM pgen.br WHERE ou = c.ou), 200000 + c.id * 3),
  CASE WHEN b.typ = 'g' THEN 'DVD' WHEN b.typ = 'i' THEN 'AUDIOBOOK' WHEN b.cn LIKE 'LP %' THEN 'LARGEPRINT' WHEN b.cn ~ '^(E|A) ' THEN 'PICTUREBOOK'
       WHEN b.cn ~ '^(BD|J GN) ' THEN 'GRAPHIC' WHEN b.cn ~ '^(J|YA) ' THEN 'JBOOK' ELSE 'BOOK' END,
  NULL, NULL, NULL,
  CASE WHEN fixture_gen.n('cpal', c.id, 100) < 5 THEN pgen.fill(a.t, (SELECT id FROM actor.usr WHERE id > 36 AND NOT deleted AND home_ou = c.ou ORDER BY md5('cpalu' || c.id || id) LIMIT 1), c.id) END,
  true, false, NULL, NULL,
  c.created + make_interval(days => fixture_gen.n('cpsc', c.id, 700)), c.created + interval '3 days', true,
  CASE WHEN c.created > '2019-01-01' THEN round((CASE WHEN b.typ = 'g' THEN 19.99 ELSE 24.95 END) * 0.62, 2) END
FROM pgen.cp c JOIN pgen.bk b ON b.k = c.k
JOIN pgen.alert_tpl a ON a.k = CASE WHEN b.typ IN ('g', 'i') THEN (ARRAY[0, 2, 8, 3])[1 + fixture_gen.n('cpalt', c.id, 4)] ELSE (ARRAY[1, 3, 4, 5, 6, 7, 9])[1 + fixture_gen.n('cpalt', c.id, 7)] END
ORDER BY c.id;
UPDATE asset.copy SET status_changed_time = NULL WHERE status_changed_time > '2024-11-14';
UPDATE asset.copy SET edit_date = create_date WHERE edit_date > '2024-11-14';
UPDATE asset.copy SET deleted = true, opac_visible = false WHERE status = 13 AND id % 2 = 0;
UPDATE asset.copy SET circulate = false, holdable = false, ref = true WHERE location = 110 AND id % 3 = 0;
-- Pre-catalogued items: interlibrary loans, donated paperbacks, book-club kits.
INSERT INTO asset.copy
SELECT 5000 + v.k, v.ou, v.st, -1, v.st, v.ts, v.ts, NULL, CASE WHEN v.k % 4 = 0 THEN 1 ELSE 0 END, 1, 2, 2, NULL, true, false, false, false, 0.00, 0.00,
  CASE WHEN v.ill THEN 'ILL' || to_char(v.ts AT TIME ZONE 'America/Vancouver', 'YYMMDD') || lpad(v.k::text, 3, '0') ELSE pgen.bc('3', '3099', 5000 + v.k) END,
  CASE WHEN v.ill THEN 'ILL' ELSE 'PAPERBACK' END, NULL, v.title, v.author,
  CASE WHEN v.ill THEN 'ILL from ' || v.lender || ' - due back ' || pgen.ymd(v.ts + interval '42 days') || '. In-library use only: no.' END,
  false, false, NULL, v.isbn, v.ts, v.ts, true, NULL
FROM (SELECT k, (ARRAY[6, 7, 9, 9, 10, 11, 12, 13, 14, 15])[1 + fixture_gen.n('pcl', k, 10)] AS ou, 2 + fixture_gen.n('pcs', k, 33) AS st,
        pgen.at('pct', k, '2023-06-01 10:00-07', '2024-11-12 15:00-08') AS ts, k % 3 <> 0 AS ill,
        fixture_gen.pick(ARRAY['Greater Victoria Public Library', 'Vancouver Public Library', 'Prince George Public Library', 'UBC Library', 'Okanagan Regional Library', 'Fraser Valley Regional Library', 'BAnQ'], 'pclend', k) AS lender,
        (ARRAY['The body keeps the score', 'Outlander', 'The midnight library', 'Pachinko', 'Fourth wing', 'Educated', 'The seven husbands of Evelyn Hugo', 'Project Hail Mary',
               'Five little Indians', 'Moccasin square gardens', 'The silent patient', 'Klara and the sun', 'Le mage du Kremlin', 'The women', 'Holly', 'James'])[1 + k % 16] AS title,
        (ARRAY['Van der Kolk, Bessel', 'Gabaldon, Diana', 'Haig, Matt', 'Lee, Min Jin', 'Yarros, Rebecca', 'Westover, Tara', 'Reid, Taylor Jenkins', 'Weir, Andy',
               'Good, Michelle', 'Wagamese, Richard', 'Michaelides, Alex', 'Ishiguro, Kazuo', 'Da Empoli, Giuliano', 'Hannah, Kristin', 'King, Stephen', 'Everett, Percival'])[1 + k % 16] AS author,
        CASE WHEN k % 5 <> 0 THEN pgen.isbn13('97815', 'pcisbn', k) END AS isbn
      FROM generate_series(1, 28) k) v ORDER BY v.k;

-- ---------------------------------------------------------------------------
-- Circulation and money: transactions inherit from money.billable_xact as in Evergreen.

CREATE TABLE money.billable_xact (
    id          BIGSERIAL   PRIMARY KEY,
    usr         INT         NOT NULL,
    xact_start  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    xact_finish TIMESTAMP WITH TIME ZONE,
    unrecovered BOOL
);

CREATE TABLE action.circulation (
    target_copy         BIGINT      NOT NULL,
    circ_lib            INT         NOT NULL,
    circ_staff          INT         NOT NULL,
    checkin_staff       INT,
    checkin_lib         INT,
    renewal_remaining   INT         NOT NULL CHECK (renewal_remaining >= 0),
    grace_period        INTERVAL    NOT NULL,
    due_date            TIMESTAMP WITH TIME ZONE,
    stop_fines_time     TIMESTAMP WITH TIME ZONE,
    checkin_time        TIMESTAMP WITH TIME ZONE,
    create_time         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    duration            INTERVAL,
    fine_interval       INTERVAL    NOT NULL DEFAULT '1 day'::INTERVAL,
    recurring_fine      NUMERIC(6,2),
    max_fine            NUMERIC(6,2),
    phone_renewal       BOOL        NOT NULL DEFAULT FALSE,
    desk_renewal        BOOL        NOT NULL DEFAULT FALSE,
    opac_renewal        BOOL        NOT NULL DEFAULT FALSE,
    duration_rule       TEXT        NOT NULL,
    recurring_fine_rule TEXT        NOT NULL,
    max_fine_rule       TEXT        NOT NULL,
    stop_fines          TEXT        CHECK (stop_fines IN ('CHECKIN', 'CLAIMSRETURNED', 'LOST', 'MAXFINES', 'RENEW', 'LONGOVERDUE', 'CLAIMSNEVERCHECKEDOUT')),
    workstation         INT,
    checkin_workstation INT,
    copy_location       INT         NOT NULL DEFAULT 1,
    checkin_scan_time   TIMESTAMP WITH TIME ZONE,
    auto_renewal        BOOLEAN,
    auto_renewal_remaining INTEGER,
    parent_circ         BIGINT
) INHERITS (money.billable_xact);
ALTER TABLE action.circulation ADD PRIMARY KEY (id);
CREATE INDEX circ_open_xacts_idx ON action.circulation (usr) WHERE xact_finish IS NULL;
CREATE INDEX circ_target_copy_idx ON action.circulation (target_copy);

CREATE TABLE money.grocery (
    billing_location    INT     NOT NULL,
    note                TEXT
) INHERITS (money.billable_xact);
ALTER TABLE money.grocery ADD PRIMARY KEY (id);

CREATE TABLE money.billing (
    id              BIGSERIAL   PRIMARY KEY,
    xact            BIGINT      NOT NULL,
    billing_ts      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    voided          BOOL        NOT NULL DEFAULT FALSE,
    voider          INT,
    void_time       TIMESTAMP WITH TIME ZONE,
    amount          NUMERIC(6,2) NOT NULL,
    billing_type    TEXT        NOT NULL,
    btype           INT         NOT NULL,
    note            TEXT,
    create_date     TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    period_start    TIMESTAMP WITH TIME ZONE,
    period_end      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX m_b_xact_idx ON money.billing (xact);

CREATE TABLE action.transit_copy (
    id                  SERIAL      PRIMARY KEY,
    source_send_time    TIMESTAMP WITH TIME ZONE,
    dest_recv_time      TIMESTAMP WITH TIME ZONE,
    target_copy         BIGINT      NOT NULL,
    source              INT         NOT NULL,
    dest                INT         NOT NULL,
    prev_hop            INT,
    copy_status         INT         NOT NULL,
    persistant_transfer BOOL        NOT NULL DEFAULT FALSE,
    prev_dest           INT,
    cancel_time         TIMESTAMP WITH TIME ZONE
);

-- staff_at: a staff account working at a library; ws_at: one of its desk workstations.
CREATE FUNCTION pgen.staff_at(ou int, tag text, k bigint) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT i FROM pgen.p WHERE kind = 'staff' AND br = ou AND active ORDER BY md5(tag || k || i) LIMIT 1),
                  (SELECT i FROM pgen.p WHERE kind = 'staff' AND active ORDER BY md5(tag || k || i) LIMIT 1))
$$;
CREATE FUNCTION pgen.ws_at(ou int, tag text, k bigint) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT id FROM actor.workstation WHERE owning_lib = ou AND name NOT LIKE '%selfcheck%' ORDER BY md5(tag || k || id) LIMIT 1
$$;

-- Checkouts with their renewals, check-ins, overdue fines (one billing per day late, as the fine generator writes them),
-- lost and long-overdue items, and the transits of items returned at another library.
DO $$
DECLARE
  k int; cp record; u record; st timestamptz; dur int; nren int; r int; due timestamptz; ci timestamptz; cid bigint := 0; parent bigint;
  fine numeric; maxf numeric; rfrule text; mfrule text; durrule text; maxren int; ws int; staff int; selfck boolean; cilib int;
  endt timestamptz := '2024-11-14 17:00:00-08'; days int; fines int; stopf text; stopt timestamptz; finish timestamptz; lost boolean; ren_kind int; rk_next int;
  tr int := 0; nbill bigint := 0; fd timestamptz;
BEGIN
  FOR k IN 1..1180 LOOP
    SELECT c.id, c.circ_lib, c.circ_modifier, c.location, c.price, c.call_number INTO cp FROM asset.copy c
      WHERE NOT c.deleted AND c.circulate AND c.status NOT IN (13, 2, 5) ORDER BY md5('circcp' || k || c.id) LIMIT 1;
    IF fixture_gen.n('circu', k, 10) < 8 THEN
      SELECT x.id, x.juvenile, x.home_ou INTO u FROM actor.usr x WHERE x.home_ou = cp.circ_lib AND x.id > 36 AND NOT x.deleted AND x.active ORDER BY md5('circu' || k || x.id) LIMIT 1;
    END IF;
    IF u.id IS NULL OR fixture_gen.n('circu', k, 10) >= 8 THEN
      SELECT x.id, x.juvenile, x.home_ou INTO u FROM actor.usr x WHERE x.id > 1 AND x.id NOT IN (35, 36) AND NOT x.deleted AND x.active ORDER BY md5('circu2' || k || x.id) LIMIT 1;
    END IF;
    dur := CASE cp.circ_modifier WHEN 'DVD' THEN 7 WHEN 'LARGEPRINT' THEN 28 WHEN 'ILL' THEN 28 ELSE 21 END;
    maxren := CASE WHEN cp.circ_modifier IN ('DVD', 'ILL') THEN 1 ELSE 2 END;
    durrule := CASE dur WHEN 7 THEN '7_days_1_renew' WHEN 28 THEN CASE WHEN cp.circ_modifier = 'ILL' THEN 'ill_28_days_1_renew' ELSE '28_days_2_renew' END ELSE '21_days_2_renew' END;
    IF u.juvenile OR cp.circ_modifier IN ('JBOOK', 'PICTUREBOOK', 'GRAPHIC') OR cp.circ_lib IN (8, 10) THEN
      fine := 0.00; maxf := 0.00; rfrule := 'fine_free'; mfrule := 'no_max_fine';
    ELSIF cp.circ_modifier = 'DVD' THEN
      fine := 1.00; maxf := 10.00; rfrule := '1_dollar_per_day'; mfrule := 'overdue_max_10';
    ELSE
      fine := 0.25; maxf := 5.00; rfrule := '25_cents_per_day'; mfrule := 'overdue_max_5';
    END IF;
    st := pgen.at('circst', k, '2023-01-03 10:00-08', '2024-11-14 16:30-08');
    nren := CASE WHEN fixture_gen.n('circren', k, 100) < 72 THEN 0 WHEN fixture_gen.n('circren', k, 100) < 93 THEN 1 ELSE 2 END;
    nren := least(nren, maxren);
    selfck := cp.circ_lib IN (7, 9, 14) AND fixture_gen.n('circself', k, 10) < 4;
    parent := NULL;
    FOR r IN 0..nren LOOP
      cid := cid + 1;
      due := pgen.day_end(st, dur);
      IF r < nren THEN
        ci := st + make_interval(days => greatest(1, dur - 3 - fixture_gen.n('circrn', cid, 10)), hours => fixture_gen.n('circrh', cid, 8));
        IF ci > endt THEN nren := r; END IF;
      END IF;
      lost := false; stopf := NULL; stopt := NULL; cilib := NULL;
      IF r < nren THEN
        stopf := 'RENEW'; stopt := ci;
      ELSE
        -- the last leg: returned on time, late, or still out (open, lost, long overdue, claims returned)
        IF fixture_gen.n('circlate', cid, 100) < 12 THEN
          ci := due + make_interval(days => 1 + fixture_gen.n('circlated', cid, 15), hours => -fixture_gen.n('circlateh', cid, 10));
        ELSE
          ci := st + make_interval(days => 1 + fixture_gen.n('circback', cid, dur), hours => fixture_gen.n('circbackh', cid, 7));
        END IF;
        IF ci > endt OR fixture_gen.n('circopen', cid, 100) < 4 THEN
          ci := NULL;
          IF EXISTS (SELECT 1 FROM action.circulation c WHERE c.target_copy = cp.id AND c.checkin_time IS NULL AND c.stop_fines IS DISTINCT FROM 'RENEW') THEN
            ci := least(endt - interval '1 hour', due - interval '2 days');
          END IF;
        END IF;
        IF ci IS NULL AND due < endt - interval '45 days' THEN
          r := r; -- long out
          CASE fixture_gen.n('circlost', cid, 5)
            WHEN 0 THEN stopf := 'LONGOVERDUE'; stopt := due + interval '60 days';
            WHEN 1 THEN stopf := 'CLAIMSRETURNED'; stopt := due + make_interval(days => 10 + fixture_gen.n('circcr', cid, 20));
            ELSE stopf := 'LOST'; stopt := due + interval '45 days'; lost := true; END CASE;
          IF stopt > endt THEN stopt := endt - interval '2 days'; END IF;
        ELSIF ci IS NOT NULL THEN
          stopf := 'CHECKIN'; stopt := ci;
          cilib := CASE WHEN fixture_gen.n('circcil', cid, 100) < 14 THEN (ARRAY[6, 7, 8, 9, 10, 11, 12, 13, 14, 15])[1 + fixture_gen.n('circcil2', cid, 10)] ELSE cp.circ_lib END;
        END IF;
      END IF;
      IF stopf = 'RENEW' THEN cilib := cp.circ_lib; END IF;
      ren_kind := fixture_gen.n('circrk', cid, 10);
      rk_next := fixture_gen.n('circrk', cid + 1, 10);
      -- overdue fines, one per day late, up to the maximum
      days := CEIL(extract(epoch FROM (coalesce(stopt, endt) - due)) / 86400.0)::int;
      fines := CASE WHEN fine > 0 AND days > 1 THEN least(days - 1, (maxf / fine)::int) ELSE 0 END;
      IF fines > 0 AND ci IS NULL AND stopf IS NULL AND fines = (maxf / fine)::int THEN stopf := 'MAXFINES'; stopt := due + make_interval(days => fines + 1); END IF;
      finish := CASE WHEN stopf IN ('CHECKIN', 'RENEW') AND fines = 0 THEN stopt END;
      ws := CASE WHEN selfck THEN (SELECT id FROM actor.workstation WHERE owning_lib = cp.circ_lib AND name LIKE '%selfcheck-01') ELSE pgen.ws_at(cp.circ_lib, 'circws', cid) END;
      staff := CASE WHEN r > 0 AND ren_kind < 6 THEN u.id WHEN selfck THEN CASE WHEN cp.circ_lib = 9 THEN 36 ELSE 35 END ELSE pgen.staff_at(cp.circ_lib, 'circstaff', cid) END;
      INSERT INTO action.circulation (id, usr, xact_start, xact_finish, unrecovered, target_copy, circ_lib, circ_staff, checkin_staff, checkin_lib, renewal_remaining,
          grace_period, due_date, stop_fines_time, checkin_time, create_time, duration, fine_interval, recurring_fine, max_fine, phone_renewal, desk_renewal, opac_renewal,
          duration_rule, recurring_fine_rule, max_fine_rule, stop_fines, workstation, checkin_workstation, copy_location, checkin_scan_time, auto_renewal, auto_renewal_remaining, parent_circ)
      VALUES (cid, u.id, st, finish, NULL, cp.id, cp.circ_lib, staff,
          CASE WHEN stopf = 'RENEW' THEN CASE WHEN rk_next < 6 THEN u.id ELSE pgen.staff_at(cilib, 'circstaff', cid + 1) END
               WHEN ci IS NOT NULL AND stopf = 'CHECKIN' THEN CASE WHEN fixture_gen.n('circcis', cid, 10) < 3 AND cilib IN (7, 9, 14) THEN CASE WHEN cilib = 9 THEN 36 ELSE 35 END ELSE pgen.staff_at(cilib, 'circcistaff', cid) END END,
          CASE WHEN stopf IN ('CHECKIN', 'RENEW') THEN cilib END,
          maxren - r, '1 day', due, stopt, CASE WHEN stopf IN ('CHECKIN', 'RENEW') THEN ci END, st, make_interval(days => dur), '1 day', fine, maxf,
          r > 0 AND ren_kind = 9, r > 0 AND ren_kind BETWEEN 6 AND 8, r > 0 AND ren_kind < 6,
          durrule, rfrule, mfrule, stopf,
          CASE WHEN r > 0 AND ren_kind < 6 THEN NULL ELSE ws END,
          CASE WHEN stopf = 'CHECKIN' THEN pgen.ws_at(cilib, 'circciws', cid) END,
          cp.location, CASE WHEN stopf = 'CHECKIN' THEN ci END,
          CASE WHEN st > '2024-05-01' AND cp.circ_modifier = 'BOOK' THEN true ELSE false END,
          CASE WHEN st > '2024-05-01' AND cp.circ_modifier = 'BOOK' THEN maxren - r END,
          parent);
      FOR d IN 1..fines LOOP
        nbill := nbill + 1;
        fd := due + make_interval(days => d);
        INSERT INTO money.billing (id, xact, billing_ts, voided, voider, void_time, amount, billing_type, btype, note, create_date, period_start, period_end)
        VALUES (nbill, cid, fd, lost, NULL, CASE WHEN lost THEN stopt END, fine, 'Overdue materials', 1, 'System Generated Overdue Fine',
                date_trunc('day', fd) + interval '1 day 2 hours 15 minutes', fd - interval '1 day' + interval '1 second', fd);
      END LOOP;
      IF lost THEN
        nbill := nbill + 1;
        INSERT INTO money.billing VALUES (nbill, cid, stopt, false, NULL, NULL, coalesce(cp.price, 25.00), 'Lost Materials', 3, 'SYSTEM GENERATED', stopt, NULL, NULL);
        nbill := nbill + 1;
        INSERT INTO money.billing VALUES (nbill, cid, stopt, false, NULL, NULL, CASE WHEN cp.circ_lib = 10 THEN 0.00 ELSE 5.00 END, 'Lost Materials Processing Fee', 4, 'SYSTEM GENERATED', stopt, NULL, NULL);
      END IF;
      IF cilib IS NOT NULL AND cilib <> cp.circ_lib AND stopf = 'CHECKIN' THEN
        tr := tr + 1;
        INSERT INTO action.transit_copy VALUES (tr, ci, CASE WHEN ci + interval '5 days' < endt THEN ci + make_interval(days => 2 + fixture_gen.n('trrecv', tr, 4), hours => fixture_gen.n('trrecvh', tr, 6)) END,
          cp.id, cilib, cp.circ_lib, NULL, 0, false, NULL, NULL);
      END IF;
      parent := cid;
      IF r < nren THEN st := ci; END IF;
    END LOOP;
  END LOOP;
END $$;
UPDATE action.transit_copy SET dest_recv_time = NULL WHERE dest_recv_time > '2024-11-14 17:00-08';
-- Items out, lost and long overdue carry that status.
UPDATE asset.copy c SET status = CASE x.stop_fines WHEN 'LOST' THEN 3 WHEN 'LONGOVERDUE' THEN 16 ELSE 1 END, status_changed_time = coalesce(x.stop_fines_time, x.xact_start)
FROM (SELECT DISTINCT ON (target_copy) target_copy, stop_fines, stop_fines_time, xact_start FROM action.circulation
      WHERE checkin_time IS NULL AND (stop_fines IS NULL OR stop_fines IN ('LOST', 'LONGOVERDUE', 'MAXFINES', 'CLAIMSRETURNED')) ORDER BY target_copy, xact_start DESC) x
WHERE c.id = x.target_copy;
UPDATE asset.copy c SET status = 6, status_changed_time = t.source_send_time FROM action.transit_copy t WHERE t.target_copy = c.id AND t.dest_recv_time IS NULL AND c.status = 0;

CREATE TABLE action.hold_request (
    id                  SERIAL      PRIMARY KEY,
    request_time        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    capture_time        TIMESTAMP WITH TIME ZONE,
    fulfillment_time    TIMESTAMP WITH TIME ZONE,
    checkin_time        TIMESTAMP WITH TIME ZONE,
    return_time         TIMESTAMP WITH TIME ZONE,
    prev_check_time     TIMESTAMP WITH TIME ZONE,
    expire_time         TIMESTAMP WITH TIME ZONE,
    cancel_time         TIMESTAMP WITH TIME ZONE,
    cancel_cause        INT,
    cancel_note         TEXT,
    target              BIGINT      NOT NULL,
    current_copy        BIGINT,
    fulfillment_staff   INT,
    fulfillment_lib     INT,
    request_lib         INT         NOT NULL,
    requestor           INT         NOT NULL,
    usr                 INT         NOT NULL,
    selection_ou        INT         NOT NULL,
    selection_depth     INT         NOT NULL DEFAULT 0,
    pickup_lib          INT         NOT NULL,
    hold_type           TEXT        NOT NULL,
    holdable_formats    TEXT,
    phone_notify        TEXT,
    email_notify        BOOL        NOT NULL DEFAULT FALSE,
    sms_notify          TEXT,
    sms_carrier         INT,
    frozen              BOOL        NOT NULL DEFAULT FALSE,
    thaw_date           TIMESTAMP WITH TIME ZONE,
    shelf_time          TIMESTAMP WITH TIME ZONE,
    cut_in_line         BOOL,
    mint_condition      BOOL        NOT NULL DEFAULT TRUE,
    shelf_expire_time   TIMESTAMP WITH TIME ZONE,
    current_shelf_lib   INT,
    behind_desk         BOOLEAN     NOT NULL DEFAULT FALSE,
    hopeless_date       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX hold_request_usr_idx ON action.hold_request (usr);
CREATE INDEX hold_request_target_idx ON action.hold_request (target);
CREATE TABLE pgen.cancel_tpl (k int PRIMARY KEY, t text);
INSERT INTO pgen.cancel_tpl VALUES
  (0, 'Patron called - no longer needed.'), (1, 'Bought her own copy.'), (2, 'Duplicate hold, {O} placed one on the family card too.'),
  (3, 'Patron moved to {TOWN2}.'), (4, 'Annulé à la demande de l''usager.'), (5, 'Missing from shelf twice; patron will try ILL instead.'),
  (6, '{G} asked to cancel - too scary for a 7 year old.'), (7, 'Staff: patron deceased per family ({O}).'), (8, 'Book club set came in, hold not needed.'),
  (9, 'Wrong edition - wanted the large print. -{S}');
INSERT INTO action.hold_request
SELECT h.k,
  h.req, h.cap, h.ful, NULL, NULL,
  CASE WHEN h.state IN ('open', 'frozen') THEN pgen.at('hpc', h.k, '2024-11-13 02:00-08', '2024-11-14 02:00-08') WHEN h.state <> 'canceled' THEN h.cap - interval '1 hour' END,
  CASE WHEN fixture_gen.n('hexp', h.k, 10) < 6 THEN h.req + interval '1 year' END,
  h.canc, CASE WHEN h.state = 'canceled' THEN (ARRAY[3, 4, 6, 6, 6, 5, 7, 1])[1 + fixture_gen.n('hcc', h.k, 8)] WHEN h.state = 'shelf_expired' THEN 2 END,
  CASE WHEN h.state = 'canceled' AND fixture_gen.n('hcn', h.k, 10) < 5 THEN pgen.fill(ct.t, h.usr, h.k) END,
  CASE h.hold_type WHEN 'C' THEN h.copy WHEN 'V' THEN (SELECT call_number FROM asset.copy WHERE id = h.copy) ELSE h.rec END,
  CASE WHEN h.cap IS NOT NULL THEN h.copy END,
  CASE WHEN h.ful IS NOT NULL THEN pgen.staff_at(h.pickup, 'hfs', h.k) END, CASE WHEN h.ful IS NOT NULL THEN h.pickup END,
  h.pickup, CASE WHEN h.opac THEN h.usr ELSE pgen.staff_at(h.pickup, 'hreq', h.k) END, h.usr,
  CASE WHEN fixture_gen.n('hsel', h.k, 10) < 7 THEN 1 ELSE h.pickup END, 0, h.pickup, h.hold_type,
  CASE WHEN h.hold_type = 'M' THEN '{"0":[{"_attr":"mr_hold_format","_val":"book"},{"_attr":"mr_hold_format","_val":"lpbook"}],"1":[{"_attr":"item_lang","_val":"' || b.lang || '"}]}' END,
  CASE WHEN fixture_gen.n('hph', h.k, 100) < 35 THEN coalesce(nullif(u.day_phone, ''), u.evening_phone) END,
  u.email IS NOT NULL AND fixture_gen.n('hem', h.k, 100) < 80,
  CASE WHEN fixture_gen.n('hsms', h.k, 100) < 12 AND coalesce(nullif(u.other_phone, ''), nullif(u.day_phone, '')) IS NOT NULL THEN pgen.digits_only(coalesce(nullif(u.other_phone, ''), u.day_phone)) END,
  CASE WHEN fixture_gen.n('hsms', h.k, 100) < 12 AND coalesce(nullif(u.other_phone, ''), nullif(u.day_phone, '')) IS NOT NULL THEN (ARRAY[5, 6, 7, 8, 12, 13])[1 + fixture_gen.n('hsmsc', h.k, 6)] END,
  h.state = 'frozen', CASE WHEN h.state = 'frozen' AND h.k % 2 = 0 THEN timestamptz '2024-12-01 00:00-08' + make_interval(days => fixture_gen.n('hthaw', h.k, 90)) END,
  h.shelf, CASE WHEN fixture_gen.n('hcut', h.k, 100) < 3 THEN true END, true,
  CASE WHEN h.shelf IS NOT NULL THEN pgen.day_end(h.shelf, CASE WHEN h.pickup = 6 THEN 10 ELSE 7 END) END,
  CASE WHEN h.shelf IS NOT NULL THEN h.pickup END,
  EXISTS (SELECT 1 FROM actor.usr_setting s WHERE s.usr = h.usr AND s.name = 'circ.holds_behind_desk'),
  CASE WHEN h.state = 'open' AND fixture_gen.n('hhope', h.k, 100) < 6 THEN h.req + interval '120 days' END
FROM (
  SELECT x.*,
    CASE WHEN x.state IN ('fulfilled', 'shelf', 'shelf_expired', 'transit') THEN x.req + make_interval(days => 1 + fixture_gen.n('hcap', x.k, 25), hours => fixture_gen.n('hcaph', x.k, 9)) END AS cap,
    CASE WHEN x.state = 'canceled' THEN x.req + make_interval(days => 1 + fixture_gen.n('hcan', x.k, 40)) WHEN x.state = 'shelf_expired' THEN x.req + interval '60 days' END AS canc,
    CASE WHEN x.state IN ('fulfilled', 'shelf', 'shelf_expired') THEN x.req + make_interval(days => 2 + fixture_gen.n('hcap', x.k, 25) + fixture_gen.n('hsh', x.k, 4), hours => 2) END AS shelf,
    CASE WHEN x.state = 'fulfilled' THEN x.req + make_interval(days => 3 + fixture_gen.n('hcap', x.k, 25) + fixture_gen.n('hsh', x.k, 4) + fixture_gen.n('hful', x.k, 6), hours => 3) END AS ful
  FROM (
    SELECT g.k, u.id AS usr, r.id AS rec, cpy.id AS copy,
      CASE WHEN fixture_gen.n('hpu', g.k, 100) < 85 THEN u.home_ou ELSE (ARRAY[6, 7, 9, 12, 14])[1 + fixture_gen.n('hpu2', g.k, 5)] END AS pickup,
      CASE WHEN fixture_gen.n('htype', g.k, 100) < 84 THEN 'T' WHEN fixture_gen.n('htype', g.k, 100) < 90 THEN 'M' WHEN fixture_gen.n('htype', g.k, 100) < 95 THEN 'V' ELSE 'C' END AS hold_type,
      fixture_gen.n('hopac', g.k, 10) < 7 AS opac,
      CASE WHEN st.v < 45 THEN 'fulfilled' WHEN st.v < 52 THEN 'shelf' WHEN st.v < 56 THEN 'transit' WHEN st.v < 74 THEN 'open' WHEN st.v < 78 THEN 'frozen' WHEN st.v < 95 THEN 'canceled' ELSE 'shelf_expired' END AS state,
      CASE WHEN st.v BETWEEN 45 AND 55 THEN pgen.at('hreq', g.k, '2024-10-10 09:00-07', '2024-11-06 17:00-08')
           WHEN st.v BETWEEN 56 AND 77 THEN pgen.at('hreq', g.k, '2024-05-01 09:00-07', '2024-11-14 12:00-08')
           ELSE pgen.at('hreq', g.k, '2023-01-05 09:00-08', '2024-09-30 17:00-07') END AS req
    FROM generate_series(1, 420) g(k)
    CROSS JOIN LATERAL (SELECT fixture_gen.n('hstate', g.k, 100) AS v) st
    JOIN LATERAL (SELECT id, home_ou FROM actor.usr WHERE id > 36 AND NOT deleted AND active AND profile <> 104 ORDER BY md5('husr' || g.k || id) LIMIT 1) u ON true
    JOIN LATERAL (SELECT id FROM biblio.record_entry WHERE id > 0 AND NOT deleted ORDER BY fixture_gen.n('hrecw', id, 5) * (id % 7 + 1), md5('hrec' || g.k || id) LIMIT 1) r ON true
    JOIN LATERAL (SELECT c.id FROM asset.copy c JOIN asset.call_number n ON n.id = c.call_number WHERE n.record = r.id AND NOT c.deleted ORDER BY md5('hcp' || g.k || c.id) LIMIT 1) cpy ON true
  ) x
) h
JOIN actor.usr u ON u.id = h.usr
JOIN pgen.rec rr ON rr.id = h.rec JOIN pgen.bk b ON b.k = rr.k
JOIN pgen.cancel_tpl ct ON ct.k = fixture_gen.n('hct', h.k, 10)
ORDER BY h.k;
UPDATE action.hold_request SET capture_time = NULL, current_copy = NULL, shelf_time = NULL, shelf_expire_time = NULL, current_shelf_lib = NULL, fulfillment_time = NULL,
  fulfillment_staff = NULL, fulfillment_lib = NULL WHERE capture_time > '2024-11-14 16:00-08';
UPDATE action.hold_request SET fulfillment_time = NULL, fulfillment_staff = NULL, fulfillment_lib = NULL WHERE fulfillment_time > '2024-11-14 16:00-08';
UPDATE action.hold_request SET cancel_time = NULL, cancel_cause = NULL, cancel_note = NULL WHERE cancel_time > '2024-11-14 16:00-08';
-- Holds waiting on the shelf or in transit to their pickup library.
UPDATE asset.copy c SET status = CASE WHEN h.shelf_time IS NOT NULL THEN 8 ELSE 6 END, status_changed_time = coalesce(h.shelf_time, h.capture_time)
FROM action.hold_request h WHERE h.current_copy = c.id AND h.fulfillment_time IS NULL AND h.cancel_time IS NULL AND h.capture_time IS NOT NULL AND c.status IN (0, 7);
INSERT INTO action.transit_copy (id, source_send_time, dest_recv_time, target_copy, source, dest, prev_hop, copy_status, persistant_transfer, prev_dest, cancel_time)
SELECT (SELECT coalesce(max(id), 0) FROM action.transit_copy) + row_number() OVER (ORDER BY h.id), h.capture_time,
  CASE WHEN h.shelf_time IS NOT NULL THEN h.shelf_time - interval '1 hour' END, c.id, c.circ_lib, h.pickup_lib, NULL, 8, false, NULL,
  CASE WHEN h.cancel_time IS NOT NULL AND h.shelf_time IS NULL THEN h.cancel_time END
FROM action.hold_request h JOIN asset.copy c ON c.id = h.current_copy WHERE h.capture_time IS NOT NULL AND c.circ_lib <> h.pickup_lib ORDER BY h.id;

-- Miscellaneous charges: cards, printing, interlibrary loan fees, non-resident fees.
INSERT INTO money.grocery (id, usr, xact_start, xact_finish, unrecovered, billing_location, note)
SELECT 50000 + g.k, u.id, pgen.at('grs', g.k, '2023-01-10 10:00-08', '2024-11-13 16:00-08'), NULL, NULL, u.home_ou,
  CASE WHEN fixture_gen.n('grn', g.k, 10) < 8 THEN pgen.fill((ARRAY['Replacement card', 'Colour printing, 14 pages', 'Non-resident annual fee 2024', 'ILL postage - thesis request from {L}',
    'Fax to MSDPR for {F}', 'Lost tote bag', 'Earbuds', 'Photocopies', 'Replacement card - old one chewed by dog', 'Frais de remplacement de carte',
    'Printing boarding passes for {FULL}', 'Museum pass late return'])[1 + fixture_gen.n('grt', g.k, 12)], u.id, g.k) END
FROM generate_series(1, 64) g(k)
JOIN LATERAL (SELECT id, home_ou FROM actor.usr WHERE id > 36 AND NOT deleted AND active AND profile <> 104 ORDER BY md5('grusr' || g.k || id) LIMIT 1) u ON true
ORDER BY g.k;
INSERT INTO money.billing (id, xact, billing_ts, voided, voider, void_time, amount, billing_type, btype, note, create_date, period_start, period_end)
SELECT (SELECT max(id) FROM money.billing) + row_number() OVER (ORDER BY g.id), g.id, g.xact_start, false, NULL, NULL,
  CASE WHEN g.note ILIKE '%card%' OR g.note ILIKE '%carte%' THEN 2.00 WHEN g.note ILIKE '%print%' OR g.note ILIKE '%copies%' THEN 1.40 WHEN g.note ILIKE '%non-resident%' THEN 60.00
       WHEN g.note ILIKE '%ILL%' THEN 5.00 WHEN g.note ILIKE '%fax%' THEN 1.00 ELSE 3.00 END,
  CASE WHEN g.note ILIKE '%card%' OR g.note ILIKE '%carte%' THEN 'Replacement card' WHEN g.note ILIKE '%print%' OR g.note ILIKE '%copies%' THEN 'Printing/Photocopies'
       WHEN g.note ILIKE '%non-resident%' THEN 'Non-resident fee' WHEN g.note ILIKE '%ILL%' THEN 'Interlibrary loan fee' ELSE 'Misc' END,
  CASE WHEN g.note ILIKE '%card%' OR g.note ILIKE '%carte%' THEN 103 WHEN g.note ILIKE '%print%' OR g.note ILIKE '%copies%' THEN 104 WHEN g.note ILIKE '%non-resident%' THEN 106
       WHEN g.note ILIKE '%ILL%' THEN 105 ELSE 101 END,
  NULL, g.xact_start, NULL, NULL
FROM money.grocery g ORDER BY g.id;
-- Damaged items billed at check-in, with the staff's note.
INSERT INTO money.billing (id, xact, billing_ts, voided, voider, void_time, amount, billing_type, btype, note, create_date, period_start, period_end)
SELECT (SELECT max(id) FROM money.billing) + row_number() OVER (ORDER BY c.id), c.id, c.checkin_time + interval '10 minutes', false, NULL, NULL, coalesce(cp.price, 25.00), 'Damaged Item', 7,
  pgen.fill((ARRAY['Chewed by puppy - spine destroyed.', 'Coffee spill, pages stuck. Patron agreed to pay. -{S}', 'Returned with water damage; patron says roof leak at {ST}.',
    'Disc 2 cracked.', 'Pages torn out (p. 101-130).', 'Crayon on most pages - {G} apologised.'])[1 + fixture_gen.n('dmg', c.id, 6)], c.usr, c.id::int),
  c.checkin_time + interval '10 minutes', NULL, NULL
FROM action.circulation c JOIN asset.copy cp ON cp.id = c.target_copy
WHERE c.stop_fines = 'CHECKIN' AND fixture_gen.n('dmg0', c.id, 1000) < 12 ORDER BY c.id;
-- Fines waived by staff.
UPDATE money.billing b SET voided = true, voider = pgen.staff_at(c.circ_lib, 'void', b.id), void_time = c.checkin_time + make_interval(days => 1 + fixture_gen.n('voidt', c.xact_start::date - date '2023-01-01', 20))
FROM action.circulation c WHERE c.id = b.xact AND b.btype = 1 AND NOT b.voided AND c.checkin_time IS NOT NULL AND fixture_gen.n('void0', c.id, 100) < 12;
UPDATE money.billing SET void_time = '2024-11-14 12:00-08' WHERE void_time > '2024-11-14 16:00-08';

CREATE TABLE money.payment (
    id          BIGSERIAL   PRIMARY KEY,
    xact        BIGINT      NOT NULL,
    payment_ts  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    voided      BOOL        NOT NULL DEFAULT FALSE,
    amount      NUMERIC(6,2) NOT NULL,
    note        TEXT
);
CREATE TABLE money.credit_card_payment (
    amount_collected NUMERIC(6,2) NOT NULL,
    accepting_usr   INT         NOT NULL,
    cash_drawer     INT,
    cc_number       TEXT,
    cc_processor    TEXT,
    cc_order_number TEXT,
    approval_code   TEXT
) INHERITS (money.payment);
ALTER TABLE money.credit_card_payment ADD PRIMARY KEY (id);
CREATE INDEX money_credit_card_payment_xact_idx ON money.credit_card_payment (xact);
-- Card payments: Stripe through the catalogue (the patron is the accepting user), the desk terminals' approval codes typed in by staff,
-- PayflowPro references before 2021.
INSERT INTO money.credit_card_payment (id, xact, payment_ts, voided, amount, note, amount_collected, accepting_usr, cash_drawer, cc_number, cc_processor, cc_order_number, approval_code)
SELECT row_number() OVER (ORDER BY x.xact), x.xact, x.pts, fixture_gen.n('payv', x.xact, 100) < 2,
  CASE WHEN fixture_gen.n('paypart', x.xact, 10) = 0 THEN round(x.owed / 2, 2) ELSE x.owed END,
  CASE WHEN x.online THEN NULL WHEN fixture_gen.n('payn', x.xact, 10) < 3 THEN pgen.fill((ARRAY['Paid by {G} at the desk.', 'Paid over the phone by {O}, card holder.', 'Partial payment, rest next visit.',
     'Payé par téléphone.', 'Visa declined once, second card OK.'])[1 + fixture_gen.n('paynt', x.xact, 5)], x.usr, x.xact::int) END,
  CASE WHEN fixture_gen.n('paypart', x.xact, 10) = 0 THEN round(x.owed / 2, 2) ELSE x.owed END,
  CASE WHEN x.online THEN x.usr ELSE pgen.staff_at(x.lib, 'payst', x.xact) END,
  CASE WHEN x.online THEN NULL ELSE pgen.ws_at(x.lib, 'payws', x.xact) END,
  fixture_gen.digits('paycc', x.xact, 4),
  CASE WHEN x.online THEN CASE WHEN x.pts < '2021-03-01' THEN 'PayflowPro' ELSE 'Stripe' END END,
  CASE WHEN x.online THEN CASE WHEN x.pts < '2021-03-01' THEN fixture_gen.chars('paypn', x.xact, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') ELSE 'pi_' || fixture_gen.chars('paypi', x.xact, 24) END END,
  CASE WHEN NOT x.online THEN fixture_gen.chars('payac', x.xact, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') END
FROM (
  SELECT b.xact, bx.usr, coalesce(c.circ_lib, g.billing_location) AS lib, sum(b.amount) AS owed,
    greatest(max(b.billing_ts), coalesce(max(c.checkin_time), max(b.billing_ts))) + make_interval(days => fixture_gen.n('payd', b.xact, 20), hours => 1 + fixture_gen.n('payh', b.xact, 6), mins => fixture_gen.n('paym', b.xact, 60), secs => fixture_gen.n('pays', b.xact, 60)) AS pts,
    fixture_gen.n('payon', b.xact, 10) < 5 AS online
  FROM money.billing b JOIN money.billable_xact bx ON bx.id = b.xact LEFT JOIN action.circulation c ON c.id = b.xact LEFT JOIN money.grocery g ON g.id = b.xact
  WHERE NOT b.voided GROUP BY b.xact, bx.usr, c.circ_lib, g.billing_location HAVING sum(b.amount) > 0
) x
WHERE fixture_gen.n('pay0', x.xact, 100) < 45 AND x.pts < '2024-11-14 16:00-08'
ORDER BY x.xact;
-- Paid transactions are finished.
UPDATE action.circulation c SET xact_finish = p.payment_ts FROM money.credit_card_payment p
WHERE p.xact = c.id AND NOT p.voided AND c.checkin_time IS NOT NULL AND c.stop_fines IN ('CHECKIN', 'RENEW')
  AND p.amount >= (SELECT sum(amount) FROM money.billing b WHERE b.xact = c.id AND NOT b.voided);
UPDATE money.grocery g SET xact_finish = p.payment_ts FROM money.credit_card_payment p
WHERE p.xact = g.id AND NOT p.voided AND p.amount >= (SELECT sum(amount) FROM money.billing b WHERE b.xact = g.id AND NOT b.voided);
-- Fines all waived: finished at check-in.
UPDATE action.circulation c SET xact_finish = c.checkin_time
WHERE c.xact_finish IS NULL AND c.checkin_time IS NOT NULL AND EXISTS (SELECT 1 FROM money.billing b WHERE b.xact = c.id) AND NOT EXISTS (SELECT 1 FROM money.billing b WHERE b.xact = c.id AND NOT b.voided);

CREATE TABLE action.usr_circ_history (
    id              BIGSERIAL   PRIMARY KEY,
    usr             INTEGER     NOT NULL,
    xact_start      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    target_copy     BIGINT      NOT NULL,
    due_date        TIMESTAMP WITH TIME ZONE NOT NULL,
    checkin_time    TIMESTAMP WITH TIME ZONE,
    source_circ     BIGINT
);
CREATE INDEX action_usr_circ_history_usr_idx ON action.usr_circ_history (usr);
-- Kept for patrons who opted in to their reading history: one row per checkout, following its renewals.
INSERT INTO action.usr_circ_history (id, usr, xact_start, target_copy, due_date, checkin_time, source_circ)
SELECT row_number() OVER (ORDER BY f.xact_start, l.id), f.usr, f.xact_start, f.target_copy, l.due_date, l.checkin_time, l.id
FROM action.circulation f
JOIN LATERAL (WITH RECURSIVE ch AS (SELECT c.* FROM action.circulation c WHERE c.id = f.id UNION ALL SELECT c.* FROM action.circulation c JOIN ch ON c.parent_circ = ch.id)
              SELECT * FROM ch ORDER BY xact_start DESC LIMIT 1) l ON true
JOIN actor.usr_setting s ON s.usr = f.usr AND s.name = 'history.circ.retention_start'
WHERE f.parent_circ IS NULL AND f.xact_start >= (s.value::json #>> '{}')::timestamptz
ORDER BY 1;

CREATE TABLE action.survey_response (
    id                  BIGSERIAL   PRIMARY KEY,
    response_group_id   INT,
    usr                 INT,
    survey              INT         NOT NULL,
    question            INT         NOT NULL,
    answer              INT         NOT NULL,
    answer_date         TIMESTAMP WITH TIME ZONE,
    effective_date      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
-- The 2024 registration survey (4 questions, 4 answers each), answered at the desk and in the catalogue.
INSERT INTO action.survey_response (id, response_group_id, usr, survey, question, answer, answer_date, effective_date)
SELECT row_number() OVER (ORDER BY g.k, q), 9000 + g.k, u.id, 2, q, (q - 1) * 4 + 1 + fixture_gen.n('sva', g.k * 10 + q, 4), t.ts, t.ts
FROM generate_series(1, 70) g(k)
JOIN LATERAL (SELECT id FROM actor.usr WHERE id > 36 AND NOT deleted AND NOT juvenile ORDER BY md5('svu' || g.k || id) LIMIT 1) u ON true
JOIN LATERAL (SELECT pgen.at('svt', g.k, '2024-02-01 10:00-08', '2024-11-13 16:00-08') AS ts) t ON true
CROSS JOIN generate_series(1, 4) q
WHERE q < 4 OR g.k % 3 <> 0
ORDER BY 1;
INSERT INTO action.survey_response (id, response_group_id, usr, survey, question, answer, answer_date, effective_date)
SELECT 1000 + row_number() OVER (ORDER BY g.k), 8000 + g.k, NULL, 1, 17, 65 + fixture_gen.n('sv1', g.k, 3), t.ts, t.ts
FROM generate_series(1, 40) g(k) JOIN LATERAL (SELECT pgen.at('sv1t', g.k, '2019-09-01 10:00-07', '2020-03-01 16:00-08') AS ts) t ON true ORDER BY g.k;

-- ---------------------------------------------------------------------------
-- Notices as Action/Trigger rendered them: emails with their headers, email-to-SMS messages, password-reset links, errors.

CREATE TABLE action_trigger.event_output (
    id          BIGSERIAL   PRIMARY KEY,
    create_time TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    is_error    BOOLEAN     NOT NULL DEFAULT FALSE,
    data        TEXT        NOT NULL,
    locale      TEXT
);
-- rfc2822: a Date header in Vancouver time.
CREATE FUNCTION pgen.rfc2822(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(t AT TIME ZONE 'America/Vancouver', 'Dy, DD Mon YYYY HH24:MI:SS ')
      || CASE WHEN (t AT TIME ZONE 'America/Vancouver') - (t AT TIME ZONE 'UTC') = interval '-7 hours' THEN '-0700' ELSE '-0800' END
$$;
CREATE TABLE pgen.ev (k int PRIMARY KEY, kind text, usr int, ts timestamptz, copy int, fr boolean, reset int);
INSERT INTO pgen.ev
SELECT g.k, CASE WHEN v < 30 THEN 'hold' WHEN v < 50 THEN 'overdue' WHEN v < 64 THEN 'predue' WHEN v < 72 THEN 'receipt' WHEN v < 81 THEN 'sms' WHEN v < 86 THEN 'expire'
    WHEN v < 90 THEN 'welcome' ELSE 'error' END,
  u.id, pgen.at('evts', g.k, '2023-01-05 00:00-08', '2024-11-14 16:00-08'), cp.id, u.locale = 'fr-CA', NULL
FROM generate_series(1, 600) g(k)
CROSS JOIN LATERAL (SELECT fixture_gen.n('evkind', g.k, 100) AS v) x
JOIN LATERAL (SELECT id, locale FROM actor.usr WHERE id > 36 AND NOT deleted AND email IS NOT NULL AND profile <> 104 ORDER BY md5('evusr' || g.k || id) LIMIT 1) u ON true
JOIN LATERAL (SELECT id FROM pgen.cp ORDER BY md5('evcp' || g.k || id) LIMIT 1) cp ON true;
-- Every password-reset request sent its link.
INSERT INTO pgen.ev SELECT 1000 + r.id, 'reset', r.usr, r.request_time + interval '4 seconds', NULL, u.locale = 'fr-CA', r.id
FROM actor.usr_password_reset r JOIN actor.usr u ON u.id = r.usr;
INSERT INTO action_trigger.event_output (id, create_time, is_error, data, locale)
SELECT row_number() OVER (ORDER BY e.ts, e.k), e.ts, e.kind = 'error',
  CASE e.kind
    WHEN 'sms' THEN
      'To: ' || coalesce(pgen.digits_only(coalesce(nullif(u.other_phone, ''), nullif(u.day_phone, ''))), '6048862130') || '@' || fixture_gen.pick(ARRAY['txt.bell.ca', 'msg.telus.com', 'pcs.rogers.com', 'fido.ca', 'msg.koodomobile.com', 'txt.freedommobile.ca'], 'evsmsgw', e.k) || E'\n'
      || 'From: noreply@cplf.bc.ca' || E'\n' || 'Date: ' || pgen.rfc2822(e.ts) || E'\n' || 'Subject: Hold Ready' || E'\n\n'
      || 'Hold ready for ' || coalesce(u.pref_first_given_name, u.first_given_name) || ' at ' || o.shortname || ': ' || b.title || ' (pick up by ' || pgen.ymd(e.ts + interval '7 days') || ')' || E'\n'
    WHEN 'error' THEN
      CASE WHEN e.k % 3 = 0 THEN 'Error sending email: 550 5.1.1 <' || regexp_replace(u.email, '@gmail\.com$', '@gmial.com') || '>: Recipient address rejected: User unknown in virtual mailbox table'
           WHEN e.k % 3 = 1 THEN 'Error processing template: undef error - Can''t call method "call_number" on an undefined value at /openils/lib/perl5/OpenILS/Application/Trigger/Reactor.pm line 224.'
           ELSE 'Error sending email: 452 4.2.2 <' || u.email || '>: Mailbox full' END
    ELSE
      'To: ' || u.email || E'\n' || 'From: ' || CASE WHEN e.kind IN ('reset', 'welcome') THEN 'noreply@cplf.bc.ca' ELSE o.email END || E'\n'
      || 'Date: ' || pgen.rfc2822(e.ts) || E'\n'
      || 'Subject: ' || CASE e.kind
           WHEN 'hold' THEN CASE WHEN e.fr THEN 'Document réservé disponible' ELSE 'Hold Available Notification' END
           WHEN 'overdue' THEN CASE WHEN e.fr THEN 'Avis de retard' ELSE 'Overdue Notification' END
           WHEN 'predue' THEN CASE WHEN e.fr THEN 'Avis de courtoisie' ELSE 'Courtesy Notice' END
           WHEN 'receipt' THEN 'Checkout Receipt' WHEN 'expire' THEN 'Your library card is about to expire'
           WHEN 'welcome' THEN 'Welcome to the Coast Public Libraries Federation / Bienvenue'
           ELSE 'Library account password reset request' END || E'\n'
      || 'Auto-Submitted: auto-generated' || E'\n\n'
      || CASE WHEN e.fr THEN 'Bonjour ' ELSE 'Dear ' END || coalesce(u.pref_first_given_name, u.first_given_name) || ' ' || coalesce(u.pref_family_name, u.family_name) || ',' || E'\n\n'
      || CASE e.kind
           WHEN 'hold' THEN CASE WHEN e.fr THEN 'Le document que vous avez réservé est disponible à :' ELSE 'The item(s) you requested are available for pickup from the Library.' END || E'\n\n'
             || '   Pickup Location: ' || o.name || E'\n' || '   Address: ' || oa.street1 || ', ' || oa.city || ', ' || oa.state || ' ' || oa.post_code || E'\n\n'
             || '   Title: ' || b.title || E'\n' || '   Author: ' || b.author || E'\n' || '   Hold Shelf Expires: ' || pgen.ymd(e.ts + interval '7 days') || E'\n'
           WHEN 'overdue' THEN CASE WHEN e.fr THEN 'Selon nos dossiers, les documents suivants sont en retard.' ELSE 'Our records indicate the following items are overdue.' END || E'\n\n'
             || '   Title: ' || b.title || E'\n' || '   Barcode: ' || c.barcode || E'\n' || '   Due: ' || pgen.ymd(e.ts - interval '7 days') || E'\n'
             || E'\n' || 'Your current balance is $' || to_char((fixture_gen.n('evbal', e.k, 1200)) / 100.0, 'FM990.00') || '. Pay online at https://catalogue.cplf.bc.ca/eg/opac/myopac/main' || E'\n'
           WHEN 'predue' THEN 'The following item is due in 3 days:' || E'\n\n' || '   Title: ' || b.title || E'\n' || '   Due: ' || pgen.ymd(e.ts + interval '3 days') || E'\n'
             || E'\n' || 'You can renew it in My Account or by calling ' || o.phone || '.' || E'\n'
           WHEN 'receipt' THEN 'You checked out the following items at ' || o.name || ':' || E'\n\n' || '   ' || b.title || ' / ' || b.author || E'\n' || '   Barcode: ' || c.barcode || '   Due: ' || pgen.ymd(e.ts + interval '21 days') || E'\n'
             || E'\n' || 'Library card: ' || repeat('*', 10) || right(cd.barcode, 4) || E'\n'
           WHEN 'expire' THEN 'Your library card ' || cd.barcode || ' expires on ' || pgen.ymd(u.expire_date) || '. Please visit ' || o.name || ' with photo ID and proof of your current address (' || coalesce(a.street1, '') || ', ' || coalesce(a.city, '') || ') to renew it.' || E'\n'
           WHEN 'welcome' THEN 'Thank you for registering. Your library card number is ' || cd.barcode || ' and your username is ' || u.usrname || '. Bring photo ID to ' || o.name || ' within 30 days to activate your card.' || E'\n'
           ELSE 'We have received a request to reset the password for your library account. If you did not request a password reset, please contact the library.' || E'\n\n'
             || 'Click on the following link to reset your password:' || E'\n\n' || 'https://catalogue.cplf.bc.ca/eg/opac/password_reset/' || r.uuid || E'\n\n'
             || 'This link is valid for 2 days.' || E'\n' END
      || E'\n' || o.name || E'\n' || o.phone || E'\n' END,
  CASE WHEN e.fr THEN 'fr-CA' ELSE 'en-US' END
FROM pgen.ev e JOIN actor.usr u ON u.id = e.usr
JOIN actor.org_unit o ON o.id = CASE WHEN u.home_ou = 1 THEN 16 ELSE u.home_ou END JOIN actor.org_address oa ON oa.id = o.mailing_address
LEFT JOIN actor.card cd ON cd.id = u.card LEFT JOIN actor.usr_address a ON a.id = u.mailing_address
LEFT JOIN asset.copy c ON c.id = e.copy LEFT JOIN pgen.cp pc ON pc.id = e.copy LEFT JOIN pgen.bk b ON b.k = pc.k
LEFT JOIN actor.usr_password_reset r ON r.id = e.reset
ORDER BY e.ts, e.k;

-- ---------------------------------------------------------------------------
-- The audit history of patron records: the row as it was before each update or delete (purged patrons' rows stay here).

CREATE TABLE auditor.actor_usr_history (
    audit_id        BIGINT      PRIMARY KEY,
    audit_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_action    TEXT        NOT NULL,
    audit_user      INT,
    audit_ws        INT,
    LIKE actor.usr
);
CREATE INDEX aud_actor_usr_hist_id_idx ON auditor.actor_usr_history (id);
CREATE TABLE pgen.alert_old (k int PRIMARY KEY, t text);
INSERT INTO pgen.alert_old VALUES
  (0, 'Needs new photo ID at next visit.'), (1, 'Owes $12.50 at SEC from old system - collect before checkout.'), (2, 'Mail returned. Verify address: was {ST}.'),
  (3, 'Do not release account info to {O}.'), (4, 'Card paid by the band office - no fees.'), (5, 'Banned until further notice - see manager. -{S}'),
  (6, 'Mother {G} must be present for DVD checkouts.'), (7, 'Vérifier l''adresse - courrier retourné.');
INSERT INTO auditor.actor_usr_history
SELECT row_number() OVER (ORDER BY v.at, v.i, v.n), v.at,
  CASE WHEN v.last_one AND p.purged THEN 'D' ELSE 'U' END,
  CASE WHEN fixture_gen.n('aua', v.i * 10 + v.n, 10) < 3 THEN v.i ELSE pgen.staff_at(CASE WHEN p.br = 1 THEN 6 ELSE p.br END, 'auau', v.i * 10 + v.n) END,
  CASE WHEN fixture_gen.n('aua', v.i * 10 + v.n, 10) < 3 THEN NULL ELSE pgen.ws_at(CASE WHEN p.br IN (1, 16) THEN 16 ELSE p.br END, 'auws', v.i * 10 + v.n) END,
  v.i, CASE WHEN p.kind IN ('admin', 'sip') OR NOT p.purged OR NOT v.last_one THEN v.i END,
  CASE WHEN p.kind = 'adult' AND v.juv THEN 101 ELSE p.profile END, p.usrname,
  CASE WHEN v.old_email THEN lower(pgen.fold(p.first) || '.' || pgen.fold(v.fam)) || '@' || fixture_gen.pick(ARRAY['shaw.ca', 'telus.net', 'hotmail.com', 'sympatico.ca'], 'auem', v.i) ELSE p.email END,
  md5('eg-legacy:' || v.i || ':' || CASE WHEN v.at < '2018-05-22' THEN fixture_gen.chars('pmd5old', v.i * 10 + v.n, 12) ELSE fixture_gen.chars('pmd5', v.i, 12) END),
  1, coalesce(p.ident_type, 3), p.ident_value, p.ident_type2, p.ident_value2,
  CASE WHEN p.kind IN ('staff', 'admin') THEN 3 WHEN v.juv THEN 2 ELSE 1 END,
  CASE WHEN p.kind = 'staff' AND p.i % 2 = 0 THEN 'https://intranet.cplf.bc.ca/staff/photos/' || p.usrname || '.jpg'
       WHEN p.kind IN ('adult', 'senior') AND fixture_gen.n('pphoto', p.i, 100) < 5 THEN 'https://evergreen.cplf.bc.ca/patron-photos/' || p.barcode || '.jpg' END,
  p.prefix, p.first, p.second, v.fam, p.suffix, CASE WHEN v.juv THEN p.guardian END,
  CASE WHEN v.at > '2020-11-04' AND p.pref_first IN ('Alex', 'Sam', 'River', 'Charlie', 'Robin') AND NOT v.juv THEN 'Mx.' END, CASE WHEN v.at > '2020-11-04' THEN p.pref_first END, NULL, CASE WHEN v.at > '2020-11-04' THEN p.pref_last END, NULL,
  CASE WHEN v.fam <> p.last THEN coalesce(p.kw || ' ', '') ELSE p.kw END,
  CASE WHEN v.at > '2020-11-04' THEN to_tsvector('simple', concat_ws(' ', p.prefix, p.first, p.second, v.fam, p.suffix, p.pref_first, p.kw)) END,
  p.alias, v.phone, p.evening_phone, p.other_phone,
  CASE WHEN p.street1 IS NOT NULL THEN v.i END, CASE WHEN p.street1 IS NOT NULL THEN v.i END,
  CASE WHEN p.br = 1 THEN 1 ELSE p.br END, p.dob, true, p.kind = 'admin', p.kind = 'admin', false, false, v.juv, v.i,
  0, 0.00,
  extract(epoch FROM v.at)::bigint || '.' || fixture_gen.digits('auxp', v.i * 10 + v.n, 5) || '.' || fixture_gen.digits('auxr', v.i * 10 + v.n, 11),
  CASE WHEN v.at < '2019-06-18' AND fixture_gen.n('aualert', v.i, 100) < 30 THEN pgen.fill(ao.t, v.i, v.i * 10 + v.n) END,
  p.created, least(p.expires, greatest(p.created + interval '2 years', v.at + interval '1 year')), 0,
  CASE WHEN v.n > 1 OR v.at > '2018-05-23' THEN v.at - make_interval(days => 30 + fixture_gen.n('aulut', v.i * 10 + v.n, 300)) END,
  CASE WHEN v.at > '2019-06-18' THEN p.locale END
FROM (
  SELECT p.i, n, t.at, n = t.cnt AS last_one,
    -- maiden names before a marriage, old ISP emails, old landlines, children's records before they turned 19
    CASE WHEN fixture_gen.n('aufam', p.i, 100) < 6 AND n = 1 THEN fixture_gen.pick(ARRAY['Thompson', 'Gill', 'Santos', 'Wong', 'Tremblay', 'Moore', 'Joe', 'Clark'], 'aufamv', p.i) ELSE p.last END AS fam,
    n = 1 AND fixture_gen.n('auoem', p.i, 100) < 35 AS old_email,
    CASE WHEN n = 1 AND fixture_gen.n('auoph', p.i, 100) < 30 THEN pgen.ph('auoph', p.i, fixture_gen.pick(b.exch, 'auophx', p.i)) ELSE p.day_phone END AS phone,
    p.kind = 'juv' OR (p.kind = 'adult' AND n = 1 AND coalesce(p.dob > date '2001-01-01', false)) AS juv
  FROM pgen.p p JOIN pgen.br b ON b.ou = CASE WHEN p.br IN (1, 16) THEN 12 ELSE p.br END
  CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('aucnt', p.i, 4) AS cnt) c
  CROSS JOIN generate_series(1, 4) n
  CROSS JOIN LATERAL (SELECT greatest(p.created, '2017-03-15 09:00-07') + make_interval(days => (n - 1) * 200) AS lo) l
  CROSS JOIN LATERAL (SELECT c.cnt, pgen.at('auat', p.i * 10 + n, l.lo, least(l.lo + interval '400 days', '2024-11-14 15:00-08')) AS at) t
  WHERE n <= c.cnt AND p.kind NOT IN ('sip') AND fixture_gen.n('au0', p.i, 100) < 70 AND t.at < '2024-11-14 15:00-08'
) v
JOIN pgen.p p ON p.i = v.i
JOIN pgen.alert_old ao ON ao.k = fixture_gen.n('aualt', v.i, 8)
ORDER BY 1;
-- Purged patrons: the delete is the last entry.
UPDATE auditor.actor_usr_history h SET audit_time = u.last_update_time FROM actor.usr u
WHERE u.id = h.id AND u.deleted AND h.audit_action = 'D' AND u.last_update_time IS NOT NULL AND u.last_update_time > h.audit_time;

-- ---------------------------------------------------------------------------
-- Acquisitions: vendors, their contacts, purchase orders, line items (MARCXML order records with 970 holdings).

CREATE TABLE acq.provider (
    id                  SERIAL  PRIMARY KEY,
    name                TEXT    NOT NULL,
    owner               INT     NOT NULL,
    currency_type       TEXT    NOT NULL,
    code                TEXT    NOT NULL,
    holding_tag         TEXT,
    san                 TEXT,
    edi_default         INT,
    active              BOOL    NOT NULL DEFAULT TRUE,
    prepayment_required BOOL    NOT NULL DEFAULT FALSE,
    url                 TEXT,
    email               TEXT,
    phone               TEXT,
    fax_phone           TEXT,
    default_copy_count  INT     NOT NULL DEFAULT 0,
    default_claim_policy INT,
    CONSTRAINT provider_code_once_per_owner UNIQUE (code, owner)
);
INSERT INTO acq.provider VALUES
  (1, 'Library Bound Inc.', 1, 'CAD', 'LBI', '970', '1170284', NULL, true, false, 'https://www.librarybound.com', 'orders@librarybound.com', '1-800-363-4728', '519-885-2662', 1, 1),
  (2, 'Baker & Taylor', 1, 'USD', 'BT', '970', '1556150', NULL, true, false, 'https://www.baker-taylor.com', 'btinfo@baker-taylor.com', '1-800-775-1800', '704-998-3316', 1, 1),
  (3, 'Amazon.ca', 1, 'CAD', 'AMZ', '970', NULL, NULL, true, true, 'https://www.amazon.ca', NULL, NULL, NULL, 1, NULL),
  (4, 'Librairie Renaud-Bray (service aux collectivités)', 4, 'CAD', 'RBR', '970', '1069281', NULL, true, false, 'https://www.renaud-bray.com', 'collectivites@renaud-bray.com', '514-276-7651', NULL, 1, 1),
  (5, 'Strong Nations Publishing', 1, 'CAD', 'SNP', '970', NULL, NULL, true, false, 'https://www.strongnations.com', 'orders@strongnations.com', '250-758-4287', NULL, 1, NULL),
  (6, 'Harjinder Singh Toor Books & Media', 3, 'CAD', 'TOOR', '970', NULL, NULL, true, true, NULL, 'hstoorbooks@gmail.com', '604-572-8813', NULL, 1, NULL),
  (7, 'Hua Xia Books (Richmond)', 4, 'CAD', 'HUAX', '970', NULL, NULL, true, false, NULL, 'library@huaxiabooks.ca', '604-270-5588', '604-270-5589', 1, NULL),
  (8, 'Midwest Tape', 1, 'USD', 'MWT', '970', '1584162', NULL, true, false, 'https://www.midwesttapes.com', 'info@midwesttapes.com', '1-800-875-2785', '1-800-444-6645', 1, 1),
  (9, 'Raincoast Books', 1, 'CAD', 'RAIN', '970', NULL, NULL, false, false, 'https://www.raincoast.com', 'customerservice@raincoast.com', '604-448-7100', NULL, 1, NULL);

CREATE TABLE acq.provider_contact (
    id          SERIAL  PRIMARY KEY,
    provider    INT     NOT NULL,
    name        TEXT    NOT NULL,
    role        TEXT,
    email       TEXT,
    phone       TEXT
);
INSERT INTO acq.provider_contact VALUES
  (1, 1, 'Shannon MacLeod', 'Account Manager, Western Canada', 'smacleod@librarybound.com', '1-800-363-4728 ext 231'),
  (2, 1, 'Derek Kowalchuk', 'Collection Development Librarian', 'dkowalchuk@librarybound.com', '519-885-3233 ext 244'),
  (3, 1, 'Customer Service', NULL, 'cs@librarybound.com', '1-800-363-4728'),
  (4, 2, 'Melissa Ortega', 'Sales Representative', 'melissa.ortega@baker-taylor.com', '704-998-3100'),
  (5, 4, 'Véronique Charbonneau', 'Représentante, collectivités', 'vcharbonneau@renaud-bray.com', '514-276-7651 poste 3304'),
  (6, 4, 'Patrick Lemieux', 'Facturation', 'facturation.collectivites@renaud-bray.com', '514-276-7651 poste 3310'),
  (7, 5, 'Terri Mack', 'Owner', 'terri@strongnations.com', '250-758-4287'),
  (8, 5, 'Orders desk', NULL, 'orders@strongnations.com', NULL),
  (9, 6, 'Harjinder Singh Toor', 'Owner', 'hstoorbooks@gmail.com', '604-572-8813'),
  (10, 6, 'Manjit Kaur Toor', 'Invoices', 'manjit.toor@gmail.com', '778-565-2291'),
  (11, 7, 'Kelvin Ho', 'Library sales', 'kelvin.ho@huaxiabooks.ca', '604-270-5588 ext 12'),
  (12, 7, 'Amy Zhang', 'Cataloguing services', 'amy.zhang@huaxiabooks.ca', '604-270-5588 ext 15'),
  (13, 8, 'Jessica Blum', 'Library Account Representative', 'jblum@midwesttapes.com', '1-800-875-2785 ext 4418'),
  (14, 9, 'Brian Fong', 'Library sales (former)', 'bfong@raincoast.com', '604-448-7100 ext 221');

CREATE TABLE acq.purchase_order (
    id                  SERIAL  PRIMARY KEY,
    owner               INT     NOT NULL,
    creator             INT     NOT NULL,
    editor              INT     NOT NULL,
    ordering_agency     INT     NOT NULL,
    create_time         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    edit_time           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    provider            INT     NOT NULL,
    state               TEXT    NOT NULL DEFAULT 'new',
    order_date          TIMESTAMP WITH TIME ZONE,
    name                TEXT    NOT NULL,
    cancel_reason       INT,
    prepayment_required BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT valid_po_state CHECK (state IN ('new', 'pending', 'on-order', 'received', 'cancelled'))
);
INSERT INTO acq.purchase_order
SELECT g.k, s.i, s.i, s.i, 16, t.ts, t.ts + make_interval(days => fixture_gen.n('poe', g.k, 60)),
  pv.id,
  CASE WHEN t.ts > '2024-10-15' THEN 'pending' WHEN t.ts > '2024-08-01' THEN 'on-order' WHEN g.k % 17 = 0 THEN 'cancelled' ELSE 'received' END,
  CASE WHEN t.ts <= '2024-10-15' THEN t.ts + interval '1 day' END,
  pv.code || '-' || to_char(t.ts AT TIME ZONE 'America/Vancouver', 'YYYY-MM') || '-' || CASE pv.id WHEN 4 THEN 'Français' WHEN 5 THEN 'Indigenous collection' WHEN 6 THEN 'Punjabi' WHEN 7 THEN 'Chinese'
    WHEN 8 THEN 'AV' ELSE (ARRAY['Adult fiction', 'Junior', 'Non-fiction', 'Standing order'])[1 + fixture_gen.n('pon', g.k, 4)] END,
  CASE WHEN g.k % 17 = 0 THEN 1 END, pv.prepayment_required
FROM generate_series(1, 42) g(k)
JOIN LATERAL (SELECT pgen.at('pots', g.k, '2023-01-09 09:00-08', '2024-11-12 16:00-08') AS ts) t ON true
JOIN acq.provider pv ON pv.id = (ARRAY[1, 1, 1, 1, 2, 2, 3, 4, 4, 5, 6, 7, 8, 8])[1 + fixture_gen.n('pop', g.k, 14)]
JOIN LATERAL (SELECT i FROM pgen.p WHERE kind = 'staff' AND profile IN (6, 7, 12) ORDER BY md5('pos' || g.k || i) LIMIT 1) s ON true
ORDER BY g.k;
UPDATE acq.purchase_order SET edit_time = create_time WHERE edit_time > '2024-11-14';

CREATE TABLE acq.lineitem (
    id                  BIGSERIAL   PRIMARY KEY,
    creator             INT         NOT NULL,
    editor              INT         NOT NULL,
    selector            INT         NOT NULL,
    provider            INT,
    purchase_order      INT,
    picklist            INT,
    expected_recv_time  TIMESTAMP WITH TIME ZONE,
    create_time         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    edit_time           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    marc                TEXT        NOT NULL,
    eg_bib_id           BIGINT,
    source_label        TEXT,
    state               TEXT        NOT NULL DEFAULT 'new',
    cancel_reason       INT,
    estimated_unit_price NUMERIC,
    claim_policy        INT,
    queued_record       BIGINT
);
CREATE INDEX li_po_idx ON acq.lineitem (purchase_order);
INSERT INTO acq.lineitem
SELECT row_number() OVER (ORDER BY po.id, n), po.creator, po.editor, sel.i, po.provider, po.id, NULL,
  CASE WHEN po.state IN ('on-order', 'pending') THEN po.create_time + interval '30 days' END,
  po.create_time, po.edit_time,
  pgen.marc(b, NULL, (SELECT code FROM acq.provider WHERE id = po.provider) || lpad((po.id * 10 + n)::text, 6, '0'), 'vendor', po.create_time, r.isbn,
    pgen.df('970', ' ', ' ', ARRAY['a', '1', 'b', CASE po.provider WHEN 4 THEN 'FRAN' WHEN 5 THEN 'INDIG' WHEN 6 THEN 'PUNJ' WHEN 7 THEN 'CHIN' WHEN 8 THEN 'AV'
      ELSE (ARRAY['ADFIC', 'JUV', 'ADNF', 'STAND'])[1 + fixture_gen.n('pon', po.id, 4)] END || '-' || to_char(po.create_time AT TIME ZONE 'America/Vancouver', 'YYYY'),
      'c', (SELECT shortname FROM actor.org_unit WHERE id = (ARRAY[6, 7, 9, 11, 12, 13, 14, 15])[1 + fixture_gen.n('lilib', po.id * 100 + n, 8)]), 'p', to_char(18 + (r.id % 20), 'FM990.00')])),
  CASE WHEN po.state = 'received' THEN r.id END,
  CASE WHEN po.provider = 1 THEN 'LBI cart ' || to_char(po.create_time AT TIME ZONE 'America/Vancouver', 'YYYY-MM-DD') WHEN po.provider = 4 THEN 'Panier Renaud-Bray' ELSE 'Order upload' END,
  CASE po.state WHEN 'received' THEN 'received' WHEN 'on-order' THEN 'on-order' WHEN 'pending' THEN 'order-ready' ELSE 'cancelled' END,
  CASE WHEN po.state = 'cancelled' THEN 1 WHEN po.state = 'on-order' AND n = 1 AND po.id % 5 = 0 THEN 1283 END,
  18 + (r.id % 20) + 0.99, NULL,
  NULL
FROM acq.purchase_order po
CROSS JOIN generate_series(1, 8) n
JOIN LATERAL (SELECT r.id, r.k, r.isbn FROM pgen.rec r JOIN pgen.bk b ON b.k = r.k
              WHERE CASE WHEN po.provider = 4 THEN b.lang = 'fre' WHEN po.provider = 6 THEN b.lang = 'pan' WHEN po.provider = 7 THEN b.lang = 'chi' WHEN po.provider = 8 THEN b.typ IN ('g', 'i')
                         WHEN po.provider = 5 THEN b.k IN (7, 8, 9, 10, 12, 13, 14, 15, 31, 42, 43, 48, 49, 87, 88, 89) ELSE b.lang = 'eng' AND b.typ = 'a' END
              ORDER BY md5('lirec' || po.id || '-' || n || '-' || r.id) LIMIT 1) r ON true
JOIN pgen.bk b ON b.k = r.k
JOIN LATERAL (SELECT i FROM pgen.p WHERE kind = 'staff' ORDER BY md5('lisel' || po.id || i) LIMIT 1) sel ON true
WHERE n <= 3 + fixture_gen.n('lin', po.id, 6)
ORDER BY po.id, n;

-- ---------------------------------------------------------------------------
-- MARC import queues (vendor and OCLC record loads), with what each record was imported as or why it was not.

CREATE TABLE vandelay.queued_bib_record (
    id              BIGSERIAL   PRIMARY KEY,
    create_time     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    import_time     TIMESTAMP WITH TIME ZONE,
    purpose         TEXT        NOT NULL DEFAULT 'import' CHECK (purpose IN ('import', 'overlay')),
    marc            TEXT        NOT NULL,
    quality         INT         NOT NULL DEFAULT 0,
    queue           INT         NOT NULL,
    bib_source      INT,
    imported_as     BIGINT,
    import_error    TEXT,
    error_detail    TEXT
);
INSERT INTO vandelay.queued_bib_record
SELECT g.k, t.ts,
  CASE WHEN x.v < 80 THEN t.ts + make_interval(mins => 3 + fixture_gen.n('vqit', g.k, 50)) END,
  CASE WHEN g.k % 7 = 0 THEN 'overlay' ELSE 'import' END,
  pgen.marc(b, NULL, r.tcn, CASE WHEN r.tcn LIKE 'o%' THEN 'OCLC' ELSE 'vendor' END, t.ts, r.isbn,
    pgen.df('949', ' ', ' ', ARRAY['a', b.cn, 'b', 'TBD', 'c', (ARRAY['GIB', 'SEC', 'TER', 'KIT', 'MAI', 'VIF', 'SQU', 'PEM'])[1 + fixture_gen.n('vq949', g.k, 8)]])),
  CASE WHEN r.tcn LIKE 'o%' THEN 80 + g.k % 15 ELSE 40 + g.k % 20 END,
  1 + g.k / 20, CASE WHEN r.tcn LIKE 'o%' THEN 1 ELSE 2 END,
  CASE WHEN x.v < 80 THEN r.id END,
  CASE WHEN x.v BETWEEN 80 AND 89 THEN 'import.duplicate.tcn' WHEN x.v BETWEEN 90 AND 94 THEN 'overlay.missing.sysid' WHEN x.v >= 95 THEN 'import.xml.malformed' END,
  CASE WHEN x.v BETWEEN 80 AND 89 THEN 'tcn value exists (' || r.tcn || ')' WHEN x.v BETWEEN 90 AND 94 THEN 'No 901c field found' WHEN x.v >= 95 THEN 'parser error : Input is not proper UTF-8, indicate encoding ! Bytes: 0xE9 0x65 0x73 0x20' END
FROM generate_series(1, 130) g(k)
CROSS JOIN LATERAL (SELECT fixture_gen.n('vqst', g.k, 100) AS v) x
JOIN LATERAL (SELECT pgen.at('vqts', g.k, '2022-01-10 09:00-08', '2024-11-12 16:00-08') AS ts) t ON true
JOIN LATERAL (SELECT id, k, tcn, isbn FROM pgen.rec ORDER BY md5('vqrec' || g.k || id) LIMIT 1) r ON true
JOIN pgen.bk b ON b.k = r.k
ORDER BY g.k;
UPDATE acq.lineitem l SET queued_record = q.id FROM vandelay.queued_bib_record q WHERE q.imported_as = l.eg_bib_id AND q.id = (SELECT min(id) FROM vandelay.queued_bib_record WHERE imported_as = l.eg_bib_id) AND l.id % 3 = 0;

-- ---------------------------------------------------------------------------
SELECT fixture_gen.reset_sequences(n) FROM unnest(ARRAY['actor', 'asset', 'biblio', 'money', 'action', 'action_trigger', 'config', 'permission', 'auditor', 'acq', 'vandelay']) n;
SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
