-- Every type with a binary codec, with edge values, for the copyfmt tests.
-- Outside public, with a quoted mixed-case name, to make schema bugs fail.
CREATE EXTENSION citext;
CREATE SCHEMA "Copy";

CREATE TABLE "Copy"."Types" (
    id    int PRIMARY KEY,
    t     text,
    vc    varchar(20),
    bp    char(5),
    nm    name,
    ci    citext,
    i2    int2,
    i4    int4,
    i8    int8,
    o     oid,
    f4    float4,
    f8    float8,
    num   numeric,
    nums  numeric(12, 4),
    b     bool,
    d     date,
    tm    time,
    ts    timestamp,
    tstz  timestamptz,
    ts3   timestamp(3),
    u     uuid,
    j     json,
    jb    jsonb,
    by    bytea,
    ip    inet,
    cd    cidr,
    mac   macaddr,
    mac8  macaddr8
);

-- The same columns, empty: the tests load it back.
CREATE TABLE "Copy"."Loaded" (LIKE "Copy"."Types");

SET TimeZone = 'UTC';

INSERT INTO "Copy"."Types" VALUES
-- 1: all NULL
(1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
-- 2: empty and zero
(2, '', '', '', '', '', 0, 0, 0, 0, 0, 0, 0, 0, false, '2000-01-01', '00:00', '2000-01-01', '2000-01-01 00:00+00',
 '2000-01-01', '00000000-0000-0000-0000-000000000000', '""', '{}', '', '0.0.0.0/0', '0.0.0.0/0',
 '00:00:00:00:00:00', '00:00:00:00:00:00:00:00'),
-- 3: escapes and unicode in text
(3, E'tab\there\nnew line\\back\\\\slash\rcr\bbs\fff\vvt', E'\\N', E'a\tb', E'\\.', E'Ünï\tcödé',
 -1, -1, -1, 4294967295, -0.0, -0.0, -0.0001, -0.0001, true, '1999-12-31', '23:59:59.999999',
 '1999-12-31 23:59:59.999999', '1999-12-31 23:59:59.999999+00', '1999-12-31 23:59:59.999',
 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', E'{"a": [1, 2, "x\\ty"],  "b" : null}',
 E'{"b": 1, "a": "é\\n\\u0001x", "c": [true, 1.50, null]}', E'\\x5c0910ff00', '192.168.0.1/24',
 '192.168.0.0/24', '08:00:2b:01:02:03', '08:00:2b:01:02:03:04:05'),
-- 4: extremes
(4, repeat(E'ab\tc\\d\n', 70000), repeat('v', 20), 'abc', repeat('n', 63), 'MiXeD',
 -32768, -2147483648, -9223372036854775808, 1, 3.4028235e38, 1.7976931348623157e308,
 '1e100', 99999999.9999, true, '4714-11-24 BC', '24:00:00', '4714-11-24 00:00:00 BC',
 '4714-11-24 00:00:00+00 BC', '294276-12-31 23:59:59.999', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
 '[]', '[]', '\x00ff', '10.0.0.1', '10.0.0.1/32', 'ff:ff:ff:ff:ff:ff', 'ff:ff:ff:ff:ff:ff:ff:ff'),
(5, 'x', 'x', 'x', 'x', 'x', 32767, 2147483647, 9223372036854775807, 2, 1.4e-45, 4.9e-324,
 'NaN', 'NaN', false, '5874897-12-31', '12:34:56.5', '294276-12-31 23:59:59.999999',
 '294276-12-31 23:59:59.999999+00', '0001-01-01 00:00:00.001 BC', '01234567-89ab-cdef-0123-456789abcdef',
 '1', '1', '\x', '::1', '::1/128', '01:02:03:04:05:06', '01:02:03:04:05:06:07:08'),
(6, 'NULL', 'N', 'N', 'N', 'N', 1, 1, 1, 3, 'Infinity', 'Infinity', 'Infinity', '1.5', true, 'infinity',
 '00:00:00.000001', 'infinity', 'infinity', 'infinity', '00000000-0000-0000-0000-000000000001',
 'null', 'null', '\x00', '::ffff:1.2.3.4', '::ffff:1.2.3.0/120', 'ab:cd:ef:01:23:45', 'ab:cd:ef:01:23:45:67:89'),
(7, '\', '\\', '\t', '\n', '\r', 2, 2, 2, 4, '-Infinity', '-Infinity', '-Infinity', '-1.5', false, '-infinity',
 '12:00', '-infinity', '-infinity', '-infinity', '10000000-0000-0000-0000-000000000000',
 '"\u00e9"', '"\u00e9"', '\x0a0d09', '::1.2.3.4', '2001:db8::/32', '00:00:00:00:00:01', '00:00:00:00:00:00:00:01'),
(8, '🎉 日本語 é', 'é', 'é', 'é', 'é', 100, 100000, 10000000000, 5, 0.1, 0.1,
 '0.000000000000000000001', '0.0001', true, '0001-01-01', '01:02:03', '0001-01-01 00:00:00',
 '0001-01-01 00:00:00+00', '1970-01-01 00:00:00', '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
 '{"deep": {"x": [1, {"y": "z"}]}}', '{"deep": {"x": [1, {"y": "z"}]}}', '\xdeadbeef',
 '2001:db8::1/64', '2001:db8:0:0:1::/80', '12:34:56:78:9a:bc', '12:34:56:78:9a:bc:de:f0'),
(9, E'\x01\x02\x1f\x7f', '', '', '', '', 255, 65535, 4294967296, 6, 1234567, 123456789012345,
 '123456789012345678901234567890.123456789012345678901234567890', '-12345678.1234', false, '1970-01-01',
 '09:08:07.060504', '1900-02-28 12:34:56.5', '2020-06-01 12:00:00+05:30', '1900-01-01 00:00:00.5',
 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a":1}', '{"a":1}', '\x7f80',
 'fe80::/10', 'fe80::/10', '08-00-2b-01-02-03', '0800.2b01.0203.0405'),
(10, 'end', 'end', 'end', 'end', 'end', -100, -100000, -10000000000, 7, 123456, 1e15,
 '-1e-100', '0', true, '2024-02-29', '00:00:00', '2024-02-29 12:00:00', '2024-02-29 12:00:00-08',
 '2024-02-29 12:00:00.123', '00000000-0000-0000-0000-000000000000',
 '[1, 2.50, 3e10]', '[1, 2.50, 3e10]', '\x', '1:0:0:1::1', '1:0:0:1::/64', '00:00:00:00:00:00', '00:00:00:00:00:00:00:00');

-- Many ordinary rows, to cross buffer boundaries.
INSERT INTO "Copy"."Types"
SELECT i,
       md5(i::text) || CASE WHEN i % 7 = 0 THEN E'\t\\\n' ELSE '' END,
       left(md5(i::text), 20), left(md5(i::text), 3), 'n' || i, 'C' || i,
       (i % 30000)::int2, i * 7919, i::int8 * 1000000007, i, i * 1.1::float4 / 7, i * 1.1::float8 / 7,
       (i * 12.3456)::numeric / 7, i * 0.0123, i % 2 = 0,
       '2000-01-01'::date + (i * 373 - 1000000),
       make_time(i % 24, i % 60, (i % 60) + (i % 1000) / 1000.0),
       timestamp '2000-01-01' + (i * 1234567.891 - 2e9) * interval '1 second',
       timestamptz '2000-01-01 00:00+00' + (i * 7654321.123 - 5e9) * interval '1 second',
       timestamp '1950-01-01' + i * interval '1 day 1.2345 seconds',
       md5(i::text)::uuid, json_build_object('i', i, 's', md5(i::text)), jsonb_build_object('i', i, 'f', i / 3.0),
       decode(md5(i::text), 'hex'),
       ('10.' || (i % 256) || '.' || (i / 256 % 256) || '.1/' || (8 + i % 25))::inet,
       set_masklen(('10.' || (i % 256) || '.0.0/16')::cidr, 16),
       ('08:00:2b:' || lpad(to_hex(i % 256), 2, '0') || ':00:01')::macaddr,
       ('08:00:2b:01:02:03:04:' || lpad(to_hex(i % 256), 2, '0'))::macaddr8
FROM generate_series(11, 3000) i;
