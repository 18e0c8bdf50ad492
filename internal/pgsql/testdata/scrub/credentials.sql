--
-- PostgreSQL database dump
--

\restrict Xy9aQ2fGkLmN0pRsT4uVwXyZ1bC3dE5f

-- Dumped from database version 17.6
-- Dumped by pg_dump version 17.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: Billing; Type: SCHEMA; Schema: -; Owner: app
--

CREATE SCHEMA "Billing";


ALTER SCHEMA "Billing" OWNER TO app;

--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers';


--
-- Name: check_password(text); Type: FUNCTION; Schema: public; Owner: app
--

CREATE FUNCTION public.check_password(candidate text) RETURNS boolean
    LANGUAGE plpgsql STABLE
    AS $_$
BEGIN
    -- a statement-like text inside a body: CREATE USER MAPPING ... password 'x';
    RETURN candidate = current_setting('app.password', true);
END;
$_$;


ALTER FUNCTION public.check_password(candidate text) OWNER TO app;

--
-- Name: warehouse; Type: SERVER; Schema: -; Owner: app
--

CREATE SERVER warehouse FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'dw',
    host 'warehouse.internal',
    port '5432',
    sslmode 'verify-full',
    sslpassword 'ssl-key-passphrase-1',
    sslkey '/etc/keys/warehouse.key'
);


ALTER SERVER warehouse OWNER TO app;

--
-- Name: USER MAPPING app SERVER warehouse; Type: USER MAPPING; Schema: -; Owner: app
--

CREATE USER MAPPING FOR app SERVER warehouse OPTIONS (
    password 'dw-password-2',
    "user" 'etl'
);


--
-- Name: USER MAPPING "Report Reader" SERVER warehouse; Type: USER MAPPING; Schema: -; Owner: app
--

CREATE USER MAPPING FOR "Report Reader" SERVER warehouse OPTIONS (
    "user" 'reader'
);


--
-- Name: USER MAPPING public SERVER warehouse; Type: USER MAPPING; Schema: -; Owner: app
--

CREATE USER MAPPING FOR public SERVER warehouse OPTIONS (
    passfile '/var/lib/postgresql/.pgpass',
    password_required 'false'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Invoices; Type: TABLE; Schema: Billing; Owner: app
--

CREATE TABLE "Billing"."Invoices" (
    id bigint NOT NULL,
    "Amount" numeric(12,2) DEFAULT 0 NOT NULL,
    note text DEFAULT 'password: see vault; do not store here'::text,
    CONSTRAINT "Invoices_Amount_check" CHECK (("Amount" >= (0)::numeric))
);


ALTER TABLE "Billing"."Invoices" OWNER TO app;

--
-- Name: COLUMN "Invoices".note; Type: COMMENT; Schema: Billing; Owner: app
--

COMMENT ON COLUMN "Billing"."Invoices".note IS 'Free text; never put a password here;
even on a second line.';


--
-- Name: remote_orders; Type: FOREIGN TABLE; Schema: public; Owner: app
--

CREATE FOREIGN TABLE public.remote_orders (
    id bigint,
    total numeric
)
SERVER warehouse
OPTIONS (
    schema_name 'sales',
    table_name 'orders'
);


ALTER FOREIGN TABLE public.remote_orders OWNER TO app;

--
-- Name: users; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text NOT NULL,
    password_hash text
);


ALTER TABLE public.users OWNER TO app;

--
-- Name: user_summary; Type: VIEW; Schema: public; Owner: app
--

CREATE VIEW public.user_summary AS
 SELECT id,
    split_part(email, '@'::text, 2) AS domain
   FROM public.users;


ALTER VIEW public.user_summary OWNER TO app;

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: app
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: orders_sub; Type: SUBSCRIPTION; Schema: -; Owner: app
--

CREATE SUBSCRIPTION orders_sub CONNECTION 'host=prod-primary.internal port=5432 user=replicator password=repl-secret-3 dbname=app' PUBLICATION orders_pub WITH (connect = false, slot_name = 'orders_sub');


ALTER SUBSCRIPTION orders_sub OWNER TO app;

--
-- Name: SUBSCRIPTION orders_sub; Type: COMMENT; Schema: -; Owner: app
--

COMMENT ON SUBSCRIPTION orders_sub IS 'replicates orders from production';


ALTER SUBSCRIPTION orders_sub CONNECTION 'host=prod-replica.internal password=repl-secret-4'; ALTER SUBSCRIPTION orders_sub ENABLE;

--
-- PostgreSQL database dump complete
--

\unrestrict Xy9aQ2fGkLmN0pRsT4uVwXyZ1bC3dE5f

--
-- Roles (as pg_dumpall --roles-only prints them)
--

CREATE ROLE app;
ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:c2FsdHNhbHQ=$c3RvcmVka2V5:c2VydmVya2V5';
CREATE ROLE "Report Reader" LOGIN PASSWORD 'md5-reader-secret-5' VALID UNTIL '2030-01-01';
CREATE USER etl WITH ENCRYPTED PASSWORD 'etl-secret-6' CONNECTION LIMIT 3;
ALTER USER etl PASSWORD 'etl-secret-7';
CREATE ROLE nologin_role NOLOGIN PASSWORD NULL;
ALTER ROLE app SET search_path TO public, "Billing";
ALTER USER MAPPING FOR app SERVER warehouse OPTIONS (SET password 'dw-password-8', ADD "user" 'etl2');
ALTER USER MAPPING FOR app SERVER warehouse OPTIONS (DROP password);
ALTER SERVER warehouse VERSION '2' OPTIONS (SET sslkey '/etc/keys/other.key');
ALTER SERVER warehouse OPTIONS (ADD aws_secret_access_key 'aws-secret-9');
