-- classify-eval fixture (HOLDOUT 68: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- HumHub 1.16 intranet (the open-source enterprise social network, PHP on
-- Yii2) with its MySQL schema ported to PostgreSQL in the naming its
-- migrations create: singular snake_case tables without a prefix (user,
-- profile, space, content, post, comment, file, setting, log, queue ...)
-- and those of the modules the intranet runs (mail: message, message_entry,
-- user_message; calendar: calendar_entry and its participants; wiki:
-- wiki_page and wiki_page_revision; polls; tasks; cfiles; custom_pages;
-- reportcontent), a subset of them (no migration, module_enabled,
-- user_friendship, content_tag_relation or url_oembed). Types follow the migrations as ported: serial keys,
-- MySQL datetime as timestamp, tinyint flags as smallint, longblob as
-- bytea, HumHub's JSON kept as text, log_time a double as in Yii's log
-- table, guids as varchar(45).
--
-- The data is "GHSR Connect", the intranet of the Groupe Hospitalier
-- Saône-Rhône, a hospital group in Lyon with three sites (Fourvière,
-- Gerland, Tonkin in Villeurbanne) and its head office at the Part-Dieu:
-- 330 staff of many origins (French, Moroccan, Algerian, Portuguese,
-- Italian, Spanish, Romanian, Senegalese, Cameroonian, Lebanese,
-- Vietnamese, German, Polish, Malagasy and British), most of them synced
-- from the group's Active Directory (auth_mode ldap, the AD objectGUID in
-- authclient_id), some local accounts and a few who sign in through the
-- group's Keycloak. Profiles carry work and private phones, home addresses
-- in and around Lyon, birthdays, bios, social links and four custom
-- profile fields the group added (department, site, matricule = the
-- personnel number from the HR system, languages spoken, kept so that
-- colleagues can find an interpreter); spaces are the departments, the
-- works council, projects and clubs; posts and comments are mostly service
-- notices, some naming colleagues (HumHub's mention markup) and patients
-- with their room numbers, phone numbers and emails; private conversations
-- swap shifts, send sick notes and an IBAN; invitations of temporary and
-- external staff; files whose names carry people's names; the Yii log with
-- the IP, user id and session id prefix and mail and LDAP errors naming
-- people; the global settings with the SMTP password, the LDAP bind
-- password, the proxy password, the Keycloak client secret and the REST
-- module's JWT key; per-user settings holding password recovery tokens;
-- PHP sessions in user_http_session; the yii2-queue jobs; live events whose
-- notification text names the originator; wiki pages listing on-call
-- numbers; calendar entries, tasks and polls. Group, space, topic, folder
-- and profile-field definitions hold nothing personal.
--
-- Not checked: this is written from memory of the published migrations of
-- HumHub 1.15/1.16 and of the module versions of 2024, not from a dump.
-- Column order, lengths, defaults and some columns may differ from a real
-- installation: content.state, scheduled_at and hidden came in 1.14-1.16
-- and may not all be there; user.last_activity_email and the space hide_*
-- flags are as remembered; calendar_entry.location, the custom_pages_page
-- and report_content columns and the cfiles columns are the least certain;
-- the profile columns are those of the default profile fields of a 1.x
-- install plus the four custom ones (a real installation adds a column to
-- profile for every custom field). The setting table has no
-- contentcontainer_id: 1.x keeps the settings of users and spaces in
-- contentcontainer_setting. The file flags after hash_sha1 (sort_order,
-- state, category) and user_password's "bcrypt" algorithm beside the older
-- "sha512whirlpool" are as remembered, not checked; some setting names of
-- the modules may differ. The Yii log prefix is Yii's default
-- "[ip][userID][sessionID]". The serialized PHP in queue.job,
-- live.serialized_data and user_http_session.data imitates PHP's format
-- without being byte-exact. Loaded after ../helpers.sql; labels in
-- labels.tsv.

CREATE SCHEMA pgen;

CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(translate(lower(s), 'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşșțúùûüýźżžđœ', 'aaaaaaaaccceeeeeegiiiiilnnoooooorsssstuuuuyzzzdo'), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking characters of an alphabet; lower: lower-case alphanumerics.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.lower(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- at: a time between two instants, as a timestamp (HumHub keeps datetimes without a zone).
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- French phone numbers: a mobile, a Lyon landline, a hospital line.
CREATE FUNCTION pgen.fr_mobile(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 3)
    WHEN 0 THEN '0' || (6 + fixture_gen.n(tag, i, 2)) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) || ' ' || fixture_gen.digits(tag || 'd', i, 2)
    WHEN 1 THEN '+33 ' || (6 + fixture_gen.n(tag, i, 2)) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2) || ' ' || fixture_gen.digits(tag || 'd', i, 2)
    ELSE '0' || (6 + fixture_gen.n(tag, i, 2)) || fixture_gen.digits(tag || 'a', i, 8) END
$$;
CREATE FUNCTION pgen.fr_land(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '04 ' || fixture_gen.pick(ARRAY['78', '72', '37', '26', '81'], tag, i) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2) || ' ' || fixture_gen.digits(tag || 'c', i, 2)
$$;
CREATE FUNCTION pgen.hosp(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '04 72 ' || fixture_gen.pick(ARRAY['11', '16', '43'], tag, i) || ' ' || fixture_gen.digits(tag || 'a', i, 2) || ' ' || fixture_gen.digits(tag || 'b', i, 2)
$$;

-- Cultures: the first four first names are women's, the last four men's.
CREATE TABLE pgen.cu (c text PRIMARY KEY, cc text, firsts text[], lasts text[], lang text, skype_style int);
INSERT INTO pgen.cu VALUES
 ('fr', 'FR', ARRAY['Camille', 'Léa', 'Manon', 'Élodie', 'Julien', 'Mathieu', 'Thomas', 'Nicolas'], ARRAY['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Roux', 'Chevalier'], 'Français', 0),
 ('f2', 'FR', ARRAY['Sandrine', 'Nathalie', 'Amélie', 'Clémence', 'Antoine', 'Guillaume', 'Baptiste', 'Pierre-Yves'], ARRAY['Perrin', 'Fournier', 'Mercier', 'Blanc', 'Guérin', 'Faure', 'Rousseau', 'Lambert'], 'Français', 1),
 ('ma', 'FR', ARRAY['Salma', 'Imane', 'Khadija', 'Meryem', 'Youssef', 'Mehdi', 'Hamza', 'Anas'], ARRAY['El Amrani', 'Benjelloun', 'Alaoui', 'Bennani', 'Tazi', 'El Idrissi', 'Chraibi', 'Berrada'], 'Français, Arabe', 0),
 ('dz', 'FR', ARRAY['Amina', 'Nesrine', 'Yasmine', 'Lydia', 'Karim', 'Sofiane', 'Rachid', 'Walid'], ARRAY['Benali', 'Haddad', 'Boudiaf', 'Meziane', 'Cherif', 'Saïdi', 'Belkacem', 'Hamidi'], 'Français, Arabe, Kabyle', 1),
 ('pt', 'PT', ARRAY['Inês', 'Beatriz', 'Mariana', 'Catarina', 'João', 'Tiago', 'Rui', 'Duarte'], ARRAY['Silva', 'Ferreira', 'Pereira', 'Costa', 'Oliveira', 'Rodrigues', 'Martins', 'Sousa'], 'Français, Portugais', 0),
 ('it', 'IT', ARRAY['Giulia', 'Chiara', 'Francesca', 'Sara', 'Marco', 'Luca', 'Matteo', 'Alessandro'], ARRAY['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'], 'Italien, Français, Anglais', 1),
 ('es', 'ES', ARRAY['Lucía', 'Carmen', 'Paula', 'Alba', 'Javier', 'Diego', 'Sergio', 'Álvaro'], ARRAY['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Torres'], 'Espagnol, Français', 0),
 ('ro', 'RO', ARRAY['Ioana', 'Andreea', 'Elena', 'Maria', 'Andrei', 'Mihai', 'Alexandru', 'Ștefan'], ARRAY['Popescu', 'Ionescu', 'Popa', 'Constantin', 'Dumitru', 'Stan', 'Stoica', 'Munteanu'], 'Roumain, Français, Anglais', 1),
 ('sn', 'SN', ARRAY['Aïssatou', 'Fatou', 'Mariama', 'Awa', 'Mamadou', 'Ousmane', 'Cheikh', 'Ibrahima'], ARRAY['Diop', 'Ndiaye', 'Fall', 'Sow', 'Diallo', 'Sarr', 'Gueye', 'Ba'], 'Français, Wolof', 0),
 ('cm', 'CM', ARRAY['Nadège', 'Brigitte', 'Sandrine', 'Carine', 'Serge', 'Hervé', 'Arnaud', 'Franck'], ARRAY['Mbarga', 'Nkoulou', 'Essomba', 'Fotso', 'Tchoumi', 'Nguema', 'Ateba', 'Kamga'], 'Français, Anglais, Ewondo', 1),
 ('lb', 'LB', ARRAY['Rania', 'Nour', 'Maya', 'Lara', 'Elie', 'Georges', 'Fadi', 'Karim'], ARRAY['Khoury', 'Nassar', 'Saab', 'Aoun', 'Karam', 'Sfeir', 'Abi Nader', 'Haddad'], 'Arabe, Français, Anglais', 0),
 ('vn', 'VN', ARRAY['Linh', 'Thu', 'Mai', 'Hoa', 'Minh', 'Tuan', 'Duc', 'Long'], ARRAY['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'], 'Vietnamien, Français', 1),
 ('de', 'DE', ARRAY['Lena', 'Marie', 'Sophie', 'Hannah', 'Jonas', 'Felix', 'Lukas', 'Maximilian'], ARRAY['Müller', 'Schmidt', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter'], 'Allemand, Français, Anglais', 0),
 ('pl', 'PL', ARRAY['Joanna', 'Magdalena', 'Zofia', 'Agnieszka', 'Paweł', 'Krzysztof', 'Michał', 'Łukasz'], ARRAY['Nowak', 'Wójcik', 'Kaczmarek', 'Mazur', 'Krawczyk', 'Zając', 'Król', 'Wróbel'], 'Polonais, Français', 1),
 ('mg', 'MG', ARRAY['Fanja', 'Voahangy', 'Hanta', 'Lalao', 'Hery', 'Rija', 'Fidy', 'Mamy'], ARRAY['Rakotomalala', 'Randrianarisoa', 'Rasoanaivo', 'Andriamanana', 'Rabemananjara', 'Razafindrakoto', 'Ravelojaona', 'Rakotondrabe'], 'Malgache, Français', 0),
 ('gb', 'GB', ARRAY['Amelia', 'Isla', 'Freya', 'Poppy', 'Oliver', 'Harry', 'George', 'Arthur'], ARRAY['Taylor', 'Hughes', 'Evans', 'Wright', 'Clarke', 'Walker', 'Roberts', 'Hall'], 'Anglais, Français', 1);

-- Lyon-area towns with their postcodes.
CREATE TABLE pgen.town (k int PRIMARY KEY, zip text, city text);
INSERT INTO pgen.town VALUES
 (0, '69001', 'Lyon'), (1, '69002', 'Lyon'), (2, '69003', 'Lyon'), (3, '69004', 'Lyon'), (4, '69005', 'Lyon'), (5, '69006', 'Lyon'), (6, '69007', 'Lyon'),
 (7, '69008', 'Lyon'), (8, '69009', 'Lyon'), (9, '69100', 'Villeurbanne'), (10, '69300', 'Caluire-et-Cuire'), (11, '69200', 'Vénissieux'), (12, '69500', 'Bron'),
 (13, '69130', 'Écully'), (14, '69600', 'Oullins-Pierre-Bénite'), (15, '69800', 'Saint-Priest'), (16, '69120', 'Vaulx-en-Velin'), (17, '69160', 'Tassin-la-Demi-Lune'),
 (18, '69110', 'Sainte-Foy-lès-Lyon'), (19, '69150', 'Décines-Charpieu'), (20, '38200', 'Vienne'), (21, '38300', 'Bourgoin-Jallieu'), (22, '01700', 'Miribel'), (23, '69100', 'Villeurbanne');

-- People: 1-330 the staff (user ids), 501-560 invitees, 801-940 patients named in texts.
CREATE TABLE pgen.p (i int PRIMARY KEY, c text, cc text, fem boolean, first text, last text, full_name text, username text, email text,
  mobile text, work text, home text, street text, zip text, city text, birthday date, job text, dept text, site text, lang text, guid text);
INSERT INTO pgen.p (i, c, cc, fem, first, last, lang)
SELECT i, cu.c, cu.cc, f < 4, cu.firsts[1 + f], cu.lasts[1 + fixture_gen.n('pl', i, 8)], cu.lang
FROM generate_series(1, 940) i
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['fr', 'fr', 'fr', 'f2', 'f2', 'f2', 'fr', 'f2', 'ma', 'ma', 'dz', 'dz', 'pt', 'it', 'es', 'ro', 'sn', 'cm', 'lb', 'vn', 'de', 'pl', 'mg', 'gb'], 'pc', i) AS c,
                          fixture_gen.n('pfi', i, 8) AS f) x
JOIN pgen.cu cu ON cu.c = x.c
WHERE i <= 330 OR i BETWEEN 501 AND 560 OR i BETWEEN 801 AND 940;

UPDATE pgen.p SET full_name = first || ' ' || last,
  guid = fixture_gen.uuid('ug', i),
  mobile = CASE WHEN c IN ('fr', 'f2', 'ma', 'dz') OR fixture_gen.n('mobx', i, 5) > 0 THEN pgen.fr_mobile('mob', i)
           WHEN cc = 'PT' THEN '+351 9' || fixture_gen.digits('mob', i, 2) || ' ' || fixture_gen.digits('moa', i, 3) || ' ' || fixture_gen.digits('mob2', i, 3)
           WHEN cc = 'IT' THEN '+39 3' || fixture_gen.digits('mob', i, 2) || ' ' || fixture_gen.digits('moa', i, 3) || ' ' || fixture_gen.digits('mob2', i, 4)
           WHEN cc = 'DE' THEN '+49 15' || fixture_gen.digits('mob', i, 1) || ' ' || fixture_gen.digits('moa', i, 8)
           WHEN cc = 'GB' THEN '+44 7' || fixture_gen.digits('mob', i, 3) || ' ' || fixture_gen.digits('moa', i, 6)
           WHEN cc = 'SN' THEN '+221 77 ' || fixture_gen.digits('mob', i, 3) || ' ' || fixture_gen.digits('moa', i, 2) || ' ' || fixture_gen.digits('mob2', i, 2)
           WHEN cc = 'RO' THEN '+40 7' || fixture_gen.digits('mob', i, 2) || ' ' || fixture_gen.digits('moa', i, 3) || ' ' || fixture_gen.digits('mob2', i, 3)
           ELSE pgen.fr_mobile('mob', i) END,
  work = pgen.hosp('wrk', i),
  home = pgen.fr_land('hom', i),
  street = CASE WHEN i % 7 = 3 THEN 'Bât. ' || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D'], 'bat', i) || ', apt ' || (1 + fixture_gen.n('apt', i, 60)) || ', ' ELSE '' END
        || (1 + fixture_gen.n('sno', i, 140)) || CASE WHEN i % 11 = 0 THEN ' bis' ELSE '' END || ' '
        || fixture_gen.pick(ARRAY['rue Paul Bert', 'cours Gambetta', 'avenue Jean Jaurès', 'rue de la République', 'montée de la Grande-Côte', 'rue Garibaldi', 'cours Émile Zola',
             'avenue Berthelot', 'rue Marietton', 'chemin de Montauban', 'rue Anatole France', 'boulevard des Belges', 'quai Saint-Vincent', 'rue Duguesclin', 'avenue Félix Faure',
             'rue Professeur Beauvisage', 'rue du Bourbonnais', 'avenue Franklin Roosevelt', 'rue Victor Hugo', 'place Jules Grandclément', 'rue de Créqui', 'grande rue de la Guillotière'], 'str', i),
  birthday = date '1961-01-01' + fixture_gen.n('bday', i, 365 * 40),
  job = split_part(fixture_gen.pick(ARRAY['Infirmier diplômé d''État|Infirmière diplômée d''État', 'Infirmier de bloc opératoire (IBODE)|Infirmière de bloc opératoire (IBODE)',
          'Aide-soignant|Aide-soignante', 'Aide-soignant de nuit|Aide-soignante de nuit', 'Praticien hospitalier – Cardiologie|Praticienne hospitalière – Cardiologie',
          'Praticien hospitalier – Pédiatrie|Praticienne hospitalière – Pédiatrie', 'Interne en médecine générale|Interne en médecine générale', 'Cadre de santé|Cadre de santé',
          'Maïeuticien|Sage-femme', 'Masseur-kinésithérapeute|Masseuse-kinésithérapeute', 'Pharmacien|Pharmacienne', 'Préparateur en pharmacie|Préparatrice en pharmacie',
          'Technicien de laboratoire|Technicienne de laboratoire', 'Manipulateur en électroradiologie|Manipulatrice en électroradiologie', 'Ingénieur biomédical|Ingénieure biomédicale',
          'Technicien informatique|Technicienne informatique', 'Assistant médico-administratif|Assistante médico-administrative', 'Agent de service hospitalier|Agente de service hospitalier',
          'Brancardier|Brancardière', 'Chargé de recrutement|Chargée de recrutement', 'Responsable qualité et gestion des risques|Responsable qualité et gestion des risques',
          'Diététicien|Diététicienne', 'Psychologue clinicien|Psychologue clinicienne', 'Chef de clinique|Cheffe de clinique', 'Attaché de recherche clinique|Attachée de recherche clinique',
          'Infirmier anesthésiste (IADE)|Infirmière anesthésiste (IADE)', 'Médecin urgentiste|Médecin urgentiste', 'Gestionnaire paie|Gestionnaire paie', 'Chef de projet DPI|Cheffe de projet DPI',
          'Ergothérapeute|Ergothérapeute'], 'job', i), '|', CASE WHEN fem THEN 2 ELSE 1 END),
  dept = fixture_gen.pick(ARRAY['Cardiologie', 'Urgences', 'Pédiatrie', 'Bloc opératoire', 'Pharmacie', 'Laboratoire de biologie', 'Imagerie médicale', 'DSI', 'Biomédical',
          'Ressources humaines', 'Qualité', 'Maternité', 'Gériatrie', 'Logistique', 'Direction des soins', 'Réanimation', 'Oncologie', 'Recherche clinique'], 'dept', i),
  site = fixture_gen.pick(ARRAY['Site Fourvière', 'Site Fourvière', 'Site Gerland', 'Site Gerland', 'Site Tonkin (Villeurbanne)', 'Siège – Part-Dieu'], 'site', i);
UPDATE pgen.p p SET zip = t.zip, city = t.city FROM pgen.town t WHERE t.k = fixture_gen.n('town', p.i, 24);
-- AD logins: first letter and surname, some with a dot; staff mail: prenom.nom@ghsr-lyon.fr.
UPDATE pgen.p SET username = CASE WHEN i % 3 = 0 THEN substr(pgen.fold(first), 1, 1) || '.' || pgen.fold(last) ELSE substr(pgen.fold(first), 1, 1) || pgen.fold(last) END,
  email = CASE WHEN i <= 330 THEN pgen.fold(first) || '.' || pgen.fold(last) || '@ghsr-lyon.fr'
    ELSE CASE fixture_gen.n('iem', i, 3) WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 1 THEN pgen.fold(last) || substr(pgen.fold(first), 1, 1) || (i % 90) ELSE pgen.fold(first) || pgen.fold(last) || (1970 + i % 40) END
      || '@' || fixture_gen.pick(ARRAY['gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net', 'yahoo.fr', 'sfr.fr', 'icloud.com', 'outlook.fr'], 'idom', i) END;
UPDATE pgen.p p SET username = p.username || d.rn
FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) - 1 AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 0;
UPDATE pgen.p p SET email = replace(p.email, '@', d.rn || '@')
FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) - 1 AS rn FROM pgen.p) d WHERE d.i = p.i AND d.rn > 0;

