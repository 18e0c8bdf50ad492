-- classify-eval fixture (HOLDOUT 30: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Kimai 2 time-tracking instance on PostgreSQL in the naming its Doctrine
-- migrations create (kimai2_ tables, snake_case columns, integer ids,
-- timestamp(0) without time zone, JSON as json or text), a subset of its
-- tables with their real columns, beside a few of its plugins' tables and
-- the company's own `hr` schema that it syncs from payroll.
--
-- The instance belongs to Hollmann & Adeyemi IT-Services GmbH, a Hamburg IT
-- service company of about sixty people that looks after doctors' and
-- dentists' practices, law and tax offices and a few logistics firms. Users
-- are staff, freelancers and system accounts (local bcrypt and argon2id
-- passwords, LDAP and SAML logins, the LDAP DN kept in user preferences,
-- TOTP secrets, legacy API passwords as hashes, API access tokens); user
-- preferences mix UI settings, rates and work contracts with the custom user
-- fields (private phone, birthday, emergency contact, IBAN for expense
-- refunds). Customers are companies and practices named after their doctor,
-- with contacts, addresses, phones, VAT ids, comments and custom fields that
-- keep the site's Wi-Fi and router passwords. Timesheet descriptions say
-- what was done, some naming client contacts, patients whose records were
-- moved and colleagues on sick leave. Invoices, invoice templates with the
-- company's IBAN, configuration with the LDAP bind password, the SAML key
-- and the SMTP URL, saved searches, the session store, working-time
-- approvals, expenses, tasks, the audit trail's serialized changes. The HR
-- schema holds employees with private contact details, contracts, hourly
-- cost, absences with sick notes, emergency contacts and the payroll sync.
-- Project and activity names, tags, teams, roles and field definitions hold
-- nothing personal.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA kgen;

-- at: a time between two times, deterministic, to the second.
CREATE FUNCTION kgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- rnd: random-looking alphanumerics; hexs: hex digits.
CREATE FUNCTION kgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

-- b32: a base32 TOTP secret.
CREATE FUNCTION kgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- Password hashes in the shapes Symfony writes: bcrypt ($2y$13$) and argon2id.
CREATE FUNCTION kgen.pwhash(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i % 3 = 0 THEN '$argon2id' || '$v=19$m=65536,t=4,p=1$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '=')
         ELSE '$2y' || '$13$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END
$$;

-- German-style phones of the Hamburg area and mobiles.
CREATE FUNCTION kgen.tel(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 5)
    WHEN 0 THEN '040 ' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 4) || '-' || fixture_gen.digits(tag || 'c', i, 2)
    WHEN 1 THEN '+49 40 ' || fixture_gen.digits(tag, i, 8)
    WHEN 2 THEN '(0 41 0' || fixture_gen.n(tag || 'a', i, 9) || ') ' || fixture_gen.digits(tag, i, 5)
    WHEN 3 THEN '+49 4' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'b', i, 6)
    ELSE fixture_gen.phone(tag, i) END
$$;
CREATE FUNCTION kgen.mob(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 4)
    WHEN 0 THEN '+49 15' || (1 + fixture_gen.n(tag || 'a', i, 9)) || ' ' || fixture_gen.digits(tag, i, 8)
    WHEN 1 THEN '017' || fixture_gen.n(tag || 'a', i, 10) || ' ' || fixture_gen.digits(tag, i, 7)
    WHEN 2 THEN '0160/' || fixture_gen.digits(tag, i, 7)
    ELSE fixture_gen.phone(tag, i) END
$$;

-- A street address in Hamburg and around.
CREATE FUNCTION kgen.addr(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Eppendorfer Landstraße', 'Mönckebergstraße', 'Osterstraße', 'Lange Reihe', 'Bahrenfelder Chaussee', 'Wandsbeker Marktstraße',
      'Große Bergstraße', 'Bramfelder Chaussee', 'Kieler Straße', 'Rahlstedter Straße', 'Lüneburger Straße', 'Pinneberger Chaussee'], tag, i)
      || ' ' || (1 + fixture_gen.n(tag || 'n', i, 180)) || fixture_gen.pick(ARRAY['', '', '', 'a', 'b'], tag || 'x', i)
$$;
CREATE FUNCTION kgen.plz(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['20095 Hamburg', '20249 Hamburg', '20357 Hamburg', '22041 Hamburg', '22297 Hamburg', '22765 Hamburg', '21073 Hamburg',
      '25421 Pinneberg', '22850 Norderstedt', '21335 Lüneburg', '23552 Lübeck', '24103 Kiel'], tag, i)
$$;

-- People of the company. 1: the owner and super admin; 2-58 staff; 59-64
-- freelancers; 65-68 system accounts; 69-72 leavers (disabled).
CREATE TABLE kgen.u (i int PRIMARY KEY, kind text, first text, last text, alias text, username text, email text, private_email text,
  phone text, mobile text, title text, auth text, birth date, hire date, leave date, account text, team int, lang text, tz text, supervisor int);
INSERT INTO kgen.u (i, kind, first, last)
SELECT i, CASE WHEN i = 1 THEN 'owner' WHEN i <= 58 THEN 'staff' WHEN i <= 64 THEN 'freelancer' WHEN i <= 68 THEN 'system' ELSE 'leaver' END,
       fixture_gen.first_name('kuf', i), fixture_gen.last_name('kul', i)
FROM generate_series(1, 72) i;
UPDATE kgen.u SET first = 'Katrin', last = 'Hollmann' WHERE i = 1;
UPDATE kgen.u SET first = 'Chidi', last = 'Adeyemi' WHERE i = 2;
UPDATE kgen.u SET first = NULL, last = NULL WHERE kind = 'system';
UPDATE kgen.u SET
  alias = CASE WHEN kind = 'system' THEN (ARRAY['API Sync (Lexware)', 'Payroll bridge', 'Jira importer', 'Kiosk terminal'])[i - 64]
               WHEN i % 9 = 4 THEN substr(first, 1, 1) || '. ' || last WHEN i % 11 = 5 THEN NULL ELSE first || ' ' || last END,
  username = CASE WHEN kind = 'system' THEN (ARRAY['api-lexware', 'payroll-bridge', 'jira-import', 'kiosk'])[i - 64]
                  WHEN kind = 'freelancer' THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last)
                  WHEN i % 4 = 1 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last)
                  WHEN i % 4 = 2 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last)
                  ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@hollmann-adeyemi.example' END,
  email = CASE WHEN kind = 'system' THEN (ARRAY['buchhaltung', 'lohn', 'jira', 'empfang'])[i - 64] || '@hollmann-adeyemi.example'
               WHEN kind = 'freelancer' THEN fixture_gen.ascii(first) || CASE WHEN i % 2 = 0 THEN '.' ELSE '' END || fixture_gen.ascii(last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'posteo.de', 'mailbox.org', 'web.de', fixture_gen.ascii(last) || '-it.example'], 'kfe', i)
               ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@hollmann-adeyemi.example' END,
  private_email = CASE WHEN kind <> 'system' THEN CASE i % 3 WHEN 0 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) WHEN 1 THEN fixture_gen.ascii(first) || fixture_gen.ascii(last) || (1970 + i % 30)::text
      ELSE substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) END || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmx.de', 'web.de', 't-online.de', 'posteo.de', 'outlook.de', 'icloud.com'], 'kpe', i) END,
  phone = '+49 40 6094 71' || lpad((i * 3)::text, 3, '0'),
  mobile = CASE WHEN kind <> 'system' THEN kgen.mob('kmob', i) END,
  title = CASE WHEN kind = 'system' THEN NULL WHEN i = 1 THEN 'Geschäftsführerin' WHEN i = 2 THEN 'Managing Director'
               WHEN kind = 'freelancer' THEN fixture_gen.pick(ARRAY['Freelance Network Engineer', 'Freiberuflicher Entwickler', 'Contract DBA'], 'ktf', i)
               ELSE fixture_gen.pick(ARRAY['IT-Systemelektroniker', 'Service Desk Agent', 'Senior Consultant', 'Junior Consultant', 'Werkstudent', 'Auszubildende Fachinformatik',
                 'Teamleiter Support', 'Projektleiterin', 'Backend Developer', 'Network Engineer', 'Buchhaltung', 'Office Manager', 'Field Technician', 'Security Analyst'], 'ktt', i) END,
  auth = CASE WHEN kind = 'system' OR kind = 'freelancer' OR i <= 2 THEN 'kimai' WHEN i % 5 = 0 THEN 'kimai' WHEN i < 40 THEN 'ldap' ELSE 'saml' END,
  birth = CASE WHEN kind <> 'system' THEN date '1962-01-01' + fixture_gen.n('kbd', i, 365 * 42) END,
  hire = date '2012-04-01' + (i * 61 + fixture_gen.n('khd', i, 60)),
  leave = CASE WHEN kind = 'leaver' THEN date '2023-03-31' + (i - 68) * 92 END,
  account = CASE WHEN kind IN ('staff', 'owner', 'leaver') THEN 'P-' || lpad((1000 + i * 7)::text, 5, '0') WHEN kind = 'freelancer' THEN 'FL-' || lpad(i::text, 3, '0') END,
  team = 1 + i % 6,
  lang = CASE WHEN i % 7 = 3 THEN 'en' WHEN i % 13 = 6 THEN 'en_GB' WHEN i % 17 = 8 THEN 'tr' ELSE 'de' END,
  tz = CASE WHEN i % 19 = 7 THEN 'Europe/Lisbon' WHEN i % 23 = 9 THEN 'Europe/Istanbul' ELSE 'Europe/Berlin' END,
  supervisor = CASE WHEN i <= 2 OR kind = 'system' THEN NULL WHEN i <= 8 THEN 1 ELSE 3 + i % 6 END;

-- ---------------------------------------------------------------------------
-- Users, preferences, tokens, teams, roles.

