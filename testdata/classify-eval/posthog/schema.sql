-- classify-eval fixture (HOLDOUT 51: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted PostHog (product analytics: Django on PostgreSQL, the events
-- themselves in ClickHouse and left out here) in the naming its Django
-- migrations create: app-label tables (posthog_*, otp_totp_*, axes_*,
-- social_auth_*, django_session), serial integer keys beside UUIDT uuid
-- keys, varchar(n) for CharField, jsonb for JSONField, varchar[] for
-- ArrayField, timestamp with time zone; the Insight model still in its old
-- table posthog_dashboarditem; key/value tables of instance settings
-- (JSON-encoded raw values) and of plugin storage; a subset of its tables
-- with their real columns and types.
--
-- The instance is analytics.kestrel.money, run by the product team of
-- Kestrel Money, a consumer budgeting and savings app (UK and EU; iOS,
-- Android and web). Its data: two organizations (the company and a
-- sandbox), projects and their environments with public ingestion keys,
-- secret project keys and a Slack webhook; staff users with pbkdf2 hashes,
-- temporary tokens, TOTP devices, Google logins and Django sessions, and
-- the lock-out log of failed logins; invites; persons of the app's
-- customers whose properties jsonb hold emails, names, phones, a few birth
-- dates and income bands, GeoIP cities and coordinates; their distinct ids
-- (anonymous device UUIDs, the app's user ids, and for the old web signup
-- flow the email itself); cohorts and feature flags whose filters list
-- testers' and customers' emails; experiments; insights, dashboards and
-- tiles; annotations typed by staff; actions; plugins with configs holding
-- CRM and S3 keys, attachments (a CSV of VIP customers, a GeoIP database)
-- and plugin storage; batch exports with destinations holding S3, Postgres
-- and BigQuery credentials, and their runs; session recording playlists
-- and their items; surveys; notebooks; personal API keys (hashed);
-- subscriptions, shared links, Slack, HubSpot and Salesforce integrations,
-- and the activity log.
--
-- NOT PostHog: the product team's own tables, in the schema "growth"
-- (its own naming, bigserial keys, timestamptz): user-research
-- participants and sessions, feature-flag override requests from support,
-- the tracking plan, erasure requests, in-app NPS answers and warehouse
-- connections. PostHog's 40 tables (public) hold 423 columns; the team's 7
-- tables add 64.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA phgen;

-- rnd: random-looking alphanumerics (len up to 200).
CREATE FUNCTION phgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 24), '+/=', ''), 1, len) $$;

-- at: an instant between two others.
CREATE FUNCTION phgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- ulid: the app's own user ids (Crockford base32).
CREATE FUNCTION phgen.ulid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '01H' || fixture_gen.chars(tag, i, 23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ') $$;

-- uuid7: posthog-js's anonymous device ids and session ids (UUIDv7).
CREATE FUNCTION phgen.uuid7(tag text, i bigint, t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(r, 1, 3) || '-' || fixture_gen.pick(ARRAY['8', '9', 'a', 'b'], tag, i) || substr(r, 4, 3) || '-' || substr(r, 7, 12)
  FROM (SELECT lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 12, '0') AS h, fixture_gen.hexn(tag, i, 20) AS r) x
$$;

-- short: PostHog's 8-character short ids.
CREATE FUNCTION phgen.short(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, 8) $$;

CREATE FUNCTION phgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'python-requests/2.31.0',
    'curl/8.4.0'], tag, i)
$$;

-- The app's customers: UK and EU, several cultures. kind 0-2: identified by
-- the app's user id; 3: identified by email (the 2021 web signup flow); 4:
-- anonymous visitors of the marketing site.
CREATE TABLE phgen.p (i int PRIMARY KEY, first text, last text, name text, email text, phone text, cc text, city text, lat numeric, lon numeric,
  dob date, kind int, uid text, anon text, anon2 text, created timestamptz, plan text, income text);
INSERT INTO phgen.p
SELECT i, f, l, f || ' ' || l,
       fixture_gen.ascii(f) || CASE i % 4 WHEN 0 THEN '.' WHEN 1 THEN '' WHEN 2 THEN '_' ELSE '.' END || fixture_gen.ascii(l) || CASE WHEN i % 3 = 0 THEN (i % 97)::text ELSE '' END || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'outlook.com', 'icloud.com', 'yahoo.co.uk', 'hotmail.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'proton.me', 'eircom.net', 'ziggo.nl'], 'pd', i),
       CASE cc WHEN 'GB' THEN '+44 7' || fixture_gen.digits('ph', i, 3) || ' ' || fixture_gen.digits('ph2', i, 6)
               WHEN 'IE' THEN '+353 8' || fixture_gen.digits('ph', i, 1) || ' ' || fixture_gen.digits('ph2', i, 3) || ' ' || fixture_gen.digits('ph3', i, 4)
               WHEN 'DE' THEN '+49 15' || fixture_gen.digits('ph', i, 1) || ' ' || fixture_gen.digits('ph2', i, 8)
               WHEN 'FR' THEN '+33 6 ' || fixture_gen.digits('ph', i, 2) || ' ' || fixture_gen.digits('ph2', i, 2) || ' ' || fixture_gen.digits('ph3', i, 2) || ' ' || fixture_gen.digits('ph4', i, 2)
               ELSE '+31 6 ' || fixture_gen.digits('ph', i, 8) END,
       cc, c.city, c.lat + (fixture_gen.n('plat', i, 2000) - 1000) / 20000.0, c.lon + (fixture_gen.n('plon', i, 2000) - 1000) / 20000.0,
       fixture_gen.birth_date('pdob', i), i % 5, phgen.ulid('puid', i),
       phgen.uuid7('pan', i, phgen.at('pc', i, '2021-03-01', '2024-05-01')), phgen.uuid7('pan2', i, phgen.at('pc2', i, '2022-01-01', '2024-06-01')),
       phgen.at('pc', i, '2021-03-01', '2024-05-01'),
       fixture_gen.pick(ARRAY['free', 'free', 'free', 'plus', 'plus', 'premium'], 'ppl', i),
       fixture_gen.pick(ARRAY['<20k', '20-35k', '35-50k', '50-75k', '75k+'], 'pinc', i)
FROM generate_series(1, 300) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('pf', i) AS f, fixture_gen.last_name('pl', i) AS l,
  fixture_gen.pick(ARRAY['GB', 'GB', 'GB', 'GB', 'IE', 'DE', 'DE', 'FR', 'NL'], 'pcc', i) AS cc) x
CROSS JOIN LATERAL (SELECT * FROM (VALUES
   ('GB', 0, 'London', 51.5072, -0.1276), ('GB', 1, 'Manchester', 53.4808, -2.2426), ('GB', 2, 'Leeds', 53.8008, -1.5491), ('GB', 3, 'Bristol', 51.4545, -2.5879),
   ('GB', 4, 'Glasgow', 55.8642, -4.2518), ('IE', 0, 'Dublin', 53.3498, -6.2603), ('IE', 1, 'Cork', 51.8985, -8.4756), ('DE', 0, 'Berlin', 52.52, 13.405),
   ('DE', 1, 'Hamburg', 53.5511, 9.9937), ('DE', 2, 'München', 48.1351, 11.582), ('FR', 0, 'Paris', 48.8566, 2.3522), ('FR', 1, 'Lyon', 45.764, 4.8357),
   ('NL', 0, 'Amsterdam', 52.3676, 4.9041), ('NL', 1, 'Utrecht', 52.0907, 5.1214)) v(c, k, city, lat, lon)
  WHERE v.c = x.cc AND v.k = fixture_gen.n('pcity', i, CASE x.cc WHEN 'GB' THEN 5 WHEN 'DE' THEN 3 ELSE 2 END)) c;

-- Kestrel's staff.
CREATE TABLE phgen.s (i int PRIMARY KEY, first text, last text, email text, role text);
INSERT INTO phgen.s
SELECT i, f, l, CASE WHEN i = 1 THEN 'tamsin' ELSE lower(fixture_gen.ascii(f)) || '.' || lower(fixture_gen.ascii(l)) END || '@kestrel.money', r
FROM (VALUES (1, 'Tamsin', 'Achebe', 'founder'), (2, 'Rory', 'Fitzgerald', 'engineering'), (3, 'Priya', 'Raghunathan', 'product'), (4, 'Jonas', 'Weidmann', 'engineering'),
  (5, 'Amara', 'Osei', 'data'), (6, 'Hiroshi', 'Tanaka', 'engineering'), (7, 'Marta', 'Kowalczyk', 'design'), (8, 'Callum', 'McBride', 'marketing'),
  (9, 'Leila', 'Benali', 'product'), (10, 'Sipho', 'Dlamini', 'engineering'), (11, 'Aoife', 'Gallagher', 'data'), (12, 'Mateo', 'Fernández', 'engineering'),
  (13, 'Ingrid', 'Solberg', 'marketing'), (14, 'Emre', 'Aksoy', 'product'), (15, 'Chloé', 'Marchand', 'design'), (16, 'Kwame', 'Asante', 'sales'),
  (17, 'Yuki', 'Morimoto', 'engineering'), (18, 'Ananya', 'Iyer', 'data'), (19, 'Piotr', 'Zieliński', 'engineering'), (20, 'Hannah', 'Brennan', 'product'),
  (21, 'Omar', 'Haddad', 'engineering'), (22, 'Giulia', 'Ferraro', 'marketing')) v(i, f, l, r);

-- ---------------------------------------------------------------------------
-- Organizations, projects, environments (teams), users.

CREATE TABLE posthog_organization (
  id uuid PRIMARY KEY,
  name varchar(64) NOT NULL,
  slug varchar(48) UNIQUE,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  personalization jsonb NOT NULL,
  available_product_features jsonb,
  usage jsonb,
  customer_id varchar(200),
  is_member_join_email_enabled boolean NOT NULL,
  enforce_2fa boolean,
  domain_whitelist varchar(256)[] NOT NULL
);
INSERT INTO posthog_organization VALUES
 ('018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01', 'Kestrel Money', 'kestrel-money', '2021-02-14 10:22:31+00', '2024-05-30 08:11:02+00',
  '{"role": "product", "products": ["product_analytics", "session_replay", "feature_flags"], "company_size": "51-100"}',
  '[{"key": "sso_enforcement", "name": "SSO enforcement"}, {"key": "saml", "name": "SAML SSO"}, {"key": "multivariate_flags", "name": "Multivariate flags"}]',
  NULL, NULL, true, true, '{kestrel.money}'),
 ('018f02a9-7c10-0000-a4b1-c2d3e4f5a602', 'Kestrel sandbox', 'kestrel-sandbox', '2024-04-02 14:05:00+00', '2024-04-02 14:05:00+00',
  '{"role": "engineering", "products": ["feature_flags"], "company_size": null}', '[]', NULL, NULL, true, false, '{}');

CREATE TABLE posthog_project (
  id bigint PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES posthog_organization (id),
  name varchar(200) NOT NULL,
  created_at timestamp with time zone NOT NULL,
  product_description text
);
INSERT INTO posthog_project VALUES
 (1, '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01', 'Kestrel app', '2021-02-14 10:22:31+00', 'Mobile and web budgeting app with savings pots, round-ups and bill tracking.'),
 (2, '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01', 'Marketing site', '2021-06-01 09:00:00+00', 'kestrel.money landing pages, blog and calculators.'),
 (3, '018f02a9-7c10-0000-a4b1-c2d3e4f5a602', 'Flags playground', '2024-04-02 14:05:00+00', NULL);

CREATE TABLE posthog_team (
  id serial PRIMARY KEY,
  uuid uuid NOT NULL UNIQUE,
  organization_id uuid NOT NULL REFERENCES posthog_organization (id),
  project_id bigint NOT NULL REFERENCES posthog_project (id),
  api_token varchar(200) NOT NULL UNIQUE,
  app_urls varchar(200)[] NOT NULL,
  name varchar(200) NOT NULL,
  slack_incoming_webhook varchar(500),
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  anonymize_ips boolean NOT NULL,
  ingested_event boolean NOT NULL,
  session_recording_opt_in boolean NOT NULL,
  session_recording_sample_rate numeric(3, 2),
  signup_token varchar(200),
  test_account_filters jsonb NOT NULL,
  path_cleaning_filters jsonb,
  timezone varchar(240) NOT NULL,
  person_display_name_properties varchar(400)[],
  primary_dashboard_id integer,
  session_recording_masking_config jsonb,
  extra_settings jsonb,
  secret_api_token varchar(200)
);
INSERT INTO posthog_team (id, uuid, organization_id, project_id, api_token, app_urls, name, slack_incoming_webhook, created_at, updated_at, anonymize_ips,
  ingested_event, session_recording_opt_in, session_recording_sample_rate, signup_token, test_account_filters, path_cleaning_filters, timezone,
  person_display_name_properties, primary_dashboard_id, session_recording_masking_config, extra_settings, secret_api_token)
