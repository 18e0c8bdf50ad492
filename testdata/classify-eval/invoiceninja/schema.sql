-- classify-eval fixture (HOLDOUT 26: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): an
-- Invoice Ninja 5.10 invoicing server on PostgreSQL, in the naming its
-- Laravel migrations create (snake_case plural tables, serial integer keys,
-- varchar(255) strings, mediumText JSON kept as text, decimal(20,6) money,
-- timestamp(6) created_at/updated_at/deleted_at, is_deleted flags), a subset
-- of its tables with their columns and types. The instance is the one
-- "Hivecraft Coworking" runs for its members: 30 accounts of freelancers
-- (a photographer, translators, a tutor, a physiotherapist, developers,
-- designers: sole traders whose company *is* their own name, home address,
-- mobile and VAT number) and small firms, six of them with a second
-- company. Company settings JSON holds the business's name, address, phone,
-- email, VAT and id numbers, website, the email signature with the
-- owner's name and mobile, invoice terms and footer with the IBAN, bcc
-- emails, and Postmark or Mailgun secrets; SMTP logins and encrypted
-- passwords, Slack webhook URLs, e-invoice certificates and passphrases.
-- Users with bcrypt hashes, remember tokens, Google OAuth ids and tokens,
-- encrypted 2FA secrets, FCM device tokens, SMS codes, HTML signatures.
-- Clients that are businesses or private people (patients, pupils' parents,
-- wedding couples) with addresses, phones, VAT numbers, Peppol routing ids,
-- notes that mention people, tax lookups by postcode; contacts with portal
-- passwords, contact keys of the magic-login link and custom fields
-- holding birthdays and mobiles; gateway tokens with Stripe customer ids
-- and card metadata; company gateways with encrypted config; invoices whose
-- line items describe the people served, footers with IBANs and notes;
-- invitations whose key is the portal link's credential, bounce messages
-- and drawn signatures with the signer's IP; payments with PayPal payer
-- ids and card metadata; products (catalogue copy, nothing
-- personal); expenses and vendors (some sole traders); tasks with time-log
-- notes; activities with IPs and notes quoting recipients; backups of
-- invoices as JSON and HTML; system logs of gateway responses and email
-- events; documents whose file names name people; webhooks whose URLs and
-- headers are credentials; bank integrations and transactions from
-- Nordigen with payers' names, IBANs and remittance text; designs.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA xgen;

-- fold: a name folded to ASCII for an email address or a slug.
CREATE FUNCTION xgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s,
    'áàâäãåāąćčçéèêëēęğíìîïıłńñóòôöõøřśšşúùûüýźżžđÁÉÍÓÚÖÜÇŞŁŚŻĐ',
    'aaaaaaaaccceeeeeegiiiiilnnoooooorsssuuuuyzzzdAEIOUOUCSLSZD')), '[^a-z0-9]+', '', 'g')
$$;

-- rnd: random-looking alphanumerics (len up to 190), Laravel's Str::random.
CREATE FUNCTION xgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len), '+/=', ''), 1, len) $$;

