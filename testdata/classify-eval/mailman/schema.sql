-- classify-eval fixture (HOLDOUT 37: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- GNU Mailman 3.3 suite on one PostgreSQL database, as its three parts
-- create their tables there. Mailman Core's SQLAlchemy/Alembic tables
-- (singular lower-case names, `user` quoted, underscored private columns
-- such as _original, _user_id and _created_on, Enums as integers, pickled
-- lists and dicts as bytea, timestamps without time zone); HyperKitty, the
-- archiver, and Postorius with django-mailman3, allauth and django-q in
-- Django's app-label tables (hyperkitty_, account_, socialaccount_,
-- django_q_, django_mailman3_, postorius_, auth_, django_).
--
-- Three mail domains: the Kestrel Linux distribution project's lists, the
-- Aurora University physics faculty's lists and the Velo Nord cycling
-- club's lists. Subscribers with names of several cultures and scripts,
-- their addresses as typed and as folded, users with passlib sha512_crypt
-- hashes, memberships and delivery preferences, pended confirmations with
-- key/value rows, subscription workflows with JSON state, bounce events,
-- held-message requests with pickled metadata, nonmember accept/hold/
-- reject/discard lists and bans, header matches, templates fetched over
-- HTTP with credentials, list settings and owner-typed notices; the
-- archive's mailing lists, senders, messages with quoted replies and
-- signatures, threads, attachments (patches, vCards, CVs, minutes) with
-- their bytes, votes, tags and favourites; Django users, emails and
-- confirmations, groups and permissions, social accounts at GitHub, GitLab,
-- Google and the university's OpenID Connect SSO with their profiles and
-- tokens, the social apps' secrets, sessions, the admin log, Postorius'
-- email templates, django-q's schedules, tasks and queue payloads; Core's
-- cache of templates fetched by URL.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA xgen;
SET client_min_messages = warning;

-- le: a length as the 8-byte little-endian integer of a pickle frame.
CREATE FUNCTION xgen.le(n int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT decode(substr(h, 7, 2) || substr(h, 5, 2) || substr(h, 3, 2) || substr(h, 1, 2) || '00000000', 'hex') FROM (SELECT lpad(to_hex(n), 8, '0') AS h) x
$$;

-- pk: a list of strings pickled with protocol 4 (as SQLAlchemy's
-- PickleType stores it); pkd: a dict of string keys and values.
CREATE FUNCTION xgen.pk(a text[]) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN coalesce(cardinality(a), 0) = 0 THEN '\x80045d942e'::bytea ELSE
    (SELECT '\x800495'::bytea || xgen.le(octet_length(body)) || body
     FROM (SELECT '\x5d9428'::bytea || string_agg(CASE WHEN octet_length(convert_to(s, 'UTF8')) < 256
                 THEN '\x8c'::bytea || decode(lpad(to_hex(octet_length(convert_to(s, 'UTF8'))), 2, '0'), 'hex')
                 ELSE '\x8d'::bytea || decode(lpad(to_hex(octet_length(convert_to(s, 'UTF8'))), 2, '0') || '000000000000', 'hex') END
               || convert_to(s, 'UTF8') || '\x94'::bytea, ''::bytea ORDER BY k) || '\x652e'::bytea AS body
           FROM unnest(a) WITH ORDINALITY u(s, k)) x) END
$$;

CREATE FUNCTION xgen.pkd(k text[], v text[]) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT '\x800495'::bytea || xgen.le(octet_length(body)) || body
  FROM (SELECT '\x7d9428'::bytea || string_agg(
          '\x8c'::bytea || decode(lpad(to_hex(octet_length(convert_to(kk, 'UTF8'))), 2, '0'), 'hex') || convert_to(kk, 'UTF8') || '\x94'::bytea
          || CASE WHEN vv IS NULL THEN '\x4e'::bytea ELSE
             CASE WHEN octet_length(convert_to(vv, 'UTF8')) < 256 THEN '\x8c'::bytea || decode(lpad(to_hex(octet_length(convert_to(vv, 'UTF8'))), 2, '0'), 'hex')
                  ELSE '\x8d'::bytea || decode(lpad(to_hex(octet_length(convert_to(vv, 'UTF8'))), 2, '0') || '000000000000', 'hex') END
             || convert_to(vv, 'UTF8') || '\x94'::bytea END, ''::bytea ORDER BY n) || '\x752e'::bytea AS body
        FROM unnest(k, v) WITH ORDINALITY u(kk, vv, n)) x
$$;

-- sha512crypt: passlib's sha512_crypt as Mailman stores passwords.
CREATE FUNCTION xgen.sha512crypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$6' || '$rounds=656000$' || fixture_gen.chars(tag || 's', i, 16, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') || '$'
      || fixture_gen.chars(tag, i, 86, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- tok: Mailman's pended tokens are 40 hex digits (sha1 of random bytes).
CREATE FUNCTION xgen.tok(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to('tok' || tag || ':' || i, 'UTF8')), 'hex')::varchar(40) $$;

-- msgid: a Message-ID as mail clients write them.
CREATE FUNCTION xgen.msgid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'k', i, 4)
    WHEN 0 THEN 'CA' || fixture_gen.chars(tag, i, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=') || '@mail.gmail.com'
    WHEN 1 THEN to_char(fixture_gen.ts(tag, i), 'YYYYMMDDHH24MISS') || '.' || fixture_gen.digits(tag, i, 6) || '-' || fixture_gen.digits(tag || 'b', i, 4) || '@'
                || fixture_gen.pick(ARRAY['kestrel-build01.kestrel-linux.example', 'mx.aurora-uni.example', 'localhost'], tag, i)
    WHEN 2 THEN fixture_gen.uuid(tag, i) || '@' || fixture_gen.pick(ARRAY['thunderbird.net', 'posteo.de', 'fastmail.com'], tag || 'h', i)
    ELSE upper(fixture_gen.hexn(tag, i, 16)) || '.' || upper(fixture_gen.hexn(tag || 'x', i, 8)) || '@EUR03.PROD.OUTLOOK.COM' END
$$;

-- hkhash: HyperKitty's message_id_hash, base32 of the SHA-1 of the Message-ID.
CREATE FUNCTION xgen.hkhash(mid text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT upper(translate(substr(encode(sha256(convert_to(mid, 'UTF8')), 'hex'), 1, 32), '0189', 'WXYZ'))
$$;

-- em: a personal address from a name.
CREATE FUNCTION xgen.em(first text, last text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 4) WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last)
              WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (i % 97)::text
              WHEN 2 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
              ELSE fixture_gen.ascii(last) || '_' || fixture_gen.ascii(first) END || '@'
      || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'proton.me', 'icloud.com', 'libero.it', 'mail.ru',
           'naver.com', 'qq.com', 'hey.com', 'posteo.de', 'fastmail.com', 'yahoo.co.jp'], tag || 'd', i)
$$;

-- People: 1-200 Kestrel contributors, 201-300 Aurora University staff and
-- students, 301-420 Velo Nord club members.
CREATE TABLE xgen.nat (k int, name text);
INSERT INTO xgen.nat VALUES (0, '王芳'), (1, '田中 陽子'), (2, 'Ольга Смирнова'), (3, 'محمد الأحمد'), (4, '김민지'), (5, 'Νίκος Παπαδόπουλος'),
  (6, '李伟'), (7, 'Дмитрий Соколов'), (8, '佐藤 健'), (9, 'יעל כהן'), (10, 'Ngô Thị Hương'), (11, 'Şebnem Aksoy');

CREATE TABLE xgen.p (i int PRIMARY KEY, grp text, first text, last text, name text, email text, email_orig text, email2 text, phone text,
  city text, org text, uname text, joined timestamp);
INSERT INTO xgen.p (i, grp, first, last, joined)
SELECT i, CASE WHEN i <= 200 THEN 'kestrel' WHEN i <= 300 THEN 'uni' ELSE 'club' END,
       fixture_gen.first_name('pf', i), fixture_gen.last_name('pl', i),
       timestamp '2019-02-11 09:00:00' + make_interval(hours => i * 97 + fixture_gen.n('pj', i, 90))
FROM generate_series(1, 420) i;
UPDATE xgen.p p SET
  name = CASE WHEN p.i % 15 = 7 THEN (SELECT name FROM xgen.nat WHERE k = (p.i / 15) % 12) ELSE p.first || ' ' || p.last END,
  email = CASE WHEN p.grp = 'uni' AND p.i % 3 <> 0 THEN fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@physik.aurora-uni.example'
               WHEN p.grp = 'kestrel' AND p.i % 7 = 0 THEN fixture_gen.ascii(p.first) || '@' || fixture_gen.ascii(p.last) || '.example'
               ELSE xgen.em(p.first, p.last, 'pm', p.i) END,
  email2 = CASE WHEN p.i % 4 = 0 THEN fixture_gen.ascii(p.last) || '.' || substr(fixture_gen.ascii(p.first), 1, 1) || (p.i % 90)::text || '@'
               || fixture_gen.pick(ARRAY['posteo.de', 'fastmail.com', 'gmx.net', 'protonmail.com', 'kestrel-linux.example'], 'pe2', p.i) END,
  phone = fixture_gen.phone('pph', p.i),
  city = fixture_gen.city('pci', p.i),
  org = CASE p.grp WHEN 'uni' THEN 'Aurora University, Faculty of Physics'
           WHEN 'kestrel' THEN fixture_gen.pick(ARRAY['Nordlicht Hosting GmbH', 'Ferrum Systems Ltd', 'Independent', 'Cobalt Robotics', 'Yamato Cloud K.K.', 'Lumen Data S.A.', 'Independent'], 'por', p.i)
           ELSE fixture_gen.pick(ARRAY['Stadtwerke Nord', 'Klinikum Nord', 'self-employed', 'Bäckerei Hansen', 'retired'], 'por', p.i) END,
  uname = CASE fixture_gen.n('pun', p.i, 4) WHEN 0 THEN fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last)
               WHEN 1 THEN substr(fixture_gen.ascii(p.first), 1, 1) || fixture_gen.ascii(p.last)
               WHEN 2 THEN fixture_gen.ascii(p.first) || '_' || (p.i % 97)::text ELSE fixture_gen.ascii(p.last) || '.' || fixture_gen.ascii(p.first) END;
UPDATE xgen.p SET email = replace(email, '@', i::text || '@') WHERE i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM xgen.p) x WHERE rn > 1);
UPDATE xgen.p SET uname = uname || i::text WHERE i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY uname ORDER BY i) rn FROM xgen.p) x WHERE rn > 1);
-- The address as typed: some with capitals.
UPDATE xgen.p SET email_orig = CASE WHEN i % 6 = 1 THEN initcap(split_part(email, '@', 1)) || '@' || split_part(email, '@', 2)
  WHEN i % 11 = 2 THEN upper(substr(email, 1, 1)) || substr(email, 2) ELSE email END;

-- Mailing lists: id, domain, list_name, display name, description, info.
CREATE TABLE xgen.l (id int PRIMARY KEY, dom int, name text, disp text, descr text, info text, prefix text, owner int, lang text);
INSERT INTO xgen.l VALUES
  (1, 1, 'announce', 'Announce', 'Kestrel Linux release announcements', 'Low-traffic, moderated list for release announcements and security advisories. Replies go to kestrel-users.', '[Kestrel-announce] ', 3, 'en'),
  (2, 1, 'devel', 'Devel', 'Kestrel Linux development discussion', 'Development of the Kestrel Linux distribution: packaging policy, the build system, release engineering. Patches are welcome inline (git send-email).', '[kestrel-devel] ', 5, 'en'),
  (3, 1, 'users', 'Users', 'Help and discussion for Kestrel Linux users', 'Ask questions about installing and using Kestrel Linux. Be kind; read the Code of Conduct before posting.', '[kestrel-users] ', 12, 'en'),
  (4, 1, 'security', 'Security', 'Private list of the security team', 'Private list of the Kestrel security response team. To report a vulnerability write to security@kestrel-linux.example; in an emergency call the on-duty lead, currently Ingrid Andersen, on +47 912 40 388.', '[kestrel-security] ', 21, 'en'),
  (5, 1, 'docs', 'Docs', 'Documentation team', 'Handbook, man pages and the website. Weekly call on Thursdays.', '[kestrel-docs] ', 33, 'en'),
  (6, 1, 'i18n', 'I18n', 'Translators', 'Coordination of translation teams. Coordinator: Chloé Dubois.', '[kestrel-i18n] ', 48, 'en'),
  (7, 1, 'infra', 'Infra', 'Infrastructure team', 'Mirrors, build farm, mail and web servers. Outages are posted here.', '[kestrel-infra] ', 57, 'en'),
  (8, 1, 'board', 'Board', 'Kestrel Foundation board', 'Private list of the Kestrel Foundation board of directors. Minutes are published after approval.', '[kestrel-board] ', 9, 'en'),
  (9, 1, 'gsoc', 'GSoC', 'Google Summer of Code mentors and students', 'Mentors and contributors of GSoC and Outreachy internships.', '[kestrel-gsoc] ', 64, 'en'),
  (10, 1, 'packaging', 'Packaging', 'Package maintainers', 'Package updates, orphaned packages, review requests.', '[kestrel-packaging] ', 71, 'en'),
  (11, 1, 'kernel', 'Kernel', 'Kernel configuration and patches', 'Kestrel kernel builds, config changes and backports.', '[kestrel-kernel] ', 88, 'en'),
  (12, 1, 'desktop', 'Desktop', 'Desktop environments', 'GNOME, KDE and Xfce flavours of Kestrel.', '[kestrel-desktop] ', 95, 'en'),
  (13, 1, 'cod-dev', 'Kestrel Code of Conduct committee', 'Code of Conduct committee', 'Private list of the Code of Conduct committee. Reports are confidential.', '', 103, 'en'),
  (14, 2, 'seminar', 'Physics Seminar', 'Weekly physics colloquium announcements', 'Announcements of the Wednesday colloquium in lecture hall H1. Organiser: Prof. Hannah Müller, room 3.14, phone +49 30 8838 2217.', '[Seminar] ', 203, 'de'),
  (15, 2, 'phd', 'PhD students', 'Doctoral students of the faculty', 'Discussion list of the faculty''s doctoral students.', '[PhD] ', 211, 'en'),
  (16, 2, 'lab-safety', 'Lab safety', 'Laboratory safety notices', 'Safety notices of the laser and cryo labs. Mandatory for all lab users.', '[Lab safety] ', 224, 'de'),
  (17, 2, 'staff', 'Mitarbeitende', 'Staff of the Faculty of Physics', 'Interne Liste aller Mitarbeitenden der Fakultät.', '[Physik] ', 203, 'de'),
  (18, 2, 'alumni', 'Alumni', 'Physics alumni network', 'Alumni news, reunions and job offers.', '[Alumni] ', 238, 'en'),
  (19, 3, 'members', 'Velo Nord Mitglieder', 'Alle Mitglieder des Velo Nord e.V.', 'Mitgliederliste des Velo Nord e.V. Fragen an den Vorstand: Jonas Schmidt, Tel. 0151 2274 9930.', '[Velo Nord] ', 305, 'de'),
  (20, 3, 'rides', 'Ausfahrten', 'Ride planning', 'Planung der Ausfahrten am Wochenende. Treffpunkt ist, wenn nicht anders angegeben, der Parkplatz am Stadion.', '[Ausfahrt] ', 312, 'de'),
  (21, 3, 'committee', 'Vorstand', 'Club committee', 'Vorstand und Kassenwart.', '[Vorstand] ', 305, 'de'),
  (22, 3, 'youth-parents', 'Jugend Eltern', 'Parents of the youth team', 'Infos für Eltern der Jugendmannschaft: Trainingszeiten, Fahrgemeinschaften, Rennen.', '[Jugend] ', 331, 'de');

