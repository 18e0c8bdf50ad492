-- classify-eval fixture (HOLDOUT 55: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): a
-- self-hosted Medplum 3 FHIR server on PostgreSQL in the naming its
-- TypeScript migrations create: one table per FHIR resource type, quoted
-- PascalCase ("Patient", "MedicationRequest"), each with id uuid, content
-- text (the resource's JSON), "lastUpdated", deleted, compartments uuid[],
-- "projectId", the meta columns _profile/_security/_source/_tag, and the
-- denormalised search columns in camelCase (and some run-together lower case:
-- authoredon, contenttype, relatesto), references kept as 'Type/uuid' text,
-- token values as 'system|code'; the matching "<Type>_History" tables of
-- every version, "<Type>_Token" and "<Type>_References" lookup rows, the
-- "HumanName" and "Address" lookup tables, the older "ContactPoint" and
-- "Identifier" lookup tables (id, index, content JSON) that the upgrade left
-- in place with the rows written before it, and the terminology table
-- "Coding". A subset of Medplum's tables (32 of several hundred), each with
-- all of its columns as the migrations leave them; written from knowledge of
-- Medplum's migrations and checked against its schema dump.
--
-- The instance is fhir.cedarvalleycbh.org, run by Cedar Valley Community
-- Behavioral Health, a community mental-health and addiction-services clinic
-- in Portland, Oregon (outpatient therapy, psychiatry, medication for opioid
-- use disorder, peer recovery mentors, case management). Its one Medplum
-- project holds its clients (Oregon Health Plan members, some homeless, some
-- referred by the county drug court), clinicians and front-desk staff;
-- referrals from emergency departments, primary care and the court; intake,
-- PHQ-9, GAD-7 and AUDIT-C questionnaires and their answers; diagnoses,
-- prescriptions (buprenorphine, naltrexone, antidepressants), urine drug
-- screens, housing status, 42 CFR Part 2 consents to disclose, scanned
-- documents, secure messages and SMS reminders sent through Twilio by bots;
-- and its integrations: OAuth client applications, bots (some with a key
-- pasted in their legacy inline code), rest-hook subscriptions, logins with
-- their cookies and codes, password-reset and invite requests, and the audit
-- log of logins, searches and bot runs (bot console output included).
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA mpgen;

-- iso: a FHIR instant; pid: the clinic's project id.
CREATE FUNCTION mpgen.iso(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

CREATE FUNCTION mpgen.pid() RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.uuid('mp-project', 1)::uuid $$;

-- at: a time between two instants.
CREATE FUNCTION mpgen.at(tag text, i bigint, lo timestamptz, hi timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int))
$$;

-- usphone: a US phone number in the formats the front desk types.
CREATE FUNCTION mpgen.usphone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'f', i, 4)
    WHEN 0 THEN '(' || a || ') ' || e || '-' || l
    WHEN 1 THEN a || '-' || e || '-' || l
    WHEN 2 THEN '+1' || a || e || l
    ELSE a || '.' || e || '.' || l END
  FROM (SELECT fixture_gen.pick(ARRAY['503', '503', '971', '360', '541'], tag || 'a', i) AS a,
               (200 + fixture_gen.n(tag || 'e', i, 700))::text AS e, fixture_gen.digits(tag || 'l', i, 4) AS l) x
$$;

-- ua: a browser or app user agent; ip: a client address.
CREATE FUNCTION mpgen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 13; SM-A135U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15',
    'CedarValleyPortal/2.4.1 (iPhone14,7; iOS 17.3) okhttp-free',
    'CedarValleyPortal/2.4.0 (Android 12; moto g stylus 5G)',
    'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
    'Medplum-Bot-Lambda/3.1.4'], tag, i)
$$;

CREATE FUNCTION mpgen.ip(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag || 'k', i, 5)
    WHEN 0 THEN '10.40.' || fixture_gen.n(tag || 'c', i, 8)::text || '.' || (2 + fixture_gen.n(tag || 'd', i, 250))::text
    WHEN 1 THEN fixture_gen.ipv6(tag, i)
    ELSE fixture_gen.ipv4(tag, i) END
$$;

-- tokenish helpers: hex secrets, URL-safe base64, base32 (TOTP).
CREATE FUNCTION mpgen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(rtrim(fixture_gen.b64(tag, i, len), '='), '+/', '-_') $$;

CREATE FUNCTION mpgen.base32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;

-- code: a FHIR CodeableConcept of one coding; tok: the 'system|code' string
-- Medplum keeps in token columns.
CREATE FUNCTION mpgen.cc(sys text, code text, display text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('coding', jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('system', sys, 'code', code, 'display', display))), 'text', display)
$$;

CREATE FUNCTION mpgen.ref(t text, id uuid, display text DEFAULT NULL) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_strip_nulls(jsonb_build_object('reference', t || '/' || id, 'display', display)) $$;

-- meta: what Medplum writes into every resource's meta (the author's display
-- is the name of the user, bot or client behind the change).
CREATE FUNCTION mpgen.meta(vid uuid, ts timestamptz, author_type text, author uuid, author_display text, comps uuid[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object('versionId', vid, 'lastUpdated', mpgen.iso(ts),
    'author', mpgen.ref(author_type, author, author_display), 'project', mpgen.pid(),
    'compartment', (SELECT jsonb_agg(jsonb_build_object('reference', CASE WHEN c = mpgen.pid() THEN 'Project/' ELSE 'Patient/' END || c) ORDER BY k)
                    FROM unnest(comps) WITH ORDINALITY u(c, k))))
$$;

-- The clinicians and staff (Practitioner resources, users of the app).
CREATE TABLE mpgen.pr (i int PRIMARY KEY, id uuid, uid uuid, f text, l text, name text, cred text, role text, email text, npi text, phone text, gender text, aad uuid);
INSERT INTO mpgen.pr
SELECT i, fixture_gen.uuid('pr', i)::uuid, fixture_gen.uuid('pru', i)::uuid, f, l,
       CASE WHEN i <= 4 THEN f || ' ' || l || ', ' || c WHEN i <= 22 THEN f || ' ' || l || ', ' || c ELSE f || ' ' || l END,
       c, r,
       fixture_gen.ascii(f) || '.' || fixture_gen.ascii(l) || '@cedarvalleycbh.org',
       CASE WHEN i <= 22 OR i IN (27, 28) THEN right(fixture_gen.luhn('80840' || '1' || fixture_gen.digits('npi', i, 8)), 10) END,
       '(503) 555-01' || lpad((10 + i)::text, 2, '0'),
       CASE WHEN i % 3 = 0 THEN 'male' ELSE 'female' END,
       fixture_gen.uuid('aad', i)::uuid
FROM generate_series(1, 34) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('prf', i) AS f, fixture_gen.last_name('prl', i) AS l,
  CASE WHEN i <= 2 THEN 'MD' WHEN i <= 4 THEN 'PMHNP' WHEN i <= 12 THEN 'LCSW' WHEN i <= 16 THEN 'LPC' WHEN i <= 22 THEN 'CADC II'
       WHEN i <= 26 THEN 'CRM' WHEN i <= 28 THEN 'RN' WHEN i <= 30 THEN 'Front desk' WHEN i = 31 THEN 'Clinical director'
       WHEN i = 32 THEN 'Health information' WHEN i = 33 THEN 'IT' ELSE 'Billing' END AS c,
  CASE WHEN i <= 2 THEN 'Psychiatrist' WHEN i <= 4 THEN 'Psychiatric nurse practitioner' WHEN i <= 16 THEN 'Therapist' WHEN i <= 22 THEN 'Addiction counselor'
       WHEN i <= 26 THEN 'Peer recovery mentor' WHEN i <= 28 THEN 'Nurse' WHEN i <= 30 THEN 'Front desk' WHEN i = 31 THEN 'Clinical director'
       WHEN i = 32 THEN 'Medical records' WHEN i = 33 THEN 'IT administrator' ELSE 'Billing specialist' END AS r) x;

-- The clients (Patient resources).
CREATE TABLE mpgen.pt (i int PRIMARY KEY, id uuid, f text, l text, middle text, nick text, name text, dob date, gender text, gid text,
  phone text, email text, street text, city text, state text, zip text, ssn text, mrn text, ohp text, race text, racename text, eth text, lang text,
  ec_name text, ec_rel text, ec_phone text, created timestamptz, housing int, prog text, sens text, prescriber int, counselor int, uid uuid);
INSERT INTO mpgen.pt
SELECT i, fixture_gen.uuid('pt', i)::uuid, f, l,
       CASE WHEN i % 4 = 0 THEN fixture_gen.first_name('ptm', i) END,
       CASE WHEN i % 7 = 0 THEN fixture_gen.pick(ARRAY['Mo', 'Jay', 'Tee', 'Lu', 'Bea', 'Kiki', 'Sonny', 'Dee'], 'ptn', i) END,
       f || ' ' || l,
       date '1958-01-01' + fixture_gen.n('ptdob', i, 365 * 47),
       g,
       CASE WHEN g = 'other' THEN fixture_gen.pick(ARRAY['http://snomed.info/sct|33791000087105', 'http://snomed.info/sct|446141000124107', 'http://snomed.info/sct|446151000124109'], 'ptgi', i)
            WHEN i % 11 = 0 THEN 'http://terminology.hl7.org/CodeSystem/v3-NullFlavor|ASKU' END,
       mpgen.usphone('ptph', i),
       CASE WHEN i % 5 <> 0 THEN fixture_gen.ascii(f) || CASE WHEN i % 2 = 0 THEN '.' ELSE '' END || fixture_gen.ascii(l) || (i % 97)::text || '@'
         || fixture_gen.pick(ARRAY['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'outlook.com', 'comcast.net'], 'ptmd', i) END,
       CASE WHEN i % 10 = 3 THEN 'General Delivery'
            WHEN i % 10 = 7 THEN 'c/o Burnside Day Center, 412 NW Couch St'
            ELSE (100 + fixture_gen.n('ptsn', i, 19800))::text || ' ' || fixture_gen.pick(ARRAY['SE Division St', 'NE Alberta St', 'N Lombard St', 'SE 82nd Ave', 'NW Glisan St',
                   'SE Powell Blvd', 'NE Sandy Blvd', 'SW Barbur Blvd', 'N Interstate Ave', 'SE Foster Rd', 'NE 122nd Ave', 'SE Stark St', 'NE Halsey St'], 'ptst', i)
                 || CASE WHEN i % 3 = 0 THEN ' Apt ' || (1 + fixture_gen.n('ptap', i, 40))::text || fixture_gen.pick(ARRAY['A', 'B', 'C', ''], 'ptapl', i) ELSE '' END END,
       c,
       CASE WHEN c = 'Vancouver' THEN 'WA' ELSE 'OR' END,
       CASE c WHEN 'Portland' THEN '972' || fixture_gen.pick(ARRAY['02', '03', '06', '11', '12', '13', '14', '15', '16', '17', '18', '20', '30', '33', '66'], 'ptz', i)
              WHEN 'Gresham' THEN fixture_gen.pick(ARRAY['97030', '97080'], 'ptz', i) WHEN 'Beaverton' THEN fixture_gen.pick(ARRAY['97005', '97006'], 'ptz', i)
              WHEN 'Milwaukie' THEN '97222' WHEN 'Tigard' THEN '97223' WHEN 'Hillsboro' THEN fixture_gen.pick(ARRAY['97123', '97124'], 'ptz', i)
              ELSE fixture_gen.pick(ARRAY['98660', '98661', '98682'], 'ptz', i) END,
       CASE WHEN i % 6 <> 0 THEN fixture_gen.ssn('ptssn', i) END,
       'CV' || lpad((10000 + i * 37)::text, 6, '0'),
       CASE WHEN i % 3 <> 0 THEN fixture_gen.chars('ohp', i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || fixture_gen.digits('ohp', i, 5) || fixture_gen.chars('ohp2', i, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ') END,
       (ARRAY['2106-3', '2106-3', '2106-3', '2054-5', '2028-9', '1002-5', '2076-8', '2131-1'])[rk],
       (ARRAY['White', 'White', 'White', 'Black or African American', 'Asian', 'American Indian or Alaska Native', 'Native Hawaiian or Other Pacific Islander', 'Other Race'])[rk],
       CASE WHEN i % 5 = 1 THEN '2135-2' ELSE '2186-5' END,
       fixture_gen.pick(ARRAY['en', 'en', 'en', 'en', 'en', 'es', 'es', 'vi', 'ru', 'so', 'zh', 'uk'], 'ptlang', i),
       CASE WHEN i % 4 <> 2 THEN fixture_gen.full_name('ptec', i) END,
       fixture_gen.pick(ARRAY['mother', 'sister', 'partner', 'friend', 'brother', 'aunt', 'sponsor', 'father'], 'ptecr', i),
       mpgen.usphone('ptecp', i),
       mpgen.at('ptcr', i, '2021-03-01', '2024-09-30'),
       CASE WHEN i % 10 IN (3, 7) THEN 2 WHEN i % 4 = 1 THEN 1 ELSE 0 END,
       fixture_gen.pick(ARRAY['mat', 'mat', 'outpatient-mh', 'outpatient-mh', 'act-team', 'youth-transition', 'drug-court', 'dual-diagnosis'], 'ptprog', i),
       CASE WHEN i % 3 = 0 THEN 'ETH' WHEN i % 3 = 1 THEN 'PSY' END,
       1 + i % 4, 5 + i % 18,
       CASE WHEN i % 2 = 0 THEN fixture_gen.uuid('ptu', i)::uuid END
FROM generate_series(1, 120) i
CROSS JOIN LATERAL (SELECT fixture_gen.first_name('ptf', i) AS f, fixture_gen.last_name('ptl', i) AS l,
  CASE WHEN i % 9 < 4 THEN 'female' WHEN i % 9 < 8 THEN 'male' ELSE 'other' END AS g,
  fixture_gen.pick(ARRAY['Portland', 'Portland', 'Portland', 'Portland', 'Gresham', 'Gresham', 'Beaverton', 'Milwaukie', 'Tigard', 'Hillsboro', 'Vancouver'], 'ptcity', i) AS c,
  1 + fixture_gen.n('ptrace', i, 8) AS rk) x;

-- Organizations and places referred to by display.
CREATE TABLE mpgen.org (i int PRIMARY KEY, id uuid, name text);
INSERT INTO mpgen.org VALUES
  (1, fixture_gen.uuid('org', 1)::uuid, 'Cedar Valley Community Behavioral Health'),
  (2, fixture_gen.uuid('org', 2)::uuid, 'Providence Portland Medical Center Emergency Department'),
  (3, fixture_gen.uuid('org', 3)::uuid, 'Multnomah County Adult Drug Court'),
  (4, fixture_gen.uuid('org', 4)::uuid, 'OHSU Family Medicine at Richmond'),
  (5, fixture_gen.uuid('org', 5)::uuid, 'Legacy Emanuel Medical Center'),
  (6, fixture_gen.uuid('org', 6)::uuid, 'Cascade Reference Laboratory'),
  (7, fixture_gen.uuid('org', 7)::uuid, 'Multnomah County Community Justice - Adult Probation'),
  (8, fixture_gen.uuid('org', 8)::uuid, 'Bridgeway House Women''s Shelter'),
  (9, fixture_gen.uuid('org', 9)::uuid, 'CareOregon (Health Share of Oregon)'),
  (10, fixture_gen.uuid('org', 10)::uuid, 'Project Lantern Crisis Line');

-- Bots and client applications (integrations).
CREATE TABLE mpgen.bot (i int PRIMARY KEY, id uuid, name text, descr text);
INSERT INTO mpgen.bot
SELECT k, fixture_gen.uuid('bot', k)::uuid, n, d
FROM unnest(ARRAY['twilio-sms-reminders', 'hl7-lab-results-inbound', 'phq9-gad7-scorer', 'referral-fax-ingest', 'intake-questionnaire-to-patient',
  'naloxone-kit-tracker', 'pdmp-lookup', 'medicaid-eligibility-check', 'no-show-followup', 'crisis-line-handoff', 'consent-42cfr2-checker',
  'dosing-log-sync', 'care-everywhere-cda-import', 'audit-export-s3', 'portal-invite-sendgrid', 'uds-result-flagger', 'caseload-report-weekly',
  'telehealth-link-zoom', 'hmis-sync', 'test-bot-do-not-use'],
  ARRAY['Sends appointment reminders and two-way SMS through Twilio', 'Parses ORU^R01 messages from Cascade Reference Laboratory into Observations',
  'Scores PHQ-9 and GAD-7 QuestionnaireResponses into Observations', 'Turns inbound eFax PDFs into DocumentReferences and referral Tasks',
  'Creates or updates the Patient from the intake questionnaire', 'Tracks naloxone kits handed out at the front desk',
  'Queries the Oregon PDMP for controlled-substance fills before buprenorphine starts', 'Runs 270/271 eligibility checks against the clearinghouse',
  'Texts clients who missed an appointment', 'Creates a Communication and Task when the crisis line hands a caller over',
  'Blocks disclosure of Part 2 records without an active Consent', 'Syncs methadone and buprenorphine dosing from the dispensing system',
  'Imports C-CDA documents from Epic Care Everywhere', 'Exports the audit log to S3 nightly', 'Sends patient portal invitations through SendGrid',
  'Flags positive urine drug screens for the prescriber', 'Builds the weekly caseload report for supervisors', 'Creates Zoom meetings for telehealth appointments',
  'Pushes housing status to the county HMIS', 'Scratch bot for testing, do not enable']) WITH ORDINALITY u(n, d, k);

CREATE TABLE mpgen.app (i int PRIMARY KEY, id uuid, name text, descr text, redirect text);
INSERT INTO mpgen.app
SELECT k, fixture_gen.uuid('app', k)::uuid, n, d, r
FROM unnest(ARRAY['Cedar Valley Patient Portal', 'Cedar Valley Staff App', 'Twilio inbound SMS webhook', 'Cascade Reference Lab HL7 interface',
  'Epic Care Everywhere bridge', 'Zoom telehealth', 'Tableau reporting (read only)', 'Multnomah HMIS connector', 'Availity eligibility',
  'PHQ Tracker SMART app', 'SRFax gateway', 'Nightly export job', 'Cedar Valley iOS', 'Cedar Valley Android', 'Project Lantern CAD integration',
  'Oregon PDMP gateway', 'Drug court portal', 'Dev - local testing', 'Staging sync', 'Old intake form (Typeform) - retired'],
  ARRAY['Client-facing portal: messages, forms, appointments', 'Medplum app for clinicians and front desk', 'Receives inbound SMS from Twilio',
  'MLLP-to-FHIR bridge for lab results', 'Pulls outside records for new clients', 'Creates and ends telehealth sessions', 'Read-only extract for the quality team',
  'Housing status exchange with the county', 'X12 270/271 eligibility', 'SMART on FHIR app for measurement-based care', 'Inbound and outbound fax',
  'Full export to the data warehouse', 'Mobile portal (App Store)', 'Mobile portal (Play Store)', 'Warm handoffs from the crisis line',
  'PDMP queries for prescribers', 'Attendance and UDS results for the court, consent permitting', 'Developer sandbox client', 'Copies test data to staging',
  'Replaced by the portal intake in 2023']) WITH ORDINALITY u(n, d, k)
CROSS JOIN LATERAL (SELECT CASE k WHEN 1 THEN 'https://portal.cedarvalleycbh.org/signin' WHEN 2 THEN 'https://app.cedarvalleycbh.org/signin'
  WHEN 10 THEN 'https://phqtracker.example-smart.app/launch/callback' WHEN 13 THEN 'org.cedarvalleycbh.portal://oauth' WHEN 14 THEN 'org.cedarvalleycbh.portal://oauth'
  WHEN 17 THEN 'https://drugcourt.multco.example/oauth/callback' WHEN 18 THEN 'http://localhost:3000/signin' END AS r) x;

-- note: what clinicians type in notes and comments; some name a relative,
-- a probation officer or a phone number, most do not.
CREATE FUNCTION mpgen.note(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 16)
    WHEN 0 THEN 'Client reports ' || (3 + fixture_gen.n(tag || 'd', i, 60))::text || ' days abstinent; attended two NA meetings this week. Plan: continue current dose.'
    WHEN 1 THEN 'Sister ' || fixture_gen.first_name(tag || 's', i) || ' called asking whether client is here; did not confirm, no ROI on file.'
    WHEN 2 THEN 'PHQ-9 down from ' || (15 + fixture_gen.n(tag || 'a', i, 10))::text || ' to ' || (5 + fixture_gen.n(tag || 'b', i, 9))::text || '. Denies SI/HI. Sleep better on trazodone.'
    WHEN 3 THEN 'Staying with cousin ' || fixture_gen.full_name(tag || 'c', i) || ' in Gresham until the housing voucher comes through.'
    WHEN 4 THEN 'PO ' || fixture_gen.full_name(tag || 'p', i) || ' (' || mpgen.usphone(tag || 'pp', i) || ') asked for an attendance letter; ROI on file, sent.'
    WHEN 5 THEN 'Missed appointment; left voicemail. Will try again Thursday.'
    WHEN 6 THEN 'UDS positive for fentanyl and THC. Discussed harm reduction, naloxone kit given.'
    WHEN 7 THEN 'Disclosed DV by partner ' || fixture_gen.first_name(tag || 'v', i) || '; safety plan completed, referred to Bridgeway House.'
    WHEN 8 THEN 'Asked about changing SSRI because of side effects. Will discuss with prescriber at next visit.'
    WHEN 9 THEN 'Called client at ' || mpgen.usphone(tag || 'ph', i) || ' to confirm intake; no answer, mailbox full.'
    WHEN 10 THEN 'Group attendance good. Shared about grief after the loss of a friend to overdose.'
    WHEN 11 THEN 'Client''s mother ' || fixture_gen.full_name(tag || 'm', i) || ' is now the emergency contact; new number ' || mpgen.usphone(tag || 'mp', i) || '.'
    WHEN 12 THEN 'Started new job at a warehouse in Troutdale; needs evening appointments from next month.'
    WHEN 13 THEN 'Pregnant, about 14 weeks; coordinated with OB at OHSU. Continue buprenorphine.'
    WHEN 14 THEN 'No concerns today.'
    ELSE 'Case conference with ' || fixture_gen.full_name(tag || 'k', i) || ' from CareOregon about residential placement.' END
$$;

-- ---------------------------------------------------------------------------
-- Patients: the resource, its versions, its tokens and its references.

CREATE FUNCTION mpgen.patient_json(p mpgen.pt, v int, ts timestamptz) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object(
    'resourceType', 'Patient', 'id', p.id,
    'meta', mpgen.meta(fixture_gen.uuid('ptv' || v, p.i)::uuid, ts, CASE WHEN p.i % 3 = 0 AND v = 1 THEN 'Bot' ELSE 'Practitioner' END,
              CASE WHEN p.i % 3 = 0 AND v = 1 THEN fixture_gen.uuid('bot', 5)::uuid ELSE fixture_gen.uuid('pr', 29 + p.i % 2)::uuid END,
              CASE WHEN p.i % 3 = 0 AND v = 1 THEN 'intake-questionnaire-to-patient' ELSE (SELECT name FROM mpgen.pr WHERE i = 29 + p.i % 2) END, ARRAY[mpgen.pid(), p.id])
            || jsonb_strip_nulls(jsonb_build_object(
                 'security', CASE WHEN p.sens IS NOT NULL THEN jsonb_build_array(jsonb_build_object('system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', p.sens)) END,
                 'tag', jsonb_build_array(jsonb_build_object('system', 'https://cedarvalleycbh.org/fhir/program', 'code', p.prog)))),
    'extension', jsonb_build_array(
       jsonb_build_object('url', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race', 'extension', jsonb_build_array(
         jsonb_build_object('url', 'ombCategory', 'valueCoding', jsonb_build_object('system', 'urn:oid:2.16.840.1.113883.6.238', 'code', p.race, 'display', p.racename)),
         jsonb_build_object('url', 'text', 'valueString', p.racename))),
       jsonb_build_object('url', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity', 'extension', jsonb_build_array(
         jsonb_build_object('url', 'ombCategory', 'valueCoding', jsonb_build_object('system', 'urn:oid:2.16.840.1.113883.6.238', 'code', p.eth)))),
       jsonb_build_object('url', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', 'valueCode', CASE p.gender WHEN 'female' THEN 'F' WHEN 'male' THEN 'M' ELSE 'UNK' END)),
    'identifier', (SELECT jsonb_agg(e) FROM unnest(ARRAY[
       jsonb_build_object('system', 'https://cedarvalleycbh.org/fhir/mrn', 'value', p.mrn, 'type', mpgen.cc('http://terminology.hl7.org/CodeSystem/v2-0203', 'MR', 'Medical record number')),
       CASE WHEN p.ssn IS NOT NULL THEN jsonb_build_object('system', 'http://hl7.org/fhir/sid/us-ssn', 'value', p.ssn) END,
       CASE WHEN p.ohp IS NOT NULL THEN jsonb_build_object('system', 'https://www.oregon.gov/oha/ohp-id', 'value', p.ohp) END]) e WHERE e IS NOT NULL),
    'active', NOT (p.i % 40 = 13 OR p.i % 13 = 0),
    'name', (SELECT jsonb_agg(e) FROM unnest(ARRAY[
       jsonb_strip_nulls(jsonb_build_object('use', 'official', 'family', p.l, 'given', CASE WHEN p.middle IS NULL THEN jsonb_build_array(p.f) ELSE jsonb_build_array(p.f, p.middle) END)),
       CASE WHEN p.nick IS NOT NULL THEN jsonb_build_object('use', 'usual', 'given', jsonb_build_array(p.nick), 'family', p.l) END]) e WHERE e IS NOT NULL),
    'telecom', (SELECT jsonb_agg(e) FROM unnest(ARRAY[
       jsonb_build_object('system', 'phone', 'value', CASE WHEN v = 1 AND p.i % 2 = 0 THEN mpgen.usphone('ptphold', p.i) ELSE p.phone END, 'use', 'mobile'),
       CASE WHEN p.email IS NOT NULL THEN jsonb_build_object('system', 'email', 'value', p.email) END]) e WHERE e IS NOT NULL),
    'gender', p.gender,
    'birthDate', p.dob::text,
    'deceasedDateTime', CASE WHEN p.i % 40 = 13 AND v = 2 THEN mpgen.iso(mpgen.at('ptdd', p.i, '2023-06-01', '2024-12-01')) END,
    'address', jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('use', CASE WHEN p.housing = 2 THEN 'temp' ELSE 'home' END,
       'line', jsonb_build_array(CASE WHEN v = 1 AND p.i % 3 = 1 THEN (200 + fixture_gen.n('ptold', p.i, 9000))::text || ' SE Holgate Blvd' ELSE p.street END),
       'city', p.city, 'state', p.state, 'postalCode', p.zip))),
    'contact', CASE WHEN p.ec_name IS NOT NULL THEN jsonb_build_array(jsonb_build_object(
       'relationship', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/v2-0131', 'C', 'Emergency Contact'), jsonb_build_object('text', p.ec_rel)),
       'name', jsonb_build_object('text', p.ec_name), 'telecom', jsonb_build_array(jsonb_build_object('system', 'phone', 'value', p.ec_phone)))) END,
    'communication', jsonb_build_array(jsonb_build_object('language', mpgen.cc('urn:ietf:bcp:47', p.lang, NULL), 'preferred', true)),
    'generalPractitioner', jsonb_build_array(mpgen.ref('Practitioner', fixture_gen.uuid('pr', p.prescriber)::uuid, (SELECT name FROM mpgen.pr WHERE i = p.prescriber))),
    'managingOrganization', mpgen.ref('Organization', fixture_gen.uuid('org', 1)::uuid, 'Cedar Valley Community Behavioral Health')))
$$;

CREATE TABLE "Patient" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  active boolean,
  birthdate date,
  "deathDate" timestamp with time zone,
  deceased boolean,
  gender text,
  "generalPractitioner" text[],
  language text[],
  link text[],
  organization text,
  phonetic text[],
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  ethnicity text[],
  "genderIdentity" text[],
  race text[],
  CONSTRAINT "Patient_pkey" PRIMARY KEY (id)
);
CREATE INDEX "Patient_compartments_idx" ON "Patient" USING gin (compartments);
CREATE INDEX "Patient_lastUpdated_idx" ON "Patient" ("lastUpdated");
CREATE INDEX "Patient_birthdate_idx" ON "Patient" (birthdate);

