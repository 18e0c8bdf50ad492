-- testdata/uniquekeys: a SaaS schema in the style of a Rails or Django
-- application (uuid keys, timestamps, soft deletes), whose unique keys
-- come in every shape a masking rule has to respect: composite, partial,
-- over expressions, NULLS NOT DISTINCT, on a partitioned table, local
-- to one partition, and exclusion constraints. Several cover columns that look like PII or secrets,
-- so `init` has something to get wrong. Deterministic: every value comes
-- from md5 of a tag and the row number. PostgreSQL 15 or later.

CREATE SCHEMA "Audit";
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE public.organizations (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  slug        text NOT NULL CONSTRAINT organizations_slug_key UNIQUE,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);

-- Django: UniqueConstraint(fields=["organization", "full_name"],
-- condition=Q(deleted_at__isnull=True)), and a partial unique email.
CREATE TABLE public.customers (
  id               uuid PRIMARY KEY,
  organization_id  uuid NOT NULL CONSTRAINT customers_organization_id_fkey REFERENCES public.organizations (id),
  email            text NOT NULL,
  full_name        text NOT NULL,
  deleted_at       timestamptz,
  created_at       timestamptz NOT NULL
);
CREATE UNIQUE INDEX index_customers_on_email_active ON public.customers (email) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX index_customers_on_organization_id_and_full_name ON public.customers (organization_id, full_name) WHERE deleted_at IS NULL;

-- Rails: add_index :users, "lower(email)", unique: true
CREATE TABLE public.users (
  id               uuid PRIMARY KEY,
  organization_id  uuid NOT NULL CONSTRAINT users_organization_id_fkey REFERENCES public.organizations (id),
  email            text NOT NULL,
  first_name       text NOT NULL,
  last_name        text NOT NULL,
  created_at       timestamptz NOT NULL
);
CREATE UNIQUE INDEX index_users_on_lower_email ON public.users (lower(email));
-- One display name per organization, case-insensitively.
CREATE UNIQUE INDEX index_users_on_organization_id_and_lower_last_name ON public.users (organization_id, lower(last_name), lower(first_name));

-- The composite keys of the real failure: (customer_id, key) and
-- (webhook_url, organization_id).
CREATE TABLE public.api_keys (
  id            uuid PRIMARY KEY,
  customer_id   uuid NOT NULL CONSTRAINT api_keys_customer_id_fkey REFERENCES public.customers (id),
  key           text NOT NULL,
  label         text,
  last_used_at  timestamptz,
  created_at    timestamptz NOT NULL,
  CONSTRAINT api_keys_customer_id_key_key UNIQUE (customer_id, key),
  CONSTRAINT api_keys_customer_id_label_key UNIQUE (customer_id, label)
);

CREATE TABLE public.webhooks (
  id               uuid PRIMARY KEY,
  organization_id  uuid NOT NULL CONSTRAINT webhooks_organization_id_fkey REFERENCES public.organizations (id),
  webhook_url      text NOT NULL,
  events           text[] NOT NULL,
  created_at       timestamptz NOT NULL
);
CREATE UNIQUE INDEX webhooks_url_org_key ON public.webhooks (webhook_url, organization_id);

-- One VAT number per organization; at most one row without one.
CREATE TABLE public.billing_profiles (
  id               uuid PRIMARY KEY,
  organization_id  uuid NOT NULL CONSTRAINT billing_profiles_organization_id_fkey REFERENCES public.organizations (id),
  vat_number       text,
  created_at       timestamptz NOT NULL,
  CONSTRAINT billing_profiles_organization_id_vat_number_key UNIQUE NULLS NOT DISTINCT (organization_id, vat_number)
);

-- Partitioned by month; the deduplication key must include the partition
-- key. One partition also has a unique index of its own.
CREATE TABLE "Audit".login_events (
  id           uuid NOT NULL,
  occurred_at  timestamptz NOT NULL,
  user_id      uuid NOT NULL,
  user_agent   text NOT NULL,
  client_ip    inet NOT NULL,
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE "Audit".login_events_2024_12 PARTITION OF "Audit".login_events FOR VALUES FROM ('2024-12-01') TO ('2025-01-01');
CREATE TABLE "Audit".login_events_2025_01 PARTITION OF "Audit".login_events FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');
CREATE UNIQUE INDEX login_events_dedup_key ON "Audit".login_events (user_agent, client_ip, occurred_at);
CREATE UNIQUE INDEX login_events_dedup_ci_key ON "Audit".login_events (occurred_at, lower(user_agent));
CREATE UNIQUE INDEX "login_events_2025_01_Agent_key" ON "Audit".login_events_2025_01 (user_id, user_agent);

-- Rails 7.1 exclusion_constraint: a room is booked by one person at a
-- time, and a person books one room at a time. The booker's email is a
-- key under = (as a unique key); the hours are under && (values that
-- differ conflict).
CREATE TABLE public.room_bookings (
  id               uuid PRIMARY KEY,
  room_name        text NOT NULL,
  booked_by_email  text NOT NULL,
  starts_at        timestamptz NOT NULL,
  ends_at          timestamptz NOT NULL,
  CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room_name WITH =, tstzrange(starts_at, ends_at) WITH &&),
  CONSTRAINT room_bookings_one_room_per_person EXCLUDE USING gist (booked_by_email WITH =, tstzrange(starts_at, ends_at) WITH &&)
);