-- Memberships: the list, the person, the role (1 member, 2 owner, 3 moderator, 4 nonmember).
CREATE TABLE xgen.m (id serial PRIMARY KEY, list int, p int, role int, digest boolean, alt boolean);
INSERT INTO xgen.m (list, p, role, digest, alt)
SELECT l.id, p.i, 1, fixture_gen.n('mdg', p.i * 31 + l.id, 9) = 0, p.email2 IS NOT NULL AND fixture_gen.n('malt', p.i * 31 + l.id, 3) = 0
FROM xgen.l l JOIN xgen.p p ON (l.dom = 1 AND p.grp = 'kestrel' AND fixture_gen.n('msub', p.i * 31 + l.id, CASE WHEN l.id IN (1, 3) THEN 2 WHEN l.id IN (4, 8, 13) THEN 18 ELSE 6 END) = 0)
  OR (l.dom = 2 AND p.grp = 'uni' AND fixture_gen.n('msub', p.i * 31 + l.id, CASE WHEN l.id = 17 THEN 1 ELSE 3 END) = 0)
  OR (l.dom = 3 AND p.grp = 'club' AND fixture_gen.n('msub', p.i * 31 + l.id, CASE WHEN l.id = 19 THEN 1 WHEN l.id = 21 THEN 15 ELSE 3 END) = 0)
ORDER BY l.id, p.i;
INSERT INTO xgen.m (list, p, role, digest, alt) SELECT id, owner, 2, false, false FROM xgen.l;
INSERT INTO xgen.m (list, p, role, digest, alt) SELECT l.id, l.owner + 1 + k, 3, false, false FROM xgen.l l, generate_series(0, 1) k WHERE l.id NOT IN (13, 21);

-- Addresses: primary (id = person), secondary, and nonmembers who wrote to
-- a list without an account (bug reporters, speakers, parents).
CREATE TABLE xgen.a (id int PRIMARY KEY, p int, email text, orig text, display text, user_id int);
INSERT INTO xgen.a SELECT i, i, email, email_orig, CASE WHEN i % 9 = 4 THEN '' ELSE name END, i FROM xgen.p;
INSERT INTO xgen.a SELECT 420 + row_number() OVER (ORDER BY i), i, email2, email2, name, i FROM xgen.p WHERE email2 IS NOT NULL;
INSERT INTO xgen.a SELECT 600 + k, NULL, xgen.em(fixture_gen.first_name('nf', k), fixture_gen.last_name('nl', k), 'nm', k),
       xgen.em(fixture_gen.first_name('nf', k), fixture_gen.last_name('nl', k), 'nm', k),
       CASE WHEN k % 3 = 0 THEN '' ELSE fixture_gen.first_name('nf', k) || ' ' || fixture_gen.last_name('nl', k) END, NULL
FROM generate_series(1, 92) k;

-- ---------------------------------------------------------------------------
-- Mailman Core.

CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);
INSERT INTO alembic_version VALUES ('4bd95c99b2e7');

CREATE TABLE domain (
    id serial PRIMARY KEY, mail_host varchar, description varchar, alias_domain varchar
);
INSERT INTO domain VALUES (1, 'lists.kestrel-linux.example', 'Mailing lists of the Kestrel Linux project', 'x.lists.kestrel-linux.example'),
  (2, 'lists.aurora-uni.example', 'Fakultät für Physik, Aurora-Universität', NULL),
  (3, 'lists.velo-nord.example', 'Velo Nord e.V.', NULL);

CREATE TABLE preferences (
    id serial PRIMARY KEY, acknowledge_posts boolean, hide_address boolean, preferred_language varchar, receive_list_copy boolean,
    receive_own_postings boolean, delivery_mode integer, delivery_status integer
);
-- 1-420 users', 1001-1490 addresses', 5001- members' preferences; most unset.
INSERT INTO preferences
SELECT i, CASE WHEN i % 13 = 0 THEN true END, CASE WHEN i % 5 = 0 THEN false ELSE true END,
       CASE WHEN i > 300 OR (i BETWEEN 201 AND 300 AND i % 3 = 0) THEN 'de' WHEN i % 17 = 0 THEN 'fr' WHEN i % 23 = 0 THEN 'ja' END,
       CASE WHEN i % 7 = 0 THEN false END, CASE WHEN i % 4 = 0 THEN true END, CASE WHEN i % 19 = 0 THEN 3 END, NULL
FROM generate_series(1, 420) i;
INSERT INTO preferences SELECT 1000 + id, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM xgen.a;
INSERT INTO preferences SELECT 5000 + id, CASE WHEN id % 29 = 0 THEN true END, NULL, NULL, CASE WHEN id % 31 = 0 THEN false END, NULL,
       CASE WHEN digest THEN (ARRAY[2, 3, 4])[1 + fixture_gen.n('pdm', id, 3)] END,
       CASE WHEN id % 41 = 0 THEN 4 WHEN id % 53 = 0 THEN 2 END
FROM xgen.m;

CREATE TABLE "user" (
    id serial PRIMARY KEY, display_name varchar, password varchar, _user_id uuid, _created_on timestamp, is_server_owner boolean,
    _preferred_address_id integer, preferences_id integer
);
INSERT INTO "user"
SELECT p.i, p.name,
       CASE WHEN p.i % 3 = 0 THEN NULL ELSE xgen.sha512crypt('upw', p.i) END,
       fixture_gen.uuid('uid', p.i)::uuid, p.joined, p.i IN (3, 57, 203),
       CASE WHEN p.i % 8 = 0 AND p.email2 IS NOT NULL THEN (SELECT id FROM xgen.a a WHERE a.p = p.i AND a.id > 420) ELSE p.i END, p.i
FROM xgen.p p ORDER BY p.i;

CREATE TABLE address (
    id serial PRIMARY KEY, email varchar, _original varchar, display_name varchar, verified_on timestamp, registered_on timestamp,
    user_id integer, preferences_id integer
);
INSERT INTO address
SELECT a.id, lower(a.email), a.orig, a.display,
       CASE WHEN a.id % 10 = 3 THEN NULL ELSE coalesce(p.joined, timestamp '2020-05-01') + make_interval(mins => 3 + fixture_gen.n('av', a.id, 600)) END,
       coalesce(p.joined, timestamp '2020-05-01 08:00:00' + make_interval(hours => a.id * 13)) + CASE WHEN a.id > 420 THEN interval '210 days' ELSE interval '0' END,
       a.user_id, 1000 + a.id
FROM xgen.a a LEFT JOIN xgen.p p ON p.i = a.p ORDER BY a.id;

CREATE TABLE uid (id serial PRIMARY KEY, uid uuid);
INSERT INTO uid (uid) SELECT fixture_gen.uuid('uid', i)::uuid FROM generate_series(1, 420) i;
INSERT INTO uid (uid) SELECT fixture_gen.uuid('mid', id)::uuid FROM xgen.m;