-- pn: a staff member's name; pm: HumHub's mention markup for one; pat: a patient as staff write them.
CREATE FUNCTION pgen.pn(k int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT full_name FROM pgen.p WHERE i = k $$;
CREATE FUNCTION pgen.pm(k int) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT '[' || full_name || '](mention:' || guid || ' "https://intranet.ghsr-lyon.fr/u/' || username || '/")' FROM pgen.p WHERE i = k $$;
CREATE FUNCTION pgen.pat(k int) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN fem THEN 'Mme ' ELSE 'M. ' END || CASE WHEN k % 3 = 0 THEN first || ' ' || upper(last) ELSE last END FROM pgen.p WHERE i = 801 + (k % 140) $$;

-- fill: replace the placeholders of a template for row k.
CREATE FUNCTION pgen.fill(t text, tag text, k int) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t,
    '{M}', pgen.pm(1 + fixture_gen.n(tag || 'm', k, 330))),
    '{M2}', pgen.pm(1 + fixture_gen.n(tag || 'm2', k, 330))),
    '{FULL}', pgen.pn(1 + fixture_gen.n(tag || 'm', k, 330))),
    '{FIRST}', (SELECT first FROM pgen.p WHERE i = 1 + fixture_gen.n(tag || 'm', k, 330))),
    '{LAST}', (SELECT last FROM pgen.p WHERE i = 1 + fixture_gen.n(tag || 'm2', k, 330))),
    '{PAT}', pgen.pat(fixture_gen.n(tag || 'pt', k, 140))),
    '{ROOM}', (100 * (1 + fixture_gen.n(tag || 'r', k, 4)) + 1 + fixture_gen.n(tag || 'rr', k, 28))::text),
    '{PH}', pgen.fr_mobile(tag || 'ph', k)),
    '{EM}', (SELECT email FROM pgen.p WHERE i = 1 + fixture_gen.n(tag || 'm', k, 330))),
    '{DATE}', to_char(date '2024-01-01' + fixture_gen.n(tag || 'd', k, 330), 'DD/MM')),
    '{BDATE}', to_char(date '1931-01-01' + fixture_gen.n(tag || 'bd', k, 365 * 80), 'DD/MM/YYYY')),
    '{IBAN}', regexp_replace(fixture_gen.iban('FR', fixture_gen.digits(tag || 'ib', k, 23)), '(.{4})', '\1 ', 'g'))
$$;

-- Staff attributes fixed once: account kind, status, dates.
CREATE TABLE pgen.u (i int PRIMARY KEY, auth text, status int, created timestamp, last_login timestamp, kc boolean);
INSERT INTO pgen.u
SELECT i, CASE WHEN i = 1 OR i % 6 = 0 THEN 'local' ELSE 'ldap' END,
       CASE WHEN i % 23 = 0 THEN 0 WHEN i IN (97, 211) THEN 3 WHEN i IN (322, 327, 329) THEN 2 ELSE 1 END,
       CASE WHEN i <= 40 THEN pgen.at('uc', i, '2019-09-02', '2019-10-15') ELSE pgen.at('uc', i, '2019-10-15', '2024-09-30') END,
       NULL, i % 6 = 0 AND i % 4 = 0
FROM generate_series(1, 330) i;
UPDATE pgen.u SET last_login = CASE WHEN status = 2 THEN NULL WHEN status IN (0, 3) THEN created + make_interval(days => 20 + fixture_gen.n('ll0', i, 600))
  ELSE greatest(created + interval '1 hour', pgen.at('ll', i, '2024-06-01', '2024-11-20')) END;

CREATE TABLE contentcontainer (
    id serial PRIMARY KEY,
    guid varchar(45) NOT NULL UNIQUE,
    class varchar(255) NOT NULL,
    pk integer,
    owner_user_id integer,
    tags_cached text
);

CREATE TABLE "user" (
    id serial PRIMARY KEY,
    guid varchar(45) NOT NULL UNIQUE,
    status smallint NOT NULL DEFAULT 2,
    username varchar(50) UNIQUE,
    email varchar(150) UNIQUE,
    auth_mode varchar(10) NOT NULL DEFAULT 'local',
    tags text,
    language varchar(5),
    last_activity_email timestamp,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    last_login timestamp,
    visibility integer DEFAULT 1,
    time_zone varchar(100),
    contentcontainer_id integer REFERENCES contentcontainer (id),
    authclient_id varchar(60) UNIQUE
);

INSERT INTO contentcontainer (id, guid, class, pk, owner_user_id, tags_cached)
SELECT p.i, p.guid, 'humhub\modules\user\models\User', p.i, p.i, NULL FROM pgen.p p WHERE p.i <= 330;

INSERT INTO "user" (id, guid, status, username, email, auth_mode, tags, language, last_activity_email, created_at, created_by, updated_at, updated_by, last_login, visibility, time_zone,
    contentcontainer_id, authclient_id)
SELECT p.i, p.guid, u.status, CASE WHEN u.status = 3 THEN NULL ELSE p.username END, CASE WHEN u.status = 3 THEN NULL ELSE p.email END, u.auth,
       CASE WHEN fixture_gen.n('tg', p.i, 3) = 0 OR u.status = 3 THEN NULL ELSE concat_ws(', ',
         fixture_gen.pick(ARRAY['Cardiologie', 'Échographie', 'Soins palliatifs', 'Hygiène', 'DPI', 'Plaies et cicatrisation', 'Douleur', 'Néonatologie', 'Tutorat', 'AFGSU',
           'Excel', 'Biostatistiques', 'Éducation thérapeutique', 'Qualité', 'Radioprotection', 'Allaitement', 'Diabétologie', 'Gériatrie'], 'tg1', p.i),
         CASE WHEN fixture_gen.n('tg2x', p.i, 2) = 0 THEN fixture_gen.pick(ARRAY['Trail', 'Photo', 'Chorale', 'Vélo', 'Escalade', 'Cuisine', 'Jardinage', 'Football', 'Théâtre', 'Yoga'], 'tg2', p.i) END,
         CASE WHEN fixture_gen.n('tg3x', p.i, 3) = 0 THEN nullif(split_part(p.lang, ', ', 2), '') END) END,
       CASE WHEN p.c = 'gb' THEN 'en' WHEN p.c = 'de' AND p.i % 2 = 0 THEN 'de' WHEN p.c = 'pt' AND p.i % 3 = 0 THEN 'pt' WHEN p.c = 'es' AND p.i % 3 = 0 THEN 'es' ELSE 'fr' END,
       CASE WHEN u.status = 1 THEN u.last_login - interval '1 day' END,
       u.created, CASE WHEN u.auth = 'local' AND p.i > 1 THEN 1 END, greatest(u.created, coalesce(u.last_login, u.created) - make_interval(days => fixture_gen.n('uup', p.i, 90))),
       CASE WHEN u.auth = 'local' AND p.i > 1 THEN 1 ELSE p.i END, u.last_login,
       CASE WHEN p.i % 9 = 0 THEN 2 ELSE 1 END,
       CASE WHEN p.c = 'mg' AND p.i % 2 = 0 THEN 'Indian/Antananarivo' WHEN p.c = 'gb' AND p.i % 2 = 0 THEN 'Europe/London' WHEN p.c = 'sn' AND p.i % 3 = 0 THEN 'Africa/Dakar'
            WHEN p.i % 5 = 0 THEN NULL ELSE 'Europe/Paris' END,
       p.i,
       CASE WHEN u.auth = 'ldap' THEN fixture_gen.uuid('adguid', p.i) END
FROM pgen.p p JOIN pgen.u u ON u.i = p.i ORDER BY p.i;
UPDATE contentcontainer c SET tags_cached = u.tags FROM "user" u WHERE u.id = c.pk AND c.class = 'humhub\modules\user\models\User';

CREATE TABLE profile_field_category (
    id serial PRIMARY KEY,
    title varchar(255) NOT NULL,
    description text,
    sort_order integer NOT NULL DEFAULT 100,
    module_id integer,
    visibility smallint NOT NULL DEFAULT 1,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    is_system smallint,
    translation_category varchar(255)
);
INSERT INTO profile_field_category (id, title, description, sort_order, module_id, visibility, created_at, created_by, updated_at, updated_by, is_system, translation_category) VALUES
 (1, 'General', '', 100, NULL, 1, '2019-09-02 09:12:40', NULL, '2019-09-02 09:12:40', NULL, 1, 'UserModule.profile'),
 (2, 'Communication', '', 200, NULL, 1, '2019-09-02 09:12:40', NULL, '2019-09-02 09:12:40', NULL, 1, 'UserModule.profile'),
 (3, 'Social bookmarks', '', 300, NULL, 1, '2019-09-02 09:12:40', NULL, '2019-09-02 09:12:40', NULL, 1, 'UserModule.profile'),
 (4, 'Établissement', 'Informations issues du SIRH et de l''annuaire', 150, NULL, 1, '2019-09-10 14:03:11', 1, '2021-03-02 10:47:55', 1, 0, NULL);

CREATE TABLE profile_field (
    id serial PRIMARY KEY,
    profile_field_category_id integer NOT NULL REFERENCES profile_field_category (id),
    module_id varchar(255),
    field_type_class varchar(255) NOT NULL,
    field_type_config text,
    internal_name varchar(100) NOT NULL UNIQUE,
    title varchar(255) NOT NULL,
    description text,
    sort_order integer NOT NULL DEFAULT 100,
    required smallint,
    show_at_registration smallint,
    editable smallint NOT NULL DEFAULT 1,
    visible smallint NOT NULL DEFAULT 1,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    ldap_attribute varchar(255),
    translation_category varchar(255),
    is_system smallint,
    searchable smallint NOT NULL DEFAULT 1,
    directory_filter smallint NOT NULL DEFAULT 0
);
INSERT INTO profile_field (id, profile_field_category_id, module_id, field_type_class, field_type_config, internal_name, title, description, sort_order, required, show_at_registration,
    editable, visible, created_at, created_by, updated_at, updated_by, ldap_attribute, translation_category, is_system, searchable, directory_filter)
SELECT k, cat, NULL, 'humhub\modules\user\models\fieldtype\' || ftype,
       CASE ftype WHEN 'Text' THEN '{"minLength":null,"maxLength":' || CASE WHEN name LIKE 'url%' THEN '255' ELSE '"' || mx || '"' END || ',"validator":' || CASE WHEN name LIKE 'url%' THEN '"url"' WHEN name = 'im_xmpp' THEN '"email"' ELSE 'null' END || ',"default":null,"regexp":null,"regexpErrorMessage":null,"linkPrefix":null,"fieldTypes":[]}'
         WHEN 'Select' THEN '{"options":' || to_json(opts)::text || ',"fieldTypes":[]}'
         WHEN 'Birthday' THEN '{"defaultHideAge":"0","fieldTypes":[]}'
         WHEN 'CountrySelect' THEN '{"options":"","fieldTypes":[]}'
         ELSE '{"fieldTypes":[]}' END,
       name, title, '', 100 * k, CASE WHEN name IN ('firstname', 'lastname') THEN 1 ELSE 0 END, CASE WHEN name IN ('firstname', 'lastname', 'title') THEN 1 ELSE 0 END,
       CASE WHEN ldap IS NOT NULL AND name NOT IN ('about', 'mobile') THEN 0 ELSE 1 END, CASE WHEN name = 'matricule' THEN 0 ELSE 1 END,
       CASE WHEN cat = 4 THEN timestamp '2019-09-10 14:05:00' + make_interval(mins => k) ELSE timestamp '2019-09-02 09:12:40' END, CASE WHEN cat = 4 THEN 1 END,
       CASE WHEN cat = 4 THEN timestamp '2021-03-02 10:50:00' + make_interval(mins => k) ELSE timestamp '2019-09-02 09:12:40' END, CASE WHEN cat = 4 THEN 1 END,
       ldap, CASE WHEN cat = 4 THEN NULL ELSE 'UserModule.profile' END, CASE WHEN cat = 4 THEN 0 ELSE 1 END,
       CASE WHEN name IN ('firstname', 'lastname', 'title', 'department', 'site', 'languages', 'city') THEN 1 ELSE 0 END, CASE WHEN name IN ('department', 'site') THEN 1 ELSE 0 END
FROM (VALUES
 (1, 1, 'Text', 'firstname', 'First name', 'givenName', '20', NULL), (2, 1, 'Text', 'lastname', 'Last name', 'sn', '30', NULL), (3, 1, 'Text', 'title', 'Title', 'title', '50', NULL),
 (4, 1, 'Select', 'gender', 'Gender', NULL, NULL, E'male=>Male\nfemale=>Female\ncustom=>Custom'), (5, 1, 'Text', 'street', 'Street', NULL, '150', NULL),
 (6, 1, 'Text', 'zip', 'Zip', NULL, '10', NULL), (7, 1, 'Text', 'city', 'City', NULL, '100', NULL), (8, 1, 'CountrySelect', 'country', 'Country', NULL, NULL, NULL),
 (9, 1, 'Text', 'state', 'State', NULL, '100', NULL), (10, 1, 'Birthday', 'birthday', 'Birthday', NULL, NULL, NULL), (11, 1, 'TextArea', 'about', 'About', NULL, NULL, NULL),
 (12, 2, 'Text', 'phone_private', 'Phone Private', NULL, '100', NULL), (13, 2, 'Text', 'phone_work', 'Phone Work', 'telephoneNumber', '100', NULL),
 (14, 2, 'Text', 'mobile', 'Mobile', 'mobile', '100', NULL), (15, 2, 'Text', 'fax', 'Fax', 'facsimileTelephoneNumber', '100', NULL),
 (16, 2, 'Text', 'im_skype', 'Skype Nickname', NULL, '100', NULL), (17, 2, 'Text', 'im_xmpp', 'XMPP Jabber Address', NULL, '100', NULL),
 (18, 3, 'Text', 'url', 'Url', NULL, '255', NULL), (19, 3, 'Text', 'url_facebook', 'Facebook URL', NULL, '255', NULL), (20, 3, 'Text', 'url_linkedin', 'LinkedIn URL', NULL, '255', NULL),
 (21, 3, 'Text', 'url_xing', 'Xing URL', NULL, '255', NULL), (22, 3, 'Text', 'url_youtube', 'Youtube URL', NULL, '255', NULL), (23, 3, 'Text', 'url_vimeo', 'Vimeo URL', NULL, '255', NULL),
 (24, 3, 'Text', 'url_flickr', 'Flickr URL', NULL, '255', NULL), (25, 3, 'Text', 'url_myspace', 'MySpace URL', NULL, '255', NULL), (26, 3, 'Text', 'url_twitter', 'Twitter URL', NULL, '255', NULL),
 (27, 4, 'Text', 'department', 'Service', 'department', '100', NULL),
 (28, 4, 'Select', 'site', 'Site', 'physicalDeliveryOfficeName', NULL, E'Site Fourvière=>Site Fourvière\nSite Gerland=>Site Gerland\nSite Tonkin (Villeurbanne)=>Site Tonkin (Villeurbanne)\nSiège – Part-Dieu=>Siège – Part-Dieu'),
 (29, 4, 'Text', 'matricule', 'Matricule', 'employeeID', '12', NULL), (30, 4, 'Text', 'languages', 'Langues parlées', NULL, '255', NULL)
) v(k, cat, ftype, name, title, ldap, mx, opts);
UPDATE profile_field SET description = 'Numéro de matricule SIRH, renseigné automatiquement depuis l''annuaire. Non visible des autres utilisateurs.' WHERE internal_name = 'matricule';
UPDATE profile_field SET description = 'Indiquez les langues dans lesquelles vous pouvez aider à traduire auprès des patients et des familles.' WHERE internal_name = 'languages';

CREATE TABLE profile (
    user_id integer PRIMARY KEY REFERENCES "user" (id),
    firstname varchar(20),
    lastname varchar(30),
    title varchar(50),
    gender varchar(255),
    street varchar(150),
    zip varchar(10),
    city varchar(100),
    country varchar(255),
    state varchar(100),
    birthday_hide_year integer,
    birthday date,
    about text,
    phone_private varchar(100),
    phone_work varchar(100),
    mobile varchar(100),
    fax varchar(100),
    im_skype varchar(100),
    im_xmpp varchar(100),
    url varchar(255),
    url_facebook varchar(255),
    url_linkedin varchar(255),
    url_xing varchar(255),
    url_youtube varchar(255),
    url_vimeo varchar(255),
    url_flickr varchar(255),
    url_myspace varchar(255),
    url_twitter varchar(255),
    department varchar(100),
    site varchar(255),
    matricule varchar(12),
    languages varchar(255)
);
INSERT INTO profile
SELECT p.i, left(p.first, 20), left(p.last, 30),
       CASE WHEN fixture_gen.n('ti', p.i, 10) > 0 THEN left(p.job, 50) END,
       CASE WHEN p.i % 41 = 0 THEN 'custom' WHEN fixture_gen.n('gx', p.i, 8) = 0 THEN NULL WHEN p.fem THEN 'female' ELSE 'male' END,
       CASE WHEN fixture_gen.n('stx', p.i, 20) < 9 THEN p.street END,
       CASE WHEN fixture_gen.n('stx', p.i, 20) < 14 THEN p.zip END,
       CASE WHEN fixture_gen.n('stx', p.i, 20) < 14 THEN p.city END,
       CASE WHEN fixture_gen.n('stx', p.i, 20) >= 16 THEN NULL WHEN p.cc <> 'FR' AND p.i % 10 = 7 THEN p.cc ELSE 'FR' END,
       CASE WHEN fixture_gen.n('stx', p.i, 20) < 6 THEN CASE WHEN p.zip LIKE '38%' THEN 'Isère' WHEN p.zip LIKE '01%' THEN 'Ain' WHEN p.i % 2 = 0 THEN 'Auvergne-Rhône-Alpes' ELSE 'Rhône' END END,
       CASE WHEN fixture_gen.n('bdx', p.i, 10) < 6 THEN (fixture_gen.n('bdh', p.i, 3) = 0)::int END,
       CASE WHEN fixture_gen.n('bdx', p.i, 10) < 6 THEN p.birthday END,
       CASE fixture_gen.n('ab', p.i, 16)
         WHEN 0 THEN p.job || ' au service ' || lower(p.dept) || ' depuis ' || (2005 + fixture_gen.n('aby', p.i, 18)) || '. Référent' || CASE WHEN p.fem THEN 'e' ELSE '' END || ' douleur du service.'
         WHEN 1 THEN 'Arrivé' || CASE WHEN p.fem THEN 'e' ELSE '' END || ' à Lyon en ' || (2008 + fixture_gen.n('aby', p.i, 15)) || ' après ' || (3 + fixture_gen.n('abz', p.i, 10)) || ' ans à l''hôpital de ' || fixture_gen.pick(ARRAY['Dakar', 'Casablanca', 'Porto', 'Bucarest', 'Yaoundé', 'Beyrouth', 'Hanoï', 'Antananarivo', 'Alger', 'Cracovie'], 'abh', p.i) || '. Passionné' || CASE WHEN p.fem THEN 'e' ELSE '' END || ' de trail et de photo.'
         WHEN 2 THEN CASE WHEN p.fem THEN 'Maman' ELSE 'Papa' END || ' de ' || (2 + fixture_gen.n('abk', p.i, 3)) || ' enfants, j''habite à ' || p.city || '. Covoiturage possible pour les postes du matin, appelez-moi au ' || p.mobile || '.'
         WHEN 3 THEN 'Interne en ' || (2 + fixture_gen.n('abs', p.i, 7)) || 'e semestre. Thèse en cours sur l''insuffisance cardiaque du sujet âgé.'
         WHEN 4 THEN 'Correspondant informatique du service ' || p.dept || ' : pour tout souci DPI ou imprimante, poste ' || (4000 + fixture_gen.n('abp', p.i, 900)) || '.'
         WHEN 5 THEN 'Ancien sapeur-pompier volontaire, formateur AFGSU. Joignable sur Teams ou par mail : ' || p.email
         WHEN 6 THEN 'Je parle ' || lower(p.lang) || ', n''hésitez pas à m''appeler pour traduire avec les familles (' || p.mobile || ').'
         WHEN 7 THEN CASE WHEN p.dept = 'Maternité' THEN 'Consultante en lactation IBCLC. Consultations d''allaitement le mardi au site Tonkin.' ELSE 'Membre de l''équipe ' || p.dept || ' (' || p.site || '). Tuteur des nouveaux arrivants.' END
         WHEN 8 THEN 'Elected member of the works council (CSE) for the ' || p.site || '. Happy to help with any HR question, in English or French.'
         WHEN 9 THEN 'En reconversion après 10 ans dans la logistique. En formation d''aide-soignante à l''IFAS de Lyon Sud.'
         WHEN 10 THEN 'RQTH, je travaille à temps partiel (80 %), absente le mercredi.'
         ELSE NULL END,
       CASE WHEN fixture_gen.n('php', p.i, 4) = 0 THEN CASE WHEN p.i % 2 = 0 THEN p.home ELSE p.mobile END END,
       CASE WHEN fixture_gen.n('phw', p.i, 4) > 0 THEN CASE WHEN p.i % 3 = 0 THEN p.work ELSE 'Poste ' || (4000 + fixture_gen.n('abp', p.i, 900)) || ' / ' || p.work END END,
       CASE WHEN fixture_gen.n('phm', p.i, 20) < 11 THEN p.mobile END,
       CASE WHEN fixture_gen.n('fax', p.i, 10) = 0 THEN '04 72 ' || fixture_gen.pick(ARRAY['11', '16', '43'], 'wrk', p.i) || ' 4' || fixture_gen.digits('fxa', p.i, 1) || ' ' || fixture_gen.digits('fxb', p.i, 2) END,
       CASE WHEN fixture_gen.n('sky', p.i, 12) = 0 THEN CASE WHEN p.i % 2 = 0 THEN 'live:.cid.' || fixture_gen.hexn('skc', p.i, 16) ELSE pgen.fold(p.first) || '.' || pgen.fold(p.last) || CASE WHEN p.i % 3 = 0 THEN '_' || (p.i % 97) ELSE '' END END END,
       CASE WHEN fixture_gen.n('xmp', p.i, 10) = 0 THEN p.username || '@xmpp.ghsr-lyon.fr' END,
       CASE WHEN fixture_gen.n('url', p.i, 20) = 0 THEN 'https://' || pgen.fold(p.first) || '-' || pgen.fold(p.last) || fixture_gen.pick(ARRAY['.fr', '.com', '.net', '.wordpress.com'], 'urld', p.i) || '/' END,
       CASE WHEN fixture_gen.n('fb', p.i, 10) = 0 THEN 'https://www.facebook.com/' || pgen.fold(p.first) || '.' || pgen.fold(p.last) || CASE WHEN p.i % 2 = 0 THEN '.' || (1 + p.i % 9) ELSE '' END END,
       CASE WHEN fixture_gen.n('li', p.i, 10) < 3 THEN 'https://www.linkedin.com/in/' || pgen.fold(p.first) || '-' || pgen.fold(p.last) || '-' || fixture_gen.hexn('lih', p.i, 6) || '/' END,
       CASE WHEN p.c = 'de' AND p.i % 2 = 1 THEN 'https://www.xing.com/profile/' || initcap(pgen.fold(p.first)) || '_' || initcap(pgen.fold(p.last)) END,
       CASE WHEN fixture_gen.n('yt', p.i, 50) = 0 THEN 'https://www.youtube.com/@' || pgen.fold(p.first) || pgen.fold(p.last) END,
       CASE WHEN fixture_gen.n('vm', p.i, 80) = 0 THEN 'https://vimeo.com/' || pgen.fold(p.first) || pgen.fold(p.last) END,
       CASE WHEN fixture_gen.n('fl', p.i, 50) = 0 THEN 'https://www.flickr.com/photos/' || pgen.fold(p.last) || '_' || pgen.fold(p.first) || '/' END,
       NULL,
       CASE WHEN fixture_gen.n('tw', p.i, 12) = 0 THEN fixture_gen.pick(ARRAY['https://twitter.com/', 'https://x.com/'], 'twd', p.i) || substr(pgen.fold(p.first), 1, 1) || pgen.fold(p.last) || CASE WHEN p.i % 2 = 0 THEN '_md' ELSE '' END END,
       CASE WHEN fixture_gen.n('dpx', p.i, 10) > 0 THEN p.dept END,
       CASE WHEN fixture_gen.n('dpx', p.i, 10) > 0 THEN p.site END,
       CASE WHEN u.auth = 'ldap' OR p.i % 4 = 2 THEN lpad((80000 + fixture_gen.n('mat', p.i, 19000))::text, 6, '0') END,
       CASE WHEN fixture_gen.n('lgx', p.i, 3) = 0 THEN p.lang END
