-- classify-eval fixture (HOLDOUT 29: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted Taiga 6 agile project-management instance on PostgreSQL, in the
-- naming its Django migrations create (users_, projects_, milestones_,
-- userstories_, tasks_, issues_, epics_, wiki_, attachments_, history_,
-- timeline_, notifications_, webhooks_, external_apps_, custom_attributes_,
-- likes_, votes_, feedback_, contact_, userstorage_, settings_,
-- token_denylist_, django_ tables), a subset of its tables with their real
-- columns and types (integer keys, timestamptz, text[] tags, jsonb). The
-- instance belongs to Nordlicht Digital, a software agency in Hamburg that
-- builds apps for clients (an energy utility, a UK clinic group, a Japanese
-- logistics firm, a Brazilian furniture maker, a Lagos fintech) and invites
-- the clients' staff into its projects. Users with full names of several
-- cultures, usernames, pbkdf2 hashes, bios with phones, avatar paths,
-- password-recovery and email-change tokens, pending new emails, accounts
-- cancelled and anonymised; GitHub and GitLab logins; system users of the
-- integrations; projects whose slugs begin with the owner's username, the
-- transfer token and the CSV export UUIDs that make exports public;
-- memberships with invitation emails, tokens and personal messages; user
-- stories, tasks, issues and epics whose subjects and descriptions name
-- clients' staff and paste logs with emails, IPs and tokens; blocked notes
-- and due-date reasons; wiki pages with contact lists and on-call rotas;
-- attachments whose file names name people; the history's diff, snapshot
-- and values JSON with names, comments and their edited versions; the
-- timeline's and web notifications' JSON with names and avatars; webhooks
-- with their HMAC keys and a chat webhook whose URL is the secret, and their
-- logs with whole payloads; external apps with their secrets and users'
-- tokens; custom attributes whose values hold clients' phones and emails;
-- the modules config with the GitHub and GitLab webhook secrets; the JWT
-- denylist's refresh tokens; sessions; users' stored UI state with saved
-- filters; feedback and contact messages. Beside it, in the schema pmo, the
-- agency's own register of clients' stakeholders. Lookup tables (statuses,
-- points, priorities, templates, roles, content types) hold nothing
-- personal. Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA tgen;

-- rnd: random-looking alphanumerics; b64url: URL-safe unpadded base64.
CREATE FUNCTION tgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;

CREATE FUNCTION tgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

-- at: a time in the instance's life (2021-02-01 to 2024-10-31).
CREATE FUNCTION tgen.at(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$ SELECT timestamptz '2021-02-01 07:00:00+00' + make_interval(secs => fixture_gen.n(tag, i, 118000000)) $$;

-- Clients of the agency: company, mail domain, culture tag, city.
CREATE TABLE tgen.cl (k int PRIMARY KEY, company text, domain text, city text, country text);
INSERT INTO tgen.cl VALUES
  (0, 'Nordlicht Digital GmbH', 'nordlicht-digital.de', 'Hamburg', 'DE'),
  (1, 'Helios Energie AG', 'helios-energie.de', 'Köln', 'DE'),
  (2, 'Brightwater Health Ltd', 'brightwaterhealth.co.uk', 'Leeds', 'GB'),
  (3, 'Kaiyo Logistics K.K.', 'kaiyo-logi.co.jp', 'Osaka', 'JP'),
  (4, 'Ferreira & Filhos Móveis', 'ferreirafilhos.com.br', 'Curitiba', 'BR'),
  (5, 'Ikenna Pay Ltd', 'ikennapay.ng', 'Lagos', 'NG');

-- People. 1: the instance admin; 2-4: system users of the integrations;
-- 5-94: agency staff; 95-134: clients' staff; 135-142: cancelled accounts,
-- anonymised by Taiga.
CREATE TABLE tgen.u (i int PRIMARY KEY, kind text, cl int, first text, last text, full_name text, username text, email text, phone text, joined timestamptz);
INSERT INTO tgen.u
SELECT i, kind, cl, f, l, f || ' ' || l,
       CASE WHEN i % 3 = 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) WHEN i % 3 = 1 THEN left(fixture_gen.ascii(f), 1) || fixture_gen.ascii(l) ELSE fixture_gen.ascii(f) || fixture_gen.ascii(l) || (i % 90)::text END,
       CASE WHEN kind = 'client' AND i % 5 = 0 THEN fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || (i % 89)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com'], 'ued', i)
            ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || (SELECT domain FROM tgen.cl WHERE k = cl) END,
       fixture_gen.phone('uph', i),
       timestamptz '2021-02-01 09:00:00+00' + (i * interval '211 hours') + make_interval(mins => fixture_gen.n('uj', i, 900))
FROM (SELECT i, CASE WHEN i <= 94 THEN 'staff' ELSE 'client' END AS kind,
             CASE WHEN i <= 94 THEN 0 ELSE 1 + (i % 5) END AS cl,
             fixture_gen.first_name('uf', i) AS f, fixture_gen.last_name('ul', i) AS l
      FROM generate_series(5, 142) i) x;
UPDATE tgen.u SET kind = 'cancelled' WHERE i >= 135;
UPDATE tgen.u a SET email = replace(a.email, '@', (a.i % 97)::text || '@') WHERE EXISTS (SELECT 1 FROM tgen.u b WHERE b.email = a.email AND b.i < a.i);
UPDATE tgen.u a SET username = a.username || (a.i % 97)::text WHERE EXISTS (SELECT 1 FROM tgen.u b WHERE b.username = a.username AND b.i < a.i);
INSERT INTO tgen.u VALUES
  (1, 'admin', 0, 'Ops', 'Admin', 'Nordlicht Ops', 'admin', 'ops@nordlicht-digital.de', NULL, timestamptz '2021-02-01 08:12:40+00'),
  (2, 'system', 0, NULL, NULL, 'GitHub', 'github-' || substr(md5('sysgh'), 1, 12), 'github-' || substr(md5('sysgh'), 1, 12) || '@taiga.io', NULL, timestamptz '2021-03-02 10:00:00+00'),
  (3, 'system', 0, NULL, NULL, 'GitLab', 'gitlab-' || substr(md5('sysgl'), 1, 12), 'gitlab-' || substr(md5('sysgl'), 1, 12) || '@taiga.io', NULL, timestamptz '2021-03-02 10:00:05+00'),
  (4, 'system', 0, NULL, NULL, 'Taiga Importer', 'importer-' || substr(md5('sysim'), 1, 12), 'importer-' || substr(md5('sysim'), 1, 12) || '@taiga.io', NULL, timestamptz '2021-03-02 10:00:09+00');

-- users_user
CREATE TABLE users_user (
    id serial PRIMARY KEY,
    password varchar(128) NOT NULL,
    last_login timestamptz,
    is_superuser boolean NOT NULL,
    username varchar(255) NOT NULL UNIQUE,
    email varchar(255) NOT NULL UNIQUE,
    is_active boolean NOT NULL,
    full_name varchar(256) NOT NULL,
    color varchar(9) NOT NULL,
    bio text NOT NULL,
    photo varchar(500),
    date_joined timestamptz NOT NULL,
    lang varchar(20),
    timezone varchar(20),
    colorize_tags boolean NOT NULL,
    token varchar(200),
    email_token varchar(200),
    new_email varchar(254),
    is_system boolean NOT NULL,
    theme varchar(100),
    max_private_projects integer,
    max_public_projects integer,
    max_memberships_private_projects integer,
    max_memberships_public_projects integer,
    uuid varchar(32) NOT NULL UNIQUE,
    accepted_terms boolean NOT NULL,
    read_new_terms boolean NOT NULL,
    verified_email boolean NOT NULL,
    is_staff boolean NOT NULL,
    date_cancelled timestamptz
);

INSERT INTO users_user
SELECT u.i,
       CASE WHEN u.kind = 'system' THEN '!' || tgen.rnd('upw!', u.i, 40) WHEN u.kind = 'cancelled' THEN '!' || tgen.rnd('upwc', u.i, 40) ELSE fixture_gen.pbkdf2('upw', u.i) END,
       CASE WHEN u.kind IN ('system', 'cancelled') THEN NULL ELSE tgen.at('ull', u.i) + interval '200 days' END,
       u.i = 1,
       CASE WHEN u.kind = 'cancelled' THEN 'deleted-user-' || md5('del' || u.i) ELSE u.username END,
       CASE WHEN u.kind = 'cancelled' THEN 'deleted-user-' || md5('del' || u.i) || '@taiga.io' ELSE u.email END,
       u.kind <> 'cancelled',
       CASE WHEN u.kind = 'cancelled' THEN 'Deleted user' ELSE u.full_name END,
       '#' || substr(md5('ucol' || u.i), 1, 6),
       CASE WHEN u.kind IN ('system', 'cancelled', 'admin') THEN ''
            WHEN u.i % 4 = 0 THEN ''
            WHEN u.i % 4 = 1 THEN fixture_gen.pick(ARRAY['Backend developer. Python, Go, coffee.', 'Product designer, ex-architect. Loves typography.', 'QA lead – if it can break, I will find it.', 'Scrum master and part-time beekeeper.', 'Android and Flutter. Ask me about offline sync.'], 'ubio', u.i)
            WHEN u.i % 4 = 2 THEN 'Project contact at ' || (SELECT company FROM tgen.cl WHERE k = u.cl) || '. Reach me on ' || u.phone || ' if something is urgent.'
            ELSE 'Working from ' || (SELECT city FROM tgen.cl WHERE k = u.cl) || ', ' || fixture_gen.pick(ARRAY['Mon-Thu', 'mornings only', 'CET hours', 'part-time until March'], 'ubw', u.i) || '. Private: ' || fixture_gen.ascii(u.first) || fixture_gen.ascii(left(u.last, 1)) || (u.i % 79)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'proton.me', 'web.de', 'hey.com'], 'ubm', u.i) END,
       CASE WHEN u.kind IN ('system', 'cancelled') OR u.i % 5 = 0 THEN NULL
            ELSE 'user/' || substr(md5('uph' || u.i), 1, 1) || '/' || substr(md5('uph' || u.i), 2, 1) || '/' || substr(md5('uph' || u.i), 3, 1) || '/' || substr(md5('uph' || u.i), 4, 1) || '/'
                 || encode(sha256(convert_to('uphoto' || u.i, 'UTF8')), 'hex') || '/'
                 || CASE WHEN u.i % 3 = 0 THEN fixture_gen.ascii(u.first) || '_' || fixture_gen.ascii(u.last) || '.jpg' WHEN u.i % 3 = 1 THEN 'IMG_' || fixture_gen.digits('uimg', u.i, 4) || '.jpeg' ELSE 'avatar-' || fixture_gen.ascii(u.first) || '.png' END END,
       u.joined,
       CASE WHEN u.kind = 'system' THEN '' ELSE fixture_gen.pick(ARRAY['en', 'en', 'de', 'de', 'ja', 'pt-br', 'es', ''], 'ulang', u.i) END,
       CASE WHEN u.kind = 'system' THEN '' ELSE fixture_gen.pick(ARRAY['', 'Europe/Berlin', 'Europe/London', 'Asia/Tokyo', 'America/Sao_Paulo', 'Africa/Lagos'], 'utz', u.i) END,
       u.i % 3 <> 0,
       CASE WHEN u.kind NOT IN ('system', 'cancelled') AND u.i % 9 = 0 THEN fixture_gen.uuid('utok', u.i) END,
       CASE WHEN u.kind NOT IN ('system', 'cancelled') AND u.i % 13 = 0 THEN fixture_gen.uuid('uetok', u.i) END,
       CASE WHEN u.kind NOT IN ('system', 'cancelled') AND u.i % 13 = 0 THEN fixture_gen.email('unew', u.i) END,
       u.kind = 'system',
       fixture_gen.pick(ARRAY['taiga', 'taiga', 'taiga', 'material-design', 'high-contrast'], 'uth', u.i),
       CASE WHEN u.kind = 'client' THEN 1 END, NULL, NULL, NULL,
       md5('uuid' || u.i),
       u.kind NOT IN ('system', 'cancelled'), u.i % 7 <> 0, u.kind NOT IN ('system', 'cancelled') AND u.i % 11 <> 0,
       u.i = 1,
       CASE WHEN u.kind = 'cancelled' THEN tgen.at('ucan', u.i) + interval '300 days' END
