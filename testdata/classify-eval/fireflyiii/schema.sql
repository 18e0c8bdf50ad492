-- classify-eval fixture (HOLDOUT 28: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Firefly III 6.1 personal finance manager on PostgreSQL, in the naming its
-- Laravel (Eloquent) migrations create: snake_case plural tables, serial
-- integer keys on the tables of 2016 and bigserial on the newer ones,
-- timestamp(0) created_at/updated_at/deleted_at, decimal(32,12) amounts,
-- user_id and user_group_id on most rows, the `encrypted` booleans left from
-- the versions that encrypted names, the `*_tz` columns of 6.1, JSON kept as
-- text (preferences, configuration, account meta, journal meta, webhook
-- messages, the audit log), Passport's OAuth tables, the database session
-- store and queue. A subset of its tables with their columns and types.
--
-- The instance is one a software developer self-hosts for twelve people:
-- themselves, their partner, siblings, parents and two friends. Each keeps
-- a user group titled with their email (as Firefly III creates it) or
-- renamed after the family; asset accounts with IBANs and account numbers in
-- account meta; expense and revenue accounts that are shops and employers
-- but also people: the landlord, friends who split dinners, a nanny, a
-- tutor, relatives who lend money. Journal descriptions are typed ("Rent
-- March to J. Okafor") or imported from the bank through the data importer
-- (SEPA lines with the counterparty's name); journal meta keeps import
-- hashes, bank transaction ids, SEPA end-to-end ids, mandates, creditor ids
-- and the counterparty's IBAN (sepa_ct_op), and internal references typed by
-- the user. Notes name people with phone numbers; rule triggers match on
-- payees' names and IBANs; bills match on a landlord's name; tags and
-- locations keep where a transaction happened; attachments are payslips and
-- rental contracts named after people. Preferences hold MFA backup codes,
-- email-change tokens, the previous email, the command-line token, Slack
-- webhook URLs and Pushover tokens beside UI settings; configuration holds
-- the ntfy password and the admin's Slack webhook beside flags. Webhooks
-- post whole transactions (names, IBANs) to n8n and Home Assistant; their
-- attempts log the URL; the audit log keeps old and new descriptions,
-- account names and IBANs; sessions, invitations, password resets, failed
-- jobs with the recipient's email, and notifications of logins from IPs.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA ffgen;

-- fold: a name folded to ASCII for an email address.
CREATE FUNCTION ffgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđÁÉÍÓÚÖÜÇŞŁŚŻĐ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdAEIOUOUCSLSZD')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: Laravel's Str::random (alphanumerics, len up to 190).
CREATE FUNCTION ffgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

-- at: a time between two dates, to the second.
CREATE FUNCTION ffgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- bcrypt as Laravel writes it ($2y$10$).
CREATE FUNCTION ffgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- b32: a base32 TOTP secret (Google2FA).
CREATE FUNCTION ffgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- People of the instance and around it.
CREATE FUNCTION ffgen.first(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.first_name(tag, i) $$;
CREATE FUNCTION ffgen.last(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.last_name(tag || 'l', i) $$;
CREATE FUNCTION ffgen.full(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT ffgen.first(tag, i) || ' ' || ffgen.last(tag, i) $$;

-- The twelve users.
CREATE TABLE ffgen.u (i int PRIMARY KEY, first text, last text, name text, email text, lang text, ldap boolean, mfa boolean);
INSERT INTO ffgen.u
SELECT i, f, l, f || ' ' || l,
       CASE i % 3 WHEN 0 THEN ffgen.fold(f) || '.' || ffgen.fold(l) WHEN 1 THEN substr(ffgen.fold(f), 1, 1) || ffgen.fold(l) || (i * 7 % 90)::text ELSE ffgen.fold(f) || ffgen.fold(l) END
         || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'web.de', 'icloud.com', 'posteo.de', 'kpnmail.nl', 'orange.fr'], 'ued', i),
       fixture_gen.pick(ARRAY['en_US', 'nl_NL', 'de_DE', 'en_GB', 'fr_FR', 'es_ES', 'pt_BR'], 'ulg', i), i IN (5, 9), i % 3 <> 2
FROM (SELECT i, CASE i WHEN 1 THEN 'Joon-ho' WHEN 2 THEN 'Sanne' ELSE ffgen.first('usr', i) END AS f,
             CASE WHEN i IN (1, 3, 4) THEN 'de Vries' WHEN i = 2 THEN 'Virtanen' ELSE ffgen.last('usr', i) END AS l FROM generate_series(1, 12) i) x;

-- ---------------------------------------------------------------------------
-- Users, user groups and roles.

CREATE TABLE users (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), email varchar(255) NOT NULL, password varchar(60) NOT NULL,
    remember_token varchar(100), reset varchar(32), blocked boolean NOT NULL DEFAULT false, blocked_code varchar(25), mfa_secret varchar(50),
    objectguid uuid, domain varchar(191), user_group_id bigint
);
INSERT INTO users
SELECT i, ffgen.at('uc', i, '2021-02-01', '2023-09-01'), ffgen.at('uu', i, '2024-01-01', '2024-06-01'), email, ffgen.bcrypt('upw', i),
       CASE WHEN i % 4 <> 2 THEN ffgen.rnd('urt', i, 60) END, CASE WHEN i = 7 THEN ffgen.rnd('urs', i, 32) END,
       i = 11, CASE WHEN i = 11 THEN 'email_changed' WHEN i = 12 THEN 'bounced' END,
       CASE WHEN mfa THEN ffgen.b32('umfa', i, 16) END, CASE WHEN ldap THEN fixture_gen.uuid('uguid', i)::uuid END, CASE WHEN ldap THEN 'default' END, i
FROM ffgen.u;

CREATE TABLE user_groups (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), title varchar(255) NOT NULL UNIQUE
);
INSERT INTO user_groups
SELECT i, ffgen.at('uc', i, '2021-02-01', '2023-09-01'), ffgen.at('ugu', i, '2024-01-01', '2024-06-01'), NULL,
       CASE WHEN i = 1 THEN 'Huishouden de Vries' WHEN i = 6 THEN 'Familie ' || last ELSE email END
FROM ffgen.u;

CREATE TABLE user_roles (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), title varchar(255) NOT NULL UNIQUE
);
INSERT INTO user_roles (id, created_at, updated_at, title)
SELECT k, timestamp '2023-11-12 10:00:00', timestamp '2023-11-12 10:00:00', t
FROM unnest(ARRAY['ro', 'mng_trx', 'mng_meta', 'read_budgets', 'read_piggies', 'read_subscriptions', 'read_rules', 'read_recurring', 'read_webhooks', 'read_currencies',
                  'mng_budgets', 'mng_piggies', 'mng_subscriptions', 'mng_rules', 'mng_recurring', 'mng_webhooks', 'mng_currencies', 'view_reports', 'view_memberships',
                  'full', 'owner']) WITH ORDINALITY AS r(t, k);

CREATE TABLE group_memberships (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL,
    user_group_id bigint NOT NULL, user_role_id bigint NOT NULL
);
INSERT INTO group_memberships (created_at, updated_at, user_id, user_group_id, user_role_id)
SELECT ffgen.at('gmc', i, '2023-11-12', '2023-12-01'), ffgen.at('gmc', i, '2023-11-12', '2023-12-01'), i, i, 21 FROM ffgen.u
UNION ALL
SELECT ffgen.at('gmx', k, '2024-01-01', '2024-04-01'), ffgen.at('gmx', k, '2024-01-01', '2024-04-01'), u, 1, r
FROM (VALUES (1, 3, 20), (2, 3, 20), (3, 4, 1), (4, 4, 18), (5, 2, 20)) v(k, u, r)
UNION ALL
SELECT ffgen.at('gmy', k, '2024-02-01', '2024-04-01'), ffgen.at('gmy', k, '2024-02-01', '2024-04-01'), u, 6, r
FROM (VALUES (1, 7, 1), (2, 8, 2)) v(k, u, r);

CREATE TABLE roles (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), name varchar(255) NOT NULL UNIQUE, display_name varchar(255), description varchar(255)
);
INSERT INTO roles VALUES
  (1, '2021-02-01 09:12:44', '2021-02-01 09:12:44', 'owner', 'Site Owner', 'User runs this instance of FF3'),
  (2, '2021-02-01 09:12:44', '2021-02-01 09:12:44', 'demo', 'Demo User', 'User is a demo user');

CREATE TABLE role_user (user_id integer NOT NULL, role_id integer NOT NULL, PRIMARY KEY (user_id, role_id));
INSERT INTO role_user VALUES (1, 1);

-- ---------------------------------------------------------------------------
-- Preferences: UI settings beside MFA backup codes, email-change tokens,
-- the previous email, the command-line token and notification secrets.

CREATE TABLE preferences (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), user_id integer NOT NULL, name varchar(1024) NOT NULL, data text, user_group_id bigint
);
INSERT INTO preferences (created_at, updated_at, user_id, name, data, user_group_id)
SELECT ffgen.at('pc', u.i * 100 + p.k, '2023-01-01', '2024-01-01'), ffgen.at('pu', u.i * 100 + p.k, '2024-01-01', '2024-06-01'), u.i, p.name,
  CASE p.name
    WHEN 'language' THEN to_json(u.lang)::text
    WHEN 'locale' THEN '"equal"'
    WHEN 'viewRange' THEN to_json(fixture_gen.pick(ARRAY['1M', '3M', '1Y', '1M'], 'pvr', u.i))::text
    WHEN 'listPageSize' THEN (50 * (1 + u.i % 3))::text
    WHEN 'currencyPreference' THEN CASE WHEN u.i = 10 THEN '"GBP"' ELSE '"EUR"' END
    WHEN 'frontpageAccounts' THEN '[' || ((u.i - 1) * 15 + 1) || ',' || ((u.i - 1) * 15 + 2) || CASE WHEN u.i % 2 = 0 THEN ',' || ((u.i - 1) * 15 + 4) ELSE '' END || ']'
    WHEN 'lastActivity' THEN to_json('0.' || fixture_gen.digits('pla', u.i, 8) || ' ' || (1717000000 + u.i * 3607))::text
    WHEN 'fiscalYearStart' THEN '"01-01"'
    WHEN 'customFiscalYear' THEN 'false'
    WHEN 'darkMode' THEN to_json(fixture_gen.pick(ARRAY['browser', 'dark', 'light'], 'pdm', u.i))::text
    WHEN 'transaction_journal_optional_fields' THEN '{"interest_date":true,"book_date":false,"process_date":false,"due_date":true,"payment_date":false,"invoice_date":false,"internal_reference":true,"notes":true,"attachments":true,"external_url":'
         || (u.i % 2 = 0)::text || ',"location":' || (u.i % 3 = 0)::text || ',"links":true}'
    WHEN 'mfa_recovery' THEN '[' || (SELECT string_agg('"' || lower(ffgen.rnd('prc' || c, u.i, 10)) || '"', ',') FROM generate_series(1, 8) c) || ']'
    WHEN 'access_token' THEN to_json(lower(fixture_gen.hexn('pat', u.i, 32)))::text
    WHEN 'email_change_confirm_token' THEN to_json(fixture_gen.uuid('pect', u.i))::text
    WHEN 'email_change_undo_token' THEN to_json(fixture_gen.uuid('peut', u.i))::text
    WHEN 'previous_email_latest' THEN to_json(substr(ffgen.fold(u.first), 1, 1) || '.' || ffgen.fold(u.last) || '@' || fixture_gen.pick(ARRAY['hotmail.com', 'ziggo.nl', 'gmx.de', 'yahoo.com'], 'ppe', u.i))::text
    WHEN 'slack_webhook_url' THEN to_json('https://hooks.slack.com/services/T0' || upper(ffgen.rnd('psw1', u.i, 8)) || '/B0' || upper(ffgen.rnd('psw2', u.i, 8)) || '/' || ffgen.rnd('psw3', u.i, 24))::text
    WHEN 'pushover_user_token' THEN to_json('u' || lower(ffgen.rnd('ppu', u.i, 29)))::text
    WHEN 'pushover_app_token' THEN to_json('a' || lower(ffgen.rnd('ppa', u.i, 29)))::text
    WHEN 'notification_bill_reminder' THEN 'true'
    WHEN 'notification_new_access_token' THEN 'true'
    WHEN 'notification_user_login' THEN (u.i % 2 = 1)::text
    WHEN 'anonymous' THEN 'false'
    WHEN 'convert_to_native' THEN (u.i % 4 = 0)::text
  END, u.i
FROM ffgen.u u
CROSS JOIN LATERAL (SELECT k, name FROM unnest(ARRAY['language', 'locale', 'viewRange', 'listPageSize', 'currencyPreference', 'frontpageAccounts', 'lastActivity', 'fiscalYearStart',
    'customFiscalYear', 'darkMode', 'transaction_journal_optional_fields', 'mfa_recovery', 'access_token', 'email_change_confirm_token', 'email_change_undo_token',
    'previous_email_latest', 'slack_webhook_url', 'pushover_user_token', 'pushover_app_token', 'notification_bill_reminder', 'notification_new_access_token',
    'notification_user_login', 'anonymous', 'convert_to_native']) WITH ORDINALITY AS n(name, k)) p
