-- classify-eval fixture (HOLDOUT 13, with supabase: written by someone who had
-- not seen the classifier, labelled by what its columns hold; never tune
-- against it): an Atlassian Jira Software 9 Data Center database on
-- PostgreSQL with Jira Service Management, in Jira's own naming: the
-- entity-engine tables in lower case run-together names (jiraissue,
-- jiraaction, changegroup, changeitem, customfieldvalue, propertyentry,
-- cwd_user...), numeric(18,0) ids, varchar(255) and text, timestamptz, and
-- the add-ons' Active Objects tables in quoted UPPER_CASE with a hashed
-- prefix ("AO_60DB71_RAPIDVIEW", "AO_C77861_AUDIT_ENTITY"...), bigint epoch
-- milliseconds. The instance of "Corvane", an IT managed-services company:
-- about 220 staff synced from Active Directory (service desk agents,
-- engineers, an HR team running new-starter onboarding in Jira) and 1,680
-- customers of 40 client companies who raise requests on the portal or by
-- email. User keys are JIRAUSER<id> for accounts created since Jira 8 and
-- the lower-cased username for older ones: a login for early staff, the
-- email address for early customers, so every column that holds a user key
-- (reporter, assignee, author, lead, USER_KEY...) holds some logins and
-- emails. PKCS5S2 password hashes, 'nopass' for AD users, login counters
-- and a provisioning script's phones and managers among the user
-- attributes; the AD bind password in clear among the directory
-- attributes; requests whose summaries and descriptions carry customers'
-- names, phones, emails, signatures and laptops' asset tags; onboarding
-- issues with new starters' home addresses, personal mobiles and start
-- dates; comments and work log notes; the change history of every field
-- (assignees' display names, customers' phones and emails in custom fields,
-- old descriptions); custom field values (phones, contract ids, request
-- participants, hire dates, SLA JSON, free text); attachments named after
-- people; property tables mixing global settings with users' jira.meta
-- phones and plugin settings holding a Slack bot token and an application
-- link's password; the SMTP and IMAP passwords; OAuth 1 consumers with the
-- host's private key and service-provider tokens; remember-me tokens,
-- personal access tokens, an OAuth 2 client secret, user invitations;
-- webhooks whose URL is the secret; DVCS connectors with a GitHub token and
-- commits with their authors; the JSM mail channel's raw MIME messages;
-- both audit logs (the legacy audit_log and the audit plugin's JSON with
-- IPs and changed emails); saved filters whose JQL names people; and the
-- lookup, scheme, dashboard, board, licence, cluster and upgrade tables
-- that hold no personal data.
-- Loaded after ../helpers.sql; labels in labels.tsv.

SET jit = off;
SET client_min_messages = warning;
CREATE SCHEMA jgen;

-- ts: a time in 2021-2024 to the millisecond (STABLE, so that it is inlined).
CREATE FUNCTION jgen.ts(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql STABLE AS $$ SELECT timestamptz '2021-01-01 00:00:00+00' + (fixture_gen.n(tag, i, 126000000)::bigint * 1000 + fixture_gen.n(tag || 'ms', i, 1000)) * interval '1 millisecond' $$;

-- dg: len (<= 64) decimal digits; tok: len random-looking [A-Za-z0-9] characters.
CREATE FUNCTION jgen.dg(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(md5(tag || ':' || i) || md5(tag || '+' || i), 'abcdef', '719384'), 1, len) $$;

CREATE FUNCTION jgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 8), '+/=', ''), 1, len) $$;

-- phone: as fixture_gen.phone, in the same national formats, but cheaper.
CREATE FUNCTION jgen.phone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 7)
    WHEN 0 THEN '+1 (' || (201 + fixture_gen.n(tag || 'a', i, 700))::text || ') ' || (201 + fixture_gen.n(tag || 'b', i, 700))::text || '-' || jgen.dg(tag, i, 4)
    WHEN 1 THEN '+44 7' || jgen.dg(tag, i, 3) || ' ' || jgen.dg(tag || 'b', i, 6)
    WHEN 2 THEN '+49 30 ' || jgen.dg(tag, i, 8)
    WHEN 3 THEN '+33 6 ' || regexp_replace(jgen.dg(tag, i, 8), '(..)(..)(..)(..)', '\1 \2 \3 \4')
    WHEN 4 THEN '+91 9' || jgen.dg(tag, i, 4) || ' ' || jgen.dg(tag || 'b', i, 5)
    WHEN 5 THEN '07' || jgen.dg(tag, i, 3) || ' ' || jgen.dg(tag || 'b', i, 6)
    ELSE '+81-90-' || jgen.dg(tag, i, 4) || '-' || jgen.dg(tag || 'b', i, 4) END
$$;

CREATE FUNCTION jgen.ms(t timestamptz) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT (extract(epoch FROM t) * 1000)::bigint $$;

-- pk: Crowd's PKCS5S2 hash (16 bytes of salt and 32 of PBKDF2-SHA1, base64).
CREATE FUNCTION jgen.pk(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '{PKCS5' || 'S2}' || fixture_gen.b64(tag, i, 48) $$;

CREATE FUNCTION jgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT trim(both '-' from regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçıışğÁÉÍÓÚÖÜÇŞ&', 'aeiouaeiouaeiouaeiouaoncıisgAEIOUOUCS ')), '[^a-z0-9]+', '-', 'g')) $$;

CREATE FUNCTION jgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'], tag, i)
$$;

-- Client companies of the service desk.
CREATE TABLE jgen.org AS
SELECT o, nm, jgen.slug(nm) || '.example' AS domain
FROM unnest(ARRAY['Harbourview Logistics', 'Ostrander Dental Group', 'Kallio & Partners Legal', 'Meridian Home Care', 'Bellweather Architects', 'Rosslyn Academy Trust',
    'Tamarind Foods', 'Halden Engineering', 'Quayle Insurance Brokers', 'Sankofa Media', 'Vireo Pharmacy', 'Northgate Property', 'Lindqvist Shipping', 'Cobalt Ridge Mining',
    'Fenwick Accountants', 'Aurelia Hotels', 'Greywater Brewing', 'Mistral Travel', 'Pinecrest Veterinary', 'Orchid Clinic', 'Sato Precision', 'Brennan Construction',
    'Kiteline Charity', 'Ashdown Recruitment', 'Verdant Energy', 'Lumen Opticians', 'Castlegate Solicitors', 'Ember Bakery Co', 'Ironbridge Fitness', 'Polaris Freight',
    'Juniper Schools', 'Marigold Events', 'Redfern Motors', 'Saffron Restaurants', 'Thistle Housing', 'Wexford Print', 'Yarrow Nurseries', 'Zenith Labs',
    'Azure Coast Marinas', 'Bramble Publishing']) WITH ORDINALITY t(nm, o);

-- People: 1 the local admin, 2 the automation account, 3-12 HR, 13-60 service
-- desk agents, 61-220 engineers (AD), 221-1900 customers (internal directory).
CREATE TABLE jgen.u AS
SELECT i, f AS first, l AS last,
       CASE WHEN i > 220 AND fixture_gen.n('jorg', i, 4) <> 0 THEN 1 + fixture_gen.n('jorgn', i, 40) END AS org,
       CASE WHEN i <= 2 THEN 1 ELSE CASE WHEN i <= 220 THEN 10000 ELSE 1 END END AS dir,
       jgen.phone('jph', i) AS phone
FROM (SELECT i, CASE i WHEN 1 THEN 'Jira' WHEN 2 THEN 'Automation' ELSE fixture_gen.first_name('jf', i) END AS f,
             CASE i WHEN 1 THEN 'Administrator' WHEN 2 THEN 'for Jira' ELSE fixture_gen.last_name('jl', i) END AS l
      FROM generate_series(1, 1900) i) x;
ALTER TABLE jgen.u ADD COLUMN uname text, ADD COLUMN email text, ADD COLUMN dname text, ADD COLUMN ukey text, ADD COLUMN uid numeric, ADD COLUMN aid numeric, ADD COLUMN title text;
UPDATE jgen.u u SET uname = CASE WHEN i = 1 THEN 'jira-admin' WHEN i = 2 THEN 'svc-automation' WHEN i <= 220 THEN substr(fixture_gen.ascii(first), 1, 1) || fixture_gen.ascii(last) END,
                    email = CASE WHEN i = 1 THEN 'jira-admin@corvane.example' WHEN i = 2 THEN 'automation@corvane.example'
                                 WHEN i <= 220 THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@corvane.example'
                                 WHEN org IS NOT NULL THEN CASE WHEN i % 3 = 0 THEN substr(fixture_gen.ascii(first), 1, 1) || '.' || fixture_gen.ascii(last) ELSE fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) END
                                      || '@' || (SELECT domain FROM jgen.org WHERE o = u.org)
                                 ELSE fixture_gen.ascii(first) || fixture_gen.pick(ARRAY['.', '_', '', '.'], 'jces', i) || fixture_gen.ascii(last) || CASE WHEN i % 3 = 0 THEN (i % 97)::text ELSE '' END || '@'
                                      || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'proton.me', 'icloud.com', 'libero.it', 'hotmail.com', 'gmx.de'], 'jced', i) END;
UPDATE jgen.u u SET uname = u.uname || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY uname ORDER BY i) AS rn FROM jgen.u WHERE i <= 220) d WHERE d.i = u.i AND d.rn > 1;
UPDATE jgen.u u SET email = replace(u.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM jgen.u) d WHERE d.i = u.i AND d.rn > 1;
UPDATE jgen.u SET uname = lower(email) WHERE i > 220;
UPDATE jgen.u SET dname = CASE WHEN i > 220 AND i % 10 = 3 THEN email WHEN i BETWEEN 3 AND 220 AND i % 29 = 0 THEN first || ' ' || last || ' (Contractor)' ELSE first || ' ' || last END,
                  uid = 10100 + i, aid = 10000 + i,
                  ukey = CASE WHEN i <= 120 OR i BETWEEN 221 AND 520 THEN lower(uname) ELSE 'JIRAUSER' || (10000 + i) END,
                  title = CASE WHEN i BETWEEN 3 AND 12 THEN fixture_gen.pick(ARRAY['People Partner', 'HR Coordinator', 'Talent Acquisition Lead', 'Head of People'], 'jtt', i)
                               WHEN i BETWEEN 13 AND 60 THEN fixture_gen.pick(ARRAY['Service Desk Analyst', 'Senior Service Desk Analyst', '2nd Line Engineer', 'Field Engineer', 'Service Delivery Manager'], 'jtt', i)
                               WHEN i > 60 AND i <= 220 THEN fixture_gen.pick(ARRAY['Software Engineer', 'Senior Software Engineer', 'SRE', 'QA Engineer', 'Engineering Manager', 'Data Engineer', 'Security Analyst', 'Product Owner'], 'jtt', i) END;
CREATE UNIQUE INDEX ON jgen.u (i);

-- Issues: ITSD (customer desk), HELP (internal IT), ONB (onboarding), then the software projects.
CREATE TABLE jgen.iss AS
SELECT k, 10000 + k AS id, p.pid, p.pkey, p.kind,
       row_number() OVER (PARTITION BY p.pid ORDER BY k) AS num,
       CASE p.kind WHEN 'itsd' THEN 221 + fixture_gen.n('jrep', k, 1680) WHEN 'onb' THEN 3 + fixture_gen.n('jrep', k, 10) ELSE 3 + fixture_gen.n('jrep', k, 218) END AS rep,
       CASE WHEN fixture_gen.n('jnoasg', k, 9) = 0 THEN NULL
            WHEN p.kind IN ('itsd', 'help') THEN 13 + fixture_gen.n('jasg', k, 48) WHEN p.kind = 'onb' THEN 3 + fixture_gen.n('jasg', k, 10) ELSE 61 + fixture_gen.n('jasg', k, 160) END AS asg,
       jgen.ts('jicr', k) AS created,
       fixture_gen.n('jst', k, 10) AS st
FROM generate_series(1, 3000) k,
LATERAL (SELECT * FROM (VALUES (1, 1200, 10003, 'ITSD', 'itsd'), (1201, 1600, 10004, 'HELP', 'help'), (1601, 1750, 10005, 'ONB', 'onb'), (1751, 2150, 10000, 'PLAT', 'dev'),
    (2151, 2400, 10001, 'MOB', 'dev'), (2401, 2650, 10002, 'OPS', 'dev'), (2651, 2750, 10006, 'SEC', 'dev'), (2751, 2900, 10007, 'DATA', 'dev'), (2901, 3000, 10008, 'WEB', 'dev'))
    v(lo, hi, pid, pkey, kind) WHERE k BETWEEN lo AND hi) p;
CREATE UNIQUE INDEX ON jgen.iss (k);
-- new starters of onboarding issues
CREATE TABLE jgen.ns AS
SELECT k, fixture_gen.first_name('jns', k) AS first, fixture_gen.last_name('jnsl', k) AS last,
       fixture_gen.pick(ARRAY['Software Engineer', 'Service Desk Analyst', 'Field Engineer', 'Account Manager', 'Data Engineer', 'QA Engineer', 'Finance Assistant', 'Office Manager'], 'jnst', k) AS title,
       date '2022-01-10' + 7 * fixture_gen.n('jnsd', k, 150) AS start,
       fixture_gen.street('jnsa', k) AS street, fixture_gen.postcode('jnsa', k) AS pc, fixture_gen.city('jnsa', k) AS city, jgen.phone('jnsp', k) AS mobile,
       fixture_gen.birth_date('jnsb', k) AS dob
FROM generate_series(1601, 1750) k;

-- ---------------------------------------------------------------- users and directories
CREATE TABLE cwd_directory (
    id numeric(18,0) PRIMARY KEY, directory_name varchar(255), lower_directory_name varchar(255), created_date timestamptz, updated_date timestamptz,
    active numeric(9,0), description varchar(255), impl_class varchar(255), lower_impl_class varchar(255), directory_type varchar(60), directory_position numeric(18,0)
);
INSERT INTO cwd_directory VALUES
 (1, 'Jira Internal Directory', 'jira internal directory', '2019-02-04 10:12:44.103+00', '2023-06-12 08:01:10.554+00', 1, 'Jira default internal directory',
  'com.atlassian.crowd.directory.InternalDirectory', 'com.atlassian.crowd.directory.internaldirectory', 'INTERNAL', 1),
 (10000, 'Corvane Active Directory', 'corvane active directory', '2019-02-05 14:40:02.871+00', '2024-03-18 09:22:51.006+00', 1, 'corp.corvane.example, read only, staff OU only',
  'com.atlassian.crowd.directory.MicrosoftActiveDirectory', 'com.atlassian.crowd.directory.microsoftactivedirectory', 'CONNECTOR', 0);