CREATE TABLE kimai2_users (
    id SERIAL NOT NULL, username VARCHAR(180) NOT NULL, email VARCHAR(180) NOT NULL, enabled BOOLEAN NOT NULL, password VARCHAR(255) NOT NULL,
    last_login TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, confirmation_token VARCHAR(180) DEFAULT NULL, password_requested_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL,
    roles JSON NOT NULL, alias VARCHAR(60) DEFAULT NULL, registration_date TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, title VARCHAR(50) DEFAULT NULL,
    avatar VARCHAR(255) DEFAULT NULL, api_token VARCHAR(255) DEFAULT NULL, auth VARCHAR(20) DEFAULT NULL, color VARCHAR(7) DEFAULT NULL,
    account VARCHAR(30) DEFAULT NULL, totp_secret VARCHAR(255) DEFAULT NULL, totp_enabled BOOLEAN DEFAULT false NOT NULL,
    system_account BOOLEAN DEFAULT false NOT NULL, supervisor_id INT DEFAULT NULL, requires_password_reset BOOLEAN DEFAULT false NOT NULL,
    PRIMARY KEY(id)
);
CREATE UNIQUE INDEX UNIQ_B9AC5BCEF85E0677 ON kimai2_users (username);
CREATE UNIQUE INDEX UNIQ_B9AC5BCEE7927C74 ON kimai2_users (email);
CREATE INDEX IDX_B9AC5BCE19E9AC5F ON kimai2_users (supervisor_id);
INSERT INTO kimai2_users
SELECT u.i, u.username, u.email, u.kind NOT IN ('leaver') AND u.i <> 67, kgen.pwhash('kpw', u.i),
       CASE WHEN u.kind = 'leaver' THEN (u.leave - 1) + time '16:42:10' + make_interval(mins => fixture_gen.n('kll', u.i, 50))
            WHEN u.kind = 'system' THEN NULL ELSE kgen.at('kll', u.i, '2024-05-20 06:00:00', '2024-06-28 18:00:00') END,
       CASE WHEN u.i IN (17, 44, 61) THEN kgen.rnd('kconf', u.i, 43) END,
       CASE WHEN u.i IN (17, 44, 61, 23) THEN kgen.at('kprq', u.i, '2024-06-01 08:00:00', '2024-06-28 18:00:00') END,
       (CASE WHEN u.i = 1 THEN '["ROLE_SUPER_ADMIN"]' WHEN u.i IN (2, 3) THEN '["ROLE_ADMIN"]' WHEN u.i BETWEEN 4 AND 8 THEN '["ROLE_TEAMLEAD"]'
             WHEN u.i = 65 THEN '["ROLE_ADMIN"]' WHEN u.i = 66 THEN '["ROLE_ACCOUNTING"]' ELSE '[]' END)::json,
       u.alias, u.hire + time '08:15:00' + make_interval(mins => fixture_gen.n('krd', u.i, 300)), u.title,
       CASE WHEN u.kind = 'system' THEN NULL
            WHEN u.i % 4 = 0 THEN 'https://www.gravatar.com/avatar/' || md5(lower(u.email)) || '?s=128&d=identicon'
            WHEN u.i % 4 = 1 THEN 'https://zeit.hollmann-adeyemi.example/avatars/' || fixture_gen.ascii(u.first) || '-' || fixture_gen.ascii(u.last) || '.jpg'
            WHEN u.i % 4 = 2 THEN 'https://intranet.hollmann-adeyemi.example/people/photos/' || fixture_gen.ascii(u.last) || '_' || fixture_gen.ascii(u.first) || '.png' END,
       CASE WHEN u.kind = 'system' OR u.i % 6 = 0 THEN CASE WHEN u.i % 2 = 0 THEN '$argon2id' || '$v=19$m=65536,t=4,p=1$' || rtrim(fixture_gen.b64('kat' || 's', u.i, 16), '=') || '$' || rtrim(fixture_gen.b64('kath', u.i, 32), '=')
            ELSE '$2y' || '$13$' || fixture_gen.chars('kat', u.i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') END END,
       u.auth,
       fixture_gen.pick(ARRAY['#3c8dbc', '#f56954', '#00a65a', '#00c0ef', '#f39c12', '#605ca8', '#d81b60', NULL, NULL], 'kcol', u.i),
       u.account,
       CASE WHEN u.i % 3 = 1 OR u.i <= 3 THEN kgen.b32('ktotp', u.i, 52) END,
       u.i % 3 = 1 OR u.i <= 3, u.kind = 'system', u.supervisor, u.i IN (23, 71)
FROM kgen.u u ORDER BY u.i;

CREATE TABLE kimai2_user_preferences (id SERIAL NOT NULL, user_id INT NOT NULL, name VARCHAR(50) NOT NULL, value VARCHAR(255) DEFAULT NULL, PRIMARY KEY(id));
CREATE INDEX IDX_8D08F631A76ED395 ON kimai2_user_preferences (user_id);
CREATE UNIQUE INDEX UNIQ_8D08F631A76ED3955E237E06 ON kimai2_user_preferences (user_id, name);
INSERT INTO kimai2_user_preferences (user_id, name, value)
SELECT u.i, p.name, p.value FROM kgen.u u
CROSS JOIN LATERAL (VALUES
  ('timezone', u.tz), ('language', u.lang), ('locale', CASE WHEN u.lang = 'de' THEN 'de_DE' ELSE u.lang END),
  ('hourly_rate', (CASE WHEN u.kind = 'freelancer' THEN 85 + fixture_gen.n('khr', u.i, 40) ELSE 95 + 5 * fixture_gen.n('khr', u.i, 8) END)::text),
  ('internal_rate', CASE WHEN u.kind <> 'system' THEN (28 + fixture_gen.n('kir', u.i, 40))::text || '.' || lpad(fixture_gen.n('kirc', u.i, 100)::text, 2, '0') END),
  ('skin', fixture_gen.pick(ARRAY['default', 'dark', 'default', 'default'], 'ksk', u.i)),
  ('calendar_initial_view', fixture_gen.pick(ARRAY['month', 'agendaWeek', 'agendaDay', 'timeGridWeek'], 'kcal', u.i)),
  ('login_initial_view', fixture_gen.pick(ARRAY['timesheet', 'dashboard', 'calendar', 'my_times'], 'kliv', u.i)),
  ('first_weekday', 'monday'), ('daily_stats', CASE WHEN u.i % 3 = 0 THEN '1' ELSE '0' END), ('export_decimal', CASE WHEN u.i % 4 = 0 THEN '1' ELSE '0' END),
  ('update_browser_title', '1'), ('reporting_initial_view', fixture_gen.pick(ARRAY['report_user_week', 'report_user_month', 'report_project_view'], 'kriv', u.i)),
  ('favorite_routes', fixture_gen.pick(ARRAY['timesheet,calendar', 'timesheet,invoice,report_user_month', 'dashboard', 'timesheet_team,admin_customer'], 'kfr', u.i)),
  ('work_contract_type', CASE WHEN u.kind IN ('staff', 'owner', 'leaver') THEN 'day' END),
  ('work_monday', CASE WHEN u.kind IN ('staff', 'owner', 'leaver') THEN ((CASE WHEN u.i % 5 = 2 THEN 4 ELSE 8 END) * 3600)::text END),
  ('work_tuesday', CASE WHEN u.kind IN ('staff', 'owner', 'leaver') THEN '28800' END),
  ('work_wednesday', CASE WHEN u.kind IN ('staff', 'owner', 'leaver') THEN ((CASE WHEN u.i % 5 = 2 THEN 0 ELSE 8 END) * 3600)::text END),
  ('work_thursday', CASE WHEN u.kind IN ('staff', 'owner', 'leaver') THEN '28800' END),
  ('work_friday', CASE WHEN u.kind IN ('staff', 'owner', 'leaver') THEN ((CASE WHEN u.i % 5 = 2 THEN 4 ELSE 6 END) * 3600)::text END),
  ('holidays', CASE WHEN u.kind IN ('staff', 'owner', 'leaver') THEN (26 + fixture_gen.n('khol', u.i, 5))::text END),
  ('public_holiday_group', CASE WHEN u.kind IN ('staff', 'owner', 'leaver') THEN '1' END),
  ('work_start_day', CASE WHEN u.kind IN ('staff', 'owner', 'leaver') THEN u.hire::text END),
  ('work_last_day', u.leave::text),
  ('ldap.dn', CASE WHEN u.auth = 'ldap' THEN 'CN=' || u.first || ' ' || u.last || ',OU=' || (ARRAY['Support', 'Consulting', 'Development', 'Verwaltung', 'Field Service', 'Security'])[u.team] || ',OU=Staff,DC=ha-it,DC=local' END),
  ('private_phone', CASE WHEN u.kind IN ('staff', 'owner') AND u.i % 3 <> 2 THEN u.mobile END),
  ('private_email', CASE WHEN u.kind IN ('freelancer', 'staff') AND u.i % 4 = 1 THEN u.private_email END),
  ('birthday', CASE WHEN u.kind IN ('staff', 'owner') AND u.i % 2 = 0 THEN to_char(u.birth, 'YYYY-MM-DD') END),
  ('emergency_contact', CASE WHEN u.kind IN ('staff', 'owner') AND u.i % 5 = 3 THEN fixture_gen.first_name('kec', u.i) || ' ' || u.last || ' (' || fixture_gen.pick(ARRAY['Ehefrau', 'Ehemann', 'Mutter', 'partner', 'Vater'], 'kecr', u.i) || ') ' || kgen.mob('kecm', u.i) END),
  ('iban', CASE WHEN u.kind IN ('staff', 'freelancer') AND u.i % 6 = 2 THEN fixture_gen.iban('DE', fixture_gen.digits('kib', u.i, 18)) END),
  ('license_plate', CASE WHEN u.kind = 'staff' AND u.i % 7 = 1 THEN 'HH-' || fixture_gen.chars('klp', u.i, 2, 'ABCDEFGHKLMNPRSTUVWXYZ') || ' ' || (100 + fixture_gen.n('klpn', u.i, 8900)) END)
) p(name, value) WHERE p.value IS NOT NULL ORDER BY u.i, p.name;

CREATE TABLE kimai2_access_token (
    id SERIAL NOT NULL, user_id INT NOT NULL, token VARCHAR(100) NOT NULL, name VARCHAR(50) NOT NULL,
    last_usage TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, expires_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, PRIMARY KEY(id)
);
CREATE UNIQUE INDEX UNIQ_6FB0DB1E5F37A13B ON kimai2_access_token (token);
CREATE INDEX IDX_6FB0DB1EA76ED395 ON kimai2_access_token (user_id);
INSERT INTO kimai2_access_token (user_id, token, name, last_usage, expires_at)
SELECT CASE WHEN k <= 4 THEN 64 + k ELSE 1 + fixture_gen.n('katu', k, 64) END,
       kgen.rnd('katok', k, 40),
       CASE WHEN k <= 4 THEN (ARRAY['Lexware Office sync', 'Payroll export', 'Jira worklog import', 'Kiosk tablet Empfang'])[k]
            ELSE fixture_gen.pick(ARRAY['Kimai mobile app', 'Kimai mobile app', 'Raycast', 'Home Assistant', 'Zapier', 'Browser extension', 'n8n workflow', 'Stream Deck', 'Excel Power Query', 'Desktop tracker'], 'katn', k) END,
       CASE WHEN k % 5 <> 4 THEN kgen.at('katl', k, '2024-04-01 00:00:00', '2024-06-28 17:00:00') END,
       CASE WHEN k % 3 = 0 THEN date '2024-12-31' + (k * 11) END
FROM generate_series(1, 46) k;

CREATE TABLE kimai2_teams (id SERIAL NOT NULL, name VARCHAR(100) NOT NULL, color VARCHAR(7) DEFAULT NULL, PRIMARY KEY(id));
CREATE UNIQUE INDEX UNIQ_3BEDDC7F5E237E06 ON kimai2_teams (name);
INSERT INTO kimai2_teams (name, color) VALUES ('Support Nord', '#3c8dbc'), ('Consulting', '#00a65a'), ('Development', '#605ca8'), ('Verwaltung', '#f39c12'),
  ('Field Service', '#d81b60'), ('Security & Compliance', '#00c0ef'), ('Praxis-IT', '#f56954'), ('Azubis 2023', NULL);

CREATE TABLE kimai2_users_teams (id SERIAL NOT NULL, user_id INT NOT NULL, team_id INT NOT NULL, teamlead BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id));
CREATE UNIQUE INDEX UNIQ_B5E92CF8A76ED395296CD8AE ON kimai2_users_teams (user_id, team_id);
INSERT INTO kimai2_users_teams (user_id, team_id, teamlead)
SELECT i, team, i BETWEEN 3 AND 8 FROM kgen.u WHERE kind IN ('staff', 'owner', 'freelancer')
UNION ALL SELECT i, 7, i = 5 FROM kgen.u WHERE kind = 'staff' AND i % 4 = 0 AND team <> 7
UNION ALL SELECT i, 8, i = 4 FROM kgen.u WHERE kind = 'staff' AND i % 10 = 9 AND team <> 8
ORDER BY 1, 2;

CREATE TABLE kimai2_roles (id SERIAL NOT NULL, name VARCHAR(50) NOT NULL, PRIMARY KEY(id));
CREATE UNIQUE INDEX roles_name ON kimai2_roles (name);
INSERT INTO kimai2_roles (name) VALUES ('ROLE_USER'), ('ROLE_TEAMLEAD'), ('ROLE_ADMIN'), ('ROLE_SUPER_ADMIN'), ('ROLE_ACCOUNTING'), ('ROLE_FREELANCER');

CREATE TABLE kimai2_roles_permissions (id SERIAL NOT NULL, role_id INT NOT NULL, permission VARCHAR(50) NOT NULL, allowed BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id));
CREATE UNIQUE INDEX role_permission ON kimai2_roles_permissions (role_id, permission);
INSERT INTO kimai2_roles_permissions (role_id, permission, allowed)
SELECT r, p, (r + length(p)) % 3 <> 0 FROM generate_series(1, 6) r,
  unnest(ARRAY['view_rate_own_timesheet', 'edit_rate_own_timesheet', 'edit_export_own_timesheet', 'view_other_timesheet', 'edit_other_timesheet', 'create_invoice',
    'view_invoice', 'manage_invoice_template', 'view_customer', 'edit_customer', 'view_project', 'edit_project', 'budget_customer', 'budget_project',
    'view_user', 'edit_user', 'hourly-rate_own_profile', 'password_own_profile', 'api-token_own_profile', 'view_reporting', 'lockdown_grace_timesheet',
    'comments_customer', 'details_customer', 'view_expense', 'approve_expense', 'view_all_data', 'contract_other_profile']) p;

-- ---------------------------------------------------------------------------
-- Customers: 30 companies, and practices and offices named after the doctor,
-- tax adviser or lawyer who runs them.

CREATE TABLE kgen.c (i int PRIMARY KEY, kind text, person text, name text, company text, contact text, email text, country text, city text);
INSERT INTO kgen.c (i, kind, person)
SELECT i, CASE WHEN i % 8 IN (0, 1, 2) THEN 'company' WHEN i % 8 IN (3, 4, 5) THEN 'practice' ELSE 'office' END,
       fixture_gen.first_name('kcp', i) || ' ' || fixture_gen.last_name('kcl', i)
FROM generate_series(1, 80) i;
UPDATE kgen.c SET
  name = CASE kind
    WHEN 'company' THEN (ARRAY['Elbe Logistik GmbH', 'Hanse Spedition Kröger KG', 'Nordlicht Immobilienverwaltung GmbH', 'MedVerbund Nord eG', 'Brandt & Söhne Baustoffe GmbH',
      'Quayside Shipping Ltd', 'Van Dijk Fresh Foods B.V.', 'Alster Pflegedienst gGmbH', 'Kühne Maschinenbau AG', 'Fleetrunner Kurierdienst GmbH', 'Holsten Optik GmbH',
      'Speicherstadt Kaffeerösterei GmbH', 'Tierklinik Elbvororte GmbH', 'Hafen-Apotheke OHG', 'Reederei Jansen & Co. KG', 'Wilhelmsburg Wohnen eG', 'Møller Fisk ApS',
      'Blankenese Dental Labor GmbH', 'Lüneburger Heide Tourismus GmbH', 'Stadtwerke Pinneberg-Service GmbH', 'Nordsee Hotels GmbH & Co. KG', 'Kanzlei am Ballindamm Partnerschaft mbB',
      'Hammerbrook Coworking GmbH', 'Ortho-Zentrum Eppendorf MVZ GmbH', 'Altona Druck & Medien GmbH', 'Kiel Marine Electronics GmbH', 'Tierarztpraxis Sasel GbR',
      'Bergedorfer Bäckerei Schulte GmbH', 'ElbCampus Bildungswerk e.V.', 'Harburg Radiologie MVZ GmbH'])[(i / 8) * 3 + i % 8]
    WHEN 'practice' THEN (ARRAY['Praxis Dr. med. ', 'Zahnarztpraxis Dr. ', 'Hausarztpraxis ', 'Physiotherapie ', 'Praxis für Psychotherapie '])[1 + i % 5] || person
    ELSE (ARRAY['Steuerberatung ', 'Rechtsanwaltskanzlei ', 'Architekturbüro ', 'Hebammenpraxis '])[1 + i % 4] || person END,
  country = CASE WHEN i IN (13, 18) THEN 'NL' WHEN i IN (48) THEN 'DK' WHEN i = 40 THEN 'GB' WHEN i % 29 = 11 THEN 'AT' ELSE 'DE' END;
UPDATE kgen.c SET
  company = CASE kind WHEN 'company' THEN name WHEN 'practice' THEN CASE WHEN i % 2 = 0 THEN 'Dr. med. ' || person ELSE person END ELSE person || CASE WHEN name LIKE 'Steuerberatung%' THEN ', Steuerberater/in' WHEN name LIKE 'Rechtsanwalt%' THEN ', Rechtsanwalt/Rechtsanwältin' ELSE '' END END,
  contact = CASE WHEN kind = 'company' THEN fixture_gen.pick(ARRAY['Frau ', 'Herr ', ''], 'kcs', i) || fixture_gen.full_name('kcc', i)
                 WHEN i % 2 = 0 THEN fixture_gen.full_name('kcc', i) || ' (Praxismanagement)' ELSE person END,
  email = CASE WHEN kind = 'company' THEN fixture_gen.pick(ARRAY['it', 'buchhaltung', 'info', 'office'], 'kcm', i) || '@' || regexp_replace(fixture_gen.ascii(split_part(name, ' ', 1) || split_part(name, ' ', 2)), '(gmbh|kg|ag|eg|ltd|bv)$', '') || '.example'
               WHEN i % 3 = 0 THEN fixture_gen.ascii(split_part(person, ' ', 1)) || '.' || fixture_gen.ascii(split_part(person, ' ', 2)) || '@' || fixture_gen.pick(ARRAY['t-online.de', 'gmx.de', 'web.de'], 'kcd', i)
               ELSE 'praxis@' || fixture_gen.ascii(split_part(person, ' ', 2)) || '-' || fixture_gen.ascii(split_part(person, ' ', 1)) || '.example' END;

