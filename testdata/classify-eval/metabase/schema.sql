-- classify-eval fixture (HOLDOUT 11, with calcom: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): the application database of a Metabase 0.50 BI server on
-- PostgreSQL, in Metabase's own Liquibase naming (lower snake case tables
-- core_user, report_card, metabase_field..., serial int keys, 21-character
-- NanoID entity_id columns, JSON kept as text, timestamptz times). The
-- instance of the analytics team of "Larder & Co", a grocery delivery
-- company in the UK, Germany, France, Spain and India: about 350 staff
-- signing in with Google SSO or a password, 50 partner store managers
-- signing in through JWT SSO to embedded dashboards (their login_attributes
-- carry the store and role), API-key users and the internal user. Users
-- with bcrypt hashes and UUID salts, hashed reset tokens; sessions whose id
-- is the credential (login_history keeps it too, beside the device cookie,
-- the user agent and the IP); the connected databases (details JSON with
-- hosts, users, passwords, an uploaded root certificate, an SSH tunnel's
-- private key, a BigQuery service-account key) and the secret table's
-- keystores; table and field metadata of the production replica and the
-- warehouse (field names like email and first_name that are only names,
-- fingerprints with statistics, cached field values of list fields: order
-- statuses and cities, but also couriers' names and store managers'
-- emails); saved questions whose native SQL sometimes looks up one
-- customer by email or phone, with descriptions naming colleagues;
-- dashboards with text cards; subscriptions and alerts mailing users and
-- outside addresses or posting to Slack channels; the query log (errors
-- quoting values typed into filters), the query table with parameter
-- values; the legacy activity feed, the audit log (invited users' names and
-- emails, changed settings), view logs, recent views; revisions with whole
-- card JSON; settings mixing site copy with the SMTP password, the LDAP bind
-- password, a Slack bot token, the embedding secret key and the licence
-- token; API keys (bcrypt hashes, public prefixes); personal collections
-- named after their owners; model indexes whose values are customers'
-- names; last-used filter values per user; actions whose HTTP template
-- carries a payment provider's bearer key; timelines of business events;
-- a presigned cloud-migration upload URL; task history; Liquibase's log.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA mbgen;

CREATE FUNCTION mbgen.ts(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT date_trunc('second', fixture_gen.stamp(tag, i)) $$;

-- eid: a NanoID entity_id (21 URL-safe characters).
CREATE FUNCTION mbgen.eid(tag text, i bigint) RETURNS char(21)
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(substr(fixture_gen.b64(tag || 'eid', i, 18), 1, 21), '+/', '_-') $$;

CREATE FUNCTION mbgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2a' || '$10$' || translate(substr(fixture_gen.b64(tag || 'bc', i, 45), 1, 53), '+', '.')
$$;

-- cj: JSON as Cheshire writes it (no spaces after ':' and ',').
CREATE FUNCTION mbgen.cj(j jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(replace(j::text, '": ', '":'), ', "', ',"'), ', {', ',{'), ', [', ',[') $$;

CREATE FUNCTION mbgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.51',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36'], tag, i)
$$;

-- pem: a PEM block of body_bytes pseudo-random bytes.
CREATE FUNCTION mbgen.pem(kind text, tag text, body_bytes int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----BEGIN ' || kind || E'-----\n'
      || regexp_replace(fixture_gen.b64(tag || 'a', 1, least(body_bytes, 240)) || CASE WHEN body_bytes > 240 THEN fixture_gen.b64(tag || 'b', 1, least(body_bytes - 240, 240)) ELSE '' END
           || CASE WHEN body_bytes > 480 THEN fixture_gen.b64(tag || 'c', 1, body_bytes - 480) ELSE '' END, '(.{64})', E'\\1\n', 'g')
      || E'\n-----END ' || kind || E'-----\n'
$$;

-- Staff (1-350, @larder.example), partner store managers signing in by JWT
-- (351-400, their own mailboxes), API-key users (401-406).
CREATE TABLE mbgen.u (i int PRIMARY KEY, first text, last text, email text, kind text, dept text, title text, region text);
INSERT INTO mbgen.u
SELECT i, f, l,
       CASE WHEN i <= 350 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || CASE WHEN row_number() OVER (PARTITION BY f, l, i <= 350 ORDER BY i) > 1 THEN (row_number() OVER (PARTITION BY f, l, i <= 350 ORDER BY i))::text ELSE '' END || '@larder.example'
            ELSE fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '', '_'], 'pes', i) || fixture_gen.ascii(l) || (i % 97)::text || '@'
                 || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'web.de', 'orange.fr', 'yahoo.co.uk', 'rediffmail.com', 'hotmail.es'], 'ped', i) END,
       CASE WHEN i <= 350 THEN 'personal' ELSE 'jwt' END,
       fixture_gen.pick(ARRAY['Finance', 'Customer Care', 'Operations', 'Growth', 'Supply Chain', 'Data', 'Marketing', 'Operations', 'Customer Care', 'Executive'], 'udp', i),
       fixture_gen.pick(ARRAY['Data Analyst', 'Senior Analyst', 'Operations Manager', 'Store Manager', 'Customer Care Agent', 'Team Lead', 'Finance Controller', 'Growth Marketer', 'Buyer', 'Head of Operations', 'Analytics Engineer'], 'uti', i),
       fixture_gen.pick(ARRAY['UK', 'DE', 'FR', 'ES', 'IN'], 'urg', i)
FROM (SELECT i, fixture_gen.first_name('uf', i) AS f, fixture_gen.last_name('ul', i) AS l FROM generate_series(1, 400) i) x;
INSERT INTO mbgen.u VALUES
  (401, 'Airflow nightly export', NULL, 'api-key-user-' || fixture_gen.uuid('aku', 1) || '@api-key.invalid', 'api-key', NULL, NULL, NULL),
  (402, 'dbt exposures sync', NULL, 'api-key-user-' || fixture_gen.uuid('aku', 2) || '@api-key.invalid', 'api-key', NULL, NULL, NULL),
  (403, 'Retool ops panel', NULL, 'api-key-user-' || fixture_gen.uuid('aku', 3) || '@api-key.invalid', 'api-key', NULL, NULL, NULL),
  (404, 'Terraform provisioning', NULL, 'api-key-user-' || fixture_gen.uuid('aku', 4) || '@api-key.invalid', 'api-key', NULL, NULL, NULL),
  (405, 'Slack digest bot', NULL, 'api-key-user-' || fixture_gen.uuid('aku', 5) || '@api-key.invalid', 'api-key', NULL, NULL, NULL),
  (406, 'Partner portal backend', NULL, 'api-key-user-' || fixture_gen.uuid('aku', 6) || '@api-key.invalid', 'api-key', NULL, NULL, NULL);

-- Customers of the production database (values that reach field values,
-- filters, native SQL, errors and model indexes).
CREATE TABLE mbgen.c (i int PRIMARY KEY, first text, last text, email text, phone text, street text, city text, postcode text);
INSERT INTO mbgen.c
SELECT i, f, l, fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '', '_', '.'], 'ces', i) || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 89 + 10)::text ELSE '' END
         || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'proton.me', 'icloud.com', 'gmx.de', 'hotmail.es', 'rediffmail.com'], 'ced', i),
       fixture_gen.phone('cph', i), fixture_gen.street('cst', i), fixture_gen.city('cci', i), fixture_gen.postcode('cpc', i)
FROM (SELECT i, fixture_gen.first_name('cf', i) AS f, fixture_gen.last_name('cl', i) AS l FROM generate_series(1, 2000) i) x;

-- Card names and the SQL analysts wrote.
CREATE FUNCTION mbgen.cardname(k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Orders', 'Revenue', 'Active customers', 'Failed deliveries', 'Refunds', 'Basket size', 'Courier shifts', 'Support tickets',
           'New signups', 'Churned subscribers', 'Promo redemptions', 'Out-of-stock items', 'Delivery time (p90)', 'Gross margin', 'Repeat purchase rate'], 'cn1', k)
      || ' by ' || fixture_gen.pick(ARRAY['week', 'month', 'store', 'region', 'courier', 'channel', 'postcode area', 'product category', 'day of week', 'hour'], 'cn2', k)
      || CASE WHEN k % 7 = 0 THEN ' (' || fixture_gen.pick(ARRAY['UK', 'DE', 'FR', 'ES', 'IN'], 'cn3', k) || ')' WHEN k % 11 = 0 THEN ' - last 90 days' ELSE '' END
$$;

