-- Loaded before copy.sql, so the fixture's own types get other OIDs than
-- in the source: as in a target whose schema was built apart.
CREATE TYPE public.shift_enum AS ENUM ('x');
CREATE TYPE public.shift_pair AS (a int);
CREATE DOMAIN public.shift_text AS text;
