-- classify-eval fixture (HOLDOUT 3, with wordpress: written after the odoo
-- holdout had been looked at, scored once before the classifier change
-- that followed it; never tune against it): an OrangeHRM 5 database,
-- ported from MySQL, in OrangeHRM's naming: hs_hr_ and ohrm_ prefixes,
-- emp_ and ep_/eec_/ed_ column prefixes, abbreviations (emp_dri_lice_num,
-- emp_hm_telephone, coun_code), custom1..custom3 fields, OAuth2 tables, and
-- the typo OrangeHRM ships (hs_hr_emp_history_of_ealier_pos). Tables live
-- in the schema orangehrm, not public. A logistics company's HR.
-- Loaded after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA orangehrm;
SET search_path = orangehrm, public;

CREATE TABLE ohrm_nationality (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL
);
INSERT INTO ohrm_nationality (name) VALUES ('German'), ('Polish'), ('Turkish'), ('Indian'), ('Nigerian'), ('Brazilian'), ('Vietnamese'), ('Ukrainian');

CREATE TABLE ohrm_job_title (
    id serial PRIMARY KEY,
    job_title varchar(100) NOT NULL,
    job_description varchar(400),
    note varchar(400),
    is_deleted smallint DEFAULT 0
);
INSERT INTO ohrm_job_title (job_title, job_description, note) VALUES
    ('Warehouse Operative', 'Picking, packing and loading in shifts.', NULL), ('Forklift Driver', 'Moves pallets between dock and racks; licence required.', NULL),
    ('Dispatcher', 'Plans tours and driver schedules.', 'Two vacancies in Q3'), ('HR Generalist', 'Payroll input, contracts and onboarding.', NULL),
    ('Truck Driver (C/CE)', 'Long-haul tours across the EU.', NULL), ('Site Manager', 'Runs one depot.', NULL);

-- The company's depots: public business addresses and switchboards.
CREATE TABLE ohrm_location (
    id serial PRIMARY KEY,
    name varchar(110) NOT NULL,
    country_code varchar(3) NOT NULL,
    province varchar(60),
    city varchar(60),
    address varchar(255),
    zip_code varchar(35),
    phone varchar(35),
    fax varchar(35),
    notes varchar(255)
);
INSERT INTO ohrm_location (name, country_code, province, city, address, zip_code, phone, fax, notes) VALUES
    ('Depot Duisburg', 'DE', 'Nordrhein-Westfalen', 'Duisburg', 'Logport I, Hafenstraße 21', '47229', '+49 203 4455 100', '+49 203 4455 199', 'Main hub'),
    ('Depot Poznań', 'PL', 'Wielkopolskie', 'Poznań', 'ul. Składowa 4', '61-897', '+48 61 222 40 00', NULL, NULL),
    ('Depot Venlo', 'NL', 'Limburg', 'Venlo', 'Celsiusweg 10', '5928 PR', '+31 77 320 4400', NULL, 'Cross-dock'),
    ('Head office', 'DE', 'Nordrhein-Westfalen', 'Düsseldorf', 'Kaiserswerther Straße 115', '40474', '+49 211 8890 0', '+49 211 8890 99', NULL);