-- Directory settings: the LDAP URL, base DN, the bind account and its password in clear.
CREATE TABLE cwd_directory_attribute (
    directory_id numeric(18,0) NOT NULL, attribute_name varchar(255) NOT NULL, attribute_value varchar(255), PRIMARY KEY (directory_id, attribute_name)
);
INSERT INTO cwd_directory_attribute
SELECT 10000, n, v FROM (VALUES
  ('ldap.url', 'ldaps://dc01.corp.corvane.example:636'), ('ldap.basedn', 'DC=corp,DC=corvane,DC=example'),
  ('ldap.userdn', 'CN=svc-jira-ldap,OU=Service Accounts,DC=corp,DC=corvane,DC=example'),
  ('ldap.password', 'Vx7' || fixture_gen.chars('jldpw', 1, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789') || '!'),
  ('ldap.secure', 'true'), ('ldap.referral', 'true'), ('ldap.pagedresults', 'true'), ('ldap.pagedresults.size', '1000'), ('ldap.nestedgroups', 'true'),
  ('ldap.user.dn', 'OU=Staff,OU=Corvane'), ('ldap.user.filter', '(&(objectCategory=Person)(sAMAccountName=*)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))'),
  ('ldap.user.objectclass', 'user'), ('ldap.user.username', 'sAMAccountName'), ('ldap.user.username.rdn', 'cn'), ('ldap.user.firstname', 'givenName'),
  ('ldap.user.lastname', 'sn'), ('ldap.user.displayname', 'displayName'), ('ldap.user.email', 'mail'), ('ldap.user.password', 'unicodePwd'),
  ('ldap.user.group', 'memberOf'), ('ldap.external.id', 'objectGUID'), ('ldap.group.dn', 'OU=Groups,OU=Corvane'), ('ldap.group.filter', '(objectCategory=Group)'),
  ('ldap.group.name', 'cn'), ('ldap.group.description', 'description'), ('ldap.group.usernames', 'member'), ('ldap.read.timeout', '120000'), ('ldap.search.timelimit', '60000'),
  ('ldap.connection.timeout', '10000'), ('ldap.pool.timeout', '0'), ('directory.cache.synchronise.interval', '3600'), ('crowd.sync.incremental.enabled', 'true'),
  ('ldap.local.groups', 'false'), ('autoAddGroups', 'jira-software-users'), ('ldap.roles.disabled', 'true'), ('localUserStatusEnabled', 'false'),
  ('com.atlassian.crowd.directory.sync.laststartsynctime', '1718787600412'), ('com.atlassian.crowd.directory.sync.lastdurationms', '8431'),
  ('com.atlassian.crowd.directory.sync.currentstartsynctime', NULL), ('useMemberOfAttribute', 'true'), ('ldap.activedirectory.use_member_of', 'true')) v(n, v)
UNION ALL
SELECT 1, n, v FROM (VALUES ('user_encryption_method', 'atlassian-security'), ('password_history_count', '0'), ('password_max_attempts', '0'), ('password_max_change_time', '0'),
  ('password_regex', ''), ('password_complexity_message', ''), ('useNestedGroups', 'true'), ('autoAddGroups', '')) v(n, v);

CREATE TABLE cwd_user (
    id numeric(18,0) PRIMARY KEY, directory_id numeric(18,0), user_name varchar(255), lower_user_name varchar(255), active numeric(9,0), created_date timestamptz,
    updated_date timestamptz, first_name varchar(255), lower_first_name varchar(255), last_name varchar(255), lower_last_name varchar(255), display_name varchar(255),
    lower_display_name varchar(255), email_address varchar(255), lower_email_address varchar(255), credential varchar(255), deleted_externally numeric(9,0), external_id varchar(255)
);
INSERT INTO cwd_user
SELECT u.uid, u.dir, u.uname, lower(u.uname), CASE WHEN u.i % 41 = 7 THEN 0 ELSE 1 END, jgen.ts('jucr', u.i) - interval '3 years', jgen.ts('jucr', u.i) + make_interval(days => u.i % 300),
       u.first, lower(u.first), u.last, lower(u.last), u.dname, lower(u.dname), u.email, lower(u.email),
       CASE WHEN u.dir = 10000 THEN 'nopass' ELSE jgen.pk('jcred', u.i) END,
       CASE WHEN u.dir = 10000 THEN 0 END,
       CASE WHEN u.dir = 10000 THEN fixture_gen.uuid('jguid', u.i) ELSE fixture_gen.uuid('jextid', u.i) END
FROM jgen.u u;

-- Crowd's per-user attributes: login counters, password state, and what the
-- provisioning script writes through the Crowd REST API (phones, managers).
CREATE TABLE cwd_user_attributes (
    id numeric(18,0) PRIMARY KEY, user_id numeric(18,0), directory_id numeric(18,0), attribute_name varchar(255), attribute_value varchar(255), lower_attribute_value varchar(255)
);
INSERT INTO cwd_user_attributes
SELECT 10000 + row_number() OVER (ORDER BY a.i, a.ord), a.uid, a.dir, a.name, a.val, lower(a.val)
FROM (
  SELECT u.i, u.uid, u.dir, v.ord, v.name, CASE v.ord WHEN 1 THEN l.last WHEN 2 THEN l.last - 3600000 * (2 + u.i % 200) WHEN 3 THEN 1 + fixture_gen.n('jlc', u.i, CASE WHEN u.i <= 220 THEN 2400 ELSE 40 END)
                                                      ELSE l.last - 1000 * (u.i % 50) END::text AS val
  FROM jgen.u u, LATERAL (SELECT jgen.ms(jgen.ts('jll', u.i)) AS last) l,
       (VALUES (1, 'login.lastLoginMillis'), (2, 'login.previousLoginMillis'), (3, 'login.count'), (4, 'lastAuthenticated')) v(ord, name)
  WHERE u.i % 13 <> 5 AND (v.ord <> 2 OR u.i % 4 <> 0)
  UNION ALL
  SELECT u.i, u.uid, u.dir, v.ord, v.name, CASE v.ord WHEN 5 THEN jgen.ms(jgen.ts('jpwc', u.i))::text WHEN 6 THEN CASE WHEN u.i % 31 = 0 THEN 'true' ELSE 'false' END ELSE (u.i % 3)::text END
  FROM jgen.u u, (VALUES (5, 'passwordLastChanged'), (6, 'requiresPasswordChange'), (7, 'invalidPasswordAttempts')) v(ord, name)
  WHERE u.dir = 1 AND (v.ord <> 7 OR u.i % 5 = 0)
  UNION ALL
  SELECT u.i, u.uid, u.dir, v.ord, v.name, CASE v.ord WHEN 8 THEN (u.i % 4)::text WHEN 9 THEN (jgen.ms(jgen.ts('jll', u.i)) - 86400000 * (u.i % 9))::text ELSE (u.i % 17)::text END
  FROM jgen.u u, (VALUES (8, 'login.currentFailedCount'), (9, 'login.lastFailedLoginMillis'), (10, 'login.totalFailedCount')) v(ord, name)
  WHERE u.i % 6 = 0
  UNION ALL SELECT i, uid, dir, 11, 'autoGroupsAdded', 'true' FROM jgen.u WHERE dir = 10000
  UNION ALL SELECT i, uid, dir, 12, 'phone', regexp_replace(phone, '^\+44 7', '+44 20 7') FROM jgen.u WHERE i BETWEEN 3 AND 220 AND i % 3 <> 0
  UNION ALL SELECT i, uid, dir, 13, 'mobile', jgen.phone('jmob', i) FROM jgen.u WHERE i BETWEEN 3 AND 220 AND i % 2 = 0
  UNION ALL SELECT u.i, u.uid, u.dir, 14, 'manager', m.first || ' ' || m.last FROM jgen.u u JOIN jgen.u m ON m.i = 3 + (u.i * 7) % 58 WHERE u.i BETWEEN 13 AND 220 AND u.i % 4 <> 1
  UNION ALL SELECT i, uid, dir, 15, 'department', CASE WHEN i <= 12 THEN 'People' WHEN i <= 60 THEN 'Service Desk' ELSE (ARRAY['Platform', 'Mobile', 'Operations', 'Security', 'Data'])[1 + i % 5] END FROM jgen.u WHERE i BETWEEN 3 AND 220
  UNION ALL SELECT i, uid, dir, 16, 'employeeNumber', 'E' || lpad((1000 + i * 3)::text, 5, '0') FROM jgen.u WHERE i BETWEEN 3 AND 220 AND i % 5 <> 2
  UNION ALL SELECT i, uid, dir, 17, 'phone', phone FROM jgen.u WHERE i > 220 AND i % 9 = 0
  UNION ALL SELECT i, uid, dir, 18, 'com.atlassian.servicedesk.customer.source', CASE WHEN i % 3 = 0 THEN 'email' ELSE 'portal-signup' END FROM jgen.u WHERE i > 220 AND i % 4 = 1
) a;

CREATE TABLE cwd_group (
    id numeric(18,0) PRIMARY KEY, group_name varchar(255), lower_group_name varchar(255), active numeric(9,0), local numeric(9,0), created_date timestamptz, updated_date timestamptz,
    description varchar(255), lower_description varchar(255), group_type varchar(60), directory_id numeric(18,0)
);
INSERT INTO cwd_group
SELECT 10000 + k, g, lower(g), 1, 0, timestamptz '2019-02-05 15:00:00+00' + make_interval(days => k * 37), timestamptz '2023-11-02 09:00:00+00' + make_interval(days => k),
       ds, lower(ds), 'GROUP', d
FROM (VALUES (1, 'jira-administrators', 10000, 'Jira system administrators'), (2, 'jira-software-users', 10000, NULL), (3, 'jira-servicemanagement-users', 10000, 'Agents licence'),
             (4, 'jira-core-users', 1, NULL), (5, 'corvane-staff', 10000, 'All employees'), (6, 'service-desk-agents', 10000, 'ITSD and HELP queues'),
             (7, 'service-desk-leads', 10000, 'Can approve goodwill and escalations'), (8, 'people-team', 10000, 'HR: onboarding and offboarding'), (9, 'engineering', 10000, 'All engineers'),
             (10, 'platform-team', 10000, NULL), (11, 'mobile-team', 10000, NULL), (12, 'ops-oncall', 10000, 'Paged out of hours'), (13, 'security-team', 10000, 'SOC and AppSec'),
             (14, 'data-team', 10000, NULL), (15, 'contractors', 10000, 'Fixed-term contractors, no access to HR projects'), (16, 'jira-servicedesk-customers-legacy', 1, 'Pre-2020 customer accounts, do not use'),
             (17, 'confluence-users', 10000, NULL), (18, 'bitbucket-users', 10000, NULL), (19, 'release-managers', 10000, 'Can release versions'), (20, 'site-admins', 1, 'Emergency local admins')) v(k, g, d, ds);

CREATE TABLE cwd_membership (
    id numeric(18,0) PRIMARY KEY, parent_id numeric(18,0), child_id numeric(18,0), membership_type varchar(60), group_type varchar(60), parent_name varchar(255),
    lower_parent_name varchar(255), child_name varchar(255), lower_child_name varchar(255), directory_id numeric(18,0)
);
INSERT INTO cwd_membership
SELECT 10000 + row_number() OVER (ORDER BY u.i, g.id), g.id, u.uid, 'GROUP_USER', 'GROUP', g.group_name, g.lower_group_name, u.uname, lower(u.uname), g.directory_id
FROM jgen.u u JOIN cwd_group g ON
     (g.group_name IN ('site-admins', 'jira-core-users') AND u.i IN (1, 2))
  OR (g.group_name = 'jira-administrators' AND u.i IN (14, 62, 75, 118))
  OR (g.group_name IN ('corvane-staff', 'jira-software-users', 'confluence-users') AND u.i BETWEEN 3 AND 220)
  OR (g.group_name IN ('jira-servicemanagement-users', 'service-desk-agents') AND u.i BETWEEN 13 AND 60)
  OR (g.group_name = 'service-desk-leads' AND u.i BETWEEN 13 AND 60 AND u.i % 8 = 0)
  OR (g.group_name = 'people-team' AND u.i BETWEEN 3 AND 12)
  OR (g.group_name IN ('engineering', 'bitbucket-users') AND u.i BETWEEN 61 AND 220)
  OR (g.group_name = 'platform-team' AND u.i BETWEEN 61 AND 220 AND u.i % 5 = 0)
  OR (g.group_name = 'mobile-team' AND u.i BETWEEN 61 AND 220 AND u.i % 5 = 1)
  OR (g.group_name = 'ops-oncall' AND u.i BETWEEN 61 AND 220 AND u.i % 5 = 2)
  OR (g.group_name = 'security-team' AND u.i BETWEEN 61 AND 220 AND u.i % 10 = 3)
  OR (g.group_name = 'data-team' AND u.i BETWEEN 61 AND 220 AND u.i % 10 = 8)
  OR (g.group_name = 'contractors' AND u.i BETWEEN 3 AND 220 AND u.i % 29 = 0)
  OR (g.group_name = 'release-managers' AND u.i BETWEEN 61 AND 220 AND u.i % 17 = 0)
WHERE g.directory_id = u.dir;

-- Applications allowed to use Jira as their user server (Crowd's embedded one first).
CREATE TABLE cwd_application (
    id numeric(18,0) PRIMARY KEY, application_name varchar(255), lower_application_name varchar(255), created_date timestamptz, updated_date timestamptz, active numeric(9,0),
    description varchar(255), application_type varchar(255), credential varchar(255)
);
INSERT INTO cwd_application VALUES
 (1, 'crowd-embedded', 'crowd-embedded', '2019-02-04 10:12:44.1+00', '2019-02-04 10:12:44.1+00', 1, '', 'CROWD', 'X'),
 (10000, 'confluence', 'confluence', '2019-03-01 11:20:09.5+00', '2023-09-14 16:02:33.9+00', 1, 'Confluence (wiki.corvane.example) uses Jira for users', 'CONFLUENCE', jgen.pk('jappcred', 1)),
 (10001, 'bitbucket', 'bitbucket', '2020-06-22 08:41:51.2+00', '2020-06-22 08:41:51.2+00', 0, 'Replaced by Bitbucket Cloud in 2022', 'STASH', jgen.pk('jappcred', 2));

CREATE TABLE app_user (id numeric(18,0) PRIMARY KEY, user_key varchar(255), lower_user_name varchar(255));
INSERT INTO app_user SELECT aid, ukey, lower(uname) FROM jgen.u;

-- ---------------------------------------------------------------- projects and lookups
CREATE TABLE project (
    id numeric(18,0) PRIMARY KEY, pname varchar(255), url varchar(255), lead varchar(255), description text, pkey varchar(255), pcounter numeric(18,0),
    assigneetype numeric(18,0), avatar numeric(18,0), originalkey varchar(255), projecttype varchar(255)
);
INSERT INTO project
SELECT p.id, p.n, p.url, (SELECT ukey FROM jgen.u WHERE i = p.li), p.d, p.k, coalesce((SELECT max(num) FROM jgen.iss WHERE pid = p.id), 0), p.at, p.av, p.k, p.t
FROM (VALUES
 (10000, 'Platform', 'https://confluence.corvane.example/display/PLAT', 65, 'The multi-tenant platform behind the Corvane client portal: identity, billing, the API gateway and tenant provisioning. Roadmap and ADRs live in Confluence.', 'PLAT', 3, 10324, 'software'),
 (10001, 'Mobile Apps', NULL, 71, 'Corvane Connect for iOS and Android: ticket raising, push notifications and MFA approvals for client staff.', 'MOB', 2, 10411, 'software'),
 (10002, 'Operations', NULL, 77, 'Infrastructure, monitoring, patching and backups for the managed estates of our clients. Change requests go through CAB on Tuesdays.', 'OPS', 2, 10325, 'software'),
 (10003, 'Corvane Service Desk', 'https://support.corvane.example', 13, 'Customer requests from our managed-service clients, by portal and email (support@corvane.example). P1 incidents: call the hotline.', 'ITSD', 3, 10500, 'service_desk'),
 (10004, 'Internal IT Help', NULL, 14, 'IT requests from Corvane staff: laptops, accounts, access, software.', 'HELP', 2, 10501, 'service_desk'),
 (10005, 'People Onboarding', NULL, 3, 'New starters, movers and leavers. Restricted to the people team and hiring managers.', 'ONB', 2, 10520, 'business'),
 (10006, 'Security', NULL, 93, 'Security findings, pen-test remediation and SOC escalations. Issue security level "SOC only" by default.', 'SEC', 2, 10326, 'software'),
 (10007, 'Data Engineering', NULL, 88, 'Pipelines into the reporting warehouse and the client SLA dashboards.', 'DATA', 2, 10327, 'software'),
 (10008, 'Client Websites', 'https://www.corvane.example/web-services', 99, 'Small websites we build and host for clients.', 'WEB', 3, 10328, 'software'),
 (10009, 'Archive 2019 Migration', NULL, 1, 'Read only. Issues imported from the old Redmine in 2019.', 'ARCH', 3, 10329, 'software')) p(id, n, url, li, d, k, at, av, t);

CREATE TABLE issuestatus (id varchar(60) PRIMARY KEY, sequence numeric(18,0), pname varchar(60), description text, iconurl varchar(255), statuscategory numeric(18,0));
INSERT INTO issuestatus VALUES ('1', 1, 'Open', 'The issue is open and ready for the assignee to start work on it.', '/images/icons/statuses/open.png', 2),
 ('3', 3, 'In Progress', 'This issue is being actively worked on at the moment by the assignee.', '/images/icons/statuses/inprogress.png', 4),
 ('4', 4, 'Reopened', 'This issue was once resolved, but the resolution was deemed incorrect.', '/images/icons/statuses/reopened.png', 2),
 ('5', 5, 'Resolved', 'A resolution has been taken, and it is awaiting verification by reporter.', '/images/icons/statuses/resolved.png', 3),
 ('6', 6, 'Closed', 'The issue is considered finished, the resolution is correct.', '/images/icons/statuses/closed.png', 3),
 ('10000', 7, 'To Do', '', '/images/icons/status_generic.gif', 2), ('10001', 8, 'Done', '', '/images/icons/status_generic.gif', 3),
 ('10100', 9, 'Waiting for support', 'This was auto-generated by Jira Service Management during workflow import', '/images/icons/status_generic.gif', 2),
 ('10101', 10, 'Waiting for customer', 'This was auto-generated by Jira Service Management during workflow import', '/images/icons/status_generic.gif', 4),
 ('10102', 11, 'Pending', 'Waiting on a third party (vendor, carrier, client IT).', '/images/icons/status_generic.gif', 4),
 ('10103', 12, 'Escalated', 'Passed to 2nd line or the on-call engineer.', '/images/icons/status_generic.gif', 4),
 ('10104', 13, 'Canceled', '', '/images/icons/status_generic.gif', 3), ('10200', 14, 'In Review', 'Code review or CAB review.', '/images/icons/status_generic.gif', 4);

CREATE TABLE priority (id varchar(60) PRIMARY KEY, sequence numeric(18,0), pname varchar(60), description text, iconurl varchar(255), status_color varchar(60));
INSERT INTO priority VALUES ('1', 1, 'Highest', 'P1: service down for a whole client, call the hotline.', '/images/icons/priorities/highest.svg', '#d04437'),
 ('2', 2, 'High', 'P2: a team cannot work.', '/images/icons/priorities/high.svg', '#f15C75'), ('3', 3, 'Medium', 'P3: one person cannot work, or a workaround exists.', '/images/icons/priorities/medium.svg', '#f79232'),
 ('4', 4, 'Low', 'P4: minor problem or request.', '/images/icons/priorities/low.svg', '#707070'), ('5', 5, 'Lowest', 'Trivial problem with little or no impact on progress.', '/images/icons/priorities/lowest.svg', '#999999');

CREATE TABLE issuetype (id varchar(60) PRIMARY KEY, sequence numeric(18,0), pname varchar(60), pstyle varchar(60), description text, iconurl varchar(255), avatar numeric(18,0));
INSERT INTO issuetype VALUES ('10000', NULL, 'Epic', NULL, 'Created by Jira Software - do not edit or delete. Issue type for a big user story that needs to be broken down.', NULL, 10307),
 ('10001', NULL, 'Story', NULL, 'Created by Jira Software - do not edit or delete. Issue type for a user story.', NULL, 10315),
 ('10002', NULL, 'Task', NULL, 'A task that needs to be done.', NULL, 10318), ('10003', NULL, 'Sub-task', 'jira_subtask', 'The sub-task of the issue', NULL, 10316),
 ('10004', NULL, 'Bug', NULL, 'A problem which impairs or prevents the functions of the product.', NULL, 10303),
 ('10100', NULL, 'IT Help', NULL, 'For general IT problems and questions. Created by Jira Service Management.', NULL, 10553),
 ('10101', NULL, 'Service Request', NULL, 'Created by Jira Service Management for service requests.', NULL, 10554),
 ('10102', NULL, 'Incident', NULL, 'For system outages or incidents. Created by Jira Service Management.', NULL, 10555),
 ('10103', NULL, 'Change', NULL, 'For planned changes to client infrastructure. Goes to CAB.', NULL, 10556),
 ('10200', NULL, 'New Starter', NULL, 'Onboarding of a new employee or contractor.', NULL, 10560), ('10201', NULL, 'Leaver', NULL, 'Offboarding: accounts, equipment, final pay.', NULL, 10561);

CREATE TABLE component (
    id numeric(18,0) PRIMARY KEY, project numeric(18,0), cname varchar(255), description text, url varchar(255), lead varchar(255), assigneetype numeric(18,0),
    archived varchar(10), deleted varchar(10)
);
INSERT INTO component
SELECT 10000 + row_number() OVER (ORDER BY p, c), p, c, d, NULL, CASE WHEN fixture_gen.n('jcl', p * 100 + length(c), 4) <> 0 THEN (SELECT ukey FROM jgen.u WHERE i = CASE WHEN p IN (10003, 10004) THEN 13 ELSE 61 END + fixture_gen.n('jclu', p * 100 + length(c), 40)) END,
       fixture_gen.n('jcat', p + length(c), 3), CASE WHEN c LIKE '%(old)' THEN 'Y' ELSE 'N' END, 'N'
FROM (VALUES (10000, 'API Gateway', 'Kong config, rate limits, API keys for tenants'), (10000, 'Billing', 'Invoices, Stripe sync, usage metering'), (10000, 'Identity', 'SSO, SCIM, MFA'),
             (10000, 'Tenant Provisioning', NULL), (10000, 'Client Portal UI', 'React front end of support.corvane.example'), (10000, 'Notifications', 'Email, SMS and push'),
             (10001, 'iOS', NULL), (10001, 'Android', NULL), (10001, 'Push', 'APNs and FCM'), (10001, 'MFA approvals', NULL),
             (10002, 'Backups', 'Veeam and Azure Backup for client estates'), (10002, 'Monitoring', 'Zabbix, Grafana, PagerDuty'), (10002, 'Patching', 'Monthly patch windows'),
             (10002, 'Networking', 'Firewalls, VPN concentrators, SD-WAN'), (10002, 'Azure', NULL), (10002, 'AWS', NULL), (10002, 'Citrix (old)', 'Decommissioned 2023'),
             (10003, 'Microsoft 365', 'Mailboxes, Teams, SharePoint, licences'), (10003, 'Hardware', 'Laptops, desktops, docks, monitors'), (10003, 'Printers', NULL),
             (10003, 'Network & VPN', NULL), (10003, 'Accounts & Access', 'New starters, leavers, password resets, MFA'), (10003, 'Line of business apps', 'Sage, Xero, dental and clinic systems'),
             (10003, 'Telephony', '3CX and Teams phone'), (10003, 'Billing queries', NULL), (10004, 'Laptops', NULL), (10004, 'Access', NULL), (10004, 'Software', NULL),
             (10005, 'New starter', NULL), (10005, 'Leaver', NULL), (10005, 'Mover', 'Internal transfers'), (10006, 'AppSec', NULL), (10006, 'SOC', NULL), (10006, 'Pen test 2024', 'Findings of the April 2024 external test'),
             (10007, 'Warehouse', NULL), (10007, 'SLA dashboards', NULL), (10007, 'Ingestion', NULL), (10008, 'WordPress sites', NULL), (10008, 'Hosting', NULL), (10008, 'Accessibility', 'WCAG 2.2 fixes')) v(p, c, d);

CREATE TABLE projectversion (
    id numeric(18,0) PRIMARY KEY, project numeric(18,0), vname varchar(255), description text, sequence numeric(18,0), released varchar(10), archived varchar(10), url varchar(255),
    startdate timestamptz, releasedate timestamptz
);
INSERT INTO projectversion
SELECT 10000 + row_number() OVER (ORDER BY p, s), p, CASE WHEN p = 10001 THEN '4.' || s || '.0' WHEN p = 10008 THEN 'Site refresh ' || (2020 + s / 4) || ' Q' || (1 + s % 4) ELSE (2022 + s / 6) || '.' || (1 + s % 6) END,
       CASE s % 4 WHEN 0 THEN 'Quarterly release' WHEN 1 THEN 'Hotfixes' WHEN 2 THEN NULL ELSE 'Release train, see the release notes page' END, s,
       CASE WHEN s < 11 THEN 'true' END, CASE WHEN s < 5 THEN 'true' END, NULL,
       timestamptz '2022-01-03 00:00:00+00' + make_interval(days => s * 61), timestamptz '2022-01-03 00:00:00+00' + make_interval(days => s * 61 + 58)
FROM (VALUES (10000), (10001), (10002), (10007), (10008)) v(p), generate_series(1, 14) s;

-- ---------------------------------------------------------------- issues
CREATE TABLE jiraissue (
    id numeric(18,0) PRIMARY KEY, pkey varchar(255), issuenum numeric(18,0), project numeric(18,0), reporter varchar(255), assignee varchar(255), creator varchar(255),
    issuetype varchar(255), summary varchar(255), description text, environment text, priority varchar(255), resolution varchar(255), issuestatus varchar(255),
    created timestamptz, updated timestamptz, duedate timestamptz, resolutiondate timestamptz, votes numeric(18,0), watches numeric(18,0),
    timeoriginalestimate numeric(18,0), timeestimate numeric(18,0), timespent numeric(18,0), workflow_id numeric(18,0), security numeric(18,0), fixfor numeric(18,0),
    component numeric(18,0), archived char(1), archivedby varchar(255), archiveddate timestamptz
);
CREATE TABLE jgen.txt AS
SELECT s.k, s.kind, x.t,
  CASE s.kind
    WHEN 'itsd' THEN CASE WHEN s.k % 17 = 0 THEN 'RE: [Corvane] ITSD-' || (s.num - 1) || ' ' ELSE '' END || CASE x.t
        WHEN 0 THEN 'Cannot log in to Microsoft 365 after password change'
        WHEN 1 THEN 'New starter account for ' || x.other || ', starts Monday'
        WHEN 2 THEN 'Leaver: please disable ' || x.other || '''s account from ' || to_char(s.created + interval '9 days', 'DD/MM')
        WHEN 3 THEN 'Printer on the 2nd floor shows paper jam but is empty'
        WHEN 4 THEN 'VPN drops every few minutes when working from home'
        WHEN 5 THEN 'Outlook keeps asking for my password'
        WHEN 6 THEN 'Please call me back on ' || r.phone
        WHEN 7 THEN 'Shared mailbox access for ' || r.first
        WHEN 8 THEN 'Laptop ' || x.asset || ' will not boot'
        WHEN 9 THEN 'Invoice query for contract ' || x.ctr
        WHEN 10 THEN 'Restore deleted folder from OneDrive'
        WHEN 11 THEN 'Lost phone, please wipe it and reset MFA'
        WHEN 12 THEN 'Teams calls drop after about 10 minutes'
        ELSE 'Urgent - whole office offline' END
    WHEN 'help' THEN CASE x.t % 8
        WHEN 0 THEN 'Second monitor for hot desk ' || (1 + s.k % 4) || '.' || (10 + s.k % 30) WHEN 1 THEN 'Access to the Finance SharePoint site' WHEN 2 THEN 'Laptop fan very loud'
        WHEN 3 THEN 'Install Docker Desktop' WHEN 4 THEN 'Local admin rights on ' || x.asset WHEN 5 THEN 'Phone for the on-call rota'
        WHEN 6 THEN 'Access to the ' || (SELECT nm FROM jgen.org WHERE o = 1 + s.k % 40) || ' tenant in Azure' ELSE 'Headset for calls' END
    WHEN 'onb' THEN CASE WHEN s.k % 5 = 0 THEN 'Leaver: ' || ns.first || ' ' || ns.last || ' (last day ' || to_char(ns.start + 400, 'DD Mon YYYY') || ')'
                         ELSE 'Onboarding: ' || ns.first || ' ' || ns.last || ' - ' || ns.title || ', starts ' || to_char(ns.start, 'DD Mon YYYY') END
    ELSE CASE x.t
        WHEN 0 THEN 'Login page returns 500 when the SSO cookie has expired' WHEN 1 THEN 'Refactor the billing retry logic' WHEN 2 THEN 'Password reset link expired for client users'
        WHEN 3 THEN 'Rotate the wildcard TLS certificate before it expires' WHEN 4 THEN 'Make the ticket form accessible with a screen reader'
        WHEN 5 THEN 'Nightly export to the warehouse times out' WHEN 6 THEN 'Upgrade PostgreSQL to 15 on the prod cluster' WHEN 7 THEN 'Push notifications arrive twice on Android 14'
        WHEN 8 THEN 'Add rate limiting per tenant to the API gateway' WHEN 9 THEN 'Backups of the ' || (SELECT nm FROM jgen.org WHERE o = 1 + s.k % 40) || ' file server fail every Sunday'
        WHEN 10 THEN 'Dashboard shows SLA breaches in the wrong time zone' WHEN 11 THEN 'Pen test finding: session cookie missing SameSite'
        WHEN 12 THEN 'Tenant provisioning fails when the domain has uppercase letters' ELSE 'Spike: evaluate passkeys for the client portal' END END AS summary,
  CASE s.kind
    WHEN 'itsd' THEN CASE WHEN s.k % 3 <> 0 AND s.k % 8 = 1 THEN NULL ELSE
        CASE WHEN s.k % 3 = 0 THEN fixture_gen.pick(ARRAY['Hi,', 'Hello team,', 'Good morning,', 'Hallo,', 'Dear Corvane support,', 'Hi Corvane,'], 'jgr', s.k) || E'\n\n' ELSE '' END
        || CASE x.t
            WHEN 0 THEN 'since this morning I cannot open Outlook. It says my password is wrong but the web version works. My laptop is ' || x.asset || '.'
            WHEN 1 THEN 'we have a new colleague starting on Monday: ' || x.other || ', ' || fixture_gen.pick(ARRAY['receptionist', 'dental nurse', 'accounts assistant', 'site manager', 'paralegal'], 'jrole', s.k)
                || '. Please set up an email account and add them to the Reception group. Their mobile for the MFA set-up is ' || jgen.phone('jitnp', s.k) || '.'
            WHEN 2 THEN x.other || ' leaves us on ' || to_char(s.created + interval '9 days', 'DD/MM') || '. Please disable the account at 5pm that day, forward the email to me and give me access to the OneDrive.'
            WHEN 3 THEN 'the printer by the kitchen keeps saying paper jam. We opened every tray and there is nothing in there. It is the Kyocera one.'
            WHEN 4 THEN 'I am working from home today and the VPN disconnects every 5 minutes. My home broadband is fine otherwise.'
            WHEN 5 THEN 'Outlook pops up a password box every ten minutes since Friday. I type the password and it comes back.'
            WHEN 6 THEN 'please could someone call me back, I am in the office until 4pm. Best number is ' || r.phone || '.'
            WHEN 7 THEN 'please give me access to the accounts@' || coalesce(o.domain, 'example.com') || ' shared mailbox, ' || x.other || ' has approved it.'
            WHEN 8 THEN 'my laptop only shows a black screen with a blinking cursor. I tried holding the power button. Asset tag ' || x.asset || '.'
            WHEN 9 THEN 'our last invoice for contract ' || x.ctr || ' shows 42 users but we only have 35 since March. Please correct it and send a credit note.'
            WHEN 10 THEN 'I deleted a folder called "Contracts 2023" from OneDrive by mistake yesterday around 3pm. Can you restore it?'
            WHEN 11 THEN 'I lost my work phone on the train this morning. Please wipe it and reset my Authenticator so I can log in on the new one.'
            WHEN 12 THEN 'Teams calls drop after about 10 minutes, it happens to everyone in the office since the update.'
            ELSE 'nobody in the office has internet since 9:15. The router lights are orange. Please call me on ' || r.phone || ' as soon as possible.' END
        || CASE WHEN s.k % 3 = 0 THEN E'\n\n' || fixture_gen.pick(ARRAY['Thanks', 'Kind regards', 'Many thanks', 'Best', 'Mit freundlichen Grüßen', 'Cheers'], 'jsg', s.k) || E'\n' || r.first || ' ' || r.last
            || CASE WHEN r.org IS NOT NULL THEN E'\n' || fixture_gen.pick(ARRAY['Office Manager', 'Practice Manager', 'Finance Director', 'Operations Lead', 'Receptionist', 'Head of IT', 'Partner'], 'jctt', s.rep) || ' | ' || o.nm ELSE '' END
            || CASE WHEN s.k % 2 = 0 THEN E'\nT: ' || r.phone ELSE '' END || CASE WHEN s.k % 6 = 0 THEN E'\nM: ' || jgen.phone('jmob', s.rep) ELSE '' END
            || CASE WHEN s.k % 9 = 0 AND r.org IS NOT NULL THEN E'\n' || fixture_gen.street('jcst', r.org) || ', ' || fixture_gen.city('jcst', r.org) ELSE '' END
            || CASE WHEN s.k % 4 = 0 THEN E'\n\nThis email and any attachments are confidential and intended solely for the addressee.' ELSE '' END
            || CASE WHEN s.k % 5 = 0 THEN E'\n\nSent from Outlook for iOS' ELSE '' END ELSE '' END END
    WHEN 'help' THEN CASE x.t % 8
        WHEN 0 THEN 'Could I get a second 27" monitor? The one on the desk has a dead stripe.' WHEN 1 THEN 'Need read access to Finance > Client billing for the quarterly report.'
        WHEN 2 THEN 'Fan runs at full speed even when idle. Laptop is about 3 years old.' WHEN 3 THEN 'Need Docker Desktop for the new platform repo, licence cost code ENG-01.'
        WHEN 4 THEN NULL WHEN 5 THEN 'I am on call from next week and need a phone. ' || coalesce(a.first, 'Someone') || ' said one of the spare Pixels might be free.'
        WHEN 6 THEN 'Need Reader on the client subscription to look at the backup alerts.' ELSE NULL END
    WHEN 'onb' THEN CASE WHEN s.k % 5 = 0 THEN '*Leaver:* ' || ns.first || ' ' || ns.last || E'\n*Last day:* ' || to_char(ns.start + 400, 'DD/MM/YYYY') || E'\n*Manager:* ' || mgr.first || ' ' || mgr.last
            || E'\n*Equipment to return:* laptop, phone, badge. Courier pick-up from ' || ns.street || ', ' || ns.pc || ' ' || ns.city
            || E'\n*Forward email to:* ' || fixture_gen.ascii(mgr.first) || '.' || fixture_gen.ascii(mgr.last) || '@corvane.example'
            || CASE WHEN s.k % 2 = 0 THEN E'\nReason: ' || fixture_gen.pick(ARRAY['resigned', 'end of fixed-term contract', 'relocating abroad', 'retirement'], 'jlvr', s.k) ELSE '' END
        ELSE '*New starter:* ' || ns.first || ' ' || ns.last || E'\n*Role:* ' || ns.title || E'\n*Start date:* ' || to_char(ns.start, 'DD/MM/YYYY')
            || E'\n*Manager:* ' || mgr.first || ' ' || mgr.last || E'\n*Laptop delivery address:* ' || ns.street || ', ' || ns.pc || ' ' || ns.city
            || E'\n*Personal mobile:* ' || ns.mobile || E'\n*Personal email:* ' || fixture_gen.ascii(ns.first) || '.' || fixture_gen.ascii(ns.last) || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'proton.me', 'web.de'], 'jnse', s.k)
            || CASE WHEN s.k % 4 = 0 THEN E'\n*Date of birth (payroll):* ' || to_char(ns.dob, 'DD/MM/YYYY') ELSE '' END
            || E'\n\nEquipment: ' || fixture_gen.pick(ARRAY['MacBook Pro 14", two monitors', 'Dell Latitude 7440, headset', 'Dell Latitude 5540, phone', 'ThinkPad X1, dock'], 'jneq', s.k)
            || CASE WHEN s.k % 3 = 0 THEN E'\nNotes: ' || fixture_gen.pick(ARRAY['Needs a standing desk (back problems, see OH report).', 'Starts part time, Mon-Wed.', 'Relocating, first week remote.', 'Right-to-work check done, copy of passport in the HR drive.'], 'jnno', s.k) ELSE '' END END
    ELSE CASE WHEN s.k % 4 = 0 THEN NULL ELSE CASE x.t
        WHEN 0 THEN E'h3. Steps\n# Open the portal\n# Wait for the SSO cookie to expire (8h)\n# Reload\n\nh3. Expected\nRedirect to login\n\nh3. Actual\nHTTP 500, stack trace in Kibana'
        WHEN 1 THEN 'We should move the retry logic into the shared client library and use exponential backoff. See the ADR in Confluence.'
        WHEN 2 THEN 'From ITSD-' || (s.k % 1200 + 1) || ': the client user ' || fixture_gen.ascii(fixture_gen.first_name('jdvc', s.k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('jdvc', s.k)) || '@'
            || (SELECT domain FROM jgen.org WHERE o = 1 + s.k % 40) || ' gets "link expired" straight after requesting the reset. Reproduced with a test tenant.'
        WHEN 3 THEN 'Certificate expires on ' || to_char(s.created + interval '30 days', 'DD Mon YYYY') || '. Renew through the CA portal and update the load balancers.'
        WHEN 4 THEN E'Acceptance criteria:\n* works with VoiceOver and TalkBack\n* all form fields have labels\n* contrast ratio at least 4.5:1'
        WHEN 5 THEN 'Job runs at 02:00 UTC and hits the 30 minute timeout since the ticket table passed 5M rows.'
        WHEN 6 THEN 'Follow the runbook. Needs a 30 minute window, announce it in #ops two days before.'
        WHEN 9 THEN 'Veeam job "FS01-weekly" fails with "insufficient space on repository". Check the retention policy.'
        WHEN 11 THEN 'Finding 4.2 of the external test report. Set SameSite=Lax on the portal session cookie.'
        ELSE 'See the linked epic for context.' END END END AS description,
  CASE WHEN s.kind = 'dev' AND s.k % 3 = 0 THEN fixture_gen.pick(ARRAY['Chrome 124 on Windows 11', 'iOS 17.5, iPhone 13', 'Android 14, Samsung Galaxy S23', 'staging-eu', 'prod-eu-west-1', 'Safari 17 on macOS 14'], 'jenv', s.k)
       WHEN s.kind = 'itsd' AND s.k % 7 = 0 THEN CASE s.k % 5 WHEN 0 THEN 'Dell Latitude 7440, Windows 11 23H2' WHEN 1 THEN 'HP EliteBook, user ' || r.first || ' ' || r.last || ', desk 2.14'
            WHEN 2 THEN 'Home office, BT broadband' WHEN 3 THEN 'Kyocera TASKalfa 3253ci, 2nd floor' ELSE 'Laptop ' || x.asset || ' (' || r.first || '), ext. ' || (4000 + s.k % 600) END END AS environment
FROM jgen.iss s JOIN jgen.u r ON r.i = s.rep LEFT JOIN jgen.u a ON a.i = s.asg LEFT JOIN jgen.org o ON o.o = r.org LEFT JOIN jgen.ns ns ON ns.k = s.k
LEFT JOIN jgen.u mgr ON mgr.i = 61 + s.k % 160,
LATERAL (SELECT fixture_gen.n('jtop', s.k, 14) AS t, 'CORV-LT-' || lpad((s.k % 900 + 40)::text, 4, '0') AS asset,
                'CTR-' || (2021 + s.k % 4) || '-' || lpad((s.k * 7 % 900)::text, 4, '0') AS ctr,
                CASE WHEN s.kind = 'itsd' THEN fixture_gen.full_name('jitn', s.k) END AS other) x;

INSERT INTO jiraissue
SELECT s.id, NULL, s.num, s.pid, r.ukey, a.ukey, CASE WHEN s.kind = 'itsd' AND s.k % 11 = 4 THEN (SELECT ukey FROM jgen.u WHERE i = 13 + s.k % 48) ELSE r.ukey END,
       CASE s.kind WHEN 'itsd' THEN (ARRAY['10100', '10101', '10102', '10101', '10100'])[1 + s.k % 5] WHEN 'help' THEN (ARRAY['10100', '10101'])[1 + s.k % 2]
                   WHEN 'onb' THEN CASE WHEN s.k % 5 = 0 THEN '10201' ELSE '10200' END ELSE (ARRAY['10004', '10001', '10002', '10001', '10004', '10003', '10000'])[1 + s.k % 7] END,
       t.summary, t.description, t.environment, (1 + fixture_gen.n('jprio', s.k, 5))::text,
       CASE WHEN st.done THEN (ARRAY['10000', '10000', '10000', '10001', '10002'])[1 + s.k % 5] END, st.status,
       s.created, s.created + make_interval(hours => 1 + fixture_gen.n('jupd', s.k, 900)),
       CASE WHEN s.k % 5 = 0 THEN date_trunc('day', s.created) + interval '14 days' END,
       CASE WHEN st.done THEN s.created + make_interval(hours => 1 + fixture_gen.n('jres', s.k, 700)) END,
       CASE WHEN s.kind = 'dev' THEN s.k % 4 ELSE 0 END, 1 + s.k % 6,
       CASE WHEN s.kind = 'dev' AND s.k % 3 <> 0 THEN 3600 * (1 + s.k % 16) END, CASE WHEN s.kind = 'dev' AND s.k % 3 <> 0 THEN 3600 * (s.k % 9) END,
       CASE WHEN s.k % 4 <> 0 THEN 900 * (1 + s.k % 20) END, 10000 + s.k, CASE WHEN s.pid IN (10005, 10006) THEN 10100 + (s.pid - 10005) END, NULL, NULL,
       CASE WHEN s.k % 97 = 0 THEN 'Y' ELSE 'N' END, CASE WHEN s.k % 97 = 0 THEN (SELECT ukey FROM jgen.u WHERE i = 14) END, CASE WHEN s.k % 97 = 0 THEN s.created + interval '400 days' END
FROM jgen.iss s JOIN jgen.txt t ON t.k = s.k JOIN jgen.u r ON r.i = s.rep LEFT JOIN jgen.u a ON a.i = s.asg,
LATERAL (SELECT CASE WHEN s.kind IN ('itsd', 'help') THEN (ARRAY['10100', '10101', '3', '10103', '5', '5', '5', '6', '6', '10104'])[1 + s.st]
                     WHEN s.kind = 'onb' THEN (ARRAY['10000', '3', '10001', '10001', '10001', '10001', '3', '10001', '10001', '10001'])[1 + s.st]
                     ELSE (ARRAY['10000', '10000', '3', '10200', '10001', '10001', '10001', '10001', '6', '10001'])[1 + s.st] END AS status) st0,
LATERAL (SELECT st0.status AS status, st0.status IN ('5', '6', '10001', '10104') AS done) st;

CREATE TABLE label (id numeric(18,0) PRIMARY KEY, fieldid numeric(18,0), issue numeric(18,0), label varchar(255));
INSERT INTO label
SELECT 10000 + row_number() OVER (ORDER BY k, n), CASE WHEN n = 3 THEN 10123 END, 10000 + k,
       CASE WHEN n = 3 THEN fixture_gen.pick(ARRAY['Q2-review', 'client-facing', 'tech-debt'], 'jlbc', k)
            WHEN k <= 1200 THEN fixture_gen.pick(ARRAY['vip-customer', 'm365', 'password-reset', 'hardware', 'gdpr', 'billing', 'out-of-hours', 'repeat-caller', 'onsite-visit', 'major-incident', 'via-email'], 'jlb' || n, k)
            ELSE fixture_gen.pick(ARRAY['tech-debt', 'security', 'customer-reported', 'performance', 'a11y', 'flaky-test', 'needs-design', 'backend', 'frontend', 'infra', 'quick-win'], 'jlb' || n, k) END
FROM generate_series(1, 3000) k, generate_series(1, 3) n WHERE fixture_gen.n('jlbk', k * 3 + n, 5) < CASE WHEN n = 3 THEN 1 ELSE 2 END;

CREATE TABLE issuelink (id numeric(18,0) PRIMARY KEY, linktype numeric(18,0), source numeric(18,0), destination numeric(18,0), sequence numeric(18,0));
INSERT INTO issuelink
SELECT 10000 + k, (ARRAY[10000, 10001, 10002, 10003, 10200])[1 + k % 5], 10000 + 1 + fixture_gen.n('jils', k, 3000), 10000 + 1 + fixture_gen.n('jild', k, 3000), CASE WHEN k % 5 = 2 THEN k % 7 END
FROM generate_series(1, 800) k;

CREATE TABLE fieldscreen (id numeric(18,0) PRIMARY KEY, name varchar(255), description text);
INSERT INTO fieldscreen VALUES (1, 'Default Screen', 'Allows to update all system fields.'), (2, 'Workflow Screen', 'This screen is used in the workflow and enables you to assign issues'),
 (3, 'Resolve Issue Screen', 'Allows to set resolution, change fix versions and assign an issue.'), (10000, 'PLAT: Scrum Default Issue Screen', ''), (10001, 'PLAT: Scrum Bug Screen', ''),
 (10002, 'MOB: Kanban Default Issue Screen', ''), (10100, 'ITSD: Service Request Screen', ''), (10101, 'ITSD: Incident Screen', 'Adds impact, urgency and affected user'),
 (10102, 'ITSD: Change Screen', 'Change risk, CAB date, rollback plan'), (10103, 'ITSD: Resolve Screen', ''), (10104, 'ITSD: Customer phone and contract', 'Agent-only fields'),
 (10200, 'HELP: Service Request Screen', ''), (10300, 'ONB: New Starter Screen', 'Start date, manager, equipment, delivery address'), (10301, 'ONB: Leaver Screen', 'Last day, equipment return'),
 (10400, 'SEC: Finding Screen', 'CVSS, affected asset'), (10500, 'DATA: Default Screen', ''), (10600, 'WEB: Default Screen', ''), (10700, 'Time tracking screen', 'Log work on transition'),
 (10701, 'Reopen screen', ''), (10702, 'Cancel request screen', 'Reason for cancelling'), (10800, 'OPS: Change request', 'Change window and impact'),
 (10801, 'OPS: Incident Screen', ''), (10900, 'Archive: Imported', 'Redmine import, read only'), (10901, 'Epic Screen', ''), (10902, 'Sub-task Screen', '');

CREATE TABLE projectroleactor (id numeric(18,0) PRIMARY KEY, pid numeric(18,0), projectroleid numeric(18,0), roletype varchar(255), roletypeparameter varchar(255));
INSERT INTO projectroleactor
SELECT 10000 + row_number() OVER (ORDER BY p, r, t, x), p, r, t, x FROM (
  SELECT p.id AS p, 10002 AS r, 'atlassian-group-role-actor' AS t, 'jira-administrators' AS x FROM project p
  UNION ALL SELECT p.id, 10001, 'atlassian-group-role-actor', CASE WHEN p.id IN (10003, 10004) THEN 'service-desk-agents' WHEN p.id = 10005 THEN 'people-team' ELSE 'engineering' END FROM project p
  UNION ALL SELECT 10000 + k % 9, (ARRAY[10001, 10002, 10100, 10101])[1 + k % 4], 'atlassian-user-role-actor', (SELECT ukey FROM jgen.u WHERE i = 3 + fixture_gen.n('jpra', k, 218)) FROM generate_series(1, 110) k
  UNION ALL SELECT NULL, 10000, 'atlassian-group-role-actor', 'jira-software-users' UNION ALL SELECT NULL, 10002, 'atlassian-group-role-actor', 'jira-administrators') x
GROUP BY p, r, t, x;

CREATE TABLE avatar (id numeric(18,0) PRIMARY KEY, filename varchar(255), contenttype varchar(255), avatartype varchar(60), owner varchar(255), systemavatar numeric(9,0));
INSERT INTO avatar
SELECT 10000 + k, CASE WHEN k <= 60 THEN fixture_gen.pick(ARRAY['Avatar-1.png', 'Avatar-2.png', 'Avatar-default.svg', 'Avatar-unknown.png', 'cloud.svg', 'bug.svg', 'story.svg', 'task.svg', 'epic.svg'], 'jav', k)
                       ELSE (CASE fixture_gen.n('javf', k, 7) WHEN 0 THEN 'avatar.png' WHEN 1 THEN 'image.png' WHEN 2 THEN 'profile.jpg' WHEN 3 THEN 'photo.jpg' WHEN 4 THEN 'IMG_' || (1000 + k * 37 % 9000) || '.jpg' WHEN 5 THEN 'logo.png' ELSE 'Screenshot 2023-0' || (1 + k % 9) || '-1' || (k % 9) || '.png' END) END,
       CASE WHEN k <= 60 AND k % 3 = 2 THEN 'image/svg+xml' WHEN k % 4 = 0 THEN 'image/jpeg' ELSE 'image/png' END,
       CASE WHEN k <= 30 THEN 'project' WHEN k <= 60 THEN 'issuetype' WHEN k <= 70 THEN 'project' ELSE 'user' END,
       CASE WHEN k BETWEEN 61 AND 70 THEN (10000 + k % 9)::text WHEN k > 70 THEN (SELECT ukey FROM jgen.u WHERE i = 3 + fixture_gen.n('javo', k, 400)) END,
       CASE WHEN k <= 60 THEN 1 ELSE 0 END
FROM generate_series(1, 220) k;

-- ---------------------------------------------------------------- attachments, comments, history, custom fields, work logs
CREATE TABLE fileattachment (
    id numeric(18,0) PRIMARY KEY, issueid numeric(18,0), mimetype varchar(255), filename varchar(255), created timestamptz, filesize numeric(18,0), author varchar(255),
    zip numeric(9,0), thumbnailable numeric(9,0)
);
INSERT INTO fileattachment
SELECT 10000 + f, s.id, m.mime, m.fname, s.created + make_interval(mins => 5 + f % 3000), 2048 + fixture_gen.n('jfsz', f, 4000000),
       CASE WHEN s.kind = 'itsd' AND f % 3 <> 0 THEN r.ukey ELSE coalesce(a.ukey, r.ukey) END, 0, CASE WHEN m.mime LIKE 'image/%' THEN 1 ELSE 0 END
FROM generate_series(1, 1200) f JOIN jgen.iss s ON s.k = 1 + fixture_gen.n('jfai', f, 3000) JOIN jgen.u r ON r.i = s.rep LEFT JOIN jgen.u a ON a.i = s.asg LEFT JOIN jgen.ns ns ON ns.k = s.k,
LATERAL (SELECT CASE s.kind
    WHEN 'onb' THEN CASE f % 6 WHEN 0 THEN 'Passport_' || ns.first || '_' || replace(ns.last, ' ', '_') || '.pdf' WHEN 1 THEN 'CV - ' || ns.first || ' ' || ns.last || '.docx'
                    WHEN 2 THEN 'Offer letter ' || ns.last || '.pdf' WHEN 3 THEN 'P45_' || replace(ns.last, ' ', '') || '_' || to_char(ns.start, 'YYYY') || '.pdf' WHEN 4 THEN 'signed_contract.pdf'
                    ELSE 'bank details form ' || ns.first || '.pdf' END
    WHEN 'itsd' THEN CASE f % 9 WHEN 0 THEN 'image001.png' WHEN 1 THEN 'screenshot.png' WHEN 2 THEN 'IMG_' || (4000 + f % 900) || '.HEIC' WHEN 3 THEN 'Outlook error.png'
                    WHEN 4 THEN 'invoice_INV-' || (88000 + f) || '.pdf' WHEN 5 THEN 'photo of router.jpg' WHEN 6 THEN 'leaver form - ' || fixture_gen.full_name('jfal', f) || '.xlsx'
                    WHEN 7 THEN 'image002.jpg' ELSE 'Scan_' || to_char(s.created, 'YYYYMMDD') || '_' || (100 + f % 800) || '.pdf' END
    WHEN 'help' THEN CASE f % 3 WHEN 0 THEN 'screenshot.png' WHEN 1 THEN 'approval email.msg' ELSE 'quote-dell-' || f || '.pdf' END
    ELSE CASE f % 7 WHEN 0 THEN 'screenshot-1.png' WHEN 1 THEN 'image-' || to_char(s.created, 'YYYYMMDD-HH24MISS') || '.png' WHEN 2 THEN 'stacktrace.txt' WHEN 3 THEN 'portal.har'
                    WHEN 4 THEN 'pentest-report-2024-v2.pdf' WHEN 5 THEN 'query-plan.sql' ELSE 'design-v3.fig' END END AS fname) fn,
LATERAL (SELECT fn.fname, CASE lower(substring(fn.fname FROM '\.([A-Za-z0-9]+)$')) WHEN 'png' THEN 'image/png' WHEN 'jpg' THEN 'image/jpeg' WHEN 'heic' THEN 'image/heic'
    WHEN 'pdf' THEN 'application/pdf' WHEN 'docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' WHEN 'xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    WHEN 'msg' THEN 'application/vnd.ms-outlook' WHEN 'txt' THEN 'text/plain' WHEN 'har' THEN 'application/json' WHEN 'sql' THEN 'text/plain' ELSE 'application/octet-stream' END AS mime) m;

-- Comments. Service desk comments: the agent's reply, the customer's answer, internal notes.
CREATE TABLE jiraaction (
    id numeric(18,0) PRIMARY KEY, issueid numeric(18,0), author varchar(255), actiontype varchar(255), actionlevel varchar(255), rolelevel numeric(18,0), actionbody text,
    created timestamptz, updateauthor varchar(255), updated timestamptz, actionnum numeric(18,0)
);
CREATE TABLE jgen.cm AS
SELECT c, s.k, s.id AS issueid, s.kind,
       CASE WHEN s.kind = 'itsd' AND c % 3 = 0 THEN 'cust' WHEN s.kind IN ('itsd', 'help') AND c % 5 = 1 THEN 'note' ELSE 'staff' END AS who,
       s.rep, coalesce(s.asg, CASE WHEN s.kind IN ('itsd', 'help') THEN 13 + c % 48 WHEN s.kind = 'onb' THEN 3 + c % 10 ELSE 61 + c % 160 END) AS agent,
       s.created + make_interval(mins => 30 + fixture_gen.n('jcmt', c, 20000)) AS at
FROM generate_series(1, 5000) c JOIN jgen.iss s ON s.k = 1 + fixture_gen.n('jcmi', c, 3000);
INSERT INTO jiraaction
SELECT 10000 + c.c, c.issueid, CASE WHEN c.who = 'cust' THEN r.ukey ELSE a.ukey END, 'comment',
       CASE WHEN c.kind = 'dev' AND c.c % 41 = 0 THEN 'security-team' END, CASE WHEN c.kind = 'onb' AND c.c % 2 = 0 THEN 10100 WHEN c.kind = 'dev' AND c.c % 53 = 0 THEN 10002 END,
       CASE
         WHEN c.who = 'cust' THEN CASE c.c % 7
             WHEN 0 THEN 'Thanks, that worked!' WHEN 1 THEN 'Still not working, same error as before.'
             WHEN 2 THEN 'I am out of the office until Monday. For anything urgent please contact ' || fixture_gen.full_name('jcoc', c.c) || ' on ' || jgen.phone('jcocp', c.c) || '.'
             WHEN 3 THEN 'Can you call me instead? ' || r.phone WHEN 4 THEN 'Please close this, all sorted now.' WHEN 5 THEN 'Screenshot attached.'
             ELSE 'My colleague ' || fixture_gen.first_name('jcco', c.c) || ' has the same problem, her email is ' || fixture_gen.ascii(fixture_gen.first_name('jcco', c.c)) || '@' || coalesce(o.domain, 'example.com') || '.' END
         WHEN c.who = 'note' THEN CASE c.c % 6
             WHEN 0 THEN 'Escalated to 2nd line, VIP client.' WHEN 1 THEN 'Customer is still on the 2021 contract, check billing before doing chargeable work.'
             WHEN 2 THEN '[~' || (SELECT uname FROM jgen.u WHERE i = 13 + (c.c * 7) % 48) || '] can you take this one? I am on leave from Friday.'
             WHEN 3 THEN 'Called ' || r.first || ' on ' || r.phone || ', no answer, left a voicemail.' WHEN 4 THEN 'Vendor case opened with Microsoft, ref 2405' || (100000 + c.c) || '.'
             ELSE 'Same as last month. This user keeps sharing the password with the temp, raised with their office manager.' END
         WHEN c.kind IN ('itsd', 'help') THEN 'Hi ' || r.first || E',\n\n' || CASE c.c % 6
             WHEN 0 THEN 'I have reset your password; the temporary one was sent by text to your mobile ending ' || right(r.phone, 3) || '.'
             WHEN 1 THEN 'Thanks, we have booked an engineer for Thursday morning.' WHEN 2 THEN 'Could you send us a photo of the error message, please?'
             WHEN 3 THEN 'This is now fixed. Please let us know if it happens again.'
             WHEN 4 THEN 'I tried to call you on ' || r.phone || ' but there was no answer. Please call us back on 0161 496 0000.'
             ELSE 'Your replacement laptop will be delivered on Tuesday. Please have the old one ready for the courier.' END
             || E'\n\nKind regards\n' || a.first || E'\nCorvane Service Desk'
         WHEN c.kind = 'onb' THEN CASE c.c % 5
             WHEN 0 THEN 'Laptop ordered, courier delivers to ' || ns.street || ' on ' || to_char(ns.start - 3, 'DD/MM') || '.' WHEN 1 THEN 'Contract signed, copy in the HR drive.'
             WHEN 2 THEN 'Right-to-work check done (passport seen on video call).' WHEN 3 THEN 'Accounts created, temporary password sent to ' || ns.mobile || '.'
             ELSE '[~' || (SELECT uname FROM jgen.u WHERE i = 61 + c.c % 160) || '] please confirm the first week plan.' END
         ELSE CASE c.c % 8
             WHEN 0 THEN 'PR is up: https://bitbucket.org/corvane/platform/pull-requests/' || (c.c % 900 + 100) WHEN 1 THEN 'Reproduced on staging.' WHEN 2 THEN 'Blocked by OPS-' || (c.c % 250 + 1) || '.'
             WHEN 3 THEN '[~' || (SELECT uname FROM jgen.u WHERE i = 61 + (c.c * 3) % 160) || '] can you review?' WHEN 4 THEN 'Deployed to prod at ' || to_char(c.at, 'HH24:MI') || ' UTC.'
             WHEN 5 THEN 'Not reproducible any more after the 2024.3 release, closing.' WHEN 6 THEN E'{code}\nERROR 2024-05-02 02:14:07 ExportJob - canceling statement due to statement timeout\n{code}'
             ELSE 'Discussed in refinement, splitting into two stories.' END END,
       c.at, CASE WHEN c.who = 'cust' THEN r.ukey ELSE a.ukey END, c.at + CASE WHEN c.c % 9 = 0 THEN interval '7 minutes' ELSE interval '0' END, NULL
FROM jgen.cm c JOIN jgen.u r ON r.i = c.rep JOIN jgen.u a ON a.i = c.agent LEFT JOIN jgen.org o ON o.o = r.org LEFT JOIN jgen.ns ns ON ns.k = c.k;

CREATE TABLE changegroup (id numeric(18,0) PRIMARY KEY, issueid numeric(18,0), author varchar(255), created timestamptz);
CREATE TABLE changeitem (
    id numeric(18,0) PRIMARY KEY, groupid numeric(18,0), fieldtype varchar(255), field varchar(255), oldvalue text, oldstring text, newvalue text, newstring text
);
-- kinds: 0 status, 1 assignee, 2 summary, 3 description, 4 Customer Phone, 5 Customer Email, 6 resolution, 7 Attachment, 8 labels,
-- 9 Request participants, 10 priority, 11 Sprint, 12 Start date
CREATE TABLE jgen.cg AS
SELECT g, s.k, s.id AS issueid, s.kind, s.rep, s.created + make_interval(mins => 10 + fixture_gen.n('jcgt', g, 30000)) AS at,
       CASE WHEN s.kind = 'itsd' AND g % 10 = 0 THEN s.rep ELSE coalesce(s.asg, 13 + g % 200) END AS who, x.kinds
FROM generate_series(1, 4000) g JOIN jgen.iss s ON s.k = 1 + fixture_gen.n('jcgi', g, 3000),
LATERAL (SELECT array_agg(CASE WHEN kd IN (4, 5, 9) AND s.kind <> 'itsd' THEN 1 WHEN kd = 11 AND s.kind <> 'dev' THEN 10 WHEN kd = 12 AND s.kind <> 'onb' THEN 0 ELSE kd END ORDER BY n) AS kinds
         FROM (SELECT n, fixture_gen.n('jcgk', g * 3 + n, 13) AS kd FROM generate_series(1, 1 + g % 2) n) y) x;
INSERT INTO changegroup SELECT 10000 + c.g, c.issueid, u.ukey, c.at FROM jgen.cg c JOIN jgen.u u ON u.i = c.who;
CREATE INDEX attach_issue ON fileattachment (issueid);
INSERT INTO changeitem
SELECT 10000 + row_number() OVER (ORDER BY c.g, kk.n), 10000 + c.g, CASE WHEN kd IN (4, 5, 9, 11, 12) THEN 'custom' ELSE 'jira' END,
       CASE kd WHEN 0 THEN 'status' WHEN 1 THEN 'assignee' WHEN 2 THEN 'summary' WHEN 3 THEN 'description' WHEN 4 THEN 'Customer Phone' WHEN 5 THEN 'Customer Email'
               WHEN 6 THEN 'resolution' WHEN 7 THEN 'Attachment' WHEN 8 THEN 'labels' WHEN 9 THEN 'Request participants' WHEN 10 THEN 'priority' WHEN 11 THEN 'Sprint' ELSE 'Start date' END,
       CASE kd WHEN 0 THEN st.o WHEN 1 THEN CASE WHEN c.g % 3 <> 0 THEN u1.ukey END WHEN 9 THEN '[]' WHEN 10 THEN '3' WHEN 11 THEN CASE WHEN c.g % 2 = 0 THEN (100 + c.g % 40)::text END
               WHEN 12 THEN to_char(ns.start - 14, 'YYYY-MM-DD') END,
       CASE kd WHEN 0 THEN st.os WHEN 1 THEN CASE WHEN c.g % 3 <> 0 THEN u1.dname END WHEN 2 THEN CASE WHEN c.g % 2 = 0 THEN 'New request' ELSE 'Problem with ' || lower(split_part(t.summary, ' ', 1)) END
               WHEN 3 THEN CASE WHEN c.g % 3 = 0 THEN NULL ELSE t2.description END WHEN 4 THEN CASE WHEN c.g % 4 <> 0 THEN jgen.phone('jcpo', c.g) END
               WHEN 5 THEN CASE WHEN c.g % 3 <> 0 THEN fixture_gen.ascii(r.first) || '.' || fixture_gen.ascii(r.last) || '@' || (ARRAY['gmail.com', 'outlook.com', 'hotmail.co.uk', 'gmx.de'])[1 + c.g % 4] END
               WHEN 8 THEN '' WHEN 9 THEN '' WHEN 10 THEN 'Medium' WHEN 11 THEN CASE WHEN c.g % 2 = 0 THEN 'PLAT Sprint ' || (100 + c.g % 40 - 60) END
               WHEN 12 THEN to_char(ns.start - 14, 'DD/Mon/YY') END,
       CASE kd WHEN 0 THEN st.n WHEN 1 THEN u2.ukey WHEN 6 THEN '10000' WHEN 7 THEN fa.id::text WHEN 9 THEN '[' || p.ukey || ']' WHEN 10 THEN '2'
               WHEN 11 THEN (101 + c.g % 40)::text WHEN 12 THEN to_char(ns.start, 'YYYY-MM-DD') END,
       CASE kd WHEN 0 THEN st.ns WHEN 1 THEN u2.dname WHEN 2 THEN t.summary WHEN 3 THEN t.description WHEN 4 THEN r.phone WHEN 5 THEN r.email WHEN 6 THEN 'Done'
               WHEN 7 THEN fa.filename WHEN 8 THEN (ARRAY['vip-customer m365', 'password-reset', 'hardware onsite-visit', 'tech-debt', 'security customer-reported', 'gdpr'])[1 + c.g % 6]
               WHEN 9 THEN p.dname WHEN 10 THEN 'High' WHEN 11 THEN 'PLAT Sprint ' || (101 + c.g % 40 - 60) ELSE to_char(ns.start, 'DD/Mon/YY') END
FROM jgen.cg c CROSS JOIN LATERAL unnest(c.kinds) WITH ORDINALITY AS kk(kd0, n)
JOIN jgen.txt t ON t.k = c.k JOIN jgen.txt t2 ON t2.k = CASE WHEN c.kind = 'itsd' THEN 1 + (c.k + 7) % 1200 ELSE c.k END
JOIN jgen.u r ON r.i = c.rep JOIN jgen.u u1 ON u1.i = 13 + (c.g * 5) % 200 JOIN jgen.u u2 ON u2.i = 13 + (c.g * 11) % 200 JOIN jgen.u p ON p.i = 221 + (c.g * 13) % 1680
LEFT JOIN jgen.ns ns ON ns.k = c.k
LEFT JOIN LATERAL (SELECT id, filename FROM fileattachment WHERE issueid = c.issueid ORDER BY id LIMIT 1) fa ON true
CROSS JOIN LATERAL (SELECT CASE WHEN kk.kd0 = 7 AND fa.id IS NULL THEN 8 ELSE kk.kd0 END AS kd) kx
CROSS JOIN LATERAL (SELECT * FROM (VALUES (0, '10100', 'Waiting for support', '3', 'In Progress'), (1, '3', 'In Progress', '10101', 'Waiting for customer'), (2, '10101', 'Waiting for customer', '10100', 'Waiting for support'),
    (3, '3', 'In Progress', '5', 'Resolved'), (4, '10000', 'To Do', '3', 'In Progress'), (5, '3', 'In Progress', '10200', 'In Review'), (6, '10200', 'In Review', '10001', 'Done'))
    v(m, o, os, n, ns) WHERE v.m = CASE WHEN c.kind IN ('itsd', 'help') THEN c.g % 4 ELSE 4 + c.g % 3 END) st;

CREATE TABLE customfield (
    id numeric(18,0) PRIMARY KEY, cfkey varchar(255), customfieldtypekey varchar(255), customfieldsearcherkey varchar(255), cfname varchar(255), description text,
    defaultvalue varchar(255), fieldtype numeric(18,0), project numeric(18,0), issuetype varchar(255)
);
INSERT INTO customfield
SELECT id, NULL, t, sk, n, d, NULL, NULL, NULL, NULL FROM (VALUES
 (10000, 'com.pyxis.greenhopper.jira:gh-sprint', 'com.pyxis.greenhopper.jira:gh-sprint-searcher', 'Sprint', 'Jira Software sprint field'),
 (10001, 'com.pyxis.greenhopper.jira:gh-epic-link', 'com.pyxis.greenhopper.jira:gh-epic-link-searcher', 'Epic Link', 'Epic Link field, used to relate issues to an epic.'),
 (10002, 'com.pyxis.greenhopper.jira:gh-lexo-rank', 'com.pyxis.greenhopper.jira:gh-lexo-rank-searcher', 'Rank', 'Global rank field for Jira Software use only.'),
 (10003, 'com.atlassian.jira.plugin.system.customfieldtypes:float', 'com.atlassian.jira.plugin.system.customfieldtypes:exactnumber', 'Story Points', 'Measurement of complexity and/or size of a requirement.'),
 (10004, 'com.pyxis.greenhopper.jira:gh-epic-label', 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher', 'Epic Name', 'Provides a short name to identify an epic.'),
 (10100, 'com.atlassian.servicedesk:vp-origin', 'com.atlassian.servicedesk:vp-origin-searcher', 'Customer Request Type', 'Holds information about which Service Desk was used to create a ticket.'),
 (10101, 'com.atlassian.servicedesk:sd-request-participants', 'com.atlassian.jira.plugin.system.customfieldtypes:userpickergroupsearcher', 'Request participants', 'Allows customers to share requests with other customers.'),
 (10102, 'com.atlassian.servicedesk:sd-customer-organizations', 'com.atlassian.servicedesk:sd-customer-organizations-searcher', 'Organizations', 'Organizations the request is shared with.'),
 (10103, 'com.atlassian.servicedesk:sd-request-feedback', 'com.atlassian.servicedesk:sd-request-feedback-searcher', 'Satisfaction', 'Stores request feedback in Service Management requests.'),
 (10104, 'com.atlassian.servicedesk:sd-request-feedback-date', 'com.atlassian.servicedesk:sd-request-feedback-date-searcher', 'Satisfaction date', 'Stores request feedback date in Service Management requests.'),
 (10105, 'com.atlassian.servicedesk:sd-sla-field', 'com.atlassian.servicedesk:sd-sla-field-searcher', 'Time to resolution', 'This custom field was created by Jira Service Management.'),
 (10106, 'com.atlassian.servicedesk:sd-sla-field', 'com.atlassian.servicedesk:sd-sla-field-searcher', 'Time to first response', 'This custom field was created by Jira Service Management.'),
 (10107, 'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker', 'com.atlassian.jira.plugin.system.customfieldtypes:userpickergroupsearcher', 'Approvers', 'Contains users needed for approval.'),
 (10110, 'com.atlassian.jira.plugin.system.customfieldtypes:textfield', 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher', 'Customer Phone', 'Best number to call the customer back on. Agents only.'),
 (10111, 'com.atlassian.jira.plugin.system.customfieldtypes:textfield', 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher', 'Customer Email', 'Alternative contact email if the customer cannot use the portal.'),
 (10112, 'com.atlassian.jira.plugin.system.customfieldtypes:textfield', 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher', 'Contract ID', 'CTR-YYYY-NNNN from the CRM'),
 (10113, 'com.atlassian.jira.plugin.system.customfieldtypes:userpicker', 'com.atlassian.jira.plugin.system.customfieldtypes:userpickergroupsearcher', 'Affected user', 'When raised on behalf of someone else.'),
 (10114, 'com.atlassian.jira.plugin.system.customfieldtypes:textfield', 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher', 'Asset tag', 'CORV-LT-NNNN label on the device'),
 (10115, 'com.atlassian.jira.plugin.system.customfieldtypes:select', 'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher', 'Impact', NULL),
 (10116, 'com.atlassian.jira.plugin.system.customfieldtypes:select', 'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher', 'Urgency', NULL),
 (10117, 'com.atlassian.jira.plugin.system.customfieldtypes:select', 'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher', 'Office location', 'Client site for onsite visits'),
 (10118, 'com.atlassian.jira.plugin.system.customfieldtypes:textarea', 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher', 'Steps to Reproduce', NULL),
 (10119, 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker', 'com.atlassian.jira.plugin.system.customfieldtypes:daterange', 'Start date', 'First working day of the new starter'),
 (10120, 'com.atlassian.jira.plugin.system.customfieldtypes:textfield', 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher', 'Job title', NULL),
 (10121, 'com.atlassian.jira.plugin.system.customfieldtypes:userpicker', 'com.atlassian.jira.plugin.system.customfieldtypes:userpickergroupsearcher', 'Hiring manager', NULL),
 (10122, 'com.atlassian.jira.plugin.system.customfieldtypes:textarea', 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher', 'Laptop delivery address', 'Home address if the starter works remotely in the first week'),
 (10123, 'com.atlassian.jira.plugin.system.customfieldtypes:labels', 'com.atlassian.jira.plugin.system.customfieldtypes:labelsearcher', 'Client labels', NULL),
 (10124, 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes', 'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher', 'Flagged', 'Allows to flag issues with impediments.'),
 (10125, 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker', 'com.atlassian.jira.plugin.system.customfieldtypes:daterange', 'Target start', NULL),
 (10126, 'com.atlassian.jira.plugin.system.customfieldtypes:select', 'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher', 'Cost centre', NULL),
 (10127, 'com.atlassian.jira.plugin.system.customfieldtypes:textarea', 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher', 'Root cause', 'Filled in for P1 and P2 incidents')) v(id, t, sk, n, d);

CREATE TABLE customfieldoption (
    id numeric(18,0) PRIMARY KEY, customfield numeric(18,0), customfieldconfig numeric(18,0), parentoptionid numeric(18,0), sequence numeric(18,0), customvalue varchar(255),
    optiontype varchar(60), disabled varchar(60)
);
INSERT INTO customfieldoption
SELECT 10200 + row_number() OVER (ORDER BY cf, seq), cf, cf + 100, NULL, seq - 1, val, NULL, CASE WHEN val LIKE '%(old)' THEN 'Y' ELSE 'N' END
FROM (SELECT cf, val, ordinality AS seq FROM (VALUES
  (10115, ARRAY['Extensive / Widespread', 'Significant / Large', 'Moderate / Limited', 'Minor / Localized']),
  (10116, ARRAY['Critical', 'High', 'Medium', 'Low']),
  (10117, ARRAY['Client head office', 'Client branch', 'Home worker', 'Data centre (Slough)', 'Data centre (Frankfurt)', 'Leeds office (old)']),
  (10124, ARRAY['Impediment']),
  (10126, ARRAY['CC-100 Service Desk', 'CC-200 Engineering', 'CC-300 Sales', 'CC-400 People', 'CC-500 Finance', 'CC-900 Group'])) v(cf, vals), unnest(v.vals) WITH ORDINALITY AS val) x;

-- Custom field values: phones, emails, contract ids, request participants and
-- managers as user keys, organisations, start dates, SLA JSON, free text.
CREATE TABLE customfieldvalue (
    id numeric(18,0) PRIMARY KEY, issue numeric(18,0), customfield numeric(18,0), updated numeric(18,0), parentkey varchar(255), stringvalue varchar(255),
    numbervalue double precision, textvalue text, datevalue timestamptz, valuetype varchar(255)
);
INSERT INTO customfieldvalue
SELECT 10000 + row_number() OVER (ORDER BY v.k, v.cf, v.sv), 10000 + v.k, v.cf, NULL, NULL, v.sv, v.nv, v.tv, v.dv, NULL
FROM (
  SELECT s.k, 10100 AS cf, (ARRAY['itsd/getithelp', 'itsd/reportincident', 'itsd/newstarter', 'itsd/leaver', 'itsd/hardware', 'itsd/billing', 'itsd/email'])[1 + s.k % 7] AS sv, NULL::float8 AS nv, NULL AS tv, NULL::timestamptz AS dv
    FROM jgen.iss s WHERE s.kind = 'itsd'
  UNION ALL SELECT s.k, 10100, (ARRAY['help/laptop', 'help/access', 'help/software', 'help/other'])[1 + s.k % 4], NULL, NULL, NULL FROM jgen.iss s WHERE s.kind = 'help'
  UNION ALL SELECT s.k, 10102, NULL, u.org, NULL, NULL FROM jgen.iss s JOIN jgen.u u ON u.i = s.rep WHERE s.kind = 'itsd' AND u.org IS NOT NULL
  UNION ALL SELECT s.k, 10105, NULL, NULL,
      '{"timeline":{"events":[{"date":' || jgen.ms(s.created) || ',"types":["START"]}' || CASE WHEN s.st >= 4 THEN ',{"date":' || (jgen.ms(s.created) + 3600000 * (1 + s.k % 40)) || ',"types":["STOP"]}' ELSE '' END
      || ']},"ongoingSLAData":' || CASE WHEN s.st < 4 THEN '{"goalId":' || (2 + s.k % 3) || ',"startTime":' || jgen.ms(s.created) || ',"paused":false,"thresholdData":{"calculatedAt":' || (jgen.ms(s.created) + 60000) || ',"remainingTime":' || (28800000 - 60000 * (s.k % 400)) || '}}' ELSE 'null' END
      || ',"completeSLAData":[' || CASE WHEN s.st >= 4 THEN '{"succeeded":' || (s.k % 6 <> 0)::text || ',"goalDuration":28800000,"elapsedTime":' || (3600000 * (1 + s.k % 40)) || '}' ELSE '' END || '],"metricId":1,"definitionChangeMsSinceEpoch":1641980000000}', NULL
    FROM jgen.iss s WHERE s.kind IN ('itsd', 'help')
  UNION ALL SELECT s.k, 10110, CASE WHEN s.k % 5 = 0 THEN jgen.phone('jcfp', s.k) ELSE u.phone END, NULL, NULL, NULL FROM jgen.iss s JOIN jgen.u u ON u.i = s.rep WHERE s.kind = 'itsd' AND s.k % 3 = 0
  UNION ALL SELECT s.k, 10111, fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last) || '@' || (ARRAY['gmail.com', 'outlook.com', 'icloud.com', 'web.de'])[1 + s.k % 4], NULL, NULL, NULL
    FROM jgen.iss s JOIN jgen.u u ON u.i = s.rep WHERE s.kind = 'itsd' AND s.k % 11 = 0
  UNION ALL SELECT s.k, 10112, 'CTR-' || (2021 + s.k % 4) || '-' || lpad((u.org * 23 % 900)::text, 4, '0'), NULL, NULL, NULL FROM jgen.iss s JOIN jgen.u u ON u.i = s.rep WHERE s.kind = 'itsd' AND s.k % 4 = 0 AND u.org IS NOT NULL
  UNION ALL SELECT s.k, 10101, p.ukey, NULL, NULL, NULL FROM jgen.iss s, generate_series(1, 2) n, jgen.u p WHERE s.kind = 'itsd' AND s.k % 6 = 0 AND (n = 1 OR s.k % 12 = 0) AND p.i = 221 + (s.k * 7 + n * 131) % 1680
  UNION ALL SELECT s.k, 10103, NULL, 1 + (s.k * 7) % 5, NULL, NULL FROM jgen.iss s WHERE s.kind = 'itsd' AND s.st BETWEEN 4 AND 8 AND s.k % 3 = 0
  UNION ALL SELECT s.k, 10104, NULL, NULL, NULL, s.created + make_interval(days => 2 + s.k % 5) FROM jgen.iss s WHERE s.kind = 'itsd' AND s.st BETWEEN 4 AND 8 AND s.k % 3 = 0
  UNION ALL SELECT s.k, 10113, p.ukey, NULL, NULL, NULL FROM jgen.iss s JOIN jgen.u p ON p.i = 221 + (s.k * 17) % 1680 WHERE s.kind = 'itsd' AND s.k % 5 = 0
  UNION ALL SELECT s.k, 10114, 'CORV-LT-' || lpad((s.k % 900 + 40)::text, 4, '0'), NULL, NULL, NULL FROM jgen.iss s WHERE s.kind IN ('itsd', 'help') AND s.k % 7 = 0
  UNION ALL SELECT s.k, 10115, (10201 + s.k % 4)::text, NULL, NULL, NULL FROM jgen.iss s WHERE s.kind = 'itsd' AND s.k % 2 = 0
  UNION ALL SELECT s.k, 10117, (10209 + s.k % 6)::text, NULL, NULL, NULL FROM jgen.iss s WHERE s.kind = 'itsd' AND s.k % 8 = 0
  UNION ALL SELECT s.k, 10107, (SELECT ukey FROM jgen.u WHERE i = 13 + s.k % 48), NULL, NULL, NULL FROM jgen.iss s WHERE s.kind = 'help' AND s.k % 3 = 0
  UNION ALL SELECT s.k, 10119, NULL, NULL, NULL, (ns.start - 400 * (s.k % 5 = 0)::int)::timestamptz FROM jgen.iss s JOIN jgen.ns ns ON ns.k = s.k
  UNION ALL SELECT s.k, 10120, ns.title, NULL, NULL, NULL FROM jgen.iss s JOIN jgen.ns ns ON ns.k = s.k
  UNION ALL SELECT s.k, 10121, (SELECT ukey FROM jgen.u WHERE i = 61 + s.k % 160), NULL, NULL, NULL FROM jgen.iss s WHERE s.kind = 'onb'
  UNION ALL SELECT s.k, 10122, NULL, NULL, ns.first || ' ' || ns.last || E'\n' || ns.street || E'\n' || ns.pc || ' ' || ns.city || CASE WHEN s.k % 2 = 0 THEN E'\nLeave with neighbour at no. ' || (s.k % 40 + 1) || ' if out' ELSE '' END, NULL
    FROM jgen.iss s JOIN jgen.ns ns ON ns.k = s.k WHERE s.k % 3 <> 0
  UNION ALL SELECT s.k, 10126, (10217 + s.k % 6)::text, NULL, NULL, NULL FROM jgen.iss s WHERE s.kind = 'onb'
  UNION ALL SELECT s.k, 10002, '0|i00' || lpad(to_hex(s.k * 37), 3, '0') || ':' || substr(md5('rank' || s.k), 1, 4), NULL, NULL, NULL FROM jgen.iss s WHERE s.kind = 'dev'
  UNION ALL SELECT s.k, 10003, NULL, (ARRAY[1, 2, 3, 5, 8, 13])[1 + s.k % 6], NULL, NULL FROM jgen.iss s WHERE s.kind = 'dev' AND s.k % 2 = 0
  UNION ALL SELECT s.k, 10000, (101 + s.k % 60)::text, NULL, NULL, NULL FROM jgen.iss s WHERE s.kind = 'dev' AND s.k % 3 <> 0
  UNION ALL SELECT s.k, 10118, NULL, NULL, E'1. Log in as a client admin\n2. Open Users > Invite\n3. Paste a CSV with more than 200 rows\n\nSpinner never stops; the API returns 413.', NULL FROM jgen.iss s WHERE s.kind = 'dev' AND s.k % 10 = 0
  UNION ALL SELECT s.k, 10127, NULL, NULL, CASE s.k % 3 WHEN 0 THEN 'Expired certificate on the VPN concentrator; renewal reminder went to a leaver''s mailbox (' || lower(substr(u.first, 1, 1) || u.last) || '@corvane.example).'
        WHEN 1 THEN 'Disk full on the backup repository after retention was changed from 14 to 30 days.' ELSE 'Faulty switch in the client''s comms room, replaced by ' || u.first || ' on site.' END, NULL
    FROM jgen.iss s JOIN jgen.u u ON u.i = 61 + s.k % 160 WHERE s.kind = 'dev' AND s.k % 9 = 0
  UNION ALL SELECT s.k, 10125, NULL, NULL, NULL, date_trunc('day', s.created) + interval '21 days' FROM jgen.iss s WHERE s.kind = 'dev' AND s.k % 6 = 0
  UNION ALL SELECT s.k, 10124, '10216', NULL, NULL, NULL FROM jgen.iss s WHERE s.kind = 'dev' AND s.k % 20 = 0
) v(k, cf, sv, nv, tv, dv);

CREATE TABLE worklog (
    id numeric(18,0) PRIMARY KEY, issueid numeric(18,0), author varchar(255), grouplevel varchar(255), rolelevel numeric(18,0), worklogbody text, created timestamptz,
    updateauthor varchar(255), updated timestamptz, startdate timestamptz, timeworked numeric(18,0)
);
INSERT INTO worklog
SELECT 10000 + w, s.id, a.ukey, NULL, CASE WHEN w % 31 = 0 THEN 10002 END,
       CASE WHEN s.kind IN ('itsd', 'help') THEN CASE w % 7
              WHEN 0 THEN 'Remote session with ' || r.first || ', rebuilt the Outlook profile' WHEN 1 THEN 'Phone call with ' || r.first || ' ' || r.last || ' (' || r.phone || ')'
              WHEN 2 THEN 'Onsite visit to ' || coalesce(o.nm, 'the customer') || ', replaced the switch in the comms room' WHEN 3 THEN 'Checked the VPN logs'
              WHEN 4 THEN '' WHEN 5 THEN 'Waited on hold with Microsoft support' ELSE 'Travel' END
            WHEN s.kind = 'onb' THEN CASE w % 3 WHEN 0 THEN 'Laptop build' WHEN 1 THEN 'Induction call with ' || split_part(t.summary, ' ', 2) ELSE 'Paperwork' END
            ELSE CASE w % 6 WHEN 0 THEN 'Code review' WHEN 1 THEN 'Pairing with ' || (SELECT first FROM jgen.u WHERE i = 61 + (w * 3) % 160) WHEN 2 THEN 'Debugging on staging' WHEN 3 THEN NULL WHEN 4 THEN 'Refinement' ELSE 'Release' END END,
       x.at, a.ukey, x.at, x.at - make_interval(mins => 15 * (1 + w % 16)), 900 * (1 + w % 16)
FROM generate_series(1, 2000) w JOIN jgen.iss s ON s.k = 1 + fixture_gen.n('jwli', w, 3000) JOIN jgen.txt t ON t.k = s.k JOIN jgen.u r ON r.i = s.rep LEFT JOIN jgen.org o ON o.o = r.org
JOIN jgen.u a ON a.i = coalesce(s.asg, 13 + w % 200), LATERAL (SELECT s.created + make_interval(mins => 60 + fixture_gen.n('jwlt', w, 20000)) AS at) x;

-- ---------------------------------------------------------------- properties: settings, users' preferences and jira.meta properties, plugin settings
CREATE TABLE jgen.prop (ename text, eid numeric, pkey text, ptype int, sval text, nval bigint);
INSERT INTO jgen.prop SELECT 'jira.properties', 1, k, 5, v, NULL FROM (VALUES
  ('jira.baseurl', 'https://jira.corvane.example'), ('jira.title', 'Corvane Jira'), ('jira.mode', 'private'), ('jira.i18n.default.locale', 'en_GB'),
  ('jira.default.timezone', 'Europe/London'), ('jira.sid.key', 'B7KQ-M2XD-9TLA-4RWE'), ('jira.version.patched', '940004'), ('jira.lf.logo.url', '/secure/projectavatar?avatarId=10324'),
  ('jira.lf.top.bgcolour', '#0b2a4a'), ('jira.lf.top.textcolour', '#ffffff'), ('jira.lf.text.headingcolour', '#172B4D'), ('jira.option.emailvisible', 'user'),
  ('jira.projectkey.pattern', '([A-Z][A-Z]+)'), ('jira.clone.prefix', 'CLONE -'), ('jira.lf.date.dmy', 'dd/MMM/yy'), ('jira.date.time.picker.java.format', 'dd/MMM/yy h:mm a'),
  ('jira.webresource.superbatch.flushcounter', '1718787600412'), ('jira.setup', 'true'), ('jira.avatar.default.id', '10123'), ('jira.avatar.user.default.id', '10122'),
  ('applinks.admin.5d1c2b9e-87f1-3a0e-b7c4-41e9f06ad3c2.application.name', 'Corvane Wiki'), ('applinks.admin.5d1c2b9e-87f1-3a0e-b7c4-41e9f06ad3c2.application.type', 'confluence'),
  ('applinks.admin.5d1c2b9e-87f1-3a0e-b7c4-41e9f06ad3c2.application.rpc.url', 'https://wiki.corvane.example'), ('applinks.global.application.ids', '5d1c2b9e-87f1-3a0e-b7c4-41e9f06ad3c2'),
  ('com.atlassian.servicedesk.email.default.address', 'support@corvane.example'), ('com.atlassian.analytics.client.configuration..policy_acknowledged', 'true'),
  ('jira.issue.desc.environment', 'For example operating system, software platform and/or hardware specifications (include as appropriate for the issue).'),
  ('com.atlassian.jira.upgrade.reindex.required', 'false'), ('jira.maximum.authentication.attempts.allowed', '3'), ('jira.admin.email.notification.sender', 'jira@corvane.example')) v(k, v);
INSERT INTO jgen.prop SELECT 'jira.properties', 1, k, 1, NULL, v FROM (VALUES ('jira.option.allowunassigned', 1), ('jira.option.voting', 1), ('jira.option.watching', 1),
  ('jira.option.issuelinking', 1), ('jira.option.timetracking', 1), ('jira.option.user.externalmanagement', 0), ('jira.option.allowattachments', 1), ('jira.option.allowsubtasks', 1),
  ('jira.option.rpc.allow', 1), ('jira.option.ignore.url.with.key', 0), ('jira.option.cache.issues', 1)) v(k, v);
INSERT INTO jgen.prop SELECT 'jira.properties', 1, k, 3, NULL, v FROM (VALUES ('jira.timetracking.hours.per.day', 8), ('jira.timetracking.days.per.week', 5),
  ('jira.attachment.size', 10485760), ('jira.newsletter.tip.delay.days', 7), ('jira.session.timeout.minutes', 300), ('jira.bulk.edit.limit.issue.count', 1000)) v(k, v);
-- long settings and plugin settings (PluginSettings keeps java.util.Properties and JSON here)
INSERT INTO jgen.prop SELECT 'jira.properties', 1, k, 6, v, NULL FROM (VALUES
  ('jira.introduction', '<p>Welcome to Corvane Jira. Clients: please raise requests on <a href="https://support.corvane.example">the support portal</a> or email support@corvane.example. P1 incidents: call the hotline on 0161 496 0000, 24/7.</p>'),
  ('jira.contact.administrators.message', 'For access to a project ask in #it-help or raise a HELP request. Licences are approved by the service desk leads.'),
  ('jira.announcement.banner', '<b>Planned maintenance:</b> Saturday 22:00-23:00 UTC, Jira will be read only.'),
  ('applinks.admin.5d1c2b9e-87f1-3a0e-b7c4-41e9f06ad3c2.auth.com.atlassian.applinks.api.auth.types.BasicAuthenticationProvider',
   E'#java.util.Properties\n#Tue Mar 12 09:14:02 GMT 2024\nusername=svc-jira-wiki\npassword=' || jgen.tok('jalpw', 1, 20) || E'\n'),
  ('applinks.admin.5d1c2b9e-87f1-3a0e-b7c4-41e9f06ad3c2.auth.com.atlassian.applinks.api.auth.types.OAuthAuthenticationProvider', E'#java.util.Properties\nconsumerKey.outbound=jira\\:4428374\n'),
  ('com.atlassian.jira.plugins.slack:workspaces', '[{"teamId":"T0' || upper(jgen.tok('jsltm', 1, 8)) || '","teamName":"corvane","botUserId":"U0' || upper(jgen.tok('jslb', 1, 8)) || '","botAccessToken":"xox' || 'b-'
      || jgen.dg('jsl1', 1, 12) || '-' || jgen.dg('jsl2', 1, 13) || '-' || jgen.tok('jsl3', 1, 24) || '","appId":"A0' || upper(jgen.tok('jsla', 1, 8)) || '"}]'),
  ('com.atlassian.upm:notifications:notification-update', '#java.util.List' || E'\ncom.atlassian.servicedesk\ncom.atlassian.jira.plugins.jira-slack-server-integration-plugin'),
  ('com.atlassian.troubleshooting.healthcheck.dismissed', '["com.atlassian.jira.plugins.healthcheck.LuceneIndexHealthCheck"]'),
  ('com.atlassian.jira.plugins.jira-bitbucket-connector-plugin:bitbucket.webhook.secret', md5('jbbws') || md5('jbbws2')),
  ('com.atlassian.jira.jira-mail-plugin:mail.handler.errors', 'Last error 2024-06-18 07:02:11: AUTHENTICATE failed for helpdesk@corvane.example')) v(k, v);
-- per-user settings, jira.meta.* properties an admin set on some users, and project settings
INSERT INTO jgen.prop
SELECT 'ApplicationUser', u.aid, v.k, v.t, v.s, v.n
FROM jgen.u u, LATERAL (VALUES
  ('jira.user.locale', 5, CASE WHEN u.i % 5 = 0 OR u.i <= 220 THEN (ARRAY['en_GB', 'en_US', 'de_DE', 'fr_FR', 'pl_PL', 'ja_JP', 'es_ES'])[1 + u.i % 7] END, NULL::bigint),
  ('jira.user.timezone', 5, CASE WHEN u.i <= 220 AND u.i % 2 = 0 THEN (ARRAY['Europe/London', 'Europe/Berlin', 'Europe/Warsaw', 'Asia/Kolkata', 'America/New_York'])[1 + u.i % 5] END, NULL),
  ('user.notifications.mimetype', 5, CASE WHEN u.i <= 220 OR u.i % 7 = 0 THEN (ARRAY['html', 'text', 'html'])[1 + u.i % 3] END, NULL),
  ('user.notify.own.changes', 1, CASE WHEN u.i <= 220 THEN 'x' END, (u.i % 2)::bigint),
  ('jira.user.avatar.id', 3, CASE WHEN u.i BETWEEN 3 AND 220 AND u.i % 3 = 1 THEN 'x' END, 10071 + u.i % 150),
  ('user.keyboard.shortcuts.disabled', 1, CASE WHEN u.i <= 220 AND u.i % 9 = 0 THEN 'x' END, 1),
  ('jira.meta.mobile', 5, CASE WHEN u.i BETWEEN 13 AND 220 AND u.i % 3 = 0 THEN jgen.phone('jmob', u.i) END, NULL),
  ('jira.meta.location', 5, CASE WHEN u.i BETWEEN 3 AND 220 AND u.i % 4 = 0 THEN (ARRAY['Manchester office', 'Leeds office', 'Remote - ' || fixture_gen.city('jmloc', u.i), 'Kraków hub', 'Pune hub'])[1 + u.i % 5] END, NULL),
  ('jira.meta.emergency.contact', 5, CASE WHEN u.i BETWEEN 13 AND 220 AND u.i % 11 = 0 THEN fixture_gen.full_name('jmec', u.i) || ' (' || (ARRAY['partner', 'mother', 'husband', 'wife', 'brother'])[1 + u.i % 5] || ') ' || jgen.phone('jmecp', u.i) END, NULL),
  ('jira.meta.oncall.pager', 5, CASE WHEN u.i BETWEEN 61 AND 220 AND u.i % 5 = 2 THEN jgen.phone('jmob', u.i) END, NULL),
  ('user.default.share.private', 1, CASE WHEN u.i <= 220 AND u.i % 4 = 0 THEN 'x' END, 1)) v(k, t, s, n)
WHERE v.s IS NOT NULL;
UPDATE jgen.prop SET sval = NULL WHERE ptype IN (1, 3);
INSERT INTO jgen.prop SELECT 'Project', p.id, 'jira.project.issue.security.default', 3, NULL, 10100 FROM project p WHERE p.id = 10006;
INSERT INTO jgen.prop SELECT 'Project', p.id, 'sd.project.knowledge.base.space', 5, (ARRAY['ITKB', 'HELPKB'])[p.id - 10002], NULL FROM project p WHERE p.id IN (10003, 10004);
ALTER TABLE jgen.prop ADD COLUMN id serial;

CREATE TABLE propertyentry (id numeric(18,0) PRIMARY KEY, entity_name varchar(255), entity_id numeric(18,0), property_key varchar(255), propertytype numeric(9,0));
CREATE TABLE propertystring (id numeric(18,0) PRIMARY KEY, propertyvalue text);
CREATE TABLE propertytext (id numeric(18,0) PRIMARY KEY, propertyvalue text);
CREATE TABLE propertynumber (id numeric(18,0) PRIMARY KEY, propertyvalue numeric(18,0));
INSERT INTO propertyentry SELECT 10000 + id, ename, eid, pkey, ptype FROM jgen.prop;
INSERT INTO propertystring SELECT 10000 + id, sval FROM jgen.prop WHERE ptype = 5;
INSERT INTO propertytext SELECT 10000 + id, sval FROM jgen.prop WHERE ptype = 6;
INSERT INTO propertynumber SELECT 10000 + id, nval FROM jgen.prop WHERE ptype IN (1, 3);

-- ---------------------------------------------------------------- mail, notifications, history, filters
CREATE TABLE mailserver (
    id numeric(18,0) PRIMARY KEY, name varchar(255), description text, mailfrom varchar(255), prefix varchar(60), smtp_port varchar(60), protocol varchar(60),
    server_type varchar(60), servername varchar(255), jndilocation varchar(255), mailusername varchar(255), mailpassword varchar(255), istlsrequired varchar(60),
    timeout numeric(18,0), socks_port varchar(60), socks_host varchar(60)
);
INSERT INTO mailserver VALUES
 (10000, 'Office 365 SMTP', 'Outgoing notifications, relay account', 'jira@corvane.example', '[Corvane Jira]', '587', 'smtp', 'smtp', 'smtp.office365.com', NULL,
  'jira@corvane.example', 'Qm' || jgen.tok('jmspw', 1, 14) || '#1', 'true', 10000, NULL, NULL),
 (10001, 'HELP mailbox', 'Internal IT help mailbox, read by the mail handler service', NULL, NULL, '993', 'imaps', 'imap', 'outlook.office365.com', NULL,
  'helpdesk@corvane.example', 'Hd' || jgen.tok('jmspw', 2, 15), 'false', 10000, NULL, NULL),
 (10002, 'Old POP (do not use)', 'Before the move to Office 365', NULL, NULL, '995', 'pop3s', 'pop', 'mail.corvane.example', NULL,
  'jira-inbound', jgen.tok('jmspw', 3, 12), 'false', 10000, NULL, NULL);

CREATE TABLE notificationinstance (id numeric(18,0) PRIMARY KEY, notificationtype varchar(60), source numeric(18,0), emailaddress varchar(255), messageid varchar(255));
INSERT INTO notificationinstance
SELECT 10000 + q, 'Notification', s.id, u.email, 'JIRA.' || s.id || '.' || jgen.ms(s.created + make_interval(mins => q % 5000)) || '.' || (q % 97) || '.' || (jgen.ms(s.created) + q) || '@Atlassian.JIRA'
FROM generate_series(1, 2500) q JOIN jgen.iss s ON s.k = 1 + fixture_gen.n('jnii', q, 3000)
JOIN jgen.u u ON u.i = CASE WHEN q % 3 = 0 AND s.asg IS NOT NULL THEN s.asg WHEN q % 7 = 1 THEN 13 + q % 200 ELSE s.rep END;

CREATE TABLE userhistoryitem (id numeric(18,0) PRIMARY KEY, entitytype varchar(60), entityid varchar(255), username varchar(255), lastviewed numeric(18,0), data text);
INSERT INTO userhistoryitem
SELECT 10000 + k, t.et, CASE t.et WHEN 'Issue' THEN (10001 + fixture_gen.n('juhe', k, 3000))::text WHEN 'Project' THEN (10000 + k % 9)::text WHEN 'Dashboard' THEN (10000 + k % 80)::text
        WHEN 'SearchRequest' THEN (10000 + k % 120)::text WHEN 'JQLQuery' THEN (ARRAY['project = ITSD AND resolution = Unresolved ORDER BY priority DESC', 'assignee = currentUser() AND resolution = Unresolved',
            'text ~ "' || p.last || '"', 'reporter = "' || p.email || '"', '"Customer Phone" ~ "' || split_part(p.phone, ' ', 2) || '"', 'project = ONB AND "Start date" >= startOfMonth()', 'Organizations = "' || coalesce(o.nm, 'Harbourview Logistics') || '"'])[1 + k % 7]
        ELSE p.ukey END,
       u.ukey, jgen.ms(jgen.ts('juhl', k)), NULL
FROM generate_series(1, 2500) k JOIN jgen.u u ON u.i = 3 + fixture_gen.n('juhu', k, 218) JOIN jgen.u p ON p.i = 13 + fixture_gen.n('juhp', k, 1887) LEFT JOIN jgen.org o ON o.o = p.org,
LATERAL (SELECT (ARRAY['Issue', 'Issue', 'Issue', 'Issue', 'Project', 'Dashboard', 'SearchRequest', 'JQLQuery', 'JQLQuery', 'Assignee', 'UsedUser'])[1 + fixture_gen.n('juht', k, 11)] AS et) t;

CREATE TABLE searchrequest (
    id numeric(18,0) PRIMARY KEY, filtername varchar(255), authorname varchar(255), description text, username varchar(255), groupname varchar(255), projectid numeric(18,0),
    reqcontent text, fav_count numeric(18,0), filtername_lower varchar(255)
);
INSERT INTO searchrequest
SELECT 10000 + k, f.n, u.ukey, f.d, u.ukey, NULL, f.p, f.q, k % 9, lower(f.n)
FROM generate_series(1, 120) k JOIN jgen.u u ON u.i = CASE WHEN k % 14 IN (0, 1, 2, 3, 4, 5) THEN 13 + k % 48 ELSE 61 + k % 160 END
JOIN jgen.u c ON c.i = 221 + (k * 37) % 1680 LEFT JOIN jgen.org o ON o.o = c.org JOIN jgen.u m ON m.i = 61 + (k * 13) % 160,
LATERAL (SELECT * FROM (VALUES
  (0, 'My open ITSD requests', NULL, 10003, 'project = ITSD AND assignee = currentUser() AND resolution = Unresolved ORDER BY priority DESC, created ASC'),
  (1, 'Unassigned P1/P2', 'Check every 30 minutes', 10003, 'project = ITSD AND assignee is EMPTY AND priority in (Highest, High)'),
  (2, 'Waiting for customer > 3 days', 'Chase or auto-close', 10003, 'project = ITSD AND status = "Waiting for customer" AND updated <= -3d'),
  (3, coalesce(o.nm, 'Private customers') || ' - open', 'For the monthly service review', 10003, 'project = ITSD AND Organizations = "' || coalesce(o.nm, 'none') || '" AND resolution = Unresolved'),
  (4, 'Repeat caller: ' || c.first || ' ' || c.last, c.first || ' calls about the same printer every week, keep an eye', 10003, 'project = ITSD AND reporter = "' || c.ukey || '" ORDER BY created DESC'),
  (5, 'Callbacks to ' || split_part(c.phone, ' ', 1) || ' numbers', NULL, 10003, '"Customer Phone" ~ "' || split_part(c.phone, ' ', 1) || '*" AND created >= -30d'),
  (6, 'PLAT board', 'Filter of the PLAT scrum board', 10000, 'project = PLAT ORDER BY Rank ASC'),
  (7, 'MOB kanban', NULL, 10001, 'project = MOB AND (fixVersion in unreleasedVersions() OR fixVersion is EMPTY) ORDER BY Rank ASC'),
  (8, m.first || '''s bugs', NULL, NULL, 'type = Bug AND assignee in (' || m.ukey || ') AND resolution = Unresolved'),
  (9, 'Starters this month', 'People team only', 10005, 'project = ONB AND "Start date" >= startOfMonth() AND "Start date" <= endOfMonth()'),
  (10, 'Security findings open', NULL, 10006, 'project = SEC AND resolution = Unresolved AND labels = pentest-2024'),
  (11, 'Emails from ' || split_part(c.email, '@', 2), NULL, 10003, 'project = ITSD AND reporter in ("' || c.email || '", "' || (SELECT email FROM jgen.u WHERE i = 221 + (k * 41) % 1680) || '")'),
  (12, 'Recently resolved', NULL, NULL, 'resolved >= -7d ORDER BY resolved DESC'),
  (13, 'Ops changes for CAB', 'Tuesday CAB', 10002, 'project = OPS AND type = Change AND status = "In Review"')) v(m, n, d, p, q) WHERE v.m = k % 14) f;

CREATE TABLE favouriteassociations (id numeric(18,0) PRIMARY KEY, username varchar(255), entitytype varchar(60), entityid numeric(18,0), sequence numeric(18,0));
INSERT INTO favouriteassociations
SELECT 10000 + k, u.ukey, CASE WHEN k % 3 = 0 THEN 'PortalPage' ELSE 'SearchRequest' END, CASE WHEN k % 3 = 0 THEN 10000 + k % 81 ELSE 10000 + k % 120 END, k % 5
FROM generate_series(1, 300) k JOIN jgen.u u ON u.i = 3 + fixture_gen.n('jfav', k, 218);

-- ---------------------------------------------------------------- OAuth 1, remember-me, services, trusted apps
CREATE TABLE oauthconsumer (
    id numeric(18,0) PRIMARY KEY, created timestamptz, consumername varchar(255), consumer_key varchar(255), consumerservice varchar(255), public_key text, private_key text,
    description text, callback text, signature_method varchar(60), shared_secret text
);
INSERT INTO oauthconsumer VALUES
 (10000, '2019-02-04 10:15:01.2+00', 'Corvane Jira', 'jira:4428374', '__HOST_SERVICE__', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || fixture_gen.b64('jhpub', 1, 222) || 'IDAQAB',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' || 'BKcwggSjAgEAAoIBAQ' || fixture_gen.b64('jhpriv', 1, 249) || fixture_gen.b64('jhpriv', 2, 249) || fixture_gen.b64('jhpriv', 3, 249) || fixture_gen.b64('jhpriv', 4, 150),
  'Atlassian Jira at https://jira.corvane.example', NULL, 'RSA_SHA1', NULL),
 (10001, '2019-03-01 11:22:40.9+00', 'Corvane Wiki', 'confluence:7719034', 'com.atlassian.oauth.serviceprovider', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || fixture_gen.b64('jcpub', 1, 222) || 'IDAQAB',
  NULL, 'Atlassian Confluence at https://wiki.corvane.example', 'https://wiki.corvane.example/plugins/servlet/applinks/oauth/login-dance/access', 'RSA_SHA1', NULL),
 (10002, '2021-09-13 15:02:11.4+00', 'Grafana reporting', 'grafana-reports', 'com.atlassian.oauth.serviceprovider', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || fixture_gen.b64('jgpub', 1, 222) || 'IDAQAB',
  NULL, 'Reads ITSD SLA data for the client dashboards', NULL, 'RSA_SHA1', NULL),
 (10003, '2022-04-27 08:40:55.0+00', 'CRM sync (legacy)', 'corvane-crm', 'com.atlassian.oauth.serviceprovider', NULL, NULL, 'HMAC consumer of the old CRM integration', NULL, 'HMAC_SHA1',
  jgen.tok('jcrmss', 1, 32));

CREATE TABLE oauthsptoken (
    id numeric(18,0) PRIMARY KEY, created timestamptz, token varchar(255), token_secret varchar(255), token_type varchar(60), consumer_key varchar(255), username varchar(255),
    ttl numeric(18,0), spauth varchar(60), callback text, spverifier varchar(255), spversion varchar(60), session_handle varchar(255), session_creation_time timestamptz,
    session_last_renewal_time timestamptz, session_time_to_live timestamptz
);
INSERT INTO oauthsptoken
SELECT 10000 + k, x.at, jgen.tok('jspt', k, 32), jgen.tok('jsps', k, 32), CASE WHEN k % 6 = 0 THEN 'REQUEST' ELSE 'ACCESS' END,
       (ARRAY['confluence:7719034', 'grafana-reports', 'confluence:7719034', 'corvane-crm'])[1 + k % 4], u.uname,
       CASE WHEN k % 6 = 0 THEN 600000 ELSE 157680000000 END, CASE WHEN k % 6 = 0 THEN 'NONE' ELSE 'AUTHORIZED' END,
       CASE WHEN k % 6 = 0 THEN 'https://wiki.corvane.example/plugins/servlet/applinks/oauth/login-dance/access' END,
       CASE WHEN k % 6 <> 0 THEN jgen.tok('jspv', k, 12) END, 'V_1_0_A', CASE WHEN k % 6 <> 0 THEN jgen.tok('jsph', k, 32) END,
       CASE WHEN k % 6 <> 0 THEN x.at END, CASE WHEN k % 6 <> 0 THEN x.at + interval '30 days' END, CASE WHEN k % 6 <> 0 THEN x.at + interval '1826 days' END
FROM generate_series(1, 160) k JOIN jgen.u u ON u.i = 3 + fixture_gen.n('jspu', k, 218), LATERAL (SELECT jgen.ts('jspc', k) AS at) x;

CREATE TABLE remembermetoken (id numeric(18,0) PRIMARY KEY, created timestamptz, token varchar(255), username varchar(255));
INSERT INTO remembermetoken
SELECT 10000 + k, jgen.ts('jrmc', k), jgen.tok('jrmt', k, 40), u.uname
FROM generate_series(1, 320) k JOIN jgen.u u ON u.i = CASE WHEN k % 3 = 0 THEN 221 + fixture_gen.n('jrmu', k, 1680) ELSE 3 + fixture_gen.n('jrmu', k, 218) END;

CREATE TABLE serviceconfig (id numeric(18,0) PRIMARY KEY, delaytime numeric(18,0), clazz varchar(255), servicename varchar(255), cron_expression varchar(255));
INSERT INTO serviceconfig VALUES
 (10000, 60000, 'com.atlassian.jira.service.services.mail.MailQueueService', 'Mail Queue Service', '0 * * * * ?'),
 (10001, 43200000, 'com.atlassian.jira.service.services.auditing.AuditLogCleaningService', 'Audit log cleaning service', '0 0 0/12 * * ?'),
 (10002, 86400000, 'com.atlassian.jira.service.services.backup.BackupService', 'Backup Service', '0 0 2 * * ?'),
 (10200, 60000, 'com.atlassian.jira.plugins.mail.extensions.MailFetcherService', 'HELP mailbox poller', '0 0/1 * * * ?'),
 (10201, 3600000, 'com.atlassian.jira.service.services.DebugService', 'Debug Service (disabled)', '0 0 * * * ?'),
 (10300, 86400000, 'com.atlassian.jira.service.services.file.FileService', 'Old CSV drop folder', '0 30 3 * * ?'),
 (10301, 300000, 'com.atlassian.jira.plugins.dvcs.scheduler.DvcsScheduler', 'DVCS sync', '0 0/5 * * * ?'),
 (10400, 900000, 'com.atlassian.jira.service.services.export.ExportService', 'Nightly XML export', '0 0 1 * * ?');

CREATE TABLE trustedapp (
    id numeric(18,0) PRIMARY KEY, application_id varchar(255), name varchar(255), public_key text, ip_match text, url_match text, timeout numeric(18,0), created timestamptz,
    created_by varchar(255), updated timestamptz, updated_by varchar(255)
);
INSERT INTO trustedapp VALUES
 (10000, 'confluence:7719034', 'Corvane Wiki', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || fixture_gen.b64('jtapub', 1, 222) || 'IDAQAB', E'10.20.4.0/24\n10.20.5.17', E'/plugins/servlet/streams\n/rest/api', 10000,
  '2019-03-01 11:25:00+00', (SELECT ukey FROM jgen.u WHERE i = 14), '2023-02-10 16:44:12+00', (SELECT ukey FROM jgen.u WHERE i = 62)),
 (10001, 'bamboo:2290611', 'Bamboo (retired)', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || fixture_gen.b64('jtapub', 2, 222) || 'IDAQAB', '10.20.6.0/24', NULL, 10000,
  '2020-01-15 10:02:00+00', (SELECT ukey FROM jgen.u WHERE i = 62), '2020-01-15 10:02:00+00', (SELECT ukey FROM jgen.u WHERE i = 62));

-- ---------------------------------------------------------------- the legacy audit log (kept from before Jira 8.8)
CREATE TABLE audit_log (
    id numeric(18,0) PRIMARY KEY, remote_address varchar(255), created timestamptz, author_key varchar(255), summary varchar(255), category varchar(255), object_type varchar(60),
    object_id varchar(255), object_name varchar(255), object_parent_id varchar(255), object_parent_name varchar(255), author_type numeric(9,0), event_source_name varchar(255),
    description text, long_description text, search_field text
);
CREATE TABLE audit_changed_value (id numeric(18,0) PRIMARY KEY, log_id numeric(18,0), name varchar(255), delta_from text, delta_to text);
CREATE TABLE jgen.al AS
SELECT k, fixture_gen.n('jalk', k, 8) AS kind, u.i AS ui, a.i AS ai, 10000 + k % 9 AS pid,
       timestamptz '2020-06-01 00:00:00+00' + make_interval(secs => fixture_gen.n('jalt', k, 60000000)) AS at,
       CASE WHEN k % 4 = 0 THEN fixture_gen.ipv6('jalip', k) ELSE '10.20.' || (1 + k % 9) || '.' || (10 + k % 200) END AS ip
FROM generate_series(1, 1200) k JOIN jgen.u u ON u.i = 13 + fixture_gen.n('jalu', k, 1887) JOIN jgen.u a ON a.i = (ARRAY[1, 14, 62, 75, 118])[1 + k % 5];
INSERT INTO audit_log
SELECT 10000 + l.k, CASE WHEN l.k % 6 = 0 THEN NULL ELSE l.ip END, l.at, CASE WHEN l.k % 6 = 0 THEN NULL ELSE a.ukey END,
       e.summary, e.cat, e.ot, e.oid, e.oname, e.opid, e.opname, CASE WHEN l.k % 6 = 0 THEN 0 ELSE 1 END, CASE WHEN l.k % 6 = 0 THEN 'Crowd directory synchronisation' ELSE '' END,
       NULL, CASE WHEN l.kind = 0 AND l.k % 6 = 0 THEN 'Synchronised from Corvane Active Directory' WHEN l.kind = 4 THEN 'Permission "Browse Projects" granted to group "jira-servicedesk-customers-legacy"' END,
       lower(e.summary || ' ' || coalesce(e.oname, '') || ' ' || coalesce(e.opname, '') || ' ' || CASE WHEN l.k % 6 = 0 THEN '' ELSE a.dname || ' ' || a.uname || ' ' || l.ip END
             || CASE WHEN l.kind IN (0, 1) THEN ' ' || u.dname || ' ' || u.email ELSE '' END)
FROM jgen.al l JOIN jgen.u u ON u.i = l.ui JOIN jgen.u a ON a.i = l.ai JOIN project p ON p.id = l.pid,
LATERAL (SELECT * FROM (VALUES
  (0, 'User created', 'user management', 'USER', u.ukey, u.uname, u.dir::text, CASE WHEN u.dir = 1 THEN 'Jira Internal Directory' ELSE 'Corvane Active Directory' END),
  (1, 'User updated', 'user management', 'USER', u.ukey, u.uname, u.dir::text, CASE WHEN u.dir = 1 THEN 'Jira Internal Directory' ELSE 'Corvane Active Directory' END),
  (2, 'User added to group', 'group management', 'USER', u.ukey, u.uname, u.dir::text, CASE WHEN u.dir = 1 THEN 'Jira Internal Directory' ELSE 'Corvane Active Directory' END),
  (3, 'Project updated', 'projects', 'PROJECT', p.id::text, p.pname, NULL, NULL),
  (4, 'Permission scheme updated', 'permissions', 'PERMISSION_SCHEME', '0', 'Default Permission Scheme', NULL, NULL),
  (5, 'Workflow updated', 'workflows', 'WORKFLOW', NULL, 'ITSD: Service Request Fulfilment workflow', NULL, NULL),
  (6, 'Custom field created', 'fields', 'CUSTOM_FIELD', 'customfield_' || (10110 + l.k % 18), 'Customer Phone', NULL, NULL),
  (7, 'Project roles changed', 'projects', 'PROJECT_ROLE', '10002', 'Administrators', p.id::text, p.pname)) v(m, summary, cat, ot, oid, oname, opid, opname) WHERE v.m = l.kind) e;
INSERT INTO audit_changed_value
SELECT 10000 + row_number() OVER (ORDER BY l.k, c.n), 10000 + l.k, c.name, c.f, c.t
FROM jgen.al l JOIN jgen.u u ON u.i = l.ui JOIN project p ON p.id = l.pid,
LATERAL (SELECT * FROM (VALUES
  (0, 1, 'Username', NULL, u.uname), (0, 2, 'Full name', NULL, u.dname), (0, 3, 'Email', NULL, u.email), (0, 4, 'Active', NULL, 'true'),
  (1, 1, 'Email', fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last) || '@' || (ARRAY['gmail.com', 'outlook.com', 'hotmail.co.uk'])[1 + l.k % 3], u.email),
  (1, 2, 'Full name', u.first || ' ' || fixture_gen.last_name('jaln', l.k), u.dname),
  (3, 1, 'Project lead', (SELECT uname FROM jgen.u WHERE i = 61 + l.k % 160), (SELECT uname FROM jgen.u WHERE i = 61 + (l.k * 3) % 160)),
  (3, 2, 'Description', 'Old description', p.description),
  (7, 1, 'Users', NULL, (SELECT uname FROM jgen.u WHERE i = 13 + l.k % 200))) v(m, n, name, f, t)
  WHERE v.m = l.kind AND (l.kind <> 1 OR v.n = 1 OR l.k % 3 = 0)) c;