CREATE TABLE mailinglist (
    id serial PRIMARY KEY, list_name varchar, mail_host varchar, list_id varchar UNIQUE, allow_list_posts boolean, include_rfc2369_headers boolean,
    advertised boolean, anonymous_list boolean, created_at timestamp, next_request_id integer, next_digest_number integer, digest_last_sent_at timestamp,
    volume integer, last_post_at timestamp, accept_these_nonmembers bytea, admin_immed_notify boolean, admin_notify_mchanges boolean,
    administrivia boolean, archive_policy integer, archive_rendering_mode integer, autorespond_owner integer, autoresponse_owner_text text,
    autorespond_postings integer, autoresponse_postings_text text, autorespond_requests integer, autoresponse_request_text text,
    autoresponse_grace_period interval, bounce_info_stale_after interval, bounce_notify_owner_on_bounce_increment boolean,
    bounce_notify_owner_on_disable boolean, bounce_notify_owner_on_removal boolean, bounce_score_threshold integer,
    bounce_you_are_disabled_warnings integer, bounce_you_are_disabled_warnings_interval interval, forward_unrecognized_bounces_to integer,
    process_bounces boolean, dmarc_mitigate_action integer, dmarc_mitigate_unconditionally boolean, dmarc_moderation_notice text,
    dmarc_wrapped_message_text text, dmarc_addresses bytea, default_member_action integer, default_nonmember_action integer,
    description varchar, digests_enabled boolean, digest_is_default boolean, digest_send_periodic boolean, digest_size_threshold double precision,
    digest_volume_frequency integer, discard_these_nonmembers bytea, emergency boolean, encode_ascii_prefixes boolean,
    first_strip_reply_to boolean, forward_auto_discards boolean, gateway_to_mail boolean, gateway_to_news boolean, hold_these_nonmembers bytea,
    info text, linked_newsgroup varchar, max_days_to_hold integer, max_message_size integer, max_num_recipients integer,
    member_moderation_notice text, mime_is_default_digest boolean, moderator_password bytea, newsgroup_moderation integer,
    nntp_prefix_subject_too boolean, nonmember_rejection_notice text, obscure_addresses boolean, owner_chain varchar, owner_pipeline varchar,
    personalize integer, post_id integer, posting_chain varchar, posting_pipeline varchar, preferred_language varchar, display_name varchar,
    reject_these_nonmembers bytea, reply_goes_to_list integer, reply_to_address varchar, require_explicit_destination boolean,
    respond_to_post_requests boolean, filter_action integer, filter_content boolean, collapse_alternatives boolean,
    convert_html_to_plaintext boolean, scrub_nondigest boolean, send_goodbye_message boolean, send_welcome_message boolean,
    subject_prefix varchar, subscription_policy integer, topics bytea, topics_bodylines_limit integer, topics_enabled boolean,
    unsubscription_policy integer, usenet_watermark integer, member_roster_visibility integer
);
INSERT INTO mailinglist
SELECT l.id, l.name, d.mail_host, l.name || '.' || d.mail_host,
       l.id NOT IN (1, 14), true, l.id NOT IN (4, 8, 13, 21), false,
       timestamp '2019-02-10 12:00:00' + make_interval(days => l.id * 23 + CASE WHEN l.dom = 2 THEN 300 WHEN l.dom = 3 THEN 540 ELSE 0 END),
       1 + fixture_gen.n('lnr', l.id, 140), 1 + fixture_gen.n('lnd', l.id, 60),
       CASE WHEN l.id IN (2, 3, 10, 19) THEN timestamp '2024-06-20 00:00:00' + make_interval(hours => fixture_gen.n('ldl', l.id, 170)) END,
       1 + fixture_gen.n('lvol', l.id, 6), timestamp '2024-05-01 00:00:00' + make_interval(mins => fixture_gen.n('llp', l.id, 80000)),
       xgen.pk(CASE l.id
         WHEN 1 THEN ARRAY['^.*@kestrel-linux\.example$', 'release-bot@build.kestrel-linux.example'] || ARRAY(SELECT email FROM xgen.a WHERE id BETWEEN 601 AND 603 ORDER BY id)
         WHEN 2 THEN ARRAY(SELECT email FROM xgen.a WHERE id BETWEEN 604 AND 615 ORDER BY id)
         WHEN 4 THEN ARRAY['^.*@(cert|psirt)\..*$', 'secalert@redhat.example', 'security@ubuntu.example'] || ARRAY(SELECT email FROM xgen.a WHERE id BETWEEN 616 AND 620 ORDER BY id)
         WHEN 7 THEN ARRAY['nagios@monitor.kestrel-linux.example', 'root@mirror1.kestrel-linux.example']
         WHEN 8 THEN ARRAY['e.kowalski@lexfield-law.example', 'treasurer@kestrel-linux.example']
         WHEN 14 THEN ARRAY(SELECT email FROM xgen.a WHERE id BETWEEN 630 AND 641 ORDER BY id)
         WHEN 16 THEN ARRAY['^.*@aurora-uni\.example$']
         WHEN 22 THEN ARRAY(SELECT email FROM xgen.a WHERE id BETWEEN 650 AND 664 ORDER BY id)
         ELSE ARRAY[]::text[] END),
       true, l.id NOT IN (3, 19), true, CASE WHEN l.id IN (4, 8, 13, 17, 21) THEN 1 ELSE 2 END, CASE WHEN l.id IN (2, 10, 11) THEN 1 ELSE 0 END,
       CASE WHEN l.id IN (4, 13) THEN 2 ELSE 0 END,
       CASE l.id WHEN 4 THEN 'Thank you for contacting the Kestrel security team owners. We read this mailbox on working days. For an active incident call Ingrid Andersen on +47 912 40 388 or Kwame Mensah on +233 24 410 9921.'
         WHEN 13 THEN 'Your message reached the Code of Conduct committee. Reports are handled confidentially; Sanna Virtanen or Omar Haddad will reply within three days.' ELSE '' END,
       CASE WHEN l.id IN (4, 13, 21) THEN 2 ELSE 0 END,
       CASE l.id WHEN 4 THEN 'We received your report and will get back to you within 48 hours. Please do not disclose the issue publicly until we have coordinated a fix.'
         WHEN 13 THEN 'Thank you. If you feel unsafe right now, contact the event safety officer, Thandiwe Dlamini, +27 82 555 0143.'
         WHEN 21 THEN 'Danke für deine Nachricht an den Vorstand. Bei Fragen zum Mitgliedsbeitrag bitte direkt an unseren Kassenwart Lars Johansson, kasse@velo-nord.example.' ELSE '' END,
       0, '', interval '90 days', interval '7 days', false, true, true, 5, 3, interval '7 days', 1, true,
       CASE WHEN l.dom = 1 THEN 1 WHEN l.id = 19 THEN 2 ELSE 0 END, false,
       CASE l.id WHEN 3 THEN 'Your message to kestrel-users was held because your domain publishes a strict DMARC policy. A moderator (currently Lucas Silva) will release it.' ELSE '' END,
       CASE WHEN l.id = 19 THEN 'Diese Nachricht wurde von einem Mitglied über die Liste gesendet.' ELSE '' END,
       xgen.pk(CASE WHEN l.dom = 1 THEN ARRAY['^.*@yahoo\.com$', '^.*@aol\.com$', '^.*@outlook\.com$'] ELSE ARRAY[]::text[] END),
       CASE WHEN l.id IN (1, 8) THEN 0 ELSE 4 END, CASE WHEN l.id IN (1, 4, 8, 13, 17, 21) THEN 1 ELSE 0 END,
       l.descr, l.id NOT IN (4, 8, 13), false, true, 30.0, 1,
       xgen.pk(CASE WHEN l.id IN (2, 3, 9, 10, 15, 18, 19, 20) THEN ARRAY['^.*@promo-[a-z]+\.example$', 'noreply@linkedin.com', '^bounce-.*@.*\.sendgrid\.net$', 'newsletter@cheap-watches.example']
                    ELSE ARRAY[]::text[] END),
       false, false, false, true, false, false,
       xgen.pk(CASE l.id
         WHEN 3 THEN ARRAY['^.*@(mailinator|guerrillamail)\.com$', '^.*\+.*@gmail\.com$'] || ARRAY(SELECT email FROM xgen.a WHERE id BETWEEN 680 AND 684 ORDER BY id)
         WHEN 9 THEN ARRAY(SELECT email FROM xgen.a WHERE id BETWEEN 642 AND 649 ORDER BY id)
         WHEN 19 THEN ARRAY(SELECT email FROM xgen.a WHERE id BETWEEN 665 AND 672 ORDER BY id)
         WHEN 20 THEN ARRAY['^.*@strava\.com$']
         ELSE ARRAY[]::text[] END),
       l.info, CASE WHEN l.id = 2 THEN 'gmane.linux.kestrel.devel' ELSE '' END, 14, CASE WHEN l.dom = 3 THEN 10240 ELSE 40 END, 10,
       CASE l.id WHEN 3 THEN 'You are moderated because this is your first post. Read the posting guidelines; a moderator will approve your message.'
         WHEN 22 THEN 'Neue Mitglieder werden moderiert. Bei Fragen: Jugendwartin Zofia Nowak, 0176 4410 2387.' ELSE '' END,
       false,
       CASE WHEN l.id IN (2, 3, 4, 8, 14, 19, 22) THEN convert_to(xgen.sha512crypt('lmod', l.id), 'UTF8') END,
       0, false,
       CASE l.id WHEN 2 THEN 'Only subscribers may post to kestrel-devel. Subscribe at https://lists.kestrel-linux.example/postorius/lists/devel.lists.kestrel-linux.example/'
         WHEN 17 THEN 'Nur Mitarbeitende der Fakultät dürfen an diese Liste schreiben. Bitte wende dich an das Dekanat, Frau Ayşe Öztürk, Durchwahl 2210.' ELSE '' END,
       true, 'default-owner-chain', 'default-owner-pipeline', CASE WHEN l.dom = 3 THEN 1 ELSE 0 END, 1 + fixture_gen.n('lpid', l.id, 4000),
       'default-posting-chain', 'default-posting-pipeline', l.lang, l.disp,
       xgen.pk(CASE l.id WHEN 3 THEN ARRAY(SELECT email FROM xgen.a WHERE id BETWEEN 685 AND 690 ORDER BY id) WHEN 13 THEN ARRAY(SELECT email FROM xgen.a WHERE id IN (691, 692)) ELSE ARRAY[]::text[] END),
       CASE WHEN l.id IN (1, 20, 22) THEN 2 WHEN l.id IN (3, 19) THEN 1 ELSE 0 END,
       CASE l.id WHEN 1 THEN 'kestrel-users@lists.kestrel-linux.example' WHEN 20 THEN (SELECT email FROM xgen.p WHERE i = 312)
         WHEN 22 THEN (SELECT email FROM xgen.p WHERE i = 331) ELSE '' END,
       true, true, 2, l.id IN (3, 19, 20, 22), true, l.id IN (3, 19, 20, 22), false, true, true,
       coalesce(nullif(l.prefix, ''), '[' || l.disp || '] '), CASE WHEN l.id IN (4, 8, 13, 17, 21) THEN 3 WHEN l.dom = 3 THEN 4 ELSE 2 END,
       xgen.pk(ARRAY[]::text[]), 5, false, CASE WHEN l.id IN (4, 8) THEN 1 ELSE 0 END, NULL, CASE WHEN l.id IN (4, 8, 13, 21) THEN 0 ELSE 1 END
FROM xgen.l l JOIN domain d ON d.id = l.dom ORDER BY l.id;

CREATE TABLE domain_owner (user_id integer NOT NULL REFERENCES "user" (id), domain_id integer NOT NULL REFERENCES domain (id), PRIMARY KEY (user_id, domain_id));
INSERT INTO domain_owner VALUES (3, 1), (57, 1), (203, 2), (224, 2), (305, 3), (312, 3);

CREATE TABLE member (
    id serial PRIMARY KEY, _member_id uuid, role integer, list_id varchar, moderation_action integer, address_id integer REFERENCES address (id),
    preferences_id integer REFERENCES preferences (id), user_id integer REFERENCES "user" (id), bounce_score integer, last_bounce_received timestamp,
    last_warning_sent timestamp, total_warnings_sent integer
);
INSERT INTO member
SELECT m.id, fixture_gen.uuid('mid', m.id)::uuid, m.role, l.list_id,
       CASE WHEN m.role IN (2, 3) THEN 3 WHEN m.id % 37 = 0 THEN 0 WHEN m.id % 61 = 0 THEN 2 END,
       CASE WHEN m.id % 5 = 0 THEN NULL WHEN m.alt THEN (SELECT id FROM xgen.a a WHERE a.p = m.p AND a.id > 420) ELSE m.p END,
       5000 + m.id, CASE WHEN m.id % 5 = 0 THEN m.p END,
       CASE WHEN m.id % 41 = 0 THEN 5 WHEN m.id % 17 = 0 THEN 1 + fixture_gen.n('mbs', m.id, 3) ELSE 0 END,
       CASE WHEN m.id % 17 = 0 OR m.id % 41 = 0 THEN timestamp '2024-03-01' + make_interval(hours => fixture_gen.n('mlb', m.id, 2500)) END,
       CASE WHEN m.id % 41 = 0 THEN timestamp '2024-06-10' + make_interval(hours => fixture_gen.n('mlw', m.id, 300)) END,
       CASE WHEN m.id % 41 = 0 THEN 1 + fixture_gen.n('mtw', m.id, 3) ELSE 0 END
FROM xgen.m m JOIN mailinglist l ON l.id = m.list ORDER BY m.id;
-- Nonmembers who posted: Mailman records them with role 4 and an action.
INSERT INTO preferences SELECT 9000 + a.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM xgen.a a WHERE a.id > 600;
INSERT INTO member (id, _member_id, role, list_id, moderation_action, address_id, preferences_id, user_id, bounce_score, total_warnings_sent)
SELECT 2000 + a.id, fixture_gen.uuid('nmid', a.id)::uuid, 4, l.list_id,
       CASE WHEN a.id BETWEEN 680 AND 692 THEN 1 WHEN a.id % 4 = 0 THEN 3 END, a.id, 9000 + a.id, NULL, 0, 0
FROM xgen.a a JOIN mailinglist l ON l.id = CASE WHEN a.id < 630 THEN 1 + a.id % 4 WHEN a.id < 650 THEN 14 WHEN a.id < 680 THEN 19 + a.id % 4 ELSE 3 END
WHERE a.id > 600 ORDER BY a.id;

CREATE TABLE acceptablealias (id serial PRIMARY KEY, mailing_list_id integer NOT NULL REFERENCES mailinglist (id), alias varchar NOT NULL);
INSERT INTO acceptablealias (mailing_list_id, alias) VALUES (1, 'announce@kestrel-linux.example'), (2, 'devel@kestrel-linux.example'), (2, 'kestrel-devel@lists.sourceforge.example'),
  (3, 'users@kestrel-linux.example'), (3, 'help@kestrel-linux.example'), (4, 'security@kestrel-linux.example'), (4, '^security-.*@kestrel-linux\.example$'),
  (7, 'noc@kestrel-linux.example'), (8, 'board@kestrel-linux.example'), (13, 'conduct@kestrel-linux.example'), (14, 'kolloquium@physik.aurora-uni.example'),
  (16, 'sicherheit@physik.aurora-uni.example'), (17, 'alle@physik.aurora-uni.example'), (17, 'dekanat@physik.aurora-uni.example'), (19, 'mitglieder@velo-nord.example'),
  (21, 'vorstand@velo-nord.example'), (21, 'kasse@velo-nord.example'), (22, 'jugend@velo-nord.example');

CREATE TABLE ban (id serial PRIMARY KEY, email varchar, list_id varchar);
INSERT INTO ban (email, list_id)
SELECT CASE WHEN k % 5 = 0 THEN '^.*@' || fixture_gen.pick(ARRAY['mailinator\.com', 'spam-relay\.example', 'yopmail\.com'], 'bdom', k) || '$' ELSE fixture_gen.email('ban', k) END,
       CASE WHEN k % 4 = 0 THEN NULL ELSE (SELECT list_id FROM mailinglist WHERE id = 1 + fixture_gen.n('bl', k, 22)) END
FROM generate_series(1, 30) k;

CREATE TABLE contentfilter (id serial PRIMARY KEY, mailing_list_id integer REFERENCES mailinglist (id), filter_pattern text, filter_type integer);
INSERT INTO contentfilter (mailing_list_id, filter_pattern, filter_type)
SELECT l.id, f.pat, f.typ FROM mailinglist l CROSS JOIN (VALUES ('text/html', 0), ('application/x-msdownload', 0), ('exe', 1), ('bat', 1), ('scr', 1),
  ('multipart/mixed', 2), ('multipart/alternative', 2), ('text/plain', 2), ('application/pgp-signature', 2), ('text/x-diff', 2), ('patch', 3), ('txt', 3)) f(pat, typ)
WHERE l.id IN (1, 2, 3, 4, 7, 10, 11, 14, 17, 19) AND (f.typ < 2 OR l.id IN (2, 10, 11));