FROM pgen.p p JOIN pgen.u u ON u.i = p.i WHERE p.i <= 330 ORDER BY p.i;
-- soft-deleted accounts keep an anonymised profile
UPDATE profile SET firstname = 'Deleted', lastname = 'User', title = NULL, gender = NULL, street = NULL, zip = NULL, city = NULL, country = NULL, state = NULL, birthday = NULL, birthday_hide_year = NULL,
  about = NULL, phone_private = NULL, phone_work = NULL, mobile = NULL, fax = NULL, im_skype = NULL, im_xmpp = NULL, url = NULL, url_facebook = NULL, url_linkedin = NULL, url_twitter = NULL, languages = NULL
WHERE user_id IN (97, 211);

CREATE TABLE user_password (
    id serial PRIMARY KEY,
    user_id integer REFERENCES "user" (id),
    algorithm varchar(20),
    password text,
    salt text,
    created_at timestamp
);
INSERT INTO user_password (user_id, algorithm, password, salt, created_at)
SELECT u.id, CASE WHEN x.at < '2023-05-01' THEN 'sha512whirlpool' ELSE 'bcrypt' END,
       CASE WHEN x.at < '2023-05-01' THEN fixture_gen.hexn('pwh', u.id * 10 + k, 128)
            ELSE '$2y' || '$13$' || fixture_gen.chars('pwb', u.id * 10 + k, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END,
       fixture_gen.uuid('pws', u.id * 10 + k), x.at
FROM "user" u CROSS JOIN generate_series(1, 3) k
CROSS JOIN LATERAL (SELECT u.created_at + make_interval(days => (k - 1) * (200 + fixture_gen.n('pwd', u.id * 10 + k, 300)), secs => 30) AS at) x
WHERE u.auth_mode = 'local' AND u.status <> 2 AND k <= 1 + fixture_gen.n('pwk', u.id, 3) AND x.at < '2024-11-20'
ORDER BY x.at;

CREATE TABLE user_auth (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES "user" (id),
    source varchar(255) NOT NULL,
    source_id varchar(255) NOT NULL
);
INSERT INTO user_auth (user_id, source, source_id)
SELECT u.id, 'keycloak', fixture_gen.uuid('kcsub', u.id) FROM "user" u JOIN pgen.u g ON g.i = u.id WHERE g.kc OR u.id IN (322, 327, 329) ORDER BY u.id;

CREATE TABLE user_http_session (
    id varchar(255) PRIMARY KEY,
    expire integer,
    user_id integer,
    data bytea
);
INSERT INTO user_http_session (id, expire, user_id, data)
SELECT pgen.lower('phpsess', k, 26), 1732100000 + fixture_gen.n('sexp', k, 1440 * 60), uid,
       convert_to('__flash|a:0:{}' || CASE WHEN uid IS NULL THEN '__returnUrl|s:44:"https://intranet.ghsr-lyon.fr/user/auth/login";'
         ELSE '__returnUrl|s:39:"https://intranet.ghsr-lyon.fr/dashboard";__id|i:' || uid || ';__authKey|s:36:"' || (SELECT guid FROM "user" WHERE id = uid) || '";__expire|i:' || (1732100000 + fixture_gen.n('sexp', k, 1440 * 60)) || ';'
           || 'live.poll.lastQueryTime|i:' || (1732090000 + fixture_gen.n('slq', k, 9000)) || ';'
           || CASE WHEN k % 4 = 0 THEN 'user.tour.visited|b:1;' ELSE '' END
           || CASE WHEN k % 5 = 0 THEN 'captcha/captcha|s:6:"' || pgen.lower('capt', k, 6) || '";' ELSE '' END
           || 'csrf|s:32:"' || pgen.rnd('scsrf', k, 32) || '";' END, 'UTF8')
FROM generate_series(1, 140) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 9 = 0 THEN NULL ELSE (SELECT id FROM "user" WHERE status = 1 ORDER BY id OFFSET fixture_gen.n('suid', k, 300) LIMIT 1) END AS uid) x;

CREATE TABLE space (
    id serial PRIMARY KEY,
    guid varchar(45),
    name varchar(45) NOT NULL,
    description varchar(100),
    about text,
    url varchar(45),
    join_policy smallint,
    visibility smallint,
    status smallint NOT NULL DEFAULT 1,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    auto_add_new_members integer,
    contentcontainer_id integer REFERENCES contentcontainer (id),
    default_content_visibility smallint,
    color varchar(7),
    members_can_leave integer DEFAULT 1,
    sort_order integer DEFAULT 100,
    hide_members smallint,
    hide_about smallint,
    hide_activities smallint,
    hide_followers smallint
);
CREATE TABLE pgen.sp (s int PRIMARY KEY, name text, url text, descr text, about text, jp int, vis int, color text, owner int, cat text);
INSERT INTO pgen.sp VALUES
 (1, 'Bienvenue sur GHSR Connect', 'bienvenue', 'L''espace d''accueil de tous les agents', 'Toutes les actualités du groupe hospitalier. Les nouveaux agents y sont ajoutés automatiquement.', 0, 1, '#1b5e8c', 1, 'all'),
 (2, 'Direction des soins', 'direction-des-soins', 'Informations de la direction des soins', 'Coordinatrice générale des soins : {FULL}. Secrétariat : {PH}.', 1, 1, '#6a1b9a', 14, 'soin'),
 (3, 'Cardiologie – Fourvière', 'cardiologie-fourviere', 'Équipe médicale et paramédicale de cardiologie', 'Chef de service : Dr {LAST}. Cadre de santé : {FULL}, poste 4312 ou {PH}. Staff le jeudi à 13h30.', 1, 1, '#c62828', 27, 'soin'),
 (4, 'Urgences Gerland', 'urgences-gerland', 'SAU adultes du site Gerland', 'Planning, protocoles et transmissions de l''équipe des urgences. Pour les échanges de garde, voir l''épinglé.', 1, 1, '#d84315', 33, 'soin'),
 (5, 'Pharmacie', 'pharmacie', 'PUI – pharmacie à usage intérieur', 'Commandes urgentes hors heures ouvrables : pharmacien d''astreinte via le standard.', 1, 1, '#2e7d32', 48, 'soin'),
 (6, 'Bloc opératoire', 'bloc-operatoire', 'Programmation et organisation du bloc', 'Régulation du bloc : {FULL} ({PH}). Ne pas publier de programme opératoire nominatif ici.', 1, 1, '#00838f', 52, 'soin'),
 (7, 'Pédiatrie', 'pediatrie', 'Service de pédiatrie et néonatologie', 'Espace de l''équipe de pédiatrie. Réunion d''équipe le premier lundi du mois.', 1, 1, '#f9a825', 61, 'soin'),
 (8, 'DSI – Informatique', 'dsi', 'Direction des systèmes d''information', 'Support : poste 4000 ou support@ghsr-lyon.fr. Astreinte DSI le week-end via le standard.', 0, 1, '#37474f', 6, 'all'),
 (9, 'Biomédical', 'biomedical', 'Ingénierie et maintenance biomédicales', 'Demandes d''intervention via GLPI. Responsable : {FULL}.', 1, 1, '#455a64', 72, 'tech'),
 (10, 'Ressources humaines', 'ressources-humaines', 'Actualités RH, paie et formation', 'Gestion administrative et paie. Vos interlocutrices : {FULL} (A à K) et {LAST} (L à Z).', 0, 1, '#8e24aa', 80, 'all'),
 (11, 'CSE GHSR', 'cse', 'Comité social et économique', 'Billetterie, chèques vacances et permanences des élus. Secrétaire du CSE : {FULL}, {PH}.', 1, 1, '#ad1457', 95, 'all'),
 (12, 'Qualité & gestion des risques', 'qualite', 'Certification HAS, EI, audits', 'Déclarer un événement indésirable : formulaire EI du portail. Ne pas nommer les patients dans les publications.', 0, 1, '#283593', 104, 'all'),
 (13, 'Formation continue', 'formation', 'Plan de formation et inscriptions', 'Inscriptions aux formations AFGSU, incendie, manutention, hygiène.', 0, 1, '#0277bd', 110, 'all'),
 (14, 'Recherche clinique', 'recherche-clinique', 'DRCI et unité de recherche clinique', 'Études en cours, journal club du mardi, appels à projets.', 1, 1, '#00695c', 118, 'soin'),
 (15, 'Hygiène hospitalière', 'hygiene', 'Équipe opérationnelle d''hygiène', 'Alertes BMR/BHRe, audits hygiène des mains, protocoles.', 0, 1, '#558b2f', 125, 'all'),
 (16, 'Nouveaux arrivants', 'nouveaux-arrivants', 'Accueil des nouveaux agents', 'Tout pour bien démarrer : badge, tenues, parking, codes Wi-Fi invités à demander à l''accueil.', 0, 1, '#039be5', 80, 'all'),
 (17, 'Covoiturage Lyon Est', 'covoiturage', 'Trajets partagés vers les trois sites', 'Proposez ou cherchez un trajet. Indiquez votre commune et vos horaires.', 0, 1, '#7cb342', 133, 'all'),
 (18, 'Chorale GHSR', 'chorale', 'La chorale des agents', 'Répétitions le lundi à 18h30 en salle Lumière (Fourvière). Cheffe de chœur : {FULL}.', 0, 1, '#ff7043', 141, 'club'),
 (19, 'Running club', 'running', 'Course à pied entre collègues', 'Sorties le mercredi midi au parc de Gerland. Run in Lyon en octobre !', 0, 1, '#ffb300', 150, 'club'),
 (20, 'Projet DPI 2025', 'projet-dpi', 'Déploiement du nouveau dossier patient informatisé', 'Comité projet, calendrier de bascule, référents par service. Chef de projet : {FULL}.', 1, 0, '#5d4037', 160, 'proj'),
 (21, 'Maternité Tonkin', 'maternite-tonkin', 'Équipe de la maternité', 'Sages-femmes, auxiliaires de puériculture et gynécologues de la maternité Tonkin.', 1, 1, '#ec407a', 171, 'soin'),
 (22, 'Gériatrie', 'geriatrie', 'Court séjour gériatrique et SSR', 'Transmissions non nominatives uniquement.', 1, 1, '#6d4c41', 182, 'soin'),
 (23, 'Laboratoire', 'laboratoire', 'Biologie médicale', 'Horaires des tournées de prélèvements, résultats critiques : biologiste de garde.', 1, 1, '#546e7a', 190, 'soin'),
 (24, 'Cadres de santé', 'cadres', 'Espace privé des cadres', 'Réservé à l''encadrement. Plannings, recrutements, situations individuelles.', 2, 0, '#424242', 14, 'cad');

INSERT INTO contentcontainer (id, guid, class, pk, owner_user_id, tags_cached)
SELECT 330 + s, fixture_gen.uuid('sg', s), 'humhub\modules\space\models\Space', s, owner, NULL FROM pgen.sp ORDER BY s;

INSERT INTO space (id, guid, name, description, about, url, join_policy, visibility, status, created_at, created_by, updated_at, updated_by, auto_add_new_members, contentcontainer_id,
    default_content_visibility, color, members_can_leave, sort_order, hide_members, hide_about, hide_activities, hide_followers)
SELECT s, fixture_gen.uuid('sg', s), name, descr, pgen.fill(about, 'spab', s), url, jp, vis, CASE WHEN s = 19 THEN 2 ELSE 1 END,
       pgen.at('spc', s, '2019-09-03', '2023-01-01'), owner, pgen.at('spu', s, '2023-01-01', '2024-10-01'), owner, CASE WHEN s IN (1, 8) THEN 1 ELSE 0 END, 330 + s,
       CASE WHEN s IN (1, 8, 13) THEN 1 ELSE 0 END, color, CASE WHEN s = 1 THEN 0 ELSE 1 END, CASE WHEN s = 1 THEN 0 ELSE 100 END,
       CASE WHEN s = 24 THEN 1 ELSE 0 END, 0, CASE WHEN s IN (24, 20) THEN 1 ELSE 0 END, 1
FROM pgen.sp ORDER BY s;

CREATE TABLE space_membership (
    id serial PRIMARY KEY,
    space_id integer NOT NULL REFERENCES space (id),
    user_id integer NOT NULL REFERENCES "user" (id),
    originator_user_id varchar(45),
    status smallint,
    request_message text,
    last_visit timestamp,
    show_at_dashboard smallint DEFAULT 1,
    can_cancel_membership integer DEFAULT 1,
    group_id varchar(255) DEFAULT 'member',
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    send_notifications smallint NOT NULL DEFAULT 0,
    UNIQUE (space_id, user_id)
);
INSERT INTO space_membership (space_id, user_id, originator_user_id, status, request_message, last_visit, show_at_dashboard, can_cancel_membership, group_id, created_at, created_by,
    updated_at, updated_by, send_notifications)
SELECT m.s, m.u, CASE WHEN st = 1 THEN (SELECT owner FROM pgen.sp WHERE s = m.s)::text END, st,
       CASE WHEN st = 2 OR (jp = 1 AND fixture_gen.n('rqm', m.s * 1000 + m.u, 4) = 0) THEN pgen.fill(fixture_gen.pick(ARRAY[
         'Bonjour, je suis la nouvelle IDE de nuit du service, arrivée le {DATE}. Merci !',
         'Bonjour, je remplace {FULL} pendant son congé parental, pouvez-vous m''ajouter ?',
         'Intérimaire sur le poste de {FULL} jusqu''à fin août. Mon numéro si besoin : {PH}',
         'Interne du semestre de novembre, je rejoins l''équipe lundi.',
         'Hello, I am the new clinical research associate working with {FULL}, please add me.',
         'Demande d''accès pour suivre le projet, je suis référente DPI pour mon service.',
         'Bonjour, je suis étudiante infirmière en stage chez vous du {DATE} pour 10 semaines.',
         'Je souhaite rejoindre la chorale, je chante alto.',
         'Mutation depuis le site Gerland, je prends mon poste le {DATE}.'], 'rqt', m.s * 1000 + m.u), 'rq', m.s * 1000 + m.u) END,
       CASE WHEN st = 3 THEN pgen.at('lv', m.s * 1000 + m.u, '2024-05-01', '2024-11-20') END, CASE WHEN m.s IN (18, 19, 17) THEN 0 ELSE 1 END, CASE WHEN m.s = 1 THEN 0 ELSE 1 END,
       CASE WHEN m.u = (SELECT owner FROM pgen.sp WHERE s = m.s) THEN 'admin' WHEN fixture_gen.n('sgr', m.s * 1000 + m.u, 25) = 0 THEN 'moderator' ELSE 'member' END,
       x.c, CASE WHEN st = 1 THEN (SELECT owner FROM pgen.sp WHERE s = m.s) ELSE m.u END, x.c + make_interval(hours => fixture_gen.n('smu', m.s * 1000 + m.u, 400)), m.u,
       CASE WHEN fixture_gen.n('sno', m.s * 1000 + m.u, 3) = 0 THEN 1 ELSE 0 END
FROM (SELECT DISTINCT s, u FROM (
        SELECT 1 AS s, i AS u FROM pgen.u WHERE status IN (0, 1)
        UNION ALL SELECT (ARRAY[2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24])[1 + fixture_gen.n('sm' || k, i, 22)], i FROM pgen.u CROSS JOIN generate_series(1, 4) k WHERE status IN (0, 1, 2) AND k <= 1 + fixture_gen.n('smk', i, 4)
        UNION ALL SELECT 8, i FROM pgen.u WHERE i % 3 = 0 AND status = 1
        UNION ALL SELECT s, owner FROM pgen.sp) z) m
JOIN pgen.sp sp ON sp.s = m.s
JOIN pgen.u u ON u.i = m.u
CROSS JOIN LATERAL (SELECT CASE WHEN u.status = 2 THEN 2 WHEN m.u = sp.owner THEN 3 WHEN fixture_gen.n('sst', m.s * 1000 + m.u, 30) = 0 THEN 2 WHEN fixture_gen.n('sst', m.s * 1000 + m.u, 30) = 1 THEN 1 ELSE 3 END AS st,
                           greatest(u.created + interval '2 minutes', pgen.at('smc', m.s * 1000 + m.u, '2019-09-05', '2024-11-01')) AS c) x
ORDER BY x.c;

CREATE TABLE "group" (
    id serial PRIMARY KEY,
    space_id integer,
    name varchar(45),
    description text,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    ldap_dn varchar(255),
    is_admin_group smallint NOT NULL DEFAULT 0,
    show_at_registration smallint NOT NULL DEFAULT 1,
    show_at_directory smallint NOT NULL DEFAULT 1,
    sort_order integer NOT NULL DEFAULT 100,
    is_default_group smallint NOT NULL DEFAULT 0,
    notify_users smallint NOT NULL DEFAULT 0
);
INSERT INTO "group" (id, space_id, name, description, created_at, created_by, updated_at, updated_by, ldap_dn, is_admin_group, show_at_registration, show_at_directory, sort_order, is_default_group, notify_users) VALUES
 (1, NULL, 'Administrator', 'Administrator Group', '2019-09-02 09:12:40', NULL, '2019-09-02 09:12:40', NULL, NULL, 1, 0, 0, 100, 0, 0),
 (2, NULL, 'Users', 'Default group for all users', '2019-09-02 09:12:40', NULL, '2021-02-11 16:20:04', 1, 'CN=GG-Intranet-Utilisateurs,OU=Groupes,OU=GHSR,DC=ghsr,DC=local', 0, 1, 1, 200, 1, 0),
 (3, NULL, 'Médecins', 'Praticiens, internes et chefs de clinique', '2019-09-10 14:20:00', 1, '2022-05-03 09:11:43', 1, 'CN=GG-Intranet-Medecins,OU=Groupes,OU=GHSR,DC=ghsr,DC=local', 0, 0, 1, 300, 0, 0),
 (4, NULL, 'Personnel soignant', 'IDE, AS, sages-femmes, paramédicaux', '2019-09-10 14:21:00', 1, '2022-05-03 09:12:10', 1, 'CN=GG-Intranet-Soignants,OU=Groupes,OU=GHSR,DC=ghsr,DC=local', 0, 0, 1, 400, 0, 0),
 (5, NULL, 'Encadrement', 'Cadres de santé et cadres administratifs', '2019-09-10 14:22:00', 1, '2023-09-18 11:02:55', 1, 'CN=GG-Intranet-Cadres,OU=Groupes,OU=GHSR,DC=ghsr,DC=local', 0, 0, 1, 500, 0, 1),
 (6, NULL, 'Administratif & technique', 'Services support, DSI, biomédical, logistique', '2019-09-10 14:23:00', 1, '2022-05-03 09:13:02', 1, 'CN=GG-Intranet-Support,OU=Groupes,OU=GHSR,DC=ghsr,DC=local', 0, 0, 1, 600, 0, 0),
 (7, NULL, 'Externes & intérimaires', 'Comptes locaux et Keycloak : intérimaires, étudiants, prestataires', '2020-03-16 08:44:19', 1, '2024-01-08 15:30:12', 1, NULL, 0, 1, 0, 700, 0, 1),
 (8, 11, 'Élus CSE', 'Élus titulaires et suppléants du CSE', '2020-01-20 17:05:41', 95, '2023-12-01 10:00:00', 95, NULL, 0, 0, 1, 800, 0, 0);