CREATE FUNCTION mbgen.nativesql(k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k % 9
    WHEN 0 THEN E'-- lookup for a complaint escalated by Customer Care\nSELECT o.id, o.created_at, o.status, o.total_gbp, d.courier_id\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nLEFT JOIN deliveries d ON d.order_id = o.id\nWHERE c.email = ''' || c.email || E'''\nORDER BY o.created_at DESC'
    WHEN 3 THEN E'SELECT c.id, c.first_name, c.last_name, c.created_at, count(o.id) AS orders\nFROM customers c LEFT JOIN orders o ON o.customer_id = c.id\nWHERE c.phone = ''' || c.phone || E'''\nGROUP BY 1, 2, 3, 4'
    WHEN 6 THEN E'SELECT date_trunc(''week'', o.created_at) AS week, count(*) AS orders, sum(o.total_gbp) AS revenue\nFROM orders o\nWHERE o.status = ''delivered''\n  AND o.store_id IN ({{stores}})\n[[AND o.created_at >= {{since}}]]\nGROUP BY 1\nORDER BY 1'
    WHEN 1 THEN E'SELECT s.name AS store, avg(extract(epoch FROM d.delivered_at - d.dispatched_at) / 60) AS minutes\nFROM deliveries d JOIN stores s ON s.id = d.store_id\nWHERE d.delivered_at > now() - interval ''30 days''\nGROUP BY 1 ORDER BY 2 DESC'
    WHEN 2 THEN E'WITH firsts AS (\n  SELECT customer_id, min(created_at) AS first_order FROM orders GROUP BY 1\n)\nSELECT date_trunc(''month'', first_order) AS cohort, count(*) FROM firsts GROUP BY 1'
    WHEN 4 THEN E'SELECT t.category, count(*) AS tickets, avg(t.first_response_minutes)\nFROM support_tickets t\nWHERE {{created_at}}\nGROUP BY 1'
    WHEN 5 THEN E'SELECT p.sku, p.title, sum(oi.quantity) AS units\nFROM order_items oi JOIN products p ON p.id = oi.product_id\nGROUP BY 1, 2 ORDER BY 3 DESC LIMIT 50'
    WHEN 7 THEN E'-- refunds above 50 GBP need a second approver\nSELECT r.id, r.order_id, r.amount_gbp, r.reason_code, r.approved_by\nFROM refunds r WHERE r.amount_gbp > 50'
    ELSE E'SELECT region, count(DISTINCT customer_id) FILTER (WHERE plan = ''larder_plus'') AS subscribers\nFROM subscriptions GROUP BY 1' END
  FROM mbgen.c c WHERE c.i = 1 + (k * 37) % 2000
$$;

CREATE FUNCTION mbgen.dq(k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN k % 3 = 0 THEN mbgen.cj(jsonb_build_object('database', 2, 'type', 'native', 'native',
              jsonb_build_object('query', mbgen.nativesql(k), 'template-tags', CASE WHEN k % 9 = 6 THEN jsonb_build_object('stores', jsonb_build_object('id', fixture_gen.uuid('tt', k), 'name', 'stores', 'display-name', 'Stores', 'type', 'text'), 'since', jsonb_build_object('id', fixture_gen.uuid('tt2', k), 'name', 'since', 'display-name', 'Since', 'type', 'date')) ELSE '{}'::jsonb END)))
    ELSE mbgen.cj(jsonb_build_object('database', CASE WHEN k % 5 = 0 THEN 3 ELSE 2 END, 'type', 'query', 'query',
              jsonb_build_object('source-table', 1 + k % 12, 'aggregation', jsonb_build_array(jsonb_build_array(fixture_gen.pick(ARRAY['count', 'sum', 'avg', 'distinct'], 'dqa', k)) || CASE WHEN k % 4 = 0 THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_array('field', 10 + k % 60, NULL)) END),
                'breakout', jsonb_build_array(jsonb_build_array('field', 10 + (k * 7) % 60, jsonb_build_object('temporal-unit', fixture_gen.pick(ARRAY['week', 'month', 'day'], 'dqt', k)))),
                'filter', jsonb_build_array('=', jsonb_build_array('field', 10 + (k * 3) % 60, NULL), fixture_gen.pick(ARRAY['delivered', 'cancelled', 'UK', 'larder_plus', 'web', 'app'], 'dqf', k))))) END
$$;

-- Descriptions analysts typed; some name colleagues, a few give a phone.
CREATE FUNCTION mbgen.carddesc(k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k % 8
    WHEN 0 THEN 'Numbers match the finance close. Ask ' || u.first || ' ' || u.last || ' before changing the filters.'
    WHEN 1 THEN 'Built for ' || u.first || ' (' || u.email || ') in ' || u.dept || '.'
    WHEN 2 THEN 'Excludes test accounts and staff orders.'
    WHEN 3 THEN NULL
    WHEN 4 THEN 'Source of truth for the board pack - call ' || u.first || ' on ' || fixture_gen.phone('cdp', k) || ' if it breaks on a Monday.'
    WHEN 5 THEN 'Uses the production replica, which lags up to five minutes.'
    WHEN 6 THEN NULL
    ELSE 'Delivered means the courier scanned the bag at the door; cancelled orders are left out.' END
  FROM mbgen.u u WHERE u.i = 1 + (k * 13) % 350
$$;

-- ---------------------------------------------------------------- users
CREATE TABLE core_user (
    id serial PRIMARY KEY, email varchar(254) NOT NULL UNIQUE, first_name varchar(254), last_name varchar(254), password varchar(254), password_salt varchar(254) DEFAULT 'default',
    date_joined timestamptz NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL, is_active boolean NOT NULL, reset_token varchar(254), reset_triggered bigint,
    is_qbnewb boolean NOT NULL DEFAULT true, login_attributes text, updated_at timestamptz, sso_source varchar(254), locale varchar(5), is_datasetnewb boolean NOT NULL DEFAULT true,
    settings text, type varchar(64) NOT NULL DEFAULT 'personal'
);
INSERT INTO core_user
SELECT u.i, u.email, u.first, u.last, mbgen.bcrypt('pw', u.i), fixture_gen.uuid('salt', u.i),
       timestamptz '2021-03-01 09:00:00+00' + make_interval(hours => u.i * 9 + fixture_gen.n('dj', u.i, 9)),
       CASE WHEN u.kind = 'api-key' THEN NULL ELSE timestamptz '2025-06-20 00:00:00+00' - make_interval(mins => fixture_gen.n('ll', u.i, 200000)) END,
       u.i IN (1, 2, 7, 19, 44), u.kind = 'api-key' OR fixture_gen.n('act', u.i, 10) > 0,
       CASE WHEN u.i % 23 = 5 THEN mbgen.bcrypt('rst', u.i) END,
       CASE WHEN u.i % 23 = 5 THEN 1717000000000 + u.i * 3600000::bigint END,
       fixture_gen.n('qbn', u.i, 3) = 0,
       CASE WHEN u.kind = 'jwt' THEN mbgen.cj(jsonb_build_object('store_id', 'STR-' || lpad((100 + u.i)::text, 4, '0'), 'role', fixture_gen.pick(ARRAY['Store Manager', 'Assistant Store Manager', 'Franchise Owner'], 'jr', u.i),
                                      'region', u.region, 'groups', jsonb_build_array('Partners')))
            WHEN u.kind = 'personal' AND u.i % 4 = 1 THEN mbgen.cj(jsonb_build_object('department', u.dept, 'title', u.title, 'region', u.region)) END,
       mbgen.ts('uup', u.i),
       CASE WHEN u.kind = 'jwt' THEN 'jwt' WHEN u.kind = 'api-key' THEN NULL WHEN u.i % 5 IN (0, 1, 2) THEN 'google' END,
       CASE WHEN u.kind = 'api-key' THEN NULL WHEN u.i % 6 = 0 THEN fixture_gen.pick(ARRAY['de', 'fr', 'es', 'en', 'pt_BR'], 'loc', u.i) END,
       fixture_gen.n('dsn', u.i, 4) = 0,
       CASE WHEN u.kind = 'api-key' THEN NULL ELSE mbgen.cj(jsonb_build_object('last-acknowledged-version', fixture_gen.pick(ARRAY['v0.49.12', 'v0.50.3', 'v0.50.8'], 'lav', u.i),
            'dismissed-custom-dashboard-toast', u.i % 2 = 0, 'expand-browse-in-nav', u.i % 3 <> 0, 'last-used-native-database-id', 2)) END,
       CASE u.kind WHEN 'api-key' THEN 'api-key' ELSE 'personal' END
FROM mbgen.u u;
INSERT INTO core_user (id, email, first_name, last_name, password, password_salt, date_joined, is_superuser, is_active, is_qbnewb, is_datasetnewb, type)
VALUES (13371338, 'internal@metabase.com', 'Metabase', 'Internal', mbgen.bcrypt('pw', 13371338), fixture_gen.uuid('salt', 13371338), '2024-02-14 10:00:00+00', false, false, false, false, 'internal');
ALTER SEQUENCE core_user_id_seq RESTART WITH 407;

CREATE TABLE core_session (id varchar(254) PRIMARY KEY, user_id int NOT NULL, created_at timestamptz NOT NULL, anti_csrf_token text);
INSERT INTO core_session
SELECT fixture_gen.uuid('sess', k), u, timestamptz '2025-05-01 00:00:00+00' + make_interval(mins => fixture_gen.n('sct', k, 70000)),
       CASE WHEN u > 350 THEN md5('csrf' || k) END
FROM generate_series(1, 700) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('su', k, 400) AS u) x;

CREATE TABLE login_history (
    id serial PRIMARY KEY, timestamp timestamptz NOT NULL, user_id int NOT NULL, session_id varchar(254), device_id char(36) NOT NULL, device_description text NOT NULL, ip_address text NOT NULL
);
INSERT INTO login_history (timestamp, user_id, session_id, device_id, device_description, ip_address)
SELECT mbgen.ts('lht', k), u, CASE WHEN k <= 700 THEN fixture_gen.uuid('sess', k) END, fixture_gen.uuid('dev', u * 3 + k % 3), mbgen.ua('lua', u * 3 + k % 3),
       CASE WHEN k % 9 = 0 THEN fixture_gen.ipv6('lip', u) WHEN k % 4 = 0 THEN '10.20.' || (u % 40)::text || '.' || (1 + k % 250)::text ELSE fixture_gen.ipv4('lip', u * 2 + k % 2) END
FROM generate_series(1, 2000) k CROSS JOIN LATERAL (SELECT CASE WHEN k <= 700 THEN 1 + fixture_gen.n('su', k, 400) ELSE 1 + fixture_gen.n('lhu', k, 400) END AS u) x;

CREATE TABLE api_key (
    id serial PRIMARY KEY, user_id int, key varchar(254) NOT NULL, key_prefix varchar(7) NOT NULL UNIQUE, creator_id int NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
    name varchar(254) NOT NULL, updated_by_id int NOT NULL
);
INSERT INTO api_key (user_id, key, key_prefix, creator_id, created_at, updated_at, name, updated_by_id)
SELECT 400 + k, mbgen.bcrypt('apik', k), 'mb_' || fixture_gen.chars('akp', k, 4), (ARRAY[1, 2, 7, 19, 44, 2])[k], mbgen.ts('akc', k), mbgen.ts('akc', k) + interval '3 days',
       u.first, (ARRAY[1, 2, 7, 19, 44, 2])[k]
FROM generate_series(1, 6) k JOIN mbgen.u u ON u.i = 400 + k;

CREATE TABLE permissions_group (id serial PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, entity_id char(21));
INSERT INTO permissions_group (name, entity_id)
SELECT n, mbgen.eid('pg', o) FROM unnest(ARRAY['All Users', 'Administrators', 'Finance', 'Customer Care', 'Operations', 'Growth', 'Supply Chain', 'Data team', 'Partners (embedded)', 'Executives',
  'Marketing', 'Contractors - read only']) WITH ORDINALITY AS t(n, o);

CREATE TABLE permissions_group_membership (id serial PRIMARY KEY, user_id int NOT NULL, group_id int NOT NULL, is_group_manager boolean NOT NULL DEFAULT false);
INSERT INTO permissions_group_membership (user_id, group_id, is_group_manager)
SELECT i, 1, false FROM generate_series(1, 406) i
UNION ALL SELECT i, 2, false FROM unnest(ARRAY[1, 2, 7, 19, 44]) i
UNION ALL SELECT u.i, CASE u.kind WHEN 'jwt' THEN 9 ELSE CASE u.dept WHEN 'Finance' THEN 3 WHEN 'Customer Care' THEN 4 WHEN 'Operations' THEN 5 WHEN 'Growth' THEN 6 WHEN 'Supply Chain' THEN 7 WHEN 'Data' THEN 8 WHEN 'Marketing' THEN 11 ELSE 10 END END,
          u.i % 17 = 3
  FROM mbgen.u u WHERE u.kind <> 'api-key';

CREATE TABLE permissions (id serial PRIMARY KEY, object varchar(254) NOT NULL, group_id int NOT NULL);
INSERT INTO permissions (object, group_id)
SELECT o, g FROM (VALUES ('/', 2), ('/collection/root/read/', 1), ('/application/subscription/', 1), ('/download/db/2/', 3), ('/download/db/3/', 3), ('/download/limited/db/2/', 4),
  ('/application/monitoring/', 8), ('/application/setting/', 8), ('/data-model/db/2/', 8), ('/details/db/3/', 8)) v(o, g)
UNION ALL SELECT '/collection/' || c || '/' || CASE WHEN (c + g) % 3 = 0 THEN 'read/' ELSE '' END, g FROM generate_series(1, 24) c CROSS JOIN generate_series(3, 11) g WHERE (c * g) % 4 = 1;

CREATE TABLE data_permissions (
    id serial PRIMARY KEY, group_id int NOT NULL, perm_type varchar(64) NOT NULL, db_id int NOT NULL, schema_name varchar(254), table_id int, perm_value varchar(64) NOT NULL
);
INSERT INTO data_permissions (group_id, perm_type, db_id, schema_name, table_id, perm_value)
SELECT g, t, d, NULL, NULL, CASE WHEN t = 'perms/view-data' THEN CASE WHEN g = 9 THEN 'sandboxed' WHEN g = 12 THEN 'blocked' ELSE 'unrestricted' END
                                 WHEN t = 'perms/create-queries' THEN CASE WHEN g IN (2, 8) THEN 'query-builder-and-native' WHEN g IN (9, 12) THEN 'no' ELSE 'query-builder' END
                                 WHEN t = 'perms/download-results' THEN CASE WHEN g IN (2, 3, 8) THEN 'one-million-rows' WHEN g IN (9, 12) THEN 'no' ELSE 'ten-thousand-rows' END
                                 WHEN t = 'perms/manage-table-metadata' THEN CASE WHEN g IN (2, 8) THEN 'yes' ELSE 'no' END
                                 ELSE CASE WHEN g = 2 THEN 'yes' ELSE 'no' END END
FROM generate_series(1, 12) g CROSS JOIN unnest(ARRAY['perms/view-data', 'perms/create-queries', 'perms/download-results', 'perms/manage-table-metadata', 'perms/manage-database']) t CROSS JOIN generate_series(1, 5) d;

CREATE TABLE permissions_revision (id serial PRIMARY KEY, before text NOT NULL, after text NOT NULL, user_id int NOT NULL, created_at timestamptz NOT NULL, remark text);
INSERT INTO permissions_revision (before, after, user_id, created_at, remark)
SELECT mbgen.cj(jsonb_build_object((3 + k % 9)::text, jsonb_build_object('2', jsonb_build_object('view-data', 'unrestricted', 'create-queries', CASE WHEN k % 2 = 0 THEN 'query-builder' ELSE 'no' END)))),
       mbgen.cj(jsonb_build_object((3 + k % 9)::text, jsonb_build_object('2', jsonb_build_object('view-data', 'unrestricted', 'create-queries', CASE WHEN k % 2 = 0 THEN 'query-builder-and-native' ELSE 'query-builder' END)))),
       (ARRAY[1, 2, 7, 19, 44])[1 + k % 5], mbgen.ts('prc', k),
       CASE k % 6 WHEN 0 THEN 'Native SQL for Finance, approved by ' || u.first || ' ' || u.last WHEN 3 THEN 'Q3 access review' END
FROM generate_series(1, 40) k JOIN mbgen.u u ON u.i = 1 + (k * 29) % 350;

CREATE TABLE collection_permission_graph_revision (id serial PRIMARY KEY, before text NOT NULL, after text NOT NULL, user_id int NOT NULL, created_at timestamptz NOT NULL, remark text);
INSERT INTO collection_permission_graph_revision (before, after, user_id, created_at, remark)
SELECT mbgen.cj(jsonb_build_object((3 + k % 9)::text, jsonb_build_object((1 + k % 24)::text, 'none'))), mbgen.cj(jsonb_build_object((3 + k % 9)::text, jsonb_build_object((1 + k % 24)::text, CASE WHEN k % 3 = 0 THEN 'write' ELSE 'read' END))),
       (ARRAY[1, 2, 7, 19, 44])[1 + k % 5], mbgen.ts('cprc', k),
       CASE k % 5 WHEN 0 THEN 'Giving ' || u.first || ' edit rights while ' || split_part(v.first, ' ', 1) || ' is on leave' END
FROM generate_series(1, 60) k JOIN mbgen.u u ON u.i = 1 + (k * 31) % 350 JOIN mbgen.u v ON v.i = 1 + (k * 43) % 350;

CREATE TABLE sandboxes (id serial PRIMARY KEY, group_id int NOT NULL, table_id int NOT NULL, card_id int, attribute_remappings text, permission_id int);
INSERT INTO sandboxes (group_id, table_id, card_id, attribute_remappings, permission_id)
VALUES (9, 2, NULL, '{"store_id":["dimension",["field",21,null]]}', NULL), (9, 3, NULL, '{"store_id":["dimension",["field",34,null]]}', NULL),
       (9, 5, 118, '{"store_id":["variable",["template-tag","store_id"]]}', NULL), (9, 6, NULL, '{"store_id":["dimension",["field",52,null]]}', NULL);

CREATE TABLE connection_impersonations (id serial PRIMARY KEY, db_id int NOT NULL, group_id int NOT NULL, attribute text);
INSERT INTO connection_impersonations (db_id, group_id, attribute) VALUES (3, 12, 'snowflake_role'), (3, 9, 'db_role');

-- ---------------------------------------------------------------- settings and secrets
CREATE TABLE setting (key varchar(254) PRIMARY KEY, value text NOT NULL);
INSERT INTO setting VALUES
  ('site-name', 'Larder & Co Analytics'),
  ('site-url', 'https://metabase.larder.example'),
  ('site-uuid', fixture_gen.uuid('site', 1)),
  ('site-locale', 'en'),
  ('analytics-uuid', fixture_gen.uuid('anl', 1)),
  ('instance-creation', '2021-03-01T09:00:00Z'),
  ('admin-email', 'data-team@larder.example'),
  ('report-timezone', 'Europe/London'),
  ('start-of-week', 'monday'),
  ('humanization-strategy', 'simple'),
  ('enable-public-sharing', 'true'),
  ('enable-embedding', 'true'),
  ('embedding-app-origin', 'https://partners.larder.example'),
  ('embedding-secret-key', fixture_gen.hexn('embsk', 1, 64)),
  ('premium-embedding-token', fixture_gen.hexn('lic', 1, 64)),
  ('email-smtp-host', 'smtp.sendgrid.net'),
  ('email-smtp-port', '587'),
  ('email-smtp-security', 'tls'),
  ('email-smtp-username', 'apikey'),
  ('email-smtp-password', 'S' || 'G.' || fixture_gen.chars('sgid', 1, 22) || '.' || fixture_gen.chars('sgkey', 1, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
  ('email-from-address', 'metabase@larder.example'),
  ('email-from-name', 'Larder Analytics'),
  ('email-reply-to', '["data-team@larder.example"]'),
  ('ldap-enabled', 'false'),
  ('ldap-host', 'ldaps.corp.larder.example'),
  ('ldap-port', '636'),
  ('ldap-security', 'ssl'),
  ('ldap-bind-dn', 'cn=svc-metabase,ou=Service Accounts,dc=corp,dc=larder,dc=example'),
  ('ldap-password', 'Lr' || fixture_gen.chars('ldpw', 1, 6) || '!' || fixture_gen.digits('ldpw', 1, 4) || 'q' || fixture_gen.chars('ldpw2', 1, 5)),
  ('ldap-user-base', 'ou=Staff,dc=corp,dc=larder,dc=example'),
  ('ldap-user-filter', '(&(objectClass=inetOrgPerson)(|(uid={login})(mail={login})))'),
  ('ldap-attribute-email', 'mail'),
  ('ldap-attribute-firstname', 'givenName'),
  ('ldap-attribute-lastname', 'sn'),
  ('ldap-group-sync', 'true'),
  ('ldap-group-mappings', '{"cn=finance,ou=Groups,dc=corp,dc=larder,dc=example":[3],"cn=customer-care,ou=Groups,dc=corp,dc=larder,dc=example":[4]}'),
  ('google-auth-client-id', fixture_gen.digits('gcid', 1, 12) || '-' || fixture_gen.chars('gcid', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com'),
  ('google-auth-enabled', 'true'),
  ('google-auth-auto-create-accounts-domain', 'larder.example'),
  ('jwt-enabled', 'true'),
  ('jwt-identity-provider-uri', 'https://partners.larder.example/auth/metabase'),
  ('jwt-shared-secret', fixture_gen.hexn('jwtss', 1, 64)),
  ('jwt-attribute-email', 'email'),
  ('jwt-attribute-firstname', 'given_name'),
  ('jwt-attribute-lastname', 'family_name'),
  ('jwt-group-sync', 'true'),
  ('slack-app-token', 'xox' || 'b-' || fixture_gen.digits('slk', 1, 13) || '-' || fixture_gen.digits('slk2', 1, 13) || '-' || fixture_gen.chars('slk', 1, 24)),
  ('slack-token-valid?', 'true'),
  ('slack-files-channel', 'metabase_files'),
  ('application-name', 'Larder Analytics'),
  ('application-colors', '{"brand":"#2E7D5B","filter":"#7172AD","summarize":"#88BF4D"}'),
  ('application-favicon-url', 'https://cdn.larder.example/brand/favicon-32.png'),
  ('landing-page', '/dashboard/1-company-kpis'),
  ('custom-formatting', '{"type/Temporal":{"date_style":"D MMMM, YYYY","time_style":"HH:mm"},"type/Currency":{"currency":"GBP","currency_style":"symbol"}}'),
  ('anon-tracking-enabled', 'false'),
  ('check-for-updates', 'true'),
  ('redirect-all-requests-to-https', 'true'),
  ('persisted-models-enabled', 'true'),
  ('persisted-model-refresh-cron-schedule', '0 0 0/6 * * ? *'),
  ('query-caching-min-ttl', '60.0'),
  ('enable-query-caching', 'true'),
  ('uploads-settings', '{"db_id":2,"schema_name":"uploads","table_prefix":"upl_"}'),
  ('follow-up-email-sent', 'true'),
  ('settings-last-updated', '2025-06-18 07:41:12.384+00'),
  ('startup-time-millis', '48211.0'),
  ('show-homepage-data', 'false'),
  ('help-link', 'custom'),
  ('help-link-custom-destination', 'mailto:data-team@larder.example'),
  ('version-info', '{"latest":{"version":"v0.50.9","released":"2024-07-02","patch":true,"highlights":[]},"older":[]}'),
  ('cloud-gateway-ips', '[]'),
  ('last-analytics-checksum', '-1288443520'),
  ('dismissed-browse-models-banner', 'true');

CREATE TABLE secret (
    id serial PRIMARY KEY, version int NOT NULL DEFAULT 1, creator_id int, created_at timestamptz NOT NULL, updated_at timestamptz,
    name varchar(254) NOT NULL, kind varchar(254) NOT NULL, source varchar(254), value bytea NOT NULL
);
INSERT INTO secret (version, creator_id, created_at, updated_at, name, kind, source, value) VALUES
  (1, 2, '2022-01-12 10:00:00+00', NULL, 'Production replica - ssl-root-cert-value', 'pem-cert', 'uploaded', convert_to(mbgen.pem('CERTIFICATE', 'rootca', 900), 'UTF8')),
  (2, 2, '2022-01-12 10:00:00+00', '2024-03-02 11:20:00+00', 'Production replica - ssl-client-key-value', 'pem-cert', 'uploaded', convert_to(mbgen.pem('PRIVATE KEY', 'clikey', 1190), 'UTF8')),
  (1, 2, '2022-01-12 10:00:00+00', NULL, 'Production replica - ssl-client-cert-value', 'pem-cert', 'uploaded', convert_to(mbgen.pem('CERTIFICATE', 'clicert', 820), 'UTF8')),
  (1, 7, '2023-05-03 14:00:00+00', NULL, 'Snowflake warehouse - private-key-value', 'pem-cert', 'uploaded', convert_to(mbgen.pem('ENCRYPTED PRIVATE KEY', 'snowpk', 1250), 'UTF8')),
  (1, 7, '2023-05-03 14:00:00+00', NULL, 'Kafka events (Kafka) - keystore-value', 'keystore', 'uploaded', decode('feedfeed00000002' || fixture_gen.hexn('ks', 1, 900), 'hex')),
  (1, 7, '2023-05-03 14:00:00+00', NULL, 'Kafka events (Kafka) - keystore-password-value', 'password', NULL, convert_to(fixture_gen.chars('kspw', 1, 20), 'UTF8'));

-- ---------------------------------------------------------------- connected databases
CREATE TABLE metabase_database (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, name varchar(254) NOT NULL, description text, details text NOT NULL, engine varchar(254) NOT NULL,
    is_sample boolean NOT NULL DEFAULT false, is_full_sync boolean NOT NULL DEFAULT true, points_of_interest text, caveats text, metadata_sync_schedule varchar(254) NOT NULL DEFAULT '0 50 * * * ? *',
    cache_field_values_schedule varchar(254) NOT NULL DEFAULT '0 50 0 * * ? *', timezone varchar(254), is_on_demand boolean NOT NULL DEFAULT false, auto_run_queries boolean NOT NULL DEFAULT true,
    refingerprint boolean, cache_ttl int, initial_sync_status varchar(32) NOT NULL DEFAULT 'complete', creator_id int, settings text, dbms_version text, is_audit boolean NOT NULL DEFAULT false,
    uploads_enabled boolean NOT NULL DEFAULT false, uploads_schema_name text, uploads_table_prefix text
);
INSERT INTO metabase_database (created_at, updated_at, name, description, details, engine, is_sample, is_full_sync, points_of_interest, caveats, metadata_sync_schedule, cache_field_values_schedule,
    timezone, is_on_demand, auto_run_queries, refingerprint, cache_ttl, creator_id, settings, dbms_version, is_audit, uploads_enabled, uploads_schema_name, uploads_table_prefix) VALUES
  ('2021-03-01 09:05:00+00', '2024-06-01 08:00:00+00', 'Sample Database', 'Some example data for you to play around with.',
   '{"db":"file:/plugins/sample-database.db;USER=GUEST;PASSWORD=guest"}', 'h2', true, true, NULL, NULL, '0 13 * * * ? *', '0 0 2 * * ? *', 'UTC', false, true, NULL, NULL, NULL, NULL,
   '{"flavor":"H2","version":"2.1.214 (2022-06-13)","semantic-version":[2,1]}', false, false, NULL, NULL),
  ('2021-03-01 09:20:00+00', '2025-02-11 16:40:00+00', 'Production replica', 'Read replica of the shop and delivery database.',
   mbgen.cj(jsonb_build_object('host', 'prod-replica.db.larder.internal', 'port', 5432, 'dbname', 'larder', 'user', 'metabase_ro', 'password', 'mb' || fixture_gen.chars('prpw', 1, 14) || '#' || fixture_gen.digits('prpw', 1, 3),
     'ssl', true, 'ssl-mode', 'verify-full', 'ssl-root-cert-options', 'uploaded', 'ssl-root-cert-value', 'data:application/x-pem-file;base64,' || translate(encode(convert_to(mbgen.pem('CERTIFICATE', 'rootca', 900), 'UTF8'), 'base64'), E'\n', ''),
     'ssl-use-client-auth', true, 'ssl-key-options', 'uploaded', 'ssl-client-key-id', 2, 'ssl-client-cert-id', 3, 'tunnel-enabled', true, 'tunnel-host', 'bastion.eu-west-2.larder.example', 'tunnel-port', 22,
     'tunnel-user', 'metabase', 'tunnel-auth-option', 'ssh-key', 'tunnel-private-key', mbgen.pem('OPENSSH PRIVATE KEY', 'sshk', 400), 'tunnel-private-key-passphrase', fixture_gen.chars('sshpp', 1, 16),
     'schema-filters-type', 'inclusion', 'schema-filters-patterns', 'public,delivery,support', 'advanced-options', true, 'json-unfolding', true, 'let-user-control-scheduling', true)),
   'postgres', false, true, 'Orders, deliveries and support tickets, five minutes behind production.', 'Ask Data Engineering before adding heavy scheduled queries: the replica is shared with the ops tools.',
   '0 10 * * * ? *', '0 0 3 * * ? *', 'Europe/London', false, true, true, 24, 2, '{"database-enable-actions":true,"unaggregated-query-row-limit":20000}',
   '{"flavor":"PostgreSQL","version":"15.6","semantic-version":[15,6]}', false, true, 'uploads', 'upl_'),
  ('2023-05-03 14:00:00+00', '2025-03-30 09:12:00+00', 'Snowflake warehouse', 'dbt models: marts for finance, growth and supply chain.',
   mbgen.cj(jsonb_build_object('account', 'larder-eu1', 'user', 'METABASE_SVC', 'use-password', false, 'private-key-options', 'uploaded', 'private-key-id', 4, 'private-key-passphrase', fixture_gen.chars('snpp', 1, 18),
     'warehouse', 'ANALYTICS_WH', 'db', 'LARDER', 'role', 'METABASE_READER', 'regionid', 'eu-west-1', 'schema-filters-type', 'inclusion', 'schema-filters-patterns', 'MARTS,FINANCE', 'advanced-options', false)),
   'snowflake', false, true, NULL, 'Revenue here is net of VAT; the replica''s is gross.', '0 15 * * * ? *', '0 0 4 * * ? *', 'UTC', false, true, false, 48, 7, NULL,
   '{"flavor":"Snowflake","version":"8.22.1"}', false, false, NULL, NULL),
  ('2023-09-19 11:00:00+00', '2024-11-02 10:00:00+00', 'Marketing (BigQuery)', 'GA4 export and ad spend.',
   mbgen.cj(jsonb_build_object('project-id', 'larder-marketing-prod', 'service-account-json', mbgen.cj(jsonb_build_object('type', 'service_account', 'project_id', 'larder-marketing-prod',
       'private_key_id', fixture_gen.hexn('bqkid', 1, 40), 'private_key', mbgen.pem('PRIVATE KEY', 'bqpk', 1190), 'client_email', 'metabase-reader@larder-marketing-prod.iam.gserviceaccount.com',
       'client_id', fixture_gen.digits('bqcid', 1, 21), 'token_uri', 'https://oauth2.googleapis.com/token')), 'dataset-filters-type', 'inclusion', 'dataset-filters-patterns', 'analytics_312*,ads')),
   'bigquery-cloud-sdk', false, false, NULL, NULL, '0 20 * * * ? *', '0 0 5 * * ? *', 'UTC', true, false, NULL, NULL, 19, NULL, NULL, false, false, NULL, NULL),
  ('2024-02-14 10:00:00+00', '2024-02-14 10:00:00+00', 'Internal Metabase Database', NULL, '{"db":"metabase","host":"localhost","port":5432}', 'postgres', false, true, NULL, NULL,
   '0 0 * * * ? *', '0 0 0 * * ? *', 'UTC', false, true, NULL, NULL, NULL, NULL, NULL, true, false, NULL, NULL);

-- ---------------------------------------------------------------- table and field metadata
CREATE TABLE metabase_table (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, name varchar(256) NOT NULL, description text, entity_type varchar(254), active boolean NOT NULL,
    db_id int NOT NULL, display_name varchar(256), visibility_type varchar(254), schema varchar(254), points_of_interest text, caveats text, show_in_getting_started boolean NOT NULL DEFAULT false,
    field_order varchar(254) NOT NULL DEFAULT 'database', initial_sync_status varchar(32) NOT NULL DEFAULT 'complete', is_upload boolean NOT NULL DEFAULT false, view_count int NOT NULL DEFAULT 0,
    estimated_row_count bigint
);
INSERT INTO metabase_table (id, created_at, updated_at, name, description, entity_type, active, db_id, display_name, visibility_type, schema, points_of_interest, caveats, field_order, is_upload, view_count, estimated_row_count)
SELECT o, mbgen.ts('mtc', o), mbgen.ts('mtc', o) + interval '200 days', t.name, t.descr, t.et, t.name <> 'promotions_old', t.db,
       regexp_replace(initcap(replace(lower(t.name), '_', ' ')), '^(V |Upl |Fct |Dim |Fin )', ''), CASE WHEN t.name IN ('promotions_old', 'INVOICES') THEN 'hidden' WHEN t.name LIKE 'v\_%' THEN NULL END, t.sch, t.poi, t.cav,
       CASE WHEN o % 4 = 0 THEN 'custom' ELSE 'database' END, t.name LIKE 'upl\_%', fixture_gen.n('mtv', o, 4000), CASE WHEN t.db = 2 THEN 1000 + fixture_gen.n('mtr', o, 9000000) END
FROM (SELECT row_number() OVER () AS o, v.* FROM (VALUES
  ('customers', 2, 'public', 'entity/UserTable', 'One row per customer account, with contact details and marketing consent.', NULL, 'Customers who deleted their account keep a row with the email replaced.'),
  ('addresses', 2, 'public', 'entity/GenericTable', 'Delivery addresses; a customer can have several.', NULL, NULL),
  ('orders', 2, 'public', 'entity/TransactionTable', 'One row per checkout. Totals include VAT.', 'Start here for revenue questions.', 'Test orders from the QA store (store_id 1) are included.'),
  ('order_items', 2, 'public', 'entity/GenericTable', 'Lines of each order.', NULL, NULL),
  ('products', 2, 'public', 'entity/ProductTable', 'The catalogue, current prices only.', NULL, NULL),
  ('stores', 2, 'public', 'entity/GenericTable', 'Dark stores and partner stores.', NULL, NULL),
  ('couriers', 2, 'delivery', 'entity/UserTable', 'Couriers employed or contracted by a store.', NULL, NULL),
  ('deliveries', 2, 'delivery', 'entity/EventTable', 'One row per delivery attempt.', NULL, 'Second attempts get a new row.'),
  ('support_tickets', 2, 'support', 'entity/GenericTable', 'Tickets synced from the helpdesk every 15 minutes.', NULL, NULL),
  ('refunds', 2, 'public', 'entity/TransactionTable', 'Refunds issued by Customer Care.', NULL, NULL),
  ('subscriptions', 2, 'public', 'entity/SubscriptionTable', 'Larder+ memberships.', NULL, NULL),
  ('promotions_old', 2, 'public', 'entity/GenericTable', NULL, NULL, 'Superseded by the promotions service in 2023.'),
  ('ORDERS', 1, 'PUBLIC', 'entity/TransactionTable', 'Confirmed Sample Company orders for a product, from a user.', NULL, NULL),
  ('PEOPLE', 1, 'PUBLIC', 'entity/UserTable', 'Information on the user accounts registered with Sample Company.', NULL, NULL),
  ('PRODUCTS', 1, 'PUBLIC', 'entity/ProductTable', 'Includes a catalog of all the products ever sold by the famed Sample Company.', NULL, NULL),
  ('REVIEWS', 1, 'PUBLIC', 'entity/GenericTable', 'Reviews that Sample Company customers have left on our products.', NULL, NULL),
  ('ACCOUNTS', 1, 'PUBLIC', 'entity/GenericTable', NULL, NULL, NULL),
  ('ANALYTIC_EVENTS', 1, 'PUBLIC', 'entity/EventTable', NULL, NULL, NULL),
  ('FEEDBACK', 1, 'PUBLIC', 'entity/GenericTable', NULL, NULL, NULL),
  ('INVOICES', 1, 'PUBLIC', 'entity/GenericTable', NULL, NULL, NULL),
  ('FCT_ORDERS', 3, 'MARTS', 'entity/TransactionTable', 'dbt: fct_orders. Net revenue, one row per order.', NULL, NULL),
  ('DIM_CUSTOMERS', 3, 'MARTS', 'entity/UserTable', 'dbt: dim_customers. Emails are hashed.', NULL, NULL),
  ('DIM_STORES', 3, 'MARTS', 'entity/GenericTable', 'dbt: dim_stores.', NULL, NULL),
  ('FCT_DELIVERIES', 3, 'MARTS', 'entity/EventTable', 'dbt: fct_deliveries.', NULL, NULL),
  ('FIN_REVENUE_DAILY', 3, 'FINANCE', 'entity/GenericTable', 'Revenue by day and store, net of VAT and refunds.', NULL, NULL),
  ('GROWTH_COHORTS', 3, 'MARTS', 'entity/GenericTable', NULL, NULL, NULL),
  ('v_users', 5, 'metabase_analytics', 'entity/UserTable', NULL, NULL, NULL),
  ('v_query_log', 5, 'metabase_analytics', 'entity/GenericTable', NULL, NULL, NULL),
  ('v_view_log', 5, 'metabase_analytics', 'entity/GenericTable', NULL, NULL, NULL),
  ('v_audit_log', 5, 'metabase_analytics', 'entity/GenericTable', NULL, NULL, NULL),
  ('v_dashboards', 5, 'metabase_analytics', 'entity/GenericTable', NULL, NULL, NULL),
  ('v_content', 5, 'metabase_analytics', 'entity/GenericTable', NULL, NULL, NULL),
  ('events_intraday', 4, 'analytics_312904', 'entity/EventTable', NULL, NULL, NULL),
  ('ad_spend', 4, 'ads', 'entity/GenericTable', 'Daily spend per campaign from Google Ads and Meta.', NULL, NULL),
  ('upl_store_targets_2025', 2, 'uploads', 'entity/GenericTable', NULL, NULL, NULL)
) v(name, db, sch, et, descr, poi, cav)) t;
ALTER SEQUENCE metabase_table_id_seq RESTART WITH 36;

CREATE TABLE mbgen.f (o serial, tname text, name text, base text, sem text, dbtype text, hfv text, descr text);
INSERT INTO mbgen.f (tname, name, base, sem, dbtype, hfv, descr) VALUES
  ('customers', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('customers', 'email', 'type/Text', 'type/Email', 'varchar', 'search', 'Login email, unique. Replaced by deleted+<id>@larder.example on erasure.'),
  ('customers', 'first_name', 'type/Text', 'type/Name', 'varchar', 'search', 'First name as typed at signup.'),
  ('customers', 'last_name', 'type/Text', 'type/Name', 'varchar', 'search', NULL),
  ('customers', 'phone', 'type/Text', NULL, 'varchar', 'search', 'Mobile number in E.164, used for courier calls.'),
  ('customers', 'date_of_birth', 'type/Date', 'type/Birthdate', 'date', 'none', 'Only asked for alcohol orders.'),
  ('customers', 'city', 'type/Text', 'type/City', 'varchar', 'list', NULL),
  ('customers', 'postcode', 'type/Text', 'type/ZipCode', 'varchar', 'search', NULL),
  ('customers', 'country_code', 'type/Text', 'type/Country', 'bpchar', 'list', NULL),
  ('customers', 'marketing_opt_in', 'type/Boolean', NULL, 'bool', 'list', NULL),
  ('customers', 'source', 'type/Text', 'type/Source', 'varchar', 'list', 'Acquisition channel of the first order.'),
  ('customers', 'loyalty_tier', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('customers', 'created_at', 'type/DateTimeWithLocalTZ', 'type/CreationTimestamp', 'timestamptz', 'none', NULL),
  ('addresses', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('addresses', 'customer_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('addresses', 'line1', 'type/Text', NULL, 'varchar', 'search', NULL),
  ('addresses', 'line2', 'type/Text', NULL, 'varchar', 'search', NULL),
  ('addresses', 'city', 'type/Text', 'type/City', 'varchar', 'list', NULL),
  ('addresses', 'postcode', 'type/Text', 'type/ZipCode', 'varchar', 'search', NULL),
  ('addresses', 'latitude', 'type/Float', 'type/Latitude', 'float8', 'none', NULL),
  ('addresses', 'longitude', 'type/Float', 'type/Longitude', 'float8', 'none', NULL),
  ('addresses', 'delivery_instructions', 'type/Text', 'type/Description', 'text', 'none', 'Free text shown to the courier.'),
  ('addresses', 'store_id', 'type/Integer', 'type/FK', 'int4', 'none', 'Store whose zone covers the address.'),
  ('orders', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('orders', 'customer_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('orders', 'store_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('orders', 'status', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('orders', 'channel', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('orders', 'total_gbp', 'type/Decimal', 'type/Price', 'numeric', 'none', 'Basket total including VAT, after discounts.'),
  ('orders', 'discount_gbp', 'type/Decimal', 'type/Discount', 'numeric', 'none', NULL),
  ('orders', 'promo_code', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('orders', 'created_at', 'type/DateTimeWithLocalTZ', 'type/CreationTimestamp', 'timestamptz', 'none', NULL),
  ('orders', 'delivered_at', 'type/DateTimeWithLocalTZ', NULL, 'timestamptz', 'none', NULL),
  ('order_items', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('order_items', 'order_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('order_items', 'product_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('order_items', 'quantity', 'type/Integer', 'type/Quantity', 'int4', 'none', NULL),
  ('order_items', 'unit_price', 'type/Decimal', 'type/Price', 'numeric', 'none', NULL),
  ('products', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('products', 'sku', 'type/Text', NULL, 'varchar', 'search', NULL),
  ('products', 'title', 'type/Text', 'type/Title', 'varchar', 'search', NULL),
  ('products', 'category', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('products', 'brand', 'type/Text', 'type/Company', 'varchar', 'list', NULL),
  ('products', 'price', 'type/Decimal', 'type/Price', 'numeric', 'none', NULL),
  ('products', 'is_active', 'type/Boolean', 'type/Category', 'bool', 'list', NULL),
  ('stores', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('stores', 'name', 'type/Text', 'type/Name', 'varchar', 'list', NULL),
  ('stores', 'city', 'type/Text', 'type/City', 'varchar', 'list', NULL),
  ('stores', 'region', 'type/Text', 'type/State', 'varchar', 'list', NULL),
  ('stores', 'manager_email', 'type/Text', 'type/Email', 'varchar', 'list', 'Store manager, for the weekly scorecard subscription.'),
  ('stores', 'opened_on', 'type/Date', NULL, 'date', 'none', NULL),
  ('stores', 'latitude', 'type/Float', 'type/Latitude', 'float8', 'none', NULL),
  ('stores', 'longitude', 'type/Float', 'type/Longitude', 'float8', 'none', NULL),
  ('couriers', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('couriers', 'full_name', 'type/Text', 'type/Name', 'varchar', 'list', 'Set to a dropdown for the courier scorecard filter.'),
  ('couriers', 'phone', 'type/Text', NULL, 'varchar', 'search', NULL),
  ('couriers', 'vehicle', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('couriers', 'employment_type', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('couriers', 'store_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('couriers', 'started_on', 'type/Date', 'type/JoinDate', 'date', 'none', NULL),
  ('deliveries', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('deliveries', 'order_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('deliveries', 'courier_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('deliveries', 'store_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('deliveries', 'dispatched_at', 'type/DateTimeWithLocalTZ', NULL, 'timestamptz', 'none', NULL),
  ('deliveries', 'delivered_at', 'type/DateTimeWithLocalTZ', NULL, 'timestamptz', 'none', NULL),
  ('deliveries', 'status', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('deliveries', 'customer_rating', 'type/Integer', 'type/Score', 'int2', 'list', NULL),
  ('deliveries', 'proof_photo_url', 'type/Text', 'type/ImageURL', 'text', 'none', NULL),
  ('support_tickets', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('support_tickets', 'customer_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('support_tickets', 'order_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('support_tickets', 'category', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('support_tickets', 'channel', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('support_tickets', 'subject', 'type/Text', 'type/Title', 'text', 'search', NULL),
  ('support_tickets', 'body', 'type/Text', 'type/Description', 'text', 'none', NULL),
  ('support_tickets', 'first_response_minutes', 'type/Integer', 'type/Duration', 'int4', 'none', NULL),
  ('support_tickets', 'assignee_email', 'type/Text', 'type/Email', 'varchar', 'list', NULL),
  ('support_tickets', 'created_at', 'type/DateTimeWithLocalTZ', 'type/CreationTimestamp', 'timestamptz', 'none', NULL),
  ('refunds', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('refunds', 'order_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('refunds', 'amount_gbp', 'type/Decimal', 'type/Price', 'numeric', 'none', NULL),
  ('refunds', 'reason_code', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('refunds', 'approved_by', 'type/Text', 'type/Name', 'varchar', 'list', 'Name of the Customer Care lead who approved it.'),
  ('refunds', 'created_at', 'type/DateTimeWithLocalTZ', 'type/CreationTimestamp', 'timestamptz', 'none', NULL),
  ('subscriptions', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('subscriptions', 'customer_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('subscriptions', 'plan', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('subscriptions', 'region', 'type/Text', 'type/State', 'varchar', 'list', NULL),
  ('subscriptions', 'status', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('subscriptions', 'started_at', 'type/DateTimeWithLocalTZ', NULL, 'timestamptz', 'none', NULL),
  ('subscriptions', 'cancelled_at', 'type/DateTimeWithLocalTZ', 'type/CancelationTimestamp', 'timestamptz', 'none', NULL),
  ('subscriptions', 'cancel_reason', 'type/Text', 'type/Comment', 'text', 'none', NULL),
  ('promotions_old', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('promotions_old', 'code', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('promotions_old', 'percent_off', 'type/Integer', 'type/Percentage', 'int4', 'none', NULL),
  ('ORDERS', 'ID', 'type/BigInteger', 'type/PK', 'BIGINT', 'none', 'This is a unique ID for the product. It is also called the "Invoice number" or "Confirmation number" in customer facing emails and screens.'),
  ('ORDERS', 'USER_ID', 'type/Integer', 'type/FK', 'INTEGER', 'none', 'The id of the user who made this order. Note that in some cases where an order was created on behalf of a customer who phoned the order in, this might be the employee who handled the request.'),
  ('ORDERS', 'PRODUCT_ID', 'type/Integer', 'type/FK', 'INTEGER', 'none', 'The product ID. This is an internal identifier for the product, NOT the SKU.'),
  ('ORDERS', 'SUBTOTAL', 'type/Float', NULL, 'DOUBLE PRECISION', 'none', 'The raw, pre-tax cost of the order.'),
  ('ORDERS', 'TAX', 'type/Float', NULL, 'DOUBLE PRECISION', 'none', 'This is the amount of local and federal taxes that are collected on the purchase.'),
  ('ORDERS', 'TOTAL', 'type/Float', NULL, 'DOUBLE PRECISION', 'none', 'The total billed amount.'),
  ('ORDERS', 'DISCOUNT', 'type/Float', 'type/Discount', 'DOUBLE PRECISION', 'none', 'Discount amount.'),
  ('ORDERS', 'CREATED_AT', 'type/DateTime', 'type/CreationTimestamp', 'TIMESTAMP', 'none', 'The date and time an order was submitted.'),
  ('ORDERS', 'QUANTITY', 'type/Integer', 'type/Quantity', 'INTEGER', 'list', 'Number of products bought.'),
  ('PEOPLE', 'ID', 'type/BigInteger', 'type/PK', 'BIGINT', 'none', 'A unique identifier given to each user.'),
  ('PEOPLE', 'ADDRESS', 'type/Text', NULL, 'CHARACTER VARYING', 'none', 'The street address of the account’s billing address'),
  ('PEOPLE', 'EMAIL', 'type/Text', 'type/Email', 'CHARACTER VARYING', 'search', 'The contact email for the account.'),
  ('PEOPLE', 'PASSWORD', 'type/Text', NULL, 'CHARACTER VARYING', 'search', 'This is the salted password of the user. It should not be visible'),
  ('PEOPLE', 'NAME', 'type/Text', 'type/Name', 'CHARACTER VARYING', 'search', 'The name of the user who owns an account'),
  ('PEOPLE', 'CITY', 'type/Text', 'type/City', 'CHARACTER VARYING', 'search', 'The city of the account’s billing address'),
  ('PEOPLE', 'LONGITUDE', 'type/Float', 'type/Longitude', 'DOUBLE PRECISION', 'none', 'This is the longitude of the user on sign-up. It might be updated in the future to the last seen location.'),
  ('PEOPLE', 'STATE', 'type/Text', 'type/State', 'CHARACTER', 'list', 'The state or province of the account’s billing address'),
  ('PEOPLE', 'SOURCE', 'type/Text', 'type/Source', 'CHARACTER VARYING', 'list', 'The channel through which we acquired this user. Valid values include: Affiliate, Facebook, Google, Organic and Twitter'),
  ('PEOPLE', 'BIRTH_DATE', 'type/Date', NULL, 'DATE', 'none', 'The date of birth of the user'),
  ('PEOPLE', 'ZIP', 'type/Text', 'type/ZipCode', 'CHARACTER', 'none', 'The postal code of the account’s billing address'),
  ('PEOPLE', 'LATITUDE', 'type/Float', 'type/Latitude', 'DOUBLE PRECISION', 'none', 'This is the latitude of the user on sign-up. It might be updated in the future to the last seen location.'),
  ('PEOPLE', 'CREATED_AT', 'type/DateTime', 'type/CreationTimestamp', 'TIMESTAMP', 'none', 'The date the user record was created. Also referred to as the user’s "join date"'),
  ('PRODUCTS', 'ID', 'type/BigInteger', 'type/PK', 'BIGINT', 'none', 'The numerical product number. Only used internally. All external communication should use the title or EAN.'),
  ('PRODUCTS', 'EAN', 'type/Text', NULL, 'CHARACTER', 'none', 'The international article number. A 13 digit number uniquely identifying the product.'),
  ('PRODUCTS', 'TITLE', 'type/Text', 'type/Title', 'CHARACTER VARYING', 'none', 'The name of the product as it should be displayed to customers.'),
  ('PRODUCTS', 'CATEGORY', 'type/Text', 'type/Category', 'CHARACTER VARYING', 'list', 'The type of product, valid values include: Doohicky, Gadget, Gizmo and Widget'),
  ('PRODUCTS', 'VENDOR', 'type/Text', 'type/Company', 'CHARACTER VARYING', 'none', 'The source of the product.'),
  ('PRODUCTS', 'PRICE', 'type/Float', NULL, 'DOUBLE PRECISION', 'none', 'The list price of the product. Note that this is not always the price the product sold for due to discounts, promotions, etc.'),
  ('PRODUCTS', 'RATING', 'type/Float', 'type/Score', 'DOUBLE PRECISION', 'list', 'The average rating users have given the product. This ranges from 1 - 5'),
  ('PRODUCTS', 'CREATED_AT', 'type/DateTime', 'type/CreationTimestamp', 'TIMESTAMP', 'none', 'The date the product was added to our catalog.'),
  ('REVIEWS', 'ID', 'type/BigInteger', 'type/PK', 'BIGINT', 'none', 'A unique internal identifier for the review. Should not be used externally.'),
  ('REVIEWS', 'PRODUCT_ID', 'type/Integer', 'type/FK', 'INTEGER', 'none', 'The product the review was for'),
  ('REVIEWS', 'REVIEWER', 'type/Text', NULL, 'CHARACTER VARYING', 'list', 'The user who left the review'),
  ('REVIEWS', 'RATING', 'type/Integer', 'type/Score', 'SMALLINT', 'list', 'The rating (on a scale of 1-5) the user left.'),
  ('REVIEWS', 'BODY', 'type/Text', 'type/Description', 'CHARACTER VARYING', 'none', 'The review the user left. Limited to 2000 characters.'),
  ('REVIEWS', 'CREATED_AT', 'type/DateTime', 'type/CreationTimestamp', 'TIMESTAMP', 'none', 'The day and time a review was written by a user.'),
  ('ACCOUNTS', 'ID', 'type/BigInteger', 'type/PK', 'BIGINT', 'none', NULL),
  ('ACCOUNTS', 'EMAIL', 'type/Text', 'type/Email', 'CHARACTER VARYING', 'search', NULL),
  ('ACCOUNTS', 'FIRST_NAME', 'type/Text', 'type/Name', 'CHARACTER VARYING', 'search', NULL),
  ('ACCOUNTS', 'LAST_NAME', 'type/Text', 'type/Name', 'CHARACTER VARYING', 'search', NULL),
  ('ACCOUNTS', 'PLAN', 'type/Text', 'type/Category', 'CHARACTER', 'list', NULL),
  ('ACCOUNTS', 'COUNTRY', 'type/Text', 'type/Country', 'CHARACTER', 'list', NULL),
  ('ANALYTIC_EVENTS', 'ID', 'type/BigInteger', 'type/PK', 'BIGINT', 'none', NULL),
  ('ANALYTIC_EVENTS', 'ACCOUNT_ID', 'type/BigInteger', 'type/FK', 'BIGINT', 'none', NULL),
  ('ANALYTIC_EVENTS', 'EVENT', 'type/Text', 'type/Category', 'CHARACTER VARYING', 'list', NULL),
  ('ANALYTIC_EVENTS', 'BUTTON_LABEL', 'type/Text', 'type/Category', 'CHARACTER VARYING', 'list', NULL),
  ('FEEDBACK', 'ID', 'type/BigInteger', 'type/PK', 'BIGINT', 'none', NULL),
  ('FEEDBACK', 'BODY', 'type/Text', 'type/Description', 'CHARACTER VARYING', 'none', NULL),
  ('INVOICES', 'ID', 'type/BigInteger', 'type/PK', 'BIGINT', 'none', NULL),
  ('INVOICES', 'PAYMENT', 'type/Float', NULL, 'DOUBLE PRECISION', 'none', NULL),
  ('FCT_ORDERS', 'ORDER_ID', 'type/Number', 'type/PK', 'NUMBER', 'none', NULL),
  ('FCT_ORDERS', 'CUSTOMER_ID', 'type/Number', 'type/FK', 'NUMBER', 'none', NULL),
  ('FCT_ORDERS', 'STORE_ID', 'type/Number', 'type/FK', 'NUMBER', 'none', NULL),
  ('FCT_ORDERS', 'NET_REVENUE_GBP', 'type/Decimal', 'type/Currency', 'NUMBER', 'none', NULL),
  ('FCT_ORDERS', 'ORDERED_AT', 'type/DateTimeWithLocalTZ', 'type/CreationTimestamp', 'TIMESTAMPTZ', 'none', NULL),
  ('DIM_CUSTOMERS', 'CUSTOMER_ID', 'type/Number', 'type/PK', 'NUMBER', 'none', NULL),
  ('DIM_CUSTOMERS', 'EMAIL_SHA256', 'type/Text', NULL, 'VARCHAR', 'none', 'sha256 of the lowercased email, for joining ad audiences.'),
  ('DIM_CUSTOMERS', 'FIRST_ORDER_AT', 'type/DateTimeWithLocalTZ', NULL, 'TIMESTAMPTZ', 'none', NULL),
  ('DIM_CUSTOMERS', 'LIFETIME_VALUE_GBP', 'type/Decimal', 'type/Currency', 'NUMBER', 'none', NULL),
  ('DIM_CUSTOMERS', 'REGION', 'type/Text', 'type/State', 'VARCHAR', 'list', NULL),
  ('DIM_CUSTOMERS', 'SEGMENT', 'type/Text', 'type/Category', 'VARCHAR', 'list', NULL),
  ('DIM_STORES', 'STORE_ID', 'type/Number', 'type/PK', 'NUMBER', 'none', NULL),
  ('DIM_STORES', 'STORE_NAME', 'type/Text', 'type/Name', 'VARCHAR', 'list', NULL),
  ('DIM_STORES', 'REGION', 'type/Text', 'type/State', 'VARCHAR', 'list', NULL),
  ('FCT_DELIVERIES', 'DELIVERY_ID', 'type/Number', 'type/PK', 'NUMBER', 'none', NULL),
  ('FCT_DELIVERIES', 'MINUTES_TO_DOOR', 'type/Number', 'type/Duration', 'NUMBER', 'none', NULL),
  ('FIN_REVENUE_DAILY', 'DAY', 'type/Date', NULL, 'DATE', 'none', NULL),
  ('FIN_REVENUE_DAILY', 'STORE_ID', 'type/Number', 'type/FK', 'NUMBER', 'none', NULL),
  ('FIN_REVENUE_DAILY', 'NET_REVENUE_GBP', 'type/Decimal', 'type/Currency', 'NUMBER', 'none', NULL),
  ('GROWTH_COHORTS', 'COHORT_MONTH', 'type/Date', NULL, 'DATE', 'none', NULL),
  ('GROWTH_COHORTS', 'RETAINED_PCT', 'type/Float', 'type/Percentage', 'FLOAT', 'none', NULL),
  ('v_users', 'user_id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('v_users', 'email', 'type/Text', 'type/Email', 'varchar', 'search', NULL),
  ('v_users', 'first_name', 'type/Text', 'type/Name', 'varchar', 'search', NULL),
  ('v_users', 'last_name', 'type/Text', 'type/Name', 'varchar', 'search', NULL),
  ('v_users', 'full_name', 'type/Text', 'type/Name', 'text', 'search', NULL),
  ('v_users', 'sso_source', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('v_users', 'date_joined', 'type/DateTimeWithLocalTZ', 'type/JoinTimestamp', 'timestamptz', 'none', NULL),
  ('v_query_log', 'entity_id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('v_query_log', 'started_at', 'type/DateTimeWithLocalTZ', NULL, 'timestamptz', 'none', NULL),
  ('v_query_log', 'user_id', 'type/Integer', 'type/FK', 'int4', 'none', NULL),
  ('v_query_log', 'error', 'type/Text', NULL, 'text', 'none', NULL),
  ('v_view_log', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('v_audit_log', 'id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('v_audit_log', 'topic', 'type/Text', 'type/Category', 'varchar', 'list', NULL),
  ('v_audit_log', 'details', 'type/Text', 'type/SerializedJSON', 'text', 'none', NULL),
  ('v_dashboards', 'entity_id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('v_dashboards', 'name', 'type/Text', 'type/Name', 'varchar', 'search', NULL),
  ('v_content', 'entity_id', 'type/Integer', 'type/PK', 'int4', 'none', NULL),
  ('v_content', 'name', 'type/Text', 'type/Name', 'varchar', 'search', NULL),
  ('events_intraday', 'event_name', 'type/Text', 'type/Category', 'STRING', 'list', NULL),
  ('events_intraday', 'user_pseudo_id', 'type/Text', NULL, 'STRING', 'none', NULL),
  ('events_intraday', 'event_timestamp', 'type/Integer', 'type/UNIXTimestampMicroseconds', 'INT64', 'none', NULL),
  ('ad_spend', 'campaign', 'type/Text', 'type/Category', 'STRING', 'list', NULL),
  ('ad_spend', 'spend', 'type/Float', 'type/Currency', 'FLOAT64', 'none', NULL),
  ('upl_store_targets_2025', '_mb_row_id', 'type/BigInteger', 'type/PK', 'int8', 'none', NULL),
  ('upl_store_targets_2025', 'store', 'type/Text', 'type/Category', 'text', 'list', NULL),
  ('upl_store_targets_2025', 'monthly_target_gbp', 'type/Float', NULL, 'float8', 'none', NULL);

CREATE TABLE metabase_field (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, name varchar(254) NOT NULL, base_type varchar(255) NOT NULL, semantic_type varchar(255), active boolean NOT NULL DEFAULT true,
    description text, preview_display boolean NOT NULL DEFAULT true, position int NOT NULL DEFAULT 0, table_id int NOT NULL, parent_id int, display_name varchar(254), visibility_type varchar(32) NOT NULL DEFAULT 'normal',
    fk_target_field_id int, last_analyzed timestamptz, points_of_interest text, caveats text, fingerprint text, fingerprint_version int NOT NULL DEFAULT 0, database_type text NOT NULL,
    has_field_values text, settings text, database_position int NOT NULL DEFAULT 0, custom_position int NOT NULL DEFAULT 0, effective_type varchar(255), coercion_strategy varchar(255),
    nfc_path varchar(254), database_required boolean NOT NULL DEFAULT false, json_unfolding boolean NOT NULL DEFAULT false, database_is_auto_increment boolean NOT NULL DEFAULT false,
    database_indexed boolean, database_partitioned boolean, is_defective_duplicate boolean NOT NULL DEFAULT false
);
INSERT INTO metabase_field (id, created_at, updated_at, name, base_type, semantic_type, description, preview_display, position, table_id, display_name, visibility_type, fk_target_field_id, last_analyzed,
    caveats, fingerprint, fingerprint_version, database_type, has_field_values, settings, database_position, custom_position, effective_type, coercion_strategy, database_required, database_is_auto_increment, database_indexed)
SELECT f.o, t.created_at, t.updated_at, f.name, f.base, f.sem, f.descr, f.name NOT IN ('PASSWORD', 'delivery_instructions', 'body', 'BODY'),
       (row_number() OVER (PARTITION BY t.id ORDER BY f.o))::int - 1, t.id,
       CASE f.name WHEN 'postcode' THEN 'Postcode' WHEN 'total_gbp' THEN 'Total (GBP)' WHEN 'full_name' THEN 'Courier' WHEN '_mb_row_id' THEN 'ID'
                   ELSE regexp_replace(initcap(replace(lower(f.name), '_', ' ')), '\mId\M', 'ID', 'g') END,
       CASE WHEN f.name IN ('PASSWORD', 'EMAIL_SHA256') THEN 'sensitive' WHEN f.name IN ('proof_photo_url', 'user_pseudo_id') THEN 'details-only' ELSE 'normal' END,
       NULL, t.updated_at + interval '2 hours',
       CASE WHEN f.name = 'date_of_birth' THEN 'Mostly empty: only asked for alcohol orders.' END,
       CASE WHEN f.base IN ('type/Text') THEN mbgen.cj(jsonb_build_object('global', jsonb_build_object('distinct-count', 3 + fixture_gen.n('fdc', f.o, 2000), 'nil%', round(fixture_gen.n('fnil', f.o, 30) / 100.0, 3)),
                    'type', jsonb_build_object('type/Text', jsonb_build_object('percent-json', 0.0, 'percent-url', CASE WHEN f.sem = 'type/ImageURL' THEN 1.0 ELSE 0.0 END, 'percent-email', CASE WHEN f.sem = 'type/Email' THEN 1.0 ELSE 0.0 END,
                    'percent-state', CASE WHEN f.sem = 'type/State' THEN 0.92 ELSE 0.0 END, 'average-length', round(4 + fixture_gen.n('fal', f.o, 3000) / 100.0, 3)))))
            WHEN f.base LIKE 'type/Date%' OR f.base = 'type/DateTime' THEN mbgen.cj(jsonb_build_object('global', jsonb_build_object('distinct-count', 200 + fixture_gen.n('fdc', f.o, 20000), 'nil%', round(fixture_gen.n('fnil', f.o, 30) / 100.0, 3)),
                    'type', jsonb_build_object('type/DateTime', jsonb_build_object('earliest', CASE WHEN f.name IN ('date_of_birth', 'BIRTH_DATE') THEN '1958-04-02' ELSE '2021-03-08T06:14:22Z' END, 'latest', '2025-06-19T21:48:03Z'))))
            WHEN f.base = 'type/Boolean' THEN '{"global":{"distinct-count":2,"nil%":0.0}}'
            ELSE mbgen.cj(jsonb_build_object('global', jsonb_build_object('distinct-count', 5 + fixture_gen.n('fdc', f.o, 20000), 'nil%', 0.0),
                    'type', jsonb_build_object('type/Number', jsonb_build_object('min', 0.0, 'q1', round(fixture_gen.n('fq1', f.o, 5000) / 100.0, 2), 'q3', round(50 + fixture_gen.n('fq3', f.o, 9000) / 100.0, 2),
                    'max', 1000 + fixture_gen.n('fmx', f.o, 90000), 'sd', round(fixture_gen.n('fsd', f.o, 4000) / 100.0, 3), 'avg', round(fixture_gen.n('fav', f.o, 9000) / 100.0, 3))))) END,
       5, f.dbtype, f.hfv,
       CASE WHEN f.name IN ('total_gbp', 'discount_gbp', 'unit_price', 'amount_gbp', 'price') THEN '{"currency":"GBP","number_style":"currency"}' WHEN f.name = 'proof_photo_url' THEN '{"view_as":"image"}' END,
       (row_number() OVER (PARTITION BY t.id ORDER BY f.o))::int - 1, CASE WHEN t.field_order = 'custom' THEN (row_number() OVER (PARTITION BY t.id ORDER BY f.o DESC))::int ELSE 0 END,
       f.base, CASE WHEN f.sem LIKE 'type/UNIX%' THEN 'Coercion/UNIXMicroSeconds->DateTime' END,
       coalesce(f.sem = 'type/PK', false), coalesce(f.sem = 'type/PK' AND t.db_id = 2, false), coalesce(f.sem IN ('type/PK', 'type/FK') OR f.name IN ('email', 'created_at'), false)
FROM mbgen.f f JOIN metabase_table t ON t.name = f.tname;
ALTER SEQUENCE metabase_field_id_seq RESTART WITH 1000;
UPDATE metabase_field m SET fk_target_field_id = p.id
FROM metabase_field p, metabase_table tp, metabase_table tm
WHERE m.semantic_type = 'type/FK' AND tm.id = m.table_id AND tp.id = p.table_id AND p.semantic_type = 'type/PK' AND tp.db_id = tm.db_id
  AND tp.name = CASE lower(m.name) WHEN 'customer_id' THEN CASE WHEN tm.db_id = 3 THEN 'DIM_CUSTOMERS' ELSE 'customers' END WHEN 'order_id' THEN 'orders' WHEN 'store_id' THEN CASE WHEN tm.db_id = 3 THEN 'DIM_STORES' ELSE 'stores' END
    WHEN 'product_id' THEN CASE WHEN tm.db_id = 1 THEN 'PRODUCTS' ELSE 'products' END WHEN 'courier_id' THEN 'couriers' WHEN 'user_id' THEN CASE WHEN tm.db_id = 1 THEN 'PEOPLE' ELSE 'v_users' END
    WHEN 'account_id' THEN 'ACCOUNTS' END;

-- Couriers of the production database (their names are a list field).
CREATE TABLE mbgen.k (i int PRIMARY KEY, name text);
INSERT INTO mbgen.k SELECT i, fixture_gen.first_name('kf', i) || ' ' || fixture_gen.last_name('kl', i) FROM generate_series(1, 180) i;

CREATE TABLE mbgen.fvv (tname text, fname text, vals jsonb);
INSERT INTO mbgen.fvv VALUES
  ('customers', 'city', '["Bengaluru","Berlin","Birmingham","Bristol","Hamburg","Leeds","London","Lyon","Madrid","Manchester","München","Paris","Pune","Valencia"]'),
  ('addresses', 'city', '["Bengaluru","Berlin","Birmingham","Bristol","Hamburg","Leeds","London","Lyon","Madrid","Manchester","München","Paris","Pune","Valencia"]'),
  ('stores', 'city', '["Bengaluru","Berlin","Birmingham","Bristol","Hamburg","Leeds","London","Lyon","Madrid","Manchester","München","Paris","Pune","Valencia"]'),
  ('customers', 'country_code', '["DE","ES","FR","GB","IN"]'), ('customers', 'marketing_opt_in', '[false,true]'),
  ('customers', 'source', '["app_store","facebook","google","organic","referral","tiktok"]'), ('customers', 'loyalty_tier', '["bronze","gold","silver"]'),
  ('orders', 'status', '["cancelled","delivered","dispatched","picking","placed","refunded"]'), ('orders', 'channel', '["android","ios","web"]'),
  ('orders', 'promo_code', '["FREEDEL","LARDER10","SPRING25","WELCOME5","XMAS15"]'),
  ('products', 'category', '["Bakery","Dairy & Eggs","Drinks","Frozen","Fruit & Veg","Household","Meat & Fish","Pantry","Snacks"]'),
  ('products', 'brand', '["Alpro","Barilla","Cathedral City","Dr. Oetker","Larder Own","Lurpak","Oatly","Pukka","Warburtons"]'), ('products', 'is_active', '[false,true]'),
  ('stores', 'name', '["Larder Bermondsey","Larder Camden","Larder Kreuzberg","Larder Altona","Larder Croix-Rousse","Larder Malasaña","Larder Ruzafa","Larder Koramangala","Larder Baner","Larder Northern Quarter","Larder Headingley","Larder Clifton","Larder Schwabing","Larder Canal Saint-Martin","QA test store"]'),
  ('stores', 'region', '["DE","ES","FR","IN","UK-North","UK-South"]'),
  ('couriers', 'vehicle', '["bike","car","e-bike","scooter"]'), ('couriers', 'employment_type', '["agency","contractor","employee"]'),
  ('deliveries', 'status', '["delivered","failed_no_answer","failed_wrong_address","returned"]'), ('deliveries', 'customer_rating', '[1,2,3,4,5]'),
  ('support_tickets', 'category', '["damaged_item","late_delivery","missing_item","payment","account","other"]'), ('support_tickets', 'channel', '["chat","email","phone"]'),
  ('refunds', 'reason_code', '["damaged","goodwill","late","missing","substitution"]'),
  ('subscriptions', 'plan', '["larder_plus","larder_plus_annual","student"]'), ('subscriptions', 'region', '["DE","ES","FR","IN","UK"]'), ('subscriptions', 'status', '["active","cancelled","paused"]'),
  ('promotions_old', 'code', '["BF2022","FREEDEL","LAUNCH50","SUMMER20"]'),
  ('ORDERS', 'QUANTITY', '[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]'),
  ('PEOPLE', 'STATE', '["AK","AL","AR","AZ","CA","CO","CT","DE","FL","GA","IA","ID","IL","IN","KS","KY","LA","MA","MD","ME","MI","MN","MO","MS","MT","NC","ND","NE","NH","NJ","NM","NV","NY","OH","OK","OR","PA","SC","SD","TN","TX","UT","VA","VT","WA","WI","WV","WY"]'),
  ('PEOPLE', 'SOURCE', '["Affiliate","Facebook","Google","Organic","Twitter"]'), ('PRODUCTS', 'CATEGORY', '["Doohickey","Gadget","Gizmo","Widget"]'),
  ('PRODUCTS', 'RATING', '[0.0,1.0,2.0,2.5,3.0,3.3,3.5,3.7,3.8,4.0,4.1,4.3,4.4,4.5,4.6,4.7,5.0]'), ('REVIEWS', 'RATING', '[1,2,3,4,5]'),
  ('ACCOUNTS', 'PLAN', '["Basic","Business","Premium"]'), ('ACCOUNTS', 'COUNTRY', '["AU","BR","CA","DE","FR","GB","IN","US"]'),
  ('ANALYTIC_EVENTS', 'EVENT', '["Button Clicked","Page Viewed","Subscription Started"]'), ('ANALYTIC_EVENTS', 'BUTTON_LABEL', '["Add To Cart","Checkout","Create Item","Learn More","Subscribe"]'),
  ('DIM_CUSTOMERS', 'REGION', '["DE","ES","FR","IN","UK"]'), ('DIM_CUSTOMERS', 'SEGMENT', '["at_risk","churned","loyal","new","reactivated"]'),
  ('DIM_STORES', 'REGION', '["DE","ES","FR","IN","UK"]'),
  ('DIM_STORES', 'STORE_NAME', '["Larder Altona","Larder Baner","Larder Bermondsey","Larder Camden","Larder Clifton","Larder Croix-Rousse","Larder Koramangala","Larder Kreuzberg","Larder Malasaña","Larder Ruzafa"]'),
  ('v_users', 'sso_source', '["google","jwt"]'),
  ('v_audit_log', 'topic', '["card-create","card-update","dashboard-create","setting-update","user-invited","user-joined","user-update"]'),
  ('events_intraday', 'event_name', '["add_to_cart","begin_checkout","page_view","purchase","session_start"]'),
  ('ad_spend', 'campaign', '["brand_search_uk","generic_grocery_de","meta_retargeting_fr","tiktok_launch_es"]'),
  ('upl_store_targets_2025', 'store', '["Bermondsey","Camden","Kreuzberg","Malasaña","Koramangala"]');
INSERT INTO mbgen.fvv SELECT 'couriers', 'full_name', jsonb_agg(name ORDER BY name) FROM mbgen.k;
INSERT INTO mbgen.fvv SELECT 'stores', 'manager_email', jsonb_agg(email ORDER BY email) FROM mbgen.u WHERE kind = 'jwt' AND i % 3 = 0 OR i IN (12, 57, 88, 140, 203);
INSERT INTO mbgen.fvv SELECT 'support_tickets', 'assignee_email', jsonb_agg(email ORDER BY email) FROM mbgen.u WHERE dept = 'Customer Care' AND kind = 'personal';
INSERT INTO mbgen.fvv SELECT 'refunds', 'approved_by', jsonb_agg(first || ' ' || last ORDER BY first) FROM mbgen.u WHERE dept = 'Customer Care' AND title = 'Team Lead' AND kind = 'personal';
INSERT INTO mbgen.fvv SELECT 'REVIEWS', 'REVIEWER', jsonb_agg(DISTINCT lower(fixture_gen.ascii(fixture_gen.first_name('rvf', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('rvl', i)))) FROM generate_series(1, 300) i;

CREATE TABLE metabase_fieldvalues (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, values text, human_readable_values text, field_id int NOT NULL,
    has_more_values boolean DEFAULT false, type varchar(32) NOT NULL DEFAULT 'full', hash_key text, last_used_at timestamptz NOT NULL
);
INSERT INTO metabase_fieldvalues (created_at, updated_at, values, human_readable_values, field_id, has_more_values, type, hash_key, last_used_at)
SELECT f.created_at, f.updated_at + interval '400 days', mbgen.cj(v.vals),
       CASE WHEN v.fname = 'customer_rating' THEN '["Awful","Poor","OK","Good","Great"]' WHEN v.fname = 'marketing_opt_in' THEN '["No","Yes"]' ELSE '[]' END,
       f.id, v.fname = 'REVIEWER', 'full', NULL, timestamptz '2025-06-19 03:00:00+00' - make_interval(days => fixture_gen.n('fvlu', f.id, 60))
FROM mbgen.fvv v JOIN metabase_table t ON t.name = v.tname JOIN metabase_field f ON f.table_id = t.id AND f.name = v.fname;
-- sandboxed copies for partner store managers, one per sandbox attribute set
INSERT INTO metabase_fieldvalues (created_at, updated_at, values, human_readable_values, field_id, has_more_values, type, hash_key, last_used_at)
SELECT mbgen.ts('fvs', k), mbgen.ts('fvs', k) + interval '1 day',
       mbgen.cj(CASE WHEN k % 2 = 0 THEN (SELECT jsonb_agg(name ORDER BY name) FROM mbgen.k WHERE i % 30 = k % 30) ELSE jsonb_build_array('delivered', 'failed_no_answer', 'returned') END),
       '[]', f.id, false, CASE WHEN k % 3 = 0 THEN 'linked-filter' ELSE 'sandbox' END, encode(sha256(convert_to('fvh' || k, 'UTF8')), 'hex'), mbgen.ts('fvs', k) + interval '2 days'
FROM generate_series(1, 40) k JOIN metabase_field f ON f.id = (SELECT id FROM metabase_field WHERE name = CASE WHEN k % 2 = 0 THEN 'full_name' ELSE 'status' END AND table_id IN (7, 8) LIMIT 1);

CREATE TABLE dimension (
    id serial PRIMARY KEY, field_id int NOT NULL, name varchar(254) NOT NULL, type varchar(254) NOT NULL, human_readable_field_id int, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, entity_id char(21)
);
INSERT INTO dimension (field_id, name, type, human_readable_field_id, created_at, updated_at, entity_id)
SELECT f.id, CASE f.name WHEN 'customer_id' THEN 'Customer ID' WHEN 'courier_id' THEN 'Courier ID' WHEN 'store_id' THEN 'Store ID' WHEN 'product_id' THEN 'Product ID' ELSE initcap(replace(f.name, '_', ' ')) END,
       CASE WHEN f.name = 'customer_rating' THEN 'internal' ELSE 'external' END,
       CASE f.name WHEN 'courier_id' THEN (SELECT id FROM metabase_field WHERE name = 'full_name' AND table_id = 7) WHEN 'store_id' THEN (SELECT id FROM metabase_field WHERE name = 'name' AND table_id = 6)
                   WHEN 'customer_id' THEN (SELECT id FROM metabase_field WHERE name = 'email' AND table_id = 1) WHEN 'product_id' THEN (SELECT id FROM metabase_field WHERE name = 'title' AND table_id = 5) END,
       f.created_at, f.updated_at, mbgen.eid('dim', f.id)
FROM metabase_field f WHERE f.table_id BETWEEN 2 AND 11 AND f.name IN ('customer_id', 'courier_id', 'store_id', 'product_id', 'customer_rating');

CREATE TABLE segment (
    id serial PRIMARY KEY, table_id int NOT NULL, creator_id int NOT NULL, name varchar(254) NOT NULL, description text, archived boolean NOT NULL DEFAULT false, definition text NOT NULL,
    created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, points_of_interest text, caveats text, show_in_getting_started boolean NOT NULL DEFAULT false, entity_id char(21)
);
INSERT INTO segment (table_id, creator_id, name, description, archived, definition, created_at, updated_at, caveats, entity_id) VALUES
  (3, 2, 'Real orders', 'Everything except the QA store and staff test accounts.', false, '{"source-table":3,"filter":["and",["!=",["field",26,null],1],["does-not-contain",["field",2,{"source-field":25}],"@larder.example"]]}', '2021-04-02 10:00:00+00', '2023-01-10 10:00:00+00', NULL, mbgen.eid('seg', 1)),
  (3, 7, 'Delivered orders', NULL, false, '{"source-table":3,"filter":["=",["field",27,null],"delivered"]}', '2021-05-12 10:00:00+00', '2021-05-12 10:00:00+00', NULL, mbgen.eid('seg', 2)),
  (1, 7, 'Larder+ members', 'Customers with an active subscription.', false, '{"source-table":1,"filter":["=",["field",12,null],"gold"]}', '2022-02-01 10:00:00+00', '2022-02-01 10:00:00+00', 'Tier gold is used as a proxy until subscriptions sync.', mbgen.eid('seg', 3)),
  (8, 19, 'Failed first attempts', NULL, false, '{"source-table":8,"filter":["starts-with",["field",67,null],"failed"]}', '2022-06-01 10:00:00+00', '2022-06-01 10:00:00+00', NULL, mbgen.eid('seg', 4)),
  (1, 44, 'Marketing consent', 'Customers who can receive promotional emails.', false, '{"source-table":1,"filter":["=",["field",10,null],true]}', '2023-03-01 10:00:00+00', '2023-03-01 10:00:00+00', NULL, mbgen.eid('seg', 5)),
  (9, 2, 'Escalated tickets', NULL, true, '{"source-table":9,"filter":[">",["field",77,null],240]}', '2022-09-01 10:00:00+00', '2024-01-01 10:00:00+00', NULL, mbgen.eid('seg', 6));

-- ---------------------------------------------------------------- collections, questions, dashboards
CREATE TABLE collection (
    id serial PRIMARY KEY, name text NOT NULL, description text, archived boolean NOT NULL DEFAULT false, location varchar(254) NOT NULL DEFAULT '/', personal_owner_id int, slug varchar(510) NOT NULL,
    namespace varchar(254), authority_level varchar(255), entity_id char(21), created_at timestamptz NOT NULL, type varchar(256), is_sample boolean NOT NULL DEFAULT false,
    archive_operation_id char(36), archived_directly boolean
);
INSERT INTO collection (id, name, description, archived, location, slug, namespace, authority_level, entity_id, created_at, type, is_sample, archived_directly)
SELECT o, n, d, n = 'Archive 2022', loc, regexp_replace(lower(n), '[^a-z0-9]+', '_', 'g'), ns, CASE WHEN n IN ('Company KPIs', 'Board pack', 'Finance') THEN 'official' END, mbgen.eid('coll', o),
       timestamptz '2021-03-02 10:00:00+00' + make_interval(days => o::int * 17), CASE WHEN n = 'Metabase analytics' THEN 'instance-analytics' END, n = 'Examples', CASE WHEN n = 'Archive 2022' THEN true END
FROM (SELECT row_number() OVER () AS o, v.* FROM (VALUES
  ('Company KPIs', 'The numbers the leadership team reviews every Monday.', '/', NULL), ('Finance', NULL, '/', NULL), ('Month-end close', 'Reconciliation questions; run after the ledger export lands.', '/2/', NULL),
  ('Customer Care', NULL, '/', NULL), ('Operations', NULL, '/', NULL), ('Courier performance', 'Scorecards shared with store managers.', '/5/', NULL), ('Growth', NULL, '/', NULL),
  ('Marketing', NULL, '/', NULL), ('Supply Chain', NULL, '/', NULL), ('Data team', 'Work in progress. Nothing here is reviewed.', '/', NULL), ('Sandbox', NULL, '/10/', NULL),
  ('Partners (embedded)', 'Questions embedded in the partner portal. Changing a column breaks the portal.', '/', NULL), ('Executives', NULL, '/', NULL), ('Archive 2022', NULL, '/', NULL),
  ('Models', 'Curated models: use these instead of raw tables.', '/10/', NULL), ('Board pack', NULL, '/1/', NULL), ('Store scorecards', NULL, '/5/', NULL), ('Pricing', NULL, '/7/', NULL),
  ('Promotions', NULL, '/8/', NULL), ('Support analytics', NULL, '/4/', NULL), ('Experiments', 'A/B test readouts.', '/7/', NULL), ('Metabase analytics', 'This is a read-only Usage Analytics collection.', '/', NULL),
  ('Examples', NULL, '/', NULL), ('SQL snippets', NULL, '/', 'snippets')) v(n, d, loc, ns)) x;
INSERT INTO collection (id, name, description, archived, location, personal_owner_id, slug, namespace, authority_level, entity_id, created_at)
SELECT 24 + row_number() OVER (ORDER BY c.date_joined, c.id), c.first_name || coalesce(' ' || c.last_name, '') || '''s Personal Collection', NULL, false, '/', c.id,
       regexp_replace(lower(fixture_gen.ascii(c.first_name) || '_' || coalesce(fixture_gen.ascii(c.last_name), '')), '_+$', '') || '_s_personal_collection', NULL, NULL, mbgen.eid('pcoll', c.id), c.date_joined + interval '2 hours'
FROM core_user c WHERE c.type = 'personal' AND c.id % 5 <> 4;
ALTER SEQUENCE collection_id_seq RESTART WITH 1000;

CREATE TABLE report_card (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, name varchar(254) NOT NULL, description text, display varchar(254) NOT NULL, dataset_query text NOT NULL,
    visualization_settings text NOT NULL, creator_id int NOT NULL, database_id int NOT NULL, table_id int, query_type varchar(16), archived boolean NOT NULL DEFAULT false, collection_id int,
    public_uuid char(36), made_public_by_id int, enable_embedding boolean NOT NULL DEFAULT false, embedding_params text, cache_ttl int, result_metadata text, collection_position smallint,
    entity_id char(21), parameters text, parameter_mappings text, collection_preview boolean NOT NULL DEFAULT true, metabase_version varchar(100), type varchar(16) NOT NULL DEFAULT 'question',
    initially_published_at timestamptz, cache_invalidated_at timestamptz, last_used_at timestamptz, view_count int DEFAULT 0, archived_directly boolean NOT NULL DEFAULT false
);
INSERT INTO report_card (id, created_at, updated_at, name, description, display, dataset_query, visualization_settings, creator_id, database_id, table_id, query_type, archived, collection_id,
    public_uuid, made_public_by_id, enable_embedding, embedding_params, cache_ttl, result_metadata, collection_position, entity_id, parameters, parameter_mappings, metabase_version, type,
    initially_published_at, last_used_at, view_count, archived_directly)
SELECT k, mbgen.ts('rcc', k), mbgen.ts('rcc', k) + make_interval(days => fixture_gen.n('rcu', k, 300)),
       CASE WHEN k % 40 = 5 THEN 'Customers 360' WHEN k % 40 = 15 THEN 'Orders enriched' WHEN k % 40 = 25 THEN 'Deliveries model' WHEN k % 40 = 35 THEN 'Tickets with order context'
            WHEN k % 60 = 8 THEN 'Net revenue' WHEN k % 60 = 38 THEN 'Active Larder+ members' ELSE mbgen.cardname(k) END,
       mbgen.carddesc(k),
       CASE WHEN k % 40 IN (5, 15, 25, 35) THEN 'table' ELSE fixture_gen.pick(ARRAY['line', 'bar', 'table', 'scalar', 'row', 'pie', 'combo', 'pivot', 'map', 'line', 'bar', 'smartscalar'], 'rcd', k) END,
       mbgen.dq(k),
       CASE WHEN k % 4 = 0 THEN '{}' ELSE mbgen.cj(jsonb_build_object('graph.dimensions', jsonb_build_array('created_at'), 'graph.metrics', jsonb_build_array('count'), 'graph.show_values', k % 2 = 0,
            'column_settings', jsonb_build_object('["name","total_gbp"]', jsonb_build_object('currency', 'GBP')))) END,
       cu.id, CASE WHEN k % 3 = 0 THEN 2 WHEN k % 5 = 0 THEN 3 ELSE 2 END, CASE WHEN k % 3 = 0 THEN NULL ELSE 1 + k % 12 END, CASE WHEN k % 3 = 0 THEN 'native' ELSE 'query' END,
       k % 29 = 0, CASE WHEN k % 6 = 1 THEN (SELECT id FROM collection WHERE personal_owner_id = cu.id) WHEN k % 40 IN (5, 15, 25, 35) THEN 15 ELSE 1 + fixture_gen.n('rcol', k, 21) END,
       CASE WHEN k % 45 = 7 THEN fixture_gen.uuid('pubc', k) END, CASE WHEN k % 45 = 7 THEN 2 END, k % 12 = 4,
       CASE WHEN k % 12 = 4 THEN '{"store_id":"locked","date":"enabled"}' END, CASE WHEN k % 10 = 0 THEN 24 END,
       mbgen.cj(jsonb_build_array(jsonb_build_object('name', 'created_at', 'display_name', 'Created At: Week', 'base_type', 'type/DateTimeWithLocalTZ', 'unit', 'week', 'field_ref', jsonb_build_array('field', 32, jsonb_build_object('temporal-unit', 'week'))),
            jsonb_build_object('name', 'count', 'display_name', 'Count', 'base_type', 'type/BigInteger', 'semantic_type', 'type/Quantity', 'field_ref', jsonb_build_array('aggregation', 0),
              'fingerprint', jsonb_build_object('global', jsonb_build_object('distinct-count', 20 + k % 80, 'nil%', 0.0))))),
       CASE WHEN k % 17 = 0 THEN 1 + k % 5 END, mbgen.eid('card', k),
       CASE WHEN k % 9 = 6 THEN '[{"id":"' || fixture_gen.uuid('tt', k) || '","type":"category","target":["variable",["template-tag","stores"]],"name":"Stores","slug":"stores"}]' ELSE '[]' END, '[]',
       fixture_gen.pick(ARRAY['v0.46.6', 'v0.47.2', 'v0.48.4', 'v0.49.12', 'v0.50.3', 'v0.50.8'], 'rcv', k),
       CASE WHEN k % 40 IN (5, 15, 25, 35) THEN 'model' WHEN k % 60 IN (8, 38) THEN 'metric' ELSE 'question' END,
       CASE WHEN k % 6 = 1 THEN NULL ELSE mbgen.ts('rcc', k) + interval '1 hour' END, mbgen.ts('rcl', k), fixture_gen.n('rcvc', k, 3000), k % 29 = 0
FROM generate_series(1, 360) k JOIN core_user cu ON cu.id = 1 + (k * 13) % 350;
ALTER SEQUENCE report_card_id_seq RESTART WITH 361;
UPDATE report_card SET dataset_query = mbgen.cj(jsonb_build_object('database', 2, 'type', 'query', 'query', jsonb_build_object('source-table', CASE id % 40 WHEN 5 THEN 1 WHEN 15 THEN 3 WHEN 25 THEN 8 ELSE 9 END,
  'joins', jsonb_build_array(jsonb_build_object('source-table', 3, 'alias', 'Orders', 'condition', jsonb_build_array('=', jsonb_build_array('field', 1, NULL), jsonb_build_array('field', 25, jsonb_build_object('join-alias', 'Orders'))), 'fields', 'all'))))),
  description = 'Model: one row per ' || CASE id % 40 WHEN 5 THEN 'customer' WHEN 15 THEN 'order' WHEN 25 THEN 'delivery' ELSE 'ticket' END || ', joined to orders. Indexed for search.'
WHERE type = 'model';

CREATE TABLE card_bookmark (id serial PRIMARY KEY, user_id int NOT NULL, card_id int NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO card_bookmark (user_id, card_id, created_at) SELECT DISTINCT ON (u, c) u, c, mbgen.ts('cbm', k) FROM generate_series(1, 400) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('cbu', k, 350) AS u, 1 + fixture_gen.n('cbc', k, 360) AS c) x;

CREATE TABLE report_dashboard (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, name varchar(254) NOT NULL, description text, creator_id int NOT NULL, parameters text NOT NULL,
    points_of_interest text, caveats text, show_in_getting_started boolean NOT NULL DEFAULT false, public_uuid char(36), made_public_by_id int, enable_embedding boolean NOT NULL DEFAULT false,
    embedding_params text, archived boolean NOT NULL DEFAULT false, position int, collection_id int, collection_position smallint, cache_ttl int, entity_id char(21), auto_apply_filters boolean NOT NULL DEFAULT true,
    width varchar(16) NOT NULL DEFAULT 'fixed', initially_published_at timestamptz, view_count int NOT NULL DEFAULT 0, last_viewed_at timestamptz, archived_directly boolean NOT NULL DEFAULT false
);
INSERT INTO report_dashboard (id, created_at, updated_at, name, description, creator_id, parameters, caveats, public_uuid, made_public_by_id, enable_embedding, embedding_params, archived, collection_id,
    collection_position, cache_ttl, entity_id, auto_apply_filters, width, initially_published_at, view_count, last_viewed_at, archived_directly)
SELECT k, mbgen.ts('rdc', k), mbgen.ts('rdc', k) + make_interval(days => fixture_gen.n('rdu', k, 400)),
       fixture_gen.pick(ARRAY['Company KPIs', 'Weekly business review', 'Courier scorecard', 'Store scorecard', 'Customer Care overview', 'Refunds monitor', 'Growth funnel', 'Promo performance',
         'Month-end close', 'Stock-outs', 'Larder+ subscriptions', 'Partner portal - store overview', 'Delivery times', 'Support backlog', 'Board pack', 'Marketing spend vs. signups',
         'Metabase usage', 'Pricing experiments', 'Supplier fill rate', 'New store launch tracker'], 'rdn', k) || CASE WHEN k > 20 THEN ' (' || fixture_gen.pick(ARRAY['UK', 'DE', 'FR', 'ES', 'IN', 'v2', 'old'], 'rdn2', k) || ')' ELSE '' END,
       CASE k % 5 WHEN 0 THEN 'Owned by ' || u.first || ' ' || u.last || '. Questions go to ' || u.email || '.' WHEN 1 THEN 'Refreshed hourly from the production replica.'
                  WHEN 2 THEN NULL WHEN 3 THEN 'Shared with store managers through the partner portal; filters are locked to their store.' ELSE NULL END,
       u.i,
       mbgen.cj(jsonb_build_array(jsonb_build_object('id', substr(md5('p1' || k), 1, 8), 'name', 'Date', 'slug', 'date', 'type', 'date/all-options', 'default', 'past30days'),
         jsonb_build_object('id', substr(md5('p2' || k), 1, 8), 'name', 'Store', 'slug', 'store', 'type', 'string/=', 'sectionId', 'string'))
         || CASE WHEN k % 4 = 2 THEN jsonb_build_array(jsonb_build_object('id', substr(md5('p3' || k), 1, 8), 'name', 'Customer email', 'slug', 'customer_email', 'type', 'string/=', 'sectionId', 'string')) ELSE '[]'::jsonb END),
       CASE WHEN k % 9 = 0 THEN 'Numbers before March 2022 use the old delivery definition.' END,
       CASE WHEN k % 15 = 4 THEN fixture_gen.uuid('pubd', k) END, CASE WHEN k % 15 = 4 THEN 2 END, k % 5 = 3, CASE WHEN k % 5 = 3 THEN '{"store":"locked","date":"enabled"}' END,
       k % 23 = 0, 1 + fixture_gen.n('rdcol', k, 21), CASE WHEN k % 8 = 0 THEN 1 END, CASE WHEN k % 7 = 0 THEN 6 END, mbgen.eid('dash', k), k % 6 <> 0, CASE WHEN k % 3 = 0 THEN 'full' ELSE 'fixed' END,
       mbgen.ts('rdc', k) + interval '1 day', fixture_gen.n('rdvc', k, 20000), mbgen.ts('rdlv', k), k % 23 = 0
FROM generate_series(1, 60) k JOIN mbgen.u u ON u.i = 1 + (k * 17) % 350;
ALTER SEQUENCE report_dashboard_id_seq RESTART WITH 61;

CREATE TABLE dashboard_tab (id serial PRIMARY KEY, dashboard_id int NOT NULL, name text NOT NULL, position int NOT NULL, entity_id char(21), created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
INSERT INTO dashboard_tab (dashboard_id, name, position, entity_id, created_at, updated_at)
SELECT d, (ARRAY['Overview', 'By store', 'Details'])[p + 1], p, mbgen.eid('tab', d * 3 + p), mbgen.ts('rdc', d), mbgen.ts('rdc', d) FROM generate_series(1, 60, 4) d CROSS JOIN generate_series(0, 2) p;

CREATE TABLE report_dashboardcard (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, size_x int NOT NULL, size_y int NOT NULL, row int NOT NULL DEFAULT 0, col int NOT NULL DEFAULT 0,
    card_id int, dashboard_id int NOT NULL, parameter_mappings text NOT NULL DEFAULT '[]', visualization_settings text NOT NULL DEFAULT '{}', entity_id char(21), action_id int, dashboard_tab_id int
);
INSERT INTO report_dashboardcard (created_at, updated_at, size_x, size_y, row, col, card_id, dashboard_id, parameter_mappings, visualization_settings, entity_id, action_id, dashboard_tab_id)
SELECT mbgen.ts('rdc', d), mbgen.ts('rdc', d) + interval '3 days', CASE WHEN v THEN 24 ELSE 6 + 6 * (k % 2) END, CASE WHEN v THEN 2 ELSE 4 END, (k / 2) * 4, CASE WHEN v THEN 0 ELSE (k % 2) * 12 END,
       CASE WHEN v THEN NULL ELSE 1 + fixture_gen.n('dcc', d * 20 + k, 360) END, d,
       CASE WHEN v THEN '[]' ELSE '[{"parameter_id":"' || substr(md5('p2' || d), 1, 8) || '","card_id":' || (1 + fixture_gen.n('dcc', d * 20 + k, 360)) || ',"target":["dimension",["field",47,null]]}]' END,
       CASE WHEN v THEN mbgen.cj(jsonb_build_object('virtual_card', jsonb_build_object('name', NULL, 'display', 'text', 'visualization_settings', '{}'::jsonb, 'dataset_query', '{}'::jsonb, 'archived', false),
                'text', CASE d % 4 WHEN 0 THEN '## Questions about this dashboard?' || E'\n' || 'Ping **' || u.first || ' ' || u.last || '** in #data-help or email ' || u.email || '.'
                                   WHEN 1 THEN '**Definitions.** An order counts as late when it reaches the door more than 15 minutes after the promised slot.'
                                   WHEN 2 THEN 'On call this week: ' || u.first || ' (' || fixture_gen.phone('oncall', d) || '). Escalate outages of the replica to Data Engineering.'
                                   ELSE 'Figures are in GBP at the daily ECB rate; see the Month-end close collection for reconciled numbers.' END))
            WHEN k % 3 = 0 THEN '{"card.title":"' || replace(mbgen.cardname(d * 20 + k), '"', '') || '"}' ELSE '{}' END,
       mbgen.eid('dc', d * 20 + k), NULL, CASE WHEN d % 4 = 1 THEN (SELECT id FROM dashboard_tab t WHERE t.dashboard_id = d AND t.position = k % 3) END
FROM generate_series(1, 60) d CROSS JOIN generate_series(0, 8) k JOIN mbgen.u u ON u.i = 1 + (d * 19) % 350
CROSS JOIN LATERAL (SELECT k = 0 AND d % 2 = 0 AS v) x
WHERE k < 4 + d % 6;

CREATE TABLE dashboard_bookmark (id serial PRIMARY KEY, user_id int NOT NULL, dashboard_id int NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO dashboard_bookmark (user_id, dashboard_id, created_at) SELECT DISTINCT ON (u, d) u, d, mbgen.ts('dbm', k) FROM generate_series(1, 300) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('dbu', k, 400) AS u, 1 + fixture_gen.n('dbd', k, 60) AS d) x;

CREATE TABLE collection_bookmark (id serial PRIMARY KEY, user_id int NOT NULL, collection_id int NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO collection_bookmark (user_id, collection_id, created_at) SELECT DISTINCT ON (u, c) u, c, mbgen.ts('clbm', k) FROM generate_series(1, 150) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('clbu', k, 350) AS u, 1 + fixture_gen.n('clbc', k, 22) AS c) x;

-- ---------------------------------------------------------------- subscriptions and alerts
CREATE TABLE pulse (
    id serial PRIMARY KEY, creator_id int NOT NULL, name varchar(254), created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, skip_if_empty boolean NOT NULL DEFAULT false,
    alert_condition varchar(254), alert_first_only boolean, alert_above_goal boolean, collection_id int, collection_position smallint, archived boolean DEFAULT false, dashboard_id int,
    parameters text NOT NULL DEFAULT '[]', entity_id char(21)
);
INSERT INTO pulse (id, creator_id, name, created_at, updated_at, skip_if_empty, alert_condition, alert_first_only, alert_above_goal, collection_id, archived, dashboard_id, parameters, entity_id)
SELECT k, 1 + (k * 23) % 350, CASE WHEN k % 3 = 0 THEN NULL ELSE d.name END, mbgen.ts('puc', k), mbgen.ts('puc', k) + interval '10 days', k % 4 = 0,
       CASE WHEN k % 3 = 0 THEN CASE WHEN k % 2 = 0 THEN 'rows' ELSE 'goal' END END, CASE WHEN k % 3 = 0 THEN k % 5 = 0 END, CASE WHEN k % 3 = 0 AND k % 2 = 1 THEN true END,
       CASE WHEN k % 3 <> 0 THEN d.collection_id END, k % 19 = 0, CASE WHEN k % 3 <> 0 THEN d.id END,
       CASE WHEN k % 3 <> 0 AND k % 5 = 1 THEN '[{"id":"' || substr(md5('p2' || d.id), 1, 8) || '","name":"Store","slug":"store","type":"string/=","value":["Larder Kreuzberg"]}]' ELSE '[]' END, mbgen.eid('pulse', k)
FROM generate_series(1, 48) k JOIN report_dashboard d ON d.id = 1 + (k * 7) % 60;
ALTER SEQUENCE pulse_id_seq RESTART WITH 49;

CREATE TABLE pulse_card (
    id serial PRIMARY KEY, pulse_id int NOT NULL, card_id int NOT NULL, position int NOT NULL, include_csv boolean NOT NULL DEFAULT false, include_xls boolean NOT NULL DEFAULT false,
    dashboard_card_id int, entity_id char(21), format_rows boolean DEFAULT true
);
INSERT INTO pulse_card (pulse_id, card_id, position, include_csv, include_xls, dashboard_card_id, entity_id, format_rows)
SELECT p.id, coalesce(dc.card_id, 1 + p.id * 7 % 360), row_number() OVER (PARTITION BY p.id ORDER BY dc.id) - 1, dc.id % 5 = 0, dc.id % 11 = 0, CASE WHEN p.dashboard_id IS NOT NULL THEN dc.id END,
       mbgen.eid('pc', dc.id * 100 + p.id), dc.id % 7 <> 0
FROM pulse p JOIN report_dashboardcard dc ON dc.dashboard_id = coalesce(p.dashboard_id, 1 + (p.id * 7) % 60) AND dc.card_id IS NOT NULL
WHERE p.dashboard_id IS NOT NULL OR dc.id = (SELECT min(id) FROM report_dashboardcard WHERE dashboard_id = 1 + (p.id * 7) % 60 AND card_id IS NOT NULL);

CREATE TABLE pulse_channel (
    id serial PRIMARY KEY, pulse_id int NOT NULL, channel_type varchar(32) NOT NULL, details text NOT NULL, schedule_type varchar(32) NOT NULL, schedule_hour int, schedule_day varchar(64),
    created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, schedule_frame varchar(32), enabled boolean NOT NULL DEFAULT true, entity_id char(21)
);
INSERT INTO pulse_channel (pulse_id, channel_type, details, schedule_type, schedule_hour, schedule_day, created_at, updated_at, schedule_frame, enabled, entity_id)
SELECT p.id, CASE WHEN c = 1 THEN 'email' ELSE 'slack' END,
       CASE WHEN c = 2 THEN '{"channel":"' || fixture_gen.pick(ARRAY['#ops-alerts', '#data-help', '#finance-reporting', '#cc-leads', '#exec-kpis', '@' || fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last)], 'pcs', p.id) || '"}'
            WHEN p.id % 3 = 1 THEN mbgen.cj(jsonb_build_object('emails', jsonb_build_array(x.email) || CASE WHEN p.id % 2 = 0 THEN jsonb_build_array('finance-ops@larder.example') ELSE '[]'::jsonb END))
            ELSE '{}' END,
       (ARRAY['hourly', 'daily', 'weekly', 'monthly', 'daily'])[1 + p.id % 5], CASE WHEN p.id % 5 = 0 THEN NULL ELSE 6 + p.id % 4 END,
       CASE WHEN p.id % 5 IN (2, 3) THEN 'mon' END, p.created_at, p.updated_at, CASE WHEN p.id % 5 = 3 THEN 'first' END, p.id % 13 <> 0, mbgen.eid('pch', p.id * 3 + c)
FROM pulse p CROSS JOIN generate_series(1, 2) c JOIN mbgen.u u ON u.i = p.creator_id
JOIN LATERAL (SELECT CASE WHEN p.id % 2 = 0 THEN (SELECT email FROM mbgen.u WHERE kind = 'jwt' AND i = 351 + p.id % 50) ELSE (SELECT email FROM mbgen.c WHERE i = p.id * 41) END AS email) x ON true
WHERE c = 1 OR p.id % 3 <> 1;

CREATE TABLE pulse_channel_recipient (id serial PRIMARY KEY, pulse_channel_id int NOT NULL, user_id int NOT NULL);
INSERT INTO pulse_channel_recipient (pulse_channel_id, user_id)
SELECT DISTINCT ON (pc.id, u) pc.id, u FROM pulse_channel pc CROSS JOIN generate_series(1, 6) r CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('pcr', pc.id * 10 + r, 350) AS u) x WHERE pc.channel_type = 'email';