-- ---------------------------------------------------------------- dashboards
CREATE TABLE portalpage (
    id numeric(18,0) PRIMARY KEY, username varchar(255), pagename varchar(255), description varchar(255), sequence numeric(18,0), fav_count numeric(18,0), layout varchar(255), ppversion numeric(18,0)
);
INSERT INTO portalpage VALUES (10000, NULL, 'System Dashboard', NULL, 0, 0, 'AA', 0);
INSERT INTO portalpage
SELECT 10000 + k, u.ukey, (ARRAY['My Dashboard', 'ITSD queue overview', 'SLA breaches', 'PLAT sprint health', 'On-call', 'Onboarding pipeline', 'Client review - ' || (SELECT nm FROM jgen.org WHERE o = 1 + k % 40), 'Team dashboard'])[1 + k % 8],
       CASE WHEN k % 3 = 0 THEN 'Shared with the team' END, NULL, k % 6, (ARRAY['AA', 'AB', 'BA', 'AAA'])[1 + k % 4], k % 3
FROM generate_series(1, 80) k JOIN jgen.u u ON u.i = 3 + fixture_gen.n('jppu', k, 218);
CREATE TABLE portletconfiguration (
    id numeric(18,0) PRIMARY KEY, portalpage numeric(18,0), portlet_id varchar(255), column_number numeric(9,0), positionseq numeric(9,0), gadget_xml text, color varchar(255),
    dashboard_module_complete_key text
);
INSERT INTO portletconfiguration
SELECT 10000 + p.id - 10000 + 81 * (n - 1), p.id, NULL, (n - 1) % 2, (n - 1) / 2,
       (ARRAY['rest/gadgets/1.0/g/com.atlassian.jira.gadgets:filter-results-gadget/gadgets/filter-results-gadget.xml', 'rest/gadgets/1.0/g/com.atlassian.jira.gadgets:assigned-to-me-gadget/gadgets/assigned-to-me-gadget.xml',
              'rest/gadgets/1.0/g/com.atlassian.jira.gadgets:pie-chart-gadget/gadgets/piechart-gadget.xml', 'rest/gadgets/1.0/g/com.atlassian.jira.gadgets:created-vs-resolved-issues-chart-gadget/gadgets/createdvsresolved-gadget.xml'])[1 + (p.id + n) % 4],
       'color' || (1 + (p.id + n) % 8), NULL
