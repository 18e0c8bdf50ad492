-- classify-eval fixture (HOLDOUT 27: written by someone who had not seen
-- the classifier, labelled by what its columns hold; never tune against
-- it): the metadata database of a self-hosted Apache Superset 4.1 of Lumen
-- & Loom, an online home-textiles retailer selling in the UK, Germany,
-- France, Spain and India, in the naming Flask-AppBuilder's models and
-- Superset's SQLAlchemy models and Alembic migrations create (snake_case
-- tables, integer keys, created_on/changed_on, created_by_fk/changed_by_fk,
-- JSON kept as text, EncryptedType columns as bytea of base64 AES
-- ciphertext). A subset of its tables with their real columns and types:
-- FAB users signing in with a database password (Werkzeug pbkdf2 and scrypt
-- hashes), LDAP or Google (google_<subject id> usernames), roles and
-- permissions, pending self-registrations with their activation hashes;
-- connected databases whose URIs mask the password (two legacy ones keep
-- it) beside the
-- encrypted password, extra JSON with a Databricks token among engine
-- options, encrypted service-account keys; SSH tunnels with encrypted
-- passwords and private keys; per-user OAuth2 tokens of a Snowflake
-- database; datasets with certification JSON naming who certified them,
-- columns and metrics named email, phone, first_name (names, not values);
-- charts whose params and query contexts filter on a customer's email or an
-- agent's name, certified by people; dashboards with markdown naming their
-- owners inside the position JSON; SQL Lab queries typed by analysts with
-- customers' emails, names and phones in WHERE clauses, errors quoting
-- them, tab names naming customers; saved queries, tab states and their
-- template parameters; permalinks and filter states in key_value with
-- filter values (and the app's random permalink salts); the old keyvalue
-- table of shared SQL Lab states; the action log whose JSON holds paths,
-- form data with filter values and user agents; annotations of incidents
-- and campaigns naming people; alerts and reports with recipients' emails
-- and Slack handles, markdown greetings, execution errors quoting
-- addresses; row-level security clauses naming store managers; avatar
-- URLs; tags, favourites, CSS templates, plugins, the semantic layer's
-- datasets and alembic_version, which hold nothing personal. Beside it,
-- in the same database, the analytics team's schema analytics that the
-- Warehouse database of Superset queries: customers with emails, phones,
-- birth dates and a churn score, orders, products and support tickets with
-- free text.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA sgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION sgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 24), '+/=', ''), 1, len) $$;

CREATE FUNCTION sgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- longb64: base64 of len pseudo-random bytes, len up to a few kilobytes.
CREATE FUNCTION sgen.longb64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(substr(string_agg(sha512(convert_to(tag || ':' || c || ':' || i, 'UTF8')), '' ORDER BY c), 1, len), 'base64'), E'\n', '')
  FROM generate_series(1, (len + 63) / 64) c
$$;

-- enc: what sqlalchemy_utils' EncryptedType (AesEngine, Superset's
-- SECRET_KEY) writes for a value of plen characters: base64 of the IV and
-- the ciphertext, as bytes.
CREATE FUNCTION sgen.enc(tag text, i bigint, plen int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT convert_to(sgen.longb64(tag, i, 16 + 16 * ((plen + 16) / 16)), 'UTF8') $$;

-- werkzeug: a Werkzeug password hash as Flask-AppBuilder stores it (pbkdf2
-- before Werkzeug 3, scrypt after).
CREATE FUNCTION sgen.werkzeug(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i % 3 = 0 THEN 'scrypt:32768:8:1$' || sgen.rnd(tag || 's', i, 16) || '$' || fixture_gen.hexn(tag, i, 128)
              ELSE 'pbkdf2:sha256:' || CASE WHEN i % 2 = 0 THEN '600000' ELSE '260000' END || '$' || sgen.rnd(tag || 's', i, 16) || '$' || fixture_gen.hexn(tag, i, 64) END
$$;

-- at: a time between two dates, deterministic.
CREATE FUNCTION sgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- fold: a name folded to ASCII for an email or a login.
CREATE FUNCTION sgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.ascii(s) $$;

-- Customers of the shop (the analytics mart and what analysts type).
CREATE TABLE sgen.c (i int PRIMARY KEY, first text, last text, email text, phone text, dob date, city text, postcode text, country text);
INSERT INTO sgen.c
SELECT i, fixture_gen.first_name('cu', i), fixture_gen.last_name('cul', i),
       sgen.fold(fixture_gen.first_name('cu', i)) || CASE WHEN i % 3 = 0 THEN '_' ELSE '.' END || sgen.fold(fixture_gen.last_name('cul', i))
         || CASE WHEN i % 4 = 0 THEN (i % 97)::text ELSE '' END || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'gmx.de', 'hotmail.co.uk', 'rediffmail.com', 'icloud.com', 'btinternet.com', 'free.fr', 'telefonica.net'], 'cud', i),
       fixture_gen.phone('cuph', i), fixture_gen.birth_date('cub', i), fixture_gen.city('cuc', i), fixture_gen.postcode('cup', i),
       fixture_gen.pick(ARRAY['GB', 'GB', 'GB', 'DE', 'DE', 'FR', 'ES', 'IN', 'IE', 'NL'], 'cuco', i)
FROM generate_series(1, 420) i;

-- Superset users: 1 the admin create-admin made, 2-4 service accounts,
-- 5-70 staff signing in with a password, LDAP or Google.
CREATE TABLE sgen.u (i int PRIMARY KEY, first text, last text, username text, email text, provider text, team text, created timestamp);
INSERT INTO sgen.u VALUES
  (1, 'Superset', 'Admin', 'admin', 'admin@lumenloom.example', 'db', 'Data', '2022-03-14 10:02:11'),
  (2, 'Reports', 'Worker', 'svc_reports', 'bi-reports@lumenloom.example', 'db', 'Data', '2022-03-21 09:15:40'),
  (3, 'Airflow', 'Sync', 'svc_airflow', 'data-platform@lumenloom.example', 'db', 'Data', '2022-04-02 16:44:03'),
  (4, 'Partner', 'Portal', 'svc_embed', 'partner-portal@lumenloom.example', 'db', 'Data', '2023-02-07 11:30:00');
INSERT INTO sgen.u
SELECT i, f, l,
       CASE p WHEN 'db' THEN sgen.fold(f) || '.' || sgen.fold(l) WHEN 'ldap' THEN substr(sgen.fold(f), 1, 1) || sgen.fold(l) ELSE 'google_1' || fixture_gen.digits('gsub', i, 20) END,
       sgen.fold(f) || '.' || sgen.fold(l) || '@lumenloom.example', p,
       fixture_gen.pick(ARRAY['Data', 'Data', 'Finance', 'Marketing', 'Marketing', 'Customer Care', 'Operations', 'Merchandising', 'Leadership'], 'ut', i),
       sgen.at('uc', i, '2022-03-20', '2024-08-30')
FROM (SELECT i, fixture_gen.first_name('st', i) AS f, fixture_gen.last_name('stl', i) AS l,
             CASE WHEN i < 30 THEN 'db' WHEN i < 52 THEN 'ldap' ELSE 'google' END AS p FROM generate_series(5, 70) i) x;
UPDATE sgen.u u SET username = u.username || d.rn, email = replace(u.email, '@', d.rn || '@')
FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM sgen.u) d WHERE d.i = u.i AND d.rn > 1;

-- ---------------------------------------------------------------------------
-- Flask-AppBuilder security tables.

CREATE TABLE ab_permission (id serial PRIMARY KEY, name varchar(100) NOT NULL UNIQUE);
CREATE TABLE ab_view_menu (id serial PRIMARY KEY, name varchar(250) NOT NULL UNIQUE);
CREATE TABLE ab_role (id serial PRIMARY KEY, name varchar(64) NOT NULL UNIQUE);
CREATE TABLE ab_permission_view (id serial PRIMARY KEY, permission_id integer REFERENCES ab_permission (id), view_menu_id integer REFERENCES ab_view_menu (id), UNIQUE (permission_id, view_menu_id));
CREATE TABLE ab_permission_view_role (id serial PRIMARY KEY, permission_view_id integer REFERENCES ab_permission_view (id), role_id integer REFERENCES ab_role (id), UNIQUE (permission_view_id, role_id));
CREATE TABLE ab_user (
    id serial PRIMARY KEY, first_name varchar(64) NOT NULL, last_name varchar(64) NOT NULL, username varchar(100) NOT NULL UNIQUE,
    password varchar(256), active boolean, email varchar(320) NOT NULL UNIQUE, last_login timestamp, login_count integer, fail_login_count integer,
    created_on timestamp, changed_on timestamp, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id));
CREATE TABLE ab_user_role (id serial PRIMARY KEY, user_id integer REFERENCES ab_user (id), role_id integer REFERENCES ab_role (id), UNIQUE (user_id, role_id));
CREATE TABLE ab_register_user (
    id serial PRIMARY KEY, first_name varchar(64) NOT NULL, last_name varchar(64) NOT NULL, username varchar(100) NOT NULL UNIQUE, password varchar(256),
    email varchar(320) NOT NULL, registration_date timestamp, registration_hash varchar(256));

INSERT INTO ab_permission (name)
SELECT unnest(ARRAY['can_read', 'can_write', 'can_export', 'menu_access', 'can_explore', 'can_dashboard', 'can_sqllab', 'can_csv', 'database_access', 'schema_access',
  'datasource_access', 'can_share_dashboard', 'can_share_chart', 'can_tag', 'can_grant_guest_token', 'can_set_embedded', 'can_this_form_get', 'can_this_form_post',
  'can_userinfo', 'resetmypassword', 'can_invalidate', 'can_view_query', 'can_view_chart_as_table', 'can_drill', 'can_samples', 'all_datasource_access', 'all_database_access']);
INSERT INTO ab_view_menu (name)
SELECT unnest(ARRAY['SavedQuery', 'CssTemplate', 'ReportSchedule', 'Chart', 'Annotation', 'Dataset', 'Log', 'Dashboard', 'Database', 'Query', 'SQL Lab', 'Tags',
  'RowLevelSecurity', 'Security', 'List Users', 'List Roles', 'ResetMyPasswordView', 'UserInfoEditView', 'Superset', 'Api', 'SecurityRestApi', 'Explore', 'ExplorePermalinkRestApi',
  'DashboardPermalinkRestApi', 'DashboardFilterStateRestApi', 'ImportExportRestApi', 'Home', 'Data', 'Manage', 'Alerts & Report', 'all_datasource_access', 'all_database_access',
  '[Warehouse (analytics)].(id:1)', '[Warehouse (analytics)].[analytics]', '[Warehouse (analytics)].[marts]', '[Stripe Sigma].(id:3)', '[Snowflake - Finance].(id:4)',
  '[Warehouse (analytics)].[dim_customers](id:1)', '[Warehouse (analytics)].[fct_orders](id:2)', '[Warehouse (analytics)].[support_tickets](id:3)',
  '[Warehouse (analytics)].[dim_products](id:4)', '[Warehouse (analytics)].[vw_repeat_buyers](id:5)', '[BigQuery - GA4].[events_daily](id:9)']);
INSERT INTO ab_role (name) VALUES ('Admin'), ('Alpha'), ('Gamma'), ('sql_lab'), ('Public'), ('Finance Analysts'), ('Care Team Leads'), ('Embedded Partner'), ('Marketing Viewers');
INSERT INTO ab_permission_view (permission_id, view_menu_id)
SELECT p.id, v.id FROM ab_permission p JOIN ab_view_menu v ON fixture_gen.n('pv', p.id * 100 + v.id, 4) = 0 OR (p.name = 'datasource_access' AND v.name LIKE '[%](id:%)')
  OR (p.name = 'schema_access' AND v.name LIKE '[%].[%]' AND v.name NOT LIKE '%(id:%') OR (p.name = 'database_access' AND v.name LIKE '[%].(id:%)');
INSERT INTO ab_permission_view_role (permission_view_id, role_id)
SELECT pv.id, r.id FROM ab_permission_view pv CROSS JOIN ab_role r WHERE r.name = 'Admin' OR fixture_gen.n('pvr', pv.id * 10 + r.id, 3) = 0 AND r.name <> 'Public';

INSERT INTO ab_user (id, first_name, last_name, username, password, active, email, last_login, login_count, fail_login_count, created_on, changed_on, created_by_fk, changed_by_fk)
SELECT u.i, u.first, u.last, u.username,
       CASE WHEN u.provider = 'db' THEN sgen.werkzeug('abpw', u.i) END,
       NOT (u.i % 17 = 3),
       u.email,
       CASE WHEN u.i = 4 THEN NULL ELSE sgen.at('abll', u.i, '2024-06-01', '2024-09-30 08:00') END,
       CASE WHEN u.i = 4 THEN 0 WHEN u.i IN (2, 3) THEN 5000 + fixture_gen.n('ablc', u.i, 9000) ELSE 3 + fixture_gen.n('ablc', u.i, 900) END,
       CASE WHEN u.provider = 'db' THEN fixture_gen.n('abfl', u.i, 4) ELSE 0 END,
       u.created, u.created + make_interval(days => fixture_gen.n('abch', u.i, 200)),
       CASE WHEN u.i = 1 OR u.provider <> 'db' THEN NULL ELSE 1 END, CASE WHEN u.i = 1 OR u.provider <> 'db' THEN NULL ELSE 1 END
FROM sgen.u u ORDER BY u.i;
INSERT INTO ab_user_role (user_id, role_id)
SELECT u.i, r.id FROM sgen.u u JOIN ab_role r ON r.name = CASE
  WHEN u.i = 1 THEN 'Admin' WHEN u.i IN (2, 3) THEN 'Alpha' WHEN u.i = 4 THEN 'Embedded Partner'
  WHEN u.team = 'Data' THEN 'Alpha' WHEN u.team = 'Finance' THEN 'Finance Analysts' WHEN u.team = 'Customer Care' THEN 'Care Team Leads'
  WHEN u.team = 'Marketing' THEN 'Marketing Viewers' ELSE 'Gamma' END
UNION SELECT u.i, r.id FROM sgen.u u JOIN ab_role r ON r.name = 'sql_lab' WHERE u.team IN ('Data', 'Finance', 'Marketing') AND u.i > 4
UNION SELECT u.i, r.id FROM sgen.u u JOIN ab_role r ON r.name = 'Admin' WHERE u.i IN (5, 6, 9);

-- Self-registrations waiting for their activation link (AUTH_USER_REGISTRATION).
INSERT INTO ab_register_user (first_name, last_name, username, password, email, registration_date, registration_hash)
SELECT f, l, sgen.fold(f) || '.' || sgen.fold(l) || CASE WHEN g % 3 = 0 THEN g::text ELSE '' END, sgen.werkzeug('regpw', g),
       CASE WHEN g % 4 = 0 THEN sgen.fold(f) || sgen.fold(l) || '@gmail.com' ELSE sgen.fold(f) || '.' || sgen.fold(l) || '@lumenloom.example' END,
       sgen.at('regd', g, '2024-01-05', '2024-09-29'), fixture_gen.uuid('reghash', g)
FROM (SELECT g, fixture_gen.first_name('reg', g) AS f, fixture_gen.last_name('regl', g) AS l FROM generate_series(1, 24) g) x;

-- ---------------------------------------------------------------------------
-- Connected databases, SSH tunnels, per-user OAuth2 tokens.

CREATE TABLE dbs (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, verbose_name varchar(250) UNIQUE, database_name varchar(250) NOT NULL UNIQUE,
    sqlalchemy_uri varchar(1024) NOT NULL, password bytea, cache_timeout integer, select_as_create_table_as boolean, expose_in_sqllab boolean,
    allow_run_async boolean, allow_ctas boolean, allow_cvas boolean, allow_dml boolean, force_ctas_schema varchar(250), extra text,
    created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id), encrypted_extra bytea, impersonate_user boolean,
    server_cert bytea, allow_file_upload boolean NOT NULL DEFAULT true, uuid uuid UNIQUE, configuration_method varchar(255) DEFAULT 'sqlalchemy_form',
    is_managed_externally boolean NOT NULL DEFAULT false, external_url text);

