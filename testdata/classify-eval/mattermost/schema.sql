-- classify-eval fixture (HOLDOUT 6, with dolibarr: written after holdout 5,
-- by someone who had not seen the classifier, to be scored once before any
-- classifier change that follows it; never tune against it): a Mattermost 9
-- database on PostgreSQL in Mattermost's naming, a subset of its tables and
-- of their columns with their real names and types: lowercase run-together
-- names (createat, userid, authdata, notifyprops), 26-character base32 ids,
-- epoch-millisecond bigints, jsonb props. Users synced from LDAP (authdata
-- the sAMAccountName) or SAML (authdata the email), guests with bcrypt
-- passwords, remote users of a shared channel (their email in props), bots
-- (users rows with a bots row); notifyprops whose mention_keys hold the
-- person's names and whose out-of-office reply may name a stand-in and a
-- phone; custom statuses; sessions whose token is the bearer credential
-- (the id is not) with a CSRF token in props and push device ids; personal
-- access tokens; invitation and reset tokens with the email in extra; the
-- legacy audits with the login typed; channels whose display name lists a
-- group message's usernames and whose slug names a new hire; posts (chat
-- with and without personal data, system posts and webhook attachments in
-- props); drafts; files with extracted text; incoming webhooks and slash
-- command webhooks whose id is the secret; outgoing webhooks with keys in
-- their callback URLs; OAuth apps and tokens; outgoing OAuth connections
-- with a password grant; the systems table's signing key; plugin key/value
-- rows (GitHub tokens, GitHub logins in keys, to-do items); shared channel
-- remotes; jobs; the license blob (base64, naming the customer contact);
-- compliance exports. Tidewater Labs, a software company with offices in
-- Bristol, Lisbon, Berlin and Pune, its guests and a partner's server.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE FUNCTION fixture_gen.mmid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, 26, 'ybndrfg8ejkmcpqxot1uwisza345h769') $$;

CREATE FUNCTION fixture_gen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Chrome/124.0', 'Firefox/125.0', 'Safari/17.4', 'Edge/124.0', 'Desktop App/5.7.0', 'Desktop App/5.6.0'], tag, i)
$$;

-- chat: a message as people type them, some naming colleagues, customers,
-- phones and emails, most not.
CREATE FUNCTION fixture_gen.chat(tag text, i bigint, other text, otheru text, ph text, em text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Deployed build ' || (4000 + i % 900) || ' to staging, please smoke-test the checkout flow.',
    'Standup moved to 10:15 today.', 'lunch?', 'thanks!', '+1', 'on it', 'LGTM, merging.',
    'PR #' || (1200 + i % 800) || ' is ready for review, mostly refactoring the retry logic.',
    'Can someone look at the flaky test in payments-service? It failed three times this morning.',
    ':tada: Release 9.' || (i % 12) || ' is out!', 'I will be 10 minutes late to the planning meeting.',
    '@' || otheru || ' can you take the on-call shift tonight? My number is ' || ph || ' if anything breaks.',
    split_part(other, ' ', 1) || ' is off sick today, I will cover the support queue.',
    'New starter ' || other || ' joins on Monday, please add them to the onboarding channel.',
    'Customer contact for the Harbor rollout is ' || other || ' (' || em || '), they asked for a call back on ' || ph || '.',
    'Reminder: expense reports are due Friday.', 'Happy birthday ' || split_part(other, ' ', 1) || '! :birthday:',
    'The VPN certificate expires next week, IT will push the new profile on Thursday.', fixture_gen.sentence(tag, i),
    'Does anyone have a spare USB-C adapter in the Bristol office?', '@' || otheru || ' I moved the design review to Thursday, sorry for the short notice.',
    'Heads up: I am on parental leave from next week, ' || other || ' is covering my tickets.',
    'The p95 latency on the search API went from 180ms to 420ms after the index rebuild.', 'Who owns the billing cron? It is paging every night.',
    'Sent the signed NDA to ' || em || ', waiting for the countersignature.'], tag, i)
$$;

-- The people: 1 the admin account, 2-205 staff (LDAP or SAML, a few local
-- accounts), 206-225 guests of two partner firms, 226-236 remote users of
-- the partner server that shares a channel.
CREATE TABLE fixture_gen.p AS
SELECT i, f AS first, l AS last, f || ' ' || l AS fn,
       CASE WHEN i = 1 THEN 'sysadmin' ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) END AS username,
       CASE WHEN i <= 205 THEN 'staff' WHEN i <= 225 THEN 'guest' ELSE 'remote' END AS kind, fixture_gen.phone('mph', i) AS phone
FROM (SELECT i, fixture_gen.first_name('mmu', i) AS f, fixture_gen.last_name('mmul', i) AS l FROM generate_series(1, 236) i) x;
UPDATE fixture_gen.p p SET username = p.username || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY username ORDER BY i) AS rn FROM fixture_gen.p) d WHERE d.i = p.i AND d.rn > 1;
ALTER TABLE fixture_gen.p ADD COLUMN id text, ADD COLUMN email text, ADD COLUMN auth text, ADD COLUMN authdata text, ADD COLUMN position text;
UPDATE fixture_gen.p SET id = fixture_gen.mmid('uid', i),
    email = CASE WHEN i = 1 THEN 'it-ops@tidewater.example' WHEN kind = 'staff' THEN username || '@tidewater.example'
                 WHEN kind = 'guest' THEN username || '@' || CASE WHEN i % 2 = 0 THEN 'harbor-analytics.example' ELSE 'quayside-legal.example' END
                 ELSE username || '@fernpoint.example' END,
    auth = CASE WHEN kind <> 'staff' OR i = 1 THEN '' WHEN i % 10 < 7 THEN 'ldap' WHEN i % 10 < 9 THEN 'saml' ELSE '' END,
    position = CASE WHEN kind = 'staff' AND i % 3 <> 0 THEN fixture_gen.pick(ARRAY['Software Engineer', 'Senior Software Engineer', 'Engineering Manager', 'Product Manager',
                        'QA Engineer', 'DevOps Engineer', 'Data Scientist', 'UX Designer', 'HR Business Partner', 'Office Manager', 'Account Executive', 'Support Engineer',
                        'Head of People', 'Staff Engineer', 'Working Student'], 'pos', i)
                    WHEN kind = 'guest' AND i % 2 = 1 THEN fixture_gen.pick(ARRAY['Counsel', 'Paralegal', 'Consultant'], 'gpos', i) ELSE '' END;
UPDATE fixture_gen.p SET authdata = CASE auth WHEN 'ldap' THEN substr(fixture_gen.ascii(first), 1, 1) || substr(fixture_gen.ascii(last), 1, 11) || CASE WHEN i % 9 = 0 THEN (i % 10)::text ELSE '' END
                                             WHEN 'saml' THEN email END;
UPDATE fixture_gen.p p SET authdata = p.authdata || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY authdata ORDER BY i) AS rn FROM fixture_gen.p WHERE auth = 'ldap') d WHERE d.i = p.i AND d.rn > 1;

CREATE TABLE fixture_gen.bot AS
SELECT k AS i, fixture_gen.mmid('bot', k) AS id, u AS username, d AS display, descr FROM (VALUES
    (1, 'jenkins', 'Jenkins', 'Posts CI build results to ~ci-builds.'), (2, 'github', 'GitHub', 'Created by the GitHub plugin.'),
    (3, 'playbooks', 'Playbooks', 'Playbooks bot.'), (4, 'calls', 'Calls', 'Calls Bot'), (5, 'feedbackbot', 'Feedbackbot', 'Feedbackbot collects user feedback to improve Mattermost. Learn more.'),
    (6, 'system-bot', 'System', ''), (7, 'pagerduty', 'PagerDuty', 'Incident alerts from PagerDuty'), (8, 'standup-raven', 'Standup Raven', 'Collects daily standups.')) v(k, u, d, descr);