INSERT INTO "Patient" (id, content, "lastUpdated", compartments, active, birthdate, "deathDate", deceased, gender, "generalPractitioner", language, link,
  organization, phonetic, deleted, _profile, _security, _source, _tag, "projectId", ethnicity, "genderIdentity", race)
SELECT p.id,
       CASE WHEN p.i IN (58, 101) THEN '' ELSE mpgen.patient_json(p, 2, lu)::text END,
       lu,
       ARRAY[mpgen.pid(), p.id],
       NOT (p.i % 40 = 13 OR p.i % 13 = 0),
       p.dob,
       CASE WHEN p.i % 40 = 13 THEN mpgen.at('ptdd', p.i, '2023-06-01', '2024-12-01') END,
       CASE WHEN p.i % 40 = 13 THEN true WHEN p.i % 5 = 0 THEN false END,
       p.gender,
       ARRAY['Practitioner/' || fixture_gen.uuid('pr', p.prescriber)],
       ARRAY['urn:ietf:bcp:47|' || p.lang],
       CASE WHEN p.i % 30 = 0 THEN ARRAY['Patient/' || fixture_gen.uuid('pt', p.i - 1)] END,
       'Organization/' || fixture_gen.uuid('org', 1),
       CASE WHEN p.nick IS NOT NULL THEN ARRAY[p.f || ' ' || p.l, p.nick || ' ' || p.l] ELSE ARRAY[concat_ws(' ', p.f, p.middle, p.l)] END,
       p.i IN (58, 101),
       ARRAY['http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient'],
       CASE WHEN p.sens IS NOT NULL THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|' || p.sens] END,
       CASE WHEN p.i % 3 = 0 THEN 'https://portal.cedarvalleycbh.org/intake' END,
       ARRAY['https://cedarvalleycbh.org/fhir/program|' || p.prog],
       mpgen.pid(),
       ARRAY['urn:oid:2.16.840.1.113883.6.238|' || p.eth],
       CASE WHEN p.gid IS NOT NULL THEN ARRAY[p.gid] END,
       ARRAY['urn:oid:2.16.840.1.113883.6.238|' || p.race]
FROM mpgen.pt p CROSS JOIN LATERAL (SELECT mpgen.at('ptlu', p.i, p.created + interval '30 days', '2025-01-15') AS lu) x
ORDER BY p.i;

CREATE TABLE "Patient_History" (
  "versionId" uuid NOT NULL,
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  CONSTRAINT "Patient_History_pkey" PRIMARY KEY ("versionId")
);
CREATE INDEX "Patient_History_id_idx" ON "Patient_History" (id);

INSERT INTO "Patient_History" ("versionId", id, content, "lastUpdated")
SELECT fixture_gen.uuid('ptv' || v, p.i)::uuid, p.id,
       CASE WHEN v = 3 THEN '' ELSE mpgen.patient_json(p, v, CASE WHEN v = 1 THEN p.created ELSE x.lu END)::text END,
       CASE WHEN v = 1 THEN p.created WHEN v = 2 THEN x.lu ELSE x.lu + interval '2 days' END
FROM mpgen.pt p CROSS JOIN LATERAL (SELECT mpgen.at('ptlu', p.i, p.created + interval '30 days', '2025-01-15') AS lu) x
CROSS JOIN generate_series(1, 3) v
WHERE (v = 1 AND p.i % 3 <> 2) OR v = 2 OR (v = 3 AND p.i IN (58, 101))
ORDER BY p.i, v;

CREATE TABLE "Patient_Token" (
  "resourceId" uuid NOT NULL,
  code text NOT NULL,
  system text,
  value text
);
CREATE INDEX "Patient_Token_resourceId_idx" ON "Patient_Token" ("resourceId");
CREATE INDEX "Patient_Token_code_idx" ON "Patient_Token" (code);
CREATE INDEX "Patient_Token_value_idx" ON "Patient_Token" (value);

INSERT INTO "Patient_Token" ("resourceId", code, system, value)
SELECT p.id, t.code, t.system, t.value
FROM mpgen.pt p
CROSS JOIN LATERAL (VALUES
  (1, 'identifier', 'https://cedarvalleycbh.org/fhir/mrn', p.mrn),
  (2, 'identifier', 'http://hl7.org/fhir/sid/us-ssn', p.ssn),
  (3, 'identifier', 'https://www.oregon.gov/oha/ohp-id', p.ohp),
  (4, 'phone', 'phone', p.phone),
  (5, 'telecom', 'phone', CASE WHEN p.i % 4 = 0 THEN p.phone END),
  (6, 'email', 'email', p.email),
  (7, 'telecom', 'email', CASE WHEN p.i % 4 = 0 THEN p.email END),
  (8, 'language', 'urn:ietf:bcp:47', p.lang),
  (9, 'language', 'text', CASE WHEN p.i % 2 = 0 THEN (CASE p.lang WHEN 'en' THEN 'English' WHEN 'es' THEN 'Spanish' WHEN 'vi' THEN 'Vietnamese' WHEN 'ru' THEN 'Russian'
                                                   WHEN 'so' THEN 'Somali' WHEN 'zh' THEN 'Chinese' ELSE 'Ukrainian' END) END),
  (10, '_tag', 'https://cedarvalleycbh.org/fhir/program', p.prog)) t(k, code, system, value)
WHERE t.value IS NOT NULL AND p.i NOT IN (58, 101)
ORDER BY p.i, t.k;

CREATE TABLE "Patient_References" (
  "resourceId" uuid NOT NULL,
  "targetId" uuid NOT NULL,
  code text NOT NULL,
  CONSTRAINT "Patient_References_pkey" PRIMARY KEY ("resourceId", "targetId", code)
);
INSERT INTO "Patient_References" ("resourceId", "targetId", code)
SELECT p.id, fixture_gen.uuid('pr', p.prescriber)::uuid, 'general-practitioner' FROM mpgen.pt p WHERE p.i NOT IN (58, 101)
UNION ALL
SELECT p.id, fixture_gen.uuid('org', 1)::uuid, 'organization' FROM mpgen.pt p WHERE p.i NOT IN (58, 101)
UNION ALL
SELECT p.id, fixture_gen.uuid('pt', p.i - 1)::uuid, 'link' FROM mpgen.pt p WHERE p.i % 30 = 0;

-- ---------------------------------------------------------------------------
-- Practitioners.

CREATE TABLE "Practitioner" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  gender text,
  phonetic text[],
  active boolean,
  communication text[],
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "Practitioner_pkey" PRIMARY KEY (id)
);

INSERT INTO "Practitioner" (id, content, "lastUpdated", compartments, gender, phonetic, active, communication, deleted, _profile, _security, _source, _tag, "projectId")
SELECT r.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'Practitioner', 'id', r.id,
         'meta', mpgen.meta(fixture_gen.uuid('prv', r.i)::uuid, lu, 'Practitioner', fixture_gen.uuid('pr', 33)::uuid, (SELECT name FROM mpgen.pr WHERE i = 33), ARRAY[mpgen.pid()]),
         'identifier', CASE WHEN r.npi IS NOT NULL THEN jsonb_build_array(jsonb_build_object('system', 'http://hl7.org/fhir/sid/us-npi', 'value', r.npi)) END,
         'active', r.i <> 12,
         'name', jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('family', r.l, 'given', jsonb_build_array(r.f),
                   'suffix', CASE WHEN r.i <= 22 THEN jsonb_build_array(r.cred) END, 'text', r.name))),
         'telecom', jsonb_build_array(jsonb_build_object('system', 'email', 'value', r.email, 'use', 'work'), jsonb_build_object('system', 'phone', 'value', r.phone, 'use', 'work')),
         'address', jsonb_build_array(jsonb_build_object('use', 'work', 'line', jsonb_build_array('4410 SE Division St'), 'city', 'Portland', 'state', 'OR', 'postalCode', '97206')),
         'gender', r.gender,
         'qualification', CASE WHEN r.i <= 28 THEN jsonb_build_array(jsonb_build_object('code', jsonb_build_object('text', r.cred),
                   'identifier', jsonb_build_array(jsonb_build_object('system', 'https://www.oregon.gov/licensing', 'value', upper(left(replace(r.cred, ' ', ''), 4)) || '-' || fixture_gen.digits('lic', r.i, 6))))) END,
         'communication', jsonb_build_array(mpgen.cc('urn:ietf:bcp:47', 'en', NULL)) || CASE WHEN r.i % 5 = 0 THEN jsonb_build_array(mpgen.cc('urn:ietf:bcp:47', 'es', NULL)) ELSE '[]'::jsonb END))::text,
       lu, ARRAY[mpgen.pid()], r.gender,
       ARRAY[r.f || ' ' || r.l],
       r.i <> 12,
       ARRAY['urn:ietf:bcp:47|en'] || CASE WHEN r.i % 5 = 0 THEN ARRAY['urn:ietf:bcp:47|es'] ELSE ARRAY[]::text[] END,
       false,
       ARRAY['http://hl7.org/fhir/us/core/StructureDefinition/us-core-practitioner'], NULL, NULL,
       CASE WHEN r.i <= 28 THEN ARRAY['https://cedarvalleycbh.org/fhir/staff-type|clinical'] ELSE ARRAY['https://cedarvalleycbh.org/fhir/staff-type|operations'] END,
       mpgen.pid()
FROM mpgen.pr r CROSS JOIN LATERAL (SELECT mpgen.at('prlu', r.i, '2021-02-01', '2024-11-30') AS lu) x
ORDER BY r.i;

-- ---------------------------------------------------------------------------
-- The name and address lookup tables, and the older contact point and
-- identifier lookup tables (rows written before the upgrade to token tables).

CREATE TABLE "HumanName" (
  "resourceId" uuid NOT NULL,
  name text,
  given text,
  family text
);
CREATE INDEX "HumanName_resourceId_idx" ON "HumanName" ("resourceId");
INSERT INTO "HumanName" ("resourceId", name, given, family)
SELECT id, concat_ws(' ', f, middle, l), concat_ws(' ', f, middle), l FROM mpgen.pt WHERE i NOT IN (58, 101)
UNION ALL
SELECT id, nick || ' ' || l, nick, l FROM mpgen.pt WHERE nick IS NOT NULL AND i NOT IN (58, 101)
UNION ALL
SELECT id, name, f, l FROM mpgen.pr;

CREATE TABLE "Address" (
  "resourceId" uuid NOT NULL,
  address text,
  city text,
  country text,
  "postalCode" text,
  state text,
  use text
);
CREATE INDEX "Address_resourceId_idx" ON "Address" ("resourceId");
INSERT INTO "Address" ("resourceId", address, city, country, "postalCode", state, use)
SELECT id, street || ', ' || city || ', ' || state || ' ' || zip, city, CASE WHEN i % 4 = 0 THEN 'US' END, zip, state, CASE WHEN housing = 2 THEN 'temp' ELSE 'home' END
FROM mpgen.pt WHERE i NOT IN (58, 101)
UNION ALL
SELECT id, '4410 SE Division St, Portland, OR 97206', 'Portland', NULL, '97206', 'OR', 'work' FROM mpgen.pr;

CREATE TABLE "ContactPoint" (
  id uuid NOT NULL,
  "resourceId" uuid NOT NULL,
  index integer NOT NULL,
  content text NOT NULL,
  system text,
  value text,
  CONSTRAINT "ContactPoint_pkey" PRIMARY KEY (id)
);
INSERT INTO "ContactPoint" (id, "resourceId", index, content, system, value)
SELECT fixture_gen.uuid('cp' || k, p.i)::uuid, p.id, k - 1, jsonb_build_object('system', s, 'value', v, 'use', u)::text, s, v
FROM mpgen.pt p CROSS JOIN LATERAL (VALUES (1, 'phone', mpgen.usphone('ptphold', p.i), 'mobile'), (2, 'email', p.email, NULL)) t(k, s, v, u)
WHERE p.created < '2023-06-01' AND v IS NOT NULL
UNION ALL
SELECT fixture_gen.uuid('cpr' || k, r.i)::uuid, r.id, k - 1, jsonb_build_object('system', s, 'value', v, 'use', 'work')::text, s, v
FROM mpgen.pr r CROSS JOIN LATERAL (VALUES (1, 'email', r.email), (2, 'phone', r.phone)) t(k, s, v)
WHERE r.i <= 30;

CREATE TABLE "Identifier" (
  id uuid NOT NULL,
  "resourceId" uuid NOT NULL,
  index integer NOT NULL,
  content text NOT NULL,
  system text,
  value text,
  CONSTRAINT "Identifier_pkey" PRIMARY KEY (id)
);
INSERT INTO "Identifier" (id, "resourceId", index, content, system, value)
SELECT fixture_gen.uuid('idf' || k, p.i)::uuid, p.id, k - 1, jsonb_build_object('system', s, 'value', v)::text, s, v
FROM mpgen.pt p CROSS JOIN LATERAL (VALUES (1, 'https://cedarvalleycbh.org/fhir/mrn', p.mrn), (2, 'http://hl7.org/fhir/sid/us-ssn', p.ssn),
                                           (3, 'https://www.oregon.gov/oha/ohp-id', p.ohp)) t(k, s, v)
WHERE p.created < '2023-06-01' AND v IS NOT NULL
UNION ALL
SELECT fixture_gen.uuid('idfr', r.i)::uuid, r.id, 0, jsonb_build_object('system', 'http://hl7.org/fhir/sid/us-npi', 'value', r.npi)::text, 'http://hl7.org/fhir/sid/us-npi', r.npi
FROM mpgen.pr r WHERE r.npi IS NOT NULL;

-- ---------------------------------------------------------------------------
-- Clinical resources: encounters, observations, conditions, prescriptions and
-- referrals. Diagnoses, visit types and medications the clinic uses:

CREATE TABLE mpgen.dx (k int PRIMARY KEY, code text, display text, sud boolean);
INSERT INTO mpgen.dx VALUES
  (1, 'F11.20', 'Opioid dependence, uncomplicated', true), (2, 'F10.20', 'Alcohol dependence, uncomplicated', true),
  (3, 'F15.20', 'Other stimulant dependence, uncomplicated', true), (4, 'F12.20', 'Cannabis dependence, uncomplicated', true),
  (5, 'F33.1', 'Major depressive disorder, recurrent, moderate', false), (6, 'F32.2', 'Major depressive disorder, single episode, severe without psychotic features', false),
  (7, 'F41.1', 'Generalized anxiety disorder', false), (8, 'F43.10', 'Post-traumatic stress disorder, unspecified', false),
  (9, 'F31.81', 'Bipolar II disorder', false), (10, 'F20.9', 'Schizophrenia, unspecified', false),
  (11, 'F60.3', 'Borderline personality disorder', false), (12, 'F90.0', 'Attention-deficit hyperactivity disorder, predominantly inattentive type', false),
  (13, 'Z59.00', 'Homelessness, unspecified', false), (14, 'R45.851', 'Suicidal ideations', false);

