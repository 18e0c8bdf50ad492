-- Schema features the generator must fill (internal/datagen): a schema
-- outside public with mixed-case names, enums, domains with CHECKs,
-- CHECKs of several shapes, unique indexes (composite, partial, over an
-- expression, NULLS NOT DISTINCT), composite and self-referencing foreign
-- keys, a cycle through NOT NULL deferrable keys and one through a
-- nullable key, range and list partitions, identity and generated
-- columns, arrays, jsonb, inet, uuid, ranges.
CREATE SCHEMA "Shop";
CREATE TYPE "Shop".tier AS ENUM ('free', 'pro', 'enterprise');
CREATE DOMAIN "Shop".email AS text CHECK (VALUE ~ '^[^@\s]+@[^@\s]+\.[a-z]+$');
CREATE DOMAIN "Shop".currency AS char(3) CHECK (VALUE IN ('EUR', 'USD', 'GBP'));
CREATE DOMAIN "Shop".positive AS numeric(10,2) CHECK (VALUE > 0);

CREATE TABLE "Shop"."Accounts" (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "Name"      varchar(12) NOT NULL,
  email       "Shop".email NOT NULL,
  tier        "Shop".tier NOT NULL,
  currency    "Shop".currency NOT NULL,
  status      varchar(10) NOT NULL CHECK (status IN ('active', 'closed')),
  credit      integer NOT NULL CHECK (credit BETWEEN 0 AND 500),
  deleted_at  timestamptz,
  parent_id   bigint REFERENCES "Shop"."Accounts"(id),
  owner_id    bigint NOT NULL,
  tags        text[] NOT NULL DEFAULT '{}',
  settings    jsonb,
  last_ip     inet,
  token       uuid NOT NULL UNIQUE,
  period      daterange,
  slug        text GENERATED ALWAYS AS (lower("Name")) STORED
);
CREATE UNIQUE INDEX accounts_email_live ON "Shop"."Accounts" (email) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX accounts_email_lower ON "Shop"."Accounts" (lower(email));

CREATE TABLE "Shop".users (
  id          serial PRIMARY KEY,
  account_id  bigint NOT NULL REFERENCES "Shop"."Accounts"(id) DEFERRABLE INITIALLY DEFERRED,
  first_name  text NOT NULL,
  last_name   text NOT NULL,
  phone       varchar(20),
  role        text NOT NULL CHECK (role = ANY (ARRAY['owner', 'member'])),
  starts_on   date NOT NULL,
  ends_on     date,
  CHECK (ends_on IS NULL OR ends_on > starts_on),
  UNIQUE NULLS NOT DISTINCT (account_id, phone)
);
-- A cycle through NOT NULL deferrable keys: every account has an owner.
ALTER TABLE "Shop"."Accounts" ADD FOREIGN KEY (owner_id) REFERENCES "Shop".users(id) DEFERRABLE INITIALLY DEFERRED;

-- A cycle through a nullable key.
CREATE TABLE "Shop".teams (
  id       integer PRIMARY KEY,
  lead_id  integer,
  name     text NOT NULL UNIQUE
);
CREATE TABLE "Shop".members (
  team_id  integer NOT NULL REFERENCES "Shop".teams(id),
  user_id  integer NOT NULL REFERENCES "Shop".users(id),
  role     "Shop".tier NOT NULL,
  PRIMARY KEY (team_id, user_id)
);
ALTER TABLE "Shop".teams ADD FOREIGN KEY (lead_id) REFERENCES "Shop".users(id);

-- A composite foreign key onto a composite unique key.
CREATE TABLE "Shop".grants (
  id       bigserial PRIMARY KEY,
  team_id  integer NOT NULL,
  user_id  integer NOT NULL,
  scope    text NOT NULL,
  FOREIGN KEY (team_id, user_id) REFERENCES "Shop".members(team_id, user_id),
  UNIQUE (team_id, user_id, scope)
);

CREATE TABLE "Shop".events (
  id          bigint NOT NULL,
  account_id  bigint NOT NULL REFERENCES "Shop"."Accounts"(id) DEFERRABLE,
  at          timestamptz NOT NULL,
  amount      "Shop".positive NOT NULL,
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE "Shop".events_2024_01 PARTITION OF "Shop".events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE "Shop".events_2024_02 PARTITION OF "Shop".events FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE "Shop".events_other PARTITION OF "Shop".events DEFAULT;

CREATE TABLE "Shop".regions (
  code    text NOT NULL,
  name    text NOT NULL,
  PRIMARY KEY (code, name)
) PARTITION BY LIST (code);
CREATE TABLE "Shop".regions_eu PARTITION OF "Shop".regions FOR VALUES IN ('de', 'fr');
CREATE TABLE "Shop".regions_us PARTITION OF "Shop".regions FOR VALUES IN ('us');
