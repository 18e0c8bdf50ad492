-- A small schema with every shape the closure must handle: a composite key
-- referenced by a composite FK, an FK to a unique non-primary key, a
-- self-reference, a NOT NULL cycle under DEFERRABLE constraints, nullable
-- references, a table without a key, a partitioned table, a polymorphic
-- reference without a constraint, and a lookup table.
CREATE TABLE countries (code text PRIMARY KEY, name text NOT NULL);
CREATE TABLE orgs (
  id int PRIMARY KEY,
  name text NOT NULL,
  owner_id int NOT NULL,
  country text REFERENCES countries
);
CREATE TABLE users (
  id int PRIMARY KEY,
  org_id int NOT NULL REFERENCES orgs DEFERRABLE INITIALLY DEFERRED,
  email text NOT NULL UNIQUE,
  referrer_id int REFERENCES users
);
ALTER TABLE orgs ADD FOREIGN KEY (owner_id) REFERENCES users DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE categories (id int PRIMARY KEY, parent_id int REFERENCES categories, name text);
CREATE TABLE products (
  sku text NOT NULL, variant int NOT NULL, category_id int REFERENCES categories, price numeric,
  PRIMARY KEY (sku, variant)
);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id int NOT NULL REFERENCES users,
  placed date NOT NULL,
  coupon_email text REFERENCES users(email)
);
CREATE TABLE order_items (
  order_id bigint NOT NULL REFERENCES orders,
  sku text NOT NULL, variant int NOT NULL,
  qty int,
  PRIMARY KEY (order_id, sku, variant),
  FOREIGN KEY (sku, variant) REFERENCES products
);
CREATE TABLE events (
  user_id int REFERENCES users,
  kind text,
  at timestamptz
); -- no key
CREATE TABLE posts (id uuid PRIMARY KEY, author_id int REFERENCES users, title text);
CREATE TABLE comments (
  id int PRIMARY KEY,
  commentable_type text NOT NULL,
  commentable_id text NOT NULL,
  body text
);
CREATE TABLE payments (
  id int NOT NULL, paid date NOT NULL, order_id bigint REFERENCES orders, amount numeric,
  PRIMARY KEY (id, paid)
) PARTITION BY RANGE (paid);
CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE payments_2025 PARTITION OF payments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE audit (id bigserial PRIMARY KEY, user_id int REFERENCES users, what text);

INSERT INTO countries VALUES ('de', 'Germany'), ('fr', 'France'), ('it', 'Italy');
BEGIN;
INSERT INTO orgs SELECT g, 'org ' || g, g * 10, (ARRAY['de','fr',NULL])[g % 3 + 1] FROM generate_series(1, 20) g;
INSERT INTO users SELECT g, (g - 1) / 10 + 1, 'u' || g || '@example.com', CASE WHEN g % 7 = 0 THEN g - 5 END FROM generate_series(1, 200) g;
COMMIT;
INSERT INTO categories VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 2, 'a.a'), (4, 1, 'b'), (5, 4, 'b.a');
INSERT INTO products SELECT 'sku' || g, v, g % 5 + 1, g * v FROM generate_series(1, 30) g, generate_series(1, 2) v;
INSERT INTO orders SELECT g, (g * 7) % 200 + 1, date '2024-06-01' + g, CASE WHEN g % 11 = 0 THEN 'u' || ((g * 3) % 200 + 1) || '@example.com' END
  FROM generate_series(1, 1000) g;
INSERT INTO order_items SELECT o, 'sku' || ((o + i) % 30 + 1), i % 2 + 1, i FROM generate_series(1, 1000) o, generate_series(1, 3) i;
INSERT INTO events SELECT g % 200 + 1, 'login', timestamptz '2025-01-01' + g * interval '1 hour' FROM generate_series(1, 600) g;
INSERT INTO posts SELECT md5('post' || g)::uuid, g % 200 + 1, 'post ' || g FROM generate_series(1, 100) g;
INSERT INTO comments SELECT g, CASE WHEN g % 2 = 0 THEN 'Post' ELSE 'Order' END,
  CASE WHEN g % 2 = 0 THEN md5('post' || (g % 100 + 1))::uuid::text ELSE (g % 1000 + 1)::text END, 'c' || g
  FROM generate_series(1, 400) g;
INSERT INTO payments SELECT g, date '2024-11-01' + g % 120, g % 1000 + 1, g FROM generate_series(1, 800) g;
INSERT INTO audit (user_id, what) SELECT g % 200 + 1, 'x' FROM generate_series(1, 300) g;
ANALYZE;

-- A reference held in jsonb, with a value of the wrong shape now and then.
CREATE TABLE webhooks_log (id int PRIMARY KEY, payload jsonb NOT NULL);
INSERT INTO webhooks_log SELECT g, CASE WHEN g % 10 = 0 THEN '{"order_id": "n/a"}'::jsonb
  ELSE jsonb_build_object('order_id', g % 1000 + 1, 'event', 'paid') END FROM generate_series(1, 300) g;