CREATE TABLE mpgen.cpt (k int PRIMARY KEY, code text, display text, minutes int, prlo int, prhi int);
INSERT INTO mpgen.cpt VALUES
  (1, '90791', 'Psychiatric diagnostic evaluation', 60, 1, 4), (2, '90834', 'Psychotherapy, 45 minutes', 45, 5, 16),
  (3, '90837', 'Psychotherapy, 60 minutes', 60, 5, 16), (4, '90853', 'Group psychotherapy', 90, 5, 22),
  (5, '99214', 'Office or outpatient visit, established patient, moderate', 25, 1, 4), (6, 'H0020', 'Alcohol and/or drug services; methadone administration', 15, 27, 28),
  (7, 'H0004', 'Behavioral health counseling and therapy, per 15 minutes', 45, 17, 22), (8, 'H0038', 'Self-help/peer services, per 15 minutes', 30, 23, 26),
  (9, 'T1016', 'Case management, each 15 minutes', 30, 23, 26), (10, '90839', 'Psychotherapy for crisis, first 60 minutes', 60, 5, 16);

CREATE TABLE mpgen.med (k int PRIMARY KEY, code text, display text, sig text, controlled boolean);
INSERT INTO mpgen.med VALUES
  (1, '1010600', 'buprenorphine 8 MG / naloxone 2 MG Sublingual Film', 'Dissolve 2 films under the tongue once daily', true),
  (2, '1716057', 'naltrexone 380 MG Injection', 'Inject 380 mg IM into the gluteal muscle every 4 weeks', false),
  (3, '864706', 'methadone hydrochloride 10 MG/ML Oral Solution', 'Take 85 mg by mouth daily, observed dosing', true),
  (4, '312940', 'sertraline 50 MG Oral Tablet', 'Take 1 tablet by mouth daily', false),
  (5, '310385', 'fluoxetine 20 MG Oral Capsule', 'Take 1 capsule by mouth every morning', false),
  (6, '856377', 'trazodone 50 MG Oral Tablet', 'Take 1 to 2 tablets at bedtime as needed for sleep', false),
  (7, '312743', 'quetiapine 100 MG Oral Tablet', 'Take 1 tablet at bedtime', false),
  (8, '1725059', 'naloxone 4 MG/ACTUAL Nasal Spray', 'Spray into one nostril for suspected overdose; repeat after 2 to 3 minutes', false),
  (9, '198440', 'lamotrigine 100 MG Oral Tablet', 'Take 1 tablet by mouth twice daily', false),
  (10, '197772', 'prazosin 1 MG Oral Capsule', 'Take 1 capsule at bedtime for nightmares', false);

-- a client of each row: the deleted records (58, 101) are referred to too.
CREATE FUNCTION mpgen.pick_pt(tag text, i bigint) RETURNS int
LANGUAGE sql IMMUTABLE AS $$ SELECT 1 + fixture_gen.n(tag, i, 120) $$;

CREATE TABLE "Encounter" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  date timestamp with time zone,
  patient text,
  type text[],
  account text[],
  appointment text[],
  "basedOn" text[],
  class text,
  diagnosis text[],
  "episodeOfCare" text[],
  length double precision,
  location text[],
  "locationPeriod" timestamp with time zone[],
  "partOf" text,
  participant text[],
  "participantType" text[],
  practitioner text[],
  "reasonCode" text[],
  "reasonReference" text[],
  "serviceProvider" text,
  "specialArrangement" text[],
  status text,
  subject text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "Encounter_pkey" PRIMARY KEY (id)
);

INSERT INTO "Encounter" (id, content, "lastUpdated", compartments, date, patient, type, account, appointment, "basedOn", class, diagnosis, "episodeOfCare", length,
  location, "locationPeriod", "partOf", participant, "participantType", practitioner, "reasonCode", "reasonReference", "serviceProvider", "specialArrangement", status,
  subject, deleted, _profile, _security, _source, _tag, "projectId")
SELECT e.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'Encounter', 'id', e.id,
         'meta', mpgen.meta(fixture_gen.uuid('encv', e.i)::uuid, e.lu, 'Practitioner', r.id, r.name, ARRAY[mpgen.pid(), p.id])
                 || CASE WHEN c.k IN (6, 7) THEN jsonb_build_object('security', jsonb_build_array(jsonb_build_object('system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', 'ETH'))) ELSE '{}'::jsonb END,
         'status', e.status,
         'class', jsonb_build_object('system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', e.cls),
         'type', jsonb_build_array(mpgen.cc('http://www.ama-assn.org/go/cpt', c.code, c.display)),
         'subject', mpgen.ref('Patient', p.id, CASE WHEN e.i % 3 <> 0 THEN p.name END),
         'participant', jsonb_build_array(jsonb_build_object('type', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/v3-ParticipationType', 'PPRF', 'primary performer')),
                                                             'individual', mpgen.ref('Practitioner', r.id, r.name))),
         'period', jsonb_build_object('start', mpgen.iso(e.start), 'end', CASE WHEN e.status = 'finished' THEN mpgen.iso(e.start + make_interval(mins => c.minutes)) END),
         'length', CASE WHEN e.status = 'finished' THEN jsonb_build_object('value', c.minutes, 'unit', 'min', 'system', 'http://unitsofmeasure.org', 'code', 'min') END,
         'reasonCode', jsonb_build_array(mpgen.cc('http://hl7.org/fhir/sid/icd-10-cm', d.code, d.display)),
         'hospitalization', CASE WHEN e.i % 17 = 0 THEN jsonb_build_object('specialArrangement', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/encounter-special-arrangements', 'int', 'Interpreter')))
                                 WHEN e.i % 29 = 0 THEN jsonb_build_object('specialArrangement', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/encounter-special-arrangements', 'wheel', 'Wheelchair'))) END,
         'location', jsonb_build_array(jsonb_build_object('location', mpgen.ref('Location', fixture_gen.uuid('loc', e.loc)::uuid,
                       (ARRAY['Division St clinic', 'Gresham clinic', 'Telehealth (Zoom)'])[e.loc]))),
         'serviceProvider', mpgen.ref('Organization', fixture_gen.uuid('org', 1)::uuid, 'Cedar Valley Community Behavioral Health')))::text,
       e.lu, ARRAY[mpgen.pid(), p.id], e.start, 'Patient/' || p.id,
       ARRAY['http://www.ama-assn.org/go/cpt|' || c.code], NULL,
       NULL,
       CASE WHEN c.k = 1 AND e.i % 2 = 0 THEN ARRAY['ServiceRequest/' || fixture_gen.uuid('sr', e.i % 120 + 1)] END,
       'http://terminology.hl7.org/CodeSystem/v3-ActCode|' || e.cls,
       CASE WHEN e.i % 4 = 0 THEN ARRAY['Condition/' || fixture_gen.uuid('cond', e.i % 200 + 1)] END,
       CASE WHEN e.i % 6 = 0 THEN ARRAY['EpisodeOfCare/' || fixture_gen.uuid('eoc', p.i)] END,
       CASE WHEN e.status = 'finished' THEN c.minutes END,
       ARRAY['Location/' || fixture_gen.uuid('loc', e.loc)], ARRAY[e.start], NULL,
       ARRAY['Practitioner/' || r.id], ARRAY['http://terminology.hl7.org/CodeSystem/v3-ParticipationType|PPRF'], ARRAY['Practitioner/' || r.id],
       ARRAY['http://hl7.org/fhir/sid/icd-10-cm|' || d.code],
       CASE WHEN e.i % 4 = 0 THEN ARRAY['Condition/' || fixture_gen.uuid('cond', e.i % 200 + 1)] END,
       'Organization/' || fixture_gen.uuid('org', 1),
       CASE WHEN e.i % 17 = 0 THEN ARRAY['http://terminology.hl7.org/CodeSystem/encounter-special-arrangements|int']
            WHEN e.i % 29 = 0 THEN ARRAY['http://terminology.hl7.org/CodeSystem/encounter-special-arrangements|wheel'] END,
       e.status, 'Patient/' || p.id, false,
       ARRAY['http://hl7.org/fhir/us/core/StructureDefinition/us-core-encounter'],
       CASE WHEN c.k IN (6, 7) THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH'] END,
       CASE WHEN e.cls = 'VR' THEN 'Bot/' || fixture_gen.uuid('bot', 18) END,
       NULL, mpgen.pid()
FROM (SELECT i, fixture_gen.uuid('enc', i)::uuid AS id, mpgen.pick_pt('encp', i) AS pi, 1 + fixture_gen.n('enct', i, 10) AS ck,
             mpgen.at('encs', i, '2022-01-10', '2025-01-10') AS start,
             CASE WHEN i % 23 = 0 THEN 'cancelled' WHEN i % 41 = 0 THEN 'in-progress' ELSE 'finished' END AS status,
             CASE WHEN i % 5 = 0 THEN 'VR' WHEN i % 37 = 0 THEN 'HH' ELSE 'AMB' END AS cls,
             CASE WHEN i % 5 = 0 THEN 3 WHEN i % 3 = 0 THEN 2 ELSE 1 END AS loc,
             NULL::timestamptz AS lu
      FROM generate_series(1, 300) i) e0
CROSS JOIN LATERAL (SELECT e0.i, e0.id, e0.pi, e0.ck, e0.start, e0.status, e0.cls, e0.loc, e0.start + interval '3 hours' + make_interval(mins => fixture_gen.n('enclu', e0.i, 600)) AS lu) e
JOIN mpgen.pt p ON p.i = e.pi
JOIN mpgen.cpt c ON c.k = e.ck
JOIN mpgen.pr r ON r.i = c.prlo + fixture_gen.n('encr', e.i, c.prhi - c.prlo + 1)
JOIN mpgen.dx d ON d.k = 1 + fixture_gen.n('ptdx', p.i, 12)
ORDER BY e.i;

CREATE TABLE "Observation" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  code text,
  date timestamp with time zone,
  patient text,
  encounter text,
  "basedOn" text[],
  category text[],
  "comboCode" text[],
  "comboDataAbsentReason" text[],
  "comboValueConcept" text[],
  "comboValueQuantity" double precision[],
  "componentCode" text[],
  "componentDataAbsentReason" text[],
  "componentValueConcept" text[],
  "componentValueQuantity" double precision[],
  "dataAbsentReason" text,
  "derivedFrom" text[],
  device text,
  focus text[],
  "hasMember" text[],
  method text,
  "partOf" text[],
  performer text[],
  specimen text,
  status text,
  subject text,
  "valueConcept" text,
  "valueDate" timestamp with time zone,
  "valueQuantity" double precision,
  "valueString" text,
  "codeValueConcept" text,
  "codeValueDate" text,
  "codeValueQuantity" text,
  "codeValueString" text,
  "comboCodeValueConcept" text[],
  "comboCodeValueQuantity" text[],
  "componentCodeValueConcept" text[],
  "componentCodeValueQuantity" text[],
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "Observation_pkey" PRIMARY KEY (id)
);

-- The observations before they become rows: kind 0 PHQ-9, 1 GAD-7, 2 AUDIT-C,
-- 3 blood pressure, 4 urine drug screen, 5 housing status, 6 last use, 7 weight.
CREATE TABLE mpgen.obs AS
SELECT i, fixture_gen.uuid('obs', i)::uuid AS id, mpgen.pick_pt('obsp', i) AS pi, i % 8 AS kind,
       mpgen.at('obsd', i, '2022-01-15', '2025-01-12') AS eff,
       (ARRAY['http://loinc.org|44261-6', 'http://loinc.org|70274-6', 'http://loinc.org|75626-2', 'http://loinc.org|85354-9', 'http://loinc.org|19295-7',
              'http://loinc.org|71802-3', 'https://cedarvalleycbh.org/fhir/CodeSystem/observation|last-use', 'http://loinc.org|29463-7'])[1 + i % 8] AS code,
       (ARRAY['PHQ-9 total score', 'GAD-7 total score', 'AUDIT-C total score', 'Blood pressure panel', 'Drug screen panel - Urine', 'Housing status',
              'Date of last substance use', 'Body weight'])[1 + i % 8] AS display,
       (ARRAY['survey', 'survey', 'survey', 'vital-signs', 'laboratory', 'social-history', 'social-history', 'vital-signs'])[1 + i % 8] AS cat,
       CASE i % 8 WHEN 0 THEN fixture_gen.n('obsq', i, 28) WHEN 1 THEN fixture_gen.n('obsq', i, 22) WHEN 2 THEN fixture_gen.n('obsq', i, 13)
                  WHEN 7 THEN 48 + fixture_gen.n('obsq', i, 900) / 10.0 END::double precision AS vq,
       CASE i % 8 WHEN 4 THEN CASE WHEN i % 3 = 0 THEN 'http://snomed.info/sct|260385009' ELSE 'http://snomed.info/sct|10828004' END
                  WHEN 5 THEN CASE WHEN fixture_gen.n('obsh', i, 3) = 0 THEN 'http://loinc.org|LA31993-1' ELSE 'http://loinc.org|LA31994-9' END END AS vc,
       CASE WHEN i % 8 = 6 THEN mpgen.at('obslu', i, '2021-06-01', '2024-12-31') END AS vd,
       CASE WHEN i % 8 = 4 AND i % 3 <> 0 THEN fixture_gen.pick(ARRAY['Positive: fentanyl, THC. Negative: buprenorphine, cocaine.', 'Positive: buprenorphine, norbuprenorphine. All else negative.',
                   'Positive: methamphetamine, amphetamine, fentanyl.', 'Positive: THC only.', 'Positive: fentanyl. Specimen temperature out of range, recollect.',
                   'Positive: buprenorphine; negative norbuprenorphine, possible adulteration, discussed with client.'], 'obsus', i)
            WHEN i % 8 = 5 THEN fixture_gen.pick(ARRAY[
                   'Sleeping in car near Lents Park; has a storage unit for belongings.',
                   'Staying with cousin ' || fixture_gen.full_name('obsc', i) || ' on SE 122nd until the voucher comes through.',
                   'Stable housing, Section 8 apartment.',
                   'Recently evicted; at Bridgeway House women''s shelter.',
                   'Lives with partner ' || fixture_gen.first_name('obsp', i) || ' and two kids; partner also in recovery.',
                   'Tent near the I-205 path; lost ID and phone in a sweep last week. Reach via sister ' || fixture_gen.first_name('obss', i) || ' at ' || mpgen.usphone('obsph', i) || '.',
                   'Oxford House (transitional), 90-day agreement.',
                   'Own apartment, rent burden over 50% of income.'], 'obshs', i) END AS vs,
       CASE WHEN i % 8 IN (0, 1, 2) AND i % 19 = 0 THEN 'http://terminology.hl7.org/CodeSystem/data-absent-reason|asked-declined' END AS dar,
       CASE WHEN i % 11 = 0 THEN 'amended' WHEN i % 8 = 4 AND i % 13 = 0 THEN 'preliminary' ELSE 'final' END AS status
FROM generate_series(1, 300) i;
UPDATE mpgen.obs SET vq = NULL WHERE dar IS NOT NULL;
UPDATE mpgen.obs SET vc = NULL WHERE kind = 4 AND vs IS NOT NULL;

INSERT INTO "Observation" (id, content, "lastUpdated", compartments, code, date, patient, encounter, "basedOn", category, "comboCode", "comboDataAbsentReason",
  "comboValueConcept", "comboValueQuantity", "componentCode", "componentDataAbsentReason", "componentValueConcept", "componentValueQuantity", "dataAbsentReason",
  "derivedFrom", device, focus, "hasMember", method, "partOf", performer, specimen, status, subject, "valueConcept", "valueDate", "valueQuantity", "valueString",
  "codeValueConcept", "codeValueDate", "codeValueQuantity", "codeValueString", "comboCodeValueConcept", "comboCodeValueQuantity", "componentCodeValueConcept",
  "componentCodeValueQuantity", deleted, _profile, _security, _source, _tag, "projectId")
SELECT o.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'Observation', 'id', o.id,
         'meta', mpgen.meta(fixture_gen.uuid('obsv', o.i)::uuid, lu,
                   CASE WHEN o.kind IN (0, 1) THEN 'Bot' WHEN o.kind = 4 THEN 'Bot' ELSE 'Practitioner' END,
                   CASE WHEN o.kind IN (0, 1) THEN fixture_gen.uuid('bot', 3)::uuid WHEN o.kind = 4 THEN fixture_gen.uuid('bot', 2)::uuid ELSE r.id END,
                   CASE WHEN o.kind IN (0, 1) THEN 'phq9-gad7-scorer' WHEN o.kind = 4 THEN 'hl7-lab-results-inbound' ELSE r.name END, ARRAY[mpgen.pid(), p.id]),
         'status', o.status,
         'category', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/observation-category', o.cat, NULL)),
         'code', mpgen.cc(split_part(o.code, '|', 1), split_part(o.code, '|', 2), o.display),
         'subject', mpgen.ref('Patient', p.id, CASE WHEN o.i % 2 = 0 THEN p.name END),
         'effectiveDateTime', mpgen.iso(o.eff),
         'performer', jsonb_build_array(CASE WHEN o.kind = 4 THEN mpgen.ref('Organization', fixture_gen.uuid('org', 6)::uuid, 'Cascade Reference Laboratory') ELSE mpgen.ref('Practitioner', r.id, r.name) END),
         'valueQuantity', CASE WHEN o.vq IS NOT NULL THEN jsonb_build_object('value', o.vq, 'unit', CASE WHEN o.kind = 7 THEN 'kg' ELSE '{score}' END, 'system', 'http://unitsofmeasure.org') END,
         'valueCodeableConcept', CASE WHEN o.vc IS NOT NULL THEN mpgen.cc(split_part(o.vc, '|', 1), split_part(o.vc, '|', 2), NULL) END,
         'valueDateTime', CASE WHEN o.vd IS NOT NULL THEN mpgen.iso(o.vd) END,
         'valueString', CASE WHEN o.kind IN (4, 5) THEN o.vs END,
         'dataAbsentReason', CASE WHEN o.dar IS NOT NULL THEN mpgen.cc('http://terminology.hl7.org/CodeSystem/data-absent-reason', 'asked-declined', 'Asked But Declined') END,
         'component', CASE o.kind
              WHEN 3 THEN jsonb_build_array(
                jsonb_build_object('code', mpgen.cc('http://loinc.org', '8480-6', 'Systolic blood pressure'), 'valueQuantity', jsonb_build_object('value', 100 + fixture_gen.n('obssys', o.i, 70), 'unit', 'mm[Hg]')),
                jsonb_build_object('code', mpgen.cc('http://loinc.org', '8462-4', 'Diastolic blood pressure'), 'valueQuantity', jsonb_build_object('value', 60 + fixture_gen.n('obsdia', o.i, 40), 'unit', 'mm[Hg]')))
              WHEN 4 THEN (SELECT jsonb_agg(jsonb_build_object('code', mpgen.cc('http://loinc.org', lc, dn), 'valueCodeableConcept',
                             mpgen.cc('http://snomed.info/sct', CASE WHEN fixture_gen.n('obsc' || lc, o.i, 3) = 0 THEN '10828004' ELSE '260385009' END, NULL)) ORDER BY kk)
                           FROM unnest(ARRAY['59673-2', '19554-7', '49753-7', '18282-1', '3397-7'], ARRAY['Fentanyl', 'Methamphetamine', 'Buprenorphine', 'Cannabinoids', 'Cocaine']) WITH ORDINALITY u(lc, dn, kk)) END,
         'note', CASE WHEN o.kind IN (4, 5) AND o.i % 5 = 0 THEN jsonb_build_array(jsonb_build_object('text', mpgen.note('obsn', o.i))) END,
         'derivedFrom', CASE WHEN o.kind IN (0, 1, 2) THEN jsonb_build_array(mpgen.ref('QuestionnaireResponse', fixture_gen.uuid('qr', o.i % 150 + 1)::uuid)) END))::text,
       lu, ARRAY[mpgen.pid(), p.id], o.code, o.eff, 'Patient/' || p.id,
       CASE WHEN o.i % 3 = 0 THEN 'Encounter/' || fixture_gen.uuid('enc', o.i) END,
       CASE WHEN o.kind = 4 AND o.i % 2 = 0 THEN ARRAY['ServiceRequest/' || fixture_gen.uuid('srlab', o.i)] END,
       ARRAY['http://terminology.hl7.org/CodeSystem/observation-category|' || o.cat],
       ARRAY[o.code] || cc.codes,
       CASE WHEN o.dar IS NOT NULL THEN ARRAY[o.dar] END,
       CASE WHEN o.vc IS NOT NULL OR cc.concepts IS NOT NULL THEN array_remove(ARRAY[o.vc], NULL) || coalesce(cc.concepts, ARRAY[]::text[]) END,
       CASE WHEN o.vq IS NOT NULL OR cc.qty IS NOT NULL THEN array_remove(ARRAY[o.vq], NULL) || coalesce(cc.qty, ARRAY[]::double precision[]) END,
       cc.codes, NULL, cc.concepts, cc.qty, o.dar,
       CASE WHEN o.kind IN (0, 1, 2) THEN ARRAY['QuestionnaireResponse/' || fixture_gen.uuid('qr', o.i % 150 + 1)] END,
       NULL, NULL, NULL,
       CASE WHEN o.kind = 4 THEN 'http://snomed.info/sct|115341008' END,
       NULL,
       ARRAY[CASE WHEN o.kind = 4 THEN 'Organization/' || fixture_gen.uuid('org', 6) ELSE 'Practitioner/' || r.id END],
       CASE WHEN o.kind = 4 THEN 'Specimen/' || fixture_gen.uuid('spec', o.i) END,
       o.status, 'Patient/' || p.id, o.vc, o.vd, o.vq,
       CASE WHEN o.kind IN (4, 5) THEN o.vs END,
       CASE WHEN o.vc IS NOT NULL THEN o.code || '$' || o.vc END,
       CASE WHEN o.vd IS NOT NULL THEN o.code || '$' || mpgen.iso(o.vd) END,
       CASE WHEN o.vq IS NOT NULL THEN o.code || '$' || o.vq END,
       CASE WHEN o.kind IN (4, 5) AND o.vs IS NOT NULL THEN o.code || '$' || o.vs END,
       CASE WHEN o.vc IS NOT NULL OR cc.concepts IS NOT NULL THEN array_remove(ARRAY[CASE WHEN o.vc IS NOT NULL THEN o.code || '$' || o.vc END], NULL) || coalesce(cc.codeconcepts, ARRAY[]::text[]) END,
       CASE WHEN o.vq IS NOT NULL OR cc.qty IS NOT NULL THEN array_remove(ARRAY[CASE WHEN o.vq IS NOT NULL THEN o.code || '$' || o.vq END], NULL) || coalesce(cc.codeqty, ARRAY[]::text[]) END,
       cc.codeconcepts, cc.codeqty,
       false,
       CASE o.kind WHEN 3 THEN ARRAY['http://hl7.org/fhir/StructureDefinition/bp'] WHEN 7 THEN ARRAY['http://hl7.org/fhir/StructureDefinition/bodyweight']
                   WHEN 5 THEN ARRAY['http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-sdoh-assessment'] END,
       CASE WHEN o.kind IN (4, 6) THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH'] END,
       CASE WHEN o.kind = 4 THEN 'urn:oid:2.16.840.1.113883.3.9876.1|CASCADE-LAB' END,
       NULL, mpgen.pid()