-- ---------------------------------------------------------------- query log and caches
CREATE TABLE query_execution (
    id serial PRIMARY KEY, hash bytea NOT NULL, started_at timestamptz NOT NULL, running_time int NOT NULL, result_rows int NOT NULL, native boolean NOT NULL, context varchar(32), error text,
    executor_id int, card_id int, dashboard_id int, pulse_id int, database_id int, cache_hit boolean, action_id int, is_sandboxed boolean, cache_hash bytea,
    embedding_client varchar(254), embedding_version varchar(254)
);
INSERT INTO query_execution (hash, started_at, running_time, result_rows, native, context, error, executor_id, card_id, dashboard_id, pulse_id, database_id, cache_hit, action_id, is_sandboxed, cache_hash,
    embedding_client, embedding_version)
SELECT sha256(convert_to('qh' || (k % 300), 'UTF8')), mbgen.ts('qes', k), 40 + fixture_gen.n('qrt', k, 30000), CASE WHEN e THEN 0 ELSE fixture_gen.n('qrr', k, 5000) END, k % 3 = 0, ctx,
       CASE WHEN e THEN CASE (k / 10) % 5
         WHEN 0 THEN 'ERROR: invalid input syntax for type integer: "' || c.email || '"'
         WHEN 1 THEN 'ERROR: canceling statement due to statement timeout'
         WHEN 2 THEN E'ERROR: column "costumer_id" does not exist\n  Hint: Perhaps you meant to reference the column "o.customer_id".\n  Position: 58'
         WHEN 3 THEN 'ERROR: invalid input syntax for type date: "' || c.phone || '"'
         ELSE E'SQL compilation error: error line 3 at position 17\ninvalid identifier ''EMIAL''' END END,
       CASE WHEN ctx IN ('public-question', 'public-dashboard') THEN NULL WHEN ctx LIKE 'embedded%' THEN NULL ELSE 1 + fixture_gen.n('qex', k, 406) END,
       CASE WHEN ctx = 'ad-hoc' THEN NULL ELSE 1 + fixture_gen.n('qcd', k, 360) END, CASE WHEN ctx LIKE '%dashboard' THEN 1 + fixture_gen.n('qdb', k, 60) END,
       CASE WHEN ctx = 'pulse' THEN 1 + fixture_gen.n('qpu', k, 48) END, CASE WHEN k % 5 = 0 THEN 3 ELSE 2 END, CASE WHEN e THEN false ELSE k % 6 = 0 END, NULL, ctx LIKE 'embedded%',
       CASE WHEN k % 6 = 0 THEN sha256(convert_to('qch' || (k % 300), 'UTF8')) END,
       CASE WHEN ctx LIKE 'embedded%' THEN 'embedding-sdk-react' END, CASE WHEN ctx LIKE 'embedded%' THEN '0.50.8' END