WHERE (p.name <> 'mfa_recovery' OR u.mfa)
  AND (p.name NOT IN ('email_change_confirm_token', 'email_change_undo_token', 'previous_email_latest') OR u.i IN (3, 8, 11))
  AND (p.name <> 'access_token' OR u.i % 3 <> 1)
  AND (p.name <> 'slack_webhook_url' OR u.i IN (1, 4))
  AND (p.name NOT IN ('pushover_user_token', 'pushover_app_token') OR u.i IN (1, 6))
ORDER BY u.i, p.k;
-- the user group's own copy of the settings of 6.1
INSERT INTO preferences (created_at, updated_at, user_id, name, data, user_group_id)
SELECT ffgen.at('ppg', i, '2023-11-12', '2023-12-01'), ffgen.at('ppg', i, '2023-11-12', '2023-12-01'), i, 'previous_email_' || (1690000000 + i * 86400 * 9),
       to_json(ffgen.fold(first) || '.' || ffgen.fold(last) || '@' || fixture_gen.pick(ARRAY['hotmail.com', 'ziggo.nl', 'gmx.de', 'yahoo.com'], 'ppo', i))::text, i
FROM ffgen.u WHERE i IN (3, 8, 11);

CREATE TABLE configuration (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), name varchar(50) NOT NULL, data text NOT NULL
);
INSERT INTO configuration (created_at, updated_at, name, data)
SELECT ffgen.at('cfc', k, '2021-02-01', '2021-03-01'), ffgen.at('cfu', k, '2024-03-01', '2024-06-01'), n, d
FROM (VALUES
  (1, 'db_version', '25'), (2, 'ff3_version', '"6.1.24"'), (3, 'installation_id', to_json(fixture_gen.uuid('inst', 1))::text), (4, 'single_user_mode', 'true'),
  (5, 'is_demo_site', 'false'), (6, 'permission_update_check', '1'), (7, 'last_update_check', '1717171200'), (8, 'last_update_warning', '1716480000'),
  (9, 'enable_external_map', 'true'), (10, 'enable_external_rates', 'false'), (11, 'last_rt_job', '1717200061'), (12, 'last_bl_job', '1717200062'),
  (13, 'last_ab_job', '1717200063'), (14, 'slack_webhook_url', to_json('https://hooks.slack.com/services/T0' || upper(ffgen.rnd('csw1', 1, 8)) || '/B0' || upper(ffgen.rnd('csw2', 1, 8)) || '/' || ffgen.rnd('csw3', 1, 24))::text),
  (15, 'ntfy_server', '"https://ntfy.sh"'), (16, 'ntfy_topic', to_json('ff3-' || lower(ffgen.rnd('cnt', 1, 12)))::text), (17, 'ntfy_auth', 'true'),
  (18, 'ntfy_user', '"joonho"'), (19, 'ntfy_pass', to_json(ffgen.rnd('cnp', 1, 20))::text),
  (20, 'pushover_app_token', to_json('a' || lower(ffgen.rnd('cpa', 1, 29)))::text), (21, 'pushover_user_token', to_json('u' || lower(ffgen.rnd('cpu', 1, 29)))::text),
  (22, 'notification_admin_new_reg', 'true'), (23, 'notification_user_new_reg', 'true'), (24, 'notification_new_version', 'true'),
  (25, 'notification_invite_created', 'true'), (26, 'notification_invite_redeemed', 'true'), (27, 'notification_unknown_user_attempt', 'true'),
  (28, '480_migrated_to_groups', 'true'), (29, '4780_migrate_recurrence_type', 'true'), (30, '610_upgrade_currency_prefs', 'true'),
  (31, '610_correct_balances', 'true'), (32, 'oauth_private_key', to_json('-----BEGIN RSA' || ' PRIVATE KEY-----\n' || fixture_gen.b64('cpk', 1, 180) || '\n' || fixture_gen.b64('cpk2', 1, 120) || '\n-----END RSA' || ' PRIVATE KEY-----')::text),
  (33, 'oauth_public_key', to_json('-----BEGIN PUBLIC KEY-----\n' || fixture_gen.b64('cpub', 1, 180) || '\n-----END PUBLIC KEY-----')::text),
  (34, 'utc', 'true'), (35, 'valid_url_protocols', '"http,https,ftp,ftps,mailto"')
) v(k, n, d) ORDER BY k;

-- ---------------------------------------------------------------------------
-- Accounts: fifteen of each user's: assets, a liability, an initial balance
-- account, shops, the landlord, a friend or the nanny, the employer and a
-- relative.

CREATE TABLE ffgen.acct (id int PRIMARY KEY, u int, k int, type_id int, name text, iban text, role text, person boolean, pfirst text, plast text);
INSERT INTO ffgen.acct
SELECT (u.i - 1) * 15 + k, u.i, k,
  CASE WHEN k <= 4 THEN 3 WHEN k = 5 THEN (ARRAY[12, 10, 11])[1 + u.i % 3] WHEN k = 6 THEN 6 WHEN k <= 13 THEN 4 ELSE 5 END,
  CASE k
    WHEN 1 THEN CASE WHEN u.i = 1 THEN 'Gezamenlijke rekening Joon-ho & Sanne' ELSE fixture_gen.pick(ARRAY['Checking account', 'ING Betaalrekening', 'Girokonto DKB', 'Compte courant', 'Main account', 'Lloyds Current Account'], 'an1', u.i) END
    WHEN 2 THEN fixture_gen.pick(ARRAY['Savings account', 'Oranje Spaarrekening', 'Tagesgeld', 'Livret A', 'Emergency fund'], 'an2', u.i)
    WHEN 3 THEN fixture_gen.pick(ARRAY['Cash wallet', 'Portemonnee', 'Bargeld'], 'an3', u.i)
    WHEN 4 THEN fixture_gen.pick(ARRAY['Credit card', 'ICS Visa', 'Amex Gold', 'Revolut'], 'an4', u.i)
    WHEN 5 THEN CASE u.i % 3 WHEN 0 THEN 'Hypotheek ING' WHEN 1 THEN 'Studieschuld DUO' ELSE 'Loan from ' || ffgen.full('lend', u.i) END
    WHEN 6 THEN fixture_gen.pick(ARRAY['Checking account', 'ING Betaalrekening', 'Girokonto DKB', 'Compte courant', 'Main account', 'Lloyds Current Account'], 'an1', u.i) || ' initial balance'
    WHEN 12 THEN CASE WHEN u.i % 2 = 0 THEN 'Landlord ' ELSE '' END || ffgen.full('land', u.i)
    WHEN 13 THEN ffgen.full('frnd', u.i) || CASE u.i % 4 WHEN 0 THEN ' (nanny)' WHEN 1 THEN ' (tutor)' ELSE '' END
    WHEN 14 THEN fixture_gen.pick(ARRAY['Brightwave GmbH', 'Gemeente Utrecht', 'Universiteit Leiden', 'Philips Nederland B.V.', 'Kestrel Data Ltd', 'Atelier Bleu SARL', 'UWV'], 'aemp', u.i)
    WHEN 15 THEN CASE WHEN u.i % 3 = 0 THEN 'Mum - ' ELSE '' END || ffgen.full('rel', u.i)
    ELSE (ARRAY['Albert Heijn', 'Jumbo', 'Lidl', 'IKEA', 'Shell', 'Vattenfall', 'Ziggo', 'Netflix', 'Spotify', 'NS Reizigers', 'Bol.com', 'Amazon EU',
         'Deutsche Bahn', 'Apotheek De Linde', 'HEMA', 'Kruidvat', 'Coolblue', 'Eneco', 'Zilveren Kruis', 'Basic-Fit', 'Thuisbezorgd.nl', 'Gamma'])[1 + (u.i * 7 + k * 3) % 22] END,
  CASE WHEN k IN (1, 2) OR (k IN (12, 13, 15) AND (u.i + k) % 5 <> 0) OR (k = 14) OR (k = 5 AND u.i % 3 = 2) THEN fixture_gen.iban_for('aib', (u.i - 1) * 15 + k)
       WHEN k BETWEEN 7 AND 11 AND k % 2 = 1 THEN fixture_gen.iban('NL', fixture_gen.pick(ARRAY['INGB', 'ABNA', 'RABO'], 'amib', u.i * 20 + k) || fixture_gen.digits('amib', u.i * 20 + k, 10)) END,
  CASE k WHEN 1 THEN 'defaultAsset' WHEN 2 THEN 'savingAsset' WHEN 3 THEN 'cashWalletAsset' WHEN 4 THEN 'ccAsset' END,
  k IN (12, 13, 15) OR (k = 5 AND u.i % 3 = 2),
  CASE k WHEN 12 THEN ffgen.first('land', u.i) WHEN 13 THEN ffgen.first('frnd', u.i) WHEN 15 THEN ffgen.first('rel', u.i) WHEN 5 THEN ffgen.first('lend', u.i) END,
  CASE k WHEN 12 THEN ffgen.last('land', u.i) WHEN 13 THEN ffgen.last('frnd', u.i) WHEN 15 THEN ffgen.last('rel', u.i) WHEN 5 THEN ffgen.last('lend', u.i) END
FROM ffgen.u u CROSS JOIN generate_series(1, 15) k;

CREATE TABLE account_types (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), type varchar(50) NOT NULL UNIQUE
);
INSERT INTO account_types (id, created_at, updated_at, type)
SELECT k, timestamp '2021-02-01 09:12:40', timestamp '2021-02-01 09:12:40', t
FROM unnest(ARRAY['Default account', 'Cash account', 'Asset account', 'Expense account', 'Revenue account', 'Initial balance account', 'Beneficiary account',
                  'Import account', 'Reconciliation account', 'Loan', 'Debt', 'Mortgage', 'Liability credit account']) WITH ORDINALITY AS r(t, k);

CREATE TABLE accounts (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    account_type_id integer NOT NULL, name varchar(1024) NOT NULL, virtual_balance numeric(32,12), iban varchar(255), active boolean NOT NULL DEFAULT true,
    encrypted boolean NOT NULL DEFAULT false, "order" integer NOT NULL DEFAULT 0, native_virtual_balance numeric(32,12)
);
INSERT INTO accounts
SELECT id, ffgen.at('ac', id, '2021-03-01', '2023-12-01'), ffgen.at('au', id, '2024-01-01', '2024-06-01'), CASE WHEN id % 37 = 0 THEN ffgen.at('ad', id, '2024-02-01', '2024-06-01') END,
       u, u, type_id, name, CASE WHEN k = 4 THEN -2500 WHEN k = 1 AND u % 4 = 0 THEN 150 END, iban, NOT (k = 13 AND u % 5 = 0), false,
       CASE WHEN k <= 5 THEN k ELSE 0 END, CASE WHEN k = 4 THEN -2500 END
FROM ffgen.acct ORDER BY id;

CREATE TABLE account_meta (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), account_id integer NOT NULL, name varchar(255) NOT NULL, data text NOT NULL
);
INSERT INTO account_meta (created_at, updated_at, account_id, name, data)
SELECT ffgen.at('ac', a.id, '2021-03-01', '2023-12-01'), ffgen.at('amu', a.id * 10 + m.k, '2024-01-01', '2024-06-01'), a.id, m.name,
  CASE m.name
    WHEN 'account_role' THEN to_json(a.role)::text
    WHEN 'currency_id' THEN CASE WHEN a.u = 10 THEN '"3"' ELSE '"1"' END
    WHEN 'include_net_worth' THEN CASE WHEN a.k = 3 THEN '"0"' ELSE '"1"' END
    WHEN 'account_number' THEN to_json(CASE WHEN a.k = 4 THEN fixture_gen.card('acc', a.id)
                                            WHEN a.u = 10 THEN fixture_gen.digits('auk', a.id, 8)
                                            WHEN a.k = 5 THEN (ARRAY['HYP-', 'DUO-', 'L-'])[1 + a.u % 3] || fixture_gen.digits('aln', a.id, 9)
                                            ELSE coalesce(substr(a.iban, 9), fixture_gen.digits('aan', a.id, 10)) END)::text
    WHEN 'BIC' THEN to_json(fixture_gen.pick(ARRAY['INGBNL2A', 'ABNANL2A', 'RABONL2U', 'DEUTDEFF', 'BNPAFRPP', 'CAIXESBB', 'BUNQNL2A', 'TRWIBEB1'], 'abic', a.id))::text
    WHEN 'cc_type' THEN '"monthlyFull"'
    WHEN 'cc_monthly_payment_date' THEN '"2024-01-' || (20 + a.u % 8) || '"'
    WHEN 'liability_direction' THEN CASE WHEN a.u % 3 = 2 THEN '"credit"' ELSE '"debit"' END
    WHEN 'interest' THEN to_json(CASE a.u % 3 WHEN 0 THEN '3.85' WHEN 1 THEN '2.56' ELSE '0' END)::text
    WHEN 'interest_period' THEN '"monthly"'
    WHEN 'opening_balance_date' THEN '"2021-03-01"'
  END