CREATE TABLE kimai2_customers (
    id SERIAL NOT NULL, name VARCHAR(150) NOT NULL, number VARCHAR(50) DEFAULT NULL, comment TEXT DEFAULT NULL, visible BOOLEAN NOT NULL,
    company VARCHAR(100) DEFAULT NULL, vat_id VARCHAR(50) DEFAULT NULL, contact VARCHAR(100) DEFAULT NULL, address TEXT DEFAULT NULL,
    country VARCHAR(2) NOT NULL, currency VARCHAR(3) NOT NULL, phone VARCHAR(30) DEFAULT NULL, fax VARCHAR(30) DEFAULT NULL, mobile VARCHAR(30) DEFAULT NULL,
    email VARCHAR(75) DEFAULT NULL, homepage VARCHAR(100) DEFAULT NULL, timezone VARCHAR(64) NOT NULL, color VARCHAR(7) DEFAULT NULL,
    time_budget INT DEFAULT 0 NOT NULL, budget DOUBLE PRECISION DEFAULT '0' NOT NULL, budget_type VARCHAR(10) DEFAULT NULL,
    invoice_template_id INT DEFAULT NULL, invoice_text TEXT DEFAULT NULL, billable BOOLEAN DEFAULT true NOT NULL, PRIMARY KEY(id)
);
CREATE INDEX IDX_5A9760447AB0E859 ON kimai2_customers (visible);
CREATE INDEX IDX_5A97604412946D8B ON kimai2_customers (invoice_template_id);
INSERT INTO kimai2_customers
SELECT c.i, c.name, 'K-' || lpad((10000 + c.i * 13)::text, 5, '0'),
       CASE fixture_gen.n('kcom', c.i, 7)
         WHEN 0 THEN 'Wartungsvertrag seit ' || (2015 + c.i % 9) || ', Reaktionszeit 4h. Ansprechpartner IT: ' || c.contact || ', Durchwahl ' || kgen.tel('kcdw', c.i) || '.'
         WHEN 1 THEN 'Schlüssel für den Serverraum liegt bei ' || fixture_gen.full_name('kcsk', c.i) || ' (Empfang). Parken im Hof, Einfahrt über ' || kgen.addr('kcpa', c.i) || '.'
         WHEN 2 THEN 'Zahlt regelmäßig verspätet, Mahnungen bitte direkt an ' || c.email || '.'
         WHEN 3 THEN 'Kunde übernommen von der Firma IT-Service Brandt (Insolvenz 2019). Alte Dokumentation im SharePoint.'
         WHEN 4 THEN NULL
         WHEN 5 THEN 'Praxisinhaber*in bevorzugt Termine vor 8 Uhr oder nach 18 Uhr; Notfälle über Handy ' || kgen.mob('kcnm', c.i) || '.'
         ELSE 'Rahmenvertrag 2024, Stundensatz laut Angebot AN-' || (2400 + c.i) || '.' END,
       c.i % 17 <> 9, c.company,
       CASE WHEN c.kind = 'company' OR (c.kind = 'office' AND c.i % 2 = 0) THEN fixture_gen.vat('kcvat', c.i) END,
       c.contact,
       CASE WHEN c.country = 'DE' THEN kgen.addr('kca', c.i) || E'\n' || kgen.plz('kcz', c.i)
            WHEN c.country = 'NL' THEN fixture_gen.pick(ARRAY['Keizersgracht ', 'Stationsplein ', 'Westblaak '], 'kca', c.i) || (1 + c.i % 300) || E'\n' || '10' || (10 + c.i % 80) || ' AB Amsterdam'
            WHEN c.country = 'DK' THEN 'Havnegade ' || (1 + c.i % 60) || E'\n' || '6700 Esbjerg'
            WHEN c.country = 'GB' THEN 'Unit ' || (1 + c.i % 30) || ', Albert Dock' || E'\n' || 'Liverpool L3 4AF'
            ELSE 'Mariahilfer Straße ' || (1 + c.i % 200) || E'\n' || '1070 Wien' END,
       c.country, CASE WHEN c.country = 'GB' THEN 'GBP' WHEN c.country = 'DK' THEN 'DKK' ELSE 'EUR' END,
       kgen.tel('kcph', c.i), CASE WHEN c.kind <> 'company' AND c.i % 2 = 1 THEN kgen.tel('kcfx', c.i) END,
       CASE WHEN c.i % 3 = 1 THEN kgen.mob('kcmo', c.i) END,
       c.email,
       CASE WHEN c.i % 4 <> 3 THEN 'https://www.' || CASE WHEN c.kind = 'company' THEN split_part(c.email, '@', 2) ELSE fixture_gen.pick(ARRAY['praxis-', 'dr-', ''], 'kchp', c.i) || fixture_gen.ascii(split_part(c.person, ' ', 2)) || '-hamburg.example' END END,
       CASE WHEN c.country = 'GB' THEN 'Europe/London' WHEN c.country = 'DK' THEN 'Europe/Copenhagen' WHEN c.country = 'NL' THEN 'Europe/Amsterdam' WHEN c.country = 'AT' THEN 'Europe/Vienna' ELSE 'Europe/Berlin' END,
       fixture_gen.pick(ARRAY['#3c8dbc', '#00a65a', NULL, NULL, '#f39c12'], 'kccol', c.i),
       CASE WHEN c.i % 5 = 0 THEN 3600 * (10 + c.i % 30) ELSE 0 END, CASE WHEN c.i % 4 = 0 THEN 1200 * (1 + c.i % 9) ELSE 0 END,
       CASE WHEN c.i % 5 = 0 THEN 'month' END,
       CASE WHEN c.kind = 'company' THEN 1 WHEN c.country <> 'DE' THEN 3 WHEN c.kind = 'practice' THEN 2 ELSE 4 END,
       CASE fixture_gen.n('kcit', c.i, 4)
         WHEN 0 THEN 'Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer.'
         WHEN 1 THEN 'Rechnung bitte z. Hd. ' || c.contact || ', Buchhaltung. Kopie per E-Mail an ' || c.email
         WHEN 2 THEN 'Leistungszeitraum entspricht dem Rechnungsmonat. Bestellnummer ' || 'PO-' || (4500000 + c.i * 37)
         ELSE NULL END,
       c.i % 23 <> 5
FROM kgen.c c ORDER BY c.i;

CREATE TABLE kimai2_customers_meta (id SERIAL NOT NULL, customer_id INT NOT NULL, name VARCHAR(50) NOT NULL, value TEXT DEFAULT NULL, visible BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id));
CREATE INDEX IDX_A48A760F9395C3F3 ON kimai2_customers_meta (customer_id);
CREATE UNIQUE INDEX UNIQ_A48A760F9395C3F35E237E06 ON kimai2_customers_meta (customer_id, name);
INSERT INTO kimai2_customers_meta (customer_id, name, value, visible)
SELECT c.i, m.name, m.value, m.vis FROM kgen.c c
CROSS JOIN LATERAL (VALUES
  ('debitor_number', (10000 + c.i * 7)::text, true),
  ('datev_konto', (8400 + c.i % 5)::text, false),
  ('praxissoftware', CASE WHEN c.kind = 'practice' THEN fixture_gen.pick(ARRAY['CGM ALBIS', 'Medistar', 'T2med', 'CGM Z1', 'Dampsoft DS-Win', 'x.isynet'], 'kcps', c.i) END, true),
  ('ti_konnektor', CASE WHEN c.kind = 'practice' THEN fixture_gen.pick(ARRAY['secunet', 'KoCoBox MED+', 'RISE'], 'kcti', c.i) || ' SN ' || fixture_gen.digits('kctis', c.i, 10) END, true),
  ('wlan', CASE WHEN c.i % 3 <> 2 THEN 'SSID ' || fixture_gen.pick(ARRAY['Praxis-WLAN', 'Gast', 'OFFICE-5G', 'Lager'], 'kcws', c.i) || ' / PSK ' || kgen.rnd('kcwp', c.i, 16) END, false),
  ('router_admin', CASE WHEN c.i % 4 = 1 THEN 'https://192.168.' || (c.i % 250) || '.1 admin / ' || kgen.rnd('kcrp', c.i, 14) END, false),
  ('tuercode', CASE WHEN c.kind <> 'company' AND c.i % 2 = 0 THEN 'Tür ' || fixture_gen.digits('kctc', c.i, 4) || '#, Alarm ' || fixture_gen.digits('kcal', c.i, 6) END, false),
  ('rechnung_email', CASE WHEN c.i % 5 = 2 THEN fixture_gen.email('kcre', c.i) END, true),
  ('ansprechpartner_2', CASE WHEN c.i % 4 = 0 THEN fixture_gen.full_name('kca2', c.i) || ', ' || kgen.tel('kca2t', c.i) END, true)
) m(name, value, vis) WHERE m.value IS NOT NULL ORDER BY c.i, m.name;

CREATE TABLE kimai2_customers_comments (
    id SERIAL NOT NULL, customer_id INT NOT NULL, created_by_id INT NOT NULL, message TEXT NOT NULL, created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL,
    pinned BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id)
);
CREATE INDEX IDX_A5B142D99395C3F3 ON kimai2_customers_comments (customer_id);
CREATE INDEX IDX_A5B142D9B03A8386 ON kimai2_customers_comments (created_by_id);
INSERT INTO kimai2_customers_comments (customer_id, created_by_id, message, created_at, pinned)
SELECT 1 + fixture_gen.n('kccc', k, 80), 1 + fixture_gen.n('kccu', k, 58),
       CASE fixture_gen.n('kccm', k, 9)
         WHEN 0 THEN 'Neue Praxismanagerin ist ' || fixture_gen.full_name('kccn', k) || ', erreichbar unter ' || kgen.tel('kcct', k) || '.'
         WHEN 1 THEN 'Vertrag verlängert bis 31.12.' || (2024 + k % 3) || ', Stundensatz angepasst.'
         WHEN 2 THEN 'Achtung: Herr ' || fixture_gen.last_name('kcce', k) || ' (Inhaber) möchte keine Anrufe auf dem Handy, nur E-Mail an ' || fixture_gen.email('kcce', k) || '.'
         WHEN 3 THEN 'Server-Passwörter sind im Vault unter Kunden/' || k || ' hinterlegt, NICHT hier eintragen.'
         WHEN 4 THEN 'Backup-Test erfolgreich, Restore-Zeit 42 Minuten.'
         WHEN 5 THEN 'Die Inhaberin ist bis ' || (1 + k % 28) || '.' || (1 + k % 12) || '. in Elternzeit, Vertretung: Dr. ' || fixture_gen.full_name('kccv', k) || '.'
         WHEN 6 THEN 'Geburtstag der Chefin am ' || (1 + k % 28) || '.' || (1 + k % 12) || '. – Karte schicken.'
         WHEN 7 THEN 'Firewall-Regeln dokumentiert, siehe Ticket #' || (10000 + k * 17) || '.'
         ELSE 'Mahnung zur Rechnung 2024-' || lpad((k * 3)::text, 4, '0') || ' telefonisch mit ' || fixture_gen.full_name('kccb', k) || ' geklärt.' END,
       kgen.at('kccd', k, '2022-01-10 08:00:00', '2024-06-28 16:00:00'), k % 7 = 0
FROM generate_series(1, 140) k;

CREATE TABLE kimai2_customers_teams (customer_id INT NOT NULL, team_id INT NOT NULL, PRIMARY KEY(customer_id, team_id));
INSERT INTO kimai2_customers_teams SELECT i, CASE WHEN kind = 'practice' THEN 7 ELSE 1 + i % 6 END FROM kgen.c WHERE i % 3 = 0;

CREATE TABLE kimai2_customers_rates (
    id SERIAL NOT NULL, customer_id INT DEFAULT NULL, user_id INT DEFAULT NULL, rate DOUBLE PRECISION NOT NULL, fixed BOOLEAN NOT NULL,
    internal_rate DOUBLE PRECISION DEFAULT NULL, PRIMARY KEY(id)
);
CREATE UNIQUE INDEX UNIQ_82AB0AECA76ED3959395C3F3 ON kimai2_customers_rates (user_id, customer_id);
INSERT INTO kimai2_customers_rates (customer_id, user_id, rate, fixed, internal_rate)
SELECT 1 + (k * 7) % 80, CASE WHEN k % 3 = 0 THEN NULL ELSE 2 + k % 60 END, 80 + 5 * fixture_gen.n('kcrr', k, 12), k % 11 = 0,
       CASE WHEN k % 2 = 0 THEN 40 + fixture_gen.n('kcri', k, 25) END
FROM generate_series(1, 60) k;

-- ---------------------------------------------------------------------------
-- Projects and activities (catalogue names: nothing personal in them).

CREATE TABLE kimai2_projects (
    id SERIAL NOT NULL, customer_id INT NOT NULL, name VARCHAR(150) NOT NULL, order_number TEXT DEFAULT NULL, comment TEXT DEFAULT NULL,
    visible BOOLEAN NOT NULL, budget DOUBLE PRECISION DEFAULT '0' NOT NULL, color VARCHAR(7) DEFAULT NULL, time_budget INT DEFAULT 0 NOT NULL,
    order_date TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, start TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, "end" TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL,
    budget_type VARCHAR(10) DEFAULT NULL, billable BOOLEAN DEFAULT true NOT NULL, invoice_text TEXT DEFAULT NULL,
    global_activities BOOLEAN DEFAULT true NOT NULL, number VARCHAR(10) DEFAULT NULL, PRIMARY KEY(id)
);
CREATE INDEX IDX_407F12069395C3F3 ON kimai2_projects (customer_id);
INSERT INTO kimai2_projects (customer_id, name, order_number, comment, visible, budget, color, time_budget, order_date, start, "end", budget_type, billable, invoice_text, global_activities, number)
SELECT 1 + (k - 1) % 80,
       (ARRAY['Wartungsvertrag 2024', 'Helpdesk-Pauschale', 'Serverumzug', 'TI-Konnektor Tausch', 'Microsoft 365 Migration', 'Firewall-Erneuerung', 'Backup-Konzept',
         'Windows 11 Rollout', 'DSGVO-Audit', 'Netzwerkverkabelung Neubau', 'Telefonanlage 3CX', 'Website Relaunch', 'Arbeitsplätze Erweiterung', 'ePA-Einführung',
         'KIM-Postfächer einrichten', 'WLAN-Ausleuchtung', 'Druckerflotte', 'Notfallhandbuch', 'Penetrationstest', 'Lexware-Schnittstelle'])[1 + fixture_gen.n('kpn', k, 20)]
         || CASE WHEN k > 80 THEN ' ' || (2022 + k % 3) ELSE '' END,
       CASE WHEN k % 3 = 0 THEN 'PO-' || (4500000 + k * 41) WHEN k % 5 = 1 THEN 'Auftrag vom ' || to_char(date '2023-01-05' + k * 4, 'DD.MM.YYYY') END,
       CASE fixture_gen.n('kpc', k, 6)
         WHEN 0 THEN 'Abnahme durch ' || fixture_gen.full_name('kpca', k) || ' (' || fixture_gen.email('kpca', k) || '), Termin nur dienstags.'
         WHEN 1 THEN 'Festpreis laut Angebot, Mehraufwand nur nach schriftlicher Freigabe.'
         WHEN 2 THEN 'Hardware wird vom Kunden beschafft. Lieferung an Lager Billbrook.'
         WHEN 3 THEN NULL
         WHEN 4 THEN 'Projektleitung vertretungsweise ' || fixture_gen.full_name('kpcv', k) || ', da Kollege bis Ende Juli krankgeschrieben.'
         ELSE 'Migration am Wochenende, Praxis ist samstags geschlossen.' END,
       k % 13 <> 4, CASE WHEN k % 3 = 0 THEN 1500 * (1 + k % 12) ELSE 0 END, fixture_gen.pick(ARRAY['#3c8dbc', '#00a65a', NULL, '#605ca8'], 'kpcol', k),
       CASE WHEN k % 4 = 0 THEN 3600 * (8 + k % 40) ELSE 0 END,
       CASE WHEN k % 2 = 0 THEN timestamp '2022-01-03 00:00:00' + (k * 6) * interval '1 day' END,
       timestamp '2022-01-10 00:00:00' + (k * 6) * interval '1 day',
       CASE WHEN k % 3 <> 1 THEN timestamp '2022-03-31 23:59:59' + (k * 6 + 30 * (1 + k % 8)) * interval '1 day' END,
       CASE WHEN k % 7 = 0 THEN 'month' END, k % 19 <> 3,
       CASE WHEN k % 6 = 0 THEN 'Abrechnung nach Aufwand gemäß Rahmenvertrag.' END,
       k % 9 <> 2, CASE WHEN k % 2 = 0 THEN 'P' || lpad(k::text, 4, '0') END
FROM generate_series(1, 160) k;

CREATE TABLE kimai2_projects_meta (id SERIAL NOT NULL, project_id INT NOT NULL, name VARCHAR(50) NOT NULL, value TEXT DEFAULT NULL, visible BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id));
CREATE INDEX IDX_50536EF2166D1F9C ON kimai2_projects_meta (project_id);
CREATE UNIQUE INDEX UNIQ_50536EF2166D1F9C5E237E06 ON kimai2_projects_meta (project_id, name);
INSERT INTO kimai2_projects_meta (project_id, name, value, visible)
SELECT k, m.name, m.value, m.vis FROM generate_series(1, 160) k
CROSS JOIN LATERAL (VALUES
  ('kostenstelle', (4000 + k % 9 * 10)::text, true),
  ('ticket_queue', fixture_gen.pick(ARRAY['SUP', 'PRX', 'NET', 'SEC', 'DEV'], 'kpmq', k), false),
  ('projektleiter_kunde', CASE WHEN k % 3 = 0 THEN fixture_gen.full_name('kpml', k) END, true),
  ('sharepoint', CASE WHEN k % 2 = 1 THEN 'https://haitservices.sharepoint.example/sites/kunden/Shared%20Documents/K-' || (10000 + ((k - 1) % 80 + 1) * 13) || '/Projekt-' || k END, false)
) m(name, value, vis) WHERE m.value IS NOT NULL;