CREATE TABLE sgen.db (i int, name text, uri text, pwlen int, eng text);
INSERT INTO sgen.db VALUES
  (1, 'Warehouse (analytics)', 'postgresql+psycopg2://superset_ro:XXXXXXXXXX@pg-warehouse.internal.lumenloom.example:5432/superset', 24, 'pg'),
  (2, 'examples', 'postgresql+psycopg2://superset:XXXXXXXXXX@superset-db:5432/superset', 16, 'pg'),
  (3, 'Orders replica (MySQL)', 'mysql+mysqldb://bi_reader:XXXXXXXXXX@orders-replica.internal.lumenloom.example:3306/shop?charset=utf8mb4', 28, 'mysql'),
  (4, 'Snowflake - Finance', 'snowflake://SUPERSET_SVC@lumenloom-eu1/FINANCE/REPORTING?role=SUPERSET_READER&warehouse=BI_WH', NULL, 'snowflake'),
  (5, 'BigQuery - GA4', NULL, NULL, 'bigquery'),
  (6, 'Databricks - ML', 'databricks+connector://token:XXXXXXXXXX@adb-4821937465012836.16.azuredatabricks.net:443/default', 36, 'databricks'),
  (7, 'Redshift (legacy 2022)', NULL, NULL, 'redshift'),
  (8, 'ClickHouse events', 'clickhousedb://default:XXXXXXXXXX@clickhouse.internal.lumenloom.example:8123/events', 20, 'clickhouse'),
  (9, 'Google Sheets - Merch plan', 'gsheets://', NULL, 'gsheets'),
  (10, 'Trino lake', 'trino://svc_superset@trino.internal.lumenloom.example:443/hive', NULL, 'trino'),
  (11, 'Shop staging (old)', NULL, NULL, 'pg'),
  (12, 'Zendesk export (DuckDB)', 'duckdb:////app/superset_home/zendesk.duckdb', NULL, 'duckdb');
UPDATE sgen.db SET uri = 'bigquery://lumenloom-analytics' WHERE i = 5;
UPDATE sgen.db SET uri = 'redshift+psycopg2://akowalski:' || sgen.rnd('rspw', 7, 14) || '@lumenloom-dwh.c8xk2pq1rtyz.eu-west-1.redshift.amazonaws.com:5439/dev' WHERE i = 7;
UPDATE sgen.db SET uri = 'postgresql://postgres:' || sgen.rnd('stpw', 11, 10) || '@10.20.3.14:5432/shop_staging' WHERE i = 11;

INSERT INTO dbs (id, created_on, changed_on, verbose_name, database_name, sqlalchemy_uri, password, cache_timeout, select_as_create_table_as, expose_in_sqllab, allow_run_async,
  allow_ctas, allow_cvas, allow_dml, force_ctas_schema, extra, created_by_fk, changed_by_fk, encrypted_extra, impersonate_user, server_cert, allow_file_upload, uuid,
  configuration_method, is_managed_externally, external_url)
SELECT d.i, sgen.at('dbc', d.i, '2022-03-14', '2023-06-01'), sgen.at('dbm', d.i, '2023-06-01', '2024-09-20'), NULL, d.name, d.uri,
       CASE WHEN d.pwlen IS NOT NULL THEN sgen.enc('dbpw', d.i, d.pwlen) END,
       CASE WHEN d.i IN (1, 4) THEN 3600 WHEN d.i = 5 THEN 86400 END, false, d.i NOT IN (2, 12), d.i IN (1, 4, 5, 6, 10),
       d.i IN (1, 11), d.i = 1, d.i = 11, CASE WHEN d.i = 1 THEN 'sandbox' END,
       CASE d.eng
         WHEN 'databricks' THEN '{"allows_virtual_table_explore": true, "metadata_params": {}, "engine_params": {"connect_args": {"http_path": "/sql/1.0/warehouses/' || fixture_gen.hexn('dbxw', 1, 16)
           || '", "http_headers": [["Authorization", "Bearer dapi' || fixture_gen.hexn('dbxt', 1, 32) || '"]]}}, "metadata_cache_timeout": {}, "schemas_allowed_for_file_upload": []}'
         WHEN 'trino' THEN '{"allows_virtual_table_explore": true, "metadata_params": {}, "engine_params": {"connect_args": {"http_scheme": "https", "verify": false, "source": "superset"}}, "metadata_cache_timeout": {"schema_cache_timeout": 600, "table_cache_timeout": 600}, "schemas_allowed_for_file_upload": []}'
         WHEN 'pg' THEN '{"allows_virtual_table_explore": true, "metadata_params": {}, "engine_params": {"connect_args": {"sslmode": "' || CASE WHEN d.i = 11 THEN 'disable' ELSE 'require' END || '", "application_name": "superset"}}, "metadata_cache_timeout": {}, "schemas_allowed_for_file_upload": ["sandbox"], "cost_estimate_enabled": ' || (d.i = 1)::text || '}'
         WHEN 'snowflake' THEN '{"allows_virtual_table_explore": true, "metadata_params": {}, "engine_params": {}, "metadata_cache_timeout": {}, "schemas_allowed_for_file_upload": [], "oauth2_client_info": {"scope": "refresh_token session:role:SUPERSET_READER", "authorization_request_uri": "https://lumenloom-eu1.snowflakecomputing.com/oauth/authorize", "token_request_uri": "https://lumenloom-eu1.snowflakecomputing.com/oauth/token-request"}}'
         ELSE '{"allows_virtual_table_explore": true, "metadata_params": {}, "engine_params": {}, "metadata_cache_timeout": {}, "schemas_allowed_for_file_upload": []}' END,
       1 + (d.i % 3) * 4, 1 + (d.i % 4) * 3,
       CASE WHEN d.eng IN ('bigquery', 'gsheets') THEN sgen.enc('dbee', d.i, 2350) WHEN d.eng = 'snowflake' THEN sgen.enc('dbee', d.i, 180) END,
       d.i = 10, CASE WHEN d.i IN (1, 3) THEN sgen.enc('dbcert', d.i, 1300) END, d.i = 1, fixture_gen.uuid('dbuuid', d.i)::uuid,
       CASE WHEN d.i IN (4, 5, 6, 8, 10) THEN 'dynamic_form' ELSE 'sqlalchemy_form' END, false, NULL
FROM sgen.db d ORDER BY d.i;

CREATE TABLE ssh_tunnels (
    created_on timestamp, changed_on timestamp, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id), extra_json text,
    uuid uuid UNIQUE, id serial PRIMARY KEY, database_id integer REFERENCES dbs (id) UNIQUE, server_address bytea, server_port bytea,
    username bytea, password bytea, private_key bytea, private_key_password bytea);
-- Every credential column is an EncryptedType: ciphertext of the bastion's
-- address and port, of the login (ec2-user, ubuntu, a service account, two
-- engineers' own logins), of the password or the PEM key and passphrase.
INSERT INTO ssh_tunnels (created_on, changed_on, created_by_fk, changed_by_fk, extra_json, uuid, id, database_id, server_address, server_port, username, password, private_key, private_key_password)
SELECT sgen.at('sshc', g, '2023-01-10', '2024-05-01'), sgen.at('sshm', g, '2024-05-01', '2024-09-01'), 5 + g, 5 + g, '{}', fixture_gen.uuid('sshu', g)::uuid, g, db, sgen.enc('sshad', g, length(addr)), sgen.enc('sshport', g, 2),
       sgen.enc('sshlogin', g, length(login)), CASE WHEN kind = 'pw' THEN sgen.enc('sshpw', g, 18) END,
       CASE WHEN kind = 'key' THEN sgen.enc('sshpk', g, 3380) END, CASE WHEN kind = 'key' AND g % 2 = 1 THEN sgen.enc('sshpp', g, 24) END
FROM (VALUES (1, 3, '34.246.18.201', 'ec2-user', 'key'), (2, 7, '52.49.203.77', 'akowalski', 'key'), (3, 11, '10.20.0.5', 'ubuntu', 'pw'),
  (4, 8, 'bastion.internal.lumenloom.example', 'superset-tunnel', 'key'), (5, 12, '10.20.0.9', 'tnakamura', 'pw')) v(g, db, addr, login, kind);

CREATE TABLE database_user_oauth2_tokens (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES ab_user (id), database_id integer NOT NULL REFERENCES dbs (id),
    access_token bytea, access_token_expiration timestamp, refresh_token bytea, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id));
INSERT INTO database_user_oauth2_tokens (created_on, changed_on, user_id, database_id, access_token, access_token_expiration, refresh_token, created_by_fk, changed_by_fk)
SELECT sgen.at('o2c', u.i, '2024-07-01', '2024-08-15'), sgen.at('o2m', u.i, '2024-09-20', '2024-09-30'), u.i, 4, sgen.enc('o2at', u.i, 380),
       sgen.at('o2m', u.i, '2024-09-20', '2024-09-30') + interval '10 minutes', sgen.enc('o2rt', u.i, 290), u.i, u.i
FROM sgen.u u WHERE u.team IN ('Finance', 'Data', 'Leadership') AND u.i > 4;

-- ---------------------------------------------------------------------------
-- Datasets, their columns and metrics, owners, row-level security.

CREATE TABLE tables (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, table_name varchar(250) NOT NULL, main_dttm_col varchar(250),
    default_endpoint text, database_id integer NOT NULL REFERENCES dbs (id), created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id),
    "offset" integer, description text, is_featured boolean, cache_timeout integer, schema varchar(255), sql text, params text, perm varchar(1000),
    filter_select_enabled boolean, fetch_values_predicate text, is_sqllab_view boolean DEFAULT false, template_params text, schema_perm varchar(1000),
    extra text, uuid uuid UNIQUE, is_managed_externally boolean NOT NULL DEFAULT false, external_url text, normalize_columns boolean DEFAULT false,
    always_filter_main_dttm boolean DEFAULT false, catalog varchar(256));

CREATE TABLE sgen.ds (i int PRIMARY KEY, db int, sch text, name text, dttm text, descr text, sql text);
INSERT INTO sgen.ds VALUES
  (1, 1, 'analytics', 'dim_customers', 'first_order_at', 'One row per customer of the web shop, refreshed nightly from the shop database.', NULL),
  (2, 1, 'analytics', 'fct_orders', 'ordered_at', 'Orders at line-total grain; cancelled orders included with status.', NULL),
  (3, 1, 'analytics', 'support_tickets', 'created_at', 'Zendesk tickets synced hourly by the Airflow job zendesk_sync.', NULL),
  (4, 1, 'analytics', 'dim_products', NULL, 'Product catalogue with current list prices.', NULL),
  (5, 1, 'analytics', 'vw_repeat_buyers', 'last_order_at', 'Customers with two or more orders in the last 365 days.',
     'SELECT c.customer_id, c.country_code, c.loyalty_tier, count(o.order_id) AS orders, sum(o.gross_amount) AS revenue, max(o.ordered_at) AS last_order_at' || chr(10)
     || 'FROM analytics.dim_customers c JOIN analytics.fct_orders o ON o.customer_id = c.customer_id' || chr(10)
     || 'WHERE o.status <> ''cancelled'' AND o.ordered_at >= current_date - 365' || chr(10) || 'GROUP BY 1, 2, 3 HAVING count(o.order_id) >= 2'),
  (6, 1, 'analytics', 'Press & influencer orders', 'ordered_at', 'Gifted orders for the PR list; excluded from revenue.', NULL),
  (7, 1, 'analytics', 'care_backlog', 'created_at', 'Open tickets by group and priority.',
     'SELECT group_name, priority, status, count(*) AS tickets, min(created_at) AS created_at' || chr(10) || 'FROM analytics.support_tickets' || chr(10)
     || 'WHERE status IN (''new'', ''open'', ''pending'')' || chr(10) || 'GROUP BY 1, 2, 3'),
  (8, 3, 'shop', 'sales_order', 'created_at', 'Live orders from the shop replica (read only).', NULL),
  (9, 5, 'analytics_314159265', 'events_daily', 'event_date', 'GA4 export flattened by the dbt model events_daily.', NULL),
  (10, 4, 'REPORTING', 'GL_ENTRIES', 'POSTING_DATE', 'General ledger lines from NetSuite.', NULL),
  (11, 9, 'main', 'merch_plan_2024', NULL, 'Merchandising plan sheet (Google Sheets).', NULL),
  (12, 8, 'events', 'page_views', 'ts', 'Page views from the web shop tracker (ClickHouse).', NULL),
  (13, 1, 'analytics', 'fct_returns', 'returned_at', 'Returns and their reasons.', NULL),
  (14, 1, 'analytics', 'fct_marketing_spend', 'spend_date', 'Daily spend per channel and campaign.', NULL),
  (15, 1, 'analytics', 'dim_date', 'date_day', 'Calendar with retail weeks and UK/DE bank holidays.', NULL),
  (16, 1, 'analytics', 'fct_inventory_daily', 'snapshot_date', 'Stock on hand per SKU and warehouse.', NULL),
  (17, 10, 'hive', 'shipments', 'shipped_at', 'Carrier shipments from the lake.', NULL),
  (18, 1, 'analytics', 'fct_refunds', 'refunded_at', 'Refunds issued by Care and Finance.', NULL),
  (19, 1, 'sandbox', 'tmp_black_friday_cohort', 'first_order_at', NULL, NULL),
  (20, 12, 'main', 'ticket_metrics', 'created_at', 'Zendesk ticket metrics export.', NULL),
  (21, 1, 'analytics', 'fct_subscriptions', 'started_at', 'Bedding subscription plans.', NULL),
  (22, 4, 'REPORTING', 'AR_AGING', 'AS_OF_DATE', 'Accounts receivable ageing of B2B accounts.', NULL),
  (23, 6, 'ml', 'churn_predictions', 'scored_at', 'Weekly churn model output.', NULL),
  (24, 1, 'analytics', 'nps_responses', 'responded_at', 'NPS survey answers.', NULL);
UPDATE sgen.ds SET sql = 'SELECT o.order_id, o.ordered_at, o.gross_amount, c.first_name || '' '' || c.last_name AS recipient, c.email' || chr(10)
  || 'FROM analytics.fct_orders o JOIN analytics.dim_customers c ON c.customer_id = o.customer_id' || chr(10)
  || 'WHERE o.promo_code = ''PRGIFT'' OR c.email IN (' || (SELECT string_agg('''' || email || '''', ', ' ORDER BY i) FROM sgen.c WHERE i IN (12, 57, 88, 131, 176, 203)) || ')' WHERE i = 6;

INSERT INTO tables (created_on, changed_on, id, table_name, main_dttm_col, default_endpoint, database_id, created_by_fk, changed_by_fk, "offset", description, is_featured, cache_timeout,
  schema, sql, params, perm, filter_select_enabled, fetch_values_predicate, is_sqllab_view, template_params, schema_perm, extra, uuid, is_managed_externally, external_url,
  normalize_columns, always_filter_main_dttm, catalog)
SELECT sgen.at('tbc', d.i, '2022-04-01', '2023-12-31'), sgen.at('tbm', d.i, '2024-01-01', '2024-09-28'), d.i, d.name, d.dttm, NULL, d.db,
       (ARRAY[1, 5, 6, 9, 11, 14])[1 + fixture_gen.n('tbo', d.i, 6)], (ARRAY[5, 6, 9, 11, 14, 3])[1 + fixture_gen.n('tbw', d.i, 6)], 0,
       d.descr, false, CASE WHEN d.db = 4 THEN 3600 END, d.sch, d.sql,
       CASE WHEN d.i IN (1, 2, 3, 4) THEN '{"remote_id": ' || (40 + d.i) || ', "database_name": "Warehouse (analytics)", "import_time": 1678901234}' END,
       '[' || (SELECT name FROM sgen.db WHERE sgen.db.i = d.db) || '].[' || d.name || '](id:' || d.i || ')', true,
       CASE WHEN d.i = 3 THEN 'status <> ''deleted''' END, d.i = 19,
       CASE WHEN d.i = 7 THEN '{"min_priority": "normal"}' END,
       '[' || (SELECT name FROM sgen.db WHERE sgen.db.i = d.db) || '].[' || d.sch || ']',
       CASE WHEN d.i IN (1, 2, 3, 10, 18, 23) OR d.i % 5 = 0 THEN '{"certification": {"certified_by": "'
              || (SELECT first || ' ' || last FROM sgen.u WHERE sgen.u.i = (ARRAY[5, 6, 9, 11, 14, 20])[1 + fixture_gen.n('tbcert', d.i, 6)]) || '", "details": "'
              || fixture_gen.pick(ARRAY['Reconciled with the finance month-end close.', 'Matches the Zendesk admin report within 0.5%.', 'Source of truth for the weekly KPI pack.', 'Owned by Data Platform; tested in dbt.'], 'tbcd', d.i)
              || '"}' || CASE WHEN d.i IN (1, 3, 6) THEN ', "warning_markdown": "Contains customer PII: do not export or share outside the company."' ELSE '' END || '}'
            WHEN d.i % 2 = 0 THEN '{}' END,
       fixture_gen.uuid('tbuuid', d.i)::uuid, false, NULL, false, d.i IN (2, 12), NULL
FROM sgen.ds d ORDER BY d.i;

CREATE TABLE sqlatable_user (id serial PRIMARY KEY, user_id integer REFERENCES ab_user (id), table_id integer REFERENCES tables (id));
INSERT INTO sqlatable_user (user_id, table_id) SELECT created_by_fk, id FROM tables UNION ALL SELECT 3, id FROM tables WHERE id % 4 = 1 AND created_by_fk <> 3 ORDER BY 2, 1;

CREATE TABLE table_columns (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, table_id integer REFERENCES tables (id), column_name varchar(255) NOT NULL,
    is_dttm boolean, is_active boolean, type text, groupby boolean, filterable boolean, description text, created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id), expression text, verbose_name varchar(1024), python_date_format varchar(255), uuid uuid UNIQUE, extra text,
    advanced_data_type varchar(255), UNIQUE (table_id, column_name));

