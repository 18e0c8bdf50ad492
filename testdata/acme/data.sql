-- testdata/acme/data.sql — deterministic data generator of the "acme" fixture.
--
-- Load after schema.sql, as a superuser:
--   PGOPTIONS='-c acme.scale=0.1' psql -v ON_ERROR_STOP=1 -X -q -f data.sql
-- (or SET acme.scale = '0.1' earlier in the same session). Missing or empty
-- acme.scale means 1. Row counts are formulas of the scale: see README.md.
--
-- Pure SQL, no psql meta-commands. No random(): every value is derived from
-- md5/sha256 of a tag and the row number, so two loads at the same scale (on
-- clusters with the same lc_ctype, which only affects tsvector lexing) give
-- byte-identical tables. All helper functions and work tables live in pg_temp
-- and vanish with the session.

SET client_min_messages = warning;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 1;
SET jit = off;  -- JIT would spend ~1 s per statement compiling the big generated expressions

BEGIN;  -- one transaction: the billing.accounts <-> billing.contacts FKs are DEFERRED

------------------------------------------------------------------------------
-- Scale and row counts
------------------------------------------------------------------------------
CREATE TEMP TABLE acme_p ON COMMIT DROP AS
WITH s AS (
  SELECT coalesce(nullif(btrim(current_setting('acme.scale', true)), ''), '1')::numeric AS scale
)
SELECT scale,
       greatest(10,  round(500    * scale))::int AS orgs,
       greatest(40,  round(10000  * scale))::int AS users,
       greatest(20,  round(20000  * scale))::int AS customers,
       greatest(10,  round(2000   * scale))::int AS products,
       greatest(50,  round(100000 * scale))::int AS orders,
       greatest(10,  round(5000   * scale))::int AS posts,
       greatest(20,  round(50000  * scale))::int AS comments,
       greatest(20,  round(50000  * scale))::int AS audit,
       greatest(100, round(200000 * scale))::int AS page_views,
       greatest(20,  round(15000  * scale))::int AS sessions,
       greatest(5,   round(3000   * scale))::int AS api_tokens,
       greatest(3,   round(200    * scale))::int AS oauth_clients,
       greatest(3,   round(300    * scale))::int AS webhooks,
       greatest(5,   round(2000   * scale))::int AS invitations
FROM s;

DO $check$
BEGIN
  IF (SELECT scale FROM acme_p) <= 0 THEN
    RAISE EXCEPTION 'acme.scale must be > 0, got %', current_setting('acme.scale', true);
  END IF;
END
$check$;

ALTER TABLE acme_p ADD COLUMN accounts int, ADD COLUMN upo int;
UPDATE acme_p SET accounts = orgs - orgs / 10,   -- every 10th organization has no billing account
                  upo = users / orgs;            -- users per organization (>= 1)

------------------------------------------------------------------------------
-- Deterministic helpers (pg_temp: nothing is left behind in the database)
------------------------------------------------------------------------------
-- 60-bit non-negative hash of a text
CREATE FUNCTION pg_temp.h(t text) RETURNS bigint STABLE LANGUAGE sql AS
$$ SELECT ('x' || substr(md5(t), 1, 15))::bit(60)::bigint $$;