FROM mpgen.obs o
JOIN mpgen.pt p ON p.i = o.pi
JOIN mpgen.pr r ON r.i = CASE WHEN o.kind IN (3, 7) THEN 27 + o.i % 2 ELSE p.counselor END
CROSS JOIN LATERAL (SELECT o.eff + make_interval(mins => 5 + fixture_gen.n('obslu', o.i, 3000)) AS lu) t
CROSS JOIN LATERAL (
  SELECT CASE o.kind WHEN 3 THEN ARRAY['http://loinc.org|8480-6', 'http://loinc.org|8462-4']
                     WHEN 4 THEN ARRAY['http://loinc.org|59673-2', 'http://loinc.org|19554-7', 'http://loinc.org|49753-7', 'http://loinc.org|18282-1', 'http://loinc.org|3397-7'] END AS codes,
         CASE WHEN o.kind = 4 THEN (SELECT array_agg('http://snomed.info/sct|' || CASE WHEN fixture_gen.n('obsc' || lc, o.i, 3) = 0 THEN '10828004' ELSE '260385009' END ORDER BY kk)
                                    FROM unnest(ARRAY['59673-2', '19554-7', '49753-7', '18282-1', '3397-7']) WITH ORDINALITY u(lc, kk)) END AS concepts,
         CASE WHEN o.kind = 3 THEN ARRAY[(100 + fixture_gen.n('obssys', o.i, 70))::double precision, (60 + fixture_gen.n('obsdia', o.i, 40))::double precision] END AS qty,
         CASE WHEN o.kind = 4 THEN (SELECT array_agg('http://loinc.org|' || lc || '$http://snomed.info/sct|' || CASE WHEN fixture_gen.n('obsc' || lc, o.i, 3) = 0 THEN '10828004' ELSE '260385009' END ORDER BY kk)
                                    FROM unnest(ARRAY['59673-2', '19554-7', '49753-7', '18282-1', '3397-7']) WITH ORDINALITY u(lc, kk)) END AS codeconcepts,
         CASE WHEN o.kind = 3 THEN ARRAY['http://loinc.org|8480-6$' || (100 + fixture_gen.n('obssys', o.i, 70)), 'http://loinc.org|8462-4$' || (60 + fixture_gen.n('obsdia', o.i, 40))] END AS codeqty) cc
ORDER BY o.i;

CREATE TABLE "Condition" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  code text,
  patient text,
  "abatementAge" double precision,
  "abatementDate" timestamp with time zone,
  "abatementString" text,
  asserter text,
  "bodySite" text[],
  category text[],
  "clinicalStatus" text,
  encounter text,
  evidence text[],
  "evidenceDetail" text[],
  "onsetAge" double precision,
  "onsetDate" timestamp with time zone,
  "onsetInfo" text,
  "recordedDate" timestamp with time zone,
  severity text,
  stage text[],
  subject text,
  "verificationStatus" text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  "assertedDate" timestamp with time zone,
  CONSTRAINT "Condition_pkey" PRIMARY KEY (id)
);

INSERT INTO "Condition" (id, content, "lastUpdated", compartments, code, patient, "abatementAge", "abatementDate", "abatementString", asserter, "bodySite", category,
  "clinicalStatus", encounter, evidence, "evidenceDetail", "onsetAge", "onsetDate", "onsetInfo", "recordedDate", severity, stage, subject, "verificationStatus",
  deleted, _profile, _security, _source, _tag, "projectId", "assertedDate")
SELECT c.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'Condition', 'id', c.id,
         'meta', mpgen.meta(fixture_gen.uuid('condv', c.i)::uuid, c.lu, 'Practitioner', r.id, r.name, ARRAY[mpgen.pid(), p.id])
                 || CASE WHEN d.sud OR d.k IN (5, 6, 9, 10, 11, 14) THEN jsonb_build_object('security', jsonb_build_array(jsonb_build_object('system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', CASE WHEN d.sud THEN 'ETH' ELSE 'PSY' END))) ELSE '{}'::jsonb END,
         'clinicalStatus', mpgen.cc('http://terminology.hl7.org/CodeSystem/condition-clinical', c.cs, NULL),
         'verificationStatus', mpgen.cc('http://terminology.hl7.org/CodeSystem/condition-ver-status', c.vs, NULL),
         'category', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/condition-category', c.cat, NULL)),
         'severity', CASE WHEN c.sev IS NOT NULL THEN mpgen.cc('http://snomed.info/sct', split_part(c.sev, '|', 2), NULL) END,
         'code', mpgen.cc('http://hl7.org/fhir/sid/icd-10-cm', d.code, d.display),
         'subject', mpgen.ref('Patient', p.id, CASE WHEN c.i % 4 <> 1 THEN p.name END),
         'encounter', CASE WHEN c.i % 3 = 0 THEN mpgen.ref('Encounter', fixture_gen.uuid('enc', c.i)::uuid) END,
         'onsetAge', CASE WHEN c.onage IS NOT NULL THEN jsonb_build_object('value', c.onage, 'unit', 'a') END,
         'onsetDateTime', CASE WHEN c.ondate IS NOT NULL THEN mpgen.iso(c.ondate) END,
         'onsetString', c.oninfo,
         'abatementString', c.abs,
         'abatementDateTime', CASE WHEN c.abd IS NOT NULL THEN mpgen.iso(c.abd) END,
         'recordedDate', mpgen.iso(c.rec),
         'asserter', mpgen.ref('Practitioner', r.id, r.name),
         'evidence', CASE WHEN c.ev IS NOT NULL THEN jsonb_build_array(jsonb_build_object('code', jsonb_build_array(mpgen.cc('http://snomed.info/sct', split_part(c.ev, '|', 2), NULL)))) END,
         'note', CASE WHEN c.i % 6 = 0 THEN jsonb_build_array(jsonb_build_object('text', mpgen.note('condn', c.i))) END))::text,
       c.lu, ARRAY[mpgen.pid(), p.id],
       'http://hl7.org/fhir/sid/icd-10-cm|' || d.code,
       'Patient/' || p.id,
       CASE WHEN c.abd IS NOT NULL AND c.i % 2 = 0 THEN extract(year FROM age(c.abd::date, p.dob)) END,
       c.abd, c.abs,
       'Practitioner/' || r.id, NULL,
       ARRAY['http://terminology.hl7.org/CodeSystem/condition-category|' || c.cat],
       c.cs,
       CASE WHEN c.i % 3 = 0 THEN 'Encounter/' || fixture_gen.uuid('enc', c.i) END,
       CASE WHEN c.ev IS NOT NULL THEN ARRAY[c.ev] END, NULL,
       c.onage, c.ondate, c.oninfo, c.rec, c.sev, NULL,
       'Patient/' || p.id, c.vs, false,
       ARRAY['http://hl7.org/fhir/us/core/StructureDefinition/us-core-condition-problems-health-concerns'],
       CASE WHEN d.sud THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH'] WHEN d.k IN (5, 6, 9, 10, 11, 14) THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|PSY'] END,
       NULL,
       CASE WHEN c.rec < '2023-06-01' THEN ARRAY['https://cedarvalleycbh.org/fhir/tags|migrated-from-credible'] END,
       mpgen.pid(),
       CASE WHEN c.i % 5 = 0 THEN c.rec - interval '3 days' END
FROM (SELECT i, fixture_gen.uuid('cond', i)::uuid AS id, mpgen.pick_pt('condp', i) AS pi,
             CASE WHEN i % 3 = 0 THEN 1 + fixture_gen.n('condx', i, 14) ELSE 1 + fixture_gen.n('ptdx', mpgen.pick_pt('condp', i), 12) END AS dk,
             mpgen.at('condr', i, '2021-04-01', '2025-01-05') AS rec,
             CASE WHEN i % 7 = 0 THEN 'remission' WHEN i % 11 = 0 THEN 'resolved' ELSE 'active' END AS cs,
             CASE WHEN i % 9 = 0 THEN 'provisional' ELSE 'confirmed' END AS vs,
             CASE WHEN i % 4 = 0 THEN 'encounter-diagnosis' ELSE 'problem-list-item' END AS cat,
             CASE WHEN i % 5 = 1 THEN (12 + fixture_gen.n('condoa', i, 30))::double precision END AS onage,
             CASE WHEN i % 5 = 2 THEN mpgen.at('condod', i, '2008-01-01', '2023-01-01') END AS ondate,
             CASE WHEN i % 5 = 3 THEN fixture_gen.pick(ARRAY['2016', 'age 15', 'after discharge from the Army in 2012',
                    'after the death of her brother ' || fixture_gen.first_name('condb', i) || ' in 2019', 'postpartum, 2021', 'since the divorce from ' || fixture_gen.full_name('condd', i),
                    'started with prescribed oxycodone after a car accident in 2014', 'childhood'], 'condoi', i) END AS oninfo,
             CASE WHEN i % 7 = 0 THEN fixture_gen.pick(ARRAY['in early remission', 'sustained remission per client report', 'in remission on maintenance therapy',
                    'remission; relapse risk high around anniversary of son''s death'], 'condab', i) END AS abs,
             CASE WHEN i % 11 = 0 THEN mpgen.at('condad', i, '2023-01-01', '2025-01-01') END AS abd,
             NULL::timestamptz AS lu
      FROM generate_series(1, 200) i) c0
CROSS JOIN LATERAL (SELECT c0.*, c0.rec + make_interval(hours => 1 + fixture_gen.n('condlu', c0.i, 4000)) AS lu2) c1
CROSS JOIN LATERAL (SELECT c1.i, c1.id, c1.pi, c1.dk, c1.rec, c1.cs, c1.vs, c1.cat, c1.onage, c1.ondate, c1.oninfo, c1.abs, c1.abd, c1.lu2 AS lu,
                           CASE WHEN c1.dk IN (5, 6, 1, 2, 3) THEN fixture_gen.pick(ARRAY['http://snomed.info/sct|255604002', 'http://snomed.info/sct|6736007', 'http://snomed.info/sct|24484000'], 'condsev', c1.i) END AS sev,
                           CASE WHEN c1.i % 6 = 1 THEN fixture_gen.pick(ARRAY['http://snomed.info/sct|193462001', 'http://snomed.info/sct|35489007', 'http://snomed.info/sct|191722009',
                                  'http://snomed.info/sct|6471006', 'http://snomed.info/sct|248062006'], 'condev', c1.i) END AS ev) c
JOIN mpgen.pt p ON p.i = c.pi
JOIN mpgen.dx d ON d.k = c.dk
JOIN mpgen.pr r ON r.i = p.prescriber
ORDER BY c.i;

CREATE TABLE "MedicationRequest" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  code text,
  patient text,
  medication text,
  status text,
  authoredon timestamp with time zone,
  category text[],
  date timestamp with time zone[],
  encounter text,
  "intendedDispenser" text,
  "intendedPerformer" text,
  "intendedPerformertype" text,
  intent text,
  priority text,
  requester text,
  subject text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  "priorityOrder" integer,
  CONSTRAINT "MedicationRequest_pkey" PRIMARY KEY (id)
);

INSERT INTO "MedicationRequest" (id, content, "lastUpdated", compartments, code, patient, medication, status, authoredon, category, date, encounter,
  "intendedDispenser", "intendedPerformer", "intendedPerformertype", intent, priority, requester, subject, deleted, _profile, _security, _source, _tag, "projectId", "priorityOrder")
SELECT m.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'MedicationRequest', 'id', m.id,
         'meta', mpgen.meta(fixture_gen.uuid('mrv', m.i)::uuid, m.auth + interval '2 minutes', 'Practitioner', r.id, r.name, ARRAY[mpgen.pid(), p.id]),
         'status', m.status, 'intent', 'order',
         'category', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/medicationrequest-category', 'community', 'Community')),
         'medicationCodeableConcept', mpgen.cc('http://www.nlm.nih.gov/research/umls/rxnorm', md.code, md.display),
         'subject', mpgen.ref('Patient', p.id, p.name),
         'authoredOn', mpgen.iso(m.auth),
         'requester', mpgen.ref('Practitioner', r.id, r.name),
         'dosageInstruction', jsonb_build_array(jsonb_build_object('text', md.sig)),
         'dispenseRequest', jsonb_build_object('numberOfRepeatsAllowed', CASE WHEN md.controlled THEN 0 ELSE 2 END,
                               'quantity', jsonb_build_object('value', CASE WHEN md.controlled THEN 14 ELSE 30 END),
                               'performer', jsonb_build_object('display', fixture_gen.pick(ARRAY['Walgreens #4512, SE Division St', 'Fred Meyer Pharmacy Hollywood', 'Rite Aid #5338 Gresham',
                                            'Cedar Valley on-site dispensary', 'Kaiser Permanente Interstate Pharmacy'], 'mrph', m.i))),
         'substitution', jsonb_build_object('allowedBoolean', NOT md.controlled),
         'note', CASE WHEN m.i % 4 = 0 THEN jsonb_build_array(jsonb_build_object('text', CASE WHEN md.controlled AND m.i % 8 = 0
                        THEN 'PDMP checked ' || to_char(m.auth, 'MM/DD') || ': no other prescribers. ' || mpgen.note('mrn', m.i) ELSE mpgen.note('mrn', m.i) END)) END))::text,
       m.auth + interval '2 minutes', ARRAY[mpgen.pid(), p.id],
       'http://www.nlm.nih.gov/research/umls/rxnorm|' || md.code,
       'Patient/' || p.id, NULL, m.status, m.auth,
       ARRAY['http://terminology.hl7.org/CodeSystem/medicationrequest-category|community'],
       NULL,
       CASE WHEN m.i % 2 = 0 THEN 'Encounter/' || fixture_gen.uuid('enc', m.i) END,
       NULL, NULL, NULL, 'order',
       CASE WHEN m.i % 13 = 0 THEN 'urgent' ELSE 'routine' END,
       'Practitioner/' || r.id, 'Patient/' || p.id, false,
       ARRAY['http://hl7.org/fhir/us/core/StructureDefinition/us-core-medicationrequest'],
       CASE WHEN md.k IN (1, 2, 3) THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH'] END,
       NULL, NULL, mpgen.pid(),
       CASE WHEN m.i % 13 = 0 THEN 2 ELSE 1 END
FROM (SELECT i, fixture_gen.uuid('mr', i)::uuid AS id, mpgen.pick_pt('mrp', i) AS pi,
             mpgen.at('mra', i, '2021-05-01', '2025-01-10') AS auth,
             CASE WHEN i % 6 = 0 THEN 'stopped' WHEN i % 10 = 0 THEN 'completed' WHEN i % 31 = 0 THEN 'entered-in-error' ELSE 'active' END AS status
      FROM generate_series(1, 150) i) m
JOIN mpgen.pt p ON p.i = m.pi
JOIN mpgen.pr r ON r.i = p.prescriber
JOIN mpgen.med md ON md.k = CASE WHEN p.prog IN ('mat', 'drug-court') AND m.i % 3 <> 0 THEN 1 + fixture_gen.n('mrmat', m.i, 3) ELSE 1 + fixture_gen.n('mrmed', m.i, 10) END
ORDER BY m.i;

CREATE TABLE "ServiceRequest" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  code text,
  patient text,
  encounter text,
  authored timestamp with time zone,
  "basedOn" text[],
  "bodySite" text[],
  category text[],
  "instantiatesCanonical" text[],
  "instantiatesUri" text[],
  intent text,
  occurrence timestamp with time zone,
  performer text[],
  "performerType" text,
  priority text,
  replaces text[],
  requester text,
  requisition text,
  specimen text[],
  status text,
  subject text,
  deleted boolean DEFAULT false NOT NULL,
  "orderDetail" text[] DEFAULT '{}'::text[],
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  "priorityOrder" integer,
  CONSTRAINT "ServiceRequest_pkey" PRIMARY KEY (id)
);

-- Referrals: inbound from emergency departments, primary care, the court and
-- probation; outbound to housing, shelters and residential treatment.
INSERT INTO "ServiceRequest" (id, content, "lastUpdated", compartments, code, patient, encounter, authored, "basedOn", "bodySite", category, "instantiatesCanonical",
  "instantiatesUri", intent, occurrence, performer, "performerType", priority, replaces, requester, requisition, specimen, status, subject, deleted, "orderDetail",
  _profile, _security, _source, _tag, "projectId", "priorityOrder")
SELECT s.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'ServiceRequest', 'id', s.id,
         'meta', mpgen.meta(fixture_gen.uuid('srv', s.i)::uuid, s.lu, CASE WHEN s.fax THEN 'Bot' ELSE 'Practitioner' END,
                   CASE WHEN s.fax THEN fixture_gen.uuid('bot', 4)::uuid ELSE fixture_gen.uuid('pr', 29 + s.i % 2)::uuid END,
                   CASE WHEN s.fax THEN 'referral-fax-ingest' ELSE (SELECT name FROM mpgen.pr WHERE i = 29 + s.i % 2) END, ARRAY[mpgen.pid(), p.id]),
         'identifier', jsonb_build_array(jsonb_build_object('system', 'https://cedarvalleycbh.org/fhir/referral', 'value', s.req)),
         'requisition', jsonb_build_object('system', 'https://cedarvalleycbh.org/fhir/referral', 'value', s.req),
         'status', s.status, 'intent', 'order', 'priority', s.prio,
         'category', jsonb_build_array(mpgen.cc('http://snomed.info/sct', '3457005', 'Patient referral')),
         'code', mpgen.cc('http://snomed.info/sct', split_part(s.code, '|', 2), s.codetext),
         'subject', mpgen.ref('Patient', p.id, p.name),
         'authoredOn', mpgen.iso(s.auth),
         'requester', CASE WHEN s.outbound THEN mpgen.ref('Practitioner', fixture_gen.uuid('pr', p.counselor)::uuid, (SELECT name FROM mpgen.pr WHERE i = p.counselor))
                           ELSE jsonb_build_object('reference', 'Organization/' || o.id, 'display', o.name) END,
         'performer', jsonb_build_array(CASE WHEN s.outbound THEN mpgen.ref('Organization', fixture_gen.uuid('org', 8)::uuid, 'Bridgeway House Women''s Shelter')
                                             ELSE mpgen.ref('Organization', fixture_gen.uuid('org', 1)::uuid, 'Cedar Valley Community Behavioral Health') END),
         'reasonCode', jsonb_build_array(jsonb_build_object('text', d.display)),
         'note', jsonb_build_array(jsonb_build_object('text', CASE s.i % 6
             WHEN 0 THEN 'Seen in ED ' || to_char(s.auth - interval '2 days', 'MM/DD') || ' after overdose, reversed with 2 doses of naloxone. Wants MOUD. Best number ' || p.phone || '.'
             WHEN 1 THEN 'Court-ordered assessment. Defendant ' || p.name || ', DOB ' || to_char(p.dob, 'MM/DD/YYYY') || ', case 23CR' || fixture_gen.digits('srcase', s.i, 5) || '.'
             WHEN 2 THEN 'PCP referral for depression not responding to two SSRIs.'
             WHEN 3 THEN 'Please see for intake; lives with ' || coalesce(p.ec_name, 'a friend') || '. No phone, reach via email.'
             WHEN 4 THEN 'Needs shelter bed while waiting for residential treatment.'
             ELSE 'Referral received by fax, see attached.' END))))::text,
       s.lu, ARRAY[mpgen.pid(), p.id],
       s.code, 'Patient/' || p.id,
       CASE WHEN s.outbound THEN 'Encounter/' || fixture_gen.uuid('enc', s.i) END,
       s.auth, NULL, NULL, ARRAY['http://snomed.info/sct|3457005'], NULL, NULL, 'order',
       CASE WHEN s.status = 'completed' THEN s.auth + make_interval(days => 3 + fixture_gen.n('srocc', s.i, 20)) END,
       ARRAY['Organization/' || fixture_gen.uuid('org', CASE WHEN s.outbound THEN 8 ELSE 1 END)],
       CASE WHEN s.outbound THEN NULL ELSE 'http://snomed.info/sct|224608005' END,
       s.prio, NULL,
       CASE WHEN s.outbound THEN 'Practitioner/' || fixture_gen.uuid('pr', p.counselor) ELSE 'Organization/' || o.id END,
       s.req, NULL, s.status, 'Patient/' || p.id, false, '{}',
       NULL,
       CASE WHEN s.code LIKE '%306136006' THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH'] END,
       CASE WHEN s.fax THEN 'https://fax.cedarvalleycbh.org/inbound' END,
       NULL, mpgen.pid(),
       CASE s.prio WHEN 'stat' THEN 4 WHEN 'urgent' THEN 2 ELSE 1 END