CREATE TABLE sgen.tc (t int, k int, name text, typ text, vname text, descr text, expr text);
INSERT INTO sgen.tc VALUES
  (1, 1, 'customer_id', 'BIGINT', 'Customer ID', NULL, NULL), (1, 2, 'customer_key', 'VARCHAR(20)', 'Customer number', 'Number shown to the customer (LL-…).', NULL),
  (1, 3, 'email', 'VARCHAR(320)', 'Email', 'Login email of the shop account.', NULL), (1, 4, 'first_name', 'VARCHAR(100)', 'First name', NULL, NULL),
  (1, 5, 'last_name', 'VARCHAR(100)', 'Last name', NULL, NULL), (1, 6, 'phone', 'VARCHAR(40)', 'Phone', 'As typed at checkout, not normalised.', NULL),
  (1, 7, 'date_of_birth', 'DATE', 'Date of birth', 'Optional, for the birthday voucher.', NULL), (1, 8, 'gender', 'VARCHAR(16)', 'Gender', NULL, NULL),
  (1, 9, 'city', 'VARCHAR(100)', 'City', NULL, NULL), (1, 10, 'postcode', 'VARCHAR(16)', 'Postcode', NULL, NULL), (1, 11, 'country_code', 'CHAR(2)', 'Country', NULL, NULL),
  (1, 12, 'loyalty_tier', 'VARCHAR(16)', 'Loyalty tier', NULL, NULL), (1, 13, 'churn_score', 'NUMERIC(5, 4)', 'Churn score', 'Probability of no order in 180 days.', NULL),
  (1, 14, 'first_order_at', 'TIMESTAMP WITHOUT TIME ZONE', 'First order', NULL, NULL), (1, 15, 'last_order_at', 'TIMESTAMP WITHOUT TIME ZONE', 'Last order', NULL, NULL),
  (1, 16, 'email_domain', 'VARCHAR', 'Email domain', NULL, 'split_part(email, ''@'', 2)'), (1, 17, 'age_band', 'VARCHAR', 'Age band', NULL, 'CASE WHEN date_of_birth > current_date - interval ''30 years'' THEN ''<30'' WHEN date_of_birth > current_date - interval ''50 years'' THEN ''30-49'' ELSE ''50+'' END'),
  (1, 18, 'full_name', 'VARCHAR', 'Customer name', NULL, 'first_name || '' '' || last_name'),
  (2, 1, 'order_id', 'BIGINT', 'Order ID', NULL, NULL), (2, 2, 'order_number', 'VARCHAR(20)', 'Order number', NULL, NULL), (2, 3, 'customer_id', 'BIGINT', 'Customer ID', NULL, NULL),
  (2, 4, 'ordered_at', 'TIMESTAMP WITHOUT TIME ZONE', 'Ordered at', NULL, NULL), (2, 5, 'status', 'VARCHAR(20)', 'Status', NULL, NULL), (2, 6, 'channel', 'VARCHAR(20)', 'Channel', NULL, NULL),
  (2, 7, 'currency', 'CHAR(3)', 'Currency', NULL, NULL), (2, 8, 'gross_amount', 'NUMERIC(12, 2)', 'Gross amount', NULL, NULL), (2, 9, 'discount_amount', 'NUMERIC(12, 2)', 'Discount', NULL, NULL),
  (2, 10, 'ship_city', 'VARCHAR(100)', 'Ship-to city', NULL, NULL), (2, 11, 'ship_postcode', 'VARCHAR(16)', 'Ship-to postcode', NULL, NULL), (2, 12, 'payment_method', 'VARCHAR(20)', 'Payment method', NULL, NULL),
  (2, 13, 'promo_code', 'VARCHAR(32)', 'Promo code', NULL, NULL), (2, 14, 'order_week', 'VARCHAR', 'Retail week', NULL, 'to_char(ordered_at, ''IYYY-"W"IW'')'),
  (3, 1, 'ticket_id', 'BIGINT', 'Ticket', NULL, NULL), (3, 2, 'customer_id', 'BIGINT', 'Customer ID', NULL, NULL), (3, 3, 'requester_email', 'VARCHAR(320)', 'Requester', NULL, NULL),
  (3, 4, 'subject', 'TEXT', 'Subject', NULL, NULL), (3, 5, 'description', 'TEXT', 'First message', 'The customer''s first message, verbatim.', NULL), (3, 6, 'priority', 'VARCHAR(10)', 'Priority', NULL, NULL),
  (3, 7, 'status', 'VARCHAR(10)', 'Status', NULL, NULL), (3, 8, 'assignee_name', 'VARCHAR(100)', 'Agent', NULL, NULL), (3, 9, 'group_name', 'VARCHAR(60)', 'Group', NULL, NULL),
  (3, 10, 'satisfaction_rating', 'VARCHAR(10)', 'CSAT', NULL, NULL), (3, 11, 'created_at', 'TIMESTAMP WITHOUT TIME ZONE', 'Created', NULL, NULL), (3, 12, 'solved_at', 'TIMESTAMP WITHOUT TIME ZONE', 'Solved', NULL, NULL),
  (4, 1, 'product_id', 'INTEGER', 'Product ID', NULL, NULL), (4, 2, 'sku', 'VARCHAR(20)', 'SKU', NULL, NULL), (4, 3, 'name', 'VARCHAR(200)', 'Product', NULL, NULL),
  (4, 4, 'category', 'VARCHAR(60)', 'Category', NULL, NULL), (4, 5, 'unit_price', 'NUMERIC(10, 2)', 'List price', NULL, NULL),
  (6, 1, 'order_id', 'BIGINT', NULL, NULL, NULL), (6, 2, 'ordered_at', 'TIMESTAMP WITHOUT TIME ZONE', NULL, NULL, NULL), (6, 3, 'gross_amount', 'NUMERIC(12, 2)', NULL, NULL, NULL),
  (6, 4, 'recipient', 'TEXT', 'Recipient', NULL, NULL), (6, 5, 'email', 'VARCHAR(320)', NULL, NULL, NULL);
INSERT INTO sgen.tc
SELECT d.i, k, c.name, c.typ, initcap(replace(c.name, '_', ' ')), NULL, NULL
FROM sgen.ds d CROSS JOIN LATERAL (SELECT k, name, typ FROM (VALUES
  (1, 'id', 'BIGINT'), (2, coalesce(d.dttm, 'updated_at'), 'TIMESTAMP WITHOUT TIME ZONE'), (3, 'country_code', 'VARCHAR(2)'), (4, 'channel', 'VARCHAR(20)'),
  (5, 'amount', 'NUMERIC(12, 2)'), (6, 'quantity', 'INTEGER'), (7, 'sku', 'VARCHAR(20)'), (8, 'warehouse', 'VARCHAR(20)'), (9, 'campaign', 'VARCHAR(100)'),
  (10, 'reason_code', 'VARCHAR(40)'), (11, 'status', 'VARCHAR(20)')) v(k, name, typ) WHERE k <= 4 + fixture_gen.n('tcn', d.i, 8)) c
WHERE d.i >= 7;

INSERT INTO table_columns (created_on, changed_on, table_id, column_name, is_dttm, is_active, type, groupby, filterable, description, created_by_fk, changed_by_fk,
  expression, verbose_name, python_date_format, uuid, extra, advanced_data_type)
SELECT t.created_on, t.changed_on, c.t, c.name, c.typ LIKE 'TIMESTAMP%' OR c.typ = 'DATE', true, CASE WHEN c.expr IS NULL THEN c.typ END, true, true, c.descr, t.created_by_fk, t.changed_by_fk,
       c.expr, c.vname, CASE WHEN c.name = 'date_of_birth' THEN '%Y-%m-%d' END, fixture_gen.uuid('tcu', c.t * 100 + c.k)::uuid,
       CASE WHEN c.name IN ('email', 'requester_email', 'phone') THEN '{"warning_markdown": "PII"}' WHEN c.k % 3 = 0 THEN '{}' END,
       CASE WHEN c.name = 'country_code' THEN 'country' END
FROM sgen.tc c JOIN tables t ON t.id = c.t ORDER BY c.t, c.k;

CREATE TABLE sql_metrics (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, metric_name varchar(255) NOT NULL, verbose_name varchar(1024), metric_type varchar(32),
    table_id integer REFERENCES tables (id), expression text NOT NULL, description text, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id),
    d3format varchar(128), warning_text text, extra text, uuid uuid UNIQUE, currency varchar(128), UNIQUE (table_id, metric_name));
INSERT INTO sql_metrics (created_on, changed_on, metric_name, verbose_name, metric_type, table_id, expression, description, created_by_fk, changed_by_fk, d3format, warning_text, extra, uuid, currency)
SELECT t.created_on, t.changed_on, m.name, m.vname, NULL, t.id, m.expr, m.descr, t.created_by_fk, t.changed_by_fk, m.fmt,
       CASE WHEN m.name = 'revenue' AND t.id = 2 THEN 'Excludes VAT; includes shipping.' END,
       CASE WHEN m.name = 'revenue' THEN '{"warning_markdown": "Excludes VAT; includes shipping."}' WHEN m.name = 'count' THEN '{}' END,
       fixture_gen.uuid('smu', t.id * 10 + m.k)::uuid, CASE WHEN m.name IN ('revenue', 'avg_order_value') THEN '{"symbol": "GBP", "symbolPosition": "prefix"}' END
FROM tables t CROSS JOIN (VALUES
  (1, 'count', 'COUNT(*)', 'COUNT(*)', NULL, ',d'), (2, 'revenue', 'Revenue', 'SUM(gross_amount)', 'Gross revenue before refunds.', ',.2f'),
  (3, 'avg_order_value', 'AOV', 'SUM(gross_amount) / NULLIF(COUNT(DISTINCT order_id), 0)', 'Average order value.', ',.2f'),
  (4, 'unique_customers', 'Customers', 'COUNT(DISTINCT customer_id)', NULL, ',d'), (5, 'csat_pct', 'CSAT %', 'AVG(CASE WHEN satisfaction_rating = ''good'' THEN 1.0 WHEN satisfaction_rating = ''bad'' THEN 0 END)', 'Share of good ratings among rated tickets.', '.1%')) m(k, name, vname, expr, descr, fmt)
WHERE m.k = 1 OR (m.k IN (2, 3, 4) AND t.id IN (2, 5, 6, 8, 13, 18, 21)) OR (m.k = 5 AND t.id IN (3, 7, 20)) OR (m.k = 4 AND t.id = 1);

CREATE TABLE row_level_security_filters (
    id serial PRIMARY KEY, created_on timestamp, changed_on timestamp, clause text NOT NULL, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id),
    filter_type varchar(255), group_key varchar(255), name varchar(255) NOT NULL UNIQUE, description text);