SELECT t, fixture_gen.uuid('tuuid', t)::uuid, CASE WHEN t = 4 THEN '018f02a9-7c10-0000-a4b1-c2d3e4f5a602'::uuid ELSE '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01'::uuid END,
       CASE t WHEN 1 THEN 1 WHEN 2 THEN 1 WHEN 3 THEN 2 ELSE 3 END,
       'phc_' || phgen.rnd('tapi', t, 43),
       CASE t WHEN 1 THEN '{https://app.kestrel.money,https://kestrel.money}'::varchar[] WHEN 2 THEN '{https://app.staging.kestrel.dev}'::varchar[] WHEN 3 THEN '{https://kestrel.money,https://www.kestrel.money}'::varchar[] ELSE '{}'::varchar[] END,
       CASE t WHEN 1 THEN 'Kestrel app (production)' WHEN 2 THEN 'Kestrel app (staging)' WHEN 3 THEN 'Marketing site' ELSE 'Flags playground' END,
       CASE WHEN t IN (1, 3) THEN 'https://hooks.slack.com/services/' || 'T02' || fixture_gen.chars('tsw1', t, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B0' || fixture_gen.chars('tsw2', t, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || phgen.rnd('tsw3', t, 24) END,
       phgen.at('tca', t, '2021-02-14', '2024-04-02'), phgen.at('tua', t, '2024-05-01', '2024-06-28'),
       t = 1, t <> 4, t IN (1, 2, 3), CASE t WHEN 1 THEN 0.25 WHEN 3 THEN 0.10 END,
       CASE WHEN t = 1 THEN phgen.rnd('tsu', t, 43) END,
       CASE t WHEN 1 THEN '[{"key": "email", "type": "person", "value": "@kestrel.money", "operator": "not_icontains"}, {"key": "email", "type": "person", "value": ["'
                || (SELECT email FROM phgen.p WHERE i = 12) || '", "' || (SELECT email FROM phgen.p WHERE i = 57) || '", "qa.kestrel+ios@gmail.com"], "operator": "is_not"}, {"key": "$host", "type": "event", "value": "localhost", "operator": "not_icontains"}]'
              WHEN 2 THEN '[{"key": "$host", "type": "event", "value": "localhost", "operator": "not_icontains"}]'
              WHEN 3 THEN '[{"key": "$ip", "type": "event", "value": "81.134.202.29", "operator": "is_not"}]' ELSE '[]' END::jsonb,
       CASE WHEN t IN (1, 2) THEN '[{"alias": "/pots/:id", "regex": "\\/pots\\/[0-9A-Z]{26}"}, {"alias": "/transfer/:id", "regex": "\\/transfer\\/[0-9a-f-]{36}"}]'::jsonb END,
       CASE WHEN t = 4 THEN 'UTC' ELSE 'Europe/London' END,
       CASE WHEN t IN (1, 2) THEN '{email,name,user_id}'::varchar[] END,
       CASE t WHEN 1 THEN 1 WHEN 3 THEN 14 END,
       CASE WHEN t IN (1, 2) THEN '{"maskAllInputs": true, "maskTextSelector": ".ph-mask, [data-balance]", "blockSelector": ".ph-no-capture"}'::jsonb END,
       CASE WHEN t = 1 THEN '{"recorder_script": "posthog-recorder", "poe_v2_enabled": true}'::jsonb ELSE '{}'::jsonb END,
       CASE WHEN t IN (1, 2) THEN 'phs_' || phgen.rnd('tsec', t, 43) END
FROM generate_series(1, 4) t;

CREATE TABLE posthog_user (
  id serial PRIMARY KEY,
  password varchar(128) NOT NULL,
  last_login timestamp with time zone,
  first_name varchar(150) NOT NULL,
  last_name varchar(150) NOT NULL,
  is_staff boolean NOT NULL,
  is_active boolean NOT NULL,
  date_joined timestamp with time zone NOT NULL,
  uuid uuid NOT NULL UNIQUE,
  current_organization_id uuid REFERENCES posthog_organization (id),
  current_team_id integer REFERENCES posthog_team (id),
  email varchar(254) NOT NULL UNIQUE,
  temporary_token varchar(200) UNIQUE,
  distinct_id varchar(200) UNIQUE,
  partial_notification_settings jsonb,
  events_column_config jsonb NOT NULL,
  is_email_verified boolean,
  pending_email varchar(254),
  requested_password_reset_at timestamp with time zone,
  role_at_organization varchar(64)
);
INSERT INTO posthog_user (password, last_login, first_name, last_name, is_staff, is_active, date_joined, uuid, current_organization_id, current_team_id, email,
  temporary_token, distinct_id, partial_notification_settings, events_column_config, is_email_verified, pending_email, requested_password_reset_at,
  role_at_organization)
SELECT CASE WHEN s.i % 6 = 5 THEN '!' || phgen.rnd('unp', s.i, 40) ELSE fixture_gen.pbkdf2('upw', s.i) END,
       phgen.at('ull', s.i, '2024-05-01', '2024-06-28'),
       s.first, CASE WHEN s.i = 9 THEN '' ELSE s.last END, s.i IN (1, 2), s.i <> 17,
       phgen.at('udj', s.i, '2021-02-14', '2024-03-01'), fixture_gen.uuid('uuuid', s.i)::uuid,
       CASE WHEN s.i = 2 THEN '018f02a9-7c10-0000-a4b1-c2d3e4f5a602'::uuid ELSE '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01'::uuid END,
       CASE WHEN s.i = 2 THEN 4 WHEN s.role = 'marketing' THEN 3 ELSE 1 END,
       s.email,
       CASE WHEN s.i % 4 = 0 THEN phgen.rnd('utt', s.i, 43) END,
       phgen.rnd('udi', s.i, 43),
       CASE WHEN s.i % 2 = 0 THEN '{"plugin_disabled": false, "project_weekly_digest_disabled": true}'::jsonb ELSE '{}'::jsonb END,
       CASE WHEN s.i % 3 = 1 THEN '{"active": ["event", "person", "url", "timestamp", "properties.$app_version"]}' ELSE '{"active": "DEFAULT"}' END::jsonb,
       s.i <> 21,
       CASE WHEN s.i = 14 THEN lower(fixture_gen.ascii(s.first)) || '.' || lower(fixture_gen.ascii(s.last)) || '@gmail.com' WHEN s.i = 7 THEN 'm.' || lower(fixture_gen.ascii(s.last)) || '@kestrel.money' END,
       CASE WHEN s.i IN (5, 14) THEN phgen.at('upr', s.i, '2024-03-01', '2024-06-20') END,
       s.role
FROM phgen.s s ORDER BY s.i;

CREATE TABLE posthog_organizationmembership (
  id uuid PRIMARY KEY,
  level smallint NOT NULL,
  joined_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  organization_id uuid NOT NULL REFERENCES posthog_organization (id),
  user_id integer NOT NULL REFERENCES posthog_user (id)
);
INSERT INTO posthog_organizationmembership
SELECT fixture_gen.uuid('om', u.id)::uuid, CASE WHEN u.id = 1 THEN 15 WHEN u.id IN (2, 3) THEN 8 ELSE 1 END, u.date_joined, u.date_joined + interval '3 days',
       '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01'::uuid, u.id
FROM posthog_user u
UNION ALL
SELECT fixture_gen.uuid('om2', u.id)::uuid, CASE WHEN u.id = 2 THEN 15 ELSE 1 END, '2024-04-02 14:05:00+00'::timestamptz, '2024-04-02 14:05:00+00'::timestamptz, '018f02a9-7c10-0000-a4b1-c2d3e4f5a602'::uuid, u.id
FROM posthog_user u WHERE u.id IN (2, 4, 6, 10);

CREATE TABLE posthog_organizationinvite (
  id uuid PRIMARY KEY,
  target_email varchar(254),
  first_name varchar(30) NOT NULL,
  emailing_attempt_made boolean NOT NULL,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  organization_id uuid NOT NULL REFERENCES posthog_organization (id),
  message text,
  level smallint NOT NULL,
  private_project_access jsonb
);
INSERT INTO posthog_organizationinvite
SELECT fixture_gen.uuid('oi', k)::uuid,
       CASE WHEN k % 4 = 0 THEN lower(fixture_gen.ascii(fixture_gen.first_name('oif', k))) || '@' || fixture_gen.pick(ARRAY['brightpath.studio', 'gmail.com', 'northloop.agency'], 'oid', k)
            ELSE lower(fixture_gen.ascii(fixture_gen.first_name('oif', k))) || '.' || lower(fixture_gen.ascii(fixture_gen.last_name('oil', k))) || '@kestrel.money' END,
       CASE WHEN k % 3 = 0 THEN '' ELSE fixture_gen.first_name('oif', k) END, k % 5 <> 0,
       phgen.at('oic', k, '2023-01-01', '2024-06-25'), phgen.at('oic', k, '2023-01-01', '2024-06-25'),
       1 + fixture_gen.n('oicb', k, 4), '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01'::uuid,
       CASE k % 6 WHEN 0 THEN 'Welcome aboard! Start with the Activation dashboard.' WHEN 1 THEN NULL WHEN 2 THEN 'Hi ' || fixture_gen.first_name('oif', k) || ', this is where we look at the funnel data - ping me on Slack if anything is unclear. Tamsin'
         WHEN 3 THEN 'Contractor access for the pots redesign, until end of Q3. Phone me on ' || '+44 7700 9' || fixture_gen.digits('oim', k, 5) || ' if the link expired.' WHEN 4 THEN '' ELSE NULL END,
       CASE WHEN k % 7 = 0 THEN 8 ELSE 1 END,
       CASE WHEN k % 4 = 0 THEN '[{"id": 3, "level": 1}]'::jsonb ELSE '[]'::jsonb END
FROM generate_series(1, 18) k;

CREATE TABLE posthog_organizationdomain (
  id uuid PRIMARY KEY,
  domain varchar(128) NOT NULL UNIQUE,
  verification_challenge varchar(128) NOT NULL,
  verified_at timestamp with time zone,
  jit_provisioning_enabled boolean NOT NULL,
  sso_enforcement varchar(28) NOT NULL,
  organization_id uuid NOT NULL REFERENCES posthog_organization (id),
  saml_entity_id varchar(512),
  saml_acs_url varchar(512),
  saml_x509_cert text
);
INSERT INTO posthog_organizationdomain VALUES
 (fixture_gen.uuid('od', 1)::uuid, 'kestrel.money', phgen.rnd('odc', 1, 43), '2022-09-12 11:04:51+00', true, 'google-oauth2', '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01', NULL, NULL, NULL),
 (fixture_gen.uuid('od', 2)::uuid, 'kestrel.dev', phgen.rnd('odc', 2, 43), '2023-02-20 16:40:10+00', false, 'saml', '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01',
  'https://accounts.google.com/o/saml2?idpid=C03' || fixture_gen.chars('odi', 2, 6, 'abcdefghijklmnopqrstuvwxyz0123456789'),
  'https://accounts.google.com/o/saml2/idp?idpid=C03' || fixture_gen.chars('odi', 2, 6, 'abcdefghijklmnopqrstuvwxyz0123456789'),
  '-----BEGIN CERTIFICATE-----' || E'\n' || fixture_gen.b64('odx', 2, 240) || E'\n' || '-----END CERTIFICATE-----'),
 (fixture_gen.uuid('od', 3)::uuid, 'kestrelmoney.co.uk', phgen.rnd('odc', 3, 43), NULL, false, '', '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01', NULL, NULL, NULL);

-- ---------------------------------------------------------------------------
-- Persons and their distinct ids (the app's customers, a few staff).

CREATE TABLE posthog_person (
  id bigserial PRIMARY KEY,
  created_at timestamp with time zone NOT NULL,
  properties jsonb NOT NULL,
  is_user_id integer,
  team_id integer NOT NULL REFERENCES posthog_team (id),
  is_identified boolean NOT NULL,
  uuid uuid NOT NULL,
  properties_last_updated_at jsonb,
  properties_last_operation jsonb,
  version bigint
);
INSERT INTO posthog_person (id, created_at, properties, is_user_id, team_id, is_identified, uuid, properties_last_updated_at, properties_last_operation, version)
SELECT p.i, p.created,
       jsonb_strip_nulls(jsonb_build_object(
         'email', CASE WHEN p.kind <> 4 THEN p.email END,
         'name', CASE WHEN p.kind IN (0, 1) THEN p.name END,
         'first_name', CASE WHEN p.kind = 2 THEN p.first END,
         'phone', CASE WHEN p.kind = 0 AND p.i % 3 = 0 THEN p.phone END,
         'date_of_birth', CASE WHEN p.kind <> 4 AND p.i % 7 = 0 THEN p.dob::text END,
         'income_band', CASE WHEN p.kind IN (0, 1, 2) AND p.i % 4 = 1 THEN p.income END,
         'user_id', CASE WHEN p.kind IN (0, 1, 2) THEN p.uid END,
         'plan', CASE WHEN p.kind <> 4 THEN p.plan END,
         'kyc_status', CASE WHEN p.kind <> 4 THEN fixture_gen.pick(ARRAY['verified', 'verified', 'verified', 'pending', 'manual_review', 'rejected'], 'pkyc', p.i) END,
         'pots_count', CASE WHEN p.kind IN (0, 1, 2) THEN fixture_gen.n('ppots', p.i, 7) END,
         'is_kestrel_staff', CASE WHEN p.kind <> 4 THEN false END,
         '$initial_referring_domain', fixture_gen.pick(ARRAY['$direct', 'www.google.com', 'www.moneysavingexpert.com', 't.co', 'www.reddit.com', 'www.tiktok.com'], 'pref', p.i),
         '$initial_utm_source', CASE WHEN p.i % 3 = 0 THEN fixture_gen.pick(ARRAY['google', 'tiktok', 'newsletter', 'referral'], 'putm', p.i) END,
         '$initial_os', fixture_gen.pick(ARRAY['iOS', 'Android', 'Mac OS X', 'Windows'], 'pos', p.i),
         '$app_version', CASE WHEN p.kind IN (0, 1, 2) THEN fixture_gen.pick(ARRAY['4.11.0', '4.12.1', '4.12.2', '4.13.0'], 'pav', p.i) END,
         '$geoip_city_name', p.city, '$geoip_country_code', p.cc,
         '$geoip_latitude', round(p.lat, 4), '$geoip_longitude', round(p.lon, 4),
         '$geoip_time_zone', CASE p.cc WHEN 'GB' THEN 'Europe/London' WHEN 'IE' THEN 'Europe/Dublin' WHEN 'DE' THEN 'Europe/Berlin' WHEN 'FR' THEN 'Europe/Paris' ELSE 'Europe/Amsterdam' END,
         'referred_by', CASE WHEN p.i % 11 = 0 THEN (SELECT q.email FROM phgen.p q WHERE q.i = 1 + (p.i * 7) % 300) END)),
       NULL, 1, p.kind <> 4, fixture_gen.uuid('pers', p.i)::uuid,
       CASE WHEN p.kind <> 4 THEN jsonb_build_object('email', to_char(p.created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"000+00:00"'), 'plan', to_char((p.created + interval '40 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"000+00:00"')) END,
       CASE WHEN p.kind <> 4 THEN '{"email": "set", "plan": "set"}'::jsonb END,
       fixture_gen.n('pver', p.i, 40)
FROM phgen.p p ORDER BY p.i;

-- staff who use the app themselves
INSERT INTO posthog_person (id, created_at, properties, is_user_id, team_id, is_identified, uuid, properties_last_updated_at, properties_last_operation, version)
SELECT 1000 + s.i, phgen.at('sper', s.i, '2021-03-01', '2023-06-01'),
       jsonb_build_object('email', s.email, 'name', s.first || ' ' || s.last, 'is_kestrel_staff', true, 'plan', 'premium', 'user_id', phgen.ulid('suid', s.i),
         '$geoip_city_name', 'London', '$geoip_country_code', 'GB', '$initial_os', fixture_gen.pick(ARRAY['iOS', 'Android'], 'sos', s.i)),
       NULL, 1, true, fixture_gen.uuid('spers', s.i)::uuid, NULL, NULL, 3
FROM phgen.s s WHERE s.i <= 12;

CREATE TABLE posthog_persondistinctid (
  id bigserial PRIMARY KEY,
  distinct_id varchar(400) NOT NULL,
  person_id bigint NOT NULL REFERENCES posthog_person (id),
  team_id integer NOT NULL REFERENCES posthog_team (id),
  version bigint
);
INSERT INTO posthog_persondistinctid (distinct_id, person_id, team_id, version)
SELECT d, pid, 1, v FROM (
  SELECT p.i AS ord, 1 AS k, p.anon AS d, p.i AS pid, 0 AS v FROM phgen.p p
  UNION ALL SELECT p.i, 2, p.uid, p.i, 1 FROM phgen.p p WHERE p.kind IN (0, 1, 2)
  UNION ALL SELECT p.i, 3, p.email, p.i, 1 FROM phgen.p p WHERE p.kind = 3
  UNION ALL SELECT p.i, 4, p.anon2, p.i, 2 FROM phgen.p p WHERE p.kind <> 4 AND p.i % 3 = 0
  UNION ALL SELECT 1000 + s.i, 1, phgen.ulid('suid', s.i), 1000 + s.i, 0 FROM phgen.s s WHERE s.i <= 12
  UNION ALL SELECT 1000 + s.i, 2, phgen.uuid7('san', s.i, '2023-01-10'), 1000 + s.i, 1 FROM phgen.s s WHERE s.i <= 12
) x ORDER BY ord, k;

-- ---------------------------------------------------------------------------
-- Cohorts.

CREATE TABLE posthog_cohort (
  id serial PRIMARY KEY,
  name varchar(400),
  description varchar(1000) NOT NULL,
  deleted boolean NOT NULL,
  groups jsonb NOT NULL,
  created_at timestamp with time zone,
  last_calculation timestamp with time zone,
  errors_calculating integer NOT NULL,
  is_static boolean NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  team_id integer NOT NULL REFERENCES posthog_team (id),
  version integer,
  count integer,
  filters jsonb,
  query jsonb,
  last_error_at timestamp with time zone
);
CREATE TABLE phgen.coh (k int PRIMARY KEY, name text, descr text, static boolean, props jsonb);
INSERT INTO phgen.coh VALUES
 (1, 'Internal & test users', 'Staff and QA devices, excluded from every insight.', false,
   jsonb_build_array(jsonb_build_object('key', 'email', 'type', 'person', 'value', '@kestrel.money', 'operator', 'icontains'),
                     jsonb_build_object('key', 'email', 'type', 'person', 'value', jsonb_build_array('qa.kestrel+ios@gmail.com', 'qa.kestrel+android@gmail.com', (SELECT email FROM phgen.p WHERE i = 12)), 'operator', 'exact'))),
 (2, 'Savings pots beta', 'Hand-picked customers from the March research sessions (list from Priya).', false,
   jsonb_build_array(jsonb_build_object('key', 'email', 'type', 'person', 'value', (SELECT jsonb_agg(email ORDER BY i) FROM phgen.p WHERE i IN (5, 17, 23, 41, 66, 92, 118, 140)), 'operator', 'exact'))),
 (3, 'Plus subscribers', '', false, '[{"key": "plan", "type": "person", "value": ["plus"], "operator": "exact"}]'),
 (4, 'Premium subscribers', '', false, '[{"key": "plan", "type": "person", "value": ["premium"], "operator": "exact"}]'),
 (5, 'KYC stuck in manual review', 'For the compliance team''s weekly check.', false, '[{"key": "kyc_status", "type": "person", "value": ["manual_review"], "operator": "exact"}]'),
 (6, 'UK users on iOS', '', false, '[{"key": "$geoip_country_code", "type": "person", "value": ["GB"], "operator": "exact"}, {"key": "$initial_os", "type": "person", "value": ["iOS"], "operator": "exact"}]'),
 (7, 'Complaint escalations Q2', 'Customers who complained about delayed transfers; uploaded from the Zendesk export Kwame sent.', true, '[]'),
 (8, 'Churned after first deposit', 'Made one deposit, no session in 30 days.', false, '[{"key": "pots_count", "type": "person", "value": 1, "operator": "lte"}]'),
 (9, 'Referral programme ambassadors', 'Static list for the ambassador perks pilot.', true, '[]'),
 (10, 'Low income band', 'Used to check the hardship-support banner reaches the right people.', false, '[{"key": "income_band", "type": "person", "value": ["<20k"], "operator": "exact"}]'),
 (11, 'Germany early adopters', '', false, '[{"key": "$geoip_country_code", "type": "person", "value": ["DE"], "operator": "exact"}]'),
 (12, 'App version 4.12.x', 'Affected by the round-up rounding bug.', false, '[{"key": "$app_version", "type": "person", "value": "^4\\.12", "operator": "regex"}]'),
 (13, 'Over 60s', 'Accessibility research recruitment.', false, '[{"key": "date_of_birth", "type": "person", "value": "1964-01-01", "operator": "is_date_before"}]'),
 (14, 'Bug bash testers June', 'Friends and family testing the new onboarding; Rory''s sister and Jonas''s neighbours included.', false,
   jsonb_build_array(jsonb_build_object('key', 'email', 'type', 'person', 'value', jsonb_build_array((SELECT email FROM phgen.p WHERE i = 201), (SELECT email FROM phgen.p WHERE i = 233), 'h.fitzgerald.1990@gmail.com'), 'operator', 'exact'))),
 (15, 'Referred users', '', false, '[{"key": "referred_by", "type": "person", "value": "", "operator": "is_set"}]'),
 (16, 'Rejected KYC', 'Do not target with marketing.', false, '[{"key": "kyc_status", "type": "person", "value": ["rejected"], "operator": "exact"}]'),
 (17, 'Newsletter signups (site)', '', false, '[{"key": "$initial_utm_source", "type": "person", "value": ["newsletter"], "operator": "exact"}]'),
 (18, 'Fraud review hold', 'Accounts frozen by risk; ask Amara before using this cohort.', true, '[]'),
 (19, 'Android 4.11 stragglers', '', false, '[{"key": "$app_version", "type": "person", "value": ["4.11.0"], "operator": "exact"}]'),
 (20, 'old test cohort', 'delete me', false, '[]');
INSERT INTO posthog_cohort (id, name, description, deleted, groups, created_at, last_calculation, errors_calculating, is_static, created_by_id, team_id,
  version, count, filters, query, last_error_at)
SELECT c.k, c.name, c.descr, c.k = 20,
       CASE WHEN c.static THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('properties', c.props)) END,
       phgen.at('cca', c.k, '2022-01-01', '2024-06-01'), phgen.at('ccl', c.k, '2024-06-20', '2024-06-28'),
       CASE WHEN c.k = 13 THEN 3 ELSE 0 END, c.static, 1 + fixture_gen.n('ccb', c.k, 12), 1,
       CASE WHEN c.static THEN NULL ELSE 1 + fixture_gen.n('ccv', c.k, 30) END,
       10 + fixture_gen.n('ccn', c.k, 4000),
       CASE WHEN c.static THEN NULL ELSE jsonb_build_object('properties', jsonb_build_object('type', 'OR', 'values', jsonb_build_array(jsonb_build_object('type', 'AND', 'values', c.props)))) END,
       CASE WHEN c.k = 8 THEN '{"kind": "HogQLQuery", "query": "SELECT person_id FROM events WHERE event = ''first_deposit'' GROUP BY person_id HAVING count() = 1"}'::jsonb END,
       CASE WHEN c.k = 13 THEN '2024-06-27 03:00:12+00'::timestamptz END
FROM phgen.coh c ORDER BY c.k;

CREATE TABLE posthog_cohortpeople (
  id bigserial PRIMARY KEY,
  cohort_id integer NOT NULL REFERENCES posthog_cohort (id),
  person_id bigint NOT NULL REFERENCES posthog_person (id),
  version integer
);
INSERT INTO posthog_cohortpeople (cohort_id, person_id, version)
SELECT c, p, NULL FROM (
  SELECT 7 AS c, i AS p FROM generate_series(1, 300) i WHERE i % 9 = 4
  UNION ALL SELECT 9, i FROM generate_series(1, 300) i WHERE i % 11 = 0
  UNION ALL SELECT 18, i FROM generate_series(1, 300) i WHERE i % 37 = 5
  UNION ALL SELECT 2, i FROM generate_series(1, 300) i WHERE i IN (5, 17, 23, 41, 66, 92, 118, 140)
  UNION ALL SELECT 3, i FROM phgen.p WHERE plan = 'plus' AND i <= 150) x ORDER BY c, p;

-- ---------------------------------------------------------------------------
-- Feature flags and experiments.

CREATE TABLE posthog_featureflag (
  id serial PRIMARY KEY,
  key varchar(400) NOT NULL,
  name text NOT NULL,
  filters jsonb NOT NULL,
  rollout_percentage integer,
  created_at timestamp with time zone NOT NULL,
  deleted boolean NOT NULL,
  active boolean NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  team_id integer NOT NULL REFERENCES posthog_team (id),
  ensure_experience_continuity boolean,
  is_remote_configuration boolean,
  version integer,
  last_modified_by_id integer REFERENCES posthog_user (id)
);
CREATE TABLE phgen.ff (k int PRIMARY KEY, key text, name text, kind text);
INSERT INTO phgen.ff VALUES
 (1, 'savings-pots-v2', 'New pots screen with goals and auto-save rules', 'cohort'),
 (2, 'roundups-weekly-summary', 'Weekly round-up summary push notification', 'pct'),
 (3, 'onboarding-kyc-inline', 'KYC inside onboarding instead of after first login', 'exp'),
 (4, 'bill-tracker', 'Bill tracking tab', 'pct'),
 (5, 'open-banking-truelayer', 'Switch AIS provider to TrueLayer for UK', 'prop'),
 (6, 'hardship-banner', 'Show the hardship support banner (FCA Consumer Duty)', 'prop'),
 (7, 'dark-mode', '', 'pct'),
 (8, 'qa-force-new-card-flow', 'QA: force the new card ordering flow for testers', 'emails'),
 (9, 'support-debug-logging', 'Verbose client logs for customers support is helping (remove after ticket closes)', 'emails'),
 (10, 'premium-trial-14d', '14 day Premium trial instead of 7', 'exp'),
 (11, 'referral-bonus-20', 'Referral bonus raised to 20 GBP', 'exp'),
 (12, 'sepa-instant', 'SEPA Instant transfers for EU accounts', 'prop'),
 (13, 'maintenance-mode', 'Kill switch: read-only mode during ledger migrations', 'off'),
 (14, 'new-pricing-page', 'Marketing site pricing page v3', 'exp'),
 (15, 'ios-widget', 'Home screen widget with balance (iOS 17+)', 'pct'),
 (16, 'android-biometric-v2', '', 'pct'),
 (17, 'ambassador-perks', 'Perks for referral ambassadors', 'cohort'),
 (18, 'legacy-statement-export', 'Old CSV export, keep on for accountants who asked (Kwame has the list)', 'emails'),
 (19, 'chat-support-widget', 'Intercom messenger in app', 'pct'),
 (20, 'budget-categories-ml', 'ML categorisation of transactions', 'exp'),
 (21, 'cashback-offers', 'Cashback offers carousel', 'pct'),
 (22, 'fraud-step-up', 'Step-up auth on new payee above 500', 'prop'),
 (23, 'test-flag-mateo', 'testing', 'emails'),
 (24, 'salary-sorter', 'Split salary into pots on payday', 'exp'),
 (25, 'german-localisation', 'German translations', 'prop'),
 (26, 'early-payday', 'Get paid up to 2 days early', 'pct'),
 (27, 'nps-survey-in-app', 'In-app NPS prompt', 'pct'),
 (28, 'vip-priority-support', 'Priority support routing for VIP customers', 'emails'),
 (29, 'remote-config-fx-rates-banner', 'Remote config: FX banner copy', 'remote'),
 (30, 'pots-interest-display', 'Show AER on pots', 'pct');
INSERT INTO posthog_featureflag (id, key, name, filters, rollout_percentage, created_at, deleted, active, created_by_id, team_id, ensure_experience_continuity,
  is_remote_configuration, version, last_modified_by_id)
SELECT f.k, f.key, f.name,
       CASE f.kind
         WHEN 'cohort' THEN jsonb_build_object('groups', jsonb_build_array(jsonb_build_object('properties', jsonb_build_array(jsonb_build_object('key', 'id', 'type', 'cohort', 'value', CASE WHEN f.k = 1 THEN 2 ELSE 9 END)), 'rollout_percentage', 100)), 'payloads', '{}'::jsonb, 'multivariate', NULL)
         WHEN 'pct' THEN jsonb_build_object('groups', jsonb_build_array(jsonb_build_object('properties', '[]'::jsonb, 'rollout_percentage', 5 * (1 + fixture_gen.n('ffr', f.k, 20)))), 'payloads', '{}'::jsonb, 'multivariate', NULL)
         WHEN 'exp' THEN jsonb_build_object('groups', jsonb_build_array(jsonb_build_object('properties', '[]'::jsonb, 'rollout_percentage', 100)), 'payloads', '{}'::jsonb,
                           'multivariate', jsonb_build_object('variants', jsonb_build_array(jsonb_build_object('key', 'control', 'rollout_percentage', 50), jsonb_build_object('key', 'test', 'rollout_percentage', 50))))
         WHEN 'prop' THEN jsonb_build_object('groups', jsonb_build_array(jsonb_build_object('properties', jsonb_build_array(jsonb_build_object('key', '$geoip_country_code', 'type', 'person', 'value', CASE WHEN f.k IN (12, 25) THEN '["DE", "FR", "NL", "IE"]'::jsonb ELSE '["GB"]'::jsonb END, 'operator', 'exact')), 'rollout_percentage', 100)), 'payloads', '{}'::jsonb, 'multivariate', NULL)
         WHEN 'emails' THEN jsonb_build_object('groups', jsonb_build_array(
                             jsonb_build_object('properties', jsonb_build_array(jsonb_build_object('key', 'email', 'type', 'person', 'operator', 'exact',
                               'value', (SELECT jsonb_agg(email ORDER BY i) FROM phgen.p WHERE i % 29 = f.k % 29 OR i = f.k * 3))), 'rollout_percentage', 100),
                             jsonb_build_object('properties', jsonb_build_array(jsonb_build_object('key', 'distinct_id', 'type', 'person', 'operator', 'exact',
                               'value', (SELECT jsonb_agg(uid ORDER BY i) FROM phgen.p WHERE kind IN (0, 1, 2) AND i % 31 = f.k % 31))), 'rollout_percentage', 100)),
                           'payloads', '{}'::jsonb, 'multivariate', NULL)
         WHEN 'remote' THEN '{"groups": [{"properties": [], "rollout_percentage": 100}], "payloads": {"true": "{\"title\": \"Travelling soon?\", \"body\": \"No fees on card payments abroad this summer.\"}"}, "multivariate": null}'::jsonb
         ELSE '{"groups": [{"properties": [], "rollout_percentage": 0}], "payloads": {}, "multivariate": null}'::jsonb END,
       NULL, phgen.at('ffc', f.k, '2022-03-01', '2024-06-15'), f.k IN (7, 23), f.kind <> 'off' AND f.k <> 16,
       1 + fixture_gen.n('ffb', f.k, 21), CASE WHEN f.k = 14 THEN 3 ELSE 1 END, f.kind IN ('exp', 'cohort'), f.kind = 'remote',
       1 + fixture_gen.n('ffv', f.k, 12), 1 + fixture_gen.n('ffm', f.k, 21)
FROM phgen.ff f ORDER BY f.k;

CREATE TABLE posthog_featureflaghashkeyoverride (
  id bigserial PRIMARY KEY,
  feature_flag_key varchar(400) NOT NULL,
  person_id bigint NOT NULL REFERENCES posthog_person (id),
  team_id integer NOT NULL REFERENCES posthog_team (id),
  hash_key varchar(400) NOT NULL
);
INSERT INTO posthog_featureflaghashkeyoverride (feature_flag_key, person_id, team_id, hash_key)
SELECT (ARRAY['savings-pots-v2', 'onboarding-kyc-inline', 'premium-trial-14d', 'referral-bonus-20', 'salary-sorter'])[1 + fixture_gen.n('hko', p.i, 5)], p.i, 1,
       CASE WHEN p.kind = 3 AND p.i % 2 = 0 THEN p.email ELSE p.anon END
FROM phgen.p p WHERE p.kind <> 4 AND p.i % 4 = 1 ORDER BY p.i;

CREATE TABLE posthog_experiment (
  id serial PRIMARY KEY,
  name varchar(400) NOT NULL,
  description varchar(400),
  filters jsonb NOT NULL,
  parameters jsonb,
  start_date timestamp with time zone,
  end_date timestamp with time zone,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  created_by_id integer NOT NULL REFERENCES posthog_user (id),
  feature_flag_id integer NOT NULL REFERENCES posthog_featureflag (id),
  team_id integer NOT NULL REFERENCES posthog_team (id),
  secondary_metrics jsonb,
  archived boolean NOT NULL,
  type varchar(40),
  conclusion varchar(30),
  conclusion_comment text
);
INSERT INTO posthog_experiment (name, description, filters, parameters, start_date, end_date, created_at, updated_at, created_by_id, feature_flag_id, team_id,
  secondary_metrics, archived, type, conclusion, conclusion_comment)
SELECT e.name, e.descr,
       jsonb_build_object('events', jsonb_build_array(jsonb_build_object('id', e.goal, 'name', e.goal, 'type', 'events', 'order', 0)), 'insight', 'FUNNELS', 'date_from', '-14d',
         'filter_test_accounts', true, 'funnel_window_interval', 14, 'funnel_window_interval_unit', 'day'),
       jsonb_build_object('feature_flag_variants', '[{"key": "control", "rollout_percentage": 50}, {"key": "test", "rollout_percentage": 50}]'::jsonb,
         'recommended_sample_size', 1000 + fixture_gen.n('exs', e.k, 9000), 'minimum_detectable_effect', 1 + fixture_gen.n('exm', e.k, 10)),
       phgen.at('exst', e.k, '2023-06-01', '2024-06-01'),
       CASE WHEN e.concl IS NOT NULL THEN phgen.at('exen', e.k, '2024-06-02', '2024-06-27') END,
       phgen.at('exca', e.k, '2023-05-01', '2023-06-01'), phgen.at('exua', e.k, '2024-06-01', '2024-06-28'),
       1 + fixture_gen.n('excb', e.k, 21), e.flag, CASE WHEN e.flag = 14 THEN 3 ELSE 1 END,
       '[{"name": "Support tickets opened", "filters": {"events": [{"id": "support_ticket_created", "type": "events"}], "insight": "TRENDS"}}]'::jsonb,
       e.k = 9, 'product', e.concl, e.comment
FROM (VALUES
  (1, 'KYC inline in onboarding', 'Does moving KYC into onboarding raise 7-day activation?', 'first_deposit', 3, 'won', 'Test won by 6.2pp on activation. Rolled out on 12 June.'),
  (2, '14-day Premium trial', 'Trial length vs paid conversion.', 'subscription_started', 10, 'lost', 'Longer trial lowered conversion; keep 7 days.'),
  (3, 'Referral bonus 20 GBP', NULL, 'referral_completed', 11, 'inconclusive', 'Not enough volume; Callum wants to rerun it in September with the TikTok campaign.'),
  (4, 'Pricing page v3', 'New pricing layout on the marketing site.', 'signup_started', 14, NULL, NULL),
  (5, 'ML categorisation', 'Users with ML categories keep the budget tab open longer?', 'budget_viewed', 20, 'won', 'Shipped. Complaints about mis-categorised rent from a handful of users (see ticket from Ngozi Adeyemi).'),
  (6, 'Salary sorter', 'Salary sorter increases pot deposits in first payday.', 'pot_deposit', 24, NULL, NULL),
  (7, 'KYC inline (Android rerun)', 'Rerun on Android only after the camera permission fix.', 'first_deposit', 3, 'won', NULL),
  (8, 'Premium trial copy', '', 'subscription_started', 10, 'stopped_early', 'Stopped: legal asked for changes to the trial wording.'),
  (9, 'Old onboarding test (2023)', 'Archived.', 'signup_completed', 3, 'lost', NULL),
  (10, 'Referral share sheet', 'Native share sheet vs copy link.', 'referral_link_shared', 11, NULL, NULL),
  (11, 'Salary sorter defaults', 'Default split 20% vs 10%.', 'pot_deposit', 24, 'won', 'Twenty percent default performed better; Priya to brief support.'),
  (12, 'ML categories for EU', 'Same as experiment 5 for EU users.', 'budget_viewed', 20, NULL, NULL)
) e(k, name, descr, goal, flag, concl, comment) ORDER BY e.k;

-- ---------------------------------------------------------------------------
-- Dashboards, insights (still in posthog_dashboarditem), tiles, annotations.

CREATE TABLE posthog_dashboard (
  id serial PRIMARY KEY,
  name varchar(400),
  description text NOT NULL,
  pinned boolean NOT NULL,
  created_at timestamp with time zone NOT NULL,
  deleted boolean NOT NULL,
  share_token varchar(400),
  is_shared boolean NOT NULL,
  last_accessed_at timestamp with time zone,
  filters jsonb NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  team_id integer NOT NULL REFERENCES posthog_team (id),
  restriction_level smallint NOT NULL
);
INSERT INTO posthog_dashboard (id, name, description, pinned, created_at, deleted, share_token, is_shared, last_accessed_at, filters, created_by_id, team_id,
  restriction_level)
SELECT d.k, d.name, d.descr, d.k IN (1, 2, 5), phgen.at('dca', d.k, '2021-03-01', '2024-05-01'), d.k = 18,
       CASE WHEN d.k IN (2, 7, 14) THEN phgen.rnd('dst', d.k, 43) END, d.k IN (2, 7, 14), phgen.at('dla', d.k, '2024-06-01', '2024-06-28'),
       CASE WHEN d.k IN (1, 3) THEN '{"date_from": "-30d", "properties": [{"key": "$os", "type": "event", "value": ["iOS", "Android"], "operator": "exact"}]}'::jsonb ELSE '{}'::jsonb END,
       1 + fixture_gen.n('dcb', d.k, 21), CASE WHEN d.k = 14 THEN 3 ELSE 1 END,
       CASE WHEN d.k = 6 THEN 37 ELSE 21 END
FROM (VALUES
  (1, 'Activation', 'Signup to first deposit, weekly.'),
  (2, 'Company KPIs (board)', 'Shared with the board; numbers exclude staff.'),
  (3, 'Savings pots', 'Pots created, deposits, auto-save rules.'),
  (4, 'KYC & onboarding', ''),
  (5, 'Weekly growth review', 'Reviewed Mondays 10:00.'),
  (6, 'Risk & fraud signals', 'Restricted: risk team only.'),
  (7, 'Investor update', 'Shared link sent with the quarterly update.'),
  (8, 'Referrals', ''),
  (9, 'Card ordering', 'Physical card order funnel and delivery complaints.'),
  (10, 'Open banking connections', 'AIS connection success by bank.'),
  (11, 'Premium subscriptions', ''),
  (12, 'Retention cohorts', 'Monthly retention by signup month.'),
  (13, 'App performance', 'Crash-free sessions, cold start time.'),
  (14, 'Marketing site', 'Traffic, signups and calculators.'),
  (15, 'Support deflection', 'Help centre views vs tickets.'),
  (16, 'Experiments overview', ''),
  (17, 'Bills tab', 'Bill tracker usage.'),
  (18, 'Untitled', ''),
  (19, 'EU launch', 'DE, FR, NL and IE since launch.'),
  (20, 'Notifications', 'Push opt-in and open rates.')
) d(k, name, descr) ORDER BY d.k;

CREATE TABLE posthog_dashboarditem (
  id serial PRIMARY KEY,
  name varchar(400),
  derived_name varchar(400),
  description varchar(400),
  filters jsonb NOT NULL,
  filters_hash varchar(400),
  query jsonb,
  deleted boolean NOT NULL,
  created_at timestamp with time zone,
  last_refresh timestamp with time zone,
  created_by_id integer REFERENCES posthog_user (id),
  team_id integer NOT NULL REFERENCES posthog_team (id),
  short_id varchar(12) NOT NULL,
  favorited boolean NOT NULL,
  last_modified_at timestamp with time zone NOT NULL,
  last_modified_by_id integer REFERENCES posthog_user (id),
  dashboard_id integer REFERENCES posthog_dashboard (id)
);
CREATE TABLE phgen.ins (k int PRIMARY KEY, name text, ev text, kind text);
INSERT INTO phgen.ins
SELECT k, (ARRAY['Weekly active users', 'Signups by platform', 'Signup to first deposit', 'Pots created', 'Pot deposits (GBP)', 'KYC completion rate', 'Card orders',
               'Open banking connects by bank', 'Premium conversions', 'Referral links shared', 'Crash-free sessions', 'Push opt-in rate', 'Bill tracker views',
               'Retention by signup month', 'Pricing page visits', 'Help centre searches', 'Transfers failed', 'Round-ups per user', 'Stickiness (DAU/MAU)', 'Paths after login'])[1 + (k - 1) % 20]
          || CASE WHEN k > 20 THEN ' (' || (ARRAY['iOS', 'Android', 'EU', 'UK', 'last 90d', 'by plan'])[1 + (k / 20) % 6] || ')' ELSE '' END,
       (ARRAY['$pageview', 'signup_completed', 'first_deposit', 'pot_created', 'pot_deposit', 'kyc_completed', 'card_ordered', 'bank_connected', 'subscription_started',
              'referral_link_shared', '$app_crash', 'push_permission_granted', 'bill_viewed', 'app_opened', '$pageview', 'help_search', 'transfer_failed', 'roundup_created', 'app_opened', '$screen'])[1 + (k - 1) % 20],
       (ARRAY['TRENDS', 'TRENDS', 'FUNNELS', 'TRENDS', 'TRENDS', 'FUNNELS', 'TRENDS', 'TRENDS', 'FUNNELS', 'TRENDS', 'TRENDS', 'TRENDS', 'TRENDS', 'RETENTION', 'TRENDS', 'TRENDS', 'TRENDS', 'TRENDS', 'STICKINESS', 'PATHS'])[1 + (k - 1) % 20]
FROM generate_series(1, 110) k;
INSERT INTO posthog_dashboarditem (name, derived_name, description, filters, filters_hash, query, deleted, created_at, last_refresh, created_by_id, team_id,
  short_id, favorited, last_modified_at, last_modified_by_id, dashboard_id)
SELECT CASE WHEN i.k % 4 = 0 THEN NULL WHEN i.k BETWEEN 101 AND 110 THEN (ARRAY['Events for ', 'Sessions of ', 'Transfers by ', 'Debug: '])[1 + i.k % 4] || p.name ELSE i.name END,
       CASE WHEN i.k % 4 = 0 THEN i.name END,
       CASE WHEN i.k % 6 = 0 THEN (ARRAY['Excludes internal users.', 'Numbers before 3 April are missing iOS events (SDK bug).', 'Same as the board dashboard but daily.', 'Counts unique persons, not devices.'])[1 + (i.k / 6) % 4] END,
       CASE WHEN i.k <= 60 THEN jsonb_build_object('insight', i.kind, 'events', jsonb_build_array(jsonb_build_object('id', i.ev, 'math', 'dau', 'type', 'events', 'order', 0)),
              'interval', 'week', 'date_from', '-90d', 'filter_test_accounts', true) ELSE '{}'::jsonb END,
       'cache_' || fixture_gen.hexn('ifh', i.k, 32),
       CASE WHEN i.k > 60 AND i.k <= 100 THEN jsonb_build_object('kind', 'InsightVizNode', 'source', jsonb_build_object('kind', initcap(lower(i.kind)) || 'Query',
              'series', jsonb_build_array(jsonb_build_object('kind', 'EventsNode', 'event', i.ev, 'math', 'total')), 'dateRange', '{"date_from": "-30d"}'::jsonb, 'filterTestAccounts', true))
            WHEN i.k > 100 THEN jsonb_build_object('kind', 'DataTableNode', 'source', jsonb_build_object('kind', 'EventsQuery', 'select', '["*", "event", "person", "timestamp", "properties.$current_url"]'::jsonb,
              'properties', jsonb_build_array(jsonb_build_object('key', CASE WHEN i.k % 2 = 0 THEN 'email' ELSE 'distinct_id' END, 'type', 'person', 'operator', 'exact',
                 'value', CASE WHEN i.k % 2 = 0 THEN p.email ELSE p.anon END)), 'after', '-7d'))
       END,
       i.k IN (33, 77), phgen.at('ica', i.k, '2021-06-01', '2024-06-01'), phgen.at('ilr', i.k, '2024-06-20', '2024-06-28'),
       1 + fixture_gen.n('icb', i.k, 21), CASE WHEN i.name LIKE 'Pricing%' THEN 3 ELSE 1 END, phgen.short('isid', i.k), i.k % 13 = 0,
       phgen.at('ilm', i.k, '2024-01-01', '2024-06-28'), 1 + fixture_gen.n('ilmb', i.k, 21), NULL
FROM phgen.ins i LEFT JOIN phgen.p p ON p.i = 1 + (i.k * 17) % 300 ORDER BY i.k;

CREATE TABLE posthog_dashboardtile (
  id serial PRIMARY KEY,
  dashboard_id integer NOT NULL REFERENCES posthog_dashboard (id),
  insight_id integer REFERENCES posthog_dashboarditem (id),
  layouts jsonb NOT NULL,
  filters_hash varchar(400),
  last_refresh timestamp with time zone,
  deleted boolean
);
INSERT INTO posthog_dashboardtile (dashboard_id, insight_id, layouts, filters_hash, last_refresh, deleted)
SELECT 1 + fixture_gen.n('dtd', k, 20), 1 + fixture_gen.n('dti', k, 100),
       jsonb_build_object('sm', jsonb_build_object('h', 5, 'w', 6, 'x', 6 * (k % 2), 'y', 5 * (k / 2 % 6), 'minH', 5, 'minW', 3)),
       'cache_' || fixture_gen.hexn('dtfh', k, 32), phgen.at('dtlr', k, '2024-06-20', '2024-06-28'), k % 23 = 0
FROM generate_series(1, 140) k;

CREATE TABLE posthog_annotation (
  id serial PRIMARY KEY,
  content varchar(400),
  created_at timestamp with time zone,
  updated_at timestamp with time zone NOT NULL,
  date_marker timestamp with time zone,
  creation_type varchar(3) NOT NULL,
  deleted boolean NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  dashboard_item_id integer REFERENCES posthog_dashboarditem (id),
  team_id integer REFERENCES posthog_team (id),
  organization_id uuid REFERENCES posthog_organization (id),
  scope varchar(24) NOT NULL,
  dashboard_id integer REFERENCES posthog_dashboard (id)
);
INSERT INTO posthog_annotation (content, created_at, updated_at, date_marker, creation_type, deleted, created_by_id, dashboard_item_id, team_id, organization_id, scope, dashboard_id)
SELECT CASE k % 15
         WHEN 0 THEN 'Released iOS ' || '4.' || (8 + k % 6) || '.' || (k % 3)
         WHEN 1 THEN 'Released Android ' || '4.' || (8 + k % 6) || '.' || (k % 3)
         WHEN 2 THEN 'TrueLayer outage, bank connections failing for about 2h'
         WHEN 3 THEN 'TikTok campaign live (Callum)'
         WHEN 4 THEN 'Newsletter sent to 48k subscribers'
         WHEN 5 THEN 'Hotfix for round-up rounding bug, thanks ' || (SELECT first FROM phgen.s WHERE i = 1 + k % 22)
         WHEN 6 THEN 'Press: featured on MoneySavingExpert weekly email'
         WHEN 7 THEN 'Spike = one user (' || (SELECT email FROM phgen.p WHERE i = 1 + (k * 13) % 300) || ') scripting the transfer API, blocked by risk'
         WHEN 8 THEN 'Price change: Plus from 2.99 to 3.49'
         WHEN 9 THEN 'Tracking broken on Android (missing $screen events)'
         WHEN 10 THEN 'EU launch (DE, FR, NL, IE)'
         WHEN 11 THEN 'Complaint from ' || (SELECT name FROM phgen.p WHERE i = 1 + (k * 7) % 300) || ' escalated to FOS, see Zendesk'
         WHEN 12 THEN 'Bank holiday'
         WHEN 13 THEN 'Ingestion lag, events backfilled'
         ELSE 'Onboarding copy change (' || (SELECT first || ' ' || last FROM phgen.s WHERE i = 1 + k % 22) || ')' END,
       phgen.at('anca', k, '2021-06-01', '2024-06-25'), phgen.at('anua', k, '2024-01-01', '2024-06-28'), phgen.at('anca', k, '2021-06-01', '2024-06-25'),
       CASE WHEN k % 10 = 0 THEN 'GIT' ELSE 'USR' END, k % 17 = 0, 1 + fixture_gen.n('ancb', k, 21),
       CASE WHEN k % 5 = 2 THEN 1 + fixture_gen.n('andi', k, 100) END, CASE WHEN k % 8 = 4 THEN NULL ELSE 1 END,
       '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01'::uuid, CASE WHEN k % 8 = 4 THEN 'organization' WHEN k % 5 = 2 THEN 'dashboard_item' ELSE 'project' END, NULL
FROM generate_series(1, 60) k;

-- ---------------------------------------------------------------------------
-- Actions.

CREATE TABLE posthog_action (
  id serial PRIMARY KEY,
  name varchar(400),
  description text NOT NULL,
  team_id integer NOT NULL REFERENCES posthog_team (id),
  created_at timestamp with time zone NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  deleted boolean NOT NULL,
  post_to_slack boolean NOT NULL,
  slack_message_format varchar(1200) NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  bytecode jsonb,
  steps_json jsonb
);
INSERT INTO posthog_action (name, description, team_id, created_at, created_by_id, deleted, post_to_slack, slack_message_format, updated_at, bytecode, steps_json)
SELECT a.name, a.descr, CASE WHEN a.url LIKE '%kestrel.money/%' AND a.url NOT LIKE '%app.%' THEN 3 ELSE 1 END,
       phgen.at('aca', a.k, '2021-06-01', '2024-05-01'), 1 + fixture_gen.n('acb', a.k, 21), a.k = 19, a.k IN (1, 5, 11),
       CASE WHEN a.k IN (1, 5, 11) THEN '[user.name] ' || a.verb || ' [event.properties.$current_url]' ELSE '' END,
       phgen.at('aua', a.k, '2024-01-01', '2024-06-28'),
       jsonb_build_array('_H', 1, 32, a.ev, 32, 'event', 1, 1, 11),
       jsonb_build_array(jsonb_build_object('event', a.ev, 'url', a.url, 'url_matching', 'contains', 'selector', a.sel, 'text', NULL, 'href', NULL, 'tag_name', NULL, 'properties', '[]'::jsonb))
FROM (VALUES
  (1, 'Signed up', 'Web or app signup completed.', 'signup_completed', NULL, NULL, 'signed up on'),
  (2, 'Clicked Get the app', '', '$autocapture', 'https://kestrel.money/', '[data-attr="hero-download"]', 'clicked'),
  (3, 'Viewed pricing', '', '$pageview', 'https://kestrel.money/pricing', NULL, 'viewed'),
  (4, 'Created a pot', 'Any pot, including the default one.', 'pot_created', NULL, NULL, 'created a pot on'),
  (5, 'Ordered card', '', 'card_ordered', NULL, NULL, 'ordered a card on'),
  (6, 'Used savings calculator', 'Marketing site calculator interaction.', '$autocapture', 'https://kestrel.money/calculators/savings', '.calc-submit', 'calculated on'),
  (7, 'Connected a bank', '', 'bank_connected', NULL, NULL, 'connected'),
  (8, 'Opened help centre', '', '$pageview', 'https://help.kestrel.money', NULL, 'opened'),
  (9, 'Started KYC', '', '$screen', NULL, NULL, 'started KYC on'),
  (10, 'Completed KYC', '', 'kyc_completed', NULL, NULL, 'completed KYC on'),
  (11, 'Upgraded to Premium', 'Fires on server side subscription webhook.', 'subscription_started', NULL, NULL, 'upgraded on'),
  (12, 'Clicked refer a friend', '', '$autocapture', 'https://app.kestrel.money/refer', '[data-attr="refer-share"]', 'shared'),
  (13, 'Blog read', '', '$pageview', 'https://kestrel.money/blog/', NULL, 'read'),
  (14, 'Set a budget', '', 'budget_set', NULL, NULL, 'set a budget on'),
  (15, 'Enabled round-ups', '', 'roundups_enabled', NULL, NULL, 'enabled round-ups on'),
  (16, 'Transfer failed', 'Client-side failure, see risk dashboard.', 'transfer_failed', NULL, NULL, 'failed a transfer on'),
  (17, 'Viewed bills', '', 'bill_viewed', NULL, NULL, 'viewed bills on'),
  (18, 'Newsletter signup', '', '$autocapture', 'https://kestrel.money/', 'form#newsletter button', 'subscribed on'),
  (19, 'Old signup action', 'duplicate', '$autocapture', 'https://app.kestrel.money/signup', 'button.signup', 'signed up'),
  (20, 'Opened app', '', 'app_opened', NULL, NULL, 'opened the app on'),
  (21, 'Contacted support', 'Intercom conversation started.', 'support_ticket_created', NULL, NULL, 'contacted support on'),
  (22, 'Pricing CTA', '', '$autocapture', 'https://kestrel.money/pricing', '[data-attr="pricing-cta"]', 'clicked'),
  (23, 'Dark mode toggled', '', 'theme_changed', NULL, NULL, 'toggled'),
  (24, 'Exported statement', '', 'statement_exported', NULL, NULL, 'exported a statement on')
) a(k, name, descr, ev, url, sel, verb) ORDER BY a.k;

-- ---------------------------------------------------------------------------
-- Plugins (the legacy apps), their configs, attachments and storage.

CREATE TABLE posthog_plugin (
  id serial PRIMARY KEY,
  name varchar(200),
  description text,
  url varchar(800),
  config_schema jsonb NOT NULL,
  plugin_type varchar(200),
  error jsonb,
  is_global boolean NOT NULL,
  archive bytea,
  organization_id uuid NOT NULL REFERENCES posthog_organization (id),
  icon varchar(800),
  updated_at timestamp with time zone
);
INSERT INTO posthog_plugin (id, name, description, url, config_schema, plugin_type, error, is_global, archive,
  organization_id, icon, updated_at)
SELECT p.k, p.name, p.descr, p.url, p.schema::jsonb, CASE WHEN p.url LIKE 'https://github.com/kestrel%' THEN 'custom' ELSE 'repository' END,
       CASE WHEN p.k = 9 THEN '{"message": "Cannot find module ''@google-cloud/bigquery''", "time": "2023-11-04T10:12:44.101Z"}'::jsonb END,
       p.k <= 3, convert_to('PK' || repeat(fixture_gen.hexn('plar', p.k, 64), 4), 'UTF8'),
       '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01'::uuid,
       'https://raw.githubusercontent.com/' || substr(p.url, 20) || '/main/logo.png', phgen.at('plua', p.k, '2023-01-01', '2024-06-01')
FROM (VALUES
  (1, 'GeoIP', 'Enrich PostHog events and persons with IP location data', 'https://github.com/PostHog/posthog-plugin-geoip', '[]'),
  (2, 'Property Filter', 'Set event properties to null', 'https://github.com/witty-works/posthog-property-filter-plugin', '[{"key": "properties", "name": "Properties to filter out", "type": "string", "required": true}]'),
  (3, 'Taxonomy Plugin', 'Standardize your event names into a single pattern.', 'https://github.com/PostHog/taxonomy-plugin', '[{"key": "defaultNamingConvention", "type": "choice", "default": "camelCase"}]'),
  (4, 'Customer.io', 'Send event data and emails into Customer.io.', 'https://github.com/PostHog/customerio-plugin', '[{"key": "customerioSiteId", "type": "string", "required": true}, {"key": "customerioToken", "type": "string", "secret": true, "required": true}]'),
  (5, 'Hubspot', 'Send contact data to Hubspot on PostHog identify events.', 'https://github.com/PostHog/hubspot-plugin', '[{"key": "hubspotAccessToken", "type": "string", "secret": true, "required": true}]'),
  (6, 'Intercom', 'Send event data to Intercom on PostHog events.', 'https://github.com/PostHog/posthog-intercom-plugin', '[{"key": "intercomApiKey", "type": "string", "secret": true}]'),
  (7, 'S3 Export Plugin', 'Export PostHog events to Amazon S3 on ingestion.', 'https://github.com/PostHog/s3-export-plugin', '[{"key": "awsAccessKey", "type": "string"}, {"key": "awsSecretAccessKey", "type": "string", "secret": true}]'),
  (8, 'Zendesk Connector', 'Link Zendesk tickets to persons.', 'https://github.com/PostHog/posthog-zendesk-plugin', '[{"key": "zdSubdomain", "type": "string"}, {"key": "zdToken", "type": "string", "secret": true}]'),
  (9, 'BigQuery Export', 'Sends events to a BigQuery database on ingestion.', 'https://github.com/PostHog/bigquery-plugin', '[{"key": "googleCloudKeyJson", "type": "attachment", "secret": true}]'),
  (10, 'Kestrel VIP Tagger', 'Tags persons on the VIP list (attachment) with is_vip.', 'https://github.com/kestrel-money/posthog-vip-tagger', '[{"key": "vipList", "type": "attachment"}]'),
  (11, 'Event Replicator', 'Replicate events to another PostHog instance.', 'https://github.com/PostHog/posthog-plugin-replicator', '[{"key": "host", "type": "string"}, {"key": "project_api_key", "type": "string"}]'),
  (12, 'Kestrel PII Scrubber', 'Drops free-text properties and hashes card last four before ingestion.', 'https://github.com/kestrel-money/posthog-pii-scrubber', '[{"key": "dropKeys", "type": "string"}]'),
  (13, 'Salesforce', 'Relay PostHog events to Salesforce.', 'https://github.com/Vinovest/posthog-salesforce', '[{"key": "salesforceHost", "type": "string"}, {"key": "password", "type": "string", "secret": true}]'),
  (14, 'First Time Event Tracker', 'Adds is_first_event_ever property.', 'https://github.com/PostHog/first-time-event-tracker', '[]'),
  (15, 'Unduplicates', 'Prevent duplicates in your data when ingesting.', 'https://github.com/PostHog/posthog-plugin-unduplicates', '[]')
) p(k, name, descr, url, schema) ORDER BY p.k;

CREATE TABLE posthog_pluginconfig (
  id serial PRIMARY KEY,
  team_id integer REFERENCES posthog_team (id),
  plugin_id integer NOT NULL REFERENCES posthog_plugin (id),
  enabled boolean NOT NULL,
  "order" integer NOT NULL,
  config jsonb NOT NULL,
  error jsonb,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  web_token varchar(64),
  deleted boolean,
  name varchar(400),
  description varchar(1000),
  filters jsonb
);
INSERT INTO posthog_pluginconfig (team_id, plugin_id, enabled, "order", config, error, created_at, updated_at, web_token, deleted, name, description, filters)
SELECT t, pl, k % 7 <> 3, k,
       CASE pl
         WHEN 2 THEN '{"properties": "$ip,$geoip_latitude,$geoip_longitude,card_last4"}'::jsonb
         WHEN 3 THEN '{"defaultNamingConvention": "snake_case"}'::jsonb
         WHEN 4 THEN jsonb_build_object('customerioSiteId', fixture_gen.hexn('cios', k, 20), 'customerioToken', fixture_gen.hexn('ciot', k, 20), 'host', 'track-eu.customer.io', 'identifyByEmail', 'Yes', 'eventsToSend', 'signup_completed,first_deposit,subscription_started')
         WHEN 5 THEN jsonb_build_object('hubspotAccessToken', 'pat-eu1-' || fixture_gen.uuid('hsat', k), 'triggeringEvents', '$identify,signup_completed', 'additionalPropertyMappings', 'plan:kestrel_plan,kyc_status:kyc_status')
         WHEN 6 THEN jsonb_build_object('intercomApiKey', 'dG9rOj' || phgen.rnd('icak', k, 54) || '==', 'triggeringEvents', 'support_ticket_created', 'useEuropeanDataStorage', 'Yes', 'ignoredEmailDomains', 'kestrel.money')
         WHEN 7 THEN jsonb_build_object('awsAccessKey', 'AKIA' || fixture_gen.chars('s3ak', k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), 'awsSecretAccessKey', phgen.rnd('s3sk', k, 40), 's3BucketName', 'kestrel-posthog-events', 'awsRegion', 'eu-west-2', 'prefix', 'raw/')
         WHEN 8 THEN jsonb_build_object('zdSubdomain', 'kestrelmoney', 'zdEmail', 'zendesk-bot@kestrel.money', 'zdToken', phgen.rnd('zdt', k, 40))
         WHEN 9 THEN jsonb_build_object('datasetId', 'posthog', 'tableId', 'events', 'googleCloudKeyJson', 'kestrel-analytics-4f2a.json')
         WHEN 10 THEN '{"vipList": "vip_customers_2024-05.csv"}'::jsonb
         WHEN 11 THEN jsonb_build_object('host', 'eu.posthog.com', 'project_api_key', 'phc_' || phgen.rnd('rpk', k, 43), 'replication', '1')
         WHEN 12 THEN '{"dropKeys": "note,reference,payee_name,card_last4", "hashKeys": "iban_last4"}'::jsonb
         WHEN 13 THEN jsonb_build_object('salesforceHost', 'https://kestrelmoney.my.salesforce.com', 'username', 'integration@kestrel.money', 'password', 'Kx!' || phgen.rnd('sfpw', k, 13), 'consumerKey', '3MVG9' || phgen.rnd('sfck', k, 80), 'consumerSecret', fixture_gen.hexn('sfcs', k, 64))
         ELSE '{}'::jsonb END,
       CASE WHEN pl = 5 AND k % 2 = 0 THEN jsonb_build_object('message', 'Contact already exists. Existing ID: ' || (15000 + k * 311) || ' (' || (SELECT email FROM phgen.p WHERE i = 1 + (k * 23) % 300) || ')', 'time', '2024-06-2' || (k % 8) || 'T09:14:02.551Z', 'event', jsonb_build_object('event', '$identify', 'distinct_id', (SELECT uid FROM phgen.p WHERE i = 1 + (k * 23) % 300)))
            WHEN pl = 6 AND k % 3 = 0 THEN jsonb_build_object('message', 'Intercom: user not found for email ' || (SELECT email FROM phgen.p WHERE i = 1 + (k * 41) % 300), 'time', '2024-05-1' || (k % 9) || 'T18:40:12.009Z')
            WHEN pl = 9 THEN '{"message": "Plugin failed to load", "time": "2023-11-04T10:12:44.101Z"}'::jsonb END,
       phgen.at('pcca', k, '2021-06-01', '2024-05-01'), phgen.at('pcua', k, '2024-01-01', '2024-06-28'),
       CASE WHEN pl IN (10, 12) THEN phgen.rnd('pcwt', k, 22) END, k IN (24, 25), NULL, NULL,
       CASE WHEN pl IN (4, 5) THEN '{"events": [{"id": "signup_completed", "type": "events"}], "filter_test_accounts": true}'::jsonb END
FROM (SELECT k, (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 1, 2, 3, 4, 5, 1, 2, 12, 7, 14])[k] AS pl,
             (ARRAY[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2])[k] AS t FROM generate_series(1, 25) k) x ORDER BY k;

CREATE TABLE posthog_pluginattachment (
  id serial PRIMARY KEY,
  key varchar(200) NOT NULL,
  content_type varchar(200) NOT NULL,
  file_name varchar(200) NOT NULL,
  file_size integer NOT NULL,
  contents bytea NOT NULL,
  plugin_config_id integer REFERENCES posthog_pluginconfig (id),
  team_id integer REFERENCES posthog_team (id)
);
INSERT INTO posthog_pluginattachment (key, content_type, file_name, file_size, contents, plugin_config_id, team_id)
SELECT 'vipList', 'text/csv', 'vip_customers_2024-0' || m || '.csv', 0,
       convert_to('email,name,phone,user_id,tier' || E'\n' || (SELECT string_agg(p.email || ',' || p.name || ',' || p.phone || ',' || p.uid || ',' || CASE WHEN p.plan = 'premium' THEN 'gold' ELSE 'silver' END, E'\n' ORDER BY p.i)
         FROM phgen.p p WHERE p.kind IN (0, 1, 2) AND p.i % (10 + m) = 1), 'UTF8'), 10, 1
FROM generate_series(1, 5) m;
INSERT INTO posthog_pluginattachment (key, content_type, file_name, file_size, contents, plugin_config_id, team_id)
VALUES ('googleCloudKeyJson', 'application/json', 'kestrel-analytics-4f2a.json', 0,
        convert_to('{"type": "service_account", "project_id": "kestrel-analytics", "private_key_id": "' || fixture_gen.hexn('gckid', 1, 40) || '", "private_key": "-----BEGIN ' || 'PRIVATE KEY-----\n'
          || fixture_gen.b64('gcpk', 1, 200) || '\n-----END ' || 'PRIVATE KEY-----\n", "client_email": "posthog-export@kestrel-analytics.iam.gserviceaccount.com", "client_id": "1' || fixture_gen.digits('gcci', 1, 20) || '"}', 'UTF8'), 9, 1),
       ('geoipDatabase', 'application/octet-stream', 'GeoLite2-City.mmdb', 0, decode(fixture_gen.hexn('mmdb', 1, 512), 'hex'), 1, 1);
UPDATE posthog_pluginattachment SET file_size = octet_length(contents);

CREATE TABLE posthog_pluginstorage (
  id serial PRIMARY KEY,
  plugin_config_id integer NOT NULL REFERENCES posthog_pluginconfig (id),
  key varchar(200) NOT NULL,
  value text
);
INSERT INTO posthog_pluginstorage (plugin_config_id, key, value)
SELECT c, k, v FROM (
  SELECT 4 AS c, 'lastSyncedAt' AS k, '"2024-06-28T06:00:03.112Z"' AS v, 1 AS o
  UNION ALL SELECT 5, 'hubspot_oauth', jsonb_build_object('access_token', 'CJ' || phgen.rnd('hsoa', 1, 140), 'refresh_token', 'eu1-' || fixture_gen.uuid('hsor', 1), 'expires_at', 1719560000)::text, 2
  UNION ALL SELECT 6, 'intercom_cursor', '"' || phgen.rnd('icc', 1, 24) || '"', 3
  UNION ALL SELECT 8, 'zendesk_last_ticket', '88412', 4
  UNION ALL SELECT 10, 'vip_count', '41', 5
  UNION ALL SELECT 11, 'replicator_batch', '12', 6
  UNION ALL SELECT 13, 'sf_session', jsonb_build_object('sessionId', '00D' || phgen.rnd('sfsid', 1, 12) || '!' || phgen.rnd('sfsid2', 1, 96), 'instanceUrl', 'https://kestrelmoney.my.salesforce.com')::text, 7
  UNION ALL SELECT 5, 'hs_contact_' || p.uid, (15000 + p.i * 311)::text, 10 + p.i FROM phgen.p p WHERE p.kind IN (0, 1, 2) AND p.i % 12 = 0
  UNION ALL SELECT 6, 'ic_user_' || p.email, '"' || fixture_gen.hexn('icu', p.i, 24) || '"', 400 + p.i FROM phgen.p p WHERE p.kind = 3 AND p.i % 10 = 3
) x ORDER BY o;

-- ---------------------------------------------------------------------------
-- Batch exports: destinations (with their credentials), exports, runs.

CREATE TABLE posthog_batchexportdestination (
  id uuid PRIMARY KEY,
  type varchar(64) NOT NULL,
  config jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL,
  last_updated_at timestamp with time zone NOT NULL
);
INSERT INTO posthog_batchexportdestination VALUES
 (fixture_gen.uuid('bed', 1)::uuid, 'S3', jsonb_build_object('bucket_name', 'kestrel-analytics-lake', 'region', 'eu-west-2', 'prefix', 'posthog/events/{year}/{month}/{day}',
    'aws_access_key_id', 'AKIA' || fixture_gen.chars('beak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), 'aws_secret_access_key', phgen.rnd('besk', 1, 40),
    'compression', 'gzip', 'encryption', 'aws:kms', 'kms_key_id', 'arn:aws:kms:eu-west-2:' || fixture_gen.digits('bekms', 1, 12) || ':key/' || fixture_gen.uuid('bekms', 1), 'file_format', 'Parquet'),
  '2023-09-12 10:00:00+00', '2024-03-04 12:30:00+00'),
 (fixture_gen.uuid('bed', 2)::uuid, 'Postgres', jsonb_build_object('host', 'analytics-replica.cluster-c8x2.eu-west-2.rds.amazonaws.com', 'port', 5432, 'user', 'posthog_export',
    'password', phgen.rnd('bepw', 2, 24), 'database', 'warehouse', 'schema', 'posthog', 'table_name', 'events', 'has_self_signed_cert', false, 'exclude_events', '["$feature_flag_called"]'::jsonb),
  '2023-10-01 09:00:00+00', '2024-05-20 08:00:00+00'),
 (fixture_gen.uuid('bed', 3)::uuid, 'BigQuery', jsonb_build_object('project_id', 'kestrel-analytics', 'dataset_id', 'posthog', 'table_id', 'persons',
    'private_key', '-----BEGIN ' || 'PRIVATE KEY-----' || E'\n' || fixture_gen.b64('bepk', 3, 240) || E'\n' || '-----END ' || 'PRIVATE KEY-----' || E'\n',
    'private_key_id', fixture_gen.hexn('bepki', 3, 40), 'token_uri', 'https://oauth2.googleapis.com/token', 'client_email', 'posthog-export@kestrel-analytics.iam.gserviceaccount.com', 'use_json_type', true),
  '2024-01-15 14:00:00+00', '2024-01-15 14:00:00+00'),
 (fixture_gen.uuid('bed', 4)::uuid, 'Snowflake', jsonb_build_object('account', 'kx41520.eu-west-2.aws', 'user', 'POSTHOG_LOADER', 'password', phgen.rnd('bepw', 4, 20), 'database', 'RAW',
    'warehouse', 'LOADING_XS', 'schema', 'POSTHOG', 'role', 'LOADER', 'table_name', 'EVENTS'),
  '2023-07-01 09:00:00+00', '2023-12-01 09:00:00+00'),
 (fixture_gen.uuid('bed', 5)::uuid, 'HTTP', jsonb_build_object('url', 'https://ingest.kestrel.dev/posthog/batch', 'token', phgen.rnd('beht', 5, 32), 'exclude_events', '[]'::jsonb),
  '2024-04-22 11:00:00+00', '2024-04-22 11:00:00+00');

CREATE TABLE posthog_batchexport (
  id uuid PRIMARY KEY,
  team_id integer NOT NULL REFERENCES posthog_team (id),
  name text NOT NULL,
  destination_id uuid NOT NULL REFERENCES posthog_batchexportdestination (id),
  interval varchar(64) NOT NULL,
  paused boolean NOT NULL,
  deleted boolean NOT NULL,
  created_at timestamp with time zone NOT NULL,
  last_updated_at timestamp with time zone NOT NULL,
  last_paused_at timestamp with time zone,
  start_at timestamp with time zone,
  end_at timestamp with time zone,
  schema jsonb,
  model varchar(64)
);
INSERT INTO posthog_batchexport VALUES
 (fixture_gen.uuid('be', 1)::uuid, 1, 'Events to S3 lake', fixture_gen.uuid('bed', 1)::uuid, 'hour', false, false, '2023-09-12 10:00:00+00', '2024-03-04 12:30:00+00', NULL, NULL, NULL, NULL, 'events'),
 (fixture_gen.uuid('be', 2)::uuid, 1, 'Events to warehouse replica', fixture_gen.uuid('bed', 2)::uuid, 'hour', false, false, '2023-10-01 09:00:00+00', '2024-05-20 08:00:00+00', '2024-02-02 10:00:00+00', NULL, NULL, NULL, 'events'),
 (fixture_gen.uuid('be', 3)::uuid, 1, 'Persons to BigQuery', fixture_gen.uuid('bed', 3)::uuid, 'day', false, false, '2024-01-15 14:00:00+00', '2024-01-15 14:00:00+00', NULL, NULL, NULL,
  '{"fields": [{"alias": "person_id", "expression": "person_id"}, {"alias": "properties", "expression": "properties"}]}', 'persons'),
 (fixture_gen.uuid('be', 4)::uuid, 1, 'Snowflake (old)', fixture_gen.uuid('bed', 4)::uuid, 'hour', true, true, '2023-07-01 09:00:00+00', '2023-12-01 09:00:00+00', '2023-12-01 09:00:00+00', NULL, NULL, NULL, 'events'),
 (fixture_gen.uuid('be', 5)::uuid, 3, 'Site events to ingest service', fixture_gen.uuid('bed', 5)::uuid, 'every 5 minutes', false, false, '2024-04-22 11:00:00+00', '2024-04-22 11:00:00+00', NULL, NULL, NULL, NULL, 'events');

CREATE TABLE posthog_batchexportrun (
  id uuid PRIMARY KEY,
  batch_export_id uuid NOT NULL REFERENCES posthog_batchexport (id),
  status varchar(64) NOT NULL,
  records_completed integer,
  latest_error text,
  data_interval_start timestamp with time zone,
  data_interval_end timestamp with time zone NOT NULL,
  created_at timestamp with time zone NOT NULL,
  finished_at timestamp with time zone,
  last_updated_at timestamp with time zone NOT NULL
);
INSERT INTO posthog_batchexportrun
SELECT fixture_gen.uuid('ber', k)::uuid, fixture_gen.uuid('be', b)::uuid, st,
       CASE WHEN st = 'Completed' THEN 200 + fixture_gen.n('berc', k, 40000) END,
       CASE st WHEN 'Failed' THEN (ARRAY['NoSuchBucket: The specified bucket does not exist', 'OperationalError: connection to server at "analytics-replica.cluster-c8x2.eu-west-2.rds.amazonaws.com" (10.20.4.17), port 5432 failed: FATAL:  password authentication failed for user "posthog_export"',
                                       'Forbidden: 403 Access Denied: Table kestrel-analytics:posthog.persons: Permission bigquery.tables.updateData denied', 'TimeoutError: Activity timed out after 3600s'])[1 + k % 4]
               WHEN 'FailedRetryable' THEN 'ClientError: An error occurred (SlowDown) when calling the UploadPart operation' END,
       s, s + CASE WHEN b = 3 THEN interval '1 day' WHEN b = 5 THEN interval '5 minutes' ELSE interval '1 hour' END,
       s + interval '1 hour 2 minutes', CASE WHEN st <> 'Running' THEN s + interval '1 hour 4 minutes' END, s + interval '1 hour 4 minutes'
FROM (SELECT k, 1 + k % 5 AS b, timestamptz '2024-06-20 00:00:00+00' + make_interval(hours => k) AS s,
             CASE WHEN k % 29 = 0 THEN 'Failed' WHEN k % 17 = 0 THEN 'FailedRetryable' WHEN k = 200 THEN 'Running' ELSE 'Completed' END AS st FROM generate_series(1, 200) k) x;

-- ---------------------------------------------------------------------------
-- Session recording playlists and their pinned recordings.

CREATE TABLE posthog_sessionrecordingplaylist (
  id serial PRIMARY KEY,
  short_id varchar(12) NOT NULL,
  name varchar(400),
  derived_name varchar(400),
  description text NOT NULL,
  deleted boolean NOT NULL,
  filters jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL,
  last_modified_at timestamp with time zone NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  last_modified_by_id integer REFERENCES posthog_user (id),
  team_id integer NOT NULL REFERENCES posthog_team (id),
  type varchar(50)
);
INSERT INTO posthog_sessionrecordingplaylist (short_id, name, derived_name, description, deleted, filters, created_at, last_modified_at, created_by_id, last_modified_by_id, team_id, type)
SELECT phgen.short('srp', k),
       CASE k % 8 WHEN 0 THEN 'Rage clicks on transfer screen' WHEN 1 THEN 'KYC drop-offs' WHEN 2 THEN 'Complaint: ' || p.name || ' - card not arriving'
                  WHEN 3 THEN NULL WHEN 4 THEN 'Pricing page visitors from TikTok' WHEN 5 THEN 'Support ticket ' || (88000 + k * 13) WHEN 6 THEN 'Android crashes 4.12' ELSE 'Watch list' END,
       CASE WHEN k % 8 = 3 THEN 'Recordings with errors' END,
       CASE k % 8 WHEN 2 THEN 'Customer says the card order failed twice. Phone on file: ' || p.phone || '. Check step 3.' WHEN 5 THEN 'Linked from Zendesk; customer ' || p.email || ' could not add a payee.'
                  WHEN 1 THEN 'Sessions that reach the ID upload screen and leave.' WHEN 6 THEN '' ELSE '' END,
       k = 19,
       CASE WHEN k % 8 IN (2, 5, 7) THEN jsonb_build_object('date_from', '-30d', 'properties', jsonb_build_array(jsonb_build_object('key', 'email', 'type', 'person', 'value', jsonb_build_array(p.email), 'operator', 'exact')), 'filter_test_accounts', false)
            ELSE jsonb_build_object('date_from', '-7d', 'events', jsonb_build_array(jsonb_build_object('id', CASE WHEN k % 8 = 0 THEN '$rageclick' ELSE '$screen' END, 'type', 'events')), 'filter_test_accounts', true) END,
       phgen.at('srpc', k, '2023-01-01', '2024-06-01'), phgen.at('srpm', k, '2024-01-01', '2024-06-28'), 1 + fixture_gen.n('srpb', k, 21), 1 + fixture_gen.n('srpm', k, 21),
       CASE WHEN k % 8 = 4 THEN 3 ELSE 1 END, CASE WHEN k % 8 IN (2, 5, 7) THEN 'collection' ELSE 'filters' END
FROM generate_series(1, 24) k JOIN phgen.p p ON p.i = 1 + (k * 37) % 300;

CREATE TABLE posthog_sessionrecordingplaylistitem (
  id serial PRIMARY KEY,
  session_id varchar(200) NOT NULL,
  created_at timestamp with time zone NOT NULL,
  deleted boolean,
  playlist_id integer NOT NULL REFERENCES posthog_sessionrecordingplaylist (id),
  recording_id varchar(200)
);
INSERT INTO posthog_sessionrecordingplaylistitem (session_id, created_at, deleted, playlist_id, recording_id)
SELECT phgen.uuid7('sess', k, t), t + interval '2 days', k % 19 = 0, pl, phgen.uuid7('sess', k, t)
FROM (SELECT k, (ARRAY[3, 6, 8, 11, 14, 16, 22, 24])[1 + k % 8] AS pl, phgen.at('srit', k, '2024-01-01', '2024-06-25') AS t FROM generate_series(1, 90) k) x;

-- ---------------------------------------------------------------------------
-- Surveys and notebooks.

CREATE TABLE posthog_survey (
  id uuid PRIMARY KEY,
  team_id integer NOT NULL REFERENCES posthog_team (id),
  name varchar(400) NOT NULL,
  description text NOT NULL,
  linked_flag_id integer REFERENCES posthog_featureflag (id),
  type varchar(40) NOT NULL,
  questions jsonb,
  appearance jsonb,
  conditions jsonb,
  start_date timestamp with time zone,
  end_date timestamp with time zone,
  created_at timestamp with time zone NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  archived boolean NOT NULL,
  responses_limit integer
);
INSERT INTO posthog_survey
SELECT fixture_gen.uuid('sv', s.k)::uuid, CASE WHEN s.k IN (4, 9) THEN 3 ELSE 1 END, s.name, s.descr, s.flag, s.type,
       jsonb_build_array(jsonb_build_object('type', s.qtype, 'question', s.q, 'description', '', 'scale', CASE WHEN s.qtype = 'rating' THEN 10 END, 'choices', s.choices)),
       '{"position": "right", "backgroundColor": "#0e1a2b", "submitButtonText": "Send", "thankYouMessageHeader": "Thanks for helping us improve Kestrel!"}'::jsonb,
       CASE WHEN s.k IN (4, 9) THEN '{"url": "kestrel.money/pricing", "urlMatchType": "icontains"}'::jsonb ELSE '{"events": {"values": [{"name": "first_deposit"}]}}'::jsonb END,
       phgen.at('svs', s.k, '2023-06-01', '2024-05-01'), CASE WHEN s.k % 3 = 0 THEN phgen.at('sve', s.k, '2024-05-02', '2024-06-20') END,
       phgen.at('svc', s.k, '2023-05-01', '2023-06-01'), 1 + fixture_gen.n('svb', s.k, 21), s.k = 6, CASE WHEN s.k % 2 = 0 THEN 500 END
FROM (VALUES
  (1, 'In-app NPS', 'Quarterly NPS for identified users.', 27, 'api', 'rating', 'How likely are you to recommend Kestrel to a friend?', NULL::jsonb),
  (2, 'Why did you cancel Premium?', '', NULL, 'popover', 'single_choice', 'What is the main reason you cancelled?', '["Too expensive", "Not using the features", "Switching bank", "Other"]'::jsonb),
  (3, 'Bill tracker feedback', 'Ask users of the bills tab.', 4, 'popover', 'open', 'What would make the bill tracker more useful?', NULL),
  (4, 'Pricing page intent', '', 14, 'popover', 'single_choice', 'What brought you here today?', '["Comparing apps", "Saw an ad", "Friend recommended", "Other"]'::jsonb),
  (5, 'Salary sorter beta', 'Beta feedback.', 24, 'popover', 'open', 'Tell us about your first payday with the salary sorter.', NULL),
  (6, 'Old onboarding survey', 'Archived.', NULL, 'popover', 'open', 'Anything confusing during signup?', NULL),
  (7, 'Hardship support', 'Shown with the hardship banner; responses go to the vulnerable customers team.', 6, 'popover', 'single_choice', 'Would a payment holiday on your savings goals help you right now?', '["Yes", "Not now", "I would like someone to call me"]'::jsonb),
  (8, 'Card delivery', '', NULL, 'api', 'rating', 'How happy are you with how long your card took to arrive?', NULL),
  (9, 'Blog newsletter', '', NULL, 'popover', 'open', 'What topics should we write about?', NULL),
  (10, 'Research recruitment', 'Recruits participants for user research; the follow-up form asks for contact details.', NULL, 'popover', 'link', 'Want to help shape Kestrel? Book a 30 minute call.', NULL),
  (11, 'EU launch', 'DE/FR/NL/IE first week.', 12, 'popover', 'rating', 'Wie zufrieden bist du mit Kestrel bisher?', NULL),
  (12, 'Round-ups', '', 2, 'popover', 'single_choice', 'How often do you check your round-ups?', '["Daily", "Weekly", "Rarely"]'::jsonb)
) s(k, name, descr, flag, type, qtype, q, choices) ORDER BY s.k;

CREATE TABLE posthog_notebook (
  id uuid PRIMARY KEY,
  short_id varchar(12) NOT NULL,
  title varchar(256),
  content jsonb,
  text_content text,
  deleted boolean NOT NULL,
  version integer NOT NULL,
  created_at timestamp with time zone NOT NULL,
  last_modified_at timestamp with time zone NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  last_modified_by_id integer REFERENCES posthog_user (id),
  team_id integer NOT NULL REFERENCES posthog_team (id)
);
INSERT INTO posthog_notebook
SELECT fixture_gen.uuid('nb', k)::uuid, phgen.short('nbs', k), ttl,
       jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
         jsonb_build_object('type', 'heading', 'attrs', '{"level": 1}'::jsonb, 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ttl))),
         jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', body))))
         || CASE WHEN k % 3 = 0 THEN jsonb_build_array(jsonb_build_object('type', 'ph-person', 'attrs', jsonb_build_object('id', p.uid, 'nodeId', fixture_gen.uuid('nbn', k), 'title', p.email)))
                 WHEN k % 3 = 1 THEN jsonb_build_array(jsonb_build_object('type', 'ph-recording', 'attrs', jsonb_build_object('id', phgen.uuid7('sess', k, '2024-05-01'), 'nodeId', fixture_gen.uuid('nbn', k))))
                 ELSE jsonb_build_array(jsonb_build_object('type', 'ph-query', 'attrs', jsonb_build_object('query', '{"kind": "InsightVizNode", "source": {"kind": "TrendsQuery", "series": [{"kind": "EventsNode", "event": "pot_created"}]}}'::jsonb))) END),
       ttl || E'\n' || body || CASE WHEN k % 3 = 0 THEN E'\n' || p.email ELSE '' END,
       k = 14, 1 + fixture_gen.n('nbv', k, 40), phgen.at('nbc', k, '2023-08-01', '2024-06-01'), phgen.at('nbm', k, '2024-03-01', '2024-06-28'),
       1 + fixture_gen.n('nbb', k, 21), 1 + fixture_gen.n('nbmb', k, 21), 1
