-- classify-eval fixture (HOLDOUT 26: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- family's self-hosted Mealie 2 recipe manager and meal planner on
-- PostgreSQL, in the naming its SQLAlchemy models and Alembic migrations
-- create (snake_case plural tables, uuid GUID keys, a few integer keys,
-- naive created_at/update_at on every model table). Three groups: the
-- default "Home" group the installer made (with the changeme@example.com
-- admin kept, locked), the Okafor-Lindqvist family (three households: the
-- admin's own, the grandmother's, a sister's family) and a Thursday supper
-- club of friends (three households). Users with full names of several
-- cultures, usernames and emails, bcrypt hashes or "OIDC"/"LDAP" for those
-- signing in through Authelia; long-lived API tokens (HS256 JWTs) named
-- after the device or person using them; reset and invite tokens; Apprise
-- notifier URLs with ntfy, Gotify, Discord, Pushover, Telegram and SMTP
-- credentials; Home Assistant webhook URLs whose id is the credential;
-- recipe share tokens whose id is the link; exports named after the
-- requester. Recipes scraped from public sites and from relatives'
-- blogs and Instagram posts, with descriptions that sometimes name the
-- relative; ingredients and steps (catalogue copy); notes and comments
-- with a child's allergy, a guest list, a neighbour's phone; timeline
-- events "<full name> made this" with messages; key/value extras on
-- recipes and shopping lists (a contact's phone, a freezer shelf);
-- shopping list notes with a pharmacy order; meal plan titles and texts;
-- reports and server task logs quoting emails and import paths.
-- Foods, units, labels, categories, tags and tools are lookup data. The
-- admin's own schema "homelab" keeps backup runs (restic to S3 with keys
-- in the URL), grocery delivery orders, an allergy register, dinner guest
-- lists and the bridge to a Home Assistant instance.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA mgen;

CREATE FUNCTION mgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçışğøåÁÉÍÓÚÖÜÇŞ', 'aeiouaeiouaeiouaeiouaoncisgoaAEIOUOUCS')), '[^a-z0-9]+', '', 'g')
$$;

-- b64url: URL-safe unpadded base64 of len bytes (token_urlsafe).
CREATE FUNCTION mgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION mgen.b64j(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(translate(encode(convert_to(s, 'UTF8'), 'base64'), E'\n', ''), '='), '+/', '-_') $$;

CREATE FUNCTION mgen.u(tag text, i bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT md5('mealie' || tag || ':' || i)::uuid $$;

-- at: a time between two dates (naive UTC, as Mealie stores them).
CREATE FUNCTION mgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, extract(epoch FROM hi - lo)::bigint)::int)))::timestamp(6)
$$;

-- Groups and households.
CREATE TABLE mgen.g (g int PRIMARY KEY, name text, slug text);
INSERT INTO mgen.g VALUES (1, 'Home', 'home'), (2, 'Okafor-Lindqvist Family', 'okafor-lindqvist-family'), (3, 'Thursday Supper Club', 'thursday-supper-club');
CREATE TABLE mgen.h (h int PRIMARY KEY, g int, name text, slug text);
INSERT INTO mgen.h VALUES (1, 1, 'Family', 'family'), (2, 2, 'Okafor-Lindqvist', 'okafor-lindqvist'), (3, 2, 'Mormor Ingrid', 'mormor-ingrid'),
  (4, 2, 'Haddad', 'haddad'), (5, 3, 'Tanaka & Pham', 'tanaka-pham'), (6, 3, 'Kowalski', 'kowalski'), (7, 3, 'Flat 3B Hollins Road', 'flat-3b-hollins-road');

-- People. 1: the installer's default admin; 2-14 the family and friends
-- written out; 15-46 more members from the shared name lists.
CREATE TABLE mgen.p (i int PRIMARY KEY, h int, first text, last text, full_name text, username text, email text, auth text, admin boolean, joined timestamp);
INSERT INTO mgen.p (i, h, first, last, username, email, auth, admin) VALUES
  (1, 1, 'Change', 'Me', 'admin', 'changeme@example.com', 'MEALIE', true),
  (2, 2, 'Chidi', 'Okafor', 'chidi', 'chidi.okafor@fastmail.com', 'OIDC', true),
  (3, 2, 'Sanna', 'Lindqvist', 'sanna', 'sanna.lindqvist@outlook.com', 'OIDC', false),
  (4, 2, 'Amara', 'Okafor-Lindqvist', 'amara', 'amara.ol2009@gmail.com', 'MEALIE', false),
  (5, 2, 'Elias', 'Okafor-Lindqvist', 'elias.ol', 'elias.okaforlindqvist@icloud.com', 'MEALIE', false),
  (6, 3, 'Ingrid', 'Lindqvist', 'mormor', 'ingrid.lindqvist44@telia.com', 'MEALIE', false),
  (7, 3, 'Bengt', 'Johansson', 'bengt.j', 'bengt.johansson@telia.com', 'MEALIE', false),
  (8, 4, 'Leila', 'Haddad', 'leila.h', 'leila.haddad@proton.me', 'OIDC', false),
  (9, 4, 'Youssef', 'Haddad', 'youssef', 'y.haddad@haddad-arkitekter.example', 'OIDC', false),
  (10, 5, 'Yuki', 'Tanaka', 'yukit', 'yuki.tanaka@gmail.com', 'MEALIE', false),
  (11, 5, 'Linh', 'Pham', 'linh_p', 'linh.pham88@yahoo.com', 'MEALIE', false),
  (12, 6, 'Zofia', 'Kowalski', 'zosia', 'zofia.kowalska@wp.pl', 'LDAP', false),
  (13, 6, 'Piotr', 'Kowalski', 'piotrek', 'piotr.kowalski@onet.pl', 'LDAP', false),
  (14, 7, 'Rahul', 'Reddy', 'rahul.reddy', 'rahul.reddy@hey.com', 'MEALIE', false);
INSERT INTO mgen.p (i, h, first, last, username, email, auth, admin)
SELECT i, (ARRAY[2, 3, 4, 4, 5, 6, 7, 7, 5, 6])[1 + i % 10], fixture_gen.first_name('mp', i), fixture_gen.last_name('mp', i),
       CASE i % 4 WHEN 0 THEN mgen.fold(fixture_gen.first_name('mp', i)) || i WHEN 1 THEN mgen.fold(fixture_gen.first_name('mp', i)) || '.' || left(mgen.fold(fixture_gen.last_name('mp', i)), 1)
            WHEN 2 THEN mgen.fold(fixture_gen.first_name('mp', i)) || '_' || mgen.fold(fixture_gen.last_name('mp', i)) ELSE left(mgen.fold(fixture_gen.first_name('mp', i)), 1) || mgen.fold(fixture_gen.last_name('mp', i)) END,
       fixture_gen.email('mp', i), CASE WHEN i % 7 = 0 THEN 'OIDC' WHEN i % 11 = 0 THEN 'LDAP' ELSE 'MEALIE' END, false
FROM generate_series(15, 46) i;
UPDATE mgen.p SET full_name = first || ' ' || last, joined = CASE WHEN i = 1 THEN timestamp '2023-02-11 19:02:51' ELSE mgen.at('pj', i, '2023-02-12', '2025-03-01') END;
UPDATE mgen.p SET full_name = 'Change Me' WHERE i = 1;
UPDATE mgen.p p SET username = p.username || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM mgen.p) d WHERE d.i = p.i AND d.rn > 1;

-- ---------------------------------------------------------------------------
-- Migrations, groups, households, users.

CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);
INSERT INTO alembic_version VALUES ('7cf3054cbbcc');

CREATE TABLE groups (
    id uuid NOT NULL PRIMARY KEY, name varchar NOT NULL, slug varchar,
    created_at timestamp, update_at timestamp);
CREATE UNIQUE INDEX ix_groups_name ON groups (name);
CREATE UNIQUE INDEX ix_groups_slug ON groups (slug);
INSERT INTO groups SELECT mgen.u('grp', g), name, slug, timestamp '2023-02-11 19:02:50' + g * interval '3 days 2 hours', timestamp '2024-09-02 10:00:00' + g * interval '11 hours' FROM mgen.g;

CREATE TABLE group_preferences (
    id uuid NOT NULL PRIMARY KEY, group_id uuid REFERENCES groups (id), private_group boolean,
    created_at timestamp, update_at timestamp);
INSERT INTO group_preferences SELECT mgen.u('gpr', g), mgen.u('grp', g), g <> 3, timestamp '2023-02-11 19:02:50' + g * interval '3 days 2 hours', timestamp '2024-09-02 10:00:00' FROM mgen.g;

CREATE TABLE households (
    id uuid NOT NULL PRIMARY KEY, name varchar NOT NULL, slug varchar, group_id uuid NOT NULL REFERENCES groups (id),
    created_at timestamp, update_at timestamp);
INSERT INTO households SELECT mgen.u('hh', h), name, slug, mgen.u('grp', g), timestamp '2024-09-02 10:00:00' + h * interval '5 minutes', timestamp '2024-09-02 10:00:00' + h * interval '9 days' FROM mgen.h;

CREATE TABLE household_preferences (
    id uuid NOT NULL PRIMARY KEY, household_id uuid REFERENCES households (id), private_household boolean, lock_recipe_edits_from_other_households boolean,
    first_day_of_week integer, recipe_public boolean, recipe_show_nutrition boolean, recipe_show_assets boolean, recipe_landscape_view boolean,
    recipe_disable_comments boolean, recipe_disable_amount boolean, created_at timestamp, update_at timestamp);
INSERT INTO household_preferences SELECT mgen.u('hpr', h), mgen.u('hh', h), h NOT IN (5, 7), h IN (3, 6), (ARRAY[0, 1, 1, 1, 6, 1, 0])[h],
  h IN (2, 5), h IN (2, 4, 7), h <> 3, h = 3, h = 6, h = 3, timestamp '2024-09-02 10:00:00' + h * interval '5 minutes', timestamp '2024-10-01 08:00:00' + h * interval '13 days' FROM mgen.h;

CREATE TABLE users (
    id uuid NOT NULL PRIMARY KEY, full_name varchar, username varchar, email varchar, password varchar, auth_method varchar(6) NOT NULL,
    admin boolean, advanced boolean, group_id uuid NOT NULL REFERENCES groups (id), household_id uuid NOT NULL REFERENCES households (id),
    cache_key varchar, can_manage_household boolean, can_invite boolean, can_manage boolean, can_organize boolean,
    login_attemps integer, locked_at timestamp, created_at timestamp, update_at timestamp);
CREATE UNIQUE INDEX ix_users_email ON users (email);
CREATE UNIQUE INDEX ix_users_username ON users (username);
INSERT INTO users
SELECT mgen.u('usr', p.i), p.full_name, p.username, p.email,
       CASE p.auth WHEN 'OIDC' THEN 'OIDC' WHEN 'LDAP' THEN 'LDAP' ELSE replace(fixture_gen.bcrypt('upw', p.i), '$2a', '$2b') END,
       p.auth, p.admin, p.i IN (2, 3, 9, 14, 17), mgen.u('grp', h.g), mgen.u('hh', p.h),
       CASE WHEN p.i % 3 = 0 THEN '1234' ELSE fixture_gen.chars('uck', p.i, 10) END,
       p.admin OR p.i IN (3, 6, 8, 10, 12, 14), p.admin OR p.i IN (3, 8, 10, 14, 20), p.admin OR p.i IN (3, 10), p.i <= 14 OR p.i % 3 = 0,
       CASE WHEN p.i = 1 THEN 5 WHEN p.i % 9 = 4 THEN 1 + fixture_gen.n('ula', p.i, 3) ELSE 0 END,
       CASE WHEN p.i = 1 THEN timestamp '2023-02-14 21:17:03' WHEN p.i = 31 THEN timestamp '2025-01-19 06:41:12' END,
       p.joined, p.joined + make_interval(hours => fixture_gen.n('uup', p.i, 9000))
FROM mgen.p p JOIN mgen.h h ON h.h = p.h;

-- Long-lived API tokens: HS256 JWTs of {"long_token": true, "id": user id}.
CREATE TABLE long_live_tokens (
    id serial PRIMARY KEY, name varchar NOT NULL, token varchar NOT NULL, user_id uuid REFERENCES users (id),
    created_at timestamp, update_at timestamp);