CREATE TABLE rls_filter_roles (id serial PRIMARY KEY, role_id integer NOT NULL REFERENCES ab_role (id), rls_filter_id integer REFERENCES row_level_security_filters (id));
CREATE TABLE rls_filter_tables (id serial PRIMARY KEY, table_id integer REFERENCES tables (id), rls_filter_id integer REFERENCES row_level_security_filters (id));
INSERT INTO row_level_security_filters (created_on, changed_on, clause, created_by_fk, changed_by_fk, filter_type, group_key, name, description)
SELECT sgen.at('rlsc', g, '2023-02-01', '2024-06-01'), sgen.at('rlsm', g, '2024-06-01', '2024-09-20'), clause, 5, 9, ft, gk, nm, ds
FROM (VALUES
  (1, 'country_code IN (''GB'', ''IE'')', 'Regular', 'country', 'UK & Ireland only', 'UK care leads see UK and Irish customers.'),
  (2, 'country_code IN (''DE'', ''AT'', ''CH'')', 'Regular', 'country', 'DACH only', NULL),
  (3, 'country_code IN (''FR'', ''BE'')', 'Regular', 'country', 'France & Belgium only', NULL),
  (4, 'channel = ''b2b''', 'Regular', NULL, 'B2B channel for partner portal', 'The embedded partner dashboard only shows B2B orders.'),
  (5, 'assignee_name IN (SELECT agent_name FROM analytics.care_agents WHERE superset_login = ''{{ current_username() }}'') OR group_name = ''Escalations''', 'Regular', NULL, 'Agents see their own tickets', NULL),
  (6, 'store_manager_email IN (''' || (SELECT email FROM sgen.u WHERE i = 41) || ''', ''' || (SELECT email FROM sgen.u WHERE i = 47) || ''')', 'Regular', 'store', 'Pop-up stores: managers',
     'Temporary until the store dimension has an owner column.'),
  (7, 'requester_email NOT IN (''' || (SELECT email FROM sgen.c WHERE i = 33) || ''', ''' || (SELECT email FROM sgen.c WHERE i = 190) || ''')', 'Base', NULL, 'Hide legal-hold customers',
     'Two customers in a legal dispute: their tickets are hidden from everyone but Admin.'),
  (8, '1 = 1', 'Base', NULL, 'Admins see everything', NULL)) v(g, clause, ft, gk, nm, ds);
INSERT INTO rls_filter_roles (role_id, rls_filter_id)
SELECT r.id, f.id FROM row_level_security_filters f JOIN ab_role r ON r.name = CASE f.id WHEN 1 THEN 'Care Team Leads' WHEN 2 THEN 'Care Team Leads' WHEN 3 THEN 'Care Team Leads'
  WHEN 4 THEN 'Embedded Partner' WHEN 5 THEN 'Care Team Leads' WHEN 6 THEN 'Gamma' WHEN 7 THEN 'Admin' ELSE 'Admin' END;
INSERT INTO rls_filter_tables (table_id, rls_filter_id)
SELECT t, f FROM (VALUES (1, 1), (3, 1), (1, 2), (3, 2), (1, 3), (3, 3), (2, 4), (8, 4), (3, 5), (7, 5), (16, 6), (3, 7), (20, 7), (1, 8)) v(t, f);

-- ---------------------------------------------------------------------------
-- Charts and dashboards.

CREATE TABLE slices (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, slice_name varchar(250), datasource_type varchar(200), viz_type varchar(250),
    params text, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id), description text, cache_timeout integer,
    perm varchar(2000), datasource_id integer, schema_perm varchar(1000), uuid uuid UNIQUE, query_context text, last_saved_at timestamp,
    last_saved_by_fk integer REFERENCES ab_user (id), certified_by text, certification_details text, is_managed_externally boolean NOT NULL DEFAULT false,
    external_url text, catalog_perm varchar(1000));

-- Charts: dataset, name, viz type, the filter the analyst saved.
CREATE TABLE sgen.ch (i int PRIMARY KEY, ds int, name text, viz text, gb text, metric text, col text, op text, val jsonb, owner int);
INSERT INTO sgen.ch (i, ds, name, viz, gb, metric)
SELECT g, d, n, v, gb, m FROM (VALUES
  (1, 2, 'Weekly revenue by channel', 'echarts_timeseries_bar', 'channel', 'revenue'), (2, 2, 'Orders today', 'big_number_total', NULL, 'count'),
  (3, 2, 'AOV trend', 'echarts_timeseries_line', NULL, 'avg_order_value'), (4, 2, 'Revenue by country', 'world_map', 'country_code', 'revenue'),
  (5, 2, 'Promo code usage', 'table', 'promo_code', 'count'), (6, 1, 'New customers per week', 'echarts_timeseries_bar', NULL, 'count'),
  (7, 1, 'Customers by loyalty tier', 'pie', 'loyalty_tier', 'count'), (8, 1, 'Churn risk distribution', 'histogram_v2', 'churn_score', 'count'),
  (9, 1, 'Customer lookup', 'table', 'email', 'count'), (10, 1, 'Age bands by country', 'heatmap_v2', 'age_band', 'count'),
  (11, 3, 'Open tickets by group', 'echarts_timeseries_bar', 'group_name', 'count'), (12, 3, 'CSAT by agent', 'table', 'assignee_name', 'csat_pct'),
  (13, 3, 'Tickets for one agent', 'table', 'subject', 'count'), (14, 3, 'Escalated tickets (detail)', 'table', 'requester_email', 'count'),
  (15, 7, 'Care backlog', 'pivot_table_v2', 'group_name', 'csat_pct'), (16, 4, 'Top products', 'table', 'name', 'count'),
  (17, 5, 'Repeat buyers by tier', 'echarts_timeseries_bar', 'loyalty_tier', 'count'), (18, 6, 'PR gifting log', 'table', 'recipient', 'count'),
  (19, 9, 'Sessions by source', 'echarts_area', 'channel', 'count'), (20, 10, 'Gross margin by month', 'echarts_timeseries_line', NULL, 'count'),
  (21, 13, 'Return reasons', 'pie', 'reason_code', 'count'), (22, 14, 'Spend vs revenue', 'mixed_timeseries', 'campaign', 'count'),
  (23, 16, 'Stock cover (days)', 'table', 'sku', 'count'), (24, 18, 'Refunds by reason', 'echarts_timeseries_bar', 'reason_code', 'count'),
  (25, 18, 'Refunds over £200', 'table', 'id', 'count'), (26, 12, 'Page views today', 'big_number', NULL, 'count'),
  (27, 20, 'First reply time', 'box_plot', 'channel', 'count'), (28, 21, 'Active subscriptions', 'big_number_total', NULL, 'count'),
  (29, 22, 'AR over 60 days', 'table', 'status', 'count'), (30, 23, 'Predicted churners (top 500)', 'table', 'id', 'count'),
  (31, 24, 'NPS by month', 'echarts_timeseries_line', NULL, 'count'), (32, 8, 'Live orders last hour', 'table', 'status', 'count'),
  (33, 17, 'Late shipments by carrier', 'echarts_timeseries_bar', 'channel', 'count'), (34, 11, 'Merch plan vs actual', 'table', 'sku', 'count'),
  (35, 1, 'VIP customers (LTV top 1%)', 'table', 'full_name', 'count'), (36, 3, 'Complaints mentioning delivery', 'table', 'subject', 'count')) v(g, d, n, v, gb, m);
-- More charts: copies of the above that people saved for themselves.
INSERT INTO sgen.ch (i, ds, name, viz, gb, metric)
SELECT 36 + g, c.ds, c.name || fixture_gen.pick(ARRAY[' (copy)', ' - DE', ' - UK', ' v2', ' (Q3)', ' for board pack'], 'chc', g), c.viz, c.gb, c.metric
FROM generate_series(1, 54) g JOIN sgen.ch c ON c.i = 1 + fixture_gen.n('chsrc', g, 36);
UPDATE sgen.ch SET owner = (ARRAY[5, 6, 8, 9, 11, 12, 14, 17, 20, 23, 26, 31, 36, 44, 53, 58, 62])[1 + fixture_gen.n('cho', i, 17)];
UPDATE sgen.ch h SET col = 'email', op = 'IN', val = (SELECT jsonb_agg(c.email ORDER BY k) FROM generate_series(1, 1 + h.i % 3) k JOIN sgen.c c ON c.i = 1 + fixture_gen.n('chv' || k, h.i, 420)) WHERE h.ds = 1 AND (h.i = 9 OR h.i % 4 = 1);
UPDATE sgen.ch SET col = 'assignee_name', op = '==', val = to_jsonb((SELECT first || ' ' || last FROM sgen.u WHERE sgen.u.i = 30 + fixture_gen.n('cha', sgen.ch.i, 25))) WHERE ds = 3 AND (i = 13 OR i % 3 = 0);
UPDATE sgen.ch SET col = 'requester_email', op = '==', val = to_jsonb((SELECT email FROM sgen.c WHERE sgen.c.i = 1 + fixture_gen.n('chr', sgen.ch.i, 420))) WHERE ds = 3 AND col IS NULL AND (i = 14 OR i % 2 = 0);
UPDATE sgen.ch SET col = 'full_name', op = 'NOT IN', val = (SELECT jsonb_agg(first || ' ' || last ORDER BY i) FROM sgen.c WHERE sgen.c.i IN (3, 44, 97)) WHERE i = 35;
UPDATE sgen.ch SET col = 'country_code', op = 'IN', val = CASE WHEN name LIKE '%DE%' THEN '["DE", "AT"]' ELSE '["GB", "IE"]' END::jsonb WHERE col IS NULL AND (name LIKE '% - DE' OR name LIKE '% - UK');
UPDATE sgen.ch SET col = 'status', op = 'NOT IN', val = '["cancelled", "test"]' WHERE col IS NULL AND ds IN (2, 8, 18) AND i % 2 = 0;

INSERT INTO slices (created_on, changed_on, id, slice_name, datasource_type, viz_type, params, created_by_fk, changed_by_fk, description, cache_timeout, perm, datasource_id,
  schema_perm, uuid, query_context, last_saved_at, last_saved_by_fk, certified_by, certification_details, is_managed_externally, external_url, catalog_perm)
SELECT sgen.at('slc', c.i, '2022-05-01', '2024-03-01'), sgen.at('slm', c.i, '2024-03-01', '2024-09-29'), c.i, c.name, 'table', c.viz,
       p.params::text, c.owner, c.owner,
       CASE WHEN c.i IN (9, 13, 14, 35) THEN fixture_gen.pick(ARRAY[
              'Set the email filter to the customer you are looking up, then remove it before saving. Ask ',
              'Built for the Monday care stand-up run by ', 'Escalations only. Do not share outside Care; questions to '], 'sld', c.i)
              || u.first || ' ' || u.last || ' (' || u.email || CASE WHEN c.i % 2 = 1 THEN ', ' || fixture_gen.phone('slph', c.i) ELSE '' END || ').'
            WHEN c.i % 7 = 0 THEN fixture_gen.pick(ARRAY['Revenue excludes VAT and gift cards.', 'Uses the retail calendar (weeks start Sunday).', 'Numbers differ from Shopify by refunds issued after the period.'], 'sld', c.i)
            WHEN c.i % 11 = 0 THEN 'Copied from ' || (SELECT first || ' ' || last FROM sgen.u WHERE sgen.u.i = 5 + c.i % 40) || '''s version for the board pack.' END,
       CASE WHEN c.i % 5 = 0 THEN 3600 END, t.perm, c.ds, t.schema_perm, fixture_gen.uuid('slu', c.i)::uuid,
       CASE WHEN c.i % 6 <> 5 THEN jsonb_build_object('datasource', jsonb_build_object('id', c.ds, 'type', 'table'), 'force', false,
         'queries', jsonb_build_array(jsonb_build_object('filters', CASE WHEN c.col IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('col', c.col, 'op', c.op, 'val', c.val)) END,
           'extras', jsonb_build_object('having', '', 'where', ''), 'applied_time_extras', '{}'::jsonb, 'columns', CASE WHEN c.gb IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(c.gb) END,
           'metrics', jsonb_build_array(c.metric), 'orderby', jsonb_build_array(jsonb_build_array(c.metric, false)), 'annotation_layers', '[]'::jsonb, 'row_limit', 1000,
           'series_limit', 0, 'order_desc', true, 'url_params', '{}'::jsonb, 'custom_params', '{}'::jsonb, 'custom_form_data', '{}'::jsonb)),
         'form_data', p.params, 'result_format', 'json', 'result_type', 'full')::text END,
       sgen.at('slm', c.i, '2024-03-01', '2024-09-29'), c.owner,
       CASE WHEN c.i IN (1, 2, 4, 11, 15, 20, 28) THEN (SELECT first || ' ' || last FROM sgen.u WHERE sgen.u.i = (ARRAY[5, 6, 9, 14])[1 + c.i % 4]) WHEN c.i IN (24, 31) THEN 'Data Platform' END,
       CASE c.i WHEN 1 THEN 'Ties out with the finance weekly flash.' WHEN 2 THEN 'Same numbers as the Shopify admin, minus test orders.'
         WHEN 11 THEN 'Checked with ' || (SELECT first || ' ' || last FROM sgen.u WHERE sgen.u.i = 33) || ' (Care Ops) in April.'
         WHEN 20 THEN 'Reconciled to NetSuite by ' || (SELECT first FROM sgen.u WHERE sgen.u.i = 18) || ', month-end March 2024.' WHEN 24 THEN 'dbt tests: unique, not null, accepted values.' END,
       false, NULL, NULL
FROM sgen.ch c JOIN tables t ON t.id = c.ds JOIN sgen.u u ON u.i = c.owner
CROSS JOIN LATERAL (SELECT jsonb_build_object('datasource', c.ds || '__table', 'viz_type', c.viz, 'slice_id', c.i, 'granularity_sqla', t.main_dttm_col,
    'time_range', fixture_gen.pick(ARRAY['Last week', 'Last quarter', 'No filter', 'Last year', 'DATEADD(DATETIME("today"), -30, day) : today'], 'sltr', c.i),
    'groupby', CASE WHEN c.gb IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(c.gb) END, 'metrics', jsonb_build_array(c.metric),
    'adhoc_filters', CASE WHEN c.col IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('expressionType', 'SIMPLE', 'subject', c.col, 'operator', c.op,
       'comparator', c.val, 'clause', 'WHERE', 'isExtra', false, 'filterOptionName', 'filter_' || sgen.rnd('flt', c.i, 10) || '_' || sgen.rnd('flt2', c.i, 10))) END,
    'row_limit', CASE WHEN c.viz = 'table' THEN 1000 ELSE 10000 END, 'color_scheme', 'supersetColors', 'show_legend', true, 'extra_form_data', '{}'::jsonb,
    'dashboards', '[]'::jsonb) AS params) p
ORDER BY c.i;

CREATE TABLE slice_user (id serial PRIMARY KEY, user_id integer REFERENCES ab_user (id), slice_id integer REFERENCES slices (id));
INSERT INTO slice_user (user_id, slice_id) SELECT created_by_fk, id FROM slices UNION ALL SELECT 5, id FROM slices WHERE id % 9 = 0 AND created_by_fk <> 5 ORDER BY 2, 1;

CREATE TABLE dashboards (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, dashboard_title varchar(500), position_json text, created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id), css text, description text, slug varchar(255) UNIQUE, json_metadata text, published boolean, uuid uuid UNIQUE,
    certified_by text, certification_details text, is_managed_externally boolean NOT NULL DEFAULT false, external_url text);
CREATE TABLE dashboard_slices (id serial PRIMARY KEY, dashboard_id integer REFERENCES dashboards (id), slice_id integer REFERENCES slices (id), UNIQUE (dashboard_id, slice_id));
CREATE TABLE dashboard_user (id serial PRIMARY KEY, user_id integer REFERENCES ab_user (id), dashboard_id integer REFERENCES dashboards (id));
CREATE TABLE dashboard_roles (id serial PRIMARY KEY, role_id integer NOT NULL REFERENCES ab_role (id), dashboard_id integer REFERENCES dashboards (id));

CREATE TABLE sgen.db2 (i int PRIMARY KEY, title text, slug text, charts int[], owner int, md text);
INSERT INTO sgen.db2 VALUES
  (1, 'Weekly KPIs', 'weekly-kpis', ARRAY[1, 2, 3, 4, 6, 17, 28], 5, 'owner'),
  (2, 'Customer Care Overview', 'care', ARRAY[11, 12, 15, 27, 36], 33, 'escalations'),
  (3, 'Customer 360', 'customer-360', ARRAY[9, 7, 8, 10, 35], 9, 'owner'),
  (4, 'Partner Portal – B2B Orders', 'partner-b2b', ARRAY[1, 2, 5], 6, 'refresh'),
  (5, 'Finance Flash', 'finance-flash', ARRAY[20, 24, 25, 29], 18, 'refresh'),
  (6, 'Marketing Performance', 'marketing', ARRAY[19, 22, 5, 26], 14, 'owner'),
  (7, 'Returns & Refunds', NULL, ARRAY[21, 24, 25], 11, NULL),
  (8, 'Inventory Health', 'inventory', ARRAY[23, 34, 33], 12, 'refresh'),
  (9, 'Churn Watch', 'churn', ARRAY[8, 30, 17], 9, 'owner'),
  (10, 'Agent Scorecard', 'agent-scorecard', ARRAY[12, 13, 14], 33, 'escalations'),
  (11, 'Board Pack Q3 2024', 'board-q3-2024', ARRAY[1, 4, 20, 28, 31], 6, NULL),
  (12, '[ untitled dashboard ]', NULL, ARRAY[32, 26], 23, NULL),
  (13, 'NPS & Reviews', 'nps', ARRAY[31, 27], 14, 'refresh'),
  (14, 'Live Ops (wall screen)', 'live-ops', ARRAY[2, 26, 32, 33], 17, 'refresh');

INSERT INTO dashboards (created_on, changed_on, id, dashboard_title, position_json, created_by_fk, changed_by_fk, css, description, slug, json_metadata, published, uuid,
  certified_by, certification_details, is_managed_externally, external_url)
SELECT sgen.at('dbdc', d.i, '2022-05-01', '2023-10-01'), sgen.at('dbdm', d.i, '2024-04-01', '2024-09-29'), d.i, d.title,
       (jsonb_build_object('DASHBOARD_VERSION_KEY', 'v2', 'ROOT_ID', jsonb_build_object('type', 'ROOT', 'id', 'ROOT_ID', 'children', jsonb_build_array('GRID_ID')),
          'HEADER_ID', jsonb_build_object('id', 'HEADER_ID', 'type', 'HEADER', 'meta', jsonb_build_object('text', d.title)),
          'GRID_ID', jsonb_build_object('type', 'GRID', 'id', 'GRID_ID', 'parents', jsonb_build_array('ROOT_ID'), 'children', jsonb_build_array('ROW-' || sgen.rnd('row', d.i, 10))),
          'ROW-' || sgen.rnd('row', d.i, 10), jsonb_build_object('type', 'ROW', 'id', 'ROW-' || sgen.rnd('row', d.i, 10), 'parents', jsonb_build_array('ROOT_ID', 'GRID_ID'),
             'meta', jsonb_build_object('background', 'BACKGROUND_TRANSPARENT'),
             'children', (SELECT jsonb_agg('CHART-' || sgen.rnd('chart', d.i * 100 + c, 10) ORDER BY o) FROM unnest(d.charts) WITH ORDINALITY x(c, o))
               || CASE WHEN d.md IS NULL THEN '[]'::jsonb ELSE jsonb_build_array('MARKDOWN-' || sgen.rnd('md', d.i, 10)) END))
        || (SELECT jsonb_object_agg('CHART-' || sgen.rnd('chart', d.i * 100 + c, 10), jsonb_build_object('type', 'CHART', 'id', 'CHART-' || sgen.rnd('chart', d.i * 100 + c, 10), 'children', '[]'::jsonb,
              'parents', jsonb_build_array('ROOT_ID', 'GRID_ID', 'ROW-' || sgen.rnd('row', d.i, 10)),
              'meta', jsonb_build_object('chartId', c, 'width', 4, 'height', 50, 'sliceName', ch.name, 'uuid', fixture_gen.uuid('slu', c))))
            FROM unnest(d.charts) c JOIN sgen.ch ch ON ch.i = c)
        || CASE WHEN d.md IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('MARKDOWN-' || sgen.rnd('md', d.i, 10), jsonb_build_object('type', 'MARKDOWN', 'id', 'MARKDOWN-' || sgen.rnd('md', d.i, 10),
              'children', '[]'::jsonb, 'parents', jsonb_build_array('ROOT_ID', 'GRID_ID', 'ROW-' || sgen.rnd('row', d.i, 10)),
              'meta', jsonb_build_object('width', 4, 'height', 50, 'code', CASE d.md
                WHEN 'owner' THEN '## About this dashboard' || chr(10) || chr(10) || 'Gross revenue, before refunds. Owner: ' || u.first || ' ' || u.last || ' (' || u.email || '). Slack #bi-help for questions.'
                WHEN 'escalations' THEN '### Escalations this week' || chr(10) || (SELECT string_agg('- ' || c.first || ' ' || c.last || ', order LL-' || (240000 + c.i * 37) || ': '
                    || fixture_gen.pick(ARRAY['chargeback threatened', 'duvet delivered to the wrong address', 'allergic reaction claim, Legal copied', 'third missing parcel'], 'esc', c.i * d.i)
                    || ' (' || fixture_gen.pick(ARRAY['Aylin', 'Sipho', 'Mei', 'Jonas', 'Ngozi'], 'escag', c.i) || ' owns it)', chr(10) ORDER BY c.i) FROM sgen.c c WHERE c.i IN (d.i * 7, d.i * 7 + 50, d.i * 7 + 101))
                ELSE '_Data refreshes nightly at 02:00 UTC; the live tiles every 5 minutes._' END)))
        END)::text,
       d.owner, d.owner,
       CASE WHEN d.i IN (1, 4, 11) THEN '.dashboard-header { background: #f6f1ea; }' || chr(10) || '.header-title { font-family: "Playfair Display", serif; color: #2f3b4c; }' END,
       CASE d.i WHEN 1 THEN 'Weekly trading performance for the leadership meeting.' WHEN 5 THEN 'Month-to-date finance view; locked after close.' WHEN 11 THEN 'Quarterly board pack figures.' END,
       d.slug,
       jsonb_build_object('color_scheme', 'supersetColors', 'refresh_frequency', CASE WHEN d.i = 14 THEN 300 ELSE 0 END, 'timed_refresh_immune_slices', '[]'::jsonb,
         'expanded_slices', '{}'::jsonb, 'cross_filters_enabled', true, 'label_colors', '{}'::jsonb, 'shared_label_colors', '{}'::jsonb, 'color_scheme_domain', '[]'::jsonb,
         'native_filter_configuration', jsonb_build_array(
           jsonb_build_object('id', 'NATIVE_FILTER-' || sgen.rnd('nf', d.i, 10), 'name', 'Country', 'filterType', 'filter_select', 'targets', jsonb_build_array(jsonb_build_object('datasetId', d.charts[1] % 5 + 1, 'column', jsonb_build_object('name', 'country_code'))),
             'defaultDataMask', jsonb_build_object('filterState', jsonb_build_object('value', CASE WHEN d.i % 3 = 0 THEN '["GB"]'::jsonb ELSE 'null'::jsonb END)), 'controlValues', jsonb_build_object('multiSelect', true, 'enableEmptyFilter', false)),
           jsonb_build_object('id', 'NATIVE_FILTER-' || sgen.rnd('nft', d.i, 10), 'name', 'Time range', 'filterType', 'filter_time', 'targets', '[{}]'::jsonb,
             'defaultDataMask', jsonb_build_object('filterState', jsonb_build_object('value', 'Last quarter')))),
         'positions', '{}'::jsonb, 'default_filters', '{}')::text,
       d.i NOT IN (7, 12), fixture_gen.uuid('dbu', d.i)::uuid,
       CASE WHEN d.i IN (1, 5, 11) THEN u.first || ' ' || u.last END, CASE WHEN d.i IN (1, 5) THEN 'Signed off in the weekly trading meeting.' END, false, NULL