FROM generate_series(1, 2000) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['question', 'question', 'dashboard', 'dashboard', 'dashboard', 'ad-hoc', 'ad-hoc', 'pulse', 'csv-download', 'embedded-dashboard', 'public-dashboard', 'collection', 'map-tiles'], 'qctx', k) AS ctx,
                           k % 10 = 3 AS e) x
JOIN mbgen.c c ON c.i = 1 + (k * 7) % 2000;

CREATE TABLE query (query_hash bytea PRIMARY KEY, average_execution_time int NOT NULL, query text);
INSERT INTO query
SELECT sha256(convert_to('qh' || k, 'UTF8')), 50 + fixture_gen.n('qavg', k, 20000),
       CASE WHEN k % 4 = 0 THEN mbgen.cj(jsonb_build_object('database', 2, 'type', 'native', 'native', jsonb_build_object('query', E'SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id\nWHERE c.email = {{email}}', 'template-tags',
              jsonb_build_object('email', jsonb_build_object('name', 'email', 'display-name', 'Email', 'type', 'text'))),
              'parameters', jsonb_build_array(jsonb_build_object('type', 'category', 'target', jsonb_build_array('variable', jsonb_build_array('template-tag', 'email')), 'value', c.email)),
              'middleware', jsonb_build_object('js-int-to-string?', true, 'add-default-userland-constraints?', true)))
            WHEN k % 4 = 1 THEN mbgen.cj(jsonb_build_object('database', 2, 'type', 'query', 'query', jsonb_build_object('source-table', 7, 'filter', jsonb_build_array('=', jsonb_build_array('field', 55, NULL), k2.name)),
              'parameters', jsonb_build_array(jsonb_build_object('id', substr(md5('p3' || k), 1, 8), 'type', 'string/=', 'value', jsonb_build_array(k2.name), 'target', jsonb_build_array('dimension', jsonb_build_array('field', 55, NULL))))))
            ELSE mbgen.dq(k) END