FROM tgen.u u ORDER BY u.i;

-- users_role (per project; filled after projects_project)
CREATE TABLE users_role (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    slug varchar(250) NOT NULL,
    permissions text[],
    "order" integer NOT NULL,
    computable boolean NOT NULL,
    project_id integer
);

-- users_authdata: logins at GitHub and GitLab
CREATE TABLE users_authdata (
    id serial PRIMARY KEY,
    key varchar(50) NOT NULL,
    value varchar(300) NOT NULL,
    extra jsonb NOT NULL,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (key, value)
);
INSERT INTO users_authdata (key, value, extra, user_id)
SELECT CASE WHEN u.i % 3 = 0 THEN 'gitlab' ELSE 'github' END,
       (1000000 + fixture_gen.n('gid', u.i, 90000000))::text,
       CASE WHEN u.i % 3 = 0 THEN jsonb_build_object('username', u.username, 'email', u.email)
            WHEN u.i % 2 = 0 THEN jsonb_build_object('login', replace(u.username, '.', '-'))
            ELSE '{}'::jsonb END,
       u.i
FROM tgen.u u WHERE u.kind = 'staff' AND u.i % 2 = 0 OR (u.kind = 'client' AND u.i % 7 = 0);

-- Projects: 1-10 client projects and 11-12 internal ones.
CREATE TABLE tgen.pr (i int PRIMARY KEY, cl int, name text, owner int, private boolean);
INSERT INTO tgen.pr VALUES
  (1, 1, 'Helios Smart Meter App', 7, true), (2, 1, 'Helios Tariff Portal', 12, true), (3, 2, 'Brightwater Patient Booking', 15, true),
  (4, 2, 'Brightwater Staff Rota', 21, true), (5, 3, 'Kaiyo Driver App', 28, true), (6, 3, 'Kaiyo Warehouse Scanner', 33, true),
  (7, 4, 'Ferreira Online Showroom', 40, true), (8, 5, 'Ikenna Pay Wallet', 46, true), (9, 5, 'Ikenna KYC Onboarding', 51, true),
  (10, 0, 'Open Source: taiga-slack-bridge', 57, false), (11, 0, 'Nordlicht Internal IT', 62, true), (12, 0, 'Nordlicht Hiring', 66, true);

CREATE TABLE projects_project (
    id serial PRIMARY KEY,
    tags text[],
    name varchar(250) NOT NULL,
    slug varchar(250) NOT NULL UNIQUE,
    description text,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    total_milestones integer,
    total_story_points double precision,
    is_backlog_activated boolean NOT NULL,
    is_kanban_activated boolean NOT NULL,
    is_wiki_activated boolean NOT NULL,
    is_issues_activated boolean NOT NULL,
    videoconferences varchar(250),
    videoconferences_extra_data varchar(250),
    anon_permissions text[],
    public_permissions text[],
    is_private boolean NOT NULL,
    tags_colors text[],
    owner_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    creation_template_id integer,
    default_issue_status_id integer,
    default_issue_type_id integer,
    default_points_id integer,
    default_priority_id integer,
    default_severity_id integer,
    default_task_status_id integer,
    default_us_status_id integer,
    issues_csv_uuid varchar(32),
    tasks_csv_uuid varchar(32),
    userstories_csv_uuid varchar(32),
    is_featured boolean NOT NULL,
    is_looking_for_people boolean NOT NULL,
    total_activity integer NOT NULL,
    total_activity_last_month integer NOT NULL,
    total_activity_last_week integer NOT NULL,
    total_activity_last_year integer NOT NULL,
    total_fans integer NOT NULL,
    total_fans_last_month integer NOT NULL,
    total_fans_last_week integer NOT NULL,
    total_fans_last_year integer NOT NULL,
    totals_updated_datetime timestamptz NOT NULL,
    logo varchar(500),
    looking_for_people_note text NOT NULL,
    blocked_code varchar(255),
    transfer_token varchar(255),
    is_epics_activated boolean NOT NULL,
    default_epic_status_id integer,
    epics_csv_uuid varchar(32),
    is_contact_activated boolean NOT NULL,
    default_swimlane_id integer
);
INSERT INTO projects_project
SELECT p.i,
       CASE p.i % 3 WHEN 0 THEN ARRAY['mobile', 'ios', 'android'] WHEN 1 THEN ARRAY['web', 'backend'] ELSE ARRAY['client', 'fixed-price'] END,
       p.name,
       replace((SELECT username FROM tgen.u WHERE i = p.owner), '.', '-') || '-' || regexp_replace(lower(p.name), '[^a-z0-9]+', '-', 'g'),
       CASE p.i
         WHEN 1 THEN 'Customer app for Helios smart meters: live consumption, tariffs and outage alerts. Client PO: ' || (SELECT full_name FROM tgen.u WHERE i = 96) || ' (' || (SELECT email FROM tgen.u WHERE i = 96) || ').'
         WHEN 3 THEN 'Online booking for Brightwater''s physiotherapy and GP clinics. Clinical safety officer on the client side is ' || (SELECT full_name FROM tgen.u WHERE i = 97) || ', phone ' || (SELECT phone FROM tgen.u WHERE i = 97) || '.'
         WHEN 5 THEN 'Route and proof-of-delivery app for Kaiyo''s drivers in Kansai.'
         WHEN 8 THEN 'Wallet, P2P transfers and bill payments. Compliance questions go to ' || (SELECT full_name FROM tgen.u WHERE i = 100) || '.'
         WHEN 10 THEN 'Posts Taiga events to Slack channels. MIT licensed, PRs welcome.'
         WHEN 12 THEN 'Hiring pipeline for 2024: one card per candidate, CVs attached.'
         ELSE 'Project space for ' || p.name || '. See the wiki for the working agreement.' END,
       tgen.at('pcr', p.i) - interval '400 days', tgen.at('pmo', p.i),
       4 + p.i, (30 + p.i * 17)::double precision,
       true, p.i % 2 = 0, true, true,
       fixture_gen.pick(ARRAY['jitsi', 'whereby-com', 'custom', 'talky'], 'pvc', p.i),
       CASE WHEN p.i % 4 = 2 THEN 'https://meet.nordlicht-digital.de/' || regexp_replace(lower(p.name), '[^a-z0-9]+', '', 'g') ELSE regexp_replace(lower(p.name), '[^a-z0-9]+', '-', 'g') || '-standup' END,
       CASE WHEN p.private THEN ARRAY[]::text[] ELSE ARRAY['view_project', 'view_milestones', 'view_epics', 'view_us', 'view_tasks', 'view_issues', 'view_wiki_pages', 'view_wiki_links'] END,
       CASE WHEN p.private THEN ARRAY[]::text[] ELSE ARRAY['view_project', 'view_milestones', 'view_epics', 'view_us', 'view_tasks', 'view_issues', 'view_wiki_pages', 'view_wiki_links', 'add_issue', 'comment_issue', 'vote_issues'] END,
       p.private,
       ARRAY['mobile', '#e44057', 'web', '#70728f', 'backend', '#5b8200', 'client', '#bf9200'],
       p.owner, 1 + p.i % 2,
       (p.i - 1) * 5 + 1, (p.i - 1) * 3 + 1, (p.i - 1) * 6 + 1, (p.i - 1) * 3 + 2, (p.i - 1) * 3 + 2, (p.i - 1) * 4 + 1, (p.i - 1) * 5 + 1,
       CASE WHEN p.i % 3 <> 1 THEN md5('piss' || p.i) END, CASE WHEN p.i % 4 = 0 THEN md5('ptsk' || p.i) END, CASE WHEN p.i % 2 = 0 THEN md5('pus' || p.i) END,
       p.i = 10, p.i IN (10, 12),
       300 + fixture_gen.n('pa', p.i, 4000), fixture_gen.n('pam', p.i, 300), fixture_gen.n('paw', p.i, 80), 200 + fixture_gen.n('pay', p.i, 3000),
       fixture_gen.n('pf', p.i, 20), fixture_gen.n('pfm', p.i, 3), 0, fixture_gen.n('pfy', p.i, 10),
       tgen.at('ptot', p.i),
       CASE WHEN p.i % 3 = 0 THEN NULL ELSE 'project/' || substr(md5('plg' || p.i), 1, 1) || '/' || substr(md5('plg' || p.i), 2, 1) || '/' || substr(md5('plg' || p.i), 3, 1) || '/' || substr(md5('plg' || p.i), 4, 1) || '/' || encode(sha256(convert_to('plogo' || p.i, 'UTF8')), 'hex') || '/logo.png' END,
       CASE p.i WHEN 10 THEN 'Looking for a maintainer who knows the Slack Bolt SDK. Ping ' || (SELECT full_name FROM tgen.u WHERE i = 57) || ' at ' || (SELECT email FROM tgen.u WHERE i = 57) || '.'
                WHEN 12 THEN 'We need two interviewers for the Flutter role, ask ' || (SELECT full_name FROM tgen.u WHERE i = 66) || '.' ELSE '' END,
       CASE WHEN p.i = 6 THEN 'blocked-by-nonpayment' END,
       CASE WHEN p.i IN (4, 9) THEN p.owner || ':' || tgen.rnd('pttk', p.i, 6) || ':' || tgen.b64url('ptts', p.i, 20) END,
       p.i NOT IN (10, 11), CASE WHEN p.i NOT IN (10, 11) THEN (p.i - 1) * 4 + 1 END,
       CASE WHEN p.i % 5 = 1 THEN md5('pep' || p.i) END,
       p.i = 10, NULL
FROM tgen.pr p ORDER BY p.i;

INSERT INTO users_role (name, slug, permissions, "order", computable, project_id)
SELECT r.name, r.slug, r.perms, r.o, r.name <> 'Stakeholder', p.i
FROM tgen.pr p CROSS JOIN (VALUES
  ('UX', 'ux', ARRAY['add_issue', 'modify_issue', 'view_project', 'view_us', 'add_us', 'modify_us', 'comment_us', 'view_wiki_pages'], 10),
  ('Design', 'design', ARRAY['add_issue', 'modify_issue', 'view_project', 'view_us', 'comment_us', 'view_wiki_pages'], 20),
  ('Front', 'front', ARRAY['add_issue', 'modify_issue', 'view_project', 'view_us', 'add_task', 'modify_task', 'view_tasks', 'view_wiki_pages'], 30),
  ('Back', 'back', ARRAY['add_issue', 'modify_issue', 'view_project', 'view_us', 'add_task', 'modify_task', 'view_tasks', 'view_wiki_pages'], 40),
  ('Product Owner', 'product-owner', ARRAY['add_us', 'modify_us', 'delete_us', 'view_project', 'view_us', 'add_milestone', 'view_milestones'], 50),
  ('Stakeholder', 'stakeholder', ARRAY['view_project', 'view_us', 'view_issues', 'comment_us', 'comment_issue'], 60)) r(name, slug, perms, o);

