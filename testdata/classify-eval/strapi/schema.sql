-- classify-eval fixture (HOLDOUT 37: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- Strapi 4.20 headless CMS on PostgreSQL, in the naming Strapi's database
-- layer (Knex) creates there: snake_case plural tables for content types,
-- admin_ tables of the admin panel, strapi_ tables of the core, up_ tables of
-- the users-permissions plugin, files and upload_folders of the upload
-- plugin, i18n_locale, relations as *_links join tables with *_order
-- columns, media as files_related_morphs, components in
-- components_<category>_<name> tables joined through <table>_components,
-- jsonb for JSON attributes, timestamp(6) created_at/updated_at/
-- published_at, created_by_id/updated_by_id pointing at admin_users, locale
-- on localized types. The site is the careers site and job board of
-- "Harbourline Talent", a recruitment agency with offices in London,
-- Manchester and Dublin: its staff in admin_users (bcrypt hashes, 40-hex
-- reset and registration tokens), roles and permissions with field lists
-- and conditions as JSON; API and transfer tokens whose access_key is the
-- HMAC-SHA512 of the token; the core store's settings (content-manager
-- layouts, the upload plugin's settings, the users-permissions email
-- templates, advanced settings and OAuth grant providers with client
-- secrets, the email provider's SMTP and SendGrid settings, the admin's SSO
-- settings, the whole content-type schema); webhooks whose URLs are build
-- or chat hooks and whose headers carry bearer tokens; the Enterprise audit
-- log whose payloads keep the entries as they were saved; candidates and
-- employers in up_users with the site's own fields (phone, birth date,
-- employer, job title, LinkedIn); uploaded files (CVs, passport scans,
-- headshots, event photos, stock images) whose names, hashes, URLs,
-- Cloudinary metadata and formats JSON carry the original file names, with
-- alternative texts and captions; the site's content types: blog articles
-- and their authors, categories, employers and jobs, recruiters, job
-- applications with cover letters, salary expectations, right to work and
-- equal-opportunities answers as JSON, work history and referees as
-- repeatable components, contact form submissions, newsletter sign-ups,
-- testimonials, pages built from dynamic-zone components (heroes, rich
-- text, media, SEO with JSON-LD), the global single type, offices, careers
-- events and their registrations with dietary and access needs.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA sgen;

-- at: a deterministic time between lo and hi, to the millisecond, as
-- Strapi's timestamp(6) columns hold it.
CREATE FUNCTION sgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int) + fixture_gen.n(tag || 'ms', i, 1000) / 1000.0)
$$;

-- slug: Strapi's slugify of a title or a name.
CREATE FUNCTION sgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' from regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçışğøåÁÉÍÓÚÖÜÇŞØÅ''', 'aeiouaeiouaeiouaeiouaoncisgoaAEIOUOUCSOA')), '[^a-z0-9]+', '-', 'g'))
$$;