FROM generate_series(0, 299) k JOIN mbgen.c c ON c.i = 1 + (k * 11) % 2000 JOIN mbgen.k k2 ON k2.i = 1 + k % 180;

CREATE TABLE query_cache (query_hash bytea PRIMARY KEY, updated_at timestamptz NOT NULL, results bytea NOT NULL);
INSERT INTO query_cache
SELECT sha256(convert_to('qch' || (k * 6), 'UTF8')), mbgen.ts('qcu', k), decode('4e505900' || '1f8b0800000000000003' || fixture_gen.hexn('qcr', k, 600 + 2 * fixture_gen.n('qcl', k, 400)), 'hex')
FROM generate_series(1, 45) k;

CREATE TABLE query_field (id serial PRIMARY KEY, card_id int NOT NULL, field_id int NOT NULL, direct_reference boolean NOT NULL DEFAULT true);
INSERT INTO query_field (card_id, field_id, direct_reference)
SELECT DISTINCT ON (c, f) c, f, (c + f) % 4 <> 0 FROM generate_series(1, 360) c CROSS JOIN generate_series(1, 3) r CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('qff', c * 3 + r, 96) AS f) x;

-- ---------------------------------------------------------------- activity, audit and views
CREATE TABLE activity (
    id serial PRIMARY KEY, topic varchar(32) NOT NULL, timestamp timestamptz NOT NULL, user_id int, model varchar(16), model_id int, database_id int, table_id int, custom_id varchar(48), details text NOT NULL
);
INSERT INTO activity (topic, timestamp, user_id, model, model_id, database_id, table_id, custom_id, details)
SELECT t, ts, CASE WHEN t = 'install' THEN NULL ELSE uid END,
       CASE WHEN t LIKE 'card%' THEN 'card' WHEN t LIKE 'dashboard%' THEN 'dashboard' WHEN t LIKE 'user%' THEN 'user' WHEN t = 'install' THEN 'install' ELSE 'alert' END,
       CASE WHEN t LIKE 'card%' THEN cid WHEN t LIKE 'dashboard%' THEN did WHEN t LIKE 'user%' THEN uid END,
       CASE WHEN t LIKE 'card%' THEN 2 END, CASE WHEN t LIKE 'card%' THEN 1 + cid % 12 END, NULL,
       CASE WHEN t LIKE 'card%' THEN mbgen.cj(jsonb_build_object('name', rc.name, 'description', rc.description, 'display', rc.display))
            WHEN t LIKE 'dashboard%' THEN mbgen.cj(jsonb_build_object('name', rd.name, 'description', rd.description) || CASE WHEN t = 'dashboard-add-cards' THEN jsonb_build_object('dashcards', jsonb_build_array(jsonb_build_object('name', rc.name, 'id', cid, 'card_id', cid))) ELSE '{}'::jsonb END)
            ELSE '{}' END