FROM portalpage p, generate_series(1, 3) n;
CREATE TABLE gadgetuserpreference (id numeric(18,0) PRIMARY KEY, portletconfiguration numeric(18,0), userprefkey varchar(255), userprefvalue text);
INSERT INTO gadgetuserpreference
SELECT 10000 + row_number() OVER (ORDER BY c.id, v.k), c.id, v.k, v.v
FROM portletconfiguration c, LATERAL (VALUES ('isConfigured', 'true'), ('refresh', (ARRAY['false', '15', '30', '60'])[1 + c.id::int % 4]),
    ('filterId', 'filter-' || (10000 + c.id::int % 120)), ('num', (ARRAY['10', '20', '50'])[1 + c.id::int % 3]),
    ('columnNames', 'issuetype|issuekey|summary|priority|status|assignee'), ('statType', (ARRAY['assignees', 'statuses', 'priorities', 'components'])[1 + c.id::int % 4]),
    ('projectOrFilterId', CASE WHEN c.id::int % 2 = 0 THEN 'project-' || (10000 + c.id::int % 9) ELSE 'filter-' || (10000 + c.id::int % 120) END), ('sortBy', ''), ('isPopup', 'false')) v(k, v)
WHERE (c.gadget_xml LIKE '%filter-results%' AND v.k IN ('isConfigured', 'refresh', 'filterId', 'num', 'columnNames'))
   OR (c.gadget_xml LIKE '%assigned-to-me%' AND v.k IN ('isConfigured', 'refresh', 'num', 'columnNames', 'sortBy'))
   OR (c.gadget_xml LIKE '%pie-chart%' AND v.k IN ('isConfigured', 'refresh', 'statType', 'projectOrFilterId'))
   OR (c.gadget_xml LIKE '%created-vs-resolved%' AND v.k IN ('isConfigured', 'refresh', 'projectOrFilterId', 'isPopup'));