FROM ffgen.acct a
CROSS JOIN LATERAL (SELECT k, name FROM unnest(ARRAY['account_role', 'currency_id', 'include_net_worth', 'account_number', 'BIC', 'cc_type', 'cc_monthly_payment_date',
    'liability_direction', 'interest', 'interest_period', 'opening_balance_date']) WITH ORDINALITY AS n(name, k)) m
WHERE CASE m.name
    WHEN 'account_role' THEN a.k <= 4
    WHEN 'include_net_worth' THEN a.k <= 5
    WHEN 'account_number' THEN a.k IN (1, 2, 4, 5) OR (a.person AND a.id % 3 = 0) OR (a.u = 10 AND a.k IN (12, 13, 15))
    WHEN 'BIC' THEN a.iban IS NOT NULL AND a.id % 2 = 0
    WHEN 'cc_type' THEN a.k = 4
    WHEN 'cc_monthly_payment_date' THEN a.k = 4
    WHEN 'liability_direction' THEN a.k = 5
    WHEN 'interest' THEN a.k = 5
    WHEN 'interest_period' THEN a.k = 5
    WHEN 'opening_balance_date' THEN a.k IN (1, 2)
    ELSE true END
ORDER BY a.id, m.k;

CREATE TABLE transaction_currencies (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), enabled boolean NOT NULL DEFAULT false,
    code varchar(51) NOT NULL, name varchar(255) NOT NULL, symbol varchar(51) NOT NULL, decimal_places smallint NOT NULL DEFAULT 2
);
INSERT INTO transaction_currencies (id, created_at, updated_at, enabled, code, name, symbol, decimal_places)
SELECT k, timestamp '2021-02-01 09:12:41', timestamp '2024-03-01 10:00:00', k IN (1, 3, 12, 27), c, n, s, d
FROM (VALUES (1, 'EUR', 'Euro', '€', 2), (2, 'HUF', 'Hungarian forint', 'Ft', 2), (3, 'GBP', 'British Pound', '£', 2), (4, 'UAH', 'Ukrainian hryvnia', '₴', 2),
  (5, 'PLN', 'Polish złoty', 'zł', 2), (6, 'TRY', 'Turkish lira', '₺', 2), (7, 'DKK', 'Dansk krone', 'kr.', 2), (8, 'ISK', 'Íslensk króna', 'kr.', 2),
  (9, 'NOK', 'Norsk krone', 'kr.', 2), (10, 'SEK', 'Svensk krona', 'kr.', 2), (11, 'RON', 'Romanian leu', 'lei', 2), (12, 'USD', 'US Dollar', '$', 2),
  (13, 'BRL', 'Brazilian real', 'R$', 2), (14, 'CAD', 'Canadian dollar', 'C$', 2), (15, 'MXN', 'Mexican peso', 'MX$', 2), (16, 'IDR', 'Indonesian rupiah', 'Rp', 2),
  (17, 'AUD', 'Australian dollar', 'A$', 2), (18, 'NZD', 'New Zealand dollar', 'NZ$', 2), (19, 'EGP', 'Egyptian pound', 'E£', 2), (20, 'MAD', 'Moroccan dirham', 'DH', 2),
  (21, 'ZAR', 'South African rand', 'R', 2), (22, 'JPY', 'Japanese yen', '¥', 0), (23, 'CNY', 'Chinese yuan', '¥', 2), (24, 'RUB', 'Russian ruble', '₽', 2),
  (25, 'INR', 'Indian rupee', '₹', 2), (26, 'ILS', 'Israeli new shekel', '₪', 2), (27, 'CHF', 'Swiss franc', 'CHF', 2), (28, 'HKD', 'Hong Kong dollar', 'HK$', 2),
  (29, 'CZK', 'Czech koruna', 'Kč', 2), (30, 'KZT', 'Kazakhstani tenge', '₸', 2)) v(k, c, n, s, d);

CREATE TABLE transaction_types (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), type varchar(50) NOT NULL UNIQUE
);
INSERT INTO transaction_types (id, created_at, updated_at, type)
SELECT k, timestamp '2021-02-01 09:12:40', timestamp '2021-02-01 09:12:40', t
FROM unnest(ARRAY['Withdrawal', 'Deposit', 'Transfer', 'Opening balance', 'Reconciliation', 'Invalid', 'Liability credit']) WITH ORDINALITY AS r(t, k);

-- ---------------------------------------------------------------------------
-- Transactions: 25 journals of each user, one group each. Users with an
-- even id import from their bank through the data importer: descriptions
-- as the bank writes them, journal meta with the import hash and SEPA ids.

CREATE TABLE ffgen.jr (j int PRIMARY KEY, u int, k int, type_id int, src int, dst int, amount numeric, d timestamp, kind text, imported boolean, descr text, cur int);
INSERT INTO ffgen.jr (j, u, k, type_id, src, dst, amount, d, kind, imported, cur)
SELECT (u - 1) * 25 + k + 1, u, k,
  CASE WHEN k IN (3, 15, 21, 8, 20) THEN 2 WHEN k IN (5, 17) THEN 3 ELSE 1 END,
  b + CASE WHEN k IN (3, 15, 21) THEN 14 WHEN k IN (8, 20) THEN 15 WHEN k IN (6, 18, 23) AND k <> 18 THEN 1 WHEN k = 18 THEN 3 WHEN k % 4 = 1 AND k NOT IN (5, 17) THEN 4 ELSE 1 END,
  b + CASE WHEN k IN (0, 12) THEN 12 WHEN k IN (3, 15, 21, 8, 20) THEN 1 WHEN k IN (5, 17) THEN 2 WHEN k IN (6, 18, 23) THEN 13 WHEN k = 10 THEN 5 ELSE 7 + (k * 7) % 5 END,
  CASE WHEN k IN (0, 12) THEN 850 + (u * 45) WHEN k IN (3, 15, 21) THEN 2400 + u * 130 + k WHEN k IN (5, 17) THEN 250 WHEN k IN (8, 20) THEN 20 + fixture_gen.n('jam8', u * 100 + k, 60)
       WHEN k = 10 THEN 180 ELSE (3 + fixture_gen.n('jam', u * 100 + k, 15000) / 100.0) END,
  timestamp '2024-01-02 00:00:00' + make_interval(days => k * 6 + u % 5, secs => fixture_gen.n('jtm', u * 100 + k, 50000) + 20000),
  CASE WHEN k IN (0, 12) THEN 'rent' WHEN k IN (3, 15, 21) THEN 'salary' WHEN k IN (5, 17) THEN 'savings' WHEN k IN (8, 20) THEN 'payback' WHEN k IN (6, 18, 23) THEN 'friend'
       WHEN k = 10 THEN 'loan' ELSE 'shop' END,
  u % 2 = 0 AND k NOT IN (6, 18), CASE WHEN u = 10 THEN 3 ELSE 1 END
FROM (SELECT u, k, (u - 1) * 15 AS b FROM generate_series(1, 12) u CROSS JOIN generate_series(0, 24) k) x;
UPDATE ffgen.jr r SET descr = CASE
  WHEN r.imported AND r.kind IN ('rent', 'salary', 'payback', 'loan') THEN
    fixture_gen.pick(ARRAY['SEPA Overboeking', 'SEPA Periodieke overb.', 'Online bankieren'], 'jdi', r.j) || ' IBAN: ' || coalesce(o.iban, '') || ' BIC: ' || fixture_gen.pick(ARRAY['INGBNL2A', 'ABNANL2A', 'RABONL2U', 'DEUTDEFF'], 'jdb', r.j)
      || ' Naam: ' || upper(o.name) || ' Omschrijving: ' || CASE r.kind WHEN 'rent' THEN 'Huur ' || to_char(r.d, 'MM-YYYY') || ' ' || fixture_gen.pick(ARRAY['Lindenweg 12', 'Oudegracht 88-bis', 'Kanaalstraat 4a'], 'jda', r.u)
        WHEN 'salary' THEN 'Salaris ' || to_char(r.d, 'MM-YYYY') || ' pers.nr ' || fixture_gen.digits('jpn', r.u, 6) WHEN 'payback' THEN 'terug voor ' || fixture_gen.pick(ARRAY['concertkaartjes', 'etentje', 'boodschappen'], 'jdp', r.j) ELSE 'aflossing' END
  WHEN r.imported AND r.kind = 'shop' THEN
    fixture_gen.pick(ARRAY['BEA, Apple Pay ', 'BEA, Betaalpas ', 'SEPA Incasso algemeen doorlopend Incassant: ', 'Kartenzahlung '], 'jds', r.j) || upper(o.name)
      || ' ' || fixture_gen.digits('jdn', r.j, 4) || ',PAS' || fixture_gen.digits('jdp', r.u, 3) || ' NR:' || upper(ffgen.rnd('jdnr', r.j, 6)) || ' ' || to_char(r.d, 'DD.MM.YY/HH24.MI') || ' ' || upper(fixture_gen.city('jdc', r.j))
  WHEN r.imported THEN 'Overboeking naar ' || o.name
  ELSE CASE r.kind
    WHEN 'rent' THEN 'Rent ' || to_char(r.d, 'FMMonth') || ' to ' || substr(o.pfirst, 1, 1) || '. ' || o.plast
    WHEN 'salary' THEN 'Salary ' || to_char(r.d, 'FMMonth') || ' ' || o.name
    WHEN 'savings' THEN fixture_gen.pick(ARRAY['Monthly savings', 'To savings', 'Sparen'], 'jsv', r.j)
    WHEN 'payback' THEN fixture_gen.pick(ARRAY['Paid back by %s for concert tickets', 'Birthday money from %s', '%s: half of the holiday cottage', 'Tikkie from %s'], 'jpb', r.j) 
    WHEN 'friend' THEN fixture_gen.pick(ARRAY['Dinner split with %s (Tikkie)', 'Babysitting %s, 6 hours', 'Maths tutoring, paid to %s', 'Wedding gift for %s and partner', 'Lent %s money for the deposit'], 'jfr', r.j)
    WHEN 'loan' THEN 'Repayment ' || o.name
    ELSE fixture_gen.pick(ARRAY['Groceries', 'Weekly groceries', 'Fuel', 'Train tickets', 'Internet + TV', 'Electricity', 'Pharmacy', 'Gym membership', 'Takeaway Friday',
         'New headphones', 'Health insurance', 'Streaming subscription', 'Garden stuff'], 'jsh', r.j) END END
FROM ffgen.acct o WHERE o.id = CASE WHEN r.type_id = 2 THEN r.src ELSE r.dst END;
UPDATE ffgen.jr r SET descr = replace(descr, '%s', o.pfirst) FROM ffgen.acct o WHERE o.id = CASE WHEN r.type_id = 2 THEN r.src ELSE r.dst END AND descr LIKE '%\%s%';

CREATE TABLE transaction_groups (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint, title varchar(1024)
);
INSERT INTO transaction_groups
SELECT j, d + interval '2 hours', d + interval '2 hours', NULL, u, u,
       CASE WHEN k = 9 THEN fixture_gen.pick(ARRAY['Weekend Lisbon with %s', 'Camping trip, shared with %s', 'Moving day (van + pizza for %s and friends)'], 'tgt', j)
            WHEN k = 22 AND u % 2 = 1 THEN 'Split: ' || descr END
FROM ffgen.jr ORDER BY j;
UPDATE transaction_groups g SET title = replace(title, '%s', ffgen.first('tgf', g.id) || ' & ' || ffgen.first('tgg', g.id)) WHERE title LIKE '%\%s%';

CREATE TABLE transaction_journals (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    transaction_type_id integer NOT NULL, transaction_group_id integer, bill_id integer, transaction_currency_id integer, description varchar(1024) NOT NULL,
    date timestamp(0) NOT NULL, date_tz varchar(50), interest_date date, book_date date, process_date date, "order" integer NOT NULL DEFAULT 0,
    tag_count integer NOT NULL DEFAULT 0, encrypted boolean NOT NULL DEFAULT true, completed boolean NOT NULL DEFAULT true
);
INSERT INTO transaction_journals
SELECT j, d + interval '2 hours', d + interval '2 hours' + make_interval(mins => fixture_gen.n('tju', j, 3000)), CASE WHEN j % 53 = 0 THEN d + interval '3 days' END, u, u,
       type_id, j, CASE WHEN kind = 'rent' THEN u WHEN kind = 'shop' AND k IN (2, 14) THEN 12 + u END, cur, descr, d,
       CASE WHEN u = 10 THEN 'Europe/London' ELSE 'Europe/Amsterdam' END,
       CASE WHEN k % 7 = 1 AND j < 60 THEN d::date + 1 END, CASE WHEN imported AND j < 40 THEN d::date + 1 END, NULL, 0,
       CASE WHEN k % 5 = 0 THEN 1 WHEN k % 7 = 0 THEN 2 ELSE 0 END, false, true
FROM ffgen.jr ORDER BY j;