FROM generate_series(1, 900) k
CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 THEN 'install' ELSE fixture_gen.pick(ARRAY['card-create', 'card-update', 'card-update', 'dashboard-create', 'dashboard-add-cards', 'user-joined', 'card-delete', 'alert-create'], 'act', k) END AS t,
                           timestamptz '2021-03-01 09:00:00+00' + make_interval(hours => k * 36) AS ts, 1 + fixture_gen.n('acu', k, 350) AS uid, 1 + fixture_gen.n('acc', k, 360) AS cid, 1 + fixture_gen.n('acd', k, 60) AS did) x
JOIN report_card rc ON rc.id = x.cid JOIN report_dashboard rd ON rd.id = x.did;

CREATE TABLE view_log (
    id serial PRIMARY KEY, user_id int, model varchar(16) NOT NULL, model_id int NOT NULL, timestamp timestamptz NOT NULL, metadata text, has_access boolean, context varchar(32),
    embedding_client varchar(254), embedding_version varchar(254)
);
INSERT INTO view_log (user_id, model, model_id, timestamp, metadata, has_access, context, embedding_client, embedding_version)
SELECT CASE WHEN k % 25 = 0 THEN NULL ELSE 1 + fixture_gen.n('vlu', k, 400) END, m, CASE m WHEN 'card' THEN 1 + fixture_gen.n('vlm', k, 360) WHEN 'dashboard' THEN 1 + fixture_gen.n('vlm', k, 60) WHEN 'table' THEN 1 + fixture_gen.n('vlm', k, 35) ELSE 1 + fixture_gen.n('vlm', k, 24) END,
       mbgen.ts('vlt', k), CASE WHEN m = 'card' THEN '{"cached":' || (k % 6 = 0)::text || ',"ignore_cache":false,"context":"' || CASE WHEN k % 2 = 0 THEN 'dashboard' ELSE 'question' END || '"}' END,
       k % 40 <> 0, CASE WHEN m = 'card' THEN CASE WHEN k % 2 = 0 THEN 'dashboard' ELSE 'question' END WHEN m = 'dashboard' THEN 'dashboard' WHEN m = 'collection' THEN 'collection' END,
       CASE WHEN k % 25 = 0 THEN 'embedding-iframe' END, NULL