FROM generate_series(1, 26) k
JOIN phgen.p p ON p.i = 1 + (k * 53) % 300
CROSS JOIN LATERAL (SELECT
  CASE k % 6 WHEN 0 THEN 'Investigation: ' || p.name || ' transfer stuck' WHEN 1 THEN 'Activation deep dive ' || to_char(timestamptz '2024-01-01' + make_interval(days => k * 9), 'Mon YYYY')
             WHEN 2 THEN 'KYC drop-off notes' WHEN 3 THEN 'Complaint review: ' || p.first WHEN 4 THEN 'Pots v2 launch checklist' ELSE 'Untitled' END AS ttl,
  CASE k % 6 WHEN 0 THEN p.first || ' says the transfer to their landlord has been pending for 5 days. Called them on ' || p.phone || '; they are in ' || p.city || ' and rent is due Friday. Recording below shows the 3DS loop.'
             WHEN 1 THEN 'Activation is flat week over week. The KYC step still loses about a third of Android users at the selfie screen.'
             WHEN 2 THEN 'Drop-offs cluster on older Samsung devices. Camera permission prompt appears twice.'
             WHEN 3 THEN 'Customer complained via FOS. DOB ' || to_char(p.dob, 'DD/MM/YYYY') || ', account opened ' || to_char(p.created, 'DD Mon YYYY') || '. They mention a recent bereavement and asked us to pause marketing.'
             WHEN 4 THEN 'Flags ready, copy approved by legal, support briefed.'
             ELSE '' END AS body) b;