CREATE TABLE transactions (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), reconciled boolean NOT NULL DEFAULT false,
    account_id integer NOT NULL, transaction_journal_id integer NOT NULL, description varchar(1024), transaction_currency_id integer,
    amount numeric(32,12) NOT NULL, foreign_amount numeric(32,12), foreign_currency_id integer, identifier smallint NOT NULL DEFAULT 0,
    balance_before numeric(32,12), balance_after numeric(32,12), balance_dirty boolean NOT NULL DEFAULT true
);
INSERT INTO transactions (created_at, updated_at, reconciled, account_id, transaction_journal_id, description, transaction_currency_id, amount, foreign_amount,
    foreign_currency_id, identifier, balance_before, balance_after, balance_dirty)
SELECT r.d + interval '2 hours', r.d + interval '2 hours', r.imported AND r.j % 3 = 0, CASE WHEN s = 0 THEN r.src ELSE r.dst END, r.j, NULL, r.cur,
       CASE WHEN s = 0 THEN -r.amount ELSE r.amount END,
       CASE WHEN r.kind = 'shop' AND r.k = 19 THEN CASE WHEN s = 0 THEN -1 ELSE 1 END * round(r.amount * 1.08, 2) END, CASE WHEN r.kind = 'shop' AND r.k = 19 THEN 12 END, 0,
       CASE WHEN r.j % 4 <> 0 THEN 1000 + fixture_gen.n('tbb', r.j * 2 + s, 400000) / 100.0 END,
       CASE WHEN r.j % 4 <> 0 THEN 1000 + fixture_gen.n('tbb', r.j * 2 + s, 400000) / 100.0 + CASE WHEN s = 0 THEN -r.amount ELSE r.amount END END, r.j % 4 = 0
FROM ffgen.jr r CROSS JOIN generate_series(0, 1) s ORDER BY r.j, s;

CREATE TABLE transaction_journal_meta (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), transaction_journal_id integer NOT NULL, name varchar(255) NOT NULL,
    data text NOT NULL, hash varchar(64), deleted_at timestamp(0)
);
INSERT INTO transaction_journal_meta (created_at, updated_at, transaction_journal_id, name, data)
SELECT r.d + interval '2 hours', r.d + interval '2 hours', r.j, m.name,
  CASE m.name
    WHEN 'original_source' THEN CASE WHEN r.imported THEN '"ff3-importer-v1.5.2"' ELSE '"ff3-v6.1.' || (20 + r.j % 5) || '"' END
    WHEN 'import_hash_v2' THEN to_json(fixture_gen.hexn('jmh', r.j, 64))::text
    WHEN 'external_id' THEN to_json(to_char(r.d, 'YYYYMMDD') || fixture_gen.digits('jmx', r.j, 12) || '-1')::text
    WHEN 'sepa_ct_id' THEN to_json(CASE WHEN r.j % 3 = 0 THEN 'NOTPROVIDED' ELSE 'E2E-' || upper(ffgen.rnd('jme', r.j, 14)) END)::text
    WHEN 'sepa_ct_op' THEN to_json(o.iban)::text
    WHEN 'sepa_db' THEN to_json('MNDT' || fixture_gen.digits('jmm', r.u * 100 + r.dst, 9))::text
    WHEN 'sepa_ci' THEN to_json(fixture_gen.pick(ARRAY['NL98ZZZ302755730000', 'NL75ZZZ091408720000', 'DE98ZZZ09999999999', 'NL46ZZZ271241040000'], 'jmci', r.dst))::text
    WHEN 'sepa_country' THEN '"NL"'
    WHEN 'sepa_batch_id' THEN to_json('BATCH' || fixture_gen.digits('jmb', r.j, 8))::text
    WHEN 'sepa_ep' THEN to_json(fixture_gen.pick(ARRAY['SALA', 'RENT', 'OTHR', 'SUPP'], 'jmep', r.j))::text
    WHEN 'internal_reference' THEN to_json(CASE r.kind WHEN 'rent' THEN 'Huurcontract ' || o.name || ' d.d. 01-08-2022'
         WHEN 'friend' THEN 'Tikkie ' || fixture_gen.digits('jmt', r.j, 6) || ' ' || o.pfirst || ' ' || fixture_gen.phone('jmph', r.j)
         WHEN 'salary' THEN 'Loonstrook ' || to_char(r.d, 'YYYY-MM') ELSE 'Order ' || fixture_gen.digits('jmo', r.j, 10) END)::text
    WHEN 'external_url' THEN to_json(CASE WHEN r.kind = 'friend' THEN 'https://tikkie.me/pay/' || ffgen.rnd('jmtk', r.j, 20)
         ELSE 'https://www.bol.com/nl/rnwy/account/bestellingen/' || fixture_gen.digits('jmo', r.j, 10) END)::text
    WHEN 'due_date' THEN to_json(to_char(r.d + interval '14 days', 'YYYY-MM-DD"T00:00:00+01:00"'))::text
    WHEN 'recurrence_id' THEN to_json((r.u)::text)::text
    WHEN 'recurrence_count' THEN to_json((1 + r.k / 12)::text)::text
  END
FROM ffgen.jr r JOIN ffgen.acct o ON o.id = CASE WHEN r.type_id = 2 THEN r.src ELSE r.dst END
CROSS JOIN LATERAL (SELECT k, name FROM unnest(ARRAY['original_source', 'import_hash_v2', 'external_id', 'sepa_ct_id', 'sepa_ct_op', 'sepa_db', 'sepa_ci', 'sepa_country',
    'sepa_batch_id', 'sepa_ep', 'internal_reference', 'external_url', 'due_date', 'recurrence_id', 'recurrence_count']) WITH ORDINALITY AS n(name, k)) m
WHERE CASE m.name
    WHEN 'original_source' THEN true
    WHEN 'import_hash_v2' THEN r.imported
    WHEN 'external_id' THEN r.imported
    WHEN 'sepa_ct_id' THEN r.imported AND r.kind <> 'shop'
    WHEN 'sepa_ct_op' THEN r.imported AND o.iban IS NOT NULL AND r.kind <> 'shop'
    WHEN 'sepa_db' THEN r.imported AND r.kind = 'shop' AND r.j % 3 = 1
    WHEN 'sepa_ci' THEN r.imported AND r.kind = 'shop' AND r.j % 3 = 1
    WHEN 'sepa_country' THEN r.imported AND r.j % 5 = 0
    WHEN 'sepa_batch_id' THEN r.imported AND r.kind = 'salary'
    WHEN 'sepa_ep' THEN r.imported AND r.j % 4 = 0
    WHEN 'internal_reference' THEN NOT r.imported AND (r.kind IN ('rent', 'friend', 'salary') OR r.j % 9 = 0)
    WHEN 'external_url' THEN (r.kind = 'friend' AND r.j % 2 = 0) OR (r.kind = 'shop' AND r.j % 11 = 0)
    WHEN 'due_date' THEN r.kind = 'rent'
    WHEN 'recurrence_id' THEN r.kind = 'salary' AND NOT r.imported
    WHEN 'recurrence_count' THEN r.kind = 'salary' AND NOT r.imported
    ELSE false END
ORDER BY r.j, m.k;
UPDATE transaction_journal_meta SET hash = encode(sha256(convert_to(data, 'UTF8')), 'hex');

CREATE TABLE journal_links (
    id serial PRIMARY KEY, link_type_id integer NOT NULL, source_id integer NOT NULL, destination_id integer NOT NULL, comment text,
    created_at timestamp(0), updated_at timestamp(0)
);
INSERT INTO journal_links (link_type_id, source_id, destination_id, comment, created_at, updated_at)
SELECT CASE WHEN u % 3 = 0 THEN 5 ELSE 4 END, (u - 1) * 25 + 9, (u - 1) * 25 + 7,
       CASE WHEN u % 2 = 1 THEN fixture_gen.pick(ARRAY['%s paid me back half of the dinner', '%s transferred his share, still owes 12,50', 'Reimbursed by %s after the trip, see WhatsApp'], 'jlc', u) END,
       timestamp '2024-02-20 20:00:00' + make_interval(days => u), timestamp '2024-02-20 20:00:00' + make_interval(days => u)
FROM generate_series(1, 12) u
UNION ALL
SELECT 1, (u - 1) * 25 + 1, (u - 1) * 25 + 13, NULL, timestamp '2024-03-20 20:00:00' + make_interval(days => u), timestamp '2024-03-20 20:00:00' + make_interval(days => u)
FROM generate_series(1, 12) u WHERE u % 2 = 0;
UPDATE journal_links l SET comment = replace(comment, '%s', ffgen.first('rel', (l.source_id - 1) / 25 + 1)) WHERE comment LIKE '%\%s%';

-- ---------------------------------------------------------------------------
-- Budgets, categories, tags and locations.

CREATE TABLE budgets (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    name varchar(1024) NOT NULL, active boolean NOT NULL DEFAULT true, encrypted boolean NOT NULL DEFAULT false, "order" smallint NOT NULL DEFAULT 0
);
INSERT INTO budgets (created_at, updated_at, user_id, user_group_id, name, active, encrypted, "order")
SELECT ffgen.at('bc', u * 10 + k, '2021-03-01', '2023-06-01'), ffgen.at('bu', u * 10 + k, '2024-01-01', '2024-06-01'), u, u,
       (ARRAY['Groceries', 'Bills & utilities', 'Going out', 'Car', 'Kids', 'Clothes', 'Holidays'])[k], NOT (k = 6 AND u % 4 = 0), false, k
FROM generate_series(1, 12) u CROSS JOIN generate_series(1, 7) k ORDER BY u, k;

CREATE TABLE budget_limits (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), budget_id integer NOT NULL, transaction_currency_id integer, start_date date NOT NULL,
    start_date_tz varchar(50), end_date date, end_date_tz varchar(50), amount numeric(32,12) NOT NULL, period varchar(12), generated boolean NOT NULL DEFAULT false
);
INSERT INTO budget_limits (created_at, updated_at, budget_id, transaction_currency_id, start_date, start_date_tz, end_date, end_date_tz, amount, period, generated)
SELECT timestamp '2024-01-01 00:05:00' + make_interval(months => m - 1), timestamp '2024-01-01 00:05:00' + make_interval(months => m - 1), b.id, CASE WHEN b.user_id = 10 THEN 3 ELSE 1 END,
       (date '2024-01-01' + make_interval(months => m - 1))::date, 'Europe/Amsterdam', (date '2024-02-01' + make_interval(months => m - 1) - interval '1 day')::date, 'Europe/Amsterdam',
       (ARRAY[450, 300, 120, 180, 250, 80, 150])[b."order"] + b.user_id * 5, 'monthly', b."order" IN (1, 2)
FROM budgets b CROSS JOIN generate_series(1, 4) m WHERE b."order" <= 4 ORDER BY b.id, m;

CREATE TABLE categories (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    name varchar(1024) NOT NULL, encrypted boolean NOT NULL DEFAULT false
);
INSERT INTO categories (created_at, updated_at, user_id, user_group_id, name, encrypted)
SELECT ffgen.at('cc', u * 10 + k, '2021-03-01', '2023-06-01'), ffgen.at('cu', u * 10 + k, '2024-01-01', '2024-06-01'), u, u,
       (ARRAY['Rent', 'Salary', 'Groceries', 'Transport', 'Utilities', 'Eating out', 'Health', 'Gifts', 'Savings', 'Loans'])[k], false
FROM generate_series(1, 12) u CROSS JOIN generate_series(1, 10) k ORDER BY u, k;

CREATE TABLE tags (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    tag varchar(1024) NOT NULL, "tagMode" varchar(1024) NOT NULL DEFAULT 'nothing', date date, date_tz varchar(50), description text,
    latitude numeric(12,8), longitude numeric(12,8), "zoomLevel" smallint
);
INSERT INTO tags (created_at, updated_at, user_id, user_group_id, tag, "tagMode", date, date_tz, description, latitude, longitude, "zoomLevel")
SELECT ffgen.at('tc', u * 10 + k, '2022-01-01', '2024-05-01'), ffgen.at('tu', u * 10 + k, '2024-01-01', '2024-06-01'), u, u,
  CASE k WHEN 1 THEN 'holiday-lisbon-2024' WHEN 2 THEN 'tax-deductible' WHEN 3 THEN 'birthday ' || ffgen.first('tgb', u) WHEN 4 THEN 'work-expenses'
         WHEN 5 THEN 'wedding ' || ffgen.first('tgw', u) || ' & ' || ffgen.first('tgw2', u) ELSE 'renovation' END,
  'nothing', CASE WHEN k IN (1, 3, 5) THEN date '2024-01-01' + fixture_gen.n('tgd', u * 10 + k, 150) END, CASE WHEN k IN (1, 3, 5) THEN 'Europe/Amsterdam' END,
  CASE k WHEN 1 THEN 'Flights and the Airbnb in Alfama, shared with ' || ffgen.first('tgs', u) || '.'
         WHEN 3 THEN 'Party for ' || ffgen.first('tgb', u) || ' at ' || fixture_gen.street('tga', u) || ', ask ' || ffgen.first('tgh', u) || ' (' || fixture_gen.phone('tgp', u) || ') about the cake.'
         WHEN 5 THEN 'Gift, hotel and suit hire for the wedding.' WHEN 2 THEN 'Receipts go to the accountant in March.' END,
  CASE WHEN k = 1 AND u <= 3 THEN 38.71 + fixture_gen.n('tgla', u, 1000) / 100000.0 WHEN k = 3 AND u <= 4 THEN 52.08 + fixture_gen.n('tgla3', u, 10000) / 100000.0 END,
  CASE WHEN k = 1 AND u <= 3 THEN -9.13 - fixture_gen.n('tglo', u, 1000) / 100000.0 WHEN k = 3 AND u <= 4 THEN 5.11 + fixture_gen.n('tglo3', u, 10000) / 100000.0 END,
  CASE WHEN (k = 1 AND u <= 3) OR (k = 3 AND u <= 4) THEN 14 END