-- projects_membership: members and pending invitations
CREATE TABLE projects_membership (
    id serial PRIMARY KEY,
    is_admin boolean NOT NULL,
    email varchar(255),
    created_at timestamptz NOT NULL,
    token varchar(60),
    user_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    role_id integer NOT NULL REFERENCES users_role (id) DEFERRABLE INITIALLY DEFERRED,
    invited_by_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    invitation_extra_text text,
    user_order bigint NOT NULL
);
CREATE TABLE tgen.m (k serial, p int, u int, pending boolean);
INSERT INTO tgen.m (p, u, pending)
SELECT p.i, u.i, false FROM tgen.pr p JOIN tgen.u u ON u.kind = 'staff' AND (u.i + p.i) % 6 = 0 OR u.i = p.owner OR (u.kind = 'client' AND u.cl = p.cl AND (u.i + p.i) % 2 = 0)
ORDER BY p.i, u.i;
INSERT INTO tgen.m (p, u, pending) SELECT 1 + g % 12, NULL, true FROM generate_series(1, 24) g;
INSERT INTO projects_membership (is_admin, email, created_at, token, user_id, project_id, role_id, invited_by_id, invitation_extra_text, user_order)
SELECT m.u IS NOT NULL AND m.u = p.owner,
       CASE WHEN m.pending THEN CASE WHEN m.k % 3 = 0 THEN fixture_gen.ascii(fixture_gen.first_name('mif', m.k)) || '.' || fixture_gen.ascii(fixture_gen.last_name('mil', m.k)) || '@' || (SELECT domain FROM tgen.cl WHERE k = p.cl)
                                        ELSE fixture_gen.email('mie', m.k) END
            WHEN m.k % 4 = 0 THEN (SELECT email FROM tgen.u WHERE i = m.u) END,
       tgen.at('mcr', m.k),
       CASE WHEN m.pending OR m.k % 4 = 0 THEN fixture_gen.uuid('mtok', m.k) END,
       m.u, m.p,
       (SELECT id FROM users_role r WHERE r.project_id = m.p AND r."order" = CASE WHEN m.u = p.owner THEN 50 WHEN m.u IS NULL OR (SELECT kind FROM tgen.u WHERE i = m.u) = 'client' THEN 60 ELSE 10 * (1 + m.k % 4) END),
       CASE WHEN m.u = p.owner THEN NULL ELSE p.owner END,
       CASE WHEN m.pending AND m.k % 2 = 0 THEN fixture_gen.pick(ARRAY[
              'Hi! Adding you so you can follow the sprint reviews. Questions to me directly: ',
              'Welcome aboard – this is where we track the app. My mobile for go-live week: ',
              'As discussed with your manager, you get read access to the backlog. Call me on '], 'mix', m.k)
              || (SELECT phone FROM tgen.u WHERE i = p.owner)
            WHEN m.pending THEN 'Invitation to ' || p.name END,
       (m.k * 1000 + fixture_gen.n('mord', m.k, 999))::bigint
FROM tgen.m m JOIN tgen.pr p ON p.i = m.p ORDER BY m.k;

-- projects_projecttemplate
CREATE TABLE projects_projecttemplate (
    id serial PRIMARY KEY,
    name varchar(250) NOT NULL,
    slug varchar(250) NOT NULL UNIQUE,
    description text NOT NULL,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    default_owner_role varchar(50) NOT NULL,
    is_backlog_activated boolean NOT NULL,
    is_kanban_activated boolean NOT NULL,
    is_wiki_activated boolean NOT NULL,
    is_issues_activated boolean NOT NULL,
    videoconferences varchar(250),
    videoconferences_extra_data varchar(250),
    default_options jsonb,
    us_statuses jsonb,
    points jsonb,
    task_statuses jsonb,
    issue_statuses jsonb,
    roles jsonb,
    "order" bigint NOT NULL,
    is_epics_activated boolean NOT NULL,
    tags text[],
    tags_colors text[]
);
INSERT INTO projects_projecttemplate (name, slug, description, created_date, modified_date, default_owner_role, is_backlog_activated, is_kanban_activated, is_wiki_activated, is_issues_activated,
    videoconferences, videoconferences_extra_data, default_options, us_statuses, points, task_statuses, issue_statuses, roles, "order", is_epics_activated, tags, tags_colors)
SELECT t.name, t.slug, t.descr, timestamptz '2021-02-01 08:00:00+00', timestamptz '2021-02-01 08:00:00+00' + k * interval '9 days', 'product-owner', t.backlog, NOT t.backlog, false, true,
       NULL, NULL,
       '{"points": "?", "priority": "Normal", "severity": "Normal", "us_status": "New", "epic_status": "New", "issue_type": "Bug", "task_status": "New", "issue_status": "New"}'::jsonb,
       '[{"name": "New", "slug": "new", "color": "#70728f", "order": 1, "is_closed": false, "wip_limit": null, "is_archived": false}, {"name": "Ready", "slug": "ready", "color": "#e44057", "order": 2, "is_closed": false, "wip_limit": null, "is_archived": false}, {"name": "In progress", "slug": "in-progress", "color": "#e47c40", "order": 3, "is_closed": false, "wip_limit": null, "is_archived": false}, {"name": "Done", "slug": "done", "color": "#a8e440", "order": 5, "is_closed": true, "wip_limit": null, "is_archived": false}]'::jsonb,
       '[{"name": "?", "order": 1, "value": null}, {"name": "1", "order": 3, "value": 1.0}, {"name": "2", "order": 4, "value": 2.0}, {"name": "3", "order": 5, "value": 3.0}, {"name": "5", "order": 6, "value": 5.0}, {"name": "8", "order": 7, "value": 8.0}]'::jsonb,
       '[{"name": "New", "slug": "new", "color": "#70728f", "order": 1, "is_closed": false}, {"name": "In progress", "slug": "in-progress", "color": "#e47c40", "order": 2, "is_closed": false}, {"name": "Closed", "slug": "closed", "color": "#a8e440", "order": 4, "is_closed": true}]'::jsonb,
       '[{"name": "New", "slug": "new", "color": "#70728f", "order": 1, "is_closed": false}, {"name": "Closed", "slug": "closed", "color": "#a8e440", "order": 5, "is_closed": true}]'::jsonb,
       '[{"name": "UX", "slug": "ux", "order": 10, "computable": true, "permissions": ["view_project", "view_us"]}, {"name": "Product Owner", "slug": "product-owner", "order": 50, "computable": false, "permissions": ["add_us", "view_us"]}]'::jsonb,
       k, true, ARRAY[]::text[], ARRAY[]::text[]
FROM (VALUES (1, 'Scrum', 'scrum', 'The agile product backlog in Scrum is a prioritized features list, containing short descriptions of all functionality desired in the product.', true),
             (2, 'Kanban', 'kanban', 'Kanban is a method for managing knowledge work with an emphasis on just-in-time delivery while not overloading the team members.', false),
             (3, 'Nordlicht Client Project', 'nordlicht-client-project', 'Our default: Scrum with a Stakeholder role for the client, a Definition of Done and a release checklist in the wiki.', true)) t(k, name, slug, descr, backlog);