-- ---------------------------------------------------------------- licence, cluster, upgrades, entity properties
CREATE TABLE productlicense (id numeric(18,0) PRIMARY KEY, license text);
INSERT INTO productlicense
SELECT 10000 + k, 'AAAB' || regexp_replace(fixture_gen.b64('jlic', k, 240) || fixture_gen.b64('jlic2', k, 240) || fixture_gen.b64('jlic3', k, 120), '(.{76})', E'\\1\n', 'g') || E'\nX02' || substr(md5('jlicx' || k), 1, 12) || E'\n'
FROM generate_series(1, 3) k;

CREATE TABLE clusternode (
    node_id varchar(60) PRIMARY KEY, node_state varchar(60), timestamp numeric(18,0), ip varchar(60), cache_listener_port numeric(18,0), node_build_number numeric(18,0), node_version varchar(60)
);
INSERT INTO clusternode VALUES ('jira-node-1', 'ACTIVE', 1735603205113, '10.20.4.11', 40001, 940004, '9.12.4'), ('jira-node-2', 'ACTIVE', 1735603206420, '10.20.4.12', 40001, 940004, '9.12.4'),
 ('jira-node-3', 'OFFLINE', 1689102200571, '10.20.4.13', 40001, 880001, '8.20.10');

CREATE TABLE upgradehistory (id numeric(18,0) PRIMARY KEY, upgradeclass varchar(255), targetbuild varchar(255), status varchar(255), downgradetaskrequired char(1));
INSERT INTO upgradehistory
SELECT 10000 + k, 'com.atlassian.jira.upgrade.tasks.UpgradeTask_Build' || b, b::text, 'complete', CASE WHEN k % 7 = 0 THEN 'Y' ELSE 'N' END
FROM (SELECT k, (ARRAY[800000, 810000, 813000, 820000, 830000, 840000, 850000, 860000, 870000, 880000, 900000, 910000, 920000, 930000, 940000])[1 + k / 4] + (k % 4) * 7 AS b
      FROM generate_series(0, 59) k) x;