FROM sgen.db2 d JOIN sgen.u u ON u.i = d.owner ORDER BY d.i;

INSERT INTO dashboard_slices (dashboard_id, slice_id) SELECT d.i, c FROM sgen.db2 d, unnest(d.charts) c ORDER BY 1, 2;
INSERT INTO dashboard_user (user_id, dashboard_id) SELECT owner, i FROM sgen.db2 UNION ALL SELECT 5, i FROM sgen.db2 WHERE owner <> 5 AND i % 3 = 0 ORDER BY 2, 1;
INSERT INTO dashboard_roles (role_id, dashboard_id)
SELECT r.id, d.i FROM sgen.db2 d JOIN ab_role r ON (d.i = 4 AND r.name = 'Embedded Partner') OR (d.i IN (2, 10) AND r.name = 'Care Team Leads') OR (d.i IN (5, 11) AND r.name = 'Finance Analysts')
  OR (d.i IN (6, 13) AND r.name = 'Marketing Viewers') OR (d.i IN (1, 14) AND r.name = 'Gamma') ORDER BY 2, 1;

CREATE TABLE embedded_dashboards (
    created_on timestamp, changed_on timestamp, allow_domain_list text, uuid uuid NOT NULL PRIMARY KEY, dashboard_id integer NOT NULL REFERENCES dashboards (id),
    changed_by_fk integer REFERENCES ab_user (id), created_by_fk integer REFERENCES ab_user (id));
INSERT INTO embedded_dashboards VALUES
  ('2023-02-07 11:42:10', '2024-05-14 09:12:55', 'https://partners.lumenloom.example,https://partners-staging.lumenloom.example', fixture_gen.uuid('emb', 1)::uuid, 4, 6, 6),
  ('2023-11-20 15:03:31', '2023-11-20 15:03:31', 'https://intranet.lumenloom.example', fixture_gen.uuid('emb', 2)::uuid, 14, 17, 17),
  ('2024-03-05 10:20:00', '2024-08-01 12:00:00', '', fixture_gen.uuid('emb', 3)::uuid, 13, 14, 14);

-- ---------------------------------------------------------------------------
-- SQL Lab: queries run, saved queries, editor tabs, the legacy keyvalue
-- store of shared queries.

-- What analysts typed: kind k of query g, for customer c.
CREATE FUNCTION sgen.sqltext(k int, g int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k
    WHEN 0 THEN 'SELECT * FROM analytics.dim_customers WHERE email = ''' || c.email || ''''
    WHEN 1 THEN 'select o.order_number, o.ordered_at, o.gross_amount, o.status' || chr(10) || 'from analytics.fct_orders o join analytics.dim_customers c using (customer_id)' || chr(10)
             || 'where lower(c.last_name) = ''' || lower(c.last) || ''' and c.first_name ilike ''' || c.first || '%''' || chr(10) || 'order by o.ordered_at desc'
    WHEN 2 THEN 'select ticket_id, subject, status, assignee_name, created_at from analytics.support_tickets where requester_email ilike ''%' || split_part(c.email, '@', 1) || '%'' order by created_at desc'
    WHEN 3 THEN 'SELECT customer_id, email, phone FROM analytics.dim_customers WHERE regexp_replace(phone, ''\D'', '''', ''g'') LIKE ''%' || right(regexp_replace(c.phone, '\D', '', 'g'), 6) || ''''
    WHEN 4 THEN 'SELECT date_trunc(''week'', ordered_at) AS wk, channel, sum(gross_amount) AS revenue' || chr(10) || 'FROM analytics.fct_orders' || chr(10)
             || 'WHERE ordered_at >= ''2024-0' || (1 + g % 8) || '-01'' AND status <> ''cancelled''' || chr(10) || 'GROUP BY 1, 2 ORDER BY 1'
    WHEN 5 THEN 'select status, priority, count(*) from analytics.support_tickets group by 1, 2 order by 3 desc'
    WHEN 6 THEN 'SELECT promo_code, count(*) AS orders, sum(discount_amount) AS discount FROM analytics.fct_orders WHERE promo_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 50'
    WHEN 7 THEN 'SELECT * FROM analytics.dim_customer WHERE email = ''' || c.email || ''''
    WHEN 8 THEN 'select * from analytics.dim_customers where date_of_birth = ''' || c.dob || ''' and postcode = ''' || c.postcode || ''''
    WHEN 9 THEN 'select * from analytics.dim_customers where email = ' || c.email
    WHEN 10 THEN 'SELECT country_code, loyalty_tier, avg(churn_score) FROM analytics.dim_customers GROUP BY ROLLUP (1, 2)'
    ELSE 'SELECT sku, name, category, unit_price FROM analytics.dim_products WHERE category = ''' || fixture_gen.pick(ARRAY['Bedding', 'Towels', 'Curtains', 'Cushions', 'Throws'], 'sqp', g) || ''' ORDER BY unit_price DESC' END
  FROM sgen.c c WHERE c.i = 1 + fixture_gen.n('sqc', g, 420)
$$;

CREATE FUNCTION sgen.sqlerr(k int, g int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE k
    WHEN 7 THEN 'postgresql error: relation "analytics.dim_customer" does not exist' || chr(10) || 'LINE 1: SELECT * FROM analytics.dim_customer WHERE email = ''' || left(c.email, 12) || '...' || chr(10) || '                      ^'
    WHEN 9 THEN 'postgresql error: syntax error at or near "@"' || chr(10) || 'LINE 3: ...t * from analytics.dim_customers where email = ' || c.email || chr(10) || '                                                   ^'
    WHEN 8 THEN 'postgresql error: invalid input syntax for type date: "' || to_char(c.dob, 'DD/MM/YYYY') || '"'
    ELSE 'postgresql error: canceling statement due to statement timeout' END
  FROM sgen.c c WHERE c.i = 1 + fixture_gen.n('sqc', g, 420)
$$;

CREATE TABLE query (
    id serial PRIMARY KEY, client_id varchar(11) NOT NULL UNIQUE, database_id integer NOT NULL REFERENCES dbs (id), tmp_table_name varchar(256),
    tab_name varchar(256), sql_editor_id varchar(256), user_id integer REFERENCES ab_user (id), status varchar(16), schema varchar(256), sql text,
    select_sql text, executed_sql text, "limit" integer, select_as_cta boolean, select_as_cta_used boolean, progress integer, rows integer,
    error_message text, start_time numeric(20, 6), changed_on timestamp, end_time numeric(20, 6), results_key varchar(64), start_running_time numeric(20, 6),
    end_result_backend_time numeric(20, 6), tracking_url text, extra_json text, tmp_schema_name varchar(256), ctas_method varchar(16), limiting_factor varchar(255),
    catalog varchar(256));

CREATE TABLE sgen.q (g int PRIMARY KEY, k int, u int, t timestamp, ms bigint);
INSERT INTO sgen.q
SELECT g, CASE WHEN g % 29 = 0 THEN 9 WHEN g % 23 = 0 THEN 7 WHEN g % 31 = 0 THEN 8 ELSE fixture_gen.n('qk', g, 12) END,
       (ARRAY[5, 6, 8, 9, 11, 12, 14, 17, 18, 20, 23, 26, 31, 33, 36, 44, 53, 58, 62, 3])[1 + fixture_gen.n('qu', g, 20)],
       sgen.at('qt', g, '2024-03-01', '2024-09-30'), 40 + fixture_gen.n('qms', g, 9000)
FROM generate_series(1, 320) g;

INSERT INTO query (id, client_id, database_id, tmp_table_name, tab_name, sql_editor_id, user_id, status, schema, sql, select_sql, executed_sql, "limit", select_as_cta,
  select_as_cta_used, progress, rows, error_message, start_time, changed_on, end_time, results_key, start_running_time, end_result_backend_time, tracking_url, extra_json,
  tmp_schema_name, ctas_method, limiting_factor, catalog)
SELECT q.g, sgen.rnd('qcid', q.g, 11), CASE WHEN q.u = 3 THEN 10 WHEN q.k IN (4, 6) AND q.g % 5 = 0 THEN 3 ELSE 1 END,
       CASE WHEN q.k = 10 AND q.g % 2 = 0 THEN 'tmp_churn_rollup_' || q.g END,
       CASE WHEN q.k IN (0, 1, 2, 3) AND q.g % 3 = 0 THEN (SELECT c.first || ' ' || c.last || ' ' || fixture_gen.pick(ARRAY['complaint', 'refund', 'GDPR request', 'chargeback'], 'qtab', q.g) FROM sgen.c c WHERE c.i = 1 + fixture_gen.n('sqc', q.g, 420))
            WHEN q.k IN (4, 6, 10) THEN fixture_gen.pick(ARRAY['Weekly revenue', 'Promo analysis', 'Churn by tier', 'Board pack numbers'], 'qtab', q.g)
            ELSE 'Untitled Query ' || (1 + q.g % 9) END,
       (1 + q.g % 60)::text, q.u,
       CASE WHEN q.k IN (7, 9, 8) THEN 'failed' WHEN q.g % 41 = 0 THEN 'stopped' WHEN q.g % 37 = 0 THEN 'timed_out' ELSE 'success' END,
       'analytics', sgen.sqltext(q.k, q.g),
       CASE WHEN q.k = 10 AND q.g % 2 = 0 THEN sgen.sqltext(q.k, q.g) END,
       CASE WHEN q.k = 10 AND q.g % 2 = 0 THEN 'CREATE TABLE sandbox.tmp_churn_rollup_' || q.g || ' AS ' || chr(10) || sgen.sqltext(q.k, q.g)
            ELSE sgen.sqltext(q.k, q.g) || chr(10) || 'LIMIT 1001' END,
       1000, q.k = 10 AND q.g % 2 = 0, q.k = 10 AND q.g % 2 = 0, CASE WHEN q.k IN (7, 9, 8) THEN 0 ELSE 100 END,
       CASE WHEN q.k IN (7, 9, 8) OR q.g % 41 = 0 OR q.g % 37 = 0 THEN NULL WHEN q.k IN (0, 3) THEN 1 WHEN q.k IN (1, 2, 8) THEN fixture_gen.n('qr', q.g, 12) ELSE 3 + fixture_gen.n('qr', q.g, 990) END,
       CASE WHEN q.k IN (7, 9, 8) THEN sgen.sqlerr(q.k, q.g) WHEN q.g % 37 = 0 THEN 'The query exceeded the 300 seconds timeout.' END,
       round(extract(epoch FROM q.t) * 1000, 6), q.t + make_interval(secs => q.ms / 1000.0),
       round(extract(epoch FROM q.t) * 1000 + q.ms, 6),
       CASE WHEN q.u = 3 OR q.g % 4 = 0 THEN fixture_gen.uuid('qrk', q.g) END,
       round(extract(epoch FROM q.t) * 1000 + 12, 6), CASE WHEN q.g % 4 = 0 THEN round(extract(epoch FROM q.t) * 1000 + q.ms + 35, 6) END,
       CASE WHEN q.u = 3 THEN 'https://trino.internal.lumenloom.example/ui/query.html?' || to_char(q.t, 'YYYYMMDD_HH24MISS') || '_' || lpad((q.g % 99999)::text, 5, '0') || '_' || lower(sgen.rnd('trq', q.g, 5)) END,
       '{"progress": null, "cancel_query": ' || (20000 + fixture_gen.n('qpid', q.g, 40000)) || ', "columns": [{"column_name": "' || fixture_gen.pick(ARRAY['email', 'order_number', 'wk', 'status', 'promo_code', 'customer_id'], 'qcol', q.g) || '", "name": "x", "type": "STRING", "is_dttm": false}]}',
       CASE WHEN q.k = 10 AND q.g % 2 = 0 THEN 'sandbox' END, CASE WHEN q.k = 10 AND q.g % 2 = 0 THEN 'TABLE' END,
       CASE WHEN q.k IN (0, 3) THEN 'NOT_LIMITED' WHEN q.k IN (4, 6) THEN 'QUERY' ELSE 'DROPDOWN' END, NULL
FROM sgen.q q ORDER BY q.g;

CREATE TABLE saved_query (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, user_id integer REFERENCES ab_user (id), db_id integer REFERENCES dbs (id), label varchar(256),
    schema varchar(128), sql text, description text, changed_by_fk integer REFERENCES ab_user (id), created_by_fk integer REFERENCES ab_user (id), extra_json text,
    last_run timestamp, rows integer, uuid uuid UNIQUE, template_parameters text, catalog varchar(256));
INSERT INTO saved_query (created_on, changed_on, user_id, db_id, label, schema, sql, description, changed_by_fk, created_by_fk, extra_json, last_run, rows, uuid, template_parameters, catalog)
SELECT sgen.at('sqc', g, '2023-01-01', '2024-05-01'), sgen.at('sqm', g, '2024-05-01', '2024-09-29'), u, 1,
       CASE k WHEN 0 THEN 'Customer by email' WHEN 1 THEN 'Orders for a customer (by name)' WHEN 2 THEN 'Tickets of a requester' WHEN 3 THEN 'Find customer by phone'
         WHEN 4 THEN 'Weekly revenue by channel' WHEN 5 THEN 'Ticket status x priority' WHEN 6 THEN 'Promo codes' WHEN 8 THEN 'Match DOB + postcode (ID check)'
         WHEN 10 THEN 'Churn by tier' ELSE 'Products in category' END || CASE WHEN g > 12 THEN ' (' || g || ')' ELSE '' END, 'analytics',
       CASE WHEN k = 0 AND g % 2 = 0 THEN 'SELECT * FROM analytics.dim_customers WHERE email = ''{{ customer_email }}'''
            WHEN k = 9 OR k = 7 THEN sgen.sqltext(0, g) ELSE sgen.sqltext(k, g) END,
       CASE WHEN g % 3 = 0 THEN fixture_gen.pick(ARRAY['Used by Care for GDPR access requests. Run it, export to CSV and attach to the ticket. Ask ',
              'Handy for chargeback disputes: paste the email from the Stripe dispute. From ', 'Template for the ID check before changing a delivery address. Owner: '], 'sqd', g)
              || (SELECT first || ' ' || last || ' <' || email || '>' FROM sgen.u WHERE sgen.u.i = q.u) || '.'
            WHEN k IN (4, 6, 10) THEN fixture_gen.pick(ARRAY['Revenue excludes VAT and gift cards.', 'Runs in about 20 seconds; avoid at 09:00 when the KPI refresh runs.', NULL], 'sqd', g) END,
       u, u, '{"schemaOptions": [], "catalogOptions": []}', sgen.at('sqlr', g, '2024-08-01', '2024-09-30'), 1 + fixture_gen.n('sqrows', g, 800), fixture_gen.uuid('squ', g)::uuid,
       CASE WHEN k = 0 AND g % 2 = 0 THEN '{"customer_email": "' || (SELECT email FROM sgen.c WHERE sgen.c.i = 1 + fixture_gen.n('sqtp', g, 420)) || '"}' END, NULL
FROM (SELECT g, CASE WHEN g <= 12 THEN (ARRAY[0, 1, 2, 3, 4, 5, 6, 8, 10, 11, 0, 2])[g] ELSE fixture_gen.n('sqk', g, 12) END AS k,
             (ARRAY[5, 6, 9, 11, 14, 18, 33, 36, 44, 53])[1 + fixture_gen.n('squ', g, 10)] AS u FROM generate_series(1, 44) g) q;

CREATE TABLE tab_state (
    created_on timestamp, changed_on timestamp, extra_json text, id serial PRIMARY KEY, user_id integer REFERENCES ab_user (id), label varchar(256), active boolean,
    database_id integer REFERENCES dbs (id), schema varchar(256), sql text, query_limit integer, latest_query_id varchar(11) REFERENCES query (client_id),
    autorun boolean NOT NULL DEFAULT false, template_params text, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id),
    hide_left_bar boolean NOT NULL DEFAULT false, saved_query_id integer REFERENCES saved_query (id) ON DELETE SET NULL, catalog varchar(256));
INSERT INTO tab_state (created_on, changed_on, extra_json, id, user_id, label, active, database_id, schema, sql, query_limit, latest_query_id, autorun, template_params,
  created_by_fk, changed_by_fk, hide_left_bar, saved_query_id, catalog)