CREATE TABLE kimai2_projects_comments (
    id SERIAL NOT NULL, project_id INT NOT NULL, created_by_id INT NOT NULL, message TEXT NOT NULL, created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL,
    pinned BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id)
);
CREATE INDEX IDX_29A23638166D1F9C ON kimai2_projects_comments (project_id);
CREATE INDEX IDX_29A23638B03A8386 ON kimai2_projects_comments (created_by_id);
INSERT INTO kimai2_projects_comments (project_id, created_by_id, message, created_at, pinned)
SELECT 1 + fixture_gen.n('kpcp', k, 160), 1 + fixture_gen.n('kpcu', k, 58),
       CASE fixture_gen.n('kpcm', k, 7)
         WHEN 0 THEN 'Budget zu 80% verbraucht, Kunde informiert.'
         WHEN 1 THEN 'Abnahmeprotokoll unterschrieben von ' || fixture_gen.full_name('kpcn', k) || '.'
         WHEN 2 THEN 'Bitte keine Einsätze mehr von ' || fixture_gen.first_name('kpcf', k) || ' bei diesem Kunden, es gab eine Beschwerde.'
         WHEN 3 THEN 'Go-live verschoben auf KW ' || (10 + k % 40) || '.'
         WHEN 4 THEN 'Kontakt vor Ort: ' || fixture_gen.full_name('kpck', k) || ', Tel. ' || kgen.mob('kpct', k)
         WHEN 5 THEN 'Lizenzen bestellt (25x M365 Business Premium).'
         ELSE 'Restarbeiten: Patch-Management, Doku, Übergabe.' END,
       kgen.at('kpcd', k, '2022-02-01 08:00:00', '2024-06-28 16:00:00'), k % 9 = 0
FROM generate_series(1, 120) k;

CREATE TABLE kimai2_projects_teams (project_id INT NOT NULL, team_id INT NOT NULL, PRIMARY KEY(project_id, team_id));
INSERT INTO kimai2_projects_teams SELECT k, 1 + k % 7 FROM generate_series(1, 160) k WHERE k % 4 = 0;

CREATE TABLE kimai2_projects_rates (
    id SERIAL NOT NULL, project_id INT DEFAULT NULL, user_id INT DEFAULT NULL, rate DOUBLE PRECISION NOT NULL, fixed BOOLEAN NOT NULL,
    internal_rate DOUBLE PRECISION DEFAULT NULL, PRIMARY KEY(id)
);
CREATE UNIQUE INDEX UNIQ_41535D55A76ED395166D1F9C ON kimai2_projects_rates (user_id, project_id);
INSERT INTO kimai2_projects_rates (project_id, user_id, rate, fixed, internal_rate)
SELECT 1 + (k * 3) % 160, CASE WHEN k % 4 = 0 THEN NULL ELSE 2 + k % 62 END, 85 + 5 * fixture_gen.n('kprr', k, 10), k % 13 = 0,
       CASE WHEN k % 3 = 0 THEN 45 + fixture_gen.n('kpri', k, 20) END
FROM generate_series(1, 70) k;

CREATE TABLE kimai2_activities (
    id SERIAL NOT NULL, project_id INT DEFAULT NULL, name VARCHAR(150) NOT NULL, comment TEXT DEFAULT NULL, visible BOOLEAN NOT NULL,
    color VARCHAR(7) DEFAULT NULL, time_budget INT DEFAULT 0 NOT NULL, budget DOUBLE PRECISION DEFAULT '0' NOT NULL, budget_type VARCHAR(10) DEFAULT NULL,
    billable BOOLEAN DEFAULT true NOT NULL, invoice_text TEXT DEFAULT NULL, number VARCHAR(10) DEFAULT NULL, PRIMARY KEY(id)
);
CREATE INDEX IDX_8811FE1C166D1F9C ON kimai2_activities (project_id);
INSERT INTO kimai2_activities (project_id, name, comment, visible, color, time_budget, budget, budget_type, billable, invoice_text, number)
SELECT CASE WHEN k <= 18 THEN NULL ELSE 1 + (k * 5) % 160 END,
       (ARRAY['Support remote', 'Vor-Ort-Einsatz', 'Anfahrt', 'Projektleitung', 'Entwicklung', 'Schulung', 'Rufbereitschaft', 'Meeting', 'Dokumentation',
         'Interne Verwaltung', 'Weiterbildung', 'Urlaub', 'Krankheit', 'Feiertag', 'Notfalleinsatz', 'Beratung', 'Einkauf/Beschaffung', 'Vertrieb'])[1 + (k - 1) % 18]
         || CASE WHEN k > 18 THEN ' (Projekt)' ELSE '' END,
       CASE WHEN k = 2 THEN 'Mindestberechnung 30 Minuten plus Anfahrtspauschale.' WHEN k = 7 THEN 'Wochenende und Feiertage, Zuschlag 50%.'
            WHEN k = 13 THEN 'Nur für Abwesenheit, nicht abrechenbar.' WHEN k % 6 = 0 THEN 'Taktung 15 Minuten.' END,
       k % 17 <> 11, fixture_gen.pick(ARRAY['#3c8dbc', '#f39c12', NULL, NULL], 'kacol', k), 0, CASE WHEN k > 18 AND k % 3 = 0 THEN 500 * (1 + k % 5) ELSE 0 END,
       NULL, NOT ((k - 1) % 18 + 1 IN (9, 10, 11, 12, 13, 14)),
       CASE WHEN k = 3 THEN 'Anfahrt pauschal je Einsatz' END, CASE WHEN k <= 18 THEN 'A' || lpad(k::text, 3, '0') END
FROM generate_series(1, 54) k;

CREATE TABLE kimai2_activities_meta (id SERIAL NOT NULL, activity_id INT NOT NULL, name VARCHAR(50) NOT NULL, value TEXT DEFAULT NULL, visible BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id));
CREATE INDEX IDX_A7C0A43D81C06096 ON kimai2_activities_meta (activity_id);
CREATE UNIQUE INDEX UNIQ_A7C0A43D81C060965E237E06 ON kimai2_activities_meta (activity_id, name);
INSERT INTO kimai2_activities_meta (activity_id, name, value, visible)
SELECT k, m.name, m.value, m.vis FROM generate_series(1, 54) k
CROSS JOIN LATERAL (VALUES ('datev_leistung', (100 + (k - 1) % 18)::text, false), ('lohnart', CASE WHEN (k - 1) % 18 + 1 IN (12, 13, 14) THEN (ARRAY['1200', '1300', '1400'])[(k - 1) % 18 - 10] END, false),
  ('zuschlag', CASE WHEN (k - 1) % 18 + 1 IN (7, 15) THEN '50%' END, true)) m(name, value, vis)
WHERE m.value IS NOT NULL;

CREATE TABLE kimai2_activities_teams (activity_id INT NOT NULL, team_id INT NOT NULL, PRIMARY KEY(activity_id, team_id));
INSERT INTO kimai2_activities_teams SELECT k, 1 + k % 8 FROM generate_series(19, 54) k WHERE k % 3 = 0;

CREATE TABLE kimai2_activities_rates (
    id SERIAL NOT NULL, activity_id INT DEFAULT NULL, user_id INT DEFAULT NULL, rate DOUBLE PRECISION NOT NULL, fixed BOOLEAN NOT NULL,
    internal_rate DOUBLE PRECISION DEFAULT NULL, PRIMARY KEY(id)
);
CREATE UNIQUE INDEX UNIQ_4A7F11BEA76ED39581C06096 ON kimai2_activities_rates (user_id, activity_id);
INSERT INTO kimai2_activities_rates (activity_id, user_id, rate, fixed, internal_rate)
VALUES (3, NULL, 45, true, NULL), (7, NULL, 140, false, NULL), (15, NULL, 160, false, NULL), (6, NULL, 120, false, NULL), (3, 60, 60, true, 60), (2, 61, 95, false, 80),
  (16, 2, 150, false, NULL), (16, 1, 165, false, NULL), (4, NULL, 130, false, NULL), (12, NULL, 0, true, NULL), (13, NULL, 0, true, NULL), (14, NULL, 0, true, NULL);

CREATE TABLE kimai2_tags (id SERIAL NOT NULL, name VARCHAR(100) NOT NULL, color VARCHAR(7) DEFAULT NULL, visible BOOLEAN DEFAULT true NOT NULL, PRIMARY KEY(id));
CREATE UNIQUE INDEX UNIQ_27CAF54C5E237E06 ON kimai2_tags (name);
INSERT INTO kimai2_tags (name, color, visible) VALUES ('remote', '#3c8dbc', true), ('vor-ort', '#00a65a', true), ('notfall', '#f56954', true), ('wochenende', '#f39c12', true),
  ('nachtarbeit', '#605ca8', true), ('garantie', NULL, true), ('kulanz', NULL, true), ('ticket', NULL, true), ('TI', '#00c0ef', true), ('DSGVO', NULL, true),
  ('homeoffice', NULL, true), ('überstunden', '#d81b60', true), ('schulung', NULL, true), ('reklamation', NULL, true), ('alt-2022', NULL, false), ('azubi', NULL, true);

-- ---------------------------------------------------------------------------
-- Timesheets: what was done, by whom, for whom.

CREATE TABLE kimai2_timesheet (
    id SERIAL NOT NULL, "user" INT NOT NULL, activity_id INT NOT NULL, project_id INT NOT NULL,
    start_time TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, end_time TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, duration INT DEFAULT NULL,
    description TEXT DEFAULT NULL, rate DOUBLE PRECISION NOT NULL, fixed_rate DOUBLE PRECISION DEFAULT NULL, hourly_rate DOUBLE PRECISION DEFAULT NULL,
    exported BOOLEAN DEFAULT false NOT NULL, timezone VARCHAR(64) NOT NULL, internal_rate DOUBLE PRECISION DEFAULT NULL, billable BOOLEAN DEFAULT true NOT NULL,
    category VARCHAR(10) DEFAULT 'work' NOT NULL, modified_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, date_tz DATE NOT NULL, break INT DEFAULT 0,
    PRIMARY KEY(id)
);
CREATE INDEX IDX_4F60C6B18D93D649 ON kimai2_timesheet ("user");
CREATE INDEX IDX_4F60C6B181C06096 ON kimai2_timesheet (activity_id);
CREATE INDEX IDX_4F60C6B1166D1F9C ON kimai2_timesheet (project_id);
CREATE INDEX IDX_4F60C6B1415614018D93D649 ON kimai2_timesheet (date_tz, "user");

CREATE TABLE kgen.t (k int PRIMARY KEY, u int, cat text, act int, proj int, st timestamp, dur int, pause int);
INSERT INTO kgen.t
SELECT k, CASE WHEN k % 97 = 5 THEN 67 ELSE 1 + fixture_gen.n('ktu', k, 64) END,
       CASE WHEN k % 41 = 7 THEN 'sickness' WHEN k % 37 = 3 THEN 'holiday' WHEN k % 211 = 9 THEN 'parental' WHEN k % 53 = 21 THEN 'overtime' ELSE 'work' END,
       NULL, 1 + fixture_gen.n('ktp', k, 160),
       date_trunc('day', kgen.at('ktd', k, '2023-07-03 00:00:00', '2024-06-28 00:00:00')) + make_interval(hours => 7 + fixture_gen.n('kth', k, 9), mins => 15 * fixture_gen.n('ktm', k, 4)),
       900 * (1 + fixture_gen.n('ktdu', k, 24)), CASE WHEN k % 4 = 0 THEN 1800 ELSE 0 END
FROM generate_series(1, 1400) k;
UPDATE kgen.t SET act = CASE cat WHEN 'sickness' THEN 13 WHEN 'holiday' THEN 12 WHEN 'parental' THEN 10 WHEN 'overtime' THEN 10
                   ELSE (ARRAY[1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 1, 2])[1 + fixture_gen.n('kta', k, 16)] END,
  dur = CASE WHEN cat IN ('sickness', 'holiday', 'parental') THEN 28800 ELSE dur END,
  st = CASE WHEN cat IN ('sickness', 'holiday', 'parental') THEN date_trunc('day', st) + time '08:00' ELSE st END;

INSERT INTO kimai2_timesheet
SELECT t.k, t.u, t.act, t.proj, t.st, CASE WHEN t.k IN (1399, 1400, 1387) THEN NULL ELSE t.st + make_interval(secs => t.dur + t.pause) END,
       CASE WHEN t.k IN (1399, 1400, 1387) THEN 0 ELSE t.dur END,
       CASE WHEN t.cat = 'sickness' THEN fixture_gen.pick(ARRAY[NULL, 'AU bis Freitag', 'Kind krank (Kinderkrankentage)', 'Arzttermin, AU folgt', 'Migräne', NULL], 'ktsd', t.k)
            WHEN t.cat = 'holiday' THEN fixture_gen.pick(ARRAY[NULL, 'Urlaub', 'Brückentag', 'Hochzeit meiner Schwester'], 'kthd', t.k)
            WHEN t.cat = 'parental' THEN 'Elternzeit'
            WHEN t.cat = 'overtime' THEN 'Überstundenabbau'
            ELSE CASE fixture_gen.n('ktx', t.k, 16)
              WHEN 0 THEN 'Ticket #' || (20000 + t.k * 3) || ': Drucker am Empfang neu eingerichtet, Treiber aktualisiert.'
              WHEN 1 THEN 'Telefonat mit ' || fixture_gen.pick(ARRAY['Frau ', 'Herrn ', ''], 'kts', t.k) || fixture_gen.full_name('ktn', t.k) || ' wegen VPN-Zugang, Passwort zurückgesetzt.'
              WHEN 2 THEN 'Patientenakte ' || fixture_gen.full_name('ktpa', t.k) || ' (geb. ' || to_char(fixture_gen.birth_date('ktpb', t.k), 'DD.MM.YYYY') || ') aus Altsystem migriert, Dubletten zusammengeführt.'
              WHEN 3 THEN 'Vertretung für ' || fixture_gen.full_name('kuf', 1 + t.k % 58) || ' (krankgeschrieben), Tickets übernommen.'
              WHEN 4 THEN 'Windows-Updates auf ' || (4 + t.k % 20) || ' Clients, Neustart nach Praxisschluss.'
              WHEN 5 THEN 'Rückruf an ' || fixture_gen.full_name('ktr', t.k) || ' unter ' || kgen.mob('ktrp', t.k) || ' – Scanner am Anmeldetresen.'
              WHEN 6 THEN 'Firewall-Regeln angepasst, IPsec-Tunnel zur Zweigstelle neu aufgebaut.'
              WHEN 7 THEN 'Abstimmung mit ' || fixture_gen.full_name('ktm', t.k) || ' (' || fixture_gen.email('ktm', t.k) || ') zum Angebot.'
              WHEN 8 THEN 'KIM-Postfach für Dr. ' || fixture_gen.full_name('ktk', t.k) || ' eingerichtet, eHBA freigeschaltet.'
              WHEN 9 THEN 'Backup-Job geprüft, Restore-Test erfolgreich.'
              WHEN 10 THEN 'Interne Besprechung'
              WHEN 11 THEN NULL
              WHEN 12 THEN 'Laptop für neue Mitarbeiterin ' || fixture_gen.full_name('ktl', t.k) || ' vorbereitet, Konto angelegt.'
              WHEN 13 THEN 'eAU für Patient ' || fixture_gen.full_name('kte', t.k) || ' hing im Postausgang, KIM-Zertifikat erneuert.'
              WHEN 14 THEN 'Fahrt ' || fixture_gen.pick(ARRAY['Hamburg – Lübeck', 'Hamburg – Kiel', 'Büro – Kunde', 'Lager Billbrook'], 'ktf', t.k)
              ELSE 'Hausbesuch bei ' || fixture_gen.full_name('kth', t.k) || ', ' || kgen.addr('ktha', t.k) || ': Homeoffice-Arbeitsplatz eingerichtet.' END END,
       CASE WHEN t.cat <> 'work' THEN 0 ELSE round((t.dur / 3600.0) * 110, 2) END,
       CASE WHEN t.act = 3 THEN 45 END, CASE WHEN t.cat = 'work' AND t.act <> 3 THEN 110 END,
       t.st < timestamp '2024-05-01', CASE WHEN t.k % 19 = 4 THEN 'Europe/Lisbon' ELSE 'Europe/Berlin' END,
       round((t.dur / 3600.0) * (30 + t.u % 40), 2), t.cat = 'work' AND t.act NOT IN (9, 10, 11),
       t.cat, CASE WHEN t.k % 3 = 0 THEN t.st + make_interval(secs => t.dur + 600 + fixture_gen.n('ktmo', t.k, 86400)) END,
       t.st::date, t.pause