FROM generate_series(1, 12) u CROSS JOIN generate_series(1, 6) k ORDER BY u, k;

CREATE TABLE locations (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), locatable_id integer NOT NULL, locatable_type varchar(255) NOT NULL,
    latitude numeric(12,8), longitude numeric(12,8), zoom_level smallint
);
INSERT INTO locations (created_at, updated_at, locatable_id, locatable_type, latitude, longitude, zoom_level)
SELECT r.d + interval '2 hours', r.d + interval '2 hours', r.j, 'FireflyIII\Models\TransactionJournal',
       52.0 + fixture_gen.n('lla', r.j, 40000) / 100000.0, 4.6 + fixture_gen.n('llo', r.j, 60000) / 100000.0, 12 + r.j % 5
FROM ffgen.jr r WHERE r.u % 3 = 0 AND r.kind IN ('shop', 'friend')
UNION ALL
SELECT ffgen.at('ac', a.id, '2021-03-01', '2023-12-01'), ffgen.at('ac', a.id, '2021-03-01', '2023-12-01'), a.id, 'FireflyIII\Models\Account',
       52.0 + fixture_gen.n('lala', a.id, 40000) / 100000.0, 4.6 + fixture_gen.n('lalo', a.id, 60000) / 100000.0, 16
FROM ffgen.acct a WHERE a.k IN (12, 13) AND a.u % 2 = 1
UNION ALL
SELECT ffgen.at('tc', u * 10 + 1, '2022-01-01', '2024-05-01'), ffgen.at('tc', u * 10 + 1, '2022-01-01', '2024-05-01'), (u - 1) * 6 + 1, 'FireflyIII\Models\Tag',
       38.71 + fixture_gen.n('tgla', u, 1000) / 100000.0, -9.13 - fixture_gen.n('tglo', u, 1000) / 100000.0, 14
FROM generate_series(4, 9) u;

-- ---------------------------------------------------------------------------
-- Bills (subscriptions) and piggy banks.

CREATE TABLE bills (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    transaction_currency_id integer, name varchar(1024) NOT NULL, match varchar(1024) NOT NULL, amount_min numeric(32,12) NOT NULL, amount_max numeric(32,12) NOT NULL,
    date date NOT NULL, date_tz varchar(50), end_date date, end_date_tz varchar(50), extension_date date, extension_date_tz varchar(50), repeat_freq varchar(30) NOT NULL,
    skip smallint NOT NULL DEFAULT 0, automatch boolean NOT NULL DEFAULT true, active boolean NOT NULL DEFAULT true, name_encrypted boolean NOT NULL DEFAULT false,
    match_encrypted boolean NOT NULL DEFAULT false, "order" integer NOT NULL DEFAULT 0
);
INSERT INTO bills (id, created_at, updated_at, user_id, user_group_id, transaction_currency_id, name, match, amount_min, amount_max, date, date_tz, end_date, end_date_tz,
    extension_date, extension_date_tz, repeat_freq, skip, automatch, active, name_encrypted, match_encrypted, "order")
SELECT b.id, ffgen.at('blc', b.id, '2022-06-01', '2023-12-01'), ffgen.at('blu', b.id, '2024-01-01', '2024-06-01'), b.u, b.u, CASE WHEN b.u = 10 THEN 3 ELSE 1 END,
       b.name, b.match, b.lo, b.hi, b.d, 'Europe/Amsterdam', CASE WHEN b.kind = 'rent' THEN date '2025-07-31' END, CASE WHEN b.kind = 'rent' THEN 'Europe/Amsterdam' END,
       CASE WHEN b.kind = 'rent' THEN date '2025-05-31' END, CASE WHEN b.kind = 'rent' THEN 'Europe/Amsterdam' END,
       CASE WHEN b.kind = 'ins' THEN 'yearly' ELSE 'monthly' END, 0, true, true, false, false, b.ord
FROM (
  SELECT u.i AS id, u.i AS u, 'rent' AS kind, 'Rent ' || substr(a.pfirst, 1, 1) || '. ' || a.plast AS name,
         lower(ffgen.fold(a.plast)) || ',huur' AS match, 850 + u.i * 45 AS lo, 850 + u.i * 45 AS hi, date '2022-08-01' AS d, 1 AS ord
  FROM ffgen.u u JOIN ffgen.acct a ON a.u = u.i AND a.k = 12
  UNION ALL
  SELECT 12 + u.i, u.i, 'sub', (ARRAY['Netflix', 'Spotify Family', 'Ziggo Internet', 'Basic-Fit', 'Vattenfall', 'Eneco', 'Zilveren Kruis', 'Disney+', 'KPN Mobiel', 'Coolblue Care', 'NS Flex', 'iCloud+'])[u.i],
         lower((ARRAY['netflix', 'spotify', 'ziggo', 'basic-fit', 'vattenfall', 'eneco', 'zilveren kruis', 'disney', 'kpn', 'coolblue', 'ns reizigers', 'apple.com/bill'])[u.i]),
         8 + u.i * 3, 12 + u.i * 4, date '2023-01-15', 2
  FROM ffgen.u u
  UNION ALL
  SELECT 24 + u.i, u.i, 'ins', (ARRAY['Car insurance', 'Home contents insurance', 'Liability insurance', 'Travel insurance'])[1 + u.i % 4],
         (ARRAY['centraal beheer', 'interpolis', 'fbto', 'ohra'])[1 + u.i % 4], 90 + u.i * 7, 140 + u.i * 7, date '2023-03-01', 3
  FROM ffgen.u u WHERE u.i % 2 = 0
  UNION ALL
  SELECT 31 + u.i, u.i, 'nanny', 'Childcare ' || a.pfirst, lower(ffgen.fold(a.pfirst)) || ',' || lower(ffgen.fold(a.plast)) || ',oppas', 300, 420, date '2023-09-01', 4
  FROM ffgen.u u JOIN ffgen.acct a ON a.u = u.i AND a.k = 13 WHERE u.i % 4 = 0
) b ORDER BY b.id;

CREATE TABLE piggy_banks (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), account_id integer NOT NULL, name varchar(1024) NOT NULL,
    target_amount numeric(32,12) NOT NULL, start_date date, start_date_tz varchar(50), target_date date, target_date_tz varchar(50), "order" integer NOT NULL DEFAULT 0,
    active boolean NOT NULL DEFAULT true, encrypted boolean NOT NULL DEFAULT false
);
INSERT INTO piggy_banks (created_at, updated_at, account_id, name, target_amount, start_date, start_date_tz, target_date, target_date_tz, "order", active, encrypted)
SELECT ffgen.at('pbc', u * 10 + k, '2022-01-01', '2024-01-01'), ffgen.at('pbu', u * 10 + k, '2024-01-01', '2024-06-01'), (u - 1) * 15 + 2,
       (ARRAY['New bike', 'Holiday Japan 2025', 'Emergency buffer', 'New laptop', 'Wedding fund', 'Car replacement'])[1 + (u + k) % 6],
       (ARRAY[1200, 4500, 6000, 1800, 9000, 12000])[1 + (u + k) % 6], date '2024-01-01', 'Europe/Amsterdam',
       CASE WHEN k <> 3 THEN date '2025-06-30' + (u * 10) END, CASE WHEN k <> 3 THEN 'Europe/Amsterdam' END, k, true, false
FROM generate_series(1, 12) u CROSS JOIN generate_series(1, 3) k ORDER BY u, k;

CREATE TABLE piggy_bank_events (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), piggy_bank_id integer NOT NULL, transaction_journal_id integer, date date NOT NULL,
    date_tz varchar(50), amount numeric(32,12) NOT NULL
);
INSERT INTO piggy_bank_events (created_at, updated_at, piggy_bank_id, transaction_journal_id, date, date_tz, amount)
SELECT r.d + interval '3 hours', r.d + interval '3 hours', (r.u - 1) * 3 + 1 + r.k % 3, r.j, r.d::date, 'Europe/Amsterdam', CASE WHEN r.j % 9 = 0 THEN -50 ELSE 125 END
FROM ffgen.jr r WHERE r.kind = 'savings' ORDER BY r.j;

-- ---------------------------------------------------------------------------
-- Recurring transactions.

CREATE TABLE recurrences (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    transaction_type_id integer NOT NULL, title varchar(1024) NOT NULL, description text NOT NULL, first_date date NOT NULL, first_date_tz varchar(50),
    repeat_until date, repeat_until_tz varchar(50), latest_date date, latest_date_tz varchar(50), repetitions smallint NOT NULL DEFAULT 0,
    apply_rules boolean NOT NULL DEFAULT true, active boolean NOT NULL DEFAULT true
);
INSERT INTO recurrences (id, created_at, updated_at, user_id, user_group_id, transaction_type_id, title, description, first_date, first_date_tz, repeat_until, repeat_until_tz,
    latest_date, latest_date_tz, repetitions, apply_rules, active)
SELECT id, ffgen.at('rcc', id, '2022-06-01', '2023-12-01'), ffgen.at('rcu', id, '2024-01-01', '2024-06-01'), u, u, t, title, descr, fd, 'Europe/Amsterdam',
       CASE WHEN id > 24 THEN date '2025-12-31' END, CASE WHEN id > 24 THEN 'Europe/Amsterdam' END, date '2024-05-01', 'Europe/Amsterdam', 0, true, id % 11 <> 0
FROM (
  SELECT u.i AS id, u.i AS u, 2 AS t, 'Salary' AS title, 'Monthly salary, paid on the 25th; payslip in the attachments.' AS descr, date '2023-01-25' AS fd FROM ffgen.u u
  UNION ALL
  SELECT 12 + u.i, u.i, 3, 'Monthly savings', '', date '2023-01-27' FROM ffgen.u u
  UNION ALL
  SELECT 24 + u.i, u.i, 1, 'Pocket money', 'Pocket money for ' || ffgen.first('kid', u.i) || ' (' || (8 + u.i % 7) || ') on Saturdays, stop when ' || CASE WHEN u.i % 2 = 0 THEN 'she' ELSE 'he' END || ' turns 16.', date '2024-01-06'
  FROM ffgen.u u WHERE u.i % 3 = 0
  UNION ALL
  SELECT 36 + u.i, u.i, 1, 'Rent', 'Rent to ' || a.name || ', ' || fixture_gen.phone('rcp', u.i) || ', contract until July 2025. Deposit of two months with the landlord.', date '2022-08-01'
  FROM ffgen.u u JOIN ffgen.acct a ON a.u = u.i AND a.k = 12
) r ORDER BY id;

CREATE TABLE recurrences_repetitions (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), recurrence_id integer NOT NULL, repetition_type varchar(50) NOT NULL,
    repetition_moment varchar(50) NOT NULL, repetition_skip smallint NOT NULL DEFAULT 0, weekend smallint NOT NULL DEFAULT 1
);
INSERT INTO recurrences_repetitions (created_at, updated_at, recurrence_id, repetition_type, repetition_moment, repetition_skip, weekend)
SELECT created_at, updated_at, id, CASE WHEN id BETWEEN 25 AND 36 THEN 'weekly' ELSE 'monthly' END,
       CASE WHEN id BETWEEN 25 AND 36 THEN '6' WHEN id <= 12 THEN '25' WHEN id <= 24 THEN '27' ELSE '1' END, 0, 1 + id % 4
FROM recurrences ORDER BY id;

CREATE TABLE recurrences_transactions (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), recurrence_id integer NOT NULL, transaction_currency_id integer NOT NULL,
    transaction_type_id integer, foreign_currency_id integer, source_id integer NOT NULL, destination_id integer NOT NULL, amount numeric(32,12) NOT NULL,
    foreign_amount numeric(32,12), description varchar(1024) NOT NULL
);
INSERT INTO recurrences_transactions (created_at, updated_at, recurrence_id, transaction_currency_id, transaction_type_id, source_id, destination_id, amount, description)
SELECT r.created_at, r.updated_at, r.id, CASE WHEN r.user_id = 10 THEN 3 ELSE 1 END, r.transaction_type_id,
       (r.user_id - 1) * 15 + CASE WHEN r.id <= 12 THEN 14 ELSE 1 END, (r.user_id - 1) * 15 + CASE WHEN r.id <= 12 THEN 1 WHEN r.id <= 24 THEN 2 WHEN r.id <= 36 THEN 3 ELSE 12 END,
       CASE WHEN r.id <= 12 THEN 2400 + r.user_id * 130 WHEN r.id <= 24 THEN 250 WHEN r.id <= 36 THEN 7.5 ELSE 850 + r.user_id * 45 END,
       CASE WHEN r.id <= 12 THEN 'Salary ' || a.name WHEN r.id <= 24 THEN 'Monthly savings' WHEN r.id <= 36 THEN 'Pocket money ' || ffgen.first('kid', r.user_id)
            ELSE 'Rent to ' || l.name END
