-- Tables whose sizes the catalog knows or does not (TestLoadEstimatedSizes):
-- counted by VACUUM and small, counted and large, never counted (20 rows:
-- under autovacuum's analyze threshold of 50, so it stays uncounted).
CREATE TABLE public.feature_flags (
    id serial PRIMARY KEY,
    flag_key text NOT NULL UNIQUE,
    enabled boolean NOT NULL DEFAULT false
);
INSERT INTO public.feature_flags (flag_key, enabled)
    SELECT 'flag_' || g, g % 2 = 0 FROM generate_series(1, 200) g;

CREATE TABLE public.ledger_entries (
    id bigserial PRIMARY KEY,
    account_ref text NOT NULL,
    memo text
);
INSERT INTO public.ledger_entries (account_ref, memo)
    SELECT 'ACC-' || (g % 997), repeat('settled against invoice ', 3) || g FROM generate_series(1, 60000) g;

CREATE TABLE public.import_batches (
    id serial PRIMARY KEY,
    source_file text
);
INSERT INTO public.import_batches (source_file) SELECT 'batch_' || g || '.csv' FROM generate_series(1, 20) g;

VACUUM ANALYZE public.feature_flags;
VACUUM ANALYZE public.ledger_entries;