-- ---------------------------------------------------------------------------
-- Personal API keys, the activity log, instance settings, integrations,
-- sharing, subscriptions.

CREATE TABLE posthog_personalapikey (
  id varchar(50) PRIMARY KEY,
  label varchar(40) NOT NULL,
  value varchar(50) UNIQUE,
  secure_value varchar(300) UNIQUE,
  mask_value varchar(11),
  created_at timestamp with time zone NOT NULL,
  last_used_at timestamp with time zone,
  team_id integer REFERENCES posthog_team (id),
  user_id integer NOT NULL REFERENCES posthog_user (id),
  scopes varchar(100)[],
  scoped_teams integer[],
  scoped_organizations varchar(100)[]
);
INSERT INTO posthog_personalapikey
SELECT phgen.rnd('pakid', k, 43),
       (ARRAY['Zapier', 'dbt sync', 'Metabase', 'GitHub Actions release annotations', 'local dev', 'Terraform', 'CLI', 'flag evaluation (backend)', 'Retool', 'notebook exports'])[1 + k % 10]
         || CASE WHEN k % 4 = 0 THEN ' - ' || (SELECT first || ' ' || last FROM phgen.s WHERE i = 1 + k % 22) ELSE '' END,
       NULL,
       'sha256$' || encode(sha256(convert_to('phx_' || phgen.rnd('pakv', k, 47), 'UTF8')), 'hex'),
       'phx_...' || phgen.rnd('pakm', k, 4),
       phgen.at('pakc', k, '2022-01-01', '2024-06-01'), CASE WHEN k % 5 <> 0 THEN phgen.at('paklu', k, '2024-06-01', '2024-06-28') END,
       NULL, 1 + fixture_gen.n('paku', k, 21),
       CASE WHEN k % 3 = 0 THEN '{*}'::varchar[] ELSE '{feature_flag:read,insight:read,query:read}'::varchar[] END,
       CASE WHEN k % 4 = 1 THEN '{1}'::int[] END, NULL
