-- classify-eval fixture (HOLDOUT 47: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Weblate 5 translation platform on PostgreSQL in the naming its Django
-- migrations create (app_model tables: weblate_auth_*, accounts_*,
-- social_auth_*, trans_*, lang_*, memory_*, screenshots_*, checks_*,
-- addons_*, billing_*, wladmin_*, metrics_*; serial integer ids, _id
-- foreign keys, timestamptz, JSONField columns as jsonb, GenericIPAddress as
-- inet, many-to-many join tables), a subset of its tables with their real
-- columns and types. Weblate's own tables reach 400 columns, so there is no
-- operator schema: every table here is Weblate's (or Django's and
-- python-social-auth's, which Weblate installs).
--
-- The instance is translate.fernhill.dev, run by Fernhill Software GmbH in
-- Leipzig. It hosts the translation of Fernhill's open-source apps
-- (Quillnote, Tallybook, Wayfarer, their website and docs, a community
-- extensions project) by community translators who sign in with GitHub,
-- GitLab, Google or an e-mail account, and, as a paid service, the private
-- projects of five customers (Velora Bikes in Utrecht, Mori Interactive in
-- Osaka, PagaFácil in Curitiba, Klinik Sonnenhof in Freiburg and Hofmann
-- Steuerberatung in Köln) whose staff sign in with their company's SAML
-- IdP. The data: users with Django pbkdf2 hashes and unusable '!' passwords
-- of SSO-only accounts; profiles with public e-mails, websites, Liberapay,
-- GitHub, Mastodon, Twitter and LinkedIn handles, locations and employers;
-- an audit log of sign-ins, e-mail and password changes with IPs and user
-- agents; social logins whose uid is an e-mail, a numeric provider id or a
-- SAML NameID and whose extra_data keeps the provider's access token;
-- partial pipelines of e-mail sign-ups; e-mail verification codes;
-- OpenID associations; the Django session store; REST API tokens (wlu_ and
-- the project tokens' bot users); the admin log; invitations and user
-- blocks with moderators' notes; projects with translator instructions and
-- per-project machine translation settings holding DeepL, Google and
-- OpenAI keys; components whose repository and push URLs carry a deploy
-- token for some customers, committer names and e-mails, bug-report
-- addresses and contributor agreements; translations, units (the apps' UI
-- strings, and gettext "translator-credits" units listing translators'
-- names and e-mails), suggestions and comments with the IP and user agent
-- of their authors, votes, the change history (targets, and details naming
-- invited and removed users), alerts quoting git output, announcements,
-- the translation memory, screenshots, checks, add-ons (a webhook add-on's
-- signing secret), billing plans, customers' billings with their Stripe
-- references and invoices with payers' bank details and notes, the
-- support subscription's secret, the Borg backup service's passphrase and
-- paper key, configuration errors, daily metrics.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA wlgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION wlgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION wlgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- at: a time between two instants, to the microsecond as Django stores it.
CREATE FUNCTION wlgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int) + fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0)
$$;

-- sha: a 40-hex git commit id.
CREATE FUNCTION wlgen.sha(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, 40) $$;

-- ua: a browser or client user agent.
CREATE FUNCTION wlgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0',
    'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.97',
    'wlc/1.14', 'python-requests/2.31.0', 'Weblate/5.4.3 (+https://weblate.org/)'], tag, i)
$$;

-- The people: Fernhill staff (2-6), customers' staff (7-30), community
-- translators (31-200); 1 is Weblate's anonymous user.
CREATE TABLE wlgen.p (i int PRIMARY KEY, first text, last text, name text, username text, email text, org text, city text, country text, gh text);
INSERT INTO wlgen.p
SELECT i, f, l, f || ' ' || l,
       CASE WHEN i BETWEEN 2 AND 30 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l)
            ELSE CASE i % 6 WHEN 0 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l) WHEN 1 THEN fixture_gen.ascii(f) || '-' || substr(fixture_gen.ascii(l), 1, 1)
                 WHEN 2 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || (i % 97)::text WHEN 3 THEN fixture_gen.ascii(l) || '_' || fixture_gen.ascii(f)
                 WHEN 4 THEN fixture_gen.ascii(f) || (1975 + i % 30)::text ELSE fixture_gen.pick(ARRAY['night', 'polyglot', 'tiny', 'lazy', 'quiet', 'kopi'], 'pnk', i) || fixture_gen.ascii(f) END END,
       CASE WHEN i BETWEEN 2 AND 6 THEN fixture_gen.ascii(f) || '@fernhill.dev'
            WHEN i BETWEEN 7 AND 12 THEN substr(fixture_gen.ascii(f), 1, 1) || '.' || fixture_gen.ascii(l) || '@velora.nl'
            WHEN i BETWEEN 13 AND 18 THEN fixture_gen.ascii(l) || '.' || fixture_gen.ascii(f) || '@mori-interactive.jp'
            WHEN i BETWEEN 19 AND 24 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@pagafacil.com.br'
            WHEN i BETWEEN 25 AND 27 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@sonnenhof-klinik.de'
            WHEN i BETWEEN 28 AND 30 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) || '@hofmann-stb.de'
            ELSE CASE WHEN i % 3 = 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) WHEN i % 3 = 1 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l) || (i % 100)::text
                      ELSE substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) END || '@'
                 || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'web.de', 'orange.fr', 'proton.me', 'posteo.de', 'yahoo.co.jp', 'naver.com', 'libero.it', 'wp.pl', 'ukr.net', 'uol.com.br'], 'ped', i) END,
       CASE WHEN i BETWEEN 2 AND 6 THEN 'Fernhill Software' WHEN i BETWEEN 7 AND 12 THEN 'Velora Bikes' WHEN i BETWEEN 13 AND 18 THEN 'Mori Interactive'
            WHEN i BETWEEN 19 AND 24 THEN 'PagaFácil' WHEN i BETWEEN 25 AND 27 THEN 'Klinik Sonnenhof' WHEN i BETWEEN 28 AND 30 THEN 'Hofmann Steuerberatung'
            WHEN i % 5 = 0 THEN fixture_gen.pick(ARRAY['SAP', 'Canonical', 'Red Hat', 'Universidad de Sevilla', 'Rakuten', 'Deutsche Bahn', 'Infosys', 'freelance', 'Politecnico di Milano', 'Allegro'], 'porg', i) END,
       fixture_gen.city('pc', i),
       fixture_gen.pick(ARRAY['Germany', 'France', 'Spain', 'Brazil', 'Japan', 'India', 'Poland', 'Turkey', 'Ukraine', 'Italy', 'Netherlands', 'South Korea', 'Nigeria', 'Finland'], 'pcy', i),
       CASE i % 4 WHEN 0 THEN fixture_gen.ascii(f) || '-' || fixture_gen.ascii(l) WHEN 1 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l) WHEN 2 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) ELSE fixture_gen.ascii(l) || (i % 50)::text END
FROM generate_series(1, 200) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('pf', i) AS f, fixture_gen.last_name('pl', i) AS l) x;
-- usernames must be unique: suffix the few that repeat.
UPDATE wlgen.p SET username = username || i WHERE i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) r FROM wlgen.p) z WHERE r > 1);

-- ---------------------------------------------------------------------------
-- Django's content types.
CREATE TABLE django_content_type (
  id serial PRIMARY KEY,
  app_label varchar(100) NOT NULL,
  model varchar(100) NOT NULL,
  UNIQUE (app_label, model)
);
INSERT INTO django_content_type (app_label, model) VALUES
 ('admin', 'logentry'), ('contenttypes', 'contenttype'), ('sessions', 'session'), ('weblate_auth', 'user'), ('weblate_auth', 'group'),
 ('weblate_auth', 'role'), ('weblate_auth', 'permission'), ('weblate_auth', 'autogroup'), ('weblate_auth', 'invitation'), ('weblate_auth', 'userblock'),
 ('accounts', 'profile'), ('accounts', 'auditlog'), ('accounts', 'subscription'), ('accounts', 'verifiedemail'), ('lang', 'language'), ('lang', 'plural'),
 ('trans', 'project'), ('trans', 'component'), ('trans', 'translation'), ('trans', 'unit'), ('trans', 'suggestion'), ('trans', 'comment'), ('trans', 'vote'),
 ('trans', 'change'), ('trans', 'alert'), ('trans', 'announcement'), ('trans', 'componentlist'), ('trans', 'label'), ('trans', 'category'),
 ('trans', 'contributoragreement'), ('memory', 'memory'), ('screenshots', 'screenshot'), ('checks', 'check'), ('addons', 'addon'), ('addons', 'event'),
 ('billing', 'plan'), ('billing', 'billing'), ('billing', 'invoice'), ('wladmin', 'configurationerror'), ('wladmin', 'supportstatus'),
 ('wladmin', 'backupservice'), ('wladmin', 'backuplog'), ('metrics', 'metric'), ('social_django', 'usersocialauth'), ('social_django', 'partial'),
 ('social_django', 'code'), ('social_django', 'nonce'), ('social_django', 'association'), ('authtoken', 'token'), ('authtoken', 'tokenproxy');

-- ---------------------------------------------------------------------------
-- Languages and plurals.
CREATE TABLE lang_language (
  id serial PRIMARY KEY,
  code varchar(50) NOT NULL UNIQUE,
  name varchar(100) NOT NULL,
  direction varchar(3) NOT NULL,
  population bigint NOT NULL
);
INSERT INTO lang_language (code, name, direction, population) VALUES
 ('en', 'English', 'ltr', 1728900000), ('de', 'German', 'ltr', 135000000), ('fr', 'French', 'ltr', 310000000), ('es', 'Spanish', 'ltr', 559000000),
 ('pt_BR', 'Portuguese (Brazil)', 'ltr', 214000000), ('ja', 'Japanese', 'ltr', 123000000), ('nl', 'Dutch', 'ltr', 25000000), ('it', 'Italian', 'ltr', 68000000),
 ('pl', 'Polish', 'ltr', 41000000), ('tr', 'Turkish', 'ltr', 88000000), ('uk', 'Ukrainian', 'ltr', 33000000), ('ru', 'Russian', 'ltr', 255000000),
 ('zh_Hans', 'Chinese (Simplified)', 'ltr', 1138000000), ('zh_Hant', 'Chinese (Traditional)', 'ltr', 31000000), ('ko', 'Korean', 'ltr', 82000000),
 ('ar', 'Arabic', 'rtl', 373000000), ('he', 'Hebrew', 'rtl', 9300000), ('fa', 'Persian', 'rtl', 79000000), ('hi', 'Hindi', 'ltr', 609000000),
 ('bn', 'Bangla', 'ltr', 273000000), ('ta', 'Tamil', 'ltr', 86000000), ('id', 'Indonesian', 'ltr', 199000000), ('vi', 'Vietnamese', 'ltr', 86000000),
 ('th', 'Thai', 'ltr', 61000000), ('cs', 'Czech', 'ltr', 11000000), ('sk', 'Slovak', 'ltr', 7000000), ('hu', 'Hungarian', 'ltr', 13000000),
 ('ro', 'Romanian', 'ltr', 24000000), ('bg', 'Bulgarian', 'ltr', 8000000), ('el', 'Greek', 'ltr', 13000000), ('sv', 'Swedish', 'ltr', 13000000),
 ('nb_NO', 'Norwegian Bokmål', 'ltr', 5000000), ('da', 'Danish', 'ltr', 6000000), ('fi', 'Finnish', 'ltr', 5800000), ('et', 'Estonian', 'ltr', 1100000),
 ('lt', 'Lithuanian', 'ltr', 3000000), ('ca', 'Catalan', 'ltr', 9200000), ('eu', 'Basque', 'ltr', 930000), ('gl', 'Galician', 'ltr', 3200000),
 ('eo', 'Esperanto', 'ltr', 2000000), ('ga', 'Irish', 'ltr', 1900000), ('cy', 'Welsh', 'ltr', 880000), ('sw', 'Swahili', 'ltr', 71000000),
 ('yo', 'Yoruba', 'ltr', 46000000), ('pt', 'Portuguese', 'ltr', 20000000);

CREATE TABLE lang_plural (
  id serial PRIMARY KEY,
  source smallint NOT NULL,
  number smallint NOT NULL,
  formula text NOT NULL,
  type integer NOT NULL,
  language_id integer NOT NULL REFERENCES lang_language (id)
);
INSERT INTO lang_plural (source, number, formula, type, language_id)
SELECT 0,
       CASE WHEN l.code IN ('ja', 'zh_Hans', 'zh_Hant', 'ko', 'vi', 'th', 'id') THEN 1 WHEN l.code IN ('pl', 'uk', 'ru', 'cs', 'sk', 'lt') THEN 3
            WHEN l.code = 'ar' THEN 6 WHEN l.code IN ('ga', 'cy') THEN 5 ELSE 2 END,
       CASE WHEN l.code IN ('ja', 'zh_Hans', 'zh_Hant', 'ko', 'vi', 'th', 'id') THEN '0'
            WHEN l.code IN ('pl') THEN '(n==1) ? 0 : (n%10>=2 && n%10<=4) && (n%100<12 || n%100>14) ? 1 : 2'
            WHEN l.code IN ('uk', 'ru') THEN '(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)'
            WHEN l.code IN ('cs', 'sk') THEN '(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2'
            WHEN l.code = 'lt' THEN '(n%10==1 && (n%100<11 || n%100>19)) ? 0 : ((n%10>=2 && n%10<=9) && (n%100<11 || n%100>19)) ? 1 : 2'
            WHEN l.code = 'ar' THEN '(n==0) ? 0 : ((n==1) ? 1 : ((n==2) ? 2 : ((n%100>=3 && n%100<=10) ? 3 : ((n%100>=11 && n%100<=99) ? 4 : 5))))'
            WHEN l.code IN ('ga', 'cy') THEN '(n==1) ? 0 : (n==2) ? 1 : (n>2 && n<7) ? 2 :(n>6 && n<11) ? 3 : 4'
            WHEN l.code IN ('fr', 'pt_BR') THEN 'n > 1' ELSE 'n != 1' END,
       CASE WHEN l.code IN ('ja', 'zh_Hans', 'zh_Hant', 'ko', 'vi', 'th', 'id') THEN 0 WHEN l.code IN ('fr', 'pt_BR') THEN 2 WHEN l.code IN ('ga', 'cy', 'ar') THEN 7 WHEN l.code IN ('pl', 'uk', 'ru', 'cs', 'sk', 'lt') THEN 3 ELSE 1 END,
       l.id
FROM lang_language l ORDER BY l.id;