CREATE TABLE headermatch (
    id serial PRIMARY KEY, mailing_list_id integer REFERENCES mailinglist (id), header varchar, pattern varchar, position integer, chain varchar, tag varchar
);
INSERT INTO headermatch (mailing_list_id, header, pattern, position, chain, tag) VALUES
  (2, 'x-spam-flag', 'YES', 0, 'discard', NULL), (2, 'x-spam-level', '\*{5,}', 1, 'hold', NULL), (2, 'from', '.*@promo-mailer\.example', 2, 'discard', NULL),
  (3, 'x-spam-flag', 'YES', 0, 'discard', NULL), (3, 'from', 'viktor\.petrov1977@gmail\.com', 1, 'reject', NULL), (3, 'from', 'anon\.kestrel\.hater@proton\.me', 2, 'discard', NULL),
  (3, 'subject', '(?i)crypto|forex|viagra', 3, 'discard', NULL), (3, 'list-id', '.*\.lists\.sourceforge\.example', 4, 'hold', NULL),
  (4, 'subject', '(?i)\[embargo\]', 0, NULL, 'embargo'), (4, 'x-mailer', 'sendgrid', 1, 'hold', NULL),
  (9, 'from', 'rania\.saleh\.recruiter@outlook\.com', 0, 'hold', NULL), (9, 'subject', '(?i)application|proposal', 1, NULL, 'proposal'),
  (11, 'subject', '^\[PATCH', 0, 'accept', NULL), (11, 'x-mailer', 'git-send-email', 1, NULL, 'patch'),
  (13, 'from', 'm\.bianchi\.82@libero\.it', 0, 'hold', NULL),
  (14, 'subject', '(?i)kolloquium|colloquium', 0, NULL, 'colloquium'), (16, 'x-priority', '1', 0, 'accept', NULL),
  (19, 'from', '.*@newsletter\.strava\.com', 0, 'discard', NULL), (19, 'subject', '(?i)verkaufe|for sale', 1, NULL, 'markt'),
  (20, 'subject', '(?i)absage|cancel', 0, NULL, 'absage'), (22, 'from', 'h\.muller\.papa@web\.de', 0, 'hold', NULL),
  (1, 'x-spam-flag', 'YES', 0, 'discard', NULL), (7, 'from', 'nagios@monitor\.kestrel-linux\.example', 0, 'accept', NULL);

CREATE TABLE listarchiver (id serial PRIMARY KEY, mailing_list_id integer NOT NULL REFERENCES mailinglist (id), name varchar NOT NULL, _is_enabled boolean);
INSERT INTO listarchiver (mailing_list_id, name, _is_enabled)
SELECT l.id, a.name, a.name = 'hyperkitty' AND l.archive_policy > 0 OR (a.name = 'mail-archive' AND l.id IN (2, 3)) FROM mailinglist l
CROSS JOIN (VALUES ('hyperkitty'), ('mail-archive'), ('mhonarc'), ('prototype')) a(name) ORDER BY l.id, a.name;

CREATE TABLE template (id serial PRIMARY KEY, name varchar, context varchar, uri varchar, username varchar, password varchar);
INSERT INTO template (name, context, uri, username, password)
SELECT t.name, c.ctx,
       CASE WHEN c.dom = 1 THEN 'https://git.kestrel-linux.example/infra/mail-templates/raw/branch/main/' || replace(t.name, ':', '/') || '.txt'
            WHEN c.dom = 2 THEN 'https://cloud.aurora-uni.example/remote.php/dav/files/' || (SELECT uname FROM xgen.p WHERE i = 203) || '/Mailman/' || t.name || '.txt'
            ELSE 'file:///etc/mailman3/templates/' || t.name || '.txt' END,
       CASE WHEN c.dom = 1 THEN 'tmpl-reader' WHEN c.dom = 2 THEN (SELECT uname FROM xgen.p WHERE i = 203) ELSE '' END,
       CASE WHEN c.dom = 1 THEN 'gta_' || fixture_gen.hexn('tpw1', 1, 40) WHEN c.dom = 2 THEN fixture_gen.chars('tpw2', 1, 5) || '-' || fixture_gen.chars('tpw2', 2, 5) || '-' || fixture_gen.chars('tpw2', 3, 5) || '-' || fixture_gen.chars('tpw2', 4, 5) ELSE '' END
FROM (VALUES ('list:member:regular:footer'), ('list:member:digest:footer'), ('list:user:notice:welcome'), ('list:user:notice:goodbye'), ('list:admin:action:post'),
  ('list:user:action:subscribe'), ('list:member:regular:header')) t(name)
CROSS JOIN (SELECT list_id AS ctx, CASE WHEN mail_host LIKE '%kestrel%' THEN 1 WHEN mail_host LIKE '%aurora%' THEN 2 ELSE 3 END AS dom FROM mailinglist WHERE id IN (1, 2, 3, 14, 17, 19, 22)
            UNION ALL SELECT mail_host, id FROM domain) c;

-- Pending confirmations: 1-50 subscriptions awaiting the subscriber or a
-- moderator, 51-65 unsubscriptions, 66-90 held messages.
CREATE TABLE xgen.pd (k int PRIMARY KEY, typ text, list int, a int, token text, at timestamp);
INSERT INTO xgen.pd
SELECT k, CASE WHEN k <= 50 THEN 'subscription' WHEN k <= 65 THEN 'unsubscription' ELSE 'held message' END,
       1 + fixture_gen.n('pdl', k, 22), CASE WHEN k % 3 = 0 THEN 600 + 1 + fixture_gen.n('pda', k, 92) ELSE 1 + fixture_gen.n('pda', k, 420) END,
       xgen.tok('pend', k), timestamp '2024-06-14 00:00:00' + make_interval(mins => fixture_gen.n('pdt', k, 20000))
FROM generate_series(1, 90) k;

CREATE TABLE pended (id serial PRIMARY KEY, token varchar, expiration_date timestamp);
INSERT INTO pended SELECT k, token, at + interval '3 days' FROM xgen.pd ORDER BY k;

CREATE TABLE pendedkeyvalue (id serial PRIMARY KEY, key varchar, value varchar, pended_id integer REFERENCES pended (id));
INSERT INTO pendedkeyvalue (key, value, pended_id)
SELECT kv.key, kv.value, pd.k FROM xgen.pd pd JOIN xgen.a a ON a.id = pd.a JOIN mailinglist l ON l.id = pd.list
CROSS JOIN LATERAL (VALUES
  (1, 'type', pd.typ),
  (2, 'list_id', l.list_id),
  (3, CASE WHEN pd.typ = 'held message' THEN 'id' ELSE 'email' END, CASE WHEN pd.typ = 'held message' THEN (pd.k - 65)::text ELSE a.email END),
  (4, CASE WHEN pd.typ = 'subscription' THEN 'display_name' END, a.display),
  (5, CASE WHEN pd.typ <> 'held message' THEN 'token_owner' END, CASE WHEN pd.k % 4 = 0 THEN 'moderator' ELSE 'subscriber' END),
  (6, 'when', to_char(pd.at, 'YYYY-MM-DD"T"HH24:MI:SS')),
  (7, CASE WHEN pd.typ = 'held message' THEN '_mod_sender' END, a.email)) kv(n, key, value)
WHERE kv.key IS NOT NULL ORDER BY pd.k, kv.n;

CREATE TABLE workflowstate (token varchar NOT NULL PRIMARY KEY, step varchar, data varchar);
INSERT INTO workflowstate
SELECT pd.token, CASE WHEN pd.typ = 'subscription' THEN CASE WHEN pd.k % 4 = 0 THEN 'moderation_checks' ELSE 'send_confirmation' END ELSE 'unsubscribe_from_restricted_list' END,
       json_build_object('pre_approved', pd.k % 6 = 0, 'pre_confirmed', false, 'pre_verified', pd.k % 5 = 0, 'address_key', a.email,
         'subscriber_key', CASE WHEN a.user_id IS NOT NULL THEN (('x' || replace(fixture_gen.uuid('uid', a.user_id), '-', ''))::bit(64)::bigint)::text END,
         'user_key', CASE WHEN a.user_id IS NOT NULL THEN replace(fixture_gen.uuid('uid', a.user_id), '-', '') END,
         'token_owner_key', CASE WHEN pd.k % 4 = 0 THEN 2 ELSE 1 END, 'delivery_mode_key', 'regular')::text
FROM xgen.pd pd JOIN xgen.a a ON a.id = pd.a WHERE pd.typ <> 'held message' ORDER BY pd.k;

-- Held messages: the file Mailman keeps and the moderation request.
CREATE TABLE message (id serial PRIMARY KEY, message_id varchar, message_id_hash varchar, path varchar);
INSERT INTO message SELECT k - 65, '<' || xgen.msgid('held', k) || '>', xgen.hkhash(xgen.msgid('held', k)),
       '/var/lib/mailman3/messages/' || lower(substr(xgen.hkhash(xgen.msgid('held', k)), 1, 2)) || '/' || lower(substr(xgen.hkhash(xgen.msgid('held', k)), 3, 2)) || '/' || xgen.hkhash(xgen.msgid('held', k)) || '.msg'
FROM xgen.pd WHERE typ = 'held message' ORDER BY k;

CREATE TABLE xgen.hs (k int, subj text, reason text);
INSERT INTO xgen.hs VALUES (0, 'Visa invitation letter for Priya Sharma (GSoC summit)', 'Post by non-member to a members-only list'),
  (1, 'Re: [kestrel-users] installer hangs on Dell XPS 13', 'Message has implicit destination'),
  (2, 'My CV - application for the packaging internship', 'Message body is too big: 4211893 bytes with a limit of 40 KB'),
  (3, 'URGENT: payment for the conference venue', 'The message comes from a moderated member'),
  (4, 'Mitfahrgelegenheit Sonntag? Tel. 0157 3381 2090', 'Post by non-member to a members-only list'),
  (5, 'Fw: Unfallbericht Ausfahrt 12. Mai (Mehmet Demir)', 'The message is not from a list member'),
  (6, 'Kolloquium 19.6.: Dr. Aoife Murphy, Dublin', 'Post by non-member to a members-only list'),
  (7, 'security report: RCE in kestrel-updater', 'Header "subject" matched a header rule'),
  (8, 'unsubscribe', 'Message may contain administrivia'),
  (9, 'Antrag Elternzeit Wang Mei - bitte weiterleiten', 'Too many recipients to the message');

CREATE TABLE _request (id serial PRIMARY KEY, key varchar, request_type integer, data_hash bytea, mailing_list_id integer REFERENCES mailinglist (id));
INSERT INTO _request
SELECT pd.k - 65, '<' || xgen.msgid('held', pd.k) || '>', 1,
       xgen.pkd(ARRAY['_mod_message_id', '_mod_fqdn_listname', '_mod_sender', '_mod_subject', '_mod_reason', '_mod_hold_date'],
                ARRAY['<' || xgen.msgid('held', pd.k) || '>', l.list_name || '@' || l.mail_host, a.email, hs.subj, hs.reason, to_char(pd.at, 'YYYY-MM-DD"T"HH24:MI:SS')]),
       pd.list
FROM xgen.pd pd JOIN xgen.a a ON a.id = pd.a JOIN mailinglist l ON l.id = pd.list JOIN xgen.hs hs ON hs.k = pd.k % 10 WHERE pd.typ = 'held message' ORDER BY pd.k;
INSERT INTO _request
SELECT 100 + pd.k, a.email, CASE WHEN pd.typ = 'subscription' THEN 2 ELSE 3 END,
       xgen.pkd(ARRAY['display_name', 'delivery_mode', 'language', 'when'], ARRAY[a.display, 'regular', CASE WHEN pd.list > 13 THEN 'de' ELSE 'en' END, to_char(pd.at, 'YYYY-MM-DD"T"HH24:MI:SS')]),
       pd.list
FROM xgen.pd pd JOIN xgen.a a ON a.id = pd.a WHERE pd.typ <> 'held message' AND pd.k % 4 = 0 ORDER BY pd.k;

CREATE TABLE bounceevent (id serial PRIMARY KEY, list_id varchar, email varchar, "timestamp" timestamp, message_id varchar, context integer, processed boolean);
INSERT INTO bounceevent (list_id, email, "timestamp", message_id, context, processed)
SELECT l.list_id, lower(a.email), timestamp '2024-01-05' + make_interval(mins => fixture_gen.n('bet', k, 250000)), '<' || xgen.msgid('bnc', k) || '>',
       CASE WHEN k % 11 = 0 THEN 2 ELSE 1 END, k < 150
FROM generate_series(1, 180) k
JOIN xgen.m m ON m.id = 1 + fixture_gen.n('bem', k, 965) JOIN mailinglist l ON l.id = m.list JOIN xgen.a a ON a.id = m.p ORDER BY k;

CREATE TABLE onelastdigest (id serial PRIMARY KEY, mailing_list_id integer REFERENCES mailinglist (id), address_id integer REFERENCES address (id), delivery_mode integer);
INSERT INTO onelastdigest (mailing_list_id, address_id, delivery_mode)
SELECT m.list, m.p, (ARRAY[2, 3, 4])[1 + fixture_gen.n('old', m.id, 3)] FROM xgen.m m WHERE m.digest AND m.id % 3 = 0 ORDER BY m.id;

CREATE TABLE autoresponserecord (id serial PRIMARY KEY, address_id integer REFERENCES address (id), mailing_list_id integer REFERENCES mailinglist (id), response_type integer, date_made date);
INSERT INTO autoresponserecord (address_id, mailing_list_id, response_type, date_made)
SELECT CASE WHEN k % 3 = 0 THEN 600 + 1 + fixture_gen.n('ara', k, 92) ELSE 1 + fixture_gen.n('ara', k, 420) END, (ARRAY[4, 13, 21, 4, 3])[1 + k % 5], 1 + k % 3,
       date '2023-09-01' + fixture_gen.n('ard', k, 300)
FROM generate_series(1, 80) k;

-- ---------------------------------------------------------------------------
-- HyperKitty, the archiver.

CREATE TABLE hyperkitty_mailinglist (
    id serial PRIMARY KEY, name varchar(254) NOT NULL UNIQUE, display_name varchar(255) NOT NULL, description text NOT NULL, subject_prefix varchar(255) NOT NULL,
    archive_policy integer NOT NULL, created_at timestamptz NOT NULL, list_id varchar(254)
);
INSERT INTO hyperkitty_mailinglist
SELECT l.id, l.list_name || '@' || l.mail_host, l.display_name, l.description, l.subject_prefix, l.archive_policy, l.created_at AT TIME ZONE 'UTC', l.list_id
FROM mailinglist l WHERE l.archive_policy > 0 ORDER BY l.id;

