-- classify-eval fixture (HOLDOUT 15, with peertube: written by someone who
-- had not seen the classifier, labelled by what its columns hold; never tune
-- against it): a self-hosted Chatwoot 3.x customer-support inbox on
-- PostgreSQL, in Chatwoot's own Rails naming as its db/schema.rb has it
-- (plural snake_case tables, channel_* tables behind the polymorphic
-- inboxes.channel_type, serial and bigint ids, timestamps without time
-- zone, jsonb for custom_attributes and additional_attributes, json for
-- content_attributes and devise_token_auth's tokens), a subset of its tables
-- and of their columns with their real names and types. "Larkspur Home", an
-- online homeware shop in the UK with a trade (wholesale) account and a
-- sandbox: 40 agents with names, display names, markdown signatures giving
-- their direct lines, bcrypt hashes, devise_token_auth tokens (bcrypt of the
-- client tokens), pubsub tokens and sign-in IPs; about 1,800 contacts coming
-- in by the website widget (anonymous visitors under Chatwoot's generated
-- names like "morning-bird-435", identified shoppers with the shop's own
-- customer ids), email, WhatsApp, Twilio SMS (whose contacts are named
-- after their number), a Bandwidth SMS line, Facebook, Telegram and an API
-- channel fed by the order system; contacts' additional_attributes (city,
-- country, company, social profiles, the IPs they were created and updated
-- from, browser) and custom_attributes (birth date, loyalty tier and number,
-- an alternate phone); contact_inboxes whose source_id is a widget UUID, an
-- email or a phone; conversations whose additional_attributes keep the
-- browser, referer URLs (order-tracking links carry the customer's email),
-- initiated_at and email subjects; messages of customer prose (order
-- numbers, changed addresses, phones, emails, the last four of a card, a
-- whole card number, a VAT number, a relative in hospital; and plain
-- questions), agents' replies, private notes, activity lines naming agents,
-- WhatsApp templates whose parameters name the customer, content_attributes
-- with email headers, cc and bcc; attachments of shared locations and
-- contact cards, Active Storage blobs whose file names name people; notes on
-- contacts; CSAT feedback; email channels with IMAP/SMTP logins and
-- passwords, OAuth provider_config and random forward-to addresses; widget
-- website tokens (public, in the page) beside HMAC tokens; Twilio account
-- SIDs and auth tokens; WhatsApp Cloud provider_config with API keys and
-- verify tokens and message templates (public copy); Facebook page and
-- Telegram bot tokens; access tokens of users, bots and platform apps;
-- webhooks and agent bots whose URLs carry secrets; Slack, OpenAI and
-- Dialogflow integration hooks; web push subscriptions; automation rules
-- whose conditions match a customer's email and whose actions call a
-- Zapier hook; saved filters with a phone; audits (the audited gem) of
-- inboxes, webhooks and account users with IPs; canned responses and macros
-- full of {{placeholders}}; help-center portals, categories and articles
-- (public copy); labels, teams, working hours, reporting events,
-- notification settings (flags), custom attribute definitions (names that
-- sound personal; definitions, not values), installation_configs whose
-- serialized_value keeps YAML inside jsonb with OAuth client secrets among
-- branding, data imports whose errors quote a CSV row.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA cwgen;

CREATE FUNCTION cwgen.ts(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT timestamp '2022-06-01 00:00:00' + make_interval(secs => fixture_gen.n(tag, i, 80000000))
$$;

-- e164: Chatwoot stores phone numbers as +<digits>.
CREATE FUNCTION cwgen.e164(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT regexp_replace(fixture_gen.phone(tag, i), '[^0-9+]', '', 'g') $$;

-- haiku: the name Chatwoot gives an anonymous widget visitor (Haikunator).
CREATE FUNCTION cwgen.haiku(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['autumn', 'hidden', 'bitter', 'misty', 'silent', 'empty', 'dry', 'dark', 'summer', 'icy', 'delicate', 'quiet', 'white', 'cool',
      'spring', 'winter', 'patient', 'twilight', 'dawn', 'crimson', 'wispy', 'weathered', 'blue', 'billowing', 'broken', 'cold', 'damp', 'falling', 'frosty',
      'green', 'long', 'late', 'lingering', 'bold', 'little', 'morning', 'muddy', 'old', 'red', 'rough', 'still', 'small', 'sparkling', 'shy', 'wandering'], tag || 'a', i)
      || '-' || fixture_gen.pick(ARRAY['waterfall', 'river', 'breeze', 'moon', 'rain', 'wind', 'sea', 'morning', 'snow', 'lake', 'sunset', 'pine', 'shadow', 'leaf',
      'dawn', 'glitter', 'forest', 'hill', 'cloud', 'meadow', 'sun', 'glade', 'bird', 'brook', 'butterfly', 'bush', 'dew', 'dust', 'field', 'fire', 'flower',
      'firefly', 'feather', 'grass', 'haze', 'mountain', 'night', 'pond', 'darkness', 'snowflake', 'silence', 'sound', 'sky', 'shape', 'surf', 'thunder'], tag || 'b', i)
      || '-' || (1 + fixture_gen.n(tag || 'c', i, 999))::text
$$;

-- b58: has_secure_token's alphabet.
CREATE FUNCTION cwgen.b58(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz') $$;

CREATE FUNCTION cwgen.bcr(tag text, i bigint, cost text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$' || cost || '$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

CREATE FUNCTION cwgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0',
    'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36'], tag, i)
$$;

-- browser: the widget's browser block (as in additional_attributes).
CREATE FUNCTION cwgen.browser(tag text, i bigint) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY[
    '{"device_name": "Unknown", "browser_name": "Chrome", "platform_name": "Windows", "browser_version": "122.0.0.0", "platform_version": "10.0"}',
    '{"device_name": "Macintosh", "browser_name": "Safari", "platform_name": "macOS", "browser_version": "17.3", "platform_version": "10.15.7"}',
    '{"device_name": "iPhone", "browser_name": "Safari", "platform_name": "iOS", "browser_version": "17.3", "platform_version": "17.3.1"}',
    '{"device_name": "Pixel 7", "browser_name": "Chrome", "platform_name": "Android", "browser_version": "122.0.6261.105", "platform_version": "14"}',
    '{"device_name": "Unknown", "browser_name": "Firefox", "platform_name": "Windows", "browser_version": "123.0", "platform_version": "10.0"}',
    '{"device_name": "Samsung SM-A536B", "browser_name": "Samsung Browser", "platform_name": "Android", "browser_version": "23.0", "platform_version": "13"}'])[1 + fixture_gen.n(tag, i, 6)]::jsonb
$$;

-- ---------------------------------------------------------------- accounts and agents
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locale integer DEFAULT 0,
    domain character varying(100),
    support_email character varying(100),
    feature_flags bigint DEFAULT 0 NOT NULL,
    auto_resolve_duration integer,
    limits jsonb DEFAULT '{}'::jsonb,
    custom_attributes jsonb DEFAULT '{}'::jsonb,
    status integer DEFAULT 0
);
INSERT INTO accounts VALUES
 (1, 'Larkspur Home', '2022-06-01 09:12:44', '2024-09-18 10:02:11', 0, 'larkspurhome.example', 'support@larkspurhome.example', 2147483647, 10080,
  '{"agents": 60, "inboxes": 25}', '{"industry": "ecommerce", "company_size": "11-50", "timezone": "Europe/London", "onboarding_step": "true"}', 0),
 (2, 'Larkspur Home Trade', '2022-11-07 14:40:02', '2024-06-02 08:31:55', 0, 'trade.larkspurhome.example', 'trade@larkspurhome.example', 2147483647, NULL,
  '{"agents": 10, "inboxes": 5}', '{"industry": "wholesale", "onboarding_step": "true"}', 0),
 (3, 'Sandbox', '2023-02-20 11:05:39', '2023-02-20 11:05:39', 0, NULL, NULL, 1048575, NULL, '{}', '{}', 1);

-- Agents: 1 the administrator who installed it (SuperAdmin), 2-36 staff,
-- 37-40 freelancers covering weekends with their own mailboxes.
CREATE TABLE cwgen.a AS
SELECT i, f, l, f || ' ' || l AS fn,
       CASE WHEN i >= 37 THEN fixture_gen.email('cwfree', i)
            ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@larkspurhome.example' END AS email,
       '+44 20 3' || fixture_gen.digits('cwaph', i, 3) || ' ' || fixture_gen.digits('cwaph2', i, 4) AS phone
FROM (SELECT i, fixture_gen.first_name('cwa', i) AS f, fixture_gen.last_name('cwal', i) AS l FROM generate_series(1, 40) i) x;
UPDATE cwgen.a a SET email = replace(a.email, '@', d.rn || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) AS rn FROM cwgen.a) d WHERE d.i = a.i AND d.rn > 1;