FROM generate_series(1, 22) k;

CREATE TABLE posthog_activitylog (
  id uuid PRIMARY KEY,
  team_id integer,
  organization_id uuid,
  user_id integer REFERENCES posthog_user (id),
  is_system boolean,
  activity varchar(79) NOT NULL,
  item_id varchar(72),
  scope varchar(79) NOT NULL,
  detail jsonb,
  created_at timestamp with time zone NOT NULL,
  was_impersonated boolean
);
INSERT INTO posthog_activitylog
SELECT fixture_gen.uuid('al', k)::uuid, CASE WHEN sc = 'User' THEN NULL ELSE 1 END, '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01'::uuid,
       CASE WHEN k % 31 = 0 THEN NULL ELSE 1 + fixture_gen.n('alu', k, 21) END, k % 31 = 0,
       act, it, sc,
       CASE sc
         WHEN 'FeatureFlag' THEN jsonb_build_object('id', it, 'name', (SELECT key FROM phgen.ff WHERE ff.k = it::int), 'type', NULL, 'short_id', NULL, 'trigger', NULL,
           'changes', jsonb_build_array(jsonb_build_object('type', 'FeatureFlag', 'field', 'filters', 'action', 'changed',
             'before', jsonb_build_object('groups', jsonb_build_array(jsonb_build_object('properties', jsonb_build_array(jsonb_build_object('key', 'email', 'type', 'person', 'operator', 'exact', 'value', jsonb_build_array(p.email))), 'rollout_percentage', 100))),
             'after', jsonb_build_object('groups', jsonb_build_array(jsonb_build_object('properties', '[]'::jsonb, 'rollout_percentage', 20))))))
         WHEN 'Person' THEN jsonb_build_object('id', it, 'name', CASE WHEN k % 2 = 0 THEN p.email ELSE p.anon END, 'type', NULL, 'changes', NULL, 'trigger', NULL, 'short_id', NULL)
         WHEN 'Insight' THEN jsonb_build_object('id', it, 'name', (ARRAY['Weekly active users', 'Signup to first deposit', 'Pots created'])[1 + k % 3], 'short_id', phgen.short('isid', it::int), 'changes',
           jsonb_build_array(jsonb_build_object('type', 'Insight', 'field', 'name', 'action', 'changed', 'before', 'WAU', 'after', 'Weekly active users')))
         WHEN 'User' THEN jsonb_build_object('id', it, 'name', s.first || ' ' || s.last, 'changes', jsonb_build_array(jsonb_build_object('type', 'User', 'field', 'email', 'action', 'changed', 'before', s.email, 'after', 'm.' || lower(fixture_gen.ascii(s.last)) || '@kestrel.money')))
         WHEN 'Cohort' THEN jsonb_build_object('id', it, 'name', (SELECT name FROM phgen.coh WHERE coh.k = it::int), 'changes', jsonb_build_array(jsonb_build_object('type', 'Cohort', 'field', 'csv', 'action', 'created', 'after', 'complaints_q2.csv')))
         WHEN 'Organization' THEN jsonb_build_object('id', '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01', 'name', 'Kestrel Money', 'changes', jsonb_build_array(jsonb_build_object('type', 'Organization', 'field', 'invite', 'action', 'created', 'after', jsonb_build_object('target_email', lower(fixture_gen.ascii(fixture_gen.first_name('oif', k))) || '.' || lower(fixture_gen.ascii(fixture_gen.last_name('oil', k))) || '@kestrel.money'))))
         ELSE jsonb_build_object('id', it, 'name', 'Activation', 'changes', NULL) END,
       phgen.at('alc', k, '2023-01-01', '2024-06-28'), k % 47 = 0