CREATE TABLE users (
    id varchar(26) PRIMARY KEY, createat bigint, updateat bigint, deleteat bigint, username varchar(64) UNIQUE, password varchar(128), authdata varchar(128) UNIQUE,
    authservice varchar(32), email varchar(128) UNIQUE, nickname varchar(64), firstname varchar(64), lastname varchar(64), position varchar(128), roles varchar(256),
    props jsonb, notifyprops jsonb, lastpictureupdate bigint, failedattempts integer, locale varchar(5), timezone jsonb, mfaactive boolean, mfasecret varchar(128),
    remoteid varchar(26), lastlogin bigint NOT NULL DEFAULT 0
);
INSERT INTO users
SELECT p.id, c.cr, c.cr + fixture_gen.n('uup', p.i, 900000000), CASE WHEN p.i % 41 = 0 THEN c.cr + 34560000000 ELSE 0 END,
       CASE WHEN p.kind = 'remote' THEN p.username || ':fernpoint' ELSE p.username END,
       CASE WHEN p.auth = '' AND p.kind <> 'remote' THEN replace(fixture_gen.bcrypt('mpw', p.i), '$12$', '$10$') ELSE '' END, p.authdata, p.auth, p.email,
       CASE WHEN p.kind = 'staff' AND p.i % 4 = 1 THEN fixture_gen.pick(ARRAY[p.first, lower(p.first), p.first || ' ' || left(p.last, 1) || '.', left(p.first, 3)], 'nick', p.i) ELSE '' END,
       p.first, p.last, p.position,
       CASE WHEN p.i IN (1, 2, 3) THEN 'system_admin system_user' WHEN p.kind = 'guest' THEN 'system_guest' WHEN p.i % 50 = 7 THEN 'system_user system_user_manager' ELSE 'system_user' END,
       CASE WHEN p.kind = 'remote' THEN jsonb_build_object('RemoteEmail', p.email, 'RemoteUsername', p.username)
            WHEN p.i % 6 = 0 THEN jsonb_build_object('customStatus', jsonb_build_object('emoji', s.emoji, 'text', s.txt, 'duration', s.dur,
                     'expires_at', to_char(to_timestamp(c.cr / 1000 + 86400 * 900) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text)
            WHEN p.i % 6 = 3 THEN '{"show_last_active": "false"}'::jsonb ELSE '{}'::jsonb END,
       jsonb_build_object('channel', 'true', 'comments', fixture_gen.pick(ARRAY['never', 'root', 'any'], 'ncm', p.i), 'desktop', fixture_gen.pick(ARRAY['mention', 'mention', 'all', 'none'], 'nde', p.i),
           'desktop_sound', 'true', 'email', CASE WHEN p.i % 3 = 0 THEN 'false' ELSE 'true' END, 'first_name', CASE WHEN p.i % 3 = 0 THEN 'true' ELSE 'false' END,
           'mention_keys', lower(p.first) || ',@' || p.username || CASE WHEN p.i % 5 = 0 THEN ',' || lower(p.last) ELSE '' END, 'push', 'mention', 'push_status', 'away',
           'auto_responder_active', CASE WHEN p.i % 17 = 0 THEN 'true' ELSE 'false' END,
           'auto_responder_message', CASE WHEN p.i % 17 = 0 THEN fixture_gen.pick(ARRAY['I am on leave until 3 June. For anything urgent contact ' || o.fn || ' (' || o.phone || ').',
                   'Out sick today, back tomorrow.', 'On parental leave until September. Please write to ' || o.email || ' instead.'], 'oof', p.i)
               ELSE 'Hello, I am out of office and unable to respond to messages.' END),
       CASE WHEN p.i % 3 = 0 THEN fixture_gen.ms('lpu', p.i) ELSE 0 END, CASE WHEN p.i % 23 = 0 THEN 1 + p.i % 3 ELSE 0 END,
       CASE WHEN p.kind = 'staff' THEN fixture_gen.pick(ARRAY['en', 'en', 'en', 'de', 'pt-BR', 'fr', 'es'], 'loc', p.i) ELSE 'en' END,
       jsonb_build_object('automaticTimezone', fixture_gen.pick(ARRAY['Europe/London', 'Europe/Lisbon', 'Europe/Berlin', 'Asia/Kolkata', 'America/New_York', ''], 'tz', p.i),
           'manualTimezone', CASE WHEN p.i % 11 = 0 THEN 'Europe/Madrid' ELSE '' END, 'useAutomaticTimezone', CASE WHEN p.i % 11 = 0 THEN 'false' ELSE 'true' END),
       p.i % 5 = 0 AND p.auth = '', CASE WHEN p.i % 5 = 0 AND p.auth = '' THEN fixture_gen.chars('mfa', p.i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') ELSE '' END,
       CASE WHEN p.kind = 'remote' THEN fixture_gen.mmid('rc', 1) END, CASE WHEN p.kind = 'remote' THEN 0 ELSE fixture_gen.ms('ull', p.i) END
FROM fixture_gen.p p JOIN fixture_gen.p o ON o.i = 2 + (p.i * 13) % 200,
LATERAL (SELECT 1546300800000 + fixture_gen.n('ucr', p.i, 150000000)::bigint * 1000 AS cr) c,
LATERAL (SELECT (ARRAY['face_with_thermometer', 'calendar', 'baby', 'car', 'house', 'hospital', 'palm_tree', 'headphones'])[k] AS emoji,
                (ARRAY['Out sick', 'In a meeting', 'On parental leave until June', 'Commuting', 'Working from Lisbon this week', 'At the physio, back at 2pm',
                       'On holiday, ask ' || o.first || ' for anything urgent', 'Focus time'])[k] AS txt,
                (ARRAY['today', 'one_hour', 'date_and_time', 'thirty_minutes', 'this_week', 'four_hours', 'date_and_time', 'four_hours'])[k] AS dur
         FROM (SELECT 1 + fixture_gen.n('cst', p.i, 8) AS k) kk) s
UNION ALL
SELECT b.id, 1600000000000 + b.i::bigint * 86400000, 1700000000000 + b.i::bigint * 86400000, 0, b.username, '', NULL, '', b.username || '@localhost', '', b.display, '', '', 'system_user',
       '{}'::jsonb, '{"channel": "true", "comments": "never", "desktop": "mention", "desktop_sound": "true", "email": "true", "first_name": "false", "mention_keys": "", "push": "mention", "push_status": "away"}'::jsonb,
       CASE WHEN b.i IN (1, 7) THEN 1600000000000 + b.i::bigint * 86400000 ELSE 0 END, 0, 'en', '{"automaticTimezone": "", "manualTimezone": "", "useAutomaticTimezone": "true"}'::jsonb, false, '', NULL, 0
FROM fixture_gen.bot b;

CREATE TABLE bots (
    userid varchar(26) PRIMARY KEY, description varchar(1024), ownerid varchar(190), createat bigint, deleteat bigint
);
INSERT INTO bots SELECT b.id, b.descr, CASE WHEN b.i IN (2) THEN 'github' WHEN b.i = 3 THEN 'playbooks' WHEN b.i = 4 THEN 'com.mattermost.calls' WHEN b.i = 5 THEN 'com.mattermost.nps'
    WHEN b.i = 6 THEN '' ELSE fixture_gen.mmid('uid', 2 + b.i) END, 1600000000000 + b.i::bigint * 86400000, CASE WHEN b.i = 8 THEN 1710000000000 ELSE 0 END FROM fixture_gen.bot b;

-- Sessions: the token is the bearer credential (the MMAUTHTOKEN cookie);
-- the id only keys the row. Mobile sessions carry the push device id.
CREATE TABLE sessions (
    id varchar(26) PRIMARY KEY, token varchar(26), createat bigint, expiresat bigint, lastactivityat bigint, userid varchar(26), deviceid varchar(512), roles varchar(256), props jsonb
);
INSERT INTO sessions
SELECT fixture_gen.mmid('sid', t), fixture_gen.mmid('stok', t), c.cr, c.cr + CASE WHEN t % 4 = 0 THEN 15552000000 ELSE 2592000000 END, c.cr + fixture_gen.n('sla', t, 86400000),
       p.id, CASE WHEN t % 4 <> 0 THEN '' WHEN t % 8 = 0 THEN 'android_rn-v2:' || fixture_gen.chars('fcm', t, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
                || ':APA91b' || fixture_gen.chars('fcm2', t, 134, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
           ELSE 'apple_rn-v2:' || fixture_gen.hexn('apns', t, 64) END,
       CASE WHEN p.i IN (1, 2, 3) THEN 'system_admin system_user' WHEN p.kind = 'guest' THEN 'system_guest' ELSE 'system_user' END,
       jsonb_build_object('browser', CASE WHEN t % 4 = 0 THEN 'Mobile App/2.' || (14 + t % 4) || '.0' ELSE fixture_gen.ua('sbr', t) END, 'csrf', fixture_gen.mmid('csrf', t),
           'isMobile', (t % 4 = 0)::text, 'isSaml', (p.auth = 'saml')::text, 'is_guest', (p.kind = 'guest')::text,
           'os', CASE WHEN t % 8 = 0 THEN 'Android' WHEN t % 4 = 0 THEN 'iOS' ELSE fixture_gen.pick(ARRAY['Windows 10', 'Mac OS', 'Linux', 'Windows 10'], 'sos', t) END,
           'platform', CASE WHEN t % 8 = 0 THEN 'Linux' WHEN t % 4 = 0 THEN 'iPhone' ELSE fixture_gen.pick(ARRAY['Windows', 'Macintosh', 'Linux', 'Windows'], 'sos', t) END)
FROM generate_series(1, 560) t JOIN fixture_gen.p p ON p.i = 1 + fixture_gen.n('su', t, 225), LATERAL (SELECT 1704067200000 + fixture_gen.n('scr', t, 30000000)::bigint * 1000 AS cr) c
UNION ALL
SELECT fixture_gen.mmid('sid', 1000 + k), fixture_gen.mmid('stok', 1000 + k), 1710000000000 + k::bigint * 3600000, 0, 1714900000000 + k::bigint * 60000, b.id, '', 'system_user',
       jsonb_build_object('type', 'UserAccessToken', 'user_access_token_id', fixture_gen.mmid('uatid', k), 'csrf', '', 'is_guest', 'false')
FROM generate_series(1, 4) k JOIN fixture_gen.bot b ON b.i = CASE WHEN k % 2 = 0 THEN 1 ELSE 7 END;

CREATE TABLE useraccesstokens (
    id varchar(26) PRIMARY KEY, token varchar(26) UNIQUE, userid varchar(26), description varchar(512), isactive boolean
);
INSERT INTO useraccesstokens
SELECT fixture_gen.mmid('uatid', k), fixture_gen.mmid('uattok', k), CASE WHEN k <= 4 THEN (SELECT id FROM fixture_gen.bot WHERE i = CASE WHEN k % 2 = 0 THEN 1 ELSE 7 END) ELSE fixture_gen.mmid('uid', 2 + fixture_gen.n('uatu', k, 200)) END,
       fixture_gen.pick(ARRAY['jenkins ci', 'PagerDuty integration', 'grafana alerts', 'n8n workflows', 'export script', 'mmctl on my laptop', 'Zapier', 'standup reminders', 'load test'], 'uatd', k), k % 6 <> 0
FROM generate_series(1, 24) k;

-- Tokens: password reset, email verification and invitations; extra is JSON.
CREATE TABLE tokens (
    token varchar(64) PRIMARY KEY, createat bigint, type varchar(64), extra varchar(2048)
);
INSERT INTO tokens
SELECT fixture_gen.chars('tok', t, 64, 'abcdefghijklmnopqrstuvwxyz0123456789'), 1714000000000 + t::bigint * 7200000, ty,
       CASE ty WHEN 'password_recovery' THEN json_build_object('UserId', p.id, 'Email', p.email)::text
               WHEN 'verify_email' THEN json_build_object('UserId', p.id, 'Email', p.email)::text
               WHEN 'team_invitation' THEN json_build_object('teamId', fixture_gen.mmid('team', 1 + t % 4), 'email', lower(fixture_gen.first_name('inv', t)) || '.' || fixture_gen.ascii(fixture_gen.last_name('invl', t)) || '@tidewater.example')::text
               ELSE json_build_object('teamId', fixture_gen.mmid('team', 5), 'channels', fixture_gen.mmid('ch', 30 + t % 3), 'email', fixture_gen.ascii(fixture_gen.first_name('ginv', t)) || '@' || fixture_gen.pick(ARRAY['harbor-analytics.example', 'quayside-legal.example', 'freemail.example'], 'gid', t),
                   'guest', 'true', 'senderId', p.id, 'message', CASE WHEN t % 2 = 0 THEN 'Hi, this is the channel for the contract review.' ELSE '' END)::text END
FROM generate_series(1, 46) t JOIN fixture_gen.p p ON p.i = 2 + fixture_gen.n('tku', t, 224),
LATERAL (SELECT (ARRAY['password_recovery', 'password_recovery', 'verify_email', 'team_invitation', 'guest_invitation'])[1 + fixture_gen.n('tty', t, 5)] AS ty) y;

CREATE TABLE status (
    userid varchar(26) PRIMARY KEY, status varchar(32), manual boolean, lastactivityat bigint, dndendtime bigint
);
INSERT INTO status
SELECT id, fixture_gen.pick(ARRAY['online', 'away', 'offline', 'offline', 'dnd'], 'sts', i), i % 7 = 0, fixture_gen.ms('stl', i), CASE WHEN i % 19 = 0 THEN 1715000000 + i * 60 ELSE 0 END
FROM fixture_gen.p WHERE kind <> 'remote';

-- Teams and channels.
CREATE TABLE fixture_gen.team AS
SELECT k, fixture_gen.mmid('team', k) AS id, dn, nm, descr, em, co, dom, ty FROM (VALUES
    (1, 'Tidewater', 'tidewater', '', 'it-ops@tidewater.example', 'Tidewater Labs', 'tidewater.example', 'I'),
    (2, 'Engineering', 'engineering', 'Everything engineering: builds, releases, incidents.', (SELECT email FROM fixture_gen.p WHERE i = 14), 'Tidewater Labs', 'tidewater.example', 'I'),
    (3, 'Sales & Support', 'sales-support', 'Deals, renewals and escalations.', 'sales-ops@tidewater.example', '', 'tidewater.example', 'I'),
    (4, 'People Ops', 'people-ops', 'HR, recruiting and office matters.', (SELECT email FROM fixture_gen.p WHERE i = 33), 'Tidewater Labs', '', 'I'),
    (5, 'Partners', 'partners', 'Shared workspace with Harbor Analytics, Quayside Legal and Fernpoint Design.', 'partnerships@tidewater.example', '', '', 'I')) v(k, dn, nm, descr, em, co, dom, ty);

CREATE TABLE teams (
    id varchar(26) PRIMARY KEY, createat bigint, displayname varchar(64), name varchar(64) UNIQUE, description varchar(255), email varchar(128), type varchar(255),
    companyname varchar(64), alloweddomains text, inviteid varchar(32)
);
INSERT INTO teams SELECT id, 1546300800000 + k::bigint * 86400000 * 30, dn, nm, descr, em, ty, co, dom, fixture_gen.mmid('inv', k) FROM fixture_gen.team;

CREATE TABLE teammembers (
    teamid varchar(26), userid varchar(26), roles varchar(64), deleteat bigint, PRIMARY KEY (teamid, userid)
);
INSERT INTO teammembers
SELECT t.id, p.id, CASE WHEN p.i IN (1, 14, 33) THEN 'team_user team_admin' WHEN p.kind = 'guest' THEN 'team_guest' ELSE 'team_user' END, CASE WHEN p.i % 41 = 0 THEN 1700000000000 ELSE 0 END
FROM fixture_gen.team t JOIN fixture_gen.p p ON (t.k = 1 AND p.kind = 'staff') OR (t.k = 5 AND (p.kind <> 'staff' OR p.i % 9 = 0)) OR (t.k IN (2, 3, 4) AND p.kind = 'staff' AND fixture_gen.n('tm', p.i, 4) = t.k - 1)
UNION ALL SELECT (SELECT id FROM fixture_gen.team WHERE k = 2), b.id, 'team_user', 0 FROM fixture_gen.bot b WHERE b.i IN (1, 2, 3, 7);

CREATE TABLE fixture_gen.ch (k int, id text, team int, type text, displayname text, name text, header text, purpose text, members int[]);
INSERT INTO fixture_gen.ch
SELECT k, fixture_gen.mmid('ch', k), team, ty, dn, nm, hd, pu, ARRAY(SELECT i FROM fixture_gen.p p WHERE CASE WHEN k >= 30 THEN p.kind <> 'staff' AND (k <> 32 OR p.kind = 'remote') OR p.i % 9 = 0
                                                                              ELSE p.kind = 'staff' AND fixture_gen.n('cm' || k, p.i, 100) < pct END ORDER BY i)
FROM (VALUES
    (1, 1, 'O', 'Town Square', 'town-square', '', '', 100), (2, 1, 'O', 'Off-Topic', 'off-topic', '', '', 90),
    (3, 1, 'O', 'Announcements', 'announcements', 'Company news. Post in threads, please.', 'Company-wide announcements', 95),
    (4, 2, 'O', 'dev', 'dev', 'Build status: https://ci.tidewater.example | Runbooks: https://wiki.tidewater.example/runbooks', 'Day-to-day engineering chat', 60),
    (5, 2, 'O', 'Releases', 'releases', 'Next release: 9.6 on the 14th', '', 50),
    (6, 2, 'O', 'Incidents', 'incidents', 'On-call this week: @' || (SELECT username FROM fixture_gen.p WHERE i = 21) || ' (' || (SELECT phone FROM fixture_gen.p WHERE i = 21) || '), backup @' || (SELECT username FROM fixture_gen.p WHERE i = 48),
        'Production incidents. Page the on-call person by phone if nobody answers here within 10 minutes.', 45),
    (7, 2, 'O', 'ci-builds', 'ci-builds', '', 'Jenkins and GitHub notifications', 30), (8, 2, 'O', 'design', 'design', 'Figma: https://figma.example/team/tidewater', '', 25),
    (9, 3, 'O', 'sales', 'sales', 'Q2 target: 1.2M ARR', '', 25), (10, 3, 'O', 'support-escalations', 'support-escalations', '', 'Tier 2 escalations from the help desk', 30),
    (11, 1, 'O', 'Lisbon office', 'lisbon-office', 'Office hours 9-18. Parking spots: ask ' || (SELECT fn FROM fixture_gen.p WHERE i = 52), '', 20),
    (12, 1, 'O', 'Berlin office', 'berlin-office', '', 'Kiez lunch and office stuff', 15), (13, 1, 'O', 'Pune office', 'pune-office', '', '', 15),
    (14, 1, 'O', 'book-club', 'book-club', 'This month: The Phoenix Project', '', 10), (15, 1, 'O', 'random', 'random', '', '', 70),
    (16, 1, 'P', 'Leadership', 'leadership', '', 'Exec team only', 5), (17, 4, 'P', 'HR confidential', 'hr-confidential', '', 'Cases, sick leave and contracts. Do not forward.', 4),
    (18, 4, 'P', 'Payroll 2024', 'payroll-2024', 'Cut-off for changes: 20th of each month', '', 3),
    (19, 4, 'P', 'Onboarding – ' || (SELECT fn FROM fixture_gen.p WHERE i = 198), 'onboarding-' || (SELECT fixture_gen.ascii(first) || '-' || fixture_gen.ascii(last) FROM fixture_gen.p WHERE i = 198),
        '', 'Everything ' || (SELECT first FROM fixture_gen.p WHERE i = 198) || ' needs for the first weeks: laptop, accounts, buddy.', 3),
    (20, 4, 'P', 'Onboarding – ' || (SELECT fn FROM fixture_gen.p WHERE i = 201), 'onboarding-' || (SELECT fixture_gen.ascii(first) || '-' || fixture_gen.ascii(last) FROM fixture_gen.p WHERE i = 201),
        '', 'Onboarding of ' || (SELECT first FROM fixture_gen.p WHERE i = 201) || ', starts 2 April in Berlin.', 3),
    (21, 4, 'P', 'Onboarding – ' || (SELECT fn FROM fixture_gen.p WHERE i = 204), 'onboarding-' || (SELECT fixture_gen.ascii(first) || '-' || fixture_gen.ascii(last) FROM fixture_gen.p WHERE i = 204),
        '', '', 3),
    (22, 3, 'P', 'Deal – Harbor Analytics', 'deal-harbor-analytics', '', 'Renewal negotiation', 6), (23, 2, 'P', 'security', 'security', '', 'Vulnerability reports and pentest findings', 5),
    (30, 5, 'P', 'Harbor Analytics project', 'harbor-analytics-project', '', 'Data migration with Harbor Analytics', 0),
    (31, 5, 'P', 'Quayside contract review', 'quayside-contract-review', '', '', 0),
    (32, 5, 'P', 'Fernpoint redesign', 'fernpoint-redesign', 'Shared with Fernpoint Design', '', 0)) v(k, team, ty, dn, nm, hd, pu, pct);
-- Direct messages: name is the two user ids, display name empty.
INSERT INTO fixture_gen.ch
SELECT DISTINCT ON (nm) 100 + k, fixture_gen.mmid('ch', 100 + k), 0, 'D', '', nm, '', '', ARRAY[a, b]
FROM (SELECT k, a.i AS a, b.i AS b, least(a.id, b.id) || '__' || greatest(a.id, b.id) AS nm
      FROM generate_series(1, 170) k JOIN fixture_gen.p a ON a.i = 1 + fixture_gen.n('dma', k, 225) JOIN fixture_gen.p b ON b.i = 1 + fixture_gen.n('dmb', k, 225) WHERE a.i <> b.i) d
ORDER BY nm, k;
-- Group messages: display name is the members' usernames, name a hash of their ids.
INSERT INTO fixture_gen.ch
SELECT 400 + k, fixture_gen.mmid('ch', 400 + k), 0, 'G', (SELECT string_agg(username, ', ' ORDER BY username) FROM fixture_gen.p WHERE i = ANY (m)), fixture_gen.hexn('gm', k, 40), '', '', m
FROM (SELECT k, ARRAY(SELECT DISTINCT 2 + fixture_gen.n('gmm' || s, k, 204) FROM generate_series(1, 3 + k % 2) s) AS m FROM generate_series(1, 18) k) g;

CREATE TABLE channels (
    id varchar(26) PRIMARY KEY, createat bigint, deleteat bigint, teamid varchar(26), type varchar(1), displayname varchar(64), name varchar(64), header varchar(1024),
    purpose varchar(250), lastpostat bigint, totalmsgcount bigint, creatorid varchar(26)
);

CREATE TABLE channelmembers (
    channelid varchar(26), userid varchar(26), roles varchar(256), lastviewedat bigint, msgcount bigint, mentioncount bigint, notifyprops jsonb, PRIMARY KEY (channelid, userid)
);
INSERT INTO channelmembers
SELECT c.id, p.id, CASE WHEN p.kind = 'guest' THEN 'channel_guest' WHEN m.o = 1 AND c.type IN ('O', 'P') THEN 'channel_user channel_admin' ELSE 'channel_user' END,
       1714000000000 + fixture_gen.n('clv' || c.k, p.i, 900000000), fixture_gen.n('cmc' || c.k, p.i, 400), fixture_gen.n('cmn' || c.k, p.i, 7) / 5,
       jsonb_build_object('desktop', 'default', 'email', 'default', 'ignore_channel_mentions', 'default', 'mark_unread', CASE WHEN fixture_gen.n('cmu' || c.k, p.i, 8) = 0 THEN 'mention' ELSE 'all' END,
           'push', CASE WHEN fixture_gen.n('cmp' || c.k, p.i, 9) = 0 THEN 'none' ELSE 'default' END)
FROM fixture_gen.ch c, unnest(c.members) WITH ORDINALITY AS m(i, o) JOIN fixture_gen.p p ON p.i = m.i;

-- Posts: chat in every kind of channel, system messages, webhook posts.
CREATE TABLE fixture_gen.post AS
SELECT t, fixture_gen.mmid('post', t) AS id, c.k AS ck, c.id AS cid, u.i AS ui, u.id AS uid, 1704067200000 + fixture_gen.n('pcr', t, 2000000)::bigint * 6000 AS cr,
       NULL::text AS root, fixture_gen.chat('msg', t, o.fn, o.username, o.phone, o.email) AS msg, '' AS type, '{}'::jsonb AS props
FROM generate_series(1, 1300) t
JOIN fixture_gen.ch c ON c.k = (SELECT k FROM fixture_gen.ch ORDER BY k OFFSET fixture_gen.n('pch', t, (SELECT count(*) FROM fixture_gen.ch)::int) LIMIT 1)
JOIN fixture_gen.p u ON u.i = c.members[1 + fixture_gen.n('pus', t, cardinality(c.members))]
JOIN fixture_gen.p o ON o.i = 2 + fixture_gen.n('pot', t, 235);
-- replies to earlier posts of the same channel
INSERT INTO fixture_gen.post
SELECT 2000 + j, fixture_gen.mmid('post', 2000 + j), r.ck, r.cid, u.i, u.id, r.cr + 60000 * (1 + fixture_gen.n('prc', j, 600)), r.id,
       fixture_gen.chat('rep', j, o.fn, o.username, o.phone, o.email), '', '{}'::jsonb
FROM generate_series(1, 420) q(j) JOIN fixture_gen.post r ON r.t = 1 + fixture_gen.n('prr', j, 1300) JOIN fixture_gen.ch c ON c.k = r.ck
JOIN fixture_gen.p u ON u.i = c.members[1 + fixture_gen.n('pru', j, cardinality(c.members))] JOIN fixture_gen.p o ON o.i = 2 + fixture_gen.n('pro', j, 235);
-- system messages
INSERT INTO fixture_gen.post
SELECT 3000 + t, fixture_gen.mmid('post', 3000 + t), c.k, c.id, u.i, u.id, 1704067200000 + fixture_gen.n('psc', t, 2000000)::bigint * 6000, NULL,
       CASE WHEN t % 3 = 0 THEN '@' || a.username || ' added to the channel by @' || u.username || '.' ELSE '@' || u.username || ' joined the channel.' END,
       CASE WHEN t % 3 = 0 THEN 'system_add_to_channel' ELSE 'system_join_channel' END,
       CASE WHEN t % 3 = 0 THEN jsonb_build_object('addedUserId', a.id, 'addedUsername', a.username, 'userId', u.id, 'username', u.username) ELSE jsonb_build_object('username', u.username) END
FROM generate_series(1, 150) t JOIN fixture_gen.ch c ON c.k = 1 + fixture_gen.n('psch', t, 23) JOIN fixture_gen.p u ON u.i = c.members[1 + fixture_gen.n('psu', t, cardinality(c.members))]
JOIN fixture_gen.p a ON a.i = c.members[1 + fixture_gen.n('psa', t, cardinality(c.members))];
-- webhook posts: build results and alerts, with attachments in props
INSERT INTO fixture_gen.post
SELECT 4000 + t, fixture_gen.mmid('post', 4000 + t), CASE WHEN t % 4 = 0 THEN 6 ELSE 7 END, fixture_gen.mmid('ch', CASE WHEN t % 4 = 0 THEN 6 ELSE 7 END),
       b.i, b.id, 1704067200000 + fixture_gen.n('pwc', t, 2000000)::bigint * 6000, NULL, '', '',
       CASE WHEN t % 4 = 0 THEN jsonb_build_object('from_webhook', 'true', 'override_username', 'PagerDuty', 'attachments', jsonb_build_array(jsonb_build_object(
                'color', '#E01E5A', 'fallback', '[Triggered] High error rate on checkout-api', 'title', 'Incident #' || (800 + t) || ': High error rate on checkout-api',
                'title_link', 'https://tidewater.pagerduty.example/incidents/P' || fixture_gen.chars('pdi', t, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
                'text', 'Assigned to ' || a.fn || ' — escalation policy Primary', 'fields', jsonb_build_array(jsonb_build_object('short', true, 'title', 'Urgency', 'value', 'high'))))) 
            ELSE jsonb_build_object('from_webhook', 'true', 'override_username', 'Jenkins', 'override_icon_url', 'https://ci.tidewater.example/static/jenkins.png', 'attachments', jsonb_build_array(jsonb_build_object(
                'color', CASE WHEN t % 3 = 0 THEN '#E01E5A' ELSE '#2EB67D' END, 'fallback', 'Build #' || (5000 + t) || CASE WHEN t % 3 = 0 THEN ' failed' ELSE ' succeeded' END,
                'title', 'checkout-service #' || (5000 + t), 'title_link', 'https://ci.tidewater.example/job/checkout-service/' || (5000 + t) || '/',
                'author_name', a.fn, 'text', 'Commit ' || fixture_gen.hexn('sha', t, 7) || ' by ' || a.fn || ' <' || a.email || '>: ' || fixture_gen.pick(ARRAY['fix retry backoff', 'bump dependencies', 'add metrics to the payment client', 'revert flaky test change'], 'cm', t)))) END
FROM generate_series(1, 160) t JOIN fixture_gen.bot b ON b.i = CASE WHEN t % 4 = 0 THEN 7 ELSE 1 END JOIN fixture_gen.p a ON a.i = 2 + fixture_gen.n('pwa', t, 200);

CREATE TABLE posts (
    id varchar(26) PRIMARY KEY, createat bigint, editat bigint, deleteat bigint, ispinned boolean, userid varchar(26), channelid varchar(26), rootid varchar(26),
    message varchar(65535), type varchar(26), props jsonb, hashtags varchar(1000), filenames varchar(4000), fileids varchar(300)
);
INSERT INTO posts
SELECT p.id, p.cr, CASE WHEN p.t % 13 = 0 THEN p.cr + 120000 ELSE 0 END, CASE WHEN p.t % 47 = 0 THEN p.cr + 600000 ELSE 0 END, p.t % 61 = 0, p.uid, p.cid, coalesce(p.root, ''),
       CASE WHEN p.t % 19 = 0 AND p.type = '' AND p.msg <> '' THEN p.msg || ' #release' ELSE p.msg END, p.type,
       CASE WHEN p.type = '' AND p.props = '{}' AND p.t % 11 = 0 THEN '{"disable_group_highlight": true}'::jsonb ELSE p.props END,
       CASE WHEN p.t % 19 = 0 AND p.type = '' AND p.msg <> '' THEN '#release' ELSE '' END, '[]',
       CASE WHEN p.t % 9 = 4 AND p.type = '' THEN '["' || fixture_gen.mmid('file', p.t) || '"]' ELSE '[]' END
FROM fixture_gen.post p;
INSERT INTO channels
SELECT c.id, coalesce((SELECT min(cr) FROM fixture_gen.post WHERE ck = c.k), 1700000000000) - 86400000, CASE WHEN c.k = 14 THEN 1712000000000 ELSE 0 END,
       CASE WHEN c.team = 0 THEN '' ELSE fixture_gen.mmid('team', c.team) END, c.type, c.displayname, c.name, c.header, c.purpose,
       coalesce((SELECT max(cr) FROM fixture_gen.post WHERE ck = c.k), 0), (SELECT count(*) FROM fixture_gen.post WHERE ck = c.k),
       CASE WHEN c.type IN ('O', 'P') THEN fixture_gen.mmid('uid', c.members[1]) ELSE '' END
FROM fixture_gen.ch c;

CREATE TABLE threads (
    postid varchar(26) PRIMARY KEY, replycount bigint, lastreplyat bigint, participants jsonb, channelid varchar(26)
);
INSERT INTO threads
SELECT r.id, count(*), max(p.cr), jsonb_agg(DISTINCT p.uid), r.cid FROM fixture_gen.post p JOIN fixture_gen.post r ON r.id = p.root GROUP BY r.id, r.cid;

CREATE TABLE reactions (
    userid varchar(26), postid varchar(26), emojiname varchar(64), createat bigint, PRIMARY KEY (postid, userid, emojiname)
);
INSERT INTO reactions
SELECT DISTINCT ON (p.id, u.id, e) u.id, p.id, e, p.cr + 30000 * (1 + j % 50)
FROM generate_series(1, 700) q(j) JOIN fixture_gen.post p ON p.t = 1 + fixture_gen.n('rp', j, 1300) JOIN fixture_gen.ch c ON c.k = p.ck
JOIN fixture_gen.p u ON u.i = c.members[1 + fixture_gen.n('ru', j, cardinality(c.members))],
LATERAL (SELECT fixture_gen.pick(ARRAY['+1', '+1', 'heart', 'tada', 'eyes', 'joy', 'white_check_mark', 'pray', 'shipit', 'partyparrot', 'raised_hands'], 're', j) AS e) x
ORDER BY p.id, u.id, e;

CREATE TABLE drafts (
    createat bigint, updateat bigint, userid varchar(26), channelid varchar(26), rootid varchar(26) DEFAULT '', message varchar(65535), props varchar(8000),
    PRIMARY KEY (userid, channelid, rootid)
);
INSERT INTO drafts
SELECT DISTINCT ON (u.id, c.id) 1714000000000 + t::bigint * 3600000, 1714000000000 + t::bigint * 3600000 + 120000, u.id, c.id, '',
       CASE WHEN t % 4 = 0 THEN '' ELSE fixture_gen.pick(ARRAY['I think we should', 'Hey ' || o.first || ', quick question about the invoice —',
           'Can you send me your private email so I can share the offer letter? Mine is ' || o.email, 'the root cause was the connection pool size',
           'Sorry to hear about your dad, take all the time you need.', 'Drafting the postmortem: timeline, impact, actions', o.first || ' said she can be reached on ' || o.phone], 'dm', t) END,
       '{}'
FROM generate_series(1, 70) t JOIN fixture_gen.ch c ON c.k = (ARRAY[4, 6, 10, 17, 101, 105, 110, 120, 130, 150, 401, 404])[1 + t % 12]
JOIN fixture_gen.p u ON u.i = c.members[1 + fixture_gen.n('du', t, cardinality(c.members))] JOIN fixture_gen.p o ON o.i = 2 + fixture_gen.n('do', t, 200)
ORDER BY u.id, c.id, t;

-- Files: the path keeps the uploaded name; content is the text extracted
-- for search from PDFs and documents.
CREATE TABLE fileinfo (
    id varchar(26) PRIMARY KEY, creatorid varchar(26), postid varchar(26), channelid varchar(26), createat bigint, deleteat bigint, path varchar(512), thumbnailpath varchar(512),
    name varchar(256), extension varchar(64), size bigint, mimetype varchar(256), minipreview bytea, content text
);
INSERT INTO fileinfo
SELECT fixture_gen.mmid('file', p.t), p.uid, p.id, p.cid, p.cr - 2000, CASE WHEN p.t % 47 = 0 THEN p.cr + 600000 ELSE 0 END,
       to_char(to_timestamp(p.cr / 1000), 'YYYYMMDD') || '/teams/' || CASE WHEN c.team = 0 THEN 'noteam' ELSE fixture_gen.mmid('team', c.team) END || '/channels/' || p.cid || '/users/' || p.uid || '/' || fixture_gen.mmid('file', p.t) || '/' || f.name,
       CASE WHEN f.ext IN ('jpg', 'png') THEN to_char(to_timestamp(p.cr / 1000), 'YYYYMMDD') || '/teams/' || CASE WHEN c.team = 0 THEN 'noteam' ELSE fixture_gen.mmid('team', c.team) END || '/channels/' || p.cid || '/users/' || p.uid || '/' || fixture_gen.mmid('file', p.t) || '/' || regexp_replace(f.name, '\.[a-z]+$', '') || '_thumb.jpg' ELSE '' END,
       f.name, f.ext, 20000 + fixture_gen.n('fsz', p.t, 4000000),
       CASE f.ext WHEN 'pdf' THEN 'application/pdf' WHEN 'jpg' THEN 'image/jpeg' WHEN 'png' THEN 'image/png' WHEN 'docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                  WHEN 'xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN 'pptx' THEN 'application/vnd.openxmlformats-officedocument.presentationml.presentation' ELSE 'text/plain' END,
       CASE WHEN f.ext IN ('jpg', 'png') THEN '\xffd8ffe000104a46494600010100000100010000ffdb0043'::bytea || decode(fixture_gen.hexn('mini', p.t, 360), 'hex') END,
       CASE WHEN f.kind = 1 THEN 'Curriculum Vitae ' || o.fn || ' ' || o.email || ' ' || o.phone || ' Experience 2019–2024 ' || fixture_gen.pick(ARRAY['Backend Engineer', 'Data Analyst', 'Designer'], 'cvj', p.t) || ' at Lumen Retail Skills Go PostgreSQL Kubernetes Languages English Portuguese'
            WHEN f.kind = 3 THEN 'Dear ' || o.first || ', We are pleased to offer you the position of ' || fixture_gen.pick(ARRAY['Software Engineer', 'Product Manager', 'Support Engineer'], 'ofj', p.t) || ' at Tidewater Labs, starting on 2 April 2024, at an annual gross salary of EUR ' || (48000 + fixture_gen.n('sal', p.t, 40) * 1000) || '. Please sign and return by 15 March. Kind regards, People Team'
            WHEN f.kind = 4 THEN 'INVOICE HA-2024-' || (100 + p.t % 300) || ' Harbor Analytics Ltd Net 30 Consulting services March 2024 Total EUR ' || (3000 + p.t % 9000) || '.00 VAT reverse charge'
            WHEN f.kind = 6 THEN 'Q1 board update ARR growth 31% Churn 2.1% Hiring plan 14 roles Runway 26 months'
            WHEN f.kind = 9 THEN '2024-03-12T10:21:33Z ERROR checkout-service request failed status=502 upstream=payments-api latency=30001ms'
            ELSE '' END
FROM fixture_gen.post p JOIN fixture_gen.ch c ON c.k = p.ck JOIN fixture_gen.p o ON o.i = 2 + fixture_gen.n('fo', p.t, 235),
LATERAL (SELECT k AS kind, CASE k
        WHEN 1 THEN 'CV_' || replace(o.first, ' ', '_') || '_' || replace(o.last, ' ', '_') || '.pdf'
        WHEN 2 THEN 'Passport scan ' || o.fn || '.jpg'
        WHEN 3 THEN 'Offer letter - ' || o.fn || '.docx'
        WHEN 4 THEN 'invoice_HA-2024-' || (100 + p.t % 300) || '.pdf'
        WHEN 5 THEN 'IMG_2024' || lpad((1 + p.t % 12)::text, 2, '0') || lpad((1 + p.t % 28)::text, 2, '0') || '_' || fixture_gen.digits('img', p.t, 6) || '.jpg'
        WHEN 6 THEN 'Q1 board deck.pptx'
        WHEN 7 THEN 'Screenshot 2024-03-' || lpad((1 + p.t % 28)::text, 2, '0') || ' at 10.' || (10 + p.t % 50) || '.22.png'
        WHEN 8 THEN 'architecture-diagram-v' || (1 + p.t % 5) || '.png'
        WHEN 9 THEN 'build-' || (5000 + p.t) || '.log'
        ELSE 'payroll_' || to_char(to_timestamp(p.cr / 1000), 'YYYY_MM') || '.xlsx' END AS name
    FROM (SELECT 1 + fixture_gen.n('fk', p.t, 10) AS k) kk) f0,
LATERAL (SELECT f0.kind, f0.name, regexp_replace(f0.name, '^.*\.', '') AS ext) f
WHERE p.t % 9 = 4 AND p.type = '';

-- Uploads in progress (resumable uploads of the mobile and desktop apps).
CREATE TABLE uploadsessions (
    id varchar(26) PRIMARY KEY, createat bigint, userid varchar(26), channelid varchar(26), filename text, path text, filesize bigint
);
INSERT INTO uploadsessions
SELECT fixture_gen.mmid('upl', t), 1714990000000 + t::bigint * 60000, u.id, c.id, f.name,
       to_char(to_timestamp(1714990000 + t * 60), 'YYYYMMDD') || '/teams/noteam/channels/' || c.id || '/users/' || u.id || '/' || fixture_gen.mmid('upl', t) || '/' || f.name, 100000 + fixture_gen.n('ups', t, 9000000)
FROM generate_series(1, 24) t JOIN fixture_gen.ch c ON c.k = 100 + 3 * t JOIN fixture_gen.p u ON u.i = c.members[1] JOIN fixture_gen.p o ON o.i = 2 + fixture_gen.n('uo', t, 200),
LATERAL (SELECT CASE t % 4 WHEN 0 THEN 'VID_2024050' || (t % 9) || '_1822' || t || '.mp4' WHEN 1 THEN 'Payslip April ' || o.fn || '.pdf' WHEN 2 THEN 'site-survey-photos.zip' ELSE 'Sick note ' || o.first || '.pdf' END AS name) f;

CREATE TABLE emoji (
    id varchar(26) PRIMARY KEY, createat bigint, creatorid varchar(26), name varchar(64)
);
INSERT INTO emoji SELECT fixture_gen.mmid('emo', k), 1600000000000 + k::bigint * 86400000 * 11, fixture_gen.mmid('uid', 2 + fixture_gen.n('emu', k, 200)), e
FROM unnest(ARRAY['partyparrot', 'shipit', 'lgtm', 'this-is-fine', 'blob-wave', 'tidewater', 'coffee-parrot', 'kubernetes', 'postgres', 'facepalm-picard', 'rubber-duck', 'deploy-friday',
    'hotfix', 'thanks-team', 'pager', 'bug-squash', 'nyan', 'approved', 'pineapple-pizza', 'lisbon-tram', 'brezel', 'chai', 'bristol-balloon', 'dumpster-fire']) WITH ORDINALITY AS x(e, k);

CREATE TABLE linkmetadata (
    hash bigint PRIMARY KEY, url varchar(2048), timestamp bigint, type varchar(16), data jsonb
);
INSERT INTO linkmetadata
SELECT ('x' || substr(md5(u), 1, 15))::bit(60)::bigint, u, 1714000000000 + k::bigint * 3600000, CASE WHEN u ~ '\.png$' THEN 'image' ELSE 'opengraph' END,
       CASE WHEN u ~ '\.png$' THEN '{"width": 1200, "height": 630, "format": "png", "frame_count": 0}'::jsonb
            ELSE jsonb_build_object('type', 'website', 'url', u, 'title', t, 'description', 'Read more on ' || split_part(u, '/', 3), 'site_name', split_part(u, '/', 3)) END
FROM (VALUES (1, 'https://go.dev/blog/go1.22', 'Go 1.22 is released'), (2, 'https://www.postgresql.org/docs/16/release-16.html', 'PostgreSQL 16 release notes'),
    (3, 'https://github.com/mattermost/mattermost/releases', 'Releases · mattermost/mattermost'), (4, 'https://wiki.tidewater.example/runbooks/checkout', 'Checkout runbook'),
    (5, 'https://ci.tidewater.example/job/checkout-service/5120/', 'checkout-service #5120'), (6, 'https://status.tidewater.example', 'Tidewater status'),
    (7, 'https://figma.example/file/AbC123/Onboarding-flow', 'Onboarding flow – Figma'), (8, 'https://news.example.com/2024/03/eu-ai-act', 'The EU AI Act, explained'),
    (9, 'https://cdn.tidewater.example/brand/og-image.png', ''), (10, 'https://kubernetes.io/docs/concepts/workloads/pods/', 'Pods | Kubernetes'),
    (11, 'https://www.youtube.example/watch?v=dQw4w9WgXcQ', 'Quarterly all-hands recording'), (12, 'https://jira.tidewater.example/browse/CHK-2231', 'CHK-2231 Retry storms on payment timeout'),
    (13, 'https://docs.google.example/document/d/1xYz/edit', 'Postmortem 2024-03-12'), (14, 'https://www.lisboa.example/transportes/tram-28', 'Tram 28'),
    (15, 'https://grafana.tidewater.example/d/checkout/checkout?orgId=1', 'Checkout dashboard')) v(k, u, t);

-- Integrations. An incoming webhook's id is its secret: the URL is /hooks/<id>.
CREATE TABLE incomingwebhooks (
    id varchar(26) PRIMARY KEY, createat bigint, userid varchar(26), channelid varchar(26), teamid varchar(26), displayname varchar(64), description varchar(500), username varchar(255)
);
INSERT INTO incomingwebhooks
SELECT fixture_gen.mmid('inhook', k), 1650000000000 + k::bigint * 86400000 * 17, fixture_gen.mmid('uid', 2 + fixture_gen.n('ihu', k, 60)), fixture_gen.mmid('ch', ch), fixture_gen.mmid('team', tm), dn, d, un
FROM (VALUES (1, 7, 2, 'Jenkins', 'Build notifications for all pipelines', 'Jenkins'), (2, 6, 2, 'PagerDuty', 'Incident alerts', 'PagerDuty'), (3, 6, 2, 'Grafana alerts', '', 'grafana'),
    (4, 5, 2, 'Release bot', 'Posts release notes from the release pipeline', ''), (5, 10, 3, 'Zendesk escalations', 'New tier-2 tickets', 'Zendesk'),
    (6, 3, 1, 'Status page', 'Incidents from the public status page', ''), (7, 9, 3, 'HubSpot deals', 'Closed-won deals', 'HubSpot'), (8, 4, 2, 'Dependabot digest', '', '')) v(k, ch, tm, dn, d, un);

CREATE TABLE outgoingwebhooks (
    id varchar(26) PRIMARY KEY, token varchar(26), createat bigint, creatorid varchar(26), channelid varchar(26), teamid varchar(26), triggerwords varchar(1024),
    callbackurls varchar(1024), displayname varchar(64), contenttype varchar(128)
);
INSERT INTO outgoingwebhooks
SELECT fixture_gen.mmid('outhook', k), fixture_gen.mmid('outtok', k), 1660000000000 + k::bigint * 86400000 * 23, fixture_gen.mmid('uid', 2 + fixture_gen.n('ohu', k, 60)), fixture_gen.mmid('ch', ch), fixture_gen.mmid('team', tm), tw,
       '["' || url || '"]', dn, ct
FROM (VALUES (1, 10, 3, 'escalate', 'https://n8n.tidewater.example/webhook/' || fixture_gen.mmid('n8n', 1) || '?api' || 'key=' || fixture_gen.chars('n8nk', 1, 32), 'Escalate to Zendesk', 'application/json'),
    (2, 4, 2, 'deploy', 'https://deploy.tidewater.example/hooks/mattermost', 'Deploy trigger', 'application/x-www-form-urlencoded'),
    (3, 6, 2, 'ack,resolve', 'https://events.pagerduty.example/integration/' || fixture_gen.hexn('pdk', 1, 32) || '/enqueue', 'PagerDuty ack', 'application/json'),
    (4, 15, 1, 'coffee', 'https://coffee-bot.tidewater.example/order', 'Coffee order', 'application/json'),
    (5, 9, 3, 'deal', 'https://hooks.zapier.example/hooks/catch/' || fixture_gen.digits('zap', 1, 7) || '/' || fixture_gen.chars('zapk', 1, 7, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/', 'Deal to CRM', 'application/json'),
    (6, 4, 2, 'jira', 'https://ops:' || fixture_gen.chars('jpw', 1, 18) || '@jira-bridge.tidewater.example/mm', 'Jira bridge', 'application/json')) v(k, ch, tm, tw, url, dn, ct);

CREATE TABLE commands (
    id varchar(26) PRIMARY KEY, token varchar(26), createat bigint, creatorid varchar(26), teamid varchar(26), trigger varchar(128), method varchar(1), username varchar(64),
    displayname varchar(64), description varchar(128), url varchar(1024)
);
INSERT INTO commands
SELECT fixture_gen.mmid('cmd', k), fixture_gen.mmid('cmdtok', k), 1660000000000 + k::bigint * 86400000 * 19, fixture_gen.mmid('uid', 2 + fixture_gen.n('cmu', k, 60)), fixture_gen.mmid('team', tm), tr, me, un, dn, d, url
FROM (VALUES (1, 2, 'deploy', 'P', 'deploybot', 'Deploy', 'Deploy a service to an environment', 'https://deploy.tidewater.example/mattermost/command'),
    (2, 2, 'oncall', 'G', '', 'On-call', 'Who is on call right now', 'https://oncall.tidewater.example/api/mm'),
    (3, 3, 'crm', 'P', 'HubSpot', 'CRM lookup', 'Look up a company in HubSpot', 'https://crm-bridge.tidewater.example/slash?key=' || fixture_gen.chars('crmk', 1, 24)),
    (4, 1, 'lunch', 'G', '', 'Lunch', 'Today''s menu in the Bristol canteen', 'https://lunch.tidewater.example/today'),
    (5, 2, 'jira', 'P', 'Jira', 'Jira', 'Create a Jira issue', 'https://svc-mattermost:' || fixture_gen.chars('jirapw', 1, 20) || '@jira-bridge.tidewater.example/command'),
    (6, 4, 'pto', 'P', '', 'Time off', 'Request time off', 'https://hr-tools.tidewater.example/mattermost/pto'),
    (7, 1, 'poll', 'P', 'Matterpoll', 'Poll', 'Create a poll', 'https://poll.tidewater.example/poll')) v(k, tm, tr, me, un, dn, d, url);

-- A slash command's response URL is /hooks/commands/<id>: the id is the secret.
CREATE TABLE commandwebhooks (
    id varchar(26) PRIMARY KEY, createat bigint, commandid varchar(26), userid varchar(26), channelid varchar(26)
);
INSERT INTO commandwebhooks
SELECT fixture_gen.mmid('cwh', t), 1714990000000 - t::bigint * 900000, fixture_gen.mmid('cmd', 1 + t % 7), u.id, c.id
FROM generate_series(1, 40) t JOIN fixture_gen.ch c ON c.k = (ARRAY[4, 5, 6, 9, 15, 1])[1 + t % 6] JOIN fixture_gen.p u ON u.i = c.members[1 + fixture_gen.n('cwu', t, cardinality(c.members))];

CREATE TABLE oauthapps (
    id varchar(26) PRIMARY KEY, creatorid varchar(26), createat bigint, clientsecret varchar(128), name varchar(64), description varchar(512), callbackurls varchar(1024),
    homepage varchar(256), istrusted boolean
);
INSERT INTO oauthapps
SELECT fixture_gen.mmid('oapp', k), fixture_gen.mmid('uid', 2), 1650000000000 + k::bigint * 86400000 * 40, fixture_gen.mmid('osec', k), n, d, '["' || cb || '"]', hp, k <> 3
FROM (VALUES (1, 'Grafana', 'Single sign-on for Grafana', 'https://grafana.tidewater.example/login/generic_oauth', 'https://grafana.tidewater.example'),
    (2, 'Ops dashboard', 'Internal on-call dashboard', 'https://ops.tidewater.example/auth/callback', 'https://ops.tidewater.example'),
    (3, 'Standup Raven web', 'Standup reports', 'https://standup.tidewater.example/oauth/complete', 'https://standup.tidewater.example'),
    (4, 'Wiki', 'Wiki.js login', 'https://wiki.tidewater.example/login/mattermost/callback', 'https://wiki.tidewater.example')) v(k, n, d, cb, hp);

CREATE TABLE oauthaccessdata (
    clientid varchar(26), userid varchar(26), token varchar(26) PRIMARY KEY, refreshtoken varchar(26), redirecturi varchar(256), expiresat bigint, scope varchar(128)
);
INSERT INTO oauthaccessdata
SELECT DISTINCT ON (fixture_gen.mmid('oapp', 1 + t % 4), u.id) fixture_gen.mmid('oapp', 1 + t % 4), u.id, fixture_gen.mmid('oat', t), fixture_gen.mmid('ort', t),
       (ARRAY['https://grafana.tidewater.example/login/generic_oauth', 'https://ops.tidewater.example/auth/callback', 'https://standup.tidewater.example/oauth/complete', 'https://wiki.tidewater.example/login/mattermost/callback'])[1 + t % 4],
       1714000000000 + t::bigint * 3600000, 'user'
FROM generate_series(1, 90) t JOIN fixture_gen.p u ON u.i = 2 + fixture_gen.n('oau', t, 200) ORDER BY fixture_gen.mmid('oapp', 1 + t % 4), u.id, t;

-- Authorization codes live ten minutes: the last few minutes' logins.
CREATE TABLE oauthauthdata (
    clientid varchar(26), userid varchar(26), code varchar(128) PRIMARY KEY, expiresin integer, createat bigint, redirecturi varchar(256), state varchar(1024)
);
INSERT INTO oauthauthdata
SELECT fixture_gen.mmid('oapp', 1 + t % 4), fixture_gen.mmid('uid', 2 + fixture_gen.n('oad', t, 200)), fixture_gen.mmid('oac1', t) || fixture_gen.mmid('oac2', t), 600, 1714999000000 + t * 1000,
       (ARRAY['https://grafana.tidewater.example/login/generic_oauth', 'https://ops.tidewater.example/auth/callback', 'https://standup.tidewater.example/oauth/complete', 'https://wiki.tidewater.example/login/mattermost/callback'])[1 + t % 4],
       fixture_gen.chars('ost', t, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
FROM generate_series(1, 20) t;

-- Outgoing OAuth connections (9.6+): credentials the server uses to call out.
CREATE TABLE outgoingoauthconnections (
    id varchar(26) PRIMARY KEY, name varchar(64), creatorid varchar(26), createat bigint, clientid varchar(255), clientsecret varchar(255), credentialsusername varchar(255),
    credentialspassword varchar(255), oauthtokenurl text, granttype varchar(32)
);
INSERT INTO outgoingoauthconnections VALUES
    (fixture_gen.mmid('ooc', 1), 'Jira Cloud', fixture_gen.mmid('uid', 2), 1712000000000, fixture_gen.chars('oocid', 1, 32), fixture_gen.chars('oocs', 1, 64), NULL, NULL,
     'https://auth.atlassian.example/oauth/token', 'client_credentials'),
    (fixture_gen.mmid('ooc', 2), 'HR tools', fixture_gen.mmid('uid', 2), 1712500000000, 'mattermost-hr', fixture_gen.chars('oocs', 2, 40), 'svc-mattermost@tidewater.example',
     fixture_gen.chars('oocp', 2, 16) || '#9', 'https://hr-tools.tidewater.example/oauth2/token', 'password'),
    (fixture_gen.mmid('ooc', 3), 'Zendesk', fixture_gen.mmid('uid', 3), 1713000000000, 'tidewater_mm', fixture_gen.hexn('oocs', 3, 64), NULL, NULL,
     'https://tidewater.zendesk.example/oauth/tokens', 'client_credentials');

-- Server-wide values, among them the signing key and the cookie secret.
CREATE TABLE systems (
    name varchar(64) PRIMARY KEY, value varchar(1024)
);
INSERT INTO systems VALUES
    ('Version', '9.5.2'), ('DiagnosticId', fixture_gen.mmid('diag', 1)), ('FirstServerRunTimestamp', '1546300800123'), ('InstallationDate', '1546300800456'),
    ('LastSecurityTime', '1714953600000'), ('AdvancedPermissionsMigrationComplete', 'true'), ('EmojisPermissionsMigrationComplete', 'true'),
    ('GuestRolesCreationMigrationComplete', 'true'), ('ContentExtractionConfigDefaultTrueMigrationComplete', 'true'), ('CRTChannelMembershipCountsMigrationComplete', 'true'),
    ('PlaybookRolesCreationMigrationComplete', 'true'), ('RemainingSchemaMigrations', 'true'), ('ActiveLicenseId', fixture_gen.mmid('lic', 2)),
    ('LastLicenseExpirationWarning', '0'), ('ProductNoticesLastViewed', '1714600000000'), ('OrganizationName', 'Tidewater Labs'),
    ('AsymmetricSigningKey', '{"ecdsa_key":{"curve":"P-256","x":' || fixture_gen.digits('ecx', 1, 77) || ',"y":' || fixture_gen.digits('ecy', 1, 77) || ',"d":' || fixture_gen.digits('ecd', 1, 77) || '}}'),
    ('PostActionCookieSecret', '{"key":"' || fixture_gen.b64('pacs', 1, 32) || '"}'),
    ('migration_advanced_permissions_phase_2', 'true'), ('FirstAdminSetupComplete', 'true'), ('OnboardingCompleted', 'true');

-- Plugins' key/value store: the GitHub plugin keeps each user's encrypted
-- token and settings under <userid>_githubtoken and maps a GitHub login to
-- a user under <login>_githubusername; the to-do plugin keeps lists.
CREATE TABLE pluginkeyvaluestore (
    pluginid varchar(190), pkey varchar(150), pvalue bytea, expireat bigint DEFAULT 0, PRIMARY KEY (pluginid, pkey)
);
INSERT INTO pluginkeyvaluestore
SELECT 'github', p.id || '_githubtoken', convert_to(json_build_object('user_id', p.id, 'token', json_build_object('access_token', fixture_gen.b64('ghtok', p.i, 72), 'token_type', '', 'expiry', '0001-01-01T00:00:00Z'),
       'github_username', g.login, 'last_to_do_post_at', 1714900000000 + p.i, 'settings', json_build_object('sidebar_buttons', 'top', 'daily_reminder', p.i % 2 = 0, 'notifications', true),
       'allowed_private_repos', true)::text, 'UTF8'), 0
FROM fixture_gen.p p, LATERAL (SELECT fixture_gen.ascii(p.first) || '-' || substr(fixture_gen.ascii(p.last), 1, 4) || CASE WHEN p.i % 3 = 0 THEN 'tw' ELSE '' END AS login) g
WHERE p.kind = 'staff' AND p.i % 5 = 2
UNION ALL
SELECT 'github', g.login || '_githubusername', convert_to(p.id, 'UTF8'), 0
FROM fixture_gen.p p, LATERAL (SELECT fixture_gen.ascii(p.first) || '-' || substr(fixture_gen.ascii(p.last), 1, 4) || CASE WHEN p.i % 3 = 0 THEN 'tw' ELSE '' END AS login) g
WHERE p.kind = 'staff' AND p.i % 5 = 2
UNION ALL
SELECT 'github', 'oauthstate_' || fixture_gen.mmid('ghst', k), convert_to(fixture_gen.mmid('ghsv', k), 'UTF8'), 1714999600000 + k FROM generate_series(1, 3) k
UNION ALL
SELECT 'com.mattermost.plugin-todo', p.id || '_myList', convert_to('[' || string_agg(json_build_object('id', fixture_gen.mmid('todo', p.i * 10 + s), 'message',
       fixture_gen.pick(ARRAY['Review the Q2 roadmap', 'Call ' || o.fn || ' about the contract renewal', 'Send ' || o.first || ' the laptop return label', 'Book flights to Lisbon',
           'Renew TLS certificate on staging', 'Reply to ' || o.email], 'tdm', p.i * 10 + s), 'create_at', 1714000000000 + s::bigint * 86400000)::text, ',') || ']', 'UTF8'), 0
FROM fixture_gen.p p JOIN fixture_gen.p o ON o.i = 2 + (p.i * 7) % 200, generate_series(1, 3) s WHERE p.kind = 'staff' AND p.i % 7 = 3 GROUP BY p.id
UNION ALL
SELECT * FROM (VALUES ('playbooks', 'mmi_botid', convert_to(fixture_gen.mmid('bot', 3), 'UTF8'), 0::bigint), ('com.mattermost.calls', 'mmi_botid', convert_to(fixture_gen.mmid('bot', 4), 'UTF8'), 0),
    ('com.mattermost.nps', 'ServerUpgrade-9.5.2', convert_to('{"server_version":"9.5.2","upgrade_at":"2024-03-02T09:12:44Z"}', 'UTF8'), 0),
    ('com.mattermost.nps', 'LastAdminNotice', convert_to('"2024-03-02T09:12:44Z"', 'UTF8'), 0),
    ('com.mattermost.calls', 'calls_license', convert_to('{"allowed":true}', 'UTF8'), 0),
    ('github', 'mmi_botid', convert_to(fixture_gen.mmid('bot', 2), 'UTF8'), 0)) v;

-- A partner's Mattermost server sharing a channel.
CREATE TABLE remoteclusters (
    remoteid varchar(26) PRIMARY KEY, name varchar(64), displayname varchar(64), siteurl varchar(512), createat bigint, lastpingat bigint, token varchar(26), remotetoken varchar(26),
    creatorid varchar(26)
);
INSERT INTO remoteclusters VALUES
    (fixture_gen.mmid('rc', 1), 'fernpoint', 'Fernpoint Design', 'https://chat.fernpoint.example', 1700000000000, 1714999500000, fixture_gen.mmid('rctok', 1), fixture_gen.mmid('rcrtok', 1), fixture_gen.mmid('uid', 2)),
    (fixture_gen.mmid('rc', 2), 'harbor', 'Harbor Analytics', 'https://mm.harbor-analytics.example', 1705000000000, 1709000000000, fixture_gen.mmid('rctok', 2), '', fixture_gen.mmid('uid', 2));

CREATE TABLE jobs (
    id varchar(26) PRIMARY KEY, type varchar(32), createat bigint, startat bigint, status varchar(32), progress bigint, data jsonb
);
INSERT INTO jobs
SELECT fixture_gen.mmid('job', t), y.ty, 1704067200000 + t::bigint * 3600000 * 7, 1704067200000 + t::bigint * 3600000 * 7 + 15000, y.st, CASE WHEN y.st = 'success' THEN 100 ELSE t % 100 END,
       CASE y.ty
           WHEN 'ldap_sync' THEN CASE WHEN y.st = 'error' THEN jsonb_build_object('error', 'LdapSync: failed to update user ' || p.fn || ' (' || p.email || '): an account with that email already exists',
                                     'ldap_users_count', (200 + t % 9)::text)
                                 ELSE jsonb_build_object('ldap_users_count', (200 + t % 9)::text, 'ldap_groups_count', '18', 'total_ldap_users_synced', (200 + t % 9)::text) END
           WHEN 'message_export' THEN jsonb_build_object('batch_start_time', (1704067200000 + t::bigint * 3600000 * 7 - 86400000)::text, 'export_type', 'actiance', 'messages_exported', (t * 37 % 5000)::text, 'warning_count', '0')
           WHEN 'export_process' THEN jsonb_build_object('include_attachments', 'false', 'export_file', to_char(to_timestamp(1704067200 + t::bigint * 25200), 'YYYYMMDD') || '_' || fixture_gen.mmid('exp', t) || '_export.zip')
           WHEN 'import_process' THEN jsonb_build_object('import_file', fixture_gen.mmid('imp', t) || '_slack-export.zip', 'line_number', (t * 53)::text)
           WHEN 'data_retention' THEN jsonb_build_object('deleted_posts', (t * 11 % 900)::text)
           ELSE '{}'::jsonb END
FROM generate_series(1, 180) t JOIN fixture_gen.p p ON p.i = 2 + fixture_gen.n('jbp', t, 200),
LATERAL (SELECT (ARRAY['ldap_sync', 'ldap_sync', 'ldap_sync', 'message_export', 'data_retention', 'expiry_notify', 'product_notices', 'active_users', 'cleanup_desktop_tokens',
                       'refresh_post_stats', 'export_process', 'import_process', 'extract_content'])[1 + fixture_gen.n('jty', t, 13)] AS ty,
                CASE WHEN t % 17 = 0 THEN 'error' WHEN t = 180 THEN 'in_progress' ELSE 'success' END AS st) y;

-- The license as uploaded: base64 of the signed JSON, which names the
-- customer's contact person.
CREATE TABLE licenses (
    id varchar(26) PRIMARY KEY, createat bigint, bytes varchar(10000)
);
INSERT INTO licenses
SELECT fixture_gen.mmid('lic', k), 1680000000000 + k::bigint * 31536000000, translate(encode(convert_to(json_build_object('id', fixture_gen.mmid('lic', k), 'issued_at', 1680000000000 + k::bigint * 31536000000,
       'starts_at', 1680000000000 + k::bigint * 31536000000, 'expires_at', 1711536000000 + k::bigint * 31536000000, 'sku_name', 'Mattermost Enterprise', 'sku_short_name', 'enterprise', 'is_trial', false,
       'customer', json_build_object('id', fixture_gen.mmid('cust', 1), 'name', p.fn, 'email', p.email, 'company', 'Tidewater Labs'),
       'features', json_build_object('users', 300, 'ldap', true, 'saml', true, 'compliance', true, 'shared_channels', true, 'future_features', true))::text, 'UTF8')
       || decode(fixture_gen.hexn('licsig', k, 512), 'hex'), 'base64'), E'\n', '')
FROM generate_series(1, 2) k JOIN fixture_gen.p p ON p.i = CASE WHEN k = 1 THEN 3 ELSE 33 END;

-- Compliance exports of the legal team.
CREATE TABLE compliances (
    id varchar(26) PRIMARY KEY, createat bigint, userid varchar(26), status varchar(64), "desc" varchar(512), startat bigint, endat bigint, keywords varchar(512), emails varchar(1024)
);
INSERT INTO compliances
SELECT fixture_gen.mmid('cmp', k), 1700000000000 + k::bigint * 86400000 * 20, fixture_gen.mmid('uid', 3), CASE WHEN k = 7 THEN 'running' ELSE 'finished' END, d, 1690000000000 + k::bigint * 86400000 * 10, 1700000000000 + k::bigint * 86400000 * 10, kw, em
FROM (SELECT k, (ARRAY['Legal hold: dispute with Harbor Analytics', 'HR investigation 2024-02', 'Quarterly audit export', 'Subject access request from a former employee',
        'Data breach review March', 'Contract dispute Quayside', 'Legal hold: former sales team'])[k] AS d,
      (ARRAY['invoice, penalty, ' || (SELECT last FROM fixture_gen.p WHERE i = 70), '', '', (SELECT fn FROM fixture_gen.p WHERE i = 88), 'password, export, dump', 'termination, NDA', ''])[k] AS kw,
      (ARRAY[(SELECT string_agg(email, ',') FROM fixture_gen.p WHERE i IN (70, 71, 208)), (SELECT string_agg(email, ',') FROM fixture_gen.p WHERE i IN (90, 91)), '',
             (SELECT email FROM fixture_gen.p WHERE i = 88), '', (SELECT string_agg(email, ',') FROM fixture_gen.p WHERE i IN (207, 209, 30)), (SELECT string_agg(email, ',') FROM fixture_gen.p WHERE i IN (40, 41, 42, 43))])[k] AS em
      FROM generate_series(1, 7) k) x;

CREATE TABLE retentionpolicies (
    id varchar(26) PRIMARY KEY, displayname varchar(64), postduration bigint
);
INSERT INTO retentionpolicies VALUES (fixture_gen.mmid('rp', 1), 'Default: 3 years', 1095), (fixture_gen.mmid('rp', 2), 'Random and off-topic', 90), (fixture_gen.mmid('rp', 3), 'Legal and HR (10 years)', 3650);

CREATE TABLE termsofservice (
    id varchar(26) PRIMARY KEY, createat bigint, userid varchar(26), text varchar(65535)
);
INSERT INTO termsofservice VALUES
    (fixture_gen.mmid('tos', 1), 1600000000000, fixture_gen.mmid('uid', 2), E'## Acceptable use\n\nThis workspace is for Tidewater Labs business. Do not share customer data outside approved channels. Messages are retained according to the retention policy and may be exported for legal holds.'),
    (fixture_gen.mmid('tos', 2), 1700000000000, fixture_gen.mmid('uid', 2), E'## Acceptable use (v2)\n\nThis workspace is for Tidewater Labs business. Do not share customer data, passwords or access tokens in chat. Guests see only the channels they are invited to. Messages are retained for three years and may be exported for legal holds.');

-- Cloud-plan upsell requests and product notices seen: ids and flags.
CREATE TABLE notifyadmin (
    userid varchar(26), createat bigint, requiredplan varchar(100), requiredfeature varchar(255), PRIMARY KEY (userid, requiredfeature, requiredplan)
);
INSERT INTO notifyadmin SELECT DISTINCT ON (u, f) fixture_gen.mmid('uid', 2 + fixture_gen.n('nau', t, 200)) AS u, 1712000000000 + t::bigint * 3600000, 'enterprise', f
FROM generate_series(1, 20) t, LATERAL (SELECT fixture_gen.pick(ARRAY['mattermost.feature.guest_accounts', 'mattermost.feature.custom_user_groups', 'mattermost.feature.playbooks_retro'], 'naf', t) AS f) x ORDER BY u, f;

CREATE TABLE productnoticeviewstate (
    userid varchar(26), noticeid varchar(26), viewed integer, timestamp bigint, PRIMARY KEY (userid, noticeid)
);
INSERT INTO productnoticeviewstate SELECT p.id, n, 1 + p.i % 3, 1714000000000 + p.i::bigint * 60000 FROM fixture_gen.p p, unnest(ARRAY['crt-admin-disabled', 'desktop_upgrade_v5.7', 'server_upgrade_v9.5']) n
WHERE p.kind = 'staff' AND (p.i + length(n)) % 3 <> 0;

-- Preferences: one row per user, category and name; values are settings.
CREATE TABLE preferences (
    userid varchar(26), category varchar(32), name varchar(32), value text, PRIMARY KEY (userid, category, name)
);
INSERT INTO preferences
SELECT DISTINCT ON (u.id, v.cat, v.nm) u.id, v.cat, v.nm, v.val
FROM fixture_gen.p u, LATERAL (VALUES
    ('tutorial_step', u.id, '999'), ('display_settings', 'use_military_time', CASE WHEN u.i % 3 = 0 THEN 'true' ELSE 'false' END),
    ('display_settings', 'name_format', fixture_gen.pick(ARRAY['username', 'full_name', 'nickname_full_name'], 'pnf', u.i)),
    ('display_settings', 'channel_display_mode', CASE WHEN u.i % 5 = 0 THEN 'centered' ELSE 'full' END), ('display_settings', 'colorize_usernames', 'true'),
    ('display_settings', 'collapsed_reply_threads', CASE WHEN u.i % 4 = 0 THEN 'off' ELSE 'on' END),
    ('theme', '', CASE WHEN u.i % 3 = 0 THEN '{"type":"Onyx","sidebarBg":"#121317","sidebarText":"#ffffff","centerChannelBg":"#191b1f","centerChannelColor":"#e3e4e8","linkColor":"#5d89ea","buttonBg":"#4a7ce8"}'
                   ELSE '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","centerChannelBg":"#ffffff","centerChannelColor":"#3f4350","linkColor":"#386fe5","buttonBg":"#1c58d9"}' END),
    ('notifications', 'email_interval', fixture_gen.pick(ARRAY['30', '0', '900', '3600'], 'pei', u.i)), ('advanced_settings', 'send_on_ctrl_enter', CASE WHEN u.i % 6 = 0 THEN 'true' ELSE 'false' END),
    ('recommended_next_steps', 'hide', 'true'), ('insights', 'insights_tutorial_state', '{"insights_modal_viewed":true}'),
    ('recent_emojis', '', '[{"name":"+1","usageCount":' || (3 + u.i % 40) || '},{"name":"tada","usageCount":' || (1 + u.i % 9) || '},{"name":"eyes","usageCount":2}]'),
    ('direct_channel_show', fixture_gen.mmid('uid', 2 + (u.i * 3) % 200), 'true'), ('direct_channel_show', fixture_gen.mmid('uid', 2 + (u.i * 7) % 200), CASE WHEN u.i % 2 = 0 THEN 'true' ELSE 'false' END),
    ('flagged_post', fixture_gen.mmid('post', 1 + (u.i * 11) % 1300), 'true'), ('channel_approximate_view_time', '', (1714900000000 + u.i)::text),
    ('last', 'channel', fixture_gen.mmid('ch', 1 + u.i % 15)), ('onboarding_task_list', 'onboarding_task_list_show', 'false'),
    ('sidebar_settings', 'show_unread_section', CASE WHEN u.i % 3 = 1 THEN 'true' ELSE 'false' END)) v(cat, nm, val)
WHERE u.kind <> 'remote' AND (v.cat NOT IN ('flagged_post', 'insights', 'sidebar_settings') OR u.i % 4 = 0)
ORDER BY u.id, v.cat, v.nm;

-- The legacy audit trail: the API path, what was attempted (the login id
-- typed, an email a reset was sent to), the client's address.
CREATE TABLE audits (
    id varchar(26) PRIMARY KEY, createat bigint, userid varchar(26), action varchar(512), extrainfo varchar(1024), ipaddress varchar(64), sessionid varchar(26)
);
INSERT INTO audits
SELECT fixture_gen.mmid('aud', t), 1704067200000 + t::bigint * 2400000, CASE WHEN a.k IN (1, 4) THEN '' ELSE p.id END, a.act, a.info,
       CASE WHEN t % 5 = 0 THEN fixture_gen.ipv6('aip', t) ELSE fixture_gen.ipv4('aip', t) END, CASE WHEN a.k IN (3, 5, 6, 7) THEN fixture_gen.mmid('sid', 1 + t % 560) ELSE '' END
FROM generate_series(1, 1100) t JOIN fixture_gen.p p ON p.i = 1 + fixture_gen.n('aup', t, 225),
LATERAL (SELECT k, (ARRAY['/api/v4/users/login', '/api/v4/users/login', '/api/v4/users/login', '/api/v4/users/login', '/api/v4/users/logout', '/api/v4/users/' || p.id || '/password',
                          '/api/v4/users/' || p.id || '/mfa', '/api/v4/users/password/reset/send'])[k] AS act,
                (ARRAY['attempt - login_id=' || CASE WHEN t % 2 = 0 THEN p.email ELSE CASE WHEN p.auth = 'ldap' THEN p.authdata ELSE p.username END END, 'authenticated',
                       'success session_user=' || p.id, 'failure - login_id=' || CASE WHEN t % 3 = 0 THEN p.email ELSE p.username END, '', 'completed', 'success - mfa activated',
                       'sent=' || p.email])[k] AS info
         FROM (SELECT 1 + fixture_gen.n('aty', t, 8) AS k) kk) a;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