CREATE INDEX ix_long_live_tokens_token ON long_live_tokens (token);
INSERT INTO long_live_tokens (name, token, user_id, created_at, update_at)
SELECT CASE k % 9 WHEN 0 THEN 'Home Assistant' WHEN 1 THEN p.first || '''s iPhone shortcut' WHEN 2 THEN 'Kitchen tablet' WHEN 3 THEN 'mealie-cli backup'
            WHEN 4 THEN 'iPad von ' || p.first WHEN 5 THEN 'n8n grocery sync' WHEN 6 THEN p.first || ' ' || left(p.last, 1) || '. Android' WHEN 7 THEN 'Recipe bookmarklet' ELSE 'Tandoor import' END,
       mgen.b64j('{"alg":"HS256","typ":"JWT"}') || '.' || mgen.b64j('{"long_token":true,"id":"' || mgen.u('usr', p.i) || '","exp":' || (1838000000 + k * 86400) || '}') || '.' || mgen.b64url('llt', k, 32),
       mgen.u('usr', p.i), t, t
FROM generate_series(1, 40) k
JOIN mgen.p p ON p.i = (ARRAY[2, 2, 2, 3, 9, 14, 10, 12, 8, 4])[1 + k % 10] + CASE WHEN k > 20 THEN 13 + k % 7 ELSE 0 END
CROSS JOIN LATERAL (SELECT mgen.at('llt', k, '2023-03-01', '2025-05-30') AS t) x;

CREATE TABLE password_reset_tokens (
    id uuid NOT NULL PRIMARY KEY, user_id uuid NOT NULL REFERENCES users (id), token varchar(64) NOT NULL UNIQUE,
    created_at timestamp, update_at timestamp);
INSERT INTO password_reset_tokens SELECT mgen.u('prt', k), mgen.u('usr', 3 + (k * 7) % 44), mgen.b64url('prt', k, 32), t, t
FROM generate_series(1, 24) k CROSS JOIN LATERAL (SELECT mgen.at('prt', k, '2023-06-01', '2025-06-01') AS t) x;

CREATE TABLE invite_tokens (
    id uuid NOT NULL PRIMARY KEY, token varchar NOT NULL UNIQUE, uses_left integer NOT NULL, group_id uuid REFERENCES groups (id), household_id uuid REFERENCES households (id),
    created_at timestamp, update_at timestamp);
INSERT INTO invite_tokens SELECT mgen.u('inv', k), mgen.b64url('inv', k, 32), (ARRAY[0, 0, 1, 0, 5, 0, 2, 0])[1 + k % 8], mgen.u('grp', h.g), mgen.u('hh', h.h), t, t + interval '2 days'
FROM generate_series(1, 30) k JOIN mgen.h h ON h.h = 2 + k % 6 CROSS JOIN LATERAL (SELECT mgen.at('inv', k, '2023-02-20', '2025-05-01') AS t) x;

-- ---------------------------------------------------------------------------
-- Exports, webhooks, notifiers, recipe actions.

CREATE TABLE group_data_exports (
    id uuid NOT NULL PRIMARY KEY, group_id uuid REFERENCES groups (id), name varchar NOT NULL, filename varchar NOT NULL, path varchar NOT NULL,
    size varchar NOT NULL, expires timestamp NOT NULL, created_at timestamp, update_at timestamp);
INSERT INTO group_data_exports
SELECT mgen.u('gde', k), mgen.u('grp', x.g), 'Recipe Data Export', fn, '/app/data/groups/' || mgen.u('grp', x.g) || '/exports/' || fn,
       (1 + fixture_gen.n('gdes', k, 90))::text || '.' || fixture_gen.n('gdet', k, 10)::text || ' MB', t + interval '1 day', t, t
FROM generate_series(1, 18) k
JOIN mgen.p p ON p.i = (ARRAY[2, 3, 9, 10, 12, 14, 2, 8, 6])[1 + k % 9]
JOIN mgen.h h ON h.h = p.h
CROSS JOIN LATERAL (SELECT h.g AS g, mgen.at('gde', k, '2023-05-01', '2025-06-01') AS t) x
CROSS JOIN LATERAL (SELECT 'recipes_' || p.username || '_' || to_char(x.t, 'YYYY.MM.DD') || '.zip' AS fn) y;

CREATE TABLE webhook_urls (
    id uuid NOT NULL PRIMARY KEY, group_id uuid REFERENCES groups (id), household_id uuid REFERENCES households (id), enabled boolean,
    name varchar, url varchar, webhook_type varchar(8), scheduled_time time, created_at timestamp, update_at timestamp);
INSERT INTO webhook_urls
SELECT mgen.u('wh', k), mgen.u('grp', h.g), mgen.u('hh', h.h), k % 5 <> 4, w.name, w.url, 'mealplan', make_time(5 + k % 4, (k * 15) % 60, 0), t, t + interval '20 days'
FROM (VALUES
  (1, 2, 'Home Assistant: tonight''s dinner', 'http://homeassistant.local:8123/api/webhook/mealie-dinner-' || fixture_gen.chars('wh1', 1, 24)),
  (2, 2, 'Kitchen display', 'http://192.168.1.41:8080/mealplan'),
  (3, 3, 'Mormor tablet', 'https://ha.lindqvist-home.example/api/webhook/' || fixture_gen.chars('wh1', 3, 40)),
  (4, 4, 'n8n meal plan to Todoist', 'https://n8n.haddad.example/webhook/' || mgen.u('n8n', 4)),
  (5, 5, 'Discord #dinner', 'https://discord.com/api/webhooks/12' || fixture_gen.digits('dwi', 5, 17) || '/' || fixture_gen.chars('dwt', 5, 68, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
  (6, 6, 'Slack family', 'https://hooks.slack.com/services/T0' || fixture_gen.chars('swa', 6, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('swb', 6, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('swc', 6, 24)),
  (7, 7, 'Flat group chat bot', 'https://api.telegram.org/bot6' || fixture_gen.digits('tgb', 7, 9) || ':AA' || fixture_gen.chars('tgt', 7, 33) || '/sendMessage?chat_id=-100' || fixture_gen.digits('tgc', 7, 10)),
  (8, 2, 'Node-RED', 'http://nodered.local:1880/mealie'),
  (9, 4, 'Home Assistant', 'http://10.0.20.5:8123/api/webhook/' || fixture_gen.chars('wh1', 9, 32)),
  (10, 6, 'Zapier to Google Calendar', 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zap', 10, 7) || '/' || fixture_gen.chars('zap', 10, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/')
) w(k, hh, name, url)
JOIN mgen.h h ON h.h = w.hh CROSS JOIN LATERAL (SELECT mgen.at('wh', w.k, '2023-04-01', '2025-04-01') AS t) x;

CREATE TABLE group_events_notifiers (
    id uuid NOT NULL PRIMARY KEY, name varchar NOT NULL, enabled boolean NOT NULL, apprise_url varchar NOT NULL,
    group_id uuid REFERENCES groups (id), household_id uuid REFERENCES households (id), created_at timestamp, update_at timestamp);
INSERT INTO group_events_notifiers
SELECT mgen.u('gen', n.k), n.name, n.k % 6 <> 5, n.url, mgen.u('grp', h.g), mgen.u('hh', h.h), t, t + interval '3 days'
FROM (VALUES
  (1, 2, 'ntfy family topic', 'ntfys://chidi:' || fixture_gen.chars('ntp', 1, 16) || '@ntfy.okafor-lindqvist.example/mealie-family'),
  (2, 2, 'Sanna''s phone (Pushover)', 'pover://' || fixture_gen.chars('pou', 2, 30, 'abcdefghijklmnopqrstuvwxyz0123456789') || '@' || fixture_gen.chars('pot', 2, 30, 'abcdefghijklmnopqrstuvwxyz0123456789')),
  (3, 2, 'Gotify', 'gotifys://gotify.okafor-lindqvist.example/A' || fixture_gen.chars('got', 3, 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.')),
  (4, 3, 'Email to Mormor', 'mailtos://sanna.lindqvist:' || fixture_gen.chars('smp', 4, 16, 'abcdefghijklmnopqrstuvwxyz') || '@smtp.office365.com?from=sanna.lindqvist@outlook.com&to=ingrid.lindqvist44@telia.com'),
  (5, 4, 'Leila Haddad Telegram', 'tgram://7' || fixture_gen.digits('tgb', 5, 9) || ':AA' || fixture_gen.chars('tgt', 5, 33) || '/' || fixture_gen.digits('tgc', 5, 9)),
  (6, 5, 'Supper club Discord', 'discord://12' || fixture_gen.digits('dwi', 6, 17) || '/' || fixture_gen.chars('dwt', 6, 68, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
  (7, 6, 'Home Assistant', 'hassios://ha.kowalski.example:8123/' || mgen.b64j('{"alg":"HS256","typ":"JWT"}') || '.' || mgen.b64j('{"iss":"' || md5('haiss7') || '","iat":1701234567,"exp":2016594567}') || '.' || mgen.b64url('haj', 7, 32)),
  (8, 7, 'Flat Matrix room', 'matrixs://rahul.reddy:' || fixture_gen.chars('mxp', 8, 18) || '@matrix.org/#flat3b:matrix.org'),
  (9, 2, 'Apprise API', 'apprises://apprise.okafor-lindqvist.example/mealie'),
  (10, 5, 'Yuki email', 'mailtos://yuki.tanaka:' || fixture_gen.chars('gap', 10, 16, 'abcdefghijklmnopqrstuvwxyz') || '@gmail.com?to=linh.pham88@yahoo.com'),
  (11, 3, 'Bengt SMS via Twilio', 'twilio://AC' || fixture_gen.hexn('twa', 11, 32) || ':' || fixture_gen.hexn('twt', 11, 32) || '@+46701' || fixture_gen.digits('twf', 11, 6) || '/+46703' || fixture_gen.digits('twn', 11, 6)),
  (12, 6, 'ntfy public', 'ntfy://ntfy.sh/kowalski-dinner-' || fixture_gen.chars('nts', 12, 10, 'abcdefghijklmnopqrstuvwxyz0123456789'))
) n(k, hh, name, url)
JOIN mgen.h h ON h.h = n.hh CROSS JOIN LATERAL (SELECT mgen.at('gen', n.k, '2023-04-01', '2025-04-01') AS t) x;

CREATE TABLE group_events_notifier_options (
    id uuid NOT NULL PRIMARY KEY, event_notifier_id uuid REFERENCES group_events_notifiers (id),
    test_message boolean NOT NULL, webhook_task boolean NOT NULL, recipe_created boolean NOT NULL, recipe_updated boolean NOT NULL, recipe_deleted boolean NOT NULL,
    user_signup boolean NOT NULL, data_migrations boolean NOT NULL, data_export boolean NOT NULL, data_import boolean NOT NULL, mealplan_entry_created boolean NOT NULL,
    shopping_list_created boolean NOT NULL, shopping_list_updated boolean NOT NULL, shopping_list_deleted boolean NOT NULL, cookbook_created boolean NOT NULL,
    cookbook_updated boolean NOT NULL, cookbook_deleted boolean NOT NULL, tag_created boolean NOT NULL, tag_updated boolean NOT NULL, tag_deleted boolean NOT NULL,
    category_created boolean NOT NULL, category_updated boolean NOT NULL, category_deleted boolean NOT NULL, label_created boolean NOT NULL, label_updated boolean NOT NULL,
    label_deleted boolean NOT NULL, created_at timestamp, update_at timestamp);
INSERT INTO group_events_notifier_options
SELECT mgen.u('geo', k), mgen.u('gen', k), k % 4 = 0, k % 3 = 0, true, k % 2 = 0, k % 2 = 0, k IN (1, 3, 9), k % 5 = 1, k % 5 = 1, k % 5 = 1, k <> 4, k % 3 = 1, k % 3 = 1, false,
       k % 4 = 1, false, false, false, false, false, false, false, false, false, false, false, t, t + interval '3 days'
FROM generate_series(1, 12) k CROSS JOIN LATERAL (SELECT mgen.at('gen', k, '2023-04-01', '2025-04-01') AS t) x;

CREATE TABLE group_recipe_actions (
    id uuid NOT NULL PRIMARY KEY, group_id uuid NOT NULL REFERENCES groups (id), household_id uuid REFERENCES households (id), action_type varchar NOT NULL,
    title varchar NOT NULL, url varchar NOT NULL, created_at timestamp, update_at timestamp);
INSERT INTO group_recipe_actions
SELECT mgen.u('gra', a.k), mgen.u('grp', h.g), mgen.u('hh', h.h), a.at, a.title, a.url, t, t
FROM (VALUES
  (1, 2, 'link', 'Add to Todoist', 'https://todoist.com/add?content=Cook%20{{recipe.name}}&date=today'),
  (2, 2, 'post', 'Show on kitchen display', 'http://homeassistant.local:8123/api/webhook/mealie-display-' || fixture_gen.chars('gra', 2, 24)),
  (3, 4, 'link', 'Search on YouTube', 'https://www.youtube.com/results?search_query={{recipe.name}}'),
  (4, 4, 'post', 'Send to n8n', 'https://n8n.haddad.example/webhook/' || mgen.u('n8n', 44)),
  (5, 5, 'link', 'Open in Google Translate', 'https://translate.google.com/?sl=auto&tl=en&text={{recipe.description}}'),
  (6, 6, 'link', 'Bring! import', 'https://api.getbring.com/rest/bringrecipes/deeplink?url={{recipe.url}}&source=web'),
  (7, 7, 'post', 'Grocy: add missing to shopping list', 'https://grocy.flat3b.example/api/stock/shoppinglist/add-missing-products?GROCY-API-KEY=' || fixture_gen.chars('gry', 7, 50)),
  (8, 3, 'link', 'Print large', 'https://mealie.okafor-lindqvist.example/g/okafor-lindqvist-family/r/{{recipe.slug}}/print')
) a(k, hh, at, title, url)
JOIN mgen.h h ON h.h = a.hh CROSS JOIN LATERAL (SELECT mgen.at('gra', a.k, '2024-09-10', '2025-04-01') AS t) x;

-- ---------------------------------------------------------------------------
-- Organizers and the food database (lookup data).

CREATE TABLE multi_purpose_labels (
    id uuid NOT NULL PRIMARY KEY, name varchar(255) NOT NULL, color varchar(10) NOT NULL, group_id uuid REFERENCES groups (id),
    created_at timestamp, update_at timestamp);
INSERT INTO multi_purpose_labels
SELECT mgen.u('lbl', g * 100 + k), l, '#' || upper(fixture_gen.hexn('lblc', k, 6)), mgen.u('grp', g), timestamp '2023-02-20 10:00:00' + g * interval '3 days' + k * interval '1 minute', timestamp '2023-02-20 10:00:00' + g * interval '3 days' + k * interval '1 minute'
FROM unnest(ARRAY['Produce', 'Dairy', 'Bakery', 'Meat & Fish', 'Frozen', 'Pantry', 'Spices', 'Drinks', 'Household', 'Asian market', 'Baby', 'Pharmacy', 'Pet', 'Snacks']) WITH ORDINALITY AS u(l, k)
CROSS JOIN generate_series(1, 3) g WHERE g > 1 OR k <= 9;

CREATE TABLE ingredient_units (
    id uuid NOT NULL PRIMARY KEY, group_id uuid NOT NULL REFERENCES groups (id), name varchar, plural_name varchar, description varchar, abbreviation varchar,
    plural_abbreviation varchar, use_abbreviation boolean, fraction boolean, standard_quantity double precision, standard_unit varchar,
    name_normalized varchar, plural_name_normalized varchar, abbreviation_normalized varchar, plural_abbreviation_normalized varchar,
    created_at timestamp, update_at timestamp);
INSERT INTO ingredient_units
SELECT mgen.u('unit', g * 100 + k), mgen.u('grp', g), u.n, u.pl, u.d, u.ab, u.ab, u.ua, u.fr, u.sq, u.su, lower(u.n), lower(u.pl), lower(u.ab), lower(u.ab),
       timestamp '2023-02-20 10:05:00' + g * interval '3 days' + k * interval '1 second', timestamp '2024-09-02 10:00:00' + k * interval '1 second'
FROM (VALUES (1, 'teaspoon', 'teaspoons', '', 'tsp', true, true, 1, 'teaspoon'), (2, 'tablespoon', 'tablespoons', '', 'tbsp', true, true, 1, 'tablespoon'),
  (3, 'cup', 'cups', '', 'c', false, true, 1, 'cup'), (4, 'fluid ounce', 'fluid ounces', '', 'fl oz', true, true, 1, 'fluid_ounce'), (5, 'pint', 'pints', '', 'pt', false, true, 1, 'pint'),
  (6, 'quart', 'quarts', '', 'qt', false, true, 1, 'quart'), (7, 'gallon', 'gallons', '', 'gal', false, true, 1, 'gallon'), (8, 'milliliter', 'milliliters', '', 'ml', true, false, 1, 'milliliter'),
  (9, 'liter', 'liters', '', 'l', true, false, 1, 'liter'), (10, 'pound', 'pounds', '', 'lb', true, true, 1, 'pound'), (11, 'ounce', 'ounces', '', 'oz', true, true, 1, 'ounce'),
  (12, 'gram', 'grams', '', 'g', true, false, 1, 'gram'), (13, 'kilogram', 'kilograms', '', 'kg', true, false, 1, 'kilogram'), (14, 'milligram', 'milligrams', '', 'mg', true, false, 1, 'milligram'),
  (15, 'splash', 'splashes', '', '', false, true, NULL, NULL), (16, 'dash', 'dashes', '', '', false, true, NULL, NULL), (17, 'serving', 'servings', '', '', false, true, NULL, NULL),
  (18, 'head', 'heads', '', '', false, true, NULL, NULL), (19, 'clove', 'cloves', '', '', false, true, NULL, NULL), (20, 'can', 'cans', '', '', false, true, NULL, NULL),
  (21, 'bunch', 'bunches', '', '', false, true, NULL, NULL), (22, 'pinch', 'pinches', '', '', false, true, NULL, NULL), (23, 'deciliter', 'deciliters', 'Swedish recipes', 'dl', true, false, 1, 'deciliter'),
  (24, 'matsked', 'matskedar', 'Swedish tablespoon (15 ml)', 'msk', true, false, 15, 'milliliter'), (25, 'tesked', 'teskedar', 'Swedish teaspoon (5 ml)', 'tsk', true, false, 5, 'milliliter'),
  (26, 'kryddmått', 'kryddmått', '1 ml', 'krm', true, false, 1, 'milliliter'), (27, 'szklanka', 'szklanki', 'Polish glass, 250 ml', '', false, true, 250, 'milliliter'),
  (28, 'stick', 'sticks', 'of butter', '', false, true, 113, 'gram')) u(k, n, pl, d, ab, ua, fr, sq, su)
CROSS JOIN generate_series(1, 3) g WHERE g > 1 OR u.k <= 22;

CREATE TABLE ingredient_units_aliases (
    id uuid NOT NULL PRIMARY KEY, unit_id uuid NOT NULL REFERENCES ingredient_units (id), name varchar NOT NULL, name_normalized varchar,
    created_at timestamp, update_at timestamp);
INSERT INTO ingredient_units_aliases
SELECT mgen.u('ual', g * 100 + a.k), mgen.u('unit', g * 100 + a.unit), a.n, lower(a.n), timestamp '2024-09-02 10:00:00' + a.k * interval '1 minute', timestamp '2024-09-02 10:00:00' + a.k * interval '1 minute'
FROM (VALUES (1, 1, 't'), (2, 1, 'tsps'), (3, 2, 'T'), (4, 2, 'tbs'), (5, 2, 'Tbsp.'), (6, 12, 'gr'), (7, 12, 'grams'), (8, 13, 'kilo'), (9, 8, 'mL'), (10, 9, 'litre'), (11, 10, 'lbs'),
  (12, 19, 'cloves of'), (13, 20, 'tin'), (14, 3, 'C.'), (15, 8, 'millilitre')) a(k, unit, n) CROSS JOIN generate_series(2, 3) g;

CREATE TABLE ingredient_foods (
    id uuid NOT NULL PRIMARY KEY, group_id uuid NOT NULL REFERENCES groups (id), name varchar, plural_name varchar, description varchar,
    label_id uuid REFERENCES multi_purpose_labels (id), name_normalized varchar, plural_name_normalized varchar, created_at timestamp, update_at timestamp);
CREATE TABLE mgen.food (k int, name text, pl text, lbl int);
INSERT INTO mgen.food SELECT k, f, CASE WHEN f ~ '(s|sh|ch)$' THEN f || 'es' WHEN f ~ 'y$' THEN left(f, -1) || 'ies' ELSE f || 's' END, l
FROM unnest(ARRAY['all-purpose flour', 'bread flour', 'rye flour', 'sugar', 'brown sugar', 'butter', 'egg', 'milk', 'heavy cream', 'sour cream', 'yogurt', 'feta', 'parmesan', 'mozzarella',
  'cheddar', 'quark', 'onion', 'red onion', 'garlic', 'ginger', 'carrot', 'potato', 'sweet potato', 'tomato', 'cherry tomato', 'bell pepper', 'scotch bonnet pepper', 'chili', 'cucumber', 'zucchini',
  'eggplant', 'spinach', 'kale', 'cabbage', 'beetroot', 'leek', 'celery', 'mushroom', 'lemon', 'lime', 'orange', 'apple', 'banana', 'plantain', 'lingonberry', 'blueberry', 'strawberry',
  'dill', 'parsley', 'cilantro', 'mint', 'basil', 'thyme', 'rosemary', 'bay leaf', 'cumin', 'coriander seed', 'turmeric', 'paprika', 'cardamom', 'cinnamon', 'nutmeg', 'allspice',
  'black pepper', 'salt', 'olive oil', 'vegetable oil', 'sesame oil', 'palm oil', 'soy sauce', 'fish sauce', 'miso', 'mirin', 'rice vinegar', 'tahini', 'chickpea', 'lentil', 'black-eyed pea',
  'rice', 'jasmine rice', 'bulgur', 'couscous', 'pasta', 'egg noodle', 'rice noodle', 'oat', 'yeast', 'baking powder', 'baking soda', 'vanilla extract', 'cocoa powder', 'dark chocolate',
  'almond', 'walnut', 'peanut', 'pistachio', 'sesame seed', 'chicken thigh', 'chicken breast', 'ground beef', 'lamb shoulder', 'pork belly', 'salmon', 'cod', 'herring', 'shrimp', 'tofu',
  'coconut milk', 'chicken stock', 'vegetable stock', 'tomato paste', 'canned tomato', 'honey', 'maple syrup', 'pomegranate molasses', 'sumac', 'zaatar', 'harissa', 'gochujang', 'kimchi',
  'nori', 'dashi', 'pierogi dough', 'sauerkraut', 'kielbasa', 'crispbread', 'cardamom bun dough', 'semolina', 'fresh yeast', 'gluten-free flour', 'almond milk']) WITH ORDINALITY AS u(f, k)
CROSS JOIN LATERAL (SELECT CASE WHEN k <= 16 OR k BETWEEN 87 AND 90 THEN 6 WHEN k BETWEEN 6 AND 16 THEN 2 WHEN k BETWEEN 17 AND 55 THEN 1 WHEN k BETWEEN 56 AND 65 THEN 7
  WHEN k BETWEEN 97 AND 105 THEN 4 WHEN k BETWEEN 118 AND 124 THEN 10 ELSE 6 END AS l) x;
INSERT INTO ingredient_foods
SELECT mgen.u('food', g * 1000 + f.k), mgen.u('grp', g), f.name, f.pl, CASE WHEN f.k IN (45, 27, 116, 120, 122) THEN fixture_gen.pick(ARRAY['Asian market on Kings Road', 'ICA or Willys', 'substitute habanero', 'Polish deli'], 'fdd', f.k) ELSE '' END,
       mgen.u('lbl', g * 100 + f.lbl), lower(f.name), lower(f.pl), timestamp '2023-02-20 10:10:00' + g * interval '3 days' + f.k * interval '7 seconds', timestamp '2024-09-02 10:00:00' + f.k * interval '1 second'
FROM mgen.food f CROSS JOIN generate_series(2, 3) g;

CREATE TABLE ingredient_foods_aliases (
    id uuid NOT NULL PRIMARY KEY, food_id uuid NOT NULL REFERENCES ingredient_foods (id), name varchar NOT NULL, name_normalized varchar,
    created_at timestamp, update_at timestamp);
INSERT INTO ingredient_foods_aliases
SELECT mgen.u('fal', g * 100 + a.k), mgen.u('food', g * 1000 + a.food), a.n, lower(a.n), timestamp '2024-09-03 10:00:00' + a.k * interval '1 minute', timestamp '2024-09-03 10:00:00' + a.k * interval '1 minute'
FROM (VALUES (1, 1, 'plain flour'), (2, 1, 'vetemjöl'), (3, 50, 'coriander'), (4, 50, 'koriander'), (5, 6, 'smör'), (6, 7, 'ägg'), (7, 8, 'mjölk'), (8, 19, 'vitlök'), (9, 31, 'aubergine'),
  (10, 30, 'courgette'), (11, 9, 'double cream'), (12, 26, 'capsicum'), (13, 77, 'garbanzo'), (14, 122, 'kapusta kiszona'), (15, 48, 'dill weed'), (16, 113, 'tomato purée'),
  (17, 28, 'chilli'), (18, 18, 'spring onion'), (19, 44, 'matoke'), (20, 6, 'masło')) a(k, food, n) CROSS JOIN generate_series(2, 3) g;

CREATE TABLE households_to_ingredient_foods (household_id uuid REFERENCES households (id), food_id uuid REFERENCES ingredient_foods (id));
INSERT INTO households_to_ingredient_foods SELECT mgen.u('hh', h.h), mgen.u('food', h.g * 1000 + f.k) FROM mgen.h h JOIN mgen.food f ON fixture_gen.n('onh', h.h * 1000 + f.k, 4) = 0 WHERE h.g > 1;

CREATE TABLE categories (
    id uuid NOT NULL PRIMARY KEY, group_id uuid NOT NULL REFERENCES groups (id), name varchar NOT NULL, slug varchar NOT NULL, created_at timestamp, update_at timestamp);
INSERT INTO categories SELECT mgen.u('cat', g * 100 + k), mgen.u('grp', g), c, lower(replace(replace(c, ' & ', '-'), ' ', '-')), timestamp '2023-02-21 09:00:00' + g * interval '3 days' + k * interval '1 minute', timestamp '2023-02-21 09:00:00' + g * interval '3 days' + k * interval '1 minute'
FROM unnest(ARRAY['Breakfast', 'Lunch', 'Dinner', 'Dessert', 'Baking', 'Soups', 'Salads', 'Sides', 'Snacks', 'Drinks', 'Sauces & Dips', 'Bread', 'Preserves', 'Party food', 'Lunchbox']) WITH ORDINALITY AS u(c, k)
CROSS JOIN generate_series(1, 3) g WHERE g > 1 OR k <= 4;

CREATE TABLE tags (
    id uuid NOT NULL PRIMARY KEY, group_id uuid NOT NULL REFERENCES groups (id), name varchar NOT NULL, slug varchar NOT NULL, created_at timestamp, update_at timestamp);
INSERT INTO tags SELECT mgen.u('tag', g * 100 + k), mgen.u('grp', g), t, lower(regexp_replace(t, '[^A-Za-z0-9]+', '-', 'g')), timestamp '2023-02-21 09:30:00' + g * interval '3 days' + k * interval '1 minute', timestamp '2023-02-21 09:30:00' + g * interval '3 days' + k * interval '1 minute'
FROM unnest(ARRAY['Quick', 'Weeknight', 'Kid friendly', 'Vegetarian', 'Vegan', 'Gluten free', 'Nut free', 'Dairy free', 'Freezer friendly', 'Batch cooking', 'Instant Pot', 'Air fryer',
  'Nigerian', 'Swedish', 'Lebanese', 'Japanese', 'Vietnamese', 'Polish', 'Indian', 'Midsommar', 'Christmas', 'Eid', 'Lunar New Year', 'Wigilia', 'Birthday', 'Potluck', 'Grill', 'Comfort food',
  'Low FODMAP', 'High protein', 'To try', 'Family classic']) WITH ORDINALITY AS u(t, k)
CROSS JOIN generate_series(1, 3) g WHERE g > 1 OR k <= 5;

CREATE TABLE tools (
    id uuid NOT NULL PRIMARY KEY, group_id uuid NOT NULL REFERENCES groups (id), name varchar NOT NULL, slug varchar NOT NULL, created_at timestamp, update_at timestamp);
INSERT INTO tools SELECT mgen.u('tool', g * 100 + k), mgen.u('grp', g), t, lower(regexp_replace(t, '[^A-Za-z0-9]+', '-', 'g')), timestamp '2023-02-21 10:00:00' + g * interval '3 days' + k * interval '1 minute', timestamp '2023-02-21 10:00:00' + g * interval '3 days' + k * interval '1 minute'
FROM unnest(ARRAY['Instant Pot', 'Dutch oven', 'Stand mixer', 'Food processor', 'Blender', 'Cast iron skillet', 'Wok', 'Rice cooker', 'Air fryer', 'Sheet pan', 'Bundt pan', 'Pasta machine',
  'Mortar and pestle', 'Thermometer', 'Kitchen scale', 'Springform pan', 'Pierogi mould', 'Takoyaki pan']) WITH ORDINALITY AS u(t, k)
CROSS JOIN generate_series(2, 3) g;

CREATE TABLE households_to_tools (household_id uuid REFERENCES households (id), tool_id uuid REFERENCES tools (id));
INSERT INTO households_to_tools SELECT mgen.u('hh', h.h), mgen.u('tool', h.g * 100 + k) FROM mgen.h h CROSS JOIN generate_series(1, 18) k WHERE h.g > 1 AND fixture_gen.n('htt', h.h * 100 + k, 3) = 0;

-- ---------------------------------------------------------------------------
-- Recipes. 1-210 in the family group (2), 211-320 in the supper club (3).

CREATE TABLE mgen.dish (k int, name text, site text, cat int, tag int);
INSERT INTO mgen.dish SELECT k, d, s, c, t FROM (VALUES
  (1, 'Jollof Rice', 'allnigerianrecipes', 3, 13), (2, 'Egusi Soup', 'allnigerianrecipes', 6, 13), (3, 'Puff-Puff', 'allnigerianrecipes', 9, 13), (4, 'Suya Skewers', 'seriouseats', 3, 27),
  (5, 'Moi Moi', 'allnigerianrecipes', 8, 13), (6, 'Fried Plantain', 'allrecipes', 8, 1), (7, 'Pepper Soup', 'allnigerianrecipes', 6, 13), (8, 'Chin Chin', 'allnigerianrecipes', 9, 26),
  (9, 'Kardemummabullar', 'ica', 5, 14), (10, 'Köttbullar with Lingonberry', 'ica', 3, 14), (11, 'Janssons Frestelse', 'ica', 8, 21), (12, 'Kanelbullar', 'ica', 5, 14),
  (13, 'Gravlax', 'ica', 2, 20), (14, 'Kladdkaka', 'ica', 4, 14), (15, 'Ärtsoppa', 'ica', 6, 14), (16, 'Prinsesstårta', 'ica', 4, 25), (17, 'Raggmunk', 'ica', 3, 14),
  (18, 'Fattoush', 'maureenabood', 7, 15), (19, 'Mujaddara', 'maureenabood', 3, 4), (20, 'Hummus', 'seriouseats', 11, 15), (21, 'Kibbeh', 'maureenabood', 3, 15),
  (22, 'Tabbouleh', 'maureenabood', 7, 4), (23, 'Manakish Zaatar', 'maureenabood', 1, 15), (24, 'Maamoul', 'maureenabood', 4, 22), (25, 'Shish Tawook', 'allrecipes', 3, 27),
  (26, 'Miso Soup', 'justonecookbook', 6, 16), (27, 'Chicken Katsu Curry', 'justonecookbook', 3, 16), (28, 'Onigiri', 'justonecookbook', 15, 16), (29, 'Okonomiyaki', 'justonecookbook', 3, 16),
  (30, 'Takoyaki', 'justonecookbook', 9, 16), (31, 'Pho Bo', 'hungryhuy', 6, 17), (32, 'Banh Mi', 'hungryhuy', 2, 17), (33, 'Goi Cuon Summer Rolls', 'hungryhuy', 2, 17),
  (34, 'Bun Cha', 'hungryhuy', 3, 17), (35, 'Pierogi Ruskie', 'kwestiasmaku', 3, 18), (36, 'Zurek', 'kwestiasmaku', 6, 18), (37, 'Bigos', 'kwestiasmaku', 3, 24),
  (38, 'Sernik', 'kwestiasmaku', 4, 21), (39, 'Barszcz Czerwony', 'kwestiasmaku', 6, 24), (40, 'Placki Ziemniaczane', 'kwestiasmaku', 3, 18), (41, 'Chana Masala', 'indianhealthyrecipes', 3, 19),
  (42, 'Dal Tadka', 'indianhealthyrecipes', 3, 4), (43, 'Masala Dosa', 'indianhealthyrecipes', 1, 19), (44, 'Chicken Biryani', 'indianhealthyrecipes', 3, 19), (45, 'Gulab Jamun', 'indianhealthyrecipes', 4, 25),
  (46, 'Overnight Oats', 'bbcgoodfood', 1, 1), (47, 'Banana Bread', 'allrecipes', 5, 3), (48, 'Spaghetti Bolognese', 'bbcgoodfood', 3, 2), (49, 'Mac and Cheese', 'seriouseats', 3, 3),
  (50, 'Sheet Pan Fajitas', 'budgetbytes', 3, 2), (51, 'Chicken Noodle Soup', 'budgetbytes', 6, 28), (52, 'Chocolate Chip Cookies', 'nytimes', 4, 3), (53, 'Sourdough Loaf', 'theperfectloaf', 12, 31),
  (54, 'Pancakes', 'allrecipes', 1, 3), (55, 'Shakshuka', 'bbcgoodfood', 1, 4), (56, 'Caesar Salad', 'seriouseats', 7, 1), (57, 'Lasagne', 'bbcgoodfood', 3, 9),
  (58, 'Vegetable Curry', 'budgetbytes', 3, 5), (59, 'Granola', 'cookieandkate', 1, 10), (60, 'Pickled Red Onions', 'seriouseats', 13, 1), (61, 'Lemon Drizzle Cake', 'bbcgoodfood', 4, 25),
  (62, 'Roast Chicken', 'nytimes', 3, 28), (63, 'Kimchi Fried Rice', 'maangchi', 3, 1), (64, 'Bibimbap', 'maangchi', 3, 32), (65, 'Gluten-free Pizza Dough', 'kingarthurbaking', 12, 6),
  (66, 'Nut-free Energy Balls', 'cookieandkate', 15, 7), (67, 'Dairy-free Mac', 'minimalistbaker', 3, 8), (68, 'Low FODMAP Chicken Stir Fry', 'monashfodmap', 3, 29), (69, 'Protein Smoothie', 'bbcgoodfood', 10, 30),
  (70, 'Elderflower Cordial', 'bbcgoodfood', 10, 20)) v(k, d, s, c, t);

CREATE TABLE mgen.r (r int PRIMARY KEY, g int, dish int, name text, slug text, uid int, site text, url text, descr text, added timestamp);
INSERT INTO mgen.r (r, g, dish, name, uid, site, added)
SELECT r, CASE WHEN r <= 210 THEN 2 ELSE 3 END, d.k,
       CASE WHEN r > 70 AND r <= 210 THEN fixture_gen.pick(ARRAY['Easy ', 'Mormor''s ', 'Weeknight ', 'Best ', 'Vegan ', 'Auntie''s ', '', 'Slow Cooker ', 'Big Batch ', 'Mum''s '], 'rnm', r) || d.name
            WHEN r > 210 THEN fixture_gen.pick(ARRAY['', 'Supper Club ', 'Spicy ', 'Classic ', 'Party ', 'Quick '], 'rnm', r) || d.name ELSE d.name END,
       (SELECT p.i FROM mgen.p p JOIN mgen.h h ON h.h = p.h WHERE h.g = CASE WHEN r <= 210 THEN 2 ELSE 3 END ORDER BY md5('ru' || r || ':' || p.i) LIMIT 1),
       d.site, mgen.at('radd', r, '2023-02-25', '2025-06-15')
FROM generate_series(1, 320) r JOIN mgen.dish d ON d.k = 1 + (r - 1) % 70;
UPDATE mgen.r SET slug = lower(regexp_replace(translate(name, 'äöåÄÖÅ''', 'aoaAOA'), '[^A-Za-z0-9]+', '-', 'g'));
UPDATE mgen.r r SET slug = r.slug || '-' || d.rn FROM (SELECT r, row_number() OVER (PARTITION BY g, slug ORDER BY r) AS rn FROM mgen.r) d WHERE d.r = r.r AND d.rn > 1;
UPDATE mgen.r r SET url = CASE
    WHEN r.r % 13 = 0 THEN NULL
    WHEN r.r % 11 = 0 THEN 'https://www.instagram.com/p/' || fixture_gen.chars('rig', r.r, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '/'
    WHEN r.r % 17 = 0 THEN 'https://mormoringridsbakverk.blogspot.com/' || (2012 + r.r % 10) || '/' || lpad((1 + r.r % 12)::text, 2, '0') || '/' || r.slug || '.html'
    WHEN r.r % 19 = 0 THEN 'https://www.facebook.com/' || fixture_gen.pick(ARRAY['ngozi.adeyemi.73', 'rania.haddad.1958', 'halina.kowalska.5', 'thi.lan.pham.90'], 'rfb', r.r) || '/posts/pfbid0' || fixture_gen.chars('rfp', r.r, 40)
    WHEN r.r % 23 = 0 THEN 'https://www.tiktok.com/@' || fixture_gen.pick(ARRAY['zosia.gotuje', 'amara.bakes', 'yuki_kitchen_diary'], 'rtt', r.r) || '/video/7' || fixture_gen.digits('rtv', r.r, 18)
    WHEN r.r % 29 = 0 THEN 'https://docs.google.com/document/d/1' || fixture_gen.chars('rgd', r.r, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '/edit'
    ELSE CASE r.site
      WHEN 'allnigerianrecipes' THEN 'https://www.allnigerianrecipes.com/' || r.slug || '/'
      WHEN 'ica' THEN 'https://www.ica.se/recept/' || r.slug || '-' || (700000 + fixture_gen.n('rid', r.r, 99999)) || '/'
      WHEN 'maureenabood' THEN 'https://www.maureenabood.com/' || r.slug || '/'
      WHEN 'justonecookbook' THEN 'https://www.justonecookbook.com/' || r.slug || '/'
      WHEN 'hungryhuy' THEN 'https://www.hungryhuy.com/' || r.slug || '-recipe/'
      WHEN 'kwestiasmaku' THEN 'https://www.kwestiasmaku.com/przepis/' || r.slug
      WHEN 'indianhealthyrecipes' THEN 'https://www.indianhealthyrecipes.com/' || r.slug || '/'
      WHEN 'allrecipes' THEN 'https://www.allrecipes.com/recipe/' || (10000 + fixture_gen.n('rid', r.r, 280000)) || '/' || r.slug || '/'
      WHEN 'bbcgoodfood' THEN 'https://www.bbcgoodfood.com/recipes/' || r.slug
      WHEN 'nytimes' THEN 'https://cooking.nytimes.com/recipes/' || (1000000 + fixture_gen.n('rid', r.r, 30000)) || '-' || r.slug
      ELSE 'https://www.' || r.site || '.com/' || r.slug || '/' END END,
  descr = CASE
    WHEN r.r % 17 = 0 THEN 'Mormor Ingrid''s recipe from her blog, the way she made it in Sundsvall every Christmas. Call her on 070-' || fixture_gen.digits('rdp', r.r, 3) || ' ' || fixture_gen.digits('rdq', r.r, 2) || ' ' || fixture_gen.digits('rdr', r.r, 2) || ' before changing anything!'
    WHEN r.r % 19 = 0 THEN 'Copied from ' || fixture_gen.pick(ARRAY['Auntie Ngozi Adeyemi''s', 'Teta Rania Haddad''s', 'Babcia Halina Kowalska''s', 'Bà Phạm Thị Lan''s'], 'rfb', r.r) || ' Facebook post. She says use less salt than she writes.'
    WHEN r.r % 31 = 0 THEN 'Made for Amara''s ' || (8 + r.r % 8) || 'th birthday party. NO tree nuts: Elias carries an EpiPen (anaphylaxis, see notes).'
    WHEN r.r % 37 = 0 THEN 'Piotr''s mum Halina taught us this at Wigilia. Her number if it goes wrong: +48 6' || fixture_gen.digits('rdk', r.r, 2) || ' ' || fixture_gen.digits('rdl', r.r, 3) || ' ' || fixture_gen.digits('rdm', r.r, 3)
    WHEN r.r % 13 = 0 THEN 'Typed up from a handwritten card.'
    WHEN r.r % 5 = 0 THEN ''
    ELSE fixture_gen.pick(ARRAY['A simple, comforting dish that comes together in under an hour.', 'This recipe is a weeknight favourite: minimal prep and big flavour.',
      'Authentic and easy to follow, with step-by-step photos.', 'Perfect for meal prep; keeps in the fridge for up to four days.', 'Crispy on the outside, tender on the inside.',
      'A classic that everyone loves, with a few simple tweaks.', 'Naturally vegetarian and easily made vegan.', 'The best version we have tested, and it freezes well.'], 'rds', r.r) END;

CREATE TABLE recipes (
    id uuid NOT NULL PRIMARY KEY, slug varchar, group_id uuid NOT NULL REFERENCES groups (id), user_id uuid REFERENCES users (id),
    name varchar NOT NULL, image varchar, description varchar, total_time varchar, prep_time varchar, perform_time varchar, cook_time varchar,
    recipe_yield varchar, recipe_yield_quantity double precision NOT NULL, recipe_servings double precision NOT NULL, rating double precision,
    org_url varchar, date_added date, date_updated timestamp, is_ocr_recipe boolean, last_made timestamp, name_normalized varchar NOT NULL,
    description_normalized varchar, created_at timestamp, update_at timestamp);
CREATE UNIQUE INDEX recipes_slug_group_id_key ON recipes (slug, group_id);
INSERT INTO recipes
SELECT mgen.u('rcp', r.r), r.slug, mgen.u('grp', r.g), mgen.u('usr', r.uid), r.name, fixture_gen.chars('rimg', r.r, 4),
       r.descr, tt || ' minutes', (5 + fixture_gen.n('rpt', r.r, 40))::text || ' minutes', (tt - 5)::text || ' minutes', CASE WHEN r.r % 4 = 0 THEN (tt - 10)::text || ' minutes' END,
       CASE WHEN r.r % 6 = 0 THEN (2 + r.r % 10) || ' pieces' ELSE (2 + r.r % 6) || ' servings' END, CASE WHEN r.r % 6 = 0 THEN 2 + r.r % 10 ELSE 0 END, CASE WHEN r.r % 6 = 0 THEN 0 ELSE 2 + r.r % 6 END,
       CASE WHEN r.r % 4 = 0 THEN NULL ELSE (2 + fixture_gen.n('rrt', r.r, 4))::double precision END, r.url, r.added::date,
       r.added + make_interval(hours => fixture_gen.n('rup', r.r, 4000)), r.r % 13 = 0 AND r.r % 2 = 0,
       CASE WHEN r.r % 3 <> 0 THEN r.added + make_interval(hours => 24 + fixture_gen.n('rlm', r.r, 6000)) END,
       lower(r.name), lower(r.descr), r.added, r.added + make_interval(hours => fixture_gen.n('rup', r.r, 4000))
FROM mgen.r r CROSS JOIN LATERAL (SELECT 15 + 5 * fixture_gen.n('rtt', r.r, 24) AS tt) x;

CREATE TABLE recipe_nutrition (
    id serial PRIMARY KEY, recipe_id uuid REFERENCES recipes (id), calories varchar, carbohydrate_content varchar, cholesterol_content varchar, fat_content varchar,
    fiber_content varchar, protein_content varchar, saturated_fat_content varchar, sodium_content varchar, sugar_content varchar, trans_fat_content varchar,
    unsaturated_fat_content varchar, created_at timestamp, update_at timestamp);
INSERT INTO recipe_nutrition (recipe_id, calories, carbohydrate_content, cholesterol_content, fat_content, fiber_content, protein_content, saturated_fat_content, sodium_content, sugar_content, trans_fat_content, unsaturated_fat_content, created_at, update_at)
SELECT mgen.u('rcp', r.r), CASE WHEN r.r % 3 = 0 THEN (150 + fixture_gen.n('nc', r.r, 700))::text END, CASE WHEN r.r % 3 = 0 THEN (10 + fixture_gen.n('nca', r.r, 90))::text END,
       CASE WHEN r.r % 6 = 0 THEN (fixture_gen.n('nch', r.r, 120))::text END, CASE WHEN r.r % 3 = 0 THEN (2 + fixture_gen.n('nf', r.r, 40))::text END,
       CASE WHEN r.r % 6 = 0 THEN (fixture_gen.n('nfi', r.r, 15))::text END, CASE WHEN r.r % 3 = 0 THEN (3 + fixture_gen.n('np', r.r, 50))::text END,
       CASE WHEN r.r % 6 = 0 THEN (fixture_gen.n('nsf', r.r, 20))::text END, CASE WHEN r.r % 3 = 0 THEN (50 + fixture_gen.n('ns', r.r, 1500))::text END,
       CASE WHEN r.r % 3 = 0 THEN (fixture_gen.n('nsu', r.r, 45))::text END, CASE WHEN r.r % 12 = 0 THEN '0' END, CASE WHEN r.r % 12 = 0 THEN (fixture_gen.n('nuf', r.r, 20))::text END,
       r.added, r.added
FROM mgen.r r;

CREATE TABLE recipe_settings (
    id serial PRIMARY KEY, recipe_id uuid REFERENCES recipes (id), public boolean, show_nutrition boolean, show_assets boolean, landscape_view boolean,
    disable_amount boolean, disable_comments boolean, locked boolean, created_at timestamp, update_at timestamp);
INSERT INTO recipe_settings (recipe_id, public, show_nutrition, show_assets, landscape_view, disable_amount, disable_comments, locked, created_at, update_at)
SELECT mgen.u('rcp', r.r), r.g = 3 AND r.r % 4 = 0, r.r % 3 = 0, true, r.r % 9 = 0, r.r % 5 = 0, r.r % 11 = 0, r.r % 17 = 0, r.added, r.added FROM mgen.r r;

-- Ingredients (eight a recipe) and steps (five): recipe copy. A few
-- ingredient notes were typed by the family about who may not eat what.
CREATE TABLE recipes_ingredients (
    id serial PRIMARY KEY, position integer, recipe_id uuid REFERENCES recipes (id), title varchar, note varchar,
    unit_id uuid REFERENCES ingredient_units (id), food_id uuid REFERENCES ingredient_foods (id), quantity double precision, original_text varchar,
    reference_id uuid, note_normalized varchar, original_text_normalized varchar, created_at timestamp, update_at timestamp);
INSERT INTO recipes_ingredients (position, recipe_id, title, note, unit_id, food_id, quantity, original_text, reference_id, note_normalized, original_text_normalized, created_at, update_at)
SELECT ik - 1, mgen.u('rcp', r.r), CASE WHEN ik = 1 AND r.r % 4 = 0 THEN 'For the base' WHEN ik = 5 AND r.r % 4 = 0 THEN 'For the sauce' WHEN ik = 6 AND r.r % 9 = 0 THEN 'Topping' ELSE '' END,
       y.note, mgen.u('unit', r.g * 100 + x.unit), mgen.u('food', r.g * 1000 + f.k), x.q,
       trim(x.q::text || ' ' || u.ab || ' ' || f.name || CASE WHEN y.note <> '' AND y.note NOT LIKE '%allerg%' AND y.note NOT LIKE '%Elias%' AND y.note NOT LIKE '%Bengt%' THEN ', ' || y.note ELSE '' END),
       mgen.u('iref', r.r * 10 + ik), lower(y.note), lower(trim(x.q::text || ' ' || u.ab || ' ' || f.name)), r.added, r.added
FROM mgen.r r CROSS JOIN generate_series(1, 8) ik
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('ifd', r.r * 10 + ik, 131) AS food, (ARRAY[1, 2, 3, 12, 12, 13, 8, 9, 19, 20, 22, 11])[1 + fixture_gen.n('iun', r.r * 10 + ik, 12)] AS unit,
                           (ARRAY[0.5, 1, 1, 2, 2, 3, 4, 0.25, 1.5, 200, 400, 250])[1 + fixture_gen.n('iq', r.r * 10 + ik, 12)] AS q) x
JOIN mgen.food f ON f.k = x.food
JOIN (VALUES (1, 'tsp'), (2, 'tbsp'), (3, 'cup'), (12, 'g'), (13, 'kg'), (8, 'ml'), (9, 'l'), (19, 'clove'), (20, 'can'), (22, 'pinch'), (11, 'oz')) u(k, ab) ON u.k = x.unit
CROSS JOIN LATERAL (SELECT CASE WHEN (r.r * 10 + ik) % 97 = 0 THEN 'leave out for Elias (tree nut allergy), use sunflower seeds'
                                WHEN (r.r * 10 + ik) % 101 = 0 THEN 'Bengt: low salt, doctor''s orders after his stroke'
                                WHEN (r.r * 10 + ik) % 89 = 0 THEN 'Zofia is coeliac, use the GF one'
                                ELSE fixture_gen.pick(ARRAY['', '', '', '', 'finely chopped', 'diced', 'at room temperature', 'divided', 'to taste', 'minced', 'sifted', 'softened', 'rinsed and drained'], 'ino', r.r * 10 + ik) END AS note) y;

CREATE TABLE recipe_instructions (
    id uuid NOT NULL PRIMARY KEY, recipe_id uuid REFERENCES recipes (id), position integer, type varchar, title varchar, summary varchar, text varchar,
    created_at timestamp, update_at timestamp);
INSERT INTO recipe_instructions
SELECT mgen.u('ins', r.r * 10 + k), mgen.u('rcp', r.r), k - 1, 'instruction', CASE WHEN k = 1 AND r.r % 4 = 0 THEN 'Prep' WHEN k = 4 AND r.r % 4 = 0 THEN 'Finish' ELSE '' END, '',
       fixture_gen.pick(CASE k
         WHEN 1 THEN ARRAY['Preheat the oven to 200°C (180°C fan).', 'Rinse the rice until the water runs clear, then drain.', 'Finely chop the onion and garlic.', 'Whisk the dry ingredients together in a large bowl.', 'Soak the beans overnight in plenty of cold water.']
         WHEN 2 THEN ARRAY['Heat the oil in a large pan over medium heat and fry the onion for 8 minutes until soft.', 'Add the butter and milk and mix until a smooth dough forms.', 'Season the meat generously with salt and pepper.', 'Blend the peppers, tomatoes and onion until smooth.']
         WHEN 3 THEN ARRAY['Add the spices and cook for one minute until fragrant.', 'Knead for 10 minutes, cover and leave to rise for an hour.', 'Pour in the stock, bring to the boil, then simmer for 25 minutes.', 'Bake for 20 to 25 minutes until golden.']
         WHEN 4 THEN ARRAY['Stir in the remaining ingredients and check the seasoning.', 'Shape into buns and brush with beaten egg.', 'Leave to rest for 10 minutes before slicing.', 'Fold through the herbs just before serving.']
         ELSE ARRAY['Serve hot with rice or bread.', 'Keeps for three days in the fridge or three months frozen.', 'Dust with icing sugar and serve.', 'Garnish with herbs and a squeeze of lime.'] END, 'itx', r.r * 10 + k),
       r.added, r.added
FROM mgen.r r CROSS JOIN generate_series(1, 5) k;

CREATE TABLE recipe_ingredient_ref_link (
    id serial PRIMARY KEY, instruction_id uuid REFERENCES recipe_instructions (id), reference_id uuid, created_at timestamp, update_at timestamp);
INSERT INTO recipe_ingredient_ref_link (instruction_id, reference_id, created_at, update_at)
SELECT mgen.u('ins', r.r * 10 + 2 + k % 3), mgen.u('iref', r.r * 10 + k), r.added, r.added FROM mgen.r r CROSS JOIN generate_series(1, 4) k WHERE r.r % 3 = 0;

CREATE TABLE recipe_assets (
    id serial PRIMARY KEY, recipe_id uuid REFERENCES recipes (id), name varchar, icon varchar, file_name varchar, created_at timestamp, update_at timestamp);
INSERT INTO recipe_assets (recipe_id, name, icon, file_name, created_at, update_at)
SELECT mgen.u('rcp', r.r), a.name, a.icon, a.fn, r.added + interval '2 days', r.added + interval '2 days'
FROM mgen.r r CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Mormor''s handwritten card', 'mdi-file-image', 'mormor-ingrid-lindqvist-card.jpg'),
  (1, 'Original printout', 'mdi-file-pdf-box', r.slug || '.pdf'),
  (2, 'Card from ' || fixture_gen.pick(ARRAY['Ngozi Adeyemi', 'Rania Haddad', 'Halina Kowalska', 'Phạm Thị Lan'], 'ras', r.r), 'mdi-file-image', 'card_' || fixture_gen.pick(ARRAY['ngozi_adeyemi', 'rania_haddad', 'halina_kowalska', 'pham_thi_lan'], 'ras', r.r) || '.jpg'),
  (3, 'Nutrition label', 'mdi-file-image', 'IMG_' || (4000 + r.r * 7) || '.HEIC'),
  (4, 'Video', 'mdi-file-video', r.slug || '.mp4'),
  (5, 'Allergy letter for school', 'mdi-file-pdf-box', 'elias-okafor-lindqvist-allergy-action-plan.pdf')) v(k, name, icon, fn)
  WHERE v.k = r.r % 7) a