CREATE TABLE group_user (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES "user" (id),
    group_id integer NOT NULL REFERENCES "group" (id),
    is_group_manager smallint NOT NULL DEFAULT 0,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    UNIQUE (user_id, group_id)
);
INSERT INTO group_user (user_id, group_id, is_group_manager, created_at, created_by, updated_at, updated_by)
SELECT g.u, g.g, CASE WHEN g.g = 5 AND g.u IN (14, 27, 80) THEN 1 WHEN g.g = 8 AND g.u = 95 THEN 1 ELSE 0 END, u.created + interval '1 minute', CASE WHEN u.auth = 'local' THEN 1 END,
       u.created + interval '1 minute', CASE WHEN u.auth = 'local' THEN 1 END
FROM (SELECT DISTINCT u, g FROM (
        SELECT i AS u, 2 AS g FROM pgen.u WHERE status <> 3
        UNION ALL SELECT 1, 1 UNION ALL SELECT 6, 1 UNION ALL SELECT 72, 1
        UNION ALL SELECT i, CASE WHEN p.job ~ '(Praticien|Interne|Chef|Médecin|Pharmac)' THEN 3 WHEN p.job ~ '(Infirmi|Aide|Sage|Maïeu|Kiné|Manip|Ergo|Diét|Psycho|Prépar)' THEN 4 WHEN p.job ~ 'Cadre' THEN 5 ELSE 6 END
          FROM pgen.p p JOIN pgen.u USING (i) WHERE u.auth = 'ldap' AND u.status <> 3
        UNION ALL SELECT i, 5 FROM pgen.u WHERE i IN (14, 27, 33, 52, 61, 80, 104, 182)
        UNION ALL SELECT i, 7 FROM pgen.u WHERE auth = 'local' AND i > 1 AND i % 4 <> 2
        UNION ALL SELECT i, 8 FROM pgen.u WHERE i IN (95, 12, 44, 117, 203, 251, 288)) z) g
JOIN pgen.u u ON u.i = g.u ORDER BY u.created, g.g;

CREATE TABLE group_permission (
    permission_id varchar(150) NOT NULL,
    group_id integer NOT NULL,
    module_id varchar(50) NOT NULL,
    class varchar(255),
    state smallint,
    PRIMARY KEY (permission_id, group_id, module_id)
);
INSERT INTO group_permission (permission_id, group_id, module_id, class, state)
SELECT perm, g, mod, cls, st FROM (VALUES
 ('humhub\modules\admin\permissions\ManageUsers', 'admin', 'humhub\modules\admin\permissions\ManageUsers'),
 ('humhub\modules\admin\permissions\ManageGroups', 'admin', 'humhub\modules\admin\permissions\ManageGroups'),
 ('humhub\modules\admin\permissions\ManageSpaces', 'admin', 'humhub\modules\admin\permissions\ManageSpaces'),
 ('humhub\modules\admin\permissions\SeeAdminInformation', 'admin', 'humhub\modules\admin\permissions\SeeAdminInformation'),
 ('humhub\modules\space\permissions\CreatePrivateSpace', 'space', 'humhub\modules\space\permissions\CreatePrivateSpace'),
 ('humhub\modules\space\permissions\CreatePublicSpace', 'space', 'humhub\modules\space\permissions\CreatePublicSpace'),
 ('humhub\modules\user\permissions\CanMention', 'user', 'humhub\modules\user\permissions\CanMention'),
 ('humhub\modules\mail\permissions\StartConversation', 'mail', 'humhub\modules\mail\permissions\StartConversation'),
 ('humhub\modules\user\permissions\PeopleAccess', 'user', 'humhub\modules\user\permissions\PeopleAccess')) p(perm, mod, cls)
CROSS JOIN generate_series(2, 7) g
CROSS JOIN LATERAL (SELECT CASE WHEN perm LIKE '%admin%' THEN CASE WHEN g = 5 AND perm LIKE '%ManageUsers' THEN 1 WHEN g = 6 AND perm LIKE '%SeeAdmin%' THEN 1 ELSE 0 END
                                WHEN perm LIKE '%CreatePublicSpace' THEN CASE WHEN g IN (5, 6) THEN 1 ELSE 0 END
                                WHEN perm LIKE '%StartConversation' AND g = 7 THEN 0 ELSE 1 END AS st) x
WHERE NOT (perm LIKE '%admin%' AND g IN (2, 3, 4, 7)) OR g = 2;

CREATE TABLE contentcontainer_permission (
    permission_id varchar(150) NOT NULL,
    contentcontainer_id integer NOT NULL,
    group_id varchar(50) NOT NULL,
    module_id varchar(50) NOT NULL,
    class varchar(255),
    state smallint,
    PRIMARY KEY (permission_id, group_id, module_id, contentcontainer_id)
);
INSERT INTO contentcontainer_permission (permission_id, contentcontainer_id, group_id, module_id, class, state)
SELECT perm, 330 + s, grp, mod, perm, st FROM (VALUES
 ('humhub\modules\content\permissions\CreatePublicContent', 'content'), ('humhub\modules\post\permissions\CreatePost', 'post'),
 ('humhub\modules\comment\permissions\CreateComment', 'comment'), ('humhub\modules\space\permissions\InviteUsers', 'space'),
 ('humhub\modules\calendar\permissions\CreateEntry', 'calendar'), ('humhub\modules\wiki\permissions\EditPages', 'wiki')) p(perm, mod)
CROSS JOIN generate_series(1, 24) s
CROSS JOIN (VALUES ('member'), ('moderator'), ('guest')) g(grp)
CROSS JOIN LATERAL (SELECT CASE WHEN grp = 'guest' THEN 0 WHEN grp = 'moderator' THEN 1 WHEN s IN (1, 10, 12, 16) AND mod = 'post' THEN 0 WHEN mod = 'wiki' AND s NOT IN (3, 8, 14, 19) THEN 0 ELSE 1 END AS st) x
WHERE (s + length(perm)) % 3 <> 0 OR s IN (1, 24)
UNION ALL
SELECT 'humhub\modules\user\permissions\ViewAboutPage', p.i, g.grp, 'user', 'humhub\modules\user\permissions\ViewAboutPage', CASE WHEN g.grp = 'u_user' THEN 0 ELSE 1 END
FROM pgen.u p CROSS JOIN (VALUES ('u_user'), ('u_guest')) g(grp) WHERE p.i % 13 = 0
UNION ALL
SELECT 'humhub\modules\mail\permissions\SendMail', p.i, 'u_user', 'mail', 'humhub\modules\mail\permissions\SendMail', 0 FROM pgen.u p WHERE p.i % 29 = 0;

CREATE TABLE contentcontainer_setting (
    id serial PRIMARY KEY,
    module_id varchar(50) NOT NULL,
    contentcontainer_id integer NOT NULL,
    name varchar(50) NOT NULL,
    value text NOT NULL,
    UNIQUE (module_id, contentcontainer_id, name)
);
INSERT INTO contentcontainer_setting (module_id, contentcontainer_id, name, value)
SELECT mod, cc, name, value FROM (
  SELECT 1 AS o, u.i AS cc, 'tour' AS mod, 'hideTourPanel' AS name, '1' AS value FROM pgen.u u WHERE u.i % 3 <> 1
  UNION ALL SELECT 2, u.i, 'notification', 'notification.like_email', '0' FROM pgen.u u WHERE u.i % 4 = 0
  UNION ALL SELECT 3, u.i, 'notification', 'notification.comments_email', '0' FROM pgen.u u WHERE u.i % 5 = 0
  UNION ALL SELECT 4, u.i, 'notification', 'enable_html5_desktop_notifications', '1' FROM pgen.u u WHERE u.i % 6 = 1
  UNION ALL SELECT 5, u.i, 'activity', 'mailSummaryInterval', (ARRAY['0', '1', '2', '3'])[1 + u.i % 4] FROM pgen.u u WHERE u.i % 7 = 2
  UNION ALL SELECT 6, u.i, 'dashboard', 'hideActivitySidebarWidget', '1' FROM pgen.u u WHERE u.i % 8 = 3
  UNION ALL SELECT 7, u.i, 'mail', 'showInTopNav', '1' FROM pgen.u u WHERE u.i % 5 = 1
  -- password recovery links of local accounts: a random token and the time it was issued
  UNION ALL SELECT 8, u.i, 'user', 'passwordRecoveryToken', pgen.rnd('prt', u.i, 32) || '.' || (1700000000 + fixture_gen.n('prtt', u.i, 31000000)) FROM pgen.u u WHERE u.auth = 'local' AND u.i % 4 <> 1
  UNION ALL SELECT 9, u.i, 'user', 'mustChangePassword', '1' FROM pgen.u u WHERE u.auth = 'local' AND u.i % 5 = 0
  UNION ALL SELECT 12, 330 + s, 'space', 'indexUrl', '/s/' || url || '/' || CASE WHEN s IN (3, 8, 14) THEN 'wiki/page' ELSE 'space/space/home' END FROM pgen.sp WHERE s % 3 = 0
  UNION ALL SELECT 13, 330 + s, 'space', 'indexGuestUrl', '/s/' || url || '/space/space/about' FROM pgen.sp WHERE s % 4 = 0
  UNION ALL SELECT 14, 330 + s, 'calendar', 'defaults.participation_mode', '2' FROM pgen.sp WHERE s % 2 = 0
  UNION ALL SELECT 15, 330 + s, 'calendar', 'defaults.allowDecline', '1' FROM pgen.sp WHERE s % 2 = 0
  UNION ALL SELECT 16, 330 + s, 'wiki', 'module_label', 'Protocoles' FROM pgen.sp WHERE s IN (3, 4, 15, 22)
  UNION ALL SELECT 17, 330 + s, 'content', 'hideOnDashboard', '1' FROM pgen.sp WHERE s IN (17, 18, 19)
) z ORDER BY o, cc;

CREATE TABLE user_follow (
    id serial PRIMARY KEY,
    object_model varchar(100) NOT NULL,
    object_id integer NOT NULL,
    user_id integer NOT NULL,
    send_notifications smallint DEFAULT 1
);
INSERT INTO user_follow (object_model, object_id, user_id, send_notifications)
SELECT DISTINCT ON (om, oid, uid) om, oid, uid, CASE WHEN fixture_gen.n('ufn', k, 3) = 0 THEN 0 ELSE 1 END FROM (
  SELECT k, 'humhub\modules\user\models\User' AS om, 1 + fixture_gen.n('ufo', k, 330) AS oid, 1 + fixture_gen.n('ufu', k, 330) AS uid FROM generate_series(1, 260) k
  UNION ALL SELECT k, 'humhub\modules\space\models\Space', 1 + fixture_gen.n('ufs', k, 24), 1 + fixture_gen.n('ufv', k, 330) FROM generate_series(1001, 1120) k) z
WHERE oid <> uid OR om LIKE '%Space' ORDER BY om, oid, uid;

CREATE TABLE user_invite (
    id serial PRIMARY KEY,
    user_originator_id integer,
    space_invite_id integer,
    email varchar(150) NOT NULL UNIQUE,
    source varchar(45),
    token varchar(45) UNIQUE,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    language varchar(10),
    firstname varchar(255),
    lastname varchar(255)
);
INSERT INTO user_invite (user_originator_id, space_invite_id, email, source, token, created_at, created_by, updated_at, updated_by, language, firstname, lastname)
SELECT CASE WHEN src = 'self' THEN NULL ELSE orig END, CASE WHEN src = 'invite' AND p.i % 3 <> 0 THEN 1 + fixture_gen.n('uisp', p.i, 24) END, p.email, src, pgen.rnd('uitok', p.i, 32),
       x.c, CASE WHEN src = 'self' THEN NULL ELSE orig END, x.c + make_interval(days => fixture_gen.n('uiu', p.i, 10)), CASE WHEN src = 'self' THEN NULL ELSE orig END,
       CASE WHEN p.c = 'gb' THEN 'en' WHEN p.c = 'de' THEN 'de' ELSE 'fr' END,
       CASE WHEN src = 'invite' AND p.i % 5 <> 0 THEN p.first END, CASE WHEN src = 'invite' AND p.i % 5 <> 0 THEN p.last END
FROM pgen.p p
CROSS JOIN LATERAL (SELECT CASE WHEN p.i % 6 = 0 THEN 'self' ELSE 'invite' END AS src, (ARRAY[1, 14, 80, 27, 33, 6, 110, 160])[1 + fixture_gen.n('uio', p.i, 8)] AS orig,
                           pgen.at('uic', p.i, '2023-03-01', '2024-11-15') AS c) x
WHERE p.i BETWEEN 501 AND 560 ORDER BY x.c;

-- Stream texts. {M} is HumHub's mention markup of a colleague, {FULL}/{FIRST} the same colleague in plain text,
-- {PAT} a patient, {PH} a phone, {EM} the colleague's mail, {IBAN} a bank account.
CREATE TABLE pgen.tpl (kind text, n int, t text, PRIMARY KEY (kind, n));
INSERT INTO pgen.tpl SELECT 'post0', row_number() OVER (), t FROM unnest(ARRAY[
 'Rappel : la formation incendie obligatoire a lieu jeudi à 14h en salle Lumière (bâtiment C). Pensez à vous inscrire sur le planning.',
 'Le nouveau protocole de pose de VVP est disponible dans le wiki du service. Merci d''en prendre connaissance avant la fin du mois.',
 'Attention : coupure du réseau informatique samedi de 22h à 2h pour maintenance. Le DPI sera accessible en mode dégradé, procédure papier dans le classeur rouge.',
 'Les chariots d''urgence du 3e étage ont été vérifiés ce matin, tout est conforme. Prochain contrôle le {DATE}.',
 'Pour info, la cafétéria du site Gerland sera fermée du 24 au 28 pour travaux. Des plateaux seront livrés dans les offices.',
 'Campagne de vaccination antigrippale : la santé au travail passe dans les services la semaine prochaine, sans rendez-vous.',
 'Nouveau : les demandes de matériel biomédical passent désormais par le formulaire GLPI, plus par mail.',
 'Reminder: the clinical research journal club is on Tuesday at 12:30 in the library. This week: SGLT2 inhibitors in heart failure.',
 'Merci à toute l''équipe pour la gestion de l''afflux aux urgences ce week-end, vous avez été formidables. 🙏',
 'Les résultats de l''audit d''hygiène des mains sont en ligne : 87 % de conformité, en progrès par rapport à mars.',
 'Le parking P2 sera réservé aux ambulances à partir de lundi. Merci d''utiliser le P4, navette toutes les 10 minutes.',
 'Qui serait partant pour un covoiturage depuis Vaulx-en-Velin pour les postes de 7h ? Répondez en commentaire.',
 'The new infusion pumps arrive next week; training sessions are scheduled on both sites, see the calendar.',
 'Les plannings de juillet-août sont validés et affichés dans le bureau cadre.',
 '**Alerte BHRe** : un cas confirmé en court séjour gériatrique. Précautions complémentaires contact renforcées, voir le protocole dans le wiki Hygiène.',
 'La certification HAS aura lieu du 3 au 7 juin. Les fiches « patient traceur » sont à relire avec votre cadre.',
 'Rupture nationale de l''amoxicilline buvable : la pharmacie propose une alternative, voir la note jointe.',
 'Prochaine répétition de la chorale lundi, on attaque le programme de Noël ! Partitions dans les fichiers de l''espace.',
 'Run in Lyon : 14 inscrits sous les couleurs du GHSR cette année ! Les t-shirts sont à récupérer au CSE.',
 'Le nouveau DPI passe en production le 18 novembre sur le site Fourvière. Les formations des référents commencent la semaine prochaine.',
 'Exercice plan blanc mercredi matin sur le site Tonkin. Ne soyez pas surpris par l''alarme.',
 'Les tenues de la nouvelle blanchisserie arrivent : pensez à rendre vos anciennes tenues au vestiaire central.',
 'Les chèques vacances sont disponibles à la permanence du CSE, jeudi de 12h à 14h.',
 'Mise à jour de Windows sur les postes du bloc ce soir après 20h, merci de fermer vos sessions.'
]) t;
INSERT INTO pgen.tpl SELECT 'post1', row_number() OVER (), t FROM unnest(ARRAY[
 'Bienvenue à {M} qui rejoint l''équipe de nuit à partir de lundi ! N''hésitez pas à lui faire visiter le service.',
 '{PAT} (ch. {ROOM}) a oublié ses lunettes et son chargeur en sortant hier. Sa fille passera les récupérer, son numéro : {PH}.',
 'Je cherche quelqu''un pour échanger ma garde du {DATE}. Me contacter au {PH} ou par mail.',
 'Pot de départ de {M} vendredi à 16h en salle de pause, après 23 ans dans le service ! Participation à la cagnotte auprès de {M2}.',
 'Suite à la chute de {PAT} cette nuit (ch. {ROOM}), déclaration d''EI faite. {M} a prévenu la famille.',
 'Le Dr {LAST} est en congé jusqu''au {DATE}, en cas d''urgence appeler l''astreinte au {PH}.',
 'Félicitations à {M} pour la naissance de sa petite Inès ! Maman et bébé vont bien. 👶',
 'Perdu : badge au nom de {FULL}, probablement au self. Si vous le trouvez, merci de le déposer à l''accueil.',
 '{PAT} (DDN {BDATE}) : transfert en réa cette nuit. Merci de transmettre le dossier papier à {M}.',
 'Pour les questions de paie, {M} remplace {M2} jusqu''à fin juin. Ligne directe : {PH}.',
 'Thanks {M} for covering the weekend shifts. Please send me your hours at {EM} so I can update the roster.',
 '{M} est en arrêt jusqu''à nouvel ordre, merci de ne pas la solliciter. Les demandes de planning passent par {M2}.',
 'Pendant les congés de la secrétaire, écrire à {EM} pour les convocations de cardiologie.',
 'La famille de {PAT} (ch. {ROOM}) souhaite remercier toute l''équipe, ils ont déposé des chocolats en salle de soins.',
 'Qui a vu le dossier de {PAT} ? Il n''est plus dans le casier du médecin. Merci de me prévenir au {PH}.',
 'Covoiturage : je pars de {CITY} tous les matins à 6h15 pour Gerland, 2 places. {PH}',
 'Condoléances à {M} et à sa famille. Une carte circule dans le service jusqu''à vendredi.',
 'Urgent : cherche IDE pour remplacer {FULL} demain 7h-19h en réa, heures supplémentaires majorées. Appeler le cadre de garde au {PH}.',
 'Merci {M} pour l''organisation de la soirée de Noël, c''était parfait !',
 '{PAT} (DDN {BDATE}) : réadmission lundi pour la cure de chimio, prévoir une chambre seule. Contact de l''aidant : {PH}.',
 'Les résultats de sérologie de {PAT} sont arrivés, {M} peux-tu les intégrer au dossier ?',
 'Bravo à {M} qui a obtenu son DU plaies et cicatrisation ! 🎉'
]) t;
INSERT INTO pgen.tpl SELECT 'com0', row_number() OVER (), t FROM unnest(ARRAY[
 'Merci pour l''info !', 'Bien noté.', 'Top, merci 👍', 'Est-ce que ça concerne aussi le site Tonkin ?', 'Je serai là.', 'Super nouvelle !', 'Thanks, noted.',
 'Le lien ne marche pas chez moi.', 'Je m''inscris pour la session de 14h.', 'On peut en parler au staff de jeudi ?', 'Même problème au 4e étage.', 'C''est réglé, merci la DSI.',
 'Il reste des places pour la session de mars ?', 'Bravo à tous !', '+1', 'Je peux venir à 7h si besoin.', 'Où trouve-t-on le formulaire ?', 'Parfait, merci pour la réactivité.',
 'Je prends, merci !', 'Can we get the slides afterwards?', 'Attention, la version du protocole dans le classeur n''est pas à jour.', 'Merci, transmis à l''équipe de nuit.'
]) t;
INSERT INTO pgen.tpl SELECT 'com1', row_number() OVER (), t FROM unnest(ARRAY[
 '{M} tu peux regarder ça ?', 'Je peux prendre ta garde, appelle-moi au {PH}.', 'La famille de {PAT} a rappelé ce matin, je leur ai donné le numéro du cadre.',
 'Bienvenue {FIRST} !', 'Félicitations {FIRST} !', 'Envoie-moi le document sur {EM}.', 'C''est {M2} qui gère, sa ligne directe c''est le {PH}.',
 'Je pars aussi de {CITY}, on peut s''arranger. Mon numéro : {PH}', 'Sortie de {PAT} hier finalement, j''ai rendu les affaires à son fils.',
 'Merci {FIRST}, tu es au top.', 'Ping {M}', 'Plein de courage {FIRST}, on pense fort à toi.', 'Je crois que c''est {FULL} qui l''avait en dernier.'
]) t;

