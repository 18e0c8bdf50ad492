-- pg_partman's configuration (partman.part_config, registered with
-- pg_extension_config_dump with no condition: every row is the user's):
-- without its row, partition maintenance stops.
CREATE SCHEMA partman;
CREATE EXTENSION pg_partman SCHEMA partman;

CREATE TABLE public.events (
    id bigint NOT NULL,
    created_at timestamptz NOT NULL,
    payload text
) PARTITION BY RANGE (created_at);
SELECT partman.create_parent('public.events', 'created_at', 'native', 'daily',
    p_start_partition := '2024-01-01', p_premake := 2);
INSERT INTO public.events VALUES (1, '2024-01-01 10:00+00', 'first');
