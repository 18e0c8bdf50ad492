-- classify-eval fixture (HOLDOUT: written after every tuning fixture;
-- never tune against it): a Go service whose queries sqlc generates, in
-- that style: singular snake_case tables, bigint identity keys, text
-- everywhere, timestamptz, goose's version table. A fleet-tracking app for
-- delivery riders.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE TABLE goose_db_version (
    id serial PRIMARY KEY,
    version_id bigint NOT NULL,
    is_applied boolean NOT NULL,
    tstamp timestamp DEFAULT now()
);
INSERT INTO goose_db_version (version_id, is_applied, tstamp) SELECT 20230100 + i, true, timestamp '2023-01-01' + make_interval(days => i * 7) FROM generate_series(1, 25) i;

CREATE TABLE tenant (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    legal_name text NOT NULL,
    legal_number text,
    created_at timestamptz NOT NULL
);
INSERT INTO tenant (name, legal_name, legal_number, created_at)
SELECT t.n, t.n || ' ' || fixture_gen.pick(ARRAY['GmbH', 'S.A.S.', 'Ltda.', 'Pvt Ltd'], 'tl', i),
       CASE i % 3 WHEN 0 THEN fixture_gen.vat('tv', i) WHEN 1 THEN fixture_gen.cpf('tc', i) ELSE fixture_gen.pan('tp', i) END,
       fixture_gen.stamp('tcr', i)
FROM generate_series(1, 40) i, LATERAL (SELECT fixture_gen.pick(ARRAY['Zoomba', 'Velox', 'PedalPost', 'Rapido', 'Kurier'], 't1', i) || ' ' || fixture_gen.pick(ARRAY['Logistics', 'Delivery', 'Couriers'], 't2', i) AS n) t;

-- A roster of riders: name, contact and documents.
CREATE TABLE rider (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenant,
    name text NOT NULL,
    contact text NOT NULL,
    national_id text,
    date_of_birth date,
    vehicle_plate text,
    emergency_name text,
    emergency_phone text,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);