-- ---------------------------------------------------------------------------
-- Users (weblate.auth replaces django.contrib.auth's user), roles and teams.
CREATE TABLE weblate_auth_user (
  id serial PRIMARY KEY,
  password varchar(128) NOT NULL,
  last_login timestamptz NULL,
  username varchar(150) NOT NULL UNIQUE,
  full_name varchar(150) NOT NULL,
  email varchar(190) NULL,
  is_superuser boolean NOT NULL,
  is_active boolean NOT NULL,
  is_bot boolean NOT NULL,
  date_joined timestamptz NOT NULL,
  date_expires timestamptz NULL
);
INSERT INTO weblate_auth_user (id, password, last_login, username, full_name, email, is_superuser, is_active, is_bot, date_joined, date_expires)
SELECT p.i,
       CASE WHEN p.i = 1 OR p.i BETWEEN 7 AND 30 OR p.i % 4 = 1 THEN '!' || wlgen.rnd('uun', p.i, 40) ELSE fixture_gen.pbkdf2('upw', p.i) END,
       CASE WHEN p.i > 1 AND p.i % 13 <> 0 THEN wlgen.at('ull', p.i, '2024-03-01', '2024-06-30') END,
       CASE WHEN p.i = 1 THEN 'anonymous' ELSE p.username END,
       CASE WHEN p.i = 1 THEN 'Anonymous' WHEN p.i % 17 = 0 THEN p.username WHEN p.i % 11 = 0 THEN p.first ELSE p.name END,
       CASE WHEN p.i = 1 THEN 'noreply@weblate.org' WHEN p.i % 23 = 0 THEN initcap(split_part(p.email, '@', 1)) || '@' || split_part(p.email, '@', 2) ELSE p.email END,
       p.i IN (2, 3), p.i > 1 AND p.i % 31 <> 0, false,
       wlgen.at('udj', p.i, CASE WHEN p.i <= 6 THEN timestamptz '2019-04-01' WHEN p.i <= 30 THEN timestamptz '2022-01-10' ELSE timestamptz '2019-06-01' END, '2024-02-28'),
       CASE WHEN p.i BETWEEN 28 AND 30 THEN timestamptz '2024-12-31 23:00:00+00' END
FROM wlgen.p p ORDER BY p.i;
-- Bots: the project tokens' users and the add-on bot.
INSERT INTO weblate_auth_user (id, password, last_login, username, full_name, email, is_superuser, is_active, is_bot, date_joined, date_expires)
SELECT 200 + k, '!' || wlgen.rnd('bun', k, 40), NULL,
       'bot-' || s || '-' || lower(wlgen.rnd('bsx', k, 6)), n, 'bot-' || s || '-' || lower(wlgen.rnd('bsx', k, 6)) || '@bots.noreply.weblate.org',
       false, true, true, wlgen.at('bdj', k, '2023-01-01', '2024-05-01'), CASE WHEN k % 3 = 0 THEN timestamptz '2025-06-30 00:00:00+00' END
FROM (VALUES (1, 'quillnote', 'GitHub Actions sync'), (2, 'tallybook', 'CI upload'), (3, 'velora-companion', 'Velora CI'), (4, 'lantern-isle', 'Build server'),
             (5, 'pagafacil-wallet', 'Release pipeline'), (6, 'sonnenhof-portal', 'Azure DevOps'), (7, 'wayfarer', 'Nightly import'), (8, 'addon', 'Add-on bot')) v(k, s, n);
UPDATE weblate_auth_user SET username = 'weblate-addon-bot', full_name = 'Weblate add-on', email = 'noreply-addon@weblate.org' WHERE id = 208;

CREATE TABLE weblate_auth_role (
  id serial PRIMARY KEY,
  name varchar(200) NOT NULL UNIQUE
);
INSERT INTO weblate_auth_role (name) VALUES ('Add suggestion'), ('Access repository'), ('Administration'), ('Billing'), ('Edit source'),
 ('Manage glossary'), ('Manage languages'), ('Manage repository'), ('Manage screenshots'), ('Manage translation memory'), ('Power user'),
 ('Review strings'), ('Translate'), ('Automatic translation'), ('Bulk editing'), ('Add new string');

-- ---------------------------------------------------------------------------
-- Projects and categories.
CREATE TABLE wlgen.proj (id int PRIMARY KEY, slug text, name text, customer boolean, types int[], langs text[], host text, org text);
INSERT INTO wlgen.proj VALUES
 (1, 'quillnote', 'Quillnote', false, '{3,1,6}', '{de,fr,es,pt_BR,ja,nl,uk}', 'github.com', 'fernhill'),
 (2, 'tallybook', 'Tallybook', false, '{2,1,4}', '{de,fr,es,it,pl,tr,ko}', 'github.com', 'fernhill'),
 (3, 'wayfarer', 'Wayfarer', false, '{1,3,6}', '{de,fr,es,nl,fi,sv,eo}', 'github.com', 'fernhill'),
 (4, 'fernhill-website', 'Fernhill website', false, '{5,2,5}', '{de,fr,es,pt_BR,ja,zh_Hans,ru}', 'github.com', 'fernhill'),
 (5, 'fernhill-docs', 'Fernhill documentation', false, '{5,5,5}', '{de,fr,es,it,ja,zh_Hans,ar}', 'github.com', 'fernhill'),
 (6, 'velora-companion', 'Velora Companion', true, '{1,4,2}', '{de,fr,nl,es,it,da,pl}', 'gitlab.velora.nl', 'apps'),
 (7, 'lantern-isle', 'Lantern Isle', true, '{2,2,6}', '{ja,ko,zh_Hans,zh_Hant,fr,de,es}', 'github.com', 'mori-interactive'),
 (8, 'pagafacil-wallet', 'PagaFácil Carteira', true, '{1,4,2}', '{pt_BR,es,en,fr,it,de,pt}', 'github.com', 'pagafacil'),
 (9, 'sonnenhof-portal', 'Patientenportal Sonnenhof', true, '{2,5,6}', '{de,fr,it,tr,ar,ru,uk}', 'dev.azure.com', 'sonnenhof'),
 (10, 'hofmann-portal', 'Mandantenportal Hofmann', true, '{2,5,4}', '{de,fr,tr,pl,ro,it,nl}', 'git.hofmann-stb.de', 'portal'),
 (11, 'fernhill-glossary', 'Fernhill glossary', false, '{6,6,6}', '{de,fr,es,pt_BR,ja,nl,it}', 'github.com', 'fernhill'),
 (12, 'quillnote-extensions', 'Quillnote extensions', false, '{2,3,2}', '{de,fr,es,ca,eu,gl,pl}', 'codeberg.org', 'quillnote-community');

CREATE TABLE trans_project (
  id serial PRIMARY KEY,
  name varchar(60) NOT NULL UNIQUE,
  slug varchar(60) NOT NULL UNIQUE,
  web varchar(200) NOT NULL,
  instructions text NOT NULL,
  set_language_team boolean NOT NULL,
  use_shared_tm boolean NOT NULL,
  contribute_shared_tm boolean NOT NULL,
  access_control integer NOT NULL,
  translation_review boolean NOT NULL,
  source_review boolean NOT NULL,
  enable_hooks boolean NOT NULL,
  language_aliases text NOT NULL,
  secondary_language_id integer NULL REFERENCES lang_language (id),
  enforced_2fa boolean NOT NULL,
  machinery_settings jsonb NOT NULL,
  commit_policy integer NOT NULL,
  autoclean_tm boolean NOT NULL
);
INSERT INTO trans_project (id, name, slug, web, instructions, set_language_team, use_shared_tm, contribute_shared_tm, access_control, translation_review,
  source_review, enable_hooks, language_aliases, secondary_language_id, enforced_2fa, machinery_settings, commit_policy, autoclean_tm)
SELECT j.id, j.name, j.slug,
       CASE j.id WHEN 1 THEN 'https://quillnote.app/' WHEN 2 THEN 'https://tallybook.org/' WHEN 3 THEN 'https://wayfarer-maps.org/' WHEN 4 THEN 'https://fernhill.dev/'
         WHEN 5 THEN 'https://docs.fernhill.dev/' WHEN 6 THEN 'https://www.velora.nl/app' WHEN 7 THEN 'https://lantern-isle.jp/' WHEN 8 THEN 'https://www.pagafacil.com.br/'
         WHEN 9 THEN 'https://www.sonnenhof-klinik.de/patientenportal' WHEN 10 THEN 'https://www.hofmann-stb.de/' WHEN 11 THEN 'https://fernhill.dev/'
         ELSE 'https://codeberg.org/quillnote-community' END,
       CASE j.id
         WHEN 1 THEN 'Please read the style guide at https://quillnote.app/translate before you start. Use the informal form of address (du, tu, tú) in all languages. Questions go to the #i18n channel on Matrix.'
         WHEN 2 THEN 'Currency amounts are formatted by the app: do not translate the placeholders. Our language coordinator is ' || (SELECT name FROM wlgen.p WHERE i = 4) || ' (' || (SELECT email FROM wlgen.p WHERE i = 4) || '); write to her before adding a new language.'
         WHEN 3 THEN 'Keep place names as they appear in OpenStreetMap. Strings marked read-only come from upstream.'
         WHEN 4 THEN ''
         WHEN 5 THEN 'The documentation is built nightly. Do not translate code blocks or command-line options.'
         WHEN 6 THEN 'Terminology: "ride" is "Fahrt" in German, "rit" in Dutch. Reviewer for nl and de: ' || (SELECT name FROM wlgen.p WHERE i = 8) || ', phone ' || '+31 6 ' || fixture_gen.digits('pin6', 1, 8) || ' for urgent release questions.'
         WHEN 7 THEN 'Dialogue lines have a 42-character limit per line. The character names (Hana, Old Tomo, the Ferryman) are not translated. Ask ' || (SELECT name FROM wlgen.p WHERE i = 14) || ' for screenshots.'
         WHEN 8 THEN 'Use "você" in Brazilian Portuguese. Never translate the product name PagaFácil or the term Pix.'
         WHEN 9 THEN 'Medizinische Begriffe bitte mit dem Glossar abgleichen. Keine echten Patientendaten in Kommentare schreiben. Ansprechpartnerin: ' || (SELECT name FROM wlgen.p WHERE i = 26) || ', Tel. 0761 ' || fixture_gen.digits('pin9', 1, 6) || '.'
         WHEN 10 THEN 'Siezen in allen Texten. Bei Fragen zu Steuerbegriffen bitte Rückmeldung an die Kanzlei.'
         WHEN 11 THEN 'Shared terminology for all Fernhill apps. Add a term only after it has been discussed in the forum.'
         ELSE '' END,
       j.id <= 5 OR j.id = 12, NOT j.customer, NOT j.customer, CASE WHEN j.customer THEN 100 WHEN j.id = 11 THEN 1 ELSE 0 END,
       j.id IN (1, 6, 7, 9), j.id IN (7, 9), true,
       CASE j.id WHEN 1 THEN 'zh_CN:zh_Hans,zh_TW:zh_Hant,pt-BR:pt_BR' WHEN 8 THEN 'pt-BR:pt_BR,es-419:es' WHEN 7 THEN 'zh-Hans:zh_Hans,zh-Hant:zh_Hant' ELSE '' END,
       CASE j.id WHEN 8 THEN 4 WHEN 12 THEN 2 END,
       j.customer,
       CASE j.id
         WHEN 1 THEN jsonb_build_object('weblate-translation-memory', '{}'::jsonb, 'libretranslate', jsonb_build_object('url', 'https://libretranslate.fernhill.dev/', 'key', fixture_gen.uuid('mlt', 1)))
         WHEN 6 THEN jsonb_build_object('deepl', jsonb_build_object('url', 'https://api.deepl.com/v2/', 'key', fixture_gen.uuid('mdl', 6), 'formality', 'less'))
         WHEN 7 THEN jsonb_build_object('openai', jsonb_build_object('key', 'sk-' || 'proj-' || wlgen.rnd('moa', 7, 48), 'model', 'gpt-4o', 'persona', 'A localisation writer for a cosy adventure game', 'style', 'Playful, short lines'))
         WHEN 8 THEN jsonb_build_object('google-translate-api-v3', jsonb_build_object('project', 'pagafacil-i18n', 'location', 'global',
              'credentials', '{"type": "service_account", "project_id": "pagafacil-i18n", "private_key_id": "' || fixture_gen.hexn('mgk', 8, 40) || '", "private_key": "-----BEGIN ' || 'PRIVATE KEY-----\n' || fixture_gen.b64('mgp', 8, 180) || '\n-----END ' || 'PRIVATE KEY-----\n", "client_email": "weblate@pagafacil-i18n.iam.gserviceaccount.com"}'))
         WHEN 9 THEN jsonb_build_object('deepl', jsonb_build_object('url', 'https://api.deepl.com/v2/', 'key', fixture_gen.uuid('mdl', 9), 'formality', 'more'), 'weblate-translation-memory', '{}'::jsonb)
         WHEN 3 THEN jsonb_build_object('weblate-translation-memory', '{}'::jsonb, 'apertium-apy', jsonb_build_object('url', 'https://apertium.fernhill.dev/'))
         ELSE '{}'::jsonb END,
       CASE WHEN j.customer THEN 30 ELSE 0 END, j.id IN (6, 9)
FROM wlgen.proj j ORDER BY j.id;

CREATE TABLE trans_category (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  slug varchar(100) NOT NULL,
  project_id integer NOT NULL REFERENCES trans_project (id),
  category_id integer NULL REFERENCES trans_category (id)
);
INSERT INTO trans_category (id, name, slug, project_id, category_id) VALUES
 (1, 'Apps', 'apps', 1, NULL), (2, 'Store listings', 'store-listings', 1, NULL), (3, 'Apps', 'apps', 2, NULL), (4, 'Mobile', 'mobile', 3, NULL),
 (5, 'Desktop', 'desktop', 3, NULL), (6, 'Pages', 'pages', 4, NULL), (7, 'Blog', 'blog', 4, NULL), (8, 'User guide', 'user-guide', 5, NULL),
 (9, 'Administrator guide', 'admin-guide', 5, NULL), (10, 'Quillnote', 'quillnote', 5, 8), (11, 'Tallybook', 'tallybook', 5, 8),
 (12, 'App', 'app', 6, NULL), (13, 'Dealer portal', 'dealer-portal', 6, NULL), (14, 'Dialogue', 'dialogue', 7, NULL), (15, 'UI', 'ui', 7, NULL),
 (16, 'Chapter 1', 'chapter-1', 7, 14), (17, 'Chapter 2', 'chapter-2', 7, 14), (18, 'App', 'app', 8, NULL), (19, 'Frontend', 'frontend', 9, NULL),
 (20, 'E-Mails', 'e-mails', 9, NULL), (21, 'Portal', 'portal', 10, NULL), (22, 'Community', 'community', 12, NULL);

CREATE TABLE weblate_auth_group (
  id serial PRIMARY KEY,
  name varchar(150) NOT NULL,
  project_selection integer NOT NULL,
  language_selection integer NOT NULL,
  internal boolean NOT NULL,
  defining_project_id integer NULL REFERENCES trans_project (id),
  enforced_2fa boolean NOT NULL
);
INSERT INTO weblate_auth_group (id, name, project_selection, language_selection, internal, defining_project_id, enforced_2fa) VALUES
 (1, 'Guests', 3, 1, true, NULL, false), (2, 'Viewers', 4, 1, true, NULL, false), (3, 'Users', 3, 1, true, NULL, false),
 (4, 'Reviewers', 3, 1, true, NULL, false), (5, 'Managers', 1, 1, true, NULL, true);
INSERT INTO weblate_auth_group (id, name, project_selection, language_selection, internal, defining_project_id, enforced_2fa)
SELECT 5 + (j.id - 1) * 3 + t, (ARRAY['Administration', 'Translate', 'Review'])[t], 0, CASE WHEN t = 1 THEN 1 ELSE 0 END, true, j.id, j.customer AND t = 1
FROM wlgen.proj j CROSS JOIN generate_series(1, 3) t ORDER BY 1;
INSERT INTO weblate_auth_group (id, name, project_selection, language_selection, internal, defining_project_id, enforced_2fa) VALUES
 (42, 'German translators', 3, 0, false, NULL, false), (43, 'Japanese translators', 3, 0, false, NULL, false), (44, 'Fernhill staff', 1, 1, false, NULL, true);

CREATE TABLE weblate_auth_group_roles (
  id serial PRIMARY KEY,
  group_id integer NOT NULL REFERENCES weblate_auth_group (id),
  role_id integer NOT NULL REFERENCES weblate_auth_role (id),
  UNIQUE (group_id, role_id)
);
INSERT INTO weblate_auth_group_roles (group_id, role_id)
SELECT g.id, r FROM weblate_auth_group g CROSS JOIN LATERAL unnest(CASE
   WHEN g.id = 1 THEN ARRAY[1] WHEN g.id = 2 THEN ARRAY[2] WHEN g.id = 3 THEN ARRAY[1, 2, 13, 6, 15] WHEN g.id = 4 THEN ARRAY[12]
   WHEN g.id = 5 THEN ARRAY[3] WHEN g.id = 44 THEN ARRAY[3, 4] WHEN g.id IN (42, 43) THEN ARRAY[13, 12]
   WHEN (g.id - 6) % 3 = 0 THEN ARRAY[3] WHEN (g.id - 6) % 3 = 1 THEN ARRAY[13, 1, 6] ELSE ARRAY[12, 13] END) r
ORDER BY g.id, r;

CREATE TABLE weblate_auth_user_groups (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES weblate_auth_user (id),
  group_id integer NOT NULL REFERENCES weblate_auth_group (id),
  UNIQUE (user_id, group_id)
);
INSERT INTO weblate_auth_user_groups (user_id, group_id)
SELECT u, g FROM (
  SELECT 1 AS u, 1 AS g UNION ALL SELECT 1, 2
  UNION ALL SELECT i, 3 FROM generate_series(2, 200) i
  UNION ALL SELECT i, 44 FROM generate_series(2, 6) i
  UNION ALL SELECT i, 5 + (CASE WHEN i <= 12 THEN 6 WHEN i <= 18 THEN 7 WHEN i <= 24 THEN 8 WHEN i <= 27 THEN 9 ELSE 10 END - 1) * 3 + CASE WHEN i % 3 = 1 THEN 1 ELSE 2 END FROM generate_series(7, 30) i
  UNION ALL SELECT i, 4 FROM generate_series(31, 200) i WHERE i % 9 = 0
  UNION ALL SELECT i, 42 FROM generate_series(31, 200) i WHERE i % 14 = 3
  UNION ALL SELECT i, 43 FROM generate_series(31, 200) i WHERE i % 19 = 5
  UNION ALL SELECT i, 5 + (1 + i % 5 - 1) * 3 + 3 FROM generate_series(31, 200) i WHERE i % 12 = 1
  UNION ALL SELECT 200 + k, 5 + (j - 1) * 3 + 1 FROM (VALUES (1, 1), (2, 2), (3, 6), (4, 7), (5, 8), (6, 9), (7, 3)) v(k, j)
) x ORDER BY u, g;

CREATE TABLE weblate_auth_autogroup (
  id serial PRIMARY KEY,
  match varchar(200) NOT NULL,
  group_id integer NOT NULL REFERENCES weblate_auth_group (id)
);
INSERT INTO weblate_auth_autogroup (match, group_id) VALUES
 ('^.*$', 3), ('^.*@fernhill\.dev$', 44), ('^.*@velora\.nl$', 22), ('^.*@mori-interactive\.jp$', 25), ('^.*@pagafacil\.com\.br$', 28),
 ('^.*@sonnenhof-klinik\.de$', 31), ('^.*@hofmann-stb\.de$', 34);

CREATE TABLE weblate_auth_invitation (
  uuid uuid PRIMARY KEY,
  timestamp timestamptz NOT NULL,
  author_id integer NOT NULL REFERENCES weblate_auth_user (id),
  user_id integer NULL REFERENCES weblate_auth_user (id),
  group_id integer NOT NULL REFERENCES weblate_auth_group (id),
  email varchar(190) NOT NULL,
  is_superuser boolean NOT NULL
);
INSERT INTO weblate_auth_invitation (uuid, timestamp, author_id, user_id, group_id, email, is_superuser)
SELECT fixture_gen.uuid('inv', k)::uuid, wlgen.at('ivt', k, '2024-04-01', '2024-06-29'),
       CASE WHEN k % 4 = 0 THEN 2 + k % 5 ELSE 7 + k % 24 END,
       CASE WHEN k % 3 = 0 THEN 31 + (k * 7) % 170 END,
       5 + ((CASE WHEN k % 4 = 0 THEN 1 + k % 5 ELSE 6 + k % 5 END) - 1) * 3 + 2,
       CASE WHEN k % 3 = 0 THEN '' WHEN k % 4 = 0 THEN fixture_gen.email('ive', k)
            ELSE fixture_gen.ascii(fixture_gen.first_name('ivf', k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('ivl', k)) || '@'
                 || (ARRAY['velora.nl', 'mori-interactive.jp', 'pagafacil.com.br', 'sonnenhof-klinik.de', 'hofmann-stb.de'])[1 + k % 5] END,
       k = 5
FROM generate_series(1, 26) k ORDER BY 2;

CREATE TABLE weblate_auth_userblock (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES weblate_auth_user (id),
  project_id integer NOT NULL REFERENCES trans_project (id),
  expiry timestamptz NULL,
  note text NOT NULL,
  UNIQUE (user_id, project_id)
);
INSERT INTO weblate_auth_userblock (user_id, project_id, expiry, note)
SELECT 31 + (k * 37) % 170, 1 + k % 5, CASE WHEN k % 3 <> 0 THEN wlgen.at('ube', k, '2024-07-01', '2024-12-31') END,
       CASE k % 7
         WHEN 0 THEN 'Mass-replaced German strings with machine translation after being asked twice to stop.'
         WHEN 1 THEN 'Spam links in suggestions (casino sites).'
         WHEN 2 THEN ''
         WHEN 3 THEN 'Insulting comments towards ' || fixture_gen.full_name('ubn', k) || ' in the Turkish review. Reported by e-mail.'
         WHEN 4 THEN 'Same person as the blocked account ' || fixture_gen.ascii(fixture_gen.first_name('ubx', k)) || '99, signs comments as ' || fixture_gen.full_name('ubx', k) || '.'
         WHEN 5 THEN 'Temporary block, agreed on a call with them: will be lifted after the 3.0 release.'
         ELSE 'Vandalism of the glossary.' END
FROM generate_series(1, 22) k;

-- ---------------------------------------------------------------------------
-- Components: three per project.
CREATE TABLE wlgen.ct (k int PRIMARY KEY, name text, slug text, fmt text, mask text, tmpl text, base text, glossary boolean);
INSERT INTO wlgen.ct VALUES
 (1, 'Android app', 'android', 'aresource', 'app/src/main/res/values-*/strings.xml', 'app/src/main/res/values/strings.xml', '', false),
 (2, 'Web app', 'web', 'i18next', 'src/locales/*.json', 'src/locales/en.json', '', false),
 (3, 'Desktop app', 'desktop', 'po', 'po/*.po', '', 'po/messages.pot', false),
 (4, 'iOS app', 'ios', 'strings-utf8', 'ios/*.lproj/Localizable.strings', 'ios/en.lproj/Localizable.strings', '', false),
 (5, 'Pages', 'pages', 'po', 'locale/*/LC_MESSAGES/django.po', '', 'locale/django.pot', false),
 (6, 'Glossary', 'glossary', 'tbx', 'glossary/*.tbx', '', '', true);

CREATE TABLE wlgen.c (id int PRIMARY KEY, project_id int, k int, t int, name text, slug text);
INSERT INTO wlgen.c
SELECT (j.id - 1) * 3 + kk.k, j.id, kk.k, j.types[kk.k],
       CASE WHEN j.id = 5 THEN (ARRAY['Getting started', 'Sync and backup', 'Administration'])[kk.k] WHEN j.id = 11 THEN (ARRAY['Glossary', 'Legal terms', 'Brand names'])[kk.k]
            WHEN j.id = 7 THEN (ARRAY['Dialogue', 'Interface', 'Glossary'])[kk.k] WHEN j.id = 12 THEN (ARRAY['Markdown tables', 'Zotero bridge', 'Kanban board'])[kk.k]
            WHEN j.id = 4 AND kk.k = 3 THEN 'Blog' ELSE ct.name END,
       CASE WHEN j.id = 5 THEN (ARRAY['getting-started', 'sync-backup', 'administration'])[kk.k] WHEN j.id = 11 THEN (ARRAY['glossary', 'legal-terms', 'brand-names'])[kk.k]
            WHEN j.id = 7 THEN (ARRAY['dialogue', 'interface', 'glossary'])[kk.k] WHEN j.id = 12 THEN (ARRAY['markdown-tables', 'zotero-bridge', 'kanban-board'])[kk.k]
            WHEN j.id = 4 AND kk.k = 3 THEN 'blog' ELSE ct.slug END
FROM wlgen.proj j CROSS JOIN generate_series(1, 3) kk(k) JOIN wlgen.ct ct ON ct.k = j.types[kk.k];

CREATE TABLE trans_component (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  slug varchar(100) NOT NULL,
  project_id integer NOT NULL REFERENCES trans_project (id),
  category_id integer NULL REFERENCES trans_category (id),
  vcs varchar(20) NOT NULL,
  repo varchar(300) NOT NULL,
  linked_component_id integer NULL REFERENCES trans_component (id),
  push varchar(300) NOT NULL,
  repoweb varchar(200) NOT NULL,
  git_export varchar(220) NOT NULL,
  report_source_bugs varchar(190) NOT NULL,
  branch varchar(200) NOT NULL,
  push_branch varchar(200) NOT NULL,
  filemask varchar(400) NOT NULL,
  screenshot_filemask varchar(400) NOT NULL,
  template varchar(400) NOT NULL,
  edit_template boolean NOT NULL,
  intermediate varchar(400) NOT NULL,
  new_base varchar(400) NOT NULL,
  file_format varchar(50) NOT NULL,
  locked boolean NOT NULL,
  allow_translation_propagation boolean NOT NULL,
  enable_suggestions boolean NOT NULL,
  suggestion_voting boolean NOT NULL,
  suggestion_autoaccept smallint NOT NULL,
  check_flags text NOT NULL,
  enforced_checks jsonb NOT NULL,
  license varchar(150) NOT NULL,
  agreement text NOT NULL,
  new_lang varchar(10) NOT NULL,
  language_code_style varchar(20) NOT NULL,
  manage_units boolean NOT NULL,
  merge_style varchar(10) NOT NULL,
  commit_message text NOT NULL,
  add_message text NOT NULL,
  delete_message text NOT NULL,
  merge_message text NOT NULL,
  addon_message text NOT NULL,
  pull_message text NOT NULL,
  committer_name varchar(200) NOT NULL,
  committer_email varchar(254) NOT NULL,
  push_on_commit boolean NOT NULL,
  commit_pending_age integer NOT NULL,
  auto_lock_error boolean NOT NULL,
  language_regex varchar(500) NOT NULL,
  variant_regex varchar(190) NOT NULL,
  priority integer NOT NULL,
  restricted boolean NOT NULL,
  is_glossary boolean NOT NULL,
  glossary_color varchar(30) NOT NULL,
  remote_revision varchar(200) NOT NULL,
  local_revision varchar(200) NOT NULL,
  source_language_id integer NOT NULL REFERENCES lang_language (id),
  secondary_language_id integer NULL REFERENCES lang_language (id),
  key_filter varchar(500) NOT NULL,
  hide_glossary_matches boolean NOT NULL,
  contribute_project_tm boolean NOT NULL,
  UNIQUE (project_id, slug)
);
INSERT INTO trans_component (id, name, slug, project_id, category_id, vcs, repo, linked_component_id, push, repoweb, git_export, report_source_bugs, branch,
  push_branch, filemask, screenshot_filemask, template, edit_template, intermediate, new_base, file_format, locked, allow_translation_propagation,
  enable_suggestions, suggestion_voting, suggestion_autoaccept, check_flags, enforced_checks, license, agreement, new_lang, language_code_style,
  manage_units, merge_style, commit_message, add_message, delete_message, merge_message, addon_message, pull_message, committer_name, committer_email,
  push_on_commit, commit_pending_age, auto_lock_error, language_regex, variant_regex, priority, restricted, is_glossary, glossary_color,
  remote_revision, local_revision, source_language_id, secondary_language_id, key_filter, hide_glossary_matches, contribute_project_tm)
SELECT c.id, c.name, c.slug, c.project_id,
       CASE c.project_id WHEN 1 THEN CASE WHEN c.k < 3 THEN 1 END WHEN 2 THEN 3 WHEN 3 THEN CASE c.k WHEN 1 THEN 4 WHEN 2 THEN 5 END WHEN 4 THEN CASE WHEN c.k = 3 THEN 7 ELSE 6 END
         WHEN 5 THEN CASE c.k WHEN 3 THEN 9 WHEN 1 THEN 10 ELSE 11 END WHEN 6 THEN 12 WHEN 7 THEN CASE c.k WHEN 1 THEN 16 WHEN 2 THEN 15 END WHEN 8 THEN 18
         WHEN 9 THEN CASE c.k WHEN 2 THEN 20 ELSE 19 END WHEN 10 THEN 21 WHEN 12 THEN 22 END,
       CASE WHEN j.host LIKE 'github.com' THEN 'github' WHEN j.host LIKE 'gitlab%' THEN 'gitlab' ELSE 'git' END,
       CASE WHEN c.k > 1 AND c.project_id NOT IN (12) THEN 'weblate://' || j.slug || '/' || (SELECT c1.slug FROM wlgen.c c1 WHERE c1.project_id = c.project_id AND c1.k = 1)
            WHEN c.project_id = 6 THEN 'https://weblate-bot:' || 'gl' || 'pat-' || wlgen.rnd('rvel', 1, 20) || '@gitlab.velora.nl/apps/companion.git'
            WHEN c.project_id = 7 THEN 'git@github.com:mori-interactive/lantern-isle-l10n.git'
            WHEN c.project_id = 8 THEN 'https://x-access-token:' || 'gh' || 's_' || wlgen.rnd('rpag', 1, 36) || '@github.com/pagafacil/carteira-app.git'
            WHEN c.project_id = 9 THEN 'https://sonnenhof:' || lower(wlgen.rnd('rson', 1, 52)) || '@dev.azure.com/sonnenhof/patientenportal/_git/frontend'
            WHEN c.project_id = 10 THEN 'https://weblate:' || wlgen.rnd('rhof', 1, 16) || '@git.hofmann-stb.de/portal/mandantenportal.git'
            WHEN c.project_id = 12 THEN 'https://codeberg.org/quillnote-community/' || c.slug || '.git'
            ELSE 'https://github.com/fernhill/' || j.slug || '.git' END,
       CASE WHEN c.k > 1 AND c.project_id NOT IN (12) THEN (c.project_id - 1) * 3 + 1 END,
       CASE WHEN c.k > 1 AND c.project_id NOT IN (12) THEN ''
            WHEN c.project_id = 6 THEN 'https://weblate-bot:' || 'gl' || 'pat-' || wlgen.rnd('rvel', 1, 20) || '@gitlab.velora.nl/apps/companion.git'
            WHEN c.project_id = 7 THEN 'git@github.com:mori-interactive/lantern-isle-l10n.git'
            WHEN c.project_id = 8 THEN 'https://x-access-token:' || 'gh' || 's_' || wlgen.rnd('rpag', 1, 36) || '@github.com/pagafacil/carteira-app.git'
            WHEN c.project_id = 9 THEN 'https://sonnenhof:' || lower(wlgen.rnd('rson', 1, 52)) || '@dev.azure.com/sonnenhof/patientenportal/_git/frontend'
            WHEN c.project_id = 10 THEN ''
            WHEN c.project_id = 12 THEN 'ssh://git@codeberg.org/quillnote-community/' || c.slug || '.git'
            ELSE 'git@github.com:fernhill/' || j.slug || '.git' END,
       CASE WHEN j.host = 'github.com' THEN 'https://github.com/' || j.org || '/' || j.slug || '/blob/{{branch}}/{{filename}}#L{{line}}'
            WHEN j.host = 'gitlab.velora.nl' THEN 'https://gitlab.velora.nl/apps/companion/-/blob/{{branch}}/{{filename}}#L{{line}}'
            WHEN j.host = 'codeberg.org' THEN 'https://codeberg.org/quillnote-community/' || c.slug || '/src/branch/{{branch}}/{{filename}}#L{{line}}' ELSE '' END,
       CASE WHEN NOT j.customer AND c.k = 1 THEN 'https://translate.fernhill.dev/git/' || j.slug || '/' || c.slug || '/' ELSE '' END,
       CASE c.project_id WHEN 1 THEN 'i18n@fernhill.dev' WHEN 2 THEN 'i18n@fernhill.dev' WHEN 3 THEN (SELECT email FROM wlgen.p WHERE i = 5)
         WHEN 6 THEN (SELECT email FROM wlgen.p WHERE i = 8) WHEN 7 THEN 'loc@mori-interactive.jp' WHEN 8 THEN (SELECT email FROM wlgen.p WHERE i = 20)
         WHEN 9 THEN (SELECT email FROM wlgen.p WHERE i = 26) WHEN 12 THEN (SELECT email FROM wlgen.p WHERE i = 44) ELSE '' END,
       CASE WHEN c.project_id = 9 THEN 'develop' WHEN c.project_id = 7 THEN 'l10n' ELSE 'main' END,
       CASE WHEN j.customer AND c.project_id <> 10 THEN 'weblate-translations' ELSE '' END,
       ct.mask, CASE WHEN c.project_id IN (6, 7) AND c.k = 1 THEN 'screenshots/*/' || c.slug || '-*.png' ELSE '' END,
       ct.tmpl, ct.tmpl <> '', '', ct.base, ct.fmt,
       c.id IN (17, 29), NOT j.customer, true, c.project_id IN (1, 3, 12), CASE WHEN c.project_id IN (1, 3, 12) THEN 3 ELSE 0 END,
       CASE WHEN c.project_id = 7 AND c.k = 1 THEN 'max-length:84, ignore-same' WHEN ct.fmt = 'i18next' THEN 'i18next-interpolation' WHEN ct.fmt = 'po' THEN 'c-format' ELSE '' END,
       CASE WHEN j.customer THEN '["same", "end_stop", "placeholders"]'::jsonb ELSE '[]'::jsonb END,
       CASE WHEN j.customer THEN 'proprietary' WHEN c.project_id IN (4, 5) THEN 'CC-BY-SA-4.0' ELSE 'GPL-3.0-or-later' END,
       CASE WHEN c.project_id IN (1, 2, 3) AND c.k = 1 THEN 'By translating ' || j.name || ' you agree that your contributions are published under the GNU General Public License, version 3 or later, and that your name is listed in the credits of the app.'
            WHEN c.project_id = 9 THEN 'Vor der Mitarbeit ist die Vertraulichkeitsvereinbarung der Klinik Sonnenhof zu unterzeichnen.' ELSE '' END,
       CASE WHEN j.customer THEN 'none' WHEN c.project_id = 11 THEN 'contact' ELSE 'add' END,
       CASE WHEN ct.fmt = 'aresource' THEN 'android' WHEN ct.fmt = 'strings-utf8' THEN 'bcp' ELSE '' END,
       c.project_id IN (11, 7), CASE WHEN c.project_id IN (6, 9) THEN 'merge' ELSE 'rebase' END,
       E'Translated using Weblate ({{ language_name }})\n\nCurrently translated at {{ stats.translated_percent }}% ({{ stats.translated }} of {{ stats.all }} strings)\n\nTranslation: {{ project_name }}/{{ component_name }}\nTranslate-URL: {{ url }}',
       E'Added translation using Weblate ({{ language_name }})\n\n',
       E'Deleted translation using Weblate ({{ language_name }})\n\n',
       E'Merge branch \'{{ component_remote_branch }}\' into Weblate.\n\n',
       E'Update translation files\n\nUpdated by "{{ addon_name }}" add-on in Weblate.\n\nTranslation: {{ project_name }}/{{ component_name }}\nTranslate-URL: {{ url }}',
       'Translations update from {{ site_title }}',
       CASE c.project_id WHEN 6 THEN 'Velora Weblate' WHEN 7 THEN (SELECT name FROM wlgen.p WHERE i = 13) WHEN 8 THEN 'PagaFácil i18n bot'
         WHEN 9 THEN (SELECT name FROM wlgen.p WHERE i = 26) WHEN 10 THEN 'Weblate' WHEN 12 THEN 'Quillnote community translations' ELSE 'Fernhill Translate' END,
       CASE c.project_id WHEN 6 THEN 'weblate@velora.nl' WHEN 7 THEN (SELECT email FROM wlgen.p WHERE i = 13) WHEN 8 THEN 'i18n-bot@pagafacil.com.br'
         WHEN 9 THEN (SELECT email FROM wlgen.p WHERE i = 26) WHEN 10 THEN 'noreply@weblate.org' WHEN 12 THEN 'noreply@translate.fernhill.dev' ELSE 'translate@fernhill.dev' END,
       j.customer OR c.project_id = 4, CASE WHEN j.customer THEN 1 ELSE 24 END, true,
       CASE WHEN c.project_id = 5 THEN '^(?!ar).*$' WHEN c.project_id = 9 THEN '^(de|fr|it|tr|ar|ru|uk)$' ELSE '^[^.]+$' END,
       CASE WHEN c.project_id = 1 AND c.k = 3 THEN '_(short|long)$' ELSE '' END,
       CASE WHEN c.k = 1 THEN 80 ELSE 100 END, c.project_id IN (10), ct.glossary, CASE WHEN ct.glossary THEN fixture_gen.pick(ARRAY['silver', 'purple', 'teal', 'orange'], 'gco', c.id) ELSE '' END,
       wlgen.sha('crr', c.id), wlgen.sha('clr', c.id), 1, CASE WHEN c.project_id = 8 THEN 4 END,
       CASE WHEN c.project_id = 7 AND c.k = 2 THEN '^(menu|hud)_' ELSE '' END, false, true
FROM wlgen.c c JOIN wlgen.proj j ON j.id = c.project_id JOIN wlgen.ct ct ON ct.k = c.t ORDER BY c.id;

CREATE TABLE trans_componentlist (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  show_dashboard boolean NOT NULL
);
INSERT INTO trans_componentlist (name, slug, show_dashboard) VALUES
 ('Apps', 'apps', true), ('Documentation', 'documentation', true), ('Glossaries', 'glossaries', false), ('Release 3.0 string freeze', 'release-3-0', true),
 ('Community extensions', 'community-extensions', false), ('Store listings', 'store-listings', false);

CREATE TABLE trans_componentlist_components (
  id serial PRIMARY KEY,
  componentlist_id integer NOT NULL REFERENCES trans_componentlist (id),
  component_id integer NOT NULL REFERENCES trans_component (id),
  UNIQUE (componentlist_id, component_id)
);
INSERT INTO trans_componentlist_components (componentlist_id, component_id)
SELECT CASE WHEN c.is_glossary THEN 3 WHEN c.project_id IN (4, 5) THEN 2 WHEN c.project_id = 12 THEN 5 ELSE 1 END, c.id
FROM trans_component c WHERE c.project_id NOT IN (6, 7, 8, 9, 10)
UNION ALL SELECT 4, id FROM trans_component WHERE project_id IN (1, 2) AND NOT is_glossary
ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Profiles, the audit log, notification subscriptions.
CREATE TABLE accounts_profile (
  id serial PRIMARY KEY,
  user_id integer NOT NULL UNIQUE REFERENCES weblate_auth_user (id),
  language varchar(10) NOT NULL,
  suggested integer NOT NULL,
  translated integer NOT NULL,
  uploaded integer NOT NULL,
  commented integer NOT NULL,
  hide_completed boolean NOT NULL,
  secondary_in_zen boolean NOT NULL,
  hide_source_secondary boolean NOT NULL,
  editor_link varchar(200) NOT NULL,
  translate_mode integer NOT NULL,
  zen_mode integer NOT NULL,
  special_chars varchar(30) NOT NULL,
  dashboard_view integer NOT NULL,
  dashboard_component_list_id integer NULL REFERENCES trans_componentlist (id),
  auto_watch boolean NOT NULL,
  nearby_strings smallint NOT NULL,
  website varchar(200) NOT NULL,
  liberapay varchar(190) NOT NULL,
  fediverse varchar(200) NOT NULL,
  codesite varchar(200) NOT NULL,
  github varchar(190) NOT NULL,
  twitter varchar(190) NOT NULL,
  linkedin varchar(190) NOT NULL,
  location varchar(100) NOT NULL,
  company varchar(100) NOT NULL,
  public_email varchar(190) NOT NULL,
  theme varchar(10) NOT NULL,
  last_2fa varchar(15) NOT NULL
);
INSERT INTO accounts_profile (user_id, language, suggested, translated, uploaded, commented, hide_completed, secondary_in_zen, hide_source_secondary,
  editor_link, translate_mode, zen_mode, special_chars, dashboard_view, dashboard_component_list_id, auto_watch, nearby_strings, website, liberapay,
  fediverse, codesite, github, twitter, linkedin, location, company, public_email, theme, last_2fa)
SELECT u.id,
       CASE WHEN u.id > 200 OR u.id = 1 THEN 'en' ELSE fixture_gen.pick(ARRAY['en', 'de', 'fr', 'es', 'pt-br', 'ja', 'pl', 'tr', 'uk', 'it', 'nl', 'ko'], 'pla', u.id) END,
       CASE WHEN u.id BETWEEN 2 AND 200 THEN fixture_gen.n('psu', u.id, 400) ELSE 0 END, CASE WHEN u.id BETWEEN 2 AND 200 THEN fixture_gen.n('ptr', u.id, 9000) ELSE 0 END,
       CASE WHEN u.id BETWEEN 2 AND 30 THEN fixture_gen.n('pup', u.id, 40) ELSE 0 END, CASE WHEN u.id BETWEEN 2 AND 200 THEN fixture_gen.n('pco', u.id, 120) ELSE 0 END,
       u.id % 3 = 0, true, u.id % 5 = 0,
       CASE WHEN u.id IN (3, 5, 9) THEN 'vscode://file/home/dev/src/{{filename}}:{{line}}' ELSE '' END,
       CASE WHEN u.id % 6 = 0 THEN 1 ELSE 0 END, CASE WHEN u.id % 10 = 3 THEN 1 ELSE 0 END, CASE WHEN u.id % 25 = 4 THEN '«»„“' ELSE '' END, CASE WHEN u.id BETWEEN 2 AND 30 THEN 4 ELSE fixture_gen.pick(ARRAY['1', '1', '2', '6'], 'pdv', u.id)::int END,
       CASE WHEN u.id BETWEEN 2 AND 6 THEN 1 WHEN u.id % 29 = 3 THEN 4 END, u.id <= 200, 15, '', '', '', '', '', '', '', '', '', '', 'auto', ''
FROM weblate_auth_user u ORDER BY u.id;
UPDATE accounts_profile pr SET
  website = CASE WHEN p.i % 5 = 0 THEN 'https://' || fixture_gen.ascii(p.first) || fixture_gen.ascii(p.last) || '.me/' WHEN p.i % 7 = 0 THEN 'https://blog.' || fixture_gen.ascii(p.last) || '.net/'
                 WHEN p.i BETWEEN 7 AND 30 AND p.i % 2 = 0 THEN 'https://' || split_part(p.email, '@', 2) || '/' ELSE '' END,
  liberapay = CASE WHEN p.i % 9 = 0 THEN p.username ELSE '' END,
  fediverse = CASE WHEN p.i % 6 = 1 AND p.i > 1 THEN 'https://' || fixture_gen.pick(ARRAY['mastodon.social', 'fosstodon.org', 'chaos.social', 'mstdn.jp', 'floss.social'], 'pfd', p.i) || '/@' || p.username ELSE '' END,
  codesite = CASE WHEN p.i % 8 = 2 THEN fixture_gen.pick(ARRAY['https://gitlab.com/', 'https://codeberg.org/', 'https://sr.ht/~'], 'pcs', p.i) || p.username ELSE '' END,
  github = CASE WHEN p.i % 3 = 1 AND p.i > 1 THEN p.gh ELSE '' END,
  twitter = CASE WHEN p.i % 10 = 4 THEN '@' || p.gh WHEN p.i % 10 = 7 THEN p.gh ELSE '' END,
  linkedin = CASE WHEN p.i % 7 = 3 OR p.i BETWEEN 7 AND 12 THEN fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || '-' || lower(wlgen.rnd('pli', p.i, 6)) ELSE '' END,
  location = CASE WHEN p.i % 4 = 0 THEN p.city || ', ' || p.country WHEN p.i % 4 = 1 AND p.i > 1 THEN p.country WHEN p.i % 10 = 6 THEN p.city ELSE '' END,
  company = coalesce(CASE WHEN p.i % 3 <> 2 THEN p.org END, ''),
  public_email = CASE WHEN p.i % 4 = 2 THEN p.email WHEN p.i % 15 = 7 THEN p.username || '@users.noreply.github.com' ELSE '' END,
  theme = fixture_gen.pick(ARRAY['auto', 'auto', 'light', 'dark'], 'pth', p.i),
  last_2fa = CASE WHEN p.i BETWEEN 2 AND 30 THEN fixture_gen.pick(ARRAY['totp', 'webauthn', 'totp'], 'p2f', p.i) WHEN p.i % 11 = 5 THEN 'totp' ELSE '' END
FROM wlgen.p p WHERE pr.user_id = p.i AND p.i > 1;

CREATE TABLE accounts_profile_languages (
  id serial PRIMARY KEY,
  profile_id integer NOT NULL REFERENCES accounts_profile (id),
  language_id integer NOT NULL REFERENCES lang_language (id),
  UNIQUE (profile_id, language_id)
);
INSERT INTO accounts_profile_languages (profile_id, language_id)
SELECT DISTINCT pr.id, 2 + fixture_gen.n('pll' || k, pr.user_id, 44)
FROM accounts_profile pr CROSS JOIN generate_series(1, 2) k WHERE pr.user_id BETWEEN 2 AND 200 AND (k = 1 OR pr.user_id % 3 = 0) ORDER BY 1, 2;

CREATE TABLE accounts_profile_secondary_languages (
  id serial PRIMARY KEY,
  profile_id integer NOT NULL REFERENCES accounts_profile (id),
  language_id integer NOT NULL REFERENCES lang_language (id),
  UNIQUE (profile_id, language_id)
);
INSERT INTO accounts_profile_secondary_languages (profile_id, language_id)
SELECT pr.id, fixture_gen.pick(ARRAY['3', '4', '5', '2', '45', '12'], 'psl', pr.user_id)::int
FROM accounts_profile pr WHERE pr.user_id BETWEEN 31 AND 200 AND pr.user_id % 4 = 0 ORDER BY 1;

CREATE TABLE accounts_profile_watched (
  id serial PRIMARY KEY,
  profile_id integer NOT NULL REFERENCES accounts_profile (id),
  project_id integer NOT NULL REFERENCES trans_project (id),
  UNIQUE (profile_id, project_id)
);
INSERT INTO accounts_profile_watched (profile_id, project_id)
SELECT pr.id, j FROM accounts_profile pr CROSS JOIN LATERAL (
  SELECT CASE WHEN pr.user_id BETWEEN 2 AND 6 THEN 1 + k WHEN pr.user_id <= 12 THEN 6 WHEN pr.user_id <= 18 THEN 7 WHEN pr.user_id <= 24 THEN 8 WHEN pr.user_id <= 27 THEN 9 WHEN pr.user_id <= 30 THEN 10
              ELSE (ARRAY[1, 2, 3, 4, 5, 11, 12])[1 + fixture_gen.n('pwj' || k, pr.user_id, 7)] END AS j FROM generate_series(0, 1) k) x
WHERE pr.user_id BETWEEN 2 AND 200 GROUP BY pr.id, j ORDER BY 1, 2;

CREATE TABLE accounts_auditlog (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES weblate_auth_user (id),
  activity varchar(20) NOT NULL,
  params jsonb NOT NULL,
  address inet NULL,
  user_agent varchar(200) NOT NULL,
  timestamp timestamptz NOT NULL
);
INSERT INTO accounts_auditlog (user_id, activity, params, address, user_agent, timestamp)
SELECT p.i, a,
       CASE a
         WHEN 'login' THEN jsonb_build_object('method', CASE WHEN p.i BETWEEN 7 AND 30 THEN 'SAML' WHEN p.i % 4 = 1 THEN 'GitHub' ELSE 'Password' END)
         WHEN 'login-new' THEN jsonb_build_object('method', CASE WHEN p.i % 4 = 1 THEN 'GitHub' ELSE 'Password' END, 'device', split_part(split_part(wlgen.ua('aua', k), '(', 2), ';', 1))
         WHEN 'email' THEN jsonb_build_object('old', fixture_gen.email('aold', k), 'new', p.email)
         WHEN 'password' THEN '{}'::jsonb
         WHEN 'reset-request' THEN jsonb_build_object('method', 'Password')
         WHEN 'auth-connect' THEN jsonb_build_object('method', 'GitLab', 'name', p.username)
         WHEN 'failed-auth' THEN jsonb_build_object('method', 'Password', 'name', CASE WHEN k % 2 = 0 THEN p.email ELSE p.username END)
         WHEN 'full_name' THEN jsonb_build_object('old', p.first, 'new', p.name)
         WHEN 'username' THEN jsonb_build_object('old', fixture_gen.ascii(p.first) || (k % 100)::text, 'new', p.username)
         WHEN 'twofactor-add' THEN jsonb_build_object('device', fixture_gen.pick(ARRAY['YubiKey 5C NFC', 'Authenticator app', 'Pixel 8 passkey', p.first || '''s iPhone'], 'atd', k))
         WHEN 'recovery-generate' THEN '{}'::jsonb
         WHEN 'tos' THEN jsonb_build_object('date', '2023-05-01')
         ELSE jsonb_build_object('username', p.username, 'team', (SELECT j.name FROM wlgen.proj j WHERE j.id = 1 + k % 12) || ' / Translate') END,
       CASE WHEN k % 9 = 4 THEN fixture_gen.ipv6('aip', k)::inet ELSE fixture_gen.ipv4('aip', k)::inet END,
       wlgen.ua('aua', k), wlgen.at('ats', k, '2023-06-01', '2024-06-30')
FROM generate_series(1, 300) k
CROSS JOIN LATERAL (SELECT * FROM wlgen.p WHERE i = 2 + (k * 31) % 199) p
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['login', 'login', 'login', 'login-new', 'login-new', 'email', 'password', 'reset-request', 'auth-connect',
  'failed-auth', 'failed-auth', 'full_name', 'username', 'twofactor-add', 'recovery-generate', 'tos', 'team-add'], 'aac', k) AS a) x
ORDER BY 6;

CREATE TABLE accounts_subscription (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES weblate_auth_user (id),
  notification varchar(100) NOT NULL,
  scope integer NOT NULL,
  frequency integer NOT NULL,
  project_id integer NULL REFERENCES trans_project (id),
  component_id integer NULL REFERENCES trans_component (id),
  onetime boolean NOT NULL
);
INSERT INTO accounts_subscription (user_id, notification, scope, frequency, project_id, component_id, onetime)
SELECT 2 + (k * 13) % 199,
       (ARRAY['MentionCommentNotificaton', 'LastAuthorCommentNotificaton', 'NewTranslationNotificaton', 'NewStringNotificaton', 'NewSuggestionNotification',
              'NewCommentNotificaton', 'ChangedStringNotificaton', 'RepositoryNotification', 'PendingSuggestionsNotification', 'ToDoStringsNotification'])[1 + k % 10],
       CASE WHEN k % 10 IN (2, 7) THEN 20 ELSE 0 END, fixture_gen.pick(ARRAY['1', '1', '2', '3', '0'], 'sfr', k)::int,
       CASE WHEN k % 10 IN (2, 7) THEN 1 + k % 5 END, NULL, k % 37 = 0
FROM generate_series(1, 240) k ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- python-social-auth (social_django's tables, kept under their old names).
CREATE TABLE social_auth_usersocialauth (
  id serial PRIMARY KEY,
  provider varchar(32) NOT NULL,
  uid varchar(255) NOT NULL,
  extra_data jsonb NOT NULL,
  user_id integer NOT NULL REFERENCES weblate_auth_user (id),
  created timestamptz NOT NULL,
  modified timestamptz NOT NULL,
  UNIQUE (provider, uid)
);
CREATE TABLE wlgen.sa (k int PRIMARY KEY, i int, provider text);
INSERT INTO wlgen.sa
SELECT row_number() OVER (ORDER BY i, pr), i, pr FROM (
  SELECT i, CASE WHEN i BETWEEN 7 AND 30 THEN 'saml' WHEN i BETWEEN 2 AND 6 THEN 'email' WHEN i % 4 = 1 THEN fixture_gen.pick(ARRAY['github', 'github', 'gitlab', 'google-oauth2'], 'sap', i) ELSE 'email' END AS pr
  FROM generate_series(2, 200) i
  UNION ALL SELECT i, 'github' FROM generate_series(2, 200) i WHERE i % 5 = 0 AND i % 4 <> 1 AND i NOT BETWEEN 7 AND 30) x;
INSERT INTO social_auth_usersocialauth (provider, uid, extra_data, user_id, created, modified)
SELECT s.provider,
       CASE s.provider WHEN 'email' THEN lower(p.email) WHEN 'google-oauth2' THEN lower(p.email)
         WHEN 'saml' THEN CASE WHEN p.i <= 12 THEN 'velora' WHEN p.i <= 18 THEN 'mori' WHEN p.i <= 24 THEN 'pagafacil' WHEN p.i <= 27 THEN 'sonnenhof' ELSE 'hofmann' END || ':' || p.email
         ELSE (1000000 + fixture_gen.n('sau', s.k, 150000000))::text END,
       CASE s.provider
         WHEN 'email' THEN jsonb_build_object('email', lower(p.email), 'auth_time', fixture_gen.ep('sat', s.k))
         WHEN 'github' THEN jsonb_build_object('id', 1000000 + fixture_gen.n('sau', s.k, 150000000), 'login', p.gh, 'expires', NULL, 'auth_time', fixture_gen.ep('sat', s.k),
                                               'token_type', 'bearer', 'access_token', 'gh' || 'o_' || wlgen.rnd('sgh', s.k, 36))
         WHEN 'gitlab' THEN jsonb_build_object('id', 1000000 + fixture_gen.n('sau', s.k, 150000000), 'username', p.gh, 'expires', 7200, 'auth_time', fixture_gen.ep('sat', s.k),
                                               'token_type', 'Bearer', 'access_token', fixture_gen.hexn('sgl', s.k, 64), 'refresh_token', fixture_gen.hexn('sglr', s.k, 64))
         WHEN 'google-oauth2' THEN jsonb_build_object('expires', 3599, 'auth_time', fixture_gen.ep('sat', s.k), 'token_type', 'Bearer',
                                               'access_token', 'ya' || '29.' || wlgen.b64url('sgo', s.k, 120), 'refresh_token', '1//0' || wlgen.b64url('sgor', s.k, 75))
         ELSE jsonb_build_object('name_id', p.email, 'idp_name', CASE WHEN p.i <= 12 THEN 'velora' WHEN p.i <= 18 THEN 'mori' WHEN p.i <= 24 THEN 'pagafacil' WHEN p.i <= 27 THEN 'sonnenhof' ELSE 'hofmann' END,
                                 'session_index', '_' || fixture_gen.hexn('ssi', s.k, 40), 'auth_time', fixture_gen.ep('sat', s.k)) END,
       p.i, wlgen.at('sac', s.k, '2022-01-10', '2024-02-28'), wlgen.at('sam', s.k, '2024-03-01', '2024-06-30')
FROM wlgen.sa s JOIN wlgen.p p ON p.i = s.i ORDER BY s.k;

CREATE TABLE accounts_verifiedemail (
  id serial PRIMARY KEY,
  social_id integer NOT NULL REFERENCES social_auth_usersocialauth (id),
  email varchar(254) NOT NULL
);
INSERT INTO accounts_verifiedemail (social_id, email)
SELECT sa.id, CASE WHEN sa.provider = 'github' AND sa.id % 3 = 0 THEN p.gh || '@users.noreply.github.com' ELSE p.email END
FROM social_auth_usersocialauth sa JOIN wlgen.p p ON p.i = sa.user_id
UNION ALL SELECT sa.id, fixture_gen.email('vex', sa.id) FROM social_auth_usersocialauth sa WHERE sa.id % 11 = 4
ORDER BY 1;

CREATE TABLE social_auth_partial (
  id serial PRIMARY KEY,
  token varchar(32) NOT NULL,
  next_step smallint NOT NULL,
  backend varchar(32) NOT NULL,
  data jsonb NOT NULL,
  timestamp timestamptz NOT NULL
);
INSERT INTO social_auth_partial (token, next_step, backend, data, timestamp)
SELECT replace(fixture_gen.uuid('spt', k), '-', ''), CASE WHEN k % 3 = 0 THEN 11 ELSE 5 END, CASE WHEN k % 5 = 0 THEN 'github' ELSE 'email' END,
       jsonb_build_object('args', '[]'::jsonb, 'backend', CASE WHEN k % 5 = 0 THEN 'github' ELSE 'email' END,
         'kwargs', jsonb_build_object('email', fixture_gen.email('spe', k), 'username', fixture_gen.ascii(fixture_gen.first_name('spe', k)) || (k + 10)::text,
           'fullname', fixture_gen.full_name('spe', k), 'is_new', true, 'new_association', true),
         'request', jsonb_build_object('email', fixture_gen.email('spe', k), 'next', '/accounts/profile/'), 'password_reset', k % 6 = 0),
       wlgen.at('spts', k, '2024-06-01', '2024-06-30')
FROM generate_series(1, 26) k ORDER BY 5;

CREATE TABLE social_auth_code (
  id serial PRIMARY KEY,
  email varchar(254) NOT NULL,
  code varchar(32) NOT NULL,
  verified boolean NOT NULL,
  timestamp timestamptz NOT NULL,
  UNIQUE (email, code)
);
INSERT INTO social_auth_code (email, code, verified, timestamp)
SELECT CASE WHEN k % 3 = 0 THEN (SELECT email FROM wlgen.p WHERE i = 31 + k * 5) ELSE fixture_gen.email('spe', k) END,
       replace(fixture_gen.uuid('scc', k), '-', ''), k % 4 <> 0, wlgen.at('scts', k, '2024-05-15', '2024-06-30')
FROM generate_series(1, 30) k ORDER BY 4;

CREATE TABLE social_auth_nonce (
  id serial PRIMARY KEY,
  server_url varchar(255) NOT NULL,
  timestamp integer NOT NULL,
  salt varchar(65) NOT NULL,
  UNIQUE (server_url, timestamp, salt)
);
INSERT INTO social_auth_nonce (server_url, timestamp, salt)
SELECT fixture_gen.pick(ARRAY['https://id.fedoraproject.org/openid/', 'https://login.ubuntu.com/+openid', 'https://login.launchpad.net/+openid'], 'snu', k),
       fixture_gen.ep('snt', k)::int, fixture_gen.chars('sns', k, 6)
FROM generate_series(1, 25) k ORDER BY 2;

CREATE TABLE social_auth_association (
  id serial PRIMARY KEY,
  server_url varchar(255) NOT NULL,
  handle varchar(255) NOT NULL,
  secret varchar(255) NOT NULL,
  issued integer NOT NULL,
  lifetime integer NOT NULL,
  assoc_type varchar(64) NOT NULL,
  UNIQUE (server_url, handle)
);
INSERT INTO social_auth_association (server_url, handle, secret, issued, lifetime, assoc_type)
SELECT fixture_gen.pick(ARRAY['https://id.fedoraproject.org/openid/', 'https://login.ubuntu.com/+openid', 'https://login.launchpad.net/+openid'], 'sau', k),
       '{HMAC-SHA256}{' || fixture_gen.hexn('sah', k, 8) || '}{' || wlgen.rnd('sah2', k, 6) || '==}',
       fixture_gen.b64('sas', k, 32), fixture_gen.ep('sai', k)::int, 1209600, 'HMAC-SHA256'
FROM generate_series(1, 20) k ORDER BY 4;

-- The Django session store, REST API tokens, the admin log.
CREATE TABLE django_session (
  session_key varchar(40) PRIMARY KEY,
  session_data text NOT NULL,
  expire_date timestamptz NOT NULL
);
INSERT INTO django_session (session_key, session_data, expire_date)
SELECT fixture_gen.chars('dsk', k, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       '.eJx' || wlgen.b64url('dsd', k, 90 + fixture_gen.n('dsl', k, 120)) || ':' || fixture_gen.chars('dst', k, 6) || ':' || wlgen.b64url('dss', k, 32),
       wlgen.at('dse', k, '2024-06-15', '2024-07-14')
FROM generate_series(1, 140) k ORDER BY 1;

CREATE TABLE authtoken_token (
  key varchar(40) PRIMARY KEY,
  created timestamptz NOT NULL,
  user_id integer NOT NULL UNIQUE REFERENCES weblate_auth_user (id)
);
INSERT INTO authtoken_token (key, created, user_id)
SELECT CASE WHEN u.is_bot THEN 'wl' || 'p_' ELSE 'wl' || 'u_' END || wlgen.rnd('atk', u.id, 36), wlgen.at('atc', u.id, '2023-01-01', '2024-06-30'), u.id
FROM weblate_auth_user u WHERE u.id > 1 AND (u.is_bot OR u.id <= 30 OR u.id % 4 = 2) ORDER BY 2;

CREATE TABLE django_admin_log (
  id serial PRIMARY KEY,
  action_time timestamptz NOT NULL,
  object_id text NULL,
  object_repr varchar(200) NOT NULL,
  action_flag smallint NOT NULL CHECK (action_flag >= 0),
  change_message text NOT NULL,
  content_type_id integer NULL REFERENCES django_content_type (id),
  user_id integer NOT NULL REFERENCES weblate_auth_user (id)
);
INSERT INTO django_admin_log (action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id)
SELECT wlgen.at('dal', k, '2023-01-01', '2024-06-30'), o.oid::text, o.repr, CASE WHEN k % 7 = 0 THEN 1 WHEN k % 11 = 0 THEN 3 ELSE 2 END,
       CASE WHEN k % 7 = 0 THEN '[{"added": {}}]' WHEN k % 11 = 0 THEN '' ELSE o.msg END, o.ct, 2 + k % 2
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (
  SELECT CASE k % 4 WHEN 0 THEN 4 WHEN 1 THEN 4 WHEN 2 THEN 17 ELSE CASE WHEN k % 8 = 3 THEN 37 ELSE 5 END END AS ct,
         CASE k % 4 WHEN 0 THEN 2 + (k * 7) % 199 WHEN 1 THEN 2 + (k * 11) % 199 WHEN 2 THEN 1 + k % 12 ELSE CASE WHEN k % 8 = 3 THEN 1 + k % 12 ELSE 6 + k % 36 END END AS oid,
         CASE k % 4 WHEN 0 THEN (SELECT username FROM wlgen.p WHERE i = 2 + (k * 7) % 199) WHEN 1 THEN (SELECT name || ' (' || username || ')' FROM wlgen.p WHERE i = 2 + (k * 11) % 199)
           WHEN 2 THEN (SELECT name FROM wlgen.proj WHERE id = 1 + k % 12)
           ELSE CASE WHEN k % 8 = 3 THEN 'Billing (' || (ARRAY['Velora Bikes', 'Mori Interactive', 'PagaFácil', 'Klinik Sonnenhof', 'Hofmann Steuerberatung'])[1 + k % 5] || ')'
                ELSE (SELECT j.name FROM wlgen.proj j WHERE j.id = 1 + (k % 36) / 3) || ' / ' || (ARRAY['Administration', 'Translate', 'Review'])[1 + k % 3] END END AS repr,
         CASE k % 4 WHEN 0 THEN '[{"changed": {"fields": ["Active"]}}]' WHEN 1 THEN '[{"changed": {"fields": ["E-mail", "Full name"]}}]'
           WHEN 2 THEN '[{"changed": {"fields": ["Access control", "Enforced two-factor authentication"]}}]' ELSE '[{"changed": {"fields": ["Roles"]}}]' END AS msg) o
ORDER BY 1;

-- ---------------------------------------------------------------------------
-- Translations and units.
CREATE TABLE trans_translation (
  id serial PRIMARY KEY,
  component_id integer NOT NULL REFERENCES trans_component (id),
  language_id integer NOT NULL REFERENCES lang_language (id),
  plural_id integer NOT NULL REFERENCES lang_plural (id),
  revision varchar(200) NOT NULL,
  filename varchar(400) NOT NULL,
  language_code varchar(50) NOT NULL,
  check_flags text NOT NULL,
  UNIQUE (component_id, language_id)
);
INSERT INTO trans_translation (component_id, language_id, plural_id, revision, filename, language_code, check_flags)
SELECT c.id, l.id, pl.id, wlgen.sha('trv', c.id * 10 + kk.k),
       CASE WHEN kk.k = 0 THEN coalesce(nullif(c.template, ''), '') ELSE replace(c.filemask, '*',
         CASE WHEN c.file_format = 'aresource' THEN replace(replace(l.code, '_Hans', ''), '_', '-r') ELSE l.code END) END,
       CASE WHEN c.file_format = 'aresource' THEN replace(l.code, '_', '-r') WHEN c.file_format = 'i18next' THEN replace(l.code, '_', '-') ELSE l.code END,
       CASE WHEN kk.k = 0 THEN 'read-only' ELSE '' END
FROM trans_component c JOIN wlgen.proj j ON j.id = c.project_id CROSS JOIN generate_series(0, 7) kk(k)
JOIN lang_language l ON l.code = CASE WHEN kk.k = 0 THEN 'en' ELSE j.langs[kk.k] END
JOIN lang_plural pl ON pl.language_id = l.id
WHERE NOT (kk.k > 0 AND j.langs[kk.k] = 'en')
ORDER BY c.id, kk.k;

-- The apps' strings and their translations.
CREATE TABLE wlgen.s (k int PRIMARY KEY, ctx text, note text, src text, de text, fr text, es text, pt_br text, ja text, nl text);
INSERT INTO wlgen.s VALUES
 (1, 'action_save', 'Button label', 'Save', 'Speichern', 'Enregistrer', 'Guardar', 'Salvar', '保存', 'Opslaan'),
 (2, 'action_cancel', 'Button label', 'Cancel', 'Abbrechen', 'Annuler', 'Cancelar', 'Cancelar', 'キャンセル', 'Annuleren'),
 (3, 'dialog_delete_title', 'Title of the confirmation dialog', 'Delete note?', 'Notiz löschen?', 'Supprimer la note ?', '¿Eliminar la nota?', 'Excluir nota?', 'ノートを削除しますか？', 'Notitie verwijderen?'),
 (4, 'menu_settings', '', 'Settings', 'Einstellungen', 'Paramètres', 'Ajustes', 'Configurações', '設定', 'Instellingen'),
 (5, 'login_sso', 'Shown on the login screen when SSO is configured', 'Sign in with your company account', 'Mit dem Firmenkonto anmelden', 'Se connecter avec le compte de l''entreprise', 'Inicia sesión con tu cuenta de empresa', 'Entrar com sua conta corporativa', '会社のアカウントでサインイン', 'Aanmelden met je bedrijfsaccount'),
 (6, 'notes_selected', '%d is the number of notes', '%d notes selected', '%d Notizen ausgewählt', '%d notes sélectionnées', '%d notas seleccionadas', '%d notas selecionadas', '%d 件のノートを選択', '%d notities geselecteerd'),
 (7, 'error_sync', 'Error shown when WebDAV sync fails', 'Sync failed. Check your connection and try again.', 'Synchronisierung fehlgeschlagen. Prüfe deine Verbindung und versuche es erneut.', 'La synchronisation a échoué. Vérifiez votre connexion et réessayez.', 'La sincronización falló. Comprueba tu conexión e inténtalo de nuevo.', 'A sincronização falhou. Verifique sua conexão e tente novamente.', '同期に失敗しました。接続を確認して再試行してください。', 'Synchroniseren mislukt. Controleer je verbinding en probeer het opnieuw.'),
 (8, 'battery_level', 'Label in the ride dashboard', 'Battery level', 'Akkustand', 'Niveau de batterie', 'Nivel de batería', 'Nível da bateria', 'バッテリー残量', 'Accuniveau'),
 (9, 'ride_start', '', 'Start ride', 'Fahrt starten', 'Démarrer la balade', 'Iniciar recorrido', 'Iniciar pedalada', 'ライド開始', 'Rit starten'),
 (10, 'budget_monthly', '', 'Monthly budget', 'Monatsbudget', 'Budget mensuel', 'Presupuesto mensual', 'Orçamento mensal', '月間予算', 'Maandbudget'),
 (11, 'export_csv', 'Menu entry', 'Export to CSV', 'Als CSV exportieren', 'Exporter en CSV', 'Exportar a CSV', 'Exportar para CSV', 'CSVにエクスポート', 'Exporteren naar CSV'),
 (12, 'map_download', '', 'Download offline map', 'Offline-Karte herunterladen', 'Télécharger la carte hors ligne', 'Descargar mapa sin conexión', 'Baixar mapa offline', 'オフラインマップをダウンロード', 'Offline kaart downloaden'),
 (13, 'appointment_confirmed', 'Confirmation e-mail subject', 'Your appointment has been confirmed.', 'Ihr Termin wurde bestätigt.', 'Votre rendez-vous a été confirmé.', 'Su cita ha sido confirmada.', 'Sua consulta foi confirmada.', '予約が確定しました。', 'Uw afspraak is bevestigd.'),
 (14, 'upload_documents', '', 'Upload your documents securely', 'Laden Sie Ihre Unterlagen sicher hoch', 'Téléversez vos documents en toute sécurité', 'Suba sus documentos de forma segura', 'Envie seus documentos com segurança', '書類を安全にアップロード', 'Upload uw documenten veilig'),
 (15, 'transfer_sent', 'Toast after a Pix transfer', 'Transfer sent', 'Überweisung gesendet', 'Virement envoyé', 'Transferencia enviada', 'Transferência enviada', '送金しました', 'Overboeking verzonden'),
 (16, 'pin_prompt', '', 'Enter your PIN', 'PIN eingeben', 'Saisissez votre code PIN', 'Introduce tu PIN', 'Digite seu PIN', 'PINを入力', 'Voer je pincode in'),
 (17, 'ch1_ferry_03', 'Narration, chapter 1', 'The lantern flickers. Something moves in the fog.', 'Die Laterne flackert. Etwas bewegt sich im Nebel.', 'La lanterne vacille. Quelque chose bouge dans le brouillard.', 'La linterna parpadea. Algo se mueve en la niebla.', 'A lanterna tremeluz. Algo se move na névoa.', 'ランタンが揺らめく。霧の中で何かが動いた。', 'De lantaarn flakkert. Er beweegt iets in de mist.'),
 (18, 'menu_new_game', '', 'New game', 'Neues Spiel', 'Nouvelle partie', 'Nueva partida', 'Novo jogo', 'ニューゲーム', 'Nieuw spel'),
 (19, 'menu_about', '', 'About', 'Über', 'À propos', 'Acerca de', 'Sobre', 'このアプリについて', 'Over'),
 (20, 'privacy_policy', 'Link in the footer', 'Privacy policy', 'Datenschutzerklärung', 'Politique de confidentialité', 'Política de privacidad', 'Política de privacidade', 'プライバシーポリシー', 'Privacybeleid'),
 (21, 'notebook_remove', '%1$s is the note title', 'Remove %1$s from this notebook?', '%1$s aus diesem Notizbuch entfernen?', 'Retirer %1$s de ce carnet ?', '¿Quitar %1$s de este cuaderno?', 'Remover %1$s deste caderno?', 'この ノートブックから %1$s を削除しますか？', '%1$s uit dit notitieboek verwijderen?'),
 (22, 'docs_install', 'Heading', 'Read the installation guide', 'Installationsanleitung lesen', 'Lire le guide d''installation', 'Lee la guía de instalación', 'Leia o guia de instalação', 'インストールガイドを読む', 'Lees de installatiehandleiding'),
 (23, 'report_problem', '', 'Report a problem', 'Problem melden', 'Signaler un problème', 'Informar de un problema', 'Relatar um problema', '問題を報告', 'Probleem melden'),
 (24, 'welcome_back', '%s is the first name of the signed-in user', 'Welcome back, %s!', 'Willkommen zurück, %s!', 'Bon retour, %s !', '¡Hola de nuevo, %s!', 'Bem-vindo de volta, %s!', 'おかえりなさい、%sさん！', 'Welkom terug, %s!'),
 (25, 'tax_return_status', '', 'Your tax return is being prepared.', 'Ihre Steuererklärung wird bearbeitet.', 'Votre déclaration d''impôts est en cours de préparation.', 'Su declaración de impuestos se está preparando.', 'Sua declaração de imposto está sendo preparada.', '確定申告を準備中です。', 'Uw belastingaangifte wordt voorbereid.'),
 (26, 'lab_results_ready', 'Push notification', 'New lab results are available in your portal.', 'Neue Laborergebnisse sind in Ihrem Portal verfügbar.', 'De nouveaux résultats d''analyses sont disponibles dans votre portail.', 'Hay nuevos resultados de laboratorio en su portal.', 'Novos resultados de exames estão disponíveis no seu portal.', '新しい検査結果がポータルで確認できます。', 'Er staan nieuwe labuitslagen in uw portaal.');

CREATE TABLE trans_unit (
  id serial PRIMARY KEY,
  translation_id integer NOT NULL REFERENCES trans_translation (id),
  id_hash bigint NOT NULL,
  location text NOT NULL,
  context text NOT NULL,
  note text NOT NULL,
  flags text NOT NULL,
  source text NOT NULL,
  previous_source text NOT NULL,
  target text NOT NULL,
  state integer NOT NULL,
  original_state integer NOT NULL,
  position integer NOT NULL,
  num_words integer NOT NULL,
  priority integer NOT NULL,
  pending boolean NOT NULL,
  timestamp timestamptz NOT NULL,
  source_unit_id integer NULL REFERENCES trans_unit (id),
  explanation text NOT NULL,
  extra_flags text NOT NULL,
  details jsonb NOT NULL,
  last_updated timestamptz NOT NULL
);
CREATE TABLE wlgen.u (k int PRIMARY KEY, translation_id int, code text, fmt text, sk int, credits boolean, project_id int);
INSERT INTO wlgen.u
SELECT k, t.id, t.language_code, c.file_format, ss[1 + (k * 7) % cardinality(ss)], c.file_format = 'po' AND k % 9 = 4, c.project_id
FROM generate_series(1, 300) k
JOIN trans_translation t ON t.id = 1 + (k * 97) % (SELECT count(*) FROM trans_translation)
JOIN trans_component c ON c.id = t.component_id
CROSS JOIN LATERAL (SELECT (CASE c.project_id WHEN 1 THEN '{1,2,3,4,6,7,11,19,21,24}' WHEN 2 THEN '{1,2,4,10,11,19,23,24}' WHEN 3 THEN '{1,2,4,12,19,20,23}'
  WHEN 4 THEN '{19,20,22,23}' WHEN 5 THEN '{22,23,20,19}' WHEN 6 THEN '{1,2,4,5,8,9,20,24}' WHEN 7 THEN '{17,18,4,19,2}' WHEN 8 THEN '{1,2,5,15,16,20,24}'
  WHEN 9 THEN '{5,13,14,20,26,24}' WHEN 10 THEN '{5,14,20,25,24}' WHEN 11 THEN '{1,4,19,20}' ELSE '{1,2,3,11,21}' END)::int[] AS ss) x;
INSERT INTO trans_unit (id, translation_id, id_hash, location, context, note, flags, source, previous_source, target, state, original_state, position, num_words,
  priority, pending, timestamp, source_unit_id, explanation, extra_flags, details, last_updated)
SELECT u.k, u.translation_id, ('x' || fixture_gen.hexn('uih', u.k, 15))::bit(60)::bigint - 576460752303423488,
       CASE u.fmt WHEN 'po' THEN 'src/' || s.ctx || '.c:' || (10 + fixture_gen.n('ulc', u.k, 900))::text WHEN 'aresource' THEN '' ELSE s.ctx END,
       CASE WHEN u.credits THEN '' WHEN u.fmt = 'po' THEN '' ELSE s.ctx END,
       CASE WHEN u.credits THEN 'TRANSLATORS: Put one translator per line, in the form NAME <EMAIL>, YEAR1, YEAR2' ELSE s.note END,
       CASE WHEN u.fmt = 'po' THEN 'c-format' WHEN s.k = 17 THEN 'max-length:84' ELSE '' END,
       CASE WHEN u.credits THEN 'translator-credits' ELSE s.src END,
       CASE WHEN u.k % 17 = 3 THEN replace(s.src, '.', '!') ELSE '' END,
       CASE WHEN u.credits THEN
              (SELECT string_agg(p.name || ' <' || p.email || '>, ' || (2021 + (p.i % 4))::text, E'\n' ORDER BY p.i) FROM wlgen.p p WHERE p.i IN (31 + (u.k * 3) % 170, 31 + (u.k * 5) % 170, 31 + (u.k * 11) % 170))
            WHEN u.k % 10 = 9 THEN ''
            WHEN u.code LIKE 'de%' THEN s.de WHEN u.code LIKE 'fr%' THEN s.fr WHEN u.code LIKE 'es%' THEN s.es WHEN u.code LIKE 'pt%' THEN s.pt_br
            WHEN u.code = 'ja' THEN s.ja WHEN u.code = 'nl' THEN s.nl WHEN u.code = 'en' THEN s.src ELSE '' END,
       0, 0, 1 + (u.k % 60), CASE WHEN u.credits THEN 1 ELSE array_length(regexp_split_to_array(s.src, '\s+'), 1) END, 100, u.k % 23 = 0,
       wlgen.at('uts', u.k, '2023-01-01', '2024-06-30'), NULL,
       CASE WHEN u.k % 7 = 2 AND u.project_id IN (6, 8) THEN 'Keep the product name in English. Agreed with ' || fixture_gen.full_name('uex', u.k) || ' from marketing on 12 March.'
            WHEN u.k % 5 = 4 AND u.project_id = 2 THEN 'Refers to the monthly limit set in the budget, not the account balance.'
            WHEN u.k % 4 = 1 AND u.project_id = 9 THEN 'Shown to patients; clinical wording checked by ' || fixture_gen.full_name('uex2', u.k) || ', Oberärztin.'
            WHEN u.k % 6 = 3 AND u.project_id = 7 THEN 'Hana is talking to herself here, not to the Ferryman.' ELSE '' END,
       CASE WHEN u.k % 29 = 5 THEN 'read-only' ELSE '' END,
       CASE WHEN u.k % 13 = 6 THEN jsonb_build_object('disk_state', jsonb_build_object('state', 10, 'flags', '')) ELSE '{}'::jsonb END,
       wlgen.at('ulu', u.k, '2024-01-01', '2024-06-30')
FROM wlgen.u u JOIN wlgen.s s ON s.k = u.sk ORDER BY u.k;
UPDATE trans_unit SET state = CASE WHEN target = '' THEN 0 WHEN id % 11 = 1 THEN 10 WHEN id % 29 = 5 THEN 100 WHEN id % 4 = 0 THEN 30 ELSE 20 END;
UPDATE trans_unit SET original_state = state;
-- translated units point at their source unit (the English translation of the same component).
UPDATE trans_unit u SET source_unit_id = s.id FROM trans_unit s, trans_translation t, trans_translation st
WHERE u.translation_id = t.id AND st.component_id = t.component_id AND st.language_code IN ('en') AND s.translation_id = st.id AND s.source = u.source AND s.id <> u.id;

-- ---------------------------------------------------------------------------
-- Suggestions, votes, comments.
CREATE TABLE trans_suggestion (
  id serial PRIMARY KEY,
  target text NOT NULL,
  timestamp timestamptz NOT NULL,
  unit_id integer NOT NULL REFERENCES trans_unit (id),
  user_id integer NULL REFERENCES weblate_auth_user (id),
  userdetails jsonb NOT NULL
);
INSERT INTO trans_suggestion (target, timestamp, unit_id, user_id, userdetails)
SELECT CASE WHEN u.source = 'translator-credits' THEN u.target || E'\n' || p.name || ' <' || p.email || '>, 2024'
            WHEN k % 19 = 7 THEN 'Free spins every day at https://spin-bonus-casino.example/ref/' || lower(wlgen.rnd('ssp', k, 8))
            WHEN u.target = '' THEN u.source
            WHEN k % 3 = 0 THEN regexp_replace(u.target, '[.!。！]$', '')
            WHEN k % 3 = 1 THEN upper(substr(u.target, 1, 1)) || lower(substr(u.target, 2))
            ELSE u.target || ' ' END,
       wlgen.at('sgt', k, '2023-09-01', '2024-06-30'), u.id, CASE WHEN k % 8 = 0 THEN NULL ELSE p.i END,
       jsonb_build_object('address', CASE WHEN k % 7 = 3 THEN fixture_gen.ipv6('sgi', k) ELSE fixture_gen.ipv4('sgi', k) END, 'agent', wlgen.ua('sga', k))
FROM generate_series(1, 130) k
JOIN trans_unit u ON u.id = 1 + (k * 53) % 300
JOIN wlgen.p p ON p.i = 31 + (k * 17) % 170
ORDER BY 2;
UPDATE trans_suggestion SET userdetails = userdetails || jsonb_build_object('agent', '') WHERE id % 10 = 0;

CREATE TABLE trans_vote (
  id serial PRIMARY KEY,
  suggestion_id integer NOT NULL REFERENCES trans_suggestion (id),
  user_id integer NOT NULL REFERENCES weblate_auth_user (id),
  value smallint NOT NULL,
  UNIQUE (suggestion_id, user_id)
);
INSERT INTO trans_vote (suggestion_id, user_id, value)
SELECT DISTINCT ON (s.id, 31 + (s.id * v * 7) % 170) s.id, 31 + (s.id * v * 7) % 170, CASE WHEN (s.id + v) % 5 = 0 THEN -1 ELSE 1 END
FROM trans_suggestion s CROSS JOIN generate_series(1, 2) v WHERE s.id % 4 <> 3 ORDER BY 1, 2;

CREATE TABLE trans_comment (
  id serial PRIMARY KEY,
  comment text NOT NULL,
  timestamp timestamptz NOT NULL,
  unit_id integer NOT NULL REFERENCES trans_unit (id),
  user_id integer NULL REFERENCES weblate_auth_user (id),
  userdetails jsonb NOT NULL,
  resolved boolean NOT NULL,
  removed boolean NOT NULL
);
INSERT INTO trans_comment (comment, timestamp, unit_id, user_id, userdetails, resolved, removed)
SELECT CASE k % 12
         WHEN 0 THEN 'Should we use the formal "Sie" here? The rest of the app uses "du".'
         WHEN 1 THEN 'The source string has a typo: "recieve" should be "receive".'
         WHEN 2 THEN '@' || q.username || ' could you review the plural forms here?'
         WHEN 3 THEN 'What does %1$s stand for? A note title or a file name?'
         WHEN 4 THEN 'A screenshot would help: is this a button or a heading?'
         WHEN 5 THEN 'Per ' || q.name || ' (' || q.email || ') the brand name stays in English.'
         WHEN 6 THEN 'Too long for the button on small phones, please shorten.'
         WHEN 7 THEN 'I''m travelling until the 20th; if it is urgent call me on ' || fixture_gen.phone('cph', k) || '. – ' || p.first
         WHEN 8 THEN 'Fixed in the source, thanks!'
         WHEN 9 THEN 'In Brazilian Portuguese "Pix" is never translated.'
         WHEN 10 THEN 'My daughter ' || fixture_gen.first_name('cdf', k) || ' checked the Japanese, she lives in ' || fixture_gen.city('cdc', k) || ' and says it sounds natural.'
         ELSE 'Duplicate of the string in the web component, please keep them consistent.' END,
       wlgen.at('cmt', k, '2023-09-01', '2024-06-30'), 1 + (k * 41) % 300, p.i,
       jsonb_build_object('address', fixture_gen.ipv4('cmi', k), 'agent', wlgen.ua('cma', k)),
       k % 3 = 0, k % 29 = 0
FROM generate_series(1, 120) k
JOIN wlgen.p p ON p.i = CASE WHEN k % 5 = 0 THEN 2 + k % 29 ELSE 31 + (k * 23) % 170 END
JOIN wlgen.p q ON q.i = 31 + (k * 43) % 170
ORDER BY 2;

-- ---------------------------------------------------------------------------
-- Alerts, announcements, labels, contributor agreements.
CREATE TABLE trans_alert (
  id serial PRIMARY KEY,
  name varchar(150) NOT NULL,
  details jsonb NOT NULL,
  timestamp timestamptz NOT NULL,
  updated timestamptz NOT NULL,
  dismissed boolean NOT NULL,
  component_id integer NOT NULL REFERENCES trans_component (id),
  UNIQUE (component_id, name)
);
INSERT INTO trans_alert (name, details, timestamp, updated, dismissed, component_id)
SELECT a.name,
       CASE a.name
         WHEN 'MergeFailure' THEN jsonb_build_object('error', 'CONFLICT (content): Merge conflict in ' || replace(c.filemask, '*', 'de') || E'\nerror: could not apply ' || substr(wlgen.sha('amf', c.id), 1, 7)
              || '... Translated using Weblate (German)' || E'\nhint: Resolve all conflicts manually\n' || 'Author: ' || p.name || ' <' || p.email || '>')
         WHEN 'PushFailure' THEN jsonb_build_object('error', CASE WHEN c.project_id = 6 THEN 'remote: GitLab: You are not allowed to push code to protected branches on this project.'
              ELSE 'remote: Permission to ' || (SELECT org FROM wlgen.proj WHERE id = c.project_id) || '/' || (SELECT slug FROM wlgen.proj WHERE id = c.project_id) || '.git denied to ' || (SELECT username FROM wlgen.p WHERE i = 4) || '.' END, 'terminal', false)
         WHEN 'UpdateFailure' THEN jsonb_build_object('error', 'fatal: unable to access ''' || split_part(c.repo, '@', 2) || ''': Could not resolve host')
         WHEN 'BrokenBrowserURL' THEN jsonb_build_object('link', replace(c.repoweb, '{{branch}}', c.branch), 'error', '404 Client Error: Not Found')
         WHEN 'BrokenProjectURL' THEN jsonb_build_object('error', 'HTTPSConnectionPool(host=''www.velora.nl'', port=443): Read timed out.')
         WHEN 'DuplicateString' THEN jsonb_build_object('occurrences', jsonb_build_array(jsonb_build_object('source', 'Save', 'unit_pk', 1), jsonb_build_object('source', 'Save', 'unit_pk', 91)))
         WHEN 'UnusedScreenshot' THEN '{}'::jsonb
         WHEN 'MissingLicense' THEN '{}'::jsonb
         ELSE jsonb_build_object('error', 'Could not parse ' || replace(c.filemask, '*', 'pt_BR') || ': Syntax error on line 212') END,
       wlgen.at('alt', k, '2024-01-01', '2024-06-01'), wlgen.at('alu', k, '2024-06-01', '2024-06-30'), k % 6 = 0, c.id
FROM generate_series(1, 36) k
JOIN trans_component c ON c.id = k
JOIN wlgen.p p ON p.i = 31 + (k * 29) % 170
CROSS JOIN LATERAL (SELECT (ARRAY['MergeFailure', 'PushFailure', 'UpdateFailure', 'BrokenBrowserURL', 'DuplicateString', 'UnusedScreenshot', 'ParseError', 'MissingLicense', 'BrokenProjectURL'])[1 + k % 9] AS name) a
WHERE k % 9 <> 8 OR c.project_id = 6
ORDER BY 3;

CREATE TABLE trans_announcement (
  id serial PRIMARY KEY,
  message text NOT NULL,
  category varchar(25) NOT NULL,
  expiry date NULL,
  notify boolean NOT NULL,
  language_id integer NULL REFERENCES lang_language (id),
  project_id integer NULL REFERENCES trans_project (id),
  component_id integer NULL REFERENCES trans_component (id),
  user_id integer NULL REFERENCES weblate_auth_user (id)
);
INSERT INTO trans_announcement (message, category, expiry, notify, language_id, project_id, component_id, user_id) VALUES
 ('String freeze for Quillnote 3.0 is on Friday 14 June. Please finish reviews by then.', 'warning', '2024-06-14', true, NULL, 1, NULL, 3),
 ('Welcome to the new translation platform! Existing contributors can sign in with GitHub.', 'info', '2023-03-31', false, NULL, NULL, NULL, 2),
 ('Tallybook 2.4 adds the budget reports: 48 new strings.', 'info', '2024-05-30', true, NULL, 2, NULL, 4),
 ('Scheduled maintenance on Sunday 06:00 to 07:00 CEST.', 'warning', '2024-06-23', false, NULL, NULL, NULL, 2),
 ('Dialogue for chapter 2 is locked until the voice recording is finished.', 'warning', '2024-07-15', true, NULL, 7, 19, 13),
 ('Neue Texte für die Terminbuchung. Bitte bis Monatsende übersetzen.', 'info', '2024-06-30', true, 2, 9, NULL, 26),
 ('The Turkish team has a new coordinator: ' || (SELECT name FROM wlgen.p WHERE i = 63) || '. Thanks to everyone who helped!', 'success', NULL, true, 10, 1, NULL, 3),
 ('Please do not use machine translation for the store listing.', 'error', NULL, false, NULL, 1, 2, 3),
 ('Release 1.8 of the app is planned for 2 July; all strings must be approved.', 'warning', '2024-07-02', true, NULL, 6, NULL, 8),
 ('Glossary updated with payment terms (Pix, boleto).', 'info', NULL, false, 5, 8, NULL, 20),
 ('The Japanese glossary was reviewed by ' || (SELECT name FROM wlgen.p WHERE i = 88) || ', thank you!', 'success', NULL, false, 6, 11, NULL, 2),
 ('Docs move to the new theme: some strings changed only in markup.', 'info', '2024-04-30', false, NULL, 5, NULL, 5),
 ('Translation sprint at FOSDEM: meet us at the Fernhill stand, K building.', 'info', '2024-02-04', true, NULL, NULL, NULL, 2),
 ('Portal texts for tax year 2023 are ready.', 'info', '2024-03-31', true, 2, 10, NULL, 29),
 ('Kanban board extension needs a Catalan reviewer.', 'info', NULL, false, 37, 12, 36, 44),
 ('Wayfarer 1.0 is out! Thanks to all 112 translators.', 'success', NULL, true, NULL, 3, NULL, 5),
 ('New component for the iOS app.', 'info', '2024-05-01', false, NULL, 6, 17, 8),
 ('The German Android strings must match the printed manual: see the glossary.', 'warning', NULL, false, 2, 6, 16, 9),
 ('Some translators have asked about payment: translation of the open-source apps is voluntary.', 'info', NULL, false, NULL, NULL, NULL, 2),
 ('Strings for the blood test reminder are medical wording: ask ' || (SELECT name FROM wlgen.p WHERE i = 25) || ' before changing them.', 'warning', NULL, false, NULL, 9, 25, 26);

CREATE TABLE trans_label (
  id serial PRIMARY KEY,
  name varchar(190) NOT NULL,
  color varchar(30) NOT NULL,
  description varchar(250) NOT NULL,
  project_id integer NOT NULL REFERENCES trans_project (id),
  UNIQUE (project_id, name)
);
INSERT INTO trans_label (name, color, description, project_id)
SELECT l.n, l.c, l.d, j.id FROM wlgen.proj j CROSS JOIN (VALUES ('Automatically translated', 'yellow', 'Filled in by machine translation'),
  ('Needs context', 'orange', 'Translators asked for a screenshot or explanation'), ('Release blocker', 'red', '')) l(n, c, d)
WHERE j.id <> 11
UNION ALL VALUES ('Legal', 'purple', 'Reviewed by the legal team', 9), ('Dialogue: Hana', 'teal', 'Lines spoken by Hana', 7), ('Dialogue: Ferryman', 'navy', 'Lines spoken by the Ferryman', 7)
ORDER BY 4, 1;

CREATE TABLE trans_unit_labels (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES trans_unit (id),
  label_id integer NOT NULL REFERENCES trans_label (id),
  UNIQUE (unit_id, label_id)
);
INSERT INTO trans_unit_labels (unit_id, label_id)
SELECT u.id, (SELECT min(l.id) + u.id % 3 FROM trans_label l WHERE l.project_id = c.project_id)
FROM trans_unit u JOIN trans_translation t ON t.id = u.translation_id JOIN trans_component c ON c.id = t.component_id
WHERE u.id % 5 = 2 AND c.project_id <> 11 ORDER BY 1;

CREATE TABLE trans_contributoragreement (
  id serial PRIMARY KEY,
  timestamp timestamptz NOT NULL,
  user_id integer NOT NULL REFERENCES weblate_auth_user (id),
  component_id integer NOT NULL REFERENCES trans_component (id),
  UNIQUE (user_id, component_id)
);
INSERT INTO trans_contributoragreement (timestamp, user_id, component_id)
SELECT wlgen.at('cat', k, '2022-01-01', '2024-06-30'), CASE WHEN c.project_id = 9 THEN 25 + k % 3 ELSE 31 + (k * 7) % 170 END, c.id
FROM generate_series(1, 60) k JOIN trans_component c ON c.id = (ARRAY[1, 4, 7, 25])[1 + k % 4]
WHERE c.project_id <> 9 OR k <= 12
GROUP BY 1, 2, 3 ORDER BY 1;

-- ---------------------------------------------------------------------------
-- Screenshots.
CREATE TABLE screenshots_screenshot (
  id serial PRIMARY KEY,
  name varchar(200) NOT NULL,
  image varchar(100) NOT NULL,
  translation_id integer NOT NULL REFERENCES trans_translation (id),
  timestamp timestamptz NOT NULL,
  user_id integer NULL REFERENCES weblate_auth_user (id),
  repository_filename varchar(255) NOT NULL
);
INSERT INTO screenshots_screenshot (name, image, translation_id, timestamp, user_id, repository_filename)
SELECT fixture_gen.pick(ARRAY['Login screen', 'Settings', 'Ride dashboard', 'Budget overview', 'Offline maps', 'Delete dialog', 'Main menu', 'Chapter 1 – ferry', 'Appointment confirmation', 'Transfer receipt'], 'scn', k)
         || CASE WHEN k % 4 = 0 THEN ' (dark mode)' ELSE '' END,
       'screenshots/' || lower(wlgen.rnd('sci', k, 20)) || '.png',
       t.id, wlgen.at('sct', k, '2023-03-01', '2024-06-30'), CASE WHEN k % 6 = 0 THEN NULL ELSE CASE WHEN c.project_id BETWEEN 6 AND 10 THEN 7 + k % 24 ELSE 2 + k % 5 END END,
       CASE WHEN c.screenshot_filemask <> '' THEN replace(c.screenshot_filemask, '*', 'en') ELSE '' END
FROM generate_series(1, 40) k
JOIN trans_translation t ON t.id = (SELECT min(t2.id) FROM trans_translation t2 WHERE t2.component_id = 1 + (k * 5) % 36)
JOIN trans_component c ON c.id = t.component_id
ORDER BY 4;

CREATE TABLE screenshots_screenshot_units (
  id serial PRIMARY KEY,
  screenshot_id integer NOT NULL REFERENCES screenshots_screenshot (id),
  unit_id integer NOT NULL REFERENCES trans_unit (id),
  UNIQUE (screenshot_id, unit_id)
);
INSERT INTO screenshots_screenshot_units (screenshot_id, unit_id)
SELECT DISTINCT s.id, 1 + (s.id * v * 13) % 300 FROM screenshots_screenshot s CROSS JOIN generate_series(1, 2) v ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- The change history.
CREATE TABLE trans_change (
  id serial PRIMARY KEY,
  timestamp timestamptz NOT NULL,
  action integer NOT NULL,
  target text NOT NULL,
  old text NOT NULL,
  details jsonb NOT NULL,
  author_id integer NULL REFERENCES weblate_auth_user (id),
  user_id integer NULL REFERENCES weblate_auth_user (id),
  unit_id integer NULL REFERENCES trans_unit (id),
  translation_id integer NULL REFERENCES trans_translation (id),
  component_id integer NULL REFERENCES trans_component (id),
  project_id integer NULL REFERENCES trans_project (id),
  language_id integer NULL REFERENCES lang_language (id),
  suggestion_id integer NULL REFERENCES trans_suggestion (id),
  comment_id integer NULL REFERENCES trans_comment (id),
  alert_id integer NULL REFERENCES trans_alert (id),
  announcement_id integer NULL REFERENCES trans_announcement (id),
  screenshot_id integer NULL REFERENCES screenshots_screenshot (id),
  category_id integer NULL REFERENCES trans_category (id)
);
-- Edits of units (2 changed, 5 new, 7 accepted suggestion, 36 approved, 3 comment, 4 suggestion).
INSERT INTO trans_change (timestamp, action, target, old, details, author_id, user_id, unit_id, translation_id, component_id, project_id, language_id,
  suggestion_id, comment_id, alert_id, announcement_id, screenshot_id, category_id)
SELECT wlgen.at('cht', k, '2023-06-01', '2024-06-30'), a,
       CASE WHEN a = 3 THEN cm.comment WHEN a IN (4, 7) THEN sg.target ELSE u.target END,
       CASE WHEN a IN (2, 36) THEN CASE WHEN u.source = 'translator-credits' THEN split_part(u.target, E'\n', 1) ELSE regexp_replace(u.target, '[.!]$', '') END ELSE '' END,
       CASE WHEN a IN (2, 5, 36) THEN jsonb_build_object('state', u.state, 'old_state', CASE WHEN a = 5 THEN 0 ELSE 10 END, 'source', u.source)
            WHEN a = 4 THEN jsonb_build_object('source', u.source) ELSE '{}'::jsonb END,
       CASE WHEN a = 7 THEN sg.user_id WHEN a = 3 THEN cm.user_id ELSE 31 + (k * 19) % 170 END,
       CASE WHEN a = 3 THEN cm.user_id ELSE 31 + (k * 19) % 170 END,
       u.id, t.id, c.id, c.project_id, t.language_id,
       CASE WHEN a IN (4, 7) THEN sg.id END, CASE WHEN a = 3 THEN cm.id END, NULL, NULL, NULL, c.category_id
FROM generate_series(1, 220) k
CROSS JOIN LATERAL (SELECT (ARRAY[2, 2, 2, 5, 5, 36, 7, 3, 4])[1 + k % 9] AS a) x
JOIN trans_suggestion sg ON sg.id = 1 + (k * 7) % 130
JOIN trans_comment cm ON cm.id = 1 + (k * 11) % 120
JOIN trans_unit u ON u.id = CASE WHEN x.a IN (4, 7) THEN sg.unit_id WHEN x.a = 3 THEN cm.unit_id
  ELSE (SELECT tu.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn, count(*) OVER () AS n FROM trans_unit WHERE target <> '') tu WHERE tu.rn = 1 + (k * 37) % tu.n) END
JOIN trans_translation t ON t.id = u.translation_id
JOIN trans_component c ON c.id = t.component_id
ORDER BY 1;
-- Repository, access and project events (17 commit, 18 push, 28 failed push, 34 add user, 35 remove user, 33 access edit, 57 invite user,
-- 14 lock, 15 unlock, 46 announcement, 47 alert, 54 screenshot added).
INSERT INTO trans_change (timestamp, action, target, old, details, author_id, user_id, unit_id, translation_id, component_id, project_id, language_id,
  suggestion_id, comment_id, alert_id, announcement_id, screenshot_id, category_id)
SELECT wlgen.at('cht2', k, '2023-06-01', '2024-06-30'), a,
       CASE WHEN a IN (34, 35, 57) THEN q.username WHEN a = 46 THEN an.message WHEN a = 54 THEN sc.name ELSE '' END,
       '',
       CASE a WHEN 34 THEN jsonb_build_object('username', q.username, 'group', 'Translate')
              WHEN 35 THEN jsonb_build_object('username', q.username, 'group', 'Review')
              WHEN 57 THEN jsonb_build_object('username', q.username, 'email', q.email, 'group', 'Translate')
              WHEN 33 THEN jsonb_build_object('access_control', 100)
              WHEN 28 THEN jsonb_build_object('error', 'remote: Invalid username or password. fatal: Authentication failed for ''https://github.com/pagafacil/carteira-app.git/''')
              WHEN 47 THEN jsonb_build_object('alert', 'MergeFailure')
              ELSE '{}'::jsonb END,
       NULL, CASE WHEN a IN (17, 18, 28) THEN NULL ELSE 2 + k % 29 END, NULL, NULL,
       CASE WHEN a IN (17, 18, 28, 14, 15, 47) THEN c.id END, c.project_id, NULL, NULL, NULL,
       CASE WHEN a = 47 THEN (SELECT min(id) FROM trans_alert) END, CASE WHEN a = 46 THEN an.id END, CASE WHEN a = 54 THEN sc.id END, NULL
FROM generate_series(1, 90) k
CROSS JOIN LATERAL (SELECT (ARRAY[17, 17, 18, 18, 28, 34, 35, 57, 33, 14, 15, 46, 47, 54])[1 + k % 14] AS a) x
JOIN trans_component c ON c.id = 1 + (k * 5) % 36
JOIN wlgen.p q ON q.i = 31 + (k * 47) % 170
JOIN trans_announcement an ON an.id = 1 + k % 20
JOIN screenshots_screenshot sc ON sc.id = 1 + k % 40
ORDER BY 1;

-- ---------------------------------------------------------------------------
-- Translation memory and checks.
CREATE TABLE memory_memory (
  id serial PRIMARY KEY,
  source text NOT NULL,
  target text NOT NULL,
  origin text NOT NULL,
  from_file boolean NOT NULL,
  shared boolean NOT NULL,
  source_language_id integer NOT NULL REFERENCES lang_language (id),
  target_language_id integer NOT NULL REFERENCES lang_language (id),
  project_id integer NULL REFERENCES trans_project (id),
  user_id integer NULL REFERENCES weblate_auth_user (id),
  status integer NOT NULL,
  context text NOT NULL
);
INSERT INTO memory_memory (source, target, origin, from_file, shared, source_language_id, target_language_id, project_id, user_id, status, context)
SELECT u.source, u.target,
       CASE WHEN k % 10 = 3 THEN fixture_gen.pick(ARRAY['legacy-tm-2021.tmx', 'velora_app_v1.tmx', 'memory.json', 'sdl-export-portal.tmx'], 'mor', k)
            ELSE j.slug || '/' || c.slug END,
       k % 10 = 3, c.project_id NOT BETWEEN 6 AND 10 AND k % 4 = 0, 1, t.language_id,
       CASE WHEN k % 4 = 0 AND c.project_id NOT BETWEEN 6 AND 10 THEN NULL ELSE c.project_id END,
       CASE WHEN k % 7 = 5 THEN 31 + (k * 13) % 170 END, CASE WHEN k % 15 = 1 THEN 0 ELSE 1 END, u.context
FROM generate_series(1, 300) k
JOIN trans_unit u ON u.id = 1 + (k * 61) % 300
JOIN trans_translation t ON t.id = u.translation_id
JOIN trans_component c ON c.id = t.component_id JOIN wlgen.proj j ON j.id = c.project_id
WHERE u.target <> '' OR k % 3 = 0
ORDER BY k;

CREATE TABLE checks_check (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES trans_unit (id),
  name varchar(50) NOT NULL,
  dismissed boolean NOT NULL,
  UNIQUE (unit_id, name)
);
INSERT INTO checks_check (unit_id, name, dismissed)
SELECT DISTINCT ON (u.id, n) u.id, n, (u.id + length(n)) % 4 = 0
FROM trans_unit u CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['same', 'end_stop', 'end_exclamation', 'c_format', 'placeholders', 'max_length', 'punctuation_spacing',
  'inconsistent', 'translated', 'end_space', 'double_space', 'same_plurals'], 'chk' || v, u.id) AS n FROM generate_series(1, 2) v) x
WHERE u.id % 2 = 0 OR u.target = u.source ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Add-ons.
CREATE TABLE addons_addon (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  configuration jsonb NOT NULL,
  state jsonb NOT NULL,
  component_id integer NULL REFERENCES trans_component (id),
  project_id integer NULL REFERENCES trans_project (id),
  project_scope boolean NOT NULL,
  repo_scope boolean NOT NULL
);
INSERT INTO addons_addon (name, configuration, state, component_id, project_id, project_scope, repo_scope)
SELECT n,
       CASE n
         WHEN 'weblate.git.squash' THEN '{"squash": "author", "append_trailers": true, "commit_message": ""}'::jsonb
         WHEN 'weblate.autotranslate.autotranslate' THEN '{"mode": "suggest", "q": "state:<translated", "auto_source": "mt", "component": "", "engines": ["deepl"], "threshold": 80}'::jsonb
         WHEN 'weblate.discovery.discovery' THEN ('{"file_format": "po", "match": "(?P<component>[^/]*)/(?P<language>[^/.]*)\\.po", "name_template": "{{ component|title }}", "base_file_template": "", "new_base_template": "' || c.slug || '/messages.pot", "language_regex": "^[^.]+$", "copy_addons": true, "remove": false}')::jsonb
         WHEN 'weblate.cdn.cdnjs' THEN '{"threshold": 0, "css_selector": ".l10n", "cookie_name": "django_language", "files": "index.html"}'::jsonb
         WHEN 'weblate.webhook.webhook' THEN jsonb_build_object('webhook_url', CASE WHEN k % 2 = 0 THEN 'https://ci.fernhill.dev/hooks/weblate' ELSE 'https://gitlab.velora.nl/api/v4/projects/42/trigger/pipeline?ref=main&token=' || 'glpt' || '-' || wlgen.rnd('awt', k, 20) END,
                                   'secret', 'whsec_' || fixture_gen.b64('aws', k, 24), 'events', jsonb_build_array(5, 17, 18))
         WHEN 'weblate.generate.generate' THEN '{"filename": "TRANSLATORS.md", "template": "{% for language in stats.languages %}* {{ language.name }}{% endfor %}"}'::jsonb
         ELSE '{}'::jsonb END,
       CASE WHEN n = 'weblate.autotranslate.autotranslate' THEN jsonb_build_object('last_run', to_char(wlgen.at('ast', k, '2024-06-01', '2024-06-30'), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) ELSE '{}'::jsonb END,
       CASE WHEN k % 8 = 7 THEN NULL ELSE c.id END, CASE WHEN k % 8 = 7 THEN c.project_id END, k % 8 = 7, n IN ('weblate.git.squash')
FROM generate_series(1, 48) k
JOIN trans_component c ON c.id = 1 + (k * 7) % 36
CROSS JOIN LATERAL (SELECT CASE WHEN c.file_format = 'po' AND k % 3 = 0 THEN fixture_gen.pick(ARRAY['weblate.gettext.msgmerge', 'weblate.gettext.linguas', 'weblate.gettext.authors'], 'agn', k)
  ELSE (ARRAY['weblate.git.squash', 'weblate.cleanup.generic', 'weblate.autotranslate.autotranslate', 'weblate.consistency.languages', 'weblate.discovery.discovery',
              'weblate.cdn.cdnjs', 'weblate.webhook.webhook', 'weblate.flags.source_edited', 'weblate.removal.suggestions', 'weblate.generate.generate', 'weblate.json.customize'])[1 + k % 11] END AS n) x
ORDER BY k;

CREATE TABLE addons_event (
  id serial PRIMARY KEY,
  addon_id integer NOT NULL REFERENCES addons_addon (id),
  event integer NOT NULL,
  UNIQUE (addon_id, event)
);
INSERT INTO addons_event (addon_id, event)
SELECT DISTINCT a.id, e FROM addons_addon a CROSS JOIN LATERAL unnest(CASE a.name WHEN 'weblate.git.squash' THEN ARRAY[1] WHEN 'weblate.autotranslate.autotranslate' THEN ARRAY[9, 7]
  WHEN 'weblate.gettext.msgmerge' THEN ARRAY[2] WHEN 'weblate.webhook.webhook' THEN ARRAY[12] WHEN 'weblate.cdn.cdnjs' THEN ARRAY[3, 4] WHEN 'weblate.generate.generate' THEN ARRAY[4]
  ELSE ARRAY[3, 8] END) e ORDER BY 1, 2;

-- ---------------------------------------------------------------------------
-- Billing: plans, the customers' billings and their invoices.
CREATE TABLE billing_plan (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL UNIQUE,
  slug varchar(100) NOT NULL UNIQUE,
  price integer NOT NULL,
  yearly_price integer NOT NULL,
  limit_languages integer NOT NULL,
  limit_projects integer NOT NULL,
  limit_hosted_strings integer NOT NULL,
  display_limit_languages integer NOT NULL,
  display_limit_projects integer NOT NULL,
  display_limit_hosted_strings integer NOT NULL,
  change_access_control boolean NOT NULL,
  public boolean NOT NULL
);
INSERT INTO billing_plan (name, slug, price, yearly_price, limit_languages, limit_projects, limit_hosted_strings, display_limit_languages, display_limit_projects,
  display_limit_hosted_strings, change_access_control, public) VALUES
 ('Libre', 'libre', 0, 0, 0, 0, 0, 0, 0, 0, false, true),
 ('Trial', 'trial', 0, 0, 10, 1, 10000, 10, 1, 10000, true, false),
 ('Starter', 'starter', 39, 390, 10, 1, 10000, 10, 1, 10000, true, true),
 ('Team', 'team', 99, 990, 20, 3, 40000, 20, 3, 40000, true, true),
 ('Business', 'business', 249, 2490, 0, 10, 160000, 0, 10, 160000, true, true),
 ('Enterprise', 'enterprise', 0, 0, 0, 0, 0, 0, 0, 0, true, false),
 ('Community sponsor', 'community-sponsor', 0, 0, 0, 1, 20000, 0, 1, 20000, false, false);

CREATE TABLE billing_billing (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES billing_plan (id),
  state integer NOT NULL,
  paid boolean NOT NULL,
  expiry timestamptz NULL,
  removal timestamptz NULL,
  in_limits boolean NOT NULL,
  grace_period integer NOT NULL,
  payment jsonb NOT NULL
);
INSERT INTO billing_billing (id, plan_id, state, paid, expiry, removal, in_limits, grace_period, payment) VALUES
 (1, 1, 0, true, NULL, NULL, true, 0, '{}'),
 (2, 4, 0, true, '2025-02-28 23:59:59+00', NULL, true, 0, jsonb_build_object('recurring', fixture_gen.uuid('brc', 2), 'customer', 'cus_' || wlgen.rnd('bcu', 2, 14), 'method', 'card')),
 (3, 5, 0, true, '2024-09-30 23:59:59+00', NULL, true, 0, jsonb_build_object('recurring', fixture_gen.uuid('brc', 3), 'customer', 'cus_' || wlgen.rnd('bcu', 3, 14), 'method', 'card')),
 (4, 4, 0, false, '2024-06-30 23:59:59+00', NULL, false, 14, jsonb_build_object('recurring', '', 'customer', 'cus_' || wlgen.rnd('bcu', 4, 14), 'method', 'pix')),
 (5, 6, 0, true, '2025-12-31 23:59:59+00', NULL, true, 30, jsonb_build_object('method', 'invoice')),
 (6, 3, 0, true, '2024-11-15 23:59:59+00', NULL, true, 0, jsonb_build_object('recurring', fixture_gen.uuid('brc', 6), 'customer', 'cus_' || wlgen.rnd('bcu', 6, 14), 'method', 'sepa_debit')),
 (7, 7, 0, true, NULL, NULL, true, 0, '{}'),
 (8, 2, 2, false, '2024-02-10 00:00:00+00', '2024-03-10 00:00:00+00', true, 0, '{}'),
 (9, 2, 3, false, '2023-11-02 00:00:00+00', '2023-12-02 00:00:00+00', true, 0, '{}'),
 (10, 3, 2, false, '2024-05-01 00:00:00+00', '2024-07-01 00:00:00+00', false, 0, jsonb_build_object('recurring', '', 'customer', 'cus_' || wlgen.rnd('bcu', 10, 14))),
 (11, 2, 1, false, '2024-07-12 00:00:00+00', NULL, true, 0, '{}'),
 (12, 3, 3, false, '2023-08-31 00:00:00+00', '2023-10-31 00:00:00+00', true, 0, jsonb_build_object('recurring', '', 'customer', 'cus_' || wlgen.rnd('bcu', 12, 14)));

CREATE TABLE billing_billing_owners (
  id serial PRIMARY KEY,
  billing_id integer NOT NULL REFERENCES billing_billing (id),
  user_id integer NOT NULL REFERENCES weblate_auth_user (id),
  UNIQUE (billing_id, user_id)
);
INSERT INTO billing_billing_owners (billing_id, user_id) VALUES (1, 2), (1, 3), (2, 7), (2, 8), (3, 13), (3, 14), (4, 19), (5, 25), (5, 26), (6, 28), (6, 29),
 (7, 44), (8, 57), (9, 91), (10, 120), (11, 133), (12, 150), (12, 151);

CREATE TABLE billing_billing_projects (
  id serial PRIMARY KEY,
  billing_id integer NOT NULL REFERENCES billing_billing (id),
  project_id integer NOT NULL REFERENCES trans_project (id),
  UNIQUE (billing_id, project_id)
);
INSERT INTO billing_billing_projects (billing_id, project_id) VALUES (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 11), (2, 6), (3, 7), (4, 8), (5, 9), (6, 10), (7, 12);

CREATE TABLE billing_invoice (
  id serial PRIMARY KEY,
  billing_id integer NOT NULL REFERENCES billing_billing (id),
  start date NOT NULL,
  "end" date NOT NULL,
  amount double precision NOT NULL,
  currency integer NOT NULL,
  ref varchar(50) NOT NULL,
  note text NOT NULL,
  payment jsonb NOT NULL
);
INSERT INTO billing_invoice (billing_id, start, "end", amount, currency, ref, note, payment)
SELECT b, d, (d + interval '1 month' - interval '1 day')::date,
       CASE b WHEN 2 THEN 99 WHEN 3 THEN 249 WHEN 4 THEN 99 WHEN 5 THEN 1450 WHEN 6 THEN 39 ELSE 39 END * CASE WHEN b = 4 THEN 5.4 ELSE 1 END,
       CASE WHEN b = 4 THEN 4 ELSE 0 END,
       'FH-' || to_char(d, 'YYYY') || '-' || lpad((100 + k)::text, 4, '0'),
       CASE k % 9
         WHEN 0 THEN 'PO ' || fixture_gen.digits('ipo', k, 7) || ', attn. ' || (SELECT name FROM wlgen.p WHERE i = CASE b WHEN 2 THEN 7 WHEN 3 THEN 13 WHEN 5 THEN 25 ELSE 28 END)
         WHEN 3 THEN 'Paid late, reminder sent twice.'
         WHEN 5 THEN 'Invoice address changed to ' || fixture_gen.street('ist', k) || ', ' || fixture_gen.city('ict', k) || ' at customer''s request.'
         ELSE '' END,
       CASE WHEN b IN (5) THEN jsonb_build_object('method', 'bank transfer', 'payer', 'Klinik Sonnenhof GmbH', 'payer_iban', fixture_gen.iban('DE', fixture_gen.digits('ibn', 5, 18)), 'received', to_char(d + 40, 'YYYY-MM-DD'))
            WHEN b = 6 THEN jsonb_build_object('method', 'sepa_debit', 'mandate', 'FH-SEPA-' || fixture_gen.digits('imd', 6, 6), 'payer', (SELECT name FROM wlgen.p WHERE i = 28), 'iban', fixture_gen.iban('DE', fixture_gen.digits('ibn', 6, 18)))
            WHEN b = 4 THEN jsonb_build_object('method', 'pix', 'end_to_end_id', 'E' || fixture_gen.digits('ipx', k, 31))
            ELSE jsonb_build_object('method', 'card', 'brand', fixture_gen.pick(ARRAY['visa', 'mastercard'], 'ibr', k), 'last4', fixture_gen.digits('il4', b, 4), 'charge', 'ch_' || wlgen.rnd('ich', k, 24)) END
FROM generate_series(1, 48) k
CROSS JOIN LATERAL (SELECT (ARRAY[2, 3, 4, 5, 6, 6, 2, 3])[1 + k % 8] AS b, (date '2023-07-01' + ((k / 8) * interval '1 month') + ((k % 8) * interval '2 month'))::date AS d) x
ORDER BY 2, 1;

-- ---------------------------------------------------------------------------
-- Administration: configuration errors, the support subscription, backups.
CREATE TABLE wladmin_configurationerror (
  id serial PRIMARY KEY,
  name varchar(150) NOT NULL UNIQUE,
  message text NOT NULL,
  timestamp timestamptz NOT NULL,
  ignored boolean NOT NULL
);
INSERT INTO wladmin_configurationerror (name, message, timestamp, ignored) VALUES
 ('celery', 'The Celery tasks queue is too long (523 tasks). Either the worker is not running or is too slow.', '2024-06-21 03:12:40+00', false),
 ('celery-beat', 'The Celery beat scheduler is not running.', '2024-05-02 04:18:02+00', false),
 ('mail', 'Could not send e-mail: (535, b''5.7.8 Username and Password not accepted.'')', '2024-04-11 09:41:00+00', false),
 ('mail-bounce', 'Could not deliver notification to ' || (SELECT email FROM wlgen.p WHERE i = 77) || ': 550 5.1.1 mailbox unavailable', '2024-06-02 07:55:13+00', true),
 ('cache', 'The configured cache backend will lead to serious performance or consistency issues.', '2023-11-09 12:00:00+00', true),
 ('font', 'Could not find font file for Noto Sans CJK, falling back to DejaVu Sans.', '2024-01-15 10:30:00+00', true),
 ('backup', 'Backup repository is not reachable: Connection closed by remote host. Is borg working on the remote host?', '2024-06-28 02:00:41+00', false),
 ('ssh', 'SSH host key of github.com changed, please verify it in the SSH keys settings.', '2023-03-24 08:12:00+00', true),
 ('machinery-deepl', 'DeepL: 456 Quota exceeded. The character limit has been reached.', '2024-06-29 16:22:05+00', false),
 ('machinery-openai', 'OpenAI: 429 You exceeded your current quota, please check your plan and billing details.', '2024-05-19 11:04:27+00', false),
 ('component-parse', 'Failed to parse po/uk.po in Quillnote/Desktop app: unterminated string on line 88.', '2024-06-10 14:51:09+00', false),
 ('saml', 'SAML metadata of the IdP "pagafacil" could not be refreshed: certificate expired on 2024-05-31.', '2024-06-01 00:05:00+00', false),
 ('disk', 'The data directory is 91% full.', '2024-06-25 06:00:00+00', false),
 ('version', 'You Weblate version is outdated, please upgrade to 5.6.', '2024-06-20 00:00:00+00', true),
 ('webhook', 'The webhook to https://ci.fernhill.dev/hooks/weblate returned 502 Bad Gateway.', '2024-06-27 21:14:50+00', false),
 ('redis', 'Redis memory usage is above 80%.', '2024-02-02 13:00:00+00', true),
 ('avatar', 'Could not fetch avatar from Gravatar: timeout.', '2024-03-03 17:45:00+00', true),
 ('gpg', 'GPG signing key expires in 14 days.', '2024-06-17 00:00:00+00', false),
 ('rate-limit', 'Login rate limit hit for IP ' || fixture_gen.ipv4('crl', 1) || ' (username typed: ' || (SELECT username FROM wlgen.p WHERE i = 140) || ').', '2024-06-26 22:10:11+00', false),
 ('languages', 'Language code "pt-BR" in Tallybook/iOS app was mapped to pt_BR by an alias.', '2024-04-04 10:00:00+00', true);

CREATE TABLE wladmin_supportstatus (
  id serial PRIMARY KEY,
  name varchar(150) NOT NULL,
  secret varchar(400) NOT NULL,
  expiry timestamptz NULL,
  in_limits boolean NOT NULL,
  discoverable boolean NOT NULL,
  limits jsonb NOT NULL,
  timestamp timestamptz NOT NULL
);
INSERT INTO wladmin_supportstatus (name, secret, expiry, in_limits, discoverable, limits, timestamp) VALUES
 ('community', '', NULL, true, false, '{}', '2021-05-03 09:00:00+00'),
 ('basic', wlgen.rnd('sps', 2, 32) || ':' || wlgen.rnd('sps2', 2, 16), '2023-05-03 00:00:00+00', true, true, '{"hosted_strings": 100000, "projects": 20}', '2022-05-03 09:12:00+00'),
 ('extended', wlgen.rnd('sps', 3, 32) || ':' || wlgen.rnd('sps2', 3, 16), '2025-05-03 00:00:00+00', true, true, '{"hosted_strings": 500000, "projects": 50}', '2024-05-03 09:15:00+00');

CREATE TABLE wladmin_backupservice (
  id serial PRIMARY KEY,
  repository text NOT NULL,
  enabled boolean NOT NULL,
  timestamp timestamptz NOT NULL,
  passphrase varchar(100) NOT NULL,
  paperkey text NOT NULL
);
INSERT INTO wladmin_backupservice (repository, enabled, timestamp, passphrase, paperkey) VALUES
 ('ssh://u384211@u384211.your-storagebox.de:23/./weblate', true, '2022-02-14 10:00:00+00', wlgen.rnd('bkp', 1, 64),
  'To restore use:' || E'\n    borg key import --paper /path/to/repo\n\n' || 'BORG PAPER KEY v1' || E'\nid: 20 / ' || fixture_gen.hexn('bpi', 1, 12) || ' / ' || fixture_gen.hexn('bpi2', 1, 12) || E' - 5a\n'
   || (SELECT string_agg(lpad(r::text, 2, ' ') || ': ' || substr(fixture_gen.hexn('bpk', r, 36), 1, 6) || ' ' || substr(fixture_gen.hexn('bpk', r, 36), 7, 6) || ' ' || substr(fixture_gen.hexn('bpk', r, 36), 13, 6) || ' '
      || substr(fixture_gen.hexn('bpk', r, 36), 19, 6) || ' ' || substr(fixture_gen.hexn('bpk', r, 36), 25, 6) || ' ' || substr(fixture_gen.hexn('bpk', r, 36), 31, 6) || ' - ' || substr(fixture_gen.hexn('bpc', r, 2), 1, 2), E'\n' ORDER BY r) FROM generate_series(1, 9) r)),
 ('/mnt/backup/weblate-borg', false, '2021-05-03 09:30:00+00', wlgen.rnd('bkp', 2, 64), '');

CREATE TABLE wladmin_backuplog (
  id serial PRIMARY KEY,
  service_id integer NOT NULL REFERENCES wladmin_backupservice (id),
  timestamp timestamptz NOT NULL,
  event varchar(100) NOT NULL,
  log text NOT NULL
);
INSERT INTO wladmin_backuplog (service_id, timestamp, event, log)
SELECT CASE WHEN k <= 4 THEN 2 ELSE 1 END, timestamptz '2024-05-01 02:00:00+00' + (k * interval '1 day') + make_interval(secs => fixture_gen.n('blt', k, 1800)),
       CASE WHEN k % 15 = 0 THEN 'error' WHEN k % 7 = 0 THEN 'prune' ELSE 'backup' END,
       CASE WHEN k % 15 = 0 THEN 'Remote: ssh: connect to host u384211.your-storagebox.de port 23: Connection timed out' || E'\n' || 'Connection closed by remote host. Is borg working on the server?'
            WHEN k % 7 = 0 THEN 'Keeping archive: ' || to_char(date '2024-05-01' + k, 'YYYY-MM-DD') || 'T02:00:03 Mon, 2024-05-01 02:00:04 [' || fixture_gen.hexn('bla', k, 64) || ']'
            ELSE 'Archive name: ' || to_char(date '2024-05-01' + k, 'YYYY-MM-DD') || E'T02:00:03\nThis archive: ' || (900 + fixture_gen.n('bls', k, 80))::text || ' MB original, ' || (20 + fixture_gen.n('bld', k, 40))::text || ' MB deduplicated' || E'\nNumber of files: ' || (48000 + fixture_gen.n('blf', k, 900))::text END
FROM generate_series(1, 60) k ORDER BY 2;

-- ---------------------------------------------------------------------------
-- Daily metrics (scope 0 site, 1 project, 2 component, 3 translation, 5 user).
CREATE TABLE metrics_metric (
  id serial PRIMARY KEY,
  date date NOT NULL,
  scope smallint NOT NULL,
  relation integer NOT NULL,
  secondary integer NOT NULL,
  changes integer NOT NULL,
  data jsonb NULL,
  UNIQUE (date, scope, relation, secondary)
);
INSERT INTO metrics_metric (date, scope, relation, secondary, changes, data)
SELECT date '2024-06-01' + (k / 10), CASE WHEN k % 10 = 0 THEN 0 ELSE 1 END, CASE WHEN k % 10 = 0 THEN 0 ELSE k % 10 END, 0, fixture_gen.n('mch', k, 400),
       CASE WHEN k % 20 = 0 THEN NULL ELSE jsonb_build_object('all', 1200 + fixture_gen.n('mal', k, 9000), 'all_words', 8000 + fixture_gen.n('maw', k, 60000),
         'translated', 600 + fixture_gen.n('mtr', k, 6000), 'approved', fixture_gen.n('map', k, 2000), 'suggestions', fixture_gen.n('msg', k, 90),
         'comments', fixture_gen.n('mco', k, 40), 'languages', 7 + fixture_gen.n('mln', k, 3), 'contributors', fixture_gen.n('mct', k, 60)) END
FROM generate_series(0, 199) k ORDER BY 1, 2, 3;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA wlgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
