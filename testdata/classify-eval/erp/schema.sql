-- classify-eval fixture: a legacy ERP migrated from Oracle, in its
-- naming: a schema of its own, quoted UPPER_CASE abbreviated names
-- (CUST_NM, ADDR1, TEL_NO, BIRTH_DT, TAX_ID), CHAR flags, a code table.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA "ERP";

CREATE TABLE "ERP"."CD_MSTR" (
    "CD_TYP" varchar(10) NOT NULL,
    "CD_VAL" varchar(10) NOT NULL,
    "CD_DESC" varchar(80),
    PRIMARY KEY ("CD_TYP", "CD_VAL")
);
INSERT INTO "ERP"."CD_MSTR" VALUES ('CUST_TYP', 'RT', 'Retail'), ('CUST_TYP', 'WS', 'Wholesale'), ('CUST_TYP', 'GV', 'Government'),
    ('PAY_TRM', 'N30', 'Net 30 days'), ('PAY_TRM', 'N60', 'Net 60 days'), ('PAY_TRM', 'COD', 'Cash on delivery'),
    ('ORD_STS', 'O', 'Open'), ('ORD_STS', 'S', 'Shipped'), ('ORD_STS', 'C', 'Closed');

CREATE TABLE "ERP"."CUST_MSTR" (
    "CUST_NO" integer PRIMARY KEY,
    "CUST_NM" varchar(60) NOT NULL,
    "CUST_TYP" varchar(10) NOT NULL,
    "ADDR1" varchar(60),
    "ADDR2" varchar(60),
    "CITY" varchar(40),
    "ST" varchar(20),
    "ZIP_CD" varchar(10),
    "CNTRY" varchar(3),
    "TEL_NO" varchar(20),
    "FAX_NO" varchar(20),
    "EMAIL_ADDR" varchar(80),
    "TAX_ID" varchar(20),
    "CR_LMT" numeric(12, 2),
    "PAY_TRM" varchar(10),
    "ACTV_FLG" char(1) NOT NULL DEFAULT 'Y',
    "CRT_DT" date,
    "CRT_USR" varchar(8),
    "UPD_DT" date,
    "UPD_USR" varchar(8)
);
-- Retail customers are people (names, SSN or ITIN as tax id); others are
-- companies (EIN).
INSERT INTO "ERP"."CUST_MSTR"
SELECT i,
       CASE WHEN i % 3 = 0 THEN upper(fixture_gen.last_name('c', i) || ', ' || fixture_gen.first_name('c', i))
            ELSE upper(fixture_gen.pick(ARRAY['Midwest', 'Gulf Coast', 'Tri-County', 'Summit', 'Riverbend'], 'cn1', i) || ' '
                 || fixture_gen.pick(ARRAY['Plumbing', 'Electric Supply', 'Builders', 'Farm Co-op', 'School District'], 'cn2', i)) END,
       CASE WHEN i % 3 = 0 THEN 'RT' WHEN i % 3 = 1 THEN 'WS' ELSE 'GV' END,
       upper(fixture_gen.street('a', i)), CASE WHEN i % 5 = 0 THEN 'STE ' || (100 + i % 300)::text END,
       upper(fixture_gen.pick(ARRAY['Des Moines', 'Tulsa', 'Omaha', 'Wichita', 'Peoria', 'Duluth', 'Fargo'], 'ci', i)),
       fixture_gen.pick(ARRAY['IA', 'OK', 'NE', 'KS', 'IL', 'MN', 'ND'], 'st', i), fixture_gen.digits('z', i, 5), 'USA',
       '(' || (200 + fixture_gen.n('ta', i, 700))::text || ') ' || (200 + fixture_gen.n('tb', i, 700))::text || '-' || fixture_gen.digits('tc', i, 4),
       CASE WHEN i % 2 = 0 THEN '(' || (200 + fixture_gen.n('fa', i, 700))::text || ') ' || (200 + fixture_gen.n('fb', i, 700))::text || '-' || fixture_gen.digits('fc', i, 4) END,
       CASE WHEN i % 4 <> 0 THEN upper(fixture_gen.email('c', i)) END,
       CASE WHEN i % 3 = 0 THEN fixture_gen.ssn('tx', i)
            ELSE fixture_gen.pick(ARRAY['10', '27', '35', '46', '52', '84', '91'], 'ein', i) || '-' || fixture_gen.digits('ein', i, 7) END,
       500 * (1 + fixture_gen.n('cr', i, 400)),
       fixture_gen.pick(ARRAY['N30', 'N60', 'COD'], 'pt', i), CASE WHEN i % 11 = 0 THEN 'N' ELSE 'Y' END,
       date '2004-01-01' + fixture_gen.n('cd', i, 6000),
       upper(substr(fixture_gen.ascii(fixture_gen.first_name('usr', i % 6)), 1, 1) || substr(fixture_gen.ascii(fixture_gen.last_name('usr', i % 6)), 1, 7)),
       date '2020-01-01' + fixture_gen.n('ud', i, 1500),
       upper(substr(fixture_gen.ascii(fixture_gen.first_name('usr', i % 4)), 1, 1) || substr(fixture_gen.ascii(fixture_gen.last_name('usr', i % 4)), 1, 7))
