-- classify-eval fixture (HOLDOUT 54: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted Juspay Hyperswitch payment switch on PostgreSQL, in the naming
-- its Diesel migrations create (crates/diesel_models/src/schema.rs of a 2025
-- v1 release): snake_case singular and plural tables as they come
-- (payment_intent, payment_attempt, refund, dispute, mandate, customers,
-- payment_methods, users, roles), varchar(64) ids made of a prefix and 20
-- random alphanumerics (pay_, cus_, mca_, pro_, ref_, man_, pm_, add_,
-- authn_, payout_), attempt ids as <payment_id>_<n>, timestamp columns
-- without time zone (created_at, modified_at, last_modified_at), the
-- application's PostgreSQL enum types in quoted CamelCase ("IntentStatus",
-- "Currency", "CountryAlpha2", ...), jsonb and json documents, text[] and
-- jsonb[] arrays, and the customer PII that Hyperswitch encrypts with each
-- merchant's data key kept as bytea (AES-256-GCM: a 12-byte nonce, the
-- ciphertext, a 16-byte tag): customers' names, emails and phones, every
-- address line, the customer, billing and shipping details copied on each
-- payment, merchants' names and details, connector credentials, webhook
-- requests, saved payment method data, TOTP secrets. Hyperswitch's own
-- tables only, and no operator schema: the 35 tables below are the
-- application's, and to stay within 500 columns nineteen of them
-- (payment_intent, payment_attempt, refund, dispute, mandate,
-- payment_methods, merchant_account, business_profile,
-- merchant_connector_account, authentication, payouts, payout_attempt,
-- events, roles, user_roles, captures, fraud_check, payment_link,
-- organization) keep a subset of their real columns (the others are left
-- out, not renamed); Diesel's own __diesel_schema_migrations is included.
-- Tables of the application left out: cards_info, gateway_status_map,
-- process_tracker, routing_algorithm, generic_link, blocklist_lookup,
-- themes, unified_translations, callback_mapper, relay and
-- dynamic_routing_stats.
--
-- The instance is run by Tixora Marketplace Ltd, a concert-ticketing
-- marketplace in Dublin, for itself and for the promoters and venues that
-- sell through it (sub-merchants in Ireland, the UK, France, Germany,
-- Spain, Poland, Portugal and Sweden, two of them sole traders trading
-- under their own names), and for its fan-to-fan resale merchant that pays
-- sellers out to their bank accounts. Card, Apple Pay, Google Pay, PayPal
-- and Klarna payments are routed to Stripe, Adyen, Checkout.com, PayPal and
-- Klarna; Netcetera runs 3-D Secure, Signifyd screens orders, Adyen for
-- Platforms and Wise pay resale sellers out. Tixora's operations staff and
-- the merchants' own staff use the control center (users, roles, user
-- roles, dashboard metadata with onboarding answers and feedback, SSO by
-- Okta). The buyers are fans in a dozen countries: their names and
-- contact details (encrypted), the ticket holders named on personalised
-- festival tickets in payment metadata, card holder names in attempts'
-- payment method data, browser data with IPs and user agents, Stripe
-- customer ids, card fingerprints, box-office notes about access needs,
-- cancellation and refund reasons typed by box-office staff, dispute
-- evidence quoting the buyer, Signifyd's order summaries, Wise's errors
-- quoting the seller's name, dispute files named after buyers; and, kept
-- from the 2024 pilot when the mock locker was on, card numbers and CVCs
-- in locker_mock_up. Beside them public catalogue text: events, venues and
-- prices in order details, descriptions and statement descriptors.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA hsgen;

-- id: a Hyperswitch id, a prefix and random alphanumerics.
CREATE FUNCTION hsgen.id(prefix text, tag text, i bigint, len int DEFAULT 20) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT prefix || '_' || fixture_gen.chars(tag, i, len) $$;

-- enc: what Hyperswitch stores for an encrypted value: AES-256-GCM output
-- (12-byte nonce, ciphertext as long as the plaintext, 16-byte tag). The
-- plaintext is only used for its length.
CREATE FUNCTION hsgen.enc(tag text, i bigint, v text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN NULL ELSE decode(fixture_gen.hexn(tag, i, 2 * (octet_length(v) + 28)), 'hex') END
$$;

-- at: a time between two instants, with microseconds.
CREATE FUNCTION hsgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)
                                 + fixture_gen.n(tag || 'us', i, 1000000) / 1000000.0)
$$;

-- argon: the argon2id hash Hyperswitch's control center stores.
CREATE FUNCTION hsgen.argon(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$' || 'argon2id' || '$v=19' || '$m=19456,t=2,p=1$' || rtrim(fixture_gen.b64(tag || 's', i, 16), '=') || '$' || rtrim(fixture_gen.b64(tag || 'h', i, 32), '=')
$$;

CREATE FUNCTION hsgen.sha(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to(v, 'UTF8')), 'hex') $$;

-- ua: a browser or app user agent.
CREATE FUNCTION hsgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
    'Tixora/4.12.0 (iPhone; iOS 17.5; Scale/3.00) HyperswitchSDK/0.1.9',
    'Tixora/4.11.2 (Android 14; Pixel 8) HyperswitchSDK/0.1.8'], tag, i)
$$;

-- ---------------------------------------------------------------------------
-- Hyperswitch's enum types (values as its migrations create them; only the
-- values this instance uses are listed for the long ones).

CREATE TYPE "ApiVersion" AS ENUM ('v1', 'v2');
CREATE TYPE "Currency" AS ENUM ('EUR', 'GBP', 'PLN', 'SEK', 'USD');
CREATE TYPE "CountryAlpha2" AS ENUM ('IE', 'GB', 'DE', 'FR', 'ES', 'PL', 'PT', 'SE', 'NL', 'US', 'BE', 'IT');
CREATE TYPE "IntentStatus" AS ENUM ('succeeded', 'failed', 'cancelled', 'processing', 'requires_customer_action', 'requires_merchant_action',
  'requires_payment_method', 'requires_confirmation', 'requires_capture', 'partially_captured', 'partially_captured_and_capturable');
CREATE TYPE "AttemptStatus" AS ENUM ('started', 'authentication_failed', 'router_declined', 'authentication_pending', 'authentication_successful',
  'authorized', 'authorization_failed', 'charged', 'authorizing', 'cod_initiated', 'voided', 'void_initiated', 'capture_initiated', 'capture_failed',
  'void_failed', 'auto_refunded', 'partial_charged', 'partial_charged_and_chargeable', 'unresolved', 'pending', 'failure', 'payment_method_awaited',
  'confirmation_awaited', 'device_data_collection_pending');
CREATE TYPE "CaptureMethod" AS ENUM ('automatic', 'manual', 'manual_multiple', 'scheduled', 'sequential_automatic');
CREATE TYPE "CaptureStatus" AS ENUM ('started', 'charged', 'pending', 'failed');
CREATE TYPE "AuthenticationType" AS ENUM ('three_ds', 'no_three_ds');
CREATE TYPE "FutureUsage" AS ENUM ('on_session', 'off_session');
CREATE TYPE "MandateStatus" AS ENUM ('active', 'inactive', 'pending', 'revoked');
CREATE TYPE "MandateType" AS ENUM ('single_use', 'multi_use');
CREATE TYPE "RefundType" AS ENUM ('instant_refund', 'regular_refund', 'retry_refund');
CREATE TYPE "RefundStatus" AS ENUM ('failure', 'manual_review', 'pending', 'success', 'transaction_failure');
CREATE TYPE "DisputeStage" AS ENUM ('pre_dispute', 'dispute', 'pre_arbitration');
CREATE TYPE "DisputeStatus" AS ENUM ('dispute_opened', 'dispute_expired', 'dispute_accepted', 'dispute_cancelled', 'dispute_challenged', 'dispute_won', 'dispute_lost');
CREATE TYPE "EventClass" AS ENUM ('payments', 'refunds', 'disputes', 'mandates', 'payouts');
CREATE TYPE "EventObjectType" AS ENUM ('payment_details', 'refund_details', 'dispute_details', 'mandate_details', 'payout_details');
CREATE TYPE "EventType" AS ENUM ('payment_succeeded', 'payment_failed', 'payment_processing', 'payment_cancelled', 'payment_authorized', 'payment_captured',
  'action_required', 'refund_succeeded', 'refund_failed', 'dispute_opened', 'dispute_expired', 'dispute_accepted', 'dispute_cancelled',
  'dispute_challenged', 'dispute_won', 'dispute_lost', 'mandate_active', 'mandate_revoked', 'payout_success', 'payout_failed', 'payout_initiated',
  'payout_processing', 'payout_cancelled', 'payout_expired', 'payout_reversed');
CREATE TYPE "WebhookDeliveryAttempt" AS ENUM ('initial_attempt', 'automatic_retry', 'manual_retry');
CREATE TYPE "ConnectorType" AS ENUM ('payment_processor', 'payment_vas', 'fin_operations', 'fiz_operations', 'networks', 'banking_entities',
  'non_banking_finance', 'payout_processor', 'payment_method_auth', 'authentication_processor', 'tax_processor', 'billing_processor');
CREATE TYPE "ConnectorStatus" AS ENUM ('inactive', 'active');
CREATE TYPE "MerchantStorageScheme" AS ENUM ('postgres_only', 'redis_kv');
CREATE TYPE "ReconStatus" AS ENUM ('requested', 'active', 'disabled', 'not_requested');
CREATE TYPE "UserStatus" AS ENUM ('active', 'invitation_sent');
CREATE TYPE "RoleScope" AS ENUM ('merchant', 'organization');
CREATE TYPE "TotpStatus" AS ENUM ('set', 'in_progress', 'not_set');
CREATE TYPE "BlocklistDataKind" AS ENUM ('payment_method', 'card_bin', 'extended_card_bin');
CREATE TYPE "FraudCheckType" AS ENUM ('pre_frm', 'post_frm');
CREATE TYPE "FraudCheckStatus" AS ENUM ('fraud', 'manual_review', 'pending', 'legit', 'transaction_failure');
CREATE TYPE "PayoutStatus" AS ENUM ('success', 'failed', 'cancelled', 'initiated', 'expired', 'reversed', 'pending', 'ineligible',
  'requires_creation', 'requires_confirmation', 'requires_payout_method_data', 'requires_fulfillment', 'requires_vendor_account_creation');
CREATE TYPE "PayoutType" AS ENUM ('card', 'bank', 'wallet');
CREATE TYPE "DashboardMetadata" AS ENUM ('production_agreement', 'setup_processor', 'configure_endpoint', 'setup_complete', 'first_processor_connected',
  'second_processor_connected', 'configured_routing', 'test_payment', 'integration_method', 'configuration_type', 'integration_completed',
  'stripe_connected', 'paypal_connected', 'sp_routing_configured', 'feedback', 'prod_intent', 'sp_test_payment', 'download_woocom',
  'configure_woocom', 'setup_woocom_webhook', 'is_multiple_configuration', 'is_change_password_required', 'onboarding_survey',
  'reconciliation_v2');

-- ---------------------------------------------------------------------------
-- Generator tables (dropped at the end).

-- The buyers and resale sellers: fans in a dozen countries. 1..220 are
-- customers of some merchant, 221..300 buy as guests.
CREATE TABLE hsgen.p (i int PRIMARY KEY, first text, last text, email text, cc text, phone text, country text, city text, state text,
  street text, line2 text, zip text, ip text, ua text, dob date, k int);
INSERT INTO hsgen.p (i, first, last, country, k)
SELECT i, fixture_gen.first_name('hpf', i), fixture_gen.last_name('hpl', i),
       fixture_gen.pick(ARRAY['IE', 'IE', 'IE', 'IE', 'IE', 'IE', 'IE', 'GB', 'GB', 'GB', 'GB', 'DE', 'DE', 'FR', 'FR', 'ES', 'ES', 'PL', 'PL', 'PT',
                              'SE', 'NL', 'US', 'GB', 'FR'], 'hpc', i),
       1 + fixture_gen.n('hpk', i, 4)
FROM generate_series(1, 300) i;