FROM (SELECT i, fixture_gen.uuid('sr', i)::uuid AS id, mpgen.pick_pt('srp', i) AS pi, i % 6 = 4 AS outbound, i % 6 = 5 AS fax,
             mpgen.at('sra', i, '2021-03-01', '2025-01-10') AS auth,
             'REF-' || (2021 + i / 30)::text || '-' || lpad((i * 7)::text, 5, '0') AS req,
             CASE WHEN i % 6 = 4 THEN 'http://snomed.info/sct|440379008' WHEN i % 3 = 0 THEN 'http://snomed.info/sct|306136006' WHEN i % 3 = 1 THEN 'http://snomed.info/sct|308477009'
                  ELSE 'http://snomed.info/sct|306294006' END AS code,
             CASE WHEN i % 6 = 4 THEN 'Referral to housing service' WHEN i % 3 = 0 THEN 'Referral to addiction service' WHEN i % 3 = 1 THEN 'Referral to psychiatry service'
                  ELSE 'Referral to mental health counselor' END AS codetext,
             CASE WHEN i % 9 = 0 THEN 'revoked' WHEN i % 4 = 0 THEN 'active' ELSE 'completed' END AS status,
             CASE WHEN i % 6 = 0 THEN 'urgent' WHEN i % 29 = 0 THEN 'stat' ELSE 'routine' END AS prio,
             1 + (ARRAY[2, 3, 4, 5, 7, 2])[1 + i % 6] - 1 AS oi,
             mpgen.at('sra', i, '2021-03-01', '2025-01-10') + make_interval(hours => 2 + fixture_gen.n('srlu', i, 500)) AS lu
      FROM generate_series(1, 120) i) s
JOIN mpgen.pt p ON p.i = s.pi
JOIN mpgen.org o ON o.i = s.oi
JOIN mpgen.dx d ON d.k = 1 + fixture_gen.n('ptdx', p.i, 12)
ORDER BY s.i;

-- ---------------------------------------------------------------------------
-- Documents and their binaries, messages, consents and questionnaire answers.

CREATE TABLE "DocumentReference" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  patient text,
  type text,
  encounter text[],
  authenticator text,
  author text[],
  category text[],
  contenttype text[],
  custodian text,
  date timestamp with time zone,
  description text,
  event text[],
  facility text,
  format text[],
  language text[],
  location text[],
  period timestamp with time zone,
  related text[],
  relatesto text[],
  relation text[],
  "securityLabel" text[],
  setting text,
  status text,
  subject text,
  relationship text[],
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "DocumentReference_pkey" PRIMARY KEY (id)
);

CREATE TABLE mpgen.doc AS
SELECT i, fixture_gen.uuid('doc', i)::uuid AS id, fixture_gen.uuid('bin', i)::uuid AS bid, fixture_gen.uuid('binv', i)::uuid AS bvid, mpgen.pick_pt('docp', i) AS pi, 1 + i % 9 AS k,
       mpgen.at('docd', i, '2021-04-01', '2025-01-12') AS dt,
       (ARRAY['11488-4', '59284-0', '51851-4', '11506-3', '34117-2', '53245-5', '51899-3', '11502-2', '34133-9'])[1 + i % 9] AS tcode,
       (ARRAY['Consult note', 'Consent Document', 'Administrative note', 'Progress note', 'History and physical note', 'Identity document',
              'Details Document', 'Laboratory report', 'Summary of episode note'])[1 + i % 9] AS tname,
       (ARRAY['application/pdf', 'application/pdf', 'image/jpeg', 'application/pdf', 'application/pdf', 'image/jpeg', 'application/pdf', 'application/pdf', 'application/xml'])[1 + i % 9] AS ct
FROM generate_series(1, 120) i;

INSERT INTO "DocumentReference" (id, content, "lastUpdated", compartments, patient, type, encounter, authenticator, author, category, contenttype, custodian, date,
  description, event, facility, format, language, location, period, related, relatesto, relation, "securityLabel", setting, status, subject, relationship,
  deleted, _profile, _security, _source, _tag, "projectId")
SELECT d.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'DocumentReference', 'id', d.id,
         'meta', mpgen.meta(fixture_gen.uuid('docv', d.i)::uuid, d.dt + interval '1 minute', au.t, au.id, au.name, ARRAY[mpgen.pid(), p.id]),
         'status', CASE WHEN d.i % 19 = 0 THEN 'superseded' ELSE 'current' END,
         'type', mpgen.cc('http://loinc.org', d.tcode, d.tname),
         'category', jsonb_build_array(mpgen.cc('http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category', 'clinical-note', 'Clinical Note')),
         'subject', mpgen.ref('Patient', p.id, p.name),
         'date', mpgen.iso(d.dt),
         'author', jsonb_build_array(jsonb_build_object('reference', au.t || '/' || au.id, 'display', au.name)),
         'custodian', mpgen.ref('Organization', fixture_gen.uuid('org', 1)::uuid, 'Cedar Valley Community Behavioral Health'),
         'description', x.descr,
         'securityLabel', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/v3-Confidentiality', 'R', 'restricted'))
                           || CASE WHEN p.sens IS NOT NULL THEN jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/v3-ActCode', p.sens, NULL)) ELSE '[]'::jsonb END,
         'content', jsonb_build_array(jsonb_build_object('attachment', jsonb_build_object('contentType', d.ct, 'url', x.url,
                       'title', CASE WHEN d.i % 3 = 0 THEN replace(d.tname, ' ', '_') || '_' || fixture_gen.ascii(p.l) || '_' || fixture_gen.ascii(p.f) || '_' || to_char(d.dt, 'YYYY-MM-DD')
                                     ELSE 'scan_' || to_char(d.dt, 'YYYYMMDD_HH24MISS') END || CASE d.ct WHEN 'image/jpeg' THEN '.jpg' WHEN 'application/xml' THEN '.xml' ELSE '.pdf' END,
                       'size', 20000 + fixture_gen.n('docsz', d.i, 2000000), 'creation', mpgen.iso(d.dt)))),
         'context', CASE WHEN d.k = 1 THEN jsonb_build_object('related', jsonb_build_array(mpgen.ref('ServiceRequest', fixture_gen.uuid('sr', d.i)::uuid))) END))::text,
       d.dt + interval '1 minute', ARRAY[mpgen.pid(), p.id],
       'Patient/' || p.id, 'http://loinc.org|' || d.tcode,
       CASE WHEN d.k IN (4, 5) THEN ARRAY['Encounter/' || fixture_gen.uuid('enc', d.i)] END,
       CASE WHEN d.k IN (4, 5) THEN 'Practitioner/' || fixture_gen.uuid('pr', p.prescriber) END,
       ARRAY[au.t || '/' || au.id],
       ARRAY['http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category|clinical-note'],
       ARRAY[d.ct], 'Organization/' || fixture_gen.uuid('org', 1), d.dt, x.descr,
       NULL, NULL,
       CASE WHEN d.k = 9 THEN ARRAY['urn:hl7-org:sdwg:ccda-structuredBody:2.1'] END,
       ARRAY['en-US'],
       ARRAY[x.url], NULL,
       CASE WHEN d.k = 1 THEN ARRAY['ServiceRequest/' || fixture_gen.uuid('sr', d.i)] END,
       NULL, NULL,
       ARRAY['http://terminology.hl7.org/CodeSystem/v3-Confidentiality|R'] || CASE WHEN p.sens IS NOT NULL THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|' || p.sens] ELSE ARRAY[]::text[] END,
       NULL,
       CASE WHEN d.i % 19 = 0 THEN 'superseded' ELSE 'current' END,
       'Patient/' || p.id, NULL, false,
       ARRAY['http://hl7.org/fhir/us/core/StructureDefinition/us-core-documentreference'], NULL,
       CASE WHEN au.t = 'Bot' THEN 'https://fax.cedarvalleycbh.org/inbound' END,
       NULL, mpgen.pid()
FROM mpgen.doc d
JOIN mpgen.pt p ON p.i = d.pi
CROSS JOIN LATERAL (SELECT CASE WHEN d.k IN (1, 7) AND d.i % 2 = 1 THEN 'Bot' ELSE 'Practitioner' END AS t,
                           CASE WHEN d.k IN (1, 7) AND d.i % 2 = 1 THEN fixture_gen.uuid('bot', 4)::uuid WHEN d.k = 9 THEN fixture_gen.uuid('bot', 13)::uuid
                                ELSE fixture_gen.uuid('pr', CASE WHEN d.k IN (2, 3, 6) THEN 29 + d.i % 4 ELSE p.counselor END)::uuid END AS id,
                           CASE WHEN d.k IN (1, 7) AND d.i % 2 = 1 THEN 'referral-fax-ingest' WHEN d.k = 9 THEN 'care-everywhere-cda-import'
                                ELSE (SELECT name FROM mpgen.pr WHERE i = CASE WHEN d.k IN (2, 3, 6) THEN 29 + d.i % 4 ELSE p.counselor END) END AS name) au0
CROSS JOIN LATERAL (SELECT CASE WHEN au0.t = 'Practitioner' AND d.k = 9 THEN 'Bot' ELSE au0.t END AS t, au0.id, au0.name) au
CROSS JOIN LATERAL (SELECT
  CASE d.k
    WHEN 1 THEN fixture_gen.pick(ARRAY['Discharge summary from Providence Portland ED', 'Referral packet, Legacy Emanuel', 'ED visit note after overdose'], 'docds', d.i)
    WHEN 2 THEN CASE WHEN d.i % 2 = 0 THEN 'Signed ROI for ' || p.ec_rel || ' ' || coalesce(p.ec_name, fixture_gen.full_name('docrn', d.i)) ELSE 'ROI - Multnomah County Drug Court' END
    WHEN 3 THEN 'Scanned OHP card (front and back)'
    WHEN 4 THEN CASE WHEN d.i % 2 = 0 THEN 'Letter of attendance for PO ' || fixture_gen.full_name('docpo', d.i) ELSE 'Progress note addendum' END
    WHEN 5 THEN 'Psychiatric evaluation - initial'
    WHEN 6 THEN CASE WHEN d.i % 2 = 0 THEN 'Photo ID (Oregon driver license)' ELSE 'Photo ID, ' || p.name || ', expires ' || to_char(d.dt + interval '5 years', 'MM/YYYY') END
    WHEN 7 THEN CASE WHEN d.i % 4 = 0 THEN NULL ELSE 'Court order - civil commitment hearing' END
    WHEN 8 THEN 'Lab report - Cascade Reference Laboratory'
    ELSE 'Care Everywhere CCD from OHSU' END AS descr,
  CASE WHEN d.i % 5 = 2 THEN 'https://storage.cedarvalleycbh.org/binary/' || d.bid || '/' || d.bvid || '?Expires=' || (1704067200 + fixture_gen.n('docex', d.i, 31536000))::text
                            || '&Key-Pair-Id=K' || fixture_gen.chars('dockp', 1, 13, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '&Signature=' || translate(fixture_gen.b64('docsig', d.i, 192), '+/=', '-~_')
       ELSE 'Binary/' || d.bid END AS url) x
ORDER BY d.i;

CREATE TABLE "Binary" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "Binary_pkey" PRIMARY KEY (id)
);

INSERT INTO "Binary" (id, content, "lastUpdated", compartments, deleted, _profile, _security, _source, _tag, "projectId")
SELECT d.bid,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'Binary', 'id', d.bid,
         'meta', mpgen.meta(d.bvid, d.dt, 'Practitioner', fixture_gen.uuid('pr', 29 + d.i % 4)::uuid, (SELECT name FROM mpgen.pr WHERE i = 29 + d.i % 4), ARRAY[mpgen.pid()]),
         'contentType', d.ct,
         'securityContext', mpgen.ref('DocumentReference', d.id),
         'data', CASE WHEN d.k = 6 AND d.i % 4 = 1 THEN fixture_gen.b64('bindata', d.i, 240) END))::text,
       d.dt, ARRAY[mpgen.pid()], false, NULL::text[], NULL::text[], NULL::text, NULL::text[], mpgen.pid()
FROM mpgen.doc d
UNION ALL
SELECT fixture_gen.uuid('botsrc', b.i)::uuid,
       jsonb_build_object('resourceType', 'Binary', 'id', fixture_gen.uuid('botsrc', b.i),
         'meta', mpgen.meta(fixture_gen.uuid('botsrcv', b.i)::uuid, mpgen.at('botsrc', b.i, '2022-01-01', '2024-12-01'), 'Practitioner', fixture_gen.uuid('pr', 33)::uuid,
                            (SELECT name FROM mpgen.pr WHERE i = 33), ARRAY[mpgen.pid()]),
         'contentType', 'text/typescript')::text,
       mpgen.at('botsrc', b.i, '2022-01-01', '2024-12-01'), ARRAY[mpgen.pid()], false, NULL, NULL, NULL, NULL, mpgen.pid()
FROM mpgen.bot b;

CREATE TABLE "Communication" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  "basedOn" text[],
  category text[],
  encounter text,
  "instantiatesCanonical" text[],
  "instantiatesUri" text[],
  medium text[],
  "partOf" text[],
  patient text,
  received timestamp with time zone,
  recipient text[],
  sender text,
  sent timestamp with time zone,
  status text,
  subject text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "Communication_pkey" PRIMARY KEY (id)
);

CREATE TABLE "Communication_History" (
  "versionId" uuid NOT NULL,
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  CONSTRAINT "Communication_History_pkey" PRIMARY KEY ("versionId")
);

-- Messages: 0 SMS reminders sent by the Twilio bot, 1 SMS from clients,
-- 2 portal messages from clients, 3 staff notes to each other about a
-- client, 4 portal welcome emails.
CREATE TABLE mpgen.msg AS
SELECT m.i, fixture_gen.uuid('com', m.i)::uuid AS id, m.pi, m.i % 5 AS kind, m.sent,
       CASE WHEN m.i % 5 IN (1, 2) AND m.i % 8 = 0 THEN 'in-progress' ELSE 'completed' END AS status,
       r.id AS rid, r.name AS rname, r.f AS rf, r2.id AS r2id, r2.name AS r2name,
       CASE m.i % 5
         WHEN 0 THEN 'Hi ' || coalesce(p.nick, p.f) || ', this is Cedar Valley CBH reminding you of your appointment ' || to_char(m.sent + interval '1 day', 'Dy MM/DD') || ' at '
                     || to_char(m.sent + interval '1 day', 'HH12:MI AM') || ' with ' || r.f || '. Reply C to confirm or call (503) 555-0100 to reschedule.'
         WHEN 1 THEN fixture_gen.pick(ARRAY['C', 'C', 'Can we move it to the afternoon? I start at the warehouse Monday',
                     'I relapsed last night. I''m scared to tell ' || r.f || '.', 'Running 10 min late, bus broke down',
                     'This is ' || p.f || '''s mom, she is in the hospital at Legacy Emanuel and can''t make it', 'STOP',
                     'Lost my phone, new number is ' || mpgen.usphone('comnn', m.i), 'need a refill on my strips before friday pls',
                     'who is this?'], 'comsms', m.i)
         WHEN 2 THEN fixture_gen.pick(ARRAY['Can I get a letter for my landlord saying I''m in treatment?', 'The new med makes me really dizzy, should I keep taking it?',
                     'I need my PO ' || fixture_gen.full_name('compo', m.i) || ' to get my attendance for March, I signed the form already.',
                     'Thank you for last week. I went to the meeting you told me about.', 'My insurance changed to Kaiser, do I need to do anything?',
                     'I have been having thoughts of hurting myself again. Not going to do anything but wanted someone to know.',
                     'Can my partner ' || fixture_gen.first_name('compn', m.i) || ' come to the next session?'], 'comportal', m.i)
         WHEN 3 THEN fixture_gen.pick(ARRAY['Can you cover ' || p.f || '''s 2pm? I''m out sick.', 'FYI ' || p.f || ' relapsed over the weekend, UDS today, please see before dosing.',
                     'Please call ' || p.name || ' back about the housing voucher, number in chart.', 'Prior auth for Vivitrol approved for ' || p.f || '.',
                     'Front desk: ' || p.f || ' left a naloxone kit request, gave 2 kits.'], 'comstaff', m.i)
         ELSE 'Welcome to the Cedar Valley portal, ' || p.f || '. Your account uses ' || coalesce(p.email, 'this address') || '. Sign in at https://portal.cedarvalleycbh.org to message your care team.' END AS body
FROM (SELECT i, mpgen.pick_pt('comp', i) AS pi, mpgen.at('coms', i, '2022-02-01', '2025-01-12') AS sent FROM generate_series(1, 250) i) m
JOIN mpgen.pt p ON p.i = m.pi
JOIN mpgen.pr r ON r.i = p.counselor
JOIN mpgen.pr r2 ON r2.i = 5 + (m.i % 22);

CREATE FUNCTION mpgen.msg_json(m mpgen.msg, v int) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object('resourceType', 'Communication', 'id', m.id,
    'meta', mpgen.meta(fixture_gen.uuid('comv' || v, m.i)::uuid, m.sent + make_interval(secs => v * 40),
              CASE WHEN m.kind IN (0, 1) THEN 'Bot' WHEN m.kind = 4 THEN 'Bot' WHEN m.kind = 3 THEN 'Practitioner' ELSE 'Patient' END,
              CASE WHEN m.kind IN (0, 1) THEN fixture_gen.uuid('bot', 1)::uuid WHEN m.kind = 4 THEN fixture_gen.uuid('bot', 15)::uuid WHEN m.kind = 3 THEN m.r2id ELSE p.id END,
              CASE WHEN m.kind IN (0, 1) THEN 'twilio-sms-reminders' WHEN m.kind = 4 THEN 'portal-invite-sendgrid' WHEN m.kind = 3 THEN m.r2name ELSE p.name END,
              ARRAY[mpgen.pid(), p.id]),
    'identifier', CASE WHEN m.kind IN (0, 1) THEN jsonb_build_array(jsonb_build_object('system', 'https://api.twilio.com/message-sid', 'value', 'SM' || fixture_gen.hexn('comsid', m.i, 32))) END,
    'status', CASE WHEN v = 1 AND m.status = 'in-progress' THEN 'preparation' ELSE m.status END,
    'category', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/communication-category', CASE m.kind WHEN 0 THEN 'reminder' WHEN 4 THEN 'notification' ELSE 'instruction' END, NULL)),
    'medium', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', CASE WHEN m.kind IN (0, 1) THEN 'SMSWRIT' WHEN m.kind = 4 THEN 'EMAILWRIT' ELSE 'ELECTRONIC' END, NULL)),
    'subject', mpgen.ref('Patient', p.id, p.name),
    'sent', mpgen.iso(m.sent),
    'received', CASE WHEN m.status = 'completed' THEN mpgen.iso(m.sent + interval '4 seconds') END,
    'sender', CASE m.kind WHEN 0 THEN mpgen.ref('Organization', fixture_gen.uuid('org', 1)::uuid, 'Cedar Valley Community Behavioral Health')
                          WHEN 4 THEN mpgen.ref('Organization', fixture_gen.uuid('org', 1)::uuid, 'Cedar Valley Community Behavioral Health')
                          WHEN 3 THEN mpgen.ref('Practitioner', m.r2id, m.r2name) ELSE mpgen.ref('Patient', p.id, p.name) END,
    'recipient', jsonb_build_array(CASE WHEN m.kind IN (0, 4) THEN jsonb_build_object('reference', 'Patient/' || p.id, 'display', p.name)
                                        ELSE mpgen.ref('Practitioner', m.rid, m.rname) END),
    'payload', jsonb_build_array(jsonb_build_object('contentString', m.body)),
    'extension', CASE WHEN m.kind IN (0, 1) THEN jsonb_build_array(jsonb_build_object('url', 'https://cedarvalleycbh.org/fhir/StructureDefinition/sms-number', 'valueString', p.phone)) END))
  FROM mpgen.pt p WHERE p.i = m.pi
$$;

INSERT INTO "Communication" (id, content, "lastUpdated", compartments, "basedOn", category, encounter, "instantiatesCanonical", "instantiatesUri", medium, "partOf",
  patient, received, recipient, sender, sent, status, subject, deleted, _profile, _security, _source, _tag, "projectId")
