-- classify-eval fixture (HOLDOUT 71: written by someone who had not seen the
-- classifier, labelled by what its columns hold; never tune against it): the
-- web analytics database of Limfjord Medier A/S, a Danish regional newspaper
-- group in north-west Jutland -- three local papers (Sallingposten in Skive,
-- Thy Tidende in Thisted, Mors Avis in Nykøbing Mors), its subscription shop
-- (abonnement.limfjordmedier.dk, ecommerce) and its reader-events site
-- (oplevelser.limfjordmedier.dk, ticket sales) -- tracked by one self-hosted
-- Matomo On-Premise 5.0 (5.0.3), its MySQL schema ported to PostgreSQL with
-- the matomo_ prefix, Matomo's column names and its types (BINARY/VARBINARY
-- and BLOB columns such as idvisitor, config_id, location_ip, archive and
-- heatmap blobs as bytea; TINYINT as smallint; DATETIME as timestamp). The
-- tables: the core tracker's log tables (log_visit, log_link_visit_action,
-- log_action, log_conversion, log_conversion_item, with the campaign_*
-- columns of MarketingCampaignsReporting), Goals, Custom Dimensions (visit
-- scope: subscriber tier and the signed-in reader's subscriber number; five
-- reserved slots per scope, as Matomo creates them), the archive tables of
-- March 2024 (archive_numeric_2024_03, archive_blob_2024_03), the premium
-- plugins Heatmaps & Session Recording (site_hsr, log_hsr, log_hsr_site,
-- log_hsr_event, log_hsr_blob; keystroke capture switched on for the
-- letters-to-the-editor form) and Form Analytics (site_form, log_form,
-- log_form_field: the newsletter, letters, checkout, login and ticket
-- forms), Tag Manager (containers, versions, releases, tags, triggers,
-- variables), Two-Factor Authentication (user.twofactor_secret, recovery
-- codes), scheduled email reports and their subscriptions, segments, the
-- Privacy Manager's log of anonymisation jobs, brute-force detection,
-- tracking failures, locks, sequences, the option, plugin and site setting
-- stores, the session store, users, access, dashboards, languages, user
-- tokens and the "what's new" changes feed. Readers are Danish, German
-- (summer-house owners and the border region), Swedish, Polish, Syrian,
-- Somali, Ukrainian and Faroese; the newspaper staff who log in are Danish.
-- The shop and events site set Matomo's user id to the reader's email
-- address (the papers to the subscriber number), which Matomo carries into
-- its UserId report; IP addresses are anonymised by two bytes before they
-- are stored (the brute-force log keeps them whole). Serialization formats:
-- PHP serialize() in the option table (annotations, SMS settings, the task
-- timetable) and in archive blobs (zlib-compressed as gzcompress() writes
-- them; here with stored deflate blocks), PHP's session encoding in base64 in
-- the session store; JSON in fingerprint salts, report parameters,
-- dashboards, custom dimension extractions, form and heatmap rules and all
-- Tag Manager parameters; URL-encoded segment definitions; Matomo's tracking
-- request query strings in tracking failures; heatmap DOM snapshots as
-- treemirror JSON (zlib).
-- Written from memory of the published schemas, not checked against them:
-- column order, several lengths and defaults, whether the campaign_*
-- columns sit in core in 5.0 or come with the plugin, whether goal has
-- creation timestamps (left out) and user has ts_changes_shown, the columns
-- of log_hsr, log_hsr_event, log_form and log_form_field (and whether Form
-- Analytics also has a log_form_page table, left out), the Tag Manager
-- container flags added in 5.x, whether the session store hashes session
-- ids and base64-encodes the data, whether recovery codes are stored hashed
-- (here in clear), whether custom dimension extractions are JSON, the
-- archive blob's row layout, heatmap selectors kept in log_action under
-- their own type, and the option and setting names of a few plugins may
-- differ from the real ones. Left out to stay within the fixture's size:
-- archive_invalidations, log_profiling and the archive tables of other
-- months. Matomo's GDPR tools keep no table of data-subject requests: their
-- traces are the anonymisation log and the deletions themselves. Loaded
-- after ../helpers.sql; labels in labels.tsv.

CREATE SCHEMA pgen;

-- fold: a name folded for an email address or a login (Danish letters too).
CREATE FUNCTION pgen.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(replace(replace(replace(replace(replace(replace(s, 'æ', 'ae'), 'Æ', 'Ae'), 'ø', 'oe'), 'Ø', 'Oe'), 'å', 'aa'), 'Å', 'Aa'),
    'áàâäãāąćčçéèêëēęğíìîïıłńñóòôöõřśšşúùûüýźżžðÐþÁÉÍÓÚÖÜÇŁŚŻ',
    'aaaaaaaccceeeeeegiiiiilnnooooorsssuuuuyzzzddtAEIOUOUCLSZ')), '[^a-z0-9]+', '', 'g')
$$;

-- at: a time between two instants, as timestamp without time zone (Matomo
-- stores UTC datetimes).
CREATE FUNCTION pgen.at(tag text, i bigint, lo timestamp, hi timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lo + make_interval(secs => fixture_gen.n(tag, i, greatest(1, least(2000000000, extract(epoch FROM hi - lo)::bigint))::int)))::timestamp(0)
$$;

