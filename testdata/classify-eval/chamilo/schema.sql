-- classify-eval fixture (HOLDOUT 31: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Chamilo LMS 1.11 campus on PostgreSQL in the naming its installer and
-- Doctrine create ("user", course, session, settings_current, extra_field,
-- message, the track_e_ tracking tables, the c_ course tables keyed by iid
-- and c_id, gradebook_, skill, ticket_ and plugin tables), a subset of its
-- tables with their real columns and types. Formatec Online Academy, a
-- vocational training centre in Lyon and Dakar, trains nursing assistants,
-- IT support technicians and team leaders; a second access URL is the
-- training portal of a corporate client (Transports Girard). Users with
-- names of several cultures (French, Senegalese, Moroccan, Spanish,
-- Vietnamese, Portuguese, Polish, Chinese), bcrypt hashes and legacy SHA-1
-- hashes with their salts, student numbers, phones, home addresses, profile
-- prose (competences, diplomas), photo file names; API keys; settings with
-- the administrator's name, email and phone beside the SMTP and LDAP
-- passwords and plugins' keys; extra field values holding birth dates,
-- national ids, emergency contacts and employers; private messages and
-- their attachments named after people; tracking tables with IPs; quiz
-- attempts with free answers and teachers' comments; assignments whose file
-- names and authors name students; forum posts; calendar events;
-- documents in per-user shared folders titled with the user's name;
-- notebooks; drawn attendance signatures; dropbox files; survey answers
-- whose open answers sit in option_id; wiki pages; gradebook certificates
-- whose path holds the username; skills with teachers' argumentation;
-- helpdesk tickets; personal agenda; BigBlueButton meetings with passwords
-- and Zoom meetings whose JSON holds join and start URLs. Quiz questions,
-- course catalogue copy, skills and platform announcements hold nothing
-- personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA xgen;

CREATE FUNCTION xgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåćčçéèêëęğíìîïıłńñóòôöõøśšşúùûüýźżžđơưăạảấầẩậắằếềểễệịọỏốồổộớờợụủứừửữựÁÉÍÓÚÖÜÇŁŚŻĐ',
    'aaaaaaccceeeeegiiiiilnnoooooosssuuuuyzzzdouaaaaaaaaaeeeeeiooooooooouuuuuuuAEIOUOUCLSZD')), '[^a-z0-9]+', '', 'g')
$$;

CREATE FUNCTION xgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