FROM (SELECT k, CASE k % 7 WHEN 0 THEN 'FeatureFlag' WHEN 1 THEN 'Person' WHEN 2 THEN 'Insight' WHEN 3 THEN 'User' WHEN 4 THEN 'Cohort' WHEN 5 THEN 'Organization' ELSE 'Dashboard' END AS sc FROM generate_series(1, 260) k) x
CROSS JOIN LATERAL (SELECT CASE sc WHEN 'Person' THEN CASE WHEN k % 3 = 0 THEN 'deleted' ELSE 'person_merged' END WHEN 'Organization' THEN 'invited' WHEN 'Cohort' THEN 'created' ELSE 'updated' END AS act,
  CASE sc WHEN 'FeatureFlag' THEN (1 + k % 30)::text WHEN 'Person' THEN fixture_gen.uuid('pers', 1 + (k * 11) % 300) WHEN 'Insight' THEN (1 + k % 100)::text WHEN 'User' THEN (1 + k % 22)::text
          WHEN 'Cohort' THEN (1 + k % 20)::text WHEN 'Organization' THEN '018a1c2e-5b40-0000-9d6e-3f1a7c8b2e01' ELSE (1 + k % 20)::text END AS it) y
JOIN phgen.p p ON p.i = 1 + (k * 11) % 300
JOIN phgen.s s ON s.i = 1 + k % 22;