FROM kgen.t t ORDER BY t.k;

CREATE TABLE kimai2_timesheet_meta (id SERIAL NOT NULL, timesheet_id INT NOT NULL, name VARCHAR(50) NOT NULL, value TEXT DEFAULT NULL, visible BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id));
CREATE INDEX IDX_CB606CBAABDD46BE ON kimai2_timesheet_meta (timesheet_id);
CREATE UNIQUE INDEX UNIQ_CB606CBAABDD46BE5E237E06 ON kimai2_timesheet_meta (timesheet_id, name);
INSERT INTO kimai2_timesheet_meta (timesheet_id, name, value, visible)
SELECT t.k, m.name, m.value, m.vis FROM kgen.t t
CROSS JOIN LATERAL (VALUES
  ('ticket', CASE WHEN t.k % 3 = 0 THEN fixture_gen.pick(ARRAY['SUP', 'PRX', 'NET', 'SEC'], 'ktmq', t.k) || '-' || (1000 + t.k * 7 % 9000) END, true),
  ('einsatzort', CASE WHEN t.k % 5 = 1 THEN CASE WHEN t.k % 2 = 0 THEN 'remote' ELSE kgen.addr('kteo', t.k) || ', ' || kgen.plz('ktez', t.k) END END, true),
  ('km', CASE WHEN t.act = 3 OR t.k % 11 = 2 THEN (5 + fixture_gen.n('ktkm', t.k, 120))::text END, true),
  ('ansprechpartner', CASE WHEN t.k % 7 = 3 THEN fixture_gen.full_name('ktap', t.k) || CASE WHEN t.k % 2 = 0 THEN ' ' || kgen.tel('ktapt', t.k) ELSE '' END END, false)
) m(name, value, vis) WHERE m.value IS NOT NULL;

CREATE TABLE kimai2_timesheet_tags (timesheet_id INT NOT NULL, tag_id INT NOT NULL, PRIMARY KEY(timesheet_id, tag_id));
CREATE INDEX IDX_732EECA9ABDD46BE ON kimai2_timesheet_tags (timesheet_id);
CREATE INDEX IDX_732EECA9BAD26311 ON kimai2_timesheet_tags (tag_id);
INSERT INTO kimai2_timesheet_tags SELECT DISTINCT k, 1 + fixture_gen.n('ktt', k, 16) FROM generate_series(1, 1400) k WHERE k % 3 <> 0
UNION SELECT k, 1 + fixture_gen.n('ktt2', k, 16) FROM generate_series(1, 1400) k WHERE k % 5 = 0;

-- ---------------------------------------------------------------------------
-- Invoices and their templates.

CREATE TABLE kimai2_invoice_templates (
    id SERIAL NOT NULL, name VARCHAR(60) NOT NULL, title VARCHAR(255) NOT NULL, company VARCHAR(255) NOT NULL, vat_id VARCHAR(50) DEFAULT NULL,
    address TEXT DEFAULT NULL, contact TEXT DEFAULT NULL, due_days INT NOT NULL, vat DOUBLE PRECISION DEFAULT '0', calculator VARCHAR(20) NOT NULL,
    number_generator VARCHAR(20) NOT NULL, renderer VARCHAR(20) NOT NULL, payment_terms TEXT DEFAULT NULL, payment_details TEXT DEFAULT NULL,
    decimal_duration BOOLEAN DEFAULT false NOT NULL, language VARCHAR(6) DEFAULT NULL, customer_id INT DEFAULT NULL, PRIMARY KEY(id)
);
CREATE UNIQUE INDEX UNIQ_1626CFE95E237E06 ON kimai2_invoice_templates (name);
CREATE INDEX IDX_1626CFE99395C3F3 ON kimai2_invoice_templates (customer_id);
INSERT INTO kimai2_invoice_templates (name, title, company, vat_id, address, contact, due_days, vat, calculator, number_generator, renderer, payment_terms, payment_details, decimal_duration, language, customer_id)
SELECT v.name, v.title, 'Hollmann & Adeyemi IT-Services GmbH', fixture_gen.vat('kivat', 9),
       E'Hollmann & Adeyemi IT-Services GmbH\nBorselstraße 16c\n22765 Hamburg\nGeschäftsführer: Katrin Hollmann, Chidi Adeyemi\nAmtsgericht Hamburg HRB 148207',
       E'Buchhaltung: ' || v.contact || E'\nTel. +49 40 6094 7100\nbuchhaltung@hollmann-adeyemi.example',
       v.due, v.vat, v.calc, v.numgen, v.renderer,
       v.terms,
       E'Hamburger Sparkasse\nIBAN ' || fixture_gen.iban('DE', '20050550' || fixture_gen.digits('kiban', v.k % 2, 10)) || E'\nBIC HASPDEHHXXX' ||
         CASE WHEN v.k = 5 THEN E'\nPayPal: ' || 'katrin.hollmann@hollmann-adeyemi.example' ELSE '' END,
       v.k IN (2, 4), v.lang, v.cust
FROM (VALUES
  (1, 'Standard (Firmenkunden)', 'Rechnung', 'Jonas Becker', 14, 19.0, 'default', 'default', 'company', 'Zahlbar innerhalb von 14 Tagen ohne Abzug.', 'de', NULL::int),
  (2, 'Praxis (Stundennachweis)', 'Rechnung', 'Jonas Becker', 30, 19.0, 'short', 'default', 'timesheet', 'Zahlbar innerhalb von 30 Tagen. Der Stundennachweis ist Bestandteil dieser Rechnung.', 'de', NULL),
  (3, 'Export (EU, Reverse Charge)', 'Invoice', 'Ana Souza', 30, 0.0, 'default', 'date', 'invoice', 'Payable within 30 days. VAT reverse charge: the recipient is liable for VAT.', 'en', NULL),
  (4, 'Kanzleien und Büros', 'Rechnung', 'Ana Souza', 21, 19.0, 'project', 'default', 'company', 'Zahlbar innerhalb von 21 Tagen.', 'de', NULL),
  (5, 'MedVerbund Sammelrechnung', 'Sammelrechnung', 'Jonas Becker', 45, 19.0, 'activity', 'default', 'xrechnung', 'Zahlbar innerhalb von 45 Tagen gemäß Rahmenvertrag.', 'de', 9)
) v(k, name, title, contact, due, vat, calc, numgen, renderer, terms, lang, cust);

CREATE TABLE kimai2_invoice_documents (id SERIAL NOT NULL, name VARCHAR(100) NOT NULL, filename VARCHAR(255) NOT NULL, last_change TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, PRIMARY KEY(id));
CREATE UNIQUE INDEX UNIQ_1ACA7A9C5E237E06 ON kimai2_invoice_documents (name);
INSERT INTO kimai2_invoice_documents (name, filename, last_change) VALUES
  ('company', 'company.html.twig', '2022-03-14 10:22:05'), ('timesheet', 'timesheet.html.twig', '2022-03-14 10:22:05'),
  ('ha-praxis', 'ha-praxis.pdf.twig', '2023-02-02 16:40:11'), ('xrechnung', 'xrechnung.xml.twig', '2024-01-08 09:12:44'), ('ha-export-en', 'ha-export-en.docx', '2023-05-22 11:03:57');

CREATE TABLE kimai2_invoices (
    id SERIAL NOT NULL, customer_id INT NOT NULL, user_id INT NOT NULL, invoice_number VARCHAR(50) NOT NULL, created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL,
    timezone VARCHAR(64) NOT NULL, total DOUBLE PRECISION NOT NULL, tax DOUBLE PRECISION NOT NULL, currency VARCHAR(3) NOT NULL, status VARCHAR(20) NOT NULL,
    due_days INT NOT NULL, vat DOUBLE PRECISION NOT NULL, invoice_filename VARCHAR(150) NOT NULL, payment_date DATE DEFAULT NULL, comment TEXT DEFAULT NULL,
    PRIMARY KEY(id)
);
CREATE UNIQUE INDEX UNIQ_76C38E372DA68207 ON kimai2_invoices (invoice_number);
CREATE UNIQUE INDEX UNIQ_76C38E372323B33D ON kimai2_invoices (invoice_filename);
CREATE INDEX IDX_76C38E379395C3F3 ON kimai2_invoices (customer_id);
CREATE INDEX IDX_76C38E37A76ED395 ON kimai2_invoices (user_id);
INSERT INTO kimai2_invoices (customer_id, user_id, invoice_number, created_at, timezone, total, tax, currency, status, due_days, vat, invoice_filename, payment_date, comment)
SELECT c.id, CASE WHEN k % 3 = 0 THEN 65 ELSE (ARRAY[1, 2, 38, 38, 41])[1 + k % 5] END,
       (2022 + k / 80) || '-' || lpad((k % 80 + 1)::text, 4, '0'),
       kgen.at('kicd', k, (date '2022-01-31' + (k * 4.5)::int)::timestamp, (date '2022-02-01' + (k * 4.5)::int)::timestamp + interval '10 hours'),
       'Europe/Berlin', round((300 + fixture_gen.n('kitot', k, 9000))::numeric * 1.19, 2), round((300 + fixture_gen.n('kitot', k, 9000))::numeric * 0.19, 2),
       c.currency, CASE WHEN k > 225 THEN 'new' WHEN k > 205 THEN 'pending' WHEN k % 31 = 4 THEN 'canceled' ELSE 'paid' END,
       CASE WHEN c.country = 'DE' THEN 14 ELSE 30 END, CASE WHEN c.country = 'DE' THEN 19 ELSE 0 END,
       (2022 + k / 80) || '-' || lpad((k % 80 + 1)::text, 4, '0') || '-' || trim(both '_' from regexp_replace(translate(c.name, 'äöüÄÖÜßéíóáçñ', 'aouAOUseioacn'), '[^A-Za-z0-9]+', '_', 'g')) || '.pdf',
       CASE WHEN k <= 205 AND k % 31 <> 4 THEN (date '2022-02-10' + (k * 4.5)::int + fixture_gen.n('kipd', k, 40)) END,
       CASE fixture_gen.n('kicm', k, 6) WHEN 0 THEN 'Teilzahlung vereinbart mit ' || c.contact || '.' WHEN 1 THEN 'Storniert, neu ausgestellt an geänderte Adresse.'
            WHEN 2 THEN 'Per E-Mail an ' || c.email || ' versendet.' ELSE NULL END
FROM generate_series(0, 239) k JOIN kimai2_customers c ON c.id = 1 + (k * 7) % 80;

CREATE TABLE kimai2_invoices_meta (id SERIAL NOT NULL, invoice_id INT NOT NULL, name VARCHAR(50) NOT NULL, value TEXT DEFAULT NULL, visible BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id));
CREATE INDEX IDX_7EDC37D92989F1FD ON kimai2_invoices_meta (invoice_id);
CREATE UNIQUE INDEX UNIQ_7EDC37D92989F1FD5E237E06 ON kimai2_invoices_meta (invoice_id, name);
INSERT INTO kimai2_invoices_meta (invoice_id, name, value, visible)
SELECT i.id, m.name, m.value, m.vis FROM kimai2_invoices i JOIN kimai2_customers c ON c.id = i.customer_id
CROSS JOIN LATERAL (VALUES
  ('verwendungszweck', 'RE ' || i.invoice_number || ' ' || c.number, true),
  ('versendet_an', CASE WHEN i.id % 2 = 0 THEN c.email END, false),
  ('leitweg_id', CASE WHEN c.id = 9 THEN '991-' || fixture_gen.digits('kilw', i.id, 5) || '-' || fixture_gen.digits('kilx', i.id, 2) END, true),
  ('mahnstufe', CASE WHEN i.id % 9 = 4 THEN (1 + i.id % 3)::text END, false)
) m(name, value, vis) WHERE m.value IS NOT NULL;

-- ---------------------------------------------------------------------------
-- Configuration, bookmarks, sessions.