-- Issue, comment and user properties set by JSM and by the CRM integration (JSON).
CREATE TABLE entity_property (
    id numeric(18,0) PRIMARY KEY, entity_name varchar(255), entity_id numeric(18,0), property_key varchar(255), created timestamptz, updated timestamptz, json_value text
);
INSERT INTO entity_property
SELECT 10000 + row_number() OVER (ORDER BY x.en, x.eid, x.pk), x.en, x.eid, x.pk, x.at, x.at + interval '5 minutes', x.js
FROM (
  SELECT 'IssueProperty' AS en, s.id AS eid, 'request.channel.type' AS pk, s.created AS at, '{"value":"' || CASE WHEN s.k % 3 = 0 THEN 'email' ELSE 'portal' END || '"}' AS js FROM jgen.iss s WHERE s.kind IN ('itsd', 'help')
  UNION ALL SELECT 'IssueProperty', s.id, 'com.corvane.crm.contact', s.created,
      '{"crmId":"003' || upper(jgen.tok('jcrm', s.k, 15)) || '","name":' || fixture_gen.js(u.first || ' ' || u.last) || ',"email":' || fixture_gen.js(u.email) || ',"phone":' || fixture_gen.js(u.phone)
      || ',"account":' || fixture_gen.js(coalesce(o.nm, 'Private')) || ',"accountManager":' || fixture_gen.js(m.first || ' ' || m.last) || ',"tier":"' || (ARRAY['gold', 'silver', 'bronze'])[1 + s.k % 3] || '"}'
    FROM jgen.iss s JOIN jgen.u u ON u.i = s.rep LEFT JOIN jgen.org o ON o.o = u.org JOIN jgen.u m ON m.i = 13 + s.k % 48 WHERE s.kind = 'itsd' AND s.k % 2 = 0
  UNION ALL SELECT 'CommentProperty', j.id, 'sd.public.comment', j.created, '{"internal":' || (j.id % 5 = 1)::text || '}' FROM jiraaction j WHERE j.issueid <= 11600
  UNION ALL SELECT 'UserProperty', u.aid, 'onboarding', jgen.ts('jupo', u.i), '{"completed":' || (u.i % 4 <> 0)::text || ',"flow":"jira-software"}' FROM jgen.u u WHERE u.i BETWEEN 3 AND 220
) x;

