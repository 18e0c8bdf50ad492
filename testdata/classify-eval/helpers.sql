-- Deterministic value generators shared by the classify-eval fixtures
-- (testdata/classify-eval/<name>/schema.sql), loaded before each of them
-- into the schema fixture_gen, which each fixture drops when it is done.
-- Every value derives from md5/sha256 of a tag and a row number: no
-- random(), no now(). Checksummed identifiers are computed here (Luhn,
-- ISO 7064 mod 97, mod 11), so they are valid; credentials are assembled
-- at load time, so no line of the repository looks like a live one.

CREATE SCHEMA fixture_gen;

-- n: a deterministic integer in [0, mod) for a tag and a row number. The
-- explicit i::text keeps the body immutable (text || bigint is only
-- stable), so the planner inlines n and uuid, which the fixtures call
-- hundreds of thousands of times; the values are the same.
CREATE FUNCTION fixture_gen.n(tag text, i bigint, m int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
  SELECT (('x' || substr(md5(tag || ':' || i::text), 1, 8))::bit(32)::bigint % m)::int
$$;

-- pick: an element of a non-empty array.
CREATE FUNCTION fixture_gen.pick(arr text[], tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT arr[1 + fixture_gen.n(tag, i, cardinality(arr))]
$$;

-- digits: len decimal digits.
CREATE FUNCTION fixture_gen.digits(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg((fixture_gen.n(tag || k, i, 10))::text, '' ORDER BY k) FROM generate_series(1, len) k
$$;

-- chars: len characters drawn from alphabet (random-looking tokens).
CREATE FUNCTION fixture_gen.chars(tag text, i bigint, len int,
    alphabet text DEFAULT 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(substr(alphabet, 1 + fixture_gen.n(tag || k, i, length(alphabet)), 1), '' ORDER BY k)
  FROM generate_series(1, len) k
$$;

-- luhn: digits followed by their Luhn check digit.
CREATE FUNCTION fixture_gen.luhn(d text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d || ((10 - sum(CASE WHEN k % 2 = 1 THEN (CASE WHEN v * 2 > 9 THEN v * 2 - 9 ELSE v * 2 END) ELSE v END) % 10) % 10)::text
  FROM (SELECT k, substr(reverse(d), k, 1)::int AS v FROM generate_series(1, length(d)) k) x
$$;

-- card: a Luhn-valid card number with a real issuer prefix.
CREATE FUNCTION fixture_gen.card(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.luhn(p || fixture_gen.digits(tag, i, 15 - length(p)))
  FROM (SELECT fixture_gen.pick(ARRAY['4', '51', '53', '55', '2221', '4000'], tag, i) AS p) x
$$;

-- iban: an IBAN for a country and its BBAN, with the mod-97 check digits.
CREATE FUNCTION fixture_gen.iban(country text, bban text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT country || lpad((98 - (string_agg(CASE WHEN c ~ '[A-Z]' THEN (ascii(c) - 55)::text ELSE c END, '' ORDER BY k)::numeric % 97))::text, 2, '0') || bban
  FROM (SELECT k, substr(upper(bban) || country || '00', k, 1) AS c FROM generate_series(1, length(bban) + 4) k) x
$$;

-- iban_for: a valid IBAN of one of a few countries.
CREATE FUNCTION fixture_gen.iban_for(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 4)
    WHEN 0 THEN fixture_gen.iban('DE', fixture_gen.digits(tag || 'de', i, 18))
    WHEN 1 THEN fixture_gen.iban('FR', fixture_gen.digits(tag || 'fr', i, 23))
    WHEN 2 THEN fixture_gen.iban('NL', 'ABNA' || fixture_gen.digits(tag || 'nl', i, 10))
    ELSE fixture_gen.iban('ES', fixture_gen.digits(tag || 'es', i, 20)) END
$$;

-- vat: an EU VAT number with a valid check: DE (ISO 7064 mod 11,10), FR
-- (key from the SIREN), BE (mod 97).
CREATE FUNCTION fixture_gen.vat(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d text;
  p int := 10;
  s int;
  siren text;
BEGIN
  CASE fixture_gen.n(tag, i, 3)
  WHEN 0 THEN
    d := (1 + fixture_gen.n(tag || 'd1', i, 9))::text || fixture_gen.digits(tag || 'de', i, 7);
    FOR k IN 1..8 LOOP
      s := (substr(d, k, 1)::int + p) % 10;
      IF s = 0 THEN s := 10; END IF;
      p := (2 * s) % 11;
    END LOOP;
    RETURN 'DE' || d || ((11 - p) % 10)::text;
  WHEN 1 THEN
    siren := fixture_gen.luhn((1 + fixture_gen.n(tag || 'f1', i, 9))::text || fixture_gen.digits(tag || 'fr', i, 7));
    RETURN 'FR' || lpad(((12 + 3 * (siren::bigint % 97)) % 97)::text, 2, '0') || siren;
  ELSE
    d := '0' || (1 + fixture_gen.n(tag || 'b1', i, 9))::text || fixture_gen.digits(tag || 'be', i, 6);
    RETURN 'BE' || d || lpad((97 - d::bigint % 97)::text, 2, '0');
  END CASE;
END $$;

-- ssn: a US SSN in an issued range (area 001-665 or 667-899, group and
-- serial not zero).
CREATE FUNCTION fixture_gen.ssn(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT lpad(a::text, 3, '0') || '-' || lpad((1 + fixture_gen.n(tag || 'g', i, 99))::text, 2, '0') || '-' || lpad((1 + fixture_gen.n(tag || 's', i, 9999))::text, 4, '0')
  FROM (SELECT CASE WHEN x = 666 THEN 667 ELSE x END AS a FROM (SELECT 1 + fixture_gen.n(tag || 'a', i, 899) AS x) y) z
$$;

-- cpf: a Brazilian CPF with both mod-11 check digits, formatted.
CREATE FUNCTION fixture_gen.cpf(tag text, i bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  d text := (1 + fixture_gen.n(tag || 'c1', i, 9))::text || fixture_gen.digits(tag, i, 8);
  s int;
BEGIN
  FOR round IN 1..2 LOOP
    s := 0;
    FOR k IN 1..length(d) LOOP
      s := s + substr(d, k, 1)::int * (length(d) + 2 - k);
    END LOOP;
    s := (s * 10) % 11;
    IF s = 10 THEN s := 0; END IF;
    d := d || s::text;
  END LOOP;
  RETURN substr(d, 1, 3) || '.' || substr(d, 4, 3) || '.' || substr(d, 7, 3) || '-' || substr(d, 10, 2);
END $$;

-- nino: a UK National Insurance number (valid prefix letters, A-D suffix).
CREATE FUNCTION fixture_gen.nino(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['AB', 'CE', 'JG', 'KL', 'MA', 'NH', 'PR', 'SW', 'TM', 'WE', 'YZ'], tag, i)
      || fixture_gen.digits(tag, i, 6) || fixture_gen.pick(ARRAY['A', 'B', 'C', 'D'], tag || 'x', i)
$$;

-- pan: an Indian PAN (AAAAA9999A, fourth letter P for a person).
CREATE FUNCTION fixture_gen.pan(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.chars(tag || 'a', i, 3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') || 'P'
      || fixture_gen.chars(tag || 'b', i, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') || fixture_gen.digits(tag, i, 4)
      || fixture_gen.chars(tag || 'c', i, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
$$;

-- first and last names of several cultures, and a full name.
CREATE FUNCTION fixture_gen.first_name(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Amelia', 'Oliver', 'Sofía', 'Mateo', 'Chloé', 'Lucas', 'Hannah', 'Jonas', 'Aoife', 'Cian',
    'Priya', 'Arjun', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Minji', 'Joon-ho', 'Fatima', 'Omar', 'Aylin', 'Emre', 'Chidi',
    'Ngozi', 'Kwame', 'Amara', 'Olga', 'Dmitri', 'Zofia', 'Piotr', 'Lars', 'Ingrid', 'João', 'Beatriz', 'Giulia',
    'Marco', 'Thandiwe', 'Sipho', 'Nguyen', 'Linh', 'Rahul', 'Ananya', 'Elif', 'Youssef', 'Leila', 'Mikael', 'Sanna'], tag, i)
$$;

CREATE FUNCTION fixture_gen.last_name(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Smith', 'Johnson', 'García', 'Martínez', 'Müller', 'Schmidt', 'Dubois', 'Lefèvre',
    'O''Brien', 'Murphy', 'Sharma', 'Patel', 'Wang', 'Li', 'Tanaka', 'Suzuki', 'Kim', 'Park', 'Haddad', 'Khalil',
    'Yılmaz', 'Demir', 'Okafor', 'Adeyemi', 'Mensah', 'Ivanova', 'Petrov', 'Kowalski', 'Nowak', 'Andersen',
    'Johansson', 'Silva', 'Santos', 'Rossi', 'Bianchi', 'Dlamini', 'Nkosi', 'Tran', 'Pham', 'Gupta', 'Reddy',
    'Öztürk', 'Benali', 'Virtanen', 'Korhonen', 'van der Berg', 'de Vries'], tag, i)
$$;

CREATE FUNCTION fixture_gen.full_name(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.first_name(tag, i) || ' ' || fixture_gen.last_name(tag, i)
$$;

-- ascii: a name folded for an email address or a login.
CREATE FUNCTION fixture_gen.ascii(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(lower(translate(s, 'áéíóúàèìòùâêîôûäëïöüãõñçıışğÁÉÍÓÚÖÜÇŞ', 'aeiouaeiouaeiouaeiouaoncıisgAEIOUOUCS')), '[^a-z0-9]+', '', 'g')
$$;

CREATE FUNCTION fixture_gen.email(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.ascii(fixture_gen.first_name(tag, i)) || '.' || fixture_gen.ascii(fixture_gen.last_name(tag, i))
      || (i % 1000)::text || '@' || fixture_gen.pick(ARRAY['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr',
         'proton.me', 'icloud.com', 'libero.it', 'mail.ru', 'naver.com', 'hey.com'], tag || 'd', i)
$$;

-- phone: a phone number in one of several national and E.164 formats.
CREATE FUNCTION fixture_gen.phone(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 6)
    WHEN 0 THEN '+1 (' || (200 + fixture_gen.n(tag || 'a', i, 700))::text || ') ' || (200 + fixture_gen.n(tag || 'b', i, 700))::text || '-' || fixture_gen.digits(tag, i, 4)
    WHEN 1 THEN '+44 7' || fixture_gen.digits(tag, i, 3) || ' ' || fixture_gen.digits(tag || 'c', i, 6)
    WHEN 2 THEN '+49 30 ' || fixture_gen.digits(tag, i, 8)
    WHEN 3 THEN '+33 6 ' || fixture_gen.digits(tag, i, 2) || ' ' || fixture_gen.digits(tag || 'd', i, 2) || ' ' || fixture_gen.digits(tag || 'e', i, 2) || ' ' || fixture_gen.digits(tag || 'f', i, 2)
    WHEN 4 THEN '+91 9' || fixture_gen.digits(tag, i, 4) || ' ' || fixture_gen.digits(tag || 'g', i, 5)
    ELSE '+81-90-' || fixture_gen.digits(tag, i, 4) || '-' || fixture_gen.digits(tag || 'h', i, 4) END
$$;

-- street: a street address line of several countries.
CREATE FUNCTION fixture_gen.street(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 5)
    WHEN 0 THEN (1 + fixture_gen.n(tag || 'n', i, 2400))::text || ' ' || fixture_gen.pick(ARRAY['Maple Avenue', 'Oak Street', 'Sunset Boulevard', 'Elm Drive', 'Lakeview Road', 'Cedar Lane'], tag, i)
    WHEN 1 THEN fixture_gen.pick(ARRAY['Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'Schillerplatz'], tag, i) || ' ' || (1 + fixture_gen.n(tag || 'n', i, 120))::text
    WHEN 2 THEN (1 + fixture_gen.n(tag || 'n', i, 90))::text || ' ' || fixture_gen.pick(ARRAY['rue de la République', 'avenue Victor Hugo', 'boulevard Voltaire', 'rue des Lilas'], tag, i)
    WHEN 3 THEN fixture_gen.pick(ARRAY['Calle Mayor', 'Avenida de la Constitución', 'Rua Augusta', 'Via Roma'], tag, i) || ', ' || (1 + fixture_gen.n(tag || 'n', i, 200))::text
    ELSE 'Flat ' || (1 + fixture_gen.n(tag || 'f', i, 30))::text || ', ' || (1 + fixture_gen.n(tag || 'n', i, 300))::text || ' ' || fixture_gen.pick(ARRAY['High Street', 'Station Road', 'Church Lane', 'Victoria Road'], tag, i) END
$$;

CREATE FUNCTION fixture_gen.city(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY['Springfield', 'Portland', 'Austin', 'Manchester', 'Leeds', 'München', 'Köln', 'Lyon', 'Toulouse',
    'Sevilla', 'Porto', 'Bologna', 'Pune', 'Bengaluru', 'Osaka', 'Busan', 'Lagos', 'Accra', 'Kraków', 'Göteborg', 'Curitiba'], tag, i)
$$;

CREATE FUNCTION fixture_gen.postcode(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE fixture_gen.n(tag, i, 4)
    WHEN 0 THEN fixture_gen.digits(tag, i, 5)
    WHEN 1 THEN fixture_gen.pick(ARRAY['M1', 'LS6', 'SW1A', 'EH3', 'B15'], tag, i) || ' ' || fixture_gen.digits(tag, i, 1) || fixture_gen.chars(tag, i, 2, 'ABDEFGHJLNPQRSTUWXYZ')
    WHEN 2 THEN fixture_gen.digits(tag, i, 5) || '-' || fixture_gen.digits(tag || 'z', i, 4)
    ELSE fixture_gen.digits(tag, i, 2) || '-' || fixture_gen.digits(tag || 'p', i, 3) END
$$;

CREATE FUNCTION fixture_gen.ipv4(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (11 + fixture_gen.n(tag || 'a', i, 200))::text || '.' || fixture_gen.n(tag || 'b', i, 256)::text || '.'
      || fixture_gen.n(tag || 'c', i, 256)::text || '.' || (1 + fixture_gen.n(tag || 'd', i, 254))::text
$$;

CREATE FUNCTION fixture_gen.ipv6(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '2a02:' || substr(md5(tag || i), 1, 4) || ':' || substr(md5(tag || i), 5, 4) || '::' || substr(md5(tag || i), 9, 4) || ':' || substr(md5(tag || i), 13, 4)
$$;

CREATE FUNCTION fixture_gen.birth_date(tag text, i bigint) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT date '1950-01-01' + fixture_gen.n(tag, i, 365 * 55)
$$;

CREATE FUNCTION fixture_gen.stamp(tag text, i bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT timestamptz '2021-01-01 00:00:00+00' + make_interval(secs => fixture_gen.n(tag, i, 126000000))
$$;

-- bcrypt: a bcrypt-shaped password hash; pbkdf2: Django's format.
CREATE FUNCTION fixture_gen.bcrypt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2a' || '$12$' || fixture_gen.chars(tag, i, 53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
$$;

CREATE FUNCTION fixture_gen.pbkdf2(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'pbkdf2_' || 'sha256$600000$' || fixture_gen.chars(tag || 's', i, 22) || '$'
      || translate(encode(sha256(convert_to(tag || i, 'UTF8')), 'base64'), E'\n', '')
$$;

-- jwt: a JSON Web Token for a subject, its header and claims real JSON.
CREATE FUNCTION fixture_gen.jwt(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT rtrim(translate(encode(convert_to('{"alg":"RS256","typ":"JWT"}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.'
      || rtrim(translate(encode(convert_to('{"sub":"' || i || '","iat":' || (1700000000 + i) || '}', 'UTF8'), 'base64'), E'+/\n', '-_'), '=') || '.'
      || fixture_gen.chars(tag, i, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
$$;

-- sentence: a sentence of prose with no personal data in it.
CREATE FUNCTION fixture_gen.sentence(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'The delivery arrived two days late and the box was slightly damaged.',
    'Please make sure the invoice shows the purchase order number next time.',
    'We would like to upgrade to the annual plan before the end of the quarter.',
    'The mobile app crashes when I open the settings page on an older phone.',
    'Great service, the replacement part fitted perfectly and works as expected.',
    'Could you add an export to spreadsheet option for the monthly report?',
    'The package was left at the back door as requested, thank you.',
    'Our team needs two more seats for the new contractors starting in March.',
    'The color of the sofa is a bit darker than it looked in the photos.',
    'Payment failed twice with the same error, so we switched to bank transfer.'], tag, i)
$$;

-- Helpers several fixtures share (they were copied into each before).
-- uuid: a deterministic UUID in text form.
CREATE FUNCTION fixture_gen.uuid(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT md5(tag || ':' || i::text)::uuid::text $$;

-- ep: stamp as epoch seconds; ms: as epoch milliseconds.
CREATE FUNCTION fixture_gen.ep(tag text, i bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT extract(epoch FROM fixture_gen.stamp(tag, i))::bigint $$;

CREATE FUNCTION fixture_gen.ms(tag text, i bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT (extract(epoch FROM fixture_gen.stamp(tag, i)) * 1000)::bigint + fixture_gen.n(tag || 'ms', i, 1000) $$;

-- ts: stamp as a timestamp without time zone, to the second.
CREATE FUNCTION fixture_gen.ts(tag text, i bigint) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT (fixture_gen.stamp(tag, i) AT TIME ZONE 'UTC')::timestamp(0) $$;

-- js: a text as a JSON string literal ('null' for NULL).
CREATE FUNCTION fixture_gen.js(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(to_json(v)::text, 'null') $$;

-- b64: base64 of len (<= 256) pseudo-random bytes; hexn: len hex digits.
CREATE FUNCTION fixture_gen.b64(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(encode(substr(sha512(convert_to(tag || ':' || i, 'UTF8')) || sha512(convert_to(tag || '+' || i, 'UTF8'))
      || sha512(convert_to(tag || '-' || i, 'UTF8')) || sha512(convert_to(tag || '*' || i, 'UTF8')), 1, len), 'base64'), E'\n', '')
$$;

CREATE FUNCTION fixture_gen.hexn(tag text, i bigint, len int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(string_agg(encode(sha512(convert_to(tag || b || ':' || i, 'UTF8')), 'hex'), '' ORDER BY b), 1, len) FROM generate_series(1, (len + 127) / 128) b
$$;

-- reset_sequences: set every sequence a column of schema nsp owns
-- (serial, identity) past the largest value the fixture inserted, so that
-- what inserts later gets a new key, as in the application's database.
CREATE FUNCTION fixture_gen.reset_sequences(nsp text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT s.relname AS seq, t.relname AS tbl, a.attname AS col FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
           JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid JOIN pg_namespace n ON n.oid = t.relnamespace
           WHERE s.relkind = 'S' AND n.nspname = nsp LOOP
    EXECUTE format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I.%I), 0) + 1, false)', format('%I.%I', nsp, r.seq), r.col, nsp, r.tbl);
  END LOOP;
END
$$;