SELECT m.id, mpgen.msg_json(m, 2)::text, m.sent + interval '80 seconds', ARRAY[mpgen.pid(), p.id],
       NULL,
       ARRAY['http://terminology.hl7.org/CodeSystem/communication-category|' || CASE m.kind WHEN 0 THEN 'reminder' WHEN 4 THEN 'notification' ELSE 'instruction' END],
       NULL, NULL, NULL,
       ARRAY['http://terminology.hl7.org/CodeSystem/v3-ParticipationMode|' || CASE WHEN m.kind IN (0, 1) THEN 'SMSWRIT' WHEN m.kind = 4 THEN 'EMAILWRIT' ELSE 'ELECTRONIC' END],
       NULL, 'Patient/' || p.id,
       CASE WHEN m.status = 'completed' THEN m.sent + interval '4 seconds' END,
       ARRAY[CASE WHEN m.kind IN (0, 4) THEN 'Patient/' || p.id ELSE 'Practitioner/' || m.rid END],
       CASE m.kind WHEN 0 THEN 'Organization/' || fixture_gen.uuid('org', 1) WHEN 4 THEN 'Organization/' || fixture_gen.uuid('org', 1)
                   WHEN 3 THEN 'Practitioner/' || m.r2id ELSE 'Patient/' || p.id END,
       m.sent, m.status, 'Patient/' || p.id, false, NULL,
       CASE WHEN p.sens = 'ETH' AND m.kind IN (1, 2, 3) THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH'] END,
       CASE WHEN m.kind IN (0, 1) THEN 'https://api.twilio.com' END,
       NULL, mpgen.pid()
FROM mpgen.msg m JOIN mpgen.pt p ON p.i = m.pi
ORDER BY m.i;

INSERT INTO "Communication_History" ("versionId", id, content, "lastUpdated")
SELECT fixture_gen.uuid('comv' || v, m.i)::uuid, m.id, mpgen.msg_json(m, v)::text, m.sent + make_interval(secs => v * 40)
FROM mpgen.msg m CROSS JOIN generate_series(1, 2) v
WHERE v = 2 OR m.i % 7 = 0
ORDER BY m.i, v;

CREATE TABLE "Consent" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  date timestamp with time zone,
  patient text,
  action text[],
  actor text[],
  category text[],
  consentor text[],
  data text[],
  organization text[],
  period timestamp with time zone,
  purpose text[],
  scope text,
  "securityLabel" text[],
  "sourceReference" text,
  status text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "Consent_pkey" PRIMARY KEY (id)
);

-- 42 CFR Part 2 consents to disclose: to the drug court, a probation officer,
-- a relative, a primary care clinic, the health plan, an employer's EAP.
INSERT INTO "Consent" (id, content, "lastUpdated", compartments, date, patient, action, actor, category, consentor, data, organization, period, purpose, scope,
  "securityLabel", "sourceReference", status, deleted, _profile, _security, _source, _tag, "projectId")
SELECT c.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'Consent', 'id', c.id,
         'meta', mpgen.meta(fixture_gen.uuid('consv', c.i)::uuid, c.dt + interval '5 minutes', 'Practitioner', r.id, r.name, ARRAY[mpgen.pid(), p.id])
                 || jsonb_build_object('security', jsonb_build_array(jsonb_build_object('system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', 'ETH'))),
         'status', c.status,
         'scope', mpgen.cc('http://terminology.hl7.org/CodeSystem/consentscope', 'patient-privacy', 'Privacy Consent'),
         'category', jsonb_build_array(mpgen.cc('http://loinc.org', '59284-0', 'Patient Consent'), mpgen.cc('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'IDSCL', 'information disclosure')),
         'patient', mpgen.ref('Patient', p.id, p.name),
         'dateTime', mpgen.iso(c.dt),
         'performer', jsonb_build_array(mpgen.ref('Patient', p.id, p.name)),
         'organization', jsonb_build_array(mpgen.ref('Organization', fixture_gen.uuid('org', 1)::uuid, 'Cedar Valley Community Behavioral Health')),
         'sourceReference', mpgen.ref('DocumentReference', fixture_gen.uuid('doc', c.i)::uuid),
         'policy', jsonb_build_array(jsonb_build_object('authority', 'https://www.ecfr.gov', 'uri', 'https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2')),
         'provision', jsonb_build_object('type', CASE WHEN c.status = 'rejected' THEN 'deny' ELSE 'permit' END,
            'period', jsonb_build_object('start', mpgen.iso(c.dt), 'end', mpgen.iso(c.dt + interval '1 year')),
            'actor', jsonb_build_array(jsonb_build_object('role', mpgen.cc('http://terminology.hl7.org/CodeSystem/v3-ParticipationType', 'IRCP', 'information recipient'),
                                                          'reference', jsonb_build_object('reference', x.actor, 'display', x.who))),
            'action', jsonb_build_array(mpgen.cc('http://terminology.hl7.org/CodeSystem/consentaction', 'disclose', NULL)),
            'purpose', jsonb_build_array(jsonb_build_object('system', 'http://terminology.hl7.org/CodeSystem/v3-ActReason', 'code', x.purpose)),
            'securityLabel', jsonb_build_array(jsonb_build_object('system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', 'ETH'))),
         'extension', jsonb_build_array(jsonb_build_object('url', 'https://cedarvalleycbh.org/fhir/StructureDefinition/disclosure-scope', 'valueString', x.scope))))::text,
       c.dt + interval '5 minutes', ARRAY[mpgen.pid(), p.id], c.dt, 'Patient/' || p.id,
       ARRAY['http://terminology.hl7.org/CodeSystem/consentaction|disclose'],
       ARRAY[x.actor],
       ARRAY['http://loinc.org|59284-0', 'http://terminology.hl7.org/CodeSystem/v3-ActCode|IDSCL'],
       ARRAY['Patient/' || p.id],
       CASE WHEN c.i % 4 = 0 THEN ARRAY['DocumentReference/' || fixture_gen.uuid('doc', c.i + 1)] END,
       ARRAY['Organization/' || fixture_gen.uuid('org', 1)],
       c.dt,
       ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActReason|' || x.purpose],
       'http://terminology.hl7.org/CodeSystem/consentscope|patient-privacy',
       ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH'],
       'DocumentReference/' || fixture_gen.uuid('doc', c.i),
       c.status, false, NULL,
       ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH'],
       NULL, NULL, mpgen.pid()
FROM (SELECT i, fixture_gen.uuid('cons', i)::uuid AS id, mpgen.pick_pt('consp', i) AS pi, mpgen.at('consd', i, '2021-06-01', '2025-01-05') AS dt,
             CASE WHEN i % 9 = 0 THEN 'inactive' WHEN i % 17 = 0 THEN 'rejected' ELSE 'active' END AS status
      FROM generate_series(1, 100) i) c
JOIN mpgen.pt p ON p.i = c.pi
JOIN mpgen.pr r ON r.i = p.counselor
CROSS JOIN LATERAL (SELECT
  CASE c.i % 6 WHEN 0 THEN 'Organization/' || fixture_gen.uuid('org', 3) WHEN 1 THEN 'Organization/' || fixture_gen.uuid('org', 7)
               WHEN 2 THEN 'RelatedPerson/' || fixture_gen.uuid('rp', c.i) WHEN 3 THEN 'Organization/' || fixture_gen.uuid('org', 4)
               WHEN 4 THEN 'Organization/' || fixture_gen.uuid('org', 9) ELSE 'Organization/' || fixture_gen.uuid('eap', c.i) END AS actor,
  CASE c.i % 6 WHEN 0 THEN 'Multnomah County Adult Drug Court, Judge ' || fixture_gen.last_name('consj', c.i)
               WHEN 1 THEN 'PO ' || fixture_gen.full_name('conspo', c.i) || ', Multnomah County Community Justice'
               WHEN 2 THEN coalesce(p.ec_name, fixture_gen.full_name('consrp', c.i)) || ' (' || p.ec_rel || ')'
               WHEN 3 THEN 'Dr. ' || fixture_gen.full_name('conspc', c.i) || ', OHSU Family Medicine at Richmond'
               WHEN 4 THEN 'CareOregon (Health Share of Oregon)'
               ELSE fixture_gen.pick(ARRAY['Northwest Freight Co. EAP', 'Rose City Transit EAP', 'Columbia Gorge Hospitality Group HR'], 'conseap', c.i) END AS who,
  CASE c.i % 6 WHEN 0 THEN 'HLEGAL' WHEN 1 THEN 'HLEGAL' WHEN 2 THEN 'FAMRQT' WHEN 3 THEN 'TREAT' WHEN 4 THEN 'HPAYMT' ELSE 'HOPERAT' END AS purpose,
  CASE c.i % 6 WHEN 0 THEN 'Attendance, UDS results, treatment compliance' WHEN 1 THEN 'Attendance and UDS results only'
               WHEN 2 THEN 'Appointment times and general progress; no UDS results' WHEN 3 THEN 'Diagnoses, medications, treatment plan'
               WHEN 4 THEN 'Diagnoses and services for billing' ELSE 'Attendance only' END AS scope) x
ORDER BY c.i;

CREATE TABLE "QuestionnaireResponse" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  author text,
  authored timestamp with time zone,
  "basedOn" text[],
  encounter text,
  "partOf" text[],
  patient text,
  questionnaire text,
  source text,
  status text,
  subject text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "QuestionnaireResponse_pkey" PRIMARY KEY (id)
);

CREATE TABLE "QuestionnaireResponse_History" (
  "versionId" uuid NOT NULL,
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  CONSTRAINT "QuestionnaireResponse_History_pkey" PRIMARY KEY ("versionId")
);

-- Questionnaire answers: 0 and 1 the adult intake form (typed by the client
-- in the portal or by front desk), 2 PHQ-9, 3 GAD-7, 4 the visit survey.
CREATE TABLE mpgen.qr AS
SELECT i, fixture_gen.uuid('qr', i)::uuid AS id, mpgen.pick_pt('qrp', i) AS pi, i % 5 AS kind, mpgen.at('qra', i, '2021-05-01', '2025-01-12') AS authored,
       CASE WHEN i % 9 = 0 THEN 'in-progress' ELSE 'completed' END AS status
FROM generate_series(1, 150) i;

CREATE FUNCTION mpgen.item(link text, txt text, answer jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object('linkId', link, 'text', txt, 'answer', CASE WHEN answer IS NOT NULL THEN jsonb_build_array(answer) END))
$$;

CREATE FUNCTION mpgen.qr_json(q mpgen.qr, v int) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object('resourceType', 'QuestionnaireResponse', 'id', q.id,
    'meta', mpgen.meta(fixture_gen.uuid('qrv' || v, q.i)::uuid, q.authored + make_interval(mins => v * 7),
              CASE WHEN q.i % 2 = 0 THEN 'Patient' ELSE 'Practitioner' END, CASE WHEN q.i % 2 = 0 THEN p.id ELSE fixture_gen.uuid('pr', 29 + q.i % 2)::uuid END,
              CASE WHEN q.i % 2 = 0 THEN p.name ELSE (SELECT name FROM mpgen.pr WHERE i = 29 + q.i % 2) END, ARRAY[mpgen.pid(), p.id]),
    'questionnaire', (ARRAY['https://cedarvalleycbh.org/fhir/Questionnaire/intake-adult|3', 'https://cedarvalleycbh.org/fhir/Questionnaire/intake-adult|3',
                            'http://loinc.org/q/44249-1', 'http://loinc.org/q/69737-5', 'https://cedarvalleycbh.org/fhir/Questionnaire/visit-survey|1'])[1 + q.kind],
    'status', CASE WHEN v = 1 THEN 'in-progress' ELSE q.status END,
    'subject', mpgen.ref('Patient', p.id, p.name),
    'authored', mpgen.iso(q.authored),
    'author', CASE WHEN q.i % 2 = 0 THEN mpgen.ref('Patient', p.id, p.name) ELSE mpgen.ref('Practitioner', fixture_gen.uuid('pr', 29 + q.i % 2)::uuid, (SELECT name FROM mpgen.pr WHERE i = 29 + q.i % 2)) END,
    'source', mpgen.ref('Patient', p.id),
    'item', CASE
      WHEN q.kind IN (0, 1) THEN jsonb_build_array(
        mpgen.item('legal-name', 'Legal name', jsonb_build_object('valueString', concat_ws(' ', p.f, p.middle, p.l))),
        mpgen.item('preferred-name', 'Name you go by', CASE WHEN p.nick IS NOT NULL THEN jsonb_build_object('valueString', p.nick) END),
        mpgen.item('dob', 'Date of birth', jsonb_build_object('valueDate', p.dob::text)),
        mpgen.item('phone', 'Best phone number', jsonb_build_object('valueString', CASE WHEN v = 1 THEN mpgen.usphone('ptphold', p.i) ELSE p.phone END)),
        mpgen.item('email', 'Email', CASE WHEN p.email IS NOT NULL THEN jsonb_build_object('valueString', p.email) END),
        mpgen.item('address', 'Where are you staying right now?', jsonb_build_object('valueString', p.street || ', ' || p.city || ' ' || p.zip)),
        mpgen.item('ssn-last4', 'Last 4 of SSN', CASE WHEN p.ssn IS NOT NULL THEN jsonb_build_object('valueString', right(p.ssn, 4)) END),
        mpgen.item('ohp', 'Oregon Health Plan ID', CASE WHEN p.ohp IS NOT NULL THEN jsonb_build_object('valueString', p.ohp) END),
        mpgen.item('emergency-contact', 'Emergency contact name and phone', CASE WHEN p.ec_name IS NOT NULL THEN jsonb_build_object('valueString', p.ec_name || ' (' || p.ec_rel || ') ' || p.ec_phone) END),
        mpgen.item('referral-source', 'Who referred you?', jsonb_build_object('valueCoding', jsonb_build_object('code', fixture_gen.pick(ARRAY['self', 'ed', 'court', 'pcp', 'family', 'probation'], 'qrref', q.i)))),
        mpgen.item('substances', 'Substances used in the last 30 days', jsonb_build_object('valueString', fixture_gen.pick(ARRAY['fentanyl (smoked), meth', 'alcohol daily', 'none', 'heroin IV, benzos',
                   'cannabis, alcohol on weekends', 'meth', 'pills (Xanax, oxy) bought on the street'], 'qrsub', q.i))),
        mpgen.item('last-use', 'When did you last use?', jsonb_build_object('valueDate', (q.authored - make_interval(days => fixture_gen.n('qrlu', q.i, 200)))::date::text)),
        mpgen.item('inject', 'Have you ever injected drugs?', jsonb_build_object('valueBoolean', q.i % 4 = 0)),
        mpgen.item('si', 'In the past 2 weeks, have you had thoughts that you would be better off dead?', jsonb_build_object('valueBoolean', q.i % 6 = 0)),
        mpgen.item('pregnant', 'Are you pregnant?', CASE WHEN p.gender = 'female' THEN jsonb_build_object('valueBoolean', q.i % 15 = 0) END),
        mpgen.item('legal', 'Are you on probation or parole? If so, who is your officer?', CASE WHEN q.i % 3 = 0 THEN jsonb_build_object('valueString', 'yes, ' || fixture_gen.full_name('qrpo', q.i)) END),
        mpgen.item('anything-else', 'Anything else you want us to know?', CASE WHEN q.i % 2 = 0 THEN jsonb_build_object('valueString', mpgen.note('qrae', q.i)) END))
      WHEN q.kind IN (2, 3) THEN (SELECT jsonb_agg(mpgen.item('q' || k, 'Item ' || k, jsonb_build_object('valueCoding', jsonb_build_object('system', 'http://loinc.org',
                                   'code', (ARRAY['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'])[1 + fixture_gen.n('qrit' || k, q.i, 4)]))) ORDER BY k)
                                  FROM generate_series(1, CASE WHEN q.kind = 2 THEN 9 ELSE 7 END) k)
      ELSE jsonb_build_array(
        mpgen.item('rating', 'How was your visit today?', jsonb_build_object('valueInteger', 1 + fixture_gen.n('qrrat', q.i, 5))),
        mpgen.item('comments', 'Comments', CASE WHEN q.i % 3 <> 0 THEN jsonb_build_object('valueString', fixture_gen.pick(ARRAY['Front desk was really kind.',
                   'Waited 40 minutes past my appointment time.', cn.f_name || ' really listens to me.', 'Parking is impossible.', 'Please bring back the evening group.'], 'qrcm', q.i)) END)) END))
  FROM mpgen.pt p CROSS JOIN LATERAL (SELECT (SELECT f FROM mpgen.pr WHERE i = p.counselor) AS f_name) cn
  WHERE p.i = q.pi
$$;

INSERT INTO "QuestionnaireResponse" (id, content, "lastUpdated", compartments, author, authored, "basedOn", encounter, "partOf", patient, questionnaire, source, status,
  subject, deleted, _profile, _security, _source, _tag, "projectId")
SELECT q.id, mpgen.qr_json(q, 2)::text, q.authored + interval '14 minutes', ARRAY[mpgen.pid(), p.id],
       CASE WHEN q.i % 2 = 0 THEN 'Patient/' || p.id ELSE 'Practitioner/' || fixture_gen.uuid('pr', 29 + q.i % 2) END,
       q.authored, NULL,
       CASE WHEN q.kind IN (2, 3) AND q.i % 2 = 1 THEN 'Encounter/' || fixture_gen.uuid('enc', q.i) END,
       NULL, 'Patient/' || p.id,
       (ARRAY['https://cedarvalleycbh.org/fhir/Questionnaire/intake-adult|3', 'https://cedarvalleycbh.org/fhir/Questionnaire/intake-adult|3',
              'http://loinc.org/q/44249-1', 'http://loinc.org/q/69737-5', 'https://cedarvalleycbh.org/fhir/Questionnaire/visit-survey|1'])[1 + q.kind],
       'Patient/' || p.id, q.status, 'Patient/' || p.id, false, NULL,
       CASE WHEN q.kind IN (0, 1) THEN ARRAY['http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH'] END,
       CASE WHEN q.i % 2 = 0 THEN 'https://portal.cedarvalleycbh.org/forms' END,
       NULL, mpgen.pid()
FROM mpgen.qr q JOIN mpgen.pt p ON p.i = q.pi
ORDER BY q.i;

INSERT INTO "QuestionnaireResponse_History" ("versionId", id, content, "lastUpdated")
SELECT fixture_gen.uuid('qrv' || v, q.i)::uuid, q.id, mpgen.qr_json(q, v)::text, q.authored + make_interval(mins => v * 7)
FROM mpgen.qr q CROSS JOIN generate_series(1, 2) v
WHERE v = 2 OR q.kind IN (0, 1)
ORDER BY q.i, v;

-- ---------------------------------------------------------------------------
-- Accounts: users, memberships, logins, security requests.

-- The users: staff (server-scoped, most signing in through the clinic's
-- Azure AD), the server admin, and clients with a portal account
-- (project-scoped).
CREATE TABLE mpgen.usr (k int PRIMARY KEY, id uuid, email text, f text, l text, kind text, ref_i int, sso boolean, created timestamptz);
INSERT INTO mpgen.usr
SELECT r.i, r.uid, r.email, r.f, r.l, 'staff', r.i, r.i <= 30 AND r.i % 4 <> 0, mpgen.at('usrc', r.i, '2021-01-15', '2024-10-01') FROM mpgen.pr r
UNION ALL
SELECT 35, fixture_gen.uuid('pru', 35)::uuid, 'admin@cedarvalleycbh.org', 'Medplum', 'Admin', 'admin', NULL, false, '2021-01-10 17:02:11+00'
UNION ALL
SELECT 35 + row_number() OVER (ORDER BY p.i), p.uid, coalesce(p.email, lower(p.mrn) || '@noemail.cedarvalleycbh.org'), p.f, p.l, 'patient', p.i, false, p.created + interval '3 days'
FROM mpgen.pt p WHERE p.uid IS NOT NULL;

CREATE TABLE "User" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  email text,
  deleted boolean DEFAULT false NOT NULL,
  project text,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "externalId" text,
  "projectId" uuid,
  CONSTRAINT "User_pkey" PRIMARY KEY (id)
);

CREATE TABLE "User_History" (
  "versionId" uuid NOT NULL,
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  CONSTRAINT "User_History_pkey" PRIMARY KEY ("versionId")
);

CREATE FUNCTION mpgen.user_json(u mpgen.usr, v int) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object('resourceType', 'User', 'id', u.id,
    'meta', jsonb_strip_nulls(jsonb_build_object('versionId', fixture_gen.uuid('usrv' || v, u.k), 'lastUpdated', mpgen.iso(u.created + make_interval(days => (v - 1) * 200)),
              'author', CASE WHEN u.kind = 'patient' THEN mpgen.ref('Practitioner', fixture_gen.uuid('pr', 29 + u.k % 2)::uuid, (SELECT name FROM mpgen.pr WHERE i = 29 + u.k % 2))
                             ELSE mpgen.ref('Practitioner', fixture_gen.uuid('pr', 33)::uuid, (SELECT name FROM mpgen.pr WHERE i = 33)) END,
              'project', CASE WHEN u.kind = 'patient' THEN mpgen.pid() END)),
    'firstName', u.f, 'lastName', u.l, 'email', u.email, 'emailVerified', u.k % 9 <> 0,
    'externalId', CASE WHEN u.sso THEN fixture_gen.uuid('aad', u.ref_i) END,
    'passwordHash', CASE WHEN NOT u.sso THEN fixture_gen.bcrypt('usrpw' || CASE WHEN v = 1 THEN '1' ELSE '' END, u.k) END,
    'mfaEnrolled', CASE WHEN u.kind <> 'patient' THEN v = 2 AND u.k % 3 <> 1 END,
    'mfaSecret', CASE WHEN u.kind <> 'patient' AND u.k % 3 <> 1 THEN mpgen.base32('usrmfa', u.k, 32) END,
    'admin', CASE WHEN u.kind = 'admin' THEN true END,
    'project', CASE WHEN u.kind = 'patient' THEN mpgen.ref('Project', mpgen.pid()) END))
$$;