-- projects_userstorystatus, projects_points, projects_issuestatus, projects_priority
CREATE TABLE projects_userstorystatus (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, "order" integer NOT NULL, is_closed boolean NOT NULL, color varchar(20) NOT NULL,
    wip_limit integer, slug varchar(255) NOT NULL, is_archived boolean NOT NULL,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO projects_userstorystatus (name, "order", is_closed, color, wip_limit, slug, is_archived, project_id)
SELECT s.name, s.o, s.closed, s.color, CASE WHEN s.o = 3 AND p.i % 2 = 0 THEN 5 END, s.slug, s.o = 6, p.i
FROM tgen.pr p CROSS JOIN (VALUES ('New', 'new', 1, false, '#70728f'), ('Ready', 'ready', 2, false, '#e44057'), ('In progress', 'in-progress', 3, false, '#e47c40'),
  ('Ready for test', 'ready-for-test', 4, false, '#e4ce40'), ('Done', 'done', 5, true, '#a8e440')) s(name, slug, o, closed, color) ORDER BY p.i, s.o;

CREATE TABLE projects_points (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, "order" integer NOT NULL, value double precision,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO projects_points (name, "order", value, project_id)
SELECT s.name, s.o, s.v, p.i FROM tgen.pr p CROSS JOIN (VALUES ('?', 1, NULL::double precision), ('1/2', 2, 0.5), ('1', 3, 1), ('2', 4, 2), ('3', 5, 3), ('5', 6, 5)) s(name, o, v) ORDER BY p.i, s.o;

CREATE TABLE projects_issuestatus (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, "order" integer NOT NULL, is_closed boolean NOT NULL, color varchar(20) NOT NULL, slug varchar(255) NOT NULL,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO projects_issuestatus (name, "order", is_closed, color, slug, project_id)
SELECT s.name, s.o, s.closed, s.color, s.slug, p.i FROM tgen.pr p CROSS JOIN (VALUES ('New', 'new', 1, false, '#70728f'), ('In progress', 'in-progress', 2, false, '#40a8e4'),
  ('Ready for test', 'ready-for-test', 3, true, '#4046e4'), ('Closed', 'closed', 4, true, '#a8e440'), ('Needs Info', 'needs-info', 5, false, '#e44057')) s(name, slug, o, closed, color) ORDER BY p.i, s.o;

CREATE TABLE projects_priority (
    id serial PRIMARY KEY, name varchar(255) NOT NULL, "order" integer NOT NULL, color varchar(20) NOT NULL,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO projects_priority (name, "order", color, project_id)
SELECT s.name, s.o, s.color, p.i FROM tgen.pr p CROSS JOIN (VALUES ('Low', 1, '#666666'), ('Normal', 3, '#669933'), ('High', 5, '#CC0000')) s(name, o, color) ORDER BY p.i, s.o;

-- projects_projectmodulesconfig: the GitHub, GitLab and Gogs webhook secrets
CREATE TABLE projects_projectmodulesconfig (
    id serial PRIMARY KEY,
    config jsonb,
    project_id integer NOT NULL UNIQUE REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO projects_projectmodulesconfig (config, project_id)
SELECT CASE p.i % 3
         WHEN 0 THEN jsonb_build_object('github', jsonb_build_object('secret', substr(encode(sha256(convert_to('ghsec' || p.i, 'UTF8')), 'hex'), 1, 32)))
         WHEN 1 THEN jsonb_build_object('gitlab', jsonb_build_object('secret', substr(encode(sha256(convert_to('glsec' || p.i, 'UTF8')), 'hex'), 1, 32), 'valid_origin_ips', jsonb_build_array('10.20.0.14', '10.20.0.15')))
         ELSE jsonb_build_object('github', jsonb_build_object('secret', substr(encode(sha256(convert_to('ghsec' || p.i, 'UTF8')), 'hex'), 1, 32)),
                                 'gitlab', jsonb_build_object('secret', substr(encode(sha256(convert_to('glsec' || p.i, 'UTF8')), 'hex'), 1, 32), 'valid_origin_ips', jsonb_build_array())) END,
       p.i
FROM tgen.pr p WHERE p.i <> 12;

-- milestones_milestone
CREATE TABLE milestones_milestone (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    slug varchar(250) NOT NULL,
    estimated_start date NOT NULL,
    estimated_finish date NOT NULL,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    closed boolean NOT NULL,
    disponibility double precision,
    "order" smallint NOT NULL,
    owner_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (name, project_id)
);
INSERT INTO milestones_milestone (name, slug, estimated_start, estimated_finish, created_date, modified_date, closed, disponibility, "order", owner_id, project_id)
SELECT 'Sprint ' || s, 'sprint-' || s, date '2023-01-09' + (s - 1) * 14 + p.i, date '2023-01-09' + s * 14 + p.i - 1,
       timestamptz '2023-01-05 09:00:00+00' + (s - 1) * interval '14 days', timestamptz '2023-01-05 09:00:00+00' + (s - 1) * interval '14 days' + interval '15 days',
       s < 4 + p.i, 0.0, s, p.owner, p.i
FROM tgen.pr p CROSS JOIN generate_series(1, 4 + p.i) s WHERE p.i <> 12 ORDER BY p.i, s;

-- cp: a person of a client (or, for cl 0, of the agency), for a tag and row.
CREATE FUNCTION tgen.cp(c int, tag text, k bigint) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT (array_agg(u.i ORDER BY u.i))[1 + fixture_gen.n($2, $3, count(*)::int)] FROM tgen.u u WHERE u.cl = $1 AND u.kind IN ('staff', 'client')
$$;
-- st: a member of a project, for a tag and row.
CREATE FUNCTION tgen.st(pr int, tag text, k bigint) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT (array_agg(m.u ORDER BY m.u))[1 + fixture_gen.n($2, $3, count(*)::int)] FROM tgen.m m WHERE m.p = $1 AND m.u IS NOT NULL
$$;

-- Work items: 1-320 user stories, tasks 1-360, issues 1-240, epics 1-44,
-- each with a project, an owner, an assignee and a person of the client.
CREATE TABLE tgen.w (kind text, k int, p int, owner int, assignee int, cp int, ref int, at timestamptz, PRIMARY KEY (kind, k));
INSERT INTO tgen.w
SELECT kind, k, p, tgen.st(p, kind || 'o', k), CASE WHEN k % 6 = 0 THEN NULL ELSE tgen.st(p, kind || 'a', k) END, tgen.cp((SELECT cl FROM tgen.pr WHERE i = p), kind || 'c', k), 0, tgen.at(kind || 't', k)
FROM (SELECT kind, k, 1 + (k * 7 + length(kind)) % 12 AS p FROM (VALUES ('us', 320), ('task', 360), ('issue', 240), ('epic', 44)) v(kind, n), generate_series(1, n) k) x;
UPDATE tgen.w w SET ref = x.r FROM (SELECT kind, k, row_number() OVER (PARTITION BY p ORDER BY at, kind, k) AS r FROM tgen.w) x WHERE x.kind = w.kind AND x.k = w.k;

CREATE FUNCTION tgen.nm(u int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT full_name FROM tgen.u x WHERE x.i = $1 $$;
CREATE FUNCTION tgen.em(u int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT email FROM tgen.u x WHERE x.i = $1 $$;
CREATE FUNCTION tgen.ph(u int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT phone FROM tgen.u x WHERE x.i = $1 $$;
CREATE FUNCTION tgen.un(u int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT username FROM tgen.u x WHERE x.i = $1 $$;

-- userstories_userstory
CREATE TABLE userstories_userstory (
    id serial PRIMARY KEY,
    tags text[],
    version integer NOT NULL,
    is_blocked boolean NOT NULL,
    blocked_note text NOT NULL,
    ref bigint,
    is_closed boolean NOT NULL,
    backlog_order bigint NOT NULL,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    finish_date timestamptz,
    subject text NOT NULL,
    description text NOT NULL,
    client_requirement boolean NOT NULL,
    team_requirement boolean NOT NULL,
    assigned_to_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    generated_from_issue_id integer,
    milestone_id integer REFERENCES milestones_milestone (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    status_id integer REFERENCES projects_userstorystatus (id) DEFERRABLE INITIALLY DEFERRED,
    sprint_order bigint NOT NULL,
    kanban_order bigint NOT NULL,
    external_reference text[],
    tribe_gig text,
    due_date date,
    due_date_reason text NOT NULL,
    generated_from_task_id integer,
    from_task_ref text,
    swimlane_id integer
);
INSERT INTO userstories_userstory
SELECT w.k,
       CASE WHEN w.k % 4 = 0 THEN ARRAY['backend'] WHEN w.k % 4 = 1 THEN ARRAY['mobile', 'ux'] WHEN w.k % 4 = 2 THEN ARRAY[]::text[] ELSE ARRAY['client'] END,
       1 + fixture_gen.n('usv', w.k, 9),
       w.k % 11 = 0,
       CASE WHEN w.k % 11 = 0 THEN fixture_gen.pick(ARRAY['Waiting for ', 'Blocked until ', 'Need sign-off from '], 'usbn', w.k) || tgen.nm(w.cp) || fixture_gen.pick(ARRAY[' to send the staging API credentials', ' (back from leave on the 14th)', ', call ' || tgen.ph(w.cp)], 'usbm', w.k) ELSE '' END,
       w.ref,
       w.k % 3 = 0,
       w.k * 1000, w.at, w.at + make_interval(hours => fixture_gen.n('usm', w.k, 2000)),
       CASE WHEN w.k % 3 = 0 THEN w.at + make_interval(hours => 100 + fixture_gen.n('usf', w.k, 2000)) END,
       CASE WHEN w.p = 12 THEN 'Candidate: ' || fixture_gen.full_name('cand', w.k) || ' – ' || fixture_gen.pick(ARRAY['Flutter developer', 'Senior backend (Go)', 'Working student QA', 'UX researcher'], 'cr', w.k)
            WHEN w.k % 5 = 0 THEN 'Change request from ' || tgen.nm(w.cp) || ': ' || fixture_gen.pick(ARRAY['add meter photo upload', 'rename the tariff tiers', 'show the clinic address on confirmations', 'bulk export of deliveries', 'second signatory for transfers'], 'uscr', w.k)
            ELSE fixture_gen.pick(ARRAY['As a customer I want to reset my password by email', 'As a driver I want to scan a parcel barcode offline', 'As an admin I want to export monthly reports as CSV',
                 'As a patient I want to reschedule an appointment', 'As a user I want push notifications for outages', 'As a support agent I want to search accounts by phone',
                 'As a finance user I want to download invoices as PDF', 'Onboarding: upload ID document and selfie', 'Dark mode for the settings screen', 'Accessibility pass on the booking flow'], 'ussub', w.k) END,
       CASE WHEN w.p = 12 THEN E'**Source:** ' || fixture_gen.pick(ARRAY['LinkedIn', 'referral', 'StepStone', 'career page'], 'cs', w.k) || E'\n**Email:** ' || fixture_gen.email('cand', w.k) || E'\n**Phone:** ' || fixture_gen.phone('cand', w.k)
                 || E'\n**Salary expectation:** ' || (55 + fixture_gen.n('csal', w.k, 40))::text || E'k EUR\n\nFirst interview went well; notice period 3 months. CV attached.'
            WHEN w.k % 5 = 0 THEN 'Requested by ' || tgen.nm(w.cp) || ' (' || tgen.em(w.cp) || E') in the steering call.\n\n## Acceptance criteria\n- works on iOS 16+ and Android 11+\n- copy approved by the client\n\nQuestions: ' || tgen.ph(w.cp)
            WHEN w.k % 5 = 1 THEN E'## Acceptance criteria\n- the form validates the email field\n- an error message is shown when the server is unreachable\n- analytics event `' || fixture_gen.pick(ARRAY['reset_requested', 'parcel_scanned', 'report_exported'], 'usev', w.k) || E'` is sent\n\nDesign: see Figma frame 12.'
            WHEN w.k % 5 = 2 THEN '@' || coalesce(tgen.un(w.assignee), tgen.un(w.cp)) || E' please pair with @' || tgen.un(w.owner) || E' on this, the legacy endpoint is undocumented.'
            ELSE '' END,
       w.k % 5 = 0, w.k % 7 = 0,
       w.assignee, NULL,
       CASE WHEN w.p <> 12 AND w.k % 4 <> 3 THEN (SELECT min(id) + fixture_gen.n('usms', w.k, 4) FROM milestones_milestone WHERE project_id = w.p) END,
       w.owner, w.p,
       (SELECT id FROM projects_userstorystatus WHERE project_id = w.p AND "order" = CASE WHEN w.k % 3 = 0 THEN 5 ELSE 1 + w.k % 4 END),
       w.k * 10, w.k * 100,
       CASE WHEN w.p = 10 AND w.k % 2 = 0 THEN ARRAY['github', 'https://github.com/nordlicht-digital/taiga-slack-bridge/issues/' || (w.k % 90)::text]
            WHEN w.k % 17 = 0 THEN ARRAY['gitlab', 'https://git.nordlicht-digital.de/clients/' || w.p::text || '/-/issues/' || (w.k % 300)::text] END,
       NULL,
       CASE WHEN w.k % 8 = 0 THEN date '2023-03-01' + fixture_gen.n('usdd', w.k, 600) END,
       CASE WHEN w.k % 8 = 0 THEN fixture_gen.pick(ARRAY['Release train for the app stores', 'Go-live agreed with ' || tgen.nm(w.cp), 'Regulator deadline', tgen.nm(w.cp) || ' is on parental leave from the 1st, needs sign-off before'], 'usdr', w.k) ELSE '' END,
       NULL, NULL, NULL
FROM tgen.w w WHERE w.kind = 'us' ORDER BY w.k;

CREATE TABLE userstories_rolepoints (
    id serial PRIMARY KEY,
    points_id integer REFERENCES projects_points (id) DEFERRABLE INITIALLY DEFERRED,
    role_id integer NOT NULL REFERENCES users_role (id) DEFERRABLE INITIALLY DEFERRED,
    user_story_id integer NOT NULL REFERENCES userstories_userstory (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO userstories_rolepoints (points_id, role_id, user_story_id)
SELECT (SELECT min(id) FROM projects_points WHERE project_id = us.project_id) + fixture_gen.n('rp', us.id * 100 + r."order", 6), r.id, us.id
FROM userstories_userstory us JOIN users_role r ON r.project_id = us.project_id AND r.computable AND r."order" IN (10, 30, 40) ORDER BY us.id, r."order";

CREATE TABLE userstories_userstory_assigned_users (
    id serial PRIMARY KEY,
    userstory_id integer NOT NULL REFERENCES userstories_userstory (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO userstories_userstory_assigned_users (userstory_id, user_id)
SELECT w.k, w.assignee FROM tgen.w w WHERE w.kind = 'us' AND w.assignee IS NOT NULL
UNION ALL SELECT w.k, w.owner FROM tgen.w w WHERE w.kind = 'us' AND w.k % 4 = 0 AND w.owner IS DISTINCT FROM w.assignee ORDER BY 1, 2;

-- tasks_task
CREATE TABLE tasks_task (
    id serial PRIMARY KEY,
    tags text[],
    version integer NOT NULL,
    is_blocked boolean NOT NULL,
    blocked_note text NOT NULL,
    ref bigint,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    finished_date timestamptz,
    subject text NOT NULL,
    description text NOT NULL,
    is_iocaine boolean NOT NULL,
    assigned_to_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    milestone_id integer REFERENCES milestones_milestone (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    status_id integer,
    user_story_id integer REFERENCES userstories_userstory (id) DEFERRABLE INITIALLY DEFERRED,
    taskboard_order bigint NOT NULL,
    us_order bigint NOT NULL,
    external_reference text[],
    due_date date,
    due_date_reason text NOT NULL
);
INSERT INTO tasks_task
SELECT w.k, CASE WHEN w.k % 3 = 0 THEN ARRAY['backend'] ELSE ARRAY[]::text[] END, 1 + fixture_gen.n('tv', w.k, 6),
       w.k % 13 = 0,
       CASE WHEN w.k % 13 = 0 THEN fixture_gen.pick(ARRAY['VPN access for the client test server still pending (' || tgen.nm(w.cp) || ')', 'Waiting on the design review', tgen.nm(w.cp) || ' has the only admin login for their Apple developer account'], 'tbn', w.k) ELSE '' END,
       w.ref, w.at, w.at + interval '3 days', CASE WHEN w.k % 2 = 0 THEN w.at + make_interval(hours => 20 + fixture_gen.n('tf', w.k, 300)) END,
       fixture_gen.pick(ARRAY['Write migration for the accounts table', 'Add unit tests for the tariff calculator', 'Wire up the push notification service', 'Review PR for the barcode scanner',
         'Update the privacy policy screen', 'Set up the staging database copy', 'Fix flaky end-to-end test', 'Translate strings to Japanese', 'Rotate the signing certificate', 'Call ' || tgen.nm(w.cp) || ' about the test accounts'], 'tsub', w.k),
       CASE WHEN w.k % 4 = 0 THEN 'Test account for the client: ' || tgen.em(w.cp) || E' / ask ' || tgen.nm(w.cp) || ' for the password by phone (' || tgen.ph(w.cp) || ').'
            WHEN w.k % 4 = 1 THEN E'- [ ] implementation\n- [ ] tests\n- [ ] docs'
            ELSE '' END,
       w.k % 29 = 0, w.assignee,
       (SELECT milestone_id FROM userstories_userstory WHERE id = 1 + w.k % 320 AND project_id = w.p),
       w.owner, w.p, NULL,
       (SELECT id FROM userstories_userstory WHERE id = 1 + w.k % 320 AND project_id = w.p),
       w.k * 10, w.k * 5, NULL,
       CASE WHEN w.k % 10 = 0 THEN date '2023-03-01' + fixture_gen.n('tdd', w.k, 600) END,
       CASE WHEN w.k % 10 = 0 THEN 'Demo to ' || tgen.nm(w.cp) || ' on Friday' ELSE '' END
FROM tgen.w w WHERE w.kind = 'task' ORDER BY w.k;

-- issues_issue: bug reports with pasted logs
CREATE TABLE issues_issue (
    id serial PRIMARY KEY,
    tags text[],
    version integer NOT NULL,
    is_blocked boolean NOT NULL,
    blocked_note text NOT NULL,
    ref bigint,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    finished_date timestamptz,
    subject text NOT NULL,
    description text NOT NULL,
    assigned_to_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    milestone_id integer REFERENCES milestones_milestone (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    priority_id integer REFERENCES projects_priority (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    severity_id integer,
    status_id integer REFERENCES projects_issuestatus (id) DEFERRABLE INITIALLY DEFERRED,
    type_id integer,
    external_reference text[],
    due_date date,
    due_date_reason text NOT NULL
);
INSERT INTO issues_issue
SELECT w.k, CASE WHEN w.k % 2 = 0 THEN ARRAY['bug'] ELSE ARRAY['bug', 'prod'] END, 1 + fixture_gen.n('iv', w.k, 5),
       w.k % 19 = 0, CASE WHEN w.k % 19 = 0 THEN 'Cannot reproduce without the customer''s device, ' || tgen.nm(w.cp) || ' is sending it by courier' ELSE '' END,
       w.ref, w.at, w.at + interval '2 days', CASE WHEN w.k % 3 = 0 THEN w.at + interval '9 days' END,
       CASE WHEN w.k % 4 = 0 THEN fixture_gen.pick(ARRAY['Login fails for ', 'Duplicate invoice sent to ', 'Push notifications not arriving for ', 'Wrong address shown for '], 'isp', w.k) || fixture_gen.full_name('icu', w.k)
            ELSE fixture_gen.pick(ARRAY['Crash on Android 12 when opening settings', '500 on /api/v2/tariffs', 'Timeout when exporting more than 10k rows', 'Date picker ignores the locale', 'Barcode scanner does not focus on iPhone 15', 'CSV import drops the last line'], 'isub', w.k) END,
       CASE w.k % 4
         WHEN 0 THEN 'Reported by ' || tgen.nm(w.cp) || E' on behalf of the customer.\n\nCustomer: ' || fixture_gen.full_name('icu', w.k) || ', ' || fixture_gen.email('icu', w.k) || ', ' || fixture_gen.phone('icu', w.k)
                     || E'\nAccount no. ' || fixture_gen.digits('iacc', w.k, 9) || E'\n\nThey tried three times yesterday evening.'
         WHEN 1 THEN E'Stack trace from production:\n```\n' || to_char(w.at, 'YYYY-MM-DD"T"HH24:MI:SS') || ' ERROR [auth] login failed user=' || fixture_gen.email('ilog', w.k) || ' ip=' || fixture_gen.ipv4('ilog', w.k)
                     || E'\n' || to_char(w.at, 'YYYY-MM-DD"T"HH24:MI:SS') || ' DEBUG request headers: Authorization: Bearer ' || fixture_gen.jwt('ilog', w.k) || E'\n```\nHappens roughly every 40 requests.'
         WHEN 2 THEN E'Steps to reproduce:\n1. open the app\n2. go to settings\n3. rotate the phone\n\nExpected: nothing. Actual: crash. Device: Pixel 6, Android 12.'
         ELSE 'Client says the export times out. Nginx log: `' || fixture_gen.ipv4('inx', w.k) || ' - - "GET /api/v2/export?token=' || tgen.rnd('iexp', w.k, 32) || ' HTTP/1.1" 504`' END,
       w.assignee, NULL, w.owner,
       (SELECT min(id) + fixture_gen.n('ipr', w.k, 3) FROM projects_priority WHERE project_id = w.p), w.p,
       (w.p - 1) * 5 + 1 + fixture_gen.n('isev', w.k, 5),
       (SELECT min(id) + fixture_gen.n('ist', w.k, 5) FROM projects_issuestatus WHERE project_id = w.p),
       (w.p - 1) * 3 + 1 + fixture_gen.n('ity', w.k, 3),
       CASE WHEN w.k % 9 = 0 THEN ARRAY['github', 'https://github.com/nordlicht-digital/taiga-slack-bridge/issues/' || w.k::text] END,
       NULL, ''
FROM tgen.w w WHERE w.kind = 'issue' ORDER BY w.k;

-- epics_epic and epics_relateduserstory
CREATE TABLE epics_epic (
    id serial PRIMARY KEY,
    tags text[],
    version integer NOT NULL,
    is_blocked boolean NOT NULL,
    blocked_note text NOT NULL,
    ref bigint,
    epics_order bigint NOT NULL,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    subject text NOT NULL,
    description text NOT NULL,
    color varchar(32) NOT NULL,
    client_requirement boolean NOT NULL,
    team_requirement boolean NOT NULL,
    assigned_to_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    status_id integer,
    external_reference text[]
);
INSERT INTO epics_epic
SELECT w.k, ARRAY[]::text[], 1 + fixture_gen.n('ev', w.k, 4), false, '', w.ref, w.k * 1000, w.at, w.at + interval '30 days',
       fixture_gen.pick(ARRAY['Payments', 'Onboarding', 'Reporting', 'Notifications', 'Offline mode', 'Accessibility', 'Release 2.0', 'GDPR requests'], 'esub', w.k),
       CASE WHEN w.k % 3 = 0 THEN 'Business owner: ' || tgen.nm(w.cp) || ' (' || tgen.em(w.cp) || '). Budget approved in the Q' || (1 + w.k % 4)::text || ' steering meeting.'
            WHEN w.k % 3 = 1 THEN 'Everything needed to ship the feature in both app stores.' ELSE '' END,
       '#' || substr(md5('ecol' || w.k), 1, 6), w.k % 2 = 0, w.k % 5 = 0, w.assignee, w.owner, w.p, (w.p - 1) * 4 + 1 + fixture_gen.n('est', w.k, 4), NULL
FROM tgen.w w WHERE w.kind = 'epic' ORDER BY w.k;

CREATE TABLE epics_relateduserstory (
    id serial PRIMARY KEY,
    "order" bigint NOT NULL,
    epic_id integer NOT NULL REFERENCES epics_epic (id) DEFERRABLE INITIALLY DEFERRED,
    user_story_id integer NOT NULL REFERENCES userstories_userstory (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO epics_relateduserstory ("order", epic_id, user_story_id)
SELECT us.id * 10, e.id, us.id FROM userstories_userstory us JOIN LATERAL (SELECT id FROM epics_epic WHERE project_id = us.project_id ORDER BY id OFFSET us.id % 2 LIMIT 1) e ON true
WHERE us.id % 3 <> 0 ORDER BY us.id;
UPDATE tasks_task t SET user_story_id = (SELECT us.id FROM userstories_userstory us WHERE us.project_id = t.project_id ORDER BY us.id OFFSET t.id % 5 LIMIT 1) WHERE t.id % 7 <> 0;
UPDATE tasks_task t SET milestone_id = us.milestone_id FROM userstories_userstory us WHERE us.id = t.user_story_id;

-- django_content_type
CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL, UNIQUE (app_label, model));
INSERT INTO django_content_type (id, app_label, model) VALUES (1, 'users', 'user'), (2, 'projects', 'project'), (3, 'userstories', 'userstory'), (4, 'tasks', 'task'),
  (5, 'issues', 'issue'), (6, 'epics', 'epic'), (7, 'wiki', 'wikipage'), (8, 'milestones', 'milestone'), (9, 'projects', 'membership'), (10, 'attachments', 'attachment'),
  (11, 'history', 'historyentry'), (12, 'timeline', 'timeline'), (13, 'webhooks', 'webhook'), (14, 'custom_attributes', 'userstorycustomattribute');

-- wiki_wikipage and wiki_wikilink
CREATE TABLE wiki_wikipage (
    id serial PRIMARY KEY,
    version integer NOT NULL,
    slug varchar(500) NOT NULL,
    content text NOT NULL,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    last_modifier_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (project_id, slug)
);
INSERT INTO wiki_wikipage (version, slug, content, created_date, modified_date, last_modifier_id, owner_id, project_id)
SELECT 1 + fixture_gen.n('wv', p.i * 10 + s.k, 30), s.slug,
       CASE s.slug
         WHEN 'home' THEN '# ' || p.name || E'\n\nWelcome! Start with the [[working-agreement]] and the [[contacts]] page.'
         WHEN 'working-agreement' THEN E'# Working agreement\n\n- Daily stand-up at 9:30 CET\n- Definition of Done: reviewed, tested, documented\n- Sprint review every second Thursday'
         WHEN 'contacts' THEN E'# Contacts\n\n| Who | Role | Email | Phone |\n|---|---|---|---|\n'
              || (SELECT string_agg('| ' || u.full_name || ' | ' || fixture_gen.pick(ARRAY['Product owner', 'IT lead', 'Legal', 'Marketing', 'Operations'], 'wcr', u.i) || ' | ' || u.email || ' | ' || u.phone || ' |', E'\n' ORDER BY u.i)
                  FROM tgen.u u WHERE u.cl = p.cl AND u.kind IN ('client', 'staff') AND (u.i / 5 + p.i) % 2 = 0)
         WHEN 'on-call-rota' THEN E'# On-call rota\n\n' || (SELECT string_agg('* Week ' || g || ': ' || tgen.nm(tgen.st(p.i, 'woc', g)) || ' – ' || tgen.ph(tgen.st(p.i, 'woc', g)), E'\n' ORDER BY g) FROM generate_series(1, 8) g)
              || E'\n\nEscalation after 30 min: ' || tgen.nm(p.owner) || ', ' || tgen.ph(p.owner)
         WHEN 'release-checklist' THEN E'# Release checklist\n\n1. Bump the version\n2. Run the smoke tests on staging\n3. Upload the build to TestFlight and Play Console\n4. Send the release notes to the client'
         ELSE E'# Staging access\n\nStaging: https://staging-' || p.i || E'.nordlicht-digital.de\nBasic auth user `nordlicht` (password in the 1Password vault "Clients").\nDB snapshot restored every Monday.' END,
       tgen.at('wc', p.i * 10 + s.k) - interval '200 days', tgen.at('wm', p.i * 10 + s.k), tgen.st(p.i, 'wlm', s.k), p.owner, p.i
FROM tgen.pr p CROSS JOIN (VALUES (1, 'home'), (2, 'working-agreement'), (3, 'contacts'), (4, 'on-call-rota'), (5, 'release-checklist'), (6, 'staging-access')) s(k, slug)
WHERE NOT (p.i = 10 AND s.k IN (3, 4, 6)) ORDER BY p.i, s.k;

CREATE TABLE wiki_wikilink (
    id serial PRIMARY KEY,
    title varchar(500) NOT NULL,
    href varchar(500) NOT NULL,
    "order" bigint NOT NULL,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (project_id, href)
);
INSERT INTO wiki_wikilink (title, href, "order", project_id)
SELECT initcap(replace(slug, '-', ' ')), slug, id, project_id FROM wiki_wikipage WHERE slug <> 'staging-access' ORDER BY id;

-- attachments_attachment
CREATE TABLE attachments_attachment (
    id serial PRIMARY KEY,
    object_id integer NOT NULL,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    attached_file varchar(500),
    is_deprecated boolean NOT NULL,
    description text NOT NULL,
    "order" integer NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    name varchar(500) NOT NULL,
    size integer,
    sha1 varchar(40) NOT NULL,
    from_comment boolean NOT NULL
);
CREATE TABLE tgen.at (k int PRIMARY KEY, ct int, obj int, p int, owner int, fname text, descr text);
INSERT INTO tgen.at
SELECT g, ct, obj, p, o, fname, descr FROM (
  SELECT g, CASE WHEN g % 3 = 0 THEN 5 ELSE 3 END AS ct,
         CASE WHEN g % 3 = 0 THEN 1 + g % 240 ELSE 1 + (g * 7) % 320 END AS obj, w.p, w.owner AS o,
         CASE WHEN w.p = 12 THEN 'CV_' || replace(fixture_gen.full_name('cand', w.k), ' ', '_') || '_2024.pdf'
              WHEN g % 5 = 0 THEN 'screenshot_' || to_char(w.at, 'YYYY-MM-DD') || '_at_' || to_char(w.at, 'HH24.MI.SS') || '.png'
              WHEN g % 5 = 1 THEN fixture_gen.pick(ARRAY['Signed_SOW_', 'NDA_', 'Passport_scan_', 'Test_account_list_'], 'atf', g) || replace(tgen.nm(w.cp), ' ', '_') || '.pdf'
              WHEN g % 5 = 2 THEN fixture_gen.pick(ARRAY['wireframes_v3.fig', 'api-spec.yaml', 'logcat.txt', 'tariffs_2024.xlsx', 'crash.log'], 'atg', g)
              WHEN g % 5 = 3 THEN 'WhatsApp Image ' || to_char(w.at, 'YYYY-MM-DD') || ' at ' || to_char(w.at, 'HH24.MI.SS') || '.jpeg'
              ELSE 'export_' || fixture_gen.ascii(tgen.nm(w.cp)) || '.csv' END AS fname,
         CASE WHEN g % 4 = 0 THEN 'From ' || tgen.nm(w.cp) || ', see email of ' || to_char(w.at, 'DD.MM.') WHEN g % 4 = 1 THEN 'Latest version' ELSE '' END AS descr
  FROM generate_series(1, 150) g JOIN tgen.w w ON w.kind = CASE WHEN g % 3 = 0 THEN 'issue' ELSE 'us' END AND w.k = CASE WHEN g % 3 = 0 THEN 1 + g % 240 ELSE 1 + (g * 7) % 320 END) x;
INSERT INTO attachments_attachment (object_id, created_date, modified_date, attached_file, is_deprecated, description, "order", content_type_id, owner_id, project_id, name, size, sha1, from_comment)
SELECT a.obj, tgen.at('atc', a.k), tgen.at('atc', a.k) + interval '1 hour',
       'attachments/' || substr(md5('atp' || a.k), 1, 1) || '/' || substr(md5('atp' || a.k), 2, 1) || '/' || substr(md5('atp' || a.k), 3, 1) || '/' || substr(md5('atp' || a.k), 4, 1) || '/'
           || encode(sha256(convert_to('atfile' || a.k, 'UTF8')), 'hex') || '/' || a.fname,
       a.k % 17 = 0, a.descr, a.k, a.ct, a.owner, a.p, a.fname, 2000 + fixture_gen.n('ats', a.k, 4000000),
       substr(encode(sha256(convert_to('atsha' || a.k, 'UTF8')), 'hex'), 1, 40), a.k % 3 = 1
FROM tgen.at a ORDER BY a.k;

-- custom attributes of user stories and issues, and their values
CREATE TABLE custom_attributes_userstorycustomattribute (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    description text NOT NULL,
    "order" bigint NOT NULL,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    type varchar(16) NOT NULL,
    extra jsonb
);
INSERT INTO custom_attributes_userstorycustomattribute (name, description, "order", created_date, modified_date, project_id, type, extra)
SELECT a.name, a.descr, a.o, tgen.at('cac', p.i * 10 + a.o), tgen.at('cam', p.i * 10 + a.o), p.i, a.type, a.extra
FROM tgen.pr p CROSS JOIN (VALUES
  (1, 'Client contact', 'Who asked for it on the client side', 'text', NULL::jsonb),
  (2, 'Contact phone', 'Phone of the client contact', 'text', NULL),
  (3, 'Contact email', '', 'text', NULL),
  (4, 'Ticket in client system', 'Link to the client''s ServiceNow or Jira', 'url', NULL),
  (5, 'Billable', 'Is this billed as a change request', 'checkbox', NULL),
  (6, 'Platform', '', 'dropdown', '["iOS", "Android", "Web", "Backend"]'::jsonb)) a(o, name, descr, type, extra)
WHERE p.i <= 9 ORDER BY p.i, a.o;

CREATE TABLE custom_attributes_userstorycustomattributesvalues (
    id serial PRIMARY KEY,
    version integer NOT NULL,
    attributes_values jsonb NOT NULL,
    user_story_id integer NOT NULL UNIQUE REFERENCES userstories_userstory (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO custom_attributes_userstorycustomattributesvalues (version, attributes_values, user_story_id)
SELECT 1 + fixture_gen.n('cavv', w.k, 5),
       CASE WHEN w.p > 9 THEN '{}'::jsonb
            WHEN w.k % 3 = 0 THEN jsonb_build_object(((w.p - 1) * 6 + 5)::text, w.k % 2 = 0, ((w.p - 1) * 6 + 6)::text, fixture_gen.pick(ARRAY['iOS', 'Android', 'Web', 'Backend'], 'cavp', w.k))
            ELSE jsonb_build_object(((w.p - 1) * 6 + 1)::text, tgen.nm(w.cp), ((w.p - 1) * 6 + 2)::text, tgen.ph(w.cp), ((w.p - 1) * 6 + 3)::text, tgen.em(w.cp),
                                    ((w.p - 1) * 6 + 4)::text, 'https://' || split_part(tgen.em(w.cp), '@', 2) || '/tickets/INC' || fixture_gen.digits('cavt', w.k, 7)) END,
       w.k
FROM tgen.w w WHERE w.kind = 'us' ORDER BY w.k;

CREATE TABLE custom_attributes_issuecustomattributesvalues (
    id serial PRIMARY KEY,
    version integer NOT NULL,
    attributes_values jsonb NOT NULL,
    issue_id integer NOT NULL UNIQUE REFERENCES issues_issue (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO custom_attributes_issuecustomattributesvalues (version, attributes_values, issue_id)
SELECT 1, CASE WHEN w.k % 2 = 0 THEN jsonb_build_object('41', fixture_gen.pick(ARRAY['2.3.1', '2.4.0', '2.4.2'], 'icv', w.k), '42', fixture_gen.pick(ARRAY['Pixel 6', 'iPhone 13', 'Galaxy A52'], 'icd', w.k))
               ELSE jsonb_build_object('41', '2.4.0', '43', fixture_gen.email('icu', w.k), '44', fixture_gen.ipv4('ilog', w.k)) END, w.k
FROM tgen.w w WHERE w.kind = 'issue' ORDER BY w.k;

-- history_historyentry: changes, snapshots and comments
CREATE TABLE history_historyentry (
    id varchar(255) PRIMARY KEY,
    "user" jsonb,
    created_at timestamptz NOT NULL,
    type smallint,
    is_snapshot boolean NOT NULL,
    key varchar(255),
    diff jsonb,
    snapshot jsonb,
    "values" jsonb,
    comment text NOT NULL,
    comment_html text NOT NULL,
    delete_comment_date timestamptz,
    delete_comment_user jsonb,
    is_hidden boolean NOT NULL,
    comment_versions jsonb,
    edit_comment_date timestamptz,
    project_id integer REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    values_diff_cache jsonb
);
CREATE TABLE tgen.h (g int PRIMARY KEY, kind text, k int, p int, actor int, other int, cp int, at timestamptz, sort int, comment text);
INSERT INTO tgen.h
SELECT g, w.kind, w.k, w.p, coalesce(w.assignee, w.owner), w.owner, w.cp, w.at + make_interval(hours => g % 300), g % 5,
       CASE WHEN g % 5 = 3 THEN fixture_gen.pick(ARRAY[
              'Spoke to ' || tgen.nm(w.cp) || ' – they can test on Thursday. Their mobile: ' || tgen.ph(w.cp),
              '@' || tgen.un(w.owner) || ' can you check this? Customer ' || fixture_gen.full_name('hcu', g) || ' (' || fixture_gen.email('hcu', g) || ') reported it again.',
              'Deployed to staging, please verify.',
              'Looks good to me, merging.',
              'Client approved by email, see attachment. ' || tgen.nm(w.cp) || ' wants it before the board meeting.'], 'hcm', g) END
FROM generate_series(1, 420) g JOIN tgen.w w ON w.kind = (ARRAY['us', 'us', 'issue', 'task'])[1 + g % 4] AND w.k = 1 + (g * 13) % (CASE (ARRAY['us', 'us', 'issue', 'task'])[1 + g % 4] WHEN 'us' THEN 320 WHEN 'issue' THEN 240 ELSE 360 END);
INSERT INTO history_historyentry
SELECT fixture_gen.uuid('hid', h.g),
       jsonb_build_object('pk', h.actor, 'name', tgen.nm(h.actor)),
       h.at,
       CASE WHEN h.sort = 0 THEN 2 WHEN h.g % 97 = 0 THEN 3 ELSE 1 END,
       h.sort = 0,
       CASE h.kind WHEN 'us' THEN 'userstories.userstory:' WHEN 'issue' THEN 'issues.issue:' ELSE 'tasks.task:' END || h.k,
       CASE h.sort WHEN 1 THEN jsonb_build_object('assigned_to', jsonb_build_array(h.other, h.actor))
                   WHEN 2 THEN jsonb_build_object('status', jsonb_build_array((h.p - 1) * 5 + 1, (h.p - 1) * 5 + 3))
                   WHEN 4 THEN jsonb_build_object('description', jsonb_build_array('', 'Contact on site: ' || tgen.nm(h.cp) || ', ' || tgen.ph(h.cp)), 'description_html', jsonb_build_array('', '<p>Contact on site: ' || tgen.nm(h.cp) || ', ' || tgen.ph(h.cp) || '</p>'))
                   ELSE '{}'::jsonb END,
       CASE WHEN h.sort = 0 THEN jsonb_build_object('ref', h.k, 'subject', CASE h.kind WHEN 'us' THEN (SELECT subject FROM userstories_userstory WHERE id = h.k) WHEN 'issue' THEN (SELECT subject FROM issues_issue WHERE id = h.k) ELSE (SELECT subject FROM tasks_task WHERE id = h.k) END,
                 'description', CASE h.kind WHEN 'us' THEN (SELECT description FROM userstories_userstory WHERE id = h.k) WHEN 'issue' THEN (SELECT description FROM issues_issue WHERE id = h.k) ELSE (SELECT description FROM tasks_task WHERE id = h.k) END,
                 'owner', h.other, 'assigned_to', h.actor, 'tags', jsonb_build_array(), 'is_blocked', false, 'attachments', jsonb_build_array(), 'custom_attributes', jsonb_build_array()) END,
       CASE h.sort WHEN 1 THEN jsonb_build_object('users', jsonb_build_object(h.other::text, tgen.nm(h.other), h.actor::text, tgen.nm(h.actor)))
                   WHEN 2 THEN jsonb_build_object('status', jsonb_build_object(((h.p - 1) * 5 + 1)::text, 'New', ((h.p - 1) * 5 + 3)::text, 'In progress'))
                   ELSE '{}'::jsonb END,
       coalesce(h.comment, ''),
       CASE WHEN h.comment IS NULL THEN '' ELSE '<p>' || replace(replace(h.comment, '&', '&amp;'), '@', '<a class="mention" href="/profile/">@</a>') || '</p>' END,
       CASE WHEN h.sort = 3 AND h.g % 40 = 3 THEN h.at + interval '1 day' END,
       CASE WHEN h.sort = 3 AND h.g % 40 = 3 THEN jsonb_build_object('pk', h.other, 'name', tgen.nm(h.other)) END,
       h.sort = 2 AND h.g % 3 = 0,
       CASE WHEN h.sort = 3 AND h.g % 6 = 3 THEN jsonb_build_array(jsonb_build_object('date', h.at, 'user', jsonb_build_object('id', h.actor), 'comment_html', '<p>First draft: call ' || tgen.nm(h.cp) || ' on ' || tgen.ph(h.cp) || '</p>')) END,
       CASE WHEN h.sort = 3 AND h.g % 6 = 3 THEN h.at + interval '20 minutes' END,
       h.p,
       CASE h.sort WHEN 1 THEN jsonb_build_object('assigned_to', jsonb_build_array(tgen.nm(h.other), tgen.nm(h.actor)))
                   WHEN 2 THEN jsonb_build_object('status', jsonb_build_array('New', 'In progress')) END
FROM tgen.h h ORDER BY h.g;

-- timeline_timeline
CREATE TABLE timeline_timeline (
    id serial PRIMARY KEY,
    object_id integer NOT NULL,
    namespace varchar(250) NOT NULL,
    event_type varchar(250) NOT NULL,
    project_id integer,
    data jsonb NOT NULL,
    data_content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    created timestamptz NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO timeline_timeline (object_id, namespace, event_type, project_id, data, data_content_type_id, created, content_type_id)
SELECT CASE WHEN n.ns = 'user' THEN h.actor ELSE h.p END, n.ns || ':' || CASE WHEN n.ns = 'user' THEN h.actor ELSE h.p END,
       CASE h.kind WHEN 'us' THEN 'userstories.userstory.' WHEN 'issue' THEN 'issues.issue.' ELSE 'tasks.task.' END || CASE WHEN h.sort = 0 THEN 'create' ELSE 'change' END,
       h.p,
       jsonb_build_object('user', jsonb_build_object('id', h.actor, 'name', tgen.nm(h.actor), 'username', tgen.un(h.actor), 'photo', (SELECT '/media/' || photo FROM users_user WHERE id = h.actor), 'big_photo', NULL, 'gravatar_id', md5(lower(tgen.em(h.actor))), 'is_profile_visible', true),
                          'project', jsonb_build_object('id', h.p, 'name', (SELECT name FROM tgen.pr WHERE i = h.p), 'slug', (SELECT slug FROM projects_project WHERE id = h.p), 'description', ''),
                          CASE h.kind WHEN 'us' THEN 'userstory' WHEN 'issue' THEN 'issue' ELSE 'task' END,
                          jsonb_build_object('id', h.k, 'ref', h.k, 'subject', CASE h.kind WHEN 'us' THEN (SELECT subject FROM userstories_userstory WHERE id = h.k) WHEN 'issue' THEN (SELECT subject FROM issues_issue WHERE id = h.k) ELSE (SELECT subject FROM tasks_task WHERE id = h.k) END),
                          'comment', coalesce(h.comment, ''), 'values_diff', CASE WHEN h.sort = 1 THEN jsonb_build_object('assigned_to', jsonb_build_array(tgen.nm(h.other), tgen.nm(h.actor))) ELSE '{}'::jsonb END),
       CASE h.kind WHEN 'us' THEN 3 WHEN 'issue' THEN 5 ELSE 4 END, h.at, CASE WHEN n.ns = 'user' THEN 1 ELSE 2 END
FROM tgen.h h CROSS JOIN (VALUES ('project'), ('user')) n(ns) WHERE h.sort IN (0, 1, 3) AND (n.ns = 'project' OR h.g % 2 = 0) ORDER BY h.g, n.ns;

-- notifications
CREATE TABLE notifications_notifypolicy (
    id serial PRIMARY KEY,
    notify_level smallint NOT NULL,
    created_at timestamptz NOT NULL,
    modified_at timestamptz NOT NULL,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    live_notify_level smallint NOT NULL,
    web_notify_level boolean NOT NULL
);
INSERT INTO notifications_notifypolicy (notify_level, created_at, modified_at, project_id, user_id, live_notify_level, web_notify_level)
SELECT 1 + m.k % 3, tgen.at('npc', m.k), tgen.at('npc', m.k) + interval '3 days', m.p, m.u, 1 + m.k % 3, m.k % 5 <> 0 FROM tgen.m m WHERE m.u IS NOT NULL ORDER BY m.k;

CREATE TABLE notifications_historychangenotification (
    id serial PRIMARY KEY,
    key varchar(255) NOT NULL,
    created_datetime timestamptz NOT NULL,
    updated_datetime timestamptz NOT NULL,
    history_type smallint NOT NULL,
    owner_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO notifications_historychangenotification (key, created_datetime, updated_datetime, history_type, owner_id, project_id)
SELECT e.key, e.created_at, e.created_at + interval '2 minutes', e.type, (e."user" ->> 'pk')::int, e.project_id FROM history_historyentry e WHERE NOT e.is_snapshot AND right(e.id, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7') ORDER BY e.created_at;

CREATE TABLE notifications_historychangenotification_history_entries (
    id serial PRIMARY KEY,
    historychangenotification_id integer NOT NULL REFERENCES notifications_historychangenotification (id) DEFERRABLE INITIALLY DEFERRED,
    historyentry_id varchar(255) NOT NULL REFERENCES history_historyentry (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO notifications_historychangenotification_history_entries (historychangenotification_id, historyentry_id)
SELECT n.id, (SELECT e.id FROM history_historyentry e WHERE e.key = n.key AND e.created_at = n.created_datetime LIMIT 1) FROM notifications_historychangenotification n ORDER BY n.id;

CREATE TABLE notifications_watched (
    id serial PRIMARY KEY,
    object_id integer NOT NULL,
    created_date timestamptz NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO notifications_watched (object_id, created_date, content_type_id, user_id, project_id)
SELECT w.k, w.at + interval '1 hour', CASE w.kind WHEN 'us' THEN 3 WHEN 'issue' THEN 5 ELSE 6 END, w.cp, w.p FROM tgen.w w WHERE w.kind IN ('us', 'issue', 'epic') AND w.k % 3 = 0 AND (SELECT kind FROM tgen.u WHERE i = w.cp) <> 'cancelled' ORDER BY w.at;

CREATE TABLE notifications_webnotification (
    id serial PRIMARY KEY,
    created timestamptz NOT NULL,
    read timestamptz,
    event_type integer NOT NULL,
    data jsonb NOT NULL,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO notifications_webnotification (created, read, event_type, data, user_id)
SELECT h.at, CASE WHEN h.g % 3 <> 0 THEN h.at + interval '5 hours' END, CASE WHEN h.sort = 1 THEN 1 ELSE 3 END,
       jsonb_build_object('obj', jsonb_build_object('id', h.k, 'ref', h.k, 'subject', CASE h.kind WHEN 'us' THEN (SELECT subject FROM userstories_userstory WHERE id = h.k) WHEN 'issue' THEN (SELECT subject FROM issues_issue WHERE id = h.k) ELSE (SELECT subject FROM tasks_task WHERE id = h.k) END,
                                   'content_type', CASE h.kind WHEN 'us' THEN 'userstory' WHEN 'issue' THEN 'issue' ELSE 'task' END),
                          'user', jsonb_build_object('id', h.actor, 'name', tgen.nm(h.actor), 'photo', (SELECT '/media/' || photo FROM users_user WHERE id = h.actor), 'username', tgen.un(h.actor), 'is_profile_visible', true, 'date_joined', (SELECT date_joined FROM users_user WHERE id = h.actor)),
                          'project', jsonb_build_object('id', h.p, 'name', (SELECT name FROM tgen.pr WHERE i = h.p), 'slug', (SELECT slug FROM projects_project WHERE id = h.p))),
       h.other
FROM tgen.h h WHERE h.sort IN (1, 3) AND h.other IS NOT NULL AND h.other <> h.actor ORDER BY h.g;

-- webhooks_webhook and webhooks_webhooklog
CREATE TABLE webhooks_webhook (
    id serial PRIMARY KEY,
    url varchar(200) NOT NULL,
    key text NOT NULL,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    name varchar(250) NOT NULL
);
INSERT INTO webhooks_webhook (url, key, project_id, name)
SELECT CASE w.k % 4
         WHEN 0 THEN 'https://ci.nordlicht-digital.de/hooks/taiga/' || w.p
         WHEN 1 THEN 'https://hooks.' || 'slack.com/services/T' || fixture_gen.chars('whs1', w.k, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('whs2', w.k, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || tgen.rnd('whs3', w.k, 24)
         WHEN 2 THEN 'https://n8n.nordlicht-digital.de/webhook/' || fixture_gen.uuid('whn', w.k)
         ELSE 'https://reporting.' || (SELECT domain FROM tgen.cl WHERE k = (SELECT cl FROM tgen.pr WHERE i = w.p)) || '/api/taiga-events' END,
       tgen.rnd('whkey', w.k, 30),
       w.p,
       (ARRAY['CI bridge', 'Slack #releases', 'n8n automations', 'Client reporting'])[1 + w.k % 4]
FROM (SELECT g AS k, 1 + g % 11 AS p FROM generate_series(1, 18) g) w ORDER BY w.k;

CREATE TABLE webhooks_webhooklog (
    id serial PRIMARY KEY,
    url varchar(200) NOT NULL,
    status integer NOT NULL,
    request_data jsonb NOT NULL,
    response_data text NOT NULL,
    webhook_id integer NOT NULL REFERENCES webhooks_webhook (id) DEFERRABLE INITIALLY DEFERRED,
    created timestamptz NOT NULL,
    duration double precision NOT NULL,
    request_headers jsonb NOT NULL,
    response_headers jsonb NOT NULL
);
INSERT INTO webhooks_webhooklog (url, status, request_data, response_data, webhook_id, created, duration, request_headers, response_headers)
SELECT wh.url, s.status, s.body,
       CASE s.status WHEN 200 THEN CASE wh.id % 4 WHEN 1 THEN 'ok' WHEN 2 THEN '{"message":"Workflow was started"}' ELSE '' END
                     WHEN 502 THEN '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'
                     ELSE 'Error in request: Connection timed out' END,
       wh.id, h.at + interval '1 second', round((0.05 + fixture_gen.n('whd', h.g, 3000) / 1000.0)::numeric, 3)::double precision,
       jsonb_build_object('Content-Type', 'application/json', 'Content-Length', length(s.body::text)::text, 'X-TAIGA-WEBHOOK-SIGNATURE', substr(encode(sha256(convert_to(wh.key || s.body::text, 'UTF8')), 'hex'), 1, 40)),
       CASE WHEN s.status = 0 THEN '{}'::jsonb ELSE jsonb_build_object('Server', 'nginx', 'Date', to_char(h.at, 'Dy, DD Mon YYYY HH24:MI:SS') || ' GMT', 'Content-Type', CASE WHEN s.status = 502 THEN 'text/html' ELSE 'application/json' END) END
FROM tgen.h h JOIN webhooks_webhook wh ON wh.project_id = h.p AND wh.id % 2 = h.g % 2
CROSS JOIN LATERAL (SELECT CASE WHEN h.g % 23 = 0 THEN 502 WHEN h.g % 31 = 0 THEN 0 ELSE 200 END AS status,
    jsonb_build_object('action', CASE WHEN h.sort = 0 THEN 'create' ELSE 'change' END, 'type', CASE h.kind WHEN 'us' THEN 'userstory' ELSE h.kind END, 'date', h.at,
      'by', jsonb_build_object('id', h.actor, 'permalink', 'https://taiga.nordlicht-digital.de/profile/' || tgen.un(h.actor), 'username', tgen.un(h.actor), 'full_name', tgen.nm(h.actor),
                               'photo', (SELECT 'https://taiga.nordlicht-digital.de/media/' || photo FROM users_user WHERE id = h.actor), 'gravatar_id', md5(lower(tgen.em(h.actor)))),
      'data', jsonb_build_object('id', h.k, 'ref', h.k, 'permalink', 'https://taiga.nordlicht-digital.de/project/' || (SELECT slug FROM projects_project WHERE id = h.p) || '/' || CASE h.kind WHEN 'us' THEN 'us' ELSE h.kind END || '/' || h.k,
                                 'subject', CASE h.kind WHEN 'us' THEN (SELECT subject FROM userstories_userstory WHERE id = h.k) WHEN 'issue' THEN (SELECT subject FROM issues_issue WHERE id = h.k) ELSE (SELECT subject FROM tasks_task WHERE id = h.k) END,
                                 'description', CASE h.kind WHEN 'us' THEN (SELECT description FROM userstories_userstory WHERE id = h.k) WHEN 'issue' THEN (SELECT description FROM issues_issue WHERE id = h.k) ELSE (SELECT description FROM tasks_task WHERE id = h.k) END,
                                 'owner', jsonb_build_object('id', h.other, 'full_name', tgen.nm(h.other), 'username', tgen.un(h.other))),
      'change', jsonb_build_object('comment', coalesce(h.comment, ''), 'diff', CASE WHEN h.sort = 1 THEN jsonb_build_object('assigned_to', jsonb_build_object('from', tgen.nm(h.other), 'to', tgen.nm(h.actor))) ELSE '{}'::jsonb END)) AS body) s
WHERE h.sort IN (0, 1, 3) ORDER BY h.g;

-- external_apps_application and external_apps_applicationtoken
CREATE TABLE external_apps_application (
    id varchar(255) PRIMARY KEY,
    name varchar(255) NOT NULL,
    icon_url text,
    web varchar(255),
    description text,
    next_url text NOT NULL,
    key text NOT NULL
);
INSERT INTO external_apps_application VALUES
  (fixture_gen.uuid('app', 1), 'Taiga Slack Bridge', 'https://taiga-slack-bridge.nordlicht-digital.de/static/icon.png', 'https://github.com/nordlicht-digital/taiga-slack-bridge', 'Posts user story and issue changes to Slack channels.', 'https://taiga-slack-bridge.nordlicht-digital.de/oauth/callback', tgen.rnd('appkey', 1, 40)),
  (fixture_gen.uuid('app', 2), 'Nordlicht Time Tracker', 'https://time.nordlicht-digital.de/favicon-192.png', 'https://time.nordlicht-digital.de', 'Books time against Taiga tasks for client invoicing.', 'https://time.nordlicht-digital.de/taiga/authorized', tgen.rnd('appkey', 2, 40)),
  (fixture_gen.uuid('app', 3), 'Burndown Board', NULL, 'https://burndown.nordlicht-digital.de', 'Sprint burndown on the office TV.', 'https://burndown.nordlicht-digital.de/auth/taiga', tgen.rnd('appkey', 3, 40)),
  (fixture_gen.uuid('app', 4), 'Zapier', 'https://cdn.zapier.com/zapier/images/logos/zapier-logo.png', 'https://zapier.com', 'Zapier integration for Taiga.', 'https://zapier.com/dashboard/auth/oauth/return/TaigaCLIAPI/', tgen.rnd('appkey', 4, 40));

CREATE TABLE external_apps_applicationtoken (
    id serial PRIMARY KEY,
    auth_code varchar(255),
    token varchar(255),
    state varchar(255),
    application_id varchar(255) NOT NULL REFERENCES external_apps_application (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (application_id, user_id)
);
INSERT INTO external_apps_applicationtoken (auth_code, token, state, application_id, user_id)
SELECT CASE WHEN u.i % 4 = 0 THEN md5('atac' || u.i) END, CASE WHEN u.i % 4 <> 0 THEN tgen.rnd('attok', u.i, 64) END,
       CASE WHEN u.i % 3 = 0 THEN substr(md5('atst' || u.i), 1, 16) ELSE '' END,
       fixture_gen.uuid('app', 1 + u.i % 4), u.i
FROM tgen.u u WHERE u.kind = 'staff' AND u.i % 3 <> 1 ORDER BY u.i;

-- token_denylist: JWT refresh tokens issued and revoked
CREATE TABLE token_denylist_outstandingtoken (
    id bigserial PRIMARY KEY,
    jti varchar(255) NOT NULL UNIQUE,
    token text NOT NULL,
    created_at timestamptz,
    expires_at timestamptz NOT NULL,
    user_id integer REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO token_denylist_outstandingtoken (jti, token, created_at, expires_at, user_id)
SELECT md5('jti' || g),
       rtrim(translate(encode(convert_to('{"typ":"JWT","alg":"HS256"}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.'
         || rtrim(translate(encode(convert_to('{"token_type":"refresh","exp":' || extract(epoch FROM tgen.at('jt', g) + interval '8 days')::bigint || ',"jti":"' || md5('jti' || g) || '","user_id":' || (5 + g % 130) || '}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.'
         || tgen.b64url('jsig', g, 32),
       tgen.at('jt', g), tgen.at('jt', g) + interval '8 days', 5 + g % 130
FROM generate_series(1, 260) g ORDER BY g;

CREATE TABLE token_denylist_denylistedtoken (
    id bigserial PRIMARY KEY,
    denylisted_at timestamptz NOT NULL,
    token_id bigint NOT NULL UNIQUE REFERENCES token_denylist_outstandingtoken (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO token_denylist_denylistedtoken (denylisted_at, token_id) SELECT created_at + interval '2 hours', id FROM token_denylist_outstandingtoken WHERE id % 3 = 0 ORDER BY id;

-- django_session (the admin)
CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session
SELECT fixture_gen.chars('sk', g, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
       '.eJxVjDsOwjAQRO_iGlnr9SeGkp4zROtdBwcQkeKkQtydRMoBQ' || tgen.b64url('sd', g, 60) || ':' || fixture_gen.chars('sdt', g, 6) || ':' || tgen.b64url('sds', g, 32),
       tgen.at('se', g) + interval '14 days'
FROM generate_series(1, 40) g;

-- feedback and contact
CREATE TABLE feedback_feedbackentry (
    id serial PRIMARY KEY,
    full_name varchar(256) NOT NULL,
    email varchar(255) NOT NULL,
    comment text NOT NULL,
    created_date timestamptz NOT NULL
);
INSERT INTO feedback_feedbackentry (full_name, email, comment, created_date)
SELECT tgen.nm(u), tgen.em(u),
       fixture_gen.pick(ARRAY['The kanban board is slow with more than 200 cards.', 'Please add a way to export the wiki as PDF.', 'I cannot log in with GitLab since yesterday, my username is ' || tgen.un(u) || '.',
         'Love the new timeline! Could notifications be grouped per project?', 'Our client ' || fixture_gen.full_name('fbc', g) || ' cannot see the attachments, can you check? Call me on ' || tgen.ph(u)], 'fb', g),
       tgen.at('fbt', g)
FROM (SELECT g, 5 + (g * 11) % 130 AS u FROM generate_series(1, 45) g) x ORDER BY g;

CREATE TABLE contact_contactentry (
    id serial PRIMARY KEY,
    comment text NOT NULL,
    created_date timestamptz NOT NULL,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO contact_contactentry (comment, created_date, project_id, user_id)
SELECT fixture_gen.pick(ARRAY['Hi, I would like to contribute to the Slack bridge. I maintain a fork with threads support.',
         'Is there a hosted version? We are ' || fixture_gen.pick(ARRAY['a small NGO', 'a school', 'a 12-person startup'], 'cty', g) || '. You can reach me at ' || fixture_gen.email('ctm', g) || '.',
         'The installation guide is missing the Redis step.',
         'Hello, I am ' || fixture_gen.full_name('ctm', g) || ', freelance Python developer, interested in the maintainer role. Phone ' || fixture_gen.phone('ctm', g)], 'ct', g),
       tgen.at('ctt', g), 10, 5 + (g * 7) % 130
FROM generate_series(1, 24) g ORDER BY g;

-- likes and votes
CREATE TABLE likes_like (
    id serial PRIMARY KEY,
    object_id integer NOT NULL,
    created_date timestamptz NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO likes_like (object_id, created_date, content_type_id, user_id)
SELECT 1 + g % 12, tgen.at('lk', g), 2, 5 + (g * 3) % 130 FROM generate_series(1, 70) g ORDER BY g;

CREATE TABLE votes_vote (
    id serial PRIMARY KEY,
    object_id integer NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    created_date timestamptz NOT NULL
);
INSERT INTO votes_vote (object_id, content_type_id, user_id, created_date)
SELECT 1 + (g * 5) % 240, 5, 5 + (g * 7) % 130, tgen.at('vt', g) FROM generate_series(1, 150) g ORDER BY g;

CREATE TABLE votes_votes (
    id serial PRIMARY KEY,
    object_id integer NOT NULL,
    count integer NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO votes_votes (object_id, count, content_type_id) SELECT object_id, count(*), content_type_id FROM votes_vote GROUP BY object_id, content_type_id ORDER BY object_id;

-- userstorage_storageentry: the web client's stored UI state per user
CREATE TABLE userstorage_storageentry (
    id serial PRIMARY KEY,
    created_date timestamptz NOT NULL,
    modified_date timestamptz NOT NULL,
    key varchar(255) NOT NULL,
    value jsonb,
    owner_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (owner_id, key)
);
INSERT INTO userstorage_storageentry (created_date, modified_date, key, value, owner_id)
SELECT tgen.at('usc', u.i * 10 + s.k), tgen.at('usc', u.i * 10 + s.k) + interval '20 days', s.key,
       CASE s.k
         WHEN 1 THEN 'false'::jsonb
         WHEN 2 THEN jsonb_build_object('backlog', true, 'kanban', u.i % 2 = 0, 'taskboard', true)
         WHEN 3 THEN jsonb_build_object(fixture_gen.pick(ARRAY['My open bugs', 'Prod bugs', 'Waiting for client'], 'usf', u.i), jsonb_build_object('status', '1,2', 'assigned_to', u.i::text, 'tags', 'prod'),
                                        'From ' || (SELECT x.first FROM tgen.u x WHERE x.i = 95 + u.i % 40), jsonb_build_object('q', (SELECT x.full_name FROM tgen.u x WHERE x.i = 95 + u.i % 40), 'owner', (95 + u.i % 40)::text))
         ELSE jsonb_build_object('zoom', 1 + u.i % 4, 'swimlanes', false) END,
       u.i
FROM tgen.u u CROSS JOIN (VALUES (1, 'dont_ask_premise_newsletter'), (2, 'joyride'), (3, 'issues-custom-filters'), (4, 'kanban-zoom')) s(k, key)
WHERE u.kind = 'staff' AND (s.k <> 3 OR u.i % 2 = 0) ORDER BY u.i, s.k;

CREATE TABLE settings_userprojectsettings (
    id serial PRIMARY KEY,
    homepage smallint NOT NULL,
    created_at timestamptz NOT NULL,
    modified_at timestamptz NOT NULL,
    project_id integer NOT NULL REFERENCES projects_project (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO settings_userprojectsettings (homepage, created_at, modified_at, project_id, user_id)
SELECT 1 + m.k % 4, tgen.at('ups', m.k), tgen.at('ups', m.k) + interval '1 day', m.p, m.u FROM tgen.m m WHERE m.u IS NOT NULL AND m.k % 2 = 0 ORDER BY m.k;

-- pmo: the agency's own register of its clients' stakeholders
CREATE SCHEMA pmo;
CREATE TABLE pmo.external_stakeholders (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    organisation text NOT NULL,
    job_title text,
    email text,
    phone text,
    mobile text,
    city text,
    country_code char(2),
    linkedin_url text,
    influence text NOT NULL,
    interest text NOT NULL,
    taiga_project_id integer,
    taiga_user_id integer,
    notes text,
    last_contacted_on date,
    preferred_channel text,
    owner_username text NOT NULL,
    consent_recorded_at timestamptz
);
INSERT INTO pmo.external_stakeholders (full_name, organisation, job_title, email, phone, mobile, city, country_code, linkedin_url, influence, interest, taiga_project_id, taiga_user_id, notes, last_contacted_on, preferred_channel, owner_username, consent_recorded_at)
SELECT f || ' ' || l, c.company,
       fixture_gen.pick(ARRAY['Head of Digital', 'CFO', 'IT Security Officer', 'Clinical Safety Officer', 'Product Manager', 'Procurement', 'Data Protection Officer', 'Operations Director'], 'sjt', g),
       CASE WHEN g % 9 = 0 THEN NULL ELSE fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@' || c.domain END,
       CASE WHEN g % 3 = 0 THEN NULL ELSE fixture_gen.phone('sph', g) END,
       CASE WHEN g % 2 = 0 THEN fixture_gen.phone('smo', g) END,
       c.city, c.country,
       CASE WHEN g % 4 = 0 THEN 'https://www.linkedin.com/in/' || fixture_gen.ascii(f) || '-' || fixture_gen.ascii(l) || '-' || substr(md5('sli' || g), 1, 6) END,
       (ARRAY['high', 'medium', 'low'])[1 + g % 3], (ARRAY['high', 'medium', 'low'])[1 + (g / 3) % 3],
       (SELECT min(i) FROM tgen.pr WHERE cl = c.k),
       CASE WHEN g % 5 = 0 THEN (SELECT min(i) FROM tgen.u WHERE cl = c.k AND kind = 'client') END,
       fixture_gen.pick(ARRAY['Prefers calls before 10am. Decides on budget.', 'Skeptical about the app; won over by the prototype demo.', 'Assistant: ' || fixture_gen.full_name('sas', g) || ', ' || fixture_gen.phone('sas', g),
         'On sick leave until end of month, do not escalate to her.', 'Met at the Hamburg Digital Days. Has two kids at the same school as our CTO''s.', NULL], 'sno', g),
       date '2024-01-01' + fixture_gen.n('slc', g, 300),
       (ARRAY['email', 'phone', 'Teams', 'WhatsApp'])[1 + g % 4],
       (SELECT username FROM tgen.u WHERE i = 5 + (g * 13) % 90),
       CASE WHEN g % 3 <> 1 THEN tgen.at('scr', g) END
FROM (SELECT g, fixture_gen.first_name('sf', g) AS f, fixture_gen.last_name('sl', g) AS l, 1 + g % 5 AS ck FROM generate_series(1, 90) g) x JOIN tgen.cl c ON c.k = x.ck ORDER BY g;

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('pmo');

SET client_min_messages = warning;
DROP SCHEMA tgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
