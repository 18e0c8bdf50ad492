-- testdata/acme/schema.sql — DDL of the "acme" production-like SaaS fixture.
--
-- Load as a superuser into an EMPTY database, before data.sql:
--   psql -v ON_ERROR_STOP=1 -X -q -f schema.sql
-- Everything this file plants (schemas, tables, keys, quirks, PII, secrets) is
-- listed in README.md next to it; keep the two in step.
--
-- Cluster-global objects (roles) are created idempotently, because several
-- databases in one cluster load this file, possibly at the same time.

SET client_min_messages = warning;
SET TimeZone = 'UTC';

------------------------------------------------------------------------------
-- Roles (cluster-global, idempotent, race-safe)
------------------------------------------------------------------------------
DO $roles$
BEGIN
  BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'acme_app') THEN
      CREATE ROLE acme_app LOGIN PASSWORD 'Acme-App-R0le-Pw!2024';
    END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- a concurrent load won
  END;
  BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'acme_readonly') THEN
      CREATE ROLE acme_readonly NOLOGIN;
    END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
END
$roles$;

------------------------------------------------------------------------------
-- Extensions, schemas
------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;

CREATE SCHEMA billing;
CREATE SCHEMA "Analytics";

------------------------------------------------------------------------------
-- Foreign server with credentials in user mappings (must never reach staging)
------------------------------------------------------------------------------
CREATE SERVER reporting_srv FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'reporting.internal', port '5432', dbname 'reports');
CREATE USER MAPPING FOR acme_app SERVER reporting_srv
  OPTIONS (user 'report_reader', password 'S3cr3t-fdw-pass');
CREATE USER MAPPING FOR PUBLIC SERVER reporting_srv
  OPTIONS (user 'report_public', password 'Fdw-Publ1c-S3cret');

------------------------------------------------------------------------------
-- Types, domains, sequences, functions
------------------------------------------------------------------------------
CREATE TYPE public.order_status AS ENUM
  ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');

CREATE DOMAIN public.email_address AS public.citext
  CONSTRAINT email_address_check CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$');

-- Standalone sequence (not OWNED BY any column), used by orders.order_no's default.
CREATE SEQUENCE public.order_number_seq AS bigint START WITH 100001 INCREMENT BY 1 CACHE 1;

-- updated_at maintenance: bumps updated_at on UPDATE unless the statement set it.
CREATE FUNCTION public.set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END
$fn$;

-- Audit trail of order status changes (AFTER UPDATE only: COPY/INSERT do not fire it).
CREATE FUNCTION public.log_order_status_change() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO public.audit_events (occurred_at, actor_user_id, action, ip, details)
  VALUES (now(), NULL, 'order.status_changed', NULL,
          jsonb_build_object('order_id', NEW.id, 'from', OLD.status, 'to', NEW.status));
  RETURN NULL;
END
$fn$;

------------------------------------------------------------------------------
-- public: reference data
------------------------------------------------------------------------------
CREATE TABLE public.countries (
  code          char(2) PRIMARY KEY,
  name          text NOT NULL,
  phone_prefix  varchar(6) NOT NULL
);