FROM generate_series(1, 2000) k CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['card', 'card', 'dashboard', 'dashboard', 'table', 'collection'], 'vlmo', k) AS m) x;

CREATE TABLE audit_log (
    id serial PRIMARY KEY, topic varchar(32) NOT NULL, timestamp timestamptz NOT NULL, end_timestamp timestamptz, user_id int, model varchar(32), model_id int, details text NOT NULL
);
INSERT INTO audit_log (topic, timestamp, end_timestamp, user_id, model, model_id, details)
SELECT t, ts, NULL, CASE WHEN t = 'user-joined' THEN nu.i ELSE actor END,
       CASE WHEN t LIKE 'card%' THEN 'Card' WHEN t LIKE 'dashboard%' THEN 'Dashboard' WHEN t LIKE 'user%' OR t LIKE 'password%' THEN 'User' WHEN t = 'setting-update' THEN 'Setting' WHEN t = 'subscription-create' THEN 'Pulse' WHEN t = 'api-key-create' THEN 'ApiKey' END,
       CASE WHEN t LIKE 'card%' THEN rc.id WHEN t LIKE 'dashboard%' THEN 1 + k % 60 WHEN t LIKE 'user%' OR t LIKE 'password%' THEN nu.i WHEN t = 'subscription-create' THEN 1 + k % 48 WHEN t = 'api-key-create' THEN 1 + k % 6 END,
       CASE
         WHEN t = 'user-invited' THEN mbgen.cj(jsonb_build_object('email', nu.email, 'first_name', nu.first, 'last_name', nu.last, 'user_group_memberships', jsonb_build_array(jsonb_build_object('id', 1)), 'invite_method', 'email', 'sso_source', NULL))
         WHEN t = 'user-joined' THEN '{}'
         WHEN t = 'user-update' THEN mbgen.cj(jsonb_build_object('previous', jsonb_build_object('email', fixture_gen.ascii(nu.first) || '@larder.example', 'last_name', nu.last), 'new', jsonb_build_object('email', nu.email, 'last_name', nu.last)))
         WHEN t = 'user-deactivated' THEN mbgen.cj(jsonb_build_object('email', nu.email, 'first_name', nu.first, 'last_name', nu.last))
         WHEN t = 'password-reset-initiated' THEN mbgen.cj(jsonb_build_object('email', nu.email))
         WHEN t = 'setting-update' THEN mbgen.cj(jsonb_build_object('key', s.sk, 'previous-value', CASE WHEN s.sens THEN '**********' ELSE s.pv END, 'new-value', CASE WHEN s.sens THEN '**********' ELSE s.nv END))
         WHEN t LIKE 'card%' THEN mbgen.cj(jsonb_build_object('name', rc.name, 'description', rc.description, 'table_id', rc.table_id, 'database_id', rc.database_id))
         WHEN t = 'subscription-create' THEN mbgen.cj(jsonb_build_object('archived', false, 'name', 'Weekly business review', 'recipients', jsonb_build_array(jsonb_build_array(jsonb_build_object('id', nu.i, 'email', nu.email, 'first_name', nu.first, 'last_name', nu.last, 'common_name', nu.first || ' ' || nu.last)))))
         WHEN t = 'api-key-create' THEN mbgen.cj(jsonb_build_object('name', 'Airflow nightly export', 'group', jsonb_build_object('id', 8, 'name', 'Data team'), 'key_prefix', 'mb_' || fixture_gen.chars('akp', 1 + k % 6, 4)))
         ELSE mbgen.cj(jsonb_build_object('name', 'Courier scorecard', 'description', NULL, 'dashcards', jsonb_build_array())) END
FROM generate_series(1, 1500) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['card-create', 'card-update', 'card-update', 'card-delete', 'dashboard-create', 'dashboard-add-cards', 'user-invited', 'user-joined', 'user-update',
                           'user-deactivated', 'password-reset-initiated', 'setting-update', 'subscription-create', 'api-key-create'], 'alt', k) AS t,
                           timestamptz '2024-02-14 10:00:00+00' + make_interval(mins => k * 337) AS ts, (ARRAY[1, 2, 7, 19, 44])[1 + k % 5] AS actor) x
JOIN mbgen.u nu ON nu.i = 1 + fixture_gen.n('alu', k, 400)
JOIN report_card rc ON rc.id = 1 + fixture_gen.n('alc', k, 360)
JOIN (SELECT row_number() OVER () - 1 AS o, v.* FROM (VALUES ('site-name', false, 'Larder Analytics', 'Larder & Co Analytics'), ('email-smtp-password', true, NULL, NULL), ('report-timezone', false, 'UTC', 'Europe/London'),
        ('ldap-password', true, NULL, NULL), ('slack-app-token', true, NULL, NULL), ('enable-embedding', false, 'false', 'true'), ('admin-email', false, 'olga.ylmaz@larder.example', 'data-team@larder.example'),
        ('landing-page', false, '', '/dashboard/1-company-kpis')) v(sk, sens, pv, nv)) s ON s.o = k % 8;

CREATE TABLE recent_views (id serial PRIMARY KEY, user_id int NOT NULL, model varchar(16) NOT NULL, model_id int NOT NULL, timestamp timestamptz NOT NULL);
INSERT INTO recent_views (user_id, model, model_id, timestamp)
SELECT 1 + fixture_gen.n('rvu', k, 400), m, CASE WHEN m = 'dashboard' THEN 1 + fixture_gen.n('rvm', k, 60) WHEN m = 'table' THEN 1 + fixture_gen.n('rvm', k, 35) WHEN m = 'collection' THEN 1 + fixture_gen.n('rvm', k, 24) ELSE 1 + fixture_gen.n('rvm', k, 360) END,
       timestamptz '2025-05-01 00:00:00+00' + make_interval(mins => fixture_gen.n('rvt', k, 70000))
FROM generate_series(1, 1500) k CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['card', 'dataset', 'dashboard', 'table', 'collection', 'card', 'metric'], 'rvmo', k) AS m) x;

CREATE TABLE revision (
    id serial PRIMARY KEY, model varchar(16) NOT NULL, model_id int NOT NULL, user_id int NOT NULL, timestamp timestamptz NOT NULL, object text NOT NULL, is_reversion boolean NOT NULL DEFAULT false,
    is_creation boolean NOT NULL DEFAULT false, message text, most_recent boolean NOT NULL DEFAULT false, metabase_version varchar(100)
);
INSERT INTO revision (model, model_id, user_id, timestamp, object, is_reversion, is_creation, message, most_recent, metabase_version)
SELECT CASE WHEN k % 5 = 0 THEN 'Dashboard' ELSE 'Card' END, CASE WHEN k % 5 = 0 THEN rd.id ELSE rc.id END, rc.creator_id, mbgen.ts('rvt', k),
       CASE WHEN k % 5 = 0 THEN mbgen.cj(jsonb_build_object('name', rd.name, 'description', rd.description, 'collection_id', rd.collection_id, 'archived', false, 'auto_apply_filters', true, 'width', rd.width,
              'parameters', rd.parameters::jsonb, 'cards', jsonb_build_array(jsonb_build_object('size_x', 12, 'size_y', 4, 'row', 0, 'col', 0, 'card_id', rc.id, 'series', '[]'::jsonb))))
            ELSE mbgen.cj(jsonb_build_object('name', rc.name, 'description', rc.description, 'display', rc.display, 'dataset_query', rc.dataset_query::jsonb, 'visualization_settings', rc.visualization_settings::jsonb,
              'collection_id', rc.collection_id, 'archived', rc.archived, 'type', rc.type, 'cache_ttl', rc.cache_ttl, 'table_id', rc.table_id, 'database_id', rc.database_id, 'query_type', rc.query_type)) END,
       k % 37 = 0, k <= 360 AND k % 5 <> 0, CASE WHEN k % 11 = 0 THEN fixture_gen.pick(ARRAY['Fixed the refunds join', 'Reverted: numbers did not match finance', 'Added store filter for the partner portal', 'Exclude QA store'], 'rvmsg', k) END,
       k > 540, fixture_gen.pick(ARRAY['v0.48.4', 'v0.49.12', 'v0.50.3', 'v0.50.8'], 'rvv', k)
FROM generate_series(1, 900) k JOIN report_card rc ON rc.id = 1 + (k - 1) % 360 JOIN report_dashboard rd ON rd.id = 1 + k % 60;

CREATE TABLE moderation_review (
    id serial PRIMARY KEY, updated_at timestamptz NOT NULL, created_at timestamptz NOT NULL, status varchar(255), text text, moderated_item_id int NOT NULL, moderated_item_type varchar(255) NOT NULL,
    moderator_id int NOT NULL, most_recent boolean NOT NULL
);
INSERT INTO moderation_review (updated_at, created_at, status, text, moderated_item_id, moderated_item_type, moderator_id, most_recent)
SELECT mbgen.ts('mrc', k), mbgen.ts('mrc', k), CASE WHEN k % 7 = 0 THEN NULL ELSE 'verified' END,
       CASE k % 6 WHEN 0 THEN 'Checked against the ledger by ' || u.first || ' ' || u.last || '.' WHEN 1 THEN NULL WHEN 2 THEN 'Matches the finance close for May.' WHEN 3 THEN NULL
                  WHEN 4 THEN 'Verified after ' || u.first || ' fixed the refunds join.' ELSE 'Official definition of an active customer.' END,
       1 + (k * 5) % 360, 'card', (ARRAY[1, 2, 7, 19, 44])[1 + k % 5], k % 7 <> 0
FROM generate_series(1, 80) k JOIN mbgen.u u ON u.i = 1 + (k * 11) % 350;

CREATE TABLE timeline (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, description varchar(255), icon varchar(128) NOT NULL, collection_id int, archived boolean NOT NULL DEFAULT false, creator_id int NOT NULL,
    created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, "default" boolean NOT NULL DEFAULT false, entity_id char(21)
);
INSERT INTO timeline (name, description, icon, collection_id, archived, creator_id, created_at, updated_at, "default", entity_id) VALUES
  ('Company KPIs events', NULL, 'star', 1, false, 2, '2022-01-10 10:00:00+00', '2022-01-10 10:00:00+00', true, mbgen.eid('tl', 1)),
  ('Promotions', 'Campaign launches and ends', 'bell', 19, false, 44, '2022-03-01 10:00:00+00', '2022-03-01 10:00:00+00', false, mbgen.eid('tl', 2)),
  ('Store openings', NULL, 'star', 5, false, 7, '2022-03-05 10:00:00+00', '2022-03-05 10:00:00+00', false, mbgen.eid('tl', 3)),
  ('Incidents', 'Outages and data issues that explain dips', 'warning', 10, false, 19, '2022-05-01 10:00:00+00', '2022-05-01 10:00:00+00', false, mbgen.eid('tl', 4)),
  ('Pricing changes', NULL, 'cloud', 18, false, 44, '2023-02-01 10:00:00+00', '2023-02-01 10:00:00+00', false, mbgen.eid('tl', 5)),
  ('Releases', NULL, 'mail', 7, true, 2, '2023-06-01 10:00:00+00', '2024-01-01 10:00:00+00', false, mbgen.eid('tl', 6));

CREATE TABLE timeline_event (
    id serial PRIMARY KEY, timeline_id int NOT NULL, name varchar(255) NOT NULL, description varchar(255), timestamp timestamptz NOT NULL, time_matters boolean NOT NULL, timezone varchar(255) NOT NULL,
    icon varchar(128) NOT NULL, archived boolean NOT NULL DEFAULT false, creator_id int NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
);
INSERT INTO timeline_event (timeline_id, name, description, timestamp, time_matters, timezone, icon, archived, creator_id, created_at, updated_at)
SELECT tl, CASE tl WHEN 1 THEN fixture_gen.pick(ARRAY['Board meeting', 'Series C announced', 'Price rise on delivery fee', 'Bank holiday', 'App redesign shipped', 'Larder+ launch'], 'ten', k)
                   WHEN 2 THEN fixture_gen.pick(ARRAY['SPRING25 starts', 'Free delivery weekend', 'Black Friday', 'WELCOME5 ends', 'TV campaign DE'], 'ten', k)
                   WHEN 3 THEN 'Opened ' || fixture_gen.pick(ARRAY['Larder Bermondsey', 'Larder Kreuzberg', 'Larder Ruzafa', 'Larder Baner', 'Larder Clifton', 'Larder Schwabing'], 'ten', k)
                   WHEN 4 THEN fixture_gen.pick(ARRAY['Payments provider outage', 'Replica lag > 2h', 'Courier app crash on Android', 'Duplicate orders bug', 'Warehouse power cut'], 'ten', k)
                   WHEN 5 THEN fixture_gen.pick(ARRAY['Delivery fee +0.50', 'Minimum basket 15 GBP', 'Dynamic pricing pilot'], 'ten', k)
                   ELSE 'Release ' || (200 + k)::text END,
       CASE WHEN k % 4 = 0 THEN CASE tl WHEN 4 THEN 'Reported by ' || u.first || ' ' || u.last || '; postmortem in the ops wiki.' WHEN 3 THEN 'Store manager: ' || u.first || ' ' || u.last || ' (' || u.email || ')'
                                ELSE 'Numbers on either side are not comparable.' END
            WHEN k % 4 = 1 THEN 'See the launch brief in the Growth drive.' END,
       mbgen.ts('tet', k), k % 3 = 0, fixture_gen.pick(ARRAY['Europe/London', 'Europe/Berlin', 'Europe/Madrid', 'Asia/Kolkata'], 'tez', k),
       fixture_gen.pick(ARRAY['star', 'bell', 'warning', 'cloud', 'mail', 'balloons'], 'tei', k), k % 31 = 0, (ARRAY[2, 7, 19, 44])[1 + k % 4], mbgen.ts('tet', k) + interval '1 day', mbgen.ts('tet', k) + interval '1 day'