FROM recurrences r JOIN ffgen.acct a ON a.u = r.user_id AND a.k = 14 JOIN ffgen.acct l ON l.u = r.user_id AND l.k = 12 ORDER BY r.id;

CREATE TABLE rt_meta (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), rt_id integer NOT NULL, name varchar(50) NOT NULL, value text NOT NULL
);
INSERT INTO rt_meta (created_at, updated_at, rt_id, name, value)
SELECT t.created_at, t.updated_at, t.id, m.name,
       CASE m.name WHEN 'category_name' THEN CASE WHEN t.recurrence_id <= 12 THEN 'Salary' WHEN t.recurrence_id > 36 THEN 'Rent' ELSE 'Savings' END
                   WHEN 'budget_id' THEN ((r.user_id - 1) * 7 + 2)::text WHEN 'piggy_bank_id' THEN ((r.user_id - 1) * 3 + 1)::text
                   WHEN 'tags' THEN '["auto"]' END
FROM recurrences_transactions t JOIN recurrences r ON r.id = t.recurrence_id
CROSS JOIN unnest(ARRAY['category_name', 'budget_id', 'piggy_bank_id', 'tags']) m(name)
WHERE m.name = 'category_name' OR (m.name = 'budget_id' AND t.recurrence_id > 36) OR (m.name = 'piggy_bank_id' AND t.recurrence_id BETWEEN 13 AND 24)
   OR (m.name = 'tags' AND t.recurrence_id % 5 = 0)
ORDER BY t.id, m.name;

-- ---------------------------------------------------------------------------
-- Rules: triggers match payees' names, IBANs and descriptions.

CREATE TABLE rule_groups (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    title varchar(255) NOT NULL, description text, "order" integer NOT NULL DEFAULT 0, active boolean NOT NULL DEFAULT true, stop_processing boolean NOT NULL DEFAULT false
);
INSERT INTO rule_groups (created_at, updated_at, user_id, user_group_id, title, description, "order", active, stop_processing)
SELECT ffgen.at('rgc', u * 10 + k, '2022-01-01', '2023-06-01'), ffgen.at('rgu', u * 10 + k, '2024-01-01', '2024-06-01'), u, u,
       (ARRAY['Default rules', 'Bank import clean-up', 'Bills'])[k], CASE k WHEN 2 THEN 'Rules that run after the data importer: rename payees, set categories.' WHEN 1 THEN '' END, k, true, false
FROM generate_series(1, 12) u CROSS JOIN generate_series(1, 3) k ORDER BY u, k;

CREATE TABLE ffgen.rl (id int PRIMARY KEY, u int, k int, title text, descr text, trig text[], tval text[], act text[], aval text[]);
INSERT INTO ffgen.rl
SELECT (u.i - 1) * 6 + g.n, u.i, g.n,
  CASE g.n WHEN 1 THEN 'Rent to ' || l.pfirst WHEN 2 THEN 'Salary ' || e.name WHEN 3 THEN 'Groceries' WHEN 4 THEN 'Tikkies from ' || f.pfirst
         WHEN 5 THEN 'Clean up card payments' ELSE 'Money from ' || CASE WHEN u.i % 3 = 0 THEN 'Mum' ELSE r.pfirst END END,
  CASE g.n WHEN 1 THEN 'Monthly transfer to ' || l.name || ' for the flat.' WHEN 4 THEN f.pfirst || ' sends Tikkies for dinners, mark them as shared costs.'
         WHEN 5 THEN 'Strip the BEA/PAS prefix the bank adds.' ELSE '' END,
  CASE g.n WHEN 1 THEN ARRAY['user_action', 'to_account_iban_is', 'description_contains'] WHEN 2 THEN ARRAY['user_action', 'from_account_is', 'amount_more']
         WHEN 3 THEN ARRAY['user_action', 'description_contains', 'description_contains'] WHEN 4 THEN ARRAY['user_action', 'description_contains', 'to_account_contains']
         WHEN 5 THEN ARRAY['user_action', 'description_starts', 'description_contains'] ELSE ARRAY['user_action', 'from_account_iban_is', 'from_account_starts'] END,
  CASE g.n WHEN 1 THEN ARRAY['store-journal', coalesce(l.iban, 'NL00INGB0000000000'), upper(l.plast)] WHEN 2 THEN ARRAY['store-journal', e.name, '1500']
         WHEN 3 THEN ARRAY['update-journal', 'ALBERT HEIJN', 'JUMBO'] WHEN 4 THEN ARRAY['store-journal', 'Tikkie ' || f.pfirst, f.name]
         WHEN 5 THEN ARRAY['store-journal', 'BEA, ', 'PAS' || fixture_gen.digits('jdp', u.i, 3)] ELSE ARRAY['store-journal', coalesce(r.iban, 'NL00INGB0000000000'), upper(r.name)] END,
  CASE g.n WHEN 1 THEN ARRAY['set_category', 'link_to_bill', 'set_destination_account'] WHEN 2 THEN ARRAY['set_category', 'add_tag', 'set_description']
         WHEN 3 THEN ARRAY['set_category', 'set_budget'] WHEN 4 THEN ARRAY['set_category', 'add_tag', 'set_notes']
         WHEN 5 THEN ARRAY['set_description'] ELSE ARRAY['set_category', 'set_source_account'] END,
  CASE g.n WHEN 1 THEN ARRAY['Rent', 'Rent ' || substr(l.pfirst, 1, 1) || '. ' || l.plast, l.name] WHEN 2 THEN ARRAY['Salary', 'income', 'Salary {{month}} ' || e.name]
         WHEN 3 THEN ARRAY['Groceries', 'Groceries'] WHEN 4 THEN ARRAY['Eating out', 'shared', 'Paid by ' || f.name || ', ' || fixture_gen.phone('rlph', u.i)]
         WHEN 5 THEN ARRAY['=replace(description, "BEA, ", "")'] ELSE ARRAY['Gifts', r.name] END
FROM ffgen.u u JOIN ffgen.acct l ON l.u = u.i AND l.k = 12 JOIN ffgen.acct f ON f.u = u.i AND f.k = 13 JOIN ffgen.acct e ON e.u = u.i AND e.k = 14
JOIN ffgen.acct r ON r.u = u.i AND r.k = 15 CROSS JOIN generate_series(1, 6) g(n);

CREATE TABLE rules (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    rule_group_id integer NOT NULL, title varchar(255) NOT NULL, description text, "order" integer NOT NULL DEFAULT 0, active boolean NOT NULL DEFAULT true,
    stop_processing boolean NOT NULL DEFAULT false, strict boolean NOT NULL DEFAULT true
);
INSERT INTO rules
SELECT id, ffgen.at('rlc', id, '2022-01-01', '2023-06-01'), ffgen.at('rlu', id, '2024-01-01', '2024-06-01'), NULL, u, u, (u - 1) * 3 + CASE WHEN k IN (3, 5) THEN 2 WHEN k = 1 THEN 3 ELSE 1 END,
       title, descr, k, id % 13 <> 0, k = 1, k <> 3
FROM ffgen.rl ORDER BY id;

CREATE TABLE rule_triggers (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), rule_id integer NOT NULL, trigger_type varchar(50) NOT NULL, trigger_value varchar(255) NOT NULL,
    "order" smallint NOT NULL DEFAULT 0, active boolean NOT NULL DEFAULT true, stop_processing boolean NOT NULL DEFAULT false
);
INSERT INTO rule_triggers (created_at, updated_at, rule_id, trigger_type, trigger_value, "order", active, stop_processing)
SELECT ffgen.at('rlc', r.id, '2022-01-01', '2023-06-01'), ffgen.at('rlu', r.id, '2024-01-01', '2024-06-01'), r.id, t.ty, r.tval[t.n], t.n, true, false
FROM ffgen.rl r CROSS JOIN LATERAL unnest(r.trig) WITH ORDINALITY AS t(ty, n) ORDER BY r.id, t.n;

CREATE TABLE rule_actions (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), rule_id integer NOT NULL, action_type varchar(50) NOT NULL, action_value varchar(255),
    "order" smallint NOT NULL DEFAULT 0, active boolean NOT NULL DEFAULT true, stop_processing boolean NOT NULL DEFAULT false
);
INSERT INTO rule_actions (created_at, updated_at, rule_id, action_type, action_value, "order", active, stop_processing)
SELECT ffgen.at('rlc', r.id, '2022-01-01', '2023-06-01'), ffgen.at('rlu', r.id, '2024-01-01', '2024-06-01'), r.id, a.ty, r.aval[a.n], a.n, true, false
FROM ffgen.rl r CROSS JOIN LATERAL unnest(r.act) WITH ORDINALITY AS a(ty, n) ORDER BY r.id, a.n;

-- ---------------------------------------------------------------------------
-- Notes on journals, accounts and piggy banks; attachments.

CREATE TABLE notes (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), noteable_id integer NOT NULL, noteable_type varchar(255) NOT NULL,
    title varchar(255), text text
);
INSERT INTO notes (created_at, updated_at, noteable_id, noteable_type, title, text)
SELECT r.d + interval '2 hours', r.d + interval '3 hours', r.j, 'FireflyIII\Models\TransactionJournal', NULL,
  CASE r.kind
    WHEN 'friend' THEN fixture_gen.pick(ARRAY['%s still owes me 12,50 for the drinks. Her number: %p', 'Paid cash to %s, receipt in the drawer. Call %p if the hours are wrong.',
         'For %s''s new flat deposit, she will pay back in May (%e).'], 'ntf', r.j)
    WHEN 'rent' THEN 'Includes service costs. Landlord: %s, %p, %e. Ask about the broken boiler.'
    WHEN 'payback' THEN '%s paid this back via Tikkie, see WhatsApp.'
    WHEN 'salary' THEN 'Includes holiday allowance' || CASE WHEN r.k = 15 THEN ' (8%). Pers.nr ' || fixture_gen.digits('jpn', r.u, 6) || ', BSN on payslip.' ELSE '.' END
    ELSE fixture_gen.pick(ARRAY['Returned one item, refund expected.', 'Split with flatmates later.', 'Warranty until 2026, receipt attached.', 'Price went up from last month.',
         'Bought for %s''s birthday.'], 'nts', r.j) END
FROM ffgen.jr r WHERE r.kind IN ('friend', 'rent', 'payback') OR (r.kind = 'salary' AND r.k = 15) OR (r.kind = 'shop' AND r.j % 4 = 0)
UNION ALL
SELECT ffgen.at('ac', a.id, '2021-03-01', '2023-12-01'), ffgen.at('ac', a.id, '2021-03-01', '2023-12-01'), a.id, 'FireflyIII\Models\Account', NULL,
  CASE WHEN a.k = 5 THEN 'Lent by %s for the car. No interest, pay back 200 a month. Agreement signed 12-03-2023.'
       WHEN a.k = 1 THEN 'Joint account, card numbers end in ' || fixture_gen.digits('ntc', a.id, 4) || ' and ' || fixture_gen.digits('ntd', a.id, 4) || '.'
       ELSE '%s, %a. Phone %p.' END
FROM ffgen.acct a WHERE (a.k = 5 AND a.person) OR (a.k = 1 AND a.u IN (1, 6)) OR (a.k IN (12, 13) AND a.u % 2 = 1)
UNION ALL
SELECT created_at, updated_at, id, 'FireflyIII\Models\PiggyBank', NULL, 'Saving together, ' || (ARRAY['Sanne adds 50 a month', 'half from the tax refund', 'target set with the advisor'])[1 + id % 3] || '.'
FROM piggy_banks WHERE id % 4 = 0;
UPDATE notes n SET text = replace(replace(replace(replace(text, '%s', coalesce(a.pfirst || ' ' || a.plast, a.name)), '%p', fixture_gen.phone('ntp', n.id)), '%e', coalesce(ffgen.fold(a.pfirst) || '.' || ffgen.fold(a.plast) || '@gmail.com', '')),
       '%a', fixture_gen.street('nta', n.id) || ', ' || fixture_gen.city('ntc', n.id))
FROM ffgen.acct a
WHERE a.id = CASE WHEN n.noteable_type LIKE '%Account' THEN n.noteable_id
                  ELSE (SELECT CASE WHEN r.type_id = 2 THEN r.src WHEN r.kind = 'shop' THEN (r.u - 1) * 15 + 13 ELSE r.dst END FROM ffgen.jr r WHERE r.j = n.noteable_id) END
  AND n.noteable_type <> 'FireflyIII\Models\PiggyBank';

