-- testdata/acme/after_clone.sql — objects CREATE DATABASE ... TEMPLATE does not copy.
--
-- Run as a superuser on every database cloned from a template built with
-- schema.sql + data.sql (a fresh clone never has these objects):
--   psql -v ON_ERROR_STOP=1 -X -q -f after_clone.sql
--
-- Subscriptions live in the shared catalog pg_subscription, so a clone starts
-- without the template's. connect = false: nothing is contacted, no
-- replication slot is created, and the subscription stays disabled, but its
-- connection string (with the replication password) sits in
-- pg_subscription.subconninfo, exactly as on a production replica.
-- To drop it: ALTER SUBSCRIPTION acme_sub DISABLE;
--             ALTER SUBSCRIPTION acme_sub SET (slot_name = NONE);
--             DROP SUBSCRIPTION acme_sub;
-- (CREATE SUBSCRIPTION cannot run inside a transaction block: no BEGIN here.)

SET client_min_messages = error;  -- CREATE SUBSCRIPTION warns that no tables were subscribed (connect = false)

CREATE SUBSCRIPTION acme_sub
  CONNECTION 'host=prod-db.internal port=5432 dbname=acme user=replicator password=Repl1c4-S3cret'
  PUBLICATION acme_pub
  WITH (connect = false);