SELECT sgen.at('tsc', g, '2024-02-01', '2024-08-01'), sgen.at('tsm', g, '2024-08-01', '2024-09-30'),
       '{"updatedAt": ' || (1722470400000 + g * 86400) || ', "version": 1, "cursorPosition": {"row": ' || (g % 9) || ', "column": ' || (g % 40) || '}}',
       g, q.user_id, q.tab_name, g % 4 = 1, q.database_id, q.schema,
       CASE WHEN g % 5 = 0 THEN q.sql || chr(10) || chr(10) || '-- ' || fixture_gen.pick(ARRAY['TODO check with Finance', 'customer called again 14:10', 'same person as ticket 88213?', 'remove before sharing'], 'tscom', g) ELSE q.sql END,
       1000, q.client_id, false,
       CASE WHEN g % 7 = 0 THEN '{"customer_email": "' || (SELECT email FROM sgen.c WHERE sgen.c.i = 1 + fixture_gen.n('tstp', g, 420)) || '"}' WHEN g % 7 = 1 THEN '{"start": "2024-07-01", "country": "GB"}' END,
       q.user_id, q.user_id, g % 9 = 0, CASE WHEN g % 6 = 0 THEN 1 + g % 44 END, NULL
FROM generate_series(1, 60) g JOIN query q ON q.id = g * 5;

CREATE TABLE table_schema (
    created_on timestamp, changed_on timestamp, extra_json text, id serial PRIMARY KEY, tab_state_id integer REFERENCES tab_state (id) ON DELETE CASCADE,
    database_id integer NOT NULL REFERENCES dbs (id), schema varchar(256), "table" varchar(256), description text, expanded boolean,
    created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id));
INSERT INTO table_schema (created_on, changed_on, extra_json, tab_state_id, database_id, schema, "table", description, expanded, created_by_fk, changed_by_fk)
SELECT ts.created_on, ts.changed_on, '{}', ts.id, ts.database_id, 'analytics', t.name,
       jsonb_build_object('name', t.name, 'columns', (SELECT jsonb_agg(jsonb_build_object('name', c.name, 'type', c.typ, 'longType', c.typ, 'keys', '[]'::jsonb) ORDER BY c.k) FROM sgen.tc c WHERE c.t = t.i),
         'selectStar', 'SELECT * FROM analytics.' || t.name || ' LIMIT 100', 'primaryKey', jsonb_build_object('constrained_columns', jsonb_build_array(split_part(t.name, '_', 2) || '_id'), 'name', t.name || '_pkey', 'type', 'pk'),
         'foreignKeys', '[]'::jsonb, 'indexes', '[]'::jsonb, 'dataPreviewQueryId', NULL, 'isMetadataLoading', false, 'isExtraMetadataLoading', false)::text,
       ts.id % 3 = 0, ts.user_id, ts.user_id
FROM tab_state ts JOIN (VALUES (1, 'dim_customers'), (2, 'fct_orders'), (3, 'support_tickets'), (4, 'dim_products')) t(i, name) ON (ts.id + t.i) % 3 <> 0
ORDER BY ts.id, t.i;

CREATE TABLE keyvalue (id serial PRIMARY KEY, value text NOT NULL);
INSERT INTO keyvalue (value)
SELECT jsonb_build_object('dbId', 1, 'title', q.tab_name, 'schema', 'analytics', 'autorun', false, 'sql', q.sql, 'templateParams', NULL)::text
FROM query q WHERE q.id % 13 = 2 ORDER BY q.id;

-- ---------------------------------------------------------------------------
-- The key_value store (permalinks, the metastore cache of filter states and
-- explore form data, the app's shared salts) and the action log.

CREATE TABLE key_value (
    id serial PRIMARY KEY, resource varchar(32) NOT NULL, value bytea NOT NULL, uuid uuid, created_on timestamp, created_by_fk integer REFERENCES ab_user (id),
    changed_on timestamp, changed_by_fk integer REFERENCES ab_user (id), expires_on timestamp);
INSERT INTO key_value (resource, value, uuid, created_on, created_by_fk, changed_on, changed_by_fk, expires_on)
VALUES ('app', convert_to(to_json(fixture_gen.hexn('salt_dash', 1, 64))::text, 'UTF8'), fixture_gen.uuid('kvapp', 1)::uuid, '2023-02-01 09:00:00', NULL, NULL, NULL, NULL),
       ('app', convert_to(to_json(fixture_gen.hexn('salt_expl', 1, 64))::text, 'UTF8'), fixture_gen.uuid('kvapp', 2)::uuid, '2023-02-01 09:00:00', NULL, NULL, NULL, NULL);
INSERT INTO key_value (resource, value, uuid, created_on, created_by_fk, changed_on, changed_by_fk, expires_on)
SELECT CASE WHEN g % 3 = 0 THEN 'dashboard_permalink' WHEN g % 3 = 1 THEN 'explore_permalink' ELSE 'superset_metastore_cache' END,
       convert_to(CASE
         WHEN g % 3 = 0 THEN jsonb_build_object('dashboardId', d.i::text, 'state', jsonb_build_object('dataMask', jsonb_build_object('NATIVE_FILTER-' || sgen.rnd('nf', d.i, 10),
             jsonb_build_object('id', 'NATIVE_FILTER-' || sgen.rnd('nf', d.i, 10), 'extraFormData', jsonb_build_object('filters', jsonb_build_array(jsonb_build_object('col', f.col, 'op', 'IN', 'val', jsonb_build_array(f.val)))),
               'filterState', jsonb_build_object('value', jsonb_build_array(f.val), 'label', f.val), 'ownState', '{}'::jsonb)),
             'activeTabs', '[]'::jsonb, 'anchor', NULL, 'urlParams', '[]'::jsonb))
         WHEN g % 3 = 1 THEN jsonb_build_object('chartId', ch.i, 'datasourceId', ch.ds, 'datasourceType', 'table', 'state', jsonb_build_object('formData',
             jsonb_build_object('datasource', ch.ds || '__table', 'viz_type', ch.viz, 'slice_id', ch.i, 'adhoc_filters', jsonb_build_array(jsonb_build_object('expressionType', 'SIMPLE',
               'subject', f.col, 'operator', '==', 'comparator', f.val, 'clause', 'WHERE'))), 'urlParams', '[]'::jsonb))
         ELSE jsonb_build_object('owner', fixture_gen.n('kvo', g, 70) + 1, 'value', jsonb_build_object('id', 'NATIVE_FILTER-' || sgen.rnd('nf', d.i, 10),
             'extraFormData', jsonb_build_object('filters', jsonb_build_array(jsonb_build_object('col', f.col, 'op', 'IN', 'val', jsonb_build_array(f.val)))),
             'filterState', jsonb_build_object('value', jsonb_build_array(f.val)), 'ownState', '{}'::jsonb)::text) END::text, 'UTF8'),
       fixture_gen.uuid('kv', g)::uuid, sgen.at('kvc', g, '2024-04-01', '2024-09-30'), u.i, NULL, NULL,
       CASE WHEN g % 3 = 2 THEN sgen.at('kvc', g, '2024-04-01', '2024-09-30') + interval '7 days' END
FROM generate_series(1, 150) g
JOIN sgen.db2 d ON d.i = 1 + fixture_gen.n('kvd', g, 14)
JOIN sgen.ch ch ON ch.i = 1 + fixture_gen.n('kvch', g, 36)
JOIN sgen.u u ON u.i = 5 + fixture_gen.n('kvu', g, 66)
CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('kvf', g, 5)
    WHEN 0 THEN 'email' WHEN 1 THEN 'requester_email' WHEN 2 THEN 'assignee_name' ELSE 'country_code' END AS col) fc
CROSS JOIN LATERAL (SELECT fc.col, CASE fc.col WHEN 'email' THEN c.email WHEN 'requester_email' THEN c.email WHEN 'assignee_name' THEN u2.first || ' ' || u2.last
    ELSE fixture_gen.pick(ARRAY['GB', 'DE', 'FR', 'ES', 'IN'], 'kvcc', g) END AS val
  FROM sgen.c c, sgen.u u2 WHERE c.i = 1 + fixture_gen.n('kvc', g, 420) AND u2.i = 30 + fixture_gen.n('kva', g, 25)) f
ORDER BY g;

CREATE TABLE logs (
    id serial PRIMARY KEY, action varchar(512), user_id integer REFERENCES ab_user (id), json text, dttm timestamp, dashboard_id integer, slice_id integer,
    duration_ms integer, referrer varchar(1024));
INSERT INTO logs (action, user_id, json, dttm, dashboard_id, slice_id, duration_ms, referrer)
SELECT a.action, u.i,
       CASE a.kind
         WHEN 'front' THEN jsonb_build_object('source', 'dashboard', 'source_id', d.i, 'impression_id', sgen.rnd('imp', g, 9), 'version', 'v2', 'ts', (extract(epoch FROM t) * 1000)::bigint,
             'event_name', fixture_gen.pick(ARRAY['mount_dashboard', 'load_chart', 'render_chart', 'change_dashboard_filter', 'export_csv_dashboard_chart'], 'lgev', g), 'event_type', 'user',
             'event_id', sgen.rnd('evid', g, 9), 'visibility', 'visible', 'user_agent', ua.ua,
             'path', '/superset/dashboard/' || coalesce(d.slug, d.i::text) || '/')
         WHEN 'chart' THEN jsonb_build_object('path', '/api/v1/chart/data', 'path_no_int', '/api/v1/chart/data', 'ref', '/superset/dashboard/' || coalesce(d.slug, d.i::text) || '/',
             'dashboard_id', d.i, 'slice_id', ch.i, 'user_agent', ua.ua,
             'form_data', jsonb_build_object('slice_id', ch.i, 'viz_type', ch.viz, 'extra_form_data', jsonb_build_object('filters', CASE WHEN g % 4 = 0 THEN jsonb_build_array(jsonb_build_object('col', 'email', 'op', 'IN', 'val', jsonb_build_array(c.email)))
               WHEN g % 4 = 1 THEN jsonb_build_array(jsonb_build_object('col', 'country_code', 'op', 'IN', 'val', '["GB"]'::jsonb)) ELSE '[]'::jsonb END)))
         WHEN 'sqllab' THEN jsonb_build_object('path', '/api/v1/sqllab/execute/', 'path_no_int', '/api/v1/sqllab/execute/', 'ref', '/sqllab/', 'user_agent', ua.ua,
             'database_id', 1, 'schema', 'analytics', 'sql_editor_id', (1 + g % 60)::text, 'client_id', sgen.rnd('lgcid', g, 11))
         ELSE jsonb_build_object('path', a.path, 'path_no_int', regexp_replace(a.path, '[0-9]+', '', 'g'), 'ref', '/superset/welcome/', 'user_agent', ua.ua,
             'rison', jsonb_build_object('page', 0, 'page_size', 25, 'order_column', 'changed_on_delta_humanized', 'order_direction', 'desc')) END::text,
       t, CASE WHEN a.kind IN ('front', 'chart') THEN d.i END, CASE WHEN a.kind = 'chart' THEN ch.i END,
       CASE WHEN a.kind = 'front' THEN 200 + fixture_gen.n('lgd', g, 6000) ELSE 15 + fixture_gen.n('lgd', g, 2500) END,
       CASE a.kind WHEN 'sqllab' THEN 'https://bi.lumenloom.example/sqllab/'
         WHEN 'other' THEN 'https://bi.lumenloom.example/superset/welcome/'
         ELSE 'https://bi.lumenloom.example/superset/dashboard/' || coalesce(d.slug, d.i::text) || '/' || CASE WHEN g % 5 = 0 THEN '?native_filters_key=' || sgen.b64url('nfk', g, 33) ELSE '' END END
FROM generate_series(1, 700) g
CROSS JOIN LATERAL (SELECT sgen.at('lgt', g, '2024-09-01', '2024-09-30 18:00') AS t) tt
JOIN sgen.u u ON u.i = CASE WHEN g % 10 = 0 THEN 2 ELSE 5 + fixture_gen.n('lgu', g, 66) END
JOIN sgen.db2 d ON d.i = 1 + fixture_gen.n('lgdb', g, 14)
JOIN sgen.ch ch ON ch.i = d.charts[1 + fixture_gen.n('lgch', g, cardinality(d.charts))]
JOIN sgen.c c ON c.i = 1 + fixture_gen.n('lgc', g, 420)
CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('lga', g, 10) WHEN 0 THEN 'sqllab' WHEN 1 THEN 'sqllab' WHEN 2 THEN 'other' WHEN 3 THEN 'other' WHEN 4 THEN 'front' WHEN 5 THEN 'front' WHEN 6 THEN 'front' ELSE 'chart' END AS kind,
    fixture_gen.pick(ARRAY['/api/v1/dashboard/', '/api/v1/chart/', '/api/v1/saved_query/', '/api/v1/dataset/', '/api/v1/log/recent_activity/'], 'lgp', g) AS path) k
CROSS JOIN LATERAL (SELECT CASE k.kind WHEN 'sqllab' THEN 'SqlLabRestApi.execute' WHEN 'front' THEN 'log' WHEN 'chart' THEN 'ChartDataRestApi.data'
    ELSE fixture_gen.pick(ARRAY['DashboardRestApi.get_list', 'ChartRestApi.get_list', 'SavedQueryRestApi.get_list', 'DatasetRestApi.get_list', 'LogRestApi.recent_activity'], 'lgp', g) END AS action, k.kind, k.path) a
CROSS JOIN LATERAL (SELECT CASE WHEN u.i = 2 THEN 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.6367.29 Safari/537.36' ELSE fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.2651.98',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0',
    'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1'], 'lgua', u.i + g % 2) END AS ua) ua
ORDER BY tt.t;

-- ---------------------------------------------------------------------------
-- Annotations.

CREATE TABLE annotation_layer (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, name varchar(250), descr text, changed_by_fk integer REFERENCES ab_user (id), created_by_fk integer REFERENCES ab_user (id));
INSERT INTO annotation_layer (created_on, changed_on, name, descr, changed_by_fk, created_by_fk) VALUES
  ('2022-09-12 10:00:00', '2024-02-01 09:30:00', 'Incidents', 'Site and warehouse incidents that affected trading.', 5, 5),
  ('2022-09-12 10:05:00', '2024-06-11 14:02:00', 'Marketing campaigns', 'Campaign launches, sales and influencer drops.', 14, 14),
  ('2023-01-09 08:40:00', '2023-01-09 08:40:00', 'Releases', 'Web shop releases.', 9, 9),
  ('2023-11-02 16:20:00', '2024-09-02 11:11:00', 'Care events', 'Staffing changes and escalations in Customer Care.', 33, 33);

CREATE TABLE annotation (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, start_dttm timestamp, end_dttm timestamp, layer_id integer REFERENCES annotation_layer (id),
    short_descr varchar(500), long_descr text, changed_by_fk integer REFERENCES ab_user (id), created_by_fk integer REFERENCES ab_user (id), json_metadata text);
INSERT INTO annotation (created_on, changed_on, start_dttm, end_dttm, layer_id, short_descr, long_descr, changed_by_fk, created_by_fk, json_metadata)
SELECT t + interval '2 days', t + interval '3 days', t, t + make_interval(hours => 1 + fixture_gen.n('anh', g, 72)), l,
       CASE l
         WHEN 1 THEN fixture_gen.pick(ARRAY['Checkout outage', 'Payment provider degraded', 'Warehouse Leeds closed (flood)', 'Courier strike', 'CDN misconfiguration'], 'ans', g)
         WHEN 2 THEN fixture_gen.pick(ARRAY['Spring sale', 'Black Friday', 'Influencer drop: ', 'Newsletter: new linen collection', 'TV spot UK'], 'ans', g)
           || CASE WHEN fixture_gen.n('ans', g, 5) = 2 THEN (SELECT first || ' ' || last FROM sgen.c WHERE sgen.c.i = 300 + g) ELSE '' END
         WHEN 3 THEN 'Release 2024.' || (10 + g) || ' deployed'
         ELSE fixture_gen.pick(ARRAY['New agents start', 'Escalation: ', 'Team lead on leave: ', 'Phone line down'], 'ans', g)
           || CASE fixture_gen.n('ans', g, 4) WHEN 1 THEN (SELECT first || ' ' || last FROM sgen.c WHERE sgen.c.i = 200 + g) WHEN 2 THEN (SELECT first || ' ' || last FROM sgen.u WHERE sgen.u.i = 30 + g % 25) ELSE '' END END,
       CASE l
         WHEN 1 THEN 'Root cause and timeline in the post-mortem. Incident commander: ' || (SELECT first || ' ' || last FROM sgen.u WHERE sgen.u.i = 5 + g % 20) || '; '
           || fixture_gen.pick(ARRAY['about 1,200 orders delayed.', 'customers who paid twice were refunded automatically.', 'no data loss.'], 'anl', g)
         WHEN 2 THEN fixture_gen.pick(ARRAY['20% off bedding, code SPRING20.', 'Influencer gifting, agency contact ', 'Sitewide 30% off.'], 'anl', g)
           || CASE WHEN fixture_gen.n('anl', g, 3) = 1 THEN (SELECT first || ' ' || last || ' (' || phone || ')' FROM sgen.c WHERE sgen.c.i = 350 + g) || '.' ELSE '' END
         WHEN 3 THEN 'Deployed by ' || (SELECT first FROM sgen.u WHERE sgen.u.i = 5 + g % 12) || '. Changes: checkout address autocomplete, faster PDP images.'
         ELSE CASE fixture_gen.n('ans', g, 4) WHEN 1 THEN (SELECT 'Customer ' || first || ' ' || last || ' (' || email || ') threatened press coverage after a third missing parcel; call back on ' || phone FROM sgen.c WHERE sgen.c.i = 200 + g)
           WHEN 2 THEN 'Cover arranged with the Leeds team until they are back.' WHEN 3 THEN 'Telephony supplier outage; customers were pointed to chat.' ELSE 'Six agents started; expect longer first reply times for two weeks.' END END,
       cb, cb,
       CASE WHEN l IN (1, 4) THEN jsonb_build_object('ticket', 'INC-' || (1000 + g), 'reported_by', (SELECT email FROM sgen.u WHERE sgen.u.i = cb), 'severity', fixture_gen.pick(ARRAY['SEV1', 'SEV2', 'SEV3'], 'ansev', g))::text
            WHEN l = 2 THEN jsonb_build_object('campaign_id', 'CMP-' || (500 + g), 'channel', fixture_gen.pick(ARRAY['email', 'social', 'tv', 'affiliate'], 'anch', g))::text ELSE '{}' END