CREATE TABLE public.plans (
  id             smallint PRIMARY KEY,
  code           text NOT NULL UNIQUE,
  name           text NOT NULL,
  monthly_price  numeric(12,2) NOT NULL,
  features       text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE public.app_settings (
  key          text PRIMARY KEY,
  value        text,
  is_secret    boolean NOT NULL DEFAULT false,
  description  text,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

------------------------------------------------------------------------------
-- public: tenants and people (organizations <-> users FK cycle)
------------------------------------------------------------------------------
CREATE TABLE public.organizations (
  id             bigserial PRIMARY KEY,
  name           text NOT NULL,
  slug           varchar(40) NOT NULL,
  plan_id        smallint NOT NULL CONSTRAINT organizations_plan_id_fkey REFERENCES public.plans (id),
  owner_user_id  bigint,          -- NULLABLE half of the cycle; FK added after users
  billing_email  public.email_address,
  country_code   char(2) CONSTRAINT organizations_country_code_fkey REFERENCES public.countries (code),
  settings       jsonb NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organizations_slug_key UNIQUE (slug)
);

CREATE TABLE public.users (
  id               bigserial PRIMARY KEY,
  organization_id  bigint NOT NULL CONSTRAINT users_organization_id_fkey REFERENCES public.organizations (id),
  email            public.citext NOT NULL,
  username         varchar(20) NOT NULL,
  first_name       varchar(50) NOT NULL,
  last_name        varchar(50) NOT NULL,
  full_name        text GENERATED ALWAYS AS (first_name::text || ' ' || last_name::text) STORED,
  phone            varchar(32),
  birth_date       date,
  locale           char(5) NOT NULL DEFAULT 'en_US',
  role             text NOT NULL DEFAULT 'member' CONSTRAINT users_role_check CHECK (role IN ('owner', 'admin', 'member')),
  password_hash    text,
  mfa_otp_secret   text,
  last_login_ip    inet,
  last_login_at    timestamptz,
  avatar           bytea,
  tags             text[] NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  deleted_at       timestamptz,
  CONSTRAINT users_email_key UNIQUE (email),
  CONSTRAINT users_username_key UNIQUE (username),
  CONSTRAINT users_email_check CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$')
);

ALTER TABLE public.organizations
  ADD CONSTRAINT organizations_owner_user_id_fkey
  FOREIGN KEY (owner_user_id) REFERENCES public.users (id) ON DELETE SET NULL;

CREATE TABLE public.user_sessions (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id        bigint NOT NULL CONSTRAINT user_sessions_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
  session_token  text NOT NULL CONSTRAINT user_sessions_session_token_key UNIQUE,
  ip             inet,
  user_agent     text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL
);

CREATE TABLE public.api_tokens (
  id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  user_id          bigint NOT NULL CONSTRAINT api_tokens_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
  organization_id  bigint NOT NULL CONSTRAINT api_tokens_organization_id_fkey REFERENCES public.organizations (id),
  name             varchar(64) NOT NULL,
  kind             text NOT NULL CONSTRAINT api_tokens_kind_check CHECK (kind IN ('stripe', 'github', 'aws')),
  token            text NOT NULL CONSTRAINT api_tokens_token_key UNIQUE,
  secret           text,
  scopes           text[] NOT NULL DEFAULT '{}',
  last_used_ip     inet,
  last_used_at     timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at       timestamptz
);

CREATE TABLE public.oauth_clients (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id     bigint NOT NULL CONSTRAINT oauth_clients_organization_id_fkey REFERENCES public.organizations (id),
  name                text NOT NULL,
  client_id           text NOT NULL CONSTRAINT oauth_clients_client_id_key UNIQUE,
  client_secret       text NOT NULL,
  redirect_uris       text[] NOT NULL DEFAULT '{}',
  created_by_user_id  bigint CONSTRAINT oauth_clients_created_by_user_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
  created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.webhooks (
  id                  serial PRIMARY KEY,
  organization_id     bigint NOT NULL CONSTRAINT webhooks_organization_id_fkey REFERENCES public.organizations (id),
  url                 text NOT NULL,
  signing_secret      text NOT NULL,
  events              text[] NOT NULL,
  active              boolean NOT NULL DEFAULT true,
  created_by_user_id  bigint CONSTRAINT webhooks_created_by_user_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
  created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.invitations (
  id                  bigserial PRIMARY KEY,
  organization_id     bigint NOT NULL CONSTRAINT invitations_organization_id_fkey REFERENCES public.organizations (id),
  email               public.citext NOT NULL,
  invited_by_user_id  bigint CONSTRAINT invitations_invited_by_user_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
  accepted_user_id    bigint CONSTRAINT invitations_accepted_user_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
  token               text NOT NULL CONSTRAINT invitations_token_key UNIQUE,
  created_at          timestamptz NOT NULL DEFAULT now(),
  expires_at          timestamptz NOT NULL
);

-- No primary key, only a UNIQUE INDEX (not a constraint: no pg_constraint row).
CREATE TABLE public.user_preferences (
  user_id     bigint NOT NULL CONSTRAINT user_preferences_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
  key         text NOT NULL,
  value       jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX user_preferences_user_id_key_idx ON public.user_preferences (user_id, key);

-- Row-level security: ENABLED and FORCED (applies to the table owner too;
-- superusers and BYPASSRLS roles still see every row).
CREATE TABLE public.projects (
  id               integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  organization_id  bigint NOT NULL CONSTRAINT projects_organization_id_fkey REFERENCES public.organizations (id),
  name             text NOT NULL,
  lead_user_id     bigint CONSTRAINT projects_lead_user_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
  budget           numeric(12,2),
  starts_on        date,
  created_at       timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.projects FORCE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant_isolation ON public.projects
  USING (organization_id = nullif(current_setting('acme.current_org_id', true), '')::bigint)
  WITH CHECK (organization_id = nullif(current_setting('acme.current_org_id', true), '')::bigint);

------------------------------------------------------------------------------
-- public: catalog and commerce
------------------------------------------------------------------------------
-- Self-referencing tree, 4 levels; "order" is a reserved word (needs quoting).
CREATE TABLE public.categories (
  id         serial PRIMARY KEY,
  parent_id  integer CONSTRAINT categories_parent_id_fkey REFERENCES public.categories (id),
  name       text NOT NULL,
  slug       varchar(64) NOT NULL CONSTRAINT categories_slug_key UNIQUE,
  depth      smallint NOT NULL,
  "order"    integer NOT NULL DEFAULT 0
);

CREATE TABLE public.products (
  id           serial PRIMARY KEY,
  category_id  integer NOT NULL CONSTRAINT products_category_id_fkey REFERENCES public.categories (id),
  sku          varchar(16) NOT NULL CONSTRAINT products_sku_key UNIQUE,
  name         text NOT NULL,
  description  text,
  price        numeric(12,2) NOT NULL CONSTRAINT products_price_check CHECK (price >= 0),
  tags         text[] NOT NULL DEFAULT '{}',
  image        bytea,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.customers (
  id                bigserial PRIMARY KEY,
  organization_id   bigint NOT NULL CONSTRAINT customers_organization_id_fkey REFERENCES public.organizations (id),
  external_ref      varchar(24) NOT NULL,
  first_name        varchar(50) NOT NULL,
  last_name         varchar(50) NOT NULL,
  email             public.email_address NOT NULL,
  phone             varchar(32),
  street            text,
  city              text,
  postcode          varchar(12),
  country_code      char(2) CONSTRAINT customers_country_code_fkey REFERENCES public.countries (code),
  birth_date        date,
  notes             text,
  metadata          jsonb NOT NULL DEFAULT '{}',
  search            tsvector,
  marketing_opt_in  boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  -- FK target that is UNIQUE but not the primary key:
  CONSTRAINT customers_external_ref_key UNIQUE (external_ref)
);

CREATE TABLE public.orders (
  id                 bigserial PRIMARY KEY,
  order_no           bigint NOT NULL DEFAULT nextval('public.order_number_seq'),
  organization_id    bigint NOT NULL CONSTRAINT orders_organization_id_fkey REFERENCES public.organizations (id),
  customer_ref       varchar(24) NOT NULL,
  placed_by_user_id  bigint CONSTRAINT orders_placed_by_user_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
  status             public.order_status NOT NULL DEFAULT 'pending',
  status_history     public.order_status[] NOT NULL DEFAULT '{pending}',
  currency           char(3) NOT NULL DEFAULT 'EUR',
  subtotal           numeric(12,2) NOT NULL,
  tax                numeric(12,2) NOT NULL DEFAULT 0,
  total              numeric(12,2) GENERATED ALWAYS AS (subtotal + tax) STORED,
  shipping_address   jsonb,
  notes              text,
  client_ip          inet,
  tags               text[] NOT NULL DEFAULT '{}',
  placed_at          timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT orders_order_no_key UNIQUE (order_no),
  CONSTRAINT orders_customer_ref_fkey FOREIGN KEY (customer_ref) REFERENCES public.customers (external_ref),
  CONSTRAINT orders_subtotal_check CHECK (subtotal >= 0)
);

CREATE TABLE public.order_items (
  id          bigserial PRIMARY KEY,
  order_id    bigint NOT NULL CONSTRAINT order_items_order_id_fkey REFERENCES public.orders (id) ON DELETE CASCADE,
  product_id  integer NOT NULL CONSTRAINT order_items_product_id_fkey REFERENCES public.products (id),
  quantity    integer NOT NULL CONSTRAINT order_items_quantity_check CHECK (quantity > 0),
  unit_price  numeric(12,2) NOT NULL
);

------------------------------------------------------------------------------
-- public: content
------------------------------------------------------------------------------
CREATE TABLE public.posts (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id  bigint NOT NULL CONSTRAINT posts_organization_id_fkey REFERENCES public.organizations (id),
  author_id        bigint CONSTRAINT posts_author_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
  title            text NOT NULL,
  body             text NOT NULL,
  tags             text[] NOT NULL DEFAULT '{}',
  search           tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title || ' ' || body)) STORED,
  published_at     timestamptz
);

-- Polymorphic reference: (commentable_type, commentable_id) -> posts.id or
-- orders.id. Deliberately NO foreign key constraint.
CREATE TABLE public.comments (
  id                bigserial PRIMARY KEY,
  commentable_type  text NOT NULL CONSTRAINT comments_commentable_type_check CHECK (commentable_type IN ('Post', 'Order')),
  commentable_id    bigint NOT NULL,
  author_id         bigint CONSTRAINT comments_author_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
  body              text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);

-- No primary key and no unique index at all; contains exact duplicate rows.
CREATE TABLE public.audit_events (
  occurred_at    timestamptz NOT NULL,
  actor_user_id  bigint CONSTRAINT audit_events_actor_user_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
  action         text NOT NULL,
  ip             inet,
  details        jsonb NOT NULL DEFAULT '{}'
);

------------------------------------------------------------------------------
-- public: classic table INHERITANCE
------------------------------------------------------------------------------
CREATE TABLE public.notifications (
  id          bigserial,
  user_id     bigint NOT NULL,
  subject     text NOT NULL,
  body        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz,
  CONSTRAINT notifications_pkey PRIMARY KEY (id),
  CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE
);

CREATE TABLE public.email_notifications (
  to_address  public.email_address NOT NULL,
  message_id  text,
  CONSTRAINT email_notifications_pkey PRIMARY KEY (id),
  CONSTRAINT email_notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE
) INHERITS (public.notifications);

CREATE TABLE public.sms_notifications (
  to_phone             varchar(32) NOT NULL,
  provider_message_id  text,
  CONSTRAINT sms_notifications_pkey PRIMARY KEY (id),
  CONSTRAINT sms_notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE
) INHERITS (public.notifications);

------------------------------------------------------------------------------
-- public: declarative partitioning by month
------------------------------------------------------------------------------
CREATE TABLE public.page_views (
  id               bigserial,
  organization_id  bigint NOT NULL,
  user_id          bigint,
  session_id       uuid NOT NULL,
  path             text NOT NULL,
  referrer         text,
  ip               inet,
  user_agent       text,
  viewed_at        timestamptz NOT NULL,
  CONSTRAINT page_views_pkey PRIMARY KEY (id, viewed_at),
  CONSTRAINT page_views_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations (id),
  CONSTRAINT page_views_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE SET NULL
) PARTITION BY RANGE (viewed_at);

CREATE TABLE public.page_views_2024_01 PARTITION OF public.page_views FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
CREATE TABLE public.page_views_2024_02 PARTITION OF public.page_views FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
CREATE TABLE public.page_views_2024_03 PARTITION OF public.page_views FOR VALUES FROM ('2024-03-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');
CREATE TABLE public.page_views_2024_04 PARTITION OF public.page_views FOR VALUES FROM ('2024-04-01 00:00:00+00') TO ('2024-05-01 00:00:00+00');
CREATE TABLE public.page_views_2024_05 PARTITION OF public.page_views FOR VALUES FROM ('2024-05-01 00:00:00+00') TO ('2024-06-01 00:00:00+00');
CREATE TABLE public.page_views_2024_06 PARTITION OF public.page_views FOR VALUES FROM ('2024-06-01 00:00:00+00') TO ('2024-07-01 00:00:00+00');
CREATE TABLE public.page_views_2024_07 PARTITION OF public.page_views FOR VALUES FROM ('2024-07-01 00:00:00+00') TO ('2024-08-01 00:00:00+00');
CREATE TABLE public.page_views_2024_08 PARTITION OF public.page_views FOR VALUES FROM ('2024-08-01 00:00:00+00') TO ('2024-09-01 00:00:00+00');
CREATE TABLE public.page_views_2024_09 PARTITION OF public.page_views FOR VALUES FROM ('2024-09-01 00:00:00+00') TO ('2024-10-01 00:00:00+00');
CREATE TABLE public.page_views_2024_10 PARTITION OF public.page_views FOR VALUES FROM ('2024-10-01 00:00:00+00') TO ('2024-11-01 00:00:00+00');
CREATE TABLE public.page_views_2024_11 PARTITION OF public.page_views FOR VALUES FROM ('2024-11-01 00:00:00+00') TO ('2024-12-01 00:00:00+00');
CREATE TABLE public.page_views_2024_12 PARTITION OF public.page_views FOR VALUES FROM ('2024-12-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE public.page_views_default PARTITION OF public.page_views DEFAULT;

------------------------------------------------------------------------------
-- billing
------------------------------------------------------------------------------
-- NOT NULL FK cycle accounts <-> contacts, loadable only because both FKs are
-- DEFERRABLE INITIALLY DEFERRED (rows inserted in one transaction).
CREATE TABLE billing.accounts (
  id                  bigserial PRIMARY KEY,
  organization_id     bigint NOT NULL CONSTRAINT accounts_organization_id_fkey REFERENCES public.organizations (id),
  name                text NOT NULL,
  primary_contact_id  bigint NOT NULL,
  vat_number          varchar(16),
  payout_iban         text,
  currency            char(3) NOT NULL DEFAULT 'EUR',
  balance             numeric(12,2) NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT accounts_organization_id_key UNIQUE (organization_id)
);

CREATE TABLE billing.contacts (
  id            bigserial PRIMARY KEY,
  account_id    bigint NOT NULL,
  name          text NOT NULL,
  email         public.email_address NOT NULL,
  phone         varchar(32),
  street        text,
  city          text,
  postcode      varchar(12),
  country_code  char(2) CONSTRAINT contacts_country_code_fkey REFERENCES public.countries (code),
  CONSTRAINT contacts_account_id_fkey FOREIGN KEY (account_id)
    REFERENCES billing.accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

ALTER TABLE billing.accounts
  ADD CONSTRAINT accounts_primary_contact_id_fkey FOREIGN KEY (primary_contact_id)
  REFERENCES billing.contacts (id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE billing.payment_methods (
  id               serial PRIMARY KEY,
  account_id       bigint NOT NULL CONSTRAINT payment_methods_account_id_fkey REFERENCES billing.accounts (id) ON DELETE CASCADE,
  kind             text NOT NULL CONSTRAINT payment_methods_kind_check CHECK (kind IN ('card', 'sepa_debit')),
  card_brand       text,
  card_number      text,
  card_last4       char(4),
  card_exp         char(5),
  cardholder_name  text,
  iban             text,
  is_default       boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL DEFAULT now()
);

-- Composite primary key ...
CREATE TABLE billing.invoices (
  account_id  bigint NOT NULL CONSTRAINT invoices_account_id_fkey REFERENCES billing.accounts (id),
  invoice_no  integer NOT NULL,
  order_id    bigint CONSTRAINT invoices_order_id_fkey REFERENCES public.orders (id) ON DELETE SET NULL,
  status      text NOT NULL CONSTRAINT invoices_status_check CHECK (status IN ('open', 'paid', 'void')),
  issued_on   date NOT NULL,
  due_on      date NOT NULL,
  currency    char(3) NOT NULL,
  total       numeric(12,2) NOT NULL,
  bill_to     jsonb NOT NULL,
  pdf         bytea,
  CONSTRAINT invoices_pkey PRIMARY KEY (account_id, invoice_no)
);

-- ... referenced by composite foreign keys.
CREATE TABLE billing.invoice_lines (
  account_id   bigint NOT NULL,
  invoice_no   integer NOT NULL,
  line_no      smallint NOT NULL,
  product_id   integer CONSTRAINT invoice_lines_product_id_fkey REFERENCES public.products (id),
  description  text NOT NULL,
  quantity     numeric(12,2) NOT NULL,
  unit_price   numeric(12,2) NOT NULL,
  amount       numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
  CONSTRAINT invoice_lines_pkey PRIMARY KEY (account_id, invoice_no, line_no),
  CONSTRAINT invoice_lines_invoice_fkey FOREIGN KEY (account_id, invoice_no)
    REFERENCES billing.invoices (account_id, invoice_no) ON DELETE CASCADE
);

CREATE TABLE billing.payments (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id         bigint NOT NULL CONSTRAINT payments_account_id_fkey REFERENCES billing.accounts (id),
  invoice_no         integer,   -- NULL for unallocated payments (composite FK then not enforced, MATCH SIMPLE)
  payment_method_id  integer CONSTRAINT payments_payment_method_id_fkey REFERENCES billing.payment_methods (id) ON DELETE SET NULL,
  amount             numeric(12,2) NOT NULL,
  currency           char(3) NOT NULL,
  gateway_ref        text NOT NULL,
  client_ip          inet,
  metadata           jsonb NOT NULL DEFAULT '{}',
  paid_at            timestamptz NOT NULL,
  CONSTRAINT payments_invoice_fkey FOREIGN KEY (account_id, invoice_no)
    REFERENCES billing.invoices (account_id, invoice_no)
);

------------------------------------------------------------------------------
-- "Analytics": quoted mixed-case schema, table and column names
------------------------------------------------------------------------------
CREATE TABLE "Analytics"."Daily Stats" (
  "Day"              date PRIMARY KEY,
  "Page Views"       bigint NOT NULL DEFAULT 0,
  "Unique Visitors"  integer NOT NULL DEFAULT 0,
  "Signups"          integer NOT NULL DEFAULT 0,
  "Revenue"          numeric(12,2) NOT NULL DEFAULT 0
);

CREATE TABLE "Analytics"."Org Usage" (
  "Org ID"        bigint NOT NULL,
  "Month"         date NOT NULL,
  "Active Users"  integer NOT NULL,
  "API Calls"     bigint NOT NULL,
  CONSTRAINT "Org Usage_pkey" PRIMARY KEY ("Org ID", "Month"),
  CONSTRAINT "Org Usage_Org ID_fkey" FOREIGN KEY ("Org ID") REFERENCES public.organizations (id) ON DELETE CASCADE
);

-- A foreign table on the credentialed server: schema only, its data is remote
-- (reporting.internal does not resolve; never SELECT from it).
CREATE FOREIGN TABLE "Analytics".remote_reports (
  report_date  date,
  name         text,
  payload      jsonb
) SERVER reporting_srv OPTIONS (schema_name 'public', table_name 'reports');

------------------------------------------------------------------------------
-- Views
------------------------------------------------------------------------------
CREATE VIEW public.active_users AS
  SELECT u.id, u.organization_id, u.email, u.full_name, u.last_login_at, u.last_login_ip
  FROM public.users u
  WHERE u.deleted_at IS NULL AND u.last_login_at >= timestamptz '2024-10-01 00:00:00+00';

CREATE VIEW billing.open_invoices AS
  SELECT i.account_id, i.invoice_no, a.name AS account_name, i.total, i.due_on
  FROM billing.invoices i JOIN billing.accounts a ON a.id = i.account_id
  WHERE i.status = 'open';

CREATE MATERIALIZED VIEW "Analytics".monthly_revenue AS
  SELECT date_trunc('month', o.placed_at AT TIME ZONE 'UTC')::date AS month,
         o.organization_id,
         count(*)::bigint AS orders,
         sum(o.total) AS revenue
  FROM public.orders o
  WHERE o.status IN ('paid', 'shipped', 'delivered')
  GROUP BY 1, 2
  WITH NO DATA;   -- data.sql populates it (REFRESH)

------------------------------------------------------------------------------
-- Triggers
------------------------------------------------------------------------------
CREATE TRIGGER organizations_set_updated_at BEFORE UPDATE ON public.organizations
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON public.users
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER orders_set_updated_at BEFORE UPDATE ON public.orders
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER orders_log_status_change AFTER UPDATE OF status ON public.orders
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION public.log_order_status_change();

------------------------------------------------------------------------------
-- Secondary indexes (btree, partial, expression, GIN, BRIN)
------------------------------------------------------------------------------
CREATE INDEX users_organization_id_idx ON public.users (organization_id);
CREATE INDEX users_last_login_at_active_idx ON public.users (last_login_at) WHERE deleted_at IS NULL;
CREATE INDEX users_lower_last_name_idx ON public.users (lower(last_name::text));
CREATE INDEX user_sessions_user_id_idx ON public.user_sessions (user_id);
CREATE UNIQUE INDEX api_tokens_user_id_name_active_idx ON public.api_tokens (user_id, name) WHERE revoked_at IS NULL;
CREATE INDEX invitations_email_idx ON public.invitations (email);
CREATE INDEX categories_parent_id_idx ON public.categories (parent_id);
CREATE INDEX products_category_id_idx ON public.products (category_id);
CREATE INDEX products_tags_idx ON public.products USING gin (tags);
CREATE INDEX customers_organization_id_idx ON public.customers (organization_id);
CREATE INDEX customers_email_idx ON public.customers (email);
CREATE INDEX customers_search_idx ON public.customers USING gin (search);
CREATE INDEX orders_organization_id_placed_at_idx ON public.orders (organization_id, placed_at);
CREATE INDEX orders_customer_ref_idx ON public.orders (customer_ref);
CREATE INDEX orders_placed_by_user_id_idx ON public.orders (placed_by_user_id);
CREATE INDEX orders_status_idx ON public.orders (status) WHERE status IN ('pending', 'paid');
CREATE INDEX order_items_order_id_idx ON public.order_items (order_id);
CREATE INDEX order_items_product_id_idx ON public.order_items (product_id);
CREATE INDEX posts_organization_id_idx ON public.posts (organization_id);
CREATE INDEX posts_search_idx ON public.posts USING gin (search);
CREATE INDEX comments_commentable_idx ON public.comments (commentable_type, commentable_id);
CREATE INDEX comments_author_id_idx ON public.comments (author_id);
CREATE INDEX audit_events_occurred_at_brin ON public.audit_events USING brin (occurred_at);
CREATE INDEX notifications_user_id_idx ON public.notifications (user_id);
CREATE INDEX page_views_organization_id_viewed_at_idx ON public.page_views (organization_id, viewed_at);
CREATE INDEX page_views_user_id_idx ON public.page_views (user_id);
CREATE INDEX contacts_account_id_idx ON billing.contacts (account_id);
CREATE INDEX payment_methods_account_id_idx ON billing.payment_methods (account_id);
CREATE INDEX invoices_order_id_idx ON billing.invoices (order_id);
CREATE INDEX payments_account_invoice_idx ON billing.payments (account_id, invoice_no);
CREATE UNIQUE INDEX monthly_revenue_month_org_idx ON "Analytics".monthly_revenue (month, organization_id);

------------------------------------------------------------------------------
-- Publication (per database, copied by TEMPLATE; the subscription is in after_clone.sql)
------------------------------------------------------------------------------
SET client_min_messages = error;  -- wal_level < logical only earns a WARNING
CREATE PUBLICATION acme_pub FOR TABLE public.customers, public.orders, public.order_items;
SET client_min_messages = warning;

------------------------------------------------------------------------------
-- Grants to production roles (must not be replayed on staging)
------------------------------------------------------------------------------
GRANT USAGE ON SCHEMA public, billing, "Analytics" TO acme_app;
GRANT USAGE ON SCHEMA "Analytics" TO acme_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, billing TO acme_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public, billing TO acme_app;
GRANT SELECT ON ALL TABLES IN SCHEMA "Analytics" TO acme_readonly;
GRANT SELECT (id, organization_id, username) ON public.users TO acme_readonly;
GRANT USAGE ON FOREIGN SERVER reporting_srv TO acme_app;

COMMENT ON TABLE public.users IS 'Application users (PII: names, email, phone, birth date, IP)';
COMMENT ON COLUMN public.users.password_hash IS 'bcrypt or argon2id; NULL for SSO-only users';
