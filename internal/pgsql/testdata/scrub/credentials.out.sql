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

CREATE SERVER warehouse FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'dw', host 'warehouse.internal', port '5432', sslmode 'verify-full');


ALTER SERVER warehouse OWNER TO app;

--
-- Name: USER MAPPING app SERVER warehouse; Type: USER MAPPING; Schema: -; Owner: app
--

CREATE USER MAPPING FOR app SERVER warehouse OPTIONS ("user" 'etl');


--
-- Name: USER MAPPING "Report Reader" SERVER warehouse; Type: USER MAPPING; Schema: -; Owner: app
--

CREATE USER MAPPING FOR "Report Reader" SERVER warehouse OPTIONS (
    "user" 'reader'
);


--
-- Name: USER MAPPING public SERVER warehouse; Type: USER MAPPING; Schema: -; Owner: app
--

CREATE USER MAPPING FOR public SERVER warehouse;


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

-- understudy: removed CREATE SUBSCRIPTION (a subscription connects to production)


-- understudy: removed ALTER SUBSCRIPTION OWNER (a subscription connects to production)

--
-- Name: SUBSCRIPTION orders_sub; Type: COMMENT; Schema: -; Owner: app
--

-- understudy: removed COMMENT ON SUBSCRIPTION (a subscription connects to production)


-- understudy: removed ALTER SUBSCRIPTION (a subscription connects to production)
 -- understudy: removed ALTER SUBSCRIPTION (a subscription connects to production)

--
-- PostgreSQL database dump complete
--

\unrestrict Xy9aQ2fGkLmN0pRsT4uVwXyZ1bC3dE5f

--
-- Roles (as pg_dumpall --roles-only prints them)
--

CREATE ROLE app;
ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE "Report Reader" WITH LOGIN VALID UNTIL '2030-01-01';
CREATE USER etl WITH CONNECTION LIMIT 3;
-- understudy: removed ALTER ROLE (nothing left after removing secrets)
CREATE ROLE nologin_role NOLOGIN PASSWORD NULL;
ALTER ROLE app SET search_path TO public, "Billing";
ALTER USER MAPPING FOR app SERVER warehouse OPTIONS (ADD "user" 'etl2');
ALTER USER MAPPING FOR app SERVER warehouse OPTIONS (DROP password);
ALTER SERVER warehouse VERSION '2';
-- understudy: removed ALTER SERVER (nothing left after removing secrets)
