-- Extension configuration tables (pg_extension_config_dump), whose rows
-- pg_dump dumps: PostGIS's spatial_ref_sys (those outside PostGIS's own
-- SRIDs, by its extcondition) and postgis_topology's topology.topology and
-- topology.layer (every row; layer references topology, and topology.id
-- comes from the configuration sequence topology.topology_id_seq).
CREATE EXTENSION postgis;
CREATE EXTENSION postgis_topology;

-- A custom projection, as production PostGIS databases hold.
INSERT INTO public.spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text)
VALUES (990001, 'acme-gis', 990001, '', '+proj=longlat +datum=WGS84 +no_defs');

-- Two topologies: rows of topology.topology, numbered by its sequence.
SELECT topology.CreateTopology('Roads', 990001);
SELECT topology.CreateTopology('rivers', 4326);

-- A user table whose foreign key references the custom projection: it
-- holds only once the configuration rows are in.
CREATE SCHEMA "Geo";
CREATE TABLE "Geo"."Sites" (
    id int PRIMARY KEY,
    name text NOT NULL,
    srid int NOT NULL REFERENCES public.spatial_ref_sys (srid),
    location geometry(Point, 990001)
);
CREATE TABLE "Geo".roads (
    id int PRIMARY KEY,
    label text NOT NULL
);
SELECT topology.AddTopoGeometryColumn('Roads', 'Geo', 'roads', 'topo', 'LINE');
INSERT INTO "Geo"."Sites" VALUES (1, 'depot', 990001, ST_SetSRID(ST_MakePoint(1, 2), 990001)), (2, 'yard', 990001, NULL);
INSERT INTO "Geo".roads VALUES (1, 'ring road'), (2, 'high street');