-- The data: 40 organizations, 400 customers (1 in 10 soft-deleted, whose
-- email and name an active customer may reuse), 400 users, 300 API keys,
-- 120 webhooks (one URL registered by two organizations), 60 billing
-- profiles (some without a VAT number), 600 login events.
INSERT INTO public.organizations
SELECT md5('org' || i)::uuid, 'Org ' || i, 'org-' || i,
       timestamptz '2024-01-01' + i * interval '1 day', timestamptz '2024-06-01' + i * interval '1 hour'
FROM generate_series(1, 40) i;

INSERT INTO public.customers
SELECT md5('customer' || i)::uuid, md5('org' || (1 + i % 40))::uuid,
       'customer' || (i % 380) || '@example.org',
       (ARRAY['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara'])[1 + i % 5] || ' ' || (ARRAY['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Ritchie', 'Thompson'])[1 + (i / 5) % 8] || ' ' || (i % 380),
       CASE WHEN i > 380 THEN timestamptz '2024-09-01' + i * interval '1 hour' END,
       timestamptz '2024-02-01' + i * interval '1 hour'
FROM generate_series(1, 400) i;

INSERT INTO public.users
SELECT md5('user' || i)::uuid, md5('org' || (1 + i % 40))::uuid,
       CASE WHEN i % 3 = 0 THEN 'User' || i || '@Example.com' ELSE 'user' || i || '@example.com' END,
       (ARRAY['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara'])[1 + i % 5],
       (ARRAY['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Ritchie', 'Thompson'])[1 + (i / 5) % 8] || '-' || i,
       timestamptz '2024-02-01' + i * interval '1 hour'
FROM generate_series(1, 400) i;

INSERT INTO public.api_keys
SELECT md5('api_key' || i)::uuid, md5('customer' || (1 + i % 100))::uuid,
       'sk_live_' || md5('key' || i) || substr(md5('more' || i), 1, 8),
       CASE WHEN i % 4 <> 3 THEN (ARRAY['production', 'staging', 'ci'])[1 + i % 3] || ' ' || i END,
       CASE WHEN i % 2 = 0 THEN timestamptz '2024-10-01' + i * interval '1 minute' END,
       timestamptz '2024-03-01' + i * interval '1 hour'
FROM generate_series(1, 300) i;

INSERT INTO public.webhooks
SELECT md5('webhook' || i)::uuid, md5('org' || (1 + i % 40))::uuid,
       CASE WHEN i = 2 THEN 'https://hooks.example.net/acme/1' ELSE 'https://hooks.example.net/acme/' || i END,
       ARRAY['invoice.paid', 'customer.created'],
       timestamptz '2024-04-01' + i * interval '1 hour'
FROM generate_series(1, 120) i;

INSERT INTO public.billing_profiles
SELECT md5('billing' || i)::uuid, md5('org' || (1 + i % 40))::uuid,
       CASE WHEN i <= 40 AND i % 4 = 0 THEN NULL ELSE 'DE' || lpad((100000000 + i * 7919)::text, 9, '0') END,
       timestamptz '2024-05-01' + i * interval '1 hour'
FROM generate_series(1, 60) i;

INSERT INTO "Audit".login_events
SELECT md5('login' || i)::uuid, timestamptz '2024-12-01' + i * interval '1 hour' + (i % 7) * interval '1 second',
       md5('user' || (1 + i % 400))::uuid,
       (ARRAY['Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0', 'Mozilla/5.0 (Macintosh) Safari/605.1.15', 'curl/8.5.0'])[1 + i % 3] || ' build ' || i,
       ('10.0.' || (i / 250) || '.' || (i % 250))::inet
FROM generate_series(1, 1200) i;

-- 200 bookings, one an hour, each 50 minutes: none overlap.
INSERT INTO public.room_bookings
SELECT md5('booking' || i)::uuid, 'Room ' || (1 + i % 10), 'booker' || (i % 37) || '@example.com',
       timestamptz '2024-07-01' + i * interval '1 hour', timestamptz '2024-07-01' + i * interval '1 hour' + interval '50 minutes'
FROM generate_series(1, 200) i;

ANALYZE;
