-- classify-eval fixture (HOLDOUT 61: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Bugzilla 5.0.6 installation on PostgreSQL, in the naming and types that
-- Bugzilla::DB::Schema and Bugzilla::DB::Schema::Pg create: BOOLEAN as
-- smallint 0/1, INT1 to INT4 as integer, DATETIME as timestamp(0) without
-- time zone, LONGBLOB as bytea, MEDIUMSERIAL/INTSERIAL keys as serial, no
-- JSON anywhere (Bugzilla keeps structure in URL query strings, comma lists
-- and Storable blobs). The shipped Voting extension is enabled (votes,
-- bugs.votes, products.votesperuser/maxvotesperbug/votestoconfirm), and the
-- site's custom fields are cf_* columns appended to bugs in the order they
-- were created, as Bugzilla adds them: textareas as text NOT NULL DEFAULT '',
-- free text as varchar(255), single selects as varchar(64) DEFAULT '---',
-- dates, a bug id, an integer, and since the project moved to four-weekly
-- releases in 2018 one status and one tracking select per release
-- (cf_status_kestrel60 .. cf_status_kestrel141, cf_tracking_kestrel60 ..,
-- and the ESR branches), the way Mozilla's tracker accumulated them.
--
-- The tracker is bugs.kestrel-mail.example, the public Bugzilla of Kestrel,
-- an open-source (MPL-2.0) desktop mail, calendar and address-book client
-- for Windows, macOS and Linux, stewarded by Stichting Kestrel (Utrecht):
-- a few hundred contributors (foundation staff, volunteers, engineers of
-- companies and distributions that ship it) and reporters from many
-- countries. 45 of its tables (the value tables of the standard and custom
-- select fields, series_categories, bugs_aliases, longdescs_tags,
-- setting_value, the group maps of bugs, the other TheSchwartz tables and
-- bz_schema are left out; bugs holds 420 of about 18,000) with accounts:
-- login emails, real names in Latin and native scripts with Mozilla-style
-- ":nick" handles, salted SHA-256 password hashes, a few pre-4.0 crypt()
-- hashes and '*' for SSO accounts, Keycloak subject ids in extern_id, admin
-- notes on disabled accounts; login cookies and failed logins with IPs,
-- password/email-change/account tokens (whose eventdata holds IPs and
-- email pairs), API keys; bugs whose summaries, URL field and comments
-- carry stack traces with home-directory paths, IMAP/SMTP protocol logs,
-- sometimes the reporter's account email, phone, proxy credentials, a SASL
-- PLAIN blob, a private calendar feed URL or a CardDAV URL with the
-- password in it; private comments by insiders; attachments (patches with
-- author lines, screenshots, crash dumps, logs, .eml, .ics and .vcf
-- samples, a CV PDF that failed to open) described by filename and
-- mimetype with their bytes in attach_data; the activity log with CC'd
-- logins and flag requestees; flags and flag types with notification
-- lists; saved searches and whines, reports and charts; per-user settings
-- (time zones); the audit log of account changes; staged and queued
-- bugmail. Products, components, versions, milestones, keywords, groups,
-- field definitions and charts hold nothing personal; pseudo-accounts
-- (nobody@, component QA watch users) and role mailboxes are accounts too.
--
-- What could not be checked: this is written from memory of the published
-- schema, compared with a public copy of the 5.0-era Schema.pm, not against
-- the 5.0.6 tag or a running installation. Indexes other than keys and a
-- few unique ones are left out, and Pg's LOWER(login_name) index is a plain
-- unique one. Standard fielddefs rows, their ids and sortkeys, and the
-- email_setting event numbers are from memory and may differ. ts_job.arg
-- and mail_staging.message are approximations of a Storable-frozen hash
-- and a staged MIME message. Bugzilla 5.2 differs in details (logincookies
-- gains id and restrict_ipaddr, tokens and cookies grow to 22 characters,
-- votes gains an id); user_api_keys.app_id and last_used_ip, named in the
-- brief, come from BMO/Harmony and are not in 5.0, so they are absent.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA bzgen;

-- fold: a name folded to what people put in logins and mail addresses.
CREATE FUNCTION bzgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(translate(replace(lower(s), 'ß', 'ss'),
    'áàâäãåąćčçéèêëęěğíìîïıłńñňóòôöõøřśšşțúùûüůýźżžđ',
    'aaaaaaaccceeeeeegiiiiilnnnoooooorssstuuuuuyzzzd'), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics (what generate_random_password gives).
CREATE FUNCTION bzgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 24), '+/=', ''), 1, len) $$;

-- at: a timestamp(0) between two instants.
CREATE FUNCTION bzgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- Kestrel ships a release every 31 days: 60 on 2018-08-14, 140 in late May 2025
-- (141 is nightly when this snapshot was taken, 2025-06-02).
CREATE FUNCTION bzgen.rel_date(v int) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamp '2018-08-14 15:00:00' + make_interval(days => 31 * (v - 60)) $$;
CREATE FUNCTION bzgen.ver_at(t timestamp) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
  SELECT greatest(60, least(141, 60 + floor(extract(epoch FROM t - timestamp '2018-08-14 15:00:00') / (31 * 86400))::int))
$$;

-- Cultures: first and last names (even index male, odd female, so that the
-- Slavic surnames agree), the same in native script where people often use
-- it, mail domains, time zone.
CREATE TABLE bzgen.cu (c text PRIMARY KEY, firsts text[], lasts text[], nfirsts text[], nlasts text[], domains text[], tz text, eastern boolean);
INSERT INTO bzgen.cu VALUES
 ('us', ARRAY['Michael','Emily','Tyler','Ashley','Brandon','Jasmine','Kevin','Megan'], ARRAY['Johnson','Williams','Brown','Miller','Davis','Nguyen','Washington','Garcia'], NULL, NULL, ARRAY['gmail.com','yahoo.com','outlook.com','comcast.net','icloud.com'], 'America/Chicago', false),
 ('gb', ARRAY['Oliver','Amelia','Harry','Isla','George','Freya','Arthur','Poppy'], ARRAY['Taylor','Hughes','Khan','Evans','Wright','Clarke','Shah','Okonjo'], NULL, NULL, ARRAY['gmail.com','btinternet.com','hotmail.co.uk','icloud.com'], 'Europe/London', false),
 ('de', ARRAY['Jonas','Lena','Jürgen','Sabine','Lukas','Anja','Felix','Marie'], ARRAY['Müller','Schmidt','Weiß','Becker','Hoffmann','Schäfer','Krüger','Vogel'], NULL, NULL, ARRAY['gmx.de','web.de','posteo.de','t-online.de','mailbox.org'], 'Europe/Berlin', false),
 ('fr', ARRAY['Julien','Camille','Mathieu','Léa','Antoine','Chloé','Nicolas','Manon'], ARRAY['Martin','Bernard','Dubois','Lefèvre','Moreau','Laurent','Girard','Roux'], NULL, NULL, ARRAY['orange.fr','free.fr','laposte.net','gmail.com'], 'Europe/Paris', false),
 ('es', ARRAY['Javier','Lucía','Diego','Carmen','Sergio','Paula','Álvaro','Alba'], ARRAY['García','Fernández','López','Martínez','Sánchez','Romero','Navarro','Torres'], NULL, NULL, ARRAY['gmail.com','hotmail.es','telefonica.net'], 'Europe/Madrid', false),
 ('br', ARRAY['João','Ana','Pedro','Juliana','Lucas','Fernanda','Rafael','Camila'], ARRAY['Silva','Santos','Oliveira','Souza','Pereira','Costa','Rodrigues','Almeida'], NULL, NULL, ARRAY['gmail.com','uol.com.br','bol.com.br','hotmail.com'], 'America/Sao_Paulo', false),
 ('it', ARRAY['Marco','Giulia','Luca','Francesca','Alessandro','Chiara','Matteo','Sara'], ARRAY['Rossi','Russo','Ferrari','Esposito','Bianchi','Romano','Colombo','Ricci'], NULL, NULL, ARRAY['libero.it','gmail.com','tiscali.it'], 'Europe/Rome', false),
 ('nl', ARRAY['Daan','Sanne','Bram','Femke','Thijs','Lotte','Ruben','Eva'], ARRAY['de Vries','van den Berg','Jansen','Bakker','Visser','Smit','de Jong','van Dijk'], NULL, NULL, ARRAY['ziggo.nl','kpnmail.nl','xs4all.nl','gmail.com'], 'Europe/Amsterdam', false),
 ('pl', ARRAY['Paweł','Joanna','Krzysztof','Magdalena','Michał','Zofia','Łukasz','Agnieszka'], ARRAY['Kowalski','Nowak','Wiśniewski','Wójcik','Kamiński','Lewandowska','Zieliński','Szymańska'], NULL, NULL, ARRAY['wp.pl','onet.pl','interia.pl','gmail.com'], 'Europe/Warsaw', false),
 ('cz', ARRAY['Jakub','Tereza','Tomáš','Kateřina','Petr','Eliška','Jan','Lucie'], ARRAY['Novák','Svobodová','Dvořák','Černá','Procházka','Kučerová','Veselý','Horáková'], NULL, NULL, ARRAY['seznam.cz','centrum.cz','gmail.com'], 'Europe/Prague', false),
 ('ru', ARRAY['Dmitri','Olga','Sergei','Natalia','Alexei','Irina','Ivan','Yekaterina'], ARRAY['Ivanov','Petrova','Smirnov','Kuznetsova','Popov','Sokolova','Volkov','Morozova'],
        ARRAY['Дмитрий','Ольга','Сергей','Наталья','Алексей','Ирина','Иван','Екатерина'], ARRAY['Иванов','Петрова','Смирнов','Кузнецова','Попов','Соколова','Волков','Морозова'], ARRAY['yandex.ru','mail.ru','gmail.com'], 'Europe/Moscow', false),
 ('ua', ARRAY['Oleksandr','Olena','Andriy','Iryna','Taras','Oksana','Bohdan','Yulia'], ARRAY['Shevchenko','Kovalenko','Bondarenko','Tkachenko','Kravchenko','Melnyk','Boyko','Moroz'],
        ARRAY['Олександр','Олена','Андрій','Ірина','Тарас','Оксана','Богдан','Юлія'], ARRAY['Шевченко','Коваленко','Бондаренко','Ткаченко','Кравченко','Мельник','Бойко','Мороз'], ARRAY['ukr.net','gmail.com','i.ua'], 'Europe/Kyiv', false),
 ('tr', ARRAY['Emre','Zeynep','Mehmet','Elif','Burak','Ayşe','Can','Selin'], ARRAY['Yılmaz','Kaya','Demir','Şahin','Çelik','Öztürk','Aydın','Arslan'], NULL, NULL, ARRAY['gmail.com','hotmail.com','yandex.com.tr'], 'Europe/Istanbul', false),
 ('in', ARRAY['Aarav','Priya','Vihaan','Ananya','Arjun','Diya','Rohan','Kavya'], ARRAY['Sharma','Iyer','Reddy','Nair','Gupta','Menon','Bose','Patil'], NULL, NULL, ARRAY['gmail.com','rediffmail.com','outlook.com','yahoo.co.in'], 'Asia/Kolkata', false),
 ('cn', ARRAY['Wei','Fang','Hao','Jing','Lei','Min','Yang','Xiu'], ARRAY['Wang','Li','Zhang','Liu','Chen','Yang','Huang','Zhao'],
        ARRAY['伟','芳','浩','静','磊','敏','阳','秀'], ARRAY['王','李','张','刘','陈','杨','黄','赵'], ARRAY['qq.com','163.com','outlook.com','gmail.com'], 'Asia/Shanghai', true),
 ('jp', ARRAY['Haruto','Yui','Sota','Aoi','Riku','Hina','Yuto','Mio'], ARRAY['Sato','Suzuki','Takahashi','Tanaka','Watanabe','Ito','Yamamoto','Nakamura'],
        ARRAY['陽翔','結衣','蒼太','葵','陸','陽菜','悠斗','澪'], ARRAY['佐藤','鈴木','高橋','田中','渡辺','伊藤','山本','中村'], ARRAY['gmail.com','yahoo.co.jp','docomo.ne.jp'], 'Asia/Tokyo', true),
 ('kr', ARRAY['Min-jun','Seo-yeon','Ji-ho','Ha-eun','Do-yoon','Su-ah','Ye-jun','Ji-woo'], ARRAY['Kim','Lee','Park','Choi','Jung','Kang','Yoon','Jang'],
        ARRAY['민준','서연','지호','하은','도윤','수아','예준','지우'], ARRAY['김','이','박','최','정','강','윤','장'], ARRAY['naver.com','daum.net','gmail.com'], 'Asia/Seoul', true),
 ('ng', ARRAY['Chinedu','Adaeze','Oluwaseun','Funmilayo','Emeka','Ngozi','Tunde','Zainab'], ARRAY['Okafor','Adeyemi','Eze','Balogun','Nwosu','Ogunleye','Abubakar','Okonkwo'], NULL, NULL, ARRAY['gmail.com','yahoo.com'], 'Africa/Lagos', false),
 ('ke', ARRAY['Brian','Faith','Kevin','Mercy','Dennis','Wanjiru','Collins','Achieng'], ARRAY['Otieno','Kamau','Mwangi','Njoroge','Wanjala','Kiprop','Ochieng','Mutua'], NULL, NULL, ARRAY['gmail.com','yahoo.com'], 'Africa/Nairobi', false),
 ('ir', ARRAY['Amir','Maryam','Reza','Fatemeh','Ali','Zahra','Hossein','Sara'], ARRAY['Hosseini','Ahmadi','Mohammadi','Rezaei','Karimi','Moradi','Jafari','Rahimi'], NULL, NULL, ARRAY['gmail.com','yahoo.com'], 'Asia/Tehran', false),
 ('eg', ARRAY['Ahmed','Mariam','Mohamed','Nour','Omar','Salma','Youssef','Hana'], ARRAY['Hassan','Mahmoud','Ibrahim','Abdelrahman','El-Sayed','Mostafa','Fathy','Farouk'], NULL, NULL, ARRAY['gmail.com','yahoo.com','outlook.com'], 'Africa/Cairo', false),
 ('id', ARRAY['Budi','Siti','Agus','Dewi','Rizky','Putri','Andi','Ayu'], ARRAY['Santoso','Wijaya','Saputra','Hidayat','Pratama','Kusuma','Nugroho','Lestari'], NULL, NULL, ARRAY['gmail.com','yahoo.co.id'], 'Asia/Jakarta', false),
 ('vn', ARRAY['Minh','Linh','Huy','Trang','Duc','Thao','Khoa','Mai'], ARRAY['Nguyen','Tran','Le','Pham','Hoang','Vu','Dang','Bui'], NULL, NULL, ARRAY['gmail.com','yahoo.com'], 'Asia/Ho_Chi_Minh', false),
 ('se', ARRAY['Erik','Astrid','Oskar','Maja','Nils','Elsa','Axel','Saga'], ARRAY['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson'], NULL, NULL, ARRAY['telia.com','bredband.net','gmail.com'], 'Europe/Stockholm', false),
 ('fi', ARRAY['Mikko','Aino','Juha','Sanna','Ville','Laura','Antti','Emilia'], ARRAY['Virtanen','Korhonen','Mäkinen','Nieminen','Mäkelä','Hämäläinen','Laine','Heikkinen'], NULL, NULL, ARRAY['gmail.com','elisanet.fi','kolumbus.fi'], 'Europe/Helsinki', false),
 ('mx', ARRAY['José','María','Luis','Guadalupe','Carlos','Fernanda','Jorge','Valeria'], ARRAY['Hernández','González','Rodríguez','López','Pérez','Ramírez','Flores','Cruz'], NULL, NULL, ARRAY['gmail.com','hotmail.com','prodigy.net.mx'], 'America/Mexico_City', false);

CREATE FUNCTION bzgen.phone(c text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE c
    WHEN 'us' THEN '+1 ' || (201 + fixture_gen.n(tag, i, 700)) || '-' || (200 + fixture_gen.n(tag || 'y', i, 700)) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'gb' THEN '07' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN 'de' THEN '+49 1' || (5 + fixture_gen.n(tag, i, 3)) || fixture_gen.digits(tag || 'y', i, 1) || ' ' || fixture_gen.digits(tag, i, 8)
    WHEN 'fr' THEN '06 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'es' THEN '+34 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'br' THEN '+55 11 9' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'it' THEN '+39 3' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'nl' THEN '06-' || fixture_gen.digits(tag, i, 8)
    WHEN 'pl' THEN '+48 5' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'cz' THEN '+420 6' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 3)
    WHEN 'ru' THEN '+7 9' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || '-' || fixture_gen.digits(tag || 'x', i, 2) || '-' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'ua' THEN '+380 67 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'tr' THEN '+90 53' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'in' THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 5)
    WHEN 'cn' THEN '+86 13' || fixture_gen.digits(tag, i, 1) || ' ' || fixture_gen.digits(tag || 'y', i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'jp' THEN '090-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'kr' THEN '010-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ng' THEN '+234 80' || (3 + fixture_gen.n(tag, i, 6)) || ' ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'ke' THEN '+254 7' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'x', i, 6)
    WHEN 'se' THEN '070-' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 2) || ' ' || fixture_gen.digits(tag || 'z', i, 2)
    WHEN 'fi' THEN '040 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    WHEN 'mx' THEN '+52 55 ' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'x', i, 4)
    ELSE fixture_gen.phone(tag, i) END
$$;

-- Employers and universities some people write from or name in comments.
CREATE TABLE bzgen.emp (k int PRIMARY KEY, name text, dom text);
INSERT INTO bzgen.emp VALUES
 (0, 'Tessera Systems GmbH', 'tessera-systems.example'), (1, 'Nordwind IT B.V.', 'nordwind-it.example'), (2, 'Canopy Linux', 'canopylinux.example'),
 (3, 'Blue Harbor Hosting', 'blueharbor.example'), (4, 'Veridian Analytics Ltd', 'veridian-analytics.example'), (5, 'Hanseatic Insurance AG', 'hanseatic-ins.example'),
 (6, 'Universität Leipzig', 'uni-leipzig.example'), (7, 'Politecnico di Milano', 'polimi.example'), (8, 'Saffron Retail Group', 'saffron-retail.example'),
 (9, 'Ostrava Steel Works', 'ostrava-steel.example'), (10, 'Gemeente Utrecht', 'utrecht-gemeente.example'), (11, 'Kōdai Robotics K.K.', 'kodai-robotics.example');

-- People behind the accounts. 16-75 contributors (16-30 foundation staff and
-- long-time committers with kestrel-mail.example addresses, 31-42 engineers
-- of companies that ship Kestrel), 76-430 reporters.
CREATE TABLE bzgen.p (i int PRIMARY KEY, role text, c text, fi int, li int, first text, last text, nfull text, full_name text, nick text, email text,
  osuser text, winuser text, tz text, phone text, emp int, byear int);
INSERT INTO bzgen.p (i, role, c, fi, li, emp)
SELECT i, CASE WHEN i <= 75 THEN 'dev' ELSE 'rep' END, x.c, x.fi, 2 * fixture_gen.n('pl', i, 4) + x.fi % 2,
       CASE WHEN i BETWEEN 31 AND 42 THEN i % 6 WHEN i > 75 AND i % 11 = 3 THEN 3 + i % 9 END
FROM generate_series(16, 430) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 75 THEN fixture_gen.pick(ARRAY['de','de','de','fr','nl','nl','pl','us','us','gb','gb','in','jp','br','ru','ua','cn','se','fi','cz','it','es','tr','ng','ke','kr'], 'pc', i)
                              ELSE fixture_gen.pick(ARRAY['us','us','us','gb','de','de','de','fr','fr','es','br','br','it','nl','pl','cz','ru','ru','ua','tr','in','in','cn','jp','jp','kr','ng','ke','ir','eg','id','vn','se','fi','mx'], 'pc', i) END AS c,
                           fixture_gen.n('pf', i, 8) AS fi) x;
UPDATE bzgen.p p SET first = cu.firsts[1 + p.fi], last = cu.lasts[1 + p.li], tz = cu.tz,
  nfull = CASE p.c WHEN 'cn' THEN cu.nlasts[1 + p.li] || cu.nfirsts[1 + p.fi] WHEN 'kr' THEN cu.nlasts[1 + p.li] || cu.nfirsts[1 + p.fi]
                   WHEN 'jp' THEN cu.nlasts[1 + p.li] || ' ' || cu.nfirsts[1 + p.fi] WHEN 'ru' THEN cu.nfirsts[1 + p.fi] || ' ' || cu.nlasts[1 + p.li]
                   WHEN 'ua' THEN cu.nfirsts[1 + p.fi] || ' ' || cu.nlasts[1 + p.li] END,
  phone = bzgen.phone(p.c, 'pph', p.i), byear = 1958 + fixture_gen.n('pby', p.i, 46)
FROM bzgen.cu cu WHERE cu.c = p.c;
-- A few names everyone on the tracker knows.
UPDATE bzgen.p SET c = 'se', first = 'Ingrid', last = 'Andersen', nfull = NULL, tz = 'Europe/Stockholm' WHERE i = 16;
UPDATE bzgen.p SET c = 'pl', first = 'Anna', last = 'Kowalska', nfull = NULL, tz = 'Europe/Warsaw' WHERE i = 17;
UPDATE bzgen.p SET c = 'jp', first = 'Hiroshi', last = 'Tanaka', nfull = '田中 宏', tz = 'Asia/Tokyo' WHERE i = 18;
UPDATE bzgen.p SET c = 'nl', first = 'Maarten', last = 'de Graaf', nfull = NULL, tz = 'Europe/Amsterdam' WHERE i = 19;
UPDATE bzgen.p SET c = 'ng', first = 'Ngozi', last = 'Okafor', nfull = NULL, tz = 'Africa/Lagos' WHERE i = 20;
UPDATE bzgen.p SET c = 'de', first = 'Jürgen', last = 'Weiß', nfull = NULL, tz = 'Europe/Berlin' WHERE i = 21;
UPDATE bzgen.p SET c = 'in', first = 'Priya', last = 'Raghunathan', nfull = NULL, tz = 'Asia/Kolkata' WHERE i = 22;
UPDATE bzgen.p SET c = 'ua', first = 'Taras', last = 'Melnyk', nfull = 'Тарас Мельник', tz = 'Europe/Kyiv' WHERE i = 23;
UPDATE bzgen.p SET full_name = CASE WHEN c IN ('cn', 'kr') AND i % 3 = 0 THEN last || ' ' || first ELSE first || ' ' || last END,
  osuser = CASE fixture_gen.n('pos', i, 3) WHEN 0 THEN bzgen.fold(first) WHEN 1 THEN substr(bzgen.fold(first), 1, 1) || bzgen.fold(last) ELSE bzgen.fold(first) || bzgen.fold(last) END,
  winuser = CASE fixture_gen.n('pwu', i, 5) WHEN 0 THEN first WHEN 1 THEN first || ' ' || last WHEN 2 THEN bzgen.fold(first) || '.' || bzgen.fold(last)
                 WHEN 3 THEN substr(first, 1, 1) || last ELSE first END,
  nick = CASE fixture_gen.n('pnk', i, 3) WHEN 0 THEN bzgen.fold(first) WHEN 1 THEN substr(bzgen.fold(first), 1, 1) || bzgen.fold(last) ELSE bzgen.fold(first) || substr(bzgen.fold(last), 1, 1) END;
UPDATE bzgen.p SET nick = 'ingrid' WHERE i = 16;
UPDATE bzgen.p SET nick = 'anna' WHERE i = 17;
UPDATE bzgen.p SET nick = 'htanaka' WHERE i = 18;
UPDATE bzgen.p SET nick = 'mdg' WHERE i = 19;
UPDATE bzgen.p SET nick = 'ngozi' WHERE i = 20;
UPDATE bzgen.p p SET nick = p.nick || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY nick ORDER BY i) rn FROM bzgen.p WHERE role = 'dev') d WHERE d.i = p.i AND d.rn > 1;
UPDATE bzgen.p p SET email = CASE
    WHEN p.i <= 30 THEN CASE WHEN p.i <= 23 OR p.i % 2 = 0 THEN bzgen.fold(p.first) ELSE substr(bzgen.fold(p.first), 1, 1) || bzgen.fold(p.last) END || '@kestrel-mail.example'
    WHEN p.emp IS NOT NULL AND (p.role = 'dev' OR p.i % 2 = 0) THEN bzgen.fold(p.first) || '.' || bzgen.fold(p.last) || '@' || e.dom
    ELSE CASE fixture_gen.n('pem', p.i, 6)
      WHEN 0 THEN bzgen.fold(p.first) || '.' || bzgen.fold(p.last) WHEN 1 THEN substr(bzgen.fold(p.first), 1, 1) || bzgen.fold(p.last) || (p.i % 97)::text
      WHEN 2 THEN bzgen.fold(p.first) || '_' || bzgen.fold(p.last) WHEN 3 THEN bzgen.fold(p.last) || '.' || bzgen.fold(p.first)
      WHEN 4 THEN bzgen.fold(p.first) || p.byear::text ELSE p.nick || (10 + p.i % 89)::text END
      || '@' || fixture_gen.pick(cu.domains, 'pdom', p.i) END
FROM bzgen.cu cu LEFT JOIN bzgen.emp e ON true WHERE cu.c = p.c AND (e.k = p.emp OR (p.emp IS NULL AND e.k = 0));
UPDATE bzgen.p p SET email = replace(p.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM bzgen.p) d WHERE d.i = p.i AND d.rn > 1;

UPDATE bzgen.p SET phone = bzgen.phone(c, 'pph', i) WHERE i BETWEEN 16 AND 23;

-- Pseudo-accounts, role mailboxes and bots (userids 1-15).
INSERT INTO bzgen.p (i, role, c, full_name, email, tz) VALUES
 (1, 'sys', 'nl', 'Bugzilla Admin (Kestrel infra)', 'bugzilla-admin@kestrel-mail.example', 'Europe/Amsterdam'),
 (2, 'sys', 'nl', 'Nobody; OK to take it and work on it', 'nobody@kestrel-mail.example', 'UTC'),
 (3, 'sys', 'nl', 'Kestrel Release Drivers', 'release-drivers@kestrel-mail.example', 'UTC'),
 (4, 'sys', 'nl', 'Kestrel Security Team', 'security@kestrel-mail.example', 'UTC'),
 (5, 'sys', 'nl', 'Kestrel Triage Bot', 'triage-bot@kestrel-mail.example', 'UTC'),
 (6, 'sys', 'nl', 'Kestrel CI', 'ci-bot@kestrel-mail.example', 'UTC'),
 (7, 'sys', 'nl', 'Networking (IMAP, POP3, SMTP) QA contact - watch this account to follow its bugs', 'networking@kestrel.bugs', 'UTC'),
 (8, 'sys', 'nl', 'Composition QA contact', 'compose@kestrel.bugs', 'UTC'),
 (9, 'sys', 'nl', 'Message Reader QA contact', 'reader@kestrel.bugs', 'UTC'),
 (10, 'sys', 'nl', 'Calendar QA contact', 'calendar@kestrel.bugs', 'UTC'),
 (11, 'sys', 'nl', 'Address Book QA contact', 'addressbook@kestrel.bugs', 'UTC'),
 (12, 'sys', 'nl', 'OpenPGP QA contact', 'openpgp@kestrel.bugs', 'UTC'),
 (13, 'sys', 'nl', 'UI and Accessibility QA contact', 'ui@kestrel.bugs', 'UTC'),
 (14, 'sys', 'nl', 'Localization QA contact', 'l10n@kestrel.bugs', 'UTC'),
 (15, 'sys', 'nl', 'Infrastructure QA contact', 'infra@kestrel.bugs', 'UTC');

-- Spam accounts and other accounts the admins had to deal with.
UPDATE bzgen.p SET full_name = 'Essay Writing Help 24/7', email = 'best.essay.writers.2023@gmail.com' WHERE i = 97;
UPDATE bzgen.p SET full_name = 'Cheap Flight Tickets', email = 'cheap.flights.deals.now@outlook.com' WHERE i = 133;
UPDATE bzgen.p SET full_name = 'Crypto Signals VIP', email = 'vip.signals.crypto@proton.me' WHERE i = 171;
UPDATE bzgen.p SET email = 'u219@deleted.kestrel-mail.example' WHERE i = 219;

ALTER TABLE bzgen.p ADD COLUMN realname text, ADD COLUMN created timestamp, ADD COLUMN seen timestamp;
UPDATE bzgen.p p SET realname = CASE
    WHEN p.role = 'sys' THEN p.full_name
    WHEN p.i = 16 THEN 'Ingrid Andersen [:ingrid] (IMAP module owner)'
    WHEN p.i = 17 THEN 'Anna Kowalska [:anna]'
    WHEN p.i = 18 THEN '田中 宏 (Hiroshi Tanaka) [:htanaka]'
    WHEN p.i = 19 THEN 'Maarten de Graaf [:mdg] (Stichting Kestrel)'
    WHEN p.i = 20 THEN 'Ngozi Okafor [:ngozi] - release management'
    WHEN p.i = 219 THEN ''
    WHEN p.i IN (97, 133, 171) THEN p.full_name
    WHEN p.role = 'dev' THEN CASE
      WHEN fixture_gen.n('rn', p.i, 20) < 9 THEN p.full_name || ' [:' || p.nick || ']'
      WHEN fixture_gen.n('rn', p.i, 20) < 12 THEN p.full_name || ' (:' || p.nick || ')'
      WHEN fixture_gen.n('rn', p.i, 20) < 17 THEN p.full_name
      WHEN fixture_gen.n('rn', p.i, 20) = 17 THEN p.full_name || ' [:' || p.nick || '] (away until ' || (ARRAY['3 June', '16 June', 'July', 'after FOSDEM'])[1 + p.i % 4] || ')'
      WHEN fixture_gen.n('rn', p.i, 20) = 18 THEN coalesce(p.nfull, p.full_name) || ' [:' || p.nick || ']'
      ELSE p.full_name || ' [:' || p.nick || '] (please needinfo me, I do not read bugmail)' END
    ELSE CASE
      WHEN fixture_gen.n('rr', p.i, 20) < 11 THEN p.full_name
      WHEN fixture_gen.n('rr', p.i, 20) < 14 THEN ''
      WHEN fixture_gen.n('rr', p.i, 20) < 16 THEN p.first
      WHEN fixture_gen.n('rr', p.i, 20) < 18 THEN coalesce(p.nfull, p.full_name)
      WHEN fixture_gen.n('rr', p.i, 20) = 18 THEN p.nick
      WHEN p.emp IS NOT NULL THEN p.full_name || ' (' || (SELECT name FROM bzgen.emp WHERE k = p.emp) || ')'
      ELSE upper(p.full_name) END END,
  created = CASE WHEN p.role = 'sys' THEN timestamp '2011-03-02 10:00:00' + make_interval(days => p.i * 17)
                 WHEN p.role = 'dev' THEN bzgen.at('pcr', p.i, '2011-03-05', '2021-06-01')
                 ELSE bzgen.at('pcr', p.i, '2012-01-01', '2025-05-20') END;
UPDATE bzgen.p SET seen = CASE
    WHEN role = 'sys' AND i IN (1, 5, 6) THEN timestamp '2025-06-02'
    WHEN role = 'sys' THEN NULL
    WHEN role = 'dev' AND i % 9 <> 4 THEN date_trunc('day', bzgen.at('pse', i, '2025-04-01', '2025-06-02'))
    WHEN role = 'dev' THEN date_trunc('day', bzgen.at('pse', i, '2021-01-01', '2025-01-01'))
    WHEN created < '2015-01-01' AND i % 6 = 0 THEN NULL
    WHEN i = 219 THEN timestamp '2023-09-11'
    ELSE date_trunc('day', bzgen.at('pse', i, greatest(created, '2015-06-01'), '2025-06-02')) END;

-- ---------------------------------------------------------------------------
-- Accounts.

CREATE TABLE profiles (
    userid serial PRIMARY KEY,
    login_name varchar(255) NOT NULL,
    cryptpassword varchar(128),
    realname varchar(255) NOT NULL DEFAULT '',
    disabledtext text NOT NULL DEFAULT '',
    disable_mail smallint NOT NULL DEFAULT 0,
    mybugslink smallint NOT NULL DEFAULT 1,
    extern_id varchar(64),
    is_enabled smallint NOT NULL DEFAULT 1,
    last_seen_date timestamp(0) without time zone
);
CREATE UNIQUE INDEX profiles_login_name_idx ON profiles (login_name);
CREATE UNIQUE INDEX profiles_extern_id_idx ON profiles (extern_id);