WHERE r.r % 3 = 0;

CREATE TABLE recipe_comments (
    id uuid NOT NULL PRIMARY KEY, recipe_id uuid NOT NULL REFERENCES recipes (id), user_id uuid NOT NULL REFERENCES users (id), text varchar,
    created_at timestamp, update_at timestamp);
INSERT INTO recipe_comments
SELECT mgen.u('cmt', k), mgen.u('rcp', r.r), mgen.u('usr', p.i),
       CASE k % 12
         WHEN 0 THEN 'Made this for ' || fixture_gen.full_name('cmg', k) || '''s leaving do, everyone asked for the recipe.'
         WHEN 1 THEN 'Too salty for Bengt, halve the stock cube.'
         WHEN 2 THEN 'Elias reacted to the almonds in this one (hives, gave him the cetirizine). NEVER again without checking the label.'
         WHEN 3 THEN 'Doubled it for the supper club at ' || fixture_gen.street('cms', k) || ', worked perfectly.'
         WHEN 4 THEN 'Linh says her mum adds fish sauce at the end, try it.'
         WHEN 5 THEN 'If anyone wants the leftovers text me on ' || fixture_gen.phone('cmp', k)
         ELSE fixture_gen.pick(ARRAY['Delicious, will make again!', 'A bit bland, added more chili.', 'Kids loved it.', 'Took longer than the recipe says.', 'Used chickpeas instead of chicken, great.',
           'Freezes really well.', 'Halved the sugar and it was still sweet enough.', 'The sauce split, lower heat next time.'], 'cmx', k) END,
       t, t
FROM generate_series(1, 260) k
JOIN mgen.r r ON r.r = 1 + fixture_gen.n('cmr', k, 320)
JOIN mgen.p p ON p.i = (SELECT p2.i FROM mgen.p p2 JOIN mgen.h h ON h.h = p2.h WHERE h.g = r.g ORDER BY md5('cmu' || k || ':' || p2.i) LIMIT 1)
CROSS JOIN LATERAL (SELECT r.added + make_interval(hours => 2 + fixture_gen.n('cmt', k, 8000)) AS t) x;

CREATE TABLE notes (
    id serial PRIMARY KEY, recipe_id uuid REFERENCES recipes (id), title varchar, text varchar, created_at timestamp, update_at timestamp);
INSERT INTO notes (recipe_id, title, text, created_at, update_at)
SELECT mgen.u('rcp', r.r), n.title, n.text, r.added, r.added + interval '3 days'
FROM mgen.r r CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'Allergy', 'Elias (born ' || to_char(date '2014-05-17', 'DD.MM.YYYY') || ') has a tree nut and sesame allergy: anaphylaxis. EpiPen in the blue bag. Dr. Marlene Åberg, Barnallergimottagningen: 08-' || fixture_gen.digits('nph', r.r, 3) || ' ' || fixture_gen.digits('npi', r.r, 2) || ' ' || fixture_gen.digits('npj', r.r, 2)),
  (1, 'Guest list', 'Saturday: ' || fixture_gen.full_name('ngl1', r.r) || ', ' || fixture_gen.full_name('ngl2', r.r) || ' (vegetarian), ' || fixture_gen.full_name('ngl3', r.r) || ' and kids, the Tanakas. ' || fixture_gen.first_name('ngl4', r.r) || ' is pregnant: no raw fish.'),
  (2, 'Tips', fixture_gen.pick(ARRAY['Use a heavy pan so the bottom does not burn.', 'Rest the dough in the fridge overnight for a better flavour.', 'Toast the spices first.', 'Double the sauce, it goes fast.'], 'ntp', r.r)),
  (3, 'Substitutions', fixture_gen.pick(ARRAY['Coconut yogurt works instead of cream.', 'Gluten-free flour 1:1 is fine here.', 'Swap lamb for chickpeas to make it vegetarian.'], 'nsb', r.r)),
  (4, 'From Ingrid', 'Mormor: ”Use real butter and don''t skimp on the cardamom”. She is at Solgården now, room 14, visiting hours 14-18.'),
  (5, 'Storage', 'Keeps 3 days in the fridge. Freeze in portions.'),
  (6, 'Supper club ' || to_char(r.added, 'Mon YYYY'), 'Hosted by ' || fixture_gen.full_name('nsh', r.r) || ' at ' || fixture_gen.street('nsa', r.r) || '. Bring your own wine; Piotr pays the butcher, Venmo @' || fixture_gen.ascii(fixture_gen.first_name('nsv', r.r)) || '-' || fixture_gen.ascii(fixture_gen.last_name('nsv', r.r)))) v(k, title, text)
  WHERE v.k = r.r % 7) n
WHERE r.r % 2 = 0;

-- api_extras: the key/value "extras" of a recipe.
CREATE TABLE api_extras (
    id serial PRIMARY KEY, recipee_id uuid REFERENCES recipes (id), key_name varchar, value varchar, created_at timestamp, update_at timestamp);
INSERT INTO api_extras (recipee_id, key_name, value, created_at, update_at)
SELECT mgen.u('rcp', r.r), e.kn, e.v, r.added, r.added
FROM mgen.r r CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'freezer_shelf', 'B' || (1 + r.r % 4)),
  (1, 'source_person', fixture_gen.pick(ARRAY['Ngozi Adeyemi', 'Rania Haddad', 'Halina Kowalska', 'Ingrid Lindqvist', 'Phạm Thị Lan'], 'xsp', r.r)),
  (2, 'ha_entity', 'input_text.dinner_tonight'),
  (3, 'contact', fixture_gen.phone('xct', r.r)),
  (4, 'tandoor_id', (1000 + r.r)::text),
  (5, 'paprika_uid', upper(md5('pap' || r.r))),
  (6, 'cost_per_portion', '€' || (1 + r.r % 6) || '.' || lpad((r.r * 7 % 100)::text, 2, '0'))) v(k, kn, v) WHERE v.k = r.r % 7 OR v.k = (r.r + 3) % 7) e
WHERE r.r % 2 = 1;

-- Share links: the id is the token in /g/<group>/shared/r/<id>.
CREATE TABLE recipe_share_tokens (
    id uuid NOT NULL PRIMARY KEY, group_id uuid NOT NULL REFERENCES groups (id), recipe_id uuid NOT NULL REFERENCES recipes (id), expires_at timestamp NOT NULL,
    created_at timestamp, update_at timestamp);
INSERT INTO recipe_share_tokens SELECT mgen.u('rst', k), mgen.u('grp', r.g), mgen.u('rcp', r.r), t + interval '30 days', t, t
FROM generate_series(1, 45) k JOIN mgen.r r ON r.r = 1 + fixture_gen.n('rst', k, 320) CROSS JOIN LATERAL (SELECT r.added + make_interval(hours => fixture_gen.n('rstt', k, 9000)) AS t) x;

CREATE TABLE recipe_timeline_events (
    id uuid NOT NULL PRIMARY KEY, recipe_id uuid NOT NULL REFERENCES recipes (id), user_id uuid NOT NULL REFERENCES users (id), subject varchar NOT NULL,
    message varchar, event_type varchar, image varchar, timestamp timestamp, created_at timestamp, update_at timestamp);
INSERT INTO recipe_timeline_events
SELECT mgen.u('rte', r.r * 10), mgen.u('rcp', r.r), mgen.u('usr', r.uid), 'Recipe Created', NULL, 'system', 'does not have image', r.added, r.added, r.added FROM mgen.r r;
INSERT INTO recipe_timeline_events
SELECT mgen.u('rte', r.r * 10 + j), mgen.u('rcp', r.r), mgen.u('usr', p.i), p.full_name || ' made this',
       CASE fixture_gen.n('rtm', r.r * 10 + j, 9)
         WHEN 0 THEN 'For ' || fixture_gen.full_name('rtg', r.r * 10 + j) || '''s farewell, ' || (6 + j) || ' people.'
         WHEN 1 THEN 'Took it to Mormor at Solgården, she ate two portions!'
         WHEN 2 THEN 'Amara''s class potluck. Teacher (Ms. ' || fixture_gen.last_name('rtt', r.r * 10 + j) || ') asked for the recipe: ' || fixture_gen.email('rtt', r.r * 10 + j)
         WHEN 3 THEN 'Elias had a reaction, check the stock cube for sesame.'
         WHEN 4 THEN 'Added extra chili.'
         WHEN 5 THEN 'Perfect.'
         WHEN 6 THEN 'Used the air fryer, 12 minutes at 200.'
         ELSE NULL END,
       'info', CASE WHEN j % 3 = 0 THEN 'has image' ELSE 'does not have image' END, t, t, t