CREATE TABLE pgen.po (k int PRIMARY KEY, s int, cc int, author int, at timestamp, pd boolean);
INSERT INTO pgen.po
SELECT k, s, CASE WHEN s IS NULL THEN a ELSE 330 + s END, a, t, fixture_gen.n('ppd', k, 20) < 9
FROM generate_series(1, 440) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 11 = 0 THEN NULL ELSE (ARRAY[1, 1, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 17, 18, 19, 20, 21, 22, 23, 24, 3, 4, 21])[1 + fixture_gen.n('pos', k, 32)] END AS s,
                           pgen.at('pot', k, '2019-10-01', '2024-11-19') AS t) x
CROSS JOIN LATERAL (SELECT coalesce((SELECT m.user_id FROM space_membership m WHERE m.space_id = x.s AND m.status = 3 AND m.created_at < x.t ORDER BY m.id OFFSET fixture_gen.n('poa', k, 15) LIMIT 1),
                                    (SELECT owner FROM pgen.sp WHERE sp.s = x.s), 1 + fixture_gen.n('pou', k, 330)) AS a) y;

CREATE TABLE post (
    id serial PRIMARY KEY,
    message text,
    url varchar(255),
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer
);
INSERT INTO post (id, message, url, created_at, created_by, updated_at, updated_by)
SELECT k, replace(pgen.fill((SELECT t FROM pgen.tpl WHERE kind = CASE WHEN pd THEN 'post1' ELSE 'post0' END AND n = 1 + fixture_gen.n('pot' || pd, k, CASE WHEN pd THEN 22 ELSE 24 END)), 'po', k),
               '{CITY}', (SELECT city FROM pgen.p WHERE i = author)),
       CASE WHEN k % 17 = 0 THEN fixture_gen.pick(ARRAY['https://www.has-sante.fr/jcms/p_3345132/fr/certification-des-etablissements-de-sante', 'https://www.youtube.com/watch?v=' || pgen.rnd('yt', k, 11),
                                                  'https://ansm.sante.fr/disponibilites-des-produits-de-sante/medicaments', 'https://www.runinlyon.com/fr'], 'pourl', k) END,
       at, author, at + CASE WHEN k % 5 = 0 THEN make_interval(mins => 3 + fixture_gen.n('poe', k, 300)) ELSE interval '0' END, author
FROM pgen.po ORDER BY k;

CREATE TABLE content (
    id serial PRIMARY KEY,
    guid varchar(45) NOT NULL UNIQUE,
    object_model varchar(100) NOT NULL,
    object_id integer NOT NULL,
    visibility smallint,
    pinned smallint,
    archived smallint,
    created_at timestamp NOT NULL,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    contentcontainer_id integer REFERENCES contentcontainer (id),
    stream_sort_date timestamp,
    stream_channel varchar(15),
    locked_comments smallint NOT NULL DEFAULT 0,
    state smallint NOT NULL DEFAULT 1,
    scheduled_at timestamp,
    hidden smallint NOT NULL DEFAULT 0
);
-- addc: a content row for an object.
CREATE FUNCTION pgen.addc(om text, oid int, cc int, author int, at timestamp, vis int, chan text) RETURNS int LANGUAGE sql AS $$
  INSERT INTO content (guid, object_model, object_id, visibility, pinned, archived, created_at, created_by, updated_at, updated_by, contentcontainer_id, stream_sort_date, stream_channel,
      locked_comments, state, scheduled_at, hidden)
  VALUES (fixture_gen.uuid('cg' || om, oid), om, oid, vis, CASE WHEN chan = 'default' AND fixture_gen.n('cpin' || om, oid, 40) = 0 THEN 1 ELSE 0 END,
          CASE WHEN chan = 'default' AND at < '2022-01-01' AND fixture_gen.n('carc' || om, oid, 15) = 0 THEN 1 ELSE 0 END, at, author, at, author, cc, at, chan,
          CASE WHEN chan = 'default' AND fixture_gen.n('clk' || om, oid, 60) = 0 THEN 1 ELSE 0 END,
          CASE WHEN chan = 'default' AND fixture_gen.n('cst' || om, oid, 45) = 0 THEN 100 WHEN chan = 'default' AND fixture_gen.n('cst' || om, oid, 45) = 1 THEN 0 ELSE 1 END, NULL,
          CASE WHEN chan = 'default' AND fixture_gen.n('chd' || om, oid, 80) = 0 THEN 1 ELSE 0 END)
  RETURNING id
$$;
DO $$ BEGIN PERFORM count(pgen.addc('humhub\modules\post\models\Post', po.k, po.cc, po.author, po.at,
                       CASE WHEN po.s IS NULL THEN CASE WHEN po.k % 3 = 0 THEN 0 ELSE 1 END WHEN (SELECT vis FROM pgen.sp WHERE sp.s = po.s) = 0 THEN 0 WHEN po.k % 4 = 0 THEN 1 ELSE 0 END, 'default'))
FROM (SELECT * FROM pgen.po ORDER BY at) po; END $$;

CREATE TABLE comment (
    id serial PRIMARY KEY,
    message text,
    object_model varchar(100) NOT NULL,
    object_id integer NOT NULL,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer
);
INSERT INTO comment (message, object_model, object_id, created_at, created_by, updated_at, updated_by)
SELECT replace(pgen.fill((SELECT t FROM pgen.tpl WHERE kind = CASE WHEN d.pd THEN 'com1' ELSE 'com0' END AND n = 1 + fixture_gen.n('cot' || d.pd, j, CASE WHEN d.pd THEN 13 ELSE 22 END)), 'co', j),
               '{CITY}', (SELECT city FROM pgen.p WHERE i = x.a)),
       'humhub\modules\post\models\Post', po.k, x.t, x.a, x.t + CASE WHEN j % 9 = 0 THEN interval '2 minutes' ELSE interval '0' END, a
FROM generate_series(1, 780) j
CROSS JOIN LATERAL (SELECT fixture_gen.n('copd', j, 20) < 7 AS pd) d
JOIN pgen.po po ON po.k = 1 + fixture_gen.n('cop', j, 440)
CROSS JOIN LATERAL (SELECT po.at + make_interval(mins => 2 + fixture_gen.n('cotm', j, 4000)) AS t,
                           coalesce((SELECT m.user_id FROM space_membership m WHERE m.space_id = po.s AND m.status = 3 ORDER BY m.id OFFSET fixture_gen.n('coa', j, 20) LIMIT 1), 1 + fixture_gen.n('cou', j, 330)) AS a) x
ORDER BY t;
-- replies to comments
INSERT INTO comment (message, object_model, object_id, created_at, created_by, updated_at, updated_by)
SELECT replace(pgen.fill((SELECT t FROM pgen.tpl WHERE kind = 'com' || (k % 2) AND n = 1 + fixture_gen.n('crt', k, CASE WHEN k % 2 = 1 THEN 13 ELSE 22 END)), 'cr', k), '{CITY}', 'Bron'),
       'humhub\modules\comment\models\Comment', c.id, c.created_at + make_interval(mins => 1 + fixture_gen.n('crm', k, 600)), 1 + fixture_gen.n('cra', k, 330),
       c.created_at + make_interval(mins => 1 + fixture_gen.n('crm', k, 600)), 1 + fixture_gen.n('cra', k, 330)
FROM generate_series(1, 90) k JOIN comment c ON c.id = 1 + fixture_gen.n('crc', k, 780) ORDER BY 4;

CREATE TABLE "like" (
    id serial PRIMARY KEY,
    target_user_id integer,
    object_model varchar(100) NOT NULL,
    object_id integer NOT NULL,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer
);
INSERT INTO "like" (target_user_id, object_model, object_id, created_at, created_by, updated_at, updated_by)
SELECT DISTINCT ON (om, oid, who) tgt, om, oid, t, who, t, who FROM (
  SELECT p.created_by AS tgt, 'humhub\modules\post\models\Post' AS om, p.id AS oid, p.created_at + make_interval(mins => 1 + fixture_gen.n('lkt', k, 3000)) AS t, 1 + fixture_gen.n('lkw', k, 330) AS who
  FROM generate_series(1, 720) k JOIN post p ON p.id = 1 + fixture_gen.n('lkp', k, 440)
  UNION ALL
  SELECT c.created_by, 'humhub\modules\comment\models\Comment', c.id, c.created_at + make_interval(mins => 1 + fixture_gen.n('lkt', k, 900)), 1 + fixture_gen.n('lkw', k, 330)
  FROM generate_series(1001, 1300) k JOIN comment c ON c.id = 1 + fixture_gen.n('lkc', k, 870)) z
WHERE who <> tgt ORDER BY om, oid, who, t;

CREATE TABLE user_mentioning (
    id serial PRIMARY KEY,
    object_model varchar(100) NOT NULL,
    object_id integer NOT NULL,
    user_id integer NOT NULL
);
INSERT INTO user_mentioning (object_model, object_id, user_id)
SELECT om, oid, u.id FROM (
  SELECT 'humhub\modules\post\models\Post' AS om, id AS oid, created_at, (regexp_matches(message, 'mention:([0-9a-f-]{36})', 'g'))[1] AS g FROM post
  UNION ALL SELECT 'humhub\modules\comment\models\Comment', id, created_at, (regexp_matches(message, 'mention:([0-9a-f-]{36})', 'g'))[1] FROM comment) z
JOIN "user" u ON u.guid = z.g ORDER BY z.created_at;

CREATE TABLE content_tag (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    module_id varchar(100) NOT NULL,
    contentcontainer_id integer,
    type varchar(100),
    parent_id integer,
    color varchar(7),
    sort_order integer DEFAULT 0
);
INSERT INTO content_tag (name, module_id, contentcontainer_id, type, parent_id, color, sort_order)
SELECT name, mod, cc, typ, NULL, col, so FROM (VALUES
 ('Protocoles', 'topic', NULL, 'humhub\modules\topic\models\Topic', NULL, 0), ('Planning', 'topic', NULL, 'humhub\modules\topic\models\Topic', NULL, 0),
 ('Hygiène', 'topic', NULL, 'humhub\modules\topic\models\Topic', NULL, 0), ('Certification HAS', 'topic', NULL, 'humhub\modules\topic\models\Topic', NULL, 0),
 ('DPI', 'topic', NULL, 'humhub\modules\topic\models\Topic', NULL, 0), ('Formation', 'topic', NULL, 'humhub\modules\topic\models\Topic', NULL, 0),
 ('Vie du service', 'topic', 333, 'humhub\modules\topic\models\Topic', NULL, 0), ('Échanges de garde', 'topic', 334, 'humhub\modules\topic\models\Topic', NULL, 0),
 ('Pharmacovigilance', 'topic', 335, 'humhub\modules\topic\models\Topic', NULL, 0), ('Billetterie', 'topic', 341, 'humhub\modules\topic\models\Topic', NULL, 0),
 ('Ruptures de stock', 'topic', 335, 'humhub\modules\topic\models\Topic', NULL, 0), ('Recrutement', 'topic', 354, 'humhub\modules\topic\models\Topic', NULL, 0),
 ('Réunion', 'calendar', 331, 'humhub\modules\calendar\models\CalendarEntryType', '#1b5e8c', 0), ('Formation', 'calendar', 331, 'humhub\modules\calendar\models\CalendarEntryType', '#0277bd', 1),
 ('Staff', 'calendar', 333, 'humhub\modules\calendar\models\CalendarEntryType', '#c62828', 0), ('Garde', 'calendar', 334, 'humhub\modules\calendar\models\CalendarEntryType', '#d84315', 0),
 ('Événement', 'calendar', 341, 'humhub\modules\calendar\models\CalendarEntryType', '#ad1457', 0), ('Répétition', 'calendar', 348, 'humhub\modules\calendar\models\CalendarEntryType', '#ff7043', 0),
 ('Sortie', 'calendar', 349, 'humhub\modules\calendar\models\CalendarEntryType', '#ffb300', 0), ('Comité projet', 'calendar', 350, 'humhub\modules\calendar\models\CalendarEntryType', '#5d4037', 0),
 ('Tâches DPI', 'tasks', 350, 'humhub\modules\tasks\models\lists\TaskList', '#5d4037', 0), ('Commandes', 'tasks', 333, 'humhub\modules\tasks\models\lists\TaskList', '#c62828', 0),
 ('Accueil nouveaux', 'tasks', 354, 'humhub\modules\tasks\models\lists\TaskList', '#424242', 0), ('Matériel', 'tasks', 339, 'humhub\modules\tasks\models\lists\TaskList', '#455a64', 0)
) v(name, mod, cc, typ, col, so);

-- The mail module: conversations, their entries and participants.
CREATE TABLE message (
    id serial PRIMARY KEY,
    title varchar(255),
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer
);
CREATE TABLE message_entry (
    id serial PRIMARY KEY,
    message_id integer NOT NULL REFERENCES message (id),
    user_id integer NOT NULL,
    content text NOT NULL,
    type smallint NOT NULL DEFAULT 0,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer
);
CREATE TABLE user_message (
    message_id integer NOT NULL REFERENCES message (id),
    user_id integer NOT NULL,
    is_originator smallint,
    last_viewed timestamp,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    PRIMARY KEY (message_id, user_id)
);
-- Conversation scripts: a subject and the alternating entries of two people (a = starter, b = other).
CREATE TABLE pgen.conv (n int PRIMARY KEY, title text, lines text[]);
INSERT INTO pgen.conv VALUES
 (1, 'Échange de garde', ARRAY['Salut {BFIRST}, tu pourrais me remplacer le {DATE} ? Je te rends ta garde quand tu veux.', 'Oui pas de souci, envoie-moi un SMS au {BPH} pour confirmer.', 'Super merci, je préviens le cadre.']),
 (2, 'Arrêt de travail', ARRAY['Bonjour {BFIRST}, je vous transmets mon arrêt de travail jusqu''au {DATE} (en pièce jointe). Je suis joignable au {APH} si besoin.', 'Bien reçu, prenez soin de vous. Je transmets au bureau du personnel.', 'Merci beaucoup.']),
 (3, 'Accès DPI', ARRAY['Mon accès au DPI ne fonctionne plus depuis ce matin, peux-tu réinitialiser ? Mon identifiant est {AUSER}.', 'C''est fait, ton compte était verrouillé après 5 essais. Tu recevras le lien sur {AEM}.', 'Ça marche, merci !']),
 (4, 'Dossier de {PAT}', ARRAY['{PAT} (DDN {BDATE}) est parti(e) en réa cette nuit, peux-tu prévenir son épouse ? Son numéro : {PH}', 'Je l''appelle ce matin. Tu sais s''il y a des directives anticipées dans le dossier ?', 'Oui, dans l''onglet documents, scannées en mars.']),
 (5, 'Remboursement congrès', ARRAY['Hello {BFIRST}, can you send me your bank details for the reimbursement of the ESC congress fees?', 'Bien sûr, voici mon RIB : {IBAN} (titulaire {BFULL}).', 'Thanks, transferred to accounting today.']),
 (6, 'Pot de départ', ARRAY['On organise le pot de départ de {FULL} le {DATE}, tu participes à la cagnotte ?', 'Oui, je mets 10 €. On lui offre quoi ?', 'Un baptême en montgolfière, elle en rêve depuis des années 🎈']),
 (7, 'Visite médicale', ARRAY['Bonjour {BFIRST}, votre visite à la santé au travail est fixée au {DATE} à 10h, bâtiment A.', 'Merci, je serai en repos ce jour-là mais je viendrai.', 'Parfait, pensez à apporter votre carnet de vaccination.']),
 (8, 'Recrutement IDE nuit', ARRAY['J''ai reçu la candidature de {FULL}, IDE diplômée en 2019, actuellement en intérim. Tu veux la rencontrer ?', 'Oui, propose-lui jeudi 14h. Tu as son numéro ?', 'Elle m''a laissé le {PH}, je l''appelle.']),
 (9, 'Covoiturage', ARRAY['Tu pars toujours de {ACITY} le matin ? Je viens d''emménager à côté, {ASTREET}.', 'Oui, départ 6h15. Je peux passer te prendre, on partage l''essence.', 'Génial, à lundi alors !']),
 (10, 'Question paie', ARRAY['Bonjour, ma prime de nuit de septembre n''apparaît pas sur ma fiche de paie. Mon matricule est {AMAT}.', 'Bonjour, je vérifie avec le service et je reviens vers vous.', 'C''était une erreur de saisie, ce sera régularisé sur la paie d''octobre.']),
 (11, 'Planning juillet', ARRAY['Je ne pourrai pas faire le week-end du 14, ma mère est hospitalisée à Dakar et je pars la voir.', 'Je comprends, je vais trouver quelqu''un. Bon courage.', 'Merci {BFIRST}.']),
 (12, 'Formation AFGSU', ARRAY['Il me manque ton attestation AFGSU 2 pour le dossier de certification, tu peux me l''envoyer ?', 'Je la cherche, je crois qu''elle est chez moi. Je te l''envoie ce soir.', 'Voilà, en pièce jointe.']),
 (13, 'Re: badge', ARRAY['J''ai retrouvé ton badge au vestiaire, je le laisse dans ton casier ?', 'Oui merci, casier 214 !', '👍']),
 (14, 'Entretien annuel', ARRAY['Bonjour {BFIRST}, je vous propose votre entretien annuel le {DATE} à 15h. Pensez à remplir la grille d''auto-évaluation.', 'C''est noté. Je voudrais aussi parler de mon projet de formation IBODE.', 'Très bien, on en parlera.']);

CREATE TABLE pgen.cv (m int PRIMARY KEY, n int, a int, b int, at timestamp);
INSERT INTO pgen.cv
SELECT m, 1 + fixture_gen.n('cvn', m, 14), 1 + fixture_gen.n('cva', m, 330), 1 + fixture_gen.n('cvb', m, 330), pgen.at('cvt', m, '2020-01-10', '2024-11-18') FROM generate_series(1, 110) m;
UPDATE pgen.cv SET b = 1 + (b % 330) WHERE a = b;

-- cfill: a conversation line with the two people's data.
CREATE FUNCTION pgen.cfill(t text, m int, a int, b int) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(pgen.fill(t, 'cv', m),
    '{BFIRST}', pb.first), '{BFULL}', pb.full_name), '{BPH}', pb.mobile), '{APH}', pa.mobile), '{AUSER}', pa.username), '{AEM}', pa.email), '{ACITY}', pa.city),
    '{ASTREET}', pa.street || ', ' || pa.zip || ' ' || pa.city), '{AMAT}', lpad((80000 + fixture_gen.n('mat', a, 19000))::text, 6, '0'))
  FROM pgen.p pa, pgen.p pb WHERE pa.i = a AND pb.i = b
$$;

INSERT INTO message (id, title, created_at, created_by, updated_at, updated_by)
SELECT cv.m, pgen.cfill(c.title, cv.m, cv.a, cv.b), cv.at, cv.a, cv.at + make_interval(hours => 2 + fixture_gen.n('cvu', cv.m, 60)), cv.a FROM pgen.cv cv JOIN pgen.conv c ON c.n = cv.n ORDER BY cv.m;
INSERT INTO message_entry (message_id, user_id, content, type, created_at, created_by, updated_at, updated_by)
SELECT cv.m, CASE WHEN l % 2 = 1 THEN cv.a ELSE cv.b END, pgen.cfill(c.lines[l], cv.m, cv.a, cv.b), 0, t, CASE WHEN l % 2 = 1 THEN cv.a ELSE cv.b END, t, CASE WHEN l % 2 = 1 THEN cv.a ELSE cv.b END
FROM pgen.cv cv JOIN pgen.conv c ON c.n = cv.n CROSS JOIN generate_series(1, 3) l
CROSS JOIN LATERAL (SELECT cv.at + make_interval(mins => (l - 1) * 600 + CASE WHEN l > 1 THEN 3 + fixture_gen.n('cvl', cv.m * 10 + l, 500) ELSE 0 END) AS t) x
WHERE l <= cardinality(c.lines) AND NOT (l = 3 AND cv.m % 4 = 0)
ORDER BY t;
-- a third participant joins some conversations
INSERT INTO message_entry (message_id, user_id, content, type, created_at, created_by, updated_at, updated_by)
SELECT cv.m, 1 + (cv.a * 7) % 330, '', 1, cv.at + interval '3 hours', cv.a, cv.at + interval '3 hours', cv.a FROM pgen.cv cv WHERE cv.m % 9 = 0;
INSERT INTO user_message (message_id, user_id, is_originator, last_viewed, created_at, created_by, updated_at, updated_by)
SELECT DISTINCT ON (cv.m, u) cv.m, u, (u = cv.a)::int, CASE WHEN fixture_gen.n('umv', cv.m * 1000 + u, 6) > 0 THEN cv.at + make_interval(hours => 1 + fixture_gen.n('umh', cv.m * 1000 + u, 200)) END,
       cv.at, cv.a, cv.at, cv.a