-- at: a time between two dates, deterministic, to the microsecond 0.
CREATE FUNCTION xgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- crypt: a payload of Laravel's encrypt() (base64 of {"iv","value","mac","tag"}).
CREATE FUNCTION xgen.crypt(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'eyJpdiI6' || substr(translate(encode(convert_to('{"iv":"' || fixture_gen.b64(tag || 'iv', i, 16) || '","value":"' || fixture_gen.b64(tag || 'v', i, len)
      || '","mac":"' || fixture_gen.hexn(tag || 'm', i, 64) || '","tag":""}', 'UTF8'), 'base64'), E'\n', ''), 9)
$$;

-- bcrypt as Laravel writes it ($2y$10$).
CREATE FUNCTION xgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;

-- hashid: the short hashed id Invoice Ninja shows in URLs and the API.
CREATE FUNCTION xgen.hashid(i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars('hid', i, 10, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890') $$;

-- People: first and last names by row, with a personal email.
CREATE FUNCTION xgen.first(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.first_name(tag, i) $$;
CREATE FUNCTION xgen.last(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.last_name(tag || 'l', i) $$;
CREATE FUNCTION xgen.full(tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT xgen.first(tag, i) || ' ' || xgen.last(tag, i) $$;
CREATE FUNCTION xgen.pmail(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'mf', i, 3) WHEN 0 THEN xgen.fold(xgen.first(tag, i)) || '.' || xgen.fold(xgen.last(tag, i))
              WHEN 1 THEN substr(xgen.fold(xgen.first(tag, i)), 1, 1) || xgen.fold(xgen.last(tag, i)) || (i % 90)::text
              ELSE xgen.fold(xgen.first(tag, i)) || xgen.fold(xgen.last(tag, i)) END
      || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'web.de', 'orange.fr', 'proton.me', 'icloud.com', 'yahoo.co.uk', 'libero.it', 'gmx.at', 'hotmail.com'], tag || 'md', i)
$$;

-- Companies (36) of 30 accounts: sole traders (their own name) and firms.
CREATE TABLE xgen.co (i int PRIMARY KEY, acct int, kind text, trade text, first text, last text, owner text, name text, dom text, email text, phone text,
  address1 text, address2 text, city text, state text, postal text, country_id int, vat text, id_number text, iban text, currency_id int, key text);
INSERT INTO xgen.co (i, acct, kind, trade, first, last, owner)
SELECT i, CASE WHEN i <= 30 THEN i ELSE i - 30 END, CASE WHEN i % 3 = 0 OR i > 30 THEN 'firm' ELSE 'sole' END,
       fixture_gen.pick(ARRAY['Photography', 'Translation', 'Tutoring', 'Physiotherapy', 'Web Development', 'Graphic Design', 'Copywriting', 'Bookkeeping', 'Yoga', 'Video Editing', 'Interior Design', 'IT Support'], 'cotr', i),
       xgen.first('own', i), xgen.last('own', i), xgen.full('own', i)
FROM generate_series(1, 36) i;
UPDATE xgen.co SET
  name = CASE WHEN kind = 'sole' THEN CASE WHEN i % 2 = 0 THEN owner || ' ' || trade ELSE owner END
              ELSE (ARRAY['Brightline Studio Ltd', 'Kestrel Data GmbH', 'Orchard & Vine Events', 'Nordlicht Media UG', 'Paper Crane Agency', 'Atelier Bleu SARL',
                   'Ironbark Consulting LLC', 'Tidewater Web Co.', 'Sakura Localization KK', 'Blue Fern Marketing', 'Cobalt Forge BV', 'Lumen & Lens Productions',
                   'Quillstone Publishing', 'Harbour Lights Catering', 'Vektor Robotics s.r.o.', 'Mosaic Learning Ltd'])[CASE WHEN i <= 30 THEN i / 3 ELSE i - 20 END] END,
  country_id = fixture_gen.pick(ARRAY['276', '250', '826', '840', '724', '380', '528', '40', '392', '616'], 'coc', i)::int;
UPDATE xgen.co SET
  dom = CASE WHEN kind = 'sole' THEN xgen.fold(first) || '-' || xgen.fold(last) || '.example' ELSE regexp_replace(lower(split_part(name, ' ', 1) || split_part(name, ' ', 2)), '[^a-z]', '', 'g') || '.example' END,
  phone = fixture_gen.phone('cop', i),
  address1 = fixture_gen.street('coa', i),
  address2 = CASE WHEN i % 4 = 0 THEN 'Hivecraft Coworking, desk ' || (10 + i) WHEN i % 5 = 0 THEN 'Apt ' || (2 + i % 19) ELSE '' END,
  city = fixture_gen.city('coci', i), state = fixture_gen.pick(ARRAY['', 'Bayern', 'CA', 'NY', 'Île-de-France', 'Lombardia', ''], 'cost', i),
  postal = fixture_gen.postcode('copc', i), vat = fixture_gen.vat('covat', i),
  id_number = CASE WHEN country_id = 250 THEN fixture_gen.digits('cosir', i, 14) WHEN country_id = 826 THEN fixture_gen.nino('conino', i) WHEN country_id = 840 THEN fixture_gen.ssn('cossn', i) ELSE 'HRB ' || fixture_gen.digits('cohrb', i, 6) END,
  iban = fixture_gen.iban_for('coib', i), currency_id = CASE WHEN country_id IN (826) THEN 2 WHEN country_id = 840 THEN 1 WHEN country_id = 392 THEN 12 WHEN country_id = 616 THEN 49 ELSE 3 END,
  key = lower(xgen.rnd('cokey', i, 32));
UPDATE xgen.co SET email = CASE WHEN kind = 'sole' THEN CASE WHEN i % 4 = 1 THEN xgen.pmail('own', i) ELSE xgen.fold(first) || '@' || dom END ELSE fixture_gen.pick(ARRAY['billing', 'accounts', 'hello', 'info'], 'cobm', i) || '@' || dom END;

-- ---------------------------------------------------------------------------
-- Accounts.

CREATE TABLE accounts (
    id serial PRIMARY KEY, default_company_id integer, plan varchar(255), plan_term varchar(255), plan_started date, plan_paid date, plan_expires date,
    user_agent varchar(255), key varchar(255), payment_id integer, trial_started date, trial_plan varchar(255), plan_price numeric(7,2), num_users smallint NOT NULL DEFAULT 1,
    utm_source varchar(255), utm_medium varchar(255), utm_campaign varchar(255), utm_term varchar(255), utm_content varchar(255), latest_version varchar(255) NOT NULL DEFAULT '0.0.0',
    report_errors boolean NOT NULL DEFAULT false, referral_code varchar(255), is_scheduler_running boolean NOT NULL DEFAULT false, trial_duration integer,
    is_onboarding boolean NOT NULL DEFAULT false, onboarding text, is_migrated boolean NOT NULL DEFAULT false, platform varchar(128), hosted_client_count integer,
    hosted_company_count integer, inapp_transaction_id varchar(100), is_flagged boolean NOT NULL DEFAULT false, is_verified_account boolean NOT NULL DEFAULT false,
    account_sms_verified boolean NOT NULL DEFAULT false, created_at timestamp(6), updated_at timestamp(6)
);
INSERT INTO accounts
SELECT i, i, CASE WHEN i % 4 = 0 THEN 'enterprise' WHEN i % 4 = 3 THEN 'free' ELSE 'pro' END, CASE WHEN i % 4 = 3 THEN NULL WHEN i % 2 = 0 THEN 'year' ELSE 'month' END,
       date '2022-01-10' + i * 17, CASE WHEN i % 4 <> 3 THEN date '2024-01-10' + i * 5 END, CASE WHEN i % 4 <> 3 THEN date '2025-01-10' + i * 5 END,
       fixture_gen.pick(ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
         'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
         'Dart/3.3 (dart:io)'], 'acua', i) || CASE WHEN i % 5 = 0 THEN ' Edg/124.0.' || (2400 + i) || '.' || (60 + i) ELSE '' END,
       xgen.rnd('ackey', i, 32), CASE WHEN i % 4 <> 3 THEN 5000 + i * 37 END, date '2022-01-10' + i * 17, CASE WHEN i % 3 = 0 THEN 'pro' END,
       CASE WHEN i % 4 = 0 THEN 140 WHEN i % 4 = 3 THEN NULL WHEN i % 2 = 0 THEN 100 ELSE 10 END, CASE WHEN i % 4 = 0 THEN 2 + i % 5 ELSE 1 END,
       fixture_gen.pick(ARRAY[NULL, 'google', 'capterra', 'reddit', 'hivecraft-newsletter', NULL, 'producthunt'], 'acus', i),
       fixture_gen.pick(ARRAY[NULL, 'cpc', 'referral', 'email', NULL], 'acum', i), fixture_gen.pick(ARRAY[NULL, 'spring_freelancer_2022', 'coworking_members', 'invoice_templates'], 'acuc', i),
       fixture_gen.pick(ARRAY[NULL, 'free invoice software', 'invoice generator freelancer', 'open source billing'], 'acut', i), fixture_gen.pick(ARRAY[NULL, 'banner_a', 'banner_b'], 'acuco', i),
       '5.10.' || (10 + i % 20), i % 3 = 0, upper(xgen.rnd('acref', i, 8)), false, CASE WHEN i % 3 = 0 THEN 14 END, false,
       '{"newsletter":' || (i % 2 = 0)::text || ',"industry":"' || fixture_gen.pick(ARRAY['creative', 'education', 'health', 'it', 'consulting'], 'acoi', i) || '","team_size":"' || fixture_gen.pick(ARRAY['1', '2-5', '6-10'], 'acot', i) || '"}',
       i % 7 = 0, fixture_gen.pick(ARRAY['React', 'Flutter', 'iOS', 'Android', 'macOS', 'Windows'], 'acpl', i), 10 + fixture_gen.n('achc', i, 120), 1 + (i <= 6)::int,
       CASE WHEN fixture_gen.n('acpl', i, 6) IN (2, 3) AND i % 4 <> 3 THEN CASE WHEN fixture_gen.n('acpl', i, 6) = 2 THEN '2000000' || fixture_gen.digits('acit', i, 9) ELSE 'GPA.' || fixture_gen.digits('acit', i, 4) || '-' || fixture_gen.digits('acit2', i, 4) || '-' || fixture_gen.digits('acit3', i, 4) || '-' || fixture_gen.digits('acit4', i, 5) END END,
       false, i % 4 <> 3, i % 2 = 0,
       xgen.at('acc', i, '2022-01-10', '2023-06-01'), xgen.at('acu', i, '2024-03-01', '2024-06-01')
FROM generate_series(1, 30) i;

-- ---------------------------------------------------------------------------
-- Companies: settings JSON with the business's (for sole traders, the
-- person's) details, the sending method's secrets and the bcc copies.

CREATE TABLE companies (
    id serial PRIMARY KEY, account_id integer NOT NULL, industry_id integer, ip varchar(255), company_key varchar(100) NOT NULL UNIQUE,
    convert_products boolean NOT NULL DEFAULT false, fill_products boolean NOT NULL DEFAULT true, update_products boolean NOT NULL DEFAULT true,
    show_product_details boolean NOT NULL DEFAULT true, client_can_register boolean NOT NULL DEFAULT false, enabled_tax_rates integer NOT NULL DEFAULT 0,
    enabled_modules integer NOT NULL DEFAULT 0, subdomain varchar(255), db varchar(255), size_id integer, first_day_of_week varchar(255), first_month_of_year varchar(255),
    portal_mode varchar(255) NOT NULL DEFAULT 'subdomain', portal_domain varchar(255), custom_fields text NOT NULL, settings text NOT NULL,
    slack_webhook_url varchar(255) NOT NULL DEFAULT '', google_analytics_key varchar(255) NOT NULL DEFAULT '', enabled_item_tax_rates integer NOT NULL DEFAULT 0,
    is_large boolean NOT NULL DEFAULT false, enable_shop_api boolean NOT NULL DEFAULT false, default_auto_bill varchar(255) NOT NULL DEFAULT 'off',
    markdown_enabled boolean NOT NULL DEFAULT true, session_timeout integer NOT NULL DEFAULT 0, oauth_password_required boolean NOT NULL DEFAULT false,
    client_registration_fields text, track_inventory boolean NOT NULL DEFAULT false, matomo_url varchar(255), matomo_id integer, calculate_taxes boolean NOT NULL DEFAULT false,
    tax_data text, e_invoice_certificate text, e_invoice_certificate_passphrase text, legal_entity_id bigint, smtp_host varchar(255), smtp_port integer,
    smtp_encryption varchar(255), smtp_username text, smtp_password text, smtp_local_domain varchar(255), smtp_verify_peer boolean NOT NULL DEFAULT true,
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO companies
SELECT c.i, c.acct, 1 + fixture_gen.n('coind', c.i, 30), CASE WHEN c.i % 2 = 0 THEN fixture_gen.ipv4('coip', c.i) ELSE fixture_gen.ipv6('coip', c.i) END, c.key,
       c.i % 5 = 0, true, c.i % 4 <> 0, true, c.i % 6 = 0, 1 + c.i % 3, 32767 - (c.i % 4) * 1024,
       CASE WHEN c.kind = 'sole' THEN xgen.fold(c.first) || '-' || xgen.fold(c.last) ELSE split_part(c.dom, '.', 1) END, 'db-ninja-01', 1 + c.i % 3, '1', '1',
       CASE WHEN c.i % 9 = 0 THEN 'domain' ELSE 'subdomain' END, CASE WHEN c.i % 9 = 0 THEN 'https://billing.' || c.dom END,
       '{"client1":"Account manager","client2":"Cost centre|single_line_text","contact1":"Birthday|date","contact2":"Job title","contact3":"Mobile","invoice1":"Attention","invoice2":"Project code","product1":"Unit","task1":"Billable|switch","user1":"Role"}',
       json_build_object('name', c.name, 'address1', c.address1, 'address2', c.address2, 'city', c.city, 'state', c.state, 'postal_code', c.postal, 'country_id', c.country_id::text,
         'phone', c.phone, 'email', c.email, 'website', 'https://www.' || c.dom, 'vat_number', c.vat, 'id_number', c.id_number,
         'company_logo', 'https://files.hivecraft-ninja.example/' || c.key || '/' || fixture_gen.hexn('logo', c.i, 40) || '.png',
         'currency_id', c.currency_id::text, 'language_id', fixture_gen.pick(ARRAY['1', '3', '4', '7', '13'], 'colang', c.i), 'timezone_id', fixture_gen.pick(ARRAY['1', '15', '35', '50', '108'], 'cotz', c.i),
         'date_format_id', '1', 'payment_terms', fixture_gen.pick(ARRAY['7', '14', '30'], 'copt', c.i), 'military_time', c.i % 2 = 0, 'entity_send_time', 6,
         'email_signature', CASE WHEN c.kind = 'sole' THEN 'Kind regards,<br>' || c.owner || '<br>' || c.trade || '<br>Mobile: ' || c.phone || '<br>' || c.email
                                 ELSE 'Best wishes,<br>The ' || c.name || ' team<br>' || c.phone END,
         'invoice_terms', fixture_gen.pick(ARRAY['Payment is due within the stated terms. Late payments incur interest of 8% above the base rate.', 'Thank you for your business. Please quote the invoice number with your payment.', 'Payment within 14 days, without deduction.'], 'coterms', c.i),
         'invoice_footer', CASE WHEN c.kind = 'sole' THEN c.owner || ' · ' || c.address1 || ', ' || c.postal || ' ' || c.city || ' · IBAN ' || c.iban || ' · VAT ' || c.vat ELSE c.name || ' · IBAN ' || c.iban END,
         'quote_terms', 'This quote is valid for 30 days.', 'show_accept_invoice_terms', false, 'show_accept_quote_terms', c.i % 2 = 0,
         'bcc_email', CASE WHEN c.i % 3 = 0 THEN 'accounts@' || c.dom || ',' || xgen.pmail('bcc', c.i) WHEN c.i % 3 = 1 THEN c.email ELSE '' END,
         'reply_to_email', CASE WHEN c.kind = 'sole' THEN c.email ELSE '' END, 'reply_to_name', CASE WHEN c.kind = 'sole' THEN c.owner ELSE '' END,
         'email_sending_method', CASE c.i % 4 WHEN 0 THEN 'client_postmark' WHEN 1 THEN 'default' WHEN 2 THEN 'client_mailgun' ELSE 'smtp' END,
         'postmark_secret', CASE WHEN c.i % 4 = 0 THEN fixture_gen.uuid('pmsec', c.i) ELSE '' END,
         'mailgun_secret', CASE WHEN c.i % 4 = 2 THEN 'key-' || fixture_gen.hexn('mgsec', c.i, 32) ELSE '' END,
         'mailgun_domain', CASE WHEN c.i % 4 = 2 THEN 'mg.' || c.dom ELSE '' END, 'mailgun_endpoint', 'api.eu.mailgun.net',
         'custom_sending_email', CASE WHEN c.i % 4 IN (0, 2) THEN 'invoices@' || c.dom ELSE '' END,
         'pdf_variables', '{"client_details":["$client.name","$client.address1","$client.vat_number"]}',
         'enable_client_portal', true, 'client_portal_terms', '', 'auto_bill', 'optin', 'lock_invoices', 'off')::text,
       CASE WHEN c.i % 5 = 1 THEN 'https://hooks.slack.com/services/T' || fixture_gen.chars('slt', c.i, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('slb', c.i, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || xgen.rnd('slk', c.i, 24) ELSE '' END,
       CASE WHEN c.i % 6 = 2 THEN 'G-' || fixture_gen.chars('ga', c.i, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') WHEN c.i % 6 = 4 THEN 'UA-' || fixture_gen.digits('ua', c.i, 8) || '-1' ELSE '' END,
       c.i % 2, false, c.i % 7 = 0, CASE WHEN c.i % 3 = 0 THEN 'always' ELSE 'off' END, true, CASE WHEN c.i % 4 = 0 THEN 28800000 ELSE 0 END, c.i % 8 = 0,
       '[{"key":"first_name","required":true},{"key":"last_name","required":true},{"key":"email","required":true},{"key":"phone","required":false},{"key":"vat_number","required":' || (c.i % 2 = 0)::text || '}]',
       c.i % 10 = 0, CASE WHEN c.kind = 'firm' AND c.i % 4 = 0 THEN 'https://analytics.' || c.dom END, CASE WHEN c.kind = 'firm' AND c.i % 4 = 0 THEN c.i END, c.country_id = 840,
       CASE WHEN c.country_id = 840 THEN '{"version":"alpha","seller_subregion":"' || CASE WHEN c.state = '' THEN 'CA' ELSE c.state END || '","regions":{"US":{"has_sales_above_threshold":false,"tax_all_subregions":false}}}' END,
       CASE WHEN c.i % 6 = 5 THEN 'MIIK' || fixture_gen.b64('p12a', c.i, 256) || fixture_gen.b64('p12b', c.i, 256) || fixture_gen.b64('p12c', c.i, 120) END,
       CASE WHEN c.i % 6 = 5 THEN xgen.crypt('p12pw', c.i, 16) END,
       CASE WHEN c.i % 6 = 5 THEN 100000 + c.i * 71 END,
       CASE WHEN c.i % 4 = 3 THEN fixture_gen.pick(ARRAY['smtp.gmail.com', 'smtp.office365.com', 'mail.gandi.net', 'smtp.ionos.de', 'smtp.zoho.eu'], 'smh', c.i) END,
       CASE WHEN c.i % 4 = 3 THEN 587 END, CASE WHEN c.i % 4 = 3 THEN 'tls' END, CASE WHEN c.i % 4 = 3 THEN c.email END,
       CASE WHEN c.i % 4 = 3 THEN xgen.crypt('smpw', c.i, 32) END, CASE WHEN c.i % 4 = 3 THEN c.dom END, true,
       xgen.at('coc', c.i, '2022-01-10', '2023-06-01'), xgen.at('cou', c.i, '2024-03-01', '2024-06-01'), CASE WHEN c.i = 34 THEN timestamp '2024-02-11 10:00:00' END
FROM xgen.co c;

-- ---------------------------------------------------------------------------
-- Users: the owners and their staff and accountants (60).

CREATE TABLE xgen.u (i int PRIMARY KEY, acct int, co int, first text, last text, email text, phone text, owner boolean);
INSERT INTO xgen.u SELECT c.acct, c.acct, c.i, c.first, c.last, CASE WHEN c.kind = 'sole' THEN c.email ELSE xgen.fold(c.first) || '.' || xgen.fold(c.last) || '@' || c.dom END, c.phone, true FROM xgen.co c WHERE c.i <= 30;
INSERT INTO xgen.u SELECT 30 + k, 1 + fixture_gen.n('uac', k, 30), NULL, xgen.first('usr', k), xgen.last('usr', k), NULL, fixture_gen.phone('uph', k), false FROM generate_series(1, 30) k;
UPDATE xgen.u u SET co = u.acct WHERE co IS NULL;
UPDATE xgen.u u SET email = CASE WHEN u.i % 3 = 0 THEN xgen.pmail('usr', u.i - 30) ELSE xgen.fold(u.first) || '.' || xgen.fold(u.last) || '@' || c.dom END FROM xgen.co c WHERE c.i = u.co AND u.email IS NULL;

CREATE TABLE users (
    id serial PRIMARY KEY, account_id integer NOT NULL, first_name varchar(255), last_name varchar(255), phone varchar(255), ip varchar(255), device_token varchar(255),
    email varchar(100) NOT NULL UNIQUE, email_verified_at timestamp, confirmation_code varchar(255), theme_id integer, failed_logins smallint, referral_code varchar(255),
    oauth_user_id varchar(100), oauth_user_token text, oauth_provider_id varchar(255), google_2fa_secret text, accepted_terms_version varchar(255), avatar varchar(255),
    avatar_width integer, avatar_height integer, avatar_size integer, signature text, password varchar(255) NOT NULL, remember_token varchar(100),
    custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text, is_deleted boolean NOT NULL DEFAULT false, last_login timestamp(6),
    oauth_user_refresh_token text, last_confirmed_email_address varchar(255), has_password boolean NOT NULL DEFAULT false, oauth_user_token_expiry timestamp,
    sms_verification_code varchar(255), verified_phone_number boolean NOT NULL DEFAULT false, shopify_user_id bigint, user_logged_in_notification boolean NOT NULL DEFAULT true,
    referral_meta text, created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO users
SELECT u.i, u.acct, u.first, u.last, u.phone, CASE WHEN u.i % 3 = 0 THEN fixture_gen.ipv6('uip', u.i) ELSE fixture_gen.ipv4('uip', u.i) END,
       CASE WHEN u.i % 3 = 1 THEN xgen.rnd('fcm1', u.i, 22) || ':APA91b' || xgen.rnd('fcm2', u.i, 134) END,
       u.email, xgen.at('uev', u.i, '2022-02-01', '2023-07-01'), CASE WHEN u.i % 7 = 0 THEN xgen.rnd('ucc', u.i, 32) END, 1, CASE WHEN u.i % 9 = 0 THEN 2 ELSE 0 END,
       CASE WHEN u.owner THEN upper(xgen.rnd('uref', u.i, 8)) END,
       CASE WHEN u.i % 4 = 1 THEN fixture_gen.digits('goid', u.i, 21) WHEN u.i % 4 = 2 AND u.i > 30 THEN fixture_gen.uuid('msoid', u.i) END,
       CASE WHEN u.i % 4 = 1 THEN 'ya29.a0' || xgen.rnd('gat', u.i, 150) END,
       CASE WHEN u.i % 4 = 1 THEN 'google' WHEN u.i % 4 = 2 AND u.i > 30 THEN 'microsoft' END,
       CASE WHEN u.i % 5 = 0 THEN xgen.crypt('g2fa', u.i, 32) END, '5.0.0',
       CASE WHEN u.i % 3 = 0 THEN 'https://files.hivecraft-ninja.example/avatars/' || xgen.fold(u.first) || '_' || xgen.fold(u.last) || '_' || fixture_gen.hexn('av', u.i, 8) || '.jpg' END,
       CASE WHEN u.i % 3 = 0 THEN 400 END, CASE WHEN u.i % 3 = 0 THEN 400 END, CASE WHEN u.i % 3 = 0 THEN 30000 + fixture_gen.n('avs', u.i, 90000) END,
       CASE WHEN u.i % 2 = 0 THEN '<p>' || u.first || ' ' || u.last || '<br>' || CASE WHEN u.owner THEN 'Owner' ELSE fixture_gen.pick(ARRAY['Office manager', 'Bookkeeper', 'Project lead', 'External accountant'], 'usig', u.i) END || '<br>' || u.phone || '</p>' ELSE '' END,
       xgen.bcrypt('upw', u.i), CASE WHEN u.i % 3 <> 2 THEN xgen.rnd('urt', u.i, 60) END,
       CASE WHEN u.owner THEN 'Owner' ELSE fixture_gen.pick(ARRAY['Office manager', 'Bookkeeper', 'Project lead', 'External accountant', 'Assistant'], 'usig', u.i) END, '', '', '',
       u.i = 44, xgen.at('ull', u.i, '2024-04-01', '2024-06-28'),
       CASE WHEN u.i % 4 = 1 THEN '1//0' || xgen.rnd('grt', u.i, 100) END, CASE WHEN u.i % 6 = 0 THEN xgen.pmail('uold', u.i) END, u.i % 4 <> 1,
       CASE WHEN u.i % 4 = 1 THEN xgen.at('uexp', u.i, '2024-06-20', '2024-06-29') END,
       CASE WHEN u.i % 8 = 3 THEN fixture_gen.digits('sms', u.i, 6) END, u.i % 2 = 0, CASE WHEN u.i = 17 THEN 74120000000 + u.i * 913 END, u.i % 5 <> 0,
       CASE WHEN u.owner THEN '{"free":' || (u.i % 3) || ',"pro":' || (u.i % 2) || ',"enterprise":0}' END,
       xgen.at('uc', u.i, '2022-02-01', '2023-07-01'), xgen.at('uu', u.i, '2024-03-01', '2024-06-28'), CASE WHEN u.i = 44 THEN timestamp '2024-01-30 09:12:00' END
FROM xgen.u u;

CREATE TABLE company_users (
    id serial PRIMARY KEY, company_id integer NOT NULL, account_id integer NOT NULL, user_id integer NOT NULL, permissions text, notifications text, settings text,
    slack_webhook_url varchar(255), is_owner boolean NOT NULL DEFAULT false, is_admin boolean NOT NULL DEFAULT false, is_locked boolean NOT NULL DEFAULT false,
    permissions_updated_at timestamp NOT NULL DEFAULT '2022-01-01', ninja_portal_url text, react_settings text,
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO company_users (company_id, account_id, user_id, permissions, notifications, settings, slack_webhook_url, is_owner, is_admin, is_locked, permissions_updated_at, ninja_portal_url, react_settings, created_at, updated_at)
SELECT c.i, c.acct, u.i, CASE WHEN u.owner THEN '' ELSE 'view_client,create_invoice,edit_invoice,view_invoice,create_payment,view_payment,view_expense,create_expense' END,
       '{"email":["' || CASE WHEN u.owner THEN 'all_notifications' ELSE 'invoice_sent_user","payment_success_user","quote_approved_user' END || '"],"slack":[]}',
       '{"accent_color":"#' || fixture_gen.hexn('acc', u.i, 6) || '","table_columns":{"invoice":["status","number","client","amount","balance","due_date"]},"include_deleted_clients":false,"report_settings":{}}',
       CASE WHEN u.i % 7 = 3 THEN 'https://hooks.slack.com/services/T' || fixture_gen.chars('cslt', u.i, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B' || fixture_gen.chars('cslb', u.i, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || xgen.rnd('cslk', u.i, 24) ELSE '' END,
       u.owner, u.owner OR u.i % 5 = 0, false, xgen.at('cpu', u.i, '2023-01-01', '2024-06-01'),
       CASE WHEN u.owner THEN 'https://invoiceninja.com/client/key_login/' || xgen.rnd('npu', u.i, 64) END,
       '{"show_pdf_preview":true,"react_table_columns":{},"dark_mode":' || (u.i % 2 = 0)::text || ',"number_years_active":3}',
       xgen.at('cuc', u.i, '2022-02-01', '2023-07-01'), xgen.at('cuu', u.i, '2024-03-01', '2024-06-28')
FROM xgen.u u JOIN xgen.co c ON c.acct = u.acct
ORDER BY c.i, u.i;

CREATE TABLE company_tokens (
    id serial PRIMARY KEY, company_id integer NOT NULL, account_id integer NOT NULL, user_id integer NOT NULL, token varchar(255), name varchar(255),
    is_system boolean NOT NULL DEFAULT false, is_deleted boolean NOT NULL DEFAULT false, created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO company_tokens (company_id, account_id, user_id, token, name, is_system, is_deleted, created_at, updated_at)
SELECT cu.company_id, cu.account_id, cu.user_id, xgen.rnd('ctok', cu.id, 64), CASE WHEN cu.is_owner THEN 'Web client' ELSE 'User token' END, true, false, cu.created_at, cu.updated_at FROM company_users cu;
INSERT INTO company_tokens (company_id, account_id, user_id, token, name, is_system, is_deleted, created_at, updated_at)
SELECT c.i, c.acct, c.acct, xgen.rnd('ctok2', c.i, 64), fixture_gen.pick(ARRAY['Zapier', 'Make scenario', 'WooCommerce sync', 'n8n', 'Accountant export', 'Shop API'], 'ctn', c.i), false, c.i % 8 = 0,
       xgen.at('ctc', c.i, '2023-01-01', '2024-05-01'), xgen.at('ctu', c.i, '2024-05-01', '2024-06-28')
FROM xgen.co c WHERE c.i % 2 = 0;

-- ---------------------------------------------------------------------------
-- Clients (320): businesses, and private people (patients, pupils' parents,
-- wedding couples, homeowners) billed in their own name.

CREATE TABLE xgen.cl (i int PRIMARY KEY, co int, ind boolean, first text, last text, name text, email text, phone text, address1 text, address2 text,
  city text, state text, postal text, country_id int, vat text, idn text, web text, dom text);
INSERT INTO xgen.cl (i, co, ind, first, last)
SELECT i, 1 + fixture_gen.n('clco', i, 36), fixture_gen.n('clk', i, 10) < 5, xgen.first('cli', i), xgen.last('cli', i) FROM generate_series(1, 320) i;
UPDATE xgen.cl SET
  name = CASE WHEN ind THEN CASE WHEN i % 11 = 0 THEN first || ' & ' || xgen.first('clp', i) || ' ' || last ELSE first || ' ' || last END
              WHEN i % 13 = 0 THEN first || ' ' || last || ' ' || fixture_gen.pick(ARRAY['Architects', 'Consulting', 'Dental Practice', 'Law Office'], 'clsf', i)
              ELSE fixture_gen.pick(ARRAY['Northwind', 'Greenleaf', 'Silverline', 'Redwood', 'Blue Harbor', 'Alpenglow', 'Copperfield', 'Starling', 'Meridian', 'Foxglove', 'Granite', 'Willow'], 'clb1', i) || ' '
                || fixture_gen.pick(ARRAY['Logistics', 'Bakery', 'Hotels', 'Dental', 'Software', 'Architects', 'Realty', 'Foods', 'Fitness', 'Print', 'Legal', 'Gallery'], 'clb2', i) || ' '
                || fixture_gen.pick(ARRAY['Ltd', 'GmbH', 'SAS', 'Inc.', 'S.L.', 'S.r.l.', 'BV', 'AB', 'sp. z o.o.', ''], 'clb3', i) END,
  phone = CASE WHEN i % 9 = 4 THEN '' ELSE fixture_gen.phone('clph', i) END,
  address1 = fixture_gen.street('clad', i), address2 = CASE WHEN i % 4 = 0 THEN 'Floor ' || (1 + i % 6) WHEN i % 7 = 0 THEN 'c/o ' || xgen.full('clco2', i) ELSE '' END,
  city = fixture_gen.city('clci', i), state = fixture_gen.pick(ARRAY['', '', 'NY', 'TX', 'Bayern', 'Hessen', 'Catalunya', 'Ontario'], 'clst', i),
  postal = fixture_gen.postcode('clpc', i), country_id = fixture_gen.pick(ARRAY['276', '250', '826', '840', '724', '380', '528', '40', '124', '616', '56'], 'clcn', i)::int;
UPDATE xgen.cl SET dom = CASE WHEN ind THEN NULL ELSE regexp_replace(lower(split_part(name, ' ', 1) || split_part(name, ' ', 2)), '[^a-z]', '', 'g') || i || '.example' END;
UPDATE xgen.cl SET email = CASE WHEN ind THEN xgen.pmail('cli', i) ELSE xgen.fold(first) || '.' || xgen.fold(last) || '@' || dom END,
  vat = CASE WHEN NOT ind AND i % 3 <> 0 THEN fixture_gen.vat('clvat', i) WHEN ind AND i % 17 = 0 THEN fixture_gen.vat('clvat', i) ELSE '' END,
  idn = CASE WHEN NOT ind AND i % 4 = 1 THEN 'HRB ' || fixture_gen.digits('clhrb', i, 6) WHEN ind AND country_id = 840 AND i % 3 = 0 THEN fixture_gen.ssn('clssn', i) WHEN ind AND country_id = 826 AND i % 2 = 0 THEN fixture_gen.nino('clni', i) ELSE '' END,
  web = CASE WHEN NOT ind AND i % 3 <> 2 THEN 'https://www.' || dom WHEN ind AND i % 10 = 3 THEN 'https://' || xgen.fold(first) || xgen.fold(last) || '.example' ELSE '' END;

CREATE TABLE clients (
    id serial PRIMARY KEY, company_id integer NOT NULL, user_id integer NOT NULL, assigned_user_id integer, name varchar(255), website varchar(255),
    private_notes text, public_notes text, client_hash text, logo varchar(255), phone varchar(255), routing_id varchar(255),
    balance numeric(20,6) NOT NULL DEFAULT 0, paid_to_date numeric(20,6) NOT NULL DEFAULT 0, credit_balance numeric(20,6) NOT NULL DEFAULT 0, last_login timestamp,
    industry_id integer, size_id integer, address1 varchar(255), address2 varchar(255), city varchar(255), state varchar(255), postal_code varchar(255), country_id integer,
    custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text,
    shipping_address1 varchar(255), shipping_address2 varchar(255), shipping_city varchar(255), shipping_state varchar(255), shipping_postal_code varchar(255), shipping_country_id integer,
    settings text, group_settings_id integer, is_tax_exempt boolean NOT NULL DEFAULT false, has_valid_vat_number boolean NOT NULL DEFAULT false,
    vat_number varchar(255), id_number varchar(255), number varchar(255), payment_balance numeric(20,6) NOT NULL DEFAULT 0, tax_data text, e_invoice text,
    classification varchar(255), is_deleted boolean NOT NULL DEFAULT false, created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO clients
SELECT l.i, l.co, c.acct, CASE WHEN l.i % 6 = 0 THEN 30 + 1 + fixture_gen.n('clau', l.i, 30) END, l.name, l.web,
       CASE fixture_gen.n('clpn', l.i, 8)
         WHEN 0 THEN 'Referred by ' || xgen.full('clref', l.i) || '. Prefers calls after 6pm on ' || fixture_gen.phone('clph2', l.i) || '.'
         WHEN 1 THEN CASE WHEN l.ind THEN fixture_gen.pick(ARRAY['Lower back pain since March, desk job; 6 sessions prescribed by Dr. ', 'Lessons for their daughter (Year 9, dyslexia); picked up by her grandmother ', 'Wedding on the lake, contact the planner '], 'clpx', l.i) || xgen.full('cldr', l.i) || '.' ELSE 'Accounts payable is run by ' || xgen.full('clap', l.i) || ', ' || xgen.pmail('clap', l.i) || '.' END
         WHEN 2 THEN 'Always pays late, send reminder at day 10.'
         WHEN 3 THEN 'Invoices must quote the PO number, otherwise rejected by their AP system.'
         WHEN 4 THEN 'Met at the Hivecraft open day. ' || l.first || ' asked for a 10% discount on the first project.'
         WHEN 5 THEN CASE WHEN l.ind THEN 'Pays in cash. Home visit, door code ' || fixture_gen.digits('cldc', l.i, 4) || ', 3rd floor.' ELSE 'Framework agreement until end of 2025.' END
         ELSE '' END,
       CASE WHEN l.i % 5 = 0 THEN 'Thank you for your continued business, ' || l.first || '!' WHEN l.i % 5 = 1 THEN 'Bank transfer only.' ELSE '' END,
       xgen.rnd('clh', l.i, 40), CASE WHEN NOT l.ind AND l.i % 4 = 0 THEN 'https://files.hivecraft-ninja.example/' || c.key || '/logos/' || fixture_gen.hexn('cllg', l.i, 32) || '.png' END,
       l.phone, CASE WHEN NOT l.ind AND l.i % 5 = 2 THEN '0088:' || fixture_gen.digits('clgln', l.i, 13) WHEN NOT l.ind AND l.vat <> '' AND l.i % 5 = 4 THEN '9930:' || l.vat END,
       (fixture_gen.n('clbal', l.i, 400000) / 100.0)::numeric(20,6), (fixture_gen.n('clptd', l.i, 2000000) / 100.0)::numeric(20,6), CASE WHEN l.i % 17 = 0 THEN 50 ELSE 0 END,
       CASE WHEN l.i % 3 = 0 THEN xgen.at('clll', l.i, '2024-01-01', '2024-06-28') END, CASE WHEN l.ind THEN NULL ELSE 1 + fixture_gen.n('clind', l.i, 30) END, CASE WHEN l.ind THEN NULL ELSE 1 + l.i % 5 END,
       l.address1, l.address2, l.city, l.state, l.postal, l.country_id,
       CASE WHEN l.i % 4 = 0 THEN xgen.full('clam', l.i % 7) ELSE '' END, CASE WHEN NOT l.ind AND l.i % 3 = 0 THEN 'CC-' || (100 + l.i % 40) ELSE '' END, '', '',
       CASE WHEN l.i % 5 = 0 THEN fixture_gen.street('clsa', l.i) ELSE '' END, '', CASE WHEN l.i % 5 = 0 THEN fixture_gen.city('clsc', l.i) ELSE '' END, '',
       CASE WHEN l.i % 5 = 0 THEN fixture_gen.postcode('clsp', l.i) ELSE '' END, CASE WHEN l.i % 5 = 0 THEN l.country_id END,
       '{"currency_id":"' || c.currency_id || '"' || CASE WHEN l.i % 3 = 0 THEN ',"payment_terms":"' || fixture_gen.pick(ARRAY['0', '7', '30', '60'], 'clpt', l.i) || '"' ELSE '' END
         || CASE WHEN l.i % 4 = 0 THEN ',"language_id":"' || fixture_gen.pick(ARRAY['1', '3', '4', '7'], 'clla', l.i) || '"' ELSE '' END || CASE WHEN l.i % 7 = 0 THEN ',"send_reminders":false' ELSE '' END || '}',
       CASE WHEN l.i % 10 = 0 THEN 1 + c.i % 3 END, l.i % 23 = 0, l.vat <> '' AND l.i % 2 = 0, l.vat, l.idn, lpad((l.i)::text, 4, '0'), 0,
       CASE WHEN l.country_id = 840 THEN '{"geoPostalCode":"' || l.postal || '","geoCity":"' || upper(l.city) || '","geoCounty":"' || upper(fixture_gen.pick(ARRAY['Kings', 'Travis', 'Multnomah', 'Hampden'], 'clcty', l.i)) || '","geoState":"' || CASE WHEN l.state = '' THEN 'NY' ELSE l.state END
            || '","taxSales":0.0' || (600 + fixture_gen.n('cltx', l.i, 350)) || ',"taxUse":0.0' || (600 + fixture_gen.n('cltx', l.i, 350)) || ',"citySalesTax":0.0' || fixture_gen.n('clcst', l.i, 45) || ',"txbService":"N","txbFreight":"N"}' END,
       CASE WHEN NOT l.ind AND l.i % 5 = 2 THEN '{"Invoice":{"BuyerReference":"' || upper(xgen.rnd('clbr', l.i, 8)) || '","OrderReference":{"ID":"PO-' || fixture_gen.digits('clor', l.i, 5) || '"}}}' END,
       CASE WHEN l.ind THEN 'individual' ELSE fixture_gen.pick(ARRAY['business', 'company', 'partnership', 'charity', 'government', 'company'], 'clcl', l.i) END,
       l.i % 29 = 0, xgen.at('clc', l.i, '2022-03-01', '2024-03-01'), xgen.at('clu', l.i, '2024-03-01', '2024-06-28'), CASE WHEN l.i % 29 = 0 THEN xgen.at('cld', l.i, '2024-03-01', '2024-06-28') END
FROM xgen.cl l JOIN xgen.co c ON c.i = l.co;

-- Contacts: one to three per client; the client's own person for private clients.
CREATE TABLE xgen.ct (i int PRIMARY KEY, cl int, k int, first text, last text, email text, phone text);
INSERT INTO xgen.ct
SELECT row_number() OVER (ORDER BY l.i, k), l.i, k,
       CASE WHEN k = 1 AND (l.ind OR l.i % 13 = 0) THEN l.first WHEN k = 2 AND l.ind THEN xgen.first('clp', l.i) ELSE xgen.first('ctn', l.i * 10 + k) END,
       CASE WHEN k = 1 AND (l.ind OR l.i % 13 = 0) THEN l.last WHEN k = 2 AND l.ind THEN l.last ELSE xgen.last('ctn', l.i * 10 + k) END,
       NULL, NULL
FROM xgen.cl l CROSS JOIN LATERAL generate_series(1, CASE WHEN l.ind THEN 1 + (l.i % 11 = 0)::int ELSE 1 + fixture_gen.n('ctk', l.i, 3) END) k;
UPDATE xgen.ct t SET email = CASE WHEN l.ind THEN CASE WHEN t.k = 1 THEN l.email ELSE xgen.pmail('ctp', t.i) END
                                   WHEN t.k = 2 AND t.i % 4 = 0 THEN fixture_gen.pick(ARRAY['accounts', 'ap', 'invoices', 'finance'], 'ctrm', t.i) || '@' || l.dom
                                   ELSE xgen.fold(t.first) || '.' || xgen.fold(t.last) || '@' || l.dom END,
  phone = CASE WHEN t.k = 1 AND l.ind THEN l.phone WHEN t.i % 3 = 0 THEN '' ELSE fixture_gen.phone('ctph', t.i) END
FROM xgen.cl l WHERE l.i = t.cl;

CREATE TABLE client_contacts (
    id serial PRIMARY KEY, company_id integer NOT NULL, client_id integer NOT NULL, user_id integer NOT NULL, first_name varchar(255), last_name varchar(255),
    phone varchar(255), custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text, email varchar(100), email_verified_at timestamp,
    confirmation_code varchar(255), is_primary boolean NOT NULL DEFAULT false, confirmed boolean NOT NULL DEFAULT false, last_login timestamp, failed_logins smallint,
    oauth_user_id varchar(100), oauth_provider_id integer, google_2fa_secret text, accepted_terms_version varchar(255), avatar varchar(255), avatar_type varchar(255),
    avatar_size varchar(255), password varchar(255) NOT NULL, token varchar(255), is_locked boolean NOT NULL DEFAULT false, send_email boolean NOT NULL DEFAULT true,
    contact_key varchar(255), remember_token varchar(100), created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO client_contacts
SELECT t.i, l.co, l.i, c.acct, t.first, t.last, t.phone,
       CASE WHEN t.i % 4 = 0 THEN to_char(fixture_gen.birth_date('ctbd', t.i), 'YYYY-MM-DD') ELSE '' END,
       CASE WHEN NOT l.ind AND t.i % 2 = 0 THEN fixture_gen.pick(ARRAY['Finance Director', 'Office Manager', 'Head of Marketing', 'Procurement Lead', 'CEO', 'Bookkeeper'], 'ctjt', t.i) ELSE '' END,
       CASE WHEN t.i % 5 = 0 THEN fixture_gen.phone('ctmob', t.i) ELSE '' END, '',
       t.email, CASE WHEN t.i % 3 = 0 THEN xgen.at('ctev', t.i, '2023-01-01', '2024-06-01') END, CASE WHEN t.i % 3 <> 0 THEN xgen.rnd('ctcc', t.i, 32) END,
       t.k = 1, t.i % 3 = 0, CASE WHEN t.i % 3 = 0 THEN xgen.at('ctll', t.i, '2024-01-01', '2024-06-28') END, CASE WHEN t.i % 19 = 0 THEN 3 ELSE 0 END,
       CASE WHEN t.i % 15 = 0 THEN fixture_gen.digits('ctgo', t.i, 21) END, CASE WHEN t.i % 15 = 0 THEN 1 END, CASE WHEN t.i % 41 = 0 THEN xgen.crypt('ct2fa', t.i, 32) END, NULL,
       CASE WHEN t.i % 12 = 0 THEN 'https://lh3.googleusercontent.com/a/' || xgen.rnd('ctav', t.i, 60) || '=s96-c' END, CASE WHEN t.i % 12 = 0 THEN 'image/jpeg' END, CASE WHEN t.i % 12 = 0 THEN (4000 + t.i)::text END,
       CASE WHEN t.i % 3 = 0 THEN xgen.bcrypt('ctpw', t.i) ELSE xgen.bcrypt('ctpwr', t.i) END,
       xgen.rnd('cttok', t.i, 64), t.i % 37 = 0, NOT (t.k = 2 AND t.i % 4 = 1),
       xgen.rnd('ctkey', t.i, 40), CASE WHEN t.i % 6 = 0 THEN xgen.rnd('ctrt', t.i, 60) END,
       xgen.at('ctc', t.i, '2022-03-01', '2024-03-01'), xgen.at('ctu', t.i, '2024-03-01', '2024-06-28'), NULL
FROM xgen.ct t JOIN xgen.cl l ON l.i = t.cl JOIN xgen.co c ON c.i = l.co;

-- ---------------------------------------------------------------------------
-- Payment gateways of each company, and the tokens of saved cards and banks.

CREATE TABLE company_gateways (
    id serial PRIMARY KEY, company_id integer NOT NULL, user_id integer NOT NULL, gateway_key varchar(255) NOT NULL, accepted_credit_cards integer NOT NULL,
    require_cvv boolean NOT NULL DEFAULT true, require_billing_address boolean DEFAULT true, require_shipping_address boolean DEFAULT true,
    update_details boolean DEFAULT false, is_deleted boolean NOT NULL DEFAULT false, config text NOT NULL, fees_and_limits text NOT NULL,
    custom_value1 varchar(255), custom_value2 varchar(255), custom_value3 varchar(255), custom_value4 varchar(255), token_billing varchar(255) NOT NULL DEFAULT 'off',
    label varchar(255), created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO company_gateways (company_id, user_id, gateway_key, accepted_credit_cards, require_cvv, require_billing_address, require_shipping_address, update_details, is_deleted,
    config, fees_and_limits, custom_value1, custom_value2, custom_value3, custom_value4, token_billing, label, created_at, updated_at)
SELECT c.i, c.acct, g.key, CASE WHEN g.k = 1 THEN 31 ELSE 0 END, true, c.i % 2 = 0, false, c.i % 3 = 0, c.i = 12 AND g.k = 2,
       xgen.crypt('cgcfg' || g.k, c.i, CASE g.k WHEN 1 THEN 160 WHEN 2 THEN 110 ELSE 90 END),
       '{"' || g.gt || '":{"min_limit":' || CASE WHEN g.k = 1 THEN '1' ELSE '-1' END || ',"max_limit":-1,"fee_amount":0,"fee_percent":' || CASE WHEN c.i % 4 = 0 THEN '1.4' ELSE '0' END || ',"fee_tax_name1":"","fee_tax_rate1":0,"adjust_fee_percent":false,"is_enabled":true}}',
       '', '', '', '', CASE WHEN g.k = 1 THEN fixture_gen.pick(ARRAY['optin', 'always', 'optout', 'off'], 'cgtb', c.i) ELSE 'off' END, g.label,
       xgen.at('cgc', c.i * 3 + g.k, '2022-06-01', '2024-01-01'), xgen.at('cgu', c.i * 3 + g.k, '2024-01-01', '2024-06-28')
FROM xgen.co c CROSS JOIN (VALUES (1, 'd14dd26a37cecc30fdd65700bfb55b23', '1', 'Stripe'), (2, '38f2c48af60c7dd69e04248cbb24c36e', '3', 'PayPal'), (3, 'b9886f9257f0c6ee7c302f1c74475f6c', '7', 'GoCardless')) g(k, key, gt, label)
WHERE g.k = 1 OR (g.k = 2 AND c.i % 3 <> 1) OR (g.k = 3 AND c.i % 5 = 0)
ORDER BY c.i, g.k;

CREATE TABLE client_gateway_tokens (
    id serial PRIMARY KEY, company_id integer NOT NULL, client_id integer, token text, routing_number text, company_gateway_id integer NOT NULL,
    gateway_customer_reference varchar(255), gateway_type_id integer NOT NULL, is_default boolean NOT NULL DEFAULT false, meta text,
    is_deleted boolean NOT NULL DEFAULT false, created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO client_gateway_tokens (company_id, client_id, token, routing_number, company_gateway_id, gateway_customer_reference, gateway_type_id, is_default, meta, is_deleted, created_at, updated_at)
SELECT l.co, l.i, CASE WHEN g.gateway_key = 'd14dd26a37cecc30fdd65700bfb55b23' THEN CASE WHEN l.i % 4 = 0 THEN 'ba_' ELSE 'pm_' END || xgen.rnd('cgttok', l.i, 24)
                      WHEN g.gateway_key = 'b9886f9257f0c6ee7c302f1c74475f6c' THEN 'MD' || upper(xgen.rnd('gcmd', l.i, 12)) ELSE 'B-' || upper(xgen.rnd('ppba', l.i, 17)) END,
       CASE WHEN l.i % 4 = 0 AND l.country_id = 840 THEN fixture_gen.pick(ARRAY['021000021', '026009593', '111000025', '121000358'], 'cgrt', l.i) END,
       g.id, CASE WHEN g.gateway_key = 'd14dd26a37cecc30fdd65700bfb55b23' THEN 'cus_' || xgen.rnd('cgtcus', l.i, 14) WHEN g.gateway_key = 'b9886f9257f0c6ee7c302f1c74475f6c' THEN 'CU' || upper(xgen.rnd('gccu', l.i, 12)) ELSE NULL END,
       CASE WHEN l.i % 4 = 0 THEN 2 WHEN g.gateway_key = 'b9886f9257f0c6ee7c302f1c74475f6c' THEN 7 ELSE 1 END, true,
       CASE WHEN l.i % 4 = 0 THEN '{"brand":"' || fixture_gen.pick(ARRAY['STRIPE TEST BANK', 'JPMORGAN CHASE', 'WELLS FARGO'], 'cgbk', l.i) || '","last4":"' || fixture_gen.digits('cgl4', l.i, 4) || '","type":2,"state":"authorized"}'
            ELSE '{"exp_month":"' || lpad((1 + fixture_gen.n('cgem', l.i, 12))::text, 2, '0') || '","exp_year":"' || (2025 + fixture_gen.n('cgey', l.i, 5)) || '","brand":"' || fixture_gen.pick(ARRAY['visa', 'mastercard', 'amex', 'Visa', 'MasterCard'], 'cgbr', l.i)
              || '","last4":"' || fixture_gen.digits('cgl4', l.i, 4) || '","type":1}' END,
       l.i % 31 = 0, xgen.at('cgtc', l.i, '2023-01-01', '2024-05-01'), xgen.at('cgtu', l.i, '2024-05-01', '2024-06-28')
FROM xgen.cl l JOIN LATERAL (SELECT * FROM company_gateways g WHERE g.company_id = l.co ORDER BY (g.id + l.i) % 3 LIMIT 1) g ON true
WHERE l.i % 3 <> 1;

-- ---------------------------------------------------------------------------
-- Invoices (640): line items whose notes describe the person served.

CREATE TABLE xgen.inv (i int PRIMARY KEY, cl int, co int, trade text, kind text, num text, d date, amt numeric, bal numeric, st int, who text, notes text);
INSERT INTO xgen.inv (i, cl, co, trade, kind, d)
SELECT g.i, l.i, l.co, c.trade, c.kind, date '2023-01-02' + fixture_gen.n('ind', g.i, 540)
FROM generate_series(1, 640) g(i) JOIN xgen.cl l ON l.i = 1 + fixture_gen.n('incl', g.i, 320) JOIN xgen.co c ON c.i = l.co;
UPDATE xgen.inv v SET num = lpad(r.rn::text, 4, '0') FROM (SELECT i, row_number() OVER (PARTITION BY co ORDER BY d, i) AS rn FROM xgen.inv) r WHERE r.i = v.i;
UPDATE xgen.inv v SET who = CASE WHEN l.ind THEN l.first || ' ' || l.last ELSE xgen.full('inwho', v.i) END,
  amt = (80 + fixture_gen.n('inamt', v.i, 480000) / 100.0)::numeric(20,2),
  st = CASE WHEN v.d > date '2024-05-20' THEN fixture_gen.pick(ARRAY['1', '2', '2'], 'inst', v.i)::int WHEN v.i % 9 = 0 THEN 3 WHEN v.i % 23 = 0 THEN 5 ELSE 4 END
FROM xgen.cl l WHERE l.i = v.cl;
UPDATE xgen.inv SET bal = CASE st WHEN 4 THEN 0 WHEN 3 THEN (amt / 2)::numeric(20,2) WHEN 5 THEN 0 ELSE amt END,
  notes = CASE trade
    WHEN 'Photography' THEN fixture_gen.pick(ARRAY['Wedding photography for ', 'Family portrait session with ', 'Headshots (10 retouched) for '], 'inph', i) || who || ', ' || to_char(d - 20, 'DD Mon YYYY')
    WHEN 'Translation' THEN 'Certified translation ' || fixture_gen.pick(ARRAY['of the birth certificate of ', 'of the divorce decree for ', 'of the driving licence of ', 'of the employment contract of '], 'intr', i) || who || ' (DE > EN)'
    WHEN 'Tutoring' THEN 'Maths tutoring for ' || xgen.first('inkid', i) || ' ' || split_part(who, ' ', 2) || ' (Year ' || (6 + i % 7) || '), ' || (2 + i % 6) || ' x 60 min'
    WHEN 'Physiotherapy' THEN 'Physiotherapy ' || (30 + 15 * (i % 3)) || ' min – ' || who || ', ' || fixture_gen.pick(ARRAY['knee rehab after ACL surgery', 'lower back pain', 'shoulder impingement', 'post-natal pelvic floor'], 'inpt', i)
    WHEN 'Yoga' THEN 'Private yoga class (' || who || '), ' || to_char(d - 3, 'DD Mon')
    WHEN 'Interior Design' THEN 'Design consultation at ' || fixture_gen.street('inaddr', i) || ' for ' || who
    ELSE fixture_gen.pick(ARRAY['Website maintenance – ', 'Logo refresh, 3 concepts – ', 'Monthly retainer – ', 'Server migration – ', 'Blog articles (4) – ', 'Bookkeeping Q' || (1 + i % 4) || ' – '], 'ingen', i) || to_char(d, 'Mon YYYY') END;

CREATE TABLE invoices (
    id serial PRIMARY KEY, client_id integer NOT NULL, user_id integer NOT NULL, assigned_user_id integer, company_id integer NOT NULL, status_id integer NOT NULL,
    project_id integer, vendor_id integer, recurring_id integer, design_id integer, number varchar(255), discount double precision NOT NULL DEFAULT 0,
    is_amount_discount boolean NOT NULL DEFAULT false, po_number varchar(255), date date, last_sent_date date, due_date date, is_deleted boolean NOT NULL DEFAULT false,
    line_items text, backup text, footer text, public_notes text, private_notes text, terms text, tax_name1 varchar(255), tax_rate1 numeric(20,6) NOT NULL DEFAULT 0,
    uses_inclusive_taxes boolean NOT NULL DEFAULT false, custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text, next_send_date timestamp,
    amount numeric(20,6) NOT NULL, balance numeric(20,6) NOT NULL, partial numeric(20,6), partial_due_date timestamp, paid_to_date numeric(20,6) NOT NULL DEFAULT 0,
    last_viewed timestamp, reminder1_sent date, reminder_last_sent date, auto_bill_enabled boolean NOT NULL DEFAULT false, tax_data text, e_invoice text, sync text,
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO invoices
SELECT v.i, v.cl, c.acct, CASE WHEN v.i % 7 = 0 THEN 31 + fixture_gen.n('inau', v.i, 30) END, v.co, v.st, NULL, NULL, CASE WHEN v.i % 10 = 0 THEN 1 + v.i % 40 END,
       1 + fixture_gen.n('indes', v.i, 10), v.num, CASE WHEN v.i % 8 = 0 THEN 10 ELSE 0 END, false,
       CASE WHEN NOT l.ind AND v.i % 3 = 0 THEN 'PO-' || (2023 + v.i % 2) || '-' || fixture_gen.digits('inpo', v.i, 4) ELSE '' END,
       v.d, CASE WHEN v.st > 1 THEN v.d + 1 END, v.d + 14, v.st = 5 AND v.i % 2 = 0,
       '[{"quantity":' || (1 + v.i % 4) || ',"cost":' || round(v.amt / (1 + v.i % 4), 2) || ',"product_key":"' || replace(v.trade, ' ', '-') || '","product_cost":0,"notes":' || fixture_gen.js(v.notes)
         || ',"discount":0,"is_amount_discount":true,"tax_name1":"' || CASE WHEN c.country_id = 276 THEN 'MwSt' ELSE 'VAT' END || '","tax_rate1":' || CASE WHEN c.kind = 'sole' AND v.i % 2 = 0 THEN '0' ELSE '19' END
         || ',"tax_name2":"","tax_rate2":0,"tax_name3":"","tax_rate3":0,"sort_id":"0","line_total":' || v.amt || ',"gross_line_total":' || v.amt || ',"tax_amount":0,"date":"","custom_value1":"","custom_value2":"","custom_value3":"","custom_value4":"","type_id":"1","tax_id":"1"}'
         || CASE WHEN v.i % 4 = 0 THEN ',{"quantity":1,"cost":25,"product_key":"Travel","product_cost":0,"notes":"Travel costs","discount":0,"is_amount_discount":true,"tax_name1":"","tax_rate1":0,"tax_name2":"","tax_rate2":0,"tax_name3":"","tax_rate3":0,"sort_id":"1","line_total":25,"gross_line_total":25,"tax_amount":0,"date":"","custom_value1":"","custom_value2":"","custom_value3":"","custom_value4":"","type_id":"1","tax_id":"1"}' ELSE '' END || ']',
       CASE WHEN v.st = 5 THEN '{"guid":"","cancellation":{"adjustment":' || v.amt || ',"status_id":' || 2 || '},"parent_invoice_id":null,"parent_invoice_number":null,"document_type":null,"child_invoice_ids":[],"redirect":""}'
            ELSE '{"guid":"","cancellation":{"adjustment":0,"status_id":0},"parent_invoice_id":null,"parent_invoice_number":null,"document_type":null,"child_invoice_ids":[],"redirect":""}' END,
       CASE WHEN v.i % 3 = 0 THEN '' ELSE (SELECT (c2.settings::json)->>'invoice_footer' FROM companies c2 WHERE c2.id = v.co) END,
       CASE WHEN v.i % 4 = 0 THEN 'Hi ' || split_part(v.who, ' ', 1) || ', thanks again – ' || fixture_gen.pick(ARRAY['see you next week!', 'the photos are in the shared folder.', 'please forward to your accountant.', 'lovely working with you.'], 'inpn', v.i)
            WHEN v.i % 4 = 1 THEN 'Service period: ' || to_char(v.d - 30, 'DD.MM.YYYY') || ' – ' || to_char(v.d, 'DD.MM.YYYY') ELSE '' END,
       CASE WHEN v.i % 5 = 0 THEN fixture_gen.pick(ARRAY['Discount agreed by phone with ', 'Chase ', 'Card declined twice – call ', 'Split with partner, ask '], 'inpv', v.i) || v.who || ' (' || fixture_gen.phone('inpvp', v.i) || ')'
            WHEN v.i % 5 = 1 THEN 'Paid partly in cash.' ELSE '' END,
       (SELECT (c2.settings::json)->>'invoice_terms' FROM companies c2 WHERE c2.id = v.co),
       CASE WHEN c.kind = 'sole' AND v.i % 2 = 0 THEN '' WHEN c.country_id = 276 THEN 'MwSt' ELSE 'VAT' END, CASE WHEN c.kind = 'sole' AND v.i % 2 = 0 THEN 0 ELSE 19 END, v.i % 6 = 0,
       CASE WHEN NOT l.ind AND v.i % 2 = 0 THEN 'Attn: ' || v.who ELSE '' END, CASE WHEN v.i % 3 = 0 THEN 'P-' || fixture_gen.digits('inpc', v.i, 3) ELSE '' END, '', '',
       CASE WHEN v.st = 2 THEN (v.d + 10)::timestamp END, v.amt, v.bal, CASE WHEN v.i % 20 = 0 THEN (v.amt / 4)::numeric(20,2) END, CASE WHEN v.i % 20 = 0 THEN (v.d + 7)::timestamp END,
       v.amt - v.bal, CASE WHEN v.st > 1 AND v.i % 2 = 0 THEN (v.d + 2)::timestamp + make_interval(secs => fixture_gen.n('inlv', v.i, 80000)) END,
       CASE WHEN v.st IN (2, 3) AND v.d < date '2024-05-01' THEN v.d + 21 END, CASE WHEN v.st IN (2, 3) AND v.d < date '2024-05-01' THEN v.d + 28 END, v.i % 5 = 2,
       NULL, NULL, CASE WHEN v.i % 13 = 0 THEN '{"qb_id":"' || (1000 + v.i) || '","invitations":[]}' END,
       v.d::timestamp + interval '9 hours', v.d::timestamp + interval '9 hours' + make_interval(days => fixture_gen.n('inup', v.i, 30)), CASE WHEN v.st = 5 AND v.i % 2 = 0 THEN v.d::timestamp + interval '40 days' END
FROM xgen.inv v JOIN xgen.cl l ON l.i = v.cl JOIN xgen.co c ON c.i = v.co;

CREATE TABLE invoice_invitations (
    id serial PRIMARY KEY, company_id integer NOT NULL, user_id integer NOT NULL, client_contact_id integer NOT NULL, invoice_id integer NOT NULL, key varchar(255) NOT NULL,
    transaction_reference varchar(255), message_id varchar(255), email_error text, signature_base64 text, signature_date timestamp, sent_date timestamp,
    viewed_date timestamp, opened_date timestamp, email_status varchar(255), signature_ip text, created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO invoice_invitations (company_id, user_id, client_contact_id, invoice_id, key, transaction_reference, message_id, email_error, signature_base64, signature_date,
    sent_date, viewed_date, opened_date, email_status, signature_ip, created_at, updated_at)
SELECT i.company_id, i.user_id, cc.id, i.id, xgen.rnd('iikey', i.id * 10 + cc.id % 10, 32),
       CASE WHEN i.status_id = 4 AND i.id % 3 = 0 THEN 'ch_' || xgen.rnd('iitr', i.id, 24) END,
       CASE WHEN i.status_id > 1 THEN CASE WHEN i.id % 2 = 0 THEN fixture_gen.uuid('iimsg', i.id * 7 + cc.id) ELSE '<' || to_char(i.date, 'YYYYMMDDHH24MISS') || '.' || fixture_gen.hexn('iimg', i.id + cc.id, 16) || '@mg.hivecraft-ninja.example>' END END,
       CASE WHEN i.status_id > 1 AND (i.id + cc.id) % 17 = 0 THEN fixture_gen.pick(ARRAY['550 5.1.1 <', 'The server responded with: 552 Mailbox full <', 'HardBounce: Address does not exist: '], 'iierr', i.id) || cc.email || CASE WHEN (i.id % 3) < 2 THEN '>: Recipient address rejected' ELSE '' END END,
       CASE WHEN i.status_id = 4 AND i.id % 14 = 0 THEN 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAZAAAADICAYAAADGFbfiAAAA' || fixture_gen.b64('iisig', i.id, 240) || fixture_gen.b64('iisig2', i.id, 240) || 'AAAAAElFTkSuQmCC' END,
       CASE WHEN i.status_id = 4 AND i.id % 14 = 0 THEN i.date::timestamp + interval '2 days 3 hours' END,
       CASE WHEN i.status_id > 1 THEN i.date::timestamp + interval '9 hours 5 minutes' END,
       CASE WHEN i.status_id > 1 AND (i.id + cc.id) % 2 = 0 THEN i.date::timestamp + interval '1 day' + make_interval(secs => fixture_gen.n('iivd', i.id, 80000)) END,
       CASE WHEN i.status_id > 1 AND (i.id + cc.id) % 3 <> 0 THEN i.date::timestamp + interval '10 hours' + make_interval(secs => fixture_gen.n('iiod', i.id, 80000)) END,
       CASE WHEN i.status_id = 1 THEN NULL WHEN (i.id + cc.id) % 17 = 0 THEN 'bounced' WHEN (i.id + cc.id) % 3 <> 0 THEN 'opened' ELSE 'delivered' END,
       CASE WHEN i.status_id = 4 AND i.id % 14 = 0 THEN fixture_gen.ipv4('iisip', i.id) END,
       i.created_at, i.updated_at
FROM invoices i JOIN client_contacts cc ON cc.client_id = i.client_id AND (cc.is_primary OR cc.send_email)
ORDER BY i.id, cc.id;

-- ---------------------------------------------------------------------------
-- Payments and products.

CREATE TABLE payments (
    id serial PRIMARY KEY, company_id integer NOT NULL, client_id integer NOT NULL, client_contact_id integer, user_id integer, assigned_user_id integer,
    project_id integer, vendor_id integer, invitation_id integer, company_gateway_id integer, gateway_type_id integer, type_id integer, status_id integer NOT NULL,
    amount numeric(20,6) NOT NULL DEFAULT 0, refunded numeric(20,6) NOT NULL DEFAULT 0, applied numeric(20,6) NOT NULL DEFAULT 0, date date,
    transaction_reference varchar(255), payer_id varchar(255), number varchar(255), private_notes text, exchange_rate numeric(20,6) NOT NULL DEFAULT 1,
    exchange_currency_id integer, is_manual boolean NOT NULL DEFAULT false, is_deleted boolean NOT NULL DEFAULT false, meta text,
    custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text, currency_id integer NOT NULL, idempotency_key varchar(64),
    transaction_id integer, category_id integer, refund_meta text, created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO payments (company_id, client_id, client_contact_id, user_id, assigned_user_id, project_id, vendor_id, invitation_id, company_gateway_id, gateway_type_id, type_id, status_id,
    amount, refunded, applied, date, transaction_reference, payer_id, number, private_notes, exchange_rate, exchange_currency_id, is_manual, is_deleted, meta,
    custom_value1, custom_value2, custom_value3, custom_value4, currency_id, idempotency_key, transaction_id, category_id, refund_meta, created_at, updated_at)
SELECT i.company_id, i.client_id, x.cc, i.user_id, NULL, NULL, NULL, x.inv, g.id, CASE m.k WHEN 1 THEN 1 WHEN 2 THEN 3 ELSE NULL END,
       CASE m.k WHEN 1 THEN 5 WHEN 2 THEN 16 WHEN 3 THEN 1 ELSE 2 END, CASE WHEN i.id % 31 = 0 THEN 6 WHEN i.id % 47 = 0 THEN 5 ELSE 4 END,
       i.paid_to_date, CASE WHEN i.id % 31 = 0 THEN i.paid_to_date ELSE 0 END, i.paid_to_date, i.date + 3 + i.id % 10,
       CASE m.k WHEN 1 THEN 'ch_' || xgen.rnd('pych', i.id, 24) WHEN 2 THEN fixture_gen.chars('pypp', i.id, 17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') WHEN 3 THEN 'Überweisung ' || i.number ELSE '' END,
       CASE WHEN m.k = 2 THEN fixture_gen.chars('pyer', i.client_id, 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') END,
       lpad(row_number() OVER (PARTITION BY i.company_id ORDER BY i.id)::text, 4, '0'),
       CASE WHEN m.k = 4 THEN 'Cash handed over by ' || xgen.full('pycash', i.id) || ' at the session.' WHEN i.id % 11 = 0 THEN 'Paid by ' || xgen.full('pyby', i.id) || ' on behalf of the client.' ELSE '' END,
       1, NULL, m.k >= 3, false,
       CASE WHEN m.k = 1 THEN '{"exp_month":"' || lpad((1 + fixture_gen.n('pyem', i.client_id, 12))::text, 2, '0') || '","exp_year":"' || (2025 + fixture_gen.n('pyey', i.client_id, 5)) || '","brand":"' || fixture_gen.pick(ARRAY['visa', 'mastercard', 'amex'], 'pybr', i.client_id) || '","last4":"' || fixture_gen.digits('pyl4', i.client_id, 4) || '","type":1}' END,
       '', '', '', '', 3, CASE WHEN m.k <= 2 THEN encode(sha256(convert_to('pyidem' || i.id, 'UTF8')), 'hex') END, NULL, NULL,
       CASE WHEN i.id % 31 = 0 THEN '{"invoices":[{"invoice_id":' || i.id || ',"amount":' || i.paid_to_date || '}],"amount":' || i.paid_to_date || ',"gateway_refund":true,"send_email":true,"date":"' || (i.date + 20) || '"}' END,
       (i.date + 3 + i.id % 10)::timestamp + interval '11 hours', (i.date + 3 + i.id % 10)::timestamp + interval '11 hours 2 minutes'
FROM invoices i
CROSS JOIN LATERAL (SELECT 1 + fixture_gen.n('pym', i.id, 4) AS k) m
LEFT JOIN LATERAL (SELECT min(ii.id) AS inv, min(ii.client_contact_id) AS cc FROM invoice_invitations ii WHERE ii.invoice_id = i.id) x ON true
LEFT JOIN LATERAL (SELECT g.id FROM company_gateways g WHERE g.company_id = i.company_id AND ((m.k = 1 AND g.label = 'Stripe') OR (m.k = 2 AND g.label = 'PayPal')) LIMIT 1) g ON true
WHERE i.paid_to_date > 0
ORDER BY i.id;

CREATE TABLE products (
    id serial PRIMARY KEY, company_id integer NOT NULL, user_id integer NOT NULL, assigned_user_id integer, project_id integer, vendor_id integer,
    product_key text, notes text, cost numeric(20,6) NOT NULL DEFAULT 0, price numeric(20,6) NOT NULL DEFAULT 0, quantity numeric(20,6) NOT NULL DEFAULT 0,
    tax_name1 varchar(255), tax_rate1 numeric(20,6) NOT NULL DEFAULT 0, custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text,
    is_deleted boolean NOT NULL DEFAULT false, in_stock_quantity integer NOT NULL DEFAULT 0, tax_id integer, product_image text,
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO products (company_id, user_id, product_key, notes, cost, price, quantity, tax_name1, tax_rate1, custom_value1, custom_value2, custom_value3, custom_value4, is_deleted, in_stock_quantity, tax_id, product_image, created_at, updated_at)
SELECT c.i, c.acct, p.key, p.notes, 0, p.price + c.i, 1, 'VAT', CASE WHEN c.kind = 'sole' AND c.i % 2 = 0 THEN 0 ELSE 19 END, p.unit, '', '', '', c.i * p.k = 51, 0, 1,
       CASE WHEN p.k = 1 AND c.i % 4 = 0 THEN 'https://files.hivecraft-ninja.example/' || c.key || '/products/' || fixture_gen.hexn('prim', c.i, 24) || '.jpg' END,
       xgen.at('prc', c.i * 5 + p.k, '2022-06-01', '2023-06-01'), xgen.at('pru', c.i * 5 + p.k, '2024-01-01', '2024-06-01')
FROM xgen.co c CROSS JOIN LATERAL (VALUES
  (1, replace(c.trade, ' ', '-'), c.trade || ' – standard rate', 85, 'hour'),
  (2, replace(c.trade, ' ', '-') || '-Package', c.trade || ' package of 5, paid in advance, valid for 6 months', 390, 'package'),
  (3, 'Travel', 'Travel costs within the city', 25, 'flat'),
  (4, 'Rush', 'Surcharge for delivery within 48 hours', 60, 'flat'),
  (5, 'Licence', 'Usage licence, one year, web and print', 150, 'year')) p(k, key, notes, price, unit)
WHERE p.k <= 3 OR c.i % 2 = 0;

-- ---------------------------------------------------------------------------
-- Vendors (some sole traders) and expenses.

CREATE TABLE vendors (
    id serial PRIMARY KEY, company_id integer NOT NULL, user_id integer NOT NULL, assigned_user_id integer, currency_id integer, name varchar(255),
    address1 varchar(255), address2 varchar(255), city varchar(255), state varchar(255), postal_code varchar(255), country_id integer, phone varchar(255),
    private_notes text, public_notes text, website varchar(255), is_deleted boolean NOT NULL DEFAULT false, vat_number varchar(255), id_number varchar(255),
    number varchar(255), vendor_hash text, custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text,
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO vendors (company_id, user_id, currency_id, name, address1, address2, city, state, postal_code, country_id, phone, private_notes, public_notes, website, is_deleted,
    vat_number, id_number, number, vendor_hash, custom_value1, custom_value2, custom_value3, custom_value4, created_at, updated_at)
SELECT c.i, c.acct, c.currency_id,
       CASE WHEN v.k % 3 = 0 THEN xgen.full('vnp', c.i * 4 + v.k) || CASE WHEN v.k % 2 = 0 THEN ' – ' || fixture_gen.pick(ARRAY['Proofreading', 'Second shooter', 'Tax advice', 'Sound engineer'], 'vntr', c.i * 4 + v.k) ELSE '' END
            ELSE fixture_gen.pick(ARRAY['Adobe Systems Software Ireland Ltd', 'Hetzner Online GmbH', 'Hivecraft Coworking GmbH', 'Deutsche Bahn AG', 'Amazon EU S.à r.l.', 'Cewe Stiftung & Co. KGaA', 'Google Ireland Ltd', 'Staples Solutions BV', 'Vodafone GmbH', 'IONOS SE'], 'vnb', c.i * 4 + v.k) END,
       CASE WHEN v.k % 3 = 0 THEN fixture_gen.street('vna', c.i * 4 + v.k) ELSE fixture_gen.pick(ARRAY['Industriestraße 25', '70 Sir John Rogerson''s Quay', 'Gordon House, Barrow Street', 'Elgendorfer Str. 57'], 'vnba', c.i * 4 + v.k) END,
       '', fixture_gen.city('vnc', c.i * 4 + v.k), '', fixture_gen.postcode('vnpc', c.i * 4 + v.k), c.country_id,
       CASE WHEN v.k % 3 = 0 THEN fixture_gen.phone('vnph', c.i * 4 + v.k) ELSE '' END,
       CASE WHEN v.k % 3 = 0 THEN fixture_gen.pick(ARRAY['Invoices without VAT (small business). Pay within 7 days, ', 'Reliable, books up early in summer. Ask for ', 'Partner of '], 'vnpn', c.i * 4 + v.k) || xgen.first('vnp2', c.i + v.k) || '.' ELSE '' END,
       '', CASE WHEN v.k % 3 = 0 THEN 'https://' || xgen.fold(xgen.first('vnp', c.i * 4 + v.k)) || xgen.fold(xgen.last('vnp', c.i * 4 + v.k)) || '.example' ELSE 'https://www.' || lower(regexp_replace(split_part(fixture_gen.pick(ARRAY['Adobe Systems Software Ireland Ltd', 'Hetzner Online GmbH', 'Hivecraft Coworking GmbH', 'Deutsche Bahn AG', 'Amazon EU S.à r.l.', 'Cewe Stiftung & Co. KGaA', 'Google Ireland Ltd', 'Staples Solutions BV', 'Vodafone GmbH', 'IONOS SE'], 'vnb', c.i * 4 + v.k), ' ', 1), '[^A-Za-z]', '', 'g')) || '.example' END,
       false, CASE WHEN v.k % 3 = 0 AND v.k % 2 = 0 THEN fixture_gen.vat('vnvat', c.i * 4 + v.k) WHEN v.k % 3 <> 0 THEN 'IE' || fixture_gen.digits('vnie', c.i * 4 + v.k, 7) || 'X' ELSE '' END,
       CASE WHEN v.k % 3 = 0 THEN fixture_gen.digits('vnst', c.i * 4 + v.k, 3) || '/' || fixture_gen.digits('vnst2', c.i * 4 + v.k, 3) || '/' || fixture_gen.digits('vnst3', c.i * 4 + v.k, 5) ELSE '' END,
       lpad(v.k::text, 4, '0'), xgen.rnd('vnh', c.i * 4 + v.k, 40), '', '', '', '',
       xgen.at('vnc', c.i * 4 + v.k, '2022-06-01', '2023-06-01'), xgen.at('vnu', c.i * 4 + v.k, '2024-01-01', '2024-06-01')
FROM xgen.co c CROSS JOIN generate_series(1, 3) v(k)
ORDER BY c.i, v.k;

CREATE TABLE expenses (
    id serial PRIMARY KEY, company_id integer NOT NULL, vendor_id integer, user_id integer NOT NULL, assigned_user_id integer, invoice_id integer, client_id integer,
    bank_id integer, invoice_currency_id integer, currency_id integer, category_id integer, payment_type_id integer, recurring_expense_id integer,
    is_deleted boolean NOT NULL DEFAULT false, amount numeric(20,6) NOT NULL, foreign_amount numeric(20,6) NOT NULL, exchange_rate numeric(20,6) NOT NULL DEFAULT 1,
    tax_name1 varchar(255), tax_rate1 numeric(20,6) NOT NULL DEFAULT 0, date date, payment_date date, private_notes text, public_notes text,
    transaction_reference text, should_be_invoiced boolean NOT NULL DEFAULT false, invoice_documents boolean NOT NULL DEFAULT true, transaction_id integer,
    custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text, number varchar(255), project_id integer,
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO expenses (company_id, vendor_id, user_id, invoice_id, client_id, currency_id, category_id, payment_type_id, is_deleted, amount, foreign_amount, exchange_rate,
    tax_name1, tax_rate1, date, payment_date, private_notes, public_notes, transaction_reference, should_be_invoiced, invoice_documents,
    custom_value1, custom_value2, custom_value3, custom_value4, number, created_at, updated_at)
SELECT v.company_id, v.id, v.user_id, NULL, CASE WHEN e.k = 2 THEN (SELECT min(id) FROM clients cl WHERE cl.company_id = v.company_id) END,
       v.currency_id, 1 + fixture_gen.n('excat', v.id * 3 + e.k, 8), 1 + fixture_gen.n('expt', v.id * 3 + e.k, 5), false,
       (5 + fixture_gen.n('examt', v.id * 3 + e.k, 90000) / 100.0)::numeric(20,2), 0, 1, 'VAT', 19,
       date '2023-01-05' + fixture_gen.n('exd', v.id * 3 + e.k, 530), date '2023-01-05' + fixture_gen.n('exd', v.id * 3 + e.k, 530) + 2,
       CASE fixture_gen.n('expn', v.id * 3 + e.k, 6)
         WHEN 0 THEN 'Lunch with ' || xgen.full('exlu', v.id * 3 + e.k) || ' (' || fixture_gen.pick(ARRAY['Greenleaf Foods', 'prospective client', 'my accountant', 'second shooter'], 'exlw', v.id + e.k) || ') to discuss the contract'
         WHEN 1 THEN 'Train to client site, BahnCard 50 of ' || xgen.full('exbc', v.id) || ', no. 7081 4112 ' || fixture_gen.digits('exbcn', v.id, 8)
         WHEN 2 THEN 'Home office share: 12 m² of 85 m² flat'
         WHEN 3 THEN 'Annual subscription'
         ELSE '' END,
       CASE WHEN e.k = 2 THEN 'Materials for your project' ELSE '' END,
       CASE WHEN e.k = 1 THEN fixture_gen.pick(ARRAY['INV-', 'R', 'DB-', ''], 'extr', v.id) || fixture_gen.digits('extrn', v.id * 3 + e.k, 9) ELSE '' END,
       e.k = 2, true, '', '', '', '', lpad((v.id * 3 + e.k)::text, 4, '0'),
       (date '2023-01-05' + fixture_gen.n('exd', v.id * 3 + e.k, 530))::timestamp + interval '20 hours', (date '2023-01-05' + fixture_gen.n('exd', v.id * 3 + e.k, 530))::timestamp + interval '21 hours'
FROM vendors v CROSS JOIN generate_series(1, 3) e(k)
ORDER BY v.id, e.k;

-- ---------------------------------------------------------------------------
-- Tasks with their time logs ([start, end, note, billable]).

CREATE TABLE tasks (
    id serial PRIMARY KEY, user_id integer NOT NULL, assigned_user_id integer, company_id integer NOT NULL, client_id integer, invoice_id integer, project_id integer,
    status_id integer, status_sort_order integer, number varchar(255), description text, time_log text, is_running boolean NOT NULL DEFAULT false,
    is_deleted boolean NOT NULL DEFAULT false, rate numeric(20,6) NOT NULL DEFAULT 0, custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text,
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO tasks (user_id, assigned_user_id, company_id, client_id, invoice_id, status_id, status_sort_order, number, description, time_log, is_running, is_deleted, rate,
    custom_value1, custom_value2, custom_value3, custom_value4, created_at, updated_at)
SELECT i.user_id, i.assigned_user_id, i.company_id, i.client_id, CASE WHEN t % 2 = 0 THEN i.id END, 1 + t % 4, t % 5, lpad(t::text, 4, '0'),
       CASE fixture_gen.n('tkd', t, 5)
         WHEN 0 THEN 'Call with ' || cc.first_name || ' ' || cc.last_name || ' about ' || fixture_gen.pick(ARRAY['the revised quote', 'missing photos', 'the translation deadline', 'rescheduling the session'], 'tkab', t)
         WHEN 1 THEN 'Edit and retouch selection for ' || cc.first_name || ', deliver via WeTransfer to ' || cc.email
         WHEN 2 THEN 'Prepare lesson plan'
         WHEN 3 THEN 'Bug fixing: contact form not sending'
         ELSE '' END,
       '[[' || extract(epoch FROM i.date::timestamp + interval '9 hours')::bigint || ',' || extract(epoch FROM i.date::timestamp + interval '10 hours 30 minutes')::bigint || ',"'
         || CASE WHEN t % 3 = 0 THEN 'Session with ' || cc.first_name || ' – notes in the client file' WHEN t % 3 = 1 THEN 'Research' ELSE '' END || '",true]'
         || CASE WHEN t % 4 = 0 THEN ',[' || extract(epoch FROM i.date::timestamp + interval '14 hours')::bigint || ',' || CASE WHEN t = 8 THEN '0' ELSE extract(epoch FROM i.date::timestamp + interval '15 hours')::bigint::text END || ',"Follow-up email to ' || cc.email || '",true]' ELSE '' END || ']',
       t = 8, false, 60 + t % 5 * 10, '', '', '', '', i.date::timestamp + interval '8 hours', i.date::timestamp + interval '16 hours'
FROM generate_series(1, 240) t JOIN invoices i ON i.id = 1 + fixture_gen.n('tki', t, 640)
JOIN LATERAL (SELECT * FROM client_contacts cc WHERE cc.client_id = i.client_id ORDER BY cc.id LIMIT 1) cc ON true;

-- ---------------------------------------------------------------------------
-- Activities, the backups of invoices they keep, and the system log.

CREATE TABLE activities (
    id serial PRIMARY KEY, user_id integer, company_id integer NOT NULL, client_id integer, client_contact_id integer, account_id integer, project_id integer,
    vendor_id integer, payment_id integer, invoice_id integer, credit_id integer, invitation_id integer, task_id integer, expense_id integer,
    activity_type_id integer, ip varchar(255), is_system boolean NOT NULL DEFAULT false, notes text, token_id integer, quote_id integer, recurring_invoice_id integer,
    created_at timestamp(6), updated_at timestamp(6)
);
-- invoice created / updated by a user
INSERT INTO activities (user_id, company_id, client_id, account_id, invoice_id, activity_type_id, ip, is_system, notes, token_id, created_at, updated_at)
SELECT i.user_id, i.company_id, i.client_id, c.account_id, i.id, CASE WHEN k = 1 THEN 4 ELSE 5 END, u.ip, false, '',
       (SELECT min(t.id) FROM company_tokens t WHERE t.user_id = i.user_id AND t.company_id = i.company_id), i.created_at + make_interval(mins => k * 7), i.created_at + make_interval(mins => k * 7)
FROM invoices i JOIN companies c ON c.id = i.company_id JOIN users u ON u.id = i.user_id CROSS JOIN generate_series(1, 2) k WHERE k = 1 OR i.id % 3 = 0;
-- emailed, viewed, bounced
INSERT INTO activities (user_id, company_id, client_id, client_contact_id, account_id, invoice_id, invitation_id, activity_type_id, ip, is_system, notes, created_at, updated_at)
SELECT ii.user_id, ii.company_id, i.client_id, ii.client_contact_id, c.account_id, ii.invoice_id, ii.id,
       CASE WHEN ii.email_status = 'bounced' THEN 59 WHEN ii.viewed_date IS NOT NULL THEN 7 ELSE 6 END,
       CASE WHEN ii.viewed_date IS NOT NULL THEN CASE WHEN ii.id % 4 = 0 THEN fixture_gen.ipv6('acvip', ii.client_contact_id) ELSE fixture_gen.ipv4('acvip', ii.client_contact_id) END ELSE '127.0.0.1' END,
       ii.viewed_date IS NULL,
       CASE WHEN ii.email_status = 'bounced' THEN 'Bounce: ' || ii.email_error
            WHEN ii.viewed_date IS NULL AND ii.id % 5 = 0 THEN 'Invoice ' || i.number || ' emailed to ' || cc.first_name || ' ' || cc.last_name || ' <' || cc.email || '>'
            WHEN ii.viewed_date IS NOT NULL AND ii.id % 11 = 0 THEN 'Viewed from ' || fixture_gen.pick(ARRAY['iPhone (Mail)', 'Gmail web', 'Outlook for Windows', 'Android'], 'acvw', ii.id)
            ELSE '' END,
       coalesce(ii.viewed_date, ii.sent_date), coalesce(ii.viewed_date, ii.sent_date)
FROM invoice_invitations ii JOIN invoices i ON i.id = ii.invoice_id JOIN companies c ON c.id = ii.company_id JOIN client_contacts cc ON cc.id = ii.client_contact_id
WHERE ii.sent_date IS NOT NULL;
-- payments
INSERT INTO activities (user_id, company_id, client_id, client_contact_id, account_id, payment_id, invoice_id, activity_type_id, ip, is_system, notes, created_at, updated_at)
SELECT p.user_id, p.company_id, p.client_id, p.client_contact_id, c.account_id, p.id, ii.invoice_id, CASE WHEN p.is_manual THEN 10 ELSE 10 END,
       CASE WHEN p.is_manual THEN NULL ELSE fixture_gen.ipv4('acvip', p.client_contact_id) END, NOT p.is_manual,
       CASE WHEN p.status_id = 6 THEN 'Refunded ' || p.amount::numeric(20,2) || ' via gateway' WHEN p.gateway_type_id = 3 THEN 'PayPal payer ' || p.payer_id || ' (' || cc.email || ')' ELSE '' END,
       p.created_at, p.created_at
FROM payments p JOIN companies c ON c.id = p.company_id LEFT JOIN invoice_invitations ii ON ii.id = p.invitation_id LEFT JOIN client_contacts cc ON cc.id = p.client_contact_id;
-- client portal logins and failed payments
INSERT INTO activities (company_id, client_id, client_contact_id, account_id, activity_type_id, ip, is_system, notes, created_at, updated_at)
SELECT cc.company_id, cc.client_id, cc.id, c.account_id, CASE WHEN cc.id % 4 = 0 THEN 60 ELSE 141 END, fixture_gen.ipv4('acvip', cc.id), true,
       CASE WHEN cc.id % 4 = 0 THEN 'Your card was declined. (card_declined, insufficient_funds) – ' || cc.first_name || ' ' || cc.last_name ELSE '' END,
       cc.last_login, cc.last_login
FROM client_contacts cc JOIN companies c ON c.id = cc.company_id WHERE cc.last_login IS NOT NULL;

CREATE TABLE backups (
    id serial PRIMARY KEY, activity_id integer NOT NULL, json_backup text, html_backup text, amount numeric(20,6) NOT NULL DEFAULT 0, filename text, disk varchar(255),
    created_at timestamp(6), updated_at timestamp(6)
);
INSERT INTO backups (activity_id, json_backup, html_backup, amount, filename, disk, created_at, updated_at)
SELECT a.id,
       CASE WHEN a.id % 2 = 0 THEN json_build_object('id', xgen.hashid(i.id), 'number', i.number, 'amount', i.amount, 'balance', i.balance, 'date', i.date, 'due_date', i.due_date, 'po_number', i.po_number,
         'client', json_build_object('name', cl.name, 'address1', cl.address1, 'city', cl.city, 'postal_code', cl.postal_code, 'vat_number', cl.vat_number, 'phone', cl.phone),
         'line_items', i.line_items::json, 'public_notes', i.public_notes)::text END,
       CASE WHEN a.id % 3 <> 0 THEN '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Invoice ' || i.number || '</title></head><body><div id="client-details"><p class="client-name">' || cl.name || '</p><p>' || cl.address1 || '</p><p>'
         || cl.postal_code || ' ' || cl.city || '</p><p>' || coalesce(cc.email, '') || '</p></div><table class="items"><tr><td>' || ((i.line_items::json)->0->>'notes') || '</td><td>' || i.amount::numeric(20,2) || '</td></tr></table><footer>' || coalesce(i.footer, '') || '</footer></body></html>' END,
       i.amount, CASE WHEN a.id % 3 = 0 THEN 'backups/' || co.company_key || '/' || fixture_gen.hexn('bkf', a.id, 40) || '.html' END, CASE WHEN a.id % 3 = 0 THEN 'backup' END,
       a.created_at, a.created_at
FROM activities a JOIN invoices i ON i.id = a.invoice_id JOIN clients cl ON cl.id = i.client_id JOIN companies co ON co.id = i.company_id
LEFT JOIN LATERAL (SELECT email FROM client_contacts cc WHERE cc.client_id = cl.id ORDER BY id LIMIT 1) cc ON true
WHERE a.activity_type_id = 5;

CREATE TABLE system_logs (
    id serial PRIMARY KEY, company_id integer NOT NULL, user_id integer, client_id integer, category_id integer, event_id integer, type_id integer, log text NOT NULL,
    created_at timestamp(6), updated_at timestamp(6)
);
-- gateway responses (Stripe charges with billing details)
INSERT INTO system_logs (company_id, user_id, client_id, category_id, event_id, type_id, log, created_at, updated_at)
SELECT p.company_id, p.user_id, p.client_id, 1, CASE WHEN p.id % 9 = 0 THEN 22 ELSE 21 END, 300,
       json_build_object('server_response', json_build_object('id', p.transaction_reference, 'object', 'charge', 'amount', (p.amount * 100)::bigint, 'currency', 'eur', 'customer', t.gateway_customer_reference,
           'billing_details', json_build_object('name', cc.first_name || ' ' || cc.last_name, 'email', cc.email, 'phone', cc.phone, 'address', json_build_object('line1', cl.address1, 'city', cl.city, 'postal_code', cl.postal_code)),
           'payment_method_details', json_build_object('card', json_build_object('brand', (p.meta::json)->>'brand', 'last4', (p.meta::json)->>'last4', 'exp_month', (p.meta::json)->>'exp_month', 'exp_year', (p.meta::json)->>'exp_year', 'fingerprint', xgen.rnd('fp', p.client_id, 16))),
           'outcome', json_build_object('network_status', CASE WHEN p.id % 9 = 0 THEN 'declined_by_network' ELSE 'approved_by_network' END, 'risk_level', 'normal')),
         'data', json_build_object('payment_hash', xgen.rnd('ph', p.id, 32), 'invoices', json_build_array(json_build_object('invoice_id', xgen.hashid(p.invitation_id), 'amount', p.amount))))::text,
       p.created_at, p.created_at
FROM payments p JOIN clients cl ON cl.id = p.client_id JOIN client_contacts cc ON cc.id = p.client_contact_id
LEFT JOIN client_gateway_tokens t ON t.client_id = p.client_id AND t.token LIKE 'pm%'
WHERE p.gateway_type_id = 1;
-- mail events (Postmark bounces and deliveries)
INSERT INTO system_logs (company_id, user_id, client_id, category_id, event_id, type_id, log, created_at, updated_at)
SELECT ii.company_id, ii.user_id, i.client_id, 2, CASE WHEN ii.email_status = 'bounced' THEN 31 ELSE 30 END, 500,
       json_build_object('RecordType', CASE WHEN ii.email_status = 'bounced' THEN 'Bounce' ELSE 'Delivery' END, 'MessageID', ii.message_id, 'Recipient', cc.email, 'Email', cc.email,
         'From', co.settings::json->>'email', 'Subject', 'Invoice ' || i.number || ' from ' || (co.settings::json->>'name'),
         'Details', CASE WHEN ii.email_status = 'bounced' THEN ii.email_error ELSE 'smtp;250 2.0.0 OK' END, 'DeliveredAt', ii.sent_date)::text,
       ii.sent_date, ii.sent_date
FROM invoice_invitations ii JOIN invoices i ON i.id = ii.invoice_id JOIN client_contacts cc ON cc.id = ii.client_contact_id JOIN companies co ON co.id = ii.company_id
WHERE ii.sent_date IS NOT NULL AND (ii.email_status = 'bounced' OR ii.id % 6 = 0);
-- failed user logins
INSERT INTO system_logs (company_id, user_id, client_id, category_id, event_id, type_id, log, created_at, updated_at)
SELECT cu.company_id, cu.user_id, NULL, 3, 61, 700,
       json_build_object('email', CASE WHEN k = 1 THEN u.email ELSE replace(u.email, '@', '.@') END, 'ip', fixture_gen.ipv4('slip', u.id * 3 + k), 'user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12' || k || '.0.0.0 Safari/537.36', 'reason', 'invalid_credentials')::text,
       xgen.at('slc', u.id * 3 + k, '2024-01-01', '2024-06-28'), xgen.at('slc', u.id * 3 + k, '2024-01-01', '2024-06-28')
FROM users u JOIN company_users cu ON cu.user_id = u.id AND cu.company_id = (SELECT min(company_id) FROM company_users x WHERE x.user_id = u.id) CROSS JOIN generate_series(1, 2) k WHERE u.id % 3 = 0;

-- ---------------------------------------------------------------------------
-- Documents attached to clients, invoices and expenses.

CREATE TABLE documents (
    id serial PRIMARY KEY, user_id integer NOT NULL, assigned_user_id integer, company_id integer NOT NULL, project_id integer, vendor_id integer,
    url varchar(255), preview varchar(255), name varchar(255), type varchar(255), disk varchar(255), hash varchar(100), size integer, width integer, height integer,
    is_default boolean NOT NULL DEFAULT false, custom_value1 text, custom_value2 text, custom_value3 text, custom_value4 text,
    documentable_id integer NOT NULL, documentable_type varchar(255) NOT NULL, is_public boolean NOT NULL DEFAULT true,
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO documents (user_id, company_id, vendor_id, url, preview, name, type, disk, hash, size, width, height, is_default, custom_value1, custom_value2, custom_value3, custom_value4,
    documentable_id, documentable_type, is_public, created_at, updated_at)
SELECT cl.user_id, cl.company_id, NULL, co.company_key || '/documents/' || h.h || '.' || d.ext,
       CASE WHEN d.ext IN ('jpg', 'png') THEN co.company_key || '/documents/preview/' || h.h || '.' || d.ext ELSE '' END,
       d.name, d.ext, CASE WHEN cl.id % 3 = 0 THEN 's3' ELSE 'public' END, h.h, 20000 + fixture_gen.n('dcsz', cl.id, 900000),
       CASE WHEN d.ext IN ('jpg', 'png') THEN 1200 END, CASE WHEN d.ext IN ('jpg', 'png') THEN 900 END, false, '', '', '', '',
       cl.id, 'App\Models\Client', d.pub, cl.created_at + interval '1 day', cl.created_at + interval '1 day'
FROM clients cl JOIN companies co ON co.id = cl.company_id
CROSS JOIN LATERAL (SELECT CASE fixture_gen.n('dcn', cl.id, 6)
    WHEN 0 THEN 'Passport_' || replace(cl.name, ' ', '_') || '.pdf'
    WHEN 1 THEN 'Signed contract - ' || cl.name || '.pdf'
    WHEN 2 THEN 'referral_letter_dr_' || xgen.fold(xgen.last('cldr', cl.id)) || '_' || xgen.fold(split_part(cl.name, ' ', 1)) || '.pdf'
    WHEN 3 THEN 'IMG_' || fixture_gen.digits('dcimg', cl.id, 4) || '.jpg'
    WHEN 4 THEN 'Rahmenvertrag_' || to_char(cl.created_at, 'YYYY') || '.pdf'
    ELSE 'W-9 ' || cl.name || '.pdf' END AS name,
  CASE WHEN fixture_gen.n('dcn', cl.id, 6) = 3 THEN 'jpg' ELSE 'pdf' END AS ext, fixture_gen.n('dcn', cl.id, 6) IN (3, 4) AS pub) d
CROSS JOIN LATERAL (SELECT fixture_gen.hexn('dch', cl.id, 40) AS h) h
WHERE cl.id % 2 = 0;
INSERT INTO documents (user_id, company_id, vendor_id, url, preview, name, type, disk, hash, size, width, height, is_default, custom_value1, custom_value2, custom_value3, custom_value4,
    documentable_id, documentable_type, is_public, created_at, updated_at)
SELECT e.user_id, e.company_id, e.vendor_id, co.company_key || '/documents/' || fixture_gen.hexn('deh', e.id, 40) || '.' || CASE WHEN e.id % 3 = 0 THEN 'jpg' ELSE 'pdf' END,
       CASE WHEN e.id % 3 = 0 THEN co.company_key || '/documents/preview/' || fixture_gen.hexn('deh', e.id, 40) || '.jpg' ELSE '' END,
       CASE WHEN e.id % 3 = 0 THEN 'receipt_' || to_char(e.date, 'YYYYMMDD') || '.jpg' ELSE fixture_gen.pick(ARRAY['Rechnung_', 'invoice-', 'Beleg '], 'den', e.id) || coalesce(nullif(e.transaction_reference, ''), e.number) || '.pdf' END,
       CASE WHEN e.id % 3 = 0 THEN 'jpg' ELSE 'pdf' END, 'public', fixture_gen.hexn('deh', e.id, 40), 5000 + fixture_gen.n('desz', e.id, 300000),
       CASE WHEN e.id % 3 = 0 THEN 3024 END, CASE WHEN e.id % 3 = 0 THEN 4032 END, false, '', '', '', '', e.id, 'App\Models\Expense', false, e.created_at, e.created_at
FROM expenses e JOIN companies co ON co.id = e.company_id WHERE e.id % 4 = 0;

-- ---------------------------------------------------------------------------
-- Webhooks: the target URL or the headers carry the receiver's credential.

CREATE TABLE webhooks (
    id serial PRIMARY KEY, company_id integer, user_id integer, event_id integer, is_deleted boolean NOT NULL DEFAULT false, target_url varchar(255) NOT NULL,
    format varchar(255) NOT NULL DEFAULT 'JSON', rest_method text, headers text, created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO webhooks (company_id, user_id, event_id, is_deleted, target_url, format, rest_method, headers, created_at, updated_at)
SELECT c.i, c.acct, (ARRAY[1, 2, 4, 6, 7, 10])[1 + (c.i + k) % 6], false,
       CASE (c.i + k) % 4
         WHEN 0 THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('whz', c.i, 7) || '/' || lower(xgen.rnd('whz2', c.i * 2 + k, 7)) || '/'
         WHEN 1 THEN 'https://hook.eu1.make.com/' || lower(xgen.rnd('whm', c.i * 2 + k, 32))
         WHEN 2 THEN 'https://n8n.' || c.dom || '/webhook/' || fixture_gen.uuid('whn', c.i * 2 + k)
         ELSE 'https://erp.' || c.dom || '/api/ninja/events' END,
       'JSON', 'post',
       CASE (c.i + k) % 4
         WHEN 2 THEN '{"X-N8N-Token":"' || xgen.rnd('whnt', c.i, 40) || '"}'
         WHEN 3 THEN '{"Authorization":"Basic ' || translate(encode(convert_to('ninja:' || xgen.rnd('whbp', c.i, 20), 'UTF8'), 'base64'), E'\n', '') || '","X-Source":"invoiceninja"}'
         ELSE '[]' END,
       xgen.at('whc', c.i * 2 + k, '2023-01-01', '2024-03-01'), xgen.at('whu', c.i * 2 + k, '2024-03-01', '2024-06-28')
FROM xgen.co c CROSS JOIN generate_series(1, 2) k WHERE c.i % 3 <> 2 AND (k = 1 OR c.i % 2 = 0);

-- ---------------------------------------------------------------------------
-- Bank feeds (Nordigen/GoCardless and Yodlee) and their transactions.

CREATE TABLE bank_integrations (
    id serial PRIMARY KEY, account_id integer NOT NULL, company_id integer NOT NULL, user_id integer NOT NULL, provider_name text NOT NULL, provider_id bigint NOT NULL,
    bank_account_id bigint NOT NULL, bank_account_name text, bank_account_number text, bank_account_status text, bank_account_type text,
    balance numeric(20,6) NOT NULL DEFAULT 0, currency text, nickname text NOT NULL DEFAULT '', from_date date, is_deleted boolean NOT NULL DEFAULT false,
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6), disabled_upstream boolean NOT NULL DEFAULT false, auto_sync boolean NOT NULL DEFAULT false,
    integration_type varchar(255), nordigen_account_id varchar(255), nordigen_institution_id varchar(255)
);
INSERT INTO bank_integrations (account_id, company_id, user_id, provider_name, provider_id, bank_account_id, bank_account_name, bank_account_number, bank_account_status, bank_account_type,
    balance, currency, nickname, from_date, is_deleted, created_at, updated_at, disabled_upstream, auto_sync, integration_type, nordigen_account_id, nordigen_institution_id)
SELECT c.acct, c.i, c.acct, b.provider, CASE WHEN c.country_id = 840 THEN 10000 + c.i ELSE 0 END, CASE WHEN c.country_id = 840 THEN 11000000 + c.i * 137 ELSE 0 END,
       CASE WHEN c.kind = 'sole' AND c.i % 2 = 0 THEN upper(c.owner) WHEN c.country_id = 840 THEN 'TOTAL CHECKING' ELSE c.name || ' – Business account' END,
       CASE WHEN c.country_id = 840 THEN 'xxxx' || fixture_gen.digits('bian', c.i, 4) ELSE c.iban END,
       'ACTIVE', CASE WHEN c.country_id = 840 THEN 'bank' ELSE 'CACC' END, (fixture_gen.n('bibal', c.i, 5000000) / 100.0)::numeric(20,2),
       CASE c.currency_id WHEN 1 THEN 'USD' WHEN 2 THEN 'GBP' WHEN 12 THEN 'JPY' WHEN 49 THEN 'PLN' ELSE 'EUR' END,
       fixture_gen.pick(ARRAY['', 'Main', 'Business', 'Tax reserve'], 'binick', c.i), date '2024-01-01', false,
       xgen.at('bic', c.i, '2023-06-01', '2024-01-01'), xgen.at('biu', c.i, '2024-06-01', '2024-06-28'), c.i = 21, c.i % 2 = 0,
       CASE WHEN c.country_id = 840 THEN 'YODLEE' ELSE 'GOCARDLESS' END,
       CASE WHEN c.country_id = 840 THEN NULL ELSE fixture_gen.uuid('bina', c.i) END, CASE WHEN c.country_id = 840 THEN NULL ELSE b.inst END
FROM xgen.co c CROSS JOIN LATERAL (SELECT CASE c.country_id WHEN 840 THEN 'Chase' WHEN 276 THEN 'N26' WHEN 250 THEN 'Qonto' WHEN 826 THEN 'Monzo' ELSE 'Revolut' END AS provider,
  CASE c.country_id WHEN 276 THEN 'N26_NTSBDEB1' WHEN 250 THEN 'QONTO_QNTOFRP1' WHEN 826 THEN 'MONZO_MONZGB2L' ELSE 'REVOLUT_REVOGB21' END AS inst) b
WHERE c.i % 4 <> 3;

CREATE TABLE bank_transactions (
    id bigserial PRIMARY KEY, company_id integer NOT NULL, user_id integer NOT NULL, bank_integration_id integer NOT NULL, transaction_id bigint NOT NULL,
    nordigen_transaction_id varchar(255), amount numeric(20,6) NOT NULL DEFAULT 0, currency_code varchar(255), currency_id integer, account_type varchar(255),
    category_id integer, ninja_category_id integer, category_type varchar(255), base_type varchar(255), date date, bank_account_id bigint NOT NULL, description text,
    invoice_ids text NOT NULL DEFAULT '', expense_id text, vendor_id integer, status_id integer NOT NULL DEFAULT 1, is_deleted boolean NOT NULL DEFAULT false,
    bank_transaction_rule_id integer, payment_id integer, participant varchar(255), participant_name varchar(255),
    created_at timestamp(6), updated_at timestamp(6), deleted_at timestamp(6)
);
INSERT INTO bank_transactions (company_id, user_id, bank_integration_id, transaction_id, nordigen_transaction_id, amount, currency_code, currency_id, account_type, category_id,
    ninja_category_id, category_type, base_type, date, bank_account_id, description, invoice_ids, expense_id, vendor_id, status_id, is_deleted, bank_transaction_rule_id, payment_id,
    participant, participant_name, created_at, updated_at)
SELECT bi.company_id, bi.user_id, bi.id, CASE WHEN bi.integration_type = 'YODLEE' THEN 90000000 + t.n ELSE 0 END,
       CASE WHEN bi.integration_type = 'GOCARDLESS' THEN to_char(date '2024-01-01' + t.n % 170, 'YYYYMMDD') || upper(xgen.rnd('btnt', t.n, 18)) END,
       CASE WHEN t.cr THEN coalesce(p.amount, 100 + t.n % 900) ELSE (5 + fixture_gen.n('btam', t.n, 40000) / 100.0)::numeric(20,2) END,
       bi.currency, NULL, 'bank', CASE WHEN t.cr THEN NULL ELSE 10000 + t.n % 30 END, NULL, CASE WHEN t.cr THEN 'Income' ELSE fixture_gen.pick(ARRAY['Software', 'Travel', 'Office rent', 'Telephone', 'Meals'], 'btct', t.n) END,
       CASE WHEN t.cr THEN 'CREDIT' ELSE 'DEBIT' END, date '2024-01-01' + t.n % 170, bi.bank_account_id,
       CASE WHEN t.cr THEN fixture_gen.pick(ARRAY['SEPA-GUTSCHRIFT ', 'SEPA CREDIT TRANSFER FROM ', 'FASTER PAYMENT RECEIVED ', 'VIR SEPA RECU /DE '], 'btdp', t.n) || upper(t.pname) || ' /REF ' || coalesce('RE ' || i.number, 'INVOICE') || ' ' || t.remit
            ELSE fixture_gen.pick(ARRAY['CARD PAYMENT ADOBE *CREATIVE CLD', 'LASTSCHRIFT HETZNER ONLINE GMBH', 'DB VERTRIEB GMBH FAHRKARTE', 'AMAZON MKTPLACE PMTS', 'VODAFONE GMBH MOBILFUNK', 'PAYPAL *GOOGLE WORKSPACE'], 'btdd', t.n) || ' ' || fixture_gen.digits('btdr', t.n, 10) END,
       CASE WHEN t.cr AND i.id IS NOT NULL THEN xgen.hashid(i.id) ELSE '' END, NULL, NULL, CASE WHEN t.cr AND i.id IS NOT NULL THEN 3 ELSE 1 END, false, NULL, p.id,
       CASE WHEN t.cr THEN CASE WHEN bi.integration_type = 'YODLEE' THEN NULL ELSE fixture_gen.iban_for('btpi', t.n) END END,
       CASE WHEN t.cr THEN t.pname ELSE fixture_gen.pick(ARRAY['Adobe Systems Software Ireland Ltd', 'Hetzner Online GmbH', 'DB Fernverkehr AG', 'Amazon EU', 'Vodafone GmbH', 'Google Ireland Ltd'], 'btdd', t.n) END,
       (date '2024-01-01' + t.n % 170)::timestamp + interval '6 hours', (date '2024-01-01' + t.n % 170)::timestamp + interval '6 hours'
FROM bank_integrations bi
CROSS JOIN LATERAL (SELECT bi.id * 100 + k AS n, k % 3 <> 0 AS cr FROM generate_series(1, 18) k) t0
CROSS JOIN LATERAL (SELECT t0.n, t0.cr,
    CASE WHEN t0.n % 4 = 0 THEN fixture_gen.pick(ARRAY['Greenleaf Foods GmbH', 'Starling Dental', 'Meridian Hotels Ltd'], 'btpb', t0.n) ELSE xgen.full('btpn', t0.n) END AS pname,
    CASE WHEN t0.n % 5 = 0 THEN 'for ' || xgen.first('btkid', t0.n) || 's lessons, thx' WHEN t0.n % 5 = 1 THEN 'EREF+' || fixture_gen.digits('btef', t0.n, 12) ELSE '' END AS remit) t
LEFT JOIN LATERAL (SELECT * FROM invoices i WHERE i.company_id = bi.company_id AND t.cr ORDER BY (i.id * 7 + t.n) % 13, i.id LIMIT 1) i ON true
LEFT JOIN LATERAL (SELECT * FROM payments p WHERE p.invitation_id IN (SELECT ii.id FROM invoice_invitations ii WHERE ii.invoice_id = i.id) LIMIT 1) p ON true;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA xgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