INSERT INTO "User" (id, content, "lastUpdated", compartments, email, deleted, project, _profile, _security, _source, _tag, "externalId", "projectId")
SELECT u.id, mpgen.user_json(u, 2)::text, u.created + interval '200 days',
       CASE WHEN u.kind = 'patient' THEN ARRAY[mpgen.pid()] ELSE ARRAY[]::uuid[] END,
       u.email, false,
       CASE WHEN u.kind = 'patient' THEN 'Project/' || mpgen.pid() END,
       NULL, NULL, NULL, NULL,
       CASE WHEN u.sso THEN fixture_gen.uuid('aad', u.ref_i) END,
       CASE WHEN u.kind = 'patient' THEN mpgen.pid() END
FROM mpgen.usr u ORDER BY u.k;

INSERT INTO "User_History" ("versionId", id, content, "lastUpdated")
SELECT fixture_gen.uuid('usrv' || v, u.k)::uuid, u.id, mpgen.user_json(u, v)::text, u.created + make_interval(days => (v - 1) * 200)
FROM mpgen.usr u CROSS JOIN generate_series(1, 2) v
WHERE v = 2 OR u.k % 3 = 0
ORDER BY u.k, v;

CREATE TABLE "ProjectMembership" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  project text,
  "user" text,
  deleted boolean DEFAULT false NOT NULL,
  profile text DEFAULT ''::text,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "profileType" text,
  "externalId" text,
  "projectId" uuid,
  "accessPolicy" text[],
  "userName" text,
  CONSTRAINT "ProjectMembership_pkey" PRIMARY KEY (id)
);

INSERT INTO "ProjectMembership" (id, content, "lastUpdated", compartments, project, "user", deleted, profile, _profile, _security, _source, _tag, "profileType",
  "externalId", "projectId", "accessPolicy", "userName")
SELECT m.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'ProjectMembership', 'id', m.id,
         'meta', mpgen.meta(fixture_gen.uuid('pmv', m.k)::uuid, m.ts, 'Practitioner', fixture_gen.uuid('pr', 33)::uuid, (SELECT name FROM mpgen.pr WHERE i = 33), ARRAY[mpgen.pid()]),
         'project', mpgen.ref('Project', m.proj, CASE WHEN m.proj = mpgen.pid() THEN 'Cedar Valley CBH' ELSE 'Super Admin' END),
         'user', jsonb_build_object('reference', m.usertype || '/' || m.userid, 'display', m.userdisplay),
         'profile', jsonb_build_object('reference', m.proftype || '/' || m.profid, 'display', m.profdisplay),
         'accessPolicy', CASE WHEN m.policy IS NOT NULL THEN mpgen.ref('AccessPolicy', fixture_gen.uuid('ap', m.policy)::uuid,
                            (ARRAY['Clinician', 'Front desk', 'Patient portal', 'Integration (restricted)', 'Read-only reporting'])[m.policy]) END,
         'admin', CASE WHEN m.admin THEN true END,
         'externalId', m.ext, 'userName', m.uname, 'active', m.k % 23 <> 0))::text,
       m.ts, ARRAY[m.proj], 'Project/' || m.proj, m.usertype || '/' || m.userid, false, m.proftype || '/' || m.profid,
       NULL, NULL, NULL, NULL, m.proftype, m.ext, m.proj,
       CASE WHEN m.policy IS NOT NULL THEN ARRAY['AccessPolicy/' || fixture_gen.uuid('ap', m.policy)] END,
       m.uname
FROM (
  SELECT u.k, fixture_gen.uuid('pm', u.k)::uuid AS id, CASE WHEN u.kind = 'admin' THEN fixture_gen.uuid('mp-project', 0)::uuid ELSE mpgen.pid() END AS proj,
         'User' AS usertype, u.id AS userid, u.email AS userdisplay,
         CASE WHEN u.kind = 'patient' THEN 'Patient' ELSE 'Practitioner' END AS proftype,
         CASE WHEN u.kind = 'patient' THEN fixture_gen.uuid('pt', u.ref_i)::uuid WHEN u.kind = 'admin' THEN fixture_gen.uuid('pradm', 1)::uuid ELSE fixture_gen.uuid('pr', u.ref_i)::uuid END AS profid,
         u.f || ' ' || u.l AS profdisplay,
         CASE WHEN u.kind = 'patient' THEN 3 WHEN u.kind = 'admin' THEN NULL WHEN u.ref_i IN (29, 30, 32, 34) THEN 2 WHEN u.ref_i = 33 THEN NULL ELSE 1 END AS policy,
         u.kind = 'admin' OR u.ref_i IN (31, 33) AS admin,
         CASE WHEN u.sso THEN fixture_gen.uuid('aad', u.ref_i)::text END AS ext,
         CASE WHEN u.sso THEN CASE WHEN u.k % 2 = 0 THEN u.email ELSE split_part(u.email, '@', 1) END END AS uname,
         u.created AS ts
  FROM mpgen.usr u
  UNION ALL
  SELECT 200 + b.i, fixture_gen.uuid('pmb', b.i)::uuid, mpgen.pid(), 'Bot', b.id, b.name, 'Bot', b.id, b.name, CASE WHEN b.i IN (14, 17) THEN 5 ELSE 4 END, b.i = 20, NULL, NULL,
         mpgen.at('pmb', b.i, '2021-06-01', '2024-09-01')
  FROM mpgen.bot b
  UNION ALL
  SELECT 300 + a.i, fixture_gen.uuid('pma', a.i)::uuid, mpgen.pid(), 'ClientApplication', a.id, a.name, 'ClientApplication', a.id, a.name,
         CASE WHEN a.i = 7 THEN 5 WHEN a.i IN (1, 13, 14, 10) THEN 3 ELSE 4 END, a.i = 18, NULL, NULL,
         mpgen.at('pma', a.i, '2021-03-01', '2024-10-01')
  FROM mpgen.app a) m
ORDER BY m.k;

CREATE TABLE "Login" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  code text,
  cookie text,
  deleted boolean DEFAULT false NOT NULL,
  "user" text,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "Login_pkey" PRIMARY KEY (id)
);

INSERT INTO "Login" (id, content, "lastUpdated", compartments, code, cookie, deleted, "user", _profile, _security, _source, _tag, "projectId")
SELECT l.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'Login', 'id', l.id,
         'meta', jsonb_build_object('versionId', fixture_gen.uuid('loginv', l.i), 'lastUpdated', mpgen.iso(l.at + interval '3 seconds'), 'project', mpgen.pid()),
         'user', jsonb_build_object('reference', 'User/' || u.id, 'display', u.email),
         'membership', jsonb_build_object('reference', 'ProjectMembership/' || fixture_gen.uuid('pm', u.k)),
         'authMethod', CASE WHEN u.sso THEN 'external' WHEN l.i % 17 = 0 THEN 'google' ELSE 'password' END,
         'authTime', mpgen.iso(l.at),
         'code', l.code,
         'codeChallenge', mpgen.b64url('logincc', l.i, 32), 'codeChallengeMethod', 'S256',
         'cookie', l.cookie,
         'refreshSecret', CASE WHEN l.i % 3 <> 0 THEN fixture_gen.hexn('loginrs', l.i, 64) END,
         'nonce', mpgen.b64url('loginnon', l.i, 16),
         'scope', CASE WHEN u.kind = 'patient' THEN 'openid profile patient/*.read offline' ELSE 'openid profile offline' END,
         'granted', l.i % 11 <> 0, 'revoked', CASE WHEN l.i % 29 = 0 THEN true END,
         'mfaVerified', CASE WHEN u.kind <> 'patient' AND u.k % 3 <> 1 THEN true END,
         'remoteAddress', l.ip, 'userAgent', l.ua,
         'launch', CASE WHEN l.i % 41 = 0 THEN mpgen.ref('SmartAppLaunch', fixture_gen.uuid('launch', l.i)::uuid) END))::text,
       l.at + interval '3 seconds', ARRAY[mpgen.pid()], l.code, l.cookie, false, 'User/' || u.id, NULL, NULL, NULL, NULL, mpgen.pid()
FROM (SELECT i, fixture_gen.uuid('login', i)::uuid AS id, 1 + fixture_gen.n('loginu', i, 95) AS uk, mpgen.at('logina', i, '2024-06-01', '2025-01-14') AS at,
             CASE WHEN i % 5 <> 0 THEN fixture_gen.hexn('logincode', i, 32) END AS code,
             CASE WHEN i % 4 <> 3 THEN fixture_gen.hexn('logincookie', i, 64) END AS cookie,
             mpgen.ip('loginip', i) AS ip, mpgen.ua('loginua', i) AS ua
      FROM generate_series(1, 250) i) l
JOIN mpgen.usr u ON u.k = l.uk
ORDER BY l.i;

CREATE TABLE "UserSecurityRequest" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  deleted boolean DEFAULT false NOT NULL,
  compartments uuid[] NOT NULL,
  "projectId" uuid,
  _source text,
  _tag text[],
  _profile text[],
  _security text[],
  "user" text,
  CONSTRAINT "UserSecurityRequest_pkey" PRIMARY KEY (id)
);

INSERT INTO "UserSecurityRequest" (id, content, "lastUpdated", deleted, compartments, "projectId", _source, _tag, _profile, _security, "user")
SELECT s.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'UserSecurityRequest', 'id', s.id,
         'meta', jsonb_build_object('versionId', fixture_gen.uuid('usrqv', s.i), 'lastUpdated', mpgen.iso(s.at), 'project', mpgen.pid()),
         'type', s.type,
         'user', jsonb_build_object('reference', 'User/' || u.id, 'display', u.email),
         'secret', fixture_gen.hexn('usrqsec', s.i, 64),
         'used', s.i % 3 <> 0,
         'redirectUri', CASE WHEN u.kind = 'patient' THEN 'https://portal.cedarvalleycbh.org/setpassword' END))::text,
       s.at, false, ARRAY[mpgen.pid()], mpgen.pid(), NULL, NULL, NULL, NULL, 'User/' || u.id
FROM (SELECT i, fixture_gen.uuid('usrq', i)::uuid AS id, CASE WHEN i % 3 = 0 THEN 36 + fixture_gen.n('usrqu', i, 60) ELSE 1 + fixture_gen.n('usrqu', i, 95) END AS uk,
             CASE WHEN i % 3 = 0 THEN 'invite' WHEN i % 5 = 0 THEN 'verify-email' ELSE 'reset' END AS type,
             mpgen.at('usrqa', i, '2022-01-01', '2025-01-14') AS at
      FROM generate_series(1, 60) i) s
JOIN mpgen.usr u ON u.k = s.uk
ORDER BY s.i;

-- ---------------------------------------------------------------------------
-- Integrations: client applications, bots, subscriptions.

CREATE TABLE "ClientApplication" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  name text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "ClientApplication_pkey" PRIMARY KEY (id)
);

CREATE TABLE "ClientApplication_History" (
  "versionId" uuid NOT NULL,
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  CONSTRAINT "ClientApplication_History_pkey" PRIMARY KEY ("versionId")
);

CREATE FUNCTION mpgen.app_json(a mpgen.app, v int) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object('resourceType', 'ClientApplication', 'id', a.id,
    'meta', mpgen.meta(fixture_gen.uuid('appv' || v, a.i)::uuid, mpgen.at('appt' || v, a.i, '2021-03-01', '2024-12-20'), 'Practitioner',
              fixture_gen.uuid('pr', 33)::uuid, (SELECT name FROM mpgen.pr WHERE i = 33), ARRAY[mpgen.pid()]),
    'name', a.name, 'description', a.descr,
    'status', CASE WHEN a.i = 20 THEN 'off' ELSE 'active' END,
    'secret', fixture_gen.hexn('appsec' || v, a.i, 64),
    'retiringSecret', CASE WHEN v = 2 AND a.i % 4 = 0 THEN fixture_gen.hexn('appsec1', a.i, 64) END,
    'redirectUri', a.redirect,
    'launchUri', CASE WHEN a.i = 10 THEN 'https://phqtracker.example-smart.app/launch' END,
    'jwksUri', CASE WHEN a.i IN (4, 5, 16) THEN 'https://' || fixture_gen.pick(ARRAY['lab', 'epic', 'pdmp'], 'appj', a.i) || '.integrations.cedarvalleycbh.org/.well-known/jwks.json' END,
    'pkceOptional', CASE WHEN a.i IN (13, 14) THEN false END,
    'identityProvider', CASE WHEN a.i = 2 THEN jsonb_build_object('authorizeUrl', 'https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/oauth2/v2.0/authorize',
        'tokenUrl', 'https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/oauth2/v2.0/token',
        'userInfoUrl', 'https://graph.microsoft.com/oidc/userinfo', 'clientId', fixture_gen.uuid('aadapp', 1),
        'clientSecret', fixture_gen.chars('aadsec' || v, 1, 3, 'abcdefghijklmnopqrstuvwxyz0123456789') || '8Q~' || fixture_gen.chars('aadsec2' || v, 1, 34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~'),
        'useSubject', true) END))
$$;

INSERT INTO "ClientApplication" (id, content, "lastUpdated", compartments, name, deleted, _profile, _security, _source, _tag, "projectId")
SELECT a.id, mpgen.app_json(a, 2)::text, mpgen.at('appt2', a.i, '2021-03-01', '2024-12-20'), ARRAY[mpgen.pid()], a.name, false, NULL, NULL, NULL,
       CASE WHEN a.i IN (18, 19) THEN ARRAY['https://cedarvalleycbh.org/fhir/tags|non-production'] END, mpgen.pid()
FROM mpgen.app a ORDER BY a.i;

INSERT INTO "ClientApplication_History" ("versionId", id, content, "lastUpdated")
SELECT fixture_gen.uuid('appv' || v, a.i)::uuid, a.id, mpgen.app_json(a, v)::text, mpgen.at('appt' || v, a.i, '2021-03-01', '2024-12-20')
FROM mpgen.app a CROSS JOIN generate_series(1, 2) v
WHERE v = 2 OR a.i % 2 = 0
ORDER BY a.i, v;

CREATE TABLE "Bot" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  name text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "Bot_pkey" PRIMARY KEY (id)
);