CREATE TABLE kimai2_configuration (id SERIAL NOT NULL, name VARCHAR(100) NOT NULL, value TEXT DEFAULT NULL, PRIMARY KEY(id));
CREATE UNIQUE INDEX UNIQ_1C5D63D85E237E06 ON kimai2_configuration (name);
INSERT INTO kimai2_configuration (name, value) VALUES
  ('timesheet.mode', 'default'), ('timesheet.rules.allow_future_times', '0'), ('timesheet.rules.allow_overlapping_records', '0'),
  ('timesheet.rules.lockdown_period_start', 'first day of last month'), ('timesheet.rules.lockdown_period_end', 'last day of last month'),
  ('timesheet.rules.lockdown_grace_period', '+5 days'), ('timesheet.active_entries.hard_limit', '1'), ('timesheet.rounding.default.begin', '15'),
  ('timesheet.rounding.default.end', '15'), ('timesheet.rules.break_warning_duration', '360'), ('timesheet.rules.long_running_duration', '600'),
  ('defaults.customer.timezone', 'Europe/Berlin'), ('defaults.customer.country', 'DE'), ('defaults.customer.currency', 'EUR'), ('defaults.user.language', 'de'),
  ('defaults.user.timezone', 'Europe/Berlin'), ('defaults.user.theme', 'default'), ('company.financial_year', '2024-01-01'),
  ('theme.branding.company', 'Hollmann & Adeyemi IT-Services'), ('theme.branding.logo', 'https://www.hollmann-adeyemi.example/img/logo-kimai.svg'),
  ('theme.color_choices', 'Blue|#3c8dbc,Green|#00a65a,Purple|#605ca8,Orange|#f39c12'), ('customer.number_format', 'K-{cc,5}'), ('project.number_format', 'P{pc,4}'),
  ('invoice.number_format', '{Y}-{cy,4}'), ('calendar.businessHours.begin', '07:00'), ('calendar.businessHours.end', '19:00'), ('calendar.slot_duration', '00:15:00'),
  ('calendar.google_api_key', 'AIza' || kgen.rnd('kgapi', 1, 35)),
  ('calendar.google_sources', 'Feiertage Hamburg|de.german#holiday@group.v.calendar.google.com,Urlaubsplan|c_' || fixture_gen.hexn('kgcal', 1, 26) || '@group.calendar.google.com'),
  ('user.registration', '0'), ('user.password_reset', '1'), ('user.login', '1'),
  ('ldap.activate', '1'), ('ldap.connection.host', 'dc01.ha-it.local'), ('ldap.connection.port', '636'), ('ldap.connection.useSsl', '1'),
  ('ldap.connection.username', 'CN=svc-kimai,OU=Service Accounts,DC=ha-it,DC=local'), ('ldap.connection.password', kgen.rnd('kldpw', 1, 20) || '!'),
  ('ldap.connection.baseDn', 'DC=ha-it,DC=local'), ('ldap.user.baseDn', 'OU=Staff,DC=ha-it,DC=local'), ('ldap.user.filter', '(&(objectClass=user)(memberOf=CN=Kimai-Users,OU=Groups,DC=ha-it,DC=local))'),
  ('ldap.user.usernameAttribute', 'sAMAccountName'), ('ldap.user.attributes', '[{"ldap_attr":"mail","user_method":"setEmail"},{"ldap_attr":"displayname","user_method":"setAlias"},{"ldap_attr":"title","user_method":"setTitle"}]'),
  ('saml.activate', '1'), ('saml.provider', 'azure'), ('saml.title', 'Login mit Microsoft'),
  ('saml.connection.idp.entityId', 'https://sts.windows.net/' || fixture_gen.uuid('ktenant', 1) || '/'),
  ('saml.connection.idp.singleSignOnService.url', 'https://login.microsoftonline.com/' || fixture_gen.uuid('ktenant', 1) || '/saml2'),
  ('saml.connection.idp.x509cert', 'MIIC8DCCAdigAwIBAgIQ' || fixture_gen.b64('kidpcert', 1, 240)),
  ('saml.connection.sp.entityId', 'https://zeit.hollmann-adeyemi.example/auth/saml/metadata'),
  ('saml.connection.sp.x509cert', 'MIIDazCCAlOgAwIBAgIU' || fixture_gen.b64('kspcert', 1, 240)),
  ('saml.connection.sp.privateKey', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' || fixture_gen.b64('kspkey', 1, 256) || fixture_gen.b64('kspkey2', 1, 256)),
  ('saml.mapping', '[{"saml":"$http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress","kimai":"email"},{"saml":"$http://schemas.microsoft.com/identity/claims/displayname","kimai":"alias"}]'),
  ('mailer.from', 'zeiterfassung@hollmann-adeyemi.example'), ('mailer.from_name', 'Kimai Hollmann & Adeyemi'),
  ('mailer.dsn', 'smtp://zeiterfassung%40hollmann-adeyemi.example:' || kgen.rnd('ksmtp', 1, 18) || '@smtp.office365.example:587?encryption=tls'),
  ('invoice.sender_email', 'buchhaltung@hollmann-adeyemi.example'),
  ('lexware.api_key', kgen.rnd('klex', 1, 48)),
  ('approval.mail_recipients', 'katrin.hollmann@hollmann-adeyemi.example,chidi.adeyemi@hollmann-adeyemi.example'),
  ('working_time.expected_hours_notice', 'Bei Fragen zur Arbeitszeit bitte an Jonas Becker (Lohnbuchhaltung), Tel. +49 40 6094 7104.'),
  ('quick_entry.recent_activity_weeks', '5'), ('export.pdf_theme', 'default'), ('kimai.version', '2.17.0');

CREATE TABLE kimai2_bookmarks (id SERIAL NOT NULL, user_id INT NOT NULL, type VARCHAR(20) NOT NULL, name VARCHAR(50) NOT NULL, content TEXT NOT NULL, PRIMARY KEY(id));
CREATE UNIQUE INDEX UNIQ_4016EF25A76ED3958CDE57295E237E06 ON kimai2_bookmarks (user_id, type, name);
CREATE INDEX IDX_4016EF25A76ED395 ON kimai2_bookmarks (user_id);
INSERT INTO kimai2_bookmarks (user_id, type, name, content)
SELECT u, b.type, b.name, b.content FROM generate_series(1, 64) u
CROSS JOIN LATERAL (VALUES
  ('datatable', 'timesheet', '{"id":"timesheet","columns":{"date":true,"starttime":true,"endtime":true,"duration":true,"customer":true,"project":true,"activity":true,"description":true,"rate":' || (u % 2 = 0)::text || ',"tags":true}}'),
  ('search', 'timesheet', '{"daterange":"' || fixture_gen.pick(ARRAY['01.06.2024 - 30.06.2024', '01.05.2024 - 31.05.2024', ''], 'kbdr', u) || '","state":1,"billable":null,"exported":1,"customers":[' || (1 + u % 80) || '],"projects":[],"activities":[],"tags":"","searchTerm":'
     || fixture_gen.js(CASE WHEN u % 4 = 0 THEN fixture_gen.last_name('kbst', u) WHEN u % 4 = 1 THEN 'Patientenakte' WHEN u % 4 = 2 THEN fixture_gen.email('kbse', u) ELSE '' END) || ',"size":50,"orderBy":"begin","order":"DESC"}'),
  ('search', 'timesheet_admin', CASE WHEN u <= 8 OR u = 38 THEN '{"users":[' || (2 + u) || ',' || (12 + u) || '],"teams":[' || (1 + u % 6) || '],"daterange":"01.05.2024 - 31.05.2024","searchTerm":'
     || fixture_gen.js(CASE WHEN u % 2 = 0 THEN fixture_gen.full_name('kbsa', u) ELSE 'krank' END) || ',"size":100}' END),
  ('search', 'customer_admin', CASE WHEN u <= 8 OR u = 38 OR u = 41 THEN '{"visibility":1,"country":"DE","searchTerm":' || fixture_gen.js(CASE WHEN u % 3 = 0 THEN 'Dr. ' || fixture_gen.last_name('kbcs', u) ELSE kgen.tel('kbct', u) END) || ',"size":50}' END)
) b(type, name, content) WHERE b.content IS NOT NULL;

CREATE TABLE kimai2_sessions (id VARCHAR(128) NOT NULL, data BYTEA NOT NULL, time INT NOT NULL, lifetime INT NOT NULL, PRIMARY KEY(id));
INSERT INTO kimai2_sessions
SELECT kgen.rnd('ksid', k, 26) || lower(kgen.rnd('ksid2', k, 6)),
       convert_to('_sf2_attributes|a:3:{s:18:"_csrf/https-logout";s:43:"' || kgen.rnd('kscsrf', k, 43) || '";s:14:"_security_main";s:' || (400 + k) || ':"O:74:"Symfony\Component\Security\Http\Authenticator\Token\PostAuthenticationToken":2:{i:0;s:4:"main";i:1;a:5:{i:0;O:15:"App\Entity\User":5:{s:2:"id";i:'
         || u.i || ';s:8:"username";s:' || length(u.username) || ':"' || u.username || '";s:5:"email";s:' || length(u.email) || ':"' || u.email || '";s:8:"password";s:60:"' || kgen.pwhash('kpw', u.i) || '";s:7:"enabled";b:1;}i:1;b:1;i:2;N;i:3;a:0:{}i:4;a:1:{i:0;s:9:"ROLE_USER";}}}";s:19:"_security.last_username";s:'
         || length(u.username) || ':"' || u.username || '";}_sf2_meta|a:3:{s:1:"u";i:' || (1719300000 + k * 631) || ';s:1:"c";i:' || (1719290000 + k * 601) || ';s:1:"l";i:0;}', 'UTF8'),
       1719300000 + k * 631, 1440
FROM generate_series(1, 90) k JOIN kgen.u u ON u.i = 1 + fixture_gen.n('ksu', k, 64);

CREATE TABLE kimai2_working_times (
    id SERIAL NOT NULL, user_id INT NOT NULL, approved_by INT DEFAULT NULL, date DATE NOT NULL, expected INT NOT NULL, actual INT NOT NULL,
    approved_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, PRIMARY KEY(id)
);
CREATE UNIQUE INDEX UNIQ_F95E4933A76ED395AA9E377A ON kimai2_working_times (user_id, date);
CREATE INDEX IDX_F95E4933A76ED395 ON kimai2_working_times (user_id);
CREATE INDEX IDX_F95E49334EA3CB3D ON kimai2_working_times (approved_by);
INSERT INTO kimai2_working_times (user_id, approved_by, date, expected, actual, approved_at)
SELECT u, CASE WHEN d < date '2024-06-01' THEN CASE WHEN u <= 8 THEN 1 ELSE 3 + u % 6 END END, d,
       CASE WHEN extract(isodow FROM d) >= 6 THEN 0 WHEN extract(isodow FROM d) = 5 THEN 21600 ELSE 28800 END,
       CASE WHEN extract(isodow FROM d) >= 6 THEN 0 ELSE 25200 + 900 * fixture_gen.n('kwt', u * 1000 + (d - date '2024-01-01'), 12) END,
       CASE WHEN d < date '2024-06-01' THEN (date_trunc('month', d) + interval '1 month 3 days 09:12:00')::timestamp(0) END
FROM generate_series(2, 30, 4) u, generate_series(date '2024-04-01', date '2024-06-27', interval '1 day') g(d0) CROSS JOIN LATERAL (SELECT d0::date AS d) x;

-- ---------------------------------------------------------------------------
-- Plugins: expenses, custom-field definitions, approvals, tasks, the audit
-- trail; export templates, wizards, Doctrine's migration table.

CREATE TABLE kimai2_expense_category (id SERIAL NOT NULL, name VARCHAR(150) NOT NULL, visible BOOLEAN NOT NULL, cost DOUBLE PRECISION DEFAULT NULL, PRIMARY KEY(id));
INSERT INTO kimai2_expense_category (name, visible, cost) VALUES ('Fahrtkosten (km)', true, 0.30), ('Bahn / ÖPNV', true, NULL), ('Hotel', true, NULL), ('Bewirtung', true, NULL),
  ('Hardware (Kunde)', true, NULL), ('Kleinmaterial', true, NULL), ('Parkgebühren', true, NULL), ('Porto', false, NULL), ('Software-Lizenzen', true, NULL);

CREATE TABLE kimai2_expense (
    id SERIAL NOT NULL, project_id INT NOT NULL, activity_id INT DEFAULT NULL, "user" INT NOT NULL, category_id INT NOT NULL,
    date TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, timezone VARCHAR(64) NOT NULL, description TEXT DEFAULT NULL, cost DOUBLE PRECISION NOT NULL,
    multiplier DOUBLE PRECISION DEFAULT '1' NOT NULL, refundable BOOLEAN DEFAULT true NOT NULL, exported BOOLEAN DEFAULT false NOT NULL,
    billable BOOLEAN DEFAULT true NOT NULL, PRIMARY KEY(id)
);
CREATE INDEX IDX_45B2C2CA166D1F9C ON kimai2_expense (project_id);
CREATE INDEX IDX_45B2C2CA8D93D649 ON kimai2_expense ("user");
INSERT INTO kimai2_expense (project_id, activity_id, "user", category_id, date, timezone, description, cost, multiplier, refundable, exported, billable)
SELECT 1 + fixture_gen.n('kep', k, 160), CASE WHEN k % 3 = 0 THEN 3 END, 1 + fixture_gen.n('keu', k, 64), c,
       kgen.at('ked', k, '2023-07-01 07:00:00', '2024-06-28 18:00:00'), 'Europe/Berlin',
       CASE c WHEN 1 THEN 'Fahrt ' || kgen.plz('kekz', k) || ' und zurück'
              WHEN 2 THEN fixture_gen.pick(ARRAY['HVV Tageskarte', 'Metronom Hamburg–Lüneburg', 'ICE Hamburg–Kiel'], 'keb', k)
              WHEN 3 THEN 'Hotel ' || fixture_gen.pick(ARRAY['Kiel', 'Lübeck', 'Esbjerg', 'Amsterdam'], 'keh', k) || ', ' || (1 + k % 3) || ' Nacht/Nächte'
              WHEN 4 THEN 'Mittagessen mit ' || fixture_gen.full_name('kebw', k) || ' (' || fixture_gen.pick(ARRAY['Praxisinhaber', 'Geschäftsführerin', 'IT-Leiter', 'Steuerberaterin'], 'kebr', k) || ') und ' || fixture_gen.full_name('kebx', k)
              WHEN 5 THEN fixture_gen.pick(ARRAY['SSD 1TB für Empfangs-PC', 'Ersatznetzteil TI-Konnektor', 'Kartenterminal ORGA 6141', 'Headset für Dr. ' || fixture_gen.last_name('kehd', k)], 'kehw', k)
              WHEN 6 THEN 'Patchkabel, Kabelbinder'
              WHEN 7 THEN 'Parkhaus ' || fixture_gen.pick(ARRAY['UKE', 'Europa Passage', 'Altona Bahnhof'], 'kepk', k)
              WHEN 8 THEN 'Einschreiben'
              ELSE 'Lizenz ' || fixture_gen.pick(ARRAY['TeamViewer', 'Veeam', 'ESET'], 'kels', k) END,
       CASE c WHEN 1 THEN 0.30 ELSE round((5 + fixture_gen.n('kec', k, 40000) / 100.0)::numeric, 2) END,
       CASE c WHEN 1 THEN 10 + fixture_gen.n('kem', k, 140) ELSE 1 END, c <> 9, k < 200, c NOT IN (4, 7, 8)
FROM generate_series(1, 260) k CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('kecat', k, 9) AS c) x;

CREATE TABLE kimai2_expense_meta (id SERIAL NOT NULL, expense_id INT NOT NULL, name VARCHAR(50) NOT NULL, value TEXT DEFAULT NULL, visible BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(id));
CREATE UNIQUE INDEX UNIQ_80C5B9E0F395DB7B5E237E06 ON kimai2_expense_meta (expense_id, name);
INSERT INTO kimai2_expense_meta (expense_id, name, value, visible)
SELECT k, 'beleg', 'belege/' || to_char(kgen.at('ked', k, '2023-07-01 07:00:00', '2024-06-28 18:00:00'), 'YYYY/MM') || '/beleg_' || k || '.pdf', true FROM generate_series(1, 260) k WHERE k % 2 = 0
UNION ALL SELECT k, 'kennzeichen', 'HH-' || fixture_gen.chars('kekn', k, 2, 'ABCDEFGHKLMNPRSTUVWXYZ') || ' ' || (100 + fixture_gen.n('kekx', k, 8900)), false
  FROM generate_series(1, 260) k WHERE 1 + fixture_gen.n('kecat', k, 9) = 1;

