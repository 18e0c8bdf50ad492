-- classify-eval fixture (HOLDOUT 4, with moodle: written after holdout 3,
-- by someone who had not seen the classifier, and scored once before any
-- classifier change that followed it; never tune against it): a Keycloak 24
-- database in Keycloak's naming, a subset of its tables and of their
-- columns with their real names and types: varchar(36) UUID keys, bigint
-- epoch-millisecond timestamps (integer epoch seconds in the session
-- tables), name/value tables (realm_attribute, realm_smtp_config,
-- client_attributes, identity_provider_config, component_config,
-- user_attribute) whose values range from theme names to client secrets,
-- PEM private keys and LDAP bind passwords, credentials as JSON
-- (secret_data: the hash and salt or the OTP secret; credential_data: the
-- algorithm and its parameters), events whose details_json holds the
-- username typed, admin events whose representation is the user created,
-- offline sessions as JSON, tokens of social logins, and Liquibase's
-- changelog. Three realms: master, shopfront (an outdoor-gear web shop's
-- customers, email as username, Google/GitHub/Microsoft logins) and staff
-- (employees, federated from LDAP).
-- Loaded after ../helpers.sql; labels in labels.tsv.

-- b64url: base64url without padding.
CREATE FUNCTION fixture_gen.b64url(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT rtrim(translate(fixture_gen.b64(tag, i, len), '+/', '-_'), '=') $$;

-- pem_body: a long base64 body (an RSA key or certificate, header stripped as
-- Keycloak stores it), head being its fixed DER prefix.
CREATE FUNCTION fixture_gen.pem_body(head text, tag text, i bigint, blocks int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT head || string_agg(fixture_gen.b64(tag || b, i, 63), '' ORDER BY b) FROM generate_series(1, blocks) b
$$;

-- The people: 1-4 in master, 5-230 shop customers, 231-330 staff (LDAP),
-- 331-334 service accounts.
CREATE TABLE fixture_gen.p AS
SELECT i, fixture_gen.uuid('kcu', i) AS id,
       CASE WHEN i <= 4 THEN 1 WHEN i <= 230 THEN 2 WHEN i <= 330 THEN 3 ELSE 2 + (i + 1) % 2 END AS realm,
       fixture_gen.first_name('kcu', i) AS first, fixture_gen.last_name('kcu', i) AS last,
       CASE WHEN i BETWEEN 231 AND 330 THEN fixture_gen.ascii(fixture_gen.first_name('kcu', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('kcu', i)) || '@brightwater-outdoor.com'
            ELSE fixture_gen.email('kcu', i) END AS email,
       CASE WHEN i = 1 THEN 'admin'
            WHEN i <= 4 THEN fixture_gen.ascii(fixture_gen.first_name('kcu', i)) || '.ops'
            WHEN i <= 230 THEN fixture_gen.email('kcu', i)
            WHEN i <= 330 THEN substr(fixture_gen.ascii(fixture_gen.first_name('kcu', i)), 1, 1) || fixture_gen.ascii(fixture_gen.last_name('kcu', i)) || CASE WHEN i % 7 = 0 THEN (i % 10)::text ELSE '' END
            ELSE 'service-account-' || (ARRAY['billing-service', 'inventory-sync', 'mailer', 'reporting'])[i - 330] END AS username
FROM generate_series(1, 334) i;
-- Staff logins and mailboxes that would collide get a number, as LDAP admins do.
UPDATE fixture_gen.p SET username = username || (i % 90), email = replace(email, '@', (i % 90)::text || '@')
WHERE i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY realm, username ORDER BY i) AS rn FROM fixture_gen.p) d WHERE rn > 1)
   OR i IN (SELECT i FROM (SELECT i, row_number() OVER (PARTITION BY realm, email ORDER BY i) AS rn FROM fixture_gen.p) d WHERE rn > 1);

