-- classify-eval fixture (HOLDOUT 5, with redmine: written after holdout 4,
-- by someone who had not seen the classifier, and scored once before any
-- classifier change that followed it; never tune against it): a Nextcloud 28
-- database on PostgreSQL in Nextcloud's naming, a subset of its tables and
-- of their columns with their real names and types: the oc_ prefix,
-- varchar(64) user ids (login handles, and the email addresses the Guests
-- app uses as uids), integer epoch seconds, text blobs of JSON. Profiles as
-- a JSON document (oc_accounts) and as rows (oc_accounts_data), name/value
-- tables (oc_preferences, whose configkey holds the remember-me tokens of
-- the login_token app; oc_appconfig, holding an LDAP bind password, Talk's
-- signaling and TURN secrets, an ONLYOFFICE JWT secret among versions and
-- flags), session and app-password tokens with their encrypted login
-- password and private key (ICrypto: hex ciphertext|IV|HMAC|3), shares with
-- public-link tokens and password hashes, the file cache (file names, some
-- naming people), photo metadata with GPS, the activity stream, Talk chat
-- as comments, notifications, login flow v2, brute-force attempts, vCards
-- and iCalendar events as bytea, background jobs' JSON arguments, the Mail
-- app's accounts. An architecture practice's cloud, staff of several
-- countries and guests from partner firms.
-- Loaded after ../helpers.sql; labels in labels.tsv.

-- crypt: what ICrypto::encrypt stores (v3): hex ciphertext|hex IV|hex HMAC|3.
CREATE FUNCTION fixture_gen.crypt(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.hexn(tag, i, 2 * len) || '|' || fixture_gen.hexn(tag || 'iv', i, 32) || '|' || fixture_gen.hexn(tag || 'mac', i, 128) || '|3'
$$;

-- nchash: IHasher's output, version|hash (1: bcrypt, 3: argon2id).
CREATE FUNCTION fixture_gen.nchash(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN fixture_gen.n(tag || 'v', i, 4) = 0 THEN '1|' || replace(fixture_gen.bcrypt(tag, i), '$2a' || '$12$', '$2y' || '$10$')
    ELSE '3|$argon2id$v=19$m=65536,t=4,p=1$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '=') END
$$;

-- mail: a private address at an .example domain.
CREATE FUNCTION fixture_gen.mailof(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(f) || fixture_gen.pick(ARRAY['.', '_', ''], tag || 's', i) || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 100)::text ELSE '' END || '@'
      || fixture_gen.pick(ARRAY['mail.example', 'post.example', 'inbox.example', 'example.com', 'example.org', 'example.net', 'posteo.example', 'web.example'], tag || 'd', i)
$$;

CREATE FUNCTION fixture_gen.mail(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.mailof(fixture_gen.first_name(tag, i), fixture_gen.last_name(tag || 'l', i), tag, i) $$;

CREATE FUNCTION fixture_gen.pubkey(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT E'-----BEGIN PUBLIC KEY-----\n' || regexp_replace('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || fixture_gen.b64(tag, i, 255) || 'IDAQAB', '(.{64})', E'\\1\n', 'g')
      || E'\n-----END PUBLIC KEY-----\n'
$$;

CREATE FUNCTION fixture_gen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36'], tag, i)
$$;

-- clientua: what the desktop and mobile clients and DAV apps send.
CREATE FUNCTION fixture_gen.clientua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows) mirall/3.12.3stable-Win64 (build 20240410) (Nextcloud, windows-10.0.22631 ClientArchitecture: x86_64 OsArchitecture: x86_64)',
    'Mozilla/5.0 (Macintosh) mirall/3.12.3stable (build 20240410) (Nextcloud, osx-23.4.0 ClientArchitecture: arm64 OsArchitecture: arm64)',
    'Mozilla/5.0 (Linux) mirall/3.11.1 (Nextcloud, ubuntu-6.5.0-28-generic ClientArchitecture: x86_64 OsArchitecture: x86_64)',
    'Mozilla/5.0 (Android) Nextcloud-android/3.28.1', 'Mozilla/5.0 (iOS) Nextcloud-iOS/5.3.2', 'DAVx5/4.3.16-ose (2024/03/12; dav4jvm; okhttp/4.12.0) Android/14',
    'Thunderbird', 'Outlook CalDav Synchronizer'], tag, i)
$$;

-- The people: 1 the admin, 2-195 staff (uid first.last), 196-210 guests of
-- partner firms, whose uid is their email address (the Guests app).
CREATE TABLE fixture_gen.p AS
SELECT i, f AS first, l AS last, f || ' ' || l AS fn, CASE WHEN i = 1 THEN 'admin' WHEN i <= 195 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) ELSE fixture_gen.mailof(f, l, 'ncg', i) END AS uid,
       fixture_gen.mailof(f, l, 'ncp', i) AS pmail, fixture_gen.phone('ncph', i) AS phone
FROM (SELECT i, fixture_gen.first_name('ncu', i) AS f, fixture_gen.last_name('ncul', i) AS l FROM generate_series(1, 210) i) x;
UPDATE fixture_gen.p p SET uid = p.uid || d.rn FROM (SELECT i, row_number() OVER (PARTITION BY uid ORDER BY i) AS rn FROM fixture_gen.p) d WHERE d.i = p.i AND d.rn > 1;
ALTER TABLE fixture_gen.p ADD COLUMN email text;
UPDATE fixture_gen.p SET email = CASE WHEN i = 1 THEN 'it-admin@harbourline.example' WHEN i <= 195 THEN uid || '@harbourline.example' ELSE uid END;

CREATE TABLE oc_users (
    uid varchar(64) NOT NULL DEFAULT '' PRIMARY KEY, displayname varchar(64), password varchar(255) NOT NULL DEFAULT '', uid_lower varchar(64) DEFAULT ''
);
INSERT INTO oc_users SELECT uid, CASE WHEN i > 1 THEN fn END, fixture_gen.nchash('ncpw', i), lower(uid) FROM fixture_gen.p;

CREATE TABLE oc_group_user (
    gid varchar(64) NOT NULL DEFAULT '', uid varchar(64) NOT NULL DEFAULT '', PRIMARY KEY (gid, uid)
);
INSERT INTO oc_group_user
SELECT DISTINCT CASE WHEN p.i = 1 OR p.i IN (17, 88) AND s = 1 THEN 'admin' WHEN p.i > 195 THEN 'guest_app'
                     ELSE fixture_gen.pick(ARRAY['Architects', 'Architects', 'Interior Design', 'Site Supervision', 'Office', 'Management', 'IT', 'Landscape'], 'gu' || s, p.i) END, p.uid
FROM fixture_gen.p p, generate_series(1, 2) s WHERE s = 1 OR p.i % 3 = 0;

-- Profile properties, written both as oc_accounts' JSON and as oc_accounts_data rows.
CREATE TABLE fixture_gen.prop AS
SELECT p.i, p.uid, v.k, v.name, coalesce(v.value, '') AS value,
       CASE WHEN v.name IN ('displayname', 'email', 'avatar') THEN 'v2-federated' WHEN v.name IN ('address', 'phone') THEN fixture_gen.pick(ARRAY['v2-private', 'v2-local'], 'psc', p.i)
            ELSE fixture_gen.pick(ARRAY['v2-local', 'v2-federated', 'v2-published'], 'psc' || v.name, p.i) END AS scope,
       CASE WHEN v.name = 'email' AND p.i % 4 <> 0 THEN '1' WHEN v.name = 'website' AND v.value <> '' AND p.i % 2 = 0 THEN '1' ELSE '0' END AS verified
FROM fixture_gen.p p, LATERAL (VALUES
    (1, 'displayname', CASE WHEN p.i = 1 THEN 'admin' ELSE p.fn END),
    (2, 'address', CASE WHEN p.i % 10 < 3 THEN fixture_gen.street('pad', p.i) || ', ' || fixture_gen.postcode('pad', p.i) || ' ' || fixture_gen.city('pad', p.i) END),
    (3, 'website', CASE WHEN p.i % 7 = 0 THEN 'https://' || fixture_gen.ascii(p.last) || '-studio.example' END), (4, 'email', p.email), (5, 'avatar', NULL),
    (6, 'phone', CASE WHEN p.i % 2 = 0 THEN p.phone END), (7, 'twitter', CASE WHEN p.i % 7 = 3 THEN '@' || fixture_gen.ascii(p.first) || '_' || substr(fixture_gen.ascii(p.last), 1, 4) END),
    (8, 'fediverse', CASE WHEN p.i % 12 = 5 THEN '@' || fixture_gen.ascii(p.first) || '@' || fixture_gen.pick(ARRAY['mastodon.example', 'archi.social.example'], 'fed', p.i) END),
    (9, 'organisation', CASE WHEN p.i > 195 THEN fixture_gen.pick(ARRAY['Statik Nord GmbH', 'Kowalski Bau Sp. z o.o.', 'Lumen Lighting Ltd', 'Atelier Vert SARL'], 'org', p.i)
                             WHEN p.i % 5 < 3 THEN 'Harbourline Architects' END),
    (10, 'role', CASE WHEN p.i % 5 < 3 THEN fixture_gen.pick(ARRAY['Project Architect', 'Architect', 'Senior Architect', 'Interior Designer', 'Site Manager', 'Office Manager',
                       'BIM Coordinator', 'Landscape Architect', 'Partner', 'Structural Engineer', 'Working Student'], 'role', p.i) END),
    (11, 'headline', CASE WHEN p.i % 5 = 1 THEN fixture_gen.pick(ARRAY['Timber schools and low-energy housing', 'Lighting and material concepts',
                           'Turning site chaos into schedules', 'BIM, Revit and too much coffee'], 'hl', p.i) END), (12, 'biography', CASE WHEN p.i % 8 = 2 THEN fixture_gen.pick(ARRAY[
        'Studied in Delft, ten years of school buildings. Happy to talk about cross-laminated timber.', 'Back part-time since my second child was born; in the office Tuesday to Thursday.',
        'Grew up in ' || fixture_gen.city('bio', p.i) || ', moved here in 2019. Ask me about acoustic ceilings.',
        'Runs the Thursday sketching club. Mobile ' || p.phone || ' if you are stuck on site.'], 'bio', p.i) END), (13, 'profile_enabled', '1'),
    (14, 'additional_mail', CASE WHEN p.i % 10 = 4 THEN p.pmail END)) v(k, name, value)
WHERE v.name <> 'additional_mail' OR v.value IS NOT NULL;

CREATE TABLE oc_accounts (
    uid varchar(64) NOT NULL DEFAULT '' PRIMARY KEY, data text NOT NULL DEFAULT ''
);
INSERT INTO oc_accounts
SELECT uid, '{' || string_agg(CASE WHEN name = 'avatar' THEN '"avatar":{"scope":"v2-federated","verified":"0"}'
                                   WHEN name = 'additional_mail' THEN '"additional_mail":[{"value":' || fixture_gen.js(value) || ',"scope":"v2-local","verified":"0"}]'
                                   ELSE '"' || name || '":{"value":' || fixture_gen.js(value) || ',"scope":"' || scope || '","verified":"' || verified || '"}' END, ',' ORDER BY k) || '}'
FROM fixture_gen.prop GROUP BY uid;

CREATE TABLE oc_accounts_data (
    id bigserial PRIMARY KEY, uid varchar(64) NOT NULL, name varchar(64) NOT NULL, value varchar(255) DEFAULT ''
);
INSERT INTO oc_accounts_data (uid, name, value) SELECT uid, name, value FROM fixture_gen.prop ORDER BY i, k;

-- Per-user settings. login_token's configkey is a remember-me token (its
-- value the time it was issued); core/lostpassword is the encrypted reset
-- token; integration_github keeps the user's GitHub token, encrypted.
CREATE TABLE oc_preferences (
    userid varchar(64) NOT NULL DEFAULT '', appid varchar(32) NOT NULL DEFAULT '', configkey varchar(64) NOT NULL DEFAULT '', configvalue text, PRIMARY KEY (userid, appid, configkey)
);
INSERT INTO oc_preferences
SELECT p.uid, v.app, v.key, v.value
FROM fixture_gen.p p, LATERAL (VALUES
    ('core', 'lang', fixture_gen.pick(ARRAY['de', 'de_DE', 'en', 'en_GB', 'fr', 'pl', 'es', 'ja'], 'lang', p.i)),
    ('core', 'locale', CASE WHEN p.i % 3 = 0 THEN fixture_gen.pick(ARRAY['de_DE', 'en_GB', 'fr_FR', 'pl_PL'], 'loc', p.i) END),
    ('core', 'timezone', fixture_gen.pick(ARRAY['Europe/Berlin', 'Europe/Berlin', 'Europe/London', 'Europe/Paris', 'Europe/Warsaw', 'Asia/Tokyo'], 'tz', p.i)),
    ('core', 'templateDirectory', CASE WHEN p.i <= 195 THEN 'Templates/' END), ('core', 'lostpassword', CASE WHEN p.i % 19 = 4 THEN fixture_gen.crypt('lost', p.i, 58) END),
    ('core', 'enabled', CASE WHEN p.i % 29 = 7 THEN 'false' END), ('settings', 'email', CASE WHEN p.i > 1 THEN p.email END),
    ('login', 'firstLogin', (1620000000 + fixture_gen.n('flog', p.i, 90000000))::text), ('login', 'lastLogin', (1714000000 + fixture_gen.n('llog', p.i, 800000))::text),
    ('avatar', 'generated', CASE WHEN p.i % 4 = 0 THEN 'false' ELSE 'true' END), ('firstrunwizard', 'show', '0'),
    ('files', 'quota', CASE WHEN p.i > 195 THEN '1 GB' WHEN p.i % 11 = 0 THEN '50 GB' END), ('files', 'show_hidden', CASE WHEN p.i % 6 = 0 THEN '1' END),
    ('files', 'file_sorting', CASE WHEN p.i % 5 = 0 THEN fixture_gen.pick(ARRAY['mtime', 'size', 'basename'], 'fs', p.i) END),
    ('theming', 'enabled-themes', CASE WHEN p.i % 3 = 1 THEN fixture_gen.pick(ARRAY['["dark"]', '["light"]', '["dark","opendyslexic"]', '["light-highcontrast"]', '[]'], 'th', p.i) END),
    ('activity', 'notify_email_shared', CASE WHEN p.i % 2 = 0 THEN '1' END), ('activity', 'notify_setting_batchtime', CASE WHEN p.i % 4 = 1 THEN '3600' END),
    ('dav', 'generateBirthdayCalendar', CASE WHEN p.i % 5 = 3 THEN 'no' END), ('calendar', 'timezone', CASE WHEN p.i % 3 = 2 THEN 'automatic' END),
    ('notifications', 'sound_notification', CASE WHEN p.i % 5 = 1 THEN 'no' END), ('password_policy', 'failedLoginAttempts', CASE WHEN p.i % 9 = 0 THEN (p.i % 4)::text END),
    ('integration_github', 'token', CASE WHEN p.i % 13 = 6 THEN fixture_gen.crypt('ghtok', p.i, 40) END),
    ('integration_github', 'user_name', CASE WHEN p.i % 13 = 6 THEN fixture_gen.ascii(p.first) || '-' || substr(fixture_gen.ascii(p.last), 1, 3) || 'arch' END),
    ('integration_github', 'token_type', CASE WHEN p.i % 13 = 6 THEN 'oauth' END)) v(app, key, value)