CREATE TABLE posthog_instancesetting (
  id serial PRIMARY KEY,
  key varchar(128) NOT NULL UNIQUE,
  raw_value varchar(1024) NOT NULL
);
INSERT INTO posthog_instancesetting (key, raw_value) VALUES
 ('EMAIL_ENABLED', 'true'), ('EMAIL_HOST', '"smtp.postmarkapp.com"'), ('EMAIL_PORT', '587'),
 ('EMAIL_HOST_USER', '"' || fixture_gen.uuid('pmu', 1) || '"'), ('EMAIL_HOST_PASSWORD', '"' || fixture_gen.uuid('pmu', 1) || '"'),
 ('EMAIL_USE_TLS', 'true'), ('EMAIL_USE_SSL', 'false'), ('EMAIL_DEFAULT_FROM', '"analytics@kestrel.money"'), ('EMAIL_REPLY_TO', '"rory.fitzgerald@kestrel.money"'),
 ('SLACK_APP_CLIENT_ID', '"2' || fixture_gen.digits('slci', 1, 11) || '.' || fixture_gen.digits('slci2', 1, 13) || '"'),
 ('SLACK_APP_CLIENT_SECRET', '"' || fixture_gen.hexn('slcs', 1, 32) || '"'), ('SLACK_APP_SIGNING_SECRET', '"' || fixture_gen.hexn('slss', 1, 32) || '"'),
 ('RECORDINGS_TTL_WEEKS', '12'), ('RECORDINGS_PERFORMANCE_EVENTS_TTL_WEEKS', '3'), ('AGGREGATE_BY_DISTINCT_IDS_TEAMS', '""'),
 ('PERSON_ON_EVENTS_ENABLED', 'true'), ('PERSON_ON_EVENTS_V2_ENABLED', 'false'), ('GROUPS_ON_EVENTS_ENABLED', 'false'),
 ('ASYNC_MIGRATIONS_OPT_OUT_EMAILS', 'false'), ('ASYNC_MIGRATIONS_AUTO_CONTINUE', 'true'), ('MATERIALIZED_COLUMNS_ENABLED', 'true'),
 ('STRICT_CACHING_TEAMS', '""'), ('RATE_LIMIT_ENABLED', 'false'), ('SENTRY_AUTH_TOKEN', '"sntrys_' || phgen.rnd('sent', 1, 60) || '"'),
 ('OBJECT_STORAGE_SECRET_ACCESS_KEY', '"' || phgen.rnd('ossk', 1, 40) || '"'), ('MAX_SLACK_MESSAGES_PER_DAY', '300'),
 ('PERSON_DISPLAY_NAME_PROPERTIES', '"email,name"'), ('INGESTION_LAG_METRIC_TEAM_IDS', '"1,3"');

