-- Production uses an extension the staging server cannot create. Both are
-- one server in the tests, so the source's citext is renamed in its own
-- pg_extension: to the catalogs, an extension installed here and
-- available nowhere.
CREATE EXTENSION citext;
CREATE TABLE public.tags (id int PRIMARY KEY, label citext NOT NULL);
INSERT INTO public.tags VALUES (1, 'One');
UPDATE pg_extension SET extname = 'understudy_missing', extversion = '9.9' WHERE extname = 'citext';