CREATE TABLE hyperkitty_sender (address varchar(255) NOT NULL PRIMARY KEY, mailman_id varchar(255));
CREATE TABLE hyperkitty_threadcategory (id serial PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, color varchar(7) NOT NULL);
INSERT INTO hyperkitty_threadcategory VALUES (1, 'question', '#4a90d9'), (2, 'agreement', '#7ed321'), (3, 'disagreement', '#d0021b'), (4, 'resolved', '#9b9b9b'), (5, 'patch', '#f5a623');

-- Threads and their emails.
CREATE TABLE xgen.ts (dom int, k int, subj text, body text);
INSERT INTO xgen.ts VALUES
  (1, 0, 'Kestrel 24.04 release schedule', 'The freeze for 24.04 starts on Monday. Please land your package updates before then and tag them in the tracker.'),
  (1, 1, '[PATCH] kestrel-installer: fix LUKS prompt on NVMe disks', 'This patch makes the installer wait for the NVMe device before asking for the LUKS passphrase.'),
  (1, 2, 'Mirror in Lagos going offline', 'Our mirror at the university in Lagos will be offline for maintenance this weekend; the rotation already skips it.'),
  (1, 3, 'Welcome Amara Okafor to the infra team', 'Please welcome Amara, who joins the infra team to look after the build farm and the mail servers.'),
  (1, 4, 'Installer hangs after selecting keyboard layout', 'On a ThinkPad T14 the installer hangs right after I choose the keyboard layout. Logs attached.'),
  (1, 5, 'GSoC 2024: mentors needed for the package search project', 'We have two strong proposals for the package search project and need a second mentor.'),
  (1, 6, 'Board meeting minutes, March', 'Attached are the draft minutes of the March board meeting for review before publication.'),
  (1, 7, 'Orphaning python-lxml and libxslt', 'I no longer have time to maintain these two packages. Anyone interested?'),
  (1, 8, 'Travel grant for FOSDEM: Oliver Smith', 'Oliver asks for a travel grant of 450 EUR to present the reproducible builds work at FOSDEM.'),
  (1, 9, 'Code of Conduct report (confidential)', 'A participant reported repeated unwanted private messages at the Porto meetup.'),
  (1, 10, 'Translation of the installer into Turkish', 'The Turkish translation is at 87 percent; we need reviewers for the partitioning strings.'),
  (1, 11, 'Kernel 6.8 config: enable CONFIG_ZRAM by default?', 'Proposal to enable zram swap by default on desktop installs.'),
  (2, 0, 'Kolloquium am Mittwoch: Dr. Aoife Murphy (Dublin)', 'Am Mittwoch spricht Dr. Aoife Murphy über Quantenpunkte in Siliziumphotonik. Kaffee ab 16:45 vor H1.'),
  (2, 1, 'Laser lab closed for inspection', 'The laser lab B2.07 is closed on Thursday for the annual inspection by the safety officer.'),
  (2, 2, 'PhD retreat registration', 'Registration for the PhD retreat in Rheinsberg is open until the end of the month.'),
  (2, 3, 'Nachfolge im Dekanat', 'Frau Ayşe Öztürk übernimmt ab Juli die Leitung des Dekanatsbüros.'),
  (2, 4, 'Helium recovery: new schedule', 'From next week the helium recovery compressor runs on Tuesdays and Fridays only.'),
  (2, 5, 'Alumni reunion 2024', 'The reunion of the classes of 2004 and 2014 takes place on 14 September in the Physik-Café.'),
  (3, 0, 'Ausfahrt Sonntag: Runde über den Deich', 'Sonntag 9 Uhr ab Stadion, 85 km, Schnitt 27. Bei Regen fällt die Ausfahrt aus.'),
  (3, 1, 'Mitgliederversammlung 2024', 'Die Mitgliederversammlung findet am 22. März im Vereinsheim statt. Anträge bitte bis 8. März an den Vorstand.'),
  (3, 2, 'Fahrgemeinschaft zum Jugendrennen in Bremen', 'Wer fährt am Samstag nach Bremen und hat noch Plätze frei? Wir brauchen noch drei Plätze für die U15.'),
  (3, 3, 'Trikotbestellung', 'Die neuen Vereinstrikots können bis Ende April bestellt werden, Größentabelle im Anhang.'),
  (3, 4, 'Sturz bei der Ausfahrt am Samstag', 'Kurzer Bericht zum Sturz am Samstag in der Kurve hinter Lindholm; es geht allen den Umständen entsprechend gut.'),
  (3, 5, 'Beitragserhöhung', 'Der Vorstand schlägt vor, den Jahresbeitrag ab 2025 auf 60 Euro anzuheben.');

CREATE TABLE xgen.rp (dom int, k int, line text);
INSERT INTO xgen.rp VALUES
  (1, 0, 'Thanks, this works for me on two machines. +1 for merging.'), (1, 1, 'I can reproduce this on a T14 Gen 3 as well; the journal shows the same udev timeout.'),
  (1, 2, 'Could you resend this as a proper git send-email patch? The attachment was mangled.'), (1, 3, 'I would be happy to mentor. I can do calls on Tuesday evenings CET.'),
  (1, 4, 'Please keep this off the public list; I have forwarded it to the committee.'), (1, 5, 'Reviewed-by from me. One nit: the error message should mention the device path.'),
  (1, 6, 'I can take over python-lxml, I already maintain the Python stack.'), (1, 7, 'Approved by the board by email vote, 5 in favour, none against.'),
  (2, 0, 'Vielen Dank für die Info!'), (2, 1, 'Is the seminar recorded? I am at a conference that week.'), (2, 2, 'Please add me to the list of participants, I will bring the poster.'),
  (2, 3, 'Ich bin in der Woche im Urlaub, bitte an meine Vertretung wenden.'),
  (3, 0, 'Ich bin dabei, komme direkt zum Stadion.'), (3, 1, 'Wir haben noch zwei Plätze im Bus, Abfahrt 7:30 am Vereinsheim.'),
  (3, 2, 'Gute Besserung an alle! Ich kann die Fotos der Kurve schicken, falls die Versicherung sie braucht.'), (3, 3, 'Ich stimme dagegen, 60 Euro ist für Schüler zu viel.');

CREATE TABLE xgen.th (t int PRIMARY KEY, list int, dom int, sk int, n int, start timestamptz);
INSERT INTO xgen.th
SELECT t, l.id, l.dom, fixture_gen.n('tsk', t, CASE l.dom WHEN 1 THEN 12 ELSE 6 END), 1 + fixture_gen.n('tn', t, 7),
       timestamptz '2022-01-10 08:00:00+00' + make_interval(hours => t * 71 + fixture_gen.n('tst', t, 60))
FROM generate_series(1, 140) t
JOIN LATERAL (SELECT ml.id, xl.dom FROM mailinglist ml JOIN xgen.l xl ON xl.id = ml.id WHERE ml.archive_policy > 0 ORDER BY fixture_gen.n('tl', t * 100 + ml.id, 1000) LIMIT 1) l ON true;

CREATE TABLE xgen.e (id serial PRIMARY KEY, t int, pos int, a int, mid text, at timestamptz);
INSERT INTO xgen.e (t, pos, a, mid, at)
SELECT th.t, k,
       coalesce((SELECT CASE WHEN m.alt THEN (SELECT id FROM xgen.a x WHERE x.p = m.p AND x.id > 420) ELSE m.p END FROM xgen.m m WHERE m.list = th.list ORDER BY fixture_gen.n('es', th.t * 10 + k + m.id, 100000) LIMIT 1),
                600 + 1 + fixture_gen.n('esn', th.t * 10 + k, 60)),
       xgen.msgid('hk', th.t * 10 + k), th.start + make_interval(mins => k * (40 + fixture_gen.n('eg', th.t * 10 + k, 900)))
FROM xgen.th th, generate_series(0, th.n - 1) k ORDER BY th.t, k;
UPDATE xgen.e e SET a = 600 + 1 + fixture_gen.n('esx', e.id, 60) WHERE e.id % 13 = 6;

-- Who wrote each email: the display name, a name to sign with, the address.
CREATE TABLE xgen.w (id int PRIMARY KEY, email text, display text, signame text, first text, org text, phone text);
INSERT INTO xgen.w
SELECT a.id, lower(a.email), a.display,
       coalesce(nullif(a.display, ''), p.name, initcap(replace(regexp_replace(split_part(a.email, '@', 1), '[0-9]+$', ''), '.', ' '))),
       coalesce(CASE WHEN p.i % 15 = 7 THEN split_part(p.name, ' ', 1) ELSE p.first END, initcap(split_part(split_part(a.email, '@', 1), '.', 1))),
       coalesce(p.org, fixture_gen.pick(ARRAY['Universidade do Porto', 'Trinity College Dublin', 'Nordlicht Hosting GmbH', 'self-employed'], 'worg', a.id)),
       coalesce(p.phone, fixture_gen.phone('nmph', a.id))
FROM xgen.a a LEFT JOIN xgen.p p ON p.i = a.p;

INSERT INTO hyperkitty_sender
SELECT DISTINCT w.email, CASE WHEN a.user_id IS NOT NULL THEN replace(fixture_gen.uuid('uid', a.user_id), '-', '') END
FROM xgen.e e JOIN xgen.w w ON w.id = e.a JOIN xgen.a a ON a.id = e.a ORDER BY 1;

CREATE TABLE hyperkitty_email (
    id serial PRIMARY KEY, message_id varchar(255) NOT NULL, message_id_hash varchar(255) NOT NULL, subject varchar(512) NOT NULL, content text NOT NULL,
    date timestamptz NOT NULL, timezone smallint NOT NULL, in_reply_to varchar(255), archived_date timestamptz NOT NULL, thread_depth integer NOT NULL,
    thread_order integer NOT NULL, mailinglist_id integer NOT NULL REFERENCES hyperkitty_mailinglist (id), parent_id integer REFERENCES hyperkitty_email (id),
    sender_id varchar(255) NOT NULL REFERENCES hyperkitty_sender (address), sender_name varchar(255), thread_id integer NOT NULL
);
INSERT INTO hyperkitty_email
SELECT e.id, e.mid, xgen.hkhash(e.mid),
       CASE WHEN e.pos = 0 THEN ts.subj ELSE 'Re: ' || ts.subj END,
       CASE WHEN e.pos = 0 THEN CASE WHEN th.dom = 1 THEN 'Hi all,' ELSE 'Hallo zusammen,' END || E'\n\n' || ts.body
            ELSE CASE WHEN th.dom = 1 THEN 'Hi ' ELSE 'Hallo ' END || pw.first || E',\n\n' || rp.line || E'\n\nOn ' || to_char(pe.at, 'Dy, DD Mon YYYY HH24:MI') || ', ' || pw.signame || ' <' || pw.email || E'> wrote:\n> '
                 || CASE WHEN pe.pos = 0 THEN ts.body ELSE prp.line END || E'\n>' END
       || CASE fixture_gen.n('sig', e.id, 5)
            WHEN 0 THEN E'\n\n-- \n' || w.signame || E'\n' || w.org || E'\nMobile: ' || w.phone
            WHEN 1 THEN E'\n\n-- \n' || w.signame || ' | ' || w.org || ' | ' || w.phone || ' | ' || w.email
            WHEN 2 THEN E'\n\nCheers,\n' || w.first
            WHEN 3 THEN E'\n\nViele Grüße\n' || w.signame || E'\nTel. ' || w.phone
            ELSE E'\n\n' || w.first || E'\n\n_______________________________________________\n' || hl.display_name || ' mailing list -- ' || hl.name || E'\nTo unsubscribe send an email to ' || replace(hl.name, '@', '-leave@') END,
       e.at, (ARRAY[0, 60, 120, -300, 330, 540, 60, 120])[1 + fixture_gen.n('etz', e.id, 8)], CASE WHEN e.pos > 0 THEN pe.mid END,
       e.at + make_interval(secs => 2 + fixture_gen.n('ear', e.id, 40)), e.pos, e.pos, th.list, pe.id, w.email,
       CASE WHEN th.dom = 1 AND e.id % 9 = 0 AND w.display <> '' THEN w.display || ' via ' || hl.display_name ELSE w.display END, th.t
FROM xgen.e e JOIN xgen.th th ON th.t = e.t JOIN xgen.ts ts ON ts.dom = th.dom AND ts.k = th.sk JOIN xgen.w w ON w.id = e.a
JOIN hyperkitty_mailinglist hl ON hl.id = th.list
LEFT JOIN xgen.e pe ON pe.t = e.t AND pe.pos = e.pos - 1 LEFT JOIN xgen.w pw ON pw.id = pe.a
LEFT JOIN xgen.rp rp ON rp.dom = th.dom AND rp.k = fixture_gen.n('erp', e.id, CASE th.dom WHEN 1 THEN 8 ELSE 4 END)
LEFT JOIN xgen.rp prp ON prp.dom = th.dom AND prp.k = fixture_gen.n('erp', pe.id, CASE th.dom WHEN 1 THEN 8 ELSE 4 END)
ORDER BY e.id;
-- The club's and the security team's threads that quote people's details.
UPDATE hyperkitty_email SET content = content || E'\n\nP.S. Mehmet ist im Klinikum Nord, Station 4B, Schlüsselbeinbruch. Besuch ab Dienstag, seine Frau Elif erreicht ihr unter '
    || fixture_gen.phone('ps1', id) || '.' WHERE subject LIKE '%Sturz%' AND thread_depth = 0;
UPDATE hyperkitty_email SET content = content || E'\n\nThe reporter is ' || fixture_gen.full_name('coc', id) || ' (' || fixture_gen.email('coc', id) || '), who asked us not to share this.'
  WHERE subject LIKE 'Code of Conduct%' AND thread_depth = 0;