CREATE TABLE users (
    id serial PRIMARY KEY,
    provider character varying DEFAULT 'email'::character varying NOT NULL,
    uid character varying DEFAULT ''::character varying NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying,
    last_sign_in_ip character varying,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying,
    name character varying NOT NULL,
    display_name character varying,
    email character varying,
    tokens json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    pubsub_token character varying,
    availability integer DEFAULT 0,
    ui_settings jsonb DEFAULT '{}'::jsonb,
    custom_attributes jsonb DEFAULT '{}'::jsonb,
    type character varying,
    message_signature text
);
INSERT INTO users
SELECT a.i, 'email', a.email, cwgen.bcr('cwpw', a.i, '11'),
       CASE WHEN a.i % 9 = 4 THEN encode(sha256(convert_to('cwrst' || a.i, 'UTF8')), 'hex') END,
       CASE WHEN a.i % 9 = 4 THEN cwgen.ts('cwrsts', a.i) + interval '300 days' END,
       CASE WHEN a.i % 5 = 1 THEN cwgen.ts('cwrem', a.i) + interval '500 days' END,
       3 + fixture_gen.n('cwsic', a.i, 600),
       timestamp '2024-09-01 07:00:00' + make_interval(mins => fixture_gen.n('cwcsi', a.i, 40000)),
       timestamp '2024-08-20 07:00:00' + make_interval(mins => fixture_gen.n('cwlsi', a.i, 15000)),
       CASE WHEN a.i % 4 = 0 THEN fixture_gen.ipv6('cwcip', a.i) ELSE fixture_gen.ipv4('cwcip', a.i) END,
       fixture_gen.ipv4('cwlip', a.i),
       CASE WHEN a.i IN (38, 40) THEN cwgen.b58('cwconf', a.i, 20) END,
       CASE WHEN a.i NOT IN (38, 40) THEN timestamp '2022-06-01 09:20:00' + make_interval(days => a.i * 17) END,
       timestamp '2022-06-01 09:13:00' + make_interval(days => a.i * 17),
       CASE WHEN a.i = 12 THEN fixture_gen.email('cwunc', a.i) WHEN a.i = 23 THEN fixture_gen.ascii(a.f) || '.' || fixture_gen.ascii(fixture_gen.last_name('cwmar', a.i)) || '@larkspurhome.example' END,
       a.fn,
       CASE WHEN a.i % 3 = 0 THEN a.f WHEN a.i % 3 = 1 THEN a.f || ' from Larkspur' ELSE NULL END,
       a.email,
       ('{"' || fixture_gen.chars('cwcl', a.i, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '": {"token": "' || cwgen.bcr('cwtok', a.i, '10')
        || '", "expiry": ' || (1725000000 + a.i * 86400) || '}' || CASE WHEN a.i % 2 = 0 THEN ', "' || fixture_gen.chars('cwcl2', a.i, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
        || '": {"token": "' || cwgen.bcr('cwtok2', a.i, '10') || '", "expiry": ' || (1726000000 + a.i * 3600) || ', "last_token": "' || cwgen.bcr('cwtok3', a.i, '10') || '", "updated_at": "2024-09-'
        || lpad((1 + a.i % 28)::text, 2, '0') || 'T08:14:22.118Z"}' ELSE '' END || '}')::json,
       timestamp '2022-06-01 09:13:00' + make_interval(days => a.i * 17),
       timestamp '2024-09-01 07:00:00' + make_interval(mins => fixture_gen.n('cwcsi', a.i, 40000)),
       cwgen.b58('cwpub', a.i, 24),
       fixture_gen.n('cwav', a.i, 3),
       ('{"rtl_view": false, "editor_message_key": "' || fixture_gen.pick(ARRAY['enter', 'cmd_enter'], 'cwek', a.i) || '", "enable_audio_alerts": "' || fixture_gen.pick(ARRAY['mine', 'all', 'none'], 'cwaa', a.i)
        || '", "notification_tone": "ding", "always_play_audio_alert": false, "is_contact_sidebar_open": ' || (a.i % 2 = 0)::text || ', "conversation_display_type": "'
        || fixture_gen.pick(ARRAY['condensed', 'expanded'], 'cwdt', a.i) || '", "previously_used_sidebar_view": "' || fixture_gen.pick(ARRAY['conversations', 'contacts', 'reports'], 'cwsv', a.i) || '"}')::jsonb,
       CASE WHEN a.i % 6 = 0 THEN '{"last_release_notes_seen": "3.8.0"}'::jsonb ELSE '{}'::jsonb END,
       CASE WHEN a.i = 1 THEN 'SuperAdmin' END,
       CASE WHEN a.i % 4 <> 3 THEN '**' || a.fn || E'**\n' || fixture_gen.pick(ARRAY['Customer Care', 'Customer Care', 'Returns & Exchanges', 'Trade Accounts', 'Customer Care Team Lead'], 'cwsig', a.i)
        || E' · Larkspur Home\n' || CASE WHEN a.i % 2 = 0 THEN 'Direct line: ' || a.phone || E'\n' ELSE '' END || '[larkspurhome.example](https://www.larkspurhome.example)' END
FROM cwgen.a a;
UPDATE users SET updated_at = created_at + interval '700 days' WHERE updated_at < created_at;

CREATE TABLE account_users (
    id bigserial PRIMARY KEY,
    account_id bigint,
    user_id bigint,
    role integer DEFAULT 0,
    inviter_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    active_at timestamp without time zone,
    availability integer DEFAULT 0 NOT NULL,
    auto_offline boolean DEFAULT true NOT NULL
);
INSERT INTO account_users (account_id, user_id, role, inviter_id, created_at, updated_at, active_at, availability, auto_offline)
SELECT 1, u.id, CASE WHEN u.id IN (1, 2, 5, 9) THEN 1 ELSE 0 END, CASE WHEN u.id > 1 THEN 1 + (u.id % 3) * 4 END, u.created_at, u.updated_at,
       u.current_sign_in_at - interval '2 hours', fixture_gen.n('cwauav', u.id, 3), u.id % 7 <> 0
FROM users u;
INSERT INTO account_users (account_id, user_id, role, inviter_id, created_at, updated_at, active_at, availability, auto_offline)
SELECT 2, u.id, CASE WHEN u.id IN (1, 5) THEN 1 ELSE 0 END, 1, u.created_at + interval '160 days', u.updated_at, u.last_sign_in_at, 0, true
FROM users u WHERE u.id IN (1, 5, 14, 15, 16, 27, 31);
INSERT INTO account_users (account_id, user_id, role, inviter_id, created_at, updated_at, active_at, availability, auto_offline)
SELECT 3, u.id, 1, NULL, timestamp '2023-02-20 11:05:39', timestamp '2023-02-20 11:05:39', NULL, 0, true FROM users u WHERE u.id IN (1, 2);
UPDATE account_users SET created_at = updated_at - interval '1 day' WHERE created_at > updated_at;

-- ---------------------------------------------------------------- inboxes and their channels
CREATE TABLE inboxes (
    id serial PRIMARY KEY,
    channel_id integer NOT NULL,
    account_id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    channel_type character varying,
    enable_auto_assignment boolean DEFAULT true,
    greeting_enabled boolean DEFAULT false,
    greeting_message character varying,
    email_address character varying,
    working_hours_enabled boolean DEFAULT false,
    out_of_office_message character varying,
    timezone character varying DEFAULT 'UTC'::character varying,
    enable_email_collect boolean DEFAULT true,
    csat_survey_enabled boolean DEFAULT false,
    allow_messages_after_resolved boolean DEFAULT true,
    auto_assignment_config jsonb DEFAULT '{}'::jsonb,
    lock_to_single_conversation boolean DEFAULT false NOT NULL,
    portal_id bigint,
    sender_name_type integer DEFAULT 0 NOT NULL,
    business_name character varying
);
INSERT INTO inboxes VALUES
 (1, 1, 1, 'Website chat', '2022-06-01 09:30:12', '2024-05-14 16:20:40', 'Channel::WebWidget', true, true, 'Hi! We usually reply within a few minutes during opening hours. Ask us anything about your order, delivery or returns.',
  'hello@larkspurhome.example', true, 'We''re closed right now (Mon-Sat 8am-8pm UK time). Leave your message and email and we''ll get back to you first thing.', 'Europe/London', true, true, true, '{"max_assignment_limit": 6}', false, 1, 0, 'Larkspur Home'),
 (2, 1, 1, 'Customer Care Email', '2022-06-01 09:41:55', '2024-02-02 10:11:09', 'Channel::Email', true, false, NULL, NULL, true, NULL, 'Europe/London', true, true, true, '{}', false, NULL, 1, 'Larkspur Home Customer Care'),
 (3, 2, 1, 'Returns', '2022-06-14 13:02:40', '2023-11-20 09:45:01', 'Channel::Email', true, false, NULL, NULL, false, NULL, 'Europe/London', true, false, true, '{}', false, NULL, 0, NULL),
 (4, 1, 1, 'WhatsApp', '2023-01-09 10:15:22', '2024-07-01 08:00:15', 'Channel::Whatsapp', true, true, 'Thanks for messaging Larkspur Home! An agent will be with you shortly.', NULL, true,
  'Thanks for your message! Our team is offline until 8am UK time.', 'Europe/London', true, true, true, '{"max_assignment_limit": 8}', true, NULL, 0, NULL),
 (5, 1, 1, 'SMS UK', '2022-09-05 11:22:03', '2023-06-30 12:01:45', 'Channel::TwilioSms', true, false, NULL, NULL, false, NULL, 'Europe/London', true, false, true, '{}', true, NULL, 0, NULL),
 (6, 1, 1, 'Facebook - Larkspur Home', '2022-07-18 15:44:10', '2024-01-08 09:12:33', 'Channel::FacebookPage', true, false, NULL, NULL, false, NULL, 'UTC', true, false, true, '{}', false, NULL, 0, NULL),
 (7, 1, 1, 'Telegram', '2023-03-27 08:55:47', '2023-03-27 08:55:47', 'Channel::Telegram', false, false, NULL, NULL, false, NULL, 'UTC', true, false, true, '{}', false, NULL, 0, NULL),
 (8, 1, 1, 'Order system', '2022-10-11 17:03:29', '2024-03-05 14:27:18', 'Channel::Api', false, false, NULL, NULL, false, NULL, 'UTC', false, false, true, '{}', false, NULL, 0, NULL),
 (9, 3, 2, 'Trade enquiries', '2022-11-07 14:55:12', '2024-06-02 08:31:55', 'Channel::Email', true, false, NULL, NULL, true, NULL, 'Europe/London', true, false, true, '{}', false, NULL, 1, 'Larkspur Home Trade'),
 (10, 2, 2, 'Trade website', '2022-11-08 09:20:45', '2023-09-12 11:13:00', 'Channel::WebWidget', true, true, 'Welcome to Larkspur Trade. Questions about wholesale pricing or your account? Ask away.', 'trade@larkspurhome.example', true,
  'Our trade desk is open Mon-Fri 9am-5pm.', 'Europe/London', true, false, true, '{}', false, NULL, 0, 'Larkspur Home Trade'),
 (11, 2, 3, 'Sandbox API', '2023-02-20 11:10:02', '2023-02-20 11:10:02', 'Channel::Api', false, false, NULL, NULL, false, NULL, 'UTC', true, false, true, '{}', false, NULL, 0, NULL),
 (12, 1, 1, 'SMS US', '2023-10-02 16:30:00', '2024-04-11 10:19:27', 'Channel::Sms', true, false, NULL, NULL, false, NULL, 'America/New_York', true, false, true, '{}', true, NULL, 0, NULL),
 (13, 4, 1, 'Press & partnerships', '2023-05-15 09:02:31', '2024-01-22 13:44:50', 'Channel::Email', false, false, NULL, NULL, false, NULL, 'Europe/London', true, false, true, '{}', false, NULL, 0, NULL),
 (14, 2, 1, 'WhatsApp (360dialog, old)', '2022-08-01 10:00:00', '2023-01-09 10:20:00', 'Channel::Whatsapp', true, false, NULL, NULL, false, NULL, 'Europe/London', true, false, true, '{}', false, NULL, 0, NULL);
SELECT setval('inboxes_id_seq', 14);

CREATE TABLE channel_email (
    id bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    email character varying NOT NULL,
    forward_to_email character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    imap_enabled boolean DEFAULT false,
    imap_address character varying DEFAULT ''::character varying,
    imap_port integer DEFAULT 0,
    imap_login character varying DEFAULT ''::character varying,
    imap_password character varying DEFAULT ''::character varying,
    imap_enable_ssl boolean DEFAULT true,
    smtp_enabled boolean DEFAULT false,
    smtp_address character varying DEFAULT ''::character varying,
    smtp_port integer DEFAULT 0,
    smtp_login character varying DEFAULT ''::character varying,
    smtp_password character varying DEFAULT ''::character varying,
    smtp_domain character varying DEFAULT ''::character varying,
    smtp_enable_starttls_auto boolean DEFAULT true,
    smtp_authentication character varying DEFAULT 'login'::character varying,
    smtp_openssl_verify_mode character varying DEFAULT 'none'::character varying,
    smtp_enable_ssl_tls boolean DEFAULT false,
    provider_config jsonb DEFAULT '{}'::jsonb,
    provider character varying
);
INSERT INTO channel_email VALUES
 (1, 1, 'support@larkspurhome.example', fixture_gen.hexn('cwfwd', 1, 32) || '@reply.larkspurhome.example', '2022-06-01 09:41:55', '2024-02-02 10:11:09',
  true, 'imap.fastmail.example', 993, 'support@larkspurhome.example', fixture_gen.chars('cwimp', 1, 16, 'abcdefghijklmnopqrstuvwxyz0123456789'), true,
  true, 'smtp.fastmail.example', 465, 'support@larkspurhome.example', fixture_gen.chars('cwimp', 1, 16, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'larkspurhome.example', false, 'plain', 'peer', true, '{}', NULL),
 (2, 1, 'returns@larkspurhome.example', fixture_gen.hexn('cwfwd', 2, 32) || '@reply.larkspurhome.example', '2022-06-14 13:02:40', '2023-11-20 09:45:01',
  true, 'outlook.office365.com', 993, 'returns@larkspurhome.example', '', true, false, '', 0, '', '', '', true, 'login', 'none', false,
  ('{"access_token": "' || 'eyJ0eXAiOiJKV1QiLCJub25jZSI6' || fixture_gen.chars('cwmsat', 2, 300, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '", "refresh_token": "0.AXEA'
   || fixture_gen.chars('cwmsrt', 2, 380, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_*') || '", "expires_on": "2024-09-18 11:02:11 UTC"}')::jsonb, 'microsoft'),
 (3, 2, 'trade@larkspurhome.example', fixture_gen.hexn('cwfwd', 3, 32) || '@reply.larkspurhome.example', '2022-11-07 14:55:12', '2024-06-02 08:31:55',
  true, 'imap.fastmail.example', 993, 'trade@larkspurhome.example', 'Tr4de!' || fixture_gen.chars('cwtrp', 3, 8) || '#2022', true,
  true, 'smtp.fastmail.example', 587, 'trade@larkspurhome.example', 'Tr4de!' || fixture_gen.chars('cwtrp', 3, 8) || '#2022', 'larkspurhome.example', true, 'login', 'none', false, '{}', NULL),
 (4, 1, 'press@larkspurhome.example', fixture_gen.hexn('cwfwd', 4, 32) || '@reply.larkspurhome.example', '2023-05-15 09:02:31', '2024-01-22 13:44:50',
  true, 'imap.gmail.com', 993, 'press@larkspurhome.example', '', true, false, '', 0, '', '', '', true, 'login', 'none', false,
  ('{"access_token": "ya' || '29.a0AfB_' || fixture_gen.chars('cwgat', 4, 160, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '", "refresh_token": "1//' || '0g'
   || fixture_gen.chars('cwgrt', 4, 98, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '", "expires_on": "2024-01-22 14:44:50 UTC"}')::jsonb, 'google');
SELECT setval('channel_email_id_seq', 4);

CREATE TABLE channel_web_widgets (
    id serial PRIMARY KEY,
    website_url character varying,
    account_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    website_token character varying,
    widget_color character varying DEFAULT '#1f93ff'::character varying,
    welcome_title character varying,
    welcome_tagline character varying,
    feature_flags integer DEFAULT 7 NOT NULL,
    reply_time integer DEFAULT 0,
    hmac_token character varying,
    pre_chat_form_enabled boolean DEFAULT false,
    pre_chat_form_options jsonb DEFAULT '{}'::jsonb,
    hmac_mandatory boolean DEFAULT false,
    continuity_via_email boolean DEFAULT true NOT NULL,
    allowed_domains text DEFAULT ''::text
);
INSERT INTO channel_web_widgets VALUES
 (1, 'https://www.larkspurhome.example', 1, '2022-06-01 09:30:12', '2024-05-14 16:20:40', cwgen.b58('cwwt', 1, 24), '#5B6F4E', 'Hello 👋', 'Questions about an order, delivery or a product? We''re here to help.',
  7, 0, cwgen.b58('cwhm', 1, 24), true,
  '{"pre_chat_message": "Share your queries or comments here.", "pre_chat_fields": [{"name": "emailAddress", "type": "email", "label": "Email Id", "required": true, "enabled": true, "field_type": "standard", "placeholder": "Please enter your email address"}, {"name": "fullName", "type": "text", "label": "Full name", "required": false, "enabled": true, "field_type": "standard", "placeholder": "Please enter your full name"}, {"name": "phoneNumber", "type": "text", "label": "Phone number", "required": false, "enabled": false, "field_type": "standard", "placeholder": "Please enter your phone number"}, {"name": "order_number", "type": "text", "label": "Order number (optional)", "required": false, "enabled": true, "field_type": "conversation_attribute", "placeholder": "LH-"}]}',
  true, true, 'www.larkspurhome.example,larkspurhome.example,checkout.larkspurhome.example'),
 (2, 'https://trade.larkspurhome.example', 2, '2022-11-08 09:20:45', '2023-09-12 11:13:00', cwgen.b58('cwwt', 2, 24), '#2F3A56', 'Larkspur Trade', 'Wholesale pricing, stock and account questions.',
  5, 2, cwgen.b58('cwhm', 2, 24), false, '{"pre_chat_message": "Share your queries or comments here.", "pre_chat_fields": []}', false, true, '');
SELECT setval('channel_web_widgets_id_seq', 2);

CREATE TABLE channel_api (
    id bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    webhook_url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    identifier character varying,
    hmac_token character varying,
    hmac_mandatory boolean DEFAULT false,
    additional_attributes jsonb DEFAULT '{}'::jsonb
);
INSERT INTO channel_api VALUES
 (1, 1, 'https://orders.larkspurhome.example/integrations/chatwoot/callback?token=' || fixture_gen.hexn('cwapiw', 1, 40), '2022-10-11 17:03:29', '2024-03-05 14:27:18',
  cwgen.b58('cwapid', 1, 24), cwgen.b58('cwapih', 1, 24), true, '{"agent_reply_time_window": "24"}'),
 (2, 3, 'https://webhook.site/' || fixture_gen.uuid('cwapiw', 2), '2023-02-20 11:10:02', '2023-02-20 11:10:02', cwgen.b58('cwapid', 2, 24), cwgen.b58('cwapih', 2, 24), false, '{}');
SELECT setval('channel_api_id_seq', 2);

CREATE TABLE channel_twilio_sms (
    id bigserial PRIMARY KEY,
    phone_number character varying,
    auth_token character varying NOT NULL,
    account_sid character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    medium integer DEFAULT 0,
    messaging_service_sid character varying,
    api_key_sid character varying
);
INSERT INTO channel_twilio_sms VALUES
 (1, '+442079460118', fixture_gen.hexn('cwtwat', 1, 32), 'AC' || fixture_gen.hexn('cwtwsid', 1, 32), 1, '2022-09-05 11:22:03', '2023-06-30 12:01:45', 0, NULL, NULL),
 (2, NULL, fixture_gen.chars('cwtwks', 2, 32), 'AC' || fixture_gen.hexn('cwtwsid', 1, 32), 1, '2023-01-09 09:40:11', '2023-01-09 09:40:11', 1, 'MG' || fixture_gen.hexn('cwtwmg', 2, 32), 'SK' || fixture_gen.hexn('cwtwsk', 2, 32));

CREATE TABLE channel_whatsapp (
    id bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying DEFAULT 'default'::character varying,
    provider_config jsonb DEFAULT '{}'::jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    message_templates jsonb DEFAULT '{}'::jsonb,
    message_templates_last_updated timestamp without time zone
);
INSERT INTO channel_whatsapp VALUES
 (1, 1, '+447700900412', 'whatsapp_cloud',
  ('{"api_key": "EA' || 'AG' || fixture_gen.chars('cwwak', 1, 190) || '", "phone_number_id": "1' || fixture_gen.digits('cwwpn', 1, 14) || '", "business_account_id": "1' || fixture_gen.digits('cwwba', 1, 14)
   || '", "webhook_verify_token": "' || fixture_gen.hexn('cwwvt', 1, 32) || '"}')::jsonb,
  '2023-01-09 10:15:22', '2024-07-01 08:00:15',
  '[{"id": "902714418823311", "name": "order_shipped", "status": "APPROVED", "category": "UTILITY", "language": "en_GB", "components": [{"text": "Hi {{1}}, good news! Your Larkspur Home order {{2}} is on its way. Track it here: {{3}}", "type": "BODY", "example": {"body_text": [["Sam", "LH-100245", "https://track.larkspurhome.example/LH-100245"]]}}, {"text": "Reply STOP to opt out", "type": "FOOTER"}]},
    {"id": "902714418823312", "name": "delivery_failed", "status": "APPROVED", "category": "UTILITY", "language": "en_GB", "components": [{"text": "Hi {{1}}, the courier couldn''t deliver order {{2}} today. Reply here to rebook a slot.", "type": "BODY", "example": {"body_text": [["Sam", "LH-100245"]]}}]},
    {"id": "902714418823313", "name": "review_request", "status": "APPROVED", "category": "MARKETING", "language": "en_GB", "components": [{"text": "How are you getting on with your {{1}}? We''d love a quick review.", "type": "BODY"}, {"type": "BUTTONS", "buttons": [{"url": "https://www.larkspurhome.example/review/{{1}}", "text": "Leave a review", "type": "URL"}]}]},
    {"id": "902714418823314", "name": "reopen_conversation", "status": "APPROVED", "category": "UTILITY", "language": "en_GB", "components": [{"text": "Hi, this is Larkspur Home getting back to you about your earlier message. Reply to continue the conversation.", "type": "BODY"}]}]',
  '2024-09-18 06:00:04'),
 (2, 1, '+447700900398', 'default', ('{"api_key": "' || fixture_gen.chars('cw360', 2, 32) || '"}')::jsonb, '2022-08-01 10:00:00', '2023-01-09 10:20:00', '[]', '2023-01-09 06:00:00');

CREATE TABLE channel_facebook_pages (
    id serial PRIMARY KEY,
    page_id character varying NOT NULL,
    user_access_token character varying NOT NULL,
    page_access_token character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id integer NOT NULL,
    instagram_id character varying
);
INSERT INTO channel_facebook_pages VALUES
 (1, '10' || fixture_gen.digits('cwfbp', 1, 13), 'EA' || 'AG' || fixture_gen.chars('cwfbu', 1, 200), 'EA' || 'AG' || fixture_gen.chars('cwfbpt', 1, 200), '2022-07-18 15:44:10', '2024-01-08 09:12:33', 1, '178414' || fixture_gen.digits('cwig', 1, 11));

CREATE TABLE channel_telegram (
    id bigserial PRIMARY KEY,
    bot_name character varying,
    account_id integer NOT NULL,
    bot_token character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO channel_telegram VALUES (1, 'LarkspurHomeBot', 1, '6' || fixture_gen.digits('cwtgb', 1, 9) || ':' || 'AA' || fixture_gen.chars('cwtgt', 1, 33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), '2023-03-27 08:55:47', '2023-03-27 08:55:47');

CREATE TABLE channel_sms (
    id bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying DEFAULT 'default'::character varying,
    provider_config jsonb DEFAULT '{}'::jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO channel_sms VALUES (1, 1, '+13125550142', 'default',
  ('{"api_key": "' || fixture_gen.hexn('cwbwk', 1, 40) || '", "api_secret": "' || fixture_gen.chars('cwbws', 1, 40) || '", "account_id": "50' || fixture_gen.digits('cwbwa', 1, 5)
   || '", "application_id": "' || fixture_gen.uuid('cwbwapp', 1) || '"}')::jsonb, '2023-10-02 16:30:00', '2024-04-11 10:19:27');

-- ---------------------------------------------------------------- teams, members, working hours
CREATE TABLE teams (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    description text,
    allow_auto_assign boolean DEFAULT true,
    account_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO teams (name, description, allow_auto_assign, account_id, created_at, updated_at) VALUES
 ('customer care', 'Front line: orders, delivery, product questions', true, 1, '2022-06-02 10:00:00', '2023-04-01 10:00:00'),
 ('returns', 'Returns, exchanges, refunds and courier claims', true, 1, '2022-06-14 13:10:00', '2022-06-14 13:10:00'),
 ('escalations', 'Complaints, chargebacks, anything over £250', false, 1, '2022-09-12 09:00:00', '2024-01-15 09:30:00'),
 ('weekend', 'Freelancers covering Saturday and Sunday', true, 1, '2023-03-01 09:00:00', '2023-03-01 09:00:00'),
 ('trade desk', 'Wholesale accounts and pro-forma invoices', true, 2, '2022-11-07 15:00:00', '2022-11-07 15:00:00');

CREATE TABLE team_members (
    id bigserial PRIMARY KEY,
    team_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO team_members (team_id, user_id, created_at, updated_at)
SELECT CASE WHEN u BETWEEN 37 AND 40 THEN 4 WHEN u IN (14, 15, 16, 27, 31) THEN 5 WHEN u % 5 = 0 THEN 2 WHEN u % 11 = 3 THEN 3 ELSE 1 END, u,
       timestamp '2022-06-03 10:00:00' + make_interval(days => u * 17), timestamp '2022-06-03 10:00:00' + make_interval(days => u * 17)
FROM generate_series(2, 40) u;

CREATE TABLE inbox_members (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    inbox_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO inbox_members (user_id, inbox_id, created_at, updated_at)
SELECT u.id, i.id, greatest(u.created_at, i.created_at), greatest(u.created_at, i.created_at)
FROM users u JOIN inboxes i ON i.account_id = 1 AND (i.id IN (1, 2, 4) OR (i.id = 3 AND u.id % 5 = 0) OR (i.id IN (5, 6, 7, 12) AND u.id % 3 = 0) OR (i.id = 13 AND u.id IN (1, 2)))
   OR i.account_id = 2 AND u.id IN (1, 5, 14, 15, 16, 27, 31)
WHERE u.id > 1 OR i.id = 13;

CREATE TABLE working_hours (
    id bigserial PRIMARY KEY,
    inbox_id bigint,
    account_id bigint,
    day_of_week integer NOT NULL,
    closed_all_day boolean DEFAULT false,
    open_hour integer,
    open_minutes integer,
    close_hour integer,
    close_minutes integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    open_all_day boolean DEFAULT false
);
INSERT INTO working_hours (inbox_id, account_id, day_of_week, closed_all_day, open_hour, open_minutes, close_hour, close_minutes, created_at, updated_at, open_all_day)
SELECT i.id, i.account_id, d, d = 0 AND i.account_id = 1 OR d IN (0, 6) AND i.account_id = 2,
       CASE WHEN NOT (d = 0 AND i.account_id = 1 OR d IN (0, 6) AND i.account_id = 2) THEN CASE WHEN i.account_id = 2 THEN 9 ELSE 8 END END, CASE WHEN NOT (d = 0 AND i.account_id = 1 OR d IN (0, 6) AND i.account_id = 2) THEN 0 END,
       CASE WHEN NOT (d = 0 AND i.account_id = 1 OR d IN (0, 6) AND i.account_id = 2) THEN CASE WHEN i.account_id = 2 THEN 17 WHEN d = 6 THEN 16 ELSE 20 END END, CASE WHEN NOT (d = 0 AND i.account_id = 1 OR d IN (0, 6) AND i.account_id = 2) THEN 0 END,
       i.created_at, i.updated_at, false
FROM inboxes i, generate_series(0, 6) d;

-- ---------------------------------------------------------------- contacts
CREATE TABLE cwgen.geo (ix int, city text, country text, code text);
INSERT INTO cwgen.geo VALUES (0, 'London', 'United Kingdom', 'GB'), (1, 'Manchester', 'United Kingdom', 'GB'), (2, 'Leeds', 'United Kingdom', 'GB'), (3, 'Bristol', 'United Kingdom', 'GB'),
 (4, 'Glasgow', 'United Kingdom', 'GB'), (5, 'Edinburgh', 'United Kingdom', 'GB'), (6, 'Cardiff', 'United Kingdom', 'GB'), (7, 'Brighton', 'United Kingdom', 'GB'), (8, 'Norwich', 'United Kingdom', 'GB'),
 (9, 'York', 'United Kingdom', 'GB'), (10, 'Belfast', 'United Kingdom', 'GB'), (11, 'Dublin', 'Ireland', 'IE'), (12, 'Cork', 'Ireland', 'IE'), (13, 'Amsterdam', 'Netherlands', 'NL'),
 (14, 'Köln', 'Germany', 'DE'), (15, 'München', 'Germany', 'DE'), (16, 'Lyon', 'France', 'FR'), (17, 'Paris', 'France', 'FR'), (18, 'Sevilla', 'Spain', 'ES'), (19, 'Porto', 'Portugal', 'PT'),
 (20, 'Bologna', 'Italy', 'IT'), (21, 'Göteborg', 'Sweden', 'SE'), (22, 'Kraków', 'Poland', 'PL'), (23, 'Austin', 'United States', 'US'), (24, 'Portland', 'United States', 'US'),
 (25, 'Bengaluru', 'India', 'IN'), (26, 'Osaka', 'Japan', 'JP'), (27, 'Lagos', 'Nigeria', 'NG'), (28, 'Sheffield', 'United Kingdom', 'GB'), (29, 'Oxford', 'United Kingdom', 'GB');

CREATE TABLE cwgen.co (ix int, name text, domain text);
INSERT INTO cwgen.co VALUES (0, 'Fennel & Frond Interiors', 'fennelandfrond.example'), (1, 'The Old Rectory Hotel', 'oldrectoryhotel.example'), (2, 'Marlowe Boutique Ltd', 'marloweboutique.example'),
 (3, 'Studio Halden', 'studiohalden.example'), (4, 'Briar Lane Holiday Lets', 'briarlanelets.example'), (5, 'Cwtch Homeware', 'cwtchhomeware.example'), (6, 'Nordhaus Concept Store', 'nordhaus.example'),
 (7, 'Pemberton & Sons Furnishers', 'pembertonsons.example'), (8, 'Bloom Room Florists', 'bloomroom.example'), (9, 'Casa Ourives Lda', 'casaourives.example'), (10, 'Atelier Brume', 'atelierbrume.example'),
 (11, 'Kettlewell Guest House', 'kettlewellgh.example'), (12, 'Rowan Tree Gifts', 'rowantreegifts.example'), (13, 'Harbourside Apartments', 'harboursideapts.example'), (14, 'Mill Yard Design Co', 'millyard.example');

CREATE FUNCTION cwgen.mailof(f text, l text, tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN
  RETURN CASE fixture_gen.n(tag || 'form', i, 6)
           WHEN 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l)
           WHEN 1 THEN fixture_gen.ascii(f) || fixture_gen.ascii(l) || (1960 + i % 45)::text
           WHEN 2 THEN left(fixture_gen.ascii(f), 1) || fixture_gen.ascii(l)
           WHEN 3 THEN fixture_gen.ascii(f) || '_' || fixture_gen.ascii(l) || (i % 100)::text
           WHEN 4 THEN fixture_gen.ascii(l) || '.' || fixture_gen.ascii(f)
           ELSE fixture_gen.ascii(f) || fixture_gen.ascii(left(l, 1)) || (i % 1000)::text END
      || '@' || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'hotmail.co.uk', 'btinternet.com', 'icloud.com', 'outlook.com', 'yahoo.co.uk', 'sky.com', 'web.de', 'orange.fr', 'proton.me', 'live.ie'], tag || 'd', i);
END $$;

CREATE TABLE cwgen.c AS
SELECT k, acct, kind, f, l, f || ' ' || l AS fn, g.city, g.country, g.code, co.name AS company, co.domain AS codomain,
       greatest(cwgen.ts('cwcc', k), CASE kind WHEN 'sms_us' THEN timestamp '2023-10-03' WHEN 'telegram' THEN timestamp '2023-03-28' WHEN 'api' THEN timestamp '2022-10-12' WHEN 'trade' THEN timestamp '2022-11-09'
           WHEN 'sms' THEN timestamp '2022-09-06' WHEN 'facebook' THEN timestamp '2022-07-19' WHEN 'whatsapp' THEN timestamp '2022-08-02' ELSE timestamp '2022-06-02' END + make_interval(hours => fixture_gen.n('cwcch', k, 2000))) AS r,
       fixture_gen.ipv4('cwcip', k) AS ip,
       CASE WHEN kind = 'sms' THEN '+447' || fixture_gen.digits('cwsms', k, 9)
            WHEN kind = 'sms_us' THEN '+1' || (201 + fixture_gen.n('cwusa', k, 700)) || '555' || fixture_gen.digits('cwusb', k, 4)
            WHEN kind = 'trade' THEN '+44' || (ARRAY['20', '161', '113', '117', '29', '1865'])[1 + k % 6] || fixture_gen.digits('cwtph', k, 7)
            WHEN kind = 'whatsapp' AND k % 3 = 0 THEN '+447' || fixture_gen.digits('cwwap', k, 9)
            ELSE cwgen.e164('cwcph', k) END AS phone,
       CASE WHEN kind = 'trade' THEN fixture_gen.ascii(f) || CASE WHEN k % 3 = 0 THEN '' ELSE '.' || fixture_gen.ascii(l) END || '@' || co.domain
            ELSE cwgen.mailof(f, l, 'cwce', k) END AS email
FROM (SELECT k, CASE WHEN k > 1600 THEN 2 ELSE 1 END AS acct,
             CASE WHEN k > 1600 THEN 'trade'
                  WHEN k % 20 <= 4 THEN 'anon' WHEN k % 20 <= 10 THEN 'email' WHEN k % 20 <= 13 THEN 'whatsapp' WHEN k % 20 = 14 THEN 'sms'
                  WHEN k % 20 <= 17 THEN 'web_id' WHEN k % 40 = 18 THEN 'facebook' WHEN k % 40 = 38 THEN 'telegram' WHEN k % 40 = 19 THEN 'api' ELSE 'sms_us' END AS kind,
             fixture_gen.first_name('cwcf', k) AS f, fixture_gen.last_name('cwcl', k) AS l
      FROM generate_series(1, 1800) k) x
JOIN cwgen.geo g ON g.ix = CASE WHEN fixture_gen.n('cwgeo', x.k, 3) = 0 THEN fixture_gen.n('cwgeo2', x.k, 30) ELSE fixture_gen.n('cwgeo3', x.k, 11) END
LEFT JOIN cwgen.co co ON co.ix = fixture_gen.n('cwco', x.k, 15) AND (x.kind = 'trade' OR x.k % 17 = 0);
UPDATE cwgen.c c SET email = replace(c.email, '@', d.rn || '@') FROM (SELECT k, row_number() OVER (PARTITION BY email ORDER BY k) AS rn FROM cwgen.c) d WHERE d.k = c.k AND d.rn > 1;

CREATE TABLE contacts (
    id serial PRIMARY KEY,
    name character varying DEFAULT ''::character varying,
    email character varying,
    phone_number character varying,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    additional_attributes jsonb DEFAULT '{}'::jsonb,
    identifier character varying,
    custom_attributes jsonb DEFAULT '{}'::jsonb,
    last_activity_at timestamp without time zone,
    contact_type integer DEFAULT 0,
    middle_name character varying DEFAULT ''::character varying,
    last_name character varying DEFAULT ''::character varying,
    location character varying DEFAULT ''::character varying,
    country_code character varying DEFAULT ''::character varying,
    blocked boolean DEFAULT false NOT NULL
);
INSERT INTO contacts
SELECT c.k,
       CASE WHEN c.kind = 'anon' THEN cwgen.haiku('cwhk', c.k)
            WHEN c.kind IN ('sms', 'sms_us') THEN c.phone
            WHEN c.kind = 'whatsapp' THEN CASE c.k % 5 WHEN 0 THEN c.f WHEN 1 THEN c.f || ' ' || left(c.l, 1) || '.' WHEN 2 THEN c.f || ' 🌻' ELSE c.fn END
            WHEN c.kind = 'email' AND c.k % 13 = 5 THEN split_part(c.email, '@', 1)
            WHEN c.k > 1200 AND c.kind IN ('web_id', 'api', 'trade') THEN c.f
            ELSE c.fn END,
       CASE WHEN c.kind IN ('email', 'web_id', 'api', 'trade') OR c.kind = 'anon' AND c.k % 5 = 4 THEN c.email END,
       CASE WHEN c.kind IN ('whatsapp', 'sms', 'sms_us', 'trade', 'api') OR c.kind = 'web_id' AND c.k % 3 = 0 THEN c.phone END,
       c.acct, c.r, c.r + make_interval(days => fixture_gen.n('cwcu', c.k, 200)),
       CASE WHEN c.kind = 'email' THEN jsonb_build_object('source_id', 'email:' || fixture_gen.chars('cwmid', c.k, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '@' || split_part(c.email, '@', 2))
            WHEN c.kind = 'telegram' THEN jsonb_build_object('username', fixture_gen.ascii(c.f) || '_' || fixture_gen.ascii(c.l) || (c.k % 100), 'language_code', fixture_gen.pick(ARRAY['en', 'en', 'de', 'uk', 'pl'], 'cwtl', c.k))
            WHEN c.kind = 'facebook' THEN jsonb_build_object('social_profiles', jsonb_build_object('facebook', fixture_gen.ascii(c.f) || '.' || fixture_gen.ascii(c.l) || '.' || (c.k % 90)))
            WHEN c.kind = 'web_id' OR c.kind = 'anon' AND c.k % 5 = 0 THEN jsonb_build_object('city', c.city, 'country', c.country, 'country_code', c.code, 'created_at_ip', c.ip, 'updated_at_ip', fixture_gen.ipv4('cwuip', c.k))
               || CASE WHEN c.kind = 'web_id' THEN jsonb_build_object('company_name', coalesce(c.company, ''), 'description', '', 'social_profiles',
                      jsonb_build_object('github', '', 'twitter', CASE WHEN c.k % 4 = 0 THEN fixture_gen.ascii(c.f) || fixture_gen.ascii(left(c.l, 3)) ELSE '' END, 'facebook', '',
                        'linkedin', CASE WHEN c.k % 7 = 0 THEN fixture_gen.ascii(c.f) || '-' || fixture_gen.ascii(c.l) || '-' || fixture_gen.hexn('cwli', c.k, 6) ELSE '' END,
                        'instagram', CASE WHEN c.k % 6 = 1 THEN fixture_gen.ascii(c.f) || '.' || fixture_gen.pick(ARRAY['at.home', 'interiors', 'makes', 'nest'], 'cwig', c.k) ELSE '' END)) ELSE '{}' END
            WHEN c.kind = 'trade' THEN jsonb_build_object('company_name', c.company, 'city', c.city, 'country', c.country, 'country_code', c.code,
                      'description', fixture_gen.pick(ARRAY['Buyer', 'Owner', 'Head of purchasing', 'Interior designer', 'Operations manager', 'Co-founder'], 'cwtd', c.k),
                      'social_profiles', jsonb_build_object('linkedin', CASE WHEN c.k % 2 = 0 THEN fixture_gen.ascii(c.f) || fixture_gen.ascii(c.l) ELSE '' END, 'twitter', '', 'facebook', '', 'github', '', 'instagram', ''))
            ELSE '{}' END,
       CASE WHEN c.kind = 'web_id' AND c.k % 4 = 0 THEN c.email WHEN c.kind = 'web_id' THEN '71' || fixture_gen.digits('cwcid', c.k, 11)
            WHEN c.kind = 'api' THEN 'gid://shopify/Customer/71' || fixture_gen.digits('cwcid', c.k, 11) END,
       CASE WHEN c.kind = 'web_id' THEN jsonb_build_object('loyalty_tier', fixture_gen.pick(ARRAY['bronze', 'silver', 'gold', 'bronze'], 'cwlt', c.k), 'loyalty_number', 'LRK-' || fixture_gen.digits('cwln', c.k, 6),
                   'orders_count', 1 + fixture_gen.n('cwoc', c.k, 14), 'marketing_consent', c.k % 3 <> 1)
               || CASE WHEN c.k % 2 = 0 THEN jsonb_build_object('date_of_birth', to_char(fixture_gen.birth_date('cwdob', c.k), 'YYYY-MM-DD')) ELSE '{}' END
               || CASE WHEN c.k % 23 = 0 THEN jsonb_build_object('alt_phone', fixture_gen.phone('cwalt', c.k)) ELSE '{}' END
            WHEN c.kind = 'api' THEN jsonb_build_object('orders_count', 1 + fixture_gen.n('cwoc', c.k, 9), 'total_spent', to_char(20 + fixture_gen.n('cwts', c.k, 90000) / 100.0, 'FM99990.00'), 'last_order', 'LH-' || (100000 + c.k * 3))
            WHEN c.kind = 'trade' THEN jsonb_build_object('trade_account_no', 'TR-' || lpad((c.k - 1600)::text, 4, '0'), 'credit_limit', (ARRAY[1000, 2500, 5000, 10000])[1 + c.k % 4], 'payment_terms', 'net30')
               || CASE WHEN c.k % 3 <> 0 THEN jsonb_build_object('vat_number', CASE WHEN c.code = 'GB' OR c.k % 2 = 0 THEN 'GB' || fixture_gen.digits('cwgbv', c.k, 9) ELSE fixture_gen.vat('cwvat', c.k) END) ELSE '{}' END
            WHEN c.kind = 'email' AND c.k % 11 = 0 THEN jsonb_build_object('preferred_contact_time', fixture_gen.pick(ARRAY['morning', 'afternoon', 'evening'], 'cwpct', c.k))
            ELSE '{}' END,
       c.r + make_interval(days => fixture_gen.n('cwcla', c.k, 200), hours => c.k % 24),
       CASE WHEN c.kind IN ('web_id', 'api', 'trade') THEN 2 WHEN c.kind = 'anon' AND c.k % 5 <> 4 THEN 0 ELSE 1 END,
       CASE WHEN c.k > 1200 AND c.kind IN ('web_id', 'api', 'trade') AND c.k % 9 = 0 THEN fixture_gen.first_name('cwmn', c.k) ELSE '' END,
       CASE WHEN c.k > 1200 AND c.kind IN ('web_id', 'api', 'trade') THEN c.l ELSE '' END,
       CASE WHEN c.kind IN ('web_id', 'trade') OR c.kind = 'anon' AND c.k % 5 = 0 THEN c.city || ', ' || c.country ELSE '' END,
       CASE WHEN c.kind IN ('web_id', 'trade') OR c.kind = 'anon' AND c.k % 5 = 0 THEN c.code ELSE '' END,
       c.k % 211 = 0
FROM cwgen.c c;

CREATE TABLE cwgen.ci AS
SELECT c.k AS id, c.k, CASE c.kind WHEN 'anon' THEN 1 WHEN 'web_id' THEN 1 WHEN 'whatsapp' THEN CASE WHEN c.r < timestamp '2023-01-09 10:15:22' THEN 14 ELSE 4 END WHEN 'sms' THEN 5 WHEN 'facebook' THEN 6
         WHEN 'telegram' THEN 7 WHEN 'api' THEN 8 WHEN 'sms_us' THEN 12 WHEN 'trade' THEN CASE WHEN c.k % 3 = 0 THEN 10 ELSE 9 END
         ELSE CASE WHEN c.k % 97 = 0 THEN 13 WHEN c.k % 7 = 0 THEN 3 ELSE 2 END END AS inbox, c.r AS r
FROM cwgen.c c
UNION ALL
SELECT 1800 + row_number() OVER (ORDER BY c.k), c.k, 4, date_trunc('second', greatest(timestamp '2023-01-10', c.r) + (timestamp '2024-12-14' - greatest(timestamp '2023-01-10', c.r)) * (fixture_gen.n('cwci2', c.k, 500) / 1000.0))
FROM cwgen.c c WHERE c.kind = 'web_id' AND c.k % 3 = 0;

CREATE TABLE contact_inboxes (
    id bigserial PRIMARY KEY,
    contact_id bigint,
    inbox_id bigint,
    source_id character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    hmac_verified boolean DEFAULT false,
    pubsub_token character varying
);
INSERT INTO contact_inboxes
SELECT ci.id, ci.k, ci.inbox,
       CASE WHEN ci.inbox IN (1, 8, 10, 11) THEN fixture_gen.uuid('cwsrc', ci.id)
            WHEN ci.inbox IN (2, 3, 9, 13) THEN c.email
            WHEN ci.inbox IN (4, 14) THEN substr(c.phone, 2)
            WHEN ci.inbox IN (5, 12) THEN c.phone
            WHEN ci.inbox = 6 THEN '6' || fixture_gen.digits('cwpsid', ci.id, 15)
            WHEN ci.inbox = 7 THEN (1000000000 + fixture_gen.n('cwtgid', ci.id, 900000000))::text END,
       ci.r, ci.r + make_interval(mins => fixture_gen.n('cwciu', ci.id, 5000)),
       c.kind = 'web_id' AND ci.inbox = 1, cwgen.b58('cwcipub', ci.id, 24)
FROM cwgen.ci ci JOIN cwgen.c c ON c.k = ci.k;

-- ---------------------------------------------------------------- conversations
CREATE TABLE cwgen.cv0 AS
SELECT cv, ci.k, ci.id AS ci, ci.inbox, c.acct, c.kind, c.f, c.l, c.fn, c.email, c.phone, c.city, c.company,
       date_trunc('second', CASE WHEN cv <= 1800 THEN ci.r + make_interval(mins => fixture_gen.n('cwcvs', cv, 30)) ELSE ci.r + (CASE WHEN ci.inbox = 14 THEN timestamp '2023-01-09' ELSE timestamp '2024-12-15' END - ci.r) * (0.1 + fixture_gen.n('cwcvs', cv, 880) / 1000.0) END) AS st,
       fixture_gen.n('cwtopic', cv, 24) AS topic, 'LH-' || (100000 + fixture_gen.n('cword', cv, 60000)) AS ord
FROM generate_series(1, 2200) cv
JOIN cwgen.ci ci ON ci.id = CASE WHEN cv <= 1800 THEN cv WHEN cv <= 2000 THEN 1 + fixture_gen.n('cwck', cv, 1600) ELSE 1801 + fixture_gen.n('cwck2', cv, (SELECT count(*)::int FROM cwgen.ci WHERE id > 1800)) END
JOIN cwgen.c c ON c.k = ci.k;
CREATE TABLE cwgen.cv AS
SELECT row_number() OVER (ORDER BY st, cv) AS id, row_number() OVER (PARTITION BY acct ORDER BY st, cv) AS display_id, x.*,
       CASE WHEN st > timestamp '2024-11-25' AND fixture_gen.n('cwst', cv, 3) = 0 THEN fixture_gen.pick(ARRAY['0', '0', '2', '3'], 'cwst2', cv)::int WHEN cv % 53 = 0 THEN 0 ELSE 1 END AS status,
       CASE WHEN acct = 2 THEN (ARRAY[5, 14, 15, 16, 27, 31])[1 + fixture_gen.n('cwasg', cv, 6)] WHEN cv % 19 = 0 THEN NULL
            WHEN extract(dow FROM st) IN (0, 6) THEN 37 + fixture_gen.n('cwasg', cv, 4) ELSE 2 + fixture_gen.n('cwasg', cv, 35) END AS assignee
FROM cwgen.cv0 x;

CREATE TABLE conversations (
    id serial PRIMARY KEY,
    account_id integer NOT NULL,
    inbox_id integer NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    assignee_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    contact_id bigint,
    display_id integer NOT NULL,
    contact_last_seen_at timestamp without time zone,
    agent_last_seen_at timestamp without time zone,
    additional_attributes jsonb DEFAULT '{}'::jsonb,
    contact_inbox_id bigint,
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    identifier character varying,
    last_activity_at timestamp without time zone NOT NULL,
    team_id bigint,
    campaign_id bigint,
    snoozed_until timestamp without time zone,
    custom_attributes jsonb DEFAULT '{}'::jsonb,
    assignee_last_seen_at timestamp without time zone,
    first_reply_created_at timestamp without time zone,
    priority integer,
    sla_policy_id bigint,
    waiting_since timestamp without time zone,
    cached_label_list text
);
INSERT INTO conversations
SELECT v.id, v.acct, v.inbox, v.status, v.assignee, v.st, v.st + make_interval(hours => 1 + fixture_gen.n('cwcvu', v.cv, 60)), v.k, v.display_id,
       CASE WHEN v.inbox IN (1, 10) THEN v.st + make_interval(mins => 5 + fixture_gen.n('cwcls', v.cv, 300)) END,
       v.st + make_interval(mins => 3 + fixture_gen.n('cwals', v.cv, 2000)),
       CASE WHEN v.inbox IN (1, 10) THEN jsonb_build_object('browser', cwgen.browser('cwbr', v.cv), 'referer',
                 CASE WHEN v.kind = 'web_id' AND v.cv % 4 = 1 THEN 'https://www.larkspurhome.example/pages/track-order?order=' || v.ord || '&email=' || replace(v.email, '@', '%40')
                      WHEN v.cv % 6 = 2 THEN 'https://www.larkspurhome.example/account/orders/' || fixture_gen.hexn('cword', v.cv, 32)
                      WHEN v.cv % 6 = 4 THEN 'https://www.larkspurhome.example/pages/delivery-and-returns'
                      WHEN v.inbox = 10 THEN 'https://trade.larkspurhome.example/' || fixture_gen.pick(ARRAY['price-list', 'apply', 'collections/bedding', ''], 'cwtref', v.cv)
                      ELSE 'https://www.larkspurhome.example/products/' || fixture_gen.pick(ARRAY['washed-linen-duvet-cover-sage', 'oak-side-table', 'waffle-bath-towel-set', 'jute-runner-rug-80x240',
                           'hurricane-lantern-large', 'stoneware-dinner-set-12pc', 'velvet-cushion-cover-50', 'merino-throw-oat'], 'cwprod', v.cv)
                      || CASE WHEN v.cv % 5 = 0 THEN '?utm_source=newsletter&utm_medium=email&utm_campaign=spring_edit' ELSE '' END END,
               'initiated_at', jsonb_build_object('timestamp', to_char(v.st, 'Dy Mon DD YYYY HH24:MI:SS') || ' GMT+0000 (Greenwich Mean Time)'),
               'browser_language', fixture_gen.pick(ARRAY['en-GB', 'en-GB', 'en-US', 'en', 'de-DE', 'fr-FR', 'pl'], 'cwbl', v.cv))
            WHEN v.inbox IN (2, 3, 9, 13) THEN jsonb_build_object('source', 'email', 'in_reply_to', NULL, 'mail_subject',
                 CASE v.topic WHEN 0 THEN 'Where is my order ' || v.ord || '?' WHEN 1 THEN 'Change of address' WHEN 3 THEN 'Wrong size sent' WHEN 4 THEN 'Charged twice!!' WHEN 8 THEN 'Order for ' || v.f
                      WHEN 10 THEN 'VAT invoice request' WHEN 12 THEN 'Faded towels' WHEN 13 THEN 'Cancel order ' || v.ord WHEN 15 THEN 'Gift order' WHEN 18 THEN 'Damaged lantern' WHEN 20 THEN 'Refund not received'
                      ELSE fixture_gen.pick(ARRAY['Question', 'Order ' || v.ord, 'Enquiry from website', 'Re: Your Larkspur Home order ' || v.ord, 'Help please', '(no subject)'], 'cwsubj', v.cv) END,
                 'initiated_at', jsonb_build_object('timestamp', to_char(v.st, 'Dy, DD Mon YYYY HH24:MI:SS') || ' +0000'))
            WHEN v.inbox = 8 THEN jsonb_build_object('type', 'order_issue', 'order_id', v.ord)
            ELSE '{}'::jsonb END,
       v.ci, fixture_gen.uuid('cwcvuuid', v.cv)::uuid,
       CASE WHEN v.inbox = 8 THEN 'order-' || v.ord END,
       v.st + make_interval(hours => 1 + fixture_gen.n('cwcvu', v.cv, 60)),
       CASE WHEN v.acct = 2 THEN 5 WHEN v.topic IN (3, 13, 18, 20) THEN 2 WHEN v.topic IN (4, 14) THEN 3 WHEN v.assignee >= 37 THEN 4 WHEN v.cv % 3 = 0 THEN 1 END,
       CASE WHEN v.inbox = 1 AND v.cv % 29 = 3 THEN 1 + v.cv % 3 END,
       CASE WHEN v.status = 3 THEN timestamp '2024-10-01 08:00:00' + make_interval(days => v.cv % 9) END,
       CASE WHEN v.topic IN (0, 1, 3, 4, 13, 20) THEN jsonb_build_object('order_number', v.ord) || CASE WHEN v.topic IN (4, 20) THEN jsonb_build_object('refund_amount', 10 + v.cv % 190) ELSE '{}' END ELSE '{}' END,
       CASE WHEN v.assignee IS NOT NULL THEN v.st + make_interval(mins => 3 + fixture_gen.n('cwals', v.cv, 2000)) END,
       CASE WHEN v.assignee IS NOT NULL THEN v.st + make_interval(mins => 2 + fixture_gen.n('cwfrc', v.cv, 400)) END,
       CASE WHEN v.topic IN (4, 14) THEN 3 WHEN v.topic IN (18, 20) THEN 2 WHEN v.cv % 11 = 0 THEN 1 END,
       NULL,
       CASE WHEN v.status IN (0, 2) THEN v.st + make_interval(mins => 5) END,
       CASE v.topic WHEN 0 THEN 'delivery' WHEN 1 THEN 'delivery,address-change' WHEN 3 THEN 'returns,wrong-item' WHEN 4 THEN 'payments,refund' WHEN 9 THEN 'delivery,courier-claim'
            WHEN 12 THEN 'quality' WHEN 13 THEN 'cancellation' WHEN 14 THEN 'payments' WHEN 18 THEN 'damaged,courier-claim' WHEN 20 THEN 'refund' WHEN 10 THEN 'invoice' END
FROM cwgen.cv v;

-- ---------------------------------------------------------------- messages
-- What customers write first, by topic; some of it names people, phones,
-- addresses, emails, a card, a VAT number or an IBAN, some of it nothing.
CREATE FUNCTION cwgen.cust_first(cv bigint, topic int, f text, fn text, email text, ord text, company text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN
  RETURN CASE topic
    WHEN 0 THEN 'Hi, my order ' || ord || ' still hasn''t arrived. Tracking has said "out for delivery" since Tuesday.'
    WHEN 1 THEN 'Hello, can you change the delivery address on ' || ord || ' to ' || fixture_gen.street('cwmst', cv) || ', ' || fixture_gen.postcode('cwmst', cv) || ' ' || fixture_gen.city('cwmst', cv) || '? We moved last weekend.'
    WHEN 2 THEN 'Could someone ring me on ' || fixture_gen.phone('cwmph', cv) || '? Easier than typing. Thanks, ' || f
    WHEN 3 THEN 'The duvet cover I got is a double but I ordered a king (order ' || ord || '). How do I swap it?'
    WHEN 4 THEN 'I''ve been charged twice for order ' || ord || ', card ending ' || fixture_gen.digits('cwl4', cv, 4) || '. Please refund the second payment.'
    WHEN 5 THEN 'Do you deliver to Norway, or only within the UK and EU?'
    WHEN 6 THEN 'Please update my email address to ' || cwgen.mailof(f, fixture_gen.last_name('cwnm2', cv), 'cwne', cv) || ', I don''t use the old one any more.'
    WHEN 7 THEN 'Is the linen throw in sage coming back in stock? I''ve been waiting since January.'
    WHEN 8 THEN 'Hi, I''m writing for my wife ' || fixture_gen.first_name('cwrel', cv) || ' who placed order ' || ord || '. She''s in hospital after an operation this week, so please send any updates to me at '
                || coalesce(email, cwgen.mailof(fixture_gen.first_name('cwhus', cv), fixture_gen.last_name('cwhus', cv), 'cwhus', cv)) || '.'
    WHEN 9 THEN 'The courier says the parcel was left with a neighbour at number ' || (1 + fixture_gen.n('cwhn', cv, 80)) || ' but they say they never got it.'
    WHEN 10 THEN 'Can we have an invoice with our VAT number ' || fixture_gen.vat('cwmvat', cv) || ' on it please? Company name: ' || coalesce(company, fixture_gen.last_name('cwmco', cv) || ' Interiors Ltd') || '.'
    WHEN 11 THEN 'Where do I put a discount code in the app? The box doesn''t show on my iPhone.'
    WHEN 12 THEN 'The towels faded badly after one wash at 40 degrees. Really disappointed, they were a gift.'
    WHEN 13 THEN 'Please cancel order ' || ord || ', I picked the wrong colour by mistake.'
    WHEN 14 THEN 'my card ' || fixture_gen.card('cwmcard', cv) || ' got declined 3 times but the money has left my account?? expiry ' || lpad((1 + fixture_gen.n('cwexp', cv, 12))::text, 2, '0') || '/' || (25 + fixture_gen.n('cwexy', cv, 4))
    WHEN 15 THEN 'Can I send a gift to my mum? ' || fixture_gen.first_name('cwmum', cv) || ' ' || fixture_gen.last_name('cwmum', cv) || ', ' || fixture_gen.street('cwmums', cv) || ', ' || fixture_gen.city('cwmums', cv) || ' '
                || fixture_gen.postcode('cwmums', cv) || '. Please add a note: Happy 70th birthday Mum, love from all of us.'
    WHEN 16 THEN 'What time does the Bristol showroom open on Saturdays?'
    WHEN 17 THEN 'Hello'
    WHEN 18 THEN 'The glass on the hurricane lantern arrived smashed. Photos attached.'
    WHEN 19 THEN 'Do your cushion covers fit 50x50 inserts or 45x45?'
    WHEN 20 THEN 'I sent the rug back two weeks ago (return label RL' || fixture_gen.digits('cwrl', cv, 9) || 'GB) and still no refund.'
    WHEN 21 THEN 'Hi, I placed an order as a guest with ' || coalesce(email, cwgen.mailof(fixture_gen.first_name('cwgst', cv), fixture_gen.last_name('cwgst', cv), 'cwgst', cv)) || ', can you link it to my account please?'
    WHEN 22 THEN 'Is the oak side table solid wood or veneer?'
    ELSE 'Can I pay by bank transfer instead? My bank keeps blocking the card payment. For any refund my IBAN is ' || fixture_gen.iban_for('cwmiban', cv) || '.' END;
END $$;

CREATE FUNCTION cwgen.cust_follow(cv bigint, s int, email text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN
  RETURN CASE fixture_gen.n('cwfu', cv * 10 + s, 12)
    WHEN 0 THEN 'Thank you!' WHEN 1 THEN 'Great, thanks for sorting it so quickly.' WHEN 2 THEN 'Ok' WHEN 3 THEN 'Still nothing arrived today.'
    WHEN 4 THEN 'My mobile is ' || fixture_gen.phone('cwfph', cv) || ' if that''s easier.' WHEN 5 THEN 'Photo attached.' WHEN 6 THEN 'Perfect 👍'
    WHEN 7 THEN 'That''s fine, go ahead.' WHEN 8 THEN 'Can you confirm by email please? ' || coalesce(email, cwgen.mailof(fixture_gen.first_name('cwfem', cv), fixture_gen.last_name('cwfem', cv), 'cwfem', cv))
    WHEN 9 THEN 'Sorry, the postcode is ' || fixture_gen.postcode('cwfpc', cv) || '.' WHEN 10 THEN 'Thanks, you''ve been really helpful.' ELSE 'Any update on this?' END;
END $$;

CREATE FUNCTION cwgen.agent_reply(cv bigint, s int, topic int, hi text, ord text, phone text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN
  RETURN CASE WHEN s = 2 THEN CASE
    WHEN topic IN (0, 9) THEN 'Hi ' || hi || ', thanks for getting in touch! I''ve checked ' || ord || ' and it''s with the courier, due tomorrow before 6pm.'
    WHEN topic = 1 THEN 'Done! I''ve updated the delivery address on ' || ord || '.'
    WHEN topic = 2 THEN 'Of course, I''ll give you a call this afternoon between 2 and 4pm.'
    WHEN topic IN (3, 12, 13) THEN 'Sorry about that! You can start a return or exchange at https://www.larkspurhome.example/returns with your order number and postcode; I''ve attached a prepaid label too.'
    WHEN topic IN (4, 14, 20) THEN 'I''m so sorry about that. I''ve refunded £' || (12 + fixture_gen.n('cwamt', cv, 180)) || '.' || lpad(fixture_gen.n('cwamp', cv, 100)::text, 2, '0') || ' to your card ending ' || fixture_gen.digits('cwl4', cv, 4) || ', it can take 3-5 working days to show.'
    WHEN topic = 5 THEN 'We deliver across the UK and EU, plus Norway and Switzerland. Norway takes 5-7 working days and duties are included at checkout.'
    WHEN topic IN (6, 21) THEN 'Done, I''ve updated that on your account. You''ll get a confirmation email in a moment.'
    WHEN topic IN (7, 19, 22) THEN fixture_gen.pick(ARRAY['Good news, it''s back in stock on the 14th. I''ve added you to the waiting list.', 'They fit 50x50 inserts; we recommend a feather insert for the plump look.',
         'It''s solid FSC oak with a hard-wax oil finish, no veneer.'], 'cwprd', cv)
    WHEN topic IN (8, 15) THEN 'Of course, that''s all noted on the order. Wishing her well!'
    WHEN topic = 10 THEN 'Here''s the VAT invoice, re-issued with your company name and number.'
    WHEN topic = 11 THEN 'The code box is on the basket page under the total; in the app tap "Add a discount" above the checkout button.'
    WHEN topic = 16 THEN 'Our Bristol showroom is open 10am-5pm on Saturdays. See you there!'
    WHEN topic = 18 THEN 'Oh no, sorry! Could you send us a photo of the item and the label on the box? Then I can send a replacement and raise a claim with the courier.'
    WHEN topic = 17 THEN 'Hi there! How can I help today?'
    ELSE 'We can only take bank transfers for trade orders, sorry. Could you try Apple Pay or PayPal instead?' END
  ELSE CASE fixture_gen.n('cwar', cv * 10 + s, 5)
    WHEN 0 THEN 'You''re welcome ' || hi || ', have a lovely day!'
    WHEN 1 THEN 'Let me check with the warehouse and come back to you today.'
    WHEN 2 THEN 'I''ll give you a call on ' || coalesce(phone, fixture_gen.phone('cwmph', cv)) || ' this afternoon between 2 and 4pm.'
    WHEN 3 THEN 'Thanks ' || hi || ', all sorted now. I''ll close this chat but just reply if anything else comes up.'
    ELSE 'Just checking in: did the replacement for ' || ord || ' arrive safely?' END END;
END $$;

CREATE TABLE cwgen.v AS
SELECT v.*, cv2.uuid, a.fn AS afn, a.f AS af, a.email AS aemail, a2.i AS a2, a2.fn AS a2fn, a2.f AS a2f,
       CASE WHEN v.kind IN ('anon', 'sms', 'sms_us') THEN 'there' ELSE v.f END AS hi,
       CASE WHEN v.status IN (0, 2) AND v.cv % 2 = 0 THEN 1 WHEN v.topic = 17 THEN 2 ELSE 2 + fixture_gen.n('cwnm', v.cv, 3) END AS m,
       CASE v.inbox WHEN 2 THEN 'support@larkspurhome.example' WHEN 3 THEN 'returns@larkspurhome.example' WHEN 9 THEN 'trade@larkspurhome.example' WHEN 13 THEN 'press@larkspurhome.example' END AS ibx
FROM cwgen.cv v JOIN conversations cv2 ON cv2.id = v.id
LEFT JOIN cwgen.a a ON a.i = coalesce(v.assignee, 2 + fixture_gen.n('cwna', v.cv, 35))
LEFT JOIN cwgen.a a2 ON a2.i = 2 + fixture_gen.n('cwa2', v.cv, 35);

-- The exchange: customer first (odd), agent (even).
CREATE TABLE cwgen.m AS
SELECT v.id AS cid, v.acct, v.inbox, v.k, s, 1 AS sub,
       v.st + make_interval(mins => (s - 1) * 180 + CASE WHEN s > 1 THEN fixture_gen.n('cwmt', v.cv * 10 + s, 170) ELSE 0 END) AS t,
       CASE WHEN s % 2 = 1 THEN 0 ELSE 1 END AS message_type,
       CASE WHEN s % 2 = 1 AND v.ibx IS NOT NULL THEN 8 ELSE 0 END AS content_type, false AS private,
       CASE WHEN s % 2 = 1 THEN 'Contact' WHEN v.inbox = 4 AND s = 2 AND v.cv % 5 = 0 THEN 'AgentBot' ELSE 'User' END AS sender_type,
       CASE WHEN s % 2 = 1 THEN v.k WHEN v.inbox = 4 AND s = 2 AND v.cv % 5 = 0 THEN 1 ELSE coalesce(v.assignee, 2 + fixture_gen.n('cwna', v.cv, 35)) END AS sender_id,
       CASE WHEN s = 1 THEN cwgen.cust_first(v.cv, v.topic, v.f, v.fn, v.email, v.ord, v.company)
            WHEN s % 2 = 1 THEN cwgen.cust_follow(v.cv, s, v.email)
            WHEN v.inbox = 4 AND s = 2 AND v.cv % 5 = 0 THEN 'Hi! I''m the Larkspur order assistant 🤖 Reply with your order number (it starts with LH-) and I''ll check it for you, or type AGENT to talk to the team.'
            ELSE cwgen.agent_reply(v.cv, s, v.topic, v.hi, v.ord, v.phone) END AS body,
       v.cv, v.topic, v.fn, v.f, v.email, v.kind, v.company, v.ibx, v.uuid, v.ord
FROM cwgen.v v, generate_series(1, v.m) s;
ALTER TABLE cwgen.m ADD COLUMN att text;
UPDATE cwgen.m SET att = CASE
    WHEN message_type = 0 AND (s = 1 AND topic = 18 OR body = 'Photo attached.') THEN 'image'
    WHEN message_type = 0 AND inbox IN (4, 14) AND s = 3 AND cv % 10 = 3 THEN 'location'
    WHEN message_type = 0 AND inbox IN (4, 14) AND s = 3 AND cv % 10 = 7 THEN 'contact'
    WHEN message_type = 0 AND inbox IN (4, 14) AND s = 3 AND cv % 10 = 9 THEN 'audio'
    WHEN message_type = 0 AND s = 1 AND ibx IS NOT NULL AND topic IN (10, 20) THEN 'file_in'
    WHEN message_type = 1 AND sender_type = 'User' AND topic = 3 AND s = 2 THEN 'file_out' END;
UPDATE cwgen.m SET body = NULL WHERE att IN ('location', 'contact', 'audio');

CREATE TABLE cwgen.mx AS
-- 1: the exchange
SELECT m.cid, m.acct, m.inbox, m.t, m.sub, m.s, m.message_type, m.content_type, m.private, m.sender_type, m.sender_id,
       CASE WHEN m.ibx IS NOT NULL AND m.message_type = 0 AND m.s = 1 THEN m.body || E'\n\n' || sig.txt
            WHEN m.ibx IS NOT NULL AND m.message_type = 0 THEN m.body || E'\n\nOn ' || to_char(m.t - interval '3 hours', 'Dy, DD Mon YYYY "at" HH24:MI') || ', Larkspur Home Customer Care <' || m.ibx
                 || E'> wrote:\n> Hi, thanks for getting in touch! We''re looking into this for you.\n> \n> Larkspur Home Customer Care'
            ELSE m.body END AS content,
       CASE WHEN m.ibx IS NOT NULL AND m.message_type = 0 AND m.s = 1 THEN m.body || E'\n\n' || sig.txt ELSE m.body END AS processed,
       m.att, m.cv, m.k, m.kind, m.email, m.ibx, m.uuid, m.ord, m.f
FROM cwgen.m m
LEFT JOIN LATERAL (SELECT CASE WHEN m.kind = 'trade' THEN m.fn || E'\n' || m.company || E'\n' || coalesce((SELECT phone_number FROM contacts WHERE id = m.k), '')
             ELSE CASE fixture_gen.n('cwsig', m.cv, 4) WHEN 0 THEN E'Kind regards,\n' || m.fn WHEN 1 THEN E'Thanks\n' || m.f || E'\n\nSent from my iPhone'
                  WHEN 2 THEN E'Best wishes,\n' || m.fn || E'\n' || fixture_gen.phone('cwsigp', m.cv) ELSE m.f END END AS txt) sig ON m.ibx IS NOT NULL AND m.message_type = 0 AND m.s = 1
UNION ALL
-- 2: private notes
SELECT v.id, v.acct, v.inbox, v.st + make_interval(mins => 60 + fixture_gen.n('cwpnt', v.cv, 100)), 2, 0, 1, 0, true, 'User', coalesce(v.assignee, 2 + fixture_gen.n('cwna', v.cv, 35)),
       n.txt, n.txt, NULL, v.cv, v.k, v.kind, v.email, v.ibx, v.uuid, v.ord, v.f
FROM cwgen.v v, LATERAL (SELECT CASE fixture_gen.n('cwpn', v.cv, 7)
    WHEN 0 THEN 'Same customer complained in March about a damaged lamp, refund approved by ' || v.a2f || ' then.'
    WHEN 1 THEN '[@' || v.a2fn || '](mention://user/' || v.a2 || '/' || replace(v.a2fn, ' ', '%20') || ') can you raise a courier claim for this one? Parcel ref JD' || fixture_gen.digits('cwjd', v.cv, 18)
    WHEN 2 THEN 'Fraud check: billing name ' || fixture_gen.full_name('cwfr', v.cv) || ' doesn''t match the card holder, holding the order until they confirm.'
    WHEN 3 THEN 'Called the customer, no answer. Left a voicemail.'
    WHEN 4 THEN 'Refund processed in Shopify.'
    WHEN 5 THEN 'Please handle gently, customer mentioned she was recently widowed and the order was for the funeral.'
    ELSE 'Escalated to the warehouse, ticket WH-' || fixture_gen.digits('cwwh', v.cv, 5) || '.' END AS txt) n
WHERE v.cv % 6 = 0 AND v.m >= 2
UNION ALL
-- 3: activity lines
SELECT v.id, v.acct, v.inbox, v.st + interval '1 minute', 3, 0, 2, 0, false, NULL, NULL,
       CASE WHEN v.cv % 8 = 1 THEN v.afn || ' self-assigned this conversation' ELSE 'Assigned to ' || v.afn || ' by ' || v.a2fn END, NULL, NULL, v.cv, v.k, v.kind, v.email, v.ibx, v.uuid, v.ord, v.f
FROM cwgen.v v WHERE v.cv % 4 = 1 AND v.assignee IS NOT NULL
UNION ALL
SELECT v.id, v.acct, v.inbox, v.st + interval '2 minutes', 4, 0, 2, 0, false, NULL, NULL, v.afn || ' added ' || replace(c.cached_label_list, ',', ', '), NULL, NULL, v.cv, v.k, v.kind, v.email, v.ibx, v.uuid, v.ord, v.f
FROM cwgen.v v JOIN conversations c ON c.id = v.id WHERE c.cached_label_list IS NOT NULL AND v.cv % 3 = 0
UNION ALL
SELECT v.id, v.acct, v.inbox, v.st + make_interval(mins => v.m * 180 + 30 + fixture_gen.n('cwres', v.cv, 600)), 5, 0, 2, 0, false, NULL, NULL,
       CASE WHEN v.cv % 10 = 0 THEN 'Conversation was marked resolved by system due to 7 days of inactivity' ELSE 'Conversation was marked resolved by ' || v.afn END, NULL, NULL, v.cv, v.k, v.kind, v.email, v.ibx, v.uuid, v.ord, v.f
FROM cwgen.v v WHERE v.status = 1
UNION ALL
-- 5: CSAT survey
SELECT v.id, v.acct, v.inbox, v.st + make_interval(mins => v.m * 180 + 30 + fixture_gen.n('cwres', v.cv, 600), secs => 1), 6, 0, 3, 9, false, NULL, NULL,
       'Please rate the conversation', NULL, NULL, v.cv, v.k, v.kind, v.email, v.ibx, v.uuid, v.ord, v.f
FROM cwgen.v v WHERE v.status = 1 AND v.inbox IN (1, 2, 4) AND v.cv % 3 = 0 AND v.cv % 10 <> 0
UNION ALL
-- 6: the widget asking an anonymous visitor for an email
SELECT v.id, v.acct, v.inbox, v.st + interval '3 seconds', 7, 0, 3, 3, false, NULL, NULL, 'Get notified by email', NULL, NULL, v.cv, v.k, v.kind, v.email, v.ibx, v.uuid, v.ord, v.f
FROM cwgen.v v WHERE v.inbox = 1 AND v.kind = 'anon'
UNION ALL
-- 7: WhatsApp shipping template sent by the order system
SELECT v.id, v.acct, v.inbox, v.st - interval '10 minutes', 0, 0, 1, 0, false, NULL, NULL,
       'Hi ' || v.f || ', good news! Your Larkspur Home order ' || v.ord || ' is on its way. Track it here: https://track.larkspurhome.example/' || v.ord, NULL, NULL, v.cv, v.k, v.kind, v.email, v.ibx, v.uuid, v.ord, v.f
FROM cwgen.v v WHERE v.inbox = 4 AND v.cv % 4 = 0;

CREATE TABLE cwgen.mi AS SELECT row_number() OVER (ORDER BY t, cid, sub, s) AS id, x.* FROM cwgen.mx x;

CREATE TABLE messages (
    id serial PRIMARY KEY,
    content text,
    account_id integer NOT NULL,
    inbox_id integer NOT NULL,
    conversation_id integer NOT NULL,
    message_type integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    private boolean DEFAULT false NOT NULL,
    status integer DEFAULT 0,
    source_id character varying,
    content_type integer DEFAULT 0 NOT NULL,
    content_attributes json DEFAULT '{}'::json,
    sender_type character varying,
    sender_id bigint,
    external_source_ids jsonb DEFAULT '{}'::jsonb,
    additional_attributes jsonb DEFAULT '{}'::jsonb,
    processed_message_content text,
    sentiment jsonb DEFAULT '{}'::jsonb
);
INSERT INTO messages
SELECT x.id, x.content, x.acct, x.inbox, x.cid, x.message_type, x.t, x.t + CASE WHEN x.sub = 6 AND x.cv % 2 = 0 THEN make_interval(hours => 1 + x.cv % 30) ELSE interval '0' END,
       x.private,
       CASE WHEN x.message_type = 0 OR x.message_type = 2 THEN 0 WHEN x.inbox IN (4, 14) AND x.message_type = 1 AND x.cv % 37 = 5 AND x.sub = 1 THEN 3
            WHEN x.inbox IN (4, 5, 12, 14, 6) AND x.message_type = 1 AND NOT x.private THEN 1 + x.cv % 2 ELSE 0 END,
       CASE WHEN x.message_type IN (2, 3) OR x.private THEN NULL
            WHEN x.ibx IS NOT NULL AND x.message_type = 0 THEN CASE WHEN x.email LIKE '%gmail.com' THEN 'CA' || fixture_gen.chars('cwmid', x.id, 46, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=') || '@mail.gmail.com'
                 ELSE fixture_gen.uuid('cwmid', x.id) || '@' || split_part(x.email, '@', 2) END
            WHEN x.ibx IS NOT NULL THEN 'conversation/' || x.uuid || '/messages/' || x.id || '@reply.larkspurhome.example'
            WHEN x.inbox IN (4, 14) THEN 'wamid.HBgM' || rtrim(encode(convert_to(substr((SELECT phone_number FROM contacts WHERE id = x.k), 2), 'UTF8'), 'base64'), '=') || 'FQIAEhgU'
                 || upper(fixture_gen.hexn('cwwam', x.id, 20))
            WHEN x.inbox = 5 THEN CASE WHEN x.message_type = 0 THEN 'SM' ELSE 'SM' END || fixture_gen.hexn('cwsms', x.id, 32)
            WHEN x.inbox = 12 THEN (1690000000000 + x.id * 7919)::text || fixture_gen.chars('cwbw', x.id, 14, 'abcdefghijklmnopqrstuvwxyz0123456789')
            WHEN x.inbox = 6 THEN 'm_' || fixture_gen.chars('cwfbm', x.id, 86, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
            WHEN x.inbox = 7 THEN (100 + x.id % 9000)::text END,
       x.content_type,
       CASE WHEN x.ibx IS NOT NULL AND x.message_type = 0 THEN json_build_object('email', json_build_object('bcc', NULL,
                 'cc', CASE WHEN x.cv % 9 = 0 THEN json_build_array(cwgen.mailof(fixture_gen.first_name('cwccf', x.cv), fixture_gen.last_name('cwccl', x.cv), 'cwcc', x.cv)) END,
                 'content_type', 'text/plain; charset=UTF-8', 'date', to_char(x.t, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'), 'from', json_build_array(x.email),
                 'in_reply_to', CASE WHEN x.s > 1 THEN 'conversation/' || x.uuid || '/messages/' || (x.id - 1) || '@reply.larkspurhome.example' END,
                 'message_id', NULL, 'multipart', x.att IS NOT NULL, 'number_of_attachments', CASE WHEN x.att IS NOT NULL THEN 1 ELSE 0 END,
                 'subject', CASE WHEN x.s > 1 THEN 'Re: ' ELSE '' END || (SELECT additional_attributes->>'mail_subject' FROM conversations WHERE id = x.cid),
                 'text_content', json_build_object('full', x.content, 'reply', x.processed, 'quoted', x.processed), 'to', json_build_array(x.ibx)), 'cc_email', NULL, 'bcc_email', NULL)
            WHEN x.ibx IS NOT NULL AND x.message_type = 1 AND NOT x.private THEN CASE WHEN x.cv % 9 = 0 THEN json_build_object('cc_emails', json_build_array(cwgen.mailof(fixture_gen.first_name('cwccf', x.cv), fixture_gen.last_name('cwccl', x.cv), 'cwcc', x.cv)), 'bcc_emails', json_build_array(), 'to_emails', json_build_array(x.email))
                 WHEN x.cv % 13 = 0 THEN json_build_object('cc_emails', json_build_array(), 'bcc_emails', json_build_array('accounts@larkspurhome.example'), 'to_emails', json_build_array(x.email)) ELSE '{}'::json END
            WHEN x.sub = 7 AND x.email IS NOT NULL THEN json_build_object('submitted_email', x.email)
            WHEN x.inbox IN (4, 14) AND x.message_type = 1 AND x.cv % 37 = 5 AND x.sub = 1 THEN '{"external_error": "131047: Re-engagement message"}'::json
            WHEN x.sub = 6 AND x.cv % 2 = 0 THEN json_build_object('submitted_values', json_build_object('csat_survey_response', json_build_object('rating', 1 + fixture_gen.n('cwcsat', x.cv, 5) % 5, 'feedback_message', '#FB#')))
            ELSE '{}'::json END,
       x.sender_type, x.sender_id,
       CASE WHEN x.message_type = 1 AND x.sender_type = 'User' AND x.cv % 13 = 4 THEN jsonb_build_object('slack', (extract(epoch FROM x.t)::bigint)::text || '.' || fixture_gen.digits('cwslk', x.id, 6)) ELSE '{}'::jsonb END,
       CASE WHEN x.sub = 0 THEN jsonb_build_object('template_params', jsonb_build_object('name', 'order_shipped', 'category', 'UTILITY', 'language', 'en_GB',
                 'processed_params', jsonb_build_object('1', x.f, '2', x.ord, '3', 'https://track.larkspurhome.example/' || x.ord)))
            WHEN x.inbox = 1 AND x.cv % 29 = 3 AND x.sub = 1 AND x.s = 1 THEN jsonb_build_object('campaign_id', 1 + x.cv % 3) ELSE '{}'::jsonb END,
       CASE WHEN x.message_type IN (0, 1) AND x.sub <> 0 THEN x.processed END,
       CASE WHEN x.message_type = 0 AND x.t > timestamp '2024-06-01' THEN (ARRAY['{"label": "negative", "score": 0.91, "value": -1}', '{"label": "neutral", "score": 0.64, "value": 0}', '{"label": "positive", "score": 0.88, "value": 1}'])[1 + fixture_gen.n('cwsent', x.id, 3)]::jsonb ELSE '{}'::jsonb END
FROM cwgen.mi x;
CREATE INDEX index_messages_on_conversation_id ON messages USING btree (conversation_id);
CREATE INDEX index_messages_on_account_id_and_inbox_id ON messages USING btree (account_id, inbox_id);
CREATE INDEX index_contacts_on_account_id ON contacts USING btree (account_id);
UPDATE messages SET content_attributes = jsonb_set(content_attributes::jsonb, '{email,message_id}', to_jsonb(source_id))::json WHERE content_type = 8;

-- ---------------------------------------------------------------- CSAT, attachments, files
CREATE TABLE csat_survey_responses (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    message_id bigint NOT NULL,
    rating integer NOT NULL,
    feedback_message text,
    contact_id bigint NOT NULL,
    assigned_agent_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO csat_survey_responses (account_id, conversation_id, message_id, rating, feedback_message, contact_id, assigned_agent_id, created_at, updated_at)
SELECT x.acct, x.cid, x.id, CASE WHEN fb.c IN (3, 5) THEN 1 + x.cv % 2 ELSE (ARRAY[5, 5, 5, 4, 4, 3])[1 + fixture_gen.n('cwrat', x.cv, 6)] END,
       CASE fb.c WHEN 0 THEN NULL WHEN 1 THEN 'Quick and friendly, thank you!' WHEN 2 THEN v.af || ' was brilliant, sorted my refund in minutes.'
            WHEN 3 THEN 'Still waiting for my replacement, not impressed.' WHEN 4 THEN 'The bot was useless but the person was lovely.' WHEN 5 THEN 'Took 3 days to get a reply.'
            WHEN 6 THEN 'Great help. Please note I''m moving to ' || fixture_gen.street('cwfbst', x.cv) || ' next month so update my address.' WHEN 7 THEN ''
            ELSE 'Call me on ' || fixture_gen.phone('cwfbph', x.cv) || ' if the courier needs directions, the house is hard to find.' END,
       x.k, v.assignee, x.t + make_interval(hours => 1 + x.cv % 30), x.t + make_interval(hours => 1 + x.cv % 30)
FROM cwgen.mi x JOIN cwgen.v v ON v.id = x.cid, LATERAL (SELECT fixture_gen.n('cwfb', x.cv, 9) AS c) fb
WHERE x.sub = 6 AND x.cv % 2 = 0;
UPDATE messages m SET content_attributes = json_build_object('submitted_values', json_build_object('csat_survey_response', json_build_object('rating', r.rating, 'feedback_message', coalesce(r.feedback_message, ''))))
FROM csat_survey_responses r WHERE r.message_id = m.id;

CREATE TABLE attachments (
    id serial PRIMARY KEY,
    file_type integer DEFAULT 0,
    external_url character varying,
    coordinates_lat double precision DEFAULT 0.0,
    coordinates_long double precision DEFAULT 0.0,
    message_id integer NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    fallback_title character varying,
    extension character varying,
    meta jsonb DEFAULT '{}'::jsonb
);
CREATE TABLE cwgen.att AS
SELECT row_number() OVER (ORDER BY x.id) AS aid, x.*, g.lat, g.lon
FROM cwgen.mi x
LEFT JOIN (VALUES (0, 51.507, -0.128), (1, 53.481, -2.242), (2, 53.800, -1.549), (3, 51.454, -2.588), (4, 55.864, -4.252), (5, 55.953, -3.188), (6, 51.481, -3.179), (7, 50.822, -0.137)) g(ix, lat, lon)
  ON g.ix = x.cv % 8
WHERE x.att IS NOT NULL;
INSERT INTO attachments
SELECT a.aid, CASE a.att WHEN 'image' THEN 0 WHEN 'audio' THEN 1 WHEN 'location' THEN 4 WHEN 'contact' THEN 8 ELSE 3 END,
       NULL,
       CASE WHEN a.att = 'location' THEN round((a.lat + (fixture_gen.n('cwlat', a.cv, 2000) - 1000) / 20000.0)::numeric, 6) ELSE 0.0 END,
       CASE WHEN a.att = 'location' THEN round((a.lon + (fixture_gen.n('cwlon', a.cv, 2000) - 1000) / 20000.0)::numeric, 6) ELSE 0.0 END,
       a.id, a.acct, a.t, a.t,
       CASE WHEN a.att = 'location' THEN fixture_gen.pick(ARRAY['Home', fixture_gen.street('cwlocs', a.cv), fixture_gen.street('cwlocs', a.cv) || ', ' || fixture_gen.city('cwlocc', a.cv), 'Dropped pin'], 'cwloct', a.cv)
            WHEN a.att = 'contact' THEN cwgen.e164('cwshc', a.cv) END,
       CASE WHEN a.att IN ('file_in', 'file_out') THEN 'pdf' END,
       CASE WHEN a.att = 'contact' THEN jsonb_build_object('firstName', fixture_gen.first_name('cwshc', a.cv), 'lastName', fixture_gen.last_name('cwshc', a.cv)) ELSE '{}'::jsonb END
FROM cwgen.att a;

CREATE TABLE active_storage_blobs (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp without time zone NOT NULL,
    service_name character varying NOT NULL
);
CREATE TABLE active_storage_attachments (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL
);
-- files: message attachments, then agents' and contacts' avatars, then the inboxes' and portal's logos.
CREATE TABLE cwgen.f AS
SELECT row_number() OVER (ORDER BY src, rid) AS bid, * FROM (
  SELECT 1 AS src, 'file' AS name, 'Attachment' AS rtype, a.aid AS rid, a.t,
         CASE a.att
           WHEN 'image' THEN CASE WHEN a.inbox IN (4, 14) THEN 'WhatsApp Image ' || to_char(a.t, 'YYYY-MM-DD "at" HH24.MI.SS') || '.jpeg'
                                  WHEN a.cv % 3 = 0 THEN 'IMG_' || fixture_gen.digits('cwimg', a.cv, 4) || '.JPG'
                                  WHEN a.cv % 3 = 1 THEN fixture_gen.ascii(a.f) || '_lantern_' || (1 + a.s) || '.jpg' ELSE 'image.png' END
           WHEN 'audio' THEN 'audio.ogg'
           WHEN 'file_in' THEN CASE WHEN a.cv % 2 = 0 THEN 'Proof of return - ' || coalesce((SELECT name FROM contacts WHERE id = a.k), 'customer') || '.pdf' ELSE 'Invoice_' || a.ord || '.pdf' END
           WHEN 'file_out' THEN 'Return_label_' || a.ord || '.pdf' END AS filename,
         CASE a.att WHEN 'image' THEN 'image/jpeg' WHEN 'audio' THEN 'audio/ogg' ELSE 'application/pdf' END AS ctype
  FROM cwgen.att a WHERE a.att NOT IN ('location', 'contact')
  UNION ALL
  SELECT 2, 'avatar', 'User', u.i, timestamp '2022-06-02 10:00:00' + make_interval(days => u.i * 17),
         CASE u.i % 4 WHEN 0 THEN 'headshot-' || fixture_gen.ascii(u.f) || '.jpg' WHEN 1 THEN 'IMG_2023' || lpad((1 + u.i % 12)::text, 2, '0') || '12_101512.jpg'
              WHEN 2 THEN fixture_gen.ascii(u.f) || '_' || fixture_gen.ascii(u.l) || '.png' ELSE 'avatar.jpg' END, CASE WHEN u.i % 4 = 2 THEN 'image/png' ELSE 'image/jpeg' END
  FROM cwgen.a u WHERE u.i % 5 <> 3
  UNION ALL
  SELECT 3, 'avatar', 'Contact', c.k, c.r, CASE WHEN c.kind = 'facebook' THEN fixture_gen.digits('cwfbav', c.k, 9) || '_' || fixture_gen.digits('cwfbav2', c.k, 15) || '_n.jpg'
              WHEN c.kind = 'telegram' THEN 'file_' || (c.k % 90) || '.jpg' ELSE 'avatar' END, 'image/jpeg'
  FROM cwgen.c c WHERE c.kind IN ('facebook', 'telegram') OR c.kind = 'whatsapp' AND c.k % 4 = 0 OR c.kind = 'web_id' AND c.k % 10 = 5
  UNION ALL
  SELECT 4, 'avatar', 'Inbox', i, timestamp '2022-06-01 09:31:00' + make_interval(days => i), 'larkspur-logo-' || i || '.png', 'image/png' FROM generate_series(1, 4) i
  UNION ALL
  SELECT 5, 'logo', 'Portal', 1, timestamp '2022-09-01 10:00:00', 'larkspur-help-logo.svg', 'image/svg+xml'
) y;
INSERT INTO active_storage_blobs
SELECT f.bid, fixture_gen.chars('cwkey', f.bid, 28, 'abcdefghijklmnopqrstuvwxyz0123456789'), f.filename, f.ctype,
       CASE WHEN f.ctype LIKE 'image/%' AND f.ctype <> 'image/svg+xml' THEN '{"identified":true,"width":' || (400 + fixture_gen.n('cwimw', f.bid, 3600)) || ',"height":' || (400 + fixture_gen.n('cwimh', f.bid, 3000)) || ',"analyzed":true}'
            WHEN f.ctype = 'audio/ogg' THEN '{"identified":true,"duration":' || (3 + fixture_gen.n('cwdur', f.bid, 90)) || '.' || fixture_gen.n('cwdur2', f.bid, 1000) || ',"analyzed":true}'
            ELSE '{"identified":true,"analyzed":true}' END,
       2000 + fixture_gen.n('cwbsz', f.bid, 4000000), fixture_gen.b64('cwchk', f.bid, 16), f.t, 'amazon'
FROM cwgen.f f;
INSERT INTO active_storage_attachments (name, record_type, record_id, blob_id, created_at)
SELECT f.name, f.rtype, f.rid, f.bid, f.t FROM cwgen.f f;

-- ---------------------------------------------------------------- notes, mentions, participants
CREATE TABLE notes (
    id bigserial PRIMARY KEY,
    content text NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    user_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO notes (content, account_id, contact_id, user_id, created_at, updated_at)
SELECT CASE fixture_gen.n('cwnote', c.k, 11)
         WHEN 0 THEN 'Prefers WhatsApp over email.'
         WHEN 1 THEN 'VIP: spent over £2k in 2023. Always offer free express delivery.'
         WHEN 2 THEN 'Works nights, call after 4pm on ' || fixture_gen.phone('cwnph', c.k) || '.'
         WHEN 3 THEN 'Has a guide dog; courier to leave parcels at the side gate, not the porch.'
         WHEN 4 THEN 'Disputed a charge with Amex in 2023 (case closed in our favour). Be careful with goodwill refunds.'
         WHEN 5 THEN 'Also orders for her mother ' || fixture_gen.full_name('cwnmum', c.k) || ', who lives at ' || fixture_gen.street('cwnmst', c.k) || '.'
         WHEN 6 THEN 'Interior designer, may qualify for a trade account. Sent her the application link.'
         WHEN 7 THEN 'Deaf, prefers text or WhatsApp, please don''t call.'
         WHEN 8 THEN 'Returned 6 of the last 8 orders - check with a team lead before approving free returns.'
         WHEN 9 THEN 'Spoke to her partner ' || fixture_gen.first_name('cwnpt', c.k) || ', who is authorised to discuss orders on the account.'
         ELSE 'Birthday ' || to_char(fixture_gen.birth_date('cwnbd', c.k), 'DD Mon') || ', send the loyalty voucher.' END,
       c.acct, c.k, 2 + fixture_gen.n('cwnu', c.k, 35), c.r + make_interval(days => 1 + c.k % 40), c.r + make_interval(days => 1 + c.k % 40)
FROM cwgen.c c WHERE c.k % 6 = 1 AND c.kind NOT IN ('anon', 'sms_us');

CREATE TABLE mentions (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    account_id bigint NOT NULL,
    mentioned_at timestamp without time zone NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO mentions (user_id, conversation_id, account_id, mentioned_at, created_at, updated_at)
SELECT substring(m.content FROM 'mention://user/([0-9]+)/')::bigint, m.conversation_id, m.account_id, m.created_at, m.created_at, m.created_at
FROM messages m WHERE m.private AND m.content LIKE '[@%' ORDER BY m.id;

CREATE TABLE conversation_participants (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO conversation_participants (account_id, user_id, conversation_id, created_at, updated_at)
SELECT account_id, user_id, conversation_id, mentioned_at, mentioned_at FROM mentions
UNION
SELECT account_id, assignee_id, id, created_at, created_at FROM conversations WHERE assignee_id IS NOT NULL AND id % 5 = 0;

-- ---------------------------------------------------------------- labels and tags
CREATE TABLE labels (
    id bigserial PRIMARY KEY,
    title character varying,
    description text,
    color character varying DEFAULT '#1f93ff'::character varying NOT NULL,
    show_on_sidebar boolean,
    account_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO labels (title, description, color, show_on_sidebar, account_id, created_at, updated_at)
SELECT t, d, c, sb, 1, timestamp '2022-06-02 11:00:00' + make_interval(days => o * 9), timestamp '2022-06-02 11:00:00' + make_interval(days => o * 9)
FROM (VALUES (1, 'delivery', 'Where is my order, late and missing parcels', '#1F93FF', true), (2, 'address-change', 'Customer asked to change the delivery address', '#7E57C2', false),
             (3, 'returns', 'Return or exchange requested', '#F4511E', true), (4, 'wrong-item', 'Wrong item or size sent', '#E53935', false), (5, 'payments', 'Payment problems and declined cards', '#FFB300', true),
             (6, 'refund', 'Refund requested or issued', '#43A047', true), (7, 'courier-claim', 'Claim raised with DPD/Royal Mail', '#6D4C41', false), (8, 'quality', 'Product quality complaint', '#D81B60', true),
             (9, 'cancellation', 'Order cancellation', '#546E7A', false), (10, 'damaged', 'Arrived damaged', '#C62828', true), (11, 'invoice', 'VAT invoice requests', '#00897B', false),
             (12, 'vip', 'Customers with over £1,000 lifetime spend', '#FDD835', true), (13, 'app-bug', 'Problems with the iOS/Android app', '#3949AB', false)) v(o, t, d, c, sb);
INSERT INTO labels (title, description, color, show_on_sidebar, account_id, created_at, updated_at) VALUES
 ('pro-forma', 'Pro-forma invoice requested', '#00897B', true, 2, '2022-11-08 10:00:00', '2022-11-08 10:00:00'),
 ('new-account', 'Trade account application', '#43A047', true, 2, '2022-11-08 10:01:00', '2022-11-08 10:01:00');

CREATE TABLE tags (
    id serial PRIMARY KEY,
    name character varying,
    taggings_count integer DEFAULT 0
);
INSERT INTO tags (name) SELECT title FROM labels ORDER BY id;

CREATE TABLE taggings (
    id serial PRIMARY KEY,
    tag_id integer,
    taggable_type character varying,
    taggable_id integer,
    tagger_type character varying,
    tagger_id integer,
    context character varying(128),
    created_at timestamp without time zone
);
INSERT INTO taggings (tag_id, taggable_type, taggable_id, tagger_type, tagger_id, context, created_at)
SELECT t.id, 'Conversation', c.id, NULL, NULL, 'labels', c.created_at + interval '2 minutes'
FROM conversations c, unnest(string_to_array(c.cached_label_list, ',')) l JOIN tags t ON t.name = l ORDER BY c.id, t.id;
INSERT INTO taggings (tag_id, taggable_type, taggable_id, tagger_type, tagger_id, context, created_at)
SELECT 12, 'Contact', c.id, NULL, NULL, 'labels', c.updated_at FROM contacts c WHERE c.custom_attributes->>'loyalty_tier' = 'gold' OR (c.custom_attributes->>'credit_limit')::int >= 5000;
UPDATE tags t SET taggings_count = (SELECT count(*) FROM taggings g WHERE g.tag_id = t.id);

-- ---------------------------------------------------------------- canned responses, macros, automations
CREATE TABLE canned_responses (
    id serial PRIMARY KEY,
    account_id integer NOT NULL,
    short_code character varying,
    content text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
INSERT INTO canned_responses (account_id, short_code, content, created_at, updated_at)
SELECT a, sc, ct, timestamp '2022-06-03 09:00:00' + make_interval(days => o * 11), timestamp '2022-06-03 09:00:00' + make_interval(days => o * 23)
FROM (VALUES
 (1, 1, 'hi', 'Hi {{contact.first_name}}, thanks for getting in touch with Larkspur Home! I''m {{agent.first_name}} and I''ll be helping you today.'),
 (2, 1, 'wismo', 'I''ve checked your order and it''s with our courier. You can follow it here: https://track.larkspurhome.example/{{conversation.custom_attribute.order_number}}'),
 (3, 1, 'returns', 'You can start a return within 60 days at https://www.larkspurhome.example/returns - you''ll need your order number and the postcode it was delivered to.'),
 (4, 1, 'refund', 'I''ve processed your refund today. It usually takes 3-5 working days to appear on your statement.'),
 (5, 1, 'damaged', 'I''m so sorry your item arrived damaged. Could you send a photo of the item and the box label? I''ll arrange a replacement straight away.'),
 (6, 1, 'address', 'I''ve updated the delivery address on your order. You''ll receive a new confirmation email at {{contact.email}}.'),
 (7, 1, 'bye', 'Thanks for chatting with us, {{contact.first_name}}! If anything else comes up just reply here. Have a lovely day. - {{agent.name}}, Larkspur Home'),
 (8, 1, 'stock', 'That item is out of stock right now. Tap "Notify me" on the product page and we''ll email you as soon as it''s back.'),
 (9, 1, 'delivery', 'Standard UK delivery is 3-5 working days (free over £60); express next-day is £6.95 if ordered before 1pm.'),
 (10, 1, 'showroom', 'Our Bristol showroom is at 14 Wapping Wharf, open Tue-Sat 10am-5pm.'),
 (11, 1, 'care', 'Our linen is pre-washed: wash at 40°C, tumble dry low, and it gets softer every wash. Full care guide: https://help.larkspurhome.example/en/articles/linen-care'),
 (12, 1, 'callback', 'I''ve asked a colleague to call you back on {{contact.phone}} within one working day.'),
 (13, 1, 'fraud', 'For your security we need to verify this order. Please reply with the billing postcode and the last 4 digits of the card used.'),
 (14, 1, 'gdpr', 'We''ve received your request to delete your data. We''ll confirm by email within 30 days as required by UK GDPR.'),
 (15, 1, 'xmas', 'Last order dates for Christmas delivery: standard 17 December, express 20 December.'),
 (16, 1, 'courierclaim', 'I''ve opened a claim with the courier. They take up to 10 working days to investigate; I''ll update you as soon as I hear back.'),
 (17, 1, 'discount', 'Here''s 10% off your next order as an apology: SORRY10 (valid 30 days).'),
 (18, 2, 'tradehi', 'Hello {{contact.name}}, thanks for contacting Larkspur Trade. Your account manager will reply within one working day.'),
 (19, 2, 'proforma', 'Please find your pro-forma invoice attached. Goods are reserved for 7 days once payment is received.'),
 (20, 2, 'pricelist', 'Our current trade price list is at https://trade.larkspurhome.example/price-list (log in required).'),
 (21, 3, 'test', 'Test canned response {{contact.name}}')) v(o, a, sc, ct);

CREATE TABLE macros (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    name character varying NOT NULL,
    visibility integer DEFAULT 0,
    created_by_id bigint,
    updated_by_id bigint,
    actions jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO macros (account_id, name, visibility, created_by_id, updated_by_id, actions, created_at, updated_at) VALUES
 (1, 'Damaged item: ask for photos', 1, 2, 2, '[{"action_name": "add_label", "action_params": ["damaged"]}, {"action_name": "send_message", "action_params": ["Sorry about that! Could you send a photo of the item and the label on the box?"]}, {"action_name": "assign_team", "action_params": [2]}]', '2023-02-14 10:12:00', '2023-06-01 09:00:00'),
 (1, 'Refund issued + resolve', 1, 5, 9, '[{"action_name": "add_label", "action_params": ["refund"]}, {"action_name": "send_message", "action_params": ["Your refund has been processed and should appear in 3-5 working days."]}, {"action_name": "resolve_conversation", "action_params": null}]', '2023-02-14 10:20:00', '2024-01-10 11:00:00'),
 (1, 'Escalate to team lead', 1, 9, 9, '[{"action_name": "assign_team", "action_params": [3]}, {"action_name": "change_priority", "action_params": ["urgent"]}, {"action_name": "add_private_note", "action_params": ["Escalated, please pick up within the hour."]}]', '2023-04-03 08:00:00', '2023-04-03 08:00:00'),
 (1, 'My snooze till Monday', 0, 17, 17, '[{"action_name": "snooze_conversation", "action_params": null}]', '2023-07-21 16:45:00', '2023-07-21 16:45:00'),
 (1, 'Courier claim', 1, 2, 2, '[{"action_name": "add_label", "action_params": ["courier-claim"]}, {"action_name": "send_email_transcript", "action_params": ["claims@larkspurhome.example"]}]', '2023-09-05 13:00:00', '2023-09-05 13:00:00'),
 (2, 'Send price list', 1, 5, 5, '[{"action_name": "send_message", "action_params": ["Our trade price list: https://trade.larkspurhome.example/price-list"]}, {"action_name": "add_label", "action_params": ["new-account"]}]', '2022-11-10 09:00:00', '2022-11-10 09:00:00');

CREATE TABLE automation_rules (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    name character varying NOT NULL,
    description text,
    event_name character varying NOT NULL,
    conditions jsonb DEFAULT '{}'::jsonb NOT NULL,
    actions jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    active boolean DEFAULT true NOT NULL
);
INSERT INTO automation_rules (account_id, name, description, event_name, conditions, actions, created_at, updated_at, active)
SELECT 1, n, d, e, c::jsonb, a::jsonb, timestamp '2022-09-01 10:00:00' + make_interval(days => o * 37), timestamp '2022-09-01 10:00:00' + make_interval(days => o * 41), act
FROM (VALUES
 (1, 'Label refund requests', 'Messages mentioning refund', 'message_created', '[{"values": ["refund"], "attribute_key": "content", "query_operator": null, "filter_operator": "contains"}]',
     '[{"action_name": "add_label", "action_params": ["refund"]}]', true),
 (2, 'Returns inbox to returns team', NULL, 'conversation_created', '[{"values": [3], "attribute_key": "inbox_id", "query_operator": null, "filter_operator": "equal_to"}]',
     '[{"action_name": "assign_team", "action_params": [2]}]', true),
 (3, 'Chargeback customer - route to escalations', 'She has a solicitor involved, everything goes to the team lead',
     'conversation_created', '[{"values": ["' || (SELECT email FROM contacts WHERE id = 126) || '"], "attribute_key": "email", "query_operator": "or", "filter_operator": "equal_to"}, {"values": ["' || (SELECT phone_number FROM contacts WHERE id = 131) || '"], "attribute_key": "phone_number", "query_operator": null, "filter_operator": "equal_to"}]',
     '[{"action_name": "assign_team", "action_params": [3]}, {"action_name": "assign_agent", "action_params": [9]}, {"action_name": "change_priority", "action_params": ["high"]}]', true),
 (4, 'Push new conversations to Zapier (Google Sheet log)', NULL, 'conversation_created', '[{"values": ["all"], "attribute_key": "status", "query_operator": null, "filter_operator": "equal_to"}]',
     '[{"action_name": "send_webhook_event", "action_params": ["https://hooks.zapier' || '.com/hooks/catch/' || fixture_gen.digits('cwzap', 1, 8) || '/' || fixture_gen.chars('cwzap', 1, 7, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/"]}]', true),
 (5, 'US numbers to SMS US team', NULL, 'conversation_created', '[{"values": ["+1"], "attribute_key": "phone_number", "query_operator": null, "filter_operator": "starts_with"}]',
     '[{"action_name": "assign_agent", "action_params": [21]}]', false),
 (6, 'Transcript of resolved trade chats', NULL, 'conversation_resolved', '[{"values": [10], "attribute_key": "inbox_id", "query_operator": null, "filter_operator": "equal_to"}]',
     '[{"action_name": "send_email_transcript", "action_params": ["trade-archive@larkspurhome.example"]}]', true),
 (7, 'Mute spam sender', NULL, 'message_created', '[{"values": ["seo-offers@", "backlinks"], "attribute_key": "email", "query_operator": null, "filter_operator": "contains"}]',
     '[{"action_name": "mute_conversation", "action_params": null}, {"action_name": "resolve_conversation", "action_params": null}]', true),
 (8, 'Urgent keywords', NULL, 'message_created', '[{"values": ["chargeback", "solicitor", "trading standards"], "attribute_key": "content", "query_operator": null, "filter_operator": "contains"}]',
     '[{"action_name": "change_priority", "action_params": ["urgent"]}, {"action_name": "send_email_to_team", "action_params": [{"message": "Urgent keyword in a conversation, please check.", "team_ids": [3]}]}]', true)) v(o, n, d, e, c, a, act);

-- ---------------------------------------------------------------- attributes, filters, campaigns
CREATE TABLE custom_attribute_definitions (
    id bigserial PRIMARY KEY,
    attribute_display_name character varying,
    attribute_key character varying,
    attribute_display_type integer DEFAULT 0,
    default_value integer,
    attribute_model integer DEFAULT 0,
    account_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    attribute_description text,
    attribute_values jsonb DEFAULT '[]'::jsonb,
    regex_pattern character varying,
    regex_cue character varying
);
INSERT INTO custom_attribute_definitions (attribute_display_name, attribute_key, attribute_display_type, default_value, attribute_model, account_id, created_at, updated_at, attribute_description, attribute_values, regex_pattern, regex_cue)
SELECT dn, k, dt, NULL, am, a, timestamp '2022-10-11 10:00:00' + make_interval(days => o * 5), timestamp '2022-10-11 10:00:00' + make_interval(days => o * 5), d, av::jsonb, rp, rc
FROM (VALUES
 (1, 'Order number', 'order_number', 0, 0, 1, 'The Shopify order the conversation is about', '[]', '^LH-\d{6}$', 'Order numbers look like LH-123456'),
 (2, 'Refund amount', 'refund_amount', 1, 0, 1, 'Amount refunded in GBP', '[]', NULL, NULL),
 (3, 'Date of birth', 'date_of_birth', 5, 1, 1, 'For the birthday voucher', '[]', NULL, NULL),
 (4, 'Loyalty tier', 'loyalty_tier', 6, 1, 1, 'Synced from the loyalty app', '["bronze", "silver", "gold"]', NULL, NULL),
 (5, 'Loyalty number', 'loyalty_number', 0, 1, 1, NULL, '[]', '^LRK-\d{6}$', 'LRK- followed by 6 digits'),
 (6, 'Orders count', 'orders_count', 1, 1, 1, 'Synced nightly from Shopify', '[]', NULL, NULL),
 (7, 'Marketing consent', 'marketing_consent', 7, 1, 1, 'Opted in to the newsletter', '[]', NULL, NULL),
 (8, 'Alternate phone', 'alt_phone', 0, 1, 1, 'Second number given by the customer', '[]', NULL, NULL),
 (9, 'Preferred contact time', 'preferred_contact_time', 6, 1, 1, NULL, '["morning", "afternoon", "evening"]', NULL, NULL),
 (10, 'Total spent', 'total_spent', 1, 1, 1, 'Lifetime spend, GBP', '[]', NULL, NULL),
 (11, 'Last order', 'last_order', 0, 1, 1, NULL, '[]', NULL, NULL),
 (12, 'Trade account no', 'trade_account_no', 0, 1, 2, NULL, '[]', '^TR-\d{4}$', NULL),
 (13, 'Credit limit', 'credit_limit', 1, 1, 2, 'GBP', '[]', NULL, NULL),
 (14, 'Payment terms', 'payment_terms', 6, 1, 2, NULL, '["prepay", "net14", "net30"]', NULL, NULL),
 (15, 'VAT number', 'vat_number', 0, 1, 2, 'Shown on pro-forma invoices', '[]', NULL, NULL)) v(o, dn, k, dt, am, a, d, av, rp, rc);

CREATE TABLE custom_filters (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    filter_type integer DEFAULT 0 NOT NULL,
    query jsonb DEFAULT '{}'::jsonb NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO custom_filters (name, filter_type, query, account_id, user_id, created_at, updated_at) VALUES
 ('Open urgent', 0, '{"payload": [{"values": ["open"], "attribute_key": "status", "query_operator": "and", "filter_operator": "equal_to"}, {"values": ["urgent"], "attribute_key": "priority", "query_operator": null, "filter_operator": "equal_to"}]}', 1, 9, '2023-03-02 09:00:00', '2023-03-02 09:00:00'),
 ('Courier claims', 0, '{"payload": [{"values": ["courier-claim"], "attribute_key": "labels", "query_operator": null, "filter_operator": "equal_to"}]}', 1, 2, '2023-04-11 10:00:00', '2023-04-11 10:00:00'),
 ('Gold members', 1, '{"payload": [{"values": ["gold"], "attribute_key": "loyalty_tier", "query_operator": null, "filter_operator": "equal_to", "custom_attribute_type": "contact_attribute"}]}', 1, 5, '2023-05-20 11:00:00', '2023-05-20 11:00:00'),
 (split_part((SELECT name FROM contacts WHERE id = 126), ' ', 2) || ' household (all numbers)', 1,
  ('{"payload": [{"values": ["' || (SELECT email FROM contacts WHERE id = 126) || '"], "attribute_key": "email", "query_operator": "or", "filter_operator": "equal_to"}, {"values": ["' || (SELECT phone_number FROM contacts WHERE id = 131) || '"], "attribute_key": "phone_number", "query_operator": null, "filter_operator": "equal_to"}]}')::jsonb,
  1, 9, '2023-08-14 15:30:00', '2023-08-14 15:30:00'),
 ('German customers', 1, '{"payload": [{"values": ["DE"], "attribute_key": "country_code", "query_operator": null, "filter_operator": "equal_to"}]}', 1, 14, '2023-09-01 09:00:00', '2023-09-01 09:00:00'),
 ('Hotmail bounces', 1, '{"payload": [{"values": ["hotmail.co.uk"], "attribute_key": "email", "query_operator": null, "filter_operator": "contains"}]}', 1, 17, '2024-01-09 12:00:00', '2024-01-09 12:00:00'),
 ('Trade: net30', 1, '{"payload": [{"values": ["net30"], "attribute_key": "payment_terms", "query_operator": null, "filter_operator": "equal_to", "custom_attribute_type": "contact_attribute"}]}', 2, 5, '2023-02-01 09:00:00', '2023-02-01 09:00:00');

CREATE TABLE campaigns (
    id bigserial PRIMARY KEY,
    display_id integer NOT NULL,
    title character varying NOT NULL,
    description text,
    message text NOT NULL,
    sender_id integer,
    enabled boolean DEFAULT true,
    account_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    trigger_rules jsonb DEFAULT '{}'::jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    campaign_type integer DEFAULT 0 NOT NULL,
    audience jsonb DEFAULT '[]'::jsonb,
    scheduled_at timestamp without time zone,
    trigger_only_during_business_hours boolean DEFAULT false,
    campaign_status integer DEFAULT 0 NOT NULL
);
INSERT INTO campaigns (display_id, title, description, message, sender_id, enabled, account_id, inbox_id, trigger_rules, created_at, updated_at, campaign_type, audience, scheduled_at, trigger_only_during_business_hours, campaign_status) VALUES
 (1, 'Checkout help', 'Shown on the checkout page after 20 seconds', 'Need a hand with your order? We''re online now if you have any questions about delivery or sizes.', 2, true, 1, 1, '{"url": "https://www.larkspurhome.example/checkout", "time_on_page": 20}', '2022-09-20 10:00:00', '2023-11-02 10:00:00', 0, '[]', NULL, true, 0),
 (2, 'Linen sizing', NULL, 'Not sure which duvet size fits your bed? Ask us, we''re happy to help.', 5, true, 1, 1, '{"url": "https://www.larkspurhome.example/collections/bedding", "time_on_page": 30}', '2023-01-16 09:00:00', '2023-01-16 09:00:00', 0, '[]', NULL, true, 0),
 (3, 'Free delivery nudge', 'Basket page', 'Spend £60 or more for free UK delivery 🚚', NULL, false, 1, 1, '{"url": "https://www.larkspurhome.example/cart", "time_on_page": 10}', '2023-06-01 09:00:00', '2023-09-30 09:00:00', 0, '[]', NULL, false, 0),
 (4, 'Black Friday US', 'SMS to opted-in US customers', 'Larkspur Home: 25% off bedding this weekend with code BF25. Reply STOP to opt out.', NULL, true, 1, 12, '{}', '2023-11-20 15:00:00', '2023-11-24 13:00:03', 1, '[{"id": 12, "type": "Label"}]', '2023-11-24 13:00:00', false, 1),
 (1, 'Trade price list', NULL, 'Looking for wholesale pricing? Log in to see the current price list or ask us here.', 14, true, 2, 10, '{"url": "https://trade.larkspurhome.example/", "time_on_page": 15}', '2022-11-15 09:00:00', '2022-11-15 09:00:00', 0, '[]', NULL, true, 0);

-- ---------------------------------------------------------------- integrations, webhooks, tokens, bots
CREATE TABLE webhooks (
    id bigserial PRIMARY KEY,
    account_id integer,
    inbox_id integer,
    url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    webhook_type integer DEFAULT 0,
    subscriptions jsonb DEFAULT '["conversation_status_changed", "conversation_updated", "conversation_created", "contact_created", "contact_updated", "message_created", "message_updated", "webwidget_triggered"]'::jsonb
);
INSERT INTO webhooks (account_id, inbox_id, url, created_at, updated_at, webhook_type, subscriptions) VALUES
 (1, NULL, 'https://orders.larkspurhome.example/hooks/chatwoot?secret=' || fixture_gen.hexn('cwwhs', 1, 32), '2022-10-11 17:30:00', '2024-03-05 14:30:00', 0, '["conversation_created", "conversation_status_changed", "message_created"]'),
 (1, NULL, 'https://hooks.zapier' || '.com/hooks/catch/' || fixture_gen.digits('cwzap', 2, 8) || '/' || fixture_gen.chars('cwzap', 2, 7, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/', '2023-02-02 11:00:00', '2023-02-02 11:00:00', 0, '["contact_created", "contact_updated"]'),
 (1, NULL, 'https://n8n.larkspurhome.example/webhook/' || fixture_gen.uuid('cwn8n', 3), '2023-08-21 16:20:00', '2024-02-11 09:00:00', 0, '["conversation_status_changed", "conversation_updated", "conversation_created", "contact_created", "contact_updated", "message_created", "message_updated", "webwidget_triggered"]'),
 (1, 4, 'https://hook.eu1.make' || '.com/' || fixture_gen.chars('cwmake', 4, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), '2024-01-15 10:00:00', '2024-01-15 10:00:00', 1, '["message_created"]'),
 (1, NULL, 'https://analytics.larkspurhome.example/ingest/chatwoot', '2024-05-02 12:00:00', '2024-05-02 12:00:00', 0, '["conversation_status_changed"]'),
 (3, NULL, 'https://webhook.site/' || fixture_gen.uuid('cwwhsite', 6), '2023-02-20 11:30:00', '2023-02-20 11:30:00', 0, '["message_created"]');

CREATE TABLE integrations_hooks (
    id bigserial PRIMARY KEY,
    status integer DEFAULT 1,
    inbox_id integer,
    account_id integer,
    app_id character varying,
    hook_type integer DEFAULT 0,
    reference_id character varying,
    access_token character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb
);
INSERT INTO integrations_hooks (status, inbox_id, account_id, app_id, hook_type, reference_id, access_token, created_at, updated_at, settings) VALUES
 (1, NULL, 1, 'slack', 0, 'C04' || fixture_gen.chars('cwslc', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
  'xox' || 'b-' || fixture_gen.digits('cwslb', 1, 13) || '-' || fixture_gen.digits('cwslb2', 1, 13) || '-' || fixture_gen.chars('cwslb3', 1, 24), '2022-11-21 10:00:00', '2024-02-01 10:00:00', '{}'),
 (1, 1, 1, 'dialogflow', 1, NULL, NULL, '2023-05-09 14:00:00', '2023-05-09 14:00:00',
  ('{"project_id": "larkspur-bot-3f2a1", "credentials": {"type": "service_account", "project_id": "larkspur-bot-3f2a1", "private_key_id": "' || fixture_gen.hexn('cwdfk', 1, 40) || '", "private_key": "-----BEGIN ' || 'PRIVATE KEY-----\nMIIEv'
   || regexp_replace(fixture_gen.b64('cwdfpk', 1, 240) || fixture_gen.b64('cwdfpk2', 1, 240), '(.{64})', '\1\\n', 'g') || '\n-----END ' || 'PRIVATE KEY-----\n", "client_email": "dialogflow-bot@larkspur-bot-3f2a1.iam.gserviceaccount.com", "client_id": "1'
   || fixture_gen.digits('cwdfc', 1, 20) || '", "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}, "region": "europe-west2"}')::jsonb),
 (1, NULL, 1, 'openai', 0, NULL, NULL, '2024-01-22 09:00:00', '2024-04-10 09:00:00',
  ('{"api_key": "sk-' || 'proj-' || fixture_gen.chars('cwoai', 1, 48) || '", "label_suggestion": true}')::jsonb),
 (1, NULL, 1, 'google_translate', 0, NULL, NULL, '2023-09-12 11:00:00', '2023-09-12 11:00:00',
  ('{"project_id": "larkspur-translate", "credentials": {"type": "service_account", "project_id": "larkspur-translate", "private_key_id": "' || fixture_gen.hexn('cwgtk', 1, 40) || '", "private_key": "-----BEGIN ' || 'PRIVATE KEY-----\nMIIEv'
   || regexp_replace(fixture_gen.b64('cwgtpk', 1, 240), '(.{64})', '\1\\n', 'g') || '\n-----END ' || 'PRIVATE KEY-----\n", "client_email": "translate@larkspur-translate.iam.gserviceaccount.com"}}')::jsonb),
 (1, NULL, 1, 'linear', 0, NULL, 'lin_oauth_' || fixture_gen.hexn('cwlin', 1, 64), '2024-03-18 13:00:00', '2024-03-18 13:00:00', '{}'),
 (0, NULL, 1, 'dyte', 0, NULL, NULL, '2023-11-06 10:00:00', '2024-01-31 10:00:00',
  ('{"api_key": "' || fixture_gen.hexn('cwdyte', 1, 20) || '", "organization_id": "' || fixture_gen.uuid('cwdyo', 1) || '"}')::jsonb),
 (1, NULL, 2, 'slack', 0, 'C05' || fixture_gen.chars('cwslc', 2, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
  'xox' || 'b-' || fixture_gen.digits('cwslb', 2, 13) || '-' || fixture_gen.digits('cwslb2', 2, 13) || '-' || fixture_gen.chars('cwslb3', 2, 24), '2022-12-01 10:00:00', '2022-12-01 10:00:00', '{}');

CREATE TABLE agent_bots (
    id bigserial PRIMARY KEY,
    name character varying,
    description character varying,
    outgoing_url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    account_id bigint,
    bot_type integer DEFAULT 0,
    bot_config jsonb DEFAULT '{}'::jsonb
);
INSERT INTO agent_bots (name, description, outgoing_url, created_at, updated_at, account_id, bot_type, bot_config) VALUES
 ('Order assistant', 'Answers "where is my order" on WhatsApp and hands over on AGENT', 'https://bots.larkspurhome.example/chatwoot/order-assistant?key=' || fixture_gen.hexn('cwbot', 1, 40), '2023-02-06 10:00:00', '2024-06-18 10:00:00', 1, 0, '{}'),
 ('Out-of-hours triage', 'Collects order number and email outside opening hours', 'https://larkspur-triage.fly.example/webhook', '2023-10-10 10:00:00', '2023-10-10 10:00:00', 1, 0, '{}'),
 ('Rasa test', NULL, 'http://localhost:5005/webhooks/chatwoot', '2023-02-21 09:00:00', '2023-02-21 09:00:00', 3, 0, '{}');

CREATE TABLE agent_bot_inboxes (
    id bigserial PRIMARY KEY,
    inbox_id integer,
    agent_bot_id integer,
    status integer DEFAULT 0,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    account_id integer
);
INSERT INTO agent_bot_inboxes (inbox_id, agent_bot_id, status, created_at, updated_at, account_id) VALUES
 (4, 1, 0, '2023-02-06 10:05:00', '2023-02-06 10:05:00', 1), (8, 2, 0, '2023-10-10 10:05:00', '2023-10-10 10:05:00', 1), (11, 3, 0, '2023-02-21 09:05:00', '2023-02-21 09:05:00', 3);

CREATE TABLE platform_apps (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO platform_apps (name, created_at, updated_at) VALUES ('Larkspur ops provisioning', '2022-11-07 14:00:00', '2022-11-07 14:00:00'), ('Staging seed script', '2023-02-20 10:50:00', '2023-02-20 10:50:00');

CREATE TABLE platform_app_permissibles (
    id bigserial PRIMARY KEY,
    platform_app_id bigint NOT NULL,
    permissible_type character varying,
    permissible_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO platform_app_permissibles (platform_app_id, permissible_type, permissible_id, created_at, updated_at) VALUES
 (1, 'Account', 2, '2022-11-07 14:55:00', '2022-11-07 14:55:00'), (1, 'User', 14, '2022-11-07 14:56:00', '2022-11-07 14:56:00'), (1, 'User', 15, '2022-11-07 14:56:00', '2022-11-07 14:56:00'),
 (2, 'Account', 3, '2023-02-20 11:05:39', '2023-02-20 11:05:39');

CREATE TABLE access_tokens (
    id bigserial PRIMARY KEY,
    owner_type character varying,
    owner_id bigint,
    token character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO access_tokens (owner_type, owner_id, token, created_at, updated_at)
SELECT 'User', u.id, cwgen.b58('cwat', u.id, 24), u.created_at, u.created_at FROM users u
UNION ALL SELECT 'AgentBot', b.id, cwgen.b58('cwatb', b.id, 24), b.created_at, b.created_at FROM agent_bots b
UNION ALL SELECT 'PlatformApp', p.id, cwgen.b58('cwatp', p.id, 24), p.created_at, p.created_at FROM platform_apps p;

-- ---------------------------------------------------------------- notifications, reporting
CREATE TABLE notifications (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    notification_type integer NOT NULL,
    primary_actor_type character varying NOT NULL,
    primary_actor_id bigint NOT NULL,
    secondary_actor_type character varying,
    secondary_actor_id bigint,
    read_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    snoozed_until timestamp without time zone,
    last_activity_at timestamp without time zone,
    meta jsonb DEFAULT '{}'::jsonb
);
INSERT INTO notifications (account_id, user_id, notification_type, primary_actor_type, primary_actor_id, secondary_actor_type, secondary_actor_id, read_at, created_at, updated_at, snoozed_until, last_activity_at, meta)
SELECT account_id, user_id, nt, 'Conversation', conversation_id, sat, sai, CASE WHEN x.rn % 4 <> 0 THEN t + interval '7 minutes' END, t, t, NULL, t, '{}'
FROM (
  SELECT c.account_id, c.assignee_id AS user_id, 1 AS nt, c.id AS conversation_id, 'User' AS sat, coalesce((SELECT sender_id FROM messages m WHERE m.conversation_id = c.id AND m.message_type = 2 AND m.content LIKE 'Assigned to%' LIMIT 1), c.assignee_id) AS sai,
         c.created_at + interval '1 minute' AS t, c.id AS rn
  FROM conversations c WHERE c.assignee_id IS NOT NULL AND c.id % 2 = 0
  UNION ALL
  SELECT m.account_id, mn.user_id, 4, m.conversation_id, 'Message', m.id, m.created_at, m.id FROM mentions mn JOIN messages m ON m.conversation_id = mn.conversation_id AND m.created_at = mn.mentioned_at AND m.private
  UNION ALL
  SELECT m.account_id, c.assignee_id, 3, m.conversation_id, 'Message', m.id, m.created_at, m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id
  WHERE m.message_type = 0 AND c.assignee_id IS NOT NULL AND m.id % 3 = 0
) x ORDER BY t;

CREATE TABLE notification_settings (
    id bigserial PRIMARY KEY,
    account_id integer,
    user_id integer,
    email_flags integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    push_flags integer DEFAULT 0 NOT NULL
);
INSERT INTO notification_settings (account_id, user_id, email_flags, created_at, updated_at, push_flags)
SELECT au.account_id, au.user_id, (ARRAY[0, 2, 6, 14, 30, 3])[1 + fixture_gen.n('cwef', au.id, 6)], au.created_at, au.updated_at, (ARRAY[62, 62, 30, 14, 6, 0])[1 + fixture_gen.n('cwpf', au.id, 6)]
FROM account_users au ORDER BY au.id;

CREATE TABLE notification_subscriptions (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    subscription_type integer NOT NULL,
    subscription_attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    identifier text
);
INSERT INTO notification_subscriptions (user_id, subscription_type, subscription_attributes, created_at, updated_at, identifier)
SELECT u, st, attrs, t, t, CASE WHEN st = 1 THEN attrs->>'endpoint' ELSE attrs->>'push_token' END
FROM (SELECT u, j, CASE WHEN (u + j) % 3 = 0 THEN 2 ELSE 1 END AS st, timestamp '2023-01-05 09:00:00' + make_interval(days => u * 11 + j * 37) AS t,
             CASE WHEN (u + j) % 3 = 0 THEN jsonb_build_object('push_token', fixture_gen.chars('cwfcm', u * 10 + j, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || ':APA91b'
                   || fixture_gen.chars('cwfcm2', u * 10 + j, 134, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), 'device_id', fixture_gen.uuid('cwdev', u * 10 + j))
                  ELSE jsonb_build_object('endpoint', CASE WHEN (u + j) % 3 = 1 THEN 'https://fcm.googleapis.com/fcm/send/' || fixture_gen.chars('cwwp', u * 10 + j, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || ':APA91b'
                          || fixture_gen.chars('cwwp2', u * 10 + j, 134, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
                          ELSE 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAA' || fixture_gen.chars('cwmoz', u * 10 + j, 140, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') END,
                        'p256dh', 'B' || fixture_gen.chars('cwp256', u * 10 + j, 86, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
                        'auth', fixture_gen.chars('cwpauth', u * 10 + j, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')) END AS attrs
      FROM generate_series(1, 40) u, generate_series(1, 2) j WHERE u % 4 <> 2 AND (j = 1 OR u % 3 = 0)) x ORDER BY t;

CREATE TABLE reporting_events (
    id bigserial PRIMARY KEY,
    name character varying,
    value double precision,
    account_id integer,
    inbox_id integer,
    user_id integer,
    conversation_id integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    value_in_business_hours double precision,
    event_start_time timestamp without time zone,
    event_end_time timestamp without time zone
);
INSERT INTO reporting_events (name, value, account_id, inbox_id, user_id, conversation_id, created_at, updated_at, value_in_business_hours, event_start_time, event_end_time)
SELECT nm, extract(epoch FROM e - s), account_id, inbox_id, assignee_id, id, e, e, round(extract(epoch FROM e - s) * 0.6), s, e
FROM (
  SELECT 'first_response' AS nm, c.*, c.created_at AS s, c.first_reply_created_at AS e FROM conversations c WHERE c.first_reply_created_at IS NOT NULL
  UNION ALL
  SELECT 'conversation_resolved', c.*, c.created_at, r.e FROM conversations c JOIN (SELECT conversation_id, max(created_at) AS e FROM messages WHERE message_type = 2 GROUP BY 1) r ON r.conversation_id = c.id WHERE c.status = 1
  UNION ALL
  SELECT 'reply_time', c.*, c.created_at + interval '3 hours', c.created_at + make_interval(hours => 3, mins => 5 + c.id % 170) FROM conversations c WHERE c.assignee_id IS NOT NULL AND c.id % 2 = 1
  UNION ALL
  SELECT 'conversation_bot_handoff', c.*, c.created_at, c.created_at + make_interval(mins => 2 + c.id % 20) FROM conversations c WHERE c.inbox_id = 4 AND c.id % 5 = 0
) x WHERE e IS NOT NULL ORDER BY e;

-- ---------------------------------------------------------------- audits (audited gem, Enterprise audit log)
CREATE TABLE audits (
    id bigserial PRIMARY KEY,
    auditable_id bigint,
    auditable_type character varying,
    associated_id bigint,
    associated_type character varying,
    user_id bigint,
    user_type character varying,
    username character varying,
    action character varying,
    audited_changes jsonb,
    version integer DEFAULT 0,
    comment character varying,
    remote_address character varying,
    request_uuid character varying,
    created_at timestamp without time zone
);
INSERT INTO audits (auditable_id, auditable_type, associated_id, associated_type, user_id, user_type, username, action, audited_changes, version, comment, remote_address, request_uuid, created_at)
SELECT aid, atype, 1, 'Account', uid, 'User', NULL, act, ch::jsonb, ver, NULL, ip, fixture_gen.uuid('cwreq', o), t
FROM (
  SELECT o, aid, atype, uid, act, ch, ver, t, fixture_gen.ipv4('cwaip', uid) AS ip FROM (VALUES
   (1, 1, 'Inbox', 1, 'update', '{"greeting_message": ["Hi! Ask us anything.", "Hi! We usually reply within a few minutes during opening hours. Ask us anything about your order, delivery or returns."]}', 2, timestamp '2023-04-03 10:00:00'),
   (2, 1, 'Webhook', 2, 'create', '{"url": "https://orders.larkspurhome.example/hooks/chatwoot?secret=' || fixture_gen.hexn('cwwhs', 1, 32) || '", "inbox_id": null, "account_id": 1, "webhook_type": "account_type", "subscriptions": ["conversation_created", "conversation_status_changed", "message_created"]}', 1, timestamp '2023-05-10 11:00:00'),
   (3, 2, 'Webhook', 9, 'create', '{"url": "https://hooks.zapier' || '.com/hooks/catch/' || fixture_gen.digits('cwzap', 2, 8) || '/' || fixture_gen.chars('cwzap', 2, 7, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/", "inbox_id": null, "account_id": 1, "webhook_type": "account_type", "subscriptions": ["contact_created", "contact_updated"]}', 1, timestamp '2023-05-11 11:00:00'),
   (4, 3, 'AutomationRule', 9, 'create', '{"name": "Chargeback customer - route to escalations", "event_name": "conversation_created", "conditions": [{"values": ["' || (SELECT email FROM contacts WHERE id = 126) || '"], "attribute_key": "email", "filter_operator": "equal_to"}], "actions": [{"action_name": "assign_team", "action_params": [3]}], "active": true}', 1, timestamp '2023-08-14 15:20:00'),
   (5, 1, 'Account', 1, 'update', '{"support_email": ["hello@larkspurhome.example", "support@larkspurhome.example"], "auto_resolve_duration": [null, 10080]}', 3, timestamp '2023-06-01 09:00:00'),
   (6, 3, 'Webhook', 2, 'create', '{"url": "https://n8n.larkspurhome.example/webhook/' || fixture_gen.uuid('cwn8n', 3) || '", "inbox_id": null, "account_id": 1, "webhook_type": "account_type"}', 1, timestamp '2023-08-21 16:20:00'),
   (7, 4, 'Inbox', 2, 'update', '{"csat_survey_enabled": [false, true], "lock_to_single_conversation": [false, true]}', 3, timestamp '2023-09-04 12:00:00'),
   (8, 2, 'Macro', 5, 'update', '{"actions": [[{"action_name": "add_label", "action_params": ["refund"]}], [{"action_name": "add_label", "action_params": ["refund"]}, {"action_name": "resolve_conversation", "action_params": null}]]}', 2, timestamp '2024-01-10 11:00:00'),
   (9, 2, 'Inbox', 1, 'update', '{"name": ["Support", "Customer Care Email"], "business_name": [null, "Larkspur Home Customer Care"]}', 4, timestamp '2024-02-02 10:11:09'),
   (10, 1, 'Webhook', 1, 'update', '{"url": ["https://orders.larkspurhome.example/hooks/chatwoot?secret=' || fixture_gen.hexn('cwwhs', 0, 32) || '", "https://orders.larkspurhome.example/hooks/chatwoot?secret=' || fixture_gen.hexn('cwwhs', 1, 32) || '"]}', 2, timestamp '2024-03-05 14:30:00')
  ) v(o, aid, atype, uid, act, ch, ver, t)
  UNION ALL
  -- account users: invitations and role changes
  SELECT 100 + au.id, au.id, 'AccountUser', 1, CASE WHEN au.id % 9 = 0 THEN 'update' ELSE 'create' END,
         CASE WHEN au.id % 9 = 0 THEN '{"role": [0, 1]}' ELSE '{"role": 0, "user_id": ' || au.user_id || ', "account_id": ' || au.account_id || ', "inviter_id": ' || coalesce(au.inviter_id::text, 'null') || ', "availability": "online", "auto_offline": true}' END,
         1, au.created_at, fixture_gen.ipv4('cwaip', 1)
  FROM account_users au WHERE au.account_id = 1 AND au.user_id > 2
  UNION ALL
  -- Enterprise sign-in and sign-out events
  SELECT 1000 + k, u, 'User', u, CASE WHEN k % 5 = 0 THEN 'sign_out' ELSE 'sign_in' END, '{}', 1,
         timestamp '2024-06-01 07:30:00' + make_interval(mins => k * 97), CASE WHEN k % 7 = 0 THEN fixture_gen.ipv6('cwsip', k) ELSE fixture_gen.ipv4('cwsip', u * 3 + k % 3) END
  FROM generate_series(1, 260) k, LATERAL (SELECT 1 + fixture_gen.n('cwsiu', k, 40) AS u) uu
) x ORDER BY t, o;

-- ---------------------------------------------------------------- help center (public copy)
CREATE TABLE portals (
    id bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    name character varying NOT NULL,
    slug character varying NOT NULL,
    custom_domain character varying,
    color character varying,
    homepage_link character varying,
    page_title character varying,
    header_text text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    config jsonb DEFAULT '{"allowed_locales": ["en"]}'::jsonb,
    archived boolean DEFAULT false,
    channel_web_widget_id bigint
);
INSERT INTO portals (account_id, name, slug, custom_domain, color, homepage_link, page_title, header_text, created_at, updated_at, config, archived, channel_web_widget_id) VALUES
 (1, 'Larkspur Help Centre', 'help', 'help.larkspurhome.example', '#5B6F4E', 'https://www.larkspurhome.example', 'Larkspur Home Help', 'How can we help?', '2022-09-01 10:00:00', '2024-04-02 10:00:00',
  '{"allowed_locales": ["en", "de"], "default_locale": "en"}', false, 1),
 (2, 'Larkspur Trade Handbook', 'trade', NULL, '#2F3A56', 'https://trade.larkspurhome.example', 'Trade Handbook', 'Everything about your trade account', '2023-01-10 10:00:00', '2023-01-10 10:00:00',
  '{"allowed_locales": ["en"], "default_locale": "en"}', false, 2);

CREATE TABLE portals_members (
    id bigserial PRIMARY KEY,
    portal_id bigint,
    user_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO portals_members (portal_id, user_id, created_at, updated_at) VALUES
 (1, 2, '2022-09-01 10:00:00', '2022-09-01 10:00:00'), (1, 5, '2022-09-01 10:00:00', '2022-09-01 10:00:00'), (1, 9, '2023-03-01 10:00:00', '2023-03-01 10:00:00'),
 (1, 22, '2023-06-12 10:00:00', '2023-06-12 10:00:00'), (2, 5, '2023-01-10 10:00:00', '2023-01-10 10:00:00'), (2, 14, '2023-01-10 10:00:00', '2023-01-10 10:00:00');

CREATE TABLE categories (
    id bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    portal_id integer NOT NULL,
    name character varying,
    description text,
    "position" integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    locale character varying DEFAULT 'en'::character varying,
    slug character varying NOT NULL,
    parent_category_id bigint,
    associated_category_id bigint,
    icon character varying DEFAULT ''::character varying
);
INSERT INTO categories (account_id, portal_id, name, description, "position", created_at, updated_at, locale, slug, parent_category_id, associated_category_id, icon) VALUES
 (1, 1, 'Orders & delivery', 'Tracking, delivery times and changing an order', 1, '2022-09-01 10:10:00', '2023-05-02 10:00:00', 'en', 'orders-delivery', NULL, NULL, '📦'),
 (1, 1, 'Returns & refunds', 'Our 60-day returns policy and how refunds work', 2, '2022-09-01 10:11:00', '2023-05-02 10:00:00', 'en', 'returns-refunds', NULL, NULL, '↩️'),
 (1, 1, 'Product care', 'Washing and caring for linen, wool and wood', 3, '2022-09-01 10:12:00', '2023-05-02 10:00:00', 'en', 'product-care', NULL, NULL, '🧺'),
 (1, 1, 'Payments & promotions', 'Payment methods, discount codes and gift cards', 4, '2022-09-01 10:13:00', '2023-05-02 10:00:00', 'en', 'payments', NULL, NULL, '💳'),
 (1, 1, 'Your account & app', 'Logging in, the app and your data', 5, '2022-09-01 10:14:00', '2023-05-02 10:00:00', 'en', 'account', NULL, NULL, '👤'),
 (1, 1, 'Bestellung & Lieferung', 'Sendungsverfolgung und Lieferzeiten', 1, '2023-06-01 10:00:00', '2023-06-01 10:00:00', 'de', 'bestellung-lieferung', NULL, 1, '📦'),
 (1, 1, 'Rücksendungen', 'Rückgabe und Erstattung', 2, '2023-06-01 10:01:00', '2023-06-01 10:01:00', 'de', 'ruecksendungen', NULL, 2, '↩️'),
 (2, 2, 'Your trade account', 'Applying, credit terms and invoices', 1, '2023-01-10 10:05:00', '2023-01-10 10:05:00', 'en', 'trade-account', NULL, NULL, ''),
 (2, 2, 'Ordering wholesale', 'Minimums, lead times and pallets', 2, '2023-01-10 10:06:00', '2023-01-10 10:06:00', 'en', 'ordering', NULL, NULL, '');

CREATE TABLE articles (
    id bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    portal_id integer NOT NULL,
    category_id integer,
    folder_id integer,
    title character varying,
    description text,
    content text,
    status integer,
    views integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    author_id bigint,
    associated_article_id bigint,
    meta jsonb DEFAULT '{}'::jsonb,
    slug character varying NOT NULL,
    "position" integer,
    locale character varying DEFAULT 'en'::character varying NOT NULL
);
INSERT INTO articles (account_id, portal_id, category_id, folder_id, title, description, content, status, views, created_at, updated_at, author_id, associated_article_id, meta, slug, "position", locale)
SELECT CASE WHEN cat >= 8 THEN 2 ELSE 1 END, CASE WHEN cat >= 8 THEN 2 ELSE 1 END, cat, NULL, ti, de,
       '## ' || ti || E'\n\n' || body || E'\n\n' || CASE WHEN o % 3 = 0 THEN E'### Still stuck?\n\nChat with us using the bubble in the corner, or email support@larkspurhome.example. We reply within one working day.' ELSE E'*Last reviewed by the Customer Care team.*' END,
       CASE WHEN o % 11 = 5 THEN 0 WHEN o % 13 = 7 THEN 2 ELSE 1 END, 40 + fixture_gen.n('cwviews', o, 9000),
       timestamp '2022-09-02 10:00:00' + make_interval(days => o * 19), timestamp '2022-09-02 10:00:00' + make_interval(days => o * 23), (ARRAY[2, 5, 9, 22, 14])[1 + o % 5], NULL,
       jsonb_build_object('title', ti, 'description', de, 'tags', string_to_array(tg, ',')), lower(regexp_replace(ti, '[^A-Za-z0-9]+', '-', 'g')) || '-' || o, o, 'en'
FROM (VALUES
 (1, 1, 'Where is my order?', 'Track your parcel', 'Once your order leaves our warehouse you''ll get an email with a tracking link. Most UK orders arrive in 3-5 working days; express orders placed before 1pm arrive the next working day.', 'tracking,delivery'),
 (2, 1, 'Changing your delivery address', 'Before and after dispatch', 'We can change the address until your order is packed, usually within 2 hours of ordering. After dispatch, use the courier''s link to redirect it to a neighbour or a pickup point.', 'address'),
 (3, 1, 'Delivery costs and times', 'UK, EU and rest of world', 'UK standard delivery is free over £60, otherwise £4.95. Express is £6.95. EU delivery takes 4-7 working days and duties are included at checkout.', 'delivery,international'),
 (4, 1, 'My parcel says delivered but I haven''t got it', 'Missing parcels', 'Check with neighbours and any safe place you''ve set up. If it hasn''t turned up after 48 hours, let us know and we''ll open a claim with the courier.', 'missing,courier'),
 (5, 1, 'Cancelling an order', NULL, 'You can cancel from your account until the order is packed. After that, simply return it when it arrives.', 'cancel'),
 (6, 2, 'How to return an item', 'Our 60-day returns policy', 'Start a return at larkspurhome.example/returns with your order number and delivery postcode. Print the prepaid label or show the QR code at a drop-off point.', 'returns'),
 (7, 2, 'When will I get my refund?', 'Refund timings', 'We refund within 3 working days of your return reaching us. Your bank may take another 3-5 working days to show it.', 'refund'),
 (8, 2, 'Exchanging for a different size', NULL, 'The quickest way is to return the item and place a new order, so the size you want is reserved straight away.', 'exchange,size'),
 (9, 2, 'Items that arrived damaged', 'What to do', 'Sorry! Send us a photo of the item and the box label through chat or email and we''ll send a replacement at no cost.', 'damaged'),
 (10, 3, 'Caring for washed linen', 'Wash, dry, iron', 'Wash at 40°C with a mild detergent, avoid bleach and fabric softener, tumble dry low or line dry. Linen softens with every wash.', 'linen,care'),
 (11, 3, 'Caring for merino throws', NULL, 'Hand wash cold or use the wool cycle. Dry flat, away from direct heat.', 'wool,care'),
 (12, 3, 'Looking after oak furniture', NULL, 'Wipe with a damp cloth. Re-oil once a year with a hard-wax oil to keep the finish.', 'oak,care'),
 (13, 3, 'Why did my towels fade?', 'Colour care', 'Our towels are dyed with low-impact dyes. Wash dark colours separately for the first few washes and avoid detergents with optical brighteners.', 'towels,colour'),
 (14, 4, 'Payment methods we accept', NULL, 'Visa, Mastercard, Amex, Apple Pay, Google Pay, PayPal and Klarna. Bank transfer is available for trade orders only.', 'payment'),
 (15, 4, 'Using a discount code', NULL, 'Enter your code on the basket page under the order total. In the app, tap "Add a discount" above the checkout button.', 'discount'),
 (16, 4, 'My payment was declined', 'Declined cards', 'Check the billing address matches your card statement. Some banks block first-time online payments; approve it in your banking app and try again.', 'payment,declined'),
 (17, 4, 'Gift cards', NULL, 'Gift cards are valid for 24 months and can be used online and in our Bristol showroom.', 'gift-card'),
 (18, 5, 'Resetting your password', NULL, 'Use "Forgot password" on the login page. The link is valid for 6 hours.', 'password,account'),
 (19, 5, 'Deleting your account and data', 'Your privacy', 'Ask us in chat or email privacy@larkspurhome.example. We confirm within 30 days, as UK GDPR requires.', 'privacy,gdpr'),
 (20, 5, 'The Larkspur app', NULL, 'Available on iOS 15+ and Android 10+. Turn on notifications to get delivery updates.', 'app'),
 (21, 8, 'Applying for a trade account', 'Who can apply', 'Interior designers, hotels, holiday lets and independent retailers can apply with a company registration or VAT number.', 'trade,apply'),
 (22, 8, 'Credit terms and invoices', NULL, 'Approved accounts get 30-day terms after three prepaid orders. Pro-forma invoices are valid for 7 days.', 'trade,invoice'),
 (23, 9, 'Minimum order quantities', NULL, 'Minimum first order £500, repeat orders £250. Bedding is sold in packs of 4.', 'trade,moq'),
 (24, 9, 'Pallet deliveries', NULL, 'Orders over 40 units ship on a pallet; please make sure there is kerbside access and someone to sign.', 'trade,pallet')) v(o, cat, ti, de, body, tg);
INSERT INTO articles (account_id, portal_id, category_id, folder_id, title, description, content, status, views, created_at, updated_at, author_id, associated_article_id, meta, slug, "position", locale) VALUES
 (1, 1, 6, NULL, 'Wo ist meine Bestellung?', 'Sendungsverfolgung', E'## Wo ist meine Bestellung?\n\nSobald Ihre Bestellung unser Lager verlässt, erhalten Sie eine E-Mail mit einem Tracking-Link. Lieferungen nach Deutschland dauern 4-7 Werktage.', 1, 812, '2023-06-01 10:10:00', '2023-06-01 10:10:00', 14, 1, '{}', 'wo-ist-meine-bestellung', 1, 'de'),
 (1, 1, 7, NULL, 'Artikel zurücksenden', NULL, E'## Artikel zurücksenden\n\nStarten Sie Ihre Rücksendung unter larkspurhome.example/returns mit Ihrer Bestellnummer und Postleitzahl.', 1, 390, '2023-06-01 10:12:00', '2023-06-01 10:12:00', 14, 6, '{}', 'artikel-zuruecksenden', 2, 'de');

-- ---------------------------------------------------------------- dashboard apps, installation, imports, SLAs
CREATE TABLE dashboard_apps (
    id bigserial PRIMARY KEY,
    title character varying NOT NULL,
    content jsonb DEFAULT '[]'::jsonb,
    account_id bigint NOT NULL,
    user_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO dashboard_apps (title, content, account_id, user_id, created_at, updated_at) VALUES
 ('Shopify orders', '[{"url": "https://admin.larkspurhome.example/chatwoot-sidebar", "type": "frame"}]', 1, 2, '2023-03-14 10:00:00', '2023-03-14 10:00:00'),
 ('Returns portal', ('[{"url": "https://returns.larkspurhome.example/agent-view?api_key=' || fixture_gen.hexn('cwdash', 2, 32) || '", "type": "frame"}]')::jsonb, 1, 9, '2023-09-20 10:00:00', '2024-01-05 10:00:00'),
 ('Loyalty points', '[{"url": "https://loyalty.larkspurhome.example/embed/chatwoot", "type": "frame"}]', 1, 5, '2024-02-01 10:00:00', '2024-02-01 10:00:00'),
 ('Trade CRM', '[{"url": "https://crm.larkspurhome.example/chatwoot", "type": "frame"}]', 2, 5, '2023-01-20 10:00:00', '2023-01-20 10:00:00');

CREATE TABLE installation_configs (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    serialized_value jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    locked boolean DEFAULT true NOT NULL
);
INSERT INTO installation_configs (name, serialized_value, created_at, updated_at, locked)
SELECT n, to_jsonb(E'--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nvalue: ' || v || E'\n'), timestamp '2022-06-01 09:05:00' + make_interval(secs => o), timestamp '2022-06-01 09:05:00' + make_interval(days => CASE WHEN o > 20 THEN o * 9 ELSE 0 END), l
FROM (VALUES
 (1, 'INSTALLATION_NAME', 'Larkspur Support', false), (2, 'LOGO_THUMBNAIL', '"/brand-assets/larkspur_thumbnail.svg"', false), (3, 'LOGO', '"/brand-assets/larkspur_logo.svg"', false),
 (4, 'BRAND_URL', 'https://www.larkspurhome.example', false), (5, 'WIDGET_BRAND_URL', 'https://www.larkspurhome.example', false), (6, 'BRAND_NAME', 'Larkspur Home', false),
 (7, 'TERMS_URL', 'https://www.larkspurhome.example/pages/terms', false), (8, 'PRIVACY_URL', 'https://www.larkspurhome.example/pages/privacy', false), (9, 'DISPLAY_MANIFEST', 'true', false),
 (10, 'MAILER_INBOUND_EMAIL_DOMAIN', 'reply.larkspurhome.example', false), (11, 'MAILER_SUPPORT_EMAIL', 'support@larkspurhome.example', false), (12, 'CREATE_NEW_ACCOUNT_FROM_DASHBOARD', 'false', false),
 (13, 'INSTALLATION_EVENTS_WEBHOOK_URL', 'https://ops.larkspurhome.example/hooks/chatwoot-install?token=' || fixture_gen.hexn('cwinst', 13, 40), false),
 (14, 'CHATWOOT_INBOX_TOKEN', (SELECT website_token FROM channel_web_widgets WHERE id = 1), false), (15, 'CHATWOOT_INBOX_HMAC_KEY', (SELECT hmac_token FROM channel_web_widgets WHERE id = 1), false),
 (16, 'API_CHANNEL_NAME', '', false), (17, 'API_CHANNEL_THUMBNAIL', '', false), (18, 'ANALYTICS_TOKEN', '', false), (19, 'DIRECT_UPLOADS_ENABLED', 'false', false),
 (20, 'INSTALLATION_IDENTIFIER', fixture_gen.uuid('cwinstid', 1), true), (21, 'INSTALLATION_PRICING_PLAN', 'community', true), (22, 'INSTALLATION_PRICING_PLAN_QUANTITY', '0', true),
 (23, 'ACCOUNT_LEVEL_FEATURE_DEFAULTS', E'\n- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n  name: inbound_emails\n  enabled: true\n- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n  name: channel_email\n  enabled: true\n- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n  name: help_center\n  enabled: true\n- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n  name: campaigns\n  enabled: true', true),
 (24, 'FB_APP_ID', '"' || fixture_gen.digits('cwfbapp', 1, 15) || '"', false), (25, 'FB_APP_SECRET', fixture_gen.hexn('cwfbsec', 1, 32), false), (26, 'FB_VERIFY_TOKEN', fixture_gen.chars('cwfbvt', 1, 20), false),
 (27, 'IG_VERIFY_TOKEN', fixture_gen.chars('cwigvt', 1, 20), false), (28, 'SLACK_CLIENT_ID', '"' || fixture_gen.digits('cwslci', 1, 13) || '.' || fixture_gen.digits('cwslci2', 1, 13) || '"', false),
 (29, 'SLACK_CLIENT_SECRET', fixture_gen.hexn('cwslcs', 1, 32), false), (30, 'AZURE_APP_ID', fixture_gen.uuid('cwazid', 1), false),
 (31, 'AZURE_APP_SECRET', fixture_gen.chars('cwazs', 1, 3) || '8Q~' || fixture_gen.chars('cwazs2', 1, 34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~'), false),
 (32, 'LINEAR_CLIENT_ID', fixture_gen.hexn('cwlnci', 1, 32), false), (33, 'LINEAR_CLIENT_SECRET', fixture_gen.hexn('cwlncs', 1, 32), false),
 (34, 'HCAPTCHA_SITE_KEY', fixture_gen.uuid('cwhcs', 1), false), (35, 'HCAPTCHA_SERVER_KEY', '0x' || upper(fixture_gen.hexn('cwhck', 1, 40)), false),
 (36, 'CHATWOOT_SUPPORT_WEBSITE_TOKEN', '', false), (37, 'WEBHOOK_TIMEOUT', '5', false)) v(o, n, v, l);

CREATE TABLE data_imports (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    data_type character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    processing_errors text,
    total_records integer,
    processed_records integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO data_imports (account_id, data_type, status, processing_errors, total_records, processed_records, created_at, updated_at) VALUES
 (1, 'contacts', 2, NULL, 412, 412, '2022-10-12 09:30:00', '2022-10-12 09:31:12'),
 (1, 'contacts', 3, 'Validation failed: Email has already been taken (row 37: ' || (SELECT name || ',' || email || ',' || coalesce(phone_number, '') FROM contacts WHERE id = 25) || ')', 1180, 36, '2023-03-02 14:00:00', '2023-03-02 14:00:41'),
 (2, 'contacts', 2, 'Phone number should be in e164 format (row 12: ' || (SELECT name || ',' || email FROM contacts WHERE id = 1611) || ',0' || substr((SELECT phone_number FROM contacts WHERE id = 1611), 4) || ')', 58, 57, '2022-11-14 11:00:00', '2022-11-14 11:00:09');

CREATE TABLE sla_policies (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    first_response_time_threshold double precision,
    next_response_time_threshold double precision,
    only_during_business_hours boolean DEFAULT false,
    account_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    description character varying,
    resolution_time_threshold double precision
);
INSERT INTO sla_policies (name, first_response_time_threshold, next_response_time_threshold, only_during_business_hours, account_id, created_at, updated_at, description, resolution_time_threshold) VALUES
 ('Standard', 14400, 28800, true, 1, '2024-02-01 10:00:00', '2024-02-01 10:00:00', 'Reply within 4 business hours', 172800),
 ('Urgent', 1800, 3600, false, 1, '2024-02-01 10:05:00', '2024-02-01 10:05:00', 'Payments and chargebacks', 28800),
 ('Trade', 28800, 86400, true, 2, '2024-02-02 10:00:00', '2024-02-02 10:00:00', NULL, NULL);
UPDATE conversations SET sla_policy_id = CASE WHEN priority = 3 THEN 2 ELSE 1 END WHERE created_at > timestamp '2024-02-01' AND account_id = 1 AND id % 3 = 0;

-- ---------------------------------------------------------------- Rails bookkeeping
CREATE TABLE schema_migrations (version character varying NOT NULL PRIMARY KEY);
INSERT INTO schema_migrations VALUES ('20170207112234'), ('20190819133207'), ('20200606132552'), ('20210115105815'), ('20210611180222'), ('20220216151613'), ('20220424081117'),
 ('20220711123545'), ('20221027054710'), ('20221219162759'), ('20230124155437'), ('20230308142034'), ('20230503101201'), ('20230621075327'), ('20230714054138'),
 ('20231013072802'), ('20231114111614'), ('20231211010807'), ('20240108061006'), ('20240131040316'), ('20240216055809'), ('20240322071629'), ('20240410095521'), ('20240516003531');

CREATE TABLE ar_internal_metadata (
    key character varying NOT NULL PRIMARY KEY,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2022-06-01 09:04:51', '2022-06-01 09:04:51'), ('schema_sha1', fixture_gen.hexn('cwsha', 1, 40), '2022-06-01 09:04:51', '2024-05-20 03:12:40');

-- ---------------------------------------------------------------- done
SET client_min_messages = warning;
DROP SCHEMA cwgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