FROM generate_series(1, 140) k CROSS JOIN LATERAL (SELECT 1 + k % 6 AS tl) x JOIN mbgen.u u ON u.i = CASE WHEN x.tl = 3 THEN 351 + k % 50 ELSE 1 + (k * 3) % 350 END;

-- ---------------------------------------------------------------- actions and models
CREATE TABLE action (
    id serial PRIMARY KEY, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, type text NOT NULL, model_id int NOT NULL, name varchar(254) NOT NULL, description text, parameters text,
    parameter_mappings text, visualization_settings text, public_uuid char(36), made_public_by_id int, creator_id int, archived boolean NOT NULL DEFAULT false, entity_id char(21)
);
INSERT INTO action (created_at, updated_at, type, model_id, name, description, parameters, parameter_mappings, visualization_settings, public_uuid, made_public_by_id, creator_id, archived, entity_id) VALUES
  ('2023-08-01 10:00:00+00', '2023-08-01 10:00:00+00', 'implicit', 5, 'Update customer', NULL, '[]', NULL, NULL, NULL, NULL, 19, false, mbgen.eid('act', 1)),
  ('2023-08-01 10:00:00+00', '2023-08-01 10:00:00+00', 'implicit', 35, 'Update ticket', NULL, '[]', NULL, NULL, NULL, NULL, 19, false, mbgen.eid('act', 2)),
  ('2023-08-02 10:00:00+00', '2024-01-15 10:00:00+00', 'query', 5, 'Change customer email', 'Use only after verifying the customer by phone.',
   '[{"id":"customer_id","name":"Customer ID","slug":"customer_id","type":"number/=","required":true},{"id":"email","name":"New email","slug":"email","type":"string/=","required":true}]', NULL,
   '{"type":"form","fields":{"email":{"inputType":"email","placeholder":"name@example.com"}}}', NULL, NULL, 19, false, mbgen.eid('act', 3)),
  ('2023-08-02 10:00:00+00', '2023-08-02 10:00:00+00', 'query', 5, 'Update delivery phone', NULL,
   '[{"id":"customer_id","name":"Customer ID","slug":"customer_id","type":"number/=","required":true},{"id":"phone","name":"Phone","slug":"phone","type":"string/=","required":true}]', NULL, '{"type":"form"}', NULL, NULL, 19, false, mbgen.eid('act', 4)),
  ('2023-09-10 10:00:00+00', '2023-09-10 10:00:00+00', 'query', 15, 'Mark order as refunded', NULL, '[{"id":"order_id","name":"Order ID","slug":"order_id","type":"number/=","required":true}]', NULL, '{"type":"button"}', NULL, NULL, 7, false, mbgen.eid('act', 5)),
  ('2023-09-12 10:00:00+00', '2023-10-01 10:00:00+00', 'http', 15, 'Issue refund', 'Calls the payments provider. Amount in pence.',
   '[{"id":"charge","name":"Charge ID","type":"string/="},{"id":"amount","name":"Amount","type":"number/="}]', NULL, '{"type":"form"}', NULL, NULL, 7, false, mbgen.eid('act', 6)),
  ('2023-10-05 10:00:00+00', '2023-10-05 10:00:00+00', 'http', 25, 'Page on-call courier lead', NULL, '[{"id":"store","name":"Store","type":"string/="}]', NULL, '{"type":"button"}', NULL, NULL, 19, false, mbgen.eid('act', 7)),
  ('2023-11-20 10:00:00+00', '2023-11-20 10:00:00+00', 'query', 35, 'Close ticket', NULL, '[{"id":"ticket_id","name":"Ticket ID","type":"number/="}]', NULL, '{"type":"button"}', fixture_gen.uuid('puba', 8), 2, 19, false, mbgen.eid('act', 8)),
  ('2024-02-01 10:00:00+00', '2024-02-01 10:00:00+00', 'http', 35, 'Send ticket to Slack', NULL, '[{"id":"ticket_id","name":"Ticket ID","type":"number/="}]', NULL, NULL, NULL, NULL, 44, true, mbgen.eid('act', 9));

CREATE TABLE http_action (action_id int PRIMARY KEY, template text NOT NULL, response_handle text, error_handle text);
INSERT INTO http_action VALUES
  (6, mbgen.cj(jsonb_build_object('method', 'POST', 'url', 'https://api.stripe.com/v1/refunds', 'headers', mbgen.cj(jsonb_build_object('Authorization', 'Bearer ' || 's' || 'k_live_' || fixture_gen.chars('skl', 1, 99))),
     'body', '{"charge":"{{charge}}","amount":{{amount}}}', 'parameters', '[]'::jsonb, 'parameter_mappings', '{}'::jsonb)), '.id', '.error.message'),
  (7, mbgen.cj(jsonb_build_object('method', 'POST', 'url', 'https://events.pagerduty.com/v2/enqueue', 'headers', '{"Content-Type":"application/json"}',
     'body', mbgen.cj(jsonb_build_object('routing_key', fixture_gen.hexn('pdrk', 1, 32), 'event_action', 'trigger', 'payload', jsonb_build_object('summary', 'Courier shortage at {{store}}', 'severity', 'warning', 'source', 'metabase'))),
     'parameters', '[]'::jsonb, 'parameter_mappings', '{}'::jsonb)), '.status', NULL),
  (9, mbgen.cj(jsonb_build_object('method', 'POST', 'url', 'https://hooks.slack.com/services/T' || fixture_gen.chars('slh1', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slh2', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('slh3', 1, 24),
     'headers', '{}', 'body', '{"text":"Ticket {{ticket_id}} needs a look"}', 'parameters', '[]'::jsonb, 'parameter_mappings', '{}'::jsonb)), NULL, NULL);

CREATE TABLE query_action (action_id int PRIMARY KEY, database_id int NOT NULL, dataset_query text NOT NULL);
INSERT INTO query_action VALUES
  (3, 2, '{"database":2,"type":"native","native":{"query":"UPDATE customers SET email = {{email}} WHERE id = {{customer_id}}","template-tags":{}}}'),
  (4, 2, '{"database":2,"type":"native","native":{"query":"UPDATE customers SET phone = {{phone}} WHERE id = {{customer_id}}","template-tags":{}}}'),
  (5, 2, '{"database":2,"type":"native","native":{"query":"UPDATE orders SET status = ''refunded'' WHERE id = {{order_id}}","template-tags":{}}}'),
  (8, 2, '{"database":2,"type":"native","native":{"query":"UPDATE support.support_tickets SET status = ''closed'' WHERE id = {{ticket_id}}","template-tags":{}}}');

CREATE TABLE implicit_action (action_id int NOT NULL, kind text NOT NULL);
INSERT INTO implicit_action VALUES (1, 'row/update'), (2, 'row/update');

CREATE TABLE model_index (
    id serial PRIMARY KEY, model_id int, pk_ref text NOT NULL, value_ref text NOT NULL, schedule text NOT NULL, state text NOT NULL, indexed_at timestamptz, error text, created_at timestamptz NOT NULL, creator_id int NOT NULL
);
INSERT INTO model_index (model_id, pk_ref, value_ref, schedule, state, indexed_at, error, created_at, creator_id) VALUES
  (5, '["field",1,null]', '["field",3,null]', '0 0 0/6 * * ? *', 'indexed', '2025-06-19 06:00:00+00', NULL, '2023-08-01 10:00:00+00', 19),
  (15, '["field",24,null]', '["field",2,{"source-field":25}]', '0 0 0/6 * * ? *', 'indexed', '2025-06-19 06:00:00+00', NULL, '2023-08-01 10:00:00+00', 19),
  (25, '["field",62,null]', '["field",55,{"source-field":64}]', '0 0 0/6 * * ? *', 'error', '2025-03-01 06:00:00+00', 'Too many values for the index (more than 5000).', '2023-10-05 10:00:00+00', 7);

CREATE TABLE model_index_value (model_index_id int NOT NULL, model_pk int NOT NULL, name text NOT NULL, PRIMARY KEY (model_index_id, model_pk));
INSERT INTO model_index_value
SELECT 1, c.i, c.first || ' ' || c.last FROM mbgen.c c
UNION ALL SELECT 2, 100000 + k, c.email FROM generate_series(1, 600) k JOIN mbgen.c c ON c.i = 1 + (k * 3) % 2000;

CREATE TABLE parameter_card (
    id serial PRIMARY KEY, updated_at timestamptz NOT NULL, created_at timestamptz NOT NULL, card_id int NOT NULL, parameterized_object_type varchar(32) NOT NULL, parameterized_object_id int NOT NULL, parameter_id varchar(36) NOT NULL
);
INSERT INTO parameter_card (updated_at, created_at, card_id, parameterized_object_type, parameterized_object_id, parameter_id)
SELECT mbgen.ts('pca', k), mbgen.ts('pca', k), 1 + (k * 9) % 360, CASE WHEN k % 4 = 0 THEN 'card' ELSE 'dashboard' END, CASE WHEN k % 4 = 0 THEN 1 + k * 7 % 360 ELSE 1 + k % 60 END, substr(md5('p2' || (1 + k % 60)), 1, 8)
FROM generate_series(1, 30) k;

CREATE TABLE persisted_info (
    id serial PRIMARY KEY, database_id int NOT NULL, card_id int NOT NULL UNIQUE, question_slug text NOT NULL, table_name text NOT NULL, definition text, query_hash text, active boolean NOT NULL DEFAULT false,
    state text NOT NULL, refresh_begin timestamptz NOT NULL, refresh_end timestamptz, state_change_at timestamptz, error text, created_at timestamptz NOT NULL, creator_id int
);
INSERT INTO persisted_info (database_id, card_id, question_slug, table_name, definition, query_hash, active, state, refresh_begin, refresh_end, state_change_at, error, created_at, creator_id)
SELECT 2, rc.id, regexp_replace(lower(rc.name), '[^a-z0-9]+', '_', 'g'), 'model_' || rc.id || '_' || regexp_replace(lower(rc.name), '[^a-z0-9]+', '_', 'g'),
       mbgen.cj(jsonb_build_object('table-name', 'model_' || rc.id || '_' || regexp_replace(lower(rc.name), '[^a-z0-9]+', '_', 'g'),
         'field-definitions', jsonb_build_array(jsonb_build_object('field-name', 'id', 'base-type', 'type/Integer'), jsonb_build_object('field-name', 'email', 'base-type', 'type/Text'), jsonb_build_object('field-name', 'created_at', 'base-type', 'type/DateTimeWithLocalTZ')))),
       encode(sha256(convert_to('pih' || rc.id, 'UTF8')), 'base64'), rc.id % 80 <> 25, CASE WHEN rc.id % 80 = 25 THEN 'error' ELSE 'persisted' END,
       '2025-06-19 06:00:00+00', '2025-06-19 06:02:13+00', '2025-06-19 06:02:13+00',
       CASE WHEN rc.id % 80 = 25 THEN 'ERROR: permission denied for schema metabase_cache_3d8a_2' END, rc.created_at + interval '1 day', rc.creator_id
FROM report_card rc WHERE rc.type = 'model';

CREATE TABLE user_parameter_value (id serial PRIMARY KEY, user_id int NOT NULL, parameter_id varchar(36) NOT NULL, value text);
INSERT INTO user_parameter_value (user_id, parameter_id, value)
SELECT DISTINCT ON (u, p) u, p, v FROM (
  SELECT 1 + fixture_gen.n('upu', k, 350) AS u, substr(md5(CASE WHEN k % 3 = 0 THEN 'p3' ELSE 'p2' END || (2 + 4 * fixture_gen.n('upd', k, 15))), 1, 8) AS p,
         CASE WHEN k % 3 = 0 THEN to_json(ARRAY[c.email])::text WHEN k % 3 = 1 THEN '["' || fixture_gen.pick(ARRAY['Larder Kreuzberg', 'Larder Bermondsey', 'Larder Ruzafa', 'Larder Baner', 'Larder Camden'], 'upv', k) || '"]'
              WHEN k % 9 = 2 THEN NULL ELSE to_json(ARRAY[k2.name])::text END AS v
  FROM generate_series(1, 500) k JOIN mbgen.c c ON c.i = 1 + (k * 17) % 2000 JOIN mbgen.k k2 ON k2.i = 1 + k % 180) x;

-- ---------------------------------------------------------------- housekeeping
CREATE TABLE task_history (id serial PRIMARY KEY, task varchar(254) NOT NULL, db_id int, started_at timestamptz NOT NULL, ended_at timestamptz NOT NULL, duration int NOT NULL, task_details text);
INSERT INTO task_history (task, db_id, started_at, ended_at, duration, task_details)
SELECT t, CASE WHEN t IN ('send-pulses', 'refresh-persisted-models') THEN NULL ELSE 1 + k % 5 END, s, s + make_interval(secs => d / 1000.0), d,
       CASE t WHEN 'sync-fields' THEN '{"total-fields":' || (100 + k % 90) || ',"updated-fields":' || (k % 4) || '}' WHEN 'sync-tables' THEN '{"updated-tables":0,"total-tables":' || (10 + k % 20) || '}'
              WHEN 'field values scanning' THEN '{"errors":0,"created":' || (k % 3) || ',"updated":' || (k % 9) || ',"deleted":0}' WHEN 'send-pulses' THEN '{"pulse-ids":[' || (1 + k % 48) || ']}'
              WHEN 'refresh-persisted-models' THEN '{"success":4,"error":' || CASE WHEN k % 5 = 0 THEN 1 ELSE 0 END || ',"error-details":[' || CASE WHEN k % 5 = 0 THEN '{"persisted-info-id":3,"error":"ERROR: permission denied for schema metabase_cache_3d8a_2"}' ELSE '' END || ']}'
              ELSE NULL END
FROM generate_series(1, 700) k CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['sync', 'sync-fields', 'sync-tables', 'sync-fks', 'field values scanning', 'analyze', 'classify-fields', 'send-pulses', 'refresh-persisted-models', 'sync-dbms-version'], 'tht', k) AS t,
                                                   timestamptz '2025-05-20 00:00:00+00' + make_interval(mins => k * 40) AS s, 20 + fixture_gen.n('thd', k, 90000) AS d) x;

CREATE TABLE cache_config (
    id serial PRIMARY KEY, model varchar(32) NOT NULL, model_id int NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, strategy text NOT NULL, config text NOT NULL,
    state text, invalidated_at timestamptz, next_run_at timestamptz, refresh_automatically boolean NOT NULL DEFAULT false
);
INSERT INTO cache_config (model, model_id, created_at, updated_at, strategy, config, state, invalidated_at, next_run_at, refresh_automatically) VALUES
  ('root', 0, '2024-07-01 10:00:00+00', '2024-07-01 10:00:00+00', 'ttl', '{"multiplier":10,"min_duration_ms":1000}', NULL, NULL, NULL, false),
  ('database', 2, '2024-07-01 10:00:00+00', '2024-07-01 10:00:00+00', 'duration', '{"duration":24,"unit":"hours"}', NULL, '2025-06-18 00:00:00+00', NULL, false),
  ('database', 3, '2024-07-01 10:00:00+00', '2024-07-01 10:00:00+00', 'schedule', '{"schedule":"0 0 6 * * ? *"}', NULL, '2025-06-19 06:00:00+00', '2025-06-20 06:00:00+00', false),
  ('dashboard', 1, '2024-07-02 10:00:00+00', '2024-07-02 10:00:00+00', 'schedule', '{"schedule":"0 0 7 ? * MON *"}', NULL, '2025-06-16 07:00:00+00', '2025-06-23 07:00:00+00', true),
  ('question', 12, '2024-07-03 10:00:00+00', '2024-07-03 10:00:00+00', 'nocache', '{}', NULL, NULL, NULL, false),
  ('question', 40, '2024-07-03 10:00:00+00', '2024-07-03 10:00:00+00', 'duration', '{"duration":6,"unit":"hours"}', NULL, NULL, NULL, false);

CREATE TABLE cloud_migration (
    id serial PRIMARY KEY, external_id text NOT NULL, upload_url text NOT NULL, state varchar(32) NOT NULL DEFAULT 'init', progress int NOT NULL DEFAULT 0, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
);
INSERT INTO cloud_migration (external_id, upload_url, state, progress, created_at, updated_at)
SELECT fixture_gen.uuid('cmx', k),
       'https://metabase-cloud-migrations.s3.us-east-1.amazonaws.com/' || fixture_gen.uuid('cmx', k) || '/dump.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=' || 'AS' || 'IA' || fixture_gen.chars('cmak', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
         || '%2F20250610%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250610T101500Z&X-Amz-Expires=3600&X-Amz-Security-Token=' || replace(replace(fixture_gen.b64('cmst', k, 180), '+', '%2B'), '/', '%2F')
         || '&X-Amz-SignedHeaders=host&X-Amz-Signature=' || fixture_gen.hexn('cmsig', k, 64),
       (ARRAY['cancelled', 'error'])[k], (ARRAY[40, 75])[k], timestamptz '2025-06-10 10:15:00+00' + make_interval(days => k), timestamptz '2025-06-10 10:40:00+00' + make_interval(days => k)
FROM generate_series(1, 2) k;

CREATE TABLE databasechangelog (
    id varchar(255) NOT NULL, author varchar(255) NOT NULL, filename varchar(255) NOT NULL, dateexecuted timestamp NOT NULL, orderexecuted int NOT NULL, exectype varchar(10) NOT NULL, md5sum varchar(35),
    description varchar(255), comments varchar(255), tag varchar(255), liquibase varchar(20), contexts varchar(255), labels varchar(255), deployment_id varchar(10)
);
INSERT INTO databasechangelog
SELECT CASE WHEN k <= 380 THEN k::text ELSE 'v' || (44 + (k - 380) / 60) || '.00-' || lpad(((k - 380) % 60)::text, 3, '0') END,
       fixture_gen.pick(ARRAY['camsaul', 'qnkhuat', 'calherries', 'noahmoss', 'tsmacdonald', 'metamben', 'johnswanson', 'escherize', 'piranha', 'snoe', 'crisptrutski', 'agilliland', 'sbelak'], 'dcla', k),
       'migrations/000_legacy_migrations.yaml', (timestamp '2021-03-01 09:00:00' + make_interval(days => (k / 60) * 70))::timestamp(0), k, 'EXECUTED', '9:' || md5('dcl' || k),
       fixture_gen.pick(ARRAY['createTable tableName=core_user', 'addColumn tableName=report_card', 'createIndex indexName=idx_query_execution_started_at, tableName=query_execution', 'sql', 'dropColumn columnName=google_auth, tableName=core_user', 'addNotNullConstraint columnName=entity_id, tableName=report_dashboard', 'customChange'], 'dcld', k),
       CASE WHEN k % 5 = 0 THEN fixture_gen.pick(ARRAY['Added 0.44.0', 'Added 0.46.0 - add timezone', 'Added 0.48.0 - audit_log', 'Added 0.50.0 - cache_config', 'Added 0.49.0 - api_key'], 'dclc', k) ELSE '' END,
       NULL, '4.25.1', NULL, NULL, (4601000000 + (k / 60) * 991)::text
FROM generate_series(1, 620) k;

CREATE TABLE databasechangeloglock (id int PRIMARY KEY, locked boolean NOT NULL, lockgranted timestamp, lockedby varchar(255));
INSERT INTO databasechangeloglock VALUES (1, false, NULL, NULL);

SET client_min_messages = warning;
DROP SCHEMA mbgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