UPDATE hyperkitty_email SET content = content || E'\n\nPassport name: Oliver James Smith, born ' || to_char(fixture_gen.birth_date('tg', id), 'DD.MM.YYYY') || ', flying from Manchester.'
  WHERE subject LIKE '%Travel grant%' AND thread_depth = 0;

CREATE TABLE hyperkitty_thread (
    id serial PRIMARY KEY, thread_id varchar(255) NOT NULL, date_active timestamptz NOT NULL, category_id integer REFERENCES hyperkitty_threadcategory (id),
    mailinglist_id integer NOT NULL REFERENCES hyperkitty_mailinglist (id), starting_email_id integer REFERENCES hyperkitty_email (id)
);
INSERT INTO hyperkitty_thread
SELECT th.t, s.message_id_hash, (SELECT max(date) FROM hyperkitty_email x WHERE x.thread_id = th.t),
       CASE WHEN th.t % 4 = 0 THEN 1 + fixture_gen.n('tcat', th.t, 5) END, th.list, s.id
FROM xgen.th th JOIN hyperkitty_email s ON s.thread_id = th.t AND s.thread_depth = 0 ORDER BY th.t;
ALTER TABLE hyperkitty_email ADD FOREIGN KEY (thread_id) REFERENCES hyperkitty_thread (id);

-- ---------------------------------------------------------------------------
-- Django: sites, users, allauth (Postorius and HyperKitty log in through it).

CREATE TABLE django_site (id serial PRIMARY KEY, domain varchar(100) NOT NULL UNIQUE, name varchar(50) NOT NULL);
INSERT INTO django_site VALUES (1, 'lists.kestrel-linux.example', 'Kestrel Linux mailing lists'), (2, 'lists.aurora-uni.example', 'Listen der Fakultät für Physik'),
  (3, 'lists.velo-nord.example', 'Velo Nord Listen');

CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL);
INSERT INTO django_content_type (app_label, model) VALUES ('admin', 'logentry'), ('auth', 'permission'), ('auth', 'group'), ('auth', 'user'), ('contenttypes', 'contenttype'),
  ('sessions', 'session'), ('sites', 'site'), ('hyperkitty', 'attachment'), ('hyperkitty', 'email'), ('hyperkitty', 'favorite'), ('hyperkitty', 'lastview'),
  ('hyperkitty', 'mailinglist'), ('hyperkitty', 'profile'), ('hyperkitty', 'sender'), ('hyperkitty', 'tag'), ('hyperkitty', 'tagging'), ('hyperkitty', 'thread'),
  ('hyperkitty', 'threadcategory'), ('hyperkitty', 'vote'), ('postorius', 'emailtemplate'), ('django_mailman3', 'maildomain'), ('django_mailman3', 'profile'),
  ('account', 'emailaddress'), ('account', 'emailconfirmation'), ('socialaccount', 'socialaccount'), ('socialaccount', 'socialapp'), ('socialaccount', 'socialtoken'),
  ('django_q', 'ormq'), ('django_q', 'schedule'), ('django_q', 'task'), ('django_q', 'failure'), ('django_q', 'success');

CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied timestamptz NOT NULL);
INSERT INTO django_migrations (app, name, applied)
SELECT m.app, m.name, timestamptz '2022-01-09 21:14:03+00' + make_interval(secs => row_number() OVER () * 2)
FROM (VALUES ('contenttypes', '0001_initial'), ('auth', '0001_initial'), ('admin', '0001_initial'), ('admin', '0003_logentry_add_action_flag_choices'),
  ('contenttypes', '0002_remove_content_type_name'), ('auth', '0012_alter_user_first_name_max_length'), ('account', '0001_initial'), ('account', '0005_emailaddress_idx_upper_email'),
  ('django_mailman3', '0001_initial'), ('django_mailman3', '0002_maildomain'), ('django_mailman3', '0003_sessions'), ('django_q', '0001_initial'), ('django_q', '0017_task_cluster_alter'),
  ('hyperkitty', '0001_initial'), ('hyperkitty', '0022_mailinglist_archive_rendering_mode'), ('hyperkitty', '0023_alter_mailinglist_name'), ('postorius', '0001_initial'),
  ('postorius', '0004_create_email_template'), ('sessions', '0001_initial'), ('sites', '0001_initial'), ('sites', '0002_alter_domain_unique'), ('socialaccount', '0001_initial'),
  ('socialaccount', '0005_socialtoken_nullable_app'), ('socialaccount', '0006_alter_socialaccount_extra_data')) m(app, name);

CREATE TABLE auth_user (
    id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL, username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL, last_name varchar(150) NOT NULL, email varchar(254) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL,
    date_joined timestamptz NOT NULL
);
INSERT INTO auth_user
SELECT p.i, CASE WHEN p.i % 7 = 0 THEN '!' || fixture_gen.chars('upu', p.i, 40) ELSE fixture_gen.pbkdf2('dpw', p.i) END,
       timestamptz '2024-04-01 00:00:00+00' + make_interval(mins => fixture_gen.n('dll', p.i, 130000)), p.i IN (3, 57, 203, 305),
       CASE WHEN p.i % 10 = 4 THEN p.email ELSE p.uname END,
       CASE WHEN p.i % 15 = 7 THEN split_part(p.name, ' ', 1) WHEN p.i % 12 = 5 THEN '' ELSE p.first END,
       CASE WHEN p.i % 15 = 7 THEN coalesce(nullif(split_part(p.name, ' ', 2), ''), '') WHEN p.i % 12 = 5 THEN '' ELSE p.last END,
       p.email, p.i IN (3, 57, 203, 305), p.i % 29 <> 0, (p.joined + interval '2 hours') AT TIME ZONE 'UTC'
FROM xgen.p p WHERE p.i % 3 <> 2 OR p.i IN (203, 224, 305, 312, 331) ORDER BY p.i;
INSERT INTO auth_user VALUES (1000, fixture_gen.pbkdf2('dpw', 1000), '2024-06-27 19:02:11+00', true, 'mailman-admin', '', '', 'postmaster@kestrel-linux.example', true, true, '2022-01-09 21:20:00+00');

CREATE TABLE django_mailman3_maildomain (id serial PRIMARY KEY, mail_domain varchar(255) NOT NULL UNIQUE, site_id integer NOT NULL REFERENCES django_site (id));
INSERT INTO django_mailman3_maildomain VALUES (1, 'lists.kestrel-linux.example', 1), (2, 'lists.aurora-uni.example', 2), (3, 'lists.velo-nord.example', 3);

