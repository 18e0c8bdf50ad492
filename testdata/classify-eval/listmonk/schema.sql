-- classify-eval fixture (HOLDOUT 24: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- PostgreSQL database of a listmonk 5 installation (the Go newsletter and
-- mailing-list manager; its schema.sql and migrations: snake_case plural
-- tables, serial keys, uuid columns, timestamptz created_at/updated_at,
-- custom enum types, jsonb attribs/meta/settings), all of its tables except
-- the materialized dashboard views, and the mailing team's own side tables in
-- the schema mailops.
-- It is the list server of Kestrel Cycles, an e-bike maker in Leipzig that
-- sells in Germany, France, the UK, India and Japan: about 360 subscribers
-- (customers, bike owners, dealers, press contacts, beta testers) with names
-- of several cultures and attribs JSON holding cities, phones, birthdays,
-- companies, VAT numbers, frame serials and the consent IP; lists with tags
-- and descriptions; subscriptions whose meta keeps the opt-in IP and time;
-- campaigns whose from_email is "Name <email>", whose HTML and plain bodies
-- greet by template tag and close with a staff member's signature and mobile,
-- whose headers carry List-Unsubscribe and, in some, an X-API-Key for the
-- shop's webhook, and whose archive_meta keeps a real subscriber as the
-- archive's sample; templates (no personal data); media whose file names
-- name ambassadors; link clicks and views; bounces whose meta is the raw SES,
-- Sendgrid or POP3 payload with the recipient and the remote server's reply;
-- the settings key/value table (SMTP and bounce-mailbox passwords, S3 keys,
-- the hCaptcha and OIDC secrets, the Sendgrid key, an SMS messenger's
-- password, the admins' notify emails, beside flags and URLs); staff users
-- and API users with bcrypt hashes, TOTP keys and avatars; roles; sessions.
-- mailops: CSV import batches and their staging rows, unsubscribe reasons
-- typed on the preferences page, raw ESP webhook events, a consent log,
-- hashed suppressions, CRM sync rows, daily campaign stats, sending domains
-- with DKIM private keys, a trigger audit log, GDPR requests with download
-- tokens, Spring Ride registrations with emergency contacts and medical
-- notes, the dealer directory, A/B tests, scheduled exports to SFTP URLs with
-- passwords, the relay's send log, and triaged replies to newsletters.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA lgen;

-- rnd: random-looking alphanumerics; b32: base32 (TOTP keys).
CREATE FUNCTION lgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

CREATE FUNCTION lgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- at: a time between two instants.
CREATE FUNCTION lgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- bcrypt as pgcrypto's crypt(p, gen_salt('bf')) writes it (cost 6).
CREATE FUNCTION lgen.bf(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2a' || '$06$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- Subscribers. kind: customer, owner (bought a bike), dealer, press, beta.
CREATE TABLE lgen.p (i int PRIMARY KEY, kind text, first text, last text, name text, email text, phone text, city text, country text,
  birthday date, company text, vat text, street text, postcode text, ip text, joined timestamptz, lang text);
INSERT INTO lgen.p
SELECT i,
  CASE WHEN i % 9 = 0 THEN 'dealer' WHEN i % 17 = 0 THEN 'press' WHEN i % 13 = 0 THEN 'beta' WHEN i % 3 = 0 THEN 'owner' ELSE 'customer' END,
  fixture_gen.first_name('sf', i), fixture_gen.last_name('sl', i),
  fixture_gen.first_name('sf', i) || ' ' || fixture_gen.last_name('sl', i),
  NULL,
  fixture_gen.phone('sp', i), fixture_gen.city('sc', i),
  fixture_gen.pick(ARRAY['DE', 'DE', 'DE', 'FR', 'GB', 'IN', 'JP', 'AT', 'NL'], 'sco', i),
  fixture_gen.birth_date('sb', i),
  CASE WHEN i % 9 = 0 THEN fixture_gen.pick(ARRAY['Velo Lindner', 'Radhaus', 'Cyclo Sud', 'Pedal & Co', 'Fahrradwerk', 'Bike Loft', 'Wheelhouse'], 'co', i) || ' ' || fixture_gen.last_name('sl', i)
       WHEN i % 17 = 0 THEN fixture_gen.pick(ARRAY['Radfahren Magazin', 'Cycling Weekly', 'Le Cycle', 'ElectricBike Review', 'Bicycle Club Japan'], 'pr', i)
       WHEN i % 5 = 0 THEN fixture_gen.pick(ARRAY['Siemens Healthineers', 'DHL Group', 'Infosys', 'Capgemini', 'Rakuten', 'BBC Studios', 'Zalando'], 'emp', i) END,
  CASE WHEN i % 9 = 0 THEN fixture_gen.vat('vat', i) END,
  fixture_gen.street('st', i), fixture_gen.postcode('pc', i), fixture_gen.ipv4('ip', i),
  lgen.at('joined', i, '2021-03-01', '2025-06-20'),
  fixture_gen.pick(ARRAY['de', 'en', 'en', 'fr', 'ja'], 'lang', i)
FROM generate_series(1, 360) i;
UPDATE lgen.p SET email = CASE
  WHEN kind = 'dealer' THEN fixture_gen.pick(ARRAY['info', 'shop', 'service', 'kontakt'], 'de', i) || '@' || fixture_gen.ascii(company) || '.de'
  WHEN kind = 'press' THEN fixture_gen.ascii(first) || '.' || fixture_gen.ascii(last) || '@' || fixture_gen.ascii(company) || '.com'
  WHEN i % 6 = 1 THEN fixture_gen.ascii(first) || fixture_gen.pick(ARRAY['', '.', '_'], 'sep', i) || fixture_gen.ascii(last) || (i % 100)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'web.de', 'gmx.de', 'orange.fr', 'yahoo.co.jp', 'outlook.com'], 'dom', i)
  ELSE lower(substr(fixture_gen.ascii(first), 1, 1)) || fixture_gen.ascii(last) || (i % 1000)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'web.de', 'gmx.de', 't-online.de', 'orange.fr', 'free.fr', 'btinternet.com', 'rediffmail.com', 'docomo.ne.jp', 'proton.me'], 'dom', i) END;

-- Staff of the mailing team (users 1-9) and two API users (10, 11).
CREATE TABLE lgen.u (i int PRIMARY KEY, username text, name text, email text, title text, mobile text);
INSERT INTO lgen.u VALUES
  (1, 'admin', 'Friederike Hahn', 'friederike.hahn@kestrelcycles.com', 'Head of CRM', '+49 172 4418 2093'),
  (2, 'lena.vogel', 'Lena Vogel', 'lena.vogel@kestrelcycles.com', 'Newsletter Editor', '+49 151 2208 7314'),
  (3, 'k.okafor', 'Kelechi Okafor', 'kelechi.okafor@kestrelcycles.com', 'Lifecycle Marketing Manager', '+44 7700 918 224'),
  (4, 'aiko', 'Aiko Matsumoto', 'aiko.matsumoto@kestrelcycles.com', 'Marketing Japan', '090-3321-7784'),
  (5, 'priya.n', 'Priya Nair', 'priya.nair@kestrelcycles.com', 'Marketing India', '+91 98450 31287'),
  (6, 'julien', 'Julien Mercier', 'julien.mercier@kestrelcycles.com', 'Responsable marketing France', '06 48 22 91 07'),
  (7, 'tomasz.w', 'Tomasz Wójcik', 'tomasz.wojcik@kestrelcycles.com', 'Dealer Manager', '+48 601 442 918'),
  (8, 'sven.ops', 'Sven Lindqvist', 'sven.lindqvist@kestrelcycles.com', 'Platform Engineer', '+49 176 9932 1045'),
  (9, 'amira.h', 'Amira Haddad', 'amira.haddad@kestrelcycles.com', 'Data Protection Officer', '+49 341 2290 4471'),
  (10, 'shop-sync', 'Shopware order sync', 'shop-sync@kestrelcycles.com', NULL, NULL),
  (11, 'crm-hubspot', 'HubSpot bridge', 'crm-bridge@kestrelcycles.com', NULL, NULL);

CREATE TYPE list_type AS ENUM ('public', 'private', 'temporary');
CREATE TYPE list_optin AS ENUM ('single', 'double');
CREATE TYPE list_status AS ENUM ('active', 'archived');
CREATE TYPE subscriber_status AS ENUM ('enabled', 'disabled', 'blocklisted');
CREATE TYPE subscription_status AS ENUM ('unconfirmed', 'confirmed', 'unsubscribed');
CREATE TYPE campaign_status AS ENUM ('draft', 'running', 'scheduled', 'paused', 'cancelled', 'finished');
CREATE TYPE campaign_type AS ENUM ('regular', 'optin');
CREATE TYPE content_type AS ENUM ('richtext', 'html', 'plain', 'markdown', 'visual');
CREATE TYPE bounce_type AS ENUM ('soft', 'hard', 'complaint');
CREATE TYPE template_type AS ENUM ('campaign', 'campaign_visual', 'tx');
CREATE TYPE user_type AS ENUM ('user', 'api');
CREATE TYPE user_status AS ENUM ('enabled', 'disabled');
CREATE TYPE role_type AS ENUM ('user', 'list');
CREATE TYPE twofa_type AS ENUM ('none', 'totp');