-- rnd: random-looking alphanumerics; hexb: n pseudo-random bytes.
CREATE FUNCTION pgen.rnd(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT substr(translate(fixture_gen.b64(tag, i, len + 16), '+/=', ''), 1, len) $$;
CREATE FUNCTION pgen.hexb(tag text, i bigint, len int) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT decode(fixture_gen.hexn(tag, i, 2 * len), 'hex') $$;

-- PHP serialize(): strings (byte lengths), integers, floats, booleans,
-- arrays of already serialized keys and values.
CREATE FUNCTION pgen.ps(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN 'N;' ELSE 's:' || octet_length(v) || ':"' || v || '";' END $$;
CREATE FUNCTION pgen.pi(v bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'i:' || v || ';' $$;
CREATE FUNCTION pgen.pd(v numeric) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'd:' || trim(trailing '.' FROM trim(trailing '0' FROM v::text)) || ';' $$;
CREATE FUNCTION pgen.pb(v boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v THEN 'b:1;' ELSE 'b:0;' END $$;
CREATE FUNCTION pgen.pa(kv text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || (coalesce(cardinality(kv), 0) / 2) || ':{' || coalesce(string_agg(pgen.ps(kv[2 * k - 1]) || kv[2 * k], '' ORDER BY k), '') || '}'
  FROM generate_series(1, coalesce(cardinality(kv), 0) / 2) k
$$;
CREATE FUNCTION pgen.pl(vs text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'a:' || coalesce(cardinality(vs), 0) || ':{' || coalesce(string_agg('i:' || (k - 1) || ';' || vs[k], '' ORDER BY k), '') || '}'
  FROM generate_series(1, coalesce(cardinality(vs), 0)) k
$$;
CREATE FUNCTION pgen.b64s(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT translate(encode(convert_to(v, 'UTF8'), 'base64'), E'\n', '') $$;
CREATE FUNCTION pgen.b32(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT fixture_gen.chars(tag, i, len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') $$;
-- bcrypt as PHP's password_hash() writes it ($2y$, cost 10).
CREATE FUNCTION pgen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '$2y' || '$10$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') $$;
-- crc32 (as PHP's crc32(), unsigned): Matomo's log_action.hash.
CREATE FUNCTION pgen.crc32(s text) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  b bytea := convert_to(s, 'UTF8');
  c bigint := 4294967295;
BEGIN
  FOR k IN 0 .. length(b) - 1 LOOP
    c := c # get_byte(b, k);
    FOR j IN 1 .. 8 LOOP
      IF (c & 1) = 1 THEN c := (c >> 1) # 3988292384; ELSE c := c >> 1; END IF;
    END LOOP;
  END LOOP;
  RETURN c # 4294967295;
END $$;
-- zlib: what gzcompress() returns, with stored (uncompressed) deflate blocks
-- and the Adler-32 trailer, so the bytes are a valid zlib stream.
CREATE FUNCTION pgen.zlib(d bytea) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  a bigint := 1; b bigint := 0; n int := length(d); off int := 0; len int; r bytea := '\x7801'::bytea;
BEGIN
  FOR k IN 0 .. n - 1 LOOP
    a := (a + get_byte(d, k)) % 65521;
    b := (b + a) % 65521;
  END LOOP;
  LOOP
    len := least(65535, n - off);
    r := r || set_byte('\x00'::bytea, 0, CASE WHEN off + len >= n THEN 1 ELSE 0 END)
           || set_byte(set_byte('\x0000'::bytea, 0, len & 255), 1, len >> 8)
           || set_byte(set_byte('\x0000'::bytea, 0, (65535 - len) & 255), 1, (65535 - len) >> 8)
           || substr(d, off + 1, len);
    off := off + len;
    EXIT WHEN off >= n;
  END LOOP;
  RETURN r || decode(lpad(to_hex((b << 16) | a), 8, '0'), 'hex');
END $$;
-- ip4: an IPv4 address as Matomo's VARBINARY(16) with the last two bytes
-- zeroed (IP anonymisation, two bytes); ip6: an IPv6 one with the last ten.
CREATE FUNCTION pgen.ip4(ip text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
  SELECT set_byte(set_byte('\x00000000'::bytea, 0, split_part(ip, '.', 1)::int), 1, split_part(ip, '.', 2)::int)
$$;
CREATE FUNCTION pgen.ip6(tag text, i bigint) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$ SELECT '\x2a02'::bytea || pgen.hexb(tag, i, 4) || '\x00000000000000000000'::bytea $$;

-- Readers' cultures: first names, surnames, mail domains, home towns abroad.
CREATE TABLE pgen.cu (c text PRIMARY KEY, firsts text[], lasts text[], domains text[], towns text[], cc text, lang text);
INSERT INTO pgen.cu VALUES
 ('da', ARRAY['Mette', 'Søren', 'Anne', 'Jens', 'Kirsten', 'Niels', 'Hanne', 'Lars', 'Inge', 'Poul', 'Karen', 'Bent', 'Birthe', 'Erik', 'Lone', 'Ole',
              'Ida', 'Mads', 'Freja', 'Emil', 'Sofie', 'Magnus', 'Asta', 'Villads', 'Grethe', 'Jørgen', 'Else Marie', 'Kaj', 'Tove', 'Per', 'Anne-Mette', 'Jens Peter'],
        ARRAY['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kristensen',
              'Mortensen', 'Østergaard', 'Thomsen', 'Poulsen', 'Kjeldsen', 'Bundgaard', 'Vestergaard', 'Søndergaard', 'Hvidberg', 'Kirk', 'Overgaard', 'Bisgaard', 'Dahl', 'Lauridsen'],
        ARRAY['gmail.com', 'hotmail.com', 'live.dk', 'mail.dk', 'jubii.dk', 'outlook.dk', 'youmail.dk', 'stofanet.dk', 'mail.tele.dk', 'hotmail.dk'],
        ARRAY['Skive', 'Thisted'], 'dk', 'da'),
 ('de', ARRAY['Jürgen', 'Heike', 'Klaus', 'Sabine', 'Uwe', 'Katrin', 'Lukas', 'Lena', 'Dirk', 'Anja'],
        ARRAY['Schulz', 'Becker', 'Wagner', 'Krüger', 'Jessen', 'Petersen', 'Schröder', 'Lorenzen', 'Hoffmann', 'Brodersen'],
        ARRAY['gmx.de', 'web.de', 't-online.de', 'gmail.com'], ARRAY['Hamburg', 'Flensburg', 'Kiel', 'Hannover', 'Dortmund'], 'de', 'de'),
 ('sv', ARRAY['Anders', 'Karin', 'Per', 'Eva', 'Johan', 'Linnea', 'Oskar', 'Elsa', 'Mikael', 'Ulla'],
        ARRAY['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindqvist', 'Berg', 'Holmberg', 'Sjöberg', 'Lundgren'],
        ARRAY['gmail.com', 'telia.com', 'hotmail.se', 'bredband.net'], ARRAY['Göteborg', 'Malmö', 'Stockholm', 'Halmstad'], 'se', 'sv'),
 ('pl', ARRAY['Katarzyna', 'Tomasz', 'Agnieszka', 'Paweł', 'Magdalena', 'Krzysztof', 'Joanna', 'Marcin', 'Łukasz', 'Ewa'],
        ARRAY['Nowak', 'Kowalczyk', 'Zając', 'Wójcik', 'Mazur', 'Krawczyk', 'Lewandowski', 'Dąbrowski', 'Kamiński', 'Szymański'],
        ARRAY['wp.pl', 'o2.pl', 'gmail.com', 'onet.pl', 'interia.pl'], ARRAY['Gdańsk', 'Poznań', 'Szczecin', 'Wrocław'], 'pl', 'pl'),
 ('sy', ARRAY['Ahmad', 'Rama', 'Mohammad', 'Lina', 'Khaled', 'Nour', 'Omar', 'Hiba', 'Yazan', 'Rasha', 'Bashar', 'Dima'],
        ARRAY['Al-Hassan', 'Haddad', 'Al-Khatib', 'Shami', 'Darwish', 'Al-Masri', 'Kabbani', 'Hamdan', 'Al-Ali', 'Sabbagh'],
        ARRAY['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'], ARRAY['Aleppo', 'Damascus', 'Homs', 'Latakia'], 'sy', 'ar'),
 ('so', ARRAY['Abdi', 'Hodan', 'Mohamed', 'Fadumo', 'Ahmed', 'Sahra', 'Abdullahi', 'Ifrah', 'Hassan', 'Amina'],
        ARRAY['Warsame', 'Farah', 'Hassan', 'Jama', 'Osman', 'Abdi', 'Egal', 'Yusuf', 'Nur', 'Aden'],
        ARRAY['gmail.com', 'hotmail.com', 'yahoo.com'], ARRAY['Mogadishu', 'Hargeisa', 'Kismayo'], 'so', 'so'),
 ('ua', ARRAY['Olena', 'Andriy', 'Iryna', 'Oleksandr', 'Kateryna', 'Dmytro', 'Yulia', 'Taras', 'Oksana', 'Serhiy'],
        ARRAY['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Boyko', 'Kravchenko', 'Koval', 'Moroz', 'Lysenko'],
        ARRAY['ukr.net', 'gmail.com', 'i.ua'], ARRAY['Kyiv', 'Lviv', 'Kharkiv', 'Odesa', 'Dnipro'], 'ua', 'uk'),
 ('fo', ARRAY['Jógvan', 'Rannvá', 'Sjúrður', 'Guðrun', 'Høgni', 'Marjun', 'Bárður', 'Turið', 'Rókur', 'Sunnvá'],
        ARRAY['Joensen', 'Hansen', 'Jacobsen', 'Poulsen', 'Olsen', 'Dam', 'á Lakjuni', 'í Líð', 'Mikkelsen', 'Højgaard'],
        ARRAY['olivant.fo', 'gmail.com', 'kallnet.fo'], ARRAY['Tórshavn', 'Klaksvík', 'Runavík'], 'fo', 'fo');

-- Towns of the three papers' areas with their postcodes and GeoIP regions.
CREATE TABLE pgen.town (k int PRIMARY KEY, name text, zip text, geo text, region text, lat numeric, lon numeric, streets text[]);
INSERT INTO pgen.town VALUES
 (0, 'Skive', '7800', 'Skive', '82', 56.5667, 9.0333, ARRAY['Adelgade', 'Frederiksgade', 'Østergade', 'Resenvej', 'Viborgvej', 'Kirketorvet', 'Marienlundsvej', 'Egeris Parkvej']),
 (1, 'Thisted', '7700', 'Thisted', '81', 56.9552, 8.6949, ARRAY['Storegade', 'Vestergade', 'Jernbanegade', 'Kastet', 'Silstrupvej', 'Munkevej', 'Ballerumvej']),
 (2, 'Nykøbing M', '7900', 'Nykobing Mors', '81', 56.7953, 8.8590, ARRAY['Algade', 'Kirkegade', 'Holgersgade', 'Limfjordsgade', 'Dueholmvej', 'Vestervang']),
 (3, 'Roslev', '7870', 'Roslev', '82', 56.7000, 9.0000, ARRAY['Jernbanegade', 'Hovedgaden', 'Kirkebakken', 'Grønnegade']),
 (4, 'Hurup Thy', '7760', 'Hurup', '81', 56.7500, 8.4167, ARRAY['Bredgade', 'Østergade', 'Skolevej', 'Ydbyvej']),
 (5, 'Spøttrup', '7860', 'Spottrup', '82', 56.6333, 8.8000, ARRAY['Hovedgaden', 'Rødding Skovvej', 'Balling Torv']),
 (6, 'Hanstholm', '7730', 'Hanstholm', '81', 57.1167, 8.6167, ARRAY['Kirkevej', 'Fyrvej', 'Byvej', 'Nordsøvej']),
 (7, 'Erslev', '7950', 'Erslev', '81', 56.8167, 8.7500, ARRAY['Vestergade', 'Hvidbjergvej', 'Torvet']),
 (8, 'Durup', '7870', 'Durup', '82', 56.7500, 9.0500, ARRAY['Durupvej', 'Stationsvej', 'Tostrupvej']),
 (9, 'Snedsted', '7752', 'Snedsted', '81', 56.9000, 8.5333, ARRAY['Hovedgaden', 'Kirkevej', 'Thistedvej']),
 (10, 'Aarhus', '8000', 'Aarhus', '82', 56.1567, 10.2108, ARRAY['Nørre Allé', 'Frederiksbjerg Torv', 'Jægergårdsgade']),
 (11, 'København', '2200', 'Copenhagen', '84', 55.6759, 12.5655, ARRAY['Nørrebrogade', 'Blågårdsgade', 'Jagtvej']);

-- Readers: subscribers and visitors who signed in, bought, or wrote to the
-- paper. Most live in the papers' towns whatever their origin.
CREATE TABLE pgen.r (i int PRIMARY KEY, c text, first text, last text, full_name text, email text, phone text, street text, zip text, city text,
  tk int, subno text, tier text, abroad boolean, lang text);
INSERT INTO pgen.r (i, c, first, last, tk, abroad, lang)
SELECT i, cu.c, cu.firsts[1 + fixture_gen.n('rf', i, cardinality(cu.firsts))], cu.lasts[1 + fixture_gen.n('rl', i, cardinality(cu.lasts))],
       (ARRAY[0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])[1 + fixture_gen.n('rt', i, 17)],
       cu.c IN ('de', 'sv', 'fo') AND fixture_gen.n('rab', i, 3) = 0, cu.lang
FROM generate_series(1, 720) i
JOIN pgen.cu cu ON cu.c = fixture_gen.pick(ARRAY['da', 'da', 'da', 'da', 'da', 'da', 'da', 'da', 'da', 'da', 'da', 'da', 'de', 'de', 'sv', 'pl', 'pl', 'sy', 'sy', 'so', 'ua', 'ua', 'fo'], 'rc', i);
UPDATE pgen.r r SET full_name = first || ' ' || last,
  email = lower(CASE fixture_gen.n('rem', i, 5)
    WHEN 0 THEN pgen.fold(first) || '.' || pgen.fold(last) WHEN 1 THEN pgen.fold(first) || pgen.fold(last) || (i % 97)::text
    WHEN 2 THEN substr(pgen.fold(first), 1, 1) || pgen.fold(last) WHEN 3 THEN pgen.fold(first) || (1950 + i % 55)::text ELSE pgen.fold(first) || '_' || pgen.fold(last) END)
    || '@' || (SELECT fixture_gen.pick(cu.domains, 'rdom', r.i) FROM pgen.cu cu WHERE cu.c = r.c),
  phone = CASE WHEN c = 'fo' AND abroad THEN '+298 ' || fixture_gen.digits('rph', i, 6)
               WHEN c = 'de' AND abroad THEN '+49 1' || (5 + fixture_gen.n('rph1', i, 3)) || fixture_gen.digits('rph2', i, 1) || ' ' || fixture_gen.digits('rph', i, 7)
               WHEN c = 'sv' AND abroad THEN '+46 7' || fixture_gen.digits('rph', i, 1) || '-' || fixture_gen.digits('rph2', i, 3) || ' ' || fixture_gen.digits('rph3', i, 2) || ' ' || fixture_gen.digits('rph4', i, 2)
               WHEN i % 3 = 0 THEN '+45 ' || (2 + fixture_gen.n('rph1', i, 4))::text || fixture_gen.digits('rph', i, 1) || ' ' || fixture_gen.digits('rph2', i, 2) || ' ' || fixture_gen.digits('rph3', i, 2) || ' ' || fixture_gen.digits('rph4', i, 2)
               ELSE (ARRAY['20', '22', '23', '26', '28', '30', '40', '42', '50', '51', '53', '60', '61', '71', '81', '91', '97'])[1 + fixture_gen.n('rph1', i, 17)] || ' ' || fixture_gen.digits('rph', i, 2) || ' ' || fixture_gen.digits('rph2', i, 2) || ' ' || fixture_gen.digits('rph3', i, 2) END,
  subno = CASE WHEN fixture_gen.n('rsub', i, 10) < 7 THEN (1000000 + fixture_gen.n('rsubno', i, 2400000))::text END,
  tier = fixture_gen.pick(ARRAY['digital', 'digital', 'digital+print', 'weekend+digital', 'print', 'student', 'e-avis'], 'rtier', i);
UPDATE pgen.r r SET
  street = t.streets[1 + fixture_gen.n('rst', r.i, cardinality(t.streets))] || ' ' || (1 + fixture_gen.n('rstn', r.i, 120))::text
           || CASE WHEN fixture_gen.n('rsta', r.i, 4) = 0 THEN ', ' || (1 + fixture_gen.n('rstf', r.i, 4))::text || '. ' || fixture_gen.pick(ARRAY['th.', 'tv.', 'mf.'], 'rsts', r.i) ELSE '' END,
  zip = t.zip, city = t.name
FROM pgen.town t WHERE t.k = r.tk;
UPDATE pgen.r r SET
  street = CASE r.c WHEN 'de' THEN fixture_gen.pick(ARRAY['Lindenstraße', 'Am Markt', 'Schulweg', 'Fördestraße', 'Holstenstraße'], 'rsta', r.i) || ' ' || (1 + fixture_gen.n('rstn', r.i, 80))
                    WHEN 'sv' THEN fixture_gen.pick(ARRAY['Storgatan', 'Kungsgatan', 'Skolgatan', 'Järnvägsgatan'], 'rsta', r.i) || ' ' || (1 + fixture_gen.n('rstn', r.i, 60))
                    ELSE fixture_gen.pick(ARRAY['Niels Finsens gøta', 'Jónas Broncksgøta', 'Áarvegur', 'Tróndargøta'], 'rsta', r.i) || ' ' || (1 + fixture_gen.n('rstn', r.i, 40)) END,
  zip = CASE r.c WHEN 'de' THEN (20000 + fixture_gen.n('rzip', r.i, 5000))::text WHEN 'sv' THEN (400 + fixture_gen.n('rzip', r.i, 40))::text || ' ' || lpad(fixture_gen.n('rzip2', r.i, 99)::text, 2, '0') ELSE (100 + fixture_gen.n('rzip', r.i, 700))::text END,
  city = (SELECT fixture_gen.pick(cu.towns, 'rtown', r.i) FROM pgen.cu cu WHERE cu.c = r.c)
WHERE r.abroad;
-- Subscribers' numbers are unique.
UPDATE pgen.r r SET subno = (r.subno::int + d.rn)::text FROM (SELECT i, row_number() OVER (PARTITION BY subno ORDER BY i) - 1 AS rn FROM pgen.r WHERE subno IS NOT NULL) d WHERE d.i = r.i AND d.rn > 0;
UPDATE pgen.r r SET email = replace(r.email, '@', d.rn::text || '@') FROM (SELECT i, row_number() OVER (PARTITION BY email ORDER BY i) rn FROM pgen.r) d WHERE d.i = r.i AND d.rn > 1;

-- Staff who log in to Matomo: editors, the digital desk, marketing,
-- subscriptions, IT; and the web agency.
CREATE TABLE pgen.s (i int PRIMARY KEY, first text, last text, login text, email text, role text, sites int[], super boolean);
INSERT INTO pgen.s VALUES
 (1, 'Henrik', 'Bundgaard Thomsen', 'hbt', 'hbt@limfjordmedier.dk', 'IT', ARRAY[1, 2, 3, 4, 5], true),
 (2, 'Mette', 'Kjærgaard', 'mette.kjaergaard', 'mette.kjaergaard@limfjordmedier.dk', 'digitalchef', ARRAY[1, 2, 3, 4, 5], true),
 (3, 'Søren', 'Nørgaard', 'sn', 'sn@sallingposten.dk', 'chefredaktør', ARRAY[1], false),
 (4, 'Anne-Sofie', 'Lund', 'asl', 'asl@sallingposten.dk', 'webredaktør', ARRAY[1], false),
 (5, 'Rasmus', 'Østergaard', 'rao', 'rao@thytidende.dk', 'webredaktør', ARRAY[2], false),
 (6, 'Line', 'Bech Madsen', 'lbm', 'lbm@thytidende.dk', 'journalist', ARRAY[2], false),
 (7, 'Jesper', 'Dahl', 'jda', 'jda@morsavis.dk', 'redaktør', ARRAY[3], false),
 (8, 'Camilla', 'Holm Iversen', 'chi', 'chi@limfjordmedier.dk', 'SEO og data', ARRAY[1, 2, 3], false),
 (9, 'Mikkel', 'Vestergaard', 'mve', 'mve@sallingposten.dk', 'nyhedschef', ARRAY[1], false),
 (10, 'Pernille', 'Skov', 'psk', 'psk@thytidende.dk', 'nyhedschef', ARRAY[2], false),
 (11, 'Louise', 'Mølgaard', 'louise.molgaard', 'louise.molgaard@limfjordmedier.dk', 'marketing', ARRAY[1, 2, 3, 4, 5], false),
 (12, 'Kasper', 'Bundgaard', 'kbu', 'kbu@limfjordmedier.dk', 'udvikler', ARRAY[1, 2, 3, 4, 5], false),
 (13, 'Trine', 'Kristensen', 'tkr', 'tkr@limfjordmedier.dk', 'kundeservice', ARRAY[4], false),
 (14, 'Anders', 'Kirkegaard', 'aki', 'aki@morsavis.dk', 'journalist', ARRAY[3], false),
 (15, 'Signe', 'Bak Jensen', 'sbj', 'sbj@limfjordmedier.dk', 'events', ARRAY[5], false),
 (16, 'Morten', 'Bisgaard', 'mbi', 'mbi@sallingposten.dk', 'sportsredaktør', ARRAY[1], false),
 (17, 'Lærke', 'Sørensen', 'laerke.sorensen', 'laerke.sorensen@limfjordmedier.dk', 'praktikant', ARRAY[1, 2], false),
 (18, 'Frederik', 'Hvidberg', 'fhv', 'fhv@thytidende.dk', 'fotograf', ARRAY[2], false),
 (19, 'Maja', 'Fogh Nielsen', 'mfn', 'mfn@limfjordmedier.dk', 'marketing', ARRAY[4, 5], false),
 (20, 'Thomas', 'Lauridsen', 'tla', 'tla@limfjordmedier.dk', 'økonomi', ARRAY[4], false),
 (21, 'Birgitte', 'Poulsen', 'bpo', 'bpo@limfjordmedier.dk', 'abonnementschef', ARRAY[4], false),
 (22, 'Jens Erik', 'Kjeldsen', 'jek', 'jek@morsavis.dk', 'ansv. chefredaktør', ARRAY[3], false),
 (23, 'Nordlys', 'Web', 'nordlys-web', 'support@nordlys-web.dk', 'webbureau', ARRAY[1, 2, 3, 4, 5], false),
 (24, 'Jonas', 'Overgaard', 'jonas.overgaard', 'jonas.overgaard@gmail.com', 'freelance udvikler', ARRAY[4], false);

-- ---------------------------------------------------------------------------
-- Users, access and sign-in (UsersManager, Login, TwoFactorAuth).

CREATE TABLE matomo_user (
    login varchar(100) NOT NULL PRIMARY KEY,
    password varchar(255) NOT NULL,
    email varchar(100) NOT NULL,
    twofactor_secret varchar(40) NOT NULL DEFAULT '',
    superuser_access smallint NOT NULL DEFAULT 0,
    date_registered timestamp NULL,
    ts_password_modified timestamp NULL,
    idchange_last_viewed bigint NULL,
    invited_by varchar(100) NULL,
    invite_token varchar(191) NULL,
    invite_link_token varchar(191) NULL,
    invite_expired_at timestamp NULL,
    invite_accept_at timestamp NULL,
    ts_changes_shown timestamp NULL
);
CREATE UNIQUE INDEX matomo_user_uniq_email ON matomo_user (email);
INSERT INTO matomo_user VALUES ('anonymous', '', 'anonymous@example.org', '', 0, '2019-04-02 09:12:44', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO matomo_user
SELECT s.login, pgen.bcrypt('upw', s.i), s.email,
       CASE WHEN s.i <> 24 AND (s.super OR s.i % 3 <> 2) THEN pgen.b32('u2fa', s.i, 16) ELSE '' END,
       CASE WHEN s.super THEN 1 ELSE 0 END,
       CASE WHEN s.i <= 2 THEN timestamp '2019-04-02 09:14:10' + make_interval(mins => s.i * 7) ELSE pgen.at('ureg', s.i, '2019-05-01', '2022-12-31') END,
       pgen.at('upwm', s.i, '2023-03-01', '2024-03-25'),
       CASE WHEN s.i IN (17, 24) THEN NULL ELSE 9 + fixture_gen.n('uchg', s.i, 6) END,
       CASE WHEN s.i IN (17, 18, 19, 20, 23, 24) THEN CASE WHEN s.i % 2 = 0 THEN 'mette.kjaergaard' ELSE 'hbt' END END,
       CASE WHEN s.i = 24 THEN fixture_gen.hexn('uinv', s.i, 128) END,
       CASE WHEN s.i = 24 THEN fixture_gen.hexn('uinvl', s.i, 128) END,
       CASE WHEN s.i = 24 THEN timestamp '2024-04-04 10:22:31' WHEN s.i IN (17, 18, 19, 20, 23) THEN pgen.at('uinvx', s.i, '2022-01-01', '2024-01-20') END,
       CASE WHEN s.i IN (17, 18, 19, 20, 23) THEN pgen.at('uinva', s.i, '2022-01-01', '2024-01-20') END,
       CASE WHEN s.i IN (17, 24) THEN NULL ELSE pgen.at('ucs', s.i, '2024-01-08', '2024-03-30') END
FROM pgen.s s ORDER BY s.i;
UPDATE matomo_user SET invite_expired_at = invite_accept_at + interval '7 days' - make_interval(hours => length(login)) WHERE invite_accept_at IS NOT NULL;
UPDATE matomo_user SET date_registered = invite_accept_at - interval '2 days' WHERE invite_accept_at IS NOT NULL;
UPDATE matomo_user SET date_registered = '2024-03-28 10:22:31', ts_password_modified = NULL WHERE login = 'jonas.overgaard';

CREATE TABLE matomo_twofactor_recovery_code (
    idrecoverycode bigserial PRIMARY KEY,
    login varchar(100) NOT NULL,
    recovery_code varchar(40) NOT NULL
);
INSERT INTO matomo_twofactor_recovery_code (login, recovery_code)
SELECT u.login, fixture_gen.chars('rc' || u.login, k, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
FROM matomo_user u CROSS JOIN generate_series(1, 10) k WHERE u.twofactor_secret <> '' AND NOT (fixture_gen.n('rcu', k, 10) = 0 AND length(u.login) % 2 = 0)
ORDER BY u.date_registered, u.login, k;

CREATE TABLE matomo_user_token_auth (
    idusertokenauth bigserial PRIMARY KEY,
    login varchar(100) NOT NULL,
    description varchar(100) NOT NULL,
    password varchar(191) NOT NULL UNIQUE,
    hash_algo varchar(30) NOT NULL,
    system_token smallint NOT NULL DEFAULT 0,
    last_used timestamp NULL,
    date_created timestamp NOT NULL,
    date_expired timestamp NULL,
    secure_only smallint NOT NULL DEFAULT 0
);
INSERT INTO matomo_user_token_auth (login, description, password, hash_algo, system_token, last_used, date_created, date_expired, secure_only)
SELECT v.login, v.d, fixture_gen.hexn('uta', v.k, 128), 'sha512', v.sys, v.lu::timestamp, v.dc::timestamp, v.de::timestamp, v.so
FROM (VALUES
  (1, 'hbt', 'Arkivering (cron) - core:archive', 0, '2024-03-31 23:05:02', '2019-04-02 10:01:13', NULL, 1),
  (2, 'hbt', 'Nagios overvågning', 0, '2024-03-31 23:55:00', '2020-11-17 14:32:40', NULL, 1),
  (3, 'mette.kjaergaard', 'Looker Studio connector', 0, '2024-03-31 07:12:54', '2022-09-05 11:04:18', NULL, 0),
  (4, 'mette.kjaergaard', 'Matomo Mobile - Mettes iPhone', 0, '2024-03-30 21:48:10', '2023-02-14 08:55:29', NULL, 0),
  (5, 'kbu', 'WordPress plugin sallingposten.dk', 0, '2024-03-31 22:58:44', '2021-03-22 13:40:02', NULL, 0),
  (6, 'kbu', 'WordPress plugin thytidende.dk', 0, '2024-03-31 22:59:01', '2021-03-22 13:42:37', NULL, 0),
  (7, 'kbu', 'WordPress plugin morsavis.dk', 0, '2024-03-31 22:59:15', '2021-03-22 13:44:51', NULL, 0),
  (8, 'chi', 'Camillas Excel-udtræk', 0, '2024-03-28 09:20:33', '2023-08-30 10:11:09', NULL, 0),
  (9, 'chi', 'Google Sheets - SEO-tavle', 0, '2024-03-31 06:00:12', '2023-01-09 15:27:45', NULL, 0),
  (10, 'louise.molgaard', 'Louises rapport til bestyrelsen', 0, '2024-02-29 16:44:02', '2023-11-02 12:03:55', '2024-11-02 12:03:55', 0),
  (11, 'nordlys-web', 'Nordlys Web - deploy af Tag Manager', 0, '2024-03-19 10:31:27', '2023-05-11 09:45:00', NULL, 0),
  (12, 'nordlys-web', 'Test - Rune (Nordlys)', 0, NULL, '2023-05-11 09:47:12', '2023-06-11 09:47:12', 0),
  (13, 'bpo', 'Abonnementssystem (Zuora-eksport)', 0, '2024-03-31 02:00:04', '2022-06-01 08:30:10', NULL, 1),
  (14, 'sbj', 'Billetsystem kvitteringsside', 0, '2024-03-30 19:22:48', '2023-09-14 13:12:31', NULL, 0),
  (15, 'tkr', 'Kundeservice - opslag af læserhenvendelser', 0, '2024-03-27 11:05:16', '2024-01-10 10:02:44', NULL, 0),
  (16, 'jonas.overgaard', 'Jonas O. freelance shop-integration', 0, NULL, '2024-03-28 10:40:00', '2024-04-28 10:40:00', 0),
  (17, 'mfn', 'Meta Ads rapport', 0, '2024-03-26 14:18:40', '2023-10-03 09:14:27', NULL, 0),
  (18, 'mette.kjaergaard', 'Generated via UI', 1, '2024-03-31 07:10:02', '2024-03-31 07:10:01', '2024-04-01 07:10:01', 0),
  (19, 'hbt', 'Generated via UI', 1, '2024-03-29 15:02:11', '2024-03-29 14:31:48', '2024-03-30 14:31:48', 0),
  (20, 'asl', 'Generated via UI', 1, '2024-03-31 10:44:51', '2024-03-31 09:02:37', '2024-04-01 09:02:37', 0),
  (21, 'rao', 'Generated via UI', 1, '2024-03-30 12:13:09', '2024-03-30 12:12:58', '2024-03-31 12:12:58', 0),
  (22, 'jda', 'Generated via UI', 1, '2024-03-28 08:09:12', '2024-03-28 08:01:20', '2024-03-29 08:01:20', 0),
  (23, 'chi', 'Generated via UI', 1, '2024-03-31 08:15:44', '2024-03-31 08:15:40', '2024-04-01 08:15:40', 0),
  (24, 'sn', 'Matomo Mobile - Sørens iPad', 0, '2024-03-31 06:41:22', '2021-12-06 07:32:08', NULL, 0),
  (25, 'tla', 'Økonomi - månedligt e-handelsudtræk', 0, '2024-03-01 06:00:00', '2022-02-01 09:00:00', NULL, 0),
  (26, 'hbt', 'GDPR-værktøj script (Henrik)', 0, '2024-02-12 13:25:10', '2022-05-24 10:18:33', NULL, 1)
) v(k, login, d, sys, lu, dc, de, so) ORDER BY v.k;

CREATE TABLE matomo_user_language (
    login varchar(100) NOT NULL PRIMARY KEY,
    language varchar(10) NOT NULL,
    use_12_hour_clock smallint NOT NULL DEFAULT 0
);
INSERT INTO matomo_user_language SELECT login, CASE WHEN i IN (1, 12, 23, 24) THEN 'en' ELSE 'da' END, CASE WHEN i = 23 THEN 1 ELSE 0 END FROM pgen.s WHERE i NOT IN (17, 24) ORDER BY i;

CREATE TABLE matomo_user_dashboard (
    login varchar(100) NOT NULL,
    iddashboard integer NOT NULL,
    name varchar(100) NULL,
    layout text NOT NULL,
    PRIMARY KEY (login, iddashboard)
);
CREATE FUNCTION pgen.widget(module text, action text, extra text DEFAULT '') RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '{"uniqueId":"widget' || module || action || replace(replace(replace(extra, '"', ''), ':', ''), ',', '') || '","parameters":{"module":"' || module || '","action":"' || action || '"'
      || CASE WHEN extra = '' THEN '' ELSE ',' || extra END || '},"isHidden":false}'
$$;
INSERT INTO matomo_user_dashboard
SELECT s.login, d.k, d.name,
       '{"config":{"layout":"' || CASE WHEN s.i % 2 = 0 THEN '33-33-33' ELSE '50-50' END || '"},"columns":[['
       || CASE d.k WHEN 1 THEN pgen.widget('Live', 'widget') || ',' || pgen.widget('VisitsSummary', 'getEvolutionGraph', '"forceView":"1","viewDataTable":"graphEvolution"')
                   WHEN 2 THEN pgen.widget('Actions', 'getPageTitles', '"forceView":"1","viewDataTable":"table"') || ',' || pgen.widget('Referrers', 'getSocials')
                   ELSE pgen.widget('Goals', 'widgetGoalsOverview') || ',' || pgen.widget('Ecommerce', 'getEcommerceLog') END
       || '],[' || pgen.widget('UserCountryMap', 'visitorMap') || ',' || pgen.widget('Referrers', 'getReferrerType', '"forceView":"1","viewDataTable":"graphPie"')
       || '],[' || pgen.widget('DevicesDetection', 'getType') || ',' || pgen.widget('CustomDimensions', 'getCustomDimension', '"idDimension":"1"') || ']]}'
FROM pgen.s s JOIN (VALUES (1, 'Dashboard'), (2, 'Redaktionens overblik'), (3, 'Abonnementer og salg')) d(k, name)
  ON d.k = 1 OR (d.k = 2 AND s.role IN ('webredaktør', 'nyhedschef', 'chefredaktør', 'redaktør', 'digitalchef', 'SEO og data')) OR (d.k = 3 AND s.i IN (2, 11, 19, 20, 21))
WHERE s.i NOT IN (24)
ORDER BY s.i, d.k;

-- ---------------------------------------------------------------------------
-- Sites (SitesManager) and access.

CREATE TABLE matomo_site (
    idsite serial PRIMARY KEY,
    name varchar(90) NOT NULL,
    main_url varchar(255) NOT NULL,
    ts_created timestamp NULL,
    ecommerce smallint DEFAULT 0,
    sitesearch smallint DEFAULT 1,
    sitesearch_keyword_parameters text NOT NULL,
    sitesearch_category_parameters text NOT NULL,
    timezone varchar(50) NOT NULL,
    currency char(3) NOT NULL,
    exclude_unknown_urls smallint DEFAULT 0,
    excluded_ips text NOT NULL,
    excluded_parameters text NOT NULL,
    excluded_user_agents text NOT NULL,
    excluded_referrers text NOT NULL,
    "group" varchar(250) NOT NULL,
    type varchar(255) NOT NULL,
    keep_url_fragment smallint NOT NULL DEFAULT 0,
    creator_login varchar(100) NULL
);
INSERT INTO matomo_site (name, main_url, ts_created, ecommerce, sitesearch, sitesearch_keyword_parameters, sitesearch_category_parameters, timezone, currency,
  exclude_unknown_urls, excluded_ips, excluded_parameters, excluded_user_agents, excluded_referrers, "group", type, keep_url_fragment, creator_login) VALUES
 ('Sallingposten', 'https://sallingposten.dk', '2019-04-02 09:20:11', 0, 1, 'q,s', '', 'Europe/Copenhagen', 'DKK', 1,
  '185.97.33.0/24,195.249.170.16-195.249.170.31,87.57.201.114,212.10.44.17', 'fbclid,gclid,msclkid,ordre,email,token,utm_id', 'UptimeRobot,Pingdom,Siteimprove', '', 'Aviser', 'website', 0, 'hbt'),
 ('Thy Tidende', 'https://thytidende.dk', '2019-04-02 09:24:50', 0, 1, 'q,s', '', 'Europe/Copenhagen', 'DKK', 1,
  '185.97.33.0/24,195.249.170.16-195.249.170.31,94.18.232.6,80.62.117.203', 'fbclid,gclid,msclkid,ordre,email,token,utm_id', 'UptimeRobot,Pingdom,Siteimprove', '', 'Aviser', 'website', 0, 'hbt'),
 ('Mors Avis', 'https://morsavis.dk', '2019-04-02 09:27:03', 0, 1, 'q,s', '', 'Europe/Copenhagen', 'DKK', 1,
  '185.97.33.0/24,195.249.170.16-195.249.170.31,2.104.88.45', 'fbclid,gclid,msclkid,ordre,email,token,utm_id', 'UptimeRobot,Pingdom,Siteimprove', '', 'Aviser', 'website', 0, 'hbt'),
 ('Abonnementsshop', 'https://abonnement.limfjordmedier.dk', '2020-09-14 13:02:45', 1, 0, '', '', 'Europe/Copenhagen', 'DKK', 0,
  '185.97.33.0/24', 'fbclid,gclid,msclkid,token', 'UptimeRobot', 'checkout.stripe.com,nets.eu,mobilepay.dk', 'Salg', 'website', 0, 'mette.kjaergaard'),
 ('Læserarrangementer', 'https://oplevelser.limfjordmedier.dk', '2022-03-07 10:45:19', 1, 1, 'q', 'kategori', 'Europe/Copenhagen', 'DKK', 0,
  '185.97.33.0/24', 'fbclid,gclid', '', 'checkout.stripe.com', 'Salg', 'website', 0, 'sbj');

CREATE TABLE matomo_site_url (
    idsite integer NOT NULL,
    url varchar(190) NOT NULL,
    PRIMARY KEY (idsite, url)
);
INSERT INTO matomo_site_url VALUES
 (1, 'https://www.sallingposten.dk'), (1, 'https://e-avis.sallingposten.dk'), (1, 'https://amp.sallingposten.dk'),
 (2, 'https://www.thytidende.dk'), (2, 'https://e-avis.thytidende.dk'), (2, 'https://amp.thytidende.dk'),
 (3, 'https://www.morsavis.dk'), (3, 'https://e-avis.morsavis.dk'),
 (4, 'https://login.limfjordmedier.dk'), (5, 'https://billetter.limfjordmedier.dk');

CREATE TABLE matomo_site_setting (
    idsite integer NOT NULL,
    plugin_name varchar(60) NOT NULL,
    setting_name varchar(255) NOT NULL,
    setting_value text NOT NULL,
    json_encoded smallint NOT NULL DEFAULT 0,
    idsite_setting bigserial PRIMARY KEY
);
INSERT INTO matomo_site_setting (idsite, plugin_name, setting_name, setting_value, json_encoded)
SELECT s.idsite, v.p, v.n, v.v, v.j FROM matomo_site s CROSS JOIN (VALUES
  ('HeatmapSessionRecording', 'disable_heatmap_recording', '0', 0),
  ('HeatmapSessionRecording', 'disable_session_recording', '0', 0),
  ('FormAnalytics', 'autoCreateForms', '1', 0),
  ('TagManager', 'ignoreGtmDataLayer', '0', 0)) v(p, n, v, j)
ORDER BY s.idsite, v.p, v.n;
INSERT INTO matomo_site_setting (idsite, plugin_name, setting_name, setting_value, json_encoded) VALUES
 (4, 'HeatmapSessionRecording', 'excluded_elements_default', '["#kortnummer",".betaling input",".mobilepay-nummer"]', 1),
 (5, 'FormAnalytics', 'excluded_forms', '["newsletter-footer"]', 1);

CREATE TABLE matomo_access (
    idaccess serial PRIMARY KEY,
    login varchar(100) NOT NULL,
    idsite integer NOT NULL,
    access varchar(50) NULL
);
CREATE INDEX matomo_access_index_loginidsite ON matomo_access (login, idsite);
INSERT INTO matomo_access (login, idsite, access)
SELECT s.login, x.idsite, CASE WHEN s.role IN ('chefredaktør', 'ansv. chefredaktør', 'abonnementschef', 'udvikler') THEN 'admin'
                               WHEN s.role IN ('webredaktør', 'SEO og data', 'marketing', 'webbureau', 'events', 'nyhedschef', 'redaktør', 'freelance udvikler') THEN 'write' ELSE 'view' END
FROM pgen.s s CROSS JOIN LATERAL unnest(s.sites) x(idsite) WHERE NOT s.super ORDER BY s.i, x.idsite;
INSERT INTO matomo_access (login, idsite, access)
SELECT s.login, x.idsite, c.cap
FROM pgen.s s CROSS JOIN LATERAL unnest(s.sites) x(idsite)
JOIN (VALUES ('tagmanager_write'), ('tagmanager_publish_live_container'), ('tagmanager_use_custom_templates')) c(cap) ON true
WHERE s.i IN (8, 11, 12, 19, 23, 24) AND NOT (c.cap = 'tagmanager_use_custom_templates' AND s.i IN (11, 19)) ORDER BY s.i, x.idsite, c.cap;

-- Failed logins kept by brute-force detection: bots trying common logins
-- from abroad, and staff mistyping their login.
CREATE TABLE matomo_brute_force_log (
    id_brute_force_log bigserial PRIMARY KEY,
    ip_address varchar(60) NULL,
    attempted_at timestamp NOT NULL,
    login varchar(100) NULL
);
CREATE INDEX matomo_brute_force_log_index_ip_address ON matomo_brute_force_log (ip_address);
INSERT INTO matomo_brute_force_log (ip_address, attempted_at, login)
SELECT CASE WHEN k % 9 = 4 THEN fixture_gen.pick(ARRAY['87.57.201.114', '94.18.232.6', '185.97.33.41', '80.62.117.203', '2.104.88.45', '93.176.88.14', '185.97.33.58'], 'bfip', k)
            ELSE fixture_gen.pick(ARRAY['45.155.205.', '193.42.33.', '141.98.11.', '185.220.101.', '103.145.13.', '194.26.29.', '5.188.62.', '89.248.165.'], 'bfnet', k / 12) || (1 + fixture_gen.n('bfh', k / 12, 254))::text END,
       pgen.at('bfat', k, '2024-03-18 00:00:00', '2024-03-31 23:59:00'),
       CASE WHEN k % 9 = 4 THEN fixture_gen.pick(ARRAY['sn', 'mette.kjaergaard', 'mette.kjærgaard', 'asl@sallingposten.dk', 'rao', 'louise.molgaard@limfjordmedier.dk', 'tkr', 'lbm', 'Mette', 'jda@morsavis.dk', 'psk'], 'bflg', k)
            WHEN k % 23 = 0 THEN NULL
            ELSE fixture_gen.pick(ARRAY['admin', 'admin', 'administrator', 'root', 'matomo', 'piwik', 'test', 'user', 'demo', 'webmaster', 'info@limfjordmedier.dk', 'redaktion@thytidende.dk', 'superuser', 'sallingposten'], 'bflg', k / 3) END
FROM generate_series(1, 340) k ORDER BY 2, 1;

-- ---------------------------------------------------------------------------
-- The option store (Option API: serialized arrays, JSON, plain values), the
-- plugin settings and the session store.

CREATE TABLE matomo_option (
    option_name varchar(191) NOT NULL PRIMARY KEY,
    option_value text NOT NULL,
    autoload smallint NOT NULL DEFAULT 1
);
CREATE INDEX matomo_option_autoload ON matomo_option (autoload);
INSERT INTO matomo_option VALUES
 ('version_core', '5.0.3', 1), ('install_version', '3.9.1', 1), ('MatomoUpdateHistory', '4.14.2,4.15.1,4.16.0,5.0.0,5.0.1,5.0.2,5.0.3,', 1),
 ('piwikUrl', 'https://statistik.limfjordmedier.dk/', 1), ('UpdateCheck_LastTimeChecked', '1711922401', 1), ('UpdateCheck_LatestVersion', '5.0.3', 1),
 ('lastTrackerCronRun', '1711929001', 0), ('enableBrowserTriggerArchiving', '0', 1), ('todayArchiveTimeToLive', '1800', 1),
 ('SitesManager_DefaultTimezone', 'Europe/Copenhagen', 0), ('SitesManager_DefaultCurrency', 'DKK', 0),
 ('SitesManager_ExcludedQueryParameters', 'fbclid,gclid,msclkid', 0), ('SitesManager_ExcludedUserAgents', 'UptimeRobot,Pingdom', 0),
 ('usercountry.location_provider', 'geoip2php', 1), ('geoip2.updater_period', 'month', 0), ('geoip2.updater_last_run_time', '1709262004', 0),
 ('geoip2.isp_db_url', '', 0), ('geoip2.asn_db_url', '', 0),
 ('delete_logs_enable', '1', 0), ('delete_logs_schedule_lowest_interval', '7', 0), ('delete_logs_older_than', '395', 0),
 ('delete_logs_max_rows_per_query', '100000', 0), ('delete_logs_unused_actions_schedule_lowest_interval', '30', 0),
 ('delete_reports_enable', '0', 0), ('delete_reports_older_than', '12', 0), ('lastDelete_piwik_logs', '1711495203', 0),
 ('PrivacyManager.ipAnonymizerEnabled', '1', 0), ('PrivacyManager.ipAddressMaskLength', '2', 0), ('PrivacyManager.useAnonymizedIpForVisitEnrichment', '0', 0),
 ('PrivacyManager.doNotTrackEnabled', '1', 0), ('PrivacyManager.forceCookielessTracking', '0', 0), ('PrivacyManager.anonymizeUserId', '0', 0),
 ('PrivacyManager.anonymizeOrderId', '0', 0), ('PrivacyManager.anonymizeReferrer', 'exclude_query', 0),
 ('PrivacyManager.imprintUrl', 'https://limfjordmedier.dk/om-os/kontakt', 0), ('PrivacyManager.privacyPolicyUrl', 'https://limfjordmedier.dk/privatlivspolitik', 0),
 ('MobileMessaging_DelegatedManagement', 'false', 0), ('Feedback.nextFeedbackReminder.hbt', '-1', 0),
 ('Plugin_HeatmapSessionRecording_Activated', '1', 0), ('ScheduledReports.lastSentReports', '1711868412', 0),
 ('CoreAdminHome.lastRunArchivingOutdatedCleanup', '1711843203', 0), ('TrackingFailures.lastCleanup', '1711843205', 0);
INSERT INTO matomo_option
SELECT 'version_' || p, v, 1 FROM (VALUES ('CorePluginsAdmin', '5.0.3'), ('CoreAdminHome', '5.0.3'), ('CoreHome', '5.0.3'), ('WebsiteMeasurable', '5.0.3'),
  ('IntranetMeasurable', '5.0.3'), ('Diagnostics', '5.0.3'), ('CoreVisualizations', '5.0.3'), ('Proxy', '5.0.3'), ('API', '5.0.3'), ('Widgetize', '5.0.3'),
  ('Transitions', '5.0.3'), ('LanguagesManager', '5.0.3'), ('Actions', '5.0.3'), ('Dashboard', '5.0.3'), ('MultiSites', '5.0.3'), ('Referrers', '5.0.3'),
  ('UserLanguage', '5.0.3'), ('DevicesDetection', '5.0.3'), ('Goals', '5.0.3'), ('Ecommerce', '5.0.3'), ('SEO', '5.0.3'), ('Events', '5.0.3'),
  ('UserCountry', '5.0.3'), ('GeoIp2', '5.0.3'), ('VisitsSummary', '5.0.3'), ('VisitFrequency', '5.0.3'), ('VisitTime', '5.0.3'), ('VisitorInterest', '5.0.3'),
  ('RssWidget', '5.0.3'), ('Feedback', '5.0.3'), ('Monolog', '5.0.3'), ('Login', '5.0.3'), ('TwoFactorAuth', '5.0.3'), ('UsersManager', '5.0.3'),
  ('SitesManager', '5.0.3'), ('Installation', '5.0.3'), ('CoreUpdater', '5.0.3'), ('CoreConsole', '5.0.3'), ('ScheduledReports', '5.0.3'),
  ('UserCountryMap', '5.0.3'), ('Live', '5.0.3'), ('PrivacyManager', '5.0.3'), ('ImageGraph', '5.0.3'), ('Annotations', '5.0.3'), ('MobileMessaging', '5.0.3'),
  ('Overlay', '5.0.3'), ('SegmentEditor', '5.0.3'), ('Insights', '5.0.3'), ('Morpheus', '5.0.3'), ('Contents', '5.0.3'), ('BulkTracking', '5.0.3'),
  ('Resolution', '5.0.3'), ('DevicePlugins', '5.0.3'), ('Heartbeat', '5.0.3'), ('Intl', '5.0.3'), ('Marketplace', '5.0.3'), ('ProfessionalServices', '5.0.3'),
  ('UserId', '5.0.3'), ('CustomJsTracker', '5.0.3'), ('Tour', '5.0.3'), ('PagePerformance', '5.0.3'), ('CustomDimensions', '5.0.3'), ('JsTrackerInstallCheck', '5.0.3'),
  ('TagManager', '5.0.3'), ('HeatmapSessionRecording', '5.0.7'), ('FormAnalytics', '5.0.4'), ('MarketingCampaignsReporting', '5.0.1')) v(p, v);
-- Last seen, feedback reminders and the SMS settings of each staff login.
INSERT INTO matomo_option
SELECT 'UsersManager.lastSeen.' || s.login, (extract(epoch FROM pgen.at('lseen', s.i, '2024-03-20', '2024-03-31 23:00'))::bigint)::text, 0 FROM pgen.s s WHERE s.i <> 24 ORDER BY s.i;
INSERT INTO matomo_option
SELECT 'Feedback.nextFeedbackReminder.' || s.login, to_char(pgen.at('fbr', s.i, '2024-04-01', '2024-09-30'), 'YYYY-MM-DD'), 0 FROM pgen.s s WHERE s.i IN (2, 4, 8, 11, 12, 15) ORDER BY s.i;
INSERT INTO matomo_option
SELECT s.login || '_MobileMessagingSettings',
       pgen.pa(ARRAY['SMSProvider', pgen.ps('ASPSMS'), 'APIKey', pgen.ps('{"username":"LIMFJORDMEDIER","password":"' || pgen.rnd('smsk', 1, 24) || '"}'),
                     'PhoneNumbers', pgen.pa(ARRAY['+45' || v.ph, pgen.pb(true)] || CASE WHEN s.i = 2 THEN ARRAY['+4530' || fixture_gen.digits('ph2', s.i, 6), pgen.pb(false)] ELSE '{}'::text[] END),
                     'PhoneNumbersValidation', pgen.pa(ARRAY['+45' || v.ph, pgen.pi(0)])]), 0
FROM pgen.s s JOIN (VALUES (1, '21436587'), (2, '28119047'), (21, '40672315')) v(i, ph) ON v.i = s.i ORDER BY s.i;
-- Annotations of each site: PHP-serialized lists as the Annotations plugin keeps them.
CREATE TABLE pgen.ann (idsite int, k int, d text, note text, starred int, usr text);
INSERT INTO pgen.ann VALUES
 (1, 0, '2024-03-04', 'Betalingsmur flyttet: 3 gratis artikler pr. måned', 1, 'mette.kjaergaard'),
 (1, 1, '2024-03-09', 'Brand i Roslev - liveblog, delt af Skive Kommune og Beredskab', 0, 'asl'),
 (1, 2, '2024-03-14', 'Forsiden nede 14:05-15:30 (cache-fejl hos hosting)', 0, 'hbt'),
 (1, 3, '2024-03-21', 'Læserbrev fra Karen Mortensen om lukning af Egeris Skole gik viralt på Facebook', 1, 'mve'),
 (1, 4, '2024-03-26', 'Nyhedsbrev sendt 06:00 i stedet for 07:00', 0, 'chi'),
 (2, 0, '2024-03-02', 'Kampagne: Thy Tidende digital 1 kr. første måned', 1, 'louise.molgaard'),
 (2, 1, '2024-03-11', 'Stormflod Hanstholm - rekord for mobiltrafik', 1, 'rao'),
 (2, 2, '2024-03-18', 'Mindeord for Jens Peter Kjeldsen, tidl. formand for Thy Landboforening', 0, 'psk'),
 (2, 3, '2024-03-27', 'Ukrainsk sektion lanceret (Новини Тю)', 0, 'rao'),
 (3, 0, '2024-03-07', 'Morsø Kommune budget-artikel linket fra DR', 0, 'jda'),
 (3, 1, '2024-03-22', 'Test af ny artikelskabelon - ignorer tal', 0, 'kbu'),
 (4, 0, '2024-03-01', 'Ny checkout med MobilePay', 1, 'bpo'),
 (4, 1, '2024-03-15', 'Fejl i ordrebekræftelse - Jonas O. retter', 0, 'bpo'),
 (5, 0, '2024-03-05', 'Billetsalg åbnet: foredrag om Limfjordens østers', 0, 'sbj'),
 (5, 1, '2024-03-19', 'Koncert i Thisted Musikteater udsolgt', 1, 'sbj');
INSERT INTO matomo_option
SELECT a.idsite || '_annotations',
       pgen.pl(array_agg(pgen.pa(ARRAY['date', pgen.ps(a.d), 'note', pgen.ps(a.note), 'starred', pgen.pi(a.starred), 'user', pgen.ps(a.usr), 'id', pgen.pi(a.k)]) ORDER BY a.k)), 0
FROM pgen.ann a GROUP BY a.idsite ORDER BY a.idsite;
-- Config fingerprint salts (rotated daily per site), the task scheduler's
-- timetable, the GeoIP download URL with the MaxMind licence key, and the
-- Marketplace licence key of the premium plugins.
INSERT INTO matomo_option
SELECT 'fingerprint_salt_' || s || '_' || d::date, '{"value":"' || fixture_gen.chars('fps', s * 100 + extract(day FROM d)::int, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') || '","time":' || extract(epoch FROM d)::bigint || '}', 0
FROM generate_series(1, 5) s CROSS JOIN generate_series(timestamp '2024-03-29', '2024-03-31', '1 day') d ORDER BY s, d;
INSERT INTO matomo_option VALUES
 ('geoip2.loc_db_url', 'https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-City&license_key=' || pgen.rnd('mmkey', 1, 6) || '_' || pgen.rnd('mmkey', 2, 29) || '_mmk&suffix=tar.gz', 0),
 ('license_key', fixture_gen.hexn('mplk', 1, 40), 0),
 ('TaskScheduler.timetable', pgen.pa(ARRAY[
    'Piwik\Plugins\CoreAdminHome\Tasks.purgeOutdatedArchives', pgen.pi(1711929600), 'Piwik\Plugins\CoreAdminHome\Tasks.purgeInvalidatedArchives', pgen.pi(1711929600),
    'Piwik\Plugins\CoreAdminHome\Tasks.updateSpammerExclusion', pgen.pi(1712188800), 'Piwik\Plugins\CoreAdminHome\Tasks.cleanupTrackingFailures', pgen.pi(1711929600),
    'Piwik\Plugins\PrivacyManager\Tasks.deleteReportData', pgen.pi(1711929600), 'Piwik\Plugins\PrivacyManager\Tasks.deleteLogData', pgen.pi(1712102400),
    'Piwik\Plugins\PrivacyManager\Tasks.anonymizePastData', pgen.pi(1711933200), 'Piwik\Plugins\GeoIp2\GeoIP2AutoUpdater.update', pgen.pi(1714521600),
    'Piwik\Plugins\ScheduledReports\Tasks.sendReport_3', pgen.pi(1712030400), 'Piwik\Plugins\ScheduledReports\Tasks.sendReport_5', pgen.pi(1711951200),
    'Piwik\Plugins\Login\Tasks.cleanupBruteForceLogs', pgen.pi(1711929600), 'Piwik\Plugins\UsersManager\Tasks.cleanupExpiredTokens', pgen.pi(1711929600),
    'Piwik\Plugins\HeatmapSessionRecording\Tasks.removeDeletedHeatmapsAndRecordings', pgen.pi(1711929600), 'Piwik\Plugins\Marketplace\Tasks.clearAllCacheEntries', pgen.pi(1711929600)]), 0);

CREATE TABLE matomo_plugin_setting (
    plugin_name varchar(60) NOT NULL,
    setting_name varchar(255) NOT NULL,
    setting_value text NOT NULL,
    json_encoded smallint NOT NULL DEFAULT 0,
    user_login varchar(100) NOT NULL DEFAULT '',
    idplugin_setting bigserial PRIMARY KEY
);
CREATE INDEX matomo_plugin_setting_plugin_name_user_login ON matomo_plugin_setting (plugin_name, user_login);
INSERT INTO matomo_plugin_setting (plugin_name, setting_name, setting_value, json_encoded) VALUES
 ('Login', 'enableBruteForceDetection', '1', 0),
 ('Login', 'allowedNumberOfFailedLogins', '5', 0),
 ('Login', 'allowedNumberOfFailedLoginsTimeRange', '60', 0),
 ('Login', 'whitelisteBruteForceIps', '["185.97.33.0/24","195.249.170.16/28","93.176.88.14","87.57.201.114"]', 1),
 ('Login', 'blacklistedBruteForceIps', '["45.155.205.0/24","141.98.11.0/24","185.220.101.0/24"]', 1),
 ('TwoFactorAuth', 'twoFactorAuthRequired', '0', 0),
 ('CoreAdminHome', 'enable_plugin_update_communication', '0', 0),
 ('TagManager', 'environments', '["staging"]', 1),
 ('TagManager', 'restrictCustomTemplates', 'superuser', 0),
 ('HeatmapSessionRecording', 'breakpoint_mobile', '600', 0),
 ('HeatmapSessionRecording', 'breakpoint_tablet', '960', 0),
 ('HeatmapSessionRecording', 'max_heatmap_sessions', '2000', 0),
 ('FormAnalytics', 'exclude_field_names', '["kortnummer","cvc","password","adgangskode"]', 1),
 ('CustomJsTracker', 'trackerFileUpdated', '1', 0);

-- Sessions of the staff signed in to the UI (PHP session encoding, base64).
CREATE TABLE matomo_session (
    id varchar(191) NOT NULL PRIMARY KEY,
    modified integer NULL,
    lifetime integer NULL,
    data text NULL
);
INSERT INTO matomo_session
SELECT fixture_gen.hexn('sess', k, 128), x.m, x.lt,
       pgen.b64s('session.fingerprint|' || pgen.ps(fixture_gen.hexn('sfp', k, 40))
         || 'session.info|' || pgen.pa(ARRAY['ts', pgen.pi(x.m - 3600 * (k % 5)), 'remembered', pgen.pb(x.lt > 86400), 'expiration', pgen.pi(x.m + x.lt)])
         || 'user|' || pgen.pa(ARRAY['name', pgen.ps(s.login), 'token_auth', pgen.ps(fixture_gen.hexn('stok', k, 32)), 'twofactorauth_verified', pgen.pb(u.twofactor_secret <> '')])
         || 'notifications|' || CASE WHEN k % 4 = 0 THEN pgen.pa(ARRAY['ScheduledReports_Sent', pgen.pa(ARRAY['message', pgen.ps('Rapporten er sendt.'), 'context', pgen.ps('success')])]) ELSE 'a:0:{}' END)
FROM generate_series(1, 34) k
JOIN pgen.s s ON s.i = 1 + fixture_gen.n('ss', k, 23)
JOIN matomo_user u ON u.login = s.login
CROSS JOIN LATERAL (SELECT extract(epoch FROM pgen.at('sm', k, '2024-03-17', '2024-03-31 23:30'))::int AS m, CASE WHEN k % 3 = 0 THEN 1209600 ELSE 86400 END AS lt) x
ORDER BY k;

CREATE TABLE matomo_locks (
    "key" varchar(70) NOT NULL PRIMARY KEY,
    value varchar(255) NULL,
    expiry_time bigint DEFAULT 9999999999
);
INSERT INTO matomo_locks VALUES
 ('Archive.1.' || md5('1.2024-03-31.day.done'), 'arch01-' || fixture_gen.chars('lk', 1, 12, 'abcdef0123456789'), 1711931400),
 ('Archive.2.' || md5('2.2024-03-31.day.done'), 'arch01-' || fixture_gen.chars('lk', 2, 12, 'abcdef0123456789'), 1711931400),
 ('Archive.4.' || md5('4.2024-03-01.month.doneb2d14ff6ee8b0f6e6b3d5e7f1b7e4d41'), 'arch01-' || fixture_gen.chars('lk', 3, 12, 'abcdef0123456789'), 1711931460),
 ('TaskScheduler', 'arch01-' || fixture_gen.chars('lk', 4, 12, 'abcdef0123456789'), 1711929900);

CREATE TABLE matomo_sequence (
    name varchar(120) NOT NULL PRIMARY KEY,
    value bigint NOT NULL
);

CREATE TABLE matomo_changes (
    idchange serial PRIMARY KEY,
    created_time timestamp NOT NULL,
    plugin_name varchar(60) NOT NULL,
    version varchar(20) NOT NULL,
    title varchar(255) NOT NULL,
    description text NULL,
    link_name varchar(255) NULL,
    link varchar(255) NULL
);
CREATE UNIQUE INDEX matomo_changes_unique_plugin_version_title ON matomo_changes (plugin_name, version, title);
INSERT INTO matomo_changes (created_time, plugin_name, version, title, description, link_name, link) VALUES
 ('2023-04-18 07:02:11', 'TagManager', '5.0.0', 'New Matomo Tag Manager triggers', 'Tag Manager now supports triggers for page visibility and custom events fired from the data layer.', 'Read more', 'https://matomo.org/faq/tag-manager/'),
 ('2023-06-02 07:02:11', 'HeatmapSessionRecording', '5.0.0', 'Session recordings now show page transitions', 'Recordings of multi-page sessions now play page transitions without reloading the player.', 'Learn more', 'https://matomo.org/docs/heatmaps/'),
 ('2023-09-12 07:02:11', 'FormAnalytics', '5.0.0', 'Form Analytics: field level timings', 'New metrics show how long visitors hesitate on each form field before typing.', 'Learn more', 'https://matomo.org/docs/form-analytics/'),
 ('2023-12-18 10:34:55', 'CoreHome', '5.0.0', 'Matomo 5 is here', 'Matomo 5 brings a refreshed interface, faster archiving and a new "What''s new" notification for plugin changes.', 'Read the announcement', 'https://matomo.org/blog/2023/12/matomo-5-released/'),
 ('2023-12-18 10:34:55', 'CoreHome', '5.0.0', 'Faster segment archiving', 'Segments on custom dimensions are now archived in parallel.', NULL, NULL),
 ('2024-01-09 08:11:40', 'MarketingCampaignsReporting', '5.0.1', 'Campaign names in Goals reports', 'Goals reports can now be split by campaign name, source and medium.', 'Read more', 'https://matomo.org/docs/tracking-campaigns/'),
 ('2024-01-22 08:11:40', 'TagManager', '5.0.2', 'Cookie consent trigger templates', 'New trigger templates fire tags only after consent was given in common consent managers.', 'Learn more', 'https://matomo.org/faq/tag-manager/consent/'),
 ('2024-02-05 09:40:18', 'HeatmapSessionRecording', '5.0.5', 'Mask keystrokes by default', 'Keystroke capture now masks all input fields unless data-matomo-unmask is set on them.', 'Learn more', 'https://matomo.org/faq/session-recording/'),
 ('2024-02-19 09:40:18', 'FormAnalytics', '5.0.3', 'Form Analytics: improved auto-detection', 'Forms rendered by JavaScript frameworks are detected more reliably.', NULL, NULL),
 ('2024-03-04 06:58:01', 'CoreHome', '5.0.3', 'Security fixes', 'This release fixes several security issues. Updating is recommended.', 'Changelog', 'https://matomo.org/changelog/matomo-5-0-3/'),
 ('2024-03-11 06:58:01', 'HeatmapSessionRecording', '5.0.7', 'Heatmaps for pages behind a login', 'Heatmap screenshots can now be taken from pages that need a login.', 'Learn more', 'https://matomo.org/docs/heatmaps/'),
 ('2024-03-25 06:58:01', 'FormAnalytics', '5.0.4', 'Export of form field reports', 'Form field reports can now be exported as CSV and used in scheduled reports.', NULL, NULL),
 ('2024-03-25 06:58:01', 'CustomDimensions', '5.0.3', 'Custom dimensions in the visits log', 'Visit-scoped custom dimensions are shown in the visitor profile and the visits log.', NULL, NULL),
 ('2024-03-29 06:58:01', 'TagManager', '5.0.3', 'Preview mode for mobile', 'The Tag Manager debug mode now works on mobile devices through a preview link.', 'Read more', 'https://matomo.org/faq/tag-manager/preview/');

-- ---------------------------------------------------------------------------
-- Tracking plan (pgen): the sites' pages, March 2024's visits and their
-- actions, from which the log tables below are filled.

CREATE FUNCTION pgen.slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT trim(both '-' FROM regexp_replace(lower(translate(replace(replace(replace(replace(replace(replace(s, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'oe'), 'Ø', 'oe'), 'å', 'aa'), 'Å', 'aa'),
    'áàâäãéèêëíìîïóòôöõúùûüýçñłńśźżąęćðþ', 'aaaaaeeeeiiiiooooouuuuycnlnszzaecdt')), '[^a-z0-9]+', '-', 'g'))
$$;
CREATE FUNCTION pgen.urlenc(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(replace(replace(s, '%', '%25'), '@', '%40'), ' ', '+'), '/', '%2F') $$;

-- GeoIP cities outside the papers' area.
CREATE TABLE pgen.geo (city text PRIMARY KEY, geo text, cc text, region text, lat numeric, lon numeric, net text);
INSERT INTO pgen.geo VALUES
 ('Hamburg', 'Hamburg', 'de', 'HH', 53.5511, 9.9937, '91.64.'), ('Flensburg', 'Flensburg', 'de', 'SH', 54.7833, 9.4333, '94.134.'),
 ('Kiel', 'Kiel', 'de', 'SH', 54.3213, 10.1349, '91.64.'), ('Hannover', 'Hanover', 'de', 'NI', 52.3744, 9.7386, '84.142.'),
 ('Dortmund', 'Dortmund', 'de', 'NW', 51.5149, 7.4660, '95.90.'), ('Göteborg', 'Gothenburg', 'se', 'O', 57.7072, 11.9668, '78.70.'),
 ('Malmö', 'Malmo', 'se', 'M', 55.6059, 13.0007, '81.227.'), ('Stockholm', 'Stockholm', 'se', 'AB', 59.3294, 18.0687, '78.70.'),
 ('Halmstad', 'Halmstad', 'se', 'N', 56.6745, 12.8578, '90.229.'), ('Tórshavn', 'Torshavn', 'fo', 'ST', 62.0107, -6.7741, '194.177.'),
 ('Klaksvík', 'Klaksvik', 'fo', 'NO', 62.2266, -6.5890, '194.177.'), ('Runavík', 'Runavik', 'fo', 'EY', 62.1085, -6.7218, '88.85.'),
 ('Gdańsk', 'Gdansk', 'pl', '22', 54.3520, 18.6466, '83.20.'), ('Poznań', 'Poznan', 'pl', '30', 52.4064, 16.9252, '83.20.'),
 ('Kyiv', 'Kyiv', 'ua', '30', 50.4504, 30.5245, '46.211.'), ('Lviv', 'Lviv', 'ua', '46', 49.8383, 24.0232, '46.211.');

CREATE TABLE pgen.paper (idsite int PRIMARY KEY, host text, name text, kommune text, towns int[], clubs text[]);
INSERT INTO pgen.paper VALUES
 (1, 'sallingposten.dk', 'Sallingposten', 'Skive Kommune', ARRAY[0, 0, 3, 5, 8], ARRAY['Skive IK', 'Skive fH', 'Roslev IK']),
 (2, 'thytidende.dk', 'Thy Tidende', 'Thisted Kommune', ARRAY[1, 1, 4, 6, 9], ARRAY['Thisted FC', 'Thy Håndbold', 'Hanstholm IF']),
 (3, 'morsavis.dk', 'Mors Avis', 'Morsø Kommune', ARRAY[2, 2, 7], ARRAY['Nykøbing Mors IF', 'Morsø Gymnastikforening']);

-- Pages: fronts, sections, articles (their titles name the people in the
-- news: birthdays, obituaries, letters), forms; the shop's and events site's.
CREATE TABLE pgen.page (pid serial PRIMARY KEY, idsite int, kind text, url text, title text);
INSERT INTO pgen.page (idsite, kind, url, title)
SELECT p.idsite, v.kind, p.host || v.path, replace(v.title, '{P}', p.name)
FROM pgen.paper p CROSS JOIN (VALUES
  ('front', '/', '{P} - nyheder, sport og debat'), ('section', '/lokalt', 'Lokalt | {P}'), ('section', '/112', '112 | {P}'), ('section', '/sport', 'Sport | {P}'),
  ('section', '/navne', 'Navne | {P}'), ('section', '/debat', 'Debat | {P}'), ('newsletter', '/nyhedsbrev/tilmeld', 'Tilmeld dig nyhedsbrevet | {P}'),
  ('newsletter_done', '/nyhedsbrev/tak', 'Tak for din tilmelding | {P}'), ('letter', '/debat/skriv-et-laeserbrev', 'Skriv et læserbrev | {P}'),
  ('letter_done', '/debat/tak', 'Tak for dit læserbrev | {P}'), ('search', '/soeg', 'Søg | {P}'), ('login', '/log-ind', 'Log ind | {P}')) v(kind, path, title)
ORDER BY p.idsite, v.path;
CREATE TABLE pgen.tpl (t int PRIMARY KEY, section text, title text);
INSERT INTO pgen.tpl VALUES
 (0, '112', 'Brand i lejlighed på {S} i {T}'), (1, '112', 'Trafikulykke ved {T}: to kørt på sygehuset'), (2, '112', 'Indbrud i flere villaer i {T} i weekenden'),
 (3, 'lokalt', 'Vejarbejde lukker {S} i {T} i tre uger'), (4, 'lokalt', 'Nyt supermarked åbner i {T} til sommer'), (5, 'lokalt', 'Ukrainske familier har fundet et hjem i {T}'),
 (6, 'lokalt', 'Syrisk købmand åbner i {T}: - Vi er blevet så godt modtaget'), (7, 'politik', '{K} vil lukke skolen i {T}'), (8, 'politik', 'Budget: {K} skærer i ældreplejen'),
 (9, 'sport', '{C} vandt derbyet med 3-1'), (10, 'sport', '{C} jagter ny træner'), (11, 'erhverv', 'Virksomhed i {T} skal ansætte 40 medarbejdere'),
 (12, 'kultur', 'Udsolgt koncert i {T} lørdag aften'), (13, 'navne', 'Runde dage: {N}, {T}, fylder {A}'), (14, 'navne', 'Mindeord: {N}'),
 (15, 'navne', 'Dødsfald: {N}, {T}, er død, {A} år'), (16, 'debat', 'Læserbrev: Bevar skolen i {T}'), (17, 'debat', 'Læserbrev: Cykelstien på {S} er livsfarlig'),
 (18, 'navne', 'Guldbryllup: {N} og hustru, {T}'), (19, 'lokalt', 'Somalisk kvindeforening i {T} fejrer 10 år'), (20, 'navne', '{N} fra {T} er ny formand for {C}'),
 (21, 'lokalt', 'Færøsk aften i forsamlingshuset i {T}');
INSERT INTO pgen.page (idsite, kind, url, title)
SELECT x.idsite, 'article', p.host || '/' || x.section || '/' || pgen.slug(x.title) || '/art' || (4810000 + x.idsite * 20000 + j * 137)::text, x.title
FROM generate_series(1, 3) s
JOIN pgen.paper p ON p.idsite = s
CROSS JOIN generate_series(1, 70) j
CROSS JOIN LATERAL (
  SELECT s AS idsite, tp.section,
         replace(replace(replace(replace(replace(replace(tp.title, '{T}', tw.name), '{S}', tw.streets[1 + fixture_gen.n('arts', s * 100 + j, cardinality(tw.streets))]), '{K}', p.kommune),
           '{C}', p.clubs[1 + fixture_gen.n('artc', s * 100 + j, cardinality(p.clubs))]), '{N}', r.full_name),
           '{A}', CASE WHEN tp.t = 13 THEN (ARRAY['50', '60', '70', '75', '80', '85', '90', '100'])[1 + fixture_gen.n('arta', s * 100 + j, 8)] ELSE (58 + fixture_gen.n('arta', s * 100 + j, 40))::text END) AS title
  FROM pgen.tpl tp, pgen.town tw, pgen.r r
  WHERE tp.t = fixture_gen.n('artt', s * 100 + j, 22) AND tw.k = p.towns[1 + fixture_gen.n('artw', s * 100 + j, cardinality(p.towns))] AND r.i = 301 + fixture_gen.n('artn', s * 100 + j, 420)) x
ORDER BY s, j;
INSERT INTO pgen.page (idsite, kind, url, title) VALUES
 (4, 'front', 'abonnement.limfjordmedier.dk/', 'Abonnement | Limfjord Medier'),
 (4, 'product', 'abonnement.limfjordmedier.dk/digital', 'Digitalt abonnement | Limfjord Medier'),
 (4, 'product', 'abonnement.limfjordmedier.dk/digital-og-print', 'Digital + papiravis | Limfjord Medier'),
 (4, 'product', 'abonnement.limfjordmedier.dk/weekend', 'Weekendavis + digital | Limfjord Medier'),
 (4, 'product', 'abonnement.limfjordmedier.dk/studerende', 'Studierabat | Limfjord Medier'),
 (4, 'product', 'abonnement.limfjordmedier.dk/e-avis', 'E-avis | Limfjord Medier'),
 (4, 'product', 'abonnement.limfjordmedier.dk/intro-1-kr', 'Prøv 1 måned for 1 kr. | Limfjord Medier'),
 (4, 'login', 'abonnement.limfjordmedier.dk/log-ind', 'Log ind | Limfjord Medier'),
 (4, 'cart', 'abonnement.limfjordmedier.dk/kurv', 'Din kurv | Limfjord Medier'),
 (4, 'checkout', 'abonnement.limfjordmedier.dk/checkout', 'Dine oplysninger | Limfjord Medier'),
 (4, 'pay', 'abonnement.limfjordmedier.dk/checkout/betaling', 'Betaling | Limfjord Medier'),
 (4, 'account', 'abonnement.limfjordmedier.dk/min-konto', 'Min konto | Limfjord Medier'),
 (4, 'account', 'abonnement.limfjordmedier.dk/min-konto/opsig', 'Opsig abonnement | Limfjord Medier'),
 (4, 'account', 'abonnement.limfjordmedier.dk/glemt-adgangskode', 'Glemt adgangskode | Limfjord Medier'),
 (5, 'front', 'oplevelser.limfjordmedier.dk/', 'Læserarrangementer | Limfjord Medier'),
 (5, 'product', 'oplevelser.limfjordmedier.dk/arrangementer/oesterssafari-paa-limfjorden', 'Østerssafari på Limfjorden | Oplevelser'),
 (5, 'product', 'oplevelser.limfjordmedier.dk/arrangementer/koncert-thisted-musikteater', 'Koncert i Thisted Musikteater | Oplevelser'),
 (5, 'product', 'oplevelser.limfjordmedier.dk/arrangementer/foredrag-limfjordens-oesters', 'Foredrag: Limfjordens østers | Oplevelser'),
 (5, 'product', 'oplevelser.limfjordmedier.dk/arrangementer/vinsmagning-skive', 'Vinsmagning for abonnenter | Oplevelser'),
 (5, 'product', 'oplevelser.limfjordmedier.dk/arrangementer/bag-om-avisen-mors-avis', 'Bag om avisen: besøg Mors Avis | Oplevelser'),
 (5, 'cart', 'oplevelser.limfjordmedier.dk/kurv', 'Kurv | Oplevelser'),
 (5, 'checkout', 'oplevelser.limfjordmedier.dk/checkout', 'Køb billetter | Oplevelser'),
 (5, 'search', 'oplevelser.limfjordmedier.dk/soeg', 'Søg | Oplevelser');
-- Products of the shop and the events site, by product page.
CREATE TABLE pgen.prod (url text PRIMARY KEY, sku text, name text, cat text, price numeric);
INSERT INTO pgen.prod VALUES
 ('abonnement.limfjordmedier.dk/digital', 'DIG-M', 'Digital - månedlig', 'Digital', 149),
 ('abonnement.limfjordmedier.dk/digital-og-print', 'DIGPRINT-M', 'Digital + papiravis - månedlig', 'Papir', 429),
 ('abonnement.limfjordmedier.dk/weekend', 'WEEKEND-M', 'Weekendavis + digital - månedlig', 'Papir', 249),
 ('abonnement.limfjordmedier.dk/studerende', 'STUD-M', 'Studerende - digital', 'Digital', 49),
 ('abonnement.limfjordmedier.dk/e-avis', 'EAVIS-M', 'E-avis - månedlig', 'Digital', 119),
 ('abonnement.limfjordmedier.dk/intro-1-kr', 'INTRO-1KR', 'Introtilbud - 1 måned for 1 kr.', 'Digital', 1),
 ('oplevelser.limfjordmedier.dk/arrangementer/oesterssafari-paa-limfjorden', 'EVT-2404-OESTERS', 'Østerssafari på Limfjorden 13. april', 'Arrangement', 395),
 ('oplevelser.limfjordmedier.dk/arrangementer/koncert-thisted-musikteater', 'EVT-2404-KONCERT', 'Koncert i Thisted Musikteater 20. april', 'Arrangement', 325),
 ('oplevelser.limfjordmedier.dk/arrangementer/foredrag-limfjordens-oesters', 'EVT-2404-FOREDRAG', 'Foredrag: Limfjordens østers 9. april', 'Arrangement', 175),
 ('oplevelser.limfjordmedier.dk/arrangementer/vinsmagning-skive', 'EVT-2405-VIN', 'Vinsmagning for abonnenter 3. maj', 'Arrangement', 250),
 ('oplevelser.limfjordmedier.dk/arrangementer/bag-om-avisen-mors-avis', 'EVT-2404-REDAKTION', 'Bag om avisen: Mors Avis 17. april', 'Arrangement', 50);

-- Devices (Matomo's DeviceDetector codes) and referrers.
CREATE TABLE pgen.dev (d int PRIMARY KEY, type smallint, brand text, model text, os text, osv text, browser text, engine text, bver text, res text);
INSERT INTO pgen.dev VALUES
 (0, 0, '', '', 'WIN', '10', 'CH', 'Blink', '122.0', '1920x1080'), (1, 0, '', '', 'WIN', '11', 'PS', 'Blink', '122.0', '1536x864'),
 (2, 0, 'AP', '', 'MAC', '10.15', 'SF', 'WebKit', '17.3', '1440x900'), (3, 1, 'AP', 'iPhone', 'IOS', '17.3', 'SF', 'WebKit', '17.3', '390x844'),
 (4, 1, 'AP', 'iPhone', 'IOS', '17.4', 'CI', 'WebKit', '122.0', '393x852'), (5, 1, 'SA', 'Galaxy S23', 'AND', '14', 'SB', 'Blink', '23.0', '360x780'),
 (6, 1, 'SA', 'Galaxy A54 5G', 'AND', '14', 'CM', 'Blink', '122.0', '384x854'), (7, 2, 'AP', 'iPad', 'IOS', '17.3', 'SF', 'WebKit', '17.3', '820x1180'),
 (8, 0, '', '', 'LIN', '', 'FF', 'Gecko', '123.0', '1920x1200'), (9, 1, 'XI', 'Redmi Note 12', 'AND', '13', 'CM', 'Blink', '121.0', '393x873'),
 (10, 0, '', '', 'WIN', '10', 'FF', 'Gecko', '123.0', '1366x768'), (11, 1, 'MR', 'moto g54 5G', 'AND', '14', 'CM', 'Blink', '122.0', '412x915'),
 (12, 1, 'AP', 'iPhone', 'IOS', '16.7', 'SF', 'WebKit', '16.6', '375x667'), (13, 2, 'SA', 'Galaxy Tab A8', 'AND', '13', 'CM', 'Blink', '122.0', '800x1340');

-- Visits: 1-3 the papers, 4 the shop, 5 the events site.
CREATE TABLE pgen.v (k int PRIMARY KEY, idsite int, r int, anon int, t0 timestamp, nact int, dev int, ref int, conv text, kw text,
  city text, geo text, cc text, region text, lat numeric, lon numeric, ip bytea, blang text, uid text, idvisitor bytea, vcount int, vfirst int, vlast int);
INSERT INTO pgen.v (k, idsite, t0, dev, anon)
SELECT k, (ARRAY[1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5])[1 + fixture_gen.n('vs', k, 20)],
       pgen.at('vt', k, '2024-03-01 05:00', '2024-03-31 20:30'),
       (ARRAY[0, 0, 1, 2, 3, 3, 3, 4, 5, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 3])[1 + fixture_gen.n('vd', k, 20)], fixture_gen.n('van', k, 280)
FROM generate_series(1, 560) k;
UPDATE pgen.v SET r = CASE WHEN fixture_gen.n('vli', k, 100) < CASE idsite WHEN 4 THEN 72 WHEN 5 THEN 60 ELSE 36 END THEN 1 + fixture_gen.n('vr', k, 300) END,
  ref = CASE WHEN idsite <= 3 THEN (ARRAY[0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 6])[1 + fixture_gen.n('vrf', k, 23)]
             WHEN idsite = 4 THEN (ARRAY[0, 0, 0, 7, 7, 7, 7, 6, 6, 1, 1])[1 + fixture_gen.n('vrf', k, 11)]
             ELSE (ARRAY[0, 0, 0, 7, 7, 7, 7, 7, 3, 3])[1 + fixture_gen.n('vrf', k, 10)] END,
  conv = CASE WHEN idsite = 4 AND fixture_gen.n('vc', k, 100) < 38 THEN 'order' WHEN idsite = 4 AND fixture_gen.n('vc', k, 100) < 52 THEN 'cart'
              WHEN idsite = 5 AND fixture_gen.n('vc', k, 100) < 42 THEN 'order'
              WHEN idsite <= 3 AND fixture_gen.n('vc', k, 100) < 7 THEN 'newsletter' WHEN idsite <= 3 AND fixture_gen.n('vc', k, 100) < 10 THEN 'letter'
              WHEN idsite <= 3 AND fixture_gen.n('vc', k, 100) < 18 THEN 'paywall' END;
-- Buyers and letter writers are signed in.
UPDATE pgen.v SET r = 1 + fixture_gen.n('vr2', k, 300) WHERE r IS NULL AND conv IN ('order', 'letter');
UPDATE pgen.v SET nact = CASE WHEN conv = 'order' AND idsite = 4 THEN 6 WHEN conv = 'order' THEN 5 WHEN conv = 'cart' THEN 4
                              WHEN conv IN ('newsletter', 'letter') THEN 3 + fixture_gen.n('vn', k, 3)
                              ELSE 1 + fixture_gen.n('vn', k, 4) + CASE WHEN fixture_gen.n('vn2', k, 4) = 0 THEN 3 ELSE 0 END END;
-- Location from GeoIP: a signed-in reader's town, else a town of the paper's area or abroad.
UPDATE pgen.v v SET city = t.name, geo = t.geo, cc = 'dk', region = t.region, lat = t.lat, lon = t.lon
FROM pgen.r r JOIN pgen.town t ON t.k = r.tk WHERE r.i = v.r AND NOT r.abroad;
UPDATE pgen.v v SET city = g.city, geo = g.geo, cc = g.cc, region = g.region, lat = g.lat, lon = g.lon
FROM pgen.r r JOIN pgen.geo g ON g.city = r.city WHERE r.i = v.r AND r.abroad;
UPDATE pgen.v v SET city = g.city, geo = g.geo, cc = g.cc, region = g.region, lat = g.lat, lon = g.lon
FROM pgen.geo g WHERE v.city IS NULL AND fixture_gen.n('vab', v.k, 100) < 9 AND g.city = fixture_gen.pick(ARRAY['Hamburg', 'Flensburg', 'Kiel', 'Göteborg', 'Malmö', 'Tórshavn', 'Gdańsk', 'Poznań', 'Kyiv', 'Lviv', 'Dortmund', 'Stockholm'], 'vabc', v.k);
UPDATE pgen.v v SET city = t.name, geo = t.geo, cc = 'dk', region = t.region, lat = t.lat, lon = t.lon
FROM pgen.town t WHERE v.city IS NULL AND t.k = CASE WHEN v.idsite <= 3 THEN (SELECT p.towns[1 + fixture_gen.n('vtw', v.k, cardinality(p.towns))] FROM pgen.paper p WHERE p.idsite = v.idsite)
                                                     ELSE fixture_gen.n('vtw', v.k, 12) END;
UPDATE pgen.v v SET ip = pgen.ip4(CASE WHEN v.cc = 'dk' THEN fixture_gen.pick(ARRAY['87.49.', '80.62.', '2.104.', '5.186.', '188.176.', '93.176.', '212.10.', '94.18.', '185.107.', '176.20.'], 'vip', coalesce(v.r, 1000 + v.anon))
                                     ELSE (SELECT g.net FROM pgen.geo g WHERE g.city = v.city) END
                                || fixture_gen.n('vip3', coalesce(v.r, 1000 + v.anon), 256)::text || '.' || fixture_gen.n('vip4', v.k, 256)::text || '.1')
WHERE fixture_gen.n('vip6', v.k, 10) <> 0;
UPDATE pgen.v v SET ip = pgen.ip6('vip6', coalesce(v.r, 1000 + v.anon)) WHERE ip IS NULL;
UPDATE pgen.v v SET blang = CASE coalesce(r.c, CASE v.cc WHEN 'dk' THEN 'da' WHEN 'se' THEN 'sv' ELSE v.cc END)
    WHEN 'da' THEN fixture_gen.pick(ARRAY['da-dk,da;q=0.9,en-us;q=0.8,en;q=0.7', 'da', 'da-dk', 'da,en-gb;q=0.9,en;q=0.8'], 'vbl', v.k)
    WHEN 'de' THEN 'de-de,de;q=0.9,en;q=0.8' WHEN 'sv' THEN 'sv-se,sv;q=0.9,en;q=0.8' WHEN 'pl' THEN 'pl-pl,pl;q=0.9,da;q=0.7,en;q=0.6'
    WHEN 'sy' THEN 'ar,da;q=0.8,en;q=0.6' WHEN 'so' THEN fixture_gen.pick(ARRAY['so,da;q=0.8,en;q=0.6', 'da-dk,da;q=0.9'], 'vbl', v.k)
    WHEN 'ua' THEN 'uk-ua,uk;q=0.9,ru;q=0.8,da;q=0.6,en;q=0.5' WHEN 'fo' THEN 'fo-fo,fo;q=0.9,da;q=0.8' ELSE 'en-us,en;q=0.9' END
FROM pgen.v v2 LEFT JOIN pgen.r r ON r.i = v2.r WHERE v2.k = v.k;
-- The papers set the user id to the subscriber number (a free account's
-- email if none); the shop and events site set it to the email address.
UPDATE pgen.v v SET uid = CASE WHEN v.idsite <= 3 THEN coalesce(r.subno, r.email) ELSE r.email END FROM pgen.r r WHERE r.i = v.r;
UPDATE pgen.v v SET idvisitor = CASE WHEN v.uid IS NOT NULL THEN decode(substr(encode(sha256(convert_to(v.uid, 'UTF8')), 'hex'), 1, 16), 'hex') ELSE pgen.hexb('vid', v.anon, 8) END;
UPDATE pgen.v v SET vcount = x.rn + fixture_gen.n('vcnt', v.k, 30) * (CASE WHEN v.r IS NOT NULL THEN 1 ELSE 0 END), vfirst = fixture_gen.n('vsf', v.k, 60000000), vlast = 3600 + fixture_gen.n('vsl', v.k, 900000)
FROM (SELECT k, row_number() OVER (PARTITION BY idvisitor, idsite ORDER BY t0, k) AS rn FROM pgen.v) x WHERE x.k = v.k;
UPDATE pgen.v SET vfirst = 0, vlast = 0 WHERE vcount = 1;
-- Search terms of search engines that still pass them, and campaign keywords
-- (one paper's newsletter template puts the subscriber's address in mtm_kwd).
UPDATE pgen.v v SET kw = CASE WHEN v.ref = 5 THEN fixture_gen.pick(ARRAY['sallingposten', 'thy tidende e-avis', 'dødsfald mors', 'vejarbejde thisted', 'ulykke rute 26 skive i dag',
      'mindeord ' || lower((SELECT r.full_name FROM pgen.r r WHERE r.i = 301 + fixture_gen.n('vkwn', v.k, 420))), 'runde dage ' || lower((SELECT r.full_name FROM pgen.r r WHERE r.i = 301 + fixture_gen.n('vkwm', v.k, 420))),
      'hanstholm stormflod', 'skive ik resultat', 'læserbrev egeris skole'], 'vkw', v.k)
    WHEN v.ref = 3 AND v.idsite = 2 THEN (SELECT r.email FROM pgen.r r WHERE r.i = 1 + fixture_gen.n('vkwe', v.k, 720))
    WHEN v.ref = 3 AND v.idsite = 5 THEN 'abonnenter' WHEN v.ref = 3 THEN 'morgen' WHEN v.ref = 6 THEN 'abo-marts' END;
UPDATE pgen.v SET nact = greatest(nact, 3) WHERE conv = 'paywall';

-- Actions of each visit: pageviews, site searches, events, product views
-- and the funnels of the visits that convert.
CREATE TABLE pgen.lv (k int, pos int, kind text, url text, title text, kw text, scount int, ecat text, eact text, ename text, evalue numeric,
  sku text, pname text, pcat text, price numeric, spent int, t timestamp, pvid text, PRIMARY KEY (k, pos));
CREATE FUNCTION pgen.pg(site int, kinds text[], tag text, i bigint) RETURNS int
LANGUAGE sql STABLE AS $$
  SELECT pid FROM pgen.page WHERE idsite = site AND kind = ANY (kinds) ORDER BY pid
  OFFSET fixture_gen.n(tag, i, greatest(1, (SELECT count(*)::int FROM pgen.page WHERE idsite = site AND kind = ANY (kinds)))) LIMIT 1
$$;
INSERT INTO pgen.lv (k, pos, kind, url, title)
SELECT v.k, pos, x.kind, p.url, p.title
FROM pgen.v v CROSS JOIN LATERAL generate_series(1, v.nact) pos
CROSS JOIN LATERAL (SELECT CASE
    WHEN v.idsite <= 3 AND v.conv = 'newsletter' AND pos = v.nact THEN 'newsletter_done'
    WHEN v.idsite <= 3 AND v.conv = 'newsletter' AND pos = v.nact - 1 THEN 'newsletter'
    WHEN v.idsite <= 3 AND v.conv = 'letter' AND pos = v.nact THEN 'letter_done'
    WHEN v.idsite <= 3 AND v.conv = 'letter' AND pos = v.nact - 1 THEN 'letter'
    WHEN v.idsite <= 3 AND v.conv = 'paywall' AND pos = v.nact THEN 'ev_buy'
    WHEN v.idsite <= 3 AND v.conv = 'paywall' AND pos = v.nact - 1 THEN 'ev_wall'
    WHEN v.idsite <= 3 AND pos = 1 THEN CASE WHEN v.ref = 0 AND fixture_gen.n('lvf', v.k, 2) = 0 THEN 'front' ELSE 'article' END
    WHEN v.idsite <= 3 THEN CASE WHEN fixture_gen.n('lvk', v.k * 20 + pos, 100) < 9 THEN 'search' WHEN fixture_gen.n('lvk', v.k * 20 + pos, 100) < 20 THEN 'ev_read'
                                 WHEN fixture_gen.n('lvk', v.k * 20 + pos, 100) < 23 THEN 'ev_video' WHEN fixture_gen.n('lvk', v.k * 20 + pos, 100) < 31 THEN 'section' ELSE 'article' END
    WHEN v.idsite = 4 AND v.conv = 'order' THEN (ARRAY['product', 'login', 'cart', 'checkout', 'pay', 'receipt'])[pos]
    WHEN v.idsite = 4 AND v.conv = 'cart' THEN (ARRAY['product', 'product', 'cart', 'checkout'])[pos]
    WHEN v.idsite = 4 THEN CASE WHEN pos = 1 AND fixture_gen.n('lvf', v.k, 3) = 0 THEN 'front' WHEN fixture_gen.n('lvk', v.k * 20 + pos, 4) = 0 THEN 'account' ELSE 'product' END
    WHEN v.conv = 'order' THEN (ARRAY['front', 'product', 'cart', 'checkout', 'receipt'])[pos]
    ELSE CASE WHEN pos = 1 THEN 'front' WHEN fixture_gen.n('lvk', v.k * 20 + pos, 5) = 0 THEN 'search' ELSE 'product' END END AS kind) x
LEFT JOIN pgen.page p ON p.pid = pgen.pg(v.idsite, ARRAY[CASE WHEN x.kind IN ('ev_read', 'ev_video', 'ev_wall', 'ev_buy') THEN 'article' WHEN x.kind = 'receipt' THEN 'none' ELSE x.kind END],
                                       'lvp' || CASE WHEN x.kind = 'product' AND v.conv IN ('order', 'cart') THEN '' ELSE pos::text END, v.k)
ORDER BY v.k, pos;
-- The buyer's product page is the one bought; funnel pages of the same visit.
UPDATE pgen.lv l SET sku = pr.sku, pname = pr.name, pcat = pr.cat, price = pr.price FROM pgen.prod pr WHERE pr.url = l.url AND l.kind = 'product';
UPDATE pgen.lv l SET url = CASE v.idsite WHEN 4 THEN 'abonnement.limfjordmedier.dk/kvittering?ordre=LM' || (240300000 + v.k) ELSE 'oplevelser.limfjordmedier.dk/kvittering?ordre=LMO-' || (24000 + v.k) END
    || '&email=' || pgen.urlenc(r.email), title = CASE v.idsite WHEN 4 THEN 'Tak for din bestilling | Limfjord Medier' ELSE 'Tak for dit køb | Oplevelser' END
FROM pgen.v v JOIN pgen.r r ON r.i = v.r WHERE v.k = l.k AND l.kind = 'receipt';
-- Site searches: what readers type, names and addresses included.
UPDATE pgen.lv l SET kind = 'search', url = p.url, title = NULL, scount = fixture_gen.n('lvsc', l.k * 20 + l.pos, 40),
  kw = CASE fixture_gen.n('lvkw', l.k * 20 + l.pos, 16)
    WHEN 0 THEN (SELECT lower(r.full_name) FROM pgen.r r WHERE r.i = 301 + fixture_gen.n('lvkn', l.k * 20 + l.pos, 420))
    WHEN 1 THEN 'mindeord ' || (SELECT r.full_name FROM pgen.r r WHERE r.i = 301 + fixture_gen.n('lvkn', l.k * 20 + l.pos, 420))
    WHEN 2 THEN (SELECT r.email FROM pgen.r r WHERE r.i = 1 + fixture_gen.n('lvke', l.k * 20 + l.pos, 300))
    WHEN 3 THEN (SELECT r.first || ' ' || r.last || ' ' || lower(r.city) FROM pgen.r r WHERE r.i = 1 + fixture_gen.n('lvkn2', l.k * 20 + l.pos, 720))
    ELSE fixture_gen.pick(ARRAY['genbrugsplads åbningstider', 'dødsfald', 'runde dage', 'vejarbejde', 'e-avis', 'opsig abonnement', 'læserbrev', 'skolelukning',
      'håndbold', 'stormflod', 'новини тю', 'ukrainsk', 'sprogskole', 'koncert', 'østers', 'trafikulykke'], 'lvkw2', l.k * 20 + l.pos) END
FROM pgen.v v JOIN pgen.page p ON p.kind = 'search' WHERE v.k = l.k AND p.idsite = v.idsite AND l.kind = 'search';
UPDATE pgen.lv l SET ecat = e.c, eact = e.a, ename = coalesce(e.n, substring(l.url from 'art[0-9]+$')), evalue = e.val, title = NULL
FROM (VALUES ('ev_read', 'Artikel', 'Læst 75%', NULL, NULL), ('ev_video', 'Video', 'Afspil', 'Stormflod i Hanstholm - se billederne', 42),
             ('ev_wall', 'Betalingsmur', 'Vist', 'Spærret artikel', NULL), ('ev_buy', 'Betalingsmur', 'Klik på køb', 'Intro 1 kr.', NULL)) e(kind, c, a, n, val)
WHERE e.kind = l.kind;
UPDATE pgen.lv l SET spent = 4 + fixture_gen.n('lvs', l.k * 20 + l.pos, CASE WHEN l.kind = 'article' THEN 300 ELSE 90 END),
  pvid = fixture_gen.chars('lvpv', l.k * 20 + l.pos, 6);
UPDATE pgen.lv l SET t = v.t0 + make_interval(secs => coalesce(x.before, 0))
FROM pgen.v v, (SELECT k, pos, sum(spent) OVER (PARTITION BY k ORDER BY pos ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before FROM pgen.lv) x
WHERE v.k = l.k AND x.k = l.k AND x.pos = l.pos;

-- ---------------------------------------------------------------------------
-- Core tracker log tables.

CREATE TABLE matomo_log_action (
    idaction serial PRIMARY KEY,
    name varchar(4096) NULL,
    hash bigint NOT NULL,
    type smallint NULL,
    url_prefix smallint NULL
);
CREATE INDEX matomo_log_action_index_type_hash ON matomo_log_action (type, hash);
CREATE TABLE pgen.la (name text, type int, prefix int, first_t timestamp, PRIMARY KEY (name, type));
INSERT INTO pgen.la
SELECT name, type, max(prefix), min(t) FROM (
  SELECT url AS name, 1 AS type, 2 AS prefix, t FROM pgen.lv WHERE url IS NOT NULL
  UNION ALL SELECT title, 4, NULL, t FROM pgen.lv WHERE title IS NOT NULL
  UNION ALL SELECT kw, 8, NULL, t FROM pgen.lv WHERE kw IS NOT NULL
  UNION ALL SELECT ecat, 10, NULL, t FROM pgen.lv WHERE ecat IS NOT NULL
  UNION ALL SELECT eact, 11, NULL, t FROM pgen.lv WHERE eact IS NOT NULL
  UNION ALL SELECT ename, 12, NULL, t FROM pgen.lv WHERE ename IS NOT NULL
  UNION ALL SELECT sku, 5, NULL, t FROM pgen.lv WHERE sku IS NOT NULL
  UNION ALL SELECT pname, 6, NULL, t FROM pgen.lv WHERE pname IS NOT NULL
  UNION ALL SELECT pcat, 7, NULL, t FROM pgen.lv WHERE pcat IS NOT NULL) a
GROUP BY name, type;
INSERT INTO matomo_log_action (name, hash, type, url_prefix)
SELECT name, pgen.crc32(name), type, prefix FROM pgen.la ORDER BY first_t, type, name;
CREATE FUNCTION pgen.aid(nm text, ty int) RETURNS int
LANGUAGE sql STABLE AS $$ SELECT idaction FROM matomo_log_action WHERE name = nm AND type = ty $$;

CREATE TABLE matomo_log_visit (
    idvisit bigserial PRIMARY KEY,
    idsite integer NOT NULL,
    idvisitor bytea NOT NULL,
    visit_last_action_time timestamp NOT NULL,
    config_id bytea NOT NULL,
    location_ip bytea NOT NULL,
    profilable smallint NULL,
    user_id varchar(200) NULL,
    visit_first_action_time timestamp NOT NULL,
    visit_goal_buyer smallint NULL,
    visit_goal_converted smallint NULL,
    visitor_returning smallint NULL,
    visitor_seconds_since_first integer NULL,
    visitor_seconds_since_order integer NULL,
    visitor_count_visits integer NOT NULL DEFAULT 0,
    visit_entry_idaction_name integer NULL,
    visit_entry_idaction_url integer NULL,
    visit_exit_idaction_name integer NULL,
    visit_exit_idaction_url integer NULL DEFAULT 0,
    visit_total_actions integer NULL,
    visit_total_interactions integer NULL DEFAULT 0,
    visit_total_searches smallint NULL,
    referer_keyword varchar(255) NULL,
    referer_name varchar(255) NULL,
    referer_type smallint NULL,
    referer_url text NULL,
    location_browser_lang varchar(20) NULL,
    config_browser_engine varchar(10) NULL,
    config_browser_name varchar(40) NULL,
    config_browser_version varchar(20) NULL,
    config_client_type smallint NULL,
    config_device_brand varchar(100) NULL,
    config_device_model varchar(100) NULL,
    config_device_type smallint NULL,
    config_os char(3) NULL,
    config_os_version varchar(100) NULL,
    visit_total_events integer NULL,
    visitor_localtime time NULL,
    visitor_seconds_since_last integer NULL,
    config_resolution varchar(18) NULL,
    config_cookie smallint NULL,
    config_flash smallint NULL,
    config_java smallint NULL,
    config_pdf smallint NULL,
    config_quicktime smallint NULL,
    config_realplayer smallint NULL,
    config_silverlight smallint NULL,
    config_windowsmedia smallint NULL,
    visit_total_time integer NOT NULL,
    location_city varchar(255) NULL,
    location_country char(3) NULL,
    location_latitude numeric(9,6) NULL,
    location_longitude numeric(9,6) NULL,
    location_region char(3) NULL,
    last_idlink_va bigint NULL,
    custom_dimension_1 varchar(255) NULL,
    custom_dimension_2 varchar(255) NULL,
    custom_dimension_3 varchar(255) NULL,
    custom_dimension_4 varchar(255) NULL,
    custom_dimension_5 varchar(255) NULL,
    campaign_content varchar(255) NULL,
    campaign_group varchar(255) NULL,
    campaign_id varchar(100) NULL,
    campaign_keyword varchar(255) NULL,
    campaign_medium varchar(255) NULL,
    campaign_name varchar(255) NULL,
    campaign_placement varchar(100) NULL,
    campaign_source varchar(255) NULL
);
CREATE INDEX matomo_log_visit_index_idsite_config_datetime ON matomo_log_visit (idsite, config_id, visit_last_action_time);
CREATE INDEX matomo_log_visit_index_idsite_datetime ON matomo_log_visit (idsite, visit_last_action_time);
CREATE INDEX matomo_log_visit_index_idsite_idvisitor_time ON matomo_log_visit (idsite, idvisitor, visit_last_action_time);

CREATE TABLE matomo_log_link_visit_action (
    idlink_va bigserial PRIMARY KEY,
    idsite integer NOT NULL,
    idvisitor bytea NOT NULL,
    idvisit bigint NOT NULL,
    idaction_url_ref integer NULL DEFAULT 0,
    idaction_name_ref integer NULL,
    custom_float double precision NULL,
    pageview_position integer NULL,
    server_time timestamp NOT NULL,
    idpageview char(6) NULL,
    idaction_name integer NULL,
    idaction_url integer NULL,
    search_cat varchar(200) NULL,
    search_count integer NULL,
    time_spent_ref_action integer NULL,
    idaction_product_cat integer NULL,
    idaction_product_cat2 integer NULL,
    idaction_product_cat3 integer NULL,
    idaction_product_cat4 integer NULL,
    idaction_product_cat5 integer NULL,
    idaction_product_name integer NULL,
    product_price double precision NULL,
    idaction_product_sku integer NULL,
    idaction_event_action integer NULL,
    idaction_event_category integer NULL,
    idaction_content_interaction integer NULL,
    idaction_content_name integer NULL,
    idaction_content_piece integer NULL,
    idaction_content_target integer NULL,
    time_dom_completion integer NULL,
    time_dom_processing integer NULL,
    time_network integer NULL,
    time_on_load integer NULL,
    time_server integer NULL,
    time_transfer integer NULL,
    time_spent integer NULL,
    custom_dimension_1 varchar(255) NULL,
    custom_dimension_2 varchar(255) NULL,
    custom_dimension_3 varchar(255) NULL,
    custom_dimension_4 varchar(255) NULL,
    custom_dimension_5 varchar(255) NULL
);
CREATE INDEX matomo_log_link_visit_action_index_idvisit ON matomo_log_link_visit_action (idvisit);
CREATE INDEX matomo_log_link_visit_action_index_idsite_servertime ON matomo_log_link_visit_action (idsite, server_time);

-- Visits get their ids in order of their first action.
CREATE TABLE pgen.vid (k int PRIMARY KEY, idvisit int);
INSERT INTO pgen.vid SELECT k, row_number() OVER (ORDER BY t0, k) FROM pgen.v;
INSERT INTO matomo_log_link_visit_action (idsite, idvisitor, idvisit, idaction_url_ref, idaction_name_ref, custom_float, pageview_position, server_time, idpageview,
  idaction_name, idaction_url, search_cat, search_count, time_spent_ref_action, idaction_product_cat, idaction_product_cat2, idaction_product_cat3, idaction_product_cat4,
  idaction_product_cat5, idaction_product_name, product_price, idaction_product_sku, idaction_event_action, idaction_event_category,
  time_dom_completion, time_dom_processing, time_network, time_on_load, time_server, time_transfer, time_spent)
SELECT v.idsite, v.idvisitor, vi.idvisit,
       coalesce(pgen.aid(lag(l.url) OVER w, 1), 0), pgen.aid(lag(coalesce(l.title, l.kw, l.ename)) OVER w, CASE WHEN lag(l.kw) OVER w IS NOT NULL THEN 8 WHEN lag(l.ename) OVER w IS NOT NULL THEN 12 ELSE 4 END),
       l.evalue, count(*) FILTER (WHERE l.title IS NOT NULL) OVER w, l.t, l.pvid,
       CASE WHEN l.kw IS NOT NULL THEN pgen.aid(l.kw, 8) WHEN l.ename IS NOT NULL THEN pgen.aid(l.ename, 12) ELSE pgen.aid(l.title, 4) END,
       pgen.aid(l.url, 1), NULL, l.scount, CASE WHEN l.pos = 1 THEN 0 ELSE lag(l.spent) OVER w END,
       pgen.aid(l.pcat, 7), NULL, NULL, NULL, NULL, pgen.aid(l.pname, 6), l.price, pgen.aid(l.sku, 5), pgen.aid(l.eact, 11), pgen.aid(l.ecat, 10),
       CASE WHEN l.title IS NOT NULL THEN 300 + fixture_gen.n('tdc', l.k * 20 + l.pos, 2400) END,
       CASE WHEN l.title IS NOT NULL THEN 80 + fixture_gen.n('tdp', l.k * 20 + l.pos, 900) END,
       CASE WHEN l.title IS NOT NULL THEN fixture_gen.n('tnw', l.k * 20 + l.pos, 120) END,
       CASE WHEN l.title IS NOT NULL THEN fixture_gen.n('tol', l.k * 20 + l.pos, 60) END,
       CASE WHEN l.title IS NOT NULL THEN 40 + fixture_gen.n('tsv', l.k * 20 + l.pos, 400) END,
       CASE WHEN l.title IS NOT NULL THEN 5 + fixture_gen.n('ttr', l.k * 20 + l.pos, 80) END,
       CASE WHEN l.pos < v.nact THEN l.spent END
FROM pgen.lv l JOIN pgen.v v ON v.k = l.k JOIN pgen.vid vi ON vi.k = l.k
WINDOW w AS (PARTITION BY l.k ORDER BY l.pos)
ORDER BY l.t, vi.idvisit, l.pos;

-- Referrers and campaigns of each visit (referrer URLs without their query,
-- PrivacyManager.anonymizeReferrer = exclude_query).
CREATE TABLE pgen.vr (k int PRIMARY KEY, rtype smallint, rname text, rurl text, c_name text, c_source text, c_medium text, c_content text, c_id text, c_group text, c_place text);
INSERT INTO pgen.vr
SELECT v.k,
  (ARRAY[1, 2, 7, 6, 3, 2, 6, 3])[v.ref + 1],
  CASE v.ref WHEN 0 THEN NULL WHEN 1 THEN 'Google' WHEN 2 THEN fixture_gen.pick(ARRAY['Facebook', 'Facebook', 'Instagram'], 'vrn', v.k)
    WHEN 3 THEN CASE WHEN v.idsite = 5 THEN 'oplevelser-marts' ELSE 'nyhedsbrev-morgen' END
    WHEN 4 THEN fixture_gen.pick(ARRAY['dr.dk', 'tvmidtvest.dk', 'skive.dk', 'thisted.dk', 'nordjyske.dk'], 'vrn', v.k)
    WHEN 5 THEN fixture_gen.pick(ARRAY['Bing', 'DuckDuckGo', 'Ecosia'], 'vrn', v.k) WHEN 6 THEN 'abo-marts-2024'
    ELSE (SELECT host FROM pgen.paper WHERE idsite = 1 + fixture_gen.n('vrp', v.k, 3)) END,
  CASE v.ref WHEN 0 THEN '' WHEN 1 THEN 'https://www.google.com/' WHEN 2 THEN fixture_gen.pick(ARRAY['https://m.facebook.com/', 'https://l.facebook.com/l.php', 'https://www.instagram.com/'], 'vrn', v.k)
    WHEN 3 THEN NULL WHEN 4 THEN fixture_gen.pick(ARRAY['https://www.dr.dk/nyheder/regionale/midtvest', 'https://www.tvmidtvest.dk/', 'https://www.skive.dk/borger/', 'https://www.thisted.dk/nyheder', 'https://nordjyske.dk/nyheder/thy'], 'vrn', v.k)
    WHEN 5 THEN fixture_gen.pick(ARRAY['https://www.bing.com/', 'https://duckduckgo.com/', 'https://www.ecosia.org/'], 'vrn', v.k) WHEN 6 THEN NULL
    ELSE 'https://' || (SELECT host FROM pgen.paper WHERE idsite = 1 + fixture_gen.n('vrp', v.k, 3)) || fixture_gen.pick(ARRAY['/', '/', '/abonnement', '/lokalt', '/112'], 'vrpp', v.k) END,
  CASE v.ref WHEN 3 THEN CASE WHEN v.idsite = 5 THEN 'oplevelser-marts' ELSE 'nyhedsbrev-morgen' END WHEN 6 THEN 'abo-marts-2024' END,
  CASE v.ref WHEN 3 THEN 'nyhedsbrev' WHEN 6 THEN fixture_gen.pick(ARRAY['facebook', 'instagram'], 'vcs', v.k) END,
  CASE v.ref WHEN 3 THEN 'email' WHEN 6 THEN 'paid-social' END,
  CASE v.ref WHEN 3 THEN 'tophistorie-' || (1 + fixture_gen.n('vcc', v.k, 3)) WHEN 6 THEN fixture_gen.pick(ARRAY['video-15s', 'karrusel', 'still-forside'], 'vcc', v.k) END,
  CASE v.ref WHEN 6 THEN '1202039488176' || (50 + fixture_gen.n('vci', v.k, 4)) END,
  CASE v.ref WHEN 6 THEN 'prospecting-' || fixture_gen.pick(ARRAY['salling', 'thy', 'mors'], 'vcg', v.k) END,
  CASE v.ref WHEN 6 THEN fixture_gen.pick(ARRAY['facebook_mobile_feed', 'instagram_stories', 'facebook_desktop_feed'], 'vcp', v.k) END
FROM pgen.v v ORDER BY v.k;

INSERT INTO matomo_log_visit (idvisit, idsite, idvisitor, visit_last_action_time, config_id, location_ip, profilable, user_id, visit_first_action_time, visit_goal_buyer,
  visit_goal_converted, visitor_returning, visitor_seconds_since_first, visitor_seconds_since_order, visitor_count_visits, visit_entry_idaction_name, visit_entry_idaction_url,
  visit_exit_idaction_name, visit_exit_idaction_url, visit_total_actions, visit_total_interactions, visit_total_searches, referer_keyword, referer_name, referer_type, referer_url,
  location_browser_lang, config_browser_engine, config_browser_name, config_browser_version, config_client_type, config_device_brand, config_device_model, config_device_type,
  config_os, config_os_version, visit_total_events, visitor_localtime, visitor_seconds_since_last, config_resolution, config_cookie, config_flash, config_java, config_pdf,
  config_quicktime, config_realplayer, config_silverlight, config_windowsmedia, visit_total_time, location_city, location_country, location_latitude, location_longitude,
  location_region, last_idlink_va, custom_dimension_1, custom_dimension_2, campaign_content, campaign_group, campaign_id, campaign_keyword, campaign_medium, campaign_name,
  campaign_placement, campaign_source)
SELECT vi.idvisit, v.idsite, v.idvisitor, a.last_t, pgen.hexb('cfg', v.k / 3 + coalesce(v.r, 5000 + v.anon), 8), v.ip, 1, v.uid, v.t0,
       CASE v.conv WHEN 'order' THEN 1 WHEN 'cart' THEN 2 ELSE 0 END, CASE WHEN v.conv IN ('order', 'newsletter', 'letter', 'paywall') THEN 1 ELSE 0 END,
       CASE WHEN v.vcount > 1 THEN 1 ELSE 0 END, v.vfirst, CASE WHEN v.idsite >= 4 AND v.vcount > 3 AND v.r IS NOT NULL THEN fixture_gen.n('vso', v.k, 5000000) END, v.vcount,
       a.entry_name, a.entry_url, a.exit_name, a.exit_url, a.n_all, a.n_inter, a.n_search, CASE WHEN vr.rtype IN (2, 6) THEN v.kw END, vr.rname, vr.rtype, vr.rurl,
       left(v.blang, 20), d.engine, d.browser, d.bver, 1, d.brand, d.model, d.type, d.os, d.osv, a.n_events,
       ((v.t0 + interval '1 hour' + CASE WHEN v.t0 >= '2024-03-31 01:00' THEN interval '1 hour' ELSE interval '0' END)::time + make_interval(secs => fixture_gen.n('vlt', v.k, 3) - 1))::time(0),
       v.vlast, d.res, 1, 0, 0, CASE WHEN d.type = 0 THEN 1 ELSE 0 END, 0, 0, 0, 0,
       extract(epoch FROM a.last_t - v.t0)::int, v.geo, v.cc, v.lat, v.lon, v.region, a.last_va,
       r.tier, r.subno, vr.c_content, vr.c_group, vr.c_id, CASE WHEN vr.rtype = 6 THEN v.kw END, vr.c_medium, vr.c_name, vr.c_place, vr.c_source
FROM pgen.v v JOIN pgen.vid vi ON vi.k = v.k JOIN pgen.vr vr ON vr.k = v.k JOIN pgen.dev d ON d.d = v.dev LEFT JOIN pgen.r r ON r.i = v.r
CROSS JOIN LATERAL (
  SELECT max(server_time) AS last_t, max(idlink_va) AS last_va, count(*) AS n_all, count(*) FILTER (WHERE idaction_event_category IS NULL) AS n_inter,
         count(*) FILTER (WHERE search_count IS NOT NULL) AS n_search, count(*) FILTER (WHERE idaction_event_category IS NOT NULL) AS n_events,
         (array_agg(idaction_name ORDER BY idlink_va) FILTER (WHERE time_network IS NOT NULL))[1] AS entry_name,
         (array_agg(idaction_url ORDER BY idlink_va) FILTER (WHERE time_network IS NOT NULL))[1] AS entry_url,
         (array_agg(idaction_name ORDER BY idlink_va DESC) FILTER (WHERE time_network IS NOT NULL))[1] AS exit_name,
         (array_agg(idaction_url ORDER BY idlink_va DESC) FILTER (WHERE time_network IS NOT NULL))[1] AS exit_url
  FROM matomo_log_link_visit_action WHERE idvisit = vi.idvisit) a
ORDER BY vi.idvisit;

CREATE TABLE matomo_log_conversion (
    idvisit bigint NOT NULL,
    idsite integer NOT NULL,
    idvisitor bytea NOT NULL,
    server_time timestamp NOT NULL,
    idaction_url integer NULL,
    idlink_va bigint NULL,
    idgoal integer NOT NULL,
    buster bigint NOT NULL,
    idorder varchar(100) NULL,
    items smallint NULL,
    url varchar(4096) NOT NULL,
    revenue double precision NULL,
    revenue_shipping double precision NULL,
    revenue_subtotal double precision NULL,
    revenue_tax double precision NULL,
    revenue_discount double precision NULL,
    visitor_returning smallint NULL,
    visitor_seconds_since_first integer NULL,
    visitor_seconds_since_order integer NULL,
    visitor_count_visits integer NOT NULL DEFAULT 0,
    referer_keyword varchar(255) NULL,
    referer_name varchar(255) NULL,
    referer_type smallint NULL,
    config_browser_name varchar(40) NULL,
    config_client_type smallint NULL,
    config_device_brand varchar(100) NULL,
    config_device_model varchar(100) NULL,
    config_device_type smallint NULL,
    location_city varchar(255) NULL,
    location_country char(3) NULL,
    location_latitude numeric(9,6) NULL,
    location_longitude numeric(9,6) NULL,
    location_region char(3) NULL,
    pageviews_before smallint NULL,
    custom_dimension_1 varchar(255) NULL,
    custom_dimension_2 varchar(255) NULL,
    custom_dimension_3 varchar(255) NULL,
    custom_dimension_4 varchar(255) NULL,
    custom_dimension_5 varchar(255) NULL,
    campaign_content varchar(255) NULL,
    campaign_group varchar(255) NULL,
    campaign_id varchar(100) NULL,
    campaign_keyword varchar(255) NULL,
    campaign_medium varchar(255) NULL,
    campaign_name varchar(255) NULL,
    campaign_placement varchar(100) NULL,
    campaign_source varchar(255) NULL,
    PRIMARY KEY (idvisit, idgoal, buster)
);
CREATE UNIQUE INDEX matomo_log_conversion_unique_idsite_idorder ON matomo_log_conversion (idsite, idorder);
CREATE INDEX matomo_log_conversion_index_idsite_datetime ON matomo_log_conversion (idsite, server_time);

-- Conversions: goal 1 newsletter, 2 paywall click, 3 letter sent on the
-- papers; ecommerce orders (0) and abandoned carts (-1) on the shop and the
-- events site, and the shop's goal 1 (introductory offer bought).
CREATE TABLE pgen.cv (k int, idgoal int, kind text, qty int, PRIMARY KEY (k, idgoal));
INSERT INTO pgen.cv SELECT k, CASE conv WHEN 'newsletter' THEN 1 WHEN 'paywall' THEN 2 WHEN 'letter' THEN 3 WHEN 'order' THEN 0 ELSE -1 END,
  CASE conv WHEN 'newsletter' THEN 'newsletter_done' WHEN 'paywall' THEN 'ev_buy' WHEN 'letter' THEN 'letter_done' WHEN 'order' THEN 'receipt' ELSE 'checkout' END,
  CASE WHEN idsite = 5 THEN 1 + fixture_gen.n('cvq', k, 4) ELSE 1 END
FROM pgen.v WHERE conv IS NOT NULL ORDER BY k;
INSERT INTO pgen.cv SELECT v.k, 1, 'receipt', 1 FROM pgen.v v WHERE v.conv = 'order' AND v.idsite = 4
  AND EXISTS (SELECT 1 FROM pgen.lv l WHERE l.k = v.k AND l.sku = 'INTRO-1KR');
INSERT INTO matomo_log_conversion
SELECT la.idvisit, v.idsite, v.idvisitor, la.server_time, la.idaction_url, la.idlink_va, c.idgoal,
       CASE WHEN c.idgoal = 0 THEN pgen.crc32(o.idorder) % 2147483647 ELSE 0 END,
       CASE WHEN c.idgoal = 0 THEN o.idorder END, CASE WHEN c.idgoal IN (0, -1) THEN 1 END, l.url,
       CASE WHEN c.idgoal IN (0, -1) THEN p.price * c.qty WHEN v.idsite <= 3 AND c.idgoal = 1 THEN 5 ELSE 0 END,
       CASE WHEN c.idgoal IN (0, -1) THEN 0 END, CASE WHEN c.idgoal IN (0, -1) THEN p.price * c.qty END,
       CASE WHEN c.idgoal IN (0, -1) THEN round(p.price * c.qty * 0.2, 2) END, CASE WHEN c.idgoal IN (0, -1) THEN CASE WHEN p.sku = 'INTRO-1KR' THEN 148 ELSE 0 END END,
       lv.visitor_returning, lv.visitor_seconds_since_first, lv.visitor_seconds_since_order, lv.visitor_count_visits,
       lv.referer_keyword, lv.referer_name, lv.referer_type, lv.config_browser_name, lv.config_client_type, lv.config_device_brand, lv.config_device_model, lv.config_device_type,
       lv.location_city, lv.location_country, lv.location_latitude, lv.location_longitude, lv.location_region, la.pageview_position - CASE WHEN la.time_network IS NULL THEN 0 ELSE 1 END,
       lv.custom_dimension_1, lv.custom_dimension_2, NULL, NULL, NULL,
       lv.campaign_content, lv.campaign_group, lv.campaign_id, lv.campaign_keyword, lv.campaign_medium, lv.campaign_name, lv.campaign_placement, lv.campaign_source
FROM pgen.cv c JOIN pgen.v v ON v.k = c.k JOIN pgen.vid vi ON vi.k = c.k JOIN matomo_log_visit lv ON lv.idvisit = vi.idvisit
JOIN LATERAL (SELECT * FROM pgen.lv l WHERE l.k = c.k AND l.kind = c.kind ORDER BY l.pos DESC LIMIT 1) l ON true
JOIN matomo_log_link_visit_action la ON la.idvisit = vi.idvisit AND la.server_time = l.t AND la.idaction_url = pgen.aid(l.url, 1)
LEFT JOIN LATERAL (SELECT pr.* FROM pgen.lv l2 JOIN pgen.prod pr ON pr.sku = l2.sku WHERE l2.k = c.k ORDER BY l2.pos LIMIT 1) p ON true
CROSS JOIN LATERAL (SELECT CASE v.idsite WHEN 4 THEN 'LM' || (240300000 + v.k) ELSE 'LMO-' || (24000 + v.k) END AS idorder) o
ORDER BY la.server_time, c.idgoal;

CREATE TABLE matomo_log_conversion_item (
    idsite integer NOT NULL,
    idvisitor bytea NOT NULL,
    server_time timestamp NOT NULL,
    idvisit bigint NOT NULL,
    idorder varchar(100) NOT NULL,
    idaction_sku integer NOT NULL,
    idaction_name integer NOT NULL,
    idaction_category integer NOT NULL,
    idaction_category2 integer NOT NULL,
    idaction_category3 integer NOT NULL,
    idaction_category4 integer NOT NULL,
    idaction_category5 integer NOT NULL,
    price numeric(10,2) NOT NULL,
    quantity integer NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (idvisit, idorder, idaction_sku)
);
CREATE INDEX matomo_log_conversion_item_index_idsite_servertime ON matomo_log_conversion_item (idsite, server_time);
INSERT INTO matomo_log_conversion_item
SELECT c.idsite, c.idvisitor, c.server_time, c.idvisit, coalesce(c.idorder, '0'), pgen.aid(p.sku, 5), pgen.aid(p.name, 6), pgen.aid(p.cat, 7), 0, 0, 0, 0,
       p.price, (c.revenue / nullif(p.price, 0))::int, CASE WHEN c.idgoal = -1 AND fixture_gen.n('cid', c.idvisit, 5) = 0 THEN 1 ELSE 0 END
FROM matomo_log_conversion c
JOIN LATERAL (SELECT pr.* FROM matomo_log_link_visit_action la JOIN matomo_log_action a ON a.idaction = la.idaction_product_sku JOIN pgen.prod pr ON pr.sku = a.name
              WHERE la.idvisit = c.idvisit ORDER BY la.idlink_va LIMIT 1) p ON true
WHERE c.idgoal IN (0, -1)
ORDER BY c.server_time, c.idvisit;
UPDATE matomo_log_conversion_item SET quantity = 1 WHERE quantity = 0;

-- ---------------------------------------------------------------------------
-- Goals, custom dimensions, segments, scheduled reports.

CREATE TABLE matomo_goal (
    idsite integer NOT NULL,
    idgoal integer NOT NULL,
    name varchar(50) NOT NULL,
    description varchar(255) NOT NULL DEFAULT '',
    match_attribute varchar(20) NOT NULL,
    pattern varchar(255) NOT NULL,
    pattern_type varchar(25) NOT NULL,
    case_sensitive smallint NOT NULL,
    allow_multiple smallint NOT NULL,
    revenue double precision NOT NULL,
    deleted smallint NOT NULL DEFAULT 0,
    event_value_as_revenue smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (idsite, idgoal)
);
INSERT INTO matomo_goal
SELECT s, g.idgoal, g.name, g.d, g.ma, g.pat, g.pt, 0, g.am, g.rev, 0, 0
FROM generate_series(1, 3) s CROSS JOIN (VALUES
  (1, 'Tilmelding til nyhedsbrev', 'Morgen-nyhedsbrevet; værdi sat til 5 kr. pr. tilmelding', 'url', '/nyhedsbrev/tak', 'contains', 0, 5),
  (2, 'Klik på køb i betalingsmuren', '', 'event_action', 'Klik på køb', 'exact', 1, 0),
  (3, 'Læserbrev indsendt', 'Tak-siden efter formularen', 'url', '/debat/tak', 'contains', 0, 0)) g(idgoal, name, d, ma, pat, pt, am, rev)
ORDER BY s, g.idgoal;
INSERT INTO matomo_goal VALUES
 (4, 1, 'Introtilbud købt', 'Ordrer med varenummer INTRO-1KR', 'url', 'kvittering', 'contains', 0, 0, 0, 0, 0),
 (4, 2, 'Konto oprettet', '', 'url', '/min-konto/velkommen', 'contains', 0, 0, 0, 1, 0),
 (5, 1, 'Tilmelding til venteliste', 'Udsolgte arrangementer', 'url', '/venteliste/tak', 'contains', 0, 1, 0, 0, 0);

CREATE TABLE matomo_custom_dimensions (
    idcustomdimension bigint NOT NULL,
    idsite bigint NOT NULL,
    name varchar(100) NOT NULL,
    "index" smallint NOT NULL,
    scope varchar(10) NOT NULL,
    active smallint NOT NULL DEFAULT 0,
    extractions text NOT NULL DEFAULT '',
    case_sensitive smallint NOT NULL DEFAULT 1,
    PRIMARY KEY (idcustomdimension, idsite)
);
INSERT INTO matomo_custom_dimensions
SELECT d.id, s, d.name, d.ix, 'visit', 1, '[]', 1
FROM generate_series(1, 5) s CROSS JOIN (VALUES (1, 'Abonnementstype', 1), (2, 'Abonnentnummer', 2)) d(id, name, ix) ORDER BY s, d.id;
INSERT INTO matomo_custom_dimensions VALUES
 (3, 1, 'Sektion', 1, 'action', 0, '[{"dimension":"url","pattern":"sallingposten\\.dk\\/([a-z0-9]+)\\/"}]', 1),
 (3, 2, 'Sektion', 1, 'action', 0, '[{"dimension":"url","pattern":"thytidende\\.dk\\/([a-z0-9]+)\\/"}]', 1);

CREATE TABLE matomo_segment (
    idsegment serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    definition text NOT NULL,
    hash char(32) NULL,
    login varchar(100) NOT NULL,
    enable_all_users smallint NOT NULL DEFAULT 0,
    enable_only_idsite integer DEFAULT 0,
    auto_archive smallint NOT NULL DEFAULT 0,
    ts_created timestamp NULL,
    ts_last_edit timestamp NULL,
    deleted smallint NOT NULL DEFAULT 0
);
INSERT INTO matomo_segment (name, definition, login, enable_all_users, enable_only_idsite, auto_archive, ts_created, ts_last_edit, deleted)
SELECT v.name, v.def, v.login, v.eau, v.onl, v.aa, v.c::timestamp, v.e::timestamp, v.del FROM (VALUES
 (1, 'Abonnenter - digital', 'dimension1==digital', 'mette.kjaergaard', 1, 0, 1, '2021-02-03 10:12:40', NULL, 0),
 (2, 'Abonnenter - digital + papir', 'dimension1==digital%252Bprint', 'mette.kjaergaard', 1, 0, 1, '2021-02-03 10:15:02', '2022-08-19 13:40:11', 0),
 (3, 'Ikke logget ind', 'userId==', 'chi', 1, 0, 1, '2021-06-14 09:02:55', NULL, 0),
 (4, 'Mobil', 'deviceType==smartphone', 'chi', 1, 0, 0, '2021-06-14 09:05:31', NULL, 0),
 (5, 'Fra Facebook og Instagram', 'referrerName==Facebook,referrerName==Instagram', 'louise.molgaard', 1, 0, 1, '2022-11-07 14:21:18', NULL, 0),
 (6, 'Nyhedsbrev-klik', 'referrerName==nyhedsbrev-morgen', 'chi', 1, 0, 1, '2022-01-10 08:44:07', NULL, 0),
 (7, 'Læsere i Thy', 'regionCode==81;city==Thisted,city==Hurup,city==Hanstholm', 'rao', 0, 2, 0, '2023-03-02 11:30:49', NULL, 0),
 (8, 'Ukrainsk sprog', 'languageCode==uk', 'rao', 0, 2, 0, '2024-03-26 15:02:10', NULL, 0),
 (9, 'Arabisk sprog', 'languageCode==ar', 'asl', 0, 1, 0, '2023-09-18 10:47:33', NULL, 0),
 (10, 'Tyskere (sommerhus)', 'countryCode==de;regionCode!=SH', 'louise.molgaard', 1, 0, 0, '2023-06-01 12:00:04', NULL, 0),
 (11, 'Købere af introtilbud', 'productSku==INTRO-1KR', 'bpo', 0, 4, 1, '2023-10-02 09:31:27', NULL, 0),
 (12, 'Kundeservice sag 24-0311', 'userId==' || pgen.urlenc((SELECT email FROM pgen.r WHERE i = 17)), 'tkr', 0, 4, 0, '2024-03-11 10:22:47', NULL, 0),
 (13, 'Kundeservice sag 24-0327', 'dimension2==' || (SELECT subno FROM pgen.r WHERE subno IS NOT NULL ORDER BY i LIMIT 1 OFFSET 30), 'tkr', 0, 1, 0, '2024-03-27 11:03:58', '2024-03-27 11:20:10', 1),
 (14, 'Test segment', 'visitCount>=5;actions>=3', 'nordlys-web', 0, 0, 0, '2023-05-11 10:02:00', NULL, 1)) v(o, name, def, login, eau, onl, aa, c, e, del)
ORDER BY v.o;
UPDATE matomo_segment SET hash = md5(definition);

CREATE TABLE matomo_report (
    idreport serial PRIMARY KEY,
    idsite integer NOT NULL,
    login varchar(100) NOT NULL,
    description varchar(255) NOT NULL,
    idsegment integer NULL,
    period varchar(10) NOT NULL,
    hour smallint NOT NULL DEFAULT 0,
    type varchar(10) NOT NULL,
    format varchar(10) NOT NULL,
    reports text NOT NULL,
    parameters text NULL,
    ts_created timestamp NULL,
    ts_last_sent timestamp NULL,
    deleted smallint NOT NULL DEFAULT 0,
    evolution_graph smallint NOT NULL DEFAULT 0,
    period_param varchar(10) NULL
);
INSERT INTO matomo_report (idsite, login, description, idsegment, period, hour, type, format, reports, parameters, ts_created, ts_last_sent, deleted, evolution_graph, period_param) VALUES
 (1, 'sn', 'Ugerapport til redaktionen', NULL, 'week', 7, 'email', 'html', '["VisitsSummary_get","Actions_getPageTitles","Referrers_getReferrerType","Goals_get"]',
  '{"displayFormat":"1","emailMe":true,"evolutionGraph":false,"additionalEmails":["redaktion@sallingposten.dk","mve@sallingposten.dk"]}', '2020-01-13 09:14:02', '2024-03-25 06:00:14', 0, 0, 'week'),
 (2, 'rao', 'Daglig top 10 til Pernille og weekendvagten', NULL, 'day', 6, 'email', 'html', '["Actions_getPageTitles","Referrers_getSocials"]',
  '{"displayFormat":"1","emailMe":true,"evolutionGraph":false,"additionalEmails":["psk@thytidende.dk","vagt@thytidende.dk","pernille.skov.thy@gmail.com"]}', '2021-09-02 14:41:55', '2024-03-31 05:00:09', 0, 0, 'day'),
 (4, 'bpo', 'Månedlig salgsrapport til direktionen', 11, 'month', 8, 'email', 'pdf', '["Goals_get","Goals_getItemsSku","Referrers_getCampaigns","MarketingCampaignsReporting_getName"]',
  '{"displayFormat":"2","emailMe":true,"evolutionGraph":true,"additionalEmails":["direktion@limfjordmedier.dk","hans.joergen.bech@limfjordmedier.dk","tla@limfjordmedier.dk"]}', '2022-06-01 08:45:30', '2024-03-01 07:00:21', 0, 1, 'month'),
 (3, 'jda', 'Mors Avis - ugens tal', NULL, 'week', 7, 'email', 'html', '["VisitsSummary_get","Actions_getPageTitles","UserCountry_getCity"]',
  '{"displayFormat":"1","emailMe":true,"evolutionGraph":false,"additionalEmails":["jek@morsavis.dk"]}', '2022-06-07 12:10:44', '2024-03-25 06:00:31', 0, 0, 'week'),
 (5, 'sbj', 'Billetsalg pr. dag (Signe og Maja)', NULL, 'day', 9, 'email', 'html', '["Goals_getItemsName","Goals_get"]',
  '{"displayFormat":"1","emailMe":true,"evolutionGraph":false,"additionalEmails":["mfn@limfjordmedier.dk","signe.bak.jensen@hotmail.com"]}', '2023-09-14 13:30:00', '2024-03-31 08:00:12', 0, 0, 'day'),
 (1, 'chi', 'SEO: søgeord og landingssider', NULL, 'month', 5, 'email', 'csv', '["Referrers_getKeywords","Actions_getEntryPageUrls","Actions_getSiteSearchKeywords"]',
  '{"displayFormat":"1","emailMe":true,"evolutionGraph":false,"additionalEmails":[]}', '2021-06-14 09:20:11', '2024-03-01 04:00:40', 0, 0, 'month'),
 (2, 'louise.molgaard', 'Kampagne abo-marts til Rune hos Nordlys', 5, 'week', 8, 'email', 'pdf', '["MarketingCampaignsReporting_getName","MarketingCampaignsReporting_getSourceMedium","Goals_get"]',
  '{"displayFormat":"2","emailMe":false,"evolutionGraph":true,"additionalEmails":["support@nordlys-web.dk","rune.thygesen@nordlys-web.dk"]}', '2024-02-27 10:05:33', '2024-03-25 07:00:05', 0, 1, 'week'),
 (1, 'hbt', 'test', NULL, 'day', 0, 'email', 'html', '["VisitsSummary_get"]', '{"displayFormat":"1","emailMe":true,"evolutionGraph":false,"additionalEmails":[]}', '2019-04-03 11:00:00', '2019-04-04 00:00:12', 1, 0, 'day'),
 (4, 'tkr', 'Opsigelser pr. uge', NULL, 'week', 7, 'email', 'html', '["Actions_getPageUrls","Goals_get"]',
  '{"displayFormat":"1","emailMe":true,"evolutionGraph":false,"additionalEmails":["kundeservice@limfjordmedier.dk"]}', '2024-01-10 10:30:02', '2024-03-25 06:00:52', 0, 0, 'week');

CREATE TABLE matomo_report_subscriptions (
    idreport integer NOT NULL,
    token varchar(100) NULL,
    email varchar(100) NOT NULL,
    ts_subscribed timestamp NOT NULL,
    ts_unsubscribed timestamp NULL,
    PRIMARY KEY (idreport, email)
);
CREATE UNIQUE INDEX matomo_report_subscriptions_unique_token ON matomo_report_subscriptions (token);
INSERT INTO matomo_report_subscriptions
SELECT r.idreport, pgen.rnd('rsub', r.idreport * 100 + e.o, 100), e.email, r.ts_created + make_interval(mins => e.o::int),
       CASE WHEN e.email = 'pernille.skov.thy@gmail.com' THEN timestamp '2024-02-18 21:14:09' END
FROM matomo_report r CROSS JOIN LATERAL json_array_elements_text((r.parameters::json) -> 'additionalEmails') WITH ORDINALITY e(email, o)
WHERE r.deleted = 0 ORDER BY r.idreport, e.o;

-- ---------------------------------------------------------------------------
-- Privacy Manager: anonymisation jobs run on past raw data.

CREATE TABLE matomo_privacy_logdata_anonymizations (
    idlogdata_anonymization bigserial PRIMARY KEY,
    idsites text NULL,
    date_start timestamp NOT NULL,
    date_end timestamp NOT NULL,
    anonymize_ip smallint NOT NULL DEFAULT 0,
    anonymize_location smallint NOT NULL DEFAULT 0,
    anonymize_userid smallint NOT NULL DEFAULT 0,
    unset_visit_columns text NOT NULL,
    unset_link_visit_action_columns text NOT NULL,
    output text NULL,
    scheduled_date timestamp NULL,
    job_start_date timestamp NULL,
    job_finish_date timestamp NULL,
    requester varchar(100) NOT NULL DEFAULT ''
);
INSERT INTO matomo_privacy_logdata_anonymizations (idsites, date_start, date_end, anonymize_ip, anonymize_location, anonymize_userid, unset_visit_columns,
  unset_link_visit_action_columns, output, scheduled_date, job_start_date, job_finish_date, requester) VALUES
 ('[1,2,3]', '2019-04-02 00:00:00', '2021-05-31 23:59:59', 2, 1, 1, '[]', '[]',
  E'Running anonymization for sites 1, 2, 3 between 2019-04-02 00:00:00 and 2021-05-31 23:59:59\nAnonymized IP of 1842311 visits (2 bytes)\nRe-detected location of 1842311 visits\nPseudonymised user ID of 210448 visits\nDone in 41 min', '2022-05-24 10:20:13', '2022-05-25 00:00:04', '2022-05-25 00:41:17', 'hbt'),
 (NULL, '2021-06-01 00:00:00', '2022-12-31 23:59:59', 0, 0, 1, '["config_resolution","location_browser_lang"]', '[]',
  E'Running anonymization for all sites between 2021-06-01 00:00:00 and 2022-12-31 23:59:59\nPseudonymised user ID of 388120 visits\nUnset config_resolution, location_browser_lang in 2977405 visits\nDone in 1 h 12 min', '2023-02-08 14:02:37', '2023-02-09 00:00:03', '2023-02-09 01:12:40', 'hbt'),
 ('[4]', '2020-09-14 00:00:00', '2023-06-30 23:59:59', 0, 0, 1, '[]', '["custom_dimension_1"]',
  E'Running anonymization for site 4 between 2020-09-14 00:00:00 and 2023-06-30 23:59:59\nPseudonymised user ID of 61017 visits\nUnset custom_dimension_1 in 0 actions\nDone in 6 min', '2023-08-15 09:44:52', '2023-08-16 00:00:02', '2023-08-16 00:06:31', 'mette.kjaergaard'),
 ('[4,5]', '2023-07-01 00:00:00', '2023-12-31 23:59:59', 0, 0, 1, '[]', '[]', NULL, '2024-03-28 16:10:05', NULL, NULL, 'mette.kjaergaard');

-- Tracking requests Matomo refused, kept as the raw request.
CREATE TABLE matomo_tracking_failure (
    idsite bigint NOT NULL,
    idfailure smallint NOT NULL,
    date_first_occurred timestamp NOT NULL,
    request_url text NOT NULL,
    PRIMARY KEY (idsite, idfailure)
);
INSERT INTO matomo_tracking_failure
SELECT v.s, v.f, v.d::timestamp,
  '?idsite=' || v.s || '&rec=1&r=' || fixture_gen.digits('tfr', v.s, 6) || '&h=' || v.h || '&m=14&s=55&url=' || replace(replace(replace(v.u, ':', '%3A'), '/', '%2F'), '?', '%3F')
  || '&_id=' || fixture_gen.hexn('tfid', v.s, 16) || '&_idn=0&send_image=0&_refts=0&pv_id=' || fixture_gen.chars('tfpv', v.s, 6) || '&pf_net=0&pf_srv=31&pf_tfr=12&pf_dm1=402'
  || CASE WHEN r.i IS NOT NULL THEN '&uid=' || pgen.urlenc(r.email) || '&dimension1=' || replace(r.tier, '+', '%2B') || coalesce('&dimension2=' || r.subno, '') ELSE '' END
  || CASE WHEN v.s = 4 THEN '&cip=87.49.' || (100 + v.h) || '.' || (20 + v.h) || '&ec_id=LM240300904&revenue=149&ec_items=%5B%5B%22DIG-M%22%2C%22Digital%20-%20m%C3%A5nedlig%22%2C%22Digital%22%2C149%2C1%5D%5D'
          WHEN v.s = 5 THEN '&cip=80.62.' || (100 + v.h) || '.' || (20 + v.h) || '&ec_id=LMO-24905&revenue=650&ec_items=%5B%5B%22EVT-2404-KONCERT%22%2C%22Koncert%20i%20Thisted%20Musikteater%2020.%20april%22%2C%22Arrangement%22%2C325%2C2%5D%5D' ELSE '' END
  || '&cookie=1&res=390x844'
FROM (VALUES (6, 1, '2024-03-04 12:41:09', 9, 'https://test.sallingposten.dk/nyhedsbrev/tak', 40),
             (4, 2, '2024-03-15 10:14:55', 10, 'https://abonnement.limfjordmedier.dk/kvittering', 77),
             (5, 2, '2024-03-19 18:02:31', 18, 'https://oplevelser.limfjordmedier.dk/kvittering', 123),
             (1, 1, '2024-03-29 07:55:12', 7, 'https://sallingposten.dk/', NULL)) v(s, f, d, h, u, ri)
LEFT JOIN pgen.r r ON r.i = v.ri ORDER BY v.s, v.f;

-- ---------------------------------------------------------------------------
-- Form Analytics: the newsletter, letters-to-the-editor, checkout, login and
-- ticket forms; per form view and per field (timings and counts, no values).

CREATE TABLE matomo_site_form (
    idsiteform bigserial PRIMARY KEY,
    idsite integer NOT NULL,
    name varchar(50) NOT NULL,
    description varchar(1000) NOT NULL DEFAULT '',
    status varchar(10) NOT NULL DEFAULT 'running',
    in_overview smallint NOT NULL DEFAULT 1,
    match_form_rules text NULL,
    match_page_rules text NULL,
    conversion_rules text NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    auto_created smallint NOT NULL DEFAULT 0
);
CREATE TABLE pgen.fdef (idsiteform int PRIMARY KEY, idsite int, pkind text, fields text[]);
INSERT INTO pgen.fdef VALUES
 (1, 1, 'newsletter', ARRAY['email', 'samtykke']), (2, 2, 'newsletter', ARRAY['email', 'samtykke']), (3, 3, 'newsletter', ARRAY['email', 'samtykke']),
 (4, 1, 'letter', ARRAY['navn', 'adresse', 'postnr', 'by', 'telefon', 'email', 'overskrift', 'tekst']),
 (5, 2, 'letter', ARRAY['navn', 'adresse', 'postnr', 'by', 'telefon', 'email', 'overskrift', 'tekst']),
 (6, 3, 'letter', ARRAY['navn', 'adresse', 'postnr', 'by', 'telefon', 'email', 'overskrift', 'tekst']),
 (7, 4, 'checkout', ARRAY['fornavn', 'efternavn', 'email', 'telefon', 'adresse', 'postnr', 'by', 'betalingsmetode', 'accepter_vilkaar']),
 (8, 4, 'login', ARRAY['email', 'adgangskode', 'husk_mig']),
 (9, 5, 'checkout', ARRAY['navn', 'email', 'telefon', 'antal', 'kommentar']),
 (10, 4, 'account', ARRAY['aarsag', 'kommentar']);
INSERT INTO matomo_site_form (idsite, name, description, status, in_overview, match_form_rules, match_page_rules, conversion_rules, created_date, updated_date, auto_created) VALUES
 (1, 'Nyhedsbrev', '', 'running', 1, '[{"attribute":"form_name","pattern":"equals","value":"nyhedsbrev"}]', '[{"attribute":"path","pattern":"starts_with","value":"\/nyhedsbrev"}]', '[{"attribute":"page_url","pattern":"contains","value":"\/nyhedsbrev\/tak"}]', '2022-02-14 10:02:11', '2022-02-14 10:02:11', 0),
 (2, 'Nyhedsbrev', '', 'running', 1, '[{"attribute":"form_name","pattern":"equals","value":"nyhedsbrev"}]', '[{"attribute":"path","pattern":"starts_with","value":"\/nyhedsbrev"}]', '[{"attribute":"page_url","pattern":"contains","value":"\/nyhedsbrev\/tak"}]', '2022-02-14 10:04:37', '2022-02-14 10:04:37', 0),
 (3, 'Nyhedsbrev', '', 'running', 1, '[{"attribute":"form_name","pattern":"equals","value":"nyhedsbrev"}]', '[{"attribute":"path","pattern":"starts_with","value":"\/nyhedsbrev"}]', '[{"attribute":"page_url","pattern":"contains","value":"\/nyhedsbrev\/tak"}]', '2022-02-14 10:05:50', '2022-02-14 10:05:50', 0),
 (1, 'Læserbrev', 'Navn, adresse og telefon er påkrævet (redaktionen ringer ved tvivl)', 'running', 1, '[{"attribute":"form_id","pattern":"equals","value":"laeserbrev"}]', '[{"attribute":"path","pattern":"equals","value":"\/debat\/skriv-et-laeserbrev"}]', '[{"attribute":"page_url","pattern":"contains","value":"\/debat\/tak"}]', '2023-01-09 13:20:00', '2023-11-02 09:12:48', 0),
 (2, 'Læserbrev', 'Navn, adresse og telefon er påkrævet (redaktionen ringer ved tvivl)', 'running', 1, '[{"attribute":"form_id","pattern":"equals","value":"laeserbrev"}]', '[{"attribute":"path","pattern":"equals","value":"\/debat\/skriv-et-laeserbrev"}]', '[{"attribute":"page_url","pattern":"contains","value":"\/debat\/tak"}]', '2023-01-09 13:22:41', '2023-11-02 09:13:05', 0),
 (3, 'Læserbrev', '', 'running', 1, '[{"attribute":"form_id","pattern":"equals","value":"laeserbrev"}]', '[{"attribute":"path","pattern":"equals","value":"\/debat\/skriv-et-laeserbrev"}]', '[{"attribute":"page_url","pattern":"contains","value":"\/debat\/tak"}]', '2023-01-09 13:24:19', '2023-01-09 13:24:19', 0),
 (4, 'Checkout - dine oplysninger', 'Trin 1 af checkout', 'running', 1, '[{"attribute":"form_id","pattern":"equals","value":"checkout"}]', '[{"attribute":"path","pattern":"starts_with","value":"\/checkout"}]', '[{"attribute":"page_url","pattern":"contains","value":"\/kvittering"}]', '2021-04-20 08:31:07', '2024-03-01 07:40:22', 0),
 (4, 'Log ind', '', 'running', 0, '[{"attribute":"form_id","pattern":"equals","value":"login"}]', '[]', '[]', '2021-04-20 08:33:50', '2021-04-20 08:33:50', 0),
 (5, 'Billetkøb', '', 'running', 1, '[{"attribute":"form_id","pattern":"equals","value":"billetter"}]', '[{"attribute":"path","pattern":"equals","value":"\/checkout"}]', '[{"attribute":"page_url","pattern":"contains","value":"\/kvittering"}]', '2023-09-14 14:02:55', '2023-09-14 14:02:55', 0),
 (4, 'form#opsigelse', 'Automatically created', 'running', 0, '[{"attribute":"form_id","pattern":"equals","value":"opsigelse"}]', '[]', '[]', '2023-05-02 17:44:10', '2023-05-02 17:44:10', 1);

CREATE TABLE matomo_log_form (
    idlogform bigserial PRIMARY KEY,
    idsiteform bigint NOT NULL,
    idsite integer NOT NULL,
    idvisit bigint NOT NULL,
    idvisitor bytea NOT NULL,
    idformview char(6) NOT NULL,
    idpageview char(6) NULL,
    idaction_url integer NULL,
    form_last_action_time timestamp NOT NULL,
    num_views integer NOT NULL DEFAULT 0,
    num_starts integer NOT NULL DEFAULT 0,
    num_submissions integer NOT NULL DEFAULT 0,
    converted smallint NOT NULL DEFAULT 0,
    time_hesitation integer NOT NULL DEFAULT 0,
    time_spent integer NOT NULL DEFAULT 0,
    time_to_first_submission integer NULL
);
CREATE INDEX matomo_log_form_index_idsite_idvisit ON matomo_log_form (idsite, idvisit);
INSERT INTO matomo_log_form (idsiteform, idsite, idvisit, idvisitor, idformview, idpageview, idaction_url, form_last_action_time, num_views, num_starts, num_submissions,
  converted, time_hesitation, time_spent, time_to_first_submission)
SELECT f.idsiteform, la.idsite, la.idvisit, la.idvisitor, fixture_gen.chars('lfv', la.idlink_va, 6), la.idpageview, la.idaction_url,
       la.server_time + make_interval(secs => coalesce(la.time_spent, 30) - 1), 1, CASE WHEN x.started THEN 1 ELSE 0 END, CASE WHEN x.submitted THEN 1 + fixture_gen.n('lfs', la.idlink_va, 10) / 8 ELSE 0 END,
       CASE WHEN x.conv THEN 1 ELSE 0 END, 400 + fixture_gen.n('lfh', la.idlink_va, 6000), coalesce(la.time_spent, 30) * 1000 - fixture_gen.n('lft', la.idlink_va, 900),
       CASE WHEN x.submitted THEN coalesce(la.time_spent, 30) * 1000 - 1200 - fixture_gen.n('lft2', la.idlink_va, 900) END
FROM matomo_log_link_visit_action la JOIN pgen.vid vi ON vi.idvisit = la.idvisit JOIN pgen.v v ON v.k = vi.k
JOIN pgen.lv l ON l.k = v.k AND l.t = la.server_time AND la.time_network IS NOT NULL
JOIN pgen.fdef f ON f.idsite = v.idsite AND f.pkind = CASE WHEN l.kind = 'account' AND l.url LIKE '%/opsig' THEN 'account' WHEN l.kind = 'account' THEN 'none' ELSE l.kind END
CROSS JOIN LATERAL (SELECT v.conv IN ('order', 'newsletter', 'letter') OR (l.kind = 'login' AND v.conv = 'order') AS conv,
  v.conv IN ('order', 'newsletter', 'letter') OR fixture_gen.n('lfsub', la.idlink_va, 4) = 0 AS submitted,
  v.conv IS NOT NULL OR fixture_gen.n('lfst', la.idlink_va, 3) > 0 AS started) x
WHERE l.kind <> 'pay'
ORDER BY la.server_time, la.idlink_va;

CREATE TABLE matomo_log_form_field (
    idlogform bigint NOT NULL,
    field_name varchar(75) NOT NULL,
    field_size integer NOT NULL DEFAULT 0,
    left_blank smallint NOT NULL DEFAULT 0,
    submitted smallint NOT NULL DEFAULT 0,
    time_spent integer NOT NULL DEFAULT 0,
    time_hesitation integer NOT NULL DEFAULT 0,
    num_changes integer NOT NULL DEFAULT 0,
    num_focus integer NOT NULL DEFAULT 0,
    num_deletes integer NOT NULL DEFAULT 0,
    num_cursor integer NOT NULL DEFAULT 0,
    num_pastes integer NOT NULL DEFAULT 0,
    PRIMARY KEY (idlogform, field_name)
);
INSERT INTO matomo_log_form_field
SELECT lf.idlogform, fld, CASE WHEN blank THEN 0 ELSE CASE fld WHEN 'tekst' THEN 300 + fixture_gen.n('ffs', lf.idlogform * 10 + o, 1700) WHEN 'kommentar' THEN 20 + fixture_gen.n('ffs', lf.idlogform * 10 + o, 200)
         WHEN 'email' THEN 14 + fixture_gen.n('ffs', lf.idlogform * 10 + o, 18) WHEN 'postnr' THEN 4 WHEN 'telefon' THEN 8 + fixture_gen.n('ffs', lf.idlogform * 10 + o, 4) WHEN 'samtykke' THEN 1
         WHEN 'husk_mig' THEN 1 WHEN 'accepter_vilkaar' THEN 1 WHEN 'antal' THEN 1 ELSE 4 + fixture_gen.n('ffs', lf.idlogform * 10 + o, 22) END END,
       CASE WHEN blank THEN 1 ELSE 0 END, CASE WHEN lf.num_submissions > 0 THEN 1 ELSE 0 END,
       CASE WHEN blank THEN 0 ELSE 800 + fixture_gen.n('fft', lf.idlogform * 10 + o, CASE fld WHEN 'tekst' THEN 400000 ELSE 12000 END) END,
       fixture_gen.n('ffh', lf.idlogform * 10 + o, 3000), CASE WHEN blank THEN 0 ELSE 1 + fixture_gen.n('ffc', lf.idlogform * 10 + o, 3) END,
       CASE WHEN blank THEN fixture_gen.n('fff', lf.idlogform * 10 + o, 2) ELSE 1 + fixture_gen.n('fff', lf.idlogform * 10 + o, 3) END,
       CASE WHEN blank THEN 0 ELSE fixture_gen.n('ffd', lf.idlogform * 10 + o, CASE fld WHEN 'tekst' THEN 140 ELSE 6 END) END,
       CASE WHEN blank THEN 0 ELSE fixture_gen.n('ffk', lf.idlogform * 10 + o, 8) END,
       CASE WHEN fld IN ('email', 'tekst') AND fixture_gen.n('ffp', lf.idlogform * 10 + o, 5) = 0 THEN 1 ELSE 0 END
FROM matomo_log_form lf JOIN pgen.fdef f ON f.idsiteform = lf.idsiteform
CROSS JOIN LATERAL unnest(f.fields) WITH ORDINALITY u(fld, o)
CROSS JOIN LATERAL (SELECT lf.num_starts = 0 OR (lf.converted = 0 AND fixture_gen.n('ffb', lf.idlogform * 10 + o, 3) = 0) OR (fld = 'kommentar' AND fixture_gen.n('ffb2', lf.idlogform, 3) > 0) AS blank) b
ORDER BY lf.idlogform, o;

-- ---------------------------------------------------------------------------
-- Heatmaps & Session Recording. DOM snapshots are treemirror JSON (the page
-- as the visitor saw it: a signed-in reader's greeting, prefilled fields),
-- zlib-compressed; typed text is kept where keystroke capture is on (the
-- letters form), masked elsewhere.

-- dom: a treemirror snapshot of a page.
CREATE FUNCTION pgen.dom(title text, greet text, bodycls text, main text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '{"rootId":1,"children":[{"nodeType":10,"id":2,"name":"html","publicId":"","systemId":""},{"nodeType":1,"id":3,"tagName":"HTML","attributes":{"lang":"da"},"childNodes":['
    || '{"nodeType":1,"id":4,"tagName":"HEAD","childNodes":[{"nodeType":1,"id":5,"tagName":"TITLE","childNodes":[{"nodeType":3,"id":6,"textContent":' || fixture_gen.js(title) || '}]},'
    || '{"nodeType":1,"id":7,"tagName":"LINK","attributes":{"rel":"stylesheet","href":"\/assets\/main.4f2a1c.css"}}]},'
    || '{"nodeType":1,"id":8,"tagName":"BODY","attributes":{"class":' || fixture_gen.js(bodycls) || '},"childNodes":['
    || '{"nodeType":1,"id":9,"tagName":"HEADER","childNodes":[{"nodeType":1,"id":10,"tagName":"A","attributes":{"href":"\/","class":"logo"},"childNodes":[]},'
    || '{"nodeType":1,"id":11,"tagName":"A","attributes":{"href":' || CASE WHEN greet IS NULL THEN '"\/log-ind","class":"login"' ELSE '"\/min-konto","class":"user-menu"' END || '},"childNodes":[{"nodeType":3,"id":12,"textContent":'
    || fixture_gen.js(coalesce(greet, 'Log ind')) || '}]}]},{"nodeType":1,"id":13,"tagName":"MAIN","childNodes":[' || main || ']}]}]}]}'
$$;
CREATE FUNCTION pgen.inp(id int, name text, val text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '{"nodeType":1,"id":' || id || ',"tagName":"INPUT","attributes":{"name":' || fixture_gen.js(name) || ',"type":"text"' || CASE WHEN val IS NULL THEN '' ELSE ',"value":' || fixture_gen.js(val) END || '}}'
$$;
-- Letters to the editor as readers type them.
CREATE FUNCTION pgen.letter(i bigint, name text, street text, town text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n('ltr', i, 7)
    WHEN 0 THEN 'Kære redaktion. Jeg er dybt uenig i planerne om at lukke skolen i ' || town || '. Mine to børn går der, og vejen til den nye skole er ikke sikker om vinteren. Kommunen har ikke lyttet til os forældre. Venlig hilsen ' || name || ', ' || street || ', ' || town
    WHEN 1 THEN 'Cykelstien på ' || split_part(street, ' ', 1) || ' er livsfarlig om morgenen. I sidste uge blev min nabo påkørt af en bil, der ikke holdt for rødt. Hvornår gør kommunen noget?'
    WHEN 2 THEN 'Tak til personalet på Regionshospitalet for den fine behandling af min mor, ' || fixture_gen.pick(ARRAY['Grethe Nielsen', 'Else Marie Kjeldsen', 'Inge Bundgaard', 'Tove Overgaard'], 'ltrm', i) || ', da hun lå på hjerteafdelingen i februar. I gjorde en forskel. ' || name
    WHEN 3 THEN 'Som ukrainer i ' || town || ' vil jeg sige tak for den varme modtagelse. Mine børn går nu i skole og taler allerede dansk. Дякую! ' || name
    WHEN 4 THEN 'Bussen til ' || town || ' kører alt for sjældent om aftenen. Hvordan skal vi ældre komme hjem fra byen eller til lægen? Regionen må prioritere landområderne.'
    WHEN 5 THEN 'Jeg vil gerne takke alle der hjalp, da vores hus på ' || street || ' brændte i januar. Naboer vi aldrig havde talt med kom med tøj og mad. Familien ' || split_part(name, ' ', 2) || ', ' || town
    ELSE 'Hvorfor skriver avisen ikke noget om vindmøllerne ved ' || town || '? Vi naboer er aldrig blevet hørt, og støjen er værre end lovet. Ring gerne til mig, hvis I vil høre mere.' END
$$;

CREATE TABLE matomo_site_hsr (
    idsitehsr bigserial PRIMARY KEY,
    idsite integer NOT NULL,
    name varchar(50) NOT NULL,
    sample_rate numeric(4,1) NOT NULL DEFAULT 10,
    sample_limit integer NOT NULL DEFAULT 1000,
    match_page_rules text NOT NULL DEFAULT '',
    excluded_elements text NOT NULL DEFAULT '',
    record_type smallint NOT NULL DEFAULT 0,
    page_treemirror bytea NULL,
    screenshot_url varchar(300) NULL,
    breakpoint_mobile smallint NOT NULL DEFAULT 0,
    breakpoint_tablet smallint NOT NULL DEFAULT 0,
    min_session_time smallint NOT NULL DEFAULT 0,
    requires_activity smallint NOT NULL DEFAULT 0,
    capture_keystrokes smallint NOT NULL DEFAULT 0,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    status varchar(10) NOT NULL,
    capture_manually smallint NOT NULL DEFAULT 0
);
INSERT INTO matomo_site_hsr (idsite, name, sample_rate, sample_limit, match_page_rules, excluded_elements, record_type, page_treemirror, screenshot_url, breakpoint_mobile,
  breakpoint_tablet, min_session_time, requires_activity, capture_keystrokes, created_date, updated_date, status, capture_manually) VALUES
 (1, 'Forside Sallingposten', 30.0, 1000, '[{"attribute":"url","type":"equals_simple","inverted":"0","value":"https:\/\/sallingposten.dk\/"}]', '.annonce, .ad-slot', 1,
  pgen.zlib(convert_to(pgen.dom('Sallingposten - nyheder, sport og debat', 'Hej, ' || (SELECT first FROM pgen.r WHERE i = 64), 'front logged-in',
    '{"nodeType":1,"id":20,"tagName":"SECTION","attributes":{"class":"top-stories"},"childNodes":[{"nodeType":3,"id":21,"textContent":"Brand i lejlighed på Østergade i Skive"}]},{"nodeType":1,"id":22,"tagName":"ASIDE","attributes":{"class":"my-topics"},"childNodes":[{"nodeType":3,"id":23,"textContent":"Dine emner: Roslev, Skive fH, navne"}]}'), 'UTF8')),
  'https://sallingposten.dk/', 600, 960, 0, 0, 0, '2024-02-26 09:14:10', '2024-02-26 09:14:10', 'active', 0),
 (4, 'Digitalt abonnement', 50.0, 500, '[{"attribute":"path","type":"equals_simple","inverted":"0","value":"\/digital"}]', '', 1,
  pgen.zlib(convert_to(pgen.dom('Digitalt abonnement | Limfjord Medier', (SELECT email FROM pgen.r WHERE i = 118), 'product logged-in',
    '{"nodeType":1,"id":20,"tagName":"H1","childNodes":[{"nodeType":3,"id":21,"textContent":"Digitalt abonnement - 149 kr. pr. måned"}]},{"nodeType":1,"id":22,"tagName":"BUTTON","attributes":{"class":"btn-koeb"},"childNodes":[{"nodeType":3,"id":23,"textContent":"Køb nu"}]}'), 'UTF8')),
  'https://abonnement.limfjordmedier.dk/digital', 600, 960, 0, 0, 0, '2024-03-01 08:02:44', '2024-03-01 08:02:44', 'active', 0),
 (4, 'Checkout-flow', 50.0, 250, '[{"attribute":"path","type":"starts_with","inverted":"0","value":"\/"}]', '#kortnummer, .betaling input, .mobilepay-nummer', 2, NULL, NULL,
  600, 960, 5, 1, 0, '2024-03-01 08:10:31', '2024-03-04 11:47:09', 'active', 0),
 (2, 'Læserbrev-formular Thy Tidende', 100.0, 200, '[{"attribute":"path","type":"equals_simple","inverted":"0","value":"\/debat\/skriv-et-laeserbrev"}]', '', 2, NULL, NULL,
  600, 960, 0, 1, 1, '2024-02-12 13:40:02', '2024-02-12 13:41:19', 'active', 0),
 (2, 'Artikelsider', 10.0, 2000, '[{"attribute":"path","type":"contains","inverted":"0","value":"\/art"}]', '.annonce, .ad-slot', 1,
  pgen.zlib(convert_to(pgen.dom('Thy Tidende', NULL, 'article', '{"nodeType":1,"id":20,"tagName":"ARTICLE","childNodes":[{"nodeType":3,"id":21,"textContent":"Artikel"}]}'), 'UTF8')),
  'https://thytidende.dk/lokalt/', 600, 960, 0, 0, 0, '2024-03-05 10:00:00', '2024-03-05 10:00:00', 'active', 0),
 (5, 'Billetkøb', 66.0, 300, '[{"attribute":"path","type":"starts_with","inverted":"0","value":"\/"}]', '.betaling input', 2, NULL, NULL,
  600, 960, 0, 1, 0, '2023-09-20 09:30:15', '2023-09-20 09:30:15', 'active', 0),
 (3, 'Forside Mors Avis', 20.0, 1000, '[{"attribute":"url","type":"equals_simple","inverted":"0","value":"https:\/\/morsavis.dk\/"}]', '', 1, NULL,
  'https://morsavis.dk/', 600, 960, 0, 0, 0, '2023-10-02 12:12:12', '2023-11-30 08:00:00', 'ended', 0),
 (1, 'Læserbrev-formular Sallingposten', 100.0, 100, '[{"attribute":"path","type":"equals_simple","inverted":"0","value":"\/debat\/skriv-et-laeserbrev"}]', '', 2, NULL, NULL,
  600, 960, 0, 1, 1, '2024-02-12 13:45:27', '2024-03-20 16:02:51', 'ended', 0);

CREATE TABLE matomo_log_hsr (
    idloghsr bigserial PRIMARY KEY,
    idsite integer NOT NULL,
    idvisit bigint NOT NULL,
    idhsrview char(6) NOT NULL,
    idpageview char(6) NULL,
    idaction_url integer NOT NULL DEFAULT 0,
    device_type smallint NOT NULL DEFAULT 1,
    server_time timestamp NOT NULL,
    time_on_page integer NOT NULL,
    viewport_w_px smallint NOT NULL DEFAULT 0,
    viewport_h_px smallint NOT NULL DEFAULT 0,
    scroll_y_max_relative smallint NOT NULL DEFAULT 0,
    fold_y_relative smallint NOT NULL DEFAULT 0
);
CREATE INDEX matomo_log_hsr_index_idvisit ON matomo_log_hsr (idvisit);
CREATE TABLE matomo_log_hsr_site (
    idsitehsr bigint NOT NULL,
    idloghsr bigint NOT NULL,
    PRIMARY KEY (idsitehsr, idloghsr)
);
CREATE TABLE matomo_log_hsr_event (
    idhsrevent bigserial PRIMARY KEY,
    idloghsr bigint NOT NULL,
    time_since_load integer NOT NULL DEFAULT 0,
    event_type smallint NOT NULL DEFAULT 0,
    idselector integer NULL,
    x smallint NOT NULL DEFAULT 0,
    y smallint NOT NULL DEFAULT 0,
    idhsrblob integer NULL
);
CREATE INDEX matomo_log_hsr_event_index_idloghsr ON matomo_log_hsr_event (idloghsr);
CREATE TABLE matomo_log_hsr_blob (
    idhsrblob serial PRIMARY KEY,
    hash bigint NOT NULL,
    compressed smallint NOT NULL DEFAULT 0,
    value bytea NULL
);
CREATE INDEX matomo_log_hsr_blob_index_hash ON matomo_log_hsr_blob (hash);

-- Which pageviews each heatmap and recording captured.
CREATE TABLE pgen.hs (o serial PRIMARY KEY, idsitehsr int, record_type int, idlink_va bigint, k int, kind text, url text, title text, hsrview text);
INSERT INTO pgen.hs (idsitehsr, record_type, idlink_va, k, kind, url, title, hsrview)
SELECT h.idsitehsr, h.record_type, la.idlink_va, v.k, l.kind, l.url, l.title,
       fixture_gen.chars('hview', CASE WHEN h.record_type = 2 THEN la.idvisit * 10 + h.idsitehsr ELSE la.idlink_va END, 6)
FROM matomo_log_link_visit_action la JOIN pgen.vid vi ON vi.idvisit = la.idvisit JOIN pgen.v v ON v.k = vi.k
JOIN pgen.lv l ON l.k = v.k AND l.t = la.server_time AND la.time_network IS NOT NULL
JOIN matomo_site_hsr h ON h.idsite = v.idsite
WHERE (h.idsitehsr = 1 AND l.url = 'sallingposten.dk/' AND fixture_gen.n('hs1', la.idlink_va, 10) < 3)
   OR (h.idsitehsr = 2 AND l.url = 'abonnement.limfjordmedier.dk/digital' AND fixture_gen.n('hs2', la.idlink_va, 2) = 0)
   OR (h.idsitehsr = 3 AND v.conv IN ('order', 'cart') AND fixture_gen.n('hs3', v.k, 2) = 0)
   OR (h.idsitehsr = 4 AND v.conv = 'letter')
   OR (h.idsitehsr = 5 AND l.kind = 'article' AND fixture_gen.n('hs5', la.idlink_va, 10) = 0)
   OR (h.idsitehsr = 6 AND v.conv = 'order' AND fixture_gen.n('hs6', v.k, 3) < 2)
   OR (h.idsitehsr = 8 AND v.conv = 'letter' AND la.server_time < '2024-03-20 16:02:51')
ORDER BY la.server_time, la.idlink_va, h.idsitehsr;
INSERT INTO matomo_log_hsr (idsite, idvisit, idhsrview, idpageview, idaction_url, device_type, server_time, time_on_page, viewport_w_px, viewport_h_px, scroll_y_max_relative, fold_y_relative)
SELECT la.idsite, la.idvisit, hs.hsrview, la.idpageview, la.idaction_url, lv.config_device_type, la.server_time, coalesce(la.time_spent, 25) * 1000 + fixture_gen.n('hstp', hs.o, 1000),
       split_part(lv.config_resolution, 'x', 1)::int, split_part(lv.config_resolution, 'x', 2)::int - 120, 200 + fixture_gen.n('hssy', hs.o, 800), 150 + fixture_gen.n('hsfy', hs.o, 300)
FROM pgen.hs hs JOIN matomo_log_link_visit_action la ON la.idlink_va = hs.idlink_va JOIN matomo_log_visit lv ON lv.idvisit = la.idvisit
ORDER BY hs.o;
INSERT INTO matomo_log_hsr_site SELECT hs.idsitehsr, hs.o FROM pgen.hs hs ORDER BY hs.o;

-- Events: mouse moves (1), clicks (2), scrolls (3), the initial DOM (5),
-- typed text in form fields (9) and changed values (10); CSS selectors are
-- kept in log_action.
CREATE TABLE pgen.he (o int, seq int, t int, type int, sel text, x int, y int, blob text, zipped boolean, PRIMARY KEY (o, seq));
INSERT INTO pgen.he
SELECT hs.o, s, s * 900 + fixture_gen.n('het', hs.o * 20 + s, 800), CASE WHEN s <= 4 THEN 1 WHEN s = 5 THEN 2 ELSE 3 END,
       fixture_gen.pick(ARRAY['html > body > main > section.top-stories > article:nth-child(1) > a', 'html > body > header > a.user-menu', 'html > body > main > section.top-stories > article:nth-child(2) > a',
         'html > body > main > div.paywall > a.btn-abonner', 'html > body > main > button.btn-koeb', 'html > body > main > article > p:nth-child(3)'], 'hes', hs.o * 20 + s),
       40 + fixture_gen.n('hex', hs.o * 20 + s, 1200), 60 + fixture_gen.n('hey', hs.o * 20 + s, 2400), NULL, NULL
FROM pgen.hs hs CROSS JOIN generate_series(1, 8) s WHERE hs.record_type = 1;
-- Recordings: the initial DOM, then moves and clicks, then the form fields.
INSERT INTO pgen.he
SELECT hs.o, 1, 0, 5, NULL, 0, 0,
       pgen.dom(coalesce(hs.title, ''), CASE WHEN v.idsite = 4 THEN r.email WHEN r.i IS NOT NULL THEN 'Hej, ' || r.first END, hs.kind || CASE WHEN r.i IS NOT NULL THEN ' logged-in' ELSE '' END,
         CASE WHEN hs.kind = 'letter' THEN '{"nodeType":1,"id":20,"tagName":"FORM","attributes":{"id":"laeserbrev","method":"post"},"childNodes":['
                 || pgen.inp(21, 'navn', r.full_name) || ',' || pgen.inp(22, 'email', r.email) || ',' || pgen.inp(23, 'adresse', NULL) || ',' || pgen.inp(24, 'telefon', NULL) || ']}'
              WHEN hs.kind = 'checkout' THEN '{"nodeType":1,"id":20,"tagName":"FORM","attributes":{"id":"' || CASE WHEN v.idsite = 4 THEN 'checkout' ELSE 'billetter' END || '"},"childNodes":['
                 || pgen.inp(21, 'email', '*****') || ',' || pgen.inp(22, 'telefon', NULL) || ']}'
              ELSE '{"nodeType":1,"id":20,"tagName":"DIV","attributes":{"class":"content"},"childNodes":[{"nodeType":3,"id":21,"textContent":' || fixture_gen.js(coalesce(hs.title, '')) || '}]}' END),
       true
FROM pgen.hs hs JOIN pgen.v v ON v.k = hs.k LEFT JOIN pgen.r r ON r.i = v.r WHERE hs.record_type = 2;
INSERT INTO pgen.he
SELECT hs.o, 1 + s, 600 * s + fixture_gen.n('het', hs.o * 20 + s, 500), CASE WHEN s IN (3, 5) THEN 3 WHEN s = 4 THEN 2 ELSE 1 END,
       CASE WHEN s = 4 THEN 'html > body > header > a.user-menu' ELSE 'html > body > main > div.content' END,
       20 + fixture_gen.n('hex', hs.o * 20 + s, 340), 80 + fixture_gen.n('hey', hs.o * 20 + s, 700), NULL, NULL
FROM pgen.hs hs CROSS JOIN generate_series(1, 5) s WHERE hs.record_type = 2;
INSERT INTO pgen.he
SELECT hs.o, 10 + f.o, 4000 + 3500 * f.o::int + fixture_gen.n('hef', hs.o * 20 + f.o::int, 3000), CASE WHEN f.fld IN ('samtykke', 'accepter_vilkaar', 'betalingsmetode', 'antal') THEN 10 ELSE 9 END,
       'html > body > main > form#' || CASE WHEN hs.kind = 'letter' THEN 'laeserbrev' WHEN v.idsite = 4 THEN 'checkout' ELSE 'billetter' END || ' > ' || CASE WHEN f.fld IN ('tekst', 'kommentar') THEN 'textarea' ELSE 'input' END || '[name="' || f.fld || '"]',
       30, 200 + 60 * f.o::int,
       CASE WHEN hs.kind = 'letter' THEN CASE f.fld WHEN 'navn' THEN r.full_name WHEN 'adresse' THEN r.street WHEN 'postnr' THEN r.zip WHEN 'by' THEN r.city WHEN 'telefon' THEN r.phone
              WHEN 'email' THEN r.email WHEN 'overskrift' THEN (ARRAY['Bevar skolen', 'Farlig cykelsti', 'Tak til hjerteafdelingen', 'Tak for modtagelsen', 'Flere busser', 'Tak for hjælpen', 'Hvad med vindmøllerne?'])[1 + fixture_gen.n('ltr', hs.k, 7)]
              WHEN 'tekst' THEN pgen.letter(hs.k, r.full_name, r.street, r.city) END
            WHEN f.fld IN ('betalingsmetode') THEN 'mobilepay' WHEN f.fld IN ('accepter_vilkaar') THEN '1' WHEN f.fld = 'antal' THEN (1 + fixture_gen.n('cvq', hs.k, 4))::text
            ELSE repeat('*', CASE f.fld WHEN 'email' THEN length(r.email) WHEN 'telefon' THEN 8 WHEN 'postnr' THEN 4 ELSE 6 + fixture_gen.n('hem', hs.o * 20 + f.o::int, 14) END) END,
       false
FROM pgen.hs hs JOIN pgen.v v ON v.k = hs.k JOIN pgen.r r ON r.i = v.r
JOIN pgen.fdef fd ON fd.idsite = v.idsite AND fd.pkind = hs.kind AND hs.kind IN ('letter', 'checkout')
CROSS JOIN LATERAL unnest(fd.fields) WITH ORDINALITY f(fld, o)
WHERE hs.record_type = 2 AND f.fld <> 'kommentar';
INSERT INTO matomo_log_action (name, hash, type, url_prefix)
SELECT sel, pgen.crc32(sel), 90, NULL FROM (SELECT sel, min(o * 100 + seq) AS first FROM pgen.he WHERE sel IS NOT NULL GROUP BY sel) s ORDER BY first;
INSERT INTO matomo_log_hsr_blob (hash, compressed, value)
SELECT pgen.crc32(blob), CASE WHEN zipped THEN 1 ELSE 0 END, CASE WHEN zipped THEN pgen.zlib(convert_to(blob, 'UTF8')) ELSE convert_to(blob, 'UTF8') END
FROM (SELECT blob, zipped, min(o * 100 + seq) AS first FROM pgen.he WHERE blob IS NOT NULL GROUP BY blob, zipped) b ORDER BY first;
INSERT INTO matomo_log_hsr_event (idloghsr, time_since_load, event_type, idselector, x, y, idhsrblob)
SELECT he.o, he.t, he.type, pgen.aid(he.sel, 90), he.x, he.y,
       (SELECT b.idhsrblob FROM matomo_log_hsr_blob b WHERE b.hash = pgen.crc32(he.blob) AND b.value = CASE WHEN he.zipped THEN pgen.zlib(convert_to(he.blob, 'UTF8')) ELSE convert_to(he.blob, 'UTF8') END)
FROM pgen.he he ORDER BY he.o, he.seq;

-- ---------------------------------------------------------------------------
-- Tag Manager: one web container per site, a draft and three versions,
-- releases to the live and staging environments; every version holds its own
-- copy of the tags, triggers and variables (JSON parameters).

CREATE TABLE matomo_tagmanager_container (
    idcontainer varchar(8) NOT NULL,
    idsite integer NOT NULL,
    context varchar(10) NOT NULL,
    name varchar(50) NOT NULL,
    description varchar(1000) NOT NULL DEFAULT '',
    "ignoreGtmDataLayer" smallint NOT NULL DEFAULT 0,
    "activelySyncGtmDataLayer" smallint NOT NULL DEFAULT 0,
    "isTagFireLimitAllowedInPreviewMode" smallint NOT NULL DEFAULT 0,
    status varchar(10) NOT NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp NULL,
    PRIMARY KEY (idcontainer, idsite)
);
INSERT INTO matomo_tagmanager_container
SELECT fixture_gen.chars('tmc', s.idsite, 8), s.idsite, 'web', s.name, CASE WHEN s.idsite = 4 THEN 'Shop og checkout. Ændringer aftales med Nordlys Web.' ELSE '' END, 0, 0, 0, 'active',
       s.ts_created + interval '400 days' + make_interval(hours => s.idsite), timestamp '2024-03-19 10:31:27' - make_interval(hours => s.idsite), NULL
FROM matomo_site s ORDER BY s.idsite;

CREATE TABLE matomo_tagmanager_container_version (
    idcontainerversion bigserial PRIMARY KEY,
    idcontainer varchar(8) NOT NULL,
    idsite integer NOT NULL,
    status varchar(10) NOT NULL,
    revision integer NOT NULL DEFAULT 1,
    name varchar(50) NOT NULL DEFAULT '',
    description varchar(1000) NOT NULL DEFAULT '',
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp NULL
);
CREATE TABLE pgen.tv (idsite int, rev int, name text, descr text, created timestamp, PRIMARY KEY (idsite, rev));
INSERT INTO pgen.tv
SELECT c.idsite, v.rev, v.name, v.descr, (c.created_date + (timestamp '2024-03-15 09:40:00' - c.created_date) * (v.d / 480.0))::timestamp(0)
FROM matomo_tagmanager_container c CROSS JOIN (VALUES
  (1, '', '', 0), (2, 'v1 - grundopsætning', 'Matomo-sidevisninger flyttet fra sidens kode til Tag Manager', 1),
  (3, 'v2 - Meta Pixel og samtykke', 'Pixel tilføjet efter aftale med marketing; fyrer først efter samtykke i Cookiebot', 220),
  (4, 'v3 - betalingsmur-events', 'Klik på abonnér-knapper som events; testet i staging af Kasper', 480)) v(rev, name, descr, d)
ORDER BY 5, 1;
INSERT INTO matomo_tagmanager_container_version (idcontainer, idsite, status, revision, name, description, created_date, updated_date, deleted_date)
SELECT c.idcontainer, t.idsite, 'active', t.rev, t.name, t.descr, t.created, CASE WHEN t.rev = 1 THEN c.updated_date ELSE t.created END, NULL
FROM pgen.tv t JOIN matomo_tagmanager_container c ON c.idsite = t.idsite ORDER BY t.created, t.idsite, t.rev;

CREATE TABLE matomo_tagmanager_container_release (
    idcontainerrelease bigserial PRIMARY KEY,
    idcontainer varchar(8) NOT NULL,
    idcontainerversion bigint NOT NULL,
    idsite integer NOT NULL,
    status varchar(10) NOT NULL,
    environment varchar(40) NOT NULL,
    release_login varchar(100) NOT NULL,
    release_date timestamp NOT NULL,
    deleted_date timestamp NULL
);
INSERT INTO matomo_tagmanager_container_release (idcontainer, idcontainerversion, idsite, status, environment, release_login, release_date, deleted_date)
SELECT cv.idcontainer, cv.idcontainerversion, cv.idsite, CASE WHEN cv.revision < 4 AND e.env = 'live' THEN 'deleted' ELSE 'active' END, e.env,
       CASE WHEN cv.idsite = 4 AND cv.revision = 4 THEN 'nordlys-web' WHEN cv.revision = 2 THEN 'hbt' ELSE 'kbu' END,
       cv.created_date + make_interval(hours => e.h), CASE WHEN cv.revision < 4 AND e.env = 'live' THEN (SELECT n.created_date + interval '2 days' FROM matomo_tagmanager_container_version n WHERE n.idsite = cv.idsite AND n.revision = cv.revision + 1) END
FROM matomo_tagmanager_container_version cv CROSS JOIN (VALUES ('staging', 1), ('live', 48)) e(env, h)
WHERE cv.revision >= 2 AND NOT (e.env = 'staging' AND cv.revision < 4)
ORDER BY 7, cv.idsite, e.env;

CREATE TABLE matomo_tagmanager_trigger (
    idtrigger bigserial PRIMARY KEY,
    idcontainerversion bigint NOT NULL,
    idsite integer NOT NULL,
    type varchar(50) NOT NULL,
    name varchar(255) NOT NULL,
    description varchar(1000) NOT NULL DEFAULT '',
    status varchar(10) NOT NULL,
    parameters text NOT NULL,
    conditions text NOT NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp NULL
);
INSERT INTO matomo_tagmanager_trigger (idcontainerversion, idsite, type, name, description, status, parameters, conditions, created_date, updated_date)
SELECT cv.idcontainerversion, cv.idsite, t.type, t.name, t.d, 'active', t.p, t.c, cv.created_date, cv.updated_date
FROM matomo_tagmanager_container_version cv JOIN (VALUES
  (1, 2, 'PageView', 'Alle sider', '', '[]', '[]'),
  (2, 3, 'CustomEvent', 'Samtykke til marketing', 'Cookiebot sender CookiebotOnConsentReady', '{"eventName":"CookiebotOnConsentReady"}', '[{"actual":"DataLayer.Cookiebot.consent.marketing","comparison":"equals","expected":"true"}]'),
  (3, 4, 'AllElementsClick', 'Klik på abonnér', '', '[]', '[{"actual":"ClickClasses","comparison":"contains","expected":"btn-abonner"}]'),
  (4, 4, 'FormSubmit', 'Formular sendt', 'Nyhedsbrev og læserbrev', '[]', '[{"actual":"FormId","comparison":"match_regex","expected":"^(nyhedsbrev|laeserbrev)$"}]')) t(o, minrev, type, name, d, p, c)
  ON cv.revision = 1 OR cv.revision >= t.minrev
ORDER BY cv.idcontainerversion, t.o;

CREATE TABLE matomo_tagmanager_variable (
    idvariable bigserial PRIMARY KEY,
    idcontainerversion bigint NOT NULL,
    idsite integer NOT NULL,
    type varchar(50) NOT NULL,
    name varchar(255) NOT NULL,
    description varchar(1000) NOT NULL DEFAULT '',
    status varchar(10) NOT NULL,
    parameters text NOT NULL,
    default_value text NULL,
    lookup_table text NOT NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp NULL
);
INSERT INTO matomo_tagmanager_variable (idcontainerversion, idsite, type, name, description, status, parameters, default_value, lookup_table, created_date, updated_date)
SELECT cv.idcontainerversion, cv.idsite, t.type, t.name, t.d, 'active',
       CASE WHEN t.o = 1 THEN '{"matomoUrl":"https:\/\/statistik.limfjordmedier.dk\/","idSite":"' || cv.idsite || '","enableLinkTracking":true,"enableCrossDomainLinking":true,"crossDomainLinkingTimeout":"180",'
              || '"enableDoNotTrack":false,"disableCookies":false,"requireConsent":false,"requireCookieConsent":true,"setSecureCookie":true,"cookieDomain":"*.' || replace(s.main_url, 'https://', '') || '",'
              || '"userId":"' || CASE WHEN cv.idsite >= 4 THEN '{{Læser-email}}' ELSE '{{Læser-abonnentnummer}}' END || '","customDimensions":[{"index":"1","value":"{{Abonnementstype}}"},{"index":"2","value":"{{Læser-abonnentnummer}}"}],'
              || '"enableHeartBeatTimer":true,"heartBeatTime":"15","trackAllContentImpressions":false,"trackVisibleContentImpressions":false,"bundleTracker":true,"registerAsDefaultTracker":true,'
              || '"enableFormAnalytics":true,"enableMediaAnalytics":false,"trackingEndpoint":"matomo.php","jsEndpoint":"matomo.js"}'
            WHEN t.o = 5 THEN '{"constantValue":"pk.' || rtrim(translate(encode(convert_to('{"u":"limfjordmedier","a":"' || lower(pgen.rnd('mbx', cv.idsite, 25)) || '"}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.' || pgen.rnd('mbxs', cv.idsite, 22) || '"}'
            WHEN t.o = 6 THEN '{"constantValue":"xkeysib-' || fixture_gen.hexn('brevo', 1, 64) || '-' || pgen.rnd('brevos', 1, 16) || '"}'
            ELSE t.p END,
       t.dv, t.lt, cv.created_date, cv.updated_date
FROM matomo_tagmanager_container_version cv JOIN matomo_site s ON s.idsite = cv.idsite JOIN (VALUES
  (1, 2, 'MatomoConfiguration', 'Matomo-konfiguration', '', NULL, NULL::text, '[]', 0),
  (2, 3, 'DataLayer', 'Læser-abonnentnummer', 'Sættes af login-systemet', '{"dataLayerName":"reader.subscriberNumber"}', '', '[]', 0),
  (3, 3, 'DataLayer', 'Abonnementstype', '', '{"dataLayerName":"reader.tier"}', 'ingen', '[{"comparison":"equals","compareValue":"digital+print","setValue":"digital+print"},{"comparison":"equals","compareValue":"","setValue":"ingen"}]', 0),
  (4, 3, 'DataLayer', 'Læser-email', 'Kun shop og oplevelser', '{"dataLayerName":"reader.email"}', '', '[]', 4),
  (5, 4, 'Constant', 'Mapbox-token (valgkort)', 'Kort til kommunalvalgs-grafikken', NULL, NULL, '[]', 1),
  (6, 4, 'Constant', 'Brevo API-nøgle (nyhedsbrev-popup)', 'Midlertidig - flyttes til backend', NULL, NULL, '[]', 4)) t(o, minrev, type, name, d, p, dv, lt, onlysite)
  ON (cv.revision = 1 OR cv.revision >= t.minrev) AND (t.onlysite = 0 OR (t.onlysite = 1 AND cv.idsite IN (1, 2)) OR (t.onlysite = 4 AND cv.idsite IN (4, 5) AND (t.o = 4 OR cv.idsite = 4)))
ORDER BY cv.idcontainerversion, t.o;

CREATE TABLE matomo_tagmanager_tag (
    idtag bigserial PRIMARY KEY,
    idcontainerversion bigint NOT NULL,
    idsite integer NOT NULL,
    type varchar(50) NOT NULL,
    name varchar(255) NOT NULL,
    description varchar(1000) NOT NULL DEFAULT '',
    status varchar(10) NOT NULL,
    parameters text NOT NULL,
    fire_trigger_ids text NOT NULL,
    block_trigger_ids text NOT NULL,
    fire_limit varchar(20) NOT NULL DEFAULT 'unlimited',
    priority smallint NOT NULL,
    fire_delay integer NOT NULL DEFAULT 0,
    start_date timestamp NULL,
    end_date timestamp NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp NULL
);
CREATE FUNCTION pgen.trig(cv bigint, nm text) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT coalesce('[' || (SELECT idtrigger FROM matomo_tagmanager_trigger WHERE idcontainerversion = cv AND name = nm) || ']', '[]') $$;
INSERT INTO matomo_tagmanager_tag (idcontainerversion, idsite, type, name, description, status, parameters, fire_trigger_ids, block_trigger_ids, fire_limit, priority, fire_delay,
  start_date, end_date, created_date, updated_date)
SELECT cv.idcontainerversion, cv.idsite, t.type, t.name, t.d, 'active',
       CASE t.o WHEN 2 THEN '{"customHtml":"<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version=''2.0'';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,''script'',''https:\/\/connect.facebook.net\/en_US\/fbevents.js'');fbq(''init'', ''' || (804112937000000 + cv.idsite * 1117)::text || ''');fbq(''track'', ''PageView'');<\/script>","htmlPosition":"bodyEnd"}'
                WHEN 3 THEN '{"customHtml":"<script id=\"Cookiebot\" src=\"https:\/\/consent.cookiebot.com\/uc.js\" data-cbid=\"' || fixture_gen.uuid('cbid', 1) || '\" data-blockingmode=\"auto\" type=\"text\/javascript\"><\/script>","htmlPosition":"headStart"}'
                ELSE t.p END,
       pgen.trig(cv.idcontainerversion, t.trig), '[]', 'unlimited', t.prio, 0, NULL, NULL, cv.created_date, cv.updated_date
FROM matomo_tagmanager_container_version cv JOIN (VALUES
  (1, 2, 'Matomo', 'Matomo - sidevisning', '', '{"matomoConfig":"{{Matomo-konfiguration}}","trackingType":"pageview","idGoal":"","goalCustomRevenue":"","documentTitle":"","customUrl":"","eventCategory":"","eventAction":"","eventName":"","eventValue":""}', 'Alle sider', 999),
  (2, 3, 'CustomHtml', 'Meta Pixel', 'Kun efter marketing-samtykke', NULL, 'Samtykke til marketing', 999),
  (3, 3, 'CustomHtml', 'Cookiebot', '', NULL, 'Alle sider', 1),
  (4, 4, 'Matomo', 'Matomo - klik på abonnér', '', '{"matomoConfig":"{{Matomo-konfiguration}}","trackingType":"event","idGoal":"","goalCustomRevenue":"","documentTitle":"","customUrl":"","eventCategory":"Betalingsmur","eventAction":"Klik på køb","eventName":"{{ClickText}}","eventValue":""}', 'Klik på abonnér', 999)) t(o, minrev, type, name, d, p, trig, prio)
  ON cv.revision = 1 OR cv.revision >= t.minrev
ORDER BY cv.idcontainerversion, t.o;

-- ---------------------------------------------------------------------------
-- Archives of March 2024: days, weeks and the month of each site, and the
-- month of the auto-archived segments. Numeric metrics and done flags;
-- reports as zlib-compressed PHP-serialized DataTable rows (columns,
-- metadata, subtable id).

CREATE TABLE matomo_archive_numeric_2024_03 (
    idarchive integer NOT NULL,
    name varchar(190) NOT NULL,
    idsite integer NULL,
    date1 date NULL,
    date2 date NULL,
    period smallint NULL,
    ts_archived timestamp NULL,
    value double precision NULL,
    PRIMARY KEY (idarchive, name)
);
CREATE INDEX matomo_archive_numeric_2024_03_index_idsite_dates_period ON matomo_archive_numeric_2024_03 (idsite, date1, date2, period, name);
CREATE TABLE matomo_archive_blob_2024_03 (
    idarchive integer NOT NULL,
    name varchar(190) NOT NULL,
    idsite integer NULL,
    date1 date NULL,
    date2 date NULL,
    period smallint NULL,
    ts_archived timestamp NULL,
    value bytea NULL,
    PRIMARY KEY (idarchive, name)
);
CREATE INDEX matomo_archive_blob_2024_03_index_period_archived ON matomo_archive_blob_2024_03 (period, ts_archived);

CREATE TABLE pgen.arc (idarchive serial PRIMARY KEY, idsite int, period int, d1 date, d2 date, ts timestamp, seg text);
INSERT INTO pgen.arc (idsite, period, d1, d2, ts, seg)
SELECT idsite, period, d1, d2, ts, seg FROM (
  SELECT s AS idsite, 1 AS period, d::date AS d1, d::date AS d2, (d + interval '1 day 5 minutes' + make_interval(secs => s * 37))::timestamp(0) AS ts, NULL::text AS seg
  FROM generate_series(1, 5) s CROSS JOIN generate_series(timestamp '2024-03-01', '2024-03-31', '1 day') d
  UNION ALL
  SELECT s, 2, w::date, (w + interval '6 days')::date, (w + interval '7 days 12 minutes' + make_interval(secs => s * 41))::timestamp(0), NULL
  FROM generate_series(1, 5) s CROSS JOIN generate_series(timestamp '2024-03-04', '2024-03-25', '7 days') w
  UNION ALL
  SELECT s, 3, date '2024-03-01', date '2024-03-31', timestamp '2024-04-01 00:20:00' + make_interval(secs => s * 53), NULL FROM generate_series(1, 5) s
  UNION ALL
  SELECT s, 3, date '2024-03-01', date '2024-03-31', timestamp '2024-04-01 00:40:00' + make_interval(secs => s * 53 + g.idsegment * 7), g.definition
  FROM generate_series(1, 5) s JOIN matomo_segment g ON g.auto_archive = 1 AND g.deleted = 0 AND (g.enable_only_idsite = 0 OR g.enable_only_idsite = s)) a
ORDER BY ts, idsite, period, seg;

-- Visits of an archive (a segment is applied for the few it can be).
CREATE FUNCTION pgen.av(a int) RETURNS SETOF matomo_log_visit
LANGUAGE sql STABLE AS $$
  SELECT v.* FROM matomo_log_visit v JOIN pgen.arc r ON r.idarchive = a
  WHERE v.idsite = r.idsite AND v.visit_first_action_time::date BETWEEN r.d1 AND r.d2
    AND (r.seg IS NULL OR (r.seg = 'dimension1==digital' AND v.custom_dimension_1 = 'digital') OR (r.seg = 'dimension1==digital%252Bprint' AND v.custom_dimension_1 = 'digital+print')
      OR (r.seg = 'userId==' AND v.user_id IS NULL) OR (r.seg LIKE 'referrerName==Facebook%' AND v.referer_name IN ('Facebook', 'Instagram'))
      OR (r.seg = 'referrerName==nyhedsbrev-morgen' AND v.referer_name = 'nyhedsbrev-morgen')
      OR (r.seg = 'productSku==INTRO-1KR' AND EXISTS (SELECT 1 FROM matomo_log_conversion_item i JOIN matomo_log_action x ON x.idaction = i.idaction_sku WHERE i.idvisit = v.idvisit AND x.name = 'INTRO-1KR')))
$$;
INSERT INTO matomo_archive_numeric_2024_03
SELECT r.idarchive, m.name, r.idsite, r.d1, r.d2, r.period, r.ts, m.value
FROM pgen.arc r
CROSS JOIN LATERAL (SELECT count(*) AS nv, coalesce(sum(visit_total_actions), 0) AS na, count(DISTINCT idvisitor) AS nu, count(DISTINCT user_id) AS nus,
  coalesce(sum(visit_total_time), 0) AS tt, count(*) FILTER (WHERE visit_total_actions = 1) AS bc, coalesce(max(visit_total_actions), 0) AS ma,
  count(*) FILTER (WHERE visit_goal_converted = 1) AS nc FROM pgen.av(r.idarchive)) x
CROSS JOIN LATERAL (VALUES
  (1, 'done' || CASE WHEN r.seg IS NULL THEN '' ELSE md5(r.seg) END, 1::double precision), (2, 'nb_visits', x.nv), (3, 'nb_actions', x.na), (4, 'nb_uniq_visitors', x.nu), (5, 'nb_users', x.nus),
  (6, 'sum_visit_length', x.tt), (7, 'bounce_count', x.bc), (8, 'max_actions', x.ma), (9, 'nb_visits_converted', x.nc)) m(o, name, value)
WHERE r.seg IS NULL OR m.o <= 3
ORDER BY r.idarchive, m.o;

-- DataTable rows: columns, metadata, no subtable.
CREATE FUNCTION pgen.dtrow(cols text[], meta text[] DEFAULT '{}') RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'a:3:{i:0;' || pgen.pa(cols) || 'i:1;' || pgen.pa(meta) || 'i:3;N;}' $$;
CREATE FUNCTION pgen.report(a int, rname text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT pgen.pl(array_agg(row ORDER BY o)) FROM (
    SELECT row_number() OVER (ORDER BY nv DESC, label) AS o, pgen.dtrow(ARRAY['label', pgen.ps(label), 'nb_visits', pgen.pi(nv), 'nb_actions', pgen.pi(na), 'sum_visit_length', pgen.pi(tt), 'nb_visits_converted', pgen.pi(nc)],
           ARRAY['idvisitor', pgen.ps(vid)]) AS row, nv, label
    FROM (SELECT user_id AS label, count(*) AS nv, sum(visit_total_actions) AS na, sum(visit_total_time) AS tt, count(*) FILTER (WHERE visit_goal_converted = 1) AS nc,
                 encode((array_agg(idvisitor))[1], 'hex') AS vid FROM pgen.av(a) WHERE user_id IS NOT NULL GROUP BY user_id) u
    WHERE rname = 'UserId_users'
    UNION ALL
    SELECT row_number() OVER (ORDER BY nv DESC, label), pgen.dtrow(ARRAY['label', pgen.pi(label), 'nb_uniq_visitors', pgen.pi(nu), 'nb_visits', pgen.pi(nv), 'nb_actions', pgen.pi(na), 'sum_visit_length', pgen.pi(tt), 'bounce_count', pgen.pi(bc)]), nv, label::text
    FROM (SELECT CASE WHEN rname = 'Referrers_type' THEN referer_type ELSE config_device_type END AS label, count(*) AS nv, count(DISTINCT idvisitor) AS nu, sum(visit_total_actions) AS na,
                 sum(visit_total_time) AS tt, count(*) FILTER (WHERE visit_total_actions = 1) AS bc FROM pgen.av(a) GROUP BY 1) t
    WHERE rname IN ('Referrers_type', 'DevicesDetection_types')
    UNION ALL
    SELECT row_number() OVER (ORDER BY nv DESC, label), pgen.dtrow(ARRAY['label', pgen.ps(label), 'nb_visits', pgen.pi(nv), 'nb_actions', pgen.pi(na)], ARRAY['lat', pgen.pd(lat), 'long', pgen.pd(lon)]), nv, label
    FROM (SELECT location_city || '|' || trim(location_region) || '|' || trim(location_country) AS label, count(*) AS nv, sum(visit_total_actions) AS na, max(location_latitude) AS lat, max(location_longitude) AS lon
          FROM pgen.av(a) GROUP BY 1) c
    WHERE rname = 'UserCountry_city'
    UNION ALL
    SELECT row_number() OVER (ORDER BY nh DESC, label), pgen.dtrow(ARRAY['label', pgen.ps(label), 'nb_visits', pgen.pi(nv), 'nb_hits', pgen.pi(nh), 'sum_time_spent', pgen.pi(ts)]), nh, label
    FROM (SELECT CASE WHEN rname = 'Actions_actions_url' THEN regexp_replace(x.name, '^[^/]+', '') ELSE x.name END AS label, count(DISTINCT la.idvisit) AS nv, count(*) AS nh, coalesce(sum(la.time_spent), 0) AS ts
          FROM matomo_log_link_visit_action la JOIN matomo_log_action x ON x.idaction = CASE WHEN rname = 'Actions_actions_url' THEN la.idaction_url ELSE la.idaction_name END
          WHERE la.idvisit IN (SELECT idvisit FROM pgen.av(a)) AND la.time_network IS NOT NULL GROUP BY 1) p
    WHERE rname IN ('Actions_actions_url', 'Actions_actions')
    UNION ALL
    SELECT row_number() OVER (ORDER BY nv DESC, label), pgen.dtrow(ARRAY['label', pgen.ps(label), 'nb_visits', pgen.pi(nv), 'nb_hits', pgen.pi(nh), 'nb_pages_per_search', pgen.pd(pps)]), nv, label
    FROM (SELECT x.name AS label, count(DISTINCT la.idvisit) AS nv, count(*) AS nh, round(avg(la.search_count), 1) AS pps
          FROM matomo_log_link_visit_action la JOIN matomo_log_action x ON x.idaction = la.idaction_name
          WHERE la.idvisit IN (SELECT idvisit FROM pgen.av(a)) AND la.search_count IS NOT NULL GROUP BY 1) q
    WHERE rname = 'Actions_sitesearch'
    UNION ALL
    SELECT row_number() OVER (ORDER BY rev DESC, label), pgen.dtrow(ARRAY['label', pgen.ps(label), 'revenue', pgen.pd(rev), 'quantity', pgen.pi(qty), 'orders', pgen.pi(ord), 'nb_visits', pgen.pi(ord)]), ord, label
    FROM (SELECT x.name AS label, sum(i.price * i.quantity) AS rev, sum(i.quantity) AS qty, count(DISTINCT i.idorder) AS ord
          FROM matomo_log_conversion_item i JOIN matomo_log_action x ON x.idaction = i.idaction_sku
          WHERE i.idvisit IN (SELECT idvisit FROM pgen.av(a)) AND i.idorder <> '0' GROUP BY 1) g
    WHERE rname = 'Goals_ItemsSku') rows
$$;
INSERT INTO matomo_archive_blob_2024_03
SELECT r.idarchive, b.name, r.idsite, r.d1, r.d2, r.period, r.ts, pgen.zlib(convert_to(x.rep, 'UTF8'))
FROM pgen.arc r
CROSS JOIN (VALUES (1, 'Actions_actions_url'), (2, 'Actions_actions'), (3, 'Actions_sitesearch'), (4, 'Referrers_type'), (5, 'UserCountry_city'), (6, 'DevicesDetection_types'),
                   (7, 'UserId_users'), (8, 'Goals_ItemsSku')) b(o, name)
CROSS JOIN LATERAL (SELECT pgen.report(r.idarchive, b.name) AS rep) x
WHERE r.seg IS NULL AND x.rep IS NOT NULL AND (r.period > 1 OR (r.d1 >= '2024-03-25' AND b.name IN ('UserId_users', 'Referrers_type', 'Actions_sitesearch')))
ORDER BY r.idarchive, b.o;

INSERT INTO matomo_sequence VALUES
 ('matomo_archive_numeric_2023_12', 40117), ('matomo_archive_numeric_2024_01', 41822), ('matomo_archive_numeric_2024_02', 39114),
 ('matomo_archive_numeric_2024_03', (SELECT max(idarchive) FROM pgen.arc)), ('matomo_archive_numeric_2024_04', 12);

-- ---------------------------------------------------------------------------

SELECT fixture_gen.reset_sequences('public');
SET client_min_messages = warning;
DROP SCHEMA pgen CASCADE;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