CREATE TABLE django_mailman3_profile (id serial PRIMARY KEY, timezone varchar(100) NOT NULL, user_id integer NOT NULL UNIQUE REFERENCES auth_user (id));
INSERT INTO django_mailman3_profile (timezone, user_id)
SELECT CASE WHEN id > 200 THEN 'Europe/Berlin' ELSE fixture_gen.pick(ARRAY['', 'UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'Africa/Lagos', 'Europe/Lisbon', ''], 'tzp', id) END, id
FROM auth_user ORDER BY id;

CREATE TABLE account_emailaddress (
    id serial PRIMARY KEY, email varchar(254) NOT NULL, verified boolean NOT NULL, "primary" boolean NOT NULL, user_id integer NOT NULL REFERENCES auth_user (id)
);
INSERT INTO account_emailaddress (email, verified, "primary", user_id)
SELECT e.email, e.v, e.pr, e.uid FROM (
  SELECT u.email, u.id % 11 <> 3 AS v, true AS pr, u.id AS uid, 1 AS o FROM auth_user u
  UNION ALL SELECT p.email2, p.i % 8 <> 0, false, p.i, 2 FROM xgen.p p JOIN auth_user u ON u.id = p.i WHERE p.email2 IS NOT NULL) e ORDER BY e.uid, e.o;

CREATE TABLE account_emailconfirmation (
    id serial PRIMARY KEY, created timestamptz NOT NULL, sent timestamptz, key varchar(64) NOT NULL UNIQUE, email_address_id integer NOT NULL REFERENCES account_emailaddress (id)
);
INSERT INTO account_emailconfirmation (created, sent, key, email_address_id)
SELECT timestamptz '2024-06-01 00:00:00+00' + make_interval(mins => fixture_gen.n('ecc', ea.id, 38000)),
       timestamptz '2024-06-01 00:00:00+00' + make_interval(mins => fixture_gen.n('ecc', ea.id, 38000) + 1),
       fixture_gen.chars('eck', ea.id, 64, 'abcdefghijklmnopqrstuvwxyz0123456789'), ea.id
FROM account_emailaddress ea WHERE NOT ea.verified ORDER BY ea.id;

CREATE TABLE socialaccount_socialapp (
    id serial PRIMARY KEY, provider varchar(30) NOT NULL, name varchar(40) NOT NULL, client_id varchar(191) NOT NULL, secret varchar(191) NOT NULL,
    key varchar(191) NOT NULL, provider_id varchar(200) NOT NULL, settings jsonb NOT NULL
);
INSERT INTO socialaccount_socialapp VALUES
  (1, 'github', 'GitHub', 'Iv1.' || fixture_gen.hexn('ghcid', 1, 16), fixture_gen.hexn('ghsec', 1, 40), '', '', '{}'),
  (2, 'gitlab', 'Kestrel GitLab', fixture_gen.hexn('glcid', 1, 64), 'gloas-' || fixture_gen.hexn('glsec', 1, 64), '', '', '{"gitlab_url": "https://gitlab.kestrel-linux.example"}'),
  (3, 'google', 'Google', fixture_gen.digits('gocid', 1, 12) || '-' || fixture_gen.chars('gocid', 2, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com',
   'GOCSPX-' || fixture_gen.chars('gosec', 1, 28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), '', '', '{"hd": "aurora-uni.example"}'),
  (4, 'openid_connect', 'Aurora SSO', 'mailman-lists', fixture_gen.chars('kcsec', 1, 32), '', 'aurora-sso', '{"server_url": "https://sso.aurora-uni.example/realms/aurora/.well-known/openid-configuration"}');

CREATE TABLE socialaccount_socialapp_sites (id serial PRIMARY KEY, socialapp_id integer NOT NULL REFERENCES socialaccount_socialapp (id), site_id integer NOT NULL REFERENCES django_site (id));
INSERT INTO socialaccount_socialapp_sites (socialapp_id, site_id) VALUES (1, 1), (2, 1), (3, 1), (3, 2), (3, 3), (4, 2);

CREATE TABLE socialaccount_socialaccount (
    id serial PRIMARY KEY, provider varchar(200) NOT NULL, uid varchar(191) NOT NULL, last_login timestamptz NOT NULL, date_joined timestamptz NOT NULL,
    extra_data jsonb NOT NULL, user_id integer NOT NULL REFERENCES auth_user (id)
);
INSERT INTO socialaccount_socialaccount (provider, uid, last_login, date_joined, extra_data, user_id)
SELECT s.prov, s.uid, u.last_login, u.date_joined + interval '5 minutes',
       CASE s.prov
         WHEN 'github' THEN jsonb_build_object('login', p.uname, 'id', s.uid::bigint, 'node_id', 'MDQ6VXNlcj' || fixture_gen.chars('ghn', p.i, 8), 'avatar_url', 'https://avatars.githubusercontent.com/u/' || s.uid || '?v=4',
              'html_url', 'https://github.com/' || p.uname, 'type', 'User', 'site_admin', false, 'name', p.name, 'company', p.org, 'blog', CASE WHEN p.i % 3 = 0 THEN 'https://' || p.uname || '.dev' ELSE '' END,
              'location', p.city, 'email', CASE WHEN p.i % 2 = 0 THEN p.email END, 'bio', CASE WHEN p.i % 4 = 0 THEN 'Packager at Kestrel Linux. ' || p.org END, 'public_repos', fixture_gen.n('ghr', p.i, 80),
              'followers', fixture_gen.n('ghf', p.i, 400), 'created_at', to_char(p.joined - interval '900 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
         WHEN 'gitlab' THEN jsonb_build_object('id', s.uid::bigint, 'username', p.uname, 'name', p.name, 'state', 'active', 'avatar_url', 'https://gitlab.kestrel-linux.example/uploads/-/system/user/avatar/' || s.uid || '/avatar.png',
              'web_url', 'https://gitlab.kestrel-linux.example/' || p.uname, 'email', p.email, 'public_email', '', 'location', p.city, 'organization', p.org, 'two_factor_enabled', p.i % 2 = 0)
         WHEN 'google' THEN jsonb_build_object('id', s.uid, 'email', p.email, 'verified_email', true, 'name', p.name, 'given_name', p.first, 'family_name', p.last,
              'picture', 'https://lh3.googleusercontent.com/a/' || fixture_gen.chars('gpic', p.i, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '=s96-c', 'locale', 'en')
         ELSE jsonb_build_object('sub', s.uid, 'email', p.email, 'email_verified', true, 'name', p.name, 'preferred_username', p.uname, 'given_name', p.first, 'family_name', p.last,
              'groups', jsonb_build_array('physik-mitarbeitende', 'mailman-users')) END,
       u.id
FROM xgen.p p JOIN auth_user u ON u.id = p.i
CROSS JOIN LATERAL (SELECT CASE WHEN p.grp = 'uni' THEN 'openid_connect' WHEN p.grp = 'club' THEN 'google' WHEN p.i % 4 = 1 THEN 'gitlab' ELSE 'github' END AS prov) pv
CROSS JOIN LATERAL (SELECT pv.prov AS prov, CASE pv.prov WHEN 'github' THEN (1000000 + fixture_gen.n('ghid', p.i, 90000000))::text WHEN 'gitlab' THEN (100 + fixture_gen.n('glid', p.i, 9000))::text
       WHEN 'google' THEN '1' || fixture_gen.digits('gsub', p.i, 20) ELSE fixture_gen.uuid('kcsub', p.i) END AS uid) s
WHERE p.i % 7 = 0 OR p.i % 5 = 1 ORDER BY p.i;

CREATE TABLE socialaccount_socialtoken (
    id serial PRIMARY KEY, token text NOT NULL, token_secret text NOT NULL, expires_at timestamptz, account_id integer NOT NULL REFERENCES socialaccount_socialaccount (id),
    app_id integer REFERENCES socialaccount_socialapp (id)
);
INSERT INTO socialaccount_socialtoken (token, token_secret, expires_at, account_id, app_id)
SELECT CASE sa.provider WHEN 'github' THEN 'gho_' || fixture_gen.chars('stg', sa.id, 36) WHEN 'gitlab' THEN fixture_gen.hexn('stl', sa.id, 64)
         WHEN 'google' THEN 'ya29.a0' || fixture_gen.chars('stgo', sa.id, 150, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') ELSE fixture_gen.jwt('stkc', sa.id) END,
       CASE sa.provider WHEN 'github' THEN '' WHEN 'gitlab' THEN fixture_gen.hexn('strl', sa.id, 64)
         WHEN 'google' THEN '1//0' || fixture_gen.chars('strg', sa.id, 100, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') ELSE fixture_gen.jwt('strk', sa.id) END,
       CASE WHEN sa.provider = 'github' THEN NULL ELSE sa.last_login + interval '1 hour' END, sa.id,
       CASE sa.provider WHEN 'github' THEN 1 WHEN 'gitlab' THEN 2 WHEN 'google' THEN 3 ELSE 4 END
FROM socialaccount_socialaccount sa WHERE sa.id % 6 <> 0 ORDER BY sa.id;

-- ---------------------------------------------------------------------------
-- HyperKitty: attachments and what web users do with threads.

CREATE TABLE hyperkitty_attachment (
    id serial PRIMARY KEY, counter smallint NOT NULL, name varchar(255) NOT NULL, content_type varchar(255) NOT NULL, encoding varchar(255),
    size integer NOT NULL, content bytea, email_id integer NOT NULL REFERENCES hyperkitty_email (id)
);
CREATE TABLE xgen.at (id serial, email_id int, counter int, name text, ctype text, enc text, body text);
INSERT INTO xgen.at (email_id, counter, name, ctype, enc, body)
SELECT e.id, 1,
       CASE x.kind
         WHEN 0 THEN w.first || '_' || split_part(w.signame, ' ', 2) || '.vcf'
         WHEN 1 THEN '0001-' || lower(regexp_replace(substr(regexp_replace(e.subject, '^(Re: )?(\[PATCH\] )?', ''), 1, 40), '[^A-Za-z0-9]+', '-', 'g')) || '.patch'
         WHEN 2 THEN 'signature.asc'
         WHEN 3 THEN CASE WHEN th.dom = 3 THEN 'Unfallbericht_' ELSE 'CV_' END || replace(w.signame, ' ', '_') || '.pdf'
         WHEN 4 THEN 'minutes-' || to_char(e.date, 'YYYY-MM') || '.txt'
         ELSE 'IMG_' || to_char(e.date, 'YYYYMMDD') || '_' || fixture_gen.digits('img', e.id, 6) || '.jpg' END,
       (ARRAY['text/vcard', 'text/x-diff', 'application/pgp-signature', 'application/pdf', 'text/plain', 'image/jpeg'])[1 + x.kind],
       (ARRAY['utf-8', 'us-ascii', NULL, NULL, 'utf-8', NULL])[1 + x.kind],
       CASE x.kind
         WHEN 0 THEN E'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:' || w.signame || E'\r\nORG:' || w.org || E'\r\nTEL;TYPE=CELL:' || w.phone || E'\r\nEMAIL;TYPE=INTERNET:' || w.email || E'\r\nADR;TYPE=HOME:;;'
                     || fixture_gen.street('vadr', e.id) || ';' || fixture_gen.city('vadr', e.id) || ';;' || fixture_gen.postcode('vadr', e.id) || E';\r\nEND:VCARD\r\n'
         WHEN 1 THEN 'From ' || fixture_gen.hexn('pc', e.id, 40) || E' Mon Sep 17 00:00:00 2001\nFrom: ' || w.signame || ' <' || w.email || E'>\nDate: ' || to_char(e.date, 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0000\nSubject: [PATCH] '
                     || regexp_replace(e.subject, '^(Re: )?(\[PATCH\] )?', '') || E'\n\nSigned-off-by: ' || w.signame || ' <' || w.email || E'>\n---\n installer/luks.py | 4 +++-\n 1 file changed, 3 insertions(+), 1 deletion(-)\n\n'
                     || E'diff --git a/installer/luks.py b/installer/luks.py\n--- a/installer/luks.py\n+++ b/installer/luks.py\n@@ -41,7 +41,9 @@ def unlock(dev):\n-    wait_for(dev)\n+    wait_for(dev, timeout=30)\n+    udev_settle()\n+    log.info("device %s ready", dev)\n'
         WHEN 2 THEN E'-----BEGIN PGP SIGNATURE-----\n\niQIzBAEBCAAdFiEE' || fixture_gen.b64('pgp', e.id, 180) || E'\n=' || fixture_gen.chars('pgpc', e.id, 4) || E'\n-----END PGP SIGNATURE-----\n'
         WHEN 3 THEN E'%PDF-1.7\n1 0 obj << /Title (' || CASE WHEN th.dom = 3 THEN 'Unfallbericht ' ELSE 'Curriculum Vitae ' END || w.signame || ') /Author (' || w.signame || E') >> endobj\n2 0 obj << /Length 220 >> stream\nBT /F1 11 Tf ('
                     || w.signame || ') Tj (' || fixture_gen.street('cvadr', e.id) || ', ' || fixture_gen.city('cvadr', e.id) || ') Tj (' || w.phone || ') Tj (' || w.email || ') Tj (born '
                     || to_char(fixture_gen.birth_date('cvb', e.id), 'DD.MM.YYYY') || E') Tj ET\nendstream endobj\n%%EOF\n'
         WHEN 4 THEN E'Minutes of the board meeting\nPresent: ' || fixture_gen.full_name('min1', e.id) || ', ' || fixture_gen.full_name('min2', e.id) || ', ' || w.signame || E'\n\n1. Budget 2024 approved.\n2. Travel grants: three approved, one deferred.\n3. Next meeting in four weeks.\n'
         ELSE E'\\xFFD8FFE000104A464946' END
FROM hyperkitty_email e JOIN xgen.th th ON th.t = e.thread_id JOIN xgen.e xe ON xe.id = e.id JOIN xgen.w w ON w.id = xe.a
CROSS JOIN LATERAL (SELECT CASE WHEN e.subject LIKE '%PATCH%' AND e.thread_depth = 0 THEN 1 WHEN e.subject LIKE '%minutes%' AND e.thread_depth = 0 THEN 4
                                WHEN e.subject ~ '(Unfall|Sturz|internship|GSoC)' AND e.thread_depth = 0 THEN 3 ELSE (ARRAY[0, 2, 5, 0, 2, 5, 2])[1 + fixture_gen.n('atk', e.id, 7)] END AS kind) x
WHERE e.id % 6 = 0 OR (e.thread_depth = 0 AND e.subject ~ '(PATCH|minutes|Sturz|GSoC|Trikot)')
ORDER BY e.id;
INSERT INTO hyperkitty_attachment
SELECT id, counter, name, ctype, enc, CASE WHEN ctype = 'image/jpeg' THEN 48213 + fixture_gen.n('imgs', id, 900000) ELSE octet_length(convert_to(body, 'UTF8')) END,
       CASE WHEN ctype = 'image/jpeg' THEN '\xffd8ffe000104a46494600010101004800480000'::bytea || decode(fixture_gen.hexn('jpg', id, 64), 'hex') ELSE convert_to(body, 'UTF8') END, email_id
FROM xgen.at ORDER BY id;

CREATE TABLE hyperkitty_profile (id serial PRIMARY KEY, karma integer NOT NULL, user_id integer NOT NULL UNIQUE REFERENCES auth_user (id));
INSERT INTO hyperkitty_profile (karma, user_id) SELECT fixture_gen.n('karma', id, 40) - 5, id FROM auth_user ORDER BY id;

CREATE TABLE hyperkitty_vote (id serial PRIMARY KEY, value smallint NOT NULL, email_id integer NOT NULL REFERENCES hyperkitty_email (id), user_id integer NOT NULL REFERENCES auth_user (id));
INSERT INTO hyperkitty_vote (value, email_id, user_id)
SELECT DISTINCT ON (e, u) CASE WHEN k % 7 = 0 THEN -1 ELSE 1 END, e, u FROM (
  SELECT k, 1 + fixture_gen.n('vte', k, 586) AS e, (SELECT id FROM auth_user ORDER BY fixture_gen.n('vtu', k * 1000 + id, 100000) LIMIT 1) AS u FROM generate_series(1, 260) k) v
ORDER BY e, u;

CREATE TABLE hyperkitty_favorite (id serial PRIMARY KEY, thread_id integer NOT NULL REFERENCES hyperkitty_thread (id), user_id integer NOT NULL REFERENCES auth_user (id));
INSERT INTO hyperkitty_favorite (thread_id, user_id)
SELECT DISTINCT 1 + fixture_gen.n('fvt', k, 140), (SELECT id FROM auth_user ORDER BY fixture_gen.n('fvu', k * 1000 + id, 100000) LIMIT 1) FROM generate_series(1, 90) k ORDER BY 1, 2;

CREATE TABLE hyperkitty_lastview (id serial PRIMARY KEY, view_date timestamptz NOT NULL, thread_id integer NOT NULL REFERENCES hyperkitty_thread (id), user_id integer NOT NULL REFERENCES auth_user (id));
INSERT INTO hyperkitty_lastview (view_date, thread_id, user_id)
SELECT DISTINCT ON (t, u) timestamptz '2024-03-01 00:00:00+00' + make_interval(mins => fixture_gen.n('lvd', k, 170000)), t, u FROM (
  SELECT k, 1 + fixture_gen.n('lvt', k, 140) AS t, (SELECT id FROM auth_user ORDER BY fixture_gen.n('lvu', k * 1000 + id, 100000) LIMIT 1) AS u FROM generate_series(1, 400) k) v
ORDER BY t, u, k;

CREATE TABLE hyperkitty_tag (id serial PRIMARY KEY, name varchar(255) NOT NULL UNIQUE);
INSERT INTO hyperkitty_tag (name) VALUES ('release'), ('installer'), ('security'), ('gsoc'), ('infra'), ('needs-review'), ('i18n'), ('board'), ('kolloquium'), ('ausfahrt'), ('jugend'), ('wontfix');

CREATE TABLE hyperkitty_tagging (id serial PRIMARY KEY, tag_id integer NOT NULL REFERENCES hyperkitty_tag (id), thread_id integer NOT NULL REFERENCES hyperkitty_thread (id),
    user_id integer NOT NULL REFERENCES auth_user (id));
INSERT INTO hyperkitty_tagging (tag_id, thread_id, user_id)
SELECT DISTINCT 1 + fixture_gen.n('tgt', k, 12), 1 + fixture_gen.n('tgh', k, 140), (ARRAY[3, 57, 1, 4, 203, 305, 10, 13])[1 + fixture_gen.n('tgu', k, 8)] FROM generate_series(1, 120) k ORDER BY 1, 2, 3;

-- ---------------------------------------------------------------------------
-- Sessions, the admin log, Postorius' templates, django-q.

CREATE TABLE django_session (session_key varchar(40) NOT NULL PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT fixture_gen.chars('sk', k, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       rtrim(translate(encode(convert_to(json_build_object('_auth_user_id', u.id::text, '_auth_user_backend', CASE WHEN k % 3 = 0 THEN 'allauth.account.auth_backends.AuthenticationBackend' ELSE 'django.contrib.auth.backends.ModelBackend' END,
         '_auth_user_hash', fixture_gen.hexn('sah', u.id, 64), 'django_timezone', 'Europe/Berlin')::text, 'UTF8'), 'base64'), E'+/\n', '-_'), '=')
       || ':' || fixture_gen.chars('sts', k, 6) || ':' || fixture_gen.chars('ssg', k, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
       timestamptz '2024-06-28 00:00:00+00' + make_interval(mins => fixture_gen.n('sed', k, 20160))
FROM generate_series(1, 150) k JOIN auth_user u ON u.id = (SELECT id FROM auth_user ORDER BY fixture_gen.n('su', k * 1000 + id, 100000) LIMIT 1) ORDER BY k;

CREATE TABLE django_admin_log (
    id serial PRIMARY KEY, action_time timestamptz NOT NULL, object_id text, object_repr varchar(200) NOT NULL, action_flag smallint NOT NULL CHECK (action_flag >= 0),
    change_message text NOT NULL, content_type_id integer REFERENCES django_content_type (id), user_id integer NOT NULL REFERENCES auth_user (id)
);
INSERT INTO django_admin_log (action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id)
SELECT timestamptz '2023-02-01 00:00:00+00' + make_interval(mins => k * 1700 + fixture_gen.n('alt', k, 900)),
       CASE WHEN k % 4 = 3 THEN (1 + fixture_gen.n('alo', k, 140))::text ELSE u.id::text END,
       CASE WHEN k % 4 = 3 THEN (SELECT hm.name FROM hyperkitty_mailinglist hm ORDER BY fixture_gen.n('alm', k * 100 + hm.id, 1000) LIMIT 1) ELSE u.username END,
       CASE WHEN k % 9 = 0 THEN 3 WHEN k % 5 = 0 THEN 1 ELSE 2 END,
       CASE WHEN k % 9 = 0 THEN '' WHEN k % 5 = 0 THEN '[{"added": {}}]' WHEN k % 4 = 3 THEN '[{"changed": {"fields": ["Archive policy"]}}]'
            ELSE '[{"changed": {"fields": ["' || fixture_gen.pick(ARRAY['Active', 'Email address', 'Staff status', 'Last name', 'password'], 'alf', k) || '"]}}]' END,
       CASE WHEN k % 4 = 3 THEN 12 ELSE 4 END, (ARRAY[1000, 3, 57, 203, 305])[1 + fixture_gen.n('alu', k, 5)]
FROM generate_series(1, 120) k JOIN auth_user u ON u.id = (SELECT id FROM auth_user ORDER BY fixture_gen.n('alx', k * 1000 + id, 100000) LIMIT 1) ORDER BY k;

CREATE TABLE postorius_emailtemplate (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, modified_at timestamptz NOT NULL, name varchar(100) NOT NULL, data text NOT NULL,
    language varchar(5) NOT NULL, context varchar(50) NOT NULL, identifier varchar(100) NOT NULL
);
INSERT INTO postorius_emailtemplate (created_at, modified_at, name, data, language, context, identifier)
SELECT timestamptz '2022-02-01 10:00:00+00' + make_interval(days => l.id * 9), timestamptz '2024-01-15 10:00:00+00' + make_interval(hours => l.id * 31 + t.k),
       t.name,
       CASE t.name
         WHEN 'list:member:regular:footer' THEN E'_______________________________________________\n$display_name mailing list -- $listname\nTo unsubscribe send an email to ${short_listname}-leave@${domain}'
              || CASE l.id WHEN 19 THEN E'\nVelo Nord e.V., Vorsitzender Jonas Schmidt, Am Stadion 4, Tel. 0151 2274 9930' WHEN 22 THEN E'\nJugendwartin: Zofia Nowak, 0176 4410 2387 (auch WhatsApp)'
                   WHEN 14 THEN E'\nOrganisation: Prof. Hannah Müller, Raum 3.14, hannah.mueller@physik.aurora-uni.example' ELSE '' END
         WHEN 'list:user:notice:welcome' THEN E'Welcome to the "$display_name" mailing list!\n\nTo post to this list, send your message to:\n\n  $listname\n\nYou can unsubscribe or make adjustments to your options via email by sending a message to:\n\n  $request_email\n'
              || CASE l.id WHEN 3 THEN E'\nQuestions about the list? Ask the moderators, Lucas Silva and Mei Wang.' WHEN 9 THEN E'\nGSoC admin this year: Priya Sharma (priya.sharma@kestrel-linux.example).' ELSE '' END
         ELSE E'Your message to $listname was held for moderator review.\n\nReason: $reason\n' END,
       l.preferred_language, 'list', l.list_id
FROM mailinglist l CROSS JOIN (VALUES (1, 'list:member:regular:footer'), (2, 'list:user:notice:welcome'), (3, 'list:user:notice:hold')) t(k, name)
WHERE l.id IN (1, 2, 3, 9, 14, 17, 19, 20, 22) ORDER BY l.id, t.k;

CREATE TABLE django_q_schedule (
    id serial PRIMARY KEY, func varchar(256) NOT NULL, hook varchar(256), args text, kwargs text, schedule_type varchar(1) NOT NULL, repeats integer NOT NULL,
    next_run timestamptz, task varchar(100), name varchar(100), minutes smallint, cron varchar(100), cluster varchar(100), intended_date_kwarg varchar(100)
);
INSERT INTO django_q_schedule (func, hook, args, kwargs, schedule_type, repeats, next_run, task, name, minutes, cron, cluster, intended_date_kwarg) VALUES
  ('django.core.management.call_command', NULL, '''runjobs'', ''minutely''', '', 'I', -1, '2024-06-28 17:01:00+00', fixture_gen.hexn('sqt', 1, 32), 'hyperkitty minutely jobs', 1, NULL, NULL, NULL),
  ('django.core.management.call_command', NULL, '''runjobs'', ''quarter_hourly''', '', 'I', -1, '2024-06-28 17:15:00+00', fixture_gen.hexn('sqt', 2, 32), 'hyperkitty quarter hourly jobs', 15, NULL, NULL, NULL),
  ('django.core.management.call_command', NULL, '''runjobs'', ''hourly''', '', 'H', -1, '2024-06-28 18:00:00+00', fixture_gen.hexn('sqt', 3, 32), 'hyperkitty hourly jobs', NULL, NULL, NULL, NULL),
  ('django.core.management.call_command', NULL, '''runjobs'', ''daily''', '', 'D', -1, '2024-06-29 00:00:00+00', fixture_gen.hexn('sqt', 4, 32), 'hyperkitty daily jobs', NULL, NULL, NULL, NULL),
  ('django.core.management.call_command', NULL, '''runjobs'', ''weekly''', '', 'W', -1, '2024-06-30 00:00:00+00', fixture_gen.hexn('sqt', 5, 32), 'hyperkitty weekly jobs', NULL, NULL, NULL, NULL),
  ('django.core.management.call_command', NULL, '''update_index''', '', 'C', -1, '2024-06-29 03:30:00+00', fixture_gen.hexn('sqt', 6, 32), 'search index rebuild', NULL, '30 3 * * *', NULL, NULL),
  ('django.core.management.call_command', NULL, '''clearsessions''', '', 'D', -1, '2024-06-29 04:00:00+00', NULL, 'clear expired sessions', NULL, NULL, NULL, NULL);

-- django-q tasks: args and results pickled (django-picklefield's base64),
-- the queue's payload a signed pickle of the whole task.
CREATE TABLE xgen.q (k int PRIMARY KEY, func text, args text[], at timestamptz);
INSERT INTO xgen.q
SELECT k, f.func,
       CASE f.func WHEN 'hyperkitty.tasks.sender_mailman_id' THEN ARRAY[s.address]
                   WHEN 'hyperkitty.tasks.rebuild_mailinglist_cache_recent' THEN ARRAY[hm.name]
                   WHEN 'hyperkitty.tasks.update_from_mailman' THEN ARRAY[hm.name]
                   WHEN 'hyperkitty.tasks.check_orphans' THEN ARRAY[(1 + fixture_gen.n('qe', k, 586))::text]
                   ELSE ARRAY[(1 + fixture_gen.n('qe', k, 586))::text] END,
       timestamptz '2024-06-20 00:00:00+00' + make_interval(secs => k * 3307)
FROM generate_series(1, 180) k
CROSS JOIN LATERAL (SELECT (ARRAY['hyperkitty.tasks.sender_mailman_id', 'hyperkitty.tasks.rebuild_thread_cache_new_email', 'hyperkitty.tasks.rebuild_mailinglist_cache_recent',
   'hyperkitty.tasks.sender_mailman_id', 'hyperkitty.tasks.compute_thread_positions', 'hyperkitty.tasks.update_from_mailman', 'hyperkitty.tasks.check_orphans',
   'hyperkitty.tasks.rebuild_email_cache_votes'])[1 + fixture_gen.n('qf', k, 8)] AS func) f
JOIN hyperkitty_sender s ON s.address = (SELECT address FROM hyperkitty_sender ORDER BY fixture_gen.n('qs', k, 1000000) + length(address) LIMIT 1)
JOIN hyperkitty_mailinglist hm ON hm.id = (SELECT id FROM hyperkitty_mailinglist ORDER BY fixture_gen.n('qm', k * 100 + id, 1000) LIMIT 1);

CREATE TABLE django_q_task (
    id varchar(32) NOT NULL PRIMARY KEY, name varchar(100) NOT NULL, func varchar(256) NOT NULL, hook varchar(256), args text, kwargs text, result text,
    started timestamptz NOT NULL, stopped timestamptz NOT NULL, success boolean NOT NULL, "group" varchar(100), attempt_count integer NOT NULL, cluster varchar(100)
);
INSERT INTO django_q_task
SELECT replace(fixture_gen.uuid('qid', q.k), '-', ''),
       fixture_gen.pick(ARRAY['alpha', 'bravo', 'oscar', 'hotel', 'juliet', 'lima', 'mike', 'tango', 'uniform', 'victor', 'yankee', 'zulu', 'seven', 'nine', 'kansas', 'texas', 'ohio', 'utah'], 'qn1', q.k) || '-'
         || fixture_gen.pick(ARRAY['mango', 'lemon', 'apple', 'cola', 'coffee', 'tea', 'salami', 'bacon', 'potato', 'muppet', 'pizza', 'jupiter', 'mars', 'venus', 'stream', 'river'], 'qn2', q.k) || '-'
         || fixture_gen.pick(ARRAY['fifteen', 'four', 'eleven', 'twelve', 'six', 'one', 'nineteen', 'two'], 'qn3', q.k) || '-'
         || fixture_gen.pick(ARRAY['red', 'blue', 'green', 'purple', 'white', 'black', 'grey', 'pink'], 'qn4', q.k),
       q.func, NULL, translate(encode(xgen.pk(q.args), 'base64'), E'\n', ''), 'gAV9lC4=',
       CASE WHEN q.k % 23 = 0 THEN translate(encode(convert_to('Traceback (most recent call last): HTTPError 404: Not Found', 'UTF8'), 'base64'), E'\n', '') ELSE 'gAVOLg==' END,
       q.at, q.at + make_interval(secs => 1 + fixture_gen.n('qd', q.k, 30)), q.k % 23 <> 0, NULL, 1, 'mailman-web'
FROM xgen.q q WHERE q.k <= 160 ORDER BY q.k;

CREATE TABLE django_q_ormq (id serial PRIMARY KEY, key varchar(100) NOT NULL, payload text NOT NULL, lock timestamptz);
INSERT INTO django_q_ormq (key, payload, lock)
SELECT 'mailman-web',
       rtrim(translate(encode(xgen.pkd(ARRAY['id', 'name', 'func', 'args', 'kwargs', 'group', 'ack_failure'],
                ARRAY[replace(fixture_gen.uuid('qid', q.k), '-', ''), 'pending-' || q.k, q.func, array_to_string(q.args, ','), '', NULL, 'False']), 'base64'), E'+/\n', '-_'), '=')
       || ':' || fixture_gen.chars('oqs', q.k, 27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
       CASE WHEN q.k % 3 = 0 THEN q.at + interval '60 seconds' END
FROM xgen.q q WHERE q.k > 140 ORDER BY q.k;

-- Mailman Core's cache of templates fetched by URL.
CREATE TABLE file_cache (id serial PRIMARY KEY, key varchar, file_id varchar, is_bytes boolean, created_on timestamp, expires_on timestamp);
INSERT INTO file_cache (key, file_id, is_bytes, created_on, expires_on)
SELECT DISTINCT ON (uri) uri, encode(sha256(convert_to(uri, 'UTF8')), 'hex'), false, timestamp '2024-06-27 00:00:00' + make_interval(mins => id * 7),
       timestamp '2024-06-27 00:00:00' + make_interval(mins => id * 7) + interval '1 day'
FROM template WHERE uri LIKE 'http%' ORDER BY uri, id;

-- Django's groups and permissions.
CREATE TABLE auth_permission (id serial PRIMARY KEY, name varchar(255) NOT NULL, content_type_id integer NOT NULL REFERENCES django_content_type (id), codename varchar(100) NOT NULL);
INSERT INTO auth_permission (name, content_type_id, codename)
SELECT 'Can ' || a.act || ' ' || replace(ct.model, '_', ' '), ct.id, a.act || '_' || ct.model FROM django_content_type ct
CROSS JOIN (VALUES (1, 'add'), (2, 'change'), (3, 'delete'), (4, 'view')) a(k, act) ORDER BY ct.id, a.k;

CREATE TABLE auth_group (id serial PRIMARY KEY, name varchar(150) NOT NULL UNIQUE);
INSERT INTO auth_group (name) VALUES ('Archive moderators'), ('Dekanat Physik'), ('Vorstand Velo Nord'), ('Infra team');

CREATE TABLE auth_group_permissions (id serial PRIMARY KEY, group_id integer NOT NULL REFERENCES auth_group (id), permission_id integer NOT NULL REFERENCES auth_permission (id));
INSERT INTO auth_group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM auth_group g JOIN auth_permission p ON p.content_type_id IN (9, 12, 15, 16, 17) AND (g.id IN (1, 4) OR p.codename LIKE 'view_%') ORDER BY g.id, p.id;

CREATE TABLE auth_user_groups (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES auth_user (id), group_id integer NOT NULL REFERENCES auth_group (id));
INSERT INTO auth_user_groups (user_id, group_id)
SELECT id, CASE WHEN id > 300 THEN 3 WHEN id > 200 THEN 2 WHEN id % 2 = 0 THEN 1 ELSE 4 END FROM auth_user WHERE id % 11 = 1 OR id IN (3, 57, 203, 224, 305, 312) ORDER BY id;

CREATE TABLE auth_user_user_permissions (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES auth_user (id), permission_id integer NOT NULL REFERENCES auth_permission (id));
INSERT INTO auth_user_user_permissions (user_id, permission_id)
SELECT u, p FROM (VALUES (4, 34), (4, 36), (13, 34), (16, 60), (16, 64), (203, 48), (224, 48), (305, 34)) v(u, p) ORDER BY u, p;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA xgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