WHERE v.value IS NOT NULL
UNION ALL
SELECT DISTINCT p.uid, 'login_token', fixture_gen.chars('rmt' || s, p.i, 32), (1713000000 + fixture_gen.n('rmtv' || s, p.i, 1500000))::text
FROM fixture_gen.p p, generate_series(1, 2) s WHERE p.i % 3 = 0 AND (s = 1 OR p.i % 2 = 0);

-- Server settings, one row per app and key.
CREATE TABLE oc_appconfig (
    appid varchar(32) NOT NULL DEFAULT '', configkey varchar(64) NOT NULL DEFAULT '', configvalue text, PRIMARY KEY (appid, configkey)
);
INSERT INTO oc_appconfig
SELECT a.app, k.key, CASE k.key WHEN 'installed_version' THEN a.ver WHEN 'enabled' THEN CASE WHEN a.app IN ('weather_status', 'user_ldap') THEN 'no' ELSE 'yes' END ELSE a.types END
FROM (VALUES ('activity', '2.20.0', 'filesystem'), ('calendar', '4.7.4', ''), ('circles', '28.0.0', 'filesystem,dav'), ('cloud_federation_api', '1.11.0', 'filesystem'),
             ('comments', '1.18.0', 'logging'), ('contacts', '5.5.3', ''), ('contactsinteraction', '1.9.0', 'dav'), ('dashboard', '7.8.0', ''), ('dav', '1.29.1', 'filesystem'),
             ('deck', '1.12.2', 'dav'), ('federatedfilesharing', '1.18.0', ''), ('files', '2.0.0', 'filesystem'), ('files_sharing', '1.20.0', 'filesystem'),
             ('files_trashbin', '1.18.0', 'filesystem,dav'), ('files_versions', '1.21.0', 'filesystem,dav'), ('firstrunwizard', '2.17.0', 'logging'), ('guests', '3.0.1', 'prelogin'),
             ('logreader', '2.13.0', ''), ('mail', '3.6.1', ''), ('notifications', '2.16.0', 'logging'), ('notify_push', '0.6.11', ''), ('onlyoffice', '9.1.1', ''),
             ('password_policy', '1.18.0', 'authentication'), ('photos', '2.4.0', 'dav,authentication'), ('privacy', '1.12.0', ''), ('provisioning_api', '1.18.0', 'prevent_group_restriction'),
             ('serverinfo', '1.18.0', ''), ('settings', '1.10.1', 'prevent_group_restriction'), ('sharebymail', '1.18.0', 'filesystem'), ('spreed', '18.0.7', 'prevent_group_restriction'),
             ('text', '3.9.1', 'dav'), ('theming', '2.3.0', 'logging'), ('twofactor_backupcodes', '1.17.0', ''), ('twofactor_totp', '10.0.0-beta.2', ''),
             ('updatenotification', '1.18.0', ''), ('user_ldap', '1.19.0', 'authentication'), ('user_status', '1.8.1', ''), ('weather_status', '1.8.0', ''),
             ('workflowengine', '2.10.0', 'filesystem'), ('bruteforcesettings', '2.8.0', '')) a(app, ver, types), (VALUES ('installed_version'), ('enabled'), ('types')) k(key)
