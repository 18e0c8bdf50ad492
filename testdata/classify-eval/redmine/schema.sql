-- classify-eval fixture (HOLDOUT 5, with nextcloud: written after holdout 4,
-- by someone who had not seen the classifier, and scored once before any
-- classifier change that followed it; never tune against it): a Redmine 5.1
-- database in Redmine's Rails naming, a subset of its tables and of their
-- columns with their real names and types: integer ids, *_on timestamps,
-- users holding people and groups alike (a group's name in lastname, the
-- anonymous user with an empty login), SHA-1 password hashes with their
-- salt, TOTP keys stored in clear (no database_cipher_key, the default),
-- email_addresses, 40-hex tokens (api, feeds, session, autologin, recovery),
-- preferences and settings as YAML (the mail handler and repository web
-- service keys, a chat plugin's webhook), an LDAP auth source with its bind
-- password, an SVN repository's login and password, changesets whose
-- committer is 'Name <email>', issues and journals (a support desk fed by
-- the mail handler, so descriptions are customers' emails with their
-- signatures; HR onboarding tickets), journal_details whose old and new
-- values include custom fields holding phones, emails and birth dates,
-- custom_values, attachments (disk_filename keeps an ASCII file name),
-- time entries, wiki pages (an on-call rota with phone numbers), news,
-- Doorkeeper's OAuth tables (Redmine 5.1). A software company's tracker,
-- staff of several countries and its customers' contacts.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE FUNCTION fixture_gen.mailof(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '_', ''], tag || 's', i) || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 100)::text ELSE '' END || '@'
      || fixture_gen.pick(ARRAY['mail.example', 'post.example', 'inbox.example', 'example.com', 'example.org', 'example.net'], tag || 'd', i)
$$;

CREATE FUNCTION fixture_gen.mail(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.mailof(fixture_gen.first_name(tag, i), fixture_gen.last_name(tag || 'l', i), tag, i) $$;

-- People: 1 admin, 2 anonymous, 3-4 built-in groups, 5-12 groups, 13-150
-- staff (LDAP logins like asmith, a few local), 151-230 customers' contacts
-- (self-registered, their email as login).
CREATE TABLE fixture_gen.p AS
SELECT i, f AS first, l AS last, f || ' ' || l AS fn,
       CASE WHEN i <= 150 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || c.dom END AS login,
       CASE WHEN i <= 150 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@fernhill.example' ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || c.dom END AS email,
       c.company, fixture_gen.phone('rph', i) AS phone
FROM (SELECT i, fixture_gen.first_name('rmu', i) AS f, fixture_gen.last_name('rmul', i) AS l FROM generate_series(13, 230) i) x,
LATERAL (SELECT (ARRAY['kestrel-freight.example', 'alder-clinics.example', 'bluefin-retail.example', 'mossgiel-logistics.example'])[1 + i % 4] AS dom,
    (ARRAY['Kestrel Freight Ltd', 'Alder Clinics GmbH', 'Bluefin Retail S.A.', 'Mossgiel Logistics'])[1 + i % 4] AS company) c;
UPDATE fixture_gen.p p SET login = CASE WHEN p.i <= 150 THEN p.login || d.rn ELSE replace(p.login, '@', d.rn || '@') END, email = replace(p.email, '@', d.rn || '@')
FROM (SELECT i, row_number() OVER (PARTITION BY login ORDER BY i) AS rn FROM fixture_gen.p) d WHERE d.i = p.i AND d.rn > 1;

CREATE TABLE users (
    id serial PRIMARY KEY, login varchar DEFAULT '' NOT NULL, hashed_password varchar(40) DEFAULT '' NOT NULL, firstname varchar(30) DEFAULT '' NOT NULL,
    lastname varchar(255) DEFAULT '' NOT NULL, admin boolean DEFAULT false NOT NULL, status integer DEFAULT 1 NOT NULL, last_login_on timestamp, language varchar(5) DEFAULT '',
    auth_source_id integer, created_on timestamp, updated_on timestamp, type varchar, identity_url varchar, mail_notification varchar DEFAULT '' NOT NULL, salt varchar(64),
    must_change_passwd boolean DEFAULT false NOT NULL, passwd_changed_on timestamp, twofa_scheme varchar, twofa_totp_key varchar, twofa_totp_last_used_at integer,
    twofa_required boolean DEFAULT false
);
INSERT INTO users (id, login, hashed_password, firstname, lastname, admin, status, last_login_on, language, auth_source_id, created_on, updated_on, type, mail_notification, salt, passwd_changed_on)
VALUES (1, 'admin', fixture_gen.hexn('rpw', 1, 40), 'Redmine', 'Admin', true, 1, timestamp '2024-05-06 08:12:44', 'en', NULL, timestamp '2016-03-02 10:01:12', timestamp '2024-01-08 09:30:00', 'User', 'all', fixture_gen.hexn('rsalt', 1, 32), timestamp '2024-01-08 09:30:00'),
    (2, '', '', '', 'Anonymous', false, 0, NULL, '', NULL, timestamp '2016-03-02 10:01:14', timestamp '2016-03-02 10:01:14', 'AnonymousUser', 'only_my_events', NULL, NULL),
    (3, '', '', '', 'Anonymous users', false, 1, NULL, '', NULL, timestamp '2016-03-02 10:01:14', timestamp '2016-03-02 10:01:14', 'GroupAnonymous', '', NULL, NULL),
    (4, '', '', '', 'Non member users', false, 1, NULL, '', NULL, timestamp '2016-03-02 10:01:14', timestamp '2016-03-02 10:01:14', 'GroupNonMember', '', NULL, NULL);
INSERT INTO users (id, lastname, status, created_on, updated_on, type, mail_notification)
SELECT 4 + k, g, 1, fixture_gen.ts('grp', k), fixture_gen.ts('grp', k), 'Group', ''
FROM unnest(ARRAY['Developers', 'Support', 'QA', 'Product', 'Operations', 'Customers - Kestrel Freight', 'Customers - Alder Clinics', 'Contractors']) WITH ORDINALITY AS t(g, k);
INSERT INTO users
SELECT p.i, p.login, CASE WHEN x.ldap THEN '' ELSE fixture_gen.hexn('rpw', p.i, 40) END, p.first, p.last, p.i IN (14, 27), CASE WHEN p.i % 31 = 0 THEN 3 WHEN p.i % 47 = 0 THEN 2 ELSE 1 END,
       CASE WHEN p.i % 47 <> 0 THEN fixture_gen.ts('rll', p.i) + interval '1 year' END, fixture_gen.pick(ARRAY['en', 'en', 'de', 'fr', 'pt-BR', 'ja', 'pl', 'en-GB'], 'rlang', p.i),
       CASE WHEN x.ldap THEN 1 END, fixture_gen.ts('rcr', p.i), fixture_gen.ts('rcr', p.i) + interval '200 days', 'User', NULL,
       fixture_gen.pick(ARRAY['only_my_events', 'only_my_events', 'all', 'none', 'only_assigned', 'selected'], 'rmn', p.i),
       CASE WHEN x.ldap THEN NULL ELSE fixture_gen.hexn('rsalt', p.i, 32) END, p.i % 53 = 0, CASE WHEN NOT x.ldap THEN fixture_gen.ts('rpc', p.i) END,
       CASE WHEN p.i % 6 = 0 THEN 'totp' END, CASE WHEN p.i % 6 = 0 THEN fixture_gen.chars('totp', p.i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') END,
       CASE WHEN p.i % 6 = 0 THEN 1714000000 + fixture_gen.n('totpl', p.i, 990000) / 30 * 30 END, false
FROM fixture_gen.p p, LATERAL (SELECT p.i <= 150 AND p.i % 10 <> 0 AS ldap) x;

CREATE TABLE email_addresses (
    id serial PRIMARY KEY, user_id integer NOT NULL, address varchar NOT NULL, is_default boolean DEFAULT false NOT NULL, notify boolean DEFAULT true NOT NULL,
    created_on timestamp NOT NULL, updated_on timestamp NOT NULL
);
INSERT INTO email_addresses (user_id, address, is_default, notify, created_on, updated_on)
SELECT 1, 'redmine-admin@fernhill.example', true, true, timestamp '2016-03-02 10:01:12', timestamp '2016-03-02 10:01:12'
UNION ALL SELECT i, email, true, true, fixture_gen.ts('rcr', i), fixture_gen.ts('rcr', i) FROM fixture_gen.p
UNION ALL SELECT i, fixture_gen.mailof(first, last, 'rme', i), false, i % 2 = 0, fixture_gen.ts('rea', i), fixture_gen.ts('rea', i) FROM fixture_gen.p WHERE i % 7 = 0;

CREATE TABLE groups_users (group_id integer NOT NULL, user_id integer NOT NULL, PRIMARY KEY (group_id, user_id));
INSERT INTO groups_users SELECT DISTINCT CASE WHEN i > 150 THEN 10 + i % 2 ELSE 5 + fixture_gen.n('gu' || s, i, 5) END, i FROM fixture_gen.p, generate_series(1, 2) s WHERE s = 1 OR i % 4 = 0 AND i <= 150;

-- One row per key: the API key, the Atom feed key, a session per browser,
-- autologin cookies, password recovery and registration links.
CREATE TABLE tokens (
    id serial PRIMARY KEY, user_id integer DEFAULT 0 NOT NULL, action varchar(30) DEFAULT '' NOT NULL, value varchar(40) DEFAULT '' NOT NULL,
    created_on timestamp NOT NULL, updated_on timestamp
);
INSERT INTO tokens (user_id, action, value, created_on, updated_on)
SELECT p.i, a.action, fixture_gen.hexn('tok' || a.action || s, p.i, 40), fixture_gen.ts('tkc' || a.action || s, p.i), fixture_gen.ts('tkc' || a.action || s, p.i) + make_interval(hours => s * p.i % 300)
FROM fixture_gen.p p, generate_series(1, 2) s,
     (VALUES ('feeds', 1), ('api', 3), ('session', 1), ('autologin', 4), ('recovery', 17), ('register', 29)) a(action, m)
WHERE p.i % a.m = 0 AND (s = 1 OR a.action = 'session' AND p.i % 2 = 0);

CREATE TABLE user_preferences (
    id serial PRIMARY KEY, user_id integer DEFAULT 0 NOT NULL, others text, hide_mail boolean DEFAULT true, time_zone varchar
);
INSERT INTO user_preferences (user_id, others, hide_mail, time_zone)
SELECT i, E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\ncomments_sorting: ' || fixture_gen.pick(ARRAY['asc', 'desc'], 'ups', i)
       || E'\nwarn_on_leaving_unsaved: ''1''\nno_self_notified: ''' || (i % 2) || E'''\nnotify_about_high_priority_issues: ''' || ((i + 1) % 2) || E'''\ntextarea_font: '
       || fixture_gen.pick(ARRAY['''''', 'monospace', 'proportional'], 'upf', i) || E'\nrecently_used_projects: 3\nhistory_default_tab: ' || fixture_gen.pick(ARRAY['notes', 'history', 'last_tab_visited'], 'uph', i)
       || E'\ntoolbar_language_options: c,cpp,csharp,css,diff,go,html,java,javascript,kotlin,objc,php,python,ruby,sql,swift,yaml\ndefault_issue_query: ''''\ndefault_project_query: ''''\nauto_watch_on:\n- issue_created\n- issue_contributed_to\n'
       || CASE WHEN i % 3 = 0 THEN E'my_page_layout:\n  left:\n  - issuesassignedtome\n  right:\n  - issuesreportedbyme\n  - timelog\nmy_page_settings: {}\n' ELSE '' END
       || 'recently_used_project_ids: ''' || (1 + i % 7) || ',' || (1 + i % 3) || E'''\n',
       i % 5 <> 0, fixture_gen.pick(ARRAY['', 'Berlin', 'London', 'Paris', 'Warsaw', 'Tokyo', 'Brasilia', 'Eastern Time (US & Canada)'], 'uptz', i)
FROM generate_series(1, 230) i WHERE i NOT BETWEEN 2 AND 12;

CREATE TABLE projects (
    id serial PRIMARY KEY, name varchar DEFAULT '' NOT NULL, description text, homepage varchar DEFAULT '', is_public boolean DEFAULT true NOT NULL, parent_id integer,
    created_on timestamp, updated_on timestamp, identifier varchar, status integer DEFAULT 1 NOT NULL, lft integer, rgt integer, inherit_members boolean DEFAULT false NOT NULL,
    default_version_id integer, default_assigned_to_id integer, default_issue_query_id integer
);
INSERT INTO projects VALUES
    (1, 'Fernhill Cloud', 'The hosted shipment-tracking platform: API, workers and the admin console.', 'https://www.fernhill.example', false, NULL, '2016-03-02 11:00:00', '2024-02-01 09:00:00', 'fernhill-cloud', 1, 1, 4, true, 12, NULL, NULL),
    (2, 'Web frontend', 'Customer-facing web app (React).', '', false, 1, '2019-05-14 09:12:00', '2024-03-11 10:00:00', 'web-frontend', 1, 2, 3, true, NULL, NULL, NULL),
    (3, 'Android app', 'Driver app for Android.', '', false, NULL, '2018-01-09 14:00:00', '2024-01-18 12:00:00', 'android', 1, 5, 6, false, NULL, NULL, NULL),
    (4, 'iOS app', 'Driver app for iOS.', '', false, NULL, '2018-01-09 14:05:00', '2024-01-18 12:00:00', 'ios', 1, 7, 8, false, NULL, NULL, NULL),
    (5, 'Billing service', 'Invoicing, dunning and the payment provider webhooks.', '', false, NULL, '2020-07-01 08:00:00', '2024-04-02 16:00:00', 'billing', 1, 9, 10, false, NULL, NULL, NULL),
    (6, 'Infrastructure', 'Servers, Kubernetes, backups, monitoring. h2. On-call: see [[On-call rota]].', '', false, NULL, '2016-03-10 09:00:00', '2024-04-20 09:00:00', 'infra', 1, 11, 12, false, NULL, NULL, NULL),
    (7, 'Customer Support', 'Tickets created from support@fernhill.example by the mail handler.', 'https://support.fernhill.example', false, NULL, '2017-02-01 09:00:00', '2024-05-01 09:00:00', 'support', 1, 13, 14, false, NULL, 40, NULL),
    (8, 'People Ops', 'Onboarding and offboarding checklists. Private.', '', false, NULL, '2021-09-01 09:00:00', '2024-03-01 09:00:00', 'people-ops', 1, 15, 16, false, NULL, 33, NULL),
    (9, 'Legacy billing (SVN)', 'The PHP invoicing system, read-only since 2020.', '', false, NULL, '2016-03-02 11:30:00', '2020-07-01 08:00:00', 'legacy-billing', 9, 17, 18, false, NULL, NULL, NULL),
    (10, 'Internal IT', 'Laptops, accounts, licences.', '', false, NULL, '2018-06-01 09:00:00', '2024-02-14 09:00:00', 'it', 1, 19, 20, false, NULL, NULL, NULL),
    (11, 'Partner integrations', 'EDI and API integrations built for customers.', '', false, NULL, '2022-03-01 09:00:00', '2024-04-11 09:00:00', 'partner-integrations', 1, 21, 22, false, NULL, NULL, NULL),
    (12, 'Website', 'www.fernhill.example, the marketing site and its blog.', 'https://www.fernhill.example', true, NULL, '2019-11-01 09:00:00', '2024-01-05 09:00:00', 'website', 5, 23, 24, false, NULL, NULL, NULL);

CREATE TABLE fixture_gen.iss AS
SELECT t, x.pr, CASE WHEN x.pr = 7 THEN 151 + fixture_gen.n('isa', t, 80) ELSE 13 + fixture_gen.n('isa', t, 138) END AS author,
       c.i AS cust, c.fn AS cfn, c.first AS cfirst, c.email AS cemail, c.company, fixture_gen.first_name('hire', t) || ' ' || fixture_gen.last_name('hirel', t) AS hire, fixture_gen.mail('hire', t) AS hmail
FROM generate_series(1, 460) t JOIN fixture_gen.p c ON c.i = 151 + fixture_gen.n('isc', t, 80),
LATERAL (SELECT (ARRAY[1, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 7, 7, 7, 7, 7, 8, 8, 10, 11, 9, 12])[1 + fixture_gen.n('ispr', t, 22)] AS pr) x;
UPDATE fixture_gen.iss SET author = cust WHERE pr = 7;

CREATE TABLE issues (
    id serial PRIMARY KEY, tracker_id integer NOT NULL, project_id integer NOT NULL, subject varchar DEFAULT '' NOT NULL, description text, due_date date, category_id integer,
    status_id integer NOT NULL, assigned_to_id integer, priority_id integer NOT NULL, fixed_version_id integer, author_id integer NOT NULL, lock_version integer DEFAULT 0 NOT NULL,
    created_on timestamp, updated_on timestamp, start_date date, done_ratio integer DEFAULT 0 NOT NULL, estimated_hours double precision, parent_id integer, root_id integer,
    lft integer, rgt integer, is_private boolean DEFAULT false NOT NULL, closed_on timestamp
);
INSERT INTO issues
SELECT s.t, CASE s.pr WHEN 7 THEN 3 WHEN 8 THEN 4 ELSE 1 + s.t % 2 END, s.pr, x.subj, x.descr,
       CASE WHEN s.t % 4 = 0 THEN (fixture_gen.ts('isd', s.t) + interval '30 days')::date END, CASE WHEN s.pr = 1 THEN 1 + s.t % 4 END, st.status,
       CASE WHEN st.status > 1 THEN CASE WHEN s.pr = 7 THEN 40 + s.t % 12 ELSE 13 + fixture_gen.n('isat', s.t, 138) END END, 2 + fixture_gen.n('isp', s.t, 4),
       CASE WHEN s.pr IN (1, 2) AND s.t % 3 = 0 THEN 10 + s.t % 4 END, s.author, s.t % 4, fixture_gen.ts('isd', s.t), fixture_gen.ts('isd', s.t) + make_interval(hours => 1 + s.t * 7 % 900),
       fixture_gen.ts('isd', s.t)::date, CASE WHEN st.status = 5 THEN 100 ELSE (s.t % 5) * 20 END, CASE WHEN s.pr NOT IN (7, 8) AND s.t % 3 = 0 THEN (1 + s.t % 16) / 2.0 END,
       NULL, s.t, 1, 2, s.pr = 8 OR s.pr = 7 AND s.t % 9 = 0, CASE WHEN st.status = 5 THEN fixture_gen.ts('isd', s.t) + make_interval(hours => 1 + s.t * 7 % 900) END
FROM fixture_gen.iss s
JOIN fixture_gen.p a ON a.i = s.author,
LATERAL (SELECT (ARRAY[1, 2, 2, 3, 5, 5, 5, 6])[1 + fixture_gen.n('isst', s.t, 8)] AS status) st,
LATERAL (SELECT
    CASE WHEN s.pr = 7 THEN fixture_gen.pick(ARRAY['Cannot log in since yesterday', 'Invoice ' || (2024100 + s.t) || ' shows the wrong VAT number', 'Please update our billing address',
            'Export of shipment data fails', 'Please add ' || fixture_gen.full_name('isn', s.t) || ' to our account', 'Password reset email never arrives', 'Urgent: API returns 401 for all calls',
            'Question about the April price change', 'RE: Ticket #' || (s.t + 3000) || ' still not fixed', 'Tracking page shows another customer''s shipment'], 'iss', s.t)
         WHEN s.pr = 8 THEN fixture_gen.pick(ARRAY['Onboarding: ' || s.hire, 'Offboarding: ' || s.hire, 'Laptop and accounts for ' || split_part(s.hire, ' ', 1)], 'iss', s.t)
         ELSE fixture_gen.pick(ARRAY['Login page throws 500 when the password contains a quote', 'Add CSV export to the invoice list', 'Push notifications not delivered on Android 14',
            'Upgrade PostgreSQL to 16', 'Dark mode for the settings screen', 'Rate limit the public API', 'Crash when uploading HEIC photos', 'Rotate TLS certificates on staging',
            'Timezone wrong in the weekly report email', 'Refactor billing webhooks', 'Session expires too early on iOS', 'Search ignores accented characters',
            'GDPR erasure request for ' || s.cemail, 'Account of ' || s.cfn || ' locked after SSO change'], 'iss', s.t) END AS subj,
    CASE WHEN s.pr = 7 THEN E'Hello,\r\n\r\n' || fixture_gen.pick(ARRAY['since yesterday afternoon none of our dispatchers can log in, the page just reloads.',
            'the invoice lists the VAT number of our old company, please correct it to ' || fixture_gen.vat('isv', s.t) || '.',
            'we moved. New billing address: ' || fixture_gen.street('isb', s.t) || ', ' || fixture_gen.postcode('isb', s.t) || ' ' || fixture_gen.city('isb', s.t) || '.',
            'the export stops at 10,000 rows. See the attached screenshot.', 'could you call me back? I tried the hotline twice.'], 'isdb', s.t)
            || E'\r\n\r\nBest regards,\r\n' || s.cfn || E'\r\n' || s.company || E'\r\nTel. ' || fixture_gen.phone('isph', s.cust) || E'\r\n' || s.cemail
         WHEN s.pr = 8 THEN 'Start date: ' || to_char(fixture_gen.ts('isd', s.t) + interval '21 days', 'YYYY-MM-DD') || E'\r\nTeam: ' || fixture_gen.pick(ARRAY['Backend', 'Mobile', 'Support', 'Ops'], 'ist', s.t)
            || E'\r\nManager: ' || a.fn || E'\r\nPrivate email: ' || s.hmail || E'\r\nMobile: ' || fixture_gen.phone('ishp', s.t)
            || E'\r\n\r\n* [ ] Laptop (' || fixture_gen.pick(ARRAY['MacBook Pro 14', 'ThinkPad T14'], 'isl', s.t) || E')\r\n* [ ] YubiKey\r\n* [ ] Accounts: GitLab, Redmine, Slack\r\n* [ ] Contract signed'
         WHEN s.t % 5 = 0 THEN NULL
         WHEN s.t % 5 = 1 THEN fixture_gen.pick(ARRAY['As a dispatcher I want to export the filtered list, so that I can send it to the carrier.',
            'Certificates on lb01 and lb02 expire on 2024-06-01. Renew with certbot and reload haproxy.', 'See the discussion in the last sprint review. Needs a design first.',
            'Reported by ' || s.cfn || ' (' || s.company || '), see the support ticket.', 'The nightly job takes 40 minutes since the March release; profile it.'], 'isdd', s.t)
         ELSE E'h3. Steps\r\n\r\n# Log in as a normal user\r\n# Open Settings > Profile\r\n# Save without changes\r\n\r\nh3. Expected\r\n\r\nThe page reloads with a notice.\r\n\r\nh3. Actual\r\n\r\n<pre>\r\n'
            || 'E, [2024-03-' || lpad((1 + s.t % 28)::text, 2, '0') || 'T10:21:33.512 #' || (1000 + s.t) || '] ERROR -- : ' || fixture_gen.pick(ARRAY['PG::UniqueViolation: duplicate key value violates unique constraint "index_users_on_login"',
                'NoMethodError (undefined method `name'' for nil:NilClass)', 'Completed 500 Internal Server Error in 84ms user=' || s.cemail || ' ip=' || fixture_gen.ipv4('isip', s.t)], 'ise', s.t)
            || E'\r\n</pre>' END AS descr) x;

CREATE TABLE journals (
    id serial PRIMARY KEY, journalized_id integer DEFAULT 0 NOT NULL, journalized_type varchar(30) DEFAULT '' NOT NULL, user_id integer DEFAULT 0 NOT NULL, notes text,
    created_on timestamp NOT NULL, private_notes boolean DEFAULT false NOT NULL, updated_on timestamp, updated_by_id integer
);
INSERT INTO journals
SELECT j, s.t, 'Issue', CASE WHEN s.pr = 7 AND j % 3 = 0 THEN s.cust WHEN s.pr = 7 THEN 40 + j % 12 ELSE 13 + fixture_gen.n('jnu', j, 138) END,
       CASE WHEN j % 2 = 0 THEN '' WHEN s.pr = 7 AND j % 3 = 0 THEN fixture_gen.pick(ARRAY['Thanks, it works again.', 'Still broken. Please call me on ' || fixture_gen.phone('isph', s.cust) || '.',
               'My colleague ' || fixture_gen.first_name('jnc', j) || ' ' || fixture_gen.last_name('jncl', j) || ' (' || fixture_gen.mail('jnc', j) || ') will take over this ticket.'], 'jnn', j)
            WHEN s.pr = 7 THEN fixture_gen.pick(ARRAY['Hi ' || s.cfirst || E',\r\n\r\nwe have reset the password, please try again.\r\n\r\nKind regards\r\nFernhill Support',
               'Internal: customer is on the legacy plan, do not offer the discount.', 'Called ' || s.cfirst || ', she confirmed the new address.', 'Duplicate of #' || (s.t + 1)], 'jns', j)
            WHEN s.pr = 8 THEN fixture_gen.pick(ARRAY['Laptop ordered, arrives on the 28th.', 'Contract signed, copy in the HR folder.', s.hire || ' prefers to be called ' || split_part(s.hire, ' ', 1) || '.',
               'Background check done.'], 'jnh', j)
            ELSE fixture_gen.pick(ARRAY['Fixed in 4f2a9c1, deployed to staging.', 'Cannot reproduce on 5.2.1. Can you attach the log?', 'Related to #' || (s.t + 7),
               'Moved to the next sprint.', 'Customer ' || s.cfn || ' confirmed the fix.', 'This needs a migration, see the wiki page Deployment.'], 'jnd', j) END,
       fixture_gen.ts('isd', s.t) + make_interval(hours => j % 500), (s.pr IN (7, 8) AND j % 9 = 1), fixture_gen.ts('isd', s.t) + make_interval(hours => j % 500),
       CASE WHEN j % 23 = 1 THEN 13 + j % 138 END
FROM generate_series(1, 900) j JOIN fixture_gen.iss s ON s.t = 1 + fixture_gen.n('jni', j, 460);

-- Custom fields: customer contact on support tickets, a contract number,
-- HR's birth date, the staff mobile; list fields for the rest.
CREATE TABLE custom_fields (
    id serial PRIMARY KEY, type varchar(30) DEFAULT '' NOT NULL, name varchar(30) DEFAULT '' NOT NULL, field_format varchar(30) DEFAULT '' NOT NULL, possible_values text,
    regexp varchar DEFAULT '', is_required boolean DEFAULT false NOT NULL, is_for_all boolean DEFAULT false NOT NULL, position integer, searchable boolean DEFAULT false,
    default_value text, visible boolean DEFAULT true NOT NULL, multiple boolean DEFAULT false, format_store text, description text
);
INSERT INTO custom_fields (id, type, name, field_format, possible_values, regexp, is_required, is_for_all, position, searchable, default_value, visible, multiple, format_store, description)
SELECT k, ty, nm, ff, pv, rx, k IN (3, 4), k NOT IN (6, 7), k, k IN (1, 2, 3), dv, k NOT IN (6, 9), k = 5,
       E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n' || CASE WHEN ff IN ('string', 'text') THEN E'text_formatting: ''''\nurl_pattern: ''''\n' WHEN ff = 'list' THEN E'url_pattern: ''''\nedit_tag_style: ''''\n' ELSE E'url_pattern: ''''\n' END, d
FROM (VALUES (1, 'IssueCustomField', 'Customer phone', 'string', NULL, '', NULL, 'Phone number of the person who reported it'),
    (2, 'IssueCustomField', 'Customer email', 'string', NULL, '', NULL, ''), (3, 'IssueCustomField', 'Contract number', 'string', NULL, '^FS-[0-9]{6}$', NULL, 'From the signed order form'),
    (4, 'IssueCustomField', 'Severity', 'list', E'---\n- Critical\n- Major\n- Minor\n- Cosmetic\n', '', 'Minor', ''), (5, 'IssueCustomField', 'Browser', 'list', E'---\n- Chrome\n- Firefox\n- Safari\n- Edge\n- App\n', '', NULL, ''),
    (6, 'IssueCustomField', 'Date of birth', 'date', NULL, '', NULL, 'HR only'), (7, 'IssueCustomField', 'Start date', 'date', NULL, '', NULL, ''),
    (8, 'UserCustomField', 'Mobile phone', 'string', NULL, '', NULL, 'Shown to colleagues'), (9, 'UserCustomField', 'Employee number', 'string', NULL, '^E[0-9]{5}$', NULL, ''),
    (10, 'ProjectCustomField', 'Cost centre', 'string', NULL, '', NULL, ''), (11, 'IssueCustomField', 'Billable', 'bool', NULL, '', '0', ''),
    (12, 'IssueCustomField', 'Affected version', 'version', NULL, '', NULL, '')) v(k, ty, nm, ff, pv, rx, dv, d);

CREATE TABLE custom_values (
    id serial PRIMARY KEY, customized_type varchar(30) DEFAULT '' NOT NULL, customized_id integer DEFAULT 0 NOT NULL, custom_field_id integer DEFAULT 0 NOT NULL, value text
);
INSERT INTO custom_values (customized_type, customized_id, custom_field_id, value)
SELECT 'Issue', s.t, f.k, CASE f.k WHEN 1 THEN fixture_gen.phone('isph', s.cust) WHEN 2 THEN s.cemail WHEN 3 THEN 'FS-' || fixture_gen.digits('cvc', s.cust, 6)
    WHEN 4 THEN fixture_gen.pick(ARRAY['Critical', 'Major', 'Minor', 'Minor', 'Cosmetic'], 'cvs', s.t) WHEN 5 THEN fixture_gen.pick(ARRAY['Chrome', 'Firefox', 'Safari', 'Edge', 'App', ''], 'cvb', s.t)
    WHEN 6 THEN to_char(fixture_gen.birth_date('cvd', s.t), 'YYYY-MM-DD') WHEN 7 THEN to_char(fixture_gen.ts('isd', s.t) + interval '21 days', 'YYYY-MM-DD')
    WHEN 11 THEN (s.t % 2)::text ELSE CASE WHEN s.t % 3 = 0 THEN (10 + s.t % 4)::text ELSE '' END END
FROM fixture_gen.iss s, (VALUES (1), (2), (3), (4), (5), (6), (7), (11), (12)) f(k)
WHERE (s.pr = 7 AND f.k IN (1, 2, 3, 4)) OR (s.pr = 8 AND f.k IN (6, 7)) OR (s.pr NOT IN (7, 8) AND f.k IN (4, 5, 11, 12))
UNION ALL
SELECT 'Principal', i, f.k, CASE WHEN f.k = 8 THEN CASE WHEN i % 3 <> 0 THEN phone ELSE '' END ELSE 'E' || lpad((10000 + i * 7)::text, 5, '0') END
FROM fixture_gen.p, (VALUES (8), (9)) f(k) WHERE i <= 150
UNION ALL
SELECT 'Project', k, 10, (ARRAY['4100', '4100', '4120', '4130', '4130', '4200', '5100', '6100', '4200', '6200', '4300', '7100'])[k] FROM generate_series(1, 12) k;

CREATE TABLE journal_details (
    id serial PRIMARY KEY, journal_id integer DEFAULT 0 NOT NULL, property varchar(30) DEFAULT '' NOT NULL, prop_key varchar(30) DEFAULT '' NOT NULL, old_value text, value text
);
INSERT INTO journal_details (journal_id, property, prop_key, old_value, value)
SELECT j.id, d.property, d.prop_key, d.old, d.new
FROM journals j JOIN fixture_gen.iss s ON s.t = j.journalized_id, generate_series(1, 2) n,
LATERAL (SELECT * FROM (VALUES
    (0, 'attr', 'status_id', '1', (2 + j.id % 4)::text), (1, 'attr', 'assigned_to_id', CASE WHEN j.id % 3 = 0 THEN (13 + j.id % 138)::text END, (13 + (j.id * 7) % 138)::text),
    (2, 'attr', 'done_ratio', '0', ((1 + j.id % 4) * 20)::text), (3, 'attr', 'priority_id', '2', '4'), (4, 'attr', 'due_date', NULL, to_char(j.created_on + interval '14 days', 'YYYY-MM-DD')),
    (5, 'attr', 'subject', 'Problem with login', (SELECT subject FROM issues WHERE id = s.t)),
    (6, 'cf', CASE s.pr WHEN 7 THEN '1' WHEN 8 THEN '6' ELSE '4' END, CASE s.pr WHEN 7 THEN fixture_gen.phone('jdo', j.id) WHEN 8 THEN '1900-01-01' ELSE 'Minor' END,
        CASE s.pr WHEN 7 THEN fixture_gen.phone('isph', s.cust) WHEN 8 THEN to_char(fixture_gen.birth_date('cvd', s.t), 'YYYY-MM-DD') ELSE 'Major' END),
    (7, 'cf', CASE WHEN s.pr = 7 THEN '2' ELSE '5' END, CASE WHEN s.pr = 7 THEN fixture_gen.mail('jde', j.id) ELSE '' END, CASE WHEN s.pr = 7 THEN s.cemail ELSE 'Firefox' END),
    (8, 'attachment', (2000 + j.id)::text, NULL, fixture_gen.pick(ARRAY['screenshot.png', 'production.log', 'invoice_' || (2024100 + s.t) || '.pdf', 'Screenshot 2024-03-0' || (1 + j.id % 9) || ' at 10.21.33.png'], 'jda', j.id)),
    (9, 'relation', 'relates', NULL, (1 + (s.t + 7) % 460)::text)
) v(k, property, prop_key, old, new) WHERE v.k = fixture_gen.n('jdk' || n, j.id, 10)) d
WHERE n = 1 OR j.id % 3 = 0;

-- Files attached to issues, wiki pages and news; disk_filename keeps an
-- ASCII name and hashes any other (Attachment.disk_filename).
CREATE TABLE attachments (
    id serial PRIMARY KEY, container_id integer, container_type varchar(30), filename varchar DEFAULT '' NOT NULL, disk_filename varchar DEFAULT '' NOT NULL,
    filesize bigint DEFAULT 0 NOT NULL, content_type varchar DEFAULT '', digest varchar(64) DEFAULT '' NOT NULL, downloads integer DEFAULT 0 NOT NULL,
    author_id integer DEFAULT 0 NOT NULL, created_on timestamp, description varchar, disk_directory varchar
);
INSERT INTO attachments (container_id, container_type, filename, disk_filename, filesize, content_type, digest, downloads, author_id, created_on, description, disk_directory)
SELECT CASE WHEN a % 10 = 0 THEN 1 + a % 40 ELSE s.t END, CASE WHEN a % 10 = 0 THEN 'WikiPage' ELSE 'Issue' END, x.fname,
       to_char(x.ts, 'YYMMDDHH24MISS') || '_' || CASE WHEN x.fname ~ '^[a-zA-Z0-9_.-]*$' AND length(x.fname) <= 50 THEN x.fname ELSE md5(x.fname) || coalesce(substring(x.fname FROM '(\.[a-zA-Z0-9]+)$'), '') END,
       1000 + fixture_gen.n('atsz', a, 4000000), CASE WHEN x.fname ~ '\.png$' THEN 'image/png' WHEN x.fname ~ '\.jpg$' THEN 'image/jpeg' WHEN x.fname ~ '\.pdf$' THEN 'application/pdf'
           WHEN x.fname ~ '\.(log|txt)$' THEN 'text/plain' ELSE 'application/octet-stream' END, encode(sha256(convert_to('att' || a, 'UTF8')), 'hex'), a % 17, s.author, x.ts,
       CASE WHEN a % 4 = 0 THEN fixture_gen.pick(ARRAY['log from the customer', 'signed', 'before/after', 'form signed by ' || s.cfn, 'export that fails'], 'atd', a) ELSE '' END,
       to_char(x.ts, 'YYYY/MM')
FROM generate_series(1, 260) a JOIN fixture_gen.iss s ON s.t = 1 + fixture_gen.n('ati', a, 460),
LATERAL (SELECT fixture_gen.ts('atc', a) AS ts, CASE WHEN s.pr = 8 THEN fixture_gen.pick(ARRAY['CV_' || replace(s.hire, ' ', '_') || '.pdf', 'Passport ' || s.hire || '.jpg', 'contract_signed.pdf',
        'Arbeitsvertrag ' || s.hire || '.pdf'], 'atf', a)
    ELSE fixture_gen.pick(ARRAY['screenshot.png', 'image.png', 'production.log', 'error_log.txt', 'invoice_' || (2024100 + s.t) || '.pdf', 'Screenshot 2024-03-0' || (1 + a % 9) || ' at 10.21.33.png',
        'shipments_export.csv', 'Order form ' || s.company || '.pdf', 'IMG_' || (4000 + a) || '.jpg', 'heap-dump.hprof'], 'atf', a) END AS fname) x;

CREATE TABLE repositories (
    id serial PRIMARY KEY, project_id integer DEFAULT 0 NOT NULL, url varchar DEFAULT '' NOT NULL, login varchar(60) DEFAULT '', password varchar DEFAULT '',
    root_url varchar(255) DEFAULT '', type varchar, path_encoding varchar(64), log_encoding varchar(64), extra_info text, identifier varchar, is_default boolean DEFAULT false,
    created_on timestamp
);
INSERT INTO repositories VALUES
    (1, 1, '/var/lib/redmine/repos/fernhill-cloud.git', '', '', '/var/lib/redmine/repos/fernhill-cloud.git', 'Repository::Git', '', NULL,
        E'---\nextra_report_last_commit: ''0''\nheads:\n- ' || fixture_gen.hexn('head', 1, 40) || E'\n- ' || fixture_gen.hexn('head', 2, 40) || E'\ndb_consistent:\n  ordering: 1\n', 'fernhill-cloud', true, '2016-03-02 11:10:00'),
    (2, 3, '/var/lib/redmine/repos/driver-android.git', '', '', '/var/lib/redmine/repos/driver-android.git', 'Repository::Git', '', NULL,
        E'---\nextra_report_last_commit: ''0''\nheads:\n- ' || fixture_gen.hexn('head', 3, 40) || E'\ndb_consistent:\n  ordering: 1\n', 'driver-android', true, '2018-01-09 14:10:00'),
    (3, 5, '/var/lib/redmine/repos/billing.git', '', '', '/var/lib/redmine/repos/billing.git', 'Repository::Git', '', NULL,
        E'---\nextra_report_last_commit: ''1''\nheads:\n- ' || fixture_gen.hexn('head', 4, 40) || E'\ndb_consistent:\n  ordering: 1\n', 'billing', true, '2020-07-01 08:10:00'),
    (4, 9, 'https://svn.fernhill.example/repos/legacy-billing/trunk', 'tkowalski', fixture_gen.chars('svnpw', 1, 14) || '#7', 'https://svn.fernhill.example/repos/legacy-billing',
        'Repository::Subversion', NULL, 'UTF-8', NULL, 'legacy-billing', true, '2016-03-02 11:35:00'),
    (5, 6, '/var/lib/redmine/repos/infra.git', '', '', '/var/lib/redmine/repos/infra.git', 'Repository::Git', '', NULL, NULL, 'infra', true, '2019-02-11 09:00:00');

CREATE TABLE changesets (
    id serial PRIMARY KEY, repository_id integer NOT NULL, revision varchar NOT NULL, committer varchar, committed_on timestamp NOT NULL, comments text, commit_date date,
    scmid varchar, user_id integer
);
INSERT INTO changesets (repository_id, revision, committer, committed_on, comments, commit_date, scmid, user_id)
SELECT r.repo, CASE WHEN r.repo = 4 THEN (1200 + c)::text ELSE fixture_gen.hexn('sha', c, 40) END,
       CASE WHEN r.repo = 4 THEN p.login ELSE p.fn || ' <' || CASE WHEN c % 6 = 0 THEN fixture_gen.mailof(p.first, p.last, 'rme', p.i) WHEN c % 11 = 0 THEN (1000 + p.i) || '+' || substr(p.login, 1, 8) || '@users.noreply.example' ELSE p.email END || '>' END,
       x.ts, fixture_gen.pick(ARRAY['Fix #' || (1 + c % 460) || ': escape quotes in the login form', 'refs #' || (1 + c % 460) || ' add CSV export', 'Bump dependencies',
           'Merge branch ''feature/rate-limit''', 'WIP', 'Revert "Bump dependencies"', 'Fix typo', 'closes #' || (1 + c % 460) || E' timezone in report mail\n\nReported-by: ' || fixture_gen.full_name('cmr', c),
           'Update README', 'Add migration for the webhook table', 'Hotfix for the invoice rounding (' || fixture_gen.first_name('cmh', c) || ' found it)'], 'chc', c),
       x.ts::date, CASE WHEN r.repo = 4 THEN NULL ELSE fixture_gen.hexn('sha', c, 40) END, CASE WHEN c % 9 = 0 THEN NULL ELSE p.i END
FROM generate_series(1, 420) c JOIN fixture_gen.p p ON p.i = 13 + fixture_gen.n('chu', c, 138),
LATERAL (SELECT (ARRAY[1, 1, 1, 2, 3, 3, 4, 5])[1 + fixture_gen.n('chr', c, 8)] AS repo) r,
LATERAL (SELECT CASE WHEN r.repo = 4 THEN timestamp '2016-03-01' + make_interval(hours => c * 97) ELSE fixture_gen.ts('chts', c) END AS ts) x;

CREATE TABLE auth_sources (
    id serial PRIMARY KEY, type varchar(30) DEFAULT '' NOT NULL, name varchar(60) DEFAULT '' NOT NULL, host varchar(60), port integer, account varchar,
    account_password varchar DEFAULT '', base_dn varchar(255), attr_login varchar(30), attr_firstname varchar(30), attr_lastname varchar(30), attr_mail varchar(30),
    onthefly_register boolean DEFAULT false NOT NULL, tls boolean DEFAULT false NOT NULL, filter text, timeout integer, verify_peer boolean DEFAULT true NOT NULL
);
INSERT INTO auth_sources VALUES
    (1, 'AuthSourceLdap', 'Fernhill AD', 'dc01.fernhill.example', 636, 'CN=svc-redmine,OU=Service,DC=fernhill,DC=example', fixture_gen.chars('adbind', 1, 18) || '!',
        'OU=Staff,DC=fernhill,DC=example', 'sAMAccountName', 'givenName', 'sn', 'mail', true, true, '(&(objectClass=user)(memberOf=CN=redmine-users,OU=Groups,DC=fernhill,DC=example))', 10, true),
    (2, 'AuthSourceLdap', 'Contractors LDAP (old)', '10.20.4.11', 389, 'uid=' || 'tkowalski' || ',ou=people,dc=contractors,dc=fernhill,dc=example', fixture_gen.chars('oldbind', 1, 12),
        'ou=people,dc=contractors,dc=fernhill,dc=example', 'uid', 'givenName', 'sn', 'mail', false, false, NULL, NULL, false);

-- Settings, one row per name, values plain or YAML: among them the mail
-- handler's and the repository web service's API keys and a Slack webhook.
CREATE TABLE settings (
    id serial PRIMARY KEY, name varchar(255) DEFAULT '' NOT NULL, value text, updated_on timestamp
);
INSERT INTO settings (name, value, updated_on)
SELECT v.name, v.value, timestamp '2017-02-01 09:00:00' + make_interval(days => k::int * 29) FROM (SELECT *, row_number() OVER () AS k FROM (VALUES
    ('app_title', 'Fernhill Tracker'), ('welcome_text', E'Welcome to the Fernhill Systems tracker.\r\n\r\nProduction incident? Call the on-call phone +44 20 7946 0321 (24/7).'),
    ('host_name', 'redmine.fernhill.example'), ('protocol', 'https'), ('text_formatting', 'textile'), ('default_language', 'en'), ('login_required', '1'),
    ('self_registration', '1'), ('lost_password', '1'), ('password_min_length', '12'), ('password_required_char_classes', E'---\n- uppercase\n- digits\n'),
    ('session_lifetime', '43200'), ('session_timeout', '480'), ('autologin', '30'), ('rest_api_enabled', '1'), ('jsonp_enabled', '0'), ('twofa', '2'),
    ('mail_from', 'redmine@fernhill.example'), ('plain_text_mail', '0'), ('emails_header', ''),
    ('emails_footer', E'You have received this notification because you have either subscribed to it, or are involved in it.\r\nTo change your notification preferences, please click here: https://redmine.fernhill.example/my/account'),
    ('notified_events', E'---\n- issue_added\n- issue_updated\n- issue_note_added\n- news_added\n- wiki_content_added\n'),
    ('mail_handler_api_key', fixture_gen.chars('mhk', 1, 20)), ('mail_handler_body_delimiters', E'-- \r\nSent from my iPhone'), ('mail_handler_enable_regex_delimiters', '0'),
    ('mail_handler_excluded_filenames', 'smime.p7s, winmail.dat'), ('mail_handler_preferred_body_part', 'plain'),
    ('sys_api_enabled', '1'), ('sys_api_key', fixture_gen.chars('syk', 1, 20)), ('enabled_scm', E'---\n- Subversion\n- Git\n'),
    ('commit_ref_keywords', 'refs,references,IssueID'), ('commit_update_keywords', E'---\n- keywords: fixes,closes\n  status_id: ''5''\n  done_ratio: ''100''\n'),
    ('commit_logtime_enabled', '1'), ('repositories_encodings', 'UTF-8,ISO-8859-1'), ('ui_theme', 'PurpleMine2'), ('gravatar_enabled', '0'), ('attachment_max_size', '20480'),
    ('attachment_extensions_denied', 'exe,bat,js'), ('issue_list_default_columns', E'---\n- tracker\n- status\n- priority\n- subject\n- assigned_to\n- updated_on\n'),
    ('user_format', 'firstname_lastname'), ('display_subprojects_issues', '1'), ('issue_group_assignment', '1'), ('default_projects_public', '0'),
    ('default_projects_modules', E'---\n- issue_tracking\n- time_tracking\n- wiki\n- repository\n'), ('cross_project_issue_relations', '1'), ('per_page_options', '25,50,100'),
    ('search_results_per_page', '10'), ('activity_days_default', '30'), ('unsubscribe', '0'), ('timelog_required_fields', E'---\n- issue_id\n'),
    ('plugin_redmine_messenger', E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nmessenger_url: https://hooks.slack.com/services/T' || fixture_gen.chars('slt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
        || '/B' || fixture_gen.chars('slb', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('slk', 1, 24) || E'\nmessenger_channel: "#redmine"\nmessenger_username: redmine\nmessenger_verify_ssl: ''1''\npost_updates: ''1''\n'),
    ('plugin_redmine_agile', E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\ndefault_columns:\n- tracker\n- assigned_to\nestimate_units: hours\n')
) v0(name, value)) v;

CREATE TABLE time_entries (
    id serial PRIMARY KEY, project_id integer NOT NULL, author_id integer, user_id integer NOT NULL, issue_id integer, hours double precision NOT NULL,
    comments varchar(1024), activity_id integer NOT NULL, spent_on date NOT NULL, tyear integer NOT NULL, tmonth integer NOT NULL, tweek integer NOT NULL,
    created_on timestamp NOT NULL, updated_on timestamp NOT NULL
);
INSERT INTO time_entries (project_id, author_id, user_id, issue_id, hours, comments, activity_id, spent_on, tyear, tmonth, tweek, created_on, updated_on)
SELECT s.pr, u, u, CASE WHEN e % 8 = 0 THEN NULL ELSE s.t END, (1 + e % 16) / 4.0,
       CASE WHEN e % 3 = 0 THEN '' ELSE fixture_gen.pick(ARRAY['Code review', 'Debugging', 'Deployment to production', 'Sprint planning', 'Call with ' || s.cfn || ' about the export',
           'Support: password reset for ' || s.cemail, 'On site at ' || s.company, 'Pairing with ' || fixture_gen.first_name('tep', e), 'Writing tests', 'Onboarding session'], 'tec', e) END,
       8 + e % 5, d, extract(year FROM d)::int, extract(month FROM d)::int, extract(week FROM d)::int, d + time '17:30', d + time '17:30'
FROM generate_series(1, 640) e JOIN fixture_gen.iss s ON s.t = 1 + fixture_gen.n('tei', e, 460),
LATERAL (SELECT 13 + fixture_gen.n('teu', e, 138) AS u, fixture_gen.ts('ted', e)::date AS d) x;

CREATE TABLE wiki_pages (
    id serial PRIMARY KEY, wiki_id integer NOT NULL, title varchar(255) NOT NULL, created_on timestamp NOT NULL, protected boolean DEFAULT false NOT NULL, parent_id integer
);
CREATE TABLE wiki_contents (
    id serial PRIMARY KEY, page_id integer NOT NULL, author_id integer, text text, comments varchar(1024) DEFAULT '', updated_on timestamp NOT NULL, version integer NOT NULL
);
INSERT INTO wiki_pages SELECT k, 1 + k % 8, t, fixture_gen.ts('wpc', k), t IN ('On-call_rota', 'Customer_contacts'), CASE WHEN k > 8 AND k % 3 = 0 THEN 1 + k % 8 END
FROM (SELECT k, (ARRAY['Wiki', 'Release_process', 'On-call_rota', 'Onboarding_checklist', 'Architecture', 'Deployment', 'Customer_contacts', 'Coding_guidelines',
    'Runbook_database_failover', 'Meeting_notes_' || to_char(date '2024-01-08' + k * 7, 'YYYY-MM-DD'), 'FAQ', 'API_changelog'])[1 + k % 12] AS t
    FROM generate_series(1, 48) k) x;
INSERT INTO wiki_contents (page_id, author_id, text, comments, updated_on, version)
SELECT w.id, 13 + fixture_gen.n('wca', w.id, 138),
       CASE w.title WHEN 'On-call_rota' THEN E'h1. On-call rota\r\n\r\n|_.Week|_.Primary|_.Phone|_.Backup|\r\n' || (SELECT string_agg('|' || wk || '|' || fixture_gen.full_name('oc', wk * 10 + w.id) || '|'
                || fixture_gen.phone('ocp', wk * 10 + w.id) || '|' || fixture_gen.full_name('ocb', wk * 10 + w.id) || '|', E'\r\n' ORDER BY wk) FROM generate_series(14, 22) wk)
            WHEN 'Customer_contacts' THEN E'h1. Customer contacts\r\n\r\n' || (SELECT string_agg('* ' || c.company || ': ' || c.fn || ', ' || c.email || ', ' || fixture_gen.phone('isph', c.i), E'\r\n' ORDER BY c.i)
                FROM fixture_gen.p c WHERE c.i BETWEEN 151 + w.id % 40 AND 158 + w.id % 40)
            WHEN 'Runbook_database_failover' THEN E'h1. Database failover\r\n\r\n# Check replication lag on db02: @SELECT now() - pg_last_xact_replay_timestamp();@\r\n# Promote with @patronictl failover@\r\n# Update the DNS record db.internal'
            WHEN 'Wiki' THEN E'h1. Welcome\r\n\r\n* [[Release process]]\r\n* [[Deployment]]\r\n* [[On-call rota]]\r\n* [[Coding guidelines]]'
            WHEN 'Architecture' THEN E'h1. Architecture\r\n\r\nThe API (Rails) talks to PostgreSQL 15 and Redis; workers run on Sidekiq. Events go to the billing service over RabbitMQ.'
            ELSE CASE WHEN w.title LIKE 'Meeting_notes%' THEN E'h1. Weekly sync\r\n\r\nPresent: ' || fixture_gen.full_name('mn1', w.id) || ', ' || fixture_gen.full_name('mn2', w.id) || ', ' || fixture_gen.full_name('mn3', w.id)
                || E'\r\n\r\n* Release 5.3 slips a week\r\n* ' || fixture_gen.first_name('mn2', w.id) || E' is on parental leave from June\r\n* Hiring: two backend roles open'
                ELSE E'h1. ' || replace(w.title, '_', ' ') || E'\r\n\r\nTo be written. Ask in #dev if unsure.' END END,
       fixture_gen.pick(ARRAY['', '', 'typo', 'updated phone numbers', 'added ' || fixture_gen.first_name('wcc', w.id) || ' to the rota', 'new section'], 'wcc', w.id),
       fixture_gen.ts('wcu', w.id), 1 + w.id % 9
FROM wiki_pages w;

CREATE TABLE news (
    id serial PRIMARY KEY, project_id integer, title varchar(60) DEFAULT '' NOT NULL, summary varchar(255) DEFAULT '', description text, author_id integer DEFAULT 0 NOT NULL,
    created_on timestamp, comments_count integer DEFAULT 0 NOT NULL
);
INSERT INTO news (project_id, title, summary, description, author_id, created_on, comments_count)
SELECT CASE WHEN k % 3 = 0 THEN 6 ELSE 1 END, v.title, v.summary, v.descr, 13 + fixture_gen.n('nwa', k, 138), fixture_gen.ts('nwc', k), k % 3
FROM generate_series(1, 24) k,
LATERAL (SELECT * FROM (VALUES
    (0, 'Release 5.' || k || ' is live', 'Deployed to production on ' || to_char(fixture_gen.ts('nwc', k), 'YYYY-MM-DD'), E'Highlights:\r\n* CSV export\r\n* Faster search\r\n\r\nSee the changelog in the wiki.'),
    (1, 'Maintenance window Saturday', 'Database upgrade, 30 minutes of downtime', E'We upgrade PostgreSQL on Saturday 22:00 CET. The API will return 503 for up to 30 minutes.'),
    (2, 'Welcome ' || fixture_gen.first_name('nwn', k) || '!', fixture_gen.full_name('nwn', k) || ' joins the ' || fixture_gen.pick(ARRAY['backend', 'mobile', 'support'], 'nwt', k) || ' team',
        fixture_gen.full_name('nwn', k) || E' starts on Monday. Before Fernhill ' || fixture_gen.first_name('nwn', k) || ' worked at ' || fixture_gen.pick(ARRAY['a logistics start-up in Lagos', 'a bank in Kraków', 'a games studio in Osaka'], 'nww', k) || '. Say hello!')
) t(m, title, summary, descr) WHERE t.m = k % 3) v;

-- Doorkeeper (Redmine 5.1): application secrets hashed with bcrypt, tokens with SHA-256.
CREATE TABLE oauth_applications (
    id bigserial PRIMARY KEY, name varchar NOT NULL, uid varchar NOT NULL, secret varchar NOT NULL, redirect_uri text NOT NULL, scopes varchar DEFAULT '' NOT NULL,
    confidential boolean DEFAULT true NOT NULL, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
INSERT INTO oauth_applications (name, uid, secret, redirect_uri, scopes, confidential, created_at, updated_at)
SELECT n, fixture_gen.chars('oau', k, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), fixture_gen.bcrypt('oas', k), r, s, k <> 3, fixture_gen.ts('oac', k), fixture_gen.ts('oac', k)
FROM (VALUES (1, 'Time tracker (Toggl sync)', 'https://sync.fernhill.example/oauth/callback', 'view_issues view_time_entries log_time'),
    (2, 'Grafana annotations', 'https://grafana.fernhill.example/login/generic_oauth', 'view_issues view_project'),
    (3, 'Redmine mobile (RedminePM)', 'urn:ietf:wg:oauth:2.0:oob', 'view_issues add_issues edit_issues add_issue_notes view_wiki_pages')) v(k, n, r, s);

CREATE TABLE oauth_access_tokens (
    id bigserial PRIMARY KEY, resource_owner_id bigint, application_id bigint NOT NULL, token varchar NOT NULL, refresh_token varchar, expires_in integer,
    scopes varchar, created_at timestamp(6) NOT NULL, revoked_at timestamp(6), previous_refresh_token varchar DEFAULT '' NOT NULL
);
INSERT INTO oauth_access_tokens (resource_owner_id, application_id, token, refresh_token, expires_in, scopes, created_at, revoked_at, previous_refresh_token)
SELECT 13 + fixture_gen.n('oto', k, 138), 1 + k % 3, encode(sha256(convert_to('otk' || k, 'UTF8')), 'hex'), encode(sha256(convert_to('otr' || k, 'UTF8')), 'hex'), 7200,
       (ARRAY['view_issues view_time_entries log_time', 'view_issues view_project', 'view_issues add_issues edit_issues add_issue_notes view_wiki_pages'])[1 + k % 3],
       fixture_gen.ts('otc', k), CASE WHEN k % 4 = 0 THEN fixture_gen.ts('otc', k) + interval '2 hours' END, CASE WHEN k % 5 = 0 THEN encode(sha256(convert_to('otp' || k, 'UTF8')), 'hex') ELSE '' END
FROM generate_series(1, 70) k;

CREATE TABLE schema_migrations (version varchar PRIMARY KEY);
INSERT INTO schema_migrations SELECT k::text FROM generate_series(1, 108) k
UNION ALL SELECT to_char(timestamp '2009-02-14 19:03:37' + make_interval(days => k * 18, secs => fixture_gen.n('smg', k, 86400)), 'YYYYMMDDHH24MISS') FROM generate_series(1, 300) k
UNION ALL SELECT k || '-redmine_agile' FROM generate_series(1, 12) k
UNION ALL SELECT k || '-redmine_messenger' FROM generate_series(1, 4) k;

CREATE TABLE ar_internal_metadata (key varchar PRIMARY KEY, value varchar, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2019-04-01 10:12:55.418201', '2019-04-01 10:12:55.418201');

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