CREATE TABLE kimai2_meta_field_rules (
    id SERIAL NOT NULL, customer_id INT DEFAULT NULL, project_id INT DEFAULT NULL, activity_id INT DEFAULT NULL, entity_type VARCHAR(100) NOT NULL,
    name VARCHAR(50) NOT NULL, label VARCHAR(100) NOT NULL, type VARCHAR(100) NOT NULL, required BOOLEAN NOT NULL, visible BOOLEAN NOT NULL,
    default_value VARCHAR(255) DEFAULT NULL, help VARCHAR(200) DEFAULT NULL, weight INT DEFAULT 0 NOT NULL, role VARCHAR(50) DEFAULT NULL, PRIMARY KEY(id)
);
INSERT INTO kimai2_meta_field_rules (customer_id, project_id, activity_id, entity_type, name, label, type, required, visible, default_value, help, weight, role) VALUES
  (NULL, NULL, NULL, 'App\Entity\Customer', 'debitor_number', 'Debitorennummer', 'IntegerType', true, true, NULL, 'Aus Lexware Office', 0, NULL),
  (NULL, NULL, NULL, 'App\Entity\Customer', 'datev_konto', 'DATEV Erlöskonto', 'StringType', false, false, '8400', NULL, 1, 'ROLE_ACCOUNTING'),
  (NULL, NULL, NULL, 'App\Entity\Customer', 'praxissoftware', 'Praxissoftware', 'StringType', false, true, NULL, NULL, 2, NULL),
  (NULL, NULL, NULL, 'App\Entity\Customer', 'ti_konnektor', 'TI-Konnektor', 'StringType', false, true, NULL, 'Hersteller und Seriennummer', 3, NULL),
  (NULL, NULL, NULL, 'App\Entity\Customer', 'wlan', 'WLAN', 'StringType', false, false, NULL, 'SSID / Schlüssel', 4, 'ROLE_TEAMLEAD'),
  (NULL, NULL, NULL, 'App\Entity\Customer', 'router_admin', 'Router-Zugang', 'StringType', false, false, NULL, 'URL, Benutzer / Passwort', 5, 'ROLE_TEAMLEAD'),
  (NULL, NULL, NULL, 'App\Entity\Customer', 'tuercode', 'Tür- und Alarmcode', 'StringType', false, false, NULL, NULL, 6, 'ROLE_TEAMLEAD'),
  (NULL, NULL, NULL, 'App\Entity\Customer', 'rechnung_email', 'Rechnungs-E-Mail', 'EmailType', false, true, NULL, NULL, 7, NULL),
  (NULL, NULL, NULL, 'App\Entity\Customer', 'ansprechpartner_2', 'Zweiter Ansprechpartner', 'StringType', false, true, NULL, 'Name, Telefon', 8, NULL),
  (NULL, NULL, NULL, 'App\Entity\Project', 'kostenstelle', 'Kostenstelle', 'StringType', true, true, '4000', NULL, 0, NULL),
  (NULL, NULL, NULL, 'App\Entity\Project', 'ticket_queue', 'Ticket-Queue', 'ChoiceType', false, false, 'SUP', NULL, 1, NULL),
  (NULL, NULL, NULL, 'App\Entity\Project', 'projektleiter_kunde', 'Projektleiter beim Kunden', 'StringType', false, true, NULL, NULL, 2, NULL),
  (NULL, NULL, NULL, 'App\Entity\Project', 'sharepoint', 'SharePoint-Ordner', 'UrlType', false, false, NULL, NULL, 3, NULL),
  (NULL, NULL, NULL, 'App\Entity\Activity', 'datev_leistung', 'DATEV Leistungsart', 'StringType', false, false, NULL, NULL, 0, 'ROLE_ACCOUNTING'),
  (NULL, NULL, NULL, 'App\Entity\Activity', 'lohnart', 'Lohnart', 'StringType', false, false, NULL, 'Für den Payroll-Export', 1, 'ROLE_ACCOUNTING'),
  (NULL, NULL, NULL, 'App\Entity\Activity', 'zuschlag', 'Zuschlag', 'StringType', false, true, NULL, NULL, 2, NULL),
  (NULL, NULL, NULL, 'App\Entity\Timesheet', 'ticket', 'Ticket', 'StringType', false, true, NULL, 'z. B. SUP-1234', 0, NULL),
  (NULL, NULL, NULL, 'App\Entity\Timesheet', 'einsatzort', 'Einsatzort', 'StringType', false, true, NULL, 'remote oder Adresse', 1, NULL),
  (NULL, NULL, NULL, 'App\Entity\Timesheet', 'km', 'Gefahrene km', 'IntegerType', false, true, NULL, NULL, 2, NULL),
  (NULL, NULL, NULL, 'App\Entity\Timesheet', 'ansprechpartner', 'Ansprechpartner vor Ort', 'StringType', false, false, NULL, NULL, 3, NULL),
  (NULL, NULL, NULL, 'App\Entity\User', 'private_phone', 'Private Telefonnummer', 'TelType', false, false, NULL, 'Nur für Rufbereitschaft', 0, 'ROLE_ADMIN'),
  (NULL, NULL, NULL, 'App\Entity\User', 'private_email', 'Private E-Mail', 'EmailType', false, false, NULL, NULL, 1, 'ROLE_ADMIN'),
  (NULL, NULL, NULL, 'App\Entity\User', 'birthday', 'Geburtstag', 'DateType', false, false, NULL, NULL, 2, 'ROLE_ADMIN'),
  (NULL, NULL, NULL, 'App\Entity\User', 'emergency_contact', 'Notfallkontakt', 'StringType', false, false, NULL, 'Name, Beziehung, Telefon', 3, 'ROLE_ADMIN'),
  (NULL, NULL, NULL, 'App\Entity\User', 'iban', 'IBAN für Spesen', 'StringType', false, false, NULL, NULL, 4, 'ROLE_ACCOUNTING'),
  (NULL, NULL, NULL, 'App\Entity\User', 'license_plate', 'Kfz-Kennzeichen', 'StringType', false, true, NULL, 'Für den Parkplatz', 5, NULL),
  (NULL, NULL, NULL, 'App\Entity\Invoice', 'verwendungszweck', 'Verwendungszweck', 'StringType', false, true, NULL, NULL, 0, NULL),
  (NULL, NULL, NULL, 'App\Entity\Invoice', 'versendet_an', 'Versendet an', 'EmailType', false, false, NULL, NULL, 1, NULL),
  (9, NULL, NULL, 'App\Entity\Invoice', 'leitweg_id', 'Leitweg-ID', 'StringType', true, true, NULL, 'XRechnung', 2, NULL),
  (NULL, NULL, NULL, 'App\Entity\Invoice', 'mahnstufe', 'Mahnstufe', 'IntegerType', false, false, '0', NULL, 3, 'ROLE_ACCOUNTING'),
  (NULL, NULL, NULL, 'KimaiPlugin\ExpensesBundle\Entity\Expense', 'beleg', 'Beleg', 'StringType', false, true, NULL, NULL, 0, NULL),
  (NULL, NULL, NULL, 'KimaiPlugin\ExpensesBundle\Entity\Expense', 'kennzeichen', 'Kennzeichen', 'StringType', false, false, NULL, NULL, 1, NULL);

CREATE TABLE kimai2_ext_approval_status (id SERIAL NOT NULL, name VARCHAR(255) NOT NULL, PRIMARY KEY(id));
INSERT INTO kimai2_ext_approval_status (name) VALUES ('submitted'), ('approved'), ('denied'), ('not_submitted');

CREATE TABLE kimai2_ext_approval (
    id SERIAL NOT NULL, user_id INT NOT NULL, start_date DATE NOT NULL, end_date DATE NOT NULL, expected_duration INT NOT NULL,
    creation_date TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, actual_duration INT NOT NULL, PRIMARY KEY(id)
);
CREATE INDEX IDX_A5A4A9A4A76ED395 ON kimai2_ext_approval (user_id);
INSERT INTO kimai2_ext_approval (user_id, start_date, end_date, expected_duration, creation_date, actual_duration)
SELECT u, w, w + 6, 144000 - CASE WHEN u % 5 = 2 THEN 57600 ELSE 0 END, (w + 7)::timestamp + make_interval(hours => 8, mins => fixture_gen.n('kapc', u * 100 + (w - date '2024-01-01') / 7, 600)),
       136800 + 900 * fixture_gen.n('kapd', u * 100 + (w - date '2024-01-01') / 7, 24)
FROM generate_series(2, 58, 3) u, generate_series(date '2024-04-01', date '2024-06-17', interval '7 days') g(w0) CROSS JOIN LATERAL (SELECT w0::date AS w) x;

CREATE TABLE kimai2_ext_approval_history (
    id SERIAL NOT NULL, approval_id INT NOT NULL, user_id INT NOT NULL, status_id INT NOT NULL, date TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL,
    message TEXT DEFAULT NULL, PRIMARY KEY(id)
);
CREATE INDEX IDX_7B3D4B3EFE65F000 ON kimai2_ext_approval_history (approval_id);
INSERT INTO kimai2_ext_approval_history (approval_id, user_id, status_id, date, message)
SELECT a.id, a.user_id, 1, a.creation_date, NULL FROM kimai2_ext_approval a
UNION ALL
SELECT a.id, CASE WHEN a.user_id <= 8 THEN 1 ELSE 3 + a.user_id % 6 END, CASE WHEN a.id % 9 = 4 THEN 3 ELSE 2 END, a.creation_date + interval '1 day 2 hours',
       CASE WHEN a.id % 9 = 4 THEN fixture_gen.pick(ARRAY['Dienstag fehlt, warst du da nicht krank? Bitte als Krankheit buchen.', 'Überstunden bitte mit Ticketnummer begründen.',
              'Einsatz bei ' || fixture_gen.full_name('kahn', a.id) || ' doppelt erfasst.', 'Bitte Fahrtzeit getrennt buchen.'], 'kahm', a.id)
            WHEN a.id % 7 = 1 THEN 'ok' END
FROM kimai2_ext_approval a ORDER BY 4;

CREATE TABLE kimai2_tasks (
    id SERIAL NOT NULL, project_id INT NOT NULL, activity_id INT DEFAULT NULL, user_id INT DEFAULT NULL, team_id INT DEFAULT NULL,
    title VARCHAR(100) NOT NULL, description TEXT DEFAULT NULL, "end" TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, estimation INT DEFAULT NULL,
    status VARCHAR(20) NOT NULL, todo BOOLEAN DEFAULT true NOT NULL, PRIMARY KEY(id)
);
CREATE INDEX IDX_D4D2F26D166D1F9C ON kimai2_tasks (project_id);
INSERT INTO kimai2_tasks (project_id, activity_id, user_id, team_id, title, description, "end", estimation, status, todo)
SELECT 1 + fixture_gen.n('kkp', k, 160), (ARRAY[1, 2, 4, 5, 8])[1 + k % 5], CASE WHEN k % 4 <> 0 THEN 2 + fixture_gen.n('kku', k, 60) END, CASE WHEN k % 4 = 0 THEN 1 + k % 7 END,
       CASE fixture_gen.n('kkt', k, 8)
         WHEN 0 THEN 'Arbeitsplatz für ' || fixture_gen.full_name('kkn', k) || ' einrichten'
         WHEN 1 THEN 'Zertifikat SMC-B erneuern' WHEN 2 THEN 'Backup-Restore testen' WHEN 3 THEN 'Konto von ' || fixture_gen.full_name('kkl', k) || ' deaktivieren (Austritt)'
         WHEN 4 THEN 'Firewall-Firmware aktualisieren' WHEN 5 THEN 'Drucker Empfang tauschen' WHEN 6 THEN 'Rückruf Dr. ' || fixture_gen.last_name('kkr', k)
         ELSE 'Inventur Hardware' END,
       CASE fixture_gen.n('kkd', k, 5)
         WHEN 0 THEN 'Neue MFA ' || fixture_gen.full_name('kkm', k) || ' startet am ' || (1 + k % 28) || '.' || (1 + k % 12) || '., braucht Zugang zu Praxissoftware und KIM.'
         WHEN 1 THEN 'Kunde erreichbar unter ' || kgen.tel('kkte', k) || ' ab 14 Uhr.'
         WHEN 2 THEN NULL
         WHEN 3 THEN 'Siehe Ticket ' || 'SUP-' || (1000 + k * 13) || '.'
         ELSE 'Postfach von ' || fixture_gen.email('kkx', k) || ' auf Stellvertretung umleiten, Mitarbeiterin in Mutterschutz.' END,
       CASE WHEN k % 3 <> 0 THEN kgen.at('kke', k, '2024-06-01 00:00:00', '2024-09-30 00:00:00') END, CASE WHEN k % 2 = 0 THEN 1800 * (1 + k % 12) END,
       fixture_gen.pick(ARRAY['pending', 'progress', 'closed', 'closed', 'pending'], 'kks', k), k % 5 <> 2
FROM generate_series(1, 140) k;

CREATE TABLE ext_log_entries (
    id SERIAL NOT NULL, action VARCHAR(8) NOT NULL, logged_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, object_id VARCHAR(64) DEFAULT NULL,
    object_class VARCHAR(191) NOT NULL, version INT NOT NULL, data TEXT DEFAULT NULL, username VARCHAR(191) DEFAULT NULL, PRIMARY KEY(id)
);
CREATE INDEX log_class_lookup_idx ON ext_log_entries (object_class);
CREATE INDEX log_date_lookup_idx ON ext_log_entries (logged_at);
CREATE INDEX log_user_lookup_idx ON ext_log_entries (username);
CREATE INDEX log_version_lookup_idx ON ext_log_entries (object_id, object_class, version);
INSERT INTO ext_log_entries (action, logged_at, object_id, object_class, version, data, username)
SELECT CASE WHEN k % 6 = 0 THEN 'create' WHEN k % 23 = 5 THEN 'remove' ELSE 'update' END,
       kgen.at('kled', k, '2023-01-01 07:00:00', '2024-06-28 18:00:00'),
       CASE WHEN k % 3 = 0 THEN (1 + k % 80)::text ELSE (1 + k % 1400)::text END,
       CASE WHEN k % 3 = 0 THEN 'App\Entity\Customer' ELSE 'App\Entity\Timesheet' END, 1 + k % 6,
       CASE WHEN k % 23 = 5 THEN NULL
            WHEN k % 3 = 0 THEN 'a:3:{s:7:"contact";s:' || octet_length(fixture_gen.full_name('klc', k)) || ':"' || fixture_gen.full_name('klc', k) || '";s:5:"email";s:' || octet_length(fixture_gen.email('klc', k)) || ':"' || fixture_gen.email('klc', k)
              || '";s:5:"phone";s:' || octet_length(kgen.tel('klt', k)) || ':"' || kgen.tel('klt', k) || '";}'
            ELSE 'a:3:{s:9:"beginTime";O:8:"DateTime":3:{s:4:"date";s:26:"2024-0' || (1 + k % 6) || '-1' || (k % 9) || ' 08:00:00.000000";s:13:"timezone_type";i:3;s:8:"timezone";s:13:"Europe/Berlin";}s:11:"description";s:'
              || octet_length(t.description) || ':"' || t.description || '";s:8:"duration";i:' || t.duration || ';}' END,
       u.username
FROM generate_series(1, 420) k JOIN kgen.u u ON u.i = 1 + fixture_gen.n('klu', k, 64)
JOIN kimai2_timesheet t ON t.id = 1 + (k * 17) % 1400 WHERE t.description IS NOT NULL;

CREATE TABLE kimai2_export_templates (
    id SERIAL NOT NULL, title VARCHAR(100) NOT NULL, renderer VARCHAR(20) NOT NULL, language VARCHAR(6) DEFAULT NULL, columns JSON NOT NULL, options JSON NOT NULL, PRIMARY KEY(id)
);
INSERT INTO kimai2_export_templates (title, renderer, language, columns, options) VALUES
  ('DATEV Lohn (Stunden je Lohnart)', 'csv', 'de', '["user.account","date","duration","activity.meta.lohnart"]', '{"separator":";","decimal":","}'),
  ('Monatsnachweis Mitarbeiter', 'pdf', 'de', '["date","begin","end","duration","customer.name","project.name","description"]', '{"orientation":"landscape","summary":true}'),
  ('Kundenexport Excel', 'xlsx', 'de', '["date","user.alias","customer.name","project.name","activity.name","description","duration","rate"]', '{"totals":true}'),
  ('Lexware Office Sync', 'json', NULL, '["id","customer.number","project.number","duration","rate","exported"]', '{"mark_exported":true}');

CREATE TABLE kimai2_wizards (id SERIAL NOT NULL, user_id INT NOT NULL, wizard VARCHAR(50) NOT NULL, completed_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, data JSON DEFAULT NULL, PRIMARY KEY(id));
INSERT INTO kimai2_wizards (user_id, wizard, completed_at, data)
SELECT u.i, w, (u.hire + time '09:30:00') + make_interval(mins => fixture_gen.n('kwz', u.i, 60)),
       ('{"language":"' || u.lang || '","timezone":"' || u.tz || '","skin":"default","step":"' || CASE WHEN w = 'intro' THEN 'finish' ELSE 'profile' END || '"}')::json
FROM kgen.u u CROSS JOIN unnest(ARRAY['intro', 'profile']) w WHERE u.kind <> 'system' AND (w = 'intro' OR u.i % 2 = 0);

