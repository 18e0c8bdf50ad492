-- classify-eval fixture (HOLDOUT 39: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Joplin Server 2 instance on PostgreSQL, run as a paid note-sync service by
-- Nimbusnote OÜ, a small hosting company in Tallinn, with about 140 accounts
-- in Estonia, Germany, France, Poland, Turkey, India, Japan, Nigeria,
-- Brazil and elsewhere. Two parts, in one database:
--
-- * public: Joplin Server's own tables as its Knex migrations create them
--   (snake_case plural tables, varchar(32) hex ids, created_time and
--   updated_time as bigint epoch milliseconds, smallint flags, the
--   knex_migrations bookkeeping): users, sessions, items with the notes,
--   folders, tags and resources the apps sync (serialized in Joplin's
--   text format, or as JED ciphertext for accounts with end-to-end
--   encryption), user_items, item_resources, changes, shares and
--   share_users, emails the server sent, tokens, user_flags,
--   subscriptions, notifications, events, key_values, backup_items,
--   user_deletions, locks, storages, task_states.
-- * nimbus: the hosting company's own tables beside them (customers and
--   their billing addresses, plans, invoices and lines, payment methods
--   and Stripe events, support tickets, messages and attachments, agents
--   and their API keys, the admin audit log, hosted instances, backups,
--   coupons, cancellation surveys, abuse reports, GDPR requests, the
--   newsletter list, login attempts, the status page, mail templates and a
--   key/value settings table).
--
-- Joplin's own tables hold 164 columns; the company's 251 bring the
-- fixture to 415. Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA jgen;
SET client_min_messages = warning;

-- hid: a 32-hex id as Joplin's uuidgen makes them.
CREATE FUNCTION jgen.hid(tag text, i bigint) RETURNS varchar(32)
LANGUAGE sql IMMUTABLE AS $$ SELECT md5('jop:' || tag || ':' || i)::varchar(32) $$;