WHERE k.key <> 'types' OR a.types <> ''
UNION ALL
SELECT * FROM (VALUES
    ('core', 'vendor', 'nextcloud'), ('core', 'installedat', '1651652873.8342'), ('core', 'lastupdatedat', '1712820011'), ('core', 'backgroundjobs_mode', 'cron'),
    ('core', 'lastcron', '1714998901'), ('core', 'public_files', 'files_sharing/public.php'), ('core', 'public_webdav', 'dav/appinfo/v1/publicwebdav.php'),
    ('core', 'oc.integritycheck.checker', '[]'), ('core', 'moveavatarsdone', 'yes'), ('core', 'previewsCleanedUp', '1'), ('core', 'scss.variables', md5('scss')),
    ('core', 'shareapi_allow_links', 'yes'), ('core', 'shareapi_enforce_links_password', 'no'), ('core', 'shareapi_default_expire_date', 'yes'),
    ('core', 'shareapi_expire_after_n_days', '14'), ('core', 'shareapi_allow_share_dialog_user_enumeration', 'yes'), ('core', 'emailTestSuccessful', '1'),
    ('core', 'lastupdateResult', '{"version":"28.0.5.1","versionstring":"Nextcloud 28.0.5","url":"https:\/\/download.nextcloud.com\/server\/releases\/nextcloud-28.0.5.zip","web":"https:\/\/docs.nextcloud.com\/server\/28\/admin_manual\/maintenance\/upgrade.html","changes":"https:\/\/updates.nextcloud.com\/changelog_server\/?version=28.0.5","autoupdater":"1","eol":"0"}'),
    ('theming', 'name', 'Harbourline Cloud'), ('theming', 'url', 'https://www.harbourline.example'), ('theming', 'slogan', 'Plans, photos and paperwork in one place'),
    ('theming', 'color', '#1f4e5f'), ('theming', 'primary_color', '#1f4e5f'), ('theming', 'cachebuster', '11'), ('theming', 'logoMime', 'image/png'),
    ('password_policy', 'minLength', '12'), ('password_policy', 'enforceHaveIBeenPwned', '1'), ('password_policy', 'enforceNonCommonPassword', '1'),
    ('password_policy', 'maximumLoginAttempts', '10'), ('password_policy', 'expiration', '0'),
    ('bruteforcesettings', 'whitelist_1', '10.20.0.0/16'), ('bruteforcesettings', 'whitelist_2', '2a02:8108:4c40::/48'),
    ('user_ldap', 'has_memberof_filter_support', '1'), ('user_ldap', 'home_folder_naming_rule', ''), ('user_ldap', 's01ldap_configuration_active', '0'),
    ('user_ldap', 's01ldap_host', 'ldaps://dc01.harbourline.example'), ('user_ldap', 's01ldap_port', '636'), ('user_ldap', 's01ldap_dn', 'CN=svc-nextcloud,OU=Service Accounts,DC=harbourline,DC=example'),
    ('user_ldap', 's01ldap_agent_password', encode(convert_to(fixture_gen.chars('ldapbind', 1, 20) || '!', 'UTF8'), 'base64')),
    ('user_ldap', 's01ldap_base', 'DC=harbourline,DC=example'), ('user_ldap', 's01ldap_base_users', 'OU=Staff,DC=harbourline,DC=example'),
    ('user_ldap', 's01ldap_login_filter', '(&(&(|(objectclass=person)))(|(samaccountname=%uid)(|(mailPrimaryAddress=%uid)(mail=%uid))))'),
    ('user_ldap', 's01ldap_userfilter_objectclass', 'person'), ('user_ldap', 's01ldap_email_attr', 'mail'), ('user_ldap', 's01ldap_display_name', 'displayname'),
    ('user_ldap', 's01ldap_expert_username_attr', 'samaccountname'), ('user_ldap', 's01ldap_tls', '0'), ('user_ldap', 's01ldap_turn_off_cert_check', '0'),
    ('spreed', 'signaling_servers', '{"servers":[{"server":"https:\/\/signal.harbourline.example\/","verify":true}],"secret":"' || fixture_gen.chars('sig', 1, 48) || '"}'),
    ('spreed', 'turn_servers', '[{"schemes":"turn,turns","server":"turn.harbourline.example:3478","secret":"' || fixture_gen.hexn('turn', 1, 64) || '","protocols":"udp,tcp"}]'),
    ('spreed', 'stun_servers', '["turn.harbourline.example:3478"]'), ('spreed', 'start_calls', '0'), ('spreed', 'has_reference_id', 'yes'),
    ('onlyoffice', 'DocumentServerUrl', 'https://office.harbourline.example/'), ('onlyoffice', 'jwt_secret', fixture_gen.chars('oojwt', 1, 32)),
    ('onlyoffice', 'jwt_header', 'AuthorizationJwt'), ('onlyoffice', 'customizationChat', 'true'), ('onlyoffice', 'settings_error', ''),
    ('notify_push', 'base_endpoint', 'https://cloud.harbourline.example/push'), ('notify_push', 'cookie', '837412905'), ('serverinfo', 'token', fixture_gen.chars('srvinfo', 1, 40)),
    ('mail', 'google_oauth_client_id', fixture_gen.digits('gcl', 1, 12) || '-' || fixture_gen.chars('gcl', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com'),
    ('mail', 'google_oauth_client_secret', fixture_gen.crypt('gcs', 1, 35)), ('mail', 'abuse_detection', 'on'),
    ('dav', 'sendInvitations', 'yes'), ('dav', 'generateBirthdayCalendar', 'yes'), ('dav', 'sendEventReminders', 'yes'),
    ('guests', 'whitelist', 'files,files_sharing,spreed,text,onlyoffice,viewer,photos'), ('guests', 'hide_users', 'true'),
    ('updatenotification', 'core', '28.0.5.1'), ('updatenotification', 'update_check_errors', '0'), ('settings', 'profile_enabled_by_default', '1'),
    ('activity', 'enable_email', 'yes'), ('files_sharing', 'incoming_server2server_share_enabled', 'yes'), ('files', 'watch_for_live_photos', 'yes')) v;

-- Sessions (type 0) and app passwords (type 1): the login password
-- encrypted with the token's key pair, the private key encrypted by ICrypto.
CREATE TABLE oc_authtoken (
    id bigserial PRIMARY KEY, uid varchar(64) NOT NULL DEFAULT '', login_name varchar(255) NOT NULL DEFAULT '', password text, name text NOT NULL DEFAULT '',
    token varchar(200) NOT NULL DEFAULT '' UNIQUE, type smallint DEFAULT 0, remember smallint DEFAULT 0, last_activity integer DEFAULT 0, last_check integer DEFAULT 0,
    scope text, expires integer, private_key text, public_key text, version smallint NOT NULL DEFAULT 1, password_invalid boolean DEFAULT false, password_hash varchar(255)
);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash)
SELECT p.uid, CASE WHEN t % 3 <> 0 AND t % 5 = 0 THEN p.email ELSE p.uid END, CASE WHEN t % 11 <> 0 THEN fixture_gen.b64('atpw', t, 256) END,
       CASE WHEN t % 3 = 0 THEN fixture_gen.clientua('atc', t) ELSE fixture_gen.ua('atb', t) END,
       fixture_gen.hexn('attok', t, 128), (t % 3 = 0)::int, (t % 3 = 1)::int, 1713000000 + fixture_gen.n('ata', t, 2000000), 1713000000 + fixture_gen.n('ata', t, 2000000) - (t % 300),
       CASE WHEN t % 3 <> 0 AND t % 4 = 0 THEN '{"filesystem":true}' END, NULL, fixture_gen.crypt('atpk', t, 1704), fixture_gen.pubkey('atpub', t), 2, t % 37 = 0,
       CASE WHEN t % 2 = 0 AND t % 11 <> 0 THEN fixture_gen.nchash('atph', p.i) END
FROM generate_series(1, 420) t JOIN fixture_gen.p p ON p.i = 1 + fixture_gen.n('atu', t, 210);

CREATE TABLE oc_twofactor_totp_secrets (
    id bigserial PRIMARY KEY, user_id varchar(64) NOT NULL, secret text NOT NULL, state integer NOT NULL DEFAULT 2, last_validated integer
);
INSERT INTO oc_twofactor_totp_secrets (user_id, secret, state, last_validated)
SELECT uid, fixture_gen.crypt('totp', i, 32), CASE WHEN i % 17 = 0 THEN 1 ELSE 2 END, CASE WHEN i % 17 <> 0 THEN 1713500000 + fixture_gen.n('totpv', i, 1400000) END
FROM fixture_gen.p WHERE i % 5 = 0 OR i = 1;

CREATE TABLE oc_twofactor_backupcodes (
    id bigserial PRIMARY KEY, user_id varchar(64) NOT NULL DEFAULT '', code varchar(128) NOT NULL, used smallint NOT NULL DEFAULT 0
);
INSERT INTO oc_twofactor_backupcodes (user_id, code, used)
SELECT p.uid, fixture_gen.nchash('bc' || c, p.i), (fixture_gen.n('bcu' || c, p.i, 10) = 0)::int FROM fixture_gen.p p, generate_series(1, 10) c WHERE p.i % 10 = 0 OR p.i = 1;

CREATE TABLE oc_storages (
    numeric_id bigserial PRIMARY KEY, id varchar(64) UNIQUE, available integer NOT NULL DEFAULT 1, last_checked integer
);
INSERT INTO oc_storages VALUES (1, 'local::/var/www/nextcloud/data/', 1, NULL);
INSERT INTO oc_storages SELECT i + 1, 'home::' || uid, 1, CASE WHEN i % 40 = 0 THEN 1714300000 + i END FROM fixture_gen.p;

CREATE TABLE oc_mimetypes (
    id bigserial PRIMARY KEY, mimetype varchar(255) NOT NULL DEFAULT '' UNIQUE
);
INSERT INTO oc_mimetypes VALUES (1, 'httpd'), (2, 'httpd/unix-directory'), (3, 'application'), (4, 'application/pdf'), (5, 'image'), (6, 'image/jpeg'), (7, 'image/png'),
    (8, 'text'), (9, 'text/markdown'), (10, 'video'), (11, 'video/mp4'), (12, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    (13, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), (14, 'application/octet-stream'), (15, 'application/x-dwg'), (16, 'image/heic'), (17, 'application/zip'), (18, 'text/plain');

-- The files: a trimmed skeleton for everyone, and each staff member's own
-- files (timesheets, payslips, CVs, passport scans, photos, drawings).
CREATE TABLE fixture_gen.f AS
SELECT row_number() OVER (ORDER BY u, path) AS fileid, u, path, kind FROM (
    SELECT DISTINCT ON (u, path) u, path, kind FROM (
        SELECT p.i AS u, d.path, 'dir' AS kind FROM fixture_gen.p p, unnest(ARRAY['', 'files', 'files/Documents', 'files/Photos', 'files/Projects', 'files/Templates']) d(path)
        WHERE p.i <= 195 OR d.path IN ('', 'files')
        UNION ALL
        SELECT p.i, 'files/' || s, 'skel' FROM fixture_gen.p p, unnest(ARRAY['Nextcloud Manual.pdf', 'Nextcloud intro.mp4', 'Readme.md', 'Documents/Welcome to Nextcloud Hub.docx',
            'Photos/Birdie.jpg', 'Templates/Meeting notes.md']) s WHERE p.i <= 195
        UNION ALL
        SELECT p.i, 'files/' || CASE fixture_gen.n('ft', p.i * 10 + k, 13)
            WHEN 0 THEN 'Documents/Timesheet 2024-' || lpad((1 + k)::text, 2, '0') || '.xlsx'
            WHEN 1 THEN 'Documents/CV_' || replace(p.first, ' ', '_') || '_' || replace(p.last, ' ', '_') || '.pdf'
            WHEN 2 THEN 'Documents/Passport ' || p.fn || '.jpg'
            WHEN 3 THEN 'Documents/Payslip_2024-' || lpad((1 + k)::text, 2, '0') || '.pdf'
            WHEN 4 THEN 'Photos/IMG_2023' || to_char(date '2023-01-01' + fixture_gen.n('fd', p.i * 10 + k, 365), 'MMDD') || '_' || fixture_gen.digits('fti', p.i * 10 + k, 6) || '.jpg'
            WHEN 5 THEN 'Photos/PXL_2024' || to_char(date '2024-01-01' + fixture_gen.n('fd', p.i * 10 + k, 120), 'MMDD') || '_' || fixture_gen.digits('fti', p.i * 10 + k, 9) || '.jpg'
            WHEN 6 THEN 'Projects/' || fixture_gen.pick(ARRAY['2024-031 Kita Lindenhof', '2023-118 Wohnen am Hafen', '2024-007 Library Extension Porto', '2022-090 Clinic Refurb Leeds'], 'fp', p.i * 10 + k)
                        || ' - ' || fixture_gen.pick(ARRAY['A-101 Ground floor', 'A-102 First floor', 'A-301 Sections', 'Fire escape concept', 'Cost estimate v3'], 'fpd', p.i * 10 + k)
                        || fixture_gen.pick(ARRAY['.pdf', '.dwg', '.xlsx'], 'fpe', p.i * 10 + k)
            WHEN 7 THEN 'Documents/Meeting notes ' || to_char(date '2024-01-01' + fixture_gen.n('fd', p.i * 10 + k, 120), 'YYYY-MM-DD') || '.md'
            WHEN 8 THEN 'Documents/Reference letter ' || fixture_gen.full_name('ref', p.i * 10 + k) || '.docx'
            WHEN 9 THEN 'Documents/Invoice ' || (2024000 + fixture_gen.n('inv', p.i * 10 + k, 900))::text || '.pdf'
            WHEN 10 THEN 'Photos/Screenshot 2024-' || lpad((1 + k)::text, 2, '0') || '-1' || k || ' at 10.2' || k || '.png'
            WHEN 11 THEN 'Documents/Lease ' || fixture_gen.street('lease', p.i) || '.pdf'
            ELSE 'Documents/Site photos ' || (1 + k) || '.zip' END, 'own'
        FROM fixture_gen.p p, generate_series(1, 7) k WHERE p.i BETWEEN 2 AND 195) a ORDER BY u, path) b;

CREATE TABLE oc_filecache (
    fileid bigserial PRIMARY KEY, storage bigint NOT NULL DEFAULT 0, path varchar(4000), path_hash varchar(32) NOT NULL DEFAULT '', parent bigint NOT NULL DEFAULT 0,
    name varchar(250), mimetype bigint NOT NULL DEFAULT 0, mimepart bigint NOT NULL DEFAULT 0, size bigint NOT NULL DEFAULT 0, mtime bigint NOT NULL DEFAULT 0,
    storage_mtime bigint NOT NULL DEFAULT 0, encrypted integer NOT NULL DEFAULT 0, unencrypted_size bigint NOT NULL DEFAULT 0, etag varchar(40), permissions integer DEFAULT 0, checksum varchar(255)
);
INSERT INTO oc_filecache
SELECT f.fileid, f.u + 1, f.path, md5(f.path), -1, regexp_replace(f.path, '^.*/', ''), m.mt, m.mp,
       CASE WHEN f.kind = 'dir' THEN 0 ELSE 20000 + fixture_gen.n('fsz', f.fileid, 9000000) END, fixture_gen.ep('fmt', f.fileid), fixture_gen.ep('fmt', f.fileid), 0, 0,
       substr(md5('etag' || f.fileid), 1, 13), CASE WHEN f.kind = 'dir' THEN 31 ELSE 27 END,
       CASE WHEN f.kind = 'own' AND f.fileid % 3 = 0 THEN 'SHA1:' || fixture_gen.hexn('sha1', f.fileid, 40) || ' MD5:' || md5('f' || f.fileid) || ' ADLER32:' || fixture_gen.hexn('adl', f.fileid, 8) ELSE '' END
FROM fixture_gen.f f, LATERAL (SELECT CASE WHEN f.kind = 'dir' THEN 2 WHEN f.path ~ '\.pdf$' THEN 4 WHEN f.path ~ '\.jpg$' THEN 6 WHEN f.path ~ '\.png$' THEN 7
    WHEN f.path ~ '\.md$' THEN 9 WHEN f.path ~ '\.mp4$' THEN 11 WHEN f.path ~ '\.docx$' THEN 12 WHEN f.path ~ '\.xlsx$' THEN 13 WHEN f.path ~ '\.dwg$' THEN 15 ELSE 17 END AS mt) x,
LATERAL (SELECT x.mt, CASE WHEN x.mt = 2 THEN 1 WHEN x.mt IN (6, 7) THEN 5 WHEN x.mt = 9 THEN 8 WHEN x.mt = 11 THEN 10 ELSE 3 END AS mp) m;
UPDATE oc_filecache c SET parent = coalesce((SELECT d.fileid FROM oc_filecache d WHERE d.storage = c.storage AND d.path = CASE WHEN c.path LIKE '%/%' THEN regexp_replace(c.path, '/[^/]*$', '') ELSE '' END), -1)
WHERE c.path <> '';

-- Photos' metadata (Nextcloud 28): EXIF, size and, from phones, GPS.
CREATE TABLE oc_files_metadata (
    id bigserial PRIMARY KEY, file_id bigint NOT NULL UNIQUE, json text NOT NULL, sync_token varchar(15) NOT NULL, last_update timestamp NOT NULL
);
INSERT INTO oc_files_metadata (file_id, json, sync_token, last_update)
SELECT c.fileid, '{"photos-original_date_time":{"value":' || c.mtime || ',"type":"int","etag":"","indexed":true,"editPermission":0},'
       || '"photos-size":{"value":{"width":4032,"height":3024},"type":"array","etag":"","indexed":false,"editPermission":0},'
       || '"photos-exif":{"value":{"Make":"' || g.make || '","Model":"' || g.model || '","ExposureTime":"1\/' || (60 + c.fileid % 200) || '","FNumber":"189\/100","ISOSpeedRatings":"' || (50 + c.fileid % 400) || '"},"type":"array","etag":"","indexed":false,"editPermission":0}'
       || CASE WHEN c.name LIKE 'Birdie%' THEN '' ELSE ',"photos-gps":{"value":{"latitude":' || round((g.lat + fixture_gen.n('glat', c.fileid, 2000) / 20000.0 - 0.05)::numeric, 6)
           || ',"longitude":' || round((g.lon + fixture_gen.n('glon', c.fileid, 2000) / 20000.0 - 0.05)::numeric, 6) || ',"altitude":' || (20 + c.fileid % 180) || '},"type":"array","etag":"","indexed":false,"editPermission":0}' END || '}',
       fixture_gen.chars('mst', c.fileid, 15), to_timestamp(c.mtime + 3600)::timestamp
FROM oc_filecache c,
LATERAL (SELECT * FROM (VALUES (0, 'Apple', 'iPhone 13', 53.5461, 9.9661), (1, 'Google', 'Pixel 8', 52.5208, 13.4094), (2, 'samsung', 'SM-S911B', 48.8566, 2.3522),
    (3, 'Apple', 'iPhone 15 Pro', 41.1579, -8.6291), (4, 'Google', 'Pixel 7a', 53.8008, -1.5491)) v(k, make, model, lat, lon) WHERE v.k = fixture_gen.n('gcity', c.storage, 5)) g
WHERE c.mimetype = 6 AND (c.name LIKE 'IMG%' OR c.name LIKE 'PXL%' OR c.name LIKE 'Birdie%' AND c.fileid % 4 = 0);

-- summary: a calendar event's title, some of them naming someone or a health matter.
CREATE FUNCTION fixture_gen.summary(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Site visit Kita Lindenhof', 'Jour fixe Wohnen am Hafen', 'Client call Statik Nord', 'Dentist', 'Physiotherapy', 'Parent-teacher evening',
    '1:1 ' || fixture_gen.first_name(tag, i), 'Lunch with ' || fixture_gen.full_name(tag, i), 'Dr. ' || fixture_gen.last_name(tag, i) || ' - check-up', 'Team retro',
    'Fire safety inspection', 'Vacation', 'Kids pick-up', 'Flight to Porto', 'Tender opening Library Extension'], tag, i)
$$;

CREATE TABLE fixture_gen.own AS SELECT row_number() OVER (ORDER BY fileid) AS rn, fileid, u, path FROM fixture_gen.f WHERE kind = 'own';

CREATE TABLE oc_share (
    id bigserial PRIMARY KEY, share_type smallint NOT NULL DEFAULT 0, share_with varchar(255), password varchar(255), uid_owner varchar(64) NOT NULL DEFAULT '',
    uid_initiator varchar(64), parent bigint, item_type varchar(64) NOT NULL DEFAULT '', item_source varchar(255), item_target varchar(255), file_source bigint,
    file_target varchar(512), permissions smallint NOT NULL DEFAULT 0, stime bigint NOT NULL DEFAULT 0, accepted smallint NOT NULL DEFAULT 0, expiration timestamp,
    token varchar(32), mail_send smallint NOT NULL DEFAULT 0, share_name varchar(64), password_by_talk boolean DEFAULT false, note text, hide_download smallint DEFAULT 0,
    label varchar(255), attributes json, password_expiration_time timestamp, reminder_sent boolean DEFAULT false
);
INSERT INTO oc_share (share_type, share_with, password, uid_owner, uid_initiator, item_type, item_source, item_target, file_source, file_target, permissions, stime,
    accepted, expiration, token, mail_send, note, hide_download, label, attributes)
SELECT s.ty, CASE s.ty WHEN 0 THEN r.uid WHEN 1 THEN fixture_gen.pick(ARRAY['Architects', 'Site Supervision', 'Management', 'Office'], 'shg', t) WHEN 4 THEN fixture_gen.mail('shm', t)
                 WHEN 6 THEN fixture_gen.ascii(fixture_gen.first_name('shf', t)) || '.' || fixture_gen.ascii(fixture_gen.last_name('shf', t)) || '@'
                     || fixture_gen.pick(ARRAY['cloud.statik-nord.example', 'nc.kowalski-bau.example'], 'shfd', t) END,
       CASE WHEN s.ty = 3 AND t % 5 < 2 OR s.ty = 4 AND t % 3 = 0 THEN fixture_gen.nchash('shpw', t) END,
       o.uid, CASE WHEN t % 10 = 0 AND s.ty <> 0 THEN r.uid ELSE o.uid END, CASE WHEN f.path LIKE '%.zip' AND t % 2 = 0 THEN 'folder' ELSE 'file' END,
       f.fileid::text, '/' || f.fileid, f.fileid, '/' || regexp_replace(f.path, '^.*/', ''),
       CASE s.ty WHEN 3 THEN 17 WHEN 1 THEN 19 ELSE (ARRAY[1, 19, 27])[1 + t % 3] END, fixture_gen.ep('sht', t), (s.ty IN (0, 1))::int,
       CASE WHEN s.ty = 3 AND t % 5 <> 4 THEN (to_timestamp(fixture_gen.ep('sht', t) + 1209600)::date)::timestamp END,
       CASE WHEN s.ty IN (3, 4, 6) THEN fixture_gen.chars('shtok', t, 15, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') END, (s.ty IN (0, 4))::int,
       CASE WHEN t % 4 = 0 THEN fixture_gen.pick(ARRAY['Latest set for the client meeting on Thursday.', 'Please check the door schedule, numbers changed since rev C.',
           'Hi ' || r.first || ', here are the photos you asked for. Call me on ' || o.phone || ' if anything is unclear.', 'Signed copy, please forward to payroll.',
           'Only for the tender team until the 15th, please.'], 'shn', t) ELSE '' END, (s.ty = 3 AND t % 7 = 0)::int,
       CASE WHEN s.ty = 3 AND t % 3 = 0 THEN fixture_gen.pick(ARRAY['Client review', 'Contractor access', 'Tender documents', 'For ' || r.fn || ' (structural engineer)',
           'Photos for ' || r.first], 'shl', t) ELSE '' END, CASE WHEN s.ty IN (0, 1) THEN '[{"scope":"permissions","key":"download","enabled":true}]' END::json
FROM generate_series(1, 320) t
JOIN fixture_gen.own f ON f.rn = 1 + fixture_gen.n('shfi', t, (SELECT count(*)::int FROM fixture_gen.own))
JOIN fixture_gen.p o ON o.i = f.u
JOIN fixture_gen.p r ON r.i = 2 + (f.u + fixture_gen.n('shr', t, 190)) % 194,
LATERAL (SELECT (ARRAY[0, 0, 0, 0, 1, 1, 3, 3, 3, 4, 6])[1 + fixture_gen.n('shty', t, 11)] AS ty) s;

CREATE TABLE oc_mounts (
    id bigserial PRIMARY KEY, storage_id bigint NOT NULL, root_id bigint NOT NULL, user_id varchar(64) NOT NULL, mount_point varchar(4000) NOT NULL, mount_id bigint, mount_provider_class varchar(128)
);
INSERT INTO oc_mounts (storage_id, root_id, user_id, mount_point, mount_id, mount_provider_class)
SELECT c.storage, c.fileid, p.uid, '/' || p.uid || '/', NULL::bigint, 'OC\Files\Mount\LocalHomeMountProvider' FROM oc_filecache c JOIN fixture_gen.p p ON c.storage = p.i + 1 WHERE c.path = ''
UNION ALL
SELECT c.storage, c.fileid, s.share_with, '/' || s.share_with || '/files' || s.file_target || '/', NULL, 'OCA\Files_Sharing\MountProvider'
FROM oc_share s JOIN oc_filecache c ON c.fileid = s.file_source WHERE s.share_type = 0;

-- The activity stream: subjectparams name the file and the other user, the
-- address an email share went to, a calendar event's title.
CREATE TABLE oc_activity (
    activity_id bigserial PRIMARY KEY, timestamp integer NOT NULL DEFAULT 0, priority integer NOT NULL DEFAULT 0, type varchar(255), "user" varchar(64),
    affecteduser varchar(64) NOT NULL, app varchar(32) NOT NULL, subject varchar(255) NOT NULL, subjectparams text NOT NULL, message varchar(255),
    messageparams text, file varchar(4000), link varchar(4000), object_type varchar(255), object_id bigint NOT NULL DEFAULT 0
);
INSERT INTO oc_activity (timestamp, priority, type, "user", affecteduser, app, subject, subjectparams, message, messageparams, file, link, object_type, object_id)
SELECT 1704067200 + t * 14321, 30, a.type, o.uid, CASE WHEN a.k = 3 THEN r.uid ELSE o.uid END, a.app, a.subject, a.params, '', '[]', a.file, a.link, a.otype, a.oid
FROM generate_series(1, 900) t
JOIN fixture_gen.own f ON f.rn = 1 + fixture_gen.n('acf', t, (SELECT count(*)::int FROM fixture_gen.own))
JOIN fixture_gen.p o ON o.i = f.u
JOIN fixture_gen.p r ON r.i = 2 + (f.u + fixture_gen.n('acr', t, 190)) % 194,
LATERAL (SELECT substr(f.path, 6) AS rel, regexp_replace(substr(f.path, 6), '/[^/]*$', '') AS dir) x,
LATERAL (SELECT * FROM (VALUES
    (0, 'file_created', 'files', 'created_self', '[{"' || f.fileid || '":' || replace(fixture_gen.js(x.rel), '/', '\/') || '}]', x.rel, 'files', f.fileid),
    (1, 'file_changed', 'files', 'changed_self', '[{"' || f.fileid || '":' || replace(fixture_gen.js(x.rel), '/', '\/') || '}]', x.rel, 'files', f.fileid),
    (2, 'shared', 'files_sharing', 'shared_user_self', '[{"' || f.fileid || '":' || replace(fixture_gen.js(x.rel), '/', '\/') || '},' || fixture_gen.js(r.uid) || ']', x.rel, 'files', f.fileid),
    (3, 'shared', 'files_sharing', 'shared_with_by', '[{"' || f.fileid || '":' || replace(fixture_gen.js(x.rel), '/', '\/') || '},' || fixture_gen.js(o.uid) || ']', x.rel, 'files', f.fileid),
    (4, 'public_links', 'files_sharing', 'shared_link_self', '[{"' || f.fileid || '":' || replace(fixture_gen.js(x.rel), '/', '\/') || '}]', x.rel, 'files', f.fileid),
    (5, 'calendar_event', 'dav', 'object_add_event_self', '{"actor":' || fixture_gen.js(o.uid) || ',"calendar":{"id":' || o.i || ',"uri":"personal","name":"Personal"},"object":{"id":"'
        || fixture_gen.uuid('ev', t) || '","name":' || fixture_gen.js(fixture_gen.summary('acs', t)) || ',"classified":false}}', '', 'calendar', o.i::bigint),
    (6, 'security', 'settings', 'app_token_created', '{"name":' || replace(fixture_gen.js(fixture_gen.clientua('acu', t)), '/', '\/') || '}', '', 'app_token', t::bigint),
    (7, 'shared', 'sharebymail', 'shared_with_email_self', '[{"' || f.fileid || '":' || replace(fixture_gen.js(x.rel), '/', '\/') || '},' || fixture_gen.js(fixture_gen.mail('acm', t)) || ']', x.rel, 'files', f.fileid)
) v(k, type, app, subject, params, file, otype, oid) WHERE v.k = fixture_gen.n('ack', t, 8)) a0,
LATERAL (SELECT a0.*, CASE WHEN a0.file <> '' THEN 'https://cloud.harbourline.example/index.php/apps/files/?dir=' || x.dir ELSE '' END AS link) a;

-- Comments on files, and Talk's chat (object_type chat) with its system messages.
CREATE TABLE oc_comments (
    id bigserial PRIMARY KEY, parent_id bigint NOT NULL DEFAULT 0, topmost_parent_id bigint NOT NULL DEFAULT 0, children_count integer NOT NULL DEFAULT 0,
    actor_type varchar(64) NOT NULL DEFAULT '', actor_id varchar(64) NOT NULL DEFAULT '', message text, verb varchar(64), creation_timestamp timestamp,
    latest_child_timestamp timestamp, object_type varchar(64) NOT NULL DEFAULT '', object_id varchar(64) NOT NULL DEFAULT '', reference_id varchar(64),
    reactions varchar(4000), expire_date timestamp, meta_data text
);
INSERT INTO oc_comments (parent_id, topmost_parent_id, actor_type, actor_id, message, verb, creation_timestamp, object_type, object_id, reference_id, reactions, meta_data)
SELECT CASE WHEN k = 9 THEN t - 1 ELSE 0 END, CASE WHEN k = 9 THEN t - 1 ELSE 0 END,
       CASE WHEN t % 20 = 7 THEN 'guests' ELSE 'users' END, CASE WHEN t % 20 = 7 THEN fixture_gen.hexn('guest', t % 9, 40) ELSE o.uid END,
       CASE WHEN k < 3 THEN fixture_gen.pick(ARRAY['Rev C checked, two dimensions missing on axis 4.', 'Looks good, send it to ' || fixture_gen.full_name('cmf', t) || ' at Statik Nord.',
               'Please do not share this outside the team.', 'Updated cost estimate, see tab 3.', 'Is this the version the client signed?'], 'cmm', t)
            WHEN k < 8 THEN fixture_gen.pick(ARRAY['Morning all, I am on site at Lindenhof until noon.', '@' || r.uid || ' can you check the fire escape drawing before 3?',
               r.first || ' is off sick today, I will take the client call.', 'Client called, please ring them back on ' || fixture_gen.phone('cmp', t), 'Happy birthday ' || r.first || '! 🎂',
               'Printer on the 2nd floor is jammed again.', 'Who has the key for the model room?', 'Uploaded rev D of the sections to the project folder.',
               'Can we move the jour fixe to Thursday?', 'Deliveries go to ' || fixture_gen.street('cms', t) || ' from Monday.'], 'cmc', t)
            WHEN k = 8 THEN fixture_gen.pick(ARRAY['{"message":"call_ended","parameters":{"users":[' || fixture_gen.js(o.uid) || ',' || fixture_gen.js(r.uid) || '],"guests":[],"duration":' || (60 + t * 7 % 3000) || '}}',
               '{"message":"user_added","parameters":{"user":' || fixture_gen.js(r.uid) || '}}', '{"message":"call_started","parameters":[]}', '{"message":"conversation_renamed","parameters":{"newName":"Lindenhof site","oldName":"Lindenhof"}}'], 'cmy', t)
            ELSE fixture_gen.pick(ARRAY['👍', '❤️', '😂', '🎉'], 'cmr', t) END, CASE WHEN k < 8 THEN 'comment' WHEN k = 8 THEN 'system' ELSE 'reaction' END, to_timestamp(1704067200 + t * 25013)::timestamp,
       CASE WHEN k < 3 THEN 'files' ELSE 'chat' END, CASE WHEN k < 3 THEN f.fileid::text ELSE (1 + t % 14)::text END, CASE WHEN k BETWEEN 3 AND 7 AND t % 3 <> 0 THEN fixture_gen.hexn('cref', t, 64) END,
       CASE WHEN k BETWEEN 3 AND 7 AND t % 9 = 0 THEN '{"👍":' || (1 + t % 3) || '}' END,
       CASE WHEN k BETWEEN 3 AND 7 AND t % 23 = 0 THEN '{"last_edited_by_type":"users","last_edited_by_id":' || fixture_gen.js(o.uid) || ',"last_edited_time":' || (1704067200 + t * 25013 + 600) || '}'
            WHEN k BETWEEN 3 AND 7 AND t % 31 = 0 THEN '{"silent":true}' END
FROM generate_series(1, 520) t
JOIN fixture_gen.own f ON f.rn = 1 + fixture_gen.n('cmfi', t, (SELECT count(*)::int FROM fixture_gen.own))
JOIN fixture_gen.p o ON o.i = f.u
JOIN fixture_gen.p r ON r.i = 2 + (f.u + fixture_gen.n('cmr', t, 190)) % 194,
LATERAL (SELECT fixture_gen.n('cmk', t, 10) AS k) kk;
UPDATE oc_comments c SET children_count = x.n, latest_child_timestamp = x.ts FROM (SELECT parent_id, count(*) AS n, max(creation_timestamp) AS ts FROM oc_comments WHERE parent_id > 0 GROUP BY parent_id) x WHERE c.id = x.parent_id;

CREATE TABLE oc_notifications (
    notification_id bigserial PRIMARY KEY, app varchar(32) NOT NULL, "user" varchar(64) NOT NULL, timestamp integer NOT NULL DEFAULT 0, object_type varchar(64) NOT NULL,
    object_id varchar(64) NOT NULL, subject varchar(64) NOT NULL, subject_parameters text, message varchar(64), message_parameters text, link varchar(4000), icon varchar(64), actions text
);
INSERT INTO oc_notifications (app, "user", timestamp, object_type, object_id, subject, subject_parameters, message, message_parameters, link, icon, actions)
SELECT v.app, p.uid, 1713000000 + t * 5077, v.otype, v.oid, v.subject, v.sp, v.msg, v.mp, v.link, '', v.actions
FROM generate_series(1, 320) t
JOIN fixture_gen.p p ON p.i = 1 + fixture_gen.n('ntu', t, 195)
JOIN fixture_gen.p r ON r.i = 2 + fixture_gen.n('ntr', t, 194),
LATERAL (SELECT fixture_gen.summary('nts', t) AS title, to_char(to_timestamp(1714000000 + t * 7200) AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD"T"HH24:MI:SS"+02:00"') AS st,
    lower(fixture_gen.chars('room', t % 14, 8, 'abcdefghijkmnopqrstuvwxyz23456789')) AS room) x,
LATERAL (SELECT * FROM (VALUES
    (0, 'spreed', 'chat', x.room, 'mention', '{"userType":"users","userId":' || fixture_gen.js(r.uid) || '}', 'comment', '{"commentId":"' || (t * 3) || '"}', 'https://cloud.harbourline.example/call/' || x.room, '[]'),
    (1, 'dav', 'dav', fixture_gen.uuid('ev', t) || '.ics', 'calendar_reminder', '{"title":' || fixture_gen.js(x.title) || ',"start_atom":"' || x.st || '"}', 'calendar_reminder',
        '{"title":' || fixture_gen.js(x.title) || ',"description":' || fixture_gen.js(CASE WHEN t % 3 = 0 THEN 'Bring the insurance card' ELSE NULL END) || ',"location":'
        || fixture_gen.js(CASE WHEN t % 2 = 0 THEN fixture_gen.street('ntl', t) || ', ' || fixture_gen.city('ntl', t) END) || ',"all_day":false,"start_atom":"' || x.st
        || '","start_is_floating":false,"start_timezone":"Europe\/Berlin","end_atom":"' || x.st || '","end_is_floating":false,"end_timezone":"Europe\/Berlin","calendar_displayname":"Personal"}', '', '[]'),
    (2, 'federatedfilesharing', 'remote_share', (t * 2)::text, 'remote_share', '["' || fixture_gen.ascii(fixture_gen.first_name('ntf', t)) || '@cloud.statik-nord.example",'
        || fixture_gen.js(fixture_gen.full_name('ntf', t)) || ',"Tender documents"]', '', '[]', '',
        '[{"label":"accept","link":"https:\/\/cloud.harbourline.example\/ocs\/v2.php\/apps\/files_sharing\/api\/v1\/remote_shares\/pending\/' || (t * 2) || '","type":"POST","primary":true},'
        || '{"label":"decline","link":"https:\/\/cloud.harbourline.example\/ocs\/v2.php\/apps\/files_sharing\/api\/v1\/remote_shares\/pending\/' || (t * 2) || '","type":"DELETE","primary":false}]'),
    (3, 'spreed', 'call', x.room, 'call', '{"callee":' || fixture_gen.js(r.uid) || '}', '', '[]', 'https://cloud.harbourline.example/call/' || x.room, '[]'),
    (4, 'twofactor_backupcodes', 'create', 'codes', 'create', '[]', '', '[]', '', '[]'),
    (5, 'updatenotification', 'core', '28.0.6', 'update_available', '{"version":"28.0.6"}', '', '[]', 'https://cloud.harbourline.example/settings/admin/overview#version', '[]')
) v(k, app, otype, oid, subject, sp, msg, mp, link, actions) WHERE v.k = CASE WHEN p.i = 1 AND t % 2 = 0 THEN 5 ELSE fixture_gen.n('ntk', t, 5) END) v;

-- Login flow v2 (desktop and mobile clients): the poll token's hash, the
-- login token, a key pair and, once granted, the app password encrypted.
CREATE TABLE oc_login_flow_v2 (
    id bigserial PRIMARY KEY, timestamp bigint NOT NULL, started smallint NOT NULL DEFAULT 0, poll_token varchar(255) NOT NULL UNIQUE,
    login_token varchar(255) NOT NULL UNIQUE, public_key text NOT NULL, private_key text NOT NULL, client_name varchar(255) NOT NULL,
    login_name varchar(255), server varchar(255), app_password varchar(1024)
);
INSERT INTO oc_login_flow_v2 (timestamp, started, poll_token, login_token, public_key, private_key, client_name, login_name, server, app_password)
SELECT 1714990000 + t * 37, (t % 3 <> 0)::int, fixture_gen.hexn('lfpoll', t, 128), fixture_gen.chars('lflog', t, 128), fixture_gen.pubkey('lfpub', t), fixture_gen.crypt('lfpk', t, 1704),
       fixture_gen.clientua('lfc', t), CASE WHEN t % 3 = 1 THEN p.uid END, CASE WHEN t % 3 = 1 THEN 'https://cloud.harbourline.example' END, CASE WHEN t % 3 = 1 THEN fixture_gen.b64('lfapw', t, 256) END
FROM generate_series(1, 24) t JOIN fixture_gen.p p ON p.i = 2 + fixture_gen.n('lfu', t, 194);

CREATE TABLE oc_bruteforce_attempts (
    id bigserial PRIMARY KEY, action varchar(64) NOT NULL DEFAULT '', occurred integer NOT NULL DEFAULT 0, ip varchar(255) NOT NULL DEFAULT '',
    subnet varchar(255) NOT NULL DEFAULT '', metadata varchar(255) NOT NULL DEFAULT ''
);
INSERT INTO oc_bruteforce_attempts (action, occurred, ip, subnet, metadata)
SELECT a.action, 1714900000 + t * 311, x.ip, CASE WHEN x.ip LIKE '%:%' THEN regexp_replace(x.ip, '::.*$', '') || '::/64' ELSE x.ip || '/32' END,
       CASE WHEN a.action = 'publicLinkAuth' THEN '[]' ELSE '{"user":' || fixture_gen.js(CASE t % 7 WHEN 0 THEN fixture_gen.pick(ARRAY['admin', 'administrator', 'test', 'root', 'info'], 'bfa', t)
           WHEN 1 THEN p.email WHEN 2 THEN substr(p.uid, 1, length(p.uid) - 1) ELSE p.uid END) || '}' END
FROM generate_series(1, 300) t JOIN fixture_gen.p p ON p.i = 1 + fixture_gen.n('bfu', t, 210),
LATERAL (SELECT CASE WHEN t % 4 = 0 THEN fixture_gen.ipv6('bfi', t % 120) ELSE fixture_gen.ipv4('bfi', t % 120) END AS ip) x,
LATERAL (SELECT (ARRAY['login', 'login', 'login', 'login', 'login', 'login', 'sudo', 'publicLinkAuth'])[1 + fixture_gen.n('bfk', t, 8)] AS action) a;

CREATE TABLE oc_addressbooks (
    id bigserial PRIMARY KEY, principaluri varchar(255), displayname varchar(255), uri varchar(255), description varchar(255), synctoken integer NOT NULL DEFAULT 1
);
INSERT INTO oc_addressbooks SELECT i, 'principals/users/' || uid, 'Contacts', 'contacts', NULL, 1 + fixture_gen.n('absy', i, 400) FROM fixture_gen.p WHERE i <= 195;
INSERT INTO oc_addressbooks VALUES (1000, 'principals/system/system', 'System Address Book', 'system', NULL, 2310);

-- Contacts: people's own address books, and the system address book's card per account.
CREATE TABLE fixture_gen.c AS
SELECT t, 2 + fixture_gen.n('cab', t, 194) AS ab, fixture_gen.uuid('card', t) AS uid, fixture_gen.first_name('ncc', t) AS first, fixture_gen.last_name('nccl', t) AS last,
       concat_ws(E'\r\n', 'BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Sabre//Sabre VObject 4.5.4//EN', 'UID:' || fixture_gen.uuid('card', t),
           'FN:' || fixture_gen.first_name('ncc', t) || ' ' || fixture_gen.last_name('nccl', t), 'N:' || fixture_gen.last_name('nccl', t) || ';' || fixture_gen.first_name('ncc', t) || ';;;',
           CASE WHEN t % 5 < 2 THEN 'ORG:' || fixture_gen.pick(ARRAY['Statik Nord GmbH', 'Kowalski Bau', 'Lumen Lighting Ltd', 'City of Leeds Planning', 'Atelier Vert'], 'corg', t) END,
           CASE WHEN t % 6 <> 5 THEN 'EMAIL;TYPE=' || CASE WHEN t % 2 = 0 THEN 'HOME' ELSE 'WORK' END || ':' || fixture_gen.mail('ncc', t) END,
           CASE WHEN t % 4 <> 3 THEN 'TEL;TYPE=CELL:' || fixture_gen.phone('cph', t) END,
           CASE WHEN t % 2 = 0 THEN 'ADR;TYPE=HOME:;;' || fixture_gen.street('cad', t) || ';' || fixture_gen.city('cad', t) || ';;' || fixture_gen.postcode('cad', t) || ';' END,
           CASE WHEN t % 3 = 0 THEN 'BDAY:' || to_char(fixture_gen.birth_date('cbd', t), 'YYYY-MM-DD') END,
           CASE WHEN t % 9 = 0 THEN 'NOTE:' || fixture_gen.pick(ARRAY['Met at the BAU fair', 'Prefers calls after 4pm', 'Allergic to nuts (team lunch)'], 'cnote', t) END,
           'REV;VALUE=DATE-AND-OR-TIME:' || to_char(fixture_gen.stamp('crev', t), 'YYYYMMDD"T"HH24MISS"Z"'), 'END:VCARD') || E'\r\n' AS vcard
FROM generate_series(1, 420) t
UNION ALL
SELECT 1000 + p.i, 1000, p.uid, p.first, p.last,
       concat_ws(E'\r\n', 'BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Sabre//Sabre VObject 4.5.4//EN', 'UID:' || p.uid, 'FN:' || p.fn, 'N:' || p.last || ';' || p.first || ';;;',
           'EMAIL;TYPE=OTHER:' || p.email, CASE WHEN p.i % 2 = 0 THEN 'TEL;TYPE=OTHER:' || p.phone END, 'CLOUD:' || p.uid || '@cloud.harbourline.example', 'END:VCARD') || E'\r\n'
FROM fixture_gen.p p WHERE p.i BETWEEN 2 AND 195;

CREATE TABLE oc_cards (
    id bigserial PRIMARY KEY, addressbookid bigint NOT NULL DEFAULT 0, carddata bytea, uri varchar(255), lastmodified bigint, etag varchar(32), size bigint NOT NULL, uid varchar(255)
);
INSERT INTO oc_cards SELECT t, ab, convert_to(vcard, 'UTF8'), CASE WHEN ab = 1000 THEN 'Database:' || uid || '.vcf' ELSE uid || '.vcf' END, fixture_gen.ep('cmod', t), md5(vcard), octet_length(vcard), uid
FROM fixture_gen.c;

CREATE TABLE oc_cards_properties (
    id bigserial PRIMARY KEY, addressbookid bigint NOT NULL DEFAULT 0, cardid bigint NOT NULL DEFAULT 0, name varchar(64), value varchar(255), preferred integer NOT NULL DEFAULT 1
);
INSERT INTO oc_cards_properties (addressbookid, cardid, name, value, preferred)
SELECT c.ab, c.t, split_part(l.line, ':', 1), substr(l.line, length(split_part(l.line, ':', 1)) + 2), 0
FROM fixture_gen.c c, LATERAL (SELECT regexp_replace(line, ';[^:]*:', ':') AS line FROM regexp_split_to_table(c.vcard, E'\r\n') line) l
WHERE split_part(l.line, ':', 1) IN ('UID', 'FN', 'N', 'ORG', 'EMAIL', 'TEL', 'ADR', 'BDAY', 'NOTE', 'CLOUD');

CREATE TABLE oc_calendars (
    id bigserial PRIMARY KEY, principaluri varchar(255), displayname varchar(255), uri varchar(255), synctoken integer NOT NULL DEFAULT 1, description varchar(255),
    calendarorder integer NOT NULL DEFAULT 0, calendarcolor varchar(255), timezone text, components varchar(64), transparent smallint NOT NULL DEFAULT 0, deleted_at integer
);
INSERT INTO oc_calendars
SELECT i, 'principals/users/' || uid, 'Personal', 'personal', 1 + fixture_gen.n('casy', i, 900), NULL, 0, fixture_gen.pick(ARRAY['#0082c9', '#1f4e5f', '#c98879', '#795aab'], 'cac', i),
       CASE WHEN i % 3 = 0 THEN concat_ws(E'\r\n', 'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IDN nextcloud.com//Calendar app 4.7.4//EN', 'CALSCALE:GREGORIAN', 'BEGIN:VTIMEZONE',
           'TZID:Europe/Berlin', 'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
           'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
           'END:STANDARD', 'END:VTIMEZONE', 'END:VCALENDAR') END, 'VEVENT,VTODO', 0, CASE WHEN i = 77 THEN 1714600000 END
FROM fixture_gen.p WHERE i <= 195
UNION ALL
SELECT 300 + i, 'principals/users/' || uid, 'Contact birthdays', 'contact_birthdays', 1 + fixture_gen.n('cbsy', i, 90), NULL, 0, '#E9D859', NULL, 'VEVENT', 1, NULL
FROM fixture_gen.p WHERE i <= 195 AND i % 5 <> 3;

CREATE TABLE oc_calendarobjects (
    id bigserial PRIMARY KEY, calendardata bytea, uri varchar(255), calendarid bigint NOT NULL, lastmodified integer, etag varchar(32), size bigint NOT NULL,
    componenttype varchar(8), firstoccurence bigint, lastoccurence bigint, uid varchar(255), classification integer DEFAULT 0, calendartype integer NOT NULL DEFAULT 0, deleted_at integer
);
-- Events, and the birthday calendar's events built from contacts' BDAY
-- (DTSTART is the birth date, moved to 1970 when earlier, as Nextcloud does).
INSERT INTO oc_calendarobjects (calendardata, uri, calendarid, lastmodified, etag, size, componenttype, firstoccurence, lastoccurence, uid, classification, calendartype)
SELECT convert_to(e.ics, 'UTF8'), e.uid || '.ics', e.cal, 1700000000 + e.t * 3911, md5(e.ics), octet_length(e.ics), 'VEVENT', e.st, e.en, e.uid, CASE WHEN e.t % 11 = 0 THEN 1 ELSE 0 END, 0
FROM (SELECT t, p.i AS cal, fixture_gen.uuid('ev', t) AS uid, x.st, x.st + 3600 AS en,
          concat_ws(E'\r\n', 'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IDN nextcloud.com//Calendar app 4.7.4//EN', 'CALSCALE:GREGORIAN', 'BEGIN:VEVENT',
              'CREATED:' || to_char(to_timestamp(x.st - 604800) AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"'), 'DTSTAMP:' || to_char(to_timestamp(x.st - 604800) AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"'),
              'SEQUENCE:' || (t % 3), 'UID:' || fixture_gen.uuid('ev', t), 'DTSTART;TZID=Europe/Berlin:' || to_char(to_timestamp(x.st) AT TIME ZONE 'Europe/Berlin', 'YYYYMMDD"T"HH24MISS'),
              'DTEND;TZID=Europe/Berlin:' || to_char(to_timestamp(x.st + 3600) AT TIME ZONE 'Europe/Berlin', 'YYYYMMDD"T"HH24MISS'), 'STATUS:CONFIRMED', 'SUMMARY:' || fixture_gen.summary('acs', t),
              CASE WHEN t % 3 = 0 THEN 'LOCATION:' || fixture_gen.street('evl', t) || '\, ' || fixture_gen.city('evl', t) END,
              CASE WHEN t % 5 = 0 THEN 'DESCRIPTION:' || fixture_gen.pick(ARRAY['Bring the signed plans.', 'Dial-in: https://cloud.harbourline.example/call/' || lower(fixture_gen.chars('room', t % 14, 8, 'abcdefghijkmnopqrstuvwxyz23456789')),
                  'Call ' || fixture_gen.first_name('evd', t) || ' on ' || fixture_gen.phone('evd', t) || ' if late.'], 'evdp', t) END,
              CASE WHEN t % 4 = 0 THEN 'ORGANIZER;CN=' || p.fn || ':mailto:' || p.email END,
              CASE WHEN t % 4 = 0 THEN 'ATTENDEE;CN=' || fixture_gen.first_name('eva', t) || ' ' || fixture_gen.last_name('eval', t) || ';CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:' || fixture_gen.mail('eva', t) END,
              CASE WHEN t % 2 = 0 THEN E'BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:This is an event reminder\r\nTRIGGER;RELATED=START:-PT15M\r\nEND:VALARM' END,
              'END:VEVENT', 'END:VCALENDAR') || E'\r\n' AS ics
      FROM generate_series(1, 560) t JOIN fixture_gen.p p ON p.i = 1 + fixture_gen.n('evc', t, 195), LATERAL (SELECT 1704067200 + 1800 * fixture_gen.n('evs', t, 17520) AS st) x
      UNION ALL
      SELECT c.t + 10000, 300 + c.ab, c.uid, extract(epoch FROM v.d)::bigint, 2145916800,
          concat_ws(E'\r\n', 'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sabre//Sabre VObject 4.5.4//EN', 'CALSCALE:GREGORIAN', 'BEGIN:VEVENT', 'UID:' || c.uid,
              'DTSTART;VALUE=DATE:' || to_char(v.d, 'YYYYMMDD'), 'DTEND;VALUE=DATE:' || to_char(v.d + 1, 'YYYYMMDD'), 'RRULE:FREQ=YEARLY', 'SUMMARY:🎂 ' || c.first || ' ' || c.last || ' (' || substr(v.b, 1, 4) || ')',
              'TRANSP:TRANSPARENT', 'X-NEXTCLOUD-BC-FIELD-TYPE:BDAY', CASE WHEN v.b < '1970' THEN 'X-NEXTCLOUD-BC-YEAR:' || substr(v.b, 1, 4) END, 'END:VEVENT', 'END:VCALENDAR') || E'\r\n'
      FROM fixture_gen.c c, LATERAL (SELECT substring(c.vcard FROM 'BDAY:([0-9-]+)') AS b) b0,
      LATERAL (SELECT b0.b, CASE WHEN b0.b < '1970' THEN ('1970' || substr(b0.b, 5))::date ELSE b0.b::date END AS d) v WHERE v.b IS NOT NULL AND c.ab < 1000 AND c.ab % 5 <> 3) e;

CREATE TABLE oc_jobs (
    id bigserial PRIMARY KEY, class varchar(255) NOT NULL DEFAULT '', argument varchar(4000) NOT NULL DEFAULT '', last_run integer DEFAULT 0, last_checked integer DEFAULT 0,
    reserved_at integer DEFAULT 0, execution_duration integer NOT NULL DEFAULT 0, argument_hash varchar(64), time_sensitive smallint NOT NULL DEFAULT 1
);
INSERT INTO oc_jobs (class, argument, last_run, last_checked, reserved_at, execution_duration, argument_hash, time_sensitive)
SELECT j.class, j.arg, 1714990000 - t * 613, 1714999000 - t * 7, 0, t % 4, md5(j.arg), (t % 5 <> 0)::int
FROM (SELECT row_number() OVER () AS t, * FROM (
    SELECT c AS class, 'null' AS arg FROM unnest(ARRAY['OCA\Files_Trashbin\BackgroundJob\ExpireTrash', 'OCA\Files_Versions\BackgroundJob\ExpireVersions', 'OC\Preview\BackgroundCleanupJob',
        'OCA\DAV\BackgroundJob\CalendarRetentionJob', 'OCA\UserStatus\BackgroundJob\ClearOldStatusesBackgroundJob', 'OC\Core\BackgroundJobs\CleanupLoginFlowV2',
        'OCA\Activity\BackgroundJob\EmailNotification', 'OCA\Activity\BackgroundJob\ExpireActivities', 'OCA\Files_Sharing\ExpireSharesJob', 'OC\Authentication\Token\TokenCleanupJob',
        'OCA\Notifications\BackgroundJob\GenerateUserSettings', 'OCA\UpdateNotification\BackgroundJob\UpdateAvailableNotifications', 'OCA\Spreed\BackgroundJob\RemoveEmptyRooms']) c
    UNION ALL SELECT 'OCA\DAV\BackgroundJob\BuildReminderIndexBackgroundJob', '{"offset":0,"stopAt":0}'
    UNION ALL SELECT 'OCA\DAV\BackgroundJob\UploadCleanup', '{"uid":' || fixture_gen.js(uid) || ',"folder":"web-file-upload-' || fixture_gen.hexn('upl', i, 16) || '-' || (1714000000000 + i * 7919) || '"}' FROM fixture_gen.p WHERE i % 12 = 1
    UNION ALL SELECT 'OCA\DAV\BackgroundJob\GenerateBirthdayCalendarBackgroundJob', '{"userId":' || fixture_gen.js(uid) || ',"purgeBeforeGenerating":true}' FROM fixture_gen.p WHERE i % 15 = 2
    UNION ALL SELECT 'OCA\Settings\BackgroundJobs\VerifyUserData', '{"verificationCode":"","data":"https:\/\/' || fixture_gen.ascii(last) || '-studio.example","type":"website","uid":' || fixture_gen.js(uid) || ',"try":0,"lastRun":' || (1714000000 + i) || '}'
        FROM fixture_gen.p WHERE i % 14 = 0
    UNION ALL SELECT 'OCA\FederatedFileSharing\BackgroundJob\RetryJob', '{"remote":"https:\/\/nc.kowalski-bau.example","remoteId":"' || (40 + k) || '","token":"' || fixture_gen.chars('rjt', k, 15, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')
        || '","action":"accept","data":"[]","try":' || k || ',"lastRun":' || (1714900000 + k) || '}' FROM generate_series(1, 2) k
    UNION ALL SELECT 'OCA\Mail\BackgroundJob\SyncJob', '{"accountId":' || k || '}' FROM generate_series(1, 40) k
    UNION ALL SELECT 'OCA\Mail\BackgroundJob\TrainImportanceClassifierJob', '{"accountId":' || k || '}' FROM generate_series(1, 40) k WHERE k % 2 = 0) a) j;

CREATE TABLE oc_migrations (app varchar(255) NOT NULL, version varchar(255) NOT NULL, PRIMARY KEY (app, version));
INSERT INTO oc_migrations SELECT a, (v * 1000)::text || 'Date' || to_char(timestamp '2017-06-01' + make_interval(days => v * 55 + k * 3, secs => fixture_gen.n('mig' || a, k, 86400)), 'YYYYMMDDHH24MISS')
FROM unnest(ARRAY['core', 'dav', 'files_sharing', 'activity', 'spreed', 'mail', 'deck', 'user_status', 'text', 'twofactor_totp', 'calendar', 'notifications']) a, generate_series(13, 28) v, generate_series(1, 2) k
WHERE fixture_gen.n('migk' || a, v * 10 + k, 3) = 0 OR a = 'core';

-- User status: predefined ids (meeting, commuting, sick-leave, ...) and what people type.
CREATE TABLE oc_user_status (
    id bigserial PRIMARY KEY, user_id varchar(255) NOT NULL, status varchar(255) NOT NULL, status_timestamp integer NOT NULL, is_user_defined boolean,
    message_id varchar(255), custom_icon varchar(255), custom_message text, clear_at integer, is_backup boolean DEFAULT false, status_message_timestamp integer NOT NULL DEFAULT 0
);
INSERT INTO oc_user_status (user_id, status, status_timestamp, is_user_defined, message_id, custom_icon, custom_message, clear_at, is_backup, status_message_timestamp)
SELECT CASE WHEN i % 23 = 0 THEN '_' ELSE '' END || uid, fixture_gen.pick(ARRAY['online', 'away', 'offline', 'dnd', 'online', 'invisible'], 'uss', i), 1714990000 - i * 97, i % 3 = 0,
       CASE WHEN i % 4 = 1 THEN fixture_gen.pick(ARRAY['meeting', 'commuting', 'remote-work', 'sick-leave', 'vacationing', 'call'], 'usm', i) END,
       CASE WHEN i % 4 = 2 THEN fixture_gen.pick(ARRAY['🏗️', '👶', '🤒', '🦷', '🌴', '📱'], 'usc', i) END,
       CASE WHEN i % 4 = 2 THEN fixture_gen.pick(ARRAY['On site at Lindenhof, reachable by phone', 'Parental leave until June, ask ' || fixture_gen.first_name('usc', i) || ' for urgent things',
           'Out sick, back Monday', 'At the dentist until 11', 'Working from Porto this week', 'Mobile ' || phone || ' if urgent'], 'usc', i) END,
       CASE WHEN i % 8 = 2 THEN 1715000000 + i * 3600 END, i % 23 = 0, CASE WHEN i % 4 IN (1, 2) THEN 1714900000 - i * 41 ELSE 0 END
FROM fixture_gen.p WHERE i <= 195 AND i % 5 <> 4;

CREATE TABLE oc_mail_accounts (
    id bigserial PRIMARY KEY, user_id varchar(64) NOT NULL DEFAULT '', name varchar(255), email varchar(255) NOT NULL, inbound_host varchar(64) NOT NULL, inbound_port varchar(6) NOT NULL,
    inbound_ssl_mode varchar(10) NOT NULL, inbound_user varchar(64) NOT NULL, inbound_password varchar(2048), outbound_host varchar(64), outbound_port varchar(6),
    outbound_ssl_mode varchar(10), outbound_user varchar(64), outbound_password varchar(2048), signature text, editor_mode varchar(64) NOT NULL DEFAULT 'plaintext',
    "order" integer DEFAULT 1, sieve_enabled boolean NOT NULL DEFAULT false, auth_method varchar(255) NOT NULL DEFAULT 'password', oauth_access_token text, oauth_refresh_token text, oauth_token_ttl integer
);
INSERT INTO oc_mail_accounts (user_id, name, email, inbound_host, inbound_port, inbound_ssl_mode, inbound_user, inbound_password, outbound_host, outbound_port, outbound_ssl_mode,
    outbound_user, outbound_password, signature, editor_mode, "order", sieve_enabled, auth_method, oauth_access_token, oauth_refresh_token, oauth_token_ttl)
SELECT p.uid, p.fn, m.addr, m.imap, '993', 'ssl', m.addr, CASE WHEN m.ms THEN NULL ELSE fixture_gen.crypt('mip', k, 24) END, m.smtp, '587', 'tls', m.addr,
       CASE WHEN m.ms THEN NULL ELSE fixture_gen.crypt('mip', k, 24) END,
       CASE WHEN k % 3 <> 2 THEN '<div>-- <br>' || p.fn || '<br>' || fixture_gen.pick(ARRAY['Project Architect', 'Site Manager', 'Office Manager'], 'msr', k) || ' | Harbourline Architects<br>T ' || p.phone || '</div>' END,
       CASE WHEN k % 2 = 0 THEN 'richtext' ELSE 'plaintext' END, 1 + k % 2, k % 7 = 0, CASE WHEN m.ms THEN 'xoauth2' ELSE 'password' END,
       CASE WHEN m.ms THEN fixture_gen.crypt('moat', k, 1400) END, CASE WHEN m.ms THEN fixture_gen.crypt('mort', k, 420) END, CASE WHEN m.ms THEN 1714990000 + k * 60 END
FROM generate_series(1, 40) k JOIN fixture_gen.p p ON p.i = 2 + (k * 37) % 194,
LATERAL (SELECT k % 4 = 3 AS ms, CASE WHEN k % 4 = 3 THEN p.email WHEN k % 4 = 1 THEN p.pmail ELSE p.email END AS addr,
    CASE WHEN k % 4 = 3 THEN 'outlook.office365.com' WHEN k % 4 = 1 THEN 'imap.' || split_part(p.pmail, '@', 2) ELSE 'mail.harbourline.example' END AS imap,
    CASE WHEN k % 4 = 3 THEN 'smtp.office365.com' WHEN k % 4 = 1 THEN 'smtp.' || split_part(p.pmail, '@', 2) ELSE 'mail.harbourline.example' END AS smtp) m;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