CREATE TABLE hs_hr_employee (
    emp_number serial PRIMARY KEY,
    employee_id varchar(50),
    emp_lastname varchar(100) NOT NULL,
    emp_firstname varchar(100) NOT NULL,
    emp_middle_name varchar(100) NOT NULL DEFAULT '',
    emp_nick_name varchar(100) DEFAULT '',
    emp_smoker smallint DEFAULT 0,
    emp_birthday date,
    nation_code integer REFERENCES ohrm_nationality,
    emp_gender smallint,
    emp_marital_status varchar(20),
    emp_ssn_num varchar(100) DEFAULT '',
    emp_sin_num varchar(100) DEFAULT '',
    emp_other_id varchar(100) DEFAULT '',
    emp_dri_lice_num varchar(100) DEFAULT '',
    emp_dri_lice_exp_date date,
    job_title_code integer REFERENCES ohrm_job_title,
    work_station integer REFERENCES ohrm_location,
    emp_street1 varchar(100) DEFAULT '',
    emp_street2 varchar(100) DEFAULT '',
    city_code varchar(100) DEFAULT '',
    coun_code varchar(100) DEFAULT '',
    provin_code varchar(100) DEFAULT '',
    emp_zipcode varchar(20),
    emp_hm_telephone varchar(50),
    emp_mobile varchar(50),
    emp_work_telephone varchar(50),
    emp_work_email varchar(50),
    emp_oth_email varchar(50),
    joined_date date,
    custom1 varchar(250),
    custom2 varchar(250),
    custom3 varchar(250),
    purged_at timestamp
);
INSERT INTO hs_hr_employee (employee_id, emp_lastname, emp_firstname, emp_middle_name, emp_nick_name, emp_smoker, emp_birthday, nation_code, emp_gender,
    emp_marital_status, emp_ssn_num, emp_sin_num, emp_other_id, emp_dri_lice_num, emp_dri_lice_exp_date, job_title_code, work_station, emp_street1, emp_street2,
    city_code, coun_code, provin_code, emp_zipcode, emp_hm_telephone, emp_mobile, emp_work_telephone, emp_work_email, emp_oth_email, joined_date,
    custom1, custom2, custom3, purged_at)