FROM generate_series(1, 60) g
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('anly', g, 4) AS l, sgen.at('ant', g, '2023-01-01', '2024-09-20') AS t) x
CROSS JOIN LATERAL (SELECT CASE x.l WHEN 1 THEN 5 WHEN 2 THEN 14 WHEN 3 THEN 9 ELSE 33 END AS cb) y
ORDER BY t;

-- ---------------------------------------------------------------------------
-- Alerts and reports.

CREATE TABLE report_schedule (
    id serial PRIMARY KEY, type varchar(50) NOT NULL, name varchar(150) NOT NULL, description text, context_markdown text, active boolean, crontab varchar(1000) NOT NULL,
    sql text, chart_id integer REFERENCES slices (id), dashboard_id integer REFERENCES dashboards (id), database_id integer REFERENCES dbs (id), last_eval_dttm timestamp,
    last_state varchar(50), last_value double precision, last_value_row_json text, validator_type varchar(100), validator_config_json text, log_retention integer,
    grace_period integer, created_on timestamp, changed_on timestamp, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id),
    working_timeout integer, report_format varchar(50) DEFAULT 'PNG', creation_method varchar(255) DEFAULT 'alerts_reports', timezone varchar(100) NOT NULL DEFAULT 'UTC',
    extra_json text NOT NULL, force_screenshot boolean, custom_width integer, custom_height integer, UNIQUE (name, type));
CREATE TABLE sgen.rs (i int PRIMARY KEY, typ text, name text, cron text, sql text, chart int, dash int, owner int, fmt text, tz text);
INSERT INTO sgen.rs VALUES
  (1, 'Report', 'Weekly KPIs to leadership', '0 7 * * 1', NULL, NULL, 1, 5, 'PNG', 'Europe/London'),
  (2, 'Report', 'Daily orders snapshot', '30 6 * * *', NULL, 2, NULL, 6, 'PNG', 'Europe/London'),
  (3, 'Alert', 'Refunds spike', '*/30 * * * *', 'SELECT count(*) FROM analytics.fct_refunds WHERE refunded_at > now() - interval ''1 hour''', 24, NULL, 18, 'PNG', 'UTC'),
  (4, 'Alert', 'Checkout conversion drop', '*/15 8-22 * * *', 'SELECT 100.0 * sum(purchases) / nullif(sum(sessions), 0) FROM analytics.checkout_funnel_hourly WHERE hour = date_trunc(''hour'', now()) - interval ''1 hour''', 1, NULL, 9, 'PNG', 'Europe/London'),
  (5, 'Report', 'Care backlog for team leads', '0 8 * * 1-5', NULL, NULL, 2, 33, 'PDF', 'Europe/London'),
  (6, 'Report', 'Finance flash (CSV)', '0 6 1 * *', NULL, 25, NULL, 18, 'CSV', 'Europe/London'),
  (7, 'Alert', 'Open escalations over 20', '0 * * * *', 'SELECT count(*) FROM analytics.support_tickets WHERE group_name = ''Escalations'' AND status IN (''new'', ''open'')', 11, NULL, 33, 'PNG', 'Europe/London'),
  (8, 'Report', 'Marketing weekly', '0 9 * * 1', NULL, NULL, 6, 14, 'PNG', 'Europe/Berlin'),
  (9, 'Alert', 'Stock-outs on top 50 SKUs', '0 */2 * * *', 'SELECT count(*) FROM analytics.fct_inventory_daily i JOIN analytics.top_skus t USING (sku) WHERE i.on_hand = 0 AND i.snapshot_date = current_date', 23, NULL, 12, 'PNG', 'UTC'),
  (10, 'Report', 'Board pack Q3', '0 7 1 10 *', NULL, NULL, 11, 6, 'PDF', 'Europe/London'),
  (11, 'Report', 'Agent scorecard (DE team)', '0 17 * * 5', NULL, NULL, 10, 41, 'PNG', 'Europe/Berlin'),
  (12, 'Alert', 'Nightly load late', '15 3 * * *', 'SELECT extract(epoch FROM now() - max(loaded_at)) / 3600 FROM analytics.load_audit', NULL, 14, 9, 'PNG', 'UTC'),
  (13, 'Report', 'Partner B2B summary', '0 8 * * 1', NULL, NULL, 4, 6, 'PDF', 'Europe/London'),
  (14, 'Report', 'NPS weekly', '0 10 * * 1', NULL, 31, NULL, 14, 'PNG', 'Europe/London'),
  (15, 'Alert', 'Payment failures', '*/10 * * * *', 'SELECT count(*) FROM shop.payment_attempt WHERE status = ''failed'' AND created_at > now() - interval ''10 minute''', 32, NULL, 17, 'PNG', 'UTC'),
  (16, 'Report', 'Churn watch (monthly)', '0 7 2 * *', NULL, NULL, 9, 9, 'PNG', 'Europe/London');

INSERT INTO report_schedule (id, type, name, description, context_markdown, active, crontab, sql, chart_id, dashboard_id, database_id, last_eval_dttm, last_state, last_value,
  last_value_row_json, validator_type, validator_config_json, log_retention, grace_period, created_on, changed_on, created_by_fk, changed_by_fk, working_timeout, report_format,
  creation_method, timezone, extra_json, force_screenshot, custom_width, custom_height)
