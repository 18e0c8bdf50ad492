-- classify-eval fixture (HOLDOUT 33: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- PostgreSQL database of a Zabbix 6.4 server run by Kestrel Networks B.V., a
-- managed-hosting company in Amsterdam with NOC teams in Amsterdam, Kraków and
-- Pune. It monitors its own data-centre servers, customers' servers and
-- branch routers (dental practices, a school, law firms, a logistics firm)
-- and the routers in some engineers' home offices. Tables and columns as
-- Zabbix's create.sql makes them (a subset of tables; config abridged):
-- bigint ids named after the table, varchar(n) DEFAULT '' NOT NULL, integer
-- flags, clocks as Unix epoch integers.
-- Personal data and secrets: users (logins, names, bcrypt and old md5
-- hashes, the IP of the last failed login), sessions and their CSRF secrets,
-- API tokens as sha512, media (the email, phone, Telegram chat id or Slack
-- member id alerts go to), media types' SMTP passwords and webhook
-- parameters (bot tokens), host inventory (points of contact with names,
-- emails, phones and chat handles, site addresses, some of them engineers'
-- homes, installers), host descriptions and tags naming owners, macros whose
-- values are passwords and API keys beside thresholds, items' passwords,
-- headers with bearer tokens and URLs with keys, triggers' comments with
-- on-call phones, events and alerts naming locked-out accounts, alert
-- messages with the acknowledging engineer's name and what they typed, the
-- webhook parameters sent with each alert (tokens), acknowledgements, the
-- audit log (logins, client IPs, JSON details of changed users, media and
-- macros in clear), scripts with credentials in their commands, LDAP bind
-- password, the session key, log and text history (sshd, postfix, Windows
-- security events naming users, emails and IPs), web scenarios with basic
-- auth and login forms, SNMP communities and SNMPv3 passphrases.
-- What looks personal and is not: host and visible names, interface IPs and
-- DNS names of servers, the service accounts of items, IPMI and scripts,
-- SSH key file names in publickey/privatekey, LDAP attribute names in
-- user_username and user_lastname, the SAML username attribute.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA xgen;

-- hx: len hex digits; tok: len alphanumerics.
CREATE FUNCTION xgen.hx(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;

CREATE FUNCTION xgen.tok(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len) $$;

-- ep: an epoch second in the year before the snapshot (2024-06-28 12:00 UTC).
CREATE FUNCTION xgen.ep(tag text, i bigint) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT 1688040000 + fixture_gen.n(tag, i, 31500000) $$;

-- cuid: Zabbix's 25-character CUIDs (auditlog ids).
CREATE FUNCTION xgen.cuid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'cl' || fixture_gen.chars(tag, i, 23, 'abcdefghijklmnopqrstuvwxyz0123456789') $$;

-- Staff (1..48), customer read-only users (49..56), and the people of the
-- customers' sites (points of contact, 101..190).
CREATE TABLE xgen.staff (i int PRIMARY KEY, first text, last text, login text, email text, phone text, tz text, lang text, team text, tg bigint, slack text);
INSERT INTO xgen.staff
SELECT i, f, l,
       CASE WHEN i % 4 = 0 THEN substr(fixture_gen.ascii(f), 1, 1) || fixture_gen.ascii(l) WHEN i % 4 = 1 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l)
            WHEN i % 4 = 2 THEN fixture_gen.ascii(f) ELSE fixture_gen.ascii(l) || substr(fixture_gen.ascii(f), 1, 2) END,
       fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@kestrel-networks.example',
       CASE t WHEN 'AMS' THEN '+31 6 ' || fixture_gen.digits('sph', i, 4) || ' ' || fixture_gen.digits('sph2', i, 4)
              WHEN 'KRK' THEN '+48 ' || (5 + fixture_gen.n('sph', i, 3)) || fixture_gen.digits('sph', i, 2) || ' ' || fixture_gen.digits('sph2', i, 3) || ' ' || fixture_gen.digits('sph3', i, 3)
              ELSE '+91 9' || fixture_gen.digits('sph', i, 4) || ' ' || fixture_gen.digits('sph2', i, 5) END,
       CASE t WHEN 'AMS' THEN 'Europe/Amsterdam' WHEN 'KRK' THEN 'Europe/Warsaw' ELSE 'Asia/Kolkata' END,
       CASE t WHEN 'KRK' THEN CASE WHEN i % 3 = 0 THEN 'pl_PL' ELSE 'en_GB' END WHEN 'AMS' THEN CASE WHEN i % 5 = 0 THEN 'nl_NL' ELSE 'en_US' END ELSE 'en_US' END,
       t, 100000000 + fixture_gen.n('stg', i, 899999999), 'U0' || fixture_gen.chars('ssl', i, 9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
FROM (SELECT i, CASE WHEN i % 3 = 0 THEN 'KRK' WHEN i % 3 = 1 THEN 'AMS' ELSE 'PUN' END AS t FROM generate_series(1, 56) i) s
CROSS JOIN LATERAL (SELECT CASE t
    WHEN 'AMS' THEN fixture_gen.pick(ARRAY['Jan', 'Sanne', 'Pieter', 'Femke', 'Daan', 'Lotte', 'Chidi', 'Aoife', 'Youssef', 'Amelia', 'Mikael', 'Sofía'], 'sf', i)
    WHEN 'KRK' THEN fixture_gen.pick(ARRAY['Piotr', 'Zofia', 'Magdalena', 'Tomasz', 'Agnieszka', 'Krzysztof', 'Olga', 'Dmitri', 'Ewa'], 'sf', i)
    ELSE fixture_gen.pick(ARRAY['Priya', 'Arjun', 'Rahul', 'Ananya', 'Karthik', 'Lakshmi', 'Sneha', 'Vikram', 'Meera'], 'sf', i) END AS f,
  CASE t
    WHEN 'AMS' THEN fixture_gen.pick(ARRAY['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Okafor', 'Murphy', 'Benali', 'Andersen', 'García', 'van der Berg'], 'sl', i)
    WHEN 'KRK' THEN fixture_gen.pick(ARRAY['Nowak', 'Kowalski', 'Wiśniewska', 'Zieliński', 'Lewandowska', 'Wójcik', 'Ivanova', 'Petrov', 'Kamińska'], 'sl', i)
    ELSE fixture_gen.pick(ARRAY['Sharma', 'Patel', 'Reddy', 'Iyer', 'Kulkarni', 'Gupta', 'Deshpande', 'Nair', 'Joshi'], 'sl', i) END AS l) n;
-- customer users log in with their email address
UPDATE xgen.staff SET login = lower(fixture_gen.ascii(first)) || '.' || fixture_gen.ascii(last) || '@' ||
  (ARRAY['brightwater-school.example', 'lindqvist-logistics.example', 'tandarts-centrum-oost.example', 'mertens-advocaten.example'])[1 + i % 4],
  email = lower(fixture_gen.ascii(first)) || '.' || fixture_gen.ascii(last) || '@' ||
  (ARRAY['brightwater-school.example', 'lindqvist-logistics.example', 'tandarts-centrum-oost.example', 'mertens-advocaten.example'])[1 + i % 4], team = 'CUST'
WHERE i > 48;

CREATE TABLE xgen.poc (i int PRIMARY KEY, name text, email text, phone text, cell text, screen text, street text, city text, zip text, state text, country text, lat text, lon text);
INSERT INTO xgen.poc
SELECT i, fixture_gen.full_name('poc', i),
       CASE WHEN i % 5 = 0 THEN fixture_gen.email('poc', i)
            ELSE fixture_gen.ascii(fixture_gen.first_name('poc', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('poc', i)) || '@'
                 || (ARRAY['brightwater-school.example', 'lindqvist-logistics.example', 'tandarts-centrum-oost.example', 'mertens-advocaten.example', 'kestrel-networks.example'])[1 + i % 5] END,
       CASE WHEN i % 2 = 0 THEN '+31 20 ' || fixture_gen.digits('pph', i, 3) || ' ' || fixture_gen.digits('pph2', i, 4) ELSE fixture_gen.phone('pph', i) END,
       '+31 6 ' || fixture_gen.digits('pcl', i, 8),
       CASE i % 3 WHEN 0 THEN '@' || fixture_gen.ascii(fixture_gen.first_name('poc', i)) || '_' || substr(fixture_gen.ascii(fixture_gen.last_name('poc', i)), 1, 4) WHEN 1 THEN 'teams:' || fixture_gen.ascii(fixture_gen.first_name('poc', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('poc', i)) ELSE '' END,
       CASE WHEN i % 3 = 0 THEN fixture_gen.pick(ARRAY['Keizersgracht ', 'Van Baerlestraat ', 'Oudegracht ', 'Coolsingel ', 'Stationsplein '], 'pst', i) || (1 + fixture_gen.n('psn', i, 300))
            ELSE fixture_gen.street('pst', i) END,
       CASE WHEN i % 3 = 0 THEN fixture_gen.pick(ARRAY['Amsterdam', 'Utrecht', 'Rotterdam', 'Haarlem', 'Leiden'], 'pci', i) ELSE fixture_gen.city('pci', i) END,
       CASE WHEN i % 3 = 0 THEN (1000 + fixture_gen.n('pz', i, 8999))::text || ' ' || fixture_gen.chars('pz', i, 2, 'ABCDEFGHJKLMNPRSTVWXZ') ELSE fixture_gen.postcode('pz', i) END,
       CASE WHEN i % 3 = 0 THEN fixture_gen.pick(ARRAY['Noord-Holland', 'Utrecht', 'Zuid-Holland'], 'pstt', i) ELSE fixture_gen.pick(ARRAY['', 'Bayern', 'Małopolskie', 'Maharashtra', 'Île-de-France'], 'pstt', i) END,
       CASE WHEN i % 3 = 0 THEN 'Netherlands' ELSE fixture_gen.pick(ARRAY['Germany', 'Poland', 'India', 'France', 'United Kingdom', 'Netherlands'], 'pco', i) END,
       (50 + fixture_gen.n('plat', i, 300) / 100.0)::numeric(8, 6)::text, (4 + fixture_gen.n('plon', i, 300) / 100.0)::numeric(8, 6)::text
FROM generate_series(101, 190) i;

-- Hosts: 10001..10140 monitored hosts, 10201..10204 proxies, 10301..10330 templates.
CREATE TABLE xgen.h (hostid bigint PRIMARY KEY, host text, name text, kind text, cust text, ip text, dns text, status int, proxy bigint);
INSERT INTO xgen.h
SELECT 10000 + k, hn, CASE WHEN k % 4 = 0 THEN initcap(replace(hn, '-', ' ')) ELSE hn END, kind, cust,
       CASE kind WHEN 'homerouter' THEN '10.99.' || (k % 200) || '.1' WHEN 'dc' THEN '10.20.' || (k % 40) || '.' || (10 + k) ELSE '172.16.' || (k % 250) || '.' || (2 + k % 200) END,
       CASE WHEN kind = 'dc' THEN hn || '.ams1.kestrel-networks.example' ELSE '' END,
       CASE WHEN k % 23 = 0 THEN 1 ELSE 0 END, CASE WHEN kind = 'dc' THEN NULL ELSE 10201 + k % 4 END
FROM generate_series(1, 140) k
CROSS JOIN LATERAL (SELECT CASE WHEN k <= 70 THEN 'dc' WHEN k <= 125 THEN 'cust' ELSE 'homerouter' END AS kind) a
CROSS JOIN LATERAL (SELECT CASE kind
    WHEN 'dc' THEN fixture_gen.pick(ARRAY['db', 'web', 'app', 'lb', 'kvm', 'nas', 'mail', 'dns', 'ldap', 'backup', 'k8s-node'], 'hr', k) || '-ams1-' || lpad(k::text, 2, '0')
    WHEN 'cust' THEN (ARRAY['bws', 'lql', 'tco', 'mad'])[1 + k % 4] || '-' || fixture_gen.pick(ARRAY['fs', 'dc', 'fw', 'sw', 'ups', 'prn', 'pacs', 'rdp', 'ap'], 'hc', k) || lpad((k - 70)::text, 2, '0')
    ELSE 'ho-rtr-' || lpad((k - 125)::text, 3, '0') END AS hn,
  CASE WHEN k > 70 AND k <= 125 THEN (ARRAY['Brightwater School', 'Lindqvist Logistics', 'Tandarts Centrum Oost', 'Mertens Advocaten'])[1 + k % 4] ELSE 'Kestrel' END AS cust) b;

-- ---------------------------------------------------------------- users
CREATE TABLE usrgrp (
	usrgrpid bigint NOT NULL,
	name varchar(64) DEFAULT '' NOT NULL,
	gui_access integer DEFAULT '0' NOT NULL,
	users_status integer DEFAULT '0' NOT NULL,
	debug_mode integer DEFAULT '0' NOT NULL,
	userdirectoryid bigint NULL,
	PRIMARY KEY (usrgrpid)
);
INSERT INTO usrgrp VALUES (7, 'Zabbix administrators', 0, 0, 0, NULL), (8, 'Guests', 0, 0, 0, NULL), (9, 'Disabled', 0, 1, 0, NULL),
  (11, 'Enabled debug mode', 0, 0, 1, NULL), (12, 'No access to the frontend', 2, 0, 0, NULL), (13, 'Internal', 1, 0, 0, NULL),
  (14, 'NOC Amsterdam', 2, 0, 0, 1), (15, 'NOC Kraków', 2, 0, 0, 1), (16, 'NOC Pune', 2, 0, 0, 1), (17, 'Linux admins', 2, 0, 0, 1),
  (18, 'Windows admins', 2, 0, 0, 1), (19, 'On-call escalation', 0, 0, 0, NULL), (20, 'Customer: Brightwater School', 1, 0, 0, NULL),
  (21, 'Customer: Lindqvist Logistics', 1, 0, 0, NULL), (22, 'Customer: Tandarts Centrum Oost', 1, 0, 0, NULL), (23, 'Customer: Mertens Advocaten', 1, 0, 0, NULL),
  (24, 'API service accounts', 3, 0, 0, NULL);

CREATE TABLE users (
	userid bigint NOT NULL,
	username varchar(100) DEFAULT '' NOT NULL,
	name varchar(100) DEFAULT '' NOT NULL,
	surname varchar(100) DEFAULT '' NOT NULL,
	passwd varchar(60) DEFAULT '' NOT NULL,
	url varchar(2048) DEFAULT '' NOT NULL,
	autologin integer DEFAULT '0' NOT NULL,
	autologout varchar(32) DEFAULT '15m' NOT NULL,
	lang varchar(7) DEFAULT 'default' NOT NULL,
	refresh varchar(32) DEFAULT '30s' NOT NULL,
	theme varchar(128) DEFAULT 'default' NOT NULL,
	attempt_failed integer DEFAULT 0 NOT NULL,
	attempt_ip varchar(39) DEFAULT '' NOT NULL,
	attempt_clock integer DEFAULT 0 NOT NULL,
	rows_per_page integer DEFAULT 50 NOT NULL,
	timezone varchar(50) DEFAULT 'default' NOT NULL,
	roleid bigint NULL,
	userdirectoryid bigint NULL,
	ts_provisioned integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (userid)
);
INSERT INTO users VALUES
  (1, 'Admin', 'Zabbix', 'Administrator', fixture_gen.bcrypt('upw', 1), '', 1, '0', 'default', '30s', 'default', 0, '', 0, 50, 'default', 3, NULL, 0),
  (2, 'guest', '', '', fixture_gen.bcrypt('upw', 2), '', 0, '15m', 'default', '30s', 'default', 0, '', 0, 50, 'default', 4, NULL, 0);
INSERT INTO users
SELECT 2 + s.i, s.login, s.first, s.last,
       CASE WHEN s.team = 'CUST' OR s.i % 7 = 0 THEN CASE WHEN s.i % 14 = 0 THEN md5('pw' || s.i) ELSE fixture_gen.bcrypt('upw', 2 + s.i) END
            WHEN s.i % 5 = 0 THEN fixture_gen.bcrypt('upw', 2 + s.i) ELSE '' END,
       CASE s.i % 6 WHEN 0 THEN 'zabbix.php?action=dashboard.view&dashboardid=' || (1 + s.i % 9) WHEN 1 THEN 'zabbix.php?action=problem.view' ELSE '' END,
       CASE WHEN s.i % 3 = 0 THEN 1 ELSE 0 END, CASE WHEN s.i % 3 = 0 THEN '0' ELSE fixture_gen.pick(ARRAY['15m', '30m', '1h', '2h'], 'ual', s.i) END,
       CASE WHEN s.i % 4 = 0 THEN s.lang ELSE 'default' END, fixture_gen.pick(ARRAY['30s', '1m', '10s'], 'urf', s.i),
       fixture_gen.pick(ARRAY['default', 'dark-theme', 'blue-theme', 'hc-dark'], 'uth', s.i),
       CASE WHEN s.i % 9 = 0 THEN 1 + s.i % 3 ELSE 0 END,
       CASE WHEN s.i % 9 = 0 OR s.i % 11 = 0 THEN CASE WHEN s.i % 2 = 0 THEN fixture_gen.ipv4('uip', s.i) ELSE fixture_gen.ipv6('uip', s.i) END ELSE '' END,
       CASE WHEN s.i % 9 = 0 OR s.i % 11 = 0 THEN xgen.ep('uac', s.i) ELSE 0 END,
       fixture_gen.pick(ARRAY['50', '100', '50', '25'], 'urp', s.i)::int,
       CASE WHEN s.i % 3 = 0 THEN s.tz ELSE 'default' END,
       CASE WHEN s.team = 'CUST' THEN 6 WHEN s.i <= 4 THEN 3 ELSE 5 END,
       CASE WHEN s.team <> 'CUST' AND NOT (s.i % 7 = 0 OR s.i % 5 = 0) THEN 1 END,
       CASE WHEN s.team <> 'CUST' AND NOT (s.i % 7 = 0 OR s.i % 5 = 0) THEN xgen.ep('utp', s.i) ELSE 0 END
FROM xgen.staff s;
INSERT INTO users VALUES
  (59, 'svc-grafana', 'Grafana', 'API', fixture_gen.bcrypt('upw', 59), '', 0, '0', 'default', '30s', 'default', 0, '', 0, 50, 'default', 1, NULL, 0),
  (60, 'svc-awx', 'Ansible AWX', 'API', fixture_gen.bcrypt('upw', 60), '', 0, '0', 'default', '30s', 'default', 0, '', 0, 50, 'default', 2, NULL, 0),
  (61, 'svc-n8n', 'n8n ticket sync', '', fixture_gen.bcrypt('upw', 61), '', 0, '0', 'default', '30s', 'default', 0, '', 0, 50, 'default', 2, NULL, 0);

CREATE TABLE users_groups (
	id bigint NOT NULL,
	usrgrpid bigint NOT NULL,
	userid bigint NOT NULL,
	PRIMARY KEY (id)
);
INSERT INTO users_groups SELECT row_number() OVER (ORDER BY u, g), g, u FROM (
  SELECT 1 AS u, 7 AS g UNION ALL SELECT 2, 8 UNION ALL SELECT 2, 9
  UNION ALL SELECT 2 + i, CASE team WHEN 'AMS' THEN 14 WHEN 'KRK' THEN 15 WHEN 'PUN' THEN 16 ELSE 19 + i % 4 + 1 END FROM xgen.staff
  UNION ALL SELECT 2 + i, CASE WHEN i % 2 = 0 THEN 17 ELSE 18 END FROM xgen.staff WHERE team <> 'CUST'
  UNION ALL SELECT 2 + i, 19 FROM xgen.staff WHERE team <> 'CUST' AND i % 4 = 1
  UNION ALL SELECT 2 + i, 7 FROM xgen.staff WHERE i <= 2
  UNION ALL SELECT u, 24 FROM generate_series(59, 61) u) x;

CREATE TABLE sessions (
	sessionid varchar(32) DEFAULT '' NOT NULL,
	userid bigint NOT NULL,
	lastaccess integer DEFAULT '0' NOT NULL,
	status integer DEFAULT '0' NOT NULL,
	secret varchar(32) DEFAULT '' NOT NULL,
	PRIMARY KEY (sessionid)
);
INSERT INTO sessions
SELECT xgen.hx('ssid', k, 32), CASE WHEN k % 10 = 0 THEN 1 WHEN k % 10 = 1 THEN 59 + k % 3 ELSE 3 + fixture_gen.n('ssu', k, 56) END,
       xgen.ep('ssla', k), CASE WHEN k % 4 = 0 THEN 1 ELSE 0 END, xgen.hx('sssc', k, 32)
FROM generate_series(1, 180) k;

CREATE TABLE token (
	tokenid bigint NOT NULL,
	name varchar(64) DEFAULT '' NOT NULL,
	description text DEFAULT '' NOT NULL,
	userid bigint NOT NULL,
	token varchar(128) NULL,
	lastaccess integer DEFAULT '0' NOT NULL,
	status integer DEFAULT '0' NOT NULL,
	expires_at integer DEFAULT '0' NOT NULL,
	created_at integer DEFAULT '0' NOT NULL,
	creator_userid bigint NULL,
	PRIMARY KEY (tokenid)
);
INSERT INTO token
SELECT k, (ARRAY['Grafana datasource', 'AWX inventory sync', 'n8n ticket sync', 'Backup report', 'Capacity export', 'CMDB import', 'Status page', 'Terraform provider'])[1 + k % 8] || CASE WHEN k > 8 THEN ' ' || (k / 8 + 1) ELSE '' END,
       (ARRAY['Read-only token for the Grafana Zabbix plugin', 'Used by the nightly AWX job to refresh host inventory', 'Creates Jira tickets from problems', '', 'Monthly capacity CSV for account managers', '', 'Feeds status.kestrel-networks.example', 'Terraform zabbix provider in infra-live'])[1 + k % 8],
       CASE k % 8 WHEN 0 THEN 59 WHEN 1 THEN 60 WHEN 2 THEN 61 ELSE 3 + fixture_gen.n('tku', k, 40) END,
       encode(sha512(convert_to(xgen.hx('tkraw', k, 64), 'UTF8')), 'hex'),
       xgen.ep('tkla', k), CASE WHEN k % 6 = 5 THEN 1 ELSE 0 END, CASE WHEN k % 3 = 0 THEN 1735689600 + k * 86400 ELSE 0 END,
       xgen.ep('tkca', k) - 20000000, CASE WHEN k % 8 < 3 THEN 1 ELSE 3 + fixture_gen.n('tku', k, 40) END
FROM generate_series(1, 24) k;

-- ---------------------------------------------------------------- media types and user media
CREATE TABLE media_type (
	mediatypeid bigint NOT NULL,
	type integer DEFAULT '0' NOT NULL,
	name varchar(100) DEFAULT '' NOT NULL,
	smtp_server varchar(255) DEFAULT '' NOT NULL,
	smtp_helo varchar(255) DEFAULT '' NOT NULL,
	smtp_email varchar(255) DEFAULT '' NOT NULL,
	exec_path varchar(255) DEFAULT '' NOT NULL,
	gsm_modem varchar(255) DEFAULT '' NOT NULL,
	username varchar(255) DEFAULT '' NOT NULL,
	passwd varchar(255) DEFAULT '' NOT NULL,
	status integer DEFAULT '1' NOT NULL,
	smtp_port integer DEFAULT '25' NOT NULL,
	smtp_security integer DEFAULT '0' NOT NULL,
	smtp_verify_peer integer DEFAULT '0' NOT NULL,
	smtp_verify_host integer DEFAULT '0' NOT NULL,
	smtp_authentication integer DEFAULT '0' NOT NULL,
	maxsessions integer DEFAULT '1' NOT NULL,
	maxattempts integer DEFAULT '3' NOT NULL,
	attempt_interval varchar(32) DEFAULT '10s' NOT NULL,
	content_type integer DEFAULT '1' NOT NULL,
	script text DEFAULT '' NOT NULL,
	timeout varchar(32) DEFAULT '30s' NOT NULL,
	process_tags integer DEFAULT '0' NOT NULL,
	show_event_menu integer DEFAULT '0' NOT NULL,
	event_menu_url varchar(2048) DEFAULT '' NOT NULL,
	event_menu_name varchar(255) DEFAULT '' NOT NULL,
	description text DEFAULT '' NOT NULL,
	provider integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (mediatypeid)
);
CREATE UNIQUE INDEX media_type_1 ON media_type (name);
INSERT INTO media_type (mediatypeid, type, name, smtp_server, smtp_helo, smtp_email, username, passwd, status, smtp_port, smtp_security, smtp_verify_peer, smtp_verify_host, smtp_authentication, content_type, description, provider) VALUES
  (1, 0, 'Email', 'smtp.office365.com', 'kestrel-networks.example', 'zabbix@kestrel-networks.example', 'zabbix@kestrel-networks.example', 'Kx' || xgen.tok('mtpw', 1, 14) || '!', 0, 587, 1, 1, 1, 1, 1, 'Office 365 mailbox of the Zabbix service', 2),
  (2, 0, 'Email (HTML)', 'email-smtp.eu-west-1.amazonaws.com', 'zabbix.kestrel-networks.example', 'noc-alerts@kestrel-networks.example', 'noc-alerts@kestrel-networks.example', 'B' || xgen.tok('mtpw', 2, 43), 0, 587, 1, 1, 1, 1, 1, 'Amazon SES; customers get the HTML variant', 0),
  (3, 0, 'Email customers (Gmail relay)', 'smtp.gmail.com', 'kestrel-networks.example', 'monitoring@kestrel-networks.example', 'monitoring@kestrel-networks.example', lower(xgen.tok('mtpw', 3, 16)), 1, 587, 1, 0, 0, 1, 0, 'Old relay, app password, disabled 2023-11', 1);
INSERT INTO media_type (mediatypeid, type, name, gsm_modem, status, maxsessions, description) VALUES
  (4, 2, 'SMS', '/dev/ttyUSB0', 0, 1, 'Huawei E3372 on zbx-ams1-01, KPN SIM');
INSERT INTO media_type (mediatypeid, type, name, exec_path, status, timeout, description) VALUES
  (5, 1, 'Signal', 'signal-send.sh', 0, '30s', 'Wraps signal-cli on the server, sends from the NOC number'),
  (6, 1, 'Call-out (Twilio voice)', 'twilio_call.py', 0, '60s', 'Rings the on-call phone for disaster-level problems');
INSERT INTO media_type (mediatypeid, type, name, status, script, timeout, process_tags, show_event_menu, event_menu_url, event_menu_name, description, maxsessions, maxattempts)
SELECT 6 + k, 4, w, CASE WHEN k <= 6 THEN 0 ELSE 1 END,
       'var params = JSON.parse(value), req = new HttpRequest();' || E'\n' || 'req.addHeader(''Content-Type: application/json'');' || E'\n'
         || CASE w WHEN 'Telegram' THEN 'var url = ''https://api.telegram.org/bot'' + params.api_token + ''/sendMessage'';' WHEN 'Slack' THEN 'req.addHeader(''Authorization: Bearer '' + params.bot_token); var url = ''https://slack.com/api/chat.postMessage'';'
            ELSE 'var url = params.endpoint || params.url;' END || E'\n' || 'var resp = req.post(url, JSON.stringify(params));' || E'\n' || 'if (req.getStatus() !== 200) { throw ''Response code: '' + req.getStatus(); }' || E'\n' || 'return ''OK'';',
       '30s', CASE WHEN w IN ('Jira ServiceDesk', 'Slack', 'Opsgenie') THEN 1 ELSE 0 END, CASE WHEN w IN ('Jira ServiceDesk', 'Opsgenie') THEN 1 ELSE 0 END,
       CASE w WHEN 'Jira ServiceDesk' THEN 'https://kestrel.atlassian.net/browse/{EVENT.TAGS.__zbx_jira_requestkey}' WHEN 'Opsgenie' THEN 'https://kestrel.app.opsgenie.com/alert/detail/{EVENT.TAGS.__zbx_ops_issuekey}' ELSE '' END,
       CASE w WHEN 'Jira ServiceDesk' THEN 'Jira: {EVENT.TAGS.__zbx_jira_requestkey}' WHEN 'Opsgenie' THEN 'Opsgenie alert' ELSE '' END,
       CASE w WHEN 'Telegram' THEN 'Bot @kestrel_noc_bot; send to a chat id' WHEN 'Slack' THEN 'App "Zabbix NOC" in the kestrel-networks workspace' ELSE 'Shipped with Zabbix 6.4' END, 4, 3
FROM unnest(ARRAY['Telegram', 'Slack', 'Jira ServiceDesk', 'Opsgenie', 'MS Teams', 'PagerDuty', 'Discord', 'Pushover', 'Mattermost', 'ServiceNow', 'Zammad', 'Rocket.Chat', 'SIGNL4', 'Brevis.one']) WITH ORDINALITY AS t(w, k);

CREATE TABLE media_type_param (
	mediatype_paramid bigint NOT NULL,
	mediatypeid bigint NOT NULL,
	name varchar(255) DEFAULT '' NOT NULL,
	value varchar(2048) DEFAULT '' NOT NULL,
	sortorder integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (mediatype_paramid)
);
INSERT INTO media_type_param SELECT row_number() OVER (ORDER BY m, o), m, n, v, o - 1 FROM (VALUES
  (5, 1, '{ALERT.SENDTO}', ''), (5, 2, '{ALERT.SUBJECT}', ''), (5, 3, '{ALERT.MESSAGE}', ''),
  (6, 1, '{ALERT.SENDTO}', ''), (6, 2, '--sid', 'AC' || xgen.hx('twsid', 1, 32)), (6, 3, '--token', xgen.hx('twtok', 1, 32)), (6, 4, '--from', '+31 85 208 ' || fixture_gen.digits('twf', 1, 4)),
  (7, 1, 'alert_message', '{ALERT.MESSAGE}'), (7, 2, 'alert_subject', '{ALERT.SUBJECT}'), (7, 3, 'api_chatid', '{ALERT.SENDTO}'), (7, 4, 'api_parse_mode', 'HTML'),
  (7, 5, 'api_token', (6000000000 + fixture_gen.n('tgb', 1, 999999999))::text || ':AA' || fixture_gen.chars('tgt', 1, 33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')),
  (8, 1, 'alert_message', '{ALERT.MESSAGE}'), (8, 2, 'alert_subject', '{ALERT.SUBJECT}'), (8, 3, 'bot_token', 'xox' || 'b-' || fixture_gen.digits('slb', 1, 12) || '-' || fixture_gen.digits('slb2', 1, 13) || '-' || xgen.tok('slb3', 1, 24)),
  (8, 4, 'channel', '{ALERT.SENDTO}'), (8, 5, 'event_id', '{EVENT.ID}'), (8, 6, 'event_nseverity', '{EVENT.NSEVERITY}'), (8, 7, 'zabbix_url', '{$ZABBIX.URL}'), (8, 8, 'slack_mode', 'alarm'),
  (9, 1, 'alert_message', '{ALERT.MESSAGE}'), (9, 2, 'alert_subject', '{ALERT.SUBJECT}'), (9, 3, 'servicedesk_url', 'https://kestrel.atlassian.net'), (9, 4, 'servicedesk_user', 'svc-zabbix@kestrel-networks.example'),
  (9, 5, 'servicedesk_password', 'ATATT3xFfGF0' || xgen.tok('jira', 1, 180)), (9, 6, 'servicedesk_key', 'NOC'), (9, 7, 'trigger_id', '{TRIGGER.ID}'), (9, 8, 'event_source', '{EVENT.SOURCE}'),
  (10, 1, 'opsgenie_api', 'https://api.eu.opsgenie.com/v2/alerts'), (10, 2, 'opsgenie_token', fixture_gen.uuid('opsg', 1)), (10, 3, 'opsgenie_teams', 'NOC Amsterdam,NOC Kraków'), (10, 4, 'alert_message', '{ALERT.MESSAGE}'),
  (11, 1, 'teams_endpoint', 'https://kestrelnetworks.webhook.office.com/webhookb2/' || fixture_gen.uuid('tm1', 1) || '@' || fixture_gen.uuid('tm2', 1) || '/IncomingWebhook/' || xgen.hx('tm3', 1, 32) || '/' || fixture_gen.uuid('tm4', 1)),
  (11, 2, 'alert_message', '{ALERT.MESSAGE}'), (11, 3, 'event_source', '{EVENT.SOURCE}'),
  (12, 1, 'token', xgen.hx('pdk', 1, 32)), (12, 2, 'eventid', '{EVENT.ID}'), (12, 3, 'severity', '{EVENT.SEVERITY}'), (12, 4, 'url', '{$ZABBIX.URL}'),
  (13, 1, 'discord_endpoint', 'https://discord.com/api/webhooks/' || fixture_gen.digits('dsc', 1, 18) || '/' || fixture_gen.chars('dsct', 1, 68, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')),
  (14, 1, 'token', xgen.tok('pov', 1, 30)), (14, 2, 'user', '{ALERT.SENDTO}'), (14, 3, 'endpoint', 'https://api.pushover.net/1/messages.json'),
  (15, 1, 'bot_token', xgen.tok('mmt', 1, 26)), (15, 2, 'mattermost_url', 'https://chat.kestrel-networks.example'), (15, 3, 'send_to', '{ALERT.SENDTO}'),
  (16, 1, 'servicenow_instance_url', 'https://kestrel.service-now.com'), (16, 2, 'servicenow_user', 'zabbix.integration'), (16, 3, 'servicenow_password', '{$SERVICENOW.PASSWORD}'),
  (17, 1, 'zammad_url', 'https://support.kestrel-networks.example'), (17, 2, 'zammad_access_token', xgen.tok('zmd', 1, 64)), (17, 3, 'zammad_customer', 'noc@kestrel-networks.example'),
  (18, 1, 'rc_url', 'https://rocket.kestrel-networks.example'), (18, 2, 'rc_user_id', xgen.tok('rcu', 1, 17)), (18, 3, 'rc_user_token', xgen.tok('rct', 1, 43)),
  (19, 1, 'teamsecret', xgen.tok('s4', 1, 8)), (19, 2, 'Message', '{ALERT.MESSAGE}'),
  (20, 1, 'endpoint', 'https://brevis.one/api/v1/sms'), (20, 2, 'username', 'kestrel'), (20, 3, 'password', xgen.tok('brv', 1, 16)), (20, 4, 'send_to', '{ALERT.SENDTO}')
) v(m, o, n, v);

CREATE TABLE media (
	mediaid bigint NOT NULL,
	userid bigint NOT NULL,
	mediatypeid bigint NOT NULL,
	sendto varchar(1024) DEFAULT '' NOT NULL,
	active integer DEFAULT '0' NOT NULL,
	severity integer DEFAULT '63' NOT NULL,
	period varchar(1024) DEFAULT '1-7,00:00-24:00' NOT NULL,
	PRIMARY KEY (mediaid)
);
INSERT INTO media SELECT row_number() OVER (ORDER BY u, mt), u, mt, st, act, sev, per FROM (
  SELECT 2 + s.i AS u, CASE WHEN s.team = 'CUST' THEN 2 ELSE 1 END AS mt,
         CASE WHEN s.i % 8 = 3 THEN s.email || E'\n' || fixture_gen.email('pm', s.i) ELSE s.email END AS st, 0 AS act,
         CASE WHEN s.team = 'CUST' THEN 48 ELSE 60 END AS sev, CASE WHEN s.i % 2 = 0 THEN '1-5,09:00-18:00' ELSE '1-7,00:00-24:00' END AS per FROM xgen.staff s
  UNION ALL SELECT 2 + s.i, 4, s.phone, CASE WHEN s.i % 5 = 0 THEN 1 ELSE 0 END, 48, '1-7,00:00-24:00' FROM xgen.staff s WHERE s.team <> 'CUST' AND s.i % 2 = 1
  UNION ALL SELECT 2 + s.i, 7, s.tg::text, 0, 60, '1-7,00:00-24:00' FROM xgen.staff s WHERE s.team <> 'CUST' AND s.i % 3 <> 2
  UNION ALL SELECT 2 + s.i, 8, CASE WHEN s.i % 2 = 0 THEN s.slack ELSE '@' || split_part(s.email, '@', 1) END, 0, 62, '1-7,00:00-24:00' FROM xgen.staff s WHERE s.team <> 'CUST' AND s.i % 3 = 1
  UNION ALL SELECT 2 + s.i, 5, s.phone, 0, 32, '1-7,00:00-24:00;6-7,00:00-24:00' FROM xgen.staff s WHERE s.team = 'KRK' AND s.i % 2 = 0
  UNION ALL SELECT 2 + s.i, 14, xgen.tok('pou', s.i, 30), 1, 32, '1-7,00:00-24:00' FROM xgen.staff s WHERE s.i IN (4, 10)
  UNION ALL SELECT 1, 1, 'noc@kestrel-networks.example', 0, 63, '1-7,00:00-24:00'
  UNION ALL SELECT 1, 9, 'NOC', 0, 60, '1-7,00:00-24:00'
  UNION ALL SELECT 1, 8, '#noc-alerts', 0, 60, '1-7,00:00-24:00'
  UNION ALL SELECT 1, 6, '+31 6 ' || fixture_gen.digits('oncall', 1, 8), 0, 32, '1-7,00:00-24:00') x;

-- ---------------------------------------------------------------- hosts, proxies and templates
CREATE TABLE hosts (
	hostid bigint NOT NULL,
	proxy_hostid bigint NULL,
	host varchar(128) DEFAULT '' NOT NULL,
	status integer DEFAULT '0' NOT NULL,
	ipmi_authtype integer DEFAULT '-1' NOT NULL,
	ipmi_privilege integer DEFAULT '2' NOT NULL,
	ipmi_username varchar(16) DEFAULT '' NOT NULL,
	ipmi_password varchar(20) DEFAULT '' NOT NULL,
	maintenanceid bigint NULL,
	maintenance_status integer DEFAULT '0' NOT NULL,
	maintenance_type integer DEFAULT '0' NOT NULL,
	maintenance_from integer DEFAULT '0' NOT NULL,
	name varchar(128) DEFAULT '' NOT NULL,
	flags integer DEFAULT '0' NOT NULL,
	templateid bigint NULL,
	description text DEFAULT '' NOT NULL,
	tls_connect integer DEFAULT '1' NOT NULL,
	tls_accept integer DEFAULT '1' NOT NULL,
	tls_issuer varchar(1024) DEFAULT '' NOT NULL,
	tls_subject varchar(1024) DEFAULT '' NOT NULL,
	tls_psk_identity varchar(128) DEFAULT '' NOT NULL,
	tls_psk varchar(512) DEFAULT '' NOT NULL,
	proxy_address varchar(255) DEFAULT '' NOT NULL,
	auto_compress integer DEFAULT '1' NOT NULL,
	discover integer DEFAULT '0' NOT NULL,
	custom_interfaces integer DEFAULT '0' NOT NULL,
	uuid varchar(32) DEFAULT '' NOT NULL,
	name_upper varchar(128) DEFAULT '' NOT NULL,
	vendor_name varchar(64) DEFAULT '' NOT NULL,
	vendor_version varchar(32) DEFAULT '' NOT NULL,
	PRIMARY KEY (hostid)
);
-- templates
INSERT INTO hosts (hostid, host, status, name, description, uuid, name_upper, vendor_name, vendor_version)
SELECT 10300 + k, t, 3, t, 'Template of Zabbix 6.4; see https://www.zabbix.com/integrations', xgen.hx('tuuid', k, 32), upper(t), 'Zabbix', '6.4-' || (k % 3)
FROM unnest(ARRAY['Linux by Zabbix agent', 'Windows by Zabbix agent', 'MySQL by Zabbix agent 2', 'PostgreSQL by Zabbix agent 2', 'Nginx by HTTP', 'Apache by HTTP',
  'Cisco IOS by SNMP', 'Mikrotik by SNMP', 'APC UPS by SNMP', 'HP iLO by SNMP', 'Dell iDRAC by SNMP', 'VMware', 'Kubernetes nodes by HTTP', 'Website certificate by Zabbix agent 2',
  'ICMP Ping', 'Generic by SNMP', 'Microsoft Exchange Server 2016 by Zabbix agent', 'Active Directory DS by Zabbix agent', 'Synology DiskStation by SNMP', 'Orthanc PACS by HTTP']) WITH ORDINALITY x(t, k);
-- proxies
INSERT INTO hosts (hostid, host, status, name, description, tls_connect, tls_accept, tls_psk_identity, tls_psk, proxy_address, auto_compress, name_upper)
SELECT 10200 + k, p, CASE WHEN k = 4 THEN 6 ELSE 5 END, '', 'Proxy VM at ' || c, 2, 2, 'PSK ' || p, xgen.hx('ppsk', k, 64),
       CASE WHEN k = 4 THEN '' ELSE '172.16.' || k || '.5,' || '172.16.' || k || '.6' END, 1, ''
FROM unnest(ARRAY['proxy-bws', 'proxy-lql', 'proxy-tco', 'proxy-homeoffice']) WITH ORDINALITY x(p, k)
CROSS JOIN LATERAL (SELECT (ARRAY['Brightwater School, server room B-0.12', 'Lindqvist Logistics DC Tilburg', 'Tandarts Centrum Oost, meterkast', 'ams1 (WireGuard hub for home offices)'])[k] AS c) y;
-- monitored hosts
INSERT INTO hosts
SELECT h.hostid, CASE WHEN h.kind = 'dc' THEN NULL ELSE h.proxy END, h.host, h.status,
       CASE WHEN h.host ~ '^(kvm|db|backup)' THEN 2 ELSE -1 END, CASE WHEN h.host ~ '^(kvm|db|backup)' THEN 4 ELSE 2 END,
       CASE WHEN h.host ~ '^(kvm|db)' THEN 'ADMIN' WHEN h.host ~ '^backup' THEN 'zbx-ipmi' ELSE '' END,
       CASE WHEN h.host ~ '^(kvm|db|backup)' THEN xgen.tok('ipw', h.hostid, 12) ELSE '' END,
       CASE WHEN h.hostid % 17 = 0 THEN 1 + h.hostid % 3 END, CASE WHEN h.hostid % 17 = 0 THEN 1 ELSE 0 END, 0,
       CASE WHEN h.hostid % 17 = 0 THEN xgen.ep('hmf', h.hostid) ELSE 0 END,
       h.name, 0, NULL,
       CASE WHEN h.kind = 'homerouter' THEN 'GL.iNet Flint at the home office of ' || s.first || ' ' || s.last || '; WireGuard to ams1. Call ' || s.phone || ' before rebooting.'
            WHEN h.kind = 'cust' AND h.hostid % 3 = 0 THEN h.cust || ' on-site contact: ' || p.name || ', ' || p.phone
            WHEN h.kind = 'cust' THEN h.cust || ' managed device, SLA gold'
            WHEN h.hostid % 5 = 0 THEN 'Rack ' || chr(65 + (h.hostid % 6)::int) || (h.hostid % 12) || ', owner ' || s2.first || ' ' || s2.last
            ELSE fixture_gen.pick(ARRAY['Production', 'Galera node', 'Reverse proxy for customer portals', 'Proxmox node', '', 'Do not reboot during backups (01:00-05:00)'], 'hd', h.hostid) END,
       CASE WHEN h.kind = 'dc' THEN 1 ELSE 2 END, CASE WHEN h.kind = 'dc' THEN 1 ELSE 2 END,
       '', '', CASE WHEN h.kind = 'dc' THEN '' ELSE 'PSK-' || h.host END, CASE WHEN h.kind = 'dc' THEN '' ELSE xgen.hx('hpsk', h.hostid, 64) END,
       '', 1, 0, 0, '', upper(h.name), '', ''
FROM xgen.h h
JOIN xgen.staff s ON s.i = 1 + (h.hostid % 48)
JOIN xgen.staff s2 ON s2.i = 1 + (h.hostid * 7 % 48)
JOIN xgen.poc p ON p.i = 101 + (h.hostid % 90);
UPDATE hosts SET tls_connect = 4, tls_accept = 4, tls_issuer = 'CN=Kestrel Internal CA 2023,O=Kestrel Networks B.V.,C=NL',
  tls_subject = 'CN=' || host || '.ams1.kestrel-networks.example,OU=Servers,O=Kestrel Networks B.V.,C=NL' WHERE hostid BETWEEN 10001 AND 10070 AND hostid % 4 = 1;

CREATE TABLE host_inventory (
	hostid bigint NOT NULL,
	inventory_mode integer DEFAULT '0' NOT NULL,
	type varchar(64) DEFAULT '' NOT NULL,
	type_full varchar(64) DEFAULT '' NOT NULL,
	name varchar(128) DEFAULT '' NOT NULL,
	alias varchar(128) DEFAULT '' NOT NULL,
	os varchar(128) DEFAULT '' NOT NULL,
	os_full varchar(255) DEFAULT '' NOT NULL,
	os_short varchar(128) DEFAULT '' NOT NULL,
	serialno_a varchar(64) DEFAULT '' NOT NULL,
	serialno_b varchar(64) DEFAULT '' NOT NULL,
	tag varchar(64) DEFAULT '' NOT NULL,
	asset_tag varchar(64) DEFAULT '' NOT NULL,
	macaddress_a varchar(64) DEFAULT '' NOT NULL,
	macaddress_b varchar(64) DEFAULT '' NOT NULL,
	hardware varchar(255) DEFAULT '' NOT NULL,
	hardware_full text DEFAULT '' NOT NULL,
	software varchar(255) DEFAULT '' NOT NULL,
	software_full text DEFAULT '' NOT NULL,
	software_app_a varchar(64) DEFAULT '' NOT NULL,
	software_app_b varchar(64) DEFAULT '' NOT NULL,
	software_app_c varchar(64) DEFAULT '' NOT NULL,
	software_app_d varchar(64) DEFAULT '' NOT NULL,
	software_app_e varchar(64) DEFAULT '' NOT NULL,
	contact text DEFAULT '' NOT NULL,
	location text DEFAULT '' NOT NULL,
	location_lat varchar(16) DEFAULT '' NOT NULL,
	location_lon varchar(16) DEFAULT '' NOT NULL,
	notes text DEFAULT '' NOT NULL,
	chassis varchar(64) DEFAULT '' NOT NULL,
	model varchar(64) DEFAULT '' NOT NULL,
	hw_arch varchar(32) DEFAULT '' NOT NULL,
	vendor varchar(64) DEFAULT '' NOT NULL,
	contract_number varchar(64) DEFAULT '' NOT NULL,
	installer_name varchar(64) DEFAULT '' NOT NULL,
	deployment_status varchar(64) DEFAULT '' NOT NULL,
	url_a varchar(2048) DEFAULT '' NOT NULL,
	url_b varchar(2048) DEFAULT '' NOT NULL,
	url_c varchar(2048) DEFAULT '' NOT NULL,
	host_networks text DEFAULT '' NOT NULL,
	host_netmask varchar(39) DEFAULT '' NOT NULL,
	host_router varchar(39) DEFAULT '' NOT NULL,
	oob_ip varchar(39) DEFAULT '' NOT NULL,
	oob_netmask varchar(39) DEFAULT '' NOT NULL,
	oob_router varchar(39) DEFAULT '' NOT NULL,
	date_hw_purchase varchar(64) DEFAULT '' NOT NULL,
	date_hw_install varchar(64) DEFAULT '' NOT NULL,
	date_hw_expiry varchar(64) DEFAULT '' NOT NULL,
	date_hw_decomm varchar(64) DEFAULT '' NOT NULL,
	site_address_a varchar(128) DEFAULT '' NOT NULL,
	site_address_b varchar(128) DEFAULT '' NOT NULL,
	site_address_c varchar(128) DEFAULT '' NOT NULL,
	site_city varchar(128) DEFAULT '' NOT NULL,
	site_state varchar(64) DEFAULT '' NOT NULL,
	site_country varchar(64) DEFAULT '' NOT NULL,
	site_zip varchar(64) DEFAULT '' NOT NULL,
	site_rack varchar(128) DEFAULT '' NOT NULL,
	site_notes text DEFAULT '' NOT NULL,
	poc_1_name varchar(128) DEFAULT '' NOT NULL,
	poc_1_email varchar(128) DEFAULT '' NOT NULL,
	poc_1_phone_a varchar(64) DEFAULT '' NOT NULL,
	poc_1_phone_b varchar(64) DEFAULT '' NOT NULL,
	poc_1_cell varchar(64) DEFAULT '' NOT NULL,
	poc_1_screen varchar(64) DEFAULT '' NOT NULL,
	poc_1_notes text DEFAULT '' NOT NULL,
	poc_2_name varchar(128) DEFAULT '' NOT NULL,
	poc_2_email varchar(128) DEFAULT '' NOT NULL,
	poc_2_phone_a varchar(64) DEFAULT '' NOT NULL,
	poc_2_phone_b varchar(64) DEFAULT '' NOT NULL,
	poc_2_cell varchar(64) DEFAULT '' NOT NULL,
	poc_2_screen varchar(64) DEFAULT '' NOT NULL,
	poc_2_notes text DEFAULT '' NOT NULL,
	PRIMARY KEY (hostid)
);
INSERT INTO host_inventory
SELECT h.hostid, CASE WHEN h.hostid % 2 = 0 THEN 1 ELSE 0 END,
       hw.typ, hw.typ, h.host, CASE WHEN h.kind = 'cust' THEN upper(substr(h.host, 1, 3)) || '-' || lpad((h.hostid % 1000)::text, 4, '0') ELSE '' END,
       hw.os, CASE WHEN hw.os LIKE 'Linux%' THEN 'Linux ' || h.host || ' 6.1.0-21-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03) x86_64' WHEN hw.os LIKE 'Windows%' THEN 'Microsoft Windows Server 2022 Standard 21H2 Build 20348.2461' ELSE hw.os END,
       split_part(hw.os, ' ', 1), upper(fixture_gen.chars('sn', h.hostid, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')), '',
       CASE WHEN h.kind = 'dc' THEN 'prod' ELSE 'customer' END, 'KN-' || lpad((h.hostid - 9000)::text, 5, '0'),
       lower(xgen.hx('mac', h.hostid, 2) || ':' || xgen.hx('mac2', h.hostid, 2) || ':' || xgen.hx('mac3', h.hostid, 2) || ':' || xgen.hx('mac4', h.hostid, 2) || ':' || xgen.hx('mac5', h.hostid, 2) || ':' || xgen.hx('mac6', h.hostid, 2)),
       '', hw.model, '', hw.os, '', '', '', '', '', '',
       CASE WHEN h.kind = 'cust' THEN p.name || ' <' || p.email || '>, ' || p.phone WHEN h.kind = 'homerouter' THEN s.first || ' ' || s.last || ' (' || s.phone || ')' ELSE 'NOC Amsterdam <noc@kestrel-networks.example>' END,
       CASE WHEN h.kind = 'dc' THEN 'Equinix AM3, Science Park 610, Amsterdam' WHEN h.kind = 'cust' THEN h.cust ELSE 'Home office' END,
       CASE WHEN h.kind = 'dc' THEN '52.356100' ELSE p.lat END, CASE WHEN h.kind = 'dc' THEN '4.954500' ELSE p.lon END,
       CASE WHEN h.hostid % 7 = 0 THEN 'Replaced PSU ' || to_char(to_timestamp(xgen.ep('nt', h.hostid)), 'YYYY-MM-DD') || ' (' || s2.first || ')' WHEN h.hostid % 7 = 3 THEN 'Warranty via vendor portal, NBD on-site' ELSE '' END,
       CASE WHEN h.kind = 'dc' THEN '2U rack' ELSE '' END, hw.model, CASE WHEN hw.os LIKE 'RouterOS%' OR hw.os LIKE 'OpenWrt%' THEN 'arm64' ELSE 'x86_64' END, hw.vendor,
       CASE WHEN h.kind = 'cust' THEN 'MSA-' || (2019 + h.hostid % 5) || '-' || lpad((h.hostid % 97)::text, 3, '0') ELSE '' END,
       CASE WHEN h.kind <> 'dc' OR h.hostid % 3 = 0 THEN s2.first || ' ' || s2.last ELSE '' END,
       CASE WHEN h.status = 1 THEN 'Retired' ELSE 'Production' END,
       CASE WHEN h.kind = 'dc' THEN 'https://netbox.kestrel-networks.example/dcim/devices/' || (h.hostid - 9000) || '/' ELSE '' END,
       CASE WHEN h.kind = 'cust' THEN 'https://wiki.kestrel-networks.example/customers/' || lower(replace(h.cust, ' ', '-')) ELSE '' END, '',
       h.ip || '/24', '255.255.255.0', regexp_replace(h.ip, '\.\d+$', '.1'),
       CASE WHEN h.host ~ '^(kvm|db|backup)' THEN '10.21.' || (h.hostid % 40) || '.' || (h.hostid % 200) ELSE '' END,
       CASE WHEN h.host ~ '^(kvm|db|backup)' THEN '255.255.255.0' ELSE '' END, CASE WHEN h.host ~ '^(kvm|db|backup)' THEN '10.21.' || (h.hostid % 40) || '.1' ELSE '' END,
       to_char(to_timestamp(xgen.ep('dp', h.hostid) - 60000000), 'YYYY-MM-DD'), to_char(to_timestamp(xgen.ep('dp', h.hostid) - 59000000), 'YYYY-MM-DD'),
       to_char(to_timestamp(xgen.ep('dp', h.hostid) + 90000000), 'YYYY-MM-DD'), CASE WHEN h.status = 1 THEN to_char(to_timestamp(xgen.ep('dd', h.hostid)), 'YYYY-MM-DD') ELSE '' END,
       CASE WHEN h.kind = 'dc' THEN 'Science Park 610' ELSE p.street END, CASE WHEN h.kind = 'homerouter' AND h.hostid % 2 = 0 THEN (1 + h.hostid % 3) || 'e verdieping' ELSE '' END, '',
       CASE WHEN h.kind = 'dc' THEN 'Amsterdam' ELSE p.city END, CASE WHEN h.kind = 'dc' THEN 'Noord-Holland' ELSE p.state END,
       CASE WHEN h.kind = 'dc' THEN 'Netherlands' ELSE p.country END, CASE WHEN h.kind = 'dc' THEN '1098 XH' ELSE p.zip END,
       CASE WHEN h.kind = 'dc' THEN 'AM3-2-' || chr(65 + (h.hostid % 6)::int) || (h.hostid % 12) ELSE '' END,
       CASE WHEN h.kind = 'homerouter' THEN 'Engineer''s home; router on the hallway shelf. Ring ' || s.phone || ' first.' WHEN h.kind = 'cust' AND h.hostid % 4 = 0 THEN 'Keys at reception; ask for ' || p.name ELSE '' END,
       CASE WHEN h.kind = 'dc' THEN '' WHEN h.kind = 'homerouter' THEN s.first || ' ' || s.last ELSE p.name END,
       CASE WHEN h.kind = 'dc' THEN '' WHEN h.kind = 'homerouter' THEN s.email ELSE p.email END,
       CASE WHEN h.kind = 'dc' THEN '' WHEN h.kind = 'homerouter' THEN s.phone ELSE p.phone END, CASE WHEN h.kind = 'cust' AND h.hostid % 2 = 0 THEN fixture_gen.phone('ppb', h.hostid) ELSE '' END,
       CASE WHEN h.kind = 'cust' THEN p.cell ELSE '' END, CASE WHEN h.kind = 'cust' THEN p.screen WHEN h.kind = 'homerouter' THEN '@' || split_part(s.email, '@', 1) ELSE '' END,
       CASE WHEN h.kind = 'cust' AND h.hostid % 3 = 0 THEN 'Office manager; not available on Wednesdays' WHEN h.kind = 'cust' AND h.hostid % 3 = 1 THEN 'Prefers WhatsApp: ' || p.cell ELSE '' END,
       CASE WHEN h.kind = 'cust' AND h.hostid % 2 = 1 THEN p2.name ELSE '' END, CASE WHEN h.kind = 'cust' AND h.hostid % 2 = 1 THEN p2.email ELSE '' END,
       CASE WHEN h.kind = 'cust' AND h.hostid % 2 = 1 THEN p2.phone ELSE '' END, '', CASE WHEN h.kind = 'cust' AND h.hostid % 2 = 1 THEN p2.cell ELSE '' END, '',
       CASE WHEN h.kind = 'cust' AND h.hostid % 6 = 1 THEN 'Deputy during holidays; private number, do not share' ELSE '' END
FROM xgen.h h
JOIN xgen.staff s ON s.i = 1 + (h.hostid % 48)
JOIN xgen.staff s2 ON s2.i = 1 + (h.hostid * 7 % 48)
JOIN xgen.poc p ON p.i = 101 + (h.hostid % 90)
JOIN xgen.poc p2 ON p2.i = 101 + ((h.hostid + 37) % 90)
CROSS JOIN LATERAL (SELECT CASE WHEN h.kind = 'homerouter' THEN 'Router' WHEN h.host ~ '-(fw|sw|ap)' THEN 'Network' WHEN h.host ~ '-ups' THEN 'UPS' WHEN h.host ~ '-prn' THEN 'Printer' ELSE 'Server' END AS typ,
  CASE WHEN h.kind = 'homerouter' THEN 'OpenWrt 23.05' WHEN h.host ~ '-(fw|sw|ap)' THEN 'RouterOS 7.14' WHEN h.host ~ '-(dc|rdp|fs)' THEN 'Windows Server 2022' WHEN h.host ~ '-(ups|prn)' THEN 'Firmware' ELSE 'Linux Debian 12' END AS os,
  CASE WHEN h.kind = 'homerouter' THEN 'GL-MT6000' WHEN h.host ~ '-(fw|sw|ap)' THEN 'CCR2004-16G-2S+' WHEN h.host ~ '-ups' THEN 'Smart-UPS SMT1500' WHEN h.host ~ '-prn' THEN 'LaserJet M507' ELSE 'PowerEdge R650' END AS model,
  CASE WHEN h.kind = 'homerouter' THEN 'GL.iNet' WHEN h.host ~ '-(fw|sw|ap)' THEN 'MikroTik' WHEN h.host ~ '-ups' THEN 'APC' WHEN h.host ~ '-prn' THEN 'HP' ELSE 'Dell' END AS vendor) hw
WHERE h.hostid % 5 <> 2 OR h.kind <> 'dc';

CREATE TABLE interface (
	interfaceid bigint NOT NULL,
	hostid bigint NOT NULL,
	main integer DEFAULT '0' NOT NULL,
	type integer DEFAULT '1' NOT NULL,
	useip integer DEFAULT '1' NOT NULL,
	ip varchar(64) DEFAULT '127.0.0.1' NOT NULL,
	dns varchar(255) DEFAULT '' NOT NULL,
	port varchar(64) DEFAULT '10050' NOT NULL,
	available integer DEFAULT '0' NOT NULL,
	error varchar(2048) DEFAULT '' NOT NULL,
	errors_from integer DEFAULT '0' NOT NULL,
	disable_until integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (interfaceid)
);
INSERT INTO interface
SELECT row_number() OVER (ORDER BY hostid, type), hostid, 1, type, useip, ip, dns, port, av,
       CASE WHEN av = 2 THEN CASE type WHEN 1 THEN 'Get value from agent failed: cannot connect to [[' || ip || ']:10050]: [4] Interrupted system call'
                                       WHEN 2 THEN 'Timeout while connecting to "' || ip || ':161".' ELSE 'cannot connect to IPMI host: [3] Connection timed out' END ELSE '' END,
       CASE WHEN av = 2 THEN xgen.ep('ief', hostid) ELSE 0 END, CASE WHEN av = 2 THEN xgen.ep('ief', hostid) + 900 ELSE 0 END
FROM (
  SELECT hostid, CASE WHEN host ~ '-(fw|sw|ap|ups|prn)' OR kind = 'homerouter' THEN 2 ELSE 1 END AS type, CASE WHEN hostid % 9 = 4 AND dns <> '' THEN 0 ELSE 1 END AS useip, ip, dns,
         CASE WHEN host ~ '-(fw|sw|ap|ups|prn)' OR kind = 'homerouter' THEN '161' ELSE '10050' END AS port, CASE WHEN hostid % 13 = 0 THEN 2 ELSE 1 END AS av FROM xgen.h
  UNION ALL SELECT hostid, 3, 1, '10.21.' || (hostid % 40) || '.' || (hostid % 200), '', '623', 1 FROM xgen.h WHERE host ~ '^(kvm|db|backup)'
  UNION ALL SELECT 10200 + k, 1, 1, '172.16.' || k || '.5', '', '10051', 0 FROM generate_series(1, 3) k) x;

CREATE TABLE host_tag (
	hosttagid bigint NOT NULL,
	hostid bigint NOT NULL,
	tag varchar(255) DEFAULT '' NOT NULL,
	value varchar(255) DEFAULT '' NOT NULL,
	automatic integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (hosttagid)
);
INSERT INTO host_tag SELECT row_number() OVER (ORDER BY hostid, tag), hostid, tag, value, automatic FROM (
  SELECT hostid, 'env' AS tag, CASE WHEN hostid % 11 = 0 THEN 'staging' ELSE 'prod' END AS value, 0 AS automatic FROM xgen.h WHERE kind = 'dc'
  UNION ALL SELECT hostid, 'customer', cust, 0 FROM xgen.h WHERE kind = 'cust'
  UNION ALL SELECT hostid, 'service', split_part(host, '-', 1), 0 FROM xgen.h WHERE kind = 'dc'
  UNION ALL SELECT h.hostid, 'owner', s.email, 0 FROM xgen.h h JOIN xgen.staff s ON s.i = 1 + (h.hostid * 7 % 48) WHERE h.kind = 'dc' AND h.hostid % 3 = 0
  UNION ALL SELECT h.hostid, 'homeoffice', s.login, 0 FROM xgen.h h JOIN xgen.staff s ON s.i = 1 + (h.hostid % 48) WHERE h.kind = 'homerouter'
  UNION ALL SELECT hostid, 'sla', 'gold', 0 FROM xgen.h WHERE kind = 'cust' AND hostid % 2 = 0
  UNION ALL SELECT hostid, 'os', 'linux', 1 FROM xgen.h WHERE kind = 'dc' AND hostid % 4 = 1) x;

CREATE TABLE hostmacro (
	hostmacroid bigint NOT NULL,
	hostid bigint NOT NULL,
	macro varchar(255) DEFAULT '' NOT NULL,
	value varchar(2048) DEFAULT '' NOT NULL,
	description text DEFAULT '' NOT NULL,
	type integer DEFAULT '0' NOT NULL,
	automatic integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (hostmacroid)
);
INSERT INTO hostmacro SELECT row_number() OVER (ORDER BY hostid, macro), hostid, macro, value, descr, typ, 0 FROM (
  SELECT hostid, '{$CPU.UTIL.CRIT}' AS macro, (80 + hostid % 4 * 5)::text AS value, '' AS descr, 0 AS typ FROM xgen.h WHERE kind = 'dc' AND hostid % 2 = 0
  UNION ALL SELECT hostid, '{$MYSQL.USER}', 'zbx_monitor', '', 0 FROM xgen.h WHERE host LIKE 'db-%'
  UNION ALL SELECT hostid, '{$MYSQL.PASSWORD}', CASE WHEN hostid % 3 = 0 THEN 'secret/zabbix/' || host || ':password' ELSE xgen.tok('mypw', hostid, 20) END, 'Monitoring user password',
                   CASE WHEN hostid % 3 = 0 THEN 2 WHEN hostid % 3 = 1 THEN 1 ELSE 0 END FROM xgen.h WHERE host LIKE 'db-%'
  UNION ALL SELECT hostid, '{$SNMP_COMMUNITY}', CASE WHEN hostid % 2 = 0 THEN 'kn' || lower(xgen.tok('snmpc', hostid, 10)) ELSE 'public' END, '', CASE WHEN hostid % 2 = 0 THEN 1 ELSE 0 END
    FROM xgen.h WHERE host ~ '-(fw|sw|ap|ups|prn)' OR kind = 'homerouter'
  UNION ALL SELECT hostid, '{$IDRAC.PASSWORD}', xgen.tok('idr', hostid, 16), 'iDRAC root, rotate yearly', 1 FROM xgen.h WHERE host LIKE 'kvm-%'
  UNION ALL SELECT h.hostid, '{$SITE.CONTACT}', p.name || ' ' || p.cell, CASE WHEN h.hostid % 2 = 0 THEN 'Used in the SMS text for this site' ELSE 'Ask ' || s.first || ' ' || s.last || ' (' || s.phone || ') before changing' END, 0
    FROM xgen.h h JOIN xgen.poc p ON p.i = 101 + (h.hostid % 90) JOIN xgen.staff s ON s.i = 1 + (h.hostid % 48) WHERE h.kind = 'cust' AND h.hostid % 3 <> 2
  UNION ALL SELECT hostid, '{$ORTHANC.API.PASSWORD}', xgen.tok('orth', hostid, 18), 'PACS REST user zabbix', 1 FROM xgen.h WHERE host LIKE '%-pacs%'
  UNION ALL SELECT hostid, '{$VFS.FS.PUSED.MAX.CRIT}', '95', 'Raised: backup volume', 0 FROM xgen.h WHERE host LIKE 'backup-%' OR host LIKE 'nas-%'
  UNION ALL SELECT hostid, '{$WG.PEER}', fixture_gen.b64('wgp', hostid, 32), 'WireGuard public key of the peer', 0 FROM xgen.h WHERE kind = 'homerouter'
  UNION ALL SELECT hostid, '{$NGINX.STUB_STATUS.PATH}', 'basic_status', '', 0 FROM xgen.h WHERE host LIKE 'web-%' OR host LIKE 'lb-%'
  UNION ALL SELECT hostid, '{$KUBE.API.TOKEN}', 'eyJhbGciOiJSUzI1NiIsImtpZCI6I' || xgen.tok('k8s', hostid, 120) || '.' || xgen.tok('k8s2', hostid, 86), 'ServiceAccount zabbix-monitor', 1 FROM xgen.h WHERE host LIKE 'k8s-%'
) x;

CREATE TABLE globalmacro (
	globalmacroid bigint NOT NULL,
	macro varchar(255) DEFAULT '' NOT NULL,
	value varchar(2048) DEFAULT '' NOT NULL,
	description text DEFAULT '' NOT NULL,
	type integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (globalmacroid)
);
INSERT INTO globalmacro (globalmacroid, macro, value, description, type) VALUES
  (2, '{$SNMP_COMMUNITY}', 'public', '', 0),
  (3, '{$ZABBIX.URL}', 'https://zabbix.kestrel-networks.example', 'Used in webhook links', 0),
  (4, '{$SERVICENOW.PASSWORD}', xgen.tok('snpw', 1, 20), 'ServiceNow integration user', 1),
  (5, '{$VMWARE.URL}', 'https://vcenter.ams1.kestrel-networks.example/sdk', '', 0),
  (6, '{$VMWARE.USERNAME}', 'zabbix@vsphere.local', '', 0),
  (7, '{$VMWARE.PASSWORD}', xgen.tok('vmpw', 1, 18), '', 1),
  (8, '{$AD.BIND.PASSWORD}', 'secret/zabbix/ad:bind_password', 'From HashiCorp Vault', 2),
  (9, '{$PGSQL.PASSWORD}', xgen.tok('pgpw', 1, 24), 'zbx_monitor on all Postgres clusters (left as text by mistake, see NOC-4121)', 0),
  (10, '{$CERT.WEBSITE.PORT}', '443', '', 0),
  (11, '{$ICMP_LOSS_WARN}', '20', '', 0),
  (12, '{$SMS.ONCALL}', '+31 6 ' || fixture_gen.digits('oncall', 1, 8), 'On-call phone (rotates weekly)', 0),
  (13, '{$GITLAB.TOKEN}', 'glpat-' || xgen.tok('glpat', 1, 20), 'Read API for the CI runner checks', 1),
  (14, '{$CLOUDFLARE.API.TOKEN}', xgen.tok('cfat', 1, 40), 'DNS zone read', 1),
  (15, '{$SITE.NAME}', 'Kestrel Networks', '', 0),
  (16, '{$ESCALATION.MANAGER}', fixture_gen.full_name('esc', 3) || ' <' || fixture_gen.email('esc', 3) || '>', 'Head of operations, used in escalation messages', 0),
  (17, '{$TELEGRAM.CHAT.NOC}', '-100' || fixture_gen.digits('tgc', 1, 10), 'NOC group chat', 0),
  (18, '{$MSSQL.PASSWORD}', xgen.tok('mspw', 1, 16), '', 1),
  (19, '{$HTTP.PROXY}', 'http://squid.ams1.kestrel-networks.example:3128', '', 0),
  (20, '{$UPS.BATTERY.CAPACITY.MIN.WARN}', '50', '', 0);

-- ---------------------------------------------------------------- items
CREATE TABLE items (
	itemid bigint NOT NULL,
	type integer DEFAULT '0' NOT NULL,
	snmp_oid varchar(512) DEFAULT '' NOT NULL,
	hostid bigint NOT NULL,
	name varchar(255) DEFAULT '' NOT NULL,
	key_ varchar(2048) DEFAULT '' NOT NULL,
	delay varchar(1024) DEFAULT '0' NOT NULL,
	history varchar(255) DEFAULT '90d' NOT NULL,
	trends varchar(255) DEFAULT '365d' NOT NULL,
	status integer DEFAULT '0' NOT NULL,
	value_type integer DEFAULT '0' NOT NULL,
	trapper_hosts varchar(255) DEFAULT '' NOT NULL,
	units varchar(255) DEFAULT '' NOT NULL,
	formula varchar(255) DEFAULT '' NOT NULL,
	logtimefmt varchar(64) DEFAULT '' NOT NULL,
	templateid bigint NULL,
	valuemapid bigint NULL,
	params text DEFAULT '' NOT NULL,
	ipmi_sensor varchar(128) DEFAULT '' NOT NULL,
	authtype integer DEFAULT '0' NOT NULL,
	username varchar(255) DEFAULT '' NOT NULL,
	password varchar(255) DEFAULT '' NOT NULL,
	publickey varchar(64) DEFAULT '' NOT NULL,
	privatekey varchar(64) DEFAULT '' NOT NULL,
	flags integer DEFAULT '0' NOT NULL,
	interfaceid bigint NULL,
	description text DEFAULT '' NOT NULL,
	inventory_link integer DEFAULT '0' NOT NULL,
	lifetime varchar(255) DEFAULT '30d' NOT NULL,
	evaltype integer DEFAULT '0' NOT NULL,
	jmx_endpoint varchar(255) DEFAULT '' NOT NULL,
	master_itemid bigint NULL,
	timeout varchar(255) DEFAULT '3s' NOT NULL,
	url varchar(2048) DEFAULT '' NOT NULL,
	query_fields varchar(2048) DEFAULT '' NOT NULL,
	posts text DEFAULT '' NOT NULL,
	status_codes varchar(255) DEFAULT '200' NOT NULL,
	follow_redirects integer DEFAULT '1' NOT NULL,
	post_type integer DEFAULT '0' NOT NULL,
	http_proxy varchar(255) DEFAULT '' NOT NULL,
	headers text DEFAULT '' NOT NULL,
	retrieve_mode integer DEFAULT '0' NOT NULL,
	request_method integer DEFAULT '0' NOT NULL,
	output_format integer DEFAULT '0' NOT NULL,
	ssl_cert_file varchar(255) DEFAULT '' NOT NULL,
	ssl_key_file varchar(255) DEFAULT '' NOT NULL,
	ssl_key_password varchar(64) DEFAULT '' NOT NULL,
	verify_peer integer DEFAULT '0' NOT NULL,
	verify_host integer DEFAULT '0' NOT NULL,
	allow_traps integer DEFAULT '0' NOT NULL,
	discover integer DEFAULT '0' NOT NULL,
	uuid varchar(32) DEFAULT '' NOT NULL,
	name_upper varchar(255) DEFAULT '' NOT NULL,
	PRIMARY KEY (itemid)
);
CREATE TABLE xgen.ispec (k int PRIMARY KEY, hre text, type int, vt int, name text, key_ text, delay text, units text, descr text);
INSERT INTO xgen.ispec VALUES
  (1, '^(db|web|app|lb|kvm|nas|mail|dns|ldap|backup|k8s)-', 0, 0, 'CPU utilization', 'system.cpu.util', '1m', '%', 'CPU utilization in %.'),
  (2, '^(db|web|app|lb|kvm|nas|mail|dns|ldap|backup|k8s)-', 0, 3, 'Number of logged in users', 'system.users.num', '1m', '', 'Number of users who are currently logged in.'),
  (3, '^(db|web|app|kvm|mail|backup)-', 0, 4, 'Logged in sessions', 'system.run["who -u"]', '5m', '', 'Output of who, for the login audit dashboard.'),
  (4, '^(db|web|app|lb|kvm|mail|ldap|backup)-', 7, 2, 'SSH authentication log', 'log[/var/log/auth.log,"Accepted|Failed password|Invalid user",,,skip,,,,]', '30s', '', ''),
  (5, '^mail-', 7, 2, 'Postfix bounces', 'log[/var/log/mail.log,"status=(bounced|deferred)",,,skip]', '1m', '', 'Bounced and deferred deliveries'),
  (6, '-(dc|rdp|fs)[0-9]', 7, 2, 'Security: account lockouts and failed logons', 'eventlog[Security,,,,"4740|4625|4767",,skip]', '1m', '', ''),
  (7, '^db-', 11, 3, 'MySQL: Long running queries', 'db.odbc.select[long_queries,{$MYSQL.DSN}]', '5m', '', ''),
  (8, '^(web|app)-', 19, 4, 'Customer portal: health', 'portal.health', '1m', '', 'Calls the portal''s health endpoint'),
  (9, '^backup-', 13, 4, 'Restic: last snapshot', 'ssh.run[restic.last,{HOST.CONN},22,,]', '1h', '', 'JSON of the last snapshot per repository'),
  (10, '-(fw|sw|ap)[0-9]|^ho-rtr', 20, 3, 'Interface ether1: Bits received', 'net.if.in[ifHCInOctets.1]', '1m', 'bps', ''),
  (11, '-(ups)[0-9]', 20, 3, 'Battery capacity', 'battery.capacity[upsAdvBatteryCapacity.0]', '1m', '%', ''),
  (12, '^(kvm|db|backup)-', 12, 0, 'CPU1 Temp', 'ipmi.cpu1.temp', '2m', 'C', ''),
  (13, '^(web|lb)-', 0, 4, 'Certificate: Subject', 'web.certificate.get[{HOST.DNS},443]', '1h', '', ''),
  (14, '^(ldap|mail)-', 21, 4, 'Mailbox check: noc inbox', 'mailbox.check', '15m', '', 'Logs in to Exchange Online with the NOC service account and reads the newest message subject'),
  (15, '-pacs', 19, 3, 'Orthanc: studies count', 'orthanc.studies', '10m', '', ''),
  (16, '^(db|web|app|lb|kvm|nas|mail|dns|ldap|backup|k8s)-', 0, 3, 'Available memory', 'vm.memory.size[available]', '1m', 'B', ''),
  (17, '^(db|web|app|lb|kvm|nas|mail|dns|ldap|backup|k8s)-', 0, 1, 'System name', 'system.hostname', '1h', '', 'The host name of the system.'),
  (18, '^k8s-', 19, 4, 'Kubernetes: Get nodes', 'kube.nodes', '1m', '', ''),
  (19, '^app-', 16, 3, 'JVM: Heap memory used', 'jmx["java.lang:type=Memory","HeapMemoryUsage.used"]', '1m', 'B', ''),
  (20, '^(kvm|nas)-', 2, 4, 'Backup report (trapper)', 'backup.report', '0', '', 'Sent by zabbix_sender from the backup script');
INSERT INTO items
SELECT 28000 + row_number() OVER (ORDER BY h.hostid, sp.k), sp.type,
       CASE sp.k WHEN 10 THEN 'get[1.3.6.1.2.1.31.1.1.1.6.1]' WHEN 11 THEN 'get[1.3.6.1.4.1.318.1.1.1.2.2.1.0]' ELSE '' END,
       h.hostid, sp.name, sp.key_, sp.delay, CASE WHEN sp.vt IN (2, 4) THEN '30d' ELSE '90d' END, CASE WHEN sp.vt IN (1, 2, 4) THEN '0' ELSE '365d' END,
       CASE WHEN h.hostid % 19 = 0 THEN 1 ELSE 0 END, sp.vt,
       CASE WHEN sp.k = 20 THEN '10.20.0.0/16,172.16.0.0/12' ELSE '' END, sp.units, '',
       CASE WHEN sp.k = 4 THEN '' WHEN sp.k = 5 THEN 'MMM dd hh:mm:ss' ELSE '' END,
       CASE WHEN sp.k IN (1, 2, 16, 17) THEN 40000 + sp.k END, NULL,
       CASE sp.k WHEN 7 THEN 'SELECT id, user, host, db, time, left(info, 200) FROM information_schema.processlist WHERE command <> ''Sleep'' AND time > 60'
                 WHEN 9 THEN 'restic -r /srv/restic/' || h.host || ' snapshots --latest 1 --json'
                 WHEN 14 THEN 'var req = new HttpRequest(); req.addHeader(''Content-Type: application/x-www-form-urlencoded'');' || E'\n' ||
                              'var body = ''grant_type=password&client_id=' || fixture_gen.uuid('aadc', h.hostid) || '&username=svc-zabbix-mail%40kestrel-networks.example&password=' || xgen.tok('aadpw', h.hostid, 16) || '&scope=https%3A%2F%2Foutlook.office365.com%2F.default'';' || E'\n' ||
                              'var t = JSON.parse(req.post(''https://login.microsoftonline.com/' || fixture_gen.uuid('aadt', 1) || '/oauth2/v2.0/token'', body));' || E'\n' || 'return t.access_token ? ''ok'' : ''fail'';'
                 ELSE '' END,
       CASE WHEN sp.k = 12 THEN 'CPU1 Temp' ELSE '' END,
       CASE WHEN sp.k = 9 THEN 1 WHEN sp.k = 15 THEN 1 ELSE 0 END,
       CASE sp.k WHEN 7 THEN 'zbx_monitor' WHEN 9 THEN 'zabbix' WHEN 15 THEN 'zabbix' WHEN 18 THEN '' ELSE '' END,
       CASE sp.k WHEN 7 THEN CASE WHEN h.hostid % 2 = 0 THEN '{$MYSQL.PASSWORD}' ELSE xgen.tok('itpw', h.hostid, 18) END WHEN 15 THEN '{$ORTHANC.API.PASSWORD}' ELSE '' END,
       CASE WHEN sp.k = 9 THEN 'id_ed25519.pub' ELSE '' END, CASE WHEN sp.k = 9 THEN 'id_ed25519' ELSE '' END,
       0, NULL, sp.descr, CASE sp.k WHEN 17 THEN 3 ELSE 0 END, '30d', 0,
       CASE WHEN sp.k = 19 THEN 'service:jmx:rmi:///jndi/rmi://{HOST.CONN}:{HOST.PORT}/jmxrmi' ELSE '' END, NULL, CASE WHEN sp.type IN (19, 21, 13) THEN '10s' ELSE '3s' END,
       CASE sp.k WHEN 8 THEN 'https://' || h.host || '.ams1.kestrel-networks.example/api/health' || CASE WHEN h.hostid % 2 = 0 THEN '?access_token=' || xgen.hx('hlt', h.hostid, 40) ELSE '' END
                 WHEN 15 THEN 'https://' || h.ip || ':8042/statistics' WHEN 18 THEN 'https://' || h.ip || ':6443/api/v1/nodes' ELSE '' END,
       CASE WHEN sp.k = 8 AND h.hostid % 2 = 1 THEN '[{"check":"deep"},{"api_key":"' || 'kn_live_' || xgen.tok('qfk', h.hostid, 30) || '"}]' ELSE '' END,
       CASE WHEN sp.k = 15 THEN '' ELSE '' END,
       CASE WHEN sp.type = 19 THEN '200' ELSE '200' END, 1, CASE WHEN sp.type = 19 THEN 2 ELSE 0 END,
       CASE WHEN sp.k = 8 AND h.hostid % 5 = 0 THEN 'http://zbx-proxy:' || xgen.tok('sqp', h.hostid, 12) || '@squid.ams1.kestrel-networks.example:3128' ELSE '' END,
       CASE sp.k WHEN 18 THEN 'Authorization: Bearer {$KUBE.API.TOKEN}' WHEN 8 THEN 'Accept: application/json' || CASE WHEN h.hostid % 3 = 0 THEN E'\r\nX-Api-Key: ' || xgen.tok('xak', h.hostid, 32) ELSE '' END ELSE '' END,
       0, 0, CASE WHEN sp.k = 18 THEN 1 ELSE 0 END,
       CASE WHEN sp.k = 15 THEN 'zabbix-client.crt' ELSE '' END, CASE WHEN sp.k = 15 THEN 'zabbix-client.key' ELSE '' END,
       CASE WHEN sp.k = 15 THEN xgen.tok('skp', h.hostid, 14) ELSE '' END,
       CASE WHEN sp.type = 19 THEN 1 ELSE 0 END, CASE WHEN sp.type = 19 THEN 1 ELSE 0 END, 0, 0, '', upper(sp.name)
FROM xgen.h h JOIN xgen.ispec sp ON h.host ~ sp.hre;
-- template items (hostid of the Linux template) and a few HTTP agent items posting a login
INSERT INTO items (itemid, type, hostid, name, key_, delay, value_type, units, description, uuid, name_upper)
SELECT 40000 + k, 0, 10301, n, ky, '1m', vt, u, '', xgen.hx('iuuid', k, 32), upper(n) FROM (VALUES
  (1, 'CPU utilization', 'system.cpu.util', 0, '%'), (2, 'Number of logged in users', 'system.users.num', 3, ''), (16, 'Available memory', 'vm.memory.size[available]', 3, 'B'), (17, 'System name', 'system.hostname', 1, '')) v(k, n, ky, vt, u);
INSERT INTO items (itemid, type, hostid, name, key_, delay, value_type, url, posts, post_type, request_method, headers, retrieve_mode, status_codes, timeout, name_upper)
SELECT 41000 + k, 19, 10000 + (70 + k * 4), 'Practice management: login works', 'pms.login', '5m', 3,
       'https://' || (ARRAY['bws', 'lql', 'tco', 'mad'])[1 + k % 4] || '.kestrel-cloud.example/api/v2/session',
       '{"username":"monitor@' || (ARRAY['brightwater-school', 'lindqvist-logistics', 'tandarts-centrum-oost', 'mertens-advocaten'])[1 + k % 4] || '.example","password":"' || xgen.tok('pmsp', k, 14) || '"}',
       2, 1, 'Content-Type: application/json', 1, '200,201', '15s', 'PRACTICE MANAGEMENT: LOGIN WORKS'
FROM generate_series(1, 12) k;

-- ---------------------------------------------------------------- triggers, events, problems' tags, acknowledgements, alerts
CREATE TABLE triggers (
	triggerid bigint NOT NULL,
	expression varchar(2048) DEFAULT '' NOT NULL,
	description varchar(255) DEFAULT '' NOT NULL,
	url varchar(2048) DEFAULT '' NOT NULL,
	status integer DEFAULT '0' NOT NULL,
	value integer DEFAULT '0' NOT NULL,
	priority integer DEFAULT '0' NOT NULL,
	lastchange integer DEFAULT '0' NOT NULL,
	comments text DEFAULT '' NOT NULL,
	error varchar(2048) DEFAULT '' NOT NULL,
	templateid bigint NULL,
	type integer DEFAULT '0' NOT NULL,
	state integer DEFAULT '0' NOT NULL,
	flags integer DEFAULT '0' NOT NULL,
	recovery_mode integer DEFAULT '0' NOT NULL,
	recovery_expression varchar(2048) DEFAULT '' NOT NULL,
	correlation_mode integer DEFAULT '0' NOT NULL,
	correlation_tag varchar(255) DEFAULT '' NOT NULL,
	manual_close integer DEFAULT '0' NOT NULL,
	opdata varchar(255) DEFAULT '' NOT NULL,
	discover integer DEFAULT '0' NOT NULL,
	event_name varchar(2048) DEFAULT '' NOT NULL,
	uuid varchar(32) DEFAULT '' NOT NULL,
	url_name varchar(64) DEFAULT '' NOT NULL,
	PRIMARY KEY (triggerid)
);
-- trigger kinds: 1 CPU, 2 unavailable, 3 lockout, 4 SSH brute force, 5 UPS on battery, 6 certificate, 7 backup old
INSERT INTO triggers
SELECT 20000 + row_number() OVER (ORDER BY h.hostid, t.k), replace(t.expr, '%h', h.host), t.descr,
       CASE WHEN t.k IN (2, 5) THEN 'https://wiki.kestrel-networks.example/runbooks/' || CASE t.k WHEN 2 THEN 'host-unreachable' ELSE 'ups-on-battery' END ELSE '' END,
       0, CASE WHEN h.hostid % 6 = 0 THEN 1 ELSE 0 END, t.prio, xgen.ep('tlc', h.hostid * 10 + t.k),
       CASE WHEN t.k = 5 AND h.kind = 'cust' THEN 'Call the site first: ' || p.name || ', ' || p.cell || '. If no answer, ' || p2.name || ' (' || p2.phone || ').'
            WHEN t.k = 2 AND h.kind = 'homerouter' THEN 'Home office of ' || s.first || ' ' || s.last || '. Not urgent outside office hours; never call after 22:00.'
            WHEN t.k = 3 THEN 'Unlock in AD only after calling the user back on the number in the HR system. Escalate to ' || s.first || ' ' || s.last || ' for VIP accounts.'
            WHEN t.k = 1 THEN 'CPU utilization is too high. The system might be slow to respond.'
            WHEN t.k = 2 THEN 'Zabbix has not received data for items for the last 5 minutes.'
            ELSE '' END,
       '', NULL, CASE WHEN t.k = 3 THEN 1 ELSE 0 END, 0, 0, CASE WHEN t.k IN (3, 4) THEN 2 ELSE 0 END, '', CASE WHEN t.k = 3 THEN 1 ELSE 0 END, CASE WHEN t.k = 3 THEN 'account' ELSE '' END,
       CASE WHEN t.k IN (3, 4) THEN 1 ELSE 0 END, CASE t.k WHEN 1 THEN 'Current utilization: {ITEM.LASTVALUE1}' WHEN 5 THEN 'Capacity: {ITEM.LASTVALUE1}' ELSE '' END, 0,
       CASE t.k WHEN 3 THEN 'Account locked out: {{ITEM.VALUE}.regsub("Account Name:\s+(\S+)", \1)} on {HOST.NAME}' WHEN 4 THEN 'SSH brute force from {{ITEM.VALUE}.regsub("from (\S+)", \1)}' ELSE '' END,
       xgen.hx('tuid', h.hostid * 10 + t.k, 32), CASE WHEN t.k IN (2, 5) THEN 'Runbook' ELSE '' END
FROM xgen.h h
JOIN xgen.staff s ON s.i = 1 + (h.hostid % 48)
JOIN xgen.poc p ON p.i = 101 + (h.hostid % 90)
JOIN xgen.poc p2 ON p2.i = 101 + ((h.hostid + 37) % 90)
JOIN (VALUES
  (1, '^(db|web|app|kvm|k8s)-', 'min(/' || '%h' || '/system.cpu.util,5m)>{$CPU.UTIL.CRIT}', 'High CPU utilization', 2),
  (2, '.', 'nodata(/' || '%h' || '/agent.ping,5m)=1', 'Host is unavailable', 4),
  (3, '-(dc)[0-9]', 'find(/' || '%h' || '/eventlog[Security,,,,"4740|4625|4767",,skip],,"regexp","4740")=1', 'Account locked out', 3),
  (4, '^(web|lb|mail)-', 'count(/' || '%h' || '/log[/var/log/auth.log,"Accepted|Failed password|Invalid user",,,skip,,,,],5m,"Failed password","like")>20', 'SSH brute force attempt', 3),
  (5, '-(ups)[0-9]', 'last(/' || '%h' || '/ups.status)=3', 'UPS is on battery', 4),
  (6, '^(web|lb)-', 'last(/' || '%h' || '/cert.not_after)-now()<7d', 'SSL certificate expires in less than 7 days', 3),
  (7, '^backup-', 'fuzzytime(/' || '%h' || '/backup.last,86400)=0', 'No backup snapshot in 24 hours', 4)
) t(k, hre, expr, descr, prio) ON h.host ~ t.hre
WHERE t.k <> 2 OR h.hostid % 3 = 0;

-- Events: problems (value 1) and their recoveries (value 0)
CREATE TABLE xgen.ev (e int PRIMARY KEY, triggerid bigint, hostid bigint, host text, kind text, tk text, prio int, clock int, acct text, ip text, ack int);
INSERT INTO xgen.ev
SELECT e, t.triggerid, h.hostid, h.host, h.kind, t.description, t.priority, xgen.ep('evc', e),
       CASE WHEN t.description = 'Account locked out' THEN lower(substr(fixture_gen.ascii(fixture_gen.first_name('acc', e)), 1, 1)) || '.' || fixture_gen.ascii(fixture_gen.last_name('acc', e)) END,
       CASE WHEN t.description = 'SSH brute force attempt' THEN fixture_gen.ipv4('bfip', e) END,
       CASE WHEN e % 3 = 0 THEN 1 ELSE 0 END
FROM generate_series(1, 220) e
JOIN LATERAL (SELECT triggerid, description, priority, expression FROM triggers ORDER BY md5('evt' || e || triggerid) LIMIT 1) t ON true
JOIN xgen.h h ON t.expression LIKE '%/' || h.host || '/%';

CREATE TABLE events (
	eventid bigint NOT NULL,
	source integer DEFAULT '0' NOT NULL,
	object integer DEFAULT '0' NOT NULL,
	objectid bigint DEFAULT '0' NOT NULL,
	clock integer DEFAULT '0' NOT NULL,
	value integer DEFAULT '0' NOT NULL,
	acknowledged integer DEFAULT '0' NOT NULL,
	ns integer DEFAULT '0' NOT NULL,
	name varchar(2048) DEFAULT '' NOT NULL,
	severity integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (eventid)
);
INSERT INTO events
SELECT 900000 + e * 2, 0, 0, triggerid, clock, 1, ack, fixture_gen.n('evns', e, 999999999),
       CASE WHEN acct IS NOT NULL THEN 'Account locked out: ' || acct || ' on ' || host WHEN ip IS NOT NULL THEN 'SSH brute force from ' || ip
            WHEN tk = 'High CPU utilization' THEN 'High CPU utilization (over 90% for 5m)' ELSE tk END, prio
FROM xgen.ev
UNION ALL
SELECT 900001 + e * 2, 0, 0, triggerid, clock + 300 + fixture_gen.n('evr', e, 7200), 0, 0, fixture_gen.n('evns2', e, 999999999),
       CASE WHEN acct IS NOT NULL THEN 'Account locked out: ' || acct || ' on ' || host WHEN ip IS NOT NULL THEN 'SSH brute force from ' || ip ELSE tk END, 0
FROM xgen.ev WHERE e % 5 <> 0
UNION ALL
SELECT 990000 + k, 3, 4, 28000 + k * 7, xgen.ep('evi', k), 1, 0, 0, '', 0 FROM generate_series(1, 15) k
UNION ALL
SELECT 991000 + k, 2, 3, k, xgen.ep('eva', k), 0, 0, 0, '', 0 FROM generate_series(1, 10) k;

CREATE TABLE event_tag (
	eventtagid bigint NOT NULL,
	eventid bigint NOT NULL,
	tag varchar(255) DEFAULT '' NOT NULL,
	value varchar(255) DEFAULT '' NOT NULL,
	PRIMARY KEY (eventtagid)
);
INSERT INTO event_tag SELECT row_number() OVER (ORDER BY ev, tag), ev, tag, value FROM (
  SELECT 900000 + e * 2 AS ev, 'scope' AS tag, CASE WHEN tk LIKE '%unavailable%' THEN 'availability' WHEN acct IS NOT NULL OR ip IS NOT NULL THEN 'security' ELSE 'performance' END AS value FROM xgen.ev
  UNION ALL SELECT 900000 + e * 2, 'account', acct FROM xgen.ev WHERE acct IS NOT NULL
  UNION ALL SELECT 900000 + e * 2, 'source_ip', ip FROM xgen.ev WHERE ip IS NOT NULL
  UNION ALL SELECT 900000 + e * 2, 'customer', (SELECT cust FROM xgen.h WHERE hostid = ev.hostid) FROM xgen.ev ev WHERE kind = 'cust'
  UNION ALL SELECT 900000 + e * 2, '__zbx_jira_requestkey', 'NOC-' || (3000 + e * 3) FROM xgen.ev WHERE prio >= 4) x;

CREATE TABLE acknowledges (
	acknowledgeid bigint NOT NULL,
	userid bigint NOT NULL,
	eventid bigint NOT NULL,
	clock integer DEFAULT '0' NOT NULL,
	message varchar(2048) DEFAULT '' NOT NULL,
	action integer DEFAULT '0' NOT NULL,
	old_severity integer DEFAULT '0' NOT NULL,
	new_severity integer DEFAULT '0' NOT NULL,
	suppress_until integer DEFAULT '0' NOT NULL,
	taskid bigint NULL,
	PRIMARY KEY (acknowledgeid)
);
CREATE TABLE xgen.ack (a int PRIMARY KEY, e int, userid bigint, clock int, msg text, action int);
INSERT INTO xgen.ack
SELECT ev.e * 10 + r, ev.e, 3 + fixture_gen.n('acku', ev.e * 10 + r, 48), ev.clock + 120 + r * 600,
       CASE WHEN r = 2 THEN fixture_gen.pick(ARRAY['Resolved.', 'Closed, fixed by the vendor.', '', 'Back to normal after the restart.'], 'ack2', ev.e)
            WHEN ev.acct IS NOT NULL THEN fixture_gen.pick(ARRAY[
              'Called ' || fixture_gen.full_name('acc', ev.e) || ' back on ' || fixture_gen.phone('accp', ev.e) || ', identity confirmed, account unlocked.',
              'User ' || ev.acct || ' says the old password is saved on her phone (Outlook app). Unlocked, asked her to update it.',
              'Locked again 3x today, source is the printer scan-to-mail account using ' || ev.acct || '. Ticket to the office manager.',
              'Could not reach ' || fixture_gen.full_name('acc', ev.e) || '; left voicemail. Account stays locked.'], 'acka', ev.e)
            WHEN ev.ip IS NOT NULL THEN 'Blocked ' || ev.ip || ' in fail2ban and on the edge firewall.'
            WHEN ev.kind = 'homerouter' THEN fixture_gen.pick(ARRAY['Power cut in the street according to ' || s.first || ', wait for it.', 'Engineer is on holiday, router unplugged. Ignore until ' || to_char(to_timestamp(ev.clock + 864000), 'DD Mon') || '.', 'Fibre modem rebooted by the provider.'], 'ackh', ev.e)
            WHEN ev.kind = 'cust' THEN fixture_gen.pick(ARRAY[
              'Spoke to ' || p.name || ' (' || p.cell || '), the cleaner unplugged the switch again.',
              'Site contact ' || p.name || ' not answering, mailed ' || p.email || '.',
              'Electrician on site, expected back at 14:00.',
              'Known issue, ISP outage in the area (KPN ticket ' || fixture_gen.digits('kpn', ev.e, 8) || ').'], 'ackc', ev.e)
            ELSE fixture_gen.pick(ARRAY['Looking into it.', 'Backup window, expected.', 'Restarted php-fpm, load is down.', 'Migrating VMs off this node.', 'Acknowledged.', 'Disk replaced, rebuild running.'], 'ackd', ev.e) END,
       CASE WHEN r = 2 THEN 5 ELSE 6 END
FROM xgen.ev ev
JOIN xgen.staff s ON s.i = 1 + (ev.hostid % 48)
JOIN xgen.poc p ON p.i = 101 + (ev.hostid % 90)
CROSS JOIN generate_series(1, 2) r
WHERE ev.ack = 1 AND (r = 1 OR ev.e % 2 = 0);
INSERT INTO acknowledges
SELECT a, userid, 900000 + e * 2, clock, msg, action, 0, 0, 0, NULL FROM xgen.ack;
UPDATE acknowledges SET action = 14, old_severity = 3, new_severity = 4 WHERE acknowledgeid % 7 = 0;
UPDATE acknowledges SET action = 38, suppress_until = clock + 86400 WHERE acknowledgeid % 11 = 0;

CREATE TABLE alerts (
	alertid bigint NOT NULL,
	actionid bigint NOT NULL,
	eventid bigint NOT NULL,
	userid bigint NULL,
	clock integer DEFAULT '0' NOT NULL,
	mediatypeid bigint NULL,
	sendto varchar(1024) DEFAULT '' NOT NULL,
	subject varchar(255) DEFAULT '' NOT NULL,
	message text DEFAULT '' NOT NULL,
	status integer DEFAULT '0' NOT NULL,
	retries integer DEFAULT '0' NOT NULL,
	error varchar(2048) DEFAULT '' NOT NULL,
	esc_step integer DEFAULT '0' NOT NULL,
	alerttype integer DEFAULT '0' NOT NULL,
	p_eventid bigint NULL,
	acknowledgeid bigint NULL,
	parameters text DEFAULT '{}' NOT NULL,
	PRIMARY KEY (alertid)
);
CREATE TABLE xgen.al (e int, a int, userid bigint, mediatypeid bigint, sendto text, subj text, msg text, clock int);
INSERT INTO xgen.al
SELECT ev.e, NULL, m.userid, m.mediatypeid, m.sendto,
       'Problem: ' || e.name,
       'Problem started at ' || to_char(to_timestamp(ev.clock) AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI:SS') || ' on ' || to_char(to_timestamp(ev.clock) AT TIME ZONE 'Europe/Amsterdam', 'YYYY.MM.DD') || E'\n'
         || 'Problem name: ' || e.name || E'\n' || 'Host: ' || ev.host || E'\n' || 'Severity: ' || (ARRAY['Not classified', 'Information', 'Warning', 'Average', 'High', 'Disaster'])[1 + ev.prio] || E'\n'
         || 'Operational data: ' || CASE WHEN ev.tk LIKE 'High CPU%' THEN 'Current utilization: ' || (90 + ev.e % 10) || ' %' ELSE '' END || E'\n' || 'Original problem ID: ' || e.eventid
         || CASE WHEN ev.kind = 'cust' THEN E'\n' || 'Site contact: ' || coalesce((SELECT value FROM hostmacro WHERE hostid = ev.hostid AND macro = '{$SITE.CONTACT}'), 'see inventory') ELSE '' END,
       ev.clock + 60
FROM xgen.ev ev JOIN events e ON e.eventid = 900000 + ev.e * 2
JOIN LATERAL (SELECT userid, mediatypeid, sendto FROM media WHERE userid <> 2 AND active = 0 AND (mediatypeid IN (1, 2, 7, 8) OR (ev.prio >= 4 AND mediatypeid IN (4, 6)))
              ORDER BY md5('alm' || ev.e || mediaid) LIMIT 1 + ev.e % 3) m ON true
UNION ALL
SELECT ev.e, a.a, m.userid, m.mediatypeid, m.sendto,
       'Updated problem in ' || ((a.clock - ev.clock) / 60) || 'm: ' || e.name,
       u.name || ' ' || u.surname || ' ' || CASE WHEN a.action = 5 THEN 'closed' ELSE 'acknowledged and commented' END || ' problem at ' || to_char(to_timestamp(a.clock) AT TIME ZONE 'Europe/Amsterdam', 'YYYY.MM.DD HH24:MI:SS') || E'.\n'
         || a.msg || E'\n\n' || 'Current problem status is ' || CASE WHEN a.action = 5 THEN 'RESOLVED' ELSE 'PROBLEM' END || ', age is ' || ((a.clock - ev.clock) / 60) || 'm, acknowledged: Yes.',
       a.clock + 5
FROM xgen.ack a JOIN xgen.ev ev ON ev.e = a.e JOIN events e ON e.eventid = 900000 + ev.e * 2 JOIN users u ON u.userid = a.userid
JOIN LATERAL (SELECT userid, mediatypeid, sendto FROM media WHERE userid <> 2 AND active = 0 AND mediatypeid IN (1, 7, 8) ORDER BY md5('alu' || a.a || mediaid) LIMIT 1) m ON true;
INSERT INTO alerts
SELECT row_number() OVER (ORDER BY clock, e, sendto), CASE WHEN a IS NULL THEN 3 + e % 4 ELSE 3 END, 900000 + e * 2, userid, clock, mediatypeid, sendto, left(subj, 255), msg,
       CASE WHEN (e + mediatypeid) % 17 = 0 THEN 2 ELSE 1 END, CASE WHEN (e + mediatypeid) % 17 = 0 THEN 3 ELSE 0 END,
       CASE WHEN (e + mediatypeid) % 17 = 0 THEN CASE mediatypeid WHEN 7 THEN 'Sending failed: Bad Request: chat not found' WHEN 1 THEN 'Connection timed out after 30001 milliseconds' WHEN 4 THEN 'Cannot send SMS: modem did not respond to AT+CMGS' ELSE 'Response code: 429' END ELSE '' END,
       1, 0, CASE WHEN a IS NOT NULL THEN 900000 + e * 2 END, a,
       CASE mediatypeid
         WHEN 7 THEN json_build_object('alert_message', msg, 'alert_subject', left(subj, 255), 'api_chatid', sendto, 'api_parse_mode', 'HTML',
                       'api_token', (SELECT value FROM media_type_param WHERE mediatypeid = 7 AND name = 'api_token'))::text
         WHEN 8 THEN json_build_object('alert_message', msg, 'alert_subject', left(subj, 255), 'bot_token', (SELECT value FROM media_type_param WHERE mediatypeid = 8 AND name = 'bot_token'),
                       'channel', sendto, 'event_id', (900000 + e * 2)::text, 'zabbix_url', 'https://zabbix.kestrel-networks.example', 'slack_mode', 'alarm')::text
         ELSE '{}' END
FROM xgen.al;

-- ---------------------------------------------------------------- audit log
CREATE TABLE auditlog (
	auditid varchar(25) NOT NULL,
	userid bigint NULL,
	username varchar(100) DEFAULT '' NOT NULL,
	clock integer DEFAULT '0' NOT NULL,
	ip varchar(39) DEFAULT '' NOT NULL,
	action integer DEFAULT '0' NOT NULL,
	resourcetype integer DEFAULT '0' NOT NULL,
	resourceid bigint NULL,
	resource_cuid varchar(25) NULL,
	resourcename varchar(255) DEFAULT '' NOT NULL,
	recordsetid varchar(25) NOT NULL,
	details text DEFAULT '' NOT NULL,
	PRIMARY KEY (auditid)
);
INSERT INTO auditlog
SELECT xgen.cuid('aud', k), CASE WHEN akind = 9 AND k % 4 = 0 THEN NULL ELSE u.userid END,
       CASE WHEN akind = 9 AND k % 4 = 0 THEN fixture_gen.pick(ARRAY['admin', 'root', u.username || 'x', s.email, 'zabbix'], 'audtyp', k) ELSE u.username END,
       xgen.ep('audc', k),
       CASE WHEN u.userid >= 59 THEN '10.20.0.' || (40 + u.userid % 3) WHEN k % 3 = 0 THEN fixture_gen.ipv4('audip', u.userid) WHEN k % 3 = 1 THEN '10.8.' || (u.userid % 30) || '.' || (2 + k % 200) ELSE fixture_gen.ipv6('audip6', u.userid) END,
       CASE akind WHEN 8 THEN 8 WHEN 9 THEN 9 WHEN 4 THEN 4 ELSE CASE WHEN akind = 25 THEN 7 ELSE 1 END END,
       CASE akind WHEN 8 THEN 0 WHEN 9 THEN 0 WHEN 4 THEN 0 WHEN 10 THEN 0 WHEN 11 THEN 4 WHEN 12 THEN 29 WHEN 13 THEN 3 WHEN 25 THEN 25 ELSE 4 END,
       CASE akind WHEN 10 THEN tu.userid WHEN 11 THEN h.hostid WHEN 12 THEN 9 WHEN 13 THEN 1 WHEN 25 THEN 4 WHEN 8 THEN u.userid WHEN 4 THEN u.userid ELSE NULL END, NULL,
       CASE akind WHEN 10 THEN tu.username WHEN 11 THEN h.host WHEN 12 THEN '{$PGSQL.PASSWORD}' WHEN 13 THEN 'Email' WHEN 25 THEN 'Unlock AD account' WHEN 8 THEN u.username WHEN 4 THEN u.username ELSE '' END,
       xgen.cuid('audrs', k / 2),
       CASE akind
         WHEN 10 THEN CASE k % 3
           WHEN 0 THEN '{"user.name":["update",' || fixture_gen.js(tu.name) || ',' || fixture_gen.js(tu.name) || '],"user.surname":["update",' || fixture_gen.js(fixture_gen.last_name('oldsur', k)) || ',' || fixture_gen.js(tu.surname) || ']}'
           WHEN 1 THEN '{"user.medias[' || (400 + k) || ']":["add"],"user.medias[' || (400 + k) || '].mediatypeid":["add","4"],"user.medias[' || (400 + k) || '].sendto":["add",' || fixture_gen.js(ts.phone) || '],"user.medias[' || (400 + k) || '].mediaid":["add","' || (400 + k) || '"]}'
           ELSE '{"user.passwd":["update","******","******"],"user.attempt_failed":["update","3","0"],"user.username":["update",' || fixture_gen.js(lower(fixture_gen.ascii(ts.first))) || ',' || fixture_gen.js(tu.username) || ']}' END
         WHEN 11 THEN CASE k % 2
           WHEN 0 THEN '{"host.inventory.poc_1_name":["update",' || fixture_gen.js(fixture_gen.full_name('oldpoc', k)) || ',' || fixture_gen.js(p.name) || '],"host.inventory.poc_1_cell":["update",' || fixture_gen.js(fixture_gen.phone('oldpoc', k)) || ',' || fixture_gen.js(p.cell) || ']}'
           ELSE '{"host.description":["update","",' || fixture_gen.js(h.host || ' on-site contact: ' || p.name || ', ' || p.phone) || '],"host.macros[' || (k + 500) || ']":["add"],"host.macros[' || (k + 500) || '].macro":["add","{$SITE.CONTACT}"],"host.macros[' || (k + 500) || '].value":["add",' || fixture_gen.js(p.name || ' ' || p.cell) || ']}' END
         WHEN 12 THEN '{"usermacro.value":["update",' || fixture_gen.js(xgen.tok('oldpg', k, 24)) || ',' || fixture_gen.js(xgen.tok('pgpw', 1, 24)) || '],"usermacro.description":["update","","zbx_monitor on all Postgres clusters"]}'
         WHEN 13 THEN '{"mediatype.passwd":["update","******","******"],"mediatype.smtp_server":["update","smtp.gmail.com","smtp.office365.com"]}'
         WHEN 25 THEN '{"script.hostid":"' || h.hostid || '","script.command":"Unlock-ADAccount -Identity ' || lower(substr(fixture_gen.ascii(fixture_gen.first_name('acc', k)), 1, 1)) || '.' || fixture_gen.ascii(fixture_gen.last_name('acc', k)) || '"}'
         ELSE '' END
FROM generate_series(1, 320) k
CROSS JOIN LATERAL (SELECT (ARRAY[8, 8, 8, 8, 8, 4, 4, 9, 9, 10, 10, 11, 11, 12, 13, 25, 8, 4, 11, 10])[1 + fixture_gen.n('audk', k, 20)] AS akind) kk
JOIN users u ON u.userid = CASE WHEN k % 29 = 0 THEN 59 + k % 3 WHEN k % 31 = 0 THEN 1 ELSE 3 + fixture_gen.n('audu', k, 56) END
JOIN xgen.staff s ON s.i = 1 + (k % 56)
JOIN users tu ON tu.userid = 3 + fixture_gen.n('audtu', k, 56)
JOIN xgen.staff ts ON ts.i = tu.userid - 2
JOIN xgen.h h ON h.hostid = 10001 + fixture_gen.n('audh', k, 140)
JOIN xgen.poc p ON p.i = 101 + (h.hostid % 90);

-- ---------------------------------------------------------------- scripts
CREATE TABLE scripts (
	scriptid bigint NOT NULL,
	name varchar(255) DEFAULT '' NOT NULL,
	command text DEFAULT '' NOT NULL,
	host_access integer DEFAULT '2' NOT NULL,
	usrgrpid bigint NULL,
	groupid bigint NULL,
	description text DEFAULT '' NOT NULL,
	confirmation varchar(255) DEFAULT '' NOT NULL,
	type integer DEFAULT '5' NOT NULL,
	execute_on integer DEFAULT '2' NOT NULL,
	timeout varchar(32) DEFAULT '30s' NOT NULL,
	scope integer DEFAULT '1' NOT NULL,
	port varchar(64) DEFAULT '' NOT NULL,
	authtype integer DEFAULT '0' NOT NULL,
	username varchar(64) DEFAULT '' NOT NULL,
	password varchar(64) DEFAULT '' NOT NULL,
	publickey varchar(64) DEFAULT '' NOT NULL,
	privatekey varchar(64) DEFAULT '' NOT NULL,
	menu_path varchar(255) DEFAULT '' NOT NULL,
	url varchar(2048) DEFAULT '' NOT NULL,
	new_window integer DEFAULT '1' NOT NULL,
	PRIMARY KEY (scriptid)
);
INSERT INTO scripts VALUES
  (1, 'Ping', 'ping -c 3 {HOST.CONN}; case $? in [01]) true;; *) false;; esac', 2, NULL, NULL, '', '', 0, 2, '30s', 2, '', 0, '', '', '', '', '', '', 1),
  (2, 'Traceroute', '/usr/bin/traceroute {HOST.CONN}', 2, NULL, NULL, '', '', 0, 2, '30s', 2, '', 0, '', '', '', '', '', '', 1),
  (3, 'Detect operating system', 'sudo /usr/bin/nmap -O {HOST.CONN}', 2, 7, NULL, '', '', 0, 2, '30s', 2, '', 0, '', '', '', '', '', '', 1),
  (4, 'Unlock AD account', 'powershell -NoProfile -Command "$p = ConvertTo-SecureString ''' || 'Zx' || xgen.tok('adpw', 1, 14) || ''' -AsPlainText -Force; $c = New-Object PSCredential(''CORP\svc-zbx-unlock'', $p); Unlock-ADAccount -Identity {MANUALINPUT} -Credential $c"',
     3, 18, NULL, 'Unlocks the account named in the problem', 'Unlock {EVENT.TAGS.account}? Call the user back first!', 0, 1, '30s', 2, '', 0, '', '', '', '', 'AD/', '', 1),
  (5, 'Restart php-fpm', 'systemctl restart php8.2-fpm', 3, 17, NULL, '', 'Restart php-fpm on {HOST.NAME}?', 2, 2, '30s', 2, '22', 1, 'zabbix', '', 'id_ed25519.pub', 'id_ed25519', 'Linux/', '', 1),
  (6, 'Clear mail queue for bounced address', 'postqueue -p | grep -B2 "{MANUALINPUT}" | awk ''/^[0-9A-F]/ {print $1}'' | postsuper -d -', 3, 17, NULL, '', '', 2, 2, '30s', 2, '22', 0, 'root', xgen.tok('rootpw', 1, 16), '', '', 'Linux/', '', 1),
  (7, 'Open ticket in Jira', '', 2, NULL, NULL, '', '', 6, 2, '30s', 4, '', 0, '', '', '', '', '', 'https://kestrel.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10010&issuetype=10002&summary={EVENT.NAME}', 1),
  (8, 'Customer in CRM', '', 2, NULL, NULL, '', '', 6, 2, '30s', 2, '', 0, '', '', '', '', '', 'https://crm.kestrel-networks.example/accounts?search={INVENTORY.ALIAS}', 1),
  (9, 'Create Zammad ticket', 'curl -s -u svc-zabbix:' || xgen.tok('zmpw', 1, 18) || ' -H ''Content-Type: application/json'' -d ''{"title":"{EVENT.NAME}","group":"NOC","customer":"{INVENTORY.POC.PRIMARY.EMAIL}"}'' https://support.kestrel-networks.example/api/v1/tickets',
     2, 14, NULL, 'Posts a ticket for the site contact', '', 0, 1, '30s', 4, '', 0, '', '', '', '', 'Tickets/', '', 1),
  (10, 'Reboot UPS management card', 'reboot', 3, 14, NULL, '', 'Reboot?', 3, 2, '30s', 2, '23', 0, 'apc', xgen.tok('apcpw', 1, 10), '', '', 'Hardware/', '', 1),
  (11, 'Call the site contact', 'twilio_call.py --to "{INVENTORY.POC.PRIMARY.CELL}" --say "Zabbix alert for {HOST.NAME}"', 2, 19, NULL, 'Rings the primary contact of the site', 'Call {INVENTORY.POC.PRIMARY.NAME}?', 0, 1, '60s', 2, '', 0, '', '', '', '', 'Site/', '', 1),
  (12, 'Netbox', '', 2, NULL, NULL, '', '', 6, 2, '30s', 2, '', 0, '', '', '', '', '', '{INVENTORY.URL.A}', 1),
  (13, 'Renew Let''s Encrypt certificate', 'certbot renew --cert-name {HOST.DNS}', 3, 17, NULL, '', '', 2, 2, '60s', 4, '22', 1, 'deploy', '', 'deploy_ed25519.pub', 'deploy_ed25519', 'Linux/', '', 1),
  (14, 'Webhook: ntfy NOC topic', 'var req = new HttpRequest(); req.addHeader(''Authorization: Bearer tk_' || lower(xgen.tok('ntfy', 1, 29)) || '''); return req.post(''https://ntfy.kestrel-networks.example/noc'', ''{EVENT.NAME} on {HOST.NAME}'');',
     2, NULL, NULL, '', '', 5, 2, '30s', 4, '', 0, '', '', '', '', '', '', 1);

-- ---------------------------------------------------------------- global settings (abridged) and user directories
CREATE TABLE config (
	configid bigint NOT NULL,
	work_period varchar(255) DEFAULT '1-5,09:00-18:00' NOT NULL,
	alert_usrgrpid bigint NULL,
	default_theme varchar(128) DEFAULT 'blue-theme' NOT NULL,
	authentication_type integer DEFAULT '0' NOT NULL,
	discovery_groupid bigint NULL,
	max_in_table integer DEFAULT '50' NOT NULL,
	search_limit integer DEFAULT '1000' NOT NULL,
	instanceid varchar(32) DEFAULT '' NOT NULL,
	saml_auth_enabled integer DEFAULT '0' NOT NULL,
	ldap_auth_enabled integer DEFAULT '0' NOT NULL,
	ldap_userdirectoryid bigint NULL,
	default_lang varchar(5) DEFAULT 'en_US' NOT NULL,
	default_timezone varchar(50) DEFAULT 'system' NOT NULL,
	login_attempts integer DEFAULT '5' NOT NULL,
	login_block varchar(32) DEFAULT '30s' NOT NULL,
	session_key varchar(32) DEFAULT '' NOT NULL,
	url varchar(2048) DEFAULT '' NOT NULL,
	passwd_min_length integer DEFAULT '8' NOT NULL,
	passwd_check_rules integer DEFAULT '8' NOT NULL,
	auditlog_enabled integer DEFAULT '1' NOT NULL,
	geomaps_tile_provider varchar(255) DEFAULT '' NOT NULL,
	geomaps_tile_url varchar(2048) DEFAULT '' NOT NULL,
	geomaps_attribution varchar(1024) DEFAULT '' NOT NULL,
	ha_failover_delay varchar(32) DEFAULT '1m' NOT NULL,
	PRIMARY KEY (configid)
);
INSERT INTO config VALUES (1, '1-5,08:00-18:00', 19, 'blue-theme', 0, 5, 50, 1000, xgen.hx('inst', 1, 32), 1, 1, 1, 'en_US', 'Europe/Amsterdam', 5, '30s', xgen.hx('sesskey', 1, 32),
  'https://zabbix.kestrel-networks.example', 12, 15, 1, '', 'https://tile.thunderforest.com/transport/{z}/{x}/{y}.png?apikey=' || xgen.hx('tfkey', 1, 32),
  'Maps &copy; Thunderforest, Data &copy; OpenStreetMap contributors', '1m');

CREATE TABLE userdirectory (
	userdirectoryid bigint NOT NULL,
	name varchar(128) DEFAULT '' NOT NULL,
	description text DEFAULT '' NOT NULL,
	idp_type integer DEFAULT '1' NOT NULL,
	provision_status integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (userdirectoryid)
);
INSERT INTO userdirectory VALUES (1, 'CORP Active Directory', 'dc01/dc02, staff OU only', 1, 1), (2, 'Old OpenLDAP', 'Kept for the Pune contractors until migration', 1, 0), (3, '', '', 2, 1);

CREATE TABLE userdirectory_ldap (
	userdirectoryid bigint NOT NULL,
	host varchar(255) DEFAULT '' NOT NULL,
	port integer DEFAULT '389' NOT NULL,
	base_dn varchar(255) DEFAULT '' NOT NULL,
	search_attribute varchar(128) DEFAULT '' NOT NULL,
	bind_dn varchar(255) DEFAULT '' NOT NULL,
	bind_password varchar(128) DEFAULT '' NOT NULL,
	search_filter varchar(255) DEFAULT '' NOT NULL,
	start_tls integer DEFAULT '0' NOT NULL,
	group_basedn varchar(255) DEFAULT '' NOT NULL,
	group_name varchar(255) DEFAULT '' NOT NULL,
	group_member varchar(255) DEFAULT '' NOT NULL,
	user_ref_attr varchar(255) DEFAULT '' NOT NULL,
	group_filter varchar(255) DEFAULT '' NOT NULL,
	group_membership varchar(255) DEFAULT '' NOT NULL,
	user_username varchar(255) DEFAULT '' NOT NULL,
	user_lastname varchar(255) DEFAULT '' NOT NULL,
	PRIMARY KEY (userdirectoryid)
);
INSERT INTO userdirectory_ldap VALUES
  (1, 'ldaps://dc01.corp.kestrel-networks.example', 636, 'OU=Staff,DC=corp,DC=kestrel-networks,DC=example', 'sAMAccountName', 'CN=svc-zabbix-ldap,OU=Service Accounts,DC=corp,DC=kestrel-networks,DC=example',
     'Lq' || xgen.tok('ldbp', 1, 18) || '#', '(&(objectClass=user)(%{attr}=%{user}))', 0, '', 'cn', '', '', '', 'memberOf', 'givenName', 'sn'),
  (2, 'ldap://ldap.pune.kestrel-networks.example', 389, 'ou=people,dc=pune,dc=kestrel-networks,dc=example', 'uid', 'cn=zabbix,ou=apps,dc=pune,dc=kestrel-networks,dc=example',
     xgen.tok('ldbp', 2, 16), '', 1, 'ou=groups,dc=pune,dc=kestrel-networks,dc=example', 'cn', 'memberUid', 'uid', '(memberUid=%{ref})', '', 'cn', 'sn');

CREATE TABLE userdirectory_saml (
	userdirectoryid bigint NOT NULL,
	idp_entityid varchar(1024) DEFAULT '' NOT NULL,
	sso_url varchar(2048) DEFAULT '' NOT NULL,
	slo_url varchar(2048) DEFAULT '' NOT NULL,
	username_attribute varchar(128) DEFAULT '' NOT NULL,
	sp_entityid varchar(1024) DEFAULT '' NOT NULL,
	nameid_format varchar(2048) DEFAULT '' NOT NULL,
	sign_messages integer DEFAULT '0' NOT NULL,
	sign_assertions integer DEFAULT '0' NOT NULL,
	sign_authn_requests integer DEFAULT '0' NOT NULL,
	sign_logout_requests integer DEFAULT '0' NOT NULL,
	sign_logout_responses integer DEFAULT '0' NOT NULL,
	encrypt_nameid integer DEFAULT '0' NOT NULL,
	encrypt_assertions integer DEFAULT '0' NOT NULL,
	group_name varchar(255) DEFAULT '' NOT NULL,
	user_username varchar(255) DEFAULT '' NOT NULL,
	user_lastname varchar(255) DEFAULT '' NOT NULL,
	scim_status integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (userdirectoryid)
);
INSERT INTO userdirectory_saml VALUES (3, 'https://sts.windows.net/' || fixture_gen.uuid('aadt', 1) || '/', 'https://login.microsoftonline.com/' || fixture_gen.uuid('aadt', 1) || '/saml2',
  'https://login.microsoftonline.com/' || fixture_gen.uuid('aadt', 1) || '/saml2', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'https://zabbix.kestrel-networks.example/zabbix',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', 0, 1, 0, 0, 0, 0, 0, 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname', 1);

-- ---------------------------------------------------------------- text and log history
CREATE TABLE history_text (
	itemid bigint NOT NULL,
	clock integer DEFAULT '0' NOT NULL,
	value text DEFAULT '' NOT NULL,
	ns integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (itemid, clock, ns)
);
INSERT INTO history_text
SELECT i.itemid, xgen.ep('htc', i.itemid * 100 + r), 
       CASE WHEN i.key_ LIKE 'system.run%' THEN
              s1.login || '     pts/0        ' || to_char(to_timestamp(xgen.ep('htc', i.itemid * 100 + r) - 3600), 'YYYY-MM-DD HH24:MI') || '   .         ' || (20000 + fixture_gen.n('pid', r, 9000)) || ' (' || CASE WHEN r % 2 = 0 THEN fixture_gen.ipv4('whoip', s1.i) ELSE '10.8.' || s1.i || '.' || (2 + r) END || ')'
              || CASE WHEN r % 3 = 0 THEN E'\n' || s2.login || '     pts/1        ' || to_char(to_timestamp(xgen.ep('htc', i.itemid * 100 + r) - 600), 'YYYY-MM-DD HH24:MI') || '  00:04      ' || (20000 + fixture_gen.n('pid2', r, 9000)) || ' (' || fixture_gen.ipv4('whoip', s2.i) || ')' ELSE '' END
            WHEN i.key_ LIKE 'ssh.run%' THEN '{"time":"' || to_char(to_timestamp(xgen.ep('htc', i.itemid * 100 + r) - 7200) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '","tree":"' || xgen.hx('rtree', i.itemid * 100 + r, 64) || '","paths":["/srv/www","/home/' || s1.login || '","/home/' || s2.login || '"],"hostname":"' || h.host || '","username":"root","id":"' || xgen.hx('rsid', i.itemid * 100 + r, 64) || '","short_id":"' || xgen.hx('rsid', i.itemid * 100 + r, 8) || '"}'
            WHEN i.key_ LIKE 'web.certificate%' THEN '{"x509":{"version":3,"serial_number":"' || xgen.hx('cser', i.itemid, 36) || '","signature_algorithm":"SHA256-RSA","issuer":"CN=R3,O=Let''s Encrypt,C=US","not_before":{"value":"Apr 02 07:12:31 2024 GMT","timestamp":1712041951},"not_after":{"value":"Jul 01 07:12:30 2024 GMT","timestamp":1719817950},"subject":"CN=' || h.host || '.ams1.kestrel-networks.example","public_key_algorithm":"RSA","alternative_names":["' || h.host || '.ams1.kestrel-networks.example","portal.kestrel-networks.example"]},"result":{"value":"valid","message":"certificate verified successfully"}}'
            WHEN i.key_ = 'portal.health' THEN '{"status":"' || CASE WHEN r % 7 = 0 THEN 'degraded' ELSE 'ok' END || '","db":"ok","queue":' || (r * 3 % 40) || ',"version":"3.14.' || (r % 4) || '"}'
            WHEN i.key_ = 'kube.nodes' THEN '{"kind":"NodeList","apiVersion":"v1","items":[{"metadata":{"name":"' || h.host || '","labels":{"kubernetes.io/os":"linux","node-role.kubernetes.io/worker":""}},"status":{"nodeInfo":{"kubeletVersion":"v1.29.4"}}}]}'
            WHEN i.key_ = 'mailbox.check' THEN CASE WHEN r % 5 = 0 THEN 'fail: AADSTS50126: Error validating credentials due to invalid username or password.' ELSE 'ok' END
            ELSE 'repo=' || h.host || ' snapshots=' || (100 + r) || ' size=' || (300 + r * 7) || 'GiB status=ok' END,
       fixture_gen.n('htns', i.itemid * 100 + r, 999999999)
FROM items i JOIN xgen.h h ON h.hostid = i.hostid
CROSS JOIN generate_series(1, 4) r
JOIN xgen.staff s1 ON s1.i = 1 + fixture_gen.n('hts1', i.itemid * 100 + r, 48)
JOIN xgen.staff s2 ON s2.i = 1 + fixture_gen.n('hts2', i.itemid * 100 + r, 48)
WHERE i.value_type = 4 AND i.itemid < 40000 AND (r <= 2 OR i.key_ LIKE 'system.run%');

CREATE TABLE history_log (
	itemid bigint NOT NULL,
	clock integer DEFAULT '0' NOT NULL,
	timestamp integer DEFAULT '0' NOT NULL,
	source varchar(64) DEFAULT '' NOT NULL,
	severity integer DEFAULT '0' NOT NULL,
	value text DEFAULT '' NOT NULL,
	logeventid integer DEFAULT '0' NOT NULL,
	ns integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (itemid, clock, ns)
);
INSERT INTO history_log
SELECT i.itemid, c, CASE WHEN i.key_ LIKE 'eventlog%' THEN c - 1 ELSE 0 END,
       CASE WHEN i.key_ LIKE 'eventlog%' THEN 'Microsoft-Windows-Security-Auditing' ELSE '' END,
       CASE WHEN i.key_ LIKE 'eventlog%' THEN CASE WHEN r % 2 = 0 THEN 7 ELSE 9 END ELSE 0 END,
       CASE WHEN i.key_ LIKE 'log[/var/log/auth%' THEN
              to_char(to_timestamp(c) AT TIME ZONE 'UTC', 'Mon DD HH24:MI:SS') || ' ' || h.host || ' sshd[' || (1000 + fixture_gen.n('sshpid', i.itemid * 10 + r, 60000)) || ']: ' ||
              CASE r % 4 WHEN 0 THEN 'Accepted publickey for ' || s.login || ' from ' || CASE WHEN r % 8 = 0 THEN fixture_gen.ipv4('homeip', s.i) ELSE '10.8.' || s.i || '.' || (2 + r) END || ' port ' || (40000 + fixture_gen.n('sshp', i.itemid * 10 + r, 25000)) || ' ssh2: ED25519 SHA256:' || translate(fixture_gen.b64('sshfp', s.i, 32), '=', '')
                         WHEN 1 THEN 'Failed password for invalid user ' || fixture_gen.pick(ARRAY['admin', 'oracle', 'ubuntu', 'test', 'postgres', 'git'], 'bfu', i.itemid * 10 + r) || ' from ' || fixture_gen.ipv4('bfip', i.itemid * 10 + r) || ' port ' || (30000 + fixture_gen.n('sshp', i.itemid * 10 + r, 30000)) || ' ssh2'
                         WHEN 2 THEN 'Failed password for ' || s.login || ' from ' || fixture_gen.ipv4('homeip', s.i) || ' port ' || (40000 + fixture_gen.n('sshp', i.itemid * 10 + r, 25000)) || ' ssh2'
                         ELSE 'pam_unix(sshd:session): session opened for user ' || s.login || '(uid=' || (1000 + s.i) || ') by (uid=0)' END
            WHEN i.key_ LIKE 'log[/var/log/mail%' THEN
              to_char(to_timestamp(c) AT TIME ZONE 'UTC', 'Mon DD HH24:MI:SS') || ' ' || h.host || ' postfix/smtp[' || (1000 + fixture_gen.n('pfpid', i.itemid * 10 + r, 60000)) || ']: ' || upper(xgen.hx('qid', i.itemid * 10 + r, 10)) || ': to=<' || fixture_gen.email('mrcpt', i.itemid * 10 + r) || '>, relay=' ||
              CASE WHEN r % 2 = 0 THEN 'gmail-smtp-in.l.google.com[142.250.27.26]:25, delay=1.4, delays=0.1/0/0.6/0.7, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.1.1 The email account that you tried to reach does not exist.)'
                   ELSE 'mx.web.de[212.227.15.41]:25, delay=302, delays=0.1/0/300/2, dsn=4.7.0, status=deferred (host mx.web.de said: 421 Service temporarily unavailable)' END
            ELSE CASE WHEN r % 2 = 0 THEN
              E'A user account was locked out.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-5-18\r\n\tAccount Name:\t\t' || upper(h.host) || E'$\r\n\tAccount Domain:\t\t' || upper(substr(h.host, 1, 3)) || E'\r\n\tLogon ID:\t\t0x3E7\r\n\r\nAccount That Was Locked Out:\r\n\tSecurity ID:\t\tS-1-5-21-' || fixture_gen.digits('sid', i.itemid, 10) || '-' || fixture_gen.digits('sid2', i.itemid, 10) || '-' || (1100 + r) || E'\r\n\tAccount Name:\t\t' || acct || E'\r\n\r\nAdditional Information:\r\n\tCaller Computer Name:\t' || fixture_gen.pick(ARRAY['RECEPTIE-PC01', 'BALIE-02', 'LAPTOP-' || upper(xgen.tok('lap', r, 7)), 'SCANNER-MFP'], 'ccn', i.itemid * 10 + r)
              ELSE E'An account failed to log on.\r\n\r\nAccount For Which Logon Failed:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t' || acct || E'\r\n\tAccount Domain:\t\t' || upper(substr(h.host, 1, 3)) || E'\r\n\r\nFailure Information:\r\n\tFailure Reason:\t\tUnknown user name or bad password.\r\n\r\nNetwork Information:\r\n\tWorkstation Name:\t' || fixture_gen.pick(ARRAY['RECEPTIE-PC01', 'BALIE-02', 'VPN-GW'], 'ccn', i.itemid * 10 + r) || E'\r\n\tSource Network Address:\t' || fixture_gen.ipv4('evip', i.itemid * 10 + r) END END,
       CASE WHEN i.key_ LIKE 'eventlog%' THEN CASE WHEN r % 2 = 0 THEN 4740 ELSE 4625 END ELSE 0 END,
       fixture_gen.n('hlns', i.itemid * 10 + r, 999999999)
FROM items i JOIN xgen.h h ON h.hostid = i.hostid
CROSS JOIN generate_series(1, 6) r
CROSS JOIN LATERAL (SELECT xgen.ep('hlc', i.itemid * 10 + r) AS c,
  lower(substr(fixture_gen.ascii(fixture_gen.first_name('acc', i.itemid * 10 + r)), 1, 1)) || '.' || fixture_gen.ascii(fixture_gen.last_name('acc', i.itemid * 10 + r)) AS acct) cc
JOIN xgen.staff s ON s.i = 1 + fixture_gen.n('hls', i.itemid * 10 + r, 48)
WHERE i.value_type = 2;

-- ---------------------------------------------------------------- web scenarios
CREATE TABLE httptest (
	httptestid bigint NOT NULL,
	name varchar(64) DEFAULT '' NOT NULL,
	delay varchar(255) DEFAULT '1m' NOT NULL,
	status integer DEFAULT '0' NOT NULL,
	agent varchar(255) DEFAULT 'Zabbix' NOT NULL,
	authentication integer DEFAULT '0' NOT NULL,
	http_user varchar(64) DEFAULT '' NOT NULL,
	http_password varchar(64) DEFAULT '' NOT NULL,
	hostid bigint NOT NULL,
	templateid bigint NULL,
	http_proxy varchar(255) DEFAULT '' NOT NULL,
	retries integer DEFAULT '1' NOT NULL,
	ssl_cert_file varchar(255) DEFAULT '' NOT NULL,
	ssl_key_file varchar(255) DEFAULT '' NOT NULL,
	ssl_key_password varchar(64) DEFAULT '' NOT NULL,
	verify_peer integer DEFAULT '0' NOT NULL,
	verify_host integer DEFAULT '0' NOT NULL,
	uuid varchar(32) DEFAULT '' NOT NULL,
	PRIMARY KEY (httptestid)
);
INSERT INTO httptest
SELECT k, (ARRAY['Customer portal login', 'Webmail login', 'Status page', 'Practice management login', 'Intranet (basic auth)', 'Grafana login', 'Backup console'])[1 + k % 7],
       fixture_gen.pick(ARRAY['1m', '5m', '2m'], 'htd', k), CASE WHEN k % 9 = 0 THEN 1 ELSE 0 END,
       CASE WHEN k % 3 = 0 THEN 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36' ELSE 'Zabbix' END,
       CASE WHEN k % 7 = 4 THEN 1 WHEN k % 7 = 6 THEN 2 ELSE 0 END,
       CASE WHEN k % 7 = 4 THEN CASE WHEN k % 2 = 0 THEN 'monitor' ELSE s.login END WHEN k % 7 = 6 THEN 'CORP\' || CASE WHEN k % 2 = 0 THEN 'svc-zabbix-web' ELSE s.login END ELSE '' END,
       CASE WHEN k % 7 IN (4, 6) THEN xgen.tok('htpw', k, 14) ELSE '' END,
       h.hostid, NULL, CASE WHEN k % 5 = 0 THEN 'http://squid.ams1.kestrel-networks.example:3128' ELSE '' END, 1,
       CASE WHEN k % 8 = 1 THEN 'zbx-web-client.pem' ELSE '' END, CASE WHEN k % 8 = 1 THEN 'zbx-web-client.key' ELSE '' END, CASE WHEN k % 8 = 1 THEN xgen.tok('htkp', k, 12) ELSE '' END,
       1, 1, xgen.hx('htu', k, 32)
FROM generate_series(1, 28) k
JOIN xgen.h h ON h.hostid = (SELECT hostid FROM xgen.h WHERE host ~ '^(web|app|lb|mail)-|-(rdp|fs|pacs)' ORDER BY md5('hth' || k || hostid) LIMIT 1)
JOIN xgen.staff s ON s.i = 1 + fixture_gen.n('hts', k, 48);

CREATE TABLE httpstep (
	httpstepid bigint NOT NULL,
	httptestid bigint NOT NULL,
	name varchar(64) DEFAULT '' NOT NULL,
	no integer DEFAULT '0' NOT NULL,
	url varchar(2048) DEFAULT '' NOT NULL,
	timeout varchar(255) DEFAULT '15s' NOT NULL,
	posts text DEFAULT '' NOT NULL,
	required varchar(255) DEFAULT '' NOT NULL,
	status_codes varchar(255) DEFAULT '' NOT NULL,
	follow_redirects integer DEFAULT '1' NOT NULL,
	retrieve_mode integer DEFAULT '0' NOT NULL,
	post_type integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (httpstepid)
);
INSERT INTO httpstep
SELECT t.httptestid * 10 + n, t.httptestid, (ARRAY['Open login page', 'Log in', 'Dashboard'])[n], n,
       'https://' || CASE t.httptestid % 4 WHEN 0 THEN 'portal' WHEN 1 THEN 'mail' WHEN 2 THEN 'status' ELSE 'app' END || '.kestrel-networks.example'
         || CASE n WHEN 1 THEN '/login' WHEN 2 THEN '/login' ELSE '/dashboard' || CASE WHEN t.httptestid % 5 = 2 THEN '?auth_token=' || xgen.hx('stok', t.httptestid, 40) ELSE '' END END,
       '15s',
       CASE WHEN n = 2 AND t.httptestid % 2 = 0 THEN '{"email":"' || CASE WHEN t.httptestid % 4 = 0 THEN 'monitoring@kestrel-networks.example' ELSE s.email END || '","password":"' || xgen.tok('hspw', t.httptestid, 14) || '","remember":false}' ELSE '' END,
       CASE n WHEN 1 THEN 'Sign in' WHEN 2 THEN '' ELSE 'Welcome' END, CASE n WHEN 2 THEN '200,302' ELSE '200' END, CASE WHEN n = 2 THEN 0 ELSE 1 END, 0,
       CASE WHEN n = 2 AND t.httptestid % 2 = 0 THEN 1 ELSE 0 END
FROM httptest t CROSS JOIN generate_series(1, 3) n
JOIN xgen.staff s ON s.i = 1 + fixture_gen.n('hss', t.httptestid, 48);

CREATE TABLE httpstep_field (
	httpstep_fieldid bigint NOT NULL,
	httpstepid bigint NOT NULL,
	type integer DEFAULT '0' NOT NULL,
	name varchar(255) DEFAULT '' NOT NULL,
	value text DEFAULT '' NOT NULL,
	PRIMARY KEY (httpstep_fieldid)
);
INSERT INTO httpstep_field SELECT row_number() OVER (ORDER BY st, ty, nm), st, ty, nm, vl FROM (
  SELECT httpstepid AS st, 1 AS ty, '{csrf}' AS nm, 'regex:name="csrf_token" value="([^"]+)"' AS vl FROM httpstep WHERE no = 1
  UNION ALL SELECT httpstepid, 2, 'username', CASE WHEN httptestid % 3 = 0 THEN 'zbx-monitor' ELSE (SELECT login FROM xgen.staff WHERE i = 1 + httptestid % 48) END FROM httpstep WHERE no = 2 AND post_type = 0
  UNION ALL SELECT httpstepid, 2, 'password', xgen.tok('hfpw', httpstepid, 14) FROM httpstep WHERE no = 2 AND post_type = 0
  UNION ALL SELECT httpstepid, 2, 'csrf_token', '{csrf}' FROM httpstep WHERE no = 2 AND post_type = 0
  UNION ALL SELECT httpstepid, 0, 'Authorization', 'Bearer ' || fixture_gen.jwt('hfjwt', httpstepid) FROM httpstep WHERE no = 3 AND httptestid % 3 = 1
  UNION ALL SELECT httpstepid, 0, 'Accept-Language', 'en-GB' FROM httpstep WHERE no = 3 AND httptestid % 3 = 2
  UNION ALL SELECT httpstepid, 3, 'view', 'compact' FROM httpstep WHERE no = 3 AND httptestid % 4 = 0) x;

-- ---------------------------------------------------------------- network discovery
CREATE TABLE drules (
	druleid bigint NOT NULL,
	proxy_hostid bigint NULL,
	name varchar(255) DEFAULT '' NOT NULL,
	iprange varchar(2048) DEFAULT '' NOT NULL,
	delay varchar(255) DEFAULT '1h' NOT NULL,
	status integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (druleid)
);
INSERT INTO drules VALUES (2, NULL, 'Local network', '192.168.0.1-254', '1h', 1), (3, NULL, 'ams1 server VLANs', '10.20.0.1-254,10.20.1-40.1-254', '1h', 0),
  (4, 10201, 'Brightwater School LAN', '172.16.0-63.1-254', '2h', 0), (5, 10202, 'Lindqvist Logistics LAN', '172.16.64-127.1-254', '2h', 0),
  (6, 10203, 'Tandarts Centrum Oost', '172.16.128-129.1-254', '6h', 0), (7, NULL, 'IPMI / iDRAC', '10.21.0-40.1-254', '1d', 0), (8, 10204, 'Home office routers', '10.99.0-199.1', '1d', 0);

CREATE TABLE dchecks (
	dcheckid bigint NOT NULL,
	druleid bigint NOT NULL,
	type integer DEFAULT '0' NOT NULL,
	key_ varchar(2048) DEFAULT '' NOT NULL,
	snmp_community varchar(255) DEFAULT '' NOT NULL,
	ports varchar(255) DEFAULT '0' NOT NULL,
	snmpv3_securityname varchar(64) DEFAULT '' NOT NULL,
	snmpv3_securitylevel integer DEFAULT '0' NOT NULL,
	snmpv3_authpassphrase varchar(64) DEFAULT '' NOT NULL,
	snmpv3_privpassphrase varchar(64) DEFAULT '' NOT NULL,
	uniq integer DEFAULT '0' NOT NULL,
	snmpv3_authprotocol integer DEFAULT '0' NOT NULL,
	snmpv3_privprotocol integer DEFAULT '0' NOT NULL,
	snmpv3_contextname varchar(255) DEFAULT '' NOT NULL,
	host_source integer DEFAULT '1' NOT NULL,
	name_source integer DEFAULT '0' NOT NULL,
	allow_redirect integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (dcheckid)
);
INSERT INTO dchecks VALUES
  (2, 2, 9, 'system.uname', '', '10050', '', 0, '', '', 0, 0, 0, '', 1, 0, 0),
  (3, 3, 9, 'system.hostname', '', '10050', '', 0, '', '', 1, 0, 0, '', 3, 3, 0),
  (4, 3, 12, '', '', '0', '', 0, '', '', 0, 0, 0, '', 1, 0, 0),
  (5, 3, 4, '', '', '22', '', 0, '', '', 0, 0, 0, '', 2, 0, 0),
  (6, 4, 11, '1.3.6.1.2.1.1.5.0', 'kn' || lower(xgen.tok('dcc', 4, 10)), '161', '', 0, '', '', 0, 0, 0, '', 1, 2, 0),
  (7, 4, 13, '1.3.6.1.2.1.1.5.0', '', '161', 'zbx-snmpv3', 3, xgen.tok('dca', 7, 16), xgen.tok('dcp', 7, 16), 0, 1, 1, '', 1, 2, 0),
  (8, 5, 11, '1.3.6.1.2.1.1.1.0', 'public', '161', '', 0, '', '', 0, 0, 0, '', 1, 0, 0),
  (9, 5, 13, '1.3.6.1.2.1.1.5.0', '', '161', 'monitor', 2, xgen.tok('dca', 9, 16), '', 0, 1, 0, '', 1, 2, 0),
  (10, 6, 12, '', '', '0', '', 0, '', '', 0, 0, 0, '', 1, 0, 0),
  (11, 6, 13, '1.3.6.1.2.1.1.5.0', '', '161', 'zbx-snmpv3', 3, xgen.tok('dca', 11, 16), xgen.tok('dcp', 11, 16), 0, 3, 2, 'vlan-10', 1, 2, 0),
  (12, 7, 15, '', '', '623', '', 0, '', '', 0, 0, 0, '', 1, 0, 0),
  (13, 7, 11, '1.3.6.1.4.1.674.10892.5.1.3.2.0', 'idrac-' || lower(xgen.tok('dcc', 13, 8)), '161', '', 0, '', '', 0, 0, 0, '', 1, 0, 0),
  (14, 8, 13, '1.3.6.1.2.1.1.5.0', '', '161', 'homeoffice', 3, xgen.tok('dca', 14, 16), xgen.tok('dcp', 14, 16), 0, 1, 1, '', 1, 2, 0),
  (15, 8, 3, '', '', '443', '', 0, '', '', 0, 0, 0, '', 1, 0, 0);

SET client_min_messages = warning;
DROP SCHEMA xgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