FROM pgen.cv cv CROSS JOIN LATERAL (VALUES (cv.a), (cv.b), (CASE WHEN cv.m % 9 = 0 THEN 1 + (cv.a * 7) % 330 END)) v(u) WHERE u IS NOT NULL ORDER BY cv.m, u;

-- The calendar module.
CREATE TABLE calendar_entry (
    id serial PRIMARY KEY,
    title varchar(200) NOT NULL,
    description text,
    start_datetime timestamp NOT NULL,
    end_datetime timestamp NOT NULL,
    all_day smallint NOT NULL DEFAULT 0,
    participation_mode smallint,
    color varchar(7),
    allow_decline smallint DEFAULT 1,
    allow_maybe smallint DEFAULT 1,
    time_zone varchar(60),
    participant_info text,
    closed smallint DEFAULT 0,
    max_participants integer,
    rrule varchar(255),
    parent_event_id integer,
    recurrence_id varchar(50),
    exdate text,
    sequence integer NOT NULL DEFAULT 0,
    uid varchar(255),
    location varchar(255)
);
CREATE TABLE pgen.ce (k int PRIMARY KEY, s int, tno int, author int, st timestamp, created timestamp);
INSERT INTO pgen.ce
SELECT k, s, tno, (SELECT owner FROM pgen.sp WHERE sp.s = x.s), st, least(st - make_interval(days => 3 + fixture_gen.n('cec', k, 40)), timestamp '2024-11-19 17:00:00' - make_interval(mins => k * 37))
FROM generate_series(1, 96) k
CROSS JOIN LATERAL (SELECT fixture_gen.n('cet', k, 18) + 1 AS tno) t
CROSS JOIN LATERAL (SELECT (ARRAY[3, 13, 24, 2, 14, 15, 12, 3, 18, 19, 20, 20, 11, 12, 16, 1, 24, 14])[tno] AS s,
                           date_trunc('hour', pgen.at('ces', k, '2020-01-06', '2025-01-31')) AS st) x;
INSERT INTO calendar_entry (id, title, description, start_datetime, end_datetime, all_day, participation_mode, color, allow_decline, allow_maybe, time_zone, participant_info, closed,
    max_participants, rrule, parent_event_id, recurrence_id, exdate, sequence, uid, location)
SELECT ce.k, pgen.fill((ARRAY['Staff cardiologie', 'Formation AFGSU niveau 2', 'Réunion des cadres', 'Pot de départ de {FULL}', 'Journal club', 'Exercice incendie', 'Comité qualité',
          'Repas de Noël du service', 'Répétition chorale', 'Sortie running parc de Gerland', 'Comité projet DPI', 'Formation référents DPI', 'Permanence CSE', 'Visite de certification HAS',
          'Accueil des internes', 'Collecte de sang EFS', 'Entretien annuel – {FULL}', 'Soutenance de thèse de {FULL}'])[ce.tno], 'ce', ce.k),
       pgen.fill((ARRAY['Revue des dossiers de la semaine et des entrées programmées.', 'Session de 2 jours, présence obligatoire les deux jours. Tenue confortable.',
          'Ordre du jour : plannings d''été, absentéisme, recrutements. Situation de {FULL} à évoquer en fin de réunion.', 'Venez nombreux ! Cagnotte auprès de {M2} jusqu''au {DATE}.',
          'Article de la semaine présenté par {FULL}.', 'Évacuation du bâtiment C. Les patients ne sont pas concernés.', 'Revue des EI du trimestre et du plan d''actions.',
          'Chacun apporte un plat ! Inscriptions auprès de {FULL} ({PH}).', 'Programme de Noël, partitions dans les fichiers.', 'Boucle de 8 km, tous niveaux.',
          'Point d''avancement, bascule du site Fourvière, formation des référents.', 'Formation des référents DPI par service, 3 heures.', 'Permanence des élus : chèques vacances, billetterie.',
          'Les experts-visiteurs rencontreront les équipes. Liste des patients traceurs transmise aux cadres.', 'Accueil des internes du semestre : badges, codes, visite.',
          'L''EFS installe la collecte dans le hall, sans rendez-vous.', 'Entretien d''évaluation annuel. Grille d''auto-évaluation à remplir avant.', 'Venez soutenir {FULL} ! Pot après la soutenance.'])[ce.tno], 'ced', ce.k),
       ce.st, ce.st + CASE WHEN ce.tno IN (2, 12) THEN interval '8 hours' WHEN ce.tno IN (8, 16) THEN interval '4 hours' ELSE interval '90 minutes' END,
       CASE WHEN ce.tno = 16 THEN 1 ELSE 0 END, CASE WHEN ce.tno IN (2, 4, 8, 12, 10) THEN 2 ELSE 0 END, NULL, 1, CASE WHEN ce.tno IN (4, 8) THEN 1 ELSE 0 END, 'Europe/Paris',
       CASE WHEN ce.tno IN (2, 12) THEN 'Apportez votre badge et un stylo. Repas non fourni.' WHEN ce.tno IN (4, 8, 18) THEN pgen.fill('Merci de confirmer à {FULL} ({PH}) avant le {DATE}.', 'cep', ce.k) END,
       CASE WHEN ce.st < '2024-11-20' AND ce.tno IN (2, 12) THEN 1 ELSE 0 END, CASE WHEN ce.tno IN (2, 12) THEN 12 WHEN ce.tno = 10 THEN 25 END,
       CASE WHEN ce.tno IN (1, 5, 9) AND ce.k % 3 = 0 THEN 'FREQ=WEEKLY;INTERVAL=1;BYDAY=' || (ARRAY['MO', 'TU', 'WE', 'TH', 'FR'])[1 + extract(isodow FROM ce.st)::int % 5] END,
       NULL, NULL, NULL, CASE WHEN ce.k % 7 = 0 THEN 1 ELSE 0 END, 'humhub-calendar-entry-' || fixture_gen.hexn('ceuid', ce.k, 32),
       (ARRAY['Salle de staff, 2e étage – Site Fourvière', 'Centre de simulation, bâtiment F – Site Gerland', 'Salle du conseil, Siège Part-Dieu', 'Salle de pause du service', 'Bibliothèque médicale – Site Fourvière',
          'Bâtiment C – Site Fourvière', 'Salle Lumière, bâtiment C', 'Restaurant Le Passage, rue du Plâtre, Lyon 1er', 'Salle Lumière (Fourvière)', 'Parc de Gerland, entrée allée Pierre de Coubertin',
          'Visio Teams', 'Salle informatique, Siège Part-Dieu', 'Local CSE, rez-de-chaussée – Site Gerland', 'Tous les sites', 'Amphithéâtre – Site Gerland', 'Hall d''accueil – Site Tonkin',
          'Bureau cadre', 'Faculté de médecine Lyon Est, amphithéâtre Roux'])[ce.tno]
FROM pgen.ce ce ORDER BY ce.k;
DO $$ BEGIN PERFORM count(pgen.addc('humhub\modules\calendar\models\CalendarEntry', ce.k, 330 + ce.s, ce.author, ce.created, CASE WHEN ce.s IN (24, 20) THEN 0 ELSE 1 END, 'default'))
FROM (SELECT * FROM pgen.ce ORDER BY created) ce; END $$;

CREATE TABLE calendar_entry_participant (
    id serial PRIMARY KEY,
    calendar_entry_id integer NOT NULL REFERENCES calendar_entry (id),
    user_id integer NOT NULL,
    participation_state smallint,
    UNIQUE (calendar_entry_id, user_id)
);
INSERT INTO calendar_entry_participant (calendar_entry_id, user_id, participation_state)
SELECT DISTINCT ON (ce.k, m.user_id) ce.k, m.user_id, (ARRAY[3, 3, 3, 3, 2, 1])[1 + fixture_gen.n('cps', ce.k * 1000 + m.user_id, 6)]
FROM pgen.ce ce JOIN space_membership m ON m.space_id = ce.s AND m.status = 3
WHERE fixture_gen.n('cpx', ce.k * 1000 + m.user_id, 5) = 0 OR m.user_id = ce.author ORDER BY ce.k, m.user_id;

-- The wiki module.
CREATE TABLE wiki_page (
    id serial PRIMARY KEY,
    title varchar(255) NOT NULL,
    is_home smallint NOT NULL DEFAULT 0,
    admin_only smallint NOT NULL DEFAULT 0,
    is_category smallint NOT NULL DEFAULT 0,
    parent_page_id integer,
    sort_order integer,
    is_container_menu smallint NOT NULL DEFAULT 0,
    container_menu_order integer
);
CREATE TABLE wiki_page_revision (
    id serial PRIMARY KEY,
    revision integer NOT NULL,
    is_latest smallint NOT NULL DEFAULT 0,
    wiki_page_id integer NOT NULL REFERENCES wiki_page (id),
    user_id integer NOT NULL,
    content text
);
CREATE TABLE pgen.wk (k int PRIMARY KEY, s int, title text, cat int, home int, body text);
INSERT INTO pgen.wk VALUES
 (1, 3, 'Accueil du service', NULL, 1, E'# Cardiologie – Fourvière\n\nBienvenue dans le wiki du service. Voir les [protocoles](wiki:2) et l''[annuaire des astreintes](wiki:3).'),
 (2, 3, 'Protocoles', NULL, 0, E'Catégorie regroupant les protocoles médicaux et paramédicaux du service.'),
 (3, 3, 'Annuaire des astreintes', NULL, 0, E'| Semaine | Cardiologue d''astreinte | Portable |\n|---|---|---|\n| S1 | Dr {LAST} | {PH} |\n| S2 | {FULL} | 06 71 42 18 95 |\n\nEn cas d''injoignabilité, appeler le chef de service {M2}.'),
 (4, 3, 'Pose de VVP', 2, 0, E'1. Friction hydro-alcoolique\n2. Pose du garrot\n3. Antisepsie en 4 temps\n\nValidé par le CLIN en 2023.'),
 (5, 3, 'Surveillance post-coronarographie', 2, 0, E'Surveillance du point de ponction toutes les 15 min la première heure, puis toutes les heures pendant 6 h.'),
 (6, 4, 'Accueil urgences', NULL, 1, E'# SAU Gerland\n\nOrganisation, numéros utiles et protocoles de l''équipe.'),
 (7, 4, 'Numéros utiles', NULL, 0, E'- Régulation SAMU : 15\n- Réanimation : poste 4410\n- Cadre de nuit : {FULL}, {PH}\n- Interne de garde : bip 3312\n- Assistante sociale : {M2}'),
 (8, 4, 'Circuit patient', NULL, 0, E'Tri IOA, box, UHCD. Les patients en attente d''hospitalisation de plus de 4 h sont signalés au bed manager.'),
 (9, 8, 'Guide DPI', NULL, 1, E'# Dossier patient informatisé\n\nConnexion avec votre compte Windows. En cas de problème, support au poste 4000.'),
 (10, 8, 'Wi-Fi et imprimantes', NULL, 0, E'Le Wi-Fi GHSR-Pro utilise votre compte Windows. Le Wi-Fi invité est géré par l''accueil. Imprimantes : file d''attente \\\\print-fourviere\\ au 2e étage.'),
 (11, 8, 'Référents informatiques par service', NULL, 0, E'- Cardiologie : {FULL}\n- Urgences : {M2}\n- Pédiatrie : à désigner\n\nLes référents ont un accès prioritaire au support.'),
 (12, 12, 'Déclarer un événement indésirable', NULL, 1, E'Tout EI se déclare sur le portail qualité, sans nommer le patient dans le titre. Les déclarations sont anonymisées pour le CREX.'),
 (13, 12, 'Calendrier de certification', NULL, 0, E'Visite HAS du 3 au 7 juin. Patients traceurs : 12 par site.'),
 (14, 13, 'Catalogue de formation', NULL, 1, E'AFGSU 1 et 2, incendie, manutention, hygiène des mains, gestes et postures, bientraitance.'),
 (15, 15, 'Précautions complémentaires contact', NULL, 1, E'Tablier à usage unique, gants pour les soins à risque, signalisation sur la porte, matériel dédié.'),
 (16, 15, 'Gestion des DASRI', NULL, 0, E'Les déchets d''activités de soins à risques infectieux sont éliminés dans les conteneurs jaunes, fermés aux 3/4.'),
 (17, 16, 'Livret d''accueil', NULL, 1, E'# Bienvenue au GHSR\n\nBadge, tenues, vestiaires, restauration, parking et transport : tout est ici. Votre contact RH : {FULL} ({EM}).'),
 (18, 16, 'Plan des sites', NULL, 0, E'Site Fourvière : bâtiments A à F. Site Gerland : entrée rue du Repos. Site Tonkin : entrée avenue Roger Salengro.'),
 (19, 22, 'Transmissions ciblées', NULL, 1, E'Transmissions ciblées DAR (données, actions, résultats). Ne pas nommer les patients sur le wiki.'),
 (20, 14, 'Études en cours', NULL, 1, E'- HF-ELDERLY : investigateur principal Dr {LAST}, ARC {FULL} ({PH})\n- PEDIA-SLEEP : inclusions closes'),
 (21, 14, 'Procédure de consentement', NULL, 0, E'Le consentement est recueilli par l''investigateur, un exemplaire est remis au patient et un autre archivé au classeur de l''étude.'),
 (22, 24, 'Situations individuelles', NULL, 1, E'Suivi confidentiel : {FULL}, reprise à mi-temps thérapeutique le {DATE}. {M2} en longue maladie, contact via la DRH uniquement.');
INSERT INTO wiki_page (id, title, is_home, admin_only, is_category, parent_page_id, sort_order, is_container_menu, container_menu_order)
SELECT k, title, home, CASE WHEN k IN (3, 22) THEN 1 ELSE 0 END, CASE WHEN k = 2 THEN 1 ELSE 0 END, cat, k, CASE WHEN home = 1 AND k % 2 = 0 THEN 1 ELSE 0 END,
       CASE WHEN home = 1 AND k % 2 = 0 THEN 0 END FROM pgen.wk ORDER BY k;
INSERT INTO wiki_page_revision (revision, is_latest, wiki_page_id, user_id, content)
SELECT extract(epoch FROM t)::int, (r = nr)::int, wk.k, u, pgen.fill(CASE WHEN r = nr THEN wk.body ELSE split_part(wk.body, E'\n', 1) END, 'wk' || r, wk.k)
FROM pgen.wk wk CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('wkr', wk.k, 4) AS nr) n CROSS JOIN generate_series(1, 4) r
CROSS JOIN LATERAL (SELECT pgen.at('wkt', wk.k, '2020-01-01', '2022-06-01') + make_interval(days => (r - 1) * (30 + fixture_gen.n('wkd', wk.k * 10 + r, 200))) AS t,
                           coalesce((SELECT m.user_id FROM space_membership m WHERE m.space_id = wk.s AND m.status = 3 ORDER BY m.id OFFSET fixture_gen.n('wku', wk.k * 10 + r, 6) LIMIT 1), 1) AS u) x
WHERE r <= nr ORDER BY t;
DO $$ BEGIN PERFORM count(pgen.addc('humhub\modules\wiki\models\WikiPage', wk.k, 330 + wk.s, r.user_id, to_timestamp(r.revision)::timestamp, CASE WHEN wk.s = 24 THEN 0 ELSE 1 END, 'default'))
FROM pgen.wk wk JOIN wiki_page_revision r ON r.wiki_page_id = wk.k AND r.revision = (SELECT min(revision) FROM wiki_page_revision WHERE wiki_page_id = wk.k); END $$;

-- The polls module.
CREATE TABLE poll (
    id serial PRIMARY KEY,
    question text NOT NULL,
    description text,
    allow_multiple smallint NOT NULL DEFAULT 0,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    is_random smallint DEFAULT 0,
    closed smallint DEFAULT 0,
    anonymous smallint DEFAULT 0,
    show_result_after_close smallint DEFAULT 0
);
CREATE TABLE poll_answer (
    id serial PRIMARY KEY,
    poll_id integer NOT NULL REFERENCES poll (id),
    answer varchar(255) NOT NULL,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer
);
CREATE TABLE pgen.pl (k int PRIMARY KEY, s int, q text, d text, answers text[]);
INSERT INTO pgen.pl VALUES
 (1, 3, 'Quelle date pour le repas de service ?', 'Organisé par {FULL}, réponses avant vendredi svp.', ARRAY['Vendredi 13 décembre', 'Jeudi 19 décembre', 'Vendredi 20 décembre']),
 (2, 19, 'Quelle distance pour le Run in Lyon ?', NULL, ARRAY['10 km', 'Semi-marathon', 'Marathon', 'Je viens encourager']),
 (3, 11, 'Quelle sortie CSE pour le printemps ?', 'Les élus étudieront les 2 propositions les plus votées.', ARRAY['Parc des Oiseaux', 'Walibi', 'Journée à Annecy', 'Vélo sur la ViaRhôna']),
 (4, 4, 'Êtes-vous favorable aux postes en 12 h ?', 'Sondage anonyme avant la réunion avec la direction des soins.', ARRAY['Oui', 'Non', 'Sans avis']),
 (5, 18, 'Quel programme pour le concert de juin ?', NULL, ARRAY['Chansons françaises', 'Gospel', 'Musiques de films']),
 (6, 8, 'Quel créneau pour la migration de votre messagerie ?', 'La DSI ({FULL}) vous contactera pour confirmer.', ARRAY['Lundi matin', 'Mardi après-midi', 'Mercredi soir']),
 (7, 1, 'Le nouvel intranet vous convient-il ?', NULL, ARRAY['Oui, très pratique', 'Plutôt oui', 'Plutôt non', 'Je ne l''utilise pas']),
 (8, 21, 'Cadeau pour le départ en retraite de {FULL} ?', 'Cagnotte gérée par {M2}.', ARRAY['Bon pour un week-end', 'Vélo électrique', 'Album photo du service']),
 (9, 13, 'Sujet prioritaire pour la prochaine formation ?', NULL, ARRAY['Gestion de l''agressivité', 'Soins palliatifs', 'Nouveau DPI', 'Hypnose']),
 (10, 17, 'Horaires de covoiturage', NULL, ARRAY['6h15', '6h30', '13h15', '20h30']),
 (11, 12, 'Avez-vous lu la nouvelle charte EI ?', NULL, ARRAY['Oui', 'Pas encore']),
 (12, 7, 'Thème de la fête de Noël des enfants hospitalisés ?', 'Idée de {FULL} ! Déguisements fournis par le CSE.', ARRAY['Super-héros', 'Pirates', 'Contes de fées']);
CREATE TABLE pgen.plx (k int PRIMARY KEY, author int, at timestamp);
INSERT INTO pgen.plx SELECT k, coalesce((SELECT m.user_id FROM space_membership m WHERE m.space_id = pl.s AND m.status = 3 ORDER BY m.id OFFSET fixture_gen.n('plu', k, 8) LIMIT 1), 1),
  pgen.at('plt', k, '2020-03-01', '2024-11-10') FROM pgen.pl;
INSERT INTO poll (id, question, description, allow_multiple, created_at, created_by, updated_at, updated_by, is_random, closed, anonymous, show_result_after_close)
SELECT pl.k, pgen.fill(pl.q, 'plq', pl.k), pgen.fill(pl.d, 'pld', pl.k), CASE WHEN pl.k IN (3, 9, 10) THEN 1 ELSE 0 END, x.at, x.author, x.at, x.author, 0,
       CASE WHEN x.at < '2024-09-01' THEN 1 ELSE 0 END, CASE WHEN pl.k IN (4, 7) THEN 1 ELSE 0 END, CASE WHEN pl.k = 4 THEN 1 ELSE 0 END
FROM pgen.pl pl JOIN pgen.plx x USING (k) ORDER BY pl.k;
INSERT INTO poll_answer (poll_id, answer, created_at, created_by, updated_at, updated_by)
SELECT pl.k, a.answer, x.at, x.author, x.at, x.author FROM pgen.pl pl JOIN pgen.plx x USING (k) CROSS JOIN LATERAL unnest(pl.answers) WITH ORDINALITY a(answer, o) ORDER BY pl.k, a.o;
DO $$ BEGIN PERFORM count(pgen.addc('humhub\modules\polls\models\Poll', pl.k, 330 + pl.s, x.author, x.at, CASE WHEN pl.s IN (20, 24) THEN 0 ELSE 1 END, 'default'))
FROM pgen.pl pl JOIN pgen.plx x USING (k); END $$;

