-- A pre-data schema as a copy leaves it: tables with rows, no index, no
-- key. orders references customers; a partitioned events table's key is
-- attached from its partition. dataflow_test.go runs the post-data on it.
CREATE TABLE public.customers (id int NOT NULL, email text);
CREATE TABLE public.orders (id int NOT NULL, customer_id int);
CREATE TABLE public.events (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO public.customers SELECT i, 'c' || i FROM generate_series(1, 100) i;
INSERT INTO public.orders SELECT i, 1 + i % 100 FROM generate_series(1, 300) i;
INSERT INTO public.events SELECT i, date '2024-01-01' + i FROM generate_series(1, 50) i;
