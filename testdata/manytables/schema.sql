-- A schema of many relations, for the lock arithmetic (issue 11): tables
-- t1..tN, each with a primary key, two foreign keys (to the two tables
-- before it), three indexes and many.rows rows, plus a table range-
-- partitioned into many.partitions daily partitions. Every statement runs
-- on its own (\gexec), so building it needs no more locks than one table.
--
-- Settings: many.tables, many.partitions, many.rows.

SELECT format($$CREATE TABLE public.t%1$s (
    id bigserial PRIMARY KEY,
    a_id bigint NOT NULL,
    b_id bigint,
    email text NOT NULL,
    note text,
    created_at timestamptz NOT NULL DEFAULT '2024-01-01'
)$$, i) FROM generate_series(1, current_setting('many.tables')::int) i
\gexec

SELECT format($$INSERT INTO public.t%1$s (a_id, b_id, email, note, created_at)
    SELECT g, g, 'user' || g || '@t%1$s.example.com', 'note ' || g, timestamptz '2024-01-01' + g * interval '1 hour'
    FROM generate_series(1, %2$s) g$$, i, current_setting('many.rows')::int) FROM generate_series(1, current_setting('many.tables')::int) i
\gexec

SELECT format($$ALTER TABLE public.t%1$s ADD FOREIGN KEY (a_id) REFERENCES public.t%2$s (id), ADD FOREIGN KEY (b_id) REFERENCES public.t%3$s (id)$$,
    i, greatest(i - 1, 1), greatest(i - 2, 1)) FROM generate_series(1, current_setting('many.tables')::int) i
\gexec

SELECT format($$CREATE INDEX ON public.t%1$s (a_id)$$, i) FROM generate_series(1, current_setting('many.tables')::int) i
\gexec
SELECT format($$CREATE INDEX ON public.t%1$s (b_id)$$, i) FROM generate_series(1, current_setting('many.tables')::int) i
\gexec
SELECT format($$CREATE INDEX ON public.t%1$s (created_at)$$, i) FROM generate_series(1, current_setting('many.tables')::int) i
\gexec

CREATE TABLE public.events (
    id bigint NOT NULL,
    day date NOT NULL,
    user_email text,
    payload text,
    PRIMARY KEY (id, day)
) PARTITION BY RANGE (day);

SELECT format($$CREATE TABLE public.events_%1$s PARTITION OF public.events FOR VALUES FROM (%2$L) TO (%3$L)$$,
    to_char(d, 'YYYYMMDD'), d::date, (d + interval '1 day')::date)
FROM generate_series(date '2022-01-01', date '2022-01-01' + (current_setting('many.partitions')::int - 1), interval '1 day') d
\gexec

SELECT format($$INSERT INTO public.events SELECT g, %1$L, 'someone' || g || '@example.com', 'payload' FROM generate_series(1, 5) g$$, d::date)
FROM generate_series(date '2022-01-01', date '2022-01-01' + (current_setting('many.partitions')::int - 1), interval '1 day') d
\gexec

ANALYZE;