-- ---------------------------------------------------------------- Active Objects: Jira Software boards and sprints
CREATE TABLE "AO_60DB71_RAPIDVIEW" (
    "CARD_COLOR_STRATEGY" varchar(255), "ID" bigserial PRIMARY KEY, "KAN_PLAN_ENABLED" boolean, "NAME" varchar(255) NOT NULL, "OLD_DONE_ISSUES_CUTOFF" varchar(255),
    "OWNER_USER_NAME" varchar(255) NOT NULL, "REFINED_VELOCITY_ACTIVE" boolean, "SAVED_FILTER_ID" bigint NOT NULL, "SHOW_DAYS_IN_COLUMN" boolean, "SHOW_EPIC_AS_PANEL" boolean,
    "SPRINTS_ENABLED" boolean, "SWIMLANE_STRATEGY" varchar(255)
);
INSERT INTO "AO_60DB71_RAPIDVIEW"
SELECT (ARRAY['issuetype', 'priorities', 'assignee', 'custom', 'none'])[1 + k % 5], k, k % 4 = 1,
       (ARRAY['PLAT board', 'MOB board', 'OPS kanban', 'DATA board', 'WEB board', 'SEC triage', 'ITSD escalations', 'Platform - Identity squad', 'Platform - Billing squad', 'CAB changes',
              'Mobile releases', 'Pen test 2024 remediation', 'Warehouse migration', 'Onsite visits', 'Patch Tuesday', 'Accessibility audit', 'Data quality', 'Incidents this week',
              'Team Kraków', 'Team Pune', 'Graduate projects', 'Tech debt', 'Release train 2024.3', 'Spike board', 'Old board (do not use)'])[k],
       CASE WHEN k % 3 = 0 THEN '2w' END, u.ukey, k % 2 = 0, 10000 + (k * 7) % 120, k % 3 <> 0, k % 5 = 0, k NOT IN (3, 7, 14, 15, 18), (ARRAY['custom', 'assignee', 'epic', 'parentChild', 'none'])[1 + k % 5]
FROM generate_series(1, 25) k JOIN jgen.u u ON u.i = 61 + (k * 17) % 160;

CREATE TABLE "AO_60DB71_SPRINT" (
    "ACTIVATED_DATE" bigint, "AUTO_START_STOP" boolean, "CLOSED" boolean NOT NULL, "COMPLETE_DATE" bigint, "END_DATE" bigint, "GOAL" text, "ID" bigserial PRIMARY KEY,
    "INCOMPLETE_ISSUES_DESTINATION_ID" bigint, "NAME" varchar(255), "RAPID_VIEW_ID" bigint, "SEQUENCE" bigint, "STARTED" boolean, "START_DATE" bigint
);
INSERT INTO "AO_60DB71_SPRINT"
SELECT CASE WHEN k <= 57 THEN st END, false, k <= 55, CASE WHEN k <= 55 THEN st + 1209600000 + 3600000 * (k % 5) END, st + 1209600000, g, 100 + k, CASE WHEN k <= 55 AND k % 4 = 0 THEN 101 + k END,
       b.nm || ' Sprint ' || (40 + (k - 1) / 5), 1 + (k - 1) % 5, 100 + k, k <= 57, st
FROM generate_series(1, 60) k, LATERAL (SELECT 1672617600000 + ((k - 1) / 5) * 1209600000::bigint AS st) s,
LATERAL (SELECT (ARRAY['PLAT', 'MOB', 'OPS', 'DATA', 'WEB'])[1 + (k - 1) % 5] AS nm,
         (ARRAY['Ship SCIM provisioning to the first two clients', 'Fix the top five crash reports', 'Finish the PostgreSQL 15 upgrade', NULL, 'Cut the p95 of the ticket API below 300 ms',
                'Passkeys spike and decision', NULL, 'Close all high pen test findings', 'Accessibility fixes on the portal', 'Migrate alerts to PagerDuty'])[1 + k % 10] AS g) b;

-- ---------------------------------------------------------------- Active Objects: Jira Service Management
CREATE TABLE "AO_54307E_SERVICEDESK" (
    "CREATED_BY_USER_KEY" varchar(255), "CREATED_DATE" bigint, "DISABLED" boolean, "ID" serial PRIMARY KEY, "OPEN_CUSTOMER_ACCESS" integer, "PROJECT_ID" bigint NOT NULL,
    "PROJECT_KEY" varchar(255), "PUBLIC_SIGNUP" integer, "VERSION_CREATED_AT" varchar(255)
);
INSERT INTO "AO_54307E_SERVICEDESK" VALUES ((SELECT ukey FROM jgen.u WHERE i = 14), 1549880000000, false, 1, 0, 10003, 'ITSD', 1, '3.16.0'),
 ((SELECT ukey FROM jgen.u WHERE i = 14), 1581000000000, false, 2, 0, 10004, 'HELP', 0, '4.7.1');

CREATE TABLE "AO_54307E_ORGANIZATION" ("ID" serial PRIMARY KEY, "NAME" varchar(255) NOT NULL, "SEARCH_NAME" varchar(255));
INSERT INTO "AO_54307E_ORGANIZATION" SELECT o, nm, lower(nm) FROM jgen.org;

CREATE TABLE "AO_54307E_ORGANIZATION_MEMBER" ("DEFAULT_ORGANIZATION" boolean, "ID" serial PRIMARY KEY, "ORGANIZATION_ID" integer NOT NULL, "USER_KEY" varchar(255) NOT NULL);
INSERT INTO "AO_54307E_ORGANIZATION_MEMBER" SELECT i % 11 <> 0, row_number() OVER (ORDER BY i), org, ukey FROM jgen.u WHERE org IS NOT NULL;

CREATE TABLE "AO_54307E_EMAILSETTINGS" (
    "EMAIL_ADDRESS" varchar(255), "ENABLED" boolean, "ID" serial PRIMARY KEY, "JIRA_MAIL_SERVER_ID" bigint, "LAST_PROCEEDED_TIME" bigint, "ON_DEMAND" boolean,
    "REQUEST_TYPE_ID" integer, "SERVICE_DESK_ID" integer
);
INSERT INTO "AO_54307E_EMAILSETTINGS" VALUES ('support@corvane.example', true, 1, NULL, 1718872200411, false, 1, 1), ('billing-support@corvane.example', true, 2, NULL, 1718872200977, false, 6, 1),
 ('helpdesk@corvane.example', false, 3, 10001, 1690011000000, false, 11, 2);

CREATE TABLE "AO_2C4E5C_MAILCONNECTION" (
    "CREATED_TIMESTAMP" bigint, "EMAIL_ADDRESS" varchar(255), "FOLDER" varchar(255), "HOST_NAME" varchar(255), "ID" serial PRIMARY KEY, "PASSWORD" text, "PORT" integer,
    "PROTOCOL" varchar(255), "TIMEOUT" bigint, "UPDATED_TIMESTAMP" bigint, "USER_NAME" varchar(255)
);
INSERT INTO "AO_2C4E5C_MAILCONNECTION" VALUES
 (1549880400000, 'support@corvane.example', 'INBOX', 'outlook.office365.com', 1, 'Sp' || jgen.tok('jmcpw', 1, 16) || '9!', 993, 'imaps', 10000, 1701260000000, 'support@corvane.example'),
 (1612345600000, 'billing-support@corvane.example', 'INBOX', 'outlook.office365.com', 2, 'Bs' || jgen.tok('jmcpw', 2, 16), 993, 'imaps', 10000, 1701260000000, 'billing-support@corvane.example'),
 (1581000600000, 'helpdesk@corvane.example', 'Jira', 'imap.corvane.example', 3, jgen.tok('jmcpw', 3, 14), 993, 'imaps', 10000, 1690011000000, 'CORP\svc-helpdesk');

-- Every email the JSM mail channel fetched, and the raw MIME of the recent ones.
CREATE TABLE "AO_2C4E5C_MAILITEM" (
    "CREATED_TIMESTAMP" bigint, "FROM_ADDRESS" varchar(255), "ID" serial PRIMARY KEY, "MAIL_CONNECTION_ID" integer, "STATUS" varchar(255), "SUBJECT" text, "UPDATED_TIMESTAMP" bigint
);
CREATE TABLE jgen.mi AS
SELECT m, s.k, s.rep, u.first, u.last, u.email, u.phone, o.nm AS orgname, t.summary, t.description, jgen.ms(s.created) - 4000 AS at,
       CASE WHEN m % 23 = 0 THEN 'REJECTED' WHEN m % 41 = 0 THEN 'FAILED' ELSE 'PROCESSED' END AS status
FROM generate_series(1, 600) m JOIN jgen.iss s ON s.k = 3 * fixture_gen.n('jmii', m, 400) + 3 JOIN jgen.txt t ON t.k = s.k JOIN jgen.u u ON u.i = s.rep LEFT JOIN jgen.org o ON o.o = u.org;
INSERT INTO "AO_2C4E5C_MAILITEM"
SELECT at, CASE WHEN m % 23 = 0 THEN 'MAILER-DAEMON@' || split_part(email, '@', 2) ELSE email END, m, 1 + (m % 9 = 0)::int, status,
       CASE WHEN m % 23 = 0 THEN 'Undeliverable: ' || summary WHEN m % 17 = 0 THEN 'Automatic reply: ' || summary WHEN m % 5 = 0 THEN 'RE: [Corvane] ITSD-' || (k / 3) || ' ' || summary ELSE summary END,
       at + 2500 + m % 900
FROM jgen.mi;
CREATE TABLE "AO_2C4E5C_MAILITEMCHUNK" ("ID" serial PRIMARY KEY, "MAIL_ITEM_ID" integer, "MIME_MSG_CHUNK" text, "MIME_MSG_CHUNK_IDX" integer);
INSERT INTO "AO_2C4E5C_MAILITEMCHUNK"
SELECT m - 500, m,
       'Received: from ' || upper(substr(md5('jmrx' || m), 1, 4)) || 'PR01MB' || (1000 + m) || '.eurprd01.prod.outlook.com' || E'\r\n'
       || 'From: "' || first || ' ' || last || '" <' || email || E'>\r\nTo: Corvane Support <support@corvane.example>\r\nSubject: ' || summary
       || E'\r\nDate: ' || to_char(to_timestamp(at / 1000) AT TIME ZONE 'UTC', 'Dy, DD Mon YYYY HH24:MI:SS') || E' +0000\r\nMessage-ID: <' || substr(md5('jmid' || m), 1, 24) || '@' || split_part(email, '@', 2)
       || E'>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' || coalesce(description, summary) || E'\r\n',
       0
FROM jgen.mi WHERE m > 500;