UPDATE hsgen.p SET
  city = (CASE country WHEN 'IE' THEN ARRAY['Dublin', 'Cork', 'Galway', 'Limerick'] WHEN 'GB' THEN ARRAY['London', 'Manchester', 'Bristol', 'Leeds']
          WHEN 'DE' THEN ARRAY['Berlin', 'Köln', 'Hamburg', 'München'] WHEN 'FR' THEN ARRAY['Lyon', 'Paris', 'Toulouse', 'Lille']
          WHEN 'ES' THEN ARRAY['Barcelona', 'Madrid', 'Valencia', 'Sevilla'] WHEN 'PL' THEN ARRAY['Kraków', 'Warszawa', 'Wrocław', 'Gdańsk']
          WHEN 'PT' THEN ARRAY['Porto', 'Lisboa', 'Braga', 'Coimbra'] WHEN 'SE' THEN ARRAY['Göteborg', 'Stockholm', 'Malmö', 'Uppsala']
          WHEN 'NL' THEN ARRAY['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven'] ELSE ARRAY['New York', 'Boston', 'Chicago', 'Austin'] END)[k],
  state = (CASE country WHEN 'IE' THEN ARRAY['Co. Dublin', 'Co. Cork', 'Co. Galway', 'Co. Limerick'] WHEN 'GB' THEN ARRAY['Greater London', 'Greater Manchester', 'Bristol', 'West Yorkshire']
          WHEN 'DE' THEN ARRAY['Berlin', 'Nordrhein-Westfalen', 'Hamburg', 'Bayern'] WHEN 'FR' THEN ARRAY['Auvergne-Rhône-Alpes', 'Île-de-France', 'Occitanie', 'Hauts-de-France']
          WHEN 'ES' THEN ARRAY['Cataluña', 'Madrid', 'Comunidad Valenciana', 'Andalucía'] WHEN 'PL' THEN ARRAY['małopolskie', 'mazowieckie', 'dolnośląskie', 'pomorskie']
          WHEN 'PT' THEN ARRAY['Porto', 'Lisboa', 'Braga', 'Coimbra'] WHEN 'SE' THEN ARRAY['Västra Götaland', 'Stockholm', 'Skåne', 'Uppsala']
          WHEN 'NL' THEN ARRAY['Noord-Holland', 'Zuid-Holland', 'Utrecht', 'Noord-Brabant'] ELSE ARRAY['NY', 'MA', 'IL', 'TX'] END)[k],
  zip = CASE country
          WHEN 'IE' THEN (ARRAY['D08', 'T12', 'H91', 'V94'])[k] || ' ' || fixture_gen.chars('hpz', i, 4, 'ACDEFHKNPRTVWXY0123456789')
          WHEN 'GB' THEN (ARRAY['N16', 'M14', 'BS7', 'LS6'])[k] || ' ' || fixture_gen.digits('hpz', i, 1) || fixture_gen.chars('hpz2', i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
          WHEN 'DE' THEN (ARRAY['10', '50', '20', '80'])[k] || fixture_gen.digits('hpz', i, 3)
          WHEN 'FR' THEN (ARRAY['69', '75', '31', '59'])[k] || '0' || lpad((1 + fixture_gen.n('hpz', i, 20))::text, 2, '0')
          WHEN 'ES' THEN (ARRAY['08', '28', '46', '41'])[k] || fixture_gen.digits('hpz', i, 3)
          WHEN 'PL' THEN (ARRAY['30', '00', '50', '80'])[k] || '-' || fixture_gen.digits('hpz', i, 3)
          WHEN 'PT' THEN (ARRAY['4000', '1100', '4700', '3000'])[k] || '-' || fixture_gen.digits('hpz', i, 3)
          WHEN 'SE' THEN (ARRAY['411', '111', '211', '753'])[k] || ' ' || fixture_gen.digits('hpz', i, 2)
          WHEN 'NL' THEN (ARRAY['1012', '3011', '3511', '5611'])[k] || ' ' || fixture_gen.chars('hpz', i, 2, 'ABCDEGHJKLMNPRSTVWXZ')
          ELSE (ARRAY['112', '021', '606', '787'])[k] || fixture_gen.digits('hpz', i, 2) END,
  street = CASE country
          WHEN 'IE' THEN (1 + fixture_gen.n('hps', i, 140))::text || ' ' || fixture_gen.pick(ARRAY['Dorset Street Upper', 'Ranelagh Road', 'Barrack Street', 'Mardyke Walk', 'Sandymount Avenue', 'Shandon Street', 'Prospect Hill', 'O''Connell Avenue'], 'hps', i)
          WHEN 'GB' THEN (1 + fixture_gen.n('hps', i, 220))::text || ' ' || fixture_gen.pick(ARRAY['Stokes Croft', 'Wilmslow Road', 'Chapeltown Road', 'Stoke Newington Church Street', 'Gloucester Road', 'Hyde Park Road'], 'hps', i)
          WHEN 'DE' THEN fixture_gen.pick(ARRAY['Kastanienallee', 'Venloer Straße', 'Schanzenstraße', 'Zülpicher Straße', 'Sendlinger Straße', 'Boxhagener Straße'], 'hps', i) || ' ' || (1 + fixture_gen.n('hps', i, 120))::text
          WHEN 'FR' THEN (1 + fixture_gen.n('hps', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['rue de la Charité', 'cours Gambetta', 'rue Oberkampf', 'rue du Taur', 'rue Solférino', 'rue Paul Bert'], 'hps', i)
          WHEN 'ES' THEN fixture_gen.pick(ARRAY['Carrer de Verdi', 'Calle de Fuencarral', 'Carrer de Sueca', 'Calle Feria'], 'hps', i) || ', ' || (1 + fixture_gen.n('hps', i, 160))::text
          WHEN 'PL' THEN fixture_gen.pick(ARRAY['ul. Długa', 'ul. Józefa', 'ul. Świętego Marcina', 'ul. Mariacka'], 'hps', i) || ' ' || (1 + fixture_gen.n('hps', i, 80))::text
          WHEN 'PT' THEN fixture_gen.pick(ARRAY['Rua de Santa Catarina', 'Rua Augusta', 'Rua do Souto', 'Rua da Sofia'], 'hps', i) || ', ' || (1 + fixture_gen.n('hps', i, 300))::text
          WHEN 'SE' THEN fixture_gen.pick(ARRAY['Linnégatan', 'Götgatan', 'Davidshallsgatan', 'Svartbäcksgatan'], 'hps', i) || ' ' || (1 + fixture_gen.n('hps', i, 60))::text
          WHEN 'NL' THEN fixture_gen.pick(ARRAY['Kinkerstraat', 'Witte de Withstraat', 'Oudegracht', 'Stratumseind'], 'hps', i) || ' ' || (1 + fixture_gen.n('hps', i, 200))::text
          ELSE (1 + fixture_gen.n('hps', i, 2400))::text || ' ' || fixture_gen.pick(ARRAY['Bedford Avenue', 'Tremont Street', 'Milwaukee Avenue', 'South Congress Avenue'], 'hps', i) END,
  line2 = CASE fixture_gen.n('hp2', i, 10)
          WHEN 0 THEN 'Apt ' || (1 + fixture_gen.n('hp2a', i, 40))::text
          WHEN 1 THEN 'Flat ' || (1 + fixture_gen.n('hp2a', i, 12))::text || fixture_gen.pick(ARRAY['A', 'B', 'C'], 'hp2b', i)
          WHEN 2 THEN CASE country WHEN 'DE' THEN '2. OG links' WHEN 'FR' THEN 'Bât. B, 3e étage' WHEN 'ES' THEN '3º 2ª' ELSE 'Unit ' || (1 + fixture_gen.n('hp2a', i, 9))::text END
          WHEN 3 THEN '' END,
  cc = CASE country WHEN 'IE' THEN '+353' WHEN 'GB' THEN '+44' WHEN 'DE' THEN '+49' WHEN 'FR' THEN '+33' WHEN 'ES' THEN '+34' WHEN 'PL' THEN '+48'
          WHEN 'PT' THEN '+351' WHEN 'SE' THEN '+46' WHEN 'NL' THEN '+31' ELSE '+1' END,
  phone = CASE country WHEN 'IE' THEN '8' || fixture_gen.pick(ARRAY['3', '5', '6', '7', '9'], 'hpp', i) || fixture_gen.digits('hpp', i, 7)
          WHEN 'GB' THEN '7' || fixture_gen.digits('hpp', i, 9) WHEN 'DE' THEN '15' || fixture_gen.digits('hpp', i, 9)
          WHEN 'FR' THEN '6' || fixture_gen.digits('hpp', i, 8) WHEN 'ES' THEN '6' || fixture_gen.digits('hpp', i, 8)
          WHEN 'PL' THEN '5' || fixture_gen.digits('hpp', i, 8) WHEN 'PT' THEN '9' || fixture_gen.digits('hpp', i, 8)
          WHEN 'SE' THEN '70' || fixture_gen.digits('hpp', i, 7) WHEN 'NL' THEN '6' || fixture_gen.digits('hpp', i, 8)
          ELSE (200 + fixture_gen.n('hppa', i, 700))::text || fixture_gen.digits('hpp', i, 7) END,
  email = fixture_gen.ascii(first) || fixture_gen.pick(ARRAY['.', '', '_', '.'], 'hpe', i) || fixture_gen.ascii(last)
          || CASE WHEN i % 3 = 0 THEN (i % 97)::text ELSE '' END || '@'
          || fixture_gen.pick(CASE country WHEN 'IE' THEN ARRAY['gmail.com', 'eircom.net', 'hotmail.com', 'icloud.com', 'tcd.ie'] WHEN 'GB' THEN ARRAY['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com']
               WHEN 'DE' THEN ARRAY['gmx.de', 'web.de', 'posteo.de', 'gmail.com'] WHEN 'FR' THEN ARRAY['orange.fr', 'free.fr', 'gmail.com', 'laposte.net']
               WHEN 'ES' THEN ARRAY['gmail.com', 'hotmail.es', 'yahoo.es'] WHEN 'PL' THEN ARRAY['wp.pl', 'o2.pl', 'gmail.com', 'onet.pl']
               WHEN 'PT' THEN ARRAY['sapo.pt', 'gmail.com'] WHEN 'SE' THEN ARRAY['telia.com', 'gmail.com', 'outlook.com']
               WHEN 'NL' THEN ARRAY['ziggo.nl', 'kpnmail.nl', 'gmail.com'] ELSE ARRAY['gmail.com', 'yahoo.com', 'icloud.com'] END, 'hpd', i),
  ip = CASE WHEN i % 6 = 0 THEN fixture_gen.ipv6('hpi', i) ELSE fixture_gen.ipv4('hpi', i) END,
  ua = hsgen.ua('hpu', i),
  dob = date '1966-01-01' + fixture_gen.n('hpb', i, 365 * 40);

-- The organizations, merchants (Tixora, its resale merchant, ten promoters
-- and venues, and a sandbox), and their events.
CREATE TABLE hsgen.m (k int PRIMARY KEY, merchant_id text, org int, name text, domain text, country text, cur text, city text, sole boolean, created timestamp);
INSERT INTO hsgen.m VALUES
  (1, 'merchant_1704815322', 1, 'Tixora Marketplace Ltd', 'tixora.ie', 'IE', 'EUR', 'Dublin', false, '2024-01-09 15:48:42'),
  (2, 'merchant_1704816090', 1, 'Tixora Resale', 'tixora.ie', 'IE', 'EUR', 'Dublin', false, '2024-01-09 16:01:30'),
  (3, 'merchant_1706712004', 1, 'Liberties Live Ltd', 'libertieslive.ie', 'IE', 'EUR', 'Dublin', false, '2024-01-31 14:40:04'),
  (4, 'merchant_1707301877', 1, 'Harbourside Sounds Ltd', 'harboursidesounds.co.uk', 'GB', 'GBP', 'Bristol', false, '2024-02-07 10:31:17'),
  (5, 'merchant_1708519233', 1, 'Nuits du Confluent SAS', 'nuitsduconfluent.fr', 'FR', 'EUR', 'Lyon', false, '2024-02-21 12:40:33'),
  (6, 'merchant_1709917420', 1, 'Rheinhalle Konzerte GmbH', 'rheinhalle-konzerte.de', 'DE', 'EUR', 'Köln', false, '2024-03-08 17:03:40'),
  (7, 'merchant_1711102385', 1, 'Cian Murphy Promotions', 'cianmurphy.ie', 'IE', 'EUR', 'Cork', true, '2024-03-22 10:13:05'),
  (8, 'merchant_1712657003', 1, 'Sala Marítima Eventos S.L.', 'salamaritima.es', 'ES', 'EUR', 'Barcelona', false, '2024-04-09 10:03:23'),
  (9, 'merchant_1714035519', 1, 'Aire Warehouse Nights Ltd', 'airewarehouse.co.uk', 'GB', 'GBP', 'Leeds', false, '2024-04-25 08:58:39'),
  (10, 'merchant_1716240981', 1, 'Piotr Kowalski Koncerty', 'kowalskikoncerty.pl', 'PL', 'PLN', 'Kraków', true, '2024-05-20 21:36:21'),
  (11, 'merchant_1718811460', 1, 'Ribeira Ao Vivo Lda', 'ribeiraaovivo.pt', 'PT', 'EUR', 'Porto', false, '2024-06-19 15:37:40'),
  (12, 'merchant_1721390027', 1, 'Hisingen Klubb AB', 'hisingenklubb.se', 'SE', 'SEK', 'Göteborg', false, '2024-07-19 11:53:47'),
  (13, 'merchant_1722001944', 2, 'Tixora QA Sandbox', 'tixora.ie', 'IE', 'EUR', 'Dublin', false, '2024-07-26 13:52:24');

CREATE TABLE hsgen.ev (k int PRIMARY KEY, mk int, artist text, venue text, city text, starts date, price int, fest boolean);
INSERT INTO hsgen.ev VALUES
  (1, 1, 'Fontaines D.C.', '3Arena', 'Dublin', '2025-03-14', 6950, false),
  (2, 1, 'CMAT', 'Olympia Theatre', 'Dublin', '2025-02-08', 4200, false),
  (3, 1, 'Hozier', 'Marlay Park', 'Dublin', '2025-07-05', 8900, false),
  (4, 1, 'Electric Picnic 2025 – Weekend Camping', 'Stradbally Hall', 'Stradbally', '2025-08-29', 29950, true),
  (5, 3, 'Lankum', 'Liberties Hall', 'Dublin', '2025-04-11', 3500, false),
  (6, 3, 'Villagers', 'Liberties Hall', 'Dublin', '2025-05-02', 3300, false),
  (7, 4, 'IDLES', 'Harbourside Amphitheatre', 'Bristol', '2025-06-20', 4500, false),
  (8, 4, 'Massive Attack', 'Harbourside Amphitheatre', 'Bristol', '2025-08-23', 6500, false),
  (9, 5, 'Nuits du Confluent – Pass 3 jours', 'Quais du Confluent', 'Lyon', '2025-07-10', 11900, true),
  (10, 5, 'Christine and the Queens', 'Halle Tony Garnier', 'Lyon', '2025-03-22', 5900, false),
  (11, 6, 'AnnenMayKantereit', 'Rheinhalle', 'Köln', '2025-04-26', 5400, false),
  (12, 6, 'Kraftklub', 'Rheinhalle', 'Köln', '2025-09-13', 4900, false),
  (13, 7, 'The Friel Sisters', 'Cyprus Avenue', 'Cork', '2025-02-15', 1800, false),
  (14, 7, 'John Spillane', 'Triskel Christchurch', 'Cork', '2025-03-09', 2500, false),
  (15, 8, 'Rosalía', 'Sala Marítima', 'Barcelona', '2025-06-06', 7500, false),
  (16, 8, 'Love of Lesbian', 'Sala Marítima', 'Barcelona', '2025-05-17', 3800, false),
  (17, 9, 'Bicep (DJ set)', 'Aire Warehouse', 'Leeds', '2025-03-01', 3200, false),
  (18, 9, 'Closing Party: Ben UFO b2b Peach', 'Aire Warehouse', 'Leeds', '2025-04-19', 2800, false),
  (19, 10, 'Dawid Podsiadło', 'Tauron Arena', 'Kraków', '2025-05-24', 24900, false),
  (20, 10, 'Kult', 'Klub Studio', 'Kraków', '2025-10-11', 15900, false),
  (21, 11, 'Ana Moura', 'Coliseu do Porto', 'Porto', '2025-04-04', 4500, false),
  (22, 11, 'Xutos & Pontapés', 'Coliseu do Porto', 'Porto', '2025-06-28', 3500, false),
  (23, 12, 'Håkan Hellström', 'Ullevi', 'Göteborg', '2025-06-14', 79500, false),
  (24, 12, 'First Aid Kit', 'Hisingen Klubb', 'Göteborg', '2025-09-05', 49500, false);

-- Business profiles: one per merchant, and Tixora's box office and merch
-- store.
CREATE TABLE hsgen.bp (k int PRIMARY KEY, mk int, profile_id text, name text);
INSERT INTO hsgen.bp SELECT k, k, hsgen.id('pro', 'bp', k), 'default' FROM generate_series(1, 13) k;
INSERT INTO hsgen.bp VALUES (14, 1, hsgen.id('pro', 'bp', 14), 'box_office'), (15, 1, hsgen.id('pro', 'bp', 15), 'merch_store'), (16, 2, hsgen.id('pro', 'bp', 16), 'resale_payouts');

-- Connector accounts per merchant.
CREATE TABLE hsgen.mca (k serial PRIMARY KEY, mk int, connector text, ctype text, bpk int, mca_id text, rk int);
INSERT INTO hsgen.mca (mk, connector, ctype, bpk)
SELECT m.k, c.connector, c.ctype, m.k FROM hsgen.m m
CROSS JOIN LATERAL unnest(CASE m.k
    WHEN 1 THEN ARRAY['stripe', 'adyen', 'checkout', 'paypal', 'klarna', 'netcetera', 'signifyd']
    WHEN 2 THEN ARRAY['stripe', 'adyen', 'netcetera', 'signifyd', 'adyenplatform', 'wise']
    WHEN 3 THEN ARRAY['stripe', 'adyen', 'paypal', 'netcetera']
    WHEN 4 THEN ARRAY['stripe', 'adyen', 'paypal']
    WHEN 5 THEN ARRAY['stripe', 'checkout']
    WHEN 6 THEN ARRAY['stripe', 'adyen', 'klarna']
    WHEN 7 THEN ARRAY['stripe']
    WHEN 8 THEN ARRAY['stripe', 'adyen']
    WHEN 9 THEN ARRAY['stripe', 'checkout']
    WHEN 10 THEN ARRAY['stripe']
    WHEN 11 THEN ARRAY['stripe', 'paypal']
    WHEN 12 THEN ARRAY['stripe', 'klarna']
    ELSE ARRAY['stripe_test', 'adyen'] END) AS c0(connector)
CROSS JOIN LATERAL (SELECT c0.connector, CASE c0.connector WHEN 'netcetera' THEN 'authentication_processor' WHEN 'signifyd' THEN 'payment_vas'
    WHEN 'adyenplatform' THEN 'payout_processor' WHEN 'wise' THEN 'payout_processor' ELSE 'payment_processor' END AS ctype) c
ORDER BY m.k, array_position(ARRAY['stripe', 'stripe_test', 'adyen', 'checkout', 'paypal', 'klarna', 'netcetera', 'signifyd', 'adyenplatform', 'wise'], c.connector);
UPDATE hsgen.mca SET mca_id = hsgen.id('mca', 'mca', k), bpk = CASE WHEN connector IN ('adyenplatform', 'wise') THEN 16 ELSE mk END;
UPDATE hsgen.mca x SET rk = r.rk FROM (SELECT k, row_number() OVER (PARTITION BY mk ORDER BY k) AS rk FROM hsgen.mca WHERE ctype = 'payment_processor') r WHERE r.k = x.k;
-- Tixora's box office and merch store have Stripe and Adyen of their own.
INSERT INTO hsgen.mca (mk, connector, ctype, bpk, mca_id) VALUES
  (1, 'stripe', 'payment_processor', 14, hsgen.id('mca', 'mca', 101)), (1, 'adyen', 'payment_processor', 14, hsgen.id('mca', 'mca', 102)),
  (1, 'stripe', 'payment_processor', 15, hsgen.id('mca', 'mca', 103));

-- The staff: Tixora's operations team (1..12) and the merchants' staff.
CREATE TABLE hsgen.s (k int PRIMARY KEY, first text, last text, email text, mk int, user_id text, sso boolean);
INSERT INTO hsgen.s (k, first, last, mk)
SELECT k, fixture_gen.first_name('hsf', k + 400), fixture_gen.last_name('hsl', k + 400), CASE WHEN k <= 12 THEN 1 ELSE 3 + (k - 13) % 10 END
FROM generate_series(1, 42) k;
UPDATE hsgen.s s SET
  email = CASE WHEN s.mk = 1 THEN fixture_gen.ascii(s.first) || '.' || fixture_gen.ascii(s.last) || '@tixora.ie'
               WHEN m.sole AND s.k < 23 THEN fixture_gen.ascii(s.first) || fixture_gen.ascii(s.last) || '@gmail.com'
               WHEN s.k IN (16, 29) THEN 'finance@' || m.domain
               WHEN s.k % 3 = 0 THEN substr(fixture_gen.ascii(s.first), 1, 1) || fixture_gen.ascii(s.last) || '@' || m.domain
               ELSE fixture_gen.ascii(s.first) || '@' || m.domain END,
  user_id = fixture_gen.uuid('hsu', s.k),
  sso = s.mk = 1 AND s.k % 4 <> 0
FROM hsgen.m m WHERE m.k = s.mk;
-- The sole traders are their own staff.
UPDATE hsgen.s SET first = 'Cian', last = 'Murphy', email = 'cianmurphy.promo@gmail.com' WHERE k = 17;
UPDATE hsgen.s SET first = 'Piotr', last = 'Kowalski', email = 'piotr.kowalski.koncerty@gmail.com' WHERE k = 20;

-- Customers: each of a merchant (Hyperswitch keys customers by merchant).
CREATE TABLE hsgen.cust (k int PRIMARY KEY, mk int, customer_id text, created timestamp, rk int);
INSERT INTO hsgen.cust (k, mk, created)
SELECT k, CASE WHEN k <= 24 THEN 1 + (k - 1) % 12 ELSE (ARRAY[1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12])[1 + fixture_gen.n('hck', k, 22)] END,
       hsgen.at('hcc', k, '2024-02-01', '2025-05-31')
FROM generate_series(1, 220) k;
UPDATE hsgen.cust SET customer_id = CASE WHEN mk = 6 THEN 'wc_' || (1040 + k * 7)::text
                                         WHEN mk = 8 THEN fixture_gen.uuid('hcu', k)
                                         ELSE hsgen.id('cus', 'hcu', k) END;
UPDATE hsgen.cust x SET rk = r.rk FROM (SELECT k, row_number() OVER (PARTITION BY mk ORDER BY k) AS rk FROM hsgen.cust) r WHERE r.k = x.k;

-- ---------------------------------------------------------------------------
-- Diesel's own table.

CREATE TABLE __diesel_schema_migrations (
  version varchar(50) PRIMARY KEY NOT NULL,
  run_on timestamp NOT NULL
);
INSERT INTO __diesel_schema_migrations (version, run_on)
SELECT to_char(timestamp '2022-09-29 08:49:20' + make_interval(days => (k - 1) * 23 + fixture_gen.n('dsm', k, 20), secs => fixture_gen.n('dsm2', k, 86000)), 'YYYYMMDDHH24MISS'),
       CASE WHEN k <= 30 THEN timestamp '2024-01-09 15:30:11' + make_interval(secs => k) ELSE timestamp '2024-01-09 15:30:11' + make_interval(days => (k - 30) * 14, secs => k) END
FROM generate_series(1, 44) k;

-- ---------------------------------------------------------------------------
-- Organizations and merchants.

CREATE TABLE organization (
  org_id varchar(32) PRIMARY KEY NOT NULL,
  org_name text,
  organization_details jsonb,
  metadata jsonb,
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  version "ApiVersion" NOT NULL
);
INSERT INTO organization VALUES
  (hsgen.id('org', 'org', 1), 'Tixora Marketplace Ltd',
   jsonb_build_object('legal_name', 'Tixora Marketplace Limited', 'company_number', '712345', 'vat_number', 'IE3712345GH',
     'registered_address', 'Unit 4, The Digital Hub, Thomas Street, Dublin 8, D08 TCV4', 'finance_contact', 'finance@tixora.ie',
     'dpo', 'Niamh Gallagher <dpo@tixora.ie>', 'phone', '+353 1 554 0192'),
   '{"region": "eu-west-1", "deployment": "self_hosted", "tier": "production"}', '2024-01-09 15:47:58.104233', '2024-11-04 09:12:40.551201', 'v1'),
  (hsgen.id('org', 'org', 2), 'Tixora QA',
   '{"purpose": "integration tests and connector certification", "owner": "platform-team@tixora.ie"}',
   '{"region": "eu-west-1", "deployment": "self_hosted", "tier": "sandbox"}', '2024-07-26 13:50:02.000511', '2024-07-26 13:50:02.000511', 'v1');

CREATE TABLE merchant_account (
  merchant_id varchar(64) PRIMARY KEY NOT NULL,
  return_url varchar(255),
  enable_payment_response_hash boolean NOT NULL DEFAULT true,
  payment_response_hash_key varchar(255),
  redirect_to_merchant_with_http_post boolean NOT NULL DEFAULT false,
  merchant_name bytea,
  merchant_details bytea,
  webhook_details json,
  sub_merchants_enabled boolean DEFAULT false,
  parent_merchant_id varchar(64),
  publishable_key varchar(128),
  storage_scheme "MerchantStorageScheme" NOT NULL DEFAULT 'postgres_only',
  locker_id varchar(64),
  metadata jsonb,
  routing_algorithm json,
  primary_business_details json NOT NULL,
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  organization_id varchar(32) NOT NULL,
  default_profile varchar(64),
  recon_status "ReconStatus" NOT NULL DEFAULT 'not_requested',
  version "ApiVersion" NOT NULL
);
INSERT INTO merchant_account
SELECT m.merchant_id,
       CASE WHEN m.k = 13 THEN 'https://qa.tixora.ie/return' ELSE 'https://' || CASE WHEN m.k <= 2 THEN 'tixora.ie' ELSE 'tickets.' || m.domain END || '/checkout/complete' END,
       true,
       fixture_gen.chars('mhk', m.k, 64),
       m.k IN (6, 10),
       hsgen.enc('mnm', m.k, m.name),
       hsgen.enc('mdt', m.k, json_build_object('primary_contact_person', s.first || ' ' || s.last, 'primary_email', s.email, 'primary_phone', '+353 87 000 0000',
         'website', 'https://' || m.domain, 'about_business', 'Live music promoter', 'address', json_build_object('line1', 'x', 'city', m.city, 'country', m.country))::text),
       CASE WHEN m.k = 13 THEN NULL
            ELSE json_build_object('webhook_version', '1.0.1', 'webhook_username', CASE WHEN m.k % 3 = 0 THEN NULL ELSE 'hyperswitch' END,
              'webhook_password', CASE WHEN m.k % 3 = 0 THEN NULL ELSE fixture_gen.chars('mwp', m.k, 24) END,
              'webhook_url', CASE WHEN m.k <= 2 THEN 'https://hooks.tixora.ie/hyperswitch/' || m.k || '?token=' || fixture_gen.chars('mwt', m.k, 32)
                                  ELSE 'https://api.' || m.domain || '/webhooks/hyperswitch' END,
              'payment_created_enabled', true, 'payment_succeeded_enabled', true, 'payment_failed_enabled', true) END,
       m.k = 1,
       CASE WHEN m.k BETWEEN 2 AND 12 THEN 'merchant_1704815322' END,
       'pk_' || CASE WHEN m.k = 13 THEN 'snd_' ELSE 'prd_' END || fixture_gen.hexn('mpk', m.k, 32),
       CASE WHEN m.k IN (1, 2) THEN 'redis_kv' ELSE 'postgres_only' END::"MerchantStorageScheme",
       'm0010',
       CASE WHEN m.k = 13 THEN NULL
            ELSE jsonb_strip_nulls(jsonb_build_object('kyc_reference', 'KYC-2024-' || lpad((30 + m.k)::text, 4, '0'),
              'vat_number', CASE WHEN m.k IN (7, 10) THEN NULL
                                 WHEN m.country IN ('DE', 'FR') THEN (SELECT fixture_gen.vat('mvat', j) FROM generate_series(m.k * 100, m.k * 100 + 60) j WHERE fixture_gen.vat('mvat', j) LIKE m.country || '%' LIMIT 1)
                                 WHEN m.country = 'IE' THEN 'IE' || fixture_gen.digits('mvat', m.k, 7) || fixture_gen.pick(ARRAY['W', 'H', 'A', 'M'], 'mvl', m.k) || 'A'
                                 WHEN m.country = 'GB' THEN 'GB' || fixture_gen.digits('mvat', m.k, 9)
                                 WHEN m.country = 'ES' THEN 'ESB' || fixture_gen.digits('mvat', m.k, 8)
                                 WHEN m.country = 'PT' THEN 'PT5' || fixture_gen.digits('mvat', m.k, 8)
                                 ELSE 'SE' || fixture_gen.digits('mvat', m.k, 10) || '01' END,
              'tax_id', CASE m.k WHEN 7 THEN '4721839TA' WHEN 10 THEN '6762291055' END,
              'account_manager', (SELECT email FROM hsgen.s WHERE k = 1 + (m.k % 5)),
              'contract_signed_by', s.first || ' ' || s.last,
              'mcc', '7922', 'settlement_delay_days', CASE WHEN m.k IN (7, 10) THEN 14 ELSE 7 END)) END,
       CASE WHEN m.k <= 6 THEN json_build_object('algorithm_id', hsgen.id('routing', 'mra', m.k), 'timestamp', extract(epoch FROM m.created)::bigint + 86400 * 3) END,
       json_build_array(json_build_object('country', m.country, 'business', 'default')),
       m.created,
       m.created + make_interval(days => 20 + fixture_gen.n('mmod', m.k, 300)),
       hsgen.id('org', 'org', m.org),
       (SELECT profile_id FROM hsgen.bp WHERE bp.k = m.k),
       CASE WHEN m.k = 1 THEN 'active' WHEN m.k = 2 THEN 'requested' ELSE 'not_requested' END::"ReconStatus",
       'v1'
FROM hsgen.m m JOIN hsgen.s s ON s.k = CASE WHEN m.k <= 2 OR m.k = 13 THEN 1 ELSE m.k + 10 END;

CREATE TABLE merchant_key_store (
  merchant_id varchar(64) PRIMARY KEY NOT NULL,
  key bytea NOT NULL,
  created_at timestamp NOT NULL
);
INSERT INTO merchant_key_store SELECT merchant_id, hsgen.enc('mks', k, fixture_gen.chars('mksk', k, 32)), created - interval '12 milliseconds' FROM hsgen.m;

CREATE TABLE business_profile (
  profile_id varchar(64) PRIMARY KEY NOT NULL,
  merchant_id varchar(64) NOT NULL,
  profile_name varchar(64) NOT NULL,
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  return_url text,
  enable_payment_response_hash boolean NOT NULL DEFAULT true,
  payment_response_hash_key varchar(255),
  redirect_to_merchant_with_http_post boolean NOT NULL DEFAULT false,
  webhook_details json,
  metadata json,
  routing_algorithm json,
  is_recon_enabled boolean NOT NULL DEFAULT false,
  applepay_verified_domains text[],
  payment_link_config jsonb,
  session_expiry bigint,
  outgoing_webhook_custom_http_headers bytea,
  card_testing_secret_key bytea,
  version "ApiVersion" NOT NULL,
  merchant_business_country "CountryAlpha2"
);
INSERT INTO business_profile
SELECT b.profile_id, m.merchant_id, b.name,
       m.created + interval '2 seconds' + make_interval(days => CASE WHEN b.k > 13 THEN 40 + b.k ELSE 0 END),
       m.created + make_interval(days => 30 + fixture_gen.n('bpm', b.k, 300)),
       CASE b.name WHEN 'box_office' THEN 'https://boxoffice.tixora.ie/pos/return' WHEN 'merch_store' THEN 'https://shop.tixora.ie/checkout/thank-you'
                   WHEN 'resale_payouts' THEN NULL ELSE ma.return_url END,
       true,
       fixture_gen.chars('bphk', b.k, 64),
       m.k IN (6, 10),
       CASE WHEN b.k = 13 THEN NULL
            WHEN b.name = 'box_office' THEN json_build_object('webhook_version', '1.0.1', 'webhook_username', 'boxoffice', 'webhook_password', fixture_gen.chars('bpwp', b.k, 24),
              'webhook_url', 'https://boxoffice.tixora.ie/api/hs-webhook', 'payment_created_enabled', false, 'payment_succeeded_enabled', true, 'payment_failed_enabled', true)
            ELSE ma.webhook_details END,
       CASE b.name WHEN 'box_office' THEN '{"descriptor": "TIXORA*BOX OFFICE", "terminals": ["BO-1", "BO-2", "BO-3"]}'::json
                   WHEN 'merch_store' THEN '{"descriptor": "TIXORA*MERCH", "ships_from": "IE"}'::json
                   WHEN 'resale_payouts' THEN '{"payout_schedule": "event_date_plus_3"}'::json END,
       CASE WHEN b.k <= 6 THEN json_build_object('algorithm_id', hsgen.id('routing', 'mra', b.k), 'timestamp', extract(epoch FROM m.created)::bigint + 86400 * 3) END,
       b.k = 1,
       CASE WHEN m.k <= 2 THEN ARRAY['tixora.ie', 'www.tixora.ie', 'pay.tixora.ie'] WHEN m.k IN (3, 4, 6) THEN ARRAY['tickets.' || m.domain] END,
       CASE WHEN m.k <> 13 THEN jsonb_build_object('theme', fixture_gen.pick(ARRAY['#0F172A', '#7C3AED', '#DC2626', '#0E7490'], 'bplc', b.k),
         'logo', 'https://cdn.tixora.ie/merchants/' || m.k || '/logo.svg', 'seller_name', CASE WHEN m.k <= 2 THEN 'Tixora' ELSE m.name END,
         'sdk_layout', 'accordion', 'display_sdk_only', false, 'enabled_saved_payment_method', m.k <= 2) END,
       CASE WHEN b.name = 'box_office' THEN 3600 ELSE 900 END,
       CASE WHEN b.k IN (1, 3, 6, 14) THEN hsgen.enc('bpoh', b.k, '{"Authorization":"Bearer ' || fixture_gen.chars('bpohv', b.k, 40) || '","X-Tenant":"tixora"}') END,
       hsgen.enc('bpct', b.k, fixture_gen.chars('bpctv', b.k, 64)),
       'v1',
       m.country::"CountryAlpha2"
FROM hsgen.bp b JOIN hsgen.m m ON m.k = b.mk JOIN merchant_account ma ON ma.merchant_id = m.merchant_id
ORDER BY b.k;

CREATE TABLE merchant_connector_account (
  merchant_id varchar(64) NOT NULL,
  connector_name varchar(64) NOT NULL,
  connector_account_details bytea NOT NULL,
  test_mode boolean,
  disabled boolean,
  merchant_connector_id varchar(128) PRIMARY KEY NOT NULL,
  payment_methods_enabled json[],
  connector_type "ConnectorType" NOT NULL,
  metadata jsonb,
  connector_label varchar(255),
  business_country "CountryAlpha2",
  business_label varchar(255),
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  connector_webhook_details jsonb,
  profile_id varchar(64),
  applepay_verified_domains text[],
  status "ConnectorStatus" NOT NULL,
  additional_merchant_data bytea,
  connector_wallets_details bytea,
  version "ApiVersion" NOT NULL
);
INSERT INTO merchant_connector_account
SELECT m.merchant_id, c.connector,
       hsgen.enc('mcad', c.k, CASE c.connector
         WHEN 'stripe' THEN '{"auth_type":"HeaderKey","api_key":"' || 'sk_' || 'live_' || fixture_gen.chars('mcsk', c.k, 99) || '"}'
         WHEN 'stripe_test' THEN '{"auth_type":"HeaderKey","api_key":"' || 'sk_' || 'test_' || fixture_gen.chars('mcsk', c.k, 99) || '"}'
         WHEN 'adyen' THEN '{"auth_type":"SignatureKey","api_key":"' || fixture_gen.b64('mcak', c.k, 96) || '","key1":"TixoraMarketplaceECOM","api_secret":"' || fixture_gen.hexn('mcas', c.k, 64) || '"}'
         WHEN 'checkout' THEN '{"auth_type":"SignatureKey","api_key":"pk_' || fixture_gen.uuid('mcck', c.k) || '","key1":"pc_' || fixture_gen.chars('mcc1', c.k, 26) || '","api_secret":"sk_' || fixture_gen.uuid('mccs', c.k) || '"}'
         WHEN 'paypal' THEN '{"auth_type":"BodyKey","api_key":"' || fixture_gen.chars('mcpk', c.k, 80) || '","key1":"' || fixture_gen.chars('mcp1', c.k, 80) || '"}'
         WHEN 'klarna' THEN '{"auth_type":"BodyKey","api_key":"klarna' || '_live_api_' || fixture_gen.chars('mckk', c.k, 60) || '","key1":"' || fixture_gen.uuid('mck1', c.k) || '"}'
         WHEN 'netcetera' THEN '{"auth_type":"CertificateAuth","certificate":"-----BEGIN CERTIFICATE-----\n' || fixture_gen.b64('mcnc', c.k, 240) || '\n-----END CERTIFICATE-----","private_key":"-----BEGIN ' || 'PRIVATE KEY-----\n' || fixture_gen.b64('mcnp', c.k, 240) || '\n-----END ' || 'PRIVATE KEY-----"}'
         WHEN 'signifyd' THEN '{"auth_type":"HeaderKey","api_key":"' || fixture_gen.chars('mcsg', c.k, 40) || '"}'
         WHEN 'wise' THEN '{"auth_type":"BodyKey","api_key":"' || fixture_gen.uuid('mcwk', c.k) || '","key1":"' || (20000000 + c.k)::text || '"}'
         ELSE '{"auth_type":"HeaderKey","api_key":"' || fixture_gen.b64('mcxk', c.k, 96) || '"}' END),
       m.k = 13, c.k IN (9, 36),
       c.mca_id,
       CASE c.ctype WHEN 'payment_processor' THEN CASE c.connector
         WHEN 'paypal' THEN ARRAY['{"payment_method":"wallet","payment_method_types":[{"payment_method_type":"paypal","payment_experience":"redirect_to_url","minimum_amount":1,"maximum_amount":68607706,"recurring_enabled":false,"installment_payment_enabled":false}]}'::json]
         WHEN 'klarna' THEN ARRAY['{"payment_method":"pay_later","payment_method_types":[{"payment_method_type":"klarna","payment_experience":"invoke_sdk_client","minimum_amount":100,"maximum_amount":500000,"recurring_enabled":false,"installment_payment_enabled":true}]}'::json]
         ELSE ARRAY['{"payment_method":"card","payment_method_types":[{"payment_method_type":"credit","card_networks":["Visa","Mastercard","AmericanExpress"],"minimum_amount":1,"maximum_amount":68607706,"recurring_enabled":true,"installment_payment_enabled":false},{"payment_method_type":"debit","card_networks":["Visa","Mastercard"],"minimum_amount":1,"maximum_amount":68607706,"recurring_enabled":true,"installment_payment_enabled":false}]}'::json,
                    '{"payment_method":"wallet","payment_method_types":[{"payment_method_type":"apple_pay","payment_experience":"invoke_sdk_client","minimum_amount":1,"maximum_amount":68607706,"recurring_enabled":true,"installment_payment_enabled":false},{"payment_method_type":"google_pay","payment_experience":"invoke_sdk_client","minimum_amount":1,"maximum_amount":68607706,"recurring_enabled":true,"installment_payment_enabled":false}]}'::json] END END,
       c.ctype::"ConnectorType",
       CASE c.connector
         WHEN 'stripe' THEN jsonb_build_object('google_pay', jsonb_build_object('merchant_info', jsonb_build_object('merchant_name', CASE WHEN m.k <= 2 THEN 'Tixora' ELSE m.name END),
             'allowed_payment_methods', '[{"type":"CARD","parameters":{"allowed_auth_methods":["PAN_ONLY","CRYPTOGRAM_3DS"],"allowed_card_networks":["VISA","MASTERCARD","AMEX"]},"tokenization_specification":{"type":"PAYMENT_GATEWAY","parameters":{"gateway":"stripe","stripe:version":"2018-10-31"}}}]'::jsonb),
             'apple_pay_combined', jsonb_build_object('manual', jsonb_build_object('session_token_data', jsonb_build_object('display_name', 'Tixora', 'initiative', 'web', 'initiative_context', 'pay.tixora.ie', 'merchant_business_country', m.country))))
         WHEN 'adyen' THEN jsonb_build_object('endpoint_prefix', fixture_gen.hexn('mcep', c.k, 16) || '-TixoraMarketplace', 'merchant_account', 'Tixora' || replace(initcap(split_part(m.name, ' ', 1)), ' ', '') || 'ECOM')
         WHEN 'netcetera' THEN jsonb_build_object('mcc', '7922', 'merchant_country_code', '372', 'merchant_name', CASE WHEN m.k = 1 THEN 'Tixora' ELSE m.name END, 'endpoint_prefix', 'tixora',
             'three_ds_requestor_name', 'Tixora', 'three_ds_requestor_id', 'TIXORA-3DS-' || lpad(c.k::text, 4, '0'))
         WHEN 'klarna' THEN jsonb_build_object('klarna_region', 'Europe')
         WHEN 'checkout' THEN jsonb_build_object('acquirer_bin', '400000', 'acquirer_merchant_id', fixture_gen.digits('mcam', c.k, 10))
         END,
       c.connector || '_' || m.country || '_' || CASE WHEN c.bpk IN (14, 15, 16) THEN (SELECT name FROM hsgen.bp WHERE bp.k = c.bpk) ELSE 'default' END,
       m.country::"CountryAlpha2", 'default',
       m.created + make_interval(hours => 2 + c.k * 3),
       m.created + make_interval(days => 10 + fixture_gen.n('mcm', c.k, 300)),
       CASE c.connector
         WHEN 'stripe' THEN jsonb_build_object('merchant_secret', 'whsec' || '_' || fixture_gen.chars('mcws', c.k, 32), 'additional_secret', NULL)
         WHEN 'adyen' THEN jsonb_build_object('merchant_secret', upper(fixture_gen.hexn('mcwa', c.k, 64)), 'additional_secret', NULL)
         WHEN 'checkout' THEN jsonb_build_object('merchant_secret', fixture_gen.uuid('mcwc', c.k), 'additional_secret', NULL)
         WHEN 'paypal' THEN jsonb_build_object('merchant_secret', upper(fixture_gen.chars('mcwp', c.k, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')), 'additional_secret', NULL)
         WHEN 'adyenplatform' THEN jsonb_build_object('merchant_secret', upper(fixture_gen.hexn('mcwx', c.k, 64)), 'additional_secret', NULL)
       END,
       (SELECT profile_id FROM hsgen.bp WHERE bp.k = c.bpk),
       CASE WHEN c.connector IN ('stripe', 'adyen') AND m.k <= 2 THEN ARRAY['tixora.ie', 'pay.tixora.ie'] END,
       CASE WHEN c.k IN (9, 36) THEN 'inactive' ELSE 'active' END::"ConnectorStatus",
       CASE WHEN c.connector IN ('adyenplatform', 'wise') OR (c.connector = 'stripe' AND m.k IN (4, 9))
            THEN hsgen.enc('mcamd', c.k, CASE WHEN m.country = 'GB' THEN '{"open_banking_recipient_data":{"account_data":{"bacs":{"account_number":"' || fixture_gen.digits('mcacn', c.k, 8) || '","sort_code":"20' || fixture_gen.digits('mcasc', c.k, 4) || '","name":"' || m.name || '"}}}}'
                                                   ELSE '{"open_banking_recipient_data":{"account_data":{"iban":{"iban":"' || fixture_gen.iban('IE', 'AIBK' || fixture_gen.digits('mcaib', c.k, 14)) || '","name":"' || m.name || '"}}}}' END) END,
       CASE WHEN c.connector IN ('stripe', 'adyen') AND m.k <= 3
            THEN hsgen.enc('mcwd', c.k, '{"apple_pay_combined":{"simplified":{"session_token_data":{"initiative_context":"pay.tixora.ie"}}},"apple_pay":{"payment_processing_certificate":"' || fixture_gen.b64('mcapc', c.k, 256) || '","payment_processing_certificate_key":"' || fixture_gen.b64('mcapk', c.k, 160) || '"}}') END,
       'v1'
FROM hsgen.mca c JOIN hsgen.m m ON m.k = c.mk
ORDER BY c.k;

-- ---------------------------------------------------------------------------
-- Control center: users, their keys and roles.

CREATE TABLE users (
  user_id varchar(64) PRIMARY KEY NOT NULL,
  email varchar(255) NOT NULL UNIQUE,
  name varchar(255) NOT NULL,
  password varchar(255),
  is_verified boolean NOT NULL DEFAULT false,
  created_at timestamp NOT NULL,
  last_modified_at timestamp NOT NULL,
  totp_status "TotpStatus" NOT NULL DEFAULT 'not_set',
  totp_secret bytea,
  totp_recovery_codes text[],
  last_password_modified_at timestamp,
  lineage_context jsonb
);
INSERT INTO users
SELECT s.user_id, s.email,
       CASE WHEN s.k IN (16, 29) THEN 'finance' WHEN s.k % 7 = 3 THEN split_part(s.email, '@', 1) ELSE s.first || ' ' || s.last END,
       CASE WHEN s.sso THEN NULL ELSE hsgen.argon('uspw', s.k) END,
       s.k % 11 <> 0,
       c.created, c.created + make_interval(days => fixture_gen.n('usm', s.k, 200)),
       CASE WHEN s.mk = 1 OR s.k % 3 = 0 THEN 'set' WHEN s.k % 5 = 0 THEN 'in_progress' ELSE 'not_set' END::"TotpStatus",
       CASE WHEN s.mk = 1 OR s.k % 3 = 0 OR s.k % 5 = 0 THEN hsgen.enc('ustt', s.k, fixture_gen.chars('usttv', s.k, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')) END,
       CASE WHEN s.mk = 1 OR s.k % 3 = 0 THEN ARRAY(SELECT hsgen.argon('usrc' || r, s.k) FROM generate_series(1, 8 - (s.k % 3)) r) END,
       CASE WHEN NOT s.sso THEN c.created + make_interval(days => fixture_gen.n('uslp', s.k, 150)) END,
       CASE WHEN s.k % 11 <> 0 THEN jsonb_build_object('user_id', s.user_id, 'merchant_id', m.merchant_id, 'role_id', CASE WHEN s.mk = 1 THEN 'org_admin' ELSE 'merchant_admin' END,
         'org_id', hsgen.id('org', 'org', 1), 'profile_id', (SELECT profile_id FROM hsgen.bp WHERE bp.k = s.mk), 'tenant_id', 'public') END
FROM hsgen.s s JOIN hsgen.m m ON m.k = s.mk
CROSS JOIN LATERAL (SELECT m.created + make_interval(hours => 1 + fixture_gen.n('usc', s.k, 24 * 60)) AS created) c
ORDER BY s.k;

CREATE TABLE user_key_store (
  user_id varchar(64) PRIMARY KEY NOT NULL,
  key bytea NOT NULL,
  created_at timestamp NOT NULL
);
INSERT INTO user_key_store SELECT user_id, hsgen.enc('uks', row_number() OVER (ORDER BY created_at), fixture_gen.chars('uksk', row_number() OVER (ORDER BY created_at), 32)), created_at FROM users;

CREATE TABLE roles (
  role_name varchar(64) NOT NULL,
  role_id varchar(64) PRIMARY KEY NOT NULL,
  merchant_id varchar(64),
  org_id varchar(64) NOT NULL,
  groups text[] NOT NULL,
  scope "RoleScope" NOT NULL,
  created_at timestamp NOT NULL,
  created_by varchar(64) NOT NULL,
  last_modified_at timestamp NOT NULL,
  last_modified_by varchar(64) NOT NULL,
  entity_type varchar(64) NOT NULL
);
INSERT INTO roles
SELECT r.name, hsgen.id('role', 'rol', r.k), CASE WHEN r.mk IS NOT NULL THEN (SELECT merchant_id FROM hsgen.m WHERE m.k = r.mk) END, hsgen.id('org', 'org', 1), r.groups,
       CASE WHEN r.mk IS NULL THEN 'organization' ELSE 'merchant' END::"RoleScope",
       timestamp '2024-02-12 10:00:00' + make_interval(days => r.k * 17, secs => fixture_gen.n('rolc', r.k, 30000)),
       (SELECT user_id FROM hsgen.s WHERE s.k = r.by),
       timestamp '2024-02-12 10:00:00' + make_interval(days => r.k * 17 + 40, secs => fixture_gen.n('rolm', r.k, 30000)),
       (SELECT user_id FROM hsgen.s WHERE s.k = CASE WHEN r.k % 2 = 0 THEN 1 ELSE r.by END),
       CASE WHEN r.mk IS NULL THEN 'organization' ELSE 'merchant' END
FROM (VALUES
  (1, 'box_office_refunds', 1, 1, ARRAY['operations_view', 'operations_manage']),
  (2, 'finance_read_only', NULL, 1, ARRAY['operations_view', 'analytics_view', 'recon_reports_view']),
  (3, 'disputes_team', 1, 5, ARRAY['operations_view', 'operations_manage', 'merchant_details_view']),
  (4, 'resale_payouts_ops', 2, 5, ARRAY['operations_view', 'operations_manage', 'connectors_view']),
  (5, 'venue_finance', 4, 14, ARRAY['operations_view', 'analytics_view']),
  (6, 'developer_no_users', 6, 16, ARRAY['operations_view', 'connectors_view', 'connectors_manage', 'workflows_view', 'merchant_details_view']),
  (7, 'support_agent', NULL, 2, ARRAY['operations_view', 'users_view']),
  (8, 'promoter_readonly', 8, 18, ARRAY['operations_view', 'analytics_view', 'merchant_details_view']),
  (9, 'fraud_analyst', 1, 9, ARRAY['operations_view', 'workflows_view', 'workflows_manage', 'analytics_view']),
  (10, 'qa_full', 13, 4, ARRAY['operations_view', 'operations_manage', 'connectors_view', 'connectors_manage', 'workflows_view', 'workflows_manage'])
) AS r(k, name, mk, by, groups);

CREATE TABLE user_roles (
  id serial PRIMARY KEY,
  user_id varchar(64) NOT NULL,
  merchant_id varchar(64),
  role_id varchar(64) NOT NULL,
  org_id varchar(64),
  status "UserStatus" NOT NULL,
  created_by varchar(64) NOT NULL,
  last_modified_by varchar(64) NOT NULL,
  created_at timestamp NOT NULL,
  last_modified timestamp NOT NULL,
  profile_id varchar(64),
  entity_type varchar(64),
  tenant_id varchar(64) NOT NULL DEFAULT 'public'
);
INSERT INTO user_roles (user_id, merchant_id, role_id, org_id, status, created_by, last_modified_by, created_at, last_modified, profile_id, entity_type, tenant_id)
SELECT x.user_id, x.merchant_id, x.role_id, hsgen.id('org', 'org', 1), x.status::"UserStatus", x.by, x.by, x.created, x.created + make_interval(days => fixture_gen.n('urm', x.k, 90)),
       x.profile_id, x.entity_type, 'public'
FROM (
  SELECT s.k, s.user_id,
         CASE WHEN s.k = 1 OR s.k = 2 THEN NULL ELSE m.merchant_id END AS merchant_id,
         CASE WHEN s.k IN (1, 2) THEN 'org_admin' WHEN s.mk = 1 AND s.k = 5 THEN hsgen.id('role', 'rol', 3) WHEN s.mk = 1 AND s.k = 9 THEN hsgen.id('role', 'rol', 9)
              WHEN s.mk = 1 AND s.k IN (3, 7) THEN hsgen.id('role', 'rol', 1) WHEN s.mk = 1 AND s.k IN (6, 11) THEN hsgen.id('role', 'rol', 7)
              WHEN s.mk = 1 THEN 'merchant_admin' WHEN s.k IN (16, 29) THEN 'merchant_view_only' WHEN s.k = 14 OR s.k = 24 THEN hsgen.id('role', 'rol', 5)
              WHEN s.k <= 22 THEN 'merchant_admin' WHEN s.k % 4 = 0 THEN 'merchant_developer' WHEN s.k % 4 = 1 THEN 'merchant_operator' ELSE 'merchant_view_only' END AS role_id,
         CASE WHEN s.k % 11 = 0 THEN 'invitation_sent' ELSE 'active' END AS status,
         (SELECT user_id FROM hsgen.s x WHERE x.k = CASE WHEN s.k <= 2 THEN 1 WHEN s.mk = 1 THEN 2 WHEN s.k <= 22 THEN 1 ELSE s.mk + 10 END) AS by,
         m.created + make_interval(hours => 1 + fixture_gen.n('usc', s.k, 24 * 60)) AS created,
         CASE WHEN s.k IN (1, 2) THEN NULL ELSE (SELECT profile_id FROM hsgen.bp WHERE bp.k = s.mk) END AS profile_id,
         CASE WHEN s.k IN (1, 2) THEN 'organization' ELSE 'merchant' END AS entity_type
  FROM hsgen.s s JOIN hsgen.m m ON m.k = s.mk
  UNION ALL
  -- Tixora's staff also hold roles on the resale merchant and the sandbox.
  SELECT s.k + 100, s.user_id, m.merchant_id,
         CASE WHEN s.k IN (5, 8) THEN hsgen.id('role', 'rol', 4) WHEN m.k = 13 THEN hsgen.id('role', 'rol', 10) ELSE 'merchant_view_only' END,
         'active', (SELECT user_id FROM hsgen.s x WHERE x.k = 2), m.created + make_interval(days => 2 + s.k),
         (SELECT profile_id FROM hsgen.bp WHERE bp.k = m.k), 'merchant'
  FROM hsgen.s s JOIN hsgen.m m ON m.k IN (2, 13) AND (m.k = 2 OR s.k IN (4, 8, 12))
  WHERE s.mk = 1 AND s.k > 2
) x ORDER BY x.created, x.k;

CREATE TABLE api_keys (
  key_id varchar(64) PRIMARY KEY NOT NULL,
  merchant_id varchar(64) NOT NULL,
  name varchar(64) NOT NULL,
  description varchar(256),
  hashed_api_key varchar(128) NOT NULL,
  prefix varchar(16) NOT NULL,
  created_at timestamp NOT NULL,
  expires_at timestamp,
  last_used timestamp
);
INSERT INTO api_keys
SELECT hsgen.id('dev', 'ak', a.k), m.merchant_id, a.name, a.descr, fixture_gen.hexn('akh', a.k, 64),
       CASE WHEN m.k = 13 THEN 'snd_' ELSE 'prd_' END || fixture_gen.chars('akp', a.k, 4),
       c.created, CASE WHEN a.k % 3 = 0 THEN c.created + interval '365 days' END,
       CASE WHEN a.k % 7 <> 6 THEN c.created + make_interval(days => 5 + fixture_gen.n('aklu', a.k, 160), secs => fixture_gen.n('aklus', a.k, 86000)) END
FROM (VALUES
  (1, 1, 'Backend production', 'Checkout service (tixora-checkout, eu-west-1)'),
  (2, 1, 'Box office POS', 'Used by the three box office terminals at the Dublin office'),
  (3, 1, 'Merch store', 'Shopify bridge for the merch store'),
  (4, 1, 'Reconciliation job', 'Nightly export to the finance warehouse'),
  (5, 1, 'Hannah laptop - testing', 'Temporary, issued to Hannah Haddad for the Hozier on-sale load test. Revoke after 10 July'),
  (6, 2, 'Resale service', 'resale-api, creates payouts once the event has happened'),
  (7, 2, 'Resale backfill', ''),
  (8, 3, 'Website', 'Liberties Live WordPress site (Hyperswitch plugin)'),
  (9, 3, 'Youssef - door scanner app', 'Youssef''s test app for the door, ask him before rotating (087 341 2209)'),
  (10, 4, 'Production', NULL),
  (11, 4, 'Bar tabs', 'Bar tab pre-authorisations at the Amphitheatre'),
  (12, 5, 'Billetterie', 'Site de billetterie'),
  (13, 6, 'WooCommerce', 'WooCommerce Hyperswitch plugin, shop.rheinhalle-konzerte.de'),
  (14, 6, 'Kassensystem', 'Abendkasse'),
  (15, 7, 'cian website', 'my squarespace site'),
  (16, 8, 'Producción', 'Web de entradas'),
  (17, 9, 'Live', 'Tickets site and door app'),
  (18, 9, 'Staging', 'staging.airewarehouse.co.uk'),
  (19, 10, 'Sklep', 'bilety.kowalskikoncerty.pl'),
  (20, 11, 'Bilheteira', NULL),
  (21, 12, 'Webshop', 'Biljettshop'),
  (22, 12, 'Kassa', 'Kassa i entrén, Sanna har nyckeln'),
  (23, 13, 'CI', 'GitHub Actions connector certification'),
  (24, 13, 'Load test', 'k6 scripts'),
  (25, 1, 'Zapier (old)', 'Disconnected in March, kept for the audit'),
  (26, 1, 'Grace O''Hara - finance scripts', 'Monthly settlement report notebook'),
  (27, 2, 'Resale fraud review', 'Used by the fraud analyst dashboard'),
  (28, 4, 'Production v2', 'Replaces the old key after the staff change'),
  (29, 6, 'Abendkasse 2', NULL),
  (30, 8, 'App móvil', 'App de acceso en puerta')
) AS a(k, mk, name, descr)
JOIN hsgen.m m ON m.k = a.mk
CROSS JOIN LATERAL (SELECT m.created + make_interval(days => 1 + fixture_gen.n('akc', a.k, 120), secs => fixture_gen.n('akcs', a.k, 86000)) AS created) c;

CREATE TABLE dashboard_metadata (
  id serial PRIMARY KEY,
  user_id varchar(64),
  merchant_id varchar(64) NOT NULL,
  org_id varchar(64) NOT NULL,
  data_key "DashboardMetadata" NOT NULL,
  data_value json NOT NULL,
  created_by varchar(64) NOT NULL,
  created_at timestamp NOT NULL,
  last_modified_by varchar(64) NOT NULL,
  last_modified_at timestamp NOT NULL
);
INSERT INTO dashboard_metadata (user_id, merchant_id, org_id, data_key, data_value, created_by, created_at, last_modified_by, last_modified_at)
SELECT CASE WHEN d.key IN ('feedback', 'is_change_password_required', 'onboarding_survey') THEN s.user_id END,
       m.merchant_id, hsgen.id('org', 'org', 1), d.key::"DashboardMetadata",
       CASE d.key
         WHEN 'production_agreement' THEN json_build_object('version', '1.0.0', 'ip_address', fixture_gen.ipv4('dmip', m.k), 'timestamp', extract(epoch FROM m.created)::bigint + 3600)
         WHEN 'setup_processor' THEN json_build_object('connector_id', (SELECT mca_id FROM hsgen.mca WHERE mca.mk = m.k ORDER BY k LIMIT 1))
         WHEN 'configure_endpoint' THEN '{}'::json
         WHEN 'integration_method' THEN json_build_object('integration_type', fixture_gen.pick(ARRAY['hosted_checkout', 'unified_checkout', 'woocommerce_plugin', 'payment_links'], 'dmim', m.k), 'domain_name', m.domain)
         WHEN 'stripe_connected' THEN json_build_object('processor_id', (SELECT mca_id FROM hsgen.mca WHERE mca.mk = m.k AND connector = 'stripe' ORDER BY k LIMIT 1))
         WHEN 'prod_intent' THEN json_build_object('legal_business_name', m.name, 'business_label', 'default', 'business_location', m.country, 'display_name', m.name,
             'poc_email', s.email, 'poc_name', s.first || ' ' || s.last, 'is_completed', true, 'business_type', CASE WHEN m.sole THEN 'sole_proprietorship' ELSE 'private_limited_company' END,
             'business_website', 'https://' || m.domain, 'comments', CASE WHEN m.k = 7 THEN 'Mostly trad sessions in Cork, about 40 gigs a year. Call me on 086 114 7720 if anything is missing.' ELSE '' END)
         WHEN 'onboarding_survey' THEN json_build_object('designation', fixture_gen.pick(ARRAY['Head of Payments', 'Finance Manager', 'Founder', 'Box Office Manager', 'Developer', 'Operations Lead'], 'dmos', s.k),
             'about_business', fixture_gen.pick(ARRAY['Concert promoter', 'Venue', 'Festival', 'Ticketing platform'], 'dmoa', m.k), 'business_website', 'https://' || m.domain,
             'hyperswitch_req', json_build_object('accept_more_payment_methods', true, 'improve_conversion_rate', true, 'accept_payment_methods_internationally', m.k <= 2),
             'major_markets', json_build_object('europe', true, 'north_america', m.k <= 2), 'business_size', fixture_gen.pick(ARRAY['less_than_one_million', 'one_to_ten_million'], 'dmob', m.k),
             'required_features', json_build_object('payouts', m.k = 2, 'fraud_and_risk_management', m.k <= 2))
         WHEN 'feedback' THEN json_build_object('email', s.email, 'description', fixture_gen.pick(ARRAY[
             'Refund search by customer email would save us a lot of time at the box office.',
             'The payouts page is slow when we have more than 500 sellers.',
             'Would like to see which card was blocked and why in the blocklist screen.',
             'Great so far, Stripe and Adyen routing worked first time.',
             'Our finance lead (Aoife) asks for a CSV of disputes with the evidence deadline.',
             'Please add a Polish translation for the payment link page.'], 'dmfd', s.k),
             'rating', 3 + fixture_gen.n('dmfr', s.k, 3), 'category', fixture_gen.pick(ARRAY['suggestion', 'bug', 'feedback'], 'dmfc', s.k))
         WHEN 'is_change_password_required' THEN 'true'::json
         WHEN 'is_multiple_configuration' THEN 'false'::json
         WHEN 'configured_routing' THEN json_build_object('routing_id', hsgen.id('routing', 'mra', m.k))
         WHEN 'sp_test_payment' THEN json_build_object('payment_id', hsgen.id('pay', 'dmtp', m.k))
         ELSE '{}'::json END,
       s.user_id, c.at, s.user_id, c.at + make_interval(days => fixture_gen.n('dmlm', m.k * 31 + d.ord, 20))
FROM hsgen.m m
CROSS JOIN LATERAL unnest(ARRAY['production_agreement', 'setup_processor', 'configure_endpoint', 'integration_method', 'stripe_connected', 'prod_intent', 'onboarding_survey',
                                'feedback', 'is_change_password_required', 'is_multiple_configuration', 'configured_routing', 'sp_test_payment']) WITH ORDINALITY AS d(key, ord)
JOIN hsgen.s s ON s.k = CASE WHEN m.k <= 2 OR m.k = 13 THEN 1 + (m.k * d.ord::int) % 12 ELSE m.k + 10 END
CROSS JOIN LATERAL (SELECT m.created + make_interval(hours => d.ord::int * 5 + fixture_gen.n('dmca', m.k * 31 + d.ord, 600)) AS at) c
WHERE (d.key NOT IN ('feedback', 'is_change_password_required', 'configured_routing', 'sp_test_payment') OR (m.k + d.ord::int) % 3 <> 0)
  AND NOT (m.k = 13 AND d.key IN ('prod_intent', 'production_agreement'))
ORDER BY c.at;

CREATE TABLE user_authentication_methods (
  id varchar(64) PRIMARY KEY NOT NULL,
  auth_id varchar(64) NOT NULL,
  owner_id varchar(64) NOT NULL,
  owner_type varchar(64) NOT NULL,
  auth_type varchar(64) NOT NULL,
  private_config bytea,
  public_config jsonb,
  allow_signup boolean NOT NULL DEFAULT false,
  created_at timestamp NOT NULL,
  last_modified_at timestamp NOT NULL,
  email_domain varchar(64) NOT NULL
);
INSERT INTO user_authentication_methods VALUES
  (fixture_gen.uuid('uam', 1), fixture_gen.uuid('uama', 1), 'public', 'tenant', 'password', NULL, NULL, false, '2024-01-09 15:30:12.000000', '2024-01-09 15:30:12.000000', 'public'),
  (fixture_gen.uuid('uam', 2), fixture_gen.uuid('uama', 1), 'public', 'tenant', 'magic_link', NULL, NULL, false, '2024-01-09 15:30:12.000000', '2024-01-09 15:30:12.000000', 'public'),
  (fixture_gen.uuid('uam', 3), fixture_gen.uuid('uama', 3), hsgen.id('org', 'org', 1), 'organization', 'open_id_connect',
   hsgen.enc('uamp', 3, '{"client_secret":"' || fixture_gen.chars('uamcs', 3, 40) || '"}'),
   jsonb_build_object('name', 'okta', 'base_url', 'https://tixora.okta.com', 'client_id', '0oa' || fixture_gen.chars('uamci', 3, 17)), false,
   '2024-03-04 11:20:45.118302', '2024-09-18 08:02:11.400126', 'tixora.ie'),
  (fixture_gen.uuid('uam', 4), fixture_gen.uuid('uama', 3), hsgen.id('org', 'org', 1), 'organization', 'password', NULL, NULL, false,
   '2024-03-04 11:20:45.118302', '2024-03-04 11:20:45.118302', 'tixora.ie'),
  (fixture_gen.uuid('uam', 5), fixture_gen.uuid('uama', 5), hsgen.id('org', 'org', 2), 'organization', 'open_id_connect',
   hsgen.enc('uamp', 5, '{"client_secret":"' || fixture_gen.chars('uamcs', 5, 40) || '"}'),
   jsonb_build_object('name', 'okta', 'base_url', 'https://tixora.okta.com', 'client_id', '0oa' || fixture_gen.chars('uamci', 5, 17)), true,
   '2024-07-26 14:02:10.551847', '2024-07-26 14:02:10.551847', 'tixora.ie');

CREATE TABLE configs (
  key varchar(255) PRIMARY KEY NOT NULL,
  config text NOT NULL
);
INSERT INTO configs
SELECT key, config FROM (VALUES
  ('kv_config', '{"ttl": 900}'),
  ('pt_mapping_stripe', '{"default_mapping":{"start_after":60,"frequencies":[[300,5]]},"max_retries_count":5}'),
  ('pt_mapping_adyen', '{"default_mapping":{"start_after":60,"frequencies":[[300,10]]},"max_retries_count":10}'),
  ('pt_mapping_refund_sync_stripe', '{"default_mapping":{"start_after":120,"frequencies":[[600,6]]},"max_retries_count":6}'),
  ('poll_config_external_three_ds_netcetera', '{"delay_in_secs":2,"frequency":5}'),
  ('whitelisted_domains_for_payment_links', '["tixora.ie","pay.tixora.ie","libertieslive.ie"]'),
  ('merchants_eligible_for_auto_retries', '["merchant_1704815322","merchant_1706712004"]'),
  ('max_auto_retries_enabled_merchant_1704815322', '2'),
  ('should_call_gsm_merchant_1704815322', 'true'),
  ('should_call_gsm_merchant_1706712004', 'true'),
  ('requires_cvv_merchant_1704815322', 'false'),
  ('requires_cvv_merchant_1716240981', 'true'),
  ('implicit_customer_update_merchant_1704815322', 'true'),
  ('guard_blocklist_for_merchant_1704815322', 'true'),
  ('guard_blocklist_for_merchant_1704816090', 'true'),
  ('card_testing_guard_merchant_1704815322', '{"card_ip_blocking_threshold":3,"guest_user_card_blocking_threshold":10,"customer_id_blocking_threshold":5,"card_testing_guard_expiry":3600}'),
  ('payment_method_filters_merchant_1721390027', '{"klarna":{"country":"SE","currency":"SEK"}}'),
  ('payouts_connector_priority_merchant_1704816090', '["adyenplatform","wise"]'),
  ('payout_retry_enabled_merchant_1704816090', 'true'),
  ('mca_disable_reason_' || hsgen.id('mca', 'mca', 9), 'Adyen account for resale closed after KYC review, see OPS-412'),
  ('skip_saving_wallet_at_connector_merchant_1704815322', '["apple_pay","google_pay"]'),
  ('enable_extended_card_bin_merchant_1704815322', 'true'),
  ('dynamic_routing_enabled_merchant_1704815322', 'false'),
  ('frm_psync_merchant_1704815322', '{"enabled":true,"max_retries":3}'),
  ('locker_migration_completed_merchant_1704815322', '2024-03-18')
) AS c(key, config);

-- ---------------------------------------------------------------------------
-- Customers, their addresses and saved payment methods.

CREATE TABLE customers (
  customer_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  name bytea,
  email bytea,
  phone bytea,
  phone_country_code varchar(8),
  description varchar(255),
  created_at timestamp NOT NULL,
  metadata json,
  connector_customer jsonb,
  modified_at timestamp NOT NULL,
  address_id varchar(64),
  default_payment_method_id varchar(64),
  updated_by varchar(64),
  version "ApiVersion" NOT NULL,
  PRIMARY KEY (customer_id, merchant_id)
);
INSERT INTO customers
SELECT c.customer_id, m.merchant_id,
       CASE WHEN c.k % 10 = 7 THEN NULL ELSE hsgen.enc('cun', c.k, p.first || ' ' || p.last) END,
       hsgen.enc('cue', c.k, p.email),
       CASE WHEN c.k % 10 IN (2, 5, 8) THEN NULL ELSE hsgen.enc('cup', c.k, p.phone) END,
       CASE WHEN c.k % 10 IN (2, 5, 8) THEN NULL ELSE p.cc END,
       CASE WHEN fixture_gen.n('cud', c.k, 100) < 72 THEN NULL ELSE fixture_gen.pick(ARRAY[
         'Wheelchair user, needs the accessible platform and a companion ticket',
         'VIP - artist guest list +1 (tour manager: Ronan)',
         'Chargeback in 2024 on a Fontaines order, review high-value orders manually',
         'Asked for invoices in the name of her employer, Kerry Group',
         'Deaf - ISL interpreter requested for the Lankum show',
         'Called the box office from a new number to change her email address',
         'Press: reviewer for the Irish Times',
         'Migrated from the old ticketing system',
         'Migrated from the old ticketing system',
         'Prefers contact by WhatsApp',
         'Epileptic - asked about strobe warnings before booking',
         'Family account: buys for her two teenage sons (Oisín and Darragh)',
         'Bulk buyer for the Cork trad club',
         'Kunde aus dem alten Shop',
         '',
         ''], 'cudv', c.k) END,
       c.created,
       CASE WHEN m.k IN (1, 2) THEN json_build_object('tixora_user_id', 100000 + c.k * 13, 'marketing_opt_in', c.k % 3 <> 0,
                                     'date_of_birth', CASE WHEN c.k % 5 IN (0, 1) THEN to_char(p.dob, 'YYYY-MM-DD') END, 'signup_source', fixture_gen.pick(ARRAY['web', 'ios', 'android'], 'cums', c.k))
            WHEN m.k = 6 THEN json_build_object('wc_customer_id', 1040 + c.k * 7, 'woocommerce_version', '8.9.1')
            WHEN m.k = 10 THEN json_build_object('newsletter', c.k % 2 = 0, 'data_urodzenia', to_char(p.dob, 'DD.MM.YYYY')) END,
       CASE WHEN fixture_gen.n('cucc', c.k, 100) < 65 THEN jsonb_build_object((SELECT mca_id FROM hsgen.mca WHERE mca.mk = m.k AND connector = 'stripe' ORDER BY k LIMIT 1), 'cus_' || fixture_gen.chars('cucs', c.k, 14)) END,
       c.created + make_interval(days => fixture_gen.n('cumd', c.k, 120), secs => fixture_gen.n('cumds', c.k, 80000)),
       CASE WHEN c.k % 2 = 0 THEN hsgen.id('add', 'addc', c.k) END,
       NULL,
       CASE WHEN m.k IN (1, 2) THEN 'redis_kv' ELSE 'postgres_only' END,
       'v1'
FROM hsgen.cust c JOIN hsgen.m m ON m.k = c.mk JOIN hsgen.p p ON p.i = c.k
ORDER BY c.created;

CREATE TABLE address (
  address_id varchar(64) PRIMARY KEY NOT NULL,
  city varchar(128),
  country "CountryAlpha2",
  line1 bytea,
  line2 bytea,
  line3 bytea,
  state bytea,
  zip bytea,
  first_name bytea,
  last_name bytea,
  phone_number bytea,
  country_code varchar(8),
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  customer_id varchar(64),
  merchant_id varchar(64) NOT NULL,
  payment_id varchar(64),
  updated_by varchar(32) NOT NULL,
  email bytea
);
-- Customers' own addresses.
INSERT INTO address
SELECT hsgen.id('add', 'addc', c.k), p.city, p.country::"CountryAlpha2",
       hsgen.enc('adl1', c.k, p.street), hsgen.enc('adl2', c.k, p.line2), NULL,
       hsgen.enc('adst', c.k, p.state), hsgen.enc('adzp', c.k, p.zip), hsgen.enc('adfn', c.k, p.first), hsgen.enc('adln', c.k, p.last),
       CASE WHEN c.k % 10 IN (2, 5, 8) THEN NULL ELSE hsgen.enc('adph', c.k, p.phone) END,
       CASE WHEN c.k % 10 IN (2, 5, 8) THEN NULL ELSE p.cc END,
       c.created, c.created, c.customer_id, m.merchant_id, NULL,
       CASE WHEN m.k IN (1, 2) THEN 'redis_kv' ELSE 'postgres_only' END,
       hsgen.enc('adem', c.k, p.email)
FROM hsgen.cust c JOIN hsgen.m m ON m.k = c.mk JOIN hsgen.p p ON p.i = c.k
WHERE c.k % 2 = 0;

-- Saved payment methods (about two customers in three).
CREATE TABLE hsgen.pm (k int PRIMARY KEY, ck int, pm_id text, pm text, pmt text, network text, last4 text, isin text, expm text, expy text, created timestamp, mandate boolean);
INSERT INTO hsgen.pm
SELECT c.k, c.k, hsgen.id('pm', 'pmi', c.k),
       CASE WHEN x.r < 80 THEN 'card' WHEN x.r < 92 THEN 'wallet' ELSE 'wallet' END,
       CASE WHEN x.r < 55 THEN 'credit' WHEN x.r < 80 THEN 'debit' WHEN x.r < 92 THEN 'apple_pay' ELSE 'paypal' END,
       x.nw, fixture_gen.digits('pml4', c.k, 4),
       CASE x.nw WHEN 'Visa' THEN '4' || fixture_gen.digits('pmis', c.k, 5) WHEN 'Mastercard' THEN '5' || (1 + fixture_gen.n('pmis1', c.k, 5))::text || fixture_gen.digits('pmis', c.k, 4) ELSE '37' || fixture_gen.digits('pmis', c.k, 4) END,
       lpad((1 + fixture_gen.n('pmem', c.k, 12))::text, 2, '0'), (2025 + fixture_gen.n('pmey', c.k, 5))::text,
       c.created + make_interval(days => fixture_gen.n('pmcd', c.k, 30), secs => fixture_gen.n('pmcs', c.k, 80000)),
       false
FROM hsgen.cust c
CROSS JOIN LATERAL (SELECT fixture_gen.n('pmr', c.k, 100) AS r, fixture_gen.pick(ARRAY['Visa', 'Visa', 'Visa', 'Mastercard', 'Mastercard', 'AmericanExpress'], 'pmnw', c.k) AS nw) x
WHERE fixture_gen.n('pmk', c.k, 100) < 68 AND c.mk NOT IN (7, 10);

-- ---------------------------------------------------------------------------
-- Payments: 320 intents, generated here, then written to payment_intent,
-- payment_attempt and address.

CREATE TABLE hsgen.pi (i int PRIMARY KEY, payment_id text, mk int, bpk int, ek int, ck int, pk int, qty int, amount bigint, cur text, status text, na int,
  created timestamp, mcak int, connector text, mca_id text, pm text, pmt text, network text, last4 text, isin text, holder boolean, three_ds boolean,
  pmk int, capture text, sfu text, bill boolean, ship boolean, link boolean, fraud boolean, authn boolean, ref text, channel text);
INSERT INTO hsgen.pi (i, payment_id, ek) SELECT i, hsgen.id('pay', 'pid', i), 1 + fixture_gen.n('pie', i, 24) FROM generate_series(1, 320) i;
UPDATE hsgen.pi p SET mk = CASE WHEN p.i % 9 = 0 THEN 2 ELSE e.mk END FROM hsgen.ev e WHERE e.k = p.ek;
UPDATE hsgen.pi SET bpk = CASE WHEN mk = 1 AND i % 10 = 3 THEN 14 WHEN mk = 1 AND i % 17 = 5 THEN 15 ELSE mk END;
UPDATE hsgen.pi p SET ck = c.k FROM hsgen.cust c, (SELECT mk, count(*) AS cnt FROM hsgen.cust GROUP BY mk) mc
 WHERE p.i % 4 <> 0 AND p.bpk <> 14 AND mc.mk = p.mk AND c.mk = p.mk AND c.rk = 1 + fixture_gen.n('pic', p.i, mc.cnt::int);
UPDATE hsgen.pi SET pk = coalesce(ck, 221 + fixture_gen.n('pig', i, 80));
UPDATE hsgen.pi p SET
  qty = CASE WHEN e.fest THEN 1 + fixture_gen.n('piq', p.i, 2) ELSE 1 + fixture_gen.n('piq', p.i, 4) END,
  cur = m.cur,
  amount = (CASE WHEN e.fest THEN 1 + fixture_gen.n('piq', p.i, 2) ELSE 1 + fixture_gen.n('piq', p.i, 4) END)
           * (e.price + CASE m.cur WHEN 'PLN' THEN 800 WHEN 'SEK' THEN 2500 WHEN 'GBP' THEN 200 ELSE CASE WHEN p.mk IN (1, 2) THEN 250 ELSE 150 END END)
           + CASE WHEN p.bpk = 15 THEN 3500 ELSE 0 END,
  status = CASE WHEN x.r < 78 THEN 'succeeded' WHEN x.r < 86 THEN 'failed' WHEN x.r < 90 THEN 'cancelled' WHEN x.r < 94 THEN 'requires_payment_method'
                WHEN x.r < 97 THEN 'requires_customer_action' WHEN x.r < 99 THEN 'processing' ELSE 'requires_capture' END,
  na = CASE WHEN fixture_gen.n('pin', p.i, 100) < 12 THEN 2 ELSE 1 END,
  created = hsgen.at('pica', p.i, greatest(timestamp '2024-09-01', e.starts - 150), least(e.starts - 1, timestamp '2025-06-28')),
  capture = CASE WHEN e.fest THEN 'manual_multiple' WHEN p.mk IN (4, 9) THEN 'manual' ELSE 'automatic' END,
  ref = CASE p.mk WHEN 1 THEN 'TX-25-' || lpad((4000 + p.i * 3)::text, 6, '0') WHEN 2 THEN 'RS-' || (70000 + p.i * 11)::text
                  WHEN 6 THEN (4400 + p.i)::text WHEN 8 THEN 'SM' || (250000 + p.i * 7)::text ELSE upper(substr(m.domain, 1, 3)) || '-' || (1000 + p.i)::text END,
  channel = CASE WHEN p.bpk = 14 THEN 'box_office' ELSE fixture_gen.pick(ARRAY['web', 'web', 'web', 'ios', 'android'], 'pich', p.i) END
FROM hsgen.ev e, hsgen.m m, (SELECT i, fixture_gen.n('pis', i, 100) AS r FROM hsgen.pi) x
WHERE e.k = p.ek AND m.k = (SELECT mk FROM hsgen.ev WHERE ev.k = p.ek) AND x.i = p.i;
-- Resale is sold by Tixora Resale, in the event's currency.
UPDATE hsgen.pi p SET mcak = c.k, connector = c.connector, mca_id = c.mca_id
FROM hsgen.mca c, (SELECT mk, count(*) AS cnt FROM hsgen.mca WHERE rk IS NOT NULL GROUP BY mk) mc
WHERE p.bpk = p.mk AND mc.mk = p.mk AND c.mk = p.mk AND c.rk = 1 + fixture_gen.n('pico', p.i, mc.cnt::int);
UPDATE hsgen.pi p SET mcak = c.k, connector = c.connector, mca_id = c.mca_id
FROM hsgen.mca c WHERE p.bpk IN (14, 15) AND c.bpk = p.bpk AND c.connector = CASE WHEN p.bpk = 14 AND p.i % 2 = 0 THEN 'adyen' ELSE 'stripe' END;
UPDATE hsgen.pi p SET
  pm = CASE WHEN p.connector = 'paypal' THEN 'wallet' WHEN p.connector = 'klarna' THEN 'pay_later' WHEN x.r < 65 THEN 'card' ELSE 'wallet' END,
  pmt = CASE WHEN p.connector = 'paypal' THEN 'paypal' WHEN p.connector = 'klarna' THEN 'klarna' WHEN x.r < 45 THEN 'credit' WHEN x.r < 65 THEN 'debit'
             WHEN x.r < 85 THEN 'apple_pay' ELSE 'google_pay' END,
  network = CASE WHEN p.connector IN ('paypal', 'klarna') THEN NULL ELSE fixture_gen.pick(ARRAY['Visa', 'Visa', 'Visa', 'Visa', 'Mastercard', 'Mastercard', 'Mastercard', 'AmericanExpress'], 'pinw', p.pk) END,
  last4 = fixture_gen.digits('pil4', p.pk, 4)
FROM (SELECT i, fixture_gen.n('pipm', i, 100) AS r FROM hsgen.pi) x WHERE x.i = p.i;
UPDATE hsgen.pi p SET
  isin = CASE p.network WHEN 'Visa' THEN '4' || fixture_gen.digits('piis', p.pk, 5) WHEN 'Mastercard' THEN '5' || (1 + fixture_gen.n('piis1', p.pk, 5))::text || fixture_gen.digits('piis', p.pk, 4)
                        WHEN 'AmericanExpress' THEN '37' || fixture_gen.digits('piis', p.pk, 4) END,
  holder = p.pm = 'card' AND fixture_gen.n('piho', p.i, 100) < 75,
  three_ds = p.pm = 'card' AND p.bpk <> 14 AND fixture_gen.n('pi3', p.i, 100) < 80,
  pmk = (SELECT pm.k FROM hsgen.pm pm WHERE pm.ck = p.ck AND pm.pm = 'card' AND p.pm = 'card' AND p.i % 3 = 0),
  sfu = CASE WHEN p.ck IS NOT NULL AND p.pm = 'card' AND (p.capture = 'manual_multiple' OR p.i % 7 = 2) THEN 'off_session'
             WHEN p.pm = 'card' AND p.ck IS NOT NULL AND p.i % 5 = 0 THEN 'on_session' END,
  bill = (p.pm = 'card' AND p.i % 3 <> 0) OR p.pm = 'pay_later' OR p.bpk = 15,
  ship = p.bpk = 15 OR p.i % 29 = 0,
  link = p.i % 11 = 0 AND p.bpk <> 14,
  fraud = p.mk IN (1, 2) AND p.i % 2 = 0;
UPDATE hsgen.pi SET status = 'succeeded' WHERE status = 'requires_capture' AND capture = 'automatic';
UPDATE hsgen.pi SET authn = mk IN (1, 2, 3) AND pm = 'card' AND three_ds AND i % 5 <> 1;
UPDATE hsgen.pi SET pmk = NULL WHERE pmk IS NOT NULL AND sfu IS NULL AND i % 2 = 0;

-- Billing and shipping addresses copied for payments.
INSERT INTO address
SELECT hsgen.id('add', CASE WHEN s.kind = 'b' THEN 'addb' ELSE 'adds' END, p.i), q.city, q.country::"CountryAlpha2",
       hsgen.enc('apl1' || s.kind, p.i, q.street), hsgen.enc('apl2' || s.kind, p.i, q.line2), NULL,
       hsgen.enc('apst' || s.kind, p.i, q.state), hsgen.enc('apzp' || s.kind, p.i, q.zip),
       hsgen.enc('apfn' || s.kind, p.i, q.first), hsgen.enc('apln' || s.kind, p.i, q.last),
       CASE WHEN s.kind = 's' OR p.i % 4 = 1 THEN hsgen.enc('apph' || s.kind, p.i, q.phone) END,
       CASE WHEN s.kind = 's' OR p.i % 4 = 1 THEN q.cc END,
       p.created, p.created, c.customer_id, m.merchant_id, p.payment_id,
       CASE WHEN m.k IN (1, 2) THEN 'redis_kv' ELSE 'postgres_only' END,
       CASE WHEN s.kind = 'b' THEN hsgen.enc('apem', p.i, q.email) END
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk LEFT JOIN hsgen.cust c ON c.k = p.ck
CROSS JOIN LATERAL (VALUES ('b'), ('s')) AS s(kind)
-- a few billing addresses are a relative's: someone else paid
JOIN hsgen.p q ON q.i = CASE WHEN s.kind = 'b' AND p.i % 23 = 0 THEN 1 + (p.pk + 37) % 300 ELSE p.pk END
WHERE (s.kind = 'b' AND p.bill) OR (s.kind = 's' AND p.ship)
ORDER BY p.created, s.kind;

CREATE TABLE payment_intent (
  payment_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  status "IntentStatus" NOT NULL,
  amount bigint NOT NULL,
  currency "Currency",
  amount_captured bigint,
  customer_id varchar(64),
  description varchar(255),
  return_url varchar(255),
  metadata jsonb,
  shipping_address_id varchar(64),
  billing_address_id varchar(64),
  statement_descriptor_name varchar(255),
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  setup_future_usage "FutureUsage",
  off_session boolean,
  client_secret varchar(128),
  active_attempt_id varchar(64) NOT NULL DEFAULT 'xxx',
  business_country "CountryAlpha2",
  order_details jsonb[],
  feature_metadata json,
  attempt_count smallint NOT NULL,
  profile_id varchar(64),
  payment_link_id varchar(255),
  updated_by varchar(32) NOT NULL,
  fingerprint_id varchar(64),
  customer_details bytea,
  billing_details bytea,
  shipping_details bytea,
  organization_id varchar(32) NOT NULL,
  merchant_order_reference_id varchar(255),
  PRIMARY KEY (payment_id, merchant_id)
);
INSERT INTO payment_intent
SELECT p.payment_id, m.merchant_id, p.status::"IntentStatus", p.amount, p.cur::"Currency",
       CASE WHEN p.status = 'succeeded' THEN p.amount WHEN p.status IN ('failed', 'cancelled', 'requires_payment_method') THEN NULL ELSE 0 END,
       c.customer_id,
       CASE WHEN p.i % 13 = 4 THEN NULL
            WHEN p.bpk = 14 THEN 'Box office sale, ' || e.artist || ', ' || to_char(e.starts, 'DD Mon YYYY')
            WHEN p.bpk = 15 THEN 'Tixora merch order ' || p.ref
            WHEN p.mk = 2 THEN 'Resale: ' || p.qty || ' ticket' || CASE WHEN p.qty > 1 THEN 's' ELSE '' END || ' for ' || e.artist || ' at ' || e.venue
            WHEN em.country = 'FR' THEN p.qty || ' billet(s) - ' || e.artist || ' - ' || e.venue || ', ' || to_char(e.starts, 'DD/MM/YYYY')
            WHEN em.country = 'DE' THEN p.qty || ' Ticket(s) ' || e.artist || ', ' || e.venue || ' ' || to_char(e.starts, 'DD.MM.YYYY')
            WHEN em.country = 'ES' THEN p.qty || ' entrada(s) ' || e.artist || ' - ' || e.venue
            WHEN em.country = 'PL' THEN 'Bilety: ' || e.artist || ', ' || e.venue || ' (' || p.qty || ' szt.)'
            ELSE p.qty || ' x ' || e.artist || ' - ' || e.venue || ', ' || to_char(e.starts, 'DD Mon YYYY') END,
       ma.return_url || '?order=' || p.ref,
       jsonb_strip_nulls(jsonb_build_object('order_ref', p.ref, 'event_id', 'ev_' || lpad(p.ek::text, 5, '0'), 'channel', p.channel,
         'ticket_holders', CASE WHEN e.fest THEN (SELECT jsonb_agg(h.first || ' ' || h.last ORDER BY t) FROM generate_series(0, p.qty - 1) t JOIN hsgen.p h ON h.i = 1 + (p.pk - 1 + t * 53) % 300) END,
         'operator', CASE WHEN p.bpk = 14 THEN (SELECT email FROM hsgen.s WHERE s.k = 3 + p.i % 5) END,
         'terminal', CASE WHEN p.bpk = 14 THEN 'BO-' || (1 + p.i % 3) END,
         'listing_id', CASE WHEN p.mk = 2 THEN 'L-' || (900000 + p.i * 17) END,
         'seller_customer_id', CASE WHEN p.mk = 2 THEN (SELECT customer_id FROM hsgen.cust WHERE k = 1 + (p.i * 7) % 220) END,
         'promo_code', CASE WHEN p.i % 19 = 0 THEN fixture_gen.pick(ARRAY['EARLYBIRD', 'STUDENT10', 'FANCLUB'], 'pipc', p.i) END)),
       CASE WHEN p.ship THEN hsgen.id('add', 'adds', p.i) END,
       CASE WHEN p.bill THEN hsgen.id('add', 'addb', p.i) END,
       CASE WHEN p.mk <= 2 THEN 'TIXORA*' || CASE WHEN p.mk = 2 THEN 'RESALE' WHEN p.bpk = 14 THEN 'BOX OFFICE' WHEN p.bpk = 15 THEN 'MERCH' ELSE 'TICKETS' END
            ELSE 'TIXORA*' || upper(left(regexp_replace(m.name, '[^A-Za-z ]', '', 'g'), 14)) END,
       p.created,
       p.created + make_interval(secs => 20 + fixture_gen.n('pimd', p.i, 400) + (p.na - 1) * 300),
       p.sfu::"FutureUsage", CASE WHEN p.sfu IS NOT NULL THEN false END,
       p.payment_id || '_secret_' || fixture_gen.chars('pics', p.i, 20),
       p.payment_id || '_' || p.na,
       m.country::"CountryAlpha2",
       CASE WHEN p.bpk = 15 THEN ARRAY[jsonb_build_object('product_name', 'Tixora tour tee (black, M)', 'quantity', 1, 'amount', 3500, 'product_id', 'sku_TEE-BLK-M', 'category', 'merchandise', 'requires_shipping', true,
                                       'product_img_link', 'https://cdn.tixora.ie/shop/tee-black.jpg')] ELSE ARRAY[]::jsonb[] END
       || ARRAY[jsonb_build_object('product_name', CASE WHEN e.fest THEN e.artist ELSE e.artist || ' - ' || e.venue || ', ' || e.city || ' - ' || to_char(e.starts, 'DD Mon YYYY') END,
                                   'quantity', p.qty, 'amount', e.price, 'product_id', 'tt_' || lpad(p.ek::text, 5, '0') || '_' || fixture_gen.pick(ARRAY['GA', 'STD', 'SEAT-B', 'BALC'], 'pitt', p.i),
                                   'category', 'ticket', 'product_img_link', 'https://cdn.tixora.ie/events/' || lpad(p.ek::text, 5, '0') || '/cover.jpg')]
       || ARRAY[jsonb_build_object('product_name', 'Booking fee', 'quantity', p.qty, 'amount', CASE p.cur WHEN 'PLN' THEN 800 WHEN 'SEK' THEN 2500 WHEN 'GBP' THEN 200 ELSE CASE WHEN p.mk IN (1, 2) THEN 250 ELSE 150 END END,
                                   'product_id', 'fee_booking', 'category', 'fee')],
       CASE WHEN p.mk IN (1, 3) THEN json_build_object('redirect_response', NULL, 'search_tags', json_build_array(hsgen.sha(q.email), hsgen.sha(q.cc || q.phone))) END,
       p.na, b.profile_id,
       CASE WHEN p.link THEN hsgen.id('plink', 'plk', p.i) END,
       CASE WHEN m.k IN (1, 2) THEN 'redis_kv' ELSE 'postgres_only' END,
       CASE WHEN p.pm = 'card' THEN hsgen.id('fingerprint', 'fpr', p.pk) END,
       hsgen.enc('picd', p.i, json_build_object('id', c.customer_id, 'name', q.first || ' ' || q.last, 'email', q.email, 'phone', q.phone, 'phone_country_code', q.cc)::text),
       CASE WHEN p.bill THEN hsgen.enc('pibd', p.i, json_build_object('address', json_build_object('line1', q.street, 'city', q.city, 'zip', q.zip, 'country', q.country, 'first_name', q.first, 'last_name', q.last), 'email', q.email)::text) END,
       CASE WHEN p.ship THEN hsgen.enc('pisd', p.i, json_build_object('address', json_build_object('line1', q.street, 'line2', q.line2, 'city', q.city, 'zip', q.zip, 'state', q.state, 'country', q.country, 'first_name', q.first, 'last_name', q.last), 'phone', json_build_object('number', q.phone, 'country_code', q.cc))::text) END,
       hsgen.id('org', 'org', m.org),
       CASE WHEN p.i % 15 = 7 THEN NULL ELSE p.ref END
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk JOIN merchant_account ma ON ma.merchant_id = m.merchant_id JOIN hsgen.ev e ON e.k = p.ek
JOIN hsgen.m em ON em.k = e.mk JOIN hsgen.bp b ON b.k = p.bpk JOIN hsgen.p q ON q.i = p.pk LEFT JOIN hsgen.cust c ON c.k = p.ck
ORDER BY p.created;

CREATE TABLE payment_attempt (
  payment_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  attempt_id varchar(64) NOT NULL,
  status "AttemptStatus" NOT NULL,
  amount bigint NOT NULL,
  currency "Currency",
  connector varchar(64),
  error_message text,
  payment_method_id varchar(64),
  payment_method varchar,
  connector_transaction_id varchar(128),
  capture_method "CaptureMethod",
  authentication_type "AuthenticationType",
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  cancellation_reason varchar(255),
  mandate_id varchar(64),
  browser_info jsonb,
  error_code varchar(255),
  payment_token varchar(128),
  connector_metadata jsonb,
  payment_method_type varchar(64),
  payment_method_data jsonb,
  error_reason text,
  amount_capturable bigint NOT NULL DEFAULT 0,
  updated_by varchar(32) NOT NULL,
  merchant_connector_id varchar(32),
  encoded_data text,
  unified_code varchar(255),
  authentication_id varchar(64),
  client_source varchar(64),
  customer_acceptance jsonb,
  profile_id varchar(64) NOT NULL,
  card_network varchar(32),
  PRIMARY KEY (attempt_id, merchant_id)
);
INSERT INTO payment_attempt
SELECT p.payment_id, m.merchant_id, p.payment_id || '_' || a, st.status::"AttemptStatus", p.amount, p.cur::"Currency", p.connector,
       er.msg, pm.pm_id, p.pm,
       CASE WHEN st.status IN ('started', 'router_declined') THEN NULL ELSE CASE p.connector
         WHEN 'stripe' THEN 'pi_3' || fixture_gen.chars('patx', p.i * 10 + a, 23)
         WHEN 'adyen' THEN '88' || fixture_gen.digits('patx', p.i * 10 + a, 14)
         WHEN 'checkout' THEN 'pay_' || fixture_gen.chars('patx', p.i * 10 + a, 26, 'abcdefghijklmnopqrstuvwxyz234567')
         WHEN 'paypal' THEN upper(fixture_gen.chars('patx', p.i * 10 + a, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789'))
         ELSE fixture_gen.uuid('patx', p.i * 10 + a) END END,
       p.capture::"CaptureMethod",
       CASE WHEN p.three_ds THEN 'three_ds' ELSE 'no_three_ds' END::"AuthenticationType",
       t.at, t.at + make_interval(secs => 3 + fixture_gen.n('pamd', p.i * 10 + a, 200)),
       CASE WHEN st.status = 'voided' THEN fixture_gen.pick(ARRAY[
         'requested_by_customer', 'requested_by_customer', 'duplicate',
         'Duplicate order, customer phoned the box office',
         'Customer chose the wrong date, rebooked as a new order',
         'Held seats released after 15 minutes',
         'Name on card (Emre Yılmaz) does not match the account, cancelled pending ID check',
         'Box office: Mrs Okafor paid cash instead',
         'Abandoned at 3DS, customer retried on a different card',
         'Event rescheduled before capture'], 'pacr', p.i) END,
       CASE WHEN p.sfu = 'off_session' AND a = p.na AND st.status IN ('charged', 'partial_charged', 'authorized') THEN hsgen.id('man', 'man', p.i) END,
       CASE WHEN p.channel = 'box_office' THEN NULL
            WHEN p.channel IN ('ios', 'android') THEN jsonb_build_object('user_agent', CASE WHEN p.channel = 'ios' THEN 'Tixora/4.12.0 (iPhone; iOS 17.5; Scale/3.00) HyperswitchSDK/0.1.9' ELSE 'Tixora/4.11.2 (Android 14; Pixel 8) HyperswitchSDK/0.1.8' END,
                 'language', CASE q.country WHEN 'IE' THEN 'en-IE' WHEN 'GB' THEN 'en-GB' WHEN 'US' THEN 'en-US' WHEN 'SE' THEN 'sv-SE' ELSE lower(q.country) || '-' || q.country END, 'ip_address', q.ip, 'os_type', p.channel, 'os_version', CASE WHEN p.channel = 'ios' THEN '17.5' ELSE '14' END, 'device_model', CASE WHEN p.channel = 'ios' THEN 'iPhone15,3' ELSE 'Pixel 8' END)
            ELSE jsonb_build_object('user_agent', q.ua, 'accept_header', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
                 'language', CASE q.country WHEN 'IE' THEN 'en-IE' WHEN 'GB' THEN 'en-GB' WHEN 'US' THEN 'en-US' WHEN 'SE' THEN 'sv-SE' ELSE lower(q.country) || '-' || q.country END,
                 'color_depth', 24, 'screen_height', fixture_gen.pick(ARRAY['844', '932', '1080', '900', '1440'], 'pash', p.pk)::int, 'screen_width', fixture_gen.pick(ARRAY['390', '430', '1920', '1440', '2560'], 'pash', p.pk)::int,
                 'time_zone', CASE q.country WHEN 'IE' THEN 0 WHEN 'GB' THEN 0 WHEN 'PT' THEN 0 WHEN 'US' THEN 300 ELSE -60 END, 'java_enabled', false, 'java_script_enabled', true, 'ip_address', q.ip) END,
       er.code,
       CASE WHEN pm.pm_id IS NOT NULL THEN 'token_' || fixture_gen.chars('patk', p.i * 10 + a, 20) END,
       CASE p.connector WHEN 'paypal' THEN jsonb_build_object('psync_flow', CASE WHEN p.capture = 'automatic' THEN 'CAPTURE' ELSE 'AUTHORIZE' END, 'next_action', NULL, 'order_id', upper(fixture_gen.chars('papo', p.i, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')))
                        WHEN 'klarna' THEN jsonb_build_object('klarna_order_id', fixture_gen.uuid('pako', p.i)) END,
       p.pmt,
       CASE p.pm
         WHEN 'card' THEN jsonb_build_object('card', jsonb_strip_nulls(jsonb_build_object('last4', p.last4, 'card_isin', p.isin, 'card_extended_bin', NULL,
             'card_issuer', CASE q.country WHEN 'IE' THEN fixture_gen.pick(ARRAY['AIB', 'Bank of Ireland', 'Revolut', 'PTSB'], 'pais', p.pk) WHEN 'GB' THEN fixture_gen.pick(ARRAY['Monzo', 'Barclays', 'HSBC UK', 'Nationwide'], 'pais', p.pk)
                                WHEN 'DE' THEN fixture_gen.pick(ARRAY['N26', 'Sparkasse', 'DKB'], 'pais', p.pk) ELSE fixture_gen.pick(ARRAY['Revolut', 'Wise', 'BNP Paribas', 'ING'], 'pais', p.pk) END,
             'card_network', p.network, 'card_type', upper(p.pmt), 'card_issuing_country', CASE q.country WHEN 'IE' THEN 'IRELAND' WHEN 'GB' THEN 'UNITED KINGDOM' WHEN 'DE' THEN 'GERMANY' WHEN 'FR' THEN 'FRANCE' WHEN 'ES' THEN 'SPAIN' WHEN 'PL' THEN 'POLAND' WHEN 'PT' THEN 'PORTUGAL' WHEN 'SE' THEN 'SWEDEN' WHEN 'NL' THEN 'NETHERLANDS' ELSE 'UNITED STATES OF AMERICA' END,
             'card_exp_month', lpad((1 + fixture_gen.n('paem', p.pk, 12))::text, 2, '0'), 'card_exp_year', (2025 + fixture_gen.n('paey', p.pk, 5))::text,
             'card_holder_name', CASE WHEN p.holder THEN CASE WHEN p.i % 3 = 0 THEN upper(fixture_gen.ascii(q.first) || ' ' || fixture_gen.ascii(q.last)) ELSE q.first || ' ' || q.last END END,
             'payment_checks', CASE WHEN p.connector = 'stripe' AND st.status = 'charged' THEN jsonb_build_object('cvc_check', 'pass', 'address_line1_check', CASE WHEN p.bill THEN 'pass' END, 'address_postal_code_check', CASE WHEN p.bill THEN 'pass' END) END)))
         WHEN 'wallet' THEN CASE p.pmt
           WHEN 'apple_pay' THEN jsonb_build_object('wallet', jsonb_build_object('apple_pay', jsonb_build_object('last4', p.last4, 'card_network', p.network, 'type', fixture_gen.pick(ARRAY['debit', 'credit'], 'pawt', p.pk))))
           WHEN 'google_pay' THEN jsonb_build_object('wallet', jsonb_build_object('google_pay', jsonb_build_object('last4', p.last4, 'card_network', upper(p.network), 'type', 'CARD')))
           ELSE jsonb_build_object('wallet', jsonb_build_object('paypal', jsonb_build_object())) END
         ELSE jsonb_build_object('pay_later', jsonb_build_object('klarna_sdk', jsonb_build_object('payment_type', fixture_gen.pick(ARRAY['pay_later', 'pay_over_time', 'pay_now'], 'pakt', p.i)))) END,
       er.reason,
       CASE WHEN st.status IN ('authorized', 'started', 'authentication_pending', 'pending') THEN p.amount ELSE 0 END,
       CASE WHEN m.k IN (1, 2) THEN 'redis_kv' ELSE 'postgres_only' END,
       p.mca_id,
       CASE WHEN p.three_ds AND a = p.na AND st.status IN ('charged', 'authorized', 'partial_charged') THEN CASE p.connector
         WHEN 'stripe' THEN 'payment_intent=pi_3' || fixture_gen.chars('patx', p.i * 10 + a, 23) || '&payment_intent_client_secret=pi_3' || fixture_gen.chars('patx', p.i * 10 + a, 23) || '_secret_' || fixture_gen.chars('paecs', p.i, 25) || '&redirect_status=succeeded'
         WHEN 'adyen' THEN 'redirectResult=' || translate(fixture_gen.b64('paer', p.i, 180), '+/', '-_')
         WHEN 'checkout' THEN 'cko-session-id=sid_' || fixture_gen.chars('paeck', p.i, 26, 'abcdefghijklmnopqrstuvwxyz234567') END END,
       CASE WHEN er.msg IS NOT NULL THEN fixture_gen.pick(ARRAY['UE_9000', 'UE_9000', 'UE_4000'], 'pauc', p.i) END,
       CASE WHEN p.authn AND a = p.na THEN hsgen.id('authn', 'authn', p.i) END,
       CASE WHEN p.channel = 'box_office' THEN NULL WHEN p.link THEN 'PaymentLink' WHEN p.channel IN ('ios', 'android') THEN 'Payment Sheet' WHEN p.mk = 6 THEN 'WooCommerce' ELSE 'Web' END,
       CASE WHEN p.sfu IS NOT NULL AND a = p.na THEN jsonb_build_object('acceptance_type', 'online', 'accepted_at', to_char(t.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'online', jsonb_build_object('ip_address', q.ip, 'user_agent', CASE WHEN p.channel = 'ios' THEN 'Tixora/4.12.0 (iPhone; iOS 17.5; Scale/3.00) HyperswitchSDK/0.1.9'
                                                                WHEN p.channel = 'android' THEN 'Tixora/4.11.2 (Android 14; Pixel 8) HyperswitchSDK/0.1.8' ELSE q.ua END)) END,
       b.profile_id,
       p.network
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk JOIN hsgen.bp b ON b.k = p.bpk JOIN hsgen.p q ON q.i = p.pk
LEFT JOIN hsgen.pm pm ON pm.k = p.pmk
CROSS JOIN LATERAL generate_series(1, p.na) a
CROSS JOIN LATERAL (SELECT p.created + make_interval(secs => (a - 1) * 240 + fixture_gen.n('paat', p.i * 10 + a, 30)) AS at) t
CROSS JOIN LATERAL (SELECT CASE
    WHEN a < p.na THEN CASE WHEN p.three_ds AND p.i % 2 = 0 THEN 'authentication_failed' ELSE 'authorization_failed' END
    ELSE CASE p.status WHEN 'succeeded' THEN CASE WHEN p.capture = 'manual_multiple' AND p.i % 3 = 0 THEN 'partial_charged' ELSE 'charged' END
                       WHEN 'failed' THEN CASE WHEN p.i % 5 = 0 THEN 'router_declined' WHEN p.i % 5 = 1 THEN 'failure' ELSE 'authorization_failed' END
                       WHEN 'cancelled' THEN 'voided' WHEN 'requires_payment_method' THEN 'started' WHEN 'requires_customer_action' THEN 'authentication_pending'
                       WHEN 'processing' THEN 'pending' ELSE 'authorized' END END AS status) st
CROSS JOIN LATERAL (SELECT
    CASE WHEN st.status IN ('authorization_failed', 'failure', 'authentication_failed', 'router_declined') THEN (ARRAY[
      'Your card was declined.', 'Your card has insufficient funds.', 'Refused', 'CVC Declined', 'Issuer Suspected Fraud', 'Authentication failed',
      'The card issuer declined the transaction', 'Not enough balance', 'Expired Card', 'Transaction blocked by blocklist'])[1 + fixture_gen.n('paer', p.i * 10 + a, 10)] END AS msg,
    CASE WHEN st.status IN ('authorization_failed', 'failure', 'authentication_failed', 'router_declined') THEN (ARRAY[
      'card_declined', 'insufficient_funds', '2', '24', '20', 'authentication_failed', '20005', '12', '6', 'HE_03'])[1 + fixture_gen.n('paer', p.i * 10 + a, 10)] END AS code,
    CASE WHEN st.status IN ('authorization_failed', 'failure', 'authentication_failed', 'router_declined') THEN (ARRAY[
      'do_not_honor', 'insufficient_funds', NULL, 'CVC Declined', 'FRAUD', 'Cardholder failed 3DS challenge', 'Declined - Do Not Honour', NULL, 'expired_card', 'Blocked: card fingerprint on the blocklist'])[1 + fixture_gen.n('paer', p.i * 10 + a, 10)] END AS reason) er
ORDER BY t.at;

-- ---------------------------------------------------------------------------
-- Saved payment methods.

CREATE TABLE payment_methods (
  customer_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  payment_method_id varchar(64) PRIMARY KEY NOT NULL,
  accepted_currency "Currency"[],
  scheme varchar(32),
  cardholder_name varchar(255),
  issuer_name varchar(64),
  created_at timestamp NOT NULL,
  last_modified timestamp NOT NULL,
  payment_method varchar,
  payment_method_type varchar(64),
  metadata json,
  payment_method_data bytea,
  locker_id varchar(64),
  last_used_at timestamp NOT NULL,
  connector_mandate_details jsonb,
  customer_acceptance jsonb,
  status varchar(64) NOT NULL,
  network_transaction_id varchar(255),
  client_secret varchar(128),
  payment_method_billing_address bytea,
  version "ApiVersion" NOT NULL
);
INSERT INTO payment_methods
SELECT c.customer_id, m.merchant_id, pm.pm_id,
       CASE WHEN pm.k <= 30 AND pm.pm = 'card' THEN ARRAY[m.cur::"Currency"] END,
       CASE WHEN pm.k <= 30 AND pm.pm = 'card' THEN pm.network END,
       CASE WHEN pm.k <= 30 AND pm.pm = 'card' AND pm.k % 3 <> 0 THEN upper(fixture_gen.ascii(p.first) || ' ' || fixture_gen.ascii(p.last)) END,
       CASE WHEN pm.k <= 30 AND pm.pm = 'card' THEN fixture_gen.pick(ARRAY['AIB', 'Bank of Ireland', 'Revolut', 'Monzo', 'N26'], 'pmin', pm.k) END,
       pm.created, pm.created + make_interval(days => fixture_gen.n('pmlm', pm.k, 90)),
       pm.pm, pm.pmt,
       CASE WHEN pm.k % 9 = 0 THEN json_build_object('nickname', fixture_gen.pick(ARRAY['Work card', 'Joint account', 'Mam''s Visa', 'Revolut', 'Travel card', 'Siobhán''s card', 'Card for Darragh''s tickets'], 'pmnn', pm.k)) END,
       hsgen.enc('pmpd', pm.k, CASE pm.pm
         WHEN 'card' THEN json_build_object('card', json_build_object('scheme', pm.network, 'last4_digits', pm.last4, 'issuer_country', p.country, 'expiry_month', pm.expm, 'expiry_year', pm.expy,
           'card_token', NULL, 'card_holder_name', p.first || ' ' || p.last, 'card_fingerprint', NULL, 'nick_name', NULL, 'card_network', pm.network, 'card_isin', pm.isin,
           'card_issuer', NULL, 'card_type', upper(pm.pmt), 'saved_to_locker', true))::text
         ELSE json_build_object('wallet', json_build_object('last4', pm.last4, 'card_network', pm.network, 'type', 'debit'))::text END),
       CASE WHEN pm.pm = 'card' THEN fixture_gen.uuid('pmlk', pm.k) END,
       pm.created + make_interval(days => fixture_gen.n('pmlu', pm.k, 200)),
       CASE WHEN pm.pm = 'card' AND pm.k % 4 = 0 THEN jsonb_build_object((SELECT mca_id FROM hsgen.mca WHERE mca.mk = c.mk AND connector = 'stripe' ORDER BY k LIMIT 1),
         jsonb_build_object('connector_mandate_id', 'pm_1' || fixture_gen.chars('pmcm', pm.k, 23), 'payment_method_type', pm.pmt,
           'original_payment_authorized_amount', 6950 + 100 * fixture_gen.n('pmoa', pm.k, 200), 'original_payment_authorized_currency', m.cur)) END,
       jsonb_build_object('acceptance_type', 'online', 'accepted_at', to_char(pm.created, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'online', jsonb_build_object('ip_address', p.ip, 'user_agent', p.ua)),
       CASE WHEN pm.k % 13 = 0 THEN 'inactive' ELSE 'active' END,
       CASE WHEN pm.pm = 'card' AND pm.k % 4 = 0 THEN fixture_gen.digits('pmnt', pm.k, 15) END,
       CASE WHEN pm.k % 6 = 1 THEN pm.pm_id || '_secret_' || fixture_gen.chars('pmcs', pm.k, 20) END,
       CASE WHEN pm.pm = 'card' AND pm.k % 2 = 0 THEN hsgen.enc('pmba', pm.k, json_build_object('address', json_build_object('line1', p.street, 'city', p.city, 'zip', p.zip, 'country', p.country,
         'first_name', p.first, 'last_name', p.last), 'email', p.email)::text) END,
       'v1'
FROM hsgen.pm pm JOIN hsgen.cust c ON c.k = pm.ck JOIN hsgen.m m ON m.k = c.mk JOIN hsgen.p p ON p.i = c.k
ORDER BY pm.created;
UPDATE customers cu SET default_payment_method_id = pm.pm_id FROM hsgen.pm pm JOIN hsgen.cust c ON c.k = pm.ck
WHERE cu.customer_id = c.customer_id AND pm.k % 5 <> 0;

-- The pilot of early 2024 ran with the mock locker: the cards saved then
-- stayed in its table.
CREATE TABLE locker_mock_up (
  card_id varchar(255) PRIMARY KEY NOT NULL,
  external_id varchar(255) NOT NULL UNIQUE,
  card_fingerprint varchar(255) NOT NULL,
  card_global_fingerprint varchar(255) NOT NULL,
  merchant_id varchar(255) NOT NULL,
  card_number varchar(255) NOT NULL,
  card_exp_year varchar(255) NOT NULL,
  card_exp_month varchar(255) NOT NULL,
  name_on_card varchar(255),
  nickname varchar(255),
  customer_id varchar(255),
  duplicate boolean,
  card_cvc varchar(8),
  payment_method_id varchar(64),
  enc_card_data text
);
INSERT INTO locker_mock_up
SELECT fixture_gen.uuid('lmci', g), fixture_gen.uuid('lmex', g), fixture_gen.hexn('lmfp', g, 64), fixture_gen.hexn('lmgf', (g - 1) % 55 + 1, 64),
       CASE WHEN g % 5 = 0 THEN 'merchant_1704816090' ELSE 'merchant_1704815322' END,
       fixture_gen.card('lmcn', g), (2025 + fixture_gen.n('lmey', g, 5))::text, lpad((1 + fixture_gen.n('lmem', g, 12))::text, 2, '0'),
       CASE WHEN g % 8 = 0 THEN NULL WHEN g % 3 = 0 THEN upper(fixture_gen.ascii(p.first) || ' ' || fixture_gen.ascii(p.last)) ELSE p.first || ' ' || p.last END,
       CASE WHEN g % 4 = 0 THEN fixture_gen.pick(ARRAY['Work card', 'Joint account', 'Mam''s Visa', 'Revolut', 'Siobhán''s card', 'business', ''], 'lmnn', g) END,
       c.customer_id, g > 55,
       CASE WHEN g % 3 <> 1 THEN fixture_gen.digits('lmcv', g, CASE WHEN g % 11 = 0 THEN 4 ELSE 3 END) END,
       CASE WHEN g % 2 = 0 THEN hsgen.id('pm', 'lmpm', g) END,
       CASE WHEN g % 6 = 0 THEN rtrim(translate(encode(convert_to('{"alg":"RSA-OAEP-256","enc":"A256GCM"}', 'UTF8'), 'base64'), '+/', '-_'), '=') || '.' || translate(rtrim(fixture_gen.b64('lmjwe', g, 240), '='), '+/', '-_') || '.' || translate(rtrim(fixture_gen.b64('lmjiv', g, 12), '='), '+/', '-_')
                                 || '.' || translate(rtrim(fixture_gen.b64('lmjct', g, 96), '='), '+/', '-_') || '.' || translate(rtrim(fixture_gen.b64('lmjtg', g, 16), '='), '+/', '-_') END
FROM generate_series(1, 60) g
JOIN hsgen.cust c ON c.mk = CASE WHEN g % 5 = 0 THEN 2 ELSE 1 END AND c.rk = 1 + (g - 1) % 20
JOIN hsgen.p p ON p.i = c.k;

-- ---------------------------------------------------------------------------
-- Authentication (3-D Secure by Netcetera).

CREATE TABLE authentication (
  authentication_id varchar(64) PRIMARY KEY NOT NULL,
  merchant_id varchar(64) NOT NULL,
  authentication_connector varchar(64),
  authentication_data jsonb,
  payment_method_id varchar(64) NOT NULL,
  authentication_type varchar(64),
  authentication_status varchar(64) NOT NULL,
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  threeds_server_transaction_id varchar(64),
  cavv varchar(64),
  eci varchar(64),
  trans_status varchar(64),
  profile_id varchar(64) NOT NULL,
  payment_id varchar(255),
  merchant_connector_id varchar(128),
  authentication_client_secret varchar(128),
  billing_address bytea,
  browser_info jsonb,
  email bytea
);
INSERT INTO authentication
SELECT hsgen.id('authn', 'authn', p.i), m.merchant_id, 'netcetera',
       jsonb_build_object('maximum_supported_version', jsonb_build_object('major', 2, 'minor', 3, 'patch', 1), 'message_version', '2.2.0',
         'threeds_server_transaction_id', fixture_gen.uuid('autt', p.i), 'acs_url', CASE WHEN x.challenge THEN 'https://acs.' || fixture_gen.pick(ARRAY['aib.ie', 'boi.com', 'revolut.com', 'monzo.com', 'n26.com'], 'auacs', p.pk) || '/3ds2/challenge' END,
         'acs_trans_id', fixture_gen.uuid('auat', p.i), 'ds_trans_id', fixture_gen.uuid('audt', p.i), 'challenge_cancel', NULL),
       coalesce((SELECT pm_id FROM hsgen.pm WHERE pm.k = p.pmk), hsgen.id('pm', 'autpm', p.i)),
       CASE WHEN x.challenge THEN 'challenge' ELSE 'frictionless' END,
       CASE WHEN a.status = 'authentication_failed' THEN 'failed' WHEN p.status = 'requires_customer_action' THEN 'pending' ELSE 'success' END,
       a.created_at - interval '40 seconds', a.created_at - interval '8 seconds',
       fixture_gen.uuid('autt', p.i),
       CASE WHEN a.status <> 'authentication_failed' AND p.status <> 'requires_customer_action' THEN rtrim(fixture_gen.b64('aucv', p.i, 20), '=') || '=' END,
       CASE WHEN a.status = 'authentication_failed' THEN '07' WHEN p.network = 'Mastercard' THEN '02' ELSE '05' END,
       CASE WHEN a.status = 'authentication_failed' THEN 'N' WHEN p.status = 'requires_customer_action' THEN 'C' WHEN x.challenge THEN 'Y' ELSE fixture_gen.pick(ARRAY['Y', 'Y', 'A'], 'autr', p.i) END,
       b.profile_id, p.payment_id, (SELECT mca_id FROM hsgen.mca WHERE mca.mk = p.mk AND connector = 'netcetera'),
       CASE WHEN x.standalone THEN hsgen.id('authn', 'authn', p.i) || '_secret_' || fixture_gen.chars('aucs', p.i, 20) END,
       CASE WHEN x.standalone THEN hsgen.enc('auba', p.i, json_build_object('address', json_build_object('line1', q.street, 'city', q.city, 'zip', q.zip, 'country', q.country, 'first_name', q.first, 'last_name', q.last))::text) END,
       CASE WHEN x.standalone THEN a.browser_info END,
       CASE WHEN x.standalone THEN hsgen.enc('auem', p.i, q.email) END
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk JOIN hsgen.bp b ON b.k = p.bpk JOIN hsgen.p q ON q.i = p.pk
JOIN payment_attempt a ON a.attempt_id = p.payment_id || '_' || p.na
CROSS JOIN LATERAL (SELECT fixture_gen.n('auch', p.i, 100) < 35 AS challenge, p.i % 5 IN (0, 2) AS standalone) x
WHERE p.authn
ORDER BY a.created_at;

-- ---------------------------------------------------------------------------
-- Refunds, disputes, mandates, captures, incremental authorizations.

CREATE TABLE refund (
  internal_reference_id varchar(64) NOT NULL,
  refund_id varchar(64) NOT NULL,
  payment_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  connector_transaction_id varchar(128) NOT NULL,
  connector varchar(64) NOT NULL,
  connector_refund_id varchar(128),
  external_reference_id varchar(64),
  refund_type "RefundType" NOT NULL,
  total_amount bigint NOT NULL,
  currency "Currency" NOT NULL,
  refund_amount bigint NOT NULL,
  refund_status "RefundStatus" NOT NULL,
  refund_error_message text,
  metadata json,
  refund_arn varchar(128),
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  attempt_id varchar(64) NOT NULL,
  refund_reason varchar(255),
  profile_id varchar(64),
  organization_id varchar(32) NOT NULL,
  PRIMARY KEY (merchant_id, refund_id)
);
INSERT INTO refund
SELECT hsgen.id('refid', 'rfi', p.i), hsgen.id('ref', 'rfr', p.i), p.payment_id, m.merchant_id, a.connector_transaction_id, p.connector,
       CASE WHEN x.st = 'failure' AND p.i % 2 = 0 THEN NULL ELSE CASE p.connector
         WHEN 'stripe' THEN 're_3' || fixture_gen.chars('rfcr', p.i, 23) WHEN 'adyen' THEN '88' || fixture_gen.digits('rfcr', p.i, 14)
         WHEN 'checkout' THEN 'act_' || fixture_gen.chars('rfcr', p.i, 26, 'abcdefghijklmnopqrstuvwxyz234567') WHEN 'paypal' THEN upper(fixture_gen.chars('rfcr', p.i, 17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789'))
         ELSE fixture_gen.uuid('rfcr', p.i) END END,
       CASE WHEN p.i % 4 <> 0 THEN 'RF-' || p.ref END,
       CASE WHEN p.i % 6 = 0 THEN 'regular_refund' ELSE 'instant_refund' END::"RefundType",
       p.amount, p.cur::"Currency",
       CASE WHEN x.partial THEN p.amount / p.qty ELSE p.amount END,
       x.st::"RefundStatus",
       CASE WHEN x.st = 'failure' THEN fixture_gen.pick(ARRAY['Charge has already been refunded.', 'Refund amount exceeds the available balance on the merchant account',
         'Transaction refused: the original PayPal transaction is older than 180 days', 'Insufficient balance in the merchant account'], 'rfem', p.i) END,
       CASE WHEN fixture_gen.n('rfmd', p.i, 100) < 60 THEN json_build_object('requested_by', (SELECT email FROM hsgen.s WHERE s.k = CASE WHEN p.mk <= 2 THEN 3 + p.i % 5 ELSE p.mk + 10 END),
         'zendesk_ticket', '#' || (48000 + p.i * 3)::text, 'reason_code', x.code) END,
       CASE WHEN x.st = 'success' AND p.pm = 'card' THEN '7' || fixture_gen.digits('rfarn', p.i, 22) END,
       r.at, r.at + make_interval(secs => 5 + fixture_gen.n('rfmd2', p.i, 86000)),
       a.attempt_id,
       CASE x.code
         WHEN 'event_cancelled' THEN fixture_gen.pick(ARRAY['Event cancelled', 'Show cancelled by the artist', 'Concert annulé', 'Veranstaltung abgesagt'], 'rfrr', p.i)
         WHEN 'event_postponed' THEN fixture_gen.pick(ARRAY['Postponed - customer cannot make the new date', 'Rescheduled, refund requested within 14 days'], 'rfrr', p.i)
         WHEN 'duplicate' THEN 'Duplicate charge'
         WHEN 'goodwill' THEN fixture_gen.pick(ARRAY[
           'Customer request: bereavement (mother''s funeral on the day), approved by Grace',
           'Wheelchair space not available after venue change, full refund',
           'Customer in hospital, doctor''s letter received (see Zendesk)',
           'Bought for her son Darragh who is under 18, venue is over-18s only',
           'Refund one ticket: friend (Kwame Mensah) can no longer come',
           'Goodwill gesture after the sound problems at the show'], 'rfrr', p.i)
         ELSE NULL END,
       b.profile_id, hsgen.id('org', 'org', m.org)
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk JOIN hsgen.bp b ON b.k = p.bpk
JOIN payment_attempt a ON a.attempt_id = p.payment_id || '_' || p.na
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('rfs', p.i, 100) < 84 THEN 'success' WHEN fixture_gen.n('rfs', p.i, 100) < 90 THEN 'pending'
                                WHEN fixture_gen.n('rfs', p.i, 100) < 95 THEN 'failure' ELSE 'manual_review' END AS st,
                           p.qty > 1 AND p.i % 3 = 0 AS partial,
                           fixture_gen.pick(ARRAY['event_cancelled', 'event_postponed', 'duplicate', 'goodwill', 'goodwill', 'goodwill', 'customer_request'], 'rfco', p.i) AS code) x
CROSS JOIN LATERAL (SELECT a.created_at + make_interval(days => 1 + fixture_gen.n('rfat', p.i, 60), secs => fixture_gen.n('rfats', p.i, 80000)) AS at) r
WHERE p.status = 'succeeded' AND fixture_gen.n('rf', p.i, 100) < 17
ORDER BY r.at;

CREATE TABLE dispute (
  dispute_id varchar(64) PRIMARY KEY NOT NULL,
  amount varchar(255) NOT NULL,
  currency varchar(255) NOT NULL,
  dispute_stage "DisputeStage" NOT NULL,
  dispute_status "DisputeStatus" NOT NULL,
  payment_id varchar(64) NOT NULL,
  attempt_id varchar(64) NOT NULL,
  merchant_id varchar(255) NOT NULL,
  connector_status varchar(255) NOT NULL,
  connector_dispute_id varchar(255) NOT NULL,
  connector_reason varchar(255),
  connector_reason_code varchar(255),
  challenge_required_by timestamp,
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  connector varchar(255) NOT NULL,
  evidence jsonb NOT NULL DEFAULT '{}',
  profile_id varchar(64),
  merchant_connector_id varchar(32),
  dispute_amount bigint NOT NULL,
  organization_id varchar(32) NOT NULL
);
INSERT INTO dispute
SELECT hsgen.id('dp', 'dpi', p.i), p.amount::text, p.cur,
       CASE WHEN p.i % 11 = 0 THEN 'pre_dispute' WHEN p.i % 17 = 0 THEN 'pre_arbitration' ELSE 'dispute' END::"DisputeStage",
       x.st::"DisputeStatus", p.payment_id, a.attempt_id, m.merchant_id,
       CASE p.connector WHEN 'stripe' THEN CASE x.st WHEN 'dispute_opened' THEN 'needs_response' WHEN 'dispute_challenged' THEN 'under_review' WHEN 'dispute_won' THEN 'won' WHEN 'dispute_lost' THEN 'lost' ELSE 'lost' END
                        WHEN 'adyen' THEN CASE x.st WHEN 'dispute_opened' THEN 'Undefended' WHEN 'dispute_challenged' THEN 'Pending' WHEN 'dispute_won' THEN 'Won' WHEN 'dispute_lost' THEN 'Lost' ELSE 'Accepted' END
                        ELSE CASE x.st WHEN 'dispute_opened' THEN 'evidence_required' WHEN 'dispute_challenged' THEN 'evidence_under_review' WHEN 'dispute_won' THEN 'won' WHEN 'dispute_lost' THEN 'lost' ELSE 'accepted' END END,
       CASE p.connector WHEN 'stripe' THEN 'du_1' || fixture_gen.chars('dpcd', p.i, 23) WHEN 'adyen' THEN '99' || fixture_gen.digits('dpcd', p.i, 14) ELSE 'dsp_' || fixture_gen.chars('dpcd', p.i, 26, 'abcdefghijklmnopqrstuvwxyz234567') END,
       x.reason, CASE x.reason WHEN 'fraudulent' THEN CASE WHEN p.network = 'Mastercard' THEN '4837' ELSE '10.4' END WHEN 'product_not_received' THEN CASE WHEN p.network = 'Mastercard' THEN '4855' ELSE '13.1' END
                               WHEN 'duplicate' THEN '12.6.1' WHEN 'credit_not_processed' THEN '13.6' ELSE '13.7' END,
       d.at + interval '14 days', d.at, d.at + make_interval(days => CASE WHEN x.st = 'dispute_opened' THEN 0 ELSE 3 + fixture_gen.n('dpmd', p.i, 40) END, secs => fixture_gen.n('dpmds', p.i, 8000)),
       p.connector,
       CASE WHEN x.st IN ('dispute_challenged', 'dispute_won', 'dispute_lost') THEN jsonb_strip_nulls(jsonb_build_object(
         'customer_name', q.first || ' ' || q.last, 'customer_email_address', q.email, 'customer_purchase_ip', q.ip,
         'billing_address', q.street || ', ' || q.city || ' ' || q.zip,
         'product_description', p.qty || ' x ' || e.artist || ', ' || e.venue || ', ' || to_char(e.starts, 'DD Mon YYYY'),
         'service_date', to_char(e.starts, 'YYYY-MM-DD'),
         'access_activity_log', CASE WHEN x.reason = 'fraudulent' THEN 'Tickets downloaded to the Tixora app on ' || to_char(p.created + interval '2 hours', 'DD Mon YYYY HH24:MI') || ' from ' || q.ip
                                     ELSE 'Barcodes ' || fixture_gen.digits('dpbc', p.i, 12) || ' and ' || fixture_gen.digits('dpbc2', p.i, 12) || ' scanned at the ' || e.venue || ' entrance at 19:4' || (p.i % 10) END,
         'refund_policy_disclosure', 'Accepted the terms of sale (no refunds unless the event is cancelled) at checkout',
         'uncategorized_text', CASE WHEN p.i % 2 = 0 THEN 'The cardholder, ' || q.first || ' ' || q.last || ', attended the show: both tickets were scanned at the door. Our box office also spoke to them on ' || q.cc || ' ' || q.phone || ' about seating.'
                                    ELSE 'Tickets were delivered by email and opened; the event took place as advertised.' END,
         'receipt', hsgen.id('file', 'dpfr', p.i), 'customer_communication', CASE WHEN p.i % 3 <> 0 THEN hsgen.id('file', 'dpfc', p.i) END))
            ELSE '{}'::jsonb END,
       b.profile_id, p.mca_id, p.amount, hsgen.id('org', 'org', m.org)
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk JOIN hsgen.bp b ON b.k = p.bpk JOIN hsgen.ev e ON e.k = p.ek JOIN hsgen.p q ON q.i = p.pk
JOIN payment_attempt a ON a.attempt_id = p.payment_id || '_' || p.na
CROSS JOIN LATERAL (SELECT fixture_gen.pick(ARRAY['dispute_opened', 'dispute_challenged', 'dispute_challenged', 'dispute_won', 'dispute_won', 'dispute_lost', 'dispute_accepted', 'dispute_expired'], 'dps', p.i) AS st,
                           fixture_gen.pick(ARRAY['fraudulent', 'fraudulent', 'fraudulent', 'product_not_received', 'duplicate', 'credit_not_processed', 'general'], 'dpr', p.i) AS reason) x
CROSS JOIN LATERAL (SELECT a.created_at + make_interval(days => 20 + fixture_gen.n('dpat', p.i, 70), secs => fixture_gen.n('dpats', p.i, 80000)) AS at) d
WHERE p.status = 'succeeded' AND p.pm = 'card' AND p.connector IN ('stripe', 'adyen', 'checkout') AND fixture_gen.n('dp', p.i, 100) < 22
ORDER BY d.at;

CREATE TABLE mandate (
  mandate_id varchar(64) PRIMARY KEY NOT NULL,
  customer_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  payment_method_id varchar(64) NOT NULL,
  mandate_status "MandateStatus" NOT NULL,
  mandate_type "MandateType" NOT NULL,
  customer_accepted_at timestamp,
  customer_ip_address varchar(64),
  customer_user_agent varchar(255),
  network_transaction_id varchar(128),
  previous_attempt_id varchar(64),
  created_at timestamp NOT NULL,
  mandate_amount bigint,
  mandate_currency "Currency",
  connector varchar(64) NOT NULL,
  connector_mandate_id varchar(128),
  metadata jsonb,
  connector_mandate_ids jsonb,
  original_payment_id varchar(64),
  merchant_connector_id varchar(32)
);
INSERT INTO mandate
SELECT a.mandate_id, c.customer_id, m.merchant_id, coalesce(a.payment_method_id, hsgen.id('pm', 'mnpm', p.i)),
       CASE WHEN p.i % 13 = 0 THEN 'revoked' WHEN e.starts < date '2025-04-01' THEN 'inactive' ELSE 'active' END::"MandateStatus",
       'multi_use', a.created_at,
       CASE WHEN p.i % 9 = 0 THEN NULL ELSE q.ip END,
       CASE WHEN p.i % 9 = 0 THEN NULL WHEN p.channel = 'ios' THEN 'Tixora/4.12.0 (iPhone; iOS 17.5; Scale/3.00) HyperswitchSDK/0.1.9' ELSE q.ua END,
       CASE WHEN p.network IN ('Visa', 'Mastercard') THEN fixture_gen.digits('mnnt', p.i, 15) END,
       CASE WHEN p.na > 1 THEN p.payment_id || '_1' END,
       a.created_at, p.amount, p.cur::"Currency", p.connector,
       CASE p.connector WHEN 'stripe' THEN 'pm_1' || fixture_gen.chars('mncm', p.i, 23) WHEN 'adyen' THEN fixture_gen.digits('mncm', p.i, 16) ELSE 'src_' || fixture_gen.chars('mncm', p.i, 26, 'abcdefghijklmnopqrstuvwxyz234567') END,
       CASE WHEN e.fest THEN jsonb_build_object('plan', '3 monthly instalments', 'event', e.artist, 'instalment_amount', p.amount / 3)
            ELSE jsonb_build_object('plan', 'card on file for resale and add-ons') END,
       jsonb_build_object('mandate_id', NULL, 'payment_method_id', CASE p.connector WHEN 'stripe' THEN 'pm_1' || fixture_gen.chars('mncm', p.i, 23) ELSE fixture_gen.digits('mncm', p.i, 16) END, 'mandate_metadata', NULL),
       p.payment_id, p.mca_id
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk JOIN hsgen.cust c ON c.k = p.ck JOIN hsgen.ev e ON e.k = p.ek JOIN hsgen.p q ON q.i = p.pk
JOIN payment_attempt a ON a.attempt_id = p.payment_id || '_' || p.na AND a.mandate_id IS NOT NULL
ORDER BY a.created_at;

CREATE TABLE captures (
  capture_id varchar(64) PRIMARY KEY NOT NULL,
  payment_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  status "CaptureStatus" NOT NULL,
  amount bigint NOT NULL,
  currency "Currency",
  connector varchar(255) NOT NULL,
  error_message varchar(255),
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  authorized_attempt_id varchar(64) NOT NULL,
  connector_capture_id varchar(128),
  capture_sequence smallint NOT NULL
);
INSERT INTO captures
SELECT a.attempt_id || '_' || s, p.payment_id, m.merchant_id,
       CASE WHEN s = 2 AND a.status = 'partial_charged' THEN CASE WHEN p.i % 2 = 0 THEN 'failed' ELSE 'pending' END ELSE 'charged' END::"CaptureStatus",
       CASE WHEN s = 1 THEN p.amount * 3 / 10 ELSE p.amount - p.amount * 3 / 10 END, p.cur::"Currency", p.connector,
       CASE WHEN s = 2 AND a.status = 'partial_charged' AND p.i % 2 = 0 THEN fixture_gen.pick(ARRAY['Authorization expired', 'The authorization has expired and cannot be captured', 'Insufficient funds'], 'cpem', p.i) END,
       t.at, t.at + interval '3 seconds', a.attempt_id,
       CASE WHEN NOT (s = 2 AND a.status = 'partial_charged' AND p.i % 2 = 0) THEN CASE p.connector WHEN 'stripe' THEN 'ch_3' || fixture_gen.chars('cpcc', p.i * 10 + s, 23) WHEN 'adyen' THEN '88' || fixture_gen.digits('cpcc', p.i * 10 + s, 14)
         ELSE 'act_' || fixture_gen.chars('cpcc', p.i * 10 + s, 26, 'abcdefghijklmnopqrstuvwxyz234567') END END,
       s
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk JOIN hsgen.ev e ON e.k = p.ek
JOIN payment_attempt a ON a.attempt_id = p.payment_id || '_' || p.na AND a.status IN ('charged', 'partial_charged')
CROSS JOIN LATERAL generate_series(1, 2) s
CROSS JOIN LATERAL (SELECT CASE WHEN s = 1 THEN a.created_at + interval '2 minutes' ELSE least(a.created_at + interval '6 days', e.starts - interval '20 days') + make_interval(secs => fixture_gen.n('cpat', p.i, 30000)) END AS at) t
WHERE p.capture = 'manual_multiple'
ORDER BY t.at;

CREATE TABLE incremental_authorization (
  authorization_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  payment_id varchar(64) NOT NULL,
  amount bigint NOT NULL,
  created_at timestamp NOT NULL,
  modified_at timestamp NOT NULL,
  status varchar(64) NOT NULL,
  error_code varchar(255),
  error_message text,
  connector_authorization_id varchar(64),
  previously_authorized_amount bigint NOT NULL,
  PRIMARY KEY (authorization_id, merchant_id)
);
INSERT INTO incremental_authorization
SELECT hsgen.id('auth', 'ina', p.i) || '_1', m.merchant_id, p.payment_id, p.amount + x.extra, a.created_at + interval '1 day', a.created_at + interval '1 day 4 seconds',
       CASE WHEN p.i % 6 = 0 THEN 'failure' ELSE 'success' END,
       CASE WHEN p.i % 6 = 0 THEN fixture_gen.pick(ARRAY['card_declined', '2', 'insufficient_funds'], 'inec', p.i) END,
       CASE WHEN p.i % 6 = 0 THEN fixture_gen.pick(ARRAY['Your card was declined.', 'Refused', 'Your card has insufficient funds.'], 'inem', p.i) END,
       CASE WHEN p.i % 6 <> 0 THEN CASE p.connector WHEN 'stripe' THEN 'pi_3' || fixture_gen.chars('inca', p.i, 23) ELSE '88' || fixture_gen.digits('inca', p.i, 14) END END,
       p.amount
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk
JOIN payment_attempt a ON a.attempt_id = p.payment_id || '_' || p.na AND a.status IN ('charged', 'partial_charged', 'authorized')
CROSS JOIN LATERAL (SELECT (1 + fixture_gen.n('inx', p.i, 6)) * CASE p.cur WHEN 'SEK' THEN 10000 WHEN 'PLN' THEN 5000 ELSE 1000 END AS extra) x
WHERE p.capture IN ('manual', 'manual_multiple') AND p.connector IN ('stripe', 'adyen') AND p.i % 3 <> 1
ORDER BY a.created_at;

-- ---------------------------------------------------------------------------
-- Fraud checks (Signifyd) and the blocklist.

CREATE TABLE fraud_check (
  frm_id varchar(64) NOT NULL,
  payment_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  attempt_id varchar(64) NOT NULL,
  created_at timestamp NOT NULL,
  frm_name varchar(255) NOT NULL,
  frm_transaction_id varchar(255),
  frm_transaction_type "FraudCheckType" NOT NULL,
  frm_status "FraudCheckStatus" NOT NULL,
  frm_score integer,
  frm_reason jsonb,
  payment_details jsonb,
  metadata jsonb,
  modified_at timestamp NOT NULL,
  last_step varchar(64) NOT NULL DEFAULT 'processing',
  PRIMARY KEY (frm_id, attempt_id, payment_id, merchant_id)
);
INSERT INTO fraud_check
SELECT hsgen.id('frm', 'frm', p.i), p.payment_id, m.merchant_id, a.attempt_id, a.created_at - interval '2 seconds', 'signifyd',
       CASE WHEN x.st <> 'transaction_failure' THEN (4600000000 + p.i * 7919)::text END,
       CASE WHEN p.mk = 2 THEN 'post_frm' ELSE 'pre_frm' END::"FraudCheckType",
       x.st::"FraudCheckStatus",
       CASE WHEN x.st = 'transaction_failure' THEN NULL WHEN x.st = 'fraud' THEN 80 + fixture_gen.n('fcsc', p.i, 200) WHEN x.st = 'manual_review' THEN 350 + fixture_gen.n('fcsc', p.i, 200) ELSE 600 + fixture_gen.n('fcsc', p.i, 400) END,
       CASE x.st
         WHEN 'legit' THEN jsonb_build_object('checkpointAction', 'ACCEPT', 'checkpointActionReason', 'Signifyd approved', 'reasons', jsonb_build_array('Trusted device', 'Billing and IP country match'))
         WHEN 'fraud' THEN jsonb_build_object('checkpointAction', 'REJECT', 'checkpointActionReason', 'Signifyd declined',
           'reasons', jsonb_build_array('Email ' || q.email || ' linked to 3 chargebacks in the network', 'IP address ' || q.ip || ' is a known proxy', 'Billing name differs from ticket holder'))
         WHEN 'manual_review' THEN jsonb_build_object('checkpointAction', 'HOLD', 'checkpointActionReason', 'High-value order for a sold-out event',
           'reasons', jsonb_build_array('First purchase for ' || q.first || ' ' || q.last, 'Shipping and billing countries differ'))
         WHEN 'pending' THEN NULL
         ELSE jsonb_build_object('error', 'Signifyd API timeout after 3000 ms') END,
       jsonb_build_object('amount', p.amount, 'currency', p.cur, 'payment_method', p.pm, 'payment_method_type', p.pmt, 'order_channel', upper(p.channel),
         'customer', jsonb_build_object('email', q.email, 'name', q.first || ' ' || q.last, 'phone', q.cc || ' ' || q.phone, 'account_created_at', to_char(coalesce(c.created, p.created), 'YYYY-MM-DD')),
         'billing_address', CASE WHEN p.bill THEN jsonb_build_object('line1', q.street, 'city', q.city, 'zip', q.zip, 'country', q.country) END,
         'browser_ip', q.ip, 'card_bin', p.isin, 'card_last4', p.last4,
         'products', jsonb_build_array(jsonb_build_object('item_name', e.artist, 'item_quantity', p.qty, 'item_price', e.price, 'item_is_digital', true))),
       jsonb_build_object('signifyd_team_id', 508211, 'checkout_id', fixture_gen.uuid('fcck', p.i), 'policy', CASE WHEN p.mk = 2 THEN 'post-auth-resale' ELSE 'pre-auth' END),
       a.created_at + make_interval(secs => 1 + fixture_gen.n('fcmd', p.i, 3000)),
       CASE WHEN p.mk = 2 THEN 'transaction' WHEN x.st = 'legit' AND p.status = 'succeeded' THEN 'fulfillment' ELSE 'sale' END
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk JOIN hsgen.p q ON q.i = p.pk JOIN hsgen.ev e ON e.k = p.ek LEFT JOIN hsgen.cust c ON c.k = p.ck
JOIN payment_attempt a ON a.attempt_id = p.payment_id || '_' || p.na
CROSS JOIN LATERAL (SELECT CASE WHEN fixture_gen.n('fcs', p.i, 100) < 80 THEN 'legit' WHEN fixture_gen.n('fcs', p.i, 100) < 87 THEN 'fraud' WHEN fixture_gen.n('fcs', p.i, 100) < 94 THEN 'manual_review'
                                WHEN fixture_gen.n('fcs', p.i, 100) < 97 THEN 'pending' ELSE 'transaction_failure' END AS st) x
WHERE p.fraud
ORDER BY a.created_at;

CREATE TABLE blocklist (
  merchant_id varchar(64) NOT NULL,
  fingerprint_id varchar(64) NOT NULL,
  data_kind "BlocklistDataKind" NOT NULL,
  metadata jsonb,
  created_at timestamp NOT NULL,
  PRIMARY KEY (merchant_id, fingerprint_id)
);
INSERT INTO blocklist
SELECT CASE WHEN k % 4 = 0 THEN 'merchant_1704816090' ELSE 'merchant_1704815322' END,
       CASE WHEN k <= 18 THEN hsgen.id('fingerprint', 'fpr', 221 + (k * 7) % 80) WHEN k <= 26 THEN fixture_gen.pick(ARRAY['4', '5'], 'blb', k) || fixture_gen.digits('blb', k, 5)
            ELSE fixture_gen.pick(ARRAY['4', '5'], 'blb', k) || fixture_gen.digits('blb', k, 7) END,
       CASE WHEN k <= 18 THEN 'payment_method' WHEN k <= 26 THEN 'card_bin' ELSE 'extended_card_bin' END::"BlocklistDataKind",
       CASE WHEN k % 5 = 3 THEN NULL ELSE jsonb_strip_nulls(jsonb_build_object('reason', fixture_gen.pick(ARRAY[
         'Chargeback ring: 6 disputes on the Hozier on-sale',
         'Card testing from a single IP, 40 attempts in 10 minutes',
         'Stolen card reported by the cardholder (Ms Nkosi rang the box office)',
         'Reseller bot, buys the maximum on every on-sale',
         'Prepaid BIN used for card testing',
         'Friendly fraud: claimed non-receipt after the barcodes were scanned',
         'Same card used under the names Emre Yılmaz and E. Demir',
         'Requested by Signifyd case review'], 'blr', k),
         'added_by', (SELECT x.user_id FROM hsgen.s x WHERE x.k = 5 + g.k % 5), 'case', CASE WHEN k % 3 <> 0 THEN 'OPS-' || (200 + k * 7)::text END)) END,
       timestamp '2024-10-02 10:00:00' + make_interval(days => k * 8, secs => fixture_gen.n('blat', k, 40000))
FROM generate_series(1, 32) AS g(k);

CREATE TABLE blocklist_fingerprint (
  merchant_id varchar(64) NOT NULL,
  fingerprint_id varchar(64) NOT NULL,
  data_kind "BlocklistDataKind" NOT NULL,
  encrypted_fingerprint text NOT NULL,
  created_at timestamp NOT NULL,
  PRIMARY KEY (merchant_id, fingerprint_id)
);
INSERT INTO blocklist_fingerprint
SELECT DISTINCT ON (m.merchant_id, pi.fingerprint_id) m.merchant_id, pi.fingerprint_id, 'payment_method', fixture_gen.hexn('bfef', hp.pk, 64), pi.created_at
FROM payment_intent pi JOIN hsgen.pi hp ON hp.payment_id = pi.payment_id JOIN hsgen.m m ON m.merchant_id = pi.merchant_id
WHERE pi.fingerprint_id IS NOT NULL AND m.k IN (1, 2)
ORDER BY m.merchant_id, pi.fingerprint_id, pi.created_at;

-- ---------------------------------------------------------------------------
-- Payouts to resale sellers.

CREATE TABLE hsgen.po (k int PRIMARY KEY, payout_id text, ck int, pik int, amount bigint, cur text, ptype text, status text, na int, created timestamp, connector text);
INSERT INTO hsgen.po
SELECT g.k, hsgen.id('payout', 'pou', g.k), c.k, NULL, 0, 'EUR',
       CASE WHEN g.k % 7 = 3 THEN 'card' WHEN g.k % 11 = 5 THEN 'wallet' ELSE 'bank' END,
       CASE WHEN fixture_gen.n('pos', g.k, 100) < 80 THEN 'success' WHEN fixture_gen.n('pos', g.k, 100) < 87 THEN 'failed' WHEN fixture_gen.n('pos', g.k, 100) < 92 THEN 'pending'
            WHEN fixture_gen.n('pos', g.k, 100) < 96 THEN 'requires_payout_method_data' ELSE 'cancelled' END,
       CASE WHEN g.k % 9 = 4 THEN 2 ELSE 1 END,
       hsgen.at('poca', g.k, '2024-10-01', '2025-06-28'),
       CASE WHEN g.k % 3 = 0 THEN 'wise' ELSE 'adyenplatform' END
FROM generate_series(1, 64) AS g(k)
JOIN hsgen.cust c ON c.mk = 2 AND c.rk = 1 + (g.k * 7) % (SELECT count(*) FROM hsgen.cust WHERE mk = 2);
UPDATE hsgen.po o SET amount = (1 + fixture_gen.n('poq', o.k, 3)) * e.price * 92 / 100, cur = em.cur
FROM hsgen.ev e JOIN hsgen.m em ON em.k = e.mk WHERE e.k = 1 + fixture_gen.n('poe', o.k, 24);
UPDATE hsgen.po SET na = 2 WHERE status = 'failed' AND k % 2 = 0;

-- The sellers' addresses for payouts.
INSERT INTO address
SELECT hsgen.id('add', 'addp', o.k), q.city, q.country::"CountryAlpha2", hsgen.enc('aol1', o.k, q.street), hsgen.enc('aol2', o.k, q.line2), NULL,
       hsgen.enc('aost', o.k, q.state), hsgen.enc('aozp', o.k, q.zip), hsgen.enc('aofn', o.k, q.first), hsgen.enc('aoln', o.k, q.last),
       hsgen.enc('aoph', o.k, q.phone), q.cc, o.created, o.created, c.customer_id, 'merchant_1704816090', NULL, 'redis_kv', hsgen.enc('aoem', o.k, q.email)
FROM hsgen.po o JOIN hsgen.cust c ON c.k = o.ck JOIN hsgen.p q ON q.i = c.k;

CREATE TABLE payouts (
  payout_id varchar(64) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  customer_id varchar(64),
  address_id varchar(64),
  payout_type "PayoutType",
  payout_method_id varchar(64),
  amount bigint NOT NULL,
  destination_currency "Currency" NOT NULL,
  source_currency "Currency" NOT NULL,
  description varchar(255),
  entity_type varchar(64) NOT NULL,
  metadata jsonb,
  created_at timestamp NOT NULL,
  last_modified_at timestamp NOT NULL,
  profile_id varchar(64) NOT NULL,
  status "PayoutStatus" NOT NULL,
  client_secret varchar(128),
  PRIMARY KEY (merchant_id, payout_id)
);
INSERT INTO payouts
SELECT o.payout_id, 'merchant_1704816090', c.customer_id, hsgen.id('add', 'addp', o.k), o.ptype::"PayoutType",
       CASE WHEN o.k % 4 <> 0 THEN hsgen.id('pm', 'popm', o.ck) END,
       o.amount, o.cur::"Currency", o.cur::"Currency",
       'Resale payout: ' || (1 + fixture_gen.n('poq', o.k, 3)) || ' x ' || e.artist || ', ' || e.venue || ' ' || to_char(e.starts, 'DD Mon YYYY'),
       'Individual',
       jsonb_strip_nulls(jsonb_build_object('listing_id', 'L-' || (900000 + o.k * 31)::text, 'tickets', 1 + fixture_gen.n('poq', o.k, 3),
         'seller_email', CASE WHEN o.k % 2 = 0 THEN q.email END, 'event_id', 'ev_' || lpad((1 + fixture_gen.n('poe', o.k, 24))::text, 5, '0'))),
       o.created, o.created + make_interval(hours => 1 + fixture_gen.n('pomd', o.k, 96)),
       (SELECT profile_id FROM hsgen.bp WHERE bp.k = 16), o.status::"PayoutStatus",
       o.payout_id || '_secret_' || fixture_gen.chars('pocs', o.k, 20)
FROM hsgen.po o JOIN hsgen.cust c ON c.k = o.ck JOIN hsgen.p q ON q.i = c.k JOIN hsgen.ev e ON e.k = 1 + fixture_gen.n('poe', o.k, 24)
ORDER BY o.created;

CREATE TABLE payout_attempt (
  payout_attempt_id varchar(64) NOT NULL,
  payout_id varchar(64) NOT NULL,
  customer_id varchar(64),
  merchant_id varchar(64) NOT NULL,
  address_id varchar(64),
  connector varchar(64),
  connector_payout_id varchar(128),
  payout_token varchar(64),
  status "PayoutStatus" NOT NULL,
  error_message text,
  error_code varchar(64),
  created_at timestamp NOT NULL,
  last_modified_at timestamp NOT NULL,
  profile_id varchar(64) NOT NULL,
  merchant_connector_id varchar(32),
  additional_payout_method_data jsonb,
  PRIMARY KEY (merchant_id, payout_attempt_id)
);
INSERT INTO payout_attempt
SELECT o.payout_id || '_' || a, o.payout_id, c.customer_id, 'merchant_1704816090', hsgen.id('add', 'addp', o.k), o.connector,
       CASE WHEN st.s IN ('requires_payout_method_data') THEN NULL WHEN o.connector = 'wise' THEN (100000000 + o.k * 7717 + a)::text ELSE fixture_gen.digits('pocp', o.k * 10 + a, 16) END,
       CASE WHEN o.k % 5 <> 0 THEN 'temporary_token_' || fixture_gen.chars('potk', o.k * 10 + a, 20) END,
       st.s::"PayoutStatus",
       CASE WHEN st.s = 'failed' THEN CASE WHEN o.connector = 'wise' AND o.k % 2 = 0 THEN 'Recipient name "' || q.first || ' ' || q.last || '" does not match the name on the bank account'
                                           WHEN o.connector = 'wise' THEN 'IBAN is invalid for the recipient ' || q.first || ' ' || q.last
                                           ELSE fixture_gen.pick(ARRAY['Account holder not verified', 'Balance insufficient on the balance account', 'Transfer declined by the counterparty bank'], 'poem', o.k) END END,
       CASE WHEN st.s = 'failed' THEN CASE WHEN o.connector = 'wise' THEN fixture_gen.pick(ARRAY['NAME_MISMATCH', 'INVALID_IBAN'], 'poec', o.k) ELSE fixture_gen.pick(ARRAY['30_112', '10_001', 'transferDeclined'], 'poec', o.k) END END,
       o.created + make_interval(mins => (a - 1) * 1440), o.created + make_interval(mins => (a - 1) * 1440 + 5 + fixture_gen.n('pamd2', o.k, 600)),
       (SELECT profile_id FROM hsgen.bp WHERE bp.k = 16),
       (SELECT mca_id FROM hsgen.mca WHERE mca.mk = 2 AND mca.connector = o.connector),
       CASE o.ptype
         WHEN 'bank' THEN jsonb_build_object('bank', jsonb_build_object('iban', substr(x.iban, 1, 8) || repeat('*', length(x.iban) - 12) || right(x.iban, 4),
           'bank_name', CASE left(x.iban, 2) WHEN 'DE' THEN 'N26' WHEN 'FR' THEN 'BNP Paribas' WHEN 'NL' THEN 'ABN AMRO' ELSE 'Revolut' END, 'bank_country_code', left(x.iban, 2)))
         WHEN 'card' THEN jsonb_build_object('card', jsonb_build_object('card_issuer', 'Revolut', 'card_network', 'Visa', 'card_type', 'DEBIT', 'card_issuing_country', q.country,
           'last4', fixture_gen.digits('pol4', o.k, 4), 'card_isin', '4' || fixture_gen.digits('pois', o.k, 5), 'card_exp_month', lpad((1 + o.k % 12)::text, 2, '0'), 'card_exp_year', '2028',
           'card_holder_name', q.first || ' ' || q.last))
         ELSE jsonb_build_object('wallet', jsonb_build_object('paypal', jsonb_build_object('email', regexp_replace(q.email, '^(..)[^@]*', '\1*****'), 'telephone_number', NULL, 'paypal_id', NULL))) END
FROM hsgen.po o JOIN hsgen.cust c ON c.k = o.ck JOIN hsgen.p q ON q.i = c.k
CROSS JOIN LATERAL generate_series(1, o.na) a
CROSS JOIN LATERAL (SELECT CASE WHEN a < o.na THEN 'failed' ELSE o.status END AS s) st
CROSS JOIN LATERAL (SELECT fixture_gen.iban_for('poib', o.ck) AS iban) x
ORDER BY o.created, a;

-- ---------------------------------------------------------------------------
-- Payment links, files, outgoing webhooks, reverse lookups.

CREATE TABLE payment_link (
  payment_link_id varchar(255) PRIMARY KEY NOT NULL,
  payment_id varchar(64) NOT NULL,
  link_to_pay varchar(255) NOT NULL,
  merchant_id varchar(64) NOT NULL,
  amount bigint NOT NULL,
  currency "Currency",
  created_at timestamp NOT NULL,
  last_modified_at timestamp NOT NULL,
  fulfilment_time timestamp,
  custom_merchant_name varchar(64),
  payment_link_config jsonb,
  description varchar(255),
  profile_id varchar(64)
);
INSERT INTO payment_link
SELECT hsgen.id('plink', 'plk', p.i), p.payment_id, 'https://pay.tixora.ie/payment_link/' || m.merchant_id || '/' || p.payment_id || '?locale=' || CASE m.country WHEN 'FR' THEN 'fr' WHEN 'DE' THEN 'de' WHEN 'ES' THEN 'es' ELSE 'en' END,
       m.merchant_id, p.amount, p.cur::"Currency", p.created - interval '30 seconds', p.created, p.created + CASE WHEN p.i % 2 = 0 THEN interval '15 minutes' ELSE interval '7 days' END,
       CASE WHEN p.mk <= 2 THEN 'Tixora' WHEN p.i % 3 = 0 THEN e.venue END,
       jsonb_build_object('theme', '#0F172A', 'logo', 'https://cdn.tixora.ie/merchants/' || p.mk || '/logo.svg', 'seller_name', CASE WHEN p.mk <= 2 THEN 'Tixora' ELSE m.name END,
         'sdk_layout', 'accordion', 'display_sdk_only', false, 'enabled_saved_payment_method', false, 'transaction_details', jsonb_build_array(jsonb_build_object('key', 'Event', 'value', e.artist))),
       CASE WHEN p.i % 5 = 0 THEN NULL ELSE fixture_gen.pick(ARRAY[
         'Group booking for St. Brigid''s GAA club, contact Ciarán on 087 555 0142',
         'Balance for the corporate box (Kerry Group summer party)',
         'Tickets held for Ms Adeyemi, pay within 7 days',
         'Accessible seating booked by phone, companion ticket included',
         'Replacement tickets after the date change',
         'Pay link sent by WhatsApp to the customer',
         e.artist || ' - ' || e.venue,
         e.artist || ' - ' || e.venue], 'pld', p.i) END,
       b.profile_id
FROM hsgen.pi p JOIN hsgen.m m ON m.k = p.mk JOIN hsgen.ev e ON e.k = p.ek JOIN hsgen.bp b ON b.k = p.bpk
WHERE p.link
ORDER BY p.created;

CREATE TABLE file_metadata (
  file_id varchar(64) NOT NULL,
  merchant_id varchar(255) NOT NULL,
  file_name varchar(255),
  file_size integer NOT NULL,
  file_type varchar(255) NOT NULL,
  provider_file_id varchar(255),
  file_upload_provider varchar(255),
  available boolean NOT NULL,
  created_at timestamp NOT NULL,
  connector_label varchar(255),
  profile_id varchar(64),
  merchant_connector_id varchar(32),
  PRIMARY KEY (file_id, merchant_id)
);
INSERT INTO file_metadata
SELECT f.file_id, d.merchant_id,
       CASE WHEN f.kind = 'r' THEN fixture_gen.pick(ARRAY['Receipt - ' || q.first || ' ' || q.last || '.pdf', 'receipt_' || lower(fixture_gen.ascii(q.last)) || '_' || to_char(p.created, 'YYYYMMDD') || '.pdf',
                                   'order_' || p.ref || '.pdf', 'Tixora receipt ' || p.ref || '.pdf'], 'fmr', p.i)
            ELSE fixture_gen.pick(ARRAY['email_thread_' || fixture_gen.ascii(q.first) || '_' || fixture_gen.ascii(q.last) || '.pdf', 'scan_log_' || to_char(e.starts, 'YYYY-MM-DD') || '.csv',
                                   'Zendesk ticket ' || (48000 + p.i)::text || '.png', 'ID front ' || q.first || ' ' || q.last || '.jpg', 'chat_transcript.png'], 'fmc', p.i) END,
       20000 + fixture_gen.n('fmsz', p.i * 2 + (f.kind = 'r')::int, 900000),
       CASE WHEN f.kind = 'r' THEN 'application/pdf' ELSE fixture_gen.pick(ARRAY['application/pdf', 'text/csv', 'image/png', 'image/jpeg', 'image/png'], 'fmc', p.i) END,
       CASE d.connector WHEN 'stripe' THEN 'file_1' || fixture_gen.chars('fmpf', p.i * 2 + (f.kind = 'r')::int, 23) WHEN 'checkout' THEN 'file_' || fixture_gen.chars('fmpf', p.i * 2 + (f.kind = 'r')::int, 26, 'abcdefghijklmnopqrstuvwxyz234567') END,
       CASE d.connector WHEN 'stripe' THEN 'Stripe' WHEN 'checkout' THEN 'Checkout' ELSE 'Router' END,
       true, d.modified_at - interval '2 hours', d.connector || '_' || m.country || '_default', d.profile_id, d.merchant_connector_id
FROM dispute d JOIN hsgen.pi p ON p.payment_id = d.payment_id JOIN hsgen.m m ON m.merchant_id = d.merchant_id JOIN hsgen.p q ON q.i = p.pk JOIN hsgen.ev e ON e.k = p.ek
CROSS JOIN LATERAL (VALUES ('r', d.evidence ->> 'receipt'), ('c', d.evidence ->> 'customer_communication')) AS f(kind, file_id)
WHERE f.file_id IS NOT NULL
UNION ALL
-- Merchant logos and the resale terms uploaded to the router.
SELECT hsgen.id('file', 'fml', g.k), (SELECT x.merchant_id FROM hsgen.m x WHERE x.k = 1 + g.k % 12),
       fixture_gen.pick(ARRAY['logo.svg', 'logo-dark.png', 'resale-terms-2025.pdf', 'refund-policy.pdf'], 'fmln', k), 3000 + fixture_gen.n('fmls', k, 300000),
       fixture_gen.pick(ARRAY['image/svg+xml', 'image/png', 'application/pdf', 'application/pdf'], 'fmln', k), NULL, 'Router', k % 7 <> 0,
       timestamp '2024-03-01 09:00:00' + make_interval(days => g.k * 9), NULL, (SELECT x.profile_id FROM hsgen.bp x WHERE x.k = 1 + g.k % 12), NULL
FROM generate_series(1, 10) AS g(k);

CREATE TABLE events (
  event_id varchar(64) PRIMARY KEY NOT NULL,
  event_type "EventType" NOT NULL,
  event_class "EventClass" NOT NULL,
  is_webhook_notified boolean NOT NULL DEFAULT false,
  primary_object_id varchar(64) NOT NULL,
  primary_object_type "EventObjectType" NOT NULL,
  created_at timestamp NOT NULL,
  merchant_id varchar(64),
  business_profile_id varchar(64),
  primary_object_created_at timestamp,
  idempotent_event_id varchar(64),
  initial_attempt_id varchar(64),
  request bytea,
  response bytea,
  delivery_attempt "WebhookDeliveryAttempt",
  is_overall_delivery_successful boolean
);
CREATE TABLE hsgen.evt (k serial PRIMARY KEY, etype text, eclass text, obj text, otype text, at timestamp, merchant_id text, profile_id text, obj_at timestamp, pk int, body int);
INSERT INTO hsgen.evt (etype, eclass, obj, otype, at, merchant_id, profile_id, obj_at, pk, body)
SELECT CASE pi.status WHEN 'succeeded' THEN 'payment_succeeded' WHEN 'failed' THEN 'payment_failed' WHEN 'cancelled' THEN 'payment_cancelled' WHEN 'processing' THEN 'payment_processing'
                      WHEN 'requires_capture' THEN 'payment_authorized' ELSE 'action_required' END,
       'payments', pi.payment_id, 'payment_details', pi.modified_at + interval '1 second', pi.merchant_id, pi.profile_id, pi.created_at, hp.pk, 1900
FROM payment_intent pi JOIN hsgen.pi hp ON hp.payment_id = pi.payment_id
WHERE pi.status <> 'requires_payment_method' AND hp.i % 3 <> 2
UNION ALL
SELECT CASE r.refund_status WHEN 'success' THEN 'refund_succeeded' ELSE 'refund_failed' END, 'refunds', r.refund_id, 'refund_details', r.modified_at + interval '1 second', r.merchant_id, r.profile_id, r.created_at, hp.pk, 1100
FROM refund r JOIN hsgen.pi hp ON hp.payment_id = r.payment_id WHERE r.refund_status IN ('success', 'failure')
UNION ALL
SELECT CASE d.dispute_status WHEN 'dispute_opened' THEN 'dispute_opened' WHEN 'dispute_challenged' THEN 'dispute_challenged' WHEN 'dispute_won' THEN 'dispute_won' WHEN 'dispute_lost' THEN 'dispute_lost'
                             WHEN 'dispute_accepted' THEN 'dispute_accepted' ELSE 'dispute_expired' END,
       'disputes', d.dispute_id, 'dispute_details', d.modified_at + interval '1 second', d.merchant_id, d.profile_id, d.created_at, hp.pk, 1300
FROM dispute d JOIN hsgen.pi hp ON hp.payment_id = d.payment_id
UNION ALL
SELECT CASE po.status WHEN 'success' THEN 'payout_success' WHEN 'failed' THEN 'payout_failed' WHEN 'cancelled' THEN 'payout_cancelled' ELSE 'payout_processing' END,
       'payouts', po.payout_id, 'payout_details', po.last_modified_at + interval '1 second', po.merchant_id, po.profile_id, po.created_at, o.ck, 1400
FROM payouts po JOIN hsgen.po o ON o.payout_id = po.payout_id WHERE po.status <> 'requires_payout_method_data'
UNION ALL
SELECT 'mandate_active', 'mandates', mn.mandate_id, 'mandate_details', mn.created_at + interval '2 seconds', mn.merchant_id, pi.profile_id, mn.created_at, hp.pk, 900
FROM mandate mn JOIN payment_intent pi ON pi.payment_id = mn.original_payment_id JOIN hsgen.pi hp ON hp.payment_id = pi.payment_id
ORDER BY 5;
INSERT INTO events
SELECT x.event_id, v.etype::"EventType", v.eclass::"EventClass", v.merchant_id NOT IN ('merchant_1722001944'), v.obj, v.otype::"EventObjectType",
       v.at + make_interval(mins => (r - 1) * CASE r WHEN 2 THEN 1 ELSE 15 END), v.merchant_id, v.profile_id, v.obj_at,
       v.obj || '_' || v.etype, CASE WHEN r = 1 THEN x.event_id ELSE hsgen.id('evt', 'evi', v.k * 10 + 1, 32) END,
       hsgen.enc('evrq', v.k * 10 + r, repeat('x', v.body + fixture_gen.n('evbl', v.k, 400))),
       hsgen.enc('evrs', v.k * 10 + r, CASE WHEN r < x.tries THEN '{"status_code":503,"headers":[["content-type","text/html"]],"body":"<html>Service Unavailable</html>"}'
                                           ELSE '{"status_code":200,"headers":[["content-type","application/json"]],"body":"{\"received\":true}"}' END),
       CASE WHEN r = 1 THEN 'initial_attempt' ELSE 'automatic_retry' END::"WebhookDeliveryAttempt",
       CASE WHEN r = x.tries THEN true WHEN r = 1 THEN false END
FROM hsgen.evt v
CROSS JOIN LATERAL (SELECT CASE WHEN v.k % 17 = 3 THEN 3 WHEN v.k % 11 = 5 THEN 2 ELSE 1 END AS tries) t
CROSS JOIN LATERAL generate_series(1, t.tries) r
CROSS JOIN LATERAL (SELECT hsgen.id('evt', 'evi', v.k * 10 + r, 32) AS event_id, t.tries) x
ORDER BY v.at, r;

CREATE TABLE reverse_lookup (
  lookup_id varchar(128) PRIMARY KEY NOT NULL,
  sk_id varchar(128) NOT NULL,
  pk_id varchar(128) NOT NULL,
  source varchar(128) NOT NULL,
  updated_by varchar(32) NOT NULL
);
INSERT INTO reverse_lookup
SELECT 'pa_' || a.merchant_id || '_' || a.attempt_id, 'pa_' || a.attempt_id, 'mid_' || a.merchant_id || '_pid_' || a.payment_id, 'payment_attempt', 'redis_kv'
FROM payment_attempt a WHERE a.merchant_id IN ('merchant_1704815322', 'merchant_1704816090')
UNION ALL
SELECT 'pa_conn_trans_' || a.merchant_id || '_' || a.connector_transaction_id, 'pa_' || a.attempt_id, 'mid_' || a.merchant_id || '_pid_' || a.payment_id, 'payment_attempt', 'redis_kv'
FROM payment_attempt a WHERE a.merchant_id IN ('merchant_1704815322', 'merchant_1704816090') AND a.connector_transaction_id IS NOT NULL
UNION ALL
SELECT 'ref_ref_id_' || r.merchant_id || '_' || r.refund_id, 'ref_' || r.internal_reference_id, 'mid_' || r.merchant_id || '_pid_' || r.payment_id, 'refund', 'redis_kv'
FROM refund r WHERE r.merchant_id IN ('merchant_1704815322', 'merchant_1704816090')
UNION ALL
SELECT 'po_' || po.merchant_id || '_' || po.payout_id, 'po_' || po.payout_id, 'mid_' || po.merchant_id || '_po_' || po.payout_id, 'payouts', 'redis_kv'
FROM payouts po;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA hsgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