INSERT INTO rider (tenant_id, name, contact, national_id, date_of_birth, vehicle_plate, emergency_name, emergency_phone, status, created_at)
SELECT 1 + i % 40, fixture_gen.full_name('r', i), CASE WHEN i % 3 = 0 THEN fixture_gen.email('r', i) ELSE fixture_gen.phone('r', i) END,
       CASE i % 3 WHEN 0 THEN fixture_gen.cpf('rn', i) WHEN 1 THEN fixture_gen.pan('rn', i) ELSE fixture_gen.nino('rn', i) END,
       fixture_gen.birth_date('rd', i),
       fixture_gen.chars('pl1', i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('pl2', i, 2) || ' ' || fixture_gen.chars('pl3', i, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ'),
       fixture_gen.full_name('re', i), fixture_gen.phone('re', i),
       fixture_gen.pick(ARRAY['active', 'onboarding', 'suspended', 'offboarded'], 'rs', i), fixture_gen.stamp('rc', i)
FROM generate_series(1, 400) i;

CREATE TABLE device (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rider_id bigint NOT NULL REFERENCES rider,
    platform text NOT NULL,
    model text NOT NULL,
    push_token text,
    wifi_mac macaddr,
    app_version text NOT NULL,
    last_seen_at timestamptz
);
INSERT INTO device (rider_id, platform, model, push_token, wifi_mac, app_version, last_seen_at)
SELECT 1 + i % 400, CASE WHEN i % 2 = 0 THEN 'android' ELSE 'ios' END,
       fixture_gen.pick(ARRAY['Pixel 8', 'Galaxy A54', 'iPhone 13', 'iPhone SE', 'Redmi Note 12'], 'dm', i),
       CASE WHEN i % 2 = 0 THEN fixture_gen.chars('fcm', i, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || ':APA91b' || fixture_gen.chars('fcm2', i, 134, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
            ELSE encode(sha256(convert_to('apns' || i, 'UTF8')), 'hex') END,
       (substr(md5('mac' || i), 1, 2) || ':' || substr(md5('mac' || i), 3, 2) || ':' || substr(md5('mac' || i), 5, 2) || ':' || substr(md5('mac' || i), 7, 2) || ':' || substr(md5('mac' || i), 9, 2) || ':' || substr(md5('mac' || i), 11, 2))::macaddr,
       '4.' || (i % 12) || '.' || (i % 5), fixture_gen.stamp('dls', i)
FROM generate_series(1, 500) i;

-- Location pings: a rider's position every minute of a shift.
CREATE TABLE ping (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rider_id bigint NOT NULL REFERENCES rider,
    recorded_at timestamptz NOT NULL,
    lat double precision NOT NULL,
    lng double precision NOT NULL,
    accuracy_m real,
    battery_pct smallint
);
INSERT INTO ping (rider_id, recorded_at, lat, lng, accuracy_m, battery_pct)
SELECT 1 + i % 400, timestamptz '2024-05-01 08:00+00' + make_interval(mins => i),
       -23.55 + fixture_gen.n('la', i, 10000) / 100000.0, -46.63 + fixture_gen.n('ln', i, 10000) / 100000.0,
       3 + fixture_gen.n('acc', i, 30), (5 + fixture_gen.n('bat', i, 95))::smallint
FROM generate_series(1, 5000) i;

CREATE TABLE delivery (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenant,
    rider_id bigint REFERENCES rider,
    external_ref text NOT NULL,
    recipient text NOT NULL,
    recipient_phone text,
    dropoff_addr text NOT NULL,
    dropoff_state text,
    dropoff_zip text,
    instructions text,
    proof_photo_url text,
    status text NOT NULL,
    delivered_at timestamptz
);
INSERT INTO delivery (tenant_id, rider_id, external_ref, recipient, recipient_phone, dropoff_addr, dropoff_state, dropoff_zip, instructions, proof_photo_url, status, delivered_at)
SELECT 1 + i % 40, 1 + i % 400, 'ORD-' || upper(substr(md5('ext' || i), 1, 10)), fixture_gen.full_name('dr', i), fixture_gen.phone('dr', i),
       fixture_gen.street('da', i), fixture_gen.pick(ARRAY['SP', 'RJ', 'MG', 'Karnataka', 'Maharashtra', 'Bavaria'], 'ds', i), fixture_gen.postcode('dz', i),
       CASE i % 4 WHEN 0 THEN 'Leave with the doorman, or call ' || fixture_gen.first_name('di', i) || ' on ' || fixture_gen.phone('di', i)
                  WHEN 1 THEN 'Fragile: keep upright.' ELSE NULL END,
       CASE WHEN i % 2 = 0 THEN 'https://cdn.example-fleet.app/proofs/' || md5('pp' || i) || '.jpg' END,
       fixture_gen.pick(ARRAY['assigned', 'picked_up', 'delivered', 'failed'], 'dst', i), fixture_gen.stamp('dd', i)
FROM generate_series(1, 2000) i;

-- Integrations: API keys stored whole, client credentials, a key/value kv.
CREATE TABLE api_key (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenant,
    label text NOT NULL,
    value text NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
);
INSERT INTO api_key (tenant_id, label, value, created_at, revoked_at)
SELECT 1 + i % 40, fixture_gen.pick(ARRAY['shopify', 'woocommerce', 'internal', 'pos'], 'akl', i),
       'flt' || '_' || CASE WHEN i % 4 = 0 THEN 'test' ELSE 'live' END || '_' || fixture_gen.chars('akv', i, 30),
       fixture_gen.stamp('akc', i), CASE WHEN i % 6 = 0 THEN fixture_gen.stamp('akr', i) END
FROM generate_series(1, 90) i;

CREATE TABLE kv (
    tenant_id bigint NOT NULL REFERENCES tenant,
    k text NOT NULL,
    v text NOT NULL,
    PRIMARY KEY (tenant_id, k)
);
INSERT INTO kv
SELECT t, k.k,
       CASE k.k WHEN 'ops_contact' THEN fixture_gen.full_name('kv', t) || ' <' || fixture_gen.email('kv', t) || '>'
                WHEN 'escalation_phone' THEN fixture_gen.phone('kve', t)
                WHEN 'default_zone' THEN fixture_gen.pick(ARRAY['zone-a', 'zone-b', 'centro'], 'kz', t)
                ELSE (15 + t % 30)::text END
FROM generate_series(1, 40) t, (VALUES ('ops_contact'), ('escalation_phone'), ('default_zone'), ('sla_minutes')) k(k);

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenant,
    actor text NOT NULL,
    action text NOT NULL,
    diff jsonb,
    remote_ip inet,
    at timestamptz NOT NULL
);
INSERT INTO audit_log (tenant_id, actor, action, diff, remote_ip, at)
SELECT 1 + i % 40, fixture_gen.email('ad', i % 30), fixture_gen.pick(ARRAY['rider.update', 'rider.create', 'delivery.reassign'], 'aa', i),
       CASE i % 3 WHEN 0 THEN jsonb_build_object('contact', jsonb_build_object('old', fixture_gen.phone('ao', i), 'new', fixture_gen.phone('r', 1 + i % 400)))
                  WHEN 1 THEN jsonb_build_object('status', jsonb_build_object('old', 'onboarding', 'new', 'active'))
                  ELSE jsonb_build_object('rider_id', jsonb_build_object('old', i % 400, 'new', (i + 1) % 400)) END,
       fixture_gen.ipv4('aip', i)::inet, fixture_gen.stamp('aat', i)
FROM generate_series(1, 900) i;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
