-- A few rows of each table of schema.sql. Identity columns are written
-- past their sequences (OVERRIDING SYSTEM VALUE), as rows restored or
-- imported in production are, so the copy must set each sequence past the
-- largest value.

INSERT INTO public.members (id, username, email, full_name, family_name, joined_at) OVERRIDING SYSTEM VALUE VALUES
    (1, 'Ada', 'ada@example.com', 'Ada Lovelace', 'Lovelace', '2024-01-02 09:00+00'),
    (2, 'grace', 'grace@example.org', 'Grace Hopper', 'Hopper', '2024-01-03 09:00+00'),
    (3, 'Linus', 'linus@example.net', 'Linus Torvalds', 'Torvalds', '2024-02-01 09:00+00'),
    (4, 'anna', 'anna.mueller@example.de', 'Anna Müller', 'Müller', '2024-03-01 09:00+00'),
    (50, 'MUELLER', 'j.mueller@example.de', 'Jan Mueller', 'Mueller', '2024-03-02 09:00+00');

INSERT INTO booking.locations (id, city, street_address) VALUES
    (1, 'Berlin', 'Torstraße 1'), (2, 'Lisbon', 'Rua Augusta 20'), (7, 'Leeds', '1 Park Row');

INSERT INTO booking.rooms (id, location_id, name, seats, hourly_rate_cents) VALUES
    (100, 1, 'Turing', 8, 2500), (101, 1, 'Hopper', 4, 1500), (102, 2, 'Pessoa', 12, 3000), (140, 7, 'Brontë', 2, 900);

INSERT INTO booking.reservations (id, room_id, member_id, during, contact_phone) OVERRIDING SYSTEM VALUE VALUES
    (1, 100, 1, '[2025-03-03 09:00+00, 2025-03-03 11:00+00)', '+49 30 1234567'),
    (2, 100, 2, '[2025-03-03 11:00+00, 2025-03-03 12:30+00)', '+1 212 555 0100'),
    (3, 101, 3, '[2025-03-03 09:00+00, 2025-03-03 17:00+00)', NULL),
    (4, 102, 4, '[2025-03-04 08:00+00, 2025-03-04 10:00+00)', '+351 21 000 0000'),
    (90, 140, 50, '[2025-03-05 13:00+00, 2025-03-05 14:00+00)', '+44 113 496 0000');

INSERT INTO booking.member_notes (id, location_id, member_id, note) VALUES
    (1, 1, 1, 'Prefers the quiet room'), (2, 2, 4, 'Call before 10'), (30, 7, 50, 'Allergic to lilies');

-- Signed agreements, stored as large objects.
INSERT INTO public.agreements (id, member_id, signed_on, document) VALUES
    (1, 1, '2024-01-02', lo_from_bytea(0, convert_to('Membership agreement: Ada Lovelace, ada@example.com', 'UTF8'))),
    (2, 2, '2024-01-03', lo_from_bytea(0, convert_to('Membership agreement: Grace Hopper, grace@example.org', 'UTF8'))),
    (3, 4, '2024-03-01', lo_from_bytea(0, convert_to('Mitgliedsvertrag: Anna Müller', 'UTF8')));

INSERT INTO public.session_cache (session_key, member_id, expires_at) VALUES
    ('s-1f3a', 1, '2025-03-03 18:00+00'), ('s-77be', 3, '2025-03-03 19:00+00');

INSERT INTO search.room_synonyms (room_id, synonym) VALUES
    (100, 'big meeting room'), (101, 'small meeting room'), (102, 'boardroom');

INSERT INTO "Audit".events (happened_at, actor_email, action) VALUES
    ('2022-06-01 10:00+00', 'ada@example.com', 'migrated');
INSERT INTO "Audit".events_2023 (happened_at, actor_email, action) VALUES
    ('2023-05-01 10:00+00', 'ada@example.com', 'booked'), ('2023-05-02 10:00+00', 'grace@example.org', 'cancelled');
INSERT INTO "Audit".events_2024 (happened_at, actor_email, action, tags) VALUES
    ('2024-05-01 10:00+00', 'linus@example.net', 'booked', '{mobile}');

INSERT INTO "Audit".activity (happened_at, actor_email, action) VALUES
    ('2025-03-03 09:00+00', 'ada@example.com', 'booked'),
    ('2025-03-03 10:00+00', 'grace@example.org', 'cancelled'),
    ('2025-03-04 10:00+00', 'anna.mueller@example.de', 'logged_in'),
    ('2026-01-04 10:00+00', 'linus@example.net', 'booked');

INSERT INTO booking.invoices_archive (id, member_id, billing_email, total_cents) VALUES
    (1, 1, 'ada@example.com', 5000), (2, 2, 'grace@example.org', 1500);