-- Four bots still carry the legacy inline "code" with a credential pasted
-- in; the rest point at their source and executable Binaries.
INSERT INTO "Bot" (id, content, "lastUpdated", compartments, name, deleted, _profile, _security, _source, _tag, "projectId")
SELECT b.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'Bot', 'id', b.id,
         'meta', mpgen.meta(fixture_gen.uuid('botv', b.i)::uuid, mpgen.at('botlu', b.i, '2022-01-01', '2024-12-20'), 'Practitioner', fixture_gen.uuid('pr', 33)::uuid,
                            (SELECT name FROM mpgen.pr WHERE i = 33), ARRAY[mpgen.pid()]),
         'name', b.name, 'description', b.descr,
         'runtimeVersion', CASE WHEN b.i IN (7, 20) THEN 'vmcontext' ELSE 'awslambda' END,
         'timeout', 30,
         'auditEventTrigger', CASE WHEN b.i IN (1, 2, 7) THEN 'always' ELSE 'on-error' END,
         'auditEventDestination', jsonb_build_array('resource'),
         'sourceCode', jsonb_build_object('contentType', 'text/typescript', 'title', 'index.ts', 'url', 'Binary/' || fixture_gen.uuid('botsrc', b.i)),
         'executableCode', jsonb_build_object('contentType', 'application/javascript', 'title', 'index.js', 'url', 'Binary/' || fixture_gen.uuid('botexe', b.i)),
         'code', CASE b.i
           WHEN 1 THEN E'import { BotEvent, MedplumClient } from ''@medplum/core'';\nconst ACCOUNT_SID = ''AC' || fixture_gen.hexn('twsid', 1, 32) || E''';\nconst AUTH_TOKEN = '''
                       || fixture_gen.hexn('twtok', 1, 32) || E''';\nexport async function handler(medplum: MedplumClient, event: BotEvent): Promise<any> {\n  // TODO move to project secrets\n}'
           WHEN 7 THEN E'const PDMP_USER = ''cvcbh_pmp'';\nconst PDMP_PASS = ''' || fixture_gen.chars('pdmppw', 1, 14) || E''';\n// Oregon PMP AWARxE gateway'
           WHEN 18 THEN E'const ZOOM_ACCOUNT_ID = ''' || fixture_gen.chars('zoomacc', 1, 22) || E''';\nconst ZOOM_CLIENT_SECRET = ''' || fixture_gen.chars('zoomsec', 1, 32) || E''';'
           WHEN 20 THEN E'// scratch\nconst token = ''' || fixture_gen.jwt('scratch', 20) || E''';\nconsole.log(await medplum.searchResources(''Patient'', { name: ''test'' }));'
           END))::text,
       mpgen.at('botlu', b.i, '2022-01-01', '2024-12-20'), ARRAY[mpgen.pid()], b.name, false, NULL, NULL, NULL,
       CASE WHEN b.i = 20 THEN ARRAY['https://cedarvalleycbh.org/fhir/tags|non-production'] END, mpgen.pid()
FROM mpgen.bot b ORDER BY b.i;

CREATE TABLE "Subscription" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  contact text[],
  criteria text,
  payload text,
  status text,
  type text,
  url text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "Subscription_pkey" PRIMARY KEY (id)
);

INSERT INTO "Subscription" (id, content, "lastUpdated", compartments, contact, criteria, payload, status, type, url, deleted, _profile, _security, _source, _tag, "projectId")
SELECT s.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'Subscription', 'id', s.id,
         'meta', mpgen.meta(fixture_gen.uuid('subv', s.i)::uuid, s.lu, 'Practitioner', fixture_gen.uuid('pr', 33)::uuid, (SELECT name FROM mpgen.pr WHERE i = 33), ARRAY[mpgen.pid()]),
         'status', s.status, 'reason', s.reason, 'criteria', s.criteria,
         'contact', CASE WHEN s.contact IS NOT NULL THEN jsonb_build_array(jsonb_build_object('system', 'email', 'value', s.contact)) END,
         'channel', jsonb_strip_nulls(jsonb_build_object('type', 'rest-hook', 'endpoint', s.url, 'payload', 'application/fhir+json',
                      'header', CASE WHEN s.hdr IS NOT NULL THEN jsonb_build_array(s.hdr) END)),
         'extension', jsonb_build_array(
            jsonb_build_object('url', 'https://medplum.com/fhir/StructureDefinition/subscription-supported-interaction', 'valueCode', CASE WHEN s.i % 4 = 0 THEN 'create' ELSE 'update' END))
            || CASE WHEN s.hmac IS NOT NULL THEN jsonb_build_array(jsonb_build_object('url', 'https://www.medplum.com/fhir/StructureDefinition/subscription-secret', 'valueString', s.hmac)) ELSE '[]'::jsonb END))::text,
       s.lu, ARRAY[mpgen.pid()],
       CASE WHEN s.contact IS NOT NULL THEN ARRAY[s.contact] END,
       s.criteria, 'application/fhir+json', s.status, 'rest-hook', s.url, false, NULL, NULL, NULL, NULL, mpgen.pid()
FROM (SELECT i, fixture_gen.uuid('sub', i)::uuid AS id, mpgen.at('sublu', i, '2022-01-01', '2024-12-20') AS lu,
             CASE WHEN i IN (19, 23) THEN 'off' WHEN i = 24 THEN 'error' ELSE 'active' END AS status,
             (ARRAY['Appointment reminders', 'Lab results inbound', 'Score PHQ-9/GAD-7', 'Fax referrals', 'Intake to Patient', 'Naloxone tracking', 'PDMP before bup start',
                    'Eligibility on new coverage', 'No-show follow-up', 'Crisis line handoff', 'Part 2 check on disclosure', 'Dosing sync', 'CCD import', 'Audit export',
                    'Portal invites', 'UDS flag', 'Caseload report', 'Telehealth links', 'HMIS housing push', 'Notify data warehouse', 'Drug court attendance feed',
                    'Slack alert on crisis Communication', 'Zapier test', 'Old Typeform intake', 'Tableau refresh'])[i] AS reason,
             (ARRAY['Communication?category=reminder&status=preparation', 'DiagnosticReport?_tag=inbound-hl7', 'QuestionnaireResponse?questionnaire=http://loinc.org/q/44249-1,http://loinc.org/q/69737-5',
                    'DocumentReference?_source=https://fax.cedarvalleycbh.org/inbound', 'QuestionnaireResponse?questionnaire=https://cedarvalleycbh.org/fhir/Questionnaire/intake-adult',
                    'SupplyDelivery', 'MedicationRequest?code=http://www.nlm.nih.gov/research/umls/rxnorm|1010600', 'Coverage', 'Appointment?status=noshow',
                    'Communication?category=crisis', 'Consent', 'MedicationAdministration', 'DocumentReference?type=http://loinc.org|34133-9', 'AuditEvent',
                    'User', 'Observation?code=http://loinc.org|19295-7', 'Encounter', 'Appointment?status=booked', 'Observation?code=http://loinc.org|71802-3',
                    'Patient', 'Observation?code=http://loinc.org|19295-7&_security=ETH', 'Communication?category=crisis', 'Patient', 'QuestionnaireResponse', 'Encounter'])[i] AS criteria,
             CASE WHEN i <= 19 THEN 'Bot/' || fixture_gen.uuid('bot', i)
                  WHEN i = 20 THEN 'https://etl.cedarvalleycbh.org/hooks/medplum?token=' || fixture_gen.hexn('subtok', i, 40)
                  WHEN i = 21 THEN 'https://drugcourt.multco.example/api/fhir-notify'
                  WHEN i = 22 THEN 'https://hooks.slack.com/services/T' || fixture_gen.chars('slk1', i, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/B'
                                   || fixture_gen.chars('slk2', i, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') || '/' || fixture_gen.chars('slk3', i, 24)
                  WHEN i = 23 THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('zap', i, 8) || '/' || fixture_gen.chars('zap2', i, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/'
                  WHEN i = 24 THEN 'https://typeform-sync:' || fixture_gen.chars('tfpw', i, 16) || '@intake-legacy.cedarvalleycbh.org/webhook'
                  ELSE 'https://tableau.cedarvalleycbh.org/refresh' END AS url,
             CASE WHEN i = 21 THEN 'Authorization: Bearer ' || fixture_gen.jwt('dcourt', i)
                  WHEN i = 25 THEN 'X-Tableau-Auth: ' || fixture_gen.chars('tabl', i, 32) END AS hdr,
             CASE WHEN i IN (20, 21, 25) THEN fixture_gen.hexn('subhmac', i, 48) END AS hmac,
             CASE WHEN i = 22 THEN 'it-oncall@cedarvalleycbh.org' WHEN i = 23 THEN (SELECT email FROM mpgen.pr WHERE i = 33)
                  WHEN i = 21 THEN fixture_gen.ascii(fixture_gen.first_name('subc', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('subc', i)) || '@multco.example' END AS contact
      FROM generate_series(1, 25) i) s
ORDER BY s.i;

-- ---------------------------------------------------------------------------
-- The audit log: logins (with what was typed), bot runs (with their console
-- output), staff searches (with the query) and writes by integrations.

CREATE TABLE "AuditEvent" (
  id uuid NOT NULL,
  content text NOT NULL,
  "lastUpdated" timestamp with time zone NOT NULL,
  compartments uuid[] NOT NULL,
  action text,
  address text[],
  agent text[],
  "agentName" text[],
  "agentRole" text[],
  altid text[],
  date timestamp with time zone,
  entity text[],
  "entityName" text[],
  "entityRole" text[],
  "entityType" text[],
  outcome text,
  patient text[],
  policy text[],
  site text,
  source text,
  subtype text[],
  type text,
  deleted boolean DEFAULT false NOT NULL,
  _profile text[],
  _security text[],
  _source text,
  _tag text[],
  "projectId" uuid,
  CONSTRAINT "AuditEvent_pkey" PRIMARY KEY (id)
);

CREATE TABLE mpgen.ae AS
SELECT a.i, fixture_gen.uuid('ae', a.i)::uuid AS id, a.kind, a.at, p.id AS pid, p.name AS pname, p.f AS pf, p.phone AS pphone, p.mrn, p.dob, p.l AS pl,
       u.id AS uid, u.email AS uemail, u.f || ' ' || u.l AS uname, u.sso,
       r.id AS rid, r.name AS rname, r.email AS remail,
       b.i AS bi, b.id AS bid, b.name AS bname,
       ap.id AS apid, ap.name AS apname,
       CASE WHEN a.kind IN (0, 4) AND a.i % 7 = 0 THEN '4' WHEN a.kind = 1 AND a.i % 13 = 0 THEN '8' WHEN a.kind = 4 THEN '4' ELSE '0' END AS outcome,
       CASE WHEN a.kind = 3 THEN '10.40.7.' || (10 + a.i % 20)::text ELSE mpgen.ip('aeip', a.i) END AS ip
FROM (SELECT i, i % 5 AS kind, mpgen.at('aeat', i, '2024-09-01', '2025-01-14') AS at FROM generate_series(1, 300) i) a
JOIN mpgen.pt p ON p.i = mpgen.pick_pt('aep', a.i)
JOIN mpgen.usr u ON u.k = 1 + fixture_gen.n('aeu', a.i, 95)
JOIN mpgen.pr r ON r.i = 1 + fixture_gen.n('aer', a.i, 30)
JOIN mpgen.bot b ON b.i = (ARRAY[1, 1, 1, 2, 2, 3, 4, 7, 9, 12, 16, 19])[1 + fixture_gen.n('aeb', a.i, 12)]
JOIN mpgen.app ap ON ap.i = (ARRAY[3, 4, 5, 8, 9, 11, 12, 15])[1 + fixture_gen.n('aeapp', a.i, 8)];

INSERT INTO "AuditEvent" (id, content, "lastUpdated", compartments, action, address, agent, "agentName", "agentRole", altid, date, entity, "entityName", "entityRole",
  "entityType", outcome, patient, policy, site, source, subtype, type, deleted, _profile, _security, _source, _tag, "projectId")
SELECT e.id,
       jsonb_strip_nulls(jsonb_build_object('resourceType', 'AuditEvent', 'id', e.id,
         'meta', jsonb_build_object('versionId', fixture_gen.uuid('aev', e.i), 'lastUpdated', mpgen.iso(e.at), 'project', mpgen.pid(),
                   'author', jsonb_build_object('reference', 'system')),
         'type', jsonb_build_object('system', split_part(x.type, '|', 1), 'code', split_part(x.type, '|', 2)),
         'subtype', jsonb_build_array(jsonb_build_object('code', x.subtype)),
         'action', x.action, 'recorded', mpgen.iso(e.at), 'outcome', e.outcome, 'outcomeDesc', x.descr,
         'agent', jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('who', jsonb_build_object('reference', x.agent, 'display', x.agentname),
                    'altId', x.altid, 'requestor', true,
                    'network', CASE WHEN x.addr IS NOT NULL THEN jsonb_build_object('address', x.addr, 'type', '2') END))),
         'source', jsonb_build_object('site', 'fhir.cedarvalleycbh.org', 'observer', jsonb_build_object('reference', 'Device/' || fixture_gen.uuid('dev', 1), 'display', 'Medplum server 3.2.14')),
         'entity', CASE WHEN x.entity IS NOT NULL THEN (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('what', jsonb_build_object('reference', en),
                       'name', CASE WHEN k = 1 THEN x.entityname END,
                       'query', CASE WHEN k = 1 AND x.entityname IS NOT NULL AND e.kind = 2 THEN encode(convert_to(x.entityname, 'UTF8'), 'base64') END)) ORDER BY k)
                       FROM unnest(x.entity) WITH ORDINALITY u(en, k)) END))::text,
       e.at, ARRAY[mpgen.pid()] || CASE WHEN x.patient THEN ARRAY[e.pid] ELSE ARRAY[]::uuid[] END,
       x.action, CASE WHEN x.addr IS NOT NULL THEN ARRAY[x.addr] END,
       ARRAY[x.agent], ARRAY[x.agentname], NULL,
       CASE WHEN x.altid IS NOT NULL THEN ARRAY[x.altid] END,
       e.at, x.entity,
       CASE WHEN x.entityname IS NOT NULL THEN ARRAY[x.entityname] END,
       CASE WHEN e.kind = 1 THEN ARRAY['http://terminology.hl7.org/CodeSystem/object-role|4', 'http://terminology.hl7.org/CodeSystem/object-role|1'] END,
       CASE WHEN e.kind IN (2, 4) THEN ARRAY['http://terminology.hl7.org/CodeSystem/audit-entity-type|2'] END,
       e.outcome,
       CASE WHEN x.patient THEN ARRAY['Patient/' || e.pid] END,
       CASE WHEN e.kind = 4 THEN ARRAY['AccessPolicy/' || fixture_gen.uuid('ap', 1)] END,
       'fhir.cedarvalleycbh.org', 'Device/' || fixture_gen.uuid('dev', 1),
       ARRAY[x.subtype], x.type, false, NULL, NULL, NULL, NULL, mpgen.pid()
FROM mpgen.ae e
CROSS JOIN LATERAL (SELECT
  CASE e.kind WHEN 0 THEN 'http://dicom.nema.org/resources/ontology/DCM|110114' WHEN 1 THEN 'http://dicom.nema.org/resources/ontology/DCM|110100'
              ELSE 'http://terminology.hl7.org/CodeSystem/audit-event-type|rest' END AS type,
  CASE e.kind WHEN 0 THEN 'login' WHEN 1 THEN 'execute' WHEN 2 THEN CASE WHEN e.i % 2 = 0 THEN 'search-type' ELSE 'read' END
              WHEN 3 THEN CASE WHEN e.i % 3 = 0 THEN 'create' ELSE 'update' END ELSE 'read' END AS subtype,
  CASE e.kind WHEN 0 THEN 'E' WHEN 1 THEN 'E' WHEN 2 THEN CASE WHEN e.i % 2 = 0 THEN 'E' ELSE 'R' END WHEN 3 THEN CASE WHEN e.i % 3 = 0 THEN 'C' ELSE 'U' END ELSE 'R' END AS action,
  CASE e.kind WHEN 0 THEN 'User/' || e.uid WHEN 1 THEN 'Bot/' || e.bid WHEN 3 THEN 'ClientApplication/' || e.apid ELSE 'Practitioner/' || e.rid END AS agent,
  CASE e.kind WHEN 0 THEN CASE WHEN e.i % 2 = 0 THEN e.uemail ELSE e.uname END WHEN 1 THEN e.bname WHEN 3 THEN e.apname ELSE e.rname END AS agentname,
  CASE e.kind WHEN 0 THEN CASE WHEN e.sso THEN 'CEDARVALLEY\' || split_part(e.uemail, '@', 1) WHEN e.outcome = '4' AND e.i % 2 = 1 THEN replace(e.uemail, '.', '') ELSE e.uemail END
              WHEN 2 THEN e.remail WHEN 4 THEN e.remail END AS altid,
  CASE WHEN e.kind = 1 THEN NULL ELSE e.ip END AS addr,
  CASE e.kind WHEN 1 THEN ARRAY['Bot/' || e.bid, CASE WHEN e.bi IN (1, 7, 9) THEN 'Patient/' || e.pid WHEN e.bi = 2 THEN 'DiagnosticReport/' || fixture_gen.uuid('dr', e.i) ELSE 'QuestionnaireResponse/' || fixture_gen.uuid('qr', 1 + e.i % 150) END]
              WHEN 2 THEN ARRAY['Patient/' || e.pid] WHEN 3 THEN ARRAY[(ARRAY['Observation/', 'Communication/', 'DocumentReference/', 'Coverage/'])[1 + e.i % 4] || fixture_gen.uuid('aeent', e.i)]
              WHEN 4 THEN ARRAY['DocumentReference/' || fixture_gen.uuid('doc', 1 + e.i % 120)] END AS entity,
  CASE WHEN e.kind = 2 AND e.i % 2 = 0 THEN fixture_gen.pick(ARRAY['Patient?name=' || lower(fixture_gen.ascii(e.pl)) || '&birthdate=' || e.dob::text,
                                  'Patient?phone=' || regexp_replace(e.pphone, '[^0-9]', '', 'g'), 'Patient?identifier=' || e.mrn,
                                  'Patient?name=' || e.pf || '%20' || e.pl, 'Patient?_lastUpdated=gt2024-10-01&_count=100', 'Observation?code=http://loinc.org|19295-7&date=ge2024-11-01'], 'aeq', e.i)
       WHEN e.kind = 2 THEN 'Patient/' || e.pid END AS entityname,
  e.kind IN (1, 2, 4) AND NOT (e.kind = 1 AND e.bi IN (2, 12)) AS patient,
  CASE e.kind
    WHEN 0 THEN CASE WHEN e.outcome = '0' THEN 'Login successful' WHEN e.i % 2 = 0 THEN 'Email or password is invalid' ELSE 'User not found' END
    WHEN 1 THEN CASE
      WHEN e.bi = 1 AND fixture_gen.n('aebasic', e.i, 5) = 0 THEN 'POST https://api.twilio.com/2010-04-01/Accounts/AC' || fixture_gen.hexn('twsid', 1, 32) || '/Messages.json' || E'\n'
           || 'headers: {"Authorization":"Basic ' || translate(encode(convert_to('AC' || fixture_gen.hexn('twsid', 1, 32) || ':' || fixture_gen.hexn('twtok', 1, 32), 'UTF8'), 'base64'), E'\n', '')
           || '","Content-Type":"application/x-www-form-urlencoded"}' || E'\n' || 'To=' || e.pphone || ' status=401'
      WHEN e.bi = 1 THEN 'Sending reminder to ' || e.pphone || ' for ' || e.pf || E'\nTwilio SID SM' || fixture_gen.hexn('aesid', e.i, 32) || E'\nDone'
      WHEN e.bi = 2 THEN 'Parsed ORU^R01 control id ' || fixture_gen.digits('aectl', e.i, 10) || ' for MRN ' || e.mrn || E'\nCreated 6 Observations'
      WHEN e.bi = 3 THEN 'PHQ-9 total ' || fixture_gen.n('aephq', e.i, 28) || ' for Patient/' || e.pid
      WHEN e.bi = 4 THEN 'Fax from 5035550' || fixture_gen.digits('aefax', e.i, 3) || ' (' || fixture_gen.n('aepg', e.i, 12) + 1 || ' pages) stored as DocumentReference'
      WHEN e.bi = 7 THEN 'PDMP query for ' || e.pname || ' DOB ' || to_char(e.dob, 'MM/DD/YYYY') || ': ' || fixture_gen.n('aepd', e.i, 4) || ' prescribers, ' || fixture_gen.n('aepp', e.i, 4) || ' pharmacies in 12 months'
      WHEN e.bi = 9 THEN 'No-show text queued for ' || e.pf || ' (' || e.pphone || ')'
      WHEN e.bi = 12 THEN 'Synced ' || fixture_gen.n('aedose', e.i, 120) || ' dosing records'
      WHEN e.bi = 16 THEN 'Flagged positive UDS for prescriber review'
      ELSE 'Pushed housing status to HMIS, response 200' END
    WHEN 2 THEN NULL
    WHEN 3 THEN NULL
    ELSE 'Forbidden: 42 CFR Part 2 record, no active Consent for this user' END AS descr) x
ORDER BY e.i;

-- ---------------------------------------------------------------------------
-- Terminology: the codes of the code systems the server loaded (ICD-10-CM
-- mental and behavioural chapter, LOINC panels and answers, RxNorm drugs).

CREATE SEQUENCE "Coding_id_seq" START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE "Coding" (
  id bigint NOT NULL DEFAULT nextval('"Coding_id_seq"'::regclass),
  system uuid NOT NULL,
  code text NOT NULL,
  display text,
  CONSTRAINT "Coding_pkey" PRIMARY KEY (id)
);
ALTER SEQUENCE "Coding_id_seq" OWNED BY "Coding".id;

INSERT INTO "Coding" (id, system, code, display)
SELECT 18000 + row_number() OVER (ORDER BY ord), sys, code, display
FROM (
  SELECT 1 AS ord0, s.k * 100 + p.k AS ord, fixture_gen.uuid('cs', 1)::uuid AS sys, 'F1' || s.c || '.' || p.c AS code,
         s.n || ' ' || p.n AS display
  FROM unnest(ARRAY['0', '1', '2', '3', '4', '5', '6', '8', '9'], ARRAY['Alcohol', 'Opioid', 'Cannabis', 'Sedative, hypnotic or anxiolytic', 'Cocaine', 'Other stimulant',
                    'Hallucinogen', 'Inhalant', 'Other psychoactive substance']) WITH ORDINALITY s(c, n, k)
  CROSS JOIN unnest(ARRAY['10', '11', '120', '14', '20', '21', '220', '230', '24', '90', '920'],
                    ARRAY['abuse, uncomplicated', 'abuse, in remission', 'abuse with intoxication, uncomplicated', 'abuse with induced mood disorder',
                          'dependence, uncomplicated', 'dependence, in remission', 'dependence with intoxication, uncomplicated', 'dependence with withdrawal, uncomplicated',
                          'dependence with induced mood disorder', 'use, unspecified, uncomplicated', 'use, unspecified with intoxication, uncomplicated']) WITH ORDINALITY p(c, n, k)
  UNION ALL
  SELECT 2, 2000 + k, fixture_gen.uuid('cs', 1)::uuid, c, n
  FROM unnest(ARRAY['F20.9', 'F25.0', 'F31.81', 'F31.9', 'F32.0', 'F32.1', 'F32.2', 'F32.A', 'F33.0', 'F33.1', 'F33.2', 'F34.1', 'F40.10', 'F41.0', 'F41.1', 'F41.9',
                    'F42.2', 'F43.10', 'F43.12', 'F43.21', 'F43.23', 'F50.2', 'F60.3', 'F90.0', 'F90.2', 'Z59.00', 'Z59.01', 'Z59.02', 'Z63.0', 'Z65.3', 'R45.851', 'T40.411A'],
              ARRAY['Schizophrenia, unspecified', 'Schizoaffective disorder, bipolar type', 'Bipolar II disorder', 'Bipolar disorder, unspecified', 'Major depressive disorder, single episode, mild',
                    'Major depressive disorder, single episode, moderate', 'Major depressive disorder, single episode, severe without psychotic features', 'Depression, unspecified',
                    'Major depressive disorder, recurrent, mild', 'Major depressive disorder, recurrent, moderate', 'Major depressive disorder, recurrent severe without psychotic features',
                    'Dysthymic disorder', 'Social phobia, unspecified', 'Panic disorder without agoraphobia', 'Generalized anxiety disorder', 'Anxiety disorder, unspecified',
                    'Mixed obsessional thoughts and acts', 'Post-traumatic stress disorder, unspecified', 'Post-traumatic stress disorder, chronic', 'Adjustment disorder with depressed mood',
                    'Adjustment disorder with mixed disturbance of emotions and conduct', 'Bulimia nervosa', 'Borderline personality disorder',
                    'Attention-deficit hyperactivity disorder, predominantly inattentive type', 'Attention-deficit hyperactivity disorder, combined type', 'Homelessness, unspecified',
                    'Sheltered homelessness', 'Unsheltered homelessness', 'Problems in relationship with spouse or partner', 'Problems related to other legal circumstances',
                    'Suicidal ideations', 'Poisoning by fentanyl or fentanyl analogs, accidental (unintentional), initial encounter']) WITH ORDINALITY t(c, n, k)
  UNION ALL
  SELECT 3, 3000 + k, fixture_gen.uuid('cs', 2)::uuid, c, n
  FROM unnest(ARRAY['44261-6', '70274-6', '75626-2', '85354-9', '8480-6', '8462-4', '29463-7', '71802-3', '19295-7', '59673-2', '19554-7', '49753-7', '18282-1', '3397-7',
                    '44249-1', '69737-5', '72109-2', '89204-2', '93025-5', '76513-1', 'LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9', 'LA31993-1', 'LA31994-9', 'LA33-6', 'LA32-8'],
              ARRAY['Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]', 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
                    'Total score [AUDIT-C]', 'Blood pressure panel with all children optional', 'Systolic blood pressure', 'Diastolic blood pressure', 'Body weight',
                    'Housing status', 'Drug screen panel - Urine', 'Fentanyl [Presence] in Urine by Screen method', 'Methamphetamine [Presence] in Urine by Screen method',
                    'Buprenorphine [Presence] in Urine by Screen method', 'Cannabinoids [Presence] in Urine by Screen method', 'Cocaine [Presence] in Urine by Screen method',
                    'PHQ-9 quick depression assessment panel [Reported.PHQ]', 'Generalized anxiety disorder 7 item (GAD-7)', 'Alcohol Use Disorder Identification Test - Consumption [AUDIT-C]',
                    'Columbia Suicide Severity Rating Scale Screen Version - Recent', 'Protocol for Responding to and Assessing Patients'' Assets, Risks, and Experiences [PRAPARE]',
                    'How hard is it for you to pay for the very basics like food, housing, medical care, and heating', 'Not at all', 'Several days', 'More than half the days',
                    'Nearly every day', 'I have housing', 'I do not have housing (staying with others, in a hotel, in a shelter, living outside on the street, on a beach, in a car, or in a park)',
                    'Yes', 'No']) WITH ORDINALITY t(c, n, k)
  UNION ALL
  SELECT 4, 4000 + k, fixture_gen.uuid('cs', 3)::uuid, c, n
  FROM unnest(ARRAY['1010600', '1010604', '1716057', '864706', '864714', '312940', '312941', '310385', '856377', '856369', '312743', '1725059', '1725060', '198440', '197772',
                    '310430', '596926', '313989', '349545', '197591', '857002', '351249', '314076', '1191250', '1737465'],
              ARRAY['buprenorphine 8 MG / naloxone 2 MG Sublingual Film', 'buprenorphine 2 MG / naloxone 0.5 MG Sublingual Film', 'naltrexone 380 MG Injection',
                    'methadone hydrochloride 10 MG/ML Oral Solution', 'methadone hydrochloride 10 MG Oral Tablet', 'sertraline 50 MG Oral Tablet', 'sertraline 100 MG Oral Tablet',
                    'fluoxetine 20 MG Oral Capsule', 'trazodone 50 MG Oral Tablet', 'trazodone 100 MG Oral Tablet', 'quetiapine 100 MG Oral Tablet',
                    'naloxone 4 MG/ACTUAL Nasal Spray', 'naloxone 2 MG/ACTUAL Nasal Spray', 'lamotrigine 100 MG Oral Tablet', 'prazosin 1 MG Oral Capsule',
                    'gabapentin 300 MG Oral Capsule', 'duloxetine 60 MG Delayed Release Oral Capsule', 'hydroxyzine hydrochloride 25 MG Oral Tablet', 'escitalopram 10 MG Oral Tablet',
                    'diazepam 5 MG Oral Tablet', 'clonidine 0.1 MG Oral Tablet', 'aripiprazole 5 MG Oral Tablet', 'lisinopril 10 MG Oral Tablet', 'naltrexone 50 MG Oral Tablet',
                    'buprenorphine 100 MG/0.5ML Extended Release Injection']) WITH ORDINALITY t(c, n, k)
) x;

SELECT fixture_gen.reset_sequences('public');

SET client_min_messages = warning;
DROP SCHEMA mpgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