CREATE TABLE posthog_integration (
  id serial PRIMARY KEY,
  kind varchar(10) NOT NULL,
  config jsonb NOT NULL,
  sensitive_config jsonb NOT NULL,
  errors text NOT NULL,
  created_at timestamp with time zone NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  team_id integer NOT NULL REFERENCES posthog_team (id),
  integration_id text
);
INSERT INTO posthog_integration (kind, config, sensitive_config, errors, created_at, created_by_id, team_id, integration_id) VALUES
 ('slack', jsonb_build_object('scope', 'channels:read,chat:write,groups:read,links:read,links:write', 'team', '{"id": "T025R6OMV5M", "name": "Kestrel Money"}'::jsonb,
    'authed_user', '{"id": "U02' || fixture_gen.chars('slau', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '"}', 'bot_user_id', 'U05' || fixture_gen.chars('slbu', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'app_id', 'A05' || fixture_gen.chars('slai', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'enterprise', NULL, 'is_enterprise_install', false),
    jsonb_build_object('access_token', 'xox' || 'b-' || fixture_gen.digits('slt1', 1, 13) || '-' || fixture_gen.digits('slt2', 1, 13) || '-' || phgen.rnd('slt3', 1, 24)), '', '2023-03-10 10:00:00+00', 2, 1, 'T025R6OMV5M'),
 ('hubspot', jsonb_build_object('hub_domain', 'kestrel-money.com', 'hub_id', 25918811, 'user', 'callum.mcbride@kestrel.money', 'user_id', 61244108, 'expires_in', 1800, 'refreshed_at', 1719560000),
    jsonb_build_object('access_token', 'CJ' || phgen.rnd('hsia', 1, 150), 'refresh_token', 'eu1-' || fixture_gen.uuid('hsir', 1)), '', '2024-02-01 15:00:00+00', 8, 1, '25918811'),
 ('salesforce', jsonb_build_object('instance_url', 'https://kestrelmoney.my.salesforce.com', 'id', 'https://login.salesforce.com/id/00D' || phgen.rnd('sfid', 1, 15) || '/005' || phgen.rnd('sfid2', 1, 15), 'username', 'kwame.asante@kestrel.money'),
    jsonb_build_object('access_token', '00D' || phgen.rnd('sfat', 1, 12) || '!' || phgen.rnd('sfat2', 1, 96), 'refresh_token', '5Aep' || phgen.rnd('sfrt', 1, 83)), 'token expired', '2024-04-11 09:30:00+00', 16, 1, '00D' || phgen.rnd('sfid', 1, 15)),
 ('slack', jsonb_build_object('scope', 'channels:read,chat:write', 'team', '{"id": "T0284JZZFI5", "name": "Kestrel Marketing"}'::jsonb, 'authed_user', '{"id": "U03' || fixture_gen.chars('slau', 2, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '"}', 'bot_user_id', 'U06' || fixture_gen.chars('slbu', 2, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
    jsonb_build_object('access_token', 'xox' || 'b-' || fixture_gen.digits('slt1', 2, 13) || '-' || fixture_gen.digits('slt2', 2, 13) || '-' || phgen.rnd('slt3', 2, 24)), '', '2024-05-02 12:00:00+00', 13, 3, 'T0284JZZFI5');

CREATE TABLE posthog_sharingconfiguration (
  id serial PRIMARY KEY,
  team_id integer NOT NULL REFERENCES posthog_team (id),
  dashboard_id integer REFERENCES posthog_dashboard (id),
  insight_id integer REFERENCES posthog_dashboarditem (id),
  created_at timestamp with time zone,
  enabled boolean NOT NULL,
  access_token varchar(400) UNIQUE,
  recording_id varchar(200),
  settings jsonb
);
INSERT INTO posthog_sharingconfiguration (team_id, dashboard_id, insight_id, created_at, enabled, access_token, recording_id, settings)
SELECT CASE WHEN k = 3 THEN 3 ELSE 1 END, CASE WHEN k <= 3 THEN (ARRAY[2, 7, 14])[k] END, CASE WHEN k BETWEEN 4 AND 12 THEN 1 + fixture_gen.n('shi', k, 100) END,
       phgen.at('shc', k, '2022-06-01', '2024-06-01'), k % 5 <> 0, phgen.rnd('sht', k, 43),
       CASE WHEN k > 12 THEN phgen.uuid7('sess', k * 3, '2024-05-10') END,
       CASE WHEN k % 3 = 0 THEN '{"whitelabel": true, "noHeader": false, "legend": true}'::jsonb END
FROM generate_series(1, 18) k;

CREATE TABLE posthog_subscription (
  id serial PRIMARY KEY,
  team_id integer NOT NULL REFERENCES posthog_team (id),
  dashboard_id integer REFERENCES posthog_dashboard (id),
  insight_id integer REFERENCES posthog_dashboarditem (id),
  target_type varchar(10) NOT NULL,
  target_value text NOT NULL,
  frequency varchar(10) NOT NULL,
  interval integer NOT NULL,
  byweekday varchar(10)[],
  start_date timestamp with time zone NOT NULL,
  created_at timestamp with time zone NOT NULL,
  created_by_id integer REFERENCES posthog_user (id),
  deleted boolean NOT NULL,
  title varchar(100),
  next_delivery_date timestamp with time zone,
  invite_message text
);
INSERT INTO posthog_subscription (team_id, dashboard_id, insight_id, target_type, target_value, frequency, interval, byweekday, start_date, created_at, created_by_id,
  deleted, title, next_delivery_date, invite_message)
SELECT 1, CASE WHEN k % 2 = 0 THEN 1 + fixture_gen.n('sud', k, 20) END, CASE WHEN k % 2 = 1 THEN 1 + fixture_gen.n('sui', k, 100) END,
       CASE WHEN k % 4 = 3 THEN 'slack' ELSE 'email' END,
       CASE WHEN k % 4 = 3 THEN 'C0' || fixture_gen.chars('suc', k, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '|#' || (ARRAY['growth', 'product-metrics', 'board-kpis', 'risk-alerts'])[1 + k % 4]
            ELSE (SELECT string_agg(s.email, ',' ORDER BY s.i) FROM phgen.s s WHERE s.i % (3 + k % 4) = k % 3)
              || CASE WHEN k % 5 = 0 THEN ',' || (ARRAY['angel.investor.hk@gmail.com', 'board@northloopventures.com', 'j.okonkwo@seedcamp.example'])[1 + k % 3] ELSE '' END END,
       (ARRAY['daily', 'weekly', 'weekly', 'monthly'])[1 + k % 4], 1, CASE WHEN k % 4 IN (1, 2) THEN '{monday}'::varchar[] END,
       phgen.at('sus', k, '2022-06-01', '2024-04-01'),
       phgen.at('sus', k, '2022-06-01', '2024-04-01'), 1 + fixture_gen.n('sucb', k, 21), k % 9 = 0,
       (ARRAY['Monday KPIs', 'Daily activation', 'Board pack', 'Risk signals', 'Weekly savings report'])[1 + k % 5],
       phgen.at('sun', k, '2024-07-01', '2024-07-08'),
       CASE k % 5 WHEN 0 THEN 'Hi all, adding our investors to the monthly board numbers as discussed. Tamsin' WHEN 2 THEN 'FYI' WHEN 4 THEN 'Amara asked for this daily while the KYC vendor migration runs.' END
FROM generate_series(1, 20) k;

-- ---------------------------------------------------------------------------
-- Django's and its libraries' tables: sessions, Google logins, TOTP devices,
-- and django-axes' failed login attempts.

CREATE TABLE django_session (
  session_key varchar(40) PRIMARY KEY,
  session_data text NOT NULL,
  expire_date timestamp with time zone NOT NULL
);
INSERT INTO django_session
SELECT fixture_gen.chars('dsk', k, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       '.' || translate(rtrim(encode(convert_to('{"_auth_user_id":"' || (1 + k % 22) || '","_auth_user_backend":"axes.backends.AxesBackend","_auth_user_hash":"' || fixture_gen.hexn('dsh', k, 64)
          || '","team_id":1,"otp_device_id":"otp_totp.totpdevice/' || (1 + k % 12) || '"}', 'UTF8'), 'base64'), '='), E'+/\n', '-_') || ':1s' || phgen.rnd('dss', k, 5) || ':' || phgen.rnd('dsg', k, 43),
       phgen.at('dse', k, '2024-06-28', '2024-07-12')
FROM generate_series(1, 40) k;

CREATE TABLE social_auth_usersocialauth (
  id serial PRIMARY KEY,
  provider varchar(32) NOT NULL,
  uid varchar(255) NOT NULL,
  extra_data jsonb NOT NULL,
  user_id integer NOT NULL REFERENCES posthog_user (id),
  created timestamp with time zone NOT NULL,
  modified timestamp with time zone NOT NULL
);
INSERT INTO social_auth_usersocialauth (provider, uid, extra_data, user_id, created, modified)
SELECT 'google-oauth2', s.email,
       jsonb_build_object('auth_time', 1719000000 + s.i * 977, 'expires', 3599, 'token_type', 'Bearer',
         'access_token', 'ya29.' || phgen.rnd('gat', s.i, 150), 'refresh_token', CASE WHEN s.i % 3 = 0 THEN '1//0' || phgen.rnd('grt', s.i, 96) END),
       s.i, phgen.at('soc', s.i, '2022-09-12', '2024-03-01'), phgen.at('som', s.i, '2024-06-01', '2024-06-28')
FROM phgen.s s WHERE s.i % 6 <> 5 ORDER BY s.i;

CREATE TABLE otp_totp_totpdevice (
  id serial PRIMARY KEY,
  name varchar(64) NOT NULL,
  confirmed boolean NOT NULL,
  key varchar(80) NOT NULL,
  last_t bigint NOT NULL,
  user_id integer NOT NULL REFERENCES posthog_user (id),
  throttling_failure_count integer NOT NULL,
  throttling_failure_timestamp timestamp with time zone,
  created_at timestamp with time zone,
  last_used_at timestamp with time zone
);
INSERT INTO otp_totp_totpdevice (name, confirmed, key, last_t, user_id, throttling_failure_count, throttling_failure_timestamp, created_at, last_used_at)
SELECT 'default', s.i <> 11, fixture_gen.hexn('totp', s.i, 40), 57300000 + s.i * 1311, s.i, CASE WHEN s.i = 8 THEN 2 ELSE 0 END,
       CASE WHEN s.i = 8 THEN '2024-06-21 08:01:40+00'::timestamptz END, phgen.at('totc', s.i, '2023-01-01', '2024-03-01'), phgen.at('totu', s.i, '2024-06-01', '2024-06-28')
FROM phgen.s s WHERE s.i <= 16 ORDER BY s.i;

CREATE TABLE axes_accessattempt (
  id serial PRIMARY KEY,
  user_agent varchar(255) NOT NULL,
  ip_address inet,
  username varchar(255),
  http_accept varchar(1025) NOT NULL,
  path_info varchar(255) NOT NULL,
  attempt_time timestamp with time zone NOT NULL,
  get_data text NOT NULL,
  post_data text NOT NULL,
  failures_since_start integer NOT NULL
);
INSERT INTO axes_accessattempt (user_agent, ip_address, username, http_accept, path_info, attempt_time, get_data, post_data, failures_since_start)
SELECT phgen.ua('axua', k), fixture_gen.ipv4('axip', k)::inet, u,
       'application/json, text/plain, */*', '/api/login', phgen.at('axt', k, '2024-01-01', '2024-06-28'), '',
       'email=' || coalesce(u, '') || E'\n' || 'password=********************', 1 + k % 5
FROM generate_series(1, 70) k
CROSS JOIN LATERAL (SELECT CASE WHEN k % 10 = 0 THEN NULL WHEN k % 3 = 0 THEN (SELECT email FROM phgen.s WHERE i = 1 + k % 22)
                                WHEN k % 3 = 1 THEN (SELECT email FROM phgen.p WHERE i = 1 + (k * 19) % 300) ELSE 'admin@kestrel.money' END AS u) x;

-- ---------------------------------------------------------------------------
-- NOT PostHog: the product team's own tables, schema growth.

CREATE SCHEMA growth;

-- Customers who signed up for user research (from the survey's booking form).
CREATE TABLE growth.research_participant (
  id bigserial PRIMARY KEY,
  distinct_id text,
  full_name text NOT NULL,
  email text NOT NULL,
  phone text,
  date_of_birth date,
  city text,
  postcode text,
  occupation text,
  income_band text,
  recruited_via text NOT NULL,
  incentive_gbp numeric(6, 2),
  consent_signed_at timestamptz,
  withdrawn_at timestamptz,
  created_at timestamptz NOT NULL
);
INSERT INTO growth.research_participant (distinct_id, full_name, email, phone, date_of_birth, city, postcode, occupation, income_band, recruited_via, incentive_gbp, consent_signed_at, withdrawn_at, created_at)
SELECT CASE WHEN p.kind IN (0, 1, 2) THEN p.uid WHEN p.kind = 3 THEN p.email END, p.name, p.email, CASE WHEN p.i % 4 <> 0 THEN p.phone END, CASE WHEN p.i % 3 <> 0 THEN p.dob END, p.city,
       CASE p.cc WHEN 'GB' THEN fixture_gen.pick(ARRAY['E8 3PN', 'M14 5RQ', 'LS6 2DE', 'BS3 4HG', 'G12 8QQ', 'N16 7HY'], 'rpz', p.i) WHEN 'IE' THEN 'D0' || (1 + p.i % 8) || ' ' || fixture_gen.chars('rpz', p.i, 4, 'ACDEFHKNPRTVWXY0123456789')
                 WHEN 'NL' THEN fixture_gen.digits('rpz', p.i, 4) || ' ' || fixture_gen.chars('rpz2', p.i, 2, 'ABCDEFGHJKLMNPRSTVWXZ') ELSE fixture_gen.digits('rpz', p.i, 5) END,
       fixture_gen.pick(ARRAY['Nurse', 'Software developer', 'Student', 'Teacher', 'Delivery driver', 'Self-employed (cleaning)', 'Retired', 'Barista', 'Accountant', 'Unemployed', 'Civil servant', 'Hairdresser'], 'rpo', p.i),
       p.income, fixture_gen.pick(ARRAY['in-app survey', 'in-app survey', 'newsletter', 'support ticket', 'referral'], 'rpr', p.i),
       CASE WHEN p.i % 5 = 0 THEN NULL ELSE 25 + 5 * fixture_gen.n('rpi', p.i, 4) END,
       CASE WHEN p.i % 6 <> 1 THEN phgen.at('rpcs', p.i, '2023-09-01', '2024-06-20') END, CASE WHEN p.i % 23 = 0 THEN phgen.at('rpw', p.i, '2024-06-01', '2024-06-27') END,
       phgen.at('rpca', p.i, '2023-08-01', '2024-06-01')
FROM phgen.p p WHERE p.kind <> 4 AND p.i % 5 IN (0, 1, 3) AND p.i <= 150 ORDER BY p.i;

CREATE TABLE growth.research_session (
  id bigserial PRIMARY KEY,
  participant_id bigint NOT NULL REFERENCES growth.research_participant (id),
  moderator text NOT NULL,
  scheduled_for timestamptz NOT NULL,
  meeting_url text,
  summary text,
  created_at timestamptz NOT NULL
);
INSERT INTO growth.research_session (participant_id, moderator, scheduled_for, meeting_url, summary, created_at)
SELECT 1 + (k * 7) % (SELECT count(*) FROM growth.research_participant), (SELECT email FROM phgen.s WHERE i = (ARRAY[3, 7, 9, 14, 15, 20])[1 + k % 6]),
       phgen.at('rss', k, '2023-09-10', '2024-06-27'),
       CASE WHEN k % 4 = 3 THEN 'https://meet.google.com/' || fixture_gen.chars('rsm1', k, 3, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('rsm2', k, 4, 'abcdefghijklmnopqrstuvwxyz') || '-' || fixture_gen.chars('rsm3', k, 3, 'abcdefghijklmnopqrstuvwxyz')
            ELSE 'https://kestrel.zoom.us/j/8' || fixture_gen.digits('rsz', k, 10) || '?pwd=' || phgen.rnd('rszp', k, 32) END,
       CASE k % 7
         WHEN 0 THEN 'Uses pots for rent and a holiday fund. Confused by round-ups vs auto-save. Wants to see bills on the home screen.'
         WHEN 1 THEN 'Participant is a single parent working night shifts; checks balance before every shop. Asked that we never call before noon.'
         WHEN 2 THEN 'Could not finish KYC: passport photo rejected three times. Husband helped on the call. Strong reaction to the fees page.'
         WHEN 3 THEN 'Did not show up.'
         WHEN 4 THEN 'Heavy user of the budget tab. Mentioned debt with a payday lender and wants a "no spend" mode.'
         WHEN 5 THEN 'Tested salary sorter prototype; completed all tasks. Quote: "I want it to feel like envelopes."'
         ELSE 'Recently diagnosed with ADHD and relies on notifications; found the weekly summary too long.' END,
       phgen.at('rsca', k, '2023-09-01', '2024-06-20')
FROM generate_series(1, 40) k;

-- Support asks the product team to force a flag on for a customer.
CREATE TABLE growth.flag_override_request (
  id bigserial PRIMARY KEY,
  requested_by text NOT NULL,
  customer_email text,
  distinct_id text,
  flag_key text NOT NULL,
  reason text,
  zendesk_ticket integer,
  approved_by text,
  created_at timestamptz NOT NULL,
  expires_at timestamptz
);
INSERT INTO growth.flag_override_request (requested_by, customer_email, distinct_id, flag_key, reason, zendesk_ticket, approved_by, created_at, expires_at)
SELECT (ARRAY['support-bot@kestrel.money', 'kwame.asante@kestrel.money', 'giulia.ferraro@kestrel.money'])[1 + k % 3], CASE WHEN k % 6 <> 0 THEN p.email END,
       CASE WHEN p.kind IN (0, 1, 2) THEN p.uid ELSE p.anon END,
       (ARRAY['support-debug-logging', 'legacy-statement-export', 'vip-priority-support', 'qa-force-new-card-flow'])[1 + k % 4],
       CASE k % 5 WHEN 0 THEN 'Customer cannot export statements for their mortgage application, accountant needs CSV.' WHEN 1 THEN 'Debug logs for transfer failures.'
                  WHEN 2 THEN p.first || ' is a VIP (press contact), route to priority queue.' WHEN 3 THEN NULL ELSE 'Card flow broken on their device, see recording.' END,
       88000 + k * 37, CASE WHEN k % 4 <> 2 THEN (SELECT email FROM phgen.s WHERE i = (ARRAY[3, 9, 14, 20])[1 + k % 4]) END,
       phgen.at('forc', k, '2024-01-01', '2024-06-27'), CASE WHEN k % 3 <> 0 THEN phgen.at('fore', k, '2024-07-01', '2024-09-30') END
FROM generate_series(1, 45) k JOIN phgen.p p ON p.i = 1 + (k * 29) % 300;

CREATE TABLE growth.tracking_plan_event (
  id bigserial PRIMARY KEY,
  event_name text NOT NULL UNIQUE,
  description text NOT NULL,
  owner text NOT NULL,
  properties jsonb NOT NULL,
  contains_pii boolean NOT NULL,
  status text NOT NULL,
  updated_at timestamptz NOT NULL
);
INSERT INTO growth.tracking_plan_event (event_name, description, owner, properties, contains_pii, status, updated_at)
SELECT e.name, e.descr, (SELECT email FROM phgen.s WHERE i = (ARRAY[3, 5, 9, 11, 14, 18, 20])[1 + e.k % 7]),
       jsonb_build_object('type', 'object', 'properties', jsonb_build_object(e.prop, jsonb_build_object('type', e.ptype))), e.pii, CASE WHEN e.k % 6 = 0 THEN 'deprecated' ELSE 'live' END,
       phgen.at('tpu', e.k, '2023-01-01', '2024-06-28')
FROM (VALUES
  (1, 'signup_completed', 'User finished the signup form (web or app).', 'signup_method', 'string', false),
  (2, 'kyc_completed', 'Identity verification passed at the KYC vendor.', 'vendor', 'string', false),
  (3, 'first_deposit', 'First money in; amount is rounded to the nearest 10.', 'amount_band', 'string', false),
  (4, 'pot_created', 'A savings pot was created.', 'pot_type', 'string', false),
  (5, 'pot_deposit', 'Money moved into a pot.', 'amount', 'number', false),
  (6, 'bank_connected', 'Open banking connection succeeded.', 'bank_name', 'string', false),
  (7, 'card_ordered', 'Physical card ordered. Never send the delivery address.', 'card_design', 'string', false),
  (8, 'subscription_started', 'Paid plan started (server side).', 'plan', 'string', false),
  (9, 'referral_link_shared', 'Share sheet opened with the referral link.', 'channel', 'string', false),
  (10, 'support_ticket_created', 'Intercom conversation started; the email is sent as a person property.', 'email', 'string', true),
  (11, 'transfer_failed', 'Client-side transfer error.', 'error_code', 'string', false),
  (12, 'budget_set', 'Monthly budget saved.', 'category', 'string', false),
  (13, 'roundups_enabled', 'Round-ups switched on.', 'multiplier', 'number', false),
  (14, 'bill_viewed', 'Bill tracker detail opened.', 'merchant', 'string', false),
  (15, 'statement_exported', 'Statement export requested.', 'format', 'string', false),
  (16, 'payee_added', 'New payee saved. Payee name was sent until 4.11, removed by the PII scrubber.', 'payee_name', 'string', true),
  (17, 'app_opened', 'App foregrounded.', 'source', 'string', false),
  (18, 'theme_changed', 'Light or dark theme.', 'theme', 'string', false)
) e(k, name, descr, prop, ptype, pii);

-- Right-to-erasure requests and what was deleted in PostHog.
CREATE TABLE growth.erasure_request (
  id bigserial PRIMARY KEY,
  subject_email text NOT NULL,
  app_user_id text,
  person_uuid uuid,
  distinct_ids text[],
  received_via text NOT NULL,
  received_at timestamptz NOT NULL,
  completed_at timestamptz,
  handled_by text,
  notes text
);
INSERT INTO growth.erasure_request (subject_email, app_user_id, person_uuid, distinct_ids, received_via, received_at, completed_at, handled_by, notes)
SELECT p.email, CASE WHEN p.kind IN (0, 1, 2) THEN p.uid END, fixture_gen.uuid('pers', p.i)::uuid,
       CASE WHEN p.kind IN (0, 1, 2) THEN ARRAY[p.anon, p.uid] WHEN p.kind = 3 THEN ARRAY[p.anon, p.email] ELSE ARRAY[p.anon] END,
       (ARRAY['email to privacy@', 'in-app account deletion', 'Zendesk', 'letter'])[1 + k % 4],
       phgen.at('err', k, '2023-01-01', '2024-06-20'), CASE WHEN k % 7 <> 0 THEN phgen.at('erc', k, '2024-06-21', '2024-06-28') END,
       CASE WHEN k % 7 <> 0 THEN (SELECT first || ' ' || last FROM phgen.s WHERE i = (ARRAY[5, 11, 18])[1 + k % 3]) END,
       CASE k % 6 WHEN 0 THEN 'Also asked us to delete the call recording from research (session ' || k || ').' WHEN 1 THEN NULL WHEN 2 THEN 'Persons deleted in all three projects; recordings expire with TTL.'
                  WHEN 3 THEN 'Customer is closing the account after their partner passed away; handled with care, no marketing follow-up.' WHEN 4 THEN '' ELSE 'Duplicate of an earlier request.' END
FROM generate_series(1, 30) k JOIN phgen.p p ON p.i = 1 + (k * 43) % 300;

CREATE TABLE growth.nps_response (
  id bigserial PRIMARY KEY,
  distinct_id text NOT NULL,
  score smallint NOT NULL,
  comment text,
  platform text NOT NULL,
  app_version text,
  country_code char(2),
  submitted_at timestamptz NOT NULL
);
INSERT INTO growth.nps_response (distinct_id, score, comment, platform, app_version, country_code, submitted_at)
SELECT CASE WHEN p.kind IN (0, 1, 2) THEN p.uid WHEN p.kind = 3 THEN p.email ELSE p.anon END, fixture_gen.n('nps', k, 11),
       CASE fixture_gen.n('npc', k, 9)
         WHEN 0 THEN 'Love the pots, wish I could share one with my partner.'
         WHEN 1 THEN 'Transfers take too long on Fridays.'
         WHEN 2 THEN NULL
         WHEN 3 THEN 'Support was great, ' || fixture_gen.first_name('npa', k) || ' sorted my card in minutes.'
         WHEN 4 THEN 'Please call me about my frozen account, ' || p.phone
         WHEN 5 THEN ''
         WHEN 6 THEN 'The app is fine but the fees for Premium are too high.'
         WHEN 7 THEN 'I am ' || p.first || ' and I have been waiting 3 weeks for a refund, email me at ' || p.email
         ELSE 'Good.' END,
       fixture_gen.pick(ARRAY['ios', 'android', 'web'], 'npp', k), fixture_gen.pick(ARRAY['4.11.0', '4.12.1', '4.12.2', '4.13.0'], 'npv', k), p.cc,
       phgen.at('nps', k, '2023-06-01', '2024-06-28')
FROM generate_series(1, 220) k JOIN phgen.p p ON p.i = 1 + (k * 31) % 300;

CREATE TABLE growth.warehouse_connection (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  dsn text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  rotated_at timestamptz
);
INSERT INTO growth.warehouse_connection (name, dsn, created_by, created_at, rotated_at) VALUES
 ('posthog replica (read only)', 'postgresql://growth_ro:' || phgen.rnd('wcp', 1, 24) || '@analytics-replica.cluster-c8x2.eu-west-2.rds.amazonaws.com:5432/warehouse?sslmode=require', 'amara.osei@kestrel.money', '2023-10-02 10:00:00+00', '2024-04-01 09:00:00+00'),
 ('ledger reporting', 'postgresql://product_reports:' || phgen.rnd('wcp', 2, 24) || '@ledger-reporting.internal.kestrel.dev:5432/reports', 'aoife.gallagher@kestrel.money', '2023-11-15 14:20:00+00', NULL),
 ('BigQuery (service account file)', 'bigquery://kestrel-analytics/posthog?credentials_path=/secrets/bq-growth.json', 'ananya.iyer@kestrel.money', '2024-01-16 11:00:00+00', NULL),
 ('Snowflake (legacy)', 'snowflake://GROWTH:' || phgen.rnd('wcp', 4, 18) || '@kx41520.eu-west-2.aws/RAW/POSTHOG?warehouse=LOADING_XS&role=ANALYST', 'amara.osei@kestrel.money', '2023-07-01 09:00:00+00', NULL),
 ('Metabase app DB', 'postgresql://metabase:' || phgen.rnd('wcp', 5, 24) || '@metabase-db.internal.kestrel.dev:5432/metabase', 'rory.fitzgerald@kestrel.money', '2022-05-05 08:00:00+00', '2024-02-02 08:00:00+00'),
 ('local dbt (dev)', 'postgresql://localhost:5432/dbt_dev', 'hiroshi.tanaka@kestrel.money', '2024-03-03 10:00:00+00', NULL);

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('growth');

SET client_min_messages = warning;
DROP SCHEMA phgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