FROM mgen.r r CROSS JOIN generate_series(1, 3) j
JOIN mgen.p p ON p.i = (SELECT p2.i FROM mgen.p p2 JOIN mgen.h h ON h.h = p2.h WHERE h.g = r.g ORDER BY md5('rtu' || r.r || ':' || j || ':' || p2.i) LIMIT 1)
CROSS JOIN LATERAL (SELECT r.added + make_interval(hours => 24 * j + fixture_gen.n('rtd', r.r * 10 + j, 6000)) AS t) x
WHERE r.r % 3 <> 0 AND j <= 1 + r.r % 3;

CREATE TABLE users_to_recipes (
    id uuid NOT NULL PRIMARY KEY, user_id uuid NOT NULL REFERENCES users (id), recipe_id uuid NOT NULL REFERENCES recipes (id), rating double precision, is_favorite boolean NOT NULL,
    created_at timestamp, update_at timestamp, UNIQUE (user_id, recipe_id));
INSERT INTO users_to_recipes
SELECT mgen.u('utr', p.i * 1000 + r.r), mgen.u('usr', p.i), mgen.u('rcp', r.r), CASE WHEN fixture_gen.n('utrr', p.i * 1000 + r.r, 3) > 0 THEN (1 + fixture_gen.n('utrv', p.i * 1000 + r.r, 5))::double precision END,
       fixture_gen.n('utrf', p.i * 1000 + r.r, 3) = 0, r.added + interval '5 days', r.added + interval '5 days'