-- ser: a PHP-serialized string.
CREATE FUNCTION xgen.ser(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 's:' || octet_length(s) || ':"' || s || '";' $$;

-- at: a timestamp (without time zone, as Doctrine's datetime) in 2021-2024.
CREATE FUNCTION xgen.at(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamp '2021-09-01 07:00:00' + make_interval(secs => fixture_gen.n(tag, i, 86000000)) $$;

CREATE TABLE xgen.nm (c text, k int, first text, last text);
INSERT INTO xgen.nm
SELECT c, k, f[k], l[k] FROM (VALUES
  ('fr', ARRAY['Camille', 'Julien', 'Manon', 'Théo', 'Léa', 'Mathis', 'Inès', 'Clément'], ARRAY['Lefèvre', 'Moreau', 'Garnier', 'Rousseau', 'Faure', 'Chevalier', 'Perrin', 'Girard']),
  ('sn', ARRAY['Aminata', 'Moussa', 'Fatou', 'Ousmane', 'Awa', 'Mamadou', 'Khady', 'Ibrahima'], ARRAY['Diallo', 'Ndiaye', 'Sow', 'Diop', 'Fall', 'Ba', 'Sarr', 'Gueye']),
  ('ma', ARRAY['Youssef', 'Salma', 'Hamza', 'Imane', 'Mehdi', 'Zineb', 'Anas', 'Khadija'], ARRAY['El Amrani', 'Benjelloun', 'Alaoui', 'Tazi', 'Chraibi', 'Bennani', 'Idrissi', 'Lahlou']),
  ('es', ARRAY['Lucía', 'Javier', 'Carmen', 'Álvaro', 'Nerea', 'Sergio', 'Paula', 'Iker'], ARRAY['Fernández', 'López', 'Sánchez', 'Navarro', 'Romero', 'Ortega', 'Castillo', 'Ruiz']),
  ('vn', ARRAY['Minh', 'Thảo', 'Quang', 'Hương', 'Tuấn', 'Lan', 'Đức', 'Ngọc'], ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi']),
  ('pt', ARRAY['João', 'Beatriz', 'Tiago', 'Mariana', 'Rui', 'Inês', 'Diogo', 'Catarina'], ARRAY['Ferreira', 'Pereira', 'Costa', 'Carvalho', 'Gonçalves', 'Marques', 'Teixeira', 'Moreira']),
  ('pl', ARRAY['Paweł', 'Joanna', 'Krzysztof', 'Monika', 'Michał', 'Ewa', 'Łukasz', 'Agnieszka'], ARRAY['Wiśniewski', 'Kamińska', 'Lewandowski', 'Zielińska', 'Szymański', 'Woźniak', 'Dąbrowski', 'Król']),
  ('cn', ARRAY['Wei', 'Jing', 'Hao', 'Xiaoling', 'Jun', 'Yan', 'Lei', 'Mingyu'], ARRAY['Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Wu', 'Xu'])
) v(c, f, l), generate_series(1, 8) k;

-- People. 1: the platform administrator; 2: Chamilo's anonymous user;
-- 3-30: teachers and tutors; 31-360: learners (301-360 employees of the
-- corporate client on URL 2); 361-375: HR managers (status 4, "drh");
-- 376-384: session administrators (status 3); 385-390: invitees (20).
CREATE TABLE xgen.u (i int PRIMARY KEY, c text, first text, last text, username text, email text, status int, code text, phone text, city text,
  auth text, lang text, joined timestamp);
INSERT INTO xgen.u
SELECT i, x.c, a.first, b.last, NULL, NULL,
       CASE WHEN i = 1 THEN 1 WHEN i = 2 THEN 6 WHEN i <= 30 THEN 1 WHEN i <= 360 THEN 5 WHEN i <= 375 THEN 4 WHEN i <= 384 THEN 3 ELSE 20 END,
       NULL, NULL,
       CASE x.c WHEN 'sn' THEN fixture_gen.pick(ARRAY['Dakar', 'Thiès', 'Saint-Louis', 'Rufisque'], 'ucity', i) WHEN 'ma' THEN fixture_gen.pick(ARRAY['Casablanca', 'Rabat', 'Lyon'], 'ucity', i)
            WHEN 'es' THEN fixture_gen.pick(ARRAY['Valencia', 'Lyon', 'Zaragoza'], 'ucity', i) ELSE fixture_gen.pick(ARRAY['Lyon', 'Villeurbanne', 'Vénissieux', 'Grenoble', 'Saint-Étienne', 'Bron', 'Vaulx-en-Velin'], 'ucity', i) END,
       CASE WHEN i BETWEEN 301 AND 360 OR i BETWEEN 361 AND 366 THEN 'azure' WHEN i BETWEEN 3 AND 30 AND i % 4 = 0 THEN 'ldap' ELSE 'platform' END,
       CASE x.c WHEN 'es' THEN 'spanish' WHEN 'pt' THEN 'brazilian' WHEN 'vn' THEN CASE WHEN i % 2 = 0 THEN 'english' ELSE 'french' END WHEN 'pl' THEN 'polish' WHEN 'cn' THEN 'english' ELSE 'french' END,
       timestamp '2021-08-23 09:00:00' + make_interval(hours => i * 61 + fixture_gen.n('ujoin', i, 40))
FROM generate_series(1, 390) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 30 THEN fixture_gen.pick(ARRAY['fr', 'fr', 'fr', 'sn', 'ma', 'es', 'pt'], 'uc', i)
                                ELSE fixture_gen.pick(ARRAY['fr', 'fr', 'fr', 'sn', 'sn', 'sn', 'ma', 'ma', 'es', 'vn', 'pt', 'pl', 'cn'], 'uc', i) END AS c) x
JOIN xgen.nm a ON a.c = x.c AND a.k = 1 + fixture_gen.n('uf', i, 8)
JOIN xgen.nm b ON b.c = x.c AND b.k = 1 + fixture_gen.n('ul', i, 8);
UPDATE xgen.u SET first = 'Nathalie', last = 'Brunet-Koné', c = 'fr' WHERE i = 1;
UPDATE xgen.u SET first = 'Joe', last = 'Anonymous', auth = 'platform' WHERE i = 2;
UPDATE xgen.u SET
  username = CASE WHEN i = 1 THEN 'admin' WHEN i = 2 THEN 'anon'
                  WHEN auth = 'azure' THEN xgen.fold(first) || '.' || xgen.fold(last) || '@transports-girard.example'
                  WHEN i <= 30 THEN substr(xgen.fold(first), 1, 1) || xgen.fold(last)
                  WHEN i % 5 = 0 THEN xgen.fold(first) || '.' || xgen.fold(last) || (i % 100)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.fr', 'orange.fr', 'hotmail.com'], 'ud', i)
                  WHEN i % 3 = 0 THEN 'FOA' || (2021 + i % 4)::text || lpad(i::text, 4, '0')
                  ELSE xgen.fold(first) || '.' || xgen.fold(last) END,
  code = CASE WHEN i <= 2 THEN NULL WHEN i <= 30 THEN 'FORM-' || lpad(i::text, 3, '0') WHEN i <= 360 THEN 'FOA' || (2021 + i % 4)::text || lpad(i::text, 4, '0')
              WHEN i <= 375 THEN 'TG-RH-' || lpad((i - 360)::text, 2, '0') ELSE NULL END,
  phone = CASE WHEN i = 2 THEN NULL WHEN c = 'sn' AND i % 3 <> 0 THEN '+221 7' || (6 + fixture_gen.n('uph', i, 3))::text || ' ' || fixture_gen.digits('uph', i, 3) || ' ' || fixture_gen.digits('uph2', i, 2) || ' ' || fixture_gen.digits('uph3', i, 2)
               WHEN c = 'ma' AND i % 2 = 0 THEN '+212 6' || fixture_gen.digits('uph', i, 2) || '-' || fixture_gen.digits('uph2', i, 6)
               WHEN i % 4 = 1 THEN '+33 6 ' || fixture_gen.digits('uph', i, 2) || ' ' || fixture_gen.digits('uph2', i, 2) || ' ' || fixture_gen.digits('uph3', i, 2) || ' ' || fixture_gen.digits('uph4', i, 2)
               WHEN i % 7 = 0 THEN '' ELSE '07' || fixture_gen.digits('uph', i, 8) END;
UPDATE xgen.u SET username = CASE WHEN username LIKE '%@%' THEN replace(username, '@', i::text || '@') ELSE username || i::text END FROM (SELECT username AS un, min(i) AS mi FROM xgen.u GROUP BY username HAVING count(*) > 1) d WHERE xgen.u.username = d.un AND xgen.u.i <> d.mi;
UPDATE xgen.u SET email = CASE WHEN i = 1 THEN 'n.brunet-kone@formatec-academy.example' WHEN i = 2 THEN 'anonymous@localhost'
  WHEN username LIKE '%@%' THEN username
  WHEN i <= 30 OR i > 375 THEN xgen.fold(first) || '.' || xgen.fold(last) || '@formatec-academy.example'
  WHEN i > 360 THEN xgen.fold(first) || '.' || xgen.fold(last) || '@transports-girard.example'
  ELSE xgen.fold(first) || CASE WHEN i % 2 = 0 THEN '.' ELSE '_' END || xgen.fold(last) || CASE WHEN i % 3 = 0 THEN (1970 + i % 35)::text ELSE '' END || '@'
       || fixture_gen.pick(ARRAY['gmail.com', 'yahoo.fr', 'orange.fr', 'hotmail.fr', 'free.fr', 'outlook.com', 'laposte.net', 'orange.sn'], 'umd', i) END;
UPDATE xgen.u SET email = replace(email, '@', i::text || '@') FROM (SELECT email AS em, min(i) AS mi FROM xgen.u GROUP BY email HAVING count(*) > 1) d WHERE xgen.u.email = d.em AND xgen.u.i <> d.mi;

CREATE FUNCTION xgen.full(k int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT first || ' ' || last FROM xgen.u WHERE i = k $$;
CREATE FUNCTION xgen.uname(k int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT username FROM xgen.u WHERE i = k $$;
CREATE FUNCTION xgen.mail(k int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT email FROM xgen.u WHERE i = k $$;
CREATE FUNCTION xgen.learner(tag text, n bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 31 + fixture_gen.n(tag, n, 330) $$;
CREATE FUNCTION xgen.teacher(tag text, n bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 3 + fixture_gen.n(tag, n, 28) $$;

-- Home addresses as learners type them in the profile.
CREATE FUNCTION xgen.home(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'sn' THEN fixture_gen.pick(ARRAY['Villa n° ', 'Cité Keur Gorgui, villa ', 'HLM Grand Yoff, lot ', 'Sicap Liberté 6, n° '], tag, i) || (1 + fixture_gen.n(tag || 'n', i, 400)) || ', Dakar'
    WHEN 'ma' THEN (1 + fixture_gen.n(tag || 'n', i, 90)) || ' ' || fixture_gen.pick(ARRAY['Rue Ibn Batouta', 'Bd Zerktouni', 'Avenue Hassan II'], tag, i) || ', Casablanca'
    ELSE (1 + fixture_gen.n(tag || 'n', i, 150)) || ' ' || fixture_gen.pick(ARRAY['rue de la Part-Dieu', 'avenue Jean Jaurès', 'cours Émile Zola', 'rue Paul Bert', 'montée de la Grande Côte', 'rue Garibaldi', 'avenue Berthelot'], tag, i)
         || CASE WHEN i % 3 = 0 THEN ', appt ' || (1 + fixture_gen.n(tag || 'a', i, 60)) ELSE '' END || ', 690' || lpad((1 + fixture_gen.n(tag || 'z', i, 9))::text, 2, '0') || ' Lyon' END
$$;

-- ---------------------------------------------------------------------------
-- Access URLs, users, API keys.

CREATE TABLE access_url (
    id serial PRIMARY KEY, url varchar(255) NOT NULL, description text, active integer NOT NULL, created_by integer NOT NULL, tms timestamp, url_type boolean
);
INSERT INTO access_url VALUES
  (1, 'https://campus.formatec-academy.example/', 'Campus principal Formatec Online Academy', 1, 1, '2021-08-20 10:14:02', NULL),
  (2, 'https://formation.transports-girard.example/', 'Portail formation Transports Girard (client entreprise)', 1, 1, '2022-11-07 15:40:51', NULL),
  (3, 'https://demo.formatec-academy.example/', 'Démonstration commerciale', 0, 1, '2023-02-13 08:02:19', NULL);

CREATE TABLE "user" (
    id serial PRIMARY KEY, user_id integer, username varchar(100) NOT NULL, username_canonical varchar(100) NOT NULL,
    email varchar(100) NOT NULL, email_canonical varchar(100) NOT NULL, firstname varchar(64), lastname varchar(64),
    password varchar(255) NOT NULL, salt varchar(255) NOT NULL, official_code varchar(40), phone varchar(64), address varchar(250),
    picture_uri varchar(250), creator_id integer, competences text, diplomas text, openarea text, teach text, productions varchar(250),
    language varchar(40), registration_date timestamp NOT NULL, expiration_date timestamp, active boolean NOT NULL, openid varchar(255),
    theme varchar(255), hr_dept_id smallint, auth_source varchar(50), status integer NOT NULL, confirmation_token varchar(255),
    password_requested_at timestamp, locked boolean NOT NULL, enabled boolean NOT NULL, roles text NOT NULL, last_login timestamp,
    created_at timestamp, updated_at timestamp, timezone varchar(64) NOT NULL
);
INSERT INTO "user"
SELECT u.i, u.i, u.username, lower(u.username), u.email, lower(u.email), u.first, u.last,
       CASE WHEN u.auth IN ('azure', 'ldap') THEN fixture_gen.bcrypt('unused', u.i)
            WHEN u.i % 9 = 4 THEN substr(encode(sha256(convert_to('pw' || u.i, 'UTF8')), 'hex'), 1, 40)
            ELSE replace(fixture_gen.bcrypt('upw', u.i), '$2a$12$', '$2y$04$') END,
       substr(encode(sha256(convert_to('salt' || u.i, 'UTF8')), 'hex'), 1, 40),
       u.code, u.phone,
       CASE WHEN u.i <= 2 OR u.i > 360 OR u.i % 4 = 3 THEN NULL ELSE xgen.home(u.c, 'uhome', u.i) END,
       CASE WHEN u.i = 2 OR u.i % 3 = 1 THEN ''
            ELSE substr(md5('pic' || u.i), 1, 13) || '_' || fixture_gen.pick(ARRAY['photo', 'IMG_2022' || fixture_gen.digits('pimg', u.i, 4), 'photo_identite_' || xgen.fold(u.last), xgen.fold(u.first) || '_' || xgen.fold(u.last), 'profil', 'WhatsApp_Image_2023-0' || (1 + u.i % 9) || '-1' || (u.i % 9) || '_at_' || (10 + u.i % 12) || '.3' || (u.i % 10) || '.12'], 'pic', u.i) || '.jpg' END,
       CASE WHEN u.i = 1 THEN 1 WHEN u.i BETWEEN 301 AND 375 THEN 380 ELSE 1 + (u.i % 3) * (376 + u.i % 5) / 376 * 0 END,
       CASE WHEN u.status = 5 AND u.i % 4 = 0 THEN fixture_gen.pick(ARRAY[
         'Soins d''hygiène et de confort, prise des constantes, accompagnement des personnes âgées en EHPAD.',
         'Installation de postes Windows 11, Active Directory, dépannage réseau niveau 1, un peu de Python.',
         'Gestion d''équipe de 8 chauffeurs, planning, sécurité routière, CACES R489.',
         'Bilingue wolof-français, aide à domicile depuis 2017 auprès de Mme ' || (SELECT last FROM xgen.u WHERE i = 31 + (u.i * 7) % 300) || ' à ' || u.city || '.',
         'Excel avancé, SAP (module MM), gestion des stocks.',
         'Secourisme (SST à jour), diabète de type 1 donc je gère bien les urgences hypoglycémiques.'], 'ucomp', u.i) END,
       CASE WHEN u.status = 5 AND u.i % 3 = 0 THEN fixture_gen.pick(ARRAY['Bac pro ASSP, lycée Lumière (2019)', 'BTS SIO option SISR', 'DEAES obtenu en 2020', 'Licence AES, Université Cheikh Anta Diop de Dakar', 'Baccalauréat série L, Casablanca', 'CAP Petite enfance'], 'udipl', u.i)
            WHEN u.status = 1 AND u.i > 2 THEN fixture_gen.pick(ARRAY['Diplôme d''État d''infirmier, IFSI Hospices Civils de Lyon', 'Master MIAGE, Université Lyon 1', 'Formateur certifié Microsoft (MCT)', 'Master GRH, IAE Lyon'], 'udipl', u.i) END,
       CASE WHEN u.status = 5 AND u.i % 6 = 1 THEN fixture_gen.pick(ARRAY[
         'Maman de deux enfants, je me reconvertis après 10 ans dans la vente. Joignable le soir au ' || u.phone || '.',
         'Je cherche un stage en EHPAD vers ' || u.city || ' pour mars, contactez-moi : ' || u.email,
         'Passionné de jeux vidéo et de montage PC.',
         'En situation de handicap (RQTH), j''ai besoin d''un tiers-temps pour les évaluations.',
         'Salarié chez Transports Girard depuis 2015, chef d''équipe quai.'], 'uopen', u.i) END,
       CASE WHEN u.status = 1 AND u.i > 2 THEN fixture_gen.pick(ARRAY['Soins et accompagnement', 'Réseaux et systèmes', 'Management d''équipe', 'Bureautique', 'Communication professionnelle'], 'uteach', u.i) END,
       CASE WHEN u.status = 5 AND u.i % 11 = 2 THEN 'https://www.linkedin.com/in/' || xgen.fold(u.first) || '-' || xgen.fold(u.last) || '-' || substr(md5('li' || u.i), 1, 6) END,
       u.lang, u.joined,
       CASE WHEN u.status = 5 THEN u.joined + interval '400 days' WHEN u.i = 2 THEN NULL END,
       NOT (u.i % 17 = 3), CASE WHEN u.i IN (7, 12, 88, 140) THEN 'https://' || xgen.fold(u.first) || xgen.fold(u.last) || '.myopenid.example/' ELSE '' END,
       CASE WHEN u.i % 23 = 0 THEN 'chamilo_red' ELSE '' END, 0, u.auth, u.status,
       CASE WHEN u.i % 19 = 5 THEN xgen.rnd('uconf', u.i, 43) END,
       CASE WHEN u.i % 19 = 5 THEN xgen.at('upwreq', u.i) END,
       false, NOT (u.i % 17 = 3),
       'a:1:{i:0;' || xgen.ser(CASE u.status WHEN 1 THEN CASE WHEN u.i = 1 THEN 'ROLE_SUPER_ADMIN' ELSE 'ROLE_TEACHER' END WHEN 4 THEN 'ROLE_RRHH' WHEN 3 THEN 'ROLE_SESSION_MANAGER' WHEN 6 THEN 'ROLE_ANONYMOUS' WHEN 20 THEN 'ROLE_INVITEE' ELSE 'ROLE_STUDENT' END) || '}',
       CASE WHEN u.i = 2 THEN NULL ELSE u.joined + make_interval(days => 1 + fixture_gen.n('ulast', u.i, 500), secs => fixture_gen.n('ulasts', u.i, 86400)) END,
       u.joined, u.joined + make_interval(days => fixture_gen.n('uupd', u.i, 300)),
       CASE WHEN u.c = 'sn' THEN 'Africa/Dakar' WHEN u.c = 'ma' AND u.i % 2 = 0 THEN 'Africa/Casablanca' WHEN u.i % 5 = 0 THEN 'Europe/Paris' ELSE '' END
FROM xgen.u u;
UPDATE "user" SET creator_id = CASE WHEN id <= 2 THEN 1 WHEN id BETWEEN 301 AND 375 THEN 376 WHEN id % 10 = 0 THEN 377 ELSE 1 END;
UPDATE "user" SET salt = '' WHERE password LIKE '$2y$%' AND id % 2 = 0;

CREATE TABLE user_api_key (
    id serial PRIMARY KEY, user_id integer NOT NULL, api_key varchar(32) NOT NULL, api_service varchar(10) NOT NULL, api_end_point text,
    created_date timestamp, validity_start_date timestamp, validity_end_date timestamp, description text
);
INSERT INTO user_api_key
SELECT k, u, md5('apik' || k), CASE WHEN k % 6 = 0 THEN 'gradebook' ELSE 'default' END,
       CASE WHEN k % 8 = 0 THEN 'https://sirh.transports-girard.example/api/lms/callback' END,
       xgen.at('akc', k), xgen.at('akc', k), CASE WHEN k % 3 = 0 THEN xgen.at('akc', k) + interval '365 days' END,
       CASE WHEN k % 5 = 0 THEN 'Synchronisation SIRH' WHEN k % 5 = 1 THEN 'Application mobile' ELSE NULL END
FROM generate_series(1, 70) k CROSS JOIN LATERAL (SELECT CASE WHEN k <= 4 THEN k WHEN k <= 12 THEN 2 + k ELSE 31 + (k * 13) % 330 END AS u) x;

CREATE TABLE access_url_rel_user (id serial PRIMARY KEY, access_url_id integer NOT NULL, user_id integer NOT NULL);
INSERT INTO access_url_rel_user (access_url_id, user_id)
SELECT CASE WHEN i BETWEEN 301 AND 375 THEN 2 ELSE 1 END, i FROM generate_series(1, 390) i
UNION ALL SELECT 2, i FROM generate_series(1, 12) i ORDER BY 2, 1;

-- ---------------------------------------------------------------------------
-- Courses, sessions, classes.

CREATE TABLE xgen.cr (k int PRIMARY KEY, code text, title text, cat text, dept text);
INSERT INTO xgen.cr VALUES
  (1, 'ASSP101', 'Hygiène et confort de la personne', 'SANTE', 'Pôle Santé et Social'), (2, 'ASSP102', 'Prise des constantes et observation', 'SANTE', 'Pôle Santé et Social'),
  (3, 'ASSP103', 'Ergonomie et manutention des patients', 'SANTE', 'Pôle Santé et Social'), (4, 'ASSP104', 'Accompagnement de fin de vie', 'SANTE', 'Pôle Santé et Social'),
  (5, 'ASSP105', 'Bientraitance en EHPAD', 'SANTE', 'Pôle Santé et Social'), (6, 'DEAES01', 'Aide à domicile : cadre légal', 'SANTE', 'Pôle Santé et Social'),
  (7, 'TSSR01', 'Installation et configuration de Windows 11', 'INFO', 'Pôle Numérique'), (8, 'TSSR02', 'Réseaux TCP/IP et VLAN', 'INFO', 'Pôle Numérique'),
  (9, 'TSSR03', 'Active Directory et GPO', 'INFO', 'Pôle Numérique'), (10, 'TSSR04', 'Linux pour technicien support', 'INFO', 'Pôle Numérique'),
  (11, 'TSSR05', 'Support utilisateur et ITIL', 'INFO', 'Pôle Numérique'), (12, 'TSSR06', 'Sécurité des postes de travail', 'INFO', 'Pôle Numérique'),
  (13, 'BUR01', 'Excel : tableaux croisés dynamiques', 'BUREAU', 'Pôle Numérique'), (14, 'BUR02', 'Rédiger un courriel professionnel', 'BUREAU', 'Pôle Numérique'),
  (15, 'MGT01', 'Animer une équipe de terrain', 'MANAGEMENT', 'Pôle Management'), (16, 'MGT02', 'Conduire un entretien annuel', 'MANAGEMENT', 'Pôle Management'),
  (17, 'MGT03', 'Prévention des risques routiers', 'MANAGEMENT', 'Pôle Management'), (18, 'MGT04', 'Gestion des conflits', 'MANAGEMENT', 'Pôle Management'),
  (19, 'TGQUAI01', 'Sécurité sur les quais de chargement', 'ENTREPRISE', 'Clients entreprises'), (20, 'TGCACES', 'Préparation CACES R489 (théorie)', 'ENTREPRISE', 'Clients entreprises'),
  (21, 'TGRGPD', 'RGPD pour les équipes d''exploitation', 'ENTREPRISE', 'Clients entreprises'), (22, 'FLE01', 'Français professionnel niveau B1', 'LANGUES', 'Pôle Langues'),
  (23, 'ENG01', 'English for customer support', 'LANGUES', 'Pôle Langues'), (24, 'SANDBOX', 'Bac à sable des formateurs', 'INTERNE', 'Équipe pédagogique');

CREATE TABLE course (
    id serial PRIMARY KEY, title varchar(250), code varchar(40) NOT NULL, directory varchar(40), course_language varchar(20),
    description text, category_code varchar(40), visibility integer, tutor_name varchar(200), visual_code varchar(40),
    department_name varchar(30), department_url varchar(180), creation_date timestamp NOT NULL, expiration_date timestamp,
    registration_code varchar(255), legal text, activate_legal integer, course_type_id integer
);
INSERT INTO course
SELECT k, title, code, code, CASE WHEN code = 'ENG01' THEN 'english' ELSE 'french' END,
       'Module « ' || title || ' » : ' || fixture_gen.pick(ARRAY['vidéos, quiz d''entraînement et une évaluation finale.', 'cours en classe virtuelle chaque mardi, exercices en autonomie.', 'parcours SCORM de 6 heures et étude de cas.'], 'crd', k),
       cat, CASE WHEN k = 24 THEN 0 WHEN k BETWEEN 19 AND 21 THEN 1 ELSE 2 END,
       (SELECT first || ' ' || last FROM xgen.u WHERE i = 3 + (k * 5) % 28),
       code, left(dept, 30), CASE WHEN dept = 'Clients entreprises' THEN 'https://www.transports-girard.example' ELSE 'https://www.formatec-academy.example/' || xgen.fold(dept) END,
       timestamp '2021-08-25 10:00:00' + make_interval(days => k * 13), CASE WHEN k = 24 THEN NULL ELSE timestamp '2026-08-25 10:00:00' END,
       CASE WHEN k IN (13, 14, 22) THEN 'Formatec' || (2022 + k % 3)::text WHEN k = 23 THEN xgen.rnd('creg', k, 10) ELSE '' END,
       CASE WHEN k BETWEEN 19 AND 21 THEN 'En suivant cette formation, vous acceptez que vos résultats soient transmis au service RH de Transports Girard.' ELSE '' END,
       CASE WHEN k BETWEEN 19 AND 21 THEN 1 ELSE 0 END, 1
FROM xgen.cr;

CREATE TABLE course_rel_user (
    id serial PRIMARY KEY, user_id integer NOT NULL, c_id integer NOT NULL, status integer NOT NULL, relation_type integer NOT NULL,
    is_tutor boolean, sort integer, user_course_cat integer, legal_agreement integer
);
INSERT INTO course_rel_user (user_id, c_id, status, relation_type, is_tutor, sort, user_course_cat, legal_agreement)
SELECT DISTINCT ON (u, c) u, c, CASE WHEN u <= 30 THEN 1 ELSE 5 END, 0, u <= 30 AND u % 3 = 0, 1 + fixture_gen.n('crus', n, 12), 0, CASE WHEN c BETWEEN 19 AND 21 THEN 1 ELSE 0 END
FROM (SELECT n, CASE WHEN n <= 60 THEN xgen.teacher('crut', n) ELSE xgen.learner('crul', n) END AS u, 1 + fixture_gen.n('cruc', n, 24) AS c FROM generate_series(1, 420) n) x
ORDER BY u, c;

CREATE TABLE session (
    id serial PRIMARY KEY, id_coach integer, session_category_id integer, name varchar(150) NOT NULL, description text, duration integer,
    session_admin_id integer, visibility integer NOT NULL, display_start_date timestamp, display_end_date timestamp, access_start_date timestamp,
    access_end_date timestamp, coach_access_start_date timestamp, coach_access_end_date timestamp, status integer NOT NULL
);
INSERT INTO session
SELECT k, xgen.teacher('sco', k), 1 + k % 4,
       CASE WHEN k <= 30 THEN fixture_gen.pick(ARRAY['Aide-soignant', 'TSSR', 'Team leader', 'Bureautique', 'DEAES'], 'sn', k) || ' - Promo ' || fixture_gen.pick(ARRAY['Septembre', 'Janvier', 'Mars'], 'snm', k) || ' ' || (2021 + k % 4)
                        || CASE WHEN k % 7 = 0 THEN ' - Transports Girard' WHEN k % 5 = 0 THEN ' (groupe ' || chr(65 + k % 3) || ')' ELSE '' END
            WHEN k <= 36 THEN 'Tutorat individuel - ' || xgen.full(xgen.learner('sind', k))
            ELSE 'VAE ' || xgen.full(xgen.learner('sind', k)) || ' (' || fixture_gen.pick(ARRAY['DEAS', 'DEAES', 'TSSR'], 'svae', k) || ')' END,
       CASE WHEN k <= 30 THEN 'Parcours certifiant, ' || (4 + k % 9) || ' modules.' WHEN k <= 36 THEN 'Accompagnement personnalisé de remise à niveau demandé par France Travail.' ELSE 'Accompagnement à la validation des acquis, dossier de livret 2.' END,
       CASE WHEN k > 30 THEN 90 ELSE 0 END, 376 + k % 9, CASE WHEN k % 11 = 0 THEN 3 ELSE 1 END,
       timestamp '2021-09-06 00:00:00' + make_interval(days => k * 27), timestamp '2021-09-06 00:00:00' + make_interval(days => k * 27 + 300),
       timestamp '2021-09-06 00:00:00' + make_interval(days => k * 27), timestamp '2021-09-06 00:00:00' + make_interval(days => k * 27 + 330),
       timestamp '2021-08-30 00:00:00' + make_interval(days => k * 27), timestamp '2021-09-06 00:00:00' + make_interval(days => k * 27 + 360), 0
FROM generate_series(1, 40) k;

CREATE TABLE session_rel_user (
    id serial PRIMARY KEY, session_id integer NOT NULL, user_id integer NOT NULL, relation_type integer NOT NULL, duration integer,
    moved_to integer, moved_status integer, moved_at timestamp, registered_at timestamp NOT NULL
);
INSERT INTO session_rel_user (session_id, user_id, relation_type, duration, moved_to, moved_status, moved_at, registered_at)
SELECT s, u, CASE WHEN u > 360 THEN 1 ELSE 0 END, 0, CASE WHEN n % 29 = 0 THEN 1 + (s % 30) END, CASE WHEN n % 29 = 0 THEN 1 END,
       CASE WHEN n % 29 = 0 THEN xgen.at('srum', n) END, xgen.at('srur', n)
FROM (SELECT DISTINCT ON (s, u) n, s, u FROM (SELECT n, CASE WHEN n <= 10 THEN 30 + n ELSE 1 + fixture_gen.n('srus', n, 30) END AS s,
        CASE WHEN n <= 10 THEN xgen.learner('sind', 30 + n) WHEN n % 25 = 0 THEN 361 + n % 15 ELSE xgen.learner('srul', n) END AS u FROM generate_series(1, 380) n) y ORDER BY s, u, n) x;

CREATE TABLE usergroup (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, description text, group_type integer NOT NULL, picture varchar(255), url varchar(255),
    visibility varchar(255) NOT NULL, author_id integer, allow_members_leave_group integer NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO usergroup
SELECT k, CASE WHEN k <= 12 THEN fixture_gen.pick(ARRAY['AS', 'TSSR', 'TL', 'AES'], 'ugn', k) || '-' || (2021 + k % 4) || '-' || chr(65 + k % 3)
               ELSE fixture_gen.pick(ARRAY['Entraide révisions DEAS', 'Covoiturage Lyon Est', 'Club Linux', 'Stages EHPAD - bons plans', 'Anciens élèves Dakar', 'Parents en formation'], 'ugs', k) END,
       CASE WHEN k <= 12 THEN 'Classe importée depuis le fichier des inscriptions.' ELSE fixture_gen.pick(ARRAY['Groupe ouvert à tous les apprenants.', 'On partage les annales et les fiches.', 'Pour organiser les trajets vers le centre.'], 'ugd', k) END,
       CASE WHEN k <= 12 THEN 0 ELSE 1 END, CASE WHEN k > 12 AND k % 2 = 0 THEN substr(md5('ugp' || k), 1, 13) || '_logo.png' ELSE '' END,
       CASE WHEN k > 12 THEN 'https://campus.formatec-academy.example/main/social/group_view.php?id=' || k ELSE '' END,
       CASE WHEN k > 12 AND k % 3 = 0 THEN '2' ELSE '1' END, CASE WHEN k > 12 THEN xgen.learner('uga', k) ELSE 1 END, k % 2, xgen.at('ugc', k), xgen.at('ugc', k) + interval '20 days'
FROM generate_series(1, 18) k;

CREATE TABLE usergroup_rel_user (id serial PRIMARY KEY, usergroup_id integer NOT NULL, user_id integer NOT NULL, relation_type integer);
INSERT INTO usergroup_rel_user (usergroup_id, user_id, relation_type)
SELECT DISTINCT ON (g, u) g, u, CASE WHEN g > 12 AND n % 9 = 0 THEN 1 WHEN g > 12 THEN 2 ELSE 0 END
FROM (SELECT n, 1 + fixture_gen.n('urg', n, 18) AS g, xgen.learner('uru', n) AS u FROM generate_series(1, 300) n) x ORDER BY g, u;

-- ---------------------------------------------------------------------------
-- Settings: the platform's key/value store, per access URL.

CREATE TABLE settings_current (
    id serial PRIMARY KEY, variable varchar(190), subkey varchar(190), type varchar(255), category varchar(255),
    selected_value text, title varchar(255) NOT NULL, comment varchar(255), scope varchar(50), subkeytext varchar(255),
    access_url integer NOT NULL, access_url_changeable integer NOT NULL, access_url_locked integer NOT NULL
);
CREATE TABLE xgen.st (k serial, variable text, subkey text, type text, category text, v text, title text, scope text, subkeytext text, per_url boolean);
INSERT INTO xgen.st (variable, subkey, type, category, v, title, scope, subkeytext, per_url) VALUES
  ('Institution', NULL, 'textfield', 'Platform', 'Formatec Online Academy', 'OrganisationTitle', NULL, NULL, true),
  ('InstitutionUrl', NULL, 'textfield', 'Platform', 'https://www.formatec-academy.example', 'InstitutionUrlTitle', NULL, NULL, true),
  ('siteName', NULL, 'textfield', 'Platform', 'Campus Formatec', 'SiteNameTitle', NULL, NULL, true),
  ('emailAdministrator', NULL, 'textfield', 'Platform', 'n.brunet-kone@formatec-academy.example', 'emailAdministratorTitle', NULL, NULL, true),
  ('administratorSurname', NULL, 'textfield', 'Platform', 'Brunet-Koné', 'administratorSurnameTitle', NULL, NULL, true),
  ('administratorName', NULL, 'textfield', 'Platform', 'Nathalie', 'administratorNameTitle', NULL, NULL, true),
  ('administratorTelephone', NULL, 'textfield', 'Platform', '+33 4 78 62 19 40', 'administratorTelephoneTitle', NULL, NULL, true),
  ('show_administrator_data', NULL, 'radio', 'Platform', 'true', 'ShowAdministratorDataTitle', NULL, NULL, false),
  ('show_tutor_data', NULL, 'radio', 'Session', 'true', 'ShowTutorDataTitle', NULL, NULL, false),
  ('platformLanguage', NULL, 'link', 'Languages', 'french', 'PlatformLanguageTitle', NULL, NULL, true),
  ('allow_registration', NULL, 'radio', 'Platform', 'approval', 'AllowRegistrationTitle', NULL, NULL, true),
  ('allow_lostpassword', NULL, 'radio', 'Platform', 'true', 'AllowLostPasswordTitle', NULL, NULL, false),
  ('timezone_value', 'timezones', 'select', 'Timezones', 'Europe/Paris', 'TimezoneValueTitle', NULL, NULL, false),
  ('use_users_timezone', 'timezones', 'radio', 'Timezones', 'true', 'UseUsersTimezoneTitle', NULL, NULL, false),
  ('gradebook_enable', NULL, 'radio', 'Gradebook', 'true', 'GradebookActivation', NULL, NULL, false),
  ('allow_social_tool', NULL, 'radio', 'Platform', 'true', 'AllowSocialToolTitle', NULL, NULL, false),
  ('allow_message_tool', NULL, 'radio', 'Platform', 'true', 'AllowMessageToolTitle', NULL, NULL, false),
  ('course_validation', NULL, 'radio', 'Platform', 'false', 'EnableCourseValidation', NULL, NULL, false),
  ('registration', 'officialcode', 'checkbox', 'User', 'true', 'RegistrationRequiredFormsTitle', NULL, 'OfficialCode', false),
  ('registration', 'email', 'checkbox', 'User', 'true', 'RegistrationRequiredFormsTitle', NULL, 'Email', false),
  ('registration', 'phone', 'checkbox', 'User', 'true', 'RegistrationRequiredFormsTitle', NULL, 'Phone', false),
  ('profile', 'name', 'checkbox', 'User', 'false', 'ProfileChangesTitle', NULL, 'name', false),
  ('profile', 'officialcode', 'checkbox', 'User', 'false', 'ProfileChangesTitle', NULL, 'OfficialCode', false),
  ('profile', 'email', 'checkbox', 'User', 'true', 'ProfileChangesTitle', NULL, 'Email', false),
  ('profile', 'picture', 'checkbox', 'User', 'true', 'ProfileChangesTitle', NULL, 'UserPicture', false),
  ('profile', 'phone', 'checkbox', 'User', 'true', 'ProfileChangesTitle', NULL, 'phone', false),
  ('extended_profile', NULL, 'radio', 'User', 'true', 'ExtendedProfileTitle', NULL, NULL, false),
  ('upload_extensions_list_type', NULL, 'radio', 'Security', 'blacklist', 'UploadExtensionsListType', NULL, NULL, false),
  ('upload_extensions_blacklist', NULL, 'textfield', 'Security', 'htaccess;php;php3;php4;php5;phtml;phar;exe', 'UploadExtensionsBlacklist', NULL, NULL, false),
  ('permissions_for_new_directories', NULL, 'textfield', 'Security', '0770', 'PermissionsForNewDirs', NULL, NULL, false),
  ('permissions_for_new_files', NULL, 'textfield', 'Security', '0660', 'PermissionsForNewFiles', NULL, NULL, false),
  ('server_type', NULL, 'radio', 'Platform', 'production', 'ServerStatusTitle', NULL, NULL, false),
  ('homepage_view', NULL, 'radio', 'Course', 'activity_big', 'HomepageViewTitle', NULL, NULL, false),
  ('stylesheets', 'stylesheets', 'text', 'stylesheets', 'chamilo', '', NULL, NULL, true),
  ('header_extra_content', NULL, 'textarea', 'Tracking', '', 'HeaderExtraContentTitle', NULL, NULL, false),
  ('footer_extra_content', NULL, 'textarea', 'Tracking', '<script async src="https://www.googletagmanager.com/gtag/js?id=G-' || upper(substr(md5('ga'), 1, 10)) || '"></script>', 'FooterExtraContentTitle', NULL, NULL, false),
  ('ticket_allow_student_add', NULL, 'radio', 'Ticket', 'true', 'TicketAllowStudentAddTitle', NULL, NULL, false),
  ('ticket_send_warning_to_all_admins', NULL, 'radio', 'Ticket', 'true', 'TicketSendWarningToAllAdminsTitle', NULL, NULL, false),
  ('ticket_warn_admin_no_user_in_category', NULL, 'radio', 'Ticket', 'false', 'TicketWarnAdminNoUserInCategoryTitle', NULL, NULL, false),
  ('mail_template_system', NULL, 'radio', 'Mail', 'true', 'MailTemplateSystemTitle', NULL, NULL, false),
  ('noreply_email_address', NULL, 'textfield', 'Mail', 'no-reply@formatec-academy.example', 'NoReplyEmailAddress', NULL, NULL, true),
  ('smtp_mailer', NULL, 'textfield', 'Mail', 'smtp', 'SmtpMailer', NULL, NULL, false),
  ('smtp_host', NULL, 'textfield', 'Mail', 'smtp-relay.brevo.example', 'SmtpHost', NULL, NULL, false),
  ('smtp_port', NULL, 'textfield', 'Mail', '587', 'SmtpPort', NULL, NULL, false),
  ('smtp_user', NULL, 'textfield', 'Mail', 'campus@formatec-academy.example', 'SmtpUser', NULL, NULL, false),
  ('smtp_pass', NULL, 'textfield', 'Mail', 'xsmtpsib-' || fixture_gen.hexn('smtp', 1, 64) || '-' || xgen.rnd('smtp', 2, 16), 'SmtpPassword', NULL, NULL, false),
  ('smtp_secure', NULL, 'textfield', 'Mail', 'tls', 'SmtpSecure', NULL, NULL, false),
  ('ldap_main_server_address', NULL, 'textfield', 'LDAP', 'ldaps://ad01.formatec.lan', 'LDAPMainServerAddressTitle', NULL, NULL, false),
  ('ldap_main_server_port', NULL, 'textfield', 'LDAP', '636', 'LDAPMainServerPortTitle', NULL, NULL, false),
  ('ldap_domain', NULL, 'textfield', 'LDAP', 'dc=formatec,dc=lan', 'LDAPDomainTitle', NULL, NULL, false),
  ('ldap_authentication_login', NULL, 'textfield', 'LDAP', 'cn=svc-chamilo,ou=Services,dc=formatec,dc=lan', 'LDAPAuthenticationLoginTitle', NULL, NULL, false),
  ('ldap_authentication_password', NULL, 'textfield', 'LDAP', 'Lb' || xgen.rnd('ldap', 1, 14) || '!2023', 'LDAPAuthenticationPasswordTitle', NULL, NULL, false),
  ('ldap_filled_tutor_field', NULL, 'textfield', 'LDAP', 'employeenumber', 'LDAPFilledTutorFieldTitle', NULL, NULL, false),
  ('ldap_version', NULL, 'radio', 'LDAP', '3', 'LDAPVersionTitle', NULL, NULL, false),
  ('bbb_tool_enable', 'bbb', 'setting', 'Plugins', 'true', 'bbb', 'bbb', NULL, false),
  ('bbb_host', 'bbb', 'setting', 'Plugins', 'https://visio.formatec-academy.example/bigbluebutton/', 'bbb', 'bbb', NULL, false),
  ('bbb_salt', 'bbb', 'setting', 'Plugins', fixture_gen.hexn('bbbsalt', 1, 40), 'bbb', 'bbb', NULL, false),
  ('bbb_enable_global_conference', 'bbb', 'setting', 'Plugins', 'false', 'bbb', 'bbb', NULL, false),
  ('zoom_tool_enable', 'zoom', 'setting', 'Plugins', 'true', 'zoom', 'zoom', NULL, false),
  ('zoom_accountId', 'zoom', 'setting', 'Plugins', xgen.rnd('zacc', 1, 22), 'zoom', 'zoom', NULL, false),
  ('zoom_clientId', 'zoom', 'setting', 'Plugins', xgen.rnd('zcid', 1, 22), 'zoom', 'zoom', NULL, false),
  ('zoom_clientSecret', 'zoom', 'setting', 'Plugins', xgen.rnd('zcs', 1, 32), 'zoom', 'zoom', NULL, false),
  ('zoom_verificationToken', 'zoom', 'setting', 'Plugins', xgen.rnd('zvt', 1, 22), 'zoom', 'zoom', NULL, false),
  ('zoom_enableCloudRecording', 'zoom', 'setting', 'Plugins', 'automatic', 'zoom', 'zoom', NULL, false),
  ('ai_helper_tool_enable', 'ai_helper', 'setting', 'Plugins', 'true', 'ai_helper', 'ai_helper', NULL, false),
  ('ai_helper_api_name', 'ai_helper', 'setting', 'Plugins', 'openai', 'ai_helper', 'ai_helper', NULL, false),
  ('ai_helper_api_key', 'ai_helper', 'setting', 'Plugins', 'sk-' || 'proj-' || xgen.rnd('oai', 1, 48), 'ai_helper', 'ai_helper', NULL, false),
  ('google_maps_enable_api', 'google_maps', 'setting', 'Plugins', 'true', 'google_maps', 'google_maps', NULL, false),
  ('google_maps_api_key', 'google_maps', 'setting', 'Plugins', 'AIza' || xgen.rnd('gmaps', 1, 35), 'google_maps', 'google_maps', NULL, false),
  ('buycourses_paypal_enable', 'buycourses', 'setting', 'Plugins', 'false', 'buycourses', 'buycourses', NULL, false),
  ('azure_active_directory_enable', 'azure_active_directory', 'setting', 'Plugins', 'true', 'azure_active_directory', 'azure_active_directory', NULL, false),
  ('azure_active_directory_app_id', 'azure_active_directory', 'setting', 'Plugins', fixture_gen.uuid('azapp', 1), 'azure_active_directory', 'azure_active_directory', NULL, false),
  ('azure_active_directory_app_secret', 'azure_active_directory', 'setting', 'Plugins', xgen.rnd('azs', 1, 3) || '8Q~' || xgen.rnd('azs', 2, 34), 'azure_active_directory', 'azure_active_directory', NULL, false),
  ('azure_active_directory_tenant', 'azure_active_directory', 'setting', 'Plugins', 'transportsgirard.onmicrosoft.com', 'azure_active_directory', 'azure_active_directory', NULL, false),
  ('customcertificate_tool_enable', 'customcertificate', 'setting', 'Plugins', 'true', 'customcertificate', 'customcertificate', NULL, false),
  ('status', 'bbb', 'setting', 'Plugins', 'installed', 'bbb', NULL, NULL, false),
  ('status', 'zoom', 'setting', 'Plugins', 'installed', 'zoom', NULL, NULL, false),
  ('status', 'ai_helper', 'setting', 'Plugins', 'installed', 'ai_helper', NULL, NULL, false),
  ('status', 'customcertificate', 'setting', 'Plugins', 'installed', 'customcertificate', NULL, NULL, false),
  ('chamilo_database_version', NULL, 'textfield', NULL, '1.11.26', 'DatabaseVersion', NULL, NULL, false),
  ('registered', NULL, 'textfield', NULL, 'true', '', NULL, NULL, false),
  ('security_key', NULL, 'textfield', 'Security', fixture_gen.hexn('seckey', 1, 32), 'SecurityKey', NULL, NULL, false),
  ('donotlistcampus', NULL, 'textfield', NULL, 'false', '', NULL, NULL, false);
INSERT INTO settings_current (variable, subkey, type, category, selected_value, title, comment, scope, subkeytext, access_url, access_url_changeable, access_url_locked)
SELECT variable, subkey, type, category, v, title, CASE WHEN title <> '' AND category IS NOT NULL THEN replace(title, 'Title', 'Comment') END, scope, subkeytext, 1, CASE WHEN per_url THEN 1 ELSE 0 END, 0
FROM xgen.st ORDER BY k;
INSERT INTO settings_current (variable, subkey, type, category, selected_value, title, comment, scope, subkeytext, access_url, access_url_changeable, access_url_locked)
SELECT variable, subkey, type, category,
       CASE variable WHEN 'Institution' THEN 'Transports Girard - Formation' WHEN 'InstitutionUrl' THEN 'https://www.transports-girard.example' WHEN 'siteName' THEN 'Girard Academy'
         WHEN 'emailAdministrator' THEN 'sandrine.vial@transports-girard.example' WHEN 'administratorSurname' THEN 'Vial' WHEN 'administratorName' THEN 'Sandrine'
         WHEN 'administratorTelephone' THEN '04 72 81 ' || fixture_gen.digits('tgtel', 1, 2) || ' ' || fixture_gen.digits('tgtel', 2, 2)
         WHEN 'noreply_email_address' THEN 'formation@transports-girard.example' WHEN 'stylesheets' THEN 'girard_blue' ELSE v END,
       title, NULL, scope, subkeytext, 2, 1, 0
FROM xgen.st WHERE per_url ORDER BY k;

-- ---------------------------------------------------------------------------
-- Extra fields: a key/value store for users (1), courses (2) and sessions (3).

CREATE TABLE extra_field (
    id serial PRIMARY KEY, extra_field_type integer NOT NULL, field_type integer NOT NULL, variable varchar(255) NOT NULL, display_text varchar(255),
    default_value text, field_order integer, visible_to_self boolean, visible_to_others boolean, changeable boolean, filter boolean, created_at timestamp NOT NULL
);
INSERT INTO extra_field VALUES
  (1, 1, 6, 'date_naissance', 'Date de naissance', NULL, 1, true, false, true, false, '2021-08-20 10:20:00'),
  (2, 1, 4, 'sexe', 'Genre', NULL, 2, true, false, true, true, '2021-08-20 10:20:00'),
  (3, 1, 1, 'nationalite', 'Nationalité', NULL, 3, true, false, true, false, '2021-08-20 10:20:00'),
  (4, 1, 1, 'num_secu', 'N° de sécurité sociale / CNI', NULL, 4, true, false, false, false, '2021-08-20 10:20:00'),
  (5, 1, 2, 'personne_a_prevenir', 'Personne à prévenir en cas d''urgence', NULL, 5, true, false, true, false, '2021-08-20 10:20:00'),
  (6, 1, 1, 'entreprise', 'Entreprise / employeur', NULL, 6, true, true, true, true, '2021-08-20 10:20:00'),
  (7, 1, 1, 'poste', 'Poste occupé', NULL, 7, true, true, true, false, '2021-08-20 10:20:00'),
  (8, 1, 4, 'financement', 'Financement', 'CPF', 8, true, false, false, true, '2021-08-20 10:20:00'),
  (9, 1, 1, 'identifiant_france_travail', 'Identifiant France Travail', NULL, 9, true, false, true, false, '2022-01-10 14:00:00'),
  (10, 1, 13, 'mail_notify_message', 'Notification des messages', '1', 10, true, false, true, false, '2021-08-20 10:20:00'),
  (11, 1, 1, 'legal_accept', 'Conditions acceptées', NULL, 11, false, false, false, false, '2021-08-20 10:20:00'),
  (12, 1, 1, 'skype', 'Skype', NULL, 12, true, true, true, false, '2021-08-20 10:20:00'),
  (13, 1, 1, 'amenagement_examen', 'Aménagement d''examen', NULL, 13, false, false, false, false, '2022-03-01 09:00:00'),
  (14, 2, 1, 'video_url', 'URL de la vidéo de présentation', NULL, 1, true, true, true, false, '2021-08-20 10:20:00'),
  (15, 2, 13, 'special_course', 'Cours spécial', '0', 2, true, true, true, false, '2021-08-20 10:20:00'),
  (16, 3, 1, 'financeur', 'Financeur de la session', NULL, 1, true, true, true, true, '2021-08-20 10:20:00'),
  (17, 3, 1, 'numero_convention', 'N° de convention', NULL, 2, true, false, true, false, '2021-08-20 10:20:00');

CREATE TABLE extra_field_values (
    id serial PRIMARY KEY, field_id integer NOT NULL, item_id integer NOT NULL, value text, comment text, created_at timestamp NOT NULL, updated_at timestamp NOT NULL
);
INSERT INTO extra_field_values (field_id, item_id, value, comment, created_at, updated_at)
SELECT f, u.i,
       CASE f
         WHEN 1 THEN to_char(date '1964-01-01' + fixture_gen.n('bd', u.i, 365 * 41), 'YYYY-MM-DD')
         WHEN 2 THEN fixture_gen.pick(ARRAY['F', 'M', 'F', 'M', 'Autre'], 'sx', u.i)
         WHEN 3 THEN CASE u.c WHEN 'sn' THEN 'Sénégalaise' WHEN 'ma' THEN 'Marocaine' WHEN 'es' THEN 'Espagnole' WHEN 'pt' THEN 'Portugaise' WHEN 'pl' THEN 'Polonaise' WHEN 'vn' THEN 'Française' WHEN 'cn' THEN 'Chinoise' ELSE 'Française' END
         WHEN 4 THEN CASE WHEN u.c = 'sn' THEN '1 ' || fixture_gen.digits('cni', u.i, 3) || ' ' || (1960 + u.i % 40) || ' ' || fixture_gen.digits('cni2', u.i, 5)
                          ELSE (1 + u.i % 2)::text || ' ' || lpad(((u.i * 7) % 99)::text, 2, '0') || ' ' || lpad((1 + u.i % 12)::text, 2, '0') || ' 69 ' || fixture_gen.digits('nir', u.i, 3) || ' ' || fixture_gen.digits('nir2', u.i, 3) || ' ' || fixture_gen.digits('nirk', u.i, 2) END
         WHEN 5 THEN fixture_gen.pick(ARRAY['Mère', 'Père', 'Conjoint', 'Sœur', 'Frère', 'Épouse'], 'pap', u.i) || ' : ' || (SELECT first FROM xgen.nm WHERE nm.c = u.c AND nm.k = 1 + fixture_gen.n('papn', u.i, 8)) || ' ' || u.last || ' - ' || fixture_gen.phone('papt', u.i)
         WHEN 6 THEN CASE WHEN u.i > 300 THEN 'Transports Girard' ELSE fixture_gen.pick(ARRAY['EHPAD Les Tilleuls', 'Hospices Civils de Lyon', 'ADMR du Rhône', 'Sans emploi', 'Clinique du Parc', 'Decathlon Bron', 'Intermarché Vénissieux', 'Mairie de Villeurbanne', 'Sonatel'], 'ent', u.i) END
         WHEN 7 THEN fixture_gen.pick(ARRAY['Agent de service hospitalier', 'Auxiliaire de vie', 'Cariste', 'Chef d''équipe quai', 'Technicien helpdesk', 'Demandeur d''emploi', 'Hôte de caisse', 'Chauffeur PL'], 'poste', u.i)
         WHEN 8 THEN fixture_gen.pick(ARRAY['CPF', 'France Travail', 'OPCO Mobilités', 'Employeur', 'Personnel'], 'fin', u.i)
         WHEN 9 THEN fixture_gen.digits('ft', u.i, 7) || fixture_gen.chars('ft', u.i, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')
         WHEN 10 THEN (u.i % 2)::text
         WHEN 11 THEN '1:french:' || extract(epoch FROM u.joined)::bigint
         WHEN 12 THEN 'live:.cid.' || substr(md5('sky' || u.i), 1, 16)
         WHEN 13 THEN fixture_gen.pick(ARRAY['Tiers-temps (dyslexie)', 'Salle au rez-de-chaussée, fauteuil roulant', 'Tiers-temps, pauses (diabète)', 'Police agrandie (malvoyance)'], 'amex', u.i) END,
       CASE WHEN f = 4 AND u.i % 9 = 0 THEN 'Vérifié sur pièce d''identité par ' || xgen.full(376 + (u.i / 9) % 9) WHEN f = 13 THEN 'Certificat MDPH reçu le ' || to_char(u.joined + interval '12 days', 'DD/MM/YYYY') ELSE NULL END,
       u.joined + interval '1 hour', u.joined + make_interval(days => fixture_gen.n('efu', u.i * 20 + f, 200))
FROM xgen.u u CROSS JOIN generate_series(1, 13) f
WHERE u.i > 30 AND u.i <= 375 AND (f IN (1, 2, 6, 10, 11) OR (f IN (3, 4, 5, 8) AND u.i % 3 <> 1) OR (f IN (7, 9) AND u.i % 4 = 0) OR (f = 12 AND u.i % 13 = 0) OR (f = 13 AND u.i % 23 = 0))
ORDER BY u.i, f;
INSERT INTO extra_field_values (field_id, item_id, value, comment, created_at, updated_at)
SELECT 14, k, 'https://www.youtube.com/watch?v=' || xgen.rnd('yt', k, 11), NULL, timestamp '2022-01-03 10:00:00', timestamp '2022-01-03 10:00:00' FROM generate_series(1, 18) k
UNION ALL SELECT 16, k, fixture_gen.pick(ARRAY['OPCO Santé', 'France Travail', 'Région Auvergne-Rhône-Alpes', 'Transports Girard', 'CPF'], 'fin', k), NULL, timestamp '2022-01-03 10:00:00', timestamp '2022-01-03 10:00:00' FROM generate_series(1, 40) k
UNION ALL SELECT 17, k, 'CONV-' || (2021 + k % 4) || '-' || lpad((k * 37)::text, 4, '0'), NULL, timestamp '2022-01-03 10:00:00', timestamp '2022-01-03 10:00:00' FROM generate_series(1, 40) k;

-- ---------------------------------------------------------------------------
-- Private messages between learners and teachers, and their attachments.
-- Each message is kept twice: the receiver's copy (status 0 new, 1 read)
-- and the sender's outbox copy (status 4).

CREATE TABLE message (
    id serial PRIMARY KEY, user_sender_id integer NOT NULL, user_receiver_id integer, msg_status smallint NOT NULL, send_date timestamp NOT NULL,
    title varchar(255) NOT NULL, content text NOT NULL, group_id integer NOT NULL, parent_id integer NOT NULL, update_date timestamp, votes integer
);
CREATE TABLE xgen.msg (k int PRIMARY KEY, s int, r int, title text, body text, att text);
INSERT INTO xgen.msg
SELECT k, s, r,
       CASE t WHEN 0 THEN 'Absence mardi' WHEN 1 THEN 'Stage validé' WHEN 2 THEN 'Changement de numéro' WHEN 3 THEN 'Arrêt maladie - ' || xgen.full(s)
              WHEN 4 THEN 'Re: attestation de formation' WHEN 5 THEN 'Question sur le quiz' WHEN 6 THEN 'Rappel évaluation finale' ELSE 'Dossier VAE de ' || (SELECT first FROM xgen.u WHERE i = s) END,
       CASE t
         WHEN 0 THEN 'Bonjour,<br>Je ne pourrai pas assister à la classe virtuelle de mardi, j''ai un rendez-vous ' || fixture_gen.pick(ARRAY['de suivi de grossesse', 'chez le cardiologue', 'à la CAF', 'au tribunal pour la garde de mon fils'], 'mabs', k) || '. Je rattraperai le module.<br>Cordialement,<br>' || xgen.full(s)
         WHEN 1 THEN 'Bonjour ' || (SELECT first FROM xgen.u WHERE i = r) || ',<p>Ton stage à ' || fixture_gen.pick(ARRAY['l''EHPAD Les Tilleuls', 'la Clinique du Parc', 'l''ADMR de Bron'], 'mst', k) || ' est validé du 4 au 29 mars. Ta tutrice sur place est Mme ' || fixture_gen.full_name('mtut', k) || ', joignable au 04 78 ' || fixture_gen.digits('mtt', k, 2) || ' ' || fixture_gen.digits('mtt2', k, 2) || ' ' || fixture_gen.digits('mtt3', k, 2) || '.</p>'
         WHEN 2 THEN 'Bonjour, voici mon nouveau numéro : ' || fixture_gen.phone('mnum', k) || '. Mon ancien téléphone a été volé, merci de ne plus utiliser l''autre. ' || (SELECT first FROM xgen.u WHERE i = s)
         WHEN 3 THEN 'Bonjour, vous trouverez mon arrêt de travail en pièce jointe (du ' || (1 + k % 27) || ' au ' || (3 + k % 25) || ' novembre). Bonne journée.'
         WHEN 4 THEN 'Pouvez-vous m''envoyer l''attestation à mon adresse personnelle : ' || xgen.home('fr', 'madr', k) || ' ? Merci beaucoup.'
         WHEN 5 THEN 'Bonjour, à la question 7 du quiz sur les constantes, je ne comprends pas pourquoi la réponse B est fausse. Merci.'
         WHEN 6 THEN '<p>Rappel : l''évaluation finale du module aura lieu le ' || (1 + k % 28) || '/0' || (1 + k % 9) || ' à 9h en classe virtuelle. Pensez à tester votre micro.</p>'
         ELSE 'Bonjour, j''ai complété le livret 2. Mon employeur (' || fixture_gen.pick(ARRAY['EHPAD Les Tilleuls', 'ADMR du Rhône', 'Clinique du Parc'], 'mvae', k) || ') a signé l''attestation. Mon numéro de sécu : ' || (1 + k % 2) || ' ' || fixture_gen.digits('mvs', k, 2) || ' ' || lpad((1 + k % 12)::text, 2, '0') || ' 69 ' || fixture_gen.digits('mvs2', k, 3) || ' ' || fixture_gen.digits('mvs3', k, 3) || ' ' || fixture_gen.digits('mvs4', k, 2) END,
       CASE t WHEN 3 THEN 'Arrêt maladie ' || xgen.full(s) || '.pdf' WHEN 7 THEN 'Livret2_VAE_' || (SELECT last FROM xgen.u WHERE i = s) || '.docx'
              WHEN 2 THEN CASE WHEN k % 3 = 0 THEN 'IMG_' || fixture_gen.digits('mimg', k, 4) || '.jpg' END WHEN 4 THEN CASE WHEN k % 2 = 0 THEN 'justificatif_domicile_' || lower((SELECT last FROM xgen.u WHERE i = s)) || '.pdf' END END
FROM (SELECT k, fixture_gen.n('mt', k, 8) AS t FROM generate_series(1, 170) k) x
CROSS JOIN LATERAL (SELECT CASE WHEN t IN (1, 6) THEN xgen.teacher('mte', k) ELSE xgen.learner('mle', k) END AS s,
                           CASE WHEN t IN (1, 6) THEN xgen.learner('mle', k) ELSE xgen.teacher('mte', k) END AS r) y;
INSERT INTO message (user_sender_id, user_receiver_id, msg_status, send_date, title, content, group_id, parent_id, update_date, votes)
SELECT s, r, CASE WHEN copy = 0 THEN CASE WHEN k % 4 = 0 THEN 0 ELSE 1 END ELSE 4 END, xgen.at('msd', k), title, body, 0, 0, NULL, 0
FROM xgen.msg CROSS JOIN generate_series(0, 1) copy ORDER BY k, copy;

CREATE TABLE message_attachment (
    id serial PRIMARY KEY, message_id integer NOT NULL, path varchar(255) NOT NULL, comment text, size integer NOT NULL, filename varchar(255) NOT NULL
);
INSERT INTO message_attachment (message_id, path, comment, size, filename)
SELECT m.id, substr(md5('mpath' || m.id), 1, 13) || '_' || regexp_replace(translate(x.att, ' éèêàçôîÉ', '_eeeacoiE'), '[^A-Za-z0-9._-]', '', 'g'),
       CASE WHEN x.att LIKE 'Arrêt%' THEN 'arrêt de travail' WHEN x.att LIKE 'Livret%' THEN '' ELSE NULL END,
       20000 + fixture_gen.n('msz', m.id, 900000), x.att
FROM message m JOIN xgen.msg x ON 2 * x.k - CASE WHEN m.msg_status = 4 THEN 0 ELSE 1 END = m.id
WHERE x.att IS NOT NULL ORDER BY m.id;

-- ---------------------------------------------------------------------------
-- Tracking.

CREATE TABLE track_e_login (login_id serial PRIMARY KEY, login_user_id integer NOT NULL, login_date timestamp NOT NULL, user_ip varchar(39) NOT NULL, logout_date timestamp);
INSERT INTO track_e_login (login_user_id, login_date, user_ip, logout_date)
SELECT u, d, CASE WHEN n % 7 = 0 THEN fixture_gen.ipv6('tlip', u) WHEN n % 5 = 0 THEN '41.82.' || fixture_gen.n('tlsn', u, 256) || '.' || (1 + fixture_gen.n('tlsn2', n, 254)) ELSE fixture_gen.ipv4('tlip', u + n % 3) END,
       CASE WHEN n % 6 = 0 THEN NULL ELSE d + make_interval(mins => 5 + fixture_gen.n('tlo', n, 180)) END
FROM (SELECT n, CASE WHEN n % 10 = 0 THEN xgen.teacher('tlu', n) ELSE xgen.learner('tlu', n) END AS u, xgen.at('tld', n) AS d FROM generate_series(1, 400) n) x ORDER BY d;

CREATE TABLE track_e_online (
    login_id serial PRIMARY KEY, login_user_id integer NOT NULL, login_date timestamp NOT NULL, user_ip varchar(39) NOT NULL, c_id integer NOT NULL, session_id integer, access_url_id integer NOT NULL
);
INSERT INTO track_e_online (login_user_id, login_date, user_ip, c_id, session_id, access_url_id)
SELECT u, timestamp '2024-06-27 14:00:00' + make_interval(secs => fixture_gen.n('tod', n, 7200)), fixture_gen.ipv4('tlip', u), CASE WHEN n % 3 = 0 THEN 0 ELSE 1 + fixture_gen.n('toc', n, 24) END,
       CASE WHEN n % 2 = 0 THEN 1 + fixture_gen.n('tos', n, 30) ELSE 0 END, CASE WHEN u BETWEEN 301 AND 375 THEN 2 ELSE 1 END
FROM (SELECT n, xgen.learner('tou', n) AS u FROM generate_series(1, 45) n) x;

CREATE TABLE track_e_access (
    access_id serial PRIMARY KEY, access_user_id integer, access_date timestamp NOT NULL, c_id integer NOT NULL, access_tool varchar(30), access_session_id integer NOT NULL, user_ip varchar(39) NOT NULL
);
INSERT INTO track_e_access (access_user_id, access_date, c_id, access_tool, access_session_id, user_ip)
SELECT u, xgen.at('tad', n), 1 + fixture_gen.n('tac', n, 24), fixture_gen.pick(ARRAY['course_home', 'document', 'quiz', 'learnpath', 'forum', 'student_publication', 'announcement', 'calendar_event', 'notebook', 'wiki'], 'tat', n),
       CASE WHEN n % 2 = 0 THEN 1 + fixture_gen.n('tas', n, 30) ELSE 0 END, fixture_gen.ipv4('tlip', u + n % 3)
FROM (SELECT n, xgen.learner('tau', n) AS u FROM generate_series(1, 400) n) x ORDER BY 2;

CREATE TABLE track_e_course_access (
    course_access_id serial PRIMARY KEY, c_id integer NOT NULL, user_id integer NOT NULL, login_course_date timestamp NOT NULL, logout_course_date timestamp,
    counter integer, session_id integer NOT NULL, user_ip varchar(39) NOT NULL
);
INSERT INTO track_e_course_access (c_id, user_id, login_course_date, logout_course_date, counter, session_id, user_ip)
SELECT 1 + fixture_gen.n('tcc', n, 24), u, d, d + make_interval(mins => 2 + fixture_gen.n('tcl', n, 120)), 1 + fixture_gen.n('tcn', n, 40), CASE WHEN n % 2 = 0 THEN 1 + fixture_gen.n('tcs', n, 30) ELSE 0 END,
       CASE WHEN n % 9 = 0 THEN fixture_gen.ipv6('tlip', u) ELSE fixture_gen.ipv4('tlip', u) END
FROM (SELECT n, xgen.learner('tcu', n) AS u, xgen.at('tcd', n) AS d FROM generate_series(1, 300) n) x ORDER BY d;

CREATE TABLE track_e_downloads (down_id serial PRIMARY KEY, down_user_id integer, down_date timestamp NOT NULL, c_id integer NOT NULL, down_doc_path varchar(255) NOT NULL, down_session_id integer);
INSERT INTO track_e_downloads (down_user_id, down_date, c_id, down_doc_path, down_session_id)
SELECT xgen.learner('tdu', n), xgen.at('tdd', n), 1 + fixture_gen.n('tdc', n, 24),
       fixture_gen.pick(ARRAY['/cours/fiche_constantes.pdf', '/cours/protocole_hygiene_des_mains.pdf', '/exercices/tp_vlan.pkt', '/cours/support_ad_gpo.pdf', '/annales/qcm_2022.pdf', '/video/manutention_lit_medicalise.mp4', '/cours/grille_entretien_annuel.docx', '/cours/checklist_quai.pdf'], 'tdp', n),
       CASE WHEN n % 2 = 0 THEN 1 + fixture_gen.n('tds', n, 30) ELSE 0 END
FROM generate_series(1, 120) n;

-- track_e_default: the platform's event log. default_value holds a user id,
-- a course code, or (value type user_object) the PHP-serialized user array.
CREATE TABLE track_e_default (
    default_id serial PRIMARY KEY, default_user_id integer NOT NULL, c_id integer, default_date timestamp, default_event_type varchar(255) NOT NULL,
    default_value_type varchar(255) NOT NULL, default_value text NOT NULL, session_id integer
);
INSERT INTO track_e_default (default_user_id, c_id, default_date, default_event_type, default_value_type, default_value, session_id)
SELECT CASE WHEN t IN (0, 1, 4) THEN 1 + (n % 2) * 375 + (n % 9) * ((n % 2)) ELSE u END,
       CASE WHEN t IN (2, 3, 5) THEN 1 + fixture_gen.n('tdfc', n, 24) ELSE 0 END, xgen.at('tdfd', n),
       (ARRAY['user_created', 'user_deleted', 'course_user_subscription', 'exe_attempt_started', 'user_password_update', 'document_uploaded', 'user_login_failed', 'user_updated'])[1 + t],
       (ARRAY['user_id', 'user_object', 'user_object', 'exercise_id', 'user_id', 'document_id', 'username', 'user_object'])[1 + t],
       CASE t WHEN 0 THEN u::text WHEN 3 THEN (1 + n % 40)::text WHEN 4 THEN u::text WHEN 5 THEN (100 + n)::text
              WHEN 6 THEN CASE WHEN n % 3 = 0 THEN xgen.uname(u) || '_' ELSE xgen.uname(u) END
              ELSE 'a:9:{' || xgen.ser('user_id') || 'i:' || u || ';' || xgen.ser('username') || xgen.ser(xgen.uname(u)) || xgen.ser('firstname') || xgen.ser((SELECT first FROM xgen.u WHERE i = u))
                   || xgen.ser('lastname') || xgen.ser((SELECT last FROM xgen.u WHERE i = u)) || xgen.ser('email') || xgen.ser(xgen.mail(u)) || xgen.ser('official_code') || xgen.ser(coalesce((SELECT code FROM xgen.u WHERE i = u), ''))
                   || xgen.ser('phone') || xgen.ser(coalesce((SELECT phone FROM xgen.u WHERE i = u), '')) || xgen.ser('status') || 'i:5;' || xgen.ser('active') || 'i:1;}' END,
       CASE WHEN t IN (2, 3) THEN 1 + fixture_gen.n('tdfs', n, 30) ELSE 0 END
FROM (SELECT n, fixture_gen.n('tdft', n, 8) AS t, xgen.learner('tdfu', n) AS u FROM generate_series(1, 260) n) x ORDER BY 3;

-- ---------------------------------------------------------------------------
-- Tests: quizzes, their questions, attempts and answers.

CREATE TABLE c_quiz (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, title text NOT NULL, description text, type integer NOT NULL, active integer NOT NULL,
    results_disabled integer NOT NULL, max_attempt integer NOT NULL, expired_time integer NOT NULL, session_id integer, text_when_finished text
);
INSERT INTO c_quiz (c_id, id, title, description, type, active, results_disabled, max_attempt, expired_time, session_id, text_when_finished)
SELECT c, q, fixture_gen.pick(ARRAY['Quiz d''entraînement', 'Évaluation finale', 'Auto-positionnement', 'Étude de cas'], 'qzt', k) || ' - ' || (SELECT title FROM xgen.cr WHERE cr.k = c),
       '<p>' || fixture_gen.pick(ARRAY['Répondez à toutes les questions. Une seule tentative.', 'Durée : 30 minutes. Les questions ouvertes sont corrigées par le formateur.', 'Questionnaire pour évaluer vos acquis avant le module.'], 'qzd', k) || '</p>',
       1 + k % 2, CASE WHEN k % 13 = 0 THEN 0 ELSE 1 END, k % 3, CASE WHEN k % 2 = 0 THEN 1 ELSE 0 END, CASE WHEN k % 2 = 0 THEN 30 ELSE 0 END, 0,
       CASE WHEN k % 3 = 0 THEN '<p>Merci ! Vos réponses ouvertes seront corrigées sous 7 jours.</p>' ELSE '' END
FROM (SELECT k, 1 + (k - 1) % 24 AS c, 1 + (k - 1) / 24 AS q FROM generate_series(1, 40) k) x;

CREATE TABLE c_quiz_question (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, question text NOT NULL, description text, ponderation double precision NOT NULL,
    position integer NOT NULL, type integer NOT NULL, picture varchar(50), level integer NOT NULL, extra varchar(255), question_code varchar(10)
);
INSERT INTO c_quiz_question (c_id, id, question, description, ponderation, position, type, picture, level, extra, question_code)
SELECT 1 + (k - 1) % 24, k, fixture_gen.pick(ARRAY[
    'Quelle est la fréquence cardiaque normale d''un adulte au repos ?', 'Citez trois règles d''hygiène des mains.', 'Quel protocole utilise le port 53 ?',
    'Décrivez comment vous réagiriez face à un résident agressif.', 'Que signifie GPO ?', 'Expliquez la différence entre un switch et un routeur.',
    'Quelles informations doivent figurer dans un compte rendu d''entretien annuel ?', 'Quel équipement de protection est obligatoire sur le quai ?',
    'Racontez une situation où vous avez dû gérer un conflit dans votre équipe.', 'Quelle commande Linux affiche l''espace disque ?'], 'qqq', k),
       CASE WHEN k % 4 = 0 THEN '<p>Réponse libre, 10 lignes maximum.</p>' ELSE '' END, (1 + k % 4)::double precision, 1 + k % 10,
       CASE WHEN k % 4 = 0 THEN 5 WHEN k % 4 = 1 THEN 2 ELSE 1 END, CASE WHEN k % 9 = 0 THEN 'quiz-' || k || '.png' ELSE '' END, 1 + k % 3,
       CASE WHEN k % 11 = 0 THEN '0@@0@@0@@0' ELSE '' END, CASE WHEN k % 5 = 0 THEN 'Q' || lpad(k::text, 4, '0') END
FROM generate_series(1, 160) k;

CREATE TABLE track_e_exercises (
    exe_id serial PRIMARY KEY, exe_user_id integer, exe_date timestamp NOT NULL, c_id integer NOT NULL, exe_exo_id integer NOT NULL,
    exe_result double precision NOT NULL, exe_weighting double precision NOT NULL, user_ip varchar(39) NOT NULL, status varchar(20) NOT NULL,
    data_tracking text NOT NULL, start_date timestamp NOT NULL, session_id integer NOT NULL, orig_lp_id integer NOT NULL, exe_duration integer NOT NULL
);
INSERT INTO track_e_exercises (exe_user_id, exe_date, c_id, exe_exo_id, exe_result, exe_weighting, user_ip, status, data_tracking, start_date, session_id, orig_lp_id, exe_duration)
SELECT u, d + make_interval(mins => 3 + fixture_gen.n('tee', n, 40)), 1 + (q - 1) % 24, q, fixture_gen.n('ter', n, 21), 20, fixture_gen.ipv4('tlip', u),
       CASE WHEN n % 11 = 0 THEN 'incomplete' ELSE '' END,
       (SELECT string_agg((1 + (q * 7 + j * 13) % 160)::text, ',') FROM generate_series(1, 5 + n % 6) j), d,
       CASE WHEN n % 2 = 0 THEN 1 + fixture_gen.n('tes', n, 30) ELSE 0 END, CASE WHEN n % 4 = 0 THEN 1 + n % 20 ELSE 0 END, 180 + fixture_gen.n('ted', n, 1600)
FROM (SELECT n, xgen.learner('teu', n) AS u, 1 + fixture_gen.n('teq', n, 40) AS q, xgen.at('ted', n) AS d FROM generate_series(1, 260) n) x ORDER BY d;

-- track_e_attempt: one row per answered question; answer is the option id
-- for multiple choice, the typed text for open questions (type 5).
CREATE TABLE track_e_attempt (
    id serial PRIMARY KEY, exe_id integer NOT NULL, user_id integer NOT NULL, question_id integer NOT NULL, answer text NOT NULL, teacher_comment text NOT NULL,
    marks double precision NOT NULL, course_code varchar(40), c_id integer NOT NULL, position integer, tms timestamp, session_id integer NOT NULL, filename varchar(255)
);
INSERT INTO track_e_attempt (exe_id, user_id, question_id, answer, teacher_comment, marks, course_code, c_id, position, tms, session_id, filename)
SELECT e.exe_id, e.exe_user_id, qq.id,
       CASE WHEN qq.type = 5 THEN fixture_gen.pick(ARRAY[
           '<p>Je reste calme, je parle doucement et j''appelle l''infirmière. La semaine dernière avec M. ' || fixture_gen.last_name('tal', e.exe_id * 10 + j) || ' (chambre 12) ça a marché.</p>',
           '<p>Dans mon équipe chez Transports Girard, ' || fixture_gen.first_name('taf', e.exe_id * 10 + j) || ' refusait de faire les quais du soir. J''ai organisé une réunion.</p>',
           '<p>Le nom, la date, les objectifs atteints, les besoins de formation et la signature des deux parties.</p>',
           '<p>Je sais pas trop, mon fils était malade cette semaine donc je n''ai pas pu réviser.</p>',
           '<p>Friction hydro-alcoolique 30 secondes, ongles courts, pas de bijoux.</p>'], 'tat', e.exe_id * 10 + j)
            ELSE (1 + fixture_gen.n('tao', e.exe_id * 10 + j, 4))::text END,
       CASE WHEN qq.type = 5 AND j % 2 = 0 THEN fixture_gen.pick(ARRAY['Bonne réponse, mais évitez de citer le nom des résidents.', 'Incomplet : revoir la fiche 3.', 'Très bien ' || (SELECT first FROM xgen.u WHERE i = e.exe_user_id) || ', réponse claire.', 'Voir avec moi en tutorat, je vous appelle au ' || coalesce(nullif((SELECT phone FROM xgen.u WHERE i = e.exe_user_id), ''), 'numéro indiqué') || '.'], 'tac', e.exe_id * 10 + j) ELSE '' END,
       fixture_gen.n('tam', e.exe_id * 10 + j, 5), (SELECT code FROM xgen.cr WHERE cr.k = e.c_id), e.c_id, j, e.exe_date, e.session_id,
       CASE WHEN qq.type = 5 AND j = 3 AND e.exe_id % 5 = 0 THEN e.exe_user_id || '-' || e.exe_id || '-' || qq.id || '.wav' END
FROM track_e_exercises e CROSS JOIN generate_series(1, 3) j JOIN c_quiz_question qq ON qq.iid = 1 + (e.exe_exo_id * 7 + j * 13) % 160
ORDER BY e.exe_id, j;

-- ---------------------------------------------------------------------------
-- Assignments (student publications): folders (the assignment) and the
-- files and texts learners hand in.

CREATE TABLE c_student_publication (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, url varchar(255), title varchar(255) NOT NULL, description text, author varchar(255),
    active integer, accepted boolean, sent_date timestamp NOT NULL, filetype varchar(10) NOT NULL, qualification double precision NOT NULL,
    date_of_qualification timestamp, parent_id integer NOT NULL, qualificator_id integer NOT NULL, session_id integer, user_id integer NOT NULL,
    filesize integer, title_correction varchar(255), url_correction text
);
INSERT INTO c_student_publication (c_id, id, url, title, description, author, active, accepted, sent_date, filetype, qualification, date_of_qualification, parent_id, qualificator_id, session_id, user_id, filesize, title_correction, url_correction)
SELECT 1 + (k - 1) % 24, k, '/' || t || '_' || substr(md5('spf' || k), 1, 6), replace(t, '_', ' '), '<p>Déposez votre travail au format PDF avant la date limite.</p>', '', 1, true,
       xgen.at('spd', k), 'folder', 20, NULL, 0, 0, 0, xgen.teacher('spt', k), 0, NULL, NULL
FROM (SELECT k, fixture_gen.pick(ARRAY['Rapport_de_stage', 'Etude_de_cas', 'Projet_reseau', 'Fiche_de_lecture', 'Bilan_personnel'], 'spt', k) AS t FROM generate_series(1, 30) k) x;
INSERT INTO c_student_publication (c_id, id, url, title, description, author, active, accepted, sent_date, filetype, qualification, date_of_qualification, parent_id, qualificator_id, session_id, user_id, filesize, title_correction, url_correction)
SELECT p.c_id, 30 + k, CASE WHEN txt THEN '' ELSE p.url || '/' || substr(md5('spu' || k), 1, 13) || '_' || fn END,
       CASE WHEN txt THEN fixture_gen.pick(ARRAY['Mon bilan', 'Réflexion sur le stage', 'Étude de cas'], 'sptt', k) ELSE fn END,
       CASE WHEN txt THEN fixture_gen.pick(ARRAY[
         '<p>Pendant mon stage à l''EHPAD Les Tilleuls j''ai accompagné Mme ' || fixture_gen.last_name('spr', k) || ', 91 ans, atteinte d''Alzheimer. Ma tutrice ' || fixture_gen.full_name('sptu', k) || ' m''a beaucoup appris.</p>',
         '<p>Je m''appelle ' || xgen.full(u) || ', j''ai 34 ans et je me reconvertis après un licenciement. Mon objectif est le DEAS.</p>',
         '<p>Le réseau de l''entreprise comporte 3 VLAN. J''ai proposé un plan d''adressage en 10.0.0.0/16.</p>'], 'spdt', k)
            ELSE CASE WHEN k % 5 = 0 THEN 'Version corrigée après relecture' ELSE '' END END,
       xgen.full(u), 1, true, xgen.at('sps', k), 'file', CASE WHEN k % 4 = 0 THEN 0 ELSE fixture_gen.n('spq', k, 21) END,
       CASE WHEN k % 4 = 0 THEN NULL ELSE xgen.at('sps', k) + interval '6 days' END, p.iid, CASE WHEN k % 4 = 0 THEN 0 ELSE p.user_id END,
       CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('spss', k, 30) ELSE 0 END, u, CASE WHEN txt THEN 0 ELSE 40000 + fixture_gen.n('spsz', k, 3000000) END,
       CASE WHEN k % 6 = 1 THEN 'Correction_' || replace(fn, ' ', '_') END,
       CASE WHEN k % 6 = 1 THEN p.url || '/' || substr(md5('spc' || k), 1, 13) || '_Correction_' || replace(fn, ' ', '_') END
FROM generate_series(1, 200) k
CROSS JOIN LATERAL (SELECT xgen.learner('spu', k) AS u, k % 7 = 3 AS txt) a
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Rapport_stage_', 'Etude_de_cas_', 'Projet_reseau_', 'Bilan_', 'CV_'], 'spfn', k)
                           || (SELECT xgen.fold(first) || '_' || upper(xgen.fold(last)) FROM xgen.u WHERE i = u) || fixture_gen.pick(ARRAY['.pdf', '.docx', '.odt', '.pdf'], 'spx', k) AS fn) b
JOIN c_student_publication p ON p.iid = 1 + fixture_gen.n('spp', k, 30);

-- ---------------------------------------------------------------------------
-- Forums.

CREATE TABLE c_forum_thread (
    iid serial PRIMARY KEY, c_id integer NOT NULL, thread_id integer, thread_title varchar(255) NOT NULL, forum_id integer, thread_replies integer NOT NULL,
    thread_poster_id integer, thread_poster_name varchar(100), thread_views integer NOT NULL, thread_last_post integer, thread_date timestamp, session_id integer, locked integer NOT NULL
);
INSERT INTO c_forum_thread (c_id, thread_id, thread_title, forum_id, thread_replies, thread_poster_id, thread_poster_name, thread_views, thread_last_post, thread_date, session_id, locked)
SELECT 1 + (k - 1) % 24, k, fixture_gen.pick(ARRAY['Présentez-vous !', 'Question sur le TP VLAN', 'Révisions examen blanc', 'Covoiturage pour le présentiel de juin', 'Problème d''accès à la vidéo', 'Stage : vos retours', 'Entraide GPO'], 'ftt', k),
       1 + k % 6, 0, CASE WHEN k % 4 = 0 THEN xgen.teacher('ftp', k) ELSE xgen.learner('ftp', k) END, '', fixture_gen.n('ftv', k, 300), NULL, xgen.at('ftd', k),
       CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('fts', k, 30) ELSE 0 END, CASE WHEN k % 15 = 0 THEN 1 ELSE 0 END
FROM generate_series(1, 50) k;

CREATE TABLE c_forum_post (
    iid serial PRIMARY KEY, c_id integer NOT NULL, post_id integer, post_title varchar(250), post_text text, thread_id integer, forum_id integer, poster_id integer,
    poster_name varchar(100), post_date timestamp, post_notification boolean, post_parent_id integer, visible boolean NOT NULL, status integer
);
INSERT INTO c_forum_post (c_id, post_id, post_title, post_text, thread_id, forum_id, poster_id, poster_name, post_date, post_notification, post_parent_id, visible, status)
SELECT t.c_id, k, CASE WHEN k % 3 = 0 THEN 'Re: ' || t.thread_title ELSE t.thread_title END,
       CASE fixture_gen.n('fpt', k, 7)
         WHEN 0 THEN '<p>Bonjour à tous, je m''appelle ' || xgen.full(p) || ', j''habite à ' || (SELECT city FROM xgen.u WHERE i = p) || ' et je travaille comme ' || fixture_gen.pick(ARRAY['auxiliaire de vie', 'cariste', 'agent d''entretien'], 'fpj', k) || '. Ravie de commencer !</p>'
         WHEN 1 THEN '<p>Je propose 2 places depuis Vénissieux, appelez-moi au ' || fixture_gen.phone('fpph', k) || ' ou écrivez à ' || xgen.mail(p) || '.</p>'
         WHEN 2 THEN '<p>Il faut configurer le trunk sur le port 24 avant de créer les VLAN, sinon ça ne passe pas.</p>'
         WHEN 3 THEN '<p>La vidéo ne se lance pas sur Firefox, essayez Chrome.</p>'
         WHEN 4 THEN '<p>Merci ' || fixture_gen.first_name('fpm', k) || ' pour les fiches, super utiles pour l''examen blanc.</p>'
         WHEN 5 THEN '<p>Mon stage s''est mal passé, la cadre de santé Mme ' || fixture_gen.last_name('fps', k) || ' ne m''a jamais laissée faire les toilettes seule. Je suis enceinte de 5 mois et j''ai dû arrêter.</p>'
         ELSE '<p>Quelqu''un a le lien de la classe virtuelle de mardi ?</p>' END,
       t.thread_id, t.forum_id, p, CASE WHEN k % 23 = 0 THEN fixture_gen.full_name('fpan', k) ELSE '' END, t.thread_date + make_interval(hours => k % 200), k % 3 = 0,
       CASE WHEN k % 3 = 0 THEN GREATEST(k - 1, 1) ELSE 0 END, NOT (k % 31 = 0), 1
FROM generate_series(1, 240) k
JOIN c_forum_thread t ON t.iid = 1 + fixture_gen.n('fpth', k, 50)
CROSS JOIN LATERAL (SELECT CASE WHEN k % 6 = 0 THEN xgen.teacher('fpp', k) ELSE xgen.learner('fpp', k) END AS p) pp;
UPDATE c_forum_thread t SET thread_replies = x.n - 1, thread_last_post = x.m FROM (SELECT thread_id, count(*) AS n, max(post_id) AS m FROM c_forum_post GROUP BY thread_id) x WHERE x.thread_id = t.thread_id;
UPDATE c_forum_post SET poster_id = 0 WHERE poster_name <> '';

-- ---------------------------------------------------------------------------
-- Announcements, calendar, documents, learning paths.

CREATE TABLE c_announcement (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, title text, content text, end_date date, display_order integer NOT NULL, email_sent boolean, session_id integer
);
INSERT INTO c_announcement (c_id, id, title, content, end_date, display_order, email_sent, session_id)
SELECT 1 + (k - 1) % 24, k, fixture_gen.pick(ARRAY['Examen blanc', 'Classe virtuelle reportée', 'Nouveaux supports en ligne', 'Résultats de l''évaluation', 'Stage : documents à rendre', 'Bienvenue'], 'ant', k),
       CASE fixture_gen.n('anc', k, 5)
         WHEN 0 THEN '<p>L''examen blanc aura lieu le ' || (1 + k % 28) || ' mars à 9h. Durée : 2 heures.</p>'
         WHEN 1 THEN '<p>Je suis malade, la classe virtuelle est reportée à jeudi. En cas d''urgence : ' || (SELECT phone FROM xgen.u WHERE i = xgen.teacher('ant', k)) || '.<br>' || xgen.full(xgen.teacher('ant', k)) || '</p>'
         WHEN 2 THEN '<p>Les supports du chapitre 4 sont dans Documents.</p>'
         WHEN 3 THEN '<p>Félicitations à ' || xgen.full(xgen.learner('anl', k)) || ' et ' || xgen.full(xgen.learner('anl2', k)) || ' pour leurs 19/20 ! Les autres, on se voit en rattrapage le ' || (1 + k % 28) || '/06.</p>'
         ELSE '<p>Bienvenue sur le cours. Commencez par le parcours « Prise en main ».</p>' END,
       NULL, k, k % 2 = 0, CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('ans', k, 30) ELSE 0 END
FROM generate_series(1, 70) k;

CREATE TABLE c_calendar_event (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, title varchar(255) NOT NULL, content text, start_date timestamp, end_date timestamp,
    parent_event_id integer, session_id integer, all_day integer NOT NULL, comment text, color varchar(100)
);
INSERT INTO c_calendar_event (c_id, id, title, content, start_date, end_date, parent_event_id, session_id, all_day, comment, color)
SELECT 1 + (k - 1) % 24, k,
       CASE WHEN k % 4 = 0 THEN 'Oral de certification - ' || xgen.full(xgen.learner('cel', k)) WHEN k % 4 = 1 THEN 'Classe virtuelle' WHEN k % 4 = 2 THEN 'Examen blanc' ELSE 'Regroupement présentiel' END,
       CASE WHEN k % 4 = 0 THEN '<p>Jury : ' || xgen.full(xgen.teacher('cej', k)) || ' et ' || xgen.full(xgen.teacher('cej2', k)) || '. Candidat convoqué à ' || (8 + k % 9) || 'h.</p>'
            WHEN k % 4 = 3 THEN '<p>Salle B2, 12 rue de la Charité, 69002 Lyon.</p>' ELSE '' END,
       d, d + interval '2 hours', NULL, CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('ces', k, 30) ELSE 0 END, 0,
       CASE WHEN k % 8 = 0 THEN 'Tiers-temps accordé' WHEN k % 8 = 4 THEN 'Candidat en arrêt, à reprogrammer' ELSE '' END, fixture_gen.pick(ARRAY['#3a87ad', '#ff8c00', '#008000', ''], 'cec', k)
FROM (SELECT k, xgen.at('ced', k) AS d FROM generate_series(1, 90) k) x;

-- c_document: course files, and the shared folder with one folder per
-- user (titled with the user's full name) holding what learners share.
CREATE TABLE c_document (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, path varchar(255) NOT NULL, comment text, title varchar(255) NOT NULL,
    filetype varchar(10) NOT NULL, size integer NOT NULL, readonly boolean NOT NULL, session_id integer
);
INSERT INTO c_document (c_id, id, path, comment, title, filetype, size, readonly, session_id)
SELECT 1 + (k - 1) % 24, k, p, CASE WHEN k % 5 = 0 THEN 'Version 2023' ELSE NULL END, t, CASE WHEN p LIKE '%.%' THEN 'file' ELSE 'folder' END,
       CASE WHEN p LIKE '%.%' THEN 20000 + fixture_gen.n('dsz', k, 5000000) ELSE 0 END, false, 0
FROM (SELECT k, x.p, x.t FROM generate_series(1, 60) k CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['/cours/fiche_constantes.pdf', '/cours/protocole_hygiene_des_mains.pdf', '/exercices/tp_vlan.pkt', '/images', '/cours', '/audio', '/video/manutention.mp4', '/annales/qcm_2022.pdf'], 'dp', k) AS p,
      fixture_gen.pick(ARRAY['Fiche constantes', 'Protocole hygiène', 'TP VLAN', 'images', 'Cours', 'audio', 'Manutention', 'QCM 2022'], 'dp', k) AS t) x) y;
INSERT INTO c_document (c_id, id, path, comment, title, filetype, size, readonly, session_id)
SELECT c, 100 + k, '/shared_folder/sf_user_' || u, NULL, xgen.full(u), 'folder', 0, false, 0
FROM (SELECT DISTINCT ON (c, u) k, 1 + fixture_gen.n('sfc', k, 24) AS c, xgen.learner('sfu', k) AS u FROM generate_series(1, 60) k) z;
INSERT INTO c_document (c_id, id, path, comment, title, filetype, size, readonly, session_id)
SELECT d.c_id, 200 + k, d.path || '/' || f, CASE WHEN k % 4 = 0 THEN 'Pour le tuteur' ELSE NULL END, f, 'file', 30000 + fixture_gen.n('sfz', k, 2000000), false, 0
FROM generate_series(1, 60) k JOIN c_document d ON d.iid = 61 + fixture_gen.n('sfd', k, (SELECT count(*) FROM c_document WHERE path LIKE '/shared_folder/%')::int)
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['CV_', 'Lettre_motivation_', 'Attestation_stage_', 'Photo_identite_'], 'sff', k) || replace(d.title, ' ', '_') || '.pdf' AS f) ff;

CREATE TABLE c_lp (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, lp_type integer NOT NULL, name text NOT NULL, description text, path text NOT NULL,
    content_maker text NOT NULL, content_license text NOT NULL, author text NOT NULL, session_id integer NOT NULL, created_on timestamp NOT NULL
);
INSERT INTO c_lp (c_id, id, lp_type, name, description, path, content_maker, content_license, author, session_id, created_on)
SELECT 1 + (k - 1) % 24, k, CASE WHEN k % 3 = 0 THEN 2 ELSE 1 END, 'Parcours ' || k || ' - ' || (SELECT title FROM xgen.cr WHERE cr.k = 1 + (x.k - 1) % 24), '',
       CASE WHEN k % 3 = 0 THEN 'scorm_' || substr(md5('lp' || k), 1, 8) || '/.' ELSE '' END, CASE WHEN k % 3 = 0 THEN 'Articulate Storyline 360' ELSE 'Chamilo' END,
       CASE WHEN k % 4 = 0 THEN 'CC BY-SA 4.0' ELSE '' END,
       CASE WHEN k % 2 = 0 THEN xgen.full(xgen.teacher('lpa', k)) || ', ' || fixture_gen.pick(ARRAY['formatrice', 'formateur', 'infirmière référente', 'ingénieur pédagogique'], 'lpr', k) ELSE '' END, 0, xgen.at('lpc', k)
FROM generate_series(1, 40) x(k);

-- ---------------------------------------------------------------------------
-- Notebooks, attendance, dropbox, surveys, wiki.

CREATE TABLE c_notebook (
    iid serial PRIMARY KEY, c_id integer NOT NULL, notebook_id integer, user_id integer NOT NULL, course varchar(40) NOT NULL, session_id integer NOT NULL,
    title varchar(255) NOT NULL, description text NOT NULL, creation_date timestamp NOT NULL, update_date timestamp NOT NULL
);
INSERT INTO c_notebook (c_id, notebook_id, user_id, course, session_id, title, description, creation_date, update_date)
SELECT c, k, u, (SELECT code FROM xgen.cr WHERE cr.k = c), CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('nbs', k, 30) ELSE 0 END,
       fixture_gen.pick(ARRAY['À retenir', 'Questions pour le formateur', 'Stage', 'Perso', 'Révisions'], 'nbt', k),
       CASE fixture_gen.n('nbd', k, 6)
         WHEN 0 THEN 'FC normale 60-100/min, TA 12/8, T° 36,5-37,5.'
         WHEN 1 THEN 'Appeler ma tutrice Mme ' || fixture_gen.last_name('nbtn', k) || ' au ' || fixture_gen.phone('nbph', k) || ' avant lundi.'
         WHEN 2 THEN 'Rdv Pôle emploi le ' || (1 + k % 28) || '/0' || (1 + k % 9) || ' avec ma conseillère ' || fixture_gen.full_name('nbc', k) || '. Identifiant : ' || fixture_gen.digits('ft', k, 7) || 'K.'
         WHEN 3 THEN 'Commande ipconfig /all puis ping de la passerelle.'
         WHEN 4 THEN 'Remboursement des frais de transport : envoyer le RIB (' || fixture_gen.iban_for('nbib', k) || ') à la compta.'
         ELSE 'Penser au certificat médical pour le stage (vaccin hépatite B).' END,
       xgen.at('nbd', k), xgen.at('nbd', k) + make_interval(days => k % 30)
FROM (SELECT k, 1 + fixture_gen.n('nbc', k, 24) AS c, xgen.learner('nbu', k) AS u FROM generate_series(1, 140) k) x;

CREATE TABLE c_attendance_sheet (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, user_id integer NOT NULL, attendance_calendar_id integer NOT NULL, presence boolean NOT NULL, signature text
);
INSERT INTO c_attendance_sheet (c_id, id, user_id, attendance_calendar_id, presence, signature)
SELECT 1 + fixture_gen.n('asc', k, 24), k, xgen.learner('asu', k), 1 + k % 40, k % 9 <> 0,
       CASE WHEN k % 9 <> 0 AND k % 3 = 0 THEN 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAZAAAADI' || translate(fixture_gen.b64('sig', k, 180), E'\n', '') END
FROM generate_series(1, 200) k;

CREATE TABLE c_dropbox_file (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, uploader_id integer NOT NULL, filename varchar(190) NOT NULL, filesize integer NOT NULL,
    title varchar(255), description varchar(255), author varchar(255), upload_date timestamp NOT NULL, last_upload_date timestamp NOT NULL, session_id integer NOT NULL
);
INSERT INTO c_dropbox_file (c_id, id, uploader_id, filename, filesize, title, description, author, upload_date, last_upload_date, session_id)
SELECT 1 + fixture_gen.n('dbc', k, 24), k, u, replace(t, ' ', '_') || '_' || (1600000000 + k * 9137), 40000 + fixture_gen.n('dbs', k, 900000), t,
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Pour Mme ' || fixture_gen.last_name('dbd', k) || ' uniquement', 'Justificatif d''absence du 12', 'Merci de ne pas diffuser'], 'dbd', k) ELSE '' END,
       xgen.full(u), xgen.at('dbu', k), xgen.at('dbu', k), 0
FROM (SELECT k, xgen.learner('dbu', k) AS u FROM generate_series(1, 60) k) x
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['Certificat medical ', 'Attestation employeur ', 'Convention de stage ', 'Arret de travail '], 'dbt', k) || (SELECT last || ' ' || first FROM xgen.u WHERE i = u) || '.pdf' AS t) y;

-- c_survey_answer: option_id is the chosen option's id, or for open
-- questions the text typed; user is the user id, an email for invitees
-- outside the platform, or a hash for anonymous surveys.
CREATE TABLE c_survey_answer (
    iid serial PRIMARY KEY, c_id integer NOT NULL, answer_id integer, survey_id integer NOT NULL, question_id integer NOT NULL, option_id text NOT NULL,
    value integer NOT NULL, "user" varchar(250) NOT NULL, session_id integer
);
INSERT INTO c_survey_answer (c_id, answer_id, survey_id, question_id, option_id, value, "user", session_id)
SELECT 1 + s % 24, k, s, q,
       CASE WHEN q % 4 = 0 THEN fixture_gen.pick(ARRAY['Formatrice très à l''écoute, merci à ' || fixture_gen.first_name('sao', k) || ' !', 'Trop de théorie, pas assez de pratique.',
              'Le formateur ' || fixture_gen.last_name('saf', k) || ' arrive souvent en retard.', 'Je suis seule avec trois enfants, les horaires du soir ne me conviennent pas.', 'RAS'], 'sat', k)
            ELSE (100 + q * 4 + k % 4)::text END,
       CASE WHEN q % 4 = 0 THEN 0 ELSE 1 + k % 4 END,
       CASE WHEN s = 3 THEN md5('anon' || (k % 60)) WHEN s = 5 AND k % 3 = 0 THEN fixture_gen.email('sae', k) ELSE xgen.learner('sau', k)::text END,
       CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('sas', k, 30) ELSE 0 END
FROM (SELECT k, 1 + k % 6 AS s, 1 + fixture_gen.n('saq', k, 12) AS q FROM generate_series(1, 300) k) x;

CREATE TABLE c_wiki (
    iid serial PRIMARY KEY, c_id integer NOT NULL, id integer, page_id integer, reflink varchar(255) NOT NULL, title varchar(255) NOT NULL, content text NOT NULL,
    user_id integer NOT NULL, group_id integer, dtime timestamp, comment text NOT NULL, version integer, hits integer, linksto text NOT NULL, user_ip varchar(39) NOT NULL, session_id integer
);
INSERT INTO c_wiki (c_id, id, page_id, reflink, title, content, user_id, group_id, dtime, comment, version, hits, linksto, user_ip, session_id)
SELECT 1 + (p - 1) % 12, k, p, r, replace(initcap(replace(r, '_', ' ')), 'index', 'Accueil'),
       CASE fixture_gen.n('wkc', k, 4)
         WHEN 0 THEN '<p>Planning des présentations : ' || xgen.full(xgen.learner('wk1', k)) || ' (lundi), ' || xgen.full(xgen.learner('wk2', k)) || ' (mardi).</p>'
         WHEN 1 THEN '<h2>Glossaire</h2><p>VLAN : réseau local virtuel. GPO : stratégie de groupe.</p>'
         WHEN 2 THEN '<p>Notre groupe : ' || xgen.full(xgen.learner('wk3', k)) || ' (' || xgen.mail(xgen.learner('wk3', k)) || '), ' || xgen.full(xgen.learner('wk4', k)) || '.</p>'
         ELSE '<p>Fiche de synthèse sur la bientraitance, à compléter par chaque groupe.</p>' END,
       u, CASE WHEN k % 3 = 0 THEN 1 + k % 5 ELSE 0 END, xgen.at('wkd', k),
       fixture_gen.pick(ARRAY['', 'faute corrigée', 'ajout de ' || (SELECT first FROM xgen.u WHERE i = u), 'mise à jour du planning'], 'wkm', k), 1 + k / 12, fixture_gen.n('wkh', k, 200),
       CASE WHEN r = 'index' THEN 'glossaire planning' ELSE '' END, fixture_gen.ipv4('tlip', u), 0
FROM (SELECT k, 1 + k % 12 AS p, (ARRAY['index', 'glossaire', 'planning', 'groupe_1', 'groupe_2', 'synthese_bientraitance', 'faq', 'liens_utiles', 'projet_reseau', 'comptes_rendus', 'ressources', 'examen'])[1 + k % 12] AS r,
             xgen.learner('wku', k) AS u FROM generate_series(1, 70) k) x;

-- ---------------------------------------------------------------------------
-- Gradebook and certificates.

CREATE TABLE gradebook_category (
    id serial PRIMARY KEY, name text NOT NULL, description text, user_id integer NOT NULL, course_code varchar(40), parent_id integer,
    weight double precision NOT NULL, visible boolean NOT NULL, certif_min_score integer, session_id integer, generate_certificates boolean NOT NULL
);
INSERT INTO gradebook_category (name, description, user_id, course_code, parent_id, weight, visible, certif_min_score, session_id, generate_certificates)
SELECT code, NULL, xgen.teacher('gbt', k), code, 0, 100, true, CASE WHEN k % 2 = 0 THEN 60 ELSE 50 END, 0, k NOT IN (22, 23, 24)
FROM xgen.cr;

CREATE TABLE gradebook_evaluation (
    id serial PRIMARY KEY, name text NOT NULL, description text, user_id integer NOT NULL, course_code varchar(40), category_id integer,
    created_at timestamp NOT NULL, weight double precision NOT NULL, max double precision NOT NULL, visible integer NOT NULL, type varchar(40) NOT NULL
);
INSERT INTO gradebook_evaluation (name, description, user_id, course_code, category_id, created_at, weight, max, visible, type)
SELECT fixture_gen.pick(ARRAY['Mise en situation pratique', 'Oral de soutenance', 'Dossier écrit', 'Évaluation en entreprise'], 'gen', k), CASE WHEN k % 3 = 0 THEN 'Grille d''évaluation jointe au dossier.' END,
       xgen.teacher('get', k), (SELECT code FROM xgen.cr WHERE cr.k = 1 + (x.k - 1) % 24), 1 + (k - 1) % 24, xgen.at('gec', k), 25, 20, 1, 'evaluation'
FROM generate_series(1, 36) x(k);

CREATE TABLE gradebook_result (id serial PRIMARY KEY, user_id integer NOT NULL, evaluation_id integer NOT NULL, created_at timestamp NOT NULL, score double precision);
INSERT INTO gradebook_result (user_id, evaluation_id, created_at, score)
SELECT DISTINCT ON (u, e) u, e, xgen.at('grc', k), (fixture_gen.n('grs', k, 41) / 2.0)::double precision
FROM (SELECT k, xgen.learner('gru', k) AS u, 1 + fixture_gen.n('gre', k, 36) AS e FROM generate_series(1, 260) k) x ORDER BY u, e;

CREATE TABLE gradebook_certificate (
    id serial PRIMARY KEY, cat_id integer NOT NULL, user_id integer NOT NULL, score_certificate double precision NOT NULL, created_at timestamp NOT NULL,
    path_certificate varchar(255), downloaded_at timestamp
);
INSERT INTO gradebook_certificate (cat_id, user_id, score_certificate, created_at, path_certificate, downloaded_at)
SELECT DISTINCT ON (c, u) c, u, 10 + fixture_gen.n('gcs', k, 11), xgen.at('gcc', k),
       '/' || replace(replace(xgen.uname(u), '@', '_'), '.', '_') || '_' || substr(encode(sha256(convert_to('cert' || k, 'UTF8')), 'hex'), 1, 16) || '.html',
       CASE WHEN k % 3 = 0 THEN NULL ELSE xgen.at('gcc', k) + interval '3 days' END
FROM (SELECT k, 1 + fixture_gen.n('gcc', k, 21) AS c, xgen.learner('gcu', k) AS u FROM generate_series(1, 110) k) x ORDER BY c, u;

-- ---------------------------------------------------------------------------
-- Skills.

CREATE TABLE skill (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, short_code varchar(100) NOT NULL, description text NOT NULL, access_url_id integer NOT NULL, icon varchar(255) NOT NULL, criteria text
);
INSERT INTO skill (name, short_code, description, access_url_id, icon, criteria) VALUES
  ('Root', 'root', '', 1, '', ''),
  ('Mesurer les paramètres vitaux', 'AS-C2', 'Mesurer la température, le pouls, la tension et la saturation.', 1, 'skill_as_c2.png', 'Trois mesures correctes en situation réelle.'),
  ('Réaliser les soins d''hygiène', 'AS-C1', 'Toilette, change, prévention des escarres.', 1, 'skill_as_c1.png', 'Observation en stage par le tuteur.'),
  ('Manutention sécurisée', 'AS-C5', 'Gestes et postures, utilisation du lève-personne.', 1, '', 'Mise en situation.'),
  ('Configurer un VLAN', 'TSSR-R2', 'Créer et affecter des VLAN sur un commutateur.', 1, 'skill_vlan.png', 'TP noté.'),
  ('Administrer Active Directory', 'TSSR-R4', 'Comptes, groupes et GPO.', 1, '', 'Projet.'),
  ('Support utilisateur', 'TSSR-S1', 'Diagnostiquer et résoudre un incident de niveau 1.', 1, '', 'Étude de cas.'),
  ('Animer un briefing', 'TL-01', 'Conduire un briefing de prise de poste.', 2, '', 'Observation sur site.'),
  ('Conduire un entretien annuel', 'TL-02', 'Préparer et mener l''entretien.', 2, '', 'Jeu de rôle.'),
  ('Sécurité sur les quais', 'TG-Q1', 'Appliquer les consignes de sécurité.', 2, 'skill_quai.png', 'QCM et observation.'),
  ('Communication écrite', 'TR-01', 'Rédiger un courriel professionnel clair.', 1, '', 'Production écrite.'),
  ('Français professionnel B1', 'FLE-B1', 'Comprendre des consignes de travail.', 1, '', 'Test oral.');

CREATE TABLE skill_rel_user (
    id serial PRIMARY KEY, user_id integer NOT NULL, skill_id integer NOT NULL, acquired_skill_at timestamp NOT NULL, assigned_by integer NOT NULL,
    course_id integer, session_id integer, access_url_id integer NOT NULL, argumentation text NOT NULL, argumentation_author_id integer NOT NULL, validation_status integer NOT NULL
);
INSERT INTO skill_rel_user (user_id, skill_id, acquired_skill_at, assigned_by, course_id, session_id, access_url_id, argumentation, argumentation_author_id, validation_status)
SELECT u, s, xgen.at('sra', k), t, 1 + fixture_gen.n('src', k, 24), CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('srs', k, 30) END, CASE WHEN u BETWEEN 301 AND 375 THEN 2 ELSE 1 END,
       fixture_gen.pick(ARRAY[
         (SELECT first FROM xgen.u WHERE i = u) || ' a réalisé seule la toilette de Mme ' || fixture_gen.last_name('sra', k) || ' avec beaucoup de douceur, malgré sa douleur au dos (hernie discale).',
         'Compétence observée en stage, validée avec le tuteur ' || fixture_gen.full_name('srt', k) || '.',
         'TP réussi du premier coup.',
         'Très bon briefing, ' || xgen.full(u) || ' a su recadrer un collègue sans conflit.',
         'Validé malgré les absences liées à son traitement (chimiothérapie), travail rattrapé.'], 'srar', k), t, 1
FROM (SELECT DISTINCT ON (u, s) k, u, s, t FROM (SELECT k, xgen.learner('sru', k) AS u, 2 + fixture_gen.n('srk', k, 11) AS s, xgen.teacher('srtt', k) AS t FROM generate_series(1, 150) k) y ORDER BY u, s, k) x ORDER BY 3;

-- ---------------------------------------------------------------------------
-- Helpdesk tickets.

CREATE TABLE ticket_ticket (
    id serial PRIMARY KEY, priority_id integer, course_id integer, session_id integer, project_id integer, code varchar(255) NOT NULL, subject varchar(255) NOT NULL,
    message text, category_id integer, status_id integer, total_messages integer NOT NULL, keyword varchar(255), source varchar(255),
    sys_insert_user_id integer NOT NULL, sys_insert_datetime timestamp NOT NULL, personal_email varchar(255)
);
INSERT INTO ticket_ticket (priority_id, course_id, session_id, project_id, code, subject, message, category_id, status_id, total_messages, keyword, source, sys_insert_user_id, sys_insert_datetime, personal_email)
SELECT 1 + k % 3, CASE WHEN k % 3 = 0 THEN 1 + k % 24 END, NULL, 1, 'TICKET' || lpad(k::text, 6, '0'),
       fixture_gen.pick(ARRAY['Mot de passe oublié', 'Je n''arrive pas à déposer mon devoir', 'Changement de nom', 'Attestation de présence pour France Travail', 'Vidéo bloquée', 'Erreur de note'], 'ttm', k),
       CASE fixture_gen.n('ttm', k, 6)
         WHEN 0 THEN 'Je n''arrive plus à me connecter, mon identifiant est ' || xgen.uname(u) || '. Pouvez-vous me rappeler au ' || coalesce(nullif((SELECT phone FROM xgen.u WHERE i = u), ''), '06 12 34 56 78') || ' ?'
         WHEN 1 THEN 'Le dépôt échoue avec un fichier de 25 Mo, message « fichier trop volumineux ».'
         WHEN 2 THEN 'Je me suis mariée, merci de changer mon nom : ' || (SELECT first FROM xgen.u WHERE i = u) || ' ' || fixture_gen.last_name('ttn', k) || ' (nom de naissance ' || (SELECT last FROM xgen.u WHERE i = u) || ').'
         WHEN 3 THEN 'Ma conseillère France Travail demande une attestation de présence. Mon identifiant France Travail : ' || fixture_gen.digits('ftt', k, 7) || 'B.'
         WHEN 4 THEN 'La vidéo du module 3 reste bloquée à 0:42.'
         ELSE 'Ma note de l''oral est de 8 alors que le jury m''a annoncé 14.' END,
       1 + k % 4, 1 + k % 5, 1, '', fixture_gen.pick(ARRAY['platform', 'email', 'phone'], 'ttso', k), u, xgen.at('tti', k),
       CASE WHEN k % 3 = 0 THEN fixture_gen.email('ttpe', k) ELSE '' END
FROM (SELECT k, xgen.learner('ttu', k) AS u FROM generate_series(1, 60) k) x;

CREATE TABLE ticket_message (
    id serial PRIMARY KEY, ticket_id integer NOT NULL, subject varchar(255), message text, status varchar(255) NOT NULL, ip_address varchar(255) NOT NULL,
    sys_insert_user_id integer NOT NULL, sys_insert_datetime timestamp NOT NULL, sys_lastedit_user_id integer, sys_lastedit_datetime timestamp
);
INSERT INTO ticket_message (ticket_id, subject, message, status, ip_address, sys_insert_user_id, sys_insert_datetime, sys_lastedit_user_id, sys_lastedit_datetime)
SELECT t.id, CASE WHEN j = 1 THEN t.subject ELSE 'Re: ' || t.subject END,
       CASE WHEN j = 1 THEN t.message WHEN j = 2 THEN 'Bonjour ' || (SELECT first FROM xgen.u WHERE i = t.sys_insert_user_id) || ', c''est corrigé. ' || fixture_gen.pick(ARRAY['Votre nouveau mot de passe temporaire vous a été envoyé par SMS.', 'Le fichier est accepté jusqu''à 50 Mo désormais.', 'L''attestation est en pièce jointe.'], 'tmr', t.id) || ' Cordialement, ' || xgen.full(1)
            ELSE 'Merci beaucoup !' END,
       CASE WHEN j = 1 THEN 'NOL' ELSE 'LEI' END, CASE WHEN j = 2 THEN '10.20.0.' || (10 + t.id % 5) ELSE fixture_gen.ipv4('tlip', t.sys_insert_user_id) END,
       CASE WHEN j = 2 THEN 1 ELSE t.sys_insert_user_id END, t.sys_insert_datetime + make_interval(hours => (j - 1) * 20), NULL, NULL
FROM ticket_ticket t CROSS JOIN generate_series(1, 3) j WHERE j < 3 OR t.id % 2 = 0 ORDER BY t.id, j;
UPDATE ticket_ticket t SET total_messages = (SELECT count(*) FROM ticket_message m WHERE m.ticket_id = t.id);

-- ---------------------------------------------------------------------------
-- Personal agenda.

CREATE TABLE personal_agenda (
    id serial PRIMARY KEY, "user" integer, title text, text text, date timestamp, enddate timestamp, all_day integer NOT NULL, color varchar(255)
);
INSERT INTO personal_agenda ("user", title, text, date, enddate, all_day, color)
SELECT u, fixture_gen.pick(ARRAY['Rdv conseillère France Travail', 'Révisions', 'Kiné', 'Entretien d''embauche Clinique du Parc', 'Garde des enfants chez ma mère', 'Oral blanc'], 'pat', k),
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Apporter CNI et attestation Vitale.', 'Appeler ' || fixture_gen.full_name('pan', k) || ' au ' || fixture_gen.phone('pap', k) || '.', 'Chapitres 3 et 4.', 'Séance au 14 rue Garibaldi, 69006 Lyon.'], 'pax', k) ELSE '' END,
       d, d + interval '1 hour', CASE WHEN k % 5 = 0 THEN 1 ELSE 0 END, ''
FROM (SELECT k, xgen.learner('pau', k) AS u, xgen.at('pad', k) AS d FROM generate_series(1, 90) k) x;

-- ---------------------------------------------------------------------------
-- Video-conference plugins.

CREATE TABLE plugin_bbb_meeting (
    id serial PRIMARY KEY, c_id integer NOT NULL DEFAULT 0, group_id integer NOT NULL DEFAULT 0, user_id integer NOT NULL DEFAULT 0,
    meeting_name varchar(255) NOT NULL DEFAULT '', attendee_pw varchar(255) NOT NULL DEFAULT '', moderator_pw varchar(255) NOT NULL DEFAULT '',
    record integer NOT NULL DEFAULT 0, status integer NOT NULL DEFAULT 0, created_at varchar(255) NOT NULL, closed_at varchar(255) NOT NULL,
    welcome_msg varchar(255) NOT NULL DEFAULT '', voice_bridge integer NOT NULL DEFAULT 1, remote_id char(30), internal_meeting_id varchar(255), session_id integer DEFAULT 0
);
INSERT INTO plugin_bbb_meeting (c_id, group_id, user_id, meeting_name, attendee_pw, moderator_pw, record, status, created_at, closed_at, welcome_msg, voice_bridge, remote_id, internal_meeting_id, session_id)
SELECT c, 0, 0, (SELECT code FROM xgen.cr WHERE cr.k = c) || '-' || s, substr(md5('bbba' || k), 1, 8) || xgen.rnd('bbba', k, 4), substr(md5('bbbm' || k), 1, 8) || xgen.rnd('bbbm', k, 4),
       k % 2, CASE WHEN k > 70 THEN 1 ELSE 0 END, to_char(d, 'YYYY-MM-DD HH24:MI:SS'), CASE WHEN k > 70 THEN '' ELSE to_char(d + interval '95 minutes', 'YYYY-MM-DD HH24:MI:SS') END,
       CASE WHEN k % 4 = 0 THEN 'Bienvenue ! Coupez votre micro en arrivant.' ELSE '' END, 70000 + fixture_gen.n('bbbv', k, 9999),
       substr(md5('bbbr' || k), 1, 30), encode(sha256(convert_to('bbbi' || k, 'UTF8')), 'hex') || '-' || (extract(epoch FROM d)::bigint * 1000), s
FROM (SELECT k, 1 + fixture_gen.n('bbbc', k, 24) AS c, CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('bbbs', k, 30) ELSE 0 END AS s, xgen.at('bbbd', k) AS d FROM generate_series(1, 75) k) x;

CREATE TABLE plugin_zoom_meeting (
    id serial PRIMARY KEY, meeting_id varchar(255) NOT NULL, user_id integer, course_id integer, group_id integer, session_id integer,
    meeting_list_item_json text NOT NULL, meeting_info_get_json text NOT NULL, sign_attendance boolean NOT NULL, account_email varchar(255)
);
INSERT INTO plugin_zoom_meeting (meeting_id, user_id, course_id, group_id, session_id, meeting_list_item_json, meeting_info_get_json, sign_attendance, account_email)
SELECT mid, CASE WHEN k % 5 = 0 THEN xgen.learner('zmu', k) END, CASE WHEN k % 5 = 0 THEN NULL ELSE c END, NULL, CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('zms', k, 30) END,
       '{"uuid":"' || xgen.rnd('zmuu', k, 22) || '==","id":' || mid || ',"host_id":"' || xgen.rnd('zmh', t, 22) || '","topic":' || fixture_gen.js(topic) || ',"type":2,"start_time":"' || to_char(d, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '","duration":90,"timezone":"Europe/Paris","join_url":"https://us06web.zoom.us/j/' || mid || '?pwd=' || xgen.rnd('zmpwd', k, 32) || '.1"}',
       '{"uuid":"' || xgen.rnd('zmuu', k, 22) || '==","id":' || mid || ',"host_id":"' || xgen.rnd('zmh', t, 22) || '","host_email":' || fixture_gen.js(xgen.mail(t)) || ',"topic":' || fixture_gen.js(topic)
         || ',"type":2,"status":"waiting","start_time":"' || to_char(d, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '","duration":90,"timezone":"Europe/Paris","agenda":' || fixture_gen.js(CASE WHEN k % 5 = 0 THEN 'Entretien individuel de suivi avec ' || xgen.full(xgen.learner('zmu', k)) ELSE 'Classe virtuelle' END)
         || ',"start_url":"https://us06web.zoom.us/s/' || mid || '?zak=' || fixture_gen.jwt('zmzak', k) || '","join_url":"https://us06web.zoom.us/j/' || mid || '?pwd=' || xgen.rnd('zmpwd', k, 32) || '.1","password":"' || xgen.rnd('zmpw', k, 6)
         || '","h323_password":"' || fixture_gen.digits('zmh3', k, 6) || '","encrypted_password":"' || xgen.rnd('zmpwd', k, 32) || '.1","settings":{"host_video":true,"participant_video":false,"waiting_room":true,"auto_recording":"cloud","alternative_hosts":' || fixture_gen.js(xgen.mail(xgen.teacher('zmah', k))) || '}}',
       k % 3 = 0, xgen.mail(t)
FROM (SELECT k, (80000000000 + fixture_gen.n('zmid', k, 999999999))::text AS mid, 1 + fixture_gen.n('zmc', k, 24) AS c, xgen.teacher('zmt', k) AS t, xgen.at('zmd', k) AS d,
             CASE WHEN k % 5 = 0 THEN 'Suivi individuel' ELSE (SELECT title FROM xgen.cr WHERE cr.k = 1 + fixture_gen.n('zmc', x.k, 24)) END AS topic FROM generate_series(1, 40) x(k)) y;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA xgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