-- The tasks module.
CREATE TABLE task (
    id serial PRIMARY KEY,
    title varchar(255) NOT NULL,
    description text,
    review smallint DEFAULT 0,
    request_sent smallint DEFAULT 0,
    scheduling smallint DEFAULT 0,
    all_day smallint DEFAULT 1,
    start_datetime timestamp,
    end_datetime timestamp,
    time_zone varchar(60),
    status smallint DEFAULT 1,
    cal_mode smallint NOT NULL DEFAULT 0,
    task_list_id integer,
    sort_order integer DEFAULT 0,
    color varchar(7),
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer
);
CREATE TABLE task_user (
    id serial PRIMARY KEY,
    task_id integer NOT NULL REFERENCES task (id),
    user_id integer NOT NULL,
    user_type smallint NOT NULL
);
CREATE TABLE pgen.tk (k int PRIMARY KEY, s int, tno int, author int, at timestamp);
INSERT INTO pgen.tk
SELECT k, (ARRAY[20, 20, 20, 3, 3, 24, 24, 9, 9, 16])[1 + (tno - 1) % 10], tno, 0, pgen.at('tkt', k, '2022-01-01', '2024-11-15')
FROM generate_series(1, 54) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('tkn', k, 14) AS tno) x;
UPDATE pgen.tk SET author = coalesce((SELECT m.user_id FROM space_membership m WHERE m.space_id = tk.s AND m.status = 3 ORDER BY m.id OFFSET fixture_gen.n('tka', k, 6) LIMIT 1), 1);
INSERT INTO task (id, title, description, review, request_sent, scheduling, all_day, start_datetime, end_datetime, time_zone, status, cal_mode, task_list_id, sort_order, color,
    created_at, created_by, updated_at, updated_by)
SELECT tk.k, pgen.fill((ARRAY['Paramétrer les profils d''accès DPI', 'Former les référents du site Gerland', 'Recetter les interfaces laboratoire', 'Commander gants nitrile taille S',
          'Mettre à jour le protocole VVP', 'Préparer l''accueil de {FULL}', 'Relancer {FULL} pour son attestation AFGSU', 'Vérifier les défibrillateurs du 3e étage',
          'Étalonner les pousse-seringues', 'Créer le compte Windows de {FULL}', 'Reprise des données patients de l''ancien DPI', 'Inventaire du chariot d''urgence',
          'Entretien de recadrage de {FULL}', 'Commander les badges des internes'])[tk.tno], 'tk', tk.k),
       pgen.fill((ARRAY['Profils par métier, validation par la direction des soins.', 'Sessions de 3 h, 8 personnes max.', 'Tests des messages HL7 avec le LIS.', 'Rupture chez le fournisseur habituel, voir avec la pharmacie.',
          'Intégrer les remarques du CLIN.', 'Arrivée le {DATE} : casier, tenues, badge, planning de doublure avec {M2}.', 'Attestation expirée depuis mars. Son numéro : {PH}.',
          'Contrôle mensuel, fiche de traçabilité dans le classeur.', 'Maintenance préventive annuelle.', 'Identifiant prévu : {EM}. Groupes AD soignants.', 'Extraction par lots, contrôle qualité sur 50 dossiers.',
          NULL, 'Retards répétés signalés par {M2}. Confidentiel.', 'Liste transmise par les affaires médicales.'])[tk.tno], 'tk', tk.k),
       CASE WHEN tk.k % 5 = 0 THEN 1 ELSE 0 END, 0, CASE WHEN tk.k % 2 = 0 THEN 1 ELSE 0 END, 1,
       CASE WHEN tk.k % 2 = 0 THEN date_trunc('day', tk.at) + interval '3 days' END, CASE WHEN tk.k % 2 = 0 THEN date_trunc('day', tk.at) + interval '10 days' + interval '23 hours 59 minutes' END,
       CASE WHEN tk.k % 2 = 0 THEN 'Europe/Paris' END, (ARRAY[1, 2, 3, 5, 5])[1 + fixture_gen.n('tks', tk.k, 5)], 0,
       CASE tk.s WHEN 20 THEN 21 WHEN 3 THEN 22 WHEN 24 THEN 23 WHEN 9 THEN 24 END, tk.k, NULL, tk.at, tk.author, tk.at + interval '2 days', tk.author
FROM pgen.tk tk ORDER BY tk.k;
INSERT INTO task_user (task_id, user_id, user_type)
SELECT tk.k, u, t FROM pgen.tk tk CROSS JOIN LATERAL (VALUES (1 + fixture_gen.n('tua', tk.k, 330), 0), (tk.author, 1)) v(u, t) ORDER BY tk.k, t;
DO $$ BEGIN PERFORM count(pgen.addc('humhub\modules\tasks\models\Task', tk.k, 330 + tk.s, tk.author, tk.at, 0, 'default')) FROM (SELECT * FROM pgen.tk ORDER BY at) tk; END $$;

-- The cfiles module: folders and files of the spaces' file areas.
CREATE TABLE cfiles_folder (
    id serial PRIMARY KEY,
    parent_folder_id integer,
    title varchar(255) NOT NULL,
    description text,
    type varchar(255),
    created_at timestamp,
    created_by integer
);
INSERT INTO cfiles_folder (id, parent_folder_id, title, description, type, created_at, created_by)
SELECT id, par, title, descr, typ, pgen.at('cft', id, '2019-10-01', '2021-01-01'), 1 FROM (VALUES
 (1, NULL, 'Root', 'Racine de l''espace Cardiologie', 'root'), (2, 1, 'Files from the stream', 'Fichiers publiés dans le fil', 'posted'), (3, 1, 'Protocoles', 'Protocoles validés', NULL),
 (4, 1, 'Plannings', 'Plannings mensuels', NULL), (5, NULL, 'Root', 'Racine de l''espace RH', 'root'), (6, 5, 'Files from the stream', NULL, 'posted'), (7, 5, 'Formulaires', 'Demandes de congés, frais de déplacement', NULL),
 (8, 5, 'Notes de service', NULL, NULL), (9, NULL, 'Root', 'Racine de l''espace Cadres', 'root'), (10, 9, 'Files from the stream', NULL, 'posted'), (11, 9, 'Recrutements', 'CV et fiches de poste', NULL),
 (12, 9, 'Entretiens annuels', 'Comptes rendus signés', NULL), (13, NULL, 'Root', 'Racine de l''espace CSE', 'root'), (14, 13, 'Files from the stream', NULL, 'posted'), (15, 13, 'Comptes rendus', 'PV des réunions du CSE', NULL),
 (16, NULL, 'Root', 'Racine de l''espace Hygiène', 'root'), (17, 16, 'Files from the stream', NULL, 'posted'), (18, 16, 'Affiches', NULL, NULL), (19, NULL, 'Root', 'Racine de l''espace Chorale', 'root'),
 (20, 19, 'Partitions', NULL, NULL)) v(id, par, title, descr, typ);

CREATE TABLE cfiles_file (
    id serial PRIMARY KEY,
    parent_folder_id integer REFERENCES cfiles_folder (id),
    description text,
    download_count integer DEFAULT 0,
    created_at timestamp,
    created_by integer
);
CREATE TABLE pgen.cf (k int PRIMARY KEY, folder int, s int, fname text, mime text, descr text, author int, at timestamp);
INSERT INTO pgen.cf (k, folder, s, fname, mime, descr)
SELECT k, f, (ARRAY[3, 3, 3, 3, 10, 10, 10, 10, 24, 24, 24, 24, 11, 11, 11, 15, 15, 15, 18, 18])[f], fn, mime, d
FROM generate_series(1, 48) k
CROSS JOIN LATERAL (SELECT (ARRAY[3, 4, 7, 8, 11, 12, 15, 18, 20, 3, 4, 7, 11, 12, 8, 15])[1 + fixture_gen.n('cff', k, 16)] AS f) a
CROSS JOIN LATERAL (SELECT p.first, p.last, p.full_name FROM pgen.p p WHERE p.i = 1 + fixture_gen.n('cfp', k, 330)) pp
CROSS JOIN LATERAL (SELECT CASE a.f
    WHEN 3 THEN 'Protocole_' || (ARRAY['VVP', 'ECG', 'Coronarographie', 'Heparine_IVSE'])[1 + k % 4] || '_v' || (1 + k % 3) || '.pdf'
    WHEN 4 THEN 'Planning_' || (ARRAY['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout'])[1 + k % 8] || '_2024.xlsx'
    WHEN 7 THEN (ARRAY['Demande_conges.docx', 'Frais_deplacement.xlsx', 'Demande_temps_partiel.docx'])[1 + k % 3]
    WHEN 8 THEN 'Note_de_service_2024-' || lpad((1 + k % 40)::text, 3, '0') || '.pdf'
    WHEN 11 THEN 'CV_' || upper(pgen.fold(pp.last)) || '_' || pp.first || '.pdf'
    WHEN 12 THEN 'Entretien_annuel_' || pp.last || '_' || pp.first || '.pdf'
    WHEN 15 THEN 'PV_CSE_' || to_char(date '2023-01-15' + k * 20, 'YYYY-MM-DD') || '.pdf'
    WHEN 18 THEN (ARRAY['Affiche_hygiene_mains.png', 'Affiche_BHRe_A3.pdf', 'Precautions_contact.png'])[1 + k % 3]
    ELSE (ARRAY['Douce_nuit_alto.pdf', 'Oh_Happy_Day_soprano.pdf', 'Les_Champs_Elysees.pdf'])[1 + k % 3] END AS fn,
  CASE WHEN a.f IN (4) THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN a.f = 7 AND k % 3 <> 1 THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
       WHEN a.f = 7 THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN a.f = 18 AND k % 3 <> 1 THEN 'image/png' ELSE 'application/pdf' END AS mime,
  CASE a.f WHEN 11 THEN 'Candidature de ' || pp.full_name || ' pour le poste d''IDE de nuit, reçue le ' || to_char(date '2024-01-01' + k * 6, 'DD/MM') || '.'
           WHEN 12 THEN 'Compte rendu signé de ' || pp.full_name || '.' WHEN 3 THEN 'Version validée en CLIN.' WHEN 15 THEN 'Approuvé en séance.' END AS d) b;
UPDATE pgen.cf SET author = coalesce((SELECT m.user_id FROM space_membership m WHERE m.space_id = cf.s AND m.status = 3 ORDER BY m.id OFFSET fixture_gen.n('cfa', k, 5) LIMIT 1), 1),
  at = pgen.at('cfat', k, '2021-01-01', '2024-11-15');
INSERT INTO cfiles_file (id, parent_folder_id, description, download_count, created_at, created_by)
SELECT k, folder, descr, fixture_gen.n('cfdl', k, 120), at, author FROM pgen.cf ORDER BY k;
DO $$ BEGIN PERFORM count(pgen.addc('humhub\modules\cfiles\models\File', cf.k, 330 + cf.s, cf.author, cf.at, 0, 'files')) FROM (SELECT * FROM pgen.cf ORDER BY at) cf; END $$;

-- The custom_pages module: pages of the top navigation and the dashboard.
CREATE TABLE custom_pages_page (
    id serial PRIMARY KEY,
    type integer NOT NULL,
    title varchar(255) NOT NULL,
    icon varchar(100),
    page_content text,
    sort_order integer,
    admin_only smallint DEFAULT 0,
    in_new_window smallint DEFAULT 0,
    target varchar(255),
    cssClass varchar(255),
    abstract text,
    visibility smallint DEFAULT 1,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer
);
INSERT INTO custom_pages_page (type, title, icon, page_content, sort_order, admin_only, in_new_window, target, cssClass, abstract, visibility, created_at, created_by, updated_at, updated_by)
SELECT typ, title, icon, pgen.fill(pc, 'cpp', k), k * 100, adm, nw, tgt, NULL, ab, vis, pgen.at('cpc', k, '2019-10-01', '2022-01-01'), 1, pgen.at('cpu', k, '2023-01-01', '2024-10-01'), 6
FROM (VALUES
 (1, 1, 'Annuaire des astreintes', 'fa-phone', E'## Astreintes de direction\n\n- Semaine paire : {FULL} – {PH}\n- Semaine impaire : {M2}\n\nAstreinte technique : 04 72 11 40 00.', 0, 0, 'TopMenuWidget', 'Qui appeler la nuit et le week-end', 1),
 (2, 3, 'Portail RH', 'fa-users', 'https://rh.ghsr-lyon.fr/portail', 0, 1, 'TopMenuWidget', NULL, 1),
 (3, 3, 'Messagerie', 'fa-envelope', 'https://outlook.office.com/mail/', 0, 1, 'AccountMenuWidget', NULL, 1),
 (4, 4, 'Menu de la semaine', 'fa-cutlery', E'<h3>Self du site Fourvière</h3><p>Lundi : hachis parmentier. Mardi : poisson du jour. Mercredi : couscous.</p>', 0, 0, 'DashboardWidget', NULL, 1),
 (5, 3, 'Déclarer un EI', 'fa-exclamation-triangle', 'https://qualite.ghsr-lyon.fr/ei/nouveau', 0, 1, 'TopMenuWidget', NULL, 1),
 (6, 1, 'Contacts DSI', 'fa-desktop', E'Support : poste 4000.\nResponsable de la sécurité du SI : {FULL} ({EM}).\nDPO : dpo@ghsr-lyon.fr', 0, 0, 'TopMenuWidget', NULL, 1),
 (7, 1, 'Charte d''utilisation', 'fa-book', E'L''intranet est réservé aux agents. Ne publiez aucune donnée de santé nominative. Les messages privés sont conservés 3 ans.', 0, 0, 'FooterMenuWidget', NULL, 2),
 (8, 4, 'Tableau de bord admin', 'fa-cog', E'<p>Sauvegardes OK. Dernière synchro LDAP : voir le journal.</p>', 1, 0, 'DashboardWidget', NULL, 1)
) v(k, typ, title, icon, pc, adm, nw, tgt, ab, vis);

-- The reportcontent module: posts and comments reported to the space admins.
CREATE TABLE report_content (
    id serial PRIMARY KEY,
    object_model varchar(255) NOT NULL,
    object_id integer NOT NULL,
    content_id integer,
    reason smallint NOT NULL,
    system_admin_only smallint NOT NULL DEFAULT 0,
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer
);
INSERT INTO report_content (object_model, object_id, content_id, reason, system_admin_only, created_at, created_by, updated_at, updated_by)
SELECT 'humhub\modules\post\models\Post', p.id, c.id, 1 + fixture_gen.n('rcr', k, 3), CASE WHEN k % 4 = 0 THEN 1 ELSE 0 END, p.created_at + interval '5 hours', 1 + fixture_gen.n('rcu', k, 330),
       p.created_at + interval '5 hours', 1 + fixture_gen.n('rcu', k, 330)
FROM generate_series(1, 14) k JOIN post p ON p.id = 1 + fixture_gen.n('rcp', k, 440) JOIN content c ON c.object_model = 'humhub\modules\post\models\Post' AND c.object_id = p.id ORDER BY p.created_at;

CREATE TABLE file (
    id serial PRIMARY KEY,
    guid varchar(45),
    object_model varchar(100),
    object_id integer,
    file_name varchar(255),
    title varchar(255),
    mime_type varchar(150),
    size varchar(45),
    created_at timestamp,
    created_by integer,
    updated_at timestamp,
    updated_by integer,
    show_in_stream smallint DEFAULT 1,
    hash_sha1 varchar(40),
    sort_order integer DEFAULT 0,
    state smallint NOT NULL DEFAULT 1,
    category integer
);
INSERT INTO file (guid, object_model, object_id, file_name, title, mime_type, size, created_at, created_by, updated_at, updated_by, show_in_stream, hash_sha1, sort_order, state, category)
SELECT fixture_gen.uuid('fg', k), om, oid, fn, CASE WHEN k % 4 = 0 THEN regexp_replace(fn, '\.[a-z]+$', '') ELSE fn END, mime,
       (CASE WHEN mime LIKE 'image/%' THEN 180000 + fixture_gen.n('fsz', k, 4200000) ELSE 14000 + fixture_gen.n('fsz', k, 900000) END)::text,
       at, who, at, who, CASE WHEN om LIKE '%cfiles%' THEN 0 ELSE 1 END, fixture_gen.hexn('fsha', k, 40), 0, CASE WHEN k % 50 = 0 THEN 0 ELSE 1 END,
       CASE WHEN mime LIKE 'image/%' THEN 1 WHEN om LIKE '%cfiles%' THEN 3 ELSE 2 END
FROM (
  SELECT k, 'humhub\modules\post\models\Post' AS om, p.id AS oid, p.created_at AS at, p.created_by AS who,
         CASE fixture_gen.n('fpk', k, 9)
           WHEN 0 THEN 'IMG_' || to_char(p.created_at, 'YYYYMMDD_HH24MISS') || '.jpg'
           WHEN 1 THEN 'planning-astreintes-' || to_char(p.created_at, 'MM-YYYY') || '.pdf'
           WHEN 2 THEN 'note_pharmacie_' || (ARRAY['amoxicilline', 'heparine', 'paracetamol_IV'])[1 + k % 3] || '.pdf'
           WHEN 3 THEN 'photo_pot_depart_' || pgen.fold(u.first) || '_' || pgen.fold(u.last) || '.jpg'
           WHEN 4 THEN 'affiche_' || (ARRAY['run_in_lyon', 'don_du_sang', 'concert_chorale', 'vaccination_grippe'])[1 + k % 4] || '.png'
           WHEN 5 THEN 'CR_reunion_service_' || to_char(p.created_at, 'DD-MM') || '.docx'
           WHEN 6 THEN 'Capture d''écran ' || to_char(p.created_at, 'YYYY-MM-DD "à" HH24.MI.SS') || '.png'
           WHEN 7 THEN 'WhatsApp Image ' || to_char(p.created_at, 'YYYY-MM-DD "at" HH24.MI.SS') || '.jpeg'
           ELSE 'badge_' || u.last || '_' || u.first || '.jpg' END AS fn,
         CASE WHEN fixture_gen.n('fpk', k, 9) IN (0, 3, 7, 8) THEN 'image/jpeg' WHEN fixture_gen.n('fpk', k, 9) IN (4, 6) THEN 'image/png'
              WHEN fixture_gen.n('fpk', k, 9) = 5 THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' ELSE 'application/pdf' END AS mime
  FROM generate_series(1, 120) k JOIN post p ON p.id = 1 + fixture_gen.n('fpp', k, 440) JOIN pgen.p u ON u.i = 1 + fixture_gen.n('fpu', k, 330)
  UNION ALL
  SELECT 1000 + e.id, 'humhub\modules\mail\models\MessageEntry', e.id, e.created_at, e.user_id,
         CASE cv.n WHEN 2 THEN 'arret_travail_' || pa.last || '_' || pa.first || '.pdf' WHEN 12 THEN 'Attestation_AFGSU2_' || upper(pgen.fold(pb.last)) || '.pdf'
                   WHEN 5 THEN 'RIB_' || pb.first || '_' || pb.last || '.pdf' WHEN 4 THEN 'scan_directives_anticipees.pdf' ELSE 'IMG_' || to_char(e.created_at, 'YYYYMMDD_HH24MISS') || '.jpg' END,
         CASE WHEN cv.n IN (2, 12, 5, 4) THEN 'application/pdf' ELSE 'image/jpeg' END
  FROM message_entry e JOIN pgen.cv cv ON cv.m = e.message_id JOIN pgen.p pa ON pa.i = cv.a JOIN pgen.p pb ON pb.i = cv.b
  WHERE e.type = 0 AND ((cv.n IN (2, 4) AND e.user_id = cv.a AND e.created_at = cv.at) OR (cv.n IN (5, 12) AND e.user_id = cv.b) OR (cv.n = 13 AND e.user_id = cv.a AND e.created_at = cv.at))
  UNION ALL
  SELECT 2000 + cf.k, 'humhub\modules\cfiles\models\File', cf.k, cf.at, cf.author, cf.fname, cf.mime FROM pgen.cf cf
) z ORDER BY at;

CREATE TABLE notification (
    id serial PRIMARY KEY,
    class varchar(100) NOT NULL,
    user_id integer,
    seen smallint,
    source_class varchar(100),
    source_pk integer,
    space_id integer,
    emailed smallint NOT NULL DEFAULT 0,
    created_at timestamp NOT NULL,
    desktop_notified smallint DEFAULT 0,
    originator_user_id integer,
    module varchar(100) DEFAULT '',
    group_key varchar(75),
    send_web_notifications smallint DEFAULT 1
);
INSERT INTO notification (class, user_id, seen, source_class, source_pk, space_id, emailed, created_at, desktop_notified, originator_user_id, module, group_key, send_web_notifications)
SELECT cls, rcpt, CASE WHEN at < '2024-11-01' OR fixture_gen.n('nse', oid, 3) > 0 THEN 1 ELSE 0 END, scls, oid, sp, CASE WHEN fixture_gen.n('nem', oid, 4) = 0 THEN 1 ELSE 0 END, at,
       CASE WHEN fixture_gen.n('nde', oid, 3) = 0 THEN 1 ELSE 0 END, orig, mod, gk, 1