CREATE TABLE migration_versions (version VARCHAR(191) NOT NULL, executed_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, execution_time INT DEFAULT NULL, PRIMARY KEY(version));
INSERT INTO migration_versions
SELECT 'DoctrineMigrations\Version' || v, to_timestamp(substr(v, 1, 8), 'YYYYMMDD')::timestamp + interval '40 days' + make_interval(mins => fixture_gen.n('kmv', k, 600)), 30 + fixture_gen.n('kmt', k, 2000)
FROM unnest(ARRAY['20180701120000', '20180730044139', '20180805183527', '20180905190737', '20181031220003', '20190201150324', '20190219200020', '20190502161758',
  '20190510205245', '20190605171157', '20190617100845', '20190706224211', '20190729162655', '20190730123324', '20190813162649', '20191108151534', '20191116110124',
  '20191204120823', '20200109102138', '20200125123942', '20200205115243', '20200308171950', '20200323163038', '20200413133226', '20200524142042', '20200725213424',
  '20210316224358', '20210405105611', '20210719123928', '20210802152814', '20210802160837', '20210802174318', '20211008092010', '20211230163612', '20220101204501',
  '20220531145920', '20230126002049', '20230126002050', '20230327143628', '20230606125948', '20230819090536', '20231130000719', '20240214061246', '20240326125247']) WITH ORDINALITY AS m(v, k);

-- ---------------------------------------------------------------------------
-- The company's own HR schema, synced nightly from payroll (Lexware lohn+gehalt)
-- into Kimai's users and preferences by the payroll-bridge account.

CREATE SCHEMA hr;

CREATE TABLE hr.employees (
    id SERIAL PRIMARY KEY, personnel_no VARCHAR(10) NOT NULL UNIQUE, kimai_user_id INT, first_name VARCHAR(80) NOT NULL, last_name VARCHAR(80) NOT NULL,
    preferred_name VARCHAR(80), gender CHAR(1), birth_date DATE, private_email VARCHAR(180), work_email VARCHAR(180), mobile_phone VARCHAR(40),
    home_phone VARCHAR(40), street VARCHAR(150), postcode VARCHAR(10), city VARCHAR(80), country CHAR(2) NOT NULL DEFAULT 'DE', nationality CHAR(2),
    tax_id VARCHAR(11), social_security_no VARCHAR(12), health_insurer VARCHAR(80), iban VARCHAR(34), hire_date DATE NOT NULL, termination_date DATE,
    job_title VARCHAR(100), department VARCHAR(60), weekly_hours NUMERIC(4,1) NOT NULL, hourly_cost NUMERIC(7,2), annual_salary NUMERIC(9,2),
    sick_days_ytd NUMERIC(4,1) NOT NULL DEFAULT 0, vacation_days_left NUMERIC(4,1), manager_personnel_no VARCHAR(10), notes TEXT,
    synced_at TIMESTAMP(0) NOT NULL
);
INSERT INTO hr.employees (personnel_no, kimai_user_id, first_name, last_name, preferred_name, gender, birth_date, private_email, work_email, mobile_phone, home_phone,
  street, postcode, city, country, nationality, tax_id, social_security_no, health_insurer, iban, hire_date, termination_date, job_title, department, weekly_hours,
  hourly_cost, annual_salary, sick_days_ytd, vacation_days_left, manager_personnel_no, notes, synced_at)
SELECT u.account, u.i, u.first, u.last, CASE WHEN u.i % 10 = 3 THEN split_part(u.alias, ' ', 1) END,
       fixture_gen.pick(ARRAY['w', 'm', 'w', 'm', 'd'], 'kegd', u.i), u.birth, u.private_email, u.email, u.mobile,
       CASE WHEN u.i % 3 = 0 THEN kgen.tel('kehp', u.i) END, kgen.addr('keha', u.i), split_part(kgen.plz('kehz', u.i), ' ', 1), split_part(kgen.plz('kehz', u.i), ' ', 2),
       'DE', fixture_gen.pick(ARRAY['DE', 'DE', 'DE', 'TR', 'PL', 'NG', 'IN', 'IT', 'VN', 'UA'], 'kenat', u.i),
       (1 + fixture_gen.n('ketx', u.i, 9))::text || fixture_gen.digits('ketx', u.i, 10),
       lpad((10 + u.i % 80)::text, 2, '0') || to_char(u.birth, 'DDMMYY') || upper(left(fixture_gen.ascii(u.last), 1)) || lpad((u.i * 7 % 500)::text, 3, '0'),
       fixture_gen.pick(ARRAY['Techniker Krankenkasse', 'AOK Rheinland/Hamburg', 'BARMER', 'DAK-Gesundheit', 'hkk', 'privat (Debeka)'], 'kehi', u.i),
       fixture_gen.iban('DE', fixture_gen.digits('keib', u.i, 18)), u.hire, u.leave, u.title,
       (ARRAY['Support', 'Consulting', 'Development', 'Verwaltung', 'Field Service', 'Security'])[u.team],
       CASE WHEN u.i % 5 = 2 THEN 20 WHEN u.title = 'Werkstudent' THEN 16 ELSE 38 END,
       round((28 + fixture_gen.n('kir', u.i, 40))::numeric + fixture_gen.n('kirc', u.i, 100) / 100.0, 2),
       CASE WHEN u.i > 2 THEN 38000 + 500 * fixture_gen.n('kesal', u.i, 70) END,
       fixture_gen.n('kesick', u.i, 30) / 2.0, CASE WHEN u.kind <> 'leaver' THEN 4 + fixture_gen.n('kevac', u.i, 26) END,
       CASE WHEN u.supervisor IS NOT NULL THEN 'P-' || lpad((1000 + u.supervisor * 7)::text, 5, '0') END,
       CASE fixture_gen.n('kenote', u.i, 8)
         WHEN 0 THEN 'Wiedereingliederung nach Bandscheibenvorfall, 4h/Tag bis ' || to_char(date '2024-07-31', 'DD.MM.YYYY') || '.'
         WHEN 1 THEN 'Schwerbehinderung GdB 50, Zusatzurlaub 5 Tage.'
         WHEN 2 THEN 'Pfändung (Amtsgericht Hamburg-Altona), monatlich abführen.'
         WHEN 3 THEN 'Elternzeit ab ' || to_char(u.hire + 900, 'DD.MM.YYYY') || ', Partner ' || fixture_gen.first_name('kepart', u.i) || '.'
         WHEN 4 THEN 'Firmenwagen HH-HA ' || (100 + u.i) || ', 1%-Regelung.'
         ELSE NULL END,
       timestamp '2024-06-28 02:15:00' + make_interval(secs => u.i * 3)
FROM kgen.u u WHERE u.kind IN ('owner', 'staff', 'leaver') ORDER BY u.i;

CREATE TABLE hr.contracts (
    id SERIAL PRIMARY KEY, employee_id INT NOT NULL REFERENCES hr.employees (id), valid_from DATE NOT NULL, valid_to DATE, weekly_hours NUMERIC(4,1) NOT NULL,
    work_days VARCHAR(20) NOT NULL, hourly_cost NUMERIC(7,2), salary_band VARCHAR(4), vacation_days SMALLINT NOT NULL, notes TEXT
);
INSERT INTO hr.contracts (employee_id, valid_from, valid_to, weekly_hours, work_days, hourly_cost, salary_band, vacation_days, notes)
SELECT e.id, e.hire_date, CASE WHEN e.id % 3 = 0 THEN e.hire_date + 730 END, CASE WHEN e.id % 3 = 0 THEN 40 ELSE e.weekly_hours END,
       CASE WHEN e.weekly_hours = 20 THEN 'Mo,Di,Do,Fr' ELSE 'Mo-Fr' END, e.hourly_cost - 2.5, 'E' || (3 + e.id % 6), 28 + e.id % 3,
       CASE WHEN e.id % 6 = 1 THEN 'Befristet wegen Elternzeitvertretung für ' || fixture_gen.full_name('kectv', e.id) || '.' WHEN e.id % 6 = 4 THEN 'Homeoffice 3 Tage/Woche vereinbart.' END
FROM hr.employees e
UNION ALL
SELECT e.id, e.hire_date + 731, e.termination_date, e.weekly_hours, CASE WHEN e.weekly_hours = 20 THEN 'Mo,Di,Do,Fr' ELSE 'Mo-Fr' END, e.hourly_cost, 'E' || (4 + e.id % 6), 30, NULL
FROM hr.employees e WHERE e.id % 3 = 0;

CREATE TABLE hr.absences (
    id SERIAL PRIMARY KEY, employee_id INT NOT NULL REFERENCES hr.employees (id), absence_type VARCHAR(20) NOT NULL, date_from DATE NOT NULL, date_to DATE NOT NULL,
    days NUMERIC(4,1) NOT NULL, certificate_received BOOLEAN NOT NULL DEFAULT false, reason TEXT, approved_by VARCHAR(10), created_at TIMESTAMP(0) NOT NULL
);
INSERT INTO hr.absences (employee_id, absence_type, date_from, date_to, days, certificate_received, reason, approved_by, created_at)
SELECT 1 + fixture_gen.n('kabe', k, 61), t, d, d + len - 1, len, t = 'sick' AND len > 3,
       CASE WHEN t = 'sick' THEN fixture_gen.pick(ARRAY[NULL, 'Grippaler Infekt', 'Rückenschmerzen, Physiotherapie verordnet', 'OP Knie (Meniskus)', 'Burn-out, Reha beantragt', 'Corona positiv', NULL, 'Kind krank (§45 SGB V)'], 'kabr', k)
            WHEN t = 'special' THEN fixture_gen.pick(ARRAY['Umzug', 'Hochzeit', 'Beerdigung Vater', 'Geburt des Kindes'], 'kabs', k) END,
       CASE WHEN k % 4 <> 0 THEN 'P-01007' ELSE 'P-01014' END, d::timestamp - interval '2 days' + make_interval(hours => 9 + k % 8)
FROM generate_series(1, 220) k
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['sick', 'sick', 'vacation', 'vacation', 'vacation', 'special', 'training'], 'kabt', k) AS t,
                           date '2023-01-02' + fixture_gen.n('kabd', k, 540) AS d, 1 + fixture_gen.n('kabl', k, 10) AS len) x;

CREATE TABLE hr.emergency_contacts (
    id SERIAL PRIMARY KEY, employee_id INT NOT NULL REFERENCES hr.employees (id), name VARCHAR(120) NOT NULL, relationship VARCHAR(40), phone VARCHAR(40) NOT NULL, email VARCHAR(180)
);
INSERT INTO hr.emergency_contacts (employee_id, name, relationship, phone, email)
SELECT e.id, fixture_gen.first_name('kemc', e.id) || ' ' || CASE WHEN e.id % 3 = 0 THEN fixture_gen.last_name('kemc', e.id) ELSE e.last_name END,
       fixture_gen.pick(ARRAY['Ehefrau', 'Ehemann', 'Partnerin', 'Partner', 'Mutter', 'Vater', 'Schwester', 'Bruder'], 'kemr', e.id), kgen.mob('kemp', e.id),
       CASE WHEN e.id % 2 = 0 THEN fixture_gen.email('kemc', e.id) END
FROM hr.employees e WHERE e.id % 5 <> 4;

CREATE TABLE hr.documents (
    id SERIAL PRIMARY KEY, employee_id INT NOT NULL REFERENCES hr.employees (id), doc_type VARCHAR(30) NOT NULL, file_name VARCHAR(200) NOT NULL,
    storage_path VARCHAR(300) NOT NULL, uploaded_at TIMESTAMP(0) NOT NULL, uploaded_by VARCHAR(60) NOT NULL
);
INSERT INTO hr.documents (employee_id, doc_type, file_name, storage_path, uploaded_at, uploaded_by)
SELECT e.id, d.t, d.t || '_' || fixture_gen.ascii(e.last_name) || '_' || fixture_gen.ascii(e.first_name) || CASE WHEN d.t = 'AU' THEN '_' || to_char(e.hire_date + 400, 'YYYYMMDD') ELSE '' END || '.pdf',
       's3://ha-hr-archive/personalakte/' || e.personnel_no || '/' || d.t || '_' || fixture_gen.ascii(e.last_name) || '_' || fixture_gen.ascii(e.first_name) || '.pdf',
       e.hire_date::timestamp + make_interval(days => d.o, hours => 10), CASE WHEN e.id % 2 = 0 THEN 'katrin.hollmann' ELSE 'payroll-bridge' END
FROM hr.employees e CROSS JOIN (VALUES ('Arbeitsvertrag', 0), ('Personalfragebogen', 1), ('AU', 400), ('Zeugnis', 1200)) d(t, o)
WHERE d.t IN ('Arbeitsvertrag', 'Personalfragebogen') OR (d.t = 'AU' AND e.id % 3 = 1) OR (d.t = 'Zeugnis' AND e.termination_date IS NOT NULL);

CREATE TABLE hr.payroll_export_lines (
    id SERIAL PRIMARY KEY, period CHAR(7) NOT NULL, personnel_no VARCHAR(10) NOT NULL, employee_name VARCHAR(160) NOT NULL, hours_worked NUMERIC(6,2) NOT NULL,
    overtime_hours NUMERIC(6,2) NOT NULL, sick_hours NUMERIC(6,2) NOT NULL, vacation_hours NUMERIC(6,2) NOT NULL, gross_pay NUMERIC(9,2), lohnart VARCHAR(4) NOT NULL,
    exported_file VARCHAR(200) NOT NULL
);
INSERT INTO hr.payroll_export_lines (period, personnel_no, employee_name, hours_worked, overtime_hours, sick_hours, vacation_hours, gross_pay, lohnart, exported_file)
SELECT p, e.personnel_no, e.last_name || ', ' || e.first_name, round(e.weekly_hours * 4.33 - fixture_gen.n('kplh', e.id * 10 + m, 16), 2), fixture_gen.n('kplo', e.id * 10 + m, 12),
       8 * fixture_gen.n('kpls', e.id * 10 + m, 3), 8 * fixture_gen.n('kplv', e.id * 10 + m, 4), round(e.annual_salary / 12, 2), '1000',
       'exports/lohn/' || p || '/DATEV_Lohn_' || replace(p, '-', '') || '.csv'
FROM hr.employees e CROSS JOIN generate_series(1, 5) m CROSS JOIN LATERAL (SELECT '2024-0' || m AS p) x WHERE e.termination_date IS NULL OR e.termination_date > date '2024-01-01';

CREATE TABLE hr.payroll_sync_log (
    id SERIAL PRIMARY KEY, run_at TIMESTAMP(0) NOT NULL, source VARCHAR(40) NOT NULL, rows_imported INT NOT NULL, status VARCHAR(10) NOT NULL, error_message TEXT, payload JSONB
);
INSERT INTO hr.payroll_sync_log (run_at, source, rows_imported, status, error_message, payload)
SELECT timestamp '2024-04-01 02:15:00' + (k - 1) * interval '1 day', 'lexware-lohn', CASE WHEN k % 17 = 5 THEN 0 ELSE 58 + k % 3 END,
       CASE WHEN k % 17 = 5 THEN 'error' WHEN k % 11 = 3 THEN 'warning' ELSE 'ok' END,
       CASE WHEN k % 17 = 5 THEN 'SQLSTATE[23505]: Unique violation: duplicate key value violates unique constraint "uniq_b9ac5bcee7927c74" DETAIL: Key (email)=(' || e.work_email || ') already exists.'
            WHEN k % 11 = 3 THEN 'Mitarbeiter ' || e.personnel_no || ' (' || e.first_name || ' ' || e.last_name || ') ohne Kimai-Benutzer übersprungen.' END,
       jsonb_build_object('changed', jsonb_build_array(jsonb_build_object('personnel_no', e.personnel_no, 'field', CASE WHEN k % 2 = 0 THEN 'mobile_phone' ELSE 'street' END,
         'old', CASE WHEN k % 2 = 0 THEN kgen.mob('kslo', k) ELSE kgen.addr('kslo', k) END, 'new', CASE WHEN k % 2 = 0 THEN e.mobile_phone ELSE e.street END)), 'duration_ms', 800 + k * 13)
FROM generate_series(1, 89) k JOIN hr.employees e ON e.id = 1 + (k * 7) % 61;

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('hr');

SET client_min_messages = warning;
DROP SCHEMA kgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
