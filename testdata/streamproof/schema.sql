-- A Rails-style social app (accounts, statuses, OAuth applications, a
-- payout log without a key) with findings planted for the stream proof
-- test: values a masking rule cannot read (kept under on_invalid: keep),
-- live-looking credentials in columns the rules pass through, person
-- names in a kept column, and orphans of a foreign key production holds
-- NOT VALID and of a virtual one.
CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    username text NOT NULL UNIQUE,
    email text NOT NULL,
    display_name text,
    iban text,
    created_at timestamp NOT NULL DEFAULT '2024-01-01'
);

CREATE TABLE oauth_applications (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    redirect_uri text NOT NULL,
    scopes text NOT NULL DEFAULT 'read',
    settings jsonb NOT NULL DEFAULT '{}',
    owner_id bigint REFERENCES accounts (id)
);

-- No key: the full check compares it as hashed sets, the stream row by row.
CREATE TABLE payout_logs (
    account_id bigint,
    iban text,
    amount_cents integer NOT NULL,
    paid_on date NOT NULL
);

CREATE TABLE statuses (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    in_reply_to_id bigint,
    body text NOT NULL
);

INSERT INTO accounts (username, email, display_name, iban)
SELECT 'user' || i, 'user' || i || '@mail.example',
       (ARRAY['Ann Smith', 'Jose Garcia', 'Mei Chen', 'Olu Bello', 'Priya Patel', 'Lars Berg'])[1 + i % 6],
       CASE WHEN i % 30 = 0 THEN 'not an iban #' || i ELSE 'GB82WEST12345698765432' END
FROM generate_series(1, 300) AS i;

INSERT INTO oauth_applications (name, redirect_uri, settings, owner_id)
SELECT 'App ' || i,
       CASE WHEN i IN (7, 19, 33) THEN 'https://app' || i || '.example/callback?access_token=' || md5(i::text)
            ELSE 'https://app' || i || '.example/callback' END,
       CASE WHEN i IN (4, 40) THEN jsonb_build_object('billing', jsonb_build_object('key', 'sk_' || 'live_' || substr(md5('k' || i), 1, 24)))
            ELSE jsonb_build_object('theme', 'dark', 'locale', 'en') END,
       1 + i % 300
FROM generate_series(1, 50) AS i;

INSERT INTO payout_logs (account_id, iban, amount_cents, paid_on)
SELECT 1 + i % 300,
       CASE WHEN i % 20 = 0 THEN 'pending iban ' || i ELSE 'DE89370400440532013000' END,
       100 * i, DATE '2024-01-01' + i
FROM generate_series(1, 200) AS i;

INSERT INTO statuses (account_id, in_reply_to_id, body)
SELECT CASE WHEN i % 75 = 0 THEN 100000 + i ELSE 1 + i % 300 END,
       CASE WHEN i % 3 = 0 THEN i - 1 WHEN i % 125 = 0 THEN 900000 + i END,
       'Status number ' || i || ' about the weather'
FROM generate_series(1, 500) AS i;

-- Added as Rails does with validate: false: production keeps its orphans.
ALTER TABLE statuses ADD CONSTRAINT fk_rails_statuses_account FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