FROM mgen.r r JOIN mgen.h h ON h.g = r.g JOIN mgen.p p ON p.h = h.h WHERE fixture_gen.n('utr', p.i * 1000 + r.r, 9) = 0;

CREATE TABLE households_to_recipes (
    id uuid NOT NULL PRIMARY KEY, household_id uuid NOT NULL REFERENCES households (id), recipe_id uuid NOT NULL REFERENCES recipes (id), last_made timestamp,
    created_at timestamp, update_at timestamp, UNIQUE (household_id, recipe_id));
INSERT INTO households_to_recipes
SELECT mgen.u('htr', h.h * 1000 + r.r), mgen.u('hh', h.h), mgen.u('rcp', r.r), r.added + make_interval(hours => 24 + fixture_gen.n('htrl', h.h * 1000 + r.r, 8000)), r.added, r.added
FROM mgen.r r JOIN mgen.h h ON h.g = r.g WHERE fixture_gen.n('htr', h.h * 1000 + r.r, 3) = 0;

CREATE TABLE recipes_to_categories (recipe_id uuid REFERENCES recipes (id), category_id uuid REFERENCES categories (id));
INSERT INTO recipes_to_categories SELECT mgen.u('rcp', r.r), mgen.u('cat', r.g * 100 + d.cat) FROM mgen.r r JOIN mgen.dish d ON d.k = r.dish;
CREATE TABLE recipes_to_tags (recipe_id uuid REFERENCES recipes (id), tag_id uuid REFERENCES tags (id));
INSERT INTO recipes_to_tags SELECT mgen.u('rcp', r.r), mgen.u('tag', r.g * 100 + d.tag) FROM mgen.r r JOIN mgen.dish d ON d.k = r.dish
UNION ALL SELECT mgen.u('rcp', r.r), mgen.u('tag', r.g * 100 + 1 + (r.r * 7) % 12) FROM mgen.r r JOIN mgen.dish d ON d.k = r.dish WHERE 1 + (r.r * 7) % 12 <> d.tag AND r.r % 2 = 0;
CREATE TABLE recipes_to_tools (recipe_id uuid REFERENCES recipes (id), tool_id uuid REFERENCES tools (id));
INSERT INTO recipes_to_tools SELECT mgen.u('rcp', r.r), mgen.u('tool', r.g * 100 + 1 + r.r % 18) FROM mgen.r r WHERE r.r % 3 = 1;