-- iso: epoch milliseconds as Joplin writes them in serialized items.
CREATE FUNCTION jgen.iso(ms bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(to_timestamp(ms / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- rnd: random-looking alphanumerics.
CREATE FUNCTION jgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

CREATE FUNCTION jgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0'], tag, i)
$$;

-- The accounts. 1: the default admin@localhost; 2-4: Nimbusnote's staff;
-- 5-140: customers (personal addresses, some at their employers).
CREATE TABLE jgen.u (i int PRIMARY KEY, id varchar(32), first text, last text, full_name text, email text, created bigint, e2ee boolean,
  account_type int, enabled boolean, is_admin boolean, country text, city text, phone text);
INSERT INTO jgen.u
SELECT i, jgen.hid('user', i), f, l,
       CASE WHEN i = 1 THEN 'Admin' WHEN i % 9 = 4 THEN '' ELSE f || ' ' || l END,
       CASE WHEN i = 1 THEN 'admin@localhost'
            WHEN i <= 4 THEN fixture_gen.ascii(f) || '@nimbusnote.example'
            WHEN i % 6 = 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || CASE WHEN i % 4 = 0 THEN (i % 10)::text ELSE '' END || '@' || fixture_gen.pick(ARRAY['lindqvist-arkitekter.example', 'bright-ledger.example', 'ostsee-klinik.example', 'kaya-hukuk.example', 'agencia-rumo.example'], 'ued', i)
            ELSE fixture_gen.email('user', i) END,
       1621500000000 + fixture_gen.n('ucr', i, 95000000)::bigint * 1000 + fixture_gen.n('ucrm', i, 1000),
       i % 7 = 0, CASE WHEN i <= 4 THEN 2 WHEN i % 5 = 3 THEN 0 WHEN i % 3 = 0 THEN 2 ELSE 1 END,
       NOT (i % 17 = 11), i <= 4,
       fixture_gen.pick(ARRAY['EE', 'DE', 'FR', 'PL', 'TR', 'IN', 'JP', 'NG', 'BR', 'FI', 'SE', 'ES', 'IT', 'GB', 'NL'], 'ucc', i),
       fixture_gen.city('ucity', i), fixture_gen.phone('uph', i)
FROM generate_series(1, 140) i,
     LATERAL (SELECT fixture_gen.first_name('user', i) AS f, fixture_gen.last_name('user', i) AS l) n;
UPDATE jgen.u SET first = 'Admin', last = '' WHERE i = 1;
UPDATE jgen.u SET first = v.f, last = v.l, full_name = v.f || ' ' || v.l, email = lower(v.f) || '@nimbusnote.example'
FROM (VALUES (2, 'Kristjan', 'Tamm'), (3, 'Liis', 'Saar'), (4, 'Mihkel', 'Kask')) v(i, f, l) WHERE jgen.u.i = v.i;

-- =====================================================================
-- Joplin Server's tables
-- =====================================================================

CREATE TABLE knex_migrations (
  id serial PRIMARY KEY,
  name varchar(255),
  batch integer,
  migration_time timestamptz
);

CREATE TABLE knex_migrations_lock (
  index serial PRIMARY KEY,
  is_locked integer
);

CREATE TABLE users (
  id varchar(32) NOT NULL PRIMARY KEY,
  email varchar(128) NOT NULL UNIQUE,
  password varchar(128) NOT NULL,
  full_name text NOT NULL DEFAULT '',
  is_admin smallint NOT NULL DEFAULT 0,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  email_confirmed smallint NOT NULL DEFAULT 0,
  must_set_password smallint NOT NULL DEFAULT 0,
  account_type integer NOT NULL DEFAULT 0,
  can_upload smallint NOT NULL DEFAULT 1,
  max_item_size integer,
  can_share_folder smallint,
  can_share_note smallint,
  max_total_item_size bigint,
  total_item_size bigint NOT NULL DEFAULT 0,
  enabled smallint NOT NULL DEFAULT 1,
  disabled_time bigint NOT NULL DEFAULT 0,
  can_receive_folder smallint
);

CREATE TABLE sessions (
  id varchar(32) NOT NULL PRIMARY KEY,
  user_id varchar(32) NOT NULL,
  auth_code varchar(32) NOT NULL DEFAULT '',
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL
);

CREATE TABLE storages (
  id serial PRIMARY KEY,
  connection_string text NOT NULL UNIQUE,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL
);

CREATE TABLE items (
  id varchar(32) NOT NULL PRIMARY KEY,
  name text NOT NULL,
  mime_type varchar(128) NOT NULL DEFAULT 'application/octet-stream',
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  content bytea NOT NULL DEFAULT '',
  content_size integer NOT NULL DEFAULT 0,
  jop_id varchar(32) NOT NULL DEFAULT '',
  jop_parent_id varchar(32) NOT NULL DEFAULT '',
  jop_share_id varchar(32) NOT NULL DEFAULT '',
  jop_type integer NOT NULL DEFAULT 0,
  jop_encryption_applied integer NOT NULL DEFAULT 0,
  jop_updated_time bigint NOT NULL DEFAULT 0,
  owner_id varchar(32) NOT NULL,
  content_storage_id integer NOT NULL,
  UNIQUE (name, owner_id)
);

CREATE TABLE user_items (
  id serial PRIMARY KEY,
  user_id varchar(32) NOT NULL,
  item_id varchar(32) NOT NULL,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  UNIQUE (user_id, item_id)
);

CREATE TABLE item_resources (
  id serial PRIMARY KEY,
  item_id varchar(32) NOT NULL,
  resource_id varchar(32) NOT NULL,
  UNIQUE (item_id, resource_id)
);

CREATE TABLE changes (
  counter serial PRIMARY KEY,
  id varchar(32) NOT NULL UNIQUE,
  item_type integer NOT NULL,
  item_id varchar(32) NOT NULL,
  item_name text NOT NULL DEFAULT '',
  type integer NOT NULL,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  previous_item text NOT NULL DEFAULT '',
  user_id varchar(32) NOT NULL DEFAULT ''
);

CREATE TABLE shares (
  id varchar(32) NOT NULL PRIMARY KEY,
  owner_id varchar(32) NOT NULL,
  item_id varchar(32) NOT NULL,
  type integer NOT NULL,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  folder_id varchar(32) NOT NULL DEFAULT '',
  note_id varchar(32) NOT NULL DEFAULT '',
  master_key_id varchar(32) NOT NULL DEFAULT '',
  recursive integer NOT NULL DEFAULT 0
);

CREATE TABLE share_users (
  id varchar(32) NOT NULL PRIMARY KEY,
  share_id varchar(32) NOT NULL,
  user_id varchar(32) NOT NULL,
  status integer NOT NULL DEFAULT 0,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  master_key text NOT NULL DEFAULT '',
  UNIQUE (share_id, user_id)
);

CREATE TABLE emails (
  id serial PRIMARY KEY,
  recipient_name text NOT NULL DEFAULT '',
  recipient_email text NOT NULL DEFAULT '',
  recipient_id varchar(32) NOT NULL DEFAULT '',
  sender_id integer NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  sent_time bigint NOT NULL DEFAULT 0,
  sent_success smallint NOT NULL DEFAULT 0,
  error text NOT NULL DEFAULT '',
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  key text NOT NULL DEFAULT ''
);

CREATE TABLE tokens (
  id serial PRIMARY KEY,
  value varchar(32) NOT NULL,
  user_id varchar(32) NOT NULL DEFAULT '',
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL
);

CREATE TABLE user_flags (
  id serial PRIMARY KEY,
  user_id varchar(32) NOT NULL,
  type integer NOT NULL DEFAULT 0,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  UNIQUE (user_id, type)
);

CREATE TABLE subscriptions (
  id serial PRIMARY KEY,
  user_id varchar(32) NOT NULL,
  stripe_user_id varchar(64) NOT NULL,
  stripe_subscription_id varchar(64) NOT NULL,
  last_payment_time bigint NOT NULL,
  last_payment_failed_time bigint NOT NULL DEFAULT 0,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  is_deleted smallint NOT NULL DEFAULT 0
);

CREATE TABLE notifications (
  id varchar(32) NOT NULL PRIMARY KEY,
  owner_id varchar(32) NOT NULL,
  level integer NOT NULL,
  key varchar(255) NOT NULL,
  message text NOT NULL,
  read smallint NOT NULL DEFAULT 0,
  "canBeDismissed" smallint NOT NULL DEFAULT 1,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL,
  UNIQUE (owner_id, key)
);

CREATE TABLE events (
  id varchar(32) NOT NULL PRIMARY KEY,
  counter serial UNIQUE,
  type integer NOT NULL,
  name text NOT NULL DEFAULT '',
  created_time bigint NOT NULL
);

CREATE TABLE key_values (
  id serial PRIMARY KEY,
  key varchar(255) NOT NULL UNIQUE,
  type integer NOT NULL,
  value text NOT NULL
);

CREATE TABLE backup_items (
  id serial PRIMARY KEY,
  type integer NOT NULL,
  key text NOT NULL,
  user_id varchar(32) NOT NULL DEFAULT '',
  content bytea NOT NULL,
  created_time bigint NOT NULL
);

CREATE TABLE user_deletions (
  id serial PRIMARY KEY,
  user_id varchar(32) NOT NULL UNIQUE,
  process_data smallint NOT NULL DEFAULT 0,
  process_account smallint NOT NULL DEFAULT 0,
  scheduled_time bigint NOT NULL,
  start_time bigint NOT NULL DEFAULT 0,
  end_time bigint NOT NULL DEFAULT 0,
  success smallint NOT NULL DEFAULT 0,
  error text NOT NULL DEFAULT '',
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL
);

CREATE TABLE locks (
  id uuid NOT NULL PRIMARY KEY,
  user_id varchar(32) NOT NULL,
  type smallint NOT NULL,
  client_type varchar(32) NOT NULL,
  client_id varchar(32) NOT NULL,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL
);

CREATE TABLE task_states (
  id serial PRIMARY KEY,
  task_id integer NOT NULL UNIQUE,
  running smallint NOT NULL DEFAULT 0,
  enabled smallint NOT NULL DEFAULT 1,
  updated_time bigint NOT NULL,
  created_time bigint NOT NULL
);

-- knex's bookkeeping: the migrations as they ran, batch by batch.
INSERT INTO knex_migrations (name, batch, migration_time)
SELECT m, 1 + (k - 1) / 6, timestamptz '2021-05-20 09:00:00+00' + (k - 1) * interval '19 days' + make_interval(secs => fixture_gen.n('kmt', k, 3000))
FROM unnest(ARRAY['20190913171451_create.js', '20203012152842_notifications.js', '20210201143859_app_share.js', '20210321112923_joplin_items.js',
  '20210328114529_share_folder.js', '20210412110640_item_refactor.js', '20210517173042_user_item_size_limit.js', '20210518150551_can_share.js',
  '20210518172311_mailer.js', '20210526180359_account_type.js', '20210527161932_can_upload.js', '20210531150817_stripe.js',
  '20210618192423_jop_updated_time.js', '20210621185454_share_permissions.js', '20210702182439_account_max_total_size.js',
  '20210702182440_account_max_total_size_2.js', '20210703155118_lowercase_emails.js', '20210703202852_account_total_size_int_fix.js',
  '20210703202853_account_total_size_int_fix_2.js', '20210721161355_user_is_deleted.js', '20210809163307_email_key.js',
  '20210809222118_email_key_fix.js', '20210819165350_user_flags.js', '20210824174024_share_users.js', '20210927183928_events.js',
  '20211027112530_item_owner.js', '20211030103016_item_owner_name_unique.js', '20211101094400_sync_locks.js', '20211105183559_storage.js',
  '20211111134329_storage_index.js', '20211204191051_user_deletion.js', '20220121172409_email_recipient_default.js',
  '20220131185922_account_disabled_timestamp.js', '20220201151223_backup_items.js', '20220403172253_published_note_links.js',
  '20221020143305_task_states.js', '20230804154410_can_receive_folder.js']) WITH ORDINALITY AS t(m, k);
INSERT INTO knex_migrations_lock (is_locked) VALUES (0);

INSERT INTO users
SELECT u.id, u.email,
       fixture_gen.bcrypt('upw', u.i),
       u.full_name, u.is_admin::int,
       u.created + fixture_gen.n('uup', u.i, 300) * 86400000::bigint, u.created,
       CASE WHEN u.i = 1 OR u.i % 23 = 9 THEN 0 ELSE 1 END,
       CASE WHEN u.i % 23 = 9 THEN 1 ELSE 0 END,
       u.account_type,
       CASE WHEN u.enabled THEN 1 ELSE 0 END,
       CASE WHEN u.i % 11 = 2 THEN 209715200 END,
       CASE WHEN u.i % 13 = 6 THEN 0 END,
       CASE WHEN u.i % 13 = 6 THEN 0 END,
       CASE WHEN u.i % 11 = 2 THEN 10737418240 END,
       CASE WHEN u.i = 1 THEN 0 ELSE 180000 + fixture_gen.n('usz', u.i, 900000000) END,
       CASE WHEN u.enabled THEN 1 ELSE 0 END,
       CASE WHEN u.enabled THEN 0 ELSE u.created + 86400000::bigint * (200 + fixture_gen.n('udis', u.i, 300)) END,
       CASE WHEN u.i % 19 = 7 THEN 0 END
FROM jgen.u u;

INSERT INTO storages (connection_string, updated_time, created_time) VALUES
  ('Type=Database', 1621500000000, 1621500000000),
  ('Type=S3; Region=eu-central-1; AccessKeyId=' || 'AKIA' || fixture_gen.chars('s3ak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '; SecretAccessKeyId='
     || fixture_gen.chars('s3sk', 1, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') || '; Bucket=nimbusnote-joplin-items', 1648200000000, 1648200000000),
  ('Type=Filesystem; Path=/var/lib/joplin/items-archive', 1655800000000, 1655800000000);

INSERT INTO sessions
SELECT jgen.hid('session', s), u.id,
       CASE WHEN s % 9 = 4 THEN jgen.rnd('sauth', s, 32) ELSE '' END,
       c + fixture_gen.n('sup', s, 40) * 3600000::bigint, c
FROM generate_series(1, 320) s
JOIN jgen.u u ON u.i = 1 + fixture_gen.n('su', s, 140)
CROSS JOIN LATERAL (SELECT 1700000000000 + fixture_gen.n('sc', s, 40000000)::bigint * 1000 AS c) t
WHERE u.enabled;

INSERT INTO tokens (value, user_id, updated_time, created_time)
SELECT jgen.rnd('token', t, 32), u.id, c, c
FROM generate_series(1, 160) t
JOIN jgen.u u ON u.i = 2 + fixture_gen.n('tu', t, 139)
CROSS JOIN LATERAL (SELECT u.created + fixture_gen.n('tc', t, 600) * 3600000::bigint AS c) x;

-- The synced items. Per account (2-140): two notebooks, four notes, a tag
-- and its note-tag link, and a resource (its metadata item and its blob
-- under .resource/). Accounts with end-to-end encryption (every seventh)
-- upload JED ciphertext instead of the serialized text. Notes written on
-- the phone carry the place they were written.
CREATE TABLE jgen.it (u int, k int, id varchar(32), jop_id varchar(32), name text, mime text, jop_type int, parent varchar(32), share_id varchar(32),
  created bigint, updated bigint, title text, body text, lat text, lon text, src text, content bytea, enc int);
INSERT INTO jgen.it (u, k, id, jop_id, name, mime, jop_type, parent, share_id, created, updated, enc)
SELECT u.i, k, jgen.hid('item' || k, u.i),
       CASE WHEN k = 10 THEN '' ELSE jgen.hid('jop' || k, u.i) END,
       CASE WHEN k = 10 THEN '.resource/' || jgen.hid('jop9', u.i) ELSE jgen.hid('jop' || k, u.i) || '.md' END,
       CASE WHEN k = 10 THEN 'application/octet-stream' ELSE 'text/markdown' END,
       CASE k WHEN 1 THEN 2 WHEN 2 THEN 2 WHEN 7 THEN 5 WHEN 8 THEN 6 WHEN 9 THEN 4 WHEN 10 THEN 0 ELSE 1 END,
       CASE WHEN k IN (3, 4) THEN jgen.hid('jop1', u.i) WHEN k IN (5, 6) THEN jgen.hid('jop2', u.i) ELSE '' END,
       CASE WHEN u.i % 5 = 0 AND u.i <= 135 AND k IN (1, 3, 4) THEN jgen.hid('share', u.i) ELSE '' END,
       u.created + (k * 7 + fixture_gen.n('ic', u.i * 10 + k, 200)) * 86400000::bigint + fixture_gen.n('icm', u.i * 10 + k, 86400000),
       0, CASE WHEN u.e2ee THEN 1 ELSE 0 END
FROM jgen.u u, generate_series(1, 10) k WHERE u.i >= 2;
UPDATE jgen.it SET updated = created + fixture_gen.n('iu', u * 10 + k, 90) * 86400000::bigint + fixture_gen.n('ium', u * 10 + k, 86400000);
UPDATE jgen.it SET updated = 1719000000000 - fixture_gen.n('iuc', u * 10 + k, 2000000000) WHERE updated > 1719000000000;
UPDATE jgen.it SET created = updated - 3600000 WHERE created > updated;
UPDATE jgen.it SET src = CASE WHEN k IN (4, 6) THEN 'mobile' ELSE 'desktop' END, lat = '0.00000000', lon = '0.00000000';
UPDATE jgen.it i SET lat = to_char(c.lat + fixture_gen.n('ilat', i.u * 10 + i.k, 2000) / 100000.0, 'FM990.00000000'),
                     lon = to_char(c.lon + fixture_gen.n('ilon', i.u * 10 + i.k, 2000) / 100000.0, 'FM990.00000000')
FROM (VALUES (0, 59.43696, 24.75353), (1, 52.52437, 13.41053), (2, 48.85341, 2.3488), (3, 50.06143, 19.93658), (4, 41.01384, 28.94966),
             (5, 18.51957, 73.85535), (6, 34.69374, 135.50218), (7, 6.45407, 3.39467), (8, -25.42778, -49.27306), (9, 60.16952, 24.93545)) c(n, lat, lon)
WHERE i.src = 'mobile' AND c.n = fixture_gen.n('iloc', i.u, 10);

-- Titles and bodies.
UPDATE jgen.it i SET title = CASE i.k
    WHEN 1 THEN fixture_gen.pick(ARRAY['Work', 'Personal', 'Family', 'Projects', 'Journal', 'Inbox'], 'f1', i.u)
    WHEN 2 THEN fixture_gen.pick(ARRAY['Recipes', 'Taxes', 'Health', 'Travel', 'Archive', 'Family – ' || x.l2, 'Wedding ' || x.f2 || ' & ' || x.f3, 'Mum''s care'], 'f2', i.u)
    WHEN 7 THEN fixture_gen.pick(ARRAY['important', 'todo', 'tax', 'kids', 'work', 'receipts', 'ideas'], 'tg', i.u)
    WHEN 9 THEN fixture_gen.pick(ARRAY['IMG_2023' || lpad((1 + i.u % 12)::text, 2, '0') || lpad((1 + i.u % 28)::text, 2, '0') || '_1830' || lpad((i.u % 60)::text, 2, '0') || '.jpg',
        'passport_' || fixture_gen.ascii(x.l1) || '_' || fixture_gen.ascii(x.f1) || '.pdf',
        'payslip_2023-11_' || fixture_gen.ascii(x.f1) || '_' || fixture_gen.ascii(x.l1) || '.pdf',
        'Scan ' || (1 + i.u % 28)::text || ' Mar 2023.pdf', 'Screenshot 2023-05-02 at 10.14.' || lpad((i.u % 60)::text, 2, '0') || '.png',
        'Mietvertrag ' || x.f1 || ' ' || x.l1 || '.pdf', 'whiteboard.jpg', 'receipt-' || (1000 + i.u)::text || '.pdf'], 'rf', i.u)
    WHEN 8 THEN NULL WHEN 10 THEN NULL
    ELSE CASE x.t
      WHEN 0 THEN 'Call with ' || x.f2 || ' ' || x.l2
      WHEN 1 THEN 'Emergency contacts'
      WHEN 2 THEN 'Shopping list'
      WHEN 3 THEN 'Q3 planning'
      WHEN 4 THEN 'Doctor appointment'
      WHEN 5 THEN 'Tax 2023'
      WHEN 6 THEN 'Recipe: red lentil soup'
      WHEN 7 THEN 'Kids – school year'
      WHEN 8 THEN 'Book notes: Thinking, Fast and Slow'
      WHEN 9 THEN 'Renew passport'
      WHEN 10 THEN 'Flat viewing ' || x.street
      ELSE 'Reading list' END END,
  body = CASE WHEN i.k IN (3, 4, 5, 6) THEN CASE x.t
      WHEN 0 THEN x.f2 || ' is fine with the quote (4,200 EUR). Her mobile: ' || x.ph2 || E'.\nSend the signed contract to ' || x.em2 || E' before Friday.\n\n- [ ] update the proposal\n- [ ] ask ' || x.f3 || ' about the invoice address'
      WHEN 1 THEN '- Mum (' || x.f3 || ' ' || x.l1 || '): ' || x.ph1 || E'\n- Neighbour ' || x.f2 || ' ' || x.l2 || ': ' || x.ph2 || E'\n- Home: ' || x.street || ', ' || x.pc || ' ' || x.city || E'\n- Spare key with ' || x.f3 || E' (flat 2)'
      WHEN 2 THEN E'- oat milk\n- tomatoes\n- coffee beans\n- dish soap\n- batteries (AA)'
      WHEN 3 THEN E'Decisions:\n- move the release to October\n- hire a second designer\n- drop the legacy export\n\nOpen: budget for the offsite'
      WHEN 4 THEN 'Dr. ' || x.f2 || ' ' || x.l2 || ', ' || x.street || ', ' || x.city || E'. Monday 9:30.\nBring the insurance card and the blood test results; ask about the thyroid medication dose (levothyroxine 50 µg).'
      WHEN 5 THEN 'IBAN for the refund: ' || x.iban || E'\nTax advisor: ' || x.f2 || ' ' || x.l2 || ' <' || x.em2 || E'>\nVAT number of my side business: ' || x.vat || E'\nDeadline 31 July.'
      WHEN 6 THEN E'1 onion, 2 carrots, 200 g red lentils, 1 l stock, cumin.\nSoften the onion, add everything, simmer 25 minutes, blend half.'
      WHEN 7 THEN x.f3 || ' – born ' || to_char(x.bd, 'DD.MM.YYYY') || E', allergic to peanuts.\nSchool pick-up on Thursdays: ' || x.f2 || ' ' || x.l2 || ' (' || x.ph2 || E')\nTeacher: Ms ' || x.l3
      WHEN 8 THEN E'System 1 and System 2; anchoring; the planning fallacy; loss aversion.\n\n> Nothing in life is as important as you think it is while you are thinking about it.'
      WHEN 9 THEN 'Passport no. C' || fixture_gen.digits('ppn', i.u, 8) || ', expires ' || to_char(x.bd + 16000, 'DD.MM.YYYY') || '. Appointment at the citizens'' office in ' || x.city || E', bring the old one and a photo.'
      WHEN 10 THEN 'Landlord: ' || x.f2 || ' ' || x.l2 || ', ' || x.ph2 || E'\n3 rooms, 74 m², 1,150 EUR warm. Deposit to ' || x.iban || ' if we take it.'
      ELSE E'- The Dispossessed\n- Braiding Sweetgrass\n- The Master and Margarita' END END
FROM (SELECT it.u AS iu, it.k AS ik, fixture_gen.n('nt', it.u * 10 + it.k, 12) AS t,
             fixture_gen.first_name('jf1', it.u) AS f1, fixture_gen.last_name('jl1', it.u) AS l1,
             fixture_gen.first_name('jf2', it.u * 10 + it.k) AS f2, fixture_gen.last_name('jl2', it.u * 10 + it.k) AS l2,
             fixture_gen.first_name('jf3', it.u * 10 + it.k) AS f3, fixture_gen.last_name('jl3', it.u * 10 + it.k) AS l3,
             fixture_gen.phone('jp1', it.u) AS ph1, fixture_gen.phone('jp2', it.u * 10 + it.k) AS ph2, fixture_gen.email('je2', it.u * 10 + it.k) AS em2,
             fixture_gen.street('jst', it.u) AS street, fixture_gen.postcode('jpc', it.u) AS pc, fixture_gen.city('jci', it.u) AS city,
             fixture_gen.iban_for('jib', it.u) AS iban, fixture_gen.vat('jvat', it.u) AS vat, fixture_gen.birth_date('jbd', it.u * 10 + it.k) AS bd
      FROM jgen.it it) x
WHERE x.iu = i.u AND x.ik = i.k;

-- Serialize as the apps do (BaseItem.serialize), or encrypt.
UPDATE jgen.it i SET content = convert_to(CASE
  WHEN i.k = 10 THEN ''
  WHEN i.enc = 1 THEN
    CASE WHEN i.k = 8 THEN '' ELSE E'\n\n' END || 'id: ' || i.jop_id || CASE WHEN i.jop_type IN (1, 2) THEN E'\nparent_id: ' || i.parent ELSE '' END
    || E'\nupdated_time: ' || jgen.iso(i.updated) || E'\ndeleted_time: 0\nencryption_cipher_text: JED0100002208' || jgen.hid('mk', i.u) || '000' || to_hex(900 + fixture_gen.n('jl', i.u * 10 + i.k, 3000))
    || '{"salt":"' || fixture_gen.b64('jsa', i.u * 10 + i.k, 32) || '","iv":"' || fixture_gen.b64('jiv', i.u * 10 + i.k, 12) || '","ct":"' || fixture_gen.b64('jct', i.u * 10 + i.k, 180) || '"}'
    || E'\nencryption_applied: 1\nencryption_blob_encrypted: ' || CASE WHEN i.k = 9 THEN '1' ELSE '0' END || E'\ntype_: ' || i.jop_type
  WHEN i.jop_type = 1 THEN i.title || E'\n\n' || i.body || E'\n\nid: ' || i.jop_id || E'\nparent_id: ' || i.parent || E'\ncreated_time: ' || jgen.iso(i.created) || E'\nupdated_time: ' || jgen.iso(i.updated)
    || E'\nis_conflict: 0\nlatitude: ' || i.lat || E'\nlongitude: ' || i.lon || E'\naltitude: 0.0000\nauthor: \nsource_url: \nis_todo: ' || CASE WHEN i.body LIKE '%- [ ]%' OR i.title LIKE 'Renew%' THEN '1' ELSE '0' END
    || E'\ntodo_due: 0\ntodo_completed: 0\nsource: joplin-' || i.src || E'\nsource_application: net.cozic.joplin-' || i.src || E'\napplication_data: \norder: 0\nuser_created_time: ' || jgen.iso(i.created)
    || E'\nuser_updated_time: ' || jgen.iso(i.updated) || E'\nencryption_cipher_text: \nencryption_applied: 0\nmarkup_language: 1\nis_shared: 0\nshare_id: ' || i.share_id
    || E'\nconflict_original_id: \nmaster_key_id: \nuser_data: \ndeleted_time: 0\ntype_: 1'
  WHEN i.jop_type = 2 THEN i.title || E'\n\nid: ' || i.jop_id || E'\ncreated_time: ' || jgen.iso(i.created) || E'\nupdated_time: ' || jgen.iso(i.updated) || E'\nuser_created_time: ' || jgen.iso(i.created)
    || E'\nuser_updated_time: ' || jgen.iso(i.updated) || E'\nencryption_cipher_text: \nencryption_applied: 0\nparent_id: \nis_shared: 0\nshare_id: ' || i.share_id || E'\nmaster_key_id: \nicon: \nuser_data: \ndeleted_time: 0\ntype_: 2'
  WHEN i.jop_type = 5 THEN i.title || E'\n\nid: ' || i.jop_id || E'\ncreated_time: ' || jgen.iso(i.created) || E'\nupdated_time: ' || jgen.iso(i.updated) || E'\nuser_created_time: ' || jgen.iso(i.created)
    || E'\nuser_updated_time: ' || jgen.iso(i.updated) || E'\nencryption_cipher_text: \nencryption_applied: 0\nis_shared: 0\nparent_id: \nuser_data: \ntype_: 5'
  WHEN i.jop_type = 6 THEN 'id: ' || i.jop_id || E'\nnote_id: ' || jgen.hid('jop3', i.u) || E'\ntag_id: ' || jgen.hid('jop7', i.u) || E'\ncreated_time: ' || jgen.iso(i.created) || E'\nupdated_time: ' || jgen.iso(i.updated)
    || E'\nuser_created_time: ' || jgen.iso(i.created) || E'\nuser_updated_time: ' || jgen.iso(i.updated) || E'\nencryption_cipher_text: \nencryption_applied: 0\nis_shared: 0\ntype_: 6'
  ELSE i.title || E'\n\nid: ' || i.jop_id || E'\nmime: ' || CASE WHEN i.title LIKE '%.pdf' THEN 'application/pdf' WHEN i.title LIKE '%.png' THEN 'image/png' ELSE 'image/jpeg' END
    || E'\nfilename: \ncreated_time: ' || jgen.iso(i.created) || E'\nupdated_time: ' || jgen.iso(i.updated) || E'\nuser_created_time: ' || jgen.iso(i.created) || E'\nuser_updated_time: ' || jgen.iso(i.updated)
    || E'\nfile_extension: ' || substring(i.title from '\.([a-z]+)$') || E'\nencryption_cipher_text: \nencryption_applied: 0\nencryption_blob_encrypted: 0\nsize: ' || (20000 + fixture_gen.n('rsz', i.u, 3000000))::text
    || E'\nis_shared: 0\nshare_id: \nmaster_key_id: \nuser_data: \nblob_updated_time: ' || i.updated || E'\nocr_text: \nocr_details: \nocr_status: 0\nocr_error: \ntype_: 4'
  END, 'UTF8');
-- Resource blobs: the file itself (a JPEG or PNG, or a scanned PDF whose
-- document info names its subject), or ciphertext.
UPDATE jgen.it b SET content = CASE
  WHEN b.enc = 1 THEN convert_to('JED0100002208' || jgen.hid('mk', b.u) || '000b40' || '{"salt":"' || fixture_gen.b64('bsa', b.u, 32) || '","iv":"' || fixture_gen.b64('biv', b.u, 12) || '","ct":"' || fixture_gen.b64('bct', b.u, 240) || '"}', 'UTF8')
  WHEN r.title LIKE '%.pdf' THEN convert_to(E'%PDF-1.7\n%\n1 0 obj\n<< /Title (' || r.title || ') /Author (' || u.full_name || ') /Producer (NAPS2 7.3) /CreationDate (D:2023' || lpad((1 + b.u % 12)::text, 2, '0') || E'14101500) >>\nendobj\n2 0 obj\n<< /Type /Page /MediaBox [0 0 595 842] >>\nendobj\n', 'UTF8')
       || sha512(convert_to('pdf' || b.u, 'UTF8'))
  WHEN r.title LIKE '%.png' THEN decode('89504e470d0a1a0a0000000d49484452', 'hex') || sha512(convert_to('png' || b.u, 'UTF8'))
  ELSE decode('ffd8ffe000104a46494600010100000100010000ffe1', 'hex') || convert_to('Exif  Pixel 8 GPS ' || r.lat || ',' || r.lon, 'UTF8') || sha512(convert_to('jpg' || b.u, 'UTF8')) END
FROM jgen.it r, jgen.u u WHERE b.k = 10 AND r.u = b.u AND r.k = 9 AND u.i = b.u;
UPDATE jgen.it b SET content = decode('ffd8ffe000104a46494600010100000100010000ffe1', 'hex') || convert_to('Exif  Pixel 8 GPS ' || r.lat || ',' || r.lon, 'UTF8') || sha512(convert_to('jpg' || b.u, 'UTF8'))
FROM jgen.it r WHERE b.k = 10 AND b.enc = 0 AND r.u = b.u AND r.k = 4 AND r.lat <> '0.00000000' AND b.content = decode('ffd8ffe000104a46494600010100000100010000ffe1', 'hex') || convert_to('Exif  Pixel 8 GPS 0.00000000,0.00000000', 'UTF8') || sha512(convert_to('jpg' || b.u, 'UTF8'));

INSERT INTO items
SELECT i.id, i.name, i.mime, i.updated, i.created, i.content, length(i.content), i.jop_id, i.parent, i.share_id, i.jop_type,
       CASE WHEN i.k = 10 THEN 0 ELSE i.enc END, CASE WHEN i.k = 10 THEN 0 ELSE i.updated END, u.id,
       CASE WHEN i.created < 1648200000000 AND i.u % 3 = 0 THEN 1 ELSE 2 END
FROM jgen.it i JOIN jgen.u u ON u.i = i.u;

INSERT INTO item_resources (item_id, resource_id)
SELECT i.id, jgen.hid('jop9', i.u) FROM jgen.it i WHERE i.k = 3 ORDER BY i.u;

-- Shares: every fifth account shares its first notebook with the next
-- account (type 3, a Joplin Server user); every fourth publishes a note as
-- a public link (type 1). End-to-end encrypted shares carry the master key
-- id, and each recipient the master key re-encrypted with their public key.
INSERT INTO shares
SELECT jgen.hid('share', u.i), u.id, jgen.hid('item1', u.i), 3, c + 86400000 * 3, c, jgen.hid('jop1', u.i), '',
       CASE WHEN u.e2ee THEN jgen.hid('mk', u.i) ELSE '' END, 0
FROM jgen.u u CROSS JOIN LATERAL (SELECT (SELECT created FROM jgen.it WHERE it.u = u.i AND it.k = 3) + 86400000::bigint * (1 + fixture_gen.n('shc', u.i, 30)) AS c) t
WHERE u.i % 5 = 0 AND u.i <= 135
UNION ALL
SELECT jgen.hid('pshare', u.i), u.id, jgen.hid('item5', u.i), 1, c, c, '', jgen.hid('jop5', u.i), '', 0
FROM jgen.u u CROSS JOIN LATERAL (SELECT (SELECT updated FROM jgen.it WHERE it.u = u.i AND it.k = 5) + 3600000::bigint * (1 + fixture_gen.n('psc', u.i, 90)) AS c) t
WHERE u.i % 4 = 1 AND u.i > 4 AND NOT u.e2ee;

INSERT INTO share_users
SELECT jgen.hid('shareuser', u.i), jgen.hid('share', u.i), r.id, CASE WHEN u.i % 15 = 10 THEN 0 WHEN u.i % 25 = 20 THEN 2 ELSE 1 END,
       s.created_time + 3600000::bigint * (1 + fixture_gen.n('suu', u.i, 48)), s.created_time,
       CASE WHEN u.e2ee THEN '{"id":"' || jgen.hid('mk', u.i) || '","created_time":' || (u.created + 86400000) || ',"updated_time":' || (u.created + 86400000)
         || ',"source_application":"net.cozic.joplin-desktop","encryption_method":8,"checksum":"","content":"' || fixture_gen.b64('sumk', u.i, 256) || '","hasBeenUsed":true}' ELSE '' END
FROM jgen.u u JOIN jgen.u r ON r.i = u.i + 1 JOIN shares s ON s.id = jgen.hid('share', u.i)
WHERE u.i % 5 = 0 AND u.i <= 135;

-- Who sees what: the owner of every item, and accepted recipients of the
-- items in a shared notebook.
INSERT INTO user_items (user_id, item_id, updated_time, created_time)
SELECT x.user_id, x.item_id, x.t, x.t FROM (
  SELECT u.id AS user_id, i.id AS item_id, i.created AS t FROM jgen.it i JOIN jgen.u u ON u.i = i.u
  UNION ALL
  SELECT su.user_id, i.id, su.updated_time FROM jgen.it i JOIN share_users su ON su.share_id = i.share_id AND su.status = 1 WHERE i.share_id <> ''
) x ORDER BY x.t, x.item_id;

-- The change log the clients' delta calls read: a create for every item,
-- updates for most, deletes for a few notes. previous_item keeps the
-- fields the delta needs of the item before the change.
INSERT INTO changes (id, item_type, item_id, item_name, type, updated_time, created_time, previous_item, user_id)
SELECT jgen.hid('change' || x.v, x.u * 10 + x.k), 1, x.id, x.name, x.t, x.at, x.at,
       CASE WHEN x.t = 1 THEN '' ELSE '{"name":"' || x.name || '","jop_parent_id":"' || x.parent || '","jop_resource_ids":' || CASE WHEN x.k = 3 THEN '["' || jgen.hid('jop9', x.u) || '"]' ELSE '[]' END
         || ',"jop_share_id":"' || x.share_id || '"}' END,
       x.uid
FROM (
  SELECT i.*, u.id AS uid, v, CASE WHEN v = 1 THEN 1 WHEN v = 2 THEN 2 ELSE 3 END AS t,
         CASE WHEN v = 1 THEN i.created WHEN v = 2 THEN i.updated ELSE i.updated + 86400000::bigint * (1 + fixture_gen.n('chd', i.u, 60)) END AS at
  FROM jgen.it i JOIN jgen.u u ON u.i = i.u, generate_series(1, 3) v
  WHERE v = 1 OR (v = 2 AND i.updated > i.created + 60000) OR (v = 3 AND i.k = 6 AND i.u % 8 = 3)
) x ORDER BY x.at, x.id, x.v;

-- Task bookkeeping: the tasks (TaskId), their state and the events they log.
INSERT INTO task_states (task_id, running, enabled, updated_time, created_time)
SELECT t, CASE WHEN t = 7 THEN 1 ELSE 0 END, CASE WHEN t = 4 THEN 0 ELSE 1 END, 1718990000000 - fixture_gen.n('tsu', t, 86400000), 1666270000000 + t * 1000
FROM generate_series(1, 16) t;

INSERT INTO events (id, type, name, created_time)
SELECT jgen.hid('event', e), 1 + e % 2,
       (ARRAY['deleteExpiredTokens', 'updateTotalSizes', 'handleOversizedAccounts', 'handleBetaUserEmails', 'handleFailedPaymentSubscriptions', 'deleteExpiredSessions',
              'compressOldChanges', 'processUserDeletions', 'autoAddDisabledAccountsForDeletion', 'processOrphanedItems', 'processShares', 'processEmails',
              'logHeartbeatMessage', 'deleteOldEvents', 'deleteExpiredAuthCodes', 'deleteArchivedBackups'])[1 + (e / 2) % 16],
       1716300000000 + (e / 2) * 600000::bigint + (e % 2) * fixture_gen.n('evd', e, 40000)
FROM generate_series(0, 399) e;

-- Mail the server sent: account confirmations and password resets with
-- their links, share invitations, email-change confirmations, payment and
-- quota warnings. The mail template links carry the token.
CREATE TABLE jgen.em AS
SELECT e, u.i AS ui, u.id AS uid, u.full_name, u.first, u.email, fixture_gen.n('emk', e, 7) AS kind,
       u.created + 60000::bigint * (e % 50) + 86400000::bigint * fixture_gen.n('emd', e, 300) AS at,
       jgen.rnd('emtok', e, 32) AS tok, fixture_gen.email('emnew', e) AS newmail
FROM generate_series(1, 260) e JOIN jgen.u u ON u.i = 2 + fixture_gen.n('emu', e, 139);
UPDATE jgen.em SET at = 1719000000000 - fixture_gen.n('emc', e, 900000000) WHERE at > 1719000000000;

INSERT INTO emails (recipient_name, recipient_email, recipient_id, sender_id, subject, body, sent_time, sent_success, error, updated_time, created_time, key)
SELECT m.full_name, CASE WHEN m.kind = 4 THEN m.newmail ELSE m.email END, m.uid, CASE WHEN m.kind IN (5, 6) THEN 2 ELSE 1 END,
       CASE m.kind WHEN 0 THEN 'Welcome to Nimbusnote Sync – please confirm your email'
                   WHEN 1 THEN 'Reset your Nimbusnote Sync password'
                   WHEN 2 THEN coalesce(nullif(s.full_name, ''), s.email) || ' has shared a notebook with you'
                   WHEN 3 THEN 'Your Nimbusnote Sync password was changed'
                   WHEN 4 THEN 'Confirm your new email address'
                   WHEN 5 THEN 'Your payment could not be processed'
                   ELSE 'Your account is over its storage limit' END,
       CASE WHEN m.full_name = '' THEN 'Hello,' ELSE 'Hello ' || m.first || ',' END || E'\n\n' ||
       CASE m.kind WHEN 0 THEN E'Thank you for signing up to Nimbusnote Sync. Please confirm your email address and set your password by following this link:\n\n[Confirm email](https://sync.nimbusnote.example/users/' || m.uid || '/confirm?token=' || m.tok || ')'
                   WHEN 1 THEN E'Somebody asked to reset your password. If it was you, follow this link within 24 hours:\n\n[Reset password](https://sync.nimbusnote.example/password/reset?token=' || m.tok || E')\n\nIf you did not request it, you can ignore this email.'
                   WHEN 2 THEN coalesce(nullif(s.full_name, ''), s.email) || ' (' || s.email || E') has shared a notebook with you.\n\nOpen the Joplin app and go to Tools > Notebook invitations to accept it.\n\n[View invitations](https://sync.nimbusnote.example/shares)'
                   WHEN 3 THEN E'Your password was changed. If you did not do it, reset it now:\n\n[Reset password](https://sync.nimbusnote.example/password/reset?token=' || m.tok || ')'
                   WHEN 4 THEN E'Please confirm your new email address ' || m.newmail || E' by following this link:\n\n[Confirm email](https://sync.nimbusnote.example/users/' || m.uid || '/confirm?token=' || m.tok || E'&confirm_email=1)'
                   WHEN 5 THEN E'The last payment for your Pro subscription failed. Please update your card in the billing portal:\n\n[Billing portal](https://sync.nimbusnote.example/stripe/portal)\n\nYour account will be restricted in 14 days.'
                   ELSE E'Your account is over its storage limit (' || (10 + m.e % 4)::text || E' GB). Please delete some notes or upgrade your plan.\n\n[Upgrade](https://sync.nimbusnote.example/upgrade)' END
       || E'\n\n-- \nThe Nimbusnote team · Nimbusnote OÜ, Telliskivi 60a, 10412 Tallinn · support@nimbusnote.example',
       CASE WHEN m.e % 31 = 7 THEN 0 ELSE m.at + 2000 + fixture_gen.n('ems', m.e, 60000) END,
       CASE WHEN m.e % 31 = 7 THEN 0 ELSE 1 END,
       CASE WHEN m.e % 31 = 7 THEN fixture_gen.pick(ARRAY['Error: Message failed: 550 5.1.1 <' || m.email || '>: Recipient address rejected: User unknown in virtual mailbox table',
                                                          'Error: Can''t send mail - all recipients were rejected: 452 4.2.2 <' || m.email || '> Mailbox full',
                                                          'Error: connect ETIMEDOUT 10.20.0.25:587'], 'emerr', m.e) ELSE '' END,
       m.at + 60000, m.at,
       CASE m.kind WHEN 5 THEN 'failedPaymentWarning::' || m.uid WHEN 6 THEN 'oversizedAccount1::' || m.uid WHEN 0 THEN 'welcome::' || m.uid ELSE '' END
FROM jgen.em m LEFT JOIN jgen.u s ON s.i = CASE WHEN m.ui > 2 THEN m.ui - 1 ELSE 140 END
ORDER BY m.at, m.e;

UPDATE emails e SET key = '' WHERE id NOT IN (SELECT min(id) FROM emails WHERE key <> '' GROUP BY key);

-- Paid accounts (Basic and Pro) have a Stripe subscription.
INSERT INTO subscriptions (user_id, stripe_user_id, stripe_subscription_id, last_payment_time, last_payment_failed_time, updated_time, created_time, is_deleted)
SELECT u.id, 'cus_' || jgen.rnd('scus', u.i, 14), 'sub_' || '1' || jgen.rnd('ssub', u.i, 23),
       1716000000000 + fixture_gen.n('slp', u.i, 2500000)::bigint * 1000,
       CASE WHEN u.i % 10 = 7 THEN 1717000000000 + fixture_gen.n('slf', u.i, 1500000)::bigint * 1000 ELSE 0 END,
       1716000000000 + fixture_gen.n('slp', u.i, 2500000)::bigint * 1000, u.created + 120000,
       CASE WHEN NOT u.enabled THEN 1 ELSE 0 END
FROM jgen.u u WHERE u.i > 4 AND u.account_type > 0 ORDER BY u.created;

INSERT INTO user_flags (user_id, type, updated_time, created_time)
SELECT u.id, f.t, c, c FROM jgen.u u
CROSS JOIN LATERAL (SELECT CASE WHEN NOT u.enabled THEN 6 WHEN u.i % 10 = 7 THEN 1 WHEN u.i % 11 = 2 THEN 3 WHEN u.i % 5 = 3 THEN 4 WHEN u.i % 29 = 8 THEN 5 END AS t) f
CROSS JOIN LATERAL (SELECT u.created + 86400000::bigint * (90 + fixture_gen.n('ufl', u.i, 400)) AS c) x
WHERE f.t IS NOT NULL AND u.i > 4
UNION ALL
SELECT u.id, 2, 1718000000000 + u.i * 1000, 1718000000000 + u.i * 1000 FROM jgen.u u WHERE u.i % 20 = 7;

-- In-app notifications (Joplin's own messages; share invitations name the
-- sharer).
INSERT INTO notifications
SELECT jgen.hid('notif' || v, u.i), u.id,
       CASE v WHEN 1 THEN 20 WHEN 2 THEN 10 WHEN 3 THEN 10 ELSE 5 END,
       CASE v WHEN 1 THEN 'emailConfirmed' WHEN 2 THEN 'passwordSet' WHEN 3 THEN 'shareInvitation::' || jgen.hid('share', s.i) ELSE 'changeEmail' END,
       CASE v WHEN 1 THEN 'Welcome to Nimbusnote Sync! Your email has been confirmed.'
              WHEN 2 THEN 'Your password has been set.'
              WHEN 3 THEN '**' || coalesce(nullif(s.full_name, ''), s.email) || '** (' || s.email || ') has shared a notebook with you: **' || coalesce(fi.title, '') || '**. Accept it from the Joplin app.'
              ELSE 'A confirmation email has been sent to your new address. Please follow the link in that email to confirm. Your email will only be updated after that.' END,
       CASE WHEN (u.i + v) % 3 = 0 THEN 0 ELSE 1 END, CASE WHEN v = 3 THEN 0 ELSE 1 END,
       u.created + v * 3600000 + 60000, u.created + v * 3600000
FROM jgen.u u CROSS JOIN generate_series(1, 4) v
LEFT JOIN jgen.u s ON s.i = u.i - 1 AND v = 3
LEFT JOIN jgen.it fi ON fi.u = s.i AND fi.k = 1
WHERE u.i > 4 AND (v = 1 OR (v = 2 AND u.i % 3 = 0) OR (v = 3 AND u.i % 5 = 1 AND u.i <= 136) OR (v = 4 AND u.i % 12 = 5));

-- key_values: pending email changes (the new address until confirmed),
-- Stripe checkout sessions mapped to prices, sync locks per account, and a
-- few server states.
INSERT INTO key_values (key, type, value)
SELECT 'newEmail::' || u.id, 2, fixture_gen.email('newmail', u.i) FROM jgen.u u WHERE u.i % 12 = 5
UNION ALL
SELECT 'stripeSessionToPriceId::cs_live_' || jgen.rnd('cs', u.i, 58), 2,
       CASE u.account_type WHEN 2 THEN 'price_1JtOAcLx4fybOTqJxQ8Zz9Pro' ELSE 'price_1JtO9yLx4fybOTqJ4kBasic1' END
FROM jgen.u u WHERE u.i > 4 AND u.account_type > 0
UNION ALL
SELECT 'locks::' || u.id, 2,
       '[{"type":1,"clientType":"' || fixture_gen.pick(ARRAY['desktop', 'mobile', 'cli'], 'lkct', u.i) || '","clientId":"' || jgen.hid('client', u.i) || '","updatedTime":' || (1718900000000 + u.i * 37000) || '}]'
FROM jgen.u u WHERE u.i % 6 = 1
UNION ALL
SELECT k, t, v FROM (VALUES ('lastTotalSizeUpdate', 1, '1718985600000'), ('lastBetaEmailCheck', 1, '1718899200000'), ('compressOldChanges::lastCounter', 1, '18422'),
  ('processShares::lastChangeCounter', 1, '19810'), ('heartbeat', 1, '1718990400000')) v(k, t, v);

-- Account deletions: scheduled by the task for disabled accounts or asked
-- for by the user; each run backs up the account first.
INSERT INTO user_deletions (user_id, process_data, process_account, scheduled_time, start_time, end_time, success, error, updated_time, created_time)
SELECT u.id, 1, CASE WHEN u.i % 2 = 0 THEN 1 ELSE 0 END, c + 86400000::bigint * 7,
       CASE WHEN u.i % 4 = 3 THEN 0 ELSE c + 86400000::bigint * 7 + 60000 END,
       CASE WHEN u.i % 4 = 3 THEN 0 ELSE c + 86400000::bigint * 7 + 60000 + fixture_gen.n('udend', u.i, 900000) END,
       CASE WHEN u.i % 4 = 3 OR u.i % 8 = 5 THEN 0 ELSE 1 END,
       CASE WHEN u.i % 8 = 5 AND u.i % 4 <> 3 THEN 'Error: Could not delete item ' || jgen.hid('item3', u.i) || ': timeout acquiring a connection. The pool is probably full.' ELSE '' END,
       c + 86400000::bigint * 7 + 60000, c
FROM jgen.u u CROSS JOIN LATERAL (SELECT u.created + 86400000::bigint * (250 + fixture_gen.n('udc', u.i, 200)) AS c) x
WHERE u.i > 4 AND (NOT u.enabled OR u.i % 14 = 9);

INSERT INTO backup_items (type, key, user_id, content, created_time)
SELECT 1, u.email, u.id,
       convert_to(json_build_object(
         'user', json_build_object('id', u.id, 'email', u.email, 'password', us.password, 'full_name', us.full_name, 'is_admin', 0, 'updated_time', us.updated_time,
                                   'created_time', us.created_time, 'email_confirmed', us.email_confirmed, 'must_set_password', 0, 'account_type', us.account_type,
                                   'can_upload', 1, 'max_item_size', us.max_item_size, 'can_share_folder', us.can_share_folder, 'can_share_note', us.can_share_note,
                                   'max_total_item_size', us.max_total_item_size, 'total_item_size', us.total_item_size, 'enabled', us.enabled, 'disabled_time', us.disabled_time),
         'flags', coalesce((SELECT json_agg(json_build_object('id', f.id, 'user_id', f.user_id, 'type', f.type, 'updated_time', f.updated_time, 'created_time', f.created_time)) FROM user_flags f WHERE f.user_id = u.id), '[]'::json),
         'subscription', (SELECT json_build_object('id', s.id, 'user_id', s.user_id, 'stripe_user_id', s.stripe_user_id, 'stripe_subscription_id', s.stripe_subscription_id,
                                   'last_payment_time', s.last_payment_time, 'last_payment_failed_time', s.last_payment_failed_time, 'is_deleted', s.is_deleted) FROM subscriptions s WHERE s.user_id = u.id)
       )::text, 'UTF8'),
       d.start_time
FROM user_deletions d JOIN jgen.u u ON u.id = d.user_id JOIN users us ON us.id = u.id WHERE d.start_time > 0 ORDER BY d.start_time;

-- Sync locks held by the clients at the moment of the snapshot.
INSERT INTO locks
SELECT md5('lock' || l)::uuid, u.id, CASE WHEN l % 9 = 0 THEN 2 ELSE 1 END, fixture_gen.pick(ARRAY['desktop', 'desktop', 'mobile', 'cli'], 'lct', l),
       jgen.hid('client', u.i * 3 + l % 3), 1718990000000 + l * 41000, 1718990000000 + l * 41000 - fixture_gen.n('lcr', l, 600000)
FROM generate_series(1, 30) l JOIN jgen.u u ON u.i = 2 + fixture_gen.n('lu', l, 139);

-- =====================================================================
-- Nimbusnote OÜ's own tables, schema nimbus
-- =====================================================================
CREATE SCHEMA nimbus;

CREATE TABLE nimbus.plans (
  id serial PRIMARY KEY,
  code varchar(32) NOT NULL UNIQUE,
  name text NOT NULL,
  monthly_price_cents integer NOT NULL,
  yearly_price_cents integer NOT NULL,
  max_item_size integer,
  max_total_item_size bigint,
  can_share_folder boolean NOT NULL DEFAULT true,
  stripe_price_id varchar(64),
  description text,
  is_public boolean NOT NULL DEFAULT true
);

CREATE TABLE nimbus.customers (
  id serial PRIMARY KEY,
  joplin_user_id varchar(32) NOT NULL UNIQUE,
  company_name text,
  first_name text NOT NULL,
  last_name text NOT NULL,
  email text NOT NULL,
  phone text,
  preferred_language varchar(5) NOT NULL DEFAULT 'en',
  country_code char(2),
  signup_source varchar(32),
  marketing_opt_in boolean NOT NULL DEFAULT false,
  referral_code varchar(16),
  notes text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE nimbus.billing_addresses (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES nimbus.customers (id),
  address_type varchar(16) NOT NULL DEFAULT 'billing',
  recipient_name text NOT NULL,
  company text,
  line1 text NOT NULL,
  line2 text,
  postal_code varchar(16),
  city text NOT NULL,
  region text,
  country char(2) NOT NULL,
  vat_number varchar(20),
  vat_validated_at timestamptz,
  is_default boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL
);

CREATE TABLE nimbus.invoices (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES nimbus.customers (id),
  number varchar(24) NOT NULL UNIQUE,
  stripe_invoice_id varchar(64),
  issued_on date NOT NULL,
  due_on date NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  subtotal_cents integer NOT NULL,
  tax_cents integer NOT NULL,
  total_cents integer NOT NULL,
  tax_rate numeric(5, 2) NOT NULL,
  reverse_charge boolean NOT NULL DEFAULT false,
  status varchar(16) NOT NULL,
  pdf_path text,
  billing_snapshot jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE nimbus.invoice_lines (
  id serial PRIMARY KEY,
  invoice_id integer NOT NULL REFERENCES nimbus.invoices (id),
  description text NOT NULL,
  quantity integer NOT NULL DEFAULT 1,
  unit_price_cents integer NOT NULL,
  plan_code varchar(32),
  period_start date,
  period_end date
);

CREATE TABLE nimbus.payment_methods (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES nimbus.customers (id),
  stripe_payment_method_id varchar(64) NOT NULL,
  brand varchar(16),
  last4 char(4),
  exp_month smallint,
  exp_year smallint,
  cardholder_name text,
  fingerprint varchar(32),
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL
);

CREATE TABLE nimbus.payment_events (
  id serial PRIMARY KEY,
  customer_id integer REFERENCES nimbus.customers (id),
  stripe_event_id varchar(64) NOT NULL UNIQUE,
  event_type varchar(64) NOT NULL,
  amount_cents integer,
  currency char(3),
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL,
  processed_at timestamptz,
  status varchar(16) NOT NULL
);

CREATE TABLE nimbus.agents (
  id serial PRIMARY KEY,
  display_name text NOT NULL,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role varchar(16) NOT NULL,
  totp_secret varchar(64),
  signature text,
  is_active boolean NOT NULL DEFAULT true,
  last_login_at timestamptz,
  last_login_ip inet,
  created_at timestamptz NOT NULL
);

CREATE TABLE nimbus.support_tickets (
  id serial PRIMARY KEY,
  customer_id integer REFERENCES nimbus.customers (id),
  requester_email text NOT NULL,
  requester_name text,
  subject text NOT NULL,
  status varchar(16) NOT NULL,
  priority varchar(8) NOT NULL,
  channel varchar(16) NOT NULL,
  assigned_agent_id integer REFERENCES nimbus.agents (id),
  first_response_at timestamptz,
  resolved_at timestamptz,
  tags text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  satisfaction_rating smallint
);

CREATE TABLE nimbus.ticket_messages (
  id serial PRIMARY KEY,
  ticket_id integer NOT NULL REFERENCES nimbus.support_tickets (id),
  author_type varchar(16) NOT NULL,
  author_agent_id integer REFERENCES nimbus.agents (id),
  from_address text,
  body text NOT NULL,
  is_internal_note boolean NOT NULL DEFAULT false,
  raw_headers jsonb,
  via varchar(16) NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE nimbus.ticket_attachments (
  id serial PRIMARY KEY,
  message_id integer NOT NULL REFERENCES nimbus.ticket_messages (id),
  file_name text NOT NULL,
  content_type varchar(64) NOT NULL,
  byte_size integer NOT NULL,
  storage_key text NOT NULL,
  sha256 char(64) NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE nimbus.admin_audit (
  id bigserial PRIMARY KEY,
  agent_id integer REFERENCES nimbus.agents (id),
  action varchar(48) NOT NULL,
  target_type varchar(24) NOT NULL,
  target_id text,
  ip_address inet,
  user_agent text,
  details jsonb NOT NULL DEFAULT '{}',
  occurred_at timestamptz NOT NULL,
  request_id uuid NOT NULL
);

CREATE TABLE nimbus.instances (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES nimbus.customers (id),
  slug varchar(48) NOT NULL UNIQUE,
  hostname text NOT NULL,
  region varchar(16) NOT NULL,
  node_address inet NOT NULL,
  app_base_url text NOT NULL,
  db_connection_url text NOT NULL,
  mailer_host text,
  mailer_auth_user text,
  mailer_auth_password text,
  joplin_version varchar(16) NOT NULL,
  status varchar(16) NOT NULL,
  created_at timestamptz NOT NULL,
  storage_connection text
);

CREATE TABLE nimbus.backups (
  id bigserial PRIMARY KEY,
  instance_id integer NOT NULL REFERENCES nimbus.instances (id),
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  size_bytes bigint,
  object_key text NOT NULL,
  checksum char(64),
  status varchar(16) NOT NULL,
  encryption_key_id text NOT NULL,
  error text
);

CREATE TABLE nimbus.api_keys (
  id serial PRIMARY KEY,
  agent_id integer NOT NULL REFERENCES nimbus.agents (id),
  name text NOT NULL,
  key_prefix varchar(16) NOT NULL,
  key_hash char(64) NOT NULL,
  scopes text[] NOT NULL,
  last_used_at timestamptz,
  last_used_ip inet,
  expires_at timestamptz,
  created_at timestamptz NOT NULL
);

CREATE TABLE nimbus.cancellation_surveys (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES nimbus.customers (id),
  plan_code varchar(32) NOT NULL,
  reason_code varchar(32) NOT NULL,
  comment text,
  would_return boolean,
  created_at timestamptz NOT NULL
);

CREATE TABLE nimbus.abuse_reports (
  id serial PRIMARY KEY,
  reporter_email text NOT NULL,
  reporter_name text,
  share_url text NOT NULL,
  share_id varchar(32),
  reason varchar(32) NOT NULL,
  description text,
  status varchar(16) NOT NULL,
  handled_by integer REFERENCES nimbus.agents (id),
  created_at timestamptz NOT NULL,
  resolution_note text
);

CREATE TABLE nimbus.gdpr_requests (
  id serial PRIMARY KEY,
  customer_id integer REFERENCES nimbus.customers (id),
  request_type varchar(16) NOT NULL,
  requester_email text NOT NULL,
  identity_verified_via varchar(24),
  status varchar(16) NOT NULL,
  received_at timestamptz NOT NULL,
  due_on date NOT NULL,
  completed_at timestamptz,
  export_url text,
  notes text
);

CREATE TABLE nimbus.newsletter_subscribers (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  locale varchar(5) NOT NULL,
  confirmed_at timestamptz,
  confirm_token varchar(43),
  unsubscribed_at timestamptz,
  source varchar(24) NOT NULL,
  signup_ip inet
);

CREATE TABLE nimbus.login_attempts (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  ip_address inet NOT NULL,
  user_agent text,
  success boolean NOT NULL,
  failure_reason varchar(32),
  attempted_at timestamptz NOT NULL
);

CREATE TABLE nimbus.status_incidents (
  id serial PRIMARY KEY,
  title text NOT NULL,
  body text NOT NULL,
  severity varchar(16) NOT NULL,
  started_at timestamptz NOT NULL,
  resolved_at timestamptz,
  components text[] NOT NULL,
  postmortem_url text
);

CREATE TABLE nimbus.coupons (
  id serial PRIMARY KEY,
  code varchar(32) NOT NULL UNIQUE,
  percent_off smallint NOT NULL,
  duration varchar(16) NOT NULL,
  max_redemptions integer,
  times_redeemed integer NOT NULL DEFAULT 0,
  valid_until date,
  stripe_coupon_id varchar(32),
  created_by integer REFERENCES nimbus.agents (id)
);

CREATE TABLE nimbus.coupon_redemptions (
  id serial PRIMARY KEY,
  coupon_id integer NOT NULL REFERENCES nimbus.coupons (id),
  customer_id integer NOT NULL REFERENCES nimbus.customers (id),
  redeemed_at timestamptz NOT NULL,
  ip_address inet
);

CREATE TABLE nimbus.settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by integer REFERENCES nimbus.agents (id)
);

CREATE TABLE nimbus.mail_templates (
  id serial PRIMARY KEY,
  key varchar(48) NOT NULL,
  locale varchar(5) NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (key, locale)
);

INSERT INTO nimbus.plans (code, name, monthly_price_cents, yearly_price_cents, max_item_size, max_total_item_size, can_share_folder, stripe_price_id, description, is_public) VALUES
  ('free', 'Free trial', 0, 0, 10485760, 1073741824, false, NULL, '14 days, 1 GB, no sharing.', true),
  ('basic', 'Basic', 299, 2990, 10485760, 2147483648, false, 'price_1JtO9yLx4fybOTqJ4kBasic1', 'Sync across your devices, 2 GB of notes.', true),
  ('pro', 'Pro', 599, 5990, 209715200, 10737418240, true, 'price_1JtOAcLx4fybOTqJxQ8Zz9Pro', 'Share notebooks, publish notes, 10 GB.', true),
  ('team', 'Team (dedicated instance)', 2900, 29000, 209715200, 53687091200, true, 'price_1Kx2TeamLx4fybOTqJ8dEd1c', 'Your own Joplin Server, per 5 seats.', true),
  ('edu', 'Education', 150, 1500, 104857600, 5368709120, true, 'price_1Kx3EduLx4fybOTqJ2sChOol', 'For schools and students, with proof of enrolment.', false),
  ('legacy-pro-2021', 'Pro (2021 price)', 499, 4990, 209715200, 10737418240, true, 'price_1IqLegacyLx4fybOTqJ0old', 'Grandfathered early-bird price.', false);

INSERT INTO nimbus.agents (display_name, email, password_hash, role, totp_secret, signature, is_active, last_login_at, last_login_ip, created_at)
SELECT n, lower(split_part(n, ' ', 1)) || '@nimbusnote.example',
       '$argon2id$v=19$m=65536,t=3,p=4$' || rtrim(fixture_gen.b64('agsalt', a, 16), '=') || '$' || rtrim(fixture_gen.b64('aghash', a, 32), '='),
       r, CASE WHEN a % 4 <> 3 THEN fixture_gen.chars('agtotp', a, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       n || E'\n' || t || E' · Nimbusnote OÜ\n' || ph, a <> 7, timestamptz '2024-06-27 08:00:00+00' - make_interval(mins => fixture_gen.n('agll', a, 20000)),
       fixture_gen.ipv4('agip', a)::inet, timestamptz '2021-05-01 09:00:00+00' + a * interval '41 days'
FROM (VALUES (1, 'Kristjan Tamm', 'owner', 'Founder', '+372 5123 4471'), (2, 'Liis Saar', 'support', 'Customer support', '+372 5588 0192'),
             (3, 'Mihkel Kask', 'admin', 'Operations', '+372 5301 7765'), (4, 'Aino Virtanen', 'support', 'Customer support (FI/SE)', '+358 40 718 2290'),
             (5, 'Paulina Nowak', 'support', 'Customer support (PL/DE)', '+48 512 330 874'), (6, 'Deniz Arslan', 'billing', 'Billing', '+372 5910 2238'),
             (7, 'Rasmus Lepp', 'support', 'Customer support', '+372 5644 1907'), (8, 'Kadri Mets', 'admin', 'Infrastructure', '+372 5820 6613')) v(a, n, r, t, ph);

-- Customers: one per paying or trial Joplin account (users 5-140).
INSERT INTO nimbus.customers (joplin_user_id, company_name, first_name, last_name, email, phone, preferred_language, country_code, signup_source, marketing_opt_in, referral_code, notes, created_at, updated_at)
SELECT u.id,
       CASE WHEN u.i % 6 = 0 THEN (ARRAY['Lindqvist Arkitekter AB', 'Bright Ledger Ltd', 'Ostsee-Klinik Rostock GmbH', 'Kaya Hukuk Bürosu', 'Agência Rumo Ltda'])[1 + fixture_gen.n('ued', u.i, 5)] END,
       u.first, u.last, u.email, CASE WHEN u.i % 3 <> 0 THEN u.phone END,
       CASE u.country WHEN 'DE' THEN 'de' WHEN 'FR' THEN 'fr' WHEN 'PL' THEN 'pl' WHEN 'TR' THEN 'tr' WHEN 'JP' THEN 'ja' WHEN 'BR' THEN 'pt-BR' WHEN 'EE' THEN 'et' WHEN 'FI' THEN 'fi' WHEN 'ES' THEN 'es' ELSE 'en' END,
       u.country, fixture_gen.pick(ARRAY['direct', 'joplin_forum', 'google_ads', 'referral', 'reddit', 'newsletter'], 'csrc', u.i),
       u.i % 3 = 1, 'NN-' || upper(jgen.rnd('cref', u.i, 6)),
       CASE fixture_gen.n('cnote', u.i, 8)
         WHEN 0 THEN 'Asked for an invoice addressed to her employer, ' || (ARRAY['Lindqvist Arkitekter AB', 'Bright Ledger Ltd', 'Ostsee-Klinik Rostock GmbH'])[1 + u.i % 3] || '. Call back on ' || u.phone || '.'
         WHEN 1 THEN 'Moved from Evernote; helped with the ENEX import on ' || to_char(to_timestamp(u.created / 1000), 'DD Mon YYYY') || '.'
         WHEN 2 THEN 'Husband ' || fixture_gen.first_name('cspouse', u.i) || ' ' || u.last || ' also has an account (' || fixture_gen.email('cspouse', u.i) || '); wants one family invoice.'
         WHEN 3 THEN 'Student discount granted, enrolment proof checked by Liis.'
         WHEN 4 THEN 'Lost 2FA phone, identity confirmed by video call; new number ' || fixture_gen.phone('cnewph', u.i) || '.'
         ELSE NULL END,
       to_timestamp(u.created / 1000.0), to_timestamp(u.created / 1000.0) + make_interval(days => fixture_gen.n('cupd', u.i, 300))
FROM jgen.u u WHERE u.i > 4 ORDER BY u.i;

INSERT INTO nimbus.billing_addresses (customer_id, address_type, recipient_name, company, line1, line2, postal_code, city, region, country, vat_number, vat_validated_at, is_default, created_at)
SELECT c.id, CASE WHEN v = 1 THEN 'billing' ELSE 'shipping' END,
       c.first_name || ' ' || c.last_name, c.company_name,
       fixture_gen.street('bst' || v, c.id), CASE WHEN c.id % 5 = 2 THEN fixture_gen.pick(ARRAY['Apt 4B', '2. OG links', 'c/o ' || fixture_gen.full_name('bco', c.id), 'Bâtiment C'], 'bl2', c.id) END,
       fixture_gen.postcode('bpc' || v, c.id), fixture_gen.city('bci' || v, c.id),
       CASE WHEN c.country_code IN ('DE', 'IN', 'BR', 'ES', 'IT') THEN fixture_gen.pick(ARRAY['Bayern', 'Maharashtra', 'Paraná', 'Andalucía', 'Emilia-Romagna', 'Nordrhein-Westfalen'], 'brg', c.id) END,
       c.country_code,
       CASE WHEN c.company_name IS NOT NULL OR c.id % 9 = 4 THEN fixture_gen.vat('bvat', c.id) END,
       CASE WHEN c.company_name IS NOT NULL OR c.id % 9 = 4 THEN c.created_at + interval '2 minutes' END,
       v = 1, c.created_at + interval '1 minute'
FROM nimbus.customers c, generate_series(1, 2) v WHERE v = 1 OR c.id % 11 = 3;

INSERT INTO nimbus.payment_methods (customer_id, stripe_payment_method_id, brand, last4, exp_month, exp_year, cardholder_name, fingerprint, is_default, created_at)
SELECT c.id, 'pm_1' || jgen.rnd('pm', c.id * 2 + v, 23), fixture_gen.pick(ARRAY['visa', 'mastercard', 'visa', 'amex', 'sepa_debit'], 'pmb', c.id * 2 + v),
       right(fixture_gen.card('pmc', c.id * 2 + v), 4), 1 + fixture_gen.n('pmm', c.id * 2 + v, 12), 2024 + fixture_gen.n('pmy', c.id * 2 + v, 5),
       upper(c.first_name || ' ' || c.last_name), jgen.rnd('pmfp', c.id * 2 + v, 16), v = 1, c.created_at + make_interval(days => v * 200)
FROM nimbus.customers c JOIN users u ON u.id = c.joplin_user_id, generate_series(1, 2) v
WHERE u.account_type > 0 AND (v = 1 OR c.id % 7 = 2);

-- Monthly invoices for paying customers, the last few months.
INSERT INTO nimbus.invoices (customer_id, number, stripe_invoice_id, issued_on, due_on, currency, subtotal_cents, tax_cents, total_cents, tax_rate, reverse_charge, status, pdf_path, billing_snapshot, created_at)
SELECT c.id, 'NN-' || to_char(d, 'YYYY') || '-' || lpad((c.id * 10 + m)::text, 6, '0'), 'in_1' || jgen.rnd('inv', c.id * 10 + m, 23),
       d, d + 14, 'EUR', p.monthly_price_cents,
       CASE WHEN b.vat_number IS NOT NULL AND b.country <> 'EE' THEN 0 ELSE round(p.monthly_price_cents * 0.22)::int END,
       p.monthly_price_cents + CASE WHEN b.vat_number IS NOT NULL AND b.country <> 'EE' THEN 0 ELSE round(p.monthly_price_cents * 0.22)::int END,
       CASE WHEN b.vat_number IS NOT NULL AND b.country <> 'EE' THEN 0 ELSE 22 END, b.vat_number IS NOT NULL AND b.country <> 'EE',
       CASE WHEN m = 1 AND c.id % 10 = 2 THEN 'open' WHEN c.id % 31 = 5 THEN 'void' ELSE 'paid' END,
       'invoices/' || to_char(d, 'YYYY/MM') || '/NN-' || to_char(d, 'YYYY') || '-' || lpad((c.id * 10 + m)::text, 6, '0') || '.pdf',
       jsonb_build_object('name', b.recipient_name, 'company', b.company, 'email', c.email, 'address', jsonb_build_object('line1', b.line1, 'line2', b.line2, 'postal_code', b.postal_code, 'city', b.city, 'country', b.country),
                          'vat_number', b.vat_number, 'plan', p.code),
       d::timestamptz + interval '6 hours'
FROM nimbus.customers c JOIN users u ON u.id = c.joplin_user_id
JOIN nimbus.billing_addresses b ON b.customer_id = c.id AND b.is_default
JOIN nimbus.plans p ON p.code = CASE u.account_type WHEN 2 THEN 'pro' ELSE 'basic' END,
generate_series(1, 4) m, LATERAL (SELECT (date '2024-06-01' - (m - 1) * interval '1 month')::date + (c.id % 27) AS d) dd
WHERE u.account_type > 0
ORDER BY d, c.id;

INSERT INTO nimbus.invoice_lines (invoice_id, description, quantity, unit_price_cents, plan_code, period_start, period_end)
SELECT i.id, 'Nimbusnote ' || initcap(i.billing_snapshot->>'plan') || ' – monthly (' || to_char(i.issued_on, 'FMMonth YYYY') || ')', 1, i.subtotal_cents, i.billing_snapshot->>'plan', i.issued_on, (i.issued_on + interval '1 month')::date - 1
FROM nimbus.invoices i ORDER BY i.id;

INSERT INTO nimbus.payment_events (customer_id, stripe_event_id, event_type, amount_cents, currency, payload, received_at, processed_at, status)
SELECT i.customer_id, 'evt_1' || jgen.rnd('evt', i.id, 23), CASE WHEN i.status = 'open' THEN 'invoice.payment_failed' ELSE 'invoice.paid' END, i.total_cents, 'eur',
       jsonb_build_object('id', 'evt_1' || jgen.rnd('evt', i.id, 23), 'type', CASE WHEN i.status = 'open' THEN 'invoice.payment_failed' ELSE 'invoice.paid' END, 'livemode', true,
         'data', jsonb_build_object('object', jsonb_build_object('id', i.stripe_invoice_id, 'object', 'invoice', 'customer', s.stripe_user_id, 'customer_email', c.email,
           'customer_name', c.first_name || ' ' || c.last_name, 'customer_address', i.billing_snapshot->'address', 'subscription', s.stripe_subscription_id,
           'amount_paid', CASE WHEN i.status = 'open' THEN 0 ELSE i.total_cents END, 'currency', 'eur'))),
       i.created_at + interval '3 minutes', i.created_at + interval '3 minutes 2 seconds', CASE WHEN i.id % 97 = 13 THEN 'failed' ELSE 'processed' END
FROM nimbus.invoices i JOIN nimbus.customers c ON c.id = i.customer_id JOIN subscriptions s ON s.user_id = c.joplin_user_id
WHERE i.id % 2 = 0 OR i.status = 'open' ORDER BY i.id;

-- Support: tickets from the contact form and by email, the customers'
-- messages and the agents' replies and internal notes.
CREATE TABLE jgen.tk AS
SELECT t, c.id AS cid, c.first_name AS f, c.last_name AS l, c.email, c.phone, fixture_gen.n('tkk', t, 10) AS kind,
       timestamptz '2023-01-05 08:00:00+00' + make_interval(secs => fixture_gen.n('tkat', t, 46000000)) AS at,
       1 + fixture_gen.n('tkag', t, 6) AS agent
FROM generate_series(1, 190) t JOIN nimbus.customers c ON c.id = 1 + fixture_gen.n('tkc', t, 136);

INSERT INTO nimbus.support_tickets (customer_id, requester_email, requester_name, subject, status, priority, channel, assigned_agent_id, first_response_at, resolved_at, tags, created_at, updated_at, satisfaction_rating)
SELECT CASE WHEN t % 19 = 4 THEN NULL ELSE cid END, CASE WHEN t % 19 = 4 THEN fixture_gen.email('tkanon', t) ELSE email END,
       CASE WHEN t % 19 = 4 THEN fixture_gen.full_name('tkanon', t) WHEN t % 7 = 3 THEN NULL ELSE f || ' ' || l END,
       (ARRAY['Sync stuck at "Fetching items"', 'Cannot log in after changing my email', 'Invoice needs my company address', 'Refund for double charge',
              'Shared notebook not showing for ' || fixture_gen.first_name('tks', t), 'E2EE: forgot master password', 'Please delete my account and all data',
              'Upgrade to Pro but limit still 2 GB', 'Import from Evernote failed', 'Attachments over 10 MB rejected'])[1 + kind],
       CASE WHEN t > 180 THEN 'open' WHEN t % 13 = 2 THEN 'pending' ELSE 'solved' END, CASE WHEN kind IN (1, 3, 5) THEN 'high' ELSE 'normal' END,
       CASE WHEN t % 3 = 0 THEN 'web_form' ELSE 'email' END, CASE WHEN t > 185 THEN NULL ELSE agent END,
       at + make_interval(mins => 20 + fixture_gen.n('tkfr', t, 600)), CASE WHEN t > 180 OR t % 13 = 2 THEN NULL ELSE at + make_interval(hours => 2 + fixture_gen.n('tkrs', t, 90)) END,
       CASE kind WHEN 2 THEN '{billing}' WHEN 3 THEN '{billing,refund}' WHEN 5 THEN '{e2ee}' WHEN 6 THEN '{gdpr,deletion}' ELSE '{sync}' END::text[],
       at, at + make_interval(hours => 3 + fixture_gen.n('tkup', t, 100)), CASE WHEN t % 4 = 0 THEN 1 + fixture_gen.n('tksat', t, 5) END
FROM jgen.tk ORDER BY t;

INSERT INTO nimbus.ticket_messages (ticket_id, author_type, author_agent_id, from_address, body, is_internal_note, raw_headers, via, created_at)
SELECT x.t, x.author_type, x.agent_id, x.from_address, x.body, x.internal, x.headers, x.via, x.at FROM (
  SELECT k.t, 1 AS v, 'customer' AS author_type, NULL::int AS agent_id, st.requester_email AS from_address,
         CASE k.kind
           WHEN 0 THEN E'Hi,\nmy desktop app has been stuck on "Fetching items 412/2210" since yesterday. I use Joplin 2.14 on Windows and the phone syncs fine.\nThanks, ' || k.f
           WHEN 1 THEN 'I changed my email to ' || fixture_gen.email('tknew', k.t) || E' but the confirmation link says the token is invalid. Now I cannot log in with either address.\n' || k.f || ' ' || k.l || E'\n' || coalesce(k.phone, '')
           WHEN 2 THEN E'Hello, could you reissue the invoices for March to June with my company address?\n' || k.f || ' ' || k.l || E'\n' || fixture_gen.street('tkst', k.t) || ', ' || fixture_gen.postcode('tkpc', k.t) || ' ' || fixture_gen.city('tkci', k.t) || E'\nVAT: ' || fixture_gen.vat('tkvat', k.t)
           WHEN 3 THEN 'I was charged twice on ' || to_char(k.at, 'DD Mon') || E'. Card ending ' || right(fixture_gen.card('tkcard', k.t), 4) || E'. Please refund one of them.'
           WHEN 4 THEN 'I shared my notebook "Family" with my sister ' || fixture_gen.first_name('tks', k.t) || ' (' || fixture_gen.email('tksis', k.t) || E') two days ago but she sees nothing. She accepted the invitation.'
           WHEN 5 THEN E'I forgot the master password for encryption. I wrote it down in a note, but of course that note is encrypted too. Is there any way to recover? My notes about my father''s estate are in there.'
           WHEN 6 THEN E'Please delete my account and everything in it. I''m moving to another service.\nRegards, ' || k.f || ' ' || k.l
           WHEN 7 THEN E'I upgraded to Pro this morning but the server still says my account is over the 2 GB limit.'
           WHEN 8 THEN E'The Evernote import stops at 60% with "Error: Invalid date". About 3000 notes.'
           ELSE E'Upload of a 24 MB PDF fails with 413. Is the limit per file?' END AS body,
         false AS internal, CASE WHEN st.channel = 'email' THEN jsonb_build_object('From', coalesce(st.requester_name, '') || ' <' || st.requester_email || '>', 'To', 'support@nimbusnote.example',
             'Message-ID', '<' || jgen.rnd('mid', k.t, 24) || '@' || split_part(st.requester_email, '@', 2) || '>', 'Received', 'from [' || fixture_gen.ipv4('tkrip', k.t) || '] by mx1.nimbusnote.example',
             'User-Agent', fixture_gen.pick(ARRAY['Mozilla Thunderbird 115.11', 'Apple Mail (2.3774)', 'Microsoft Outlook 16.0'], 'tkmua', k.t)) END AS headers,
         st.channel AS via, k.at
  FROM jgen.tk k JOIN nimbus.support_tickets st ON st.id = k.t
  UNION ALL
  SELECT k.t, 2, 'agent', k.agent, a.email,
         'Hi ' || k.f || E',\n\n' || CASE k.kind WHEN 0 THEN 'Could you go to Help > Toggle development tools and send us the log? Also try Tools > Options > Synchronisation > Re-upload local data.'
           WHEN 5 THEN 'I am sorry: the master password never leaves your devices, so we cannot recover it. If another device still has the notes decrypted, export them from there first.'
           WHEN 6 THEN 'We have scheduled the deletion of your account. It will run within 7 days; you will get a confirmation email.'
           ELSE 'Thanks for the details, this is fixed now. Let us know if anything else comes up.' END || E'\n\n' || a.signature,
         false, NULL, 'email', k.at + make_interval(mins => 20 + fixture_gen.n('tkfr', k.t, 600))
  FROM jgen.tk k JOIN nimbus.agents a ON a.id = k.agent WHERE k.t <= 185
  UNION ALL
  SELECT k.t, 3, 'agent', k.agent, NULL,
         CASE k.kind WHEN 3 THEN 'Refunded ' || to_char(k.at, 'DD Mon') || ' charge in Stripe, customer ' || coalesce(s.stripe_user_id, '(no subscription, paid by invoice)') || '.'
           WHEN 1 THEN 'Token expired; set email back to ' || k.email || ' by hand and resent the confirmation.'
           WHEN 4 THEN 'Share processing job was behind, reran processShares. Sister''s account id ' || coalesce(s.user_id, '') || '.'
           ELSE 'Checked logs, nothing unusual. ' || k.f || ' called from ' || coalesce(k.phone, 'a withheld number') || ' to chase it.' END,
         true, NULL, 'internal', k.at + make_interval(mins => 30 + fixture_gen.n('tkin', k.t, 900))
  FROM jgen.tk k JOIN nimbus.customers c ON c.id = k.cid LEFT JOIN subscriptions s ON s.user_id = c.joplin_user_id WHERE k.t % 3 = 1
) x ORDER BY x.at, x.t, x.v;

INSERT INTO nimbus.ticket_attachments (message_id, file_name, content_type, byte_size, storage_key, sha256, created_at)
SELECT m.id, CASE WHEN k.kind = 6 THEN 'ID_' || fixture_gen.ascii(k.l) || '_' || fixture_gen.ascii(k.f) || '.jpg'
                  WHEN k.kind = 2 THEN 'Rechnung_' || k.l || '_' || k.f || '.pdf'
                  WHEN k.kind = 0 THEN 'log-' || to_char(k.at, 'YYYY-MM-DD') || '.txt'
                  ELSE 'Screenshot ' || to_char(k.at, 'YYYY-MM-DD') || ' at ' || to_char(k.at, 'HH24.MI.SS') || '.png' END,
       CASE WHEN k.kind = 6 THEN 'image/jpeg' WHEN k.kind = 2 THEN 'application/pdf' WHEN k.kind = 0 THEN 'text/plain' ELSE 'image/png' END,
       20000 + fixture_gen.n('tasz', m.id, 3000000), 'attachments/' || to_char(k.at, 'YYYY/MM') || '/' || fixture_gen.uuid('tak', m.id),
       encode(sha256(convert_to('att' || m.id, 'UTF8')), 'hex'), m.created_at
FROM nimbus.ticket_messages m JOIN jgen.tk k ON k.t = m.ticket_id
WHERE m.author_type = 'customer' AND (k.kind IN (0, 2, 6) OR k.t % 4 = 1) ORDER BY m.id;

INSERT INTO nimbus.cancellation_surveys (customer_id, plan_code, reason_code, comment, would_return, created_at)
SELECT c.id, CASE u.account_type WHEN 2 THEN 'pro' ELSE 'basic' END,
       fixture_gen.pick(ARRAY['too_expensive', 'switching_service', 'not_using', 'missing_feature', 'other'], 'csr', c.id),
       CASE fixture_gen.n('csc', c.id, 6)
         WHEN 0 THEN 'My partner ' || fixture_gen.first_name('csh', c.id) || ' lost his job, we have to cut subscriptions for now.'
         WHEN 1 THEN 'Moving everything to our company Nextcloud, ' || coalesce(c.company_name, 'my employer') || ' pays for it.'
         WHEN 2 THEN 'Too expensive for what I use.'
         WHEN 3 THEN 'My parent ' || fixture_gen.full_name('csm', c.id) || ' passed away, this was their account. Please close it. Contact me at ' || fixture_gen.phone('csp', c.id) || '.'
         WHEN 4 THEN NULL ELSE 'Need a web clipper that works on Safari.' END,
       CASE WHEN c.id % 3 = 0 THEN true WHEN c.id % 3 = 1 THEN false END,
       least(c.created_at + make_interval(days => 200 + fixture_gen.n('csd', c.id, 300)), timestamptz '2024-06-27 12:00:00+00' - make_interval(hours => c.id))
FROM nimbus.customers c JOIN users u ON u.id = c.joplin_user_id WHERE c.id % 4 = 1 OR u.enabled = 0 ORDER BY c.id;

-- Dedicated Joplin Server instances of the Team plan.
INSERT INTO nimbus.instances (customer_id, slug, hostname, region, node_address, app_base_url, db_connection_url, mailer_host, mailer_auth_user, mailer_auth_password, joplin_version, status, created_at, storage_connection)
SELECT c.id, s.slug, s.slug || '.nimbusnote.example', fixture_gen.pick(ARRAY['eu-north-1', 'eu-central-1', 'eu-west-3'], 'inr', n),
       ('10.20.' || (1 + n % 3) || '.' || (10 + n))::inet, 'https://' || s.slug || '.nimbusnote.example',
       'postgresql://joplin_' || replace(s.slug, '-', '_') || ':' || jgen.rnd('indbpw', n, 24) || '@10.20.0.' || (5 + n % 2) || ':5432/joplin_' || replace(s.slug, '-', '_'),
       CASE WHEN n % 2 = 0 THEN 'smtp.eu.mailgun.org' ELSE 'email-smtp.eu-central-1.amazonaws.com' END,
       CASE WHEN n % 2 = 0 THEN 'postmaster@mg.' || s.slug || '.nimbusnote.example' ELSE 'AKIA' || fixture_gen.chars('insu', n, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       CASE WHEN n % 2 = 0 THEN jgen.hid('inmg', n) || '-' || substr(jgen.hid('inmg2', n), 1, 8) || '-' || substr(jgen.hid('inmg3', n), 1, 8) ELSE 'B' || jgen.rnd('insp', n, 43) END,
       fixture_gen.pick(ARRAY['2.14.2', '2.14.2', '2.13.5', '3.0.1'], 'inv', n), CASE WHEN n = 9 THEN 'suspended' ELSE 'running' END,
       c.created_at + interval '1 day',
       CASE WHEN n % 3 = 0 THEN 'Type=Database' ELSE 'Type=S3; Region=eu-central-1; AccessKeyId=AKIA' || fixture_gen.chars('inak', n, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '; SecretAccessKeyId=' || jgen.rnd('insk', n, 40) || '; Bucket=nn-' || s.slug END
FROM (SELECT row_number() OVER (ORDER BY id) AS n, row_number() OVER (PARTITION BY company_name ORDER BY id) AS rc, * FROM nimbus.customers WHERE company_name IS NOT NULL) c
CROSS JOIN LATERAL (SELECT regexp_replace(lower(translate(c.company_name, 'üçşğıöãê', 'ucsgioae')), '[^a-z0-9]+', '-', 'g') || CASE WHEN c.rc > 1 THEN '-' || (CASE c.rc WHEN 2 THEN 'team' WHEN 3 THEN 'legal' ELSE 'dept' || c.rc END) ELSE '' END AS slug) s
WHERE c.n <= 14;

INSERT INTO nimbus.backups (instance_id, started_at, finished_at, size_bytes, object_key, checksum, status, encryption_key_id, error)
SELECT i.id, d, CASE WHEN (i.id + dn) % 23 = 5 THEN NULL ELSE d + make_interval(secs => 60 + fixture_gen.n('bkd', i.id * 100 + dn, 2000)) END,
       CASE WHEN (i.id + dn) % 23 = 5 THEN NULL ELSE 50000000 + fixture_gen.n('bks', i.id * 100 + dn, 900000000) END,
       'backups/inst-' || lpad(i.id::text, 4, '0') || '/' || to_char(d, 'YYYY-MM-DD"T"HH24MI"Z"') || '.sql.zst.age',
       CASE WHEN (i.id + dn) % 23 = 5 THEN NULL ELSE encode(sha256(convert_to('bk' || i.id || ':' || dn, 'UTF8')), 'hex') END,
       CASE WHEN (i.id + dn) % 23 = 5 THEN 'failed' ELSE 'completed' END,
       'age1' || fixture_gen.chars('bkage', i.id, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'),
       CASE WHEN (i.id + dn) % 23 = 5 THEN 'pg_dump: error: connection to server at "10.20.0.5", port 5432 failed: timeout expired' END
FROM nimbus.instances i, generate_series(1, 14) dn, LATERAL (SELECT timestamptz '2024-06-14 03:00:00+00' + dn * interval '1 day' + make_interval(mins => i.id * 3) AS d) x
ORDER BY d, i.id;

-- The admin panel's audit log.
INSERT INTO nimbus.admin_audit (agent_id, action, target_type, target_id, ip_address, user_agent, details, occurred_at, request_id)
SELECT 1 + fixture_gen.n('aua', a, 8),
       (ARRAY['user.update_email', 'user.disable', 'user.send_password_reset', 'subscription.refund', 'user.impersonate', 'instance.restart', 'user.set_quota', 'settings.update'])[1 + k],
       (ARRAY['user', 'user', 'user', 'invoice', 'user', 'instance', 'user', 'setting'])[1 + k],
       CASE k WHEN 3 THEN 'in_1' || jgen.rnd('aurf', a, 23) WHEN 5 THEN (1 + a % 14)::text WHEN 7 THEN 'stripe.webhook_secret' ELSE u.id END,
       fixture_gen.pick(ARRAY['194.126.100.17', '194.126.100.18', '85.253.12.201', '88.196.45.9', '62.65.240.33', '91.129.98.170'], 'auip', a)::inet,
       jgen.ua('auua', a),
       CASE k WHEN 0 THEN jsonb_build_object('old_email', u.email, 'new_email', fixture_gen.email('aunew', a))
              WHEN 1 THEN jsonb_build_object('reason', 'chargeback', 'email', u.email)
              WHEN 2 THEN jsonb_build_object('email', u.email)
              WHEN 3 THEN jsonb_build_object('amount_cents', 599, 'currency', 'eur', 'customer_name', u.full_name)
              WHEN 4 THEN jsonb_build_object('ticket', 1 + a % 190, 'full_name', u.full_name)
              WHEN 5 THEN jsonb_build_object('node', '10.20.' || (1 + a % 3) || '.' || (11 + a % 14))
              WHEN 6 THEN jsonb_build_object('max_total_item_size', 10737418240, 'previous', 2147483648)
              ELSE jsonb_build_object('changed_keys', jsonb_build_array('stripe.webhook_secret')) END,
       at, fixture_gen.uuid('aureq', a)::uuid
FROM generate_series(1, 320) a
JOIN jgen.u u ON u.i = 5 + fixture_gen.n('auu', a, 136)
CROSS JOIN LATERAL (SELECT fixture_gen.n('auk', a, 8) AS k, timestamptz '2023-02-01 07:00:00+00' + make_interval(secs => fixture_gen.n('auat', a, 43000000)) AS at) y
ORDER BY at, a;

-- Agents' API keys (nn_live_<32>; only the prefix and a SHA-256 are kept).
INSERT INTO nimbus.api_keys (agent_id, name, key_prefix, key_hash, scopes, last_used_at, last_used_ip, expires_at, created_at)
SELECT 1 + fixture_gen.n('aka', k, 8), (ARRAY['billing export', 'status page bot', 'Grafana datasource', 'backup checker', 'CLI on laptop', 'Zapier tickets'])[1 + k % 6],
       'nn_live_' || substr(x.key, 1, 6), encode(sha256(convert_to('nn_live_' || x.key, 'UTF8')), 'hex'),
       (ARRAY['{invoices:read}', '{status:write}', '{metrics:read}', '{instances:read,backups:read}', '{users:read,users:write}', '{tickets:write}'])[1 + k % 6]::text[],
       timestamptz '2024-06-28 06:00:00+00' - make_interval(mins => fixture_gen.n('aklu', k, 90000)),
       CASE WHEN k % 6 IN (1, 2, 3) THEN ('10.20.0.' || (20 + k % 6))::inet ELSE fixture_gen.ipv4('akip', k)::inet END,
       CASE WHEN k % 4 = 0 THEN timestamptz '2025-01-01 00:00:00+00' END, timestamptz '2022-03-01 10:00:00+00' + k * interval '23 days'
FROM generate_series(1, 18) k CROSS JOIN LATERAL (SELECT jgen.rnd('akkey', k, 32) AS key) x;

-- Abuse reports about published notes, sent through the form under each
-- public note.
INSERT INTO nimbus.abuse_reports (reporter_email, reporter_name, share_url, share_id, reason, description, status, handled_by, created_at, resolution_note)
SELECT fixture_gen.email('abr', r), CASE WHEN r % 3 <> 0 THEN fixture_gen.full_name('abr', r) END,
       'https://sync.nimbusnote.example/shares/' || s.id, s.id,
       (ARRAY['personal_data', 'copyright', 'spam', 'harassment', 'phishing'])[1 + fixture_gen.n('abd', r, 5)],
       CASE fixture_gen.n('abd', r, 5)
         WHEN 0 THEN 'This note publishes my home address (' || fixture_gen.street('abst', r) || ') and my phone number ' || fixture_gen.phone('abph', r) || '. Please take it down.'
         WHEN 1 THEN 'This is a copy of chapter 3 of my book, published without permission.'
         WHEN 2 THEN 'Spam link farm.'
         WHEN 3 THEN 'My ex-partner ' || fixture_gen.full_name('abex', r) || ' is using this page to spread lies about me.'
         ELSE 'Looks like a fake login page for a bank.' END,
       CASE WHEN r > 36 THEN 'new' ELSE 'closed' END, CASE WHEN r > 36 THEN NULL ELSE 1 + fixture_gen.n('abh', r, 6) END,
       timestamptz '2023-03-01 00:00:00+00' + make_interval(secs => fixture_gen.n('abat', r, 40000000)),
       CASE WHEN r > 36 THEN NULL WHEN r % 2 = 0 THEN 'Share removed, owner warned by email.' ELSE 'No violation found, reporter informed.' END
FROM generate_series(1, 40) r JOIN (SELECT row_number() OVER (ORDER BY id) AS n, id FROM shares WHERE type = 1) s ON s.n = 1 + fixture_gen.n('abs', r, 20);

-- GDPR requests: exports are handed over as presigned S3 links.
INSERT INTO nimbus.gdpr_requests (customer_id, request_type, requester_email, identity_verified_via, status, received_at, due_on, completed_at, export_url, notes)
SELECT c.id, t, c.email, CASE WHEN g % 3 = 0 THEN 'id_document' ELSE 'account_email' END,
       CASE WHEN g > 30 THEN 'open' ELSE 'completed' END, at, (at + interval '30 days')::date,
       CASE WHEN g > 30 THEN NULL ELSE at + make_interval(days => 1 + fixture_gen.n('gdc', g, 20)) END,
       CASE WHEN t = 'access' AND g <= 30 THEN 'https://nimbusnote-exports.s3.eu-central-1.amazonaws.com/gdpr/' || c.joplin_user_id || '.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA'
         || fixture_gen.chars('gdak', g, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '%2F' || to_char(at, 'YYYYMMDD') || '%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=' || to_char(at, 'YYYYMMDD"T"HH24MISS"Z"')
         || '&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=' || fixture_gen.hexn('gdsig', g, 64) END,
       CASE fixture_gen.n('gdn', g, 4) WHEN 0 THEN 'Verified with a photo of her ID card (' || fixture_gen.full_name('gdid', g) || ', born ' || to_char(fixture_gen.birth_date('gdbd', g), 'DD.MM.YYYY') || ').'
         WHEN 1 THEN 'Also asked us to delete the support tickets.' WHEN 2 THEN NULL ELSE 'Requested by the customer''s lawyer, ' || fixture_gen.full_name('gdlaw', g) || ', on her behalf.' END
FROM generate_series(1, 34) g JOIN nimbus.customers c ON c.id = 1 + fixture_gen.n('gdcu', g, 136)
CROSS JOIN LATERAL (SELECT CASE WHEN g % 3 = 1 THEN 'erasure' WHEN g % 5 = 2 THEN 'rectification' ELSE 'access' END AS t,
                           timestamptz '2023-01-10 09:00:00+00' + make_interval(secs => fixture_gen.n('gdat', g, 44000000)) AS at) x
ORDER BY at;

INSERT INTO nimbus.newsletter_subscribers (email, locale, confirmed_at, confirm_token, unsubscribed_at, source, signup_ip)
SELECT fixture_gen.email('nlsub', n), fixture_gen.pick(ARRAY['en', 'de', 'fr', 'et', 'pl', 'ja'], 'nll', n),
       CASE WHEN n % 6 <> 0 THEN at + interval '7 minutes' END,
       CASE WHEN n % 6 = 0 THEN translate(rtrim(fixture_gen.b64('nltok', n, 32), '='), '+/', '-_') END,
       CASE WHEN n % 9 = 4 THEN at + interval '120 days' END,
       fixture_gen.pick(ARRAY['footer', 'blog', 'checkout', 'joplin_forum_post'], 'nls', n),
       CASE WHEN n % 4 = 0 THEN fixture_gen.ipv6('nlip', n) ELSE fixture_gen.ipv4('nlip', n) END::inet
FROM generate_series(1, 150) n CROSS JOIN LATERAL (SELECT timestamptz '2022-01-01 00:00:00+00' + make_interval(secs => fixture_gen.n('nlat', n, 78000000)) AS at) x
ORDER BY at;

-- Logins at the web front end (the reverse proxy's log of POST /login).
INSERT INTO nimbus.login_attempts (email, ip_address, user_agent, success, failure_reason, attempted_at)
SELECT CASE WHEN l % 17 = 3 THEN fixture_gen.pick(ARRAY['admin@localhost', 'admin', 'test@test.com', 'root'], 'lae', l) WHEN l % 11 = 5 THEN upper(u.email) ELSE u.email END,
       (CASE WHEN l % 4 = 0 THEN fixture_gen.ipv6('laip', u.i * 7 + l % 3) ELSE fixture_gen.ipv4('laip', u.i * 7 + l % 3) END)::inet,
       jgen.ua('laua', u.i * 3 + l % 2),
       NOT (l % 17 = 3 OR l % 6 = 1),
       CASE WHEN l % 17 = 3 THEN 'unknown_user' WHEN l % 6 = 1 THEN 'wrong_password' END,
       timestamptz '2024-03-01 00:00:00+00' + make_interval(secs => fixture_gen.n('laat', l, 10000000))
FROM generate_series(1, 420) l JOIN jgen.u u ON u.i = 5 + fixture_gen.n('lau', l, 136)
ORDER BY 6;

INSERT INTO nimbus.status_incidents (title, body, severity, started_at, resolved_at, components, postmortem_url) VALUES
  ('Sync delays in eu-central-1', 'Some clients saw "Fetching items" hang for up to 40 minutes while a storage node was replaced. No data was lost.', 'minor', '2023-04-11 07:12:00+00', '2023-04-11 08:05:00+00', '{sync}', NULL),
  ('Login page returning 502', 'A bad deploy of the web front end broke logins for 12 minutes. Rolled back.', 'major', '2023-06-02 13:40:00+00', '2023-06-02 13:52:00+00', '{web,login}', 'https://status.nimbusnote.example/postmortems/2023-06-02'),
  ('Emails delayed', 'Our mail provider throttled outgoing mail; confirmation and reset emails arrived up to two hours late.', 'minor', '2023-09-19 10:00:00+00', '2023-09-19 12:20:00+00', '{email}', NULL),
  ('Scheduled maintenance: PostgreSQL 15 upgrade', 'Sync paused for about 20 minutes during the database upgrade.', 'maintenance', '2023-11-26 02:00:00+00', '2023-11-26 02:24:00+00', '{sync,web}', NULL),
  ('Shared notebooks not updating', 'The share processing task was stuck behind a large account deletion. Restarted and added a time limit.', 'minor', '2024-01-15 16:30:00+00', '2024-01-15 18:10:00+00', '{sharing}', 'https://status.nimbusnote.example/postmortems/2024-01-15'),
  ('Published notes slow to load', 'Cache node out of memory; replaced.', 'minor', '2024-03-08 09:10:00+00', '2024-03-08 09:45:00+00', '{publishing}', NULL),
  ('Team instance eu-north-1 unreachable', 'A network change at our provider cut off two dedicated instances for 35 minutes.', 'major', '2024-05-21 05:50:00+00', '2024-05-21 06:25:00+00', '{team-instances}', 'https://status.nimbusnote.example/postmortems/2024-05-21'),
  ('Payment page errors', 'Stripe Checkout returned errors for some cards for about an hour.', 'minor', '2024-06-18 14:00:00+00', NULL, '{billing}', NULL);

INSERT INTO nimbus.coupons (code, percent_off, duration, max_redemptions, times_redeemed, valid_until, stripe_coupon_id, created_by) VALUES
  ('WELCOME20', 20, 'once', NULL, 0, NULL, 'Xk8w2JQa', 6), ('EVERNOTE50', 50, 'repeating', 500, 0, '2023-12-31', 'Ev3rN0te', 1),
  ('EDU2024', 30, 'forever', 200, 0, '2024-12-31', 'eDu24Zz1', 6), ('FORUM10', 10, 'once', NULL, 0, NULL, 'fRm10aB2', 1),
  ('BLACKFRIDAY23', 40, 'once', 1000, 0, '2023-11-28', 'bF23xQ9k', 6), ('SORRY-OUTAGE-0602', 100, 'once', 300, 0, '2023-07-31', 'sRy0602m', 1);

INSERT INTO nimbus.coupon_redemptions (coupon_id, customer_id, redeemed_at, ip_address)
SELECT 1 + fixture_gen.n('crc', r, 6), c.id, c.created_at + interval '4 minutes', fixture_gen.ipv4('crip', r)::inet
FROM generate_series(1, 70) r JOIN nimbus.customers c ON c.id = 1 + (r * 37) % 136 ORDER BY 4;
UPDATE nimbus.coupons k SET times_redeemed = (SELECT count(*) FROM nimbus.coupon_redemptions r WHERE r.coupon_id = k.id);

-- The company's settings: Stripe keys, the SMTP relay, S3, a Slack
-- webhook, among plain configuration.
INSERT INTO nimbus.settings (key, value, updated_at, updated_by) VALUES
  ('stripe.publishable_key', 'pk_' || 'live_' || jgen.rnd('stpk', 1, 99), '2023-02-14 10:00:00+00', 6),
  ('stripe.secret_key', 'sk_' || 'live_' || jgen.rnd('stsk', 1, 99), '2023-02-14 10:00:00+00', 6),
  ('stripe.webhook_secret', 'whsec_' || jgen.rnd('stwh', 1, 32), '2024-04-02 09:30:00+00', 1),
  ('smtp.host', 'smtp.eu.mailgun.org', '2022-01-10 10:00:00+00', 3),
  ('smtp.port', '587', '2022-01-10 10:00:00+00', 3),
  ('smtp.user', 'postmaster@mg.nimbusnote.example', '2022-01-10 10:00:00+00', 3),
  ('smtp.password', jgen.hid('smtppw', 1) || '-' || substr(jgen.hid('smtppw2', 1), 1, 8) || '-' || substr(jgen.hid('smtppw3', 1), 1, 8), '2023-08-01 10:00:00+00', 3),
  ('s3.exports.access_key_id', 'AKIA' || fixture_gen.chars('sexak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), '2022-05-01 10:00:00+00', 8),
  ('s3.exports.secret_access_key', jgen.rnd('sexsk', 1, 40), '2022-05-01 10:00:00+00', 8),
  ('slack.alerts_webhook', 'https://hooks.slack.com/services/T0' || upper(jgen.rnd('slt', 1, 8)) || '/B0' || upper(jgen.rnd('slb', 1, 8)) || '/' || jgen.rnd('slk', 1, 24), '2023-03-03 10:00:00+00', 8),
  ('joplin.admin_api_token', jgen.rnd('jadm', 1, 32), '2024-01-20 10:00:00+00', 1),
  ('support.mailbox', 'support@nimbusnote.example', '2021-05-01 10:00:00+00', 1),
  ('support.phone', '+372 600 4471', '2021-05-01 10:00:00+00', 1),
  ('company.legal_name', 'Nimbusnote OÜ', '2021-05-01 10:00:00+00', 1),
  ('company.registry_code', '16234871', '2021-05-01 10:00:00+00', 1),
  ('company.vat_number', 'EE102468135', '2021-05-01 10:00:00+00', 1),
  ('billing.grace_days', '14', '2022-09-01 10:00:00+00', 6),
  ('billing.default_tax_rate', '22', '2024-01-01 00:00:00+00', 6),
  ('signup.enabled', 'true', '2021-05-01 10:00:00+00', 1),
  ('signup.trial_days', '14', '2021-05-01 10:00:00+00', 1),
  ('maintenance.banner', '', '2023-11-26 03:00:00+00', 3),
  ('quota.warning_percent', '90', '2022-02-01 10:00:00+00', 3),
  ('backup.retention_days', '14', '2022-02-01 10:00:00+00', 8),
  ('backup.age_recipient', 'age1' || fixture_gen.chars('bkage', 0, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'), '2022-02-01 10:00:00+00', 8);

INSERT INTO nimbus.mail_templates (key, locale, subject, body, updated_at)
SELECT k, l, s, b, timestamptz '2022-06-01 10:00:00+00' + make_interval(days => fixture_gen.n('mtu', length(k || l), 500))
FROM (VALUES ('welcome', 'Welcome to Nimbusnote Sync – please confirm your email', E'Hello {{first_name}},\n\nThank you for signing up. Confirm your address: {{confirm_url}}\n\n-- \nThe Nimbusnote team'),
             ('password_reset', 'Reset your Nimbusnote Sync password', E'Hello {{first_name}},\n\nFollow this link within 24 hours: {{reset_url}}'),
             ('payment_failed', 'Your payment could not be processed', E'Hello {{first_name}},\n\nThe last payment for your {{plan_name}} subscription failed. Update your card: {{portal_url}}'),
             ('over_quota', 'Your account is over its storage limit', E'Hello {{first_name}},\n\nYour account uses {{used}} of {{limit}}.'),
             ('gdpr_export_ready', 'Your data export is ready', E'Hello {{first_name}},\n\nDownload your export within 7 days: {{export_url}}'),
             ('ticket_reply', 'Re: {{ticket_subject}} [#{{ticket_id}}]', E'{{reply_body}}\n\n{{agent_signature}}')) t(k, s, b),
     unnest(ARRAY['en', 'de', 'fr', 'et']) l;

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('nimbus');

SET client_min_messages = warning;
DROP SCHEMA jgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
