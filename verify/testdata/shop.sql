-- A small shop for the verify tests: a declared foreign key, a virtual one
-- (events.order_ref), masked columns with a row key (customers) and
-- without one (tags).
CREATE TABLE public.customers (id int PRIMARY KEY, email text NOT NULL, city text);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int REFERENCES public.customers (id), note text);
CREATE TABLE public.events (id int PRIMARY KEY, order_ref int, payload jsonb);
CREATE TABLE public.tags (customer_email text, tag text);

INSERT INTO public.customers
SELECT i, 'person' || i || '@corp.example', (ARRAY['Paris', 'Lyon', 'Oslo'])[1 + i % 3] FROM generate_series(1, 20) i;
INSERT INTO public.orders SELECT i, 1 + i % 20, 'order ' || i FROM generate_series(1, 40) i;
INSERT INTO public.events SELECT i, 1 + i % 40, jsonb_build_object('n', i) FROM generate_series(1, 40) i;
INSERT INTO public.tags SELECT email, 'vip' FROM public.customers WHERE id <= 10;