FROM generate_series(1, 600) i;

CREATE TABLE "ERP"."EMP_MSTR" (
    "EMP_NO" integer PRIMARY KEY,
    "EMP_LST_NM" varchar(30) NOT NULL,
    "EMP_FST_NM" varchar(30) NOT NULL,
    "MID_INIT" char(1),
    "BIRTH_DT" date,
    "HIRE_DT" date,
    "TERM_DT" date,
    "SSN" char(9),
    "HOME_ADDR" varchar(60),
    "HOME_CITY" varchar(40),
    "HOME_ST" char(2),
    "HOME_ZIP" varchar(10),
    "HOME_TEL" varchar(20),
    "DEPT_CD" varchar(6),
    "JOB_TTL" varchar(40),
    "PAY_GRD" varchar(4),
    "BANK_ACCT_NO" varchar(17),
    "BANK_RTG_NO" char(9),
    "MGR_EMP_NO" integer
);
INSERT INTO "ERP"."EMP_MSTR"
SELECT i, upper(fixture_gen.last_name('e', i)), upper(fixture_gen.first_name('e', i)),
       substr('ABCDEFGHJKLMNPRSTW', 1 + i % 18, 1), fixture_gen.birth_date('eb', i),
       date '1995-01-01' + fixture_gen.n('eh', i, 10000), CASE WHEN i % 9 = 0 THEN date '2020-01-01' + fixture_gen.n('et', i, 1500) END,
       replace(fixture_gen.ssn('es', i), '-', ''),
       upper(fixture_gen.street('ea', i)), upper(fixture_gen.pick(ARRAY['Des Moines', 'Ankeny', 'Urbandale', 'Ames'], 'ec', i)), 'IA',
       fixture_gen.digits('ez', i, 5),
       fixture_gen.digits('et1', i, 3) || '-' || fixture_gen.digits('et2', i, 3) || '-' || fixture_gen.digits('et3', i, 4),
       fixture_gen.pick(ARRAY['ACCT', 'WHSE', 'SALES', 'IT', 'HR'], 'ed', i),
       upper(fixture_gen.pick(ARRAY['Accounts payable clerk', 'Forklift operator', 'Inside sales rep', 'Systems analyst', 'Payroll specialist'], 'ej', i)),
       'G' || (3 + i % 9)::text,
       fixture_gen.digits('ebk', i, 12), fixture_gen.pick(ARRAY['073000228', '073905527', '071000013', '104000016'], 'ert', i),
       CASE WHEN i > 10 THEN 1 + i % 10 END
FROM generate_series(1, 180) i;

CREATE TABLE "ERP"."ORD_HDR" (
    "ORD_NO" integer PRIMARY KEY,
    "CUST_NO" integer NOT NULL REFERENCES "ERP"."CUST_MSTR",
    "ORD_DT" date NOT NULL,
    "SHIP_TO_NM" varchar(60),
    "SHIP_ADDR1" varchar(60),
    "SHIP_CITY" varchar(40),
    "SHIP_ST" varchar(20),
    "SHIP_ZIP" varchar(10),
    "ORD_STS" char(1) NOT NULL,
    "SLS_REP" integer REFERENCES "ERP"."EMP_MSTR",
    "ORD_AMT" numeric(12, 2),
    "RMKS" varchar(240)
);
INSERT INTO "ERP"."ORD_HDR"
SELECT i, 1 + i % 600, date '2019-01-01' + fixture_gen.n('od', i, 2000),
       upper(fixture_gen.full_name('os', i)), upper(fixture_gen.street('os', i)),
       upper(fixture_gen.pick(ARRAY['Des Moines', 'Tulsa', 'Omaha', 'Wichita', 'Peoria'], 'oc', i)),
       fixture_gen.pick(ARRAY['IA', 'OK', 'NE', 'KS', 'IL'], 'ost', i), fixture_gen.digits('oz', i, 5),
       fixture_gen.pick(ARRAY['O', 'S', 'C'], 'ost2', i), 1 + i % 180, (100 + fixture_gen.n('oa', i, 500000)) / 10.0,
       CASE i % 4 WHEN 0 THEN 'CALL ' || upper(fixture_gen.first_name('or', i)) || ' AT ' || fixture_gen.digits('or1', i, 3) || '-' || fixture_gen.digits('or2', i, 3) || '-' || fixture_gen.digits('or3', i, 4) || ' BEFORE DELIVERY'
                  WHEN 1 THEN 'LIFTGATE REQUIRED. NO DELIVERIES FRIDAY PM.' ELSE NULL END