CREATE TABLE attachments (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    attachable_id integer NOT NULL, attachable_type varchar(255) NOT NULL, md5 varchar(128) NOT NULL, filename varchar(1024) NOT NULL, title varchar(1024),
    description text, mime varchar(1024) NOT NULL, size integer NOT NULL, uploaded boolean NOT NULL DEFAULT true
);
INSERT INTO attachments (created_at, updated_at, user_id, user_group_id, attachable_id, attachable_type, md5, filename, title, description, mime, size, uploaded)
SELECT r.d + interval '4 hours', r.d + interval '4 hours', r.u, r.u, r.j, 'FireflyIII\Models\TransactionJournal', md5('att' || r.j),
  CASE r.kind WHEN 'salary' THEN 'Loonstrook_' || to_char(r.d, 'YYYY-MM') || '_' || replace(u.name, ' ', '_') || '.pdf'
              WHEN 'rent' THEN CASE WHEN r.k = 0 THEN 'Huurcontract ' || o.name || ' - ' || u.name || '.pdf' ELSE 'rent-receipt-' || to_char(r.d, 'YYYY-MM') || '.pdf' END
              WHEN 'friend' THEN 'tikkie_' || ffgen.fold(o.pfirst) || '_' || to_char(r.d, 'YYYYMMDD') || '.png'
              ELSE fixture_gen.pick(ARRAY['IMG_', 'receipt_', 'Scan_', 'PXL_'], 'atf', r.j) || to_char(r.d, 'YYYYMMDD_HH24MISS') || CASE WHEN r.j % 2 = 0 THEN '.jpg' ELSE '.pdf' END END,
  CASE r.kind WHEN 'salary' THEN 'Payslip ' || to_char(r.d, 'FMMonth YYYY') WHEN 'rent' THEN CASE WHEN r.k = 0 THEN 'Rental contract ' || o.name ELSE 'Rent receipt' END
              WHEN 'friend' THEN 'Tikkie ' || o.pfirst ELSE CASE WHEN r.j % 3 = 0 THEN 'Receipt' END END,
  CASE WHEN r.kind = 'rent' AND r.k = 0 THEN 'Signed by both, ' || o.name || ' has the original. Deposit ' || (2 * (850 + r.u * 45)) || ' EUR.'
       WHEN r.kind = 'shop' AND r.j % 5 = 0 THEN 'Warranty receipt.' END,
  CASE WHEN r.kind IN ('salary', 'rent') OR r.j % 2 = 1 THEN 'application/pdf' WHEN r.kind = 'friend' THEN 'image/png' ELSE 'image/jpeg' END,
  20000 + fixture_gen.n('ats', r.j, 3000000), r.j % 29 <> 0
FROM ffgen.jr r JOIN ffgen.u u ON u.i = r.u JOIN ffgen.acct o ON o.id = CASE WHEN r.type_id = 2 THEN r.src ELSE r.dst END
WHERE (r.kind = 'salary' AND NOT r.imported) OR r.kind = 'rent' OR (r.kind = 'friend' AND r.j % 2 = 0) OR (r.kind = 'shop' AND r.j % 3 = 0)
ORDER BY r.j;

CREATE TABLE currency_exchange_rates (
    id serial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    from_currency_id integer NOT NULL, to_currency_id integer NOT NULL, date date NOT NULL, date_tz varchar(50), rate numeric(32,12) NOT NULL, user_rate numeric(32,12)
);
INSERT INTO currency_exchange_rates (created_at, updated_at, user_id, user_group_id, from_currency_id, to_currency_id, date, date_tz, rate, user_rate)
SELECT timestamp '2024-01-01 03:00:00' + make_interval(days => d), timestamp '2024-01-01 03:00:00' + make_interval(days => d), u, u, f, t, date '2024-01-01' + d, 'Europe/Amsterdam',
       CASE f * 100 + t WHEN 112 THEN 1.08 WHEN 103 THEN 0.86 WHEN 301 THEN 1.16 ELSE 0.95 END + fixture_gen.n('cxr', d * 10 + f, 300) / 10000.0, CASE WHEN d % 17 = 0 THEN 1.1 END
FROM generate_series(0, 150, 5) d CROSS JOIN (VALUES (1, 1, 12), (1, 1, 3), (10, 3, 1), (1, 1, 27)) v(u, f, t) ORDER BY d, u, f, t;

-- ---------------------------------------------------------------------------
-- Passport's OAuth tables.

CREATE TABLE oauth_clients (
    id bigserial PRIMARY KEY, user_id bigint, name varchar(255) NOT NULL, secret varchar(100), provider varchar(255), redirect text NOT NULL,
    personal_access_client boolean NOT NULL, password_client boolean NOT NULL, revoked boolean NOT NULL, created_at timestamp(0), updated_at timestamp(0)
);
INSERT INTO oauth_clients (id, user_id, name, secret, provider, redirect, personal_access_client, password_client, revoked, created_at, updated_at)
SELECT k, uid, n, ffgen.rnd('ocs', k, 40), NULL, rd, k = 1, k = 2, k = 7, ffgen.at('occ', k, '2021-02-01', '2024-03-01'), ffgen.at('occ', k, '2021-02-01', '2024-03-01')
FROM (VALUES (1, NULL::bigint, 'Firefly III Personal Access Client', 'http://localhost'), (2, NULL, 'Firefly III Password Grant Client', 'http://localhost'),
  (3, 1, 'Data Importer', 'https://importer.home.example/callback'), (4, 2, 'Data Importer', 'http://192.168.1.20:8081/callback'),
  (5, 4, 'Waterfly III', 'waterflyiii://oauth-callback'), (6, 6, 'Abacus (iOS)', 'abacus://oauth'), (7, 1, 'Grafana dashboard (old)', 'https://grafana.home.example/login/generic_oauth'),
  (8, 9, 'Home Assistant', 'https://ha.home.example/auth/external/callback')) v(k, uid, n, rd);

CREATE TABLE oauth_access_tokens (
    id varchar(100) PRIMARY KEY, user_id bigint, client_id bigint NOT NULL, name varchar(255), scopes text, revoked boolean NOT NULL,
    created_at timestamp(0), updated_at timestamp(0), expires_at timestamp(0)
);
INSERT INTO oauth_access_tokens
SELECT fixture_gen.hexn('oat', k, 80), 1 + k % 12, CASE WHEN k % 3 = 0 THEN 1 ELSE 3 + k % 6 END,
       CASE WHEN k % 3 = 0 THEN fixture_gen.pick(ARRAY['Data importer on NAS', 'Home Assistant', 'n8n', '%s''s iPhone', 'Budget spreadsheet', 'Waterfly on %s''s Pixel'], 'oan', k) END,
       '[]', k % 5 = 0, ffgen.at('oac', k, '2023-01-01', '2024-06-01'), ffgen.at('oac', k, '2023-01-01', '2024-06-01'), ffgen.at('oac', k, '2023-01-01', '2024-06-01') + interval '1 year'
FROM generate_series(1, 60) k;
UPDATE oauth_access_tokens t SET name = replace(t.name, '%s', u.first) FROM ffgen.u u WHERE u.i = t.user_id AND t.name LIKE '%\%s%';

CREATE TABLE oauth_refresh_tokens (id varchar(100) PRIMARY KEY, access_token_id varchar(100) NOT NULL, revoked boolean NOT NULL, expires_at timestamp(0));
INSERT INTO oauth_refresh_tokens SELECT fixture_gen.hexn('ort', k, 80), fixture_gen.hexn('oat', k, 80), k % 5 = 0, ffgen.at('oac', k, '2023-01-01', '2024-06-01') + interval '1 year'
FROM generate_series(1, 60) k WHERE k % 3 <> 0;

CREATE TABLE oauth_auth_codes (
    id varchar(100) PRIMARY KEY, user_id bigint NOT NULL, client_id bigint NOT NULL, scopes text, revoked boolean NOT NULL, expires_at timestamp(0)
);
INSERT INTO oauth_auth_codes SELECT fixture_gen.hexn('oco', k, 80), 1 + k % 12, 3 + k % 6, '[]', true, ffgen.at('oac', k, '2023-01-01', '2024-06-01') + interval '10 minutes'
FROM generate_series(1, 40) k WHERE k % 3 <> 0;

-- ---------------------------------------------------------------------------
-- Webhooks: the message is the whole transaction as JSON.

CREATE TABLE webhooks (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), user_id integer NOT NULL, user_group_id bigint,
    active boolean NOT NULL DEFAULT true, title varchar(255) NOT NULL, secret varchar(32) NOT NULL, trigger smallint NOT NULL, response smallint NOT NULL,
    delivery smallint NOT NULL, url varchar(1024) NOT NULL
);
INSERT INTO webhooks (id, created_at, updated_at, user_id, user_group_id, active, title, secret, trigger, response, delivery, url)
SELECT k, ffgen.at('whc', k, '2023-01-01', '2024-03-01'), ffgen.at('whu', k, '2024-03-01', '2024-06-01'), u, u, k <> 5, t, ffgen.rnd('whs', k, 24), tr, 200, 300, url
FROM (VALUES (1, 1, 'Send new transactions to n8n', 100, 'https://n8n.home.example/webhook/' || fixture_gen.uuid('whp', 1)),
  (2, 1, 'Home Assistant: spending sensor', 100, 'https://ha.home.example/api/webhook/firefly-' || lower(ffgen.rnd('whha', 2, 32))),
  (3, 4, 'Discord #money channel', 110, 'https://discord.com/api/webhooks/' || fixture_gen.digits('whd', 3, 19) || '/' || ffgen.rnd('whdt', 3, 68)),
  (4, 6, 'Budget spreadsheet sync', 100, 'https://script.google.com/macros/s/AKfycb' || ffgen.rnd('whgs', 4, 50) || '/exec'),
  (5, 9, 'Test receiver', 120, 'http://192.168.1.20:8080/firefly'),
  (6, 2, 'ntfy on new transactions', 100, 'https://ntfy.sh/ff3-' || lower(ffgen.rnd('whnt', 6, 16)))) v(k, u, t, tr, url);

CREATE TABLE webhook_messages (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), sent boolean NOT NULL DEFAULT false,
    errored boolean NOT NULL DEFAULT false, webhook_id bigint NOT NULL, uuid varchar(64) NOT NULL, message text NOT NULL
);
INSERT INTO webhook_messages (created_at, updated_at, sent, errored, webhook_id, uuid, message)
SELECT r.d + interval '2 hours', r.d + interval '2 hours', w.k <> 5, w.k IN (5, 4) AND r.j % 2 = 0, w.k, fixture_gen.uuid('wmu', r.j * 10 + w.k),
  json_build_object('uuid', fixture_gen.uuid('wmu', r.j * 10 + w.k), 'user_id', r.u, 'user_group_id', r.u, 'trigger', 'STORE_TRANSACTION', 'response', 'TRANSACTIONS', 'url', 'https://money.home.example',
    'version', 'v0', 'content', json_build_object('id', r.j, 'created_at', to_char(r.d, 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'), 'user', r.u, 'group_title', NULL,
      'transactions', json_build_array(json_build_object('user', r.u, 'transaction_journal_id', r.j, 'type', lower((ARRAY['withdrawal', 'deposit', 'transfer'])[r.type_id]),
        'date', to_char(r.d, 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'), 'amount', r.amount::text, 'currency_code', 'EUR', 'description', r.descr,
        'source_id', s.id::text, 'source_name', s.name, 'source_iban', s.iban, 'source_type', CASE WHEN s.type_id = 3 THEN 'Asset account' ELSE 'Revenue account' END,
        'destination_id', t.id::text, 'destination_name', t.name, 'destination_iban', t.iban, 'destination_type', CASE WHEN t.type_id = 3 THEN 'Asset account' ELSE 'Expense account' END,
        'category_name', NULL, 'tags', '[]'::json, 'notes', NULL)))
  )::text
FROM ffgen.jr r JOIN ffgen.acct s ON s.id = r.src JOIN ffgen.acct t ON t.id = r.dst
JOIN (VALUES (1, 1), (2, 1), (3, 4), (4, 6), (5, 9), (6, 2)) w(k, u) ON w.u = r.u
WHERE r.k < 12 ORDER BY r.j, w.k;

CREATE TABLE webhook_attempts (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), webhook_message_id bigint NOT NULL,
    status_code smallint NOT NULL DEFAULT 0, logs text, response text
);
INSERT INTO webhook_attempts (created_at, updated_at, webhook_message_id, status_code, logs, response)
SELECT m.created_at + interval '1 minute', m.created_at + interval '1 minute', m.id,
       CASE WHEN m.errored THEN CASE WHEN m.webhook_id = 5 THEN 0 ELSE 404 END ELSE 200 END,
       CASE WHEN m.errored AND m.webhook_id = 5 THEN 'cURL error 7: Failed to connect to 192.168.1.20 port 8080 after 3 ms: Connection refused (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://192.168.1.20:8080/firefly'
            WHEN m.errored THEN 'Client error: `POST ' || w.url || '` resulted in a `404 Not Found` response: <!DOCTYPE html><html lang="en"><head><title>Error</title>' END,
       CASE WHEN m.errored THEN NULL WHEN m.webhook_id = 1 THEN '{"message":"Workflow was started"}' WHEN m.webhook_id = 3 THEN '' ELSE 'OK' END
FROM webhook_messages m JOIN webhooks w ON w.id = m.webhook_id WHERE m.webhook_id <> 5 OR m.id % 2 = 0 ORDER BY m.id;

-- ---------------------------------------------------------------------------
-- Invitations, the audit log, the queue, sessions, resets, telemetry and
-- notifications.

CREATE TABLE invited_users (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), user_id integer NOT NULL, user_group_id bigint, email varchar(255) NOT NULL,
    invite_code varchar(64) NOT NULL, expires timestamp(0) NOT NULL, expires_tz varchar(50), redeemed boolean NOT NULL DEFAULT false
);
INSERT INTO invited_users (created_at, updated_at, user_id, user_group_id, email, invite_code, expires, expires_tz, redeemed)
SELECT c, c, 1, 1, coalesce(u.email, ffgen.fold(ffgen.first('inv', k)) || '.' || ffgen.fold(ffgen.last('inv', k)) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'hotmail.com', 'ziggo.nl'], 'invd', k)),
       ffgen.rnd('invc', k, 64), c + interval '2 days', 'Europe/Amsterdam', u.i IS NOT NULL