-- hex: len lowercase hex digits (Strapi's crypto.randomBytes(n).toString('hex')).
CREATE FUNCTION sgen.hex(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.hexn(tag, i, len) $$;

-- bcrypt as bcryptjs writes it for Strapi ($2a$10$).
CREATE FUNCTION sgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2a' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

-- The agency's staff (admin panel users).
CREATE TABLE sgen.staff (i int PRIMARY KEY, first text, last text, email text, username text, role int, kind text);
INSERT INTO sgen.staff VALUES
  (1, 'Siobhán', 'Murphy', NULL, 'siobhan', 1, 'digital lead'),
  (2, 'Tomasz', 'Kowalczyk', NULL, 'tomasz.dev', 1, 'developer'),
  (3, 'Priya', 'Raman', NULL, NULL, 2, 'marketing'),
  (4, 'Kwabena', 'Asante', NULL, NULL, 4, 'recruiter'),
  (5, 'Eleanor', 'Whitfield', NULL, NULL, 4, 'recruiter'),
  (6, 'Hiroko', 'Tanabe', NULL, NULL, 3, 'author'),
  (7, 'Mehmet', 'Aydın', NULL, NULL, 4, 'recruiter'),
  (8, 'Chloé', 'Marchand', NULL, 'chloe.m', 2, 'editor'),
  (9, 'Daniel', 'O''Connor', NULL, NULL, 4, 'recruiter'),
  (10, 'Zanele', 'Mokoena', NULL, NULL, 4, 'recruiter'),
  (11, 'Rohan', 'Mehta', NULL, NULL, 2, 'editor'),
  (12, 'Ingrid', 'Solberg', NULL, NULL, 3, 'author'),
  (13, 'Luca', 'Ferraro', 'luca.ferraro.copy@gmail.com', 'lucaferraro', 3, 'freelance'),
  (14, 'Aisling', 'Byrne', NULL, NULL, 4, 'invited'),
  (15, 'Oluwaseun', 'Adebayo', NULL, NULL, 4, 'recruiter'),
  (16, 'Marta', 'Nowicka', NULL, NULL, 3, 'left'),
  (17, 'Ahmed', 'El-Sayed', NULL, NULL, 4, 'invited'),
  (18, 'Ji-yeon', 'Park', NULL, NULL, 2, 'editor');
UPDATE sgen.staff SET email = fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@harbourline-talent.example' WHERE email IS NULL;

-- Candidates (k < 1000: registered users; k >= 1000: guests who applied
-- without an account) and their contact details.
CREATE FUNCTION sgen.cfirst(k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.first_name('cand', k) $$;
CREATE FUNCTION sgen.clast(k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.last_name('candl', k) $$;
CREATE FUNCTION sgen.cname(k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT sgen.cfirst(k) || ' ' || sgen.clast(k) $$;
CREATE FUNCTION sgen.cmail(k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n('cmf', k, 3) WHEN 0 THEN fixture_gen.ascii(sgen.cfirst(k)) || '.' || fixture_gen.ascii(sgen.clast(k))
              WHEN 1 THEN substr(fixture_gen.ascii(sgen.cfirst(k)), 1, 1) || fixture_gen.ascii(sgen.clast(k)) || (k % 100)::text
              ELSE fixture_gen.ascii(sgen.cfirst(k)) || '_' || fixture_gen.ascii(sgen.clast(k)) || (k % 1000)::text END
      || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'eircom.net', 'btinternet.com', 'live.ie', 'gmx.de'], 'cmd', k)
$$;
CREATE FUNCTION sgen.cphone(k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n('cph', k, 5) WHEN 0 THEN '07' || fixture_gen.digits('cpa', k, 3) || ' ' || fixture_gen.digits('cpb', k, 6)
              WHEN 1 THEN '+44 7' || fixture_gen.digits('cpa', k, 3) || ' ' || fixture_gen.digits('cpb', k, 3) || ' ' || fixture_gen.digits('cpc', k, 3)
              WHEN 2 THEN '+353 8' || (3 + fixture_gen.n('cpd', k, 5))::text || ' ' || fixture_gen.digits('cpa', k, 3) || ' ' || fixture_gen.digits('cpb', k, 4)
              WHEN 3 THEN '08' || (3 + fixture_gen.n('cpd', k, 5))::text || '-' || fixture_gen.digits('cpa', k, 7)
              ELSE fixture_gen.phone('cpx', k) END
$$;

-- ---------------------------------------------------------------------------
-- The admin panel.

CREATE TABLE admin_users (
    id serial PRIMARY KEY, firstname varchar(255), lastname varchar(255), username varchar(255), email varchar(255), password varchar(255),
    reset_password_token varchar(255), registration_token varchar(255), is_active boolean, blocked boolean, prefered_language varchar(255),
    created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO admin_users
SELECT s.i, s.first, s.last, s.username, s.email,
       CASE WHEN s.kind = 'invited' THEN NULL ELSE sgen.bcrypt('adpw', s.i) END,
       CASE WHEN s.i IN (5, 12) THEN sgen.hex('adrst', s.i, 40) END,
       CASE WHEN s.kind = 'invited' THEN sgen.hex('adreg', s.i, 40) END,
       s.kind <> 'invited', s.kind = 'left',
       CASE WHEN s.i IN (8) THEN 'fr' WHEN s.i = 12 THEN 'en' WHEN s.i = 18 THEN 'ko' WHEN s.i % 5 = 0 THEN NULL ELSE 'en' END,
       c.t, c.t + make_interval(days => fixture_gen.n('adupd', s.i, 400)),
       CASE WHEN s.i = 1 THEN NULL ELSE CASE WHEN s.i < 10 THEN 1 ELSE 2 END END, CASE WHEN s.i = 1 THEN NULL ELSE 1 END
FROM sgen.staff s CROSS JOIN LATERAL (SELECT timestamp '2022-02-14 10:03:11.208' + (s.i - 1) * interval '37 days 3 hours' AS t) c;

CREATE TABLE admin_roles (
    id serial PRIMARY KEY, name varchar(255), code varchar(255), description varchar(255),
    created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO admin_roles VALUES
  (1, 'Super Admin', 'strapi-super-admin', 'Super Admins can access and manage all features and settings.', '2022-02-14 10:02:57.511', '2022-02-14 10:02:57.511', NULL, NULL),
  (2, 'Editor', 'strapi-editor', 'Editors can manage and publish contents including those of other users.', '2022-02-14 10:02:57.534', '2022-02-14 10:02:57.534', NULL, NULL),
  (3, 'Author', 'strapi-author', 'Authors can manage the content they have created.', '2022-02-14 10:02:57.552', '2022-02-14 10:02:57.552', NULL, NULL),
  (4, 'Recruiter', 'recruiter-l0x7k2qf', 'Consultants: jobs, employers, applications and events; no settings.', '2022-03-09 14:21:40.101', '2023-05-17 09:12:03.449', 1, 2),
  (5, 'Read only (auditors)', 'read-only-auditors-lq3m8z1w', 'Read access for the ISO 27001 audit, remove after October 2023.', '2023-09-04 11:40:19.877', '2023-09-04 11:40:19.877', 2, 2);

CREATE TABLE admin_users_roles_links (id serial PRIMARY KEY, user_id integer, role_id integer, role_order double precision, user_order double precision);
INSERT INTO admin_users_roles_links (user_id, role_id, role_order, user_order)
SELECT s.i, s.role, 1, row_number() OVER (PARTITION BY s.role ORDER BY s.i) FROM sgen.staff s ORDER BY s.i;
INSERT INTO admin_users_roles_links (user_id, role_id, role_order, user_order) VALUES (11, 5, 2, 1), (3, 4, 2, 10);

CREATE TABLE admin_permissions (
    id serial PRIMARY KEY, action varchar(255), action_parameters jsonb, subject varchar(255), properties jsonb, conditions jsonb,
    created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
CREATE TABLE admin_permissions_role_links (id serial PRIMARY KEY, permission_id integer, role_id integer, permission_order double precision);

CREATE TABLE sgen.ct (uid text, fields text[], i18n boolean);
INSERT INTO sgen.ct VALUES
  ('api::article.article', ARRAY['title', 'slug', 'description', 'content', 'cover', 'author', 'category', 'blocks', 'seo', 'reading_time', 'featured'], true),
  ('api::author.author', ARRAY['name', 'email', 'bio', 'slug', 'job_title', 'avatar', 'articles'], false),
  ('api::category.category', ARRAY['name', 'slug', 'description', 'articles'], false),
  ('api::company.company', ARRAY['name', 'slug', 'website', 'description', 'industry', 'hq_city', 'contact_name', 'contact_email', 'contact_phone', 'vat_number', 'logo', 'jobs', 'address'], false),
  ('api::job.job', ARRAY['title', 'slug', 'description', 'location', 'remote_policy', 'employment_type', 'salary_min', 'salary_max', 'currency', 'closes_at', 'reference', 'apply_email', 'company', 'recruiter', 'seo'], true),
  ('api::recruiter.recruiter', ARRAY['full_name', 'email', 'phone', 'linkedin_url', 'bio', 'slug', 'job_title', 'photo', 'jobs', 'social_links'], false),
  ('api::job-application.job-application', ARRAY['full_name', 'email', 'phone', 'cover_letter', 'linkedin_url', 'portfolio_url', 'expected_salary', 'notice_period', 'current_employer', 'right_to_work', 'diversity', 'status', 'consent_given_at', 'source_ip', 'user_agent', 'reference_code', 'cv', 'job', 'candidate', 'address', 'work_history', 'referees'], false),
  ('api::contact-form-submission.contact-form-submission', ARRAY['name', 'email', 'phone', 'company', 'subject', 'message', 'ip_address', 'user_agent', 'page_url', 'handled'], false),
  ('api::newsletter-signup.newsletter-signup', ARRAY['email', 'confirmed', 'confirmation_token', 'confirmed_at', 'source', 'locale', 'ip_address'], false),
  ('api::testimonial.testimonial', ARRAY['quote', 'person_name', 'company', 'role', 'rating', 'photo'], true),
  ('api::page.page', ARRAY['title', 'slug', 'short_name', 'blocks', 'seo'], true),
  ('api::global.global', ARRAY['site_name', 'site_description', 'favicon', 'default_seo', 'social_links'], true),
  ('api::office.office', ARRAY['name', 'street', 'city', 'postcode', 'country', 'phone', 'email', 'opening_hours', 'photo'], false),
  ('api::event.event', ARRAY['title', 'slug', 'description', 'starts_at', 'ends_at', 'venue', 'city', 'cover'], false),
  ('api::event-registration.event-registration', ARRAY['first_name', 'last_name', 'email', 'phone', 'company', 'job_title', 'dietary_requirements', 'accessibility_needs', 'ticket_code', 'checked_in', 'event'], false),
  ('plugin::users-permissions.user', ARRAY['username', 'email', 'provider', 'password', 'resetPasswordToken', 'confirmationToken', 'confirmed', 'blocked', 'role', 'full_name', 'phone', 'date_of_birth', 'company', 'job_title', 'linkedin_url', 'avatar'], false);

-- Roles 2 (Editor), 3 (Author, own entries only), 4 (Recruiter) and 5 (read only).
CREATE TABLE sgen.perm (n serial, action text, subject text, props jsonb, cond jsonb, role int, t timestamp);
INSERT INTO sgen.perm (action, subject, props, cond, role, t)
SELECT 'plugin::content-manager.explorer.' || a.act, c.uid,
       CASE WHEN a.act IN ('create', 'read', 'update') THEN jsonb_build_object('fields', to_jsonb(c.fields)) || CASE WHEN c.i18n THEN '{"locales": ["en", "en-IE", "fr", "de"]}'::jsonb ELSE '{}'::jsonb END
            WHEN c.i18n THEN '{"locales": ["en", "en-IE", "fr", "de"]}'::jsonb ELSE '{}'::jsonb END,
       CASE WHEN r.role = 3 THEN '["admin::is-creator"]'::jsonb ELSE '[]'::jsonb END, r.role,
       CASE r.role WHEN 5 THEN timestamp '2023-09-04 11:40:21.3' WHEN 4 THEN timestamp '2022-03-09 14:21:41.6' ELSE timestamp '2022-02-14 10:02:58.0' END
FROM (VALUES (2), (3), (4), (5)) r(role)
CROSS JOIN sgen.ct c
CROSS JOIN (VALUES (1, 'create'), (2, 'read'), (3, 'update'), (4, 'delete'), (5, 'publish')) a(o, act)
WHERE (r.role = 2 AND c.uid NOT LIKE 'plugin::%')
   OR (r.role = 3 AND c.uid IN ('api::article.article', 'api::author.author', 'api::category.category', 'api::testimonial.testimonial') AND a.act <> 'publish')
   OR (r.role = 4 AND c.uid IN ('api::company.company', 'api::job.job', 'api::recruiter.recruiter', 'api::job-application.job-application', 'api::event.event', 'api::event-registration.event-registration', 'api::contact-form-submission.contact-form-submission', 'plugin::users-permissions.user'))
   OR (r.role = 5 AND a.act = 'read')
ORDER BY r.role, c.uid, a.o;
INSERT INTO sgen.perm (action, subject, props, cond, role, t)
SELECT p.action, NULL, '{}'::jsonb, CASE WHEN r.role = 3 AND p.action LIKE 'plugin::upload.assets.%' AND p.action NOT LIKE '%.create' THEN '["admin::is-creator"]'::jsonb ELSE '[]'::jsonb END, r.role, timestamp '2022-02-14 10:02:58.4'
FROM (VALUES (2), (3), (4)) r(role)
CROSS JOIN (VALUES ('plugin::upload.read'), ('plugin::upload.configure-view'), ('plugin::upload.assets.create'), ('plugin::upload.assets.update'), ('plugin::upload.assets.download'),
  ('plugin::upload.assets.copy-link'), ('plugin::content-manager.single-types.configure-view'), ('plugin::content-manager.collection-types.configure-view'),
  ('plugin::content-manager.components.configure-layout'), ('admin::marketplace.read')) p(action);
INSERT INTO admin_permissions (action, action_parameters, subject, properties, conditions, created_at, updated_at, created_by_id, updated_by_id)
SELECT action, '{}'::jsonb, subject, props, cond, t + make_interval(secs => n / 100.0), t + make_interval(secs => n / 100.0), CASE WHEN role >= 4 THEN 1 END, CASE WHEN role >= 4 THEN CASE WHEN role = 5 THEN 2 ELSE 1 END END
FROM sgen.perm ORDER BY n;
INSERT INTO admin_permissions_role_links (permission_id, role_id, permission_order)
SELECT n, role, row_number() OVER (PARTITION BY role ORDER BY n) FROM sgen.perm ORDER BY n;

-- ---------------------------------------------------------------------------
-- API and transfer tokens (access_key: HMAC-SHA512 of the token with
-- API_TOKEN_SALT / TRANSFER_TOKEN_SALT, in hex).

CREATE TABLE strapi_api_tokens (
    id serial PRIMARY KEY, name varchar(255), description varchar(255), type varchar(255), access_key varchar(255),
    last_used_at timestamp(6), expires_at timestamp(6), lifespan bigint,
    created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO strapi_api_tokens (name, description, type, access_key, last_used_at, expires_at, lifespan, created_at, updated_at, created_by_id, updated_by_id)
SELECT t.name, t.descr, t.type, sgen.hex('apitok', t.k, 128), t.used, t.created + make_interval(days => t.days), CASE WHEN t.days IS NULL THEN NULL ELSE t.days::bigint * 86400000 END,
       t.created, t.created + interval '2 minutes 13 seconds', t.by, t.by
FROM (VALUES
  (1, 'Next.js website (ISR)', 'Read-only token the Vercel site uses to fetch jobs, articles, pages and the global settings.', 'read-only', timestamp '2024-06-28 16:59:41.118', NULL::int, timestamp '2022-05-03 09:14:22.301', 2),
  (2, 'Zapier: applications to Bullhorn', 'Reads new job applications and pushes them into Bullhorn. Owner: Kwabena Asante, ask him before rotating.', 'custom', timestamp '2024-06-28 16:45:02.934', NULL, timestamp '2022-06-20 15:41:09.870', 2),
  (3, 'Careers fair check-in (iPads)', 'Registrations read + update checked_in only. Set up for the Manchester fair, iPads kept by Zanele.', 'custom', timestamp '2024-05-16 17:32:51.004', 90, timestamp '2024-04-02 10:05:33.412', 2),
  (4, 'Tomasz laptop', 'Local development against the production API during the v4 migration. Delete afterwards!', 'full-access', timestamp '2023-02-27 22:14:09.551', 30, timestamp '2023-02-01 19:48:27.090', 2),
  (5, 'Indeed / Adzuna XML feed', 'Read-only token of the job feed generator (cron on the web server).', 'read-only', timestamp '2024-06-28 06:00:03.227', NULL, timestamp '2022-09-12 08:30:45.651', 2),
  (6, 'Power BI reporting', 'Applications and registrations for the monthly pipeline report. Questions: Rohan Mehta, 07700 900412.', 'custom', timestamp '2024-06-03 07:15:40.783', 365, timestamp '2023-07-01 12:00:18.236', 11),
  (7, 'Old Gatsby site', 'Legacy static site, replaced by Next.js in May 2022.', 'read-only', timestamp '2022-05-02 23:59:58.410', 7, timestamp '2022-03-01 11:22:14.009', 1),
  (8, 'Mobile app (Expo) beta', NULL, 'full-access', NULL, 7, timestamp '2024-06-24 14:02:36.777', 1),
  (9, 'Salary guide microsite', 'Reads the salary guide articles for salaryguide.harbourline-talent.example.', 'read-only', timestamp '2024-06-27 21:40:11.635', NULL, timestamp '2023-11-20 10:11:54.320', 3)
) t(k, name, descr, type, used, days, created, by);

CREATE TABLE strapi_api_token_permissions (
    id serial PRIMARY KEY, action varchar(255), created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
CREATE TABLE strapi_api_token_permissions_token_links (id serial PRIMARY KEY, api_token_permission_id integer, api_token_id integer, api_token_permission_order double precision);
CREATE TABLE sgen.tp (n serial, tok int, action text);
INSERT INTO sgen.tp (tok, action)
SELECT tok, a FROM (VALUES
  (2, ARRAY['api::job-application.job-application.find', 'api::job-application.job-application.findOne', 'api::job.job.find', 'api::job.job.findOne', 'api::company.company.findOne', 'plugin::upload.content-api.findOne', 'plugin::upload.content-api.find']),
  (3, ARRAY['api::event-registration.event-registration.find', 'api::event-registration.event-registration.findOne', 'api::event-registration.event-registration.update', 'api::event.event.find']),
  (6, ARRAY['api::job-application.job-application.find', 'api::event-registration.event-registration.find', 'api::job.job.find', 'api::company.company.find', 'api::contact-form-submission.contact-form-submission.find', 'api::newsletter-signup.newsletter-signup.find'])
) v(tok, acts), unnest(acts) a;
INSERT INTO strapi_api_token_permissions (action, created_at, updated_at, created_by_id, updated_by_id)
SELECT tp.action, t.created_at, t.created_at, NULL, NULL FROM sgen.tp tp JOIN strapi_api_tokens t ON t.id = tp.tok ORDER BY tp.n;
INSERT INTO strapi_api_token_permissions_token_links (api_token_permission_id, api_token_id, api_token_permission_order)
SELECT n, tok, row_number() OVER (PARTITION BY tok ORDER BY n) FROM sgen.tp ORDER BY n;

CREATE TABLE strapi_transfer_tokens (
    id serial PRIMARY KEY, name varchar(255), description varchar(255), access_key varchar(255),
    last_used_at timestamp(6), expires_at timestamp(6), lifespan bigint,
    created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO strapi_transfer_tokens (name, description, access_key, last_used_at, expires_at, lifespan, created_at, updated_at, created_by_id, updated_by_id) VALUES
  ('staging pull', 'strapi transfer --from production to the staging server, weekly', sgen.hex('trtok', 1, 128), '2024-06-24 03:00:12.442', NULL, NULL, '2023-04-11 16:20:05.118', '2023-04-11 16:20:05.118', 2, 2),
  ('content freeze export', 'One-off export before the 4.20 upgrade', sgen.hex('trtok', 2, 128), '2024-02-10 18:31:47.020', '2024-02-17 18:25:30.981', 604800000, '2024-02-10 18:25:30.981', '2024-02-10 18:25:30.981', 2, 2),
  ('agency handover (Brightwave Digital)', 'Brightwave set up the v4 site; token for their final content sync, revoke after June 2023', sgen.hex('trtok', 3, 128), '2023-06-02 12:07:55.604', '2023-06-30 09:00:00.000', 2592000000, '2023-05-31 09:00:00.000', '2023-05-31 09:00:00.000', 1, 1);

-- ---------------------------------------------------------------------------
-- The core store: settings of the core and the plugins as JSON text.

CREATE TABLE strapi_core_store_settings (id serial PRIMARY KEY, key varchar(255), value text, type varchar(255), environment varchar(255), tag varchar(255));

INSERT INTO strapi_core_store_settings (key, value, type, environment, tag)
SELECT 'plugin_content_manager_configuration_content_types::' || c.uid,
       jsonb_build_object('uid', c.uid,
         'settings', jsonb_build_object('bulkable', true, 'filterable', true, 'searchable', true, 'pageSize', 10, 'mainField', c.fields[1], 'defaultSortBy', c.fields[1], 'defaultSortOrder', 'ASC'),
         'metadatas', (SELECT jsonb_object_agg(f, jsonb_build_object('edit', jsonb_build_object('label', f, 'description', '', 'placeholder', '', 'visible', true, 'editable', true),
                                                                       'list', jsonb_build_object('label', f, 'searchable', true, 'sortable', true))) FROM unnest(c.fields) f),
         'layouts', jsonb_build_object('list', to_jsonb(ARRAY['id'] || c.fields[1:3]), 'edit', (SELECT jsonb_agg(jsonb_build_array(jsonb_build_object('name', f, 'size', 6))) FROM unnest(c.fields) f)))::text,
       'object', NULL, NULL
FROM sgen.ct c;

INSERT INTO strapi_core_store_settings (key, value, type, environment, tag)
SELECT 'plugin_content_manager_configuration_components::' || comp,
       jsonb_build_object('uid', comp, 'isComponent', true,
         'settings', jsonb_build_object('bulkable', true, 'filterable', true, 'searchable', true, 'pageSize', 10, 'mainField', 'id', 'defaultSortBy', 'id', 'defaultSortOrder', 'ASC'),
         'layouts', jsonb_build_object('list', '["id"]'::jsonb, 'edit', '[]'::jsonb))::text, 'object', NULL, NULL
FROM unnest(ARRAY['shared.seo', 'shared.social-link', 'shared.rich-text', 'shared.media', 'contact.address', 'sections.hero', 'application.work-experience', 'application.reference']) comp;

INSERT INTO strapi_core_store_settings (key, value, type, environment, tag) VALUES
  ('strapi_content_types_schema', NULL, 'object', NULL, NULL),
  ('plugin_upload_settings', '{"sizeOptimization":true,"responsiveDimensions":true,"autoOrientation":true}', 'object', NULL, NULL),
  ('plugin_upload_view_configuration', '{"pageSize":50,"sort":"createdAt:DESC"}', 'object', NULL, NULL),
  ('plugin_upload_metrics', '{"weeklySchedule":"21 33 4 * * 2","lastWeeklyUpdate":1719286401327}', 'object', NULL, NULL),
  ('plugin_i18n_default_locale', '"en"', 'string', NULL, NULL),
  ('plugin_users-permissions_grant', '{"email":{"enabled":true,"icon":"envelope"},'
     || '"discord":{"enabled":false,"icon":"discord","key":"","secret":"","callback":"api/auth/discord/callback","scope":["identify","email"]},'
     || '"facebook":{"enabled":false,"icon":"facebook-square","key":"","secret":"","callback":"api/auth/facebook/callback","scope":["email"]},'
     || '"google":{"enabled":true,"icon":"google","key":"' || fixture_gen.digits('ggid', 1, 12) || '-' || fixture_gen.chars('ggcid', 1, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com",'
     || '"secret":"' || 'GOCSPX' || '-' || fixture_gen.chars('ggsec', 1, 28) || '","callback":"https://www.harbourline-talent.example/connect/google/redirect","scope":["email"]},'
     || '"github":{"enabled":false,"icon":"github","key":"","secret":"","callback":"api/auth/github/callback","scope":["user","user:email"]},'
     || '"microsoft":{"enabled":true,"icon":"windows","key":"' || fixture_gen.uuid('msapp', 1) || '","secret":"' || fixture_gen.chars('mssec', 1, 3) || '8Q~' || fixture_gen.chars('mssec2', 1, 34) || '","callback":"https://www.harbourline-talent.example/connect/microsoft/redirect","scope":["user.read"]},'
     || '"linkedin":{"enabled":true,"icon":"linkedin","key":"' || fixture_gen.chars('liid', 1, 14, 'abcdefghijklmnopqrstuvwxyz0123456789') || '","secret":"' || 'WPL_AP1.' || fixture_gen.chars('lisec', 1, 16) || '.' || fixture_gen.chars('lisec2', 1, 8) || '==","callback":"https://www.harbourline-talent.example/connect/linkedin/redirect","scope":["openid","profile","email"]},'
     || '"twitter":{"enabled":false,"icon":"twitter","key":"","secret":"","callback":"api/auth/twitter/callback"}}', 'object', NULL, NULL),
  ('plugin_users-permissions_email', '{"reset_password":{"display":"Email.template.reset_password","icon":"sync","options":{"from":{"name":"Harbourline Talent","email":"no-reply@harbourline-talent.example"},"response_email":"candidates@harbourline-talent.example","object":"Reset your Harbourline password","message":"<p>Hi,</p><p>We heard that you lost your password. Sorry about that!</p><p>But don’t worry! You can use the following link to reset your password:</p><p><%= URL %>?code=<%= TOKEN %></p><p>Thanks,<br>The Harbourline team</p>"}},'
     || '"email_confirmation":{"display":"Email.template.email_confirmation","icon":"check-square","options":{"from":{"name":"Harbourline Talent","email":"no-reply@harbourline-talent.example"},"response_email":"candidates@harbourline-talent.example","object":"Confirm your account","message":"<p>Thank you for registering with Harbourline!</p><p>You have to confirm your email address. Please click on the link below.</p><p><%= URL %>?confirmation=<%= CODE %></p><p>Thanks.</p>"}}}', 'object', NULL, NULL),
  ('plugin_users-permissions_advanced', '{"unique_email":true,"allow_register":true,"email_confirmation":true,"email_reset_password":"https://www.harbourline-talent.example/account/reset-password","email_confirmation_redirection":"https://www.harbourline-talent.example/account/confirmed","default_role":"candidate"}', 'object', NULL, NULL),
  ('plugin_email_settings', '{"provider":"sendgrid","providerOptions":{"apiKey":"' || 'SG' || '.' || fixture_gen.chars('sgk', 1, 22) || '.' || fixture_gen.chars('sgk2', 1, 43) || '"},'
     || '"settings":{"defaultFrom":"no-reply@harbourline-talent.example","defaultReplyTo":"careers@harbourline-talent.example","testAddress":"siobhan.murphy@harbourline-talent.example"},'
     || '"fallback":{"provider":"nodemailer","providerOptions":{"host":"smtp.office365.com","port":587,"secure":false,"auth":{"user":"website-mailer@harbourline-talent.example","pass":"' || fixture_gen.chars('smtppw', 1, 6) || '-Harb0ur-' || fixture_gen.digits('smtppw', 1, 4) || '"}}}}', 'object', NULL, NULL),
  ('core_admin_auth', '{"providers":{"autoRegister":true,"defaultRole":4,"ssoLockedRoles":[1,2]}}', 'object', NULL, NULL),
  ('core_admin_project-settings', '{"menuLogo":{"name":"harbourline-mark.svg","hash":"harbourline_mark_6f1c2b8a9d","url":"/uploads/harbourline_mark_6f1c2b8a9d.svg","width":64,"height":64,"ext":".svg","size":3.41},"authLogo":null}', 'object', NULL, NULL),
  ('plugin_documentation_config', '{"restrictedAccess":true,"password":"' || sgen.bcrypt('docpw', 1) || '"}', 'object', NULL, NULL),
  ('plugin_sitemap_settings', '{"hostname":"https://www.harbourline-talent.example","includeHomepage":true,"excludeDrafts":true,"autoGenerate":true,"contentTypes":{"api::job.job":{"languages":{"und":{"pattern":"/jobs/[slug]","priority":0.7,"changefreq":"daily"}}},"api::article.article":{"languages":{"und":{"pattern":"/insights/[slug]","priority":0.5,"changefreq":"weekly"}}}}}', 'object', NULL, NULL),
  ('plugin_strapi-plugin-sentry_settings', '{"dsn":"https://' || sgen.hex('sentrydsn', 1, 32) || '@o' || fixture_gen.digits('sentryorg', 1, 6) || '.ingest.sentry.io/' || fixture_gen.digits('sentryprj', 1, 7) || '","sendMetadata":true}', 'object', 'production', NULL),
  ('plugin_recaptcha_settings', '{"siteKey":"6Lc' || fixture_gen.chars('rcsite', 1, 37) || '","secretKey":"6Lc' || fixture_gen.chars('rcsec', 1, 37) || '","minScore":0.5}', 'object', 'production', NULL),
  ('plugin_users-permissions_ip-blocklist', '{"blocked":["' || fixture_gen.ipv4('blk', 1) || '","' || fixture_gen.ipv4('blk', 2) || '"],"reason":"spam applications, June 2024"}', 'object', 'production', 'security');

-- ---------------------------------------------------------------------------
-- Webhooks.

CREATE TABLE strapi_webhooks (id serial PRIMARY KEY, name varchar(255), url text, headers jsonb, events jsonb, enabled boolean);
INSERT INTO strapi_webhooks (name, url, headers, events, enabled) VALUES
  ('Next.js on-demand revalidation', 'https://www.harbourline-talent.example/api/revalidate?secret=' || fixture_gen.chars('reval', 1, 32), '{}',
   '["entry.create", "entry.update", "entry.delete", "entry.publish", "entry.unpublish"]', true),
  ('Netlify preview build', 'https://api.netlify.com/build_hooks/' || sgen.hex('nlhook', 1, 24), '{}', '["entry.publish", "entry.unpublish"]', false),
  ('Slack #new-applications', 'https://hooks.slack.com/services/T' || fixture_gen.chars('slt', 1, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slb', 1, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('slk', 1, 24), '{}', '["entry.create"]', true),
  ('Bullhorn sync (Zapier)', 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zp', 1, 8) || '/' || fixture_gen.chars('zpk', 1, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/',
   jsonb_build_object('X-Strapi-Source', 'harbourline-cms'), '["entry.create", "entry.update"]', true),
  ('Algolia indexer', 'https://search-sync.harbourline-talent.example/strapi',
   jsonb_build_object('Authorization', 'Basic ' || translate(encode(convert_to('strapi:' || fixture_gen.chars('algpw', 1, 20), 'UTF8'), 'base64'), E'\n', ''), 'X-Algolia-API-Key', sgen.hex('algk', 1, 32)),
   '["entry.create", "entry.update", "entry.delete", "entry.publish", "entry.unpublish"]', true),
  ('Meilisearch (test)', 'http://10.20.1.14:7700/strapi-hooks', jsonb_build_object('Authorization', 'Bearer ' || fixture_gen.chars('meili', 1, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')), '["entry.publish"]', false),
  ('Media to DAM', 'https://dam.harbourline-talent.example/hooks/strapi-media', jsonb_build_object('Authorization', 'Bearer ' || fixture_gen.jwt('damjwt', 7), 'Content-Type', 'application/json'), '["media.create", "media.update", "media.delete"]', true),
  ('Teams #events', 'https://harbourlinetalent.webhook.office.com/webhookb2/' || fixture_gen.uuid('tmsa', 1) || '@' || fixture_gen.uuid('tmsb', 1) || '/IncomingWebhook/' || sgen.hex('tmsc', 1, 32) || '/' || fixture_gen.uuid('tmsd', 1), '{}', '["entry.create"]', true);

-- ---------------------------------------------------------------------------
-- Locales.

CREATE TABLE i18n_locale (
    id serial PRIMARY KEY, name varchar(255), code varchar(255), created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO i18n_locale (name, code, created_at, updated_at, created_by_id, updated_by_id) VALUES
  ('English (en)', 'en', '2022-02-14 10:02:57.402', '2022-02-14 10:02:57.402', NULL, NULL),
  ('English (Ireland) (en-IE)', 'en-IE', '2022-03-02 09:41:10.556', '2022-03-02 09:41:10.556', 1, 1),
  ('French (fr)', 'fr', '2022-08-15 13:20:44.017', '2022-08-15 13:20:44.017', 1, 1),
  ('German (de)', 'de', '2023-01-09 11:05:31.890', '2023-01-09 11:05:31.890', 2, 2);

-- Employers (organisations: clients of the agency and candidates' current
-- employers) and job titles.
CREATE TABLE sgen.org (k int PRIMARY KEY, name text, industry text, city text, web text);
INSERT INTO sgen.org (k, name, industry, city)
SELECT row_number() OVER (), n, ind, ci FROM (VALUES
  ('Northgate NHS Foundation Trust', 'Healthcare', 'Manchester'), ('Kilnworth Engineering Ltd', 'Engineering', 'Bolton'), ('Brightmere Logistics', 'Logistics', 'Warrington'),
  ('Liffey Pharma Services', 'Life sciences', 'Dublin'), ('Castlefield Capital Partners', 'Financial services', 'Manchester'), ('Ardenne Software', 'Technology', 'London'),
  ('Pennine Water Group', 'Utilities', 'Leeds'), ('Corrib Medical Devices', 'Life sciences', 'Galway'), ('Thameside Housing Association', 'Public sector', 'London'),
  ('Oakridge Care Homes', 'Healthcare', 'Stockport'), ('Vantora Retail Group', 'Retail', 'Salford'), ('Halcyon Insurance plc', 'Financial services', 'London'),
  ('Greywater Construction', 'Construction', 'Liverpool'), ('Tidewell Energy', 'Energy', 'Aberdeen'), ('Lumen & Vale Solicitors', 'Legal', 'Manchester'),
  ('Foxcote Foods', 'FMCG', 'Preston'), ('Meridian Bank Ireland', 'Financial services', 'Dublin'), ('Quayside Hotels', 'Hospitality', 'Liverpool'),
  ('Ironbridge Rail Systems', 'Engineering', 'Derby'), ('Sable Cyber Ltd', 'Technology', 'Cheltenham'), ('Wrenfield Academy Trust', 'Education', 'Oldham'),
  ('Kestrel Aerospace', 'Engineering', 'Bristol'), ('Blackrock Analytics', 'Technology', 'Dublin'), ('Harlow & Finch Accountants', 'Professional services', 'Leeds'),
  ('Salford Royal Clinic Group', 'Healthcare', 'Salford'), ('Marlowe Media', 'Media', 'London'), ('Greenlane Veterinary', 'Healthcare', 'Chester'),
  ('Atlas Freight Forwarding', 'Logistics', 'Felixstowe'), ('Clearpath Recruitment Tech', 'Technology', 'Manchester'), ('Ember Studios', 'Media', 'Dublin')
) v(n, ind, ci);
UPDATE sgen.org SET web = 'https://www.' || replace(sgen.slug(regexp_replace(name, ' (Ltd|plc|Group|Services)$', '')), '-', '') || '.example';

CREATE FUNCTION sgen.title(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Staff Nurse', 'Senior Staff Nurse (Band 6)', 'Healthcare Assistant', 'Mechanical Design Engineer', 'Quality Engineer', 'Warehouse Team Leader',
    'Transport Planner', 'QA Analyst', 'Senior Software Engineer', 'Frontend Developer', 'Data Analyst', 'Payroll Administrator', 'Management Accountant',
    'Credit Controller', 'HR Business Partner', 'Site Manager', 'Quantity Surveyor', 'Paralegal', 'Conveyancing Solicitor', 'Customer Service Advisor',
    'Store Manager', 'Regulatory Affairs Specialist', 'Validation Engineer', 'Teaching Assistant', 'Marketing Executive', 'Graduate', 'Operations Manager',
    'Veterinary Nurse', 'Cyber Security Analyst', 'Project Coordinator'], tag, i)
$$;

-- ---------------------------------------------------------------------------
-- The users-permissions plugin: candidates and employer contacts who sign
-- in on the website, with the fields the site added to the user.

CREATE TABLE up_roles (
    id serial PRIMARY KEY, name varchar(255), description varchar(255), type varchar(255),
    created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO up_roles (name, description, type, created_at, updated_at, created_by_id, updated_by_id) VALUES
  ('Authenticated', 'Default role given to authenticated user.', 'authenticated', '2022-02-14 10:02:57.690', '2022-02-14 10:02:57.690', NULL, NULL),
  ('Public', 'Default role given to unauthenticated user.', 'public', '2022-02-14 10:02:57.702', '2023-10-05 15:30:12.118', NULL, 2),
  ('Candidate', 'Job seekers: saved jobs, applications, profile.', 'candidate', '2022-03-09 14:40:02.331', '2022-11-02 20:41:55.007', 1, 2),
  ('Employer', 'Client hiring managers: their own jobs and the shortlist shared with them.', 'employer', '2022-06-01 10:12:48.940', '2023-02-14 16:07:31.551', 1, 1);

CREATE TABLE up_permissions (
    id serial PRIMARY KEY, action varchar(255), created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
CREATE TABLE up_permissions_role_links (id serial PRIMARY KEY, permission_id integer, role_id integer, permission_order double precision);
CREATE TABLE sgen.upp (n serial, role int, action text);
INSERT INTO sgen.upp (role, action)
SELECT r, a FROM (VALUES
  (1, ARRAY['plugin::users-permissions.user.me', 'plugin::users-permissions.auth.changePassword', 'plugin::users-permissions.auth.logout']),
  (2, ARRAY['api::article.article.find', 'api::article.article.findOne', 'api::author.author.find', 'api::author.author.findOne', 'api::category.category.find',
            'api::job.job.find', 'api::job.job.findOne', 'api::company.company.findOne', 'api::recruiter.recruiter.find', 'api::recruiter.recruiter.findOne',
            'api::job-application.job-application.create', 'api::contact-form-submission.contact-form-submission.create', 'api::newsletter-signup.newsletter-signup.create',
            'api::testimonial.testimonial.find', 'api::page.page.find', 'api::page.page.findOne', 'api::global.global.find', 'api::office.office.find',
            'api::event.event.find', 'api::event.event.findOne', 'api::event-registration.event-registration.create', 'plugin::users-permissions.auth.callback',
            'plugin::users-permissions.auth.connect', 'plugin::users-permissions.auth.forgotPassword', 'plugin::users-permissions.auth.resetPassword',
            'plugin::users-permissions.auth.register', 'plugin::users-permissions.auth.emailConfirmation', 'plugin::users-permissions.auth.sendEmailConfirmation', 'plugin::upload.content-api.upload']),
  (3, ARRAY['plugin::users-permissions.user.me', 'plugin::users-permissions.user.update', 'plugin::users-permissions.auth.changePassword', 'api::job-application.job-application.create',
            'api::job-application.job-application.find', 'api::job-application.job-application.findOne', 'api::job.job.find', 'plugin::upload.content-api.upload']),
  (4, ARRAY['plugin::users-permissions.user.me', 'api::job.job.find', 'api::job.job.update', 'api::job-application.job-application.find', 'api::job-application.job-application.findOne', 'api::company.company.update'])
) v(r, acts), unnest(acts) a;
INSERT INTO up_permissions (action, created_at, updated_at, created_by_id, updated_by_id)
SELECT u.action, r.created_at + make_interval(secs => u.n / 50.0), r.created_at + make_interval(secs => u.n / 50.0), NULL, NULL FROM sgen.upp u JOIN up_roles r ON r.id = u.role ORDER BY u.n;
INSERT INTO up_permissions_role_links (permission_id, role_id, permission_order)
SELECT n, role, row_number() OVER (PARTITION BY role ORDER BY n) FROM sgen.upp ORDER BY n;

CREATE TABLE up_users (
    id serial PRIMARY KEY, username varchar(255), email varchar(255), provider varchar(255), password varchar(255),
    reset_password_token varchar(255), confirmation_token varchar(255), confirmed boolean, blocked boolean,
    created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer,
    full_name varchar(255), phone varchar(255), date_of_birth date, company varchar(255), job_title varchar(255), linkedin_url varchar(255)
);
-- 1-240: candidates; 241-264: employers' hiring managers (k = 2000 + id).
CREATE TABLE sgen.u (id int PRIMARY KEY, k int, kind text, org int, provider text, created timestamp);
INSERT INTO sgen.u SELECT id, CASE WHEN id <= 240 THEN id ELSE 2000 + id END, CASE WHEN id <= 240 THEN 'candidate' ELSE 'employer' END,
       CASE WHEN id <= 240 THEN CASE WHEN id % 4 = 0 THEN NULL ELSE 1 + fixture_gen.n('uorg', id, 30) END ELSE 1 + (id - 241) % 30 END,
       CASE WHEN id > 240 THEN 'local' ELSE fixture_gen.pick(ARRAY['local', 'local', 'local', 'local', 'local', 'google', 'google', 'linkedin'], 'uprov', id) END,
       sgen.at('ucre', id, '2022-03-10', '2024-06-27')
FROM generate_series(1, 264) id;
INSERT INTO up_users
SELECT u.id,
       CASE WHEN u.provider <> 'local' OR u.id % 3 = 0 THEN lower(sgen.cmail(u.k))
            WHEN u.id % 3 = 1 THEN fixture_gen.ascii(sgen.cfirst(u.k)) || '.' || fixture_gen.ascii(sgen.clast(u.k))
            ELSE fixture_gen.ascii(sgen.cfirst(u.k)) || substr(fixture_gen.ascii(sgen.clast(u.k)), 1, 1) || (70 + fixture_gen.n('uyy', u.id, 35))::text END,
       CASE WHEN u.kind = 'employer' THEN fixture_gen.ascii(sgen.cfirst(u.k)) || '.' || fixture_gen.ascii(sgen.clast(u.k)) || '@' || substr(o.web, 13) ELSE lower(sgen.cmail(u.k)) END,
       u.provider,
       CASE WHEN u.provider = 'local' THEN sgen.bcrypt('uppw', u.id) END,
       CASE WHEN u.provider = 'local' AND u.id % 17 = 3 THEN sgen.hex('uprst', u.id, 128) END,
       CASE WHEN u.provider = 'local' AND u.id % 11 = 5 THEN sgen.hex('upcnf', u.id, 40) END,
       NOT (u.provider = 'local' AND u.id % 11 = 5), u.id IN (37, 151, 203),
       u.created, u.created + make_interval(days => fixture_gen.n('uupd', u.id, 90), secs => fixture_gen.n('uupds', u.id, 86400)), NULL, CASE WHEN u.id IN (37, 151, 203) THEN 4 END,
       CASE WHEN u.id % 9 = 2 THEN NULL ELSE sgen.cname(u.k) END,
       CASE WHEN u.id % 5 = 1 THEN NULL ELSE sgen.cphone(u.k) END,
       CASE WHEN u.kind = 'candidate' AND u.id % 3 <> 0 THEN date '1962-01-01' + fixture_gen.n('udob', u.id, 365 * 42) END,
       o.name,
       CASE WHEN u.kind = 'employer' THEN fixture_gen.pick(ARRAY['Talent Acquisition Manager', 'Head of People', 'Recruitment Partner', 'Ward Manager', 'Engineering Manager', 'Finance Director'], 'uemt', u.id)
            WHEN u.id % 6 = 5 THEN NULL ELSE sgen.title('utit', u.id) END,
       CASE WHEN u.id % 3 = 1 OR u.provider = 'linkedin' THEN 'https://www.linkedin.com/in/' || sgen.slug(sgen.cname(u.k)) || CASE WHEN u.id % 2 = 0 THEN '-' || substr(sgen.hex('uli', u.id, 8), 1, 7) ELSE '' END END
FROM sgen.u u LEFT JOIN sgen.org o ON o.k = u.org ORDER BY u.id;

CREATE TABLE up_users_role_links (id serial PRIMARY KEY, user_id integer, role_id integer, user_order double precision);
INSERT INTO up_users_role_links (user_id, role_id, user_order)
SELECT id, CASE WHEN kind = 'employer' THEN 4 WHEN id < 12 THEN 1 ELSE 3 END, row_number() OVER (PARTITION BY kind ORDER BY id) FROM sgen.u ORDER BY id;

-- ---------------------------------------------------------------------------
-- Components (their tables have no timestamps; <table>_components joins
-- them to entries).

CREATE TABLE components_shared_seos (
    id serial PRIMARY KEY, meta_title varchar(255), meta_description text, keywords text, meta_robots varchar(255), structured_data jsonb, meta_viewport varchar(255), canonical_url varchar(255)
);
CREATE TABLE components_shared_social_links (id serial PRIMARY KEY, platform varchar(255), url varchar(255));
CREATE TABLE components_shared_rich_texts (id serial PRIMARY KEY, body text);
CREATE TABLE components_shared_media (id serial PRIMARY KEY);
CREATE TABLE components_sections_heroes (id serial PRIMARY KEY, title varchar(255), subtitle text, cta_label varchar(255), cta_url varchar(255));
CREATE TABLE components_contact_addresses (id serial PRIMARY KEY, street varchar(255), city varchar(255), postcode varchar(255), country varchar(255), phone varchar(255));
CREATE TABLE components_application_work_experiences (id serial PRIMARY KEY, employer varchar(255), job_title varchar(255), start_date date, end_date date, description text);
CREATE TABLE components_application_references (id serial PRIMARY KEY, referee_name varchar(255), referee_email varchar(255), referee_phone varchar(255), relationship varchar(255));

-- ---------------------------------------------------------------------------
-- Blog ("Insights"): authors, categories, articles.

CREATE TABLE authors (
    id serial PRIMARY KEY, name varchar(255), email varchar(255), bio text, slug varchar(255), job_title varchar(255),
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO authors (name, email, bio, slug, job_title, created_at, updated_at, published_at, created_by_id, updated_by_id)
SELECT a.name, a.email, a.bio, sgen.slug(a.name), a.title, a.t, a.t + interval '3 days 2 hours', a.t + interval '1 hour', a.by, a.by
FROM (VALUES
  ('Priya Raman', 'priya.raman@harbourline-talent.example', 'Priya leads marketing at Harbourline. Before that she spent eight years recruiting finance teams in Leeds, and she still answers candidates on LinkedIn most evenings.', 'Head of Marketing', timestamp '2022-04-30 10:11:02.117', 3),
  ('Hiroko Tanabe', 'hiroko.tanabe@harbourline-talent.example', 'Hiroko writes our salary guides and market reports. She moved to Manchester from Osaka in 2015 and is learning Irish with her son.', 'Content Lead', '2022-06-13 09:30:45.662', 6),
  ('Ingrid Solberg', 'ingrid.solberg@harbourline-talent.example', 'Ingrid covers life sciences hiring in Ireland. Reach her on +353 87 214 3390 for the quarterly pharma market update.', 'Market Analyst, Life Sciences', '2022-09-19 14:02:19.004', 12),
  ('Luca Ferraro', 'luca.ferraro.copy@gmail.com', 'Freelance copywriter. Writes about CVs, interviews and career changes; former teacher.', 'Guest writer', '2023-05-06 08:55:37.212', 13),
  ('Marta Nowicka', 'marta.nowicka@harbourline-talent.example', 'Marta wrote our engineering and construction guides until 2023.', 'Consultant, Engineering', '2022-07-04 16:44:10.580', 16),
  ('Dr Kemi Adeyemi', NULL, 'Guest post: Kemi is a ward manager at a Greater Manchester hospital and mentors internationally educated nurses through their NMC registration.', 'Ward Manager (guest)', '2023-03-08 12:20:00.000', 3),
  ('Harbourline Editorial Team', 'insights@harbourline-talent.example', 'News and guides from the Harbourline Talent team.', 'Editorial', '2022-03-15 11:00:00.000', 1),
  ('Seán Doherty', 'sean.doherty@harbourline-talent.example', 'Seán runs the Dublin office and writes about hiring in tech and financial services. Dad of three, Shamrock Rovers season ticket holder.', 'Managing Director, Ireland', '2022-11-28 10:05:14.336', 3)
) a(name, email, bio, title, t, by);

CREATE TABLE categories (
    id serial PRIMARY KEY, name varchar(255), slug varchar(255), description text, created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO categories (name, slug, description, created_at, updated_at, created_by_id, updated_by_id)
SELECT n, sgen.slug(n), d, timestamp '2022-03-15 11:20:00' + k * interval '7 minutes', timestamp '2022-03-15 11:20:00' + k * interval '7 minutes', 1, 1
FROM (VALUES (1, 'Career advice', 'CVs, interviews, offers and first days.'), (2, 'Salary guides', 'What roles pay, by sector and region.'),
  (3, 'Hiring advice', 'For employers: job adverts, interviews, retention.'), (4, 'Healthcare', 'Nursing, care and allied health.'), (5, 'Engineering', 'Manufacturing, rail, aerospace and construction.'),
  (6, 'Technology', 'Software, data and cyber security.'), (7, 'Company news', 'News from Harbourline Talent.'), (8, 'Life sciences', 'Pharma, medtech and regulatory careers in Ireland and the UK.')) v(k, n, d);

CREATE TABLE articles (
    id serial PRIMARY KEY, title varchar(255), slug varchar(255), description text, content text, reading_time integer, featured boolean,
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer, locale varchar(255)
);
CREATE TABLE sgen.art (i int PRIMARY KEY, title text, cat int, author int, t timestamp);
INSERT INTO sgen.art
SELECT row_number() OVER (ORDER BY t.k, y.y), replace(t.title, '{Y}', y.y::text), t.cat, t.author, sgen.at('art', t.k * 10 + y.y, make_timestamp(y.y, 1, 5, 9, 0, 0), make_timestamp(y.y, 12, 15, 17, 0, 0))
FROM (VALUES (1, 'How to write a CV that gets past applicant tracking systems ({Y})', 1, 4), (2, 'Nursing salary guide {Y}: bands, enhancements and agency rates', 2, 2),
  (3, 'Ten interview questions for engineering managers, and how to answer them', 1, 5), (4, 'Relocating to Ireland for a pharma role: a {Y} checklist', 8, 3),
  (5, 'Why your job advert is not getting applicants', 3, 1), (6, 'Salaries in software engineering {Y}: Manchester, London and Dublin', 2, 2),
  (7, 'Counter-offers: should you accept one?', 1, 4), (8, 'From classroom to corporate: changing careers after teaching', 1, 4),
  (9, 'Hiring internationally educated nurses: what employers need to know', 4, 6), (10, 'The {Y} construction skills shortage in numbers', 5, 5),
  (11, 'Harbourline opens its Dublin office', 7, 7), (12, 'Cyber security careers without a degree', 6, 8), (13, 'Validation engineering: what the job really involves', 8, 3),
  (14, 'Writing a cover letter in {Y}: a short guide', 1, 4), (15, 'Four-day weeks: what we learned from our clients', 3, 1),
  (16, 'Data analyst salaries {Y}', 2, 2), (17, 'Preparing for a competency-based interview in the NHS', 4, 6), (18, 'Our {Y} careers fairs: dates and venues', 7, 7)) t(k, title, cat, author)
CROSS JOIN (VALUES (2022), (2023), (2024)) y(y)
WHERE (t.title LIKE '%{Y}%' OR y.y = 2022 + t.k % 3) AND make_timestamp(y.y, 1, 5, 9, 0, 0) < timestamp '2024-06-01';
UPDATE sgen.art SET t = least(t, timestamp '2024-06-25 12:00:00' - make_interval(days => i));

INSERT INTO articles (id, title, slug, description, content, reading_time, featured, created_at, updated_at, published_at, created_by_id, updated_by_id, locale)
SELECT a.i, a.title, sgen.slug(a.title),
       fixture_gen.pick(ARRAY['A practical guide with examples and a checklist you can download.', 'What we see across hundreds of placements each year, in plain words.',
         'Figures from our placements and the latest ONS and CSO data.', 'Straight answers to the questions candidates ask us most.', 'Advice from our consultants, updated for this year.'], 'ades', a.i),
       '## ' || a.title || E'\n\n' || fixture_gen.pick(ARRAY['Most hiring managers spend less than a minute on a first read.', 'Demand kept rising this year in every region we cover.', 'The short answer: it depends on the role, the sector and your notice period.', 'We asked our consultants what separates the applications that get interviews.'], 'acon1', a.i)
         || E'\n\n### What to do\n\n- Keep it to two pages\n- Lead with results, not duties\n- Match the wording of the advert\n\n'
         || fixture_gen.pick(ARRAY['Rates quoted are base salaries before enhancements and do not include overtime.', 'If you are unsure, talk to a consultant before you apply.', 'Employers tell us flexibility now matters as much as pay.', 'Download the full guide as a PDF from the link below.'], 'acon2', a.i)
         || E'\n\n> Figures are medians of roles we filled; individual offers vary.\n',
       3 + fixture_gen.n('art_rt', a.i, 9), a.i % 7 = 0,
       a.t, a.t + make_interval(days => fixture_gen.n('artu', a.i, 40)), CASE WHEN a.i % 13 = 6 THEN NULL ELSE a.t + make_interval(hours => 1 + fixture_gen.n('artp', a.i, 48)) END,
       s.i, s.i, 'en'
FROM sgen.art a JOIN sgen.staff s ON s.i = (ARRAY[3, 6, 12, 13, 16, 3, 1, 8])[a.author] ORDER BY a.i;
SELECT setval('articles_id_seq', (SELECT max(id) FROM articles));
-- A few translations.
INSERT INTO articles (title, slug, description, content, reading_time, featured, created_at, updated_at, published_at, created_by_id, updated_by_id, locale)
SELECT CASE l.loc WHEN 'fr' THEN 'Traduction : ' ELSE 'Übersetzung: ' END || a.title, a.slug || '-' || l.loc, a.description, a.content, a.reading_time, false,
       a.created_at + interval '20 days', a.updated_at + interval '21 days', a.published_at + interval '21 days', 8, 8, l.loc
FROM articles a CROSS JOIN (VALUES ('fr'), ('de')) l(loc) WHERE a.id % 9 = 4 ORDER BY a.id, l.loc;

CREATE TABLE articles_author_links (id serial PRIMARY KEY, article_id integer, author_id integer, article_order double precision);
INSERT INTO articles_author_links (article_id, author_id, article_order)
SELECT a.id, s.author, row_number() OVER (PARTITION BY s.author ORDER BY a.id) FROM articles a JOIN sgen.art s ON s.i = a.id ORDER BY a.id;
CREATE TABLE articles_category_links (id serial PRIMARY KEY, article_id integer, category_id integer, article_order double precision);
INSERT INTO articles_category_links (article_id, category_id, article_order)
SELECT a.id, s.cat, row_number() OVER (PARTITION BY s.cat ORDER BY a.id) FROM articles a JOIN sgen.art s ON s.i = a.id ORDER BY a.id;
CREATE TABLE articles_components (id serial PRIMARY KEY, entity_id integer, component_id integer, component_type varchar(255), field varchar(255), "order" double precision);

-- SEO of articles (ids 1-99), jobs (101-299), pages (301-), the global type (401-).
INSERT INTO components_shared_seos (id, meta_title, meta_description, keywords, meta_robots, structured_data, meta_viewport, canonical_url)
SELECT a.id, left(a.title, 60) || ' | Harbourline', a.description, lower(c.name) || ', recruitment, careers, ' || fixture_gen.pick(ARRAY['uk', 'ireland', 'manchester', 'london', 'dublin'], 'kw', a.id),
       CASE WHEN a.published_at IS NULL THEN 'noindex, nofollow' ELSE 'index, follow' END,
       jsonb_build_object('@context', 'https://schema.org', '@type', 'Article', 'headline', a.title,
         'author', jsonb_build_object('@type', 'Person', 'name', au.name, 'url', 'https://www.harbourline-talent.example/insights/authors/' || au.slug),
         'publisher', jsonb_build_object('@type', 'Organization', 'name', 'Harbourline Talent'), 'datePublished', to_char(coalesce(a.published_at, a.created_at), 'YYYY-MM-DD')),
       'width=device-width, initial-scale=1', 'https://www.harbourline-talent.example/' || CASE a.locale WHEN 'en' THEN '' ELSE a.locale || '/' END || 'insights/' || a.slug
FROM articles a JOIN articles_author_links al ON al.article_id = a.id JOIN authors au ON au.id = al.author_id
JOIN articles_category_links cl ON cl.article_id = a.id JOIN categories c ON c.id = cl.category_id ORDER BY a.id;
INSERT INTO components_shared_rich_texts (id, body)
SELECT a.id, E'Need a hand with your next move? Our consultants reply within one working day.\n\n[Browse jobs](/jobs) or [upload your CV](/register).' FROM articles a ORDER BY a.id;
INSERT INTO components_shared_media (id) SELECT a.id FROM articles a WHERE a.id % 2 = 0 ORDER BY a.id;
INSERT INTO articles_components (entity_id, component_id, component_type, field, "order")
SELECT id, id, 'shared.seo', 'seo', 1 FROM articles
UNION ALL SELECT id, id, 'shared.rich-text', 'blocks', 1 FROM articles
UNION ALL SELECT id, id, 'shared.media', 'blocks', 2 FROM articles WHERE id % 2 = 0 ORDER BY 1, 3;

-- ---------------------------------------------------------------------------
-- The job board: employers, recruiters, jobs.

CREATE TABLE companies (
    id serial PRIMARY KEY, name varchar(255), slug varchar(255), website varchar(255), description text, industry varchar(255), hq_city varchar(255),
    contact_name varchar(255), contact_email varchar(255), contact_phone varchar(255), vat_number varchar(255),
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO companies (id, name, slug, website, description, industry, hq_city, contact_name, contact_email, contact_phone, vat_number, created_at, updated_at, published_at, created_by_id, updated_by_id)
SELECT o.k, o.name, sgen.slug(o.name), o.web,
       o.name || ' is a ' || lower(o.industry) || ' employer based in ' || o.city || '. ' || fixture_gen.pick(ARRAY['Generous pension, hybrid working for office roles and a clear progression framework.',
         'Family-run since 1978 and growing across the North West.', 'Part of a FTSE 250 group with sites across the UK and Ireland.', 'A B Corp certified business with 28 days holiday plus bank holidays.'], 'codesc', o.k),
       o.industry, o.city,
       sgen.cname(3000 + o.k), fixture_gen.ascii(sgen.cfirst(3000 + o.k)) || '.' || fixture_gen.ascii(sgen.clast(3000 + o.k)) || '@' || substr(o.web, 13),
       CASE WHEN o.k % 3 = 0 THEN '0161 ' || fixture_gen.digits('coph', o.k, 3) || ' ' || fixture_gen.digits('coph2', o.k, 4) ELSE sgen.cphone(3000 + o.k) END,
       CASE WHEN o.city IN ('Dublin', 'Galway') THEN 'IE' || fixture_gen.digits('covie', o.k, 7) || fixture_gen.chars('covie', o.k, 1, 'ABCDEFGHW') WHEN o.k % 4 = 1 THEN NULL ELSE 'GB' || fixture_gen.digits('cov', o.k, 9) END,
       c.t, c.t + make_interval(days => fixture_gen.n('coupd', o.k, 200)), c.t + interval '10 minutes', fixture_gen.pick(ARRAY['4', '5', '7', '9', '10', '15'], 'coby', o.k)::int, 4
FROM sgen.org o CROSS JOIN LATERAL (SELECT sgen.at('cocre', o.k, '2022-03-10', '2024-03-01') AS t) c ORDER BY o.k;
CREATE TABLE companies_components (id serial PRIMARY KEY, entity_id integer, component_id integer, component_type varchar(255), field varchar(255), "order" double precision);
-- Company head offices: address components 1001-1030.
INSERT INTO components_contact_addresses (id, street, city, postcode, country, phone)
SELECT 1000 + c.id, (1 + fixture_gen.n('costr', c.id, 200))::text || ' ' || fixture_gen.pick(ARRAY['Deansgate', 'Oxford Road', 'Wellington Place', 'Harcourt Street', 'Kingsway', 'Canal Street', 'Pilgrim Street'], 'costrn', c.id) || CASE WHEN c.id % 3 = 0 THEN ', Unit ' || (1 + c.id % 9)::text ELSE '' END,
       c.hq_city, CASE WHEN c.hq_city IN ('Dublin', 'Galway') THEN 'D0' || (1 + c.id % 8)::text || ' ' || fixture_gen.chars('coek', c.id, 4, 'ACDEFHKNPRTVWXY0123456789') ELSE fixture_gen.pick(ARRAY['M1', 'M3', 'LS1', 'L3', 'BL1', 'WA1', 'SK1', 'DE1', 'BS1'], 'copc', c.id) || ' ' || (1 + c.id % 9)::text || fixture_gen.chars('copc2', c.id, 2, 'ABDEFGHJLNPQRSTUWXYZ') END,
       CASE WHEN c.hq_city IN ('Dublin', 'Galway') THEN 'Ireland' ELSE 'United Kingdom' END, c.contact_phone
FROM companies c ORDER BY c.id;
INSERT INTO companies_components (entity_id, component_id, component_type, field, "order") SELECT id, 1000 + id, 'contact.address', 'address', 1 FROM companies ORDER BY id;

CREATE TABLE recruiters (
    id serial PRIMARY KEY, full_name varchar(255), email varchar(255), phone varchar(255), linkedin_url varchar(255), bio text, slug varchar(255), job_title varchar(255),
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO recruiters (full_name, email, phone, linkedin_url, bio, slug, job_title, created_at, updated_at, published_at, created_by_id, updated_by_id)
SELECT r.name, fixture_gen.ascii(split_part(r.name, ' ', 1)) || '.' || fixture_gen.ascii(substr(r.name, strpos(r.name, ' ') + 1)) || '@harbourline-talent.example',
       r.phone, 'https://www.linkedin.com/in/' || sgen.slug(r.name) || '-' || sgen.hex('rli', r.k, 6), r.bio, sgen.slug(r.name), r.title,
       sgen.at('rcre', r.k, '2022-03-10', '2023-12-01'), sgen.at('rcre', r.k, '2022-03-10', '2023-12-01') + interval '90 days', sgen.at('rcre', r.k, '2022-03-10', '2023-12-01') + interval '1 hour', 4, 4
FROM (VALUES
  (1, 'Kwabena Asante', '+44 7700 900 118', 'Senior Consultant, Nursing', 'Kwabena has placed nurses across Greater Manchester for eleven years. A former HCA himself, he still does a night shift at Northgate once a month. Text him on 07700 900118.'),
  (2, 'Eleanor Whitfield', '+44 7700 900 241', 'Principal Consultant, Finance', 'Eleanor recruits accountants and credit controllers in Leeds and Manchester. Qualified ACCA, marathon runner, mum of twins.'),
  (3, 'Mehmet Aydın', '+44 7700 900 377', 'Consultant, Engineering', 'Mehmet covers mechanical and quality engineering roles in the North West and speaks Turkish and German.'),
  (4, 'Daniel O''Connor', '+353 87 900 4512', 'Consultant, Life Sciences', 'Daniel recruits validation and regulatory professionals for pharma and medtech clients in Dublin and Galway.'),
  (5, 'Zanele Mokoena', '+44 7700 900 563', 'Events & Graduate Recruitment Lead', 'Zanele runs our careers fairs and graduate programmes. Moved from Johannesburg in 2019; ask her about sponsorship for Skilled Worker visas.'),
  (6, 'Oluwaseun Adebayo', '+44 7700 900 619', 'Consultant, Technology', 'Seun places software engineers and data analysts. Runs the Manchester .NET meetup.'),
  (7, 'Ahmed El-Sayed', '+44 7700 900 704', 'Consultant, Construction', 'Ahmed joined in 2024 from a main contractor where he was a site manager for nine years.'),
  (8, 'Aisling Byrne', '+353 86 900 8831', 'Consultant, Financial Services (Dublin)', 'Aisling recruits for banks and insurers in Dublin. On leave until September 2024: contact Seán Doherty meanwhile.'),
  (9, 'Gráinne Ní Bhriain', '+353 85 900 9217', 'Senior Consultant, Healthcare (Ireland)', 'Gráinne recruits nurses and health and social care professionals for HSE and private hospitals.'),
  (10, 'Samuel Osei', '+44 7700 900 935', 'Consultant, Logistics', 'Samuel covers warehouse, transport and supply chain roles around Warrington and Felixstowe.'),
  (11, 'Farah Siddiqui', '+44 7700 900 986', 'Consultant, Legal', 'Farah places paralegals and solicitors in conveyancing and family law.'),
  (12, 'Niamh Gallagher', '+44 7700 900 052', 'Team Leader, Healthcare', 'Niamh leads the healthcare desk. Returned from maternity leave in April 2023.')
) r(k, name, phone, title, bio) ORDER BY r.k;
CREATE TABLE recruiters_components (id serial PRIMARY KEY, entity_id integer, component_id integer, component_type varchar(255), field varchar(255), "order" double precision);
-- Social links: recruiters 1-24, the global type 201-204.
INSERT INTO components_shared_social_links (id, platform, url)
SELECT 2 * (r.id - 1) + p.o, p.platform, CASE p.platform WHEN 'LinkedIn' THEN r.linkedin_url ELSE 'https://x.com/' || replace(r.slug, '-', '_') END
FROM recruiters r CROSS JOIN (VALUES (1, 'LinkedIn'), (2, 'X')) p(o, platform) WHERE p.o = 1 OR r.id % 3 = 0 ORDER BY r.id, p.o;
INSERT INTO recruiters_components (entity_id, component_id, component_type, field, "order")
SELECT (id + 1) / 2, id, 'shared.social-link', 'social_links', 2 - id % 2 FROM components_shared_social_links ORDER BY id;
CREATE TABLE jobs (
    id serial PRIMARY KEY, title varchar(255), slug varchar(255), description text, location varchar(255), remote_policy varchar(255), employment_type varchar(255),
    salary_min integer, salary_max integer, currency varchar(255), closes_at date, reference varchar(255), apply_email varchar(255),
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer, locale varchar(255)
);
CREATE TABLE sgen.job (i int PRIMARY KEY, title text, co int, rec int, t timestamp);
INSERT INTO sgen.job SELECT i, sgen.title('jt', i), 1 + fixture_gen.n('jco', i, 30), 1 + fixture_gen.n('jrec', i, 12), sgen.at('jcre', i, '2022-03-20', '2024-06-26') FROM generate_series(1, 110) i;
INSERT INTO jobs (id, title, slug, description, location, remote_policy, employment_type, salary_min, salary_max, currency, closes_at, reference, apply_email, created_at, updated_at, published_at, created_by_id, updated_by_id, locale)
SELECT j.i, j.title, sgen.slug(j.title || ' ' || c.hq_city) || '-' || j.i, 
       '## About the role' || E'\n\n' || c.name || ' is hiring a ' || j.title || ' in ' || c.hq_city || '. ' || fixture_gen.pick(ARRAY['You will join a team of twelve and report to the department head.', 'This is a new position created by growth in the region.', 'Shift pattern: long days, three per week, with internal rotation.', 'The role suits someone with two or more years in a similar post.'], 'jd1', j.i)
         || E'\n\n## What you get\n\n- ' || fixture_gen.pick(ARRAY['Pension matched up to 6%', '27 days holiday plus bank holidays', 'Relocation support', 'Paid professional registration'], 'jd2', j.i) || E'\n- Free parking\n- Training budget\n',
       c.hq_city, fixture_gen.pick(ARRAY['On-site', 'On-site', 'Hybrid', 'Remote'], 'jrem', j.i), fixture_gen.pick(ARRAY['Permanent', 'Permanent', 'Permanent', 'Contract', 'Temporary', 'Locum'], 'jemp', j.i),
       s.lo, s.lo + 3000 + 1000 * fixture_gen.n('jsal2', j.i, 12), CASE WHEN c.hq_city IN ('Dublin', 'Galway') THEN 'EUR' ELSE 'GBP' END,
       (j.t + make_interval(days => 21 + fixture_gen.n('jclose', j.i, 40)))::date, 'HT-' || to_char(j.t, 'YY') || '-' || lpad(j.i::text, 4, '0'),
       CASE WHEN j.i % 4 = 0 THEN r.email ELSE 'applications@harbourline-talent.example' END,
       j.t, j.t + make_interval(days => fixture_gen.n('jupd', j.i, 20)), CASE WHEN j.i % 15 = 7 THEN NULL ELSE j.t + interval '25 minutes' END,
       (ARRAY[4, 5, 7, 9, 10, 15, 17, 14, 4, 10, 7, 5])[j.rec], (ARRAY[4, 5, 7, 9, 10, 15, 17, 14, 4, 10, 7, 5])[j.rec], 'en'
FROM sgen.job j JOIN companies c ON c.id = j.co JOIN recruiters r ON r.id = j.rec
CROSS JOIN LATERAL (SELECT 18000 + 1000 * fixture_gen.n('jsal', j.i, 50) AS lo) s ORDER BY j.i;
SELECT setval('jobs_id_seq', (SELECT max(id) FROM jobs));
CREATE TABLE jobs_company_links (id serial PRIMARY KEY, job_id integer, company_id integer, job_order double precision);
INSERT INTO jobs_company_links (job_id, company_id, job_order) SELECT i, co, row_number() OVER (PARTITION BY co ORDER BY i) FROM sgen.job ORDER BY i;
CREATE TABLE jobs_recruiter_links (id serial PRIMARY KEY, job_id integer, recruiter_id integer, job_order double precision);
INSERT INTO jobs_recruiter_links (job_id, recruiter_id, job_order) SELECT i, rec, row_number() OVER (PARTITION BY rec ORDER BY i) FROM sgen.job ORDER BY i;
CREATE TABLE jobs_components (id serial PRIMARY KEY, entity_id integer, component_id integer, component_type varchar(255), field varchar(255), "order" double precision);
INSERT INTO components_shared_seos (id, meta_title, meta_description, keywords, meta_robots, structured_data, meta_viewport, canonical_url)
SELECT 100 + j.id, j.title || ' in ' || j.location || ' | Harbourline', left(regexp_replace(j.description, E'[#\\n-]+', ' ', 'g'), 155), lower(j.title) || ', jobs in ' || lower(j.location) || ', ' || lower(j.employment_type),
       CASE WHEN j.published_at IS NULL OR j.closes_at < date '2024-06-28' THEN 'noindex, follow' ELSE 'index, follow' END,
       jsonb_build_object('@context', 'https://schema.org', '@type', 'JobPosting', 'title', j.title, 'datePosted', to_char(j.created_at, 'YYYY-MM-DD'), 'validThrough', j.closes_at,
         'employmentType', upper(j.employment_type), 'hiringOrganization', jsonb_build_object('@type', 'Organization', 'name', c.name, 'sameAs', c.website),
         'jobLocation', jsonb_build_object('@type', 'Place', 'address', jsonb_build_object('addressLocality', j.location, 'addressCountry', CASE j.currency WHEN 'EUR' THEN 'IE' ELSE 'GB' END)),
         'baseSalary', jsonb_build_object('@type', 'MonetaryAmount', 'currency', j.currency, 'value', jsonb_build_object('minValue', j.salary_min, 'maxValue', j.salary_max, 'unitText', 'YEAR'))),
       NULL, 'https://www.harbourline-talent.example/jobs/' || j.slug
FROM jobs j JOIN companies c ON c.id = (SELECT company_id FROM jobs_company_links l WHERE l.job_id = j.id) ORDER BY j.id;
INSERT INTO jobs_components (entity_id, component_id, component_type, field, "order") SELECT id, 100 + id, 'shared.seo', 'seo', 1 FROM jobs ORDER BY id;

-- ---------------------------------------------------------------------------
-- Offices and events.

CREATE TABLE offices (
    id serial PRIMARY KEY, name varchar(255), street varchar(255), city varchar(255), postcode varchar(255), country varchar(255), phone varchar(255), email varchar(255),
    opening_hours text, created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO offices (name, street, city, postcode, country, phone, email, opening_hours, created_at, updated_at, published_at, created_by_id, updated_by_id) VALUES
  ('Manchester (head office)', '4th Floor, 82 King Street', 'Manchester', 'M2 4WQ', 'United Kingdom', '+44 161 496 0750', 'manchester@harbourline-talent.example', 'Mon–Fri 08:30–17:30', '2022-03-15 11:40:00', '2023-10-02 09:12:44.310', '2022-03-15 11:41:00', 1, 3),
  ('London', 'WeWork, 1 Poultry', 'London', 'EC2R 8EJ', 'United Kingdom', '+44 20 7946 0321', 'london@harbourline-talent.example', 'Mon–Fri 09:00–17:30, by appointment', '2022-03-15 11:42:00', '2022-03-15 11:42:00', '2022-03-15 11:43:00', 1, 1),
  ('Dublin', 'Unit 3, 25 Fitzwilliam Place', 'Dublin', 'D02 T292', 'Ireland', '+353 1 555 0148', 'dublin@harbourline-talent.example', 'Mon–Fri 09:00–17:30', '2024-02-26 10:00:00', '2024-03-19 21:05:17.802', '2024-03-19 21:05:30.000', 1, 1),
  ('Leeds (closed)', '14 Park Row', 'Leeds', 'LS1 5HU', 'United Kingdom', '+44 113 496 0912', 'leeds@harbourline-talent.example', 'Closed since January 2023', '2022-03-15 11:44:00', '2023-01-05 10:00:00', NULL, 1, 1);

CREATE TABLE events (
    id serial PRIMARY KEY, title varchar(255), slug varchar(255), description text, starts_at timestamp(6), ends_at timestamp(6), venue varchar(255), city varchar(255),
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO events (title, slug, description, starts_at, ends_at, venue, city, created_at, updated_at, published_at, created_by_id, updated_by_id)
SELECT e.title, sgen.slug(e.title), e.descr, e.s, e.s + e.len, e.venue, e.city, e.s - interval '45 days', e.s - interval '40 days', e.s - interval '40 days', 10, 10
FROM (VALUES
  ('Manchester Healthcare Careers Fair 2022', 'Meet NHS and private employers hiring nurses, HCAs and allied health professionals. Free entry, bring your CV.', timestamp '2022-10-15 10:00', interval '6 hours', 'Manchester Central, Windmill Street', 'Manchester', 400),
  ('Engineering Jobs Evening', 'Informal evening with engineering employers from the North West.', '2023-02-23 18:00', interval '3 hours', 'The Lowry, Salford Quays', 'Salford', 150),
  ('Webinar: Your CV in 2023', 'Our consultants review anonymised CVs live and answer questions.', '2023-03-29 12:30', interval '1 hour', 'Online (Zoom)', NULL, 500),
  ('Manchester Healthcare Careers Fair 2023', 'Meet NHS and private employers hiring nurses, HCAs and allied health professionals.', '2023-10-14 10:00', interval '6 hours', 'Manchester Central, Windmill Street', 'Manchester', 450),
  ('Dublin Life Sciences Meetup', 'Networking for validation, QA and regulatory professionals.', '2024-03-21 18:30', interval '3 hours', 'The Alex Hotel, Fenian Street', 'Dublin', 120),
  ('Manchester Healthcare Careers Fair 2024', 'Our biggest fair yet: over 30 employers.', '2024-05-16 10:00', interval '7 hours', 'Manchester Central, Windmill Street', 'Manchester', 600),
  ('Tech Talent Breakfast', 'Breakfast and short talks for software engineers considering a move.', '2024-06-13 08:00', interval '2 hours', 'Kampus, Aytoun Street', 'Manchester', 80),
  ('Returners to Work Workshop', 'For anyone returning after a career break: CVs, confidence and flexible work.', '2024-07-09 10:00', interval '4 hours', 'Harbourline Manchester office', 'Manchester', 40)
) e(title, descr, s, len, venue, city, cap);

-- ---------------------------------------------------------------------------
-- What visitors send: job applications (with work history, referees and a
-- home address as components), contact forms, newsletter sign-ups, event
-- registrations.

CREATE FUNCTION sgen.ua(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Linux; Android 13; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36 [FBAN/EMA;FBLC/en_GB;FBAV/401.0.0.12.108;]',
    'Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91'], tag, i)
$$;
CREATE FUNCTION sgen.ip(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i % 6 = 0 THEN fixture_gen.ipv6(tag, i) WHEN i % 6 = 1 THEN '::ffff:' || fixture_gen.ipv4(tag, i) ELSE fixture_gen.ipv4(tag, i) END
$$;

CREATE TABLE job_applications (
    id serial PRIMARY KEY, full_name varchar(255), email varchar(255), phone varchar(255), cover_letter text, linkedin_url varchar(255), portfolio_url varchar(255),
    expected_salary varchar(255), notice_period varchar(255), current_employer varchar(255), right_to_work varchar(255), diversity jsonb, status varchar(255),
    consent_given_at timestamp(6), source_ip varchar(255), user_agent text, reference_code varchar(255),
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer
);
CREATE TABLE sgen.app (i int PRIMARY KEY, k int, uid int, job int, t timestamp, org int, title text);
INSERT INTO sgen.app
SELECT i, CASE WHEN i % 4 = 0 THEN 1000 + i ELSE 1 + (i * 7) % 240 END, CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + (i * 7) % 240 END,
       1 + fixture_gen.n('apjob', i, 110), NULL, CASE WHEN i % 7 = 3 THEN NULL ELSE 1 + fixture_gen.n('aporg', i, 30) END, sgen.title('aptit', i)
FROM generate_series(1, 320) i;
UPDATE sgen.app a SET t = least(j.created_at + make_interval(days => fixture_gen.n('apt', a.i, 30), secs => fixture_gen.n('apts', a.i, 86400)), timestamp '2024-06-28 16:30:00' - make_interval(mins => a.i))
FROM jobs j WHERE j.id = a.job;

INSERT INTO job_applications (id, full_name, email, phone, cover_letter, linkedin_url, portfolio_url, expected_salary, notice_period, current_employer, right_to_work, diversity, status,
  consent_given_at, source_ip, user_agent, reference_code, created_at, updated_at, published_at, created_by_id, updated_by_id)
SELECT a.i, sgen.cname(a.k), CASE WHEN a.i % 23 = 5 THEN upper(substr(sgen.cmail(a.k), 1, 1)) || substr(sgen.cmail(a.k), 2) ELSE sgen.cmail(a.k) END, sgen.cphone(a.k),
       CASE WHEN a.i % 9 = 8 THEN NULL ELSE
       fixture_gen.pick(ARRAY['Dear Hiring Manager,', 'Hello,', 'Dear ' || split_part(r.full_name, ' ', 1) || ',', 'To whom it may concern,'], 'cl0', a.i) || E'\n\n'
       || 'I would like to apply for the ' || j.title || ' role' || CASE WHEN o.name IS NOT NULL THEN '. I am currently working as a ' || a.title || ' at ' || o.name ELSE '. I have been out of work since ' || to_char(a.t - interval '5 months', 'FMMonth YYYY') END || '. '
       || fixture_gen.pick(ARRAY[
            'I am relocating to ' || j.location || ' because my wife has taken a post at the university, so I can start at short notice.',
            'I have a mild hearing impairment and may need captions for video interviews.',
            'My current visa is a Health and Care Worker visa sponsored by my employer, so I would need sponsorship.',
            'I returned to work in January after a year caring for my father.',
            'Please do not contact my current employer before an offer, they do not know I am looking.',
            'I can be reached on ' || sgen.cphone(a.k) || ' after 6pm, or at ' || lower(fixture_gen.ascii(sgen.cfirst(a.k))) || '.personal@gmail.com.',
            'I live at ' || fixture_gen.street('apst', a.i) || ' and can commute easily.',
            'I am available for interview any day except Fridays (I observe Jumu''ah prayers).',
            'I am currently on maternity leave until ' || to_char(a.t + interval '4 months', 'FMMonth') || ' but would be happy to interview before then.',
            'I have attached my CV and a reference from my previous manager.',
            'I enjoy working in fast-paced teams and I am keen to keep developing my skills.',
            'I have eight years of experience and I am ready for a senior position.'], 'cl1', a.i)
       || E'\n\nKind regards,\n' || sgen.cfirst(a.k) END,
       CASE WHEN a.i % 3 = 1 THEN 'https://www.linkedin.com/in/' || sgen.slug(sgen.cname(a.k)) || CASE WHEN a.i % 2 = 0 THEN '-' || sgen.hex('apli', a.k, 7) ELSE '' END END,
       CASE WHEN a.i % 8 = 2 THEN fixture_gen.pick(ARRAY['https://' || sgen.slug(sgen.cname(a.k)) || '.dev', 'https://github.com/' || fixture_gen.ascii(sgen.cfirst(a.k)) || fixture_gen.ascii(sgen.clast(a.k)), 'https://www.behance.net/' || fixture_gen.ascii(sgen.cfirst(a.k)) || '_' || fixture_gen.ascii(sgen.clast(a.k))], 'appf', a.i) END,
       CASE fixture_gen.n('apsalf', a.i, 5) WHEN 0 THEN 'negotiable' WHEN 1 THEN CASE j.currency WHEN 'EUR' THEN '€' ELSE '£' END || to_char(j.salary_min + 1000 * fixture_gen.n('apsal', a.i, 8), 'FM999,999')
            WHEN 2 THEN ((j.salary_min + 1000 * fixture_gen.n('apsal', a.i, 8)) / 1000)::text || 'k' WHEN 3 THEN (j.salary_min + 1000 * fixture_gen.n('apsal', a.i, 8))::text
            ELSE ((j.salary_min + 1000 * fixture_gen.n('apsal', a.i, 8)) / 1000)::text || 'k + car allowance' END,
       fixture_gen.pick(ARRAY['Immediate', '1 week', '2 weeks', '4 weeks', '1 month', '1 month', '3 months', '12 weeks (NHS)'], 'apnp', a.i),
       o.name,
       CASE WHEN j.currency = 'EUR' THEN fixture_gen.pick(ARRAY['Irish citizen', 'EU citizen', 'Stamp 4', 'Critical Skills Employment Permit required', 'UK citizen (CTA)'], 'aprtw', a.i)
            ELSE fixture_gen.pick(ARRAY['British citizen', 'British citizen', 'Settled status (EUSS)', 'Pre-settled status', 'Skilled Worker visa: sponsorship needed', 'Health and Care Worker visa', 'Graduate visa (expires 2025)', 'Irish citizen'], 'aprtw', a.i) END,
       CASE WHEN a.i % 3 = 0 THEN NULL ELSE jsonb_build_object('gender', fixture_gen.pick(ARRAY['female', 'male', 'female', 'male', 'non-binary', 'prefer not to say'], 'apg', a.i),
         'age_band', fixture_gen.pick(ARRAY['18-24', '25-34', '25-34', '35-44', '45-54', '55-64'], 'apab', a.i),
         'ethnicity', fixture_gen.pick(ARRAY['White British', 'White Irish', 'White other', 'Black African', 'Black Caribbean', 'Asian Indian', 'Asian Pakistani', 'Chinese', 'Mixed', 'Prefer not to say'], 'apeth', a.i),
         'disability', fixture_gen.pick(ARRAY['no', 'no', 'no', 'yes', 'prefer not to say'], 'apdis', a.i), 'disability_details', CASE WHEN a.i % 11 = 4 THEN fixture_gen.pick(ARRAY['dyslexia', 'type 1 diabetes', 'ADHD', 'partially sighted'], 'apdd', a.i) END,
         'sexual_orientation', fixture_gen.pick(ARRAY['heterosexual', 'gay or lesbian', 'bisexual', 'prefer not to say'], 'apso', a.i), 'religion', fixture_gen.pick(ARRAY['none', 'Christian', 'Muslim', 'Hindu', 'Sikh', 'Jewish', 'prefer not to say'], 'aprel', a.i)) END,
       CASE WHEN a.t > timestamp '2024-06-20' THEN 'new' ELSE fixture_gen.pick(ARRAY['reviewed', 'rejected', 'rejected', 'shortlisted', 'interview', 'offered', 'placed', 'withdrawn'], 'apst', a.i) END,
       a.t - make_interval(secs => 1 + fixture_gen.n('apcons', a.i, 20)), sgen.ip('apip', a.i), sgen.ua('apua', a.i),
       'APP-' || to_char(a.t, 'YY') || '-' || lpad((10000 + a.i * 37)::text, 5, '0'),
       a.t, a.t + make_interval(days => fixture_gen.n('apupd', a.i, 20)), a.t, NULL, CASE WHEN a.t > timestamp '2024-06-20' THEN NULL ELSE (ARRAY[4, 5, 7, 9, 10, 15, 17, 14, 4, 10, 7, 5])[r.id] END
FROM sgen.app a JOIN jobs j ON j.id = a.job JOIN jobs_recruiter_links jr ON jr.job_id = j.id JOIN recruiters r ON r.id = jr.recruiter_id LEFT JOIN sgen.org o ON o.k = a.org ORDER BY a.i;
SELECT setval('job_applications_id_seq', (SELECT max(id) FROM job_applications));

CREATE TABLE job_applications_job_links (id serial PRIMARY KEY, job_application_id integer, job_id integer, job_application_order double precision);
INSERT INTO job_applications_job_links (job_application_id, job_id, job_application_order) SELECT i, job, row_number() OVER (PARTITION BY job ORDER BY i) FROM sgen.app ORDER BY i;
CREATE TABLE job_applications_candidate_links (id serial PRIMARY KEY, job_application_id integer, user_id integer, job_application_order double precision);
INSERT INTO job_applications_candidate_links (job_application_id, user_id, job_application_order) SELECT i, uid, row_number() OVER (PARTITION BY uid ORDER BY i) FROM sgen.app WHERE uid IS NOT NULL ORDER BY i;
CREATE TABLE job_applications_components (id serial PRIMARY KEY, entity_id integer, component_id integer, component_type varchar(255), field varchar(255), "order" double precision);

-- Home addresses (components 1-320).
INSERT INTO components_contact_addresses (id, street, city, postcode, country, phone)
SELECT a.i, CASE WHEN j.currency = 'EUR' THEN (1 + fixture_gen.n('ahn', a.i, 90))::text || ' ' || fixture_gen.pick(ARRAY['Griffith Avenue', 'Rathmines Road Lower', 'Seaview Park', 'Mount Prospect Avenue', 'Bóthar na Trá'], 'ahs', a.i)
                 WHEN a.i % 5 = 0 THEN fixture_gen.street('ahst', a.i) ELSE (1 + fixture_gen.n('ahn', a.i, 200))::text || ' ' || fixture_gen.pick(ARRAY['Wilbraham Road', 'Burton Road', 'Moss Lane', 'Didsbury Road', 'Cheetham Hill Road', 'Ladybarn Lane', 'Beech Road', 'Church Street'], 'ahs', a.i) END,
       CASE WHEN j.currency = 'EUR' THEN fixture_gen.pick(ARRAY['Dublin', 'Dublin', 'Galway', 'Bray', 'Swords'], 'ahc', a.i) ELSE fixture_gen.pick(ARRAY['Manchester', 'Manchester', 'Salford', 'Stockport', 'Bolton', 'Oldham', 'Leeds', 'Liverpool', 'Warrington'], 'ahc', a.i) END,
       CASE WHEN j.currency = 'EUR' THEN 'D' || lpad((1 + a.i % 24)::text, 2, '0') || ' ' || fixture_gen.chars('ahek', a.i, 4, 'ACDEFHKNPRTVWXY0123456789')
            ELSE fixture_gen.pick(ARRAY['M14', 'M20', 'M6', 'SK4', 'BL3', 'OL1', 'LS6', 'L17', 'WA5'], 'ahc', a.i) || ' ' || (1 + a.i % 9)::text || fixture_gen.chars('ahpc2', a.i, 2, 'ABDEFGHJLNPQRSTUWXYZ') END,
       CASE WHEN j.currency = 'EUR' THEN 'Ireland' WHEN a.i % 19 = 3 THEN fixture_gen.pick(ARRAY['India', 'Nigeria', 'Philippines', 'Zimbabwe'], 'ahco', a.i) ELSE 'United Kingdom' END,
       CASE WHEN a.i % 4 = 1 THEN NULL ELSE sgen.cphone(a.k + 50000) END
FROM sgen.app a JOIN jobs j ON j.id = a.job WHERE a.i % 5 <> 2 ORDER BY a.i;
SELECT setval('components_contact_addresses_id_seq', 2000);

-- Work history (2 per application at most) and referees.
INSERT INTO components_application_work_experiences (employer, job_title, start_date, end_date, description)
SELECT CASE WHEN w.n = 1 AND a.org IS NOT NULL THEN o.name ELSE o2.name END,
       CASE WHEN w.n = 1 THEN a.title ELSE sgen.title('awt2', a.i) END,
       (a.t - make_interval(days => 200 + w.n * 700 + fixture_gen.n('aws', a.i * 3 + w.n, 600)))::date,
       CASE WHEN w.n = 1 AND a.org IS NOT NULL THEN NULL ELSE (a.t - make_interval(days => (w.n - 1) * 700 + 30 + fixture_gen.n('awe', a.i, 150)))::date END,
       fixture_gen.pick(ARRAY['Managed a team of six and the weekly rota.', 'Responsible for month-end close and supplier reconciliations.',
         'Left to care for my mother after her stroke.', 'Led the ISO 13485 audit preparation.', 'Covered nights on a 28-bed surgical ward.',
         'Made redundant when the site closed; reference available from my line manager ' || sgen.cname(a.k + 70000) || '.', 'Built the React front end of the booking app.',
         'Agency placement through Harbourline.', NULL], 'awd', a.i * 3 + w.n)
FROM sgen.app a CROSS JOIN (VALUES (1), (2)) w(n)
JOIN sgen.org o2 ON o2.k = 1 + fixture_gen.n('awo', a.i * 3 + w.n, 30) LEFT JOIN sgen.org o ON o.k = a.org
WHERE a.i % 3 <> 0 AND (w.n = 1 OR a.i % 3 = 1) ORDER BY a.i, w.n;
INSERT INTO components_application_references (referee_name, referee_email, referee_phone, relationship)
SELECT sgen.cname(a.k + 80000), lower(fixture_gen.ascii(sgen.cfirst(a.k + 80000)) || '.' || fixture_gen.ascii(sgen.clast(a.k + 80000))) || '@' || coalesce(substr(o.web, 13), 'gmail.com'),
       CASE WHEN a.i % 4 = 0 THEN NULL ELSE sgen.cphone(a.k + 80000) END,
       fixture_gen.pick(ARRAY['Line manager', 'Ward manager', 'Former manager', 'Clinical supervisor', 'Lecturer', 'Colleague'], 'arr', a.i)
FROM sgen.app a LEFT JOIN sgen.org o ON o.k = a.org WHERE a.i % 5 IN (1, 3) ORDER BY a.i;

INSERT INTO job_applications_components (entity_id, component_id, component_type, field, "order")
SELECT entity_id, component_id, component_type, field, ord FROM (
  SELECT id AS entity_id, id AS component_id, 'contact.address' AS component_type, 'address' AS field, 1 AS ord FROM components_contact_addresses WHERE id <= 320
  UNION ALL SELECT a.i, w.id, 'application.work-experience', 'work_history', row_number() OVER (PARTITION BY a.i ORDER BY w.id)
    FROM (SELECT i, row_number() OVER (ORDER BY i) AS r FROM sgen.app WHERE i % 3 <> 0) a
    JOIN LATERAL (SELECT id FROM components_application_work_experiences w ORDER BY id OFFSET (SELECT count(*) FROM sgen.app b CROSS JOIN (VALUES (1), (2)) x(n) WHERE b.i % 3 <> 0 AND b.i < a.i AND (x.n = 1 OR b.i % 3 = 1))
                  LIMIT CASE WHEN a.i % 3 = 1 THEN 2 ELSE 1 END) w ON true
  UNION ALL SELECT a.i, row_number() OVER (ORDER BY a.i), 'application.reference', 'referees', 1 FROM sgen.app a WHERE a.i % 5 IN (1, 3)
) x ORDER BY entity_id, component_type, ord;

CREATE TABLE contact_form_submissions (
    id serial PRIMARY KEY, name varchar(255), email varchar(255), phone varchar(255), company varchar(255), subject varchar(255), message text, ip_address varchar(255), user_agent text,
    page_url varchar(255), handled boolean, created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO contact_form_submissions (name, email, phone, company, subject, message, ip_address, user_agent, page_url, handled, created_at, updated_at, published_at, created_by_id, updated_by_id)
SELECT sgen.cname(5000 + i), sgen.cmail(5000 + i), CASE WHEN i % 4 = 3 THEN NULL ELSE sgen.cphone(5000 + i) END,
       CASE WHEN i % 3 = 0 THEN o.name END,
       CASE WHEN i % 3 = 0 THEN fixture_gen.pick(ARRAY['Temporary staff for ' || o.city, 'Terms of business', 'Advertising two roles', 'Invoice query'], 'cfmsg', i)
            ELSE fixture_gen.pick(ARRAY['Application follow-up', 'Please delete my data', 'Change of address', 'Sponsorship question', 'Complaint', 'Re: Warehouse Team Leader role', 'Reference request for ' || sgen.cname(6000 + i)], 'cfmsg', i) END,
       CASE WHEN i % 3 = 0 THEN fixture_gen.pick(ARRAY['We need three HCAs for nights from next month at our ' || o.city || ' home. Can someone call me back?',
              'Could you send your terms of business? We are looking for a part-qualified accountant.', 'We would like to advertise two engineering roles. Please call me on ' || sgen.cphone(5000 + i) || '.',
              'Our invoice INV-' || fixture_gen.digits('cfinv', i, 5) || ' charges the wrong placement fee.'], 'cfmsg', i)
            ELSE fixture_gen.pick(ARRAY['I applied for a role two weeks ago and have not heard back. My reference is APP-' || fixture_gen.digits('cfapp', i, 2) || '-' || fixture_gen.digits('cfapp2', i, 5) || '.',
              'Under GDPR please delete my CV and all my details. My email is ' || sgen.cmail(5000 + i) || ' and my date of birth is ' || to_char(fixture_gen.birth_date('cfdob', i), 'DD/MM/YYYY') || '.',
              'I have moved. My new address is ' || fixture_gen.street('cfst', i) || ', ' || fixture_gen.city('cfct', i) || '.',
              'Do you have roles that sponsor a Skilled Worker visa? I am a nurse from Kerala with NMC registration (PIN ' || fixture_gen.digits('cfnmc', i, 2) || fixture_gen.chars('cfnmc', i, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') || fixture_gen.digits('cfnmc2', i, 4) || fixture_gen.chars('cfnmc3', i, 1, 'EOCS') || ').',
              'The consultant I spoke to was rude and hung up on me.', 'Is the warehouse job still open? I can start Monday.',
              'Please can you send a reference for ' || sgen.cname(6000 + i) || ' who worked through you at Oakridge in 2023.'], 'cfmsg', i) END,
       sgen.ip('cfip', i), sgen.ua('cfua', i), fixture_gen.pick(ARRAY['/contact', '/contact', '/employers', '/jobs/' || sgen.slug(sgen.title('cfst', i)), '/privacy', '/offices/manchester'], 'cfpu', i),
       i < 150 AND i % 7 <> 3, c.t, c.t + make_interval(days => fixture_gen.n('cfupd', i, 5)), c.t, NULL, CASE WHEN i < 150 AND i % 7 <> 3 THEN 3 END
FROM generate_series(1, 160) i JOIN sgen.org o ON o.k = 1 + fixture_gen.n('cforg', i, 30)
CROSS JOIN LATERAL (SELECT sgen.at('cfcre', i, '2022-04-01', '2024-06-28 16:00') AS t) c ORDER BY c.t;

CREATE TABLE newsletter_signups (
    id serial PRIMARY KEY, email varchar(255), confirmed boolean, confirmation_token varchar(255), confirmed_at timestamp(6), source varchar(255), locale varchar(255), ip_address varchar(255),
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO newsletter_signups (email, confirmed, confirmation_token, confirmed_at, source, locale, ip_address, created_at, updated_at, published_at, created_by_id, updated_by_id)
SELECT CASE WHEN i % 5 = 0 THEN sgen.cmail(1 + (i * 3) % 240) ELSE sgen.cmail(7000 + i) END, i % 6 <> 1,
       replace(fixture_gen.uuid('nltok', i), '-', '') || sgen.hex('nltok2', i, 32),
       CASE WHEN i % 6 <> 1 THEN c.t + make_interval(mins => 2 + fixture_gen.n('nlc', i, 3000)) END,
       fixture_gen.pick(ARRAY['footer', 'footer', 'article', 'salary-guide-download', 'careers-fair', 'job-alert'], 'nlsrc', i),
       CASE WHEN i % 13 = 4 THEN 'fr' WHEN i % 9 = 2 THEN 'en-IE' ELSE 'en' END, sgen.ip('nlip', i),
       c.t, c.t, c.t, NULL, NULL
FROM generate_series(1, 220) i CROSS JOIN LATERAL (SELECT sgen.at('nlcre', i, '2022-04-01', '2024-06-28 16:00') AS t) c ORDER BY c.t;

CREATE TABLE event_registrations (
    id serial PRIMARY KEY, first_name varchar(255), last_name varchar(255), email varchar(255), phone varchar(255), company varchar(255), job_title varchar(255),
    dietary_requirements varchar(255), accessibility_needs text, ticket_code varchar(255), checked_in boolean,
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer
);
CREATE TABLE sgen.reg (i int PRIMARY KEY, k int, ev int, t timestamp);
INSERT INTO sgen.reg SELECT i, CASE WHEN i % 6 = 0 THEN 1 + (i * 11) % 240 ELSE 8000 + i END, e.id, e.starts_at - make_interval(days => 1 + fixture_gen.n('rgt', i, 35), secs => fixture_gen.n('rgts', i, 86400))
FROM generate_series(1, 260) i JOIN events e ON e.id = (ARRAY[1, 1, 1, 2, 3, 3, 4, 4, 4, 5, 6, 6, 6, 6, 7, 8])[1 + fixture_gen.n('rgev', i, 16)];
INSERT INTO event_registrations (first_name, last_name, email, phone, company, job_title, dietary_requirements, accessibility_needs, ticket_code, checked_in, created_at, updated_at, published_at, created_by_id, updated_by_id)
SELECT sgen.cfirst(r.k), sgen.clast(r.k), sgen.cmail(r.k), CASE WHEN r.i % 5 = 4 THEN NULL ELSE sgen.cphone(r.k) END,
       CASE WHEN r.i % 4 = 1 THEN NULL ELSE (SELECT name FROM sgen.org WHERE k = 1 + fixture_gen.n('rgorg', r.i, 30)) END,
       CASE WHEN r.i % 7 = 2 THEN 'Student' ELSE sgen.title('rgtit', r.i) END,
       fixture_gen.pick(ARRAY[NULL, NULL, NULL, NULL, 'Vegetarian', 'Vegan', 'Halal', 'Kosher', 'Gluten free (coeliac)', 'Nut allergy (anaphylaxis, carries an EpiPen)', 'Lactose intolerant', 'No pork'], 'rgdiet', r.i),
       CASE WHEN r.i % 9 = 4 THEN fixture_gen.pick(ARRAY['Wheelchair user, need step-free access and an accessible toilet.', 'I am deaf: BSL interpreter for the talks please.',
         'Bringing my assistance dog, Bramble.', 'I am 30 weeks pregnant, a chair near the entrance would help.', 'Autistic: could I have a quiet room for breaks?', 'Visually impaired, large-print programme please.'], 'rgacc', r.i) END,
       'HT' || to_char(e.starts_at, 'YY') || '-' || lpad(e.id::text, 2, '0') || '-' || lpad(r.i::text, 4, '0'),
       e.starts_at < timestamp '2024-06-28' AND r.i % 5 <> 2,
       r.t, CASE WHEN e.starts_at < timestamp '2024-06-28' AND r.i % 5 <> 2 THEN e.starts_at + make_interval(mins => fixture_gen.n('rgci', r.i, 240)) ELSE r.t END, r.t, NULL, NULL
FROM sgen.reg r JOIN events e ON e.id = r.ev ORDER BY r.i;
CREATE TABLE event_registrations_event_links (id serial PRIMARY KEY, event_registration_id integer, event_id integer, event_registration_order double precision);
INSERT INTO event_registrations_event_links (event_registration_id, event_id, event_registration_order) SELECT i, ev, row_number() OVER (PARTITION BY ev ORDER BY i) FROM sgen.reg ORDER BY i;

-- ---------------------------------------------------------------------------
-- Testimonials, pages, the global single type.

CREATE TABLE testimonials (
    id serial PRIMARY KEY, quote text, person_name varchar(255), company varchar(255), role varchar(255), rating integer,
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer, locale varchar(255)
);
INSERT INTO testimonials (quote, person_name, company, role, rating, created_at, updated_at, published_at, created_by_id, updated_by_id, locale)
SELECT CASE WHEN i % 3 = 0 THEN fixture_gen.pick(ARRAY['Harbourline filled three ward manager posts in six weeks, after two years of trying with other agencies.',
         'They understand engineering, the shortlists were short and every candidate was worth meeting.', 'Our go-to partner for validation engineers in Ireland.',
         'Honest about the market and about salaries, which saved us a failed search.'], 'tq', i)
       ELSE fixture_gen.pick(ARRAY[(SELECT full_name FROM recruiters WHERE id = 1 + i % 12) || ' called me the day after I applied and had me interviewing within a week.',
         'After my career break I had no confidence. ' || split_part((SELECT full_name FROM recruiters WHERE id = 1 + i % 12), ' ', 1) || ' helped me rewrite my CV and I started in March.',
         'Relocating from Lagos with two children was daunting; the team sorted my sponsorship and even found us a school.', 'Professional, quick and kind. I would recommend them to any nurse.',
         'I was treated as a person, not a CV.'], 'tq', i) END,
       CASE WHEN i % 3 = 0 THEN sgen.cname(9000 + i) WHEN i % 4 = 1 THEN sgen.cfirst(9000 + i) || ' ' || left(sgen.clast(9000 + i), 1) || '.' ELSE sgen.cname(9000 + i) END,
       (SELECT name FROM sgen.org WHERE k = 1 + fixture_gen.n('tco', i, 30)),
       CASE WHEN i % 3 = 0 THEN fixture_gen.pick(ARRAY['Director of Nursing', 'Head of Engineering', 'HR Manager', 'Operations Director'], 'trol', i) ELSE sgen.title('trol', i) END,
       4 + (i % 5 <> 3)::int, c.t, c.t, CASE WHEN i % 8 = 5 THEN NULL ELSE c.t + interval '2 hours' END, 3, 3, CASE WHEN i % 10 = 7 THEN 'en-IE' ELSE 'en' END
FROM generate_series(1, 40) i CROSS JOIN LATERAL (SELECT sgen.at('tcre', i, '2022-04-01', '2024-06-20') AS t) c ORDER BY c.t;

CREATE TABLE pages (
    id serial PRIMARY KEY, title varchar(255), slug varchar(255), short_name varchar(255),
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer, locale varchar(255)
);
INSERT INTO pages (title, slug, short_name, created_at, updated_at, published_at, created_by_id, updated_by_id, locale)
SELECT t, s, sn, timestamp '2022-03-16 10:00:00' + k * interval '2 hours 11 minutes', timestamp '2024-01-08 09:00:00' + k * interval '5 days 3 hours', timestamp '2022-03-16 12:00:00' + k * interval '2 hours 11 minutes', 3, 8, l
FROM (VALUES (1, 'Find your next role', 'home', 'Home', 'en'), (2, 'For employers', 'employers', 'Employers', 'en'), (3, 'About us', 'about', 'About', 'en'),
  (4, 'Privacy notice', 'privacy', 'Privacy', 'en'), (5, 'Terms of business', 'terms', 'Terms', 'en'), (6, 'Nursing jobs', 'nursing-jobs', 'Nursing', 'en'),
  (7, 'Engineering jobs', 'engineering-jobs', 'Engineering', 'en'), (8, 'Life sciences jobs in Ireland', 'life-sciences-ireland', 'Life sciences', 'en-IE'),
  (9, 'Trouvez votre prochain poste', 'home', 'Accueil', 'fr'), (10, 'Modern slavery statement', 'modern-slavery-statement', 'Modern slavery', 'en'),
  (11, 'Careers fairs', 'careers-fairs', 'Events', 'en'), (12, 'Upload your CV', 'register', 'Register', 'en')) v(k, t, s, sn, l);
CREATE TABLE pages_components (id serial PRIMARY KEY, entity_id integer, component_id integer, component_type varchar(255), field varchar(255), "order" double precision);
INSERT INTO components_sections_heroes (title, subtitle, cta_label, cta_url)
SELECT p.title, fixture_gen.pick(ARRAY['Permanent, contract and locum roles across the UK and Ireland.', 'Specialist recruitment since 2009.', 'Talk to a consultant who knows your sector.', 'Over 400 placements last year.'], 'hsub', p.id),
       fixture_gen.pick(ARRAY['Search jobs', 'Upload your CV', 'Register a vacancy', 'Book a call'], 'hcta', p.id), fixture_gen.pick(ARRAY['/jobs', '/register', '/employers#vacancy', '/contact'], 'hcta', p.id)
FROM pages p ORDER BY p.id;
INSERT INTO components_shared_rich_texts (id, body)
SELECT 100 + p.id, CASE p.slug WHEN 'privacy' THEN E'## Who we are\n\nHarbourline Talent Ltd (company number 07214563) is the controller of your data. Our Data Protection Officer can be reached through the form on our contact page.\n\n## What we keep\n\nYour CV, contact details and right-to-work documents for up to two years after our last contact.'
         WHEN 'terms' THEN E'These terms apply to all permanent placements. Our fee is 18% of first-year base salary, payable within 30 days of the start date.'
         WHEN 'modern-slavery-statement' THEN E'This statement is made under section 54 of the Modern Slavery Act 2015 and is signed by the board.'
         ELSE E'We are a specialist recruitment agency for healthcare, engineering, technology, finance and life sciences. ' || fixture_gen.sentence('prt', p.id) END
FROM pages p ORDER BY p.id;
INSERT INTO components_shared_media (id) SELECT 100 + p.id FROM pages p WHERE p.id IN (1, 2, 3, 6, 7, 8, 11) ORDER BY p.id;
INSERT INTO components_shared_seos (id, meta_title, meta_description, keywords, meta_robots, structured_data, meta_viewport, canonical_url)
SELECT 300 + p.id, p.title || ' | Harbourline Talent', 'Harbourline Talent: ' || lower(p.title) || '.', 'recruitment agency, ' || lower(p.short_name), CASE WHEN p.slug IN ('terms', 'register') THEN 'noindex' ELSE 'index, follow' END,
       CASE WHEN p.slug = 'home' THEN '{"@context": "https://schema.org", "@type": "EmploymentAgency", "name": "Harbourline Talent", "telephone": "+44 161 496 0750", "address": {"@type": "PostalAddress", "streetAddress": "82 King Street", "addressLocality": "Manchester", "postalCode": "M2 4WQ"}}'::jsonb END,
       'width=device-width, initial-scale=1', 'https://www.harbourline-talent.example/' || CASE p.locale WHEN 'en' THEN '' ELSE p.locale || '/' END || CASE p.slug WHEN 'home' THEN '' ELSE p.slug END
FROM pages p ORDER BY p.id;
INSERT INTO pages_components (entity_id, component_id, component_type, field, "order")
SELECT entity_id, component_id, component_type, field, ord FROM (
  SELECT id AS entity_id, id AS component_id, 'sections.hero' AS component_type, 'blocks' AS field, 1 AS ord FROM pages
  UNION ALL SELECT id, 100 + id, 'shared.rich-text', 'blocks', 2 FROM pages
  UNION ALL SELECT id, 100 + id, 'shared.media', 'blocks', 3 FROM pages WHERE id IN (1, 2, 3, 6, 7, 8, 11)
  UNION ALL SELECT id, 300 + id, 'shared.seo', 'seo', 1 FROM pages) x ORDER BY entity_id, field, ord;

CREATE TABLE globals (
    id serial PRIMARY KEY, site_name varchar(255), site_description text,
    created_at timestamp(6), updated_at timestamp(6), published_at timestamp(6), created_by_id integer, updated_by_id integer, locale varchar(255)
);
INSERT INTO globals (site_name, site_description, created_at, updated_at, published_at, created_by_id, updated_by_id, locale) VALUES
  ('Harbourline Talent', 'Specialist recruitment for healthcare, engineering, technology, finance and life sciences in the UK and Ireland.', '2022-03-15 11:05:00', '2024-03-19 21:10:02.114', '2022-03-15 11:05:00', 1, 1, 'en'),
  ('Harbourline Talent', 'Recrutement spécialisé : santé, ingénierie, technologie, finance et sciences de la vie.', '2022-08-15 13:40:12', '2022-08-15 13:40:12', '2022-08-15 13:40:12', 8, 8, 'fr');
CREATE TABLE globals_components (id serial PRIMARY KEY, entity_id integer, component_id integer, component_type varchar(255), field varchar(255), "order" double precision);
INSERT INTO components_shared_seos (id, meta_title, meta_description, keywords, meta_robots, structured_data, meta_viewport, canonical_url) VALUES
  (401, 'Harbourline Talent | Specialist recruitment', 'Jobs in healthcare, engineering, technology, finance and life sciences.', 'recruitment agency manchester, nursing jobs, engineering jobs, dublin recruitment', 'index, follow', NULL, 'width=device-width, initial-scale=1', 'https://www.harbourline-talent.example/'),
  (402, 'Harbourline Talent | Recrutement spécialisé', 'Offres d''emploi en santé, ingénierie et technologie.', 'recrutement, emploi', 'index, follow', NULL, 'width=device-width, initial-scale=1', 'https://www.harbourline-talent.example/fr/');
INSERT INTO components_shared_social_links (id, platform, url) VALUES (201, 'LinkedIn', 'https://www.linkedin.com/company/harbourline-talent'), (202, 'Instagram', 'https://www.instagram.com/harbourlinetalent'),
  (203, 'Facebook', 'https://www.facebook.com/HarbourlineTalent'), (204, 'X', 'https://x.com/harbourline_jobs');
INSERT INTO globals_components (entity_id, component_id, component_type, field, "order") VALUES
  (1, 401, 'shared.seo', 'default_seo', 1), (1, 201, 'shared.social-link', 'social_links', 1), (1, 202, 'shared.social-link', 'social_links', 2), (1, 203, 'shared.social-link', 'social_links', 3),
  (1, 204, 'shared.social-link', 'social_links', 4), (2, 402, 'shared.seo', 'default_seo', 1), (2, 201, 'shared.social-link', 'social_links', 1);

-- ---------------------------------------------------------------------------
-- The media library: folders, files (images on Cloudinary, documents in a
-- private S3 bucket), their folders and the entries they are attached to.

CREATE TABLE upload_folders (
    id serial PRIMARY KEY, name varchar(255), path_id integer, path varchar(255), created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO upload_folders (name, path_id, path, created_at, updated_at, created_by_id, updated_by_id) VALUES
  ('API Uploads', 1, '/1', '2022-05-03 09:20:11.004', '2022-05-03 09:20:11.004', NULL, NULL),
  ('Website', 2, '/2', '2022-05-03 11:02:45.391', '2022-05-03 11:02:45.391', 1, 1),
  ('Headshots', 3, '/2/3', '2022-05-03 11:03:02.118', '2022-05-03 11:03:02.118', 1, 1),
  ('Events', 4, '/2/4', '2022-09-20 15:44:10.662', '2022-09-20 15:44:10.662', 10, 10),
  ('Right to work (restricted)', 5, '/5', '2022-06-14 08:31:27.940', '2023-01-10 12:00:03.505', 1, 2),
  ('Client logos', 6, '/2/6', '2022-05-03 11:03:30.873', '2022-05-03 11:03:30.873', 1, 1),
  ('Avatars', 7, '/1/7', '2022-11-02 20:45:01.227', '2022-11-02 20:45:01.227', NULL, NULL);

CREATE TABLE sgen.f (id serial, name text, alt text, caption text, kind text, folder int, rel_type text, rel_id int, field text, t timestamp, by int, w int, h int);
-- Site images.
INSERT INTO sgen.f (name, alt, caption, kind, folder, rel_type, rel_id, field, t, by, w, h)
SELECT n || '.jpg', a, NULL, 'image', 2, CASE WHEN k <= 7 THEN 'shared.media' ELSE 'api::article.article' END,
       CASE WHEN k <= 7 THEN (ARRAY[101, 102, 103, 106, 107, 108, 111])[k] ELSE 2 * (k - 7) END, CASE WHEN k <= 7 THEN 'file' ELSE 'cover' END,
       timestamp '2022-05-03 11:10:00' + k * interval '3 days 5 hours', 3, 2400, 1600
FROM (VALUES (1, 'hero-manchester-skyline', 'Manchester skyline at dusk'), (2, 'handshake-office', 'Two people shaking hands in an office'), (3, 'team-meeting-glass-room', 'A team meeting in a glass-walled room'),
  (4, 'nurse-ward-corridor', 'A nurse walking along a hospital corridor'), (5, 'engineer-cad-screen', 'An engineer reviewing a CAD model'), (6, 'dublin-grand-canal', 'Grand Canal Dock, Dublin'),
  (7, 'careers-fair-crowd', 'Visitors at a careers fair'), (8, 'laptop-cv-desk', 'A CV open on a laptop'), (9, 'coffee-interview', 'An informal interview over coffee'),
  (10, 'salary-chart', 'Bar chart of median salaries'), (11, 'lab-pipette', 'A lab technician with a pipette'), (12, 'construction-site-crane', 'Cranes over a construction site'),
  (13, 'video-call-interview', 'A video interview on a laptop'), (14, 'warehouse-aisle', 'A warehouse aisle'), (15, 'notebook-pen', NULL), (16, 'handwritten-cover-letter', 'A handwritten letter'),
  (17, 'office-plants', NULL), (18, 'nhs-badge-lanyard', 'A staff lanyard'), (19, 'server-room', 'A server room'), (20, 'accountant-spreadsheet', 'Spreadsheet on a monitor'),
  (21, 'team-lunch', 'Team lunch'), (22, 'dublin-office-opening', 'Opening of the Dublin office'), (23, 'cyber-lock', 'A padlock on a circuit board'), (24, 'validation-lab', 'A cleanroom')) v(k, n, a);
-- Headshots of recruiters and authors.
INSERT INTO sgen.f (name, alt, caption, kind, folder, rel_type, rel_id, field, t, by, w, h)
SELECT CASE WHEN r.id % 3 = 0 THEN 'DSC_0' || fixture_gen.digits('hsdsc', r.id, 3) || '.jpg' ELSE sgen.slug(r.full_name) || '-headshot' || CASE WHEN r.id % 2 = 0 THEN '-2023' ELSE '' END || '.jpg' END,
       r.full_name || ', ' || r.job_title, CASE WHEN r.id % 4 = 0 THEN 'Photo: Studio North, Ancoats' END, 'image', 3, 'api::recruiter.recruiter', r.id, 'photo', r.created_at + interval '1 day', 4, 800, 800
FROM recruiters r ORDER BY r.id;
INSERT INTO sgen.f (name, alt, caption, kind, folder, rel_type, rel_id, field, t, by, w, h)
SELECT sgen.slug(a.name) || '.png', a.name, NULL, 'image', 3, 'api::author.author', a.id, 'avatar', a.created_at + interval '2 hours', 3, 600, 600 FROM authors a WHERE a.id <> 7 ORDER BY a.id;
-- Event photos.
INSERT INTO sgen.f (name, alt, caption, kind, folder, rel_type, rel_id, field, t, by, w, h)
SELECT 'IMG_' || to_char(e.starts_at, 'YYYYMMDD') || '_' || to_char(e.starts_at + make_interval(mins => 7 * k), 'HH24MISS') || '.jpg',
       fixture_gen.pick(ARRAY['Visitors at the ' || e.title, 'Stands at the ' || e.title, 'A consultant talking to a visitor', NULL], 'evalt', e.id * 10 + k),
       fixture_gen.pick(ARRAY[(SELECT full_name FROM recruiters WHERE id = 1 + (k + e.id) % 12) || ' with ' || sgen.cname(8000 + e.id * 10 + k) || ', who started at ' || (SELECT name FROM sgen.org WHERE k = 1 + (e.id + k) % 30) || ' a month later',
         'Left to right: ' || sgen.cname(8100 + e.id * 10 + k) || ', ' || sgen.cname(8200 + e.id * 10 + k) || ' and ' || (SELECT full_name FROM recruiters WHERE id = 1 + k % 12),
         'Queue at registration, 10am', NULL, 'Talk by ' || sgen.cname(8300 + e.id * 10 + k) || ' (' || (SELECT name FROM sgen.org WHERE k = 1 + (e.id * 3 + k) % 30) || ')'], 'evcap', e.id * 10 + k),
       'image', 4, CASE WHEN k = 1 THEN 'api::event.event' END, CASE WHEN k = 1 THEN e.id END, CASE WHEN k = 1 THEN 'cover' END, e.ends_at + make_interval(days => 1, mins => k), 10, 4032, 3024
FROM events e CROSS JOIN generate_series(1, 5) k WHERE e.starts_at < timestamp '2024-06-28' AND e.city IS NOT NULL ORDER BY e.id, k;
-- Client logos.
INSERT INTO sgen.f (name, alt, caption, kind, folder, rel_type, rel_id, field, t, by, w, h)
SELECT 'logo-' || c.slug || CASE WHEN c.id % 3 = 0 THEN '.svg' ELSE '.png' END, c.name || ' logo', NULL, CASE WHEN c.id % 3 = 0 THEN 'svg' ELSE 'image' END, 6, 'api::company.company', c.id, 'logo', c.created_at + interval '5 minutes', 4, 400, 160
FROM companies c ORDER BY c.id;
-- Right-to-work documents uploaded by consultants.
INSERT INTO sgen.f (name, alt, caption, kind, folder, rel_type, rel_id, field, t, by, w, h)
SELECT fixture_gen.pick(ARRAY['passport_' || lower(fixture_gen.ascii(sgen.cfirst(a.k))) || '_' || lower(fixture_gen.ascii(sgen.clast(a.k))) || '.jpg', 'BRP front - ' || sgen.cname(a.k) || '.jpeg',
         'share-code-' || sgen.slug(sgen.cname(a.k)) || '.pdf', 'Scan ' || to_char(a.t + interval '9 days', 'YYYY-MM-DD HH24.MI') || '.pdf', sgen.clast(a.k) || ' ' || sgen.cfirst(a.k) || ' NMC PIN check.pdf'], 'rtw', a.i),
       NULL, fixture_gen.pick(ARRAY['Checked in person by ' || split_part(r.full_name, ' ', 1) || ' on ' || to_char(a.t + interval '9 days', 'DD/MM/YYYY') || ', expires ' || to_char(a.t + interval '6 years', 'MM/YYYY'),
         'Passport no. ' || fixture_gen.digits('ppno', a.i, 9) || ', DOB ' || to_char(fixture_gen.birth_date('rtwdob', a.i), 'DD/MM/YYYY'), 'Share code ' || fixture_gen.chars('shc', a.i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') || ' ' || fixture_gen.chars('shc2', a.i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') || ' ' || fixture_gen.chars('shc3', a.i, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') || ' checked on gov.uk', NULL], 'rtwcap', a.i),
       'doc', 5, NULL, NULL, NULL, a.t + interval '9 days', (ARRAY[4, 5, 7, 9, 10, 15, 17, 14, 4, 10, 7, 5])[r.id], 2480, 3508
FROM sgen.app a JOIN job_applications_job_links jl ON jl.job_application_id = a.i JOIN jobs_recruiter_links jr ON jr.job_id = jl.job_id JOIN recruiters r ON r.id = jr.recruiter_id
JOIN job_applications ja ON ja.id = a.i WHERE ja.status IN ('offered', 'placed') AND a.i % 2 = 0 ORDER BY a.i;
-- CVs uploaded with applications (through the API: created_by is empty).
INSERT INTO sgen.f (name, alt, caption, kind, folder, rel_type, rel_id, field, t, by, w, h)
SELECT fixture_gen.pick(ARRAY['CV_' || replace(fixture_gen.ascii(sgen.cfirst(a.k)), ' ', '') || '_' || replace(sgen.clast(a.k), ' ', '_') || '_' || to_char(a.t, 'YYYY') || '.pdf',
         sgen.cname(a.k) || ' CV.docx', 'Resume - ' || sgen.cname(a.k) || '.pdf', 'CV.pdf', 'my cv final (2).pdf', replace(sgen.cname(a.k), ' ', '') || '_Resume.pdf',
         'Curriculum Vitae ' || sgen.cname(a.k) || '.pdf', 'CV ' || sgen.cfirst(a.k) || ' ' || left(sgen.clast(a.k), 1) || ' updated.docx'], 'cvn', a.i),
       NULL, NULL, 'cv', 1, 'api::job-application.job-application', a.i, 'cv', a.t - interval '3 seconds', NULL, NULL, NULL
FROM sgen.app a WHERE a.i % 8 <> 7 ORDER BY a.i;
-- Avatars candidates uploaded to their profile.
INSERT INTO sgen.f (name, alt, caption, kind, folder, rel_type, rel_id, field, t, by, w, h)
SELECT CASE WHEN u.id % 3 = 0 THEN 'IMG_' || fixture_gen.digits('avimg', u.id, 4) || '.jpg' ELSE 'profile-' || fixture_gen.ascii(sgen.cfirst(u.k)) || '.jpg' END, NULL, NULL, 'image', 7,
       'plugin::users-permissions.user', u.id, 'avatar', u.created + interval '1 day', NULL, 512, 512
FROM sgen.u u WHERE u.id % 7 = 2 AND u.kind = 'candidate' ORDER BY u.id;

CREATE FUNCTION sgen.base(n text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '_' from regexp_replace(translate(regexp_replace(n, '\.[A-Za-z0-9]+$', ''), 'áéíóúàèìòùâêîôûäëïöüãõñçışğøÁÉÍÓÚÖÜÇŞØ', 'aeiouaeiouaeiouaeiouaoncisgoAEIOUOUCSO'), '[^A-Za-z0-9]+', '_', 'g'))
$$;
CREATE TABLE files (
    id serial PRIMARY KEY, name varchar(255), alternative_text varchar(255), caption varchar(255), width integer, height integer, formats jsonb, hash varchar(255), ext varchar(255),
    mime varchar(255), size numeric(10,2), url varchar(255), preview_url varchar(255), provider varchar(255), provider_metadata jsonb, folder_path varchar(255),
    created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
INSERT INTO files (id, name, alternative_text, caption, width, height, formats, hash, ext, mime, size, url, preview_url, provider, provider_metadata, folder_path, created_at, updated_at, created_by_id, updated_by_id)
SELECT f.id, f.name, f.alt, f.caption, f.w, f.h,
       CASE WHEN f.kind = 'image' THEN (SELECT jsonb_object_agg(fm.fmt, jsonb_build_object('name', fm.fmt || '_' || f.name, 'hash', fm.fmt || '_' || x.hash, 'ext', x.ext, 'mime', x.mime, 'path', NULL,
              'width', least(f.w, fm.px), 'height', (least(f.w, fm.px) * f.h / f.w), 'size', round((fm.px * fm.px / 9000.0)::numeric, 2), 'sizeInBytes', fm.px * fm.px * 111 / 1000,
              'url', 'https://res.cloudinary.com/harbourline/image/upload/v' || extract(epoch FROM f.t)::bigint || '/' || fm.fmt || '_' || x.hash || x.ext,
              'provider_metadata', jsonb_build_object('public_id', fm.fmt || '_' || x.hash, 'resource_type', 'image')))
            FROM (VALUES ('thumbnail', 156), ('small', 500), ('medium', 750), ('large', 1000)) fm(fmt, px) WHERE fm.px < f.w) END,
       x.hash, x.ext, x.mime, x.size,
       CASE WHEN f.kind IN ('image', 'svg') THEN 'https://res.cloudinary.com/harbourline/image/upload/v' || extract(epoch FROM f.t)::bigint || '/' || x.hash || x.ext
            ELSE 'https://harbourline-cms-private.s3.eu-west-2.amazonaws.com/' || CASE f.folder WHEN 5 THEN 'rtw/' ELSE 'cv/' END || x.hash || x.ext END,
       NULL, CASE WHEN f.kind IN ('image', 'svg') THEN 'cloudinary' ELSE 'aws-s3' END,
       CASE WHEN f.kind IN ('image', 'svg') THEN jsonb_build_object('public_id', x.hash, 'resource_type', 'image') END,
       '/' || CASE WHEN f.folder IN (3, 4, 6) THEN '2/' WHEN f.folder = 7 THEN '1/' ELSE '' END || f.folder,
       f.t, f.t + CASE WHEN f.caption IS NOT NULL THEN interval '2 hours' ELSE interval '0' END, f.by, f.by
FROM sgen.f f CROSS JOIN LATERAL (SELECT sgen.base(f.name) || '_' || sgen.hex('fh', f.id, 10) AS hash, lower(substring(f.name from '\.[A-Za-z0-9]+$')) AS ext,
  CASE lower(substring(f.name from '\.[A-Za-z0-9]+$')) WHEN '.jpg' THEN 'image/jpeg' WHEN '.jpeg' THEN 'image/jpeg' WHEN '.png' THEN 'image/png' WHEN '.svg' THEN 'image/svg+xml' WHEN '.pdf' THEN 'application/pdf'
    ELSE 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' END AS mime,
  round((CASE WHEN f.kind = 'svg' THEN 3 + fixture_gen.n('fsz', f.id, 20) WHEN f.kind = 'image' THEN 80 + fixture_gen.n('fsz', f.id, 900) ELSE 40 + fixture_gen.n('fsz', f.id, 600) END + fixture_gen.n('fsz2', f.id, 100) / 100.0)::numeric, 2) AS size) x
ORDER BY f.id;

CREATE TABLE files_related_morphs (id serial PRIMARY KEY, file_id integer, related_id integer, related_type varchar(255), field varchar(255), "order" double precision);
INSERT INTO files_related_morphs (file_id, related_id, related_type, field, "order") SELECT id, rel_id, rel_type, field, 1 FROM sgen.f WHERE rel_type IS NOT NULL ORDER BY id;
CREATE TABLE files_folder_links (id serial PRIMARY KEY, file_id integer, folder_id integer, file_order double precision);
INSERT INTO files_folder_links (file_id, folder_id, file_order) SELECT id, folder, row_number() OVER (PARTITION BY folder ORDER BY id) FROM sgen.f ORDER BY id;
-- ---------------------------------------------------------------------------
-- The audit log (Enterprise Edition): the payload keeps the user or the
-- entry as it was saved.

CREATE TABLE strapi_audit_logs (
    id serial PRIMARY KEY, action varchar(255), date timestamp(6), payload jsonb, created_at timestamp(6), updated_at timestamp(6), created_by_id integer, updated_by_id integer
);
CREATE TABLE strapi_audit_logs_user_links (id serial PRIMARY KEY, audit_log_id integer, user_id integer);
CREATE TABLE sgen.al (n serial, action text, at timestamp, payload jsonb, uid int);
CREATE FUNCTION sgen.aduser(i int) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('id', u.id, 'firstname', u.firstname, 'lastname', u.lastname, 'username', u.username, 'email', u.email, 'isActive', u.is_active, 'blocked', u.blocked,
    'preferedLanguage', u.prefered_language, 'createdAt', to_char(u.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'updatedAt', to_char(u.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
  FROM admin_users u WHERE u.id = i
$$;
INSERT INTO sgen.al (action, at, payload, uid)
SELECT 'admin.auth.success', t, jsonb_build_object('user', sgen.aduser(s), 'provider', CASE WHEN s IN (4, 5, 7, 9, 10, 15) AND t > timestamp '2023-06-01' THEN 'azure_ad' ELSE 'local' END), s
FROM (SELECT g, (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 18, 4, 5, 10, 15, 3])[1 + fixture_gen.n('alu', g, 20)] AS s, sgen.at('alt', g, '2023-06-01', '2024-06-28 16:50') AS t FROM generate_series(1, 120) g) x;
INSERT INTO sgen.al (action, at, payload, uid)
SELECT 'entry.update', greatest(ja.updated_at, timestamp '2023-06-01'), jsonb_build_object('model', 'job-application', 'uid', 'api::job-application.job-application',
  'entry', jsonb_build_object('id', ja.id, 'full_name', ja.full_name, 'email', ja.email, 'phone', ja.phone, 'status', ja.status, 'expected_salary', ja.expected_salary, 'notice_period', ja.notice_period,
    'right_to_work', ja.right_to_work, 'reference_code', ja.reference_code, 'createdAt', ja.created_at, 'updatedAt', ja.updated_at, 'publishedAt', ja.published_at)), ja.updated_by_id
FROM job_applications ja WHERE ja.updated_by_id IS NOT NULL AND ja.id % 3 = 1;
INSERT INTO sgen.al (action, at, payload, uid)
SELECT 'entry.publish', greatest(a.published_at, timestamp '2023-06-01'), jsonb_build_object('model', 'article', 'uid', 'api::article.article',
  'entry', jsonb_build_object('id', a.id, 'title', a.title, 'slug', a.slug, 'locale', a.locale, 'publishedAt', a.published_at)), a.updated_by_id
FROM articles a WHERE a.published_at IS NOT NULL;
INSERT INTO sgen.al (action, at, payload, uid)
SELECT 'entry.delete', greatest(c.updated_at, timestamp '2023-06-01') + interval '30 days', jsonb_build_object('model', 'contact-form-submission', 'uid', 'api::contact-form-submission.contact-form-submission',
  'entry', jsonb_build_object('id', 10000 + c.id, 'name', c.name, 'email', c.email, 'phone', c.phone, 'subject', c.subject, 'message', c.message)), 3
FROM contact_form_submissions c WHERE c.id % 8 = 2;
INSERT INTO sgen.al (action, at, payload, uid)
SELECT 'media.create', greatest(f.created_at, timestamp '2023-06-01'), jsonb_build_object('media', jsonb_build_object('id', f.id, 'name', f.name, 'hash', f.hash, 'url', f.url, 'mime', f.mime, 'size', f.size, 'folderPath', f.folder_path)), f.created_by_id
FROM files f WHERE f.created_by_id IS NOT NULL;
INSERT INTO sgen.al (action, at, payload, uid) VALUES
  ('user.update', '2023-09-04 11:41:02.551', jsonb_build_object('user', sgen.aduser(11)), 2),
  ('role.create', '2023-09-04 11:40:19.877', '{"role": {"id": 5, "name": "Read only (auditors)", "code": "read-only-auditors-lq3m8z1w"}}', 2),
  ('user.create', '2024-06-03 09:15:11.002', jsonb_build_object('user', sgen.aduser(17)), 1),
  ('user.update', '2024-04-02 10:01:54.870', jsonb_build_object('user', sgen.aduser(16)), 1),
  ('admin.logout', '2024-06-28 16:55:41.019', jsonb_build_object('user', sgen.aduser(2)), 2);
INSERT INTO strapi_audit_logs (action, date, payload, created_at, updated_at, created_by_id, updated_by_id)
SELECT action, at, payload, at, at, NULL, NULL FROM sgen.al ORDER BY at, n;
INSERT INTO strapi_audit_logs_user_links (audit_log_id, user_id)
SELECT row_number() OVER (ORDER BY at, n), uid FROM sgen.al ORDER BY at, n;
DELETE FROM strapi_audit_logs_user_links WHERE user_id IS NULL;

-- ---------------------------------------------------------------------------
-- What Strapi keeps about its own schema.

UPDATE strapi_core_store_settings SET value = (
  SELECT jsonb_object_agg(c.uid, jsonb_build_object('kind', CASE WHEN c.uid = 'api::global.global' THEN 'singleType' ELSE 'collectionType' END,
    'collectionName', CASE c.uid WHEN 'plugin::users-permissions.user' THEN 'up_users' WHEN 'api::global.global' THEN 'globals' ELSE replace(split_part(c.uid, '.', 2), '-', '_') || 's' END,
    'info', jsonb_build_object('singularName', split_part(c.uid, '.', 2), 'displayName', initcap(replace(split_part(c.uid, '.', 2), '-', ' '))),
    'options', jsonb_build_object('draftAndPublish', c.uid LIKE 'api::%'), 'pluginOptions', jsonb_build_object('i18n', jsonb_build_object('localized', c.i18n)),
    'attributes', (SELECT jsonb_object_agg(f, jsonb_build_object('type', CASE WHEN f IN ('content', 'bio', 'cover_letter', 'message', 'description') THEN 'richtext' WHEN f IN ('cv', 'avatar', 'photo', 'logo', 'cover', 'favicon') THEN 'media'
      WHEN f IN ('seo', 'address', 'work_history', 'referees', 'social_links', 'default_seo') THEN 'component' WHEN f = 'blocks' THEN 'dynamiczone' WHEN f LIKE '%email%' THEN 'email' ELSE 'string' END)) FROM unnest(c.fields) f)))::text
  FROM sgen.ct c) WHERE key = 'strapi_content_types_schema';

CREATE TABLE strapi_database_schema (id serial PRIMARY KEY, schema json, time timestamp, hash varchar(255));
INSERT INTO strapi_database_schema (schema, time, hash)
SELECT s, '2024-06-24 03:12:40', md5(s::text) FROM (
  SELECT json_build_object('tables', json_agg(json_build_object('name', t.relname, 'indexes', '[]'::json, 'foreignKeys', '[]'::json,
    'columns', (SELECT json_agg(json_build_object('name', a.attname, 'type', CASE WHEN a.attname = 'id' THEN 'increments' WHEN format_type(a.atttypid, a.atttypmod) LIKE 'timestamp%' THEN 'datetime'
        WHEN a.atttypid = 'jsonb'::regtype THEN 'jsonb' WHEN a.atttypid = 'text'::regtype THEN 'text' WHEN a.atttypid = 'boolean'::regtype THEN 'boolean' WHEN a.atttypid = 'integer'::regtype THEN 'integer'
        WHEN a.atttypid = 'double precision'::regtype THEN 'double' WHEN a.atttypid = 'bigint'::regtype THEN 'bigInteger' ELSE 'string' END, 'args', '[]'::json, 'defaultTo', NULL,
        'notNullable', false, 'unsigned', false) ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped)) ORDER BY t.relname)) AS s
  FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' AND t.relkind = 'r') x;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA sgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