INSERT INTO profiles (userid, login_name, cryptpassword, realname, disabledtext, disable_mail, mybugslink, extern_id, is_enabled, last_seen_date)
SELECT p.i, p.email,
       CASE WHEN p.i = 2 OR p.i BETWEEN 7 AND 15 OR p.i BETWEEN 16 AND 30 OR (p.role = 'dev' AND p.i % 7 = 0) THEN '*'
            WHEN p.role = 'rep' AND p.created < '2014-06-01' AND p.i % 4 = 1 THEN fixture_gen.chars('pwc', p.i, 13, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
            ELSE bzgen.rnd('pws', p.i, 8) || rtrim(encode(sha256(convert_to('kpw:' || p.i, 'UTF8')), 'base64'), '=') || '{SHA-256}' END,
       p.realname,
       CASE p.i
         WHEN 97 THEN 'Spammer: posted essay-writing links on bug 12077 and bug 12093.'
         WHEN 133 THEN 'Spam (flight ticket links in comments, 2021-11-03). Comments made private.'
         WHEN 171 THEN 'Spammer - crypto scam links in attachments. Disabled by the triage bot, confirmed by Sanne.'
         WHEN 219 THEN 'Account anonymised at the user''s request (privacy ticket PRIV-2023-031, handled by Maarten de Graaf on 2023-09-14). Comments kept, name and address removed.'
         WHEN 288 THEN 'Mail to this address bounces (550 5.1.1 User unknown at ' || split_part(p.email, '@', 2) || '). Write to bugzilla-admin@kestrel-mail.example with your new address and we re-enable the account.'
         WHEN 341 THEN 'Disabled for repeated abusive comments towards Ingrid Andersen and other triagers (CoC report 2022-07). Do not re-enable without asking the community team (Sanne van Dijk).'
         WHEN 377 THEN 'Duplicate account of ' || (SELECT email FROM bzgen.p WHERE i = 378) || ', please log in with that one.'
         WHEN 402 THEN 'Left the project; account closed on request. Questions about the old patches go to ' || (SELECT email FROM bzgen.p WHERE i = 27) || '.'
         WHEN 58 THEN 'No longer at ' || coalesce((SELECT name FROM bzgen.emp WHERE k = p.emp), 'Tessera Systems GmbH') || ' - address bounces. Reactivate if they ask on the mailing list.'
         ELSE '' END,
       CASE WHEN p.i IN (2, 7, 8, 9, 10, 11, 12, 13, 14, 15, 288) OR (p.role = 'rep' AND p.i % 37 = 5) THEN 1 ELSE 0 END,
       CASE WHEN p.i % 13 = 6 THEN 0 ELSE 1 END,
       CASE WHEN p.i BETWEEN 16 AND 30 OR (p.role = 'dev' AND p.i % 7 = 0) THEN fixture_gen.uuid('kc-sub', p.i) END,
       CASE WHEN p.i IN (97, 133, 171, 219, 288, 341, 377, 402, 58) THEN 0 ELSE 1 END,
       p.seen
FROM bzgen.p p ORDER BY p.i;

-- ---------------------------------------------------------------------------
-- Groups and who is in them.

CREATE TABLE groups (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description text NOT NULL,
    isbuggroup smallint NOT NULL,
    userregexp varchar(255) NOT NULL DEFAULT '',
    isactive smallint NOT NULL DEFAULT 1,
    icon_url varchar(255)
);
CREATE UNIQUE INDEX groups_name_idx ON groups (name);
INSERT INTO groups (id, name, description, isbuggroup, userregexp, isactive, icon_url) VALUES
 (1, 'admin', 'Administrators', 0, '', 1, NULL),
 (2, 'tweakparams', 'Can change Parameters', 0, '', 1, NULL),
 (3, 'editusers', 'Can edit or disable users', 0, '', 1, NULL),
 (4, 'creategroups', 'Can create and destroy groups', 0, '', 1, NULL),
 (5, 'editclassifications', 'Can create, destroy, and edit classifications', 0, '', 1, NULL),
 (6, 'editcomponents', 'Can create, destroy, and edit components', 0, '', 1, NULL),
 (7, 'editkeywords', 'Can create, destroy, and edit keywords', 0, '', 1, NULL),
 (8, 'editbugs', 'Can edit all bug fields', 0, '', 1, NULL),
 (9, 'canconfirm', 'Can confirm a bug or mark it a duplicate', 0, '', 1, NULL),
 (10, 'bz_canusewhineatothers', 'Can configure whine reports for other users', 0, '', 1, NULL),
 (11, 'bz_canusewhines', 'User can configure whine reports for self', 0, '', 1, NULL),
 (12, 'bz_sudoers', 'Can perform actions as other users', 0, '', 1, NULL),
 (13, 'bz_sudo_protect', 'Can not be impersonated by other users', 0, '', 1, NULL),
 (14, 'bz_quip_moderators', 'Can moderate quips', 0, '', 1, NULL),
 (15, 'security', 'Security-sensitive bugs in Kestrel and its services', 1, '', 1, 'skins/custom/images/lock.png'),
 (16, 'kestrel-staff', 'Employees and contractors of Stichting Kestrel', 1, '@kestrel-mail\.example$', 1, NULL),
 (17, 'insiders', 'Contributors who can read and write private comments and attachments', 0, '', 1, 'skins/custom/images/insider.png'),
 (18, 'release-managers', 'Can set approval flags for release and ESR branches', 0, '', 1, NULL),
 (19, 'l10n-coordinators', 'Localization team leads', 0, '', 1, NULL),
 (20, 'infra-confidential', 'Infrastructure bugs that name hosts, credentials or abuse reports', 1, '', 1, NULL),
 (21, 'foundation-confidential', 'Board, legal and donor matters of Stichting Kestrel', 1, '', 1, NULL),
 (22, 'sync-server-admins', 'Operators of the hosted Kestrel Sync service', 0, '', 0, NULL);

CREATE TABLE user_group_map (
    user_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    group_id integer NOT NULL REFERENCES groups (id) ON UPDATE CASCADE ON DELETE CASCADE,
    isbless smallint NOT NULL DEFAULT 0,
    grant_type integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX user_group_map_user_id_idx ON user_group_map (user_id, group_id, grant_type, isbless);
-- grant_type 0 direct, 1 derived (group in group), 2 regexp.
INSERT INTO user_group_map (user_id, group_id, isbless, grant_type)
SELECT DISTINCT u, g, b, t FROM (
  SELECT 1 AS u, g, 0 AS b, 0 AS t FROM generate_series(1, 14) g
  UNION ALL SELECT 1, g, 1, 0 FROM generate_series(1, 22) g
  UNION ALL SELECT u, g, 0, 0 FROM unnest(ARRAY[16, 19, 24]) u, unnest(ARRAY[1, 3, 6, 7, 8, 9, 11, 14, 17, 20]) g
  UNION ALL SELECT 19, 21, 0, 0 UNION ALL SELECT 24, 21, 0, 0 UNION ALL SELECT 19, 12, 0, 0 UNION ALL SELECT 19, 13, 0, 0
  UNION ALL SELECT u, 15, 0, 0 FROM unnest(ARRAY[4, 16, 17, 18, 21, 22, 27, 36, 45]) u
  UNION ALL SELECT u, g, 0, 0 FROM unnest(ARRAY[3, 20, 28]) u, unnest(ARRAY[18, 10]) g
  UNION ALL SELECT u, g, 0, 0 FROM unnest(ARRAY[14, 23, 43, 55]) u, unnest(ARRAY[19]) g
  UNION ALL SELECT p.i, g, 0, 0 FROM bzgen.p p, unnest(ARRAY[8, 9, 11]) g WHERE p.role = 'dev' AND p.i <> 58
  UNION ALL SELECT p.i, 17, 0, 0 FROM bzgen.p p WHERE p.role = 'dev' AND p.i <= 45
  UNION ALL SELECT u, g, 0, 0 FROM unnest(ARRAY[5, 6]) u, unnest(ARRAY[8, 9]) g
  UNION ALL SELECT p.i, 9, 0, 0 FROM bzgen.p p WHERE p.role = 'rep' AND p.i % 9 = 2 AND p.i NOT IN (97, 133, 171, 219, 288, 341, 377, 402)
  UNION ALL SELECT p.i, 9, 0, 1 FROM bzgen.p p WHERE p.role = 'dev' AND p.i <> 58
  UNION ALL SELECT p.i, 16, 0, 2 FROM bzgen.p p WHERE p.email LIKE '%@kestrel-mail.example'
  UNION ALL SELECT u, g, 1, 0 FROM unnest(ARRAY[16, 19, 20]) u, unnest(ARRAY[8, 9, 17]) g
  UNION ALL SELECT 20, 18, 1, 0
) x(u, g, b, t) ORDER BY u, g, b, t;

-- ---------------------------------------------------------------------------
-- Classifications, products, components, versions, milestones.

CREATE TABLE classifications (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    description text,
    sortkey integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX classifications_name_idx ON classifications (name);
INSERT INTO classifications VALUES
 (1, 'Unclassified', 'Not assigned to any classification', 0),
 (2, 'Client Software', 'Kestrel, the desktop application, and what ships with it', 100),
 (3, 'Server & Services', 'Kestrel Sync Server and the hosted services', 200),
 (4, 'Community & Infrastructure', 'Website, localization, this Bugzilla and the build infrastructure', 300),
 (5, 'Graveyard', 'Products that are no longer maintained', 900);

CREATE TABLE products (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    classification_id integer NOT NULL DEFAULT 1 REFERENCES classifications (id) ON UPDATE CASCADE ON DELETE CASCADE,
    description text NOT NULL,
    isactive smallint NOT NULL DEFAULT 1,
    defaultmilestone varchar(64) NOT NULL DEFAULT '---',
    allows_unconfirmed smallint NOT NULL DEFAULT 1,
    votesperuser integer NOT NULL DEFAULT 0,
    maxvotesperbug integer NOT NULL DEFAULT 10000,
    votestoconfirm integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX products_name_idx ON products (name);
INSERT INTO products VALUES
 (1, 'Kestrel', 2, 'The Kestrel desktop client: mail, calendar and address book for Windows, macOS and Linux. Crashes, regressions and feature requests go here.', 1, '---', 1, 20, 5, 0),
 (2, 'Kestrel Sync Server', 3, 'The self-hostable server that syncs accounts, filters and settings between Kestrel installations.', 1, '---', 1, 10, 3, 0),
 (3, 'Website', 4, 'kestrel-mail.example: pages, downloads, donations and the support forum.', 1, '---', 1, 0, 10000, 0),
 (4, 'Localization', 4, 'Translations of Kestrel, its website and its add-on store. One component per locale team.', 1, '---', 1, 0, 10000, 0),
 (5, 'Infrastructure', 4, 'This Bugzilla, build and CI machines, crash reporting, mailing lists. Account problems go to the Bugzilla component.', 1, '---', 1, 0, 10000, 0),
 (6, 'Graveyard', 5, 'Components of features Kestrel no longer ships (chat, RSS). Bugs are kept for reference only.', 0, '---', 0, 0, 10000, 0);

CREATE TABLE components (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    product_id integer NOT NULL REFERENCES products (id) ON UPDATE CASCADE ON DELETE CASCADE,
    initialowner integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE,
    initialqacontact integer REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE SET NULL,
    description text NOT NULL,
    isactive smallint NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX components_product_id_idx ON components (product_id, name);
INSERT INTO components (id, name, product_id, initialowner, initialqacontact, description, isactive) VALUES
 (1, 'IMAP', 1, 2, 7, 'Fetching, syncing and storing mail over IMAP, including IDLE, CONDSTORE and offline mode.', 1),
 (2, 'POP3', 1, 2, 7, 'Downloading mail over POP3 and the local folders it fills.', 1),
 (3, 'SMTP', 1, 2, 7, 'Sending mail: SMTP servers, authentication and the Outbox.', 1),
 (4, 'Composition', 1, 2, 8, 'The message composer: editor, recipients, attachments, signatures, spell checking.', 1),
 (5, 'Message Reader', 1, 2, 9, 'Displaying messages: HTML and plain text rendering, remote content, attachments pane.', 1),
 (6, 'Address Book', 1, 2, 11, 'Contacts, mailing lists, CardDAV and LDAP directories, vCard import and export.', 1),
 (7, 'Calendar', 1, 2, 10, 'Events and tasks, CalDAV and ICS subscriptions, invitations (iTIP/iMIP).', 1),
 (8, 'OpenPGP', 1, 2, 12, 'Encryption and signing with OpenPGP and S/MIME, key management.', 1),
 (9, 'Account Manager', 1, 2, 7, 'Account setup wizard, autoconfiguration, OAuth2 sign-in, account settings.', 1),
 (10, 'Filters', 1, 2, 9, 'Message filters, junk mail controls and tagging.', 1),
 (11, 'Search', 1, 2, 9, 'Quick filter, global search and the search index.', 1),
 (12, 'Theme & UI', 1, 2, 13, 'Look and feel: themes, layouts, the folder and thread panes, notifications.', 1),
 (13, 'Accessibility', 1, 2, 13, 'Screen readers, keyboard navigation, high contrast.', 1),
 (14, 'Preferences', 1, 2, 13, 'The Settings tab and advanced configuration.', 1),
 (15, 'Installer & Updates', 1, 2, NULL, 'Windows and macOS installers, Linux packages, Flatpak and Snap, the updater.', 1),
 (16, 'Crash Reporter', 1, 2, NULL, 'The crash reporter client and what it submits.', 1),
 (17, 'Add-ons API', 1, 2, NULL, 'WebExtension APIs available to Kestrel add-ons.', 1),
 (18, 'General', 1, 2, NULL, 'Anything that does not fit a more specific component. Triage will move it.', 1),
 (19, 'Server', 2, 2, NULL, 'The sync server itself.', 1),
 (20, 'Protocol', 2, 2, NULL, 'The sync protocol and its documentation.', 1),
 (21, 'Deployment', 2, 2, NULL, 'Docker images, Helm chart, packaging of the server.', 1),
 (22, 'Content', 3, 2, NULL, 'Text and pages of the website.', 1),
 (23, 'Downloads', 3, 2, NULL, 'The download pages and the release notes pages.', 1),
 (24, 'Donations', 3, 2, NULL, 'The donation form, receipts and recurring donations.', 1),
 (25, 'Support Forum', 3, 2, NULL, 'The support forum software and its moderation.', 1),
 (26, 'Translation Platform', 4, 2, 14, 'The translation platform and the string extraction tooling.', 1),
 (27, 'de / German', 4, 2, 14, 'German translation.', 1),
 (28, 'fr / French', 4, 2, 14, 'French translation.', 1),
 (29, 'ja / Japanese', 4, 2, 14, 'Japanese translation.', 1),
 (30, 'pt-BR / Brazilian Portuguese', 4, 2, 14, 'Brazilian Portuguese translation.', 1),
 (31, 'Other locales', 4, 2, 14, 'Locales without their own component yet.', 1),
 (32, 'Bugzilla', 5, 2, 15, 'This Bugzilla: accounts, permissions, customisations. Requests to delete or merge accounts go here.', 1),
 (33, 'Build & CI', 5, 2, 15, 'Build machines, CI pipelines, signing and notarization.', 1),
 (34, 'Crash Stats', 5, 2, 15, 'The crash report server, symbol uploads and processing.', 1),
 (35, 'Mailing Lists', 5, 2, 15, 'Mailing lists and their archives.', 1),
 (36, 'Chat (XMPP)', 6, 2, NULL, 'The XMPP chat client removed in Kestrel 78.', 0),
 (37, 'Feeds (RSS)', 6, 2, NULL, 'The feed reader removed in Kestrel 102.', 0);
UPDATE components SET initialowner = CASE id WHEN 1 THEN 16 WHEN 3 THEN 16 WHEN 7 THEN 18 WHEN 8 THEN 36 WHEN 15 THEN 27 WHEN 19 THEN 33 WHEN 26 THEN 23 WHEN 32 THEN 19 WHEN 33 THEN 27 ELSE initialowner END;

CREATE TABLE component_cc (
    user_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    component_id integer NOT NULL REFERENCES components (id) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE UNIQUE INDEX component_cc_user_id_idx ON component_cc (component_id, user_id);
INSERT INTO component_cc (user_id, component_id)
SELECT DISTINCT u, c FROM (
  SELECT 16 AS u, c FROM unnest(ARRAY[1, 2, 3, 9]) c UNION ALL SELECT 17, c FROM unnest(ARRAY[4, 5, 12]) c UNION ALL SELECT 18, c FROM unnest(ARRAY[7, 6]) c
  UNION ALL SELECT 4, 8 UNION ALL SELECT 3, 15 UNION ALL SELECT 20, 15 UNION ALL SELECT 19, 32 UNION ALL SELECT 19, 24 UNION ALL SELECT 23, c FROM generate_series(26, 31) c
  UNION ALL SELECT 16 + fixture_gen.n('ccu', k, 60), 1 + fixture_gen.n('ccc', k, 35) FROM generate_series(1, 40) k
) x(u, c) ORDER BY c, u;

CREATE TABLE versions (
    id serial PRIMARY KEY,
    value varchar(64) NOT NULL,
    product_id integer NOT NULL REFERENCES products (id) ON UPDATE CASCADE ON DELETE CASCADE,
    isactive smallint NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX versions_product_id_idx ON versions (product_id, value);
INSERT INTO versions (value, product_id, isactive)
SELECT v, 1, 1 FROM unnest(ARRAY['unspecified', 'Trunk']) v
UNION ALL SELECT v::text, 1, CASE WHEN v < 115 THEN 0 ELSE 1 END FROM generate_series(60, 141) v
UNION ALL SELECT v, 1, CASE WHEN v IN ('ESR 115', 'ESR 128') THEN 1 ELSE 0 END FROM unnest(ARRAY['ESR 68', 'ESR 78', 'ESR 91', 'ESR 102', 'ESR 115', 'ESR 128']) v
UNION ALL SELECT v, 2, 1 FROM unnest(ARRAY['unspecified', '1.x', '2.0', '2.1', '2.2', 'main']) v
UNION ALL SELECT v, p, 1 FROM unnest(ARRAY['unspecified', 'Production']) v, unnest(ARRAY[3, 4, 5]) p
UNION ALL SELECT 'unspecified', 6, 0;

CREATE TABLE milestones (
    id serial PRIMARY KEY,
    product_id integer NOT NULL REFERENCES products (id) ON UPDATE CASCADE ON DELETE CASCADE,
    value varchar(64) NOT NULL,
    sortkey integer NOT NULL DEFAULT 0,
    isactive smallint NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX milestones_product_id_idx ON milestones (product_id, value);
INSERT INTO milestones (product_id, value, sortkey, isactive)
SELECT 1, '---', 0, 1 UNION ALL SELECT 1, 'Future', 9999, 1
UNION ALL SELECT 1, v || ' Branch', v * 10, CASE WHEN v < 128 THEN 0 ELSE 1 END FROM generate_series(60, 142) v
UNION ALL SELECT p, '---', 0, 1 FROM generate_series(2, 6) p
UNION ALL SELECT 2, m, s, 1 FROM (VALUES ('2.1', 210), ('2.2', 220), ('3.0', 300)) x(m, s)
UNION ALL SELECT 3, '2025-Q3', 20253, 1;

-- ---------------------------------------------------------------------------
-- Field definitions: the standard fields, Voting's votes, and the custom
-- fields in the order the admins created them (ord). Types: 0 unknown,
-- 1 free text, 2 single select, 4 textarea, 5 date/time, 6 bug id, 9 date,
-- 10 integer.

CREATE TABLE bzgen.cf (ord numeric PRIMARY KEY, name text, type int, description text, long_desc text, enter_bug int, obsolete int);
INSERT INTO bzgen.cf VALUES
 (55.1, 'cf_crash_signature', 4, 'Crash Signature', 'Signatures from the crash server, one per line, as [@ function ]', 0, 0),
 (55.2, 'cf_qa_whiteboard', 1, 'QA Whiteboard', 'Notes of the QA team', 0, 0),
 (55.3, 'cf_has_str', 2, 'Has STR', 'Does the bug have steps to reproduce?', 0, 0),
 (56.1, 'cf_build_id', 1, 'Build ID', 'Build ID from Help > About (yyyymmddhhmmss)', 1, 0),
 (57.1, 'cf_distribution', 2, 'Distribution', 'How Kestrel was installed', 1, 0),
 (57.2, 'cf_account_provider', 2, 'Mail Provider', 'The mail provider of the affected account', 1, 0),
 (57.3, 'cf_mail_protocol', 2, 'Protocol', 'Protocol involved', 0, 0),
 (58.1, 'cf_due_date', 9, 'Due Date', 'When this must be done (website and infrastructure tasks)', 0, 0),
 (58.2, 'cf_fixed_in', 1, 'Fixed In', 'First version that has the fix', 0, 0),
 (58.3, 'cf_commit_link', 1, 'Commit', 'Link to the commit that fixed this', 0, 0),
 (59.1, 'cf_upstream_bug', 1, 'Upstream Bug', 'The same bug in a distribution or upstream tracker', 0, 0),
 (59.2, 'cf_security_rating', 2, 'Security Rating', 'Rating by the security team', 0, 0),
 (59.3, 'cf_cve_id', 1, 'CVE', 'CVE id assigned to this bug', 0, 0),
 (59.4, 'cf_l10n_locale', 2, 'Locale', 'Locale of a translation bug', 1, 0),
 (66.5, 'cf_user_story', 4, 'User Story', 'Who needs this and why', 0, 0),
 (66.6, 'cf_has_regression_range', 2, 'Has Regression Range', 'Is the regression window known?', 0, 0),
 (66.7, 'cf_regression_window', 1, 'Regression Window', 'Compare link of the last good and first bad build', 0, 0),
 (70.5, 'cf_rank', 10, 'Rank', 'Rank within the backlog of the component team', 0, 0),
 (70.6, 'cf_points', 2, 'Points', 'Estimate in story points', 0, 0),
 (72.5, 'cf_last_resolved', 5, 'Last Resolved', 'When the bug was last resolved', 0, 0),
 (75.5, 'cf_crash_report', 1, 'Crash Report', 'Link to a crash report on the crash server', 1, 0),
 (80.5, 'cf_troubleshooting_info', 4, 'Troubleshooting Information', 'Paste the text from Help > Troubleshooting Information', 1, 0),
 (84.5, 'cf_addon_id', 1, 'Add-on ID', 'ID of the add-on involved', 0, 0),
 (88.5, 'cf_server_software', 1, 'Server Software', 'Mail or calendar server software and version, if known', 1, 0),
 (95.5, 'cf_accessibility_severity', 2, 'Accessibility Severity', 'Impact for users of assistive technology', 0, 0),
 (100.5, 'cf_performance_impact', 2, 'Performance Impact', 'Impact on performance', 0, 0),
 (104.5, 'cf_ux_review', 2, 'UX Review', 'Needs review by the UX team', 0, 0),
 (110.5, 'cf_docs_needed', 2, 'Docs Needed', 'Needs a change to the support documentation', 0, 0),
 (115.5, 'cf_release_notes', 4, 'Release Notes', 'Text for the release notes', 0, 0),
 (120.5, 'cf_effort', 2, 'Effort', 'Rough size of the work', 0, 0),
 (125.5, 'cf_bounty', 2, 'Security Bounty', 'Eligible for the security bug bounty', 0, 0),
 (130.5, 'cf_regressed_by', 6, 'Regressed by', 'The bug whose fix caused this regression', 0, 0);
INSERT INTO bzgen.cf
SELECT v - 2 + 0.01, 'cf_status_kestrel' || v, 2, 'status-kestrel' || v, 'Status of this bug for Kestrel ' || v, 0, CASE WHEN v < 115 THEN 1 ELSE 0 END FROM generate_series(60, 141) v
UNION ALL SELECT v - 2 + 0.02, 'cf_tracking_kestrel' || v, 2, 'tracking-kestrel' || v, 'Release management tracks this bug for Kestrel ' || v, 0, CASE WHEN v < 115 THEN 1 ELSE 0 END FROM generate_series(60, 141) v
UNION ALL SELECT e + 0.03, 'cf_status_kestrel_esr' || e, 2, 'status-kestrel-esr' || e, 'Status of this bug for Kestrel ESR ' || e, 0, CASE WHEN e < 115 THEN 1 ELSE 0 END FROM unnest(ARRAY[68, 78, 91, 102, 115, 128]) e
UNION ALL SELECT e + 0.04, 'cf_tracking_kestrel_esr' || e, 2, 'tracking-kestrel-esr' || e, 'Release management tracks this bug for Kestrel ESR ' || e, 0, CASE WHEN e < 115 THEN 1 ELSE 0 END FROM unnest(ARRAY[68, 78, 91, 102, 115, 128]) e;

CREATE TABLE fielddefs (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    type integer NOT NULL DEFAULT 0,
    custom smallint NOT NULL DEFAULT 0,
    description varchar(255) NOT NULL,
    long_desc varchar(255) NOT NULL DEFAULT '',
    mailhead smallint NOT NULL DEFAULT 0,
    sortkey integer NOT NULL,
    obsolete smallint NOT NULL DEFAULT 0,
    enter_bug smallint NOT NULL DEFAULT 0,
    buglist smallint NOT NULL DEFAULT 0,
    visibility_field_id integer REFERENCES fielddefs (id) ON UPDATE CASCADE,
    value_field_id integer REFERENCES fielddefs (id) ON UPDATE CASCADE,
    reverse_desc varchar(255),
    is_mandatory smallint NOT NULL DEFAULT 0,
    is_numeric smallint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX fielddefs_name_idx ON fielddefs (name);
INSERT INTO fielddefs (id, name, type, description, mailhead, sortkey, buglist, reverse_desc, is_mandatory, is_numeric)
SELECT f.ord, f.name, f.type, f.description, f.mailhead, f.ord * 50, f.buglist, f.reverse_desc, f.mand, f.num
FROM (SELECT row_number() OVER () AS ord, v.* FROM (VALUES
 ('bug_id', 0, 'Bug #', 1, 1, NULL, 0, 1), ('short_desc', 1, 'Summary', 1, 1, NULL, 1, 0), ('classification', 2, 'Classification', 0, 1, NULL, 0, 0),
 ('product', 2, 'Product', 1, 1, NULL, 1, 0), ('version', 2, 'Version', 1, 1, NULL, 1, 0), ('rep_platform', 2, 'Platform', 1, 1, NULL, 0, 0),
 ('bug_file_loc', 1, 'URL', 1, 1, NULL, 0, 0), ('op_sys', 2, 'OS', 1, 1, NULL, 0, 0), ('bug_status', 2, 'Status', 1, 1, NULL, 0, 0),
 ('status_whiteboard', 1, 'Whiteboard', 1, 1, NULL, 0, 0), ('keywords', 8, 'Keywords', 1, 1, NULL, 0, 0), ('resolution', 2, 'Resolution', 0, 1, NULL, 0, 0),
 ('bug_severity', 2, 'Severity', 1, 1, NULL, 0, 0), ('priority', 2, 'Priority', 1, 1, NULL, 0, 0), ('component', 2, 'Component', 1, 1, NULL, 1, 0),
 ('assigned_to', 0, 'Assignee', 1, 1, NULL, 0, 0), ('reporter', 0, 'Reporter', 1, 1, NULL, 0, 0), ('qa_contact', 0, 'QA Contact', 1, 1, NULL, 0, 0),
 ('assigned_to_realname', 0, 'Assignee Real Name', 0, 1, NULL, 0, 0), ('reporter_realname', 0, 'Reporter Real Name', 0, 1, NULL, 0, 0),
 ('qa_contact_realname', 0, 'QA Contact Real Name', 0, 1, NULL, 0, 0), ('cc', 0, 'CC', 1, 0, NULL, 0, 0), ('dependson', 0, 'Depends on', 1, 0, NULL, 0, 0),
 ('blocked', 0, 'Blocks', 1, 0, NULL, 0, 0), ('attachments.description', 0, 'Attachment description', 0, 0, NULL, 0, 0),
 ('attachments.filename', 0, 'Attachment filename', 0, 0, NULL, 0, 0), ('attachments.mimetype', 0, 'Attachment mime type', 0, 0, NULL, 0, 0),
 ('attachments.ispatch', 0, 'Attachment is patch', 0, 0, NULL, 0, 0), ('attachments.isobsolete', 0, 'Attachment is obsolete', 0, 0, NULL, 0, 0),
 ('attachments.isprivate', 0, 'Attachment is private', 0, 0, NULL, 0, 0), ('attachments.submitter', 0, 'Attachment creator', 0, 0, NULL, 0, 0),
 ('target_milestone', 2, 'Target Milestone', 1, 1, NULL, 0, 0), ('creation_ts', 0, 'Opened', 0, 1, NULL, 0, 0), ('delta_ts', 0, 'Changed', 0, 1, NULL, 0, 0),
 ('longdesc', 0, 'Comment', 0, 0, NULL, 0, 0), ('longdescs.isprivate', 0, 'Comment is private', 0, 0, NULL, 0, 0),
 ('longdescs.count', 0, 'Number of Comments', 0, 1, NULL, 0, 1), ('alias', 1, 'Alias', 0, 1, NULL, 0, 0), ('everconfirmed', 0, 'Ever confirmed', 0, 0, NULL, 0, 0),
 ('reporter_accessible', 0, 'Reporter accessible', 0, 0, NULL, 0, 0), ('cclist_accessible', 0, 'CC list accessible', 0, 0, NULL, 0, 0),
 ('bug_group', 0, 'Group', 0, 0, NULL, 0, 0), ('estimated_time', 0, 'Orig. Est.', 1, 1, NULL, 0, 1), ('remaining_time', 0, 'Hours Left', 0, 1, NULL, 0, 1),
 ('deadline', 9, 'Deadline', 1, 1, NULL, 0, 0), ('commenter', 0, 'Commenter', 0, 0, NULL, 0, 0), ('flagtypes.name', 0, 'Flags', 0, 1, NULL, 0, 0),
 ('requestees.login_name', 0, 'Flag Requestee', 0, 0, NULL, 0, 0), ('setters.login_name', 0, 'Flag Setter', 0, 0, NULL, 0, 0),
 ('work_time', 0, 'Hours Worked', 0, 1, NULL, 0, 1), ('percentage_complete', 0, 'Percentage Complete', 0, 1, NULL, 0, 1),
 ('content', 0, 'Content', 0, 0, NULL, 0, 0), ('attach_data.thedata', 0, 'Attachment data', 0, 0, NULL, 0, 0),
 ('owner_idle_time', 0, 'Time Since Assignee Touched', 0, 0, NULL, 0, 0), ('see_also', 7, 'See Also', 0, 0, NULL, 0, 0),
 ('tag', 0, 'Personal Tags', 0, 1, NULL, 0, 0), ('last_visit_ts', 0, 'Last Visit', 0, 1, NULL, 0, 0), ('comment_tag', 0, 'Comment Tag', 0, 0, NULL, 0, 0),
 ('days_elapsed', 0, 'Days since bug changed', 0, 1, NULL, 0, 1), ('votes', 0, 'Votes', 0, 1, NULL, 0, 1)
) v(name, type, description, mailhead, buglist, reverse_desc, mand, num)) f;
DO $$ BEGIN PERFORM setval('fielddefs_id_seq', (SELECT max(id) FROM fielddefs)); END $$;
INSERT INTO fielddefs (name, type, custom, description, long_desc, mailhead, sortkey, obsolete, enter_bug, buglist)
SELECT name, type, 1, description, long_desc, 0, 3000 + 10 * row_number() OVER (ORDER BY ord), obsolete, enter_bug, 1 FROM bzgen.cf ORDER BY ord;
UPDATE fielddefs SET mailhead = 1 WHERE name IN ('cf_crash_signature', 'cf_security_rating');
UPDATE fielddefs SET visibility_field_id = (SELECT id FROM fielddefs WHERE name = 'product'), value_field_id = NULL WHERE name LIKE 'cf_status_kestrel%' OR name LIKE 'cf_tracking_kestrel%' OR name IN ('cf_crash_signature', 'cf_distribution', 'cf_account_provider', 'cf_troubleshooting_info');
UPDATE fielddefs SET reverse_desc = 'Regressions' WHERE name = 'cf_regressed_by';

-- ---------------------------------------------------------------------------
-- Bugs. The custom fields are appended below with ALTER TABLE, as
-- Bugzilla::Field->create does.

CREATE TABLE bugs (
    bug_id serial PRIMARY KEY,
    assigned_to integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE,
    bug_file_loc text NOT NULL DEFAULT '',
    bug_severity varchar(64) NOT NULL,
    bug_status varchar(64) NOT NULL,
    creation_ts timestamp(0) without time zone,
    delta_ts timestamp(0) without time zone NOT NULL,
    short_desc varchar(255) NOT NULL,
    op_sys varchar(64) NOT NULL,
    priority varchar(64) NOT NULL,
    product_id integer NOT NULL REFERENCES products (id) ON UPDATE CASCADE,
    rep_platform varchar(64) NOT NULL,
    reporter integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE,
    version varchar(64) NOT NULL,
    component_id integer NOT NULL REFERENCES components (id) ON UPDATE CASCADE,
    resolution varchar(64) NOT NULL DEFAULT '',
    target_milestone varchar(64) NOT NULL DEFAULT '---',
    qa_contact integer REFERENCES profiles (userid) ON UPDATE CASCADE,
    status_whiteboard text NOT NULL DEFAULT '',
    lastdiffed timestamp(0) without time zone,
    everconfirmed smallint NOT NULL,
    reporter_accessible smallint NOT NULL DEFAULT 1,
    cclist_accessible smallint NOT NULL DEFAULT 1,
    estimated_time numeric(7, 2) NOT NULL DEFAULT 0,
    remaining_time numeric(7, 2) NOT NULL DEFAULT 0,
    deadline timestamp(0) without time zone,
    votes integer NOT NULL DEFAULT 0
);
CREATE INDEX bugs_assigned_to_idx ON bugs (assigned_to);
CREATE INDEX bugs_reporter_idx ON bugs (reporter);
CREATE INDEX bugs_product_id_idx ON bugs (product_id);
CREATE INDEX bugs_component_id_idx ON bugs (component_id);
CREATE INDEX bugs_delta_ts_idx ON bugs (delta_ts);

DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM bzgen.cf ORDER BY ord LOOP
    EXECUTE format('ALTER TABLE bugs ADD COLUMN %I %s', r.name, CASE r.type
      WHEN 1 THEN 'varchar(255) NOT NULL DEFAULT '''''
      WHEN 2 THEN 'varchar(64) NOT NULL DEFAULT ''---'''
      WHEN 4 THEN 'text NOT NULL DEFAULT '''''
      WHEN 5 THEN 'timestamp(0) without time zone'
      WHEN 6 THEN 'integer REFERENCES bugs (bug_id) ON UPDATE CASCADE'
      WHEN 9 THEN 'date'
      WHEN 10 THEN 'integer NOT NULL DEFAULT 0' END);
  END LOOP;
END $$;

-- ---------------------------------------------------------------------------
-- Keywords, flag types, settings.

CREATE TABLE keyworddefs (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    description text NOT NULL
);
CREATE UNIQUE INDEX keyworddefs_name_idx ON keyworddefs (name);
INSERT INTO keyworddefs (id, name, description) VALUES
 (1, 'crash', 'Kestrel crashes (a crash reporter dialog appears or the process disappears).'),
 (2, 'hang', 'Kestrel stops responding.'),
 (3, 'dataloss', 'Mail, contacts, events or settings are lost or damaged.'),
 (4, 'regression', 'Worked in an earlier release.'),
 (5, 'perf', 'Performance problem: slowness, memory or CPU use.'),
 (6, 'access', 'Accessibility problem for users of assistive technology.'),
 (7, 'meta', 'Tracking bug with no code change of its own.'),
 (8, 'good-first-bug', 'A small, well described bug for new contributors. Add a mentor in the whiteboard.'),
 (9, 'intermittent-failure', 'Intermittent test failure reported by CI.'),
 (10, 'testcase', 'Has a minimal test case attached.'),
 (11, 'privacy', 'Exposes data about the user to third parties or on screen.'),
 (12, 'sec-high', 'Security problem, high severity.'),
 (13, 'sec-moderate', 'Security problem, moderate severity.'),
 (14, 'ux-error-prevention', 'The UI makes it easy to make a costly mistake.');

CREATE TABLE flagtypes (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    description text NOT NULL,
    cc_list varchar(200),
    target_type char(1) NOT NULL DEFAULT 'b',
    is_active smallint NOT NULL DEFAULT 1,
    is_requestable smallint NOT NULL DEFAULT 0,
    is_requesteeble smallint NOT NULL DEFAULT 0,
    is_multiplicable smallint NOT NULL DEFAULT 0,
    sortkey integer NOT NULL DEFAULT 0,
    grant_group_id integer REFERENCES groups (id) ON UPDATE CASCADE ON DELETE SET NULL,
    request_group_id integer REFERENCES groups (id) ON UPDATE CASCADE ON DELETE SET NULL
);
INSERT INTO flagtypes (id, name, description, cc_list, target_type, is_active, is_requestable, is_requesteeble, is_multiplicable, sortkey, grant_group_id, request_group_id) VALUES
 (1, 'review', 'Code review of a patch by a peer of the module.', '', 'a', 1, 1, 1, 1, 10, 8, NULL),
 (2, 'feedback', 'Early feedback on a work-in-progress patch.', '', 'a', 1, 1, 1, 1, 20, NULL, NULL),
 (3, 'needinfo', 'Ask someone for information; cleared when they answer.', '', 'b', 1, 1, 1, 1, 5, NULL, NULL),
 (4, 'approval-kestrel-beta', 'Approval to land the patch on the beta branch.', 'release-drivers@kestrel-mail.example', 'a', 1, 1, 0, 0, 40, 18, NULL),
 (5, 'approval-kestrel-esr128', 'Approval to land the patch on the ESR 128 branch.', 'release-drivers@kestrel-mail.example', 'a', 1, 1, 0, 0, 41, 18, NULL),
 (6, 'approval-kestrel-esr115', 'Approval to land the patch on the ESR 115 branch.', 'release-drivers@kestrel-mail.example', 'a', 0, 1, 0, 0, 42, 18, NULL),
 (7, 'sec-approval', 'Approval by the security team to land a fix for a security bug.', NULL, 'a', 1, 1, 0, 0, 50, 15, 8),
 (8, 'in-testsuite', 'Does the fix come with an automated test?', '', 'b', 1, 0, 0, 0, 60, 8, NULL),
 (9, 'qe-verify', 'Should QA verify the fix manually?', '', 'b', 1, 0, 0, 0, 70, 8, NULL),
 (10, 'l10n-review', 'Review of new or changed strings by a localization coordinator.', NULL, 'a', 1, 1, 1, 0, 80, 19, NULL),
 (11, 'ui-review', 'Review by the UX team.', '', 'a', 1, 1, 1, 1, 30, NULL, NULL),
 (12, 'approval-kestrel-esr102', 'Approval to land the patch on the ESR 102 branch.', 'release-drivers@kestrel-mail.example', 'a', 0, 1, 0, 0, 43, 18, NULL);
UPDATE flagtypes SET cc_list = 'security@kestrel-mail.example, ' || (SELECT email FROM bzgen.p WHERE i = 36) WHERE id = 7;
UPDATE flagtypes SET cc_list = (SELECT email FROM bzgen.p WHERE i = 23) || ', l10n-coordinators@kestrel-mail.example' WHERE id = 10;
UPDATE flagtypes SET cc_list = 'release-drivers@kestrel-mail.example, ' || (SELECT email FROM bzgen.p WHERE i = 20) WHERE id = 5;

CREATE TABLE setting (
    name varchar(32) PRIMARY KEY,
    default_value varchar(32) NOT NULL,
    is_enabled smallint NOT NULL DEFAULT 1,
    subclass varchar(32)
);
INSERT INTO setting VALUES
 ('comment_sort_order', 'oldest_to_newest', 1, NULL), ('csv_colsepchar', ',', 1, NULL), ('display_quips', 'on', 1, NULL),
 ('zoom_textareas', 'on', 1, NULL), ('state_addselfcc', 'cc_unless_role', 1, NULL), ('post_bug_submit_action', 'next_bug', 1, NULL),
 ('per_bug_queries', 'off', 1, NULL), ('skin', 'Dusk', 1, 'Skin'), ('lang', 'en', 1, 'Lang'), ('quote_replies', 'quoted_reply', 1, NULL),
 ('comment_box_position', 'before_comments', 1, NULL), ('timezone', 'local', 1, 'Timezone'), ('quicksearch_fulltext', 'on', 1, NULL),
 ('email_format', 'html', 1, NULL), ('requestee_cc', 'on', 1, NULL), ('bugmail_new_prefix', 'on', 1, NULL), ('possible_duplicates', 'on', 1, NULL),
 ('api_key_only', 'off', 1, NULL);

-- ---------------------------------------------------------------------------
-- What the bugs are about: summary, steps, actual and expected results per
-- component. Placeholders are filled per bug: {server} {ver} {prevver} {os}
-- {email} {email2} {domain} {locale} {relv} {addon}.

CREATE TABLE bzgen.st (t int PRIMARY KEY, comps int[], kind text, summary text, steps text, actual text, expected text);
INSERT INTO bzgen.st VALUES
 (1, '{1}', 'net', 'Folder list never finishes loading for {server}', E'1. Add an IMAP account on {server}\n2. Wait for the folder pane to fill', 'The spinner next to the account keeps turning and only INBOX appears. Restarting Kestrel does not help.', 'All subscribed folders appear within a few seconds, as in {prevver}.'),
 (2, '{1}', 'data', 'Messages disappear from INBOX after compacting folders ({server})', E'1. Accept the prompt to compact folders\n2. Open INBOX', 'Around 200 messages from the last week are gone in Kestrel. The webmail still shows them.', 'Compacting never removes messages that still exist on the server.'),
 (3, '{1}', 'hang', 'Stuck at "Checking mail" with IDLE enabled on {server}', E'1. Enable "Allow immediate server notifications when new messages arrive"\n2. Leave Kestrel running for an hour\n3. Click Get Messages', 'The status bar says "Checking mail..." forever and no new mail arrives until I restart.', 'New mail arrives through IDLE and Get Messages works.'),
 (4, '{1}', 'crash', 'Crash in kestrel::imap::Session::fetch_uids when the server drops the connection', E'1. Open a large folder (50k messages) on {server}\n2. Turn Wi-Fi off while the headers download', 'Kestrel crashes and the crash reporter opens.', 'Kestrel shows a connection error and retries later.'),
 (5, '{1}', 'net', 'Gmail labels show up twice after updating to {ver}', E'1. Update to {ver}\n2. Expand the [Gmail] folder', 'Every label appears twice, one copy greyed out and empty.', 'One folder per label.'),
 (6, '{1}', 'perf', 'Offline sync downloads the same messages again on every start', E'1. Enable "Keep messages for this account on this computer"\n2. Restart Kestrel a few times', 'Each start downloads about 2 GB again and the folder index is rebuilt.', 'Only new messages are downloaded.'),
 (7, '{1,9}', 'net', 'OAuth2 sign-in to Microsoft 365 loops back to the password page', E'1. Add a Microsoft 365 account\n2. Sign in and approve the MFA prompt', 'The sign-in window closes and opens again asking for the password.', 'The account is added.'),
 (8, '{2}', 'data', 'POP3: "Leave messages on server" deletes them after 14 days anyway', E'1. POP3 account with "Leave messages on server" and "For at most 14 days" unchecked\n2. Wait two weeks', 'Messages older than 14 days are deleted from the server.', 'Messages stay on the server.'),
 (9, '{2}', 'net', 'POP3 download stops at a message with a very long header line', E'1. Receive a message with a 20 kB References header\n2. Get Messages', 'Download stops at that message with "The connection was reset". All later messages stay on the server.', 'All messages are downloaded.'),
 (10, '{3}', 'net', 'Sending fails with "530 5.7.0 Must issue a STARTTLS command first" on {server}', E'1. SMTP server {server}, port 587, connection security STARTTLS\n2. Send any message', 'Sending fails with the 530 error. Port 465 with SSL/TLS works.', 'Kestrel issues STARTTLS before AUTH.'),
 (11, '{3}', 'net', 'Asked for the SMTP password on every send since {ver}', E'1. Send a message\n2. Tick "Use Password Manager to remember this password"\n3. Send another message', 'The password prompt comes back every time.', 'The saved password is used.'),
 (12, '{3}', 'net', 'Message stays in the Outbox when the proxy needs authentication', E'1. Manual proxy configuration with an authenticating proxy\n2. Send a message', 'The message stays in the Outbox, no error is shown.', 'The message is sent or an error explains the proxy problem.'),
 (13, '{4}', 'ui', 'Reply all drops Cc recipients whose name contains umlauts', E'1. Open a message with a Cc recipient like "Jürgen Weiß <...>"\n2. Reply all', 'That recipient is missing from the Cc list.', 'All recipients are kept.'),
 (14, '{4}', 'hang', 'Pasting an image from the clipboard freezes the composer', E'1. Copy a screenshot (about 8 MB)\n2. Paste it into a new message', 'The composer stops responding for several minutes.', 'The image is inserted within a second.'),
 (15, '{4}', 'ui', 'Signature inserted twice after switching identity', E'1. Account with two identities, each with a signature\n2. Write a message and switch the From identity', 'Both signatures end up in the message.', 'The signature is replaced.'),
 (16, '{4}', 'ui', 'Spell checker ignores the dictionary chosen for {locale}', E'1. Install the {locale} dictionary\n2. Choose it in the composer', 'Words are still checked against English.', 'The chosen dictionary is used.'),
 (17, '{5}', 'ui', 'HTML message renders blank when remote content is blocked', E'1. Open a newsletter from a bank with remote content blocked', 'The message pane stays white. View > Message Body As > Plain Text shows the text.', 'Text is shown, images are replaced by placeholders.'),
 (18, '{5}', 'data', 'Attached PDF opens as an empty file', E'1. Open a message with a PDF attachment\n2. Double-click the attachment', 'The PDF viewer opens an empty file of 0 bytes.', 'The attachment opens.'),
 (19, '{5}', 'crash', 'Crash opening a message with a malformed Content-Type header', E'1. Receive the attached message\n2. Select it in the thread pane', 'Crash every time the message is selected.', 'The message is shown, perhaps as plain text.'),
 (20, '{5}', 'ui', 'Right-to-left text garbled in the message preview', E'1. Open a message in Persian or Arabic', 'Words appear in the wrong order in the preview line.', 'Text is shown right to left.'),
 (21, '{6}', 'net', 'CardDAV address book stops syncing after a password change', E'1. Change the password of the CardDAV account\n2. Enter the new password when asked', 'Sync fails silently from then on; the old password is still used.', 'The new password is used.'),
 (22, '{6}', 'data', 'Importing a vCard 4.0 file loses phone numbers', E'1. Import a .vcf exported from a phone (vCard 4.0)', 'Names and emails are imported, every phone number is dropped.', 'Phone numbers are imported.'),
 (23, '{6}', 'data', 'Duplicate contacts after every CardDAV sync', E'1. Connect a CardDAV address book on {server}\n2. Wait for two syncs', 'Every contact exists two, then three times.', 'No duplicates.'),
 (24, '{7}', 'ui', 'Subscribed ICS calendar shows events one hour off after the DST change', E'1. Subscribe to an ICS calendar\n2. Look at events after the switch to summer time', 'Events are one hour early.', 'Events keep their time zone.'),
 (25, '{7}', 'net', 'CalDAV sync fails with 403 against Nextcloud 28', E'1. Add a Nextcloud CalDAV calendar\n2. Create an event', 'The event shows a red warning; the server answers 403 Forbidden.', 'The event is saved on the server.'),
 (26, '{7}', 'ui', 'Invitation from Exchange shows as plain text instead of an event', E'1. Receive a meeting invitation from an Exchange 2019 user', 'No Accept/Decline bar, just the text of the invitation.', 'The invitation bar appears.'),
 (27, '{7}', 'data', 'Exceptions of a recurring event lost after editing the series', E'1. Weekly event with two moved occurrences\n2. Change the title of the whole series', 'The moved occurrences jump back to the original time.', 'Exceptions are kept.'),
 (28, '{8}', 'data', 'OpenPGP: importing an Ed25519 key fails with "invalid key"', E'1. Import a public key with an Ed25519 primary key from a file', 'Import fails with "The key is invalid".', 'The key is imported.'),
 (29, '{8}', 'data', 'Cannot decrypt old messages after moving the profile to a new computer', E'1. Copy the profile folder to a new computer\n2. Open an encrypted message', '"Decryption failed - no secret key". Key Manager lists my secret key.', 'Old messages decrypt.'),
 (30, '{8}', 'sec', 'OpenPGP signature shown as valid for a message with a forged From header', E'1. Sign a message with key A\n2. Change the From header to the address of key B\n3. Open it', 'Kestrel shows a green "valid signature" badge.', 'A warning that the signer does not match the sender.'),
 (31, '{9}', 'net', 'Account setup picks the wrong server for {domain}', E'1. Start the account setup with an address at {domain}', 'Autoconfiguration offers POP3 on a server that does not exist.', 'The IMAP server of the provider is found.'),
 (32, '{9}', 'ui', 'Account settings do not save the Reply-to address', E'1. Account Settings > Reply-to Address\n2. Close and reopen the settings', 'The field is empty again.', 'The address is saved.'),
 (33, '{10}', 'data', 'Filter "Move to folder" runs twice on new POP3 mail', E'1. Filter that moves mail from a mailing list to a folder\n2. Get Messages', 'Every message appears twice in the folder.', 'Messages are moved once.'),
 (34, '{10}', 'ui', 'Junk controls mark all mail from a mailing list as junk', E'1. Subscribe to a mailing list\n2. Mark one message as not junk', 'Every new message from the list still goes to Junk.', 'Training takes effect.'),
 (35, '{11}', 'perf', 'Global search index grows to 40 GB and never shrinks', E'1. Keep global search enabled for a year', 'global-messages-db.sqlite is 40 GB and Kestrel is slow to start.', 'The index stays proportional to the mail store.'),
 (36, '{11}', 'ui', 'Quick filter does not find senders whose name has accents', E'1. Type "Muller" in the quick filter', 'Messages from "Müller" are not found.', 'Accent-insensitive matching, as in the address book.'),
 (37, '{12}', 'ui', 'Dark theme: unread messages are hard to read in the thread pane', E'1. Switch to the dark theme', 'Unread messages are dark blue on black.', 'Readable contrast.'),
 (38, '{12}', 'privacy', 'New mail notification shows the message text on the lock screen', E'1. Lock the screen\n2. Receive a message', 'Sender and the first lines of the message are visible on the lock screen.', 'No message text while the screen is locked.'),
 (39, '{13}', 'ui', 'Screen reader does not announce new mail notifications', E'1. Start NVDA\n2. Receive a message', 'Nothing is announced.', 'NVDA reads the notification.'),
 (40, '{14}', 'ui', 'Settings tab too tall on 1366x768 screens', E'1. Open Settings on a 1366x768 laptop', 'The buttons at the bottom are off screen.', 'The page scrolls.'),
 (41, '{15}', 'infra', 'Updater on Windows fails with error 0x80070005 (access denied)', E'1. Help > About > Check for updates', 'The update downloads and then fails with 0x80070005.', 'The update is installed.'),
 (42, '{15}', 'ui', 'Flatpak build cannot open links in the default browser', E'1. Install the Flatpak\n2. Click a link in a message', 'Nothing happens.', 'The link opens in the default browser.'),
 (43, '{15}', 'crash', 'Kestrel does not start after updating to {ver} on macOS', E'1. Update to {ver}\n2. Start Kestrel', 'The icon bounces once and Kestrel quits.', 'Kestrel starts.'),
 (44, '{16}', 'net', 'Crash reports fail to upload behind a corporate proxy', E'1. Crash Kestrel behind an authenticating proxy\n2. Submit the report', '"Your crash report failed to submit."', 'The report is submitted through the system proxy.'),
 (45, '{17}', 'ui', 'messages.query ignores the fromDate parameter', E'1. Call messenger.messages.query({fromDate}) from an add-on', 'All messages are returned.', 'Only messages after fromDate.'),
 (46, '{17}', 'crash', 'Add-on {addon} makes Kestrel crash on startup', E'1. Install {addon}\n2. Restart Kestrel', 'Crash on every start until the add-on is removed in troubleshoot mode.', 'Kestrel starts.'),
 (47, '{18}', 'perf', 'Startup takes over a minute with a large profile', E'1. Profile with 30 accounts and 12 GB of mail\n2. Start Kestrel', 'The main window appears after 70 seconds.', 'Under ten seconds.'),
 (48, '{18}', 'perf', 'Kestrel {ver} uses 100% of one CPU core when idle', E'1. Start Kestrel and leave it alone', 'One core stays at 100% until Kestrel is restarted.', 'Idle CPU use near zero.'),
 (49, '{19}', 'infra', 'Sync server returns 500 after the database migration to 2.1', E'1. Upgrade from 2.0 to 2.1\n2. Run the migration\n3. Sync a client', 'Every request returns 500: relation "sync_collections" does not exist.', 'Sync works.'),
 (50, '{21}', 'infra', 'Docker image ignores SYNC_DATABASE_URL', E'1. docker run with SYNC_DATABASE_URL set', 'The server starts with the bundled SQLite database.', 'The configured PostgreSQL database is used.'),
 (51, '{20}', 'infra', 'Protocol docs: conflict resolution for filters is not described', E'1. Read the protocol documentation', 'Nothing says which side wins when both change a filter.', 'The rule is documented.'),
 (52, '{23}', 'web', 'Download page offers the x64 installer on Windows on ARM', E'1. Open the download page on a Snapdragon laptop', 'The x64 installer is offered.', 'The ARM64 installer.'),
 (53, '{24}', 'web', 'Donation receipt shows the wrong year', E'1. Donate in January\n2. Open the receipt email', 'The receipt says the previous year.', 'The year of the donation.'),
 (54, '{22}', 'web', 'Typo on the privacy policy page', E'1. Open the privacy policy', '"recieve" in the second paragraph.', '"receive".'),
 (55, '{25}', 'gdpr', 'Support forum: my post with my phone number is still visible, please remove it', E'1. Open my forum post from last year', 'My mobile number {phone} is still in the post, and it shows up in search engines.', 'The post is removed or the number redacted.'),
 (56, '{26,27,28,29,30,31}', 'l10n', '{locale}: "Inbox" translated two different ways in the folder pane', E'1. Switch Kestrel to {locale}\n2. Look at the folder pane and the Go menu', 'Two different translations for Inbox.', 'One translation.'),
 (57, '{26,27,28,29,30,31}', 'l10n', '{locale}: button label truncated in the account setup', E'1. Switch Kestrel to {locale}\n2. Open the account setup', 'The "Configure manually" button label is cut off.', 'The whole label is visible.'),
 (58, '{32}', 'gdpr', 'Please delete my Bugzilla account and my comments', E'1. I no longer use Kestrel', 'My name and address {email} are in search results for my old bug reports.', 'Account removed.'),
 (59, '{32}', 'gdpr', 'Please merge my accounts {email} and {email2}', E'1. I had an old account from university', 'I cannot log in with the old one and my old bugs are under it.', 'One account.'),
 (60, '{35}', 'gdpr', 'Mailing list archive shows my phone number, please redact', E'1. Search my name', 'The archive of kestrel-users shows my signature with my phone number {phone}.', 'The number removed from the archive.'),
 (61, '{34}', 'infra', 'Crash stats: symbols missing for {ver} Linux builds', E'1. Open any Linux crash report for {ver}', 'Frames are unsymbolicated.', 'Symbols are uploaded with the build.'),
 (62, '{33}', 'infra', 'CI: macOS notarization fails intermittently', E'1. Look at the nightly builds of the last week', 'About one in five macOS builds fails at notarization with a timeout.', 'Notarization retries.'),
 (63, '{32}', 'infra', 'Bugzilla sends me bugmail for bugs I am not CC''d on', E'1. Watch my inbox', 'Bugmail about bugs in components I never touched.', 'Only my bugs.'),
 (64, '{36}', 'net', 'Chat: XMPP account cannot connect to {server}', E'1. Add an XMPP account\n2. Connect', 'Connection times out.', 'Connected.'),
 (65, '{37}', 'net', 'Feeds: RSS feed behind a redirect never updates', E'1. Subscribe to a feed that redirects to https', 'No new items since the redirect was added.', 'Feed updates.'),
 (68, '{32}', 'infra', 'Bugzilla: quicksearch times out for queries over all products', E'1. Type "imap crash" in the quick search box', 'After 60 seconds: "The server is taking too long".', 'Results within a few seconds.'),
 (69, '{32}', 'infra', 'Bugzilla: attachments larger than 10 MB are rejected', E'1. Attach a 14 MB crash dump', '"The file you are trying to attach is 14336 kilobytes in size."', 'Allow at least 25 MB for dumps.'),
 (70, '{25}', 'web', 'Forum: spam wave in the Calendar section', E'1. Open the Calendar section of the support forum', 'Dozens of new spam threads per hour.', 'Spam filtered or moderated.'),
 (71, '{35}', 'infra', 'Mailing list digest mode sends every message individually', E'1. Subscribe to kestrel-users in digest mode', 'Each post arrives as a single mail.', 'One digest per day.'),
 (72, '{32}', 'infra', 'Bugzilla: bugmail shows the wrong time zone in the header', E'1. Set the time zone preference\n2. Receive bugmail', 'The dates in the mail are in UTC.', 'My time zone.'),
 (66, '{}', 'meta', 'Meta: Kestrel {relv} release tracking', '', '', ''),
 (67, '{}', 'spam', 'Best essay writing service - 24/7 help for students', '', '', '');

-- Mail providers of the affected accounts.
CREATE TABLE bzgen.pv (k int PRIMARY KEY, name text, imap text, smtp text, dav text, sw text);
INSERT INTO bzgen.pv VALUES
 (0, 'Gmail', 'imap.gmail.com', 'smtp.gmail.com', 'apidata.googleusercontent.com', 'Gmail IMAP'),
 (1, 'Outlook.com / Microsoft 365', 'outlook.office365.com', 'smtp.office365.com', 'outlook.office365.com', 'Exchange Online'),
 (2, 'iCloud', 'imap.mail.me.com', 'smtp.mail.me.com', 'caldav.icloud.com', 'iCloud Mail'),
 (3, 'GMX/Web.de', 'imap.gmx.net', 'mail.gmx.net', 'caldav.gmx.net', 'GMX IMAP'),
 (4, 'Fastmail', 'imap.fastmail.com', 'smtp.fastmail.com', 'caldav.fastmail.com', 'Cyrus IMAP (Fastmail)'),
 (5, 'Posteo', 'posteo.de', 'posteo.de', 'posteo.de:8443', 'Dovecot (Posteo)'),
 (6, 'Yandex', 'imap.yandex.ru', 'smtp.yandex.ru', 'caldav.yandex.ru', 'Yandex IMAP'),
 (7, 'Yahoo', 'imap.mail.yahoo.com', 'smtp.mail.yahoo.com', 'caldav.calendar.yahoo.com', 'Yahoo IMAP'),
 (8, 'Zoho', 'imap.zoho.eu', 'smtp.zoho.eu', 'calendar.zoho.eu', 'Zoho Mail'),
 (9, 'Self-hosted (Dovecot)', 'mail.{domain}', 'mail.{domain}', 'cloud.{domain}', 'Dovecot 2.3.21 / Postfix 3.8'),
 (10, 'Exchange on-premises', 'mail.{edomain}', 'mail.{edomain}', 'mail.{edomain}', 'Microsoft Exchange 2019 CU14'),
 (11, 'Naver', 'imap.naver.com', 'smtp.naver.com', 'caldav.calendar.naver.com', 'Naver Mail');

-- The bugs of this sample: 420 of about 18,000, spread over 2018-2025.
CREATE TABLE bzgen.b (k int PRIMARY KEY, bug_id int, created timestamp, prod int, comp int, t int, kind text, reporter int, assignee int, qa int,
  status text, resolution text, resolved timestamp, delta timestamp, severity text, priority text, os text, osname text, platform text,
  v int, esr int, verstr text, version text, fixed_v int, milestone text, pv int, server text, dist text, locale text, addon text, relv int,
  summary text, whiteboard text, url text, dupe_of int, ncom int, extra int);
INSERT INTO bzgen.b (k, bug_id, created)
SELECT k, 9000 + 23 * k + fixture_gen.n('bid', k, 23),
       bzgen.at('bct', k, timestamp '2018-08-16 00:00:00' + make_interval(days => (k - 1) * 2475 / 420), timestamp '2018-08-16 00:00:00' + make_interval(days => (k - 1) * 2475 / 420 + 6))
FROM generate_series(1, 420) k;
UPDATE bzgen.b SET prod = CASE WHEN k IN (50, 120, 190, 260, 330, 400, 131, 205) THEN 1
    WHEN fixture_gen.n('bprod', k, 100) < 74 THEN 1 WHEN fixture_gen.n('bprod', k, 100) < 79 THEN 2 WHEN fixture_gen.n('bprod', k, 100) < 84 THEN 3
    WHEN fixture_gen.n('bprod', k, 100) < 89 THEN 4 WHEN fixture_gen.n('bprod', k, 100) < 97 OR k >= 200 THEN 5 ELSE 6 END;
UPDATE bzgen.b SET comp = CASE WHEN k IN (50, 120, 190, 260, 330, 400, 131, 205) THEN 18 ELSE CASE prod
    WHEN 1 THEN (ARRAY[1,1,1,1,1,2,3,3,3,4,4,4,5,5,5,6,6,7,7,7,7,8,8,9,9,9,10,11,11,12,12,12,13,14,15,15,15,16,16,17,17,18,18])[1 + fixture_gen.n('bcomp', k, 43)]
    WHEN 2 THEN (ARRAY[19,19,20,21,21])[1 + fixture_gen.n('bcomp', k, 5)]
    WHEN 3 THEN (ARRAY[22,23,23,24,25])[1 + fixture_gen.n('bcomp', k, 5)]
    WHEN 4 THEN (ARRAY[26,27,27,28,29,30,31,31])[1 + fixture_gen.n('bcomp', k, 8)]
    WHEN 5 THEN (ARRAY[32,32,32,33,34,35])[1 + fixture_gen.n('bcomp', k, 6)]
    ELSE (ARRAY[36,37])[1 + fixture_gen.n('bcomp', k, 2)] END END;
UPDATE bzgen.b b SET t = CASE WHEN k IN (50, 120, 190, 260, 330, 400) THEN 66 WHEN k IN (131, 205) THEN 67
    ELSE (SELECT s.t FROM bzgen.st s WHERE b.comp = ANY (s.comps) ORDER BY fixture_gen.n('bt', b.k * 100 + s.t, 100003), s.t LIMIT 1) END;
UPDATE bzgen.b b SET kind = s.kind FROM bzgen.st s WHERE s.t = b.t;
UPDATE bzgen.b b SET reporter = CASE
    WHEN b.kind = 'meta' THEN 20 WHEN b.k = 131 THEN 97 WHEN b.k = 205 THEN 133
    WHEN (b.kind = 'infra' AND fixture_gen.n('brd', b.k, 3) > 0) OR fixture_gen.n('brd', b.k, 10) < 2 OR b.kind = 'sec' AND b.k % 2 = 0 THEN
      (SELECT i FROM bzgen.p WHERE role = 'dev' AND created < b.created ORDER BY fixture_gen.n('brp', b.k * 1000 + i, 1000003) LIMIT 1)
    ELSE (SELECT i FROM bzgen.p WHERE role = 'rep' AND created < b.created AND i NOT IN (97, 133, 171, 219, 341) ORDER BY fixture_gen.n('brp', b.k * 1000 + i, 1000003) LIMIT 1) END;
UPDATE bzgen.b SET reporter = 219 WHERE k = 233;
UPDATE bzgen.p p SET created = b.created - interval '3 hours', seen = date_trunc('day', b.created) FROM bzgen.b b WHERE b.reporter = p.i AND p.i IN (97, 133);
UPDATE profiles p SET last_seen_date = x.seen FROM bzgen.p x WHERE x.i = p.userid AND x.i IN (97, 133);

-- Status, resolution and dates.
UPDATE bzgen.b SET resolution = CASE
    WHEN kind = 'spam' THEN 'INVALID'
    WHEN kind = 'meta' THEN CASE WHEN k < 400 THEN 'FIXED' ELSE '' END
    WHEN fixture_gen.n('bres', k, 100) >= least(92, 30 + extract(epoch FROM timestamp '2025-06-02' - created) / 86400 / 35) THEN ''
    WHEN kind IN ('web', 'infra', 'l10n', 'gdpr') AND fixture_gen.n('brs', k, 10) < 8 THEN 'FIXED'
    WHEN fixture_gen.n('brs', k, 100) < 45 THEN 'FIXED' WHEN fixture_gen.n('brs', k, 100) < 63 THEN 'DUPLICATE' WHEN fixture_gen.n('brs', k, 100) < 73 THEN 'WORKSFORME'
    WHEN fixture_gen.n('brs', k, 100) < 82 THEN 'INVALID' WHEN fixture_gen.n('brs', k, 100) < 89 THEN 'WONTFIX' ELSE 'INCOMPLETE' END;
UPDATE bzgen.b SET status = CASE
    WHEN resolution = 'FIXED' AND fixture_gen.n('bver', k, 100) < 15 THEN 'VERIFIED' WHEN resolution <> '' THEN 'RESOLVED'
    WHEN fixture_gen.n('bop', k, 100) < 45 AND prod = 1 AND kind <> 'meta' THEN 'UNCONFIRMED' WHEN fixture_gen.n('bop', k, 100) < 85 THEN 'CONFIRMED' ELSE 'IN_PROGRESS' END;
UPDATE bzgen.b SET resolved = CASE WHEN resolution <> '' THEN least(timestamp '2025-06-01 17:00:00',
    created + make_interval(days => CASE WHEN kind = 'spam' THEN 0 ELSE 1 + fixture_gen.n('brd2', k, greatest(2, least(420, extract(epoch FROM timestamp '2025-06-01' - created)::int / 86400))) END,
                            secs => 3600 + fixture_gen.n('brs2', k, 30000))) END;
UPDATE bzgen.b SET delta = CASE WHEN resolved IS NOT NULL THEN least(timestamp '2025-06-02 08:40:00', resolved + make_interval(days => CASE WHEN fixture_gen.n('bdl', k, 3) = 0 THEN fixture_gen.n('bdl2', k, 60) ELSE 0 END, secs => fixture_gen.n('bdl3', k, 4000)))
    ELSE least(timestamp '2025-06-02 08:40:00', created + make_interval(secs => fixture_gen.n('bdl4', k, greatest(3600, least(2000000000, extract(epoch FROM timestamp '2025-06-02' - created)::bigint))::int))) END;

-- Severity, priority, platform.
UPDATE bzgen.b SET severity = CASE
    WHEN kind = 'crash' THEN 'critical' WHEN kind IN ('data', 'sec') AND k % 2 = 0 THEN 'major' WHEN kind IN ('web', 'l10n') THEN (ARRAY['minor', 'normal', 'trivial'])[1 + k % 3]
    WHEN fixture_gen.n('bsev', k, 100) < 2 THEN 'blocker' WHEN fixture_gen.n('bsev', k, 100) < 9 THEN 'critical' WHEN fixture_gen.n('bsev', k, 100) < 24 THEN 'major'
    WHEN fixture_gen.n('bsev', k, 100) < 78 THEN 'normal' WHEN fixture_gen.n('bsev', k, 100) < 88 THEN 'minor' WHEN fixture_gen.n('bsev', k, 100) < 91 THEN 'trivial' ELSE 'enhancement' END,
  priority = CASE WHEN fixture_gen.n('bpri', k, 100) < 62 THEN '---' WHEN fixture_gen.n('bpri', k, 100) < 67 THEN 'Highest' WHEN fixture_gen.n('bpri', k, 100) < 77 THEN 'High'
    WHEN fixture_gen.n('bpri', k, 100) < 89 THEN 'Normal' WHEN fixture_gen.n('bpri', k, 100) < 96 THEN 'Low' ELSE 'Lowest' END,
  os = (ARRAY['Windows 11','Windows 11','Windows 11','Windows 11','Windows 11','Windows 11','Windows 11','Windows 10','Windows 10','Windows 10','macOS','macOS','macOS','macOS','Linux','Linux','Linux','Linux','Linux','FreeBSD'])[1 + fixture_gen.n('bos', k, 20)];
UPDATE bzgen.b SET os = 'Windows 10' WHERE os = 'Windows 11' AND created < '2021-10-05';
UPDATE bzgen.b SET osname = CASE os
    WHEN 'Windows 11' THEN CASE WHEN created < '2023-01-01' THEN (ARRAY['Windows 11 21H2', 'Windows 11 Pro 22H2'])[1 + k % 2] ELSE (ARRAY['Windows 11 23H2', 'Windows 11 24H2', 'Windows 11 Pro 23H2'])[1 + k % 3] END
    WHEN 'Windows 10' THEN CASE WHEN created < '2020-06-01' THEN (ARRAY['Windows 10 1809', 'Windows 10 Pro 1903', 'Windows 10 Enterprise LTSC 2019'])[1 + k % 3] ELSE (ARRAY['Windows 10 22H2', 'Windows 10 Pro 21H2', 'Windows 10 Enterprise LTSC 2019'])[1 + k % 3] END
    WHEN 'macOS' THEN CASE WHEN created < '2020-11-01' THEN (ARRAY['macOS 10.14 Mojave', 'macOS 10.15 Catalina'])[1 + k % 2] WHEN created < '2022-10-25' THEN (ARRAY['macOS 11.6 Big Sur', 'macOS 12.3 Monterey'])[1 + k % 2]
                      WHEN created < '2024-09-16' THEN (ARRAY['macOS 13.6 Ventura', 'macOS 14.5 Sonoma'])[1 + k % 2] ELSE (ARRAY['macOS 14.7 Sonoma', 'macOS 15.1 Sequoia'])[1 + k % 2] END
    WHEN 'Linux' THEN CASE WHEN k % 4 = 0 THEN (ARRAY['Arch Linux', 'openSUSE Tumbleweed'])[1 + k % 2]
                      WHEN created < '2021-01-01' THEN (ARRAY['Ubuntu 18.04', 'Ubuntu 20.04', 'Fedora 32', 'Debian 10', 'Linux Mint 19.3'])[1 + k % 5]
                      WHEN created < '2023-06-01' THEN (ARRAY['Ubuntu 22.04', 'Fedora 36', 'Debian 11', 'Linux Mint 21.1', 'Pop!_OS 22.04'])[1 + k % 5]
                      ELSE (ARRAY['Ubuntu 24.04', 'Fedora 40', 'Debian 12', 'Linux Mint 21.3', 'Ubuntu 22.04'])[1 + k % 5] END
    ELSE CASE WHEN created < '2021-01-01' THEN 'FreeBSD 12.1' WHEN created < '2024-01-01' THEN 'FreeBSD 13.2' ELSE 'FreeBSD 14.0' END END,
  platform = CASE WHEN os = 'macOS' AND k % 5 < 3 THEN 'ARM64' WHEN os = 'Windows 11' AND k % 10 = 0 THEN 'ARM64' WHEN k % 17 = 3 THEN 'x86' ELSE 'x86_64' END;
UPDATE bzgen.b SET os = 'All', platform = 'All' WHERE prod <> 1 OR fixture_gen.n('boa', k, 100) < 12;

-- Versions: the release current when the bug was filed, or an ESR.
UPDATE bzgen.b SET v = bzgen.ver_at(created);
UPDATE bzgen.b SET esr = (SELECT max(e) FROM unnest(ARRAY[68, 78, 91, 102, 115, 128]) e WHERE e <= v) WHERE prod = 1 AND fixture_gen.n('besr', k, 6) = 0;
UPDATE bzgen.b SET verstr = CASE WHEN esr IS NOT NULL THEN esr || '.' || least(v - esr, 14) || '.' || fixture_gen.n('bvs3', k, 3) || 'esr'
    ELSE v || '.' || fixture_gen.n('bvs1', k, 4) || '.' || fixture_gen.n('bvs2', k, 3) END;
UPDATE bzgen.b SET version = CASE prod
    WHEN 1 THEN CASE WHEN fixture_gen.n('bvf', k, 20) < 3 THEN 'unspecified' WHEN fixture_gen.n('bvf', k, 20) < 5 THEN 'Trunk' WHEN esr IS NOT NULL THEN 'ESR ' || esr ELSE v::text END
    WHEN 2 THEN CASE WHEN created < '2021-01-01' THEN '1.x' WHEN created < '2023-01-01' THEN '2.0' WHEN created < '2024-06-01' THEN '2.1' WHEN k % 4 = 0 THEN 'main' ELSE '2.2' END
    WHEN 6 THEN 'unspecified' ELSE CASE WHEN k % 3 = 0 THEN 'unspecified' ELSE 'Production' END END;
UPDATE bzgen.b SET fixed_v = least(141, bzgen.ver_at(resolved) + 1) WHERE resolution = 'FIXED' AND prod = 1;
UPDATE bzgen.b SET milestone = CASE WHEN fixed_v IS NOT NULL THEN fixed_v || ' Branch'
    WHEN prod = 1 AND resolution IN ('', 'WONTFIX') AND k % 9 = 0 THEN 'Future' WHEN prod = 2 AND resolution = 'FIXED' THEN '2.2' ELSE '---' END;

-- Context for the text: provider and server of the account, distribution, locale, add-on.
UPDATE bzgen.b b SET pv = CASE
    WHEN p.emp IS NOT NULL AND b.k % 2 = 0 THEN 10
    WHEN split_part(p.email, '@', 2) = 'gmail.com' THEN 0 WHEN split_part(p.email, '@', 2) IN ('outlook.com', 'hotmail.com', 'hotmail.es', 'hotmail.co.uk') THEN 1
    WHEN split_part(p.email, '@', 2) = 'icloud.com' THEN 2 WHEN split_part(p.email, '@', 2) IN ('gmx.de', 'web.de') THEN 3 WHEN split_part(p.email, '@', 2) = 'posteo.de' THEN 5
    WHEN split_part(p.email, '@', 2) IN ('yandex.ru', 'yandex.com.tr') THEN 6 WHEN split_part(p.email, '@', 2) LIKE 'yahoo.%' THEN 7 WHEN split_part(p.email, '@', 2) = 'naver.com' THEN 11
    WHEN b.k % 7 = 0 THEN 9 ELSE (ARRAY[0, 0, 1, 1, 4, 8, 2])[1 + fixture_gen.n('bpv', b.k, 7)] END
FROM bzgen.p p WHERE p.i = b.reporter;
UPDATE bzgen.b b SET server = replace(replace(CASE WHEN b.comp = 3 THEN v.smtp WHEN b.comp IN (6, 7) THEN v.dav ELSE v.imap END, '{domain}', split_part(p.email, '@', 2)), '{edomain}', coalesce(e.dom, 'example-corp.example'))
FROM bzgen.pv v, bzgen.p p LEFT JOIN bzgen.emp e ON e.k = p.emp WHERE v.k = b.pv AND p.i = b.reporter;
UPDATE bzgen.b SET dist = CASE os
    WHEN 'Windows 11' THEN (ARRAY['Windows installer', 'Windows installer', 'Microsoft Store', 'portable zip'])[1 + k % 4]
    WHEN 'Windows 10' THEN (ARRAY['Windows installer', 'Windows installer', 'Microsoft Store', 'portable zip'])[1 + k % 4]
    WHEN 'macOS' THEN (ARRAY['macOS DMG', 'macOS DMG', 'Homebrew cask'])[1 + k % 3]
    WHEN 'Linux' THEN (ARRAY['Flatpak', 'Flatpak', 'Snap', 'distribution package', 'distribution package', 'tarball', 'built from source'])[1 + k % 7]
    WHEN 'FreeBSD' THEN 'FreeBSD ports' ELSE NULL END;
UPDATE bzgen.b b SET locale = CASE b.comp WHEN 27 THEN 'de' WHEN 28 THEN 'fr' WHEN 29 THEN 'ja' WHEN 30 THEN 'pt-BR'
    WHEN 31 THEN (ARRAY['pl', 'tr', 'uk', 'es-ES', 'ko', 'zh-CN', 'fi', 'cs'])[1 + b.k % 8] WHEN 26 THEN (ARRAY['de', 'fr', 'it', 'nl'])[1 + b.k % 4]
    ELSE (SELECT CASE p.c WHEN 'de' THEN 'de' WHEN 'fr' THEN 'fr' WHEN 'es' THEN 'es-ES' WHEN 'br' THEN 'pt-BR' WHEN 'it' THEN 'it' WHEN 'nl' THEN 'nl' WHEN 'pl' THEN 'pl'
           WHEN 'cz' THEN 'cs' WHEN 'ru' THEN 'ru' WHEN 'ua' THEN 'uk' WHEN 'tr' THEN 'tr' WHEN 'jp' THEN 'ja' WHEN 'kr' THEN 'ko' WHEN 'cn' THEN 'zh-CN' WHEN 'se' THEN 'sv-SE'
           WHEN 'fi' THEN 'fi' WHEN 'mx' THEN 'es-MX' ELSE 'en-GB' END FROM bzgen.p p WHERE p.i = b.reporter) END,
  addon = (ARRAY['Folder Pilot', 'Send Later', 'ContactBook Sync', 'Export Tools NG', 'Dusk Theme Tweaks', 'Signature Switch', 'Filter Plus', 'LanguageTool'])[1 + fixture_gen.n('badd', b.k, 8)],
  relv = CASE WHEN b.kind = 'meta' THEN b.v + 2 END;

-- fill: the placeholders of a text for a bug and its reporter.
CREATE FUNCTION bzgen.fill(txt text, b bzgen.b, p bzgen.p) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(txt,
    '{server}', coalesce(b.server, 'imap.example.net')), '{ver}', coalesce(b.verstr, '')), '{prevver}', (b.v - 1) || '.0'), '{os}', coalesce(b.osname, '')),
    '{email}', coalesce(p.email, '')), '{email2}', bzgen.fold(coalesce(p.first, 'x')) || '.' || bzgen.fold(coalesce(p.last, 'y')) || '@alumni.uni-leipzig.example'),
    '{domain}', split_part(coalesce(p.email, '@example.org'), '@', 2)), '{locale}', coalesce(b.locale, 'en-GB')), '{relv}', coalesce(b.relv::text, '')),
    '{addon}', coalesce(b.addon, '')), '{phone}', coalesce(p.phone, ''))
$$;

-- pw: a password as people choose them, assembled at load time.
CREATE FUNCTION bzgen.pw(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Sommer', 'Katze', 'Bluebird', 'Hausboot', 'Tulpen', 'Monsoon', 'Sakura', 'Lisboa', 'Kestrel', 'Winter', 'Falcon', 'Marzipan'], tag, i)
      || fixture_gen.digits(tag || 'd', i, 2 + fixture_gen.n(tag || 'l', i, 3)) || fixture_gen.pick(ARRAY['!', '', '#', '?', '', '.'], tag || 's', i)
$$;

UPDATE bzgen.b b SET summary = left(bzgen.fill(s.summary, b, p), 255) FROM bzgen.st s, bzgen.p p WHERE s.t = b.t AND p.i = b.reporter;
UPDATE bzgen.b SET summary = 'Cheap flights to Europe and Asia - book now, 70% off' WHERE kind = 'spam' AND reporter = 133;
UPDATE bzgen.b b SET whiteboard = CASE WHEN fixture_gen.n('bwb', b.k, 20) < 11 THEN '' ELSE CASE fixture_gen.n('bwb2', b.k, 12)
    WHEN 0 THEN '[needs-str]' WHEN 1 THEN '[regression-window-wanted]' WHEN 2 THEN '[snap]' WHEN 3 THEN '[flatpak]'
    WHEN 4 THEN '[lang=c++][mentor=:' || (SELECT nick FROM bzgen.p WHERE i = 16 + fixture_gen.n('bwbm', b.k, 30)) || ']'
    WHEN 5 THEN '[good first bug][lang=js][mentor=' || (SELECT nick FROM bzgen.p WHERE i = 16 + fixture_gen.n('bwbm', b.k, 30)) || ']'
    WHEN 6 THEN '[ms365]' WHEN 7 THEN '[gmail][oauth]' WHEN 8 THEN '[caldav]' WHEN 9 THEN '[needs-profile-from-reporter]'
    WHEN 10 THEN '[see comment 3 for workaround]' ELSE '[triage-followup]' END END;
UPDATE bzgen.b SET whiteboard = CASE WHEN k % 4 = 0 THEN '[triage-followup]' ELSE '' END WHERE prod <> 1 OR kind = 'meta';
UPDATE bzgen.b SET whiteboard = '[gdpr]' WHERE kind = 'gdpr';
UPDATE bzgen.b SET whiteboard = '[sec-triage-done][reporter-credit]' WHERE kind = 'sec';
UPDATE bzgen.b b SET url = CASE
    WHEN b.kind IN ('gdpr', 'spam', 'meta', 'sec') THEN ''
    WHEN b.comp = 7 AND fixture_gen.n('burl', b.k, 10) < 4 THEN CASE WHEN b.k % 2 = 0
         THEN 'https://calendar.google.com/calendar/ical/' || replace(p.email, '@', '%40') || '/private-' || fixture_gen.hexn('gcal', b.k, 32) || '/basic.ics'
         ELSE 'webcal://p' || (20 + b.k % 60) || '-caldav.icloud.com/published/2/' || translate(fixture_gen.b64('icp', b.k, 60), '+/=', '-_') END
    WHEN b.comp = 6 AND fixture_gen.n('burl', b.k, 10) < 3 THEN 'https://' || bzgen.fold(p.first) || ':' || bzgen.pw('cdpw', b.k) || '@' || CASE WHEN b.pv IN (9, 10) THEN b.server ELSE 'nx' || fixture_gen.digits('nxh', b.k, 5) || '.your-storageshare.de' END
                                                                   || '/remote.php/dav/addressbooks/users/' || bzgen.fold(p.first) || '/contacts/'
    WHEN b.comp = 1 AND fixture_gen.n('burl', b.k, 10) = 0 THEN 'imaps://' || replace(p.email, '@', '%40') || ':' || bzgen.pw('impw', b.k) || '@' || b.server || ':993/INBOX'
    WHEN fixture_gen.n('burl', b.k, 10) < 5 THEN ''
    WHEN b.prod <> 1 THEN CASE WHEN b.k % 3 = 0 THEN 'https://support.kestrel-mail.example/questions/' || (1200 + fixture_gen.n('burl3', b.k, 48000)) ELSE '' END
    ELSE CASE fixture_gen.n('burl2', b.k, 7)
      WHEN 0 THEN 'https://support.kestrel-mail.example/questions/' || (1200 + fixture_gen.n('burl3', b.k, 48000))
      WHEN 1 THEN 'https://lists.kestrel-mail.example/archives/kestrel-users/' || to_char(b.created, 'YYYY-FMMonth') || '/0' || fixture_gen.digits('burl3', b.k, 5) || '.html'
      WHEN 2 THEN 'https://www.reddit.com/r/kestrelmail/comments/' || fixture_gen.chars('burl3', b.k, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/'
      WHEN 3 THEN 'https://mastodon.social/@' || coalesce(p.nick, 'user') || '/' || '11' || fixture_gen.digits('burl3', b.k, 16)
      WHEN 4 THEN 'https://github.com/' || coalesce(p.nick, 'user') || '/kestrel-userchrome/issues/' || (1 + fixture_gen.n('burl3', b.k, 90))
      WHEN 5 THEN 'https://docs.kestrel-mail.example/en/latest/' || (ARRAY['accounts/imap.html', 'calendar/caldav.html', 'troubleshooting/profiles.html', 'composition/signatures.html'])[1 + b.k % 4]
      ELSE 'https://stackoverflow.com/questions/' || fixture_gen.digits('burl3', b.k, 8) END END
FROM bzgen.p p WHERE p.i = b.reporter;
UPDATE bzgen.b b SET dupe_of = coalesce(
    (SELECT o.bug_id FROM bzgen.b o WHERE o.comp = b.comp AND o.k < b.k AND o.resolution <> 'DUPLICATE' ORDER BY fixture_gen.n('bdup', b.k * 1000 + o.k, 100003) LIMIT 1),
    (SELECT o.bug_id FROM bzgen.b o WHERE o.k < b.k AND o.prod = b.prod AND o.resolution <> 'DUPLICATE' ORDER BY o.k DESC LIMIT 1),
    (SELECT o.bug_id FROM bzgen.b o WHERE o.k > b.k AND o.resolution <> 'DUPLICATE' ORDER BY o.k LIMIT 1))
WHERE b.resolution = 'DUPLICATE';
UPDATE bzgen.b SET ncom = CASE WHEN kind = 'spam' THEN 1 WHEN kind = 'meta' THEN 2 + fixture_gen.n('bnc', k, 4) WHEN kind = 'gdpr' THEN CASE WHEN resolution <> '' THEN 2 ELSE 1 END
    WHEN status = 'UNCONFIRMED' THEN fixture_gen.n('bnc', k, 3) WHEN status = 'CONFIRMED' THEN 1 + fixture_gen.n('bnc', k, 5)
    WHEN status = 'IN_PROGRESS' THEN 2 + fixture_gen.n('bnc', k, 6) ELSE 1 + fixture_gen.n('bnc', k, 6) END,
  extra = fixture_gen.n('bx', k, 20);
UPDATE bzgen.b b SET assignee = CASE
    WHEN b.kind = 'meta' THEN 20 WHEN b.kind = 'gdpr' AND b.resolution = 'FIXED' THEN 19 WHEN b.kind = 'spam' THEN 2
    WHEN b.status = 'IN_PROGRESS' OR b.resolution = 'FIXED' OR (b.status = 'CONFIRMED' AND b.k % 2 = 0) THEN
      CASE WHEN c.initialowner <> 2 AND b.k % 3 <> 0 THEN c.initialowner
           ELSE (SELECT i FROM bzgen.p WHERE role = 'dev' AND i <> 58 AND created < b.created ORDER BY fixture_gen.n('bas', b.k * 1000 + i, 1000003) LIMIT 1) END
    ELSE 2 END, qa = c.initialqacontact
FROM components c WHERE c.id = b.comp;

INSERT INTO bugs (bug_id, assigned_to, bug_file_loc, bug_severity, bug_status, creation_ts, delta_ts, short_desc, op_sys, priority, product_id, rep_platform,
                  reporter, version, component_id, resolution, target_milestone, qa_contact, status_whiteboard, lastdiffed, everconfirmed, reporter_accessible,
                  cclist_accessible, estimated_time, remaining_time, deadline, votes)
SELECT b.bug_id, b.assignee, b.url, b.severity, b.status, b.created, b.delta, b.summary, b.os, b.priority, b.prod, b.platform,
       b.reporter, b.version, b.comp, b.resolution, b.milestone, b.qa, b.whiteboard, CASE WHEN b.k % 41 = 9 THEN NULL ELSE b.delta END,
       CASE WHEN b.status = 'UNCONFIRMED' OR (b.resolution IN ('INVALID', 'INCOMPLETE', 'DUPLICATE') AND b.k % 3 = 0) THEN 0 ELSE 1 END,
       CASE WHEN b.kind = 'sec' AND b.k % 2 = 1 THEN 0 ELSE 1 END, 1,
       CASE WHEN b.prod IN (3, 5) AND b.k % 3 = 0 THEN (ARRAY[0.5, 1, 2, 4, 8, 16])[1 + b.k % 6] ELSE 0 END,
       CASE WHEN b.prod IN (3, 5) AND b.k % 3 = 0 AND b.resolution = '' THEN (ARRAY[0.5, 1, 2, 4, 8, 16])[1 + b.k % 6] / 2 ELSE 0 END,
       CASE WHEN b.kind = 'meta' THEN date_trunc('day', bzgen.rel_date(b.relv)) WHEN b.prod = 3 AND b.k % 4 = 0 THEN date_trunc('day', b.created + interval '30 days') END,
       0
FROM bzgen.b b ORDER BY b.bug_id;

-- The custom fields of each bug.
CREATE TABLE bzgen.addon (name text PRIMARY KEY, id text);
INSERT INTO bzgen.addon VALUES ('Folder Pilot', 'folderpilot@kestrel-addons.example'), ('Send Later', 'sendlater@kestrel-addons.example'),
  ('ContactBook Sync', '{3f1c9a52-7d0e-4b8a-9e61-2c5d8f0b7a14}'), ('Export Tools NG', 'exporttools-ng@kestrel-addons.example'),
  ('Dusk Theme Tweaks', 'dusk-tweaks@kestrel-addons.example'), ('Signature Switch', 'signature-switch@kestrel-addons.example'),
  ('Filter Plus', 'filterplus@kestrel-addons.example'), ('LanguageTool', 'languagetool-kestrel@languagetool.example');

UPDATE bugs g SET
  cf_crash_signature = CASE WHEN b.kind <> 'crash' THEN '' ELSE CASE b.t
      WHEN 4 THEN '[@ kestrel::imap::Session::fetch_uids ]'
      WHEN 19 THEN E'[@ mime::ContentType::parse ]\n[@ mime_parse_content_type ]'
      WHEN 43 THEN E'[@ libkestrel.dylib@0x2c1f3a ]\n[@ -[KestrelAppDelegate applicationWillFinishLaunching:] ]'
      ELSE E'[@ js::gc::GCRuntime::collect ]\n[@ kestrel::addons::ExtensionHost::startup ]' END END,
  cf_qa_whiteboard = CASE WHEN b.status = 'VERIFIED' THEN '[qa+] verified in ' || coalesce(b.fixed_v::text, '') || ' nightly' WHEN b.prod = 1 AND b.k % 19 = 4 THEN '[qa-]' ELSE '' END,
  cf_has_str = CASE WHEN b.prod <> 1 THEN '---' WHEN fixture_gen.n('cstr', b.k, 20) < 10 THEN '---' WHEN fixture_gen.n('cstr', b.k, 20) < 17 THEN 'yes' ELSE 'no' END,
  cf_build_id = CASE WHEN b.prod = 1 AND fixture_gen.n('cbid', b.k, 10) < 6 THEN to_char(bzgen.rel_date(b.v) - interval '3 days' + make_interval(hours => fixture_gen.n('cbid2', b.k, 20)), 'YYYYMMDDHH24MISS') ELSE '' END,
  cf_distribution = CASE WHEN b.prod = 1 AND b.dist IS NOT NULL AND fixture_gen.n('cdist', b.k, 10) < 7 THEN b.dist ELSE '---' END,
  cf_account_provider = CASE WHEN b.comp IN (1, 2, 3, 6, 7, 9, 10) AND fixture_gen.n('cprov', b.k, 10) < 7 THEN v.name ELSE '---' END,
  cf_mail_protocol = CASE b.comp WHEN 1 THEN 'IMAP' WHEN 2 THEN 'POP3' WHEN 3 THEN 'SMTP' WHEN 6 THEN 'CardDAV' WHEN 7 THEN 'CalDAV' WHEN 36 THEN 'XMPP' WHEN 37 THEN 'RSS'
      WHEN 9 THEN CASE WHEN b.pv = 1 THEN 'EWS' ELSE 'IMAP' END ELSE '---' END,
  cf_due_date = CASE WHEN b.prod IN (3, 5) AND b.k % 5 = 0 THEN (b.created + make_interval(days => 14 + fixture_gen.n('cdue', b.k, 40)))::date END,
  cf_fixed_in = CASE WHEN b.fixed_v IS NOT NULL THEN b.fixed_v || '.0' WHEN b.prod = 2 AND b.resolution = 'FIXED' THEN '2.2.0' ELSE '' END,
  cf_commit_link = CASE WHEN b.resolution = 'FIXED' AND b.prod IN (1, 2) AND fixture_gen.n('ccom', b.k, 10) < 7
      THEN 'https://git.kestrel-mail.example/kestrel/' || CASE WHEN b.prod = 2 THEN 'sync-server' ELSE 'kestrel' END || '/commit/' || fixture_gen.hexn('csha', b.k, 40) ELSE '' END,
  cf_upstream_bug = CASE WHEN b.prod = 1 AND b.os = 'Linux' AND fixture_gen.n('cup', b.k, 10) < 3 THEN CASE b.dist
      WHEN 'Snap' THEN 'https://bugs.launchpad.net/ubuntu/+source/kestrel/+bug/' || (1900000 + fixture_gen.n('cup2', b.k, 180000))
      WHEN 'Flatpak' THEN 'https://github.com/flathub/org.kestrelmail.Kestrel/issues/' || (10 + fixture_gen.n('cup2', b.k, 600))
      WHEN 'distribution package' THEN 'https://bugs.debian.org/' || (950000 + fixture_gen.n('cup2', b.k, 120000))
      ELSE 'https://gitlab.gnome.org/GNOME/libsecret/-/issues/' || (50 + fixture_gen.n('cup2', b.k, 300)) END ELSE '' END,
  cf_security_rating = CASE WHEN b.kind = 'sec' THEN (ARRAY['sec-high', 'sec-moderate'])[1 + b.k % 2] ELSE '---' END,
  cf_cve_id = CASE WHEN b.kind = 'sec' AND b.resolution = 'FIXED' THEN 'CVE-' || to_char(b.resolved, 'YYYY') || '-' || (20000 + fixture_gen.n('ccve', b.k, 30000)) ELSE '' END,
  cf_l10n_locale = CASE WHEN b.prod = 4 THEN b.locale ELSE '---' END,
  cf_has_regression_range = CASE WHEN b.prod = 1 AND b.created > '2019-02-01' AND fixture_gen.n('creg', b.k, 10) < 3 THEN (ARRAY['yes', 'no', 'yes'])[1 + b.k % 3] ELSE '---' END,
  cf_rank = CASE WHEN b.prod = 1 AND b.resolution = '' AND fixture_gen.n('crank', b.k, 5) = 0 THEN 1 + fixture_gen.n('crank2', b.k, 99) ELSE 0 END,
  cf_points = CASE WHEN b.status = 'IN_PROGRESS' OR (b.resolution = 'FIXED' AND b.k % 4 = 0 AND b.created > '2019-10-01') THEN (ARRAY['1', '2', '3', '5', '8'])[1 + b.k % 5] ELSE '---' END,
  cf_last_resolved = CASE WHEN b.resolved IS NOT NULL THEN b.resolved END,
  cf_crash_report = CASE WHEN b.kind = 'crash' AND b.created > '2020-01-01' THEN 'https://crash-stats.kestrel-mail.example/report/index/' || fixture_gen.uuid('ccr', b.k) ELSE '' END,
  cf_addon_id = CASE WHEN b.t = 46 OR (b.comp = 17 AND b.k % 2 = 0) THEN (SELECT id FROM bzgen.addon WHERE name = b.addon) ELSE '' END,
  cf_server_software = CASE WHEN b.comp IN (1, 2, 3, 6, 7) AND b.created > '2021-06-01' AND fixture_gen.n('csw', b.k, 10) < 5 THEN
      CASE WHEN b.comp IN (6, 7) AND b.pv IN (9, 4) THEN 'Nextcloud 28.0.4' ELSE v.sw END ELSE '' END,
  cf_accessibility_severity = CASE WHEN b.comp = 13 AND b.created > '2022-01-01' THEN (ARRAY['s2', 's3'])[1 + b.k % 2] ELSE '---' END,
  cf_performance_impact = CASE WHEN b.kind = 'perf' AND b.created > '2022-06-01' THEN (ARRAY['low', 'medium', 'high'])[1 + b.k % 3] ELSE '---' END,
  cf_ux_review = CASE WHEN b.comp IN (12, 14) AND b.created > '2022-10-01' THEN (ARRAY['?', '+', '---'])[1 + b.k % 3] ELSE '---' END,
  cf_docs_needed = CASE WHEN b.resolution = 'FIXED' AND b.prod = 1 AND b.created > '2023-03-01' AND b.k % 4 = 1 THEN (ARRAY['?', '+', 'done'])[1 + b.k % 3] ELSE '---' END,
  cf_effort = CASE WHEN b.resolution = '' AND b.status <> 'UNCONFIRMED' AND b.created > '2024-01-01' THEN (ARRAY['S', 'M', 'L', '---'])[1 + b.k % 4] ELSE '---' END,
  cf_bounty = CASE WHEN b.kind = 'sec' THEN (ARRAY['+', '?', '-'])[1 + b.k % 3] ELSE '---' END
FROM bzgen.b b JOIN bzgen.pv v ON v.k = b.pv WHERE g.bug_id = b.bug_id;
UPDATE bugs g SET cf_regression_window = 'https://git.kestrel-mail.example/kestrel/kestrel/compare/' || fixture_gen.hexn('crw1', g.bug_id, 12) || '...' || fixture_gen.hexn('crw2', g.bug_id, 12)
WHERE cf_has_regression_range = 'yes';
UPDATE bugs g SET cf_regressed_by = (SELECT o.bug_id FROM bugs o WHERE o.component_id = g.component_id AND o.bug_id < g.bug_id AND o.resolution = 'FIXED' ORDER BY o.bug_id DESC LIMIT 1)
WHERE g.cf_has_regression_range = 'yes' AND g.creation_ts > '2024-07-01';
UPDATE bugs g SET cf_user_story = CASE fixture_gen.n('cus', b.k, 5)
    WHEN 0 THEN 'As someone who reads mail on a laptop that is often offline, I want offline folders to stay in sync so that I do not download everything again after each restart.'
    WHEN 1 THEN 'As the volunteer who does the IT for our ' || (ARRAY['sports club', 'allotment association', 'parish office', 'choir'])[1 + b.k % 4] || ' I set up Kestrel for '
                || (5 + b.k % 20) || ' members and they all hit this after the update. I am the contact for all of them: ' || p.full_name || ', ' || p.phone || '.'
    WHEN 2 THEN 'As a screen reader user I need every state change (new mail, send failed) announced, otherwise I cannot tell whether my mail went out.'
    WHEN 3 THEN 'Our bookkeeper, ' || q.full_name || ', plans client meetings in a shared calendar. When exceptions vanish she misses appointments - last month a tax deadline.'
    ELSE 'As an admin deploying Kestrel to ' || (50 + b.k % 400) || ' desktops at ' || coalesce(e.name, 'our company') || ', I need policies to lock the account settings.' END
FROM bzgen.b b JOIN bzgen.p p ON p.i = b.reporter JOIN bzgen.p q ON q.i = 76 + (b.k * 7) % 355 LEFT JOIN bzgen.emp e ON e.k = p.emp
WHERE g.bug_id = b.bug_id AND b.prod = 1 AND b.created > '2019-03-01' AND fixture_gen.n('cus0', b.k, 100) < 9;
UPDATE bugs g SET cf_release_notes = CASE fixture_gen.n('crn', b.k, 3)
    WHEN 0 THEN 'Fixed: ' || g.short_desc || '. Thanks to ' || p.full_name || ' for the detailed logs.'
    WHEN 1 THEN 'Fixed: ' || g.short_desc || '.'
    ELSE 'Fixed a problem where ' || lower(left(g.short_desc, 1)) || substr(g.short_desc, 2) || ' (reported and tested by ' || coalesce(nullif(p.realname, ''), p.email) || ').' END
FROM bzgen.b b JOIN bzgen.p p ON p.i = b.reporter
WHERE g.bug_id = b.bug_id AND b.resolution = 'FIXED' AND b.prod = 1 AND b.created > '2023-04-01' AND fixture_gen.n('crn0', b.k, 10) < 4;

-- Release status and tracking: release management sets them on about half
-- of the client bugs, for the releases around the one the bug was filed on.
DO $$
DECLARE v int; e int;
BEGIN
  FOR v IN 60..141 LOOP
    EXECUTE format($q$
      UPDATE bugs g SET %I = x.st FROM (
        SELECT b.bug_id, CASE
          WHEN $1 < b.v THEN CASE WHEN b.k %% 3 = 0 AND b.resolution <> 'DUPLICATE' THEN 'unaffected' END
          WHEN b.resolution = 'FIXED' AND $1 = b.fixed_v THEN CASE WHEN b.status = 'VERIFIED' THEN 'verified' ELSE 'fixed' END
          WHEN b.resolution = 'FIXED' AND $1 > b.fixed_v THEN NULL
          WHEN b.resolution = 'FIXED' THEN (ARRAY['affected', 'wontfix', 'fix-optional', 'affected'])[1 + fixture_gen.n('rst', b.k * 1000 + $1, 4)]
          WHEN b.resolution = 'WONTFIX' THEN 'wontfix'
          WHEN b.resolution IN ('WORKSFORME', 'INCOMPLETE') AND $1 = b.v THEN 'affected'
          WHEN b.resolution = '' THEN CASE WHEN fixture_gen.n('rst', b.k * 1000 + $1, 5) = 0 THEN 'fix-optional' ELSE 'affected' END END AS st
        FROM bzgen.b b
        WHERE b.prod = 1 AND b.kind NOT IN ('meta', 'spam') AND fixture_gen.n('trk', b.k, 10) < 5 AND $1 BETWEEN b.v - 1 AND least(141, b.v + 4)) x
      WHERE g.bug_id = x.bug_id AND x.st IS NOT NULL$q$, 'cf_status_kestrel' || v) USING v;
    EXECUTE format($q$
      UPDATE bugs g SET %I = CASE WHEN b.resolution = '' AND b.created > timestamp '2025-01-01' THEN '?' WHEN b.resolution = 'FIXED' OR b.severity IN ('blocker', 'critical') THEN '+' ELSE '-' END
      FROM bzgen.b b
      WHERE g.bug_id = b.bug_id AND b.prod = 1 AND b.kind NOT IN ('meta', 'spam') AND fixture_gen.n('trk', b.k, 10) < 5 AND fixture_gen.n('trk2', b.k, 10) < 3
        AND $1 BETWEEN b.v AND least(141, b.v + 1)$q$, 'cf_tracking_kestrel' || v) USING v;
  END LOOP;
  FOREACH e IN ARRAY ARRAY[68, 78, 91, 102, 115, 128] LOOP
    EXECUTE format($q$
      UPDATE bugs g SET %I = CASE WHEN b.resolution = 'FIXED' THEN (ARRAY['fixed', 'fixed', 'wontfix', 'unaffected'])[1 + fixture_gen.n('rse', b.k * 1000 + $1, 4)]
                                  WHEN b.resolution = '' THEN 'affected' ELSE 'wontfix' END,
                        %I = CASE WHEN b.kind = 'sec' OR b.severity = 'critical' THEN '+' WHEN b.resolution = '' THEN '?' ELSE '---' END
      FROM bzgen.b b
      WHERE g.bug_id = b.bug_id AND b.prod = 1 AND b.kind NOT IN ('meta', 'spam')
        AND (b.kind IN ('sec', 'crash', 'data') OR b.severity IN ('blocker', 'critical') OR b.esr = $1)
        AND $1 <= b.v AND b.v <= $1 + 13 AND b.resolution NOT IN ('DUPLICATE', 'INVALID')$q$, 'cf_status_kestrel_esr' || e, 'cf_tracking_kestrel_esr' || e) USING e;
  END LOOP;
END $$;

-- ---------------------------------------------------------------------------
-- Comments. Text builders first.

-- profile_path: where the reporter's Kestrel profile lives (carries the OS user name).
CREATE FUNCTION bzgen.profile_path(b bzgen.b, p bzgen.p) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN b.osname LIKE 'Windows%'
              THEN 'C:\Users\' || coalesce(p.winuser, 'user') || '\AppData\Roaming\Kestrel\Profiles\' || fixture_gen.chars('ppf', b.k, 8, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.default-release'
              WHEN b.osname LIKE 'macOS%' THEN '/Users/' || coalesce(p.osuser, 'user') || '/Library/Application Support/Kestrel/Profiles/' || fixture_gen.chars('ppf', b.k, 8, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.default-release'
              WHEN b.dist = 'Flatpak' THEN '/home/' || coalesce(p.osuser, 'user') || '/.var/app/org.kestrelmail.Kestrel/.kestrel/' || fixture_gen.chars('ppf', b.k, 8, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.default-release'
              ELSE '/home/' || coalesce(p.osuser, 'user') || '/.kestrel/' || fixture_gen.chars('ppf', b.k, 8, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.default-release' END
$$;

-- imaplog: an IMAP protocol log excerpt; with plain = true the client used
-- SASL PLAIN with an initial response, so the base64 blob holds the password.
CREATE FUNCTION bzgen.imaplog(b bzgen.b, p bzgen.p, plain boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(to_char(b.created - interval '20 minutes' + make_interval(secs => g * 0.37), 'YYYY-MM-DD HH24:MI:SS.MS') || ' - [Parent 4120: Main Thread]: I/IMAP 7f3a' || fixture_gen.hexn('ilh', b.k, 6) || ':' || b.server || ':' || l, E'\n' ORDER BY g)
  FROM (VALUES
    (1, 'S-NA:CreateNewLineFromSocket: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN] IMAP server ready.'),
    (2, 'NA:SendData: 1 capability'),
    (3, 'NA:SendData: ' || CASE WHEN plain THEN '2 authenticate PLAIN ' || translate(encode('\x00'::bytea || convert_to(p.email, 'UTF8') || '\x00'::bytea || convert_to(bzgen.pw('sasl', b.k), 'UTF8'), 'base64'), E'\n', '')
                                 ELSE '2 login "' || p.email || '" *****' END),
    (4, CASE WHEN b.k % 3 = 0 THEN 'NA:CreateNewLineFromSocket: 2 NO [AUTHENTICATIONFAILED] Authentication failed.' ELSE 'NA:CreateNewLineFromSocket: 2 OK [CAPABILITY IMAP4rev1 IDLE UIDPLUS CONDSTORE QRESYNC] Logged in' END),
    (5, 'A:SendData: 3 select "INBOX"'),
    (6, 'S-INBOX:CreateNewLineFromSocket: * ' || (800 + fixture_gen.n('ilx', b.k, 40000)) || ' EXISTS'),
    (7, 'S-INBOX:CreateNewLineFromSocket: * OK [UIDVALIDITY ' || (1500000000 + fixture_gen.n('ilv', b.k, 200000000)) || '] UIDs valid'),
    (8, 'S-INBOX:SendData: 4 UID fetch 1:* (FLAGS)'),
    (9, 'S-INBOX:CreateNewLineFromSocket: * BYE Disconnected for inactivity.'),
    (10, 'S-INBOX:TellThreadToDie: close connection, socket error 0x804b0014')) v(g, l)
$$;

-- trace: the top frames of a crash, as people paste them from the crash reporter or gdb.
CREATE FUNCTION bzgen.trace(b bzgen.b, p bzgen.p) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN b.os LIKE 'Windows%' THEN
    E'Crash Signature: [@ ' || CASE b.t WHEN 4 THEN 'kestrel::imap::Session::fetch_uids' WHEN 19 THEN 'mime::ContentType::parse' ELSE 'kestrel::addons::ExtensionHost::startup' END || E' ]\n'
    || E'Reason: EXCEPTION_ACCESS_VIOLATION_READ\nAddress: 0x0000000000000018\n'
    || E'0  xul.dll  ' || CASE b.t WHEN 4 THEN 'kestrel::imap::Session::fetch_uids(kestrel::imap::UidRange const&)  src/imap/session.cpp:812' WHEN 19 THEN 'mime::ContentType::parse(std::string_view)  src/mime/content_type.cpp:141' ELSE 'kestrel::addons::ExtensionHost::startup()  src/addons/host.cpp:77' END
    || E'\n1  xul.dll  kestrel::imap::Folder::sync()  src/imap/folder.cpp:344\n2  xul.dll  kestrel::net::Connection::on_read(unsigned __int64)  src/net/connection.cpp:190\n3  xul.dll  kestrel::EventLoop::run()  src/base/event_loop.cpp:58\n4  kestrel.exe  wmain  src/app/main_win.cpp:33\n'
    || 'Module: C:\Program Files\Kestrel\xul.dll' || E'\nCommand line: "C:\\Program Files\\Kestrel\\kestrel.exe" -profile "' || bzgen.profile_path(b, p) || '"'
  ELSE
    E'Thread 1 "kestrel" received signal SIGSEGV, Segmentation fault.\n'
    || '#0  0x00007f3a2c1d4e17 in ' || CASE b.t WHEN 4 THEN 'kestrel::imap::Session::fetch_uids (this=0x7f39e4012a40, range=...) at src/imap/session.cpp:812' WHEN 19 THEN 'mime::ContentType::parse (value=...) at src/mime/content_type.cpp:141' WHEN 43 THEN '?? () from /Applications/Kestrel.app/Contents/MacOS/libkestrel.dylib' ELSE 'kestrel::addons::ExtensionHost::startup (this=0x55d1c8e3f2b0) at src/addons/host.cpp:77' END
    || E'\n#1  0x00007f3a2c1c9a02 in kestrel::imap::Folder::sync (this=0x55d1c8e3f2b0) at src/imap/folder.cpp:344\n#2  0x00007f3a2c1a0f11 in kestrel::net::Connection::on_read (this=0x55d1c90a1e00, n=4096) at src/net/connection.cpp:190\n#3  0x00007f3a29b5c6ab in g_main_context_dispatch () from /lib/x86_64-linux-gnu/libglib-2.0.so.0\n'
    || '#4  0x00005581aa3e12c4 in main (argc=3, argv=0x7ffd8c2b1f28) at src/app/main_unix.cpp:41' || E'\n(gdb) info inferiors\n  Num  Description       Executable\n* 1    process 48211     ' || CASE WHEN b.os = 'macOS' THEN '/Applications/Kestrel.app/Contents/MacOS/kestrel' ELSE '/home/' || coalesce(p.osuser, 'user') || '/opt/kestrel-' || b.verstr || '/kestrel' END
  END
$$;

-- desc: comment 0, the report as filed.
CREATE FUNCTION bzgen.descr(b bzgen.b, p bzgen.p, st bzgen.st, o bzgen.p) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN st.kind = 'spam' AND b.reporter = 133 THEN 'Cheap flights to Europe and Asia, 70% below airline prices! Book at https://cheap-flights-now.example/?aff=kb22 or call +44 20 7946 0958, 24/7 agents.'
    WHEN st.kind = 'spam' THEN 'Need help with your thesis? Our certified writers deliver plagiarism-free essays in 24 hours. Order now at https://best-essays-24.example/order?ref=kestrel and get 20% off. WhatsApp +1 (415) 555-0199.'
    WHEN st.kind = 'meta' THEN 'Tracking bug for the Kestrel ' || b.relv || ' release. Blocking bugs are the ones we do not want to ship ' || b.relv || E' with.\n\nMerge day: ' || to_char(bzgen.rel_date(b.relv) - interval '28 days', 'YYYY-MM-DD')
         || E'\nRelease: ' || to_char(bzgen.rel_date(b.relv), 'YYYY-MM-DD') || E'\nRelease notes draft: https://docs.kestrel-mail.example/release-notes/' || b.relv || '.0'
    WHEN st.kind = 'gdpr' THEN bzgen.fill(st.actual, b, p) || ' What I would like: ' || lower(left(bzgen.fill(st.expected, b, p), 1)) || substr(bzgen.fill(st.expected, b, p), 2)
         || CASE WHEN b.t = 58 THEN ' My name is ' || p.full_name || ' and I reported bugs from this address since ' || to_char(p.created, 'YYYY') || '.'
                 WHEN b.t = 59 THEN E'\n\nOld account: ' || bzgen.fold(p.first) || '.' || bzgen.fold(p.last) || E'@alumni.uni-leipzig.example\nNew account: ' || p.email || E'\n\nThanks, ' || p.first
                 ELSE E'\n\nThank you,\n' || p.full_name END
    WHEN st.kind IN ('web', 'infra', 'l10n') THEN bzgen.fill(st.actual, b, p) || ' Expected: ' || bzgen.fill(st.expected, b, p)
         || CASE WHEN b.k % 4 = 0 THEN E'\n\nSteps:\n' || bzgen.fill(st.steps, b, p) ELSE '' END
    ELSE
      CASE WHEN b.k % 10 < 7 THEN 'Steps to reproduce:' || E'\n\n' || bzgen.fill(st.steps, b, p) || E'\n\nActual results:\n\n' || bzgen.fill(st.actual, b, p) || E'\n\nExpected results:\n\n' || bzgen.fill(st.expected, b, p)
           ELSE bzgen.fill(st.actual, b, p) || ' Expected: ' || bzgen.fill(st.expected, b, p) END
      || E'\n\nKestrel ' || b.verstr || coalesce(' (' || b.dist || ')', '') || ' on ' || b.osname || '.'
      || CASE WHEN st.kind = 'crash' THEN E'\n\n' || bzgen.trace(b, p) ELSE '' END
      || CASE b.extra
           WHEN 4 THEN E'\n\nAccount: ' || p.email || ' on ' || b.server || ' (SSL/TLS, ' || CASE WHEN b.pv IN (0, 1) THEN 'OAuth2' ELSE 'normal password' END || ').'
           WHEN 5 THEN E'\n\nIt only happens with my ' || CASE WHEN b.pv = 10 THEN 'work' ELSE 'main' END || ' account (' || p.email || '), the second account at ' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'posteo.de'], 'bx5', b.k) || ' is fine.'
           WHEN 6 THEN E'\n\nIMAP log (I removed the password):\n\n' || bzgen.imaplog(b, p, false)
           WHEN 7 THEN E'\n\nHere is what the console shows with KESTREL_LOG=imap:5:\n\n' || bzgen.imaplog(b, p, true)
           WHEN 8 THEN E'\n\nWe are behind the office proxy, configured manually in Settings > Network: http://' || bzgen.fold(coalesce(p.winuser, p.first)) || ':' || bzgen.pw('prx', b.k) || '@proxy.'
                       || coalesce((SELECT dom FROM bzgen.emp WHERE k = coalesce(p.emp, b.k % 12)), 'corp.example') || ':8080 . Chrome works through the same proxy.'
           WHEN 9 THEN E'\n\nProfile folder: ' || bzgen.profile_path(b, p) || ' (' || (1 + b.k % 30) || ' GB, ' || (1 + b.k % 9) || ' accounts).'
           WHEN 10 THEN E'\n\nIf it helps I can share my screen, call me on ' || p.phone || ' (evenings, ' || p.tz || ').'
           WHEN 11 THEN CASE WHEN b.comp = 7 THEN E'\n\nThe calendar I subscribe to: https://calendar.google.com/calendar/ical/' || replace(p.email, '@', '%40') || '/private-' || fixture_gen.hexn('gcal2', b.k, 32) || '/basic.ics'
                             WHEN b.comp = 6 THEN E'\n\nThe address book URL is https://' || bzgen.fold(p.first) || ':' || bzgen.pw('cdv', b.k) || '@' || CASE WHEN b.pv IN (9, 10) THEN b.server ELSE 'nx' || fixture_gen.digits('nxh', b.k, 5) || '.your-storageshare.de' END || '/remote.php/dav/addressbooks/users/' || bzgen.fold(p.first) || '/contacts/ (copied from the Nextcloud settings page).'
                             ELSE E'\n\nThis started after our IT moved the mailboxes; before that it worked for years.' END
           WHEN 12 THEN E'\n\nHeaders of the message that triggers it:\n\nFrom: ' || o.full_name || ' <' || o.email || E'>\nTo: ' || p.full_name || ' <' || p.email || E'>\nSubject: '
                        || fixture_gen.pick(ARRAY['Re: Angebot Q3', 'Invoice 2024-0412', 'Fwd: photos from the weekend', 'Meeting notes', 'Re: Re: contract draft v3'], 'hsub', b.k)
                        || E'\nDate: ' || to_char(b.created - interval '1 day', 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0200\nMessage-ID: <' || fixture_gen.hexn('hmid', b.k, 16) || '@' || split_part(o.email, '@', 2) || E'>\nContent-Type: multipart/mixed; boundary="----=_Part_' || fixture_gen.digits('hbd', b.k, 9) || '"'
           WHEN 13 THEN E'\n\nThis is our company server at ' || coalesce((SELECT name FROM bzgen.emp WHERE k = coalesce(p.emp, b.k % 12)), 'work') || ' (' || (SELECT sw FROM bzgen.pv WHERE k = b.pv) || '), about ' || (20 + b.k % 300) || ' users are affected since the update.'
           ELSE '' END END
$$;

UPDATE bzgen.b SET extra = 0 WHERE prod <> 1 OR (extra IN (6, 7) AND comp NOT IN (1, 9)) OR (extra = 12 AND comp NOT IN (1, 4, 5, 10, 11));
UPDATE bzgen.b SET ncom = greatest(ncom, CASE WHEN resolution <> '' THEN 3 ELSE 2 END) WHERE extra = 7;

-- ctext: the text of a follow-up comment of a given kind.
CREATE FUNCTION bzgen.ctext(kind text, seq int, b bzgen.b, a bzgen.p, r bzgen.p, o bzgen.p, st bzgen.st) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE kind
    WHEN 'triage_log' THEN CASE WHEN b.comp = 7 THEN 'Thanks for the report. Could you set calendar.debug.log and calendar.debug.log.verbose to true in the Config Editor, reproduce, and attach what the Error Console shows?'
                                ELSE 'Thanks for the report. Could you attach a protocol log? Start Kestrel with KESTREL_LOG=' || CASE WHEN b.comp = 3 THEN 'smtp:5' WHEN b.comp = 2 THEN 'pop3:5' ELSE 'imap:5' END
                                     || ',timestamp and KESTREL_LOG_FILE=' || CASE WHEN b.os LIKE 'Windows%' THEN '%USERPROFILE%\Desktop\kestrel.log' ELSE '~/kestrel.log' END
                                     || ', reproduce, quit Kestrel and attach the file here. Please remove your password from it first.' END
    WHEN 'triage_safe' THEN 'Does this also happen in troubleshoot mode (Help > Troubleshoot Mode) and with a new profile? That tells us whether an add-on or a setting is involved.'
    WHEN 'confirm' THEN CASE WHEN a.role = 'dev' THEN (ARRAY['I can reproduce this on ' || b.osname || ' with ' || b.verstr || '. Confirming.',
                                                           'Confirmed with a ' || coalesce((SELECT name FROM bzgen.pv WHERE k = b.pv), 'test') || ' test account; it does not happen against Dovecot.',
                                                           'Reproducible on nightly too. Setting severity and moving on.'])[1 + (b.k + seq) % 3]
                             ELSE 'Same for me on ' || (ARRAY['Windows 11', 'Ubuntu 24.04', 'macOS 14', 'Fedora 40'])[1 + (b.k + seq) % 4] || ' with ' || (b.v + 1) || '.0.1, so this is not specific to the reporter''s setup.' END
    WHEN 'metoo' THEN CASE (b.k + seq) % 5
        WHEN 0 THEN 'Same here on ' || (ARRAY['Windows 10', 'Linux Mint', 'macOS Sonoma', 'Debian testing'])[1 + b.k % 4] || ' since the update to ' || b.verstr || '.'
        WHEN 1 THEN 'Same problem at ' || coalesce((SELECT name FROM bzgen.emp WHERE k = coalesce(o.emp, (b.k + seq) % 12)), 'our office') || ', about ' || (10 + b.k % 90) || ' users affected since Monday. You can reach me at '
                    || o.email || ' or ' || o.phone || ' if you need a test account on our server.'
        WHEN 2 THEN 'Happens to me too. My account is ' || o.email || ', in case someone wants to look at the server side.'
        WHEN 3 THEN '+1, this makes Kestrel unusable for me. Any workaround?'
        ELSE 'Workaround that works for me: set mail.server.default.use_idle to false in the Config Editor and restart.' END
    WHEN 'rep_log' THEN CASE (b.k + seq) % 4
        WHEN 0 THEN CASE WHEN b.comp IN (1, 9) THEN E'Here is the relevant part of the log:\n\n' || bzgen.imaplog(b, r, false) ELSE 'Log attached, I removed the password but left everything else.' END
        WHEN 1 THEN E'I cannot attach files from the work laptop, so pasting from the Error Console:\n\nNS_ERROR_NET_RESET: Connection reset  kestrel-net.js:412\nProfile: ' || bzgen.profile_path(b, r)
        WHEN 2 THEN 'Log attached (password removed).'
        ELSE 'Troubleshoot mode makes no difference. A new profile in ' || bzgen.profile_path(b, r) || '-2 has the same problem.' END
    WHEN 'rep_reply' THEN CASE WHEN b.prod NOT IN (1, 2, 6) THEN (ARRAY['Still broken for me today.', 'Thanks for looking into it!', 'Any news on this?'])[1 + (b.k + seq) % 3] ELSE (ARRAY['Still happens with ' || (b.v + 1) || '.0.1.', 'Sorry for the delay, I was travelling. Yes, it still happens.',
                                 'It seems to happen only after the laptop wakes from sleep.', 'Is there anything else I can provide? I use Kestrel for work every day and this is hard to live with.',
                                 'Mine is a ' || (ARRAY['ThinkPad X1 Carbon', 'MacBook Air M2', 'Dell XPS 13', 'Framework 13'])[1 + b.k % 4] || ', if that matters.'])[1 + (b.k * 3 + seq) % 5] END
    WHEN 'quote' THEN '(In reply to ' || coalesce(nullif(r.realname, ''), r.email) || E' from comment #0)\n> ' || left(coalesce(nullif(bzgen.fill(st.actual, b, r), ''), 'It still happens.'), 90)
                      || E'\n\n' || CASE WHEN b.prod NOT IN (1, 2, 6) THEN (ARRAY['Thanks, that helps.', 'Which page exactly? A link would help.', 'Noted, I will check the server logs on our side.'])[1 + (b.k + seq) % 3] ELSE (ARRAY['That matches what we see in the crash data. Thanks.', 'Do you have any add-ons installed? The list is in Help > Troubleshooting Information.',
                                           'OK, that rules out the server. I will look at the reconnect code.', 'Could you try with a new profile to rule out a corrupted folder index?'])[1 + (b.k + seq) % 4] END
    WHEN 'private' THEN CASE (b.k + seq) % 4
        WHEN 0 THEN 'Private: the reporter wrote to me directly from ' || r.email || ' and gave a number for a call (' || r.phone || '). The affected mailbox is on their employer''s server, they asked us not to post its name here.'
        WHEN 1 THEN 'Private: ' || coalesce(r.full_name, r.email) || ' is a journalist; the sample message contains a source''s address. I moved the attachment to insiders and will delete it once this is fixed.'
        WHEN 2 THEN 'Talked to ' || coalesce(r.full_name, r.email) || ' on the phone. The real cause is their antivirus scanning the profile folder; keeping this private because it names their company.'
        ELSE 'Private: same person as bug ' || (b.bug_id - 23 * (1 + b.k % 9)) || ' (' || r.email || '), who also mailed security@. Not a security issue as far as I can tell.' END
    WHEN 'needinfo_ping' THEN CASE WHEN b.prod NOT IN (1, 2, 6) THEN coalesce(nullif(r.first, ''), 'Hi') || ', is this still a problem for you?'
                              ELSE coalesce(nullif(r.first, ''), 'Hi') || ', can you still reproduce this with ' || (b.v + 2) || '? We changed the reconnect logic in bug ' || (b.bug_id + 37 + b.k % 200) || '.' END
    WHEN 'dev_note' THEN CASE WHEN b.prod IN (1, 2, 6) THEN (ARRAY['The problem is that we reuse the connection after the server sent BYE. Patch coming.',
                                                                 'I think this has the same root cause as bug ' || (b.bug_id - 11 - b.k % 300) || '.',
                                                                 'This needs a decision from UX before anyone works on it.', 'Adding a test for this to mail/test/imap/ would be great.',
                                                                 'Looks like the server answers with a literal we do not expect. Taking.'])[1 + (b.k + seq) % 5]
                              ELSE (ARRAY['Taking this.', 'The fix is in the staging environment, please check.', 'Blocked on the hosting provider, ticket is open on their side.',
                                          'I will handle this during the next maintenance window.', 'Needs a decision from the foundation board.'])[1 + (b.k + seq) % 5] END
    WHEN 'push' THEN 'Pushed by ' || (SELECT email FROM bzgen.p WHERE i = CASE WHEN b.assignee NOT IN (2, 20) THEN b.assignee ELSE 16 + b.k % 30 END) || E':\nhttps://git.kestrel-mail.example/kestrel/' || CASE WHEN b.prod = 2 THEN 'sync-server' ELSE 'kestrel' END || '/commit/' || fixture_gen.hexn('push', b.k, 40)
                     || E'\nBug ' || b.bug_id || ' - ' || left(b.summary, 70) || '. r=' || (SELECT nick FROM bzgen.p WHERE i = 16 + (b.k * 7) % 30)
    WHEN 'fixed' THEN CASE WHEN b.prod = 2 THEN 'Fixed in 2.2.0, the Docker image is published.'
                           WHEN b.status = 'VERIFIED' THEN 'Verified fixed on ' || b.osname || ' with ' || b.fixed_v || '.0a1 (' || to_char(b.resolved, 'YYYY-MM-DD') || ').'
                           ELSE (ARRAY['Fixed in ' || b.fixed_v || '. Thanks ' || coalesce(nullif(r.first, ''), 'everyone') || ' for the logs!', 'This is fixed on nightly and will ship in ' || b.fixed_v || '.0.',
                                       'Landed. Please test the next nightly and reopen if it still happens.'])[1 + b.k % 3] END
    WHEN 'deployed' THEN CASE WHEN b.prod = 4 THEN 'Fixed in the translation, it will be in the next nightly.' ELSE (ARRAY['Deployed.', 'Done, the page is updated.', 'Merged and deployed to production.'])[1 + b.k % 3] END
    WHEN 'wfm' THEN 'I cannot reproduce this with ' || (b.v + 3) || ' anymore; probably fixed by bug ' || (b.bug_id + 100 + b.k % 400) || '. Please reopen if you still see it.'
    WHEN 'incomplete' THEN 'The needinfo request has been open for 6 months without an answer, so this bug is closed as INCOMPLETE. Please reopen it if you can still reproduce it with the current release.'
    WHEN 'wontfix' THEN (ARRAY['We are not going to change this; the current behaviour follows RFC 5322 and other clients do the same.', 'Chat and feeds were removed, closing.',
                               'Sorry, we do not have the resources to support this configuration.'])[1 + b.k % 3]
    WHEN 'invalid' THEN (ARRAY['This is the server refusing the login, not a Kestrel bug. Please contact your provider.', 'Not a Kestrel bug: the ' || coalesce(b.addon, 'add-on') || ' add-on does this.',
                               'This is a support question, please ask on the support forum.'])[1 + b.k % 3]
    WHEN 'gdpr_ack' THEN 'Thanks, we will handle this under our privacy process. I made the bug visible to staff only while we work on it.'
    WHEN 'gdpr_done' THEN 'Done: the account is anonymised and your name no longer appears on your old comments. Archive pages are redacted and removal requests went to the search engines.'
    WHEN 'sec_ack' THEN 'Thanks for the report. Confirmed; rated ' || CASE WHEN b.k % 2 = 0 THEN 'sec-high' ELSE 'sec-moderate' END || '. Please keep this confidential until the fix ships. We will credit you in the advisory as "'
                        || coalesce(r.full_name, r.email) || '" unless you prefer otherwise.'
    WHEN 'meta_note' THEN 'Status for ' || b.relv || ': string freeze on ' || to_char(bzgen.rel_date(b.relv) - interval '35 days', 'DD Mon') || ', beta on ' || to_char(bzgen.rel_date(b.relv) - interval '28 days', 'DD Mon')
                          || '. ' || (1 + (b.k + seq) % 6) || ' blockers left. Drivers this cycle: ' || (SELECT full_name FROM bzgen.p WHERE i = 20) || ' and ' || (SELECT full_name FROM bzgen.p WHERE i = 28) || '.'
    WHEN 'meta_done' THEN b.relv || '.0 shipped on ' || to_char(bzgen.rel_date(b.relv), 'YYYY-MM-DD') || '. Closing.'
    WHEN 'spam_close' THEN 'Spam. Account disabled, comment 0 hidden.'
    WHEN 'pw_leak' THEN 'Oops, the log above has my password in it (the AUTHENTICATE line is only base64). Can someone hide comment 0? I have changed the password already.'
    WHEN 'pw_hidden' THEN 'Done, comment 0 is now private. For the next log please use the redacted mode (KESTREL_LOG=imap:5,redact).'
    ELSE '' END
$$;

CREATE TABLE bzgen.cm (k int, seq int, kind text, who int, ts timestamp, private int NOT NULL DEFAULT 0, type int NOT NULL DEFAULT 0, extra text, txt text, other int);
INSERT INTO bzgen.cm (k, seq, kind, who, ts, private) SELECT k, 0, 'desc', reporter, created, CASE WHEN extra = 7 OR kind = 'spam' THEN 1 ELSE 0 END FROM bzgen.b;
INSERT INTO bzgen.cm (k, seq, kind)
SELECT b.k, s, CASE
    WHEN b.kind = 'spam' THEN 'spam_close'
    WHEN b.kind = 'meta' THEN CASE WHEN s = b.ncom AND b.resolution = 'FIXED' THEN 'meta_done' ELSE 'meta_note' END
    WHEN b.extra = 7 AND s = 1 THEN 'pw_leak'
    WHEN b.extra = 7 AND s = 2 THEN 'pw_hidden'
    WHEN b.kind = 'gdpr' AND s = 1 THEN 'gdpr_ack'
    WHEN b.kind = 'sec' AND s = 1 THEN 'sec_ack'
    WHEN b.resolution <> '' AND s = b.ncom THEN CASE b.resolution
        WHEN 'FIXED' THEN CASE WHEN b.kind = 'gdpr' THEN 'gdpr_done' WHEN b.prod IN (1, 2) THEN 'fixed' ELSE 'deployed' END
        WHEN 'DUPLICATE' THEN 'dupe_of' WHEN 'WORKSFORME' THEN 'wfm' WHEN 'INCOMPLETE' THEN 'incomplete' WHEN 'WONTFIX' THEN 'wontfix' ELSE 'invalid' END
    WHEN b.resolution = 'FIXED' AND b.prod IN (1, 2) AND s = b.ncom - 1 THEN 'push'
    WHEN b.prod NOT IN (1, 6) THEN (ARRAY['dev_note', 'dev_note', 'rep_reply', 'quote', 'needinfo_ping'])[1 + fixture_gen.n('ck2', b.k * 100 + s, 5)]
    ELSE (ARRAY['triage_log', 'triage_log', 'triage_log', 'triage_safe', 'triage_safe', 'confirm', 'confirm', 'confirm', 'metoo', 'metoo', 'metoo', 'rep_log', 'rep_log', 'rep_log',
                'rep_reply', 'rep_reply', 'rep_reply', 'quote', 'quote', 'private', 'needinfo_ping', 'needinfo_ping', 'dev_note', 'dev_note'])[1 + fixture_gen.n('ck', b.k * 100 + s, 24)] END
FROM bzgen.b b CROSS JOIN LATERAL generate_series(1, b.ncom) s;
UPDATE bzgen.cm SET kind = 'rep_reply' WHERE kind IN ('triage_log', 'triage_safe') AND seq > 2;
UPDATE bzgen.cm c SET ts = CASE
    WHEN c.kind IN ('fixed', 'deployed', 'gdpr_done', 'dupe_of', 'wfm', 'incomplete', 'wontfix', 'invalid', 'meta_done') AND b.resolved IS NOT NULL THEN b.resolved
    WHEN c.kind = 'push' AND b.resolved IS NOT NULL THEN greatest(b.created + interval '10 minutes', b.resolved - make_interval(mins => 30 + fixture_gen.n('cpt', b.k, 600)))
    WHEN c.kind = 'spam_close' THEN b.created + make_interval(mins => 25 + b.k % 300)
    ELSE b.created + (coalesce(b.resolved, b.delta) - b.created) * (c.seq::numeric / (b.ncom + 1)) + make_interval(secs => fixture_gen.n('cts', b.k * 100 + c.seq, 3600)) END
FROM bzgen.b b WHERE b.k = c.k AND c.seq > 0;
UPDATE bzgen.cm c SET ts = c.ts::timestamp(0);
UPDATE bzgen.cm c SET other = (SELECT i FROM bzgen.p WHERE role = 'rep' AND created < c.ts AND i NOT IN (97, 133, 171, 219, 341) AND i <> b.reporter ORDER BY fixture_gen.n('cot', c.k * 100 + c.seq + i * 7919, 1000003) LIMIT 1),
  who = CASE c.kind
    WHEN 'desc' THEN b.reporter
    WHEN 'rep_log' THEN b.reporter WHEN 'rep_reply' THEN b.reporter WHEN 'pw_leak' THEN b.reporter
    WHEN 'incomplete' THEN 5 WHEN 'push' THEN 6 WHEN 'gdpr_ack' THEN 19 WHEN 'gdpr_done' THEN 19 WHEN 'meta_note' THEN 20 WHEN 'meta_done' THEN 20
    WHEN 'sec_ack' THEN 36 WHEN 'spam_close' THEN 24
    WHEN 'private' THEN 16 + fixture_gen.n('cpr', c.k * 100 + c.seq, 30)
    ELSE CASE WHEN b.assignee NOT IN (2, 20) AND c.seq > 1 AND c.kind NOT IN ('metoo') THEN b.assignee ELSE 16 + fixture_gen.n('ctr', c.k, 30) END END
FROM bzgen.b b WHERE b.k = c.k;
UPDATE bzgen.cm c SET who = c.other WHERE c.kind = 'metoo' OR (c.kind = 'confirm' AND c.seq % 2 = 0);
UPDATE bzgen.cm c SET private = 1 WHERE c.kind IN ('private', 'spam_close');
UPDATE bzgen.cm c SET private = 1 FROM bzgen.b b WHERE b.k = c.k AND b.kind = 'gdpr' AND c.seq > 0;
UPDATE bzgen.cm c SET txt = CASE WHEN c.kind = 'desc' THEN bzgen.descr(b, r, st, o) ELSE bzgen.ctext(c.kind, c.seq, b, a, r, o, st) END
FROM bzgen.b b, bzgen.p r, bzgen.p a, bzgen.p o, bzgen.st st
WHERE b.k = c.k AND r.i = b.reporter AND a.i = c.who AND o.i = coalesce(c.other, 100) AND st.t = b.t;
UPDATE bzgen.cm c SET type = 1, extra = b.dupe_of::text, txt = '' FROM bzgen.b b WHERE b.k = c.k AND c.kind = 'dupe_of';
-- The bugs that were duplicated get a "has duplicate" comment.
INSERT INTO bzgen.cm (k, seq, kind, who, ts, type, extra, txt)
SELECT t.k, 100 + row_number() OVER (PARTITION BY t.k ORDER BY c.ts), 'has_dupe', c.who, c.ts, 2, b.bug_id::text, ''
FROM bzgen.cm c JOIN bzgen.b b ON b.k = c.k JOIN bzgen.b t ON t.bug_id = b.dupe_of WHERE c.kind = 'dupe_of';

-- ---------------------------------------------------------------------------
-- Attachments: patches, screenshots, logs, dumps and the samples people attach.
CREATE TABLE bzgen.att (k int, j int, kind text, who int, other int, ts timestamp, attach_id int, filename text, mimetype text, ispatch int, isobsolete int, isprivate int,
  description text, data bytea, ctext text);
INSERT INTO bzgen.att (k, j, kind)
SELECT b.k, j, CASE
    WHEN b.resolution = 'FIXED' AND b.prod IN (1, 2) AND j >= 2 - CASE WHEN fixture_gen.n('na', b.k, 10) >= 8 THEN 0 ELSE 1 END THEN 'patch'
    WHEN b.status = 'IN_PROGRESS' AND j = 1 AND b.k % 2 = 0 THEN 'patch'
    WHEN b.kind = 'crash' THEN (ARRAY['dump', 'screenshot'])[1 + (b.k + j) % 2]
    WHEN b.comp IN (1, 2, 3, 9) THEN (ARRAY['log', 'screenshot', 'log'])[1 + (b.k + j) % 3]
    WHEN b.t = 18 THEN 'pdf'
    WHEN b.comp IN (4, 5, 10, 11) THEN (ARRAY['eml', 'screenshot', 'eml', 'pdf'])[1 + (b.k + j) % 4]
    WHEN b.comp = 6 THEN (ARRAY['vcf', 'vcf', 'screenshot'])[1 + (b.k + j) % 3]
    WHEN b.comp = 7 THEN (ARRAY['ics', 'screenshot', 'ics'])[1 + (b.k + j) % 3]
    ELSE 'screenshot' END
FROM bzgen.b b CROSS JOIN LATERAL generate_series(1, CASE WHEN b.kind IN ('gdpr', 'meta', 'spam') THEN 0 WHEN fixture_gen.n('na', b.k, 10) < 5 THEN 0 WHEN fixture_gen.n('na', b.k, 10) < 8 THEN 1 ELSE 2 END) j;
UPDATE bzgen.att a SET
  who = CASE WHEN a.kind = 'patch' THEN CASE WHEN b.assignee NOT IN (2, 20) THEN b.assignee ELSE 16 + fixture_gen.n('apw', b.k, 30) END
             WHEN a.j = 2 AND b.k % 3 = 0 THEN (SELECT c.who FROM bzgen.cm c WHERE c.k = b.k AND c.kind = 'metoo' LIMIT 1) ELSE b.reporter END,
  ts = CASE WHEN a.kind = 'patch' THEN greatest(b.created + interval '2 hours', coalesce(b.resolved, b.delta) - make_interval(hours => 5 + 30 * (3 - a.j) + fixture_gen.n('apt', b.k, 40)))
            ELSE b.created + make_interval(mins => 3 + (a.j - 1) * (600 + fixture_gen.n('aat', b.k, 5000))) END
FROM bzgen.b b WHERE b.k = a.k;
UPDATE bzgen.att a SET who = b.reporter FROM bzgen.b b WHERE b.k = a.k AND a.who IS NULL;
UPDATE bzgen.att a SET ts = least(a.ts, b.delta)::timestamp(0), other = 76 + (a.k * 13 + a.j * 5) % 355 FROM bzgen.b b WHERE b.k = a.k;
UPDATE bzgen.att a SET attach_id = 48000 + 3 * x.rn + fixture_gen.n('aid', x.rn, 3) FROM (SELECT k, j, row_number() OVER (ORDER BY ts, k, j) rn FROM bzgen.att) x WHERE x.k = a.k AND x.j = a.j;
UPDATE bzgen.att a SET
  ispatch = CASE WHEN a.kind = 'patch' THEN 1 ELSE 0 END,
  isobsolete = CASE WHEN a.kind = 'patch' AND a.j = 1 AND EXISTS (SELECT 1 FROM bzgen.att x WHERE x.k = a.k AND x.j = 2 AND x.kind = 'patch') THEN 1 ELSE 0 END,
  isprivate = CASE WHEN a.kind IN ('eml', 'pdf', 'vcf') AND (a.k + a.j) % 3 = 0 THEN 1 ELSE 0 END,
  mimetype = CASE a.kind WHEN 'patch' THEN 'text/plain' WHEN 'screenshot' THEN CASE WHEN (a.k + a.j) % 5 = 0 THEN 'image/jpeg' ELSE 'image/png' END WHEN 'log' THEN 'text/plain'
                          WHEN 'dump' THEN 'application/octet-stream' WHEN 'eml' THEN 'message/rfc822' WHEN 'pdf' THEN 'application/pdf' WHEN 'ics' THEN 'text/calendar' ELSE 'text/vcard' END,
  filename = CASE a.kind
    WHEN 'patch' THEN CASE WHEN (a.k + a.j) % 2 = 0 THEN 'bug' || b.bug_id || '-v' || a.j || '.patch' ELSE (ARRAY['fix-reconnect-after-bye', 'compose-signature-identity', 'caldav-403-retry', 'vcard4-tel', 'quickfilter-accents', 'settings-scroll'])[1 + a.k % 6] || '.diff' END
    WHEN 'screenshot' THEN CASE WHEN (a.k + a.j) % 5 = 0 THEN (ARRAY['image.jpg', 'IMG_' || (1000 + a.k * 7 % 8999) || '.jpg', 'photo_screen.jpg'])[1 + a.k % 3]
        WHEN b.os = 'macOS' THEN CASE r.c WHEN 'de' THEN 'Bildschirmfoto ' || to_char(a.ts, 'YYYY-MM-DD') || ' um ' || to_char(a.ts, 'HH24.MI.SS') || '.png'
                                          WHEN 'fr' THEN 'Capture d’écran ' || to_char(a.ts, 'YYYY-MM-DD') || ' à ' || to_char(a.ts, 'HH24.MI.SS') || '.png'
                                          WHEN 'jp' THEN 'スクリーンショット ' || to_char(a.ts, 'YYYY-MM-DD HH24.MI.SS') || '.png'
                                          ELSE 'Screenshot ' || to_char(a.ts, 'YYYY-MM-DD') || ' at ' || to_char(a.ts, 'HH24.MI.SS') || '.png' END
        WHEN b.os = 'Linux' OR b.os = 'FreeBSD' THEN 'Screenshot from ' || to_char(a.ts, 'YYYY-MM-DD HH24-MI-SS') || '.png'
        ELSE 'Screenshot ' || to_char(a.ts, 'YYYY-MM-DD HH24MISS') || '.png' END
    WHEN 'log' THEN (ARRAY['imap.log', 'kestrel.log', 'kestrel-imap-' || bzgen.fold(r.first) || '.log', r.email || '.log', 'log.txt', 'smtp-log-' || to_char(a.ts, 'YYYYMMDD') || '.txt'])[1 + (a.k + a.j) % 6]
    WHEN 'dump' THEN fixture_gen.uuid('dmp', a.k * 10 + a.j) || '.dmp'
    WHEN 'eml' THEN (ARRAY['Re_ Angebot Q3.eml', 'message-from-' || bzgen.fold(o.first) || '.eml', 'broken-content-type.eml', 'Fwd_ ' || o.full_name || ' - Unterlagen.eml'])[1 + (a.k + a.j) % 4]
    WHEN 'pdf' THEN (ARRAY['Lebenslauf_' || o.first || '_' || o.last || '.pdf', 'CV_' || o.first || '_' || o.last || '_2024.pdf', 'Rechnung_' || to_char(a.ts, 'YYYY-MM') || '.pdf', 'scan0001.pdf'])[1 + (a.k + a.j) % 4]
    WHEN 'ics' THEN (ARRAY['invite.ics', 'Weekly sync.ics', 'meeting-' || bzgen.fold(o.last) || '.ics'])[1 + (a.k + a.j) % 3]
    ELSE (ARRAY['contacts.vcf', bzgen.fold(o.first) || '.vcf', 'Export_Kontakte_' || to_char(a.ts, 'YYYY-MM-DD') || '.vcf'])[1 + (a.k + a.j) % 3] END,
  description = CASE a.kind
    WHEN 'patch' THEN (ARRAY['Patch v' || a.j, 'WIP patch', 'Fix, with a test', 'patch v' || a.j || ': addressed review comments'])[1 + (a.k + a.j) % 4]
    WHEN 'screenshot' THEN (ARRAY['Screenshot', 'screenshot of the error', 'what the folder pane looks like', 'Bildschirmfoto', 'Screenshot with my account settings', 'the dialog'])[1 + (a.k * 3 + a.j) % 6]
    WHEN 'log' THEN (ARRAY['IMAP log (password removed)', 'protocol log', 'log of the ' || r.email || ' account', 'kestrel.log from my work PC', 'log'])[1 + (a.k + a.j) % 5]
    WHEN 'dump' THEN 'minidump from the crash reporter'
    WHEN 'eml' THEN (ARRAY['The message that triggers it (body replaced)', 'sample message', 'the mail from ' || o.full_name || ' that shows up blank', 'original message with headers'])[1 + (a.k + a.j) % 4]
    WHEN 'pdf' THEN (ARRAY['the attachment that opens empty', 'the PDF in question', 'PDF as saved from webmail (this one opens)'])[1 + (a.k + a.j) % 3]
    WHEN 'ics' THEN (ARRAY['The invitation as received from ' || o.full_name, 'ICS file', 'exported event'])[1 + (a.k + a.j) % 3]
    ELSE (ARRAY['vCard exported from my phone', 'test vCard with 3 contacts', 'the contact that loses its numbers'])[1 + (a.k + a.j) % 3] END
FROM bzgen.b b, bzgen.p r, bzgen.p o WHERE b.k = a.k AND r.i = b.reporter AND o.i = a.other;

UPDATE bzgen.att a SET data = CASE a.kind
    WHEN 'patch' THEN convert_to('From ' || fixture_gen.hexn('apsha', a.attach_id, 40) || E' Mon Sep 17 00:00:00 2001\nFrom: ' || w.full_name || ' <' || w.email || E'>\nDate: ' || to_char(a.ts, 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0000\nSubject: [PATCH] Bug '
        || b.bug_id || ' - ' || left(b.summary, 60) || E'\n\n---\n src/' || f.path || E' | 6 ++++--\n 1 file changed, 4 insertions(+), 2 deletions(-)\n\ndiff --git a/src/' || f.path || ' b/src/' || f.path || E'\n--- a/src/' || f.path || E'\n+++ b/src/' || f.path
        || E'\n@@ -808,8 +808,10 @@\n   if (!conn_) {\n-    return;\n+    log_warn("no connection, scheduling reconnect");\n+    schedule_reconnect();\n+    return;\n   }\n-  conn_->send(cmd);\n+  conn_->send(std::move(cmd));\n', 'UTF8')
    WHEN 'screenshot' THEN CASE WHEN a.mimetype = 'image/jpeg' THEN decode('ffd8ffe000104a46494600010100000100010000', 'hex') ELSE decode('89504e470d0a1a0a0000000d49484452000005000000032008060000', 'hex') END
        || decode(fixture_gen.hexn('apng', a.attach_id, 900), 'hex')
    WHEN 'log' THEN convert_to(bzgen.imaplog(b, r, false) || E'\n' || to_char(a.ts, 'YYYY-MM-DD HH24:MI:SS') || ' - [Parent 4120: Main Thread]: D/Profile ' || bzgen.profile_path(b, r), 'UTF8')
    WHEN 'dump' THEN decode('4d444d5093a7', 'hex') || decode(fixture_gen.hexn('admp', a.attach_id, 600), 'hex') || convert_to(bzgen.profile_path(b, r) || '\prefs.js', 'UTF8') || decode(fixture_gen.hexn('admp2', a.attach_id, 300), 'hex')
    WHEN 'eml' THEN convert_to('Return-Path: <' || o.email || E'>\r\nFrom: ' || o.full_name || ' <' || o.email || E'>\r\nTo: ' || coalesce(r.full_name, '') || ' <' || r.email || E'>\r\nSubject: '
        || fixture_gen.pick(ARRAY['Re: Angebot Q3', 'Unterlagen für Montag', 'Invoice 2024-0412', 'photos from the weekend'], 'esub', a.attach_id) || E'\r\nDate: ' || to_char(a.ts - interval '1 day', 'Dy, DD Mon YYYY HH24:MI:SS')
        || E' +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHallo ' || coalesce(r.first, '') || E',\r\n\r\nanbei wie besprochen die Unterlagen. Ruf mich gern an.\r\n\r\n-- \r\n' || o.full_name || E'\r\n'
        || fixture_gen.street('estr', a.attach_id) || E'\r\n' || fixture_gen.postcode('epc', a.attach_id) || ' ' || fixture_gen.city('ecity', a.attach_id) || E'\r\nMobil: ' || o.phone || E'\r\n', 'UTF8')
    WHEN 'pdf' THEN convert_to(E'%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Title (' || CASE WHEN a.filename LIKE 'Lebenslauf%' OR a.filename LIKE 'CV%' THEN 'Lebenslauf ' || o.full_name ELSE 'Rechnung' END
        || ') /Author (' || o.full_name || E') /Creator (Microsoft Word for Microsoft 365) /CreationDate (D:' || to_char(a.ts - interval '3 days', 'YYYYMMDDHH24MISS') || E')>>\nendobj\n2 0 obj\n<< /Length 5120 /Filter /FlateDecode >>\nstream\n', 'UTF8')
        || decode(fixture_gen.hexn('apdf', a.attach_id, 800), 'hex') || convert_to(E'\nendstream\nendobj\n%%EOF\n', 'UTF8')
    WHEN 'ics' THEN convert_to(E'BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nORGANIZER;CN="' || o.full_name || '":mailto:' || o.email
        || E'\r\nATTENDEE;CN="' || coalesce(r.full_name, r.email) || '";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:' || r.email || E'\r\nSUMMARY:' || fixture_gen.pick(ARRAY['Weekly sync', 'Quartalsgespräch', 'Dentist', 'Project kickoff'], 'isum', a.attach_id)
        || E'\r\nDTSTART;TZID=W. Europe Standard Time:' || to_char(a.ts + interval '5 days', 'YYYYMMDD"T"HH24MISS') || E'\r\nLOCATION:' || fixture_gen.street('iloc', a.attach_id) || E'\r\nUID:' || fixture_gen.uuid('iuid', a.attach_id) || E'\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', 'UTF8')
    ELSE convert_to(E'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:' || o.full_name || E'\r\nN:' || o.last || ';' || o.first || E';;;\r\nTEL;TYPE=cell:' || o.phone || E'\r\nEMAIL:' || o.email || E'\r\nADR;TYPE=home:;;' || fixture_gen.street('vstr', a.attach_id)
        || ';' || fixture_gen.city('vcity', a.attach_id) || ';;' || fixture_gen.postcode('vpc', a.attach_id) || E';\r\nBDAY:' || to_char(fixture_gen.birth_date('vbd', a.attach_id), 'YYYYMMDD') || E'\r\nEND:VCARD\r\n', 'UTF8') END,
  ctext = CASE a.kind WHEN 'patch' THEN (ARRAY['', 'This reconnects instead of dropping the command. Needs a test.', 'Addressed the review comments, added a test.'])[1 + (a.k + a.j) % 3]
                      WHEN 'log' THEN (ARRAY['', 'Here is the log.', 'Log with the password removed.'])[1 + (a.k + a.j) % 3]
                      WHEN 'screenshot' THEN (ARRAY['', '', 'This is what it looks like.'])[1 + (a.k + a.j) % 3]
                      ELSE (ARRAY['', 'Sample attached.'])[1 + (a.k + a.j) % 2] END
FROM bzgen.b b, bzgen.p r, bzgen.p o, bzgen.p w,
     (VALUES (0, 'imap/session.cpp'), (1, 'compose/signature.cpp'), (2, 'calendar/caldav_client.cpp'), (3, 'addrbook/vcard_parser.cpp'), (4, 'search/quick_filter.cpp'), (5, 'ui/settings_page.cpp')) f(n, path)
WHERE b.k = a.k AND r.i = b.reporter AND o.i = a.other AND w.i = a.who AND f.n = a.k % 6;

INSERT INTO bzgen.cm (k, seq, kind, who, ts, private, type, extra, txt)
SELECT a.k, 200 + a.j, 'attach', a.who, a.ts, a.isprivate, 5, a.attach_id::text, a.ctext FROM bzgen.att a;
ALTER TABLE bzgen.cm ADD COLUMN comment_id int;
UPDATE bzgen.cm c SET comment_id = 31000 + 87 * x.rn + fixture_gen.n('cid', x.rn, 87)
FROM (SELECT k, seq, row_number() OVER (ORDER BY ts, k, seq) rn FROM bzgen.cm) x WHERE x.k = c.k AND x.seq = c.seq;

CREATE TABLE attachments (
    attach_id serial PRIMARY KEY,
    bug_id integer NOT NULL REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE,
    creation_ts timestamp(0) without time zone NOT NULL,
    modification_time timestamp(0) without time zone NOT NULL,
    description varchar(255) NOT NULL,
    mimetype varchar(255) NOT NULL,
    ispatch smallint NOT NULL DEFAULT 0,
    filename varchar(255) NOT NULL,
    submitter_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE,
    isobsolete smallint NOT NULL DEFAULT 0,
    isprivate smallint NOT NULL DEFAULT 0
);
CREATE INDEX attachments_bug_id_idx ON attachments (bug_id);
CREATE INDEX attachments_submitter_id_idx ON attachments (submitter_id, bug_id);
INSERT INTO attachments (attach_id, bug_id, creation_ts, modification_time, description, mimetype, ispatch, filename, submitter_id, isobsolete, isprivate)
SELECT a.attach_id, b.bug_id, a.ts, CASE WHEN a.isobsolete = 1 OR a.isprivate = 1 THEN least(b.delta, a.ts + interval '2 days') ELSE a.ts END, left(a.description, 255), a.mimetype, a.ispatch, left(a.filename, 255), a.who,
       a.isobsolete, a.isprivate
FROM bzgen.att a JOIN bzgen.b b ON b.k = a.k ORDER BY a.attach_id;

CREATE TABLE attach_data (
    id integer PRIMARY KEY REFERENCES attachments (attach_id) ON UPDATE CASCADE ON DELETE CASCADE,
    thedata bytea NOT NULL
);
INSERT INTO attach_data (id, thedata) SELECT attach_id, data FROM bzgen.att ORDER BY attach_id;

CREATE TABLE longdescs (
    comment_id serial PRIMARY KEY,
    bug_id integer NOT NULL REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE,
    who integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE,
    bug_when timestamp(0) without time zone NOT NULL,
    work_time numeric(7, 2) NOT NULL DEFAULT 0,
    thetext text NOT NULL,
    isprivate smallint NOT NULL DEFAULT 0,
    already_wrapped smallint NOT NULL DEFAULT 0,
    type integer NOT NULL DEFAULT 0,
    extra_data varchar(255)
);
CREATE INDEX longdescs_bug_id_idx ON longdescs (bug_id, work_time);
CREATE INDEX longdescs_who_idx ON longdescs (who, bug_id);
CREATE INDEX longdescs_bug_when_idx ON longdescs (bug_when);
INSERT INTO longdescs (comment_id, bug_id, who, bug_when, work_time, thetext, isprivate, already_wrapped, type, extra_data)
SELECT c.comment_id, b.bug_id, c.who, c.ts,
       CASE WHEN b.prod IN (3, 5) AND b.k % 3 = 0 AND c.kind IN ('dev_note', 'deployed') THEN (ARRAY[0.5, 1, 1.5, 2, 3])[1 + c.seq % 5] ELSE 0 END,
       coalesce(c.txt, ''), c.private, 0, c.type, c.extra
FROM bzgen.cm c JOIN bzgen.b b ON b.k = c.k ORDER BY c.comment_id;

-- ---------------------------------------------------------------------------
-- CC lists, keywords, votes, see also.

CREATE TABLE cc (
    bug_id integer NOT NULL REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE,
    who integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE UNIQUE INDEX cc_bug_id_idx ON cc (bug_id, who);
CREATE INDEX cc_who_idx ON cc (who);
CREATE TABLE bzgen.ccx (k int, who int, ts timestamp);
INSERT INTO bzgen.ccx
SELECT c.k, c.who, min(c.ts) FROM bzgen.cm c JOIN bzgen.b b ON b.k = c.k
WHERE c.who NOT IN (b.reporter, b.assignee, 5, 6) AND c.kind NOT IN ('desc', 'dupe_of', 'has_dupe') GROUP BY c.k, c.who
UNION ALL SELECT b.k, b.reporter, b.created + interval '1 minute' FROM bzgen.b b WHERE b.k % 3 <> 0 AND b.kind <> 'spam'
UNION ALL SELECT b.k, 16 + fixture_gen.n('ccd', b.k * 10 + g, 30), b.created + make_interval(hours => 2 + g * 7) FROM bzgen.b b, generate_series(1, 3) g WHERE g <= fixture_gen.n('ccn', b.k, 4) AND b.kind <> 'spam'
UNION ALL SELECT b.k, 76 + fixture_gen.n('ccr', b.k * 10 + g, 355), b.created + make_interval(days => 1 + g * 3) FROM bzgen.b b, generate_series(1, 4) g
  WHERE g <= fixture_gen.n('ccrn', b.k, 5) AND b.prod = 1 AND b.kind NOT IN ('spam', 'meta', 'sec') AND b.created + make_interval(days => 1 + g * 3) < b.delta
UNION ALL SELECT b.k, 4, b.created + interval '1 hour' FROM bzgen.b b WHERE b.kind = 'sec'
UNION ALL SELECT b.k, 3, b.created + interval '1 day' FROM bzgen.b b WHERE b.kind = 'meta' OR (b.severity IN ('blocker', 'critical') AND b.prod = 1);
DELETE FROM bzgen.ccx x USING bzgen.p p WHERE p.i = x.who AND p.i IN (97, 133, 171);
INSERT INTO cc (bug_id, who) SELECT DISTINCT b.bug_id, x.who FROM bzgen.ccx x JOIN bzgen.b b ON b.k = x.k ORDER BY 1, 2;

CREATE TABLE keywords (
    bug_id integer NOT NULL REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE,
    keywordid integer NOT NULL REFERENCES keyworddefs (id) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE UNIQUE INDEX keywords_bug_id_idx ON keywords (bug_id, keywordid);
CREATE INDEX keywords_keywordid_idx ON keywords (keywordid);
INSERT INTO keywords (bug_id, keywordid)
SELECT DISTINCT b.bug_id, kw FROM bzgen.b b JOIN bugs g ON g.bug_id = b.bug_id CROSS JOIN LATERAL unnest(ARRAY[
    CASE WHEN b.kind = 'crash' THEN 1 END, CASE WHEN b.kind = 'hang' THEN 2 END, CASE WHEN b.kind = 'data' AND b.k % 2 = 0 THEN 3 END,
    CASE WHEN g.cf_has_regression_range <> '---' THEN 4 END, CASE WHEN b.kind = 'perf' THEN 5 END, CASE WHEN b.comp = 13 THEN 6 END, CASE WHEN b.kind = 'meta' THEN 7 END,
    CASE WHEN b.whiteboard LIKE '%good first bug%' THEN 8 END, CASE WHEN b.comp = 33 THEN 9 END, CASE WHEN b.k % 19 = 7 AND b.prod = 1 THEN 10 END,
    CASE WHEN b.t = 38 THEN 11 END, CASE WHEN b.kind = 'sec' AND b.k % 2 = 0 THEN 12 END, CASE WHEN b.kind = 'sec' AND b.k % 2 = 1 THEN 13 END,
    CASE WHEN b.comp = 12 AND b.k % 3 = 0 THEN 14 END]) kw
WHERE kw IS NOT NULL ORDER BY 1, 2;

CREATE TABLE votes (
    who integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    bug_id integer NOT NULL REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE,
    vote_count integer NOT NULL
);
CREATE INDEX votes_who_idx ON votes (who);
CREATE INDEX votes_bug_id_idx ON votes (bug_id);
INSERT INTO votes (who, bug_id, vote_count)
SELECT DISTINCT ON (w, b.bug_id) w, b.bug_id, 1 + fixture_gen.n('vc', b.k * 1000 + w, CASE WHEN b.prod = 1 THEN 5 ELSE 3 END)
FROM bzgen.b b CROSS JOIN LATERAL (SELECT 76 + fixture_gen.n('vw', b.k * 100 + g, 355) AS w FROM generate_series(1, 8) g WHERE g <= fixture_gen.n('vn', b.k, 9)) x
WHERE b.prod IN (1, 2) AND b.resolution IN ('', 'FIXED') AND b.kind NOT IN ('meta', 'sec', 'spam') AND w NOT IN (97, 133, 171, 219)
ORDER BY w, b.bug_id;
UPDATE bugs g SET votes = x.s FROM (SELECT bug_id, sum(vote_count) s FROM votes GROUP BY bug_id) x WHERE x.bug_id = g.bug_id;

CREATE TABLE bug_see_also (
    id serial PRIMARY KEY,
    bug_id integer NOT NULL REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE,
    value varchar(255) NOT NULL,
    class varchar(255) NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX bug_see_also_bug_id_idx ON bug_see_also (bug_id, value);
INSERT INTO bug_see_also (bug_id, value, class)
SELECT b.bug_id, x.value, x.class FROM bzgen.b b CROSS JOIN LATERAL (SELECT 1 AS g UNION ALL SELECT 2 WHERE b.k % 4 = 0) g CROSS JOIN LATERAL (VALUES
    (CASE (b.k + g.g) % 6
       WHEN 0 THEN 'https://bugs.launchpad.net/ubuntu/+source/kestrel/+bug/' || (1900000 + fixture_gen.n('sa', b.k * 10 + g.g, 180000))
       WHEN 1 THEN 'https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=' || (950000 + fixture_gen.n('sa', b.k * 10 + g.g, 120000))
       WHEN 2 THEN 'https://github.com/flathub/org.kestrelmail.Kestrel/issues/' || (10 + fixture_gen.n('sa', b.k * 10 + g.g, 600))
       WHEN 3 THEN 'https://bugzilla.mozilla.org/show_bug.cgi?id=' || (1500000 + fixture_gen.n('sa', b.k * 10 + g.g, 450000))
       WHEN 4 THEN 'https://bugs.kestrel-mail.example/show_bug.cgi?id=' || (b.bug_id - 50 - fixture_gen.n('sa', b.k * 10 + g.g, 3000))
       ELSE 'https://github.com/kestrel-mail/libkmime/issues/' || (1 + fixture_gen.n('sa', b.k * 10 + g.g, 400)) END,
     CASE (b.k + g.g) % 6 WHEN 0 THEN 'Bugzilla::BugUrl::Launchpad' WHEN 1 THEN 'Bugzilla::BugUrl::Debian' WHEN 2 THEN 'Bugzilla::BugUrl::GitHub'
       WHEN 3 THEN 'Bugzilla::BugUrl::Bugzilla' WHEN 4 THEN 'Bugzilla::BugUrl::Bugzilla::Local' ELSE 'Bugzilla::BugUrl::GitHub' END)) x(value, class)
WHERE b.prod IN (1, 2, 6) AND fixture_gen.n('san', b.k, 10) < 3
ORDER BY b.bug_id, x.value;

-- ---------------------------------------------------------------------------
-- Flags.

CREATE TABLE bzgen.fl (k int, attach_id int, type_id int, status text, setter int, requestee int, created timestamp, modified timestamp, asked timestamp, asker int, live boolean);
-- needinfo requests from the pings; still open unless the reporter answered or the bug is closed.
INSERT INTO bzgen.fl
SELECT c.k, NULL, 3, '?', c.who, b.reporter, c.ts, c.ts, c.ts, c.who,
       b.resolution = '' AND NOT EXISTS (SELECT 1 FROM bzgen.cm x WHERE x.k = c.k AND x.who = b.reporter AND x.ts > c.ts)
FROM bzgen.cm c JOIN bzgen.b b ON b.k = c.k WHERE c.kind = 'needinfo_ping' AND b.reporter NOT IN (219);
-- reviews of patches
INSERT INTO bzgen.fl
SELECT a.k, a.attach_id, 1,
       CASE WHEN a.isobsolete = 1 THEN '-' WHEN b.resolution = 'FIXED' THEN '+' ELSE '?' END,
       CASE WHEN a.isobsolete = 1 OR b.resolution = 'FIXED' THEN 16 + (b.k * 7) % 30 ELSE a.who END,
       CASE WHEN a.isobsolete = 0 AND b.resolution <> 'FIXED' THEN 16 + (b.k * 7) % 30 END,
       a.ts + interval '1 minute', least(b.delta, a.ts + make_interval(hours => 20 + fixture_gen.n('rvt', a.attach_id, 70))), a.ts + interval '1 minute', a.who, true
FROM bzgen.att a JOIN bzgen.b b ON b.k = a.k WHERE a.kind = 'patch';
-- nobody reviews their own patch
UPDATE bzgen.fl f SET setter = CASE WHEN f.setter = 17 THEN 16 ELSE 17 END FROM bzgen.att a WHERE a.attach_id = f.attach_id AND f.type_id = 1 AND f.status <> '?' AND f.setter = a.who;
UPDATE bzgen.fl f SET requestee = CASE WHEN f.requestee = 17 THEN 16 ELSE 17 END FROM bzgen.att a WHERE a.attach_id = f.attach_id AND f.type_id = 1 AND f.status = '?' AND f.requestee = a.who;
INSERT INTO bzgen.fl
SELECT a.k, a.attach_id, 2, CASE WHEN b.resolution = 'FIXED' THEN '+' ELSE '?' END, CASE WHEN b.resolution = 'FIXED' THEN 17 ELSE a.who END, CASE WHEN b.resolution = 'FIXED' THEN NULL ELSE 17 END,
       a.ts + interval '2 minutes', least(b.delta, a.ts + interval '3 days'), a.ts + interval '2 minutes', a.who, true
FROM bzgen.att a JOIN bzgen.b b ON b.k = a.k WHERE a.kind = 'patch' AND a.description = 'WIP patch' AND a.who <> 17;
INSERT INTO bzgen.fl
SELECT a.k, a.attach_id, 4, '+', 20, NULL, least(b.delta, a.ts + interval '2 days'), least(b.delta, a.ts + interval '3 days'), least(b.delta, a.ts + interval '2 days'), a.who, true
FROM bzgen.att a JOIN bzgen.b b ON b.k = a.k JOIN bugs g ON g.bug_id = b.bug_id
WHERE a.kind = 'patch' AND a.isobsolete = 0 AND b.resolution = 'FIXED' AND b.severity IN ('blocker', 'critical', 'major');
INSERT INTO bzgen.fl
SELECT a.k, a.attach_id, 5, '+', 20, NULL, least(b.delta, a.ts + interval '4 days'), least(b.delta, a.ts + interval '5 days'), least(b.delta, a.ts + interval '4 days'), a.who, true
FROM bzgen.att a JOIN bzgen.b b ON b.k = a.k JOIN bugs g ON g.bug_id = b.bug_id
WHERE a.kind = 'patch' AND a.isobsolete = 0 AND g.cf_status_kestrel_esr128 = 'fixed';
INSERT INTO bzgen.fl
SELECT a.k, a.attach_id, 7, '+', 36, NULL, a.ts + interval '1 hour', a.ts + interval '20 hours', a.ts + interval '1 hour', a.who, true
FROM bzgen.att a JOIN bzgen.b b ON b.k = a.k WHERE a.kind = 'patch' AND a.isobsolete = 0 AND b.kind = 'sec';
INSERT INTO bzgen.fl
SELECT b.k, NULL, 8, (ARRAY['+', '+', '-', '?', '+'])[1 + b.k % 5], CASE WHEN b.assignee NOT IN (2, 20) THEN b.assignee ELSE 16 + b.k % 30 END, NULL, b.resolved, b.resolved, b.resolved, NULL, true
FROM bzgen.b b WHERE b.resolution = 'FIXED' AND b.prod = 1 AND b.kind <> 'meta' AND fixture_gen.n('its', b.k, 10) < 4;
INSERT INTO bzgen.fl
SELECT b.k, NULL, 9, (ARRAY['+', '-'])[1 + b.k % 2], 28, NULL, b.resolved + interval '1 hour', b.resolved + interval '1 hour', b.resolved + interval '1 hour', NULL, true
FROM bzgen.b b WHERE b.resolution = 'FIXED' AND b.prod = 1 AND b.kind <> 'meta' AND fixture_gen.n('qev', b.k, 10) < 2;
INSERT INTO bzgen.fl
SELECT a.k, a.attach_id, 11, '?', a.who, 17, a.ts + interval '3 minutes', a.ts + interval '3 minutes', a.ts + interval '3 minutes', a.who, true
FROM bzgen.att a JOIN bzgen.b b ON b.k = a.k WHERE a.kind = 'patch' AND b.comp IN (12, 14) AND a.who <> 17;
UPDATE bzgen.fl f SET modified = least(f.modified, b.delta), created = least(f.created, b.delta), asked = least(f.asked, b.delta) FROM bzgen.b b WHERE b.k = f.k;

CREATE TABLE flags (
    id serial PRIMARY KEY,
    type_id integer NOT NULL REFERENCES flagtypes (id) ON UPDATE CASCADE ON DELETE CASCADE,
    status char(1) NOT NULL,
    bug_id integer NOT NULL REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE,
    attach_id integer REFERENCES attachments (attach_id) ON UPDATE CASCADE ON DELETE CASCADE,
    creation_date timestamp(0) without time zone NOT NULL,
    modification_date timestamp(0) without time zone,
    setter_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE,
    requestee_id integer REFERENCES profiles (userid) ON UPDATE CASCADE
);
CREATE INDEX flags_bug_id_idx ON flags (bug_id, attach_id);
CREATE INDEX flags_setter_id_idx ON flags (setter_id);
CREATE INDEX flags_requestee_id_idx ON flags (requestee_id);
CREATE INDEX flags_type_id_idx ON flags (type_id);
INSERT INTO flags (id, type_id, status, bug_id, attach_id, creation_date, modification_date, setter_id, requestee_id)
SELECT 7000 + 2 * row_number() OVER (ORDER BY f.created, f.k, f.type_id), f.type_id, f.status, b.bug_id, f.attach_id, f.created, f.modified, f.setter, f.requestee
FROM bzgen.fl f JOIN bzgen.b b ON b.k = f.k WHERE f.live ORDER BY f.created, f.k, f.type_id;

-- ---------------------------------------------------------------------------
-- The activity log: every field change, with logins for the user fields.

CREATE TABLE bzgen.act (k int, who int, ts timestamp, field text, removed text, added text, attach_id int, comment_id int);
-- Triage: when the first developer comment came, or two days after filing.
ALTER TABLE bzgen.b ADD COLUMN triaged timestamp, ADD COLUMN triager int;
UPDATE bzgen.b b SET triaged = least(b.delta, coalesce((SELECT min(c.ts) FROM bzgen.cm c JOIN bzgen.p p ON p.i = c.who WHERE c.k = b.k AND c.seq > 0 AND p.role = 'dev'), b.created + interval '2 days')),
  triager = coalesce((SELECT c.who FROM bzgen.cm c JOIN bzgen.p p ON p.i = c.who WHERE c.k = b.k AND c.seq > 0 AND p.role = 'dev' ORDER BY c.ts LIMIT 1), 16 + fixture_gen.n('ctr', b.k, 30));
UPDATE bzgen.b SET triaged = triaged::timestamp(0);
INSERT INTO bzgen.act (k, who, ts, field, removed, added)
-- confirmation
SELECT b.k, b.triager, b.triaged, f, r, a FROM bzgen.b b JOIN bugs g ON g.bug_id = b.bug_id,
  (VALUES ('bug_status', 'UNCONFIRMED', 'CONFIRMED'), ('everconfirmed', '0', '1')) v(f, r, a)
WHERE b.prod = 1 AND g.everconfirmed = 1 AND b.kind NOT IN ('meta', 'spam')
-- assignment
UNION ALL SELECT b.k, b.assignee, greatest(b.triaged, coalesce(b.resolved, b.delta) - interval '3 days'), 'assigned_to', 'nobody@kestrel-mail.example', p.email
FROM bzgen.b b JOIN bzgen.p p ON p.i = b.assignee WHERE b.assignee <> 2 AND b.kind <> 'meta'
UNION ALL SELECT b.k, b.assignee, greatest(b.triaged, coalesce(b.resolved, b.delta) - interval '3 days'), 'bug_status', 'CONFIRMED', 'IN_PROGRESS'
FROM bzgen.b b WHERE b.assignee <> 2 AND b.kind NOT IN ('meta', 'gdpr') AND (b.status = 'IN_PROGRESS' OR b.resolution = 'FIXED') AND b.prod = 1
-- CC changes, mostly people adding themselves
UNION ALL SELECT x.k, CASE WHEN x.who IN (3, 4) THEN b.triager ELSE x.who END, least(x.ts, b.delta)::timestamp(0), 'cc', '', p.email FROM bzgen.ccx x JOIN bzgen.b b ON b.k = x.k JOIN bzgen.p p ON p.i = x.who
WHERE x.who NOT IN (97, 133, 171) AND NOT (x.who = b.reporter AND x.ts = b.created + interval '1 minute')
UNION ALL SELECT b.k, b.reporter, b.created + interval '1 minute', 'cc', '', p.email FROM bzgen.b b JOIN bzgen.p p ON p.i = b.reporter WHERE b.k % 3 <> 0 AND b.kind <> 'spam' AND b.k % 2 = 0
-- keywords and whiteboard at triage
UNION ALL SELECT b.k, b.triager, b.triaged, 'keywords', '', string_agg(d.name, ', ' ORDER BY d.name) FROM bzgen.b b JOIN keywords kw ON kw.bug_id = b.bug_id JOIN keyworddefs d ON d.id = kw.keywordid
GROUP BY b.k, b.triager, b.triaged
UNION ALL SELECT b.k, b.triager, b.triaged, 'status_whiteboard', '', b.whiteboard FROM bzgen.b b WHERE b.whiteboard <> ''
-- reporters' summaries that triage rewrote
UNION ALL SELECT b.k, b.triager, b.triaged, 'short_desc', CASE b.k % 5
    WHEN 0 THEN 'kestrel doesnt work with my account ' || p.email WHEN 1 THEN 'URGENT!!! cannot send or receive - ' || coalesce(p.full_name, p.email)
    WHEN 2 THEN 'Mail problem' WHEN 3 THEN 'Since the update nothing works anymore' ELSE 'Problem with ' || coalesce(b.server, 'server') || ' (' || p.email || ')' END, b.summary
FROM bzgen.b b JOIN bzgen.p p ON p.i = b.reporter WHERE b.prod = 1 AND p.role = 'rep' AND b.kind NOT IN ('spam', 'meta') AND fixture_gen.n('sdc', b.k, 100) < 14
-- moved out of General
UNION ALL SELECT b.k, b.triager, b.triaged, 'component', 'General', c.name FROM bzgen.b b JOIN components c ON c.id = b.comp WHERE b.prod = 1 AND b.comp <> 18 AND fixture_gen.n('cmv', b.k, 10) = 0
UNION ALL SELECT b.k, b.triager, b.triaged, 'bug_severity', 'normal', b.severity FROM bzgen.b b WHERE b.severity <> 'normal' AND b.k % 4 = 1
UNION ALL SELECT b.k, b.triager, b.triaged, 'priority', '---', b.priority FROM bzgen.b b WHERE b.priority <> '---' AND b.k % 2 = 0
-- closing
UNION ALL SELECT b.k, c.who, b.resolved, 'bug_status', CASE WHEN g.everconfirmed = 1 AND b.prod = 1 THEN CASE WHEN b.resolution = 'FIXED' AND b.assignee <> 2 THEN 'IN_PROGRESS' ELSE 'CONFIRMED' END
                                                            WHEN b.prod = 1 THEN 'UNCONFIRMED' ELSE 'CONFIRMED' END, 'RESOLVED'
FROM bzgen.b b JOIN bugs g ON g.bug_id = b.bug_id JOIN LATERAL (SELECT who FROM bzgen.cm c WHERE c.k = b.k AND c.seq > 0 AND c.seq < 100 ORDER BY c.seq DESC LIMIT 1) c ON true WHERE b.resolved IS NOT NULL
UNION ALL SELECT b.k, c.who, b.resolved, 'resolution', '', b.resolution
FROM bzgen.b b JOIN LATERAL (SELECT who FROM bzgen.cm c WHERE c.k = b.k AND c.seq > 0 AND c.seq < 100 ORDER BY c.seq DESC LIMIT 1) c ON true WHERE b.resolved IS NOT NULL
UNION ALL SELECT b.k, c.who, b.resolved, 'cf_last_resolved', '', to_char(b.resolved, 'YYYY-MM-DD HH24:MI:SS')
FROM bzgen.b b JOIN LATERAL (SELECT who FROM bzgen.cm c WHERE c.k = b.k AND c.seq > 0 AND c.seq < 100 ORDER BY c.seq DESC LIMIT 1) c ON true WHERE b.resolved IS NOT NULL
UNION ALL SELECT b.k, b.assignee, b.resolved, 'target_milestone', '---', b.milestone FROM bzgen.b b WHERE b.milestone NOT IN ('---') AND b.resolved IS NOT NULL AND b.assignee <> 2
UNION ALL SELECT b.k, 28, b.delta, 'bug_status', 'RESOLVED', 'VERIFIED' FROM bzgen.b b WHERE b.status = 'VERIFIED'
-- release status and tracking set by release management
UNION ALL SELECT b.k, CASE WHEN j.value IN ('fixed', 'verified') AND b.assignee NOT IN (2, 20) THEN b.assignee ELSE 20 END,
       least(b.delta, CASE WHEN j.value IN ('fixed', 'verified') AND b.resolved IS NOT NULL THEN b.resolved ELSE b.triaged + interval '1 day' END), j.key, '---', j.value
FROM bzgen.b b JOIN bugs g ON g.bug_id = b.bug_id CROSS JOIN LATERAL jsonb_each_text(to_jsonb(g)) j
WHERE (j.key LIKE 'cf_status_kestrel%' OR j.key LIKE 'cf_tracking_kestrel%') AND j.value <> '---'
UNION ALL SELECT b.k, b.triager, b.triaged, j.key, '---', j.value
FROM bzgen.b b JOIN bugs g ON g.bug_id = b.bug_id CROSS JOIN LATERAL jsonb_each_text(to_jsonb(g)) j
WHERE j.key IN ('cf_has_str', 'cf_security_rating', 'cf_has_regression_range', 'cf_points', 'cf_effort', 'cf_ux_review', 'cf_performance_impact', 'cf_accessibility_severity', 'cf_bounty') AND j.value <> '---'
UNION ALL SELECT b.k, b.triager, b.triaged, 'cf_crash_signature', '', g.cf_crash_signature FROM bzgen.b b JOIN bugs g ON g.bug_id = b.bug_id WHERE g.cf_crash_signature <> ''
UNION ALL SELECT b.k, b.reporter, b.created + interval '2 hours', 'bug_file_loc', '', g.bug_file_loc FROM bzgen.b b JOIN bugs g ON g.bug_id = b.bug_id
WHERE g.bug_file_loc LIKE 'https://%' AND g.bug_file_loc NOT LIKE '%private-%' AND g.bug_file_loc NOT LIKE 'https://%:%@%' AND b.k % 4 = 0;
-- flag requests and their answers
INSERT INTO bzgen.act (k, who, ts, field, removed, added, attach_id)
SELECT f.k, coalesce(f.asker, f.setter), f.asked, 'flagtypes.name', '', t.name || '?' || coalesce('(' || rq.email || ')', '') , f.attach_id
FROM bzgen.fl f JOIN flagtypes t ON t.id = f.type_id LEFT JOIN bzgen.p rq ON rq.i = coalesce(f.requestee, CASE WHEN f.type_id IN (1, 2) THEN f.setter END)
WHERE f.type_id IN (1, 2, 3, 11) OR f.status = '?'
UNION ALL
SELECT f.k, f.setter, f.modified, 'flagtypes.name', t.name || '?' || coalesce('(' || rq.email || ')', ''), t.name || f.status, f.attach_id
FROM bzgen.fl f JOIN flagtypes t ON t.id = f.type_id JOIN bzgen.p rq ON rq.i = f.setter WHERE f.type_id IN (1, 2) AND f.status <> '?'
UNION ALL
SELECT f.k, f.setter, f.modified, 'flagtypes.name', '', t.name || f.status, f.attach_id FROM bzgen.fl f JOIN flagtypes t ON t.id = f.type_id WHERE f.type_id NOT IN (1, 2, 3, 11) AND f.status <> '?'
UNION ALL
SELECT f.k, b.reporter, least(b.delta, coalesce((SELECT min(x.ts) FROM bzgen.cm x WHERE x.k = f.k AND x.who = b.reporter AND x.ts > f.asked), b.resolved, b.delta)), 'flagtypes.name', 'needinfo?(' || p.email || ')', '', NULL
FROM bzgen.fl f JOIN bzgen.b b ON b.k = f.k JOIN bzgen.p p ON p.i = f.requestee WHERE f.type_id = 3 AND NOT f.live;
-- obsolete and private attachments, hidden comments
INSERT INTO bzgen.act (k, who, ts, field, removed, added, attach_id, comment_id)
SELECT a.k, a.who, least(b.delta, x.ts - interval '1 minute'), 'attachments.isobsolete', '0', '1', a.attach_id, NULL::int
FROM bzgen.att a JOIN bzgen.b b ON b.k = a.k JOIN bzgen.att x ON x.k = a.k AND x.j = 2 WHERE a.isobsolete = 1
UNION ALL SELECT a.k, 16 + fixture_gen.n('apr', a.attach_id, 30), least(b.delta, a.ts + interval '1 day'), 'attachments.isprivate', '0', '1', a.attach_id, NULL::int
FROM bzgen.att a JOIN bzgen.b b ON b.k = a.k WHERE a.isprivate = 1
UNION ALL SELECT c.k, h.who, h.ts, 'longdescs.isprivate', '0', '1', NULL::int, c.comment_id
FROM bzgen.cm c JOIN bzgen.cm h ON h.k = c.k AND h.kind IN ('pw_hidden', 'spam_close') WHERE c.seq = 0;

CREATE TABLE bugs_activity (
    id serial PRIMARY KEY,
    bug_id integer NOT NULL REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE,
    attach_id integer REFERENCES attachments (attach_id) ON UPDATE CASCADE ON DELETE CASCADE,
    who integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE,
    bug_when timestamp(0) without time zone NOT NULL,
    fieldid integer NOT NULL REFERENCES fielddefs (id) ON UPDATE CASCADE,
    added varchar(255),
    removed varchar(255),
    comment_id integer REFERENCES longdescs (comment_id) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX bugs_activity_bug_id_idx ON bugs_activity (bug_id);
CREATE INDEX bugs_activity_who_idx ON bugs_activity (who);
CREATE INDEX bugs_activity_bug_when_idx ON bugs_activity (bug_when);
CREATE INDEX bugs_activity_fieldid_idx ON bugs_activity (fieldid);
INSERT INTO bugs_activity (bug_id, attach_id, who, bug_when, fieldid, added, removed, comment_id)
SELECT b.bug_id, a.attach_id, a.who, a.ts::timestamp(0), f.id, left(a.added, 255), left(a.removed, 255), a.comment_id
FROM bzgen.act a JOIN bzgen.b b ON b.k = a.k JOIN fielddefs f ON f.name = a.field
ORDER BY a.ts, b.bug_id, f.id;

-- ---------------------------------------------------------------------------
-- Mail preferences, ignored bugs, watched users.

CREATE TABLE email_setting (
    user_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    relationship integer NOT NULL,
    event integer NOT NULL
);
CREATE UNIQUE INDEX email_setting_user_id_idx ON email_setting (user_id, relationship, event);
-- relationship: 0 assignee, 1 QA, 2 reporter, 3 CC, 4 voter, 5 global watcher, 100 any.
-- event: 0 other .. 11 component, 50 unconfirmed, 51 changed by me, 100/101 flag requests.
INSERT INTO email_setting (user_id, relationship, event)
SELECT p.i, r, e FROM bzgen.p p, generate_series(0, 4) r, unnest(ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) e
WHERE (p.role = 'dev' OR (p.role = 'rep' AND p.i % 5 = 0) OR p.i IN (1, 3, 4)) AND fixture_gen.n('es', p.i * 1000 + r * 20 + e, 10) >= 2
UNION ALL SELECT p.i, 100, e FROM bzgen.p p, unnest(ARRAY[100, 101]) e WHERE p.role = 'dev' OR (p.role = 'rep' AND p.i % 5 = 0) OR p.i IN (1, 3, 4)
UNION ALL SELECT p.i, 5, 0 FROM bzgen.p p WHERE p.i IN (1, 19)
UNION ALL SELECT p.i, r, 51 FROM bzgen.p p, generate_series(0, 3) r WHERE p.role = 'dev' AND p.i % 3 = 0
ORDER BY 1, 2, 3;

CREATE TABLE email_bug_ignore (
    user_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    bug_id integer NOT NULL REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE UNIQUE INDEX email_bug_ignore_user_id_idx ON email_bug_ignore (user_id, bug_id);
INSERT INTO email_bug_ignore (user_id, bug_id)
SELECT DISTINCT c.who, c.bug_id FROM cc c JOIN bzgen.p p ON p.i = c.who WHERE fixture_gen.n('ebi', c.bug_id * 1000 + c.who, 60) = 0 ORDER BY 1, 2;

CREATE TABLE watch (
    watcher integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    watched integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE UNIQUE INDEX watch_watcher_idx ON watch (watcher, watched);
CREATE INDEX watch_watched_idx ON watch (watched);
INSERT INTO watch (watcher, watched)
SELECT DISTINCT w, d FROM (
  SELECT p.i AS w, 7 + fixture_gen.n('wt', p.i * 10 + g, 9) AS d FROM bzgen.p p, generate_series(1, 3) g WHERE p.role = 'dev' AND g <= 1 + p.i % 3
  UNION ALL SELECT p.i, 7 + fixture_gen.n('wtr', p.i, 9) FROM bzgen.p p WHERE p.role = 'rep' AND p.i % 23 = 4
  UNION ALL SELECT 16, 17 UNION ALL SELECT 19, 1 UNION ALL SELECT 20, 3 UNION ALL SELECT 22, 16 UNION ALL SELECT 28, 20
) x(w, d) ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Saved searches, reports, charts.

CREATE FUNCTION bzgen.urlenc(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(replace(s, '%', '%25'), '@', '%40'), ' ', '%20'), '+', '%2B') $$;

CREATE TABLE namedqueries (
    id serial PRIMARY KEY,
    userid integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    name varchar(64) NOT NULL,
    query text NOT NULL
);
CREATE UNIQUE INDEX namedqueries_userid_idx ON namedqueries (userid, name);
INSERT INTO namedqueries (userid, name, query)
SELECT DISTINCT ON (p.i, q.name) p.i, q.name, q.query
FROM bzgen.p p CROSS JOIN LATERAL generate_series(1, CASE WHEN p.role = 'dev' THEN 1 + p.i % 4 WHEN p.i % 9 = 1 THEN 1 ELSE 0 END) g
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'My open bugs', 'bug_status=UNCONFIRMED&bug_status=CONFIRMED&bug_status=IN_PROGRESS&email1=' || bzgen.urlenc(p.email) || '&emailassigned_to1=1&emailreporter1=1&emailtype1=exact&list_id=' || (180000 + p.i * 37) || '&query_format=advanced'),
  (1, 'Needinfo queue', 'f1=flagtypes.name&o1=substring&v1=needinfo%3F%28' || bzgen.urlenc(p.email) || '%29&query_format=advanced&resolution=---'),
  (2, 'Reviews for me', 'f1=requestees.login_name&o1=equals&v1=' || bzgen.urlenc(p.email) || '&f2=flagtypes.name&o2=substring&v2=review%3F&query_format=advanced'),
  (3, 'IMAP regressions', 'component=IMAP&keywords=regression&keywords_type=allwords&product=Kestrel&resolution=---&query_format=advanced'),
  (4, 'Untriaged this week', 'bug_status=UNCONFIRMED&chfield=%5BBug%20creation%5D&chfieldfrom=-7d&chfieldto=Now&product=Kestrel&query_format=advanced'),
  (5, 'Calendar crashes', 'component=Calendar&keywords=crash&product=Kestrel&resolution=---&query_format=advanced&order=changeddate%20DESC'),
  (6, 'ESR 128 affected', 'f1=cf_status_kestrel_esr128&o1=equals&v1=affected&product=Kestrel&query_format=advanced'),
  (7, 'What ' || coalesce((SELECT x.nick FROM bzgen.p x WHERE x.i = 16 + (p.i * 3) % 30), 'anna') || ' works on', 'email1=' || bzgen.urlenc((SELECT x.email FROM bzgen.p x WHERE x.i = 16 + (p.i * 3) % 30)) || '&emailassigned_to1=1&emailtype1=exact&resolution=---&query_format=advanced'),
  (8, 'Flatpak', 'cf_distribution=Flatpak&product=Kestrel&resolution=---&query_format=advanced'),
  (9, 'Reported by me', 'email1=' || bzgen.urlenc(p.email) || '&emailreporter1=1&emailtype1=exact&query_format=advanced')) v(n, name, query)
  WHERE v.n = CASE WHEN p.role = 'rep' THEN 9 - 9 * (p.i % 2) ELSE fixture_gen.n('nq', p.i * 10 + g, 10) END) q
ORDER BY p.i, q.name;

CREATE TABLE reports (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    name varchar(64) NOT NULL,
    query text NOT NULL
);
CREATE UNIQUE INDEX reports_user_id_idx ON reports (user_id, name);
INSERT INTO reports (user_id, name, query)
SELECT DISTINCT ON (u, name) u, name, query FROM (
  SELECT 16 + fixture_gen.n('rpu', g, 30) AS u, (ARRAY['Open bugs per component', 'Crashes per release', 'Status by component', 'Untriaged by age', 'Regressions per milestone'])[1 + g % 5] AS name,
         (ARRAY['x_axis_field=bug_status&y_axis_field=component&product=Kestrel&resolution=---&format=table&action=wrap&query_format=report-table',
                'x_axis_field=version&y_axis_field=&keywords=crash&product=Kestrel&format=bar&action=wrap&query_format=report-graph',
                'x_axis_field=bug_status&y_axis_field=component&z_axis_field=product&format=table&action=wrap&query_format=report-table',
                'x_axis_field=days_elapsed&y_axis_field=component&bug_status=UNCONFIRMED&product=Kestrel&format=table&action=wrap',
                'x_axis_field=target_milestone&y_axis_field=&keywords=regression&product=Kestrel&format=line&action=wrap&query_format=report-graph'])[1 + g % 5] AS query
  FROM generate_series(1, 26) g) x ORDER BY u, name;

CREATE TABLE series (
    series_id serial PRIMARY KEY,
    creator integer REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    category integer NOT NULL,
    subcategory integer NOT NULL,
    name varchar(64) NOT NULL,
    frequency integer NOT NULL,
    query text NOT NULL,
    is_public smallint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX series_category_idx ON series (category, subcategory, name);
-- categories: 1 Kestrel, 2 Kestrel Sync Server, 3 -All-, then one per component name.
INSERT INTO series (creator, category, subcategory, name, frequency, query, is_public)
SELECT 1, 1, 3, s, 1, CASE WHEN s = 'All Open' THEN 'bug_status=UNCONFIRMED&bug_status=CONFIRMED&bug_status=IN_PROGRESS&product=Kestrel'
                           WHEN s IN ('FIXED', 'DUPLICATE', 'WORKSFORME') THEN 'resolution=' || s || '&product=Kestrel' ELSE 'bug_status=' || s || '&product=Kestrel' END, 1
FROM unnest(ARRAY['UNCONFIRMED', 'CONFIRMED', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED', 'FIXED', 'DUPLICATE', 'All Open']) s
UNION ALL SELECT 1, 1, 3 + c.id, s, 1, CASE WHEN s = 'All Open' THEN 'bug_status=UNCONFIRMED&bug_status=CONFIRMED&bug_status=IN_PROGRESS&product=Kestrel&component=' || replace(c.name, ' ', '%20')
                                            ELSE 'bug_status=' || s || '&product=Kestrel&component=' || replace(c.name, ' ', '%20') END, 1
FROM components c, unnest(ARRAY['UNCONFIRMED', 'All Open']) s WHERE c.id IN (1, 3, 4, 7, 8)
UNION ALL SELECT 1, 2, 3, s, 1, 'bug_status=' || s || '&product=Kestrel%20Sync%20Server', 1 FROM unnest(ARRAY['CONFIRMED', 'RESOLVED']) s
UNION ALL SELECT 16, 1, 4, 'IMAP regressions', 7, 'keywords=regression&product=Kestrel&component=IMAP&resolution=---', 0
UNION ALL SELECT 20, 1, 3, 'Tracked for current release', 1, 'f1=cf_tracking_kestrel140&o1=equals&v1=%2B&product=Kestrel&resolution=---', 0;

CREATE TABLE series_data (
    series_id integer NOT NULL REFERENCES series (series_id) ON UPDATE CASCADE ON DELETE CASCADE,
    series_date timestamp(0) without time zone NOT NULL,
    series_value integer NOT NULL
);
CREATE UNIQUE INDEX series_data_series_id_idx ON series_data (series_id, series_date);
INSERT INTO series_data (series_id, series_date, series_value)
SELECT s.series_id, timestamp '2025-06-02 00:00:00' - make_interval(days => 7 * w),
       greatest(0, (CASE WHEN s.name = 'All Open' THEN 2400 WHEN s.name IN ('FIXED', 'RESOLVED') THEN 6100 WHEN s.name = 'UNCONFIRMED' THEN 780 WHEN s.name = 'DUPLICATE' THEN 1900 ELSE 300 END)
                   / CASE WHEN s.subcategory > 3 THEN 9 ELSE 1 END / CASE WHEN s.category = 2 THEN 20 ELSE 1 END
                   + CASE WHEN s.name IN ('FIXED', 'RESOLVED', 'DUPLICATE') THEN -w * 11 ELSE 0 END + fixture_gen.n('sd', s.series_id * 100 + w, 40) - 20)
FROM series s, generate_series(0, 17) w WHERE s.frequency = 1 OR w % 7 = 0 ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Whines: scheduled mails of saved searches.

CREATE TABLE whine_events (
    id serial PRIMARY KEY,
    owner_userid integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    subject varchar(128),
    body text,
    mailifnobugs smallint NOT NULL DEFAULT 0
);
INSERT INTO whine_events (id, owner_userid, subject, body, mailifnobugs) VALUES
 (1, 16, 'Untriaged IMAP bugs this week', E'Hi all,\n\nthese IMAP bugs have had no reply yet. Please take one or two before Friday.\n\nIngrid', 0),
 (2, 20, 'Uplift requests waiting for approval', E'Release drivers: approve or reject these before Thursday''s beta build. Questions to Ngozi on Matrix (@ngozi:kestrel-mail.example) or ' || (SELECT email FROM bzgen.p WHERE i = 20) || '.', 0),
 (3, 17, 'Your needinfo queue', NULL, 0),
 (4, 18, 'カレンダーの未解決バグ / open calendar bugs', E'Weekly list for the calendar team.\n\nHiroshi', 0),
 (5, 19, 'Account deletion and privacy requests', E'Privacy requests must be answered within 30 days (GDPR art. 12). Anything older than two weeks: ping Maarten, ' || bzgen.phone('nl', 'wh5', 5) || ', even on weekends.', 1),
 (6, 22, 'Crash bugs filed yesterday', NULL, 0),
 (7, 27, 'Installer and updater regressions', E'Daily list. If a bug is about the Microsoft Store package, CC ' || (SELECT email FROM bzgen.p WHERE i = 33) || ', who has the Partner Center access.', 0),
 (8, 23, 'Localization bugs without an owner', E'Привіт! Weekly list of l10n bugs. Locale leads, please pick yours.\n\nТарас', 0),
 (9, 36, 'Security bugs without a rating', E'Bugs in the security group without a sec- rating. Do not forward this mail.', 1),
 (10, 24, 'Spam check', NULL, 0),
 (11, 45, 'My reviews', NULL, 0),
 (12, 28, 'QE verification queue', E'Bugs marked qe-verify+ that are fixed on nightly. Amelia', 0),
 (13, 1, 'Bugzilla admin: disabled accounts with open bugs', E'Check whether the bugs of disabled accounts need a new owner. The bounce list is on the infra wiki.', 0),
 (14, 33, 'Sync server: open bugs', NULL, 0),
 (15, 52, 'Things I said I would look at', E'Note to self: the Flatpak portal bugs are blocked on upstream (see the libportal issue).', 0);

CREATE TABLE whine_queries (
    id serial PRIMARY KEY,
    eventid integer NOT NULL REFERENCES whine_events (id) ON UPDATE CASCADE ON DELETE CASCADE,
    query_name varchar(64) NOT NULL DEFAULT '',
    sortkey integer NOT NULL DEFAULT 0,
    onemailperbug smallint NOT NULL DEFAULT 0,
    title varchar(128) NOT NULL DEFAULT ''
);
INSERT INTO whine_queries (eventid, query_name, sortkey, onemailperbug, title) VALUES
 (1, 'Untriaged this week', 0, 0, 'New IMAP bugs'), (1, 'IMAP regressions', 1, 0, 'Open IMAP regressions'),
 (2, 'ESR 128 affected', 0, 0, 'ESR 128: affected, not yet fixed'), (2, 'Reviews for me', 1, 0, 'Patches waiting for review'),
 (3, 'Needinfo queue', 0, 1, 'Needinfo requests for you'), (4, 'Calendar crashes', 0, 0, 'Open calendar crashes'),
 (5, 'My open bugs', 0, 0, 'Open privacy requests'), (6, 'Untriaged this week', 0, 0, 'New crash bugs'),
 (7, 'My open bugs', 0, 0, 'Installer bugs'), (8, 'My open bugs', 0, 0, 'Unowned l10n bugs'), (9, 'My open bugs', 0, 1, 'Unrated security bugs'),
 (10, 'Untriaged this week', 0, 0, ''), (11, 'Reviews for me', 0, 0, 'Review requests'), (12, 'My open bugs', 0, 0, 'To verify'),
 (13, 'My open bugs', 0, 0, 'Disabled owners'), (14, 'My open bugs', 0, 0, ''), (15, 'Flatpak', 0, 0, 'Flatpak');

CREATE TABLE whine_schedules (
    id serial PRIMARY KEY,
    eventid integer NOT NULL REFERENCES whine_events (id) ON UPDATE CASCADE ON DELETE CASCADE,
    run_day varchar(32),
    run_time varchar(32),
    run_next timestamp(0) without time zone,
    mailto integer NOT NULL,
    mailto_type integer NOT NULL DEFAULT 0
);
-- mailto is a user id (mailto_type 0) or a group id (mailto_type 1).
INSERT INTO whine_schedules (eventid, run_day, run_time, run_next, mailto, mailto_type) VALUES
 (1, 'Mon', '9', '2025-06-09 09:00:00', 8, 1), (1, 'Mon', '9', '2025-06-09 09:00:00', 16, 0), (2, 'Tue', '14', '2025-06-03 14:00:00', 18, 1),
 (3, 'Daily', '8', '2025-06-03 08:00:00', 17, 0), (4, 'Fri', '10', '2025-06-06 10:00:00', 18, 0), (4, 'Fri', '10', '2025-06-06 10:00:00', 45, 0),
 (5, 'MF', '7', '2025-06-02 07:00:00', 16, 1), (6, 'Daily', '6', '2025-06-03 06:00:00', 22, 0), (7, 'MF', '9', '2025-06-03 09:00:00', 27, 0),
 (8, 'Wed', '12', '2025-06-04 12:00:00', 19, 1), (9, 'Mon', '8', '2025-06-09 08:00:00', 15, 1), (10, 'Daily', '23', '2025-06-02 23:00:00', 24, 0),
 (11, 'MF', '15', '2025-06-02 15:00:00', 45, 0), (12, 'Thu', '11', '2025-06-05 11:00:00', 28, 0), (13, '1', '6', '2025-07-01 06:00:00', 1, 0),
 (14, 'Mon', '10', '2025-06-09 10:00:00', 33, 0), (15, 'Sat', '9', '2025-06-07 09:00:00', 52, 0);

-- ---------------------------------------------------------------------------
-- Quips shown above bug lists.

CREATE TABLE quips (
    quipid serial PRIMARY KEY,
    userid integer REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE SET NULL,
    quip varchar(512) NOT NULL,
    approved smallint NOT NULL DEFAULT 1
);
INSERT INTO quips (userid, quip, approved) VALUES
 (16, 'It is always IMAP.', 1), (17, 'Have you tried turning off IDLE?', 1), (NULL, 'WORKSFORME is not a lifestyle.', 1),
 (19, 'There are 10 kinds of bugs: regressions and the ones we have not found yet.', 1), (20, 'Merge day is a state of mind.', 1),
 (21, 'Ein Bug ohne Log ist wie ein Brief ohne Absender.', 1), (22, 'The crash is in your profile, not in your code.', 1),
 (NULL, 'Please do not put your password in the bug. Yes, you.', 1), (18, 'タイムゾーンは難しい。', 1),
 (24, 'Every Exchange server is unique, like a snowflake, and just as warm.', 1), (27, 'Notarization failed (try 4 of 5).', 1),
 (28, 'Verified on my machine.', 1), (16, 'Ingrid''s law: the server always sends one more untagged response than you expect.', 1),
 (45, 'Quote from the all-hands: "we will rewrite it in Rust" (' || (SELECT full_name FROM bzgen.p WHERE i = 19) || ', 2021)', 1),
 (NULL, 'Bugzilla remembers everything. Except your password.', 1), (33, 'Docker: works on my container.', 1),
 (61, 'If you can read this, your bug list loaded in under a minute. Congratulations.', 1), (88, 'i reported 1 bug and now i get 40 mails a day', 1),
 (101, 'Kestrel: the only mail client my grandmother and I agree on.', 1), (150, 'Hi Anna! - from the Kraków meetup', 1),
 (205, 'call me for cheap flights +44 20 7946 0958', 0), (133, 'best deals on flights click my profile', 0),
 (NULL, 'Fixed in the next release. Which one? The next one.', 1), (36, 'sec-high means sleep-low.', 1), (23, 'Translators are the real release managers.', 1),
 (19, 'Stichting Kestrel thanks the ' || (3000 + 441) || ' donors of 2024.', 1), (26, 'The thread pane is a state machine with opinions.', 1),
 (NULL, 'MIME: Many Interesting Mistakes Everywhere.', 1), (212, 'Thanks to Hiroshi for fixing my calendar bug in two days!', 1),
 (300, 'Is this thing on?', 0), (47, 'Mailbox zero is a myth.', 1), (31, 'Nordwind IT loves Kestrel. Mostly.', 1),
 (NULL, 'RFC 5322 compliant since 2011.', 1), (250, 'Ask ' || (SELECT full_name FROM bzgen.p WHERE i = 22) || ' about the 2019 crash storm.', 1),
 (20, 'Tracking flag +: someone cares. Tracking flag -: someone cared.', 1), (43, 'Привет всем из Новосибирска!', 1),
 (17, 'Please attach the log. Please attach the log. Please attach the log.', 1), (NULL, 'UNCONFIRMED is a feeling.', 1),
 (52, 'Bug 404: summary not found.', 1), (19, 'The foundation office phone is not a support line. Really.', 1);

-- ---------------------------------------------------------------------------
-- Per-user settings and recent searches.

CREATE TABLE profile_setting (
    user_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    setting_name varchar(32) NOT NULL REFERENCES setting (name) ON UPDATE CASCADE ON DELETE CASCADE,
    setting_value varchar(32) NOT NULL
);
CREATE UNIQUE INDEX profile_setting_value_unique_idx ON profile_setting (user_id, setting_name);
INSERT INTO profile_setting (user_id, setting_name, setting_value)
SELECT p.i, s.name, CASE s.name
    WHEN 'timezone' THEN p.tz
    WHEN 'comment_sort_order' THEN (ARRAY['newest_to_oldest', 'newest_to_oldest_desc_first'])[1 + p.i % 2]
    WHEN 'skin' THEN (ARRAY['Classic', 'standard'])[1 + p.i % 2]
    WHEN 'email_format' THEN 'text_only'
    WHEN 'post_bug_submit_action' THEN (ARRAY['same_bug', 'nothing'])[1 + p.i % 2]
    WHEN 'state_addselfcc' THEN (ARRAY['always', 'never'])[1 + p.i % 2]
    WHEN 'quote_replies' THEN (ARRAY['simple_reply', 'off'])[1 + p.i % 2]
    WHEN 'requestee_cc' THEN 'off' WHEN 'possible_duplicates' THEN 'off' WHEN 'display_quips' THEN 'off' WHEN 'zoom_textareas' THEN 'off'
    WHEN 'bugmail_new_prefix' THEN 'off' WHEN 'comment_box_position' THEN 'after_comments' WHEN 'api_key_only' THEN 'on' WHEN 'csv_colsepchar' THEN ';'
    WHEN 'per_bug_queries' THEN 'on' WHEN 'quicksearch_fulltext' THEN 'off' ELSE 'en' END
FROM bzgen.p p CROSS JOIN setting s
WHERE p.i NOT BETWEEN 7 AND 15 AND p.i NOT IN (2, 97, 133, 171)
  AND CASE s.name WHEN 'timezone' THEN fixture_gen.n('pst', p.i, 10) < CASE WHEN p.role = 'dev' THEN 8 ELSE 4 END
                  WHEN 'api_key_only' THEN p.i IN (5, 6)
                  WHEN 'lang' THEN false
                  WHEN 'csv_colsepchar' THEN p.c IN ('de', 'fr', 'nl', 'it', 'es') AND p.i % 4 = 0
                  ELSE fixture_gen.n('ps' || s.name, p.i, 10) = 0 END
ORDER BY 1, 2;

CREATE TABLE profile_search (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    bug_list text NOT NULL,
    list_order text
);
CREATE INDEX profile_search_user_id_idx ON profile_search (user_id);
INSERT INTO profile_search (user_id, bug_list, list_order)
SELECT u, (SELECT string_agg(bug_id::text, ',' ORDER BY bug_id) FROM (SELECT bug_id FROM bugs WHERE fixture_gen.n('psb', g * 100000 + bug_id, 40) = 0 LIMIT 3 + g % 25) x),
       (ARRAY['bug_status,priority,assigned_to,bug_id', 'changeddate DESC,bug_id', 'bug_id', 'priority,bug_severity', NULL])[1 + g % 5]
FROM (SELECT g, CASE WHEN g % 3 = 0 THEN 76 + fixture_gen.n('psu', g, 355) ELSE 16 + fixture_gen.n('psu', g, 60) END AS u FROM generate_series(1, 210) g) x
WHERE u NOT IN (97, 133, 171) ORDER BY g;

-- ---------------------------------------------------------------------------
-- Authentication: login cookies (30 days), failed logins, tokens (3 days,
-- except pending account and email changes), API keys.

CREATE TABLE logincookies (
    cookie varchar(16) PRIMARY KEY,
    userid integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    ipaddr varchar(40),
    lastused timestamp(0) without time zone NOT NULL
);
CREATE INDEX logincookies_lastused_idx ON logincookies (lastused);
INSERT INTO logincookies (cookie, userid, ipaddr, lastused)
SELECT bzgen.rnd('lck', p.i * 10 + g, 10), p.i,
       CASE WHEN fixture_gen.n('lcr', p.i * 10 + g, 20) < 9 THEN CASE WHEN fixture_gen.n('lc6', p.i * 10 + g, 5) = 0 THEN fixture_gen.ipv6('lci', p.i * 10 + g) ELSE fixture_gen.ipv4('lci', p.i * 10 + g) END END,
       least(timestamp '2025-06-02 09:10:00', p.seen + make_interval(secs => 28800 + fixture_gen.n('lcl', p.i * 10 + g, 50000)) - make_interval(hours => (g - 1) * (5 + fixture_gen.n('lcd', p.i, 60))))
FROM bzgen.p p CROSS JOIN LATERAL generate_series(1, CASE WHEN p.role = 'dev' THEN 1 + p.i % 4 WHEN p.i IN (1, 5, 6) THEN 2 ELSE 1 END) g
WHERE p.seen >= '2025-05-04' AND p.i NOT IN (97, 133, 171, 219, 288, 341, 377, 402, 58)
ORDER BY 4;

CREATE TABLE login_failure (
    user_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    login_time timestamp(0) without time zone NOT NULL,
    ip_addr varchar(40) NOT NULL
);
CREATE INDEX login_failure_user_id_idx ON login_failure (user_id);
INSERT INTO login_failure (user_id, login_time, ip_addr)
SELECT u, bzgen.at('lft', g, '2025-03-01', '2025-06-02 08:00') + make_interval(secs => 20 * r), CASE WHEN g % 7 = 0 THEN fixture_gen.ipv6('lfi', g) ELSE fixture_gen.ipv4('lfi', g) END
FROM (SELECT g, CASE WHEN g % 4 = 0 THEN 16 + fixture_gen.n('lfu', g, 60) WHEN g % 9 = 0 THEN 1 ELSE 76 + fixture_gen.n('lfu', g, 355) END AS u FROM generate_series(1, 30) g) x,
     generate_series(0, 4) r
WHERE r <= fixture_gen.n('lfn', g, 5) AND u NOT IN (97, 133, 171)
ORDER BY 2;

CREATE TABLE tokens (
    userid integer REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    issuedate timestamp(0) without time zone NOT NULL,
    token varchar(16) PRIMARY KEY,
    tokentype varchar(16) NOT NULL,
    eventdata varchar(255)
);
CREATE INDEX tokens_userid_idx ON tokens (userid);
INSERT INTO tokens (userid, issuedate, token, tokentype, eventdata)
SELECT u, ts, bzgen.rnd('tok', g, 10), tt, ev FROM (
  -- form tokens of recent sessions
  SELECT g, p.i AS u, bzgen.at('tks', g, '2025-05-30 09:00', '2025-06-02 09:00') AS ts, 'session' AS tt,
         (ARRAY['edit_user_prefs', 'edit_user_prefs', 'add_attachment', 'createbug:', 'edit_component', 'edit_user_prefs', 'edit_flagtype', 'edit_user', 'edit_product', 'add_group'])[1 + g % 10] AS ev
  FROM generate_series(1, 70) g JOIN bzgen.p p ON p.i = CASE WHEN g % 10 IN (4, 6, 7, 8, 9) THEN (ARRAY[1, 19, 16, 24, 20])[1 + g % 5] ELSE 16 + fixture_gen.n('tku', g, 60) END
  UNION ALL
  -- REST login tokens of scripts
  SELECT 100 + g, (ARRAY[5, 6, 22, 27, 36, 17, 45, 33])[1 + g % 8], bzgen.at('tka', g, '2025-05-30 00:00', '2025-06-02 09:00'), 'api_token', '' FROM generate_series(1, 24) g
  UNION ALL
  -- password resets: eventdata is the IP that asked for it
  SELECT 200 + g, 76 + fixture_gen.n('tkp', g, 355), bzgen.at('tkp', g, '2025-05-30 00:00', '2025-06-02 09:00'), 'password', fixture_gen.ipv4('tkpi', g) FROM generate_series(1, 12) g
  UNION ALL
  -- accounts requested but not confirmed yet: eventdata is the address
  SELECT 300 + g, NULL, bzgen.at('tkc', g, '2025-05-30 00:00', '2025-06-02 09:00'), 'account',
         bzgen.fold(c.firsts[1 + g % 8]) || '.' || bzgen.fold(c.lasts[1 + (g * 3) % 8]) || (g * 7) || '@' || c.domains[1] FROM generate_series(1, 9) g JOIN bzgen.cu c ON c.c = (ARRAY['de', 'br', 'in', 'fr', 'us', 'pl', 'jp', 'tr', 'ng'])[g]
  UNION ALL
  -- email changes: the old and the new address
  SELECT 400 + g * 2 + s, p.i, bzgen.at('tke', g, '2025-05-30 00:00', '2025-06-01 12:00'), CASE WHEN s = 0 THEN 'emailold' ELSE 'emailnew' END,
         p.email || ':' || bzgen.fold(p.first) || '.' || bzgen.fold(coalesce(p.last, '')) || '@' || (ARRAY['posteo.de', 'proton.me', 'fastmail.com', 'mailbox.org'])[1 + g % 4]
  FROM generate_series(1, 5) g JOIN bzgen.p p ON p.i = 76 + fixture_gen.n('tkeu', g, 355), generate_series(0, 1) s
) x WHERE u IS NULL OR u NOT IN (97, 133, 171, 219) ORDER BY ts;

CREATE TABLE user_api_keys (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    api_key varchar(40) NOT NULL,
    description varchar(255),
    revoked smallint NOT NULL DEFAULT 0,
    last_used timestamp(0) without time zone
);
CREATE UNIQUE INDEX user_api_keys_api_key_idx ON user_api_keys (api_key);
CREATE INDEX user_api_keys_user_id_idx ON user_api_keys (user_id);
INSERT INTO user_api_keys (user_id, api_key, description, revoked, last_used)
SELECT u, bzgen.rnd('apik', g, 40), d, CASE WHEN g % 9 = 4 THEN 1 ELSE 0 END,
       CASE WHEN g IN (1, 2) THEN bzgen.at('apil', g, '2025-06-02 08:00', '2025-06-02 09:00') WHEN g % 7 = 3 THEN NULL ELSE bzgen.at('apil', g, '2024-06-01', '2025-06-02 09:00') END
FROM (SELECT g, CASE WHEN g <= 4 THEN (ARRAY[5, 6, 5, 1])[g] WHEN g % 5 = 0 THEN 76 + fixture_gen.n('apiu', g, 355) ELSE 16 + fixture_gen.n('apiu', g, 60) END AS u,
             CASE WHEN g <= 4 THEN (ARRAY['triage bot (production)', 'CI: comment on push', 'triage bot (staging)', 'backup export'])[g]
                  ELSE (ARRAY['git-bz on my laptop', 'bzexport', 'triage script', 'my dashboard', 'phabricator sync', '', 'Kestrel add-on for Bugzilla', 'work laptop', NULL, 'release notes generator', 'needinfo notifier (Matrix bot)'])[1 + g % 11] END AS d
      FROM generate_series(1, 72) g) x
WHERE u NOT IN (97, 133, 171, 219) ORDER BY g;

-- ---------------------------------------------------------------------------
-- Bugmail: staged in mail_staging inside a transaction, then queued in
-- TheSchwartz (ts_job.arg is the frozen job argument with the message).

CREATE FUNCTION bzgen.bugmail(c bzgen.cm, b bzgen.b, a bzgen.p, rcpt bzgen.p, g bugs) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'From: bugzilla-daemon@kestrel-mail.example' || E'\nTo: ' || rcpt.email || E'\nSubject: [Bug ' || b.bug_id || '] ' || b.summary
      || E'\nDate: ' || to_char(c.ts, 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0000\nX-Bugzilla-Reason: CC\nX-Bugzilla-Type: changed\nX-Bugzilla-Watch-Reason: None\nX-Bugzilla-Product: '
      || (SELECT name FROM products WHERE id = b.prod) || E'\nX-Bugzilla-Component: ' || (SELECT name FROM components WHERE id = b.comp) || E'\nX-Bugzilla-Version: ' || b.version
      || E'\nX-Bugzilla-Keywords: \nX-Bugzilla-Severity: ' || b.severity || E'\nX-Bugzilla-Who: ' || a.email || E'\nX-Bugzilla-Status: ' || g.bug_status
      || E'\nX-Bugzilla-Resolution: ' || g.resolution || E'\nX-Bugzilla-Priority: ' || g.priority || E'\nX-Bugzilla-Assigned-To: ' || (SELECT email FROM bzgen.p WHERE i = g.assigned_to)
      || E'\nX-Bugzilla-Target-Milestone: ' || g.target_milestone || E'\nX-Bugzilla-Flags: \nX-Bugzilla-Changed-Fields: \nMessage-ID: <bug-' || b.bug_id || '-' || rcpt.i || '-' || bzgen.rnd('mid', c.comment_id, 10)
      || E'@https.bugs.kestrel-mail.example/>\nIn-Reply-To: <bug-' || b.bug_id || '-' || b.reporter || E'@https.bugs.kestrel-mail.example/>\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\n\n'
      || 'https://bugs.kestrel-mail.example/show_bug.cgi?id=' || b.bug_id || E'\n\n--- Comment #' || c.seq || ' from ' || coalesce(nullif(a.realname, ''), a.email) || ' <' || a.email || '> ---' || E'\n' || coalesce(c.txt, '')
      || E'\n\n-- \nYou are receiving this mail because:\nYou are on the CC list for the bug.'
$$;

CREATE TABLE mail_staging (
    id serial PRIMARY KEY,
    message bytea NOT NULL
);
INSERT INTO mail_staging (message)
SELECT convert_to(bzgen.bugmail(cmt, b, a, r, g), 'UTF8')
FROM (SELECT * FROM bzgen.cm WHERE seq BETWEEN 1 AND 99 AND private = 0 AND ts > '2025-05-01' ORDER BY ts DESC LIMIT 16) cmt
JOIN bzgen.b b ON b.k = cmt.k JOIN bugs g ON g.bug_id = b.bug_id JOIN bzgen.p a ON a.i = cmt.who
JOIN LATERAL (SELECT p.* FROM cc JOIN bzgen.p p ON p.i = cc.who WHERE cc.bug_id = b.bug_id AND cc.who <> cmt.who ORDER BY cc.who LIMIT 1) r ON true
ORDER BY cmt.ts;

CREATE TABLE ts_job (
    jobid serial PRIMARY KEY,
    funcid integer NOT NULL,
    arg bytea,
    uniqkey varchar(255),
    insert_time integer,
    run_after integer NOT NULL,
    grabbed_until integer NOT NULL,
    priority integer,
    "coalesce" varchar(255)
);
CREATE UNIQUE INDEX ts_job_funcid_idx ON ts_job (funcid, uniqkey);
CREATE INDEX ts_job_run_after_idx ON ts_job (run_after, funcid);
-- funcid 1 is Bugzilla::Job::Mailer, 2 Bugzilla::Job::BugMail.
INSERT INTO ts_job (jobid, funcid, arg, uniqkey, insert_time, run_after, grabbed_until, priority, "coalesce")
SELECT 918000 + row_number() OVER (ORDER BY cmt.ts, r.i), 1,
       decode('050b0300000001', 'hex') || int4send(octet_length(convert_to(bzgen.bugmail(cmt, b, a, r, g), 'UTF8'))) || convert_to(bzgen.bugmail(cmt, b, a, r, g), 'UTF8') || decode('00000003', 'hex') || convert_to('msg', 'UTF8'),
       NULL, extract(epoch FROM cmt.ts)::int, extract(epoch FROM cmt.ts)::int + CASE WHEN r.i % 5 = 0 THEN 600 ELSE 0 END, CASE WHEN r.i % 4 = 0 THEN extract(epoch FROM cmt.ts)::int + 3600 ELSE 0 END, NULL, NULL
FROM (SELECT * FROM bzgen.cm WHERE seq BETWEEN 1 AND 99 AND private = 0 AND ts > '2025-05-10' ORDER BY ts DESC LIMIT 14) cmt
JOIN bzgen.b b ON b.k = cmt.k JOIN bugs g ON g.bug_id = b.bug_id JOIN bzgen.p a ON a.i = cmt.who
JOIN LATERAL (SELECT p.* FROM cc JOIN bzgen.p p ON p.i = cc.who WHERE cc.bug_id = b.bug_id AND cc.who <> cmt.who ORDER BY cc.who DESC LIMIT 2) r ON true;

-- The text pasted from Help > Troubleshooting Information (custom field since 80).
UPDATE bugs g SET cf_troubleshooting_info = E'Application Basics\n------------------\nName: Kestrel\nVersion: ' || b.verstr || E'\nBuild ID: ' || coalesce(nullif(g.cf_build_id, ''), to_char(bzgen.rel_date(b.v), 'YYYYMMDDHH24MISS'))
    || E'\nDistribution ID: ' || coalesce(b.dist, 'kestrel-mail.example') || E'\nUpdate Channel: ' || CASE WHEN b.esr IS NOT NULL THEN 'esr' ELSE 'release' END || E'\nOS: ' || b.osname || E'\nProfile Folder: ' || bzgen.profile_path(b, p)
    || E'\nEnabled Plugins: 0\n\nMail and News Accounts\n----------------------\naccount1:\n  INCOMING: account1, , (imap) ' || coalesce(b.server, 'imap.gmail.com') || ':993, SSL, ' || CASE WHEN b.pv IN (0, 1) THEN 'OAuth2' ELSE 'passwordCleartext' END
    || E'\n  OUTGOING: ' || coalesce((SELECT replace(replace(v.smtp, '{domain}', split_part(p.email, '@', 2)), '{edomain}', 'example-corp.example') FROM bzgen.pv v WHERE v.k = b.pv), 'smtp.gmail.com') || ':465, SSL, passwordCleartext, true'
    || E'\n  IDENTITIES: ' || coalesce(nullif(p.full_name, ''), p.email) || ' <' || p.email || '>'
    || CASE WHEN b.k % 3 = 0 THEN E'\naccount2:\n  INCOMING: account2, , (pop3) pop.' || split_part(p.email, '@', 2) || E':995, SSL, passwordCleartext\n  IDENTITIES: ' || p.first || ' (old) <' || bzgen.fold(p.first) || '.' || bzgen.fold(coalesce(p.last, '')) || '@' || (ARRAY['aol.com', 'hotmail.com', 'yahoo.de'])[1 + b.k % 3] || '>' ELSE '' END
    || E'\naccount3:\n  INCOMING: account3, , (none) Local Folders, plain, passwordCleartext\n\nAdd-ons\n-------\n'
    || b.addon || ' (' || CASE WHEN b.k % 2 = 0 THEN '3.4.1' ELSE '11.0' END || E'), enabled\nDusk Theme Tweaks (1.2), ' || CASE WHEN b.k % 2 = 0 THEN 'disabled' ELSE 'enabled' END
    || E'\n\nImportant Modified Preferences\n------------------------------\nmail.server.default.use_idle: ' || CASE WHEN b.k % 2 = 0 THEN 'false' ELSE 'true' END || E'\nnetwork.proxy.type: ' || (b.k % 5)
FROM bzgen.b b JOIN bzgen.p p ON p.i = b.reporter
WHERE g.bug_id = b.bug_id AND b.prod = 1 AND b.created > '2020-06-01' AND b.kind NOT IN ('meta', 'spam', 'sec') AND fixture_gen.n('tsi', b.k, 100) < 22;

-- ---------------------------------------------------------------------------
-- The search copy of summaries and comments.

CREATE TABLE bugs_fulltext (
    bug_id integer PRIMARY KEY REFERENCES bugs (bug_id) ON UPDATE CASCADE ON DELETE CASCADE,
    short_desc varchar(255) NOT NULL,
    comments text,
    comments_noprivate text
);
INSERT INTO bugs_fulltext (bug_id, short_desc, comments, comments_noprivate)
SELECT g.bug_id, g.short_desc, string_agg(l.thetext, E'\n' ORDER BY l.bug_when, l.comment_id), coalesce(string_agg(l.thetext, E'\n' ORDER BY l.bug_when, l.comment_id) FILTER (WHERE l.isprivate = 0), '')
FROM bugs g JOIN longdescs l ON l.bug_id = g.bug_id GROUP BY g.bug_id, g.short_desc ORDER BY g.bug_id;

-- ---------------------------------------------------------------------------
-- Account history: profiles_activity keeps creation and group changes (as
-- Bugzilla::User writes them), audit_log the changes of every object.

CREATE TABLE profiles_activity (
    id serial PRIMARY KEY,
    userid integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE CASCADE,
    who integer NOT NULL REFERENCES profiles (userid) ON UPDATE CASCADE,
    profiles_when timestamp(0) without time zone NOT NULL,
    fieldid integer NOT NULL REFERENCES fielddefs (id) ON UPDATE CASCADE,
    oldvalue varchar(255),
    newvalue varchar(255)
);
CREATE INDEX profiles_activity_userid_idx ON profiles_activity (userid);
CREATE INDEX profiles_activity_profiles_when_idx ON profiles_activity (profiles_when);
INSERT INTO profiles_activity (userid, who, profiles_when, fieldid, oldvalue, newvalue)
SELECT u, w, t, (SELECT id FROM fielddefs WHERE name = f), o, n FROM (
  SELECT p.i AS u, CASE WHEN p.role = 'sys' OR p.i BETWEEN 16 AND 30 THEN 1 ELSE p.i END AS w, p.created::timestamp(0) AS t, 'creation_ts' AS f, NULL AS o,
         to_char(p.created, 'YYYY-MM-DD HH24:MI:SS') || '.' || fixture_gen.digits('pac', p.i, 6) || CASE WHEN extract(month FROM p.created) BETWEEN 4 AND 10 THEN '+02' ELSE '+01' END AS n
  FROM bzgen.p p
  UNION ALL SELECT p.i, CASE WHEN p.i BETWEEN 16 AND 30 THEN 1 ELSE (ARRAY[16, 19, 24])[1 + p.i % 3] END, (p.created + make_interval(days => 20 + fixture_gen.n('pag', p.i, 400)))::timestamp(0), 'bug_group', '',
         CASE WHEN p.i <= 45 THEN 'bz_canusewhines, canconfirm, editbugs, insiders' ELSE 'bz_canusewhines, canconfirm, editbugs' END
  FROM bzgen.p p WHERE p.role = 'dev'
  UNION ALL SELECT p.i, 24, (p.created + make_interval(days => 60 + fixture_gen.n('pag', p.i, 900)))::timestamp(0), 'bug_group', '', 'canconfirm'
  FROM bzgen.p p WHERE p.role = 'rep' AND p.i % 9 = 2 AND p.i NOT IN (97, 133, 171, 219, 288, 341, 377, 402)
  UNION ALL SELECT u, 1, ts, 'bug_group', '', g FROM (VALUES (16, timestamp '2014-02-11 10:12:00', 'admin, editusers, editcomponents, security'), (19, '2016-05-02 09:30:00', 'admin, bz_sudoers, foundation-confidential'),
                                                         (20, '2019-01-15 14:00:00', 'release-managers, bz_canusewhineatothers'), (36, '2020-03-03 08:45:00', 'security'),
                                                         (23, '2018-09-20 17:20:00', 'l10n-coordinators'), (24, '2017-11-30 11:00:00', 'admin, editusers, bz_quip_moderators')) x(u, ts, g)
  UNION ALL SELECT 58, 19, '2024-07-20 09:12:44', 'bug_group', 'bz_canusewhines, canconfirm, editbugs', '' UNION ALL SELECT 341, 24, '2022-07-19 16:03:10', 'bug_group', 'canconfirm', ''
) x ORDER BY t, u;

CREATE TABLE audit_log (
    user_id integer REFERENCES profiles (userid) ON UPDATE CASCADE ON DELETE SET NULL,
    class varchar(255) NOT NULL,
    object_id integer NOT NULL,
    field varchar(64) NOT NULL,
    removed text,
    added text,
    at_time timestamp(0) without time zone NOT NULL
);
CREATE INDEX audit_log_class_idx ON audit_log (class, at_time);
CREATE TABLE bzgen.oldmail AS
SELECT p.i, bzgen.fold(p.first) || CASE WHEN p.i % 2 = 0 THEN '.' || bzgen.fold(p.last) ELSE (p.i % 90)::text END || '@' || (ARRAY['hotmail.com', 'aol.com', 'uni-leipzig.example', 'yahoo.de', 'arcor.de', 'freenet.de'])[1 + p.i % 6] AS old,
       (p.created + make_interval(days => 200 + fixture_gen.n('omd', p.i, 1200)))::timestamp(0) AS changed
FROM bzgen.p p WHERE p.role IN ('dev', 'rep') AND p.created < '2022-01-01' AND fixture_gen.n('om', p.i, 100) < 5 AND p.i NOT IN (97, 133, 171, 219);
UPDATE bzgen.oldmail SET changed = least(changed, timestamp '2025-05-30 12:00:00');
INSERT INTO audit_log (user_id, class, object_id, field, removed, added, at_time)
SELECT u, c, o, f, r, a, t FROM (
  SELECT CASE WHEN p.role = 'sys' OR p.i BETWEEN 16 AND 30 THEN 1 END AS u, 'Bugzilla::User' AS c, p.i AS o, '__create__' AS f, NULL AS r, coalesce(m.old, p.email) AS a, p.created::timestamp(0) AS t
  FROM bzgen.p p LEFT JOIN bzgen.oldmail m ON m.i = p.i
  UNION ALL SELECT m.i, 'Bugzilla::User', m.i, 'login_name', m.old, p.email, m.changed FROM bzgen.oldmail m JOIN bzgen.p p ON p.i = m.i
  UNION ALL SELECT p.i, 'Bugzilla::User', p.i, 'realname', CASE WHEN p.i % 4 = 0 THEN '' ELSE p.full_name END, p.realname, (p.created + make_interval(days => 3 + fixture_gen.n('arn', p.i, 700)))::timestamp(0)
  FROM bzgen.p p WHERE p.role = 'dev' AND p.realname <> p.full_name
  UNION ALL SELECT p.i, 'Bugzilla::User', p.i, 'realname', '', p.realname, (p.created + make_interval(days => 1 + fixture_gen.n('arn', p.i, 300)))::timestamp(0)
  FROM bzgen.p p WHERE p.role = 'rep' AND p.realname <> '' AND fixture_gen.n('arr', p.i, 10) = 0
  UNION ALL SELECT 19, 'Bugzilla::User', 219, 'realname', (SELECT full_name FROM bzgen.p WHERE i = 219), '', '2023-09-14 10:02:11'
  UNION ALL SELECT 19, 'Bugzilla::User', 219, 'login_name', (SELECT bzgen.fold(first) || '.' || bzgen.fold(last) || '@gmail.com' FROM bzgen.p WHERE i = 219), 'u219@deleted.kestrel-mail.example', '2023-09-14 10:02:11'
  UNION ALL SELECT CASE WHEN pr.userid IN (97, 133, 171) THEN 24 ELSE 19 END, 'Bugzilla::User', pr.userid, 'disabledtext', '', pr.disabledtext,
         coalesce((SELECT max(x.ts) FROM bzgen.cm x WHERE x.who = pr.userid), pr.last_seen_date, '2022-07-19 16:03:10') + interval '2 hours'
  FROM profiles pr WHERE pr.is_enabled = 0
  UNION ALL SELECT CASE WHEN pr.userid IN (97, 133, 171) THEN 24 ELSE 19 END, 'Bugzilla::User', pr.userid, 'is_enabled', '1', '0',
         coalesce((SELECT max(x.ts) FROM bzgen.cm x WHERE x.who = pr.userid), pr.last_seen_date, '2022-07-19 16:03:10') + interval '2 hours'
  FROM profiles pr WHERE pr.is_enabled = 0
  UNION ALL SELECT 1, 'Bugzilla::User', pr.userid, 'extern_id', NULL, pr.extern_id, timestamp '2021-11-08 21:40:00' + make_interval(mins => pr.userid)
  FROM profiles pr WHERE pr.extern_id IS NOT NULL
  UNION ALL SELECT 1, 'Bugzilla::User', 288, 'disable_mail', '0', '1', '2023-07-22 06:00:00'
  UNION ALL SELECT 1, 'Bugzilla::Product', id, '__create__', NULL, name, timestamp '2011-03-02 12:00:00' + make_interval(days => 40 * id) FROM products
  UNION ALL SELECT 1, 'Bugzilla::Classification', id, '__create__', NULL, name, timestamp '2011-03-02 11:00:00' + make_interval(days => 30 * id) FROM classifications WHERE id > 1
  UNION ALL SELECT CASE WHEN id > 30 THEN 19 ELSE 1 END, 'Bugzilla::Component', id, '__create__', NULL, name, timestamp '2011-03-05 12:00:00' + make_interval(days => 37 * id) FROM components
  UNION ALL SELECT 16, 'Bugzilla::Component', id, 'initialowner', '2', initialowner::text, timestamp '2017-06-01 09:00:00' + make_interval(days => 11 * id) FROM components WHERE initialowner <> 2
  UNION ALL SELECT 24, 'Bugzilla::Component', id, 'isactive', '1', '0', timestamp '2020-08-25 10:00:00' + make_interval(days => 700 * (id - 36)) FROM components WHERE isactive = 0
  UNION ALL SELECT 20, 'Bugzilla::Version', id, '__create__', NULL, value, bzgen.rel_date(value::int) - interval '60 days' FROM versions WHERE product_id = 1 AND value ~ '^[0-9]+$'
  UNION ALL SELECT 20, 'Bugzilla::Milestone', id, '__create__', NULL, value, bzgen.rel_date(split_part(value, ' ', 1)::int) - interval '90 days' FROM milestones WHERE product_id = 1 AND value LIKE '% Branch'
  UNION ALL SELECT 16, 'Bugzilla::Keyword', id, '__create__', NULL, name, timestamp '2012-01-10 10:00:00' + make_interval(days => 90 * id) FROM keyworddefs
  UNION ALL SELECT 1, 'Bugzilla::FlagType', id, '__create__', NULL, name, timestamp '2012-02-01 10:00:00' + make_interval(days => 200 * id) FROM flagtypes
  UNION ALL SELECT 1, 'Bugzilla::Group', id, '__create__', NULL, name, timestamp '2011-03-02 10:30:00' + make_interval(days => 60 * (id - 14)) FROM groups WHERE id > 14
  UNION ALL SELECT 1, 'Bugzilla::Field', f.id, '__create__', NULL, f.name, least(timestamp '2025-05-20 10:00:00', bzgen.rel_date(floor(c.ord)::int) - interval '50 days') FROM fielddefs f JOIN bzgen.cf c ON c.name = f.name
  UNION ALL SELECT 20, 'Bugzilla::Field', f.id, 'obsolete', '0', '1', least(timestamp '2025-05-20 10:00:00', bzgen.rel_date(115) + make_interval(days => f.id % 20)) FROM fielddefs f WHERE f.custom = 1 AND f.obsolete = 1
) x ORDER BY t, c, o;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA bzgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