FROM generate_series(1, 16) k LEFT JOIN ffgen.u u ON u.i = k AND k BETWEEN 2 AND 12
CROSS JOIN LATERAL (SELECT ffgen.at('ivc', k, '2023-11-15', '2024-05-01') AS c) t;

CREATE TABLE audit_log_entries (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), deleted_at timestamp(0), auditable_id integer NOT NULL, auditable_type varchar(191) NOT NULL,
    changer_id integer NOT NULL, changer_type varchar(191) NOT NULL, action varchar(255) NOT NULL, before text, after text
);
INSERT INTO audit_log_entries (created_at, updated_at, auditable_id, auditable_type, changer_id, changer_type, action, before, after)
SELECT r.d + interval '1 day', r.d + interval '1 day', r.j, 'FireflyIII\Models\TransactionJournal', r.u, 'FireflyIII\User', a.act,
  CASE a.act WHEN 'update_description' THEN to_json(r.descr)::text WHEN 'update_amount' THEN json_build_object('amount', r.amount::text, 'currency_symbol', '€', 'decimal_places', 2)::text
             WHEN 'update_destination' THEN to_json(t.name)::text WHEN 'update_notes' THEN '""' WHEN 'update_date' THEN to_json(to_char(r.d, 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'))::text END,
  CASE a.act WHEN 'update_description' THEN to_json(CASE WHEN t.person THEN 'Rent / loan ' || t.name ELSE initcap(t.name) END)::text
             WHEN 'update_amount' THEN json_build_object('amount', (r.amount + 10)::text, 'currency_symbol', '€', 'decimal_places', 2)::text
             WHEN 'update_destination' THEN to_json(coalesce(t.pfirst || ' ' || t.plast || ' (' || t.iban || ')', t.name))::text
             WHEN 'update_notes' THEN to_json('Paid for ' || ffgen.full('aln', r.j) || ', call ' || fixture_gen.phone('alp', r.j))::text
             WHEN 'update_date' THEN to_json(to_char(r.d + interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'))::text END
FROM ffgen.jr r JOIN ffgen.acct t ON t.id = r.dst
CROSS JOIN LATERAL (SELECT (ARRAY['update_description', 'update_amount', 'update_destination', 'update_notes', 'update_date'])[1 + r.j % 5] AS act) a
WHERE r.j % 3 = 0 AND r.type_id = 1 ORDER BY r.j;
INSERT INTO audit_log_entries (created_at, updated_at, auditable_id, auditable_type, changer_id, changer_type, action, before, after)
SELECT ffgen.at('ala', a.id, '2024-01-01', '2024-06-01'), ffgen.at('ala', a.id, '2024-01-01', '2024-06-01'), a.id, 'FireflyIII\Models\Account', a.u, 'FireflyIII\User',
       CASE WHEN a.k = 12 THEN 'update_iban' ELSE 'update_name' END,
       to_json(CASE WHEN a.k = 12 THEN fixture_gen.iban_for('alib', a.id) ELSE a.pfirst END)::text, to_json(CASE WHEN a.k = 12 THEN a.iban ELSE a.name END)::text
FROM ffgen.acct a WHERE a.k IN (12, 13) AND a.iban IS NOT NULL ORDER BY a.id;

CREATE TABLE jobs (
    id bigserial PRIMARY KEY, queue varchar(255) NOT NULL, payload text NOT NULL, attempts smallint NOT NULL, reserved_at integer, available_at integer NOT NULL, created_at integer NOT NULL
);
INSERT INTO jobs (queue, payload, attempts, reserved_at, available_at, created_at)
SELECT 'default',
  json_build_object('uuid', fixture_gen.uuid('jbu', k), 'displayName', CASE WHEN k % 2 = 0 THEN 'FireflyIII\Jobs\SendWebhookMessage' ELSE 'FireflyIII\Notifications\User\UserLogin' END,
    'job', 'Illuminate\Queue\CallQueuedHandler@call', 'maxTries', NULL, 'maxExceptions', NULL, 'failOnTimeout', false, 'backoff', NULL, 'timeout', NULL, 'retryUntil', NULL,
    'data', json_build_object('commandName', CASE WHEN k % 2 = 0 THEN 'FireflyIII\Jobs\SendWebhookMessage' ELSE 'Illuminate\Notifications\SendQueuedNotifications' END,
      'command', CASE WHEN k % 2 = 0 THEN 'O:34:"FireflyIII\Jobs\SendWebhookMessage":1:{s:7:"message";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:31:"FireflyIII\Models\WebhookMessage";s:2:"id";i:' || (100 + k) || ';s:9:"relations";a:0:{}s:10:"connection";s:5:"pgsql";s:15:"collectionClass";N;}}'
                 ELSE 'O:48:"Illuminate\Notifications\SendQueuedNotifications":3:{s:11:"notifiables";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:15:"FireflyIII\User";s:2:"id";a:1:{i:0;i:' || u.i || ';}}s:12:"notification";O:38:"FireflyIII\Notifications\User\UserLogin":2:{s:2:"ip";s:' || length(fixture_gen.ipv4('jbip', k)) || ':"' || fixture_gen.ipv4('jbip', k) || '";s:5:"email";s:' || length(u.email) || ':"' || u.email || '";}s:8:"channels";a:1:{i:0;s:4:"mail";}}' END))::text,
  0, NULL, 1717200000 + k * 61, 1717200000 + k * 61
FROM generate_series(1, 24) k JOIN ffgen.u u ON u.i = 1 + k % 12;

CREATE TABLE failed_jobs (
    id bigserial PRIMARY KEY, uuid varchar(255) NOT NULL UNIQUE, connection text NOT NULL, queue text NOT NULL, payload text NOT NULL, exception text NOT NULL,
    failed_at timestamp(0) NOT NULL DEFAULT '2024-01-01 00:00:00'
);
INSERT INTO failed_jobs (uuid, connection, queue, payload, exception, failed_at)
SELECT fixture_gen.uuid('fju', k), 'database', 'default',
  json_build_object('uuid', fixture_gen.uuid('fju', k), 'displayName', 'FireflyIII\Notifications\User\BillReminder', 'job', 'Illuminate\Queue\CallQueuedHandler@call',
    'data', json_build_object('commandName', 'Illuminate\Notifications\SendQueuedNotifications',
      'command', 'O:48:"Illuminate\Notifications\SendQueuedNotifications":3:{s:11:"notifiables";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:15:"FireflyIII\User";s:2:"id";a:1:{i:0;i:'
                 || u.i || ';}}s:12:"notification";O:41:"FireflyIII\Notifications\User\BillReminder":3:{s:4:"bill";s:' || length(b.name) || ':"' || b.name || '";s:5:"field";s:8:"end_date";s:4:"diff";i:' || (k % 30) || ';}s:8:"channels";a:1:{i:0;s:4:"mail";}}'))::text,
  CASE WHEN k % 3 = 0 THEN 'Symfony\Component\Mailer\Exception\TransportException: Expected response code "250" but got code "550", with message "550 5.1.1 <' || u.email || '>: Recipient address rejected: User unknown in virtual mailbox table". in /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342'
       ELSE 'Symfony\Component\Mailer\Exception\TransportException: Connection could not be established with host "ssl://smtp.home.example:465": stream_socket_client(): Unable to connect to ssl://smtp.home.example:465 (Connection timed out) in /var/www/html/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154' END
  || E'\nStack trace:\n#0 /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(203): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode()\n#1 {main}',
  ffgen.at('fja', k, '2024-01-01', '2024-06-01')
FROM generate_series(1, 18) k JOIN ffgen.u u ON u.i = 1 + k % 12 JOIN bills b ON b.id = u.i;

CREATE TABLE sessions (
    id varchar(255) PRIMARY KEY, user_id integer, ip_address varchar(45), user_agent text, payload text NOT NULL, last_activity integer NOT NULL
);
INSERT INTO sessions
SELECT ffgen.rnd('ssid', k, 40), CASE WHEN k % 5 = 0 THEN NULL ELSE 1 + k % 12 END,
       CASE WHEN k % 4 = 0 THEN fixture_gen.ipv6('ssip6', k) WHEN k % 7 = 0 THEN '192.168.1.' || (30 + k % 40) ELSE fixture_gen.ipv4('ssip', k) END,
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
         'Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
         'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36'], 'ssua', k),
       translate(encode(convert_to('a:5:{s:6:"_token";s:40:"' || ffgen.rnd('sstk', k, 40) || '";s:9:"_previous";a:1:{s:3:"url";s:' || length('https://money.home.example/transactions/show/' || k)
         || ':"https://money.home.example/transactions/show/' || k || '";}s:6:"_flash";a:2:{s:3:"old";a:0:{}s:3:"new";a:0:{}}s:50:"login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d";i:'
         || (1 + k % 12) || ';s:11:"twoFactorAuthenticated";b:1;}', 'UTF8'), 'base64'), E'\n', ''),
       1717200000 + k * 977
FROM generate_series(1, 40) k;

CREATE TABLE password_resets (email varchar(255) NOT NULL, token varchar(255) NOT NULL, created_at timestamp(0));
INSERT INTO password_resets SELECT email, ffgen.bcrypt('prt', i), ffgen.at('prc', i, '2024-01-01', '2024-06-01') FROM ffgen.u WHERE i IN (2, 5, 7, 11);

CREATE TABLE telemetry (
    id bigserial PRIMARY KEY, created_at timestamp(0), updated_at timestamp(0), submitted timestamp(0), user_id integer, installation_id uuid NOT NULL,
    type varchar(25) NOT NULL, key varchar(50) NOT NULL, value text NOT NULL
);
INSERT INTO telemetry (created_at, updated_at, submitted, user_id, installation_id, type, key, value)
SELECT c, c, CASE WHEN k % 4 <> 0 THEN c + interval '1 day' END, 1 + k % 12, fixture_gen.uuid('inst', 1)::uuid, t.ty, t.ky, t.vl
FROM generate_series(1, 48) k
CROSS JOIN LATERAL (SELECT ffgen.at('tlc', k, '2023-06-01', '2024-06-01') AS c) cc
CROSS JOIN LATERAL (SELECT (ARRAY['feature', 'feature', 'recurring', 'system'])[1 + k % 4] AS ty,
  (ARRAY['executed.rule', 'executed.webhook', 'recurring.created', 'system.php_version', 'executed.import', 'auth.login'])[1 + k % 6] AS ky,
  (ARRAY['1', '1', '3', '"8.3.7"', '1', '"mfa"'])[1 + k % 6] AS vl) t;

CREATE TABLE notifications (
    id uuid PRIMARY KEY, type varchar(255) NOT NULL, notifiable_type varchar(255) NOT NULL, notifiable_id bigint NOT NULL, data text NOT NULL,
    read_at timestamp(0), created_at timestamp(0), updated_at timestamp(0)
);
INSERT INTO notifications
SELECT fixture_gen.uuid('ntfid', k)::uuid, CASE WHEN k % 4 = 0 THEN 'FireflyIII\Notifications\Admin\UserRegistration' ELSE 'FireflyIII\Notifications\User\UserLogin' END,
       'FireflyIII\User', CASE WHEN k % 4 = 0 THEN 1 ELSE u.i END,
       CASE WHEN k % 4 = 0 THEN json_build_object('id', u.i, 'email', u.email, 'ip', fixture_gen.ipv4('ntip', k))::text
            ELSE json_build_object('ip', fixture_gen.ipv4('ntip', k), 'host', 'ip' || replace(fixture_gen.ipv4('ntip', k), '.', '-') || '.' || fixture_gen.pick(ARRAY['ftth.kpn.net', 'dynamic.ziggo.nl', 'telfort.nl', 'dip0.t-ipconnect.de'], 'nth', k),
                                  'city', fixture_gen.city('ntcy', k), 'country', fixture_gen.pick(ARRAY['NL', 'DE', 'GB', 'FR'], 'ntco', k), 'user_agent', 'Firefox 126 on Linux')::text END,
       CASE WHEN k % 3 = 0 THEN ffgen.at('ntr', k, '2024-05-01', '2024-06-01') END, ffgen.at('ntc', k, '2024-01-01', '2024-05-01'), ffgen.at('ntc', k, '2024-01-01', '2024-05-01')
FROM generate_series(1, 36) k JOIN ffgen.u u ON u.i = 1 + k % 12;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA ffgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