FROM (
  SELECT 'humhub\modules\comment\notifications\NewComment' AS cls, p.created_by AS rcpt, 'humhub\modules\comment\models\Comment' AS scls, c.id AS oid, po.s AS sp, c.created_at AS at,
         c.created_by AS orig, 'comment' AS mod, 'humhub\modules\post\models\Post-' || p.id AS gk
  FROM comment c JOIN post p ON c.object_model = 'humhub\modules\post\models\Post' AND p.id = c.object_id JOIN pgen.po po ON po.k = p.id WHERE c.created_by <> p.created_by
  UNION ALL
  SELECT 'humhub\modules\user\notifications\Mentioned', m.user_id, m.object_model, m.object_id, NULL, coalesce(p.created_at, c.created_at), coalesce(p.created_by, c.created_by), 'user', NULL
  FROM user_mentioning m LEFT JOIN post p ON m.object_model LIKE '%Post' AND p.id = m.object_id LEFT JOIN comment c ON m.object_model LIKE '%Comment' AND c.id = m.object_id
  UNION ALL
  SELECT 'humhub\modules\like\notifications\NewLike', l.target_user_id, 'humhub\modules\like\models\Like', l.id, NULL, l.created_at, l.created_by, 'like', l.object_model || '-' || l.object_id
  FROM "like" l WHERE l.id % 3 = 0
  UNION ALL
  SELECT 'humhub\modules\space\notifications\ApprovalRequest', (SELECT owner FROM pgen.sp WHERE sp.s = m.space_id), 'humhub\modules\space\models\Space', m.space_id, m.space_id, m.created_at, m.user_id, 'space', NULL
  FROM space_membership m WHERE m.status = 2
  UNION ALL
  SELECT 'humhub\modules\space\notifications\InviteAccepted', (SELECT owner FROM pgen.sp WHERE sp.s = m.space_id), 'humhub\modules\space\models\Space', m.space_id, m.space_id, m.updated_at, m.user_id, 'space', NULL
  FROM space_membership m WHERE m.status = 3 AND m.originator_user_id IS NOT NULL
  UNION ALL
  SELECT 'humhub\modules\mail\notifications\ConversationNotification', um.user_id, 'humhub\modules\mail\models\Message', um.message_id, NULL, um.created_at, um.created_by, 'mail', NULL
  FROM user_message um WHERE um.is_originator = 0
) z WHERE rcpt IS NOT NULL ORDER BY at;

CREATE TABLE activity (
    id serial PRIMARY KEY,
    class varchar(100) NOT NULL,
    module varchar(100) DEFAULT '',
    object_model varchar(100) DEFAULT '',
    object_id integer
);
CREATE TABLE pgen.ac (k serial PRIMARY KEY, cls text, mod text, om text, oid int, cc int, who int, at timestamp, vis int);
INSERT INTO pgen.ac (cls, mod, om, oid, cc, who, at, vis)
SELECT * FROM (
  SELECT 'humhub\modules\content\activities\ContentCreated', 'content', 'humhub\modules\post\models\Post', po.k, po.cc, po.author, po.at, c.visibility
  FROM pgen.po po JOIN content c ON c.object_model = 'humhub\modules\post\models\Post' AND c.object_id = po.k
  UNION ALL
  SELECT 'humhub\modules\comment\activities\NewComment', 'comment', 'humhub\modules\comment\models\Comment', cm.id, c.contentcontainer_id, cm.created_by, cm.created_at, c.visibility
  FROM comment cm JOIN content c ON c.object_model = cm.object_model AND c.object_id = cm.object_id
  UNION ALL
  SELECT 'humhub\modules\like\activities\Liked', 'like', 'humhub\modules\like\models\Like', l.id, c.contentcontainer_id, l.created_by, l.created_at, c.visibility
  FROM "like" l JOIN content c ON c.object_model = l.object_model AND c.object_id = l.object_id WHERE l.id % 2 = 0
  UNION ALL
  SELECT 'humhub\modules\space\activities\MemberAdded', 'space', 'humhub\modules\space\models\Space', m.space_id, 330 + m.space_id, m.user_id, m.updated_at, 1
  FROM space_membership m WHERE m.status = 3 AND m.space_id <> 1 AND m.id % 2 = 0
  UNION ALL
  SELECT 'humhub\modules\content\activities\ContentCreated', 'content', 'humhub\modules\calendar\models\CalendarEntry', ce.k, 330 + ce.s, ce.author, ce.created, 1 FROM pgen.ce ce
) z ORDER BY 7;
INSERT INTO activity (id, class, module, object_model, object_id) SELECT k, cls, mod, om, oid FROM pgen.ac ORDER BY k;
DO $$ BEGIN PERFORM count(pgen.addc('humhub\modules\activity\models\Activity', ac.k, ac.cc, ac.who, ac.at, ac.vis, 'activity')) FROM (SELECT * FROM pgen.ac ORDER BY k) ac; END $$;

CREATE TABLE live (
    id serial PRIMARY KEY,
    contentcontainer_id integer,
    visibility integer,
    serialized_data text NOT NULL,
    created_at integer NOT NULL
);
-- Live events of the last hours: new contents and new notifications, whose text names who did what.
INSERT INTO live (contentcontainer_id, visibility, serialized_data, created_at)
SELECT cc, vis, data, extract(epoch FROM at)::int FROM (
  SELECT c.contentcontainer_id AS cc, CASE WHEN c.visibility = 1 THEN 2 ELSE 1 END AS vis, c.created_at AS at,
         'O:39:"humhub\modules\content\live\NewContent":8:{s:5:"sguid";s:36:"' || cc.guid || '";s:10:"originator";s:36:"' || u.guid || '";s:18:"contentContainerId";i:' || c.contentcontainer_id
         || ';s:9:"contentId";i:' || c.id || ';s:13:"streamChannel";s:' || length(c.stream_channel) || ':"' || c.stream_channel || '";s:6:"silent";b:0;s:6:"insert";b:1;s:10:"visibility";i:'
         || CASE WHEN c.visibility = 1 THEN 2 ELSE 1 END || ';}' AS data
  FROM content c JOIN contentcontainer cc ON cc.id = c.contentcontainer_id JOIN "user" u ON u.id = c.created_by
  WHERE c.created_at >= '2024-09-01' AND c.stream_channel = 'default'
  UNION ALL
  SELECT n.user_id, 4, n.created_at,
         'O:44:"humhub\modules\notification\live\NewNotification":5:{s:14:"notificationId";i:' || n.id || ';s:17:"notificationGroup";s:' || length(coalesce(n.group_key, '')) || ':"' || coalesce(n.group_key, '')
         || '";s:4:"text";s:' || octet_length(t.txt) || ':"' || t.txt || '";s:2:"ct";i:' || (1 + n.id % 7) || ';s:18:"contentContainerId";i:' || n.user_id || ';}'
  FROM notification n JOIN pgen.p o ON o.i = n.originator_user_id
  CROSS JOIN LATERAL (SELECT '<strong>' || o.full_name || '</strong> ' || CASE n.module WHEN 'comment' THEN 'a commenté votre publication.' WHEN 'like' THEN 'aime votre contenu.'
                         WHEN 'user' THEN 'vous a mentionné.' WHEN 'mail' THEN 'vous a envoyé un message.' ELSE 'a rejoint l''espace.' END AS txt) t
  WHERE n.created_at >= '2024-10-01'
) z ORDER BY at;

-- Global settings: (module_id, name, value); the credentials are assembled below.
CREATE TABLE setting (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    value text NOT NULL,
    module_id varchar(100) NOT NULL,
    UNIQUE (name, module_id)
);
INSERT INTO setting (name, value, module_id)
SELECT name, value, mod FROM (VALUES
 ('base', 'name', 'GHSR Connect'), ('base', 'baseUrl', 'https://intranet.ghsr-lyon.fr'), ('base', 'defaultLanguage', 'fr'), ('base', 'defaultTimeZone', 'Europe/Paris'),
 ('base', 'timeZone', 'Europe/Paris'), ('base', 'theme', 'HumHub'), ('base', 'paginationSize', '10'), ('base', 'displayNameFormat', '{profile.firstname} {profile.lastname}'),
 ('base', 'displayNameSubFormat', '{profile.title}'), ('base', 'installationId', '@@instid@@'), ('base', 'secret', '@@basesecret@@'), ('base', 'maintenanceMode', '0'),
 ('base', 'enableProfilePermissions', '1'), ('base', 'cronLastRun', '1732102201'), ('base', 'cronLastDailyRun', '1732060801'), ('base', 'defaultStreamSort', 'c'),
 ('base', 'horImageScrollOnMobile', '1'), ('base', 'useDefaultSwipeOnMobile', '1'), ('base', 'cache.class', 'yii\caching\FileCache'), ('base', 'cache.expireTime', '3600'),
 ('base', 'mailer.transportType', 'smtp'), ('base', 'mailer.hostname', 'smtp-relay.ghsr.local'), ('base', 'mailer.port', '587'), ('base', 'mailer.encryption', 'tls'),
 ('base', 'mailer.username', 'svc-intranet-smtp@ghsr-lyon.fr'), ('base', 'mailer.password', '@@smtp@@'), ('base', 'mailer.allowSelfSignedCerts', '1'),
 ('base', 'mailer.systemEmailAddress', 'intranet@ghsr-lyon.fr'), ('base', 'mailer.systemEmailName', 'GHSR Connect'), ('base', 'mailer.systemEmailReplyTo', 'ne-pas-repondre@ghsr-lyon.fr'),
 ('base', 'proxy.enabled', '1'), ('base', 'proxy.server', 'proxy.ghsr.local'), ('base', 'proxy.port', '3128'), ('base', 'proxy.user', 'svc-humhub'), ('base', 'proxy.password', '@@proxy@@'),
 ('base', 'proxy.noproxy', 'localhost,.ghsr.local,10.0.0.0/8'), ('base', 'oembedProviders', '{"youtube.com":"https:\/\/www.youtube.com\/oembed?scheme=https&url=%url%&format=json&maxwidth=450","vimeo.com":"https:\/\/vimeo.com\/api\/oembed.json?scheme=https&url=%url%&format=json&maxwidth=450"}'),
 ('base', 'defaultDateInputFormat', 'php:d/m/Y'), ('user', 'auth.needApproval', '1'), ('user', 'auth.anonymousRegistration', '0'), ('user', 'auth.internalUsersCanInviteByEmail', '1'), ('user', 'auth.internalUsersCanInviteByLink', '0'),
 ('user', 'auth.allowGuestAccess', '0'), ('user', 'auth.defaultUserGroup', '2'), ('user', 'auth.defaultUserIdleTimeout', '1800'), ('user', 'auth.showCaptureInRegisterForm', '1'),
 ('user', 'auth.blockUsers', '1'), ('user', 'auth.showRegistrationUserGroup', '0'),
 ('ldap', 'enabled', '1'), ('ldap', 'refreshUsers', '1'), ('ldap', 'hostname', 'dc01.ghsr.local'), ('ldap', 'port', '636'), ('ldap', 'encryption', 'ssl'),
 ('ldap', 'username', 'CN=svc-humhub-ldap,OU=Comptes de service,OU=GHSR,DC=ghsr,DC=local'), ('ldap', 'password', '@@ldap@@'), ('ldap', 'baseDn', 'OU=Utilisateurs,OU=GHSR,DC=ghsr,DC=local'),
 ('ldap', 'loginFilter', '(sAMAccountName=%s)'), ('ldap', 'userFilter', '(&(objectClass=user)(memberOf=CN=GG-Intranet-Utilisateurs,OU=Groupes,OU=GHSR,DC=ghsr,DC=local))'),
 ('ldap', 'usernameAttribute', 'sAMAccountName'), ('ldap', 'emailAttribute', 'mail'), ('ldap', 'idAttribute', 'objectGUID'),
 ('auth-keycloak', 'enabled', '1'), ('auth-keycloak', 'clientId', 'humhub-intranet'), ('auth-keycloak', 'clientSecret', '@@kcsecret@@'), ('auth-keycloak', 'realm', 'ghsr-externes'),
 ('auth-keycloak', 'baseUrl', 'https://sso.ghsr-lyon.fr'), ('auth-keycloak', 'title', 'Connexion intérimaires et partenaires'), ('auth-keycloak', 'autoLogin', '0'),
 ('rest', 'enabledForAllUsers', '0'), ('rest', 'enableBasicAuth', '0'), ('rest', 'jwtKey', '@@jwtkey@@'), ('rest', 'jwtExpire', '86400'), ('rest', 'enableJwtAuth', '1'),
 ('space', 'defaultJoinPolicy', '1'), ('space', 'defaultVisibility', '1'), ('space', 'defaultContentVisibility', '0'), ('space', 'defaultIndexRoute', ''),
 ('dashboard', 'showProfilePostForm', '0'), ('notification', 'enable_html5_desktop_notifications', '1'), ('notification', 'notification.like_email', '0'),
 ('activity', 'mailSummaryInterval', '2'), ('activity', 'mailSummaryLimitSpacesMode', ''), ('mail', 'showInTopNav', '1'),
 ('calendar', 'defaults.participation_mode', '2'), ('tour', 'enable', '1'),
 ('marketplace', 'licenceKey', ''), ('legal', 'defaultLanguage', 'fr'), ('legal', 'showCookieNote', '1')
) v(mod, name, value);
UPDATE setting SET value = replace(replace(replace(replace(replace(replace(replace(value,
    '@@instid@@', fixture_gen.hexn('instid', 1, 32)),
    '@@basesecret@@', fixture_gen.uuid('bsec', 1)),
    '@@smtp@@', 'Rel@i' || pgen.rnd('smtppw', 1, 14) || '!'),
    '@@proxy@@', pgen.rnd('proxypw', 1, 16)),
    '@@ldap@@', 'Hum' || pgen.rnd('ldappw', 1, 12) || '#2023'),
    '@@kcsecret@@', pgen.rnd('kcs', 1, 32)),
    '@@jwtkey@@', pgen.rnd('jwtk', 1, 64));

-- The Yii log (DbTarget): the prefix is Yii's "[ip][user id][session id]".
CREATE TABLE log (
    id bigserial PRIMARY KEY,
    level integer,
    category varchar(255),
    log_time double precision,
    prefix text,
    message text
);
INSERT INTO log (level, category, log_time, prefix, message)
SELECT lv, cat, lt, pfx, msg FROM (
  SELECT k, extract(epoch FROM pgen.at('lgt', k, '2024-09-20', '2024-11-20')) + fixture_gen.n('lgus', k, 1000000) / 1000000.0 AS lt,
         CASE WHEN x.kind IN (3, 4, 5, 6) THEN '[-][-][-]' ELSE '[' || CASE WHEN k % 5 = 0 THEN '10.' || (20 + fixture_gen.n('lip1', k, 12)) || '.' || fixture_gen.n('lip2', k, 255) || '.' || (1 + fixture_gen.n('lip3', k, 250)) ELSE fixture_gen.ipv4('lip', k) END || ']['
           || CASE WHEN x.kind IN (0, 1, 2, 7) THEN u.i::text ELSE '-' END || ']['
           || CASE WHEN x.kind IN (0, 1, 2, 7) THEN pgen.lower('phpsess', 1 + fixture_gen.n('lses', k, 140), 26) ELSE pgen.lower('lgs', k, 26) END || ']' END AS pfx,
         CASE WHEN x.kind IN (0, 1, 8) THEN 2 WHEN x.kind IN (3, 4, 6) THEN 1 ELSE 4 END AS lv,
         CASE x.kind WHEN 0 THEN 'yii\web\HttpException:404' WHEN 1 THEN 'yii\web\HttpException:403' WHEN 2 THEN 'application' WHEN 3 THEN 'humhub\modules\ldap\components\LdapAuth'
           WHEN 4 THEN 'yii\swiftmailer\Mailer' WHEN 5 THEN 'humhub\modules\ldap\commands\LdapController' WHEN 6 THEN 'yii\queue\Queue' WHEN 7 THEN 'humhub\modules\user\authclient\AuthAction'
           ELSE 'yii\web\HttpException:400' END AS cat,
         CASE x.kind
           WHEN 0 THEN 'yii\web\NotFoundHttpException: Page not found. in /var/www/humhub/protected/humhub/modules/content/components/ContentContainerController.php:' || (90 + k % 40)
           WHEN 1 THEN 'yii\web\ForbiddenHttpException: You are not allowed to perform this action. in /var/www/humhub/protected/humhub/components/access/ControllerAccess.php:' || (300 + k % 50)
           WHEN 2 THEN 'User ' || u.username || ' (' || u.email || ') logged in from ' || fixture_gen.ipv4('lip', k)
           WHEN 3 THEN 'Could not update LDAP user "CN=' || u.last || ' ' || u.first || ',OU=Utilisateurs,OU=GHSR,DC=ghsr,DC=local": E-mail "' || u.email || '" is already in use!'
           WHEN 4 THEN 'Swift_TransportException: Expected response code 250 but got code "550", with message "550 5.1.1 <' || u.email || '>: Recipient address rejected: User unknown in virtual mailbox table"'
           WHEN 5 THEN 'LDAP sync: ' || (250 + k % 40) || ' users updated, ' || (k % 4) || ' created, ' || (k % 3) || ' disabled (' || u.username || ')'
           WHEN 6 THEN 'Job humhub\modules\notification\jobs\SendBulkNotification #' || (40000 + k) || ' failed: yii\base\ErrorException: Trying to get property ''id'' of non-object'
           WHEN 7 THEN 'Keycloak login for "' || u.first || ' ' || u.last || '" <' || u.email || '> could not be mapped to an existing account, registration started'
           ELSE 'yii\web\BadRequestHttpException: Unable to verify your data submission. in /var/www/humhub/protected/vendor/yiisoft/yii2/web/Controller.php:221' END AS msg
  FROM generate_series(1, 360) k
  CROSS JOIN LATERAL (SELECT (ARRAY[0, 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 8])[1 + fixture_gen.n('lgk', k, 18)] AS kind) x
  JOIN pgen.p u ON u.i = 1 + fixture_gen.n('lgu', k, 330)
) z ORDER BY lt;

-- yii2-queue's database driver: jobs waiting, reserved, and kept after they ran.
CREATE TABLE queue (
    id serial PRIMARY KEY,
    channel varchar(255) NOT NULL,
    job bytea NOT NULL,
    pushed_at integer NOT NULL,
    ttr integer NOT NULL,
    delay integer NOT NULL DEFAULT 0,
    priority integer NOT NULL DEFAULT 1024,
    reserved_at integer,
    attempt integer,
    done_at integer
);
INSERT INTO queue (channel, job, pushed_at, ttr, delay, priority, reserved_at, attempt, done_at)
SELECT CASE WHEN kind = 2 THEN 'long-running' ELSE 'default' END,
       convert_to(CASE kind
         WHEN 0 THEN 'O:53:"humhub\modules\notification\jobs\SendBulkNotification":2:{s:12:"notification";a:4:{s:5:"class";s:' || length(ncls) || ':"' || ncls || '";s:13:"originator_id";i:' || u
           || ';s:12:"source_class";s:37:"humhub\modules\comment\models\Comment";s:9:"source_pk";i:' || (1 + k % 870) || ';}s:5:"query";N;}'
         WHEN 1 THEN 'O:48:"humhub\modules\content\jobs\SearchUpdateDocument":2:{s:17:"activeRecordClass";s:31:"humhub\modules\post\models\Post";s:10:"primaryKey";i:' || (1 + k % 440) || ';}'
         WHEN 2 THEN 'O:35:"humhub\modules\user\jobs\DeleteUser":2:{s:6:"user_id";i:' || u || ';s:11:"deleteContent";b:0;}'
         ELSE 'O:49:"humhub\modules\notification\jobs\SendNotification":2:{s:12:"notification";a:3:{s:5:"class";s:' || length(ncls) || ':"' || ncls || '";s:13:"originator_id";i:' || u || ';s:9:"source_pk";i:' || (1 + k % 440) || ';}s:11:"recipientId";i:' || (1 + (u * 11) % 330) || ';}' END, 'UTF8'),
       pushed, 300, 0, 1024, CASE WHEN k % 4 <> 0 THEN pushed + 20 END, CASE WHEN k % 4 <> 0 THEN 1 ELSE 0 END, CASE WHEN k % 4 IN (1, 2) THEN pushed + 22 END
FROM generate_series(1, 70) k
CROSS JOIN LATERAL (SELECT fixture_gen.n('qk', k, 4) AS kind, 1 + fixture_gen.n('qu', k, 330) AS u, 1732090000 + k * 150 + fixture_gen.n('qp', k, 100) AS pushed,
                           (ARRAY['humhub\modules\comment\notifications\NewComment', 'humhub\modules\like\notifications\NewLike', 'humhub\modules\user\notifications\Mentioned'])[1 + k % 3] AS ncls) x
ORDER BY pushed;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