-- Service desk per-user properties (customers' portal preferences).
CREATE TABLE "AO_4B00E6_SR_USER_PROP" ("ID" serial PRIMARY KEY, "KEY" varchar(255), "USER_KEY" varchar(255), "VALUE" varchar(255));
INSERT INTO "AO_4B00E6_SR_USER_PROP" ("KEY", "USER_KEY", "VALUE")
SELECT v.k, u.ukey, v.v FROM jgen.u u, LATERAL (VALUES ('LAST_VISITED_PORTAL_ID', CASE WHEN u.i % 3 <> 0 THEN '1' END), ('ONBOARDING_DISMISSED', CASE WHEN u.i % 2 = 0 THEN 'true' END),
    ('PREFERRED_LANGUAGE', CASE WHEN u.i % 5 = 0 THEN (ARRAY['de', 'fr', 'pl', 'es', 'ja'])[1 + u.i % 5] END),
    ('REQUEST_LIST_FILTER', CASE WHEN u.i % 7 = 0 THEN '{"status":"' || (ARRAY['OPEN', 'CLOSED', 'ALL'])[1 + u.i % 3] || '","reporter":"' || (ARRAY['me', 'organization', 'participant'])[1 + u.i % 3] || '"}' END)) v(k, v)
WHERE u.i > 220 AND v.v IS NOT NULL ORDER BY u.i, v.k;

-- ---------------------------------------------------------------- Active Objects: the audit log (Jira 8.8 and later)
CREATE TABLE "AO_C77861_AUDIT_ENTITY" (
    "ACTION" varchar(255) NOT NULL, "ACTION_T_KEY" varchar(255), "AREA" varchar(255) NOT NULL, "ATTRIBUTES" text, "CATEGORY" varchar(255), "CATEGORY_T_KEY" varchar(255),
    "CHANGE_VALUES" text, "ENTITY_TIMESTAMP" bigint NOT NULL, "ID" bigserial PRIMARY KEY, "LEVEL" varchar(255) NOT NULL, "METHOD" varchar(255), "NODE" varchar(255),
    "PRIMARY_RESOURCE_ID" varchar(255), "PRIMARY_RESOURCE_TYPE" varchar(255), "RESOURCES" text, "RESOURCE_ID_3" varchar(255), "RESOURCE_ID_4" varchar(255), "RESOURCE_ID_5" varchar(255),
    "RESOURCE_TYPE_3" varchar(255), "RESOURCE_TYPE_4" varchar(255), "RESOURCE_TYPE_5" varchar(255), "SEARCH_STRING" text, "SECONDARY_RESOURCE_ID" varchar(255),
    "SECONDARY_RESOURCE_TYPE" varchar(255), "SOURCE" varchar(255), "SYSTEM_INFO" varchar(255), "USER_ID" varchar(255), "USER_NAME" varchar(255), "USER_TYPE" varchar(255)
);
CREATE TABLE jgen.ae AS
SELECT k, fixture_gen.n('jaek', k, 12) AS kind, 13 + fixture_gen.n('jaeu', k, 1887) AS ui, (ARRAY[1, 14, 62, 75, 118, 14, 14, 20, 33])[1 + k % 9] AS ai,
       1583020800000 + fixture_gen.n('jaet', k, 1000000000)::bigint * 134 AS ts,
       CASE WHEN k % 5 = 0 THEN fixture_gen.ipv4('jaeip', k) WHEN k % 7 = 0 THEN fixture_gen.ipv6('jaeip', k) ELSE '10.20.' || (1 + k % 9) || '.' || (10 + k % 200) END AS ip
FROM generate_series(1, 1500) k;
INSERT INTO "AO_C77861_AUDIT_ENTITY"
SELECT e.action, e.akey, e.area, e.attrs, e.cat, e.ckey, e.chg, l.ts, l.k, CASE WHEN l.kind IN (2, 5, 11) THEN 'ADVANCED' ELSE 'BASE' END,
       CASE WHEN l.kind = 11 THEN 'System' WHEN l.k % 4 = 0 THEN 'REST API' ELSE 'Browser' END, 'jira-node-' || (1 + l.k % 2),
       e.pid, e.ptype, e.res, CASE WHEN l.kind = 4 AND l.k % 3 = 0 THEN '10002' END, NULL, NULL, CASE WHEN l.kind = 4 AND l.k % 3 = 0 THEN 'PROJECT_ROLE' END, NULL, NULL,
       lower(e.action || ' ' || coalesce(e.pname, '') || ' ' || CASE WHEN l.kind = 11 THEN '' ELSE a.dname || ' ' || a.uname || ' ' || l.ip END || ' ' || coalesce(e.sname, '')
             || CASE WHEN l.kind IN (0, 1) THEN ' ' || u.email ELSE '' END),
       e.sid, e.stype, CASE WHEN l.kind = 11 THEN NULL ELSE l.ip END, 'https://jira.corvane.example',
       CASE WHEN l.kind = 11 THEN NULL ELSE a.ukey END, CASE WHEN l.kind = 11 THEN NULL ELSE a.dname END, CASE WHEN l.kind = 11 THEN 'system' ELSE 'user' END
FROM jgen.ae l JOIN jgen.u u ON u.i = l.ui JOIN jgen.u a ON a.i = l.ai JOIN project p ON p.id = 10000 + l.k % 9
LEFT JOIN jgen.org o ON o.o = u.org,
LATERAL (SELECT '{"name":' || fixture_gen.js(u.uname) || ',"type":"USER","uri":"https://jira.corvane.example/secure/ViewProfile.jspa?name=' || replace(u.uname, '@', '%40') || '","id":' || fixture_gen.js(u.ukey) || '}' AS ures,
                '{"name":' || fixture_gen.js(p.pname) || ',"type":"PROJECT","uri":"https://jira.corvane.example/browse/' || p.pkey || '","id":"' || p.id || '"}' AS pres) r,
LATERAL (SELECT * FROM (VALUES
  (0, 'User created', 'jira.auditing.user.created', 'USER_MANAGEMENT', 'user management', u.ukey, 'USER', u.uname, NULL, NULL, NULL,
      '[{"nameI18nKey":"common.words.directory","name":"Directory","value":"' || CASE WHEN u.dir = 1 THEN 'Jira Internal Directory' ELSE 'Corvane Active Directory' END || '"}]',
      '[{"i18nKey":"common.words.username","key":"Username","from":null,"to":' || fixture_gen.js(u.uname) || '},{"i18nKey":"common.words.fullname","key":"Full name","from":null,"to":' || fixture_gen.js(u.dname)
      || '},{"i18nKey":"common.words.email","key":"Email","from":null,"to":' || fixture_gen.js(u.email) || '},{"i18nKey":"admin.common.words.active","key":"Active","from":null,"to":"true"}]', '[' || r.ures || ']'),
  (1, 'User updated', 'jira.auditing.user.updated', 'USER_MANAGEMENT', 'user management', u.ukey, 'USER', u.uname, NULL, NULL, NULL, NULL,
      '[{"i18nKey":"common.words.email","key":"Email","from":' || fixture_gen.js(fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last) || '@' || (ARRAY['gmail.com', 'outlook.com', 'web.de'])[1 + l.k % 3]) || ',"to":' || fixture_gen.js(u.email) || '}'
      || CASE WHEN l.k % 2 = 0 THEN ',{"i18nKey":"common.words.fullname","key":"Full name","from":' || fixture_gen.js(u.first || ' ' || fixture_gen.last_name('jaeln', l.k)) || ',"to":' || fixture_gen.js(u.dname) || '}' ELSE '' END || ']', '[' || r.ures || ']'),
  (2, 'User added to group', 'jira.auditing.user.added.to.group', 'USER_MANAGEMENT', 'group management', u.ukey, 'USER', u.uname, 'service-desk-agents', 'GROUP', 'service-desk-agents', NULL, NULL,
      '[' || r.ures || ',{"name":"service-desk-agents","type":"GROUP","uri":null,"id":"service-desk-agents"}]'),
  (3, 'User deactivated', 'jira.auditing.user.deactivated', 'USER_MANAGEMENT', 'user management', u.ukey, 'USER', u.uname, NULL, NULL, NULL, NULL,
      '[{"i18nKey":"admin.common.words.active","key":"Active","from":"true","to":"false"}]', '[' || r.ures || ']'),
  (4, 'Project updated', 'jira.auditing.project.updated', 'PROJECTS', 'projects', p.id::text, 'PROJECT', p.pname, NULL, NULL, NULL, NULL,
      '[{"i18nKey":"common.concepts.projectlead","key":"Project lead","from":' || fixture_gen.js((SELECT uname FROM jgen.u WHERE i = 61 + l.k % 160)) || ',"to":' || fixture_gen.js((SELECT uname FROM jgen.u WHERE i = 61 + (l.k * 3) % 160)) || '}]', '[' || r.pres || ']'),
  (5, 'Permission scheme updated', 'jira.auditing.permission.scheme.updated', 'PERMISSIONS', 'permissions', '0', 'PERMISSION_SCHEME', 'Default Permission Scheme', NULL, NULL, NULL,
      '[{"nameI18nKey":"admin.common.words.permission","name":"Permission","value":"Browse Projects"},{"nameI18nKey":"admin.common.words.type","name":"Type","value":"Group"}]', NULL,
      '[{"name":"Default Permission Scheme","type":"PERMISSION_SCHEME","uri":null,"id":"0"}]'),
  (6, 'Global permission added', 'jira.auditing.global.permission.added', 'SECURITY', 'permissions', 'ADMINISTER', 'GLOBAL_PERMISSION', 'Jira Administrators', 'jira-administrators', 'GROUP', 'jira-administrators', NULL, NULL,
      '[{"name":"Jira Administrators","type":"GLOBAL_PERMISSION","uri":null,"id":"ADMINISTER"}]'),
  (7, 'Personal access token created', 'jira.auditing.pat.created', 'SECURITY', 'security', a.ukey, 'USER', a.uname, NULL, NULL, NULL,
      '[{"nameI18nKey":"personal.access.tokens.name","name":"Token name","value":"' || (ARRAY['Grafana', 'jira-cli', 'backup script', 'Postman'])[1 + l.k % 4] || '"},{"nameI18nKey":"personal.access.tokens.expiry","name":"Expiry date","value":"' || to_char(to_timestamp(l.ts / 1000) + interval '90 days', 'YYYY-MM-DD') || '"}]',
      NULL, '[' || replace(r.ures, u.uname, a.uname) || ']'),
  (8, 'Mail server updated', 'jira.auditing.mail.server.updated', 'GLOBAL_CONFIG_AND_ADMINISTRATION', 'system', '10000', 'MAIL_SERVER', 'Office 365 SMTP', NULL, NULL, NULL, NULL,
      '[{"i18nKey":"admin.mailservers.username","key":"Username","from":"jira-smtp@corvane.example","to":"jira@corvane.example"},{"i18nKey":"common.words.password","key":"Password","from":"*****","to":"*****"}]',
      '[{"name":"Office 365 SMTP","type":"MAIL_SERVER","uri":null,"id":"10000"}]'),
  (9, 'Customer added to organization', 'sd.audit.organization.member.added', 'USER_MANAGEMENT', 'service management', u.ukey, 'USER', u.uname, coalesce(u.org, 1)::text, 'ORGANIZATION', coalesce(o.nm, 'Harbourview Logistics'), NULL, NULL,
      '[' || r.ures || ',{"name":' || fixture_gen.js(coalesce(o.nm, 'Harbourview Logistics')) || ',"type":"ORGANIZATION","uri":null,"id":"' || coalesce(u.org, 1) || '"}]'),
  (10, 'User logged in as another user', 'jira.auditing.user.impersonation', 'SECURITY', 'security', u.ukey, 'USER', u.uname, NULL, NULL, NULL,
      '[{"nameI18nKey":"jira.auditing.reason","name":"Reason","value":"Support case: ' || replace((SELECT summary FROM jgen.txt WHERE k = 1 + l.k % 1200), '"', '') || '"}]', NULL, '[' || r.ures || ']'),
  (11, 'Directory synchronised', 'jira.auditing.directory.synchronised', 'USER_MANAGEMENT', 'user management', '10000', 'DIRECTORY', 'Corvane Active Directory', NULL, NULL, NULL,
      '[{"nameI18nKey":"jira.auditing.sync.users.added","name":"Users added","value":"' || (l.k % 4) || '"},{"nameI18nKey":"jira.auditing.sync.duration","name":"Duration","value":"' || (6000 + l.k % 4000) || ' ms"}]', NULL,
      '[{"name":"Corvane Active Directory","type":"DIRECTORY","uri":null,"id":"10000"}]')
) v(m, action, akey, area, cat, pid, ptype, pname, sid, stype, sname, attrs, chg, res) WHERE v.m = l.kind) e0,
LATERAL (SELECT e0.*, CASE e0.area WHEN 'USER_MANAGEMENT' THEN 'jira.auditing.category.usermanagement' WHEN 'PROJECTS' THEN 'jira.auditing.category.projects' WHEN 'PERMISSIONS' THEN 'jira.auditing.category.permissions'
                WHEN 'SECURITY' THEN 'jira.auditing.category.security' ELSE 'jira.auditing.category.system' END AS ckey) e;

-- ---------------------------------------------------------------- Active Objects: allowlist, SAML, tokens, OAuth 2, webhooks, invitations
CREATE TABLE "AO_21D670_WHITELIST_RULES" ("ALLOWEDUSERKEYS" text, "ALLOWINBOUND" boolean, "AUTHENTICATIONREQUIRED" boolean, "EXPRESSION" text NOT NULL, "ID" serial PRIMARY KEY, "TYPE" varchar(255) NOT NULL);
INSERT INTO "AO_21D670_WHITELIST_RULES" VALUES
 (NULL, true, false, '5d1c2b9e-87f1-3a0e-b7c4-41e9f06ad3c2', 1, 'APPLICATION_LINK'), (NULL, false, false, 'https://marketplace.atlassian.com/*', 2, 'WILDCARD_EXPRESSION'),
 (NULL, false, false, 'https://hooks.slack.com/*', 3, 'WILDCARD_EXPRESSION'), (NULL, false, false, 'https://www.gravatar.com', 4, 'EXACT_URL'),
 (NULL, false, true, 'https://grafana.corvane.example/*', 5, 'WILDCARD_EXPRESSION'), (NULL, true, false, 'https://*.corvane.example/*', 6, 'WILDCARD_EXPRESSION'),
 ((SELECT string_agg(ukey, ',') FROM jgen.u WHERE i IN (14, 62, 75)), false, true, 'https://api.github.com/*', 7, 'WILDCARD_EXPRESSION'),
 (NULL, false, false, 'https://bitbucket.org', 8, 'DOMAIN_NAME'), (NULL, false, false, 'https://hooks.zapier.com/hooks/catch/.*', 9, 'REGULAR_EXPRESSION'),
 ((SELECT ukey FROM jgen.u WHERE i = 118), false, true, 'https://crm.corvane.example/webhooks/*', 10, 'WILDCARD_EXPRESSION'), (NULL, false, false, 'https://login.microsoftonline.com', 11, 'DOMAIN_NAME'),
 (NULL, false, false, 'https://status.corvane.example', 12, 'EXACT_URL'), (NULL, true, false, 'https://wiki.corvane.example', 13, 'DOMAIN_NAME'), (NULL, false, false, 'http://localhost:8080/*', 14, 'WILDCARD_EXPRESSION');

CREATE TABLE "AO_ED669C_SEEN_ASSERTIONS" ("ASSERTION_ID" varchar(255) NOT NULL, "EXPIRY_TIMESTAMP" bigint NOT NULL, "ID" serial PRIMARY KEY);
INSERT INTO "AO_ED669C_SEEN_ASSERTIONS" SELECT '_' || fixture_gen.uuid('jsaml', k), 1718800000000 + k * 71000::bigint, k FROM generate_series(1, 300) k;

CREATE TABLE "AO_81F455_PERSONAL_TOKEN" (
    "CREATED_AT" timestamp, "EXPIRING_AT" timestamp, "HASHED_TOKEN" varchar(255), "ID" serial PRIMARY KEY, "LAST_ACCESSED_AT" bigint, "NAME" varchar(255), "NOT_EXPIRING" boolean,
    "TOKEN_ID" varchar(255), "USER_KEY" varchar(255)
);
INSERT INTO "AO_81F455_PERSONAL_TOKEN"
SELECT x.at, CASE WHEN k % 4 <> 0 THEN x.at + interval '90 days' END, jgen.pk('jpat', k), k, CASE WHEN k % 3 <> 0 THEN jgen.ms(x.at) + 86400000::bigint * (k % 60) END,
       (ARRAY['Grafana', 'jira-cli', 'my laptop', 'backup script', 'Postman', 'CI pipeline', 'VS Code', 'n8n'])[1 + k % 8], k % 4 = 0, jgen.dg('jpatid', k, 12), u.ukey
FROM generate_series(1, 90) k JOIN jgen.u u ON u.i = 13 + fixture_gen.n('jpatu', k, 208), LATERAL (SELECT jgen.ts('jpatc', k)::timestamp(3) AS at) x;

CREATE TABLE "AO_FE1BC5_CLIENT" ("CLIENT_ID" varchar(255) NOT NULL, "CLIENT_SECRET" varchar(255) NOT NULL, "ID" varchar(255) PRIMARY KEY, "NAME" varchar(255) NOT NULL, "SCOPE" varchar(255), "USER_KEY" varchar(255));
INSERT INTO "AO_FE1BC5_CLIENT"
SELECT fixture_gen.hexn('jo2id', k, 32), fixture_gen.hexn('jo2sec', k, 64), fixture_gen.uuid('jo2', k), n, s, (SELECT ukey FROM jgen.u WHERE i = (ARRAY[14, 62, 75, 118, 62])[k])
FROM (VALUES (1, 'Grafana SLA dashboards', 'READ'), (2, 'Zapier', 'WRITE'), (3, 'Client portal (embedded requests)', 'WRITE'), (4, 'Power BI', 'READ'), (5, 'Test client - delete me', 'ADMIN')) v(k, n, s);

CREATE TABLE "AO_4AEACD_WEBHOOK_DAO" (
    "ENABLED" boolean, "ENCODED_EVENTS" text, "EXCLUDE_BODY" boolean, "FILTERS" text, "ID" serial PRIMARY KEY, "LAST_UPDATED" timestamp NOT NULL, "LAST_UPDATED_USER" varchar(255) NOT NULL,
    "NAME" text NOT NULL, "PARAMETERS" text, "REGISTRATION_METHOD" varchar(255) NOT NULL, "URL" text NOT NULL
);
INSERT INTO "AO_4AEACD_WEBHOOK_DAO" VALUES
 (true, '["jira:issue_created","jira:issue_updated"]', false, '{"jira-issue":"project = ITSD AND priority = Highest"}', 1, '2023-04-11 10:02:33', (SELECT ukey FROM jgen.u WHERE i = 62), 'P1 to Slack #incidents', NULL, 'REST',
  'https://hooks.slack' || '.com/services/T0' || upper(jgen.tok('jwh1', 1, 8)) || '/B0' || upper(jgen.tok('jwh2', 1, 8)) || '/' || jgen.tok('jwh3', 1, 24)),
 (true, '["jira:issue_created"]', false, '{"jira-issue":"project = ITSD AND Organizations = \"Aurelia Hotels\""}', 2, '2023-08-02 14:20:10', (SELECT ukey FROM jgen.u WHERE i = 14), 'Aurelia Hotels Zapier', NULL, 'UI',
  'https://hooks.zapier.com/hooks/catch/' || jgen.dg('jwhz', 1, 8) || '/' || lower(jgen.tok('jwhz', 2, 6)) || '/'),
 (true, '["jira:issue_updated","comment_created"]', true, '{"jira-issue":""}', 3, '2022-11-28 09:00:00', (SELECT ukey FROM jgen.u WHERE i = 118), 'CRM sync', '{"excludeIssueDetails":"true"}', 'UI',
  'https://crm.corvane.example/webhooks/jira?token=' || fixture_gen.hexn('jwhcrm', 1, 40)),
 (true, '["jira:version_released"]', false, '{"jira-issue":"project in (PLAT, MOB)"}', 4, '2024-01-09 16:45:00', (SELECT ukey FROM jgen.u WHERE i = 75), 'Release notes generator', NULL, 'REST',
  'https://ops.corvane.example/hooks/release-notes'),
 (false, '["user_created","user_updated"]', false, '{}', 5, '2021-06-30 12:00:00', (SELECT ukey FROM jgen.u WHERE i = 1), 'HR system (old)', NULL, 'UI',
  'https://svc-jira:' || jgen.tok('jwhbasic', 1, 14) || '@hr-legacy.corvane.example/api/jira-users'),
 (true, '["jira:issue_deleted"]', false, '{"jira-issue":""}', 6, '2024-03-20 08:30:00', (SELECT ukey FROM jgen.u WHERE i = 93), 'Audit: issue deleted', NULL, 'UI',
  'https://siem.corvane.example/ingest/jira'),
 (true, '["sprint_closed"]', false, '{}', 7, '2023-02-14 11:11:11', (SELECT ukey FROM jgen.u WHERE i = 88), 'Sprint report to Teams', NULL, 'UI',
  'https://corvane.webhook.office.com/webhookb2/' || fixture_gen.uuid('jwhteams', 1) || '@' || fixture_gen.uuid('jwhteams', 2) || '/IncomingWebhook/' || fixture_gen.hexn('jwhteams', 3, 32) || '/' || fixture_gen.uuid('jwhteams', 4)),
 (true, '["jira:issue_created"]', false, '{"jira-issue":"project = SEC"}', 8, '2024-05-06 07:50:00', (SELECT ukey FROM jgen.u WHERE i = 93), 'PagerDuty SEC', NULL, 'REST',
  'https://events.pagerduty.com/integration/' || fixture_gen.hexn('jwhpd', 1, 32) || '/enqueue');

CREATE TABLE "AO_97EDAB_USERINVITATION" (
    "APPLICATION_KEYS" varchar(255), "EMAIL_ADDRESS" varchar(255), "EXPIRY" timestamp, "ID" serial PRIMARY KEY, "REDEEMED" boolean, "SENDER_USERNAME" varchar(255), "TOKEN" varchar(255)
);
INSERT INTO "AO_97EDAB_USERINVITATION"
SELECT CASE WHEN k % 3 = 0 THEN 'jira-servicedesk' ELSE 'jira-software' END,
       CASE WHEN k % 3 = 0 THEN c.email ELSE fixture_gen.ascii(fixture_gen.first_name('jinv', k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('jinvl', k)) || '@corvane.example' END,
       (jgen.ts('jinvt', k) + interval '7 days')::timestamp(3), k, k % 4 <> 0, s.uname, jgen.tok('jinvtok', k, 32)
FROM generate_series(1, 70) k JOIN jgen.u s ON s.i = (ARRAY[3, 4, 14, 62, 13])[1 + k % 5] JOIN jgen.u c ON c.i = 221 + (k * 23) % 1680;

-- ---------------------------------------------------------------- Active Objects: DVCS connector (Bitbucket Cloud, GitHub)
CREATE TABLE "AO_E8B6CC_ORGANIZATION_MAPPING" (
    "ACCESS_TOKEN" varchar(255), "ADMIN_PASSWORD" varchar(255), "ADMIN_USERNAME" varchar(255), "APPROVAL_STATE" varchar(255), "AUTOLINK_NEW_REPOS" boolean, "DEFAULT_GROUPS_SLUGS" varchar(255),
    "DVCS_TYPE" varchar(255), "HOST_URL" varchar(255), "ID" serial PRIMARY KEY, "NAME" varchar(255), "OAUTH_KEY" varchar(255), "OAUTH_SECRET" varchar(255), "SMARTCOMMITS_FOR_NEW_REPOS" boolean
);
INSERT INTO "AO_E8B6CC_ORGANIZATION_MAPPING" VALUES
 (NULL, NULL, NULL, 'APPROVED', true, 'developers', 'bitbucket', 'https://bitbucket.org', 1, 'corvane', upper(jgen.tok('jbbk', 1, 18)), jgen.tok('jbbs', 1, 32), true),
 ('gh' || 'p_' || jgen.tok('jghp', 1, 36), NULL, NULL, 'APPROVED', false, NULL, 'github', 'https://github.com', 2, 'corvane-clients', 'Iv1.' || fixture_gen.hexn('jghk', 1, 16), fixture_gen.hexn('jghs', 1, 40), true),
 (NULL, jgen.tok('jbbpw', 1, 16), 'corvane-ci', 'APPROVED', false, NULL, 'bitbucket', 'https://bitbucket.org', 3, 'corvane-legacy', NULL, NULL, false);

CREATE TABLE "AO_E8B6CC_CHANGESET_MAPPING" (
    "AUTHOR" varchar(255), "AUTHOR_EMAIL" varchar(255), "BRANCH" varchar(255), "DATE" timestamp NOT NULL, "FILE_COUNT" integer, "FILE_DETAILS_JSON" text, "ID" serial PRIMARY KEY,
    "MESSAGE" text, "NODE" varchar(255), "PARENTS_DATA" varchar(255), "RAW_AUTHOR" varchar(255), "RAW_NODE" varchar(255), "SMARTCOMMIT_AVAILABLE" boolean, "VERSION" integer
);
INSERT INTO "AO_E8B6CC_CHANGESET_MAPPING"
SELECT CASE WHEN c % 9 = 0 THEN NULL ELSE fixture_gen.ascii(u.first) || substr(fixture_gen.ascii(u.last), 1, 1) || CASE WHEN c % 2 = 0 THEN '-corvane' ELSE '' END END,
       CASE WHEN c % 4 = 0 THEN fixture_gen.ascii(u.first) || '.' || fixture_gen.ascii(u.last) || '@' || (ARRAY['gmail.com', 'proton.me'])[1 + c % 2] ELSE u.email END,
       CASE WHEN c % 3 = 0 THEN 'main' ELSE (ARRAY['feature/', 'bugfix/', 'hotfix/'])[1 + c % 3] || s.pkey || '-' || s.num || '-' || lower(regexp_replace(split_part(t.summary, ' ', 1) || '-' || split_part(t.summary, ' ', 2), '[^A-Za-z0-9-]', '', 'g')) END,
       (s.created + make_interval(hours => 2 + c % 300))::timestamp(0), 1 + c % 12,
       '[{"file":"' || (ARRAY['src/main/java/com/corvane/billing/RetryPolicy.java', 'portal/src/components/TicketForm.tsx', 'infra/terraform/vpn.tf', 'android/app/src/main/java/PushService.kt', 'sql/exports/nightly.sql'])[1 + c % 5]
         || '","changeType":"MODIFIED","additions":' || (c % 80) || ',"deletions":' || (c % 23) || '}]',
       c, s.pkey || '-' || s.num || ' ' || CASE c % 6 WHEN 0 THEN 'Fix ' || lower(t.summary) WHEN 1 THEN 'WIP' WHEN 2 THEN t.summary || E'\n\nCo-authored-by: ' || m.first || ' ' || m.last || ' <' || m.email || '>'
            WHEN 3 THEN 'Address review comments' WHEN 4 THEN '#time 1h #comment ' || lower(t.summary) ELSE 'Merge branch ''main'' into feature/' || s.pkey || '-' || s.num END,
       substr(fixture_gen.hexn('jcsn', c, 40), 1, 12), '["' || fixture_gen.hexn('jcsp', c, 40) || '"]', u.first || ' ' || u.last || ' <' || u.email || '>', fixture_gen.hexn('jcsn', c, 40), c % 6 = 4, 2
FROM generate_series(1, 800) c JOIN jgen.iss s ON s.k = 1751 + fixture_gen.n('jcsi', c, 1250) JOIN jgen.txt t ON t.k = s.k JOIN jgen.u u ON u.i = 61 + fixture_gen.n('jcsu', c, 160) JOIN jgen.u m ON m.i = 61 + (c * 7) % 160;

-- ---------------------------------------------------------------- done
DROP SCHEMA jgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