SELECT lpad(i::text, 4, '0'), fixture_gen.last_name('oe', i), fixture_gen.first_name('oe', i),
       CASE WHEN i % 4 = 0 THEN fixture_gen.first_name('oem', i) ELSE '' END,
       CASE WHEN i % 6 = 0 THEN lower(left(fixture_gen.first_name('oe', i), 3)) ELSE '' END,
       CASE WHEN i % 5 = 0 THEN 1 ELSE 0 END, fixture_gen.birth_date('oeb', i), 1 + fixture_gen.n('oen', i, 8), 1 + fixture_gen.n('oeg', i, 2),
       fixture_gen.pick(ARRAY['Single', 'Married', 'Married', 'Other', ''], 'oms', i),
       CASE WHEN i % 3 = 0 THEN fixture_gen.ssn('oss', i) ELSE fixture_gen.digits('osv', i, 2) || to_char(fixture_gen.birth_date('oeb', i), 'DDMMYY') || fixture_gen.chars('osl', i, 1, 'ABCDEFGHIJKLMNOPRSTUVWXYZ') || fixture_gen.digits('osx', i, 3) END,
       CASE WHEN i % 8 = 0 THEN fixture_gen.luhn('1' || fixture_gen.digits('osin', i, 7)) ELSE '' END,
       CASE WHEN i % 2 = 0 THEN 'T' || fixture_gen.chars('ooi', i, 8, 'CFGHJKLMNPRTVWXYZ0123456789') ELSE '' END,
       CASE WHEN i % 5 < 3 THEN 'B' || fixture_gen.digits('odl', i, 4) || fixture_gen.chars('odl', i, 5, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') || fixture_gen.digits('odm', i, 1) ELSE '' END,
       CASE WHEN i % 5 < 3 THEN date '2026-01-01' + fixture_gen.n('ode', i, 3000) END,
       1 + i % 6, 1 + i % 4,
       fixture_gen.street('oes', i), CASE WHEN i % 5 = 0 THEN 'c/o ' || fixture_gen.full_name('oco', i) WHEN i % 5 = 1 THEN 'Hinterhaus, 2. OG' ELSE '' END,
       fixture_gen.pick(ARRAY['Duisburg', 'Oberhausen', 'Moers', 'Poznań', 'Venlo', 'Düsseldorf', 'Krefeld'], 'oec', i),
       fixture_gen.pick(ARRAY['DE', 'DE', 'PL', 'NL'], 'oek', i), fixture_gen.pick(ARRAY['NW', 'NW', 'WP', 'LI'], 'oep', i),
       fixture_gen.postcode('oez', i), CASE WHEN i % 3 = 0 THEN '+49 203 ' || fixture_gen.digits('oht', i, 7) END, fixture_gen.phone('oem', i),
       '+49 203 4455 ' || lpad((100 + i % 100)::text, 3, '0'),
       fixture_gen.ascii(fixture_gen.first_name('oe', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('oe', i)) || '@rheinlog.example',
       CASE WHEN i % 2 = 0 THEN fixture_gen.email('oe', i) END,
       date '2012-01-01' + fixture_gen.n('oej', i, 4000),
       fixture_gen.pick(ARRAY['0+', 'A+', 'B+', 'AB-', '0-', 'A-'], 'oc1', i), fixture_gen.pick(ARRAY['S', 'M', 'L', 'XL', 'XXL'], 'oc2', i),
       CASE WHEN i % 3 = 0 THEN fixture_gen.pick(ARRAY['DU', 'OB', 'D', 'KR'], 'oc3', i) || '-' || fixture_gen.chars('oc3', i, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') || ' ' || (10 + fixture_gen.n('oc3n', i, 9980)) END,
       CASE WHEN i % 37 = 0 THEN fixture_gen.stamp('oep', i)::timestamp END
FROM generate_series(1, 220) i;

CREATE TABLE hs_hr_emp_emergency_contacts (
    emp_number integer NOT NULL REFERENCES hs_hr_employee,
    eec_seqno numeric(2, 0) NOT NULL,
    eec_name varchar(100),
    eec_relationship varchar(100),
    eec_home_no varchar(100),
    eec_mobile_no varchar(100),
    eec_office_no varchar(100),
    PRIMARY KEY (emp_number, eec_seqno)
);
INSERT INTO hs_hr_emp_emergency_contacts
SELECT 1 + i % 220, 1 + i / 220, fixture_gen.full_name('oec', i), fixture_gen.pick(ARRAY['Wife', 'Husband', 'Mother', 'Father', 'Sister', 'Partner'], 'oer', i),
       CASE WHEN i % 2 = 0 THEN '+49 203 ' || fixture_gen.digits('oeh', i, 7) END, fixture_gen.phone('oem2', i), CASE WHEN i % 4 = 0 THEN fixture_gen.phone('oeo', i) END
FROM generate_series(0, 329) i;

CREATE TABLE hs_hr_emp_dependents (
    emp_number integer NOT NULL REFERENCES hs_hr_employee,
    ed_seqno numeric(2, 0) NOT NULL,
    ed_name varchar(100),
    ed_relationship_type varchar(20),
    ed_relationship varchar(100),
    ed_date_of_birth date,
    PRIMARY KEY (emp_number, ed_seqno)
);
INSERT INTO hs_hr_emp_dependents
SELECT 1 + (i * 3) % 220, 1 + i / 220, fixture_gen.first_name('odp', i) || ' ' || fixture_gen.last_name('oe', 1 + (i * 3) % 220),
       CASE WHEN i % 7 = 0 THEN 'other' ELSE 'child' END, CASE WHEN i % 7 = 0 THEN 'Stepchild' ELSE '' END, date '2005-01-01' + fixture_gen.n('odb', i, 6500)
FROM generate_series(0, 199) i;

CREATE TABLE hs_hr_emp_passport (
    emp_number integer NOT NULL REFERENCES hs_hr_employee,
    ep_seqno numeric(2, 0) NOT NULL,
    ep_passport_num varchar(100) NOT NULL DEFAULT '',
    ep_passportissueddate timestamp,
    ep_passportexpiredate timestamp,
    ep_comments varchar(255),
    ep_passport_type_flg smallint,
    ep_i9_status varchar(100) DEFAULT '',
    ep_i9_review_date date,
    cou_code varchar(6),
    PRIMARY KEY (emp_number, ep_seqno)
);
INSERT INTO hs_hr_emp_passport
SELECT 1 + (i * 7) % 220, 1 + i / 220,
       CASE WHEN i % 2 = 0 THEN 'C' || fixture_gen.chars('opn', i, 8, 'CFGHJKLMNPRTVWXYZ0123456789') ELSE upper(fixture_gen.chars('opl', i, 2, 'abcdefghijklmnopqrstuvwxyz')) || fixture_gen.digits('opd', i, 7) END,
       date '2016-01-01' + fixture_gen.n('opi', i, 2500), date '2026-01-01' + fixture_gen.n('ope', i, 3000),
       CASE i % 4 WHEN 0 THEN 'Work permit renewal pending' WHEN 1 THEN 'Copy on file' END,
       1 + i % 2, CASE WHEN i % 3 = 0 THEN 'Verified' ELSE '' END, CASE WHEN i % 3 = 0 THEN date '2023-01-01' + fixture_gen.n('opr', i, 600) END,
       fixture_gen.pick(ARRAY['DE', 'PL', 'TR', 'IN', 'NG', 'BR', 'VN', 'UA'], 'opc', i)
FROM generate_series(0, 149) i;

CREATE TABLE hs_hr_emp_basicsalary (
    id serial PRIMARY KEY,
    emp_number integer NOT NULL REFERENCES hs_hr_employee,
    sal_grd_code integer,
    currency_id varchar(6) NOT NULL DEFAULT '',
    ebsal_basic_salary varchar(100),
    payperiod_code varchar(13),
    salary_component varchar(100),
    comments varchar(255)
);
INSERT INTO hs_hr_emp_basicsalary (emp_number, sal_grd_code, currency_id, ebsal_basic_salary, payperiod_code, salary_component, comments)
SELECT 1 + i % 220, 1 + i % 6, 'EUR', (2400 + 50 * fixture_gen.n('obs', i, 60))::text, '4', CASE WHEN i < 220 THEN 'Base' ELSE 'Night shift allowance' END,
       CASE WHEN i % 9 = 0 THEN 'Raise after probation' END
FROM generate_series(0, 299) i;

CREATE TABLE hs_hr_emp_directdebit (
    id serial PRIMARY KEY,
    salary_id integer NOT NULL REFERENCES hs_hr_emp_basicsalary,
    dd_routing_num integer NOT NULL,
    dd_account varchar(100) NOT NULL DEFAULT '',
    dd_amount numeric(11, 2) NOT NULL,
    dd_account_type varchar(20) NOT NULL DEFAULT '',
    dd_transaction_type varchar(20) NOT NULL DEFAULT ''
);
INSERT INTO hs_hr_emp_directdebit (salary_id, dd_routing_num, dd_account, dd_amount, dd_account_type, dd_transaction_type)
SELECT i, fixture_gen.pick(ARRAY['37040044', '35060190', '10070000', '30050110'], 'obr', i)::integer,
       CASE WHEN i % 4 = 0 THEN fixture_gen.digits('oba', i, 10) ELSE fixture_gen.iban_for('obi', i) END,
       (2400 + 50 * fixture_gen.n('obs', i, 60)), CASE WHEN i % 5 = 0 THEN 'SAVINGS' ELSE 'CHECKING' END, 'PERCENTAGE'
FROM generate_series(1, 220) i;

CREATE TABLE hs_hr_emp_history_of_ealier_pos (
    emp_number integer NOT NULL REFERENCES hs_hr_employee,
    emp_seqno numeric(2, 0) NOT NULL,
    ehoep_job_title varchar(100) DEFAULT '',
    ehoep_years varchar(100) DEFAULT '',
    PRIMARY KEY (emp_number, emp_seqno)
);
INSERT INTO hs_hr_emp_history_of_ealier_pos
SELECT 1 + (i * 3) % 220, 1 + i / 220, fixture_gen.pick(ARRAY['Courier', 'Stock Controller', 'Bus Driver', 'Retail Assistant', 'Shift Lead', 'Payroll Clerk', 'Army logistics NCO'], 'ohj', i),
       (1 + fixture_gen.n('ohy', i, 12))::text
FROM generate_series(0, 159) i;

CREATE TABLE ohrm_user (
    id serial PRIMARY KEY,
    user_role_id integer NOT NULL,
    emp_number integer REFERENCES hs_hr_employee,
    user_name varchar(40) UNIQUE,
    user_password varchar(255),
    deleted smallint NOT NULL DEFAULT 0,
    status smallint NOT NULL DEFAULT 1,
    date_entered timestamp,
    date_modified timestamp,
    modified_user_id integer,
    created_by integer
);
INSERT INTO ohrm_user (user_role_id, emp_number, user_name, user_password, deleted, status, date_entered, date_modified, modified_user_id, created_by)
SELECT CASE WHEN i <= 3 THEN 1 ELSE 2 END, i, fixture_gen.ascii(fixture_gen.first_name('oe', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('oe', i)) || CASE WHEN i > 3 THEN i::text ELSE '' END,
       '$2y' || '$12$' || fixture_gen.chars('oup', i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
       CASE WHEN i % 31 = 0 THEN 1 ELSE 0 END, 1, fixture_gen.stamp('oud', i)::timestamp, fixture_gen.stamp('oum', i)::timestamp, 1, 1
FROM generate_series(1, 90) i;

-- Sign-ins, with the client's address (an IP, v4 or v6).
CREATE TABLE ohrm_login (
    id serial PRIMARY KEY,
    user_id bigint NOT NULL,
    user_name varchar(255),
    user_role_name text NOT NULL,
    user_role_predefined smallint NOT NULL,
    remote_address varchar(45),
    login_time timestamp NOT NULL
);
INSERT INTO ohrm_login (user_id, user_name, user_role_name, user_role_predefined, remote_address, login_time)
SELECT 1 + i % 90, fixture_gen.ascii(fixture_gen.first_name('oe', 1 + i % 90)) || '.' || fixture_gen.ascii(fixture_gen.last_name('oe', 1 + i % 90)),
       CASE WHEN 1 + i % 90 <= 3 THEN 'Admin' ELSE 'ESS' END, 1,
       CASE WHEN i % 3 = 0 THEN fixture_gen.ipv6('ola', i) ELSE fixture_gen.ipv4('ola', i) END, fixture_gen.stamp('olt', i)::timestamp
FROM generate_series(1, 700) i;

CREATE TABLE ohrm_reset_password (
    id serial PRIMARY KEY,
    reset_email varchar(60) NOT NULL,
    reset_request_date timestamp NOT NULL,
    reset_code varchar(200) NOT NULL,
    expired smallint DEFAULT 0
);
INSERT INTO ohrm_reset_password (reset_email, reset_request_date, reset_code, expired)
SELECT CASE WHEN i % 2 = 0 THEN fixture_gen.email('oe', i) ELSE fixture_gen.ascii(fixture_gen.first_name('oe', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('oe', i)) || '@rheinlog.example' END,
       fixture_gen.stamp('orr', i)::timestamp, fixture_gen.chars('orc', i, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), CASE WHEN i % 3 = 0 THEN 0 ELSE 1 END
FROM generate_series(1, 60) i;

CREATE TABLE ohrm_oauth2_clients (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    client_id varchar(80) NOT NULL UNIQUE,
    client_secret varchar(80),
    redirect_uri varchar(2000) NOT NULL,
    is_confidential boolean NOT NULL,
    enabled boolean NOT NULL
);
INSERT INTO ohrm_oauth2_clients (name, client_id, client_secret, redirect_uri, is_confidential, enabled) VALUES
    ('OrangeHRM Mobile', 'orangehrm_mobile_app', NULL, 'com.orangehrm.opensource://oauthredirect', false, true),
    ('OrangeHRM', 'orangehrm', NULL, 'https://hr.rheinlog.example/web/index.php/auth/oauth2/callback', false, true),
    ('Payroll export', 'payroll_sync', 'pay' || fixture_gen.chars('opcs', 1, 61, 'abcdef0123456789'), 'https://payroll.rheinlog.example/callback', true, true),
    ('Time clock terminals', 'timeclock', 'tc' || fixture_gen.chars('opcs', 2, 62, 'abcdef0123456789'), 'https://clock.rheinlog.example/oauth', true, true);

CREATE TABLE ohrm_oauth2_access_token (
    id serial PRIMARY KEY,
    access_token varchar(255) NOT NULL UNIQUE,
    client_id integer NOT NULL REFERENCES ohrm_oauth2_clients,
    user_id integer REFERENCES ohrm_user,
    expiry_date_time timestamp NOT NULL,
    revoked boolean NOT NULL
);
INSERT INTO ohrm_oauth2_access_token (access_token, client_id, user_id, expiry_date_time, revoked)
SELECT def.t, 1 + i % 4, 1 + i % 90, fixture_gen.stamp('oae', i)::timestamp, i % 6 = 0
FROM generate_series(1, 250) i,
LATERAL (SELECT 'def50200' || fixture_gen.chars('oat', i, 120, '0123456789abcdef') AS t) def;

CREATE TABLE ohrm_email_configuration (
    id serial PRIMARY KEY,
    mail_type varchar(50),
    sent_as varchar(250) NOT NULL,
    sendmail_path varchar(250),
    smtp_host varchar(250),
    smtp_port integer,
    smtp_username varchar(250),
    smtp_password varchar(250),
    smtp_auth_type varchar(50),
    smtp_security_type varchar(50)
);
INSERT INTO ohrm_email_configuration (mail_type, sent_as, sendmail_path, smtp_host, smtp_port, smtp_username, smtp_password, smtp_auth_type, smtp_security_type)
VALUES ('smtp', 'hr-noreply@rheinlog.example', '/usr/sbin/sendmail -bs', 'smtp.office365.example', 587, 'hr-noreply@rheinlog.example', 'Rh3in!' || fixture_gen.chars('osp', 1, 12), 'login', 'tls');

CREATE TABLE hs_hr_config (
    name varchar(100) PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO hs_hr_config (name, value) VALUES
    ('admin.localization.default_language', 'en_US'), ('admin.localization.default_date_format', 'Y-m-d'),
    ('admin.default_workweek', '5'), ('pim.show_deprecated_fields', '0'), ('hsp_current_plan', '0'),
    ('instance.identifier', translate(encode(convert_to('Rheinlog GmbH_hr@rheinlog.example_' || md5('inst'), 'UTF8'), 'base64'), E'\n', '')),
    ('instance.identifier_checksum', md5('instcs')), ('help.url', 'https://starterhelp.orangehrm.com'),
    ('authentication.enforce_password_strength', 'on'), ('authentication.default_required_password_strength', 'strong'),
    ('open_source_integrations', '<xml><integrations></integrations></xml>'),
    ('oauth.encryption_key', translate(encode(sha256(convert_to('ohrm-enc', 'UTF8')), 'base64'), E'\n', '')),
    ('oauth.token_encryption_key', translate(encode(sha256(convert_to('ohrm-tok', 'UTF8')), 'base64'), E'\n', '')),
    ('ldap_settings', '{"enable":true,"hostname":"ldap.rheinlog.example","port":636,"encryption":"ssl","bindAnonymously":false,"bindUserDN":"cn=orangehrm,ou=svc,dc=rheinlog,dc=example","bindUserPassword":"'
        || fixture_gen.chars('ldp', 1, 16) || '"}');

CREATE TABLE ohrm_job_candidate (
    id serial PRIMARY KEY,
    first_name varchar(30) NOT NULL,
    middle_name varchar(30),
    last_name varchar(30) NOT NULL,
    email varchar(100) NOT NULL,
    contact_number varchar(30),
    status integer NOT NULL,
    comment text,
    mode_of_application integer NOT NULL,
    date_of_application date NOT NULL,
    cv_text_version text,
    keywords varchar(255),
    added_person integer REFERENCES hs_hr_employee,
    consent_to_keep_data boolean NOT NULL DEFAULT false
);
INSERT INTO ohrm_job_candidate (first_name, middle_name, last_name, email, contact_number, status, comment, mode_of_application, date_of_application, cv_text_version,
    keywords, added_person, consent_to_keep_data)
SELECT fixture_gen.first_name('ojc', i), CASE WHEN i % 5 = 0 THEN fixture_gen.first_name('ojm', i) END, fixture_gen.last_name('ojc', i), fixture_gen.email('ojc', i),
       fixture_gen.phone('ojp', i), 1 + i % 6,
       CASE i % 4 WHEN 0 THEN 'Called ' || fixture_gen.first_name('ojc', i) || ' on ' || fixture_gen.phone('ojp', i) || ', available from next month.'
                  WHEN 1 THEN 'Referred by ' || fixture_gen.full_name('ojr', i) || ' (Depot Venlo).'
                  WHEN 2 THEN 'Has a valid CE licence and ADR certificate.' END,
       1 + i % 2, date '2023-01-01' + fixture_gen.n('ojd', i, 600),
       CASE WHEN i % 3 <> 2 THEN 'CURRICULUM VITAE ' || upper(fixture_gen.full_name('ojc', i)) || ' ' || fixture_gen.street('ojs', i) || ' ' || fixture_gen.city('ojt', i)
           || ' ' || fixture_gen.email('ojc', i) || ' ' || fixture_gen.phone('ojp', i) || ' EXPERIENCE 2017-2023 warehouse team lead, forklift, SAP EWM' END,
       fixture_gen.pick(ARRAY['forklift, SAP', 'CE licence, ADR', 'payroll, DATEV', 'dispatch, Transporeon', ''], 'ojk', i), 1 + i % 3, i % 4 <> 0
FROM generate_series(1, 200) i;

CREATE TABLE ohrm_leave_request (
    id serial PRIMARY KEY,
    leave_type_id integer NOT NULL,
    date_applied date NOT NULL,
    emp_number integer NOT NULL REFERENCES hs_hr_employee,
    comments varchar(256)
);
INSERT INTO ohrm_leave_request (leave_type_id, date_applied, emp_number, comments)
SELECT 1 + i % 4, date '2023-01-01' + fixture_gen.n('olr', i, 700), 1 + i % 220,
       CASE i % 5 WHEN 0 THEN 'Knee surgery at ' || fixture_gen.pick(ARRAY['Helios Klinikum Duisburg', 'St. Johannes Hospital'], 'olh', i) || ', sick note follows.'
                  WHEN 1 THEN 'My daughter ' || fixture_gen.first_name('old', i) || ' is getting married in ' || fixture_gen.city('olc', i) || '.'
                  WHEN 2 THEN 'Family visit, reachable on ' || fixture_gen.phone('olp', i) || ' in an emergency.' END
FROM generate_series(1, 500) i;

CREATE TABLE ohrm_attendance_record (
    id serial PRIMARY KEY,
    employee_id integer NOT NULL REFERENCES hs_hr_employee,
    punch_in_utc_time timestamp,
    punch_in_note varchar(255),
    punch_in_time_offset varchar(255),
    punch_in_user_time timestamp,
    punch_out_utc_time timestamp,
    punch_out_note varchar(255),
    punch_in_latitude numeric(10, 8),
    punch_in_longitude numeric(11, 8),
    punch_in_ip_address varchar(255),
    state varchar(255) NOT NULL
);
INSERT INTO ohrm_attendance_record (employee_id, punch_in_utc_time, punch_in_note, punch_in_time_offset, punch_in_user_time, punch_out_utc_time, punch_out_note,
    punch_in_latitude, punch_in_longitude, punch_in_ip_address, state)
SELECT 1 + i % 220, t.t, CASE WHEN i % 9 = 0 THEN fixture_gen.pick(ARRAY['Late: train cancelled', 'Doctor appointment in the morning', 'Forgot badge'], 'oan', i) END,
       '+01:00', t.t + interval '1 hour', t.t + interval '8 hours', CASE WHEN i % 13 = 0 THEN 'Left early, child sick' END,
       51.4 + fixture_gen.n('oaa', i, 200000) / 1000000.0, 6.7 + fixture_gen.n('oao', i, 200000) / 1000000.0,
       fixture_gen.ipv4('oai', i), CASE WHEN i % 40 = 0 THEN 'PUNCHED IN' ELSE 'PUNCHED OUT' END
FROM generate_series(1, 900) i, LATERAL (SELECT fixture_gen.stamp('oat', i)::timestamp AS t) t;

RESET search_path;
SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