CREATE TABLE cookbooks (
    id uuid NOT NULL PRIMARY KEY, position integer NOT NULL, group_id uuid REFERENCES groups (id), household_id uuid REFERENCES households (id),
    name varchar NOT NULL, slug varchar NOT NULL, description varchar, public boolean, query_filter_string varchar NOT NULL,
    created_at timestamp, update_at timestamp);
INSERT INTO cookbooks
SELECT mgen.u('cb', c.k), c.pos, mgen.u('grp', h.g), mgen.u('hh', h.h), c.name, lower(regexp_replace(c.name, '[^A-Za-z0-9]+', '-', 'g')), c.d, c.pub, c.q, t, t + interval '12 days'
FROM (VALUES (1, 2, 1, 'Weeknight dinners', 'Under 40 minutes, tested on the kids.', false, 'tags.name IN ["Weeknight", "Quick"] AND totalTime < 40'),
  (2, 2, 2, 'Family classics', '', false, 'tags.name IN ["Family classic"]'),
  (3, 2, 3, 'Nut-free', 'Safe for school and parties.', false, 'tags.name IN ["Nut free"]'),
  (4, 3, 1, 'Mormor''s baking', 'Buns, cakes and Christmas.', true, 'categories.name IN ["Baking", "Dessert"] AND tags.name IN ["Swedish"]'),
  (5, 4, 1, 'Eid table', '', false, 'tags.name IN ["Eid", "Lebanese"]'),
  (6, 5, 1, 'Supper club hits', 'Dishes that went down well on Thursdays.', true, 'rating >= 4'),
  (7, 6, 1, 'Wigilia', 'Twelve dishes for Christmas Eve.', false, 'tags.name IN ["Wigilia", "Polish"]'),
  (8, 7, 1, 'Cheap eats', 'Student budget.', false, 'tags.name IN ["Batch cooking"] OR tags.name IN ["Vegetarian"]'),
  (9, 2, 4, 'To try', '', false, 'tags.name IN ["To try"]'),
  (10, 5, 2, 'Gluten free', 'For our coeliac guests.', false, 'tags.name IN ["Gluten free"]')) c(k, hh, pos, name, d, pub, q)
JOIN mgen.h h ON h.h = c.hh CROSS JOIN LATERAL (SELECT mgen.at('cb', c.k, '2023-03-10', '2025-03-01') AS t) x;

-- Meal plans: an entry per day and household, most with a recipe, some
-- typed.
CREATE TABLE group_meal_plans (
    id serial PRIMARY KEY, date date NOT NULL, entry_type varchar NOT NULL, title varchar NOT NULL, text varchar NOT NULL, recipe_id uuid REFERENCES recipes (id),
    group_id uuid REFERENCES groups (id), household_id uuid REFERENCES households (id), user_id uuid REFERENCES users (id), created_at timestamp, update_at timestamp);
INSERT INTO group_meal_plans (date, entry_type, title, text, recipe_id, group_id, household_id, user_id, created_at, update_at)
SELECT d, et, CASE WHEN typed THEN tt ELSE '' END, CASE WHEN typed THEN tx ELSE '' END,
       CASE WHEN NOT typed THEN mgen.u('rcp', (CASE WHEN h.g = 2 THEN 1 + fixture_gen.n('mpr', m, 210) ELSE 211 + fixture_gen.n('mpr', m, 110) END)) END,
       mgen.u('grp', h.g), mgen.u('hh', h.h), mgen.u('usr', (SELECT p.i FROM mgen.p p WHERE p.h = h.h ORDER BY md5('mpu' || m || ':' || p.i) LIMIT 1)),
       d - 3 + time '19:00', d - 3 + time '19:00'
FROM generate_series(1, 640) m
CROSS JOIN LATERAL (SELECT date '2024-01-01' + (m * 13) % 540 AS d, (ARRAY[2, 2, 2, 2, 3, 4, 4, 5, 6, 7])[1 + m % 10] AS hh,
  (ARRAY['dinner', 'dinner', 'dinner', 'lunch', 'breakfast', 'side', 'dessert'])[1 + fixture_gen.n('mpe', m, 7)] AS et, fixture_gen.n('mpt', m, 5) = 0 AS typed,
  fixture_gen.n('mpx', m, 10) AS v) a
JOIN mgen.h h ON h.h = a.hh
CROSS JOIN LATERAL (SELECT (ARRAY['Leftovers', 'Takeaway', 'Dinner at Mormor''s', 'Football night', 'BBQ at the Kowalskis''', 'Iftar with the Haddads', 'Birthday dinner', 'Hospital day', 'Pizza Friday', 'Eat out'])[1 + a.v] AS tt,
  (ARRAY['', '', 'Solgården, room 14: bring soup and kardemummabullar for Ingrid.', 'Pick Amara up from practice 17:30 (coach ' || fixture_gen.full_name('mpc', m) || ', ' || fixture_gen.phone('mpc', m) || '), quick pasta.',
         'Bring salad and the cool box. ' || fixture_gen.street('mps', m) || ', gate code ' || fixture_gen.digits('mpg', m, 4) || '.', 'Leila and Youssef host, 8 people, no alcohol.',
         'For ' || fixture_gen.full_name('mpb', m) || ' (turns ' || (30 + m % 40) || '), 10 guests, one vegan.', 'Bengt''s cardiology check-up at 10:00, soup in the thermos.', '', 'Table booked under ' || fixture_gen.last_name('mpo', m) || ' at 19:30.'])[1 + a.v] AS tx) b;

CREATE TABLE group_meal_plan_rules (
    id uuid NOT NULL PRIMARY KEY, group_id uuid NOT NULL REFERENCES groups (id), household_id uuid NOT NULL REFERENCES households (id), day varchar NOT NULL,
    entry_type varchar NOT NULL, query_filter_string varchar NOT NULL, created_at timestamp, update_at timestamp);