-- subscribers
CREATE TABLE subscribers (
    id              SERIAL PRIMARY KEY,
    uuid uuid       NOT NULL UNIQUE,
    email           TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    attribs         JSONB NOT NULL DEFAULT '{}',
    status          subscriber_status NOT NULL DEFAULT 'enabled',

    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE UNIQUE INDEX idx_subs_email ON subscribers(LOWER(email));
CREATE INDEX idx_subs_status ON subscribers(status);

INSERT INTO subscribers (id, uuid, email, name, attribs, status, created_at, updated_at)
SELECT i, fixture_gen.uuid('subuuid', i)::uuid, email,
  CASE WHEN kind = 'dealer' THEN company WHEN i % 11 = 0 THEN first ELSE name END,
  CASE
    WHEN i % 19 = 0 THEN '{}'::jsonb
    WHEN kind = 'dealer' THEN jsonb_build_object('company', company, 'contact', name, 'vat_id', vat, 'phone', phone,
        'address', jsonb_build_object('street', street, 'postcode', postcode, 'city', city, 'country', country),
        'dealer_tier', fixture_gen.pick(ARRAY['gold', 'silver', 'service-point'], 'tier', i), 'dealer_no', 'HD-' || (4000 + i))
    WHEN kind = 'owner' THEN jsonb_build_object('city', city, 'country', country, 'phone', phone, 'birthday', birthday::text,
        'bike_model', fixture_gen.pick(ARRAY['Kestrel Trail 7', 'Kestrel Urban 3', 'Kestrel Cargo L', 'Kestrel Gravel E'], 'bm', i),
        'frame_serial', 'KST' || fixture_gen.digits('fs', i, 9), 'shop_customer_id', 'KC-' || (100000 + i * 7),
        'plan', fixture_gen.pick(ARRAY['care-basic', 'care-plus', 'none'], 'plan', i), 'consent_ip', ip, 'lang', lang)
    WHEN kind = 'press' THEN jsonb_build_object('company', company, 'job_title', fixture_gen.pick(ARRAY['Editor', 'Tech reviewer', 'Freelance journalist'], 'jt', i), 'phone', phone, 'city', city)
    WHEN kind = 'beta' THEN jsonb_build_object('city', city, 'phone', phone, 'beta_group', 'firmware-2.4', 'birthday', birthday::text, 'strava', 'https://www.strava.com/athletes/' || fixture_gen.digits('strava', i, 8))
    ELSE jsonb_build_object('city', city, 'country', country, 'lang', lang, 'source', fixture_gen.pick(ARRAY['checkout', 'footer-form', 'popup', 'trade-fair'], 'src', i),
        'consent_ip', ip, 'company', company) - CASE WHEN company IS NULL THEN 'company' ELSE '' END
  END,
  CASE WHEN i % 23 = 0 THEN 'blocklisted' WHEN i % 31 = 0 THEN 'disabled' ELSE 'enabled' END::subscriber_status,
  joined, joined + make_interval(days => fixture_gen.n('upd', i, 300))
FROM lgen.p;

-- lists
CREATE TABLE lists (
    id              SERIAL PRIMARY KEY,
    uuid            uuid NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    type            list_type NOT NULL,
    optin           list_optin NOT NULL DEFAULT 'single',
    status          list_status NOT NULL DEFAULT 'active',
    tags            VARCHAR(100)[],
    description     TEXT NOT NULL DEFAULT '',

    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
INSERT INTO lists (id, uuid, name, type, optin, status, tags, description, created_at, updated_at)
SELECT k, fixture_gen.uuid('listuuid', k)::uuid, v.name, v.t::list_type, v.o::list_optin, v.s::list_status, v.tags::varchar(100)[], v.d,
  timestamptz '2021-03-01 09:00:00+00' + make_interval(days => k * 37), timestamptz '2024-11-01 09:00:00+00' + make_interval(days => k * 9)
FROM (VALUES
  (1, 'Kestrel Newsletter (DE)', 'public', 'double', 'active', '{newsletter,de}', 'Monatlicher Newsletter: neue Modelle, Touren und Händler-Events.'),
  (2, 'Kestrel Newsletter (EN)', 'public', 'double', 'active', '{newsletter,en}', 'Monthly news: new bikes, rides and dealer events.'),
  (3, 'Kestrel Newsletter (FR)', 'public', 'double', 'active', '{newsletter,fr}', 'Les nouveautés Kestrel une fois par mois.'),
  (4, 'Kestrel Japan', 'public', 'double', 'active', '{newsletter,ja}', 'ケストレルの最新情報'),
  (5, 'Bike owners', 'private', 'single', 'active', '{owners,service}', 'Everyone with a registered frame: service reminders and firmware notes.'),
  (6, 'Safety & recall notices', 'private', 'single', 'active', '{owners,legal}', 'Mandatory product safety notices. Do not use for marketing.'),
  (7, 'Dealer network', 'private', 'single', 'active', '{b2b,dealers}', 'Authorised dealers and service points: price lists, stock, training.'),
  (8, 'Press & reviewers', 'private', 'single', 'active', '{press}', 'Embargoed launch information.'),
  (9, 'Firmware beta testers', 'private', 'double', 'active', '{beta}', 'Beta programme for the drive unit firmware.'),
  (10, 'Spring Ride 2024', 'temporary', 'single', 'archived', '{event}', 'Participants of the Spring Ride, Leipzig, 20 April 2024.'),
  (11, 'Spring Ride 2025', 'temporary', 'single', 'active', '{event}', 'Participants of the Spring Ride, Leipzig, 26 April 2025.'),
  (12, 'Abandoned checkout', 'private', 'single', 'active', '{automation}', 'Filled by the shop sync; cleared after 14 days.'),
  (13, 'Staff test list', 'private', 'single', 'active', '{internal,test}', 'Seed addresses for proof sends.'),
  (14, 'India pre-launch', 'public', 'double', 'archived', '{newsletter,in}', 'Waitlist for the Bengaluru launch.')
) v(k, name, t, o, s, tags, d);

-- subscriber_lists
CREATE TABLE subscriber_lists (
    subscriber_id      INTEGER REFERENCES subscribers(id) ON DELETE CASCADE ON UPDATE CASCADE,
    list_id            INTEGER NULL REFERENCES lists(id) ON DELETE CASCADE ON UPDATE CASCADE,
    meta               JSONB NOT NULL DEFAULT '{}',
    status             subscription_status NOT NULL DEFAULT 'unconfirmed',

    created_at         TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at         TIMESTAMP WITH TIME ZONE DEFAULT NOW(),

    PRIMARY KEY(subscriber_id, list_id)
);
INSERT INTO subscriber_lists (subscriber_id, list_id, meta, status, created_at, updated_at)
SELECT DISTINCT ON (p.i, l) p.i, l,
  CASE WHEN l IN (1, 2, 3, 4, 9, 14) AND p.i % 4 <> 0
       THEN jsonb_build_object('optin_ip', CASE WHEN p.i % 7 = 0 THEN fixture_gen.ipv6('oip', p.i) ELSE p.ip END,
                               'optin_at', to_char(p.joined + interval '7 minutes', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
       ELSE '{}'::jsonb END,
  CASE WHEN p.i % 10 = 0 THEN 'unsubscribed' WHEN l IN (1, 2, 3, 4, 9, 14) AND p.i % 12 = 5 THEN 'unconfirmed' ELSE 'confirmed' END::subscription_status,
  p.joined, p.joined + make_interval(days => fixture_gen.n('slu', p.i * 20 + l, 400))
FROM lgen.p p, LATERAL (VALUES
  (CASE p.lang WHEN 'de' THEN 1 WHEN 'fr' THEN 3 WHEN 'ja' THEN 4 ELSE 2 END),
  (CASE WHEN p.kind = 'owner' THEN 5 END), (CASE WHEN p.kind = 'owner' THEN 6 END),
  (CASE WHEN p.kind = 'dealer' THEN 7 END), (CASE WHEN p.kind = 'press' THEN 8 END), (CASE WHEN p.kind = 'beta' THEN 9 END),
  (CASE WHEN p.i % 8 = 1 THEN 10 END), (CASE WHEN p.i % 8 = 2 THEN 11 END), (CASE WHEN p.i % 25 = 3 THEN 12 END),
  (CASE WHEN p.country = 'IN' AND p.i % 2 = 0 THEN 14 END)) x(l)
WHERE l IS NOT NULL;

-- templates
CREATE TABLE templates (
    id              SERIAL PRIMARY KEY,
    name            TEXT NOT NULL,
    type            template_type NOT NULL DEFAULT 'campaign',
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    body_source     TEXT NULL,
    is_default      BOOLEAN NOT NULL DEFAULT false,

    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE UNIQUE INDEX ON templates (is_default) WHERE is_default = true;
INSERT INTO templates (id, name, type, subject, body, body_source, is_default, created_at, updated_at)
SELECT k, v.name, v.t::template_type, v.subj,
  '<!doctype html><html><head><meta charset="utf-8"><title>{{ .Campaign.Subject }}</title><style>body{background:#f4f1ec;font-family:Helvetica,Arial,sans-serif}.wrap{max-width:620px;margin:0 auto;background:#fff}</style></head><body><div class="wrap">'
  || '<img src="https://lists.kestrelcycles.com/uploads/kestrel-logo-' || v.slug || '.png" alt="Kestrel Cycles" width="160">'
  || CASE WHEN v.t = 'tx' THEN '<p>' || v.greet || ' {{ .Subscriber.FirstName }},</p>{{ .Tx.Data.message }}' ELSE '{{ template "content" . }}' END
  || '<div class="footer"><p>Kestrel Cycles GmbH · Spinnereistraße 7 · 04179 Leipzig · Amtsgericht Leipzig HRB 38821</p>'
  || '<p><a href="{{ UnsubscribeURL }}">' || v.unsub || '</a> · <a href="{{ ManageURL }}">Preferences</a> · <a href="{{ MessageURL }}">View in browser</a></p>{{ TrackView }}</div></div></body></html>',
  CASE WHEN v.t = 'campaign_visual' THEN '{"blocks":[{"type":"image","src":"/uploads/kestrel-logo-' || v.slug || '.png"},{"type":"text","html":"{{ template \"content\" . }}"},{"type":"footer","text":"Kestrel Cycles GmbH · Spinnereistraße 7 · 04179 Leipzig"}],"style":{"bg":"#f4f1ec","font":"Helvetica"}}' END,
  k = 5, timestamptz '2021-03-01 10:00:00+00' + make_interval(days => k * 61), timestamptz '2024-09-01 10:00:00+00' + make_interval(days => k * 11)
FROM (VALUES
  (1, 'Default campaign template', 'campaign', '', 'default', 'Hi', 'Unsubscribe'),
  (2, 'Default archive template', 'campaign', '', 'default', 'Hi', 'Unsubscribe'),
  (3, 'Sample transactional template', 'tx', 'Welcome {{ .Subscriber.Name }}', 'default', 'Hi', 'Unsubscribe'),
  (4, 'Default visual template', 'campaign_visual', '', 'default', 'Hi', 'Unsubscribe'),
  (5, 'Kestrel brand 2024', 'campaign', '', 'brand', 'Hallo', 'Abmelden'),
  (6, 'Dealer bulletin', 'campaign', '', 'dealer', 'Hello', 'Unsubscribe'),
  (7, 'Safety notice', 'campaign', '', 'safety', 'Hello', 'Unsubscribe'),
  (8, 'Order shipped', 'tx', 'Your Kestrel order {{ .Tx.Data.order_id }} is on its way', 'brand', 'Hi', 'Unsubscribe'),
  (9, 'Warranty registration confirmed', 'tx', 'Frame {{ .Tx.Data.frame_serial }} is registered', 'brand', 'Hi', 'Unsubscribe'),
  (10, 'Spring Ride ticket', 'tx', 'Your Spring Ride start number {{ .Tx.Data.start_no }}', 'event', 'Hi', 'Unsubscribe'),
  (11, 'Kestrel visual 2025', 'campaign_visual', '', 'brand', 'Hallo', 'Abmelden')
) v(k, name, t, subj, slug, greet, unsub);

-- campaigns
CREATE TABLE campaigns (
    id               SERIAL PRIMARY KEY,
    uuid uuid        NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    subject          TEXT NOT NULL,
    from_email       TEXT NOT NULL,
    body             TEXT NOT NULL,
    body_source      TEXT NULL,
    altbody          TEXT NULL,
    content_type     content_type NOT NULL DEFAULT 'richtext',
    send_at          TIMESTAMP WITH TIME ZONE,
    headers          JSONB NOT NULL DEFAULT '[]',
    status           campaign_status NOT NULL DEFAULT 'draft',
    tags             VARCHAR(100)[],

    -- The subscription statuses of subscribers to which a campaign will be sent.
    -- For opt-in campaigns, this will be 'unsubscribed'.
    type campaign_type DEFAULT 'regular',

    -- The ID of the messenger backend used to send this campaign.
    messenger        TEXT NOT NULL,
    template_id      INTEGER REFERENCES templates(id) ON DELETE SET NULL,

    -- Progress and stats.
    to_send            INT NOT NULL DEFAULT 0,
    sent               INT NOT NULL DEFAULT 0,
    max_subscriber_id  INT NOT NULL DEFAULT 0,
    last_subscriber_id INT NOT NULL DEFAULT 0,

    -- Publishing.
    archive             BOOLEAN NOT NULL DEFAULT false,
    archive_slug        TEXT NULL UNIQUE,
    archive_template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,
    archive_meta        JSONB NOT NULL DEFAULT '{}',

    started_at       TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX idx_camps_status ON campaigns(status);
CREATE INDEX idx_camps_name ON campaigns(name);

-- Campaign plan: the list, the author (a staff user) and the topic.
CREATE TABLE lgen.c (i int PRIMARY KEY, list int, author int, topic text, topic_en text, created timestamptz, status text, lang text);
INSERT INTO lgen.c
SELECT i, l, a,
  fixture_gen.pick(ARRAY['Frühjahrs-Check', 'Neue Akkus', 'Touren im Harz', 'Winterpflege', 'Händler des Monats', 'Firmware 2.4', 'Sommer-Sale'], 'ct', i),
  fixture_gen.pick(ARRAY['Spring service check', 'New battery packs', 'Routes in the Harz', 'Winter care', 'Dealer of the month', 'Firmware 2.4', 'Summer sale'], 'ct', i),
  lgen.at('cc', i, '2021-06-01', '2025-06-25'),
  CASE WHEN i > 58 THEN 'draft' WHEN i = 57 THEN 'scheduled' WHEN i = 56 THEN 'paused' WHEN i = 41 THEN 'cancelled' WHEN i = 58 THEN 'running' ELSE 'finished' END,
  CASE l WHEN 1 THEN 'de' WHEN 3 THEN 'fr' WHEN 4 THEN 'ja' ELSE 'en' END
FROM generate_series(1, 64) i,
  LATERAL (SELECT (ARRAY[1, 2, 1, 3, 4, 2, 5, 7, 1, 2, 6, 8, 9, 10, 11, 14])[1 + fixture_gen.n('cl', i, 16)] AS l) x,
  LATERAL (SELECT CASE x.l WHEN 1 THEN 2 WHEN 3 THEN 6 WHEN 4 THEN 4 WHEN 14 THEN 5 WHEN 7 THEN 7 WHEN 6 THEN 1 ELSE 3 END AS a) y;
UPDATE lgen.c SET created = created - interval '400 days' WHERE status = 'finished' AND created > '2025-05-01';

CREATE FUNCTION lgen.copy(i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Our spring service weeks start on 1 April: every authorised dealer checks brakes, chain wear and the drive unit for a fixed price.',
    'The new 625 Wh battery fits every Trail 7 and Urban 3 built since 2022 and adds about 30 km of range.',
    'Firmware 2.4 brings a smoother walk-assist mode and fixes the display freezing in cold weather.',
    'Three new routes through the Harz are now in the app, with charging stops at partner cafés.',
    'Store your bike indoors over winter, keep the battery between 30 and 60 percent and charge it once a month.',
    'Summer sale: 15 percent on helmets, locks and panniers until the end of July, in the shop and at your dealer.',
    'This month we visit a family-run workshop that has serviced Kestrel bikes since our very first frame.'], 'copy', i)
$$;

CREATE TABLE lgen.sig (lang text PRIMARY KEY, hello text, bye text);
INSERT INTO lgen.sig VALUES ('de', 'Hallo', 'Viele Grüße'), ('en', 'Hi', 'Best wishes'), ('fr', 'Bonjour', 'Bien à vous'), ('ja', 'こんにちは', 'よろしくお願いします');

INSERT INTO campaigns (id, uuid, name, subject, from_email, body, body_source, altbody, content_type, send_at, headers, status, tags, type, messenger, template_id,
  to_send, sent, max_subscriber_id, last_subscriber_id, archive, archive_slug, archive_template_id, archive_meta, started_at, created_at, updated_at)
SELECT c.i, fixture_gen.uuid('campuuid', c.i)::uuid,
  l.name || ' · ' || c.topic_en || ' · ' || to_char(c.created, 'YYYY-MM'),
  CASE WHEN c.i % 4 = 0 THEN '{{ .Subscriber.FirstName }}, ' || lower(c.topic_en) || ' is here' WHEN c.lang = 'de' THEN c.topic || ': alles Neue im ' || to_char(c.created, 'MM/YYYY') ELSE c.topic_en || ' — Kestrel news' END,
  CASE WHEN c.i % 3 = 0 THEN u.name || ' at Kestrel <' || u.email || '>' WHEN c.list = 7 THEN 'Kestrel Dealer Desk <dealers@kestrelcycles.com>' ELSE 'Kestrel Cycles <news@kestrelcycles.com>' END,
  '<p>' || s.hello || ' {{ .Subscriber.FirstName }},</p><p>' || lgen.copy(c.i) || '</p><p>Read more about <a href="{{ TrackLink "https://kestrelcycles.com/journal/' || lower(replace(c.topic_en, ' ', '-')) || '?utm_source=listmonk&utm_medium=email&utm_campaign=c' || c.i || '" }}">' || c.topic_en || '</a>.</p>'
    || CASE WHEN c.i % 5 <> 4 THEN '<p>' || s.bye || ',<br>' || u.name || '<br>' || u.title || ' · ' || u.mobile || '<br><a href="mailto:' || u.email || '">' || u.email || '</a></p>' ELSE '<p>' || s.bye || ', your Kestrel team</p>' END,
  CASE WHEN c.i % 7 = 0 THEN '{"blocks":[{"type":"text","html":"<p>' || s.hello || ' {{ .Subscriber.FirstName }},</p>"},{"type":"button","label":"' || c.topic_en || '","url":"https://kestrelcycles.com/journal"},{"type":"signature","name":"' || u.name || '","title":"' || u.title || '","phone":"' || u.mobile || '"}]}' END,
  CASE WHEN c.i % 2 = 0 THEN s.hello || ' {{ .Subscriber.FirstName }},' || E'\n\n' || lgen.copy(c.i) || E'\n\n' || s.bye || E',\n' || CASE WHEN c.i % 5 <> 4 THEN u.name || E'\n' || u.title || ' · ' || u.mobile ELSE 'your Kestrel team' END END,
  CASE WHEN c.i % 7 = 0 THEN 'visual' WHEN c.i % 6 = 0 THEN 'html' WHEN c.i % 11 = 0 THEN 'markdown' ELSE 'richtext' END::content_type,
  CASE WHEN c.i % 2 = 1 OR c.status = 'scheduled' THEN c.created + interval '3 days' END,
  CASE WHEN c.i % 5 = 0 THEN jsonb_build_array(jsonb_build_object('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), jsonb_build_object('X-Kestrel-Campaign', 'c' || c.i))
       WHEN c.list = 12 OR c.i % 9 = 0 THEN jsonb_build_array(jsonb_build_object('X-API-Key', 'kcshop_' || 'live_' || lgen.rnd('xapi', 1, 32)), jsonb_build_object('X-Shop-Channel', 'listmonk'))
       ELSE '[]'::jsonb END,
  c.status::campaign_status,
  ARRAY[c.lang, CASE WHEN c.list IN (5, 6) THEN 'owners' WHEN c.list = 7 THEN 'b2b' ELSE 'marketing' END]::varchar(100)[],
  CASE WHEN c.i IN (12, 33) THEN 'optin' ELSE 'regular' END::campaign_type,
  CASE WHEN c.i % 13 = 0 THEN 'sms-gateway' ELSE 'email' END,
  CASE WHEN c.i % 7 = 0 THEN 11 WHEN c.list = 7 THEN 6 WHEN c.list = 6 THEN 7 WHEN c.i % 2 = 0 THEN 5 ELSE 1 END,
  CASE WHEN c.status = 'draft' THEN 0 ELSE 40 + fixture_gen.n('ts', c.i, 160) END,
  CASE WHEN c.status IN ('draft', 'scheduled') THEN 0 WHEN c.status = 'finished' THEN 40 + fixture_gen.n('ts', c.i, 160) ELSE fixture_gen.n('snt', c.i, 40) END,
  CASE WHEN c.status = 'draft' THEN 0 ELSE 360 END,
  CASE WHEN c.status IN ('draft', 'scheduled') THEN 0 WHEN c.status = 'finished' THEN 360 ELSE 100 + fixture_gen.n('lsi', c.i, 200) END,
  c.list IN (1, 2, 3, 4) AND c.status = 'finished',
  CASE WHEN c.list IN (1, 2, 3, 4) AND c.status = 'finished' THEN lower(replace(c.topic_en, ' ', '-')) || '-' || to_char(c.created, 'YYYY-MM') || '-' || c.i END,
  CASE WHEN c.list IN (1, 2, 3, 4) THEN 2 END,
  CASE WHEN c.list IN (1, 2, 3, 4) AND c.i % 3 = 1 THEN
         jsonb_build_object('email', p.email, 'name', p.name, 'attribs', jsonb_build_object('city', p.city, 'phone', p.phone), 'uuid', fixture_gen.uuid('subuuid', p.i))
       WHEN c.list IN (1, 2, 3, 4) THEN '{"email": "email@domain.com", "name": "Reader", "attribs": {}}'::jsonb
       ELSE '{}'::jsonb END,
  CASE WHEN c.status IN ('finished', 'running', 'paused', 'cancelled') THEN c.created + interval '3 days 2 hours' END,
  c.created, c.created + interval '3 days 5 hours'
FROM lgen.c c JOIN lists l ON l.id = c.list JOIN lgen.u u ON u.i = c.author JOIN lgen.sig s ON s.lang = c.lang
  JOIN lgen.p p ON p.i = 1 + fixture_gen.n('am', c.i, 360);

-- campaign_lists
CREATE TABLE campaign_lists (
    id           BIGSERIAL PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE ON UPDATE CASCADE,

    -- Lists may be deleted, so list_id is nullable
    -- and a copy of the original list name is maintained here.
    list_id      INTEGER NULL REFERENCES lists(id) ON DELETE SET NULL ON UPDATE CASCADE,
    list_name    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX ON campaign_lists (campaign_id, list_id);
INSERT INTO campaign_lists (campaign_id, list_id, list_name)
SELECT c.i, CASE WHEN c.i = 3 THEN NULL ELSE c.list END, CASE WHEN c.i = 3 THEN 'Newsletter DE (alt, 2021)' ELSE l.name END FROM lgen.c c JOIN lists l ON l.id = c.list
UNION ALL
SELECT c.i, 13, 'Staff test list' FROM lgen.c c WHERE c.i % 4 = 0
ORDER BY 1;

-- campaign_views
CREATE TABLE campaign_views (
    id               BIGSERIAL PRIMARY KEY,
    campaign_id      INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE ON UPDATE CASCADE,

    -- Subscribers may be deleted, but the view counts should remain.
    subscriber_id    INTEGER NULL REFERENCES subscribers(id) ON DELETE SET NULL ON UPDATE CASCADE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX idx_views_camp_id ON campaign_views(campaign_id);
CREATE INDEX idx_views_subscriber_id ON campaign_views(subscriber_id);
INSERT INTO campaign_views (campaign_id, subscriber_id, created_at)
SELECT c, CASE WHEN k % 17 = 0 THEN NULL ELSE 1 + fixture_gen.n('vs', k, 360) END, cp.started_at + make_interval(secs => 600 + fixture_gen.n('vt', k, 900000))
FROM generate_series(1, 700) k, LATERAL (SELECT 1 + fixture_gen.n('vc', k, 55) AS c) x JOIN campaigns cp ON cp.id = x.c
WHERE cp.started_at IS NOT NULL ORDER BY 3;

-- media
CREATE TABLE media (
    id               SERIAL PRIMARY KEY,
    uuid uuid        NOT NULL UNIQUE,
    provider         TEXT NOT NULL DEFAULT '',
    filename         TEXT NOT NULL,
    content_type     TEXT NOT NULL DEFAULT 'application/octet-stream',
    thumb            TEXT NOT NULL,
    meta             JSONB NOT NULL DEFAULT '{}',
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
INSERT INTO media (id, uuid, provider, filename, content_type, thumb, meta, created_at)
SELECT k, fixture_gen.uuid('media', k)::uuid, CASE WHEN k < 12 THEN 'filesystem' ELSE 's3' END, f,
  CASE WHEN f LIKE '%.pdf' THEN 'application/pdf' WHEN f LIKE '%.png' THEN 'image/png' ELSE 'image/jpeg' END,
  CASE WHEN f LIKE '%.pdf' THEN '' ELSE 'thumb_' || f END,
  CASE WHEN f LIKE '%.pdf' THEN '{}'::jsonb ELSE jsonb_build_object('width', 600 + fixture_gen.n('mw', k, 1400), 'height', 400 + fixture_gen.n('mh', k, 900)) END,
  lgen.at('mc', k, '2021-05-01', '2025-06-20')
FROM (SELECT k, CASE
  WHEN k % 4 = 1 THEN 'ambassador-' || fixture_gen.ascii(fixture_gen.first_name('amb', k)) || '-' || fixture_gen.ascii(fixture_gen.last_name('amb', k)) || '-portrait.jpg'
  WHEN k % 4 = 2 THEN fixture_gen.pick(ARRAY['trail7-side', 'urban3-studio', 'cargo-l-family', 'gravel-e-harz', 'battery-625wh', 'display-k2'], 'prod', k) || '-' || k || '.jpg'
  WHEN k % 8 = 3 THEN 'spring-ride-' || (2023 + k % 3) || '-winner-' || fixture_gen.ascii(fixture_gen.last_name('win', k)) || '.jpg'
  WHEN k % 8 = 7 THEN fixture_gen.pick(ARRAY['safety-notice-2023-07', 'dealer-pricelist-2025', 'service-intervals', 'warranty-terms-de'], 'doc', k) || '.pdf'
  ELSE fixture_gen.pick(ARRAY['kestrel-logo-brand', 'kestrel-logo-dealer', 'kestrel-logo-safety', 'kestrel-logo-event', 'kestrel-logo-default', 'banner-summer-sale'], 'logo', k) || CASE WHEN k > 6 THEN '-' || k ELSE '' END || '.png' END AS f
  FROM generate_series(1, 36) k) x;

-- campaign_media
CREATE TABLE campaign_media (
    campaign_id  INTEGER REFERENCES campaigns(id) ON DELETE CASCADE ON UPDATE CASCADE,

    -- Media items may be deleted, so media_id is nullable
    -- and a copy of the original name is maintained here.
    media_id     INTEGER NULL REFERENCES media(id) ON DELETE SET NULL ON UPDATE CASCADE,

    filename     TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX idx_camp_media_id ON campaign_media (campaign_id, media_id);
INSERT INTO campaign_media (campaign_id, media_id, filename)
SELECT DISTINCT ON (c, m) c, m, (SELECT filename FROM media WHERE id = m) FROM (SELECT 1 + fixture_gen.n('cmc', k, 64) AS c, 1 + fixture_gen.n('cmm', k, 36) AS m FROM generate_series(1, 70) k) x;

-- links
CREATE TABLE links (
    id               SERIAL PRIMARY KEY,
    uuid uuid        NOT NULL UNIQUE,
    url              TEXT NOT NULL UNIQUE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
INSERT INTO links (id, uuid, url, created_at)
SELECT k, fixture_gen.uuid('link', k)::uuid,
  'https://' || CASE WHEN k % 5 = 0 THEN 'dealers.kestrelcycles.com/portal/' ELSE 'kestrelcycles.com/' || fixture_gen.pick(ARRAY['de', 'en', 'fr', 'ja'], 'll', k) || '/' END
  || fixture_gen.pick(ARRAY['journal/spring-service-check', 'bikes/trail-7', 'bikes/urban-3', 'bikes/cargo-l', 'accessories/battery-625', 'service/firmware', 'events/spring-ride', 'sale', 'dealer-locator'], 'lp', k)
  || '?utm_source=listmonk&utm_medium=email&utm_campaign=c' || (1 + fixture_gen.n('lc', k, 64)) || CASE WHEN k % 3 = 0 THEN '&utm_content=button' ELSE '' END,
  lgen.at('lk', k, '2021-06-01', '2025-06-25')
FROM generate_series(1, 48) k;

-- link_clicks
CREATE TABLE link_clicks (
    id               BIGSERIAL PRIMARY KEY,
    campaign_id      INTEGER NULL REFERENCES campaigns(id) ON DELETE CASCADE ON UPDATE CASCADE,
    link_id          INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE ON UPDATE CASCADE,

    -- Subscribers may be deleted, but the link counts should remain.
    subscriber_id    INTEGER NULL REFERENCES subscribers(id) ON DELETE SET NULL ON UPDATE CASCADE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
INSERT INTO link_clicks (campaign_id, link_id, subscriber_id, created_at)
SELECT c, 1 + fixture_gen.n('lkl', k, 48), CASE WHEN k % 13 = 0 THEN NULL ELSE 1 + fixture_gen.n('lks', k, 360) END, cp.started_at + make_interval(secs => 900 + fixture_gen.n('lkt', k, 700000))
FROM generate_series(1, 420) k, LATERAL (SELECT 1 + fixture_gen.n('lkc', k, 55) AS c) x JOIN campaigns cp ON cp.id = x.c
WHERE cp.started_at IS NOT NULL ORDER BY 4;

-- settings
CREATE TABLE settings (
    key             TEXT NOT NULL UNIQUE,
    value           JSONB NOT NULL DEFAULT '{}',
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX idx_settings_key ON settings(key);
INSERT INTO settings (key, value, updated_at)
SELECT key, value::jsonb, timestamptz '2025-03-14 08:30:00+00' + make_interval(mins => row_number() OVER () ::int) FROM (VALUES
    ('app.site_name', '"Kestrel Cycles news"'),
    ('app.root_url', '"https://lists.kestrelcycles.com"'),
    ('app.favicon_url', '"https://kestrelcycles.com/favicon.ico"'),
    ('app.from_email', '"Kestrel Cycles <news@kestrelcycles.com>"'),
    ('app.logo_url', '"https://lists.kestrelcycles.com/uploads/kestrel-logo-brand.png"'),
    ('app.concurrency', '10'),
    ('app.message_rate', '14'),
    ('app.batch_size', '1000'),
    ('app.max_send_errors', '1000'),
    ('app.message_sliding_window', 'true'),
    ('app.message_sliding_window_duration', '"1h"'),
    ('app.message_sliding_window_rate', '50000'),
    ('app.cache_slow_queries', 'false'),
    ('app.cache_slow_queries_interval', '"0 3 * * *"'),
    ('app.enable_public_archive', 'true'),
    ('app.enable_public_subscription_page', 'true'),
    ('app.enable_public_archive_rss_content', 'true'),
    ('app.send_optin_confirmation', 'true'),
    ('app.check_updates', 'true'),
    ('app.notify_emails', '["friederike.hahn@kestrelcycles.com", "sven.lindqvist@kestrelcycles.com", "marketing-alerts@kestrelcycles.com"]'),
    ('app.lang', '"de"'),
    ('privacy.individual_tracking', 'true'),
    ('privacy.disable_tracking', 'false'),
    ('privacy.unsubscribe_header', 'true'),
    ('privacy.allow_blocklist', 'true'),
    ('privacy.allow_export', 'true'),
    ('privacy.allow_wipe', 'true'),
    ('privacy.allow_preferences', 'true'),
    ('privacy.exportable', '["profile", "subscriptions", "campaign_views", "link_clicks"]'),
    ('privacy.domain_blocklist', '["mailinator.com", "guerrillamail.com", "trashmail.de"]'),
    ('privacy.domain_allowlist', '[]'),
    ('privacy.record_optin_ip', 'true'),
    ('security.captcha', '{"altcha": {"enabled": false, "complexity": 300000}, "hcaptcha": {"enabled": true, "key": "' || fixture_gen.uuid('hck', 1) || '", "secret": "0x' || fixture_gen.hexn('hcs', 1, 40) || '"}}'),
    ('security.oidc', '{"enabled": true, "provider_url": "https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/v2.0", "provider_name": "Kestrel Entra ID", "client_id": "' || fixture_gen.uuid('oidcc', 1) || '", "client_secret": "' || lgen.rnd('oidcs', 1, 3) || '8Q~' || translate(lgen.rnd('oidcs', 2, 34), '+/', '._') || '", "auto_create_users": false, "default_user_role_id": null, "default_list_role_id": null}'),
    ('security.cors_origins', '["https://kestrelcycles.com"]'),
    ('upload.provider', '"s3"'),
    ('upload.max_file_size', '5000'),
    ('upload.extensions', '["jpg","jpeg","png","gif","svg","pdf"]'),
    ('upload.filesystem.upload_path', '"uploads"'),
    ('upload.filesystem.upload_uri', '"/uploads"'),
    ('upload.s3.url', '"https://s3.eu-central-1.amazonaws.com"'),
    ('upload.s3.public_url', '"https://media.kestrelcycles.com"'),
    ('upload.s3.aws_access_key_id', '"AKIA' || fixture_gen.chars('s3ak', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '"'),
    ('upload.s3.aws_secret_access_key', '"' || lgen.rnd('s3sk', 1, 40) || '"'),
    ('upload.s3.aws_default_region', '"eu-central-1"'),
    ('upload.s3.bucket', '"kestrel-listmonk-media"'),
    ('upload.s3.bucket_domain', '""'),
    ('upload.s3.bucket_path', '"/"'),
    ('upload.s3.bucket_type', '"public"'),
    ('upload.s3.expiry', '"167h"'),
    ('smtp', '[{"enabled":true, "host":"email-smtp.eu-central-1.amazonaws.com","port":587,"auth_protocol":"login","username":"AKIA' || fixture_gen.chars('sesu', 1, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') || '","password":"BF' || lgen.rnd('sesp', 1, 42) || '","hello_hostname":"lists.kestrelcycles.com","max_conns":10,"idle_timeout":"15s","wait_timeout":"5s","max_msg_retries":2,"tls_type":"STARTTLS","tls_skip_verify":false,"email_headers":[{"X-SES-CONFIGURATION-SET":"listmonk-marketing"}]},'
             || ' {"enabled":false, "host":"smtp.office365.com","port":587,"auth_protocol":"login","username":"friederike.hahn@kestrelcycles.com","password":"Radweg!' || lgen.rnd('o365', 1, 8) || '","hello_hostname":"","max_conns":2,"idle_timeout":"15s","wait_timeout":"5s","max_msg_retries":2,"tls_type":"STARTTLS","tls_skip_verify":false,"email_headers":[]},'
             || ' {"enabled":true, "host":"relay.kestrel.internal","port":25,"auth_protocol":"none","username":"","password":"","hello_hostname":"lists.kestrelcycles.com","max_conns":20,"idle_timeout":"15s","wait_timeout":"5s","max_msg_retries":2,"tls_type":"none","tls_skip_verify":true,"email_headers":[]}]'),
    ('messengers', '[{"enabled":true,"name":"sms-gateway","root_url":"https://sms-gw.kestrel.internal/listmonk","username":"listmonk","password":"' || lgen.rnd('smsgw', 1, 24) || '","max_conns":4,"timeout":"5s","max_msg_retries":2}]'),
    ('bounce.enabled', 'true'),
    ('bounce.webhooks_enabled', 'true'),
    ('bounce.actions', '{"soft": {"count": 3, "action": "none"}, "hard": {"count": 1, "action": "blocklist"}, "complaint" : {"count": 1, "action": "blocklist"}}'),
    ('bounce.ses_enabled', 'true'),
    ('bounce.sendgrid_enabled', 'true'),
    ('bounce.sendgrid_key', '"' || 'SG.' || translate(lgen.rnd('sgk', 1, 22), '+/', '-_') || '.' || translate(lgen.rnd('sgk', 2, 43), '+/', '-_') || '"'),
    ('bounce.postmark', '{"enabled": false, "username": "postmark-hook", "password": "' || lgen.rnd('pmk', 1, 20) || '"}'),
    ('bounce.forwardemail', '{"enabled": false, "key": ""}'),
    ('bounce.mailboxes', '[{"enabled":true, "type": "pop", "host":"pop.ionos.de","port":995,"auth_protocol":"userpass","username":"bounces@kestrelcycles.com","password":"' || lgen.rnd('popw', 1, 18) || '","return_path": "bounces@kestrelcycles.com","scan_interval":"15m","tls_enabled":true,"tls_skip_verify":false}]'),
    ('appearance.admin.custom_css', '""'),
    ('appearance.admin.custom_js', '""'),
    ('appearance.public.custom_css', '".header{background:#1f3b2d}.logo img{max-width:180px}"'),
    ('appearance.public.custom_js', '"window.plausible=window.plausible||function(){(window.plausible.q=window.plausible.q||[]).push(arguments)}"'),
    ('maintenance.db', '{"vacuum": true, "vacuum_cron_interval": "0 2 * * *"}'),
    ('migrations', '["v2.0.0", "v2.1.0", "v2.2.0", "v2.3.0", "v2.4.0", "v2.5.0", "v3.0.0", "v4.0.0", "v4.1.0", "v5.0.0"]')
) v(key, value);

-- bounces
CREATE TABLE bounces (
    id               SERIAL PRIMARY KEY,
    subscriber_id    INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE ON UPDATE CASCADE,
    campaign_id      INTEGER NULL REFERENCES campaigns(id) ON DELETE SET NULL ON UPDATE CASCADE,
    type             bounce_type NOT NULL DEFAULT 'hard',
    source           TEXT NOT NULL DEFAULT '',
    meta             JSONB NOT NULL DEFAULT '{}',
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX idx_bounces_sub_id ON bounces(subscriber_id);
CREATE INDEX idx_bounces_camp_id ON bounces(campaign_id);
CREATE INDEX idx_bounces_source ON bounces(source);
INSERT INTO bounces (subscriber_id, campaign_id, type, source, meta, created_at)
SELECT p.i, cp.id, t::bounce_type, src,
  CASE src
    WHEN 'ses' THEN jsonb_build_object('notificationType', CASE t WHEN 'complaint' THEN 'Complaint' ELSE 'Bounce' END,
        'bounce', jsonb_build_object('bounceType', CASE t WHEN 'hard' THEN 'Permanent' ELSE 'Transient' END, 'bounceSubType', CASE t WHEN 'hard' THEN 'NoEmail' ELSE 'MailboxFull' END,
          'bouncedRecipients', jsonb_build_array(jsonb_build_object('emailAddress', p.email, 'action', 'failed', 'status', CASE t WHEN 'hard' THEN '5.1.1' ELSE '4.2.2' END,
            'diagnosticCode', CASE t WHEN 'hard' THEN 'smtp; 550 5.1.1 <' || p.email || '>: Recipient address rejected: User unknown' ELSE 'smtp; 452 4.2.2 The email account that you tried to reach is over quota' END)),
          'timestamp', to_char(b.at, 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'), 'reportingMTA', 'dns; a3-12.smtp-out.eu-central-1.amazonses.com'),
        'mail', jsonb_build_object('source', 'news@kestrelcycles.com', 'messageId', '0107018' || fixture_gen.hexn('sesid', k, 9) || '-' || fixture_gen.uuid('sesm', k) || '-000000',
          'destination', jsonb_build_array(p.email), 'sourceIp', '18.198.14.' || (20 + k % 200),
          'headers', jsonb_build_array(jsonb_build_object('name', 'To', 'value', '"' || p.name || '" <' || p.email || '>'), jsonb_build_object('name', 'X-Listmonk-Campaign', 'value', cp.uuid::text), jsonb_build_object('name', 'X-Listmonk-Subscriber', 'value', fixture_gen.uuid('subuuid', p.i)))))
    WHEN 'sendgrid' THEN jsonb_build_object('email', p.email, 'event', CASE t WHEN 'complaint' THEN 'spamreport' ELSE 'bounce' END, 'reason', '550 5.7.1 ' || split_part(p.email, '@', 2) || ' rejected: mailbox disabled',
        'sg_event_id', lgen.rnd('sge', k, 22), 'sg_message_id', lgen.rnd('sgm', k, 22) || '.filterdrecv-5b6d8-1-' || k, 'ip', '167.89.' || (k % 200) || '.' || (k % 250), 'timestamp', extract(epoch FROM b.at)::bigint, 'tls', 1)
    WHEN 'pop' THEN jsonb_build_object('message_id', '<' || fixture_gen.uuid('popm', k) || '@lists.kestrelcycles.com>', 'from', 'MAILER-DAEMON@' || split_part(p.email, '@', 2),
        'subject', 'Undelivered Mail Returned to Sender', 'body', 'This is the mail system at host mx.' || split_part(p.email, '@', 2) || E'.\n\nI''m sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<' || p.email || '>: host mx.' || split_part(p.email, '@', 2) || E' said: 550 5.1.1 user unknown\n\nOriginal-Recipient: rfc822;' || p.email)
    ELSE jsonb_build_object('reason', 'imported from the old Mailchimp account', 'email', p.email)
  END, b.at
FROM generate_series(1, 140) k
  CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('bs', k, 360) AS si, 1 + fixture_gen.n('bc', k, 55) AS ci,
    fixture_gen.pick(ARRAY['hard', 'hard', 'soft', 'soft', 'soft', 'complaint'], 'bt', k) AS t,
    fixture_gen.pick(ARRAY['ses', 'ses', 'ses', 'sendgrid', 'pop', 'api'], 'bsrc', k) AS src) x
  JOIN lgen.p p ON p.i = x.si JOIN campaigns cp ON cp.id = x.ci
  CROSS JOIN LATERAL (SELECT coalesce(cp.started_at, cp.created_at) + make_interval(secs => 60 + fixture_gen.n('bat', k, 200000)) AS at) b
ORDER BY b.at;

-- roles
CREATE TABLE roles (
    id               SERIAL PRIMARY KEY,
    type             role_type NOT NULL DEFAULT 'user',
    parent_id        INTEGER NULL REFERENCES roles(id) ON DELETE CASCADE ON UPDATE CASCADE,
    list_id          INTEGER NULL REFERENCES lists(id) ON DELETE CASCADE ON UPDATE CASCADE,
    permissions      TEXT[] NOT NULL DEFAULT '{}',
    name             TEXT NULL,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE UNIQUE INDEX idx_roles ON roles (parent_id, list_id);
CREATE UNIQUE INDEX idx_roles_name ON roles (type, name) WHERE name IS NOT NULL;
INSERT INTO roles (id, type, parent_id, list_id, permissions, name, created_at, updated_at) VALUES
  (1, 'user', NULL, NULL, '{lists:get_all,lists:manage_all,subscribers:get_all,subscribers:manage,subscribers:import,subscribers:sql_query,tx:send,campaigns:get_all,campaigns:manage_all,campaigns:send,bounces:get,bounces:manage,webhooks:post_bounce,media:get,media:manage,templates:get,templates:manage,users:get,users:manage,roles:get,roles:manage,settings:get,settings:manage,settings:maintain}', 'Super Admin', '2024-10-12 09:00:00+00', '2024-10-12 09:00:00+00'),
  (2, 'user', NULL, NULL, '{lists:get_all,subscribers:get_all,subscribers:manage,campaigns:get_all,campaigns:manage_all,campaigns:send,media:get,media:manage,templates:get,bounces:get}', 'Editor', '2024-10-12 09:10:00+00', '2025-01-20 14:02:00+00'),
  (3, 'user', NULL, NULL, '{campaigns:get_all,campaigns:get_analytics,lists:get_all,bounces:get}', 'Analyst', '2024-10-12 09:12:00+00', '2024-10-12 09:12:00+00'),
  (4, 'user', NULL, NULL, '{subscribers:get_all,subscribers:manage,subscribers:import,tx:send,webhooks:post_bounce}', 'Integration', '2024-10-14 11:40:00+00', '2025-02-03 08:00:00+00'),
  (5, 'user', NULL, NULL, '{subscribers:get_all,subscribers:manage,subscribers:sql_query,bounces:get,bounces:manage,settings:get}', 'Data protection', '2024-11-04 10:00:00+00', '2024-11-04 10:00:00+00'),
  (10, 'list', NULL, NULL, '{}', 'Country newsletters', '2024-10-12 09:20:00+00', '2024-10-12 09:20:00+00'),
  (11, 'list', 10, 1, '{list:get,list:manage}', NULL, '2024-10-12 09:20:00+00', '2024-10-12 09:20:00+00'),
  (12, 'list', 10, 3, '{list:get,list:manage}', NULL, '2024-10-12 09:20:00+00', '2024-10-12 09:20:00+00'),
  (13, 'list', 10, 4, '{list:get,list:manage}', NULL, '2024-10-12 09:20:00+00', '2024-10-12 09:20:00+00'),
  (14, 'list', 10, 14, '{list:get}', NULL, '2024-10-12 09:20:00+00', '2024-10-12 09:20:00+00'),
  (15, 'list', NULL, NULL, '{}', 'Dealer desk', '2024-10-12 09:25:00+00', '2024-10-12 09:25:00+00'),
  (16, 'list', 15, 7, '{list:get,list:manage}', NULL, '2024-10-12 09:25:00+00', '2024-10-12 09:25:00+00'),
  (17, 'list', 15, 13, '{list:get}', NULL, '2024-10-12 09:25:00+00', '2024-10-12 09:25:00+00');

-- users
CREATE TABLE users (
    id               SERIAL PRIMARY KEY,
    username         TEXT NOT NULL UNIQUE,
    password_login   BOOLEAN NOT NULL DEFAULT false,
    password         TEXT NULL,
    email            TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    avatar           TEXT NULL,
    type             user_type NOT NULL DEFAULT 'user',
    user_role_id     INTEGER NOT NULL REFERENCES roles(id) ON DELETE RESTRICT,
    list_role_id     INTEGER NULL REFERENCES roles(id) ON DELETE CASCADE,
    status           user_status NOT NULL DEFAULT 'disabled',
    twofa_type       twofa_type NOT NULL DEFAULT 'none',
    twofa_key        TEXT NULL,
    loggedin_at      TIMESTAMP WITH TIME ZONE NULL,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
INSERT INTO users (id, username, password_login, password, email, name, avatar, type, user_role_id, list_role_id, status, twofa_type, twofa_key, loggedin_at, created_at, updated_at)
SELECT u.i, u.username, u.i NOT IN (3, 10, 11) AND u.i <> 9,
  CASE WHEN u.i IN (3, 9) THEN NULL WHEN u.i >= 10 THEN lgen.rnd('apitok', u.i, 32) ELSE lgen.bf('upw', u.i) END,
  u.email, u.name,
  CASE WHEN u.i < 10 AND u.i % 3 <> 0 THEN 'https://media.kestrelcycles.com/avatars/' || fixture_gen.ascii(u.name) || '.jpg' WHEN u.i = 6 THEN 'https://lh3.googleusercontent.com/a/' || lgen.rnd('gav', 6, 40) || '=s96-c' END,
  CASE WHEN u.i >= 10 THEN 'api' ELSE 'user' END::user_type,
  CASE WHEN u.i IN (1, 8) THEN 1 WHEN u.i IN (10, 11) THEN 4 WHEN u.i = 9 THEN 5 WHEN u.i = 3 THEN 3 ELSE 2 END,
  CASE WHEN u.i IN (2, 4, 5, 6) THEN 10 WHEN u.i = 7 THEN 15 END,
  CASE WHEN u.i = 5 THEN 'disabled' ELSE 'enabled' END::user_status,
  CASE WHEN u.i IN (1, 2, 8, 9) THEN 'totp' ELSE 'none' END::twofa_type,
  CASE WHEN u.i IN (1, 2, 8, 9) THEN lgen.b32('totp', u.i, 32) END,
  CASE WHEN u.i < 10 THEN timestamptz '2025-06-30 07:00:00+00' - make_interval(secs => fixture_gen.n('login', u.i, 2000000)) END,
  timestamptz '2024-10-12 09:30:00+00' + make_interval(days => u.i * 3), timestamptz '2025-05-01 09:30:00+00' + make_interval(days => u.i * 2)
FROM lgen.u u;

-- user sessions
CREATE TABLE sessions (
    id TEXT NOT NULL PRIMARY KEY,
    data JSONB DEFAULT '{}'::jsonb NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL
);
CREATE INDEX idx_sessions ON sessions (id, created_at);
INSERT INTO sessions (id, data, created_at)
SELECT lgen.rnd('sess', k, 32),
  CASE WHEN k % 5 = 0 THEN jsonb_build_object('oidc_state', lgen.rnd('ost', k, 32), 'oidc_nonce', lgen.rnd('onc', k, 24))
       ELSE jsonb_build_object('user_id', u, 'twofa_verified', u IN (1, 2, 8, 9)) END,
  timestamp '2025-06-01 00:00:00' + make_interval(secs => fixture_gen.n('sca', k, 2500000))
FROM generate_series(1, 40) k, LATERAL (SELECT (ARRAY[1, 2, 2, 3, 4, 6, 7, 8, 9])[1 + fixture_gen.n('su', k, 9)] AS u) x;

-- The mailing team's own tables.
CREATE SCHEMA mailops;

-- CSV imports: each upload, then its rows as they were in the file.
CREATE TABLE mailops.import_batches (
    id              SERIAL PRIMARY KEY,
    filename        TEXT NOT NULL,
    uploaded_by     TEXT NOT NULL,
    source_system   TEXT NOT NULL,
    mode            TEXT NOT NULL DEFAULT 'subscribe',
    delimiter       CHAR(1) NOT NULL DEFAULT ',',
    overwrite       BOOLEAN NOT NULL DEFAULT false,
    list_ids        INTEGER[] NOT NULL DEFAULT '{}',
    total_rows      INTEGER NOT NULL DEFAULT 0,
    imported_rows   INTEGER NOT NULL DEFAULT 0,
    failed_rows     INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL DEFAULT 'queued',
    log             TEXT NOT NULL DEFAULT '',
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE
);
INSERT INTO mailops.import_batches (id, filename, uploaded_by, source_system, mode, delimiter, overwrite, list_ids, total_rows, imported_rows, failed_rows, status, log, started_at, finished_at)
SELECT k,
  fixture_gen.pick(ARRAY['eurobike-2024-leads', 'shopware-customers-export', 'dealer-list-q', 'spring-ride-signups', 'mailchimp-audience-export', 'press-contacts'], 'ibf', k) || '-' || k || '.csv',
  u.username, fixture_gen.pick(ARRAY['shopware', 'mailchimp', 'trade-fair', 'typeform', 'manual'], 'iss', k),
  CASE WHEN k % 7 = 0 THEN 'blocklist' ELSE 'subscribe' END, CASE WHEN k % 3 = 0 THEN ';' ELSE ',' END, k % 4 = 0,
  ARRAY[1 + k % 4, CASE WHEN k % 5 = 0 THEN 7 ELSE 11 END],
  t, t - f, f, CASE WHEN k = 24 THEN 'failed' ELSE 'finished' END,
  'Importing ' || t || ' rows' || E'\n' || CASE WHEN f > 0 THEN 'line ' || (2 + k) || ': invalid email' || E'\n' || 'line ' || (9 + k) || ': invalid email' || E'\n' ELSE '' END || 'Imported ' || (t - f) || ' rows',
  s, s + make_interval(secs => 20 + t)
FROM generate_series(1, 24) k
  CROSS JOIN LATERAL (SELECT 10 + fixture_gen.n('ibt', k, 300) AS t, fixture_gen.n('ibfail', k, 6) AS f, lgen.at('ibs', k, '2022-01-10', '2025-06-20') AS s) x
  JOIN lgen.u u ON u.i = (ARRAY[1, 2, 3, 7, 9])[1 + k % 5];

CREATE TABLE mailops.subscriber_import_staging (
    id                      BIGSERIAL PRIMARY KEY,
    batch_id                INTEGER NOT NULL REFERENCES mailops.import_batches(id) ON DELETE CASCADE,
    row_no                  INTEGER NOT NULL,
    email                   TEXT,
    name                    TEXT,
    first_name              TEXT,
    last_name               TEXT,
    phone                   TEXT,
    company                 TEXT,
    job_title               TEXT,
    street                  TEXT,
    postcode                TEXT,
    city                    TEXT,
    country                 TEXT,
    birthday                TEXT,
    language                TEXT,
    attribs_raw             TEXT,
    consent_source          TEXT,
    consent_ip              INET,
    consent_at              TIMESTAMP WITH TIME ZONE,
    validation_error        TEXT,
    imported_subscriber_id  INTEGER REFERENCES subscribers(id) ON DELETE SET NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
INSERT INTO mailops.subscriber_import_staging (batch_id, row_no, email, name, first_name, last_name, phone, company, job_title, street, postcode, city, country, birthday, language,
  attribs_raw, consent_source, consent_ip, consent_at, validation_error, imported_subscriber_id, created_at)
SELECT b, 1 + k % 50,
  CASE WHEN k % 29 = 0 THEN fixture_gen.ascii(p.first) || '.' || fixture_gen.ascii(p.last) || '@gmial' WHEN k % 4 = 0 THEN p.email ELSE fixture_gen.email('isn', k) END,
  CASE WHEN k % 4 = 0 THEN p.name ELSE fixture_gen.full_name('isn', k) END,
  CASE WHEN k % 4 = 0 THEN p.first ELSE fixture_gen.first_name('isn', k) END,
  CASE WHEN k % 4 = 0 THEN p.last ELSE fixture_gen.last_name('isn', k) END,
  CASE WHEN k % 3 <> 0 THEN fixture_gen.phone('isp', k) END,
  CASE WHEN k % 5 = 0 THEN fixture_gen.pick(ARRAY['Velo Lindner', 'Radhaus Köln', 'Cyclo Sud SARL', 'Bike Loft Ltd', 'Siemens AG', 'Tata Consultancy'], 'isc', k) END,
  CASE WHEN k % 5 = 0 THEN fixture_gen.pick(ARRAY['Owner', 'Workshop lead', 'Buyer', 'Fleet manager', 'Procurement'], 'isj', k) END,
  CASE WHEN k % 2 = 0 THEN fixture_gen.street('isst', k) END,
  fixture_gen.postcode('ispc', k), fixture_gen.city('iscity', k), fixture_gen.pick(ARRAY['DE', 'FR', 'GB', 'IN', 'JP', 'AT'], 'isco', k),
  CASE WHEN k % 3 = 1 THEN to_char(fixture_gen.birth_date('isb', k), CASE WHEN k % 2 = 0 THEN 'DD.MM.YYYY' ELSE 'YYYY-MM-DD' END) END,
  fixture_gen.pick(ARRAY['de', 'en', 'fr', 'ja'], 'isl', k),
  CASE WHEN k % 3 = 0 THEN '{"newsletter_topics":["e-mtb","touring"],"phone":"' || fixture_gen.phone('isp2', k) || '"}' WHEN k % 3 = 1 THEN '{"shop_customer_id":"KC-' || (200000 + k) || '","orders":' || (1 + k % 4) || '}' ELSE '{}' END,
  fixture_gen.pick(ARRAY['Eurobike 2024 stand B4', 'shop checkout box', 'Typeform: Spring Ride', 'Mailchimp export (double opt-in 2020)'], 'iscs', k),
  (fixture_gen.ipv4('isip', k))::inet, lgen.at('isca', k, '2020-05-01', '2025-06-01'),
  CASE WHEN k % 29 = 0 THEN 'invalid email' WHEN k % 31 = 0 THEN 'duplicate email in file' END,
  CASE WHEN k % 4 = 0 AND k % 29 <> 0 THEN p.i END,
  (SELECT started_at FROM mailops.import_batches WHERE id = b)
FROM generate_series(1, 260) k
  CROSS JOIN LATERAL (SELECT 1 + k % 24 AS b) x JOIN lgen.p p ON p.i = 1 + fixture_gen.n('isp', k, 360);

-- Reasons typed on the unsubscribe page (a form the team added in front of listmonk's).
CREATE TABLE mailops.unsubscribe_reasons (
    id               SERIAL PRIMARY KEY,
    subscriber_uuid  UUID NOT NULL,
    email            TEXT NOT NULL,
    campaign_uuid    UUID,
    campaign_name    TEXT,
    list_names       TEXT[],
    reason_code      TEXT NOT NULL,
    reason_text      TEXT,
    ip_address       INET,
    user_agent       TEXT,
    unsubscribed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO mailops.unsubscribe_reasons (subscriber_uuid, email, campaign_uuid, campaign_name, list_names, reason_code, reason_text, ip_address, user_agent, unsubscribed_at)
SELECT fixture_gen.uuid('subuuid', p.i)::uuid, p.email, cp.uuid, cp.name, ARRAY[l.name],
  fixture_gen.pick(ARRAY['too_many', 'not_relevant', 'never_signed_up', 'sold_bike', 'other'], 'urc', k),
  CASE fixture_gen.n('urt', k, 6)
    WHEN 0 THEN 'Sold my Trail 7 to my neighbour ' || fixture_gen.full_name('urn', k) || ', please send the service mails to him instead: ' || fixture_gen.email('urn', k)
    WHEN 1 THEN 'Too many emails, once a month is enough.'
    WHEN 2 THEN 'I never signed up. Call me if you need to check: ' || p.phone
    WHEN 3 THEN 'My husband passed away in March, please remove his address. ' || p.name
    WHEN 4 THEN NULL
    ELSE 'Moving to ' || fixture_gen.city('urc2', k) || ', no dealer near me any more.' END,
  (fixture_gen.ipv4('urip', k))::inet,
  fixture_gen.pick(ARRAY['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15'], 'urua', k),
  cp.started_at + make_interval(secs => 3600 + fixture_gen.n('urat', k, 800000))
FROM generate_series(1, 90) k
  JOIN lgen.p p ON p.i = 1 + fixture_gen.n('urs', k, 360)
  JOIN campaigns cp ON cp.id = 1 + fixture_gen.n('urcp', k, 55)
  JOIN campaign_lists cl ON cl.campaign_id = cp.id AND cl.list_id IS NOT NULL AND cl.list_id <> 13 JOIN lists l ON l.id = cl.list_id;

-- Raw events from the ESPs' webhooks, kept before listmonk's bounce endpoint handles them.
CREATE TABLE mailops.esp_webhook_events (
    id               BIGSERIAL PRIMARY KEY,
    provider         TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    message_id       TEXT,
    recipient        TEXT,
    campaign_uuid    UUID,
    subscriber_uuid  UUID,
    payload          JSONB NOT NULL,
    signature        TEXT,
    remote_addr      INET,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    processed        BOOLEAN NOT NULL DEFAULT false,
    processed_at     TIMESTAMP WITH TIME ZONE
);
INSERT INTO mailops.esp_webhook_events (provider, event_type, message_id, recipient, campaign_uuid, subscriber_uuid, payload, signature, remote_addr, received_at, processed, processed_at)
SELECT pr, ev, mid, p.email, cp.uuid, fixture_gen.uuid('subuuid', p.i)::uuid,
  CASE pr WHEN 'sendgrid' THEN jsonb_build_array(jsonb_build_object('email', p.email, 'event', ev, 'sg_message_id', mid, 'timestamp', extract(epoch FROM at)::bigint, 'ip', fixture_gen.ipv4('wip', k),
              'useragent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0', 'listmonk_campaign', cp.uuid))
    ELSE jsonb_build_object('Type', 'Notification', 'MessageId', fixture_gen.uuid('snsm', k), 'TopicArn', 'arn:aws:sns:eu-central-1:' || fixture_gen.digits('acct', 1, 12) || ':ses-listmonk-events',
              'Message', jsonb_build_object('eventType', initcap(ev), 'mail', jsonb_build_object('messageId', mid, 'destination', jsonb_build_array(p.email), 'commonHeaders', jsonb_build_object('to', jsonb_build_array(p.name || ' <' || p.email || '>'), 'subject', cp.subject)))::text,
              'SignatureVersion', '1', 'SigningCertURL', 'https://sns.eu-central-1.amazonaws.com/SimpleNotificationService-' || fixture_gen.hexn('snscert', 1, 32) || '.pem') END,
  CASE pr WHEN 'sendgrid' THEN fixture_gen.b64('sgsig', k, 64) ELSE fixture_gen.b64('snssig', k, 256) END,
  (CASE pr WHEN 'sendgrid' THEN '167.89.118.' || (k % 250) ELSE '54.240.197.' || (k % 250) END)::inet,
  at, k % 11 <> 0, CASE WHEN k % 11 <> 0 THEN at + interval '4 seconds' END
FROM generate_series(1, 150) k
  CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['ses', 'ses', 'sendgrid'], 'wpr', k) AS pr, fixture_gen.pick(ARRAY['delivery', 'open', 'click', 'bounce', 'complaint', 'delivery'], 'wev', k) AS ev,
    '0107018' || fixture_gen.hexn('wmid', k, 9) || '-' || fixture_gen.uuid('wm', k) || '-000000' AS mid) x
  JOIN lgen.p p ON p.i = 1 + fixture_gen.n('wsub', k, 360)
  JOIN campaigns cp ON cp.id = 1 + fixture_gen.n('wcp', k, 55)
  CROSS JOIN LATERAL (SELECT cp.started_at + make_interval(secs => 30 + fixture_gen.n('wat', k, 400000)) AS at) y;

-- Consent log (GDPR Art. 7): every opt-in and opt-out with where it came from.
CREATE TABLE mailops.consent_log (
    id                    BIGSERIAL PRIMARY KEY,
    subscriber_id         INTEGER REFERENCES subscribers(id) ON DELETE SET NULL,
    list_id               INTEGER REFERENCES lists(id) ON DELETE SET NULL,
    action                TEXT NOT NULL,
    channel               TEXT NOT NULL,
    ip_address            INET,
    user_agent            TEXT,
    form_url              TEXT,
    consent_text_version  TEXT NOT NULL,
    double_optin_token    TEXT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO mailops.consent_log (subscriber_id, list_id, action, channel, ip_address, user_agent, form_url, consent_text_version, double_optin_token, created_at)
SELECT sl.subscriber_id, sl.list_id, CASE WHEN sl.status = 'unsubscribed' THEN 'optout' ELSE 'optin' END,
  fixture_gen.pick(ARRAY['web-form', 'checkout', 'import', 'api'], 'clch', sl.subscriber_id * 20 + sl.list_id),
  (p.ip)::inet,
  fixture_gen.pick(ARRAY['Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0'], 'clua', sl.subscriber_id),
  'https://kestrelcycles.com/' || p.lang || '/newsletter?src=' || fixture_gen.pick(ARRAY['footer', 'popup', 'checkout'], 'clsrc', sl.subscriber_id),
  'nl-consent-v' || (1 + fixture_gen.n('clv', sl.subscriber_id, 4)),
  CASE WHEN l.optin = 'double' THEN lgen.rnd('doi', sl.subscriber_id * 20 + sl.list_id, 36) END,
  sl.created_at
FROM subscriber_lists sl JOIN lgen.p p ON p.i = sl.subscriber_id JOIN lists l ON l.id = sl.list_id
WHERE sl.list_id IN (1, 2, 3, 4, 9, 14) AND sl.subscriber_id % 2 = 0
ORDER BY sl.created_at;

-- Global suppressions, kept as hashes after a wipe.
CREATE TABLE mailops.suppressions (
    id            SERIAL PRIMARY KEY,
    email_sha256  CHAR(64) NOT NULL UNIQUE,
    domain        TEXT NOT NULL,
    reason        TEXT NOT NULL,
    source        TEXT NOT NULL,
    added_by      TEXT,
    note          TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO mailops.suppressions (email_sha256, domain, reason, source, added_by, note, created_at)
SELECT encode(sha256(convert_to(fixture_gen.email('sup', k), 'UTF8')), 'hex'), split_part(fixture_gen.email('sup', k), '@', 2),
  fixture_gen.pick(ARRAY['gdpr_erasure', 'hard_bounce', 'complaint', 'legal_hold'], 'supr', k),
  fixture_gen.pick(ARRAY['wipe', 'ses', 'sendgrid', 'manual'], 'sups', k),
  CASE WHEN k % 3 = 0 THEN 'amira.h' WHEN k % 3 = 1 THEN 'system' END,
  CASE WHEN k % 6 = 0 THEN 'Erasure request by letter, ticket DPO-' || (1000 + k) WHEN k % 6 = 3 THEN 'Spam trap hit on ' || split_part(fixture_gen.email('sup', k), '@', 2) END,
  lgen.at('supa', k, '2022-02-01', '2025-06-25')
FROM generate_series(1, 80) k;

-- HubSpot sync: which CRM contact a subscriber is.
CREATE TABLE mailops.crm_contacts_sync (
    id               SERIAL PRIMARY KEY,
    subscriber_id    INTEGER REFERENCES subscribers(id) ON DELETE CASCADE,
    crm_contact_id   BIGINT NOT NULL,
    email            TEXT NOT NULL,
    owner_email      TEXT,
    lifecycle_stage  TEXT NOT NULL,
    company_name     TEXT,
    deal_value       NUMERIC(12, 2),
    last_synced_at   TIMESTAMP WITH TIME ZONE,
    sync_status      TEXT NOT NULL DEFAULT 'ok',
    sync_error       TEXT
);
INSERT INTO mailops.crm_contacts_sync (subscriber_id, crm_contact_id, email, owner_email, lifecycle_stage, company_name, deal_value, last_synced_at, sync_status, sync_error)
SELECT p.i, 51000000000 + p.i * 1013, p.email,
  CASE WHEN p.kind = 'dealer' THEN 'tomasz.wojcik@kestrelcycles.com' WHEN p.kind = 'press' THEN 'kelechi.okafor@kestrelcycles.com' END,
  CASE p.kind WHEN 'dealer' THEN 'customer' WHEN 'owner' THEN 'customer' WHEN 'press' THEN 'other' ELSE fixture_gen.pick(ARRAY['subscriber', 'lead', 'marketingqualifiedlead'], 'crls', p.i) END,
  p.company, CASE WHEN p.kind = 'dealer' THEN (5000 + fixture_gen.n('deal', p.i, 90000))::numeric / 1 END,
  timestamptz '2025-06-29 02:00:00+00' - make_interval(secs => fixture_gen.n('crms', p.i, 600000)),
  CASE WHEN p.i % 37 = 0 THEN 'error' ELSE 'ok' END,
  CASE WHEN p.i % 37 = 0 THEN 'HubSpot 409: Contact already exists. Existing ID: ' || (51000000000 + p.i * 1013 + 7) || ' (' || p.email || ')' END
FROM lgen.p p WHERE p.i % 3 <> 1;

-- Daily stats per campaign for the BI dashboard.
CREATE TABLE mailops.campaign_daily_stats (
    id              BIGSERIAL PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    day             DATE NOT NULL,
    sent            INTEGER NOT NULL DEFAULT 0,
    views           INTEGER NOT NULL DEFAULT 0,
    unique_views    INTEGER NOT NULL DEFAULT 0,
    clicks          INTEGER NOT NULL DEFAULT 0,
    unique_clicks   INTEGER NOT NULL DEFAULT 0,
    bounces         INTEGER NOT NULL DEFAULT 0,
    unsubscribes    INTEGER NOT NULL DEFAULT 0,
    complaints      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, day)
);
INSERT INTO mailops.campaign_daily_stats (campaign_id, day, sent, views, unique_views, clicks, unique_clicks, bounces, unsubscribes, complaints)
SELECT cp.id, (cp.started_at + make_interval(days => d))::date, CASE WHEN d = 0 THEN cp.sent ELSE 0 END,
  v, v - fixture_gen.n('udv', cp.id * 7 + d, greatest(1, v / 3)), v / 3, v / 4, fixture_gen.n('dsb', cp.id * 7 + d, 4), fixture_gen.n('dsu', cp.id * 7 + d, 3), CASE WHEN d = 0 THEN fixture_gen.n('dsc', cp.id, 2) ELSE 0 END
FROM campaigns cp, generate_series(0, 4) d, LATERAL (SELECT (cp.sent / (d + 2)) + fixture_gen.n('dsv', cp.id * 7 + d, 10) AS v) x
WHERE cp.started_at IS NOT NULL;

-- Sending domains and their DKIM keys (signing happens on the relay).
CREATE TABLE mailops.sending_domains (
    id                SERIAL PRIMARY KEY,
    domain            TEXT NOT NULL UNIQUE,
    dkim_selector     TEXT NOT NULL,
    dkim_private_key  TEXT,
    dkim_public_key   TEXT NOT NULL,
    spf_record        TEXT NOT NULL,
    dmarc_policy      TEXT NOT NULL,
    return_path       TEXT NOT NULL,
    verified          BOOLEAN NOT NULL DEFAULT false,
    verified_at       TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO mailops.sending_domains (domain, dkim_selector, dkim_private_key, dkim_public_key, spf_record, dmarc_policy, return_path, verified, verified_at, created_at)
SELECT d, 'kc' || (2022 + k % 3), CASE WHEN k <> 2 THEN '-----BEGIN ' || 'PRIVATE KEY-----' || E'\n' || regexp_replace(fixture_gen.b64('dkim', k, 240) || fixture_gen.b64('dkim2', k, 240) || fixture_gen.b64('dkim3', k, 150), '(.{64})', E'\\1\n', 'g') || E'\n-----END ' || 'PRIVATE KEY-----' END,
  'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' || fixture_gen.b64('dkimpub', k, 200),
  'v=spf1 include:amazonses.com include:sendgrid.net ip4:185.21.' || (40 + k) || '.0/24 -all', 'v=DMARC1; p=quarantine; pct=100; adkim=s; aspf=s',
  'bounces@' || d, k <> 4, CASE WHEN k <> 4 THEN timestamptz '2022-03-01 10:00:00+00' + make_interval(days => k * 90) END, timestamptz '2022-02-20 10:00:00+00' + make_interval(days => k * 90)
FROM (VALUES (1, 'kestrelcycles.com'), (2, 'news.kestrelcycles.com'), (3, 'dealers.kestrelcycles.com'), (4, 'kestrelcycles.in'), (5, 'kestrelcycles.jp'), (6, 'kestrel-events.de')) v(k, d);

-- Trigger audit of changes to settings, users, lists and subscribers (for the DPO).
CREATE TABLE mailops.audit_log (
    id           BIGSERIAL PRIMARY KEY,
    table_name   TEXT NOT NULL,
    operation    TEXT NOT NULL,
    row_pk       TEXT NOT NULL,
    old_data     JSONB,
    new_data     JSONB,
    db_user      TEXT NOT NULL DEFAULT current_user,
    app_user     TEXT,
    client_addr  INET,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO mailops.audit_log (table_name, operation, row_pk, old_data, new_data, db_user, app_user, client_addr, changed_at)
SELECT t, op, pk, od, nd, 'listmonk', au, ca, at FROM (
  SELECT k, 'subscribers' AS t, CASE WHEN k % 9 = 0 THEN 'DELETE' ELSE 'UPDATE' END AS op, p.i::text AS pk,
    jsonb_build_object('id', p.i, 'email', p.email, 'name', p.name, 'status', 'enabled', 'attribs', jsonb_build_object('city', p.city, 'phone', p.phone)) AS od,
    CASE WHEN k % 9 = 0 THEN NULL ELSE jsonb_build_object('id', p.i, 'email', fixture_gen.email('aln', k), 'name', p.name, 'status', CASE WHEN k % 4 = 0 THEN 'blocklisted' ELSE 'enabled' END, 'attribs', jsonb_build_object('city', fixture_gen.city('alc', k), 'phone', p.phone)) END AS nd,
    (ARRAY['lena.vogel', 'amira.h', 'crm-hubspot', 'shop-sync'])[1 + k % 4] AS au, ('10.20.' || (k % 4) || '.' || (10 + k % 40))::inet AS ca, lgen.at('alat', k, '2024-11-01', '2025-06-29') AS at
  FROM generate_series(1, 110) k JOIN lgen.p p ON p.i = 1 + fixture_gen.n('als', k, 360)
  UNION ALL
  SELECT 200 + k, 'settings', 'UPDATE', s.key, jsonb_build_object('key', s.key, 'value', CASE WHEN s.key = 'smtp' THEN '[]'::jsonb ELSE to_jsonb(''::text) END), jsonb_build_object('key', s.key, 'value', s.value),
    CASE WHEN k % 2 = 0 THEN 'sven.ops' ELSE 'admin' END, ('10.20.0.' || (5 + k))::inet, s.updated_at
  FROM (SELECT row_number() OVER (ORDER BY key) AS k, key, value, updated_at FROM settings WHERE key IN ('smtp', 'upload.s3.aws_secret_access_key', 'bounce.mailboxes', 'app.notify_emails', 'app.root_url', 'privacy.record_optin_ip', 'messengers')) s
  UNION ALL
  SELECT 300 + u.id, 'users', 'UPDATE', u.id::text, jsonb_build_object('id', u.id, 'username', u.username, 'email', u.email, 'name', u.name, 'status', 'enabled'),
    jsonb_build_object('id', u.id, 'username', u.username, 'email', u.email, 'name', u.name, 'status', u.status, 'loggedin_at', u.loggedin_at), 'admin', '10.20.0.5'::inet, u.updated_at
  FROM users u
) x ORDER BY at;

-- Data subject requests (export, erasure, rectification).
CREATE TABLE mailops.gdpr_requests (
    id                SERIAL PRIMARY KEY,
    request_type      TEXT NOT NULL,
    subscriber_id     INTEGER REFERENCES subscribers(id) ON DELETE SET NULL,
    email             TEXT NOT NULL,
    requester_name    TEXT,
    received_via      TEXT NOT NULL,
    ticket_ref        TEXT,
    export_path       TEXT,
    download_token    TEXT,
    token_expires_at  TIMESTAMP WITH TIME ZONE,
    handled_by        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    notes             TEXT,
    status            TEXT NOT NULL DEFAULT 'open',
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at      TIMESTAMP WITH TIME ZONE
);
INSERT INTO mailops.gdpr_requests (request_type, subscriber_id, email, requester_name, received_via, ticket_ref, export_path, download_token, token_expires_at, handled_by, notes, status, requested_at, completed_at)
SELECT rt, CASE WHEN rt = 'erasure' AND k % 2 = 0 THEN NULL ELSE p.i END, p.email, p.name,
  fixture_gen.pick(ARRAY['email', 'letter', 'web-form', 'phone'], 'grv', k), 'DPO-' || (1000 + k * 3),
  CASE WHEN rt = 'export' THEN 's3://kestrel-dpo-exports/' || to_char(ra, 'YYYY/MM') || '/' || fixture_gen.ascii(p.name) || '-' || p.i || '.json' END,
  CASE WHEN rt = 'export' THEN lgen.rnd('gdl', k, 43) END,
  CASE WHEN rt = 'export' THEN ra + interval '7 days' END,
  CASE WHEN k % 3 = 0 THEN 1 ELSE 9 END,
  CASE fixture_gen.n('grn', k, 5)
    WHEN 0 THEN 'Called back on ' || p.phone || ' to verify identity; asked for the export by post to ' || p.street || ', ' || p.postcode || ' ' || p.city || '.'
    WHEN 1 THEN 'Requester is the daughter (' || fixture_gen.full_name('grd', k) || '), power of attorney on file.'
    WHEN 2 THEN 'Also deleted from HubSpot and Shopware.'
    WHEN 3 THEN NULL
    ELSE 'Complained that we kept mailing after unsubscribing; apologised.' END,
  CASE WHEN k < 36 THEN 'done' ELSE 'open' END, ra, CASE WHEN k < 36 THEN ra + make_interval(days => 1 + k % 20) END
FROM generate_series(1, 40) k CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['export', 'erasure', 'erasure', 'rectification', 'objection'], 'grt', k) AS rt, lgen.at('gra', k, '2022-03-01', '2025-06-25') AS ra) x
  JOIN lgen.p p ON p.i = 1 + fixture_gen.n('grs', k, 360);

-- Spring Ride registrations (the event form posts here and subscribes to list 10 or 11).
CREATE TABLE mailops.event_registrations (
    id                       SERIAL PRIMARY KEY,
    event_slug               TEXT NOT NULL,
    subscriber_id            INTEGER REFERENCES subscribers(id) ON DELETE SET NULL,
    first_name               TEXT NOT NULL,
    last_name                TEXT NOT NULL,
    email                    TEXT NOT NULL,
    mobile                   TEXT,
    date_of_birth            DATE,
    emergency_contact_name   TEXT,
    emergency_contact_phone  TEXT,
    tshirt_size              TEXT,
    bike_model               TEXT,
    frame_serial             TEXT,
    dietary_requirements     TEXT,
    medical_notes            TEXT,
    club_name                TEXT,
    start_no                 INTEGER,
    registered_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_in               BOOLEAN NOT NULL DEFAULT false,
    checked_in_at            TIMESTAMP WITH TIME ZONE
);
INSERT INTO mailops.event_registrations (event_slug, subscriber_id, first_name, last_name, email, mobile, date_of_birth, emergency_contact_name, emergency_contact_phone, tshirt_size, bike_model,
  frame_serial, dietary_requirements, medical_notes, club_name, start_no, registered_at, checked_in, checked_in_at)
SELECT ev, p.i, p.first, p.last, p.email, p.phone, p.birthday,
  fixture_gen.first_name('erc', p.i) || ' ' || p.last, fixture_gen.phone('ercp', p.i),
  fixture_gen.pick(ARRAY['S', 'M', 'L', 'XL', 'XXL'], 'ts', p.i),
  fixture_gen.pick(ARRAY['Kestrel Trail 7', 'Kestrel Gravel E', 'Kestrel Urban 3', 'other brand'], 'erbm', p.i),
  CASE WHEN p.i % 3 = 0 THEN 'KST' || fixture_gen.digits('fs', p.i, 9) END,
  fixture_gen.pick(ARRAY['none', 'vegetarian', 'vegan', 'gluten-free', 'halal', 'none', 'none'], 'erd', p.i),
  CASE fixture_gen.n('erm', p.i, 6) WHEN 0 THEN 'Type 1 diabetic, carries insulin in the saddle bag.' WHEN 1 THEN 'Knee surgery last year, may take the short loop.' WHEN 2 THEN 'Allergic to bee stings (EpiPen).' END,
  CASE WHEN p.i % 4 = 0 THEN fixture_gen.pick(ARRAY['RSV Leipzig 1893', 'ADFC Leipzig', 'Velo Club Halle', 'e-MTB Harz'], 'club', p.i) END,
  row_number() OVER (PARTITION BY ev ORDER BY p.i)::int + 100,
  CASE ev WHEN 'spring-ride-2024' THEN timestamptz '2024-02-01 08:00:00+00' ELSE timestamptz '2025-02-01 08:00:00+00' END + make_interval(secs => fixture_gen.n('erra', p.i, 6000000)),
  ev = 'spring-ride-2024' AND p.i % 5 <> 0,
  CASE WHEN ev = 'spring-ride-2024' AND p.i % 5 <> 0 THEN timestamptz '2024-04-20 07:30:00+00' + make_interval(secs => fixture_gen.n('erci', p.i, 5400)) END
FROM lgen.p p CROSS JOIN LATERAL (SELECT CASE WHEN p.i % 8 = 1 THEN 'spring-ride-2024' ELSE 'spring-ride-2025' END AS ev) x
WHERE p.i % 8 IN (1, 2);

-- The dealer directory behind the dealer locator and the dealer list.
CREATE TABLE mailops.dealer_directory (
    id              SERIAL PRIMARY KEY,
    subscriber_id   INTEGER REFERENCES subscribers(id) ON DELETE SET NULL,
    shop_name       TEXT NOT NULL,
    contact_person  TEXT,
    vat_number      TEXT,
    phone           TEXT,
    street          TEXT,
    postcode        TEXT,
    city            TEXT,
    country         CHAR(2) NOT NULL,
    latitude        NUMERIC(9, 6),
    longitude       NUMERIC(9, 6),
    tier            TEXT NOT NULL,
    website         TEXT,
    rebate_iban     TEXT,
    account_manager INTEGER REFERENCES users(id) ON DELETE SET NULL,
    notes           TEXT,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO mailops.dealer_directory (subscriber_id, shop_name, contact_person, vat_number, phone, street, postcode, city, country, latitude, longitude, tier, website, rebate_iban, account_manager, notes, updated_at)
SELECT p.i, p.company, p.name, p.vat, p.phone, p.street, p.postcode, p.city, p.country,
  (47 + fixture_gen.n('lat', p.i, 800000)::numeric / 100000)::numeric(9, 6), (6 + fixture_gen.n('lon', p.i, 900000)::numeric / 100000)::numeric(9, 6),
  fixture_gen.pick(ARRAY['gold', 'silver', 'service-point'], 'tier', p.i), 'https://www.' || fixture_gen.ascii(p.company) || '.de',
  fixture_gen.iban_for('dib', p.i), 7,
  CASE fixture_gen.n('ddn', p.i, 4) WHEN 0 THEN 'Owner ' || p.first || ' prefers WhatsApp: ' || p.phone || '. Closed Mondays.' WHEN 1 THEN 'Late payer in 2023, now on prepayment.' WHEN 2 THEN 'Trained on the K2 drive unit (March 2024).' END,
  lgen.at('ddu', p.i, '2024-01-01', '2025-06-25')
FROM lgen.p p WHERE p.kind = 'dealer';

-- Subject-line A/B tests.
CREATE TABLE mailops.ab_tests (
    id             SERIAL PRIMARY KEY,
    campaign_id    INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    variant        CHAR(1) NOT NULL,
    subject        TEXT NOT NULL,
    from_name      TEXT NOT NULL,
    split_percent  SMALLINT NOT NULL,
    sent           INTEGER NOT NULL DEFAULT 0,
    opens          INTEGER NOT NULL DEFAULT 0,
    clicks         INTEGER NOT NULL DEFAULT 0,
    winner         BOOLEAN NOT NULL DEFAULT false,
    decided_at     TIMESTAMP WITH TIME ZONE
);
INSERT INTO mailops.ab_tests (campaign_id, variant, subject, from_name, split_percent, sent, opens, clicks, winner, decided_at)
SELECT cp.id, v, CASE v WHEN 'A' THEN cp.subject ELSE '🚲 ' || cp.subject END, CASE v WHEN 'A' THEN 'Kestrel Cycles' ELSE 'Kestrel Cycles Leipzig' END, 10, cp.sent / 10,
  fixture_gen.n('abo', cp.id * 2 + ascii(v), 20), fixture_gen.n('abc', cp.id * 2 + ascii(v), 6), (cp.id + ascii(v)) % 2 = 0, cp.started_at + interval '4 hours'
FROM campaigns cp, unnest(ARRAY['A', 'B']) v WHERE cp.status = 'finished' AND cp.id % 3 = 0;

-- Scheduled exports to the agency and the data warehouse.
CREATE TABLE mailops.scheduled_exports (
    id               SERIAL PRIMARY KEY,
    name             TEXT NOT NULL,
    query            TEXT NOT NULL,
    destination_url  TEXT NOT NULL,
    schedule         TEXT NOT NULL,
    last_run_at      TIMESTAMP WITH TIME ZONE,
    last_status      TEXT,
    last_error       TEXT,
    created_by       INTEGER REFERENCES users(id) ON DELETE SET NULL
);
INSERT INTO mailops.scheduled_exports (name, query, destination_url, schedule, last_run_at, last_status, last_error, created_by) VALUES
  ('Nightly subscribers to warehouse', 'SELECT id, uuid, status, created_at, attribs->>''country'' AS country FROM subscribers', 'sftp://etl_kestrel:' || lgen.rnd('sftp', 1, 20) || '@sftp.dwh.kestrel.internal:22/incoming/listmonk/', '0 2 * * *', '2025-06-29 02:00:11+00', 'ok', NULL, 8),
  ('Dealer list for the field team', 'SELECT name, email, attribs->>''phone'' AS phone, attribs->''address'' AS address FROM subscribers s JOIN subscriber_lists sl ON sl.subscriber_id = s.id WHERE sl.list_id = 7', 'https://kestrelcycles.sharepoint.com/sites/dealers/Shared%20Documents/export.csv', '0 6 * * 1', '2025-06-23 06:00:04+00', 'ok', NULL, 7),
  ('Agency: engagement by campaign', 'SELECT campaign_id, day, views, clicks FROM mailops.campaign_daily_stats', 'ftps://brightwave-agency:' || lgen.rnd('ftps', 1, 16) || '@ftp.brightwave.agency/kestrel/', '30 5 * * *', '2025-06-29 05:30:02+00', 'error', '530 Login incorrect.', 3),
  ('Bounces to CRM', 'SELECT s.email, b.type, b.created_at FROM bounces b JOIN subscribers s ON s.id = b.subscriber_id', 'https://api.hubapi.com/crm/v3/imports?hapikey=' || 'pat-eu1-' || fixture_gen.uuid('hubpat', 1), '15 * * * *', '2025-06-30 06:15:00+00', 'ok', NULL, 8),
  ('Spring Ride start list', 'SELECT start_no, first_name, last_name, club_name FROM mailops.event_registrations WHERE event_slug = ''spring-ride-2025''', 's3://kestrel-events/spring-ride-2025/startlist.csv', '0 7 * * *', '2025-04-26 07:00:00+00', 'ok', NULL, 2);

-- The relay's delivery log, loaded from Postfix's logs.
CREATE TABLE mailops.smtp_send_log (
    id             BIGSERIAL PRIMARY KEY,
    queued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    message_id     TEXT NOT NULL,
    campaign_uuid  UUID,
    rcpt_to        TEXT NOT NULL,
    mail_from      TEXT NOT NULL,
    relay_host     TEXT NOT NULL,
    relay_ip       INET,
    status         TEXT NOT NULL,
    dsn            TEXT,
    smtp_response  TEXT,
    delay_ms       INTEGER
);
INSERT INTO mailops.smtp_send_log (queued_at, message_id, campaign_uuid, rcpt_to, mail_from, relay_host, relay_ip, status, dsn, smtp_response, delay_ms)
SELECT cp.started_at + make_interval(secs => k * 7), '<' || fixture_gen.uuid('msg', k) || '@lists.kestrelcycles.com>', cp.uuid, p.email, 'bounces@kestrelcycles.com',
  'mx.' || split_part(p.email, '@', 2), ('62.' || fixture_gen.n('rip', k, 255) || '.' || fixture_gen.n('rip2', k, 255) || '.' || (1 + k % 250))::inet,
  st, CASE st WHEN 'sent' THEN '2.0.0' WHEN 'deferred' THEN '4.2.2' ELSE '5.1.1' END,
  CASE st WHEN 'sent' THEN '250 2.0.0 OK ' || fixture_gen.digits('qid', k, 10) || ' - gsmtp' WHEN 'deferred' THEN '452 4.2.2 <' || p.email || '>: mailbox full' ELSE '550 5.1.1 <' || p.email || '>: Recipient address rejected: User unknown in virtual mailbox table' END,
  50 + fixture_gen.n('dly', k, 4000)
FROM generate_series(1, 300) k JOIN lgen.p p ON p.i = 1 + fixture_gen.n('ssl', k, 360) JOIN campaigns cp ON cp.id = 1 + fixture_gen.n('sslc', k, 55)
  CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['sent', 'sent', 'sent', 'sent', 'sent', 'deferred', 'bounced'], 'sst', k) AS st) x
WHERE cp.started_at IS NOT NULL;

-- Replies to newsletters that reach the reply-to inbox, triaged by the team.
CREATE TABLE mailops.feedback_replies (
    id             SERIAL PRIMARY KEY,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    from_address   TEXT NOT NULL,
    from_name      TEXT,
    subject        TEXT NOT NULL,
    body_text      TEXT NOT NULL,
    campaign_uuid  UUID,
    assigned_to    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    tag            TEXT,
    resolved       BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO mailops.feedback_replies (received_at, from_address, from_name, subject, body_text, campaign_uuid, assigned_to, tag, resolved)
SELECT cp.started_at + make_interval(secs => 3600 + fixture_gen.n('frr', k, 300000)), p.email, p.name, 'Re: ' || cp.subject,
  CASE fixture_gen.n('frb', k, 5)
    WHEN 0 THEN 'Hello, my display shows error E07 since the update. Frame ' || 'KST' || fixture_gen.digits('fs', p.i, 9) || '. You can reach me on ' || p.phone || '. ' || p.first
    WHEN 1 THEN 'Please change my address, I moved to ' || p.street || ', ' || p.postcode || ' ' || p.city || '. Thanks, ' || p.name
    WHEN 2 THEN 'Love the new Harz routes! Will there be one near ' || p.city || '?'
    WHEN 3 THEN 'Out of office until Monday. For urgent matters contact my colleague ' || fixture_gen.full_name('fro', k) || ' at ' || fixture_gen.email('fro', k) || '.'
    ELSE 'Unsubscribe me. ' || p.name || E'\n--\n' || p.name || E'\n' || coalesce(p.company, '') || E'\nMobile ' || p.phone END,
  cp.uuid, (ARRAY[2, 3, 4, 6, 7, NULL])[1 + k % 6], fixture_gen.pick(ARRAY['support', 'address-change', 'praise', 'auto-reply', 'unsubscribe'], 'frt', k), k % 4 <> 0
FROM generate_series(1, 70) k JOIN lgen.p p ON p.i = 1 + fixture_gen.n('frs', k, 360) JOIN campaigns cp ON cp.id = 1 + fixture_gen.n('frc', k, 55)
WHERE cp.started_at IS NOT NULL;

SELECT fixture_gen.reset_sequences('public');
SELECT fixture_gen.reset_sequences('mailops');

SET client_min_messages = warning;
DROP SCHEMA lgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