FROM generate_series(1, 3000) i;

CREATE TABLE "ERP"."ORD_DTL" (
    "ORD_NO" integer NOT NULL REFERENCES "ERP"."ORD_HDR",
    "LN_NO" smallint NOT NULL,
    "ITM_NO" varchar(15) NOT NULL,
    "QTY" numeric(9, 2) NOT NULL,
    "UNT_PRC" numeric(12, 4) NOT NULL,
    "UOM" varchar(4) NOT NULL,
    PRIMARY KEY ("ORD_NO", "LN_NO")
);
INSERT INTO "ERP"."ORD_DTL"
SELECT 1 + i / 3, (1 + i % 3)::smallint, 'ITM-' || lpad(fixture_gen.n('it', i, 5000)::text, 5, '0'), 1 + i % 40,
       (50 + fixture_gen.n('up', i, 20000)) / 100.0, fixture_gen.pick(ARRAY['EA', 'BX', 'FT', 'LB'], 'uom', i)
FROM generate_series(0, 8999) i;

-- The AP interface: vendor payments with bank details.
CREATE TABLE "ERP"."AP_VNDR" (
    "VNDR_NO" integer PRIMARY KEY,
    "VNDR_NM" varchar(60) NOT NULL,
    "REMIT_ADDR" varchar(120),
    "CONTACT" varchar(60),
    "TAX_ID" varchar(11),
    "W9_ON_FILE" char(1),
    "ACH_ACCT" varchar(17),
    "ACH_RTG" char(9)
);
INSERT INTO "ERP"."AP_VNDR"
SELECT i, upper(CASE WHEN i % 4 = 0 THEN fixture_gen.full_name('v', i) || ' DBA ' || fixture_gen.pick(ARRAY['HANDY FIX', 'QUICK HAUL', 'CLEAN SWEEP'], 'vd', i)
                     ELSE fixture_gen.pick(ARRAY['Acme Fasteners', 'Great Plains Steel', 'Heartland Packaging', 'Prairie Freight'], 'vn', i) || ' ' || i END),
       upper(fixture_gen.street('vr', i)) || ' ' || upper(fixture_gen.pick(ARRAY['Omaha NE', 'Tulsa OK', 'Ames IA'], 'vc', i)) || ' ' || fixture_gen.digits('vz', i, 5),
       upper(fixture_gen.full_name('vc', i)),
       CASE WHEN i % 4 = 0 THEN fixture_gen.ssn('vt', i) ELSE fixture_gen.pick(ARRAY['20', '36', '47', '61', '83'], 'vein', i) || '-' || fixture_gen.digits('vein', i, 7) END,
       CASE WHEN i % 7 = 0 THEN 'N' ELSE 'Y' END, fixture_gen.digits('vac', i, 11), fixture_gen.pick(ARRAY['073000228', '101000187', '104000016'], 'vrt', i)
FROM generate_series(1, 150) i;

-- A batch-job log whose message text names customers now and then.
CREATE TABLE "ERP"."JOB_LOG" (
    "LOG_ID" bigint PRIMARY KEY,
    "JOB_NM" varchar(30) NOT NULL,
    "RUN_TS" timestamp NOT NULL,
    "RTN_CD" smallint NOT NULL,
    "MSG_TXT" varchar(500)
);
INSERT INTO "ERP"."JOB_LOG"
SELECT i, fixture_gen.pick(ARRAY['ARAGING', 'INVRECALC', 'EDI850IN', 'PAYRUN'], 'jn', i), timestamp '2024-01-01' + make_interval(hours => i),
       (ARRAY[0, 0, 0, 4, 8])[1 + i % 5],
       CASE i % 5 WHEN 3 THEN 'WARN: CUST ' || (1 + i % 600) || ' OVER CREDIT LIMIT, HELD FOR REVIEW'
                  WHEN 4 THEN 'ERROR: EDI 850 REJECTED, NO SHIP-TO FOR ' || upper(fixture_gen.full_name('jm', i))
                  ELSE 'COMPLETED NORMALLY, ' || (i * 7 % 900) || ' RECORDS PROCESSED' END
FROM generate_series(1, 800) i;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
