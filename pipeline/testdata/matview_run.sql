-- A shop whose reports are materialized views over masked rows: one over
-- a plain view over two tables, one over it, one WITH NO DATA, and an
-- audit table none of them reads. refresh_test.go refreshes staging from
-- it.
CREATE SCHEMA "Shop";
CREATE TABLE "Shop".customers (id int PRIMARY KEY, email text NOT NULL, city text NOT NULL);
CREATE TABLE "Shop".orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES "Shop".customers, total int NOT NULL);
CREATE TABLE "Shop".audit (id int PRIMARY KEY, note text NOT NULL);
CREATE VIEW "Shop".customer_orders AS
  SELECT c.email, c.city, o.total FROM "Shop".customers c JOIN "Shop".orders o ON o.customer_id = c.id;
CREATE MATERIALIZED VIEW "Shop"."Spend" AS
  SELECT email, city, sum(total) AS total FROM "Shop".customer_orders GROUP BY email, city WITH NO DATA;
CREATE UNIQUE INDEX spend_email ON "Shop"."Spend" (email);
CREATE MATERIALIZED VIEW "Shop".by_city AS
  SELECT city, sum(total) AS total, count(*) AS customers FROM "Shop"."Spend" GROUP BY city WITH NO DATA;
CREATE MATERIALIZED VIEW "Shop".pending AS SELECT * FROM "Shop".orders WITH NO DATA;
INSERT INTO "Shop".customers SELECT i, 'customer' || i || '@example.com', (ARRAY['Lyon', 'Oslo', 'Quito'])[1 + i % 3] FROM generate_series(1, 300) i;
INSERT INTO "Shop".orders SELECT i, 1 + i % 300, i % 97 FROM generate_series(1, 3000) i;
INSERT INTO "Shop".audit SELECT i, 'event ' || i FROM generate_series(1, 1000) i;
REFRESH MATERIALIZED VIEW "Shop"."Spend";
REFRESH MATERIALIZED VIEW "Shop".by_city;