CREATE FUNCTION fixture_gen.realm(k int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.uuid('realm', k) $$;

CREATE TABLE realm (
    id varchar(36) PRIMARY KEY, name varchar(255) UNIQUE, enabled boolean NOT NULL DEFAULT false, ssl_required varchar(255),
    registration_allowed boolean NOT NULL DEFAULT false, reg_email_as_username boolean NOT NULL DEFAULT false,
    verify_email boolean NOT NULL DEFAULT false, reset_password_allowed boolean NOT NULL DEFAULT false,
    login_with_email_allowed boolean NOT NULL DEFAULT true, password_policy varchar(2550), login_theme varchar(255), default_locale varchar(255),
    events_enabled boolean NOT NULL DEFAULT false, events_expiration bigint, admin_events_enabled boolean NOT NULL DEFAULT false,
    admin_events_details_enabled boolean NOT NULL DEFAULT false, not_before integer, sso_idle_timeout integer, master_admin_client varchar(36),
    default_role varchar(255)
);
INSERT INTO realm VALUES
    (fixture_gen.realm(1), 'master', true, 'external', false, false, false, false, true, NULL, NULL, NULL, false, NULL, true, true, 0, 1800, NULL, fixture_gen.uuid('role', 1)),
    (fixture_gen.realm(2), 'shopfront', true, 'external', true, true, true, true, true, 'length(12) and notUsername(undefined) and passwordHistory(3)', 'brightwater', 'en', true, 2592000, true, true, 0, 1800, fixture_gen.uuid('client', 7), fixture_gen.uuid('role', 2)),
    (fixture_gen.realm(3), 'staff', true, 'all', false, false, false, true, true, 'length(14) and upperCase(1) and digits(1) and hashIterations(210000) and forceExpiredPasswordChange(180)', 'keycloak.v2', 'de', true, 7776000, true, false, 0, 3600, fixture_gen.uuid('client', 8), fixture_gen.uuid('role', 3));

CREATE TABLE realm_attribute (
    name varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL REFERENCES realm,
    value text,
    PRIMARY KEY (name, realm_id)
);
INSERT INTO realm_attribute
SELECT a.name, fixture_gen.realm(r), (ARRAY[a.v1, a.v2, a.v3])[r]
FROM generate_series(1, 3) r, (VALUES
    ('displayName', 'Keycloak', 'Brightwater Outdoor', 'Brightwater Staff'), ('frontendUrl', '', 'https://login.brightwater-outdoor.com', 'https://sso.brightwater-outdoor.com'),
    ('displayNameHtml', '<div class="kc-logo-text"><span>Keycloak</span></div>', '<b>Brightwater</b> Outdoor', '<b>Brightwater</b> Intranet'),
    ('bruteForceProtected', 'false', 'true', 'true'), ('permanentLockout', 'false', 'false', 'false'), ('failureFactor', '30', '10', '5'),
    ('maxFailureWaitSeconds', '900', '900', '900'), ('minimumQuickLoginWaitSeconds', '60', '60', '60'), ('waitIncrementSeconds', '60', '60', '60'),
    ('quickLoginCheckMilliSeconds', '1000', '1000', '1000'), ('maxDeltaTimeSeconds', '43200', '43200', '43200'),
    ('actionTokenGeneratedByAdminLifespan', '43200', '43200', '43200'), ('actionTokenGeneratedByUserLifespan', '300', '300', '900'),
    ('oauth2DeviceCodeLifespan', '600', '600', '600'), ('oauth2DevicePollingInterval', '5', '5', '5'), ('parRequestUriLifespan', '60', '60', '60'),
    ('cibaBackchannelTokenDeliveryMode', 'poll', 'poll', 'poll'), ('cibaExpiresIn', '120', '120', '120'), ('cibaAuthRequestedUserHint', 'login_hint', 'login_hint', 'login_hint'),
    ('cibaInterval', '5', '5', '5'), ('clientSessionIdleTimeout', '0', '0', '0'), ('clientSessionMaxLifespan', '0', '0', '0'),
    ('clientOfflineSessionIdleTimeout', '0', '0', '0'), ('clientOfflineSessionMaxLifespan', '0', '5184000', '0'), ('defaultSignatureAlgorithm', 'RS256', 'RS256', 'RS256'),
    ('offlineSessionMaxLifespanEnabled', 'false', 'true', 'false'), ('offlineSessionMaxLifespan', '5184000', '5184000', '5184000'), ('shortVerificationUri', '', '', ''),
    ('webAuthnPolicyRpEntityName', 'keycloak', 'Brightwater Outdoor', 'keycloak'), ('webAuthnPolicySignatureAlgorithms', 'ES256', 'ES256,RS256', 'ES256'),
    ('webAuthnPolicyRpId', '', 'brightwater-outdoor.com', ''), ('webAuthnPolicyAttestationConveyancePreference', 'not specified', 'not specified', 'not specified'),
    ('webAuthnPolicyAuthenticatorAttachment', 'not specified', 'platform', 'not specified'), ('webAuthnPolicyRequireResidentKey', 'not specified', 'Yes', 'not specified'),
    ('webAuthnPolicyUserVerificationRequirement', 'not specified', 'required', 'not specified'), ('webAuthnPolicyCreateTimeout', '0', '0', '0'),
    ('webAuthnPolicyAvoidSameAuthenticatorRegister', 'false', 'false', 'false'),
    ('_browser_header.contentSecurityPolicy', 'frame-src ''self''; frame-ancestors ''self''; object-src ''none'';', 'frame-src ''self''; frame-ancestors ''self'' https://www.brightwater-outdoor.com; object-src ''none'';', 'frame-src ''self''; frame-ancestors ''self''; object-src ''none'';'),
    ('_browser_header.xFrameOptions', 'SAMEORIGIN', 'SAMEORIGIN', 'SAMEORIGIN'), ('_browser_header.strictTransportSecurity', 'max-age=31536000; includeSubDomains', 'max-age=31536000; includeSubDomains', 'max-age=31536000; includeSubDomains'),
    ('_browser_header.xContentTypeOptions', 'nosniff', 'nosniff', 'nosniff'), ('_browser_header.xRobotsTag', 'none', 'none', 'none'),
    ('_browser_header.xXSSProtection', '1; mode=block', '1; mode=block', '1; mode=block'), ('_browser_header.referrerPolicy', 'no-referrer', 'no-referrer', 'no-referrer'),
    ('client-policies.profiles', '{"profiles":[]}', '{"profiles":[]}', '{"profiles":[]}'), ('client-policies.policies', '{"policies":[]}', '{"policies":[]}', '{"policies":[]}'),
    ('acr.loa.map', '{}', '{}', '{}'), ('organizationsEnabled', 'false', 'false', 'false')) a(name, v1, v2, v3);

-- Each realm's outgoing mail: the SMTP relay's host, login and password.
CREATE TABLE realm_smtp_config (
    realm_id varchar(36) NOT NULL REFERENCES realm,
    value varchar(255),
    name varchar(255) NOT NULL,
    PRIMARY KEY (realm_id, name)
);
INSERT INTO realm_smtp_config
SELECT fixture_gen.realm(r), v.value, v.name
FROM generate_series(1, 3) r,
LATERAL (VALUES
    ('host', (ARRAY['smtp.brightwater-outdoor.com', 'email-smtp.eu-west-1.amazonaws.com', 'smtp.office365.com'])[r]), ('port', (ARRAY['25', '587', '587'])[r]),
    ('from', (ARRAY['keycloak@brightwater-outdoor.com', 'no-reply@brightwater-outdoor.com', 'it-servicedesk@brightwater-outdoor.com'])[r]),
    ('fromDisplayName', (ARRAY['Keycloak', 'Brightwater Outdoor', 'Brightwater IT'])[r]),
    ('replyTo', (ARRAY['', 'support@brightwater-outdoor.com', fixture_gen.ascii(fixture_gen.first_name('smtp', r)) || '.' || fixture_gen.ascii(fixture_gen.last_name('smtp', r)) || '@brightwater-outdoor.com'])[r]),
    ('envelopeFrom', (ARRAY['', 'bounces@brightwater-outdoor.com', ''])[r]), ('auth', (r > 1)::text),
    ('user', (ARRAY['', 'AKIA' || fixture_gen.chars('sesu', r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), 'svc-keycloak-mail@brightwater-outdoor.com'])[r]),
    ('password', (ARRAY['', 'BE' || fixture_gen.chars('sesp', r, 42, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), fixture_gen.chars('o365', r, 16, 'abcdefghijklmnopqrstuvwxyz')])[r]),
    ('ssl', 'false'),
    ('starttls', (r > 1)::text)) v(name, value);

CREATE TABLE user_entity (
    id varchar(36) PRIMARY KEY, email varchar(255), email_constraint varchar(255), email_verified boolean NOT NULL DEFAULT false,
    enabled boolean NOT NULL DEFAULT false, federation_link varchar(255), first_name varchar(255), last_name varchar(255), realm_id varchar(255),
    username varchar(255), created_timestamp bigint, service_account_client_link varchar(255), not_before integer NOT NULL DEFAULT 0,
    UNIQUE (realm_id, username), UNIQUE (realm_id, email_constraint)
);
INSERT INTO user_entity
SELECT p.id, CASE WHEN p.i = 1 OR p.i > 330 THEN NULL ELSE p.email END,
       CASE WHEN p.i = 1 OR p.i > 330 THEN fixture_gen.uuid('ec', p.i) ELSE lower(p.email) END,
       p.i BETWEEN 231 AND 330 OR p.i % 5 <> 0, p.i % 41 <> 0,
       CASE WHEN p.i BETWEEN 231 AND 330 THEN fixture_gen.uuid('comp', 100) END,
       CASE WHEN p.i = 1 OR p.i > 330 THEN NULL ELSE p.first END, CASE WHEN p.i = 1 OR p.i > 330 OR p.i % 23 = 0 THEN NULL ELSE p.last END,
       fixture_gen.realm(p.realm), p.username, fixture_gen.ms('kcc', p.i),
       CASE WHEN p.i > 330 THEN fixture_gen.uuid('client', 30 + p.i - 330) END, 0
FROM fixture_gen.p p;

-- Passwords (pbkdf2 as Keycloak 24 stores them) and TOTP secrets.
CREATE TABLE credential (
    id varchar(36) PRIMARY KEY, salt bytea, type varchar(255), user_id varchar(36) REFERENCES user_entity, created_date bigint,
    user_label varchar(255), secret_data text, credential_data text, priority integer
);
INSERT INTO credential
SELECT fixture_gen.uuid('cred', p.i), NULL::bytea, 'password', p.id, fixture_gen.ms('kcc', p.i) + 4000, NULL,
       '{"value":"' || fixture_gen.b64('kph', p.i, CASE WHEN p.i % 3 = 0 THEN 32 ELSE 64 END) || '","salt":"' || fixture_gen.b64('kps', p.i, 16) || '","additionalParameters":{}}',
       CASE WHEN p.i % 3 = 0 THEN '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}'
            ELSE '{"hashIterations":210000,"algorithm":"pbkdf2-sha512","additionalParameters":{}}' END, 10
FROM fixture_gen.p p WHERE p.i <= 230
UNION ALL
SELECT fixture_gen.uuid('otp', p.i), NULL, 'otp', p.id, fixture_gen.ms('kco', p.i),
       CASE p.i % 6 WHEN 0 THEN 'Google Authenticator' WHEN 1 THEN p.first || '''s phone' WHEN 2 THEN 'iPhone ' || p.first WHEN 3 THEN NULL WHEN 4 THEN 'Authy' ELSE 'work phone' END,
       '{"value":"' || fixture_gen.chars('totp', p.i, 20) || '"}',
       '{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}', 20
FROM fixture_gen.p p WHERE p.i <= 4 OR p.i BETWEEN 231 AND 330 OR p.i % 9 = 0;

-- Attributes of local and LDAP users: Keycloak 24 keeps values over 255
-- characters in long_value, hashed for lookups (none here are that long).
CREATE TABLE user_attribute (
    name varchar(255) NOT NULL, value varchar(255), user_id varchar(36) NOT NULL REFERENCES user_entity,
    id varchar(36) PRIMARY KEY DEFAULT 'sybase-needs-something-here', long_value_hash bytea, long_value_hash_lower_case bytea, long_value text
);
INSERT INTO user_attribute (name, value, user_id, id)
SELECT a.name,
       CASE a.name
           WHEN 'locale' THEN fixture_gen.pick(ARRAY['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'pl', 'tr'], 'loc', p.i)
           WHEN 'phoneNumber' THEN fixture_gen.phone('kph', p.i)
           WHEN 'phoneNumberVerified' THEN (p.i % 3 = 0)::text
           WHEN 'birthdate' THEN to_char(fixture_gen.birth_date('kbd', p.i), 'YYYY-MM-DD')
           WHEN 'newsletter' THEN (p.i % 2 = 0)::text
           WHEN 'terms_and_conditions' THEN (1650000000 + p.i * 86311)::text
           WHEN 'LDAP_ID' THEN fixture_gen.uuid('ldap', p.i)
           WHEN 'LDAP_ENTRY_DN' THEN 'uid=' || p.username || ',ou=People,dc=brightwater-outdoor,dc=com'
           WHEN 'createTimestamp' THEN to_char(fixture_gen.stamp('kcc', p.i), 'YYYYMMDDHH24MISS') || 'Z'
           WHEN 'modifyTimestamp' THEN to_char(fixture_gen.stamp('kcm', p.i), 'YYYYMMDDHH24MISS') || 'Z'
           WHEN 'department' THEN fixture_gen.pick(ARRAY['Logistics', 'Customer Care', 'Finance', 'Retail Ops', 'IT', 'Marketing'], 'kdp', p.i)
           WHEN 'employeeNumber' THEN 'BW' || lpad((10000 + p.i * 7)::text, 6, '0')
           WHEN 'mobile' THEN fixture_gen.phone('kmo', p.i)
           WHEN 'title' THEN fixture_gen.pick(ARRAY['Store Manager', 'Warehouse Lead', 'Buyer', 'Accountant', 'Support Agent', 'DevOps Engineer'], 'kti', p.i)
           WHEN 'picture' THEN 'https://lh3.googleusercontent.com/a/' || fixture_gen.chars('gpic', p.i, 40) || '=s96-c'
       END,
       p.id, fixture_gen.uuid('ua' || a.name, p.i)
FROM fixture_gen.p p,
     unnest(ARRAY['locale', 'phoneNumber', 'phoneNumberVerified', 'birthdate', 'newsletter', 'terms_and_conditions', 'picture',
         'LDAP_ID', 'LDAP_ENTRY_DN', 'createTimestamp', 'modifyTimestamp', 'department', 'employeeNumber', 'mobile', 'title']) AS a(name)
WHERE (p.i BETWEEN 5 AND 230 AND (a.name = 'locale' AND p.i % 2 = 0 OR a.name = 'newsletter' OR a.name = 'terms_and_conditions'
        OR a.name IN ('phoneNumber', 'phoneNumberVerified') AND p.i % 3 <> 1 OR a.name = 'birthdate' AND p.i % 4 = 0 OR a.name = 'picture' AND p.i % 6 = 0))
   OR (p.i BETWEEN 231 AND 330 AND a.name IN ('LDAP_ID', 'LDAP_ENTRY_DN', 'createTimestamp', 'modifyTimestamp', 'department', 'employeeNumber', 'title', 'locale')
        OR p.i BETWEEN 231 AND 330 AND a.name = 'mobile' AND p.i % 2 = 0);

-- Attributes Keycloak keeps for users of a read-only storage provider (the
-- old loyalty-card database): user_id is 'f:<component id>:<external id>'.
CREATE TABLE fed_user_attribute (
    id varchar(36) PRIMARY KEY, name varchar(255) NOT NULL, user_id varchar(255) NOT NULL, realm_id varchar(36) NOT NULL,
    storage_provider_id varchar(36), value varchar(2024), long_value_hash bytea, long_value_hash_lower_case bytea, long_value text
);
INSERT INTO fed_user_attribute (id, name, user_id, realm_id, storage_provider_id, value)
SELECT fixture_gen.uuid('fua' || a.name, i), a.name, 'f:' || fixture_gen.uuid('comp', 110) || ':' || fixture_gen.ascii(fixture_gen.first_name('loy', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('loy', i)),
       fixture_gen.realm(2), fixture_gen.uuid('comp', 110),
       CASE a.name WHEN 'locale' THEN fixture_gen.pick(ARRAY['en', 'de', 'fr', 'nl'], 'floc', i)
                   WHEN 'loyaltyCard' THEN '6' || fixture_gen.digits('floy', i, 11)
                   WHEN 'phoneNumber' THEN fixture_gen.phone('fph', i)
                   ELSE (1600000000 + i * 77777)::text END
FROM generate_series(1, 60) i, unnest(ARRAY['locale', 'loyaltyCard', 'phoneNumber', 'terms_and_conditions']) AS a(name)
WHERE a.name <> 'phoneNumber' OR i % 2 = 0;

CREATE TABLE identity_provider (
    internal_id varchar(36) PRIMARY KEY, enabled boolean NOT NULL DEFAULT false, provider_alias varchar(255), provider_id varchar(255),
    store_token boolean NOT NULL DEFAULT false, authenticate_by_default boolean NOT NULL DEFAULT false, realm_id varchar(36) REFERENCES realm,
    add_token_role boolean NOT NULL DEFAULT true, trust_email boolean NOT NULL DEFAULT false, first_broker_login_flow_id varchar(36),
    post_broker_login_flow_id varchar(36), provider_display_name varchar(255), link_only boolean NOT NULL DEFAULT false
);
INSERT INTO identity_provider VALUES
    (fixture_gen.uuid('idp', 1), true, 'google', 'google', true, false, fixture_gen.realm(2), true, true, fixture_gen.uuid('flow', 1), NULL, 'Google', false),
    (fixture_gen.uuid('idp', 2), true, 'github', 'github', false, false, fixture_gen.realm(2), true, false, fixture_gen.uuid('flow', 1), NULL, 'GitHub', false),
    (fixture_gen.uuid('idp', 3), true, 'microsoft', 'microsoft', true, false, fixture_gen.realm(2), true, true, fixture_gen.uuid('flow', 1), NULL, 'Microsoft', false),
    (fixture_gen.uuid('idp', 4), true, 'entra-id', 'oidc', false, false, fixture_gen.realm(3), false, true, fixture_gen.uuid('flow', 2), NULL, 'Brightwater Entra ID', true);

CREATE TABLE identity_provider_config (
    identity_provider_id varchar(36) NOT NULL REFERENCES identity_provider,
    value text,
    name varchar(255) NOT NULL,
    PRIMARY KEY (identity_provider_id, name)
);
INSERT INTO identity_provider_config
SELECT fixture_gen.uuid('idp', k), v.value, v.name
FROM generate_series(1, 4) k,
LATERAL (VALUES
    ('clientId', (ARRAY[fixture_gen.digits('gcid', k, 12) || '-' || fixture_gen.chars('gcid', k, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '.apps.googleusercontent.com',
                        'Iv1.' || fixture_gen.chars('ghid', k, 16, 'abcdef0123456789'), fixture_gen.uuid('msid', k), fixture_gen.uuid('entra', k)])[k]),
    ('clientSecret', (ARRAY['GOCSPX-' || fixture_gen.chars('gsec', k, 28), fixture_gen.chars('ghsec', k, 40, 'abcdef0123456789'),
                            fixture_gen.chars('mssec', k, 3) || '8Q~' || fixture_gen.chars('mssec2', k, 34), fixture_gen.chars('ensec', k, 3) || '8Q~' || fixture_gen.chars('ensec2', k, 34)])[k]),
    ('clientAuthMethod', 'client_secret_post'), ('defaultScope', (ARRAY['openid profile email', 'user:email', 'User.Read', 'openid profile email offline_access'])[k]),
    ('syncMode', (ARRAY['IMPORT', 'IMPORT', 'LEGACY', 'FORCE'])[k]), ('guiOrder', k::text), ('hideOnLoginPage', (k = 4)::text), ('useJwksUrl', 'true'),
    ('acceptsPromptNoneForwardFromClient', 'false'),
    ('authorizationUrl', CASE k WHEN 4 THEN 'https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/oauth2/v2.0/authorize' END),
    ('tokenUrl', CASE k WHEN 4 THEN 'https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/oauth2/v2.0/token' END),
    ('jwksUrl', CASE k WHEN 4 THEN 'https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/discovery/v2.0/keys' END),
    ('issuer', CASE k WHEN 4 THEN 'https://login.microsoftonline.com/' || fixture_gen.uuid('tenant', 1) || '/v2.0' END), ('validateSignature', CASE k WHEN 4 THEN 'true' END),
    ('pkceEnabled', CASE k WHEN 4 THEN 'true' END), ('pkceMethod', CASE k WHEN 4 THEN 'S256' END), ('hostedDomain', CASE k WHEN 1 THEN '' END),
    ('tenant', CASE k WHEN 3 THEN 'consumers' END)) v(name, value)
WHERE v.value IS NOT NULL;

-- Social logins: the account at the provider, and its tokens when the
-- provider stores them.
CREATE TABLE federated_identity (
    identity_provider varchar(255) NOT NULL, realm_id varchar(36), federated_user_id varchar(255), federated_username varchar(255), token text,
    user_id varchar(36) NOT NULL REFERENCES user_entity, PRIMARY KEY (identity_provider, user_id)
);
INSERT INTO federated_identity
SELECT x.idp, fixture_gen.realm(2),
       CASE x.idp WHEN 'google' THEN '1' || fixture_gen.digits('gsub', p.i, 20) WHEN 'github' THEN (1000000 + fixture_gen.n('ghid', p.i, 150000000))::text ELSE fixture_gen.uuid('msoid', p.i) END,
       CASE x.idp WHEN 'github' THEN fixture_gen.ascii(p.first) || '-' || fixture_gen.ascii(p.last) || CASE WHEN p.i % 3 = 0 THEN (p.i % 100)::text ELSE '' END ELSE lower(p.email) END,
       CASE x.idp
           WHEN 'google' THEN '{"access_token":"' || 'ya' || '29.' || fixture_gen.chars('gat', p.i, 150, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '","expires_in":3599,'
               || CASE WHEN p.i % 2 = 0 THEN '"refresh_token":"1//0' || fixture_gen.chars('grt', p.i, 98, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') || '",' ELSE '' END
               || '"scope":"openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile","token_type":"Bearer","id_token":"' || fixture_gen.jwt('gid', p.i) || '"}'
           WHEN 'microsoft' THEN '{"token_type":"Bearer","scope":"User.Read profile openid email","expires_in":3711,"ext_expires_in":3711,"access_token":"' || fixture_gen.jwt('msat', p.i) || '"}'
       END,
       p.id
FROM fixture_gen.p p, LATERAL (SELECT (ARRAY['google', 'github', 'microsoft'])[1 + p.i % 3] AS idp) x
WHERE p.i BETWEEN 5 AND 230 AND p.i % 5 IN (0, 2);

CREATE TABLE client (
    id varchar(36) PRIMARY KEY, enabled boolean NOT NULL DEFAULT false, full_scope_allowed boolean NOT NULL DEFAULT false, client_id varchar(255),
    not_before integer, public_client boolean NOT NULL DEFAULT false, secret varchar(255), base_url varchar(255),
    bearer_only boolean NOT NULL DEFAULT false, management_url varchar(255), realm_id varchar(36) REFERENCES realm, protocol varchar(255),
    consent_required boolean NOT NULL DEFAULT false, name varchar(255), service_accounts_enabled boolean NOT NULL DEFAULT false,
    client_authenticator_type varchar(255), root_url varchar(255), description varchar(255), registration_token varchar(255),
    standard_flow_enabled boolean NOT NULL DEFAULT true, direct_access_grants_enabled boolean NOT NULL DEFAULT false
);
-- Built-in clients of each realm (1-8 per realm), then the shop's own.
INSERT INTO client
SELECT fixture_gen.uuid('client', (r - 1) * 8 + k), true, k <> 3, b.cid, 0, b.pub, CASE WHEN NOT b.pub AND NOT b.bearer THEN fixture_gen.chars('csec', (r - 1) * 8 + k, 32) END,
       b.base, b.bearer, NULL, fixture_gen.realm(r), CASE WHEN k <> 3 THEN 'openid-connect' END, false, b.nm, false, 'client-secret', b.root, NULL, NULL, k NOT IN (3, 4), k = 5
FROM generate_series(1, 3) r,
LATERAL (VALUES
    (1, 'account', false, false, '/realms/' || (ARRAY['master', 'shopfront', 'staff'])[r] || '/account/', '${client_account}', '${authBaseUrl}'),
    (2, 'account-console', true, false, '/realms/' || (ARRAY['master', 'shopfront', 'staff'])[r] || '/account/', '${client_account-console}', '${authBaseUrl}'),
    (3, 'broker', false, true, NULL, '${client_broker}', NULL),
    (4, CASE r WHEN 1 THEN 'master-realm' ELSE 'realm-management' END, false, true, NULL, CASE r WHEN 1 THEN 'master Realm' ELSE '${client_realm-management}' END, NULL),
    (5, 'admin-cli', true, false, NULL, '${client_admin-cli}', NULL),
    (6, 'security-admin-console', true, false, '/admin/' || (ARRAY['master', 'shopfront', 'staff'])[r] || '/console/', '${client_security-admin-console}', '${authAdminUrl}'),
    (7, CASE r WHEN 1 THEN 'shopfront-realm' ELSE 'broker-link' END, false, true, NULL, CASE r WHEN 1 THEN 'shopfront Realm' ELSE NULL END, NULL),
    (8, CASE r WHEN 1 THEN 'staff-realm' ELSE 'grafana-' || r END, false, r > 1, NULL, CASE r WHEN 1 THEN 'staff Realm' ELSE 'Grafana' END, NULL)
) b(k, cid, pub, bearer, base, nm, root);
INSERT INTO client
SELECT fixture_gen.uuid('client', 30 + k), true, false, c.cid, 0, c.pub, CASE WHEN NOT c.pub THEN fixture_gen.chars('csec', 30 + k, 32) END,
       c.base, false, NULL, fixture_gen.realm(c.r), c.proto, c.consent, c.nm, c.sa, CASE WHEN k = 8 THEN 'client-jwt' ELSE 'client-secret' END, c.root, c.descr,
       CASE WHEN k = 10 THEN fixture_gen.chars('rat', k, 36, 'abcdef0123456789') END, NOT c.sa, false
FROM (VALUES
    (1, 'billing-service', false, 2, 'openid-connect', false, 'Billing service', true, NULL, NULL, 'Invoices and refunds; calls the orders API'),
    (2, 'inventory-sync', false, 3, 'openid-connect', false, 'Inventory sync', true, NULL, NULL, 'Nightly stock sync with the ERP'),
    (3, 'mailer', false, 2, 'openid-connect', false, 'Mailer', true, NULL, NULL, NULL),
    (4, 'reporting', false, 3, 'openid-connect', false, 'Reporting', true, NULL, NULL, 'Power BI gateway'),
    (5, 'webshop', false, 2, 'openid-connect', false, 'Brightwater web shop', false, '/account', 'https://www.brightwater-outdoor.com', 'Storefront (Next.js)'),
    (6, 'mobile-app', true, 2, 'openid-connect', true, 'Brightwater app', false, NULL, NULL, 'iOS and Android app, PKCE'),
    (7, 'intranet', false, 3, 'openid-connect', false, 'Intranet', false, '/', 'https://intranet.brightwater-outdoor.com', NULL),
    (8, 'https://brightwater.my.salesforce.com', false, 3, 'saml', false, 'Salesforce', false, NULL, 'https://brightwater.my.salesforce.com', 'SAML SP'),
    (9, 'warehouse-scanner', true, 3, 'openid-connect', false, 'Warehouse scanners', false, NULL, NULL, 'Zebra handhelds, device flow'),
    (10, 'partner-portal-dcr', false, 2, 'openid-connect', true, NULL, false, NULL, 'https://partners.brightwater-outdoor.com', 'registered through dynamic client registration')
) c(k, cid, pub, r, proto, consent, nm, sa, base, root, descr);

CREATE TABLE client_attributes (
    client_id varchar(36) NOT NULL REFERENCES client,
    name varchar(255) NOT NULL,
    value text,
    PRIMARY KEY (client_id, name)
);
INSERT INTO client_attributes
SELECT c.id, a.name,
       CASE a.name
           WHEN 'post.logout.redirect.uris' THEN CASE WHEN c.root_url LIKE 'https://%' THEN c.root_url || '/*' ELSE '+' END
           WHEN 'pkce.code.challenge.method' THEN CASE WHEN c.public_client THEN 'S256' ELSE '' END
           WHEN 'client.secret.creation.time' THEN (1690000000 + fixture_gen.n('cst', k, 20000000))::text
           WHEN 'client.secret.rotated' THEN CASE WHEN k % 5 = 0 THEN fixture_gen.chars('crot', k, 32) END
           WHEN 'client.secret.rotated.creation.time' THEN CASE WHEN k % 5 = 0 THEN (1680000000 + fixture_gen.n('csr', k, 9000000))::text END
           WHEN 'backchannel.logout.session.required' THEN 'true'
           WHEN 'backchannel.logout.revoke.offline.tokens' THEN 'false'
           WHEN 'oauth2.device.authorization.grant.enabled' THEN (c.client_id = 'warehouse-scanner')::text
           WHEN 'oidc.ciba.grant.enabled' THEN 'false'
           WHEN 'display.on.consent.screen' THEN 'false'
           WHEN 'use.refresh.tokens' THEN 'true'
           WHEN 'frontchannel.logout.session.required' THEN 'true'
           WHEN 'login_theme' THEN CASE WHEN c.realm_id = fixture_gen.realm(2) THEN 'brightwater' ELSE '' END
           WHEN 'access.token.lifespan' THEN CASE WHEN c.client_id = 'mobile-app' THEN '900' END
           WHEN 'jwt.credential.certificate' THEN CASE WHEN c.client_authenticator_type = 'client-jwt' THEN fixture_gen.pem_body('MIIC', 'jcc', k, 11) END
           WHEN 'saml.signing.certificate' THEN CASE WHEN c.protocol = 'saml' THEN fixture_gen.pem_body('MIICo', 'ssc', k, 11) END
           WHEN 'saml.signing.private.key' THEN CASE WHEN c.protocol = 'saml' THEN fixture_gen.pem_body('MIIEo' || 'wIBAAKCAQEA', 'ssk', k, 25) END
           WHEN 'saml_name_id_format' THEN CASE WHEN c.protocol = 'saml' THEN 'email' END
           WHEN 'saml_single_logout_service_url_post' THEN CASE WHEN c.protocol = 'saml' THEN 'https://brightwater.my.salesforce.com/services/auth/sp/saml2/logout' END
       END
FROM (SELECT c.*, row_number() OVER (ORDER BY c.id) AS k FROM client c) c,
     unnest(ARRAY['post.logout.redirect.uris', 'pkce.code.challenge.method', 'client.secret.creation.time', 'client.secret.rotated', 'client.secret.rotated.creation.time',
         'backchannel.logout.session.required', 'backchannel.logout.revoke.offline.tokens', 'oauth2.device.authorization.grant.enabled', 'oidc.ciba.grant.enabled',
         'display.on.consent.screen', 'use.refresh.tokens', 'frontchannel.logout.session.required', 'login_theme', 'access.token.lifespan',
         'jwt.credential.certificate', 'saml.signing.certificate', 'saml.signing.private.key', 'saml_name_id_format', 'saml_single_logout_service_url_post']) AS a(name);
DELETE FROM client_attributes WHERE value IS NULL;

CREATE TABLE redirect_uris (
    client_id varchar(36) NOT NULL REFERENCES client,
    value varchar(255) NOT NULL,
    PRIMARY KEY (client_id, value)
);
INSERT INTO redirect_uris
SELECT id, u FROM client, LATERAL (VALUES (coalesce(root_url, '') || coalesce(base_url, '') || '*'), (CASE client_id WHEN 'webshop' THEN 'http://localhost:3000/*'
    WHEN 'mobile-app' THEN 'com.brightwater.app:/oauthredirect' WHEN 'intranet' THEN 'https://intranet-staging.brightwater-outdoor.com/*' END)) v(u)
WHERE u IS NOT NULL AND u <> '*' AND NOT bearer_only;

CREATE TABLE web_origins (
    client_id varchar(36) NOT NULL REFERENCES client,
    value varchar(255) NOT NULL,
    PRIMARY KEY (client_id, value)
);
INSERT INTO web_origins SELECT id, CASE WHEN root_url LIKE 'https://%' THEN root_url ELSE '+' END FROM client WHERE NOT bearer_only AND NOT service_accounts_enabled;

-- Components: the realm keys (a private key, certificate and HMAC/AES
-- secrets in their config), LDAP federation with its mappers and bind
-- password, registration policies, the loyalty-card storage provider.
CREATE TABLE component (
    id varchar(36) PRIMARY KEY, name varchar(255), parent_id varchar(36), provider_id varchar(36), provider_type varchar(255),
    realm_id varchar(36) REFERENCES realm, sub_type varchar(255)
);
INSERT INTO component
SELECT fixture_gen.uuid('comp', (r - 1) * 10 + k), c.nm, fixture_gen.realm(r), c.prov, c.ptype, fixture_gen.realm(r), c.sub
FROM generate_series(1, 3) r,
(VALUES (1, 'rsa-generated', 'rsa-generated', 'org.keycloak.keys.KeyProvider', NULL),
        (2, 'rsa-enc-generated', 'rsa-enc-generated', 'org.keycloak.keys.KeyProvider', NULL),
        (3, 'hmac-generated-hs512', 'hmac-generated', 'org.keycloak.keys.KeyProvider', NULL),
        (4, 'aes-generated', 'aes-generated', 'org.keycloak.keys.KeyProvider', NULL),
        (5, 'Trusted Hosts', 'trusted-hosts', 'org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy', 'anonymous'),
        (6, 'Max Clients Limit', 'max-clients', 'org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy', 'anonymous'),
        (7, 'Allowed Protocol Mapper Types', 'allowed-protocol-mappers', 'org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy', 'authenticated'),
        (8, NULL, 'declarative-user-profile', 'org.keycloak.userprofile.UserProfileProvider', NULL)) c(k, nm, prov, ptype, sub);
INSERT INTO component VALUES
    (fixture_gen.uuid('comp', 100), 'ldap', fixture_gen.realm(3), 'ldap', 'org.keycloak.storage.UserStorageProvider', fixture_gen.realm(3), NULL),
    (fixture_gen.uuid('comp', 110), 'loyalty-db', fixture_gen.realm(2), 'loyalty-jdbc', 'org.keycloak.storage.UserStorageProvider', fixture_gen.realm(2), NULL);
INSERT INTO component
SELECT fixture_gen.uuid('comp', 100 + k), m.nm, fixture_gen.uuid('comp', 100), m.prov, 'org.keycloak.storage.ldap.mappers.LDAPStorageMapper', fixture_gen.realm(3), NULL
FROM (VALUES (1, 'username', 'user-attribute-ldap-mapper'), (2, 'email', 'user-attribute-ldap-mapper'), (3, 'first name', 'user-attribute-ldap-mapper'),
             (4, 'last name', 'user-attribute-ldap-mapper'), (5, 'creation date', 'user-attribute-ldap-mapper'), (6, 'modify date', 'user-attribute-ldap-mapper'),
             (7, 'groups', 'group-ldap-mapper'), (8, 'department', 'user-attribute-ldap-mapper'), (9, 'mobile', 'user-attribute-ldap-mapper')) m(k, nm, prov);

CREATE TABLE component_config (
    id varchar(36) PRIMARY KEY,
    component_id varchar(36) NOT NULL REFERENCES component,
    name varchar(255) NOT NULL,
    value text
);
INSERT INTO component_config
SELECT fixture_gen.uuid('cc' || v.name, c.k), c.id, v.name, v.value
FROM (SELECT id, provider_id, name, row_number() OVER (ORDER BY id) AS k FROM component) c,
LATERAL (VALUES
    ('priority', CASE WHEN c.provider_id LIKE '%generated' THEN '100' WHEN c.provider_id IN ('ldap', 'loyalty-jdbc') THEN '0' END),
    ('keyUse', CASE c.provider_id WHEN 'rsa-generated' THEN 'SIG' WHEN 'rsa-enc-generated' THEN 'ENC' END),
    ('algorithm', CASE c.provider_id WHEN 'rsa-generated' THEN 'RS256' WHEN 'rsa-enc-generated' THEN 'RSA-OAEP' WHEN 'hmac-generated' THEN 'HS512' END),
    ('privateKey', CASE WHEN c.provider_id LIKE 'rsa%' THEN fixture_gen.pem_body('MIIEo' || 'wIBAAKCAQEA', 'rpk', c.k, 25) END),
    ('certificate', CASE WHEN c.provider_id LIKE 'rsa%' THEN fixture_gen.pem_body('MIICr', 'rcert', c.k, 11) END),
    ('secret', CASE c.provider_id WHEN 'hmac-generated' THEN fixture_gen.b64url('hmac', c.k, 64) WHEN 'aes-generated' THEN fixture_gen.b64url('aes', c.k, 16) END),
    ('kid', CASE WHEN c.provider_id IN ('hmac-generated', 'aes-generated') THEN fixture_gen.uuid('kid', c.k) END),
    ('secretSize', CASE c.provider_id WHEN 'hmac-generated' THEN '64' WHEN 'aes-generated' THEN '16' END),
    ('host-sending-registration-request-must-match', CASE c.provider_id WHEN 'trusted-hosts' THEN 'true' END),
    ('client-uris-must-match', CASE c.provider_id WHEN 'trusted-hosts' THEN 'true' END), ('max-clients', CASE c.provider_id WHEN 'max-clients' THEN '200' END),
    ('allowed-protocol-mapper-types', CASE c.provider_id WHEN 'allowed-protocol-mappers' THEN 'oidc-full-name-mapper' END),
    ('kc.user.profile.config', CASE c.provider_id WHEN 'declarative-user-profile' THEN '{"attributes":[{"name":"username","displayName":"${username}","validations":{"length":{"min":3,"max":255}}},{"name":"email","displayName":"${email}","validations":{"email":{}}},{"name":"phoneNumber","displayName":"Phone","permissions":{"view":["admin","user"],"edit":["admin","user"]}}],"groups":[{"name":"user-metadata","displayHeader":"User metadata"}]}' END),
    ('enabled', CASE WHEN c.provider_id IN ('ldap', 'loyalty-jdbc') THEN 'true' END), ('vendor', CASE c.provider_id WHEN 'ldap' THEN 'other' END),
    ('connectionUrl', CASE c.provider_id WHEN 'ldap' THEN 'ldaps://ldap.brightwater-outdoor.com:636' WHEN 'loyalty-jdbc' THEN 'jdbc:postgresql://loyalty-db.internal:5432/loyalty' END),
    ('bindDn', CASE c.provider_id WHEN 'ldap' THEN 'cn=svc-keycloak,ou=Services,dc=brightwater-outdoor,dc=com' END),
    ('bindCredential', CASE c.provider_id WHEN 'ldap' THEN fixture_gen.chars('ldpw', 1, 18) || '!' END),
    ('dbUser', CASE c.provider_id WHEN 'loyalty-jdbc' THEN 'keycloak_ro' END),
    ('dbPassword', CASE c.provider_id WHEN 'loyalty-jdbc' THEN fixture_gen.chars('lypw', 1, 24) END),
    ('usersDn', CASE c.provider_id WHEN 'ldap' THEN 'ou=People,dc=brightwater-outdoor,dc=com' END), ('usernameLDAPAttribute', CASE c.provider_id WHEN 'ldap' THEN 'uid' END),
    ('rdnLDAPAttribute', CASE c.provider_id WHEN 'ldap' THEN 'uid' END), ('uuidLDAPAttribute', CASE c.provider_id WHEN 'ldap' THEN 'entryUUID' END),
    ('userObjectClasses', CASE c.provider_id WHEN 'ldap' THEN 'inetOrgPerson, organizationalPerson' END), ('editMode', CASE c.provider_id WHEN 'ldap' THEN 'READ_ONLY' END),
    ('syncRegistrations', CASE c.provider_id WHEN 'ldap' THEN 'false' END), ('fullSyncPeriod', CASE c.provider_id WHEN 'ldap' THEN '604800' END),
    ('changedSyncPeriod', CASE c.provider_id WHEN 'ldap' THEN '86400' END),
    ('ldap.attribute', CASE c.name WHEN 'username' THEN 'uid' WHEN 'email' THEN 'mail' WHEN 'first name' THEN 'givenName' WHEN 'last name' THEN 'sn'
        WHEN 'creation date' THEN 'createTimestamp' WHEN 'modify date' THEN 'modifyTimestamp' WHEN 'department' THEN 'departmentNumber' WHEN 'mobile' THEN 'mobile' END),
    ('user.model.attribute', CASE c.name WHEN 'username' THEN 'username' WHEN 'email' THEN 'email' WHEN 'first name' THEN 'firstName' WHEN 'last name' THEN 'lastName'
        WHEN 'creation date' THEN 'createTimestamp' WHEN 'modify date' THEN 'modifyTimestamp' WHEN 'department' THEN 'department' WHEN 'mobile' THEN 'mobile' END),
    ('read.only', CASE WHEN c.provider_id LIKE '%-ldap-mapper' THEN 'true' END),
    ('always.read.value.from.ldap', CASE WHEN c.provider_id = 'user-attribute-ldap-mapper' THEN (c.name NOT IN ('username', 'email'))::text END),
    ('is.mandatory.in.ldap', CASE WHEN c.provider_id = 'user-attribute-ldap-mapper' THEN (c.name IN ('username', 'last name'))::text END),
    ('groups.dn', CASE c.name WHEN 'groups' THEN 'ou=Groups,dc=brightwater-outdoor,dc=com' END), ('mode', CASE c.name WHEN 'groups' THEN 'READ_ONLY' END)) v(name, value)
WHERE v.value IS NOT NULL;

-- Login events (90 days kept in shopfront and staff).
CREATE TABLE event_entity (
    id varchar(36) PRIMARY KEY, client_id varchar(255), details_json varchar(2550), error varchar(255), ip_address varchar(255),
    realm_id varchar(255), session_id varchar(255), event_time bigint, type varchar(255), user_id varchar(255), details_json_long_value text
);
INSERT INTO event_entity
SELECT fixture_gen.uuid('ev', i), e.client, e.details, e.err, CASE WHEN i % 9 = 0 THEN fixture_gen.ipv6('evip', i) ELSE fixture_gen.ipv4('evip', i) END,
       fixture_gen.realm(p.realm), CASE WHEN e.err IS NULL AND e.typ <> 'CLIENT_LOGIN' THEN fixture_gen.uuid('us', i / 3) END,
       1714521600000 + i * 61237, e.typ, CASE WHEN e.err = 'user_not_found' THEN NULL WHEN e.typ = 'CLIENT_LOGIN' THEN fixture_gen.uuid('kcu', 331 + i % 4) ELSE p.id END, NULL
FROM generate_series(1, 450) i
JOIN (SELECT i AS pi, id, realm, first, last, email, username FROM fixture_gen.p) p ON p.pi = 5 + fixture_gen.n('evu', i, 326),
LATERAL (SELECT t.typ, t.err, CASE WHEN p.realm = 3 THEN 'intranet' WHEN t.typ = 'CLIENT_LOGIN' THEN 'billing-service' ELSE (ARRAY['webshop', 'webshop', 'mobile-app', 'account-console'])[1 + i % 4] END AS client,
        CASE WHEN p.realm = 3 THEN 'https://intranet.brightwater-outdoor.com/' ELSE 'https://www.brightwater-outdoor.com/account/callback' END AS redirect, t.typ AS ty
    FROM (SELECT (ARRAY['LOGIN', 'LOGIN', 'CODE_TO_TOKEN', 'CODE_TO_TOKEN', 'LOGIN_ERROR', 'REFRESH_TOKEN', 'LOGOUT', 'REGISTER', 'UPDATE_PASSWORD', 'SEND_RESET_PASSWORD', 'UPDATE_PROFILE', 'CLIENT_LOGIN'])[1 + fixture_gen.n('evt', i, 12)] AS typ,
                 CASE WHEN fixture_gen.n('evt', i, 12) = 4 THEN (ARRAY['invalid_user_credentials', 'user_not_found', 'invalid_user_credentials', 'user_temporarily_disabled'])[1 + i % 4] END AS err) t) x,
LATERAL (SELECT x.typ, x.err, x.client,
        CASE x.typ
            WHEN 'LOGIN' THEN '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"' || x.redirect || '","consent":"no_consent_required","code_id":"' || fixture_gen.uuid('us', i / 3) || '","username":' || fixture_gen.js(p.username) || '}'
            WHEN 'LOGIN_ERROR' THEN '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"' || x.redirect || '","code_id":"' || fixture_gen.uuid('code', i) || '","username":'
                || fixture_gen.js(CASE WHEN x.err = 'user_not_found' THEN lower(fixture_gen.email('typo', i)) ELSE p.username END) || '}'
            WHEN 'CODE_TO_TOKEN' THEN '{"token_id":"' || fixture_gen.uuid('tok', i) || '","grant_type":"authorization_code","refresh_token_type":"Refresh","scope":"openid profile email","refresh_token_id":"'
                || fixture_gen.uuid('rtok', i) || '","code_id":"' || fixture_gen.uuid('us', i / 3) || '","client_auth_method":"client-secret"}'
            WHEN 'REFRESH_TOKEN' THEN '{"token_id":"' || fixture_gen.uuid('tok', i) || '","refresh_token_type":"Refresh","scope":"openid profile email","refresh_token_id":"' || fixture_gen.uuid('rtok', i) || '","updated_refresh_token_id":"' || fixture_gen.uuid('rtok2', i) || '","client_auth_method":"client-secret"}'
            WHEN 'LOGOUT' THEN '{"redirect_uri":"' || x.redirect || '"}'
            WHEN 'REGISTER' THEN '{"auth_method":"openid-connect","auth_type":"code","register_method":"form","last_name":' || fixture_gen.js(p.last) || ',"redirect_uri":"' || x.redirect || '","first_name":' || fixture_gen.js(p.first)
                || ',"code_id":"' || fixture_gen.uuid('us', i / 3) || '","email":' || fixture_gen.js(p.email) || ',"username":' || fixture_gen.js(p.username) || '}'
            WHEN 'UPDATE_PASSWORD' THEN '{"auth_method":"openid-connect","custom_required_action":"UPDATE_PASSWORD","code_id":"' || fixture_gen.uuid('us', i / 3) || '"}'
            WHEN 'SEND_RESET_PASSWORD' THEN '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"' || x.redirect || '","code_id":"' || fixture_gen.uuid('code', i) || '","email":' || fixture_gen.js(p.email) || ',"username":' || fixture_gen.js(p.username) || '}'
            WHEN 'UPDATE_PROFILE' THEN '{"context":"ACCOUNT","previous_first_name":' || fixture_gen.js(p.first) || ',"updated_first_name":' || fixture_gen.js(fixture_gen.first_name('upd', i)) || '}'
            ELSE '{"grant_type":"client_credentials","client_auth_method":"client-secret","scope":"profile email","token_id":"' || fixture_gen.uuid('tok', i) || '"}'
        END AS details) e;

-- Admin events with their representation (details enabled in master and shopfront).
CREATE TABLE admin_event_entity (
    id varchar(36) PRIMARY KEY, admin_event_time bigint, realm_id varchar(255), operation_type varchar(255), auth_realm_id varchar(255),
    auth_client_id varchar(255), auth_user_id varchar(255), ip_address varchar(255), resource_path varchar(2550), representation text,
    error varchar(255), resource_type varchar(64)
);
INSERT INTO admin_event_entity
SELECT fixture_gen.uuid('aev', i), 1714521600000 + i * 171977, fixture_gen.realm(p.realm), a.op, fixture_gen.realm(1), fixture_gen.uuid('client', 6),
       fixture_gen.uuid('kcu', 1 + i % 4), fixture_gen.ipv4('aip', i % 6), a.path, CASE WHEN p.realm = 3 THEN NULL ELSE a.rep END, NULL, a.rt
FROM generate_series(1, 160) i
JOIN (SELECT i AS pi, id, realm, first, last, email, username FROM fixture_gen.p) p ON p.pi = 5 + fixture_gen.n('aeu', i, 326),
LATERAL (SELECT * FROM (VALUES
    (0, 'CREATE', 'USER', 'users/' || p.id, '{"username":' || fixture_gen.js(p.username) || ',"enabled":true,"emailVerified":false,"firstName":' || fixture_gen.js(p.first) || ',"lastName":' || fixture_gen.js(p.last)
        || ',"email":' || fixture_gen.js(p.email) || ',"attributes":{"phoneNumber":[' || fixture_gen.js(fixture_gen.phone('kph', p.pi)) || ']},"requiredActions":["VERIFY_EMAIL"],"groups":[]}'),
    (1, 'UPDATE', 'USER', 'users/' || p.id, '{"id":"' || p.id || '","username":' || fixture_gen.js(p.username) || ',"firstName":' || fixture_gen.js(p.first) || ',"lastName":' || fixture_gen.js(p.last)
        || ',"email":' || fixture_gen.js(p.email) || ',"emailVerified":true,"enabled":' || (i % 5 <> 0)::text || ',"access":{"manage":true}}'),
    (2, 'CREATE', 'REALM_ROLE_MAPPING', 'users/' || p.id || '/role-mappings/realm', '[{"id":"' || fixture_gen.uuid('role', 10) || '","name":"wholesale","composite":false,"clientRole":false,"containerId":"' || fixture_gen.realm(2) || '"}]'),
    (3, 'ACTION', 'USER', 'users/' || p.id || '/reset-password', NULL),
    (4, 'DELETE', 'USER', 'users/' || p.id, NULL),
    (5, 'UPDATE', 'GROUP_MEMBERSHIP', 'users/' || p.id || '/groups/' || fixture_gen.uuid('grp', 1 + i % 20), '{"id":"' || fixture_gen.uuid('grp', 1 + i % 20) || '","name":"customers-eu","path":"/customers-eu"}'),
    (6, 'UPDATE', 'CLIENT', 'clients/' || fixture_gen.uuid('client', 35), '{"clientId":"webshop","secret":"**********","redirectUris":["https://www.brightwater-outdoor.com/*"],"publicClient":false}')
) v(k, op, rt, path, rep) WHERE v.k = fixture_gen.n('aet', i, 7)) a;

-- Offline sessions (the mobile app's "keep me signed in"), persisted as JSON.
CREATE TABLE offline_user_session (
    user_session_id varchar(36) NOT NULL, user_id varchar(255) NOT NULL, realm_id varchar(36) NOT NULL, created_on integer NOT NULL,
    offline_flag varchar(4) NOT NULL, data text, last_session_refresh integer NOT NULL DEFAULT 0, broker_session_id varchar(1024),
    version integer DEFAULT 0, PRIMARY KEY (user_session_id, offline_flag)
);
INSERT INTO offline_user_session
SELECT fixture_gen.uuid('ous', i), p.id, fixture_gen.realm(p.realm), 1714521600 + i * 4111, '1',
       '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":' || fixture_gen.js(p.username) || ',"ipAddress":"' || fixture_gen.ipv4('ousip', i) || '","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"'
           || translate(encode(convert_to('{"ipAddress":"' || fixture_gen.ipv4('ousip', i) || '","os":"' || fixture_gen.pick(ARRAY['iOS', 'Android'], 'os', i) || '","osVersion":"17.4","browser":"Brightwater/3.2","device":"'
               || fixture_gen.pick(ARRAY['iPhone', 'Pixel 8', 'Galaxy S23'], 'dev', i) || '","lastAccess":0,"mobile":true}', 'UTF8'), 'base64'), E'\n', '')
           || '","AUTH_TIME":"' || (1714521600 + i * 4111) || '","authenticators-completed":"{\"' || fixture_gen.uuid('auth', 1) || '\":' || (1714521600 + i * 4111) || '}"},"state":"LOGGED_IN"}',
       1714521600 + i * 4111 + fixture_gen.n('oref', i, 2000000), NULL, 0
FROM generate_series(1, 120) i JOIN (SELECT i AS pi, id, realm, first, last, email, username FROM fixture_gen.p) p ON p.pi = 5 + fixture_gen.n('ouu', i, 226);

CREATE TABLE offline_client_session (
    user_session_id varchar(36) NOT NULL, client_id varchar(255) NOT NULL, offline_flag varchar(4) NOT NULL, "timestamp" integer, data text,
    client_storage_provider varchar(36) NOT NULL DEFAULT 'local', external_client_id varchar(255) NOT NULL DEFAULT 'local', version integer DEFAULT 0,
    PRIMARY KEY (user_session_id, client_id, client_storage_provider, external_client_id, offline_flag)
);
INSERT INTO offline_client_session
SELECT user_session_id, fixture_gen.uuid('client', 36), '1', created_on + 3,
       '{"authMethod":"openid-connect","redirectUri":"com.brightwater.app:/oauthredirect","notes":{"clientId":"' || fixture_gen.uuid('client', 36) || '","scope":"openid offline_access profile email","userSessionStarted":"'
           || created_on || '","iss":"https://login.brightwater-outdoor.com/realms/shopfront","startedAt":"' || created_on || '","response_type":"code","level-of-authentication":"-1","code_challenge_method":"S256","nonce":"'
           || fixture_gen.uuid('nonce', created_on) || '","redirect_uri":"com.brightwater.app:/oauthredirect","code_challenge":"' || fixture_gen.b64url('pkce', created_on, 32) || '"}}',
       'local', 'local', 0
FROM offline_user_session;

CREATE TABLE user_consent (
    id varchar(36) PRIMARY KEY, client_id varchar(255), user_id varchar(36) NOT NULL REFERENCES user_entity, created_date bigint,
    last_updated_date bigint, client_storage_provider varchar(36), external_client_id varchar(255)
);
INSERT INTO user_consent
SELECT fixture_gen.uuid('cons', p.i), fixture_gen.uuid('client', CASE WHEN p.i % 2 = 0 THEN 36 ELSE 40 END), p.id, fixture_gen.ms('cons', p.i), fixture_gen.ms('cons', p.i) + 86400000::bigint * (p.i % 40), NULL, NULL
FROM fixture_gen.p p WHERE p.i BETWEEN 5 AND 230 AND p.i % 3 = 0;

CREATE TABLE keycloak_group (
    id varchar(36) PRIMARY KEY,
    name varchar(255),
    parent_group varchar(36) NOT NULL,
    realm_id varchar(36)
);
INSERT INTO keycloak_group
SELECT fixture_gen.uuid('grp', k), g, CASE WHEN k > 14 THEN fixture_gen.uuid('grp', 8) ELSE ' ' END, fixture_gen.realm(CASE WHEN k <= 6 THEN 2 ELSE 3 END)
FROM unnest(ARRAY['customers-eu', 'customers-uk', 'customers-us', 'wholesale', 'beta-testers', 'vip', 'Logistics', 'Retail Ops', 'Finance', 'Customer Care', 'IT',
    'Marketing', 'works-council', 'first-aiders', 'Store Berlin', 'Store Lyon', 'Store Manchester', 'Store Porto', 'Warehouse Köln', 'Warehouse Leeds']) WITH ORDINALITY AS t(g, k);

CREATE TABLE user_group_membership (
    group_id varchar(36) NOT NULL REFERENCES keycloak_group,
    user_id varchar(36) NOT NULL REFERENCES user_entity,
    PRIMARY KEY (group_id, user_id)
);
INSERT INTO user_group_membership
SELECT DISTINCT fixture_gen.uuid('grp', CASE WHEN p.realm = 2 THEN 1 + fixture_gen.n('gm' || s, p.i, 6) ELSE 7 + fixture_gen.n('gm' || s, p.i, 14) END), p.id
FROM fixture_gen.p p, generate_series(1, 2) s WHERE p.i BETWEEN 5 AND 330;

CREATE TABLE keycloak_role (
    id varchar(36) PRIMARY KEY, client_realm_constraint varchar(255), client_role boolean NOT NULL DEFAULT false, description varchar(255),
    name varchar(255), realm_id varchar(255), client varchar(36), realm varchar(36)
);
INSERT INTO keycloak_role
SELECT fixture_gen.uuid('role', k), fixture_gen.realm(r), false, d, n, fixture_gen.realm(r), NULL, NULL
FROM (VALUES (1, 1, 'default-roles-master', '${role_default-roles}'), (2, 2, 'default-roles-shopfront', '${role_default-roles}'), (3, 3, 'default-roles-staff', '${role_default-roles}'),
             (4, 1, 'admin', '${role_admin}'), (5, 1, 'create-realm', '${role_create-realm}'), (6, 1, 'offline_access', '${role_offline-access}'), (7, 2, 'offline_access', '${role_offline-access}'),
             (8, 3, 'offline_access', '${role_offline-access}'), (9, 2, 'uma_authorization', '${role_uma_authorization}'), (10, 2, 'wholesale', 'Sees trade prices'),
             (11, 3, 'store-manager', 'Approves refunds over 200 EUR'), (12, 3, 'picker', NULL), (13, 3, 'hr', 'People team')) v(k, r, n, d);
INSERT INTO keycloak_role
SELECT fixture_gen.uuid('role', 20 + k), fixture_gen.uuid('client', c), true, d, n, fixture_gen.uuid('client', c), fixture_gen.uuid('client', c), NULL
FROM (VALUES (1, 9, 'manage-account', '${role_manage-account}'), (2, 9, 'view-profile', '${role_view-profile}'), (3, 9, 'manage-consent', '${role_manage-consent}'),
             (4, 12, 'manage-users', '${role_manage-users}'), (5, 12, 'view-users', '${role_view-users}'), (6, 12, 'query-groups', '${role_query-groups}'),
             (7, 35, 'customer', NULL), (8, 35, 'order-admin', 'Can edit any order'), (9, 37, 'warehouse', NULL)) v(k, c, n, d);

CREATE TABLE user_role_mapping (
    role_id varchar(255) NOT NULL,
    user_id varchar(36) NOT NULL REFERENCES user_entity,
    PRIMARY KEY (role_id, user_id)
);
INSERT INTO user_role_mapping
SELECT DISTINCT fixture_gen.uuid('role', r), p.id
FROM fixture_gen.p p, LATERAL (VALUES (p.realm), (CASE WHEN p.realm = 2 AND p.i % 11 = 0 THEN 10 WHEN p.realm = 3 THEN 11 + p.i % 3 WHEN p.i <= 4 THEN 4 END),
    (CASE WHEN p.realm = 2 THEN 27 END)) v(r)
WHERE r IS NOT NULL;

CREATE TABLE required_action_provider (
    id varchar(36) PRIMARY KEY, alias varchar(255), name varchar(255), realm_id varchar(36) REFERENCES realm, enabled boolean NOT NULL DEFAULT false,
    default_action boolean NOT NULL DEFAULT false, provider_id varchar(255), priority integer
);
INSERT INTO required_action_provider
SELECT fixture_gen.uuid('rap' || a, r), a, n, fixture_gen.realm(r), a NOT IN ('delete_account', 'delete_credential') OR r = 2, a = 'VERIFY_EMAIL' AND r = 2, a, k * 10
FROM generate_series(1, 3) r,
     (VALUES (1, 'VERIFY_EMAIL', 'Verify Email'), (2, 'UPDATE_PROFILE', 'Update Profile'), (3, 'CONFIGURE_TOTP', 'Configure OTP'), (4, 'UPDATE_PASSWORD', 'Update Password'),
             (5, 'TERMS_AND_CONDITIONS', 'Terms and Conditions'), (6, 'delete_account', 'Delete Account'), (7, 'update_user_locale', 'Update User Locale'),
             (8, 'webauthn-register', 'Webauthn Register'), (9, 'VERIFY_PROFILE', 'Verify Profile'), (10, 'delete_credential', 'Delete Credential')) v(k, a, n);

CREATE TABLE migration_model (
    id varchar(36) PRIMARY KEY,
    version varchar(36),
    update_time bigint NOT NULL DEFAULT 0
);
INSERT INTO migration_model VALUES ('7nfgt', '21.1.2', 1686130000000), ('0vx4r', '22.0.5', 1698312000000), ('qbz1m', '23.0.7', 1707300000000), ('l2y7e', '24.0.4', 1715000000000);

CREATE TABLE databasechangelog (
    id varchar(255) NOT NULL, author varchar(255) NOT NULL, filename varchar(255) NOT NULL, dateexecuted timestamp NOT NULL,
    orderexecuted integer NOT NULL, exectype varchar(10) NOT NULL, md5sum varchar(35), description varchar(255), comments varchar(255),
    tag varchar(255), liquibase varchar(20), contexts varchar(255), labels varchar(255), deployment_id varchar(10)
);
INSERT INTO databasechangelog
SELECT c.id, c.author, 'META-INF/jpa-changelog-' || c.ver || '.xml', timestamp '2023-06-07 09:12:00' + make_interval(secs => k * 2) + CASE WHEN c.ver >= '22' THEN interval '140 days' ELSE interval '0' END
           + CASE WHEN c.ver >= '24' THEN interval '330 days' ELSE interval '0' END,
       k::int, 'EXECUTED', '9:' || md5('cl' || c.id), c.descr, '', NULL, CASE WHEN c.ver >= '24' THEN '4.25.1' ELSE '4.20.0' END, NULL, NULL,
       CASE WHEN c.ver >= '24' THEN '5000112930' WHEN c.ver >= '22' THEN '8312000461' ELSE '6130027554' END
FROM (SELECT *, row_number() OVER () AS k FROM (VALUES
    ('1.0.0.Final-KEYCLOAK-5461', 's.lindqvist@idp-vendor.example', '1.0.0.Final', 'createTable tableName=APPLICATION_DEFAULT_ROLES; createTable tableName=CLIENT; ...'),
    ('1.1.0.Beta1', 's.lindqvist@idp-vendor.example', '1.1.0.Beta1', 'delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION; ...'),
    ('1.2.0.Beta1', 'p.sousa@idp-vendor.example', '1.2.0.Beta1', 'delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; ...'),
    ('1.3.0', 'b.hartmann@idp-vendor.example', '1.3.0', 'delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; ...'),
    ('1.7.0', 'b.hartmann@idp-vendor.example', '1.7.0', 'createTable tableName=KEYCLOAK_GROUP; createTable tableName=GROUP_ROLE_MAPPING; ...'),
    ('1.8.0', 'm.novak@idp-vendor.example', '1.8.0', 'addColumn tableName=IDENTITY_PROVIDER; createTable tableName=CLIENT_TEMPLATE; ...'),
    ('2.0.0', 'b.hartmann@idp-vendor.example', '2.0.0', 'createTable tableName=RESOURCE_SERVER; addPrimaryKey constraintName=CONSTRAINT_FARS; ...'),
    ('3.4.0', 'keycloak', '3.4.0', 'addPrimaryKey constraintName=CONSTRAINT_OFFL_US_SES_PK2, tableName=OFFLINE_USER_SESSION; ...'),
    ('4.0.0-KEYCLOAK-6335', 'b.hartmann@idp-vendor.example', '4.0.0', 'createTable tableName=CLIENT_AUTH_FLOW_BINDINGS; addPrimaryKey constraintName=C_CLI_FLOW_BIND, ...'),
    ('4.2.0-KEYCLOAK-6313', 'k.tanabe@mail.example', '4.2.0', 'addColumn tableName=REQUIRED_ACTION_PROVIDER'),
    ('8.0.0-adding-credential-columns', 'keycloak', '8.0.0', 'addColumn tableName=CREDENTIAL; addColumn tableName=FED_USER_CREDENTIAL'),
    ('8.0.0-updating-credential-data-not-oracle-fixed', 'keycloak', '8.0.0', 'update tableName=CREDENTIAL; update tableName=CREDENTIAL; ...'),
    ('default-roles', 'keycloak', '13.0.0', 'addColumn tableName=REALM; customChange'),
    ('18.0.0-10625-IDX_ADMIN_EVENT_TIME', 'keycloak', '18.0.0', 'createIndex indexName=IDX_ADMIN_EVENT_TIME, tableName=ADMIN_EVENT_ENTITY'),
    ('20.0.0-12964-supported-dbs', 'keycloak', '20.0.0', 'createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE'),
    ('client-attributes-string-accomodation-fixed', 'keycloak', '20.0.0', 'addColumn tableName=CLIENT_ATTRIBUTES; update tableName=CLIENT_ATTRIBUTES; ...'),
    ('21.1.0-19404', 'keycloak', '21.1.0', 'modifyDataType columnName=DECISION_STRATEGY, tableName=RESOURCE_SERVER_POLICY; ...'),
    ('22.0.0-17484-updated', 'keycloak', '22.0.0', 'customChange'),
    ('23.0.0-12062', 'keycloak', '23.0.0', 'addColumn tableName=COMPONENT_CONFIG; update tableName=COMPONENT_CONFIG; dropColumn columnName=VALUE, ...'),
    ('23.0.0-17258', 'keycloak', '23.0.0', 'addColumn tableName=EVENT_ENTITY'),
    ('24.0.0-9758', 'keycloak', '24.0.0', 'addColumn tableName=USER_ATTRIBUTE; addColumn tableName=FED_USER_ATTRIBUTE; createIndex ...'),
    ('24.0.0-26618-reindex', 'keycloak', '24.0.0', 'createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES'),
    ('24.0.2-27228', 'keycloak', '24.0.2', 'customChange')
) v(id, author, ver, descr)) c;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