INSERT INTO group_meal_plan_rules
SELECT mgen.u('mpr', k), mgen.u('grp', h.g), mgen.u('hh', h.h), (ARRAY['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'unset'])[1 + k % 8],
       (ARRAY['dinner', 'lunch', 'breakfast', 'unset'])[1 + k % 4], (ARRAY['tags.name IN ["Quick"]', 'categories.name IN ["Dinner"] AND rating >= 3', 'tags.name IN ["Vegetarian"]', '', 'tags.name IN ["Kid friendly"] AND totalTime < 45'])[1 + k % 5],
       mgen.at('mprt', k, '2024-09-05', '2025-05-01'), mgen.at('mprt', k, '2024-09-05', '2025-05-01')
FROM generate_series(1, 16) k JOIN mgen.h h ON h.h = 2 + k % 6;

CREATE TABLE plan_rules_to_categories (group_plan_rule_id uuid REFERENCES group_meal_plan_rules (id), category_id uuid REFERENCES categories (id));
INSERT INTO plan_rules_to_categories SELECT mgen.u('mpr', k), mgen.u('cat', h.g * 100 + 3) FROM generate_series(1, 16) k JOIN mgen.h h ON h.h = 2 + k % 6 WHERE k % 5 = 1;
CREATE TABLE plan_rules_to_tags (plan_rule_id uuid REFERENCES group_meal_plan_rules (id), tag_id uuid REFERENCES tags (id));
INSERT INTO plan_rules_to_tags SELECT mgen.u('mpr', k), mgen.u('tag', h.g * 100 + (ARRAY[1, 1, 4, 1, 3])[1 + k % 5]) FROM generate_series(1, 16) k JOIN mgen.h h ON h.h = 2 + k % 6 WHERE k % 5 IN (0, 2, 4);
CREATE TABLE plan_rules_to_households (group_plan_rule_id uuid REFERENCES group_meal_plan_rules (id), household_id uuid REFERENCES households (id));
INSERT INTO plan_rules_to_households SELECT mgen.u('mpr', k), mgen.u('hh', h.h) FROM generate_series(1, 16) k JOIN mgen.h h ON h.h = 2 + k % 6 WHERE k % 3 = 0;

-- ---------------------------------------------------------------------------
-- Shopping lists.

CREATE TABLE mgen.sl (s int PRIMARY KEY, hh int, name text, uid int, t timestamp);
INSERT INTO mgen.sl SELECT s, h.h, l.name, (SELECT p.i FROM mgen.p p WHERE p.h = h.h ORDER BY md5('slu' || s || ':' || p.i) LIMIT 1), mgen.at('sl', s, '2023-03-01', '2025-05-01')
FROM (VALUES (1, 2, 'Weekly shop'), (2, 2, 'Costco'), (3, 2, 'Apotek & drugstore'), (4, 2, 'Asian market'), (5, 3, 'ICA'), (6, 3, 'Systembolaget'), (7, 4, 'Groceries'),
  (8, 4, 'Eid shopping'), (9, 5, 'Supper club Thursday'), (10, 5, 'H Mart'), (11, 6, 'Lidl'), (12, 6, 'Polish deli'), (13, 7, 'Flat shop'), (14, 7, 'Cleaning stuff'),
  (15, 2, 'Birthday party'), (16, 5, 'Potluck')) l(s, hh, name) JOIN mgen.h h ON h.h = l.hh;

CREATE TABLE shopping_lists (
    id uuid NOT NULL PRIMARY KEY, group_id uuid NOT NULL REFERENCES groups (id), household_id uuid NOT NULL REFERENCES households (id), user_id uuid NOT NULL REFERENCES users (id),
    name varchar, created_at timestamp, update_at timestamp);
INSERT INTO shopping_lists SELECT mgen.u('sl', s.s), mgen.u('grp', h.g), mgen.u('hh', h.h), mgen.u('usr', s.uid), s.name, s.t, s.t + interval '40 days' FROM mgen.sl s JOIN mgen.h h ON h.h = s.hh;

CREATE TABLE shopping_list_extras (
    id serial PRIMARY KEY, shopping_list_id uuid REFERENCES shopping_lists (id), key_name varchar, value varchar, created_at timestamp, update_at timestamp);
INSERT INTO shopping_list_extras (shopping_list_id, key_name, value, created_at, update_at)
SELECT mgen.u('sl', s.s), e.kn, e.v, s.t, s.t FROM mgen.sl s CROSS JOIN LATERAL (VALUES
  ('store', fixture_gen.pick(ARRAY['ICA Maxi Birsta', 'Lidl Hollins Road', 'Costco Kungens Kurva', 'Apotek Hjärtat Sundsvall'], 'sls', s.s)),
  ('bring_list_uuid', mgen.u('bring', s.s)::text),
  ('delivery_contact', CASE WHEN s.s % 3 = 0 THEN fixture_gen.full_name('sld', s.s) || ' ' || fixture_gen.phone('sld', s.s) ELSE '' END),
  ('shared_with', CASE WHEN s.s % 2 = 0 THEN fixture_gen.email('slw', s.s) ELSE '' END)) e(kn, v);

CREATE TABLE shopping_list_multi_purpose_labels (
    id uuid NOT NULL PRIMARY KEY, shopping_list_id uuid NOT NULL REFERENCES shopping_lists (id), label_id uuid NOT NULL REFERENCES multi_purpose_labels (id), position integer NOT NULL,
    created_at timestamp, update_at timestamp);
INSERT INTO shopping_list_multi_purpose_labels SELECT mgen.u('slm', s.s * 100 + k), mgen.u('sl', s.s), mgen.u('lbl', h.g * 100 + k), k - 1, s.t, s.t
FROM mgen.sl s JOIN mgen.h h ON h.h = s.hh CROSS JOIN generate_series(1, 14) k;

CREATE TABLE shopping_list_items (
    id uuid NOT NULL PRIMARY KEY, shopping_list_id uuid REFERENCES shopping_lists (id), position integer NOT NULL, checked boolean, quantity double precision,
    note varchar, is_food boolean, food_id uuid REFERENCES ingredient_foods (id), unit_id uuid REFERENCES ingredient_units (id), label_id uuid REFERENCES multi_purpose_labels (id),
    created_at timestamp, update_at timestamp);
INSERT INTO shopping_list_items
SELECT mgen.u('sli', k), mgen.u('sl', s.s), k % 40, fixture_gen.n('slic', k, 3) > 0, (ARRAY[1, 1, 2, 3, 0.5, 500, 1, 6])[1 + k % 8],
       CASE WHEN x.food THEN fixture_gen.pick(ARRAY['', '', 'organic', 'the big pack', 'on offer', 'ripe ones'], 'slin', k)
         ELSE CASE fixture_gen.n('slit', k, 14)
           WHEN 0 THEN 'Pick up Bengt''s Waran prescription at Apotek Hjärtat (pers.nr 19440712-' || fixture_gen.digits('slip', k, 4) || ', order ' || fixture_gen.digits('slio', k, 6) || ')'
           WHEN 1 THEN 'Ask ' || fixture_gen.pick(ARRAY['Mrs Nowak', 'Mr Benali', 'Annelie', 'Kwame'], 'slin', k) || ' next door (' || fixture_gen.phone('slin', k) || ') to take in the delivery'
           WHEN 2 THEN 'Birthday card for ' || fixture_gen.full_name('slib', k)
           WHEN 3 THEN 'EpiPen Jr x2 for Elias (repeat prescription, Dr Åberg)'
           WHEN 4 THEN 'Formula for baby Kaito (Aptamil Pepti, lactose intolerant)'
           ELSE fixture_gen.pick(ARRAY['Paper towels', 'Dish soap', 'Bin bags', 'Batteries AA', 'Toothpaste', 'Kitchen roll', 'Dog food', 'Sponges', 'Ibuprofen', 'Nappies size 4', 'Light bulbs'], 'slix', k) END END,
       x.food, CASE WHEN x.food THEN mgen.u('food', h.g * 1000 + 1 + fixture_gen.n('slif', k, 131)) END, CASE WHEN x.food AND k % 3 = 0 THEN mgen.u('unit', h.g * 100 + 12) END,
       mgen.u('lbl', h.g * 100 + 1 + fixture_gen.n('slil', k, 12)), x.t, x.t + make_interval(hours => fixture_gen.n('sliu', k, 200))
FROM generate_series(1, 720) k
JOIN mgen.sl s ON s.s = 1 + fixture_gen.n('sli', k, 16) JOIN mgen.h h ON h.h = s.hh
CROSS JOIN LATERAL (SELECT fixture_gen.n('slif0', k, 4) > 0 AS food, s.t + make_interval(hours => fixture_gen.n('slit', k, 10000)) AS t) x;

CREATE TABLE shopping_list_item_extras (
    id serial PRIMARY KEY, shopping_list_item_id uuid REFERENCES shopping_list_items (id), key_name varchar, value varchar, created_at timestamp, update_at timestamp);
INSERT INTO shopping_list_item_extras (shopping_list_item_id, key_name, value, created_at, update_at)
SELECT mgen.u('sli', k), e.kn, e.v, timestamp '2024-01-01' + k * interval '17 hours', timestamp '2024-01-01' + k * interval '17 hours'
FROM generate_series(1, 720) k CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (0, 'grocy_product_id', (10 + k % 300)::text), (1, 'barcode', '73' || fixture_gen.digits('ean', k, 11)), (2, 'for', fixture_gen.pick(ARRAY['Bengt Johansson', 'Ingrid Lindqvist', 'Elias Okafor-Lindqvist', 'Kaito Tanaka-Pham'], 'slef', k)),
  (3, 'price_sek', (5 + k % 90)::text || '.90')) v(j, kn, v) WHERE v.j = k % 4) e
WHERE k % 3 = 0;

CREATE TABLE shopping_list_item_recipe_reference (
    id uuid NOT NULL PRIMARY KEY, shopping_list_item_id uuid NOT NULL REFERENCES shopping_list_items (id), recipe_id uuid REFERENCES recipes (id),
    recipe_quantity double precision NOT NULL, recipe_scale double precision, recipe_note varchar, created_at timestamp, update_at timestamp);
INSERT INTO shopping_list_item_recipe_reference
SELECT mgen.u('slir', k), mgen.u('sli', k), mgen.u('rcp', CASE WHEN h.g = 2 THEN 1 + k % 210 ELSE 211 + k % 110 END), (ARRAY[1, 2, 0.5, 250])[1 + k % 4], (ARRAY[1, 1, 2, 1.5])[1 + k % 4],
       CASE WHEN k % 14 = 0 THEN 'for Saturday with the ' || fixture_gen.last_name('slrn', k) || 's' WHEN k % 14 = 7 THEN 'Elias: nut-free version' ELSE NULL END,
       timestamp '2024-01-01' + k * interval '17 hours', timestamp '2024-01-01' + k * interval '17 hours'
FROM generate_series(1, 720) k JOIN mgen.sl s ON s.s = 1 + fixture_gen.n('sli', k, 16) JOIN mgen.h h ON h.h = s.hh WHERE fixture_gen.n('slif0', k, 4) > 0 AND k % 2 = 0;

CREATE TABLE shopping_list_recipe_reference (
    id uuid NOT NULL PRIMARY KEY, shopping_list_id uuid NOT NULL REFERENCES shopping_lists (id), recipe_id uuid NOT NULL REFERENCES recipes (id),
    recipe_quantity double precision NOT NULL, created_at timestamp, update_at timestamp);
INSERT INTO shopping_list_recipe_reference
SELECT mgen.u('slrr', s.s * 100 + k), mgen.u('sl', s.s), mgen.u('rcp', CASE WHEN h.g = 2 THEN 1 + (s.s * 31 + k * 7) % 210 ELSE 211 + (s.s * 31 + k * 7) % 110 END), 1 + k % 2, s.t, s.t
FROM mgen.sl s JOIN mgen.h h ON h.h = s.hh CROSS JOIN generate_series(1, 6) k;

-- ---------------------------------------------------------------------------
-- Reports of migrations, backups and bulk imports; background tasks.

CREATE TABLE group_reports (
    id uuid NOT NULL PRIMARY KEY, name varchar NOT NULL, status varchar NOT NULL, category varchar NOT NULL, timestamp timestamp NOT NULL,
    group_id uuid NOT NULL REFERENCES groups (id), created_at timestamp, update_at timestamp);
INSERT INTO group_reports
SELECT mgen.u('rep', k), c.name || ' ' || to_char(t, 'YYYY-MM-DD HH24:MI'), (ARRAY['success', 'success', 'partial', 'failure'])[1 + k % 4], c.cat, t, mgen.u('grp', 2 + k % 2), t, t
FROM generate_series(1, 36) k CROSS JOIN LATERAL (SELECT mgen.at('rep', k, '2023-02-15', '2025-06-01') AS t) x
CROSS JOIN LATERAL (SELECT (ARRAY['Nextcloud Cookbook Migration', 'Paprika Migration', 'Tandoor Migration', 'Bulk Import', 'Backup Restore', 'Copy Me That Migration'])[1 + k % 6] AS name,
                           (ARRAY['migration', 'migration', 'migration', 'bulk_import', 'restore', 'migration'])[1 + k % 6] AS cat) c;

CREATE TABLE report_entries (
    id uuid NOT NULL PRIMARY KEY, success boolean, message varchar NOT NULL, exception varchar, timestamp timestamp NOT NULL,
    report_id uuid NOT NULL REFERENCES group_reports (id), created_at timestamp, update_at timestamp);
INSERT INTO report_entries
SELECT mgen.u('rpe', k), ok, msg, exc, t, mgen.u('rep', 1 + k % 36), t, t
FROM generate_series(1, 420) k
JOIN mgen.r r ON r.r = 1 + fixture_gen.n('rper', k, 320)
JOIN mgen.p p ON p.i = 2 + fixture_gen.n('rpep', k, 45)
CROSS JOIN LATERAL (SELECT fixture_gen.n('rpeo', k, 5) > 0 AS ok, mgen.at('rpe', k, '2023-02-15', '2025-06-01') AS t, k % 6 AS kind) a
CROSS JOIN LATERAL (SELECT
  CASE WHEN a.ok THEN CASE a.kind WHEN 3 THEN 'Imported recipe ' || r.name || ' from ' || coalesce(r.url, 'file') WHEN 4 THEN 'Restored user ' || p.email ELSE 'Imported recipe ' || r.name END
       ELSE CASE a.kind WHEN 3 THEN 'Failed to import recipe from ' || coalesce(r.url, 'https://www.instagram.com/p/' || fixture_gen.chars('rpi', k, 11) || '/')
                        WHEN 4 THEN 'Failed to restore user ' || p.username || ' (' || p.email || ')'
                        ELSE 'Failed to import /app/data/temp/migration/' || mgen.u('mig', k) || '/' || p.username || '/Recipes/' || r.name || '/recipe.json' END END AS msg,
  CASE WHEN a.ok THEN '' ELSE CASE a.kind
    WHEN 4 THEN E'Traceback (most recent call last):\n  File "/app/mealie/services/backups_v2/alchemy_exporter.py", line 131, in restore\n    connection.execute(table.insert(), rows)\nsqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "ix_users_email"\nDETAIL:  Key (email)=(' || p.email || ') already exists.'
    WHEN 3 THEN E'Traceback (most recent call last):\n  File "/app/mealie/services/scraper/scraper_strategies.py", line 97, in get_html\n    resp.raise_for_status()\nhttpx.HTTPStatusError: Client error ''403 Forbidden'' for url ''' || coalesce(r.url, '') || ''''
    ELSE E'Traceback (most recent call last):\n  File "/app/mealie/services/migrations/nextcloud.py", line 74, in _migrate\n    recipe = self.clean_recipe_dictionary(recipe)\nKeyError: ''recipeIngredient''' END END AS exc) b;

