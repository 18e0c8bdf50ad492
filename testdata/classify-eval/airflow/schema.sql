-- classify-eval fixture (HOLDOUT 22: written by someone who had not seen
-- the classifier, labelled by what its columns hold; never tune against
-- it): the metadata database of a self-hosted Apache Airflow 2.9 (Celery
-- executor, the FAB auth manager) of Verdant Basket, a grocery delivery
-- company in the UK, Germany, France, the Netherlands and Spain, in the
-- naming its SQLAlchemy models and Alembic migrations create (snake_case
-- singular tables, varchar(250) ids, timestamptz, json and pickled bytea).
-- A subset of its tables with their real columns and types: connections
-- whose passwords and extras are Fernet tokens or, where the key was once
-- missing, plain (service-account JSON with a private key, API tokens, key
-- files), variables holding API keys, Slack webhook URLs, recipient lists
-- and config JSON; DAGs whose owners are teams or people's logins, the
-- whole Python source of every DAG file (default_args emails, two
-- hard-coded keys), serialized DAG JSON; DAG runs whose pickled conf, typed
-- by whoever triggered them, holds customers' ids, emails and file paths
-- (GDPR erasures, refunds, payout reruns); task instances on Celery
-- workers, mapped tasks whose rendered map index is a recipient's email;
-- notes typed on runs and tasks; rendered template fields (SQL with
-- customers' emails, bash commands with tokens, pod YAML); XComs returning
-- customers' rows, S3 keys and an OAuth token; the audit log with the user
-- who acted, their display name and the form fields (trigger conf, variable
-- values); jobs, callbacks, encrypted trigger kwargs, import errors quoting
-- a DAG file's line, SLA misses, pools, datasets and their events; the
-- Flask-AppBuilder users (local, LDAP and Google logins), registrations,
-- roles and permissions; the Flask session store; the Celery result
-- backend kept in the same database; the _airflow_moved__ tables the 2.2
-- and 2.3 upgrades left with dangling rows of 2021. The quick-start's
-- postgres_default connection points at this same database, so the data
-- team's DAGs keep their control and staging tables in the schema etl
-- (GDPR requests, courier payouts with IBANs, report outbox, data-quality
-- samples, Stripe refunds, Zendesk tickets, CRM contacts, background
-- checks, churn scores, landed files, a token cache, a Braze audience), and
-- the official tutorial's employees tables sit in public holding its
-- sample CSV (books and publishers, no people).
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA xgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION xgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION xgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- fernet: a Fernet token as Airflow's fernet_key writes it (version byte
-- 0x80 and a 2024 timestamp, so it starts gAAAAABm).
CREATE FUNCTION xgen.fernet(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'gAAAAAB' || substr('lmm', 1 + fixture_gen.n(tag || 'v', i, 3), 1)
      || (SELECT coalesce(string_agg(xgen.b64url(tag || c, i, 192), '' ORDER BY c), '') FROM generate_series(1, (48 + 16 * ((len + 15) / 16)) / 192) c)
      || xgen.b64url(tag, i, (48 + 16 * ((len + 15) / 16)) % 192) || '='
$$;

-- werkzeug: a Werkzeug 2.x password hash as Flask-AppBuilder stores it.
CREATE FUNCTION xgen.werkzeug(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'pbkdf2:sha256:' || CASE WHEN i % 3 = 0 THEN '600000' ELSE '260000' END || '$' || xgen.rnd(tag || 's', i, 16) || '$' || fixture_gen.hexn(tag, i, 64)
$$;

-- le: an integer as n little-endian bytes.
CREATE FUNCTION xgen.le(v bigint, n int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT decode(string_agg(lpad(to_hex((v >> (8 * k)) & 255), 2, '0'), '' ORDER BY k), 'hex') FROM generate_series(0, n - 1) k
$$;

-- pkl_body / pkl: a JSON value as Python's pickle protocol 4 writes the
-- matching dict, list, str, int, float, bool or None (memoized, framed).
CREATE FUNCTION xgen.pkl_body(j jsonb) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  out bytea;
  b bytea;
  r record;
  num numeric;
BEGIN
  CASE jsonb_typeof(j)
  WHEN 'object' THEN
    out := '\x7d94'::bytea;
    IF j <> '{}'::jsonb THEN
      out := out || '\x28'::bytea;
      FOR r IN SELECT key, value FROM jsonb_each(j) LOOP
        out := out || xgen.pkl_body(to_jsonb(r.key)) || xgen.pkl_body(r.value);
      END LOOP;
      out := out || '\x75'::bytea;
    END IF;
    RETURN out;
  WHEN 'array' THEN
    out := '\x5d94'::bytea;
    IF jsonb_array_length(j) > 0 THEN
      out := out || '\x28'::bytea;
      FOR r IN SELECT value FROM jsonb_array_elements(j) WITH ORDINALITY x(value, o) ORDER BY o LOOP
        out := out || xgen.pkl_body(r.value);
      END LOOP;
      out := out || '\x65'::bytea;
    END IF;
    RETURN out;
  WHEN 'string' THEN
    b := convert_to(j #>> '{}', 'UTF8');
    IF length(b) < 256 THEN
      RETURN '\x8c'::bytea || xgen.le(length(b), 1) || b || '\x94'::bytea;
    END IF;
    RETURN '\x58'::bytea || xgen.le(length(b), 4) || b || '\x94'::bytea;
  WHEN 'number' THEN
    num := (j #>> '{}')::numeric;
    IF num = trunc(num) AND num >= 0 AND num < 256 THEN
      RETURN '\x4b'::bytea || xgen.le(num::bigint, 1);
    ELSIF num = trunc(num) AND num BETWEEN -2147483648 AND 2147483647 THEN
      RETURN '\x4a'::bytea || xgen.le(num::bigint & 4294967295, 4);
    END IF;
    RETURN '\x47'::bytea || float8send(num::float8);
  WHEN 'boolean' THEN
    RETURN CASE WHEN j = 'true'::jsonb THEN '\x88'::bytea ELSE '\x89'::bytea END;
  ELSE
    RETURN '\x4e'::bytea;
  END CASE;
END $$;

CREATE FUNCTION xgen.pkl(j jsonb) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT '\x800495'::bytea || xgen.le(length(b) + 1, 8) || b || '\x2e'::bytea FROM (SELECT xgen.pkl_body(j) AS b) x
$$;

-- at: a time between two dates, deterministic.
CREATE FUNCTION xgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- fold: a name folded to ASCII for an email or a login.
CREATE FUNCTION xgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áàâäãåćčçéèêëğíìîïıłńñóòôöõøśšşúùûüýźżžđ', 'aaaaaaccceeeeegiiiiilnnoooooosssuuuuyzzzd')), '[^a-z0-9]+', '', 'g')
$$;

-- Staff of Verdant Basket who use Airflow, by team. Names of several
-- cultures; logins by how they sign in: local accounts (first.last), LDAP
-- (first initial + surname) and Google OAuth (google_<subject id>).
CREATE TABLE xgen.staff (i int PRIMARY KEY, first text, last text, full_name text, team text, email text, login text, provider text, role text, phone text);
INSERT INTO xgen.staff (i, first, last, team, provider, role)
SELECT i, f, l, t, CASE WHEN i <= 3 THEN 'db' WHEN i % 4 = 0 THEN 'ldap' WHEN i % 4 = 1 AND i > 10 THEN 'db' ELSE 'google' END,
       CASE WHEN i <= 3 THEN 'Admin' WHEN t IN ('data-eng', 'platform') THEN 'Op' WHEN t = 'analytics' THEN 'User' ELSE 'Viewer' END
FROM (VALUES
  (1, 'Priya', 'Raghunathan', 'data-eng'), (2, 'Tobias', 'Hartmann', 'platform'), (3, 'Chloé', 'Marchand', 'data-eng'),
  (4, 'Kwame', 'Asante', 'data-eng'), (5, 'Mei', 'Lin', 'analytics'), (6, 'Oliver', 'Whitfield', 'finance'), (7, 'Sofía', 'Navarro', 'cx-ops'),
  (8, 'Joon-ho', 'Park', 'platform'), (9, 'Aoife', 'Gallagher', 'marketing'), (10, 'Emre', 'Yıldız', 'data-eng'), (11, 'Ngozi', 'Eze', 'analytics'),
  (12, 'Lars', 'Vermeulen', 'finance'), (13, 'Hiroshi', 'Mori', 'data-eng'), (14, 'Fatima', 'Zahra Benali', 'cx-ops'), (15, 'Piotr', 'Wójcik', 'platform'),
  (16, 'Ananya', 'Iyer', 'analytics'), (17, 'Mateo', 'Ruiz Ortega', 'marketing'), (18, 'Ingrid', 'Solberg', 'people-ops'), (19, 'Youssef', 'El Amrani', 'data-eng'),
  (20, 'Thandiwe', 'Mokoena', 'finance'), (21, 'Giulia', 'Ferrara', 'analytics'), (22, 'Dmitri', 'Volkov', 'platform'), (23, 'Linh', 'Trần', 'cx-ops'),
  (24, 'Jonas', 'Becker', 'data-eng'), (25, 'Amara', 'Okafor', 'analytics'), (26, 'Rahul', 'Mehta', 'finance'), (27, 'Zofia', 'Nowak', 'marketing'),
  (28, 'João', 'Carvalho', 'data-eng'), (29, 'Elif', 'Demir', 'analytics'), (30, 'Cian', 'Byrne', 'platform'), (31, 'Leila', 'Haddad', 'people-ops'),
  (32, 'Mikael', 'Lindqvist', 'data-eng'), (33, 'Beatriz', 'Almeida', 'cx-ops'), (34, 'Wei', 'Zhang', 'analytics'), (35, 'Hannah', 'Schröder', 'finance'),
  (36, 'Sipho', 'Dlamini', 'data-eng'), (37, 'Yuki', 'Takahashi', 'marketing'), (38, 'Omar', 'Farouk', 'analytics'), (39, 'Sanna', 'Virtanen', 'platform'),
  (40, 'Marco', 'Bianchi', 'finance'), (41, 'Chidi', 'Nwosu', 'cx-ops'), (42, 'Aylin', 'Kaya', 'analytics'), (43, 'Lucas', 'Dupont', 'data-eng'),
  (44, 'Minji', 'Seo', 'analytics'), (45, 'Arjun', 'Nair', 'data-eng'), (46, 'Olga', 'Sokolova', 'finance'), (47, 'Amelia', 'Hughes', 'marketing'),
  (48, 'Kerem', 'Aslan', 'platform'), (49, 'Nguyen', 'Van Anh', 'analytics'), (50, 'Isabel', 'Fuentes', 'cx-ops'), (51, 'Bram', 'de Jong', 'data-eng'),
  (52, 'Sarah', 'O''Connor', 'people-ops'), (53, 'Kofi', 'Mensah', 'analytics'), (54, 'Freya', 'Lund', 'finance'), (55, 'Ravi', 'Subramanian', 'data-eng'),
  (56, 'Camille', 'Petit', 'marketing'), (57, 'Hamza', 'Qureshi', 'analytics'), (58, 'Eva', 'Novák', 'cx-ops'), (59, 'Daniel', 'Osei', 'platform'),
  (60, 'Maja', 'Kowalczyk', 'analytics')) v(i, f, l, t);
UPDATE xgen.staff SET full_name = first || ' ' || last,
  email = xgen.fold(first) || '.' || xgen.fold(replace(last, ' ', '')) || '@verdantbasket.example',
  phone = fixture_gen.phone('stph', i);
UPDATE xgen.staff SET login = CASE provider WHEN 'db' THEN xgen.fold(first) || '.' || xgen.fold(replace(last, ' ', ''))
  WHEN 'ldap' THEN substr(xgen.fold(first), 1, 1) || xgen.fold(replace(last, ' ', '')) ELSE 'google_1' || fixture_gen.digits('gsub', i, 20) END;
UPDATE xgen.staff SET login = 'admin' WHERE i = 2;

-- Customers (their data passes through the pipelines), with their country.
CREATE TABLE xgen.cust (i int PRIMARY KEY, cid text, first text, last text, full_name text, email text, phone text, street text, city text, postcode text, country text, stripe text);
INSERT INTO xgen.cust
SELECT i, 'VB-' || (100000 + i * 37)::text, fixture_gen.first_name('cu', i), fixture_gen.last_name('cu', i), fixture_gen.full_name('cu', i),
       fixture_gen.email('cu', i), fixture_gen.phone('cuph', i), fixture_gen.street('cust', i), fixture_gen.city('cucy', i), fixture_gen.postcode('cupc', i),
       fixture_gen.pick(ARRAY['GB', 'GB', 'DE', 'DE', 'FR', 'NL', 'ES'], 'cuco', i), 'cus_' || xgen.rnd('custr', i, 14)
FROM generate_series(1, 600) i;

-- Couriers (payouts, background checks).
CREATE TABLE xgen.cour (i int PRIMARY KEY, first text, last text, full_name text, email text, phone text, iban text, city text);
INSERT INTO xgen.cour
SELECT i, fixture_gen.first_name('co', i), fixture_gen.last_name('co', i), fixture_gen.full_name('co', i), fixture_gen.email('co', i), fixture_gen.phone('coph', i),
       fixture_gen.iban_for('coib', i), fixture_gen.pick(ARRAY['London', 'Manchester', 'Berlin', 'Hamburg', 'Paris', 'Lyon', 'Amsterdam', 'Rotterdam', 'Madrid', 'Barcelona'], 'cocy', i)
FROM generate_series(1, 180) i;

-- The DAGs: id, file under the dags folder, owners (teams, or the login of
-- the engineer who wrote it), description, schedule and its description,
-- tags, task ids and their operators, the default_args emails, the person
-- behind it (staff index).
CREATE TABLE xgen.dag (k int PRIMARY KEY, dag_id text, file text, owners text, descr text, sched text, tt_descr text, tags text[], tasks text[], ops text[],
  emails text[], who int, display text, paused boolean, runs int, kind text);
INSERT INTO xgen.dag VALUES
 (1, 'gdpr_erasure_request', 'privacy/gdpr_erasure.py', 'data-eng', 'Erase a customer from CRM, Braze, Zendesk and the warehouse (triggered by the privacy form)', NULL, 'Never, external triggers only',
  ARRAY['privacy', 'gdpr'], ARRAY['validate_request', 'erase_hubspot', 'erase_braze', 'erase_zendesk', 'anonymise_warehouse', 'confirm_to_customer'],
  ARRAY['PythonOperator', 'HttpOperator', 'HttpOperator', 'HttpOperator', 'SnowflakeOperator', 'EmailOperator'], ARRAY['privacy@verdantbasket.example', 'priya.raghunathan@verdantbasket.example'], 1, 'GDPR erasure', false, 14, 'manual'),
 (2, 'stripe_refund_reconciliation', 'finance/stripe_refunds.py', 'finance-analytics', 'Match Stripe refunds to Zendesk tickets and the ledger', '0 5 * * *', 'At 05:00',
  ARRAY['finance', 'stripe'], ARRAY['extract_refunds', 'load_stage', 'match_tickets', 'post_ledger'], ARRAY['PythonOperator', 'PostgresOperator', 'SQLExecuteQueryOperator', 'SnowflakeOperator'],
  ARRAY['finance-data@verdantbasket.example', 'oliver.whitfield@verdantbasket.example'], 6, NULL, false, 16, 'daily'),
 (3, 'courier_payouts_weekly', 'finance/courier_payouts.py', 'oliver.whitfield', 'Build the weekly courier payout file and upload it to the bank SFTP', '0 6 * * 1', 'At 06:00, only on Monday',
  ARRAY['finance', 'couriers', 'pii'], ARRAY['compute_hours', 'build_payout_file', 'upload_to_barclays', 'notify_finance'], ARRAY['SnowflakeOperator', 'PythonOperator', 'SFTPOperator', 'SlackWebhookOperator'],
  ARRAY['oliver.whitfield@verdantbasket.example', 'thandiwe.mokoena@verdantbasket.example', 'payouts@verdantbasket.example'], 6, 'Courier payouts', false, 12, 'weekly'),
 (4, 'shopify_orders_ingest', 'ingest/shopify_orders.py', 'data-eng', 'Incremental load of Shopify orders into the lake', '@hourly', 'At the start of every hour',
  ARRAY['ingest', 'shopify'], ARRAY['fetch_orders', 'write_to_s3', 'copy_into_snowflake'], ARRAY['PythonOperator', 'S3CreateObjectOperator', 'CopyFromExternalStageToSnowflakeOperator'],
  ARRAY['data-alerts@verdantbasket.example'], 4, NULL, false, 24, 'hourly'),
 (5, 'zendesk_tickets_export', 'ingest/zendesk_export.py', 'cx-ops,data-eng', 'Export Zendesk tickets to staging for the CX dashboards', '30 2 * * *', 'At 02:30',
  ARRAY['ingest', 'zendesk', 'pii'], ARRAY['export_incremental', 'load_stage', 'merge_tickets'], ARRAY['PythonOperator', 'PostgresOperator', 'SnowflakeOperator'],
  ARRAY['sofia.navarro@verdantbasket.example', 'data-alerts@verdantbasket.example'], 7, NULL, false, 14, 'daily'),
 (6, 'hubspot_contact_sync', 'crm/hubspot_sync.py', 'kasante', 'Push customer attributes to HubSpot contacts', '*/30 * * * *', 'Every 30 minutes',
  ARRAY['crm', 'hubspot', 'pii'], ARRAY['diff_contacts', 'upsert_contacts', 'record_watermark'], ARRAY['SQLExecuteQueryOperator', 'PythonOperator', 'PostgresOperator'],
  ARRAY['kwame.asante@verdantbasket.example'], 4, NULL, false, 20, 'halfhour'),
 (7, 'braze_audience_export', 'marketing/braze_audience.py', 'marketing-data', 'Nightly audience file for Braze campaigns', '0 1 * * *', 'At 01:00',
  ARRAY['marketing', 'braze'], ARRAY['build_audience', 'export_csv', 'upload_to_braze'], ARRAY['SnowflakeOperator', 'PythonOperator', 'HttpOperator'],
  ARRAY['aoife.gallagher@verdantbasket.example', 'marketing-ops@verdantbasket.example'], 9, NULL, false, 12, 'daily'),
 (8, 'finance_daily_report', 'finance/daily_report.py', 'finance-analytics', 'Daily GMV, refunds and payouts report mailed to finance', '0 7 * * *', 'At 07:00',
  ARRAY['finance', 'reporting'], ARRAY['query_kpis', 'render_report', 'send_report'], ARRAY['SnowflakeOperator', 'PythonOperator', 'EmailOperator'],
  ARRAY['oliver.whitfield@verdantbasket.example', 'cfo-office@verdantbasket.example'], 6, 'Finance daily report', false, 14, 'daily'),
 (9, 'dbt_core_models', 'transform/dbt_core.py', 'data-eng', 'Run and test the dbt core models', '15 * * * *', 'At 15 minutes past the hour',
  ARRAY['dbt', 'transform'], ARRAY['dbt_deps', 'dbt_run', 'dbt_test', 'dbt_docs_generate'], ARRAY['BashOperator', 'BashOperator', 'BashOperator', 'BashOperator'],
  ARRAY['data-alerts@verdantbasket.example'], 3, NULL, false, 20, 'hourly'),
 (10, 'dq_customer_checks', 'quality/dq_customers.py', 'data-eng', 'Data-quality checks on customer tables (emails, phones, postcodes)', '0 4 * * *', 'At 04:00',
  ARRAY['quality', 'pii'], ARRAY['check_email_format', 'check_phone_format', 'check_postcode', 'publish_results'], ARRAY['SQLColumnCheckOperator', 'SQLColumnCheckOperator', 'SQLTableCheckOperator', 'PythonOperator'],
  ARRAY['data-alerts@verdantbasket.example', 'emre.yildiz@verdantbasket.example'], 10, NULL, false, 14, 'daily'),
 (11, 'churn_model_training', 'ml/churn_training.py', 'mei.lin', 'Weekly retraining of the churn model', '0 3 * * 0', 'At 03:00, only on Sunday',
  ARRAY['ml'], ARRAY['extract_features', 'train_model', 'evaluate', 'register_model'], ARRAY['SnowflakeOperator', 'KubernetesPodOperator', 'PythonOperator', 'PythonOperator'],
  ARRAY['mei.lin@verdantbasket.example'], 5, NULL, false, 8, 'weekly'),
 (12, 'churn_scoring_daily', 'ml/churn_scoring.py', 'analytics', 'Score active customers with the registered churn model', '0 6 * * *', 'At 06:00',
  ARRAY['ml', 'pii'], ARRAY['load_model', 'score_customers', 'write_scores'], ARRAY['PythonOperator', 'KubernetesPodOperator', 'PostgresOperator'],
  ARRAY['mei.lin@verdantbasket.example', 'analytics-team@verdantbasket.example'], 5, NULL, false, 12, 'daily'),
 (13, 'onfido_courier_checks', 'couriers/onfido_checks.py', 'people-ops,data-eng', 'Create and poll Onfido background checks for new couriers', '0 * * * *', 'At 0 minutes past the hour',
  ARRAY['couriers', 'pii'], ARRAY['new_applicants', 'create_checks', 'wait_for_reports', 'store_results'], ARRAY['SQLExecuteQueryOperator', 'HttpOperator', 'HttpSensor', 'PythonOperator'],
  ARRAY['ingrid.solberg@verdantbasket.example', 'courier-onboarding@verdantbasket.example'], 18, NULL, false, 16, 'hourly'),
 (14, 'warehouse_backup_gcs', 'platform/warehouse_backup.py', 'platform', 'Unload core schemas to GCS for disaster recovery', '0 0 * * *', 'At 00:00',
  ARRAY['platform', 'backup'], ARRAY['unload_core', 'verify_objects', 'prune_old'], ARRAY['SnowflakeOperator', 'GCSListObjectsOperator', 'GCSDeleteObjectsOperator'],
  ARRAY['platform-oncall@verdantbasket.example'], 2, NULL, false, 10, 'daily'),
 (15, 'payroll_export_datev', 'people/payroll_datev.py', 'people-ops', 'Monthly payroll export of German staff to the tax adviser (DATEV)', '0 8 25 * *', 'At 08:00, on day 25 of the month',
  ARRAY['people', 'payroll', 'pii'], ARRAY['extract_payroll', 'build_datev_file', 'upload_sftp'], ARRAY['PythonOperator', 'PythonOperator', 'SFTPOperator'],
  ARRAY['ingrid.solberg@verdantbasket.example', 'hannah.schroder@verdantbasket.example'], 18, 'Payroll export (DATEV)', false, 6, 'monthly'),
 (16, 'salesforce_b2b_sync', 'crm/salesforce_b2b.py', 'data-eng', 'Sync B2B office-catering accounts from Salesforce', '0 */4 * * *', 'At 0 minutes past the hour, every 4 hours',
  ARRAY['crm', 'salesforce'], ARRAY['get_token', 'fetch_accounts', 'fetch_contacts', 'load_stage'], ARRAY['PythonOperator', 'PythonOperator', 'PythonOperator', 'PostgresOperator'],
  ARRAY['data-alerts@verdantbasket.example'], 19, NULL, false, 12, 'hourly'),
 (17, 'google_ads_conversions', 'marketing/google_ads_conversions.py', 'marketing-data', 'Upload hashed first-order conversions to Google Ads', '0 9 * * *', 'At 09:00',
  ARRAY['marketing', 'ads'], ARRAY['build_conversions', 'hash_identifiers', 'upload_conversions'], ARRAY['SnowflakeOperator', 'PythonOperator', 'PythonOperator'],
  ARRAY['mateo.ruizortega@verdantbasket.example'], 17, NULL, false, 10, 'daily'),
 (18, 's3_landing_manifest', 'ingest/landing_manifest.py', 'data-eng', 'Record files landing in the partner drop bucket', '*/15 * * * *', 'Every 15 minutes',
  ARRAY['ingest', 's3'], ARRAY['wait_for_files', 'list_new_keys', 'record_manifest'], ARRAY['S3KeySensor', 'S3ListOperator', 'PostgresOperator'],
  ARRAY['data-alerts@verdantbasket.example'], 13, NULL, false, 16, 'halfhour'),
 (19, 'csat_survey_dispatch', 'cx/csat_survey.py', 'cx-ops', 'Send the CSAT survey for tickets solved yesterday', '0 10 * * *', 'At 10:00',
  ARRAY['cx'], ARRAY['solved_tickets', 'send_surveys'], ARRAY['SQLExecuteQueryOperator', 'EmailOperator'],
  ARRAY['sofia.navarro@verdantbasket.example'], 7, NULL, false, 12, 'daily'),
 (20, 'voucher_codes_generate', 'marketing/voucher_codes.py', 'marketing-data', 'Generate single-use voucher codes for win-back campaigns', NULL, 'Never, external triggers only',
  ARRAY['marketing'], ARRAY['generate_codes', 'push_to_shopify'], ARRAY['PythonOperator', 'PythonOperator'],
  ARRAY['aoife.gallagher@verdantbasket.example'], 9, NULL, false, 6, 'manual'),
 (21, 'supplier_invoices_ocr', 'finance/supplier_invoices.py', 'finance-analytics', 'OCR supplier invoices from the AP mailbox and load them', '0 */2 * * *', 'At 0 minutes past the hour, every 2 hours',
  ARRAY['finance'], ARRAY['fetch_attachments', 'ocr_invoices', 'load_invoices'], ARRAY['PythonOperator', 'HttpOperator', 'PostgresOperator'],
  ARRAY['ap@verdantbasket.example'], 26, NULL, false, 12, 'hourly'),
 (22, 'airflow_db_cleanup', 'maintenance/db_cleanup.py', 'platform', 'Purge metadata older than 90 days (airflow db clean)', '0 3 * * 6', 'At 03:00, only on Saturday',
  ARRAY['maintenance'], ARRAY['db_clean', 'vacuum'], ARRAY['BashOperator', 'PostgresOperator'], ARRAY['platform-oncall@verdantbasket.example'], 2, NULL, false, 8, 'weekly'),
 (23, 'airflow_log_cleanup', 'maintenance/log_cleanup.py', 'platform', 'Delete task logs older than 30 days on the workers', '0 2 * * *', 'At 02:00',
  ARRAY['maintenance'], ARRAY['find_old_logs', 'delete_old_logs'], ARRAY['BashOperator', 'BashOperator'], ARRAY['platform-oncall@verdantbasket.example'], 8, NULL, false, 8, 'daily'),
 (24, 'process-employees', 'tutorial/process_employees.py', 'airflow', 'The pipeline tutorial (kept as a smoke test)', '0 0 * * *', 'At 00:00',
  ARRAY['tutorial'], ARRAY['create_employees_table', 'create_employees_temp_table', 'get_data', 'merge_data'], ARRAY['PostgresOperator', 'PostgresOperator', '_PythonDecoratedOperator', '_PythonDecoratedOperator'],
  ARRAY[]::text[], 2, NULL, true, 6, 'daily'),
 (25, 'courier_shift_forecast', 'ml/shift_forecast.py', 'analytics', 'Forecast courier shifts per hub for the next two weeks', '0 5 * * 1', 'At 05:00, only on Monday',
  ARRAY['ml', 'couriers'], ARRAY['extract_history', 'fit_forecast', 'publish_forecast'], ARRAY['SnowflakeOperator', 'KubernetesPodOperator', 'PythonOperator'],
  ARRAY['ananya.iyer@verdantbasket.example'], 16, NULL, false, 8, 'weekly'),
 (26, 'fraud_review_queue', 'risk/fraud_review.py', 'data-eng', 'Flag suspicious orders for manual review', '*/30 * * * *', 'Every 30 minutes',
  ARRAY['risk', 'pii'], ARRAY['score_orders', 'queue_for_review', 'notify_cx'], ARRAY['SnowflakeOperator', 'PostgresOperator', 'SlackWebhookOperator'],
  ARRAY['data-alerts@verdantbasket.example', 'risk@verdantbasket.example'], 19, NULL, false, 16, 'halfhour'),
 (27, 'oncall_rota_slack', 'platform/oncall_rota.py', 'joonho.park', 'Post the weekly on-call rota to #data-oncall', '0 9 * * 1', 'At 09:00, only on Monday',
  ARRAY['platform'], ARRAY['read_rota', 'post_to_slack'], ARRAY['PythonOperator', 'SlackWebhookOperator'], ARRAY['joon-ho.park@verdantbasket.example'], 8, NULL, false, 6, 'weekly'),
 (28, 'vat_returns_quarterly', 'finance/vat_returns.py', 'finance-analytics', 'VAT totals per country for the quarterly returns', '0 6 5 1,4,7,10 *', 'At 06:00, on day 5 of the month, only in January, April, July, and October',
  ARRAY['finance', 'tax'], ARRAY['vat_by_country', 'export_returns'], ARRAY['SnowflakeOperator', 'PythonOperator'], ARRAY['rahul.mehta@verdantbasket.example'], 26, NULL, false, 4, 'quarterly'),
 (29, 'address_geocoding_backfill', 'ingest/geocode_backfill.py', 'arjun.nair', 'Geocode delivery addresses missing coordinates (mapped per batch)', NULL, 'Never, external triggers only',
  ARRAY['ingest', 'pii'], ARRAY['select_addresses', 'geocode_batch', 'write_coordinates'], ARRAY['PythonOperator', 'PythonOperator', 'PostgresOperator'],
  ARRAY['arjun.nair@verdantbasket.example'], 45, NULL, false, 6, 'manual'),
 (30, 'scratch_refund_test', 'sandbox/scratch_refund_test.py', 'y.elamrani', 'Scratch DAG (do not unpause)', NULL, 'Never, external triggers only',
  ARRAY['sandbox'], ARRAY['try_refund_query'], ARRAY['PythonOperator'], ARRAY['youssef.elamrani@verdantbasket.example'], 19, NULL, true, 3, 'manual');
INSERT INTO xgen.staff (i, first, last, full_name, team, email, login, provider, role)
VALUES (61, 'CI', 'Deploy', 'CI Deploy', 'platform', 'ci-airflow@verdantbasket.example', 'svc_ci_deploy', 'db', 'Op'),
       (62, 'Looker', 'Service', 'Looker Service', 'analytics', 'looker-svc@verdantbasket.example', 'svc_looker', 'db', 'Viewer');

-- ---------------------------------------------------------------------------
-- Flask-AppBuilder's tables (the FAB auth manager).

CREATE TABLE ab_permission (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE
);
CREATE TABLE ab_view_menu (
    id serial PRIMARY KEY,
    name varchar(250) NOT NULL UNIQUE
);
CREATE TABLE ab_permission_view (
    id serial PRIMARY KEY,
    permission_id integer REFERENCES ab_permission (id),
    view_menu_id integer REFERENCES ab_view_menu (id),
    UNIQUE (permission_id, view_menu_id)
);
CREATE TABLE ab_role (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL UNIQUE
);
CREATE TABLE ab_permission_view_role (
    id serial PRIMARY KEY,
    permission_view_id integer REFERENCES ab_permission_view (id),
    role_id integer REFERENCES ab_role (id),
    UNIQUE (permission_view_id, role_id)
);
CREATE TABLE ab_user (
    id serial PRIMARY KEY,
    first_name varchar(256) NOT NULL,
    last_name varchar(256) NOT NULL,
    username varchar(512) NOT NULL UNIQUE,
    password varchar(256),
    active boolean,
    email varchar(512) NOT NULL UNIQUE,
    last_login timestamp,
    login_count integer,
    fail_login_count integer,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);
CREATE TABLE ab_user_role (
    id serial PRIMARY KEY,
    user_id integer REFERENCES ab_user (id),
    role_id integer REFERENCES ab_role (id),
    UNIQUE (user_id, role_id)
);
CREATE TABLE ab_register_user (
    id serial PRIMARY KEY,
    first_name varchar(256) NOT NULL,
    last_name varchar(256) NOT NULL,
    username varchar(512) NOT NULL UNIQUE,
    password varchar(256),
    email varchar(512) NOT NULL,
    registration_date timestamp,
    registration_hash varchar(256)
);

INSERT INTO ab_permission (id, name)
SELECT row_number() OVER (), n FROM unnest(ARRAY['can_read', 'can_edit', 'can_create', 'can_delete', 'menu_access']) n;
INSERT INTO ab_view_menu (id, name)
SELECT row_number() OVER (), n FROM (
  SELECT unnest(ARRAY['DAGs', 'DAG Runs', 'Task Instances', 'Variables', 'Connections', 'Pools', 'Website', 'Audit Logs', 'Users', 'Roles', 'Config', 'Plugins', 'XComs',
    'ImportError', 'Jobs', 'SLA Misses', 'Task Logs', 'Datasets', 'Admin', 'Browse', 'Docs', 'Documentation', 'DAG Code', 'DAG Dependencies', 'Cluster Activity', 'Triggers',
    'Passwords', 'My Password', 'My Profile', 'DAG Warnings', 'Task Reschedules', 'Providers', 'Permission Views', 'View Menus', 'Permissions', 'User Stats Chart',
    'List Users', 'List Roles', 'Security', 'DAG Warnings', 'Resource', 'Action']) AS n
  UNION SELECT 'DAG:' || dag_id FROM xgen.dag UNION SELECT 'DAG Run:' || dag_id FROM xgen.dag) x(n) GROUP BY n ORDER BY n;
INSERT INTO ab_permission_view (permission_id, view_menu_id)
SELECT p.id, v.id FROM ab_permission p CROSS JOIN ab_view_menu v
WHERE (p.name = 'menu_access' AND v.name IN ('DAGs', 'DAG Runs', 'Task Instances', 'Variables', 'Connections', 'Pools', 'Audit Logs', 'Users', 'Roles', 'Config', 'Plugins', 'XComs', 'Jobs', 'SLA Misses', 'Datasets', 'Admin', 'Browse', 'Docs', 'Documentation', 'Cluster Activity', 'Triggers', 'Providers', 'Security', 'List Users', 'List Roles', 'DAG Dependencies'))
   OR (p.name = 'can_read' AND v.name NOT IN ('Admin', 'Browse', 'Docs', 'Security', 'Resource', 'Action'))
   OR (p.name IN ('can_edit', 'can_delete') AND (v.name LIKE 'DAG%' OR v.name IN ('Variables', 'Connections', 'Pools', 'Users', 'Roles', 'My Password', 'My Profile', 'Passwords', 'Task Instances', 'XComs')))
   OR (p.name = 'can_create' AND (v.name LIKE 'DAG Run%' OR v.name IN ('Variables', 'Connections', 'Pools', 'Users', 'Roles', 'Task Instances', 'XComs')))
ORDER BY p.id, v.id;
INSERT INTO ab_role (id, name) VALUES (1, 'Admin'), (2, 'Public'), (3, 'Viewer'), (4, 'User'), (5, 'Op'), (6, 'finance-dags'), (7, 'cx-readonly');
INSERT INTO ab_permission_view_role (permission_view_id, role_id)
SELECT pv.id, r.id FROM ab_permission_view pv JOIN ab_permission p ON p.id = pv.permission_id JOIN ab_view_menu v ON v.id = pv.view_menu_id CROSS JOIN ab_role r
WHERE r.name = 'Admin'
   OR (r.name = 'Viewer' AND (p.name IN ('can_read', 'menu_access')) AND v.name NOT IN ('Users', 'Roles', 'Connections', 'Variables', 'Config', 'Security', 'List Users', 'List Roles', 'Passwords'))
   OR (r.name = 'User' AND p.name IN ('can_read', 'menu_access', 'can_edit', 'can_create', 'can_delete') AND (v.name LIKE 'DAG%' OR v.name IN ('Task Instances', 'Website', 'Task Logs', 'My Password', 'My Profile', 'Browse', 'Docs', 'Documentation', 'Datasets')))
   OR (r.name = 'Op' AND v.name NOT IN ('Users', 'Roles', 'Security', 'List Users', 'List Roles', 'Passwords', 'Permission Views', 'View Menus', 'Permissions', 'User Stats Chart'))
   OR (r.name = 'finance-dags' AND v.name IN ('DAG:stripe_refund_reconciliation', 'DAG:courier_payouts_weekly', 'DAG:finance_daily_report', 'DAG:supplier_invoices_ocr', 'DAG:vat_returns_quarterly', 'DAG Run:courier_payouts_weekly', 'DAG Run:finance_daily_report'))
   OR (r.name = 'cx-readonly' AND p.name = 'can_read' AND v.name IN ('DAG:zendesk_tickets_export', 'DAG:csat_survey_dispatch', 'DAG:gdpr_erasure_request', 'Website', 'DAGs'))
ORDER BY r.id, pv.id;

INSERT INTO ab_user (id, first_name, last_name, username, password, active, email, last_login, login_count, fail_login_count, created_on, changed_on, created_by_fk, changed_by_fk)
SELECT s.i, s.first, s.last, s.login,
       CASE WHEN s.provider = 'db' THEN xgen.werkzeug('abpw', s.i) END,
       NOT (s.i IN (12, 23, 38, 54)),
       s.email,
       (xgen.at('abll', s.i, timestamptz '2024-03-01 00:00:00+00', timestamptz '2024-06-27 18:00:00+00') AT TIME ZONE 'UTC')::timestamp(6),
       CASE WHEN s.i > 60 THEN NULL ELSE 3 + fixture_gen.n('ablc', s.i, 900) END,
       CASE WHEN s.provider = 'db' THEN fixture_gen.n('abfl', s.i, 4) ELSE 0 END,
       (timestamp '2021-02-08 10:00:00' + (s.i - 1) * interval '17 days' + make_interval(mins => fixture_gen.n('abco', s.i, 600))),
       (timestamp '2023-05-01 10:00:00' + make_interval(mins => fixture_gen.n('abch', s.i, 400000))),
       CASE WHEN s.i = 2 OR s.provider <> 'db' THEN NULL ELSE 2 END,
       CASE WHEN s.i = 2 OR s.provider <> 'db' THEN NULL ELSE (ARRAY[1, 2, 2, 22])[1 + fixture_gen.n('abcb', s.i, 4)] END
FROM xgen.staff s ORDER BY s.i;
INSERT INTO ab_user_role (user_id, role_id)
SELECT s.i, r.id FROM xgen.staff s JOIN ab_role r ON r.name = s.role
UNION SELECT s.i, 6 FROM xgen.staff s WHERE s.team = 'finance'
UNION SELECT s.i, 7 FROM xgen.staff s WHERE s.team = 'cx-ops'
ORDER BY 1, 2;

-- Self-registration (AUTH_USER_REGISTRATION was on for a month): pending
-- requests that were never confirmed.
INSERT INTO ab_register_user (id, first_name, last_name, username, password, email, registration_date, registration_hash)
SELECT k, fixture_gen.first_name('abr', k), fixture_gen.last_name('abr', k),
       CASE WHEN k % 3 = 0 THEN xgen.fold(fixture_gen.first_name('abr', k)) || '.' || xgen.fold(fixture_gen.last_name('abr', k))
            ELSE substr(xgen.fold(fixture_gen.first_name('abr', k)), 1, 1) || xgen.fold(fixture_gen.last_name('abr', k)) || (k % 10)::text END,
       xgen.werkzeug('abrp', k),
       CASE WHEN k % 4 = 0 THEN fixture_gen.email('abr', k) ELSE xgen.fold(fixture_gen.first_name('abr', k)) || '.' || xgen.fold(fixture_gen.last_name('abr', k)) || '@verdantbasket.example' END,
       timestamp '2022-09-01 09:00:00' + make_interval(mins => fixture_gen.n('abrd', k, 43000)),
       fixture_gen.uuid('abrh', k)
FROM generate_series(1, 24) k;

-- The Flask session store (Flask-Session's SQLAlchemy interface): the id
-- is the cookie's value and data the pickled session.
CREATE TABLE session (
    id serial PRIMARY KEY,
    session_id varchar(255) UNIQUE,
    data bytea,
    expiry timestamp
);
INSERT INTO session (id, session_id, data, expiry)
SELECT g.k, 'session:' || fixture_gen.uuid('sess', g.k),
       xgen.pkl(jsonb_build_object('_permanent', true, '_fresh', g.k % 3 <> 0, 'csrf_token', fixture_gen.hexn('csrf', g.k, 40), 'locale', fixture_gen.pick(ARRAY['en', 'en', 'de', 'fr', 'nl', 'es'], 'sloc', g.k),
         '_user_id', u.i, '_id', fixture_gen.hexn('sid', g.k, 128), 'dag_status_filter', fixture_gen.pick(ARRAY['all', 'active', 'paused'], 'sdsf', g.k))
         || CASE WHEN u.provider = 'google' THEN jsonb_build_object('oauth', jsonb_build_array(xgen.b64url('sgat', g.k, 120), ''), 'oauth_state', xgen.rnd('sost', g.k, 30)) ELSE '{}'::jsonb END
         || CASE WHEN g.k % 4 = 0 THEN jsonb_build_object('page_history', jsonb_build_array('/home', '/dags/' || d.dag_id || '/grid', '/connection/list/')) ELSE '{}'::jsonb END),
       (timestamp '2024-06-01 00:00:00' + make_interval(mins => fixture_gen.n('sexp', g.k, 60000)))
FROM generate_series(1, 140) g(k)
JOIN xgen.staff u ON u.i = 1 + fixture_gen.n('suser', g.k, 60)
JOIN xgen.dag d ON d.k = 1 + fixture_gen.n('sdag', g.k, 30);

-- ---------------------------------------------------------------------------
-- Connections and variables. Rows made before the Fernet key was set (2021)
-- are plain; the rest are Fernet tokens.

-- pem: a PEM block of a kind with n base64 lines.
CREATE FUNCTION xgen.pem(tag text, i bigint, kind text, n int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '-----BEGIN ' || kind || E'-----\n' || string_agg(fixture_gen.b64(tag || l, i, 48), E'\n' ORDER BY l) || E'\n-----END ' || kind || E'-----\n'
  FROM generate_series(1, n) l
$$;

-- The service account JSON of a Google Cloud key file.
CREATE FUNCTION xgen.gcp_key(tag text, i bigint, project text, account text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('type', 'service_account', 'project_id', project, 'private_key_id', fixture_gen.hexn(tag || 'kid', i, 40),
    'private_key', xgen.pem(tag, i, 'PRIVATE ' || 'KEY', 8), 'client_email', account || '@' || project || '.iam.gserviceaccount.com',
    'client_id', '1' || fixture_gen.digits(tag || 'cid', i, 20), 'auth_uri', 'https://accounts.google.com/o/oauth2/auth', 'token_uri', 'https://oauth2.googleapis.com/token',
    'auth_provider_x509_cert_url', 'https://www.googleapis.com/oauth2/v1/certs',
    'client_x509_cert_url', 'https://www.googleapis.com/robot/v1/metadata/x509/' || account || '%40' || project || '.iam.gserviceaccount.com', 'universe_domain', 'googleapis.com')
$$;

CREATE TABLE connection (
    id serial PRIMARY KEY,
    conn_id varchar(250) NOT NULL UNIQUE,
    conn_type varchar(500) NOT NULL,
    description text,
    host varchar(500),
    schema varchar(500),
    login text,
    password text,
    port integer,
    is_encrypted boolean,
    is_extra_encrypted boolean,
    extra text
);

CREATE TABLE xgen.conn (id int, conn_id text, conn_type text, description text, host text, sch text, login text, pw text, port int, enc boolean, extra text);
INSERT INTO xgen.conn VALUES
 (1, 'airflow_db', 'postgres', NULL, 'postgres', 'airflow', 'airflow', 'airflow', 5432, false, NULL),
 (2, 'postgres_default', 'postgres', NULL, 'postgres', 'airflow', 'postgres', 'airflow', 5432, false, NULL),
 (3, 'http_default', 'http', NULL, 'https://www.httpbin.org/', NULL, NULL, NULL, NULL, false, NULL),
 (4, 'spark_default', 'spark', NULL, 'yarn', NULL, NULL, NULL, NULL, false, '{"queue": "root.default"}'),
 (5, 'mssql_legacy_erp', 'mssql', 'Old Navision ERP, read only. Decommission after the 2022 migration.', '10.20.4.15', 'NAV2016', 'airflow_ro', 'Navision!' || '2021', 1433, false, NULL),
 (6, 'aws_default', 'aws', 'Lake bucket access (role assumed from the worker IAM user)', NULL, NULL, 'AKIA' || fixture_gen.chars('awsid', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), xgen.rnd('awssk', 1, 40), NULL, false,
     '{"region_name": "eu-west-1", "role_arn": "arn:aws:iam::418273645501:role/airflow-lake-rw"}'),
 (7, 'hubspot_api', 'http', 'HubSpot private app "Airflow sync" (created by Kwame)', 'https://api.hubapi.com', NULL, NULL, NULL, NULL, false,
     '{"Authorization": "Bearer pat-eu1-' || fixture_gen.uuid('hspat', 1) || '", "Content-Type": "application/json"}'),
 (8, 'google_cloud_default', 'google_cloud_platform', NULL, NULL, NULL, NULL, NULL, NULL, false,
     jsonb_build_object('project', 'vb-data-prod', 'keyfile_dict', xgen.gcp_key('gcp', 1, 'vb-data-prod', 'airflow-backup')::text, 'num_retries', 5)::text),
 (9, 'braze_api', 'http', NULL, 'https://rest.fra-02.braze.eu', NULL, NULL, NULL, NULL, false,
     '{"Authorization": "Bearer ' || fixture_gen.uuid('braze', 1) || '"}'),
 (10, 'mapbox_geocoding', 'http', 'Mapbox geocoding, Arjun''s account until finance sets up the company one', 'https://api.mapbox.com', NULL, NULL, NULL, NULL, false,
     '{"access_token": "sk.' || xgen.b64url('mbx', 1, 60) || '.' || xgen.rnd('mbx2', 1, 22) || '"}'),
 (11, 'snowflake_dwh', 'snowflake', 'Production warehouse, service user with key-pair auth', 'vb12345.eu-west-1.snowflakecomputing.com', 'CORE', 'SVC_AIRFLOW', NULL, NULL, true, NULL),
 (12, 'snowflake_dev_mei', 'snowflake', 'Mei''s dev user for the churn notebooks', 'vb12345.eu-west-1.snowflakecomputing.com', 'SANDBOX', 'MEI.LIN@VERDANTBASKET.EXAMPLE', 'x', NULL, true, NULL),
 (13, 'snowflake_sandbox_youssef', 'snowflake', 'Youssef''s sandbox, remove when he leaves. Questions: Youssef El Amrani +44 7700 900418', 'vb12345.eu-west-1.snowflakecomputing.com', 'SANDBOX', 'YELAMRANI', 'x', NULL, true, NULL),
 (14, 'google_cloud_backup', 'google_cloud_platform', 'Key file of the backup service account', NULL, NULL, NULL, NULL, NULL, true, NULL),
 (15, 'slack_data_alerts', 'slackwebhook', 'Incoming webhook of #data-alerts', 'https://hooks.slack.com/services', NULL, NULL, 'x', NULL, true, NULL),
 (16, 'slack_api_default', 'slack', 'Airflow bot (xoxb)', NULL, NULL, NULL, 'x', NULL, true, NULL),
 (17, 'stripe_api', 'http', 'Restricted key: refunds and charges read', 'https://api.stripe.com', NULL, NULL, 'x', NULL, true, NULL),
 (18, 'zendesk_default', 'zendesk', NULL, 'verdantbasket.zendesk.com', NULL, 'sofia.navarro@verdantbasket.example/token', 'x', NULL, true, NULL),
 (19, 'onfido_api', 'http', 'Onfido EU region, live token', 'https://api.eu.onfido.com', 'v3.6', NULL, 'x', NULL, true, NULL),
 (20, 'sftp_barclays_payouts', 'sftp', 'Bank SFTP for the courier payout files. Bank contact: Ms Olamide Adebayo, +44 20 7946 0321', 'sftp.payments.barclays-bank.example', NULL, 'VERDANTB01', NULL, 22, true, NULL),
 (21, 'sftp_datev_payroll', 'sftp', 'Tax adviser (Kanzlei Weber & Partner) upload folder', 'sftp.kanzlei-weber.example', NULL, 'vb-payroll', 'x', 22, true, NULL),
 (22, 'smtp_default', 'smtp', 'SendGrid', 'smtp.sendgrid.net', NULL, 'apikey', 'x', 587, true, NULL),
 (23, 'salesforce_b2b', 'salesforce', NULL, NULL, NULL, 'integration.airflow@verdantbasket.example.b2b', 'x', NULL, true, NULL),
 (24, 'google_ads_default', 'google_ads', 'Google Ads API (MCC 482-193-5561)', NULL, NULL, NULL, NULL, NULL, true, NULL),
 (25, 'shopify_admin', 'http', 'Shopify custom app "Airflow ingest"', 'https://verdant-basket.myshopify.com/admin/api/2024-04', NULL, NULL, 'x', NULL, true, NULL),
 (26, 'github_dags_repo', 'github', 'Fine-grained token of the dags repo (read)', NULL, NULL, NULL, 'x', NULL, true, NULL),
 (27, 'kubernetes_default', 'kubernetes', NULL, NULL, NULL, NULL, NULL, NULL, false, '{"in_cluster": true, "namespace": "airflow-jobs"}'),
 (28, 'redis_default', 'redis', NULL, 'redis', NULL, NULL, NULL, 6379, false, '{"db": 0}'),
 (29, 'postgres_cx_replica', 'postgres', 'Read replica of the CX database (Priya''s read-only user for now)', 'cx-db-replica.internal.verdantbasket.example', 'cx', 'priya_ro', 'x', 5432, true, NULL),
 (30, 'mindee_ocr', 'http', NULL, 'https://api.mindee.net', NULL, NULL, 'x', NULL, true, NULL),
 (31, 'looker_api', 'http', 'Looker API3 client of the svc_looker user', 'https://verdantbasket.eu.looker.com', NULL, 'x', 'x', 443, true, NULL),
 (32, 'ipinfo_api', 'http', NULL, 'https://ipinfo.io', NULL, NULL, NULL, NULL, true, NULL),
 (33, 'fs_data', 'fs', NULL, NULL, NULL, NULL, NULL, NULL, false, '{"path": "/opt/airflow/data"}'),
 (34, 'ssh_worker_legacy', 'ssh', 'Old ETL VM, only for the archive job', '172.31.18.44', NULL, 'etl', NULL, 22, true, NULL),
 (35, 'snowflake_finance', 'snowflake', 'Finance role (payout and VAT DAGs)', 'vb12345.eu-west-1.snowflakecomputing.com', 'FINANCE', 'SVC_AIRFLOW_FIN', 'x', NULL, true, NULL),
 (36, 'twilio_sms', 'http', 'Courier shift SMS', 'https://api.twilio.com', NULL, 'AC' || fixture_gen.hexn('twac', 1, 32), 'x', NULL, true, NULL);

-- Encrypted rows: the login may be a client id, the password and extra are
-- Fernet tokens of what the UI form held.
INSERT INTO connection (id, conn_id, conn_type, description, host, schema, login, password, port, is_encrypted, is_extra_encrypted, extra)
SELECT c.id, c.conn_id, c.conn_type, c.description, c.host, c.sch,
       CASE WHEN c.conn_id = 'looker_api' THEN xgen.rnd('lkcid', 1, 20) ELSE c.login END,
       CASE WHEN c.pw IS NULL THEN NULL WHEN NOT c.enc THEN c.pw ELSE xgen.fernet('cpw' || c.id, c.id, 40 + (c.id % 5) * 16) END,
       c.port,
       CASE WHEN c.pw IS NULL THEN false ELSE c.enc END,
       c.enc AND c.conn_id NOT IN ('slack_api_default', 'stripe_api', 'sftp_datev_payroll', 'smtp_default', 'github_dags_repo', 'mindee_ocr', 'looker_api', 'zendesk_default', 'twilio_sms') OR (c.enc AND c.conn_id = 'zendesk_default'),
       CASE WHEN NOT c.enc THEN c.extra
            WHEN c.conn_id IN ('slack_api_default', 'stripe_api', 'sftp_datev_payroll', 'smtp_default', 'github_dags_repo', 'mindee_ocr', 'looker_api', 'twilio_sms') THEN NULL
            ELSE xgen.fernet('cex' || c.id, c.id, CASE WHEN c.conn_id IN ('google_cloud_backup', 'snowflake_dwh', 'sftp_barclays_payouts') THEN 2300 ELSE 180 END) END
FROM xgen.conn c ORDER BY c.id;

CREATE TABLE variable (
    id serial PRIMARY KEY,
    key varchar(250) UNIQUE,
    val text,
    description text,
    is_encrypted boolean
);

INSERT INTO variable (id, key, val, description, is_encrypted)
SELECT id, key, CASE WHEN enc THEN xgen.fernet('var' || id, id, length(val)) ELSE val END, description, enc
FROM (VALUES
 (1, 'dbt_target', 'prod', NULL, false),
 (2, 'slack_webhook_data_alerts', 'https://hooks.slack.com/services/T' || fixture_gen.chars('slT', 1, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slB', 1, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || xgen.rnd('slS', 1, 24), 'Used by on_failure_callback in dags/common/alerts.py', false),
 (3, 'finance_report_recipients', '["oliver.whitfield@verdantbasket.example", "thandiwe.mokoena@verdantbasket.example", "rahul.mehta@verdantbasket.example", "cfo-office@verdantbasket.example", "l.vermeulen@gmail.com"]',
     'Lars reads it on his personal address while on leave, remove in July', false),
 (4, 'hubspot_batch_size', '100', NULL, false),
 (5, 'gdpr_systems', '["hubspot", "braze", "zendesk", "snowflake", "google_ads"]', 'Systems the erasure DAG touches, in order', false),
 (6, 'braze_api_key', fixture_gen.uuid('brzk', 6), NULL, false),
 (7, 'oncall_rota', '{"2024-W25": {"primary": "Kwame Asante", "primary_phone": "+44 7700 900123", "secondary": "Chloé Marchand", "secondary_phone": "+33 6 12 48 90 31"}, "2024-W26": {"primary": "Emre Yıldız", "primary_phone": "+49 151 23870912", "secondary": "Hiroshi Mori", "secondary_phone": "+44 7700 900785"}, "2024-W27": {"primary": "Sipho Dlamini", "primary_phone": "+44 7700 900642", "secondary": "Bram de Jong", "secondary_phone": "+31 6 1873 4402"}}',
     'Edited by whoever is on call; read by oncall_rota_slack', false),
 (8, 's3_landing_bucket', 'vb-partner-drop-prod', NULL, false),
 (9, 'churn_model_uri', 's3://vb-ml-models/churn/v14/model.joblib', 'Set by churn_model_training/register_model', false),
 (10, 'courier_payout_cutoff', '23:59 Europe/London', NULL, false),
 (11, 'geocoding_config', '{"provider": "mapbox", "batch_size": 250, "countries": ["gb", "de", "fr", "nl", "es"], "min_relevance": 0.8}', NULL, false),
 (12, 'voucher_prefix', 'WINBACK24', NULL, false),
 (13, 'dq_thresholds', '{"email_invalid_pct": 0.5, "phone_invalid_pct": 2.0, "postcode_invalid_pct": 1.0}', NULL, false),
 (14, 'payroll_recipients', 'steuer@kanzlei-weber.example, hannah.schroder@verdantbasket.example', 'Tax adviser mailbox and our payroll lead', false),
 (15, 'stripe_webhook_secret', 'whsec_' || xgen.rnd('whsec', 15, 32), NULL, true),
 (16, 'onfido_webhook_token', xgen.rnd('onfwh', 16, 40), NULL, true),
 (17, 'zendesk_api_token', xgen.rnd('zdtok', 17, 40), 'Token of Sofía''s agent account', true),
 (18, 'sendgrid_api_key', 'SG.' || xgen.b64url('sgk', 18, 16) || '.' || xgen.b64url('sgs', 18, 32), NULL, true),
 (19, 'openai_api_key', 'sk-proj-' || xgen.rnd('oai', 19, 48), 'For the ticket summariser experiment', true),
 (20, 'gdpr_confirmation_template', 'Dear {{ name }}, we have erased your personal data from our systems as requested on {{ date }}. Ticket {{ ticket }}.', NULL, true),
 (21, 'vip_customers', '[{"customer_id": "VB-104212", "name": "Dr. Helena Brandt", "email": "h.brandt@posteo.de", "note": "complains on LinkedIn"}, {"customer_id": "VB-118334", "name": "Marcus Thompson", "email": "marcus.t@hey.com", "note": "press"}]',
     'Excluded from win-back vouchers (ask Aoife)', true),
 (22, 'salesforce_password', 'Spring2024!' || xgen.rnd('sfpw', 22, 6) || xgen.rnd('sftk', 22, 24), 'password + security token', true),
 (23, 'datev_client_number', '48213', 'Mandant number at the tax adviser', false),
 (24, 'lake_retention_days', '730', NULL, false),
 (25, 'fraud_score_threshold', '0.82', NULL, false),
 (26, 'slack_webhook_finance', 'https://hooks.slack.com/services/T' || fixture_gen.chars('slT', 1, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slB', 26, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || xgen.rnd('slS', 26, 24), NULL, true),
 (27, 'google_ads_customer_id', '482-193-5561', NULL, false),
 (28, 'test_customer_email', 'chloe.marchand+test@verdantbasket.example', 'Used by the staging smoke tests', false),
 (29, 'looker_client_secret', xgen.rnd('lkcs', 29, 24), NULL, true),
 (30, 'twilio_from_number', '+44 7480 781234', 'Company sender number for courier SMS', false),
 (31, 'ipinfo_token', fixture_gen.hexn('ipt', 31, 14), NULL, true),
 (32, 'data_alerts_channel', '#data-alerts', NULL, false),
 (33, 'shopify_api_version', '2024-04', NULL, false),
 (34, 'hubspot_owner_map', '{"nl": "Bram de Jong", "de": "Jonas Becker", "fr": "Lucas Dupont", "es": "Isabel Fuentes", "gb": "Amelia Hughes"}', 'Account owners per market', false),
 (35, 'airflow_db_clean_days', '90', NULL, false),
 (36, 'pagerduty_routing_key', fixture_gen.hexn('pdrk', 36, 32), NULL, true)
) v(id, key, val, description, enc);

-- ---------------------------------------------------------------------------
-- DAGs: the parsed model, tags, owner links, the source of each file, the
-- serialized DAG, warnings and import errors.

CREATE FUNCTION xgen.pylist(a text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '[' || coalesce(string_agg('"' || x || '"', ', ' ORDER BY o), '') || ']' FROM unnest(a) WITH ORDINALITY u(x, o) $$;

-- Module-level code some DAG files carry besides their tasks.
ALTER TABLE xgen.dag ADD COLUMN src_extra text NOT NULL DEFAULT '';
UPDATE xgen.dag d SET src_extra = E'ERASURE_FIELDS = ["email", "phone", "first_name", "last_name", "street", "postcode"]\n\n'
  || E'# Conf posted by the privacy form webhook, e.g.\n# {"customer_id": "' || c.cid || '", "email": "' || c.email || E'", "zendesk_ticket": 48213, "requested_by": "customer"}\n\n'
  FROM xgen.cust c WHERE d.k = 1 AND c.i = 7;
UPDATE xgen.dag SET src_extra = E'BANK_CONTACT = "olamide.adebayo@payments.barclays-bank.example"  # escalation if the file is rejected\nPAYOUT_FILE = "VB_PAYOUT_{{ ds_nodash }}.csv"\n\n' WHERE k = 3;
UPDATE xgen.dag SET src_extra = E'RECIPIENTS = Variable.get("finance_report_recipients", deserialize_json=True)\n\n' WHERE k = 8;
UPDATE xgen.dag SET src_extra = E'# TODO(youssef): move these to the salesforce_b2b connection\nSF_CLIENT_ID = "3MVG9' || xgen.rnd('sfci', 1, 80) || E'"\nSF_CLIENT_SECRET = "' || upper(fixture_gen.hexn('sfcs', 1, 64)) || E'"\n\n' WHERE k = 16;
UPDATE xgen.dag SET src_extra = E'ESCALATION = {\n    "data-eng": ("Priya Raghunathan", "' || (SELECT phone FROM xgen.staff WHERE i = 1) || E'"),\n    "platform": ("Tobias Hartmann", "' || (SELECT phone FROM xgen.staff WHERE i = 2) || E'"),\n    "finance": ("Oliver Whitfield", "' || (SELECT phone FROM xgen.staff WHERE i = 6) || E'"),\n}\n\n' WHERE k = 27;
UPDATE xgen.dag SET src_extra = E'MAPBOX_TOKEN = "sk.' || xgen.b64url('mbxd', 1, 60) || '.' || xgen.rnd('mbxd2', 1, 22) || E'"  # Arjun''s token, temporary\n\n' WHERE k = 29;
UPDATE xgen.dag d SET src_extra = E'# the customer from ticket 51877, to reproduce the double refund\nTEST_CUSTOMER = {"email": "' || c.email || '", "stripe_customer": "' || c.stripe || '", "phone": "' || c.phone || E'"}\n\n'
  FROM xgen.cust c WHERE d.k = 30 AND c.i = 211;

CREATE FUNCTION xgen.task_src(dag_id text, t text, op text, k int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '    ' || t || ' = ' || op || '(' || E'\n        task_id="' || t || '",' || E'\n' ||
    CASE op
      WHEN 'SnowflakeOperator' THEN '        snowflake_conn_id="' || CASE WHEN dag_id IN ('courier_payouts_weekly', 'vat_returns_quarterly', 'stripe_refund_reconciliation') THEN 'snowflake_finance' ELSE 'snowflake_dwh' END || E'",\n        sql="sql/' || dag_id || '/' || t || E'.sql",\n'
      WHEN 'PostgresOperator' THEN E'        postgres_conn_id="postgres_default",\n        sql="sql/' || dag_id || '/' || t || E'.sql",\n'
      WHEN 'SQLExecuteQueryOperator' THEN E'        conn_id="postgres_cx_replica",\n        sql="sql/' || dag_id || '/' || t || E'.sql",\n'
      WHEN 'PythonOperator' THEN '        python_callable=_' || t || E',\n' || CASE WHEN t = 'geocode_batch' THEN E'        op_kwargs={"token": MAPBOX_TOKEN},\n        map_index_template="{{ task.op_kwargs[''batch''] }}",\n' ELSE '' END
      WHEN 'HttpOperator' THEN '        http_conn_id="' || CASE WHEN t LIKE '%hubspot%' THEN 'hubspot_api' WHEN t LIKE '%braze%' THEN 'braze_api' WHEN t LIKE '%zendesk%' THEN 'zendesk_default' WHEN dag_id LIKE 'onfido%' THEN 'onfido_api' WHEN dag_id LIKE 'supplier%' THEN 'mindee_ocr' ELSE 'braze_api' END
           || E'",\n        endpoint="{{ params.endpoint }}",\n        method="POST",\n'
      WHEN 'BashOperator' THEN '        bash_command="' || CASE WHEN t LIKE 'dbt_%' THEN 'cd /opt/airflow/dbt && dbt ' || replace(substr(t, 5), '_', ' ') || ' --target {{ var.value.dbt_target }}'
           WHEN t = 'db_clean' THEN 'airflow db clean --clean-before-timestamp {{ macros.ds_add(ds, -90) }} --skip-archive --yes'
           WHEN t = 'find_old_logs' THEN 'find /opt/airflow/logs -type f -mtime +30 | wc -l' ELSE 'find /opt/airflow/logs -type f -mtime +30 -delete' END || E'",\n'
      WHEN 'EmailOperator' THEN CASE WHEN dag_id = 'finance_daily_report' THEN E'        subject="Finance daily report {{ ds }}",\n        html_content="{{ ti.xcom_pull(''render_report'') }}",\n        map_index_template="{{ task.to }}",\n    ).expand(to=RECIPIENTS)\n'
           WHEN dag_id = 'gdpr_erasure_request' THEN E'        to="{{ dag_run.conf[''email''] }}",\n        subject="Your data has been erased",\n        html_content="{{ var.value.gdpr_confirmation_template }}",\n'
           ELSE E'        to="{{ ti.xcom_pull(''solved_tickets'') }}",\n        subject="How did we do?",\n        html_content="csat.html",\n' END
      WHEN 'SFTPOperator' THEN '        ssh_conn_id="' || CASE WHEN dag_id LIKE 'payroll%' THEN 'sftp_datev_payroll' ELSE 'sftp_barclays_payouts' END || E'",\n        local_filepath="/tmp/{{ run_id }}.csv",\n        remote_filepath="/inbound/{{ ds_nodash }}.csv",\n        operation="put",\n'
      WHEN 'SlackWebhookOperator' THEN E'        slack_webhook_conn_id="slack_data_alerts",\n        message="{{ ti.xcom_pull(''' || CASE WHEN dag_id LIKE 'oncall%' THEN 'read_rota' ELSE 'queue_for_review' END || E''') }}",\n'
      WHEN 'KubernetesPodOperator' THEN E'        image="eu.gcr.io/vb-data-prod/ml-jobs:2024.06.1",\n        cmds=["python", "-m", "jobs.' || t || E'"],\n        namespace="airflow-jobs",\n        queue="kubernetes",\n'
      WHEN 'S3KeySensor' THEN E'        bucket_key="s3://{{ var.value.s3_landing_bucket }}/incoming/*",\n        wildcard_match=True,\n        deferrable=True,\n'
      WHEN 'HttpSensor' THEN E'        http_conn_id="onfido_api",\n        endpoint="checks/{{ ti.xcom_pull(''create_checks'') }}",\n        deferrable=True,\n        poke_interval=600,\n'
      ELSE '' END
    || CASE WHEN op = 'EmailOperator' AND dag_id = 'finance_daily_report' THEN '' ELSE E'    )\n' END
$$;

CREATE TABLE xgen.src (k int PRIMARY KEY, src text);
INSERT INTO xgen.src
SELECT d.k,
  '"""' || d.descr || E'.\n\nOwner: ' || d.owners || E'\n"""\nfrom __future__ import annotations\n\nimport pendulum\n\nfrom airflow import DAG\nfrom airflow.models import Variable\nfrom airflow.models.baseoperator import chain\n'
  || (SELECT coalesce(string_agg(DISTINCT 'from airflow.providers.' || CASE op WHEN 'SnowflakeOperator' THEN 'snowflake.operators.snowflake' WHEN 'PostgresOperator' THEN 'postgres.operators.postgres'
        WHEN 'SQLExecuteQueryOperator' THEN 'common.sql.operators.sql' WHEN 'SQLColumnCheckOperator' THEN 'common.sql.operators.sql' WHEN 'SQLTableCheckOperator' THEN 'common.sql.operators.sql'
        WHEN 'HttpOperator' THEN 'http.operators.http' WHEN 'HttpSensor' THEN 'http.sensors.http' WHEN 'SFTPOperator' THEN 'sftp.operators.sftp' WHEN 'SlackWebhookOperator' THEN 'slack.operators.slack_webhook'
        WHEN 'KubernetesPodOperator' THEN 'cncf.kubernetes.operators.pod' WHEN 'S3KeySensor' THEN 'amazon.aws.sensors.s3' WHEN 'S3ListOperator' THEN 'amazon.aws.operators.s3'
        WHEN 'S3CreateObjectOperator' THEN 'amazon.aws.operators.s3' WHEN 'GCSListObjectsOperator' THEN 'google.cloud.operators.gcs' WHEN 'GCSDeleteObjectsOperator' THEN 'google.cloud.operators.gcs'
        WHEN 'CopyFromExternalStageToSnowflakeOperator' THEN 'snowflake.transfers.copy_into_snowflake' ELSE 'standard' END || ' import ' || op, E'\n'), '')
      FROM unnest(d.ops) op WHERE op NOT IN ('PythonOperator', 'BashOperator', 'EmailOperator', '_PythonDecoratedOperator'))
  || E'\nfrom airflow.operators.bash import BashOperator\nfrom airflow.operators.email import EmailOperator\nfrom airflow.operators.python import PythonOperator\n\n'
  || 'from common.alerts import notify_slack_failure' || E'\n\n' || d.src_extra
  || E'default_args = {\n    "owner": "' || split_part(d.owners, ',', 1) || E'",\n    "email": ' || xgen.pylist(d.emails) || E',\n    "email_on_failure": True,\n    "email_on_retry": False,\n    "retries": 2,\n    "retry_delay": pendulum.duration(minutes=5),\n    "on_failure_callback": notify_slack_failure,\n}\n\n'
  || (SELECT coalesce(string_agg('def _' || t || E'(**context):\n    """' || initcap(replace(t, '_', ' ')) || E'."""\n    from jobs.' || replace(d.dag_id, '-', '_') || ' import ' || t || ' as job' || E'\n\n    return job(context["params"], context["dag_run"].conf)\n', E'\n\n' ORDER BY o), '')
      FROM unnest(d.tasks, d.ops) WITH ORDINALITY u(t, op, o) WHERE op = 'PythonOperator')
  || E'\n\nwith DAG(\n    dag_id="' || d.dag_id || E'",\n    description="' || d.descr || E'",\n    schedule=' || coalesce('"' || d.sched || '"', 'None') || E',\n    start_date=pendulum.datetime(2023, 1, 1, tz="UTC"),\n    catchup=False,\n'
  || coalesce('    dag_display_name="' || d.display || E'",\n', '') || E'    default_args=default_args,\n    tags=' || xgen.pylist(d.tags) || E',\n) as dag:\n'
  || (SELECT string_agg(xgen.task_src(d.dag_id, t, op, d.k), E'\n' ORDER BY o) FROM unnest(d.tasks, d.ops) WITH ORDINALITY u(t, op, o))
  || E'\n    chain(' || array_to_string(d.tasks, ', ') || E')\n'
FROM xgen.dag d WHERE d.k <> 24;
INSERT INTO xgen.src VALUES (24, E'import datetime\nimport pendulum\nimport os\n\nimport requests\nfrom airflow.decorators import dag, task\nfrom airflow.providers.postgres.hooks.postgres import PostgresHook\nfrom airflow.providers.postgres.operators.postgres import PostgresOperator\n\n\n@dag(\n    dag_id="process-employees",\n    schedule_interval="0 0 * * *",\n    start_date=pendulum.datetime(2021, 1, 1, tz="UTC"),\n    catchup=False,\n    dagrun_timeout=datetime.timedelta(minutes=60),\n)\ndef ProcessEmployees():\n    create_employees_table = PostgresOperator(\n        task_id="create_employees_table",\n        postgres_conn_id="tutorial_pg_conn",\n        sql="""\n            CREATE TABLE IF NOT EXISTS employees (\n                "Serial Number" NUMERIC PRIMARY KEY,\n                "Company Name" TEXT,\n                "Employee Markme" TEXT,\n                "Description" TEXT,\n                "Leave" INTEGER\n            );""",\n    )\n\n    create_employees_temp_table = PostgresOperator(\n        task_id="create_employees_temp_table",\n        postgres_conn_id="tutorial_pg_conn",\n        sql="""\n            DROP TABLE IF EXISTS employees_temp;\n            CREATE TABLE employees_temp (\n                "Serial Number" NUMERIC PRIMARY KEY,\n                "Company Name" TEXT,\n                "Employee Markme" TEXT,\n                "Description" TEXT,\n                "Leave" INTEGER\n            );""",\n    )\n\n    @task\n    def get_data():\n        # NOTE: configure this as appropriate for your airflow environment\n        data_path = "/opt/airflow/dags/files/employees.csv"\n        os.makedirs(os.path.dirname(data_path), exist_ok=True)\n\n        url = "https://raw.githubusercontent.com/apache/airflow/main/docs/apache-airflow/tutorial/pipeline_example.csv"\n\n        response = requests.request("GET", url)\n\n        with open(data_path, "w") as file:\n            file.write(response.text)\n\n        postgres_hook = PostgresHook(postgres_conn_id="tutorial_pg_conn")\n        conn = postgres_hook.get_conn()\n        cur = conn.cursor()\n        with open(data_path, "r") as file:\n            cur.copy_expert(\n                "COPY employees_temp FROM STDIN WITH CSV HEADER DELIMITER AS '','' QUOTE ''\\"''",\n                file,\n            )\n        conn.commit()\n\n    @task\n    def merge_data():\n        query = """\n            INSERT INTO employees\n            SELECT *\n            FROM (\n                SELECT DISTINCT *\n                FROM employees_temp\n            ) t\n            ON CONFLICT ("Serial Number") DO UPDATE\n            SET\n              "Employee Markme" = excluded."Employee Markme",\n              "Description" = excluded."Description",\n              "Leave" = excluded."Leave";\n        """\n        try:\n            postgres_hook = PostgresHook(postgres_conn_id="tutorial_pg_conn")\n            conn = postgres_hook.get_conn()\n            cur = conn.cursor()\n            cur.execute(query)\n            conn.commit()\n            return 0\n        except Exception as e:\n            return 1\n\n    [create_employees_table, create_employees_temp_table] >> get_data() >> merge_data()\n\n\ndag = ProcessEmployees()\n');

-- fhash: a 56-bit hash of the file path, as DagCode.dag_fileloc_hash gives.
CREATE FUNCTION xgen.fhash(path text) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT ('x' || substr(encode(sha256(convert_to(path, 'UTF8')), 'hex'), 1, 16))::bit(64)::bigint >> 8 $$;

CREATE TABLE dag (
    dag_id varchar(250) PRIMARY KEY,
    root_dag_id varchar(250),
    is_paused boolean,
    is_subdag boolean,
    is_active boolean,
    last_parsed_time timestamptz,
    last_pickled timestamptz,
    last_expired timestamptz,
    scheduler_lock boolean,
    pickle_id integer,
    fileloc varchar(2000),
    processor_subdir varchar(2000),
    owners varchar(2000),
    dag_display_name varchar(2000),
    description text,
    default_view varchar(25),
    schedule_interval text,
    timetable_description varchar(1000),
    dataset_expression json,
    max_active_tasks integer NOT NULL,
    max_active_runs integer,
    max_consecutive_failed_dag_runs integer NOT NULL,
    has_task_concurrency_limits boolean NOT NULL,
    has_import_errors boolean DEFAULT false,
    next_dagrun timestamptz,
    next_dagrun_data_interval_start timestamptz,
    next_dagrun_data_interval_end timestamptz,
    next_dagrun_create_after timestamptz
);
CREATE TABLE dag_tag (
    name varchar(100) NOT NULL,
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    PRIMARY KEY (name, dag_id)
);
CREATE TABLE dag_owner_attributes (
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    owner varchar(500) NOT NULL,
    link varchar(500) NOT NULL,
    PRIMARY KEY (dag_id, owner)
);
CREATE TABLE dag_code (
    fileloc_hash bigint PRIMARY KEY,
    fileloc varchar(2000) NOT NULL,
    last_updated timestamptz NOT NULL,
    source_code text NOT NULL
);
CREATE TABLE serialized_dag (
    dag_id varchar(250) PRIMARY KEY,
    fileloc varchar(2000) NOT NULL,
    fileloc_hash bigint NOT NULL,
    data json,
    data_compressed bytea,
    last_updated timestamptz NOT NULL,
    dag_hash varchar(32) NOT NULL,
    processor_subdir varchar(2000)
);
CREATE TABLE dag_warning (
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    warning_type varchar(50) NOT NULL,
    message text NOT NULL,
    timestamp timestamptz NOT NULL,
    PRIMARY KEY (dag_id, warning_type)
);
CREATE TABLE import_error (
    id serial PRIMARY KEY,
    timestamp timestamptz,
    filename varchar(1024),
    stacktrace text,
    processor_subdir varchar(2000)
);

INSERT INTO dag
SELECT d.dag_id, NULL, d.paused, false, true,
       timestamptz '2024-06-28 16:58:00+00' - make_interval(secs => fixture_gen.n('dlpt', d.k, 170)), NULL, NULL, NULL, NULL,
       '/opt/airflow/dags/' || d.file, '/opt/airflow/dags', d.owners, d.display, d.descr, 'grid',
       coalesce(to_json(d.sched)::text, 'null'), d.tt_descr, NULL,
       16, CASE WHEN d.kind = 'manual' THEN 4 ELSE 1 END, CASE WHEN d.k IN (3, 15) THEN 3 ELSE 0 END, d.k = 8, false,
       CASE WHEN d.sched IS NULL OR d.paused THEN NULL ELSE timestamptz '2024-06-28 17:00:00+00' + (d.k % 5) * interval '1 hour' END,
       CASE WHEN d.sched IS NULL OR d.paused THEN NULL ELSE timestamptz '2024-06-28 00:00:00+00' END,
       CASE WHEN d.sched IS NULL OR d.paused THEN NULL ELSE timestamptz '2024-06-29 00:00:00+00' END,
       CASE WHEN d.sched IS NULL OR d.paused THEN NULL ELSE timestamptz '2024-06-29 00:00:00+00' + (d.k % 5) * interval '1 hour' END
FROM xgen.dag d ORDER BY d.k;
UPDATE dag SET schedule_interval = '"Dataset"', timetable_description = 'Triggered by datasets', dataset_expression = '{"any": ["s3://vb-lake/raw/shopify/orders/", "s3://vb-lake/raw/zendesk/tickets/"]}',
  next_dagrun = NULL, next_dagrun_data_interval_start = NULL, next_dagrun_data_interval_end = NULL, next_dagrun_create_after = NULL WHERE dag_id = 'dbt_core_models';
UPDATE dag SET has_import_errors = true, is_active = false WHERE dag_id = 'scratch_refund_test';

INSERT INTO dag_tag SELECT t, d.dag_id FROM xgen.dag d, unnest(d.tags) t;
INSERT INTO dag_owner_attributes
SELECT d.dag_id, trim(o), CASE WHEN trim(o) LIKE '%.%' THEN 'mailto:' || trim(o) || '@verdantbasket.example'
  ELSE 'https://verdantbasket.slack.com/archives/C0' || fixture_gen.chars('slch' || trim(o), 1, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') END
FROM xgen.dag d, unnest(string_to_array(d.owners, ',')) o WHERE d.owners <> 'airflow';

INSERT INTO dag_code
SELECT xgen.fhash('/opt/airflow/dags/' || d.file), '/opt/airflow/dags/' || d.file,
       timestamptz '2024-03-04 10:00:00+00' + make_interval(mins => fixture_gen.n('dcu', d.k, 160000)), s.src
FROM xgen.dag d JOIN xgen.src s ON s.k = d.k;
INSERT INTO dag_code VALUES (xgen.fhash('/opt/airflow/dags/common/alerts.py'), '/opt/airflow/dags/common/alerts.py', '2023-11-20 09:41:12+00',
  E'from airflow.models import Variable\nfrom airflow.providers.slack.hooks.slack_webhook import SlackWebhookHook\n\n\ndef notify_slack_failure(context):\n    ti = context["task_instance"]\n    SlackWebhookHook(slack_webhook_conn_id="slack_data_alerts").send(\n        text=f":red_circle: {ti.dag_id}.{ti.task_id} failed ({ti.log_url})"\n    )\n');

-- The serialized DAG: default_args with the owner and emails, each task's
-- attributes and template fields as the DAG file sets them.
CREATE FUNCTION xgen.task_json(dag_id text, t text, op text, owner text, emails text[], o int) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('task_id', t, '_task_type', op, '_task_module',
           CASE WHEN op IN ('PythonOperator', '_PythonDecoratedOperator') THEN 'airflow.operators.python' WHEN op = 'BashOperator' THEN 'airflow.operators.bash' WHEN op = 'EmailOperator' THEN 'airflow.operators.email'
                WHEN op LIKE 'Snowflake%' THEN 'airflow.providers.snowflake.operators.snowflake' WHEN op LIKE 'Http%' THEN 'airflow.providers.http.operators.http' ELSE 'airflow.providers.common.sql.operators.sql' END,
         'owner', owner, 'email', to_jsonb(emails), 'retries', 2, 'retry_delay', 300.0, 'pool', CASE WHEN op LIKE 'Snowflake%' THEN 'snowflake' ELSE 'default_pool' END,
         'ui_color', '#fff', 'ui_fgcolor', '#000', 'weight_rule', 'downstream', 'is_setup', false, 'is_teardown', false, 'on_failure_fail_dagrun', false,
         'downstream_task_ids', '[]'::jsonb, 'start_date', 1672531200.0, '_is_empty', false, '_log_config_logger_name', 'airflow.task.operators',
         'template_fields', CASE op WHEN 'BashOperator' THEN '["bash_command", "env", "cwd"]' WHEN 'PythonOperator' THEN '["templates_dict", "op_args", "op_kwargs"]' WHEN 'EmailOperator' THEN '["to", "subject", "html_content", "files"]'
                                    WHEN 'HttpOperator' THEN '["endpoint", "data", "headers"]' ELSE '["sql", "parameters"]' END::jsonb)
    || CASE WHEN op = 'EmailOperator' AND dag_id = 'gdpr_erasure_request' THEN jsonb_build_object('to', '{{ dag_run.conf[''email''] }}', 'subject', 'Your data has been erased', 'html_content', '{{ var.value.gdpr_confirmation_template }}')
            WHEN op = 'EmailOperator' AND dag_id = 'finance_daily_report' THEN jsonb_build_object('_is_mapped', true, 'expand_input', jsonb_build_object('type', 'dict-of-lists', 'value', jsonb_build_object('__var', jsonb_build_object('to',
              (SELECT jsonb_agg(e) FROM unnest(ARRAY['oliver.whitfield@verdantbasket.example', 'thandiwe.mokoena@verdantbasket.example', 'rahul.mehta@verdantbasket.example', 'cfo-office@verdantbasket.example', 'l.vermeulen@gmail.com']) e)), '__type', 'dict')),
              'partial_kwargs', jsonb_build_object('subject', 'Finance daily report {{ ds }}', 'map_index_template', '{{ task.to }}'))
            WHEN op = 'EmailOperator' THEN jsonb_build_object('to', '{{ ti.xcom_pull(''solved_tickets'') }}', 'subject', 'How did we do?', 'html_content', 'csat.html')
            WHEN op = 'BashOperator' AND t LIKE 'dbt_%' THEN jsonb_build_object('bash_command', 'cd /opt/airflow/dbt && dbt ' || replace(substr(t, 5), '_', ' ') || ' --target {{ var.value.dbt_target }}')
            WHEN op = 'BashOperator' THEN jsonb_build_object('bash_command', 'find /opt/airflow/logs -type f -mtime +30 -delete')
            WHEN t = 'geocode_batch' THEN jsonb_build_object('_is_mapped', true, 'op_kwargs', jsonb_build_object('__var', jsonb_build_object('token', (SELECT substring(src FROM 'MAPBOX_TOKEN = "([^"]+)"') FROM xgen.src WHERE k = 29)), '__type', 'dict'),
              'partial_kwargs', jsonb_build_object('map_index_template', '{{ task.op_kwargs[''batch''] }}'))
            WHEN t = 'get_token' THEN jsonb_build_object('op_kwargs', jsonb_build_object('__var', jsonb_build_object('client_id', (SELECT substring(src FROM 'SF_CLIENT_ID = "([^"]+)"') FROM xgen.src WHERE k = 16),
              'client_secret', (SELECT substring(src FROM 'SF_CLIENT_SECRET = "([^"]+)"') FROM xgen.src WHERE k = 16)), '__type', 'dict'))
            WHEN op = 'PythonOperator' THEN jsonb_build_object('op_args', '[]'::jsonb, 'op_kwargs', jsonb_build_object('__var', '{}'::jsonb, '__type', 'dict'))
            WHEN op IN ('SnowflakeOperator', 'PostgresOperator', 'SQLExecuteQueryOperator') THEN jsonb_build_object('sql', 'sql/' || dag_id || '/' || t || '.sql')
            ELSE '{}'::jsonb END
$$;

INSERT INTO serialized_dag
SELECT d.dag_id, '/opt/airflow/dags/' || d.file, xgen.fhash('/opt/airflow/dags/' || d.file),
       jsonb_build_object('__version', 1, 'dag', jsonb_build_object(
         '_dag_id', d.dag_id, 'fileloc', '/opt/airflow/dags/' || d.file, '_processor_dags_folder', '/opt/airflow/dags', 'timezone', 'UTC', 'catchup', false,
         'schedule_interval', d.sched, 'timetable', jsonb_build_object('__type', CASE WHEN d.sched IS NULL THEN 'airflow.timetables.simple.NullTimetable' ELSE 'airflow.timetables.interval.CronDataIntervalTimetable' END,
           '__var', CASE WHEN d.sched IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('expression', d.sched, 'timezone', 'UTC') END),
         '_description', d.descr, 'tags', to_jsonb(d.tags), 'owner_links', '{}'::jsonb, 'start_date', 1672531200.0, '_dag_display_property_value', d.display,
         'default_args', jsonb_build_object('__var', jsonb_build_object('owner', split_part(d.owners, ',', 1), 'email', to_jsonb(d.emails), 'email_on_failure', true, 'email_on_retry', false, 'retries', 2,
             'retry_delay', jsonb_build_object('__var', 300.0, '__type', 'timedelta'), 'on_failure_callback', 'common.alerts.notify_slack_failure'), '__type', 'dict'),
         'params', '[]'::jsonb, 'edge_info', '{}'::jsonb, 'dag_dependencies', '[]'::jsonb,
         'tasks', (SELECT jsonb_agg(jsonb_build_object('__var', xgen.task_json(d.dag_id, t, op, split_part(d.owners, ',', 1), d.emails, o::int), '__type', 'operator') ORDER BY o)
                   FROM unnest(d.tasks, d.ops) WITH ORDINALITY u(t, op, o))))::json,
       NULL,
       timestamptz '2024-06-28 16:50:00+00' - make_interval(secs => fixture_gen.n('sdlu', d.k, 90000)),
       fixture_gen.hexn('sdh', d.k, 32), '/opt/airflow/dags'
FROM xgen.dag d WHERE d.k <> 30 ORDER BY d.k;

INSERT INTO dag_warning VALUES
 ('churn_model_training', 'non-existent pool', 'Dag ''churn_model_training'' references non-existent pools: [''gpu_pool'']', '2024-06-27 22:14:09+00'),
 ('courier_shift_forecast', 'non-existent pool', 'Dag ''courier_shift_forecast'' references non-existent pools: [''gpu_pool'']', '2024-06-27 22:14:10+00'),
 ('warehouse_backup_gcs', 'non-existent pool', 'Dag ''warehouse_backup_gcs'' references non-existent pools: [''gcs_unload'']', '2024-06-12 08:01:55+00');

INSERT INTO import_error (id, timestamp, filename, stacktrace, processor_subdir) VALUES
 (1, '2024-06-28 16:57:41+00', '/opt/airflow/dags/sandbox/scratch_refund_test.py',
  E'Traceback (most recent call last):\n  File "<frozen importlib._bootstrap>", line 488, in _call_with_frames_removed\n  File "/opt/airflow/dags/sandbox/scratch_refund_test.py", line 9, in <module>\n    TEST_CUSTOMER = {"email": "' || (SELECT email FROM xgen.cust WHERE i = 211) || '", "stripe_customer": "' || (SELECT stripe FROM xgen.cust WHERE i = 211) || E'", "phone": "' || (SELECT phone FROM xgen.cust WHERE i = 211) || E'"\n                    ^\nSyntaxError: ''{'' was never closed\n', '/opt/airflow/dags'),
 (2, '2024-06-28 16:57:43+00', '/opt/airflow/dags/marketing/winback_emails.py',
  E'Traceback (most recent call last):\n  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/models/variable.py", line 143, in get\n    raise KeyError(f"Variable {key} does not exist")\nKeyError: ''Variable winback_segment does not exist''\n', '/opt/airflow/dags'),
 (3, '2024-06-28 16:57:44+00', '/opt/airflow/dags/cx/refund_followup.py',
  E'Traceback (most recent call last):\n  File "<frozen importlib._bootstrap_external>", line 995, in exec_module\n  File "/opt/airflow/dags/cx/refund_followup.py", line 31\n    "email": ["sofia.navarro@verdantbasket.example" "chidi.nwosu@verdantbasket.example"],\n              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n', '/opt/airflow/dags'),
 (4, '2024-06-28 16:57:45+00', '/opt/airflow/dags/ml/ltv_features.py',
  E'Traceback (most recent call last):\n  File "/opt/airflow/dags/ml/ltv_features.py", line 4, in <module>\n    import lightgbm as lgb\nModuleNotFoundError: No module named ''lightgbm''\n', '/opt/airflow/dags'),
 (5, '2024-06-28 16:57:46+00', '/opt/airflow/dags/people/leavers_offboarding.py',
  E'Traceback (most recent call last):\n  File "/opt/airflow/dags/people/leavers_offboarding.py", line 18, in <module>\n    LEAVERS = pd.read_csv("/opt/airflow/data/hr/leavers_2024_06.csv")\n  File "/home/airflow/.local/lib/python3.11/site-packages/pandas/io/parsers/readers.py", line 1880, in _make_engine\n    self.handles = get_handle(\nFileNotFoundError: [Errno 2] No such file or directory: ''/opt/airflow/data/hr/leavers_2024_06.csv''\n', '/opt/airflow/dags'),
 (6, '2024-06-28 16:57:47+00', '/opt/airflow/dags/finance/chargebacks.py',
  E'Traceback (most recent call last):\n  File "/opt/airflow/dags/finance/chargebacks.py", line 52, in <module>\n    notify = EmailOperator(task_id="notify", to="rahul.mehta@verdantbasket.example", subject="Chargebacks", html_contnet="{{ ti.xcom_pull() }}")\n  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/models/baseoperator.py", line 437, in apply_defaults\n    raise AirflowException(\nairflow.exceptions.AirflowException: Invalid arguments were passed to EmailOperator (task_id: notify). Invalid arguments were:\n**kwargs: {''html_contnet'': ''{{ ti.xcom_pull() }}''}\n', '/opt/airflow/dags'),
 (7, '2024-06-28 16:57:48+00', '/opt/airflow/dags/ingest/partner_feeds.py',
  E'Traceback (most recent call last):\n  File "/opt/airflow/dags/ingest/partner_feeds.py", line 7, in <module>\n    from common.partners import PARTNERS\nImportError: cannot import name ''PARTNERS'' from ''common.partners'' (/opt/airflow/dags/common/partners.py)\n', '/opt/airflow/dags');

-- ---------------------------------------------------------------------------
-- Runs. Scheduled runs go back from the snapshot (2024-06-28 17:00 UTC) by
-- the DAG's interval; some scheduled DAGs were also triggered by hand with
-- a conf; manual-only DAGs are triggered from the UI or the REST API.

CREATE TABLE xgen.run (r int PRIMARY KEY, k int, dag_id text, n int, run_type text, run_id text, logical timestamptz, queued timestamptz, started timestamptz, ended timestamptz,
  state text, conf jsonb, who int, di_start timestamptz, di_end timestamptz);
INSERT INTO xgen.run (r, k, dag_id, n, run_type, logical, who)
SELECT row_number() OVER (ORDER BY d.k, n), d.k, d.dag_id, n,
       CASE WHEN d.sched IS NULL THEN 'manual' WHEN d.k IN (2, 3, 6, 13, 18) AND n % 5 = 3 THEN 'manual' ELSE 'scheduled' END,
       CASE WHEN d.sched IS NULL OR (d.k IN (2, 3, 6, 13, 18) AND n % 5 = 3) THEN timestamptz '2024-06-28 16:30:00+00' - make_interval(secs => fixture_gen.n('rman', d.k * 100 + n, 50 * 86400))
            ELSE date_trunc('day', timestamptz '2024-06-28 00:00:00+00') - n * CASE d.kind WHEN 'hourly' THEN interval '1 hour' WHEN 'halfhour' THEN interval '30 minutes' WHEN 'daily' THEN interval '1 day'
              WHEN 'weekly' THEN interval '7 days' WHEN 'monthly' THEN interval '1 month' ELSE interval '3 months' END END,
       (ARRAY[1, 3, 4, 7, 10, 13, 19, 24, 28, 33, 41, 45, 50, 6, 20, 9, 17])[1 + fixture_gen.n('rwho', d.k * 100 + n, 17)]
FROM xgen.dag d, generate_series(1, d.runs) n;
UPDATE xgen.run SET run_id = CASE
    WHEN dag_id = 'gdpr_erasure_request' AND n % 3 <> 0 THEN 'gdpr_zd_' || (47000 + r * 13)::text
    WHEN run_type = 'manual' THEN 'manual__' || to_char(logical AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '.' || lpad(fixture_gen.n('rus', r, 999999)::text, 6, '0') || '+00:00'
    ELSE 'scheduled__' || to_char(logical AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '+00:00' END,
  queued = logical + CASE WHEN run_type = 'manual' THEN interval '0' ELSE interval '1 day' END * 0 + make_interval(secs => 2 + fixture_gen.n('rq', r, 20)),
  di_start = logical, di_end = logical;
UPDATE xgen.run SET started = queued + make_interval(secs => 1 + fixture_gen.n('rst', r, 8)),
  state = CASE WHEN n = 1 AND run_type = 'scheduled' AND k IN (4, 6, 9, 13, 18, 26) THEN 'running' WHEN fixture_gen.n('rstate', r, 13) = 0 THEN 'failed' ELSE 'success' END;
UPDATE xgen.run SET ended = CASE WHEN state = 'running' THEN NULL ELSE started + make_interval(secs => 40 + fixture_gen.n('rdur', r, 2400)) END;

-- Conf typed by whoever triggered the run (pickled into dag_run.conf).
UPDATE xgen.run r SET conf = CASE r.dag_id
    WHEN 'gdpr_erasure_request' THEN jsonb_build_object('customer_id', c.cid, 'email', c.email, 'full_name', c.full_name, 'zendesk_ticket', 47000 + r.r * 13,
      'requested_by', CASE WHEN r.n % 3 = 0 THEN (SELECT login FROM xgen.staff WHERE i = 7) ELSE 'privacy-form' END, 'dry_run', r.n % 7 = 0)
    WHEN 'stripe_refund_reconciliation' THEN jsonb_build_object('refund_ids', jsonb_build_array('re_' || xgen.rnd('rre1', r.r, 24), 're_' || xgen.rnd('rre2', r.r, 24)), 'reprocess', true, 'customer_email', c.email)
    WHEN 'courier_payouts_weekly' THEN jsonb_build_object('week', to_char(r.logical, 'IYYY-"W"IW'), 'courier_ids', jsonb_build_array('CR-' || (1000 + co.i)::text),
      'reason', 'Missing Saturday shift for ' || co.full_name || ', approved by ' || (SELECT full_name FROM xgen.staff WHERE i = 6), 'iban_override', co.iban)
    WHEN 'hubspot_contact_sync' THEN jsonb_build_object('emails', jsonb_build_array(c.email, (SELECT email FROM xgen.cust WHERE i = c.i + 1)), 'force', true)
    WHEN 'onfido_courier_checks' THEN jsonb_build_object('applicant_id', fixture_gen.uuid('onfa', co.i), 'courier_email', co.email, 'recheck', true)
    WHEN 's3_landing_manifest' THEN jsonb_build_object('key', 'incoming/' || fixture_gen.pick(ARRAY['rapidparcel/returns_', 'freshfarm/credit_notes_', 'hr/leavers_'], 'rkey', r.r) || to_char(r.logical, 'YYYY-MM-DD') || '.csv')
    WHEN 'voucher_codes_generate' THEN jsonb_build_object('campaign', 'winback_' || lower(to_char(r.logical, 'Mon')), 'count', 250 * (1 + r.n % 4), 'segment', 'lapsed_60d', 'value_eur', 10)
    WHEN 'address_geocoding_backfill' THEN CASE WHEN r.n % 2 = 0 THEN jsonb_build_object('batch_size', 250, 'country', fixture_gen.pick(ARRAY['gb', 'de', 'fr', 'nl', 'es'], 'rgc', r.r))
      ELSE jsonb_build_object('addresses', jsonb_build_array(c.street || ', ' || c.postcode || ' ' || c.city), 'customer_id', c.cid) END
    WHEN 'scratch_refund_test' THEN jsonb_build_object('email', (SELECT email FROM xgen.cust WHERE i = 211), 'charge', 'ch_' || xgen.rnd('rch', r.r, 24))
    ELSE '{}'::jsonb END
FROM xgen.cust c, xgen.cour co
WHERE c.i = 1 + fixture_gen.n('rcust', r.r, 600) AND co.i = 1 + fixture_gen.n('rcour', r.r, 180) AND r.run_type = 'manual';
UPDATE xgen.run SET conf = '{}'::jsonb WHERE conf IS NULL;

CREATE TABLE log_template (
    id serial PRIMARY KEY,
    filename text NOT NULL,
    elasticsearch_id text NOT NULL,
    created_at timestamptz NOT NULL
);
INSERT INTO log_template VALUES
 (1, '{{ ti.dag_id }}/{{ ti.task_id }}/{{ ts }}/{{ try_number }}.log', '{dag_id}-{task_id}-{execution_date}-{try_number}', '2022-03-14 10:02:11+00'),
 (2, 'dag_id={{ ti.dag_id }}/run_id={{ ti.run_id }}/task_id={{ ti.task_id }}/{% if ti.map_index >= 0 %}map_index={{ ti.map_index }}/{% endif %}attempt={{ try_number }}.log', '{dag_id}-{task_id}-{run_id}-{map_index}-{try_number}', '2022-09-20 08:44:51+00');

CREATE TABLE dag_run (
    id serial PRIMARY KEY,
    dag_id varchar(250) NOT NULL,
    queued_at timestamptz,
    execution_date timestamptz NOT NULL,
    start_date timestamptz,
    end_date timestamptz,
    state varchar(50),
    run_id varchar(250) NOT NULL,
    creating_job_id integer,
    external_trigger boolean,
    run_type varchar(50) NOT NULL,
    conf bytea,
    data_interval_start timestamptz,
    data_interval_end timestamptz,
    last_scheduling_decision timestamptz,
    dag_hash varchar(32),
    log_template_id integer REFERENCES log_template (id),
    updated_at timestamptz,
    clear_number integer NOT NULL DEFAULT 0,
    UNIQUE (dag_id, execution_date),
    UNIQUE (dag_id, run_id)
);
INSERT INTO dag_run
SELECT r.r, r.dag_id, r.queued, r.logical, r.started, r.ended, r.state, r.run_id,
       CASE WHEN r.run_type = 'scheduled' THEN 88000 + fixture_gen.n('rjob', r.k, 40) END,
       r.run_type = 'manual', r.run_type, xgen.pkl(r.conf), r.di_start, r.di_end,
       coalesce(r.ended, r.started) + interval '1 second', fixture_gen.hexn('sdh', r.k, 32), 2, coalesce(r.ended, r.started) + interval '2 seconds',
       CASE WHEN fixture_gen.n('rclr', r.r, 11) = 0 THEN 1 ELSE 0 END
FROM xgen.run r ORDER BY r.r;

CREATE TABLE dag_run_note (
    user_id integer REFERENCES ab_user (id),
    dag_run_id integer PRIMARY KEY REFERENCES dag_run (id) ON DELETE CASCADE,
    content varchar(1000),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
INSERT INTO dag_run_note
SELECT s.i, r.r,
  CASE r.dag_id
    WHEN 'gdpr_erasure_request' THEN 'Customer ' || (r.conf ->> 'full_name') || ' also asked by phone (' || c.phone || '); Braze step failed first, re-ran after the API outage.'
    WHEN 'courier_payouts_weekly' THEN 'Re-run for ' || co.full_name || ' who was missing from the file. Bank confirmed receipt with Ms Adebayo.'
    WHEN 'stripe_refund_reconciliation' THEN 'Double refund for ' || c.full_name || ' <' || c.email || '>, see ticket #' || (50000 + r.r)::text
    WHEN 'hubspot_contact_sync' THEN 'Forced sync after the consent bug, two contacts had wrong lifecycle stage.'
    WHEN 'dbt_core_models' THEN 'Failed on the orders snapshot, fixed by Hiroshi in PR #1842.'
    WHEN 'onfido_courier_checks' THEN 'Recheck requested by Ingrid: applicant ' || co.full_name || ' uploaded a new passport photo.'
    ELSE fixture_gen.pick(ARRAY['Known flaky upstream, safe to ignore.', 'Re-ran after the Snowflake maintenance window.', 'Backfill approved in #data-eng.', 'Slow because of the warehouse resize.'], 'rnote', r.r) END,
  r.ended + interval '20 minutes', r.ended + interval '25 minutes'
FROM xgen.run r JOIN xgen.staff s ON s.i = r.who
JOIN xgen.cust c ON c.i = 1 + fixture_gen.n('rcust', r.r, 600) JOIN xgen.cour co ON co.i = 1 + fixture_gen.n('rcour', r.r, 180)
WHERE r.ended IS NOT NULL AND (r.state = 'failed' OR r.run_type = 'manual' AND r.n % 2 = 0 OR r.dag_id = 'dbt_core_models' AND r.n % 7 = 2);

-- ---------------------------------------------------------------------------
-- Task instances: one per task of each run (mapped tasks: one per map index).

CREATE TABLE xgen.ti (id serial PRIMARY KEY, r int, k int, dag_id text, run_id text, task_id text, op text, o int, map_index int, rmi text, state text,
  started timestamptz, ended timestamptz, try_number int, host text, queue text, job_id int, pid int);
INSERT INTO xgen.ti (r, k, dag_id, run_id, task_id, op, o, map_index, rmi, state)
SELECT r.r, r.k, r.dag_id, r.run_id, u.t, u.op, u.o::int, coalesce(m.mi, -1), m.rmi,
       CASE WHEN r.state = 'success' THEN 'success'
            WHEN r.state = 'failed' THEN CASE WHEN u.o < 1 + fixture_gen.n('tfail', r.r, cardinality(d.tasks)) THEN 'success' WHEN u.o = 1 + fixture_gen.n('tfail', r.r, cardinality(d.tasks)) THEN 'failed' ELSE 'upstream_failed' END
            ELSE CASE WHEN u.o < coalesce(array_position(d.ops, 'S3KeySensor'), array_position(d.ops, 'HttpSensor'), 2) THEN 'success'
                      WHEN u.o = coalesce(array_position(d.ops, 'S3KeySensor'), array_position(d.ops, 'HttpSensor'), 2) THEN CASE WHEN u.op IN ('S3KeySensor', 'HttpSensor') THEN 'deferred' ELSE 'running' END ELSE NULL END END
FROM xgen.run r JOIN xgen.dag d ON d.k = r.k
CROSS JOIN LATERAL unnest(d.tasks, d.ops) WITH ORDINALITY u(t, op, o)
LEFT JOIN LATERAL (
  SELECT mi - 1 AS mi, e AS rmi FROM unnest(ARRAY['oliver.whitfield@verdantbasket.example', 'thandiwe.mokoena@verdantbasket.example', 'rahul.mehta@verdantbasket.example', 'cfo-office@verdantbasket.example', 'l.vermeulen@gmail.com']) WITH ORDINALITY x(e, mi)
  WHERE r.dag_id = 'finance_daily_report' AND u.t = 'send_report'
  UNION ALL
  SELECT b - 1, (r.conf ->> 'country') || '-' || lpad(b::text, 4, '0') FROM generate_series(1, 3 + fixture_gen.n('geob', r.r, 4)) b
  WHERE r.dag_id = 'address_geocoding_backfill' AND u.t = 'geocode_batch' AND r.conf ? 'country'
  UNION ALL
  SELECT 0, (r.conf ->> 'customer_id') WHERE r.dag_id = 'address_geocoding_backfill' AND u.t = 'geocode_batch' AND r.conf ? 'customer_id'
) m ON true
ORDER BY r.r, u.o, m.mi;
UPDATE xgen.ti t SET
  started = CASE WHEN t.state IN ('upstream_failed') OR t.state IS NULL THEN NULL ELSE r.started + (t.o - 1) * ((coalesce(r.ended, r.started + interval '10 minutes') - r.started) / cardinality(d.tasks)) + make_interval(secs => 1 + fixture_gen.n('tst', t.id, 5)) END,
  try_number = CASE WHEN t.state = 'failed' THEN 3 WHEN t.state IS NULL OR t.state = 'upstream_failed' THEN 0 WHEN fixture_gen.n('ttry', t.id, 17) = 0 THEN 2 ELSE 1 END,
  queue = CASE WHEN t.op = 'KubernetesPodOperator' THEN 'kubernetes' ELSE 'default' END,
  job_id = CASE WHEN t.state IS NULL OR t.state = 'upstream_failed' THEN NULL ELSE 90000 + t.id END,
  pid = CASE WHEN t.state IS NULL OR t.state = 'upstream_failed' THEN NULL ELSE 100 + fixture_gen.n('tpid', t.id, 60000) END
FROM xgen.run r, xgen.dag d WHERE r.r = t.r AND d.k = t.k;
UPDATE xgen.ti t SET ended = CASE WHEN t.state IN ('success', 'failed') THEN t.started + make_interval(secs => 3 + fixture_gen.n('tdur', t.id, 600)) END,
  host = CASE WHEN t.started IS NULL THEN NULL
    WHEN t.queue = 'kubernetes' THEN replace(t.dag_id, '_', '-') || '-' || replace(t.task_id, '_', '-') || '-' || lower(xgen.rnd('kpod', t.id, 8))
    ELSE 'airflow-worker-' || fixture_gen.n('twk', t.id, 4) || '.airflow-worker.airflow.svc.cluster.local' END;

CREATE TABLE job (
    id serial PRIMARY KEY,
    dag_id varchar(250),
    state varchar(20),
    job_type varchar(30),
    start_date timestamptz,
    end_date timestamptz,
    latest_heartbeat timestamptz,
    executor_class varchar(500),
    hostname varchar(500),
    unixname varchar(1000)
);
INSERT INTO job
SELECT 88000 + k, NULL, CASE WHEN k >= 38 THEN 'running' ELSE 'success' END, CASE WHEN k % 2 = 0 THEN 'SchedulerJob' ELSE 'TriggererJob' END,
       timestamptz '2024-05-20 06:00:00+00' + k * interval '1 day' + make_interval(secs => fixture_gen.n('jst', k, 3600)),
       CASE WHEN k >= 38 THEN NULL ELSE timestamptz '2024-05-21 05:50:00+00' + k * interval '1 day' END,
       CASE WHEN k >= 38 THEN timestamptz '2024-06-28 16:59:30+00' ELSE timestamptz '2024-05-21 05:49:55+00' + k * interval '1 day' END,
       CASE WHEN k % 2 = 0 THEN 'CeleryKubernetesExecutor' END,
       CASE WHEN k % 2 = 0 THEN 'airflow-scheduler-' || fixture_gen.pick(ARRAY['6d9c7b5f8-x2lkq', '6d9c7b5f8-p9wzt', '7f4b8c9d6-m3nrs'], 'jsh', k) ELSE 'airflow-triggerer-0' END,
       'airflow'
FROM generate_series(0, 39) k;
INSERT INTO job
SELECT t.job_id, t.dag_id, CASE WHEN t.state IN ('running', 'deferred') THEN 'running' WHEN t.state = 'failed' THEN 'failed' ELSE 'success' END, 'LocalTaskJob',
       t.started - interval '1 second', t.ended, coalesce(t.ended, timestamptz '2024-06-28 16:59:40+00'), NULL, t.host, 'airflow'
FROM xgen.ti t WHERE t.job_id IS NOT NULL AND t.started >= timestamptz '2024-06-10 00:00:00+00';

CREATE TABLE trigger (
    id serial PRIMARY KEY,
    classpath varchar(1000) NOT NULL,
    kwargs text NOT NULL,
    created_date timestamptz NOT NULL,
    triggerer_id integer
);

CREATE TABLE task_instance (
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    start_date timestamptz,
    end_date timestamptz,
    duration double precision,
    state varchar(20),
    try_number integer,
    max_tries integer DEFAULT -1,
    hostname varchar(1000),
    unixname varchar(1000),
    job_id integer,
    pool varchar(256) NOT NULL,
    pool_slots integer NOT NULL,
    queue varchar(256),
    priority_weight integer,
    operator varchar(1000),
    custom_operator_name varchar(1000),
    queued_dttm timestamptz,
    queued_by_job_id integer,
    pid integer,
    executor_config bytea,
    updated_at timestamptz,
    rendered_map_index varchar(250),
    external_executor_id varchar(250),
    trigger_id integer REFERENCES trigger (id) ON DELETE CASCADE,
    trigger_timeout timestamp,
    next_method varchar(1000),
    next_kwargs json,
    task_display_name varchar(2000),
    PRIMARY KEY (dag_id, task_id, run_id, map_index),
    FOREIGN KEY (dag_id, run_id) REFERENCES dag_run (dag_id, run_id) ON DELETE CASCADE
);

INSERT INTO trigger (id, classpath, kwargs, created_date, triggerer_id)
SELECT row_number() OVER (ORDER BY t.id), CASE t.op WHEN 'S3KeySensor' THEN 'airflow.providers.amazon.aws.triggers.s3.S3KeyTrigger' ELSE 'airflow.providers.http.triggers.http.HttpSensorTrigger' END,
       xgen.fernet('trkw', t.id, 420), t.started + interval '5 seconds', 88039
FROM xgen.ti t WHERE t.state = 'deferred';
INSERT INTO trigger (id, classpath, kwargs, created_date, triggerer_id)
SELECT 10 + g, fixture_gen.pick(ARRAY['airflow.triggers.temporal.DateTimeTrigger', 'airflow.triggers.temporal.TimeDeltaTrigger', 'airflow.providers.http.triggers.http.HttpSensorTrigger',
         'airflow.providers.snowflake.triggers.snowflake_trigger.SnowflakeSqlApiTrigger', 'airflow.providers.cncf.kubernetes.triggers.pod.KubernetesPodTrigger'], 'trcp', g),
       xgen.fernet('trkw2', g, 180 + fixture_gen.n('trl', g, 900)), timestamptz '2024-06-28 15:00:00+00' + make_interval(secs => fixture_gen.n('trcd', g, 7000)), CASE WHEN g % 4 = 0 THEN NULL ELSE 88039 END
FROM generate_series(1, 18) g;

INSERT INTO task_instance
SELECT t.task_id, t.dag_id, t.run_id, t.map_index, t.started, t.ended, extract(epoch FROM t.ended - t.started)::float8, t.state, t.try_number,
       CASE WHEN t.op LIKE '%Sensor' THEN 0 ELSE 2 END + CASE WHEN t.try_number > 1 THEN 0 ELSE 0 END,
       t.host, CASE WHEN t.started IS NULL THEN NULL ELSE 'airflow' END, t.job_id,
       CASE WHEN t.op LIKE 'Snowflake%' THEN 'snowflake' WHEN t.op = 'SFTPOperator' AND t.dag_id LIKE 'courier%' THEN 'sftp_bank' WHEN t.op = 'HttpOperator' AND t.dag_id LIKE 'gdpr%' THEN 'crm_api' ELSE 'default_pool' END,
       1, t.queue, cardinality(d.tasks) - t.o + 1, t.op, CASE WHEN t.op = '_PythonDecoratedOperator' THEN '@task' END,
       CASE WHEN t.started IS NULL THEN NULL ELSE t.started - make_interval(secs => 1 + fixture_gen.n('tqd', t.id, 30)) END,
       CASE WHEN t.started IS NULL THEN NULL ELSE 88000 + 2 * fixture_gen.n('tqj', t.id, 20) END, t.pid,
       xgen.pkl(CASE WHEN t.queue = 'kubernetes' THEN jsonb_build_object('pod_override', jsonb_build_object('spec', jsonb_build_object('containers', jsonb_build_array(jsonb_build_object('name', 'base',
         'resources', jsonb_build_object('requests', jsonb_build_object('cpu', '2', 'memory', '8Gi'), 'limits', jsonb_build_object('memory', '12Gi'))))))) ELSE '{}'::jsonb END),
       coalesce(t.ended, t.started, r.started) + interval '1 second',
       t.rmi,
       CASE WHEN t.started IS NOT NULL AND t.queue = 'default' THEN fixture_gen.uuid('celery', t.id) END,
       tr.id, CASE WHEN t.state = 'deferred' THEN (t.started AT TIME ZONE 'UTC')::timestamp + interval '7 days' END,
       CASE WHEN t.state = 'deferred' THEN 'execute_complete' END, NULL,
       CASE t.task_id WHEN 'send_report' THEN 'Send report' WHEN 'upload_to_barclays' THEN 'Upload payout file to Barclays' WHEN 'anonymise_warehouse' THEN 'Anonymise in Snowflake' ELSE t.task_id END
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r JOIN xgen.dag d ON d.k = t.k
LEFT JOIN (SELECT row_number() OVER (ORDER BY id) AS id, x.id AS tid FROM xgen.ti x WHERE x.state = 'deferred') tr ON tr.tid = t.id
ORDER BY t.id;

CREATE TABLE task_instance_note (
    user_id integer REFERENCES ab_user (id),
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL,
    content varchar(1000),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (task_id, dag_id, run_id, map_index),
    FOREIGN KEY (dag_id, task_id, run_id, map_index) REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);
INSERT INTO task_instance_note
SELECT s.i, t.task_id, t.dag_id, t.run_id, t.map_index,
  CASE WHEN t.dag_id = 'gdpr_erasure_request' THEN 'Zendesk could not find ' || (r.conf ->> 'email') || ', erased by hand. Customer called from ' || c.phone || '.'
       WHEN t.dag_id = 'courier_payouts_weekly' THEN 'Bank rejected the file: IBAN of ' || co.full_name || ' (' || co.iban || ') failed validation, corrected and re-sent.'
       WHEN t.dag_id = 'onfido_courier_checks' THEN 'Check for ' || co.full_name || ' came back "consider": name mismatch on the driving licence. Ingrid to call him on ' || co.phone || '.'
       WHEN t.dag_id = 'finance_daily_report' THEN 'Mail to ' || coalesce(t.rmi, 'finance') || ' bounced, mailbox full.'
       WHEN t.dag_id = 'stripe_refund_reconciliation' THEN 'Stripe 429s, retried. Unmatched refund belongs to ' || c.full_name || ' (' || c.cid || ').'
       ELSE fixture_gen.pick(ARRAY['Timeout from Snowflake, marked success after checking the table by hand.', 'Upstream file arrived late.', 'Cleared to pick up the fixed SQL.',
         'OOMKilled, raised the memory limit to 12Gi.', 'Flaky API, see INC-2291.'], 'tinote', t.id) END,
  t.ended + interval '30 minutes', t.ended + interval '31 minutes'
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r JOIN xgen.staff s ON s.i = r.who
JOIN xgen.cust c ON c.i = 1 + fixture_gen.n('tncust', t.id, 600) JOIN xgen.cour co ON co.i = 1 + fixture_gen.n('tncour', t.id, 180)
WHERE t.ended IS NOT NULL AND (t.state = 'failed' OR t.try_number = 2 OR (t.dag_id IN ('gdpr_erasure_request', 'onfido_courier_checks') AND t.o = 2 AND r.n % 3 = 1) OR (t.dag_id = 'finance_daily_report' AND t.map_index = 4 AND r.n % 4 = 0));

-- ---------------------------------------------------------------------------
-- Rendered template fields of the last runs of each task (what the UI's
-- Rendered tab shows): SQL with customers' emails, commands with a webhook
-- URL, op_kwargs with hard-coded tokens, emails sent, pod specs.

CREATE TABLE rendered_task_instance_fields (
    dag_id varchar(250) NOT NULL,
    task_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    rendered_fields json NOT NULL,
    k8s_pod_yaml json,
    PRIMARY KEY (dag_id, task_id, run_id, map_index),
    FOREIGN KEY (dag_id, task_id, run_id, map_index) REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);

INSERT INTO rendered_task_instance_fields
SELECT t.dag_id, t.task_id, t.run_id, t.map_index,
  (CASE
    WHEN t.task_id = 'anonymise_warehouse' THEN jsonb_build_object('sql', 'UPDATE core.customers SET email = SHA2(''' || (r.conf ->> 'email') || '''), first_name = NULL, last_name = NULL, phone = NULL, street = NULL, erased_at = CURRENT_TIMESTAMP WHERE customer_id = ''' || (r.conf ->> 'customer_id') || ''';', 'parameters', NULL)
    WHEN t.task_id = 'validate_request' THEN jsonb_build_object('templates_dict', NULL, 'op_args', '[]'::jsonb, 'op_kwargs', jsonb_build_object('email', r.conf ->> 'email', 'customer_id', r.conf ->> 'customer_id'))
    WHEN t.task_id = 'erase_hubspot' THEN jsonb_build_object('endpoint', '/crm/v3/objects/contacts/' || (r.conf ->> 'email') || '?idProperty=email', 'data', NULL, 'headers', '{}'::jsonb)
    WHEN t.task_id = 'erase_braze' THEN jsonb_build_object('endpoint', '/users/delete', 'data', jsonb_build_object('external_ids', jsonb_build_array(r.conf ->> 'customer_id'), 'user_aliases', jsonb_build_array(jsonb_build_object('alias_name', r.conf ->> 'email', 'alias_label', 'email')))::text, 'headers', '{}'::jsonb)
    WHEN t.task_id = 'erase_zendesk' THEN jsonb_build_object('endpoint', '/api/v2/users/search.json?query=email:' || (r.conf ->> 'email'), 'data', NULL, 'headers', '{}'::jsonb)
    WHEN t.task_id = 'confirm_to_customer' THEN jsonb_build_object('to', r.conf ->> 'email', 'subject', 'Your data has been erased',
      'html_content', 'Dear ' || (r.conf ->> 'full_name') || ', we have erased your personal data from our systems as requested on ' || to_char(r.logical, 'YYYY-MM-DD') || '. Ticket ' || (r.conf ->> 'zendesk_ticket') || '.', 'files', '[]'::jsonb)
    WHEN t.task_id = 'send_report' THEN jsonb_build_object('to', t.rmi, 'subject', 'Finance daily report ' || to_char(r.logical, 'YYYY-MM-DD'),
      'html_content', '<h2>Daily KPIs ' || to_char(r.logical, 'YYYY-MM-DD') || '</h2><table><tr><td>GMV</td><td>€' || (180000 + fixture_gen.n('gmv', r.r, 90000)) || '</td></tr><tr><td>Refunds</td><td>€' || (2000 + fixture_gen.n('rfd', r.r, 3000)) || '</td></tr></table>', 'files', '[]'::jsonb)
    WHEN t.task_id = 'send_surveys' THEN jsonb_build_object('to', (SELECT jsonb_agg(c2.email) FROM xgen.cust c2 WHERE c2.i BETWEEN 1 + fixture_gen.n('csat', r.r, 590) AND 6 + fixture_gen.n('csat', r.r, 590)), 'subject', 'How did we do?', 'html_content', 'csat.html', 'files', '[]'::jsonb)
    WHEN t.task_id = 'diff_contacts' THEN jsonb_build_object('sql', CASE WHEN r.run_type = 'manual' THEN 'SELECT customer_id, email, first_name, last_name, phone, city, lifecycle_stage FROM core.customers WHERE email IN (''' || (r.conf -> 'emails' ->> 0) || ''', ''' || (r.conf -> 'emails' ->> 1) || ''')'
      ELSE 'SELECT customer_id, email, first_name, last_name, phone, city, lifecycle_stage FROM core.customers WHERE updated_at > ''' || to_char(r.logical, 'YYYY-MM-DD"T"HH24:MI:SS') || '''' END, 'parameters', NULL)
    WHEN t.task_id IN ('load_stage', 'match_tickets', 'post_ledger', 'merge_tickets', 'record_watermark', 'write_scores', 'record_manifest', 'queue_for_review', 'load_invoices', 'write_coordinates', 'solved_tickets', 'new_applicants')
      THEN jsonb_build_object('sql', CASE WHEN r.run_type = 'manual' AND t.dag_id = 'stripe_refund_reconciliation' THEN 'SELECT * FROM etl.stg_stripe_refund WHERE receipt_email = ''' || (r.conf ->> 'customer_email') || ''' OR id IN (''' || (r.conf -> 'refund_ids' ->> 0) || ''', ''' || (r.conf -> 'refund_ids' ->> 1) || ''')'
        ELSE 'sql/' || t.dag_id || '/' || t.task_id || '.sql -- ds=' || to_char(r.logical, 'YYYY-MM-DD') END, 'parameters', NULL)
    WHEN t.op LIKE 'Snowflake%' OR t.op IN ('PostgresOperator', 'SQLExecuteQueryOperator') THEN jsonb_build_object('sql', 'sql/' || t.dag_id || '/' || t.task_id || '.sql', 'parameters', jsonb_build_object('ds', to_char(r.logical, 'YYYY-MM-DD')))
    WHEN t.op IN ('SQLColumnCheckOperator', 'SQLTableCheckOperator') THEN jsonb_build_object('sql', NULL, 'partition_clause', 'loaded_at >= ''' || to_char(r.logical, 'YYYY-MM-DD') || '''')
    WHEN t.task_id = 'dbt_docs_generate' THEN jsonb_build_object('bash_command', 'cd /opt/airflow/dbt && dbt docs generate --target prod && curl -sf -X POST -H ''Content-type: application/json'' --data ''{"text":"dbt docs updated"}'' ' || (SELECT val FROM variable WHERE key = 'slack_webhook_data_alerts'), 'env', NULL, 'cwd', NULL)
    WHEN t.op = 'BashOperator' AND t.task_id LIKE 'dbt_%' THEN jsonb_build_object('bash_command', 'cd /opt/airflow/dbt && dbt ' || replace(substr(t.task_id, 5), '_', ' ') || ' --target prod', 'env', NULL, 'cwd', NULL)
    WHEN t.task_id = 'db_clean' THEN jsonb_build_object('bash_command', 'airflow db clean --clean-before-timestamp ' || to_char(r.logical - interval '90 days', 'YYYY-MM-DD') || ' --skip-archive --yes', 'env', NULL, 'cwd', NULL)
    WHEN t.op = 'BashOperator' THEN jsonb_build_object('bash_command', 'find /opt/airflow/logs -type f -mtime +30 -delete', 'env', NULL, 'cwd', NULL)
    WHEN t.task_id = 'geocode_batch' THEN jsonb_build_object('templates_dict', NULL, 'op_args', '[]'::jsonb, 'op_kwargs', jsonb_build_object('token', (SELECT substring(src FROM 'MAPBOX_TOKEN = "([^"]+)"') FROM xgen.src WHERE k = 29), 'batch', t.rmi))
    WHEN t.task_id = 'get_token' THEN jsonb_build_object('templates_dict', NULL, 'op_args', '[]'::jsonb, 'op_kwargs', jsonb_build_object('client_id', (SELECT substring(src FROM 'SF_CLIENT_ID = "([^"]+)"') FROM xgen.src WHERE k = 16),
      'client_secret', (SELECT substring(src FROM 'SF_CLIENT_SECRET = "([^"]+)"') FROM xgen.src WHERE k = 16)))
    WHEN t.op IN ('PythonOperator', '_PythonDecoratedOperator') THEN jsonb_build_object('templates_dict', NULL, 'op_args', '[]'::jsonb, 'op_kwargs', '{}'::jsonb)
    WHEN t.task_id = 'post_to_slack' THEN jsonb_build_object('message', ':rotating_light: On call this week: ' || s1.full_name || ' (' || s1.phone || '), backup ' || s2.full_name || ' (' || s2.phone || ')', 'channel', '#data-oncall')
    WHEN t.op = 'SlackWebhookOperator' AND t.dag_id = 'fraud_review_queue' THEN jsonb_build_object('message', ':mag: Orders queued for review: ' || c.cid || ' (' || c.full_name || ', ' || c.email || '), card country mismatch', 'channel', '#cx-risk')
    WHEN t.op = 'SlackWebhookOperator' THEN jsonb_build_object('message', 'Payout file VB_PAYOUT_' || to_char(r.logical, 'YYYYMMDD') || '.csv uploaded', 'channel', '#finance')
    WHEN t.task_id = 'create_checks' THEN jsonb_build_object('endpoint', '/v3.6/checks', 'data', jsonb_build_object('applicant_id', fixture_gen.uuid('onfa', co.i), 'report_names', jsonb_build_array('document', 'facial_similarity_photo', 'right_to_work'))::text, 'headers', '{}'::jsonb)
    WHEN t.task_id = 'upload_to_braze' THEN jsonb_build_object('endpoint', '/users/track', 'data', jsonb_build_object('attributes', jsonb_build_array(jsonb_build_object('external_id', c.cid, 'email', c.email, 'first_name', c.first, 'home_city', c.city)))::text, 'headers', '{}'::jsonb)
    WHEN t.op = 'HttpOperator' THEN jsonb_build_object('endpoint', '/v1/products/mindee/invoices/v4/predict', 'data', NULL, 'headers', '{}'::jsonb)
    WHEN t.op = 'SFTPOperator' THEN jsonb_build_object('local_filepath', '/tmp/' || t.run_id || '.csv', 'remote_filepath', '/inbound/' || to_char(r.logical, 'YYYYMMDD') || '.csv')
    WHEN t.op = 'KubernetesPodOperator' THEN jsonb_build_object('image', 'eu.gcr.io/vb-data-prod/ml-jobs:2024.06.1', 'cmds', jsonb_build_array('python', '-m', 'jobs.' || t.task_id), 'arguments', jsonb_build_array('--ds', to_char(r.logical, 'YYYY-MM-DD')),
      'env_vars', jsonb_build_array(jsonb_build_object('name', 'SNOWFLAKE_USER', 'value', 'SVC_AIRFLOW'), jsonb_build_object('name', 'SNOWFLAKE_ACCOUNT', 'value', 'vb12345.eu-west-1')), 'labels', '{}'::jsonb, 'config_file', NULL)
    WHEN t.op = 'S3KeySensor' THEN jsonb_build_object('bucket_key', 's3://vb-partner-drop-prod/incoming/*', 'bucket_name', NULL)
    WHEN t.op = 'HttpSensor' THEN jsonb_build_object('endpoint', 'checks/' || fixture_gen.uuid('onfc', t.id), 'request_params', '{}'::jsonb, 'headers', '{}'::jsonb)
    WHEN t.op = 'S3ListOperator' THEN jsonb_build_object('bucket', 'vb-partner-drop-prod', 'prefix', 'incoming/', 'delimiter', '')
    WHEN t.op = 'S3CreateObjectOperator' THEN jsonb_build_object('s3_bucket', 'vb-lake', 's3_key', 'raw/shopify/orders/' || to_char(r.logical, 'YYYY/MM/DD/HH24') || '.json', 'data', '{{ ti.xcom_pull(''fetch_orders'') }}')
    WHEN t.op = 'CopyFromExternalStageToSnowflakeOperator' THEN jsonb_build_object('files', jsonb_build_array('orders/' || to_char(r.logical, 'YYYY/MM/DD/HH24') || '.json'), 'table', 'RAW.SHOPIFY_ORDERS', 'stage', 'RAW.LAKE_STAGE', 'prefix', NULL, 'file_format', '(type = json)')
    WHEN t.op LIKE 'GCS%' THEN jsonb_build_object('bucket', 'vb-dr-backups', 'prefix', 'core/' || to_char(r.logical, 'YYYY-MM-DD'), 'match_glob', NULL)
    ELSE '{}'::jsonb END)::json,
  CASE WHEN t.queue = 'kubernetes' THEN jsonb_build_object('apiVersion', 'v1', 'kind', 'Pod',
      'metadata', jsonb_build_object('name', t.host, 'namespace', 'airflow-jobs', 'labels', jsonb_build_object('dag_id', t.dag_id, 'task_id', t.task_id, 'airflow-worker', t.job_id::text, 'kubernetes_executor', 'True'),
        'annotations', jsonb_build_object('dag_id', t.dag_id, 'task_id', t.task_id, 'run_id', t.run_id, 'try_number', t.try_number::text)),
      'spec', jsonb_build_object('restartPolicy', 'Never', 'serviceAccountName', 'airflow-worker', 'containers', jsonb_build_array(jsonb_build_object('name', 'base', 'image', 'eu.gcr.io/vb-data-prod/airflow:2.9.2-vb3',
        'args', jsonb_build_array('airflow', 'tasks', 'run', t.dag_id, t.task_id, t.run_id, '--local', '--subdir', 'DAGS_FOLDER/' || d.file),
        'env', jsonb_build_array(jsonb_build_object('name', 'AIRFLOW_IS_K8S_EXECUTOR_POD', 'value', 'True'),
          jsonb_build_object('name', 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', 'value', 'postgresql+psycopg2://airflow:' || xgen.rnd('dbpw', 1, 24) || '@airflow-postgresql.airflow:5432/airflow'),
          jsonb_build_object('name', 'AIRFLOW__CORE__FERNET_KEY', 'valueFrom', jsonb_build_object('secretKeyRef', jsonb_build_object('name', 'airflow-fernet-key', 'key', 'fernet-key')))),
        'resources', jsonb_build_object('requests', jsonb_build_object('cpu', '2', 'memory', '8Gi'))))))::json END
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r JOIN xgen.dag d ON d.k = t.k
JOIN xgen.cust c ON c.i = 1 + fixture_gen.n('rtcust', t.id, 600) JOIN xgen.cour co ON co.i = 1 + fixture_gen.n('rtcour', t.id, 180)
JOIN xgen.staff s1 ON s1.i = (ARRAY[4, 3, 10, 13, 19, 24, 36, 51])[1 + (r.n % 8)] JOIN xgen.staff s2 ON s2.i = (ARRAY[28, 32, 43, 45, 55, 1, 4, 10])[1 + (r.n % 8)]
WHERE t.started IS NOT NULL AND r.n <= 10 AND t.dag_id <> 'process-employees';

-- ---------------------------------------------------------------------------
-- XComs (JSON bytes, as BaseXCom serializes them), failures, reschedules,
-- task maps.

CREATE TABLE xcom (
    dag_run_id integer NOT NULL,
    task_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    key varchar(512) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    value bytea,
    timestamp timestamptz NOT NULL,
    PRIMARY KEY (dag_run_id, task_id, map_index, key),
    FOREIGN KEY (dag_id, task_id, run_id, map_index) REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);

INSERT INTO xcom
SELECT t.r, t.task_id, t.map_index, 'return_value', t.dag_id, t.run_id,
  convert_to((CASE t.task_id
    WHEN 'validate_request' THEN jsonb_build_object('customer_id', r.conf ->> 'customer_id', 'email', r.conf ->> 'email', 'found_in', '["hubspot", "braze", "zendesk", "snowflake"]'::jsonb)
    WHEN 'extract_refunds' THEN (SELECT jsonb_agg(jsonb_build_object('id', 're_' || xgen.rnd('xre', t.id * 10 + c2.i, 24), 'amount', 500 + fixture_gen.n('xra', c2.i, 6000), 'currency', 'gbp', 'charge', 'ch_' || xgen.rnd('xch', c2.i, 24),
        'receipt_email', c2.email, 'reason', 'requested_by_customer', 'metadata', jsonb_build_object('order_id', 'VB-O-' || (700000 + c2.i * 7)::text, 'zendesk_ticket', (50000 + c2.i)::text))) FROM xgen.cust c2 WHERE c2.i BETWEEN c.i AND c.i + 2)
    WHEN 'query_kpis' THEN jsonb_build_array(jsonb_build_array(180000 + fixture_gen.n('gmv', r.r, 90000), 2000 + fixture_gen.n('rfd', r.r, 3000), 4100 + fixture_gen.n('ord', r.r, 900)))
    WHEN 'render_report' THEN to_jsonb('<h2>Daily KPIs ' || to_char(r.logical, 'YYYY-MM-DD') || '</h2><table><tr><td>GMV</td><td>€' || (180000 + fixture_gen.n('gmv', r.r, 90000)) || '</td></tr></table>')
    WHEN 'fetch_orders' THEN jsonb_build_object('count', 80 + fixture_gen.n('xfo', t.id, 400), 's3_key', 'raw/shopify/orders/' || to_char(r.logical, 'YYYY/MM/DD/HH24') || '.json')
    WHEN 'diff_contacts' THEN (SELECT jsonb_agg(jsonb_build_object('customer_id', c2.cid, 'email', c2.email, 'firstname', c2.first, 'lastname', c2.last, 'phone', c2.phone, 'city', c2.city, 'lifecyclestage', 'customer')) FROM xgen.cust c2 WHERE c2.i BETWEEN c.i AND c.i + 3)
    WHEN 'upsert_contacts' THEN jsonb_build_object('created', fixture_gen.n('xuc', t.id, 12), 'updated', 10 + fixture_gen.n('xuu', t.id, 300), 'errors', 0)
    WHEN 'get_token' THEN jsonb_build_object('access_token', '00D' || fixture_gen.chars('sfor', 1, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '!' || xgen.rnd('sfat', t.id, 96), 'instance_url', 'https://verdantbasket.my.salesforce.com',
        'id', 'https://login.salesforce.com/id/00D' || fixture_gen.chars('sfor', 1, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/005' || fixture_gen.chars('sfus', 1, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
        'token_type', 'Bearer', 'issued_at', (extract(epoch FROM t.started) * 1000)::bigint::text, 'signature', fixture_gen.b64('sfsig', t.id, 32))
    WHEN 'fetch_contacts' THEN (SELECT jsonb_agg(jsonb_build_object('Id', '003' || xgen.rnd('sfct', c2.i, 15), 'Name', c2.full_name, 'Email', xgen.fold(c2.first) || '.' || xgen.fold(c2.last) || '@' || fixture_gen.pick(ARRAY['bright-office.example', 'lumen-legal.example', 'nordhaven.example'], 'sfco', c2.i),
        'Phone', c2.phone, 'Title', fixture_gen.pick(ARRAY['Office Manager', 'Facilities Lead', 'Executive Assistant', 'People & Culture Manager'], 'sfti', c2.i),
        'Account', jsonb_build_object('Name', fixture_gen.pick(ARRAY['Bright Office Ltd', 'Lumen Legal LLP', 'Nordhaven GmbH'], 'sfco', c2.i)))) FROM xgen.cust c2 WHERE c2.i BETWEEN c.i AND c.i + 1)
    WHEN 'fetch_accounts' THEN jsonb_build_object('totalSize', 42 + fixture_gen.n('xfa', t.id, 5), 'done', true)
    WHEN 'list_new_keys' THEN jsonb_build_array('incoming/rapidparcel/returns_' || to_char(r.logical, 'YYYY-MM-DD') || '.csv', 'incoming/freshfarm/credit_notes_' || to_char(r.logical, 'YYYY-MM-DD') || '.csv',
        'incoming/hr/payslips/' || to_char(r.logical, 'YYYY-MM') || '/payslip_' || replace(s1.full_name, ' ', '_') || '.pdf')
    WHEN 'new_applicants' THEN (SELECT jsonb_agg(jsonb_build_object('courier_id', 'CR-' || (1000 + co2.i)::text, 'first_name', co2.first, 'last_name', co2.last, 'email', co2.email, 'phone', co2.phone,
        'dob', fixture_gen.birth_date('codob', co2.i)::text, 'city', co2.city)) FROM xgen.cour co2 WHERE co2.i BETWEEN co.i AND co.i + 1)
    WHEN 'create_checks' THEN to_jsonb(fixture_gen.uuid('onfc', t.id))
    WHEN 'store_results' THEN jsonb_build_object('applicant', co.full_name, 'result', fixture_gen.pick(ARRAY['clear', 'clear', 'clear', 'consider'], 'xosr', t.id), 'sub_results', jsonb_build_object('document', 'clear', 'right_to_work', 'clear'))
    WHEN 'solved_tickets' THEN (SELECT jsonb_agg(c2.email) FROM xgen.cust c2 WHERE c2.i BETWEEN c.i AND c.i + 4)
    WHEN 'hash_identifiers' THEN jsonb_build_object('rows', 300 + fixture_gen.n('xhi', t.id, 900), 'file', 's3://vb-lake/tmp/ads/conversions_' || to_char(r.logical, 'YYYY-MM-DD') || '.csv')
    WHEN 'generate_codes' THEN jsonb_build_object('count', (r.conf ->> 'count')::int, 'sample', jsonb_build_array('WINBACK24-' || upper(xgen.rnd('vc1', t.id, 8)), 'WINBACK24-' || upper(xgen.rnd('vc2', t.id, 8))))
    WHEN 'read_rota' THEN to_jsonb('On call this week: ' || s1.full_name || ' (' || s1.phone || '), backup ' || s2.full_name || ' (' || s2.phone || ')')
    WHEN 'score_orders' THEN (SELECT jsonb_agg(jsonb_build_object('order_id', 'VB-O-' || (700000 + c2.i * 7)::text, 'customer_email', c2.email, 'score', round((0.8 + fixture_gen.n('xfs', c2.i, 200) / 1000.0)::numeric, 3))) FROM xgen.cust c2 WHERE c2.i BETWEEN c.i AND c.i + 1)
    WHEN 'compute_hours' THEN (SELECT jsonb_agg(jsonb_build_array('CR-' || (1000 + co2.i)::text, co2.full_name, 20 + fixture_gen.n('xch', co2.i, 30) + 0.5, co2.iban)) FROM xgen.cour co2 WHERE co2.i BETWEEN co.i AND co.i + 2)
    WHEN 'build_payout_file' THEN to_jsonb('/tmp/VB_PAYOUT_' || to_char(r.logical, 'YYYYMMDD') || '.csv')
    WHEN 'extract_payroll' THEN (SELECT jsonb_agg(jsonb_build_object('personalnummer', (1000 + s3.i)::text, 'name', s3.full_name, 'brutto', 3800 + fixture_gen.n('xpb', s3.i, 4000), 'steuerklasse', 1 + fixture_gen.n('xpk', s3.i, 5),
        'iban', fixture_gen.iban('DE', fixture_gen.digits('xpib', s3.i, 18)))) FROM xgen.staff s3 WHERE s3.i IN (2, 24, 35, 10))
    WHEN 'select_addresses' THEN (SELECT jsonb_agg(jsonb_build_object('customer_id', c2.cid, 'address', c2.street || ', ' || c2.postcode || ' ' || c2.city)) FROM xgen.cust c2 WHERE c2.i BETWEEN c.i AND c.i + 2)
    WHEN 'train_model' THEN jsonb_build_object('auc', 0.81 + fixture_gen.n('xauc', t.id, 50) / 1000.0, 'model_uri', 's3://vb-ml-models/churn/v' || (10 + r.n) || '/model.joblib')
    WHEN 'ocr_invoices' THEN jsonb_build_object('invoices', 3 + fixture_gen.n('xoi', t.id, 12), 'failed', jsonb_build_array())
    ELSE 'null'::jsonb END)::text, 'UTF8'),
  coalesce(t.ended, t.started)
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r
JOIN xgen.cust c ON c.i = 1 + fixture_gen.n('xcust', t.id, 590) JOIN xgen.cour co ON co.i = 1 + fixture_gen.n('xcour', t.id, 175)
JOIN xgen.staff s1 ON s1.i = (ARRAY[4, 3, 10, 13, 19, 24, 36, 51])[1 + (r.n % 8)] JOIN xgen.staff s2 ON s2.i = (ARRAY[28, 32, 43, 45, 55, 1, 4, 10])[1 + (r.n % 8)]
WHERE t.state = 'success' AND r.n <= 12 AND t.op IN ('PythonOperator', 'SnowflakeOperator', 'HttpOperator', 'SQLExecuteQueryOperator', '_PythonDecoratedOperator')
  AND t.task_id NOT IN ('anonymise_warehouse', 'post_ledger', 'copy_into_snowflake', 'notify_finance', 'register_model', 'evaluate', 'publish_forecast', 'export_returns', 'write_scores');
INSERT INTO xcom
SELECT t.r, t.task_id, t.map_index, k.key, t.dag_id, t.run_id, convert_to(to_json(CASE k.key WHEN 'pod_name' THEN t.host ELSE 'airflow-jobs' END)::text, 'UTF8'), t.ended
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r CROSS JOIN (VALUES ('pod_name'), ('pod_namespace')) k(key)
WHERE t.op = 'KubernetesPodOperator' AND t.state = 'success' AND r.n <= 12;
INSERT INTO xcom
SELECT t.r, t.task_id, t.map_index, 's3_key', t.dag_id, t.run_id, convert_to(to_json('raw/shopify/orders/' || to_char(r.logical, 'YYYY/MM/DD/HH24') || '.json')::text, 'UTF8'), t.ended
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r WHERE t.task_id = 'write_to_s3' AND t.state = 'success' AND r.n <= 12;

CREATE TABLE task_fail (
    id serial PRIMARY KEY,
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    start_date timestamptz,
    end_date timestamptz,
    duration integer,
    FOREIGN KEY (dag_id, task_id, run_id, map_index) REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);
INSERT INTO task_fail (task_id, dag_id, run_id, map_index, start_date, end_date, duration)
SELECT t.task_id, t.dag_id, t.run_id, t.map_index, t.started - make_interval(secs => 300 * a), t.started - make_interval(secs => 300 * a - 20 - fixture_gen.n('tfd', t.id * 3 + a, 200)),
       20 + fixture_gen.n('tfd', t.id * 3 + a, 200)
FROM xgen.ti t CROSS JOIN generate_series(1, 2) a
WHERE (t.state = 'failed') OR (t.try_number = 2 AND a = 1 AND t.state = 'success')
ORDER BY t.id, a;

CREATE TABLE task_reschedule (
    id serial PRIMARY KEY,
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    try_number integer NOT NULL,
    start_date timestamptz NOT NULL,
    end_date timestamptz NOT NULL,
    duration integer NOT NULL,
    reschedule_date timestamptz NOT NULL,
    FOREIGN KEY (dag_id, task_id, run_id, map_index) REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);
INSERT INTO task_reschedule (task_id, dag_id, run_id, map_index, try_number, start_date, end_date, duration, reschedule_date)
SELECT t.task_id, t.dag_id, t.run_id, t.map_index, 1, t.started + (a - 1) * interval '5 minutes', t.started + (a - 1) * interval '5 minutes' + interval '3 seconds', 3,
       t.started + a * interval '5 minutes'
FROM xgen.ti t CROSS JOIN generate_series(1, 3) a
WHERE t.task_id IN ('wait_for_files', 'wait_for_reports') AND t.state = 'success' AND fixture_gen.n('trs', t.id, 3) >= a - 1
ORDER BY t.id, a;

CREATE TABLE task_map (
    dag_id varchar(250) NOT NULL,
    task_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL,
    length integer NOT NULL CHECK (length >= 0),
    keys json,
    PRIMARY KEY (dag_id, task_id, run_id, map_index),
    FOREIGN KEY (dag_id, task_id, run_id, map_index) REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);
INSERT INTO task_map
SELECT t.dag_id, 'select_addresses', t.run_id, -1, count(*), NULL FROM xgen.ti t WHERE t.task_id = 'geocode_batch' GROUP BY t.dag_id, t.run_id;
INSERT INTO task_map
SELECT t.dag_id, t.task_id, t.run_id, -1, 2 + fixture_gen.n('tmap', t.id, 40), NULL FROM xgen.ti t WHERE t.task_id IN ('diff_contacts', 'list_new_keys', 'solved_tickets') AND t.state = 'success';

-- ---------------------------------------------------------------------------
-- Callbacks, SLA misses, pools, datasets.

CREATE TABLE callback_request (
    id serial PRIMARY KEY,
    created_at timestamptz NOT NULL,
    priority_weight integer NOT NULL,
    callback_data json NOT NULL,
    callback_type varchar(20) NOT NULL,
    processor_subdir varchar(2000)
);
INSERT INTO callback_request (created_at, priority_weight, callback_data, callback_type, processor_subdir)
SELECT t.ended + interval '2 seconds', 1,
  jsonb_build_object('full_filepath', '/opt/airflow/dags/' || d.file, 'processor_subdir', '/opt/airflow/dags', 'msg', NULL, 'is_failure_callback', true, 'task_callback_type', NULL,
    'simple_task_instance', jsonb_build_object('dag_id', t.dag_id, 'task_id', t.task_id, 'run_id', t.run_id, 'map_index', t.map_index, 'start_date', to_char(t.started, 'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'),
      'end_date', to_char(t.ended, 'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), 'try_number', t.try_number, 'state', 'failed', 'executor_config', '{}'::jsonb, 'pool', 'default_pool', 'queue', t.queue,
      'key', jsonb_build_array(t.dag_id, t.task_id, t.run_id, t.try_number, t.map_index), 'run_as_user', NULL, 'priority_weight', 1))::json,
  'TaskCallbackRequest', '/opt/airflow/dags'
FROM xgen.ti t JOIN xgen.dag d ON d.k = t.k WHERE t.state = 'failed'
ORDER BY t.id;
INSERT INTO callback_request (created_at, priority_weight, callback_data, callback_type, processor_subdir)
SELECT r.ended + interval '1 second', 1,
  jsonb_build_object('full_filepath', '/opt/airflow/dags/' || d.file, 'processor_subdir', '/opt/airflow/dags', 'msg', 'task_failure', 'dag_id', r.dag_id, 'run_id', r.run_id, 'is_failure_callback', true)::json,
  'DagCallbackRequest', '/opt/airflow/dags'
FROM xgen.run r JOIN xgen.dag d ON d.k = r.k WHERE r.state = 'failed' ORDER BY r.r;

CREATE TABLE sla_miss (
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    execution_date timestamptz NOT NULL,
    email_sent boolean,
    timestamp timestamptz,
    description text,
    notification_sent boolean,
    PRIMARY KEY (task_id, dag_id, execution_date)
);
INSERT INTO sla_miss
SELECT t.task_id, t.dag_id, r.logical, fixture_gen.n('slae', t.id, 5) <> 0, r.logical + interval '2 hours' + make_interval(secs => fixture_gen.n('slat', t.id, 600)), NULL, true
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r
WHERE t.dag_id IN ('finance_daily_report', 'courier_payouts_weekly', 'stripe_refund_reconciliation', 'payroll_export_datev') AND t.map_index <= 0 AND fixture_gen.n('sla', t.id, 3) = 0;

CREATE TABLE slot_pool (
    id serial PRIMARY KEY,
    pool varchar(256) UNIQUE,
    slots integer,
    description text,
    include_deferred boolean NOT NULL
);
INSERT INTO slot_pool (id, pool, slots, description, include_deferred) VALUES
 (1, 'default_pool', 128, 'Default pool', false),
 (2, 'snowflake', 16, 'Concurrency of the TRANSFORM_WH warehouse', false),
 (3, 'sftp_bank', 1, 'The bank allows one SFTP session at a time', false),
 (4, 'crm_api', 4, 'HubSpot, Braze and Zendesk rate limits', false),
 (5, 'kubernetes', 8, 'Pods in the airflow-jobs namespace', true),
 (6, 'sensors', 24, 'Deferrable sensors', true),
 (7, 'backfill', 4, 'Manual backfills, keep low during business hours', false);

CREATE TABLE dataset (
    id serial PRIMARY KEY,
    uri varchar(3000) NOT NULL UNIQUE,
    extra json NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    is_orphaned boolean NOT NULL DEFAULT false
);
INSERT INTO dataset (id, uri, extra, created_at, updated_at, is_orphaned) VALUES
 (1, 's3://vb-lake/raw/shopify/orders/', '{"team": "data-eng", "format": "jsonl"}', '2023-02-14 10:11:00+00', '2024-06-20 08:00:00+00', false),
 (2, 's3://vb-lake/raw/zendesk/tickets/', '{"team": "cx-ops", "contains_pii": true}', '2023-02-14 10:11:00+00', '2024-06-20 08:00:00+00', false),
 (3, 'snowflake://vb12345/ANALYTICS/CORE/CUSTOMERS', '{}', '2023-04-02 09:00:00+00', '2024-06-20 08:00:00+00', false),
 (4, 'snowflake://vb12345/ANALYTICS/ML/CHURN_SCORES', '{"model": "churn"}', '2023-06-11 12:30:00+00', '2024-06-20 08:00:00+00', false),
 (5, 'postgres://postgres/airflow/etl/stg_zendesk_ticket', '{}', '2023-02-20 16:00:00+00', '2024-05-02 08:00:00+00', false),
 (6, 's3://vb-partner-drop-prod/incoming/', '{"partners": ["rapidparcel", "freshfarm"]}', '2023-08-01 07:45:00+00', '2024-06-20 08:00:00+00', false),
 (7, 'gcs://vb-dr-backups/core/', '{}', '2023-09-09 00:05:00+00', '2024-06-20 08:00:00+00', false),
 (8, 's3://vb-lake/raw/stripe/refunds/', '{}', '2023-03-03 05:00:00+00', '2024-01-15 08:00:00+00', true);

CREATE TABLE dag_schedule_dataset_reference (
    dataset_id integer NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (dataset_id, dag_id)
);
INSERT INTO dag_schedule_dataset_reference VALUES
 (1, 'dbt_core_models', '2023-05-10 09:00:00+00', '2024-06-20 08:00:00+00'), (2, 'dbt_core_models', '2023-05-10 09:00:00+00', '2024-06-20 08:00:00+00');

CREATE TABLE task_outlet_dataset_reference (
    dataset_id integer NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    task_id varchar(250) NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (dataset_id, dag_id, task_id)
);
INSERT INTO task_outlet_dataset_reference VALUES
 (1, 'shopify_orders_ingest', 'write_to_s3', '2023-02-14 10:11:00+00', '2024-06-20 08:00:00+00'),
 (2, 'zendesk_tickets_export', 'export_incremental', '2023-02-14 10:11:00+00', '2024-06-20 08:00:00+00'),
 (3, 'hubspot_contact_sync', 'record_watermark', '2023-04-02 09:00:00+00', '2024-06-20 08:00:00+00'),
 (4, 'churn_scoring_daily', 'write_scores', '2023-06-11 12:30:00+00', '2024-06-20 08:00:00+00'),
 (5, 'zendesk_tickets_export', 'load_stage', '2023-02-20 16:00:00+00', '2024-05-02 08:00:00+00'),
 (6, 's3_landing_manifest', 'record_manifest', '2023-08-01 07:45:00+00', '2024-06-20 08:00:00+00'),
 (7, 'warehouse_backup_gcs', 'unload_core', '2023-09-09 00:05:00+00', '2024-06-20 08:00:00+00');

CREATE TABLE dataset_event (
    id serial PRIMARY KEY,
    dataset_id integer NOT NULL,
    extra json NOT NULL,
    source_task_id varchar(250),
    source_dag_id varchar(250),
    source_run_id varchar(250),
    source_map_index integer DEFAULT -1,
    timestamp timestamptz NOT NULL
);
INSERT INTO dataset_event (dataset_id, extra, source_task_id, source_dag_id, source_run_id, source_map_index, timestamp)
SELECT o.dataset_id, CASE WHEN o.dataset_id = 1 THEN jsonb_build_object('row_count', 80 + fixture_gen.n('deo', t.id, 400))::json ELSE '{}'::json END,
       t.task_id, t.dag_id, t.run_id, -1, t.ended
FROM xgen.ti t JOIN task_outlet_dataset_reference o ON o.dag_id = t.dag_id AND o.task_id = t.task_id
WHERE t.state = 'success' ORDER BY t.ended, t.id, o.dataset_id;
INSERT INTO dataset_event (dataset_id, extra, source_task_id, source_dag_id, source_run_id, source_map_index, timestamp)
SELECT 2, '{"from_rest_api": true, "reason": "manual re-export"}', NULL, NULL, NULL, -1, timestamptz '2024-06-03 10:00:00+00' + g * interval '3 days' FROM generate_series(1, 6) g;

CREATE TABLE dataset_dag_run_queue (
    dataset_id integer NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    target_dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (dataset_id, target_dag_id)
);
INSERT INTO dataset_dag_run_queue VALUES (1, 'dbt_core_models', '2024-06-28 16:01:12+00'), (2, 'dbt_core_models', '2024-06-28 02:41:55+00');

CREATE TABLE dagrun_dataset_event (
    dag_run_id integer NOT NULL REFERENCES dag_run (id) ON DELETE CASCADE,
    event_id integer NOT NULL REFERENCES dataset_event (id) ON DELETE CASCADE,
    PRIMARY KEY (dag_run_id, event_id)
);
INSERT INTO dagrun_dataset_event
SELECT DISTINCT ON (e.id) r.r, e.id FROM dataset_event e JOIN xgen.run r ON r.dag_id = 'dbt_core_models' AND r.logical >= e.timestamp
WHERE e.dataset_id IN (1, 2) ORDER BY e.id, r.logical;

-- ---------------------------------------------------------------------------
-- The audit log: task events (owner = the task's owner), the CLI (owner =
-- the unix user, extra = host and full command, where `variables set` and
-- `--conn-uri` are not masked), and the UI and REST API (owner = the login,
-- owner_display_name = the user's name, extra = the form fields or JSON
-- body: trigger conf, variable values, connection fields with the password
-- masked).

CREATE TABLE log (
    id serial PRIMARY KEY,
    dttm timestamptz,
    dag_id varchar(250),
    task_id varchar(250),
    map_index integer,
    event varchar(60),
    execution_date timestamptz,
    run_id varchar(250),
    owner varchar(500),
    owner_display_name varchar(500),
    extra text
);

CREATE TABLE xgen.lg (dttm timestamptz, dag_id text, task_id text, map_index int, event text, execution_date timestamptz, run_id text, owner text, owner_display_name text, extra text);

-- Task events and the CLI of each task run (last runs only: db clean
-- purges the rest).
INSERT INTO xgen.lg
SELECT t.started, t.dag_id, t.task_id, t.map_index, 'cli_task_run', r.logical, t.run_id, 'airflow', NULL,
       jsonb_build_object('host_name', t.host, 'full_command', '[''/home/airflow/.local/bin/airflow'', ''tasks'', ''run'', ''' || t.dag_id || ''', ''' || t.task_id || ''', ''' || t.run_id || ''', '
         || CASE WHEN t.map_index >= 0 THEN '''--map-index'', ''' || t.map_index || ''', ' ELSE '' END || '''--local'', ''--subdir'', ''DAGS_FOLDER/' || d.file || ''']')::text
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r JOIN xgen.dag d ON d.k = t.k WHERE t.started IS NOT NULL AND r.n <= 4;
INSERT INTO xgen.lg
SELECT CASE WHEN e = 'running' THEN t.started + interval '1 second' ELSE t.ended END, t.dag_id, t.task_id, t.map_index, e, r.logical, t.run_id, split_part(d.owners, ',', 1), NULL, NULL
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r JOIN xgen.dag d ON d.k = t.k CROSS JOIN LATERAL (SELECT unnest(ARRAY['running', t.state]) AS e) x
WHERE t.started IS NOT NULL AND r.n <= 4 AND (x.e IN ('running', 'success', 'failed'));

-- Triggers from the UI (form fields) and the REST API (JSON body).
INSERT INTO xgen.staff (i, first, last, full_name, team, email, login, provider, role)
VALUES (63, 'Zendesk', 'Webhook', 'Zendesk Webhook', 'cx-ops', 'zendesk-webhook@verdantbasket.example', 'svc_zendesk_webhook', 'db', 'User');
INSERT INTO ab_user (id, first_name, last_name, username, password, active, email, last_login, login_count, fail_login_count, created_on, changed_on, created_by_fk, changed_by_fk)
VALUES (63, 'Zendesk', 'Webhook', 'svc_zendesk_webhook', xgen.werkzeug('abpw', 63), true, 'zendesk-webhook@verdantbasket.example', NULL, NULL, 0, '2023-03-02 11:20:00', '2023-03-02 11:20:00', 2, 2);
INSERT INTO ab_user_role (user_id, role_id) VALUES (63, 4);

INSERT INTO xgen.lg
SELECT r.logical, r.dag_id, NULL, NULL,
       CASE WHEN r.run_id LIKE 'gdpr_zd_%' THEN 'dag_run.create' ELSE 'trigger' END, NULL, NULL,
       CASE WHEN r.run_id LIKE 'gdpr_zd_%' THEN 'svc_zendesk_webhook' ELSE s.login END,
       CASE WHEN r.run_id LIKE 'gdpr_zd_%' THEN 'Zendesk Webhook' ELSE s.full_name END,
       CASE WHEN r.run_id LIKE 'gdpr_zd_%' THEN jsonb_build_object('conf', r.conf, 'note', 'Zendesk ticket ' || (r.conf ->> 'zendesk_ticket'))::text
            ELSE jsonb_build_object('conf', jsonb_pretty(r.conf), 'unpause', 'on', 'origin', '/dags/' || r.dag_id || '/grid', 'run_id', NULL)::text END
FROM xgen.run r JOIN xgen.staff s ON s.i = r.who WHERE r.run_type = 'manual';

-- Browsing, clearing and pausing in the UI.
INSERT INTO xgen.lg
SELECT timestamptz '2024-06-01 07:00:00+00' + make_interval(secs => fixture_gen.n('lgt', g, 2400000)), d.dag_id,
       CASE WHEN e IN ('log', 'rendered_templates', 'xcom', 'clear', 'get_logs_with_metadata') THEN d.tasks[1 + fixture_gen.n('lgtk', g, cardinality(d.tasks))] END, CASE WHEN e IN ('log', 'xcom') THEN -1 END,
       e, NULL, NULL, s.login, s.full_name,
       CASE e WHEN 'paused' THEN '{"is_paused": ' || CASE WHEN g % 2 = 0 THEN 'true' ELSE 'false' END || '}'
              WHEN 'clear' THEN jsonb_build_object('only_failed', 'true', 'downstream', 'true', 'confirmed', 'true', 'origin', '/dags/' || d.dag_id || '/grid')::text
              WHEN 'grid' THEN jsonb_build_object('tab', fixture_gen.pick(ARRAY['graph', 'details', 'code', 'logs'], 'lgtab', g), 'dag_run_id', NULL)::text
              WHEN 'get_logs_with_metadata' THEN jsonb_build_object('try_number', '1', 'metadata', 'null', 'format', 'json')::text
              ELSE '{}' END
FROM generate_series(1, 320) g
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['grid', 'grid', 'grid', 'graph', 'code', 'log', 'get_logs_with_metadata', 'rendered_templates', 'xcom', 'clear', 'paused', 'dag_details', 'calendar'], 'lgev', g) AS e) x
JOIN xgen.dag d ON d.k = 1 + fixture_gen.n('lgd', g, 30)
JOIN xgen.staff s ON s.i = 1 + fixture_gen.n('lgs', g, 60);

-- Variable and connection edits.
INSERT INTO xgen.lg
SELECT timestamptz '2024-03-01 09:00:00+00' + make_interval(secs => fixture_gen.n('lvt', v.id * 7 + s.i, 10000000)), NULL, NULL, NULL,
       CASE WHEN v.id % 5 = 0 THEN 'variable.create' ELSE 'variable.edit' END, NULL, NULL, s.login, s.full_name,
       jsonb_build_object('key', v.key, 'val', CASE WHEN v.key ~ '(secret|token|api_key|password)' THEN '***' WHEN v.is_encrypted THEN
           CASE v.key WHEN 'slack_webhook_finance' THEN 'https://hooks.slack.com/services/T' || fixture_gen.chars('slT', 1, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slB', 26, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || xgen.rnd('slS', 26, 24)
             WHEN 'vip_customers' THEN '[{"customer_id": "VB-104212", "name": "Dr. Helena Brandt", "email": "h.brandt@posteo.de", "note": "complains on LinkedIn"}]'
             WHEN 'pagerduty_routing_key' THEN fixture_gen.hexn('pdrk', 36, 32) ELSE '***' END ELSE v.val END, 'description', v.description)::text
FROM variable v JOIN xgen.staff s ON s.i = (ARRAY[1, 3, 4, 7, 10, 2, 8, 6, 9, 18])[1 + v.id % 10]
WHERE v.id % 3 <> 1 OR v.key IN ('oncall_rota', 'finance_report_recipients');
INSERT INTO xgen.lg
SELECT timestamptz '2024-02-01 09:00:00+00' + make_interval(secs => fixture_gen.n('lct', c.id, 12000000)), NULL, NULL, NULL, 'connection.edit', NULL, NULL, s.login, s.full_name,
       jsonb_build_object('conn_id', c.conn_id, 'conn_type', c.conn_type, 'description', c.description, 'host', c.host, 'schema', c.schema, 'login', c.login,
         'password', CASE WHEN c.password IS NULL THEN '' ELSE '***' END, 'port', c.port::text,
         'extra', CASE c.conn_id WHEN 'google_cloud_backup' THEN '{"project": "vb-data-prod", "keyfile_dict": "***", "num_retries": 5}'
           WHEN 'snowflake_dwh' THEN '{"account": "vb12345", "region": "eu-west-1", "warehouse": "TRANSFORM_WH", "database": "ANALYTICS", "role": "AIRFLOW", "private_key_content": "***"}'
           WHEN 'braze_api' THEN '{"Authorization": "Bearer ' || fixture_gen.uuid('braze', 1) || '"}'
           WHEN 'onfido_api' THEN '{"region": "eu", "webhook_token": "***"}' WHEN 'salesforce_b2b' THEN '{"security_token": "***", "domain": "login", "version": "59.0"}'
           WHEN 'google_ads_default' THEN '{"developer_token": "***", "client_id": "4417' || fixture_gen.digits('gadc', 1, 8) || '-' || lower(xgen.rnd('gadc', 1, 32)) || '.apps.googleusercontent.com", "client_secret": "***", "refresh_token": "***", "login_customer_id": "4821935561"}'
           WHEN 'sftp_barclays_payouts' THEN '{"private_key": "***", "no_host_key_check": "false", "host_key": "AAAAC3NzaC1lZDI1NTE5AAAAI' || xgen.rnd('hk', 1, 43) || '"}'
           ELSE CASE WHEN c.is_extra_encrypted THEN '{}' ELSE coalesce(NULLIF(c.extra, ''), '{}') END END)::text
FROM connection c JOIN xgen.staff s ON s.i = (ARRAY[2, 8, 1, 15, 22, 30])[1 + c.id % 6]
WHERE c.id > 4 AND (c.is_encrypted OR c.is_extra_encrypted OR c.conn_id = 'braze_api');

-- The CLI on the scheduler pod: deploys, user creation, variables and
-- connections set by hand.
INSERT INTO xgen.lg
SELECT timestamptz '2024-05-20 06:00:00+00' + k * interval '1 day', NULL, NULL, NULL, e, NULL, NULL, 'airflow', NULL,
       jsonb_build_object('host_name', CASE e WHEN 'cli_webserver' THEN 'airflow-webserver-5c8d7f6b9-' || lower(xgen.rnd('lws', k, 5)) WHEN 'cli_triggerer' THEN 'airflow-triggerer-0'
         WHEN 'cli_celery_worker' THEN 'airflow-worker-' || (k % 4) ELSE 'airflow-scheduler-6d9c7b5f8-x2lkq' END,
         'full_command', '[''/home/airflow/.local/bin/airflow'', ''' || replace(substr(e, 5), '_', ''', ''') || ''']')::text
FROM generate_series(0, 39) k CROSS JOIN LATERAL (SELECT unnest(ARRAY['cli_scheduler', 'cli_webserver', 'cli_triggerer', 'cli_celery_worker']) AS e) x
WHERE k % 3 = 0;
INSERT INTO xgen.lg VALUES
 ('2023-03-02 11:18:40+00', NULL, NULL, NULL, 'cli_users_create', NULL, NULL, 'airflow', NULL,
  '{"host_name": "airflow-scheduler-7f4b8c9d6-m3nrs", "full_command": "[''/home/airflow/.local/bin/airflow'', ''users'', ''create'', ''--username'', ''svc_zendesk_webhook'', ''--firstname'', ''Zendesk'', ''--lastname'', ''Webhook'', ''--role'', ''User'', ''--email'', ''zendesk-webhook@verdantbasket.example'', ''--password'', ''********'']"}'),
 ('2024-01-08 14:02:11+00', NULL, NULL, NULL, 'cli_users_create', NULL, NULL, 'airflow', NULL,
  '{"host_name": "airflow-scheduler-7f4b8c9d6-m3nrs", "full_command": "[''/home/airflow/.local/bin/airflow'', ''users'', ''create'', ''-u'', ''svc_looker'', ''-f'', ''Looker'', ''-l'', ''Service'', ''-r'', ''Viewer'', ''-e'', ''looker-svc@verdantbasket.example'', ''-p'', ''********'']"}'),
 ('2024-02-19 10:44:52+00', NULL, NULL, NULL, 'cli_variables_set', NULL, NULL, 'airflow', NULL,
  '{"host_name": "airflow-scheduler-7f4b8c9d6-m3nrs", "full_command": "[''/home/airflow/.local/bin/airflow'', ''variables'', ''set'', ''stripe_webhook_secret'', ''whsec_' || xgen.rnd('whsec', 15, 32) || ''']"}'),
 ('2024-03-11 08:13:05+00', NULL, NULL, NULL, 'cli_variables_set', NULL, NULL, 'airflow', NULL,
  '{"host_name": "airflow-scheduler-6d9c7b5f8-p9wzt", "full_command": "[''/home/airflow/.local/bin/airflow'', ''variables'', ''set'', ''openai_api_key'', ''sk-proj-' || xgen.rnd('oai', 19, 48) || ''']"}'),
 ('2024-04-02 16:27:39+00', NULL, NULL, NULL, 'cli_connections_add', NULL, NULL, 'airflow', NULL,
  '{"host_name": "airflow-scheduler-6d9c7b5f8-p9wzt", "full_command": "[''/home/airflow/.local/bin/airflow'', ''connections'', ''add'', ''snowflake_finance'', ''--conn-uri'', ''snowflake://SVC_AIRFLOW_FIN:' || xgen.rnd('sffpw', 1, 20) || '@vb12345.eu-west-1.snowflakecomputing.com/FINANCE?warehouse=FINANCE_WH&role=FINANCE'']"}'),
 ('2024-04-02 16:29:02+00', NULL, NULL, NULL, 'cli_connections_export', NULL, NULL, 'airflow', NULL,
  '{"host_name": "airflow-scheduler-6d9c7b5f8-p9wzt", "full_command": "[''/home/airflow/.local/bin/airflow'', ''connections'', ''export'', ''/tmp/connections.json'']"}'),
 ('2024-05-17 09:30:44+00', NULL, NULL, NULL, 'cli_dags_trigger', NULL, NULL, 'airflow', NULL,
  '{"host_name": "airflow-scheduler-6d9c7b5f8-p9wzt", "full_command": "[''/home/airflow/.local/bin/airflow'', ''dags'', ''trigger'', ''gdpr_erasure_request'', ''--conf'', ''{\"customer_id\": \"' || (SELECT cid FROM xgen.cust WHERE i = 333) || '\", \"email\": \"' || (SELECT email FROM xgen.cust WHERE i = 333) || '\"}'']"}');

INSERT INTO log (dttm, dag_id, task_id, map_index, event, execution_date, run_id, owner, owner_display_name, extra)
SELECT * FROM xgen.lg ORDER BY dttm, event, dag_id, task_id, map_index, run_id, owner, extra;

-- ---------------------------------------------------------------------------
-- The Celery result backend (result_backend = db+postgresql://... on the
-- same database, result_extended on): JSON-serialized results and args.

CREATE TABLE celery_taskmeta (
    id integer PRIMARY KEY,
    task_id varchar(155) UNIQUE,
    status varchar(50),
    result bytea,
    date_done timestamp,
    traceback text,
    name varchar(155),
    args bytea,
    kwargs bytea,
    worker varchar(155),
    retries integer,
    queue varchar(155)
);
CREATE SEQUENCE task_id_sequence OWNED BY celery_taskmeta.id;
INSERT INTO celery_taskmeta
SELECT row_number() OVER (ORDER BY t.id), fixture_gen.uuid('celery', t.id), CASE WHEN t.state = 'failed' THEN 'FAILURE' ELSE 'SUCCESS' END,
       convert_to(CASE WHEN t.state = 'failed' THEN jsonb_build_object('exc_type', 'AirflowException', 'exc_message', jsonb_build_array('Celery command failed on host: ' || t.host || ' with celery_task_id ' || fixture_gen.uuid('celery', t.id)),
         'exc_module', 'airflow.exceptions')::text ELSE 'null' END, 'UTF8'),
       (t.ended AT TIME ZONE 'UTC')::timestamp,
       CASE WHEN t.state = 'failed' THEN E'Traceback (most recent call last):\n  File "/home/airflow/.local/lib/python3.11/site-packages/celery/app/trace.py", line 453, in trace_task\n    R = retval = fun(*args, **kwargs)\n  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/celery/executors/celery_executor_utils.py", line 136, in execute_command\n    _execute_in_fork(command_to_exec, celery_task_id)\n  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/celery/executors/celery_executor_utils.py", line 151, in _execute_in_fork\n    raise AirflowException(msg)\nairflow.exceptions.AirflowException: Celery command failed on host: '
         || t.host || ' with celery_task_id ' || fixture_gen.uuid('celery', t.id) || E'\n' END,
       'execute_command',
       convert_to(jsonb_build_array(jsonb_build_array('airflow', 'tasks', 'run', t.dag_id, t.task_id, t.run_id, '--local', '--subdir', 'DAGS_FOLDER/' || d.file))::text, 'UTF8'),
       convert_to('{}', 'UTF8'), 'celery@' || split_part(t.host, '.', 1), 0, 'default'
FROM xgen.ti t JOIN xgen.run r ON r.r = t.r JOIN xgen.dag d ON d.k = t.k
WHERE t.queue = 'default' AND t.ended IS NOT NULL AND r.n <= 3;

CREATE TABLE alembic_version (
    version_num varchar(32) NOT NULL PRIMARY KEY
);
INSERT INTO alembic_version VALUES ('1949afb29106');

-- ---------------------------------------------------------------------------
-- Tables the 2.2 and 2.3 upgrades created for rows without a DAG run
-- (CREATE TABLE ... AS SELECT of the old rows): 2021 runs of retired DAGs
-- on the old LocalExecutor VM, some started by hand by an engineer.

CREATE TABLE "_airflow_moved__2_2__dangling__task_instance" (
    task_id varchar(250), dag_id varchar(250), execution_date timestamptz, start_date timestamptz, end_date timestamptz, duration double precision, state varchar(20),
    try_number integer, hostname varchar(1000), unixname varchar(1000), job_id integer, pool varchar(256), queue varchar(256), priority_weight integer, operator varchar(1000),
    queued_dttm timestamptz, pid integer, max_tries integer, executor_config bytea, pool_slots integer, queued_by_job_id integer, external_executor_id varchar(250)
);
CREATE TABLE xgen.old (id int PRIMARY KEY, dag_id text, task_id text, op text, ed timestamptz, unixname text);
INSERT INTO xgen.old
SELECT g, x.dag_id, x.task_id, x.op, timestamptz '2021-03-01 02:00:00+00' + (g / 4) * interval '1 day',
       CASE WHEN g % 23 = 0 THEN 'tobias' WHEN g % 31 = 0 THEN 'priya' WHEN g % 37 = 0 THEN 'chloe' ELSE 'airflow' END
FROM generate_series(1, 160) g
JOIN (VALUES (0, 'mailchimp_audience_sync', 'export_subscribers', 'PythonOperator'), (1, 'mailchimp_audience_sync', 'upload_to_mailchimp', 'SimpleHttpOperator'),
             (2, 'customer_export_legacy', 'export_customers_csv', 'PostgresOperator'), (3, 'customer_export_legacy', 'email_export', 'EmailOperator')) x(m, dag_id, task_id, op) ON x.m = g % 4;
INSERT INTO "_airflow_moved__2_2__dangling__task_instance"
SELECT o.task_id, o.dag_id, o.ed, o.ed + interval '3 minutes', o.ed + interval '3 minutes' + make_interval(secs => 5 + fixture_gen.n('mod', o.id, 300)), fixture_gen.n('mod', o.id, 300) + 5.0,
       CASE WHEN o.id % 17 = 0 THEN 'failed' ELSE 'success' END, 1, 'etl-airflow-01.eu-west-1.compute.internal', o.unixname, 20000 + o.id, 'default_pool', 'default', 1, o.op,
       o.ed + interval '2 minutes', 3000 + fixture_gen.n('mop', o.id, 30000), 1, xgen.pkl('{}'::jsonb), 1, NULL, NULL
FROM xgen.old o ORDER BY o.id;

CREATE TABLE "_airflow_moved__2_2__dangling__task_reschedule" (
    id integer, task_id varchar(250), dag_id varchar(250), execution_date timestamptz, try_number integer, start_date timestamptz, end_date timestamptz, duration integer, reschedule_date timestamptz
);
INSERT INTO "_airflow_moved__2_2__dangling__task_reschedule"
SELECT 4000 + g, 'wait_for_export', 'customer_export_legacy', timestamptz '2021-03-01 02:00:00+00' + (g / 2) * interval '1 day', 1,
       timestamptz '2021-03-01 02:01:00+00' + (g / 2) * interval '1 day' + (g % 2) * interval '10 minutes', timestamptz '2021-03-01 02:01:02+00' + (g / 2) * interval '1 day' + (g % 2) * interval '10 minutes', 2,
       timestamptz '2021-03-01 02:11:00+00' + (g / 2) * interval '1 day' + (g % 2) * interval '10 minutes'
FROM generate_series(1, 40) g;

CREATE TABLE "_airflow_moved__2_3__dangling__task_fail" (
    id integer, task_id varchar(250), dag_id varchar(250), execution_date timestamptz, start_date timestamptz, end_date timestamptz, duration integer
);
INSERT INTO "_airflow_moved__2_3__dangling__task_fail"
SELECT 900 + o.id, o.task_id, o.dag_id, o.ed, o.ed + interval '3 minutes', o.ed + interval '4 minutes', 60 FROM xgen.old o WHERE o.id % 5 = 0;

CREATE TABLE "_airflow_moved__2_3__dangling__rendered_task_instance_fields" (
    dag_id varchar(250), task_id varchar(250), execution_date timestamptz, rendered_fields json, k8s_pod_yaml json
);
INSERT INTO "_airflow_moved__2_3__dangling__rendered_task_instance_fields"
SELECT o.dag_id, o.task_id, o.ed,
  (CASE o.task_id
    WHEN 'export_subscribers' THEN jsonb_build_object('templates_dict', NULL, 'op_args', '[]'::jsonb, 'op_kwargs', jsonb_build_object('since', to_char(o.ed - interval '1 day', 'YYYY-MM-DD'), 'list_id', 'a8f3c91d02'))
    WHEN 'upload_to_mailchimp' THEN jsonb_build_object('endpoint', '3.0/lists/a8f3c91d02/members', 'data', jsonb_build_object('members', (SELECT jsonb_agg(jsonb_build_object('email_address', c.email, 'status', 'subscribed',
        'merge_fields', jsonb_build_object('FNAME', c.first, 'LNAME', c.last, 'PHONE', c.phone))) FROM xgen.cust c WHERE c.i BETWEEN 1 + o.id AND 3 + o.id))::text,
        'headers', jsonb_build_object('Authorization', 'apikey ' || fixture_gen.hexn('mcak', 1, 32) || '-us6'))
    WHEN 'export_customers_csv' THEN jsonb_build_object('sql', 'COPY (SELECT customer_id, email, first_name, last_name, phone, street, postcode, city FROM customers WHERE created_at::date = ''' || to_char(o.ed, 'YYYY-MM-DD') || ''') TO ''/tmp/customers_' || to_char(o.ed, 'YYYYMMDD') || '.csv'' CSV HEADER', 'parameters', NULL)
    ELSE jsonb_build_object('to', jsonb_build_array('marketing@verdantbasket.example', 'aoife.gallagher@verdantbasket.example'), 'subject', 'Customer export ' || to_char(o.ed, 'YYYY-MM-DD'), 'html_content', 'Attached.', 'files', jsonb_build_array('/tmp/customers_' || to_char(o.ed, 'YYYYMMDD') || '.csv')) END)::json,
  NULL
FROM xgen.old o WHERE o.id % 17 <> 0;

CREATE TABLE "_airflow_moved__2_3__dangling__xcom" (
    key varchar(512), value bytea, timestamp timestamptz, execution_date timestamptz, task_id varchar(250), dag_id varchar(250)
);
INSERT INTO "_airflow_moved__2_3__dangling__xcom"
SELECT 'return_value',
  convert_to((CASE o.task_id WHEN 'export_subscribers' THEN (SELECT jsonb_agg(jsonb_build_object('email', c.email, 'first_name', c.first, 'last_name', c.last, 'opt_in', true)) FROM xgen.cust c WHERE c.i BETWEEN 1 + o.id AND 3 + o.id)
     WHEN 'upload_to_mailchimp' THEN jsonb_build_object('new_members', 3, 'updated_members', 0, 'errors', '[]'::jsonb)
     ELSE to_jsonb('/tmp/customers_' || to_char(o.ed, 'YYYYMMDD') || '.csv') END)::text, 'UTF8'),
  o.ed + interval '4 minutes', o.ed, o.task_id, o.dag_id
FROM xgen.old o WHERE o.task_id IN ('export_subscribers', 'upload_to_mailchimp', 'export_customers_csv') AND o.id % 17 <> 0;

-- ---------------------------------------------------------------------------
-- The data team's own tables: postgres_default points at this database, so
-- the DAGs keep their control and staging tables in the schema etl.

CREATE SCHEMA etl;

CREATE TABLE etl.gdpr_request (
    id serial PRIMARY KEY,
    zendesk_ticket integer NOT NULL,
    customer_id varchar(20),
    email varchar(320) NOT NULL,
    full_name text,
    requested_at timestamptz NOT NULL,
    channel varchar(20) NOT NULL,
    status varchar(20) NOT NULL,
    dag_run_id varchar(250),
    systems_done jsonb NOT NULL DEFAULT '[]',
    erased_at timestamptz,
    requester_note text,
    handled_by varchar(100)
);
INSERT INTO etl.gdpr_request (zendesk_ticket, customer_id, email, full_name, requested_at, channel, status, dag_run_id, systems_done, erased_at, requester_note, handled_by)
SELECT 40000 + g * 61, c.cid, c.email, c.full_name, timestamptz '2023-09-01 08:00:00+00' + g * interval '5 days' + make_interval(secs => fixture_gen.n('gdt', g, 40000)),
       fixture_gen.pick(ARRAY['privacy_form', 'privacy_form', 'email', 'phone', 'app'], 'gdch', g),
       CASE WHEN g > 58 THEN 'pending' WHEN g % 13 = 0 THEN 'rejected' ELSE 'done' END,
       CASE WHEN g > 58 OR g % 13 = 0 THEN NULL ELSE 'gdpr_zd_' || (40000 + g * 61)::text END,
       CASE WHEN g > 58 OR g % 13 = 0 THEN '[]'::jsonb ELSE '["hubspot", "braze", "zendesk", "snowflake"]'::jsonb END,
       CASE WHEN g > 58 OR g % 13 = 0 THEN NULL ELSE timestamptz '2023-09-02 08:00:00+00' + g * interval '5 days' END,
       CASE g % 6 WHEN 0 THEN 'Please also delete my partner ' || fixture_gen.full_name('gdp', g) || ', we share the account. Call me on ' || c.phone
         WHEN 1 THEN 'I moved to ' || fixture_gen.street('gdst', g) || ', please stop sending letters to my old address.'
         WHEN 2 THEN NULL WHEN 3 THEN 'Delete everything, I am unhappy with the service.' WHEN 4 THEN 'My late mother''s account, I am her executor. Death certificate attached.'
         ELSE 'Under GDPR article 17 I request erasure of all my data.' END,
       CASE WHEN g > 58 THEN NULL ELSE (SELECT email FROM xgen.staff WHERE i = (ARRAY[7, 14, 23, 33, 41, 50, 58])[1 + g % 7]) END
FROM generate_series(1, 64) g JOIN xgen.cust c ON c.i = 1 + fixture_gen.n('gdc', g, 600)
ORDER BY g;

CREATE TABLE etl.courier_payout_batch (
    id serial PRIMARY KEY,
    week varchar(8) NOT NULL,
    file_name varchar(100) NOT NULL,
    remote_path text,
    line_count integer,
    total_amount numeric(12, 2),
    currency char(3) NOT NULL,
    status varchar(20) NOT NULL,
    uploaded_at timestamptz,
    bank_ack_ref varchar(40)
);
CREATE TABLE etl.courier_payout_line (
    id serial PRIMARY KEY,
    batch_id integer NOT NULL REFERENCES etl.courier_payout_batch (id),
    courier_id varchar(12) NOT NULL,
    payee_name text NOT NULL,
    iban varchar(34) NOT NULL,
    bic varchar(11),
    amount numeric(10, 2) NOT NULL,
    currency char(3) NOT NULL,
    hours numeric(5, 1),
    reference varchar(35),
    hub varchar(40)
);
INSERT INTO etl.courier_payout_batch
SELECT b, to_char(date '2024-06-24' - (12 - b) * 7, 'IYYY"W"IW'), 'VB_PAYOUT_' || to_char(date '2024-06-24' - (12 - b) * 7, 'YYYYMMDD') || '.csv',
       '/inbound/VB_PAYOUT_' || to_char(date '2024-06-24' - (12 - b) * 7, 'YYYYMMDD') || '.csv', 15, NULL, 'EUR', CASE WHEN b = 12 THEN 'uploaded' ELSE 'acknowledged' END,
       (date '2024-06-24' - (12 - b) * 7)::timestamptz + interval '6 hours 14 minutes', CASE WHEN b = 12 THEN NULL ELSE 'BRC' || fixture_gen.digits('back', b, 10) END
FROM generate_series(1, 12) b;
INSERT INTO etl.courier_payout_line (batch_id, courier_id, payee_name, iban, bic, amount, currency, hours, reference, hub)
SELECT b, 'CR-' || (1000 + co.i)::text, co.full_name, co.iban, fixture_gen.pick(ARRAY['DEUTDEFF', 'BNPAFRPP', 'ABNANL2A', 'CAIXESBB', 'COBADEFF'], 'bic', co.i),
       round((20 + fixture_gen.n('plh', b * 1000 + co.i, 30)) * 13.5, 2), 'EUR', 20 + fixture_gen.n('plh', b * 1000 + co.i, 30),
       'VB PAYOUT ' || to_char(date '2024-06-24' - (12 - b) * 7, 'IYYY"W"IW') || ' ' || (1000 + co.i)::text, co.city
FROM generate_series(1, 12) b CROSS JOIN LATERAL (SELECT * FROM xgen.cour WHERE i BETWEEN 1 + (b * 11) % 160 AND 15 + (b * 11) % 160) co
ORDER BY b, co.i;
UPDATE etl.courier_payout_batch p SET total_amount = s.t FROM (SELECT batch_id, sum(amount) t FROM etl.courier_payout_line GROUP BY 1) s WHERE s.batch_id = p.id;

CREATE TABLE etl.email_outbox (
    id serial PRIMARY KEY,
    dag_id varchar(250),
    task_id varchar(250),
    run_id varchar(250),
    to_addrs text NOT NULL,
    cc_addrs text,
    subject text,
    body_html text,
    attachment_name text,
    sent_at timestamptz,
    smtp_response text
);
INSERT INTO etl.email_outbox (dag_id, task_id, run_id, to_addrs, cc_addrs, subject, body_html, attachment_name, sent_at, smtp_response)
SELECT r.dag_id, CASE r.dag_id WHEN 'gdpr_erasure_request' THEN 'confirm_to_customer' WHEN 'csat_survey_dispatch' THEN 'send_surveys' ELSE 'send_report' END, r.run_id,
       CASE r.dag_id WHEN 'gdpr_erasure_request' THEN r.conf ->> 'email' WHEN 'csat_survey_dispatch' THEN c.email ELSE 'oliver.whitfield@verdantbasket.example, cfo-office@verdantbasket.example' END,
       CASE WHEN r.dag_id = 'gdpr_erasure_request' THEN 'privacy@verdantbasket.example' END,
       CASE r.dag_id WHEN 'gdpr_erasure_request' THEN 'Your data has been erased' WHEN 'csat_survey_dispatch' THEN 'How did we do?' ELSE 'Finance daily report ' || to_char(r.logical, 'YYYY-MM-DD') END,
       CASE r.dag_id WHEN 'gdpr_erasure_request' THEN '<p>Dear ' || (r.conf ->> 'full_name') || ',</p><p>we have erased your personal data as requested. Ticket ' || (r.conf ->> 'zendesk_ticket') || '.</p>'
         WHEN 'csat_survey_dispatch' THEN '<p>Hi ' || c.first || ', your ticket #' || (50000 + r.r) || ' was solved. How did we do? <a href="https://verdantbasket.zendesk.com/requests/' || (50000 + r.r) || '/satisfaction">Rate us</a></p>'
         ELSE '<h2>Daily KPIs</h2><p>GMV €' || (180000 + fixture_gen.n('gmv', r.r, 90000)) || '</p>' END,
       CASE WHEN r.dag_id = 'finance_daily_report' THEN 'kpis_' || to_char(r.logical, 'YYYYMMDD') || '.xlsx' END,
       coalesce(r.ended, r.started), '250 2.0.0 OK ' || (1719000000 + r.r * 97) || ' ' || lower(xgen.rnd('smtp', r.r, 12)) || ' - gsmtp'
FROM xgen.run r JOIN xgen.cust c ON c.i = 1 + fixture_gen.n('eoc', r.r, 600)
WHERE r.dag_id IN ('gdpr_erasure_request', 'csat_survey_dispatch', 'finance_daily_report') AND r.state = 'success'
ORDER BY r.r;

CREATE TABLE etl.watermark (
    source varchar(50) NOT NULL,
    table_name varchar(100) NOT NULL,
    last_value text,
    updated_at timestamptz NOT NULL,
    updated_by_dag varchar(250),
    PRIMARY KEY (source, table_name)
);
INSERT INTO etl.watermark VALUES
 ('shopify', 'orders', '2024-06-28T15:59:58Z', '2024-06-28 16:02:11+00', 'shopify_orders_ingest'),
 ('shopify', 'customers', '2024-06-28T15:58:41Z', '2024-06-28 16:02:15+00', 'shopify_orders_ingest'),
 ('zendesk', 'tickets', '1719540000', '2024-06-28 02:34:50+00', 'zendesk_tickets_export'),
 ('zendesk', 'users', '1719540000', '2024-06-28 02:35:02+00', 'zendesk_tickets_export'),
 ('hubspot', 'contacts', '2024-06-28 16:30:00', '2024-06-28 16:31:09+00', 'hubspot_contact_sync'),
 ('stripe', 'refunds', 're_' || xgen.rnd('wmre', 1, 24), '2024-06-28 05:03:40+00', 'stripe_refund_reconciliation'),
 ('salesforce', 'Account', '2024-06-28T12:00:00.000+0000', '2024-06-28 12:04:18+00', 'salesforce_b2b_sync'),
 ('salesforce', 'Contact', '2024-06-28T12:00:00.000+0000', '2024-06-28 12:04:31+00', 'salesforce_b2b_sync'),
 ('onfido', 'checks', '2024-06-28T16:00:00Z', '2024-06-28 16:01:02+00', 'onfido_courier_checks'),
 ('mindee', 'invoices', '2024-06-28T16:00:00Z', '2024-06-28 16:05:44+00', 'supplier_invoices_ocr');

CREATE TABLE etl.dq_result (
    id serial PRIMARY KEY,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    check_name varchar(100) NOT NULL,
    table_name varchar(100) NOT NULL,
    column_name varchar(100),
    failed_rows integer NOT NULL,
    total_rows integer NOT NULL,
    sample_failures jsonb,
    severity varchar(10) NOT NULL,
    checked_at timestamptz NOT NULL
);
INSERT INTO etl.dq_result (dag_id, run_id, check_name, table_name, column_name, failed_rows, total_rows, sample_failures, severity, checked_at)
SELECT r.dag_id, r.run_id, x.chk, 'core.customers', x.col, fixture_gen.n('dqf', r.r * 4 + x.o, 40), 248000 + r.r * 31,
       CASE x.col
         WHEN 'email' THEN jsonb_build_array(jsonb_build_object('customer_id', c.cid, 'value', replace(c.email, '@', '@@')), jsonb_build_object('customer_id', 'VB-' || (100000 + r.r * 53), 'value', replace(fixture_gen.email('dqe', r.r), '.com', ',com')))
         WHEN 'phone' THEN jsonb_build_array(jsonb_build_object('customer_id', c.cid, 'value', regexp_replace(c.phone, '^\+', '00') || '5'), jsonb_build_object('customer_id', 'VB-' || (100000 + r.r * 59), 'value', fixture_gen.digits('dqp', r.r, 6)))
         WHEN 'postcode' THEN jsonb_build_array(jsonb_build_object('customer_id', c.cid, 'value', lower(c.postcode) || ' x', 'country', c.country))
         ELSE NULL END,
       CASE WHEN x.col = 'email' THEN 'error' ELSE 'warn' END, coalesce(r.ended, r.started)
FROM xgen.run r JOIN xgen.cust c ON c.i = 1 + fixture_gen.n('dqc', r.r, 600)
CROSS JOIN (VALUES (1, 'email_format', 'email'), (2, 'phone_e164', 'phone'), (3, 'postcode_format', 'postcode'), (4, 'row_count_delta', NULL)) x(o, chk, col)
WHERE r.dag_id = 'dq_customer_checks'
ORDER BY r.r, x.o;

CREATE TABLE etl.stg_stripe_refund (
    id varchar(40) PRIMARY KEY,
    charge varchar(40),
    payment_intent varchar(40),
    customer varchar(40),
    amount integer NOT NULL,
    currency char(3) NOT NULL,
    reason varchar(40),
    status varchar(20),
    created timestamptz,
    receipt_email text,
    metadata jsonb,
    balance_transaction varchar(40),
    _loaded_at timestamptz NOT NULL
);
INSERT INTO etl.stg_stripe_refund
SELECT 're_3P' || xgen.rnd('sre', g, 22), 'ch_3P' || xgen.rnd('sch', g, 22), 'pi_3P' || xgen.rnd('spi', g, 22), c.stripe, 299 + fixture_gen.n('sam', g, 8000),
       CASE c.country WHEN 'GB' THEN 'gbp' ELSE 'eur' END, fixture_gen.pick(ARRAY['requested_by_customer', 'requested_by_customer', 'duplicate', 'fraudulent', NULL], 'srr', g),
       CASE WHEN g % 29 = 0 THEN 'failed' ELSE 'succeeded' END, timestamptz '2024-04-01 00:00:00+00' + make_interval(secs => fixture_gen.n('scr', g, 7700000)), c.email,
       jsonb_build_object('order_id', 'VB-O-' || (700000 + g * 7)::text, 'zendesk_ticket', (50000 + g)::text, 'agent', (SELECT login FROM xgen.staff WHERE i = (ARRAY[7, 14, 23, 33, 41])[1 + g % 5]))
         || CASE WHEN g % 9 = 0 THEN jsonb_build_object('note', 'Customer ' || c.full_name || ' says the driver left the bags in the rain') ELSE '{}'::jsonb END,
       'txn_3P' || xgen.rnd('stx', g, 22), timestamptz '2024-06-28 05:02:00+00' - (g % 40) * interval '1 day'
FROM generate_series(1, 160) g JOIN xgen.cust c ON c.i = 1 + fixture_gen.n('src', g, 600);

CREATE TABLE etl.refund_ticket_match (
    id serial PRIMARY KEY,
    refund_id varchar(40) NOT NULL REFERENCES etl.stg_stripe_refund (id),
    zendesk_ticket integer,
    agent_email text,
    match_method varchar(20) NOT NULL,
    matched_at timestamptz NOT NULL
);
INSERT INTO etl.refund_ticket_match (refund_id, zendesk_ticket, agent_email, match_method, matched_at)
SELECT s.id, (s.metadata ->> 'zendesk_ticket')::int, (SELECT email FROM xgen.staff WHERE login = s.metadata ->> 'agent'), CASE WHEN s.metadata ? 'note' THEN 'manual' ELSE 'metadata' END, s._loaded_at + interval '3 minutes'
FROM etl.stg_stripe_refund s WHERE s.status = 'succeeded'
ORDER BY s.id;

CREATE TABLE etl.stg_zendesk_ticket (
    id bigint PRIMARY KEY,
    subject text,
    description text,
    requester_email text,
    requester_name text,
    assignee_email text,
    status varchar(20),
    priority varchar(10),
    tags text[],
    via_channel varchar(20),
    created_at timestamptz,
    updated_at timestamptz,
    custom_fields jsonb,
    satisfaction_rating jsonb,
    _loaded_at timestamptz NOT NULL
);
INSERT INTO etl.stg_zendesk_ticket
SELECT 50000 + g,
       fixture_gen.pick(ARRAY['Missing items in my order', 'Driver was rude', 'Refund not received', 'Delete my account', 'Wrong delivery address', 'Voucher code not working', 'Damaged eggs again'], 'zsub', g),
       CASE g % 5 WHEN 0 THEN 'Hi, my order VB-O-' || (700000 + g * 7) || ' arrived without the milk and the bread. I live at ' || c.street || ', ' || c.postcode || ' ' || c.city || '. Please call me on ' || c.phone || '. ' || c.first
         WHEN 1 THEN 'The courier ' || co.first || ' shouted at my daughter when she opened the door. This is unacceptable.'
         WHEN 2 THEN fixture_gen.sentence('zsen', g)
         WHEN 3 THEN 'I am pregnant and cannot carry the crates upstairs, please ask the driver to bring them to the 3rd floor. Thanks, ' || c.full_name
         ELSE 'Refund for order VB-O-' || (700000 + g * 7) || ' still not on my card ending ' || fixture_gen.digits('zcard', g, 4) || '.' END,
       c.email, c.full_name, (SELECT email FROM xgen.staff WHERE i = (ARRAY[7, 14, 23, 33, 41, 50, 58])[1 + g % 7]),
       fixture_gen.pick(ARRAY['solved', 'solved', 'closed', 'open', 'pending'], 'zst', g), fixture_gen.pick(ARRAY['normal', 'normal', 'high', 'low', 'urgent'], 'zpr', g),
       ARRAY[fixture_gen.pick(ARRAY['missing_items', 'courier', 'refund', 'gdpr', 'address', 'voucher', 'damaged'], 'ztag', g), c.country], fixture_gen.pick(ARRAY['email', 'web', 'mobile', 'chat', 'voice'], 'zvia', g),
       timestamptz '2024-05-01 00:00:00+00' + make_interval(secs => fixture_gen.n('zcr', g, 5000000)), timestamptz '2024-06-27 00:00:00+00' + make_interval(secs => fixture_gen.n('zup', g, 86000)),
       jsonb_build_array(jsonb_build_object('id', 360012345671, 'value', 'VB-O-' || (700000 + g * 7)), jsonb_build_object('id', 360012345672, 'value', c.cid), jsonb_build_object('id', 360012345673, 'value', CASE WHEN g % 4 = 0 THEN c.phone END)),
       CASE WHEN g % 3 = 0 THEN jsonb_build_object('score', fixture_gen.pick(ARRAY['good', 'bad'], 'zsat', g), 'comment', CASE WHEN g % 6 = 0 THEN 'Thanks ' || (SELECT first FROM xgen.staff WHERE i = (ARRAY[7, 14, 23, 33, 41, 50, 58])[1 + g % 7]) || ', very helpful' ELSE '' END) END,
       timestamptz '2024-06-28 02:33:00+00'
FROM generate_series(1, 180) g JOIN xgen.cust c ON c.i = 1 + fixture_gen.n('zc', g, 600) JOIN xgen.cour co ON co.i = 1 + fixture_gen.n('zco', g, 180);

CREATE TABLE etl.crm_contact_snapshot (
    hubspot_id bigint PRIMARY KEY,
    email text NOT NULL,
    firstname text,
    lastname text,
    phone text,
    lifecyclestage varchar(30),
    city text,
    country char(2),
    zip varchar(12),
    date_of_birth date,
    marketing_consent boolean,
    last_synced_at timestamptz,
    row_hash char(32) NOT NULL
);
INSERT INTO etl.crm_contact_snapshot
SELECT 51000000000 + c.i * 113, c.email, c.first, c.last, CASE WHEN c.i % 5 = 0 THEN NULL ELSE c.phone END, fixture_gen.pick(ARRAY['customer', 'customer', 'lead', 'evangelist', 'other'], 'hls', c.i),
       c.city, c.country, c.postcode, CASE WHEN c.i % 3 = 0 THEN fixture_gen.birth_date('hdob', c.i) END, c.i % 4 <> 0,
       timestamptz '2024-06-28 16:30:00+00' - (c.i % 48) * interval '30 minutes', md5('row' || c.i)
FROM xgen.cust c WHERE c.i <= 240;

CREATE TABLE etl.courier_check (
    id serial PRIMARY KEY,
    courier_id varchar(12) NOT NULL,
    onfido_applicant_id uuid NOT NULL,
    onfido_check_id uuid,
    result varchar(20),
    sub_results jsonb,
    report_pdf_url text,
    created_at timestamptz NOT NULL,
    completed_at timestamptz
);
INSERT INTO etl.courier_check (courier_id, onfido_applicant_id, onfido_check_id, result, sub_results, report_pdf_url, created_at, completed_at)
SELECT 'CR-' || (1000 + co.i)::text, fixture_gen.uuid('onfa', co.i)::uuid, fixture_gen.uuid('onfchk', co.i)::uuid,
       CASE WHEN co.i % 11 = 0 THEN 'consider' WHEN co.i % 29 = 0 THEN NULL ELSE 'clear' END,
       jsonb_build_object('document', CASE WHEN co.i % 11 = 0 THEN 'consider' ELSE 'clear' END, 'facial_similarity_photo', 'clear', 'right_to_work', 'clear',
         'document_breakdown', jsonb_build_object('document_type', fixture_gen.pick(ARRAY['passport', 'driving_licence', 'national_identity_card'], 'odt', co.i), 'issuing_country', fixture_gen.pick(ARRAY['GBR', 'DEU', 'FRA', 'NLD', 'ESP', 'POL', 'NGA', 'IND'], 'oic', co.i),
           'first_name', co.first, 'last_name', co.last, 'date_of_birth', fixture_gen.birth_date('codob', co.i)::text, 'document_number', upper(xgen.rnd('odn', co.i, 9)))),
       'https://vb-courier-docs.s3.eu-west-1.amazonaws.com/onfido/' || fixture_gen.uuid('onfchk', co.i) || '.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA'
         || fixture_gen.chars('awsid', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '%2F20240628%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240628T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=' || fixture_gen.hexn('s3sig', co.i, 64),
       timestamptz '2024-01-10 09:00:00+00' + co.i * interval '19 hours', CASE WHEN co.i % 29 = 0 THEN NULL ELSE timestamptz '2024-01-11 15:00:00+00' + co.i * interval '19 hours' END
FROM xgen.cour co;

CREATE TABLE etl.churn_score (
    customer_id varchar(20) NOT NULL,
    model_version varchar(10) NOT NULL,
    score numeric(5, 4) NOT NULL,
    risk_band varchar(10) NOT NULL,
    features jsonb NOT NULL,
    scored_at timestamptz NOT NULL,
    PRIMARY KEY (customer_id, model_version)
);
INSERT INTO etl.churn_score
SELECT c.cid, 'v14', round(fixture_gen.n('chs', c.i, 10000) / 10000.0, 4), CASE WHEN fixture_gen.n('chs', c.i, 10000) > 7000 THEN 'high' WHEN fixture_gen.n('chs', c.i, 10000) > 3500 THEN 'medium' ELSE 'low' END,
       jsonb_build_object('tenure_days', 20 + fixture_gen.n('chtd', c.i, 1200), 'orders_90d', fixture_gen.n('cho', c.i, 30), 'avg_basket_eur', 30 + fixture_gen.n('chb', c.i, 90), 'city', c.city, 'postcode', c.postcode,
         'age_band', fixture_gen.pick(ARRAY['18-24', '25-34', '35-44', '45-54', '55-64', '65+'], 'chab', c.i), 'complaints_90d', fixture_gen.n('chc', c.i, 4), 'has_baby_products', c.i % 7 = 0),
       timestamptz '2024-06-28 06:12:00+00'
FROM xgen.cust c WHERE c.i <= 260;

CREATE TABLE etl.file_manifest (
    id serial PRIMARY KEY,
    bucket varchar(63) NOT NULL,
    key text NOT NULL,
    size_bytes bigint,
    etag char(32),
    last_modified timestamptz,
    dag_run_id varchar(250),
    processed boolean NOT NULL DEFAULT false
);
INSERT INTO etl.file_manifest (bucket, key, size_bytes, etag, last_modified, dag_run_id, processed)
SELECT 'vb-partner-drop-prod',
       CASE g % 5 WHEN 0 THEN 'incoming/hr/payslips/2024-0' || (1 + g % 6) || '/payslip_' || replace(s.full_name, ' ', '_') || '.pdf'
         WHEN 1 THEN 'incoming/rapidparcel/returns_' || to_char(date '2024-06-28' - g, 'YYYY-MM-DD') || '.csv'
         WHEN 2 THEN 'incoming/freshfarm/credit_notes_' || to_char(date '2024-06-28' - g, 'YYYY-MM-DD') || '.csv'
         WHEN 3 THEN 'incoming/hr/leavers_' || to_char(date '2024-06-28' - g, 'YYYY_MM') || '.csv'
         ELSE 'incoming/couriers/id_scans/' || replace(co.full_name, ' ', '_') || '_' || fixture_gen.pick(ARRAY['passport', 'licence_front', 'licence_back'], 'fmid', g) || '.jpg' END,
       1000 + fixture_gen.n('fms', g, 4000000), fixture_gen.hexn('fme', g, 32), timestamptz '2024-06-28 16:00:00+00' - g * interval '7 hours',
       (SELECT run_id FROM xgen.run WHERE dag_id = 's3_landing_manifest' ORDER BY r LIMIT 1 OFFSET g % 16), g > 3
FROM generate_series(1, 90) g JOIN xgen.staff s ON s.i = 1 + fixture_gen.n('fmst', g, 60) JOIN xgen.cour co ON co.i = 1 + fixture_gen.n('fmco', g, 180)
ORDER BY g;

CREATE TABLE etl.api_token_cache (
    service varchar(50) PRIMARY KEY,
    access_token text NOT NULL,
    refresh_token text,
    expires_at timestamptz,
    scope text,
    updated_at timestamptz NOT NULL
);
INSERT INTO etl.api_token_cache VALUES
 ('salesforce', '00D' || fixture_gen.chars('sfor', 1, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '!' || xgen.rnd('sfatc', 1, 96), NULL, '2024-06-28 18:04:18+00', 'api refresh_token', '2024-06-28 16:04:18+00'),
 ('google_ads', 'ya29.' || xgen.b64url('gaat', 1, 150), '1//0' || xgen.b64url('gart', 1, 75), '2024-06-28 10:02:44+00', 'https://www.googleapis.com/auth/adwords', '2024-06-28 09:02:44+00'),
 ('onfido', 'api_live.' || xgen.rnd('onfk', 1, 11) || '.' || xgen.rnd('onfs', 1, 32), NULL, NULL, NULL, '2024-06-01 08:00:00+00'),
 ('mindee', 'Token ' || fixture_gen.hexn('mind', 1, 32), NULL, NULL, NULL, '2024-05-14 13:40:00+00'),
 ('zendesk_oauth', xgen.rnd('zdoa', 1, 64), NULL, NULL, 'read write', '2024-06-28 02:30:11+00');

CREATE TABLE etl.braze_audience (
    external_id varchar(20) PRIMARY KEY,
    email text,
    phone text,
    first_name text,
    language char(2),
    home_city text,
    last_order_at timestamptz,
    segment varchar(30),
    voucher_code varchar(30)
);
INSERT INTO etl.braze_audience
SELECT c.cid, c.email, CASE WHEN c.i % 3 = 0 THEN NULL ELSE c.phone END, c.first, CASE c.country WHEN 'DE' THEN 'de' WHEN 'FR' THEN 'fr' WHEN 'NL' THEN 'nl' WHEN 'ES' THEN 'es' ELSE 'en' END,
       c.city, timestamptz '2024-06-27 20:00:00+00' - make_interval(secs => fixture_gen.n('bzl', c.i, 12000000)),
       fixture_gen.pick(ARRAY['lapsed_60d', 'lapsed_30d', 'vip', 'new_parents', 'weekly_regular'], 'bzs', c.i),
       CASE WHEN c.i % 4 = 0 THEN 'WINBACK24-' || upper(xgen.rnd('vcode', c.i, 8)) END
FROM xgen.cust c WHERE c.i BETWEEN 200 AND 440;

-- Payroll lines of German staff sent to the tax adviser (DATEV LODAS).
CREATE TABLE etl.payroll_export_line (
    id serial PRIMARY KEY,
    period char(7) NOT NULL,
    personalnummer varchar(10) NOT NULL,
    name text NOT NULL,
    steuer_id char(11),
    sv_nummer varchar(12),
    iban varchar(34),
    steuerklasse smallint,
    konfession varchar(3),
    brutto numeric(10, 2),
    netto numeric(10, 2),
    exported_at timestamptz
);
INSERT INTO etl.payroll_export_line (period, personalnummer, name, steuer_id, sv_nummer, iban, steuerklasse, konfession, brutto, netto, exported_at)
SELECT to_char(date '2024-01-01' + (m - 1) * interval '1 month', 'YYYY-MM'), (1000 + s.i)::text, s.last || ', ' || s.first,
       (1 + fixture_gen.n('stid', s.i, 9))::text || fixture_gen.digits('stid', s.i, 10),
       fixture_gen.digits('svn', s.i, 2) || to_char(fixture_gen.birth_date('sdob', s.i), 'DDMMYY') || upper(substr(xgen.fold(s.last), 1, 1)) || fixture_gen.digits('svn2', s.i, 3),
       fixture_gen.iban('DE', fixture_gen.digits('xpib', s.i, 18)), 1 + fixture_gen.n('xpk', s.i, 5), fixture_gen.pick(ARRAY['--', '--', 'rk', 'ev', 'ev'], 'konf', s.i),
       3800 + fixture_gen.n('xpb', s.i, 4000), round((3800 + fixture_gen.n('xpb', s.i, 4000)) * 0.61, 2),
       (date '2024-01-25' + (m - 1) * interval '1 month' + interval '8 hours 3 minutes')::timestamptz
FROM xgen.staff s CROSS JOIN generate_series(1, 6) m
WHERE s.i IN (2, 10, 15, 24, 27, 32, 35, 39, 43, 48, 51, 59) OR s.last IN ('Becker', 'Schröder', 'Hartmann')
ORDER BY m, s.i;

-- The official pipeline tutorial's tables, still holding its sample CSV:
-- ISBN-like serial numbers, publishers, book titles and blurbs.
CREATE TABLE employees (
    "Serial Number" numeric PRIMARY KEY,
    "Company Name" text,
    "Employee Markme" text,
    "Description" text,
    "Leave" integer
);
CREATE TABLE employees_temp (
    "Serial Number" numeric PRIMARY KEY,
    "Company Name" text,
    "Employee Markme" text,
    "Description" text,
    "Leave" integer
);
INSERT INTO employees
SELECT ('978' || fixture_gen.digits('isbn', g, 10))::numeric,
       fixture_gen.pick(ARRAY['HarperCollins', 'Penguin Random House', 'Simon & Schuster', 'Hachette Book Group', 'Macmillan', 'Scholastic', 'Wiley', 'Chronicle Books', 'Candlewick Press', 'Workman Publishing'], 'pub', g),
       fixture_gen.pick(ARRAY['THE VERY HUNGRY CATERPILLAR', 'GOODNIGHT MOON', 'WHERE THE WILD THINGS ARE', 'THE GRUFFALO', 'BROWN BEAR BROWN BEAR', 'THE SNOWY DAY', 'GUESS HOW MUCH I LOVE YOU',
         'THE GIVING TREE', 'CORDUROY', 'OWL BABIES', 'HAIRY MACLARY', 'PRESS HERE', 'THE DAY THE CRAYONS QUIT', 'DRAGONS LOVE TACOS', 'ROOM ON THE BROOM'], 'ttl', g) || ' ' || fixture_gen.pick(ARRAY['BOARD BOOK', 'PAPERBACK', 'HARDCOVER', 'ANNIVERSARY EDITION'], 'ed', g),
       fixture_gen.pick(ARRAY['A classic picture book for bedtime.', 'Rhyming story with bold illustrations.', 'Lift-the-flap edition for toddlers.', 'Winner of the Caldecott Medal.', 'Interactive book with finger trails.'], 'dsc', g),
       fixture_gen.n('lv', g, 40)
FROM generate_series(1, 60) g
ON CONFLICT DO NOTHING;
INSERT INTO employees_temp SELECT * FROM employees WHERE "Leave" % 2 = 0;

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('etl');

SET client_min_messages = warning;
DROP SCHEMA xgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