CREATE FUNCTION pg_temp.pick(a text[], t text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT a[1 + (pg_temp.h(t) % cardinality(a))::int] $$;

-- k-th (0..3) 32-bit slice of an md5 hex digest: four independent values from one md5
CREATE FUNCTION pg_temp.hx(m text, k int) RETURNS bigint STABLE LANGUAGE sql AS
$$ SELECT ('x' || substr(m, 8 * k + 1, 8))::bit(32)::bigint $$;

-- n decimal digits (n <= 30; n is a constant at every call site, so the CASE folds away)
CREATE FUNCTION pg_temp.digits(t text, n int) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT CASE WHEN n <= 15 THEN substr(lpad((pg_temp.h(t) % 1000000000000000)::text, 15, '0'), 1, n)
               ELSE substr(lpad((pg_temp.h(t) % 1000000000000000)::text, 15, '0')
                           || lpad((pg_temp.h(t || ':2') % 1000000000000000)::text, 15, '0'), 1, n) END $$;

-- n base62 characters
CREATE FUNCTION pg_temp.b62(t text, n int) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT substr(translate(encode(sha256(convert_to(t, 'UTF8')) || sha256(convert_to(t || '#', 'UTF8')), 'base64'),
                           E'+/=\n', ''), 1, n) $$;

CREATE FUNCTION pg_temp.ts(base timestamptz, span_days int, t text) RETURNS timestamptz STABLE LANGUAGE sql AS
$$ SELECT base + (pg_temp.h(t) % (span_days::bigint * 86400)) * interval '1 second' $$;

-- an IP address: IPv6 (2001:db8::/32) when sel % 10 = 0, else IPv4
CREATE FUNCTION pg_temp.ipx(sel bigint, val bigint) RETURNS inet STABLE LANGUAGE sql AS
$$ SELECT CASE WHEN sel % 10 = 0 THEN '2001:db8::1'::inet + (val % 1099511627776) * 65537 ELSE '1.0.0.1'::inet + val % 3690987519 END $$;

CREATE FUNCTION pg_temp.ip(t text) RETURNS inet STABLE LANGUAGE sql AS
$$ SELECT pg_temp.ipx(pg_temp.h('v6' || t), pg_temp.h(t)) $$;

CREATE FUNCTION pg_temp.first_name(k text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT pg_temp.pick(ARRAY['Anna','Liam','Olivia','Noah','Emma','Lucas','Mia','Mateo','Sofia','Elias',
  'Léa','José','Zoë','Łukasz','Søren','François','Jürgen','Aoife','Chloé','Ravi','Priya','Wei','Yuki','Kenji',
  'Fatima','Omar','Amara','Kwame','Ingrid','Björn','Ana','João','Marta','Pablo','Giulia','Marco','Hannah','Felix',
  'Clara','David','Sarah','Michael','Laura','Daniel','Julia','Thomas','Nina','Jan','Eva','Tomás','Siobhan',
  'Aleksandra','Dmitri','Olga','Mehmet','Elif','Hiroshi','Grace','Samuel','Isabella'], 'fn' || k) $$;

CREATE FUNCTION pg_temp.last_name(k text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT pg_temp.pick(ARRAY['Smith','Müller','García','Rossi','Dubois','Jansen','Kowalski','Nielsen','O''Brien',
  'Nguyen','Kim','Tanaka','Silva','Santos','Schmidt','Schneider','Fischer','Weber','Martin','Bernard','López',
  'Martínez','González','Fernández','Bianchi','Romano','Novak','Horváth','Andersson','Johansson','Larsen','Hansen',
  'Virtanen','Murphy','Kelly','Walsh','Patel','Shah','Singh','Chen','Wang','Li','Sato','Suzuki','Costa','Pereira',
  'Ivanova','Petrov','Yılmaz','Demir','Cohen','Levi','Okafor','Mensah','Van der Berg','De Vries','Brown','Taylor',
  'Wilson','Dupont-Moreau'], 'ln' || k) $$;

-- ASCII transliteration (case kept). Text that feeds a tsvector goes through it,
-- because tsvector lexing of upper-case non-ASCII letters depends on lc_ctype.
CREATE FUNCTION pg_temp.ascii(x text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT translate(x, 'Łáàâäãåçéèêëíìîïñóòôöõøúùûüýÿłšžćńığşß',
                       'Laaaaaaceeeeiiiinoooooouuuuyylszcnigss') $$;

-- ASCII, lower-case local-part material (no locale-dependent lower() on non-ASCII)
CREATE FUNCTION pg_temp.emailpart(x text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT lower(translate(pg_temp.ascii(x), ''' -', '')) $$;

-- "City|CC|phone prefix"
CREATE FUNCTION pg_temp.place(k text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT pg_temp.pick(ARRAY['Berlin|DE|49','Munich|DE|49','Hamburg|DE|49','Paris|FR|33','Lyon|FR|33',
  'Madrid|ES|34','Barcelona|ES|34','Rome|IT|39','Milan|IT|39','Amsterdam|NL|31','Rotterdam|NL|31',
  'Stockholm|SE|46','Warsaw|PL|48','Kraków|PL|48','Vienna|AT|43','Zürich|CH|41','Toronto|CA|1','Sydney|AU|61',
  'Tokyo|JP|81','São Paulo|BR|55','Bengaluru|IN|91','Dublin|IE|353','Copenhagen|DK|45','Oslo|NO|47',
  'Helsinki|FI|358','Brussels|BE|32','Lisbon|PT|351','Prague|CZ|420','Mexico City|MX|52','Auckland|NZ|64',
  'Singapore|SG|65','Cape Town|ZA|27','Seoul|KR|82','Buenos Aires|AR|54','Luxembourg|LU|352',
  'New York|US|1','San Francisco|US|1','Austin|US|1','London|GB|44','Manchester|GB|44','Edinburgh|GB|44'], 'pl' || k) $$;

CREATE FUNCTION pg_temp.street(k text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT (1 + pg_temp.h('sn' || k) % 240) || ' ' || pg_temp.pick(ARRAY['Main Street','Hauptstraße','Rue de la Paix',
  'Calle Mayor','Via Roma','Kerkstraat','Storgatan','Elm Street','Baker Street','Oak Avenue','Rua Augusta',
  'Ulica Długa','Bahnhofstraße','Avenue des Champs','Queen Street','King''s Road'], 'st' || k) $$;

CREATE FUNCTION pg_temp.phone(prefix text, k text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT '+' || prefix || ' ' || overlay(pg_temp.digits('ph' || k, 10) PLACING ' ' FROM 4 FOR 0) $$;

CREATE FUNCTION pg_temp.uax(n bigint) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT (ARRAY[
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'acme-cli/2.3.1 (linux; go1.22)'])[1 + (n % 5)::int] $$;

CREATE FUNCTION pg_temp.user_agent(k text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT pg_temp.uax(pg_temp.h('ua' || k)) $$;

CREATE FUNCTION pg_temp.org_name(o bigint) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT pg_temp.pick(ARRAY['Blue','Bright','Silver','Northern','Rapid','Quiet','Golden','Iron','Clever','Urban',
     'Green','Swift','Bold','Prime','Lucky','Solar','Coastal','Alpine','Crimson','Hidden'], 'oa' || o)
   || ' ' || pg_temp.pick(ARRAY['Harbor','Falcon','Pixel','Orchard','Summit','Anchor','Beacon','Canyon','Cedar','Comet',
     'Delta','Ember','Forge','Glacier','Maple','Meadow','Nimbus','Quarry','Ridge','Willow'], 'on' || o)
   || ' ' || pg_temp.pick(ARRAY['Labs','Logistics','Systems','Studio','Foods','Health','Analytics','Partners','Works',
     'Robotics'], 'os' || o) $$;

CREATE FUNCTION pg_temp.org_slug(o bigint) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT lower(replace(pg_temp.org_name(o), ' ', '-')) || '-' || o $$;

CREATE FUNCTION pg_temp.org_plan(o bigint) RETURNS smallint STABLE LANGUAGE sql AS
$$ SELECT (1 + pg_temp.h('plan' || o) % 4)::smallint $$;

CREATE FUNCTION pg_temp.org_currency(o bigint) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT pg_temp.pick(ARRAY['EUR','EUR','USD','GBP'], 'cur' || o) $$;

-- users: user u belongs to organization 1 + (u-1) % orgs; user o (o <= orgs) is org o's owner candidate
CREATE FUNCTION pg_temp.user_email(u bigint, orgs int) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT pg_temp.emailpart(pg_temp.first_name('u' || u)) || '.' || pg_temp.emailpart(pg_temp.last_name('u' || u))
          || u || '@' || pg_temp.org_slug(1 + (u - 1) % orgs) || '.example.com' $$;

CREATE FUNCTION pg_temp.user_full_name(u bigint) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT pg_temp.first_name('u' || u) || ' ' || pg_temp.last_name('u' || u) $$;

CREATE FUNCTION pg_temp.user_phone(u bigint) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT CASE WHEN pg_temp.h('uph' || u) % 5 <> 0
               THEN pg_temp.phone(split_part(pg_temp.place('u' || u), '|', 3), 'u' || u) END $$;

-- a member of organization o
CREATE FUNCTION pg_temp.member(o bigint, orgs int, upo int, t text) RETURNS bigint STABLE LANGUAGE sql AS
$$ SELECT o + orgs::bigint * (pg_temp.h(t) % upo) $$;

CREATE FUNCTION pg_temp.customer_ref(c bigint) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT 'CUS-' || lpad(c::text, 8, '0') || '-' || upper(substr(md5('cref' || c), 1, 4)) $$;

CREATE FUNCTION pg_temp.person_email(k text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT pg_temp.emailpart(pg_temp.first_name(k)) || '.' || pg_temp.emailpart(pg_temp.last_name(k))
          || (pg_temp.h('pe' || k) % 1000) || '@'
          || pg_temp.pick(ARRAY['example.com','example.net','example.org','mail.example','inbox.example'], 'pd' || k) $$;

CREATE FUNCTION pg_temp.price(p bigint) RETURNS numeric STABLE LANGUAGE sql AS
$$ SELECT round((100 + pg_temp.h('price' || p) % 49900) / 100.0, 2) $$;

-- payment card number of billing.payment_methods row k (Luhn-valid)
CREATE FUNCTION pg_temp.luhn(payload text) RETURNS text STABLE LANGUAGE sql AS $$
  SELECT payload || ((10 - sum(CASE WHEN (length(payload) - pos) % 2 = 0
                                    THEN (d * 2) / 10 + (d * 2) % 10 ELSE d END) % 10) % 10)::text
  FROM generate_series(1, length(payload)) AS pos, LATERAL (SELECT substr(payload, pos, 1)::int AS d) AS x
$$;

CREATE FUNCTION pg_temp.card_brand(k bigint) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT CASE WHEN k = 1 THEN 'visa' WHEN k = 2 THEN 'mastercard'
               ELSE (ARRAY['visa','visa','mastercard','amex'])[1 + (pg_temp.h('brand' || k) % 4)::int] END $$;

CREATE FUNCTION pg_temp.card_number(k bigint) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT CASE WHEN k = 1 THEN '4111111111111111'
               WHEN k = 2 THEN '5555555555554444'
               ELSE CASE pg_temp.card_brand(k)
                 WHEN 'visa'       THEN pg_temp.luhn('4' || pg_temp.digits('card' || k, 14))
                 WHEN 'mastercard' THEN pg_temp.luhn('5' || (1 + pg_temp.h('mc' || k) % 5) || pg_temp.digits('card' || k, 13))
                 ELSE                   pg_temp.luhn('3' || pg_temp.pick(ARRAY['4','7'], 'ax' || k) || pg_temp.digits('card' || k, 12))
               END END $$;

-- IBAN with valid ISO 13616 check digits (all-numeric BBANs)
CREATE FUNCTION pg_temp.iban(cc text, bban text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT cc || lpad((98 - ((bban || (ascii(substr(cc, 1, 1)) - 55)::text || (ascii(substr(cc, 2, 1)) - 55)::text || '00')::numeric % 97))::text, 2, '0') || bban $$;

CREATE FUNCTION pg_temp.some_iban(t text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT CASE pg_temp.h('ibc' || t) % 3
            WHEN 0 THEN pg_temp.iban('DE', pg_temp.digits('iban' || t, 18))
            WHEN 1 THEN pg_temp.iban('AT', pg_temp.digits('iban' || t, 16))
            ELSE        pg_temp.iban('ES', pg_temp.digits('iban' || t, 20)) END $$;

CREATE FUNCTION pg_temp.bcrypt(t text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT '$2b$12$' || substr(translate(encode(sha256(convert_to('bc' || t, 'UTF8')) || sha256(convert_to('bc2' || t, 'UTF8')), 'base64'), '+', '.'), 1, 53) $$;

CREATE FUNCTION pg_temp.argon2(t text) RETURNS text STABLE LANGUAGE sql AS
$$ SELECT '$argon2id$v=19$m=65536,t=3,p=4$'
          || rtrim(encode(decode(md5('salt' || t), 'hex'), 'base64'), '=') || '$'
          || rtrim(encode(sha256(convert_to('ar' || t, 'UTF8')), 'base64'), '=') $$;

------------------------------------------------------------------------------
-- Reference data
------------------------------------------------------------------------------
INSERT INTO public.countries (code, name, phone_prefix) VALUES
  ('AR','Argentina','54'), ('AT','Austria','43'), ('AU','Australia','61'), ('BE','Belgium','32'),
  ('BR','Brazil','55'), ('CA','Canada','1'), ('CH','Switzerland','41'), ('CZ','Czechia','420'),
  ('DE','Germany','49'), ('DK','Denmark','45'), ('ES','Spain','34'), ('FI','Finland','358'),
  ('FR','France','33'), ('GB','United Kingdom','44'), ('IE','Ireland','353'), ('IN','India','91'),
  ('IT','Italy','39'), ('JP','Japan','81'), ('KR','South Korea','82'), ('LU','Luxembourg','352'),
  ('MX','Mexico','52'), ('NL','Netherlands','31'), ('NO','Norway','47'), ('NZ','New Zealand','64'),
  ('PL','Poland','48'), ('PT','Portugal','351'), ('SE','Sweden','46'), ('SG','Singapore','65'),
  ('US','United States','1'), ('ZA','South Africa','27');

INSERT INTO public.plans (id, code, name, monthly_price, features) VALUES
  (1, 'free',       'Free',       0.00,   '{api}'),
  (2, 'starter',    'Starter',    29.00,  '{api,webhooks}'),
  (3, 'team',       'Team',       99.00,  '{api,webhooks,sso}'),
  (4, 'enterprise', 'Enterprise', 499.00, '{api,webhooks,sso,audit_log,"dedicated support"}');

INSERT INTO public.app_settings (key, value, is_secret, description, updated_at) VALUES
  ('site_name',              'Acme Cloud',                                            false, 'Product name shown in the UI',          '2024-01-02 09:00:00+00'),
  ('default_locale',         'en_US',                                                 false, 'Fallback locale',                      '2024-01-02 09:00:00+00'),
  ('support_email',          'support@acme.example',                                  false, 'Shown in the footer',                  '2024-01-02 09:00:00+00'),
  ('max_upload_mb',          '25',                                                    false, NULL,                                   '2024-01-02 09:00:00+00'),
  ('feature.new_checkout',   'true',                                                  false, 'Feature flag',                         '2024-03-15 12:30:00+00'),
  ('feature.dark_mode',      'false',                                                 false, 'Feature flag',                         '2024-03-15 12:30:00+00'),
  ('feature.beta_reports',   'true',                                                  false, 'Feature flag',                         '2024-06-01 08:00:00+00'),
  ('smtp_host',              'smtp.mailgun.example',                                  false, 'Outgoing mail relay',                  '2024-01-02 09:00:00+00'),
  ('smtp_port',              '587',                                                   false, NULL,                                   '2024-01-02 09:00:00+00'),
  ('smtp_user',              'postmaster@mg.acme.example',                            true,  'SMTP login',                           '2024-01-02 09:00:00+00'),
  ('smtp_password',          'SMTP-Pl4nted-Passw0rd-91ac',                            true,  'SMTP password',                        '2024-01-02 09:00:00+00'),
  ('stripe_publishable_key', 'pk_live_51AcmePl4ntedPublishableKey000000000000001',    false, 'Stripe publishable key',               '2024-01-02 09:00:00+00'),
  ('stripe_secret_key',      'sk_live_51AcmePl4ntedStripeSecretKey0000000000000001',  true,  'Payment gateway secret key',           '2024-01-02 09:00:00+00'),
  ('stripe_webhook_secret',  'whsec_AcmePl4ntedStripeWebhookSecret0001',              true,  'Stripe webhook signing secret',        '2024-01-02 09:00:00+00'),
  ('orders_webhook_url',     'https://acme-bot:Wh00k-Pl4nted-P4ss@hooks.example.com/acme/orders', true, 'Order events endpoint', '2024-02-10 16:45:00+00'),
  ('slack_webhook_url',      'https://hooks.slack.com/services/T0ACME000/B0ACME000/AcmePl4ntedSlackToken01', true, 'Ops alerts', '2024-02-10 16:45:00+00'),
  ('aws_access_key_id',      'AKIAACMEPL4NTED00001',                                  true,  'S3 uploads',                           '2024-01-02 09:00:00+00'),
  ('aws_secret_access_key',  'AcmePl4ntedAwsSecretAccessKey/0000000001',             true,  'S3 uploads',                           '2024-01-02 09:00:00+00'),
  ('github_token',           'ghp_AcmePl4ntedGithubT0ken00000000000001',             true,  'Release automation',                   '2024-01-02 09:00:00+00'),
  ('jwt_signing_secret',     'jwt-Pl4nted-Signing-Secret-acme-7e21',                  true,  'Session JWT HMAC key',                 '2024-01-02 09:00:00+00'),
  ('reporting_database_url', 'postgres://acme_app:Acme-App-R0le-Pw!2024@prod-db.internal:5432/acme', true, 'Read replica for reports', '2024-01-02 09:00:00+00'),
  ('sentry_dsn',             'https://AcmePl4ntedSentryKey0001@o0.ingest.sentry.example/1', true, 'Error tracking',            '2024-01-02 09:00:00+00');

-- Category tree, 4 levels: 5 roots, 4 children each, 3 grandchildren each, 2 leaves each.
INSERT INTO public.categories (id, parent_id, name, slug, depth, "order")
SELECT i, NULL, n, lower(replace(n, ' ', '-')), 1, i
FROM unnest(ARRAY['Electronics','Home and Garden','Apparel','Books','Sports']) WITH ORDINALITY AS t(n, i);

INSERT INTO public.categories (id, parent_id, name, slug, depth, "order")
SELECT 5 + i, 1 + (i - 1) / 4, n, lower(replace(n, ' ', '-')) || '-' || (5 + i), 2, 1 + (i - 1) % 4
FROM unnest(ARRAY['Audio','Computers','Phones','Cameras','Furniture','Kitchen','Garden','Lighting','Men','Women',
                  'Kids','Shoes','Fiction','Non-fiction','Comics','Textbooks','Outdoor','Fitness','Cycling',
                  'Water Sports']) WITH ORDINALITY AS t(n, i);

INSERT INTO public.categories (id, parent_id, name, slug, depth, "order")
SELECT 25 + i, 6 + (i - 1) / 3, q || ' ' || p.name, lower(q) || '-' || p.slug || '-' || (25 + i), 3, 1 + (i - 1) % 3
FROM generate_series(1, 60) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['Premium','Budget','Refurbished'])[1 + (i - 1) % 3] AS q) AS x
JOIN public.categories p ON p.id = 6 + (i - 1) / 3;

INSERT INTO public.categories (id, parent_id, name, slug, depth, "order")
SELECT 85 + i, 26 + (i - 1) / 2, q || ' ' || p.name, lower(q) || '-' || p.slug || '-' || (85 + i), 4, 1 + (i - 1) % 2
FROM generate_series(1, 120) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['New','Used'])[1 + (i - 1) % 2] AS q) AS x
JOIN public.categories p ON p.id = 26 + (i - 1) / 2;

------------------------------------------------------------------------------
-- Organizations (owner_user_id filled in after users: FK cycle)
------------------------------------------------------------------------------
INSERT INTO public.organizations (id, name, slug, plan_id, owner_user_id, billing_email, country_code, settings, created_at, updated_at)
SELECT o,
       pg_temp.org_name(o),
       pg_temp.org_slug(o),
       pg_temp.org_plan(o),
       NULL,
       CASE WHEN o % 5 <> 0 THEN 'billing@' || pg_temp.org_slug(o) || '.example.com' END,
       CASE WHEN o % 11 <> 0 THEN split_part(pg_temp.place('org' || o), '|', 2) END,
       jsonb_build_object(
         'billing', jsonb_build_object('email', pg_temp.user_email(o, p.orgs), 'name', pg_temp.user_full_name(o)),
         'contacts', jsonb_build_array(
            jsonb_build_object('email', pg_temp.user_email(o, p.orgs), 'phone', pg_temp.user_phone(o)),
            jsonb_build_object('email', pg_temp.person_email('orgc' || o), 'phone',
                               pg_temp.phone(split_part(pg_temp.place('orgc' || o), '|', 3), 'orgc' || o),
                               'name', pg_temp.first_name('orgc' || o) || ' ' || pg_temp.last_name('orgc' || o))),
         'theme', pg_temp.pick(ARRAY['light','dark','system'], 'theme' || o),
         'timezone', pg_temp.pick(ARRAY['Europe/Berlin','America/New_York','Asia/Tokyo','UTC'], 'tz' || o))
       || CASE WHEN o % 3 = 1 THEN jsonb_build_object('sso', jsonb_build_object(
            'provider', 'okta',
            'client_id', '0oa' || substr(md5('sso' || o), 1, 17),
            'client_secret', CASE WHEN o = 1 THEN 'sso_Pl4ntedOktaClientSecret_0001' ELSE 'sso_' || pg_temp.b62('sso' || o, 32) END))
          ELSE '{}'::jsonb END,
       pg_temp.ts('2021-01-01 00:00:00+00', 365, 'orgc' || o),
       pg_temp.ts('2021-01-01 00:00:00+00', 365, 'orgc' || o)
FROM acme_p p CROSS JOIN generate_series(1, p.orgs) AS o;

------------------------------------------------------------------------------
-- Users
------------------------------------------------------------------------------
INSERT INTO public.users (id, organization_id, email, username, first_name, last_name, phone, birth_date, locale, role,
                          password_hash, mfa_otp_secret, last_login_ip, last_login_at, avatar, tags, created_at, updated_at, deleted_at)
SELECT u,
       1 + (u - 1) % p.orgs,
       pg_temp.user_email(u, p.orgs),
       left(pg_temp.emailpart(pg_temp.first_name('u' || u)), 12) || '_' || u,
       pg_temp.first_name('u' || u),
       pg_temp.last_name('u' || u),
       pg_temp.user_phone(u),
       CASE WHEN pg_temp.h('bd' || u) % 10 < 7 THEN date '1950-01-01' + (pg_temp.h('bdd' || u) % 18250)::int END,
       pg_temp.pick(ARRAY['en_US','en_GB','de_DE','fr_FR','es_ES','ja_JP','pt_BR'], 'loc' || u),
       CASE WHEN u <= p.orgs THEN 'owner' WHEN pg_temp.h('role' || u) % 10 = 0 THEN 'admin' ELSE 'member' END,
       CASE WHEN pg_temp.h('pwk' || u) % 20 = 0 THEN NULL                       -- SSO-only
            WHEN pg_temp.h('pwk' || u) % 20 <= 5 THEN pg_temp.argon2('u' || u)
            ELSE pg_temp.bcrypt('u' || u) END,
       CASE WHEN pg_temp.h('mfa' || u) % 10 < 3 THEN translate(upper(md5('otp' || u)), '0189', 'WXYZ') END,
       CASE WHEN pg_temp.h('ll' || u) % 10 <> 0 THEN pg_temp.ip('login' || u) END,
       CASE WHEN pg_temp.h('ll' || u) % 10 <> 0 THEN pg_temp.ts('2024-01-01 00:00:00+00', 366, 'lla' || u) END,
       CASE WHEN pg_temp.h('av' || u) % 10 < 4 THEN decode('89504e470d0a1a0a0000000d' || md5('av' || u) || '00ff00' || md5('av2' || u), 'hex') END,
       CASE pg_temp.h('tags' || u) % 4 WHEN 0 THEN '{}'::text[] WHEN 1 THEN ARRAY['beta'] WHEN 2 THEN ARRAY['vip','beta'] ELSE ARRAY['churn-risk'] END,
       pg_temp.ts('2022-01-01 00:00:00+00', 1096, 'uc' || u),
       pg_temp.ts('2022-01-01 00:00:00+00', 1096, 'uc' || u) + (pg_temp.h('uu' || u) % 1000) * interval '1 hour',
       CASE WHEN u > p.orgs AND pg_temp.h('del' || u) % 33 = 0 THEN pg_temp.ts('2024-06-01 00:00:00+00', 180, 'ud' || u) END
FROM acme_p p CROSS JOIN generate_series(1, p.users) AS u;

-- close the cycle: org o is owned by user o, except every 7th organization (no owner)
UPDATE public.organizations o
SET owner_user_id = o.id,
    updated_at = o.created_at + interval '1 day'   -- explicit, so the updated_at trigger keeps it
WHERE o.id % 7 <> 0;

INSERT INTO public.user_sessions (id, user_id, session_token, ip, user_agent, created_at, expires_at)
SELECT md5('sess' || s)::uuid,
       1 + pg_temp.h('su' || s) % p.users,
       'sess_' || encode(sha256(convert_to('session' || s, 'UTF8')), 'hex'),
       pg_temp.ip('sip' || s),
       pg_temp.user_agent('s' || s),
       pg_temp.ts('2024-01-01 00:00:00+00', 366, 'sc' || s),
       pg_temp.ts('2024-01-01 00:00:00+00', 366, 'sc' || s) + interval '30 days'
FROM acme_p p CROSS JOIN generate_series(1, p.sessions) AS s;

INSERT INTO public.api_tokens (id, user_id, organization_id, name, kind, token, secret, scopes, last_used_ip, last_used_at, created_at, revoked_at)
SELECT t, x.uid, 1 + (x.uid - 1) % p.orgs, x.kind || ' key ' || t, x.kind,
       CASE WHEN t = 1 THEN 'sk_live_AcmePl4ntedApiT0ken00000000001'
            WHEN t = 2 THEN 'ghp_AcmePl4ntedUserT0ken0000000000000002'
            WHEN t = 3 THEN 'AKIAACMEPL4NTED00003'
            WHEN x.kind = 'stripe' THEN 'sk_live_' || pg_temp.b62('tok' || t, 32)
            WHEN x.kind = 'github' THEN 'ghp_' || pg_temp.b62('tok' || t, 36)
            ELSE 'AKIA' || upper(substr(md5('tok' || t), 1, 16)) END,
       CASE WHEN t = 3 THEN 'AcmePl4ntedAwsUserSecretKey/000000000003'
            WHEN x.kind = 'aws' THEN substr(encode(sha256(convert_to('awss' || t, 'UTF8')), 'base64'), 1, 40) END,
       CASE x.kind WHEN 'stripe' THEN ARRAY['charges:write','customers:read']
                   WHEN 'github' THEN ARRAY['repo','read:org'] ELSE ARRAY['s3:PutObject'] END,
       CASE WHEN t % 4 <> 0 THEN pg_temp.ip('tip' || t) END,
       CASE WHEN t % 4 <> 0 THEN pg_temp.ts('2024-06-01 00:00:00+00', 200, 'tlu' || t) END,
       pg_temp.ts('2023-01-01 00:00:00+00', 500, 'tc' || t),
       CASE WHEN t % 5 = 0 THEN pg_temp.ts('2024-06-01 00:00:00+00', 200, 'tr' || t) END
FROM acme_p p CROSS JOIN generate_series(1, p.api_tokens) AS t
CROSS JOIN LATERAL (SELECT 1 + pg_temp.h('tu' || t) % p.users AS uid,
                           (ARRAY['stripe','github','aws'])[1 + (t - 1) % 3] AS kind) AS x;

INSERT INTO public.oauth_clients (id, organization_id, name, client_id, client_secret, redirect_uris, created_by_user_id, created_at)
SELECT md5('oauth' || k)::uuid, x.o,
       pg_temp.pick(ARRAY['Zapier integration','Internal dashboard','Mobile app','Partner portal','CLI'], 'ocn' || k),
       'acme_ci_' || substr(md5('ocid' || k), 1, 20),
       CASE WHEN k = 1 THEN 'acme_cs_Pl4ntedOAuthClientSecret00000001' ELSE 'acme_cs_' || pg_temp.b62('ocs' || k, 40) END,
       ARRAY['https://' || pg_temp.org_slug(x.o) || '.example.com/oauth/callback', 'http://localhost:3000/callback'],
       CASE WHEN x.o % 7 <> 0 THEN x.o END,
       pg_temp.ts('2023-01-01 00:00:00+00', 600, 'occ' || k)
FROM acme_p p CROSS JOIN generate_series(1, p.oauth_clients) AS k
CROSS JOIN LATERAL (SELECT 1 + (k - 1) % p.orgs AS o) AS x;

INSERT INTO public.webhooks (id, organization_id, url, signing_secret, events, active, created_by_user_id, created_at)
SELECT k, x.o,
       CASE WHEN k = 1 THEN 'https://hookuser1:Wh00k-Us3r-Pl4nted@hooks.example.com/acme/' || pg_temp.org_slug(x.o)
            WHEN k % 4 = 0 THEN 'https://hooks.example.com/acme/' || pg_temp.org_slug(x.o) || '/' || k
            WHEN k % 4 = 2 THEN 'https://hooks.example.com/acme/' || k || '?token=' || pg_temp.b62('wht' || k, 24)
            ELSE 'https://hook' || k || ':' || pg_temp.b62('whp' || k, 16) || '@hooks.example.com/acme/' || pg_temp.org_slug(x.o) END,
       'whsec_' || pg_temp.b62('whs' || k, 32),
       CASE k % 3 WHEN 0 THEN ARRAY['order.created','order.paid'] WHEN 1 THEN ARRAY['invoice.paid'] ELSE ARRAY['user.created','user.deleted','order.created'] END,
       k % 6 <> 0,
       CASE WHEN k % 2 = 0 AND x.o % 7 <> 0 THEN x.o END,
       pg_temp.ts('2023-01-01 00:00:00+00', 600, 'whc' || k)
FROM acme_p p CROSS JOIN generate_series(1, p.webhooks) AS k
CROSS JOIN LATERAL (SELECT 1 + (k - 1) % p.orgs AS o) AS x;

-- every 3rd invitation was accepted: its email is the accepting user's email
INSERT INTO public.invitations (id, organization_id, email, invited_by_user_id, accepted_user_id, token, created_at, expires_at)
SELECT k, x.o,
       CASE WHEN k % 3 = 0 THEN pg_temp.user_email(x.acc, p.orgs) ELSE pg_temp.person_email('inv' || k) END,
       CASE WHEN x.o % 7 <> 0 THEN x.o END,
       CASE WHEN k % 3 = 0 THEN x.acc END,
       'inv_' || pg_temp.b62('inv' || k, 32),
       pg_temp.ts('2023-06-01 00:00:00+00', 540, 'ic' || k),
       pg_temp.ts('2023-06-01 00:00:00+00', 540, 'ic' || k) + interval '7 days'
FROM acme_p p CROSS JOIN generate_series(1, p.invitations) AS k
CROSS JOIN LATERAL (SELECT 1 + (k - 1) % p.orgs AS o) AS x0
CROSS JOIN LATERAL (SELECT x0.o, pg_temp.member(x0.o, p.orgs, p.upo, 'inva' || k) AS acc) AS x;

INSERT INTO public.user_preferences (user_id, key, value, updated_at)
SELECT u, k.key,
       CASE k.key
         WHEN 'theme'  THEN jsonb_build_object('mode', pg_temp.pick(ARRAY['light','dark','system'], 'pt' || u))
         WHEN 'locale' THEN jsonb_build_object('locale', pg_temp.pick(ARRAY['en_US','de_DE','fr_FR','ja_JP'], 'pl' || u), 'timezone', 'UTC')
         ELSE jsonb_build_object('frequency', pg_temp.pick(ARRAY['daily','weekly'], 'pf' || u), 'email', pg_temp.user_email(u, p.orgs))
       END,
       pg_temp.ts('2024-01-01 00:00:00+00', 366, 'pu' || u || k.key)
FROM acme_p p CROSS JOIN generate_series(1, p.users) AS u
CROSS JOIN LATERAL (VALUES ('theme'), ('locale'), ('digest')) AS k(key)
WHERE k.key <> 'digest' OR u % 3 = 1;

INSERT INTO public.projects (id, organization_id, name, lead_user_id, budget, starts_on, created_at)
SELECT k, x.o,
       pg_temp.pick(ARRAY['Website relaunch','Data migration','Mobile app','Q3 campaign','SOC 2 audit','Warehouse move'], 'prn' || k) || ' ' || k,
       CASE WHEN k % 5 <> 0 THEN pg_temp.member(x.o, p.orgs, p.upo, 'prl' || k) END,
       CASE WHEN k % 4 <> 0 THEN round((pg_temp.h('prb' || k) % 10000000) / 100.0, 2) END,
       date '2024-01-01' + (pg_temp.h('prs' || k) % 366)::int,
       pg_temp.ts('2023-06-01 00:00:00+00', 365, 'prc' || k)
FROM acme_p p CROSS JOIN generate_series(1, 4 * p.orgs) AS k
CROSS JOIN LATERAL (SELECT 1 + (k - 1) / 4 AS o) AS x;

------------------------------------------------------------------------------
-- Catalog and commerce
------------------------------------------------------------------------------
INSERT INTO public.products (id, category_id, sku, name, description, price, tags, image, created_at)
SELECT i,
       CASE WHEN pg_temp.h('pcat' || i) % 10 = 0 THEN 26 + pg_temp.h('pc3' || i) % 60 ELSE 86 + pg_temp.h('pc4' || i) % 120 END,
       'SKU-' || lpad(i::text, 8, '0'),
       x.name,
       CASE WHEN i % 8 <> 0 THEN 'The ' || lower(x.name) || ' you have been waiting for. ' ||
            pg_temp.pick(ARRAY['Ships in 2 days.','Limited edition.','Bestseller in its category.','Eco-friendly packaging.'], 'pdd' || i) END,
       pg_temp.price(i),
       CASE i % 5 WHEN 0 THEN '{}'::text[] WHEN 1 THEN ARRAY['new'] WHEN 2 THEN ARRAY['sale','clearance'] WHEN 3 THEN ARRAY['eco'] ELSE ARRAY['bestseller','new'] END,
       CASE WHEN i % 2 = 0 THEN decode('ffd8ffe000104a464946' || md5('img' || i) || '0000', 'hex') END,
       pg_temp.ts('2022-01-01 00:00:00+00', 730, 'pcr' || i)
FROM acme_p p CROSS JOIN generate_series(1, p.products) AS i
CROSS JOIN LATERAL (SELECT pg_temp.pick(ARRAY['Wireless','Compact','Ergonomic','Vintage','Smart','Heavy-duty','Organic','Ultra-light'], 'pa' || i)
                           || ' ' || pg_temp.pick(ARRAY['Headphones','Desk Lamp','Backpack','Blender','Novel','Running Shoes','Tent','Keyboard','Camera','Chair','Jacket','Water Bottle'], 'pn' || i)
                           || ' ' || upper(substr(md5('pm' || i), 1, 3)) AS name) AS x;

INSERT INTO public.customers (id, organization_id, external_ref, first_name, last_name, email, phone, street, city, postcode,
                              country_code, birth_date, notes, metadata, search, marketing_opt_in, created_at)
SELECT c, 1 + (c - 1) % p.orgs, pg_temp.customer_ref(c), x.fn, x.ln, x.email,
       CASE WHEN c % 6 <> 0 THEN pg_temp.phone(x.prefix, 'c' || c) END,
       x.street, x.city,
       pg_temp.digits('pc' || c, 5),
       x.cc,
       CASE WHEN c % 4 <> 0 THEN date '1945-01-01' + (pg_temp.hx(x.m, 0) % 21000)::int END,
       CASE WHEN c % 10 < 3 THEN
         (ARRAY['Spoke with ','Call back ','Complaint from ','VIP: '])[1 + (pg_temp.hx(x.m, 1) % 4)::int] || x.fn || ' ' || x.ln ||
         ' (' || x.email || ') on ' || to_char(date '2024-01-01' + (pg_temp.hx(x.m, 2) % 300)::int, 'YYYY-MM-DD') ||
         '; handled by ' || pg_temp.user_full_name(1 + pg_temp.hx(x.m, 3) % p.users) || '. ' ||
         CASE pg_temp.hx(x.m, 1) / 4 % 4
           WHEN 0 THEN 'Prefers phone contact.'
           WHEN 1 THEN 'Asked to be removed from newsletter.'
           WHEN 2 THEN 'Lives at ' || x.street || ', ' || x.city || '.'
           ELSE 'Birthday coming up.' END
       END,
       jsonb_build_object('source', (ARRAY['web','import','api','sales'])[1 + (pg_temp.hx(x.m, 2) / 300 % 4)::int],
                          'billing', jsonb_build_object('email', x.email, 'name', x.fn || ' ' || x.ln),
                          'contacts', CASE WHEN c % 3 = 0 THEN jsonb_build_array(jsonb_build_object('email', pg_temp.person_email('cc2' || c), 'phone', pg_temp.phone('44', 'cc2' || c), 'relation', 'assistant'))
                                           ELSE '[]'::jsonb END),
       to_tsvector('simple', pg_temp.ascii(x.fn || ' ' || x.ln || ' ' || x.email || ' ' || x.city)),  -- unaccented, as search often is
       c % 3 = 0,
       pg_temp.ts('2022-01-01 00:00:00+00', 1000, 'ccr' || c)
FROM acme_p p CROSS JOIN generate_series(1, p.customers) AS c
CROSS JOIN LATERAL (SELECT pg_temp.first_name('c' || c) AS fn, pg_temp.last_name('c' || c) AS ln,
                           pg_temp.person_email('c' || c) AS email, pg_temp.street('c' || c) AS street,
                           split_part(pl, '|', 1) AS city, split_part(pl, '|', 2) AS cc, split_part(pl, '|', 3) AS prefix,
                           md5('cust' || c) AS m
                    FROM (SELECT pg_temp.place('c' || c) AS pl OFFSET 0) AS y OFFSET 0) AS x;

-- The three largest tables are loaded with their foreign keys dropped and then
-- re-added from their own catalog definitions (pg_get_constraintdef), which
-- validates every row in one pass instead of one locking lookup per row. The
-- resulting catalog is the one schema.sql created (same names, same clauses).
CREATE TEMP TABLE acme_fks ON COMMIT DROP AS
SELECT c.oid AS con_oid, c.conrelid::regclass::text AS tbl, c.conname, pg_get_constraintdef(c.oid) AS def
FROM pg_constraint c
WHERE c.contype = 'f' AND c.conparentid = 0
  AND c.conrelid IN ('public.orders'::regclass, 'public.order_items'::regclass, 'public.page_views'::regclass);

DO $drop$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM acme_fks ORDER BY con_oid LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
  END LOOP;
END
$drop$;

-- order i has 1 + i % 4 items; item (i, k) gets id offset(i) + k, offset(i) = sum over j < i of (1 + j % 4)
CREATE TEMP TABLE acme_items ON COMMIT DROP AS
SELECT (i - 1) + 6 * ((i - 1) / 4) + (ARRAY[0, 1, 3, 6])[1 + (i - 1) % 4] + k AS id,
       i AS order_id, x.product_id, x.quantity, pr.price AS unit_price
FROM acme_p p CROSS JOIN generate_series(1, p.orders) AS i CROSS JOIN generate_series(1, 1 + i % 4) AS k
CROSS JOIN LATERAL (SELECT (1 + pg_temp.hx(m, 0) % p.products)::int AS product_id, (1 + pg_temp.hx(m, 1) % 5)::int AS quantity
                    FROM (SELECT md5('oi' || i || ':' || k) AS m OFFSET 0) AS y OFFSET 0) AS x
JOIN public.products pr ON pr.id = x.product_id;

CREATE TEMP TABLE acme_order_sums ON COMMIT DROP AS
SELECT order_id, sum(quantity * unit_price) AS subtotal FROM acme_items GROUP BY order_id;

INSERT INTO public.orders (id, order_no, organization_id, customer_ref, placed_by_user_id, status, status_history, currency,
                           subtotal, tax, shipping_address, notes, client_ip, tags, placed_at, updated_at)
SELECT i, 100000 + i, cu.organization_id, cu.external_ref,
       CASE WHEN pg_temp.hx(r.m1, 2) % 10 >= 3 THEN cu.organization_id + p.orgs::bigint * (pg_temp.hx(r.m1, 2) / 10 % p.upo) END,
       y.status,
       CASE y.status
         WHEN 'pending'   THEN '{pending}'
         WHEN 'paid'      THEN '{pending,paid}'
         WHEN 'shipped'   THEN '{pending,paid,shipped}'
         WHEN 'delivered' THEN '{pending,paid,shipped,delivered}'
         WHEN 'cancelled' THEN '{pending,cancelled}'
         ELSE                  '{pending,paid,shipped,delivered,refunded}' END::public.order_status[],
       pg_temp.org_currency(cu.organization_id),
       s.subtotal,
       round(s.subtotal * 0.19, 2),
       CASE WHEN i % 12 <> 0 THEN jsonb_build_object(
         'name', cu.first_name || ' ' || cu.last_name, 'street', cu.street, 'city', cu.city,
         'postcode', cu.postcode, 'country', cu.country_code, 'phone', cu.phone) END,
       CASE WHEN i % 10 = 0 THEN
         CASE pg_temp.hx(r.m2, 3) % 4
           WHEN 0 THEN 'Please call ' || cu.first_name || ' on ' || coalesce(cu.phone, 'the number on file') || ' before delivery.'
           WHEN 1 THEN 'Gift for ' || pg_temp.first_name('og' || i) || ' ' || pg_temp.last_name('og' || i) || ', leave at reception.'
           WHEN 2 THEN 'Invoice to ' || cu.email::text || ' please.'
           ELSE 'Customer asked to combine with order #' || (100000 + 1 + pg_temp.hx(r.m2, 3) / 4 % p.orders) || '.' END
       END,
       pg_temp.ipx(pg_temp.hx(r.m2, 1), pg_temp.hx(r.m2, 2)),
       CASE i % 7 WHEN 0 THEN ARRAY['gift'] WHEN 1 THEN ARRAY['express','b2b'] WHEN 2 THEN ARRAY['b2c'] ELSE '{}'::text[] END,
       y.placed_at,
       y.placed_at + (pg_temp.hx(r.m2, 0) % 720) * interval '1 hour'
FROM acme_p p CROSS JOIN generate_series(1, p.orders) AS i
CROSS JOIN LATERAL (SELECT md5('ord' || i) AS m1, md5('ord2' || i) AS m2 OFFSET 0) AS r
CROSS JOIN LATERAL (SELECT (CASE
                              WHEN b < 5  THEN 'pending'
                              WHEN b < 25 THEN 'paid'
                              WHEN b < 45 THEN 'shipped'
                              WHEN b < 88 THEN 'delivered'
                              WHEN b < 95 THEN 'cancelled'
                              ELSE 'refunded' END)::public.order_status AS status,
                           timestamptz '2023-01-01 00:00:00+00' + (pg_temp.hx(r.m1, 3) % (731 * 86400)) * interval '1 second' AS placed_at
                    FROM (SELECT pg_temp.hx(r.m1, 1) % 100 AS b) AS bb OFFSET 0) AS y
JOIN acme_order_sums s ON s.order_id = i
JOIN public.customers cu ON cu.id = 1 + pg_temp.hx(r.m1, 0) % p.customers
ORDER BY i;

INSERT INTO public.order_items (id, order_id, product_id, quantity, unit_price)
SELECT id, order_id, product_id, quantity, unit_price FROM acme_items ORDER BY id;

------------------------------------------------------------------------------
-- Content: posts, polymorphic comments, audit log (no PK, duplicates)
------------------------------------------------------------------------------
INSERT INTO public.posts (id, organization_id, author_id, title, body, tags, published_at)
OVERRIDING SYSTEM VALUE
SELECT i,
       CASE WHEN x.author IS NULL THEN 1 + i % p.orgs ELSE 1 + (x.author - 1) % p.orgs END,
       x.author,
       pg_temp.pick(ARRAY['Release notes','How we migrated to Postgres 15','Quarterly update','Customer story',
                          'Incident report','Hiring update'], 'ptt' || i) || ' #' || i,
       'Written by ' || pg_temp.ascii(pg_temp.user_full_name(coalesce(x.author, 1 + pg_temp.h('pa2' || i) % p.users))) || '. ' ||
       'Thanks to ' || pg_temp.ascii(mu.full_name) || ' (' || mu.email::text || ') for the review. ' ||
       pg_temp.pick(ARRAY['We shipped faster checkout and fixed several bugs.',
                          'Questions? Reply to this post or call us.',
                          'The outage lasted 14 minutes; no data was lost.',
                          'We are growing the team in Berlin and Lisbon.'], 'ptb' || i),
       CASE i % 4 WHEN 0 THEN ARRAY['release'] WHEN 1 THEN ARRAY['engineering','postgres'] WHEN 2 THEN '{}'::text[] ELSE ARRAY['company'] END,
       CASE WHEN i % 7 <> 0 THEN pg_temp.ts('2023-01-01 00:00:00+00', 731, 'ppub' || i) END
FROM acme_p p CROSS JOIN generate_series(1, p.posts) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.h('pau' || i) % 10 <> 0 THEN 1 + pg_temp.h('pa' || i) % p.users END AS author,
                           1 + pg_temp.h('pmn' || i) % p.users AS mention OFFSET 0) AS x
JOIN public.users mu ON mu.id = x.mention
ORDER BY i;

-- 40% on orders (j % 5 in 0,1), 60% on posts; every target exists
INSERT INTO public.comments (id, commentable_type, commentable_id, author_id, body, created_at)
SELECT j,
       CASE WHEN j % 5 < 2 THEN 'Order' ELSE 'Post' END,
       CASE WHEN j % 5 < 2 THEN 1 + pg_temp.hx(r.m, 0) % p.orders ELSE 1 + pg_temp.hx(r.m, 0) % p.posts END,
       CASE WHEN pg_temp.hx(r.m, 1) % 20 <> 0 THEN 1 + pg_temp.hx(r.m, 1) / 20 % p.users END,
       CASE pg_temp.hx(r.m, 2) % 4
         WHEN 0 THEN '@' || mu.full_name || ' can you take a look? Reach them at ' || mu.email::text || '.'
         WHEN 1 THEN 'Customer ' || cu.first_name || ' ' || cu.last_name || ' <' || cu.email::text || '> called about this.'
         WHEN 2 THEN 'Looks good to me.'
         ELSE 'Forwarded to ' || mu.email::text || ', phone ' || coalesce(mu.phone, 'unknown') || '.'
       END,
       timestamptz '2023-01-01 00:00:00+00' + (pg_temp.hx(r.m, 3) % (731 * 86400)) * interval '1 second'
FROM acme_p p CROSS JOIN generate_series(1, p.comments) AS j
CROSS JOIN LATERAL (SELECT md5('cm' || j) AS m OFFSET 0) AS r
JOIN public.users mu ON mu.id = 1 + pg_temp.hx(r.m, 2) / 4 % p.users
JOIN public.customers cu ON cu.id = 1 + pg_temp.hx(r.m, 3) / 4 % p.customers
ORDER BY j;

-- audit_events: rows 1..A, then an exact duplicate of every 500th row
INSERT INTO public.audit_events (occurred_at, actor_user_id, action, ip, details)
SELECT timestamptz '2024-01-01 00:00:00+00' + (pg_temp.hx(r.m, 0) % (366 * 86400)) * interval '1 second',
       au.id,
       x.action,
       pg_temp.ipx(pg_temp.hx(r.m, 2), pg_temp.hx(r.m2, 0)),
       CASE WHEN au.id IS NULL
            THEN jsonb_build_object('job', (ARRAY['nightly-export','billing-run','cleanup'])[1 + (pg_temp.hx(r.m2, 1) % 3)::int],
                                    'rows', pg_temp.hx(r.m2, 2) % 5000)
            ELSE jsonb_build_object('email', au.email::text,
                                    'user_agent', pg_temp.uax(pg_temp.hx(r.m2, 1)),
                                    'request_id', r.m2::uuid)
                 || CASE WHEN x.action = 'settings.change'
                         THEN jsonb_build_object('changes', jsonb_build_object('phone', jsonb_build_array(au.phone, pg_temp.phone('49', 'aen' || k))))
                         ELSE '{}'::jsonb END
       END
FROM acme_p p
CROSS JOIN generate_series(1, p.audit + p.audit / 500) AS g
CROSS JOIN LATERAL (SELECT CASE WHEN g <= p.audit THEN g ELSE (g - p.audit) * 500 END AS k) AS kk
CROSS JOIN LATERAL (SELECT md5('ae' || kk.k) AS m, md5('ae2' || kk.k) AS m2 OFFSET 0) AS r
CROSS JOIN LATERAL (SELECT (ARRAY['user.login','user.login','order.update','settings.change','api_token.create','export.download'])[1 + (pg_temp.hx(r.m, 3) % 6)::int] AS action) AS x
LEFT JOIN public.users au ON pg_temp.hx(r.m, 1) % 10 <> 0 AND au.id = 1 + pg_temp.hx(r.m, 1) / 10 % p.users
ORDER BY g;

------------------------------------------------------------------------------
-- Inheritance: notifications (ONLY parent) + email_/sms_notifications
------------------------------------------------------------------------------
INSERT INTO public.notifications (id, user_id, subject, body, created_at, read_at)
SELECT u.id, u.id, 'Welcome to Acme Cloud', 'Hi ' || u.first_name || ', your workspace is ready.',
       pg_temp.ts('2024-01-01 00:00:00+00', 366, 'nc' || u.id),
       CASE WHEN u.id % 3 <> 0 THEN pg_temp.ts('2024-01-01 00:00:00+00', 366, 'nc' || u.id) + interval '2 hours' END
FROM public.users u
ORDER BY u.id;

INSERT INTO public.email_notifications (id, user_id, subject, body, created_at, read_at, to_address, message_id)
SELECT p.users + j, u.id,
       (ARRAY['Your invoice is ready','Password reset requested','New login from a new device'])[1 + (pg_temp.hx(r.m, 0) % 3)::int],
       'Dear ' || u.full_name || ', this message was sent to ' || u.email::text || '.',
       x.created_at,
       CASE WHEN j % 4 = 0 THEN x.created_at + interval '1 day' END,
       u.email,
       '<' || r.m || '@mg.acme.example>'
FROM acme_p p CROSS JOIN generate_series(1, 2 * p.users) AS j
CROSS JOIN LATERAL (SELECT md5('en' || j) AS m OFFSET 0) AS r
CROSS JOIN LATERAL (SELECT timestamptz '2024-01-01 00:00:00+00' + (pg_temp.hx(r.m, 1) % (366 * 86400)) * interval '1 second' AS created_at) AS x
JOIN public.users u ON u.id = 1 + (j - 1) % p.users
ORDER BY j;

INSERT INTO public.sms_notifications (id, user_id, subject, body, created_at, read_at, to_phone, provider_message_id)
SELECT 3 * p.users + j, u.id, 'Login code',
       'Your Acme login code is ' || pg_temp.digits('sms' || j, 6),
       pg_temp.ts('2024-01-01 00:00:00+00', 366, 'snc' || j),
       NULL,
       coalesce(u.phone, pg_temp.phone('1', 'sms' || j)),
       'SM' || md5('smsid' || j)
FROM acme_p p CROSS JOIN generate_series(1, p.users / 2) AS j
JOIN public.users u ON u.id = 2 * j
ORDER BY j;

------------------------------------------------------------------------------
-- Partitioned page_views (2023-12-01 .. 2025-01-31: Dec 2023 and Jan 2025 land in the DEFAULT partition)
------------------------------------------------------------------------------
INSERT INTO public.page_views (id, organization_id, user_id, session_id, path, referrer, ip, user_agent, viewed_at)
SELECT v, x.o,
       x.uid,
       md5('pvs' || (v / 7))::uuid,
       CASE WHEN ru.id IS NOT NULL THEN '/reset-password?email=' || replace(ru.email::text, '@', '%40')
            ELSE (ARRAY['/','/pricing','/docs','/login','/app/orders','/app/settings/profile','/blog/','/app/orders/'])[1 + (pg_temp.hx(r.m1, 2) / 50 % 8)::int]
                 || CASE pg_temp.hx(r.m1, 2) / 50 % 8
                      WHEN 6 THEN (1 + pg_temp.hx(r.m1, 3) % p.posts)::text
                      WHEN 7 THEN (1 + pg_temp.hx(r.m1, 3) % p.orders)::text
                      ELSE '' END
       END,
       (ARRAY[NULL,'https://www.google.com/','https://news.ycombinator.com/','https://t.co/abc','https://duckduckgo.com/'])[1 + (pg_temp.hx(r.m2, 0) % 5)::int],
       pg_temp.ipx(pg_temp.hx(r.m2, 0) / 5, pg_temp.hx(r.m2, 1)),
       pg_temp.uax(pg_temp.hx(r.m2, 2)),
       timestamptz '2023-12-01 00:00:00+00' + (pg_temp.hx(r.m2, 3) % (427 * 86400)) * interval '1 second'
FROM acme_p p CROSS JOIN generate_series(1, p.page_views) AS v
CROSS JOIN LATERAL (SELECT md5('pv' || v) AS m1, md5('pv2' || v) AS m2 OFFSET 0) AS r
CROSS JOIN LATERAL (SELECT 1 + pg_temp.hx(r.m1, 0) % p.orgs AS o) AS x0
CROSS JOIN LATERAL (SELECT x0.o,
                           CASE WHEN pg_temp.hx(r.m1, 1) % 10 >= 4 THEN x0.o + p.orgs::bigint * (pg_temp.hx(r.m1, 1) / 10 % p.upo) END AS uid,
                           CASE WHEN pg_temp.hx(r.m1, 2) % 50 = 0 THEN x0.o + p.orgs::bigint * (pg_temp.hx(r.m1, 3) % p.upo) END AS reset_uid) AS x
LEFT JOIN public.users ru ON ru.id = x.reset_uid
ORDER BY v;

DO $readd$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM acme_fks ORDER BY con_oid LOOP
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', r.tbl, r.conname, r.def);
  END LOOP;
END
$readd$;

------------------------------------------------------------------------------
-- billing: accounts <-> contacts (deferred NOT NULL cycle), cards, IBANs, invoices
------------------------------------------------------------------------------
-- account b belongs to the b-th organization whose id is not a multiple of 10;
-- contacts 1..2B: contact j belongs to account 1 + (j-1) % B; primary contact of
-- account b is b (b odd) or b + B (b even); contacts 2B+1.. are extras of accounts 3, 6, 9, ...
INSERT INTO billing.accounts (id, organization_id, name, primary_contact_id, vat_number, payout_iban, currency, balance, created_at)
SELECT b, x.o, pg_temp.org_name(x.o) || ' Billing',
       CASE WHEN b % 2 = 1 THEN b ELSE b + p.accounts END,
       CASE WHEN b % 4 <> 0 THEN 'DE' || pg_temp.digits('vat' || b, 9) END,
       CASE WHEN b % 2 = 0 THEN pg_temp.some_iban('payout' || b) END,
       pg_temp.org_currency(x.o),
       round(((pg_temp.h('bal' || b) % 200000) - 50000) / 100.0, 2),
       pg_temp.ts('2021-06-01 00:00:00+00', 365, 'bac' || b)
FROM acme_p p CROSS JOIN generate_series(1, p.accounts) AS b
CROSS JOIN LATERAL (SELECT b + (b - 1) / 9 AS o) AS x;

INSERT INTO billing.contacts (id, account_id, name, email, phone, street, city, postcode, country_code)
SELECT j, x.a,
       pg_temp.first_name('bc' || j) || ' ' || pg_temp.last_name('bc' || j),
       pg_temp.person_email('bc' || j),
       CASE WHEN j % 5 <> 0 THEN pg_temp.phone(split_part(x.place, '|', 3), 'bc' || j) END,
       pg_temp.street('bc' || j), split_part(x.place, '|', 1), pg_temp.digits('bcpc' || j, 5), split_part(x.place, '|', 2)
FROM acme_p p CROSS JOIN generate_series(1, 2 * p.accounts + p.accounts / 3) AS j
CROSS JOIN LATERAL (SELECT CASE WHEN j <= 2 * p.accounts THEN 1 + (j - 1) % p.accounts ELSE (j - 2 * p.accounts) * 3 END AS a,
                           pg_temp.place('bc' || j) AS place) AS x;

SET CONSTRAINTS billing.accounts_primary_contact_id_fkey, billing.contacts_account_id_fkey IMMEDIATE;  -- check the cycle now

-- 1..B: one default method per account (card unless k % 3 = 0: SEPA); B+1..B+B/2: extra cards of even accounts
INSERT INTO billing.payment_methods (id, account_id, kind, card_brand, card_number, card_last4, card_exp, cardholder_name, iban, is_default, created_at)
SELECT k, x.a, x.kind,
       CASE WHEN x.kind = 'card' THEN pg_temp.card_brand(k) END,
       CASE WHEN x.kind = 'card' THEN pg_temp.card_number(k) END,
       CASE WHEN x.kind = 'card' THEN right(pg_temp.card_number(k), 4) END,
       CASE WHEN x.kind = 'card' THEN lpad((1 + pg_temp.h('exm' || k) % 12)::text, 2, '0') || '/' || (25 + pg_temp.h('exy' || k) % 6) END,
       pg_temp.first_name('pm' || k) || ' ' || pg_temp.last_name('pm' || k),
       CASE WHEN x.kind = 'sepa_debit' THEN pg_temp.some_iban('pm' || k) END,
       k <= p.accounts,
       pg_temp.ts('2022-01-01 00:00:00+00', 700, 'pmc' || k)
FROM acme_p p CROSS JOIN generate_series(1, p.accounts + p.accounts / 2) AS k
CROSS JOIN LATERAL (SELECT CASE WHEN k <= p.accounts THEN k ELSE (k - p.accounts) * 2 END AS a,
                           CASE WHEN k <= p.accounts AND k % 3 = 0 THEN 'sepa_debit' ELSE 'card' END AS kind) AS x;

-- invoice lines: invoice (b, 202400+m) has 1 + (b + m) % 3 lines (24 per account); line 1 is the plan fee
CREATE TEMP TABLE acme_lines ON COMMIT DROP AS
SELECT b AS account_id, 202400 + m AS invoice_no, l AS line_no,
       CASE WHEN l = 1 THEN NULL ELSE (1 + pg_temp.h('ilp' || b || ':' || m || ':' || l) % p.products)::int END AS product_id,
       CASE WHEN l = 1 THEN 1 ELSE 1 + pg_temp.h('ilq' || b || ':' || m || ':' || l) % 10 END::numeric(12,2) AS quantity,
       m
FROM acme_p p CROSS JOIN generate_series(1, p.accounts) AS b, generate_series(1, 12) AS m, generate_series(1, 1 + (b + m) % 3) AS l;

CREATE TEMP TABLE acme_lines2 ON COMMIT DROP AS
SELECT l.account_id, l.invoice_no, l.line_no, l.product_id, l.quantity,
       CASE WHEN l.line_no = 1 THEN 'Acme ' || pl.name || ' plan, ' || to_char(make_date(2024, l.m, 1), 'FMMonth YYYY')
            ELSE 'Add-on: ' || pr.name END AS description,
       CASE WHEN l.line_no = 1 THEN pl.monthly_price ELSE pr.price END AS unit_price
FROM acme_lines l
JOIN billing.accounts a ON a.id = l.account_id
JOIN public.plans pl ON pl.id = pg_temp.org_plan(a.organization_id)
LEFT JOIN public.products pr ON pr.id = l.product_id;

CREATE TEMP TABLE acme_first_orders ON COMMIT DROP AS
SELECT organization_id, extract(month FROM placed_at)::int AS month, min(id) AS order_id
FROM public.orders
WHERE placed_at >= '2024-01-01 00:00:00+00' AND placed_at < '2025-01-01 00:00:00+00'
GROUP BY 1, 2;

CREATE TEMP TABLE acme_contact_lists ON COMMIT DROP AS
SELECT account_id, jsonb_agg(jsonb_build_object('email', email::text, 'phone', phone) ORDER BY id) AS contacts
FROM billing.contacts GROUP BY account_id;

CREATE TEMP TABLE acme_invoice_totals ON COMMIT DROP AS
SELECT account_id, invoice_no, sum(round(quantity * unit_price, 2)) AS total
FROM acme_lines2 GROUP BY 1, 2;

-- invoice (b, 202400+m) refers to the organization's first order of month m when (b + m) is even
INSERT INTO billing.invoices (account_id, invoice_no, order_id, status, issued_on, due_on, currency, total, bill_to, pdf)
SELECT a.id, 202400 + m,
       CASE WHEN (a.id + m) % 2 = 0 THEN fo.order_id END,
       x.status,
       make_date(2024, m, 1), make_date(2024, m, 1) + 14,
       a.currency,
       t.total,
       jsonb_build_object(
         'billing', jsonb_build_object('email', pc.email::text, 'name', pc.name),
         'contacts', cl.contacts,
         'address', jsonb_build_object('street', pc.street, 'city', pc.city, 'postcode', pc.postcode, 'country', pc.country_code),
         'vat_number', a.vat_number),
       CASE WHEN x.status <> 'void' THEN
         convert_to(E'%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Title (Invoice ' || a.id || '-' || (202400 + m) || E') >> endobj\n'
                    || 'Bill to: ' || pc.name || ' <' || pc.email::text || E'>\n'
                    || coalesce(pc.street || ', ' || pc.postcode || ' ' || pc.city, '') || E'\n%%EOF\n', 'UTF8') END
FROM billing.accounts a
CROSS JOIN generate_series(1, 12) AS m
CROSS JOIN LATERAL (SELECT CASE WHEN m = 12 THEN 'open'
                                WHEN pg_temp.h('iv' || a.id || ':' || m) % 25 = 0 THEN 'void'
                                ELSE 'paid' END AS status OFFSET 0) AS x
JOIN billing.contacts pc ON pc.id = a.primary_contact_id
JOIN acme_contact_lists cl ON cl.account_id = a.id
JOIN acme_invoice_totals t ON t.account_id = a.id AND t.invoice_no = 202400 + m
LEFT JOIN acme_first_orders fo ON fo.organization_id = a.organization_id AND fo.month = m
ORDER BY a.id, m;

INSERT INTO billing.invoice_lines (account_id, invoice_no, line_no, product_id, description, quantity, unit_price)
SELECT account_id, invoice_no, line_no, product_id, description, quantity, unit_price
FROM acme_lines2 ORDER BY account_id, invoice_no, line_no;

-- one payment per paid invoice (method = the account's default), then B/2 unallocated
-- payments (invoice_no NULL: the composite FK is not enforced, MATCH SIMPLE)
INSERT INTO billing.payments (id, account_id, invoice_no, payment_method_id, amount, currency, gateway_ref, client_ip, metadata, paid_at)
OVERRIDING SYSTEM VALUE
SELECT row_number() OVER (ORDER BY q.unallocated, q.account_id, q.invoice_no, q.n), q.account_id, q.invoice_no, q.pm, q.amount, q.currency,
       'ch_' || pg_temp.b62('gw' || q.account_id || ':' || coalesce(q.invoice_no, 0) || ':' || q.n, 24),
       pg_temp.ip('payip' || q.account_id || ':' || coalesce(q.invoice_no, 0)),
       jsonb_build_object('billing', jsonb_build_object('email', pc.email::text, 'name', pc.name))
         || CASE WHEN pm.kind = 'card' THEN jsonb_build_object('card', jsonb_build_object('brand', pm.card_brand, 'last4', pm.card_last4, 'number', pm.card_number))
                 WHEN pm.kind = 'sepa_debit' THEN jsonb_build_object('sepa', jsonb_build_object('iban', pm.iban))
                 ELSE '{}'::jsonb END,
       q.paid_at
FROM (
  SELECT false AS unallocated, i.account_id, i.invoice_no, 0 AS n, i.account_id::int AS pm, i.total AS amount, i.currency,
         i.issued_on + make_interval(days => (pg_temp.h('pd' || i.account_id || ':' || i.invoice_no) % 14)::int, hours => 9) AS paid_at
  FROM billing.invoices i WHERE i.status = 'paid'
  UNION ALL
  SELECT true, 2 * n, NULL, n, NULL, round((1000 + pg_temp.h('ua' || n) % 100000) / 100.0, 2), a.currency,
         pg_temp.ts('2024-01-01 00:00:00+00', 366, 'uap' || n)
  FROM acme_p p CROSS JOIN generate_series(1, p.accounts / 2) AS n JOIN billing.accounts a ON a.id = 2 * n
) AS q
JOIN billing.accounts a ON a.id = q.account_id
JOIN billing.contacts pc ON pc.id = a.primary_contact_id
LEFT JOIN billing.payment_methods pm ON pm.id = q.pm
ORDER BY 1;

------------------------------------------------------------------------------
-- "Analytics"
------------------------------------------------------------------------------
INSERT INTO "Analytics"."Daily Stats" ("Day", "Page Views", "Unique Visitors", "Signups", "Revenue")
SELECT d::date, coalesce(v.views, 0), coalesce(v.visitors, 0), coalesce(s.signups, 0), coalesce(r.revenue, 0)
FROM generate_series(timestamp '2024-01-01', timestamp '2024-12-31', interval '1 day') AS d
LEFT JOIN (SELECT (viewed_at AT TIME ZONE 'UTC')::date AS day, count(*) AS views, count(DISTINCT session_id) AS visitors
           FROM public.page_views GROUP BY 1) v ON v.day = d::date
LEFT JOIN (SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS signups
           FROM public.users GROUP BY 1) s ON s.day = d::date
LEFT JOIN (SELECT (placed_at AT TIME ZONE 'UTC')::date AS day, sum(total) AS revenue
           FROM public.orders WHERE status IN ('paid', 'shipped', 'delivered') GROUP BY 1) r ON r.day = d::date
ORDER BY 1;

INSERT INTO "Analytics"."Org Usage" ("Org ID", "Month", "Active Users", "API Calls")
SELECT o, make_date(2024, m, 1), 1 + pg_temp.h('oua' || o || ':' || m) % p.upo, pg_temp.h('ouc' || o || ':' || m) % 100000
FROM acme_p p CROSS JOIN generate_series(1, p.orgs) AS o, generate_series(1, 12) AS m
ORDER BY 1, 2;

REFRESH MATERIALIZED VIEW "Analytics".monthly_revenue;

------------------------------------------------------------------------------
-- Sequences past the loaded maximum
------------------------------------------------------------------------------
DO $seq$
DECLARE
  r record;
  m bigint;
BEGIN
  FOR r IN
    SELECT s.oid::regclass AS seq, c.oid::regclass AS tbl, a.attname AS col
    FROM pg_class s
    JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
                    AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    JOIN pg_class c ON c.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
    JOIN pg_namespace n ON n.oid = s.relnamespace
    WHERE s.relkind = 'S' AND n.nspname IN ('public', 'billing', 'Analytics')
  LOOP
    EXECUTE format('SELECT max(%I) FROM %s', r.col, r.tbl) INTO m;
    IF m IS NOT NULL THEN
      PERFORM setval(r.seq, m);
    END IF;
  END LOOP;
  -- the standalone sequence behind orders.order_no's default
  PERFORM setval('public.order_number_seq', 100000 + (SELECT orders FROM acme_p));
END
$seq$;

COMMIT;

ANALYZE;