SELECT r.i, r.typ, r.name,
       CASE r.i WHEN 1 THEN 'Sent before the Monday trading meeting.' WHEN 5 THEN 'Requested by ' || (SELECT first || ' ' || last FROM sgen.u WHERE sgen.u.i = 33) || ' for the UK and DE team leads.'
         WHEN 7 THEN 'Pages the on-call team lead. Escalations over 20 usually means the courier portal is down.' WHEN 11 THEN 'For ' || (SELECT first FROM sgen.u WHERE sgen.u.i = 41) || '''s Friday 1:1s.'
         WHEN 13 THEN 'External: goes to partner buyers.' END,
       CASE r.i WHEN 1 THEN 'Good morning, here are last week''s KPIs. Questions to ' || (SELECT first || ' ' || last || ' (' || email || ')' FROM sgen.u WHERE sgen.u.i = 5) || '.'
         WHEN 13 THEN 'Dear partners, please find your weekly B2B summary attached. Your account manager is ' || (SELECT first || ' ' || last || ', ' || fixture_gen.phone('amph', 6) FROM sgen.u WHERE sgen.u.i = 6) || '.'
         WHEN 11 THEN 'Hallo Team, anbei die Wochenübersicht.' WHEN 5 THEN 'Backlog as of 08:00.' END,
       r.i NOT IN (10, 16), r.cron, r.sql, r.chart, r.dash, CASE WHEN r.typ = 'Alert' THEN CASE WHEN r.i = 15 THEN 3 ELSE 1 END END,
       sgen.at('rsle', r.i, '2024-09-29', '2024-09-30 08:00'),
       CASE WHEN r.i IN (4, 9) THEN 'Error' WHEN r.i = 3 THEN 'Alerting' WHEN r.typ = 'Alert' THEN 'Not triggered' WHEN r.i = 11 THEN 'Error' ELSE 'Success' END,
       CASE WHEN r.typ = 'Alert' THEN (fixture_gen.n('rslv', r.i, 4000) / 100.0) END,
       CASE WHEN r.typ = 'Alert' THEN '{"count": ' || fixture_gen.n('rslv', r.i, 40) || '}' END,
       CASE WHEN r.typ = 'Alert' THEN 'operator' ELSE '' END, CASE WHEN r.typ = 'Alert' THEN '{"op": ">", "threshold": ' || (10 + r.i * 2) || '}' ELSE '{}' END,
       90, CASE WHEN r.typ = 'Alert' THEN 14400 END, sgen.at('rsc', r.i, '2023-01-01', '2024-06-01'), sgen.at('rsm', r.i, '2024-06-01', '2024-09-20'), r.owner, r.owner,
       CASE WHEN r.typ = 'Alert' THEN 3600 END, r.fmt, CASE WHEN r.i IN (2, 14) THEN 'charts' WHEN r.i IN (1, 8) THEN 'dashboards' ELSE 'alerts_reports' END, r.tz,
       CASE WHEN r.dash IS NOT NULL THEN '{"dashboard": {"activeTabs": null, "anchor": "", "dataMask": {}, "urlParams": null}}' ELSE '{}' END,
       r.dash IS NOT NULL, CASE WHEN r.dash IS NOT NULL THEN 1600 END, NULL
FROM sgen.rs r ORDER BY r.i;

CREATE TABLE report_recipient (
    id serial PRIMARY KEY, type varchar(50) NOT NULL, recipient_config_json text, report_schedule_id integer NOT NULL REFERENCES report_schedule (id),
    created_on timestamp, changed_on timestamp, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id));
INSERT INTO report_recipient (type, recipient_config_json, report_schedule_id, created_on, changed_on, created_by_fk, changed_by_fk)
SELECT CASE WHEN r.i IN (3, 7, 12, 15) THEN 'SlackV2' ELSE 'Email' END,
       CASE WHEN r.i IN (3, 7, 12, 15) THEN jsonb_build_object('target', CASE r.i WHEN 3 THEN 'C05F2KQ8M1R' WHEN 7 THEN 'C04QJ7N2P9X,U03ABD4E5F6' WHEN 12 THEN 'C02DATAOPS1' ELSE 'C06PAYFAIL0' END)::text
            ELSE jsonb_build_object('target', (SELECT string_agg(email, ',' ORDER BY i) FROM sgen.u WHERE sgen.u.i > 4 AND (sgen.u.i + r.i) % 9 = 0),
                   'ccTarget', CASE WHEN r.i IN (1, 10) THEN (SELECT email FROM sgen.u WHERE sgen.u.i = 6) ELSE '' END,
                   'bccTarget', CASE WHEN r.i = 13 THEN (SELECT string_agg(fixture_gen.ascii(fixture_gen.first_name('buyer', k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('buyerl', k)) || '@'
                                   || fixture_gen.pick(ARRAY['homestore-retail.example', 'bettwaren-nord.example', 'maison-lin.example', 'gmail.com'], 'buyd', k), ',' ORDER BY k) FROM generate_series(1, 5) k)
                                 WHEN r.i = 11 THEN fixture_gen.email('ext', 11) ELSE '' END)::text END,
       r.i, sgen.at('rrc', r.i, '2023-01-01', '2024-06-01'), sgen.at('rrm', r.i, '2024-06-01', '2024-09-20'), r.owner, r.owner
FROM sgen.rs r
UNION ALL
SELECT 'Slack', jsonb_build_object('target', '#' || fixture_gen.pick(ARRAY['bi-alerts', 'care-leads', 'trading', 'marketing-reporting'], 'rrsl', r.i) || ',@' || (SELECT username FROM sgen.u WHERE sgen.u.i = r.owner))::text,
       r.i, sgen.at('rrc2', r.i, '2023-01-01', '2024-06-01'), sgen.at('rrm2', r.i, '2024-06-01', '2024-09-20'), r.owner, r.owner
FROM sgen.rs r WHERE r.i IN (1, 4, 5, 9, 16);

CREATE TABLE report_schedule_user (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES ab_user (id), report_schedule_id integer NOT NULL REFERENCES report_schedule (id));
INSERT INTO report_schedule_user (user_id, report_schedule_id) SELECT owner, i FROM sgen.rs UNION ALL SELECT 9, i FROM sgen.rs WHERE owner <> 9 AND i % 4 = 0 ORDER BY 2, 1;

CREATE TABLE report_execution_log (
    id serial PRIMARY KEY, scheduled_dttm timestamp NOT NULL, start_dttm timestamp, end_dttm timestamp, value double precision, value_row_json text,
    state varchar(50) NOT NULL, error_message text, report_schedule_id integer NOT NULL REFERENCES report_schedule (id), uuid uuid);
INSERT INTO report_execution_log (scheduled_dttm, start_dttm, end_dttm, value, value_row_json, state, error_message, report_schedule_id, uuid)
SELECT t, t + interval '2 seconds', t + make_interval(secs => 5 + fixture_gen.n('relx', g, 120)),
       CASE WHEN r.typ = 'Alert' THEN fixture_gen.n('relv', g, 60) END, CASE WHEN r.typ = 'Alert' THEN '{"count": ' || fixture_gen.n('relv', g, 60) || '}' END,
       st,
       CASE WHEN st = 'Error' THEN CASE fixture_gen.n('rele', g, 4)
           WHEN 0 THEN 'Failed to send email to ' || (SELECT email FROM sgen.u WHERE sgen.u.i = 5 + g % 60) || ': (550, b''5.1.1 The email account that you tried to reach does not exist.'')'
           WHEN 1 THEN 'Report Schedule execution failed when generating a screenshot. Timeout 60000ms exceeded.'
           WHEN 2 THEN 'SlackV2 API error: channel_not_found (channel C04QJ7N2P9X)'
           ELSE 'Error: SMTPRecipientsRefused({''' || fixture_gen.email('ext', g) || ''': (553, b''5.7.1 Sender address rejected'')})' END END,
       r.i, fixture_gen.uuid('relu', g)::uuid
FROM generate_series(1, 240) g
JOIN sgen.rs r ON r.i = 1 + fixture_gen.n('relr', g, 16)
CROSS JOIN LATERAL (SELECT sgen.at('relt', g, '2024-07-01', '2024-09-30') AS t,
  CASE WHEN fixture_gen.n('rels', g, 9) = 0 THEN 'Error' WHEN r.typ = 'Alert' AND fixture_gen.n('rels', g, 9) < 3 THEN 'Alerting' WHEN r.typ = 'Alert' THEN 'Not triggered' WHEN fixture_gen.n('rels', g, 9) = 1 THEN 'Working timeout' ELSE 'Success' END AS st) x
ORDER BY t;

-- ---------------------------------------------------------------------------
-- CSS templates, plugins, favourites, tags, user attributes, the semantic
-- layer's datasets, Alembic.

CREATE TABLE css_templates (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, template_name varchar(250), css text, changed_by_fk integer REFERENCES ab_user (id), created_by_fk integer REFERENCES ab_user (id));
INSERT INTO css_templates (created_on, changed_on, template_name, css, changed_by_fk, created_by_fk) VALUES
  ('2022-03-14 10:02:11', '2022-03-14 10:02:11', 'Flat', '.navbar { transition: opacity 0.5s ease; opacity: 0.05; }' || chr(10) || '.navbar:hover { opacity: 1; }' || chr(10) || '.chart-header .header { font-weight: @font-weight-normal; font-size: 12px; }', 1, 1),
  ('2022-03-14 10:02:11', '2022-03-14 10:02:11', 'Courier Black', '.navbar { transition: opacity 0.5s ease; opacity: 0.05; }' || chr(10) || 'body { font-family: "Courier New", monospace; }', 1, 1),
  ('2023-02-07 11:35:00', '2024-05-14 09:10:00', 'Lumen & Loom brand', '.dashboard-header { background: #f6f1ea; }' || chr(10) || '.header-title { font-family: "Playfair Display", serif; color: #2f3b4c; }' || chr(10) || '.dashboard-component-chart-holder { border-radius: 8px; }', 6, 6),
  ('2023-09-01 09:00:00', '2023-09-01 09:00:00', 'Print A4 (board pack)', '@media print { .dashboard-header, .filter-bar { display: none; } .grid-container { width: 190mm; } }', 6, 6),
  ('2024-01-15 14:00:00', '2024-01-15 14:00:00', 'Wall screen (dark)', 'body, .dashboard { background: #111; color: #eee; }' || chr(10) || '.big_number .header-line { font-size: 96px !important; }', 17, 17);

CREATE TABLE dynamic_plugin (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, name text NOT NULL UNIQUE, key text NOT NULL UNIQUE, bundle_url text NOT NULL UNIQUE,
    created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id));
INSERT INTO dynamic_plugin (created_on, changed_on, name, key, bundle_url, created_by_fk, changed_by_fk) VALUES
  ('2023-05-02 10:00:00', '2023-05-02 10:00:00', 'Sankey (custom)', 'superset-plugin-chart-sankey-ll', 'https://cdn.lumenloom.example/superset-plugins/sankey-ll/1.2.0/main.js', 9, 9),
  ('2023-08-21 15:30:00', '2024-02-12 11:00:00', 'Retail calendar heatmap', 'superset-plugin-chart-retail-calendar', 'https://cdn.lumenloom.example/superset-plugins/retail-calendar/0.4.1/main.js', 9, 11),
  ('2024-04-09 09:45:00', '2024-04-09 09:45:00', 'Hello World (example)', 'superset-plugin-chart-hello-world', 'https://unpkg.com/superset-plugin-chart-hello-world@0.0.1/dist/main.js', 5, 5);

CREATE TABLE favstar (id serial PRIMARY KEY, user_id integer REFERENCES ab_user (id), class_name varchar(50), obj_id integer, dttm timestamp);
INSERT INTO favstar (user_id, class_name, obj_id, dttm)
SELECT DISTINCT ON (u, cls, obj) u, cls, obj, sgen.at('fav', g, '2022-06-01', '2024-09-30')
FROM (SELECT g, 5 + fixture_gen.n('favu', g, 66) AS u, CASE WHEN g % 3 = 0 THEN 'slice' ELSE 'Dashboard' END AS cls,
             CASE WHEN g % 3 = 0 THEN 1 + fixture_gen.n('favo', g, 90) ELSE 1 + fixture_gen.n('favo', g, 14) END AS obj FROM generate_series(1, 200) g) x
ORDER BY u, cls, obj;

CREATE TABLE tag (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, name varchar(250) UNIQUE, type varchar, created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id), description text);
INSERT INTO tag (created_on, changed_on, name, type, created_by_fk, changed_by_fk, description)
SELECT '2024-01-10 09:00:00', '2024-01-10 09:00:00', n, t, NULL, NULL, NULL
FROM (SELECT 'type:' || x AS n, 'type' AS t FROM unnest(ARRAY['dashboard', 'chart', 'query', 'dataset']) x
      UNION ALL SELECT 'owner:' || i, 'owner' FROM generate_series(1, 70) i WHERE i IN (1, 5, 6, 8, 9, 11, 12, 14, 17, 18, 20, 23, 26, 31, 33, 36, 41, 44, 53, 58, 62)
      UNION ALL SELECT 'favorited_by:' || i, 'favorited_by' FROM generate_series(5, 40) i) s;
INSERT INTO tag (created_on, changed_on, name, type, created_by_fk, changed_by_fk, description) VALUES
  ('2024-02-01 10:00:00', '2024-02-01 10:00:00', 'exec-pack', 'custom', 6, 6, 'Charts in the leadership pack.'),
  ('2024-02-01 10:01:00', '2024-03-12 16:00:00', 'pii', 'custom', 9, 9, 'Shows customer-level personal data; not for export.'),
  ('2024-02-01 10:02:00', '2024-02-01 10:02:00', 'deprecated', 'custom', 9, 9, 'Will be deleted after the Q4 clean-up.'),
  ('2024-04-18 13:30:00', '2024-04-18 13:30:00', 'finance-certified', 'custom', 18, 18, NULL),
  ('2024-06-03 08:15:00', '2024-06-03 08:15:00', 'care', 'custom', 33, 33, NULL);

CREATE TABLE tagged_object (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, tag_id integer REFERENCES tag (id), object_id integer, object_type varchar,
    created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id), UNIQUE (tag_id, object_id, object_type));
INSERT INTO tagged_object (created_on, changed_on, tag_id, object_id, object_type, created_by_fk, changed_by_fk)
SELECT timestamp '2024-01-10 09:00:00', timestamp '2024-01-10 09:00:00', t.id, s.id, 'chart'::varchar, NULL::int, NULL::int FROM slices s JOIN tag t ON t.name IN ('type:chart', 'owner:' || s.created_by_fk)
UNION ALL SELECT '2024-01-10 09:00:00', '2024-01-10 09:00:00', t.id, d.id, 'dashboard', NULL, NULL FROM dashboards d JOIN tag t ON t.name IN ('type:dashboard', 'owner:' || d.created_by_fk)
UNION ALL SELECT '2024-01-10 09:00:00', '2024-01-10 09:00:00', t.id, q.id, 'query', NULL, NULL FROM saved_query q JOIN tag t ON t.name IN ('type:query', 'owner:' || q.created_by_fk)
UNION ALL SELECT '2024-02-01 10:05:00', '2024-02-01 10:05:00', t.id, x.o, x.ty::varchar, 9, 9 FROM (VALUES ('exec-pack', 1, 'dashboard'), ('exec-pack', 11, 'dashboard'), ('pii', 3, 'dashboard'), ('pii', 9, 'chart'),
  ('pii', 14, 'chart'), ('pii', 35, 'chart'), ('deprecated', 12, 'dashboard'), ('finance-certified', 20, 'chart'), ('finance-certified', 5, 'dashboard'), ('care', 2, 'dashboard'), ('care', 10, 'dashboard')) x(tn, o, ty)
  JOIN tag t ON t.name = x.tn
UNION ALL SELECT DISTINCT ON (t.id, f.obj_id, f.class_name) f.dttm, f.dttm, t.id, f.obj_id, CASE f.class_name WHEN 'slice' THEN 'chart' ELSE 'dashboard' END, NULL, NULL
  FROM favstar f JOIN tag t ON t.name = 'favorited_by:' || f.user_id;

CREATE TABLE user_attribute (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, user_id integer REFERENCES ab_user (id), welcome_dashboard_id integer REFERENCES dashboards (id),
    created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id), avatar_url varchar(100));
INSERT INTO user_attribute (created_on, changed_on, user_id, welcome_dashboard_id, created_by_fk, changed_by_fk, avatar_url)
SELECT u.created, u.created + interval '40 days', u.i, CASE WHEN u.i % 3 = 0 THEN 1 + u.i % 14 END, u.i, u.i,
       CASE WHEN u.provider = 'google' THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || sgen.b64url('gav', u.i, 36) || '=s96-c'
            WHEN u.i % 2 = 0 THEN 'https://avatars.slack-edge.com/2023-0' || (1 + u.i % 9) || '-1' || (u.i % 9) || '/5' || fixture_gen.digits('sav', u.i, 12) || '_' || fixture_gen.hexn('savh', u.i, 20) || '_192.jpg' END
FROM sgen.u u WHERE u.i > 4 AND u.i % 5 <> 1 ORDER BY u.i;

CREATE TABLE sl_datasets (
    created_on timestamp, changed_on timestamp, id serial PRIMARY KEY, database_id integer NOT NULL REFERENCES dbs (id), is_physical boolean, is_managed_externally boolean NOT NULL,
    name text, expression text, external_url text, extra_json text, created_by_fk integer REFERENCES ab_user (id), changed_by_fk integer REFERENCES ab_user (id), uuid uuid UNIQUE);
INSERT INTO sl_datasets (created_on, changed_on, id, database_id, is_physical, is_managed_externally, name, expression, external_url, extra_json, created_by_fk, changed_by_fk, uuid)
SELECT t.created_on, t.changed_on, t.id, t.database_id, t.sql IS NULL, false, t.table_name, coalesce(t.sql, t.schema || '.' || t.table_name), NULL, '{}', t.created_by_fk, t.changed_by_fk, t.uuid
FROM tables t WHERE t.id <> 6 ORDER BY t.id;

CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);
INSERT INTO alembic_version VALUES ('5f57af97bc3f');

-- ---------------------------------------------------------------------------
-- The analytics team's mart in the same database (the Warehouse database
-- of Superset points here), loaded nightly by their Airflow.

CREATE SCHEMA analytics;

CREATE TABLE analytics.dim_customers (
    customer_id bigint PRIMARY KEY, customer_key varchar(20) NOT NULL UNIQUE, email varchar(320), first_name varchar(100), last_name varchar(100), phone varchar(40),
    date_of_birth date, gender varchar(16), city varchar(100), postcode varchar(16), country_code char(2), loyalty_tier varchar(16), churn_score numeric(5, 4),
    first_order_at timestamp, last_order_at timestamp);
INSERT INTO analytics.dim_customers
SELECT 100000 + c.i, 'LL-' || (700000 + c.i * 13), c.email, c.first, c.last, CASE WHEN c.i % 11 = 0 THEN NULL ELSE c.phone END,
       CASE WHEN c.i % 3 = 0 THEN c.dob END, fixture_gen.pick(ARRAY['female', 'male', 'female', 'undisclosed', NULL, 'non-binary'], 'cug', c.i), c.city, c.postcode, c.country,
       fixture_gen.pick(ARRAY['none', 'none', 'silver', 'gold', 'platinum'], 'cut', c.i), round(fixture_gen.n('cuch', c.i, 10000) / 10000.0, 4),
       sgen.at('cufo', c.i, '2019-01-01', '2023-12-31'), sgen.at('culo', c.i, '2024-01-01', '2024-09-29')
FROM sgen.c c ORDER BY c.i;

CREATE TABLE analytics.dim_products (product_id integer PRIMARY KEY, sku varchar(20) NOT NULL UNIQUE, name varchar(200) NOT NULL, category varchar(60), unit_price numeric(10, 2));
INSERT INTO analytics.dim_products
SELECT g, 'LL-' || fixture_gen.pick(ARRAY['BED', 'TWL', 'CUR', 'CSH', 'THR'], 'pc', g) || '-' || lpad(g::text, 4, '0'),
       fixture_gen.pick(ARRAY['Washed Linen', 'Organic Cotton Percale', 'Waffle', 'Velvet', 'Chunky Knit', 'Bamboo', 'Sateen', 'Seersucker'], 'pn1', g) || ' '
       || CASE fixture_gen.n('pc', g, 5) WHEN 0 THEN fixture_gen.pick(ARRAY['Duvet Cover', 'Fitted Sheet', 'Pillowcase Pair'], 'pn2', g) WHEN 1 THEN fixture_gen.pick(ARRAY['Bath Towel', 'Hand Towel', 'Bath Sheet'], 'pn2', g)
            WHEN 2 THEN 'Curtain Pair' WHEN 3 THEN 'Cushion Cover' ELSE 'Throw' END || ', ' || fixture_gen.pick(ARRAY['Oat', 'Sage', 'Terracotta', 'Midnight', 'Chalk', 'Clay', 'Moss'], 'pn3', g),
       (ARRAY['Bedding', 'Towels', 'Curtains', 'Cushions', 'Throws'])[1 + fixture_gen.n('pc', g, 5)], 12 + fixture_gen.n('pp', g, 180) + 0.95
FROM generate_series(1, 80) g;

CREATE TABLE analytics.fct_orders (
    order_id bigint PRIMARY KEY, order_number varchar(20) NOT NULL, customer_id bigint REFERENCES analytics.dim_customers (customer_id), ordered_at timestamp, status varchar(20),
    channel varchar(20), currency char(3), gross_amount numeric(12, 2), discount_amount numeric(12, 2), ship_city varchar(100), ship_postcode varchar(16),
    payment_method varchar(20), promo_code varchar(32));
INSERT INTO analytics.fct_orders
SELECT 5000000 + g, 'LL-' || (240000 + g * 7), 100000 + c.i, sgen.at('ordt', g, '2023-01-01', '2024-09-29'),
       fixture_gen.pick(ARRAY['delivered', 'delivered', 'delivered', 'shipped', 'cancelled', 'refunded', 'processing'], 'ords', g),
       fixture_gen.pick(ARRAY['web', 'web', 'app', 'b2b', 'marketplace'], 'ordch', g), CASE c.country WHEN 'GB' THEN 'GBP' WHEN 'IN' THEN 'INR' ELSE 'EUR' END,
       20 + fixture_gen.n('orda', g, 40000) / 100.0, CASE WHEN g % 5 = 0 THEN fixture_gen.n('ordd', g, 3000) / 100.0 ELSE 0 END,
       CASE WHEN g % 9 = 0 THEN fixture_gen.city('ordsc', g) ELSE c.city END, CASE WHEN g % 9 = 0 THEN fixture_gen.postcode('ordsp', g) ELSE c.postcode END,
       fixture_gen.pick(ARRAY['card', 'card', 'paypal', 'klarna', 'apple_pay', 'upi', 'gift_card'], 'ordpm', g),
       CASE WHEN g % 5 = 0 THEN fixture_gen.pick(ARRAY['SPRING20', 'WELCOME10', 'BF2023', 'PRGIFT', 'LOYAL15', 'FREESHIP'], 'ordpc', g) END
FROM generate_series(1, 900) g JOIN sgen.c c ON c.i = 1 + fixture_gen.n('ordc', g, 420) ORDER BY g;

CREATE TABLE analytics.support_tickets (
    ticket_id bigint PRIMARY KEY, customer_id bigint, requester_email varchar(320), subject text, description text, priority varchar(10), status varchar(10),
    assignee_name varchar(100), group_name varchar(60), satisfaction_rating varchar(10), created_at timestamp, solved_at timestamp);
INSERT INTO analytics.support_tickets
SELECT 88000 + g, CASE WHEN g % 13 = 0 THEN NULL ELSE 100000 + c.i END, CASE WHEN g % 13 = 0 THEN fixture_gen.email('guest', g) ELSE c.email END,
       CASE k WHEN 0 THEN 'Where is my order LL-' || (240000 + g * 7) || '?' WHEN 1 THEN 'Change of delivery address' WHEN 2 THEN 'Refund not received'
         WHEN 3 THEN 'Duvet cover smaller than described' WHEN 4 THEN 'Please delete my account' WHEN 5 THEN 'Parcel left with neighbour'
         WHEN 6 THEN 'Discount code not working' ELSE 'Skin reaction after washing new towels' END,
       CASE k
         WHEN 0 THEN 'Hi, I ordered a week ago and tracking has not moved since Monday. Can you check? Thanks, ' || c.first
         WHEN 1 THEN 'Hello, I moved last week. Please send order LL-' || (240000 + g * 7) || ' to ' || fixture_gen.street('tka', g) || ', ' || fixture_gen.city('tkc', g) || ' ' || fixture_gen.postcode('tkp', g)
                     || ' instead. You can reach me on ' || c.phone || '. ' || c.first || ' ' || c.last
         WHEN 2 THEN 'I returned the curtains on ' || to_char(date '2024-06-01' + g % 90, 'FMDD Month') || ' and still have no refund. My bank is asking for a reference. ' || c.first || ' ' || c.last
         WHEN 3 THEN fixture_gen.sentence('tks', g) || ' The 200x200 cover does not fit a 200x200 duvet.'
         WHEN 4 THEN 'Under GDPR please delete all my data. My account email is ' || c.email || ' and my old one was ' || fixture_gen.email('oldm', g) || '.'
         WHEN 5 THEN 'The driver left my parcel with number ' || (1 + g % 60) || ', who says they never got it. Photo attached. ' || c.first
         WHEN 6 THEN fixture_gen.sentence('tks', g) || ' The code WELCOME10 says expired.'
         ELSE 'My daughter (' || (3 + g % 9) || ') came out in a rash after we used the new towels. Are they treated with anything? ' || c.first || ' ' || c.last || ', ' || c.phone END,
       fixture_gen.pick(ARRAY['low', 'normal', 'normal', 'high', 'urgent'], 'tkpr', g), fixture_gen.pick(ARRAY['new', 'open', 'pending', 'solved', 'solved', 'closed'], 'tkst', g),
       (SELECT first || ' ' || last FROM sgen.u WHERE sgen.u.i = 30 + fixture_gen.n('tkag', g, 25)),
       CASE WHEN k IN (4, 7) THEN 'Escalations' ELSE fixture_gen.pick(ARRAY['UK Care', 'DE Care', 'FR Care', 'Returns'], 'tkgr', g) END,
       fixture_gen.pick(ARRAY['unoffered', 'offered', 'good', 'good', 'bad'], 'tkcs', g),
       sgen.at('tkt', g, '2024-01-01', '2024-09-29'), CASE WHEN g % 3 <> 0 THEN sgen.at('tkt', g, '2024-01-01', '2024-09-29') + make_interval(hours => 1 + fixture_gen.n('tksl', g, 200)) END
FROM generate_series(1, 260) g JOIN sgen.c c ON c.i = 1 + fixture_gen.n('tkc', g, 420)
CROSS JOIN LATERAL (SELECT fixture_gen.n('tkk', g, 8) AS k) kk ORDER BY g;

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
