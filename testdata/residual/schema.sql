-- A Django project's tables (app_model naming) where the rules keep what
-- they should not: a film crew roster whose name column holds people, and
-- API keys of a prefix no vendor list knows (<prefix>_live_<random>).
-- integration/residual_test.go refreshes it.
CREATE TABLE public.productions_crewmember (
  id bigserial PRIMARY KEY,
  production_id integer NOT NULL,
  name varchar(120) NOT NULL,
  department varchar(40) NOT NULL
);
INSERT INTO public.productions_crewmember (production_id, name, department)
SELECT 1 + i % 7,
       (ARRAY['Maria','James','Aiko','Olusegun','Priya','Lukas','Sofia','Mateo','Chen','Fatima','Noah','Ingrid'])[1 + i % 12] || ' ' ||
       (ARRAY['Garcia','Okafor','Tanaka','Schmidt','Patel','Nowak','Rossi','Dubois','Kim','Haddad','Johnson','Larsen','Silva'])[1 + (i * 7) % 13],
       (ARRAY['camera','sound','grip','art','wardrobe'])[1 + i % 5]
FROM generate_series(1, 120) AS i;

CREATE TABLE public.integrations_apikey (
  id bigserial PRIMARY KEY,
  label varchar(80) NOT NULL,
  value varchar(80) NOT NULL,
  created timestamptz NOT NULL DEFAULT '2024-05-01 00:00:00+00'
);
-- The random part is 30 characters from md5, mixed case: what a key
-- generator writes. Assembled here so no literal looks like a credential.
INSERT INTO public.integrations_apikey (label, value)
SELECT 'key ' || i,
       'plx' || '_live_' || translate(substr(md5('k' || i) || md5('j' || i), 1, 30), 'abcdef0', 'QbRdXfZ')
FROM generate_series(1, 40) AS i;