CREATE TABLE server_tasks (
    id uuid NOT NULL PRIMARY KEY, name varchar NOT NULL, completed_date timestamp, status varchar NOT NULL, log varchar,
    group_id uuid NOT NULL REFERENCES groups (id), created_at timestamp, update_at timestamp);
INSERT INTO server_tasks
SELECT mgen.u('st', k), (ARRAY['Bulk Recipe Import', 'Backup', 'Data Migration', 'Recipe Scrape', 'Purge Old Exports'])[1 + k % 5], CASE WHEN k % 17 <> 5 THEN t + make_interval(secs => 5 + fixture_gen.n('std', k, 900)) END,
       CASE WHEN k % 17 = 5 THEN 'running' WHEN k % 7 = 3 THEN 'failed' ELSE 'finished' END,
       to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') || ' INFO: task started by ' || p.email || E'\n'
         || CASE k % 5
              WHEN 0 THEN to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') || ' INFO: scraping ' || (3 + k % 20) || E' urls\n' || to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') || ' INFO: created recipe ' || r.slug
              WHEN 1 THEN to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') || ' INFO: writing /app/data/backups/mealie_' || to_char(t, 'YYYY.MM.DD.HH24.MI.SS') || '.zip'
              WHEN 2 THEN to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') || ' INFO: reading /app/data/temp/migration/' || p.username || '_nextcloud_cookbook.zip'
              WHEN 3 THEN to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') || ' INFO: fetching ' || coalesce(r.url, 'https://www.bbcgoodfood.com/recipes/shakshuka')
              ELSE to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') || ' INFO: removed ' || (k % 4) || ' expired export files' END
         || CASE WHEN k % 7 = 3 THEN E'\n' || to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') || ' ERROR: ' || fixture_gen.pick(ARRAY['connection reset by peer', 'disk full', 'SMTP 535 authentication failed for ' || p.email], 'ste', k) ELSE '' END,
       mgen.u('grp', 2 + k % 2), t, t
FROM generate_series(1, 80) k
JOIN mgen.p p ON p.i = (ARRAY[2, 2, 3, 9, 14, 10, 2, 12])[1 + k % 8]
JOIN mgen.r r ON r.r = 1 + fixture_gen.n('str', k, 320)
CROSS JOIN LATERAL (SELECT mgen.at('st', k, '2023-02-15', '2025-06-01') AS t) x;

-- ---------------------------------------------------------------------------
-- The admin's own schema beside Mealie's: backups, grocery deliveries, an
-- allergy register for parties, dinner guests, the Home Assistant bridge.

CREATE SCHEMA homelab;

CREATE TABLE homelab.backup_runs (
    id serial PRIMARY KEY, started_at timestamptz NOT NULL, finished_at timestamptz, status text NOT NULL, repository text NOT NULL, restic_env text,
    snapshot_id text, bytes_added bigint, files_new integer, log text);
INSERT INTO homelab.backup_runs (started_at, finished_at, status, repository, restic_env, snapshot_id, bytes_added, files_new, log)
SELECT t, CASE WHEN k % 19 <> 7 THEN t + make_interval(secs => 40 + fixture_gen.n('bkd', k, 600)) END, CASE WHEN k % 19 = 7 THEN 'failed' ELSE 'ok' END,
       's3:https://s3.eu-central-003.backblazeb2.com/okafor-lindqvist-mealie',
       'AWS_ACCESS_KEY_ID=003' || fixture_gen.hexn('bka', 1, 22) || ' AWS_SECRET_ACCESS_KEY=K003' || fixture_gen.chars('bks', 1, 27) || ' RESTIC_PASSWORD=' || fixture_gen.chars('bkp', 1, 24),
       CASE WHEN k % 19 <> 7 THEN fixture_gen.hexn('bksn', k, 8) END, 1000000 + fixture_gen.n('bkb', k, 90000000), fixture_gen.n('bkf', k, 60),
       CASE WHEN k % 19 = 7 THEN 'Fatal: unable to open repository: 503 Service Unavailable' ELSE 'processed ' || (800 + k) || ' files, ' || (200 + k % 90) || ' MiB in 0:' || lpad((k % 60)::text, 2, '0') END
FROM generate_series(1, 150) k CROSS JOIN LATERAL (SELECT timestamptz '2025-01-01 03:15:00+00' + k * interval '1 day' AS t) x;

CREATE TABLE homelab.grocery_orders (
    id serial PRIMARY KEY, placed_at timestamptz NOT NULL, retailer text NOT NULL, order_ref text NOT NULL, shopping_list_id uuid, placed_by uuid,
    delivery_name text, delivery_address text, delivery_postcode text, delivery_city text, delivery_phone text, delivery_slot tstzrange, door_code text,
    driver_notes text, total_amount numeric(10, 2), card_last4 char(4));
INSERT INTO homelab.grocery_orders (placed_at, retailer, order_ref, shopping_list_id, placed_by, delivery_name, delivery_address, delivery_postcode, delivery_city, delivery_phone,
  delivery_slot, door_code, driver_notes, total_amount, card_last4)
SELECT t, c.ret, c.pre || fixture_gen.digits('gor', k, 9), mgen.u('sl', c.sl), mgen.u('usr', p.i), p.full_name, c.addr, c.pc, c.city, c.ph,
       tstzrange(date_trunc('hour', t) + interval '1 day', date_trunc('hour', t) + interval '1 day 2 hours'), CASE WHEN k % 3 = 0 THEN fixture_gen.digits('gdc', k, 4) || '#' END,
       (ARRAY['', 'Leave with the neighbour at no. 12 if nobody is home', 'Ring twice, the bell is broken', 'Please no plastic bags', 'Call ' || p.first || ' when outside: ' || c.ph, 'Back door, dog is friendly'])[1 + k % 6],
       (400 + fixture_gen.n('got', k, 2600))::numeric / 1.0 + 0.9, lpad(fixture_gen.digits('gcl', k, 4), 4, '0')
FROM generate_series(1, 120) k
CROSS JOIN LATERAL (SELECT (ARRAY[2, 3, 2, 12, 8])[1 + k % 5] AS pi) y
JOIN mgen.p p ON p.i = y.pi
CROSS JOIN LATERAL (SELECT * FROM (VALUES
  (2, 'Mathem', 'MH-', 1, 'Skönsbergsvägen 14', '856 40', 'Sundsvall', '070-' || fixture_gen.digits('gp2', 1, 3) || ' ' || fixture_gen.digits('gq2', 1, 2) || ' ' || fixture_gen.digits('gr2', 1, 2)),
  (3, 'ICA Online', 'ICA', 5, 'Solgården, Trädgårdsgatan 3, lgh 1104', '852 34', 'Sundsvall', '070-' || fixture_gen.digits('gp3', 1, 3) || ' ' || fixture_gen.digits('gq3', 1, 2) || ' ' || fixture_gen.digits('gr3', 1, 2)),
  (12, 'Ocado', 'OC', 11, '27 Beechwood Avenue', 'LS6 2HQ', 'Leeds', '+44 7' || fixture_gen.digits('gp12', 1, 3) || ' ' || fixture_gen.digits('gq12', 1, 6)),
  (8, 'Tesco', 'TS', 7, '9 Sycamore Close', 'M20 4RT', 'Manchester', '+44 7' || fixture_gen.digits('gp8', 1, 3) || ' ' || fixture_gen.digits('gq8', 1, 6))) v(pi, ret, pre, sl, addr, pc, city, ph)
  WHERE v.pi = y.pi) c
CROSS JOIN LATERAL (SELECT mgen.at('go', k, '2024-01-05', '2025-06-01')::timestamptz AS t) x;

CREATE TABLE homelab.allergy_register (
    id serial PRIMARY KEY, person_name text NOT NULL, birth_date date, household_id uuid, allergens text[], severity text, has_epipen boolean,
    diet text, gp_name text, gp_phone text, notes text, updated_at timestamptz);
INSERT INTO homelab.allergy_register (person_name, birth_date, household_id, allergens, severity, has_epipen, diet, gp_name, gp_phone, notes, updated_at)
SELECT n, bd, mgen.u('hh', hh), al, sev, ep, diet, gp, gph, nt, timestamptz '2024-11-02 10:00:00+00' + k * interval '3 days'
FROM (VALUES
  (1, 'Elias Okafor-Lindqvist', date '2014-05-17', 2, ARRAY['tree nuts', 'sesame'], 'anaphylaxis', true, NULL, 'Dr. Marlene Åberg', '08-517 700 00', 'Two EpiPens in the blue bag; school has the action plan.'),
  (2, 'Amara Okafor-Lindqvist', date '2009-11-02', 2, ARRAY[]::text[], NULL, false, 'vegetarian', NULL, NULL, ''),
  (3, 'Bengt Johansson', date '1944-07-12', 3, ARRAY[]::text[], NULL, false, 'low salt (heart failure), no grapefruit (Waran)', 'Dr. Per Nilsson, Skönsbergs vårdcentral', '060-' || fixture_gen.digits('agp', 3, 6), 'Stroke 2022; soft food when tired.'),
  (4, 'Ingrid Lindqvist', date '1946-03-28', 3, ARRAY['penicillin'], 'rash', false, 'diabetic (type 2)', NULL, NULL, 'Lives at Solgården since 2024.'),
  (5, 'Leila Haddad', date '1985-09-14', 4, ARRAY['shellfish'], 'hives', false, 'halal', NULL, NULL, ''),
  (6, 'Youssef Haddad', date '1982-01-30', 4, ARRAY[]::text[], NULL, false, 'halal', NULL, NULL, 'Fasting during Ramadan, eats after sunset.'),
  (7, 'Zofia Kowalski', date '1990-06-21', 6, ARRAY['gluten'], 'coeliac disease', false, 'gluten free', NULL, NULL, 'Separate toaster please.'),
  (8, 'Kaito Tanaka-Pham', date '2024-02-08', 5, ARRAY['cow''s milk protein'], 'vomiting', false, 'formula (Aptamil Pepti)', 'Dr. Sarah Mensah', '+44 113 ' || fixture_gen.digits('agk', 8, 3) || ' ' || fixture_gen.digits('agl', 8, 4), 'Baby; nothing with dairy.'),
  (9, 'Linh Pham', date '1988-04-04', 5, ARRAY[]::text[], NULL, false, 'pregnant (no raw fish, no soft cheese)', NULL, NULL, 'Due in March.'),
  (10, 'Rahul Reddy', date '1997-12-19', 7, ARRAY['peanuts'], 'anaphylaxis', true, 'vegetarian (no egg)', NULL, NULL, 'Carries his own EpiPen.')) v(k, n, bd, hh, al, sev, ep, diet, gp, gph, nt);
INSERT INTO homelab.allergy_register (person_name, birth_date, household_id, allergens, severity, has_epipen, diet, gp_name, gp_phone, notes, updated_at)
SELECT fixture_gen.full_name('agx', k), fixture_gen.birth_date('agx', k), mgen.u('hh', 2 + k % 6), CASE k % 5 WHEN 1 THEN ARRAY['lactose'] WHEN 2 THEN ARRAY['peanuts'] WHEN 3 THEN ARRAY['kiwi', 'birch pollen'] ELSE ARRAY[]::text[] END,
       (ARRAY[NULL, 'bloating', 'anaphylaxis', 'itchy mouth', NULL])[1 + k % 5], k % 5 = 2, (ARRAY['', 'vegan', 'halal', 'kosher', 'vegetarian', 'no pork', 'low FODMAP (IBS)'])[1 + k % 7],
       NULL, NULL, '', timestamptz '2024-11-02 10:00:00+00' + k * interval '2 days'
FROM generate_series(11, 50) k;

CREATE TABLE homelab.dinner_guests (
    id serial PRIMARY KEY, event_date date NOT NULL, host_user_id uuid, guest_name text NOT NULL, guest_email text, guest_phone text, plus_ones integer,
    dietary text, rsvp text, meal_plan_id integer);
INSERT INTO homelab.dinner_guests (event_date, host_user_id, guest_name, guest_email, guest_phone, plus_ones, dietary, rsvp, meal_plan_id)
SELECT date '2024-01-04' + 7 * (k / 6), mgen.u('usr', (ARRAY[2, 10, 13, 9, 14])[1 + (k / 6) % 5]), fixture_gen.full_name('dg', k), CASE WHEN k % 3 <> 0 THEN fixture_gen.email('dg', k) END,
       CASE WHEN k % 2 = 0 THEN fixture_gen.phone('dg', k) END, k % 3, (ARRAY['', '', 'vegetarian', 'vegan', 'gluten free', 'no pork', 'nut allergy'])[1 + k % 7],
       (ARRAY['yes', 'yes', 'maybe', 'no'])[1 + k % 4], 1 + (k * 11) % 640
FROM generate_series(1, 180) k;

CREATE TABLE homelab.ha_sync (
    id serial PRIMARY KEY, entity_id text NOT NULL, ha_base_url text NOT NULL, ha_token text, mealie_token_id integer, last_push timestamptz, last_payload jsonb, last_status integer);
INSERT INTO homelab.ha_sync (entity_id, ha_base_url, ha_token, mealie_token_id, last_push, last_payload, last_status)
SELECT e, 'http://homeassistant.local:8123',
       mgen.b64j('{"alg":"HS256","typ":"JWT"}') || '.' || mgen.b64j('{"iss":"' || md5('hais' || k) || '","iat":1712345678,"exp":2027705678}') || '.' || mgen.b64url('hat', k, 32),
       1 + k, t, jsonb_build_object('state', r.name, 'attributes', jsonb_build_object('date', to_char(t, 'YYYY-MM-DD'), 'cook', p.full_name, 'slug', r.slug, 'friendly_name', 'Dinner tonight')), 200
FROM (VALUES (1, 'input_text.dinner_tonight'), (2, 'input_text.lunch_tomorrow'), (3, 'sensor.mealie_next_meal'), (4, 'todo.mealie_weekly_shop')) v(k, e)
JOIN mgen.r r ON r.r = 7 * v.k JOIN mgen.p p ON p.i = 1 + v.k
CROSS JOIN LATERAL (SELECT timestamptz '2025-06-14 16:00:00+00' + v.k * interval '1 minute' AS t) x;

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('homelab');

SET client_min_messages = warning;
DROP SCHEMA mgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
